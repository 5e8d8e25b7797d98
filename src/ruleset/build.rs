//! Turns a lint-clean raw ruleset into the checked model. Lints have already reported every
//! problem; anything that still fails here becomes an `internal-error` diagnostic, not a panic.

use super::load::{Item, RawRuleset};
use super::raw::{Category, RawAccepts, RawRequirement, RawScore, RawText};
use super::{
    Accepts, Constraint, Cost, Duration, English, Fact, Meta, Profession, Question, QuestionOption, Regulator,
    Requirement, Role, Route, Ruleset, Score, Source, Step, Support, Term, Warning,
};
use crate::condition::{Condition, Vocabulary};
use crate::diagnostic::{Code, Diagnostic, FileId};
use crate::text::Text;
use std::collections::{BTreeMap, HashMap};
use toml::Spanned;

struct Builder {
    vocabulary: Vocabulary,
    problems: Vec<Diagnostic>,
    file: FileId,
}

impl Builder {
    fn condition(&mut self, source: &Spanned<String>) -> Condition {
        match Condition::compile(source.get_ref(), &self.vocabulary) {
            Ok(c) => c,
            Err(errors) => {
                for e in errors {
                    self.problems.push(Diagnostic::error(Code::InternalError, self.file, source.span(), e.message));
                }
                Condition::constant(false)
            }
        }
    }

    fn optional(&mut self, source: Option<&Spanned<String>>) -> Option<Condition> {
        source.map(|s| self.condition(s))
    }

    fn requirement(&mut self, r: &RawRequirement) -> Requirement {
        Requirement { condition: self.condition(&r.condition), why: text(&r.why), why_not: text(&r.why_not) }
    }
}

/// A text from its raw form; lints guarantee `en`, so a missing one is only a fallback.
/// A text as written, with or without its span.
pub(super) trait AsRawText {
    fn raw(&self) -> &RawText;
}

impl AsRawText for RawText {
    fn raw(&self) -> &RawText {
        self
    }
}

impl AsRawText for Spanned<RawText> {
    fn raw(&self) -> &RawText {
        self.get_ref()
    }
}

pub(super) fn text(raw: &impl AsRawText) -> Text {
    match raw.raw() {
        RawText::Plain(s) => Text::en(s.to_string()),
        RawText::Locales(map) => Text::from_locales(map.clone())
            .unwrap_or_else(|| Text::en(map.values().next().cloned().unwrap_or_default())),
    }
}

fn opt_text<T: AsRawText>(raw: Option<&T>) -> Option<Text> {
    raw.map(|t| text(t))
}

fn ids(list: &[Spanned<String>]) -> Vec<String> {
    list.iter().map(|s| s.get_ref().clone()).collect()
}

fn fact<T: AsRawText>(sources: &[Spanned<String>], unconfirmed: bool, note: Option<&T>) -> Fact {
    Fact { sources: ids(sources), unconfirmed, note: opt_text(note) }
}

fn score(raw: Option<&Spanned<RawScore>>) -> Option<Score> {
    raw.map(|s| match s.get_ref() {
        RawScore::Band(b) => Score::Band(*b),
        RawScore::Grade(g) => Score::Grade(g.clone()),
    })
}

fn accepts(a: &RawAccepts, english_sources: &[Spanned<String>]) -> Accepts {
    let part = |p: Option<&Spanned<RawScore>>| score(p).or_else(|| score(a.each.as_ref()));
    let sources = if a.sources.is_empty() { english_sources } else { &a.sources };
    Accepts {
        test: *a.test.get_ref(),
        overall: score(a.overall.as_ref()),
        parts: [
            part(a.listening.as_ref()),
            part(a.reading.as_ref()),
            part(a.writing.as_ref()),
            part(a.speaking.as_ref()),
        ],
        sitting: a.sitting,
        from: a.from.map(|d| d.0),
        until: a.until.map(|d| d.0),
        fact: fact(sources, a.unconfirmed, a.note.as_ref().map(|n| RawText::Plain(n.clone().into())).as_ref()),
    }
}

/// Builds the vocabulary conditions are checked against.
pub(crate) fn vocabulary(raw: &RawRuleset) -> Vocabulary {
    let mut v = Vocabulary::default();
    for q in &raw.questions {
        let options = q.value.options.iter().map(|o| o.value.get_ref().clone()).collect();
        v.questions.entry(q.value.id.get_ref().clone()).or_insert((q.value.kind, options));
    }
    for e in &raw.english {
        v.english.insert(e.value.id.get_ref().clone());
    }
    v
}

