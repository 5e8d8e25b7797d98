//! `requal plan`: golden table, JSON and Markdown on the mini ruleset; the refugee
//! doctor on the shipped rules; answers-file errors naming the key.

use crate::harness::{assert_golden, fixture, requal, run};

fn mini_plan(format: &str, extra: &[&str]) -> String {
    let answers = fixture("answers/mini-refugee.toml");
    let (status, stdout, stderr) = run(requal()
        .args([
            "plan",
            "--rules",
            "tests/fixtures/rules-mini",
            "--today",
            "2026-11-22",
            "--width",
            "80",
            "--format",
            format,
            "--answers",
        ])
        .arg(answers)
        .args(extra));
    assert_eq!(status, 0, "{stderr}");
    stdout
}

#[test]
fn table_output_is_stable() {
    assert_golden("plan/mini.table.txt", &mini_plan("table", &[]));
}

#[test]
fn plain_output_has_no_borders() {
    let out = mini_plan("table", &["--plain"]);
    assert!(!out.contains('│') && !out.contains('┆') && !out.contains('─'), "{out}");
    assert_golden("plan/mini.plain.txt", &out);
}

#[test]
fn markdown_output_is_stable() {
    assert_golden("plan/mini.md", &mini_plan("markdown", &[]));
}

#[test]
fn html_output_is_stable() {
    let out = mini_plan("html", &[]);
    assert!(out.starts_with("<!doctype html>") && out.ends_with("</html>\n"));
    assert!(!out.contains("<script"));
    assert_golden("plan/mini.html", &out);
}

