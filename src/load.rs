//! The load pipeline: read rule files into raw tables, lint them, and build the checked model
//! when nothing is wrong. It sits above both `lint` and `ruleset`, so neither imports the other
//! back.

use crate::diagnostic::{Diagnostic, SourceMap, has_errors};
use crate::lint::level::{Level, Levels, Target};
use crate::ruleset::{Ruleset, RulesetFiles, parse_files};
use jiff::civil::Date;

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
    let raw = parse_files(files, &mut sources, &mut diagnostics);
    // The model is built beside the lints, not after them (it never fails on rules with
    // problems, only reports them); it is kept only if the lints find no error.
    let (found, built) = rayon::join(
        || crate::lint::run(&raw, &sources, today),
        || build.then(|| crate::ruleset::build(&raw, files.content_hash())),
    );
    diagnostics.extend(found);
    if let Some(levels) = levels {
        let mut in_force = Levels::from_rules(&raw, &mut diagnostics);
        for (target, level) in levels {
            // The command line was checked when it was read; a refusal here cannot happen.
            let _ = in_force.set(*target, *level);
        }
        in_force.apply(&mut diagnostics);
    }
    // Freeing the raw tables (millions of small strings) takes a while: on another thread.
    rayon::spawn(move || drop(raw));
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

/// The built-in ruleset: the model build.rs checked and serialised, read without parsing a
/// rule file or running a lint.
///
/// # Panics
/// Never for a binary cargo built: the build writes the model it has just built.
pub fn built_in() -> Ruleset {
    postcard::from_bytes(crate::embedded_rules::MODEL).expect("the built-in model matches this binary's types")
}
