//! Walks a raw ruleset for the things several lints look at: every condition, every source
//! reference, every text.

use crate::diagnostic::FileId;
use crate::ruleset::RawRuleset;
use crate::ruleset::raw::RawText;
use std::ops::Range;
use toml::Spanned;

/// Every condition string, with its file.
pub(super) fn conditions(raw: &RawRuleset) -> Vec<(FileId, &Spanned<String>)> {
    let mut out = Vec::new();
    for q in &raw.questions {
        out.extend(q.value.ask_if.iter().map(|c| (q.file, c)));
        out.extend(q.value.options.iter().filter_map(|o| o.show_if.as_ref()).map(|c| (q.file, c)));
    }
    for r in &raw.routes {
        out.extend(r.value.requires.iter().map(|x| (r.file, &x.condition)));
        for s in &r.value.step {
            let s = s.get_ref();
            for c in [&s.include_if, &s.done_if, &s.blocked_if].into_iter().flatten() {
                out.push((r.file, c));
            }
            out.extend(s.cost.iter().filter_map(|c| c.get_ref().condition.as_ref()).map(|c| (r.file, c)));
        }
    }
    out.extend(raw.constraints.iter().map(|c| (c.file, &c.value.condition)));
    for r in &raw.roles {
        out.extend(r.value.requires.iter().map(|x| (r.file, &x.condition)));
    }
    for s in &raw.support {
        out.extend(s.value.condition.iter().map(|c| (s.file, c)));
    }
    out.extend(raw.warnings.iter().map(|w| (w.file, &w.value.condition)));
    out
}

/// A fact: where it is, what kind it is, the source ids it cites, and whether it is marked
/// unconfirmed.
pub(super) struct FactRef<'a> {
    pub file: FileId,
    pub span: Range<usize>,
    pub what: String,
    pub sources: &'a [Spanned<String>],
    pub unconfirmed: bool,
    /// The last day a dated fact (a cost) applies.
    pub until: Option<jiff::civil::Date>,
}

/// Every fact that must cite a source, costs included.
pub(super) fn facts(raw: &RawRuleset) -> Vec<FactRef<'_>> {
    let mut out = Vec::new();
    let mut dated = |file, span: Range<usize>, what: String, sources, unconfirmed, until| {
        out.push(FactRef { file, span, what, sources, unconfirmed, until });
    };
    for e in &raw.english {
        let id = e.value.id.get_ref();
        dated(
            e.file,
            e.value.id.span(),
            format!("English requirement `{id}`"),
            &e.value.sources[..],
            e.value.unconfirmed,
            None,
        );
    }
    for r in &raw.routes {
        let route = r.value.id.get_ref();
        dated(r.file, r.value.id.span(), format!("route `{route}`"), &r.value.sources[..], r.value.unconfirmed, None);
        for s in &r.value.step {
            let s = s.get_ref();
            let step = s.id.get_ref();
            dated(r.file, s.id.span(), format!("step `{route}.{step}`"), &s.sources[..], s.unconfirmed, None);
            for c in &s.cost {
                let c = c.get_ref();
                let what = format!("a cost of step `{route}.{step}`");
                dated(r.file, c.label.span(), what, &c.sources[..], c.unconfirmed, c.until.as_ref().map(|d| d.0));
            }
        }
    }
    for c in &raw.constraints {
        let id = c.value.id.get_ref();
        dated(c.file, c.value.id.span(), format!("constraint `{id}`"), &c.value.sources[..], c.value.unconfirmed, None);
    }
    for r in &raw.roles {
        dated(
            r.file,
            r.value.id.span(),
            format!("role `{}`", r.value.id.get_ref()),
            &r.value.sources[..],
            r.value.unconfirmed,
            None,
        );
    }
    for s in &raw.support {
        let id = s.value.id.get_ref();
        dated(
            s.file,
            s.value.id.span(),
            format!("organisation `{id}`"),
            &s.value.sources[..],
            s.value.unconfirmed,
            None,
        );
    }
    for w in &raw.warnings {
        dated(
            w.file,
            w.value.id.span(),
            format!("warning `{}`", w.value.id.get_ref()),
            &w.value.sources[..],
            w.value.unconfirmed,
            None,
        );
    }
    out
}

