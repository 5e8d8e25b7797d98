//! `unknown-region`: an organisation names a region that is not an option of the `region` question

use super::{Lint, SetContext};
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
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    let Some(options) = cx.vocabulary.questions.get("region").map(|(_, o)| o.clone()) else {
        return;
    };
    let found: Vec<_> = cx.index.region_refs().filter(|r| !options.iter().any(|o| o == r.as_str())).collect();
    for r in found {
        let help = crate::condition::suggest(r.as_str(), options.iter().map(String::as_str))
            .unwrap_or_else(|| "regions are the options of the `region` question".to_owned());
        cx.report(r.file, r.span(), format!("`{}` is not a region", r.as_str()))
            .with_label_mut("unknown region")
            .with_help_mut(help);
    }
}
