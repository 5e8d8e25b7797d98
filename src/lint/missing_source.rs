//! `missing-source`: a fact cites no source

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::MissingSource,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a fact cites no source",
    docs: r#"### What it does
Checks that every route, step, English requirement, constraint, role, organisation and warning names at least one source in `sources`.

### Why is this bad?
Every fact a user sees must be traceable to a web page and the date it was last checked; a fact without a source cannot be verified or kept current.

### Example
```toml
[[warning]]
id = "plab-1-expiring"
if = "exams-passed contains 'plab-1'"
text = "PLAB 2 must be passed within 2 years of PLAB 1."
# sources = ["gmc-plab-2-booking"]   # missing
```"#,
    check: Some(check),
    check_set: None,
};

fn check(cx: &mut Context<'_>) {
    let missing: Vec<_> = super::walk::facts(cx.raw)
        .into_iter()
        .filter(|f| f.sources.is_empty())
        .map(|f| (f.file, f.span, f.what))
        .collect();
    for (file, span, what) in missing {
        cx.report(file, span, format!("{what} cites no source"))
            .with_label_mut("no `sources`")
            .with_help_mut("add `sources = [\"…\"]` naming the [[source]] this fact comes from");
    }
}