/// Every source reference that is not a fact's own citation: those of accepted English tests,
/// regulators, professions and glossary terms.
pub(super) fn other_source_refs(raw: &RawRuleset) -> Vec<(FileId, &Spanned<String>)> {
    let mut out = Vec::new();
    for e in &raw.english {
        for a in &e.value.accepts {
            out.extend(a.get_ref().sources.iter().map(|s| (e.file, s)));
        }
    }
    for x in &raw.regulators {
        out.extend(x.value.sources.iter().map(|s| (x.file, s)));
    }
    for x in &raw.professions {
        out.extend(x.value.sources.iter().map(|s| (x.file, s)));
    }
    for x in &raw.terms {
        out.extend(x.value.sources.iter().map(|s| (x.file, s)));
    }
    out
}

/// Every id of a rule, with the kind of rule it names.
pub(super) fn ids(raw: &RawRuleset) -> Vec<(&'static str, FileId, &Spanned<String>)> {
    let mut out = Vec::new();
    macro_rules! kind {
        ($name:expr, $items:expr) => {
            out.extend($items.iter().map(|x| ($name, x.file, &x.value.id)));
        };
    }
    kind!("question", raw.questions);
    kind!("source", raw.sources);
    kind!("regulator", raw.regulators);
    kind!("profession", raw.professions);
    kind!("English requirement", raw.english);
    kind!("route", raw.routes);
    kind!("constraint", raw.constraints);
    kind!("role", raw.roles);
    kind!("organisation", raw.support);
    kind!("warning", raw.warnings);
    kind!("term", raw.terms);
    out
}

/// Every reference to a regulator: of routes, English requirements and professions.
pub(super) fn regulator_refs(raw: &RawRuleset) -> Vec<(FileId, &Spanned<String>)> {
    raw.routes
        .iter()
        .map(|r| (r.file, &r.value.regulator))
        .chain(raw.english.iter().map(|e| (e.file, &e.value.regulator)))
        .chain(raw.professions.iter().map(|p| (p.file, &p.value.regulator)))
        .chain(raw.professions.iter().flat_map(|p| p.value.regulator_by_region.values().map(|r| (p.file, r))))
        .collect()
}

/// Every profession named: by routes, roles and organisations, and each `[[profession]]`'s id.
pub(super) fn profession_refs(raw: &RawRuleset) -> Vec<(FileId, &Spanned<String>)> {
    raw.routes
        .iter()
        .flat_map(|r| r.value.professions.iter().map(move |p| (r.file, p)))
        .chain(raw.roles.iter().flat_map(|r| r.value.professions.iter().map(move |p| (r.file, p))))
        .chain(raw.support.iter().flat_map(|r| r.value.professions.iter().map(move |p| (r.file, p))))
        .chain(raw.professions.iter().map(|p| (p.file, &p.value.id)))
        .collect()
}

/// Every activity steps and roles `needs`.
pub(super) fn needs(raw: &RawRuleset) -> Vec<(FileId, &Spanned<String>)> {
    let mut out = Vec::new();
    for r in &raw.routes {
        for s in &r.value.step {
            out.extend(s.get_ref().needs.iter().map(|n| (r.file, n)));
        }
    }
    for r in &raw.roles {
        out.extend(r.value.needs.iter().map(|n| (r.file, n)));
    }
    out
}

/// A user-facing text: where its table is, which field, and the text.
#[derive(Clone)]
pub(crate) struct TextRef<'a> {
    pub file: FileId,
    pub span: Range<usize>,
    pub field: &'static str,
    pub text: &'a RawText,
}

/// Whether a participant reads the text: all but maintainers' notes and proper names.
pub(super) fn read_by_people(t: &TextRef<'_>) -> bool {
    !matches!(t.field, "note" | "name")
}

