//! Lints: one file per lint, with its documentation (shown by `requal explain CODE`), a check
//! of each file's tables as it is read, a check across files over the index the files leave,
//! or both. Parse-time codes are documented here too, so every code a user can see has a page.

mod control_character;
mod dependency_cycle;
mod duplicate_id;
mod hard_to_read;
mod index;
mod insecure_url;
mod invalid_condition;
mod invalid_cost;
mod invalid_date_range;
mod invalid_duration;
mod invalid_question;
mod invalid_rule;
mod invalid_score;
mod invalid_toml;
mod invalid_value;
pub mod level;
mod long_sentence;
mod missing_english_text;
mod missing_glossary_term;
mod missing_ruleset_table;
mod missing_source;
mod missing_translation;
mod old_page;
mod overdue_source;
mod type_mismatch;
mod unknown_english_requirement;
mod unknown_placeholder;
mod unknown_profession;
mod unknown_question;
mod unknown_reference;
mod unknown_region;
mod unknown_table;
mod unmatched_activity;
mod unofficial_host;
mod unsupported_schema_version;
mod walk;

use crate::condition::{ConditionError, Vocabulary};
use crate::diagnostic::{Code, Diagnostic, FileId, Severity, SourceMap};
use crate::ruleset::RawRuleset;
pub use index::{FileIndex, Index};
use rayon::prelude::*;
use std::ops::Range;

