//! The seam between the interview loop and the terminal. `DialoguerPrompter` is the only code
//! that touches dialoguer; `ScriptedPrompter` plays a script for tests.

use super::wrap::{PREFIX, shorten, wrap};
use super::{Ask, Reply, Typed, interpret};
use crate::answers::Answer;
use crate::output::Output;
use crate::ruleset::raw::QuestionKind;
use crate::text::neutralise;
use dialoguer::console::{Key, Term, measure_text_width, style};
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

    /// Shows the plan (on standard output). With `page`, a screen at a time on a terminal:
    /// Enter or Space for more, Q or Esc to stop.
    fn show(&mut self, text: &str, page: bool, lang: &str) -> io::Result<()>;
}

/// Labels of the extra choices every prompt may offer.
fn w(id: &'static str, lang: &str) -> &'static str {
    crate::ui::word(id, lang)
}

/// Columns left free after a typed question's prompt, for the answer.
const TYPING_ROOM: usize = 24;
/// Columns left free after a list's prompt, for the theme's suffix.
const SUFFIX_ROOM: usize = 3;

/// The real terminal, through dialoguer. Prompts go to stderr.
///
/// dialoguer clears what it drew by counting newlines, so every prompt is wrapped to the
/// terminal's width here first; typed questions and their menus draw no summary line of
/// their own (`report(false)`): this prompter writes one `✔ prompt · answer` line when the
/// question is settled, so a question appears on screen once, without the earlier tries.
pub struct DialoguerPrompter<'o> {
    out: &'o Output,
    theme: Box<dyn Theme>,
    /// Lines the last question's header took (progress, help, hint), so its list can be
    /// paged to keep them on screen.
    header_lines: std::cell::Cell<usize>,
}

impl<'o> DialoguerPrompter<'o> {
    /// Plain themes for `--plain` (screen readers), colour only when stderr may have it.
    pub fn new(out: &'o Output) -> Self {
        dialoguer::console::set_colors_enabled_stderr(out.color_stderr);
        let theme: Box<dyn Theme> = if out.plain { Box::new(SimpleTheme) } else { Box::new(ColorfulTheme::default()) };
        Self { out, theme, header_lines: std::cell::Cell::new(0) }
    }

    /// Columns to wrap to: the terminal's, less one so no line ends exactly at the edge
    /// (--width, when the size is unknown).
    fn columns(&self) -> usize {
        let cols = Term::stderr().size_checked().map_or(usize::from(self.out.width), |(_, c)| usize::from(c));
        cols.saturating_sub(1).max(20)
    }

    /// A prompt broken into lines that fit after the theme's prefix, leaving `reserve`
    /// columns free on its last line.
    fn prompt(&self, text: &str, reserve: usize) -> String {
        // dialoguer writes prompts and items to the terminal itself, past the output layer.
        wrap(&neutralise(text), self.columns(), PREFIX, PREFIX, reserve)
    }

    /// Writes the line that stays on screen once a question is settled: `✔ prompt · answer`,
    /// the answer on a line of its own when it does not fit after the prompt.
    fn report(&self, prompt: &str, answer: &str) {
        let cols = self.columns();
        let mut wrapped = wrap(prompt, cols, PREFIX, PREFIX, 0);
        let lines = wrapped.lines().count();
        let last = wrapped.lines().last().map_or(0, measure_text_width) + if lines == 1 { PREFIX } else { 0 };
        if last + 3 + measure_text_width(answer) > cols {
            wrapped.push_str("\n ");
        }
        let mut line = String::new();
        let _ = self.theme.format_input_prompt_selection(&mut line, &wrapped, answer);
        line.push('\n');
        self.out.err(&line);
    }

    /// Shows an error line (wrapped); returns how many lines it took.
    fn error(&self, text: &str) -> usize {
        let mut line = String::new();
        let _ = self.theme.format_error(&mut line, &wrap(text, self.columns(), PREFIX, PREFIX, 0));
        line.push('\n');
        self.out.err(&line);
        line.matches('\n').count()
    }

