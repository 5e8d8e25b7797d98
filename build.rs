//! Embeds every file under `rules/` into the binary, so `requal` runs with nothing else
//! installed, and checks them first: the build reads, lints and builds the shipped ruleset
//! with the library's own code, and any error fails `cargo build` with its file:line:col.
//! Warnings never fail a build (some depend on the date); CI's `requal lint` catches them.

// The library's modules, compiled into this build script as they are; not every item they
// hold is used here.
#![allow(dead_code, unused_imports)]

#[path = "src/condition.rs"]
mod condition;
#[path = "src/date.rs"]
mod date;
#[path = "src/diagnostic/mod.rs"]
mod diagnostic;
#[path = "src/files.rs"]
mod files;
#[path = "src/lint/mod.rs"]
mod lint;
#[path = "src/load.rs"]
mod load;
#[path = "src/readability.rs"]
mod readability;
#[path = "src/reason.rs"]
mod reason;
#[path = "src/ruleset/mod.rs"]
mod ruleset;
#[path = "src/text.rs"]
mod text;
#[path = "src/vocab.rs"]
mod vocab;

/// The library reads its embedded files from here; the build script checks the files on disk.
mod embedded_rules {
    pub(crate) static FILES: &[(&str, &str)] = &[];
    pub(crate) static MODEL: &[u8] = &[];
}

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=rules");
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("rules");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out = String::from("pub(crate) static FILES: &[(&str, &str)] = &[\n");
    for rel in &files {
        let abs = root.join(rel);
        out.push_str(&format!("    ({rel:?}, include_str!({:?})),\n", abs.display().to_string()));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_rules.rs");
    fs::write(dest, out).expect("write embedded_rules.rs");
    check(&root);
}

/// Reads, lints and builds the shipped ruleset and writes the built model for the binary; on
/// any error prints every finding, located, and fails the build.
fn check(root: &Path) {
    let files = match ruleset::RulesetFiles::from_dir(root) {
        Ok(mut f) => {
            f.root = "rules".to_owned();
            f
        }
        Err(e) => fail(&format!("error: cannot read the rules folder: {e:#}\n")),
    };
    let loaded = load::load(&files);
    if let Some(ruleset) = &loaded.ruleset {
        let model = postcard::to_allocvec(ruleset).expect("the model serialises");
        let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("ruleset.postcard");
        fs::write(dest, model).expect("write ruleset.postcard");
        // `requal --version` names the rules built in.
        let hash = ruleset.hash.get(..12).unwrap_or(&ruleset.hash);
        println!("cargo:rustc-env=REQUAL_BUILT_IN_RULES={} {} ({hash})", ruleset.meta.name, ruleset.meta.version);
    } else {
        let report =
            diagnostic::render(&loaded.diagnostics, &loaded.sources, diagnostic::DiagnosticFormat::Human, false, false);
        fail(&format!(
            "{report}error: the shipped ruleset in rules/ has errors, so requal cannot be built; fix them (`cargo run -- lint rules` once it builds again, or read the findings above)\n"
        ));
    }
}

// A build script reports to cargo through its output.
#[allow(clippy::print_stderr)]
fn fail(message: &str) -> ! {
    eprint!("{message}");
    std::process::exit(1);
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let rel = path.strip_prefix(root).expect("under root");
            files.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}
