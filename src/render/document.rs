//! The one plan document: every heading, label and line a person reads, made once from the
//! plan in the language being shown. The table, plain, Markdown and HTML renderers only lay
//! this out; none of them writes words of its own.

use super::SourceIndex;
use crate::engine::{Plan, RoleStatus, RouteStatus, StepStatus};
use crate::reason::Reason;

/// A heading and what stands under it.
pub(crate) struct Section<T> {
    pub heading: String,
    pub body: T,
}

/// Steps to take first, grouped by route when they come from several.
pub(crate) struct NextGroup {
    /// "If the route "…" is yours:", when there are several routes.
    pub intro: Option<String>,
    pub items: Vec<String>,
}

/// "Your plan in short": the first thing every plan shows, and all `--detail short` shows.
pub(crate) struct Short {
    pub heading: String,
    /// The key answers, one line each, so a wrong answer can be spotted.
    pub for_whom: Option<Section<Vec<String>>>,
    /// The recommended route in one sentence (or why there is none).
    pub route: String,
    pub next: Option<Section<Vec<NextGroup>>>,
    /// The nearest deadline, the fees and help with them, about how long: a line each.
    pub facts: Vec<String>,
    /// Organisations to contact: name and web address.
    pub contacts: Option<Section<Vec<(String, String)>>>,
}

pub(crate) struct StepRow {
    pub title: String,
    pub detail: Option<String>,
    pub why: Vec<String>,
    /// "Sources: [1, 3]", or empty.
    pub sources: String,
    /// `[n]` citations alone, for layouts that put them after the title.
    pub cite: String,
    pub status: StepStatus,
    pub status_label: String,
    /// "Label: £268", the extra notes, "Time: 2–6 months".
    pub cost: Option<String>,
    /// The same in a list, where no column says what it is: "Cost: Label: £268".
    pub cost_item: Option<String>,
    pub cost_note: Option<String>,
    pub time: Option<String>,
}

pub(crate) struct RouteSection {
    pub heading: String,
    pub regulator: String,
    pub summary: Option<String>,
    pub why: Vec<String>,
    pub why_not: Vec<String>,
    pub steps: Vec<StepRow>,
}

pub(crate) struct ClosedRoute {
    pub title: String,
    pub why_not: Vec<String>,
    pub meanwhile: Option<String>,
    pub meanwhile_line: Option<String>,
}

pub(crate) struct RoleRow {
    pub title: String,
    pub status: String,
    pub band: Option<String>,
    pub why: Vec<String>,
    pub cite: String,
}

pub(crate) struct SupportRow {
    pub name: String,
    pub url: String,
    pub summary: Option<String>,
    pub why: Vec<String>,
}

pub(crate) struct SourceRow {
    pub number: usize,
    pub title: String,
    pub url: String,
    /// "page dated …; checked …, overdue for re-checking"
    pub checked: String,
}

/// Column headings of the tables, for the layouts that draw tables.
pub(crate) struct Columns {
    pub steps: [String; 4],
    pub closed: [String; 3],
    pub roles: [String; 3],
    pub support: [String; 3],
}

pub(crate) struct Document {
    /// The language the interface texts are in (the page's `lang`).
    pub lang: String,
    /// The language the rule texts are in (titles, descriptions, warnings): marked on each
    /// where it differs from `lang`.
    pub content_lang: String,
    pub meta: String,
    /// Said once, under the title, when the interface is a machine translation.
    pub notice: Option<String>,
    pub title: String,
    pub short: Short,
    /// Only the short plan: the sections below are empty.
    pub short_only: bool,
    /// What the "(?)" marker means, once, when the full plan uses it.
    pub legend: Option<String>,
    /// Reasons every open (or every closed) stepping-stone role shares, said once above the list.
    pub roles_common: Vec<String>,
    /// Reasons every organisation shares, said once above the list.
    pub support_common: Option<String>,
    /// Every answer the plan was made from (the handout's record): a line saying so, then
    /// "Label: answer" lines.
    pub answers: Option<Section<(String, Vec<String>)>>,
    /// Each warning's text and its `[n]` citations.
    pub warnings: Option<Section<Vec<(String, String)>>>,
    /// Said when no route at all is shown.
    pub no_routes: Option<Section<String>>,
    pub routes: Vec<RouteSection>,
    pub closed: Option<Section<Vec<ClosedRoute>>>,
    pub roles: Option<Section<Vec<RoleRow>>>,
    pub support: Option<Section<Vec<SupportRow>>>,
    pub glossary: Option<Section<Vec<(String, String)>>>,
    pub sources: Section<Vec<SourceRow>>,
    pub disclaimer: String,
    pub columns: Columns,
}

