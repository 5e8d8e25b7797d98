//! `unknown-placeholder`: a text names `{something}` that is not a question

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnknownPlaceholder,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a text names `{something}` that is not a question",
    docs: r#"### What it does
Checks every `{name}` in a text against the question ids, and that every `{` is closed; each is replaced by the person's answer.
`{name|until:N}` shows how far a number answer is from N (for example the months left until 12),
so `name` must be a number question.

### Why is this bad?
An unknown placeholder would be shown to the person as literal braces.

### Example
```toml
text = "You passed PLAB 1 on {plab1-date}."   # the question is `plab-1-date`
text = "In {region|until:12} months."        # `|until:N` needs a number question
```"#,
    check: Some(check),
};

fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for t in cx.texts {
        let english = match t.text {
            crate::ruleset::raw::RawText::Plain(s) => s.as_str(),
            crate::ruleset::raw::RawText::Locales(m) => m.get("en").map_or("", String::as_str),
        };
        if let Some(open) = unclosed_brace(english) {
            let at = super::walk::locate(cx.sources, t.file, &t.span, &english[open..]);
            found.push((
                t.file,
                at,
                format!("the `{}` text has a `{{` that is never closed", t.field),
                Some("close it with `}`, or remove it".to_owned()),
            ));
        }
        for body in crate::text::placeholders(english) {
            let (name, until) = crate::text::split_placeholder(body);
            let at = || super::walk::locate(cx.sources, t.file, &t.span, &format!("{{{body}}}"));
            match cx.vocabulary.questions.get(name) {
                None => {
                    let help = crate::condition::suggest(name, cx.vocabulary.questions.keys().map(String::as_str));
                    found.push((
                        t.file,
                        at(),
                        format!("`{{{name}}}` in the `{}` text is not a question", t.field),
                        help,
                    ));
                }
                // Counting down only makes sense from a number.
                Some((kind, _)) if until.is_some() && *kind != crate::ruleset::raw::QuestionKind::Number => {
                    let message = format!(
                        "`{{{body}}}` in the `{}` text counts down from `{name}`, which is not a number",
                        t.field
                    );
                    found.push((t.file, at(), message, Some("use `|until:N` only with a number question".to_owned())));
                }
                Some(_) => {}
            }
        }
    }
    for (file, span, message, help) in found {
        let d = cx.report(file, span, message);
        if let Some(h) = help {
            d.with_help_mut(h);
        }
    }
}

/// The offset of a `{` with no `}` after it.
fn unclosed_brace(text: &str) -> Option<usize> {
    let last_open = text.rfind('{')?;
    (!text[last_open..].contains('}')).then_some(last_open)
}
