//! The interview loop. The engine owns it (dialoguer cannot go back): which question comes
//! next, going back, "not sure", the review screen, dropping answers that no longer apply.
//! The terminal sits behind [`Prompter`], so the whole loop runs in tests from a script.

mod interrupt;
mod prompter;
mod resume;
mod save;
#[cfg(test)]
mod tests;
mod wrap;

pub use interrupt::{Interrupts, Stop, is_no_terminal, stopped, stopped_by, stopped_message};
pub use prompter::{DialoguerPrompter, Prompter, ScriptedPrompter, restore_cursor};
pub use resume::{changes, summary};
pub use save::{
    Written, default_file_name, default_handout_name, file_contents, offer_save, session_text, write_private,
};
pub use wrap::wrap;

use crate::answers::{Answer, Answers, Plain, Session};
use crate::condition::Truth;
use crate::engine::{Plan, display_answer};
use crate::ruleset::raw::QuestionKind;
use crate::ruleset::{Question, Ruleset};
use jiff::civil::Date;
use std::io;
use std::path::PathBuf;

/// Questions that apply to this person now, in interview order: those without an `ask-if`,
/// or whose `ask-if` is true for the answers so far.
pub fn relevant<'r>(ruleset: &'r Ruleset, answers: &Answers, today: jiff::civil::Date) -> Vec<&'r Question> {
    let person = crate::engine::Person { ruleset, answers, today, lang: "en" };
    ruleset
        .questions()
        .iter()
        .filter(|q| q.ask_if.as_ref().is_none_or(|c| c.evaluate(&person).truth == Truth::True))
        .collect()
}

/// How many questions are still to come, besides `current`, at least and at most. At least:
/// the unanswered questions sure to be asked (no `ask-if`, or one that is true and reads only
/// answered questions). At most: those, and the ones whose `ask-if` reads a question still
/// unanswered, whatever it says now (`answered(x)` can turn either way; one that stays unknown
/// after "not sure" answers is never asked). The number asked always lies between the two.
pub fn left_range(
    ruleset: &Ruleset,
    answers: &Answers,
    today: Date,
    current: Option<&str>,
    skipped: &std::collections::BTreeSet<String>,
) -> (usize, usize) {
    let person = crate::engine::Person { ruleset, answers, today, lang: "en" };
    let (mut sure, mut maybe) = (0, 0);
    let open =
        |q: &&Question| Some(q.id.as_str()) != current && answers.get(&q.id).is_none() && !skipped.contains(&q.id);
    for q in ruleset.questions().iter().filter(open) {
        // A question no other question reads may be skipped, when no answer to it could
        // change the plan: it may be asked, not surely.
        let skippable = !always_matters(ruleset, q);
        let Some(c) = &q.ask_if else {
            if skippable {
                maybe += 1
            } else {
                sure += 1
            }
            continue;
        };
        if c.questions().iter().any(|id| answers.get(id).is_none()) {
            maybe += 1;
        } else if c.evaluate(&person).truth == Truth::True {
            if skippable { maybe += 1 } else { sure += 1 }
        }
    }
    (sure, sure + maybe)
}

/// Numbers, dates and questions another question's `ask-if` or `show-if` reads are always
/// asked when they apply.
fn always_matters(ruleset: &Ruleset, q: &Question) -> bool {
    matches!(q.kind, QuestionKind::Number | QuestionKind::Date)
        || ruleset.questions().iter().any(|other| {
            other
                .ask_if
                .iter()
                .chain(other.options.iter().filter_map(|o| o.show_if.as_ref()))
                .any(|c| c.questions().contains(&q.id))
        })
}

/// The most questions still to come (see [`left_range`]).
pub fn estimate_left(ruleset: &Ruleset, answers: &Answers, today: Date, current: Option<&str>) -> usize {
    left_range(ruleset, answers, today, current, &std::collections::BTreeSet::new()).1
}

