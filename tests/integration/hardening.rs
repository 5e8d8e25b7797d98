//! Hostile input: nothing from a rule file, answers file, session, file name or argument
//! reaches the terminal or a page unchecked; files that are not files, bad encodings and
//! huge values end quickly with a clear error; the fuzz targets never panic.

use crate::harness::{copy_dir, fixture, requal, run};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Control characters a terminal would act on (ESC, BEL, CSI in C1, DEL, NUL).
fn has_controls(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{7f}' | '\u{0}' | '\u{80}'..='\u{9f}'))
}

/// Runs `cmd`, failing the test if it has not finished within 20 seconds.
fn run_bounded(cmd: &mut Command) -> (i32, String, String) {
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("requal did not finish within 20 s: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const NURSE: &str =
    "profession = \"nurse\"\ntrained-in = \"overseas\"\nimmigration-status = \"refugee\"\nregion = \"london\"\n";

#[test]
fn control_characters_from_answers_sessions_names_and_arguments_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "\u{1b}]0;pwned\u{7}\u{9b}2J";
    // The same, as TOML escapes: what a file can carry inside a string.
    let escaped = "\\u001b]0;pwned\\u0007\\u009b2J";
    // A key that is not a question, and a session table a participant's file could carry.
    let bad_key = dir.path().join("bad-key.toml");
    std::fs::write(&bad_key, format!("{NURSE}\"x{escaped}\" = 1\n")).unwrap();
    let session = dir.path().join("session.toml");
    std::fs::write(
        &session,
        format!("{NURSE}[session]\nruleset = \"r{escaped}\"\nversion = \"v{escaped}\"\nhash = \"h\"\nsaved = \"2026-11-01\"\n"),
    )
    .unwrap();
    let named = dir.path().join(format!("name{evil}.toml"));
    std::fs::write(&named, "profession = 3\n").unwrap();
    for format in ["table", "markdown", "html", "json"] {
        for file in [&bad_key, &session, &named] {
            let (_, stdout, stderr) =
                run(requal().args(["plan", "--today", "2026-12-01", "--format", format, "--answers"]).arg(file));
            assert!(
                !has_controls(&stdout) && !has_controls(&stderr),
                "{format} {}:\n{stdout}\n{stderr}",
                file.display()
            );
        }
    }
    let (_, stdout, stderr) =
        run(requal().args(["--plain", "plan", "--today", "2026-12-01", "--answers"]).arg(&session));
    assert!(
        stderr.contains("saved with rules r\u{FFFD}]0;pwned"),
        "the session's fields are shown, made inert:\n{stderr}"
    );
    assert!(!has_controls(&stdout) && !has_controls(&stderr));
    // An argument: a bad --lang is refused, and its value is not echoed raw.
    let (status, stdout, stderr) = run(requal().args(["plan", "--lang", evil, "--answers"]).arg(&bad_key));
    assert_eq!(status, 2, "{stderr}");
    assert!(!has_controls(&stdout) && !has_controls(&stderr), "{stderr}");
    assert!(stderr.contains("expected a language tag"), "{stderr}");
}

#[test]
fn control_characters_in_rule_text_are_a_lint_error_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), dir.path());
    copy_dir(&fixture("lint/control-character/bad"), dir.path());
    for format in ["human", "json", "github"] {
        let (status, stdout, stderr) = run(requal().arg("lint").arg(dir.path()).args(["--format", format]));
        assert_eq!(status, 1, "{stdout}{stderr}");
        assert!(stdout.contains("control-character"), "{stdout}");
        assert!(!has_controls(&stdout) && !has_controls(&stderr), "{format}:\n{stdout}");
    }
}

