//! `invalid-duration`: a step's shortest time is longer than its longest

use super::{Context, Lint};
use crate::diagnostic::Severity;

pub(super) static LINT: Lint = Lint {
    name: "invalid-duration",
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a step's shortest time is longer than its longest",
    docs: r#"### What it does
Checks that every step `duration` has `min` no greater than `max`.

### Why is this bad?
The plan would show an impossible range such as "6–2 months".

### Example
```toml
duration = { min = 6, max = 2, unit = "months" }   # swap them
```"#,
    check: Some(check),
};

fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for r in &cx.raw.routes {
        for s in &r.value.step {
            if let Some(d) = &s.get_ref().duration
                && d.min > d.max
            {
                found.push((
                    r.file,
                    s.get_ref().id.span(),
                    format!(
                        "step `{}` takes {}–{}: the shortest time is longer than the longest",
                        s.get_ref().id.get_ref(),
                        d.min,
                        d.max
                    ),
                ));
            }
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message).with_help_mut("swap `min` and `max`");
    }
}