#[test]
fn json_output_is_stable_and_follows_contract_2() {
    let out = mini_plan("json", &[]);
    let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(plan["format"], 1);
    assert_eq!(plan["evaluated_on"], "2026-11-22");
    for key in ["name", "version", "hash"] {
        assert!(plan["ruleset"][key].is_string(), "ruleset.{key}");
    }
    let route = &plan["routes"][0];
    assert_eq!((route["id"].as_str(), route["status"].as_str()), (Some("exams"), Some("recommended")));
    let steps: Vec<(&str, &str)> = route["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["status"].as_str().unwrap()))
        .collect();
    // `apply` is first in the file but comes after exam-2; exam-1 is done although English is not.
    assert_eq!(steps, [("english", "next"), ("exam-1", "done"), ("exam-2", "next"), ("apply", "todo")]);
    let english = &route["steps"][0];
    let why = english["why"].to_string();
    assert!(why.contains("your IELTS writing score 6.5 is below the minimum of 7.0"), "{why}");
    let source = &english["sources"][0];
    assert_eq!(
        (source["url"].as_str(), source["verified"].as_str()),
        (Some("https://regulator.example/english"), Some("2026-10-01"))
    );
    assert_eq!(plan["warnings"][0]["id"], "exam-1-ageing");
    assert!(plan["warnings"][0]["text"].as_str().unwrap().contains("2025-02-01"));
    assert_golden("plan/mini.json", &out);
}

#[test]
fn refugee_doctor_json_names_the_gmc_english_shortfall_with_sources() {
    let (status, out, stderr) = run(requal()
        .args(["plan", "--today", "2026-11-22", "--format", "json", "--answers"])
        .arg(fixture("answers/refugee-doctor-east.toml")));
    assert_eq!(status, 0, "{stderr}");
    let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
    let route =
        plan["routes"].as_array().unwrap().iter().find(|r| r["status"] == "recommended").expect("a recommended route");
    assert_eq!(route["id"], "gmc-plab");
    let steps = route["steps"].as_array().unwrap();
    let english = steps.iter().find(|s| s["category"] == "english").expect("an English step");
    assert_ne!(english["status"], "done", "7.0 overall / 6.5 writing does not meet the GMC minimum");
    let why = english["why"].to_string();
    for needle in [
        "7.5 overall",
        "7.0 in listening, reading, writing and speaking",
        "grade B",
        "your IELTS writing score 6.5 is below the minimum of 7.0",
    ] {
        assert!(why.contains(needle), "missing {needle:?} in {why}");
    }
    let sources = english["sources"].as_array().unwrap();
    assert!(
        !sources.is_empty()
            && sources
                .iter()
                .all(|s| s["url"].as_str().unwrap().starts_with("http") && s["verified"].as_str().unwrap().len() == 10)
    );
    // PLAB 1 comes after English, PLAB 2 after PLAB 1.
    let position = |needle: &str| {
        steps
            .iter()
            .position(|s| s["id"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no {needle} step"))
    };
    assert!(position("english") < position("plab-1") && position("plab-1") < position("plab-2"));
}

#[test]
fn not_sure_about_the_english_test_gives_a_check_step() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("answers/refugee-doctor-east.toml")).unwrap();
    let answers = dir.path().join("answers.toml");
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("ielts-") && !l.starts_with("english-test"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&answers, format!("{text}english-test = \"not-sure\"\n")).unwrap();
    let (status, out, stderr) =
        run(requal().args(["plan", "--today", "2026-11-22", "--format", "json", "--answers"]).arg(&answers));
    assert_eq!(status, 0, "{stderr}");
    let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
    let route = plan["routes"].as_array().unwrap().iter().find(|r| r["id"] == "gmc-plab").unwrap();
    let english = route["steps"].as_array().unwrap().iter().find(|s| s["category"] == "english").unwrap();
    assert_eq!(english["status"], "check");
    assert!(english["why"].to_string().contains("not sure which English test"), "{}", english["why"]);
}

#[test]
fn an_unknown_key_exits_2_naming_it() {
    let (status, stdout, stderr) = run(requal().args(["plan", "--answers"]).arg(fixture("answers/unknown-key.toml")));
    assert_eq!(status, 2);
    assert!(stdout.is_empty(), "no plan may be printed: {stdout}");
    assert!(stderr.contains("`proffesion-years` is not a question in this ruleset"), "{stderr}");
    assert!(stderr.contains("unknown-key.toml:2:1"), "{stderr}");
}

#[test]
fn bad_values_are_all_reported_by_key() {
    let (status, _, stderr) = run(requal().args(["plan", "--answers"]).arg(fixture("answers/bad-values.toml")));
    assert_eq!(status, 2);
    for needle in [
        "`profession`: `surgeon` is not one of",
        "`ielts-writing`: 7.3 is not a step of 0.5",
        "`years-out-of-practice`: 99 is above the highest allowed value, 60",
    ] {
        assert!(stderr.contains(needle), "missing {needle:?} in {stderr}");
    }
}

#[test]
fn a_missing_answers_file_is_a_clear_failure() {
    let (status, _, stderr) = run(requal().args(["plan", "--answers", "nope.toml"]));
    assert_eq!(status, 2);
    assert!(stderr.starts_with("error: cannot read the answers file `nope.toml`"), "{stderr}");
}

#[test]
fn a_bad_today_is_a_clear_failure() {
    let (status, _, stderr) = run(requal()
        .args(["plan", "--today", "2026-02-30", "--answers"])
        .arg(fixture("answers/refugee-doctor-east.toml")));
    assert_eq!(status, 2);
    assert!(stderr.contains("--today") && stderr.contains("not a real date"), "{stderr}");
}

#[test]
fn a_test_date_in_the_future_is_refused() {
    let (status, stdout, stderr) =
        run(requal().args(["plan", "--today", "2026-11-22", "--answers"]).arg(fixture("answers/future-date.toml")));
    assert_eq!(status, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("`english-test-date`: 2027-01-10 is in the future (today is 2026-11-22)"), "{stderr}");
}

#[test]
fn piped_tables_honour_columns() {
    let (status, stdout, _) = run(requal()
        .env("COLUMNS", "60")
        .args(["plan", "--today", "2026-11-22", "--answers"])
        .arg(fixture("answers/refugee-doctor-east.toml")));
    assert_eq!(status, 0);
    let table_lines: Vec<&str> = stdout.lines().filter(|l| l.starts_with('│') || l.starts_with('┌')).collect();
    assert!(!table_lines.is_empty());
    for l in table_lines {
        assert!(l.chars().count() <= 60, "wider than COLUMNS=60: {l}");
    }
}

#[test]
fn asking_for_a_language_the_rules_lack_says_so() {
    let (status, stdout, stderr) = run(requal()
        .args(["--lang", "de", "plan", "--format", "json", "--answers"])
        .arg(fixture("answers/refugee-doctor-east.toml")));
    assert_eq!(status, 0);
    assert!(stdout.starts_with('{'));
    assert!(stderr.contains("these rules have no texts in `de` yet, so they are shown in English"), "{stderr}");
}

#[test]
fn explain_finds_steps_and_suggests_near_misses() {
    let (status, stdout, _) = run(requal().args(["explain", "plab-1"]));
    assert_eq!(status, 0);
    assert!(stdout.contains("gmc-plab.plab-1"), "{stdout}");
    let (status, _, stderr) = run(requal().args(["explain", "gmc-plab.plab1"]));
    assert_eq!(status, 2);
    assert!(stderr.contains("did you mean `gmc-plab.plab-1`?"), "{stderr}");
    let (status, stdout, _) = run(requal().args(["explain", "questions"]));
    assert_eq!(status, 0);
    assert!(stdout.contains("multi-choice") && stdout.contains("oet-grade"), "{stdout}");
}

/// Bad input of every kind gets a clear error (exit 2) or a plan (exit 0), never a panic.
#[test]
fn hostile_answers_files_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", b"".to_vec()),
        ("binary", (0u8..=255).cycle().take(4096).collect()),
        ("bom-crlf", b"\xEF\xBB\xBFprofession = \"doctor\"\r\nregion = \"london\"\r\n".to_vec()),
        ("huge-number", b"profession = \"doctor\"\nyears-out-of-practice = 1e308\n".to_vec()),
        ("nan", b"profession = \"doctor\"\nielts-writing = nan\n".to_vec()),
        ("negative", b"profession = \"doctor\"\nasylum-claim-months = -5\n".to_vec()),
        ("nested", format!("profession = {}\n", "[".repeat(200) + &"]".repeat(200)).into_bytes()),
        ("table-value", b"[profession]\nx = 1\n".to_vec()),
        ("bad-date", b"profession = \"nurse\"\nenglish-test-date = \"2026-02-30\"\n".to_vec()),
        ("datetime", b"profession = \"nurse\"\nenglish-test-date = 2026-01-01T10:00:00Z\n".to_vec()),
        ("unicode", "profession = \"طبيب\"\nregion = \"Київ\"\n".as_bytes().to_vec()),
        ("huge-string", format!("profession = \"{}\"\n", "x".repeat(5_000_000)).into_bytes()),
        ("session-junk", b"profession = \"doctor\"\n[session]\nruleset = 3\n".to_vec()),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(format!("{name}.toml"));
        std::fs::write(&path, bytes).unwrap();
        let (status, _, stderr) = run(requal().args(["plan", "--today", "2026-11-22", "--answers"]).arg(&path));
        assert!(status == 0 || status == 2, "{name}: exit {status}\n{stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
    // A folder instead of a file.
    let (status, _, stderr) = run(requal().args(["plan", "--answers"]).arg(dir.path()));
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.starts_with("error: cannot read the answers file"), "{stderr}");
}

