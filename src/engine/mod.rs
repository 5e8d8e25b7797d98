//! The engine: answers + ruleset + today -> plan. Pure and deterministic: no I/O, no clock,
//! no randomness. Each status comes with the sentences that decided it.

mod english;
mod plan;
mod summary;

pub use summary::{Contact, Deadline, FeeRange, Summary, SummaryRoute, SummaryStep, TimeRange};

pub use english::describe as describe_accepts;
pub use plan::*;

use crate::answers::{Answer, Answers};
use crate::condition::{Condition, Facts, Outcome, Truth};
use crate::reason::Reason;
use crate::ruleset::{Requirement, Route, Ruleset, Step};
use crate::text::{Text, placeholders, split_placeholder};
use crate::ui;
use jiff::civil::Date;
use std::collections::{HashMap, HashSet};

/// One person, as conditions see them.
pub struct Person<'a> {
    pub ruleset: &'a Ruleset,
    pub answers: &'a Answers,
    pub today: Date,
    pub lang: &'a str,
}

impl Facts for Person<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.get(question)
    }

    fn label(&self, question: &str) -> String {
        self.ruleset.question(question).map_or_else(|| question.to_owned(), |q| q.label.get(self.lang).to_owned())
    }

    fn display(&self, question: &str, answer: &Answer) -> String {
        display_answer(self.ruleset, question, answer, self.lang)
    }

    fn today(&self) -> Date {
        self.today
    }

    fn english_meets(&self, requirement: &str) -> Outcome {
        english::evaluate(self, requirement)
    }
}

/// An answer as a person reads it: the option's label, "yes", "6.5", "2026-03-01".
pub fn display_answer(ruleset: &Ruleset, question: &str, answer: &Answer, lang: &str) -> String {
    let q = ruleset.question(question);
    let label = |v: &str| q.and_then(|q| q.option(v)).map_or_else(|| v.to_owned(), |o| o.label.get(lang).to_owned());
    let word = |id: &'static str| ui::sentence(&Reason::new(id), lang);
    match answer {
        Answer::Choice(v) => label(v),
        Answer::Multi(items) if items.is_empty() => word("answer-none"),
        Answer::Multi(items) => items.iter().map(|v| label(v)).collect::<Vec<_>>().join(", "),
        Answer::Bool(b) => word(if *b { "answer-yes" } else { "answer-no" }),
        // 7 and 6.5, not 7.0 and 6.50; English shortfalls format bands themselves.
        Answer::Number(n) => format!("{n}"),
        Answer::Date(d) => d.to_string(),
        Answer::Grade(g) => g.clone(),
        Answer::NotSure => word("answer-not-sure-shown"),
    }
}

impl Person<'_> {
    fn text(&self, t: &Text) -> String {
        let mut s = t.get(self.lang).to_owned();
        for body in placeholders(t.get(self.lang)) {
            let (name, until) = split_placeholder(body);
            let shown = match (self.answers.get(name), until.and_then(|n| n.parse::<f64>().ok())) {
                (Some(Answer::Number(have)), Some(target)) => format!("{}", (target - have).max(0.0).ceil()),
                (Some(a), None) => self.display(name, a),
                _ => self.say(&Reason::new("answer-not-known")),
            };
            s = s.replace(&format!("{{{body}}}"), &shown);
        }
        s
    }

    fn opt_text(&self, t: Option<&Text>) -> Option<String> {
        t.map(|t| self.text(t))
    }

    fn sources(&self, ids: &[String]) -> Vec<SourceRef> {
        let mut seen = HashSet::new();
        ids.iter()
            .filter(|id| seen.insert(id.as_str()))
            .filter_map(|id| self.ruleset.sources.get(id))
            .map(|s| SourceRef {
                title: s.title.clone(),
                url: s.url.clone(),
                verified: s.verified.to_string(),
                page_date: s.page_date.map(|d| d.to_string()),
                official: s.official,
                overdue: (self.today - s.verified).get_days()
                    > i32::try_from(self.ruleset.meta.fresh_days).unwrap_or(i32::MAX),
            })
            .collect()
    }

    /// An amount as shown: "£268", or "free" in the person's language.
    fn amount(&self, pence: i64, currency: &str) -> String {
        money(pence, currency, self.lang)
    }

    /// A reason as a sentence in the person's language.
    fn say(&self, reason: &Reason) -> String {
        ui::sentence(reason, self.lang)
    }

    /// Reasons as sentences.
    fn sentences(&self, reasons: &[Reason]) -> Vec<String> {
        reasons.iter().map(|r| self.say(r)).collect()
    }

    fn eval(&self, c: &Condition) -> Outcome {
        c.evaluate(self)
    }
}

