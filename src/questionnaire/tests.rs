//! In-process tests of the interview loop, driven by `ScriptedPrompter` on the shipped rules.

use super::*;
use crate::condition::Truth;
use crate::engine::{RouteStatus, StepStatus};
use crate::ruleset::RulesetFiles;
use std::sync::OnceLock;

fn rules() -> &'static Ruleset {
    static RULES: OnceLock<Ruleset> = OnceLock::new();
    RULES.get_or_init(|| crate::load::load(&RulesetFiles::embedded()).ruleset.expect("the shipped rules load"))
}

fn today() -> Date {
    Date::constant(2026, 11, 22)
}

/// The refugee nurse of the issue, up to (not including) the review screen.
const NURSE: &[&str] = &[
    "profession=nurse",
    "trained-in=overseas",
    "immigration-status=refugee",
    "region=north-west",
    "uk-registration=never",
    "years-out-of-practice=1",
    "english-test=oet",
    "oet-listening=B",
    "oet-reading=B",
    "oet-writing=C+",
    "oet-speaking=B",
    "english-test-date=2026-06-10",
    "exams-passed=",
    "fees-affordable=partly",
];

/// A refugee doctor in the East of England with IELTS 7.0 overall and 6.5 writing.
const DOCTOR: &[&str] = &[
    "profession=doctor",
    "trained-in=overseas",
    "immigration-status=refugee",
    "region=east-of-england",
    "uk-registration=never",
    "years-out-of-practice=2",
    "internship-completed=yes",
    "english-test=ielts",
    "ielts-listening=7.5",
    "ielts-reading=7.5",
    "ielts-writing=6.5",
    "ielts-speaking=7",
    "ielts-overall=7",
    "english-test-date=2026-05-01",
    "exams-passed=",
    "postgraduate-qualification=no",
    "specialist-training-completed=no",
    "fees-affordable=no",
];

fn script(parts: &[&[&str]]) -> ScriptedPrompter {
    ScriptedPrompter::new(parts.iter().flat_map(|p| p.iter().copied()))
}

struct Run {
    ending: Ending,
    plans: Vec<Plan>,
    p: ScriptedPrompter,
}

fn run_session(answers: Answers, resumed: Option<Resumed>, dir: &std::path::Path, mut p: ScriptedPrompter) -> Run {
    let setup = Setup { ruleset: rules(), today: today(), lang: "en", answers, resumed, dir: dir.to_owned() };
    let mut plans = Vec::new();
    let ending = session(setup, &mut p, &mut |plan: &Plan, detail| {
        if detail == crate::cli::Detail::Short {
            plans.push(plan.clone());
            "short".to_owned()
        } else {
            "full".to_owned()
        }
    })
    .unwrap_or_else(|e| panic!("{e}\ntranscript:\n{}", p.transcript.join("\n")));
    assert_eq!(p.remaining(), 0, "script steps left over; transcript:\n{}", p.transcript.join("\n"));
    Run { ending, plans, p }
}

fn interview(answers: Answers, start: Start, p: &mut ScriptedPrompter) -> (Outcome, Answers) {
    let mut i = Interview::new(rules(), answers, today(), "en");
    let outcome = i.run(start, p).unwrap_or_else(|e| panic!("{e}\ntranscript:\n{}", p.transcript.join("\n")));
    (outcome, i.into_answers())
}

fn said(p: &ScriptedPrompter, text: &str) -> bool {
    p.transcript.iter().any(|t| t.contains(text))
}

fn step(plan: &Plan, route: &str, step: &str) -> StepStatus {
    plan.route(route)
        .and_then(|r| r.steps.iter().find(|s| s.id == step))
        .map(|s| s.status)
        .unwrap_or_else(|| panic!("no step {route}.{step}"))
}

#[test]
fn refugee_nurse_gets_the_nmc_plan_with_english_met_then_documents_eligibility_cbt_and_osce() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "no handout", "no"]]),
    );
    assert_eq!(run.ending, Ending { outcome: Outcome::Finished, saved: None, handout: None });
    let plan = &run.plans[0];
    assert_eq!(plan.recommended().map(|r| r.id.as_str()), Some("nmc-overseas"));
    assert_eq!(step(plan, "nmc-overseas", "english"), StepStatus::Done);
    // Documents first: the eligibility application needs them. The NMC lets you book the CBT
    // only once it has accepted your eligibility application.
    assert_eq!(step(plan, "nmc-overseas", "documents"), StepStatus::Next);
    assert_eq!(step(plan, "nmc-overseas", "eligibility"), StepStatus::Todo);
    assert_eq!(step(plan, "nmc-overseas", "cbt"), StepStatus::Todo);
    assert_eq!(step(plan, "nmc-overseas", "osce"), StepStatus::Todo);
    assert!(plan.roles.iter().any(|r| r.id == "healthcare-support-worker" && r.open));
    assert!(said(&run.p, "Question 1 — "));
    assert!(said(&run.p, "Nothing was saved."));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written without choosing to save");
}

#[test]
fn only_relevant_questions_are_asked() {
    let mut p = script(&[NURSE, &["show my plan"]]);
    let (outcome, answers) = interview(Answers::default(), Start::Questions, &mut p);
    assert_eq!(outcome, Outcome::Finished);
    for never in
        ["internship-completed", "ielts-writing", "asylum-claim-months", "plab-1-date", "postgraduate-qualification"]
    {
        assert!(!p.asked.iter().any(|a| a == never), "{never} asked of a nurse");
        assert!(answers.get(never).is_none());
    }
    assert_eq!(answers.get("oet-writing"), Some(&Answer::Grade("C+".to_owned())));
    assert_eq!(answers.get("exams-passed"), Some(&Answer::Multi(Vec::new())));
}

