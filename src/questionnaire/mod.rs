//! The interview loop: which question comes next, given the answers so far.

use crate::answers::Answers;
use crate::condition::Truth;
use crate::ruleset::{Question, Ruleset};

/// Questions that apply to this person now, in interview order: those without an `ask-if`,
/// or whose `ask-if` is true for the answers so far.
pub fn relevant<'r>(ruleset: &'r Ruleset, answers: &Answers, today: jiff::civil::Date) -> Vec<&'r Question> {
    let person = crate::engine::Person { ruleset, answers, today, lang: "en" };
    ruleset
        .questions()
        .iter()
        .filter(|q| q.ask_if.as_ref().is_none_or(|c| c.evaluate(&person).truth == Truth::True))
        .collect()
}
