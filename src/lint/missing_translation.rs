//! `missing-translation`: a text lacks a locale the ruleset says it carries

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::MissingTranslation,
    severity: Severity::Warning,
    since: "0.1.0",
    summary: "a text lacks a locale the ruleset says it carries",
    docs: r#"### What it does
For every locale in `[ruleset] locales` other than `en`, reports each text people read
(questions, options, routes, steps, roles, organisations, warnings, glossary) that has no
translation into it, either in the text itself (`{ en = "…", ar = "…" }`) or in
`locales/LANG.toml`. Notes for maintainers and `more` texts (shown only by `requal explain`)
are not checked.

### Why is this bad?
Someone who chose that language would meet English in the middle of their plan, often at the
step that matters most. Listing every gap lets translators finish a language before it ships.

### Example
```toml
[ruleset]
locales = ["en", "ar"]

[[route.step]]
title = "Pass PLAB 1"   # write { en = "Pass PLAB 1", ar = "…" }, or add it to locales/ar.toml
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    let Some(meta) = cx.index.small.meta.first() else { return };
    let wanted: Vec<String> = meta.value.locales.iter().map(|l| l.get_ref().clone()).filter(|l| l != "en").collect();
    if wanted.is_empty() {
        return;
    }
    // The languages each distinct set lacks, worked out once per set.
    let mut lacks: std::collections::HashMap<&[String], String> = std::collections::HashMap::new();
    let mut found = Vec::new();
    for t in cx.index.translatable() {
        let has = t.languages;
        let missing = lacks.entry(has).or_insert_with(|| {
            wanted.iter().filter(|l| !has.contains(l)).map(String::as_str).collect::<Vec<_>>().join(", ")
        });
        if !missing.is_empty() {
            found.push((t.file, t.span.clone(), format!("the `{}` text has no {missing} translation", t.field)));
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message).with_help_mut("write it as a table: { en = \"…\", <locale> = \"…\" }");
    }
}

/// Whether a text is one translations fill (maintainers' notes and `more` are not).
pub(super) fn translatable(t: &super::walk::TextRef<'_>) -> bool {
    !matches!(t.field, "note" | "more")
}
