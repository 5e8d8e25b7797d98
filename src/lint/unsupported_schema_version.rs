//! `unsupported-schema-version`: the ruleset is written for a schema version this requal cannot read

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnsupportedSchemaVersion,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "the ruleset is written for a schema version this requal cannot read",
    docs: r#"### What it does
Checks `schema-version` in `[ruleset]` against the versions this build supports (1).

### Why is this bad?
A newer format may mean things this version of requal would silently misread.

### Example
```toml
[ruleset]
schema-version = 2   # this requal reads schema-version 1
```"#,
    check: Some(check),
    check_set: None,
};

fn check(cx: &mut Context<'_>) {
    for m in &cx.raw.meta {
        let v = &m.value.schema_version;
        if !crate::ruleset::SUPPORTED_SCHEMA_VERSIONS.contains(v.get_ref()) {
            cx.report(m.file, v.span(), format!("schema-version {} is not supported", v.get_ref()))
                .with_label_mut("unsupported")
                .with_help_mut("this requal reads schema-version 1; upgrade requal or convert the rules");
        }
    }
}
