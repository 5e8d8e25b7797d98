//! What changed in a person's plan between the ruleset a session was saved with and the one
//! in use now. The old ruleset is gone, so a saved session carries a compact summary of its
//! plan (`[session] plan = [...]`), one fact a line:
//!
//! ```text
//! route gmc-plab | GMC registration through the PLAB test | status=recommended
//! step gmc-plab.plab-1 | Pass PLAB 1 | status=todo | cost=26800 GBP | time=2-6 months
//! role healthcare-support-worker | Healthcare support worker | open=true
//! support refuaid | RefuAid
//! warning plab-1-expiring | You passed PLAB 1 on …
//! ```
//!
//! Statuses, amounts and times are stored as ids and numbers, never as the labels shown, so a
//! summary reads the same in any language; summaries saved by earlier releases (`status=to
//! do`, `cost=£268 PLAB 1 exam fee`, `open=yes`) are still understood.

use crate::answers::Session;
use crate::engine::{Plan, RouteStatus};
use crate::reason::Reason;
use crate::ruleset::Ruleset;

const SEP: &str = " | ";

/// One line of the summary: kind, id, title, and attributes in a fixed order.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    kind: String,
    id: String,
    title: String,
    attrs: Vec<(String, String)>,
}

impl Item {
    fn new(kind: &str, id: &str, title: &str) -> Self {
        Self { kind: kind.to_owned(), id: id.to_owned(), title: clean(title), attrs: Vec::new() }
    }

    fn attr(mut self, key: &str, value: &str) -> Self {
        self.attrs.push((key.to_owned(), clean(value)));
        self
    }

    fn line(&self) -> String {
        let mut s = format!("{} {}{SEP}{}", self.kind, self.id, self.title);
        for (k, v) in &self.attrs {
            s.push_str(&format!("{SEP}{k}={v}"));
        }
        s
    }

