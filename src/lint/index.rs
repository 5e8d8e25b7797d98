//! What the lints that look across files need from each file, gathered as the file is read and
//! kept small (names are places in the file's text, not copies), so that a large ruleset's
//! tables need never all be held at once.

use super::walk::{self, TextRef};
use crate::diagnostic::FileId;
use crate::ruleset::RawRuleset;
use crate::ruleset::raw::RawText;
use std::ops::Range;
use std::sync::Arc;
use toml::Spanned;

/// A name written in a file (an id, or a reference to one), as a lint sees it.
#[derive(Clone, Copy)]
pub struct Named<'a> {
    pub file: FileId,
    start: u32,
    end: u32,
    text: &'a str,
}

impl<'a> Named<'a> {
    pub fn as_str(self) -> &'a str {
        self.text
    }

    /// Where it is written, quotes included.
    pub fn span(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Where a name is written in its file, quotes included; and its own copy (a number in
/// [`FileIndex::spelled`]) when the file spells it with escapes.
#[derive(Clone, Copy)]
struct Name {
    start: u32,
    end: u32,
    own: u32,
}

/// `Name::own` of a name the file writes as it reads.
const WRITTEN: u32 = u32::MAX;

/// A place in a file: a span kept in half the room.
#[derive(Clone, Copy)]
struct Place(u32, u32);

impl Place {
    fn of(span: &Range<usize>) -> Place {
        Place(offset(span.start), offset(span.end))
    }

    fn span(self) -> Range<usize> {
        self.0 as usize..self.1 as usize
    }
}

/// An offset in a rule file (never larger than 4 MB) or a number in a file's lists.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A `[[source]]`, without its title and note.
struct SourceRecord {
    id: Name,
    verified: jiff::civil::Date,
    verified_at: Place,
    page_date: Option<jiff::civil::Date>,
    official: bool,
    url: Name,
    /// A number in [`FileIndex::publishers`].
    publisher: u32,
}

/// A `[[source]]` as a lint sees it.
pub struct Source<'a> {
    pub file: FileId,
    pub id: Named<'a>,
    pub verified: jiff::civil::Date,
    pub verified_span: Range<usize>,
    pub page_date: Option<jiff::civil::Date>,
    pub official: bool,
    pub url: Named<'a>,
    pub publisher: &'a str,
}

/// A fact in force on the day lint judges by, with the sources it cites.
struct FactRecord {
    at: Place,
    what: Box<str>,
    /// Its citations: a range of [`FileIndex::source_refs`].
    sources: Range<u32>,
}

/// A fact as a lint sees it.
pub struct Fact<'a> {
    pub file: FileId,
    pub span: Range<usize>,
    pub what: &'a str,
    pub cited: Vec<Named<'a>>,
}

/// A text a plan shows that translations can fill, with the languages it has.
struct TranslatableText {
    at: Place,
    field: &'static str,
    /// A number in [`FileIndex::language_sets`].
    languages: u32,
}

/// A text translations fill, as a lint sees it.
pub struct Translatable<'a> {
    pub file: FileId,
    pub span: Range<usize>,
    pub field: &'static str,
    /// The languages it is written in, sorted.
    pub languages: &'a [String],
}

/// A word of capitals (an acronym), first used in its file in the text at `text_span`.
pub struct AcronymUse {
    pub word: Box<str>,
    pub file: FileId,
    pub text_span: Range<usize>,
    pub field: &'static str,
}

/// A `{placeholder}` in the text at `text_span`.
pub struct PlaceholderUse {
    pub file: FileId,
    pub text_span: Range<usize>,
    pub field: &'static str,
    /// What is inside the braces.
    pub body: Box<str>,
}

/// What every file gave the lints across files, file by file in file order (so no file's part
/// is ever copied to join it to the others).
#[derive(Default)]
pub struct Index {
    /// The few tables that name what the others use, in full: `[ruleset]`, questions,
    /// publishers, regulators, professions and English requirements; with the broken ids, the
    /// skipped-file flags and the `[lints]` tables of every file. Its other tables are empty.
    pub small: RawRuleset,
    files: Vec<FileIndex>,
}

