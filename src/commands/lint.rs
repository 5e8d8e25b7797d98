//! `requal lint [DIR]`: every problem in a ruleset, with file:line:col and a code.

use crate::ExitStatus;
use crate::cli::{Global, LintArgs};
use crate::diagnostic::{Severity, render};
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(args: &LintArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let files = super::ruleset_files(args.dir.as_deref(), global)?;
    anyhow::ensure!(files.rule_files().next().is_some(), "`{}` holds no rule files (*.toml)", files.root);
    let loaded = crate::load::load_and_lint(&files, Some(super::today(global)?));
    out.out(&render(&loaded.diagnostics, &loaded.sources, args.format, out.color, out.plain))?;
    if loaded.diagnostics.iter().any(|d| d.code == "invalid-toml") {
        out.err("note: a file that is not valid TOML is skipped; fix it and run lint again to check it fully\n");
    }
    let failing = loaded.diagnostics.iter().any(|d| d.severity == Severity::Error || args.deny_warnings);
    Ok(if failing { ExitStatus::Findings } else { ExitStatus::Success })
}
