//! The plan: what the engine decides for one person. Serialised as Contract 2 (`"format": 1`);
//! every renderer reads only this.

use crate::reason::Reason;
use serde::Serialize;

/// The JSON plan format version. Raise it on any breaking change.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Plan {
    pub format: u32,
    pub evaluated_on: String,
    /// The language the plan's interface texts are in (`en`, or `en-XA`); rule texts fall back
    /// to English where the rules lack that language.
    pub lang: String,
    /// The language the rule texts (titles, descriptions, warnings) are in: `lang` when the
    /// rules carry it, else `en`.
    pub content_lang: String,
    /// Rule texts shown in English because their translation is out of date.
    pub stale_translations: usize,
    pub ruleset: RulesetInfo,
    /// The person's profession (its answer value, e.g. `doctor`), when known.
    pub profession: Option<String>,
    /// The profession's name, e.g. "Doctor".
    pub profession_name: Option<String>,
    /// What to do first: the `next` and `check` steps of the recommended route (or, with none
    /// recommended, of the possible routes).
    pub next_steps: Vec<NextStep>,
    /// The fees still to pay on the recommended route, when it has any.
    pub fees: Option<FeeSummary>,
    pub routes: Vec<RoutePlan>,
    pub roles: Vec<RolePlan>,
    pub support: Vec<SupportPlan>,
    pub warnings: Vec<WarningPlan>,
    /// The answers the plan was made from, in the order the questions are asked.
    pub answers: Vec<AnswerShown>,
    /// The plan in short: what `--detail short` prints and the first page shows.
    pub summary: crate::engine::Summary,
    /// Glossary entries for terms that appear in this plan.
    pub glossary: Vec<TermPlan>,
    pub disclaimer: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RulesetInfo {
    pub name: String,
    pub version: String,
    pub hash: String,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum RouteStatus {
    Recommended,
    Possible,
    NotOpen,
}

impl RouteStatus {
    /// The word shown to people.
    pub fn label(self) -> &'static str {
        match self {
            RouteStatus::Recommended => "recommended",
            RouteStatus::Possible => "possible",
            RouteStatus::NotOpen => "not open",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RoutePlan {
    pub id: String,
    pub title: String,
    pub regulator: String,
    pub status: RouteStatus,
    pub summary: Option<String>,
    pub why: Vec<String>,
    pub why_not: Vec<String>,
    /// `why` and `why_not` as data: message ids and arguments (see `src/ui/en.ftl`).
    pub reasons: Vec<Reason>,
    pub reasons_not: Vec<Reason>,
    /// What the person can do while the route is not open.
    pub meanwhile: Option<String>,
    /// In order. Empty for routes that are not open.
    pub steps: Vec<StepPlan>,
    pub sources: Vec<SourceRef>,
    pub unconfirmed: bool,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum StepStatus {
    Done,
    Next,
    Todo,
    Blocked,
    Check,
}

impl StepStatus {
    /// The word shown to people.
    pub fn label(self) -> &'static str {
        match self {
            StepStatus::Done => "done",
            StepStatus::Next => "next",
            StepStatus::Todo => "to do",
            StepStatus::Blocked => "blocked",
            StepStatus::Check => "check",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StepPlan {
    pub id: String,
    pub title: String,
    pub detail: Option<String>,
    pub category: crate::ruleset::raw::Category,
    pub status: StepStatus,
    pub why: Vec<String>,
    /// `why` as data.
    pub reasons: Vec<Reason>,
    pub after: Vec<String>,
    pub cost: Option<CostPlan>,
    pub duration: Option<DurationPlan>,
    pub sources: Vec<SourceRef>,
    /// The fact could not be confirmed: shown as "check with the regulator".
    pub unconfirmed: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CostPlan {
    pub label: String,
    pub amount_pence: i64,
    pub currency: String,
    /// e.g. "£268" or "free".
    pub display: String,
    pub from: Option<String>,
    pub until: Option<String>,
    pub unconfirmed: bool,
    pub note: Option<String>,
    /// Another fee (say, a waiver) may apply instead: it depends on an answer not known yet.
    pub conditional: bool,
    /// Those other fees, when `conditional`.
    pub alternatives: Vec<CostAlternative>,
    /// This fee comes with help: refunded, waived or lower for people like this person.
    pub help: bool,
    pub sources: Vec<SourceRef>,
}

/// One answer as the person reads it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AnswerShown {
    pub question: String,
    /// The question's short label, e.g. "Immigration status".
    pub label: String,
    pub answer: String,
    /// A key answer, repeated in the short plan.
    pub key: bool,
}

/// A fee that may apply instead of the one shown.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CostAlternative {
    pub label: String,
    pub amount_pence: i64,
    pub currency: String,
    pub help: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DurationPlan {
    pub min: u32,
    pub max: u32,
    pub unit: crate::ruleset::raw::DurationUnit,
    /// e.g. "2–6 months".
    pub display: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct SourceRef {
    pub title: String,
    pub url: String,
    /// The date the page was last checked, `YYYY-MM-DD`.
    pub verified: String,
    /// The date the page itself gives, if any.
    pub page_date: Option<String>,
    pub official: bool,
    /// True when `verified` is older than the ruleset's `fresh-days`.
    pub overdue: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RolePlan {
    pub id: String,
    pub title: String,
    pub open: bool,
    /// `open`, `not-open`, or `check` when it depends on something not known yet.
    pub status: RoleStatus,
    pub summary: Option<String>,
    pub band: Option<String>,
    pub why: Vec<String>,
    pub why_not: Vec<String>,
    /// `why` and `why_not` as data.
    pub reasons: Vec<Reason>,
    pub reasons_not: Vec<Reason>,
    pub sources: Vec<SourceRef>,
    pub unconfirmed: bool,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum RoleStatus {
    Open,
    NotOpen,
    Check,
}

impl RoleStatus {
    /// How the table says it.
    pub fn label(self) -> &'static str {
        match self {
            RoleStatus::Open => "yes",
            RoleStatus::NotOpen => "not yet",
            RoleStatus::Check => "not sure",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SupportPlan {
    pub id: String,
    pub name: String,
    pub url: String,
    pub summary: Option<String>,
    pub why: Vec<String>,
    /// Shown because an answer its condition depends on is not known: it may apply.
    pub conditional: bool,
    pub sources: Vec<SourceRef>,
    pub unconfirmed: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WarningPlan {
    pub id: String,
    pub text: String,
    /// Help shown because an answer it depends on is not known: it may apply.
    pub conditional: bool,
    /// Help (with fees, say) that is shown even when an answer it depends on is not known.
    pub help: bool,
    pub sources: Vec<SourceRef>,
    pub unconfirmed: bool,
}

/// The fees of the recommended route's steps that are not done yet, added up.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FeeSummary {
    pub route: String,
    /// Sum of the GBP amounts, in pence.
    pub total_pence: i64,
    /// e.g. "£1,234".
    pub display: String,
    /// How many fees were added.
    pub count: usize,
    /// How many of them are not confirmed.
    pub unconfirmed: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NextStep {
    pub route: String,
    pub route_title: String,
    pub step: String,
    pub title: String,
    pub status: StepStatus,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TermPlan {
    pub term: String,
    pub text: String,
}

impl Plan {
    /// The recommended route, if any.
    pub fn recommended(&self) -> Option<&RoutePlan> {
        self.routes.iter().find(|r| r.status == RouteStatus::Recommended)
    }

    /// The route with this id.
    pub fn route(&self, id: &str) -> Option<&RoutePlan> {
        self.routes.iter().find(|r| r.id == id)
    }
}
