//! The plan as Markdown: a handout a person can print, email to themselves or read later.

use super::{SourceIndex, fees_line, heading, next_groups, next_label};
use crate::engine::{Plan, RouteStatus};
use crate::text::is_https;

/// Text from the rules or the answers, made inert for Markdown: every character Markdown could
/// read as markup (emphasis, links, raw HTML, headings, code) is escaped with a backslash.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_[]<>#|!~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A link only to an `https://` address (with the characters that would end it encoded);
/// anything else is the text and the address, both as plain text.
fn link(text: &str, url: &str, inert: &impl Fn(&str) -> String) -> String {
    if is_https(url) {
        let href = url.replace('(', "%28").replace(')', "%29").replace(' ', "%20");
        format!("[{}]({href})", inert(text))
    } else {
        format!("{} ({})", inert(text), inert(url))
    }
}

/// The plan as a Markdown document.
pub fn markdown(plan: &Plan) -> String {
    document(plan, &escape)
}

/// The same document with text left as it is, for the plain-text layout.
pub(crate) fn unescaped(plan: &Plan) -> String {
    document(plan, &|s: &str| s.to_owned())
}

fn document(plan: &Plan, e: &impl Fn(&str) -> String) -> String {
    let bullets = |s: &mut String, items: &[String], prefix: &str| {
        for i in items {
            s.push_str(&format!("{prefix}- {}\n", e(i)));
        }
    };
    let sources = SourceIndex::new(plan);
    let mut s = format!("# {}\n\n", e(&heading(plan)));
    if !plan.next_steps.is_empty() {
        s.push_str("## Your next steps\n\n");
        for (route, steps) in next_groups(plan) {
            if let Some(route) = route {
                s.push_str(&format!("If the route \"{}\" is yours:\n\n", e(route)));
            }
            for (i, n) in steps.iter().enumerate() {
                s.push_str(&format!("{}. {}{}\n", i + 1, e(&n.title), next_label(n.status)));
            }
            s.push('\n');
        }
    }
    if let Some(f) = fees_line(plan) {
        s.push_str(&format!("{}\n\n", e(&f)));
    }
    if !plan.warnings.is_empty() {
        s.push_str("## Watch out\n\n");
        for w in &plan.warnings {
            s.push_str(&format!("- {} {}\n", e(&w.text), sources.cite(&w.sources)));
        }
        s.push('\n');
    }
    for route in plan.routes.iter().filter(|r| r.status != RouteStatus::NotOpen) {
        s.push_str(&format!("## {} route: {}\n\n", capitalise(route.status.label()), e(&route.title)));
        s.push_str(&format!("Regulator: {}\n\n", e(&route.regulator)));
        if let Some(summary) = &route.summary {
            s.push_str(&format!("{}\n\n", e(summary)));
        }
        bullets(&mut s, &route.why, "");
        bullets(&mut s, &route.why_not, "");
        s.push('\n');
        for (i, step) in route.steps.iter().enumerate() {
            // Continuation lines line up with the item's text: 3 spaces for "9. ", 4 for "10. ".
            let marker = format!("{}. ", i + 1);
            let pad = " ".repeat(marker.len());
            s.push_str(&format!(
                "{marker}**{}** ({}) {}\n",
                e(&step.title),
                step.status.label(),
                sources.cite(&step.sources)
            ));
            if let Some(d) = &step.detail {
                s.push_str(&format!("{pad}{}\n", e(d)));
            }
            bullets(&mut s, &step.why, &pad);
            if let Some(c) = &step.cost {
                let note =
                    c.note.as_ref().filter(|_| !step.unconfirmed).map_or(String::new(), |n| format!(" {}", e(n)));
                s.push_str(&format!("{pad}- Cost: {}: {}.{note}\n", e(&c.label), e(&c.display)));
            }
            if let Some(d) = &step.duration {
                s.push_str(&format!("{pad}- Time: {}\n", e(&d.display)));
            }
        }
        s.push('\n');
    }
    let closed: Vec<_> = plan.routes.iter().filter(|r| r.status == RouteStatus::NotOpen).collect();
    if !closed.is_empty() {
        s.push_str("## Routes not open to you now\n\n");
        for r in closed {
            s.push_str(&format!("### {}\n\n", e(&r.title)));
            bullets(&mut s, &r.why_not, "");
            if let Some(m) = &r.meanwhile {
                s.push_str(&format!("\nMeanwhile: {}\n", e(m)));
            }
            s.push('\n');
        }
    }
    if !plan.roles.is_empty() {
        s.push_str("## Stepping-stone roles\n\n");
        for r in &plan.roles {
            let band = r.band.as_ref().map_or(String::new(), |b| format!(", {}", e(b)));
            s.push_str(&format!(
                "- **{}** ({}{band}) {}\n",
                e(&r.title),
                match r.status {
                    crate::engine::RoleStatus::Open => "open now",
                    crate::engine::RoleStatus::NotOpen => "not open yet",
                    crate::engine::RoleStatus::Check => "not sure yet",
                },
                sources.cite(&r.sources)
            ));
            bullets(&mut s, if r.open { &r.why } else { &r.why_not }, "  ");
        }
        s.push('\n');
    }
    if !plan.support.is_empty() {
        s.push_str("## Support\n\n");
        for o in &plan.support {
            s.push_str(&format!(
                "- **{}**{}\n",
                link(&o.name, &o.url, e),
                o.summary.as_ref().map_or(String::new(), |x| format!(": {}", e(x)))
            ));
            bullets(&mut s, &o.why, "  ");
        }
        s.push('\n');
    }
    if !plan.glossary.is_empty() {
        s.push_str("## Words used\n\n");
        for g in &plan.glossary {
            s.push_str(&format!("- **{}**: {}\n", e(&g.term), e(&g.text)));
        }
        s.push('\n');
    }
    s.push_str("## Sources\n\n");
    for (n, src) in sources.iter() {
        let overdue = if src.overdue { ", overdue for re-checking" } else { "" };
        let dated = src.page_date.as_ref().map_or(String::new(), |d| format!("page dated {d}; "));
        s.push_str(&format!("{n}. {} ({dated}checked {}{overdue})\n", link(&src.title, &src.url, e), src.verified));
    }
    s.push_str(&format!("\n---\n\n{}\n", e(&plan.disclaimer)));
    s
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().collect::<String>() + c.as_str())
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_in_rule_text_is_inert_and_only_https_becomes_a_link() {
        assert_eq!(
            super::escape("<script>[x](javascript:alert(1)) *a*"),
            "\\<script\\>\\[x\\](javascript:alert(1)) \\*a\\*"
        );
        let e = |s: &str| super::escape(s);
        assert_eq!(super::link("A", "https://a.example/x(1)", &e), "[A](https://a.example/x%281%29)");
        assert_eq!(super::link("A", "javascript:alert(1)", &e), "A (javascript:alert(1))");
        assert_eq!(super::link("A", "http://a.example", &e), "A (http://a.example)");
        assert_eq!(super::link("A", "", &e), "A ()");
    }
}
