//! `invalid-question`: a question cannot be asked as written

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidQuestion,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a question cannot be asked as written",
    docs: r#"### What it does
Checks each question's shape: choice questions have options, other kinds have none, numbers have a finite minimum, maximum and a positive step with min below max, and `not-future` is only on dates.

### Why is this bad?
A question without options or a range cannot be answered, and an answers file could not be checked against it.

### Example
```toml
[[question]]
id = "fees-affordable"
kind = "choice"          # but no options = [...]
```"#,
    check: Some(check),
    check_set: None,
};

use crate::ruleset::raw::QuestionKind;

fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for q in &cx.raw.questions {
        let v = &q.value;
        let span = v.id.span();
        let choice = matches!(v.kind, QuestionKind::Choice | QuestionKind::MultiChoice);
        if choice && v.options.is_empty() {
            found.push((q.file, span.clone(), format!("`{}` is a choice question with no options", v.id.get_ref())));
        }
        if !choice && !v.options.is_empty() {
            found.push((
                q.file,
                span.clone(),
                format!("`{}` has options but is not a choice question", v.id.get_ref()),
            ));
        }
        if v.kind == QuestionKind::Number {
            match (v.min, v.max, v.step) {
                (Some(min), Some(max), Some(step))
                    if min < max && step > 0.0 && [min, max, step].iter().all(|n| n.is_finite()) => {}
                _ => found.push((
                    q.file,
                    span.clone(),
                    format!("number question `{}` needs a finite min < max and a step above 0", v.id.get_ref()),
                )),
            }
        } else if v.min.is_some() || v.max.is_some() || v.step.is_some() {
            found.push((
                q.file,
                span.clone(),
                format!("`{}` has min/max/step but is not a number question", v.id.get_ref()),
            ));
        }
        if v.not_future && v.kind != QuestionKind::Date {
            found.push((
                q.file,
                span.clone(),
                format!("`{}` has `not-future` but is not a date question", v.id.get_ref()),
            ));
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message);
    }
}
