//! Properties of every plan the shipped rules can make, checked over every scenario and over
//! variations of its answers: an unknown answer never leads to a plain statement that depends
//! on it, never hides help, and step statuses never contradict each other.

use requal::answers::{Answer, Answers};
use requal::condition::{Condition, Truth};
use requal::diagnostic::{SourceFile, SourceMap};
use requal::engine::{Person, Plan, RouteStatus, StepStatus, plan};
use requal::ruleset::{Ruleset, RulesetFiles};
use requal::scenario::Scenario;

fn scenarios(ruleset: &Ruleset) -> Vec<(String, Scenario)> {
    let files = RulesetFiles::embedded();
    files
        .scenario_files()
        .map(|(rel, text)| {
            let rel = rel.as_str();
            let mut map = SourceMap::default();
            let file = map.add(SourceFile::new(rel.to_string(), text.clone()));
            let s = requal::scenario::parse(text, file, ruleset).unwrap_or_else(|_| panic!("{rel} parses"));
            (rel.to_string(), s)
        })
        .collect()
}

fn truth(ruleset: &Ruleset, answers: &Answers, today: jiff::civil::Date, c: &Condition) -> Truth {
    c.evaluate(&Person { ruleset, answers, today, lang: "en" }).truth
}

/// Every violation of "an unknown answer is never stated as a fact" in one plan.
fn unknown_stated_as_fact(ruleset: &Ruleset, answers: &Answers, today: jiff::civil::Date, plan: &Plan) -> Vec<String> {
    let mut problems = Vec::new();
    let t = |c: &Condition| truth(ruleset, answers, today, c);
    for route in &plan.routes {
        let rule = ruleset.routes.iter().find(|r| r.id == route.id).unwrap();
        if route.status == RouteStatus::Recommended && rule.requires.iter().any(|r| t(&r.condition) != Truth::True) {
            problems.push(format!("route {} is recommended on an unknown requirement", route.id));
        }
        for step in &route.steps {
            let rule_step = rule.steps.iter().find(|s| s.id == step.id).unwrap();
            let plain = !matches!(step.status, StepStatus::Check | StepStatus::Done);
            if plain && rule_step.include_if.as_ref().is_some_and(|c| t(c) == Truth::Unknown) {
                problems.push(format!("step {}.{} is {:?} though it may not apply", route.id, step.id, step.status));
            }
            if plain
                && step.status != StepStatus::Blocked
                && rule_step.blocked_if.as_ref().is_some_and(|c| t(c) == Truth::Unknown)
            {
                problems.push(format!("step {}.{} is {:?} though it may be blocked", route.id, step.id, step.status));
            }
            if let Some(cost) = &step.cost {
                let unknown_before = rule_step
                    .costs
                    .iter()
                    .take_while(|c| c.label.get("en") != cost.label || c.amount_pence != cost.amount_pence)
                    .filter(|c| c.from.is_none_or(|f| f <= today) && c.until.is_none_or(|u| today <= u))
                    .any(|c| c.condition.as_ref().is_some_and(|x| t(x) == Truth::Unknown));
                if unknown_before && !cost.conditional {
                    problems.push(format!("cost of {}.{} hides a fee that may apply", route.id, step.id));
                }
            }
        }
    }
    for w in &plan.warnings {
        let Some(rule) = ruleset.warnings.iter().find(|r| r.id == w.id) else { continue };
        let truth = t(&rule.condition);
        if truth != Truth::True && !(truth == Truth::Unknown && rule.help && w.conditional) {
            problems.push(format!("warning {} is stated though its condition is {truth:?}", w.id));
        }
    }
    for s in &plan.support {
        let rule = ruleset.support.iter().find(|r| r.id == s.id).unwrap();
        if rule.condition.as_ref().is_some_and(|c| t(c) == Truth::Unknown) && !s.conditional {
            problems.push(format!("organisation {} is shown as fitting on an unknown answer", s.id));
        }
    }
    problems
}