/// The progress line: "about N left" only when that is right to within 2 questions; else
/// "N or more left", which is always true.
fn progress_line(position: usize, (least, most): (usize, usize), lang: &str) -> String {
    #[allow(clippy::cast_precision_loss)]
    let (position, least_f, about) = (position as f64, least as f64, least.midpoint(most) as f64);
    if most == 0 {
        say(Reason::new("interview-progress-nearly-done").with("position", position), lang)
    } else if most - least <= 4 {
        say(Reason::new("interview-progress").with("position", position).with("left", about), lang)
    } else if least == 0 {
        say(Reason::new("interview-progress-maybe-more").with("position", position), lang)
    } else {
        say(Reason::new("interview-progress-at-least").with("position", position).with("least", least_f), lang)
    }
}

/// OET grades, best first.
pub const OET_GRADES: [&str; 6] = ["A", "B", "C+", "C", "D", "E"];

/// Every word the interview shows comes from the interface catalogue, in the person's language.
fn w(id: &'static str, lang: &str) -> &'static str {
    crate::ui::word(id, lang)
}

fn say(reason: crate::reason::Reason, lang: &str) -> String {
    crate::ui::sentence(&reason, lang)
}

use crate::reason::Reason;
use crate::text::{capitalise, clip};

/// What the person did at a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Answer(Answer),
    Back,
    Quit,
}

/// One question as put to the person.
pub struct Ask<'a> {
    pub question: &'a Question,
    pub ruleset: &'a Ruleset,
    pub lang: &'a str,
    pub today: Date,
    /// The question's prompt in the person's language.
    pub prompt: String,
    pub help: Option<String>,
    /// "Question 4 — about 8 left".
    pub progress: String,
    /// The answer given before, offered as the default.
    pub current: Option<&'a Answer>,
    /// The label of the back choice; `None` at the first question.
    pub back: Option<&'a str>,
    /// The answers so far (options may depend on them).
    pub answers: &'a Answers,
}

impl Ask<'_> {
    /// The options to offer: those whose `show-if` is not false for the answers so far.
    pub fn offered(&self) -> Vec<&crate::ruleset::QuestionOption> {
        let person =
            crate::engine::Person { ruleset: self.ruleset, answers: self.answers, today: self.today, lang: self.lang };
        self.question
            .options
            .iter()
            .filter(|o| o.show_if.as_ref().is_none_or(|c| c.evaluate(&person).truth != Truth::False))
            .collect()
    }

    /// An answer as the person reads it.
    pub fn display(&self, a: &Answer) -> String {
        display_answer(self.ruleset, &self.question.id, a, self.lang)
    }
}

