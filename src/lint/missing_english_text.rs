//! `missing-english-text`: a translated text has no English (`en`)

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::MissingEnglishText,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a translated text has no English (`en`)",
    docs: r#"### What it does
Checks every locale table `{ … }` used as a text for an `en` entry.

### Why is this bad?
English is the fallback for every other language; without it some users would see nothing.

### Example
```toml
title = { ar = "اجتياز اختبار PLAB 1" }   # add en = "Pass PLAB 1"
```"#,
    check: Some(check),
    check_set: None,
};

use crate::ruleset::raw::RawText;

fn check(cx: &mut Context<'_>) {
    let missing: Vec<_> = cx
        .texts
        .iter()
        .filter(|t| matches!(t.text, RawText::Locales(m) if !m.contains_key("en")))
        .map(|t| (t.file, t.span.clone(), t.field))
        .collect();
    for (file, span, field) in missing {
        cx.report(file, span, format!("the `{field}` text has no English"))
            .with_help_mut("add `en = \"…\"` to the table");
    }
}
