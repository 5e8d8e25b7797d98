//! Synthetic rulesets for measuring lint at scale: the shipped rules replicated with renamed
//! ids until a ruleset has the number of files asked for. Used by `benches/lint_scale.rs` and
//! its test; it is not part of any command.

use crate::ruleset::RulesetFiles;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The tables whose ids a copy renames (each must be unique in a ruleset).
const COPIED_TABLES: &[&str] =
    &["[[source]]", "[[route]]", "[[english]]", "[[warning]]", "[[term]]", "[[role]]", "[[support]]", "[[constraint]]"];

/// Files kept once: the ruleset table, questions, regulators, professions and publishers,
/// which every copy refers to.
fn copied(rel: &str) -> bool {
    !(rel == "ruleset.toml"
        || rel == "regulators.toml"
        || rel == "publishers.toml"
        || rel.starts_with("questions/")
        || rel.starts_with("scenarios/")
        || rel.starts_with("locales/"))
}

/// The ids defined directly in the renamed tables of these files.
fn defined_ids<'a>(files: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for text in files {
        let mut in_renamed = false;
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with('[') {
                in_renamed = COPIED_TABLES.contains(&line);
            } else if in_renamed && let Some(id) = line.strip_prefix("id = \"").and_then(|r| r.strip_suffix('"')) {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

/// One copy of a file's text with every renamed id given `suffix`: where it is defined
/// (`id = "…"` of a renamed table), in `sources = […]` lists and in `english-meets(…)`.
/// Elsewhere the same word may be another kind's id or a value, and stays.
fn renamed(text: &str, ids: &BTreeSet<String>, suffix: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut in_renamed = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            in_renamed = COPIED_TABLES.contains(&trimmed.trim_end());
        }
        if (in_renamed && trimmed.starts_with("id = ")) || trimmed.starts_with("sources = ") {
            out.push_str(&rename_between(line, '"', '"', ids, suffix));
        } else if line.contains("english-meets(") {
            out.push_str(&rename_between(line, '(', ')', ids, suffix));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// `line` with each `open`…`close` piece that is an id renamed.
fn rename_between(line: &str, open: char, close: char, ids: &BTreeSet<String>, suffix: &str) -> String {
    let mut out = String::with_capacity(line.len() + 16);
    let mut rest = line;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..=start]);
        rest = &rest[start + 1..];
        let Some(end) = rest.find(close) else { break };
        out.push_str(&rest[..end]);
        if ids.contains(&rest[..end]) {
            out.push_str(suffix);
        }
        out.push(close);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A ruleset of about `files` files made from `base`: its kept files once, then copies of the
/// rest with ids renamed (`-c1`, `-c2`, …) under `copy-N/`. Translations are left out (the
/// ruleset asks for English only), so the copies' texts are not all "missing a translation".
pub fn generate(base: &RulesetFiles, files: usize) -> RulesetFiles {
    let kept: Vec<&(String, Arc<str>)> = base.rule_files().filter(|(rel, _)| !copied(rel)).collect();
    let mut copies: Vec<&(String, Arc<str>)> = base.rule_files().filter(|(rel, _)| copied(rel)).collect();
    // Sources, then English requirements, first: a last, partial copy then lacks only files
    // that refer to them, never a file they refer to.
    copies.sort_by_key(|(rel, _)| (!rel.starts_with("sources/"), !rel.starts_with("english/"), rel.clone()));
    let ids = defined_ids(copies.iter().map(|(_, t)| &**t));
    let mut out: Vec<(String, Arc<str>)> = kept
        .iter()
        .map(|(rel, text)| {
            let text = if rel == "ruleset.toml" { english_only(text).into() } else { text.clone() };
            (rel.clone(), text)
        })
        .collect();
    let mut n = 0;
    while out.len() < files {
        let suffix = if n == 0 { String::new() } else { format!("-c{n}") };
        for (rel, text) in &copies {
            if out.len() >= files {
                break;
            }
            let text = if n == 0 { text.clone() } else { renamed(text, &ids, &suffix).into() };
            out.push((format!("copy-{n}/{rel}"), text));
        }
        n += 1;
    }
    out.sort();
    RulesetFiles { root: format!("synthetic-{files}"), files: out, unreadable: Vec::new() }
}

fn english_only(ruleset_toml: &str) -> String {
    ruleset_toml
        .lines()
        .map(|l| if l.starts_with("locales = ") { "locales = [\"en\"]" } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes `files` under `dir` (made if missing).
///
/// # Errors
/// When a folder or file cannot be written.
pub fn write(files: &RulesetFiles, dir: &std::path::Path) -> std::io::Result<()> {
    for (rel, text) in &files.files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text.as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_renamed_where_defined_and_referred_to_but_not_in_prose() {
        let ids = ["gmc-fees", "gmc-english"].iter().map(|s| (*s).to_owned()).collect();
        let text = "[[source]]\nid = \"gmc-fees\"\ntitle = \"gmc-fees page\"\nsources = [\"gmc-fees\", \"other\"]\ndone-if = \"english-meets(gmc-english)\"\n";
        assert_eq!(
            super::renamed(text, &ids, "-c2"),
            "[[source]]\nid = \"gmc-fees-c2\"\ntitle = \"gmc-fees page\"\nsources = [\"gmc-fees-c2\", \"other\"]\ndone-if = \"english-meets(gmc-english-c2)\"\n"
        );
    }
}