/// A lint: its code, default level, one-line summary, and documentation.
pub struct Lint {
    pub code: Code,
    pub severity: Severity,
    /// The requal version that introduced it.
    pub since: &'static str,
    pub summary: &'static str,
    /// `### What it does`, `### Why is this bad?`, `### Example` sections, in Markdown.
    pub docs: &'static str,
    /// The check of one file's tables, run as each file is read; `None` for codes raised
    /// while parsing and for lints that only look across files.
    pub check: Option<fn(&mut Context<'_>)>,
    /// The check across files, run once every file is read, over what each gave the index.
    pub check_set: Option<fn(&mut SetContext<'_>)>,
}

/// Every lint, sorted by name.
pub static LINTS: &[&Lint] = &[
    &control_character::LINT,
    &dependency_cycle::LINT,
    &duplicate_id::LINT,
    &hard_to_read::LINT,
    &insecure_url::LINT,
    &invalid_condition::LINT,
    &invalid_cost::LINT,
    &invalid_date_range::LINT,
    &invalid_duration::LINT,
    &invalid_question::LINT,
    &invalid_rule::LINT,
    &invalid_score::LINT,
    &invalid_toml::LINT,
    &invalid_value::LINT,
    &long_sentence::LINT,
    &missing_english_text::LINT,
    &missing_glossary_term::LINT,
    &missing_ruleset_table::LINT,
    &missing_source::LINT,
    &missing_translation::LINT,
    &old_page::LINT,
    &overdue_source::LINT,
    &type_mismatch::LINT,
    &unknown_english_requirement::LINT,
    &unknown_placeholder::LINT,
    &unknown_profession::LINT,
    &unknown_question::LINT,
    &unknown_reference::LINT,
    &unknown_region::LINT,
    &unknown_table::LINT,
    &unmatched_activity::LINT,
    &unofficial_host::LINT,
    &unsupported_schema_version::LINT,
];

/// Codes that are not lints of a ruleset but can appear in findings: problems in answers
/// files and scenario files. `requal explain CODE` prints these too.
pub static OTHER_CODES: &[(Code, &str)] = &[
    (
        Code::InternalError,
        "A rule passed every lint but still could not be built. This is a bug in requal, not in your rules: please report it with the rule file.",
    ),
    (
        Code::InvalidAnswer,
        "An answers or session file has a value its question cannot take: not one of the options, a number out of range or off its step, a date that does not exist or is in the future, or the file is not valid TOML. The message names the key. Fix the value, or write \"not-sure\".",
    ),
    (
        Code::InvalidTranslation,
        "A translation file under locales/ is not valid TOML, or an entry lacks `path`, `en-hash`, `text` or `origin`, or has a key it may not have. Each entry is `[[text]]` with `path` (the text's stable path, as `requal explain` and rules/README.md list them), `en-hash` (the first 16 hex digits of the sha256 of the English it translates), `text`, `origin` (`machine`, or who translated it) and, once a fluent speaker has reviewed it, `reviewed` (a date).",
    ),
    (
        Code::OrphanTranslation,
        "A translation names a path no rule text has any more (the text was removed, or its id changed). It is not used. Remove the entry, or give it the path of the text it translates.",
    ),
    (
        Code::StaleTranslation,
        "The English of a translated text changed since it was translated: the `en-hash` it records differs from the hash of the English now. A stale translation is never shown: the plan shows the English, with a note that the translation is being updated. Translate the new English, then update `en-hash` (the help line gives it).",
    ),
    (
        Code::PlaceholderMismatch,
        "A translation does not keep every {placeholder} of its English, or every number (fees, dates, scores, limits). It is not used, so a translation can never state another fee or limit than the English. Copy the placeholders and the numbers exactly, in Western digits.",
    ),
    (
        Code::KeptTermTranslated,
        "A translation lacks a name that stays as written in every language: a regulator, exam or test (GMC, NMC, PLAB, IELTS, OET, CBT, OSCE …). The translation is still used; put the name back, in Latin letters, so a person can match it to letters and websites.",
    ),
    (
        Code::InvalidScenario,
        "A scenario file under scenarios/ cannot be read: it is not valid TOML, lacks `description`, `today`, `[answers]` or `[expect]`, or has an unknown key in `[expect]`. See \"Scenarios\" in rules/README.md.",
    ),
    (
        Code::UnreadableFile,
        "A rule file cannot be read as text: it is not a regular file (a folder, a named pipe, a device), it is larger than 4 MB, or it is not UTF-8 (for example UTF-16). The other files are still checked. Save the file as UTF-8 text, or remove it from the rules folder.",
    ),
    (
        Code::UnknownLint,
        "A `[lints]` table in ruleset.toml, or an `-A`/`-W`/`-D` option, names a lint that does not exist or gives it a level other than \"allow\", \"warn\" or \"deny\"; or it lowers a lint that must stay an error because the rules cannot be used with that problem in them. `requal explain lints` lists the lints and their levels.",
    ),
    (
        Code::UnknownAnswerKey,
        "An answers or session file has a key that is not a question of this ruleset (often a typo, or a file made for other rules). `requal explain questions` lists the ids.",
    ),
];

impl Lint {
    /// The lint's code as users write it.
    pub fn name(&self) -> &'static str {
        self.code.name()
    }
}

/// The lint with this code.
pub fn find(name: &str) -> Option<&'static Lint> {
    LINTS.iter().copied().find(|l| l.name() == name)
}

/// What `requal explain CODE` says of a code that is not a lint.
pub fn other_code_docs(code: Code) -> Option<&'static str> {
    OTHER_CODES.iter().find(|(c, _)| *c == code).map(|(_, docs)| *docs)
}

/// A condition string found in the rules, with its compile errors (if any) placed in the
/// file.
pub struct CheckedCondition {
    pub file: FileId,
    /// Where the condition's text starts in the file (after the opening quote).
    pub offset: usize,
    /// The whole string, quotes included.
    pub whole: Range<usize>,
    /// Whether offsets in the condition are offsets in the file (see `offset`).
    pub exact: bool,
    pub errors: Vec<ConditionError>,
}

/// A text people read, measured: its grade when over the limit, and its sentences over the
/// word limit.
pub(crate) struct Reading<'a> {
    pub text: walk::TextRef<'a>,
    pub grade: Option<f64>,
    pub long: Vec<(&'a str, usize)>,
}

