//! The interface catalogue (Project Fluent): every reason the engine gives becomes a sentence
//! here, in the language being shown, with English as the fallback for each message. Rule
//! content reaches it as arguments already in the person's language.

use crate::reason::{Arg, Reason};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The English catalogue, embedded.
pub const EN_FTL: &str = include_str!("en.ftl");

/// The languages the catalogue has beside English, machine-translated and not yet reviewed by
/// a fluent speaker: tag, English name, Fluent source, and whether it is written right to left.
pub const LANGUAGES: &[(&str, &str, &str, bool)] = &[
    ("ar", "Arabic", include_str!("ar.ftl"), true),
    ("fa", "Farsi", include_str!("fa.ftl"), true),
    ("ps", "Pashto", include_str!("ps.ftl"), true),
    ("tr", "Turkish", include_str!("tr.ftl"), false),
    ("uk", "Ukrainian", include_str!("uk.ftl"), false),
];

/// The catalogue language a tag is shown in: itself, its primary language (`ar-SY` is `ar`),
/// Farsi for Dari (`prs`, `fa-AF`), else English.
pub fn resolve(lang: &str) -> &'static str {
    if lang == PSEUDO {
        return PSEUDO;
    }
    let lower = lang.to_ascii_lowercase();
    let primary = lower.split(['-', '_']).next().unwrap_or("");
    let primary = if primary == "prs" { "fa" } else { primary };
    LANGUAGES.iter().find(|(tag, ..)| *tag == primary).map_or("en", |(tag, ..)| tag)
}

/// Whether the language is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    let lang = resolve(lang);
    LANGUAGES.iter().any(|(tag, _, _, rtl)| *tag == lang && *rtl)
}

/// Whether `lang` is shown in a machine translation nobody fluent has reviewed yet.
pub fn is_machine_translated(lang: &str) -> bool {
    let lang = resolve(lang);
    LANGUAGES.iter().any(|(tag, ..)| *tag == lang)
}

fn translated(lang: &str) -> Option<&'static FluentBundle<FluentResource>> {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|(tag, _, source, rtl)| {
                let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
                let mut bundle = FluentBundle::new_concurrent(vec![
                    unic_langid::LanguageIdentifier::from_bytes(tag.as_bytes()).expect("a language tag"),
                ]);
                // In right-to-left text each argument (an English name, a number, a date) is
                // isolated (U+2068 … U+2069), so it keeps its own direction: the plain-text
                // `<bdi>`. Left-to-right languages need no marks.
                bundle.set_use_isolating(*rtl);
                // A message this file gets wrong is left out here: English is used for it.
                let _ = bundle.add_resource(resource);
                bundle
            })
            .collect()
    });
    let i = LANGUAGES.iter().position(|(tag, ..)| *tag == resolve(lang))?;
    bundles.get(i)
}

fn bundle(pseudo: bool) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(EN_FTL.to_owned()).expect("en.ftl parses (a test checks it)");
    let tag = if pseudo { "en-XA" } else { "en" };
    let mut bundle = FluentBundle::new_concurrent(vec![
        unic_langid::LanguageIdentifier::from_bytes(tag.as_bytes()).expect("a language tag"),
    ]);
    // No bidi isolation marks around arguments: terminals show them as stray characters.
    bundle.set_use_isolating(false);
    if pseudo {
        bundle.set_transform(Some(pseudo_text));
    }
    bundle.add_resource(resource).expect("en.ftl has each message once (a test checks it)");
    bundle
}

fn english() -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    EN.get_or_init(|| bundle(false))
}

/// The pseudo-locale `en-XA`: English with every letter accented, about 30 % longer and in
/// brackets. Only text that went through the catalogue looks like this, so anything plain in
/// an `en-XA` plan bypassed it (rule content stays English, as it is not interface text).
fn pseudo() -> &'static FluentBundle<FluentResource> {
    static XA: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    XA.get_or_init(|| bundle(true))
}

/// The pseudo-locale's tag.
pub const PSEUDO: &str = "en-XA";

/// Languages the interface catalogue has (others fall back to English, message by message).
pub fn has_language(lang: &str) -> bool {
    lang == "en" || resolve(lang) != "en"
}

fn pseudo_text(text: &str) -> std::borrow::Cow<'_, str> {
    if text.trim().is_empty() {
        return text.into();
    }
    let accented: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'y' => 'ý',
            'c' => 'ç',
            'n' => 'ñ',
            's' => 'š',
            'z' => 'ž',
            'A' => 'Á',
            'E' => 'É',
            'I' => 'Í',
            'O' => 'Ó',
            'U' => 'Ú',
            'Y' => 'Ý',
            'C' => 'Ç',
            'N' => 'Ñ',
            'S' => 'Š',
            'Z' => 'Ž',
            other => other,
        })
        .collect();
    let padding = "~".repeat(text.chars().count().div_ceil(3));
    format!("[{accented}{padding}]").into()
}

