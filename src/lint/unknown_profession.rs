//! `unknown-profession`: a rule names a profession that is not an option of the `profession` question

use super::{Context, Lint};
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
    check: Some(check),
};

fn check(cx: &mut Context<'_>) {
    let raw = cx.raw;
    let Some(options) = cx.vocabulary.questions.get("profession").map(|(_, o)| o.clone()) else {
        return;
    };
    let lists = raw
        .routes
        .iter()
        .flat_map(|r| r.value.professions.iter().map(move |p| (r.file, p)))
        .chain(raw.roles.iter().flat_map(|r| r.value.professions.iter().map(move |p| (r.file, p))))
        .chain(raw.support.iter().flat_map(|r| r.value.professions.iter().map(move |p| (r.file, p))))
        .chain(raw.professions.iter().map(|p| (p.file, &p.value.id)));
    let found: Vec<_> = lists.filter(|(_, p)| !options.contains(p.get_ref())).map(|(f, p)| (f, p.clone())).collect();
    for (file, p) in found {
        let help = crate::condition::suggest(p.get_ref(), options.iter().map(String::as_str))
            .unwrap_or_else(|| "professions are the options of the `profession` question".to_owned());
        cx.report(file, p.span(), format!("`{}` is not a profession", p.get_ref()))
            .with_label_mut("unknown profession")
            .with_help_mut(help);
    }
}
