//! `insecure-url`: a web address a person is shown is not an `https://` link

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InsecureUrl,
    severity: Severity::Error,
    since: "0.2.0",
    summary: "a web address a person is shown is not an `https://` link",
    docs: r#"### What it does
Checks the `url` of every source, regulator and organisation: it must start with `https://` and
name a host. Plain `http://`, `javascript:`, `data:`, other schemes and empty addresses are
reported.

### Why is this bad?
Plans and handouts turn these addresses into links that people open. A plain `http://` page can
be changed on the way by anyone on the same network, and other schemes can run code. A person
must be able to trust the page a fact comes from.

### Example
```toml
[[source]]
id = "gdc-temporary-registration"
url = "http://www.gdc-uk.org/registration/join-the-register/temporary-registration"
# find the publisher's current https page, or mark the fact unconfirmed
```"#,
    check: Some(check),
    check_set: None,
};

fn check(cx: &mut Context<'_>) {
    let raw = cx.raw;
    let mut found = Vec::new();
    for s in &raw.sources {
        found.push((s.file, s.value.url.span(), format!("source `{}`", s.value.id.get_ref()), s.value.url.get_ref()));
    }
    for r in &raw.regulators {
        found.push((r.file, r.value.id.span(), format!("regulator `{}`", r.value.id.get_ref()), &r.value.url));
    }
    for o in &raw.support {
        found.push((o.file, o.value.id.span(), format!("organisation `{}`", o.value.id.get_ref()), &o.value.url));
    }
    for (file, span, what, url) in found.into_iter().filter(|(.., url)| !crate::text::is_https(url)) {
        let message = if url.trim().is_empty() {
            format!("{what} has an empty web address")
        } else {
            format!("{what} links to `{}`, which is not an https:// address", crate::text::clip(url))
        };
        cx.report(file, span, message)
            .with_label_mut("not https")
            .with_help_mut("use the publisher's own https:// page; if there is none, mark the fact unconfirmed");
    }
}
