//! `type-mismatch`: a condition compares values of different kinds

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::TypeMismatch,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a condition compares values of different kinds",
    docs: r#"### What it does
Checks that each comparison fits its question: numbers with numbers, dates with dates, `contains` only on lists, `<` and `>` only on numbers, dates and grades.

### Why is this bad?
Comparing a number with a word can never be true, so the rule would silently never apply.

### Example
```toml
if = "years-out-of-practice > 'five'"   # compare with a number: > 5
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    cx.report_condition_errors();
}