#[test]
fn today_is_the_date_in_the_persons_time_zone() {
    let answers = crate::harness::fixture("answers/refugee-doctor-east.toml");
    let evaluated_on = |tz: &str| {
        let (status, stdout, stderr) = run(requal()
            .env_remove("REQUAL_TODAY")
            .env("TZ", tz)
            .args(["plan", "--format", "json", "--answers"])
            .arg(&answers));
        assert_eq!(status, 0, "{stderr}");
        let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        json["evaluated_on"].as_str().unwrap().to_owned()
    };
    let utc = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date().to_string();
    // An unknown zone falls back to UTC; a real one is read from its file.
    assert_eq!(evaluated_on("Nowhere/Atlantis"), utc);
    let kiritimati = jiff::Timestamp::now().in_tz("Pacific/Kiritimati").map(|z| z.date().to_string());
    if let Ok(expected) = kiritimati {
        assert_eq!(evaluated_on("Pacific/Kiritimati"), expected);
    }
}

#[test]
fn a_language_the_rules_do_not_carry_is_said_and_never_marks_english_right_to_left() {
    let answers = crate::harness::fixture("answers/refugee-doctor-east.toml");
    let (status, stdout, stderr) =
        run(requal().args(["--lang", "ur", "plan", "--format", "html", "--answers"]).arg(&answers));
    assert_eq!(status, 0, "{stderr}");
    assert!(stderr.contains("these rules have no texts in `ur` yet, so they are shown in English"), "{stderr}");
    assert!(stdout.contains("<html lang=\"en\" dir=\"ltr\">"), "{}", &stdout[..200]);
    assert!(!stdout.contains("dir=\"rtl\""));
}

