//! The command line, declared with clap derive. Nothing here does work.

use crate::diagnostic::DiagnosticFormat;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// requal: your own plan to register and work again as a health professional in the UK.
///
/// Run with no command in a terminal to start an advice session.
#[derive(Debug, Parser)]
#[command(
    name = "requal",
    version = concat!(env!("CARGO_PKG_VERSION"), ", rules ", env!("REQUAL_BUILT_IN_RULES")),
    about,
    long_about = None,
    propagate_version = true,
    after_help = "Examples:\n  requal                                   start an advice session (asks the language first)\n  requal plan --answers answers.toml       the plan for an answers file\n  requal plan --answers a.toml --detail short --lang ar\n  requal lint rules --deny-warnings        check a ruleset, as CI does\n  requal completions bash > ~/.local/share/bash-completion/completions/requal"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub global: Global,
}

/// Options every command understands.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Read the ruleset from this folder instead of the one built in.
    #[arg(long, global = true, value_name = "DIR")]
    pub rules: Option<PathBuf>,

    /// Plan as if today were this date (YYYY-MM-DD); for reproducible output.
    #[arg(long, global = true, value_name = "DATE", env = "REQUAL_TODAY")]
    pub today: Option<String>,

    /// Show texts in this language where the rules have it (falls back to English): a BCP 47
    /// language tag such as `ar`, `uk` or `fa-AF`.
    #[arg(long, global = true, value_name = "LANG", default_value = "en", value_parser = language_tag)]
    pub lang: String,

    /// When to use colour.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Table width in columns (default: the terminal's, else $COLUMNS, else 80).
    #[arg(long, global = true, value_name = "N")]
    pub width: Option<u16>,

    /// No borders, no colour: output for screen readers and plain-text handouts.
    #[arg(long, global = true)]
    pub plain: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// An interactive advice session (needs a terminal). The default command.
    #[command(
        after_help = "Examples:\n  requal advise\n  requal --lang ar advise\n  requal advise --resume requal-session-2026-11-22.toml"
    )]
    Advise(AdviseArgs),
    /// The plan for a saved answers or session file, without questions.
    #[command(
        after_help = "Examples:\n  requal plan --answers answers.toml\n  requal plan --answers answers.toml --detail short\n  requal plan --answers answers.toml --compare-rules old-rules   (how the plan changes)\n  requal plan --answers answers.toml --format html > plan.html\n  requal --lang uk plan --answers answers.toml --format json"
    )]
    Plan(PlanArgs),
    /// Check a ruleset: every problem with file:line:col and a code.
    #[command(
        after_help = "Examples:\n  requal lint rules\n  requal lint rules --deny-warnings\n  requal lint rules -A long-sentence -D old-page\n  requal lint rules --format github   (annotations in GitHub Actions)\n  requal lint rules --report sarif=lint.sarif   (also a SARIF file for code scanning)"
    )]
    Lint(LintArgs),
    /// The re-verification worklist: every source, oldest check first, with the facts citing
    /// it; and every unconfirmed fact with what would confirm it.
    #[command(after_help = "Examples:\n  requal audit rules\n  requal audit rules --format json")]
    Audit(AuditArgs),
    /// What changed between two rulesets: fees, English scores, time limits, steps, routes,
    /// who rules apply to, and sources.
    #[command(
        after_help = "Examples:\n  requal diff old-rules rules\n  requal diff old-rules            (against the built-in rules)\n  requal diff old-rules rules --format json"
    )]
    Diff(DiffArgs),
    /// For maintainers: check the source pages on the web (opt-in network use).
    #[command(subcommand)]
    Sources(SourcesCommand),
    /// Run a ruleset's scenario files (answers in, expected plan facts out).
    #[command(
        after_help = "Examples:\n  requal test rules\n  requal test rules --coverage\n  requal test rules --format junit > scenarios.xml"
    )]
    Test(TestArgs),
    /// Mark a step of a saved session done (or undo that), then show the plan in short.
    #[command(
        after_help = "Examples:\n  requal progress session.toml --done nmc-overseas.cbt --date 05/2026 --note \"CBT result email\"\n  requal progress session.toml --undo nmc-overseas.cbt"
    )]
    Progress(ProgressArgs),
    /// The rules' translations as gettext PO files, for translators' tools.
    #[command(
        subcommand,
        after_help = "Examples:\n  requal i18n export --lang ar --out ar.po\n  requal i18n import ar.po"
    )]
    I18n(I18nCommand),
    /// Explain a lint code, question, route, step (route.step) or term.
    #[command(
        after_help = "Examples:\n  requal explain questions\n  requal explain nmc-overseas.cbt\n  requal explain stale-translation"
    )]
    Explain(ExplainArgs),
    /// Print the JSON Schema of the rule files, for editors.
    #[command(after_help = "Example:\n  requal schema > rules.schema.json")]
    Schema,
    /// Print shell completions (bash, zsh, fish, elvish, powershell) to standard output.
    #[command(after_help = "Example:\n  requal completions bash > ~/.local/share/bash-completion/completions/requal")]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to standard output.
    #[command(after_help = "Example:\n  requal man > ~/.local/share/man/man1/requal.1")]
    Man,
}

