//! `requal explain ID`: what a lint code, question, route, step or term means.

use crate::ExitStatus;
use crate::cli::{ExplainArgs, Global};
use crate::output::Output;
use anyhow::Result;

pub(super) fn run(args: &ExplainArgs, global: &Global, out: &Output) -> Result<ExitStatus> {
    let id = args.id.as_str();
    if id == "lints" {
        let mut s = String::new();
        for l in crate::lint::LINTS {
            s.push_str(&format!("{:<30} {}\n", l.name, l.summary));
        }
        out.out(&s)?;
        return Ok(ExitStatus::Success);
    }
    if let Some(l) = crate::lint::find(id) {
        let level = match l.severity {
            crate::diagnostic::Severity::Error => "error",
            crate::diagnostic::Severity::Warning => "warning",
        };
        out.out(&format!("# {} ({level}, since {})\n\n{}\n\n{}\n", l.name, l.since, l.summary, l.docs))?;
        return Ok(ExitStatus::Success);
    }
    if let Some((code, text)) = crate::lint::OTHER_CODES.iter().find(|(c, _)| *c == id) {
        out.out(&format!("# {code}\n\n{text}\n"))?;
        return Ok(ExitStatus::Success);
    }
    let ruleset = match super::load_ruleset(global, out)? {
        Ok(r) => r,
        Err(status) => return Ok(status),
    };
    let lang = global.lang.as_str();
    let text = if id == "questions" {
        let mut s = String::new();
        for q in ruleset.questions() {
            let kind =
                serde_json::to_value(q.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
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
        let mut s = format!("# question `{}`\n\n{}\n", q.id, q.prompt.get(lang));
        if let Some(h) = &q.help {
            s.push_str(&format!("\n{}\n", h.get(lang)));
        }
        if let Some(c) = &q.ask_if {
            s.push_str(&format!("\nAsked when: {}\n", c.source()));
        }
        for o in &q.options {
            s.push_str(&format!("  {:<40} {}\n", o.value, o.label.get(lang)));
        }
        if let (Some(min), Some(max)) = (q.min, q.max) {
            s.push_str(&format!("\nA number from {min} to {max} in steps of {}\n", q.step.unwrap_or(1.0)));
        }
        Some(s)
    } else if let Some(r) = ruleset.routes.iter().find(|r| r.id == id) {
        let mut s = format!("# route `{}`: {}\n\n", r.id, r.title.get(lang));
        if let Some(x) = &r.summary {
            s.push_str(&format!("{}\n\n", x.get(lang)));
        }
        s.push_str(&format!("For: {}\n", r.professions.join(", ")));
        for req in &r.requires {
            s.push_str(&format!("Requires: {}  ({})\n", req.condition.source(), req.why.get(lang)));
        }
        s.push_str("\nSteps, in order:\n");
        for (i, st) in r.steps.iter().enumerate() {
            s.push_str(&format!("  {}. {} ({})\n", i + 1, st.title.get(lang), st.id));
        }
        Some(s)
    } else if let Some(e) = ruleset.english.get(id) {
        let mut s = format!("# English requirement `{}`: {}\n\n", e.id, e.title.get(lang));
        for a in &e.accepts {
            let dates = match (a.from, a.until) {
                (Some(f), Some(u)) => format!(" (from {f} until {u})"),
                (Some(f), None) => format!(" (from {f})"),
                (None, Some(u)) => format!(" (until {u})"),
                (None, None) => String::new(),
            };
            let unconfirmed = if a.fact.unconfirmed { " [not confirmed]" } else { "" };
            s.push_str(&format!("- {}{dates}{unconfirmed}\n", crate::engine::describe_accepts(a, &global.lang)));
        }
        if let Some(m) = e.valid_months {
            s.push_str(&format!("\nResults count for {m} months.\n"));
        }
        if let Some(n) = &e.fact.note {
            s.push_str(&format!("\n{}\n", n.get(lang)));
        }
        Some(s)
    } else if let Some((route, step)) = id.split_once('.') {
        ruleset.routes.iter().find(|r| r.id == route).and_then(|r| r.steps.iter().find(|s| s.id == step)).map(|st| {
            let mut s = format!("# step `{id}`: {}\n\n", st.title.get(lang));
            if let Some(d) = &st.detail {
                s.push_str(&format!("{}\n\n", d.get(lang)));
            }
            if let Some(c) = &st.done_if {
                s.push_str(&format!("Done when: {}\n", c.source()));
            }
            if !st.after.is_empty() {
                s.push_str(&format!("After: {}\n", st.after.join(", ")));
            }
            s
        })
    } else {
        ruleset
            .terms
            .iter()
            .find(|t| t.id == id || t.term.eq_ignore_ascii_case(id))
            .map(|t| format!("{}: {}\n", t.term, t.text.get(lang)))
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
        (!found.is_empty()).then(|| {
            format!(
                "`{id}` is a step of these routes (explain one with `requal explain ROUTE.STEP`):\n{}",
                found.concat()
            )
        })
    });
    match text {
        Some(t) => {
            out.out(&t)?;
            Ok(ExitStatus::Success)
        }
        None => {
            let mut names: Vec<String> = crate::lint::LINTS.iter().map(|l| l.name.to_owned()).collect();
            names.extend(ruleset.questions().iter().map(|q| q.id.clone()));
            for r in &ruleset.routes {
                names.push(r.id.clone());
                names.extend(r.steps.iter().map(|s| format!("{}.{}", r.id, s.id)));
            }
            names.extend(ruleset.english.keys().cloned());
            names.extend(ruleset.terms.iter().map(|t| t.id.clone()));
            let hint = crate::condition::suggest(id, names.iter().map(String::as_str))
                .map_or(String::new(), |h| format!("help: {h}\n"));
            out.err(&format!(
                "error: `{id}` is not a lint code, question, route, step (route.step), English requirement or term\n{hint}help: `requal explain lints`, `explain questions`, `explain routes` and `explain terms` list them\n"
            ));
            Ok(ExitStatus::Failure)
        }
    }
}
