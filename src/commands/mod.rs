//! One file per subcommand. Each turns its arguments into library calls and hands text to
//! `Output`; no rule, engine or table logic lives here.

mod advise;
mod audit;
mod completions;
mod diff;
mod explain;
mod i18n;
mod lint;
mod man;
mod plan;
mod progress;
mod schema;
mod sources;
mod test;

use crate::ExitStatus;
use crate::cli::{Cli, Command, Global};
use crate::diagnostic::{Code, DiagnosticFormat, render};
use crate::output::Output;
use crate::reason::Reason;
use crate::ruleset::{Ruleset, RulesetFiles};
use anyhow::{Context as _, Result};
use jiff::civil::Date;

pub(crate) fn run(cli: Cli) -> Result<ExitStatus> {
    let out = Output::new(&cli.global);
    match cli.command {
        None => advise::run(&Default::default(), &cli.global, &out),
        Some(Command::Advise(args)) => advise::run(&args, &cli.global, &out),
        Some(Command::Plan(args)) => plan::run(&args, &cli.global, &out),
        Some(Command::Lint(args)) => lint::run(&args, &cli.global, &out),
        Some(Command::Test(args)) => test::run(&args, &cli.global, &out),
        Some(Command::Diff(args)) => diff::run(&args, &cli.global, &out),
        Some(Command::Sources(crate::cli::SourcesCommand::Check(args))) => sources::check(&args, &cli.global, &out),
        Some(Command::Audit(args)) => audit::run(&args, &cli.global, &out),
        Some(Command::Progress(args)) => progress::run(&args, &cli.global, &out),
        Some(Command::I18n(args)) => i18n::run(&args, &cli.global, &out),
        Some(Command::Explain(args)) => explain::run(&args, &cli.global, &out),
        Some(Command::Schema) => schema::run(&out),
        Some(Command::Completions { shell }) => completions::run(shell, &out),
        Some(Command::Man) => man::run(&out),
    }
}

/// The ruleset files named by `dir`, else `--rules`, else the built-in set.
pub(crate) fn ruleset_files(dir: Option<&std::path::Path>, global: &Global) -> Result<RulesetFiles> {
    match dir.or(global.rules.as_deref()) {
        Some(d) => RulesetFiles::from_dir(d),
        None => Ok(RulesetFiles::embedded()),
    }
}

/// Problems with an answers or session file, for the participant: in their language.
pub(crate) fn answers_problems(
    problems: &[crate::diagnostic::Diagnostic],
    files: &crate::diagnostic::SourceMap,
    global: &Global,
    out: &Output,
) -> String {
    let lang = global.lang.clone();
    let word = |id: &'static str| crate::ui::word(id, &global.lang).to_owned();
    let wording = crate::diagnostic::Wording {
        error: word("problem-error"),
        warning: word("problem-warning"),
        help: word("problem-help"),
        no_problems: word("problem-none"),
        summary: Box::new(move |errors, warnings| {
            let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            crate::ui::sentence(
                &Reason::new("problem-summary").with("errors", count(errors)).with("warnings", count(warnings)),
                &lang,
            )
        }),
    };
    crate::diagnostic::render_in(problems, files, DiagnosticFormat::Human, out.color_stderr, out.plain, &wording)
}

/// The text of an answers or session file. A file that is not UTF-8 text gets a coded
/// finding naming the file (exit 2); other failures to read are tool errors.
pub(crate) fn read_answers_file(
    path: &std::path::Path,
    what: &str,
    global: &Global,
    out: &Output,
) -> Result<Result<String, ExitStatus>> {
    match crate::files::read_text(path) {
        Ok(text) => Ok(Ok(text)),
        Err(crate::files::ReadError::NotUtf8 { offset, utf16 }) => {
            let mut files = crate::diagnostic::SourceMap::default();
            let file = files.add(crate::diagnostic::SourceFile::new(path.display().to_string(), String::new()));
            let why = if utf16 {
                Reason::new("answers-utf16")
            } else {
                Reason::new("answers-not-utf8").with("offset", u32::try_from(offset).unwrap_or(u32::MAX))
            };
            let say = |r: Reason| crate::ui::sentence(&r, &global.lang);
            let problem = crate::diagnostic::Diagnostic::error(
                Code::InvalidAnswer,
                file,
                0..0,
                say(Reason::new("answers-unreadable").with("why", say(why))),
            )
            .with_label(crate::ui::word("answers-unreadable-label", &global.lang));
            out.err(&answers_problems(&[problem], &files, global, out));
            Ok(Err(ExitStatus::Failure))
        }
        Err(e) => Err(anyhow::Error::new(e)).with_context(|| format!("cannot read the {what} `{}`", path.display())),
    }
}

