//! `requal sources check`: fetch each source page (opt-in network, for maintainers only),
//! compare it with the lock file committed beside the rules, and say which pages changed,
//! went away or moved, with the facts that cite them. It sends page addresses only: it never
//! sees a person's answers, and `plan` and `advise` never call it.

use crate::ruleset::Ruleset;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// How a page looked when last fetched: one `[[page]]` of the lock file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LockedPage {
    pub id: String,
    pub url: String,
    pub fetched: jiff::civil::Date,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// sha256 of the page's visible text (tags, scripts and spacing removed), so that a
    /// change of markup alone is not a change.
    pub text_sha256: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    #[serde(default)]
    pub page: Vec<LockedPage>,
}

const LOCK_HEADER: &str = "# Written by `requal sources check --update`: how each source page looked when last fetched.\n\
# Commit it with the rules. `requal sources check` compares the pages with it.\n\n";

impl Lock {
    /// Reads a lock file's text; problems name the file's key.
    pub fn parse(text: &str) -> Result<Lock, String> {
        toml::from_str(text).map_err(|e| e.message().to_owned())
    }

    pub fn to_text(&self) -> String {
        format!("{LOCK_HEADER}{}", toml::to_string_pretty(self).unwrap_or_default())
    }
}

/// What a check found for one source.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub enum Outcome {
    /// The same text as recorded (or the server said "not modified").
    Unchanged,
    /// No earlier record: this fetch is the first.
    New,
    /// The text differs from the record.
    Changed { recorded: jiff::civil::Date },
    /// 404 or 410.
    Gone { status: u16 },
    /// The address now sends the reader elsewhere.
    Redirected { to: String },
    /// The page could not be fetched: a network error, a timeout, a server error.
    Failed { why: String },
}

/// One source's check.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    pub id: String,
    pub url: String,
    /// When a maintainer last verified the facts against the page.
    pub verified: jiff::civil::Date,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// The facts that cite the source, as `kind id`.
    pub cited_by: Vec<String>,
    /// The new record, when the page was fetched.
    #[serde(skip)]
    pub record: Option<LockedPage>,
}

impl Checked {
    /// Whether a maintainer needs to look at it.
    pub fn needs_attention(&self) -> bool {
        !matches!(self.outcome, Outcome::Unchanged | Outcome::New)
    }
}

/// How to fetch.
pub struct Options {
    pub timeout: Duration,
    pub jobs: usize,
    /// For tests: fetch every page from this origin (`http://127.0.0.1:PORT`) instead of its
    /// own host, keeping the path.
    pub via: Option<String>,
    pub today: jiff::civil::Date,
}

/// Elements whose content a reader never sees.
const HIDDEN: [(&str, &str); 3] = [("<script", "</script>"), ("<style", "</style>"), ("<noscript", "</noscript>")];