    /// List items shortened to one line each after the list's `indent` (its marker).
    fn fit<'a>(&self, items: impl Iterator<Item = &'a str>, indent: usize) -> Vec<String> {
        let room = self.columns().saturating_sub(indent);
        items.map(|i| shorten(&neutralise(i), room)).collect()
    }

    fn dim(&self, s: &str) -> String {
        if self.out.color_stderr { style(s).dim().to_string() } else { s.to_owned() }
    }

    fn header(&self, ask: &Ask<'_>) {
        let progress =
            if self.out.color_stderr { style(&ask.progress).bold().to_string() } else { ask.progress.clone() };
        let mut s = format!("\n{progress}\n");
        let width = self.columns();
        if let Some(help) = &ask.help {
            s.push_str(&self.dim(&wrap(help, width, 0, 0, 0)));
            s.push('\n');
        }
        let hint = match ask.question.kind {
            // The question's own help may already say how to tick: not twice.
            QuestionKind::MultiChoice if ask.help.as_deref().is_some_and(mentions_space) => None,
            QuestionKind::MultiChoice => Some(w("interview-help-ticks", ask.lang)),
            QuestionKind::Number => Some(w("interview-help-typed", ask.lang)),
            QuestionKind::Date => Some(w("interview-help-date", ask.lang)),
            _ => Some(w("interview-help-list", ask.lang)),
        };
        if let Some(hint) = hint {
            s.push_str(&self.dim(&wrap(hint, width, 0, 0, 0)));
            s.push('\n');
        }
        self.header_lines.set(s.matches('\n').count());
        self.out.err(&s);
    }

    /// How many list items fit on the screen below the question's header and `prompt`, so
    /// the progress line and the question stay in sight on a small terminal (80×24): `None`
    /// when the terminal's height is unknown.
    fn page_room(&self, prompt: &str) -> Option<usize> {
        let (rows, _) = Term::stderr().size_checked()?;
        let used = self.header_lines.take() + prompt.lines().count() + 1;
        Some(usize::from(rows).saturating_sub(used).max(3))
    }

    /// A list to pick from; `report` leaves `✔ prompt · item` on screen after.
    /// Items longer than the terminal are shortened (the terminal would cut them mid-word);
    /// the caller reports the full text.
    fn select(&self, prompt: &str, items: &[String], default: usize, report: bool) -> io::Result<Option<usize>> {
        let indent = (0..2)
            .map(|active| {
                let mut s = String::new();
                let _ = self.theme.format_select_prompt_item(&mut s, "", active == 1);
                measure_text_width(&s)
            })
            .max()
            .unwrap_or(2);
        let items = self.fit(items.iter().map(String::as_str), indent);
        let prompt = self.prompt(prompt, SUFFIX_ROOM);
        let mut select = Select::with_theme(self.theme.as_ref());
        if let Some(room) = self.page_room(&prompt) {
            select = select.max_length(room);
        }
        select
            .with_prompt(prompt)
            .items(&items)
            .default(default.min(items.len().saturating_sub(1)))
            .report(report)
            .interact_opt()
            .map_err(into_io)
    }

    /// Choice, bool and OET-grade questions: the options, then Not sure, Back, Quit.
    fn ask_select(&self, ask: &Ask<'_>, values: &[(String, Answer)]) -> io::Result<Reply> {
        let mut items: Vec<String> = values.iter().map(|(label, _)| label.clone()).collect();
        let mut extras = Vec::new();
        if ask.question.not_sure {
            items.push(w("interview-not-sure", ask.lang).to_owned());
            extras.push(Reply::Answer(Answer::NotSure));
        }
        if let Some(back) = ask.back {
            items.push(back.to_owned());
            extras.push(Reply::Back);
        }
        items.push(w("interview-quit", ask.lang).to_owned());
        extras.push(Reply::Quit);
        let default = match ask.current {
            Some(Answer::NotSure) => values.len(),
            Some(current) => values.iter().position(|(_, a)| a == current).unwrap_or(0),
            None => 0,
        };
        let Some(i) = self.select(&ask.prompt, &items, default, false)? else { return Ok(Reply::Quit) };
        let reply =
            if i < values.len() { Reply::Answer(values[i].1.clone()) } else { extras.swap_remove(i - values.len()) };
        // Only an answer is reported: Back and Quit are not answers to the question.
        if matches!(reply, Reply::Answer(_)) {
            self.report(&ask.prompt, &items[i]);
        }
        Ok(reply)
    }

    fn ask_multi(&self, ask: &Ask<'_>) -> io::Result<Reply> {
        let q = ask.question;
        let ticked: Vec<&str> = match ask.current {
            Some(Answer::Multi(v)) => v.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        let offered = ask.offered();
        let mut items: Vec<(String, bool)> =
            offered.iter().map(|o| (o.label.get(ask.lang).to_owned(), ticked.contains(&o.value.as_str()))).collect();
        let n = items.len();
        let not_sure_at = q.not_sure.then(|| {
            items.push((
                w("interview-not-sure-alone", ask.lang).to_owned(),
                ask.current.is_some_and(Answer::is_not_sure),
            ));
            items.len() - 1
        });
        let alone = |label: &str| {
            crate::ui::sentence(&crate::reason::Reason::new("interview-tick-alone").with("item", label), ask.lang)
        };
        let back_at = ask.back.map(|b| {
            items.push((alone(b), false));
            items.len() - 1
        });
        // Quit is on every screen, this one included (Esc quits too).
        items.push((alone(w("interview-quit", ask.lang)), false));
        let quit_at = items.len() - 1;
        let prompt = self.prompt(&ask.prompt, SUFFIX_ROOM);
        let indent = [(false, false), (false, true), (true, false), (true, true)]
            .into_iter()
            .map(|(checked, active)| {
                let mut s = String::new();
                let _ = self.theme.format_multi_select_prompt_item(&mut s, "", checked, active);
                measure_text_width(&s)
            })
            .max()
            .unwrap_or(4);
        let shown = self.fit(items.iter().map(|(l, _)| l.as_str()), indent);
        // Lines of the last refusal, cleared once the ticks are settled.
        let mut refused = 0;
        let room = self.page_room(&prompt);
        loop {
            let mut multi = MultiSelect::with_theme(self.theme.as_ref());
            if let Some(room) = room {
                // A refusal's lines sit between the header and the list.
                multi = multi.max_length(room.saturating_sub(refused).max(3));
            }
            let chosen = multi
                .with_prompt(prompt.as_str())
                .items_checked(shown.iter().zip(&items).map(|(l, (_, c))| (l.as_str(), *c)))
                .report(false)
                .interact_opt()
                .map_err(into_io)?;
            let _ = Term::stderr().clear_last_lines(refused);
            let Some(chosen) = chosen else { return Ok(Reply::Quit) };
            if chosen == [quit_at] {
                return Ok(Reply::Quit);
            }
            if chosen.contains(&quit_at) {
                let others: Vec<String> =
                    chosen.iter().filter(|&&i| i != quit_at).map(|&i| items[i].0.clone()).collect();
                let clash = crate::reason::Reason::new("interview-ticked-together")
                    .with("what", w("interview-quit", ask.lang))
                    .with("others", others.join(", "));
                for (i, item) in items.iter_mut().enumerate() {
                    item.1 = chosen.contains(&i);
                }
                refused = self.error(&crate::ui::sentence(&clash, ask.lang));
                continue;
            }
            let options = chosen.iter().filter(|&&i| i < n).map(|&i| offered[i].value.clone()).collect();
            let not_sure = not_sure_at.is_some_and(|b| chosen.contains(&b));
            let back = back_at.is_some_and(|b| chosen.contains(&b));
            match super::ticked(ask, options, not_sure, back) {
                Ok(reply) => {
                    if let Reply::Answer(a) = &reply {
                        self.report(&ask.prompt, &ask.display(a));
                    }
                    return Ok(reply);
                }
                Err(e) => {
                    // Ask again with the same ticks, so nothing ticked is lost.
                    for (i, item) in items.iter_mut().enumerate() {
                        item.1 = chosen.contains(&i);
                    }
                    refused = self.error(&e);
                }
            }
        }
    }

    /// Number and date questions: typed, checked as typed; an empty line or `?` opens a menu.
    fn ask_typed(&self, ask: &Ask<'_>) -> io::Result<Reply> {
        let asking = match ask.current {
            Some(current) => format!("{} [Enter keeps: {}]", ask.prompt, ask.display(current)),
            None => ask.prompt.clone(),
        };
        let asking = self.prompt(&asking, TYPING_ROOM);
        loop {
            let typed = Input::<String>::with_theme(self.theme.as_ref())
                .with_prompt(asking.as_str())
                .allow_empty(true)
                .report(false)
                .validate_with(|s: &String| -> Result<(), String> { interpret(ask, s).map(|_| ()) })
                .interact_text()
                .map_err(into_io)?;
            match interpret(ask, &typed).map_err(io::Error::other)? {
                Typed::Reply(r) => {
                    self.report_reply(ask, &r);
                    return Ok(r);
                }
                Typed::Help | Typed::Menu => {
                    let mut items = vec![w("interview-type-an-answer", ask.lang).to_owned()];
                    let mut replies = vec![None];
                    if ask.question.not_sure {
                        items.push(w("interview-not-sure", ask.lang).to_owned());
                        replies.push(Some(Reply::Answer(Answer::NotSure)));
                    }
                    if let Some(back) = ask.back {
                        items.push(back.to_owned());
                        replies.push(Some(Reply::Back));
                    }
                    items.push(w("interview-quit", ask.lang).to_owned());
                    replies.push(Some(Reply::Quit));
                    match self.select(w("interview-what-now", ask.lang), &items, 0, false)? {
                        None => return Ok(Reply::Quit),
                        Some(i) => {
                            if let Some(r) = replies.swap_remove(i) {
                                self.report_reply(ask, &r);
                                return Ok(r);
                            }
                        }
                    }
                }
            }
        }
    }

    /// The `✔ prompt · answer` line, for answers only: Back and Quit are not answers.
    fn report_reply(&self, ask: &Ask<'_>, reply: &Reply) {
        if let Reply::Answer(a) = reply {
            self.report(&ask.prompt, &ask.display(a));
        }
    }
}

