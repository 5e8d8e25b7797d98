//! Small helpers shared by the integration tests.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under tests/fixtures.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// The real binary with a clean, deterministic environment.
pub fn requal() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_requal"));
    // A fixed date, so freshness findings do not change as the calendar moves on.
    cmd.env("REQUAL_TODAY", "2026-06-01").env_remove("COLUMNS").env("NO_COLOR", "1").current_dir(root());
    cmd
}

/// Runs a command and returns (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output { status, stdout, stderr } = cmd.output().expect("run requal");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// The built-in ruleset, loaded and checked.
pub fn ruleset() -> requal::ruleset::Ruleset {
    let loaded = requal::load::load(&requal::ruleset::RulesetFiles::embedded());
    loaded.ruleset.expect("the shipped ruleset lints clean")
}

/// Compares `actual` with the golden file `tests/golden/<name>`; `REQUAL_BLESS=1 cargo test`
/// rewrites it (then review the diff like code).
pub fn assert_golden(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("REQUAL_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no golden file {}; run with REQUAL_BLESS=1 to create it", path.display()));
    if expected != actual {
        let first = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "output differs from {} at line {}\n~~~ expected\n{}\n~~~ got\n{}\n~~~\n(REQUAL_BLESS=1 rewrites it)",
            path.display(),
            first + 1,
            expected.lines().skip(first).take(8).collect::<Vec<_>>().join("\n"),
            actual.lines().skip(first).take(8).collect::<Vec<_>>().join("\n"),
        );
    }
}

/// Copies a folder tree.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir` (recursively) whose name ends in `.ext`.
pub fn files_under(dir: &std::path::Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}