/// The activities (`needs` tags) blocked for this person, with why; and those that may be.
struct Blocks {
    certain: HashMap<String, String>,
    possible: HashMap<String, String>,
}

impl Blocks {
    fn new(person: &Person<'_>) -> Self {
        let mut certain = HashMap::new();
        let mut possible = HashMap::new();
        for c in &person.ruleset.constraints {
            let outcome = person.eval(&c.condition);
            let why = person.text(&c.why);
            let target = match outcome.truth {
                Truth::True => &mut certain,
                Truth::Unknown => &mut possible,
                Truth::False => continue,
            };
            for tag in &c.blocks {
                target.entry(tag.clone()).or_insert_with(|| why.clone());
            }
        }
        Self { certain, possible }
    }

    fn check(&self, needs: &[String]) -> (Option<String>, Option<String>) {
        let certain = needs.iter().find_map(|n| self.certain.get(n)).cloned();
        let possible = needs.iter().find_map(|n| self.possible.get(n)).cloned();
        (certain, possible)
    }
}

/// A choice question's answer, when the person gave one.
fn choice<'a>(answers: &'a Answers, question: &str) -> Option<&'a str> {
    match answers.get(question) {
        Some(Answer::Choice(v)) => Some(v),
        _ => None,
    }
}

/// Builds the plan for one person on one day. `lang` picks translations (falling back to
/// English).
pub fn plan(ruleset: &Ruleset, answers: &Answers, today: Date, lang: &str) -> Plan {
    // A tag we have under another name (Dari `prs` is shown in Farsi, `ar-SY` in Arabic).
    let shown = ui::resolve(lang);
    let lang = if shown == "en" || ruleset.meta.locales.iter().any(|l| l == lang) { lang } else { shown };
    let person = Person { ruleset, answers, today, lang };
    let profession = choice(answers, "profession").map(str::to_owned);
    let blocks = Blocks::new(&person);
    let mut warnings = Vec::new();
    if profession.is_none() {
        warnings.push(WarningPlan {
            id: "profession-unknown".to_owned(),
            text: person.say(&Reason::new("warning-profession-unknown")),
            conditional: false,
            help: false,
            sources: Vec::new(),
            unconfirmed: false,
        });
    }
    let routes = routes(&person, profession.as_deref(), &blocks);
    if let Some(p) = profession.as_deref().filter(|_| !routes.iter().any(|r| r.status != RouteStatus::NotOpen)) {
        let region = choice(answers, "region");
        let regulator = ruleset
            .professions
            .get(p)
            .map(|p| region.and_then(|r| p.regulator_by_region.get(r)).unwrap_or(&p.regulator))
            .and_then(|id| ruleset.regulators.get(id))
            .map(|r| r.name.get(lang).to_owned());
        let reason = match regulator {
            Some(r) => Reason::new("warning-no-open-route").with("regulator", r),
            None => Reason::new("warning-no-open-route-unknown-regulator"),
        };
        warnings.push(WarningPlan {
            id: "no-open-route".to_owned(),
            text: person.say(&reason),
            conditional: false,
            help: false,
            sources: Vec::new(),
            unconfirmed: false,
        });
    }
    let next_steps = next_steps(&routes);
    let resting: Vec<String> = routes
        .iter()
        .filter(|r| r.status == RouteStatus::Recommended)
        .flat_map(|r| r.steps.iter())
        .filter(|s| s.status == StepStatus::Done && s.unconfirmed)
        .map(|s| format!("\"{}\"", s.title))
        .collect();
    if !resting.is_empty() {
        warnings.insert(
            0,
            WarningPlan {
                id: "done-but-not-confirmed".to_owned(),
                text: person.say(&Reason::new("warning-done-not-confirmed").with("steps", resting.join(", "))),
                conditional: false,
                help: false,
                sources: Vec::new(),
                unconfirmed: true,
            },
        );
    }
    let fees = fees(&routes, person.lang);
    let roles = roles(&person, profession.as_deref(), &blocks);
    let support = support(&person, profession.as_deref());
    for w in &ruleset.warnings {
        let outcome = person.eval(&w.condition);
        let conditional = outcome.truth == Truth::Unknown && w.help;
        if outcome.truth == Truth::True || conditional {
            let mut text = person.text(&w.text);
            if conditional {
                text = person.say(
                    &Reason::new("warning-may-apply")
                        .with("because", ui::clause(&outcome.reasons, lang))
                        .with("text", text),
                );
            }
            warnings.push(WarningPlan {
                id: w.id.clone(),
                text,
                conditional,
                help: w.help,
                sources: person.sources(&w.fact.sources),
                unconfirmed: w.fact.unconfirmed,
            });
        }
    }
    let mut plan = Plan {
        format: FORMAT,
        evaluated_on: today.to_string(),
        lang: if ui::has_language(lang) { ui::resolve(lang).to_owned() } else { "en".to_owned() },
        content_lang: if ruleset.meta.locales.iter().any(|l| l == lang) { lang.to_owned() } else { "en".to_owned() },
        stale_translations: ruleset.translations.get(lang).map_or(0, |t| t.stale),
        ruleset: RulesetInfo {
            name: ruleset.meta.name.clone(),
            version: ruleset.meta.version.clone(),
            hash: ruleset.hash.clone(),
        },
        profession_name: profession
            .as_deref()
            .and_then(|p| ruleset.professions.get(p))
            .map(|p| p.name.get(lang).to_owned()),
        profession: profession.clone(),
        next_steps,
        fees,
        routes,
        roles,
        support,
        warnings,
        answers: ruleset
            .questions()
            .iter()
            .filter_map(|q| {
                answers.get(&q.id).map(|a| AnswerShown {
                    question: q.id.clone(),
                    label: q.label.get(lang).to_owned(),
                    answer: display_answer(ruleset, &q.id, a, lang),
                    key: q.key,
                })
            })
            .collect(),
        summary: summary::Summary {
            route: None,
            next_steps: Vec::new(),
            deadline: None,
            fees: None,
            time: None,
            contacts: Vec::new(),
        },
        glossary: Vec::new(),
        disclaimer: ruleset.meta.disclaimer.get(lang).to_owned(),
    };
    plan.summary = summary::summary(&person, &plan.routes, &plan.support, &plan.warnings);
    plan.glossary = glossary(ruleset, &plan, lang);
    plan
}