#[test]
fn back_goes_to_the_previous_question_and_keeps_its_answer_as_default() {
    let mut p = ScriptedPrompter::new(
        ["profession=nurse", "trained-in=overseas", "immigration-status=back", "trained-in=back", "profession=doctor"]
            .into_iter()
            .chain(["trained-in=overseas", "immigration-status=quit", "no, do not save"]),
    );
    let (outcome, answers) = interview(Answers::default(), Start::Questions, &mut p);
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(
        p.asked,
        [
            "profession",
            "trained-in",
            "immigration-status",
            "trained-in",
            "profession",
            "trained-in",
            "immigration-status"
        ]
    );
    assert_eq!(answers.get("profession"), Some(&Answer::Choice("doctor".to_owned())));
}

#[test]
fn back_is_refused_at_the_first_question() {
    let mut p = ScriptedPrompter::new(["back", "quit"]);
    let (outcome, _) = interview(Answers::default(), Start::Questions, &mut p);
    assert_eq!(outcome, Outcome::Quit);
    assert!(said(&p, "invalid: this is the first question"));
}

#[test]
fn going_back_and_changing_an_answer_drops_answers_that_no_longer_apply() {
    // English test IELTS, scores entered, then back through them to change the test to "none".
    let mut p = ScriptedPrompter::new(
        DOCTOR[..9]
            .iter()
            .copied()
            .chain(["ielts-reading=back", "ielts-listening=back", "english-test=none"])
            .chain(["quit", "no, do not save"]),
    );
    let (_, answers) = interview(Answers::default(), Start::Questions, &mut p);
    assert!(said(&p, "Dropped your answer to \"IELTS listening score\" (7.5) because it no longer applies."));
    assert!(answers.get("ielts-listening").is_none());
    assert_eq!(answers.get("english-test"), Some(&Answer::Choice("none".to_owned())));
}

#[test]
fn changing_an_answer_in_the_review_drops_answers_and_asks_new_questions() {
    let mut p = script(&[
        DOCTOR,
        &["english test", "english-test=oet", "oet-listening=B", "oet-reading=B", "oet-writing=B", "oet-speaking=A"],
        &["show my plan"],
    ]);
    let (outcome, answers) = interview(Answers::default(), Start::Questions, &mut p);
    assert_eq!(outcome, Outcome::Finished);
    for part in ["listening", "reading", "writing", "speaking", "overall"] {
        assert!(answers.get(&format!("ielts-{part}")).is_none());
    }
    assert!(said(&p, "Dropped your answer to \"IELTS writing score\" (6.5) because it no longer applies."));
    assert!(said(&p, "Change your answer: English test"));
    let after_review = p.asked.iter().position(|a| a == "oet-listening").unwrap();
    assert!(
        after_review > p.asked.iter().position(|a| a == "fees-affordable").unwrap(),
        "the OET questions came after the review"
    );
    assert_eq!(answers.get("oet-speaking"), Some(&Answer::Grade("A".to_owned())));
}

#[test]
fn a_review_change_that_makes_nothing_new_relevant_returns_to_the_review() {
    let mut p = script(&[NURSE, &["region", "region=london", "show my plan"]]);
    let (outcome, answers) = interview(Answers::default(), Start::Questions, &mut p);
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(answers.get("region"), Some(&Answer::Choice("london".to_owned())));
    assert_eq!(p.asked.iter().filter(|a| *a == "region").count(), 2);
}

#[test]
fn back_from_a_review_change_keeps_the_answer() {
    let mut p = script(&[NURSE, &["region", "region=back", "show my plan"]]);
    let (_, answers) = interview(Answers::default(), Start::Questions, &mut p);
    assert_eq!(answers.get("region"), Some(&Answer::Choice("north-west".to_owned())));
}

#[test]
fn not_sure_about_the_english_test_gives_a_check_step() {
    let mut doctor: Vec<&str> =
        DOCTOR.iter().copied().filter(|s| !s.starts_with("ielts-") && !s.starts_with("english-test-date")).collect();
    let at = doctor.iter().position(|s| s.starts_with("english-test=")).unwrap();
    doctor[at] = "english-test=not sure";
    let dir = tempfile::tempdir().unwrap();
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[&doctor, &["show my plan", "go on", "no handout", "no"]]),
    );
    assert!(!run.p.asked.iter().any(|a| a.starts_with("ielts-")));
    assert_eq!(step(&run.plans[0], "gmc-plab", "english"), StepStatus::Check);
}

#[test]
fn not_sure_is_refused_where_the_question_does_not_allow_it() {
    let mut p = ScriptedPrompter::new(["profession=not sure", "quit"]);
    interview(Answers::default(), Start::Questions, &mut p);
    assert!(said(&p, "invalid: this question needs an answer"));
}

#[test]
fn invalid_numbers_and_future_dates_are_asked_again() {
    let mut p = script(&[
        &DOCTOR[..9],
        &["ielts-reading=7.3", "ielts-reading=10", "ielts-reading=abc", "ielts-reading=7,5"],
        &DOCTOR[10..12],
        &[
            "ielts-overall=7",
            "english-test-date=2027-01-01",
            "english-test-date=2026-02-30",
            "english-test-date=2026-05-01",
            "quit",
            "no, do not save",
        ],
    ]);
    let (_, answers) = interview(Answers::default(), Start::Questions, &mut p);
    assert!(said(&p, "invalid: 7.3 is not a step of 0.5 (for example 7 or 7.5)"));
    assert!(said(&p, "invalid: 10 is above the highest allowed value, 9"));
    assert!(said(&p, "invalid: please type a number"));
    assert!(said(&p, "invalid: 2027-01-01 is in the future (today is 2026-11-22)"));
    assert!(said(&p, "invalid: `2026-02-30` is not a real date"));
    assert_eq!(answers.get("ielts-reading"), Some(&Answer::Number(7.5)));
    assert_eq!(
        answers.get("english-test-date"),
        Some(&Answer::Date(crate::date::PersonDate::day(Date::constant(2026, 5, 1))))
    );
}