/// Loads a ruleset for use. With errors, prints them and returns `Err(Findings)`: a ruleset
/// with errors never produces a plan.
pub(crate) fn load_ruleset(global: &Global, out: &Output) -> Result<Result<Ruleset, ExitStatus>> {
    load_ruleset_from(None, global, out)
}

/// [`load_ruleset`] from `dir` when given (a command's own folder argument).
pub(crate) fn load_ruleset_from(
    dir: Option<&std::path::Path>,
    global: &Global,
    out: &Output,
) -> Result<Result<Ruleset, ExitStatus>> {
    if dir.is_none() && global.rules.is_none() {
        // Checked when the binary was built: nothing to parse or lint.
        return Ok(Ok(crate::load::built_in()));
    }
    let files = ruleset_files(dir, global)?;
    let loaded = crate::load::load(&files);
    match loaded.ruleset {
        Some(r) => Ok(Ok(r)),
        None => {
            out.err(&render(
                &loaded.diagnostics,
                &loaded.sources,
                DiagnosticFormat::Human,
                out.color_stderr,
                out.plain,
            ));
            out.err(&format!("{}\n", crate::ui::word("ruleset-has-errors", &global.lang)));
            Ok(Err(ExitStatus::Findings))
        }
    }
}

/// Tells the person when the rules have no texts in the language they asked for.
/// `interview`: the advice session, which shows no plan document (with its own notice) until
/// the end, also says that the interface is a machine translation.
pub(crate) fn warn_missing_language(global: &Global, ruleset: &Ruleset, out: &Output, interview: bool) {
    let lang = global.lang.as_str();
    let shown = crate::ui::resolve(lang);
    if shown != "en" && shown != crate::ui::PSEUDO && !lang.eq_ignore_ascii_case(shown) {
        // Dari is shown in Farsi: say so, in that language.
        let note = crate::reason::Reason::new("note-language-resolved").with("lang", lang).with("shown", shown);
        out.err(&format!("{}\n", crate::ui::sentence(&note, lang)));
    }
    if interview && crate::ui::is_machine_translated(lang) {
        out.err(&format!("{}\n", crate::ui::word("machine-translation-notice", lang)));
    }
    if lang != "en" && !ruleset.meta.locales.iter().any(|l| l == lang) {
        let note = crate::reason::Reason::new("note-language-missing")
            .with("lang", lang)
            .with("carried", ruleset.meta.locales.join(", "));
        out.err(&format!("{}\n", crate::ui::sentence(&note, lang)));
    }
}

/// Whether `--lang` was given on the command line (its default is `en`).
pub(crate) fn lang_given() -> bool {
    std::env::args_os().any(|a| a == "--lang" || a.to_string_lossy().starts_with("--lang="))
}

/// The language the plan is actually shown in: `--lang` when the rules carry it, else
/// English. A page must never be marked right-to-left around English text.
pub(crate) fn shown_language<'a>(global: &'a Global, ruleset: &Ruleset) -> &'a str {
    let lang = global.lang.as_str();
    if crate::ui::has_language(lang) || ruleset.meta.locales.iter().any(|l| l == lang) { lang } else { "en" }
}

/// `--today`, else the local date.
pub(crate) fn today(global: &Global) -> Result<Date> {
    match &global.today {
        Some(s) => crate::ruleset::raw::parse_date(s).map_err(anyhow::Error::msg).context("--today"),
        None => Ok(crate::date::today_local()),
    }
}
