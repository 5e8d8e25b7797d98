//! `unknown-reference`: a rule cites a source, step or regulator that does not exist

use super::{Context, Lint};
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
};

use super::walk;
use std::collections::HashSet;

fn check(cx: &mut Context<'_>) {
    let raw = cx.raw;
    let sources: HashSet<&str> = raw.sources.iter().map(|s| s.value.id.get_ref().as_str()).collect();
    for (file, id) in walk::source_refs(raw) {
        if !sources.contains(id.get_ref().as_str()) && !raw.broken_ids.contains(id.get_ref()) {
            let help = crate::condition::suggest(id.get_ref(), sources.iter().copied())
                .unwrap_or_else(|| "add a [[source]] with this id".to_owned());
            cx.report(file, id.span(), format!("no source has the id `{}`", id.get_ref()))
                .with_label_mut("unknown source")
                .with_help_mut(help);
        }
    }
    let regulators: HashSet<&str> = raw.regulators.iter().map(|r| r.value.id.get_ref().as_str()).collect();
    let regulator_refs = raw
        .routes
        .iter()
        .map(|r| (r.file, &r.value.regulator))
        .chain(raw.english.iter().map(|e| (e.file, &e.value.regulator)))
        .chain(raw.professions.iter().map(|p| (p.file, &p.value.regulator)))
        .chain(raw.professions.iter().flat_map(|p| p.value.regulator_by_region.values().map(|r| (p.file, r))));
    for (file, id) in regulator_refs {
        if !regulators.contains(id.get_ref().as_str()) && !raw.broken_ids.contains(id.get_ref()) {
            cx.report(file, id.span(), format!("no regulator has the id `{}`", id.get_ref()))
                .with_label_mut("unknown regulator");
        }
    }
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