#[test]
fn progress_counts_down() {
    let mut p = script(&[&NURSE[..3], &["quit", "no, do not save"]]);
    interview(Answers::default(), Start::Questions, &mut p);
    let progress: Vec<&String> = p.transcript.iter().filter(|t| t.starts_with("Question ")).collect();
    assert_eq!(progress.len(), 4);
    // At first the route decides how many questions follow: only a floor is promised.
    assert!(progress[0].starts_with("Question 1 — ") && progress[0].ends_with("or more left"), "{}", progress[0]);
    assert!(progress[3].starts_with("Question 4 — "), "{}", progress[3]);
}

#[test]
fn not_sure_answers_do_not_keep_unaskable_questions_in_the_count() {
    // With the English test "not sure", the IELTS and OET questions can never be asked.
    let mut answers = Answers::default();
    answers.set("profession".to_owned(), Answer::Choice("doctor".to_owned()));
    answers.set("trained-in".to_owned(), Answer::Choice("overseas".to_owned()));
    let with_unknown_test = estimate_left(rules(), &answers, today(), None);
    answers.set("english-test".to_owned(), Answer::NotSure);
    let after = estimate_left(rules(), &answers, today(), None);
    assert!(after + 10 <= with_unknown_test, "{with_unknown_test} then {after}");
    assert_eq!(after, relevant_unanswered_or_pending(&answers));
}

/// Unanswered questions that are relevant now, or whose ask-if still waits on an answer.
fn relevant_unanswered_or_pending(answers: &Answers) -> usize {
    let person = crate::engine::Person { ruleset: rules(), answers, today: today(), lang: "en" };
    rules()
        .questions()
        .iter()
        .filter(|q| answers.get(&q.id).is_none())
        .filter(|q| {
            q.ask_if.as_ref().is_none_or(|c| {
                let t = c.evaluate(&person).truth;
                t == Truth::True || (t == Truth::Unknown && c.questions().iter().any(|id| answers.get(id).is_none()))
            })
        })
        .count()
}

#[test]
fn ticking_an_exam_and_not_sure_together_is_refused_and_asked_again() {
    let at = NURSE.iter().position(|s| s.starts_with("exams-passed=")).unwrap();
    let mut p = script(&[
        &NURSE[..at],
        &["exams-passed=nmc-cbt, not sure", "exams-passed=nmc-cbt", "nmc-cbt-date=2026-09-01"],
        &NURSE[at + 1..],
        &["show my plan"],
    ]);
    let (_, answers) = interview(Answers::default(), Start::Questions, &mut p);
    let q = rules().question("exams-passed").unwrap();
    let cbt = q.option("nmc-cbt").unwrap().label.english();
    let refused = format!("invalid: You ticked \"Not sure\" and also {cbt}: untick one of them.");
    assert!(said(&p, &refused), "{}", p.transcript.join("\n"));
    assert_eq!(answers.get("exams-passed"), Some(&Answer::Multi(vec!["nmc-cbt".to_owned()])));
    assert!(p.asked.iter().any(|a| a == "nmc-cbt-date"), "the CBT was kept, so its date is asked");
    assert!(said(&p, &format!("  {}: {cbt}", capitalise(q.label.english()))), "{}", p.transcript.join("\n"));
}

/// An `Ask` for `q` with no prompt text, progress or earlier answer.
fn bare_ask<'a>(q: &'a Question, back: Option<&'a str>) -> Ask<'a> {
    Ask {
        question: q,
        ruleset: rules(),
        lang: "en",
        today: today(),
        prompt: String::new(),
        help: None,
        progress: String::new(),
        current: None,
        back,
        answers: no_answers(),
    }
}

fn no_answers() -> &'static Answers {
    static EMPTY: OnceLock<Answers> = OnceLock::new();
    EMPTY.get_or_init(Answers::default)
}

#[test]
fn each_profession_is_offered_its_own_exams() {
    let q = rules().question("exams-passed").unwrap();
    let offered = |profession: &str| {
        let mut answers = Answers::default();
        answers.set("profession", Answer::Choice(profession.to_owned()));
        let ask = Ask { answers: &answers, ..bare_ask(q, None) };
        ask.offered().iter().map(|o| o.value.clone()).collect::<Vec<_>>()
    };
    assert_eq!(offered("nurse"), ["nmc-cbt", "nmc-osce"]);
    assert_eq!(offered("doctor"), ["plab-1", "plab-2"]);
    assert_eq!(offered("dentist"), ["ore-1", "ore-2"]);
    // Not knowing the profession offers them all rather than none.
    assert_eq!(bare_ask(q, None).offered().len(), 6);
}

#[test]
fn not_sure_or_back_must_be_ticked_alone() {
    let q = rules().question("exams-passed").unwrap();
    let ask = bare_ask(q, Some(crate::ui::word("interview-back", "en")));
    let plab = || vec!["plab-1".to_owned()];
    let label = q.option("plab-1").unwrap().label.english();
    let err = ticked(&ask, plab(), true, false).unwrap_err();
    assert_eq!(err, format!("You ticked \"Not sure\" and also {label}: untick one of them."));
    assert!(!err.contains('\n'));
    assert!(ticked(&ask, plab(), false, true).unwrap_err().starts_with("You ticked \"Back to the previous question\""));
    assert_eq!(ticked(&ask, vec![], true, false), Ok(Reply::Answer(Answer::NotSure)));
    assert_eq!(ticked(&ask, vec![], false, true), Ok(Reply::Back));
    assert_eq!(ticked(&ask, plab(), false, false), Ok(Reply::Answer(Answer::Multi(plab()))));
}

