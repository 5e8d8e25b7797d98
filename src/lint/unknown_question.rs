//! `unknown-question`: a condition names a question that does not exist

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnknownQuestion,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a condition names a question that does not exist",
    docs: r#"### What it does
Checks that every question id used in a condition is declared by a `[[question]]`.

### Why is this bad?
A typo in a question id would make the condition unknown for everyone, so the plan would ask people to "check" things they already answered.

### Example
```toml
if = "proffesion == 'doctor'"   # did you mean `profession`?
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    cx.report_condition_errors();
}