    fn parse(line: &str) -> Option<Self> {
        let mut parts = line.split(SEP);
        let (kind, id) = parts.next()?.split_once(' ')?;
        let title = parts.next().unwrap_or("").to_owned();
        let attrs = parts.filter_map(|p| p.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
        Some(Self { kind: kind.to_owned(), id: id.to_owned(), title, attrs })
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// Keeps a text on one line, without the separator, and not too long.
fn clean(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ").replace(" | ", " / ");
    if one_line.chars().count() > 100 {
        let cut: String = one_line.chars().take(97).collect();
        format!("{cut}...")
    } else {
        one_line
    }
}

fn items(plan: &Plan) -> Vec<Item> {
    let mut out = Vec::new();
    for r in &plan.routes {
        out.push(Item::new("route", &r.id, &r.title).attr("status", &crate::text::serde_name(&r.status)));
        if r.status == RouteStatus::NotOpen {
            continue;
        }
        for s in &r.steps {
            let mut item = Item::new("step", &format!("{}.{}", r.id, s.id), &s.title)
                .attr("status", &crate::text::serde_name(&s.status));
            if let Some(c) = &s.cost {
                item = item.attr("cost", &format!("{} {}", c.amount_pence, c.currency));
            }
            if let Some(d) = &s.duration {
                item = item.attr("time", &format!("{}-{} {}", d.min, d.max, crate::text::serde_name(&d.unit)));
            }
            out.push(item);
        }
    }
    for r in &plan.roles {
        out.push(Item::new("role", &r.id, &r.title).attr("open", if r.open { "true" } else { "false" }));
    }
    for s in &plan.support {
        out.push(Item::new("support", &s.id, &s.name));
    }
    for w in &plan.warnings {
        out.push(Item::new("warning", &w.id, &w.text));
    }
    out
}

/// The compact summary of a plan stored in a saved session.
pub fn summary(plan: &Plan) -> Vec<String> {
    items(plan).iter().map(Item::line).collect()
}

/// What differs between a saved summary and the plan now, one sentence a change: things
/// added, things removed, and changed facts (status, cost, time).
pub fn changes(old: &[String], plan: &Plan) -> Vec<String> {
    let lang = plan.lang.as_str();
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    let kind = |i: &Item| say(Reason::new("resume-kind").with("kind", i.kind.as_str()));
    let attribute = |k: &str| say(Reason::new("resume-attribute").with("attribute", k));
    let old: Vec<Item> = old.iter().filter_map(|l| Item::parse(l)).collect();
    let new = items(plan);
    let key = |i: &Item| (i.kind.clone(), i.id.clone());
    let mut out = Vec::new();
    for n in &new {
        match old.iter().find(|o| key(o) == key(n)) {
            None => {
                let extra: Vec<String> = n
                    .attrs
                    .iter()
                    .map(|(k, v)| {
                        say(Reason::new("resume-attribute-value")
                            .with("attribute", attribute(k))
                            .with("value", shown(k, v, lang)))
                    })
                    .collect();
                let reason = if extra.is_empty() {
                    Reason::new("resume-new")
                } else {
                    Reason::new("resume-new-with").with("extra", extra.join(", "))
                };
                out.push(say(reason.with("kind", kind(n)).with("title", n.title.as_str())));
            }
            Some(o) => {
                let mut keys: Vec<&str> = n.attrs.iter().map(|(k, _)| k.as_str()).collect();
                keys.extend(o.attrs.iter().map(|(k, _)| k.as_str()).filter(|k| n.get(k).is_none()));
                for k in keys {
                    let (was, now) = (o.get(k).map(|v| shown(k, v, lang)), n.get(k).map(|v| shown(k, v, lang)));
                    if was != now {
                        let none = || say(Reason::new("resume-none"));
                        out.push(say(Reason::new("resume-changed")
                            .with("kind", kind(n))
                            .with("title", n.title.as_str())
                            .with("attribute", attribute(k))
                            .with("was", was.unwrap_or_else(none))
                            .with("now", now.unwrap_or_else(none))));
                    }
                }
            }
        }
    }
    for o in &old {
        if !new.iter().any(|n| key(n) == key(o)) {
            out.push(say(Reason::new("resume-removed").with("kind", kind(o)).with("title", o.title.as_str())));
        }
    }
    out
}

/// A stored attribute as a person reads it, in `lang`. Ids and numbers (this release) and the
/// labels earlier releases stored read the same, so an old summary is not reported as changed.
fn shown(key: &str, value: &str, lang: &str) -> String {
    let word = |id: &'static str| crate::ui::word(id, lang).to_owned();
    match key {
        "status" => status_word(value).map_or_else(|| value.to_owned(), word),
        "open" => match value {
            "true" | "yes" => word("role-open"),
            "false" | "not yet" => word("role-not-open"),
            other => other.to_owned(),
        },
        "cost" => match value.split_once(' ') {
            Some((pence, currency)) if currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase()) => {
                pence.parse::<i64>().map_or_else(|_| value.to_owned(), |p| crate::engine::money(p, currency, lang))
            }
            // Earlier releases: "£268 PLAB 1 exam fee".
            _ => value.split(' ').next().unwrap_or(value).to_owned(),
        },
        "time" => time_shown(value, lang).unwrap_or_else(|| value.replace('–', "-").replace('-', "–")),
        _ => value.to_owned(),
    }
}

/// The catalogue's word for a stored status: its id (this release) or the English label
/// earlier releases stored.
fn status_word(value: &str) -> Option<&'static str> {
    use crate::engine::StepStatus as S;
    let steps = [
        (S::Done, "done", "status-done"),
        (S::Next, "next", "status-next"),
        (S::Todo, "to do", "status-todo"),
        (S::Blocked, "blocked", "status-blocked"),
        (S::Check, "check", "status-check"),
    ];
    let routes = [
        (RouteStatus::Recommended, "recommended", "route-status-recommended"),
        (RouteStatus::Possible, "possible", "route-status-possible"),
        (RouteStatus::NotOpen, "not open", "route-status-not-open"),
    ];
    let step =
        steps.iter().find(|(s, label, _)| crate::text::serde_name(s) == value || *label == value).map(|(_, _, id)| *id);
    step.or_else(|| {
        routes.iter().find(|(r, label, _)| crate::text::serde_name(r) == value || *label == value).map(|(_, _, id)| *id)
    })
}

/// "2-6 months" (min-max unit) as "2–6 months".
fn time_shown(value: &str, lang: &str) -> Option<String> {
    let (range, unit) = value.split_once(' ')?;
    let (min, max) = range.split_once('-')?;
    let unit = match unit {
        "days" => crate::ruleset::raw::DurationUnit::Days,
        "weeks" => crate::ruleset::raw::DurationUnit::Weeks,
        "months" => crate::ruleset::raw::DurationUnit::Months,
        "years" => crate::ruleset::raw::DurationUnit::Years,
        _ => return None,
    };
    Some(crate::engine::duration_display(min.parse().ok()?, max.parse().ok()?, unit, lang))
}

/// What to tell a person opening a saved session: when it was saved and, if the rules have
/// changed since, what that changed in their plan.
pub(super) fn notices(session: &Session, ruleset: &Ruleset, plan: &Plan) -> Vec<String> {
    let say = |r: Reason| crate::ui::sentence(&r, &plan.lang);
    let mut out = vec![say(Reason::new("resume-saved-on")
        .with("date", session.saved.as_str())
        .with("rules", session.ruleset.as_str())
        .with("version", session.version.as_str()))];
    if session.hash == ruleset.hash {
        return out;
    }
    out.push(say(Reason::new("resume-rules-changed")
        .with("rules", ruleset.meta.name.as_str())
        .with("version", ruleset.meta.version.as_str())
        .with("hash", ruleset.short_hash())));
    if session.plan.is_empty() {
        out.push(say(Reason::new("resume-no-record")));
        return out;
    }
    let list = changes(&session.plan, plan);
    if list.is_empty() {
        out.push(say(Reason::new("resume-no-change")));
    } else {
        out.push(say(Reason::new("resume-what-changed")));
        out.extend(list.into_iter().map(|c| format!("  - {c}")));
    }
    out
}