#[test]
fn the_review_shows_numbers_the_same_typed_or_from_a_file() {
    // Typed: "2.0" and "6,5"; from a file: 2 and 6.5. Both review screens read "2" and "6.5".
    let mut typed: Vec<&str> = DOCTOR.to_vec();
    let years = typed.iter().position(|s| s.starts_with("years-out-of-practice=")).unwrap();
    typed[years] = "years-out-of-practice=2.0";
    let writing = typed.iter().position(|s| s.starts_with("ielts-writing=")).unwrap();
    typed[writing] = "ielts-writing=6,5";
    let mut p = script(&[&typed, &["show my plan"]]);
    let (_, answers) = interview(Answers::default(), Start::Questions, &mut p);
    let review = |p: &ScriptedPrompter| -> Vec<String> {
        p.transcript.iter().filter(|t| t.starts_with("  ")).map(|t| t.trim().to_owned()).collect()
    };
    let typed_review = review(&p);
    assert!(typed_review.iter().any(|l| l.ends_with("out of practice: 2")), "{typed_review:#?}");
    assert!(
        typed_review.iter().any(|l| l.ends_with(": 6.5") && l.to_lowercase().contains("writing")),
        "{typed_review:#?}"
    );
    assert!(!typed_review.iter().any(|l| l.ends_with(".0")), "{typed_review:#?}");

    let text = crate::answers::to_toml(&answers, None, rules());
    assert!(text.contains("years-out-of-practice = 2\n"), "{text}");
    let mut files = crate::diagnostic::SourceMap::default();
    let file = files.add(crate::diagnostic::SourceFile::new("a.toml".to_owned(), text.clone()));
    let from_file = crate::answers::parse(&text, file, rules(), today(), "en").expect("reads back").answers;
    let mut p = ScriptedPrompter::new(["show my plan"]);
    interview(from_file, Start::Review, &mut p);
    assert_eq!(review(&p), typed_review, "the review differs between typed answers and a file");
}

#[test]
fn the_first_screen_says_how_to_stop_with_and_without_saving() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_session(Answers::default(), None, dir.path(), ScriptedPrompter::new(["quit"]));
    assert!(said(&run.p, "To stop, choose Quit (or press Esc): you can save your answers first."));
    assert!(said(&run.p, "Ctrl-C stops at once, without saving."));
}

#[test]
fn ctrl_c_says_plainly_that_nothing_was_saved() {
    let none = stopped_message(&[]);
    assert!(none.contains("Stopped (Ctrl-C). Nothing was saved"), "{none}");
    assert!(none.contains("choose Quit (or press Esc)"), "{none}");
    let some = stopped_message(&[std::path::PathBuf::from("requal-plan-2026-11-22.html")]);
    assert!(some.contains("Nothing else was saved") && some.contains("requal-plan-2026-11-22.html"), "{some}");
}

#[test]
fn sigterm_and_sighup_say_why_and_exit_128_plus_the_signal() {
    assert_eq!((Stop::CtrlC.code(), Stop::Terminated.code(), Stop::HungUp.code()), (130, 143, 129));
    let none = stopped_by(Stop::Terminated, &[]);
    assert!(none.contains("Stopped (requal was asked to stop). Nothing was saved"), "{none}");
    let some = stopped_by(Stop::HungUp, &[std::path::PathBuf::from("s.toml")]);
    assert!(
        some.contains("Stopped (the terminal was closed). Nothing else was saved. Saved before: s.toml."),
        "{some}"
    );
}

#[test]
fn a_handout_is_saved_only_when_chosen_privately_and_never_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    // Declined: nothing written, and it says so.
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "no handout", "no"]]),
    );
    assert!(said(&run.p, "? Save a handout of this plan, to print or take home?"));
    assert!(said(&run.p, "No handout was saved."));
    assert_eq!(run.ending.handout, None);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    // Chosen, under the default name; the session is then still offered.
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "yes", "", "no"]]),
    );
    let path = run.ending.handout.clone().expect("a handout");
    assert_eq!(path, dir.path().join("requal-plan-2026-11-22.html"));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!doctype html>"), "{}", &html[..80.min(html.len())]);
    assert_eq!(html, crate::render::html(&run.plans[0], "en", crate::render::Detail::Full));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert!(said(&run.p, "Open it in a web browser to read or print it."));
    assert!(said(&run.p, "Your answers were not saved (only the handout was)."));
    assert_eq!(run.ending.saved, None);

    // Again: the default moves on to a free name; naming the existing file asks first.
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "yes", "requal-plan-2026-11-22.html", "another name", "", "no"]]),
    );
    assert!(said(&run.p, "requal-plan-2026-11-22.html already exists. Replace it?"));
    assert_eq!(run.ending.handout, Some(dir.path().join("requal-plan-2026-11-22-2.html")));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), html, "the first handout is untouched");
    assert_eq!(default_handout_name(dir.path(), today()), dir.path().join("requal-plan-2026-11-22-3.html"));
    // Only the two handouts: no temporary files.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}
#[test]
fn quitting_offers_to_save_and_saves_nothing_when_declined() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_session(Answers::default(), None, dir.path(), script(&[&NURSE[..4], &["quit", "no"]]));
    assert_eq!(run.ending, Ending { outcome: Outcome::Quit, saved: None, handout: None });
    assert!(said(&run.p, "? Save your answers so far before you go?"));
    assert!(said(&run.p, "Nothing was saved."));
    assert!(run.plans.is_empty());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Esc (or Quit) at a question, then Esc or "Go back" in the menu it opens: the same
