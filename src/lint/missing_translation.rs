//! `missing-translation`: a text lacks a locale the ruleset says it carries

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};
use crate::ruleset::raw::RawText;

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
    check: Some(check),
};

fn check(cx: &mut Context<'_>) {
    let Some(meta) = cx.raw.meta.first() else { return };
    let wanted: Vec<String> = meta.value.locales.iter().map(|l| l.get_ref().clone()).filter(|l| l != "en").collect();
    if wanted.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for t in cx.texts {
        // Notes are for maintainers, `more` is for `requal explain`.
        if matches!(t.field, "note" | "more") {
            continue;
        }
        let missing: Vec<&str> = wanted
            .iter()
            .filter(|l| match t.text {
                RawText::Plain(_) => true,
                RawText::Locales(m) => !m.contains_key(l.as_str()),
            })
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            found.push((
                t.file,
                t.span.clone(),
                format!("the `{}` text has no {} translation", t.field, missing.join(", ")),
            ));
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message).with_help_mut("write it as a table: { en = \"…\", <locale> = \"…\" }");
    }
}
