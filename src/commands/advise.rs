//! `requal advise` (and `requal` alone): the interactive advice session.

use crate::ExitStatus;
use crate::answers::Answers;
use crate::cli::{AdviseArgs, Global};
use crate::diagnostic::{SourceFile, SourceMap};
use crate::output::Output;
use crate::questionnaire::{self, DialoguerPrompter, Interrupts, Resumed, Setup};
use anyhow::{Context as _, Result};
use std::io::IsTerminal as _;

/// Said when there is no terminal to ask questions in.
fn no_terminal(global: &Global) -> String {
    format!("{}\n", crate::ui::word("no-terminal", &global.lang))
}

/// "Language?" in every language the interface has, each named in itself: English first.
fn choose_language(p: &mut DialoguerPrompter<'_>) -> Result<&'static str> {
    use crate::questionnaire::Prompter as _;
    let prompt = std::iter::once("en")
        .chain(crate::ui::LANGUAGES.iter().map(|(tag, ..)| *tag))
        .map(|tag| crate::ui::word("choose-language", tag))
        .collect::<Vec<_>>()
        .join(" / ");
    let tags: Vec<&'static str> =
        std::iter::once("en").chain(crate::ui::LANGUAGES.iter().map(|(tag, ..)| *tag)).collect();
    let items: Vec<String> = tags.iter().map(|tag| crate::ui::word("language-name", tag).to_owned()).collect();
    let chosen = p.choose(&prompt, &items, 0).context("the language menu failed")?;
    Ok(chosen.and_then(|i| tags.get(i).copied()).unwrap_or("en"))
}

pub(super) fn run(args: &AdviseArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        out.err(&no_terminal(global));
        return Ok(ExitStatus::Failure);
    }
    let ruleset = match super::load_ruleset(global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    // Said first, plainly and in English, before any question is asked.
    super::warn_missing_language(global, &ruleset, out, true);
    let today = super::today(global)?;
    let (answers, resumed) = match &args.resume {
        None => (Answers::default(), None),
        Some(path) => {
            let text = match super::read_answers_file(path, "session file", global, out)? {
                Ok(t) => t,
                Err(status) => return Ok(status),
            };
            let mut files = SourceMap::default();
            let file = files.add(SourceFile::new(path.display().to_string(), text.clone()));
            match crate::answers::parse(&text, file, &ruleset, today, &global.lang) {
                Ok(a) => (a.answers, Some(Resumed { path: path.clone(), session: a.session })),
                Err(problems) => {
                    out.err(&super::answers_problems(&problems, &files, global, out));
                    let line =
                        crate::reason::Reason::new("answers-unusable-resume").with("file", path.display().to_string());
                    out.err(&format!("{}\n", crate::ui::sentence(&line, &global.lang)));
                    return Ok(ExitStatus::Failure);
                }
            }
        }
    };
    let dir = std::env::current_dir().context("cannot find the current folder")?;
    let interrupts = Interrupts::install(*out).context("cannot set up Ctrl-C handling")?;
    let mut prompter = DialoguerPrompter::new(out);
    // Without --lang, a new session starts by asking the language, in each language.
    let chosen = if resumed.is_none() && !super::lang_given() {
        let lang = choose_language(&mut prompter)?;
        if crate::ui::is_machine_translated(lang) {
            out.err(&format!("{}\n", crate::ui::word("machine-translation-notice", lang)));
        }
        Some(lang)
    } else {
        None
    };
    let lang = chosen.unwrap_or_else(|| super::shown_language(global, &ruleset));
    let setup = Setup { ruleset: &ruleset, today, lang, answers, resumed, dir };
    let mut render = |plan: &crate::engine::Plan, detail| format!("\n{}", crate::render::table(plan, out, detail));
    let result = questionnaire::session(setup, &mut prompter, &mut render);
    drop(interrupts);
    match result {
        Ok(_) => Ok(ExitStatus::Success),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            out.err(&questionnaire::stopped());
            Ok(ExitStatus::Interrupted)
        }
        Err(e) if questionnaire::is_no_terminal(&e) => {
            out.err(&no_terminal(global));
            Ok(ExitStatus::Failure)
        }
        Err(e) => Err(e).context("the advice session failed"),
    }
}
