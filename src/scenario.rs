//! Scenario files: one person's answers and the facts their plan must (and must not) show.
//! Run by `requal test` and by `cargo test`, so rule changes cannot silently break a case.

use crate::answers;
use crate::diagnostic::{Code, Diagnostic, FileId};
use crate::engine::{Plan, RouteStatus, StepStatus};
use crate::ruleset::Ruleset;
use crate::ruleset::raw::RawDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// What a scenario expects of the plan. Every list is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Expect {
    /// The recommended route's id, or `"none"`.
    pub recommended: Option<String>,
    #[serde(default)]
    pub open: Vec<String>,
    #[serde(default)]
    pub not_open: Vec<String>,
    #[serde(default)]
    pub absent: Vec<String>,
    /// `"route.step" = "status"`.
    #[serde(default)]
    pub steps: BTreeMap<String, String>,
    #[serde(default)]
    pub roles_open: Vec<String>,
    #[serde(default)]
    pub roles_closed: Vec<String>,
    #[serde(default)]
    pub support: Vec<String>,
    #[serde(default)]
    pub no_support: Vec<String>,
    #[serde(default)]
    pub warnings: Vec<String>,
    #[serde(default)]
    pub no_warnings: Vec<String>,
    #[serde(default)]
    pub contains: Vec<String>,
    #[serde(default)]
    pub not_contains: Vec<String>,
    /// Items the plan must mark "not confirmed": `route`, `route.step`, a warning, role or
    /// organisation id.
    #[serde(default)]
    pub unconfirmed: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Header {
    description: String,
    today: RawDate,
    expect: Expect,
}

/// A parsed scenario.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub description: String,
    pub today: jiff::civil::Date,
    pub answers: answers::Answers,
    pub expect: Expect,
}

/// Parses a scenario file; problems are located diagnostics.
pub fn parse(text: &str, file: FileId, ruleset: &Ruleset) -> Result<Scenario, Vec<Diagnostic>> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if let Some(e) = errors.first() {
        return Err(vec![Diagnostic::error(
            Code::InvalidScenario,
            file,
            e.span().unwrap_or(0..0),
            e.message().lines().next().unwrap_or("invalid TOML"),
        )]);
    }
    let mut doc = doc.into_inner();
    let answers_value =
        doc.iter().find(|(k, _)| k.get_ref() == "answers").map(|(k, _)| k.clone()).and_then(|k| doc.remove(&k));
    let header = Header::deserialize(ValueDeserializer::from(toml::Spanned::new(0..text.len(), DeValue::Table(doc))))
        .map_err(|e| {
        vec![Diagnostic::error(
            Code::InvalidScenario,
            file,
            e.span().unwrap_or(0..0),
            e.message().lines().next().unwrap_or("invalid scenario").to_owned(),
        )]
    })?;
    let answers = match answers_value.map(toml::Spanned::into_inner) {
        Some(DeValue::Table(t)) => answers::from_table(t, file, ruleset, header.today.0, "en")?.answers,
        Some(_) => return Err(vec![Diagnostic::error(Code::InvalidScenario, file, 0..0, "`answers` must be a table")]),
        None => {
            return Err(vec![Diagnostic::error(
                Code::InvalidScenario,
                file,
                0..0,
                "a scenario needs an `[answers]` table",
            )]);
        }
    };
    Ok(Scenario { description: header.description, today: header.today.0, answers, expect: header.expect })
}

