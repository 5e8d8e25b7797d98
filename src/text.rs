//! User-facing text that may carry translations: a plain string (English) or a locale table
//! `{ en = "…", ar = "…" }`. English is always present in a validated ruleset.

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