/// What one file gave the lints across files.
pub struct FileIndex {
    file: FileId,
    text: Arc<str>,
    /// The few tables that name what the others use (see [`Index::small`]), when the file
    /// has any (boxed: most files have none).
    small: Option<Box<RawRuleset>>,
    /// Names the file spells with escapes, decoded.
    spelled: Vec<Box<str>>,
    /// Every id, with the kind of rule it names ("route", "source" …).
    ids: Vec<(&'static str, Name)>,
    sources: Vec<SourceRecord>,
    /// The publishers its sources name.
    publishers: Vec<Box<str>>,
    /// Every reference to a source: each fact's citations first, then the rest.
    source_refs: Vec<Name>,
    /// Facts in force on the day lint judges by (only when there is one).
    facts: Vec<FactRecord>,
    regulator_refs: Vec<Name>,
    /// Professions named by routes, roles and organisations, and the ids of `[[profession]]`s.
    profession_refs: Vec<Name>,
    region_refs: Vec<Name>,
    /// What steps and roles `needs`.
    needs: Vec<Name>,
    /// What constraints `blocks`.
    blocks: Vec<Name>,
    conditions: Vec<Name>,
    /// The `term` of every glossary entry.
    terms: Vec<Box<str>>,
    acronyms: Vec<AcronymUse>,
    placeholders: Vec<PlaceholderUse>,
    translatable: Vec<TranslatableText>,
    /// Each distinct set of languages a text of the file is written in, sorted.
    language_sets: Vec<Vec<String>>,
}

/// One file's tables, its text, and its texts as the lints of that file listed them.
pub(super) struct FileParts<'a> {
    pub file: FileId,
    pub raw: &'a RawRuleset,
    pub text: &'a Arc<str>,
    pub texts: &'a [TextRef<'a>],
    pub today: Option<jiff::civil::Date>,
}

