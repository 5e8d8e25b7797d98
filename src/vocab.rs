//! The shared words of the rules and the answers: the kinds of question and a person's typed
//! answer. A leaf: every layer above may use it, and it imports nothing from the crate.

use crate::date::PersonDate;
use schemars::JsonSchema;
use serde::Deserialize;

/// The kinds of question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    Choice,
    MultiChoice,
    Bool,
    Number,
    Date,
    OetGrade,
}

/// The word every question accepts instead of an answer.
pub const NOT_SURE: &str = "not-sure";

/// One answer, typed by its question's kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Choice(String),
    Multi(Vec<String>),
    Bool(bool),
    Number(f64),
    /// A day, or a month alone.
    Date(PersonDate),
    Grade(String),
    NotSure,
}

impl Answer {
    /// True for "not sure".
    pub fn is_not_sure(&self) -> bool {
        matches!(self, Answer::NotSure)
    }
}