impl Prompter for DialoguerPrompter<'_> {
    fn ask(&mut self, ask: &Ask<'_>) -> io::Result<Reply> {
        self.header(ask);
        let q = ask.question;
        match q.kind {
            QuestionKind::Choice => {
                let values: Vec<(String, Answer)> = ask
                    .offered()
                    .into_iter()
                    .map(|o| (o.label.get(ask.lang).to_owned(), Answer::Choice(o.value.clone())))
                    .collect();
                self.ask_select(ask, &values)
            }
            QuestionKind::Bool => {
                let values = vec![
                    (w("interview-yes", ask.lang).to_owned(), Answer::Bool(true)),
                    (w("interview-no", ask.lang).to_owned(), Answer::Bool(false)),
                ];
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
        let chosen = self.select(prompt, items, default, false)?;
        if let Some(i) = chosen {
            self.report(prompt, &items[i]);
        }
        Ok(chosen)
    }

    fn text(&mut self, prompt: &str, default: &str) -> io::Result<String> {
        // The theme shows the default after the prompt: "(name) › ". A typed answer replaces
        // the default, so room for the longer of the two is enough.
        let reserve = (measure_text_width(default) + 5).max(TYPING_ROOM);
        Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(self.prompt(prompt, reserve))
            .default(neutralise(default).into_owned())
            .interact_text()
            .map_err(into_io)
    }

    /// Each line wrapped to the terminal; an indented line (a list item, `  - …`) keeps its
    /// indent, and its continuation lines hang under the item's text. A line indented by four
    /// spaces or more is a command to copy, and is never broken.
    fn say(&mut self, text: &str) {
        let cols = self.columns();
        let mut out = String::new();
        for line in text.strip_suffix('\n').unwrap_or(text).split('\n') {
            let body = line.trim_start();
            let lead = line.len() - body.len();
            if lead >= 4 {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            let hang = lead + marker(body);
            out.push_str(&line[..lead]);
            out.push_str(&wrap(body, cols, hang, lead, 0));
            out.push('\n');
        }
        self.out.err(&out);
    }

    fn show(&mut self, text: &str, page: bool, lang: &str) -> io::Result<()> {
        let term = Term::stdout();
        let rows = term.size_checked().map(|(rows, _)| usize::from(rows));
        let (Some(rows), true) = (rows, page && term.is_term()) else {
            return self.out.out(text).map_err(|e| io::Error::other(e.to_string()));
        };
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        // A screen of plan, less the line the "more" prompt takes.
        let screen = rows.saturating_sub(1).max(5);
        let mut at = 0;
        while at < lines.len() {
            let end = (at + screen).min(lines.len());
            self.out.out(&lines[at..end].concat()).map_err(|e| io::Error::other(e.to_string()))?;
            at = end;
            if at >= lines.len() {
                break;
            }
            let percent = (at * 100 / lines.len()) as f64;
            let more = crate::ui::sentence(&crate::reason::Reason::new("pager-more").with("percent", percent), lang);
            let err = Term::stderr();
            err.write_str(&self.dim(&more))?;
            let key = err.read_key();
            err.clear_line()?;
            match key? {
                Key::Enter | Key::Char(' ') | Key::ArrowDown | Key::PageDown => {}
                Key::Char('\u{3}') => return Err(io::Error::from(io::ErrorKind::Interrupted)),
                _ => break,
            }
        }
        Ok(())
    }
}

/// The width of a list item's marker (`- `, `12. `) at the start of a line, 0 for none.
fn marker(line: &str) -> usize {
    if line.starts_with("- ") {
        return 2;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(". ") { digits + 2 } else { 0 }
}

/// True when a help text already says how to tick (mentions the Space key).
fn mentions_space(help: &str) -> bool {
    help.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case("space"))
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
///   as typed, a comma-separated list of ticks for multi-choice (`""` for none; `not sure`
///   and `back` in the list tick those items, as on screen), or one of the words `back`,
///   `not sure`, `quit`;
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
    /// The plans shown, and whether each was paged.
    pub shown: Vec<(String, bool)>,
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
                    // Ticks: option values, and the words `not sure` and `back` as the extra items.
                    let (mut not_sure, mut back) = (false, false);
                    let mut items = Vec::new();
                    for item in step.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        match super::command(item) {
                            Some(super::Command::NotSure) => not_sure = true,
                            Some(super::Command::Back) if ask.back.is_some() => back = true,
                            _ => items.push(item.to_owned()),
                        }
                    }
                    super::ticked(ask, items, not_sure, back).map(Typed::Reply)
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

    fn show(&mut self, text: &str, page: bool, _lang: &str) -> io::Result<()> {
        self.shown.push((text.to_owned(), page));
        Ok(())
    }
}

fn is_command(s: &str) -> bool {
    super::command(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::{marker, mentions_space};

    #[test]
    fn list_markers_hang_their_continuation_lines() {
        assert_eq!(marker("- an item"), 2);
        assert_eq!(marker("1. a step"), 3);
        assert_eq!(marker("12. a step"), 4);
        assert_eq!(marker("2026 was a year"), 0);
        assert_eq!(marker("plain text"), 0);
    }

    #[test]
    fn help_that_mentions_the_space_key_replaces_the_widget_hint() {
        assert!(mentions_space("Choose none if you have not passed any. Press Space to choose, Enter when done."));
        assert!(mentions_space("press space to tick"));
        assert!(!mentions_space("See yourspace.example.org for help."));
        assert!(!mentions_space("Choose all that apply."));
    }
}