#[derive(Debug, Clone, Args, Default)]
pub struct AdviseArgs {
    /// Open a saved session at its review screen.
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct AuditArgs {
    /// The ruleset folder (default: the built-in ruleset, or --rules).
    pub dir: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = AuditFormat::Markdown)]
    pub format: AuditFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    Markdown,
    Json,
}

#[derive(Debug, Clone, Subcommand)]
pub enum I18nCommand {
    /// Write a PO file of every rule text in the language `--lang` names: the English as
    /// msgid, the text's path as msgctxt, the translation as msgstr (fuzzy when the English
    /// changed since).
    Export {
        /// Where to write it (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Read a PO file back into `locales/LANG.toml` of the rules folder (`--rules`, else `rules`).
    Import {
        /// The PO file.
        file: PathBuf,
        /// The language to write (default: the PO file's `Language` header).
        #[arg(long, value_name = "LANG")]
        into: Option<String>,
    },
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).args(["done", "undo"])))]
pub struct ProgressArgs {
    /// The saved session (or answers) file to update. It is rewritten in place, atomically.
    pub file: PathBuf,

    /// Mark this step done: ROUTE.STEP, as `requal explain routes` lists them.
    #[arg(long, value_name = "ROUTE.STEP")]
    pub done: Option<String>,

    /// Take the done mark off this step.
    #[arg(long, value_name = "ROUTE.STEP")]
    pub undo: Option<String>,

    /// When it was done (10/05/2026, 2026-05-10, or a month: 05/2026). Default: today.
    #[arg(long, value_name = "DATE", requires = "done")]
    pub date: Option<String>,

    /// Evidence, in your words, e.g. "IELTS certificate 2026-05" (at most 200 characters).
    #[arg(long, value_name = "TEXT", requires = "done")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    /// Tables for the terminal.
    Table,
    /// Contract 2: the stable JSON plan.
    Json,
    /// A handout to print or send, as Markdown.
    Markdown,
    /// A handout as one web page, to open in a browser and print.
    Html,
}

#[derive(Debug, Clone, Args)]
pub struct PlanArgs {
    /// The answers or saved-session file (TOML).
    #[arg(long, short, value_name = "FILE")]
    pub answers: PathBuf,

    /// Output format.
    #[arg(long, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,

    /// How much to show: `short` is "your plan in short" alone (one screen); `full` is that,
    /// then every route, step, job, organisation and source. JSON always has both (`summary`).
    #[arg(long, value_enum, default_value_t = Detail::Full)]
    pub detail: Detail,

    /// Instead of the plan, show how it changes from the rules in this folder (older rules)
    /// to the rules in use. `--format json` gives the changes as JSON.
    #[arg(long, value_name = "OLD")]
    pub compare_rules: Option<PathBuf>,
}

/// How much of the plan to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Detail {
    /// Only "your plan in short".
    Short,
    /// The short plan, then everything else.
    #[default]
    Full,
}

#[derive(Debug, Subcommand)]
pub enum SourcesCommand {
    /// Fetch every source page and compare it with the lock file (DIR/sources.lock): list the
    /// pages that changed since they were recorded, pages gone and pages that moved, with the
    /// facts citing each. Uses the network; sends page addresses only, never answers.
    #[command(
        after_help = "Examples:\n  requal sources check rules\n  requal sources check rules --update     (record the pages as they are now)\n  requal sources check rules --format json"
    )]
    Check(SourcesCheckArgs),
}

