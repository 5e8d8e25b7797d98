//! Scenario files: one person's answers and the facts their plan must (and must not) show.
//! Run by `requal test` and by `cargo test`, so rule changes cannot silently break a case.

use crate::answers;
use crate::diagnostic::{Diagnostic, FileId};
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
            "invalid-scenario",
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
            "invalid-scenario",
            file,
            e.span().unwrap_or(0..0),
            e.message().lines().next().unwrap_or("invalid scenario").to_owned(),
        )]
    })?;
    let answers = match answers_value.map(toml::Spanned::into_inner) {
        Some(DeValue::Table(t)) => answers::from_table(t, file, ruleset, header.today.0)?.answers,
        Some(_) => return Err(vec![Diagnostic::error("invalid-scenario", file, 0..0, "`answers` must be a table")]),
        None => {
            return Err(vec![Diagnostic::error(
                "invalid-scenario",
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
    let mut failures = Vec::new();
    let route_known = |id: &str| ruleset.routes.iter().any(|r| r.id == id);
    let mut known = |kind: &str, id: &str, ok: bool| {
        if !ok {
            failures.push(format!("the scenario names {kind} `{id}`, which the ruleset does not have"));
        }
        ok
    };
    let status_of = |id: &str| plan.route(id).map(|r| r.status);
    let mut problems = Vec::new();
    if let Some(rec) = &expect.recommended {
        let got = plan.recommended().map_or("none", |r| r.id.as_str());
        if got != rec {
            problems.push(format!("recommended route: expected `{rec}`, got `{got}`"));
        }
    }
    for id in &expect.open {
        if known("route", id, route_known(id))
            && !matches!(status_of(id), Some(RouteStatus::Recommended | RouteStatus::Possible))
        {
            problems.push(format!(
                "route `{id}` should be open (recommended or possible), got {}",
                describe(status_of(id))
            ));
        }
    }
    for id in &expect.not_open {
        if known("route", id, route_known(id)) && status_of(id) != Some(RouteStatus::NotOpen) {
            problems.push(format!("route `{id}` should be not-open, got {}", describe(status_of(id))));
        }
    }
    for id in &expect.absent {
        if known("route", id, route_known(id)) && status_of(id).is_some() {
            problems.push(format!("route `{id}` should not be shown, got {}", describe(status_of(id))));
        }
    }
    for (key, want) in &expect.steps {
        let Some((route, step)) = key.split_once('.') else {
            problems.push(format!("step key `{key}` should be `route.step`"));
            continue;
        };
        let exists = ruleset.routes.iter().any(|r| r.id == route && r.steps.iter().any(|s| s.id == step));
        if !known("step", key, exists) {
            continue;
        }
        let got = plan.route(route).and_then(|r| r.steps.iter().find(|s| s.id == step)).map(|s| s.status);
        let got_name = got.map_or("absent", status_name);
        if got_name != want {
            problems.push(format!("step `{key}`: expected {want}, got {got_name}"));
        }
    }
    let role = |id: &str| plan.roles.iter().find(|r| r.id == id);
    for id in &expect.roles_open {
        if known("role", id, ruleset.roles.iter().any(|r| r.id == *id)) && !role(id).is_some_and(|r| r.open) {
            problems.push(format!(
                "role `{id}` should be open{}",
                role(id).map_or(" (it is not shown)".to_owned(), |r| format!(": {}", r.why_not.join("; ")))
            ));
        }
    }
    for id in &expect.roles_closed {
        if known("role", id, ruleset.roles.iter().any(|r| r.id == *id)) && role(id).is_some_and(|r| r.open) {
            problems.push(format!("role `{id}` should not be open"));
        }
    }
    for id in &expect.support {
        if known("organisation", id, ruleset.support.iter().any(|s| s.id == *id))
            && !plan.support.iter().any(|s| s.id == *id)
        {
            problems.push(format!("organisation `{id}` should be listed"));
        }
    }
    for id in &expect.no_support {
        if known("organisation", id, ruleset.support.iter().any(|s| s.id == *id))
            && plan.support.iter().any(|s| s.id == *id)
        {
            problems.push(format!("organisation `{id}` should not be listed"));
        }
    }
    for id in &expect.warnings {
        if known("warning", id, ruleset.warnings.iter().any(|w| w.id == *id))
            && !plan.warnings.iter().any(|w| w.id == *id)
        {
            problems.push(format!("warning `{id}` should be shown"));
        }
    }
    for id in &expect.no_warnings {
        if known("warning", id, ruleset.warnings.iter().any(|w| w.id == *id))
            && plan.warnings.iter().any(|w| w.id == *id)
        {
            problems.push(format!("warning `{id}` should not be shown"));
        }
    }
    let text = crate::render::markdown(plan);
    for needle in &expect.contains {
        if !text.contains(needle.as_str()) {
            problems.push(format!("the plan should contain {needle:?}"));
        }
    }
    for needle in &expect.not_contains {
        if text.contains(needle.as_str()) {
            problems.push(format!("the plan should not contain {needle:?}"));
        }
    }
    failures.extend(problems);
    failures
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
