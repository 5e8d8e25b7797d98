//! The plan as Markdown: a handout a person can print, email to themselves or read later.

use crate::engine::Plan;
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
pub fn markdown(plan: &Plan, detail: super::Detail) -> String {
    document(plan, detail, &escape)
}

/// The same document with text left as it is, for the plain-text layout.
pub(crate) fn unescaped(plan: &Plan, detail: super::Detail) -> String {
    document(plan, detail, &|s: &str| s.to_owned())
}

fn document(plan: &Plan, detail: super::Detail, e: &impl Fn(&str) -> String) -> String {
    let doc = super::document::document_in(plan, &plan.lang, detail);
    let bullets = |s: &mut String, items: &[String], prefix: &str| {
        for i in items {
            s.push_str(&format!("{prefix}- {}\n", e(i)));
        }
    };
    let mut s = format!("# {}\n\n", e(&doc.meta));
    if let Some(n) = &doc.notice {
        s.push_str(&format!("{}\n\n", e(n)));
    }
    let short = &doc.short;
    s.push_str(&format!("## {}\n\n", e(&short.heading)));
    if let Some(who) = &short.for_whom {
        s.push_str(&format!("{}\n\n", e(&who.heading)));
        bullets(&mut s, &who.body, "");
        s.push('\n');
    }
    s.push_str(&format!("{}\n\n", e(&short.route)));
    if let Some(next) = &short.next {
        s.push_str(&format!("**{}**\n\n", e(&next.heading)));
        for group in &next.body {
            if let Some(intro) = &group.intro {
                s.push_str(&format!("{}\n\n", e(intro)));
            }
            for (i, item) in group.items.iter().enumerate() {
                s.push_str(&format!("{}. {}\n", i + 1, e(item)));
            }
            s.push('\n');
        }
    }
    for fact in &short.facts {
        s.push_str(&format!("{}\n\n", e(fact)));
    }
    if let Some(contacts) = &short.contacts {
        s.push_str(&format!("**{}**\n\n", e(&contacts.heading)));
        for (name, url) in &contacts.body {
            s.push_str(&format!("- {}\n", link(name, url, e)));
        }
        s.push('\n');
    }
    if doc.short_only {
        s.push_str(&format!("---\n\n{}\n", e(&doc.disclaimer)));
        return s;
    }
    if let Some(legend) = &doc.legend {
        s.push_str(&format!("{}\n\n", e(legend)));
    }
    if let Some(w) = &doc.warnings {
        s.push_str(&format!("## {}\n\n", e(&w.heading)));
        for (text, cite) in &w.body {
            s.push_str(&format!("- {} {cite}\n", e(text)));
        }
        s.push('\n');
    }
    for route in &doc.routes {
        s.push_str(&format!("## {}\n\n", e(&route.heading)));
        s.push_str(&format!("{}\n\n", e(&route.regulator)));
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
            s.push_str(&format!("{marker}**{}** ({}) {}\n", e(&step.title), e(&step.status_label), step.cite));
            if let Some(d) = &step.detail {
                s.push_str(&format!("{pad}{}\n", e(d)));
            }
            bullets(&mut s, &step.why, &pad);
            if let Some(c) = &step.cost_item {
                let note = step.cost_note.as_ref().map_or(String::new(), |n| format!(" {}", e(n)));
                s.push_str(&format!("{pad}- {}.{note}\n", e(c)));
            }
            if let Some(t) = &step.time {
                s.push_str(&format!("{pad}- {}\n", e(t)));
            }
        }
        s.push('\n');
    }
    if let Some(closed) = &doc.closed {
        s.push_str(&format!("## {}\n\n", e(&closed.heading)));
        for r in &closed.body {
            s.push_str(&format!("### {}\n\n", e(&r.title)));
            bullets(&mut s, &r.why_not, "");
            if let Some(m) = &r.meanwhile_line {
                s.push_str(&format!("\n{}\n", e(m)));
            }
            s.push('\n');
        }
    }
    if let Some(roles) = &doc.roles {
        s.push_str(&format!("## {}\n\n", e(&roles.heading)));
        for c in &doc.roles_common {
            s.push_str(&format!("{}\n\n", e(c)));
        }
        for r in &roles.body {
            let band = r.band.as_ref().map_or(String::new(), |b| format!(", {}", e(b)));
            s.push_str(&format!("- **{}** ({}{band}) {}\n", e(&r.title), e(&r.status), r.cite));
            bullets(&mut s, &r.why, "  ");
        }
        s.push('\n');
    }
    if let Some(support) = &doc.support {
        s.push_str(&format!("## {}\n\n", e(&support.heading)));
        if let Some(c) = &doc.support_common {
            s.push_str(&format!("{}\n\n", e(c)));
        }
        for o in &support.body {
            s.push_str(&format!(
                "- **{}**{}\n",
                link(&o.name, &o.url, e),
                o.summary.as_ref().map_or(String::new(), |x| format!(": {}", e(x)))
            ));
            bullets(&mut s, &o.why, "  ");
        }
        s.push('\n');
    }
    if let Some(g) = &doc.glossary {
        s.push_str(&format!("## {}\n\n", e(&g.heading)));
        for (term, text) in &g.body {
            s.push_str(&format!("- **{}**: {}\n", e(term), e(text)));
        }
        s.push('\n');
    }
    s.push_str(&format!("## {}\n\n", e(&doc.sources.heading)));
    for src in &doc.sources.body {
        s.push_str(&format!("{}. {} ({})\n", src.number, link(&src.title, &src.url, e), e(&src.checked)));
    }
    s.push_str(&format!("\n---\n\n{}\n", e(&doc.disclaimer)));
    s
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
