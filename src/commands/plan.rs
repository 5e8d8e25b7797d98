//! `requal plan --answers FILE`: the plan for saved answers, as a table, JSON or Markdown.

use crate::ExitStatus;
use crate::cli::{Global, PlanArgs, PlanFormat};
use crate::diagnostic::{DiagnosticFormat, SourceFile, SourceMap, render};
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(args: &PlanArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let ruleset = match super::load_ruleset(global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    let today = super::today(global)?;
    super::warn_missing_language(global, &ruleset, out);
    let text = match super::read_answers_file(&args.answers, "answers file", out)? {
        Ok(t) => t,
        Err(status) => return Ok(status),
    };
    let mut files = SourceMap::default();
    let file = files.add(SourceFile::new(args.answers.display().to_string(), text.clone()));
    let answers = match crate::answers::parse(&text, file, &ruleset, today, &global.lang) {
        Ok(a) => a,
        Err(problems) => {
            out.err(&render(&problems, &files, DiagnosticFormat::Human, out.color_stderr, out.plain));
            let line =
                crate::reason::Reason::new("answers-unusable-plan").with("file", args.answers.display().to_string());
            out.err(&format!("{}\n", crate::ui::sentence(&line, &global.lang)));
            return Ok(ExitStatus::Failure);
        }
    };
    if let Some(session) = &answers.session
        && session.hash != ruleset.hash
    {
        let note = if session.version == ruleset.meta.version {
            format!(
                "note: the rules have changed since these answers were saved (same version {}, different content)\n",
                session.version
            )
        } else {
            format!(
                "note: these answers were saved with rules {} {}; this plan uses {} {}\n",
                session.ruleset, session.version, ruleset.meta.name, ruleset.meta.version
            )
        };
        out.err(&note);
    }
    let plan = crate::engine::plan(&ruleset, &answers.answers, today, &global.lang);
    let rendered = match args.format {
        PlanFormat::Table => crate::render::table(&plan, out),
        PlanFormat::Json => crate::render::json(&plan),
        PlanFormat::Markdown => crate::render::markdown(&plan),
        PlanFormat::Html => crate::render::html(&plan, super::shown_language(global, &ruleset)),
    };
    out.out(&rendered)?;
    Ok(ExitStatus::Success)
}
