//! `long-sentence`: a sentence in a text people read has more than 25 words

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};
use crate::readability::MAX_SENTENCE_WORDS;

pub(super) static LINT: Lint = Lint {
    code: Code::LongSentence,
    severity: Severity::Warning,
    since: "0.3.0",
    summary: "a sentence in a text people read has more than 25 words",
    docs: r#"### What it does
Counts the words of each sentence in the texts a participant reads (titles, summaries, details,
reasons, warnings, prompts, help, labels, glossary entries, the disclaimer) and reports each
sentence of more than 25 words. Maintainers' `note`s are not checked. A sentence ends at `.`,
`!` or `?` before a capital or a digit, or at a line break; `e.g.` does not end one.

### Why is this bad?
Many people read the plan in their second language. A long sentence holds several facts, and
a reader who loses one loses the rest. Say one thing a sentence.

### Example
```toml
# 31 words: split it.
why = "You can apply once the NMC has checked your documents and you have passed the CBT, which you can book only after your eligibility application is accepted by the NMC."
# better
why = "Book the CBT once the NMC accepts your eligibility application. Then apply."
```"#,
    check: Some(check),
    check_set: None,
};

fn check(cx: &mut Context<'_>) {
    let long: Vec<_> =
        cx.readings.iter().flat_map(|r| r.long.iter().map(move |(s, n)| (r.text.clone(), *s, *n))).collect();
    for (t, sentence, n) in long {
        let start: String = sentence.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        let span = super::walk::locate(cx.sources, t.file, &t.span, &start);
        let shown = crate::text::clip(sentence);
        cx.report(t.file, span, format!("a `{}` text has a sentence of {n} words: \"{shown}\"", t.field))
            .with_help_mut(format!("split it into sentences of at most {MAX_SENTENCE_WORDS} words, one thing each"));
    }
}