/// What a typed line means.
#[derive(Debug, Clone, PartialEq)]
pub enum Typed {
    Reply(Reply),
    Help,
    /// An empty line with no earlier answer: offer the other choices.
    Menu,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Command {
    Back,
    NotSure,
    Quit,
    Help,
}

/// The words a person may type instead of an answer.
pub(crate) fn command(s: &str) -> Option<Command> {
    let s = s.trim().to_lowercase();
    Some(match s.as_str() {
        // No one-letter words but `q` and `?`: "B" is an OET grade.
        "back" => Command::Back,
        "not sure" | "not-sure" | "notsure" | "don't know" | "dont know" => Command::NotSure,
        "quit" | "q" | "exit" => Command::Quit,
        "help" | "?" => Command::Help,
        _ => return None,
    })
}

/// Reads a typed line for a question: an answer (checked like an answers file), a command
/// word, or an error to show before asking again.
pub fn interpret(ask: &Ask<'_>, typed: &str) -> Result<Typed, String> {
    let q = ask.question;
    let t = typed.trim();
    if let Some(c) = command(t) {
        return match c {
            Command::Back if ask.back.is_some() => Ok(Typed::Reply(Reply::Back)),
            Command::Back => Err(w("interview-first-question", ask.lang).to_owned()),
            Command::NotSure if q.not_sure => Ok(Typed::Reply(Reply::Answer(Answer::NotSure))),
            Command::NotSure => Err(w("interview-needs-answer", ask.lang).to_owned()),
            Command::Quit => Ok(Typed::Reply(Reply::Quit)),
            Command::Help => Ok(Typed::Help),
        };
    }
    if t.is_empty() {
        // Enter on an empty line keeps the answer given before, else offers the other choices.
        return Ok(ask.current.map_or(Typed::Menu, |a| Typed::Reply(Reply::Answer(a.clone()))));
    }
    let answer = match q.kind {
        QuestionKind::Number => {
            let n: f64 = t
                .replace(',', ".")
                .parse()
                .map_err(|_| say(Reason::new("interview-type-number").with("example", example(q)), ask.lang))?;
            crate::answers::check_number(q, n, ask.lang).map(Answer::Number)?
        }
        QuestionKind::Date => {
            let d = crate::date::parse_person_date(t).map_err(|e| crate::ui::date_error(&e, ask.lang))?;
            if q.not_future && d.date > ask.today {
                let future =
                    Reason::new("answer-in-future").with("value", d.to_string()).with("today", ask.today.to_string());
                return Err(say(future, ask.lang));
            }
            Answer::Date(d)
        }
        QuestionKind::Choice => {
            let lower = t.to_lowercase();
            let o = q
                .options
                .iter()
                .find(|o| o.value == t || o.label.get(ask.lang).to_lowercase() == lower)
                .ok_or_else(|| {
                    let options = q.option_values().join(", ");
                    say(Reason::new("answer-not-a-choice").with("value", clip(t)).with("options", options), ask.lang)
                })?;
            Answer::Choice(o.value.clone())
        }
        QuestionKind::Bool => match t.to_lowercase().as_str() {
            "yes" | "y" | "true" => Answer::Bool(true),
            "no" | "n" | "false" => Answer::Bool(false),
            _ => return Err(w("interview-yes-or-no", ask.lang).to_owned()),
        },
        QuestionKind::OetGrade => {
            let g = t.to_uppercase();
            if !OET_GRADES.contains(&g.as_str()) {
                return Err(say(Reason::new("answer-not-a-grade").with("value", clip(t)), ask.lang));
            }
            Answer::Grade(g)
        }
        QuestionKind::MultiChoice => {
            let items = t.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect();
            crate::answers::check_answer(q, &Plain::List(items), ask.lang)?
        }
    };
    Ok(Typed::Reply(Reply::Answer(answer)))
}

fn example(q: &Question) -> String {
    match (q.min, q.step) {
        (Some(min), Some(step)) if step.fract() != 0.0 => format!("{:.1}", min + 13.0 * step),
        _ => "3".to_owned(),
    }
}

/// The ticks in a multi-choice list: the options ticked (values), and whether "Not sure"
/// or the back choice was ticked too. Either of those must be ticked alone: ticked with
/// anything else, the person is told which ticks clash and asked again, so no tick is
/// silently lost.
pub fn ticked(ask: &Ask<'_>, options: Vec<String>, not_sure: bool, back: bool) -> Result<Reply, String> {
    let mut others: Vec<String> = options
        .iter()
        .map(|v| ask.question.option(v).map_or_else(|| v.clone(), |o| o.label.get(ask.lang).to_owned()))
        .collect();
    let lang = ask.lang;
    let alone = |what: &str, others: &[String]| {
        say(Reason::new("interview-ticked-together").with("what", what).with("others", others.join(", ")), lang)
    };
    if back {
        let label = ask.back.unwrap_or(w("interview-back", lang));
        if not_sure {
            others.push(w("interview-not-sure", lang).to_owned());
        }
        return if others.is_empty() { Ok(Reply::Back) } else { Err(alone(label, &others)) };
    }
    if not_sure {
        if !ask.question.not_sure {
            return Err(w("interview-needs-answer", lang).to_owned());
        }
        return if others.is_empty() {
            Ok(Reply::Answer(Answer::NotSure))
        } else {
            Err(alone(w("interview-not-sure", lang), &others))
        };
    }
    crate::answers::check_answer(ask.question, &Plain::List(options), lang).map(Reply::Answer)
}

/// How an interview ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every relevant question answered, reviewed: show the plan.
    Finished,
    /// The person chose Quit (or pressed Esc), then not to save (or had no answers to save).
    Quit,
    /// The person chose Quit (or pressed Esc), then to save their answers before going.
    SaveAndQuit,
}