/// The steps to take now: from the recommended route, else from every possible route.
fn next_steps(routes: &[RoutePlan]) -> Vec<NextStep> {
    let chosen: Vec<&RoutePlan> = match routes.iter().find(|r| r.status == RouteStatus::Recommended) {
        Some(r) => vec![r],
        None => routes.iter().filter(|r| r.status == RouteStatus::Possible).collect(),
    };
    chosen
        .into_iter()
        .flat_map(|r| {
            r.steps.iter().filter(|s| matches!(s.status, StepStatus::Next | StepStatus::Check)).map(|s| NextStep {
                route: r.id.clone(),
                route_title: r.title.clone(),
                step: s.id.clone(),
                title: s.title.clone(),
                status: s.status,
            })
        })
        .collect()
}

/// The fees of the recommended route's steps that are not done, in pounds.
fn fees(routes: &[RoutePlan], lang: &str) -> Option<FeeSummary> {
    let route = routes.iter().find(|r| r.status == RouteStatus::Recommended)?;
    let costs: Vec<&CostPlan> = route
        .steps
        .iter()
        .filter(|s| s.status != StepStatus::Done)
        .filter_map(|s| s.cost.as_ref())
        .filter(|c| c.currency == "GBP" && c.amount_pence > 0)
        .collect();
    if costs.is_empty() {
        return None;
    }
    let total_pence = costs.iter().fold(0_i64, |sum, c| sum.saturating_add(c.amount_pence));
    Some(FeeSummary {
        route: route.id.clone(),
        total_pence,
        // An estimate: whole pounds, rounded.
        display: money(total_pence.saturating_add(50) / 100 * 100, "GBP", lang),
        count: costs.len(),
        unconfirmed: costs.iter().filter(|c| c.unconfirmed).count(),
    })
}

struct Requirements {
    truth: Truth,
    why: Vec<Reason>,
    why_not: Vec<Reason>,
}

fn requirements(person: &Person<'_>, list: &[Requirement]) -> Requirements {
    let mut out = Requirements { truth: Truth::True, why: Vec::new(), why_not: Vec::new() };
    for r in list {
        let o = person.eval(&r.condition);
        match o.truth {
            Truth::True => out.why.push(Reason::rule_text(person.text(&r.why))),
            Truth::False => {
                out.truth = Truth::False;
                out.why_not.push(Reason::rule_text(person.text(&r.why_not)));
            }
            Truth::Unknown => {
                if out.truth == Truth::True {
                    out.truth = Truth::Unknown;
                }
                let text = person.text(&r.why_not);
                out.why_not.push(if o.reasons.is_empty() {
                    Reason::new("not-sure-yet").with("text", text)
                } else {
                    Reason::new("not-sure-yet-because")
                        .with("text", text)
                        .with("because", ui::clause(&o.reasons, person.lang))
                });
            }
        }
    }
    out
}

