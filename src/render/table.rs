//! The plan as tables for the terminal, fitted to its width; borderless with `--plain`.

use super::document::RouteSection;
use super::wrap;
use crate::engine::{Plan, StepStatus};
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

fn status_cell(status: StepStatus, label: &str, out: &Output) -> Cell {
    let cell = Cell::new(label);
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

/// A heading: bold when colour is on, never upper-cased (that does not work in every language).
fn section(s: &mut String, title: &str, width: usize, out: &Output) {
    s.push('\n');
    let text = wrap(title, width, "", "");
    if out.color {
        s.push_str(&format!("\u{1b}[1m{}\u{1b}[0m\n", text.trim_end()));
    } else {
        s.push_str(&text);
    }
}

fn lines(items: &[String]) -> String {
    items.join("\n")
}

fn route_steps(s: &mut String, route: &RouteSection, columns: &[String; 4], out: &Output) {
    let header: Vec<&str> = columns.iter().map(String::as_str).collect();
    let mut t = new_table(out, &header);
    for (i, step) in route.steps.iter().enumerate() {
        // Not bold inside a cell: comfy-table would count the colour codes as width.
        let mut text = vec![step.title.clone()];
        if let Some(d) = &step.detail {
            text.push(d.clone());
        }
        text.extend(step.why.iter().map(|w| format!("- {w}")));
        if !step.sources.is_empty() {
            text.push(step.sources.clone());
        }
        let mut cost = Vec::new();
        if let Some(c) = &step.cost {
            cost.push(c.clone());
            cost.extend(step.cost_note.clone());
        }
        cost.extend(step.time.clone());
        t.add_row(vec![
            Cell::new(i + 1),
            Cell::new(text.join("\n")),
            status_cell(step.status, &step.status_label, out),
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
pub fn table(plan: &Plan, out: &Output, detail: super::Detail) -> String {
    // Right-to-left text reads badly in bordered columns: the list layout, without borders.
    if out.plain || crate::ui::is_rtl(&plan.lang) {
        return super::plain(plan, usize::from(out.width), detail);
    }
    let doc = super::document::document_in(plan, &plan.lang, detail);
    let width = usize::from(out.width);
    let para = |s: &mut String, text: &str, first: &str, rest: &str| s.push_str(&wrap(text, width, first, rest));
    let mut s = String::new();
    para(&mut s, &doc.meta, "", "");
    if let Some(n) = &doc.notice {
        para(&mut s, n, "", "");
    }

    let short = &doc.short;
    section(&mut s, &short.heading, width, out);
    if let Some(who) = &short.for_whom {
        para(&mut s, &who.heading, "", "");
        for line in &who.body {
            para(&mut s, line, "  ", "    ");
        }
        s.push('\n');
    }
    para(&mut s, &short.route, "", "");
    if let Some(next) = &short.next {
        s.push('\n');
        para(&mut s, &next.heading, "", "");
        for group in &next.body {
            if let Some(intro) = &group.intro {
                para(&mut s, intro, "", "");
            }
            for (i, item) in group.items.iter().enumerate() {
                let marker = format!("{}. ", i + 1);
                para(&mut s, item, &marker, &" ".repeat(marker.len()));
            }
        }
    }
    if !short.facts.is_empty() {
        s.push('\n');
    }
    for fact in &short.facts {
        para(&mut s, fact, "", "");
    }
    if let Some(contacts) = &short.contacts {
        s.push('\n');
        para(&mut s, &contacts.heading, "", "");
        for (name, url) in &contacts.body {
            para(&mut s, &format!("{name}: {url}"), "- ", "  ");
        }
    }
    if doc.short_only {
        s.push('\n');
        para(&mut s, &doc.disclaimer, "", "");
        return s;
    }
    if let Some(legend) = &doc.legend {
        s.push('\n');
        para(&mut s, legend, "", "");
    }
    if let Some(w) = &doc.warnings {
        section(&mut s, &w.heading, width, out);
        for (text, cite) in &w.body {
            para(&mut s, &format!("{text} {cite}"), "! ", "  ");
        }
    }
    if let Some(none) = &doc.no_routes {
        section(&mut s, &none.heading, width, out);
        s.push_str(&none.body);
        s.push('\n');
    }
    for route in &doc.routes {
        section(&mut s, &route.heading, width, out);
        para(&mut s, &route.regulator, "", "");
        if let Some(summary) = &route.summary {
            para(&mut s, summary, "", "");
        }
        for w in &route.why {
            para(&mut s, w, "+ ", "  ");
        }
        for w in &route.why_not {
            para(&mut s, w, "? ", "  ");
        }
        route_steps(&mut s, route, &doc.columns.steps, out);
    }
    if let Some(closed) = &doc.closed {
        section(&mut s, &closed.heading, width, out);
        let header: Vec<&str> = doc.columns.closed.iter().map(String::as_str).collect();
        let mut t = new_table(out, &header);
        for r in &closed.body {
            t.add_row(vec![
                Cell::new(&r.title),
                Cell::new(lines(&r.why_not)),
                Cell::new(r.meanwhile.as_deref().unwrap_or("")),
            ]);
        }
        s.push_str(&t.to_string());
        s.push('\n');
    }
    if let Some(roles) = &doc.roles {
        section(&mut s, &roles.heading, width, out);
        for c in &doc.roles_common {
            para(&mut s, c, "", "");
        }
        let header: Vec<&str> = doc.columns.roles.iter().map(String::as_str).collect();
        let mut t = new_table(out, &header);
        for r in &roles.body {
            let mut why = r.why.clone();
            if let Some(b) = &r.band {
                why.insert(0, b.clone());
            }
            t.add_row(vec![Cell::new(&r.title), Cell::new(&r.status), Cell::new(lines(&why))]);
        }
        s.push_str(&t.to_string());
        s.push('\n');
    }
    if let Some(support) = &doc.support {
        section(&mut s, &support.heading, width, out);
        if let Some(c) = &doc.support_common {
            para(&mut s, c, "", "");
        }
        let header: Vec<&str> = doc.columns.support.iter().map(String::as_str).collect();
        let mut t = new_table(out, &header);
        for o in &support.body {
            let mut why = o.why.clone();
            if let Some(sum) = &o.summary {
                why.insert(0, sum.clone());
            }
            t.add_row(vec![Cell::new(&o.name), Cell::new(lines(&why)), Cell::new(&o.url)]);
        }
        s.push_str(&t.to_string());
        s.push('\n');
    }
    if let Some(g) = &doc.glossary {
        section(&mut s, &g.heading, width, out);
        for (term, text) in &g.body {
            para(&mut s, &format!("{term}: {text}"), "", "  ");
        }
    }
    section(&mut s, &doc.sources.heading, width, out);
    for src in &doc.sources.body {
        let marker = format!("[{}] ", src.number);
        para(&mut s, &format!("{} {} ({})", src.title, src.url, src.checked), &marker, &" ".repeat(marker.len()));
    }
    s.push('\n');
    para(&mut s, &doc.disclaimer, "", "");
    s
}
