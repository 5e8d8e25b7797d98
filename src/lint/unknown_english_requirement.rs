//! `unknown-english-requirement`: `english-meets(…)` names a requirement that does not exist

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnknownEnglishRequirement,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "`english-meets(…)` names a requirement that does not exist",
    docs: r#"### What it does
Checks that every `english-meets(id)` names an `[[english]]` requirement.

### Why is this bad?
An unknown requirement would make the English step unknown for everyone.

### Example
```toml
done-if = "english-meets(gmc-englsh)"   # did you mean `gmc-english`?
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    cx.report_condition_errors();
}
