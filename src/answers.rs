//! A person's answers (Contract 1): parsed from an answers or session file, checked against
//! the ruleset's questions. A bad answer is an error naming its key; nothing is guessed.

use crate::date::PersonDate;
use crate::diagnostic::{Code, Diagnostic, FileId};
use crate::reason::Reason;
use crate::ruleset::raw::{QuestionKind, RawDate};
use crate::ruleset::{Question, Ruleset};
use crate::text::clip;
use jiff::civil::Date;
use serde::Deserialize as _;
use std::collections::BTreeMap;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

pub use crate::vocab::{Answer, NOT_SURE};

/// Writing answers back to a file is the file format's job.
impl Answer {
    /// The answer as it is written in an answers file.
    pub fn to_toml(&self) -> toml::Value {
        match self {
            Answer::Choice(s) | Answer::Grade(s) => toml::Value::String(s.clone()),
            Answer::Multi(items) => toml::Value::Array(items.iter().cloned().map(toml::Value::String).collect()),
            Answer::Bool(b) => toml::Value::Boolean(*b),
            Answer::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 =>
            {
                #[allow(clippy::cast_possible_truncation)]
                toml::Value::Integer(*n as i64)
            }
            Answer::Number(n) => toml::Value::Float(*n),
            Answer::Date(d) => toml::Value::String(d.to_string()),
            Answer::NotSure => toml::Value::String(NOT_SURE.to_owned()),
        }
    }
}

/// Answers by question id, in no particular order, and the steps the person has marked done.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    values: BTreeMap<String, Answer>,
    /// Steps marked done between sessions, by `route.step`.
    done: BTreeMap<String, DoneStep>,
}

/// A step the person has marked done (`requal progress`, or when resuming a session).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct DoneStep {
    /// `route.step`, e.g. `nmc-overseas.cbt`.
    pub step: String,
    /// When it was done, `YYYY-MM-DD` (or a month, `YYYY-MM`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Evidence, in the person's words: "IELTS certificate 2026-05".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The `[session]` table of a saved session.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Session {
    pub ruleset: String,
    pub version: String,
    pub hash: String,
    pub saved: String,
    #[serde(default)]
    pub progress: Option<String>,
    /// A compact summary of the plan when the session was saved, one fact a line, so a
    /// resumed session can say what changed under a newer ruleset.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<String>,
    /// Steps marked done, in the order they were marked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<DoneStep>,
}

/// An answers file after checking.
#[derive(Debug, Clone, Default)]
pub struct AnswersFile {
    pub answers: Answers,
    pub session: Option<Session>,
}

impl Answers {
    /// The answer to `question`, if any.
    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.values.get(question)
    }

    /// Whether the person marked `route.step` done, and how.
    pub fn marked_done(&self, route: &str, step: &str) -> Option<&DoneStep> {
        self.done.get(&format!("{route}.{step}"))
    }

    /// The steps marked done.
    pub fn done_steps(&self) -> impl Iterator<Item = &DoneStep> {
        self.done.values()
    }

    /// Marks a step done (replacing an earlier mark of the same step).
    pub fn mark_done(&mut self, done: DoneStep) {
        self.done.insert(done.step.clone(), done);
    }

    /// Takes a step's done mark away; false when it had none.
    pub fn unmark_done(&mut self, step: &str) -> bool {
        self.done.remove(step).is_some()
    }

    /// Sets or replaces an answer.
    pub fn set(&mut self, question: impl Into<String>, answer: Answer) {
        self.values.insert(question.into(), answer);
    }

    /// Removes an answer.
    pub fn remove(&mut self, question: &str) -> Option<Answer> {
        self.values.remove(question)
    }

    /// All answers by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// True when there are no answers.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// Parses an answers (or session) file. Every bad key is reported, each naming the key.
/// `today` is the plan's date: a date answer after it is an error where the question says
/// `not-future`.
pub fn parse(
    text: &str,
    file: FileId,
    ruleset: &Ruleset,
    today: Date,
    lang: &str,
) -> Result<AnswersFile, Vec<Diagnostic>> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(errors
            .iter()
            .map(|e| {
                let span = e.span().unwrap_or(0..0);
                let message = e.message().lines().next().unwrap_or("invalid TOML");
                let (message, label) = match key_on_line(text, span.start) {
                    Some(key) => (
                        format!("`{key}`: {message}"),
                        crate::ui::sentence(&Reason::new("answer-bad-value").with("key", key.clone()), lang),
                    ),
                    None => (message.to_owned(), crate::ui::word("answer-not-toml", lang).to_owned()),
                };
                Diagnostic::error(Code::InvalidAnswer, file, span, message).with_label(label)
            })
            .collect());
    }
    from_table(doc.into_inner(), file, ruleset, today, lang)
}