/// question again, nothing lost; quitting takes a deliberate choice.
#[test]
fn quitting_asks_first_and_esc_or_go_back_returns_to_the_same_question() {
    let dir = tempfile::tempdir().unwrap();
    let steps: &[&str] = &[
        "region=quit",
        "esc",
        "region=quit",
        "go back to the questions",
        "region=north-west",
        "uk-registration=quit",
        "yes",
        "",
    ];
    let run = run_session(Answers::default(), None, dir.path(), script(&[&NURSE[..3], steps]));
    let menus = run.p.transcript.iter().filter(|t| *t == "? Save your answers so far before you go?").count();
    assert_eq!(menus, 3);
    let at = run.p.transcript.iter().position(|t| t == "? Save your answers so far before you go?").unwrap();
    assert_eq!(
        run.p.transcript[at + 1..at + 4],
        ["  Go back to the questions", "  Yes, save it to a file", "  No, do not save"]
    );
    assert_eq!(run.p.asked.iter().filter(|a| *a == "region").count(), 3, "{:?}", run.p.asked);
    assert_eq!(run.ending.outcome, Outcome::SaveAndQuit);
    let saved = run.ending.saved.expect("saved");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("region = \"north-west\"") && text.contains("progress = \"unfinished\""), "{text}");
    // Asked once whether to save, not again after choosing to.
    assert_eq!(run.p.transcript.iter().filter(|t| t.contains("before you go?")).count(), 3);
}

/// In the review, Esc and Quit open the same menu; going back shows the list again, and a
/// question opened from the list comes back after Esc in the menu.
#[test]
fn quitting_from_the_review_can_go_back_to_the_list_or_the_question() {
    let mut p = script(&[
        NURSE,
        &["esc", "esc", "quit (you can save first)", "go back to the list"],
        &["region", "region=quit", "esc", "region=london", "show my plan"],
    ]);
    let (outcome, answers) = interview(Answers::default(), Start::Questions, &mut p);
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(p.remaining(), 0);
    assert!(said(&p, "  Go back to the list of answers"));
    assert_eq!(p.transcript.iter().filter(|t| *t == "? Your answers. Choose one to change it, or go on").count(), 4);
    assert_eq!(p.asked.iter().filter(|a| *a == "region").count(), 3);
    assert_eq!(answers.get("region"), Some(&Answer::Choice("london".to_owned())));
}

#[test]
fn the_end_shows_the_plan_in_short_first_then_the_whole_plan_a_screen_at_a_time_if_asked() {
    let dir = tempfile::tempdir().unwrap();
    let script = [NURSE, &["show my plan", "read the whole plan", "no handout", "no"]].concat();
    let run = run_session(Answers::default(), None, dir.path(), ScriptedPrompter::new(script));
    let shown: Vec<(&str, bool)> = run.p.shown.iter().map(|(t, page)| (t.as_str(), *page)).collect();
    assert_eq!(shown, [("short", false), ("full", true)], "the short plan, not paged; then the full plan, paged");
    assert!(said(&run.p, "That is your plan in short. What next?"));
    // Going on skips the whole plan.
    let script = [NURSE, &["show my plan", "go on", "no handout", "no"]].concat();
    let run = run_session(Answers::default(), None, dir.path(), ScriptedPrompter::new(script));
    assert_eq!(run.p.shown.len(), 1);
}

#[test]
fn after_resuming_a_change_is_headed_by_the_question_label_not_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let resumed = Resumed { path: dir.path().join("s.toml"), session: None };
    let run = run_session(
        nurse_answers(),
        Some(resumed),
        dir.path(),
        ScriptedPrompter::new(["no more", "region:", "region=london", "show my plan", "go on", "no handout", "no"]),
    );
    assert!(said(&run.p, "Change your answer: Region"), "{:#?}", run.p.transcript);
    assert!(!said(&run.p, "Change your answer: region"));
}

#[test]
fn quitting_before_any_answer_does_not_offer_to_save() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_session(Answers::default(), None, dir.path(), ScriptedPrompter::new(["quit"]));
    assert_eq!(run.ending.saved, None);
    assert!(!said(&run.p, "Save"));
}

#[test]
fn saving_writes_a_private_answers_file_with_a_session_table_that_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "no handout", "yes", ""]]),
    );
    let path = run.ending.saved.expect("saved");
    assert_eq!(path, dir.path().join("requal-session-2026-11-22.toml"));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# This file holds personal information"), "{text}");
    assert!(text.contains("profession = \"nurse\""));
    assert!(text.contains("[session]"));
    assert!(text.contains("progress = \"finished\""));
    assert!(text.contains("route nmc-overseas | "));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let mut files = crate::diagnostic::SourceMap::default();
    let file = files.add(crate::diagnostic::SourceFile::new("saved".to_owned(), text.clone()));
    let parsed = crate::answers::parse(&text, file, rules(), today(), "en").expect("the saved file reads back");
    let session = parsed.session.expect("a session table");
    assert_eq!(session.hash, rules().hash);
    assert_eq!(session.saved, "2026-11-22");
    assert_eq!(session.plan, summary(&run.plans[0]));
    // Only the file itself is left: no temporary files.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn saving_never_replaces_a_file_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let taken = dir.path().join("mine.toml");
    std::fs::write(&taken, "keep me").unwrap();
    // Name the existing file, refuse to replace it, take the offered default instead.
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "no handout", "yes", "mine.toml", "another name", ""]]),
    );
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "keep me");
    assert_eq!(run.ending.saved, Some(dir.path().join("requal-session-2026-11-22.toml")));
    assert!(said(&run.p, "mine.toml already exists. Replace it?"));
    // And replacing it when asked to.
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "no handout", "yes", "mine.toml", "yes, replace"]]),
    );
    assert_eq!(run.ending.saved, Some(taken.clone()));
    assert!(std::fs::read_to_string(&taken).unwrap().contains("[session]"));
}

