//! The serde mirror of rule files, exactly as written: every table kind, with spans on the
//! values lints point at. Nothing here is checked beyond TOML types; see `lint` and `build`.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, de::Error as _};
use std::collections::BTreeMap;
use toml::Spanned;

/// A text as written: a string or a locale table.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged, expecting = "a string, or a table of locales like { en = \"…\" }")]
pub enum RawText {
    Plain(SharedStr),
    Locales(BTreeMap<String, String>),
}

impl RawText {
    /// The English text (empty when a locale table lacks `en`; another lint reports that).
    pub fn english(&self) -> &str {
        match self {
            RawText::Plain(s) => s.as_str(),
            RawText::Locales(m) => m.get("en").map_or("", String::as_str),
        }
    }
}

/// A string of a rule file: a slice of the file's one shared text when it is written without
/// escapes (nearly all prose is), so reading a ruleset copies no prose; else its own decoded
/// copy.
#[derive(Clone)]
pub enum SharedStr {
    Slice(std::sync::Arc<str>, u32, u32),
    Owned(Box<str>),
}

impl SharedStr {
    pub fn as_str(&self) -> &str {
        match self {
            SharedStr::Slice(text, start, end) => text.get(*start as usize..*end as usize).unwrap_or(""),
            SharedStr::Owned(s) => s,
        }
    }
}

impl Default for SharedStr {
    fn default() -> Self {
        SharedStr::Owned(Box::from(""))
    }
}

impl std::ops::Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> Self {
        SharedStr::Owned(s.into_boxed_str())
    }
}

impl std::fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl std::fmt::Display for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

thread_local! {
    /// The text of the file being read on this thread, which [`SharedStr`] slices.
    static FILE_TEXT: std::cell::RefCell<Option<std::sync::Arc<str>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `read` with `text` as the file strings are sliced from (on this thread only).
pub(crate) fn reading_file<R>(text: &std::sync::Arc<str>, read: impl FnOnce() -> R) -> R {
    let before = FILE_TEXT.with(|t| t.replace(Some(text.clone())));
    let result = read();
    FILE_TEXT.with(|t| *t.borrow_mut() = before);
    result
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = SharedStr;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("text in quotes")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<SharedStr, E> {
                // Only the address is compared: a string lying inside the file's text is a
                // slice of it.
                let slice = FILE_TEXT.with(|t| -> Option<SharedStr> {
                    let t = t.borrow();
                    let text = t.as_ref()?;
                    let start = (v.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
                    let end = start.checked_add(v.len()).filter(|end| *end <= text.len())?;
                    text.get(start..end)?;
                    Some(SharedStr::Slice(text.clone(), u32::try_from(start).ok()?, u32::try_from(end).ok()?))
                });
                Ok(slice.unwrap_or_else(|| SharedStr::Owned(Box::from(v))))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<SharedStr, E> {
                Ok(SharedStr::Owned(v.into_boxed_str()))
            }
        }
        d.deserialize_str(Visitor)
    }
}

impl JsonSchema for SharedStr {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "String".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

/// A calendar date written as a TOML local date (`2026-03-01`) or a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RawDate(pub Date);

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Toml(toml::value::Datetime),
            Str(String),
        }
        match Repr::deserialize(d).map_err(|_| D::Error::custom("expected a date like 2026-03-01"))? {
            Repr::Toml(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(x), None, None) => {
                    Date::new(i16::try_from(x.year).unwrap_or(i16::MAX), x.month as i8, x.day as i8)
                        .map_err(|e| e.to_string())
                        .and_then(|d| crate::date::plausible(d).map_err(|e| e.to_string()))
                        .map(RawDate)
                        .map_err(D::Error::custom)
                }
                _ => Err(D::Error::custom(format!("expected a date like 2026-03-01, got {dt}"))),
            },
            Repr::Str(s) => parse_date(&s).map(RawDate).map_err(D::Error::custom),
        }
    }
}

impl JsonSchema for RawDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "A date: a TOML local date like 2026-03-01, or the same in quotes"
        })
    }
}

pub use crate::date::parse_date;

fn yes() -> bool {
    true
}

