//! The ruleset: versioned, cited rule data. `load` reads files into raw tables, and `build`
//! turns a set that passed the lints into these always-valid types used by the engine. The
//! whole pipeline (read, lint, build) is `crate::load`, above both this module and `lint`.

mod build;
pub use build::build;
pub(crate) use build::vocabulary;
mod load;
pub mod locales;
pub mod raw;
mod schema;

pub use schema::json_schema;

pub use load::{
    Item, RawLintLevel, RawRuleset, RulesetFiles, parse_files, parse_one, read_translations, register_rule_files,
};

use crate::condition::Condition;
use crate::text::Text;
use jiff::civil::Date;
use raw::{Category, DurationUnit, EnglishTest, QuestionKind, Sitting};
use std::collections::{BTreeMap, HashMap};

/// The file-format versions this build of requal reads.
pub const SUPPORTED_SCHEMA_VERSIONS: &[i64] = &[1];

/// The `[ruleset]` table.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub name: String,
    pub version: String,
    pub schema_version: i64,
    pub published: Date,
    pub fresh_days: u32,
    pub locales: Vec<String>,
    pub disclaimer: Text,
}

/// One option of a choice question.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct QuestionOption {
    pub value: String,
    pub label: Text,
    /// The interview offers the option only when this is not false; answers files may use
    /// every option.
    pub show_if: Option<Condition>,
}

/// One interview question.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub label: Text,
    pub prompt: Text,
    pub help: Option<Text>,
    pub ask_if: Option<Condition>,
    pub not_sure: bool,
    pub options: Vec<QuestionOption>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub step: Option<f64>,
    pub not_future: bool,
    /// Repeated in the short plan, so a wrong answer can be spotted.
    pub key: bool,
}

impl Question {
    /// The option with this value.
    pub fn option(&self, value: &str) -> Option<&QuestionOption> {
        self.options.iter().find(|o| o.value == value)
    }

    /// Every option value, in order.
    pub fn option_values(&self) -> Vec<&str> {
        self.options.iter().map(|o| o.value.as_str()).collect()
    }
}

/// A web page facts come from.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    pub publisher: String,
    pub verified: Date,
    /// The date the page itself gives, if any.
    pub page_date: Option<Date>,
    pub official: bool,
}

/// What every fact carries: its sources, and whether it is confirmed.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Fact {
    pub sources: Vec<String>,
    pub unconfirmed: bool,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Regulator {
    pub id: String,
    pub name: Text,
    pub url: String,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Profession {
    pub id: String,
    pub name: Text,
    pub regulator: String,
    /// Regions where another regulator registers this profession (region id -> regulator id).
    pub regulator_by_region: BTreeMap<String, String>,
}

/// A minimum score for one part of a test.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Score {
    Band(f64),
    Grade(String),
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Score::Band(b) => write!(f, "{b:.1}"),
            Score::Grade(g) => write!(f, "grade {g}"),
        }
    }
}

/// The four parts of IELTS and OET.
pub const PARTS: [&str; 4] = ["listening", "reading", "writing", "speaking"];

/// One accepted test and its minimum scores, in force between `from` and `until`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Accepts {
    pub test: EnglishTest,
    pub overall: Option<Score>,
    /// Minimum per part, in [`PARTS`] order; `None` where the test sets none.
    pub parts: [Option<Score>; 4],
    pub sitting: Sitting,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub fact: Fact,
}

impl Accepts {
    /// In force on `day`.
    pub fn in_force(&self, day: Date) -> bool {
        self.from.is_none_or(|f| f <= day) && self.until.is_none_or(|u| day <= u)
    }
}

/// An English-language requirement.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct English {
    pub id: String,
    pub regulator: String,
    pub title: Text,
    pub valid_months: Option<u32>,
    /// The validity period is not confirmed.
    pub validity_unconfirmed: bool,
    pub fact: Fact,
    pub accepts: Vec<Accepts>,
}