#[test]
fn write_private_refuses_to_overwrite_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    assert!(write_private(&path, "one", false).unwrap().leftover.is_none());
    let err = write_private(&path, "two", false).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "one");
    assert!(write_private(&path, "three", true).unwrap().leftover.is_none());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "three");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_temporary_file_left_by_an_earlier_run_does_not_stop_a_save() {
    // Earlier versions named the temporary file after the process id only, which is often
    // the same from run to run in a container; a run killed mid-save left it behind.
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(format!(".s.toml.{}.tmp", std::process::id()));
    std::fs::write(&stale, "left by a killed run").unwrap();
    let path = dir.path().join("s.toml");
    assert!(write_private(&path, "mine", false).unwrap().leftover.is_none());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // The other run's file is not ours to remove; ours is gone.
    assert_eq!(std::fs::read_to_string(&stale).unwrap(), "left by a killed run");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);

    // Through the session too: saved under the default name, no "File exists".
    let stale = dir.path().join(format!(".requal-session-2026-11-22.toml.{}.tmp", std::process::id()));
    std::fs::write(&stale, "left by a killed run").unwrap();
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "no handout", "yes", ""]]),
    );
    assert_eq!(run.ending.saved, Some(dir.path().join("requal-session-2026-11-22.toml")));
    assert!(!said(&run.p, "Could not save"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 4, "no temporary file of ours is left");
}

#[test]
fn temporary_names_differ_every_time_and_a_taken_name_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".taken"), "not ours").unwrap();
    let mut names = [".taken", ".taken", ".free"].into_iter().map(str::to_owned);
    let (tmp, _file) = save::create_temp(dir.path(), &mut || names.next().unwrap()).unwrap();
    assert_eq!(tmp, dir.path().join(".free"));
    assert_eq!(std::fs::read_to_string(dir.path().join(".taken")).unwrap(), "not ours");
    // Every name taken: an error that says what went wrong, and nothing touched.
    let err = save::create_temp(dir.path(), &mut || ".taken".to_owned()).unwrap_err();
    assert!(err.to_string().contains("could not make a temporary file"), "{err}");
    assert_eq!(std::fs::read_to_string(dir.path().join(".taken")).unwrap(), "not ours");
    // The real names: unique in one process, hidden, and naming the file.
    let a = save::create_temp(dir.path(), &mut || save::temp_name("x.toml")).unwrap().0;
    let b = save::create_temp(dir.path(), &mut || save::temp_name("x.toml")).unwrap().0;
    assert_ne!(a, b);
    let a = a.file_name().unwrap().to_string_lossy().into_owned();
    assert!(a.starts_with(".x.toml.") && a.ends_with(".tmp"), "{a}");
}

#[test]
fn a_temporary_file_that_cannot_be_removed_is_a_warning_not_a_failed_save() {
    let written = Written { leftover: None };
    assert_eq!(written.warning("en"), None);
    let leftover = std::path::PathBuf::from(".s.toml.1-2-3.tmp");
    let written = Written { leftover: Some((leftover, io::Error::from(io::ErrorKind::PermissionDenied))) };
    let warning = written.warning("en").unwrap();
    assert!(warning.contains("the file was saved") && warning.contains(".s.toml.1-2-3.tmp"), "{warning}");
}

#[test]
fn a_saved_file_is_listed_before_the_writing_lock_is_let_go() {
    // The signal watcher takes the lock on the saved files, then says what was saved: at any
    // moment the lock is free, a file on disk must already be in the list, or the goodbye
    // would say "Nothing was saved" about a file that was. The write holds the lock from
    // before the file exists until after it is listed, so this holds at every look.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("race.toml");
    let writer = {
        let path = path.clone();
        std::thread::spawn(move || write_private(&path, "x", false).map(|w| w.leftover.is_none()))
    };
    loop {
        let saved = save::SAVED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let exists = path.exists();
        assert_eq!(saved.contains(&path), exists, "the file and the list of saved files disagree");
        if exists {
            break;
        }
        drop(saved);
        std::thread::yield_now();
    }
    assert!(writer.join().unwrap().unwrap());
    // And a failed write is not listed.
    assert!(write_private(&path, "y", false).is_err());
    let saved = save::SAVED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    assert_eq!(saved.iter().filter(|p| **p == path).count(), 1);
}

#[test]
fn default_file_name_skips_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(default_file_name(dir.path(), today()), dir.path().join("requal-session-2026-11-22.toml"));
    std::fs::write(dir.path().join("requal-session-2026-11-22.toml"), "").unwrap();
    assert_eq!(default_file_name(dir.path(), today()), dir.path().join("requal-session-2026-11-22-2.toml"));
}

fn nurse_answers() -> Answers {
    let mut p = script(&[NURSE, &["show my plan"]]);
    interview(Answers::default(), Start::Questions, &mut p).1
}

#[test]
fn resuming_opens_the_review_and_gives_the_same_plan() {
    let answers = nurse_answers();
    let plan = crate::engine::plan(rules(), &answers, today(), "en");
    let session = Session {
        ruleset: rules().meta.name.clone(),
        version: rules().meta.version.clone(),
        hash: rules().hash.clone(),
        saved: "2026-11-01".to_owned(),
        progress: Some("finished".to_owned()),
        plan: summary(&plan),
        done: Vec::new(),
    };
    let dir = tempfile::tempdir().unwrap();
    let resumed = Resumed { path: dir.path().join("s.toml"), session: Some(session) };
    let run = run_session(
        answers,
        Some(resumed),
        dir.path(),
        ScriptedPrompter::new(["no more", "show my plan", "go on", "no handout", "no"]),
    );
    assert!(run.p.asked.is_empty(), "no question asked again: {:?}", run.p.asked);
    assert!(said(&run.p, "It was saved on 2026-11-01"));
    assert!(!said(&run.p, "The rules have changed"));
    assert_eq!(run.plans[0], plan);
}

