//! requal: a requalification pathway advisor for refugee, migrant and returning health
//! professionals in the UK. A versioned, cited TOML ruleset, a pure engine that turns a
//! person's answers into an ordered plan, and the commands around them.

pub mod answers;
pub mod audit;
pub mod cli;
mod commands;
pub mod condition;
pub mod coverage;
pub mod date;
pub mod diagnostic;
pub mod diff;
pub mod engine;
pub mod files;
#[doc(hidden)]
pub mod fuzz;
pub mod i18n;
pub mod lint;
pub mod load;
pub mod output;
pub mod questionnaire;
pub mod readability;
pub mod reason;
pub mod render;
pub mod ruleset;
pub mod scenario;
pub mod sources_check;
pub mod synthetic;
pub mod text;
pub mod ui;
pub mod vocab;

/// The files of `rules/`, embedded by build.rs, and the checked model build.rs made of them.
mod embedded_rules {
    include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));
    /// The built ruleset (postcard), so `plan` and `advise` need no parsing or linting.
    pub(crate) static MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ruleset.postcard"));
}

/// How `requal` ends. Documented in the README; scripts rely on these numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ExitStatus {
    /// Done; for `lint` and `test`, nothing wrong found.
    Success = 0,
    /// `lint` found errors, or a scenario failed.
    Findings = 1,
    /// The tool could not do its job: bad input, unreadable file, no terminal.
    Failure = 2,
    /// Interrupted with Ctrl-C.
    Interrupted = 130,
}

/// Runs one command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<ExitStatus> {
    commands::run(cli)
}
