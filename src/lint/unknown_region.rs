//! `unknown-region`: an organisation names a region that is not an option of the `region` question

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnknownRegion,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "an organisation names a region that is not an option of the `region` question",
    docs: r#"### What it does
Checks every `regions` list in `[[support]]` against the options of the `region` question.

### Why is this bad?
An organisation tied to a misspelt region is never shown to the people it serves.

### Example
```toml
[[support]]
regions = ["northwest"]   # the option is `north-west`
```"#,
    check: Some(check),
};

fn check(cx: &mut Context<'_>) {
    let Some(options) = cx.vocabulary.questions.get("region").map(|(_, o)| o.clone()) else {
        return;
    };
    let found: Vec<_> = cx
        .raw
        .support
        .iter()
        .flat_map(|s| s.value.regions.iter().map(move |r| (s.file, r.clone())))
        .filter(|(_, r)| !options.contains(r.get_ref()))
        .collect();
    for (file, r) in found {
        let help = crate::condition::suggest(r.get_ref(), options.iter().map(String::as_str))
            .unwrap_or_else(|| "regions are the options of the `region` question".to_owned());
        cx.report(file, r.span(), format!("`{}` is not a region", r.get_ref()))
            .with_label_mut("unknown region")
            .with_help_mut(help);
    }
}