fn fluent_args(reason: &Reason) -> FluentArgs<'_> {
    let mut args = FluentArgs::new();
    for (name, value) in &reason.args {
        match value {
            Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
        }
    }
    args
}

/// The sentence for a reason in `lang`, falling back to English. A message missing from
/// English too (a bug a test catches) shows the reason's own text arguments, never an id.
pub fn sentence(reason: &Reason, lang: &str) -> String {
    // The language's own message, else the English one.
    let found = match resolve(lang) {
        PSEUDO => Some(pseudo()),
        "en" => None,
        other => translated(other),
    }
    .and_then(|b| b.get_message(reason.id).and_then(|m| m.value()).map(|p| (b, p)));
    let found = found.or_else(|| english().get_message(reason.id).and_then(|m| m.value()).map(|p| (english(), p)));
    let Some((bundle, pattern)) = found else {
        return reason
            .args
            .values()
            .filter_map(|a| match a {
                Arg::Text(s) => Some(s.as_str()),
                Arg::Number(_) => None,
            })
            .collect::<Vec<_>>()
            .join(" ");
    };
    let args = fluent_args(reason);
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned()
}

/// An amount of money as `lang` writes it: "£1,234.50", or "5 XYZ" for a currency with no
/// symbol. The digit-group and decimal marks come from the catalogue.
pub fn money(pence: i64, currency: &str, lang: &str) -> String {
    let symbol = match currency {
        "GBP" => "£",
        "USD" => "$",
        "EUR" => "€",
        _ => "",
    };
    // The pseudo-locale keeps English marks: a bracketed comma would not read as a number.
    let marks = if lang == PSEUDO { "en" } else { lang };
    let (group, decimal) = (word("number-group-mark", marks), word("number-decimal-mark", marks));
    let (whole, fraction) = (pence.unsigned_abs() / 100, pence.unsigned_abs() % 100);
    let digits = whole.to_string();
    let mut number = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            number.push_str(group);
        }
        number.push(d);
    }
    if fraction != 0 {
        number.push_str(&format!("{decimal}{fraction:02}"));
    }
    let amount = if symbol.is_empty() {
        sentence(&Reason::new("money-code").with("number", number).with("code", currency), lang)
    } else {
        sentence(&Reason::new("money-symbol").with("number", number).with("symbol", symbol), lang)
    };
    if pence < 0 { format!("-{amount}") } else { amount }
}

/// Why a text is not a date, in `lang`.
pub fn date_error(error: &crate::date::DateError, lang: &str) -> String {
    let reason = error.args().into_iter().fold(Reason::new(error.id()), |r, (name, arg)| match arg {
        crate::date::DateArg::Text(t) => r.with(name, t),
        crate::date::DateArg::Number(n) => r.with(name, n),
    });
    sentence(&reason, lang)
}

/// Whether a reason has an English message and every argument that message uses: `Err`
/// names what is missing. Tests run it over every plan the shipped rules make.
pub fn check(reason: &Reason) -> Result<(), String> {
    let bundle = english();
    let pattern = bundle
        .get_message(reason.id)
        .and_then(|m| m.value())
        .ok_or_else(|| format!("no message `{}` in en.ftl", reason.id))?;
    let mut errors = Vec::new();
    let _ = bundle.format_pattern(pattern, Some(&fluent_args(reason)), &mut errors);
    if errors.is_empty() { Ok(()) } else { Err(format!("`{}`: {errors:?}", reason.id)) }
}

/// A message without arguments, for labels that stand in a list or a menu. Each distinct
/// (language, message) is made once and kept for the run: a few hundred short strings at most.
pub fn word(id: &'static str, lang: &str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static MADE: OnceLock<Mutex<HashMap<(String, &'static str), &'static str>>> = OnceLock::new();
    let made = MADE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut made = made.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let lang = resolve(lang);
    made.entry((lang.to_owned(), id)).or_insert_with(|| Box::leak(sentence(&Reason::new(id), lang).into_boxed_str()))
}

/// Several reasons as one clause: "a; b".
pub fn clause(reasons: &[Reason], lang: &str) -> String {
    reasons.iter().map(|r| sentence(r, lang)).collect::<Vec<_>>().join("; ")
}

/// "a", "a and b", "a, b and c".
pub fn and_list(items: &[String], lang: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            let separator = word("list-separator", lang);
            let rest = rest.join(if separator.is_empty() { ", " } else { separator });
            sentence(&Reason::new("list-and").with("rest", rest).with("last", last.as_str()), lang)
        }
    }
}

