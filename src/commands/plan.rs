//! `requal plan --answers FILE`: the plan for saved answers, as a table, JSON or Markdown.

use crate::ExitStatus;
use crate::cli::{Global, PlanArgs, PlanFormat};
use crate::diagnostic::{SourceFile, SourceMap};
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(args: &PlanArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let ruleset = match super::load_ruleset(global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    let today = super::today(global)?;
    super::warn_missing_language(global, &ruleset, out, false);
    let text = match super::read_answers_file(&args.answers, "answers file", global, out)? {
        Ok(t) => t,
        Err(status) => return Ok(status),
    };
    let mut files = SourceMap::default();
    let file = files.add(SourceFile::new(args.answers.display().to_string(), text.clone()));
    let answers = match crate::answers::parse(&text, file, &ruleset, today, &global.lang) {
        Ok(a) => a,
        Err(problems) => {
            out.err(&super::answers_problems(&problems, &files, global, out));
            let line =
                crate::reason::Reason::new("answers-unusable-plan").with("file", args.answers.display().to_string());
            out.err(&format!("{}\n", crate::ui::sentence(&line, &global.lang)));
            return Ok(ExitStatus::Failure);
        }
    };
    if let Some(session) = &answers.session
        && session.hash != ruleset.hash
    {
        use crate::reason::Reason;
        let note = if session.version == ruleset.meta.version {
            Reason::new("note-rules-changed-same-version").with("version", session.version.as_str())
        } else {
            Reason::new("note-rules-changed")
                .with("saved_rules", session.ruleset.as_str())
                .with("saved_version", session.version.as_str())
                .with("rules", ruleset.meta.name.as_str())
                .with("version", ruleset.meta.version.as_str())
        };
        out.err(&format!("{}\n", crate::ui::sentence(&note, &global.lang)));
    }
    let plan = crate::engine::plan(&ruleset, &answers.answers, today, &global.lang);
    let rendered = match args.format {
        PlanFormat::Table => crate::render::table(&plan, out, args.detail),
        PlanFormat::Json => crate::render::json(&plan),
        PlanFormat::Markdown => crate::render::markdown(&plan, args.detail),
        PlanFormat::Html => {
            // The English beside each translated rule text.
            let english =
                (plan.content_lang != "en").then(|| crate::engine::plan(&ruleset, &answers.answers, today, "en"));
            crate::render::html_beside(&plan, english.as_ref(), super::shown_language(global, &ruleset), args.detail)
        }
    };
    out.out(&rendered)?;
    Ok(ExitStatus::Success)
}
