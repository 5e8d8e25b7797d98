//! `invalid-score`: an English minimum is not a real score for its test

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidScore,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "an English minimum is not a real score for its test",
    docs: r#"### What it does
Checks `[[english.accepts]]` scores: IELTS minimums are bands from 0 to 9 in steps of 0.5; OET minimums are the grades A, B, C+, C, D or E; OET has no `overall` here.

### Why is this bad?
A grade on an IELTS line (or a band on an OET line) can never be met: people with perfect scores would be told they fall short.

### Example
```toml
[[english.accepts]]
test = "ielts"
each = "B"        # IELTS needs a band, like each = 7.0
```"#,
    check: Some(check),
    check_set: None,
};

use crate::ruleset::raw::{EnglishTest, RawScore};

fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for (file, a) in super::walk::accepts(cx.raw) {
        let a = a.get_ref();
        let test = *a.test.get_ref();
        if test == EnglishTest::Oet && a.overall.is_some() {
            let span = a.overall.as_ref().map(toml::Spanned::span).unwrap_or_default();
            found.push((file, span, "OET has no overall minimum here".to_owned()));
        }
        for score in [&a.overall, &a.each, &a.listening, &a.reading, &a.writing, &a.speaking].into_iter().flatten() {
            let problem = match (test, score.get_ref()) {
                (EnglishTest::Ielts, RawScore::Band(b)) if (0.0..=9.0).contains(b) && (b * 2.0).fract() == 0.0 => None,
                (EnglishTest::Ielts, RawScore::Band(b)) => {
                    Some(format!("{b} is not an IELTS band (0 to 9 in steps of 0.5)"))
                }
                (EnglishTest::Ielts, RawScore::Grade(g)) => {
                    Some(format!("\"{g}\" is an OET-style grade; IELTS minimums are bands like 7.0"))
                }
                (EnglishTest::Oet, RawScore::Grade(g)) if crate::condition::oet_rank(g).is_some() => None,
                (EnglishTest::Oet, RawScore::Grade(g)) => {
                    Some(format!("\"{g}\" is not an OET grade (A, B, C+, C, D, E)"))
                }
                (EnglishTest::Oet, RawScore::Band(b)) => {
                    Some(format!("{b} is a band; OET minimums are grades like \"B\""))
                }
            };
            if let Some(p) = problem {
                found.push((file, score.span(), p));
            }
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message).with_label_mut("not a score for this test");
    }
}
