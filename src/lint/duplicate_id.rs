//! `duplicate-id`: two rules of the same kind share an id

use super::{Context, Lint, SetContext};
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
    check_set: Some(check_ids),
};

use crate::diagnostic::{Diagnostic, FileId};
use std::collections::HashMap;
use std::ops::Range;

/// In one file: options within a question, steps within a route.
fn check(cx: &mut Context<'_>) {
    let raw = cx.raw;
    let mut found = Vec::new();
    for q in &raw.questions {
        found.extend(duplicates(
            "option",
            q.value.options.iter().map(|o| (q.file, o.value.get_ref().as_str(), o.value.span())),
        ));
    }
    for r in &raw.routes {
        let steps = r.value.step.iter().map(|s| (r.file, s.get_ref().id.get_ref().as_str(), s.get_ref().id.span()));
        found.extend(duplicates("step", steps));
    }
    for d in found {
        d.describe(cx.report(d.file, d.span.clone(), d.message.clone()));
    }
}

/// Across files: the ids of each kind of rule.
fn check_ids(cx: &mut SetContext<'_>) {
    let mut kinds: Vec<&str> = Vec::new();
    for (kind, _) in cx.index.ids() {
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    let mut found = Vec::new();
    // A kind at a time, so only one kind's ids are in a table at once.
    for kind in kinds {
        let ids = cx.index.ids().filter(|(k, _)| *k == kind).map(|(_, id)| (id.file, id.as_str(), id.span()));
        found.extend(duplicates(kind, ids));
    }
    for d in found {
        d.describe(cx.report(d.file, d.span.clone(), d.message.clone()));
    }
}

/// A second use of an id: where it is, what to say, and where the first use is.
struct Duplicate {
    file: FileId,
    span: Range<usize>,
    message: String,
    first: (FileId, Range<usize>),
}

fn duplicates<'a>(kind: &str, ids: impl Iterator<Item = (FileId, &'a str, Range<usize>)>) -> Vec<Duplicate> {
    let mut first: HashMap<&str, (FileId, Range<usize>)> = HashMap::new();
    let mut out = Vec::new();
    for (file, id, span) in ids {
        match first.get(id) {
            None => {
                first.insert(id, (file, span));
            }
            Some(at) => out.push(Duplicate {
                file,
                span,
                message: format!("the {kind} id `{id}` is used twice"),
                first: at.clone(),
            }),
        }
    }
    out
}

impl Duplicate {
    fn describe(&self, d: &mut Diagnostic) {
        d.with_label_mut("second use")
            .with_related_mut(self.first.0, self.first.1.clone(), "first use")
            .with_help_mut("give each its own id");
    }
}
