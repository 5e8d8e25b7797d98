//! What changed between two rulesets, in a person's terms: fees, English scores, time limits,
//! steps and routes, who a rule applies to, and sources. `requal diff` prints it for
//! maintainers; `compare_plans` says how one person's plan changes.

use crate::condition::Condition;
use crate::engine::{Plan, RouteStatus, StepStatus};
use crate::reason::Reason;
use crate::ruleset::{Cost, Fact, Ruleset, Step};
use serde::Serialize;
use std::collections::BTreeMap;

/// One change between two rulesets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// What kind of fact changed.
    pub kind: ChangeKind,
    /// Where, as a path of ids: `route.gmc-plab.step.plab1`.
    pub path: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// One English line saying it.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    Version,
    Fee,
    EnglishScore,
    TimeLimit,
    Duration,
    RouteAdded,
    RouteClosed,
    StepAdded,
    StepRemoved,
    AppliesTo,
    Unconfirmed,
    RuleAdded,
    RuleRemoved,
    Text,
    SourceAdded,
    SourceRemoved,
    SourceReplaced,
    SourceChecked,
}

struct Differ {
    changes: Vec<Change>,
}

impl Differ {
    fn push(&mut self, kind: ChangeKind, path: &str, before: Option<String>, after: Option<String>, text: String) {
        self.changes.push(Change { kind, path: path.to_owned(), before, after, text });
    }

    fn value(&mut self, kind: ChangeKind, path: &str, what: &str, before: Option<String>, after: Option<String>) {
        if before == after {
            return;
        }
        let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".to_owned());
        let text = format!("{what}: {} → {}", shown(&before), shown(&after));
        self.push(kind, path, before, after, text);
    }

    fn text(&mut self, path: &str, what: &str, before: Option<&str>, after: Option<&str>) {
        if before != after {
            let text = format!("{what} reworded");
            self.push(ChangeKind::Text, path, before.map(str::to_owned), after.map(str::to_owned), text);
        }
    }

    fn condition(&mut self, path: &str, what: &str, before: Option<&Condition>, after: Option<&Condition>) {
        let source = |c: Option<&Condition>| c.map(|c| c.source().to_owned());
        self.conditions(path, what, source(before), source(after));
    }

    /// A change of condition text: a time limit when only a number moved, else a change of
    /// who the rule applies to.
    fn conditions(&mut self, path: &str, what: &str, before: Option<String>, after: Option<String>) {
        if before == after {
            return;
        }
        let (kind, text) = match limit_change(before.as_deref().unwrap_or(""), after.as_deref().unwrap_or("")) {
            Some((from, to)) => (ChangeKind::TimeLimit, format!("{what}: a limit in its condition {from} → {to}")),
            None => (ChangeKind::AppliesTo, format!("{what}: who it applies to changed")),
        };
        self.push(kind, path, before, after, text);
    }

    fn fact(&mut self, path: &str, what: &str, before: &Fact, after: &Fact) {
        if before.unconfirmed != after.unconfirmed {
            let text = if after.unconfirmed {
                format!("{what} is now marked unconfirmed")
            } else {
                format!("{what} is now confirmed")
            };
            let flag = |f: &Fact| Some(if f.unconfirmed { "unconfirmed" } else { "confirmed" }.to_owned());
            self.push(ChangeKind::Unconfirmed, path, flag(before), flag(after), text);
        }
    }
}

/// When two conditions differ only in their numbers, the first number that changed.
fn limit_change(before: &str, after: &str) -> Option<(String, String)> {
    let split = |s: &str| {
        let mut words = Vec::new();
        let mut numbers = Vec::new();
        let mut current = String::new();
        for c in s.chars() {
            if c.is_ascii_digit() || (c == '.' && !current.is_empty()) {
                current.push(c);
            } else {
                if !current.is_empty() {
                    numbers.push(std::mem::take(&mut current));
                    words.push('#');
                }
                words.push(c);
            }
        }
        if !current.is_empty() {
            numbers.push(current);
            words.push('#');
        }
        (words, numbers)
    };
    let (bw, bn) = split(before);
    let (aw, an) = split(after);
    if bw != aw {
        return None;
    }
    bn.into_iter().zip(an).find(|(b, a)| b != a)
}

fn money(cost: &Cost) -> String {
    crate::ui::money(cost.amount_pence, &cost.currency, "en")
}

