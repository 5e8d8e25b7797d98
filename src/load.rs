//! The load pipeline: read rule files into raw tables, lint them, and build the checked model
//! when nothing is wrong. It sits above both `lint` and `ruleset`, so neither imports the other
//! back.

use crate::diagnostic::{Diagnostic, SourceMap, has_errors};
use crate::lint::level::{Level, Levels, Target};
use crate::ruleset::locales::Applied;
use crate::ruleset::{RawRuleset, Ruleset, RulesetFiles, parse_one, read_translations, register_rule_files};
use jiff::civil::Date;
use rayon::prelude::*;

/// A loaded ruleset: its files, every finding, and the ruleset itself when there were no
/// errors.
#[derive(Debug)]
pub struct Loaded {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
    pub ruleset: Option<Ruleset>,
}

/// Reads, lints and builds a ruleset. A ruleset with any error-level finding is `None`.
/// Lint levels are not applied: a `[lints]` table tunes `requal lint`, and a lint denied
/// there does not stop plans.
pub fn load(files: &RulesetFiles) -> Loaded {
    load_with(files, None, None, true)
}

/// As [`load`], and with `today` also reports sources overdue for re-verification on that
/// date (what `requal lint` does).
pub fn load_and_lint(files: &RulesetFiles, today: Option<Date>) -> Loaded {
    load_with(files, today, Some(&[]), true)
}

/// What `requal lint` does: as [`load_and_lint`], with lint levels from the command line over
/// those of the ruleset's `[lints]` table, and without building the model (`ruleset` is
/// `None`). A build can fail only on a condition that does not compile, which the lints report
/// already; not building keeps a large ruleset's lint to one copy of the rules in memory.
pub fn load_and_lint_at(files: &RulesetFiles, today: Option<Date>, levels: &[(Target, Level)]) -> Loaded {
    load_with(files, today, Some(levels), false)
}

fn load_with(files: &RulesetFiles, today: Option<Date>, levels: Option<&[(Target, Level)]>, build: bool) -> Loaded {
    let mut sources = SourceMap::default();
    let mut diagnostics = Vec::new();
    let rule_files = register_rule_files(files, &mut sources, &mut diagnostics);
    let translations = read_translations(files, &mut sources, &mut diagnostics);
    // Each file on its own core: read, translated and linted, then it leaves only what the
    // lints across files need; its tables are kept only to build the model.
    let read: Vec<Read> = rule_files
        .par_iter()
        .map(|(file, text)| {
            let (mut raw, mut found) = parse_one(*file, text);
            let applied = translations.apply(&mut raw);
            let (linted, index) = crate::lint::file(*file, &raw, text, &sources, today);
            found.extend(linted);
            Read { raw: build.then(|| Box::new(raw)), found, applied, index }
        })
        .collect();
    let mut raw = RawRuleset::default();
    let mut applied = Applied::default();
    // Collected in place: the files' parts of the index take over the list that held them.
    let parts = read
        .into_iter()
        .map(|one| {
            if let Some(tables) = one.raw {
                raw.append(*tables);
            }
            diagnostics.extend(one.found);
            applied.append(one.applied);
            one.index
        })
        .collect();
    let index = crate::lint::Index::new(parts);
    raw.translations = translations.finish(applied, &index.small.broken_ids, &mut diagnostics);
    // The model is built beside the lints across files, not after them (it never fails on
    // rules with problems, only reports them); it is kept only if no lint finds an error.
    let (found, built) = rayon::join(
        || crate::lint::set(&index, &sources, today),
        || build.then(|| crate::ruleset::build(&raw, files.content_hash())),
    );
    diagnostics.extend(found);
    if let Some(levels) = levels {
        let mut in_force = Levels::from_rules(&index.small, &mut diagnostics);
        for (target, level) in levels {
            // The command line was checked when it was read; a refusal here cannot happen.
            let _ = in_force.set(*target, *level);
        }
        in_force.apply(&mut diagnostics);
    }
    // Freeing millions of small values takes a while: on another thread.
    rayon::spawn(move || drop((raw, index)));
    diagnostics.sort_by_key(|d| (d.file, d.span.start, d.code));
    diagnostics.dedup();
    let ruleset = if has_errors(&diagnostics) {
        None
    } else {
        match built {
            Some(Ok(r)) => Some(r),
            Some(Err(mut problems)) => {
                diagnostics.append(&mut problems);
                None
            }
            None => None,
        }
    };
    Loaded { sources, diagnostics, ruleset }
}

/// What one file gave: its tables (when the model is built), findings, the translations it
/// took, and its part of the index.
struct Read {
    raw: Option<Box<RawRuleset>>,
    found: Vec<Diagnostic>,
    applied: Applied,
    index: crate::lint::FileIndex,
}

/// The built-in ruleset: the model build.rs checked and serialised, read without parsing a
/// rule file or running a lint.
///
/// # Panics
/// Never for a binary cargo built: the build writes the model it has just built.
pub fn built_in() -> Ruleset {
    postcard::from_bytes(crate::embedded_rules::MODEL).expect("the built-in model matches this binary's types")
}
