//! `duplicate-id`: two rules of the same kind share an id

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::DuplicateId,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "two rules of the same kind share an id",
    docs: r#"### What it does
Checks that ids are unique within their kind (questions, sources, routes, …), option values within a question, and step ids within a route.

### Why is this bad?
References by id would be ambiguous: a step, scenario or saved answer could silently point at the wrong rule.

### Example
```toml
[[source]]
id = "gmc-fees"
[[source]]
id = "gmc-fees"   # already used above
```"#,
    check: Some(check),
};

use crate::diagnostic::FileId;
use std::collections::HashMap;
use std::ops::Range;
use toml::Spanned;

/// Ids of one kind, each with its file.
type Ids<'a> = Vec<(FileId, &'a Spanned<String>)>;

fn check(cx: &mut Context<'_>) {
    let raw = cx.raw;
    let kinds: Vec<(&str, Ids<'_>)> = vec![
        ("question", raw.questions.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("source", raw.sources.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("regulator", raw.regulators.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("profession", raw.professions.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("English requirement", raw.english.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("route", raw.routes.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("constraint", raw.constraints.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("role", raw.roles.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("organisation", raw.support.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("warning", raw.warnings.iter().map(|x| (x.file, &x.value.id)).collect()),
        ("term", raw.terms.iter().map(|x| (x.file, &x.value.id)).collect()),
    ];
    for (kind, ids) in kinds {
        report_duplicates(cx, kind, &ids);
    }
    for q in &raw.questions {
        let ids: Vec<_> = q.value.options.iter().map(|o| (q.file, &o.value)).collect();
        report_duplicates(cx, "option", &ids);
    }
    for r in &raw.routes {
        let ids: Vec<_> = r.value.step.iter().map(|s| (r.file, &s.get_ref().id)).collect();
        report_duplicates(cx, "step", &ids);
    }
}

fn report_duplicates(cx: &mut Context<'_>, kind: &str, ids: &[(FileId, &Spanned<String>)]) {
    let mut first: HashMap<&str, (FileId, Range<usize>)> = HashMap::new();
    for (file, id) in ids {
        match first.get(id.get_ref().as_str()) {
            None => {
                first.insert(id.get_ref(), (*file, id.span()));
            }
            Some((f, span)) => {
                let (f, span) = (*f, span.clone());
                cx.report(*file, id.span(), format!("the {kind} id `{}` is used twice", id.get_ref()))
                    .with_label_mut("second use")
                    .with_related_mut(f, span, "first use")
                    .with_help_mut("give each its own id");
            }
        }
    }
}
