//! `missing-ruleset-table`: the ruleset has no `[ruleset]` table, or more than one

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::MissingRulesetTable,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "the ruleset has no `[ruleset]` table, or more than one",
    docs: r#"### What it does
Checks that exactly one file holds the `[ruleset]` table with the name, version and schema version.

### Why is this bad?
Without it requal cannot tell which version of the rules a plan came from, and saved sessions cannot detect changes.

### Example
```toml
[ruleset]
name = "requal-uk"
version = "2026.11.0"
schema-version = 1
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    let metas = &cx.index.small.meta;
    if metas.is_empty()
        && !cx.index.small.skipped_ruleset_table
        && let Some((file, _)) = cx.sources.files().next()
    {
        cx.report(file, 0..0, "no file has a `[ruleset]` table").with_help_mut(
            "add `ruleset.toml` with name, version, schema-version, published, fresh-days, locales and disclaimer",
        );
    }
    for extra in metas.iter().skip(1) {
        cx.report(extra.file, extra.span.clone(), "a second `[ruleset]` table")
            .with_help_mut("keep exactly one, in ruleset.toml");
    }
}
