//! `cargo bench --bench startup`: how long `requal plan --format json` takes on the built-in
//! ruleset, against `/bin/true` and `requal --version`, run interleaved in the same session so
//! the machine's state is shared; prints medians and ratios (no assertion: numbers to read).

// A benchmark prints its report.
#![allow(clippy::print_stdout)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 300;

fn time(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let status = cmd.stdout(Stdio::null()).stderr(Stdio::null()).status().expect("run");
    assert!(status.success(), "{cmd:?} failed");
    start.elapsed()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let requal = env!("CARGO_BIN_EXE_requal");
    let answers = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/answers/refugee-doctor-east.toml");
    let (mut truth, mut version, mut plan) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        truth.push(time(&mut Command::new("/bin/true")));
        version.push(time(Command::new(requal).arg("--version")));
        plan.push(time(Command::new(requal).args([
            "plan",
            "--format",
            "json",
            "--today",
            "2026-12-01",
            "--answers",
            answers,
        ])));
    }
    let (t, v, p) = (median(truth), median(version), median(plan));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("startup ({ROUNDS} interleaved runs each, medians):");
    println!("  /bin/true                      {:7.3} ms", ms(t));
    println!("  requal --version               {:7.3} ms  ({:.2}x /bin/true)", ms(v), ms(v) / ms(t));
    println!(
        "  requal plan --format json      {:7.3} ms  ({:.2}x /bin/true, {:.2}x --version)",
        ms(p),
        ms(p) / ms(t),
        ms(p) / ms(v)
    );
}
