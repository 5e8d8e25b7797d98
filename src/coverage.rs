//! Scenario coverage (`requal test --coverage`): the routes, steps, jobs, organisations and
//! warnings no scenario's plan reaches, and the conditions the scenarios never see both true
//! and false.

use crate::condition::{Condition, Truth};
use crate::engine::{Person, RouteStatus};
use crate::ruleset::Ruleset;
use crate::scenario::Run;
use serde::Serialize;
use std::collections::BTreeSet;

/// What the scenarios reach.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    pub scenarios: usize,
    /// Per kind: how many there are, how many a scenario reaches, and the ids it does not.
    pub kinds: Vec<KindCoverage>,
    /// Conditions not seen both true and false, with what was seen.
    pub conditions: Vec<OneSided>,
    /// How many conditions the rules hold.
    pub conditions_total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct KindCoverage {
    /// `routes`, `steps`, `roles`, `support` or `warnings`.
    pub kind: &'static str,
    pub total: usize,
    pub reached: usize,
    pub unreached: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OneSided {
    /// Where the condition is: `route.gmc-plab.step.plab-1.include-if`.
    pub path: String,
    pub condition: String,
    /// `only-true`, `only-false` or `never-known` (every scenario leaves it unknown).
    pub seen: &'static str,
}

/// Every condition of the rules, with its path.
fn conditions(r: &Ruleset) -> Vec<(String, &Condition)> {
    let mut all = Vec::new();
    for q in r.questions() {
        all.extend(q.ask_if.iter().map(|c| (format!("question.{}.ask-if", q.id), c)));
        for o in &q.options {
            all.extend(o.show_if.iter().map(|c| (format!("question.{}.option.{}.show-if", q.id, o.value), c)));
        }
    }
    for route in &r.routes {
        for (i, req) in route.requires.iter().enumerate() {
            all.push((format!("route.{}.requires.{i}", route.id), &req.condition));
        }
        for s in &route.steps {
            let at = format!("route.{}.step.{}", route.id, s.id);
            all.extend(s.include_if.iter().map(|c| (format!("{at}.include-if"), c)));
            all.extend(s.done_if.iter().map(|c| (format!("{at}.done-if"), c)));
            all.extend(s.blocked_if.iter().map(|c| (format!("{at}.blocked-if"), c)));
            for (i, cost) in s.costs.iter().enumerate() {
                all.extend(cost.condition.iter().map(|c| (format!("{at}.cost.{i}"), c)));
            }
        }
    }
    all.extend(r.constraints.iter().map(|c| (format!("constraint.{}", c.id), &c.condition)));
    for role in &r.roles {
        for (i, req) in role.requires.iter().enumerate() {
            all.push((format!("role.{}.requires.{i}", role.id), &req.condition));
        }
    }
    all.extend(r.support.iter().filter_map(|s| s.condition.as_ref().map(|c| (format!("support.{}", s.id), c))));
    all.extend(r.warnings.iter().map(|w| (format!("warning.{}", w.id), &w.condition)));
    all
}

/// Measures what the scenario runs reach in `ruleset`.
pub fn measure(ruleset: &Ruleset, runs: &[&Run]) -> Coverage {
    let mut routes = BTreeSet::new();
    let mut steps = BTreeSet::new();
    let mut roles = BTreeSet::new();
    let mut support = BTreeSet::new();
    let mut warnings = BTreeSet::new();
    for run in runs {
        for r in run.plan.routes.iter().filter(|r| r.status != RouteStatus::NotOpen) {
            routes.insert(r.id.clone());
            steps.extend(r.steps.iter().map(|s| format!("{}.{}", r.id, s.id)));
        }
        roles.extend(run.plan.roles.iter().filter(|r| r.open).map(|r| r.id.clone()));
        support.extend(run.plan.support.iter().map(|s| s.id.clone()));
        warnings.extend(run.plan.warnings.iter().map(|w| w.id.clone()));
    }
    let kind = |kind, all: Vec<String>, reached: &BTreeSet<String>| {
        let unreached: Vec<String> = all.iter().filter(|id| !reached.contains(*id)).cloned().collect();
        KindCoverage { kind, total: all.len(), reached: all.len() - unreached.len(), unreached }
    };
    let kinds = vec![
        kind("routes", ruleset.routes.iter().map(|r| r.id.clone()).collect(), &routes),
        kind(
            "steps",
            ruleset.routes.iter().flat_map(|r| r.steps.iter().map(move |s| format!("{}.{}", r.id, s.id))).collect(),
            &steps,
        ),
        kind("roles", ruleset.roles.iter().map(|r| r.id.clone()).collect(), &roles),
        kind("support", ruleset.support.iter().map(|s| s.id.clone()).collect(), &support),
        kind("warnings", ruleset.warnings.iter().map(|w| w.id.clone()).collect(), &warnings),
    ];
    // A constant (`if = "true"`, a role closed with "false") cannot be both.
    let all: Vec<_> =
        conditions(ruleset).into_iter().filter(|(_, c)| !matches!(c.source().trim(), "true" | "false")).collect();
    let conditions_total = all.len();
    let one_sided = all
        .into_iter()
        .filter_map(|(path, condition)| {
            let (mut yes, mut no) = (false, false);
            for run in runs {
                let person = Person { ruleset, answers: &run.answers, today: run.today, lang: "en" };
                match condition.evaluate(&person).truth {
                    Truth::True => yes = true,
                    Truth::False => no = true,
                    Truth::Unknown => {}
                }
            }
            let seen = match (yes, no) {
                (true, true) => return None,
                (true, false) => "only-true",
                (false, true) => "only-false",
                (false, false) => "never-known",
            };
            Some(OneSided { path, condition: condition.source().to_owned(), seen })
        })
        .collect();
    Coverage { scenarios: runs.len(), kinds, conditions: one_sided, conditions_total }
}

/// The coverage for people: a line a kind, then what is not reached.
pub fn human(c: &Coverage) -> String {
    let mut s = format!("\ncoverage over {} scenarios\n", c.scenarios);
    for k in &c.kinds {
        s.push_str(&format!("  {:<10} {:>4} of {:<4} reached\n", k.kind, k.reached, k.total));
    }
    let both = c.conditions_total - c.conditions.len();
    s.push_str(&format!("  {:<10} {both:>4} of {:<4} seen both true and false\n", "conditions", c.conditions_total));
    for k in c.kinds.iter().filter(|k| !k.unreached.is_empty()) {
        s.push_str(&format!("\nno scenario reaches these {}:\n", k.kind));
        for id in &k.unreached {
            s.push_str(&format!("  {id}\n"));
        }
    }
    if !c.conditions.is_empty() {
        s.push_str("\nconditions not seen both true and false:\n");
        for o in &c.conditions {
            let seen = match o.seen {
                "only-true" => "only true",
                "only-false" => "only false",
                _ => "never known",
            };
            s.push_str(&format!("  {} ({seen}): {}\n", o.path, o.condition));
        }
    }
    s
}