#[derive(Debug, Clone, Args)]
pub struct SourcesCheckArgs {
    /// The ruleset folder (default: the built-in ruleset, or --rules; the lock file is then
    /// rules/sources.lock).
    pub dir: Option<PathBuf>,

    /// The lock file (default: DIR/sources.lock).
    #[arg(long, value_name = "FILE")]
    pub lock: Option<PathBuf>,

    /// Write the lock file with the pages as they are now (after you have re-checked the
    /// facts of every changed page).
    #[arg(long)]
    pub update: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,

    /// Pages fetched at once.
    #[arg(long, default_value_t = 8)]
    pub jobs: usize,

    /// Seconds to wait for one page.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,

    /// For tests: fetch every page from this origin (e.g. http://127.0.0.1:8080), keeping its path.
    #[arg(long, hide = true, value_name = "ORIGIN")]
    pub via: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct DiffArgs {
    /// The older ruleset folder.
    pub old: PathBuf,

    /// The newer ruleset folder (default: the built-in ruleset, or --rules).
    pub new: Option<PathBuf>,

    /// Output format: `text` (a line a change, grouped) or `json`.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct LintArgs {
    /// The ruleset folder (default: the built-in ruleset, or --rules).
    pub dir: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub format: DiagnosticFormat,

    /// Treat warnings as errors (exit 1 on any finding); the same as `-D warnings`.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Do not report LINT (repeatable). Only lints that warn by default can be allowed.
    #[arg(short = 'A', long = "allow", value_name = "LINT")]
    pub allow: Vec<String>,

    /// Report LINT as a warning (repeatable).
    #[arg(short = 'W', long = "warn", value_name = "LINT")]
    pub warn: Vec<String>,

    /// Report LINT as an error (repeatable); `-D warnings` denies every warning.
    #[arg(short = 'D', long = "deny", value_name = "LINT")]
    pub deny: Vec<String>,

    /// Also write the findings to FILE in FORMAT (repeatable), e.g. `--report
    /// sarif=lint.sarif --report json=lint.json`.
    #[arg(long, value_name = "FORMAT=FILE")]
    pub report: Vec<String>,
}

#[derive(Debug, Clone, Args)]
pub struct TestArgs {
    /// The ruleset folder whose scenarios/ to run (default: the built-in ruleset, or --rules).
    pub dir: Option<PathBuf>,

    /// Output format: `human` (a line a scenario), `json` (for tools), `junit` (for CI
    /// test reports).
    #[arg(long, value_enum, default_value_t = TestFormat::Human)]
    pub format: TestFormat,

    /// Also report coverage: the routes, steps, jobs, organisations and warnings no scenario
    /// reaches, and the conditions never seen both true and false (in `human` and `json`).
    #[arg(long)]
    pub coverage: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TestFormat {
    Human,
    Json,
    Junit,
}

#[derive(Debug, Clone, Args)]
pub struct ExplainArgs {
    /// A lint code (`unknown-question`), question id, route id, `route.step`, term, or
    /// `lints` / `questions` for a list.
    pub id: String,

    /// Output format: `text`, or `json` (`{"id", "lang", "text"}`) for tools.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    Text,
    Json,
}

/// Checks a BCP 47 language tag's shape: a 2–3 letter language, then subtags of 1–8 letters
/// or digits (`en`, `fa-AF`, `sr-Latn-RS`, `en-XA`).
fn language_tag(tag: &str) -> Result<String, String> {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    let ok = (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if ok { Ok(tag.to_owned()) } else { Err("expected a language tag such as `en`, `ar`, `uk` or `fa-AF`".to_owned()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn language_tags_are_checked_by_shape() {
        for good in ["en", "ar", "fa-AF", "sr-Latn-RS", "en-XA", "prs"] {
            assert!(language_tag(good).is_ok(), "{good}");
        }
        for bad in ["", "e", "english", "en_GB", "en-", "\u{1b}]0;x", "ar\"><script>"] {
            assert!(language_tag(bad).is_err(), "{bad}");
        }
    }
}