/// Where an interview starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The first unanswered question.
    Questions,
    /// The review screen (a resumed session).
    Review,
}

/// One person's interview: their answers, and the questions answered in order (for Back).
pub struct Interview<'r> {
    ruleset: &'r Ruleset,
    today: Date,
    lang: String,
    answers: Answers,
    history: Vec<String>,
    /// Questions not asked because no answer to them could change the plan, given the
    /// answers they were judged on; judged again when an answer changes.
    skipped: std::collections::BTreeSet<String>,
}

impl<'r> Interview<'r> {
    pub fn new(ruleset: &'r Ruleset, answers: Answers, today: Date, lang: &str) -> Self {
        Self {
            ruleset,
            today,
            lang: lang.to_owned(),
            answers,
            history: Vec::new(),
            skipped: std::collections::BTreeSet::new(),
        }
    }

    /// The answers so far.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The answers, taking them.
    /// Lets the person mark steps done.
    pub fn answers_mut(&mut self) -> &mut Answers {
        &mut self.answers
    }

    pub fn into_answers(self) -> Answers {
        self.answers
    }

    fn relevant(&self) -> Vec<&'r Question> {
        relevant(self.ruleset, &self.answers, self.today)
    }

    fn label(&self, q: &Question) -> String {
        q.label.get(&self.lang).to_owned()
    }

    /// Relevant questions with no answer yet.
    pub fn unanswered(&self) -> Vec<&'r Question> {
        self.relevant()
            .into_iter()
            .filter(|q| self.answers.get(&q.id).is_none() && !self.skipped.contains(&q.id))
            .collect()
    }

    /// Drops answers to questions that no longer apply, saying so for each, until none is left
    /// (one dropped answer can make another irrelevant).
    pub fn prune(&mut self, p: &mut dyn Prompter) {
        loop {
            let keep: Vec<String> = self.relevant().iter().map(|q| q.id.clone()).collect();
            let drop: Vec<String> =
                self.answers.iter().map(|(id, _)| id.to_owned()).filter(|id| !keep.contains(id)).collect();
            if drop.is_empty() {
                return;
            }
            // In interview order, so notices read top to bottom.
            for q in self.ruleset.questions().iter().filter(|q| drop.contains(&q.id)) {
                if let Some(a) = self.answers.remove(&q.id) {
                    let shown = display_answer(self.ruleset, &q.id, &a, &self.lang);
                    p.say(&say(
                        Reason::new("interview-dropped").with("question", self.label(q)).with("answer", shown),
                        &self.lang,
                    ));
                }
                self.history.retain(|h| h != &q.id);
            }
        }
    }

    /// The person asked to quit: with answers to lose, asks whether to save them first, or
    /// to go back (`back`, also Esc). `None` means go back.
    fn leave(&self, back: &str, p: &mut dyn Prompter) -> io::Result<Option<Outcome>> {
        if self.answers.is_empty() {
            return Ok(Some(Outcome::Quit));
        }
        let lang = &self.lang;
        let items =
            [back.to_owned(), w("interview-save-it", lang).to_owned(), w("interview-do-not-save", lang).to_owned()];
        Ok(match p.choose(w("interview-leave-question", lang), &items, 0)? {
            Some(1) => Some(Outcome::SaveAndQuit),
            Some(2) => Some(Outcome::Quit),
            _ => None,
        })
    }

    fn ask(&self, q: &'r Question, progress: String, back: Option<&str>, p: &mut dyn Prompter) -> io::Result<Reply> {
        let ask = Ask {
            question: q,
            ruleset: self.ruleset,
            lang: &self.lang,
            today: self.today,
            prompt: q.prompt.get(&self.lang).to_owned(),
            help: q.help.as_ref().map(|h| h.get(&self.lang).to_owned()),
            progress,
            current: self.answers.get(&q.id),
            back,
            answers: &self.answers,
        };
        p.ask(&ask)
    }

    fn record(&mut self, q: &Question, a: Answer, p: &mut dyn Prompter) {
        self.answers.set(q.id.clone(), a);
        self.skipped.clear();
        self.history.retain(|h| h != &q.id);
        self.history.push(q.id.clone());
        self.prune(p);
    }

    /// Asks every relevant unanswered question in order, with Back.
    fn questions(&mut self, p: &mut dyn Prompter) -> io::Result<Outcome> {
        // Back moves a question from `history` to be asked again; the ones left behind wait in
        // `forward`, so answering steps forward through them, as in any form with pages.
        let mut revisit: Option<&'r Question> = None;
        let mut forward: Vec<String> = Vec::new();
        loop {
            self.prune(p);
            let relevant = self.relevant();
            let q = match revisit.take() {
                Some(q) if relevant.iter().any(|r| r.id == q.id) => q,
                _ => match relevant.iter().find(|q| self.answers.get(&q.id).is_none() && !self.skipped.contains(&q.id))
                {
                    Some(q) if !matters(self.ruleset, &self.answers, self.today, q) => {
                        self.skipped.insert(q.id.clone());
                        continue;
                    }
                    Some(q) => *q,
                    None => return Ok(Outcome::Finished),
                },
            };
            let pos = relevant.iter().position(|r| r.id == q.id).map_or(1, |i| i + 1);
            let range = left_range(self.ruleset, &self.answers, self.today, Some(&q.id), &self.skipped);
            let progress = progress_line(pos, range, &self.lang);
            let back = (!self.history.is_empty()).then_some(w("interview-back", &self.lang));
            match self.ask(q, progress, back, p)? {
                Reply::Answer(a) => {
                    self.record(q, a, p);
                    let relevant = self.relevant();
                    while let Some(id) = forward.pop() {
                        if self.answers.get(&id).is_some() && relevant.iter().any(|r| r.id == id) {
                            revisit = self.ruleset.question(&id);
                            break;
                        }
                    }
                }
                Reply::Back => {
                    if let Some(prev) = self.history.pop() {
                        forward.push(q.id.clone());
                        revisit = self.ruleset.question(&prev);
                    }
                }
                Reply::Quit => match self.leave(w("interview-go-back", &self.lang), p)? {
                    Some(outcome) => return Ok(outcome),
                    // The same question again, `forward` kept.
                    None => revisit = Some(q),
                },
            }
        }
    }

    /// The review screen: every answer, any of which can be changed, until the person goes
    /// on to the plan or quits. Questions a change makes relevant are asked before the list
    /// comes back.
    pub fn run(&mut self, start: Start, p: &mut dyn Prompter) -> io::Result<Outcome> {
        let mut review_now = start == Start::Review;
        loop {
            if !review_now {
                let outcome = self.questions(p)?;
                if outcome != Outcome::Finished {
                    return Ok(outcome);
                }
            }
            review_now = false;
            self.prune(p);
            let relevant = self.relevant();
            let unanswered =
                relevant.iter().filter(|q| self.answers.get(&q.id).is_none() && !self.skipped.contains(&q.id)).count();
            let lang = self.lang.clone();
            let mut items = vec![if unanswered == 0 {
                w("interview-show-plan", &lang).to_owned()
            } else {
                let (least, most) = left_range(self.ruleset, &self.answers, self.today, None, &self.skipped);
                let (least, most) = (least.max(unanswered), most.max(unanswered));
                #[allow(clippy::cast_precision_loss)]
                if most - least <= 4 {
                    say(Reason::new("interview-continue").with("left", least.midpoint(most) as f64), &lang)
                } else {
                    say(Reason::new("interview-continue-at-least").with("least", least as f64), &lang)
                }
            }];
            for q in &relevant {
                let shown = self.answers.get(&q.id).map_or_else(
                    || w("interview-not-answered", &lang).to_owned(),
                    |a| display_answer(self.ruleset, &q.id, a, &self.lang),
                );
                items.push(format!("{}: {shown}", capitalise(&self.label(q))));
            }
            items.push(w("interview-quit", &lang).to_owned());
            let prompt = w("interview-review-prompt", &lang);
            p.say(&format!("\n{}", w("interview-review-intro", &lang)));
            match p.choose(prompt, &items, 0)? {
                Some(0) if unanswered == 0 => return Ok(Outcome::Finished),
                Some(0) => {}
                None => match self.leave(w("interview-go-back-to-review", &lang), p)? {
                    Some(outcome) => return Ok(outcome),
                    None => review_now = true,
                },
                Some(i) if i == items.len() - 1 => match self.leave(w("interview-go-back-to-review", &lang), p)? {
                    Some(outcome) => return Ok(outcome),
                    None => review_now = true,
                },
                Some(i) => {
                    let q = relevant[i - 1];
                    let progress =
                        say(Reason::new("interview-change").with("question", capitalise(&self.label(q))), &lang);
                    loop {
                        match self.ask(q, progress.clone(), Some(w("interview-back-to-review", &lang)), p)? {
                            Reply::Answer(a) => self.record(q, a, p),
                            Reply::Back => review_now = true,
                            Reply::Quit => match self.leave(w("interview-go-back", &lang), p)? {
                                Some(outcome) => return Ok(outcome),
                                // The same question again.
                                None => continue,
                            },
                        }
                        break;
                    }
                }
            }
        }
    }
}

