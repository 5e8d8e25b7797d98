//! The HTML handout as a person prints it and opens it on a phone, in headless Chromium
//! (Debian's `chromium`; `.ci/run` installs it and poppler's `pdftotext`). The pictures it
//! takes are left in `target/handout/` to look at.

use crate::harness::{fixture, requal, root, run};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The browser and `pdftotext`, or `None` (then the test says so and does nothing, except in
/// CI, where their absence is a failure).
fn tools() -> Option<(PathBuf, PathBuf)> {
    let find = |name: &str| {
        std::env::var_os("PATH")
            .and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(name)).find(|p| p.is_file()))
    };
    let browser = find("chromium").or_else(|| find("chromium-browser"));
    let found = browser.zip(find("pdftotext"));
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "CI must have chromium and pdftotext (.ci/run installs them)");
        #[allow(clippy::print_stderr)] // a skipped test must say why
        {
            eprintln!("skipped: chromium or pdftotext is not installed (apt-get install chromium poppler-utils)");
        }
    }
    found
}

fn browser(chromium: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"])
        .args(args)
        .output()
        .expect("run chromium");
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// The plan for `answers` as a page in `dir`, named `name` (tests run at once: one file each).
fn handout(answers: &str, dir: &Path, name: &str) -> PathBuf {
    let (status, html, stderr) =
        run(requal().args(["plan", "--today", "2026-11-22", "--format", "html", "--answers"]).arg(fixture(answers)));
    assert_eq!(status, 0, "{stderr}");
    let file = dir.join(format!("{name}.html"));
    std::fs::write(&file, html).unwrap();
    file
}

/// Each page of a PDF: its height, the lowest text on it, and its text.
fn pages(pdftotext: &Path, pdf: &Path) -> Vec<(f64, f64, String)> {
    let out = Command::new(pdftotext).arg("-bbox").arg(pdf).arg("-").output().expect("run pdftotext");
    assert!(out.status.success());
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |tag: &str, name: &str| -> f64 {
        let key = format!("{name}=\"");
        tag.find(&key).and_then(|i| tag[i + key.len()..].split('"').next().and_then(|v| v.parse().ok())).unwrap_or(0.0)
    };
    html.split("<page ")
        .skip(1)
        .map(|page| {
            let height = attr(page, "height");
            let mut lowest = 0.0_f64;
            let mut text = String::new();
            for word in page.split("<word ").skip(1) {
                lowest = lowest.max(attr(word, "yMax"));
                if let Some(w) = word.split('>').nth(1).and_then(|w| w.split('<').next()) {
                    text.push_str(w);
                    text.push(' ');
                }
            }
            (height, lowest, text.replace("&amp;", "&").replace("&quot;", "\""))
        })
        .collect()
}

#[test]
fn the_nurses_handout_prints_on_at_most_six_full_a4_pages_with_the_short_plan_on_page_one() {
    let Some((chromium, pdftotext)) = tools() else { return };
    let dir = root().join("target/handout");
    std::fs::create_dir_all(&dir).unwrap();
    let html = handout("answers/refugee-nurse-north-west.toml", &dir, "nurse-print");
    let pdf = dir.join("nurse.pdf");
    browser(
        &chromium,
        &["--no-pdf-header-footer", &format!("--print-to-pdf={}", pdf.display()), html.to_str().unwrap()],
    );
    let pages = pages(&pdftotext, &pdf);
    assert!(!pages.is_empty() && pages.len() <= 6, "the handout prints on {} pages", pages.len());
    let (_, _, first) = &pages[0];
    for needle in ["Your plan in short", "Your best route:", "Your next steps", "Fees still to pay", "Who can help:"] {
        assert!(first.contains(needle), "page 1 lacks {needle:?}: {first}");
    }
    // Web addresses are printed after their links' text.
    assert!(first.contains("RefuAid (https://refuaid.org)"), "{first}");
    // Every page but the last is at least about 60 % full.
    for (i, (height, lowest, _)) in pages.iter().enumerate().take(pages.len() - 1) {
        assert!(lowest / height >= 0.6, "page {} is only {:.0} % full", i + 1, 100.0 * lowest / height);
    }
    let all: String = pages.iter().map(|(_, _, t)| t.as_str()).collect();
    assert!(all.contains("Your answers") && all.contains("Immigration status: Refugee"), "no record of the answers");
    // Pictures to look at.
    browser(
        &chromium,
        &[
            "--window-size=794,1123",
            &format!("--screenshot={}", dir.join("nurse-a4.png").display()),
            html.to_str().unwrap(),
        ],
    );
}

#[test]
fn on_a_phone_400_pixels_wide_nothing_is_cut() {
    let Some((chromium, _)) = tools() else { return };
    let dir = root().join("target/handout");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, answers) in
        [("nurse", "answers/refugee-nurse-north-west.toml"), ("doctor", "answers/refugee-doctor-east.toml")]
    {
        let html = handout(answers, &dir, &format!("{name}-page"));
        // Headless Chromium's window is at least 500 pixels wide: the page goes in a frame 400
        // pixels wide, which reports into the page the right edge of its widest element.
        let page = std::fs::read_to_string(&html).unwrap().replace('&', "&amp;").replace('"', "&quot;");
        let probe = dir.join(format!("{name}-phone.html"));
        let script = "document.getElementById('f').onload=function(){const d=this.contentDocument;let r=0;\
            for(const e of d.querySelectorAll('body *')){r=Math.max(r,e.getBoundingClientRect().right)}\
            document.body.dataset.widest=String(Math.ceil(r));\
            document.body.dataset.viewport=String(this.contentWindow.innerWidth);}";
        let frame = format!(
            "<!doctype html><body style=\"margin:0\"><iframe id=\"f\" style=\"width:400px;height:2400px;border:0\" \
             srcdoc=\"{page}\"></iframe><script>{script}</script></body>"
        );
        std::fs::write(&probe, frame).unwrap();
        let dump = browser(&chromium, &["--window-size=500,900", "--dump-dom", probe.to_str().unwrap()]);
        let dom = String::from_utf8(dump).unwrap();
        let value = |key: &str| -> f64 {
            let k = format!("data-{key}=\"");
            dom.find(&k).and_then(|i| dom[i + k.len()..].split('"').next()?.parse().ok()).expect(key)
        };
        assert_eq!(value("viewport"), 400.0, "the frame is {} wide", value("viewport"));
        let widest = value("widest");
        assert!(widest <= 400.0, "{name}: something reaches {widest} px on a 400 px screen");
        let shot = format!("--screenshot={}", dir.join(format!("{name}-phone.png")).display());
        browser(&chromium, &["--window-size=500,2400", &shot, probe.to_str().unwrap()]);
    }
}

