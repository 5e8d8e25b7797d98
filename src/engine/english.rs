//! Does a person's English test meet a requirement? Compares every part with its minimum and
//! names each shortfall, so the plan can say exactly what to improve.

use super::Person;
use crate::answers::Answer;
use crate::condition::{Facts as _, Outcome, Truth, months_between, oet_rank};
use crate::reason::Reason;
use crate::ruleset::raw::{EnglishTest, Sitting};
use crate::ruleset::{Accepts, English, PARTS, Score};

fn test_name(test: EnglishTest) -> &'static str {
    match test {
        EnglishTest::Ielts => "IELTS Academic",
        EnglishTest::Oet => "OET",
    }
}

fn short_name(test: EnglishTest) -> &'static str {
    match test {
        EnglishTest::Ielts => "IELTS",
        EnglishTest::Oet => "OET",
    }
}

/// "IELTS Academic 7.5 overall and at least 7.0 in listening, reading, writing and speaking,
/// in one sitting", in `lang`.
pub fn describe(a: &Accepts, lang: &str) -> String {
    form(a, lang, false)
}

fn say(reason: Reason, lang: &str) -> String {
    crate::ui::sentence(&reason, lang)
}

fn sitting_id(s: Sitting) -> &'static str {
    match s {
        Sitting::One => "one",
        Sitting::TwoWithin12Months => "two",
    }
}

fn score(score: &Score, lang: &str) -> String {
    let (kind, value) = match score {
        Score::Band(b) => ("band", format!("{b:.1}")),
        Score::Grade(g) => ("grade", g.clone()),
    };
    say(Reason::new("english-score").with("kind", kind).with("value", value), lang)
}

/// The test and its minimums, without how many sittings count.
fn scores(a: &Accepts, lang: &str) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for (part, minimum) in PARTS.iter().zip(&a.parts) {
        let Some(minimum) = minimum else { continue };
        let shown = score(minimum, lang);
        let part = say(Reason::new("english-part").with("part", *part), lang);
        match groups.iter_mut().find(|(s, _)| *s == shown) {
            Some((_, parts)) => parts.push(part),
            None => groups.push((shown, vec![part])),
        }
    }
    let groups: Vec<String> = groups
        .into_iter()
        .map(|(s, parts)| {
            say(
                Reason::new("english-score-group").with("score", s).with("parts", crate::ui::and_list(&parts, lang)),
                lang,
            )
        })
        .collect();
    let test = test_name(a.test);
    let reason = match (&a.overall, groups.is_empty()) {
        (Some(o), false) => Reason::new("english-form-overall-parts")
            .with("overall", score(o, lang))
            .with("groups", crate::ui::and_list(&groups, lang)),
        (Some(o), true) => Reason::new("english-form-overall").with("overall", score(o, lang)),
        (None, false) => Reason::new("english-form-parts").with("groups", crate::ui::and_list(&groups, lang)),
        (None, true) => Reason::new("english-form-test"),
    };
    say(reason.with("test", test), lang)
}

fn form(a: &Accepts, lang: &str, caveat: bool) -> String {
    say(
        Reason::new("english-form")
            .with("scores", scores(a, lang))
            .with("sitting", sitting_id(a.sitting))
            .with("unconfirmed", if caveat && a.fact.unconfirmed { "yes" } else { "no" }),
        lang,
    )
}

/// The requirement as one sentence: every accepted test in force today.
pub(crate) fn summary(e: &English, person: &Person<'_>) -> String {
    let lang = person.lang;
    // Forms with the same minimums that differ only in sittings read as one: "…, in one
    // sitting; or across two sittings within 12 months (not confirmed)".
    let mut in_force: Vec<String> = Vec::new();
    let mut last: Option<String> = None;
    for a in e.accepts.iter().filter(|a| a.in_force(person.today)) {
        let core = scores(a, lang);
        if last.as_deref() == Some(core.as_str()) && a.sitting == Sitting::TwoWithin12Months {
            if let Some(prev) = in_force.last_mut() {
                *prev = say(
                    Reason::new("english-form-or-two")
                        .with("form", prev.clone())
                        .with("unconfirmed", if a.fact.unconfirmed { "yes" } else { "no" }),
                    lang,
                );
            }
            continue;
        }
        in_force.push(form(a, lang, true));
        last = Some(core);
    }
    let forms = match in_force.split_first() {
        None => say(Reason::new("english-none-accepted"), lang),
        Some((first, rest)) => rest.iter().fold(first.clone(), |acc, next| {
            say(Reason::new("english-forms-or").with("first", acc).with("rest", next.clone()), lang)
        }),
    };
    let title = e.title.get(lang).to_owned();
    let reason = match e.valid_months {
        Some(m) if e.validity_unconfirmed => Reason::new("english-requirement-valid-unconfirmed").with("months", m),
        Some(m) => Reason::new("english-requirement-valid").with("months", m),
        None => Reason::new("english-requirement"),
    };
    say(reason.with("title", title).with("forms", forms), lang)
}

fn score_of(answer: Option<&Answer>) -> Option<Option<Score>> {
    match answer {
        None | Some(Answer::NotSure) => Some(None),
        Some(Answer::Number(n)) => Some(Some(Score::Band(*n))),
        Some(Answer::Grade(g)) => Some(Some(Score::Grade(g.clone()))),
        Some(_) => None,
    }
}

fn meets(have: &Score, need: &Score) -> bool {
    match (have, need) {
        (Score::Band(h), Score::Band(n)) => h + 1e-9 >= *n,
        (Score::Grade(h), Score::Grade(n)) => oet_rank(h).zip(oet_rank(n)).is_some_and(|(h, n)| h >= n),
        _ => false,
    }
}

