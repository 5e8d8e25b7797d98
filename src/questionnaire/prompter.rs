//! The seam between the interview loop and the terminal. `DialoguerPrompter` is the only code
//! that touches dialoguer; `ScriptedPrompter` plays a script for tests.

use super::{Ask, Reply, Typed, interpret};
use crate::answers::Answer;
use crate::output::Output;
use crate::ruleset::raw::QuestionKind;
use dialoguer::console::{Term, style};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};
use std::collections::VecDeque;
use std::io;

/// What the interview needs from a terminal.
pub trait Prompter {
    /// Asks one question (its progress line and help shown first). Re-prompts on invalid
    /// input; returns an answer, Back or Quit.
    fn ask(&mut self, ask: &Ask<'_>) -> io::Result<Reply>;

    /// Picks one of `items`. `None` means the person quit (Esc).
    fn choose(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<Option<usize>>;

    /// A line of text, with a default taken when the person just presses Enter.
    fn text(&mut self, prompt: &str, default: &str) -> io::Result<String>;

    /// Shows a message (a notice, a result). One or more lines, no trailing newline needed.
    fn say(&mut self, text: &str);
}

/// Labels of the extra choices every prompt may offer.
pub const NOT_SURE_LABEL: &str = "Not sure";
pub const QUIT_LABEL: &str = "Quit (you can save first)";

/// The real terminal, through dialoguer. Prompts go to stderr.
pub struct DialoguerPrompter<'o> {
    out: &'o Output,
    theme: Box<dyn Theme>,
}

impl<'o> DialoguerPrompter<'o> {
    /// Plain themes for `--plain` (screen readers), colour only when stderr may have it.
    pub fn new(out: &'o Output) -> Self {
        dialoguer::console::set_colors_enabled_stderr(out.color_stderr);
        let theme: Box<dyn Theme> = if out.plain { Box::new(SimpleTheme) } else { Box::new(ColorfulTheme::default()) };
        Self { out, theme }
    }

    fn dim(&self, s: &str) -> String {
        if self.out.color_stderr { style(s).dim().to_string() } else { s.to_owned() }
    }

    fn header(&self, ask: &Ask<'_>) {
        let progress =
            if self.out.color_stderr { style(&ask.progress).bold().to_string() } else { ask.progress.clone() };
        let mut s = format!("\n{progress}\n");
        if let Some(help) = &ask.help {
            s.push_str(&self.dim(help));
            s.push('\n');
        }
        let hint = match ask.question.kind {
            QuestionKind::MultiChoice => "Space to tick or untick, Enter when done, Esc to quit.",
            QuestionKind::Number | QuestionKind::Date => {
                "Type your answer and press Enter. Type ? for other choices: back, not sure, quit."
            }
            _ => "Arrow keys to move, Enter to choose, Esc to quit.",
        };
        s.push_str(&self.dim(hint));
        s.push('\n');
        self.out.err(&s);
    }

    fn select(&self, prompt: &str, items: &[String], default: usize) -> io::Result<Option<usize>> {
        Select::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items(items)
            .default(default.min(items.len().saturating_sub(1)))
            .interact_opt()
            .map_err(into_io)
    }

    /// Choice, bool and OET-grade questions: the options, then Not sure, Back, Quit.
    fn ask_select(&self, ask: &Ask<'_>, values: &[(String, Answer)]) -> io::Result<Reply> {
        let mut items: Vec<String> = values.iter().map(|(label, _)| label.clone()).collect();
        let mut extras = Vec::new();
        if ask.question.not_sure {
            items.push(NOT_SURE_LABEL.to_owned());
            extras.push(Reply::Answer(Answer::NotSure));
        }
        if let Some(back) = ask.back {
            items.push(back.to_owned());
            extras.push(Reply::Back);
        }
        items.push(QUIT_LABEL.to_owned());
        extras.push(Reply::Quit);
        let default = match ask.current {
            Some(Answer::NotSure) => values.len(),
            Some(current) => values.iter().position(|(_, a)| a == current).unwrap_or(0),
            None => 0,
        };
        Ok(match self.select(&ask.prompt, &items, default)? {
            None => Reply::Quit,
            Some(i) if i < values.len() => Reply::Answer(values[i].1.clone()),
            Some(i) => extras.swap_remove(i - values.len()),
        })
    }

