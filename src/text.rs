//! User-facing text that may carry translations: a plain string (English) or a locale table
//! `{ en = "…", ar = "…" }`. English is always present in a validated ruleset. Also the
//! `{question}` placeholders texts carry, and clipping of values echoed in messages.

use std::collections::BTreeMap;

/// `s` with its first letter in capitals: "Immigration status" from the label
/// "immigration status". A no-op in scripts without capitals.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// A text in English and any other locales the ruleset carries.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
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

/// Whether a character would act on a terminal instead of showing: C0 controls (except
/// newline and tab), DEL and the C1 controls.
pub fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || ('\u{80}'..='\u{9f}').contains(&c)
}

/// Whether `text` holds a control character. Scans bytes: plans are large and printed whole,
/// and C0 controls and DEL are single bytes, C1 controls `0xC2 0x80..=0x9F` in UTF-8.
pub fn has_control(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        (b < 0x20 && b != b'\n' && b != b'\t')
            || b == 0x7f
            || (b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

/// `text` with every control character replaced by `�`, so text from a file or an argument
/// can never move the cursor, retitle a window or ring a bell. Newlines and tabs stay.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if has_control(text) {
        text.chars().map(|c| if is_control(c) { '\u{FFFD}' } else { c }).collect::<String>().into()
    } else {
        text.into()
    }
}

/// As [`neutralise`], but keeps well-formed colour codes (`ESC [ digits ; … m`), the only
/// escape sequences requal itself writes.
pub fn neutralise_keeping_colour(text: &str) -> std::borrow::Cow<'_, str> {
    if !has_control(text) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}' {
            let params =
                rest[1..].strip_prefix('[').map(|p| p.bytes().take_while(|b| b.is_ascii_digit() || *b == b';').count());
            if let Some(n) = params.filter(|&n| rest.as_bytes().get(2 + n) == Some(&b'm')) {
                out.push_str(&rest[..3 + n]);
                rest = &rest[3 + n..];
                continue;
            }
        }
        out.push(if is_control(c) { '\u{FFFD}' } else { c });
        rest = &rest[c.len_utf8()..];
    }
    out.into()
}

/// Whether a web address is an `https://` link with a host.
pub fn is_https(url: &str) -> bool {
    url.strip_prefix("https://")
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .is_some_and(|host| !host.is_empty() && !host.contains(char::is_whitespace))
}

#[cfg(test)]
mod control_tests {
    use super::*;

    #[test]
    fn controls_are_replaced_and_newlines_and_tabs_kept() {
        assert_eq!(
            neutralise("a\u{1b}]0;pwned\u{7}b\n\tc\u{9b}d\u{7f}"),
            "a\u{FFFD}]0;pwned\u{FFFD}b\n\tc\u{FFFD}d\u{FFFD}"
        );
        assert!(matches!(neutralise("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn only_colour_codes_survive_when_colour_is_on() {
        assert_eq!(neutralise_keeping_colour("\u{1b}[1;31mred\u{1b}[0m"), "\u{1b}[1;31mred\u{1b}[0m");
        assert_eq!(neutralise_keeping_colour("\u{1b}]0;title\u{7}"), "\u{FFFD}]0;title\u{FFFD}");
        assert_eq!(neutralise_keeping_colour("\u{1b}[2J"), "\u{FFFD}[2J");
        assert_eq!(neutralise_keeping_colour("end\u{1b}"), "end\u{FFFD}");
    }
}

/// The words of a text, read in one pass, so that looking up each glossary term costs one
/// lookup, not a pass over the text. A term of several words (`scrutiny fee`, `MRCP(UK)`) is
/// searched for in the text only when every word of it is there.
#[derive(Debug, Default)]
pub struct WordSet {
    words: std::collections::HashSet<String>,
    text: String,
}

impl WordSet {
    pub fn of(text: &str) -> Self {
        let mut set = Self::default();
        set.add(text);
        set
    }

    /// Adds more text (a chosen entry's own words).
    pub fn add(&mut self, text: &str) {
        self.words.extend(text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned));
        self.text.push('\n');
        self.text.push_str(text);
    }

    /// Whether the text uses `term` as a whole word (or words).
    pub fn has(&self, term: &str) -> bool {
        let mut parts = term.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).peekable();
        if parts.peek().is_none() || !parts.all(|w| self.words.contains(w)) {
            return false;
        }
        term.chars().all(char::is_alphanumeric) || contains_word(&self.text, term)
    }
}

/// Whether `word` appears in `haystack` with no letter or digit either side.
pub fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A value's name as rule and session files write it: its serde name (`todo`, `not-open`,
/// `months`, `two-within-12-months`).
pub fn serde_name(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}
