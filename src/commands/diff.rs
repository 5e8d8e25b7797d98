//! `requal diff OLD [NEW]`: what changed between two rulesets, grouped by kind, as text or JSON.

use crate::ExitStatus;
use crate::cli::{DiffArgs, DiffFormat, Global};
use crate::diff::{Change, ChangeKind};
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(args: &DiffArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let old = match super::load_ruleset_from(Some(&args.old), global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    let new = match super::load_ruleset_from(args.new.as_deref(), global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    let changes = crate::diff::rulesets(&old, &new);
    let side = |r: &crate::ruleset::Ruleset| serde_json::json!({ "name": r.meta.name, "version": r.meta.version, "hash": r.hash });
    let text = match args.format {
        DiffFormat::Json => {
            let doc = serde_json::json!({ "old": side(&old), "new": side(&new), "changes": changes });
            let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
            s.push('\n');
            s
        }
        DiffFormat::Text => {
            let mut s = format!(
                "{} {} ({}) → {} ({})\n",
                new.meta.name,
                old.meta.version,
                old.short_hash(),
                new.meta.version,
                new.short_hash()
            );
            if changes.is_empty() {
                s.push_str("no changes\n");
            }
            for (heading, kinds) in GROUPS {
                let lines: Vec<&Change> = changes.iter().filter(|c| kinds.contains(&c.kind)).collect();
                if lines.is_empty() {
                    continue;
                }
                s.push_str(&format!("\n{heading}\n"));
                for c in lines {
                    s.push_str(&format!("  {}\n", c.text.replace(['\n', '\r'], " ")));
                }
            }
            s
        }
    };
    out.out(&text)?;
    Ok(ExitStatus::Success)
}

/// The text format's sections, most consequential for a person first.
const GROUPS: &[(&str, &[ChangeKind])] = &[
    ("Fees", &[ChangeKind::Fee]),
    ("English scores", &[ChangeKind::EnglishScore]),
    ("Time limits and durations", &[ChangeKind::TimeLimit, ChangeKind::Duration]),
    (
        "Routes and steps",
        &[ChangeKind::RouteAdded, ChangeKind::RouteClosed, ChangeKind::StepAdded, ChangeKind::StepRemoved],
    ),
    ("Who rules apply to", &[ChangeKind::AppliesTo]),
    ("Confirmed and unconfirmed facts", &[ChangeKind::Unconfirmed]),
    ("Other rules", &[ChangeKind::RuleAdded, ChangeKind::RuleRemoved]),
    ("Reworded texts", &[ChangeKind::Text]),
    (
        "Sources",
        &[ChangeKind::SourceAdded, ChangeKind::SourceRemoved, ChangeKind::SourceReplaced, ChangeKind::SourceChecked],
    ),
    ("The ruleset", &[ChangeKind::Version]),
];
