//! Reads a ruleset (embedded or from a folder), parses every file with spans, and mirrors
//! each table into raw types. Every problem becomes a diagnostic; nothing stops at the first.

use super::locales::{Applied, Translations};
use super::raw::{
    RawConstraint, RawEnglish, RawMeta, RawProfession, RawPublisher, RawQuestion, RawRegulator, RawRole, RawRoute,
    RawSource, RawSupport, RawTerm, RawWarning, TOP_LEVEL_KEYS,
};
use crate::diagnostic::{Code, Diagnostic, FileId, SourceFile, SourceMap};
use anyhow::{Context as _, Result};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// A value read from a rule file, with the file and span of its table.
#[derive(Debug, Clone)]
pub struct Item<T> {
    pub file: FileId,
    pub span: Range<usize>,
    pub value: T,
}

/// Every table of a ruleset, as written.
#[derive(Debug, Clone, Default)]
pub struct RawRuleset {
    pub meta: Vec<Item<RawMeta>>,
    pub questions: Vec<Item<RawQuestion>>,
    pub sources: Vec<Item<RawSource>>,
    pub publishers: Vec<Item<RawPublisher>>,
    pub regulators: Vec<Item<RawRegulator>>,
    pub professions: Vec<Item<RawProfession>>,
    pub english: Vec<Item<RawEnglish>>,
    pub routes: Vec<Item<RawRoute>>,
    pub constraints: Vec<Item<RawConstraint>>,
    pub roles: Vec<Item<RawRole>>,
    pub support: Vec<Item<RawSupport>>,
    pub warnings: Vec<Item<RawWarning>>,
    pub terms: Vec<Item<RawTerm>>,
    /// Ids of tables that could not be read: references to them are not reported again.
    pub broken_ids: BTreeSet<String>,
    /// A file that is not valid TOML held the `[ruleset]` table.
    pub skipped_ruleset_table: bool,
    /// A file that is not valid TOML held glossary terms.
    pub skipped_terms: bool,
    /// The `[lints]` table of ruleset.toml, as written; `lint::level` checks it.
    pub lint_levels: Vec<RawLintLevel>,
    /// What `locales/LANG.toml` filled in, by language.
    pub translations: std::collections::BTreeMap<String, super::locales::LanguageInfo>,
}

impl RawRuleset {
    /// Adds another file's tables after this one's.
    pub fn append(&mut self, mut other: RawRuleset) {
        self.meta.append(&mut other.meta);
        self.questions.append(&mut other.questions);
        self.sources.append(&mut other.sources);
        self.publishers.append(&mut other.publishers);
        self.regulators.append(&mut other.regulators);
        self.professions.append(&mut other.professions);
        self.english.append(&mut other.english);
        self.routes.append(&mut other.routes);
        self.constraints.append(&mut other.constraints);
        self.roles.append(&mut other.roles);
        self.support.append(&mut other.support);
        self.warnings.append(&mut other.warnings);
        self.terms.append(&mut other.terms);
        self.broken_ids.append(&mut other.broken_ids);
        self.skipped_ruleset_table |= other.skipped_ruleset_table;
        self.skipped_terms |= other.skipped_terms;
        self.lint_levels.append(&mut other.lint_levels);
        self.translations.append(&mut other.translations);
    }
}

/// One `code = "level"` line of a `[lints]` table.
#[derive(Debug, Clone)]
pub struct RawLintLevel {
    pub file: FileId,
    pub name: String,
    pub name_span: Range<usize>,
    pub level: String,
    pub level_span: Range<usize>,
}

/// The files of a ruleset before parsing: `(path relative to the ruleset root, text)`.
#[derive(Debug, Clone)]
pub struct RulesetFiles {
    /// How paths are shown to users: `rules` for the embedded set, else the folder given.
    pub root: String,
    /// Sorted by relative path. The texts are shared with the source map diagnostics use.
    pub files: Vec<(String, std::sync::Arc<str>)>,
    /// `.toml` files that could not be read as text: (relative path, why).
    pub unreadable: Vec<(String, String)>,
}