#[test]
fn the_arabic_and_ukrainian_handouts_print_with_the_english_beside_each_translated_text() {
    let Some((chromium, pdftotext)) = tools() else { return };
    let dir = root().join("target/handout");
    std::fs::create_dir_all(&dir).unwrap();
    for (lang, dir_attr) in [("ar", "rtl"), ("uk", "ltr")] {
        let (status, page, stderr) = run(requal()
            .args(["--lang", lang, "plan", "--today", "2026-11-22", "--format", "html", "--answers"])
            .arg(fixture("answers/refugee-nurse-north-west.toml")));
        assert_eq!(status, 0, "{stderr}");
        assert!(page.contains(&format!("<html lang=\"{lang}\" dir=\"{dir_attr}\">")), "{lang}: {}", &page[..200]);
        let html = dir.join(format!("nurse-{lang}.html"));
        std::fs::write(&html, &page).unwrap();
        let pdf = dir.join(format!("nurse-{lang}.pdf"));
        browser(
            &chromium,
            &["--no-pdf-header-footer", &format!("--print-to-pdf={}", pdf.display()), html.to_str().unwrap()],
        );
        let shot = format!("--screenshot={}", dir.join(format!("nurse-{lang}.png")).display());
        browser(&chromium, &["--window-size=900,1400", &shot, html.to_str().unwrap()]);
        let text: String = pages(&pdftotext, &pdf).iter().map(|(_, _, t)| t.clone()).collect();
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        // The step title in the language, and its English beside it, on the printed page.
        let rules = crate::harness::ruleset();
        let route = rules.routes.iter().find(|r| r.id == "nmc-overseas").unwrap();
        let documents = route.steps.iter().find(|s| s.id == "documents").unwrap();
        let translated = documents.title.get(lang);
        assert_ne!(translated, documents.title.english(), "{lang}: the step title is translated");
        assert!(flat(&text).contains("Gather your documents"), "{lang}: no English beside the translation");
        let beside = format!("{translated}<span class=\"en\" lang=\"en\" dir=\"ltr\">Gather your documents</span>");
        assert!(page.contains(&beside), "{lang}: the English is not beside the translation");
    }
}
