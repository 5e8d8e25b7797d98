//! `invalid-toml`: a rule file is not valid TOML

use super::Lint;
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidToml,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a rule file is not valid TOML",
    docs: r#"### What it does
Reports TOML syntax errors: unclosed strings, duplicate keys, missing brackets. Every syntax error in a file is reported; the file is then skipped.

### Why is this bad?
A file that is not TOML cannot be read at all, so none of its rules reach anyone's plan.

### Example
```toml
id = "plab-1        # the closing quote is missing
```"#,
    check: None,
    check_set: None,
};