impl RulesetFiles {
    /// The ruleset shipped inside the binary.
    pub fn embedded() -> Self {
        let files = crate::embedded_rules::FILES.iter().map(|(p, t)| ((*p).to_owned(), (*t).into())).collect();
        Self { root: "rules".to_owned(), files, unreadable: Vec::new() }
    }

    /// Every `.toml` file under `dir`, sorted by path. A file that cannot be read as text (not
    /// a regular file, too large, not UTF-8) is kept as a problem of that file, and the rest
    /// are still read; a folder reached twice (a link loop) is read once.
    pub fn from_dir(dir: &Path) -> Result<Self> {
        let meta =
            std::fs::metadata(dir).with_context(|| format!("cannot read the rules folder `{}`", dir.display()))?;
        anyhow::ensure!(meta.is_dir(), "`{}` is not a folder", dir.display());
        let mut found = Found::default();
        walk(dir, &mut found)?;
        // Every file read on its own core.
        let read: Vec<(String, Result<std::sync::Arc<str>, String>)> = found
            .paths
            .par_iter()
            .map(|path| {
                let rel = path.strip_prefix(dir).unwrap_or(path).to_string_lossy().replace('\\', "/");
                // Shared on the thread that read it, so the read buffer is freed where the next
                // file's read can use it again.
                (rel, crate::files::read_text(path).map(std::sync::Arc::from).map_err(|e| e.to_string()))
            })
            .collect();
        for (rel, text) in read {
            match text {
                Ok(text) => found.files.push((rel, text)),
                Err(e) => found.unreadable.push((rel, e)),
            }
        }
        found.files.sort();
        found.unreadable.sort();
        anyhow::ensure!(
            !found.files.is_empty() || !found.unreadable.is_empty(),
            "the rules folder `{}` holds no rule files (`.toml` files)",
            dir.display()
        );
        let root = dir.to_string_lossy().trim_end_matches('/').to_owned();
        Ok(Self { root, files: found.files, unreadable: found.unreadable })
    }

    /// Rule files: everything outside `scenarios/` and `locales/`.
    pub fn rule_files(&self) -> impl Iterator<Item = &(String, std::sync::Arc<str>)> {
        self.files.iter().filter(|(p, _)| !is_scenario(p) && !is_locale(p))
    }

    /// Translation files: `locales/LANG.toml`.
    pub fn locale_files(&self) -> impl Iterator<Item = &(String, std::sync::Arc<str>)> {
        self.files.iter().filter(|(p, _)| is_locale(p))
    }

    /// Scenario files: everything under `scenarios/`.
    pub fn scenario_files(&self) -> impl Iterator<Item = &(String, std::sync::Arc<str>)> {
        self.files.iter().filter(|(p, _)| is_scenario(p))
    }

    /// The path shown to users for a relative path.
    pub fn display_path(&self, rel: &str) -> String {
        format!("{}/{rel}", self.root)
    }

