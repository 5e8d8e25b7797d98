//! The plan as tables for the terminal, fitted to its width; borderless with `--plain`.

use super::{SourceIndex, fees_line, heading, next_groups, next_label, wrap};
use crate::engine::{Plan, RoutePlan, RouteStatus, StepStatus};
use crate::output::Output;
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};

fn new_table(out: &Output, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(if out.plain { presets::NOTHING } else { presets::UTF8_FULL_CONDENSED });
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.set_width(out.width);
    if !out.color {
        t.force_no_tty();
    } else {
        t.enforce_styling();
    }
    t.set_header(header.iter().map(|h| {
        let c = Cell::new(*h);
        if out.color { c.add_attribute(Attribute::Bold) } else { c }
    }));
    t
}

fn status_cell(status: StepStatus, out: &Output) -> Cell {
    let cell = Cell::new(status.label());
    if !out.color {
        return cell;
    }
    match status {
        StepStatus::Done => cell.fg(Color::Green),
        StepStatus::Next => cell.fg(Color::Cyan).add_attribute(Attribute::Bold),
        StepStatus::Blocked => cell.fg(Color::Red),
        StepStatus::Check => cell.fg(Color::Yellow),
        StepStatus::Todo => cell,
    }
}

fn section(s: &mut String, title: &str, width: usize) {
    s.push('\n');
    s.push_str(&wrap(&title.to_uppercase(), width, "", ""));
}

fn lines(items: &[String]) -> String {
    items.join("\n")
}

fn route_steps(s: &mut String, route: &RoutePlan, out: &Output, sources: &SourceIndex) {
    let mut t = new_table(out, &["#", "Step: what to do, and why", "Status", "Cost and time"]);
    for (i, step) in route.steps.iter().enumerate() {
        let mut text = vec![if out.plain { step.title.clone() } else { step.title.to_uppercase() }];
        if let Some(d) = &step.detail {
            text.push(d.clone());
        }
        text.extend(step.why.iter().map(|w| format!("- {w}")));
        let cite = sources.cite(&step.sources);
        if !cite.is_empty() {
            text.push(format!("Sources: {cite}"));
        }
        let mut cost = Vec::new();
        if let Some(c) = &step.cost {
            cost.push(format!("{}: {}", c.label, c.display));
            if c.unconfirmed {
                cost.push("(check with the regulator)".to_owned());
            }
        }
        if let Some(d) = &step.duration {
            cost.push(format!("Time: {}", d.display));
        }
        t.add_row(vec![
            Cell::new(i + 1),
            Cell::new(text.join("\n")),
            status_cell(step.status, out),
            Cell::new(cost.join("\n")),
        ]);
    }
    if let Some(col) = t.column_mut(3) {
        col.set_constraint(comfy_table::ColumnConstraint::UpperBoundary(comfy_table::Width::Percentage(24)));
    }
    s.push_str(&t.to_string());
    s.push('\n');
}

/// The plan as terminal tables; with `--plain`, as linear text for screen readers.
pub fn table(plan: &Plan, out: &Output) -> String {
    if out.plain {
        return super::plain(plan, usize::from(out.width));
    }
    let width = usize::from(out.width);
    let para = |s: &mut String, text: &str, first: &str, rest: &str| s.push_str(&wrap(text, width, first, rest));
    let sources = SourceIndex::new(plan);
    let mut s = String::new();
    para(&mut s, &heading(plan), "", "");

    if !plan.next_steps.is_empty() {
        section(&mut s, "Your next steps", width);
        for (route, steps) in next_groups(plan) {
            if let Some(route) = route {
                para(&mut s, &format!("If the route \"{route}\" is yours:"), "", "");
            }
            for (i, n) in steps.iter().enumerate() {
                let marker = format!("{}. ", i + 1);
                para(&mut s, &format!("{}{}", n.title, next_label(n.status)), &marker, &" ".repeat(marker.len()));
            }
        }
    }
    if let Some(f) = fees_line(plan) {
        s.push('\n');
        para(&mut s, &f, "", "");
    }
    if !plan.warnings.is_empty() {
        section(&mut s, "Watch out", width);
        for w in &plan.warnings {
            para(&mut s, &format!("{} {}", w.text, sources.cite(&w.sources)), "! ", "  ");
        }
    }

    let open: Vec<&RoutePlan> = plan.routes.iter().filter(|r| r.status != RouteStatus::NotOpen).collect();
    if plan.routes.is_empty() {
        section(&mut s, "Routes", width);
        s.push_str("No registration route in these rules matches your answers.\n");
    }
    for route in &open {
        section(&mut s, &format!("{} route: {}", route.status.label(), route.title), width);
        para(&mut s, &format!("Regulator: {}", route.regulator), "", "");
        if let Some(summary) = &route.summary {
            para(&mut s, summary, "", "");
        }
        for w in &route.why {
            para(&mut s, w, "+ ", "  ");
        }
        for w in &route.why_not {
            para(&mut s, w, "? ", "  ");
        }
        route_steps(&mut s, route, out, &sources);
    }
    let closed: Vec<&RoutePlan> = plan.routes.iter().filter(|r| r.status == RouteStatus::NotOpen).collect();
    if !closed.is_empty() {
        section(&mut s, "Routes not open to you now", width);
        let mut t = new_table(out, &["Route", "Why not", "Meanwhile"]);
        for r in closed {
            t.add_row(vec![
                Cell::new(&r.title),
                Cell::new(lines(&r.why_not)),
                Cell::new(r.meanwhile.as_deref().unwrap_or("")),
            ]);
        }
        s.push_str(&t.to_string());
        s.push('\n');
    }
    if !plan.roles.is_empty() {
        section(&mut s, "Stepping-stone roles", width);
        let mut t = new_table(out, &["Role", "Open now?", "Why"]);
        for r in &plan.roles {
            let mut why = if r.open { r.why.clone() } else { r.why_not.clone() };
            if let Some(b) = &r.band {
                why.insert(0, b.clone());
            }
            t.add_row(vec![Cell::new(&r.title), Cell::new(r.status.label()), Cell::new(lines(&why))]);
        }
        s.push_str(&t.to_string());
        s.push('\n');
    }
    if !plan.support.is_empty() {
        section(&mut s, "Support near you", width);
        let mut t = new_table(out, &["Organisation", "Why", "Website"]);
        for o in &plan.support {
            let mut why = o.why.clone();
            if let Some(sum) = &o.summary {
                why.insert(0, sum.clone());
            }
            t.add_row(vec![Cell::new(&o.name), Cell::new(lines(&why)), Cell::new(&o.url)]);
        }
        s.push_str(&t.to_string());
        s.push('\n');
    }
    if !plan.glossary.is_empty() {
        section(&mut s, "Words used", width);
        for g in &plan.glossary {
            para(&mut s, &format!("{}: {}", g.term, g.text), "", "  ");
        }
    }
    section(&mut s, "Sources", width);
    for (n, src) in sources.iter() {
        let overdue = if src.overdue { ", overdue for re-checking" } else { "" };
        let dated = src.page_date.as_ref().map_or(String::new(), |d| format!("page dated {d}; "));
        let marker = format!("[{n}] ");
        para(
            &mut s,
            &format!("{} {} ({dated}checked {}{overdue})", src.title, src.url, src.verified),
            &marker,
            &" ".repeat(marker.len()),
        );
    }
    s.push('\n');
    para(&mut s, &plan.disclaimer, "", "");
    s
}