impl FileIndex {
    /// What one file gives the lints across files.
    pub(super) fn of_file(parts: &FileParts<'_>) -> FileIndex {
        let raw = parts.raw;
        let mut index = FileIndex {
            file: parts.file,
            text: parts.text.clone(),
            small: None,
            spelled: Vec::new(),
            ids: Vec::new(),
            sources: Vec::new(),
            publishers: Vec::new(),
            source_refs: Vec::new(),
            facts: Vec::new(),
            regulator_refs: Vec::new(),
            profession_refs: Vec::new(),
            region_refs: Vec::new(),
            needs: Vec::new(),
            blocks: Vec::new(),
            conditions: Vec::new(),
            terms: raw.terms.iter().map(|t| t.value.term.as_str().into()).collect(),
            acronyms: super::missing_glossary_term::first_uses(parts.texts),
            placeholders: super::unknown_placeholder::uses(parts.texts),
            translatable: Vec::new(),
            language_sets: Vec::new(),
        };
        let names_nothing = raw.meta.is_empty()
            && raw.questions.is_empty()
            && raw.publishers.is_empty()
            && raw.regulators.is_empty()
            && raw.professions.is_empty()
            && raw.english.is_empty()
            && raw.broken_ids.is_empty()
            && !raw.skipped_ruleset_table
            && !raw.skipped_terms
            && raw.lint_levels.is_empty();
        index.small = (!names_nothing).then(|| {
            Box::new(RawRuleset {
                meta: raw.meta.clone(),
                questions: raw.questions.clone(),
                publishers: raw.publishers.clone(),
                regulators: raw.regulators.clone(),
                professions: raw.professions.clone(),
                english: raw.english.clone(),
                broken_ids: raw.broken_ids.clone(),
                skipped_ruleset_table: raw.skipped_ruleset_table,
                skipped_terms: raw.skipped_terms,
                lint_levels: raw.lint_levels.clone(),
                ..RawRuleset::default()
            })
        });
        for (kind, _, id) in walk::ids(raw) {
            let id = index.name(id);
            index.ids.push((kind, id));
        }
        for s in &raw.sources {
            let publisher = match index.publishers.iter().position(|p| **p == *s.value.publisher) {
                Some(n) => n,
                None => {
                    index.publishers.push(s.value.publisher.as_str().into());
                    index.publishers.len() - 1
                }
            };
            let record = SourceRecord {
                id: index.name(&s.value.id),
                verified: s.value.verified.get_ref().0,
                verified_at: Place::of(&s.value.verified.span()),
                page_date: s.value.page_date.map(|d| d.0),
                official: s.value.official,
                url: index.name(&s.value.url),
                publisher: offset(publisher),
            };
            index.sources.push(record);
        }
        let today = parts.today;
        for fact in walk::facts(raw) {
            let start = offset(index.source_refs.len());
            for s in fact.sources {
                let s = index.name(s);
                index.source_refs.push(s);
            }
            // A dated fact that no longer applies (last year's fee) rightly rests on pages of
            // its time.
            let current = !fact.unconfirmed && fact.until.is_none_or(|u| today.is_some_and(|t| u >= t));
            if today.is_some() && current {
                let sources = start..offset(index.source_refs.len());
                index.facts.push(FactRecord { at: Place::of(&fact.span), what: fact.what.into(), sources });
            }
        }
        let other = index.names(walk::other_source_refs(raw));
        index.source_refs.extend(other);
        index.regulator_refs = index.names(walk::regulator_refs(raw));
        index.profession_refs = index.names(walk::profession_refs(raw));
        index.region_refs = index.names(raw.support.iter().flat_map(|s| s.value.regions.iter().map(|r| (s.file, r))));
        index.needs = index.names(walk::needs(raw));
        index.blocks = index.names(raw.constraints.iter().flat_map(|c| c.value.blocks.iter().map(|b| (c.file, b))));
        index.conditions = index.names(walk::conditions(raw));
        for t in parts.texts.iter().filter(|t| super::missing_translation::translatable(t)) {
            let languages = match t.text {
                RawText::Plain(_) => vec!["en".to_owned()],
                RawText::Locales(m) => m.keys().cloned().collect(),
            };
            let languages = match index.language_sets.iter().position(|s| *s == languages) {
                Some(n) => n,
                None => {
                    index.language_sets.push(languages);
                    index.language_sets.len() - 1
                }
            };
            let text = TranslatableText { at: Place::of(&t.span), field: t.field, languages: offset(languages) };
            index.translatable.push(text);
        }
        index.shrink();
        index
    }

    /// A name of the file: its place, when the file writes it as it reads, in quotes; else
    /// also its own copy.
    fn name(&mut self, value: &Spanned<String>) -> Name {
        let span = value.span();
        let inner = span.start.saturating_add(1)..span.end.saturating_sub(1);
        let written = inner.start <= inner.end && self.text.get(inner) == Some(value.get_ref().as_str());
        let own = if written {
            WRITTEN
        } else {
            self.spelled.push(value.get_ref().as_str().into());
            offset(self.spelled.len() - 1)
        };
        Name { start: offset(span.start), end: offset(span.end), own }
    }

    fn names<'r>(&mut self, found: impl IntoIterator<Item = (FileId, &'r Spanned<String>)>) -> Vec<Name> {
        found.into_iter().map(|(_, r)| self.name(r)).collect()
    }

    fn named(&self, name: &Name) -> Named<'_> {
        let text = match name.own {
            WRITTEN => self.text.get(name.start as usize + 1..(name.end as usize).saturating_sub(1)).unwrap_or(""),
            n => self.spelled.get(n as usize).map_or("", |s| &**s),
        };
        Named { file: self.file, start: name.start, end: name.end, text }
    }

    fn all_named<'a>(&'a self, names: &'a [Name]) -> impl Iterator<Item = Named<'a>> {
        names.iter().map(|n| self.named(n))
    }

    /// Frees the room the lists grew into: the index is kept until every file is read.
    fn shrink(&mut self) {
        self.spelled.shrink_to_fit();
        self.ids.shrink_to_fit();
        self.sources.shrink_to_fit();
        self.source_refs.shrink_to_fit();
        self.facts.shrink_to_fit();
        self.translatable.shrink_to_fit();
    }
}

