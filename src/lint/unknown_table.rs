//! `unknown-table`: a rule file has a top-level table that is not a kind of rule

use super::Lint;
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnknownTable,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a rule file has a top-level table that is not a kind of rule",
    docs: r#"### What it does
Reports top-level keys other than `ruleset`, `question`, `source`, `regulator`, `profession`, `english`, `route`, `constraint`, `role`, `support`, `warning` and `term`.

### Why is this bad?
Rules under an unknown table name are never read, so the facts in them never reach a plan.

### Example
```toml
[[routes]]               # should be [[route]]
id = "gmc-plab"
```"#,
    check: None,
    check_set: None,
};