fn by_id<T>(items: &[T], id: impl Fn(&T) -> &str) -> BTreeMap<&str, &T> {
    items.iter().map(|i| (id(i), i)).collect()
}

/// Every change from `old` to `new`, in a stable order: the ruleset, then routes, English,
/// other rules and sources.
pub fn rulesets(old: &Ruleset, new: &Ruleset) -> Vec<Change> {
    let mut d = Differ { changes: Vec::new() };
    d.value(
        ChangeKind::Version,
        "ruleset",
        "ruleset version",
        Some(old.meta.version.clone()),
        Some(new.meta.version.clone()),
    );
    routes(&mut d, old, new);
    english(&mut d, old, new);
    others(&mut d, old, new);
    sources(&mut d, old, new);
    d.changes
}

fn routes(d: &mut Differ, old: &Ruleset, new: &Ruleset) {
    let (before, after) = (by_id(&old.routes, |r| &r.id), by_id(&new.routes, |r| &r.id));
    for (id, r) in &before {
        if !after.contains_key(id) {
            let path = format!("route.{id}");
            d.push(
                ChangeKind::RouteClosed,
                &path,
                Some(r.title.english().to_owned()),
                None,
                format!("route `{id}` removed: {}", r.title),
            );
        }
    }
    for (id, new_route) in &after {
        let path = format!("route.{id}");
        let Some(old_route) = before.get(id) else {
            d.push(
                ChangeKind::RouteAdded,
                &path,
                None,
                Some(new_route.title.english().to_owned()),
                format!("route `{id}` added: {}", new_route.title),
            );
            continue;
        };
        let what = format!("route `{id}`");
        d.text(&path, &format!("{what} title"), Some(old_route.title.english()), Some(new_route.title.english()));
        d.fact(&path, &what, &old_route.fact, &new_route.fact);
        let conditions = |r: &crate::ruleset::Route| {
            r.requires.iter().map(|q| q.condition.source().to_owned()).collect::<Vec<_>>().join(" and ")
        };
        d.conditions(&path, &what, Some(conditions(old_route)), Some(conditions(new_route)));
        let (old_steps, new_steps) = (by_id(&old_route.steps, |s| &s.id), by_id(&new_route.steps, |s| &s.id));
        for (sid, s) in &old_steps {
            if !new_steps.contains_key(sid) {
                d.push(
                    ChangeKind::StepRemoved,
                    &format!("{path}.step.{sid}"),
                    Some(s.title.english().to_owned()),
                    None,
                    format!("{what}: step `{sid}` removed: {}", s.title),
                );
            }
        }
        for (sid, s) in &new_steps {
            match old_steps.get(sid) {
                None => d.push(
                    ChangeKind::StepAdded,
                    &format!("{path}.step.{sid}"),
                    None,
                    Some(s.title.english().to_owned()),
                    format!("{what}: step `{sid}` added: {}", s.title),
                ),
                Some(o) => step(d, &format!("{path}.step.{sid}"), &format!("step `{id}.{sid}`"), o, s),
            }
        }
    }
}

fn step(d: &mut Differ, path: &str, what: &str, old: &Step, new: &Step) {
    d.text(path, &format!("{what} title"), Some(old.title.english()), Some(new.title.english()));
    d.text(
        path,
        &format!("{what} detail"),
        old.detail.as_ref().map(|t| t.english()),
        new.detail.as_ref().map(|t| t.english()),
    );
    d.fact(path, what, &old.fact, &new.fact);
    d.condition(
        path,
        &format!("{what} (when it is part of the plan)"),
        old.include_if.as_ref(),
        new.include_if.as_ref(),
    );
    d.condition(path, &format!("{what} (when it is done)"), old.done_if.as_ref(), new.done_if.as_ref());
    d.condition(path, &format!("{what} (when it is blocked)"), old.blocked_if.as_ref(), new.blocked_if.as_ref());
    let duration =
        |s: &Step| s.duration.as_ref().map(|t| format!("{}–{} {}", t.min, t.max, crate::text::serde_name(&t.unit)));
    d.value(ChangeKind::Duration, path, &format!("{what} takes"), duration(old), duration(new));
    // Fees are matched by their English label, so a reordering is not a change.
    let label = |c: &Cost| c.label.english().to_owned();
    let old_costs: BTreeMap<String, &Cost> = old.costs.iter().map(|c| (label(c), c)).collect();
    let new_costs: BTreeMap<String, &Cost> = new.costs.iter().map(|c| (label(c), c)).collect();
    for (name, c) in &old_costs {
        if !new_costs.contains_key(name) {
            d.push(
                ChangeKind::Fee,
                path,
                Some(money(c)),
                None,
                format!("{what}: fee \"{name}\" ({}) removed", money(c)),
            );
        }
    }
    for (name, c) in &new_costs {
        match old_costs.get(name) {
            None => d.push(
                ChangeKind::Fee,
                path,
                None,
                Some(money(c)),
                format!("{what}: fee \"{name}\" ({}) added", money(c)),
            ),
            Some(o) if o.amount_pence != c.amount_pence || o.currency != c.currency => {
                d.push(
                    ChangeKind::Fee,
                    path,
                    Some(money(o)),
                    Some(money(c)),
                    format!("{what}: fee \"{name}\" {} → {}", money(o), money(c)),
                );
            }
            Some(o) => {
                d.condition(path, &format!("{what}: fee \"{name}\""), o.condition.as_ref(), c.condition.as_ref());
                d.fact(path, &format!("{what}: fee \"{name}\""), &o.fact, &c.fact);
            }
        }
    }
}