pub use crate::cli::Detail;

/// The plan as one document in `lang`, with as much as `detail` asks for.
pub(crate) fn document_in(plan: &Plan, lang: &str, detail: Detail) -> Document {
    let mut doc = document(plan, lang);
    if detail == Detail::Short {
        doc.short_only = true;
        doc.warnings = None;
        doc.no_routes = None;
        doc.routes.clear();
        doc.closed = None;
        doc.roles = None;
        doc.support = None;
        doc.glossary = None;
        doc.answers = None;
        doc.sources.body.clear();
    }
    doc
}

/// The plan as one document in `lang`.
pub(crate) fn document(plan: &Plan, lang: &str) -> Document {
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    let m = |id: &'static str| say(Reason::new(id));
    let sources = SourceIndex::new(plan);
    let hash = plan.ruleset.hash.get(..12).unwrap_or(&plan.ruleset.hash).to_owned();
    let meta_reason = match &plan.profession_name {
        Some(p) => Reason::new("plan-meta").with("who", p.as_str()),
        None => Reason::new("plan-meta-you"),
    };
    let meta = say(meta_reason
        .with("date", plan.evaluated_on.as_str())
        .with("rules", plan.ruleset.name.as_str())
        .with("version", plan.ruleset.version.as_str())
        .with("hash", hash));
    let title = match &plan.profession_name {
        Some(p) => say(Reason::new("plan-title").with("profession", p.as_str())),
        None => m("plan-title-you"),
    };
    let short = short(plan, lang);
    let marker = m("unconfirmed-marker");
    let marked = |text: &str, unconfirmed: bool| if unconfirmed { format!("{text} {marker}") } else { text.to_owned() };
    let warnings = (!plan.warnings.is_empty()).then(|| Section {
        heading: m("warnings-heading"),
        body: plan
            .warnings
            .iter()
            .map(|w| (marked(&w.text, w.unconfirmed), sources.cite(&w.sources)))
            .collect::<Vec<_>>(),
    });
    let no_routes = plan.routes.is_empty().then(|| Section { heading: m("routes-heading"), body: m("no-routes") });
    let status_label = |s: StepStatus| {
        m(match s {
            StepStatus::Done => "status-done",
            StepStatus::Next => "status-next",
            StepStatus::Todo => "status-todo",
            StepStatus::Blocked => "status-blocked",
            StepStatus::Check => "status-check",
        })
    };
    let routes = plan
        .routes
        .iter()
        .filter(|r| r.status != RouteStatus::NotOpen)
        .map(|r| (r, r.status == RouteStatus::Possible && plan.recommended().is_some()))
        .map(|(r, outline)| RouteSection {
            heading: say(Reason::new("route-heading")
                .with("status", if r.status == RouteStatus::Recommended { "recommended" } else { "possible" })
                .with("title", marked(&r.title, r.unconfirmed))),
            regulator: say(Reason::new("regulator-line").with("regulator", r.regulator.as_str())),
            summary: r.summary.clone(),
            why: r.why.clone(),
            why_not: r.why_not.clone(),
            steps: r
                .steps
                .iter()
                .map(|s| {
                    let cite = sources.cite(&s.sources);
                    StepRow {
                        title: marked(&s.title, s.unconfirmed),
                        // Beside a recommended route, another possible one is an outline: its
                        // steps' titles, statuses and fees; `requal explain` has the rest.
                        detail: s.detail.clone().filter(|_| !outline),
                        // An outline keeps only what the person must find out or cannot do.
                        why: if outline && !matches!(s.status, StepStatus::Check | StepStatus::Blocked) {
                            Vec::new()
                        } else {
                            s.why.clone()
                        },
                        sources: if cite.is_empty() {
                            String::new()
                        } else {
                            say(Reason::new("sources-line").with("cite", cite.as_str()))
                        },
                        cite,
                        status: s.status,
                        status_label: status_label(s.status),
                        cost: s.cost.as_ref().map(|c| {
                            say(Reason::new("cost-line")
                                .with("label", c.label.as_str())
                                .with("amount", marked(&c.display, c.unconfirmed)))
                        }),
                        cost_item: s.cost.as_ref().map(|c| {
                            let line = say(Reason::new("cost-line")
                                .with("label", c.label.as_str())
                                .with("amount", marked(&c.display, c.unconfirmed)));
                            say(Reason::new("cost-item").with("cost", line))
                        }),
                        cost_note: s.cost.as_ref().and_then(|c| c.note.clone()),
                        time: s
                            .duration
                            .as_ref()
                            .map(|d| say(Reason::new("time-line").with("time", d.display.as_str()))),
                    }
                })
                .collect(),
        })
        .collect();
    let routes = said_once(routes, plan, lang);
    let closed: Vec<ClosedRoute> = plan
        .routes
        .iter()
        .filter(|r| r.status == RouteStatus::NotOpen)
        .map(|r| ClosedRoute {
            title: r.title.clone(),
            why_not: r.why_not.clone(),
            meanwhile: r.meanwhile.clone(),
            meanwhile_line: r.meanwhile.as_ref().map(|t| say(Reason::new("meanwhile-line").with("text", t.as_str()))),
        })
        .collect();
    let closed = (!closed.is_empty()).then(|| Section { heading: m("closed-heading"), body: closed });
    let roles = (!plan.roles.is_empty()).then(|| Section {
        heading: m("roles-heading"),
        body: plan
            .roles
            .iter()
            .map(|r| RoleRow {
                title: marked(&r.title, r.unconfirmed),
                status: m(match r.status {
                    RoleStatus::Open => "role-open",
                    RoleStatus::NotOpen => "role-not-open",
                    RoleStatus::Check => "role-check",
                }),
                band: r.band.clone(),
                why: if r.open { r.why.clone() } else { r.why_not.clone() },
                cite: sources.cite(&r.sources),
            })
            .collect(),
    });
    let support = (!plan.support.is_empty()).then(|| Section {
        heading: m("support-heading"),
        body: plan
            .support
            .iter()
            .map(|o| SupportRow {
                name: marked(&o.name, o.unconfirmed),
                url: o.url.clone(),
                summary: o.summary.clone(),
                why: o.why.clone(),
            })
            .collect(),
    });
    let mut roles: Option<Section<Vec<RoleRow>>> = roles;
    // The jobs open now that give a reason: a reason they all give is said once, above.
    let open_ids: Vec<bool> = plan.roles.iter().map(|r| r.open).collect();
    let mut roles_common = Vec::new();
    if let Some(r) = roles.as_mut() {
        for (want_open, message) in [(true, "common-reasons-open-jobs"), (false, "common-reasons-closed-jobs")] {
            let group = r.body.iter_mut().zip(&open_ids).filter(|(x, open)| **open == want_open && !x.why.is_empty());
            roles_common.extend(common_reasons(group.map(|(x, _)| &mut x.why), message, lang));
        }
    }
    let mut support: Option<Section<Vec<SupportRow>>> = support;
    let support_common =
        support.as_mut().and_then(|s| common_reasons(s.body.iter_mut().map(|x| &mut x.why), "common-reasons", lang));
    let shown_routes = plan.routes.iter().filter(|r| r.status != RouteStatus::NotOpen);
    let any_unconfirmed = shown_routes.clone().any(|r| r.unconfirmed)
        || shown_routes.flat_map(|r| &r.steps).any(|s| s.unconfirmed || s.cost.as_ref().is_some_and(|c| c.unconfirmed))
        || plan.warnings.iter().any(|w| w.unconfirmed)
        || plan.roles.iter().any(|r| r.unconfirmed)
        || plan.support.iter().any(|o| o.unconfirmed);
    let legend = any_unconfirmed.then(|| m("unconfirmed-legend"));
    // Only the terms this document shows, in any of its texts or in another entry shown.
    let mut shown: Vec<&str> = vec![short.route.as_str()];
    shown.extend(short.facts.iter().map(String::as_str));
    shown.extend(short.next.iter().flat_map(|n| n.body.iter().flat_map(|g| g.items.iter().map(String::as_str))));
    shown.extend(short.contacts.iter().flat_map(|c| c.body.iter().map(|(name, _)| name.as_str())));
    shown.extend(warnings.iter().flat_map(|w| w.body.iter().map(|(t, _)| t.as_str())));
    for r in &routes {
        shown.extend([r.heading.as_str(), r.regulator.as_str()]);
        shown.extend(r.summary.as_deref());
        shown.extend(r.why.iter().chain(&r.why_not).map(String::as_str));
        for s in &r.steps {
            shown.push(&s.title);
            shown.extend(s.detail.as_deref());
            shown.extend(s.why.iter().map(String::as_str));
            shown.extend(s.cost.as_deref());
            shown.extend(s.cost_note.as_deref());
        }
    }
    for c in closed.iter().flat_map(|c| &c.body) {
        shown.push(&c.title);
        shown.extend(c.why_not.iter().map(String::as_str));
        shown.extend(c.meanwhile_line.as_deref());
    }
    for r in roles.iter().flat_map(|r| &r.body) {
        shown.push(&r.title);
        shown.extend(r.band.as_deref());
        shown.extend(r.why.iter().map(String::as_str));
    }
    shown.extend(roles_common.iter().map(String::as_str));
    for o in support.iter().flat_map(|s| &s.body) {
        shown.push(&o.name);
        shown.extend(o.summary.as_deref());
        shown.extend(o.why.iter().map(String::as_str));
    }
    shown.extend(support_common.as_deref());
    let entries = used_terms(&plan.glossary, &shown.join("\n"));
    let glossary = (!entries.is_empty()).then(|| Section { heading: m("glossary-heading"), body: entries });
    let sources_section = Section {
        heading: m("sources-heading"),
        body: sources
            .iter()
            .map(|(n, s)| {
                let checked = match &s.page_date {
                    Some(d) => say(Reason::new("source-checked-dated")
                        .with("page", d.as_str())
                        .with("verified", s.verified.as_str())),
                    None => say(Reason::new("source-checked").with("verified", s.verified.as_str())),
                };
                let checked =
                    if s.overdue { say(Reason::new("source-overdue").with("checked", checked)) } else { checked };
                SourceRow { number: n, title: s.title.clone(), url: s.url.clone(), checked }
            })
            .collect(),
    };
    let columns = Columns {
        steps: [m("steps-column-number"), m("steps-column-step"), m("steps-column-status"), m("steps-column-cost")],
        closed: [m("closed-column-route"), m("closed-column-why"), m("closed-column-meanwhile")],
        roles: [m("roles-column-role"), m("roles-column-open"), m("roles-column-why")],
        support: [m("support-column-organisation"), m("support-column-why"), m("support-column-website")],
    };
    Document {
        lang: plan.lang.clone(),
        content_lang: plan.content_lang.clone(),
        meta,
        notice: crate::ui::is_machine_translated(&plan.lang).then(|| {
            let mut notice = m("machine-translation-notice");
            if plan.stale_translations > 0 {
                notice.push(' ');
                notice.push_str(&m("stale-translation-notice"));
            }
            notice
        }),
        title,
        short,
        short_only: false,
        legend,
        roles_common,
        support_common,
        answers: (!plan.answers.is_empty()).then(|| Section {
            heading: m("answers-heading"),
            body: (
                say(Reason::new("answers-intro").with("date", plan.evaluated_on.as_str())),
                plan.answers
                    .iter()
                    .map(|a| {
                        say(Reason::new("short-answer")
                            .with("label", crate::text::capitalise(&a.label))
                            .with("answer", a.answer.as_str()))
                    })
                    .collect(),
            ),
        }),
        warnings,
        no_routes,
        routes,
        closed,
        roles,
        support,
        glossary,
        sources: sources_section,
        disclaimer: plan.disclaimer.clone(),
        columns,
    }
}