#[test]
fn replacing_any_answer_with_not_sure_never_states_what_depends_on_it() {
    let ruleset = crate::harness::ruleset();
    let mut checked = 0;
    for (name, s) in scenarios(&ruleset) {
        let keys: Vec<String> = s.answers.iter().map(|(k, _)| k.to_owned()).collect();
        for key in std::iter::once(None).chain(keys.iter().map(Some)) {
            let mut answers = s.answers.clone();
            if let Some(k) = key {
                answers.set(k.as_str(), Answer::NotSure);
            }
            let p = plan(&ruleset, &answers, s.today, "en");
            let problems = unknown_stated_as_fact(&ruleset, &answers, s.today, &p);
            assert!(problems.is_empty(), "{name} with {key:?} = not-sure:\n  {}", problems.join("\n  "));
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} plans checked");
}

#[test]
fn the_asylum_seeker_not_sure_of_status_is_not_told_the_refugee_waiver_applies() {
    let ruleset = crate::harness::ruleset();
    let mut a = Answers::default();
    for (k, v) in [
        ("profession", "physiotherapist"),
        ("trained-in", "overseas"),
        ("immigration-status", "not-sure"),
        ("region", "london"),
        ("uk-registration", "never"),
        ("fees-affordable", "partly"),
    ] {
        a.set(k, if v == "not-sure" { Answer::NotSure } else { Answer::Choice(v.into()) });
    }
    let p = plan(&ruleset, &a, jiff::civil::date(2026, 11, 22), "en");
    let route = p.route("hcpc-international").unwrap();
    let refugee = route.steps.iter().find(|s| s.id == "refugee-application").unwrap();
    assert_eq!(refugee.status, StepStatus::Check);
    assert!(refugee.why[0].starts_with("This step is only for some people"), "{:?}", refugee.why);
    let apply = route.steps.iter().find(|s| s.id == "apply").unwrap();
    let cost = apply.cost.as_ref().unwrap();
    assert!(cost.conditional);
    assert!(cost.note.as_deref().unwrap().contains("It may be free instead"), "{:?}", cost.note);
}

/// Plans for one scenario with `question` set to each of its options, and to not sure.
fn variations(ruleset: &Ruleset, answers: &Answers, question: &str) -> (Vec<Answers>, Answers) {
    let q = ruleset.question(question).unwrap();
    let each = q
        .option_values()
        .into_iter()
        .map(|v| {
            let mut a = answers.clone();
            a.set(question, Answer::Choice(v.to_owned()));
            a
        })
        .collect();
    let mut unsure = answers.clone();
    unsure.set(question, Answer::NotSure);
    (each, unsure)
}

#[test]
fn not_sure_never_hides_help_that_some_answer_would_show() {
    let ruleset = crate::harness::ruleset();
    let help: Vec<&str> = ruleset.warnings.iter().filter(|w| w.help).map(|w| w.id.as_str()).collect();
    assert!(!help.is_empty(), "the fee-help warnings are marked as help");
    for (name, s) in scenarios(&ruleset) {
        for question in ["fees-affordable", "immigration-status"] {
            let (each, unsure) = variations(&ruleset, &s.answers, question);
            let unsure_plan = plan(&ruleset, &unsure, s.today, "en");
            let shown = |p: &Plan| -> Vec<String> {
                p.warnings.iter().filter(|w| help.contains(&w.id.as_str())).map(|w| w.id.clone()).collect()
            };
            let unsure_help = shown(&unsure_plan);
            let unsure_support: Vec<&str> = unsure_plan.support.iter().map(|x| x.id.as_str()).collect();
            for a in &each {
                let p = plan(&ruleset, a, s.today, "en");
                for id in shown(&p) {
                    assert!(
                        unsure_help.contains(&id),
                        "{name}: help `{id}` shows for {question} = {:?} but not for not-sure",
                        a.get(question)
                    );
                }
                for org in &p.support {
                    assert!(
                        unsure_support.contains(&org.id.as_str()),
                        "{name}: organisation `{}` shows for {question} = {:?} but not for not-sure",
                        org.id,
                        a.get(question)
                    );
                }
            }
        }
    }
}

#[test]
fn every_warning_that_depends_on_fees_being_hard_to_pay_is_help() {
    let ruleset = crate::harness::ruleset();
    for w in &ruleset.warnings {
        if w.condition.questions().contains("fees-affordable") {
            assert!(w.help, "warning `{}` offers help with fees: mark it `help = true`", w.id);
        }
    }
}

#[test]
fn no_step_is_done_while_a_step_it_comes_after_is_still_to_do() {
    let ruleset = crate::harness::ruleset();
    let mut checked = 0;
    for (name, s) in scenarios(&ruleset) {
        let p = plan(&ruleset, &s.answers, s.today, "en");
        for route in &p.routes {
            let rule = ruleset.routes.iter().find(|r| r.id == route.id).unwrap();
            for step in route.steps.iter().filter(|x| x.status == StepStatus::Done) {
                for before in &step.after {
                    let Some(b) = route.steps.iter().find(|x| &x.id == before) else { continue };
                    let rule_b = rule.steps.iter().find(|x| &x.id == before).unwrap();
                    // An English result the person gave that no longer counts may need
                    // renewing after a later step: that is the only exception.
                    let renew = rule_b.category == requal::ruleset::raw::Category::English
                        && rule_b
                            .done_if
                            .as_ref()
                            .is_some_and(|c| truth(&ruleset, &s.answers, s.today, c) == Truth::False);
                    assert!(
                        b.status == StepStatus::Done || renew,
                        "{name}: {}.{} is done but {before}, which comes before it, is {:?}",
                        route.id,
                        step.id,
                        b.status
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 10, "only {checked} pairs checked");
}

#[test]
fn uk_graduates_are_never_given_steps_meant_for_international_graduates() {
    let ruleset = crate::harness::ruleset();
    let today = jiff::civil::date(2026, 12, 1);
    for profession in ruleset.question("profession").unwrap().option_values() {
        for registration in ["never", "lapsed", "current"] {
            let mut a = Answers::default();
            for (k, v) in [
                ("profession", profession),
                ("trained-in", "uk"),
                ("immigration-status", "british-or-settled"),
                ("region", "london"),
                ("uk-registration", registration),
            ] {
                a.set(k, Answer::Choice(v.into()));
            }
            let p = plan(&ruleset, &a, today, "en");
            for route in p.routes.iter().filter(|r| r.status != RouteStatus::NotOpen) {
                for step in &route.steps {
                    assert!(
                        step.category != requal::ruleset::raw::Category::English,
                        "UK-trained {profession} ({registration}): {}.{} asks for an English test",
                        route.id,
                        step.id
                    );
                    let text = format!("{} {}", step.title, step.detail.as_deref().unwrap_or(""));
                    assert!(
                        !text.contains("EPIC") && !text.contains("primary source"),
                        "UK-trained {profession} ({registration}): {}.{} asks for verification meant for overseas degrees",
                        route.id,
                        step.id
                    );
                }
            }
        }
    }
}

#[test]
fn every_reason_in_every_plan_has_its_message_and_arguments() {
    let ruleset = crate::harness::ruleset();
    let mut checked = 0;
    for (name, s) in scenarios(&ruleset) {
        for key in std::iter::once(None).chain(s.answers.iter().map(|(k, _)| Some(k.to_owned()))) {
            let mut answers = s.answers.clone();
            if let Some(k) = &key {
                answers.set(k.as_str(), Answer::NotSure);
            }
            let p = plan(&ruleset, &answers, s.today, "en");
            let reasons = p.routes.iter().flat_map(|r| {
                r.reasons.iter().chain(&r.reasons_not).chain(r.steps.iter().flat_map(|st| st.reasons.iter()))
            });
            let reasons = reasons.chain(p.roles.iter().flat_map(|r| r.reasons.iter().chain(&r.reasons_not)));
            for r in reasons {
                if let Err(e) = requal::ui::check(r) {
                    panic!("{name} with {key:?} not sure: {e}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "only {checked} reasons checked");
}
