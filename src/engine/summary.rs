//! The plan in short: the recommended route, the next three steps, the nearest deadline, the
//! fees still to pay (a range) and help with them, about how long until registration (a range,
//! along the steps' `after` order), and two or three organisations to contact.

use super::Person;
use super::{RoutePlan, RouteStatus, StepPlan, StepStatus, SupportPlan, WarningPlan};
use crate::ruleset::raw::DurationUnit;
use crate::vocab::Answer;
use serde::Serialize;
use std::collections::BTreeMap;

/// How many next steps and organisations the short plan names.
const NEXT_STEPS: usize = 3;
const CONTACTS: usize = 3;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    /// The recommended route, if one is.
    pub route: Option<SummaryRoute>,
    /// Up to three steps to take next, in order.
    pub next_steps: Vec<SummaryStep>,
    /// The nearest date by which something must happen, if the rules give one.
    pub deadline: Option<Deadline>,
    /// The fees still to pay on the recommended route.
    pub fees: Option<FeeRange>,
    /// About how long until registration on the recommended route.
    pub time: Option<TimeRange>,
    /// Organisations to contact first.
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SummaryRoute {
    pub id: String,
    pub title: String,
    pub regulator: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SummaryStep {
    pub route: String,
    pub step: String,
    pub title: String,
    pub status: StepStatus,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Deadline {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What it is: `english-results` (the English test results stop counting).
    pub kind: String,
    /// The English requirement or step it belongs to.
    pub of: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FeeRange {
    pub min_pence: i64,
    pub max_pence: i64,
    pub currency: String,
    /// How many fees are counted, and how many of them are not confirmed.
    pub count: usize,
    pub unconfirmed: usize,
    /// Ids of the warnings shown that say where to get help with fees (`help = true` in the
    /// rules): empty when the rules know of none for this person.
    pub help: Vec<String>,
    /// `route.step` ids of the steps whose fee is refunded, waived or lower for this person,
    /// or may be: empty when the rules know of no such fee. Never assumed.
    pub reduced: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimeRange {
    pub min: u32,
    pub max: u32,
    pub unit: DurationUnit,
    /// Steps still to do whose time the rules do not give: not counted, named instead.
    pub unknown_steps: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Contact {
    pub id: String,
    pub name: String,
    pub url: String,
}

pub(super) fn summary(
    person: &Person<'_>,
    routes: &[RoutePlan],
    support: &[SupportPlan],
    warnings: &[WarningPlan],
) -> Summary {
    let recommended = routes.iter().find(|r| r.status == RouteStatus::Recommended);
    let chosen: Vec<&RoutePlan> = match recommended {
        Some(r) => vec![r],
        None => routes.iter().filter(|r| r.status == RouteStatus::Possible).collect(),
    };
    let next_steps = chosen
        .iter()
        .flat_map(|r| {
            r.steps.iter().filter(|s| s.status != StepStatus::Done).map(|s| SummaryStep {
                route: r.id.clone(),
                step: s.id.clone(),
                title: s.title.clone(),
                status: s.status,
            })
        })
        .take(NEXT_STEPS)
        .collect();
    Summary {
        route: recommended.map(|r| SummaryRoute {
            id: r.id.clone(),
            title: r.title.clone(),
            regulator: r.regulator.clone(),
        }),
        next_steps,
        deadline: recommended.and_then(|r| deadline(person, r)),
        fees: recommended.and_then(|r| fees(r, warnings)),
        time: recommended.and_then(time),
        contacts: contacts(person, support),
    }
}

/// The organisations to contact first: those for this person's profession or region before
/// those for everyone (the plan's own order otherwise), and never one that only may help.
fn contacts(person: &Person<'_>, support: &[SupportPlan]) -> Vec<Contact> {
    let narrowness = |id: &str| {
        person
            .ruleset
            .support
            .iter()
            .find(|s| s.id == id)
            .map_or(0, |s| usize::from(!s.professions.is_empty()) + usize::from(!s.regions.is_empty()))
    };
    let mut sure: Vec<&SupportPlan> = support.iter().filter(|s| !s.conditional).collect();
    sure.sort_by_key(|s| std::cmp::Reverse(narrowness(&s.id)));
    sure.into_iter()
        .take(CONTACTS)
        .map(|s| Contact { id: s.id.clone(), name: s.name.clone(), url: s.url.clone() })
        .collect()
}

/// When the English test results stop counting for the route's English requirement: only
/// while they still count, and only from a date the person gave.
fn deadline(person: &Person<'_>, route: &RoutePlan) -> Option<Deadline> {
    let Some(Answer::Date(taken)) = person.answers.get("english-test-date") else { return None };
    let rules = person.ruleset.routes.iter().find(|r| r.id == route.id)?;
    route
        .steps
        .iter()
        .filter(|s| s.status == StepStatus::Done)
        .filter_map(|s| rules.steps.iter().find(|r| r.id == s.id))
        .flat_map(|s| s.done_if.iter().flat_map(crate::condition::Condition::english_requirements))
        .filter_map(|id| {
            let e = person.ruleset.english.get(&id)?;
            let months = i32::try_from(e.valid_months?).ok()?;
            let until = taken.date.checked_add(jiff::Span::new().months(months)).ok()?;
            (until > person.today).then(|| Deadline { date: until.to_string(), kind: "english-results".into(), of: id })
        })
        .min_by(|a, b| a.date.cmp(&b.date))
}

/// The fees of the steps not done, as a range: a step whose fee depends on an answer not
/// known yet counts its lowest and its highest fee.
fn fees(route: &RoutePlan, warnings: &[WarningPlan]) -> Option<FeeRange> {
    let mut range = FeeRange {
        min_pence: 0,
        max_pence: 0,
        currency: "GBP".into(),
        count: 0,
        unconfirmed: 0,
        help: warnings.iter().filter(|w| w.help).map(|w| w.id.clone()).collect(),
        reduced: Vec::new(),
    };
    for s in route.steps.iter().filter(|s| s.status != StepStatus::Done) {
        let Some(c) = s.cost.as_ref().filter(|c| c.currency == "GBP") else { continue };
        let amounts = std::iter::once(c.amount_pence).chain(c.alternatives.iter().map(|a| a.amount_pence));
        let (low, high) = amounts.fold((i64::MAX, i64::MIN), |(lo, hi), a| (lo.min(a), hi.max(a)));
        if c.help || c.alternatives.iter().any(|a| a.help || a.amount_pence < c.amount_pence) {
            range.reduced.push(format!("{}.{}", route.id, s.id));
        }
        if high <= 0 {
            continue;
        }
        range.min_pence = range.min_pence.saturating_add(low);
        range.max_pence = range.max_pence.saturating_add(high);
        range.count += 1;
        range.unconfirmed += usize::from(c.unconfirmed);
    }
    (range.count > 0 || !range.reduced.is_empty()).then_some(range)
}

/// About how long until the route's last step is done: the longest chain of steps along
/// `after`, with each step's shortest and longest time. Steps without a time are named.
fn time(route: &RoutePlan) -> Option<TimeRange> {
    let open: Vec<&StepPlan> = route.steps.iter().filter(|s| s.status != StepStatus::Done).collect();
    let mut finish: BTreeMap<&str, (f64, f64)> = BTreeMap::new();
    // Steps are in dependency order, so each one's `after` steps are finished before it.
    for s in &open {
        let start = s
            .after
            .iter()
            .filter_map(|a| finish.get(a.as_str()))
            .fold((0.0_f64, 0.0_f64), |(lo, hi), &(a, b)| (lo.max(a), hi.max(b)));
        let (lo, hi) = s.duration.as_ref().map_or((0.0, 0.0), |d| (days(d.min, d.unit), days(d.max, d.unit)));
        finish.insert(s.id.as_str(), (start.0 + lo, start.1 + hi));
    }
    if !open.iter().any(|s| s.duration.is_some()) {
        return None;
    }
    let (lo, hi) = finish.values().fold((0.0_f64, 0.0_f64), |(a, b), &(x, y)| (a.max(x), b.max(y)));
    let unit = if hi >= 60.0 {
        DurationUnit::Months
    } else if hi >= 14.0 {
        DurationUnit::Weeks
    } else {
        DurationUnit::Days
    };
    let per = days(1, unit);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let (min, max) = ((lo / per).floor().max(0.0) as u32, (hi / per).ceil().max(0.0) as u32);
    Some(TimeRange {
        min,
        max: max.max(min),
        unit,
        unknown_steps: open.iter().filter(|s| s.duration.is_none()).map(|s| s.id.clone()).collect(),
    })
}

fn days(n: u32, unit: DurationUnit) -> f64 {
    f64::from(n)
        * match unit {
            DurationUnit::Days => 1.0,
            DurationUnit::Weeks => 7.0,
            DurationUnit::Months => 365.25 / 12.0,
            DurationUnit::Years => 365.25,
        }
}
