//! A mutation fuzzer on stable Rust (cargo-fuzz needs nightly): small, deterministic
//! corruptions of the shipped rules, conditions, answers files and typed interview input.
//! Every target must report a problem, never panic or hang. Used by `examples/fuzz.rs` and by
//! the integration tests; it is not part of any command.

use crate::answers::{self, Answers};
use crate::diagnostic::{DiagnosticFormat, SourceFile, SourceMap, render};
use crate::ruleset::{Ruleset, RulesetFiles};
use jiff::civil::Date;

/// A fixed-seed generator (a linear congruential one), so every failure can be replayed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % n.max(1)
    }
}

/// Pieces meaningful to TOML, the condition language, dates, terminals and Unicode.
const PIECES: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "[[",
    "=",
    "\n",
    "{",
    "}",
    "(",
    ")",
    "é",
    "不",
    "#",
    " and ",
    " not ",
    " or ",
    "==",
    ">=",
    "2026-02-30",
    "0000-01-01",
    "-",
    ".",
    "\u{feff}",
    "\u{1b}]0;x\u{7}",
    "\u{9b}",
    "\\u001b",
    "inf",
    "nan",
    "1e400",
    "99999999999999999999",
    "not-sure",
    "|until:",
    "\r\n",
    "\t",
    "\0",
];

/// `text` with one to four corruptions: a piece inserted, a stretch cut, a stretch doubled.
pub fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut text = text.to_owned();
    for _ in 0..1 + rng.below(4) {
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
        let at = starts[rng.below(starts.len())];
        match rng.below(4) {
            0 | 1 => {
                let piece = PIECES[rng.below(PIECES.len())];
                text.insert_str(at, piece);
            }
            2 => {
                let end = starts.iter().copied().find(|&i| i > at + rng.below(40)).unwrap_or(text.len());
                text.replace_range(at..end, "");
            }
            _ => {
                let piece: String = text[at..].chars().take(1 + rng.below(30)).collect();
                text.insert_str(at, &piece);
            }
        }
    }
    text
}

/// The seeds: the shipped rule files, their conditions, and answers from every scenario.
pub struct Corpus {
    pub rules: RulesetFiles,
    pub ruleset: Ruleset,
    pub conditions: Vec<String>,
    pub answers: Vec<String>,
}

impl Corpus {
    /// From the built-in ruleset.
    ///
    /// # Panics
    /// When the built-in ruleset has errors (the build refuses to make such a binary).
    pub fn embedded() -> Self {
        let rules = RulesetFiles::embedded();
        let ruleset = crate::load::load(&rules).ruleset.expect("the built-in rules load");
        let quoted = |line: &str, key: &str| {
            line.strip_prefix(key)
                .and_then(|r| r.trim().strip_prefix('"'))
                .and_then(|r| r.strip_suffix('"'))
                .map(str::to_owned)
        };
        let mut conditions = Vec::new();
        let mut answers = Vec::new();
        for (path, text) in &rules.files {
            for line in text.lines() {
                conditions
                    .extend(["if = ", "done-if = ", "include-if = ", "ask-if = "].iter().find_map(|k| quoted(line, k)));
            }
            if let Some(start) = text.find("[answers]").filter(|_| path.starts_with("scenarios/")) {
                let body = &text[start + "[answers]".len()..];
                answers.push(body[..body.find("\n[expect]").unwrap_or(body.len())].to_owned());
            }
        }
        Self { rules, ruleset, conditions, answers }
    }
}

/// What one execution fed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// One rule file corrupted, then read, linted, built and planned.
    Rules,
    /// A condition string compiled against the shipped questions and evaluated.
    Condition,
    /// An answers file read and planned.
    Answers,
    /// A line typed at each kind of interview question.
    Typed,
}

pub const TARGETS: [Target; 4] = [Target::Rules, Target::Condition, Target::Answers, Target::Typed];

const TODAY: Date = jiff::civil::date(2026, 12, 1);

/// Runs one mutated input through `target`. A panic here is a bug in requal.
pub fn run(target: Target, corpus: &Corpus, rng: &mut Rng) {
    match target {
        Target::Rules => {
            let mut files = corpus.rules.clone();
            files.files.retain(|(p, _)| !p.starts_with("scenarios/"));
            let which = rng.below(files.files.len());
            files.files[which].1 = mutate(&files.files[which].1, rng).into();
            let loaded = crate::load::load_and_lint(&files, Some(TODAY));
            let _ = render(&loaded.diagnostics, &loaded.sources, DiagnosticFormat::Human, false, false);
            let _ = render(&loaded.diagnostics, &loaded.sources, DiagnosticFormat::Github, false, false);
            if let Some(r) = &loaded.ruleset {
                let _ = crate::engine::plan(r, &Answers::default(), TODAY, "en");
            }
        }
        Target::Condition => {
            let source = mutate(&corpus.conditions[rng.below(corpus.conditions.len())], rng);
            let vocabulary = vocabulary(&corpus.ruleset);
            if let Ok(c) = crate::condition::Condition::compile(&source, &vocabulary) {
                let answers = Answers::default();
                let _ = c.evaluate(&crate::engine::Person {
                    ruleset: &corpus.ruleset,
                    answers: &answers,
                    today: TODAY,
                    lang: "en",
                });
            }
        }
        Target::Answers => {
            let text = mutate(&corpus.answers[rng.below(corpus.answers.len())], rng);
            let mut map = SourceMap::default();
            let file = map.add(SourceFile::new("answers.toml", text.clone()));
            match answers::parse(&text, file, &corpus.ruleset, TODAY, "en") {
                Ok(a) => {
                    let plan = crate::engine::plan(&corpus.ruleset, &a.answers, TODAY, "en");
                    let _ = crate::render::markdown(&plan, crate::render::Detail::Full);
                }
                Err(problems) => {
                    let _ = render(&problems, &map, DiagnosticFormat::Human, false, false);
                }
            }
        }
        Target::Typed => {
            let questions = corpus.ruleset.questions();
            let question = &questions[rng.below(questions.len())];
            let seeds = ["7.5", "2026-05-01", "back", "not sure", "B", "C+", "12", "", "?", "quit"];
            let typed = mutate(seeds[rng.below(seeds.len())], rng);
            let answers = Answers::default();
            let ask = crate::questionnaire::Ask {
                question,
                ruleset: &corpus.ruleset,
                lang: "en",
                today: TODAY,
                prompt: question.prompt.get("en").to_owned(),
                help: None,
                progress: String::new(),
                current: None,
                back: Some("Back"),
                answers: &answers,
            };
            let _ = crate::questionnaire::interpret(&ask, &typed);
        }
    }
}

/// The condition vocabulary of a checked ruleset.
fn vocabulary(ruleset: &Ruleset) -> crate::condition::Vocabulary {
    let mut v = crate::condition::Vocabulary::default();
    for q in ruleset.questions() {
        v.questions.insert(q.id.clone(), (q.kind, q.option_values().into_iter().map(str::to_owned).collect()));
    }
    v.english.extend(ruleset.english.keys().cloned());
    v
}
