//! `requal advise` (and `requal` alone): the interactive advice session.

use crate::ExitStatus;
use crate::cli::{AdviseArgs, Global};
use crate::output::Output;
use anyhow::Result;
use std::io::IsTerminal as _;

pub(super) fn run(args: &AdviseArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        out.err(
            "error: the advice session needs an interactive terminal\n\
             help: to plan without questions, write an answers file and run `requal plan --answers FILE`\n",
        );
        return Ok(ExitStatus::Failure);
    }
    let _ = (args, global);
    out.err("error: the interactive session is not built yet; use `requal plan --answers FILE`\n");
    Ok(ExitStatus::Failure)
}
