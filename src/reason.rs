//! A reason as data: a message id and typed arguments, never a finished sentence. The
//! condition evaluator and the engine produce these; the interface catalogue (`ui`) turns each
//! into a sentence in the language being shown. A leaf: it imports nothing from the crate.

use serde::Serialize;
use std::collections::BTreeMap;

/// One argument of a reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Text already in the person's language: an answer as shown, a rule text, a title.
    Text(String),
    /// A number the message may format or choose a plural for.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

/// Why something has the status it has, as a message id and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub id: &'static str,
    pub args: BTreeMap<&'static str, Arg>,
}

impl Reason {
    /// A reason with no arguments.
    pub fn new(id: &'static str) -> Self {
        Self { id, args: BTreeMap::new() }
    }

    /// The same reason with one more argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.insert(name, value.into());
        self
    }

    /// A sentence written in the rules (a route's `why`, a constraint's reason): already text
    /// in the person's language.
    pub fn rule_text(text: impl Into<String>) -> Self {
        Self::new("rule-text").with("text", text.into())
    }
}