fn routes(person: &Person<'_>, profession: Option<&str>, blocks: &Blocks) -> Vec<RoutePlan> {
    let Some(profession) = profession else { return Vec::new() };
    let candidates: Vec<(&Route, Requirements)> = person
        .ruleset
        .routes
        .iter()
        .filter(|r| r.professions.iter().any(|p| p == profession))
        .map(|r| (r, requirements(person, &r.requires)))
        .collect();
    let recommended = candidates
        .iter()
        .filter(|(_, req)| req.truth == Truth::True)
        .min_by_key(|(r, _)| r.rank)
        .map(|(r, _)| r.id.clone());
    let mut out: Vec<(i64, RoutePlan)> = candidates
        .into_iter()
        .map(|(route, req)| {
            let status = match req.truth {
                Truth::False => RouteStatus::NotOpen,
                _ if recommended.as_deref() == Some(route.id.as_str()) => RouteStatus::Recommended,
                _ => RouteStatus::Possible,
            };
            let why = req.why;
            let steps = if status == RouteStatus::NotOpen { Vec::new() } else { steps(person, route, blocks) };
            let plan = RoutePlan {
                id: route.id.clone(),
                title: person.text(&route.title),
                regulator: person
                    .ruleset
                    .regulators
                    .get(&route.regulator)
                    .map_or_else(|| route.regulator.clone(), |r| r.name.get(person.lang).to_owned()),
                status,
                summary: person.opt_text(route.summary.as_ref()),
                why: person.sentences(&why),
                why_not: person.sentences(&req.why_not),
                reasons: why,
                reasons_not: req.why_not,
                meanwhile: if status == RouteStatus::Recommended {
                    None
                } else {
                    person.opt_text(route.meanwhile.as_ref())
                },
                steps,
                sources: person.sources(&route.fact.sources),
                unconfirmed: route.fact.unconfirmed,
            };
            (route.rank, plan)
        })
        .collect();
    out.sort_by_key(|(rank, p)| (p.status, *rank));
    out.into_iter().map(|(_, p)| p).collect()
}

fn steps(person: &Person<'_>, route: &Route, blocks: &Blocks) -> Vec<StepPlan> {
    let mut statuses: HashMap<&str, StepStatus> = HashMap::new();
    let mut out = Vec::new();
    let titles: HashMap<&str, String> = route.steps.iter().map(|s| (s.id.as_str(), person.text(&s.title))).collect();
    let included: Vec<Included<'_>> = route
        .steps
        .iter()
        .map(|step| Included {
            step,
            include: step.include_if.as_ref().map_or_else(|| Outcome::bare(Truth::True), |c| person.eval(c)),
            // A step the person marked done is done, whatever its `done-if` can tell.
            done: match person.answers.marked_done(&route.id, &step.id) {
                Some(d) => Some(Outcome { truth: Truth::True, reasons: marked_done_reasons(d) }),
                None => step.done_if.as_ref().map(|c| person.eval(c)),
            },
        })
        .filter(|i| i.include.truth != Truth::False)
        .collect();
    // The plan numbers the steps shown 1, 2, 3…: "After step 2" points at one of them.
    let numbers: HashMap<&str, usize> = included.iter().enumerate().map(|(i, s)| (s.step.id.as_str(), i + 1)).collect();
    let implied = implied_done(&included);
    for this in &included {
        let context =
            StepContext { blocks, statuses: &statuses, titles: &titles, numbers: &numbers, implied: &implied };
        let plan = step_plan(person, this, &context);
        let step = this.step;
        statuses.insert(&step.id, plan.status);
        out.push(plan);
    }
    out
}

/// "You marked this done on 2026-05-01", and the person's evidence note.
fn marked_done_reasons(d: &crate::answers::DoneStep) -> Vec<Reason> {
    let mut out = vec![match &d.date {
        Some(date) => Reason::new("step-marked-done-on").with("date", date.as_str()),
        None => Reason::new("step-marked-done"),
    }];
    if let Some(note) = &d.note {
        out.push(Reason::new("step-done-evidence").with("note", crate::text::clip(note)));
    }
    out
}

