//! `invalid-value`: a condition compares a question with a value it cannot take

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidValue,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a condition compares a question with a value it cannot take",
    docs: r#"### What it does
Checks that values in conditions are options of their question (or OET grades for OET questions).

### Why is this bad?
A value that no answer can take makes the condition always false, silently hiding a route or a step.

### Example
```toml
if = "immigration-status == 'refugees'"   # the option is 'refugee'
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    cx.report_condition_errors();
}