#[test]
fn a_month_alone_counts_from_its_first_day_and_the_plan_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(fixture("answers/refugee-nurse-north-west.toml")).unwrap();
    let english_step = |date: &str| {
        let file = dir.path().join("a.toml");
        std::fs::write(&file, base.replace("english-test-date = 2026-06-10", &format!("english-test-date = {date}")))
            .unwrap();
        let (status, out, stderr) =
            run(requal().args(["plan", "--today", "2026-11-15", "--format", "json", "--answers"]).arg(&file));
        assert_eq!(status, 0, "{stderr}");
        let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
        let route = plan["routes"].as_array().unwrap().iter().find(|r| r["id"] == "nmc-overseas").unwrap().clone();
        route["steps"].as_array().unwrap().iter().find(|s| s["category"] == "english").unwrap().clone()
    };
    // 20 November 2024 is 23 months before 15 November 2026: the results still count.
    let day = english_step("2024-11-20");
    assert_eq!(day["status"], "done", "{day}");
    // "November 2024" may be the 1st, 24 months before: the safe side is that they have run out.
    for month in ["\"2024-11\"", "\"11/2024\"", "\"Nov 2024\""] {
        let step = english_step(month);
        assert_ne!(step["status"], "done", "{month}: {step}");
        let why = step["why"].to_string();
        assert!(why.contains("you gave only the month of your test, so we count from its first day"), "{why}");
        assert!(why.contains("24 months old"), "{why}");
    }
    // Day-first, as the UK writes it, is read as a day.
    assert_eq!(english_step("\"20/11/2024\"")["status"], "done");
}

#[test]
fn html_marks_each_rule_text_with_its_own_language_where_the_page_is_in_another() {
    let answers = fixture("answers/refugee-nurse-north-west.toml");
    let (status, page, stderr) = run(requal()
        .args(["--lang", "en-XA", "plan", "--today", "2026-11-22", "--format", "html", "--answers"])
        .arg(&answers));
    assert_eq!(status, 0, "{stderr}");
    // The interface is in the pseudo-locale; the rule texts stay English and say so.
    assert!(page.contains("<html lang=\"en-XA\" dir=\"ltr\">"), "{}", &page[..200]);
    assert!(page.contains("<strong><span lang=\"en\" dir=\"ltr\">"), "step titles are marked English");
    let (_, english, _) =
        run(requal().args(["plan", "--today", "2026-11-22", "--format", "html", "--answers"]).arg(&answers));
    assert!(english.contains("<html lang=\"en\" dir=\"ltr\">") && !english.contains("<span lang="), "nothing to mark");
    // JSON says which language the rule texts are in.
    let (_, json, _) = run(requal()
        .args(["--lang", "en-XA", "plan", "--today", "2026-11-22", "--format", "json", "--answers"])
        .arg(&answers));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!((v["lang"].as_str(), v["content_lang"].as_str()), (Some("en-XA"), Some("en")));
}