fn english(d: &mut Differ, old: &Ruleset, new: &Ruleset) {
    for (id, n) in &new.english {
        let path = format!("english.{id}");
        let Some(o) = old.english.get(id) else {
            d.push(
                ChangeKind::RuleAdded,
                &path,
                None,
                Some(n.title.english().to_owned()),
                format!("English requirement `{id}` added"),
            );
            continue;
        };
        let what = format!("English requirement `{id}`");
        let months = |e: &crate::ruleset::English| e.valid_months.map(|m| format!("{m} months"));
        d.value(ChangeKind::TimeLimit, &path, &format!("{what}: a test result counts for"), months(o), months(n));
        d.fact(&path, &what, &o.fact, &n.fact);
        let key = |a: &crate::ruleset::Accepts| {
            format!("{}, {}", crate::text::serde_name(&a.test), crate::text::serde_name(&a.sitting))
        };
        let scores = |a: &crate::ruleset::Accepts| {
            let shown = |s: &Option<crate::ruleset::Score>| s.as_ref().map(ToString::to_string);
            let mut parts = vec![("overall", shown(&a.overall))];
            parts.extend(crate::ruleset::PARTS.iter().copied().zip(a.parts.iter().map(shown)));
            parts
        };
        let old_accepts: BTreeMap<String, _> = o.accepts.iter().map(|a| (key(a), scores(a))).collect();
        let new_accepts: BTreeMap<String, _> = n.accepts.iter().map(|a| (key(a), scores(a))).collect();
        for (k, after) in &new_accepts {
            let Some(before) = old_accepts.get(k) else {
                d.push(ChangeKind::EnglishScore, &path, None, Some(k.clone()), format!("{what}: {k} now accepted"));
                continue;
            };
            for ((part, b), (_, a)) in before.iter().zip(after) {
                d.value(ChangeKind::EnglishScore, &path, &format!("{what}: {k}: {part}"), b.clone(), a.clone());
            }
        }
        for k in old_accepts.keys().filter(|k| !new_accepts.contains_key(*k)) {
            d.push(ChangeKind::EnglishScore, &path, Some(k.clone()), None, format!("{what}: {k} no longer accepted"));
        }
    }
    for id in old.english.keys().filter(|id| !new.english.contains_key(*id)) {
        d.push(
            ChangeKind::RuleRemoved,
            &format!("english.{id}"),
            Some(id.clone()),
            None,
            format!("English requirement `{id}` removed"),
        );
    }
}

/// A constraint, role, organisation, warning or term, as far as a diff looks at it.
struct OtherRule<'a> {
    text: &'a str,
    condition: Option<&'a Condition>,
    fact: Option<&'a Fact>,
}

