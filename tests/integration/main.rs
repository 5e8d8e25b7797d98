//! Integration tests: one binary, one module per feature.

// Helpers: running the binary, fixture paths, temp dirs.
mod harness;

// The interactive session in a real pseudo-terminal (expectrl).
#[cfg(unix)]
mod advise_pty;
// `requal plan`: golden table, JSON and Markdown output, answers-file errors.
mod plan_cli;
// `requal lint`: every lint fires on its fixture; the shipped rules lint clean.
mod lint_cli;
// Scenario files under rules/scenarios, run in-process.
mod scenarios;
// The engine on hand-written answers: statuses, ordering, three-valued logic.
mod engine;
// Properties over every scenario: unknown answers, help, consistent step statuses.
mod properties;
// The module graph: no import circle among the top-level modules of src/.
mod layers;
// Hostile input and output: control characters, links, odd files, encodings, fuzzing.
mod hardening;
// The pseudo-locale en-XA: interface strings go through the catalogue.
mod pseudo;
// The handout in headless Chromium: A4 pages, the short plan on page 1, a phone's width.
mod handout;
// Plans a participant can read: word and sentence limits for four people.
mod readable;
// Maintainers' tools: `requal diff`, `plan --compare-rules`, scenario coverage, source checks.
mod maintainer;