#[test]
fn files_that_are_not_files_end_quickly_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    copy_dir(&fixture("rules-mini"), &rules);
    let fifo = rules.join("pipe.toml");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    std::os::unix::fs::symlink("/dev/zero", rules.join("zero.toml")).unwrap();
    std::os::unix::fs::symlink("..", rules.join("loop")).unwrap();
    let (status, stdout, _) = run_bounded(requal().arg("lint").arg(&rules));
    assert_eq!(status, 1, "{stdout}");
    assert!(
        stdout.contains("pipe.toml:1:1") && stdout.contains("it is a named pipe (FIFO), not a regular file"),
        "{stdout}"
    );
    assert!(stdout.contains("zero.toml:1:1") && stdout.contains("it is a device"), "{stdout}");
    assert_eq!(stdout.matches("error[").count(), 2, "the loop is read once, the rest lints clean:\n{stdout}");
    // An answers "file" that is a FIFO, a device or 50 MB.
    let big = dir.path().join("big.toml");
    std::fs::write(&big, format!("{NURSE}region = \"{}\"\n", "x".repeat(50 * 1024 * 1024))).unwrap();
    for (path, says) in
        [(&fifo, "named pipe"), (&std::path::PathBuf::from("/dev/zero"), "a device"), (&big, "larger than 4 MB")]
    {
        let (status, _, stderr) = run_bounded(requal().args(["plan", "--answers"]).arg(path));
        assert_eq!(status, 2, "{stderr}");
        assert!(stderr.contains("cannot read the answers file") && stderr.contains(says), "{stderr}");
        assert!(stderr.len() < 1000, "the error is short: {} bytes", stderr.len());
    }
}

#[test]
fn badly_encoded_files_are_located_findings_and_the_rest_is_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), dir.path());
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("[[term]]".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    std::fs::write(dir.path().join("utf16.toml"), utf16).unwrap();
    std::fs::write(dir.path().join("latin1.toml"), b"# caf\xe9\n").unwrap();
    // And a real problem elsewhere, which must still be found.
    copy_dir(&fixture("lint/missing-source/bad"), dir.path());
    let (status, stdout, _) = run(requal().arg("lint").arg(dir.path()));
    assert_eq!(status, 1, "{stdout}");
    assert!(
        stdout.contains("error[unreadable-file]") && stdout.contains("utf16.toml:1:1") && stdout.contains("UTF-16"),
        "{stdout}"
    );
    assert!(stdout.contains("latin1.toml:1:1") && stdout.contains("not UTF-8"), "{stdout}");
    assert!(stdout.contains("error[missing-source]"), "the other files are checked:\n{stdout}");
    let answers = dir.path().join("answers-utf16.toml");
    std::fs::write(
        &answers,
        [0xFF, 0xFE].into_iter().chain(NURSE.encode_utf16().flat_map(u16::to_le_bytes)).collect::<Vec<u8>>(),
    )
    .unwrap();
    let (status, _, stderr) = run(requal().args(["plan", "--answers"]).arg(&answers));
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr.contains("error[invalid-answer]") && stderr.contains("answers-utf16.toml") && stderr.contains("UTF-16"),
        "{stderr}"
    );
}

#[test]
fn an_empty_rules_folder_is_the_same_clear_error_for_lint_and_plan() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.toml");
    std::fs::write(&answers, NURSE).unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let (lint_status, lint_out, lint_err) = run(requal().arg("lint").arg(&empty));
    let (plan_status, _, plan_err) = run(requal().arg("--rules").arg(&empty).args(["plan", "--answers"]).arg(&answers));
    assert_eq!((lint_status, plan_status), (2, 2), "{lint_out}{lint_err}{plan_err}");
    for err in [&lint_err, &plan_err] {
        assert!(err.contains("holds no rule files"), "{err}");
    }
    assert!(!lint_out.contains("no problems found"), "{lint_out}");
}