/// The short plan, from the plan's summary and key answers.
fn short(plan: &Plan, lang: &str) -> Short {
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    let m = |id: &'static str| say(Reason::new(id));
    let summary = &plan.summary;
    let key: Vec<String> = plan
        .answers
        .iter()
        .filter(|a| a.key)
        .map(|a| {
            let label = crate::text::capitalise(&a.label);
            say(Reason::new("short-answer").with("label", label).with("answer", a.answer.as_str()))
        })
        .collect();
    let for_whom = (!key.is_empty()).then(|| Section { heading: m("short-for-whom"), body: key });
    let possible: Vec<&str> =
        plan.routes.iter().filter(|r| r.status == RouteStatus::Possible).map(|r| r.title.as_str()).collect();
    let route = match (&summary.route, possible.as_slice()) {
        (Some(r), _) => {
            say(Reason::new("short-route").with("route", r.title.as_str()).with("regulator", r.regulator.as_str()))
        }
        (None, []) => m("short-no-route"),
        (None, titles) => say(Reason::new("short-possible-routes")
            .with("routes", crate::ui::and_list(&titles.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>(), lang))),
    };
    let mut groups: Vec<NextGroup> = Vec::new();
    let mut last_route: Option<&str> = None;
    for n in &summary.next_steps {
        let item = if n.status == StepStatus::Check {
            say(Reason::new("next-check-first").with("step", n.title.as_str()))
        } else {
            n.title.clone()
        };
        if last_route != Some(n.route.as_str()) {
            let title = plan.route(&n.route).map_or(n.route.as_str(), |r| r.title.as_str());
            groups.push(NextGroup {
                intro: Some(say(Reason::new("next-route-intro").with("route", title))),
                items: Vec::new(),
            });
            last_route = Some(n.route.as_str());
        }
        if let Some(g) = groups.last_mut() {
            g.items.push(item);
        }
    }
    if groups.len() == 1 {
        groups[0].intro = None;
    }
    let next = (!groups.is_empty()).then(|| Section { heading: m("next-heading"), body: groups });
    let mut facts = Vec::new();
    if let Some(d) = &summary.deadline {
        facts.push(say(Reason::new("short-deadline").with("kind", d.kind.as_str()).with("date", d.date.as_str())));
    }
    if let Some(f) = &summary.fees {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let amount = if f.min_pence == f.max_pence {
            crate::engine::money(round_pounds(f.min_pence), &f.currency, lang)
        } else {
            say(Reason::new("short-fees-range")
                .with("min", crate::engine::money(round_pounds(f.min_pence), &f.currency, lang))
                .with("max", crate::engine::money(round_pounds(f.max_pence), &f.currency, lang)))
        };
        facts.push(say(Reason::new("short-fees")
            .with("amount", amount)
            .with("count", count(f.count))
            .with("unconfirmed", count(f.unconfirmed))));
        if !f.reduced.is_empty() {
            facts.push(m("short-fees-reduced"));
        }
        facts.push(if f.help.is_empty() { m("short-fees-no-help") } else { m("short-fees-help") });
    }
    if let Some(t) = &summary.time {
        let time = crate::engine::duration_display(t.min, t.max, t.unit, lang);
        let unknown = u32::try_from(t.unknown_steps.len()).unwrap_or(u32::MAX);
        let id = if unknown == 0 { "short-time" } else { "short-time-partial" };
        facts.push(say(Reason::new(id).with("time", time).with("unknown", unknown)));
    } else if summary.route.is_some() {
        facts.push(m("short-time-unknown"));
    }
    let contacts = (!summary.contacts.is_empty()).then(|| Section {
        heading: m("short-contacts"),
        body: summary.contacts.iter().map(|c| (c.name.clone(), c.url.clone())).collect(),
    });
    Short { heading: m("short-heading"), for_whom, route, next, facts, contacts }
}