/// Evaluates `english-meets(id)` for one person.
pub(crate) fn evaluate(person: &Person<'_>, id: &str) -> Outcome {
    let Some(e) = person.ruleset.english.get(id) else {
        return Outcome::bare(Truth::Unknown);
    };
    let mut reasons = vec![Reason::new("english-summary").with("summary", summary(e, person))];
    let test = match person.answer("english-test") {
        Some(Answer::Choice(t)) if t == "ielts" => EnglishTest::Ielts,
        Some(Answer::Choice(t)) if t == "oet" => EnglishTest::Oet,
        Some(Answer::Choice(_)) => {
            reasons.push(Reason::new("english-no-test"));
            return Outcome { truth: Truth::False, reasons };
        }
        _ => {
            reasons.push(Reason::new("english-test-unknown"));
            return Outcome { truth: Truth::Unknown, reasons };
        }
    };
    let in_force: Vec<&Accepts> = e.accepts.iter().filter(|a| a.test == test && a.in_force(person.today)).collect();
    if in_force.is_empty() {
        reasons.push(
            Reason::new("english-test-not-accepted")
                .with("requirement", e.title.get(person.lang))
                .with("test", test_name(test)),
        );
        return Outcome { truth: Truth::False, reasons };
    }
    // Where several accepted forms are in force, the person meets the requirement through
    // whichever suits them best: met, then unknown, then not met.
    let rank = |t: Truth| match t {
        Truth::True => 0,
        Truth::Unknown => 1,
        Truth::False => 2,
    };
    let best = in_force
        .iter()
        .map(|a| against(person, e, a, test))
        .min_by_key(|o| rank(o.truth))
        .unwrap_or_else(|| Outcome::bare(Truth::Unknown));
    reasons.extend(best.reasons);
    Outcome { truth: best.truth, reasons }
}

/// Whether the form of the person's test that applies to them is not confirmed (or the whole
/// requirement is not).
pub(crate) fn decided_by_unconfirmed(person: &Person<'_>, e: &English) -> bool {
    let test = match person.answer("english-test") {
        Some(Answer::Choice(t)) if t == "ielts" => EnglishTest::Ielts,
        Some(Answer::Choice(t)) if t == "oet" => EnglishTest::Oet,
        _ => return false,
    };
    e.fact.unconfirmed || {
        let forms: Vec<&Accepts> = e.accepts.iter().filter(|a| a.test == test && a.in_force(person.today)).collect();
        // Unconfirmed only if every form that could decide it is unconfirmed.
        !forms.is_empty() && forms.iter().all(|a| a.fact.unconfirmed)
    }
}

fn too_old(id: &'static str, date: crate::date::PersonDate, age: i32, months: u32) -> Reason {
    Reason::new(id).with("date", date.to_string()).with("age", age).with("months", months)
}

/// One accepted form of a test against the person's results.
fn against(person: &Person<'_>, e: &English, accepts: &Accepts, test: EnglishTest) -> Outcome {
    let mut reasons = Vec::new();
    let prefix = match test {
        EnglishTest::Ielts => "ielts",
        EnglishTest::Oet => "oet",
    };
    let mut truth = Truth::True;
    let mut checks: Vec<(&str, Option<&Score>)> =
        PARTS.iter().copied().zip(accepts.parts.iter().map(Option::as_ref)).collect();
    if test == EnglishTest::Ielts {
        checks.push(("overall", accepts.overall.as_ref()));
    }
    let mut shortfalls = 0;
    for (part, need) in checks {
        let Some(need) = need else { continue };
        let question = format!("{prefix}-{part}");
        let kind = if test == EnglishTest::Ielts { "score" } else { "grade" };
        let about =
            |id: &'static str| Reason::new(id).with("test", short_name(test)).with("part", part).with("kind", kind);
        match score_of(person.answer(&question)) {
            Some(Some(have)) if meets(&have, need) => {}
            Some(Some(have)) => {
                shortfalls += 1;
                truth = Truth::False;
                let shown = match &have {
                    Score::Band(b) => format!("{b:.1}"),
                    Score::Grade(g) => g.clone(),
                };
                let need_shown = match need {
                    Score::Band(b) => format!("{b:.1}"),
                    Score::Grade(g) => g.clone(),
                };
                reasons.push(about("english-below").with("have", shown).with("need", need_shown));
            }
            _ => {
                if truth == Truth::True {
                    truth = Truth::Unknown;
                }
                reasons.push(about("english-part-unknown"));
            }
        }
    }
    if let Some(months) = e.valid_months {
        match person.answer("english-test-date") {
            Some(Answer::Date(d)) => {
                let age = months_between(d.date, person.today);
                if age >= i32::try_from(months).unwrap_or(i32::MAX) {
                    if e.validity_unconfirmed {
                        if truth == Truth::True {
                            truth = Truth::Unknown;
                        }
                        reasons.push(too_old("english-too-old-unconfirmed", *d, age, months));
                    } else {
                        truth = Truth::False;
                        reasons.push(too_old("english-too-old", *d, age, months));
                    }
                }
                if d.precision == crate::date::Precision::Month {
                    reasons.push(Reason::new("english-date-month-only"));
                }
            }
            _ => {
                if truth == Truth::True {
                    truth = Truth::Unknown;
                }
                let id =
                    if e.validity_unconfirmed { "english-date-unknown-unconfirmed" } else { "english-date-unknown" };
                reasons.push(Reason::new(id).with("months", months));
            }
        }
    }
    if truth == Truth::True && shortfalls == 0 {
        reasons.push(Reason::new("english-met").with("test", short_name(test)));
    }
    if accepts.fact.unconfirmed || e.fact.unconfirmed {
        reasons.push(Reason::new("english-unconfirmed").with("test", short_name(test)));
    }
    Outcome { truth, reasons }
}
