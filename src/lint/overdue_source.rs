//! `overdue-source`: a source was last checked longer ago than the ruleset's `fresh-days`

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::OverdueSource,
    severity: Severity::Warning,
    since: "0.1.0",
    summary: "a source was last checked longer ago than the ruleset's `fresh-days`",
    docs: r#"### What it does
Compares each source's `verified` date with today (or `--today`) and reports the ones older
than `fresh-days` in `[ruleset]`. Plans also mark these sources "overdue for re-checking".

### Why is this bad?
Fees change every April, English rules and immigration rules change without warning. A fact
nobody has checked for months may be wrong, and a refugee may pay or plan on it.

### Example
```toml
[[source]]
id = "gmc-fees"
verified = 2025-01-10   # more than 180 days ago: open the page, re-check every fact
                        # that cites it, then set today's date
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    let (Some(today), Some(meta)) = (cx.today, cx.index.small.meta.first()) else {
        return;
    };
    let fresh = i32::try_from(meta.value.fresh_days).unwrap_or(i32::MAX);
    let overdue: Vec<_> = cx
        .index
        .sources()
        .filter_map(|s| {
            let age = (today - s.verified).get_days();
            (age > fresh).then(|| (s.file, s.verified_span, s.id.as_str(), s.verified, age))
        })
        .collect();
    for (file, span, id, verified, age) in overdue {
        cx.report(
            file,
            span,
            format!("source `{id}` was last checked on {verified}, {age} days ago (fresh-days is {fresh})"),
        )
        .with_label_mut("overdue")
        .with_help_mut("open the page, re-check every fact that cites it, then set `verified` to the date you checked");
    }
}
