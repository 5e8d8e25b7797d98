//! `missing-glossary-term`: a text uses an acronym that has no glossary entry

use super::{Context, Lint};
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
    check: Some(check),
};

/// Capitalised words every user knows (UK, ID), that every health professional knows (HIV,
/// COVID), or that are format hints (YYYY-MM-DD).
const NOT_ACRONYMS: &[&str] = &["UK", "ID", "OK", "AM", "PM", "US", "USA", "HIV", "COVID", "YYYY", "MM", "DD"];

fn check(cx: &mut Context<'_>) {
    // With a broken glossary file the terms are unknown, not missing.
    if cx.raw.skipped_terms {
        return;
    }
    // Every word of every term, once: each acronym is then one lookup, not a pass over the
    // glossary.
    let known: std::collections::HashSet<&str> = cx
        .raw
        .terms
        .iter()
        .flat_map(|t| t.value.term.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .chain(NOT_ACRONYMS.iter().copied())
        .collect();
    let explained = |word: &str| known.contains(word);
    let mut first_use = BTreeMap::new();
    for t in cx.texts {
        // Notes are for maintainers; organisation names are proper names, explained by
        // their summaries.
        if matches!(t.field, "note" | "disclaimer" | "name") {
            continue;
        }
        let english = match t.text {
            RawText::Plain(s) => s.as_str(),
            RawText::Locales(m) => m.get("en").map_or("", String::as_str),
        };
        for word in acronyms(english) {
            let bare = word.trim_end_matches(|c: char| c.is_ascii_digit());
            if !explained(word) && !explained(bare) {
                first_use
                    .entry(word.to_owned())
                    .or_insert_with(|| (t.file, super::walk::locate(cx.sources, t.file, &t.span, word), t.field));
            }
        }
    }
    for (word, (file, span, field)) in first_use {
        cx.report(file, span, format!("`{word}` (in a `{field}` text) has no glossary entry"))
            .with_help_mut(format!("add a [[term]] with term = \"{word}\" explaining it in plain English"));
    }
}

/// Words of 2+ capitals, optionally followed by digits: PLAB, OSCE, FY1.
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
