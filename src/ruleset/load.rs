//! Reads a ruleset (embedded or from a folder), parses every file with spans, and mirrors
//! each table into raw types. Every problem becomes a diagnostic; nothing stops at the first.

use super::raw::{
    RawConstraint, RawEnglish, RawMeta, RawProfession, RawQuestion, RawRegulator, RawRole, RawRoute, RawSource,
    RawSupport, RawTerm, RawWarning, TOP_LEVEL_KEYS,
};
use crate::diagnostic::{Diagnostic, FileId, SourceFile, SourceMap};
use anyhow::{Context as _, Result};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::ops::Range;
use std::path::Path;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));
}

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
    pub regulators: Vec<Item<RawRegulator>>,
    pub professions: Vec<Item<RawProfession>>,
    pub english: Vec<Item<RawEnglish>>,
    pub routes: Vec<Item<RawRoute>>,
    pub constraints: Vec<Item<RawConstraint>>,
    pub roles: Vec<Item<RawRole>>,
    pub support: Vec<Item<RawSupport>>,
    pub warnings: Vec<Item<RawWarning>>,
    pub terms: Vec<Item<RawTerm>>,
}

/// The files of a ruleset before parsing: `(path relative to the ruleset root, text)`.
#[derive(Debug, Clone)]
pub struct RulesetFiles {
    /// How paths are shown to users: `rules` for the embedded set, else the folder given.
    pub root: String,
    /// Sorted by relative path.
    pub files: Vec<(String, String)>,
}

impl RulesetFiles {
    /// The ruleset shipped inside the binary.
    pub fn embedded() -> Self {
        let files = embedded::FILES.iter().map(|(p, t)| ((*p).to_owned(), (*t).to_owned())).collect();
        Self { root: "rules".to_owned(), files }
    }

    /// Every `.toml` file under `dir`, sorted by path.
    pub fn from_dir(dir: &Path) -> Result<Self> {
        let meta =
            std::fs::metadata(dir).with_context(|| format!("cannot read the rules folder `{}`", dir.display()))?;
        anyhow::ensure!(meta.is_dir(), "`{}` is not a folder", dir.display());
        let mut files = Vec::new();
        walk(dir, dir, &mut files)?;
        files.sort();
        let root = dir.to_string_lossy().trim_end_matches('/').to_owned();
        Ok(Self { root, files })
    }

    /// Rule files: everything outside `scenarios/`.
    pub fn rule_files(&self) -> impl Iterator<Item = &(String, String)> {
        self.files.iter().filter(|(p, _)| !is_scenario(p))
    }

    /// Scenario files: everything under `scenarios/`.
    pub fn scenario_files(&self) -> impl Iterator<Item = &(String, String)> {
        self.files.iter().filter(|(p, _)| is_scenario(p))
    }

    /// The path shown to users for a relative path.
    pub fn display_path(&self, rel: &str) -> String {
        format!("{}/{rel}", self.root)
    }

    /// sha256 over the rule files' relative paths and contents, in path order.
    pub fn content_hash(&self) -> String {
        let mut hasher = Sha256::new();
        for (path, text) in self.rule_files() {
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

fn walk(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) -> Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("cannot list `{}`", dir.display()))?;
    for entry in entries {
        let path = entry.with_context(|| format!("cannot list `{}`", dir.display()))?.path();
        if path.is_dir() {
            walk(root, &path, files)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read `{}`", path.display()))?;
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            files.push((rel, text));
        }
    }
    Ok(())
}

/// Parses every rule file into `raw`, adding each file to `sources` and each problem to
/// `diagnostics`.
pub fn parse_files(files: &RulesetFiles, sources: &mut SourceMap, diagnostics: &mut Vec<Diagnostic>) -> RawRuleset {
    let mut raw = RawRuleset::default();
    for (rel, text) in files.rule_files() {
        let file = sources.add(SourceFile::new(files.display_path(rel), text.clone()));
        parse_file(file, text, &mut raw, diagnostics);
    }
    raw
}

fn parse_file(file: FileId, text: &str, raw: &mut RawRuleset, diagnostics: &mut Vec<Diagnostic>) {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in errors {
            diagnostics.push(toml_error("invalid-toml", file, &e, "this file is not valid TOML"));
        }
        return;
    }
    for (key, value) in doc.into_inner() {
        let key_span = key.span();
        let name = key.into_inner();
        match name.as_ref() {
            "ruleset" => one(file, value, &mut raw.meta, diagnostics),
            "question" => each(file, value, &mut raw.questions, diagnostics),
            "source" => each(file, value, &mut raw.sources, diagnostics),
            "regulator" => each(file, value, &mut raw.regulators, diagnostics),
            "profession" => each(file, value, &mut raw.professions, diagnostics),
            "english" => each(file, value, &mut raw.english, diagnostics),
            "route" => each(file, value, &mut raw.routes, diagnostics),
            "constraint" => each(file, value, &mut raw.constraints, diagnostics),
            "role" => each(file, value, &mut raw.roles, diagnostics),
            "support" => each(file, value, &mut raw.support, diagnostics),
            "warning" => each(file, value, &mut raw.warnings, diagnostics),
            "term" => each(file, value, &mut raw.terms, diagnostics),
            other => diagnostics.push(
                Diagnostic::error("unknown-table", file, key_span, format!("`{other}` is not a kind of rule table"))
                    .with_label("not a rule table")
                    .with_help(format!("rule files may hold {}", backticked(TOP_LEVEL_KEYS))),
            ),
        }
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
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = value.span();
    if !value.get_ref().is_table() {
        diagnostics.push(Diagnostic::error("invalid-rule", file, span, "expected a table").with_label("not a table"));
        return;
    }
    push_item(file, value, out, diagnostics);
}

/// An array of tables (`[[route]]`); each table is read on its own so one bad table does not
/// hide problems in the others.
fn each<T: DeserializeOwned>(
    file: FileId,
    value: Spanned<DeValue<'_>>,
    out: &mut Vec<Item<T>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = value.span();
    match value.into_inner() {
        DeValue::Array(items) => {
            for item in items {
                push_item(file, item, out, diagnostics);
            }
        }
        _ => diagnostics.push(
            Diagnostic::error("invalid-rule", file, span, "expected an array of tables")
                .with_label("write this as [[…]] tables")
                .with_help("each rule is its own table, e.g. `[[route]]`"),
        ),
    }
}

fn push_item<T: DeserializeOwned>(
    file: FileId,
    value: Spanned<DeValue<'_>>,
    out: &mut Vec<Item<T>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = value.span();
    match T::deserialize(ValueDeserializer::from(value)) {
        Ok(v) => out.push(Item { file, span, value: v }),
        Err(e) => diagnostics.push(toml_error("invalid-rule", file, &e, "not a valid rule table")),
    }
}

fn toml_error(code: &'static str, file: FileId, e: &toml::de::Error, label: &str) -> Diagnostic {
    let span = e.span().unwrap_or(0..0);
    let message = e.message().lines().next().unwrap_or("invalid TOML").to_owned();
    Diagnostic::error(code, file, span, message).with_label(label)
}
