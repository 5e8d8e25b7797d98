//! `unofficial-host`: a source marked `official` is not on its publisher's own web host

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnofficialHost,
    severity: Severity::Error,
    since: "0.2.0",
    summary: "a source marked `official` is not on its publisher's own web host",
    docs: r#"### What it does
A source with `official = true` must be published by the regulator, a government department,
an NHS body or the test owner itself, on its own domain. Each publisher's hosts are listed once,
in a `[[publisher]]` table (`rules/publishers.toml`); a host covers its subdomains. This lint
reports an official source whose publisher has no `[[publisher]]` entry, whose host is not one
of that publisher's, or whose address is a Welsh-language path (`/cy/`, `/cy-gb/`) used for an
English page.

### Why is this bad?
Staging servers, old domains, mirrors and copies on other sites go stale or vanish, and a person
cannot tell them from the real page. Marking them `official` tells people to trust them.

### Example
```toml
[[source]]
id = "hcpc-intl-process"
url = "https://prod.hcpc-uk.org/registration/…"   # a staging host, not www.hcpc-uk.org
publisher = "Health and Care Professions Council"
official = true
```"#,
    check: None,
    check_set: Some(check),
};

/// The host of an `https://` address, lower-cased.
fn host(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    Some(host.to_ascii_lowercase())
}

/// Whether `host` is `listed` or one of its subdomains.
fn covers(listed: &str, host: &str) -> bool {
    host == listed || host.strip_suffix(listed).is_some_and(|rest| rest.ends_with('.'))
}

fn check(cx: &mut SetContext<'_>) {
    let mut found = Vec::new();
    for s in cx.index.sources().filter(|s| s.official) {
        let url = s.url.as_str();
        // Insecure or empty addresses are `insecure-url`'s to report.
        let Some(host) = host(url) else { continue };
        let id = s.id.as_str();
        let publisher = cx.index.small.publishers.iter().find(|p| p.value.names.iter().any(|n| n == s.publisher));
        let problem = match publisher {
            None => Some((
                format!("official source `{id}` names publisher \"{}\", which has no [[publisher]] entry", s.publisher),
                "add the publisher's name and hosts to a [[publisher]] table, or set `official = false`".to_owned(),
            )),
            Some(p) if !p.value.hosts.iter().any(|h| covers(&h.to_ascii_lowercase(), &host)) => Some((
                format!("official source `{id}` is on `{host}`, which is not a host of {}", s.publisher),
                format!(
                    "use the publisher's own page on {}; or set `official = false` if this is a copy",
                    p.value.hosts.join(", ")
                ),
            )),
            Some(_) if url.contains("/cy/") || url.contains("/cy-gb/") => Some((
                format!("official source `{id}` is a Welsh-language page"),
                "cite the English page for English text".to_owned(),
            )),
            Some(_) => None,
        };
        if let Some((message, help)) = problem {
            found.push((s.file, s.url.span(), message, help));
        }
    }
    for (file, span, message, help) in found {
        cx.report(file, span, message).with_label_mut("not the publisher's own page").with_help_mut(help);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_covers_its_subdomains_only() {
        assert!(covers("gov.uk", "www.gov.uk"));
        assert!(covers("gov.uk", "gov.uk"));
        assert!(!covers("gov.uk", "notgov.uk"));
        assert_eq!(host("https://User@WWW.GMC-UK.org:443/x").as_deref(), Some("www.gmc-uk.org"));
    }
}
