//! `hard-to-read`: a text people read has a Flesch–Kincaid grade above 9

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};
use crate::readability::{MAX_GRADE, MIN_GRADED_WORDS};

pub(super) static LINT: Lint = Lint {
    code: Code::HardToRead,
    severity: Severity::Warning,
    since: "0.3.0",
    summary: "a text people read has a Flesch–Kincaid grade above 9",
    docs: r#"### What it does
Grades each English text a participant reads (the fields `long-sentence` checks) with the
Flesch–Kincaid grade level: `0.39 × words per sentence + 11.8 × syllables per word − 15.59`,
and reports a text above grade 9 (about age 14–15). Texts of fewer than 10 words are not
graded. Names and acronyms (NMC, Council, PLAB) count as one syllable: the glossary explains
them and no plainer word can replace them. Syllables are counted by vowel groups, as most
readability tools do, so a grade is an estimate.

### Why is this bad?
Long words and long sentences are what make a text hard in a second language. Grade 9 is the
level UK public-sector writing guides aim below for a general reader.

### Example
```toml
# grade 17
detail = "Applicants must demonstrate satisfactory communicative competence."
# grade 3
detail = "You must show that your English is good enough."
```"#,
    check: Some(check),
    check_set: None,
};

fn check(cx: &mut Context<'_>) {
    let graded: Vec<_> =
        cx.readings.iter().filter_map(|r| r.grade.filter(|g| *g > MAX_GRADE).map(|g| (r.text.clone(), g))).collect();
    for (t, g) in graded {
        let start: String = t.text.english().split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        let span = super::walk::locate(cx.sources, t.file, &t.span, &start);
        cx.report(
            t.file,
            span,
            format!("a `{}` text reads at grade {g:.1} (Flesch–Kincaid; at most {MAX_GRADE})", t.field),
        )
        .with_help_mut(format!("use shorter words and sentences; texts under {MIN_GRADED_WORDS} words are not graded"));
    }
}