/// A saved session being resumed.
#[derive(Debug, Clone)]
pub struct Resumed {
    pub path: PathBuf,
    pub session: Option<Session>,
}

/// Everything a session needs besides the terminal.
pub struct Setup<'r> {
    pub ruleset: &'r Ruleset,
    pub today: Date,
    pub lang: &'r str,
    pub answers: Answers,
    pub resumed: Option<Resumed>,
    /// Where saved files go by default (the current directory).
    pub dir: PathBuf,
}

/// How a session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ending {
    pub outcome: Outcome,
    /// The session file written, when the person chose to save it.
    pub saved: Option<PathBuf>,
    /// The handout (the plan as a web page) written, when the person chose to save one.
    pub handout: Option<PathBuf>,
}

/// A whole advice session: (resume notices,) the interview, the review, the plan (handed to
/// `show`), and the offers to save a handout and the session. Nothing is written unless the
/// person chooses to save.
pub fn session(
    setup: Setup<'_>,
    p: &mut dyn Prompter,
    render: &mut dyn FnMut(&Plan, crate::cli::Detail) -> String,
) -> io::Result<Ending> {
    let Setup { ruleset, today, lang, answers, resumed, dir } = setup;
    interrupt::set_language(lang);
    let mut interview = Interview::new(ruleset, answers, today, lang);
    let start = if let Some(r) = &resumed {
        p.say(&say(Reason::new("interview-opened").with("file", r.path.display().to_string()), lang));
        p.say(w("interview-how-to-stop", lang));
        interview.prune(p);
        if let Some(s) = &r.session {
            let plan = crate::engine::plan(ruleset, interview.answers(), today, lang);
            for line in resume::notices(s, ruleset, &plan) {
                p.say(&line);
            }
        }
        offer_progress(p, &mut interview, ruleset, today, lang)?;
        Start::Review
    } else {
        p.say(w("interview-welcome", lang));
        p.say(w("interview-how-to-stop", lang));
        Start::Questions
    };
    let outcome = interview.run(start, p)?;
    let answers = interview.into_answers();
    let plan = crate::engine::plan(ruleset, &answers, today, lang);
    let suggested = resumed.as_ref().map(|r| r.path.clone());
    let mut handout = None;
    let saved = match outcome {
        Outcome::Finished => {
            // The plan in short first; the rest, a screen at a time, if the person asks.
            p.show(&render(&plan, crate::cli::Detail::Short), false, lang)?;
            let items = [w("interview-read-plan", lang).to_owned(), w("interview-go-on", lang).to_owned()];
            if p.choose(w("interview-after-short", lang), &items, 0)? == Some(0) {
                p.show(&render(&plan, crate::cli::Detail::Full), true, lang)?;
            }
            // The handout shows the English beside each translated rule text.
            let english = (plan.content_lang != "en").then(|| crate::engine::plan(ruleset, &answers, today, "en"));
            handout = save::offer_handout(p, &plan, english.as_ref(), lang, &dir, today)?;
            let request = save::Request {
                ruleset,
                answers: &answers,
                plan: &plan,
                today,
                progress: "finished",
                dir: &dir,
                suggested,
                handout: handout.as_deref(),
                lang,
            };
            offer_save(p, &request, w("interview-save-session", lang))?
        }
        Outcome::Quit if answers.is_empty() => None,
        Outcome::Quit => {
            p.say(w("interview-nothing-saved", lang));
            None
        }
        Outcome::SaveAndQuit => {
            let request = save::Request {
                ruleset,
                answers: &answers,
                plan: &plan,
                today,
                progress: "unfinished",
                dir: &dir,
                suggested,
                handout: None,
                lang,
            };
            save::save_session(p, &request)?
        }
    };
    Ok(Ending { outcome, saved, handout })
}

