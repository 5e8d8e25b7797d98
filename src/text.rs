//! User-facing text that may carry translations: a plain string (English) or a locale table
//! `{ en = "…", ar = "…" }`. English is always present in a validated ruleset. Also the
//! `{question}` placeholders texts carry, and clipping of values echoed in messages.

use std::collections::BTreeMap;

/// A text in English and any other locales the ruleset carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    en: String,
    other: BTreeMap<String, String>,
}

impl Text {
    /// An English-only text.
    pub fn en(s: impl Into<String>) -> Self {
        Self { en: s.into(), other: BTreeMap::new() }
    }

    /// A text from a locale table; `None` when it has no `en`.
    pub fn from_locales(mut locales: BTreeMap<String, String>) -> Option<Self> {
        let en = locales.remove("en")?;
        Some(Self { en, other: locales })
    }

    /// The English text.
    pub fn english(&self) -> &str {
        &self.en
    }

    /// The text in `lang`, falling back to English.
    pub fn get(&self, lang: &str) -> &str {
        self.other.get(lang).map_or(&self.en, String::as_str)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

/// The `{question-id}` placeholders in a text.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        let (question, until) = split_placeholder(name);
        let id =
            |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if id(question) && until.is_none_or(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) {
            out.push(name);
        }
        rest = &after[close..];
    }
    out
}

/// A placeholder's question and, for `{question|until:N}`, the N: the text then shows how much
/// is left until the number answer reaches N ("in about {asylum-claim-months|until:12} months").
pub fn split_placeholder(body: &str) -> (&str, Option<&str>) {
    match body.split_once("|until:") {
        Some((question, n)) => (question, Some(n)),
        None => (body, None),
    }
}

/// A value cut to a length a message can show: files may hold anything, of any size.
pub fn clip(value: &str) -> String {
    const MAX: usize = 80;
    match value.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_and_braces_without_ids_ignored() {
        assert_eq!(placeholders("on {plab-1-date}, {x y} and {region}"), vec!["plab-1-date", "region"]);
        assert!(placeholders("no { braces").is_empty());
        assert_eq!(placeholders("in {asylum-claim-months|until:12} months"), vec!["asylum-claim-months|until:12"]);
        assert!(placeholders("{x|until:twelve}").is_empty());
    }

    #[test]
    fn long_values_are_clipped_on_a_character_boundary() {
        assert_eq!(clip("short"), "short");
        let long = "é".repeat(200);
        assert_eq!(clip(&long).chars().count(), 81);
        assert!(clip(&long).ends_with('…'));
    }
}