pub fn build(raw: &RawRuleset, hash: String) -> Result<Ruleset, Vec<Diagnostic>> {
    let Some(Item { value: m, file, span }) = raw.meta.first() else {
        return Err(vec![]);
    };
    let mut b = Builder { vocabulary: vocabulary(raw), problems: Vec::new(), file: *file };
    let meta = Meta {
        name: m.name.clone(),
        version: m.version.get_ref().clone(),
        schema_version: *m.schema_version.get_ref(),
        published: m.published.0,
        fresh_days: m.fresh_days,
        locales: ids(&m.locales),
        disclaimer: text(&m.disclaimer),
    };
    let _ = span;

    let mut questions = Vec::new();
    for Item { value: q, file, .. } in &raw.questions {
        b.file = *file;
        questions.push(Question {
            id: q.id.get_ref().clone(),
            kind: q.kind,
            label: text(&q.label),
            prompt: text(&q.prompt),
            help: opt_text(q.help.as_ref()),
            ask_if: b.optional(q.ask_if.as_ref()),
            not_sure: q.not_sure,
            options: q
                .options
                .iter()
                .map(|o| QuestionOption {
                    value: o.value.get_ref().clone(),
                    label: text(&o.label),
                    show_if: b.optional(o.show_if.as_ref()),
                })
                .collect(),
            min: q.min,
            max: q.max,
            step: q.step,
            not_future: q.not_future,
            key: q.key,
        });
    }
    let question_index = questions.iter().enumerate().map(|(i, q)| (q.id.clone(), i)).collect();

    let sources: BTreeMap<String, Source> = raw
        .sources
        .iter()
        .map(|Item { value: s, .. }| {
            (
                s.id.get_ref().clone(),
                Source {
                    id: s.id.get_ref().clone(),
                    title: s.title.clone(),
                    url: s.url.get_ref().clone(),
                    publisher: s.publisher.clone(),
                    verified: s.verified.get_ref().0,
                    page_date: s.page_date.map(|d| d.0),
                    official: s.official,
                },
            )
        })
        .collect();

    let regulators = raw
        .regulators
        .iter()
        .map(|Item { value: r, .. }| {
            (r.id.get_ref().clone(), Regulator { id: r.id.get_ref().clone(), name: text(&r.name), url: r.url.clone() })
        })
        .collect();
    let professions = raw
        .professions
        .iter()
        .map(|Item { value: p, .. }| {
            (
                p.id.get_ref().clone(),
                Profession {
                    id: p.id.get_ref().clone(),
                    name: text(&p.name),
                    regulator: p.regulator.get_ref().clone(),
                    regulator_by_region: p
                        .regulator_by_region
                        .iter()
                        .map(|(region, id)| (region.clone(), id.get_ref().clone()))
                        .collect(),
                },
            )
        })
        .collect();
    let english = raw
        .english
        .iter()
        .map(|Item { value: e, .. }| {
            (
                e.id.get_ref().clone(),
                English {
                    id: e.id.get_ref().clone(),
                    regulator: e.regulator.get_ref().clone(),
                    title: text(&e.title),
                    valid_months: e.valid_months,
                    validity_unconfirmed: e.validity_unconfirmed,
                    fact: fact(&e.sources, e.unconfirmed, e.note.as_ref()),
                    accepts: e.accepts.iter().map(|a| accepts(a.get_ref(), &e.sources)).collect(),
                },
            )
        })
        .collect();

    let mut routes = Vec::new();
    for Item { value: r, file, .. } in &raw.routes {
        b.file = *file;
        let requires = r.requires.iter().map(|x| b.requirement(x)).collect();
        let mut steps = Vec::new();
        for s in &r.step {
            let s = s.get_ref();
            let costs = s
                .cost
                .iter()
                .map(|c| {
                    let c = c.get_ref();
                    Cost {
                        label: text(&c.label),
                        amount_pence: *c.amount_pence.get_ref(),
                        currency: c.currency.get_ref().clone(),
                        condition: b.optional(c.condition.as_ref()),
                        from: c.from.map(|d| d.0),
                        until: c.until.map(|d| d.0),
                        fact: fact(
                            if c.sources.is_empty() { &s.sources } else { &c.sources },
                            c.unconfirmed,
                            c.note.as_ref(),
                        ),
                        help: c.help,
                    }
                })
                .collect();
            steps.push(Step {
                id: s.id.get_ref().clone(),
                title: text(&s.title),
                detail: opt_text(s.detail.as_ref()),
                more: opt_text(s.more.as_ref()),
                category: s.category.unwrap_or(Category::Other),
                after: ids(&s.after),
                include_if: b.optional(s.include_if.as_ref()),
                done_if: b.optional(s.done_if.as_ref()),
                blocked_if: b.optional(s.blocked_if.as_ref()),
                blocked_why: opt_text(s.blocked_why.as_ref()),
                needs: ids(&s.needs),
                duration: s.duration.as_ref().map(|d| Duration { min: d.min, max: d.max, unit: d.unit }),
                fact: fact(&s.sources, s.unconfirmed, s.note.as_ref()),
                costs,
            });
        }
        routes.push(Route {
            id: r.id.get_ref().clone(),
            regulator: r.regulator.get_ref().clone(),
            professions: ids(&r.professions),
            title: text(&r.title),
            summary: opt_text(r.summary.as_ref()),
            more: opt_text(r.more.as_ref()),
            rank: r.rank,
            meanwhile: opt_text(r.meanwhile.as_ref()),
            fact: fact(&r.sources, r.unconfirmed, r.note.as_ref()),
            requires,
            steps: dependency_order(steps),
        });
    }

    let mut constraints = Vec::new();
    for Item { value: c, file, .. } in &raw.constraints {
        b.file = *file;
        constraints.push(Constraint {
            id: c.id.get_ref().clone(),
            title: text(&c.title),
            condition: b.condition(&c.condition),
            blocks: ids(&c.blocks),
            why: text(&c.why),
            fact: fact(&c.sources, c.unconfirmed, c.note.as_ref()),
        });
    }
    let mut roles = Vec::new();
    for Item { value: r, file, .. } in &raw.roles {
        b.file = *file;
        roles.push(Role {
            id: r.id.get_ref().clone(),
            title: text(&r.title),
            summary: opt_text(r.summary.as_ref()),
            more: opt_text(r.more.as_ref()),
            band: opt_text(r.band.as_ref()),
            professions: ids(&r.professions),
            needs: ids(&r.needs),
            requires: r.requires.iter().map(|x| b.requirement(x)).collect(),
            fact: fact(&r.sources, r.unconfirmed, r.note.as_ref()),
        });
    }
    let mut support = Vec::new();
    for Item { value: s, file, .. } in &raw.support {
        b.file = *file;
        support.push(Support {
            id: s.id.get_ref().clone(),
            name: text(&s.name),
            url: s.url.clone(),
            summary: opt_text(s.summary.as_ref()),
            more: opt_text(s.more.as_ref()),
            regions: ids(&s.regions),
            professions: ids(&s.professions),
            condition: b.optional(s.condition.as_ref()),
            fact: fact(&s.sources, s.unconfirmed, s.note.as_ref()),
        });
    }
    let mut warnings = Vec::new();
    for Item { value: w, file, .. } in &raw.warnings {
        b.file = *file;
        warnings.push(Warning {
            id: w.id.get_ref().clone(),
            condition: b.condition(&w.condition),
            text: text(&w.text),
            more: opt_text(w.more.as_ref()),
            help: w.help,
            fact: fact(&w.sources, w.unconfirmed, w.note.as_ref()),
        });
    }
    let terms = raw
        .terms
        .iter()
        .map(|Item { value: t, .. }| Term {
            id: t.id.get_ref().clone(),
            term: t.term.clone(),
            text: text(&t.text),
            more: t.more.as_ref().map(text),
        })
        .collect();

    if !b.problems.is_empty() {
        return Err(b.problems);
    }
    Ok(Ruleset {
        meta,
        questions,
        question_index,
        sources,
        regulators,
        professions,
        english,
        routes,
        constraints,
        roles,
        support,
        warnings,
        terms,
        translations: raw.translations.clone(),
        hash,
    })
}

/// Orders steps so each comes after the steps it names in `after`, keeping file order
/// wherever the dependencies allow (Kahn's algorithm, always taking the earliest ready step).
/// Cycles are reported by the `dependency-cycle` lint; here any leftover keeps file order.
pub(crate) fn dependency_order(steps: Vec<Step>) -> Vec<Step> {
    let index: HashMap<&str, usize> = steps.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let n = steps.len();
    let mut waiting: Vec<usize> =
        steps.iter().map(|s| s.after.iter().filter(|a| index.contains_key(a.as_str())).count()).collect();
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, s) in steps.iter().enumerate() {
        for a in &s.after {
            if let Some(&j) = index.get(a.as_str()) {
                dependents[j].push(i);
            }
        }
    }
    let mut placed = vec![false; n];
    let mut order = Vec::with_capacity(n);
    while order.len() < n {
        let next = (0..n).find(|&i| !placed[i] && waiting[i] == 0).or_else(|| (0..n).find(|&i| !placed[i]));
        let Some(i) = next else { break };
        placed[i] = true;
        order.push(i);
        for &d in &dependents[i] {
            waiting[d] = waiting[d].saturating_sub(1);
        }
    }
    let mut slots: Vec<Option<Step>> = steps.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}