/// On resuming: "Have you done any of these steps since you last saved?", one step at a time
/// from the recommended route's steps not done yet, each marked done today when chosen.
fn offer_progress(
    p: &mut dyn Prompter,
    interview: &mut Interview<'_>,
    ruleset: &Ruleset,
    today: Date,
    lang: &str,
) -> io::Result<()> {
    loop {
        let plan = crate::engine::plan(ruleset, interview.answers(), today, lang);
        let Some(route) = plan.recommended() else { return Ok(()) };
        let open: Vec<&crate::engine::StepPlan> =
            route.steps.iter().filter(|s| s.status != crate::engine::StepStatus::Done).collect();
        if open.is_empty() {
            return Ok(());
        }
        let mut items: Vec<String> = vec![w("progress-none-done", lang).to_owned()];
        items.extend(open.iter().map(|s| s.title.clone()));
        match p.choose(w("progress-ask", lang), &items, 0)? {
            Some(i) if i > 0 => {
                let step = open[i - 1];
                let id = format!("{}.{}", route.id, step.id);
                interview.answers_mut().mark_done(crate::answers::DoneStep {
                    step: id,
                    date: Some(today.to_string()),
                    note: None,
                });
                p.say(&say(Reason::new("progress-marked-now").with("title", step.title.as_str()), lang));
            }
            _ => return Ok(()),
        }
    }
}

