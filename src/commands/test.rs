//! `requal test [DIR]`: runs the scenario files of a ruleset and reports each one.

use crate::ExitStatus;
use crate::cli::{Global, TestArgs};
use crate::diagnostic::{DiagnosticFormat, SourceFile, SourceMap, render};
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
    let results = run_scenarios(&files, &ruleset, &global.lang);
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
    out.out(&report)?;
    Ok(if failed == 0 { ExitStatus::Success } else { ExitStatus::Findings })
}

/// One scenario's result.
pub(crate) struct ScenarioResult {
    pub path: String,
    pub description: String,
    pub failures: Vec<String>,
}

/// Runs every scenario of `files` against `ruleset`.
pub(crate) fn run_scenarios(
    files: &crate::ruleset::RulesetFiles,
    ruleset: &crate::ruleset::Ruleset,
    lang: &str,
) -> Vec<ScenarioResult> {
    let mut results = Vec::new();
    for (rel, why) in files.unreadable.iter().filter(|(rel, _)| rel.starts_with("scenarios/")) {
        results.push(ScenarioResult {
            path: files.display_path(rel),
            description: "the scenario file could not be read".to_owned(),
            failures: vec![format!("error[unreadable-file]: {why}")],
        });
    }
    for (rel, text) in files.scenario_files() {
        let path = files.display_path(rel);
        let mut map = SourceMap::default();
        let file = map.add(SourceFile::new(path.clone(), text.clone()));
        match crate::scenario::parse(text, file, ruleset) {
            Ok(s) => {
                let plan = crate::engine::plan(ruleset, &s.answers, s.today, lang);
                let failures = crate::scenario::check(&plan, &s.expect, ruleset);
                results.push(ScenarioResult { path, description: s.description, failures });
            }
            Err(problems) => results.push(ScenarioResult {
                path,
                description: "the scenario file could not be read".to_owned(),
                failures: vec![render(&problems, &map, DiagnosticFormat::Human, false, false).trim_end().to_owned()],
            }),
        }
    }
    results
}