/// An estimate in whole pounds, rounded.
fn round_pounds(pence: i64) -> i64 {
    pence.saturating_add(50) / 100 * 100
}

/// Reasons every item of a list shares (a list of two or more), taken out of the items and
/// said once: "For all of these: you live in the UK."
fn common_reasons<'a>(
    items: impl Iterator<Item = &'a mut Vec<String>>,
    message: &'static str,
    lang: &str,
) -> Option<String> {
    let mut items: Vec<&mut Vec<String>> = items.collect();
    if items.len() < 2 {
        return None;
    }
    let common: Vec<String> =
        items[0].iter().filter(|r| items[1..].iter().all(|other| other.contains(r))).cloned().collect();
    if common.is_empty() {
        return None;
    }
    for item in &mut items {
        item.retain(|r| !common.contains(r));
    }
    let reasons = crate::ui::and_list(&common, lang);
    Some(crate::ui::sentence(&Reason::new(message).with("reasons", reasons), lang))
}

/// A step two routes share (the same title, text and reasons) is written in full under the
/// first route only; the second says where to find it.
fn said_once(mut routes: Vec<RouteSection>, plan: &Plan, lang: &str) -> Vec<RouteSection> {
    let titles: Vec<&str> =
        plan.routes.iter().filter(|r| r.status != RouteStatus::NotOpen).map(|r| r.title.as_str()).collect();
    let mut seen: Vec<(String, Option<String>, Vec<String>, usize)> = Vec::new();
    for (i, route) in routes.iter_mut().enumerate() {
        for step in &mut route.steps {
            let key = (step.title.clone(), step.detail.clone(), step.why.clone());
            match seen.iter().find(|(t, d, w, _)| (t, d, w) == (&key.0, &key.1, &key.2)) {
                Some((.., first)) if *first != i && step.detail.is_some() => {
                    let reason = Reason::new("same-as-before").with("route", titles.get(*first).copied().unwrap_or(""));
                    step.detail = None;
                    step.why = vec![crate::ui::sentence(&reason, lang)];
                }
                Some(_) => {}
                None => seen.push((key.0, key.1, key.2, i)),
            }
        }
    }
    routes
}

/// The glossary entries whose term the text uses as a whole word, and those the chosen entries
/// use in turn.
fn used_terms(glossary: &[crate::engine::TermPlan], text: &str) -> Vec<(String, String)> {
    let mut words = crate::text::WordSet::of(text);
    let mut chosen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    loop {
        let new: Vec<&crate::engine::TermPlan> =
            glossary.iter().filter(|g| !chosen.contains(g.term.as_str()) && words.has(&g.term)).collect();
        if new.is_empty() {
            break;
        }
        for g in new {
            words.add(&g.text);
            chosen.insert(&g.term);
        }
    }
    // In the glossary's own order (alphabetical).
    glossary.iter().filter(|g| chosen.contains(g.term.as_str())).map(|g| (g.term.clone(), g.text.clone())).collect()
}
