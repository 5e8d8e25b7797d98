//! The `requal` binary: parse arguments, run, turn the outcome into an exit code.

use clap::Parser as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match requal::cli::Cli::try_parse() {
        Ok(cli) => cli,
        // clap echoes the bad argument: it goes through the output layer like everything else.
        Err(e) => return requal::output::report_usage(&e),
    };
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
