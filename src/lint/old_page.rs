//! `old-page`: a fact shown as certain rests only on pages dated more than three years ago

use super::{Context, Lint};
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
    check: Some(check),
};

fn check(cx: &mut Context<'_>) {
    let Some(today) = cx.today else { return };
    let Ok(limit) = today.checked_sub(jiff::Span::new().years(3)) else { return };
    let dates: std::collections::HashMap<&str, Option<jiff::civil::Date>> = cx
        .raw
        .sources
        .iter()
        .map(|s| (s.value.id.get_ref().as_str(), s.value.page_date.as_ref().map(|d| d.0)))
        .collect();
    let mut found = Vec::new();
    // A dated fact that no longer applies (last year's fee) rightly rests on pages of its time.
    let current = |f: &super::walk::FactRef<'_>| !f.unconfirmed && f.until.is_none_or(|u| u >= today);
    for fact in super::walk::facts(cx.raw).into_iter().filter(current) {
        let cited: Vec<Option<jiff::civil::Date>> =
            fact.sources.iter().filter_map(|id| dates.get(id.get_ref().as_str()).copied()).collect();
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