/// Steps done because a step that comes after them is done: passing PLAB 2 means PLAB 1 was
/// passed, and an accepted application means its documents were sent. Maps each such step to
/// the done step that implies it. An English step whose own check fails is left as it is: a
/// language result can expire after a later step, and the regulators judge it again.
fn implied_done<'a>(included: &[Included<'a>]) -> HashMap<&'a str, &'a str> {
    let by_id: HashMap<&str, &Included<'a>> = included.iter().map(|i| (i.step.id.as_str(), i)).collect();
    let mut implied: HashMap<&str, &str> = HashMap::new();
    // Later steps first, so each implied step names the nearest done step after it.
    for this in included.iter().rev() {
        let id = this.step.id.as_str();
        let done = this.include.truth == Truth::True && this.done_truth() == Some(Truth::True);
        let Some(source) = (if done { Some(id) } else { implied.get(id).copied() }) else { continue };
        let mut stack: Vec<&str> = this.step.after.iter().map(String::as_str).collect();
        while let Some(before_id) = stack.pop() {
            let Some(before) = by_id.get(before_id) else { continue };
            let own = before.done_truth();
            let stays = own == Some(Truth::True)
                || (before.step.category == crate::ruleset::raw::Category::English && own == Some(Truth::False));
            if !stays {
                implied.entry(before.step.id.as_str()).or_insert(source);
            }
            stack.extend(before.step.after.iter().map(String::as_str));
        }
    }
    implied
}

/// A step in this person's plan, with its `include-if` and `done-if` evaluated once.
struct Included<'a> {
    step: &'a Step,
    include: Outcome,
    done: Option<Outcome>,
}

impl Included<'_> {
    fn done_truth(&self) -> Option<Truth> {
        self.done.as_ref().map(|o| o.truth)
    }
}

/// What a step's status depends on besides the step itself.
struct StepContext<'a, 'b> {
    blocks: &'a Blocks,
    statuses: &'a HashMap<&'b str, StepStatus>,
    titles: &'a HashMap<&'b str, String>,
    numbers: &'a HashMap<&'b str, usize>,
    implied: &'a HashMap<&'b str, &'b str>,
}

