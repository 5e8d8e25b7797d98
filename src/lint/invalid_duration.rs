//! `invalid-duration`: a step's shortest time is longer than its longest

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidDuration,
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
    check_set: None,
};

fn check(cx: &mut Context<'_>) {
    let found: Vec<_> = super::walk::steps(cx.raw)
        .filter_map(|(file, s)| {
            let s = s.get_ref();
            let d = s.duration.as_ref().filter(|d| d.min > d.max)?;
            Some((
                file,
                s.id.span(),
                format!(
                    "step `{}` takes {}–{}: the shortest time is longer than the longest",
                    s.id.get_ref(),
                    d.min,
                    d.max
                ),
            ))
        })
        .collect();
    for (file, span, message) in found {
        cx.report(file, span, message).with_help_mut("swap `min` and `max`");
    }
}
