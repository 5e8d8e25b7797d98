//! The plan as linear plain text for screen readers and plain handouts (`--plain`): the
//! Markdown handout without markup, wrapped to the width, with no columns to read across.

use super::wrap;
use crate::engine::Plan;

/// The plan as plain text lines no wider than `width` (long web addresses excepted).
pub fn plain(plan: &Plan, width: usize, detail: super::Detail) -> String {
    let mut out = String::new();
    for line in super::markdown::unescaped(plan, detail).lines() {
        let line = unlink(&line.replace("**", ""));
        if let Some(h) = line.strip_prefix("# ") {
            out.push_str(&wrap(h, width, "", ""));
        } else if let Some(h) = line.strip_prefix("## ") {
            if !out.ends_with("\n\n") {
                out.push('\n');
            }
            out.push_str(&wrap(h, width, "", ""));
        } else if let Some(h) = line.strip_prefix("### ") {
            out.push_str(&wrap(h, width, "", ""));
        } else if line == "---" {
            continue;
        } else if line.trim().is_empty() {
            if !out.ends_with("\n\n") {
                out.push('\n');
            }
        } else {
            let indent = line.len() - line.trim_start().len();
            let body = line.trim_start();
            // Hang continuation lines under the text of a list item.
            let marker_len = body
                .find(". ")
                .filter(|&i| body[..i].chars().all(|c| c.is_ascii_digit()))
                .map_or_else(|| if body.starts_with("- ") { 2 } else { 0 }, |i| i + 2);
            let first = " ".repeat(indent);
            let rest = " ".repeat(indent + marker_len);
            out.push_str(&wrap(body, width, &first, &rest));
        }
    }
    out
}

/// `[text](url)` becomes `text (url)`.
fn unlink(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find(']').map(|i| open + i) else { break };
        // `[4–6] ` is a citation, not a link: keep it and look further on.
        if !rest[mid..].starts_with("](") {
            out.push_str(&rest[..=mid]);
            rest = &rest[mid + 1..];
            continue;
        }
        let Some(close) = rest[mid..].find(')').map(|i| mid + i) else { break };
        out.push_str(&rest[..open]);
        out.push_str(&format!("{} ({})", &rest[open + 1..mid], &rest[mid + 2..close]));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn links_become_text_with_the_address() {
        assert_eq!(super::unlink("- [NHS](https://nhs.uk) and [x](y)."), "- NHS (https://nhs.uk) and x (y).");
        assert_eq!(super::unlink("[1–3] no link"), "[1–3] no link");
        assert_eq!(super::unlink("see [4–6] and [NHS](https://nhs.uk)"), "see [4–6] and NHS (https://nhs.uk)");
    }
}
