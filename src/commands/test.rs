//! `requal test [DIR]`: runs the scenario files of a ruleset and reports each one.

use crate::ExitStatus;
use crate::cli::{Global, TestArgs};
use crate::diagnostic::{DiagnosticFormat, render};
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(args: &TestArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let files = super::ruleset_files(args.dir.as_deref(), global)?;
    let loaded = crate::load::load(&files);
    let Some(ruleset) = loaded.ruleset else {
        out.err(&render(&loaded.diagnostics, &loaded.sources, DiagnosticFormat::Human, out.color_stderr, out.plain));
        out.err("error: the ruleset has errors; scenarios were not run\n");
        return Ok(ExitStatus::Findings);
    };
    let results = crate::scenario::run_all(&files, &ruleset, &global.lang);
    let failed = results.iter().filter(|r| !r.failures.is_empty()).count();
    let status = if failed == 0 { ExitStatus::Success } else { ExitStatus::Findings };
    let coverage = args.coverage.then(|| {
        let runs: Vec<&crate::scenario::Run> = results.iter().filter_map(|r| r.run.as_ref()).collect();
        crate::coverage::measure(&ruleset, &runs)
    });
    match args.format {
        crate::cli::TestFormat::Human => {}
        crate::cli::TestFormat::Json => {
            let mut s = serde_json::to_string_pretty(&serde_json::json!({
                "passed": results.len() - failed,
                "failed": failed,
                "scenarios": results,
                "coverage": coverage,
            }))
            .unwrap_or_default();
            s.push('\n');
            out.out(&s)?;
            return Ok(status);
        }
        crate::cli::TestFormat::Junit => {
            out.out(&crate::scenario::junit(&results))?;
            return Ok(status);
        }
    }
    let mut report = String::new();
    let (mut passed, mut failed) = (0, 0);
    for r in &results {
        if r.failures.is_empty() {
            passed += 1;
            report.push_str(&format!("ok      {}\n", r.path));
        } else {
            failed += 1;
            report.push_str(&format!("FAILED  {}  ({})\n", r.path, r.description));
            for f in &r.failures {
                report.push_str(&format!("        - {f}\n"));
            }
        }
    }
    report.push_str(&format!("\n{passed} passed, {failed} failed\n"));
    if let Some(c) = &coverage {
        report.push_str(&crate::coverage::human(c));
    }
    out.out(&report)?;
    Ok(if failed == 0 { ExitStatus::Success } else { ExitStatus::Findings })
}
