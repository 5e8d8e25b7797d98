//! `cargo run --release --example synthetic -- FILES DIR`: writes a synthetic ruleset of about
//! FILES files (the shipped rules replicated with renamed ids) to DIR, for measuring lint.

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let files: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| format!("target/synthetic-{files}")));
    let generated = requal::synthetic::generate(&requal::ruleset::RulesetFiles::embedded(), files);
    requal::synthetic::write(&generated, &dir)
}
