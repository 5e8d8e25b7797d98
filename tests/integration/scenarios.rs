//! Every scenario under rules/scenarios (and the mini fixture's) passes, in-process.

use crate::harness::{requal, run};

#[test]
fn shipped_scenarios_pass() {
    let (status, stdout, stderr) = run(requal().args(["test", "rules"]));
    assert_eq!(status, 0, "scenarios failed:\n{stdout}{stderr}");
    let passed: usize =
        stdout.lines().last().and_then(|l| l.split(' ').next()).and_then(|n| n.parse().ok()).unwrap_or(0);
    assert!(passed >= 1, "no scenario ran:\n{stdout}");
}

#[test]
fn mini_scenarios_pass() {
    let (status, stdout, _) = run(requal().args(["test", "tests/fixtures/rules-mini"]));
    assert_eq!(status, 0, "{stdout}");
    assert!(stdout.ends_with("1 passed, 0 failed\n"), "{stdout}");
}

#[test]
fn a_failing_expectation_is_reported_with_what_differed() {
    let dir = tempfile::tempdir().unwrap();
    crate::harness::copy_dir(&crate::harness::fixture("rules-mini"), dir.path());
    let path = dir.path().join("scenarios/refugee.toml");
    let text =
        std::fs::read_to_string(&path).unwrap().replace("\"exams.english\" = \"next\"", "\"exams.english\" = \"done\"");
    std::fs::write(&path, text).unwrap();
    let (status, stdout, _) = run(requal().arg("test").arg(dir.path()));
    assert_eq!(status, 1);
    assert!(stdout.contains("step `exams.english`: expected done, got next"), "{stdout}");
    assert!(stdout.ends_with("0 passed, 1 failed\n"), "{stdout}");
}

fn person(profession: &str, trained_in: &str, status: &str) -> requal::answers::Answers {
    use requal::answers::Answer;
    let mut a = requal::answers::Answers::default();
    a.set("profession", Answer::Choice(profession.into()));
    a.set("trained-in", Answer::Choice(trained_in.into()));
    a.set("immigration-status", Answer::Choice(status.into()));
    a.set("region", Answer::Choice("london".into()));
    a
}

#[test]
fn every_profession_gets_at_least_one_route() {
    let ruleset = crate::harness::ruleset();
    let today = jiff::civil::date(2026, 11, 22);
    let professions = ruleset.question("profession").unwrap().option_values();
    assert_eq!(professions.len(), 20, "Contract 1 has 20 professions");
    for p in professions {
        let plan = requal::engine::plan(&ruleset, &person(p, "overseas", "refugee"), today, "en");
        assert!(
            plan.routes.iter().any(|r| r.status != requal::engine::RouteStatus::NotOpen),
            "an overseas-trained refugee {p} gets no open route"
        );
    }
}

#[test]
fn every_fact_shown_has_a_source_with_a_verified_date() {
    let ruleset = crate::harness::ruleset();
    let today = jiff::civil::date(2026, 11, 22);
    let check = |what: String, sources: &[requal::engine::SourceRef]| {
        assert!(!sources.is_empty(), "{what} has no source");
        for s in sources {
            assert!(s.url.starts_with("https://") || s.url.starts_with("http://"), "{what}: {}", s.url);
            assert!(jiff::civil::Date::strptime("%Y-%m-%d", &s.verified).is_ok(), "{what}: {}", s.verified);
        }
    };
    for p in ruleset.question("profession").unwrap().option_values() {
        for (trained, status) in
            [("overseas", "refugee"), ("uk", "british-or-settled"), ("eea-switzerland", "asylum-seeker")]
        {
            let plan = requal::engine::plan(&ruleset, &person(p, trained, status), today, "en");
            for r in &plan.routes {
                check(format!("route {}", r.id), &r.sources);
                for s in &r.steps {
                    check(format!("step {}.{}", r.id, s.id), &s.sources);
                    if let Some(c) = &s.cost {
                        check(format!("cost of {}.{}", r.id, s.id), &c.sources);
                    }
                }
            }
            for r in &plan.roles {
                check(format!("role {}", r.id), &r.sources);
            }
            for s in &plan.support {
                check(format!("organisation {}", s.id), &s.sources);
            }
            for w in plan
                .warnings
                .iter()
                .filter(|w| !["profession-unknown", "no-open-route", "done-but-not-confirmed"].contains(&w.id.as_str()))
            {
                check(format!("warning {}", w.id), &w.sources);
            }
        }
    }
}

#[test]
fn a_scenario_naming_an_unknown_id_fails_instead_of_passing_silently() {
    let dir = tempfile::tempdir().unwrap();
    crate::harness::copy_dir(&crate::harness::fixture("rules-mini"), dir.path());
    let path = dir.path().join("scenarios/refugee.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("roles-open = [\"support-worker\"", "roles-open = [\"support-workr\"");
    std::fs::write(&path, text).unwrap();
    let (status, stdout, _) = run(requal().arg("test").arg(dir.path()));
    assert_eq!(status, 1);
    assert!(stdout.contains("the scenario names role `support-workr`, which the ruleset does not have"), "{stdout}");
}