/// The key written at the start of the line holding `offset` (`english-test-date = …`), so a
/// TOML error ("invalid date", "duplicate key") can name the answer it is about.
fn key_on_line(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    let valid =
        !key.is_empty() && key.len() <= 100 && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then(|| key.to_owned())
}

/// Checks an already parsed table of answers (an answers file, or a scenario's `[answers]`).
pub fn from_table(
    table: DeTable<'_>,
    file: FileId,
    ruleset: &Ruleset,
    today: Date,
    lang: &str,
) -> Result<AnswersFile, Vec<Diagnostic>> {
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    let mut out = AnswersFile::default();
    let mut problems = Vec::new();
    for (key, value) in table {
        let key_span = key.span();
        let key = key.into_inner().into_owned();
        if key == "session" {
            match Session::deserialize(ValueDeserializer::from(value)) {
                Ok(s) => {
                    for d in &s.done {
                        out.answers.mark_done(d.clone());
                    }
                    out.session = Some(s);
                }
                Err(e) => problems.push(
                    Diagnostic::error(
                        Code::InvalidAnswer,
                        file,
                        e.span().unwrap_or(key_span),
                        say(Reason::new("answer-session-invalid").with("detail", e.message().to_owned())),
                    )
                    .with_label(crate::ui::word("answer-session-label", lang)),
                ),
            }
            continue;
        }
        let Some(question) = ruleset.question(&key) else {
            let help = crate::condition::nearest(&key, ruleset.questions().iter().map(|q| q.id.as_str()))
                .map(|id| say(Reason::new("answer-did-you-mean").with("id", id)))
                .unwrap_or_else(|| crate::ui::word("answer-key-help", lang).to_owned());
            problems.push(
                Diagnostic::error(
                    Code::UnknownAnswerKey,
                    file,
                    key_span,
                    say(Reason::new("answer-unknown-key").with("key", clip(&key))),
                )
                .with_label(crate::ui::word("answer-unknown-key-label", lang))
                .with_help(help),
            );
            continue;
        };
        match answer_from(question, &value, lang) {
            Ok(Answer::Date(d)) if question.not_future && d.date > today => problems.push(
                Diagnostic::error(
                    Code::InvalidAnswer,
                    file,
                    value.span(),
                    format!(
                        "`{key}`: {}",
                        say(Reason::new("answer-in-future")
                            .with("value", d.to_string())
                            .with("today", today.to_string()))
                    ),
                )
                .with_label(say(Reason::new("answer-bad-value").with("key", key.clone())))
                .with_help(crate::ui::word("answer-in-future-help", lang)),
            ),
            Ok(answer) => out.answers.set(key, answer),
            Err(message) => problems.push(
                Diagnostic::error(Code::InvalidAnswer, file, value.span(), format!("`{key}`: {message}"))
                    .with_label(say(Reason::new("answer-bad-value").with("key", key.clone()))),
            ),
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

fn answer_from(q: &Question, value: &Spanned<DeValue<'_>>, lang: &str) -> Result<Answer, String> {
    let v = value.get_ref();
    if v.as_str() == Some(NOT_SURE) {
        return Ok(Answer::NotSure);
    }
    check_answer(q, &to_plain(v, lang)?, lang)
}

/// A loosely typed value, as read from a file or typed at a prompt.
#[derive(Debug, Clone, PartialEq)]
pub enum Plain {
    Str(String),
    Num(f64),
    Bool(bool),
    Date(Date),
    List(Vec<String>),
}

fn to_plain(v: &DeValue<'_>, lang: &str) -> Result<Plain, String> {
    let word = |id: &'static str| crate::ui::word(id, lang).to_owned();
    Ok(match v {
        DeValue::String(s) => Plain::Str(s.to_string()),
        DeValue::Integer(i) => {
            Plain::Num(i.as_str().replace('_', "").parse::<f64>().map_err(|_| word("answer-not-a-number"))?)
        }
        DeValue::Float(f) => {
            Plain::Num(f.as_str().replace('_', "").parse::<f64>().map_err(|_| word("answer-not-a-number"))?)
        }
        DeValue::Boolean(b) => Plain::Bool(*b),
        DeValue::Datetime(_) => {
            let d = RawDate::deserialize(ValueDeserializer::from(Spanned::new(0..0, v.clone())))
                .map_err(|e| e.message().to_owned())?;
            Plain::Date(d.0)
        }
        DeValue::Array(items) => Plain::List(
            items
                .iter()
                .map(|i| i.get_ref().as_str().map(str::to_owned).ok_or_else(|| word("answer-expected-quoted-list")))
                .collect::<Result<_, _>>()?,
        ),
        DeValue::Table(_) => return Err(word("answer-not-a-table")),
    })
}

/// Checks a loose value against a question: option, range, step, date rules.
pub fn check_answer(q: &Question, value: &Plain, lang: &str) -> Result<Answer, String> {
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    match (q.kind, value) {
        (QuestionKind::Choice, Plain::Str(s)) => {
            if q.option(s).is_some() {
                Ok(Answer::Choice(s.clone()))
            } else {
                Err(say(Reason::new("answer-not-an-option")
                    .with("value", clip(s))
                    .with("options", q.option_values().join(", "))))
            }
        }
        (QuestionKind::MultiChoice, Plain::List(items)) => {
            for item in items {
                if q.option(item).is_none() {
                    return Err(say(Reason::new("answer-not-an-option-list")
                        .with("value", clip(item))
                        .with("options", q.option_values().join(", "))));
                }
            }
            Ok(Answer::Multi(items.clone()))
        }
        (QuestionKind::Bool, Plain::Bool(b)) => Ok(Answer::Bool(*b)),
        (QuestionKind::Number, Plain::Num(n)) => check_number(q, *n, lang).map(Answer::Number),
        (QuestionKind::Date, Plain::Date(d)) => Ok(Answer::Date(PersonDate::day(*d))),
        (QuestionKind::Date, Plain::Str(s)) => {
            crate::date::parse_person_date(s).map(Answer::Date).map_err(|e| crate::ui::date_error(&e, lang))
        }
        (QuestionKind::OetGrade, Plain::Str(s)) => {
            if crate::condition::oet_rank(s).is_some() {
                Ok(Answer::Grade(s.clone()))
            } else {
                Err(say(Reason::new("answer-not-a-grade").with("value", clip(s))))
            }
        }
        (kind, _) => Err(expected(kind, lang)),
    }
}

/// "expected a number", from the kind of question (its serde name).
fn expected(kind: QuestionKind, lang: &str) -> String {
    let id = crate::text::serde_name(&kind);
    crate::ui::sentence(&Reason::new("answer-expected").with("kind", id), lang)
}

/// Checks a number against the question's range and step.
pub fn check_number(q: &Question, n: f64, lang: &str) -> Result<f64, String> {
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    if !n.is_finite() {
        return Err(expected(QuestionKind::Number, lang));
    }
    if let Some(min) = q.min
        && n < min
    {
        return Err(say(Reason::new("answer-below-min").with("value", format!("{n}")).with("min", format!("{min}"))));
    }
    if let Some(max) = q.max
        && n > max
    {
        return Err(say(Reason::new("answer-above-max").with("value", format!("{n}")).with("max", format!("{max}"))));
    }
    if let Some(step) = q.step.filter(|s| *s > 0.0) {
        let base = q.min.unwrap_or(0.0);
        let k = (n - base) / step;
        if (k - k.round()).abs() > 1e-9 {
            return Err(say(Reason::new("answer-off-step")
                .with("value", format!("{n}"))
                .with("step", format!("{step}"))
                .with("lower", format!("{}", base + k.floor() * step))
                .with("upper", format!("{}", base + k.ceil() * step))));
        }
    }
    Ok(n)
}

/// Writes answers (and a session table) as an answers file, questions in interview order.
pub fn to_toml(answers: &Answers, session: Option<&Session>, ruleset: &Ruleset) -> String {
    let mut out = String::new();
    for q in ruleset.questions() {
        if let Some(a) = answers.get(&q.id) {
            let mut line = toml::Table::new();
            line.insert(q.id.clone(), a.to_toml());
            out.push_str(&toml::to_string(&line).unwrap_or_default());
        }
    }
    if let Some(s) = session {
        let mut table = toml::Table::new();
        table.insert("session".to_owned(), toml::Value::try_from(s).unwrap_or(toml::Value::Table(toml::Table::new())));
        out.push('\n');
        out.push_str(&toml::to_string(&table).unwrap_or_default());
    }
    out
}

#[cfg(test)]
mod key_tests {
    #[test]
    fn toml_errors_find_the_key_of_their_line() {
        let text = "profession = \"nurse\"\nenglish-test-date = 2026-02-30\n";
        assert_eq!(super::key_on_line(text, 40).as_deref(), Some("english-test-date"));
        assert_eq!(super::key_on_line("[broken\n", 1), None);
    }
}