    fn ask_multi(&self, ask: &Ask<'_>) -> io::Result<Reply> {
        let q = ask.question;
        let ticked: Vec<&str> = match ask.current {
            Some(Answer::Multi(v)) => v.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        let mut items: Vec<(String, bool)> =
            q.options.iter().map(|o| (o.label.get(ask.lang).to_owned(), ticked.contains(&o.value.as_str()))).collect();
        let n = items.len();
        let not_sure_at = q.not_sure.then(|| {
            items.push((format!("{NOT_SURE_LABEL} (tick this alone)"), ask.current.is_some_and(Answer::is_not_sure)));
            items.len() - 1
        });
        let back_at = ask.back.map(|b| {
            items.push((format!("{b} (tick this alone)"), false));
            items.len() - 1
        });
        let chosen = MultiSelect::with_theme(self.theme.as_ref())
            .with_prompt(ask.prompt.as_str())
            .items_checked(items.iter().map(|(l, c)| (l.as_str(), *c)))
            .interact_opt()
            .map_err(into_io)?;
        let Some(chosen) = chosen else { return Ok(Reply::Quit) };
        if back_at.is_some_and(|b| chosen.contains(&b)) {
            return Ok(Reply::Back);
        }
        if not_sure_at.is_some_and(|b| chosen.contains(&b)) {
            return Ok(Reply::Answer(Answer::NotSure));
        }
        Ok(Reply::Answer(Answer::Multi(
            chosen.into_iter().filter(|&i| i < n).map(|i| q.options[i].value.clone()).collect(),
        )))
    }

    /// Number and date questions: typed, checked as typed; an empty line opens a menu.
    fn ask_typed(&self, ask: &Ask<'_>) -> io::Result<Reply> {
        loop {
            let prompt = match ask.current {
                Some(current) => format!("{} [Enter keeps: {}]", ask.prompt, ask.display(current)),
                None => ask.prompt.clone(),
            };
            let typed = Input::<String>::with_theme(self.theme.as_ref())
                .with_prompt(prompt)
                .allow_empty(true)
                .validate_with(|s: &String| -> Result<(), String> { interpret(ask, s).map(|_| ()) })
                .interact_text()
                .map_err(into_io)?;
            match interpret(ask, &typed).map_err(io::Error::other)? {
                Typed::Reply(r) => return Ok(r),
                Typed::Help | Typed::Menu => {
                    let mut items = vec!["Type an answer".to_owned()];
                    let mut replies = vec![None];
                    if ask.question.not_sure {
                        items.push(NOT_SURE_LABEL.to_owned());
                        replies.push(Some(Reply::Answer(Answer::NotSure)));
                    }
                    if let Some(back) = ask.back {
                        items.push(back.to_owned());
                        replies.push(Some(Reply::Back));
                    }
                    items.push(QUIT_LABEL.to_owned());
                    replies.push(Some(Reply::Quit));
                    match self.select("What would you like to do?", &items, 0)? {
                        None => return Ok(Reply::Quit),
                        Some(i) => {
                            if let Some(r) = replies.swap_remove(i) {
                                return Ok(r);
                            }
                        }
                    }
                }
            }
        }
    }
}

impl Prompter for DialoguerPrompter<'_> {
    fn ask(&mut self, ask: &Ask<'_>) -> io::Result<Reply> {
        self.header(ask);
        let q = ask.question;
        match q.kind {
            QuestionKind::Choice => {
                let values: Vec<(String, Answer)> = q
                    .options
                    .iter()
                    .map(|o| (o.label.get(ask.lang).to_owned(), Answer::Choice(o.value.clone())))
                    .collect();
                self.ask_select(ask, &values)
            }
            QuestionKind::Bool => {
                let values = vec![("Yes".to_owned(), Answer::Bool(true)), ("No".to_owned(), Answer::Bool(false))];
                self.ask_select(ask, &values)
            }
            QuestionKind::OetGrade => {
                let values: Vec<(String, Answer)> =
                    super::OET_GRADES.iter().map(|g| ((*g).to_owned(), Answer::Grade((*g).to_owned()))).collect();
                self.ask_select(ask, &values)
            }
            QuestionKind::MultiChoice => self.ask_multi(ask),
            QuestionKind::Number | QuestionKind::Date => self.ask_typed(ask),
        }
    }