/// What a lint of one file sees, and where it reports.
pub struct Context<'a> {
    /// The tables of the file being read (and of no other).
    pub raw: &'a RawRuleset,
    pub sources: &'a SourceMap,
    /// The texts people read that are too hard or have too long a sentence, measured once
    /// for the readability lints.
    pub(crate) readings: &'a [Reading<'a>],
    /// Every text of the file, listed once.
    pub(crate) texts: &'a [walk::TextRef<'a>],
    /// The date freshness is judged on; `None` when only using the rules, not linting them.
    pub today: Option<jiff::civil::Date>,
    found: Vec<Diagnostic>,
    current: &'static Lint,
}

/// What a lint across files sees, and where it reports.
pub struct SetContext<'a> {
    pub index: &'a Index,
    pub sources: &'a SourceMap,
    pub vocabulary: &'a Vocabulary,
    pub conditions: &'a [CheckedCondition],
    pub today: Option<jiff::civil::Date>,
    found: Vec<Diagnostic>,
    current: &'static Lint,
}

/// A finding at a lint's code and level.
fn finding(lint: &Lint, file: FileId, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
    let mut d = Diagnostic::error(lint.code, file, span, message);
    d.severity = lint.severity;
    d
}

impl Context<'_> {
    /// Reports a finding at the current lint's code and level.
    pub fn report(&mut self, file: FileId, span: Range<usize>, message: impl Into<String>) -> &mut Diagnostic {
        self.found.push(finding(self.current, file, span, message));
        self.found.last_mut().expect("just pushed")
    }
}

impl SetContext<'_> {
    /// Reports a finding at the current lint's code and level.
    pub fn report(&mut self, file: FileId, span: Range<usize>, message: impl Into<String>) -> &mut Diagnostic {
        self.found.push(finding(self.current, file, span, message));
        self.found.last_mut().expect("just pushed")
    }

    /// Reports every condition error with the current lint's code.
    pub fn report_condition_errors(&mut self) {
        let code = self.current.code;
        let mut found = Vec::new();
        for c in self.conditions {
            for e in c.errors.iter().filter(|e| e.code == code) {
                let span = if c.exact { c.offset + e.span.start..c.offset + e.span.end } else { c.whole.clone() };
                let mut d = finding(self.current, c.file, span, e.message.clone());
                d.help.clone_from(&e.help);
                found.push(d);
            }
        }
        self.found.extend(found);
    }
}

/// Runs every lint of one file over its tables (`raw` holds that file's alone), and gathers
/// what the lints across files need from it. With `today`, sources are also judged for
/// freshness.
pub fn file(
    file: FileId,
    raw: &RawRuleset,
    text: &std::sync::Arc<str>,
    sources: &SourceMap,
    today: Option<jiff::civil::Date>,
) -> (Vec<Diagnostic>, FileIndex) {
    // Every text once, for all the lints that read texts.
    let texts = walk::texts(raw);
    // Only the texts a readability lint reports on are kept.
    let readings: Vec<_> = texts
        .iter()
        .filter(|t| walk::read_by_people(t))
        .filter_map(|t| {
            let measure = crate::readability::measure(t.text.english());
            let long: Vec<_> =
                measure.sentences.into_iter().filter(|(_, n)| *n > crate::readability::MAX_SENTENCE_WORDS).collect();
            let grade = measure.grade.filter(|g| *g > crate::readability::MAX_GRADE);
            (grade.is_some() || !long.is_empty()).then(|| Reading { text: t.clone(), grade, long })
        })
        .collect();
    let mut found = Vec::new();
    for lint in LINTS {
        let Some(check) = lint.check else { continue };
        let mut cx =
            Context { raw, sources, readings: &readings, texts: &texts, today, found: Vec::new(), current: lint };
        check(&mut cx);
        found.append(&mut cx.found);
    }
    let index = FileIndex::of_file(&index::FileParts { file, raw, text, texts: &texts, today });
    (found, index)
}