impl Index {
    /// Joins the files' parts, in file order.
    pub fn new(mut files: Vec<FileIndex>) -> Index {
        let mut small = RawRuleset::default();
        for f in &mut files {
            if let Some(part) = f.small.take() {
                small.append(*part);
            }
        }
        Index { small, files }
    }

    pub fn ids(&self) -> impl Iterator<Item = (&'static str, Named<'_>)> {
        self.files.iter().flat_map(|f| f.ids.iter().map(|(kind, id)| (*kind, f.named(id))))
    }

    pub fn sources(&self) -> impl Iterator<Item = Source<'_>> {
        self.files.iter().flat_map(|f| {
            f.sources.iter().map(|s| Source {
                file: f.file,
                id: f.named(&s.id),
                verified: s.verified,
                verified_span: s.verified_at.span(),
                page_date: s.page_date,
                official: s.official,
                url: f.named(&s.url),
                publisher: f.publishers.get(s.publisher as usize).map_or("", |p| &**p),
            })
        })
    }

    pub fn source_refs(&self) -> impl Iterator<Item = Named<'_>> {
        self.files.iter().flat_map(|f| f.all_named(&f.source_refs))
    }

    /// Facts in force, each with the sources it cites.
    pub fn facts(&self) -> impl Iterator<Item = Fact<'_>> {
        self.files.iter().flat_map(|f| {
            f.facts.iter().map(|fact| Fact {
                file: f.file,
                span: fact.at.span(),
                what: &fact.what,
                cited: f
                    .source_refs
                    .get(fact.sources.start as usize..fact.sources.end as usize)
                    .unwrap_or_default()
                    .iter()
                    .map(|n| f.named(n))
                    .collect(),
            })
        })
    }

    pub fn regulator_refs(&self) -> impl Iterator<Item = Named<'_>> {
        self.files.iter().flat_map(|f| f.all_named(&f.regulator_refs))
    }

    pub fn profession_refs(&self) -> impl Iterator<Item = Named<'_>> {
        self.files.iter().flat_map(|f| f.all_named(&f.profession_refs))
    }

    pub fn region_refs(&self) -> impl Iterator<Item = Named<'_>> {
        self.files.iter().flat_map(|f| f.all_named(&f.region_refs))
    }

    pub fn needs(&self) -> impl Iterator<Item = Named<'_>> {
        self.files.iter().flat_map(|f| f.all_named(&f.needs))
    }

    pub fn blocks(&self) -> impl Iterator<Item = Named<'_>> {
        self.files.iter().flat_map(|f| f.all_named(&f.blocks))
    }

    /// Every condition, a file at a time on each core.
    pub fn conditions(&self) -> impl rayon::iter::ParallelIterator<Item = Named<'_>> {
        use rayon::prelude::*;
        self.files.par_iter().flat_map_iter(|f| f.all_named(&f.conditions))
    }

    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.files.iter().flat_map(|f| f.terms.iter().map(|t| &**t))
    }

    pub fn acronyms(&self) -> impl Iterator<Item = &AcronymUse> {
        self.files.iter().flat_map(|f| &f.acronyms)
    }

    pub fn placeholders(&self) -> impl Iterator<Item = &PlaceholderUse> {
        self.files.iter().flat_map(|f| &f.placeholders)
    }

    /// Texts translations fill, each with the languages it is written in.
    pub fn translatable(&self) -> impl Iterator<Item = Translatable<'_>> {
        self.files.iter().flat_map(|f| {
            f.translatable.iter().map(|t| Translatable {
                file: f.file,
                span: t.at.span(),
                field: t.field,
                languages: f.language_sets.get(t.languages as usize).map_or(&[][..], |l| &l[..]),
            })
        })
    }
}
