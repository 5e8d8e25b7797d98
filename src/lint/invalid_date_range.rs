//! `invalid-date-range`: a dated fact ends before it starts

use super::{Context, Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidDateRange,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a dated fact ends before it starts",
    docs: r#"### What it does
Checks that `from` is not after `until` on costs and accepted English tests, and that no source is verified after the ruleset was published.

### Why is this bad?
A fact whose dates never overlap never applies, so plans would silently lose it.

### Example
```toml
[[route.step.cost]]
from = 2026-04-01
until = 2025-03-31   # before `from`
```"#,
    check: Some(check),
    check_set: Some(check_verified),
};

fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for (file, a) in super::walk::accepts(cx.raw) {
        if let (Some(f), Some(u)) = (a.get_ref().from, a.get_ref().until)
            && f > u
        {
            found.push((file, a.span(), format!("this accepted test runs from {} until {}", f.0, u.0)));
        }
    }
    for (file, c) in super::walk::costs(cx.raw) {
        if let (Some(f), Some(u)) = (c.get_ref().from, c.get_ref().until)
            && f > u
        {
            found.push((file, c.span(), format!("this cost runs from {} until {}", f.0, u.0)));
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message);
    }
}

/// Across files: no source is verified after the ruleset's published date.
fn check_verified(cx: &mut SetContext<'_>) {
    let Some(published) = cx.index.small.meta.first().map(|m| m.value.published.0) else { return };
    let mut found = Vec::new();
    for s in cx.index.sources() {
        let v = s.verified;
        if v > published {
            let message = format!(
                "source `{}` is verified on {v}, after the ruleset's published date {published}",
                s.id.as_str()
            );
            found.push((s.file, s.verified_span, message));
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message);
    }
}