fn step_plan(person: &Person<'_>, this: &Included<'_>, context: &StepContext<'_, '_>) -> StepPlan {
    let StepContext { blocks, statuses, titles, numbers, implied } = context;
    let Included { step, include, done } = this;
    let mut why = Vec::new();
    let mut source_ids = step.fact.sources.clone();
    // Whether this step's English check rests on minimums nobody could confirm.
    let mut english_unconfirmed = false;
    for id in step.done_if.iter().flat_map(Condition::english_requirements) {
        if let Some(e) = person.ruleset.english.get(&id) {
            source_ids.extend(e.fact.sources.iter().cloned());
            for a in e.accepts.iter().filter(|a| a.in_force(person.today)) {
                source_ids.extend(a.fact.sources.iter().cloned());
            }
            english_unconfirmed |= english::decided_by_unconfirmed(person, e);
        }
    }
    let (blocked_by_constraint, maybe_blocked) = blocks.check(&step.needs);
    let blocked_if = step.blocked_if.as_ref().map(|c| person.eval(c));
    // Only steps this one comes after that are actually in the plan count.
    let deps: Vec<(&str, StepStatus)> =
        step.after.iter().filter_map(|a| statuses.get(a.as_str()).map(|s| (a.as_str(), *s))).collect();
    let implied_by = implied.get(step.id.as_str()).filter(|_| done.as_ref().is_none_or(|o| o.truth != Truth::True));
    let status = match &done {
        Some(o) if o.truth == Truth::True => {
            why.extend(o.reasons.iter().cloned());
            StepStatus::Done
        }
        _ if implied_by.is_some() => {
            let later = implied_by.and_then(|id| titles.get(id)).cloned().unwrap_or_default();
            why.push(Reason::new("step-implied-done").with("later", later));
            StepStatus::Done
        }
        Some(o) if o.truth == Truth::Unknown => {
            why.push(Reason::new("step-find-out"));
            why.extend(o.reasons.iter().cloned());
            // Not knowing whether it is done must not hide that it cannot be done now.
            if let Some(reason) = &blocked_by_constraint {
                why.push(Reason::new("step-blocked-if-not-done").with("because", reason.clone()));
            }
            StepStatus::Check
        }
        _ => {
            // Why an English step is not done names each shortfall; for other steps
            // "you have not passed X" only repeats the title.
            if let (Some(o), Some(c)) = (&done, &step.done_if)
                && !c.english_requirements().is_empty()
            {
                why.extend(o.reasons.iter().cloned());
            }
            if let Some(reason) = blocked_by_constraint {
                why.push(Reason::new("step-blocked").with("because", reason));
                StepStatus::Blocked
            } else if blocked_if.as_ref().is_some_and(|o| o.truth == Truth::True) {
                let because = person
                    .opt_text(step.blocked_why.as_ref())
                    .unwrap_or_else(|| person.say(&Reason::new("step-not-open-now")));
                why.push(Reason::new("step-blocked").with("because", because));
                StepStatus::Blocked
            } else if let Some((dep, _)) = deps.iter().find(|(_, s)| *s == StepStatus::Blocked) {
                why.push(Reason::new("step-blocked-until").with("step", titles.get(dep).cloned().unwrap_or_default()));
                StepStatus::Blocked
            } else if deps.iter().all(|(_, s)| *s == StepStatus::Done) {
                StepStatus::Next
            } else {
                let waiting: Vec<String> = deps
                    .iter()
                    .filter(|(_, s)| *s != StepStatus::Done)
                    .map(|(d, _)| match numbers.get(d) {
                        Some(n) => n.to_string(),
                        None => format!("\"{}\"", titles.get(d).cloned().unwrap_or_default()),
                    })
                    .collect();
                let count = u32::try_from(waiting.len()).unwrap_or(u32::MAX);
                why.push(
                    Reason::new("step-after").with("steps", ui::and_list(&waiting, person.lang)).with("count", count),
                );
                StepStatus::Todo
            }
        }
    };
    // A step that may be forbidden (say, paid work with an unknown immigration status) is
    // something to find out first, not a plain next step.
    let status = match (&maybe_blocked, status) {
        (Some(reason), StepStatus::Next | StepStatus::Todo | StepStatus::Check) => {
            why.push(Reason::new("step-check-first").with("because", reason.clone()));
            StepStatus::Check
        }
        (_, status) => status,
    };
    let status = match (blocked_if.as_ref().filter(|o| o.truth == Truth::Unknown), status) {
        (Some(o), StepStatus::Next | StepStatus::Todo | StepStatus::Check) => {
            let because = person
                .opt_text(step.blocked_why.as_ref())
                .unwrap_or_else(|| person.say(&Reason::new("step-may-not-be-open")));
            why.push(
                Reason::new("step-check-first-because")
                    .with("because", because)
                    .with("unknown", ui::clause(&o.reasons, person.lang)),
            );
            StepStatus::Check
        }
        (_, status) => status,
    };
    // A step meant only for some people (say, refugees) is shown, when we do not know whether
    // the person is one of them, as something to find out, never as a plain fact.
    let status = if include.truth == Truth::Unknown && status != StepStatus::Done {
        why.insert(0, Reason::new("step-only-for-some").with("unknown", ui::clause(&include.reasons, person.lang)));
        StepStatus::Check
    } else {
        status
    };
    let cost = cost(person, step);
    dedupe(&mut why);
    StepPlan {
        id: step.id.clone(),
        title: person.text(&step.title),
        detail: person.opt_text(step.detail.as_ref()),
        category: step.category,
        status,
        why: person.sentences(&why),
        reasons: why,
        after: step.after.clone(),
        cost,
        duration: step.duration.map(|d| DurationPlan {
            min: d.min,
            max: d.max,
            unit: d.unit,
            display: duration_display(d.min, d.max, d.unit, person.lang),
        }),
        sources: person.sources(&source_ids),
        // A step marked done against unconfirmed minimums is shown with "check with the
        // regulator", and raised as a warning at the top of the plan.
        unconfirmed: step.fact.unconfirmed || (english_unconfirmed && status == StepStatus::Done),
        // Notes on confirmed facts record sources and conflicts for maintainers.
        note: if step.fact.unconfirmed { person.opt_text(step.fact.note.as_ref()) } else { None },
    }
}

/// "3 months", "2–6 weeks", from the catalogue (plurals per language).
pub fn duration_display(min: u32, max: u32, unit: crate::ruleset::raw::DurationUnit, lang: &str) -> String {
    use crate::ruleset::raw::DurationUnit as U;
    let (one, range) = match unit {
        U::Days => ("duration-days", "duration-range-days"),
        U::Weeks => ("duration-weeks", "duration-range-weeks"),
        U::Months => ("duration-months", "duration-range-months"),
        U::Years => ("duration-years", "duration-range-years"),
    };
    let reason = if min == max {
        Reason::new(one).with("min", min)
    } else {
        Reason::new(range).with("min", min).with("max", max)
    };
    ui::sentence(&reason, lang)
}