/// Whether the answer to `q` can change this person's plan, given the answers so far: some
/// other question's `ask-if` or an option's `show-if` reads it, or two of its possible
/// answers (`not sure` included) give different plans. Numbers and dates always can.
pub fn matters(ruleset: &Ruleset, answers: &Answers, today: Date, q: &Question) -> bool {
    if always_matters(ruleset, q) {
        return true;
    }
    let mut candidates: Vec<Answer> = match q.kind {
        QuestionKind::Choice => q.options.iter().map(|o| Answer::Choice(o.value.clone())).collect(),
        QuestionKind::MultiChoice => std::iter::once(Answer::Multi(Vec::new()))
            .chain(q.options.iter().map(|o| Answer::Multi(vec![o.value.clone()])))
            .collect(),
        QuestionKind::Bool => vec![Answer::Bool(true), Answer::Bool(false)],
        QuestionKind::OetGrade => OET_GRADES.iter().map(|g| Answer::Grade((*g).to_owned())).collect(),
        QuestionKind::Number | QuestionKind::Date => return true,
    };
    if q.not_sure {
        candidates.push(Answer::NotSure);
    }
    let mut first: Option<serde_json::Value> = None;
    for a in candidates {
        let mut with = answers.clone();
        with.set(q.id.clone(), a);
        let mut plan = serde_json::to_value(crate::engine::plan(ruleset, &with, today, "en")).unwrap_or_default();
        // The answers themselves are not the plan.
        if let Some(map) = plan.as_object_mut() {
            map.remove("answers");
        }
        match &first {
            None => first = Some(plan),
            Some(f) if *f != plan => return true,
            Some(_) => {}
        }
    }
    false
}
