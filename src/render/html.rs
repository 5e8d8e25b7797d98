//! The plan as one self-contained HTML page: a handout to open in a browser and print. No
//! scripts, no external files, nothing fetched.

use super::document::{Document, RouteSection};
use crate::engine::Plan;

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
/// `html` is markup already escaped.
fn link(url: &str, html: &str) -> String {
    if crate::text::is_https(url) {
        format!("<a href=\"{}\">{html}</a>", esc(url))
    } else {
        format!("{html} ({})", esc(url))
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

fn route(out: &mut String, doc: &Document, r: &RouteSection) {
    let columns = &doc.columns.steps;
    out.push_str(&format!("<h2>{}</h2>\n<p>{}</p>\n", esc(&r.heading), esc(&r.regulator)));
    if let Some(s) = &r.summary {
        out.push_str(&format!("<p>{}</p>\n", content(doc, s)));
    }
    let mut reasons = r.why.clone();
    reasons.extend(r.why_not.iter().cloned());
    out.push_str(&list(&reasons));
    let [number, step, status, cost] = columns.each_ref().map(|c| esc(c));
    out.push_str(&format!(
        "<table><thead><tr><th>{number}</th><th>{step}</th><th>{status}</th><th>{cost}</th></tr></thead><tbody>\n"
    ));
    for (i, s) in r.steps.iter().enumerate() {
        let mut cell = format!("<strong>{}</strong>", content(doc, &s.title));
        if let Some(d) = &s.detail {
            cell.push_str(&format!("<p>{}</p>", content(doc, d)));
        }
        cell.push_str(&list(&s.why));
        if !s.sources.is_empty() {
            cell.push_str(&format!("<p>{}</p>", esc(&s.sources)));
        }
        let mut cost = Vec::new();
        if let Some(c) = &s.cost {
            cost.push(esc(c));
            if let Some(n) = s.cost_note.as_ref() {
                cost.push(esc(n));
            }
        }
        if let Some(t) = &s.time {
            cost.push(esc(t));
        }
        let class = format!("{:?}", s.status).to_lowercase();
        out.push_str(&format!(
            "<tr><td>{}</td><td>{cell}</td><td class=\"status {class}\">{}</td><td>{}</td></tr>\n",
            i + 1,
            esc(&s.status_label),
            cost.join("<br>")
        ));
    }
    out.push_str("</tbody></table>\n");
}

/// Right-to-left for Arabic, Farsi, Pashto, Urdu and Kurdish Sorani.
fn dir(lang: &str) -> &'static str {
    let primary = lang.split('-').next().unwrap_or(lang);
    if ["ar", "fa", "ps", "ur", "ckb"].contains(&primary) { "rtl" } else { "ltr" }
}

/// Rule text, escaped, marked with its own language where the page is in another: English
/// titles on an Arabic page read left to right.
fn content(doc: &Document, text: &str) -> String {
    if doc.content_lang == doc.lang {
        esc(text)
    } else {
        format!("<span lang=\"{}\" dir=\"{}\">{}</span>", esc(&doc.content_lang), dir(&doc.content_lang), esc(text))
    }
}

/// "Your plan in short", in a section of its own so print starts the full plan after it.
fn short(out: &mut String, doc: &Document) {
    let short = &doc.short;
    out.push_str(&format!("<section class=\"short\">\n<h2>{}</h2>\n", esc(&short.heading)));
    if let Some(who) = &short.for_whom {
        out.push_str(&format!("<p>{}</p>\n{}\n", esc(&who.heading), list(&who.body)));
    }
    out.push_str(&format!("<p><strong>{}</strong></p>\n", esc(&short.route)));
    if let Some(next) = &short.next {
        out.push_str(&format!("<h3>{}</h3>\n", esc(&next.heading)));
        for group in &next.body {
            if let Some(intro) = &group.intro {
                out.push_str(&format!("<p>{}</p>\n", esc(intro)));
            }
            out.push_str("<ol>\n");
            for item in &group.items {
                out.push_str(&format!("<li>{}</li>\n", content(doc, item)));
            }
            out.push_str("</ol>\n");
        }
    }
    for fact in &short.facts {
        out.push_str(&format!("<p>{}</p>\n", esc(fact)));
    }
    if let Some(contacts) = &short.contacts {
        out.push_str(&format!("<h3>{}</h3>\n<ul>\n", esc(&contacts.heading)));
        for (name, url) in &contacts.body {
            out.push_str(&format!("<li>{}</li>\n", link(url, &content(doc, name))));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The plan as an HTML page: its `lang` and `dir` follow the interface language shown, and
/// each rule text carries its own where that differs.
pub fn html(plan: &Plan, lang: &str, detail: super::Detail) -> String {
    let doc = super::document::document_in(plan, lang, detail);
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
        esc(&doc.lang),
        dir(&doc.lang),
        esc(&doc.meta),
        esc(&doc.title),
        esc(&doc.meta)
    );
    short(&mut out, &doc);
    if doc.short_only {
        out.push_str(&format!("<hr>\n<p>{}</p>\n</body>\n</html>\n", esc(&doc.disclaimer)));
        return out;
    }
    if let Some(legend) = &doc.legend {
        out.push_str(&format!("<p class=\"legend\">{}</p>\n", esc(legend)));
    }
    if let Some(w) = &doc.warnings {
        out.push_str(&format!("<h2>{}</h2>\n", esc(&w.heading)));
        out.push_str(&list(&w.body.iter().map(|(text, cite)| format!("{text} {cite}")).collect::<Vec<_>>()));
    }
    if let Some(none) = &doc.no_routes {
        out.push_str(&format!("<h2>{}</h2>\n<p>{}</p>\n", esc(&none.heading), esc(&none.body)));
    }
    for r in &doc.routes {
        route(&mut out, &doc, r);
    }
    if let Some(closed) = &doc.closed {
        out.push_str(&format!("<h2>{}</h2>\n", esc(&closed.heading)));
        for r in &closed.body {
            out.push_str(&format!("<h3>{}</h3>{}", content(&doc, &r.title), list(&r.why_not)));
            if let Some(m) = &r.meanwhile_line {
                out.push_str(&format!("<p>{}</p>\n", esc(m)));
            }
        }
    }
    if let Some(roles) = &doc.roles {
        out.push_str(&format!("<h2>{}</h2>\n", esc(&roles.heading)));
        if let Some(c) = &doc.roles_common {
            out.push_str(&format!("<p>{}</p>\n", esc(c)));
        }
        out.push_str("<ul>\n");
        for r in &roles.body {
            let band = r.band.as_ref().map_or(String::new(), |b| format!(", {}", esc(b)));
            out.push_str(&format!(
                "<li><strong>{}</strong> ({}{band}){}</li>\n",
                content(&doc, &r.title),
                esc(&r.status),
                list(&r.why)
            ));
        }
        out.push_str("</ul>\n");
    }
    if let Some(support) = &doc.support {
        out.push_str(&format!("<h2>{}</h2>\n", esc(&support.heading)));
        if let Some(c) = &doc.support_common {
            out.push_str(&format!("<p>{}</p>\n", esc(c)));
        }
        out.push_str("<ul>\n");
        for s in &support.body {
            let summary = s.summary.as_ref().map_or(String::new(), |x| format!(": {}", content(&doc, x)));
            out.push_str(&format!(
                "<li><strong>{}</strong>{summary}{}</li>\n",
                link(&s.url, &content(&doc, &s.name)),
                list(&s.why)
            ));
        }
        out.push_str("</ul>\n");
    }
    if let Some(g) = &doc.glossary {
        out.push_str(&format!("<h2>{}</h2>\n<dl>\n", esc(&g.heading)));
        for (term, text) in &g.body {
            out.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", content(&doc, term), content(&doc, text)));
        }
        out.push_str("</dl>\n");
    }
    out.push_str(&format!("<h2>{}</h2>\n<ol>\n", esc(&doc.sources.heading)));
    for s in &doc.sources.body {
        out.push_str(&format!("<li>{} ({})</li>\n", link(&s.url, &content(&doc, &s.title)), esc(&s.checked)));
    }
    out.push_str(&format!("</ol>\n<hr>\n<p>{}</p>\n</body>\n</html>\n", esc(&doc.disclaimer)));
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
