//! `unknown-placeholder`: a text names `{something}` that is not a question

use super::index::PlaceholderUse;
use super::walk::TextRef;
use super::{Context, Lint, SetContext};
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
    check_set: Some(check_names),
};

fn english<'a>(t: &TextRef<'a>) -> &'a str {
    t.text.english()
}

/// In one file: every `{` is closed.
fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for t in cx.texts {
        let english = english(t);
        if let Some(open) = unclosed_brace(english) {
            let at = super::walk::locate(cx.sources, t.file, &t.span, &english[open..]);
            found.push((t.file, at, format!("the `{}` text has a `{{` that is never closed", t.field)));
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message).with_help_mut("close it with `}`, or remove it");
    }
}

/// Every `{placeholder}` in a file's texts, for the check across files.
pub(super) fn uses(texts: &[TextRef<'_>]) -> Vec<PlaceholderUse> {
    let mut out = Vec::new();
    for t in texts {
        for body in crate::text::placeholders(english(t)) {
            out.push(PlaceholderUse { file: t.file, text_span: t.span.clone(), field: t.field, body: body.into() });
        }
    }
    out
}

/// Across files: each placeholder names a question, and counts down only from a number.
fn check_names(cx: &mut SetContext<'_>) {
    // Pointed at only when reported.
    let sources = cx.sources;
    let at = |u: &PlaceholderUse| super::walk::locate(sources, u.file, &u.text_span, &format!("{{{}}}", u.body));
    let mut found = Vec::new();
    for u in cx.index.placeholders() {
        let (name, until) = crate::text::split_placeholder(&u.body);
        match cx.vocabulary.questions.get(name) {
            None => {
                let help = crate::condition::suggest(name, cx.vocabulary.questions.keys().map(String::as_str));
                found.push((u.file, at(u), format!("`{{{name}}}` in the `{}` text is not a question", u.field), help));
            }
            Some((kind, _)) if until.is_some() && *kind != crate::ruleset::raw::QuestionKind::Number => {
                let message = format!(
                    "`{{{}}}` in the `{}` text counts down from `{name}`, which is not a number",
                    u.body, u.field
                );
                found.push((u.file, at(u), message, Some("use `|until:N` only with a number question".to_owned())));
            }
            Some(_) => {}
        }
    }
    for (file, span, message, help) in found {
        let d = cx.report(file, span, message);
        if let Some(h) = help {
            d.with_help_mut(h);
        }
    }
}

fn unclosed_brace(text: &str) -> Option<usize> {
    let last_open = text.rfind('{')?;
    (!text[last_open..].contains('}')).then_some(last_open)
}