/// A condition with the sentences shown when it holds and when it does not.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Requirement {
    pub condition: Condition,
    pub why: Text,
    pub why_not: Text,
}

#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub struct Duration {
    pub min: u32,
    pub max: u32,
    pub unit: DurationUnit,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Cost {
    pub label: Text,
    pub amount_pence: i64,
    pub currency: String,
    pub condition: Option<Condition>,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub fact: Fact,
    /// Refunded, waived or lower for the people its condition names.
    pub help: bool,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub id: String,
    pub title: Text,
    pub detail: Option<Text>,
    /// More, for `requal explain`.
    pub more: Option<Text>,
    pub category: Category,
    pub after: Vec<String>,
    pub include_if: Option<Condition>,
    pub done_if: Option<Condition>,
    pub blocked_if: Option<Condition>,
    pub blocked_why: Option<Text>,
    pub needs: Vec<String>,
    pub duration: Option<Duration>,
    pub fact: Fact,
    pub costs: Vec<Cost>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Route {
    pub id: String,
    pub regulator: String,
    pub professions: Vec<String>,
    pub title: Text,
    pub summary: Option<Text>,
    /// More, for `requal explain`.
    pub more: Option<Text>,
    pub rank: i64,
    pub meanwhile: Option<Text>,
    pub fact: Fact,
    pub requires: Vec<Requirement>,
    /// In dependency order (stable: file order where `after` allows).
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Constraint {
    pub id: String,
    pub title: Text,
    pub condition: Condition,
    pub blocks: Vec<String>,
    pub why: Text,
    pub fact: Fact,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Role {
    pub id: String,
    pub title: Text,
    pub summary: Option<Text>,
    /// More, for `requal explain`.
    pub more: Option<Text>,
    pub band: Option<Text>,
    pub professions: Vec<String>,
    pub needs: Vec<String>,
    pub requires: Vec<Requirement>,
    pub fact: Fact,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Support {
    pub id: String,
    pub name: Text,
    pub url: String,
    pub summary: Option<Text>,
    /// More, for `requal explain`.
    pub more: Option<Text>,
    pub regions: Vec<String>,
    pub professions: Vec<String>,
    pub condition: Option<Condition>,
    pub fact: Fact,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Warning {
    pub id: String,
    pub condition: Condition,
    pub text: Text,
    /// More, for `requal explain`.
    pub more: Option<Text>,
    /// Shown when its condition is unknown too: help is never hidden by "not sure".
    pub help: bool,
    pub fact: Fact,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Term {
    pub id: String,
    pub term: String,
    /// The one-sentence definition plans show.
    pub text: Text,
    /// More, for `requal explain`.
    pub more: Option<Text>,
}

/// A checked ruleset. Every reference in it resolves; nothing downstream re-checks.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Ruleset {
    pub meta: Meta,
    questions: Vec<Question>,
    question_index: HashMap<String, usize>,
    pub sources: BTreeMap<String, Source>,
    pub regulators: BTreeMap<String, Regulator>,
    pub professions: BTreeMap<String, Profession>,
    pub english: BTreeMap<String, English>,
    pub routes: Vec<Route>,
    pub constraints: Vec<Constraint>,
    pub roles: Vec<Role>,
    pub support: Vec<Support>,
    pub warnings: Vec<Warning>,
    pub terms: Vec<Term>,
    /// The translations the rules carry, by language: how many texts each fills, and how
    /// many are stale (shown in English) or unreviewed.
    pub translations: BTreeMap<String, locales::LanguageInfo>,
    /// sha256 of the rule files.
    pub hash: String,
}

impl Ruleset {
    /// Questions in interview order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index.get(id).map(|&i| &self.questions[i])
    }

    /// The first 12 hex digits of the content hash, for people.
    pub fn short_hash(&self) -> &str {
        self.hash.get(..12).unwrap_or(&self.hash)
    }
}