/// The first cost in force today whose condition holds.
fn cost(person: &Person<'_>, step: &Step) -> Option<CostPlan> {
    let in_force = |from: Option<Date>, until: Option<Date>| {
        from.is_none_or(|f| f <= person.today) && until.is_none_or(|u| person.today <= u)
    };
    let mut passed_over = Vec::new();
    let c = step.costs.iter().filter(|c| in_force(c.from, c.until)).find(|c| {
        let Some(condition) = &c.condition else { return true };
        let outcome = person.eval(condition);
        let truth = outcome.truth;
        if truth == Truth::Unknown {
            passed_over.push((*c, outcome));
        }
        truth == Truth::True
    })?;
    // Notes are for maintainers: people see that a fee is not confirmed by its marker.
    let mut note: Option<String> = None;
    // A fee that depends on an answer not known yet (a waiver for refugees, say) is named
    // beside the one shown, so "not sure" never hides it.
    for (other, outcome) in &passed_over {
        let line = person.say(
            &Reason::new("cost-may-be-instead")
                .with("amount", person.amount(other.amount_pence, &other.currency))
                .with("label", person.text(&other.label))
                .with("because", ui::clause(&outcome.reasons, person.lang)),
        );
        note = Some(match note {
            Some(n) => format!("{line} {n}"),
            None => line,
        });
    }
    Some(CostPlan {
        label: person.text(&c.label),
        amount_pence: c.amount_pence,
        currency: c.currency.clone(),
        display: person.amount(c.amount_pence, &c.currency),
        from: c.from.map(|d| d.to_string()),
        until: c.until.map(|d| d.to_string()),
        unconfirmed: c.fact.unconfirmed,
        note,
        conditional: !passed_over.is_empty(),
        alternatives: passed_over
            .iter()
            .map(|(o, _)| CostAlternative {
                label: person.text(&o.label),
                amount_pence: o.amount_pence,
                currency: o.currency.clone(),
                help: o.help,
            })
            .collect(),
        help: c.help,
        sources: person.sources(&c.fact.sources),
    })
}

/// Drops repeated reasons, keeping the first of each.
fn dedupe(reasons: &mut Vec<Reason>) {
    let mut seen: Vec<Reason> = Vec::new();
    reasons.retain(|r| {
        let new = !seen.contains(r);
        if new {
            seen.push(r.clone());
        }
        new
    });
}

/// "£268", "£24.70", "$125", "free".
pub fn money(pence: i64, currency: &str, lang: &str) -> String {
    if pence == 0 { ui::word("amount-free", lang).to_owned() } else { ui::money(pence, currency, lang) }
}

fn roles(person: &Person<'_>, profession: Option<&str>, blocks: &Blocks) -> Vec<RolePlan> {
    let mut out: Vec<RolePlan> = person
        .ruleset
        .roles
        .iter()
        .filter(|r| r.professions.is_empty() || profession.is_some_and(|p| r.professions.iter().any(|x| x == p)))
        .map(|role| {
            let req = requirements(person, &role.requires);
            let (blocked, maybe) = blocks.check(&role.needs);
            let why = req.why;
            let mut why_not = req.why_not;
            if let Some(b) = &blocked {
                why_not.push(Reason::rule_text(b.clone()));
            } else if let Some(m) = &maybe {
                why_not.push(Reason::new("not-sure-yet").with("text", m.clone()));
            }
            let open = req.truth == Truth::True && blocked.is_none() && maybe.is_none();
            let status = if open {
                RoleStatus::Open
            } else if req.truth == Truth::False || blocked.is_some() {
                RoleStatus::NotOpen
            } else {
                RoleStatus::Check
            };
            RolePlan {
                id: role.id.clone(),
                title: person.text(&role.title),
                open,
                status,
                summary: person.opt_text(role.summary.as_ref()),
                band: person.opt_text(role.band.as_ref()),
                why: person.sentences(&why),
                why_not: person.sentences(&why_not),
                reasons: why,
                reasons_not: why_not,
                sources: person.sources(&role.fact.sources),
                unconfirmed: role.fact.unconfirmed,
            }
        })
        .collect();
    // Open roles first, then those to check; otherwise file order.
    out.sort_by_key(|r| match r.status {
        RoleStatus::Open => 0,
        RoleStatus::Check => 1,
        RoleStatus::NotOpen => 2,
    });
    out
}

