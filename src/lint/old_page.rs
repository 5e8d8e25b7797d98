//! `old-page`: a fact shown as certain rests only on pages dated more than three years ago

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::OldPage,
    severity: Severity::Warning,
    since: "0.2.0",
    summary: "a fact shown as certain rests only on pages dated more than three years ago",
    docs: r#"### What it does
Looks at the `page-date` of every source a fact cites. When the fact is not marked
`unconfirmed` and every source it cites carries a `page-date` more than three years before
today (or `--today`), it warns. A fact with one newer or undated source is not reported: that
source is what it rests on. Nor is a dated fact whose `until` has passed (last year's fee).

### Why is this bad?
Fees, English rules and time limits change. A page from years ago may describe rules that
have been replaced, while the plan shows the fact as certain.

### Example
```toml
[[source]]
id = "gphc-registration-manual"
page-date = 2019-04-01      # the only source of a fee shown as certain
# find the current page, or mark the fee `unconfirmed = true` with a note
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    let Some(today) = cx.today else { return };
    let Ok(limit) = today.checked_sub(jiff::Span::new().years(3)) else { return };
    let dates: std::collections::HashMap<&str, Option<jiff::civil::Date>> =
        cx.index.sources().map(|s| (s.id.as_str(), s.page_date)).collect();
    let mut found = Vec::new();
    // Only facts in force are indexed: a dated fact that no longer applies (last year's fee)
    // rightly rests on pages of its time.
    for fact in cx.index.facts() {
        let cited: Vec<Option<jiff::civil::Date>> =
            fact.cited.iter().filter_map(|id| dates.get(id.as_str()).copied()).collect();
        let all_old = !cited.is_empty() && cited.iter().all(|d| d.is_some_and(|d| d < limit));
        if let Some(newest) = cited.iter().flatten().max().filter(|_| all_old) {
            found.push((fact.file, fact.span, fact.what, *newest));
        }
    }
    for (file, span, what, newest) in found {
        cx.report(
            file,
            span,
            format!("{what} rests only on pages dated more than 3 years ago (the newest is {newest})"),
        )
        .with_label_mut("old sources")
        .with_help_mut("find the publisher's current page, or mark the fact `unconfirmed = true` with a note");
    }
}
