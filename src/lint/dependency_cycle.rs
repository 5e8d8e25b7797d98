//! `dependency-cycle`: steps of a route come after each other in a circle

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::DependencyCycle,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "steps of a route come after each other in a circle",
    docs: r#"### What it does
Follows every step's `after` list and reports a chain that leads back to where it started.

### Why is this bad?
No step in a circle can ever be next, so the plan could never be followed.

### Example
```toml
[[route.step]]
id = "plab-1"
after = ["plab-2"]
[[route.step]]
id = "plab-2"
after = ["plab-1"]   # plab-1 -> plab-2 -> plab-1
```"#,
    check: Some(check),
    check_set: None,
};

use std::collections::HashMap;

fn check(cx: &mut Context<'_>) {
    for r in &cx.raw.routes {
        let steps: Vec<_> = r.value.step.iter().map(|s| s.get_ref()).collect();
        let index: HashMap<&str, usize> = steps.iter().enumerate().map(|(i, s)| (s.id.get_ref().as_str(), i)).collect();
        // 0 = unvisited, 1 = on the current path, 2 = finished
        let mut state = vec![0u8; steps.len()];
        let mut reported = false;
        for start in 0..steps.len() {
            if reported {
                break;
            }
            let mut path = Vec::new();
            if let Some(cycle) = visit(start, &steps, &index, &mut state, &mut path) {
                let names: Vec<_> = cycle.iter().map(|&i| steps[i].id.get_ref().as_str()).collect();
                let first = steps[cycle[0]];
                let span = first
                    .after
                    .iter()
                    .find(|a| index.get(a.get_ref().as_str()).is_some_and(|j| cycle.contains(j)))
                    .map_or(first.id.span(), toml::Spanned::span);
                cx.report(
                    r.file,
                    span,
                    format!(
                        "steps of route `{}` wait for each other: {} -> {}",
                        r.value.id.get_ref(),
                        names.join(" -> "),
                        names[0]
                    ),
                )
                .with_label_mut("part of the circle")
                .with_help_mut("remove one of these `after` entries");
                reported = true;
            }
        }
    }
}

fn visit(
    i: usize,
    steps: &[&crate::ruleset::raw::RawStep],
    index: &HashMap<&str, usize>,
    state: &mut [u8],
    path: &mut Vec<usize>,
) -> Option<Vec<usize>> {
    if state[i] == 2 {
        return None;
    }
    if state[i] == 1 {
        let at = path.iter().position(|&p| p == i).unwrap_or(0);
        return Some(path[at..].to_vec());
    }
    state[i] = 1;
    path.push(i);
    for a in &steps[i].after {
        if let Some(&j) = index.get(a.get_ref().as_str())
            && let Some(c) = visit(j, steps, index, state, path)
        {
            return Some(c);
        }
    }
    path.pop();
    state[i] = 2;
    None
}
