//! `requal sources check [DIR]`: the maintainers' opt-in check of every source page against
//! the lock file, listing changed, gone and moved pages with the facts that cite them.

use crate::ExitStatus;
use crate::cli::{DiffFormat, Global, SourcesCheckArgs};
use crate::output::Output;
use crate::sources_check::{Checked, Lock, Options, Outcome};
use anyhow::{Context as _, Result};
use std::path::PathBuf;

pub(super) fn check(args: &SourcesCheckArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let ruleset = match super::load_ruleset_from(args.dir.as_deref(), global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    let dir = args.dir.clone().or_else(|| global.rules.clone()).unwrap_or_else(|| PathBuf::from("rules"));
    let lock_path = args.lock.clone().unwrap_or_else(|| dir.join("sources.lock"));
    let lock = if lock_path.exists() {
        let text = crate::files::read_text(&lock_path)
            .map_err(|e| anyhow::anyhow!("cannot read the lock file `{}`: {e}", lock_path.display()))?;
        Lock::parse(&text)
            .map_err(|e| anyhow::anyhow!("the lock file `{}` cannot be used: {e}", lock_path.display()))?
    } else {
        Lock::default()
    };
    let options = Options {
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        jobs: args.jobs,
        via: args.via.clone(),
        today: super::today(global)?,
    };
    out.err(&format!("fetching {} source pages…\n", ruleset.sources.len()));
    let checked = crate::sources_check::check(&ruleset, &lock, &options);
    let text = match args.format {
        DiffFormat::Json => {
            let mut s = serde_json::to_string_pretty(&serde_json::json!({ "sources": checked })).unwrap_or_default();
            s.push('\n');
            s
        }
        DiffFormat::Text => human(&checked, lock.page.is_empty()),
    };
    out.out(&text)?;
    if args.update {
        let updated = crate::sources_check::updated_lock(&lock, &checked);
        let written = crate::questionnaire::write_private(&lock_path, &updated.to_text(), true)
            .with_context(|| format!("cannot write the lock file `{}`", lock_path.display()))?;
        if let Some(w) = written.warning("en") {
            out.err(&format!("{w}\n"));
        }
        out.err(&format!("recorded {} pages in {}\n", updated.page.len(), lock_path.display()));
    }
    Ok(if checked.iter().any(Checked::needs_attention) { ExitStatus::Findings } else { ExitStatus::Success })
}

/// Picks the checks of one kind.
type Pick = fn(&Outcome) -> bool;

fn human(checked: &[Checked], no_lock: bool) -> String {
    let mut s = String::new();
    let sections: [(&str, Pick); 4] = [
        ("pages changed since they were recorded (re-check the facts that cite them)", |o| {
            matches!(o, Outcome::Changed { .. })
        }),
        ("pages gone", |o| matches!(o, Outcome::Gone { .. })),
        ("pages that moved (update the source's url)", |o| matches!(o, Outcome::Redirected { .. })),
        ("pages that could not be fetched", |o| matches!(o, Outcome::Failed { .. })),
    ];
    for (heading, pick) in sections {
        let items: Vec<&Checked> = checked.iter().filter(|c| pick(&c.outcome)).collect();
        if items.is_empty() {
            continue;
        }
        s.push_str(&format!("{heading}:\n"));
        for c in items {
            let what = match &c.outcome {
                Outcome::Changed { recorded } => format!("recorded {recorded}, facts verified {}", c.verified),
                Outcome::Gone { status } => format!("HTTP {status}"),
                Outcome::Redirected { to } => format!("now at {to}"),
                Outcome::Failed { why } => why.clone(),
                Outcome::Unchanged | Outcome::New => String::new(),
            };
            s.push_str(&format!("  {}  {}  ({what})\n", c.id, c.url));
            for fact in &c.cited_by {
                s.push_str(&format!("      cited by {fact}\n"));
            }
        }
        s.push('\n');
    }
    let count = |pick: Pick| checked.iter().filter(|c| pick(&c.outcome)).count();
    s.push_str(&format!(
        "{} unchanged, {} changed, {} gone, {} moved, {} not fetched, {} new\n",
        count(|o| matches!(o, Outcome::Unchanged)),
        count(|o| matches!(o, Outcome::Changed { .. })),
        count(|o| matches!(o, Outcome::Gone { .. })),
        count(|o| matches!(o, Outcome::Redirected { .. })),
        count(|o| matches!(o, Outcome::Failed { .. })),
        count(|o| matches!(o, Outcome::New)),
    ));
    if no_lock {
        s.push_str("there is no lock file yet: run with --update to record the pages as they are now\n");
    }
    s
}
