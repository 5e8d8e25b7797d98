//! The `requal` binary: parse arguments, run, turn the outcome into an exit code.

use clap::Parser as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = requal::cli::Cli::parse();
    match requal::run(cli) {
        Ok(status) => ExitCode::from(status as u8),
        Err(err) => {
            if requal::output::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            requal::output::report_failure(&err);
            ExitCode::from(requal::ExitStatus::Failure as u8)
        }
    }
}
