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

/// A tiny HTTP server on 127.0.0.1 for the source check: each path answers with a status,
/// headers and a body that the test can change between runs.
struct PageServer {
    origin: String,
    pages: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, Page>>>,
}

/// A page's status, headers and body.
type Page = (u16, Vec<(String, String)>, String);

impl PageServer {
    fn start() -> PageServer {
        use std::io::{BufRead as _, Write as _};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let pages: PageServer = PageServer { origin, pages: Default::default() };
        let shared = pages.pages.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = std::io::BufReader::new(stream.try_clone().unwrap());
                let mut request_line = String::new();
                let _ = reader.read_line(&mut request_line);
                let mut if_none_match = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("if-none-match:") {
                        if_none_match = Some(v.trim().to_owned());
                    }
                }
                let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let (mut status, headers, mut body) =
                    shared.lock().unwrap().get(&path).cloned().unwrap_or((404, Vec::new(), "not here".to_owned()));
                let etag = headers.iter().find(|(k, _)| k == "ETag").map(|(_, v)| v.to_ascii_lowercase());
                if etag.is_some() && etag == if_none_match {
                    (status, body) = (304, String::new());
                }
                let mut response =
                    format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
                for (k, v) in &headers {
                    response.push_str(&format!("{k}: {v}\r\n"));
                }
                response.push_str("\r\n");
                response.push_str(&body);
                let _ = stream.write_all(response.as_bytes());
            }
        });
        pages
    }

    fn page(&self, path: &str, status: u16, headers: &[(&str, &str)], body: &str) {
        let headers = headers.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        self.pages.lock().unwrap().insert(path.to_owned(), (status, headers, body.to_owned()));
    }
}

#[test]
fn sources_check_finds_changed_gone_and_moved_pages_on_a_local_server() {
    let server = PageServer::start();
    server.page("/english", 200, &[("ETag", "\"e1\"")], "<html><body><h1>English</h1><p>IELTS 7.5</p></body></html>");
    server.page("/exams", 200, &[], "<p>Exam fee £100</p><script>var token = 1;</script>");
    server.page("/work", 200, &[], "<p>Work rules</p>");
    server.page("/contact", 200, &[], "<p>Write to the regulator</p>");
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), &dir.path().join("rules"));
    std::fs::write(
        dir.path().join("rules/contact.toml"),
        "[[source]]\nid = \"reg-contact\"\ntitle = \"Regulator: contact\"\nurl = \"https://regulator.example/contact\"\npublisher = \"The Regulator\"\nverified = 2026-10-01\nofficial = true\n",
    )
    .unwrap();
    let check = |extra: &[&str]| {
        run(requal()
            .current_dir(dir.path())
            .args(["--today", "2026-12-02", "sources", "check", "rules", "--via", &server.origin])
            .args(extra))
    };

    // First run: no lock file; --update records every page.
    let (status, stdout, stderr) = check(&["--update"]);
    assert_eq!(status, 0, "{stdout}{stderr}");
    assert!(stdout.contains("0 changed, 0 gone, 0 moved, 0 not fetched, 4 new"), "{stdout}");
    let lock = std::fs::read_to_string(dir.path().join("rules/sources.lock")).unwrap();
    assert!(lock.contains("id = \"reg-english\"") && lock.contains("etag = '\"e1\"'"), "{lock}");
    assert!(lock.contains("text-sha256 = "), "{lock}");

    // Nothing changed; a new script token or markup alone is not a change.
    server.page("/exams", 200, &[], "<div><p>Exam fee £100</p></div><script>var token = 2;</script>");
    let (status, stdout, _) = check(&[]);
    assert_eq!(status, 0, "{stdout}");
    assert!(stdout.starts_with("4 unchanged, 0 changed"), "{stdout}");

    // The fee page changes, the work page goes, the regulator's home page moves.
    server.page("/exams", 200, &[], "<p>Exam fee £120</p>");
    server.page("/work", 404, &[], "gone");
    server.page("/contact", 301, &[("Location", "/contact-us")], "");
    server.page("/contact-us", 200, &[], "<p>Write to the regulator</p>");
    let (status, stdout, _) = check(&[]);
    assert_eq!(status, 1, "{stdout}");
    assert!(stdout.contains("pages changed since they were recorded"), "{stdout}");
    assert!(
        stdout.contains("  reg-exams  https://regulator.example/exams  (recorded 2026-12-02, facts verified"),
        "{stdout}"
    );
    assert!(
        stdout.contains("      cited by step exams.exam-1"),
        "the facts citing the changed page are listed:\n{stdout}"
    );
    assert!(stdout.contains("pages gone:\n  gov-work  https://gov.example/work  (HTTP 404)"), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "  reg-contact  https://regulator.example/contact  (now at {}/contact-us)",
            server.origin
        )),
        "{stdout}"
    );
    assert!(stdout.contains("1 unchanged, 1 changed, 1 gone, 1 moved, 0 not fetched, 0 new"), "{stdout}");
    // The check wrote nothing without --update.
    assert_eq!(std::fs::read_to_string(dir.path().join("rules/sources.lock")).unwrap(), lock);

    let (_, json, _) = check(&["--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let result =
        |id: &str| doc["sources"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap()["result"].clone();
    assert_eq!(
        (result("reg-english"), result("reg-exams"), result("gov-work"), result("reg-contact")),
        ("unchanged".into(), "changed".into(), "gone".into(), "redirected".into())
    );
}

#[test]
fn sources_check_is_never_run_by_plan_or_advise() {
    // The HTTP client is reached only from the `sources` command.
    let src = root().join("src");
    for file in crate::harness::files_under(&src, "rs") {
        let text = std::fs::read_to_string(&file).unwrap();
        let rel = file.strip_prefix(&src).unwrap().to_string_lossy().into_owned();
        if text.contains("ureq::") {
            assert_eq!(rel, "sources_check.rs", "only the source check uses the network");
        }
        if text.contains("sources_check::") {
            assert!(["commands/sources.rs", "lib.rs"].contains(&rel.as_str()), "{rel} calls the source check");
        }
    }
}

#[test]
fn the_synthetic_ruleset_generator_makes_a_clean_ruleset_of_the_size_asked() {
    let base = requal::ruleset::RulesetFiles::embedded();
    let generated = requal::synthetic::generate(&base, 300);
    assert_eq!(generated.rule_files().count(), 300);
    let loaded = requal::load::load_and_lint(&generated, Some(jiff::civil::date(2026, 12, 2)));
    let errors: Vec<_> =
        loaded.diagnostics.iter().filter(|d| d.severity == requal::diagnostic::Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let ruleset = loaded.ruleset.expect("the synthetic rules build");
    // The copies are real rules: every route appears once in each full copy.
    let shipped = requal::load::built_in();
    assert!(ruleset.routes.len() > 2 * shipped.routes.len(), "{} routes", ruleset.routes.len());
    assert!(ruleset.routes.iter().any(|r| r.id == "gmc-plab-c1"));
}