/// Every way the plan differs from what the scenario expects; empty when it passes.
pub fn check(plan: &Plan, expect: &Expect, ruleset: &Ruleset) -> Vec<String> {
    let mut problems = Vec::new();
    // Each list: what the ids name, whether the ruleset has such an id, whether the plan is
    // as expected for it, and how to say it is not.
    let mut each = |ids: &[String],
                    kind: &str,
                    exists: &dyn Fn(&str) -> bool,
                    holds: &dyn Fn(&str) -> bool,
                    wrong: &dyn Fn(&str) -> String| {
        for id in ids {
            if !exists(id) {
                problems.push(format!("the scenario names {kind} `{id}`, which the ruleset does not have"));
            } else if !holds(id) {
                problems.push(wrong(id));
            }
        }
    };
    let route_exists = |id: &str| ruleset.routes.iter().any(|r| r.id == id);
    let status_of = |id: &str| plan.route(id).map(|r| r.status);
    let open = |id: &str| matches!(status_of(id), Some(RouteStatus::Recommended | RouteStatus::Possible));
    each(&expect.open, "route", &route_exists, &open, &|id| {
        format!("route `{id}` should be open (recommended or possible), got {}", describe(status_of(id)))
    });
    each(&expect.not_open, "route", &route_exists, &|id| status_of(id) == Some(RouteStatus::NotOpen), &|id| {
        format!("route `{id}` should be not-open, got {}", describe(status_of(id)))
    });
    each(&expect.absent, "route", &route_exists, &|id| status_of(id).is_none(), &|id| {
        format!("route `{id}` should not be shown, got {}", describe(status_of(id)))
    });

    let role_exists = |id: &str| ruleset.roles.iter().any(|r| r.id == id);
    let role = |id: &str| plan.roles.iter().find(|r| r.id == id);
    each(&expect.roles_open, "role", &role_exists, &|id| role(id).is_some_and(|r| r.open), &|id| {
        format!(
            "role `{id}` should be open{}",
            role(id).map_or(" (it is not shown)".to_owned(), |r| format!(": {}", r.why_not.join("; ")))
        )
    });
    each(&expect.roles_closed, "role", &role_exists, &|id| !role(id).is_some_and(|r| r.open), &|id| {
        format!("role `{id}` should not be open")
    });

    let org_exists = |id: &str| ruleset.support.iter().any(|s| s.id == id);
    let listed = |id: &str| plan.support.iter().any(|s| s.id == id);
    each(&expect.support, "organisation", &org_exists, &listed, &|id| format!("organisation `{id}` should be listed"));
    each(&expect.no_support, "organisation", &org_exists, &|id| !listed(id), &|id| {
        format!("organisation `{id}` should not be listed")
    });

    let warning_exists = |id: &str| ruleset.warnings.iter().any(|w| w.id == id);
    let shown = |id: &str| plan.warnings.iter().any(|w| w.id == id);
    each(&expect.warnings, "warning", &warning_exists, &shown, &|id| format!("warning `{id}` should be shown"));
    each(&expect.no_warnings, "warning", &warning_exists, &|id| !shown(id), &|id| {
        format!("warning `{id}` should not be shown")
    });

    // What the person can read: the plan, and what `requal explain` adds for each item it
    // shows (a step's text beside another route's outline, the `more` of steps, jobs,
    // organisations and terms).
    let mut text = crate::render::markdown(plan, crate::render::Detail::Full);
    for r in &plan.routes {
        let Some(rules) = ruleset.routes.iter().find(|x| x.id == r.id) else { continue };
        for s in rules.steps.iter().filter(|s| r.steps.iter().any(|x| x.id == s.id)) {
            for t in [s.detail.as_ref(), s.more.as_ref()].into_iter().flatten() {
                text.push('\n');
                text.push_str(t.get(&plan.lang));
            }
        }
    }
    let mores = ruleset
        .roles
        .iter()
        .filter(|x| plan.roles.iter().any(|r| r.id == x.id))
        .filter_map(|x| x.more.as_ref())
        .chain(
            ruleset
                .support
                .iter()
                .filter(|x| plan.support.iter().any(|o| o.id == x.id))
                .filter_map(|x| x.more.as_ref()),
        )
        .chain(
            ruleset
                .terms
                .iter()
                .filter(|x| plan.glossary.iter().any(|g| g.term == x.term))
                .filter_map(|x| x.more.as_ref()),
        );
    for t in mores {
        text.push('\n');
        text.push_str(t.get(&plan.lang));
    }
    let anything = |_: &str| true;
    each(&expect.contains, "text", &anything, &|needle| text.contains(needle), &|needle| {
        format!("the plan should contain {needle:?}")
    });
    each(&expect.not_contains, "text", &anything, &|needle| !text.contains(needle), &|needle| {
        format!("the plan should not contain {needle:?}")
    });

    for id in &expect.unconfirmed {
        let marked = match id.split_once('.') {
            Some((route, step)) => plan
                .route(route)
                .and_then(|r| r.steps.iter().find(|s| s.id == step))
                .map(|s| s.unconfirmed || s.cost.as_ref().is_some_and(|c| c.unconfirmed)),
            None => plan
                .route(id)
                .map(|r| r.unconfirmed)
                .or_else(|| plan.warnings.iter().find(|w| w.id == *id).map(|w| w.unconfirmed))
                .or_else(|| plan.roles.iter().find(|r| r.id == *id).map(|r| r.unconfirmed))
                .or_else(|| plan.support.iter().find(|o| o.id == *id).map(|o| o.unconfirmed)),
        };
        match marked {
            None => problems.push(format!("`{id}` should be in the plan, marked not confirmed, but it is not shown")),
            Some(false) => problems.push(format!("`{id}` should be marked not confirmed")),
            Some(true) => {}
        }
    }
    if let Some(rec) = &expect.recommended {
        let got = plan.recommended().map_or("none", |r| r.id.as_str());
        if got != rec {
            problems.push(format!("recommended route: expected `{rec}`, got `{got}`"));
        }
    }
    for (key, want) in &expect.steps {
        let Some((route, step)) = key.split_once('.') else {
            problems.push(format!("step key `{key}` should be `route.step`"));
            continue;
        };
        if !ruleset.routes.iter().any(|r| r.id == route && r.steps.iter().any(|s| s.id == step)) {
            problems.push(format!("the scenario names step `{key}`, which the ruleset does not have"));
            continue;
        }
        let got = plan
            .route(route)
            .and_then(|r| r.steps.iter().find(|s| s.id == step))
            .map_or("absent", |s| status_name(s.status));
        if got != want {
            problems.push(format!("step `{key}`: expected {want}, got {got}"));
        }
    }
    problems
}

