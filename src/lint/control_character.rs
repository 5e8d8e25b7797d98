//! `control-character`: a text in the rules holds a control character

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};
use crate::ruleset::raw::RawText;

pub(super) static LINT: Lint = Lint {
    code: Code::ControlCharacter,
    severity: Severity::Error,
    since: "0.2.0",
    summary: "a text in the rules holds a control character",
    docs: r#"### What it does
Reports a control character (ESC, BEL, the C0 and C1 controls, DEL; not tab or newline) in
any text a person may be shown, in any language, and in source titles, publishers and web
addresses. TOML escapes such as `\u001b` or `\e` count too.

### Why is this bad?
Terminals act on control characters: they can change a window's title, move the cursor, hide
text or ring a bell. A rule file from a contributor must not be able to do that to an adviser's
screen. requal also replaces them when it prints, but the rule itself is wrong.

### Example
```toml
title = "Pass PLAB 1\u001b]0;hello\u0007"   # remove the escape codes
```"#,
    check: Some(check),
    check_set: None,
};

fn check(cx: &mut Context<'_>) {
    let has = crate::text::has_control;
    let mut found = Vec::new();
    for t in cx.texts {
        let bad = match t.text {
            RawText::Plain(s) => has(s),
            RawText::Locales(m) => m.values().any(|s| has(s)),
        };
        if bad {
            found.push((t.file, t.span.clone(), format!("the `{}` text holds a control character", t.field)));
        }
    }
    for s in &cx.raw.sources {
        let v = &s.value;
        if has(&v.title) || has(&v.publisher) || has(v.url.get_ref()) {
            let id = crate::text::clip(v.id.get_ref());
            found.push((
                s.file,
                v.id.span(),
                format!("source `{id}` holds a control character in its title, publisher or url"),
            ));
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, crate::text::neutralise(&message).into_owned())
            .with_label_mut("control character")
            .with_help_mut("remove it: terminals act on control characters instead of showing them");
    }
}
