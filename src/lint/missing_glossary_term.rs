//! `missing-glossary-term`: a text uses an acronym that has no glossary entry

use super::index::AcronymUse;
use super::walk::TextRef;
use super::{Lint, SetContext};
use crate::diagnostic::{Code, Severity};
use crate::ruleset::raw::RawText;
use std::collections::BTreeMap;

pub(super) static LINT: Lint = Lint {
    code: Code::MissingGlossaryTerm,
    severity: Severity::Warning,
    since: "0.1.0",
    summary: "a text uses an acronym that has no glossary entry",
    docs: r#"### What it does
Finds words of two or more capital letters (PLAB, OSCE, CBT, ISL) in the texts people read, and
reports each one that no `[[term]]` explains. Each acronym is reported once, at its first use.

### Why is this bad?
Many users read English as a second language. An unexplained acronym is a closed door: the
plan lists the glossary entries for the acronyms it uses, so each one needs an entry.

### Example
```toml
[[route.step]]
title = "Pass the OSCE"      # add a [[term]] with term = "OSCE"
```"#,
    check: None,
    check_set: Some(check),
};

/// Capitalised words every user knows (UK, ID), that every health professional knows (HIV,
/// COVID), or that are format hints (YYYY-MM-DD).
const NOT_ACRONYMS: &[&str] = &["UK", "ID", "OK", "AM", "PM", "US", "USA", "HIV", "COVID", "YYYY", "MM", "DD"];

fn check(cx: &mut SetContext<'_>) {
    if cx.index.small.skipped_terms {
        return;
    }
    let known: std::collections::HashSet<&str> = cx
        .index
        .terms()
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .chain(NOT_ACRONYMS.iter().copied())
        .collect();
    let explained = |word: &str| known.contains(word);
    let mut first_use = BTreeMap::new();
    for u in cx.index.acronyms() {
        let word = &*u.word;
        let bare = word.trim_end_matches(|c: char| c.is_ascii_digit());
        if !explained(word) && !explained(bare) {
            first_use.entry(word).or_insert(u);
        }
    }
    for (word, u) in first_use {
        // Pointed at only now: most acronyms are in the glossary.
        let span = super::walk::locate(cx.sources, u.file, &u.text_span, word);
        cx.report(u.file, span, format!("`{word}` (in a `{}` text) has no glossary entry", u.field))
            .with_help_mut(format!("add a [[term]] with term = \"{word}\" explaining it in plain English"));
    }
}

/// The first use in a file's texts of each acronym, for the check across files.
pub(super) fn first_uses(texts: &[TextRef<'_>]) -> Vec<AcronymUse> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for t in texts {
        if matches!(t.field, "note" | "disclaimer" | "name") {
            continue;
        }
        let english = match t.text {
            RawText::Plain(s) => s.as_str(),
            RawText::Locales(m) => m.get("en").map_or("", String::as_str),
        };
        for word in acronyms(english) {
            if seen.insert(word) {
                out.push(AcronymUse { word: word.into(), file: t.file, text_span: t.span.clone(), field: t.field });
            }
        }
    }
    out
}

fn acronyms(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| {
        let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
        letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_uppercase())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn acronyms_are_capital_words() {
        let found: Vec<_> = super::acronyms("Pass PLAB 1, then the OSCE (NMC) and FY1. A UK job. Mr Smith").collect();
        assert_eq!(found, ["PLAB", "OSCE", "NMC", "FY1", "UK"]);
    }
}