    fn choose(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<Option<usize>> {
        self.out.err("\n");
        self.select(prompt, items, default)
    }

    fn text(&mut self, prompt: &str, default: &str) -> io::Result<String> {
        Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .default(default.to_owned())
            .interact_text()
            .map_err(into_io)
    }

    fn say(&mut self, text: &str) {
        self.out.err(text);
        if !text.ends_with('\n') {
            self.out.err("\n");
        }
    }
}

fn into_io(e: dialoguer::Error) -> io::Error {
    match e {
        dialoguer::Error::IO(e) => e,
    }
}

/// Shows the cursor again (dialoguer hides it inside a list).
pub fn restore_cursor() {
    let _ = Term::stderr().show_cursor();
}

/// A scripted person, for tests. Each step of the script is what they would type or pick:
///
/// - for a question: optionally `question-id=` first (checked: the test fails if another
///   question is asked), then an option value (`"nurse"`), `"yes"`/`"no"`, a grade, a number or date
///   as typed, a comma-separated list for multi-choice (`""` for none), or one of the words
///   `back`, `not sure`, `quit`;
/// - for a list of choices: text the chosen item contains (case-insensitive);
/// - for a line of text: the text (`""` takes the default).
///
/// Everything shown is kept in `transcript`, so tests can assert on notices and prompts.
#[derive(Debug, Default)]
pub struct ScriptedPrompter {
    script: VecDeque<String>,
    /// Question ids in the order they were asked.
    pub asked: Vec<String>,
    /// Every message, progress line, prompt and validation error, in order.
    pub transcript: Vec<String>,
}

impl ScriptedPrompter {
    pub fn new<I, S>(script: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self { script: script.into_iter().map(Into::into).collect(), ..Self::default() }
    }

    /// Script steps not used yet.
    pub fn remaining(&self) -> usize {
        self.script.len()
    }

    fn next(&mut self, at: &str) -> io::Result<String> {
        self.script.pop_front().ok_or_else(|| io::Error::other(format!("the script ran out at: {at}")))
    }
}

impl Prompter for ScriptedPrompter {
    fn ask(&mut self, ask: &Ask<'_>) -> io::Result<Reply> {
        let q = ask.question;
        self.asked.push(q.id.clone());
        self.transcript.push(ask.progress.clone());
        self.transcript.push(format!("? {}", ask.prompt));
        loop {
            let mut step = self.next(&q.id)?;
            if let Some((id, value)) = step.split_once('=')
                && !id.is_empty()
                && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                if id != q.id {
                    return Err(io::Error::other(format!(
                        "the script expected question `{id}`, but `{}` was asked",
                        q.id
                    )));
                }
                step = value.to_owned();
            }
            let typed = match q.kind {
                QuestionKind::MultiChoice if !is_command(&step) => {
                    let items: Vec<String> =
                        step.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect();
                    match crate::answers::check_answer(q, &crate::answers::Plain::List(items)) {
                        Ok(a) => Ok(Typed::Reply(Reply::Answer(a))),
                        Err(e) => Err(e),
                    }
                }
                _ => interpret(ask, &step),
            };
            match typed {
                Ok(Typed::Reply(r)) => return Ok(r),
                Ok(Typed::Help | Typed::Menu) => {}
                Err(e) => self.transcript.push(format!("invalid: {e}")),
            }
        }
    }

    fn choose(&mut self, prompt: &str, items: &[String], _default: usize) -> io::Result<Option<usize>> {
        self.transcript.push(format!("? {prompt}"));
        self.transcript.extend(items.iter().map(|i| format!("  {i}")));
        let step = self.next(prompt)?;
        if step == "esc" {
            return Ok(None);
        }
        let want = step.to_lowercase();
        items
            .iter()
            .position(|i| i.to_lowercase().contains(&want))
            .map(Some)
            .ok_or_else(|| io::Error::other(format!("no item containing `{step}` at `{prompt}`: {items:?}")))
    }

    fn text(&mut self, prompt: &str, default: &str) -> io::Result<String> {
        self.transcript.push(format!("? {prompt} [{default}]"));
        let step = self.next(prompt)?;
        Ok(if step.is_empty() { default.to_owned() } else { step })
    }

    fn say(&mut self, text: &str) {
        self.transcript.push(text.to_owned());
    }
}

fn is_command(s: &str) -> bool {
    super::command(s).is_some()
}
