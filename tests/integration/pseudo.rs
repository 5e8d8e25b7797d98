//! The pseudo-locale `en-XA`: every interface string a plan shows comes out accented, so any
//! plain English word that is not rule content bypassed the interface catalogue.

use crate::harness::{fixture, requal, run};
use std::collections::HashSet;

/// Words of three or more letters with no accented letter: what is left unaccented.
fn plain_words(text: &str) -> Vec<String> {
    // Tokens with digits in them (a content hash like `9331acc8a722`, a version) are not words.
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.chars().any(|c| c.is_ascii_digit()))
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.len() >= 3 && w.is_ascii())
        .map(str::to_lowercase)
        .collect()
}

/// Every word of the rule files and the answers file: rule content stays English in `en-XA`.
fn content_words(rules: &std::path::Path, answers: &std::path::Path) -> HashSet<String> {
    fn strings(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::String(s) => out.push(s.clone()),
            toml::Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
            toml::Value::Table(t) => t.values().for_each(|i| strings(i, out)),
            _ => {}
        }
    }
    let mut files = crate::harness::files_under(rules, "toml");
    files.push(answers.to_path_buf());
    // Only the strings the files hold, not their keys: `sources = …` must not excuse a
    // "Sources" heading that bypassed the catalogue.
    let mut texts = Vec::new();
    for f in files {
        strings(&toml::from_str::<toml::Value>(&std::fs::read_to_string(f).unwrap()).unwrap(), &mut texts);
    }
    texts.iter().flat_map(|t| plain_words(t)).collect()
}