fn support(person: &Person<'_>, profession: Option<&str>) -> Vec<SupportPlan> {
    let region = choice(person.answers, "region");
    person
        .ruleset
        .support
        .iter()
        .filter(|s| s.regions.is_empty() || region.is_some_and(|r| s.regions.iter().any(|x| x == r)))
        .filter(|s| s.professions.is_empty() || profession.is_some_and(|p| s.professions.iter().any(|x| x == p)))
        .filter(|s| s.condition.as_ref().is_none_or(|c| person.eval(c).truth != Truth::False))
        .map(|s| {
            let mut why = Vec::new();
            if let Some(r) = region.filter(|_| !s.regions.is_empty()) {
                let region = display_answer(person.ruleset, "region", &Answer::Choice(r.to_owned()), person.lang);
                why.push(person.say(&Reason::new("support-region").with("region", region)));
            }
            if let Some(p) = profession.filter(|_| !s.professions.is_empty()) {
                let name = person
                    .ruleset
                    .professions
                    .get(p)
                    .map_or_else(|| p.to_owned(), |x| x.name.get(person.lang).to_lowercase());
                why.push(person.say(&Reason::new("support-profession").with("profession", name)));
            }
            let mut conditional = false;
            if let Some(c) = &s.condition {
                let outcome = person.eval(c);
                conditional = outcome.truth == Truth::Unknown;
                if conditional {
                    let because = ui::clause(&outcome.reasons, person.lang);
                    why.push(person.say(&Reason::new("support-may-help").with("because", because)));
                } else {
                    why.extend(person.sentences(&outcome.reasons));
                }
            }
            SupportPlan {
                id: s.id.clone(),
                name: person.text(&s.name),
                url: s.url.clone(),
                summary: person.opt_text(s.summary.as_ref()),
                why,
                conditional,
                sources: person.sources(&s.fact.sources),
                unconfirmed: s.fact.unconfirmed,
            }
        })
        .collect()
}

/// Glossary entries for the terms that appear as whole words in the plan's own text.
fn glossary(ruleset: &Ruleset, plan: &Plan, lang: &str) -> Vec<TermPlan> {
    // Every text a person reads in the plan: a term used anywhere gets its entry.
    let mut texts: Vec<&str> = Vec::new();
    for r in &plan.routes {
        texts.extend([r.title.as_str(), r.summary.as_deref().unwrap_or(""), r.meanwhile.as_deref().unwrap_or("")]);
        texts.extend(r.why.iter().chain(&r.why_not).map(String::as_str));
        for s in &r.steps {
            texts.extend([s.title.as_str(), s.detail.as_deref().unwrap_or("")]);
            texts.extend(s.why.iter().map(String::as_str));
            if let Some(c) = &s.cost {
                texts.extend([c.label.as_str(), c.note.as_deref().unwrap_or("")]);
            }
        }
    }
    for r in &plan.roles {
        texts.extend([r.title.as_str(), r.band.as_deref().unwrap_or("")]);
        texts.extend(r.why.iter().chain(&r.why_not).map(String::as_str));
    }
    for o in &plan.support {
        texts.extend([o.name.as_str(), o.summary.as_deref().unwrap_or("")]);
        texts.extend(o.why.iter().map(String::as_str));
    }
    texts.extend(plan.warnings.iter().map(|w| w.text.as_str()));
    texts.push(&plan.disclaimer);
    let mut words = crate::text::WordSet::of(&texts.join("\n"));
    let mut chosen: Vec<&crate::ruleset::Term> = Vec::new();
    let mut chosen_terms: HashSet<&str> = HashSet::new();
    // The entries shown may use terms of their own: add those too, until none is new.
    loop {
        let new: Vec<&crate::ruleset::Term> =
            ruleset.terms.iter().filter(|t| !chosen_terms.contains(t.term.as_str()) && words.has(&t.term)).collect();
        if new.is_empty() {
            break;
        }
        for t in &new {
            chosen_terms.insert(&t.term);
            words.add(t.text.get(lang));
        }
        chosen.extend(new);
    }
    let mut out: Vec<TermPlan> =
        chosen.iter().map(|t| TermPlan { term: t.term.clone(), text: t.text.get(lang).to_owned() }).collect();
    out.sort_by_key(|a| a.term.to_lowercase());
    out.dedup_by(|a, b| a.term == b.term);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats_pounds_pence_and_free() {
        assert_eq!(money(26800, "GBP", "en"), "£268");
        assert_eq!(money(2470, "GBP", "en"), "£24.70");
        assert_eq!(money(123_456_700, "GBP", "en"), "£1,234,567");
        assert_eq!(money(-123_456_700, "GBP", "en"), "-£1,234,567");
        assert_eq!(money(0, "GBP", "en"), "free");
        assert_eq!(money(12500, "USD", "en"), "$125");
        assert_eq!(money(500, "XYZ", "en"), "5 XYZ");
    }

    #[test]
    fn whole_words_only_in_glossary_matching() {
        assert!(crate::text::contains_word("Pass PLAB 1", "PLAB"));
        assert!(!crate::text::contains_word("PLABS", "PLAB"));
        assert!(crate::text::contains_word("(CBT)", "CBT"));
    }
}
