//! Translations of rule texts, kept beside the rules in `locales/LANG.toml`: each entry names a
//! text by a stable path (`route.nmc-overseas.step.documents.title`), the hash of the English it
//! translates, the translation, and where it came from. Reading them checks each one and puts
//! the good ones into the texts; a stale, orphaned or unsafe one is reported and not used, so
//! the English shows instead.

use super::load::{Item, RawRuleset};
use super::raw::RawText;
use crate::diagnostic::{Code, Diagnostic, FileId, Severity};
use serde::Deserialize;
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use toml::Spanned;

/// One `[[text]]` of a translation file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawTranslation {
    pub path: Spanned<String>,
    pub en_hash: Spanned<String>,
    /// The English it was made from, for translators' eyes; the hash decides.
    pub en: Option<String>,
    pub text: Spanned<String>,
    /// `machine`, or who translated it.
    pub origin: String,
    /// When a fluent speaker reviewed it, if one did.
    pub reviewed: Option<super::raw::RawDate>,
}

/// A `locales/LANG.toml` file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslations {
    #[serde(default)]
    pub text: Vec<RawTranslation>,
}

/// The first 16 hex digits of the sha256 of `english`: what a translation records.
pub fn english_hash(english: &str) -> String {
    Sha256::digest(english.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// What the translations of one language hold, for the plan and for `requal i18n`.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct LanguageInfo {
    /// Texts used.
    pub used: usize,
    /// Texts whose English changed since they were translated: shown in English.
    pub stale: usize,
    /// Used texts no fluent speaker has reviewed.
    pub unreviewed: usize,
}

/// The translation files of a ruleset, read: every entry by the path it names, so each rule
/// file can take its own translations as it is read.
#[derive(Default)]
pub struct Translations {
    /// Each entry with its language and file, in file order.
    entries: Vec<(String, FileId, RawTranslation)>,
    /// Entry numbers by the path they name.
    by_path: std::collections::HashMap<String, Vec<usize>>,
    /// Every language whose file could be read.
    languages: Vec<String>,
}

/// What one rule file took from the translations.
#[derive(Default)]
pub struct Applied {
    diagnostics: Vec<Diagnostic>,
    stats: BTreeMap<String, LanguageInfo>,
    /// The entries whose path named a text of the file.
    matched: Vec<usize>,
}

impl Applied {
    /// Adds another file's part.
    pub fn append(&mut self, other: Applied) {
        self.diagnostics.extend(other.diagnostics);
        for (lang, s) in other.stats {
            let into = self.stats.entry(lang).or_default();
            into.used += s.used;
            into.stale += s.stale;
            into.unreviewed += s.unreviewed;
        }
        self.matched.extend(other.matched);
    }
}

impl Translations {
    /// Reads `locales/LANG.toml` files: `(file, path relative to the ruleset, text)`.
    pub fn read(files: &[(FileId, String, std::sync::Arc<str>)], diagnostics: &mut Vec<Diagnostic>) -> Self {
        let mut read = Translations::default();
        for (file, rel, text) in files {
            let Some(lang) = rel.strip_prefix("locales/").and_then(|r| r.strip_suffix(".toml")) else { continue };
            let parsed: RawTranslations = match toml::from_str(text) {
                Ok(p) => p,
                Err(e) => {
                    let span = e.span().unwrap_or(0..0);
                    diagnostics.push(
                        Diagnostic::error(Code::InvalidTranslation, *file, span, e.message().to_owned())
                            .with_label("here"),
                    );
                    continue;
                }
            };
            read.languages.push(lang.to_owned());
            for t in parsed.text {
                read.by_path.entry(t.path.get_ref().clone()).or_default().push(read.entries.len());
                read.entries.push((lang.to_owned(), *file, t));
            }
        }
        read
    }

    /// Checks each translation of a text of `raw` (one file's tables or all of them) and puts
    /// the good ones into the text.
    pub fn apply(&self, raw: &mut RawRuleset) -> Applied {
        let mut applied = Applied::default();
        if self.entries.is_empty() {
            return applied;
        }
        for (path, mut target) in texts_mut(raw) {
            let Some(numbers) = self.by_path.get(&path) else { continue };
            for &n in numbers {
                applied.matched.push(n);
                let (lang, file, t) = &self.entries[n];
                check_and_put(lang, *file, t, &path, &mut target, &mut applied);
            }
        }
        applied
    }

    /// Once every rule file has taken its translations: reports the entries that named no text
    /// (unless the text's table failed to read), and counts what each language holds.
    pub fn finish(
        &self,
        applied: Applied,
        broken_ids: &std::collections::BTreeSet<String>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> BTreeMap<String, LanguageInfo> {
        let mut info: BTreeMap<String, LanguageInfo> =
            self.languages.iter().map(|l| (l.clone(), LanguageInfo::default())).collect();
        for (lang, s) in applied.stats {
            *info.entry(lang).or_default() = s;
        }
        diagnostics.extend(applied.diagnostics);
        let mut matched = vec![false; self.entries.len()];
        for n in applied.matched {
            matched[n] = true;
        }
        for ((_, file, t), matched) in self.entries.iter().zip(matched) {
            let path = t.path.get_ref();
            if matched || path.split('.').nth(1).is_some_and(|id| broken_ids.contains(id)) {
                continue;
            }
            diagnostics.push(finding(
                Code::OrphanTranslation,
                Severity::Warning,
                *file,
                t.path.span(),
                format!("no rule text has the path `{path}` any more"),
                "remove this entry, or give it the path of the text it translates",
            ));
        }
        info
    }
}

/// Puts one translation into its text, if it is current and keeps the English's numbers and
/// placeholders; else reports why not.
fn check_and_put(
    lang: &str,
    file: FileId,
    t: &RawTranslation,
    path: &str,
    target: &mut Target<'_>,
    applied: &mut Applied,
) {
    let stats = applied.stats.entry(lang.to_owned()).or_default();
    let english = target.english().to_owned();
    if english_hash(&english) != *t.en_hash.get_ref() {
        stats.stale += 1;
        applied.diagnostics.push(finding(
            Code::StaleTranslation,
            Severity::Warning,
            file,
            t.en_hash.span(),
            format!(
                "the English of `{path}` changed since it was translated into `{lang}`: the plan shows the English"
            ),
            &format!("translate the new English again, then set en-hash = \"{}\"", english_hash(&english)),
        ));
        return;
    }
    let translation = t.text.get_ref();
    if translation.trim().is_empty() {
        return;
    }
    if let Some(problem) = unsafe_difference(&english, translation) {
        applied.diagnostics.push(finding(
            Code::PlaceholderMismatch,
            Severity::Error,
            file,
            t.text.span(),
            format!("the `{lang}` text of `{path}` {problem}: it is not used"),
            "a translation must keep every {placeholder} and every number of the English",
        ));
        return;
    }
    let dropped: Vec<String> = kept_terms(&english).into_iter().filter(|k| !translation.contains(k.as_str())).collect();
    if !dropped.is_empty() {
        applied.diagnostics.push(finding(
            Code::KeptTermTranslated,
            Severity::Warning,
            file,
            t.text.span(),
            format!("the `{lang}` text of `{path}` lacks {}", dropped.join(", ")),
            "names of regulators, exams and tests stay as written, in Latin letters",
        ));
    }
    stats.used += 1;
    stats.unreviewed += usize::from(t.reviewed.is_none());
    target.insert(lang, translation.clone());
}

fn finding(
    code: Code,
    severity: Severity,
    file: FileId,
    span: std::ops::Range<usize>,
    message: String,
    help: &str,
) -> Diagnostic {
    let mut d = Diagnostic::error(code, file, span, message).with_label("here").with_help(help.to_owned());
    d.severity = severity;
    d
}

/// Why a translation may not stand for its English: a `{placeholder}` or a number differs
/// (so it could state another fee, date or score).
fn unsafe_difference(english: &str, translation: &str) -> Option<String> {
    let placeholders = |s: &str| {
        let mut out: Vec<String> =
            s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(k, _)| k.to_owned())).collect();
        out.sort();
        out
    };
    if placeholders(english) != placeholders(translation) {
        return Some("has other {placeholders}".to_owned());
    }
    let numbers = |s: &str| {
        let mut out: Vec<String> = Vec::new();
        let mut cur = String::new();
        for c in s.chars().chain(std::iter::once(' ')) {
            if c.is_ascii_digit() || (!cur.is_empty() && matches!(c, '.' | ',')) {
                cur.push(c);
            } else if !cur.is_empty() {
                out.push(cur.trim_end_matches(['.', ',']).to_owned());
                cur.clear();
            }
        }
        out.sort();
        out
    };
    let (a, b) = (numbers(english), numbers(translation));
    (a != b).then(|| format!("has other numbers ({} instead of {})", b.join(" "), a.join(" ")))
}

