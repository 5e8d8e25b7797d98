//! `requal lint`: each lint fires on its fixture with file:line:col; the shipped rules and
//! the mini fixture lint clean; output formats and exit codes.

use crate::harness::{assert_golden, copy_dir, fixture, requal, root, run};

/// Copies the mini ruleset to a temp dir as `rules/`, with the fixture's files laid over it.
fn broken_ruleset(code: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), &dir.path().join("rules"));
    copy_dir(&fixture(&format!("lint/{code}/bad")), &dir.path().join("rules"));
    dir
}

#[test]
fn every_lint_fires_on_its_fixture_with_a_location() {
    let mut codes: Vec<String> = std::fs::read_dir(fixture("lint"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    assert_eq!(codes.len(), requal::lint::LINTS.len(), "one fixture per lint");
    for code in codes {
        let dir = broken_ruleset(&code);
        let (status, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
        let level = match requal::lint::find(&code).unwrap().severity {
            requal::diagnostic::Severity::Error => "error",
            requal::diagnostic::Severity::Warning => "warning",
        };
        let expected_status = if level == "error" { 1 } else { 0 };
        assert_eq!(status, expected_status, "`{code}` fixture exit status:\n{stdout}");
        assert!(stdout.contains(&format!("{level}[{code}]")), "`{code}` did not fire:\n{stdout}");
        assert!(stdout.contains(" --> rules/"), "`{code}` has no file:line:col:\n{stdout}");
        assert_golden(&format!("lint/{code}.txt"), &stdout);
    }
}

#[test]
fn the_mini_ruleset_lints_clean() {
    let (status, stdout, _) = run(requal().args(["lint", "tests/fixtures/rules-mini"]));
    assert_eq!((status, stdout.as_str()), (0, "no problems found\n"));
}

#[test]
fn the_shipped_ruleset_lints_clean() {
    let (status, stdout, stderr) = run(requal().args(["lint", "rules"]));
    assert_eq!(status, 0, "{stdout}{stderr}");
    assert!(stdout.contains("no problems found"), "{stdout}");
    // The embedded copy is the same ruleset.
    let (status, stdout, _) = run(requal().arg("lint"));
    assert_eq!((status, stdout.as_str()), (0, "no problems found\n"));
}

#[test]
fn a_typo_a_cycle_and_a_syntax_error_are_all_reported_and_no_plan_is_made() {
    let dir = broken_ruleset("unknown-question");
    copy_dir(&fixture("lint/dependency-cycle/bad"), &dir.path().join("rules"));
    copy_dir(&fixture("lint/invalid-toml/bad"), &dir.path().join("rules"));
    let (status, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
    assert_eq!(status, 1);
    for expected in [
        "error[unknown-question]",
        "error[dependency-cycle]",
        "error[invalid-toml]",
        "rules/extra.toml:3:7",
        "rules/broken.toml:2:",
        "rules/cycle.toml:11:10",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in\n{stdout}");
    }
    let answers = dir.path().join("answers.toml");
    std::fs::write(&answers, "profession = \"doctor\"\n").unwrap();
    let (status, stdout, stderr) =
        run(requal().current_dir(dir.path()).args(["plan", "--rules", "rules", "--answers", "answers.toml"]));
    assert_eq!(status, 1, "{stderr}");
    assert!(stdout.is_empty(), "no plan may be printed: {stdout}");
    assert!(stderr.contains("error[unknown-question]") && stderr.contains("no plan can be made"), "{stderr}");
}

#[test]
fn deny_warnings_fails_on_a_warning() {
    let dir = broken_ruleset("overdue-source");
    let (status, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules", "--deny-warnings"]));
    assert_eq!(status, 1);
    assert!(
        stdout.contains("source `old-page` was last checked on 2025-01-10, 507 days ago (fresh-days is 180)"),
        "{stdout}"
    );
}

#[test]
fn json_and_github_formats_carry_line_and_column() {
    let dir = broken_ruleset("unknown-question");
    let (status, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules", "--format", "json"]));
    assert_eq!(status, 1);
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let d = &doc["diagnostics"][0];
    assert_eq!(d["code"], "unknown-question");
    assert_eq!(d["file"], "rules/extra.toml");
    assert_eq!((d["line"].as_u64(), d["col"].as_u64()), (Some(3), Some(7)));
    assert_eq!(d["help"], "did you mean `profession`?");
    let (_, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules", "--format", "github"]));
    assert!(stdout.starts_with("::error file=rules/extra.toml,line=3,col=7,"), "{stdout}");
}

#[test]
fn a_missing_folder_is_a_tool_failure() {
    let (status, _, stderr) = run(requal().args(["lint", "no/such/folder"]));
    assert_eq!(status, 2);
    assert!(stderr.contains("cannot read the rules folder `no/such/folder`"), "{stderr}");
}

#[test]
fn explain_prints_lint_docs() {
    let (status, stdout, _) = run(requal().args(["explain", "unknown-question"]));
    assert_eq!(status, 0);
    assert!(stdout.contains("### What it does") && stdout.contains("proffesion"), "{stdout}");
    let _ = root();
}

#[test]
fn one_broken_table_is_reported_once_without_knock_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), &dir.path().join("rules"));
    let facts = dir.path().join("rules/facts.toml");
    // A quoted impossible date breaks one [[source]] table that many facts cite.
    let text =
        std::fs::read_to_string(&facts).unwrap().replacen("verified = 2026-01-01", "verified = \"2026-02-30\"", 1);
    std::fs::write(&facts, text).unwrap();
    let (status, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
    assert_eq!(status, 1);
    assert!(stdout.contains("`2026-02-30` is not a real date: February 2026 has 28 days"), "{stdout}");
    assert!(!stdout.contains("unknown-reference"), "references to the broken source are not reported again:\n{stdout}");
    assert!(stdout.ends_with("1 error and 0 warnings\n"), "{stdout}");
}

#[test]
fn a_misspelt_key_gets_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), &dir.path().join("rules"));
    let facts = dir.path().join("rules/facts.toml");
    let text = std::fs::read_to_string(&facts).unwrap().replacen(
        "done-if = \"exams-passed contains 'exam-2'\"",
        "incude-if = \"true\"",
        1,
    );
    std::fs::write(&facts, text).unwrap();
    let (_, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
    assert!(
        stdout.contains("error[invalid-rule]: unknown key `incude-if`")
            && stdout.contains("help: did you mean `include-if`?"),
        "{stdout}"
    );
}

/// Thousands of small corruptions of a valid ruleset: the loader and every lint must report,
/// never panic. Deterministic (a fixed-seed generator), so a failure can be replayed.
#[test]
fn corrupted_rule_files_never_panic() {
    use requal::load::load_and_lint;
    use requal::ruleset::RulesetFiles;
    let dir = fixture("rules-mini");
    let base = RulesetFiles::from_dir(&dir).unwrap();
    let mut rng = requal::fuzz::Rng::new(0x5eed_1234_abcd_0001);
    for round in 0..400 {
        let mut files = base.clone();
        let which = rng.below(files.files.len());
        files.files[which].1 = requal::fuzz::mutate(&files.files[which].1, &mut rng).into();
        let loaded = load_and_lint(&files, Some(jiff::civil::date(2026, 11, 22)));
        // Every finding must be renderable at a real position in its file.
        for format in [requal::diagnostic::DiagnosticFormat::Human, requal::diagnostic::DiagnosticFormat::Json] {
            let _ = requal::diagnostic::render(&loaded.diagnostics, &loaded.sources, format, false, false);
        }
        if let Some(ruleset) = &loaded.ruleset {
            let answers = requal::answers::Answers::default();
            let _ = requal::engine::plan(ruleset, &answers, jiff::civil::date(2026, 11, 22), "en");
        }
        let _ = round;
    }
}

#[test]
fn a_syntax_error_in_the_ruleset_or_glossary_file_is_not_also_reported_as_missing_tables() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), &dir.path().join("rules"));
    let rules = dir.path().join("rules");
    let ruleset = std::fs::read_to_string(rules.join("ruleset.toml"))
        .unwrap()
        .replace("version = \"1.0.0\"", "version = \"1.0.0");
    std::fs::write(rules.join("ruleset.toml"), ruleset).unwrap();
    // facts.toml holds the glossary terms (OET) the questions' labels use.
    let facts = std::fs::read_to_string(rules.join("facts.toml")).unwrap() + "\n[[term]]\nid = \"x\nterm = \"X\"\n";
    std::fs::write(rules.join("facts.toml"), facts).unwrap();
    let (status, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
    assert_eq!(status, 1);
    assert!(stdout.contains("error[invalid-toml]") && stdout.contains("rules/ruleset.toml:"), "{stdout}");
    assert!(!stdout.contains("missing-ruleset-table"), "{stdout}");
    assert!(!stdout.contains("missing-glossary-term"), "{stdout}");
}

#[test]
fn changing_an_english_text_makes_each_translation_of_it_stale_and_the_plan_shows_the_english() {
    let dir = tempfile::tempdir().unwrap();
    crate::harness::copy_dir(&root().join("rules"), &dir.path().join("rules"));
    let languages: Vec<String> = std::fs::read_dir(dir.path().join("rules/locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".toml").to_owned())
        .collect();
    assert!(!languages.is_empty(), "the rules carry translations");
    let nmc = dir.path().join("rules/routes/nmc.toml");
    let text = std::fs::read_to_string(&nmc).unwrap();
    assert!(text.contains("title = \"Gather your documents\""));
    std::fs::write(&nmc, text.replace("title = \"Gather your documents\"", "title = \"Collect your documents\""))
        .unwrap();
    let (_, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
    for lang in &languages {
        let stale = stdout
            .lines()
            .filter(|l| l.starts_with("warning[stale-translation]"))
            .filter(|l| l.contains("`route.nmc-overseas.step.documents.title`") && l.contains(&format!("`{lang}`")))
            .count();
        assert_eq!(stale, 1, "{lang}: the changed title is not reported stale:\n{stdout}");
        let (status, plan, stderr) = run(requal()
            .current_dir(dir.path())
            .args(["--rules", "rules", "--lang", lang, "--plain", "plan", "--today", "2026-11-22", "--answers"])
            .arg(fixture("answers/refugee-nurse-north-west.toml")));
        assert_eq!(status, 0, "{stderr}");
        assert!(plan.contains("Collect your documents"), "{lang}: the stale title is not shown in English");
    }
}

#[test]
fn i18n_export_and_import_round_trip_without_loss() {
    let dir = tempfile::tempdir().unwrap();
    crate::harness::copy_dir(&root().join("rules"), &dir.path().join("rules"));
    let entries = |path: &std::path::Path| -> std::collections::BTreeMap<String, toml::Value> {
        let v: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        v["text"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["text"].as_str().is_some_and(|s| !s.is_empty()))
            .map(|t| (t["path"].as_str().unwrap().to_owned(), t.clone()))
            .collect()
    };
    let file = dir.path().join("rules/locales/ar.toml");
    let before = entries(&file);
    assert!(before.len() > 100, "the Arabic translations are there");
    let po = dir.path().join("ar.po");
    let (status, _, stderr) = run(requal()
        .current_dir(dir.path())
        .args(["--rules", "rules", "i18n", "export", "--lang", "ar", "--out"])
        .arg(&po));
    assert_eq!(status, 0, "{stderr}");
    let text = std::fs::read_to_string(&po).unwrap();
    assert!(text.contains("msgctxt \"route.nmc-overseas.step.documents.title\""), "paths are the context");
    assert!(text.contains("Language: ar"));
    std::fs::remove_file(&file).unwrap();
    let (status, _, stderr) =
        run(requal().current_dir(dir.path()).args(["--rules", "rules", "i18n", "import"]).arg(&po));
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(entries(&file), before, "export then import changed the translations");
    // And the imported file lints as the original did: no translation lost or made unsafe.
    let (_, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
    assert!(!stdout.contains("placeholder-mismatch") && !stdout.contains("invalid-translation"), "{stdout}");
}

#[test]
fn audit_lists_sources_oldest_check_first_with_their_facts_and_the_unconfirmed_facts() {
    let (status, json, stderr) =
        run(requal().args(["--today", "2026-12-02", "audit", "rules", "--format", "json"]).current_dir(root()));
    assert_eq!(status, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let sources = v["sources"].as_array().unwrap();
    assert!(sources.len() > 100);
    let dates: Vec<&str> = sources.iter().map(|s| s["verified"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "not oldest first");
    let cited = sources.iter().find(|s| s["id"] == "gmc-psv").expect("a GMC source");
    assert!(
        cited["cited_by"].as_array().unwrap().iter().any(|c| c == "step gmc-plab.primary-source-verification"),
        "{cited}"
    );
    let unconfirmed = v["unconfirmed"].as_array().unwrap();
    assert!(unconfirmed.iter().any(|u| u["fact"] == "warning nmc-fees-rising" && u["note"].is_string()));
    let (status, md, _) = run(requal().args(["--today", "2026-12-02", "audit", "rules"]).current_dir(root()));
    assert_eq!(status, 0);
    assert!(
        md.starts_with("# Re-verification worklist: requal-uk") && md.contains("## Unconfirmed facts"),
        "{}",
        &md[..200]
    );
}

#[test]
fn test_reports_as_json_and_junit_with_failures_named() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), &dir.path().join("rules"));
    let scenario = dir.path().join("rules/scenarios/refugee.toml");
    let text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(&scenario, text.replace("recommended = \"exams\"", "recommended = \"none\"")).unwrap();
    let (status, junit, _) = run(requal().current_dir(dir.path()).args(["test", "rules", "--format", "junit"]));
    assert_eq!(status, 1);
    assert!(junit.starts_with("<?xml") && junit.contains("failures=\"1\""), "{junit}");
    assert!(
        junit.contains("<failure message=") && junit.contains("recommended route: expected `none`, got `exams`"),
        "{junit}"
    );
    let (status, json, _) = run(requal().current_dir(dir.path()).args(["test", "rules", "--format", "json"]));
    assert_eq!(status, 1);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!((v["passed"].as_u64(), v["failed"].as_u64()), (Some(0), Some(1)));
    assert_eq!(v["scenarios"][0]["path"], "rules/scenarios/refugee.toml");
}

#[test]
fn the_committed_schema_is_what_requal_schema_prints_and_editors_find_it() {
    let (status, schema, _) = run(requal().arg("schema"));
    assert_eq!(status, 0);
    let committed = std::fs::read_to_string(root().join("rules/rules.schema.json")).unwrap();
    assert_eq!(committed, schema, "rules/rules.schema.json is stale: run `requal schema > rules/rules.schema.json`");
    let taplo = std::fs::read_to_string(root().join(".taplo.toml")).unwrap();
    assert!(taplo.contains("rules/rules.schema.json"));
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    let workflow = std::fs::read_to_string(root().join(".github/workflows/rules.yml")).unwrap();
    assert!(hooks.contains("requal lint rules --deny-warnings") && workflow.contains("--format github"));
}

/// The mini ruleset with three mistakes in one route table: a wrong type, an unknown key in a
/// step, and a wrong type in another step.
fn three_mistakes() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), &dir.path().join("rules"));
    let path = dir.path().join("rules/facts.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replacen("rank = 10", "rank = \"ten\"", 1)
        .replacen("id = \"apply\"\n", "id = \"apply\"\ncolour = \"red\"\n", 1)
        .replacen("category = \"application\"", "category = 5", 1);
    std::fs::write(&path, text).unwrap();
    dir
}

#[test]
fn every_structural_mistake_in_a_table_is_reported_in_one_run() {
    let dir = three_mistakes();
    let (status, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules", "--format", "json"]));
    assert_eq!(status, 1);
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let found: Vec<(String, u64)> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "invalid-rule")
        .map(|d| (d["message"].as_str().unwrap().to_owned(), d["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].0.contains("expected a whole number"), "{found:?}");
    assert_eq!(found[1].0, "unknown key `colour`");
    assert!(found[0].1 < found[1].1 && found[1].1 < found[2].1, "in file order: {found:?}");
    // No knock-on findings: the route's texts and references are not reported as missing.
    assert_eq!(doc["errors"], 3, "{stdout}");
}

#[test]
fn a_duplicate_id_points_at_both_places() {
    let dir = broken_ruleset("duplicate-id");
    let (_, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules", "--format", "json"]));
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let d = doc["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "duplicate-id").unwrap();
    let related = &d["related"][0];
    assert_eq!(related["label"], "first use");
    assert!(related["line"].as_u64().unwrap() > 0);
    let (_, human, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
    assert!(human.contains("second use") && human.contains("first use"), "{human}");
}

#[test]
fn lint_levels_from_the_command_line_and_the_ruleset() {
    let dir = broken_ruleset("long-sentence");
    let lint = |args: &[&str]| run(requal().current_dir(dir.path()).args(["lint", "rules"]).args(args));
    let (status, stdout, _) = lint(&[]);
    assert_eq!(status, 0);
    assert!(stdout.contains("warning[long-sentence]"), "{stdout}");
    let (status, stdout, _) = lint(&["-D", "long-sentence"]);
    assert_eq!(status, 1);
    assert!(stdout.contains("error[long-sentence]"), "{stdout}");
    let (status, stdout, _) = lint(&["-D", "warnings"]);
    assert_eq!(status, 1, "{stdout}");
    let (status, stdout, _) = lint(&["-D", "warnings", "-A", "long-sentence", "-A", "hard-to-read"]);
    assert_eq!((status, stdout.as_str()), (0, "no problems found\n"));
    // An error cannot be lowered, and a misspelt lint is named with a suggestion.
    let (status, _, stderr) = lint(&["-A", "duplicate-id"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("`duplicate-id` cannot be set to allow"), "{stderr}");
    let (status, _, stderr) = lint(&["-W", "long-sentense"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("did you mean `long-sentence`"), "{stderr}");

    // The same from a [lints] table, with a bad entry located.
    let ruleset = dir.path().join("rules/ruleset.toml");
    let mut text = std::fs::read_to_string(&ruleset).unwrap();
    text.push_str("\n[lints]\nlong-sentence = \"deny\"\nno-such-lint = \"allow\"\n");
    std::fs::write(&ruleset, text).unwrap();
    let (status, stdout, _) = lint(&[]);
    assert_eq!(status, 1);
    assert!(stdout.contains("error[long-sentence]"), "{stdout}");
    assert!(stdout.contains("error[unknown-lint]: there is no lint `no-such-lint`"), "{stdout}");
    assert!(stdout.contains("rules/ruleset.toml:"), "{stdout}");
    // The command line wins over the file.
    let (_, stdout, _) = lint(&["-A", "long-sentence"]);
    assert!(!stdout.contains("long-sentence"), "{stdout}");
    // A lint denied in [lints] does not stop plans: it tunes `requal lint` only.
    let (status, _, stderr) = run(requal().current_dir(dir.path()).args([
        "--rules",
        "rules",
        "plan",
        "--answers",
        &fixture("answers/mini-refugee.toml").to_string_lossy(),
    ]));
    assert!(!stderr.contains("error[long-sentence]"), "{stderr}");
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn sarif_output_validates_against_the_sarif_2_1_0_schema() {
    let text = std::fs::read_to_string(fixture("sarif/sarif-schema-2.1.0.json")).unwrap();
    // The published schema's `language` pattern has a stray `]`, a literal in JavaScript but an
    // error for the validator's regex check; it is escaped to mean the same (we never write
    // `language`).
    let text = text.replace(r#"[a-zA-Z]{2}]?$"#, r#"[a-zA-Z]{2}\\]?$"#);
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for dir in [three_mistakes(), broken_ruleset("duplicate-id"), broken_ruleset("long-sentence")] {
        let (_, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules", "--format", "sarif"]));
        let log: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let run = &log["runs"][0];
        let results = run["results"].as_array().unwrap();
        assert!(!results.is_empty());
        for r in results {
            let rule = &run["tool"]["driver"]["rules"][r["ruleIndex"].as_u64().unwrap() as usize];
            assert_eq!(rule["id"], r["ruleId"], "ruleIndex points at the result's rule");
            assert!(
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .starts_with("rules/")
            );
        }
    }
    // The check has teeth: a log with a result lacking its message is refused.
    let mut broken: serde_json::Value = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "requal"}}, "results": [{"ruleId": "x"}]}]});
    assert!(!validator.is_valid(&broken));
    broken["runs"][0]["results"][0]["message"] = serde_json::json!({"text": "a finding"});
    assert!(validator.is_valid(&broken));
    // Rule descriptions come from the lint docs.
    let dir = broken_ruleset("duplicate-id");
    let (_, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules", "--format", "sarif"]));
    let log: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    let dup = rules.iter().find(|r| r["id"] == "duplicate-id").unwrap();
    assert_eq!(dup["shortDescription"]["text"], requal::lint::find("duplicate-id").unwrap().summary);
    assert!(dup["help"]["markdown"].as_str().unwrap().contains("### What it does"));
    let result = log["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "duplicate-id").unwrap();
    assert_eq!(result["relatedLocations"][0]["message"]["text"], "first use");
}

#[test]
fn one_run_writes_several_formats_to_several_files() {
    let dir = broken_ruleset("duplicate-id");
    let (status, stdout, _) = run(requal().current_dir(dir.path()).args([
        "lint",
        "rules",
        "--format",
        "github",
        "--report",
        "sarif=out/lint.sarif",
        "--report",
        "json=lint.json",
    ]));
    assert_eq!(status, 1);
    assert!(stdout.starts_with("::error file=rules/"), "{stdout}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("lint.json")).unwrap()).unwrap();
    assert!(json["errors"].as_u64().unwrap() >= 1);
    let (status, _, stderr) = run(requal().current_dir(dir.path()).args(["lint", "rules", "--report", "sarif"]));
    assert_eq!(status, 2);
    assert!(stderr.contains("FORMAT=FILE"), "{stderr}");
}

/// Lints across files read names from each file's text; a name written with escapes is read
/// as it reads, in the file it is in and in the others.
#[test]
fn names_written_with_escapes_are_matched_across_files() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    copy_dir(&fixture("rules-mini"), &rules);
    std::fs::write(
        rules.join("escaped.toml"),
        r#"[[warning]]
id = "escaped-source"
if = "true"
text = "A warning."
sources = ["reg-\u0065xams"]

[[warning]]
id = "escaped-missing"
if = "true"
text = "Another warning."
sources = ["no-such-\u0073ource"]
"#,
    )
    .unwrap();
    let (status, stdout, _) = run(requal().current_dir(dir.path()).args(["lint", "rules"]));
    assert_eq!(status, 1, "{stdout}");
    assert!(stdout.contains("no source has the id `no-such-source`"), "{stdout}");
    assert_eq!(stdout.matches("error[unknown-reference]").count(), 1, "only the missing one:\n{stdout}");
    assert!(stdout.contains(" --> rules/escaped.toml:11:"), "{stdout}");
}
