//! `requal audit [DIR]`: the re-verification worklist for rule maintainers.

use crate::ExitStatus;
use crate::cli::{AuditArgs, AuditFormat, Global};
use crate::diagnostic::{DiagnosticFormat, render};
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(args: &AuditArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let files = super::ruleset_files(args.dir.as_deref(), global)?;
    let loaded = crate::load::load(&files);
    let Some(ruleset) = loaded.ruleset else {
        out.err(&render(&loaded.diagnostics, &loaded.sources, DiagnosticFormat::Human, out.color_stderr, out.plain));
        out.err("error: the ruleset has errors; run `requal lint` first\n");
        return Ok(ExitStatus::Findings);
    };
    let audit = crate::audit::audit(&ruleset, super::today(global)?);
    match args.format {
        AuditFormat::Markdown => out.out(&crate::audit::markdown(&audit))?,
        AuditFormat::Json => {
            let mut s = serde_json::to_string_pretty(&audit).unwrap_or_default();
            s.push('\n');
            out.out(&s)?;
        }
    }
    Ok(ExitStatus::Success)
}