/// The one `[ruleset]` table.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawMeta {
    pub name: String,
    #[schemars(with = "String")]
    pub version: Spanned<String>,
    #[schemars(with = "i64")]
    pub schema_version: Spanned<i64>,
    pub published: RawDate,
    pub fresh_days: u32,
    #[schemars(with = "Vec<String>")]
    pub locales: Vec<Spanned<String>>,
    #[schemars(with = "RawText")]
    pub disclaimer: Spanned<RawText>,
}

pub use crate::vocab::QuestionKind;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawOption {
    #[schemars(with = "String")]
    pub value: Spanned<String>,
    /// Offer this option in the interview only when this condition is not false.
    #[schemars(with = "Option<String>")]
    pub show_if: Option<Spanned<String>>,
    #[schemars(with = "RawText")]
    pub label: Spanned<RawText>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawQuestion {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub kind: QuestionKind,
    #[schemars(with = "RawText")]
    pub label: Spanned<RawText>,
    #[schemars(with = "RawText")]
    pub prompt: Spanned<RawText>,
    #[schemars(with = "Option<RawText>")]
    pub help: Option<Spanned<RawText>>,
    #[schemars(with = "Option<String>")]
    pub ask_if: Option<Spanned<String>>,
    #[serde(default = "yes")]
    pub not_sure: bool,
    #[serde(default)]
    pub options: Vec<RawOption>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub step: Option<f64>,
    #[serde(default)]
    pub not_future: bool,
    /// A key answer: the short plan repeats it under "who this plan is for", so a wrong
    /// answer can be spotted.
    #[serde(default)]
    pub key: bool,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSource {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub title: String,
    #[schemars(with = "String")]
    pub url: Spanned<String>,
    pub publisher: String,
    #[schemars(with = "RawDate")]
    pub verified: Spanned<RawDate>,
    /// The date the page itself gives (published or updated), if it gives one.
    pub page_date: Option<RawDate>,
    #[serde(default)]
    pub official: bool,
    pub note: Option<String>,
}

/// A publisher of sources and the web hosts it publishes on: an `official` source must be on
/// one of its publisher's hosts (lint `unofficial-host`).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawPublisher {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// The `publisher` values of sources that mean this publisher.
    pub names: Vec<String>,
    /// Its hosts; a host also covers its subdomains (`gov.uk` covers `www.gov.uk`).
    pub hosts: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRegulator {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "RawText")]
    pub name: Spanned<RawText>,
    pub url: String,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawProfession {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "RawText")]
    pub name: Spanned<RawText>,
    #[schemars(with = "String")]
    pub regulator: Spanned<String>,
    /// Where another regulator registers this profession: `{ northern-ireland = "psni" }`.
    #[serde(default)]
    #[schemars(with = "std::collections::BTreeMap<String, String>")]
    pub regulator_by_region: std::collections::BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    pub note: Option<String>,
}

