//! The engine on hand-written answers over the mini ruleset: statuses, constraints,
//! English thresholds, three-valued answers, determinism.

use requal::answers::{Answer, Answers};
use requal::engine::{Plan, RouteStatus, StepStatus, plan};
use requal::load::load;
use requal::ruleset::{Ruleset, RulesetFiles};

fn mini() -> Ruleset {
    let files = RulesetFiles::from_dir(&crate::harness::fixture("rules-mini")).unwrap();
    load(&files).ruleset.expect("mini lints clean")
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    let mut a = Answers::default();
    a.set("profession", Answer::Choice("doctor".into()));
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

fn choice(s: &str) -> Answer {
    Answer::Choice(s.into())
}

fn grade(s: &str) -> Answer {
    Answer::Grade(s.into())
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

fn step(plan: &Plan, id: &str) -> StepStatus {
    plan.route("exams").unwrap().steps.iter().find(|s| s.id == id).unwrap().status
}

fn oet(writing: &str) -> Vec<(&'static str, Answer)> {
    vec![
        ("english-test", choice("oet")),
        ("oet-listening", grade("B")),
        ("oet-reading", grade("A")),
        ("oet-writing", grade(writing)),
        ("oet-speaking", grade("B")),
        ("english-test-date", Answer::Date(requal::date::PersonDate::day(jiff::civil::date(2026, 1, 10)))),
    ]
}

#[test]
fn oet_c_plus_writing_meets_a_c_plus_minimum_and_c_does_not() {
    let r = mini();
    assert_eq!(step(&plan(&r, &answers(&oet("C+")), today(), "en"), "english"), StepStatus::Done);
    let p = plan(&r, &answers(&oet("C")), today(), "en");
    let english = &p.route("exams").unwrap().steps[0];
    assert_eq!(english.status, StepStatus::Next);
    assert!(
        english.why.iter().any(|w| w == "your OET writing grade C is below the minimum of grade C+"),
        "{:?}",
        english.why
    );
}

#[test]
fn an_unanswered_exam_list_makes_exam_steps_checks_not_guesses() {
    let p = plan(&mini(), &answers(&[]), today(), "en");
    assert_eq!(step(&p, "exam-1"), StepStatus::Check);
}

#[test]
fn a_test_older_than_its_validity_does_not_count() {
    let mut a = oet("B");
    a.push(("english-test-date", Answer::Date(requal::date::PersonDate::day(jiff::civil::date(2024, 10, 1)))));
    let p = plan(&mini(), &answers(&a), today(), "en");
    let english = &p.route("exams").unwrap().steps[0];
    assert_eq!(english.status, StepStatus::Next);
    assert!(
        english.why.iter().any(|w| w.contains("is 25 months old; results count for 24 months")),
        "{:?}",
        english.why
    );
}

#[test]
fn an_unconfirmed_validity_limit_makes_an_old_test_a_check_not_a_fail() {
    let mut a = oet("B");
    a.push(("english-test-date", Answer::Date(requal::date::PersonDate::day(jiff::civil::date(2024, 10, 1)))));
    let mut r = mini();
    r.english.get_mut("reg-english").unwrap().validity_unconfirmed = true;
    let p = plan(&r, &answers(&a), today(), "en");
    let english = &p.route("exams").unwrap().steps[0];
    assert_eq!(english.status, StepStatus::Check);
    assert!(english.why.iter().any(|w| w.contains("may count for only 24 months (?)")), "{:?}", english.why);
}

#[test]
fn meeting_minimums_nobody_could_confirm_is_done_with_a_warning_to_check() {
    let mut r = mini();
    for a in &mut r.english.get_mut("reg-english").unwrap().accepts {
        a.fact.unconfirmed = true;
    }
    let p = plan(&r, &answers(&oet("B")), today(), "en");
    let english = &p.route("exams").unwrap().steps[0];
    assert_eq!(english.status, StepStatus::Done, "the person need not retake a test they pass");
    assert!(english.unconfirmed);
    let w = p.warnings.iter().find(|w| w.id == "done-but-not-confirmed").expect("raised at the top");
    assert!(
        w.text.contains("\"Meet the English requirement\"") && w.text.contains("Check them with the regulator"),
        "{}",
        w.text
    );
    assert!(english.why.iter().any(|w| w == "your OET results meet every minimum"), "{:?}", english.why);
    assert!(english.why.iter().any(|w| w.starts_with("these OET minimums are not confirmed")), "{:?}", english.why);
}

#[test]
fn a_check_step_still_says_it_is_blocked() {
    let a = answers(&[("immigration-status", choice("asylum-seeker")), ("exams-passed", Answer::NotSure)]);
    let p = plan(&mini(), &a, today(), "en");
    let exam2 = p.route("exams").unwrap().steps.iter().find(|s| s.id == "exam-2").unwrap();
    assert_eq!(exam2.status, StepStatus::Check);
    assert!(
        exam2
            .why
            .iter()
            .any(|w| w.starts_with("If it is not done yet, it is blocked: asylum seekers may not take paid work")),
        "{:?}",
        exam2.why
    );
}

#[test]
fn a_step_that_may_be_forbidden_is_a_check_not_next() {
    let a = answers(&[
        ("immigration-status", Answer::NotSure),
        ("exams-passed", Answer::Multi(vec!["exam-1".into()])),
        ("exam-1-date", Answer::Date(requal::date::PersonDate::day(today()))),
    ]);
    let p = plan(&mini(), &a, today(), "en");
    let exam2 = p.route("exams").unwrap().steps.iter().find(|s| s.id == "exam-2").unwrap();
    assert_eq!(exam2.status, StepStatus::Check);
    assert!(exam2.why.iter().any(|w| w.starts_with("Check first:")), "{:?}", exam2.why);
}

#[test]
fn a_missing_test_date_or_score_makes_the_english_step_a_check() {
    let mut a = oet("B");
    a.retain(|(k, _)| *k != "english-test-date");
    assert_eq!(step(&plan(&mini(), &answers(&a), today(), "en"), "english"), StepStatus::Check);
    let mut a = oet("B");
    a.push(("oet-speaking", Answer::NotSure));
    assert_eq!(step(&plan(&mini(), &answers(&a), today(), "en"), "english"), StepStatus::Check);
}

#[test]
fn a_false_answer_beats_an_unknown_one() {
    // Writing is too low, speaking is unknown: the requirement is plainly not met.
    let mut a = oet("D");
    a.push(("oet-speaking", Answer::NotSure));
    assert_eq!(step(&plan(&mini(), &answers(&a), today(), "en"), "english"), StepStatus::Next);
}

#[test]
fn an_asylum_seeker_is_blocked_from_paid_steps_and_roles_but_may_volunteer() {
    let a = answers(&[("immigration-status", choice("asylum-seeker")), ("exams-passed", Answer::Multi(vec![]))]);
    let p = plan(&mini(), &a, today(), "en");
    assert_eq!(step(&p, "exam-2"), StepStatus::Blocked);
    assert_eq!(step(&p, "apply"), StepStatus::Blocked, "comes after a blocked step");
    let worker = p.roles.iter().find(|r| r.id == "support-worker").unwrap();
    assert!(!worker.open);
    assert_eq!(worker.why_not, ["asylum seekers may not take paid work until the Home Office allows it"]);
    assert!(p.roles.iter().find(|r| r.id == "volunteer").unwrap().open);
    assert_eq!(p.route("sponsor").unwrap().status, RouteStatus::NotOpen);
    assert_eq!(p.route("sponsor").unwrap().why_not, ["this route is only for refugees"]);
    assert_eq!(p.route("sponsor").unwrap().meanwhile.as_deref(), Some("Work on your English."));
}

#[test]
fn not_sure_of_status_leaves_routes_possible_and_paid_roles_to_check() {
    let p = plan(&mini(), &answers(&[("immigration-status", Answer::NotSure)]), today(), "en");
    let sponsor = p.route("sponsor").unwrap();
    assert_eq!(sponsor.status, RouteStatus::Possible);
    assert!(sponsor.why_not[0].starts_with("Not sure yet: this route is only for refugees"), "{:?}", sponsor.why_not);
    let worker = p.roles.iter().find(|r| r.id == "support-worker").unwrap();
    assert!(!worker.open && worker.why_not[0].starts_with("Not sure yet:"), "{:?}", worker.why_not);
}

#[test]
fn the_lowest_ranked_open_route_is_recommended() {
    let p = plan(&mini(), &answers(&[("immigration-status", choice("refugee"))]), today(), "en");
    assert_eq!(p.recommended().unwrap().id, "exams");
    assert_eq!(p.route("sponsor").unwrap().status, RouteStatus::Possible);
    assert_eq!(p.routes[0].id, "exams", "the recommended route comes first");
}

#[test]
fn costs_follow_conditions_and_dates() {
    let r = mini();
    let refugee = plan(&r, &answers(&[("immigration-status", choice("refugee"))]), today(), "en");
    let cost = |p: &Plan| p.route("exams").unwrap().steps.iter().find(|s| s.id == "exam-1").unwrap().cost.clone();
    assert_eq!(cost(&refugee).unwrap().display, "free");
    let other = plan(&r, &answers(&[("immigration-status", choice("asylum-seeker"))]), today(), "en");
    let fee = cost(&other).unwrap();
    assert_eq!((fee.display.as_str(), fee.unconfirmed), ("£268", true));
    // Not confirmed: marked (the document's "(?)"), never a maintainer's note spelled out.
    assert_eq!(fee.note, None);
    // Before the fee's `from` date no fee applies.
    let early =
        plan(&r, &answers(&[("immigration-status", choice("asylum-seeker"))]), jiff::civil::date(2026, 3, 1), "en");
    assert!(cost(&early).is_none());
}

#[test]
fn fees_still_to_pay_add_up_the_steps_not_done() {
    let a = answers(&[("immigration-status", choice("asylum-seeker")), ("exams-passed", Answer::Multi(vec![]))]);
    let p = plan(&mini(), &a, today(), "en");
    let fees = p.fees.expect("exam 1 has a fee");
    assert_eq!((fees.route.as_str(), fees.display.as_str(), fees.count, fees.unconfirmed), ("exams", "£268", 1, 1));
    let done = answers(&[
        ("exams-passed", Answer::Multi(vec!["exam-1".into()])),
        ("exam-1-date", Answer::Date(requal::date::PersonDate::day(today()))),
    ]);
    assert!(plan(&mini(), &done, today(), "en").fees.is_none(), "a fee for a step already done is not counted");
}

#[test]
fn next_steps_are_the_next_and_check_steps_of_the_recommended_route() {
    let p = plan(&mini(), &answers(&[("immigration-status", choice("refugee"))]), today(), "en");
    let next: Vec<(&str, StepStatus)> = p.next_steps.iter().map(|n| (n.step.as_str(), n.status)).collect();
    assert_eq!(next, [("english", StepStatus::Check), ("exam-1", StepStatus::Check), ("exam-2", StepStatus::Check)]);
}

#[test]
fn support_is_filtered_by_region_and_profession() {
    let r = mini();
    let nw = plan(&r, &answers(&[("region", choice("north-west"))]), today(), "en");
    assert_eq!(nw.support.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["national", "north-west-doctors"]);
    let london = plan(&r, &answers(&[("region", choice("london"))]), today(), "en");
    assert_eq!(london.support.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["national"]);
}

#[test]
fn when_no_route_is_open_the_plan_says_whom_to_ask() {
    let a = answers(&[("immigration-status", choice("asylum-seeker"))]);
    let mut r = mini();
    r.routes.retain(|x| x.id == "sponsor");
    let p = plan(&r, &a, today(), "en");
    let w = p.warnings.iter().find(|w| w.id == "no-open-route").expect("a warning");
    assert!(w.text.contains("Ask The Regulator about your case"), "{}", w.text);
}

#[test]
fn no_profession_means_no_routes_and_a_warning() {
    let mut a = Answers::default();
    a.set("region", choice("london"));
    let p = plan(&mini(), &a, today(), "en");
    assert!(p.routes.is_empty());
    assert_eq!(p.warnings[0].id, "profession-unknown");
}

#[test]
fn sources_are_flagged_overdue_after_fresh_days() {
    let p = plan(&mini(), &answers(&[]), today(), "en");
    let exams = &p.route("exams").unwrap().sources[0];
    assert_eq!(
        (exams.verified.as_str(), exams.overdue),
        ("2026-01-01", true),
        "checked 325 days before, fresh-days is 180"
    );
}

#[test]
fn planning_is_deterministic() {
    let r = mini();
    let a = answers(&oet("C+"));
    assert_eq!(plan(&r, &a, today(), "en"), plan(&r, &a, today(), "en"));
}

#[test]
fn the_built_in_model_makes_the_same_plans_as_reading_the_rule_files() {
    let read = crate::harness::ruleset();
    let built = requal::load::built_in();
    assert_eq!(built.hash, read.hash, "the model is of the same rule files");
    let files = RulesetFiles::embedded();
    let mut compared = 0;
    for (rel, text) in files.scenario_files() {
        let mut map = requal::diagnostic::SourceMap::default();
        let file = map.add(requal::diagnostic::SourceFile::new(rel.clone(), text.clone()));
        let s = requal::scenario::parse(text, file, &read).unwrap();
        assert_eq!(plan(&built, &s.answers, s.today, "en"), plan(&read, &s.answers, s.today, "en"), "{rel}");
        compared += 1;
    }
    assert!(compared > 90);
}
