//! Turns a plan into text: tables for the terminal, Markdown for handouts, JSON (Contract 2)
//! for other tools. Renderers read only the plan, never the ruleset.

mod document;
mod html;
mod markdown;
mod plain;
mod table;

pub use document::Detail;
pub use html::{html, html_beside};
pub use markdown::markdown;
pub use plain::plain;
pub use table::table;

use crate::engine::{Plan, SourceRef};

/// The plan as pretty JSON (Contract 2).
pub fn json(plan: &Plan) -> String {
    let mut s = serde_json::to_string_pretty(plan).unwrap_or_else(|_| "{}".to_owned());
    s.push('\n');
    s
}

/// Numbers every distinct source in the plan, in order of first use, so texts can cite `[n]`.
pub(crate) struct SourceIndex {
    list: Vec<SourceRef>,
}

impl SourceIndex {
    pub(crate) fn new(plan: &Plan) -> Self {
        let mut list: Vec<SourceRef> = Vec::new();
        let mut add = |sources: &[SourceRef]| {
            for s in sources {
                if !list.iter().any(|x| x.url == s.url) {
                    list.push(s.clone());
                }
            }
        };
        for r in plan.routes.iter().filter(|r| r.status != crate::engine::RouteStatus::NotOpen) {
            add(&r.sources);
            for s in &r.steps {
                add(&s.sources);
                if let Some(c) = &s.cost {
                    add(&c.sources);
                }
            }
        }
        for r in &plan.routes {
            add(&r.sources);
        }
        for r in &plan.roles {
            add(&r.sources);
        }
        for s in &plan.support {
            add(&s.sources);
        }
        for w in &plan.warnings {
            add(&w.sources);
        }
        Self { list }
    }

    /// "[1][3]" for these sources.
    pub(crate) fn cite(&self, sources: &[SourceRef]) -> String {
        let mut nums: Vec<usize> =
            sources.iter().filter_map(|s| self.list.iter().position(|x| x.url == s.url)).map(|i| i + 1).collect();
        nums.sort_unstable();
        nums.dedup();
        if nums.is_empty() {
            return String::new();
        }
        // Runs of three or more become ranges: [2, 7–16].
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < nums.len() {
            let mut j = i;
            while j + 1 < nums.len() && nums[j + 1] == nums[j] + 1 {
                j += 1;
            }
            if j >= i + 2 {
                parts.push(format!("{}–{}", nums[i], nums[j]));
            } else {
                parts.extend(nums[i..=j].iter().map(ToString::to_string));
            }
            i = j + 1;
        }
        format!("[{}]", parts.join(", "))
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, &SourceRef)> {
        self.list.iter().enumerate().map(|(i, s)| (i + 1, s))
    }
}

/// Wraps `text` to `width` columns at spaces: the first line starts with `first`, the rest
/// with `rest` (a hanging indent). Words longer than a line are left whole.
pub(crate) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        let len = line.chars().count();
        if !empty && len + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_owned();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}
