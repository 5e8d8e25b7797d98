//! Plans a person reading in a second language can use: for four people, the short plan is
//! at most 300 words with no sentence over 25, and the full plan at most 2,500 words before
//! the sources with at most 5 sentences over 25 words. Words and sentences are counted as
//! the rule lints count them (`requal::readability`), on the plain text a screen reader gets.

use crate::harness::{fixture, requal, run};
use requal::readability::{MAX_SENTENCE_WORDS, sentences, words};

const PEOPLE: [&str; 4] = [
    "answers/readme-person.toml",
    "answers/refugee-nurse-north-west.toml",
    "answers/refugee-doctor-east.toml",
    "answers/asylum-seeker-physiotherapist-london.toml",
];

fn plan(answers: &str, detail: &str, format: &str) -> String {
    let (status, out, stderr) = run(requal()
        .args(["--plain", "--width", "100", "plan", "--today", "2026-11-22", "--detail", detail, "--format", format])
        .arg("--answers")
        .arg(fixture(answers)));
    assert_eq!(status, 0, "{stderr}");
    out
}

/// The text a person reads: without the first line (the rules' name, version and hash) and,
/// for the full plan, without the list of sources and what follows it.
fn body(text: &str) -> String {
    let text = text.split_once('\n').map_or(text, |(_, rest)| rest);
    text.split("\nSources\n").next().unwrap_or(text).split("\n## Sources\n").next().unwrap_or(text).to_owned()
}

/// Sentences over the limit, in the Markdown layout: there each text (a title, a detail, a
/// reason) is a line of its own, never wrapped.
fn long_sentences(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .map(|l| l.trim().trim_start_matches(['#', '-', ' ']).replace("**", ""))
        .flat_map(|l| sentences(&l).into_iter().map(str::to_owned).collect::<Vec<_>>())
        .filter(|s| words(s).count() > MAX_SENTENCE_WORDS)
        .collect()
}

#[test]
fn the_short_plan_is_at_most_300_words_with_no_sentence_over_25() {
    for who in PEOPLE {
        let short = body(&plan(who, "short", "table"));
        let n = words(&short).count();
        assert!(n <= 300, "{who}: the short plan is {n} words:\n{short}");
        let long = long_sentences(&body(&plan(who, "short", "markdown")));
        assert!(long.is_empty(), "{who}: sentences over {MAX_SENTENCE_WORDS} words: {long:#?}");
        assert!(short.contains("Your plan in short") && short.contains("This plan is for someone who said"));
    }
}

#[test]
fn the_full_plan_is_at_most_2500_words_before_the_sources_with_few_long_sentences() {
    for who in PEOPLE {
        let full = body(&plan(who, "full", "table"));
        let n = words(&full).count();
        assert!(n <= 2500, "{who}: the full plan is {n} words before the sources");
        let long = long_sentences(&body(&plan(who, "full", "markdown")));
        assert!(long.len() <= 5, "{who}: {} sentences over {MAX_SENTENCE_WORDS} words: {long:#?}", long.len());
        // Said once: uncertainty is a marker with one legend, never the old repeated sentence.
        assert!(!full.contains("Not confirmed: check with"), "{who}: the uncertainty sentence is repeated");
        assert!(full.matches("(?) means we could not confirm it").count() <= 1);
    }
}
