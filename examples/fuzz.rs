//! `cargo run --release --example fuzz -- [--seconds N] [--executions N] [--seed N]`: feeds
//! mutated rule files, conditions, answers files and typed interview input to requal until
//! the time or the count runs out, and fails on any panic or any input slower than 2 s. Each
//! execution has its own seed, printed with a failure, so `--replay SEED` runs it again.

// A maintainer tool outside the product: it prints its own report.
#![allow(clippy::print_stdout, clippy::print_stderr)]
use requal::fuzz::{Corpus, Rng, TARGETS, Target, run};
use std::time::{Duration, Instant};

const SLOW: Duration = Duration::from_secs(2);

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse::<u64>().ok())
    };
    let seconds = flag("--seconds").unwrap_or(60);
    let limit = flag("--executions").unwrap_or(u64::MAX);
    let base = flag("--seed").unwrap_or(0x5eed_2026_1201);
    let corpus = Corpus::embedded();
    // Panics are counted and reported below, not printed as they happen.
    std::panic::set_hook(Box::new(|_| {}));
    if let Some(seed) = flag("--replay") {
        let (target, mut rng) = pick(seed);
        std::panic::set_hook(Box::new(|info| eprintln!("{info}")));
        run(target, &corpus, &mut rng);
        println!("replay {seed:#x} ({target:?}): no panic");
        return std::process::ExitCode::SUCCESS;
    }
    let start = Instant::now();
    let mut counts = [0_u64; 4];
    let mut failures = Vec::new();
    let mut slowest = (Duration::ZERO, Target::Typed);
    let mut n = 0_u64;
    while n < limit && start.elapsed() < Duration::from_secs(seconds) {
        let seed = base.wrapping_add(n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let (target, mut rng) = pick(seed);
        let began = Instant::now();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(target, &corpus, &mut rng)));
        let took = began.elapsed();
        if took > slowest.0 {
            slowest = (took, target);
        }
        if result.is_err() {
            failures.push(format!("panic: {target:?}, replay with --replay {seed}"));
        } else if took > SLOW {
            failures.push(format!("slow ({} ms): {target:?}, replay with --replay {seed}", took.as_millis()));
        }
        counts[TARGETS.iter().position(|t| *t == target).unwrap_or(0)] += 1;
        n += 1;
    }
    println!(
        "fuzz: {n} executions in {:.1} s (rules {}, conditions {}, answers {}, typed input {}); {} failures; slowest {} ms ({:?})",
        start.elapsed().as_secs_f64(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        failures.len(),
        slowest.0.as_millis(),
        slowest.1
    );
    for f in failures.iter().take(20) {
        println!("  {f}");
    }
    if failures.is_empty() { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}

/// The target and generator for one execution: whole rulesets are slow to check, so they get
/// one execution in 64; the other targets share the rest.
fn pick(seed: u64) -> (Target, Rng) {
    let mut rng = Rng::new(seed);
    let target = match rng.below(64) {
        0 => Target::Rules,
        n => TARGETS[1 + n % 3],
    };
    (target, rng)
}