#[test]
fn resuming_an_unfinished_session_continues_with_the_questions() {
    let mut answers = nurse_answers();
    answers.remove("fees-affordable");
    let dir = tempfile::tempdir().unwrap();
    let resumed = Resumed { path: dir.path().join("s.toml"), session: None };
    let run = run_session(
        answers,
        Some(resumed),
        dir.path(),
        ScriptedPrompter::new([
            "no more",
            "continue",
            "fees-affordable=yes",
            "show my plan",
            "go on",
            "no handout",
            "no",
        ]),
    );
    assert_eq!(run.p.asked, ["fees-affordable"]);
    assert!(said(&run.p, "Fees affordable") || said(&run.p, "Ability to pay fees: not answered yet"));
}

#[test]
fn resuming_under_changed_rules_lists_what_changed_in_the_plan() {
    let answers = nurse_answers();
    let plan = crate::engine::plan(rules(), &answers, today(), "en");
    let mut old = summary(&plan);
    // Pretend the old plan had a different CBT fee, an extra step, and no OSCE.
    let cbt = old.iter().position(|l| l.starts_with("step nmc-overseas.cbt ")).unwrap();
    old[cbt] = old[cbt].replace("cost=", "cost=1");
    old.retain(|l| !l.starts_with("step nmc-overseas.osce "));
    old.push("step nmc-overseas.interview | Attend an interview | status=to do".to_owned());
    let session = Session {
        ruleset: "requal-uk".to_owned(),
        version: "2000.1.0".to_owned(),
        hash: "0".repeat(64),
        saved: "2026-01-01".to_owned(),
        progress: None,
        plan: old,
        done: Vec::new(),
    };
    let dir = tempfile::tempdir().unwrap();
    let resumed = Resumed { path: dir.path().join("s.toml"), session: Some(session) };
    let run = run_session(
        answers,
        Some(resumed),
        dir.path(),
        ScriptedPrompter::new(["no more", "show my plan", "go on", "no handout", "no"]),
    );
    assert!(said(&run.p, "The rules have changed since then"));
    assert!(said(&run.p, "New step: \""), "{}", run.p.transcript.join("\n"));
    assert!(said(&run.p, "Removed step: \"Attend an interview\" is no longer in your plan"));
    assert!(said(&run.p, "cost was £1"));
}

#[test]
fn summary_lines_round_trip_and_identical_plans_have_no_changes() {
    let plan = crate::engine::plan(rules(), &nurse_answers(), today(), "en");
    let lines = summary(&plan);
    assert!(lines.iter().any(|l| l.starts_with("route nmc-overseas | ") && l.ends_with("status=recommended")));
    assert!(changes(&lines, &plan).is_empty());
    assert_eq!(plan.recommended().map(|r| r.status), Some(RouteStatus::Recommended));
}

#[test]
fn typed_answers_are_read_like_an_answers_file() {
    let q = rules().question("english-test").unwrap();
    let ask = bare_ask(q, None);
    assert_eq!(interpret(&ask, "oet"), Ok(Typed::Reply(Reply::Answer(Answer::Choice("oet".to_owned())))));
    assert_eq!(interpret(&ask, "  Not Sure "), Ok(Typed::Reply(Reply::Answer(Answer::NotSure))));
    assert_eq!(interpret(&ask, ""), Ok(Typed::Menu));
    assert_eq!(interpret(&ask, "?"), Ok(Typed::Help));
    assert_eq!(interpret(&ask, "q"), Ok(Typed::Reply(Reply::Quit)));
    assert!(interpret(&ask, "toefl").is_err());
}

#[test]
fn cancel_at_the_file_name_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_session(
        Answers::default(),
        None,
        dir.path(),
        script(&[NURSE, &["show my plan", "go on", "no handout", "yes", "cancel"]]),
    );
    assert_eq!(run.ending.saved, None);
    assert!(said(&run.p, "Nothing was saved."));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn summaries_store_ids_and_read_the_labels_earlier_releases_stored() {
    let plan = crate::engine::plan(rules(), &nurse_answers(), today(), "en");
    let lines = summary(&plan);
    // Ids and numbers, not the labels shown.
    assert!(lines.iter().any(|l| l.contains(" | status=todo")), "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.contains(" | cost=") && l.ends_with(" GBP") || l.contains(" GBP | time=")),
        "{lines:#?}"
    );
    assert!(lines.iter().any(|l| l.starts_with("role ") && l.ends_with("open=true")), "{lines:#?}");
    assert!(!lines.iter().any(|l| l.contains("status=to do") || l.contains("open=yes")), "{lines:#?}");
    // The same plan as the previous release wrote it: labels, "£83 CBT fee", "2–6 months".
    let legacy: Vec<String> = plan
        .routes
        .iter()
        .map(|r| format!("route {} | {} | status={}", r.id, r.title, r.status.label()))
        .chain(plan.routes.iter().filter(|r| r.status != RouteStatus::NotOpen).flat_map(|r| {
            r.steps.iter().map(move |s| {
                let mut l = format!("step {}.{} | {} | status={}", r.id, s.id, s.title, s.status.label());
                if let Some(c) = &s.cost {
                    l.push_str(&format!(" | cost={} {}", c.display, c.label));
                }
                if let Some(d) = &s.duration {
                    l.push_str(&format!(" | time={}", d.display));
                }
                l
            })
        }))
        .chain(
            plan.roles
                .iter()
                .map(|r| format!("role {} | {} | open={}", r.id, r.title, if r.open { "yes" } else { "not yet" })),
        )
        .collect();
    let changed: Vec<String> = changes(&legacy, &plan).into_iter().filter(|c| c.starts_with("Changed")).collect();
    assert!(changed.is_empty(), "an old summary of the same plan reads as unchanged: {changed:#?}");
}

