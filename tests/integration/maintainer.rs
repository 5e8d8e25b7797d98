//! The maintainer's toolkit: what changed between two rulesets (`requal diff`), how one
//! person's plan changes (`plan --compare-rules`), scenario coverage and the source check.

use crate::harness::{assert_golden, copy_dir, fixture, requal, root, run};

/// An "old" copy of the shipped rules: a lower PLAB-route fee, a lower GMC IELTS score, an
/// earlier English-test warning, a route since removed and a source since moved.
fn old_rules() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("old");
    copy_dir(&root().join("rules"), &rules);
    let edit = |rel: &str, from: &str, to: &str| {
        let path = rules.join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} holds {from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit("routes/gmc.toml", "amount-pence = 22500", "amount-pence = 17500");
    edit("english/gmc.toml", "overall = 7.5", "overall = 7.0");
    edit(
        "warnings/gdc.toml",
        "months-since(english-test-date) >= 18 and months-since(english-test-date) < 24",
        "months-since(english-test-date) >= 12 and months-since(english-test-date) < 24",
    );
    edit(
        "sources/gdc.toml",
        "https://www.gdc-uk.org/registration/overseas-registration-exam/applying-for-ore/booking-your-exam",
        "https://www.gdc-uk.org/ore/booking",
    );
    std::fs::write(
        rules.join("routes/retired.toml"),
        r#"[[route]]
id = "gmc-retired"
regulator = "gmc"
professions = ["doctor"]
title = "A route since closed"
summary = "Apply."
rank = 90
sources = ["gdc-ore-booking"]

[[route.requires]]
if = "profession == 'doctor'"
why = "you are a doctor"
why-not = "only for doctors"

[[route.step]]
id = "apply"
title = "Apply"
category = "application"
sources = ["gdc-ore-booking"]
"#,
    )
    .unwrap();
    dir
}

#[test]
fn diff_says_what_changed_in_a_persons_terms() {
    let old = old_rules();
    let (status, stdout, stderr) =
        run(requal().current_dir(root()).args(["diff", &old.path().join("old").to_string_lossy(), "rules"]));
    assert_eq!(status, 0, "{stderr}");
    for expected in [
        "\nFees\n",
        "fee \"IELTS Academic test",
        "£175 → £225",
        "English requirement `gmc-english`: ielts, one: overall: 7.0 → 7.5\n",
        "a limit in its condition 12 → 18",
        "route `gmc-retired` removed: A route since closed",
        "source `gdc-ore-booking` now points at another page: https://www.gdc-uk.org/ore/booking → https://www.gdc-uk.org/registration/",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in:\n{stdout}");
    }
    // Sections come most consequential first: fees before sources.
    assert!(stdout.find("\nFees\n").unwrap() < stdout.find("\nSources\n").unwrap());
    let first_line = stdout.lines().next().unwrap().to_owned();
    assert_golden("diff/changes.txt", &stdout.replacen(&first_line, "requal-uk OLD → NEW", 1));

    let (_, json, _) = run(requal().current_dir(root()).args([
        "diff",
        &old.path().join("old").to_string_lossy(),
        "rules",
        "--format",
        "json",
    ]));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let changes = doc["changes"].as_array().unwrap();
    let fee = changes.iter().find(|c| c["kind"] == "fee").unwrap();
    assert_eq!((fee["before"].as_str(), fee["after"].as_str()), (Some("£175"), Some("£225")));
    assert_eq!(fee["path"], "route.gmc-plab.step.english");
    for kind in ["english-score", "time-limit", "route-closed", "source-replaced"] {
        assert!(changes.iter().any(|c| c["kind"] == kind), "no {kind} in {json}");
    }
    assert_ne!(doc["old"]["hash"], doc["new"]["hash"]);
}

#[test]
fn diff_of_a_ruleset_with_itself_finds_nothing() {
    let (status, stdout, _) = run(requal().current_dir(root()).args(["diff", "rules"]));
    assert_eq!(status, 0);
    assert!(stdout.ends_with("no changes\n"), "{stdout}");
    let (status, _, stderr) = run(requal().args(["diff", "no-such-folder"]));
    assert_eq!(status, 2);
    assert!(stderr.contains("no-such-folder"), "{stderr}");
}

