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

/// On screen: one readable column. On a phone (under 600 px) the steps table becomes one
/// block a step, so no column is cut. In print: A4, smaller type, headings kept with what
/// follows, rows allowed to break (a tall row kept whole left pages half empty), and each
/// link's web address printed after its text.
const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:50em;margin:1em auto;padding:0 1em;line-height:1.5;overflow-wrap:anywhere}\
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;vertical-align:top;text-align:start}\
.status{font-weight:bold;white-space:nowrap}.next{color:#005ea5}.done{color:#00703c}.blocked{color:#b10e1e}.check{color:#8a5a00}\
.meta,.legend{color:#555;font-size:.9em}.en{display:block;color:#444;font-size:.88em;font-weight:normal}.short{border:2px solid #005ea5;padding:0 1em;margin:1em 0}\
td ul,td p{margin:.2em 0}ul{padding-inline-start:1.4em}ol{padding-inline-start:2.4em}th{white-space:nowrap}\
.sources{font-size:.9em}.glossary dt{display:inline;font-weight:bold}.glossary dt::after{content:\": \"}\
.glossary dd{display:inline;margin:0}.glossary dd::after{content:\"\";display:block;margin-bottom:.25em}\
@media (max-width:600px){body{padding:0 .5em}table,thead,tbody,tr,th,td{display:block}thead{display:none}tr{border-top:2px solid #999;padding:.3em 0}td{border:none;padding:.1em 0}}\
@page{size:A4;margin:12mm 12mm 14mm}\
@media print{body{max-width:none;margin:0;padding:0;font-size:9pt;line-height:1.28}a{color:inherit;text-decoration:none}\
a[href]::after{content:\" (\" attr(href) \")\";font-size:.85em;color:#333}\
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:.8em 0 .3em;break-after:avoid}h3{font-size:1.05em;break-after:avoid}\
p{margin:.3em 0}li{break-inside:avoid}.short{break-inside:avoid}tr{break-inside:auto}\
.sources{column-count:2;column-gap:1.2em;font-size:7pt;line-height:1.25}\
.glossary,.answers{column-count:2;column-gap:1.5em;font-size:.92em}}";

/// A rule text, and beside it (when the page is translated and the text differs) the English,
/// so an adviser who reads only English can check it and the person can show it to others.
fn beside(doc: &Document, text: &str, english: Option<&str>) -> String {
    match english.filter(|e| *e != text) {
        Some(e) => format!("{}<span class=\"en\" lang=\"en\" dir=\"ltr\">{}</span>", content(doc, text), esc(e)),
        None => content(doc, text),
    }
}

fn route(out: &mut String, doc: &Document, r: &RouteSection, en: Option<&RouteSection>) {
    let columns = &doc.columns.steps;
    out.push_str(&format!("<h2>{}</h2>\n<p>{}</p>\n", esc(&r.heading), esc(&r.regulator)));
    if let Some(s) = &r.summary {
        out.push_str(&format!("<p>{}</p>\n", beside(doc, s, en.and_then(|e| e.summary.as_deref()))));
    }
    let mut reasons = r.why.clone();
    reasons.extend(r.why_not.iter().cloned());
    out.push_str(&list(&reasons));
    let [number, step, status, cost] = columns.each_ref().map(|c| esc(c));
    out.push_str(&format!(
        "<table><thead><tr><th>{number}</th><th>{step}</th><th>{status}</th><th>{cost}</th></tr></thead><tbody>\n"
    ));
    for (i, s) in r.steps.iter().enumerate() {
        let english = en.and_then(|e| e.steps.get(i));
        let mut cell = format!("<strong>{}</strong>", beside(doc, &s.title, english.map(|e| e.title.as_str())));
        if let Some(d) = &s.detail {
            cell.push_str(&format!("<p>{}</p>", beside(doc, d, english.and_then(|e| e.detail.as_deref()))));
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

/// Right-to-left for the catalogue's right-to-left languages (Arabic, Farsi, Pashto), and for
/// Urdu and Kurdish Sorani should rules carry them.
fn dir(lang: &str) -> &'static str {
    let primary = lang.split('-').next().unwrap_or(lang);
    if crate::ui::is_rtl(lang) || ["ur", "ckb"].contains(&primary) { "rtl" } else { "ltr" }
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
fn short(out: &mut String, doc: &Document, en: Option<&Document>) {
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
            for (i, item) in group.items.iter().enumerate() {
                let other = en
                    .and_then(|e| e.short.next.as_ref())
                    .and_then(|n| n.body.iter().flat_map(|g| &g.items).nth(i))
                    .map(String::as_str);
                out.push_str(&format!("<li>{}</li>\n", beside(doc, item, other)));
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
    html_beside(plan, None, lang, detail)
}

/// [`html`], with the English of each translated rule text beside it, from `english`: the
/// same plan made in English.
pub fn html_beside(plan: &Plan, english: Option<&Plan>, lang: &str, detail: super::Detail) -> String {
    let doc = super::document::document_in(plan, lang, detail);
    let en =
        english.filter(|e| e.content_lang != plan.content_lang).map(|e| super::document::document_in(e, "en", detail));
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
        esc(&doc.lang),
        dir(&doc.lang),
        esc(&doc.meta),
        esc(&doc.title),
        esc(&doc.meta)
    );
    if let Some(n) = &doc.notice {
        out.push_str(&format!("<p class=\"legend\">{}</p>\n", esc(n)));
    }
    short(&mut out, &doc, en.as_ref());
    if doc.short_only {
        out.push_str(&format!("<hr>\n<p>{}</p>\n</body>\n</html>\n", esc(&doc.disclaimer)));
        return out;
    }
    if let Some(legend) = &doc.legend {
        out.push_str(&format!("<p class=\"legend\">{}</p>\n", esc(legend)));
    }
    if let Some(w) = &doc.warnings {
        out.push_str(&format!("<h2>{}</h2>\n", esc(&w.heading)));
        out.push_str("<ul>");
        let english = en.as_ref().and_then(|e| e.warnings.as_ref());
        for (i, (text, cite)) in w.body.iter().enumerate() {
            let other = english.and_then(|e| e.body.get(i)).map(|(t, c)| format!("{t} {c}"));
            out.push_str(&format!("<li>{}</li>", beside(&doc, &format!("{text} {cite}"), other.as_deref())));
        }
        out.push_str("</ul>\n");
    }
    if let Some(none) = &doc.no_routes {
        out.push_str(&format!("<h2>{}</h2>\n<p>{}</p>\n", esc(&none.heading), esc(&none.body)));
    }
    for (i, r) in doc.routes.iter().enumerate() {
        route(&mut out, &doc, r, en.as_ref().and_then(|e| e.routes.get(i)));
    }
    if let Some(closed) = &doc.closed {
        out.push_str(&format!("<h2>{}</h2>\n", esc(&closed.heading)));
        let english = en.as_ref().and_then(|e| e.closed.as_ref());
        for (i, r) in closed.body.iter().enumerate() {
            let other = english.and_then(|e| e.body.get(i)).map(|x| x.title.as_str());
            out.push_str(&format!("<h3>{}</h3>{}", beside(&doc, &r.title, other), list(&r.why_not)));
            if let Some(m) = &r.meanwhile_line {
                out.push_str(&format!("<p>{}</p>\n", esc(m)));
            }
        }
    }
    if let Some(roles) = &doc.roles {
        out.push_str(&format!("<h2>{}</h2>\n", esc(&roles.heading)));
        for c in &doc.roles_common {
            out.push_str(&format!("<p>{}</p>\n", esc(c)));
        }
        out.push_str("<ul>\n");
        let english = en.as_ref().and_then(|e| e.roles.as_ref());
        for (i, r) in roles.body.iter().enumerate() {
            let band = r.band.as_ref().map_or(String::new(), |b| format!(", {}", esc(b)));
            let other = english.and_then(|e| e.body.get(i)).map(|x| x.title.as_str());
            out.push_str(&format!(
                "<li><strong>{}</strong> ({}{band}){}</li>\n",
                beside(&doc, &r.title, other),
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
        let english = en.as_ref().and_then(|e| e.support.as_ref());
        for (i, s) in support.body.iter().enumerate() {
            let other = english.and_then(|e| e.body.get(i)).and_then(|x| x.summary.as_deref());
            let summary = s.summary.as_ref().map_or(String::new(), |x| format!(": {}", beside(&doc, x, other)));
            out.push_str(&format!(
                "<li><strong>{}</strong>{summary}{}</li>\n",
                link(&s.url, &content(&doc, &s.name)),
                list(&s.why)
            ));
        }
        out.push_str("</ul>\n");
    }
    if let Some(g) = &doc.glossary {
        out.push_str(&format!("<h2>{}</h2>\n<dl class=\"glossary\">\n", esc(&g.heading)));
        for (term, text) in &g.body {
            out.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", content(&doc, term), content(&doc, text)));
        }
        out.push_str("</dl>\n");
    }
    if let Some(answers) = &doc.answers {
        out.push_str(&format!(
            "<h2>{}</h2>\n<p>{}</p>\n<ul class=\"answers\">\n",
            esc(&answers.heading),
            esc(&answers.body.0)
        ));
        for line in &answers.body.1 {
            out.push_str(&format!("<li>{}</li>\n", esc(line)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<h2>{}</h2>\n<ol class=\"sources\">\n", esc(&doc.sources.heading)));
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
