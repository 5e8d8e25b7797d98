//! `requal audit [DIR]`: the re-verification worklist for rule maintainers.

use crate::ExitStatus;
use crate::cli::{AuditArgs, AuditFormat, Global};
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(args: &AuditArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let ruleset = match super::load_ruleset_from(args.dir.as_deref(), global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
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