/// The other rules of a ruleset by `kind.id`.
fn other_rules(r: &Ruleset) -> BTreeMap<String, OtherRule<'_>> {
    let mut all = BTreeMap::new();
    for c in &r.constraints {
        all.insert(
            format!("constraint.{}", c.id),
            OtherRule { text: c.why.english(), condition: Some(&c.condition), fact: Some(&c.fact) },
        );
    }
    for x in &r.roles {
        all.insert(
            format!("role.{}", x.id),
            OtherRule { text: x.title.english(), condition: None, fact: Some(&x.fact) },
        );
    }
    for x in &r.support {
        all.insert(
            format!("support.{}", x.id),
            OtherRule { text: x.name.english(), condition: x.condition.as_ref(), fact: Some(&x.fact) },
        );
    }
    for w in &r.warnings {
        all.insert(
            format!("warning.{}", w.id),
            OtherRule { text: w.text.english(), condition: Some(&w.condition), fact: Some(&w.fact) },
        );
    }
    for t in &r.terms {
        all.insert(format!("term.{}", t.id), OtherRule { text: t.text.english(), condition: None, fact: None });
    }
    all
}

/// Constraints, roles, organisations, warnings and glossary terms: added, removed, reworded,
/// or applying to other people.
fn others(d: &mut Differ, old: &Ruleset, new: &Ruleset) {
    let (before, after) = (other_rules(old), other_rules(new));
    // "warning.x" is shown as "warning `x`".
    let what = |path: &str| path.split_once('.').map_or(path.to_owned(), |(kind, id)| format!("{kind} `{id}`"));
    for (path, rule) in &before {
        if !after.contains_key(path) {
            d.push(ChangeKind::RuleRemoved, path, Some(rule.text.to_owned()), None, format!("{} removed", what(path)));
        }
    }
    for (path, rule) in &after {
        let Some(o) = before.get(path) else {
            d.push(ChangeKind::RuleAdded, path, None, Some(rule.text.to_owned()), format!("{} added", what(path)));
            continue;
        };
        d.text(path, &what(path), Some(o.text), Some(rule.text));
        d.condition(path, &what(path), o.condition, rule.condition);
        if let (Some(a), Some(b)) = (o.fact, rule.fact) {
            d.fact(path, &what(path), a, b);
        }
    }
}

fn sources(d: &mut Differ, old: &Ruleset, new: &Ruleset) {
    for (id, s) in &old.sources {
        if !new.sources.contains_key(id) {
            d.push(
                ChangeKind::SourceRemoved,
                &format!("source.{id}"),
                Some(s.url.clone()),
                None,
                format!("source `{id}` removed ({})", s.url),
            );
        }
    }
    for (id, s) in &new.sources {
        let path = format!("source.{id}");
        match old.sources.get(id) {
            None => d.push(
                ChangeKind::SourceAdded,
                &path,
                None,
                Some(s.url.clone()),
                format!("source `{id}` added ({})", s.url),
            ),
            Some(o) if o.url != s.url => d.push(
                ChangeKind::SourceReplaced,
                &path,
                Some(o.url.clone()),
                Some(s.url.clone()),
                format!("source `{id}` now points at another page: {} → {}", o.url, s.url),
            ),
            Some(o) => d.value(
                ChangeKind::SourceChecked,
                &path,
                &format!("source `{id}` checked"),
                Some(o.verified.to_string()),
                Some(s.verified.to_string()),
            ),
        }
    }
}

/// One change to a person's plan, as a message for the catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct PlanChange {
    /// `route`, `step`, `fee`, `fees`, or `warning`.
    pub kind: &'static str,
    pub id: String,
    pub before: Option<String>,
    pub after: Option<String>,
    #[serde(skip)]
    pub reason: Reason,
}

fn route_word(s: RouteStatus) -> &'static str {
    match s {
        RouteStatus::Recommended => "route-status-recommended",
        RouteStatus::Possible => "route-status-possible",
        RouteStatus::NotOpen => "route-status-not-open",
    }
}

fn step_word(s: StepStatus) -> &'static str {
    match s {
        StepStatus::Done => "status-done",
        StepStatus::Next => "status-next",
        StepStatus::Todo => "status-todo",
        StepStatus::Blocked => "status-blocked",
        StepStatus::Check => "status-check",
    }
}

