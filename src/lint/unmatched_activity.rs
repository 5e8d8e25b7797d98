//! `unmatched-activity`: a constraint blocks, or a step or role needs, an activity nothing else names

use super::{Context, Lint};
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
    check: Some(check),
};

use std::collections::BTreeSet;

fn check(cx: &mut Context<'_>) {
    let raw = cx.raw;
    let blocked: BTreeSet<&str> =
        raw.constraints.iter().flat_map(|c| c.value.blocks.iter().map(|b| b.get_ref().as_str())).collect();
    let mut needed: Vec<(crate::diagnostic::FileId, &toml::Spanned<String>)> = Vec::new();
    for r in &raw.routes {
        for s in &r.value.step {
            needed.extend(s.get_ref().needs.iter().map(|n| (r.file, n)));
        }
    }
    for r in &raw.roles {
        needed.extend(r.value.needs.iter().map(|n| (r.file, n)));
    }
    let needed_names: BTreeSet<&str> = needed.iter().map(|(_, n)| n.get_ref().as_str()).collect();
    let mut found = Vec::new();
    for c in &raw.constraints {
        for b in &c.value.blocks {
            if !needed_names.contains(b.get_ref().as_str()) {
                let help = crate::condition::suggest(b.get_ref(), needed_names.iter().copied())
                    .unwrap_or_else(|| "no step or role `needs` it, so this block never applies".to_owned());
                found.push((c.file, b.span(), format!("no step or role needs `{}`", b.get_ref()), help));
            }
        }
    }
    for (file, n) in needed {
        if !blocked.contains(n.get_ref().as_str()) {
            let help = crate::condition::suggest(n.get_ref(), blocked.iter().copied())
                .unwrap_or_else(|| "add a [[constraint]] that blocks it, or remove it from `needs`".to_owned());
            found.push((file, n.span(), format!("no constraint blocks `{}`", n.get_ref()), help));
        }
    }
    for (file, span, message, help) in found {
        cx.report(file, span, message).with_label_mut("unmatched").with_help_mut(help);
    }
}
