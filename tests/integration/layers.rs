//! Data flows one way: no import circle among the top-level modules of `src/`, judged from
//! every `crate::` path written in the source (in `use` lines and inline).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level module a file under `src/` belongs to (`src/lint/walk.rs` -> `lint`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_owned()
}

/// Module -> the top-level modules it names through `crate::`.
fn imports(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files = crate::harness::files_under(src, "rs");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let from = module_of(src, &file);
        // `main.rs` and `lib.rs` are the crate's roots: they name every module by design.
        if from == "main" || from == "lib" {
            continue;
        }
        // Comments may name modules freely; only code counts.
        let text: String = std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut names: Vec<String> = text
            .match_indices("crate::")
            .map(|(i, _)| {
                text[i + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>()
            })
            .collect();
        // `use crate::{a, b::c}` names several modules at once.
        for (i, _) in text.match_indices("crate::{") {
            let group = &text[i + 8..i + 8 + text[i + 8..].find('}').unwrap_or(0)];
            names.extend(group.split(',').map(|p| p.trim().split("::").next().unwrap_or("").to_owned()));
        }
        let entry = graph.entry(from.clone()).or_default();
        entry.extend(names.into_iter().filter(|n| !n.is_empty() && *n != from));
    }
    graph
}

/// A circle through `start`, if there is one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut path = vec![start.to_owned()];
    let mut seen = BTreeSet::new();
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        let here = path.last().unwrap().clone();
        for next in graph.get(&here).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(graph, start, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    walk(graph, start, &mut path, &mut seen).then_some(path)
}

#[test]
fn no_top_level_module_imports_one_that_imports_it_back() {
    let graph = imports(&crate::harness::root().join("src"));
    assert!(graph.len() > 10, "the source tree was read: {graph:?}");
    assert!(graph["engine"].contains("ruleset"), "imports are found: {:?}", graph["engine"]);
    for module in graph.keys() {
        if let Some(c) = circle(&graph, module) {
            panic!("import circle: {}", c.join(" -> "));
        }
    }
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    assert_eq!(circle(&graph, "a").unwrap(), ["a", "b", "c", "a"]);
    graph.get_mut("c").unwrap().clear();
    assert!(circle(&graph, "a").is_none());
}

#[test]
fn every_message_id_the_code_names_is_in_the_english_catalogue() {
    let ids = requal::ui::english_ids();
    let files = crate::harness::files_under(&crate::harness::root().join("src"), "rs");
    let mut named = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Message ids are string literals given to `Reason::new`, or to the English check's
        // helpers `about` and `too_old`. (Ids picked by `match` first are checked at run time by
        // `every_reason_in_every_plan_has_its_message_and_arguments`.)
        for call in ["Reason::new(\"", "about(\"", "too_old(\""] {
            for (i, _) in text.match_indices(call) {
                let rest = &text[i + call.len()..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                assert!(ids.iter().any(|x| x == id), "{}: message `{id}` is not in src/ui/en.ftl", file.display());
                named += 1;
            }
        }
    }
    assert!(named > 30, "only {named} message ids found");
}