/// Every user-facing text, with its own span.
pub(super) fn texts<'r>(raw: &'r RawRuleset) -> Vec<TextRef<'r>> {
    let mut out = Vec::new();
    let mut add = |file, field, text: Option<&'r Spanned<RawText>>| {
        if let Some(text) = text {
            out.push(TextRef { file, span: text.span(), field, text: text.get_ref() });
        }
    };
    for m in &raw.meta {
        add(m.file, "disclaimer", Some(&m.value.disclaimer));
    }
    for q in &raw.questions {
        add(q.file, "label", Some(&q.value.label));
        add(q.file, "prompt", Some(&q.value.prompt));
        add(q.file, "help", q.value.help.as_ref());
        for o in &q.value.options {
            add(q.file, "label", Some(&o.label));
        }
    }
    for r in &raw.regulators {
        add(r.file, "name", Some(&r.value.name));
    }
    for p in &raw.professions {
        add(p.file, "name", Some(&p.value.name));
    }
    for e in &raw.english {
        add(e.file, "title", Some(&e.value.title));
        add(e.file, "note", e.value.note.as_ref());
    }
    for r in &raw.routes {
        add(r.file, "title", Some(&r.value.title));
        add(r.file, "summary", r.value.summary.as_ref());
        add(r.file, "more", r.value.more.as_ref());
        add(r.file, "meanwhile", r.value.meanwhile.as_ref());
        add(r.file, "note", r.value.note.as_ref());
        for x in &r.value.requires {
            add(r.file, "why", Some(&x.why));
            add(r.file, "why-not", Some(&x.why_not));
        }
        for s in &r.value.step {
            let s = s.get_ref();
            add(r.file, "title", Some(&s.title));
            add(r.file, "detail", s.detail.as_ref());
            add(r.file, "more", s.more.as_ref());
            add(r.file, "blocked-why", s.blocked_why.as_ref());
            add(r.file, "note", s.note.as_ref());
            for c in &s.cost {
                add(r.file, "label", Some(&c.get_ref().label));
                add(r.file, "note", c.get_ref().note.as_ref());
            }
        }
    }
    for c in &raw.constraints {
        add(c.file, "title", Some(&c.value.title));
        add(c.file, "why", Some(&c.value.why));
        add(c.file, "note", c.value.note.as_ref());
    }
    for r in &raw.roles {
        add(r.file, "title", Some(&r.value.title));
        add(r.file, "summary", r.value.summary.as_ref());
        add(r.file, "more", r.value.more.as_ref());
        add(r.file, "band", r.value.band.as_ref());
        add(r.file, "note", r.value.note.as_ref());
        for x in &r.value.requires {
            add(r.file, "why", Some(&x.why));
            add(r.file, "why-not", Some(&x.why_not));
        }
    }
    for s in &raw.support {
        add(s.file, "name", Some(&s.value.name));
        add(s.file, "summary", s.value.summary.as_ref());
        add(s.file, "more", s.value.more.as_ref());
        add(s.file, "note", s.value.note.as_ref());
    }
    for w in &raw.warnings {
        add(w.file, "text", Some(&w.value.text));
        add(w.file, "more", w.value.more.as_ref());
        add(w.file, "note", w.value.note.as_ref());
    }
    for t in &raw.terms {
        add(t.file, "text", Some(&t.value.text));
        add(t.file, "more", t.value.more.as_ref());
    }
    out
}

/// Where `needle` first appears as a whole word inside a span of a file (for pointing at one
/// word of a text; "GP" is not found inside "GPhC"); the whole span when it is not there.
pub(super) fn locate(
    sources: &crate::diagnostic::SourceMap,
    file: FileId,
    span: &Range<usize>,
    needle: &str,
) -> Range<usize> {
    let text = &sources.get(file).text;
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.get(span.clone())
        .and_then(|inside| {
            inside.match_indices(needle).map(|(i, _)| i).find(|&i| {
                !word_char(inside[..i].chars().next_back()) && !word_char(inside[i + needle.len()..].chars().next())
            })
        })
        .map_or_else(|| span.clone(), |i| span.start + i..span.start + i + needle.len())
}

/// Every step, with its file.
pub(super) fn steps(raw: &RawRuleset) -> impl Iterator<Item = (FileId, &Spanned<crate::ruleset::raw::RawStep>)> {
    raw.routes.iter().flat_map(|r| r.value.step.iter().map(move |s| (r.file, s)))
}

/// Every cost of every step, with its file.
pub(super) fn costs(raw: &RawRuleset) -> impl Iterator<Item = (FileId, &Spanned<crate::ruleset::raw::RawCost>)> {
    steps(raw).flat_map(|(file, s)| s.get_ref().cost.iter().map(move |c| (file, c)))
}

/// Every accepted English test, with its file.
pub(super) fn accepts(raw: &RawRuleset) -> impl Iterator<Item = (FileId, &Spanned<crate::ruleset::raw::RawAccepts>)> {
    raw.english.iter().flat_map(|e| e.value.accepts.iter().map(move |a| (e.file, a)))
}
