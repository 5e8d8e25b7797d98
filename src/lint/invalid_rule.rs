//! `invalid-rule`: a rule table has an unknown key, a missing key or a value of the wrong type

use super::Lint;
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidRule,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a rule table has an unknown key, a missing key or a value of the wrong type",
    docs: r#"### What it does
Checks every table against the rule format (rules/README.md): unknown keys, missing required keys, and values of the wrong type, such as a string where a number belongs.

### Why is this bad?
A misspelt key is silently ignored by many tools. Here it would drop a fact from every plan, so it is an error.

### Example
```toml
[[route.step]]
id = "plab-1"
titel = "Pass PLAB 1"   # `titel` is not a key; did you mean `title`?
```"#,
    check: None,
    check_set: None,
};
