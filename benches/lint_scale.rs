//! `cargo bench --bench lint_scale`: `requal lint` on synthetic rulesets of 1,000 and 10,000
//! files (the shipped rules replicated with renamed ids), beside a plain one-thread TOML parse
//! (`toml::Table`) of the same files in the same run; prints times, ratios and peak memory
//! against the corpus size. No assertion: numbers to read (targets in the issue).

// A benchmark prints its report.
#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 3;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("list") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

/// Reads and parses every file into a `toml::Table`, one after another.
fn raw_parse(files: &[PathBuf]) -> Duration {
    let start = Instant::now();
    for f in files {
        let text = std::fs::read_to_string(f).expect("read");
        let table: toml::Table = toml::from_str(&text).expect("parse");
        std::hint::black_box(table);
    }
    start.elapsed()
}

fn lint(requal: &str, dir: &Path) -> Duration {
    let start = Instant::now();
    let out = Command::new(requal).arg("lint").arg(dir).stderr(Stdio::null()).output().expect("run");
    let elapsed = start.elapsed();
    assert!(out.status.success(), "lint found problems: {}", String::from_utf8_lossy(&out.stdout));
    elapsed
}

/// The largest resident size of any child waited for so far, in bytes.
fn peak_child_bytes() -> u64 {
    let usage = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN).expect("getrusage");
    u64::try_from(usage.max_rss()).unwrap_or(0) * 1024
}

struct Measured {
    files: usize,
    bytes: u64,
    raw: Duration,
    lint: Duration,
    peak: u64,
}

fn measure(requal: &str, files: usize) -> Measured {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("synthetic-{files}"));
    let _ = std::fs::remove_dir_all(&dir);
    let generated = requal::synthetic::generate(&requal::ruleset::RulesetFiles::embedded(), files);
    requal::synthetic::write(&generated, &dir).expect("write the synthetic ruleset");
    drop(generated);
    let mut paths = Vec::new();
    toml_files(&dir, &mut paths);
    let bytes = paths.iter().map(|p| std::fs::metadata(p).map_or(0, |m| m.len())).sum();
    let (mut raw, mut linted) = (Vec::new(), Vec::new());
    // Interleaved, so both see the same machine state (and a warm file cache).
    for _ in 0..ROUNDS {
        raw.push(raw_parse(&paths));
        linted.push(lint(requal, &dir));
    }
    Measured { files: paths.len(), bytes, raw: median(raw), lint: median(linted), peak: peak_child_bytes() }
}

fn main() {
    let requal = env!("CARGO_BIN_EXE_requal");
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    // Smaller first: the peak of the children so far is then the peak of the run just made.
    let small = measure(requal, 1_000);
    let large = measure(requal, 10_000);
    let mb = |b: u64| b as f64 / 1e6;
    println!("lint at scale on {cores} cores (median of {ROUNDS})");
    println!(
        "{:>7} {:>10} {:>14} {:>10} {:>13} {:>11} {:>13}",
        "files", "corpus", "raw parse", "lint", "lint / parse", "peak RSS", "peak / corpus"
    );
    for m in [&small, &large] {
        println!(
            "{:>7} {:>8.1}MB {:>12.3}s {:>9.3}s {:>12.2}x {:>9.1}MB {:>12.2}x",
            m.files,
            mb(m.bytes),
            m.raw.as_secs_f64(),
            m.lint.as_secs_f64(),
            m.lint.as_secs_f64() / m.raw.as_secs_f64(),
            mb(m.peak),
            m.peak as f64 / m.bytes as f64
        );
    }
    println!();
    println!(
        "lint of 10,000 files / raw one-thread parse: {:.2}x (target at most 1.5x)",
        large.lint.as_secs_f64() / large.raw.as_secs_f64()
    );
    println!(
        "lint of 10,000 files / lint of 1,000 files:  {:.2}x (target at most 11x)",
        large.lint.as_secs_f64() / small.lint.as_secs_f64()
    );
    println!(
        "peak memory / corpus size (10,000 files):    {:.2}x (target at most 2x)",
        large.peak as f64 / large.bytes as f64
    );
}