/// An English test's score for one part: an IELTS band or an OET grade.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(untagged, expecting = "an IELTS band like 7.0 or an OET grade like \"B\"")]
pub enum RawScore {
    Band(f64),
    Grade(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EnglishTest {
    Ielts,
    Oet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Sitting {
    One,
    #[serde(rename = "two-within-12-months")]
    TwoWithin12Months,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawAccepts {
    #[schemars(with = "EnglishTest")]
    pub test: Spanned<EnglishTest>,
    #[schemars(with = "Option<RawScore>")]
    pub overall: Option<Spanned<RawScore>>,
    #[schemars(with = "Option<RawScore>")]
    pub each: Option<Spanned<RawScore>>,
    #[schemars(with = "Option<RawScore>")]
    pub listening: Option<Spanned<RawScore>>,
    #[schemars(with = "Option<RawScore>")]
    pub reading: Option<Spanned<RawScore>>,
    #[schemars(with = "Option<RawScore>")]
    pub writing: Option<Spanned<RawScore>>,
    #[schemars(with = "Option<RawScore>")]
    pub speaking: Option<Spanned<RawScore>>,
    pub sitting: Sitting,
    pub from: Option<RawDate>,
    pub until: Option<RawDate>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawEnglish {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub regulator: Spanned<String>,
    #[schemars(with = "RawText")]
    pub title: Spanned<RawText>,
    pub valid_months: Option<u32>,
    /// The validity period itself is not confirmed: an older test is "check", not "not met".
    #[serde(default)]
    pub validity_unconfirmed: bool,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    #[schemars(with = "Option<RawText>")]
    pub note: Option<Spanned<RawText>>,
    #[serde(default)]
    #[schemars(with = "Vec<RawAccepts>")]
    pub accepts: Vec<Spanned<RawAccepts>>,
}

/// A condition with the texts shown when it holds and when it does not.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRequirement {
    #[serde(rename = "if")]
    #[schemars(with = "String")]
    pub condition: Spanned<String>,
    #[schemars(with = "RawText")]
    pub why: Spanned<RawText>,
    #[schemars(with = "RawText")]
    pub why_not: Spanned<RawText>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    English,
    Exam,
    Documents,
    Application,
    Work,
    Study,
    Money,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DurationUnit {
    Days,
    Weeks,
    Months,
    Years,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawDuration {
    pub min: u32,
    pub max: u32,
    pub unit: DurationUnit,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCost {
    #[schemars(with = "RawText")]
    pub label: Spanned<RawText>,
    #[schemars(with = "i64")]
    pub amount_pence: Spanned<i64>,
    #[schemars(with = "String")]
    pub currency: Spanned<String>,
    #[serde(rename = "if")]
    #[schemars(with = "Option<String>")]
    pub condition: Option<Spanned<String>>,
    pub from: Option<RawDate>,
    pub until: Option<RawDate>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    #[schemars(with = "Option<RawText>")]
    pub note: Option<Spanned<RawText>>,
    /// This fee comes with help: it is refunded, waived or lower for the people its `if`
    /// names. The plan's fee line says help exists only where some fee has it.
    #[serde(default)]
    pub help: bool,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawStep {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "RawText")]
    pub title: Spanned<RawText>,
    #[schemars(with = "Option<RawText>")]
    pub detail: Option<Spanned<RawText>>,
    /// More, for `requal explain`: the plan shows only the text above it.
    #[schemars(with = "Option<RawText>")]
    pub more: Option<Spanned<RawText>>,
    pub category: Option<Category>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub after: Vec<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub include_if: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub done_if: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub blocked_if: Option<Spanned<String>>,
    #[schemars(with = "Option<RawText>")]
    pub blocked_why: Option<Spanned<RawText>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub needs: Vec<Spanned<String>>,
    pub duration: Option<RawDuration>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    #[schemars(with = "Option<RawText>")]
    pub note: Option<Spanned<RawText>>,
    #[serde(default)]
    #[schemars(with = "Vec<RawCost>")]
    pub cost: Vec<Spanned<RawCost>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRoute {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub regulator: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub professions: Vec<Spanned<String>>,
    #[schemars(with = "RawText")]
    pub title: Spanned<RawText>,
    #[schemars(with = "Option<RawText>")]
    pub summary: Option<Spanned<RawText>>,
    /// More, for `requal explain`: the plan shows only the text above it.
    #[schemars(with = "Option<RawText>")]
    pub more: Option<Spanned<RawText>>,
    #[serde(default = "default_rank")]
    pub rank: i64,
    #[schemars(with = "Option<RawText>")]
    pub meanwhile: Option<Spanned<RawText>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    #[schemars(with = "Option<RawText>")]
    pub note: Option<Spanned<RawText>>,
    #[serde(default)]
    pub requires: Vec<RawRequirement>,
    #[serde(default)]
    #[schemars(with = "Vec<RawStep>")]
    pub step: Vec<Spanned<RawStep>>,
}

fn default_rank() -> i64 {
    100
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawConstraint {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "RawText")]
    pub title: Spanned<RawText>,
    #[serde(rename = "if")]
    #[schemars(with = "String")]
    pub condition: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub blocks: Vec<Spanned<String>>,
    #[schemars(with = "RawText")]
    pub why: Spanned<RawText>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    #[schemars(with = "Option<RawText>")]
    pub note: Option<Spanned<RawText>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRole {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "RawText")]
    pub title: Spanned<RawText>,
    #[schemars(with = "Option<RawText>")]
    pub summary: Option<Spanned<RawText>>,
    /// More, for `requal explain`: the plan shows only the text above it.
    #[schemars(with = "Option<RawText>")]
    pub more: Option<Spanned<RawText>>,
    #[schemars(with = "Option<RawText>")]
    pub band: Option<Spanned<RawText>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub professions: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub needs: Vec<Spanned<String>>,
    #[serde(default)]
    pub requires: Vec<RawRequirement>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    #[schemars(with = "Option<RawText>")]
    pub note: Option<Spanned<RawText>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSupport {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "RawText")]
    pub name: Spanned<RawText>,
    pub url: String,
    #[schemars(with = "Option<RawText>")]
    pub summary: Option<Spanned<RawText>>,
    /// More, for `requal explain`: the plan shows only the text above it.
    #[schemars(with = "Option<RawText>")]
    pub more: Option<Spanned<RawText>>,

    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub regions: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub professions: Vec<Spanned<String>>,
    #[serde(rename = "if")]
    #[schemars(with = "Option<String>")]
    pub condition: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    #[schemars(with = "Option<RawText>")]
    pub note: Option<Spanned<RawText>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawWarning {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[serde(rename = "if")]
    #[schemars(with = "String")]
    pub condition: Spanned<String>,
    #[schemars(with = "RawText")]
    pub text: Spanned<RawText>,
    /// More, for `requal explain`: the plan shows only the text above it.
    #[schemars(with = "Option<RawText>")]
    pub more: Option<Spanned<RawText>>,
    /// Help (fee help, a way to get permission to work): shown when its condition is true
    /// or unknown, so that a "not sure" answer never hides help.
    #[serde(default)]
    pub help: bool,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub unconfirmed: bool,
    #[schemars(with = "Option<RawText>")]
    pub note: Option<Spanned<RawText>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawTerm {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub term: String,
    /// The short definition a plan shows: one sentence.
    #[schemars(with = "RawText")]
    pub text: Spanned<RawText>,
    /// More about the term, for `requal explain TERM`; plans show only `text`.
    #[schemars(with = "Option<RawText>")]
    pub more: Option<Spanned<RawText>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
}

/// The top-level keys a rule file may hold, each an array of tables (the ruleset a table).
pub const TOP_LEVEL_KEYS: &[&str] = &[
    "ruleset",
    "question",
    "source",
    "publisher",
    "regulator",
    "profession",
    "english",
    "route",
    "constraint",
    "role",
    "support",
    "warning",
    "term",
    "lints",
];

#[cfg(test)]
mod tests {
    use super::{RawText, SharedStr, reading_file};
    use serde::Deserialize as _;

    fn read(toml_text: &str) -> RawText {
        let text: std::sync::Arc<str> = toml_text.into();
        reading_file(&text, || {
            let doc = toml::de::DeTable::parse(&text).unwrap().into_inner();
            let value = doc.into_iter().next().unwrap().1;
            RawText::deserialize(toml::de::ValueDeserializer::from(value)).unwrap()
        })
    }

    #[test]
    fn plain_text_is_a_slice_of_the_file_and_escaped_text_its_own_copy() {
        let RawText::Plain(plain) = read("title = \"Pass PLAB 1\"\n") else { panic!("a plain text") };
        assert!(matches!(plain, SharedStr::Slice(_, 9, 20)), "{plain:?}");
        assert_eq!(plain.as_str(), "Pass PLAB 1");
        let RawText::Plain(escaped) = read("title = \"Pass \\\"PLAB\\\" 1\"\n") else { panic!("a plain text") };
        assert!(matches!(escaped, SharedStr::Owned(_)));
        assert_eq!(escaped.as_str(), "Pass \"PLAB\" 1");
        // Outside a file being read, a string is its own copy.
        let outside = SharedStr::deserialize(toml::de::ValueDeserializer::parse("\"x\"").unwrap()).unwrap();
        assert!(matches!(outside, SharedStr::Owned(_)));
    }
}