#[test]
fn huge_keys_and_values_are_echoed_short_and_fast() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.toml");
    std::fs::write(
        &path,
        format!("{NURSE}\"{}\" = 1\nfees-affordable = \"{}\"\n", "k".repeat(1_000_000), "v".repeat(1_000_000)),
    )
    .unwrap();
    let (status, _, stderr) = run_bounded(requal().args(["plan", "--answers"]).arg(&path));
    assert_eq!(status, 2, "{}", &stderr[..stderr.len().min(500)]);
    assert!(
        stderr.contains("kkkk…` is not a question") && stderr.contains("vvvv…` is not one of"),
        "{}",
        &stderr[..2000.min(stderr.len())]
    );
    // The source line itself is shown by the renderer; the messages are clipped.
    assert!(stderr.lines().all(|l| !l.starts_with("error[") || l.len() < 400), "long message lines");
}

#[test]
fn toml_errors_in_an_answers_file_name_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, format!("{NURSE}english-test-date = 2026-02-30\nregion = \"wales\"\n")).unwrap();
    let (status, _, stderr) = run(requal().args(["plan", "--answers"]).arg(&path));
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("error[invalid-answer]: `english-test-date`: invalid date"), "{stderr}");
    assert!(stderr.contains("error[invalid-answer]: `region`: duplicate key"), "{stderr}");
}

#[test]
fn a_year_0000_date_in_an_answers_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, format!("{NURSE}english-test = \"ielts\"\nenglish-test-date = 0000-01-01\n")).unwrap();
    let (status, _, stderr) = run(requal().args(["plan", "--answers"]).arg(&path));
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("`english-test-date`: 0000-01-01 is before 1900-01-01"), "{stderr}");
}

#[test]
fn every_fuzz_target_survives_thousands_of_mutations() {
    let corpus = requal::fuzz::Corpus::embedded();
    assert!(corpus.conditions.len() > 200 && corpus.answers.len() > 90, "the seed corpus is the shipped rules");
    let mut executions = 0;
    for (i, target) in requal::fuzz::TARGETS.into_iter().enumerate() {
        let rounds = if target == requal::fuzz::Target::Rules { 20 } else { 1_500 };
        let mut rng = requal::fuzz::Rng::new(0xf022_0000 + i as u64);
        for _ in 0..rounds {
            requal::fuzz::run(target, &corpus, &mut rng);
            executions += 1;
        }
    }
    assert_eq!(executions, 20 + 3 * 1_500);
}

#[test]
fn markup_in_rule_text_stays_text_in_markdown_and_html() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("rules-mini"), dir.path());
    let facts = dir.path().join("facts.toml");
    let text = std::fs::read_to_string(&facts).unwrap().replace(
        "title = \"Pass exam 1\"",
        "title = \"Pass exam 1 <script>alert(1)</script> [click](javascript:alert(2)) **now**\"",
    );
    std::fs::write(&facts, text).unwrap();
    let answers = fixture("answers/mini-refugee.toml");
    let plan = |format: &str| {
        let (status, stdout, stderr) = run(requal()
            .arg("--rules")
            .arg(dir.path())
            .args(["plan", "--today", "2026-06-01", "--format", format, "--answers"])
            .arg(&answers));
        assert_eq!(status, 0, "{stderr}");
        stdout
    };
    let md = plan("markdown");
    assert!(
        md.contains("Pass exam 1 \\<script\\>alert(1)\\</script\\> \\[click\\](javascript:alert(2)) \\*\\*now\\*\\*"),
        "{md}"
    );
    // Escaped brackets cannot open a link, and no raw tag is left.
    assert!(!md.contains("<script>") && !md.contains(" [click](javascript:"), "{md}");
    let html = plan("html");
    assert!(html.contains("Pass exam 1 &lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(!html.contains("<script>") && !html.contains("href=\"javascript:"), "{html}");
    // Every link in either format goes to an https:// address.
    for href in html.split("href=\"").skip(1) {
        assert!(href.starts_with("https://"), "{href}");
    }
    for (i, _) in md.match_indices("](") {
        let escaped = md[..i].ends_with('\\');
        assert!(escaped || md[i + 2..].starts_with("https://"), "{}", &md[i..]);
    }
}
