//! `requal progress FILE --done ROUTE.STEP`: marks a step of a saved session done (or, with
//! `--undo`, takes the mark off), rewrites the file atomically and shows the plan in short.

use crate::ExitStatus;
use crate::answers::{DoneStep, Session};
use crate::cli::{Detail, Global, ProgressArgs};
use crate::diagnostic::{SourceFile, SourceMap};
use crate::output::Output;
use crate::reason::Reason;
use anyhow::{Context as _, Result};

/// The longest evidence note kept.
const MAX_NOTE_CHARS: usize = 200;

pub(super) fn run(args: &ProgressArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let lang = global.lang.as_str();
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    let ruleset = match super::load_ruleset(global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    let today = super::today(global)?;
    let text = match super::read_answers_file(&args.file, "session file", global, out)? {
        Ok(t) => t,
        Err(status) => return Ok(status),
    };
    let mut files = SourceMap::default();
    let file = files.add(SourceFile::new(args.file.display().to_string(), text.clone()));
    let mut parsed = match crate::answers::parse(&text, file, &ruleset, today, lang) {
        Ok(a) => a,
        Err(problems) => {
            out.err(&super::answers_problems(&problems, &files, global, out));
            let line = Reason::new("answers-unusable-resume").with("file", args.file.display().to_string());
            out.err(&format!("{}\n", say(line)));
            return Ok(ExitStatus::Failure);
        }
    };
    let target = args.done.as_deref().or(args.undo.as_deref()).unwrap_or_default();
    let Some((route, step)) = find_step(&ruleset, target) else {
        let names: Vec<String> =
            ruleset.routes.iter().flat_map(|r| r.steps.iter().map(move |s| format!("{}.{}", r.id, s.id))).collect();
        let mut message = say(Reason::new("progress-unknown-step").with("step", crate::text::clip(target)));
        if let Some(near) = crate::condition::nearest(target, names.iter().map(String::as_str)) {
            message.push('\n');
            message.push_str(&say(Reason::new("explain-did-you-mean").with("id", near)));
        }
        out.err(&format!("{message}\n{}\n", crate::ui::word("progress-list-steps", lang)));
        return Ok(ExitStatus::Failure);
    };
    let id = format!("{}.{}", route.id, step.id);
    let title = step.title.get(lang).to_owned();
    let said = if args.done.is_some() {
        let date = match &args.date {
            Some(d) => match crate::date::parse_person_date(d) {
                Ok(d) if d.date > today => {
                    let future =
                        Reason::new("answer-in-future").with("value", d.to_string()).with("today", today.to_string());
                    out.err(&format!("error: --date: {}\n", say(future)));
                    return Ok(ExitStatus::Failure);
                }
                Ok(d) => d.to_string(),
                Err(e) => {
                    out.err(&format!("error: --date: {}\n", crate::ui::date_error(&e, lang)));
                    return Ok(ExitStatus::Failure);
                }
            },
            None => today.to_string(),
        };
        let note = args.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
        if note.is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS) {
            out.err(&format!(
                "error: --note: {}\n",
                say(Reason::new("progress-note-too-long").with("max", MAX_NOTE_CHARS as f64))
            ));
            return Ok(ExitStatus::Failure);
        }
        parsed.answers.mark_done(DoneStep {
            step: id.clone(),
            date: Some(date.clone()),
            note: note.map(str::to_owned),
        });
        say(Reason::new("progress-marked").with("title", title.as_str()).with("step", id.as_str()).with("date", date))
    } else if parsed.answers.unmark_done(&id) {
        say(Reason::new("progress-unmarked").with("title", title.as_str()).with("step", id.as_str()))
    } else {
        out.err(&format!(
            "{}\n",
            say(Reason::new("progress-not-marked").with("title", title.as_str()).with("step", id.as_str()))
        ));
        return Ok(ExitStatus::Success);
    };
    let plan = crate::engine::plan(&ruleset, &parsed.answers, today, lang);
    let session = match parsed.session {
        Some(mut s) => {
            s.done = parsed.answers.done_steps().cloned().collect();
            s
        }
        None => Session {
            ruleset: ruleset.meta.name.clone(),
            version: ruleset.meta.version.clone(),
            hash: ruleset.hash.clone(),
            saved: today.to_string(),
            progress: Some("finished".to_owned()),
            plan: crate::questionnaire::summary(&plan),
            done: parsed.answers.done_steps().cloned().collect(),
        },
    };
    let contents = crate::questionnaire::session_text(&ruleset, &parsed.answers, &session);
    let written = crate::questionnaire::write_private(&args.file, &contents, true)
        .with_context(|| format!("cannot save `{}`", args.file.display()))?;
    if let Some(w) = written.warning(lang) {
        out.err(&format!("{w}\n"));
    }
    out.err(&format!("{said}\n\n"));
    out.out(&crate::render::table(&plan, out, Detail::Short))?;
    Ok(ExitStatus::Success)
}

/// The route and step `ROUTE.STEP` names.
fn find_step<'r>(
    ruleset: &'r crate::ruleset::Ruleset,
    id: &str,
) -> Option<(&'r crate::ruleset::Route, &'r crate::ruleset::Step)> {
    let (route, step) = id.split_once('.')?;
    let r = ruleset.routes.iter().find(|r| r.id == route)?;
    r.steps.iter().find(|s| s.id == step).map(|s| (r, s))
}
