//! `requal completions SHELL`: shell completions, generated from the command-line definition.

use crate::ExitStatus;
use crate::output::Output;
use anyhow::Result;
use clap::CommandFactory as _;

pub(super) fn run(shell: clap_complete::Shell, out: &Output) -> Result<ExitStatus> {
    let mut command = crate::cli::Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "requal", &mut script);
    out.out(&String::from_utf8_lossy(&script))?;
    Ok(ExitStatus::Success)
}
