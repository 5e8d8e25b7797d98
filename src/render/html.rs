//! The plan as one self-contained HTML page: a handout to open in a browser and print. No
//! scripts, no external files, nothing fetched.

use super::{SourceIndex, fees_line, heading, next_groups, next_label};
use crate::engine::{Plan, RoutePlan, RouteStatus};

/// Escapes text for HTML element content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if crate::text::is_control(c) => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
    out
}

/// Only `https://` addresses become links; anything else is shown as text, with the address.
fn link(url: &str, text: &str) -> String {
    if crate::text::is_https(url) {
        format!("<a href=\"{}\">{}</a>", esc(url), esc(text))
    } else {
        format!("{} ({})", esc(text), esc(url))
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let lis: String = items.iter().map(|i| format!("<li>{}</li>", esc(i))).collect();
    format!("<ul>{lis}</ul>")
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:50em;margin:1em auto;padding:0 1em;line-height:1.5}\
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;vertical-align:top;text-align:start}\
.status{font-weight:bold;white-space:nowrap}.next{color:#005ea5}.done{color:#00703c}.blocked{color:#b10e1e}.check{color:#8a5a00}\
.meta{color:#555;font-size:.9em}\
@media print{a{color:inherit}tr{break-inside:avoid}h2{break-after:avoid}}";

fn route(out: &mut String, r: &RoutePlan, sources: &SourceIndex) {
    out.push_str(&format!(
        "<h2>{} route: {}</h2>\n<p>Regulator: {}</p>\n",
        esc(capital(r.status.label()).as_str()),
        esc(&r.title),
        esc(&r.regulator)
    ));
    if let Some(s) = &r.summary {
        out.push_str(&format!("<p>{}</p>\n", esc(s)));
    }
    let mut reasons = r.why.clone();
    reasons.extend(r.why_not.iter().cloned());
    out.push_str(&list(&reasons));
    out.push_str("<table><thead><tr><th>#</th><th>Step: what to do, and why</th><th>Status</th><th>Cost and time</th></tr></thead><tbody>\n");
    for (i, s) in r.steps.iter().enumerate() {
        let mut cell = format!("<strong>{}</strong>", esc(&s.title));
        if let Some(d) = &s.detail {
            cell.push_str(&format!("<p>{}</p>", esc(d)));
        }
        cell.push_str(&list(&s.why));
        let cite = sources.cite(&s.sources);
        if !cite.is_empty() {
            cell.push_str(&format!("<p>Sources: {}</p>", esc(&cite)));
        }
        let mut cost = Vec::new();
        if let Some(c) = &s.cost {
            cost.push(format!("{}: {}", esc(&c.label), esc(&c.display)));
            if let Some(n) = &c.note {
                cost.push(esc(n));
            }
        }
        if let Some(d) = &s.duration {
            cost.push(format!("Time: {}", esc(&d.display)));
        }
        let status = format!("{:?}", s.status).to_lowercase();
        out.push_str(&format!(
            "<tr><td>{}</td><td>{cell}</td><td class=\"status {status}\">{}</td><td>{}</td></tr>\n",
            i + 1,
            esc(s.status.label()),
            cost.join("<br>")
        ));
    }
    out.push_str("</tbody></table>\n");
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().collect::<String>() + c.as_str())
}

/// The plan as an HTML page. `lang` sets the page language (and right-to-left direction for
/// Arabic, Farsi, Pashto, Urdu and Kurdish Sorani).
pub fn html(plan: &Plan, lang: &str) -> String {
    let sources = SourceIndex::new(plan);
    let dir = if ["ar", "fa", "ps", "ur", "ckb"].contains(&lang) { "rtl" } else { "ltr" };
    let title = match &plan.profession_name {
        Some(p) => format!("Your plan: {p}"),
        None => "Your plan".to_owned(),
    };
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
        esc(lang),
        esc(&heading(plan)),
        esc(&title),
        esc(&heading(plan))
    );
    if !plan.next_steps.is_empty() {
        out.push_str("<h2>Your next steps</h2>\n");
        for (route, steps) in next_groups(plan) {
            if let Some(route) = route {
                out.push_str(&format!("<p>If the route “{}” is yours:</p>\n", esc(route)));
            }
            out.push_str("<ol>\n");
            for n in steps {
                out.push_str(&format!("<li>{}{}</li>\n", esc(&n.title), esc(next_label(n.status))));
            }
            out.push_str("</ol>\n");
        }
    }
    if let Some(f) = fees_line(plan) {
        out.push_str(&format!("<p>{}</p>\n", esc(&f)));
    }
    if !plan.warnings.is_empty() {
        out.push_str("<h2>Watch out</h2>\n");
        out.push_str(&list(
            &plan.warnings.iter().map(|w| format!("{} {}", w.text, sources.cite(&w.sources))).collect::<Vec<_>>(),
        ));
    }
    for r in plan.routes.iter().filter(|r| r.status != RouteStatus::NotOpen) {
        route(&mut out, r, &sources);
    }
    let closed: Vec<_> = plan.routes.iter().filter(|r| r.status == RouteStatus::NotOpen).collect();
    if !closed.is_empty() {
        out.push_str("<h2>Routes not open to you now</h2>\n");
        for r in closed {
            out.push_str(&format!("<h3>{}</h3>{}", esc(&r.title), list(&r.why_not)));
            if let Some(m) = &r.meanwhile {
                out.push_str(&format!("<p>Meanwhile: {}</p>\n", esc(m)));
            }
        }
    }
    if !plan.roles.is_empty() {
        out.push_str("<h2>Stepping-stone roles</h2>\n<ul>\n");
        for r in &plan.roles {
            let band = r.band.as_ref().map_or(String::new(), |b| format!(", {}", esc(b)));
            let why = if r.open { &r.why } else { &r.why_not };
            out.push_str(&format!(
                "<li><strong>{}</strong> ({}{band}){}</li>\n",
                esc(&r.title),
                match r.status {
                    crate::engine::RoleStatus::Open => "open now",
                    crate::engine::RoleStatus::NotOpen => "not open yet",
                    crate::engine::RoleStatus::Check => "not sure yet",
                },
                list(why)
            ));
        }
        out.push_str("</ul>\n");
    }
    if !plan.support.is_empty() {
        out.push_str("<h2>Support</h2>\n<ul>\n");
        for s in &plan.support {
            let summary = s.summary.as_ref().map_or(String::new(), |x| format!(": {}", esc(x)));
            out.push_str(&format!("<li><strong>{}</strong>{summary}{}</li>\n", link(&s.url, &s.name), list(&s.why)));
        }
        out.push_str("</ul>\n");
    }
    if !plan.glossary.is_empty() {
        out.push_str("<h2>Words used</h2>\n<dl>\n");
        for g in &plan.glossary {
            out.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", esc(&g.term), esc(&g.text)));
        }
        out.push_str("</dl>\n");
    }
    out.push_str("<h2>Sources</h2>\n<ol>\n");
    for (_, s) in sources.iter() {
        let overdue = if s.overdue { ", overdue for re-checking" } else { "" };
        let dated = s.page_date.as_ref().map_or(String::new(), |d| format!("page dated {d}; "));
        out.push_str(&format!("<li>{} ({dated}checked {}{overdue})</li>\n", link(&s.url, &s.title), esc(&s.verified)));
    }
    out.push_str(&format!("</ol>\n<hr>\n<p>{}</p>\n</body>\n</html>\n", esc(&plan.disclaimer)));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_refuses_script_links() {
        assert_eq!(super::esc("<b>\"&'"), "&lt;b&gt;&quot;&amp;&#39;");
        assert_eq!(super::link("javascript:alert(1)", "x"), "x (javascript:alert(1))");
        assert_eq!(super::link("http://a.example", "x"), "x (http://a.example)");
        assert_eq!(super::esc("a\u{1b}]0;t\u{7}"), "a\u{FFFD}]0;t\u{FFFD}");
        assert_eq!(super::link("https://a.example/?a=1&b=2", "A"), "<a href=\"https://a.example/?a=1&amp;b=2\">A</a>");
    }
}
