//! The maintainers' re-verification worklist (`requal audit`): every source, oldest check first,
//! with the facts that cite it; and every unconfirmed fact with what would confirm it.

use crate::ruleset::{Fact, Ruleset};
use serde::Serialize;

/// One source to check again.
#[derive(Debug, Clone, Serialize)]
pub struct SourceCheck {
    pub id: String,
    pub title: String,
    pub url: String,
    pub official: bool,
    /// When someone last checked the page, `YYYY-MM-DD`.
    pub verified: String,
    /// The date the page itself gives, if any.
    pub page_date: Option<String>,
    /// Days since it was checked, on the audit's date.
    pub age_days: i32,
    /// Past the ruleset's `fresh-days`.
    pub overdue: bool,
    /// The facts that cite it, as `kind id` (e.g. `step gmc-plab.plab-1`).
    pub cited_by: Vec<String>,
    /// Whether any of those facts is unconfirmed.
    pub any_unconfirmed: bool,
}

/// One fact that could not be confirmed.
#[derive(Debug, Clone, Serialize)]
pub struct Unconfirmed {
    pub fact: String,
    /// The maintainers' note: what is uncertain, and what would confirm it.
    pub note: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    pub ruleset: String,
    pub on: String,
    pub sources: Vec<SourceCheck>,
    pub unconfirmed: Vec<Unconfirmed>,
}

/// Every fact of the ruleset, named.
pub fn facts(r: &Ruleset) -> Vec<(String, &Fact)> {
    let mut out: Vec<(String, &Fact)> = Vec::new();
    for e in r.english.values() {
        out.push((format!("english {}", e.id), &e.fact));
        for (n, a) in e.accepts.iter().enumerate() {
            out.push((format!("english {} accepts {n}", e.id), &a.fact));
        }
    }
    for route in &r.routes {
        out.push((format!("route {}", route.id), &route.fact));
        for s in &route.steps {
            out.push((format!("step {}.{}", route.id, s.id), &s.fact));
            for (n, c) in s.costs.iter().enumerate() {
                out.push((format!("cost {}.{} {n}", route.id, s.id), &c.fact));
            }
        }
    }
    out.extend(r.constraints.iter().map(|c| (format!("constraint {}", c.id), &c.fact)));
    out.extend(r.roles.iter().map(|x| (format!("role {}", x.id), &x.fact)));
    out.extend(r.support.iter().map(|x| (format!("organisation {}", x.id), &x.fact)));
    out.extend(r.warnings.iter().map(|x| (format!("warning {}", x.id), &x.fact)));
    out
}

/// The worklist on `today`: sources oldest check first (then by id), and the unconfirmed facts.
pub fn audit(r: &Ruleset, today: jiff::civil::Date) -> Audit {
    let facts = facts(r);
    let mut sources: Vec<SourceCheck> = r
        .sources
        .values()
        .map(|s| {
            let citing: Vec<&(String, &Fact)> = facts.iter().filter(|(_, f)| f.sources.contains(&s.id)).collect();
            let age_days = (today - s.verified).get_days();
            SourceCheck {
                id: s.id.clone(),
                title: s.title.clone(),
                url: s.url.clone(),
                official: s.official,
                verified: s.verified.to_string(),
                page_date: s.page_date.map(|d| d.to_string()),
                age_days,
                overdue: age_days > i32::try_from(r.meta.fresh_days).unwrap_or(i32::MAX),
                cited_by: citing.iter().map(|(name, _)| name.clone()).collect(),
                any_unconfirmed: citing.iter().any(|(_, f)| f.unconfirmed),
            }
        })
        .collect();
    sources.sort_by(|a, b| a.verified.cmp(&b.verified).then_with(|| a.id.cmp(&b.id)));
    let unconfirmed = facts
        .iter()
        .filter(|(_, f)| f.unconfirmed)
        .map(|(name, f)| Unconfirmed {
            fact: name.clone(),
            note: f.note.as_ref().map(|n| n.english().to_owned()),
            sources: f.sources.clone(),
        })
        .collect();
    Audit { ruleset: format!("{} {}", r.meta.name, r.meta.version), on: today.to_string(), sources, unconfirmed }
}

/// The worklist as Markdown, for an issue or a pull request.
pub fn markdown(a: &Audit) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut s = format!("# Re-verification worklist: {} on {}\n\n", a.ruleset, a.on);
    s.push_str(&format!("## Sources, oldest check first ({})\n\n", a.sources.len()));
    s.push_str(
        "| checked | days | page date | source | cited by | unconfirmed |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for x in &a.sources {
        s.push_str(&format!(
            "| {}{} | {} | {} | [{}]({}) `{}`{} | {} | {} |\n",
            x.verified,
            if x.overdue { " (overdue)" } else { "" },
            x.age_days,
            x.page_date.as_deref().unwrap_or("—"),
            cell(&x.title),
            x.url,
            x.id,
            if x.official { "" } else { " (not official)" },
            if x.cited_by.is_empty() { "nothing".to_owned() } else { cell(&x.cited_by.join(", ")) },
            if x.any_unconfirmed { "yes" } else { "" },
        ));
    }
    s.push_str(&format!("\n## Unconfirmed facts ({}): what would confirm each\n\n", a.unconfirmed.len()));
    for u in &a.unconfirmed {
        s.push_str(&format!(
            "- **{}** (sources: {}): {}\n",
            u.fact,
            if u.sources.is_empty() { "none".to_owned() } else { u.sources.join(", ") },
            cell(u.note.as_deref().unwrap_or("no note: say what is uncertain and who can confirm it"))
        ));
    }
    s
}