/// Runs every lint across files over what the files gave the index.
pub fn set(index: &Index, sources: &SourceMap, today: Option<jiff::civil::Date>) -> Vec<Diagnostic> {
    let vocabulary = crate::ruleset::vocabulary(&index.small);
    let broken = &index.small.broken_ids;
    let conditions: Vec<CheckedCondition> = index
        .conditions()
        // Only conditions with errors are kept.
        .filter_map(|cond| {
            let mut errors = crate::condition::Condition::compile(cond.as_str(), &vocabulary).err()?;
            // A reference to a table that failed to read is already explained by that failure.
            errors.retain(|e| {
                !matches!(e.code, Code::UnknownQuestion | Code::UnknownEnglishRequirement)
                    || !cond.as_str().get(e.span.clone()).is_some_and(|id| broken.contains(id))
            });
            if errors.is_empty() {
                return None;
            }
            let (file, span) = (cond.file, cond.span());
            let text = &sources.get(file).text;
            let quote =
                if text.get(span.start..span.start + 3).is_some_and(|s| s == "\"\"\"" || s == "'''") { 3 } else { 1 };
            // Positions inside the condition map one-to-one onto the file only when the string
            // is written as it reads (no escapes, no line break after `"""`).
            let inner = span.start + quote..span.end.saturating_sub(quote);
            let exact = text.get(inner).is_some_and(|raw| raw == cond.as_str());
            Some(CheckedCondition { file, offset: span.start + quote, whole: span, exact, errors })
        })
        .collect();
    // Each lint on its own core; findings keep the lints' order.
    let found: Vec<Vec<Diagnostic>> = LINTS
        .par_iter()
        .map(|lint| {
            let Some(check) = lint.check_set else { return Vec::new() };
            let mut cx = SetContext {
                index,
                sources,
                vocabulary: &vocabulary,
                conditions: &conditions,
                today,
                found: Vec::new(),
                current: lint,
            };
            check(&mut cx);
            cx.found
        })
        .collect();
    found.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lints_are_sorted_and_unique() {
        let names: Vec<_> = LINTS.iter().map(|l| l.name()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
    }

    #[test]
    fn every_lint_file_is_registered() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lint");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|n| n == "mod.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            if let Some(rest) = text.split("pub(super) static LINT: Lint = Lint {").nth(1) {
                let variant = rest.split("code: Code::").nth(1).unwrap().split(',').next().unwrap();
                let code = Code::ALL.iter().find(|c| format!("{c:?}") == variant).unwrap();
                let name = code.name();
                assert!(find(name).is_some(), "{} declares `{name}` but it is not in LINTS", path.display());
                let file_name = path.file_stem().unwrap().to_string_lossy().replace('_', "-");
                assert_eq!(file_name, name, "a lint lives in the file named after it");
            }
        }
    }

    /// Every code a user can see has a page under `requal explain`, and only one.
    #[test]
    fn every_code_is_explained_once() {
        for code in Code::ALL {
            let pages = usize::from(find(code.name()).is_some()) + usize::from(other_code_docs(*code).is_some());
            assert_eq!(pages, 1, "`{code}` needs exactly one page under `requal explain`");
        }
    }

    #[test]
    fn every_lint_has_docs_sections_and_a_fixture() {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint");
        for lint in LINTS {
            let mut at = 0;
            for heading in ["### What it does", "### Why is this bad?", "### Example"] {
                let found = lint.docs[at..].find(heading);
                assert!(found.is_some(), "`{}` docs lack `{heading}` (in order)", lint.name());
                at += found.unwrap();
            }
            assert!(
                fixtures.join(lint.name()).join("bad").is_dir(),
                "`{}` has no tests/fixtures/lint/{}/bad",
                lint.name(),
                lint.name()
            );
        }
    }
}