/// `text` without what is not words for a person: web addresses, HTML tags and the style sheet.
fn readable(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    if let (Some(a), Some(b)) = (rest.find("<style>"), rest.find("</style>")) {
        out.push_str(&rest[..a]);
        rest = &rest[b..];
    }
    let mut in_tag = false;
    let mut tagless = String::new();
    for c in out.chars().chain(rest.chars()) {
        match c {
            '<' => {
                in_tag = true;
                tagless.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => tagless.push(c),
            _ => {}
        }
    }
    let tagless = tagless
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'");
    tagless.split_whitespace().filter(|w| !w.contains("://")).collect::<Vec<_>>().join(" ")
}

#[test]
fn every_interface_string_of_every_plan_format_goes_through_the_catalogue() {
    let setups = [
        (fixture("rules-mini"), fixture("answers/mini-refugee.toml")),
        (crate::harness::root().join("rules"), fixture("answers/refugee-doctor-east.toml")),
    ];
    for (i, (rules, answers)) in setups.iter().enumerate() {
        // The bordered table breaks long web addresses inside cells, into pieces that look like
        // words: it is checked on the mini rules only.
        check_setup(rules, answers, i == 0);
    }
}

fn check_setup(rules: &std::path::Path, answers: &std::path::Path, bordered_table: bool) {
    let content = content_words(rules, answers);
    for format in ["table", "markdown", "html", "json"] {
        for plain in [false, true] {
            if format == "table" && !plain && !bordered_table {
                continue;
            }
            let mut cmd = requal();
            cmd.arg("--rules").arg(rules).args(["--lang", "en-XA"]);
            if plain {
                cmd.arg("--plain");
            }
            cmd.args(["plan", "--today", "2026-06-01", "--format", format, "--answers"]).arg(answers);
            let (status, stdout, stderr) = run(&mut cmd);
            assert_eq!(status, 0, "{stderr}");
            assert!(stdout.contains('á') || stdout.contains('é'), "{format}: nothing is accented:\n{stdout}");
            let text = if format == "json" {
                // Only the sentences a person reads: `why`, `why_not`, and texts.
                let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
                let mut s = String::new();
                for r in v["routes"].as_array().unwrap() {
                    for key in ["why", "why_not"] {
                        for w in r[key].as_array().unwrap() {
                            s.push_str(w.as_str().unwrap());
                            s.push('\n');
                        }
                    }
                    for st in r["steps"].as_array().unwrap() {
                        for w in st["why"].as_array().unwrap() {
                            s.push_str(w.as_str().unwrap());
                            s.push('\n');
                        }
                    }
                }
                s
            } else {
                readable(&stdout)
            };
            let stray: Vec<String> = plain_words(&text).into_iter().filter(|w| !content.contains(w)).collect();
            assert!(
                stray.is_empty(),
                "{format} (plain {plain}): words that bypassed the catalogue: {stray:?}\n{stdout}"
            );
        }
    }
}

#[test]
fn explain_says_its_labels_through_the_catalogue() {
    let rules = crate::harness::root().join("rules");
    let content = content_words(&rules, &fixture("answers/refugee-nurse-north-west.toml"));
    for id in
        ["nmc-overseas", "nmc-overseas.eligibility", "english-test-date", "ielts-overall", "nmc-english", "eligibility"]
    {
        let (status, stdout, stderr) = run(requal().args(["--lang", "en-XA", "explain", id]));
        assert_eq!(status, 0, "{id}: {stderr}");
        let stray: Vec<String> = plain_words(&stdout).into_iter().filter(|w| !content.contains(w)).collect();
        assert!(stray.is_empty(), "explain {id}: words that bypassed the catalogue: {stray:?}\n{stdout}");
    }
    let (status, _, stderr) = run(requal().args(["--lang", "en-XA", "explain", "nmc-overseaz"]));
    assert_eq!(status, 2);
    assert!(
        stderr.contains("]nmc-overseas[")
            && plain_words(&stderr).iter().all(|w| content.contains(w) || w == "overseaz"),
        "{stderr}"
    );
}

#[test]
fn problems_with_an_answers_file_are_said_through_the_catalogue() {
    let rules = crate::harness::root().join("rules");
    let dir = tempfile::tempdir().unwrap();
    let utf16 = dir.path().join("utf16.toml");
    std::fs::write(&utf16, [0xFF, 0xFE, b'a', 0]).unwrap();
    let future = dir.path().join("future.toml");
    std::fs::write(&future, "english-test = \"ielts\"\nenglish-test-date = \"31/02/2026\"\nproffesion = \"nurse\"\n")
        .unwrap();
    for file in [fixture("answers/bad-values.toml"), fixture("answers/unknown-key.toml"), utf16, future] {
        // Rule content, and the answers file's own words (its keys are quoted back).
        let mut content = content_words(&rules, &fixture("answers/mini-refugee.toml"));
        content.extend(plain_words(&String::from_utf8_lossy(&std::fs::read(&file).unwrap())));
        let (status, stdout, stderr) =
            run(requal().args(["--lang", "en-XA", "plan", "--today", "2026-11-22", "--answers"]).arg(&file));
        assert_eq!((status, stdout.as_str()), (2, ""), "{stderr}");
        // The file's name, the lines quoted from it and the codes are not interface text.
        let path = file.display().to_string();
        let said: String = stderr
            .lines()
            .filter(|l| !l.trim_start().starts_with(|c: char| c.is_ascii_digit()) && !l.contains("-->"))
            .map(|l| l.replace(&path, "").replace("[invalid-answer]", "").replace("[unknown-answer-key]", ""))
            .collect::<Vec<_>>()
            .join("\n");
        let stray: Vec<String> = plain_words(&said).into_iter().filter(|w| !content.contains(w)).collect();
        assert!(stray.is_empty(), "{}: words that bypassed the catalogue: {stray:?}\n{stderr}", file.display());
    }
}

#[test]
fn each_language_shows_a_nurses_and_a_doctors_plan_with_translated_headings_statuses_and_rule_texts() {
    for (lang, ..) in requal::ui::LANGUAGES {
        for who in ["answers/refugee-nurse-north-west.toml", "answers/refugee-doctor-east.toml"] {
            let (status, stdout, stderr) = run(requal()
                .args(["--plain", "--lang", lang, "plan", "--today", "2026-11-22", "--answers"])
                .arg(fixture(who)));
            assert_eq!(status, 0, "{lang}: {stderr}");
            let person = if who.contains("nurse") { "nurse" } else { "doctor" };
            // Without the first lines (the rules' version and content hash, which any rule edit changes).
            let body = stdout.split_once("\n\n").map_or(stdout.as_str(), |(_, rest)| rest);
            crate::harness::assert_golden(&format!("plan/{person}.{lang}.txt"), body);
            // Lines are wrapped: compare word runs.
            let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            let stdout = flat(&stdout);
            for id in ["short-heading", "next-heading", "status-next", "machine-translation-notice"] {
                let word = requal::ui::word(id, lang);
                assert!(!word.is_empty() && word != requal::ui::word(id, "en"), "{lang}: `{id}` is not translated");
                assert!(stdout.contains(&flat(word)), "{lang} {who}: no `{id}` ({word})");
            }
            // The rules carry the language: step titles are translated too.
            for english in ["Meet the NMC English language requirement", "Meet the GMC English requirement"] {
                assert!(!stdout.contains(english), "{lang} {who}: `{english}` is not translated");
            }
            // Said once, in the plan itself.
            assert_eq!(stdout.matches(&flat(requal::ui::word("machine-translation-notice", lang))).count(), 1);
            assert!(!stderr.contains(requal::ui::word("machine-translation-notice", lang)), "{stderr}");
        }
    }
}

#[test]
fn the_mini_plan_in_each_language_is_stable() {
    for (lang, ..) in requal::ui::LANGUAGES {
        let (status, stdout, stderr) = run(requal()
            .args([
                "--rules",
                "tests/fixtures/rules-mini",
                "--lang",
                lang,
                "plan",
                "--today",
                "2026-11-22",
                "--answers",
            ])
            .arg(fixture("answers/mini-refugee.toml")));
        assert_eq!(status, 0, "{stderr}");
        crate::harness::assert_golden(&format!("plan/mini.{lang}.txt"), &stdout);
    }
}

#[test]
fn a_right_to_left_handout_is_marked_rtl_with_the_english_rule_texts_marked_ltr() {
    let (status, page, stderr) = run(requal()
        .args(["--lang", "ar", "plan", "--today", "2026-11-22", "--format", "html", "--answers"])
        .arg(fixture("answers/refugee-nurse-north-west.toml")));
    assert_eq!(status, 0, "{stderr}");
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{}", &page[..300]);
    // Each translated rule text has its English beside it, marked left to right.
    assert!(
        page.contains("<span class=\"en\" lang=\"en\" dir=\"ltr\">Gather your documents</span>"),
        "no English beside"
    );
    assert!(page.matches("class=\"en\" lang=\"en\"").count() > 20);
    assert!(page.contains(requal::ui::word("machine-translation-notice", "ar")));
    // Dari readers get Farsi, and are told so.
    let (status, page, stderr) = run(requal()
        .args(["--lang", "prs", "plan", "--today", "2026-11-22", "--format", "html", "--answers"])
        .arg(fixture("answers/refugee-nurse-north-west.toml")));
    assert_eq!(status, 0, "{stderr}");
    assert!(page.contains("<html lang=\"fa\" dir=\"rtl\">"));
    let stderr = stderr.replace(['\u{2068}', '\u{2069}'], "");
    assert!(stderr.contains("`prs`") && stderr.contains("`fa`"), "{stderr}");
}
