//! The plan as Markdown: a handout a person can print, email to themselves or read later.

use super::{SourceIndex, fees_line, heading, next_groups, next_label};
use crate::engine::{Plan, RouteStatus};

fn bullets(s: &mut String, items: &[String], prefix: &str) {
    for i in items {
        s.push_str(&format!("{prefix}- {i}\n"));
    }
}

/// The plan as a Markdown document.
pub fn markdown(plan: &Plan) -> String {
    let sources = SourceIndex::new(plan);
    let mut s = format!("# {}\n\n", heading(plan));
    if !plan.next_steps.is_empty() {
        s.push_str("## Your next steps\n\n");
        for (route, steps) in next_groups(plan) {
            if let Some(route) = route {
                s.push_str(&format!("If the route \"{route}\" is yours:\n\n"));
            }
            for (i, n) in steps.iter().enumerate() {
                s.push_str(&format!("{}. {}{}\n", i + 1, n.title, next_label(n.status)));
            }
            s.push('\n');
        }
    }
    if let Some(f) = fees_line(plan) {
        s.push_str(&format!("{f}\n\n"));
    }
    if !plan.warnings.is_empty() {
        s.push_str("## Watch out\n\n");
        for w in &plan.warnings {
            s.push_str(&format!("- {} {}\n", w.text, sources.cite(&w.sources)));
        }
        s.push('\n');
    }
    for route in plan.routes.iter().filter(|r| r.status != RouteStatus::NotOpen) {
        s.push_str(&format!("## {} route: {}\n\n", capitalise(route.status.label()), route.title));
        s.push_str(&format!("Regulator: {}\n\n", route.regulator));
        if let Some(summary) = &route.summary {
            s.push_str(&format!("{summary}\n\n"));
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
                step.title,
                step.status.label(),
                sources.cite(&step.sources)
            ));
            if let Some(d) = &step.detail {
                s.push_str(&format!("{pad}{d}\n"));
            }
            bullets(&mut s, &step.why, &pad);
            if let Some(c) = &step.cost {
                let note = c.note.as_ref().filter(|_| !step.unconfirmed).map_or(String::new(), |n| format!(" {n}"));
                s.push_str(&format!("{pad}- Cost: {}: {}.{note}\n", c.label, c.display));
            }
            if let Some(d) = &step.duration {
                s.push_str(&format!("{pad}- Time: {}\n", d.display));
            }
        }
        s.push('\n');
    }
    let closed: Vec<_> = plan.routes.iter().filter(|r| r.status == RouteStatus::NotOpen).collect();
    if !closed.is_empty() {
        s.push_str("## Routes not open to you now\n\n");
        for r in closed {
            s.push_str(&format!("### {}\n\n", r.title));
            bullets(&mut s, &r.why_not, "");
            if let Some(m) = &r.meanwhile {
                s.push_str(&format!("\nMeanwhile: {m}\n"));
            }
            s.push('\n');
        }
    }
    if !plan.roles.is_empty() {
        s.push_str("## Stepping-stone roles\n\n");
        for r in &plan.roles {
            let band = r.band.as_ref().map_or(String::new(), |b| format!(", {b}"));
            s.push_str(&format!(
                "- **{}** ({}{band}) {}\n",
                r.title,
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
                "- **[{}]({})**{}\n",
                o.name,
                o.url,
                o.summary.as_ref().map_or(String::new(), |x| format!(": {x}"))
            ));
            bullets(&mut s, &o.why, "  ");
        }
        s.push('\n');
    }
    if !plan.glossary.is_empty() {
        s.push_str("## Words used\n\n");
        for g in &plan.glossary {
            s.push_str(&format!("- **{}**: {}\n", g.term, g.text));
        }
        s.push('\n');
    }
    s.push_str("## Sources\n\n");
    for (n, src) in sources.iter() {
        let overdue = if src.overdue { ", overdue for re-checking" } else { "" };
        let dated = src.page_date.as_ref().map_or(String::new(), |d| format!("page dated {d}; "));
        s.push_str(&format!("{n}. [{}]({}) ({dated}checked {}{overdue})\n", src.title, src.url, src.verified));
    }
    s.push_str(&format!("\n---\n\n{}\n", plan.disclaimer));
    s
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().collect::<String>() + c.as_str())
}
