//! `unknown-reference`: a rule cites a source, step or regulator that does not exist

use super::{Context, Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnknownReference,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a rule cites a source, step or regulator that does not exist",
    docs: r#"### What it does
Checks that every id in `sources`, `after` and `regulator` names a declared `[[source]]`, a step of the same route, or a `[[regulator]]`.

### Why is this bad?
A dangling source leaves a fact without its citation; a dangling `after` silently drops an ordering the regulator requires.

### Example
```toml
[[route.step]]
id = "plab-2"
after = ["plab1"]        # the step is `plab-1`
sources = ["gmc-plab"]   # no [[source]] has this id
```"#,
    check: Some(check),
    check_set: Some(check_ids),
};

use std::collections::HashSet;

/// Across files: sources and regulators.
fn check_ids(cx: &mut SetContext<'_>) {
    let index = cx.index;
    let broken = &index.small.broken_ids;
    let sources: HashSet<&str> = index.sources().map(|s| s.id.as_str()).collect();
    for id in index.source_refs() {
        if !sources.contains(id.as_str()) && !broken.contains(id.as_str()) {
            let help = crate::condition::suggest(id.as_str(), sources.iter().copied())
                .unwrap_or_else(|| "add a [[source]] with this id".to_owned());
            cx.report(id.file, id.span(), format!("no source has the id `{}`", id.as_str()))
                .with_label_mut("unknown source")
                .with_help_mut(help);
        }
    }
    let regulators: HashSet<&str> = index.small.regulators.iter().map(|r| r.value.id.get_ref().as_str()).collect();
    for id in index.regulator_refs() {
        if !regulators.contains(id.as_str()) && !broken.contains(id.as_str()) {
            cx.report(id.file, id.span(), format!("no regulator has the id `{}`", id.as_str()))
                .with_label_mut("unknown regulator");
        }
    }
}

/// In one file: the steps a step comes `after`.
fn check(cx: &mut Context<'_>) {
    let raw = cx.raw;
    for r in &raw.routes {
        let steps: HashSet<&str> = r.value.step.iter().map(|s| s.get_ref().id.get_ref().as_str()).collect();
        for s in &r.value.step {
            for a in &s.get_ref().after {
                if !steps.contains(a.get_ref().as_str()) {
                    let help = crate::condition::suggest(a.get_ref(), steps.iter().copied())
                        .unwrap_or_else(|| format!("`after` names steps of the route `{}`", r.value.id.get_ref()));
                    cx.report(
                        r.file,
                        a.span(),
                        format!("route `{}` has no step `{}`", r.value.id.get_ref(), a.get_ref()),
                    )
                    .with_label_mut("unknown step")
                    .with_help_mut(help);
                }
            }
        }
    }
}
