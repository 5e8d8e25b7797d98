//! `requal lint [DIR]`: every problem in a ruleset, with file:line:col and a code, at the
//! levels `[lints]` and `-A/-W/-D` set, in one format or several.

use crate::ExitStatus;
use crate::cli::{Global, LintArgs};
use crate::diagnostic::{Code, Diagnostic, DiagnosticFormat, RuleDoc, Severity, SourceMap, render, sarif};
use crate::lint::level::{Level, Levels, Target, default_level, parse_target};
use crate::output::Output;
use anyhow::{Context as _, Result};
use clap::ValueEnum as _;
use std::path::PathBuf;

pub(super) fn run(args: &LintArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let levels = levels(args)?;
    let reports = reports(&args.report)?;
    let files = super::ruleset_files(args.dir.as_deref(), global)?;
    anyhow::ensure!(files.rule_files().next().is_some(), "`{}` holds no rule files (*.toml)", files.root);
    let loaded = crate::load::load_and_lint_at(&files, Some(super::today(global)?), &levels);
    let show = |format| formatted(&loaded.diagnostics, &loaded.sources, format, out);
    for (format, path) in &reports {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot make the folder `{}`", parent.display()))?;
        }
        let written = crate::questionnaire::write_private(path, &show(*format), true)
            .with_context(|| format!("cannot write the report `{}`", path.display()))?;
        if let Some(w) = written.warning("en") {
            out.err(&format!("{w}\n"));
        }
    }
    out.out(&show(args.format))?;
    if loaded.diagnostics.iter().any(|d| d.code == Code::InvalidToml) {
        out.err("note: a file that is not valid TOML is skipped; fix it and run lint again to check it fully\n");
    }
    let failing = loaded.diagnostics.iter().any(|d| d.severity == Severity::Error);
    Ok(if failing { ExitStatus::Findings } else { ExitStatus::Success })
}

fn formatted(diagnostics: &[Diagnostic], sources: &SourceMap, format: DiagnosticFormat, out: &Output) -> String {
    match format {
        DiagnosticFormat::Sarif => sarif(diagnostics, sources, &rule_docs()),
        other => render(diagnostics, sources, other, out.color, out.plain),
    }
}

/// Every code with its documentation, for SARIF's rule list.
fn rule_docs() -> Vec<RuleDoc> {
    Code::ALL
        .iter()
        .map(|&code| {
            let error = default_level(code) == Level::Deny;
            match crate::lint::find(code.name()) {
                Some(lint) => RuleDoc { code, summary: lint.summary, docs: lint.docs, error },
                None => {
                    let docs = crate::lint::other_code_docs(code).unwrap_or("");
                    RuleDoc { code, summary: docs.split(". ").next().unwrap_or(docs), docs, error }
                }
            }
        })
        .collect()
}

/// The command line's levels, lowest first so that a deny wins: `-A`, then `-W`, then `-D`.
fn levels(args: &LintArgs) -> Result<Vec<(Target, Level)>> {
    let mut levels = Vec::new();
    let deny_warnings = args.deny_warnings.then(|| "warnings".to_owned());
    for (names, level) in [
        (&args.allow, Level::Allow),
        (&args.warn, Level::Warn),
        (&args.deny.iter().cloned().chain(deny_warnings).collect(), Level::Deny),
    ] {
        for name in names {
            let target = parse_target(name).map_err(anyhow::Error::msg)?;
            // Refused here, before any file is read, as the `[lints]` table's are.
            Levels::default().set(target, level).map_err(anyhow::Error::msg)?;
            levels.push((target, level));
        }
    }
    Ok(levels)
}

/// `--report FORMAT=FILE` values.
fn reports(values: &[String]) -> Result<Vec<(DiagnosticFormat, PathBuf)>> {
    values
        .iter()
        .map(|v| {
            let (format, path) = v
                .split_once('=')
                .filter(|(_, p)| !p.is_empty())
                .with_context(|| format!("`--report {v}`: write FORMAT=FILE, e.g. sarif=lint.sarif"))?;
            let format = DiagnosticFormat::from_str(format, true).map_err(|_| {
                anyhow::anyhow!("`--report {v}`: `{format}` is not a format; use human, json, github or sarif")
            })?;
            Ok((format, PathBuf::from(path)))
        })
        .collect()
}
