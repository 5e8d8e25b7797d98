//! `unmatched-activity`: a constraint blocks, or a step or role needs, an activity nothing else names

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnmatchedActivity,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a constraint blocks, or a step or role needs, an activity nothing else names",
    docs: r#"### What it does
Compares the activities constraints `blocks` with those steps and roles `needs`. Each one blocked must be needed somewhere, and each one needed must be blockable.

### Why is this bad?
A typo such as `paid-wrok` silently switches a constraint off: the plan would tell an asylum seeker without permission to work that a paid job is open to them.

### Example
```toml
[[constraint]]
blocks = ["paid-wrok"]    # steps and roles say needs = ["paid-work"]
```"#,
    check: None,
    check_set: Some(check),
};

use std::collections::BTreeSet;

fn check(cx: &mut SetContext<'_>) {
    let index = cx.index;
    let blocked: BTreeSet<&str> = index.blocks().map(super::index::Named::as_str).collect();
    let needed_names: BTreeSet<&str> = index.needs().map(super::index::Named::as_str).collect();
    let mut found = Vec::new();
    for b in index.blocks() {
        if !needed_names.contains(b.as_str()) {
            let help = crate::condition::suggest(b.as_str(), needed_names.iter().copied())
                .unwrap_or_else(|| "no step or role `needs` it, so this block never applies".to_owned());
            found.push((b.file, b.span(), format!("no step or role needs `{}`", b.as_str()), help));
        }
    }
    for n in index.needs() {
        if !blocked.contains(n.as_str()) {
            let help = crate::condition::suggest(n.as_str(), blocked.iter().copied())
                .unwrap_or_else(|| "add a [[constraint]] that blocks it, or remove it from `needs`".to_owned());
            found.push((n.file, n.span(), format!("no constraint blocks `{}`", n.as_str()), help));
        }
    }
    for (file, span, message, help) in found {
        cx.report(file, span, message).with_label_mut("unmatched").with_help_mut(help);
    }
}