#[test]
fn resuming_offers_to_mark_steps_done_and_the_plan_moves_on() {
    let answers = nurse_answers();
    let dir = tempfile::tempdir().unwrap();
    let resumed = Resumed { path: dir.path().join("s.toml"), session: None };
    let script = ["gather your documents", "no more", "show my plan", "go on", "no handout", "no"];
    let run = run_session(answers, Some(resumed), dir.path(), ScriptedPrompter::new(script));
    assert!(said(&run.p, "Marked \"Gather your documents\" done today"));
    let route = run.plans[0].recommended().expect("a recommended route");
    let status = |id: &str| route.steps.iter().find(|s| s.id == id).map(|s| s.status);
    assert_eq!(status("documents"), Some(crate::engine::StepStatus::Done));
    let why = &route.steps.iter().find(|s| s.id == "documents").unwrap().why;
    assert!(why.iter().any(|w| w.contains("you marked this step done on 2026-11-22")), "{why:?}");
    // "Next" moves on: the short plan's steps start after the one done.
    let next: Vec<&str> = run.plans[0].summary.next_steps.iter().map(|s| s.step.as_str()).collect();
    assert_eq!(next.first(), Some(&"displaced-evidence"), "{next:?}");
    assert!(!next.contains(&"documents"));
}

/// A person who knows their answers: answers each question from a scenario's answers ("not
/// sure" where the scenario has none), records each progress line, then shows the plan.
struct Knows<'a> {
    answers: &'a Answers,
    asked: Vec<(String, String)>,
}

impl Prompter for Knows<'_> {
    fn ask(&mut self, ask: &Ask<'_>) -> io::Result<Reply> {
        self.asked.push((ask.question.id.clone(), ask.progress.clone()));
        let q = ask.question;
        let answer = self.answers.get(&q.id).cloned().unwrap_or_else(|| {
            if q.not_sure {
                Answer::NotSure
            } else {
                Answer::Choice(q.options.first().map(|o| o.value.clone()).unwrap_or_default())
            }
        });
        Ok(Reply::Answer(answer))
    }

    fn choose(&mut self, _prompt: &str, items: &[String], _default: usize) -> io::Result<Option<usize>> {
        Ok(Some(items.iter().position(|i| i.contains("Show my plan")).unwrap_or(0)))
    }

    fn text(&mut self, _prompt: &str, default: &str) -> io::Result<String> {
        Ok(default.to_owned())
    }

    fn say(&mut self, _text: &str) {}

    fn show(&mut self, _text: &str, _page: bool, _lang: &str) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn about_n_left_is_within_two_of_the_questions_asked_for_every_scenario() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut worst = (0usize, String::new());
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
        let text = std::fs::read_to_string(path).unwrap();
        let mut map = crate::diagnostic::SourceMap::default();
        let file = map.add(crate::diagnostic::SourceFile::new(path.display().to_string(), text.clone()));
        let scenario = crate::scenario::parse(&text, file, rules()).expect("the shipped scenarios parse");
        let mut p = Knows { answers: &scenario.answers, asked: Vec::new() };
        let mut i = Interview::new(rules(), Answers::default(), scenario.today, "en");
        i.run(Start::Questions, &mut p).unwrap();
        let total = p.asked.len();
        for (n, (id, progress)) in p.asked.iter().enumerate() {
            let actual = total - n - 1;
            let number = |after: &str| -> usize {
                let tail = progress.rsplit(after).next().unwrap_or_default();
                tail.split(' ').next().and_then(|d| d.parse().ok()).unwrap_or_else(|| panic!("{progress}"))
            };
            let off = if progress.ends_with("nearly done") {
                actual
            } else if progress.ends_with("maybe a few more") {
                0
            } else if progress.ends_with("or more left") {
                // "N or more": never more than were asked.
                let least = number("— ");
                assert!(least <= actual, "{}: at `{id}` it said {least} or more; {actual} were asked", path.display());
                0
            } else {
                number("about ").abs_diff(actual)
            };
            if off > worst.0 {
                worst = (off, format!("{}: at `{id}` it said \"{progress}\"; {actual} were asked", path.display()));
            }
        }
    }
    assert!(worst.0 <= 2, "{}", worst.1);
}

#[test]
fn a_question_whose_answer_cannot_change_the_plan_is_not_asked() {
    let asked_for = |scenario: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/scenarios").join(scenario);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut map = crate::diagnostic::SourceMap::default();
        let file = map.add(crate::diagnostic::SourceFile::new(path.display().to_string(), text.clone()));
        let s = crate::scenario::parse(&text, file, rules()).unwrap();
        let mut p = Knows { answers: &s.answers, asked: Vec::new() };
        let mut i = Interview::new(rules(), Answers::default(), s.today, "en");
        assert_eq!(i.run(Start::Questions, &mut p).unwrap(), Outcome::Finished);
        let asked: Vec<String> = p.asked.into_iter().map(|(id, _)| id).collect();
        let plans: Vec<serde_json::Value> = ["yes", "partly", "no", "not-sure"]
            .iter()
            .map(|v| {
                let mut a = i.answers().clone();
                a.set("fees-affordable", if *v == "not-sure" { Answer::NotSure } else { Answer::Choice((*v).into()) });
                let mut plan = serde_json::to_value(crate::engine::plan(rules(), &a, s.today, "en")).unwrap();
                plan.as_object_mut().unwrap().remove("answers");
                plan
            })
            .collect();
        (asked.contains(&"fees-affordable".to_owned()), plans.windows(2).all(|w| w[0] == w[1]))
    };
    // A refugee nurse: help with fees depends on the answer, so it is asked.
    assert_eq!(asked_for("support-refugee-nurse-north-west.toml"), (true, false));
    // Someone for whom no answer changes anything is not asked; and indeed nothing changes.
    let mut skipped = 0;
    for entry in std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/scenarios")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let (asked, same) = asked_for(&name);
        assert!(asked || same, "{name}: fees-affordable was skipped though the answer changes the plan");
        skipped += usize::from(!asked);
    }
    assert!(skipped > 0, "no scenario shows a question skipped");
}
