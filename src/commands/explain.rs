//! `requal explain ID`: what a lint code, question, route, step or term means. Lint docs are
//! for maintainers and stay English; the rest is said through the interface catalogue.

use crate::ExitStatus;
use crate::cli::{ExplainArgs, Global};
use crate::output::Output;
use crate::reason::Reason;
use anyhow::Result;

pub(super) fn run(args: &ExplainArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let id = args.id.as_str();
    // The text, or for tools the same text in a JSON object.
    let emit = |text: &str| -> Result<ExitStatus> {
        match args.format {
            crate::cli::ExplainFormat::Text => out.out(text)?,
            crate::cli::ExplainFormat::Json => {
                let json = serde_json::json!({ "id": id, "lang": global.lang, "text": text });
                out.out(&format!("{}\n", serde_json::to_string_pretty(&json).unwrap_or_default()))?;
            }
        }
        Ok(ExitStatus::Success)
    };
    if id == "lints" {
        let mut s = String::new();
        for (l, (_, level)) in crate::lint::LINTS.iter().zip(crate::lint::level::defaults()) {
            s.push_str(&format!("{:<30} {:<5} {}\n", l.name(), level.name(), l.summary));
        }
        return emit(&s);
    }
    if let Some(l) = crate::lint::find(id) {
        let level = match l.severity {
            crate::diagnostic::Severity::Error => "error",
            crate::diagnostic::Severity::Warning => "warning",
        };
        return emit(&format!("# {} ({level}, since {})\n\n{}\n\n{}\n", l.name(), l.since, l.summary, l.docs));
    }
    if let Some((code, text)) =
        crate::diagnostic::Code::from_name(id).and_then(|c| Some((c, crate::lint::other_code_docs(c)?)))
    {
        return emit(&format!("# {code}\n\n{text}\n"));
    }
    let ruleset = match super::load_ruleset(global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    let lang = global.lang.as_str();
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    let text = if id == "questions" {
        let mut s = String::new();
        for q in ruleset.questions() {
            let kind = crate::text::serde_name(&q.kind);
            s.push_str(&format!("{:<30} {:<13} {}\n", q.id, kind, q.option_values().join(", ")));
        }
        Some(s)
    } else if id == "routes" {
        let mut s = String::new();
        for r in &ruleset.routes {
            s.push_str(&format!("{:<26} {}\n", r.id, r.title.get(lang)));
            for st in &r.steps {
                s.push_str(&format!("  {:<34} {}\n", format!("{}.{}", r.id, st.id), st.title.get(lang)));
            }
        }
        Some(s)
    } else if id == "terms" {
        let mut terms: Vec<_> = ruleset.terms.iter().collect();
        terms.sort_by_key(|t| t.term.to_lowercase());
        Some(terms.iter().map(|t| format!("{}: {}\n", t.term, t.text.get(lang))).collect())
    } else if let Some(q) = ruleset.question(id) {
        let heading = say(Reason::new("explain-question").with("id", q.id.as_str()));
        let mut s = format!("# {heading}\n\n{}\n", q.prompt.get(lang));
        if let Some(h) = &q.help {
            s.push_str(&format!("\n{}\n", h.get(lang)));
        }
        if let Some(c) = &q.ask_if {
            s.push_str(&format!("\n{}\n", say(Reason::new("explain-asked-when").with("condition", c.source()))));
        }
        for o in &q.options {
            s.push_str(&format!("  {:<40} {}\n", o.value, o.label.get(lang)));
        }
        if let (Some(min), Some(max)) = (q.min, q.max) {
            let range = Reason::new("explain-number-range")
                .with("min", format!("{min}"))
                .with("max", format!("{max}"))
                .with("step", format!("{}", q.step.unwrap_or(1.0)));
            s.push_str(&format!("\n{}\n", say(range)));
        }
        Some(s)
    } else if let Some(r) = ruleset.routes.iter().find(|r| r.id == id) {
        let mut s = format!(
            "# {}\n\n",
            say(Reason::new("explain-route").with("id", r.id.as_str()).with("title", r.title.get(lang)))
        );
        for x in [r.summary.as_ref(), r.more.as_ref()].into_iter().flatten() {
            s.push_str(&format!("{}\n\n", x.get(lang)));
        }
        s.push_str(&format!("{}\n", say(Reason::new("explain-for").with("professions", r.professions.join(", ")))));
        for req in &r.requires {
            let requires = Reason::new("explain-requires")
                .with("condition", req.condition.source())
                .with("why", req.why.get(lang));
            s.push_str(&format!("{}\n", say(requires)));
        }
        s.push_str(&format!("\n{}\n", crate::ui::word("explain-steps-in-order", lang)));
        for (i, st) in r.steps.iter().enumerate() {
            s.push_str(&format!("  {}. {} ({})\n", i + 1, st.title.get(lang), st.id));
        }
        Some(s)
    } else if let Some(e) = ruleset.english.get(id) {
        let heading = Reason::new("explain-english").with("id", e.id.as_str()).with("title", e.title.get(lang));
        let mut s = format!("# {}\n\n", say(heading));
        for a in &e.accepts {
            let dates = match (a.from, a.until) {
                (Some(f), Some(u)) => {
                    format!(
                        " ({})",
                        say(Reason::new("explain-from-until").with("from", f.to_string()).with("until", u.to_string()))
                    )
                }
                (Some(f), None) => format!(" ({})", say(Reason::new("explain-from").with("from", f.to_string()))),
                (None, Some(u)) => format!(" ({})", say(Reason::new("explain-until").with("until", u.to_string()))),
                (None, None) => String::new(),
            };
            let unconfirmed = if a.fact.unconfirmed {
                format!(" [{}]", crate::ui::word("explain-not-confirmed", lang))
            } else {
                String::new()
            };
            s.push_str(&format!("- {}{dates}{unconfirmed}\n", crate::engine::describe_accepts(a, &global.lang)));
        }
        if let Some(m) = e.valid_months {
            s.push_str(&format!("\n{}\n", say(Reason::new("explain-valid-months").with("months", m))));
        }
        if let Some(n) = &e.fact.note {
            s.push_str(&format!("\n{}\n", n.get(lang)));
        }
        Some(s)
    } else if let Some(r) = ruleset.roles.iter().find(|r| r.id == id) {
        let texts = [r.summary.as_ref(), r.more.as_ref(), r.band.as_ref()];
        Some(about(&say(Reason::new("explain-role").with("id", id).with("title", r.title.get(lang))), &texts, lang))
    } else if let Some(w) = ruleset.warnings.iter().find(|w| w.id == id) {
        let heading = say(Reason::new("explain-warning").with("id", id));
        Some(about(&heading, &[Some(&w.text), w.more.as_ref()], lang))
    } else if let Some(o) = ruleset.support.iter().find(|o| o.id == id) {
        let heading = say(Reason::new("explain-organisation").with("id", id).with("name", o.name.get(lang)));
        Some(format!("{}{}\n", about(&heading, &[o.summary.as_ref(), o.more.as_ref()], lang), o.url))
    } else if let Some((route, step)) = id.split_once('.') {
        ruleset.routes.iter().find(|r| r.id == route).and_then(|r| r.steps.iter().find(|s| s.id == step)).map(|st| {
            let mut s =
                format!("# {}\n\n", say(Reason::new("explain-step").with("id", id).with("title", st.title.get(lang))));
            if let Some(d) = &st.detail {
                s.push_str(&format!("{}\n\n", d.get(lang)));
            }
            if let Some(m) = &st.more {
                s.push_str(&format!("{}\n\n", m.get(lang)));
            }
            if let Some(c) = &st.done_if {
                s.push_str(&format!("{}\n", say(Reason::new("explain-done-when").with("condition", c.source()))));
            }
            if !st.after.is_empty() {
                s.push_str(&format!("{}\n", say(Reason::new("explain-after").with("steps", st.after.join(", ")))));
            }
            s
        })
    } else {
        ruleset.terms.iter().find(|t| t.id == id || t.term.eq_ignore_ascii_case(id)).map(|t| match &t.more {
            Some(more) => format!("{}: {} {}\n", t.term, t.text.get(lang), more.get(lang)),
            None => format!("{}: {}\n", t.term, t.text.get(lang)),
        })
    };
    // A step id on its own (`plab-1`): list the routes that have it.
    let text = text.or_else(|| {
        let found: Vec<String> = ruleset
            .routes
            .iter()
            .filter_map(|r| {
                r.steps.iter().find(|s| s.id == id).map(|s| format!("  {}.{}  {}\n", r.id, s.id, s.title.get(lang)))
            })
            .collect();
        (!found.is_empty())
            .then(|| format!("{}\n{}", say(Reason::new("explain-step-of-routes").with("id", id)), found.concat()))
    });
    match text {
        Some(t) => emit(&t),
        None => {
            let mut names: Vec<String> = crate::lint::LINTS.iter().map(|l| l.name().to_owned()).collect();
            names.extend(ruleset.questions().iter().map(|q| q.id.clone()));
            for r in &ruleset.routes {
                names.push(r.id.clone());
                names.extend(r.steps.iter().map(|s| format!("{}.{}", r.id, s.id)));
            }
            names.extend(ruleset.english.keys().cloned());
            names.extend(ruleset.terms.iter().map(|t| t.id.clone()));
            names.extend(ruleset.roles.iter().map(|r| r.id.clone()));
            names.extend(ruleset.support.iter().map(|o| o.id.clone()));
            names.extend(ruleset.warnings.iter().map(|w| w.id.clone()));
            let hint = crate::condition::nearest(id, names.iter().map(String::as_str)).map_or(String::new(), |near| {
                format!("{}\n", say(Reason::new("explain-did-you-mean").with("id", near)))
            });
            out.err(&format!(
                "{}\n{hint}{}\n",
                say(Reason::new("explain-unknown").with("id", id)),
                crate::ui::word("explain-lists", lang)
            ));
            Ok(ExitStatus::Failure)
        }
    }
}

/// "# heading", then each text that is there, a paragraph each.
fn about(heading: &str, texts: &[Option<&crate::text::Text>], lang: &str) -> String {
    let mut s = format!("# {heading}\n\n");
    for t in texts.iter().flatten() {
        s.push_str(&format!("{}\n\n", t.get(lang)));
    }
    s
}
