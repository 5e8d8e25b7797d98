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
    if let Some(old_dir) = &args.compare_rules {
        let old = match super::load_ruleset_from(Some(old_dir), global, out)? {
            Ok(r) => r,
            Err(status) => return Ok(status),
        };
        let old_answers = match crate::answers::parse(&text, file, &old, today, &global.lang) {
            Ok(a) => a,
            Err(problems) => {
                out.err(&super::answers_problems(&problems, &files, global, out));
                return Ok(ExitStatus::Failure);
            }
        };
        let old_plan = crate::engine::plan(&old, &old_answers.answers, today, &global.lang);
        out.out(&compared(&old_plan, &plan, args.format, &global.lang))?;
        return Ok(ExitStatus::Success);
    }
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

/// How the plan changes from the old rules to the rules in use: sentences, or JSON.
fn compared(old: &crate::engine::Plan, new: &crate::engine::Plan, format: PlanFormat, lang: &str) -> String {
    use crate::reason::Reason;
    let changes = crate::diff::compare_plans(old, new);
    let say = |r: &Reason| crate::ui::sentence(r, lang);
    if format == PlanFormat::Json {
        let side = |p: &crate::engine::Plan| serde_json::json!({ "name": p.ruleset.name, "version": p.ruleset.version, "hash": p.ruleset.hash });
        let items: Vec<serde_json::Value> = changes
            .iter()
            .map(|c| {
                serde_json::json!({ "kind": c.kind, "id": c.id, "before": c.before, "after": c.after, "text": say(&c.reason) })
            })
            .collect();
        let doc = serde_json::json!({ "old": side(old), "new": side(new), "changes": items });
        let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
        s.push('\n');
        return s;
    }
    // The version and the start of the hash: one version may be edited before release.
    let name = |p: &crate::engine::Plan| format!("{} ({})", p.ruleset.version, p.ruleset.hash.get(..12).unwrap_or(""));
    let heading = Reason::new("compare-heading").with("old", name(old)).with("new", name(new));
    let mut s = format!("{}\n\n", say(&heading));
    if changes.is_empty() {
        s.push_str(&format!("{}\n", say(&Reason::new("compare-same"))));
    }
    for c in &changes {
        s.push_str(&format!("- {}\n", say(&c.reason).replace(['\n', '\r'], " ")));
    }
    s
}