fn describe(status: Option<RouteStatus>) -> String {
    status.map_or_else(|| "not shown".to_owned(), |s| s.label().to_owned())
}

fn status_name(s: StepStatus) -> &'static str {
    match s {
        StepStatus::Done => "done",
        StepStatus::Next => "next",
        StepStatus::Todo => "todo",
        StepStatus::Blocked => "blocked",
        StepStatus::Check => "check",
    }
}

/// One scenario's result.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ScenarioResult {
    pub path: String,
    pub description: String,
    pub failures: Vec<String>,
    /// The scenario's person and plan, for coverage; `None` when the file could not be read.
    #[serde(skip)]
    pub run: Option<Run>,
}

/// One scenario run: the answers, the day and the plan they made.
#[derive(Debug, Clone)]
pub struct Run {
    pub answers: answers::Answers,
    pub today: jiff::civil::Date,
    pub plan: Plan,
}

/// Runs every scenario of `files` against `ruleset`.
pub fn run_all(
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
            run: None,
        });
    }
    for (rel, text) in files.scenario_files() {
        let path = files.display_path(rel);
        let mut map = crate::diagnostic::SourceMap::default();
        let file = map.add(crate::diagnostic::SourceFile::new(path.clone(), text.clone()));
        match parse(text, file, ruleset) {
            Ok(s) => {
                let plan = crate::engine::plan(ruleset, &s.answers, s.today, lang);
                let failures = check(&plan, &s.expect, ruleset);
                let run = Run { answers: s.answers, today: s.today, plan };
                results.push(ScenarioResult { path, description: s.description, failures, run: Some(run) });
            }
            Err(problems) => results.push(ScenarioResult {
                path,
                description: "the scenario file could not be read".to_owned(),
                failures: vec![
                    crate::diagnostic::render(
                        &problems,
                        &map,
                        crate::diagnostic::DiagnosticFormat::Human,
                        false,
                        false,
                    )
                    .trim_end()
                    .to_owned(),
                ],
                run: None,
            }),
        }
    }
    results
}

/// The results as a JUnit XML report (one `testcase` a scenario, a `failure` for each that
/// failed), which CI systems show as test results.
pub fn junit(results: &[ScenarioResult]) -> String {
    let esc = |s: &str| {
        s.chars()
            .map(|c| match c {
                '&' => "&amp;".to_owned(),
                '<' => "&lt;".to_owned(),
                '>' => "&gt;".to_owned(),
                '"' => "&quot;".to_owned(),
                c if crate::text::is_control(c) => "\u{FFFD}".to_owned(),
                c => c.to_string(),
            })
            .collect::<String>()
    };
    let failed = results.iter().filter(|r| !r.failures.is_empty()).count();
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"{}\" failures=\"{failed}\">\n<testsuite name=\"requal scenarios\" tests=\"{}\" failures=\"{failed}\">\n",
        results.len(),
        results.len()
    );
    for r in results {
        s.push_str(&format!("<testcase classname=\"scenarios\" name=\"{}\">", esc(&r.path)));
        if !r.failures.is_empty() {
            s.push_str(&format!(
                "<failure message=\"{}\">{}</failure>",
                esc(&r.description),
                esc(&r.failures.join("\n"))
            ));
        }
        s.push_str("</testcase>\n");
    }
    s.push_str("</testsuite>\n</testsuites>\n");
    s
}