/// The names a translation keeps: words of two or more capitals (GMC, PLAB, IELTS, OET).
fn kept_terms(english: &str) -> Vec<String> {
    let mut out: Vec<String> = english
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| {
            let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
            letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_uppercase())
        })
        .map(str::to_owned)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A text of the rules that a translation can fill.
pub struct Target<'a>(&'a mut RawText);

impl Target<'_> {
    pub fn english(&self) -> &str {
        self.0.english()
    }

    fn insert(&mut self, lang: &str, text: String) {
        if let RawText::Plain(en) = self.0 {
            *self.0 = RawText::Locales(BTreeMap::from([("en".to_owned(), std::mem::take(en).to_string())]));
        }
        if let RawText::Locales(map) = self.0 {
            map.insert(lang.to_owned(), text);
        }
    }
}

/// Every text a plan can show, by its stable path (the scheme translators see):
/// `ruleset.disclaimer`, `question.ID.label|prompt|help`, `question.ID.option.VALUE.label`,
/// `route.ID.title|summary|meanwhile`, `route.ID.requires.N.why|why-not`,
/// `route.ID.step.ID.title|detail|blocked-why`, `route.ID.step.ID.cost.N.label`,
/// `english.ID.title`, `constraint.ID.title|why`, `role.ID.title|summary|band`,
/// `role.ID.requires.N.why|why-not`, `support.ID.name|summary`, `warning.ID.text`,
/// `term.ID.text`, `regulator.ID.name`, `profession.ID.name`. Maintainers' notes and `more`
/// are not translated.
pub fn texts_mut(raw: &mut RawRuleset) -> BTreeMap<String, Target<'_>> {
    let mut out = BTreeMap::new();
    macro_rules! put {
        ($path:expr, $text:expr) => {
            if let Some(t) = $text {
                out.insert($path, Target(t.get_mut()));
            }
        };
    }
    for Item { value: m, .. } in &mut raw.meta {
        put!("ruleset.disclaimer".to_owned(), Some(&mut m.disclaimer));
    }
    for Item { value: q, .. } in &mut raw.questions {
        let id = q.id.get_ref().clone();
        put!(format!("question.{id}.label"), Some(&mut q.label));
        put!(format!("question.{id}.prompt"), Some(&mut q.prompt));
        put!(format!("question.{id}.help"), q.help.as_mut());
        for o in &mut q.options {
            put!(format!("question.{id}.option.{}.label", o.value.get_ref()), Some(&mut o.label));
        }
    }
    for Item { value: r, .. } in &mut raw.routes {
        let id = r.id.get_ref().clone();
        put!(format!("route.{id}.title"), Some(&mut r.title));
        put!(format!("route.{id}.summary"), r.summary.as_mut());
        put!(format!("route.{id}.meanwhile"), r.meanwhile.as_mut());
        for (n, x) in r.requires.iter_mut().enumerate() {
            put!(format!("route.{id}.requires.{n}.why"), Some(&mut x.why));
            put!(format!("route.{id}.requires.{n}.why-not"), Some(&mut x.why_not));
        }
        for s in &mut r.step {
            let s = s.get_mut();
            let step = s.id.get_ref().clone();
            put!(format!("route.{id}.step.{step}.title"), Some(&mut s.title));
            put!(format!("route.{id}.step.{step}.detail"), s.detail.as_mut());
            put!(format!("route.{id}.step.{step}.blocked-why"), s.blocked_why.as_mut());
            for (n, c) in s.cost.iter_mut().enumerate() {
                put!(format!("route.{id}.step.{step}.cost.{n}.label"), Some(&mut c.get_mut().label));
            }
        }
    }
    for Item { value: e, .. } in &mut raw.english {
        put!(format!("english.{}.title", e.id.get_ref()), Some(&mut e.title));
    }
    for Item { value: c, .. } in &mut raw.constraints {
        let id = c.id.get_ref().clone();
        put!(format!("constraint.{id}.title"), Some(&mut c.title));
        put!(format!("constraint.{id}.why"), Some(&mut c.why));
    }
    for Item { value: r, .. } in &mut raw.roles {
        let id = r.id.get_ref().clone();
        put!(format!("role.{id}.title"), Some(&mut r.title));
        put!(format!("role.{id}.summary"), r.summary.as_mut());
        put!(format!("role.{id}.band"), r.band.as_mut());
        for (n, x) in r.requires.iter_mut().enumerate() {
            put!(format!("role.{id}.requires.{n}.why"), Some(&mut x.why));
            put!(format!("role.{id}.requires.{n}.why-not"), Some(&mut x.why_not));
        }
    }
    for Item { value: s, .. } in &mut raw.support {
        let id = s.id.get_ref().clone();
        put!(format!("support.{id}.name"), Some(&mut s.name));
        put!(format!("support.{id}.summary"), s.summary.as_mut());
    }
    for Item { value: w, .. } in &mut raw.warnings {
        put!(format!("warning.{}.text", w.id.get_ref()), Some(&mut w.text));
    }
    for Item { value: t, .. } in &mut raw.terms {
        put!(format!("term.{}.text", t.id.get_ref()), Some(&mut t.text));
    }
    for Item { value: g, .. } in &mut raw.regulators {
        put!(format!("regulator.{}.name", g.id.get_ref()), Some(&mut g.name));
    }
    for Item { value: p, .. } in &mut raw.professions {
        put!(format!("profession.{}.name", p.id.get_ref()), Some(&mut p.name));
    }
    out
}