#[test]
fn progress_marks_a_step_done_the_plan_moves_on_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.toml");
    std::fs::copy(fixture("answers/refugee-nurse-north-west.toml"), &file).unwrap();
    let progress = |args: &[&str]| {
        run(requal().current_dir(dir.path()).args(["--today", "2026-11-22", "progress", "s.toml"]).args(args))
    };
    let step = |id: &str| {
        let (status, out, stderr) =
            run(requal().args(["plan", "--today", "2026-11-22", "--format", "json", "--answers"]).arg(&file));
        assert_eq!(status, 0, "{stderr}");
        let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
        let route = plan["routes"].as_array().unwrap().iter().find(|r| r["id"] == "nmc-overseas").unwrap().clone();
        route["steps"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap().clone()
    };
    assert_eq!(step("documents")["status"], "next");
    let (status, stdout, stderr) =
        progress(&["--done", "nmc-overseas.documents", "--date", "05/2026", "--note", "passport and diploma"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stderr.contains("Marked \"Gather your documents\" (nmc-overseas.documents) done on 2026-05. Saved."),
        "{stderr}"
    );
    assert!(stdout.contains("Your plan in short") && !stdout.contains("1. Gather your documents"), "{stdout}");
    let documents = step("documents");
    assert_eq!(documents["status"], "done");
    assert!(documents["why"].to_string().contains("you marked this step done on 2026-05"), "{documents}");
    assert!(documents["why"].to_string().contains("your evidence: passport and diploma"));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("[[session.done]]\nstep = \"nmc-overseas.documents\"\ndate = \"2026-05\""), "{text}");
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    // A later step done makes the steps it needs done too, never "next" before a done step.
    let (status, _, stderr) = progress(&["--done", "nmc-overseas.cbt"]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(step("eligibility")["status"], "done");
    assert_eq!(step("displaced-evidence")["status"], "done");
    // Mistakes are named and change nothing.
    let before = std::fs::read_to_string(&file).unwrap();
    let (status, _, stderr) = progress(&["--done", "nmc-overseas.eligibilty"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("did you mean `nmc-overseas.eligibility`?"), "{stderr}");
    let (status, _, stderr) = progress(&["--done", "nmc-overseas.osce", "--date", "2027-01-01"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("2027-01-01 is in the future"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    // Undo.
    let (status, _, stderr) = progress(&["--undo", "nmc-overseas.cbt"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stderr.contains("is no longer marked done"));
    assert_eq!(step("eligibility")["status"], "todo");
    assert_eq!(step("documents")["status"], "done");
}

#[test]
fn version_names_the_built_in_rules_and_every_command_has_examples_completions_and_a_man_page() {
    let (status, version, _) = run(requal().arg("--version"));
    assert_eq!(status, 0);
    let rules = crate::harness::ruleset();
    assert!(
        version.contains(&format!("rules {} {} ({})", rules.meta.name, rules.meta.version, &rules.hash[..12])),
        "{version}"
    );
    for command in ["advise", "plan", "lint", "test", "progress", "i18n", "explain", "schema", "completions", "man"] {
        let (status, help, stderr) = run(requal().args([command, "--help"]));
        assert_eq!(status, 0, "{command}: {stderr}");
        assert!(help.contains("Example"), "`requal {command} --help` has no example");
    }
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (status, script, stderr) = run(requal().args(["completions", shell]));
        assert_eq!(status, 0, "{shell}: {stderr}");
        assert!(script.contains("requal") && script.contains("progress") && script.contains("detail"), "{shell}");
    }
    let (status, page, _) = run(requal().arg("man"));
    assert_eq!(status, 0);
    assert!(page.contains(".TH requal 1") && page.contains("progress"), "{page}");
}

#[test]
fn explain_gives_json_for_tools() {
    for id in ["nmc-overseas.cbt", "stale-translation", "lints"] {
        let (status, out, stderr) = run(requal().args(["explain", id, "--format", "json"]));
        assert_eq!(status, 0, "{stderr}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["id"], id);
        assert!(v["text"].as_str().is_some_and(|t| t.len() > 20), "{v}");
    }
}