#[test]
fn compare_rules_shows_how_one_persons_plan_changes() {
    let old = old_rules();
    let old_dir = old.path().join("old");
    let answers = fixture("answers/refugee-doctor-east.toml");
    let compare = |lang: &str, format: &str| {
        run(requal().current_dir(root()).args([
            "--today",
            "2026-12-02",
            "--lang",
            lang,
            "plan",
            "--answers",
            &answers.to_string_lossy(),
            "--compare-rules",
            &old_dir.to_string_lossy(),
            "--format",
            format,
        ]))
    };
    let (status, stdout, stderr) = compare("en", "table");
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.starts_with("How your plan changes from rules"), "{stdout}");
    assert!(stdout.contains("\"Meet the GMC English requirement\": the fee was £175, now £225."), "{stdout}");
    // A dentists' warning and route for no one else do not show up in a doctor's plan.
    assert!(!stdout.contains("ORE"), "{stdout}");
    assert_golden("diff/compare-doctor.txt", &stdout.replacen(stdout.lines().next().unwrap(), "HEADING", 1));
    let (_, json, _) = compare("en", "json");
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let fee = doc["changes"].as_array().unwrap().iter().find(|c| c["kind"] == "fee").unwrap();
    assert_eq!(
        (fee["id"].as_str(), fee["before"].as_str(), fee["after"].as_str()),
        (Some("gmc-plab.english"), Some("£175"), Some("£225"))
    );
    // In another language the sentences come from its catalogue.
    let (_, uk, _) = compare("uk", "table");
    assert!(!uk.contains("How your plan changes"), "{uk}");
    assert!(uk.contains("225"), "{uk}");
    // The same rules: nothing changes.
    let (status, same, _) = run(requal().current_dir(root()).args([
        "plan",
        "--answers",
        &answers.to_string_lossy(),
        "--compare-rules",
        "rules",
    ]));
    assert_eq!(status, 0);
    assert!(same.contains("Your plan is the same with both sets of rules."), "{same}");
}

#[test]
fn test_coverage_names_what_no_scenario_reaches_and_one_sided_conditions() {
    let (status, stdout, _) = run(requal().args(["test", "tests/fixtures/rules-mini", "--coverage"]));
    assert_eq!(status, 0, "coverage is a report, not a failure");
    assert!(stdout.contains("  warnings      0 of 1    reached\n"), "{stdout}");
    assert!(stdout.contains("no scenario reaches these warnings:\n  exam-1-ageing\n"), "{stdout}");
    assert!(stdout.contains("constraint.no-work (only false): immigration-status == 'asylum-seeker'"), "{stdout}");
    assert!(!stdout.contains("(only true): true"), "a constant condition is not listed:\n{stdout}");
    assert_golden("test/coverage-mini.txt", &stdout);

    // A second scenario, with the exam passed 20 months ago, reaches the warning and shows its
    // condition both ways.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), &dir.path().join("rules"));
    let first = std::fs::read_to_string(dir.path().join("rules/scenarios/refugee.toml")).unwrap();
    let second = first
        .replace("exams-passed = []", "exams-passed = [\"exam-1\"]\nexam-1-date = 2025-03-15")
        .replace("no-warnings = [\"exam-1-ageing\"]", "warnings = [\"exam-1-ageing\"]")
        .replace("\"exams.exam-1\" = \"todo\", ", "");
    std::fs::write(dir.path().join("rules/scenarios/exam-ageing.toml"), second).unwrap();
    let (status, stdout, _) =
        run(requal().current_dir(dir.path()).args(["test", "rules", "--coverage", "--format", "json"]));
    assert_eq!(status, 0, "{stdout}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let coverage = &doc["coverage"];
    assert_eq!(coverage["scenarios"], 2);
    let warnings = coverage["kinds"].as_array().unwrap().iter().find(|k| k["kind"] == "warnings").unwrap();
    assert_eq!((warnings["reached"].as_u64(), warnings["total"].as_u64()), (Some(1), Some(1)));
    let one_sided: Vec<&str> =
        coverage["conditions"].as_array().unwrap().iter().map(|c| c["path"].as_str().unwrap()).collect();
    assert!(!one_sided.contains(&"warning.exam-1-ageing"), "{one_sided:?}");
    assert!(one_sided.contains(&"constraint.no-work"), "{one_sided:?}");
}