/// Every message id in the English catalogue.
pub fn english_ids() -> Vec<String> {
    let resource = FluentResource::try_new(EN_FTL.to_owned()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each message of a Fluent source: its id and its whole text, continuation lines included.
    fn messages(source: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match line.split_once(" = ").or_else(|| line.strip_suffix(" =").map(|id| (id, ""))) {
                Some((id, text)) if !line.starts_with(' ') => out.push((id.to_owned(), text.to_owned())),
                _ => {
                    if let Some((_, text)) = out.last_mut() {
                        text.push('\n');
                        text.push_str(line);
                    }
                }
            }
        }
        out
    }

    /// The `$variables` a message uses, and its variant keys.
    fn shape(text: &str) -> (std::collections::BTreeSet<String>, std::collections::BTreeSet<String>) {
        let name =
            |s: &str| s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect::<String>();
        let vars = text.split('$').skip(1).map(name).collect();
        let keys = text
            .lines()
            .filter_map(|l| l.trim_start().trim_start_matches('*').strip_prefix('['))
            .filter_map(|l| l.split_once(']').map(|(k, _)| k.to_owned()))
            .collect();
        (vars, keys)
    }

    #[test]
    fn every_language_has_every_english_message_with_the_same_arguments_and_variants() {
        let english = messages(EN_FTL);
        for (tag, _, source, _) in LANGUAGES {
            if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                panic!("{tag}.ftl does not parse: {errors:?}");
            }
            let theirs: std::collections::BTreeMap<String, String> = messages(source).into_iter().collect();
            for (id, text) in &english {
                let Some(translation) = theirs.get(id) else { panic!("{tag}.ftl lacks `{id}`") };
                let (vars, keys) = shape(text);
                let (their_vars, their_keys) = shape(translation);
                assert_eq!(vars, their_vars, "{tag}.ftl `{id}` uses other arguments");
                assert!(keys.is_subset(&their_keys), "{tag}.ftl `{id}` lacks variants {keys:?}: {their_keys:?}");
            }
            assert_eq!(theirs.len(), english.len(), "{tag}.ftl has messages English does not");
            // And each message formats without errors.
            for (id, _) in &english {
                let bundle = translated(tag).expect("a bundle");
                let message = bundle.get_message(id).and_then(|m| m.value());
                assert!(message.is_some(), "{tag}: `{id}` did not load");
            }
        }
    }

    #[test]
    fn tags_resolve_to_the_languages_we_have() {
        assert_eq!(resolve("ar-SY"), "ar");
        assert_eq!(resolve("prs"), "fa");
        assert_eq!(resolve("fa-AF"), "fa");
        assert_eq!(resolve("de"), "en");
        assert!(is_rtl("ps") && !is_rtl("uk") && is_rtl("prs"));
        assert!(is_machine_translated("tr") && !is_machine_translated("en"));
        assert_ne!(word("next-heading", "uk"), word("next-heading", "en"), "Ukrainian headings are translated");
        assert_eq!(word("no-such-message-anywhere", "ar"), "", "no message: nothing, never the id");
    }

    #[test]
    fn the_english_catalogue_parses_and_each_message_is_there_once() {
        let parsed = FluentResource::try_new(EN_FTL.to_owned());
        if let Err((_, errors)) = parsed {
            panic!("en.ftl does not parse: {errors:?}");
        }
        let ids = english_ids();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "a message id appears twice");
    }

    #[test]
    fn reasons_become_sentences_with_plurals_and_no_isolation_marks() {
        let r = Reason::new("date-since-months")
            .with("label", "PLAB 1 date")
            .with("answer", "2025-01-01")
            .with("elapsed", 1)
            .with("unit", "months");
        assert_eq!(sentence(&r, "en"), "your PLAB 1 date is 2025-01-01 (1 month ago)");
        let r = r.with("elapsed", 3);
        assert_eq!(sentence(&r, "en"), "your PLAB 1 date is 2025-01-01 (3 months ago)");
        let below = Reason::new("english-below")
            .with("test", "IELTS")
            .with("part", "writing")
            .with("kind", "score")
            .with("have", "6.5")
            .with("need", "7.0");
        assert_eq!(sentence(&below, "en"), "your IELTS writing score 6.5 is below the minimum of 7.0");
        assert_eq!(sentence(&Reason::rule_text("you qualified outside the UK"), "en"), "you qualified outside the UK");
        assert_eq!(and_list(&["a".into(), "b".into(), "c".into()], "en"), "a, b and c");
    }
}
