//! `invalid-condition`: a condition cannot be parsed

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidCondition,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a condition cannot be parsed",
    docs: r#"### What it does
Parses every condition (`ask-if`, `if`, `done-if`, `include-if`, `blocked-if`) with the condition language of rules/README.md.

### Why is this bad?
A condition that cannot be read cannot decide anything: the step or route it guards would be wrong for everyone.

### Example
```toml
done-if = "exams-passed contains plab-1"   # the value needs quotes: 'plab-1'
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    cx.report_condition_errors();
}