/// The page's visible text, for hashing: scripts, styles and tags dropped, spacing collapsed.
pub fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while i < html.len() {
        let rest = &lower[i..];
        let skip_to = HIDDEN
            .iter()
            .find(|(open, _)| rest.starts_with(open))
            .map(|(_, close)| rest.find(close).map(|end| i + end + close.len()));
        if let Some(end) = skip_to {
            i = end.unwrap_or(html.len());
            out.push(' ');
            continue;
        }
        if rest.starts_with('<') {
            i += rest.find('>').map_or(rest.len(), |e| e + 1);
            out.push(' ');
            continue;
        }
        let next = rest.find('<').map_or(html.len(), |n| i + n);
        out.push_str(&html[i..next]);
        i = next;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// `url` with its origin replaced by `via`.
fn routed(url: &str, via: Option<&str>) -> String {
    let Some(via) = via else { return url.to_owned() };
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    format!("{}{path}", via.trim_end_matches('/'))
}

/// The address a `Location` header names, from the page that sent it.
fn resolve(base: &str, location: &str) -> String {
    if location.contains("://") {
        return location.to_owned();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    let host = rest.split('/').next().unwrap_or(rest);
    if location.starts_with('/') {
        format!("{scheme}://{host}{location}")
    } else {
        let dir = base.rfind('/').map_or(base, |i| &base[..=i]);
        format!("{dir}{location}")
    }
}

const MAX_PAGE_BYTES: u64 = 20 * 1024 * 1024;
const MAX_HOPS: usize = 5;

fn check_one(
    agent: &ureq::Agent,
    url: &str,
    locked: Option<&LockedPage>,
    options: &Options,
) -> (Outcome, Option<LockedPage>) {
    let mut at = routed(url, options.via.as_deref());
    let mut redirected_to: Option<String> = None;
    for _ in 0..=MAX_HOPS {
        let mut request = agent.get(&at);
        // Ask for the page only if it changed since the record, when the record allows.
        if redirected_to.is_none()
            && let Some(l) = locked
        {
            if let Some(etag) = &l.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(modified) = &l.last_modified {
                request = request.header("If-Modified-Since", modified);
            }
        }
        let mut response = match request.call() {
            Ok(r) => r,
            Err(e) => return (Outcome::Failed { why: e.to_string() }, None),
        };
        let status = response.status().as_u16();
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        if (300..400).contains(&status) && status != 304 {
            let Some(location) = header("location") else {
                return (Outcome::Failed { why: format!("HTTP {status} with no Location") }, None);
            };
            at = resolve(&at, &location);
            redirected_to = Some(at.clone());
            continue;
        }
        if status == 304
            && let Some(l) = locked
        {
            let record = LockedPage { fetched: options.today, ..l.clone() };
            return (Outcome::Unchanged, Some(record));
        }
        if status == 404 || status == 410 {
            return (Outcome::Gone { status }, None);
        }
        if !(200..300).contains(&status) {
            return (Outcome::Failed { why: format!("HTTP {status}") }, None);
        }
        let (etag, last_modified) = (header("etag"), header("last-modified"));
        let body = match response.body_mut().with_config().limit(MAX_PAGE_BYTES).read_to_string() {
            Ok(b) => b,
            Err(e) => return (Outcome::Failed { why: format!("cannot read the page: {e}") }, None),
        };
        let record = LockedPage {
            id: String::new(),
            url: url.to_owned(),
            fetched: options.today,
            status,
            final_url: redirected_to.clone(),
            etag,
            last_modified,
            text_sha256: sha256(&visible_text(&body)),
        };
        let outcome = match (&redirected_to, locked) {
            (Some(to), _) if locked.and_then(|l| l.final_url.as_ref()) != Some(to) => {
                Outcome::Redirected { to: to.clone() }
            }
            (_, None) => Outcome::New,
            (_, Some(l)) if l.text_sha256 == record.text_sha256 => Outcome::Unchanged,
            (_, Some(l)) => Outcome::Changed { recorded: l.fetched },
        };
        return (outcome, Some(record));
    }
    (Outcome::Failed { why: format!("more than {MAX_HOPS} redirects") }, None)
}

/// Checks every source of `ruleset` against `lock`, `options.jobs` pages at a time, in
/// source-id order.
pub fn check(ruleset: &Ruleset, lock: &Lock, options: &Options) -> Vec<Checked> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(concat!("requal-sources-check/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let facts = crate::audit::facts(ruleset);
    let locked: BTreeMap<&str, &LockedPage> = lock.page.iter().map(|p| (p.id.as_str(), p)).collect();
    let sources: Vec<_> = ruleset.sources.values().collect();
    let results: Mutex<Vec<Option<Checked>>> = Mutex::new(vec![None; sources.len()]);
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.clamp(1, 32).min(sources.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(source) = sources.get(i) else { break };
                    // A record for another address is no record of this page.
                    let previous = locked.get(source.id.as_str()).copied().filter(|l| l.url == source.url);
                    let (outcome, record) = check_one(&agent, &source.url, previous, options);
                    let checked = Checked {
                        id: source.id.clone(),
                        url: source.url.clone(),
                        verified: source.verified,
                        outcome,
                        cited_by: facts
                            .iter()
                            .filter(|(_, f)| f.sources.contains(&source.id))
                            .map(|(n, _)| n.clone())
                            .collect(),
                        record: record.map(|r| LockedPage { id: source.id.clone(), ..r }),
                    };
                    results.lock().unwrap_or_else(std::sync::PoisonError::into_inner)[i] = Some(checked);
                }
            });
        }
    });
    results.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner).into_iter().flatten().collect()
}

/// The lock after a check: each fetched page's new record; a page that could not be fetched
/// keeps its old record; a source no longer in the rules is dropped.
pub fn updated_lock(old: &Lock, checked: &[Checked]) -> Lock {
    let page = checked
        .iter()
        .filter_map(|c| c.record.clone().or_else(|| old.page.iter().find(|p| p.id == c.id && p.url == c.url).cloned()))
        .collect();
    Lock { page }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_drops_markup_scripts_and_spacing() {
        let a = visible_text(
            "<html><head><script>var t = 1;</script><style>p{}</style></head><body><p>Fee:  £100</p>\n</body>",
        );
        let b = visible_text("<div class=\"new\"><p>Fee: £100</p></div><script>var t = 2;</script>");
        assert_eq!(a, "Fee: £100");
        assert_eq!(a, b);
    }

    #[test]
    fn addresses_are_routed_and_resolved() {
        assert_eq!(routed("https://www.gmc-uk.org/a/b?c", Some("http://127.0.0.1:9/")), "http://127.0.0.1:9/a/b?c");
        assert_eq!(routed("https://www.gmc-uk.org", Some("http://127.0.0.1:9")), "http://127.0.0.1:9/");
        assert_eq!(resolve("http://h:1/a/b", "/c"), "http://h:1/c");
        assert_eq!(resolve("http://h:1/a/b", "c"), "http://h:1/a/c");
        assert_eq!(resolve("http://h:1/a/b", "https://x/y"), "https://x/y");
    }
}
