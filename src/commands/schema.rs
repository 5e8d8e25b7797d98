//! `requal schema`: prints the JSON Schema of the rule files, for editors.

use crate::ExitStatus;
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(out: &Output) -> Result<ExitStatus> {
    out.out(&crate::ruleset::json_schema())?;
    Ok(ExitStatus::Success)
}
