//! How long loading the built-in ruleset and planning take (`cargo bench`).

use criterion::{Criterion, criterion_group, criterion_main};
use requal::load::load;
use requal::ruleset::RulesetFiles;

fn bench(c: &mut Criterion) {
    let files = RulesetFiles::embedded();
    c.bench_function("load + lint the built-in ruleset", |b| b.iter(|| load(&files)));
    let ruleset = load(&files).ruleset.expect("the built-in ruleset lints clean");
    let mut answers = requal::answers::Answers::default();
    answers.set("profession", requal::answers::Answer::Choice("doctor".into()));
    answers.set("trained-in", requal::answers::Answer::Choice("overseas".into()));
    answers.set("immigration-status", requal::answers::Answer::Choice("refugee".into()));
    let today = jiff::civil::date(2026, 11, 22);
    c.bench_function("plan for a refugee doctor", |b| b.iter(|| requal::engine::plan(&ruleset, &answers, today, "en")));
}

criterion_group!(benches, bench);
criterion_main!(benches);