    /// sha256 over the rule and translation files' relative paths and contents, in path order.
    pub fn content_hash(&self) -> String {
        let mut hasher = Sha256::new();
        for (path, text) in self.files.iter().filter(|(p, _)| !is_scenario(p)) {
            hasher.update(path.as_bytes());
            hasher.update([0]);
            hasher.update(text.as_bytes());
            hasher.update([0]);
        }
        hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

fn is_scenario(rel: &str) -> bool {
    rel.starts_with("scenarios/")
}

fn is_locale(rel: &str) -> bool {
    rel.starts_with("locales/")
}

/// What a walk of a rules folder found.
#[derive(Default)]
struct Found {
    files: Vec<(String, std::sync::Arc<str>)>,
    unreadable: Vec<(String, String)>,
    /// Rule files found, read once the walk is done.
    paths: Vec<std::path::PathBuf>,
    /// Folders already read, by their real path.
    seen: std::collections::HashSet<std::path::PathBuf>,
}

fn walk(dir: &Path, found: &mut Found) -> Result<()> {
    let real = std::fs::canonicalize(dir).with_context(|| format!("cannot list `{}`", dir.display()))?;
    if !found.seen.insert(real) {
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).with_context(|| format!("cannot list `{}`", dir.display()))?;
    for entry in entries {
        let path = entry.with_context(|| format!("cannot list `{}`", dir.display()))?.path();
        if path.is_dir() {
            walk(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            found.paths.push(path);
        }
    }
    Ok(())
}

/// Parses every rule file into `raw`, with its translations, adding each file to `sources` and
/// each problem to `diagnostics`.
pub fn parse_files(files: &RulesetFiles, sources: &mut SourceMap, diagnostics: &mut Vec<Diagnostic>) -> RawRuleset {
    let rule_files = register_rule_files(files, sources, diagnostics);
    let translations = read_translations(files, sources, diagnostics);
    // Each file is read on its own core, then the tables are joined in file order.
    let parsed: Vec<(RawRuleset, Vec<Diagnostic>, Applied)> = rule_files
        .par_iter()
        .map(|(file, text)| {
            let (mut one, found) = parse_one(*file, text);
            let applied = translations.apply(&mut one);
            (one, found, applied)
        })
        .collect();
    let mut raw = RawRuleset::default();
    let mut applied = Applied::default();
    for (one, mut found, part) in parsed {
        raw.append(one);
        diagnostics.append(&mut found);
        applied.append(part);
    }
    raw.translations = translations.finish(applied, &raw.broken_ids, diagnostics);
    raw
}

/// Adds every rule file to `sources`, a file that cannot be read as a finding, and returns
/// the others with their ids, in path order.
pub fn register_rule_files(
    files: &RulesetFiles,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(FileId, std::sync::Arc<str>)> {
    for (rel, why) in files.unreadable.iter().filter(|(rel, _)| !is_scenario(rel)) {
        let file = sources.add(SourceFile::new(files.display_path(rel), String::new()));
        diagnostics.push(
            Diagnostic::error(Code::UnreadableFile, file, 0..0, format!("this rule file cannot be read: {why}"))
                .with_label("here"),
        );
    }
    files
        .rule_files()
        .map(|(rel, text)| (sources.add(SourceFile::new(files.display_path(rel), text.clone())), text.clone()))
        .collect()
}

/// Adds every translation file to `sources` and reads it.
pub fn read_translations(
    files: &RulesetFiles,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Translations {
    let locales: Vec<(FileId, String, std::sync::Arc<str>)> = files
        .locale_files()
        .map(|(rel, text)| {
            (sources.add(SourceFile::new(files.display_path(rel), text.clone())), rel.clone(), text.clone())
        })
        .collect();
    Translations::read(&locales, diagnostics)
}

/// Reads one rule file's tables, and every problem in them. Strings are slices of the one
/// copy of the file's text where they can be.
pub fn parse_one(file: FileId, text: &std::sync::Arc<str>) -> (RawRuleset, Vec<Diagnostic>) {
    let mut one = RawRuleset::default();
    let mut found = Vec::new();
    super::raw::reading_file(text, || parse_file(file, text, &mut one, &mut found));
    (one, found)
}

fn parse_file(file: FileId, text: &str, raw: &mut RawRuleset, diagnostics: &mut Vec<Diagnostic>) {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in errors {
            diagnostics.push(toml_error(Code::InvalidToml, file, &e, "this file is not valid TOML"));
        }
        // The file is skipped; remember what it defined, so references to those ids (and a
        // `[ruleset]` table in it) are not reported as missing on top of the syntax error.
        for (key, value) in doc.get_ref() {
            if key.get_ref() == "ruleset" {
                raw.skipped_ruleset_table = true;
            }
            let tables: Vec<&DeValue<'_>> = match value.get_ref() {
                DeValue::Array(items) => items.iter().map(Spanned::get_ref).collect(),
                other => vec![other],
            };
            for t in tables {
                if let Some(id) = t.as_table().and_then(|t| t.get("id")).and_then(|v| v.get_ref().as_str()) {
                    raw.broken_ids.insert(id.to_owned());
                }
            }
            if key.get_ref() == "term" {
                raw.skipped_terms = true;
            }
        }
        return;
    }
    for (key, value) in doc.into_inner() {
        let key_span = key.span();
        let name = key.into_inner();
        match name.as_ref() {
            "ruleset" => one(file, value, &mut raw.meta, &mut raw.broken_ids, diagnostics),
            "question" => each(file, value, &mut raw.questions, &mut raw.broken_ids, diagnostics),
            "source" => each(file, value, &mut raw.sources, &mut raw.broken_ids, diagnostics),
            "publisher" => each(file, value, &mut raw.publishers, &mut raw.broken_ids, diagnostics),
            "regulator" => each(file, value, &mut raw.regulators, &mut raw.broken_ids, diagnostics),
            "profession" => each(file, value, &mut raw.professions, &mut raw.broken_ids, diagnostics),
            "english" => each(file, value, &mut raw.english, &mut raw.broken_ids, diagnostics),
            "route" => each(file, value, &mut raw.routes, &mut raw.broken_ids, diagnostics),
            "constraint" => each(file, value, &mut raw.constraints, &mut raw.broken_ids, diagnostics),
            "role" => each(file, value, &mut raw.roles, &mut raw.broken_ids, diagnostics),
            "support" => each(file, value, &mut raw.support, &mut raw.broken_ids, diagnostics),
            "warning" => each(file, value, &mut raw.warnings, &mut raw.broken_ids, diagnostics),
            "term" => each(file, value, &mut raw.terms, &mut raw.broken_ids, diagnostics),
            "lints" => lint_levels(file, value, &mut raw.lint_levels, diagnostics),
            other => diagnostics.push(
                Diagnostic::error(Code::UnknownTable, file, key_span, format!("`{other}` is not a kind of rule table"))
                    .with_label("not a rule table")
                    .with_help(format!("rule files may hold {}", backticked(TOP_LEVEL_KEYS))),
            ),
        }
    }
}

/// `[lints]`: `code = "allow" | "warn" | "deny"`.
fn lint_levels(
    file: FileId,
    value: Spanned<DeValue<'_>>,
    out: &mut Vec<RawLintLevel>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = value.span();
    let DeValue::Table(table) = value.into_inner() else {
        diagnostics.push(
            Diagnostic::error(Code::UnknownLint, file, span, "`lints` must be a table")
                .with_label("not a table")
                .with_help("write `[lints]` with lines like `long-sentence = \"allow\"`"),
        );
        return;
    };
    for (key, level) in table {
        let level_span = level.span();
        let Some(word) = level.get_ref().as_str() else {
            diagnostics.push(
                Diagnostic::error(Code::UnknownLint, file, level_span, "a lint level is text in quotes")
                    .with_label("not text")
                    .with_help("write \"allow\", \"warn\" or \"deny\""),
            );
            continue;
        };
        out.push(RawLintLevel {
            file,
            name: key.get_ref().to_string(),
            name_span: key.span(),
            level: word.to_owned(),
            level_span,
        });
    }
}

fn backticked(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// A single table (`[ruleset]`).
fn one<T: DeserializeOwned>(
    file: FileId,
    value: Spanned<DeValue<'_>>,
    out: &mut Vec<Item<T>>,
    broken: &mut BTreeSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = value.span();
    if !value.get_ref().is_table() {
        diagnostics
            .push(Diagnostic::error(Code::InvalidRule, file, span, "expected a table").with_label("not a table"));
        return;
    }
    push_item(file, value, out, broken, diagnostics);
}

/// An array of tables (`[[route]]`); each table is read on its own so one bad table does not
/// hide problems in the others.
fn each<T: DeserializeOwned>(
    file: FileId,
    value: Spanned<DeValue<'_>>,
    out: &mut Vec<Item<T>>,
    broken: &mut BTreeSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = value.span();
    match value.into_inner() {
        DeValue::Array(items) => {
            for item in items {
                push_item(file, item, out, broken, diagnostics);
            }
        }
        _ => diagnostics.push(
            Diagnostic::error(Code::InvalidRule, file, span, "expected an array of tables")
                .with_label("write this as [[…]] tables")
                .with_help("each rule is its own table, e.g. `[[route]]`"),
        ),
    }
}

fn push_item<T: DeserializeOwned>(
    file: FileId,
    value: Spanned<DeValue<'_>>,
    out: &mut Vec<Item<T>>,
    broken: &mut BTreeSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = value.span();
    // Keep the id of a table that fails to read, so references to it are not reported as
    // dangling on top of the real problem.
    let id = value.get_ref().as_table().and_then(|t| t.get("id")).and_then(|v| v.get_ref().as_str()).map(str::to_owned);
    let mut value = value;
    let mut removed: Vec<String> = Vec::new();
    let mut problems = 0;
    // serde stops at a table's first problem. To report every problem in one run, the key
    // at fault is dropped and the table read again, until it reads or nothing more can go.
    loop {
        match T::deserialize(ValueDeserializer::from(value.clone())) {
            Ok(v) => {
                if problems == 0 {
                    out.push(Item { file, span, value: v });
                }
                break;
            }
            Err(e) => {
                // A key dropped above is then missing; that is not a problem of its own.
                let missing_dropped = e
                    .message()
                    .strip_prefix("missing field `")
                    .and_then(|rest| rest.split('`').next())
                    .is_some_and(|key| removed.iter().any(|r| r == key));
                if missing_dropped {
                    break;
                }
                broken.extend(id.clone());
                diagnostics.push(toml_error(Code::InvalidRule, file, &e, "here"));
                problems += 1;
                match e.span().and_then(|at| drop_key_at(value.get_mut(), &at)) {
                    Some(key) if problems < MAX_PROBLEMS_PER_TABLE => removed.push(key),
                    _ => break,
                }
            }
        }
    }
}

/// Past this many problems in one table, the rest are left for the next run.
const MAX_PROBLEMS_PER_TABLE: usize = 50;

/// Drops the innermost key whose name or value holds `at`, returning its name. Spans of
/// `[[a.b]]` tables cover only their header, so every nested table is searched.
fn drop_key_at(value: &mut DeValue<'_>, at: &Range<usize>) -> Option<String> {
    let holds = |span: Range<usize>| span.start <= at.start && at.end <= span.end;
    match value {
        DeValue::Table(table) => {
            for (_, inner) in table.iter_mut() {
                if let Some(deeper) = drop_key_at(inner.get_mut(), at) {
                    return Some(deeper);
                }
            }
            let key =
                table.iter().find(|(k, v)| holds(k.span()) || holds(v.span())).map(|(k, _)| k.get_ref().to_string())?;
            table.remove(key.as_str());
            Some(key)
        }
        DeValue::Array(items) => items.iter_mut().find_map(|item| drop_key_at(item.get_mut(), at)),
        _ => None,
    }
}

fn toml_error(code: Code, file: FileId, e: &toml::de::Error, label: &str) -> Diagnostic {
    let span = e.span().unwrap_or(0..0);
    let raw = e.message().lines().next().unwrap_or("invalid TOML");
    let (message, help) = plain_message(raw);
    let d = Diagnostic::error(code, file, span, message).with_label(label);
    match help {
        Some(h) => d.with_help(h),
        None => d,
    }
}

/// serde's wording ("invalid type: string, expected i64") in words a rule maintainer uses,
/// with "did you mean" for a misspelt key.
fn plain_message(raw: &str) -> (String, Option<String>) {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let help = crate::condition::suggest(key, names.iter().copied())
            .or_else(|| (!names.is_empty()).then(|| format!("the keys here are {}", names.join(", "))));
        return (format!("unknown key `{key}`"), help);
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return (format!("missing key `{key}`"), Some(format!("add `{key} = …` to this table")));
    }
    let mut s = raw.to_owned();
    for (from, to) in [
        ("invalid type: string", "found text"),
        ("invalid type: integer", "found a whole number"),
        ("invalid type: floating point", "found a number"),
        ("invalid type: boolean", "found true/false"),
        ("invalid type: sequence", "found a list"),
        ("invalid type: map", "found a table"),
        ("expected i64", "expected a whole number"),
        ("expected u32", "expected a whole number (0 or more)"),
        ("expected f64", "expected a number"),
        ("expected a boolean", "expected true or false"),
        ("expected a sequence", "expected a list like [\"a\", \"b\"]"),
        ("expected a string", "expected text in quotes"),
        ("unknown variant", "unknown value"),
    ] {
        s = s.replace(from, to);
    }
    (s, None)
}