/// How one person's plan changes from the plan under the old rules to the plan under the new
/// ones (both made from the same answers, on the same day, in the same language).
pub fn compare_plans(old: &Plan, new: &Plan) -> Vec<PlanChange> {
    let lang = new.lang.as_str();
    let word = |id| crate::ui::word(id, lang).to_owned();
    let mut out = Vec::new();
    let mut push = |kind, id: &str, before: Option<String>, after: Option<String>, reason: Reason| {
        out.push(PlanChange { kind, id: id.to_owned(), before, after, reason });
    };
    let old_routes = by_id(&old.routes, |r| &r.id);
    for r in &new.routes {
        match old_routes.get(r.id.as_str()) {
            None => push(
                "route",
                &r.id,
                None,
                Some(word(route_word(r.status))),
                Reason::new("compare-route-new")
                    .with("route", r.title.as_str())
                    .with("status", word(route_word(r.status))),
            ),
            Some(o) => {
                if o.status != r.status {
                    push(
                        "route",
                        &r.id,
                        Some(word(route_word(o.status))),
                        Some(word(route_word(r.status))),
                        Reason::new("compare-route-status")
                            .with("route", r.title.as_str())
                            .with("before", word(route_word(o.status)))
                            .with("after", word(route_word(r.status))),
                    );
                }
                let old_steps = by_id(&o.steps, |s| &s.id);
                for s in &r.steps {
                    let Some(os) = old_steps.get(s.id.as_str()) else {
                        push(
                            "step",
                            &format!("{}.{}", r.id, s.id),
                            None,
                            Some(word(step_word(s.status))),
                            Reason::new("compare-step-new")
                                .with("route", r.title.as_str())
                                .with("step", s.title.as_str()),
                        );
                        continue;
                    };
                    let id = format!("{}.{}", r.id, s.id);
                    if os.status != s.status {
                        push(
                            "step",
                            &id,
                            Some(word(step_word(os.status))),
                            Some(word(step_word(s.status))),
                            Reason::new("compare-step-status")
                                .with("step", s.title.as_str())
                                .with("before", word(step_word(os.status)))
                                .with("after", word(step_word(s.status))),
                        );
                    }
                    let fee = |s: &crate::engine::StepPlan| {
                        s.cost.as_ref().map(|c| crate::ui::money(c.amount_pence, &c.currency, lang))
                    };
                    let (before, after) = (fee(os), fee(s));
                    if before != after {
                        let reason = match (&before, &after) {
                            (Some(b), Some(a)) => {
                                Reason::new("compare-fee").with("before", b.as_str()).with("after", a.as_str())
                            }
                            (None, Some(a)) => Reason::new("compare-fee-new").with("after", a.as_str()),
                            (Some(b), None) => Reason::new("compare-fee-gone").with("before", b.as_str()),
                            (None, None) => continue,
                        };
                        push("fee", &id, before, after, reason.with("step", s.title.as_str()));
                    }
                }
                let new_steps = by_id(&r.steps, |s| &s.id);
                for s in o.steps.iter().filter(|s| !new_steps.contains_key(s.id.as_str())) {
                    push(
                        "step",
                        &format!("{}.{}", r.id, s.id),
                        Some(word(step_word(s.status))),
                        None,
                        Reason::new("compare-step-gone").with("route", r.title.as_str()).with("step", s.title.as_str()),
                    );
                }
            }
        }
    }
    let new_routes = by_id(&new.routes, |r| &r.id);
    for r in old.routes.iter().filter(|r| !new_routes.contains_key(r.id.as_str())) {
        push(
            "route",
            &r.id,
            Some(word(route_word(r.status))),
            None,
            Reason::new("compare-route-gone").with("route", r.title.as_str()),
        );
    }
    let old_warnings = by_id(&old.warnings, |w| &w.id);
    let new_warnings = by_id(&new.warnings, |w| &w.id);
    for w in new.warnings.iter().filter(|w| !old_warnings.contains_key(w.id.as_str())) {
        push(
            "warning",
            &w.id,
            None,
            Some(w.text.clone()),
            Reason::new("compare-warning-new").with("text", w.text.as_str()),
        );
    }
    for w in old.warnings.iter().filter(|w| !new_warnings.contains_key(w.id.as_str())) {
        push(
            "warning",
            &w.id,
            Some(w.text.clone()),
            None,
            Reason::new("compare-warning-gone").with("text", w.text.as_str()),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_limit_change_is_found_only_when_the_words_are_the_same() {
        assert_eq!(super::limit_change("years-since(x) >= 2", "years-since(x) >= 3"), Some(("2".into(), "3".into())));
        assert_eq!(super::limit_change("years-since(x) >= 2", "months-since(x) >= 3"), None);
        assert_eq!(super::limit_change("a = 1", "a = 1"), None);
    }
}
