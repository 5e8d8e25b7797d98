//! `requal man`: the man page, generated from the command-line definition.

use crate::ExitStatus;
use crate::output::Output;
use anyhow::{Context as _, Result};
use clap::CommandFactory as _;

pub(super) fn run(out: &Output) -> Result<ExitStatus> {
    let mut page = Vec::new();
    clap_mangen::Man::new(crate::cli::Cli::command()).render(&mut page).context("cannot make the man page")?;
    out.out(&String::from_utf8_lossy(&page))?;
    Ok(ExitStatus::Success)
}
