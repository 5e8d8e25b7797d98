//! `unknown-profession`: a rule names a profession that is not an option of the `profession` question

use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::UnknownProfession,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a rule names a profession that is not an option of the `profession` question",
    docs: r#"### What it does
Checks every `professions` list and every `[[profession]]` id against the options of the `profession` question.

### Why is this bad?
A route or role tied to a misspelt profession is never shown to anyone.

### Example
```toml
[[route]]
professions = ["dietician"]   # the option is `dietitian`
```"#,
    check: None,
    check_set: Some(check),
};

fn check(cx: &mut SetContext<'_>) {
    let Some(options) = cx.vocabulary.questions.get("profession").map(|(_, o)| o.clone()) else {
        return;
    };
    let found: Vec<_> = cx.index.profession_refs().filter(|p| !options.iter().any(|o| o == p.as_str())).collect();
    for p in found {
        let help = crate::condition::suggest(p.as_str(), options.iter().map(String::as_str))
            .unwrap_or_else(|| "professions are the options of the `profession` question".to_owned());
        cx.report(p.file, p.span(), format!("`{}` is not a profession", p.as_str()))
            .with_label_mut("unknown profession")
            .with_help_mut(help);
    }
}
