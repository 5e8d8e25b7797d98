//! `requal advise` in a real pseudo-terminal (expectrl), driving the real binary: the
//! happy paths, back and change, not sure, invalid input, Ctrl-C, save and resume, resume
//! under changed rules, the handout, and what is left on an 80-column screen (through a
//! small screen emulator). Deterministic: NO_COLOR, TERM=xterm, --width 80, --today.
//!
//! Options are picked by their position in the ruleset's own question, so a reworded label
//! does not break a test; a reordered or new question fails with the prompt it waited for.

use crate::harness;
use expectrl::session::OsSession;
use expectrl::{Eof, Expect as _, Session};
use nix::sys::signal::Signal;
use nix::sys::wait::WaitStatus;
use requal::ruleset::raw::QuestionKind;
use requal::ruleset::{Question, Ruleset};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

const TODAY: &str = "2026-11-22";
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";
const HANDOUT_OFFER: &str = "Save a handout of this plan, to print or take home?";
const AFTER_SHORT: &str = "That is your plan in short. What next?";
const PAGER: &str = "-- Enter or Space: more. Q: stop.";
const LEAVE: &str = "Save your answers so far before you go?";

/// A refugee doctor in the East of England, IELTS 7.0 overall with 6.5 in writing.
const DOCTOR: &[(&str, &str)] = &[
    ("profession", "doctor"),
    ("trained-in", "overseas"),
    ("immigration-status", "refugee"),
    ("region", "east-of-england"),
    ("uk-registration", "never"),
    ("years-out-of-practice", "2"),
    ("internship-completed", "yes"),
    ("english-test", "ielts"),
    ("ielts-listening", "7.5"),
    ("ielts-reading", "7.5"),
    ("ielts-writing", "6.5"),
    ("ielts-speaking", "7"),
    ("ielts-overall", "7"),
    ("english-test-date", "2026-05-01"),
    ("exams-passed", ""),
    ("postgraduate-qualification", "no"),
    ("specialist-training-completed", "no"),
    ("fees-affordable", "no"),
];

/// The issue's acceptance case: a refugee nurse in the North West, OET B in all parts but
/// C+ in writing.
const NURSE: &[(&str, &str)] = &[
    ("profession", "nurse"),
    ("trained-in", "overseas"),
    ("immigration-status", "refugee"),
    ("region", "north-west"),
    ("uk-registration", "never"),
    ("years-out-of-practice", "1"),
    ("english-test", "oet"),
    ("oet-listening", "B"),
    ("oet-reading", "B"),
    ("oet-writing", "C+"),
    ("oet-speaking", "B"),
    ("english-test-date", "2026-06-10"),
    ("exams-passed", ""),
    ("fees-affordable", "partly"),
];

fn rules() -> &'static Ruleset {
    static RULES: OnceLock<Ruleset> = OnceLock::new();
    RULES.get_or_init(harness::ruleset)
}

fn question<'r>(rules: &'r Ruleset, id: &str) -> &'r Question {
    rules.question(id).unwrap_or_else(|| panic!("no question `{id}` in the rules"))
}

/// The start of a question's prompt, up to 40 columns and a word's end: long prompts are
/// wrapped to the terminal, so only their first line can be waited for whole.
fn prompt_start(q: &Question) -> &str {
    let p = q.prompt.english();
    if p.len() <= 40 {
        return p;
    }
    let cut =
        p.char_indices().take_while(|(i, _)| *i <= 40).filter(|(_, c)| *c == ' ').last().map_or(p.len(), |(i, _)| i);
    &p[..cut]
}

/// A session of `requal --width 80 --today … ARGS` in a fresh pseudo-terminal, run in `dir`.
struct Pty {
    session: OsSession,
    /// Everything read so far, for assertions on the whole screen.
    seen: String,
}

impl Pty {
    fn spawn(dir: &Path, args: &[&str]) -> Self {
        Self::spawn_with_env(dir, args, &[])
    }

    fn spawn_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Self {
        // English unless the test chooses: without --lang, a new session first asks the language.
        let lang: &[&str] = if args.contains(&"--lang") { &[] } else { &["--lang", "en"] };
        Self::spawn_exactly(dir, &[lang, args].concat(), env)
    }

    /// `requal --width 80 --today … ARGS`, nothing added.
    fn spawn_exactly(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Self {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_requal"));
        cmd.envs(env.iter().copied());
        cmd.args(["--width", "80", "--today", TODAY])
            .args(args)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env_remove("REQUAL_TODAY")
            .env_remove("COLUMNS")
            .current_dir(dir);
        let mut session = Session::spawn(cmd).expect("spawn requal in a pty");
        session.set_expect_timeout(Some(Duration::from_secs(10)));
        Self { session, seen: String::new() }
    }

    /// Waits for `text`; everything up to it is added to `seen`.
    fn expect(&mut self, text: &str) {
        match self.session.expect(text) {
            Ok(found) => {
                self.seen.push_str(&String::from_utf8_lossy(found.before()));
                self.seen.push_str(text);
            }
            Err(e) => panic!("waiting for {text:?}: {e}\n--- screen so far ---\n{}", clean(&self.seen)),
        }
    }

    /// Reads whatever the program has drawn so far into `seen`, waiting until it has been
    /// quiet for a moment: a list's last items arrive after its first.
    fn drain(&mut self) {
        let mut quiet = 0;
        let mut buf = [0u8; 4096];
        while quiet < 5 {
            match self.session.try_read(&mut buf) {
                Ok(n) if n > 0 => {
                    self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
                    quiet = 0;
                }
                _ => {
                    quiet += 1;
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
        }
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("send keys");
    }

    /// Waits for a question's prompt.
    fn expect_question(&mut self, id: &str) {
        self.expect(prompt_start(question(rules(), id)));
    }

    fn down(&mut self, n: usize, then: &str) {
        self.send(&DOWN.repeat(n));
        self.send(then);
    }

    /// Waits for the question's prompt, then answers it with the keys a person would press.
    fn answer(&mut self, id: &str, value: &str) {
        self.expect(prompt_start(question(rules(), id)));
        self.answer_now(id, value);
    }

    /// Answers the question on screen with the keys a person would press.
    fn answer_now(&mut self, id: &str, value: &str) {
        let q = question(rules(), id);
        match q.kind {
            QuestionKind::Choice => {
                let i = q
                    .options
                    .iter()
                    .position(|o| o.value == value)
                    .unwrap_or_else(|| panic!("{id} has no option {value}"));
                self.down(i, ENTER);
            }
            QuestionKind::Bool => self.down(usize::from(value == "no"), ENTER),
            QuestionKind::OetGrade => {
                let i = ["A", "B", "C+", "C", "D", "E"].iter().position(|g| *g == value).expect("an OET grade");
                self.down(i, ENTER);
            }
            QuestionKind::MultiChoice => {
                // Space ticks the item under the cursor.
                let mut at = 0;
                for v in value.split(',').filter(|v| !v.is_empty()) {
                    let i = q.options.iter().position(|o| o.value == v).expect("an option");
                    self.send(&DOWN.repeat(i - at));
                    self.send(" ");
                    at = i;
                }
                self.send(ENTER);
            }
            QuestionKind::Number | QuestionKind::Date => {
                self.send(value);
                self.send(ENTER);
            }
        }
    }

    fn answer_all(&mut self, answers: &[(&str, &str)]) {
        for (id, value) in answers {
            self.answer(id, value);
        }
    }

    /// Picks "Not sure" at a choice question (after the options).
    fn not_sure(&mut self, id: &str) {
        let q = question(rules(), id);
        self.expect(prompt_start(q));
        self.down(q.options.len(), ENTER);
    }

    /// From the review screen, shows the plan and returns its text.
    fn show_plan(&mut self) -> String {
        self.review_then_plan(&[])
    }

    /// Waits for the review screen and these lines in it, shows the plan, declines the
    /// handout, and waits for the offer to save the session.
    fn review_then_plan(&mut self, lines: &[&str]) -> String {
        let plan = self.plan_to_handout_offer(lines);
        self.down(1, ENTER);
        self.expect("No handout was saved.");
        self.expect("Save this session, to open it again later?");
        plan
    }

    /// Waits for the review screen and these lines in it, then shows the plan: the plan in
    /// short, then (chosen at "What next?") the whole plan, paged a screen at a time with
    /// Space; stops at the offer of a handout. Returns the whole plan as the screen showed it.
    fn plan_to_handout_offer(&mut self, lines: &[&str]) -> String {
        self.expect("Your answers. Choose one to change it, or go on");
        for l in lines {
            self.expect(l);
        }
        self.send(ENTER);
        self.expect("Your plan in short");
        self.expect(AFTER_SHORT);
        self.expect("Read the whole plan here, one screen at a time");
        self.wait_for_raw_mode();
        self.send(ENTER);
        let start = self.seen.len();
        loop {
            let found = self
                .session
                .expect(expectrl::Regex(format!("-- Enter or Space: more\\.|{}", regex_escape(HANDOUT_OFFER))))
                .unwrap_or_else(|e| panic!("paging the plan: {e}\n{}", clean(&self.seen)));
            self.seen.push_str(&String::from_utf8_lossy(found.before()));
            let matched = String::from_utf8_lossy(found.get(0).unwrap_or_default()).into_owned();
            self.seen.push_str(&matched);
            if matched == HANDOUT_OFFER {
                break;
            }
            self.send(" ");
        }
        let end = self.seen.rfind(HANDOUT_OFFER).unwrap();
        // The "more" prompts are cleared from the line before the plan goes on there.
        let mut text = clean(&self.seen[start..end]);
        while let Some(at) = text.find(PAGER) {
            let close = text[at..].find("read) --").map_or(text.len(), |i| at + i + "read) --".len());
            text.replace_range(at..close, "");
        }
        let from = text.find("Plan for ").unwrap_or(0);
        let until = text.rfind("\n? ").filter(|&i| i > from).unwrap_or(text.len());
        text[from..until].trim_end().to_owned()
    }

    /// On resuming, at "Have you done any of these steps…": none.
    fn no_steps_done(&mut self) {
        self.expect("Have you done any of these steps since you saved?");
        self.expect("No more: go on to my answers");
        self.wait_for_raw_mode();
        self.send(ENTER);
    }

    /// At a save offer: save under the default name (or `name`).
    fn save(&mut self, name: Option<&str>) {
        self.send(ENTER);
        self.expect("File name");
        if let Some(n) = name {
            self.send(n);
        }
        self.send(ENTER);
        self.expect("Saved to ");
    }

    /// At a save offer: do not save.
    fn dont_save(&mut self) {
        self.down(1, ENTER);
        self.expect("Nothing was saved.");
    }

    /// At the menu Quit (or Esc) opens: quit without saving.
    fn quit_without_saving(&mut self) {
        self.expect(LEAVE);
        self.expect("No, do not save");
        self.down(2, ENTER);
        self.expect("Nothing was saved.");
    }

    /// Sends `signal` to the requal process, as another program (or a closed terminal) would.
    fn signal(&self, signal: Signal) {
        nix::sys::signal::kill(self.session.get_process().pid(), signal).expect("send a signal to requal");
    }

    /// True while the terminal reads whole lines (canonical mode): off while a list waits
    /// for a key (raw mode). Read through the pty's master side, which shares the modes.
    fn canonical(&self) -> bool {
        use std::os::fd::AsRawFd as _;
        let modes =
            nix::sys::termios::tcgetattr(self.session.get_stream().as_raw_fd()).expect("read the terminal's modes");
        modes.local_flags.contains(nix::sys::termios::LocalFlags::ICANON)
    }

    /// Waits until a list has put the terminal in raw mode.
    fn wait_for_raw_mode(&self) {
        let start = std::time::Instant::now();
        while self.canonical() {
            assert!(start.elapsed() < Duration::from_secs(10), "the list never put the terminal in raw mode");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Reads to the end and returns the exit code.
    fn finish(self) -> i32 {
        self.finish_with_output().0
    }

    /// Reads to the end; returns the exit code and everything the program wrote.
    fn finish_with_output(mut self) -> (i32, String) {
        if let Ok(found) = self.session.expect(Eof) {
            self.seen.push_str(&String::from_utf8_lossy(found.before()));
        }
        match self.session.get_process().wait().expect("wait for requal") {
            WaitStatus::Exited(_, code) => (code, self.seen),
            other => panic!("requal did not exit normally: {other:?}\n{}", clean(&self.seen)),
        }
    }
}

/// The screen text without escape sequences and carriage returns.
fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    while let Some(&n) = chars.peek() {
                        chars.next();
                        if n.is_ascii_alphabetic() || n == '~' {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// What a terminal `cols` wide and `rows` high shows after `raw`, scrollback included, one
/// string a line. Just enough of a VT100 for what console and dialoguer send: text with
/// automatic wrapping at the edge, CR, LF, cursor up/down/left/right/column, erase in line
/// and in display. Lines the program forgot to clear stay, as on a real screen.
fn screen(raw: &str, cols: usize, rows: usize) -> Vec<String> {
    let (lines, _) = terminal(raw, cols, rows);
    let mut out: Vec<String> = lines.iter().map(|l| l.iter().collect::<String>().trim_end().to_owned()).collect();
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// The `rows` lines a terminal `cols` wide shows after `raw`: its window, not its scrollback.
fn visible(raw: &str, cols: usize, rows: usize) -> Vec<String> {
    let (lines, top) = terminal(raw, cols, rows);
    lines[top..top + rows].iter().map(|l| l.iter().collect::<String>().trim_end().to_owned()).collect()
}

/// Every line a terminal holds after `raw`, and where its window starts.
fn terminal(raw: &str, cols: usize, rows: usize) -> (Vec<Vec<char>>, usize) {
    let mut lines: Vec<Vec<char>> = vec![Vec::new(); rows];
    let (mut top, mut row, mut col) = (0usize, 0usize, 0usize);
    let line_feed = |lines: &mut Vec<Vec<char>>, top: &mut usize, row: &mut usize| {
        if *row + 1 == *top + rows {
            lines.push(Vec::new());
            *top += 1;
        }
        *row += 1;
    };
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => col = 0,
            '\n' => line_feed(&mut lines, &mut top, &mut row),
            '\x08' => col = col.saturating_sub(1),
            '\x1b' => {
                if chars.peek() != Some(&'[') {
                    chars.next();
                    continue;
                }
                chars.next();
                let mut params = String::new();
                let mut fin = ' ';
                for n in chars.by_ref() {
                    if n.is_ascii_alphabetic() || n == '~' {
                        fin = n;
                        break;
                    }
                    params.push(n);
                }
                if params.starts_with('?') {
                    continue;
                }
                let nums: Vec<usize> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
                let n = nums.first().copied().unwrap_or(0);
                let count = n.max(1);
                col = col.min(cols - 1);
                match fin {
                    'A' => row = row.saturating_sub(count).max(top),
                    'B' => row = (row + count).min(top + rows - 1),
                    'C' => col = (col + count).min(cols - 1),
                    'D' => col = col.saturating_sub(count),
                    'G' => col = count - 1,
                    'H' => {
                        row = top + count - 1;
                        col = nums.get(1).copied().unwrap_or(1).max(1) - 1;
                    }
                    'K' => match n {
                        0 => lines[row].truncate(col),
                        1 => lines[row].iter_mut().take(col + 1).for_each(|c| *c = ' '),
                        _ => lines[row].clear(),
                    },
                    'J' => {
                        let from = if n == 0 {
                            lines[row].truncate(col);
                            row + 1
                        } else {
                            top
                        };
                        lines[from..].iter_mut().for_each(Vec::clear);
                    }
                    _ => {}
                }
            }
            c if c.is_control() => {}
            c => {
                if col >= cols {
                    col = 0;
                    line_feed(&mut lines, &mut top, &mut row);
                }
                let line = &mut lines[row];
                if line.len() <= col {
                    line.resize(col + 1, ' ');
                }
                line[col] = c;
                col += 1;
            }
        }
    }
    (lines, top)
}

#[test]
fn the_screen_emulator_wraps_and_clears_like_a_terminal() {
    let long = "x".repeat(85);
    assert_eq!(screen(&format!("{long}\r\n"), 80, 24), vec!["x".repeat(80), "x".repeat(5)]);
    // Up two lines and clear them: what console does to redraw.
    let s = screen("one\r\ntwo\r\nthree\r\n\x1b[2A\r\x1b[2K\x1b[1B\r\x1b[2K\x1b[1B\x1b[2Anew\r\n", 80, 24);
    assert_eq!(s, vec!["one", "new"]);
}

/// `requal plan --answers FILE` (no terminal), with the same flags as the sessions.
fn plan_cli(dir: &Path, file: &Path, extra: &[&str]) -> String {
    let mut cmd = harness::requal();
    cmd.current_dir(dir).args(["--width", "80", "--today", TODAY]).args(extra).arg("plan").arg("--answers").arg(file);
    let (code, stdout, stderr) = harness::run(&mut cmd);
    assert_eq!(code, 0, "requal plan failed: {stderr}");
    stdout
}

fn plan_json(dir: &Path, file: &Path, extra: &[&str]) -> serde_json::Value {
    let mut cmd = harness::requal();
    cmd.current_dir(dir)
        .args(["--width", "80", "--today", TODAY])
        .args(extra)
        .args(["plan", "--format", "json", "--answers"])
        .arg(file);
    let (code, stdout, stderr) = harness::run(&mut cmd);
    assert_eq!(code, 0, "requal plan --format json failed: {stderr}");
    serde_json::from_str(&stdout).expect("plan JSON")
}

fn step_status(plan: &serde_json::Value, route: &str, step: &str) -> String {
    let r = plan["routes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == route)
        .unwrap_or_else(|| panic!("no route {route}"));
    let s = r["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == step)
        .unwrap_or_else(|| panic!("no step {route}.{step}"));
    s["status"].as_str().unwrap().to_owned()
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    v.sort();
    v
}

#[test]
fn refugee_doctor_happy_path_ends_in_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.expect("Ctrl-C stops at once, without saving.");
    pty.expect("Question 1 — ");
    pty.answer_all(DOCTOR);
    let plan = pty.show_plan();
    pty.dont_save();
    assert_eq!(pty.finish(), 0);
    assert!(plan.starts_with("Plan for Doctor on 2026-11-22"), "{plan}");
    assert!(plan.contains("PLAB"), "{plan}");
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words(&plan).contains(&words(rules().meta.disclaimer.english())), "{plan}");
    assert!(files_in(dir.path()).is_empty(), "nothing is written unless the person saves");
}

#[test]
fn back_and_change_an_earlier_answer_drops_the_answers_that_no_longer_apply() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(&DOCTOR[..9]);
    // At IELTS reading: "?" opens the other choices; Back is after "Type an answer" and "Not sure".
    pty.expect_question("ielts-reading");
    pty.send("?\r");
    pty.expect("What would you like to do?");
    pty.down(2, ENTER);
    // Back at IELTS listening, which shows the answer given; typing `back` goes back again.
    pty.expect("[Enter keeps: 7.5]");
    pty.send("back\r");
    // The English test question, with IELTS (the answer given) under the cursor: go up to "None yet".
    pty.expect_question("english-test");
    pty.send(UP);
    pty.send(ENTER);
    pty.expect("Dropped your answer to \"IELTS listening score\" (7.5)");
    // No IELTS question follows: the next is the exams question.
    pty.expect_question("exams-passed");
    pty.send(ESC);
    pty.quit_without_saving();
    assert_eq!(pty.finish(), 0);
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn changing_an_answer_in_the_review_asks_the_questions_it_makes_relevant() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(DOCTOR);
    pty.expect("Your answers. Choose one to change it, or go on");
    // The list: "Show my plan", then the answers in interview order.
    let english = DOCTOR.iter().position(|(id, _)| *id == "english-test").unwrap();
    pty.down(english + 1, ENTER);
    pty.expect("Change your answer: English test");
    pty.down(1, ENTER); // IELTS -> OET
    pty.expect("Dropped your answer to \"IELTS writing score\" (6.5)");
    pty.answer_all(&[("oet-listening", "B"), ("oet-reading", "B"), ("oet-writing", "B"), ("oet-speaking", "B")]);
    let plan = pty.show_plan();
    pty.dont_save();
    assert_eq!(pty.finish(), 0);
    assert!(plan.contains("Plan for Doctor"));
}

#[test]
fn not_sure_about_the_english_test_gives_a_check_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    let english = DOCTOR.iter().position(|(id, _)| *id == "english-test").unwrap();
    pty.answer_all(&DOCTOR[..english]);
    pty.not_sure("english-test");
    let rest: Vec<(&str, &str)> = DOCTOR[english + 1..]
        .iter()
        .copied()
        .filter(|(id, _)| !id.starts_with("ielts-") && *id != "english-test-date")
        .collect();
    pty.answer_all(&rest);
    let plan = pty.show_plan();
    pty.save(Some("unsure.toml"));
    assert_eq!(pty.finish(), 0);
    assert!(plan.contains("Find this out first."), "{plan}");
    let file = dir.path().join("unsure.toml");
    assert!(std::fs::read_to_string(&file).unwrap().contains("english-test = \"not-sure\""));
    assert_eq!(step_status(&plan_json(dir.path(), &file, &[]), "gmc-plab", "english"), "check");
}

#[test]
fn invalid_input_is_explained_and_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(&DOCTOR[..9]);
    pty.expect_question("ielts-reading");
    pty.send("7.3\r");
    pty.expect("7.3 is not a step of 0.5 (for example 7 or 7.5)");
    pty.send("10\r");
    pty.expect("10 is above the highest allowed value, 9");
    pty.send("7.5\r");
    pty.answer_all(&DOCTOR[10..13]);
    pty.expect_question("english-test-date");
    pty.send("2027-01-01\r");
    pty.expect("2027-01-01 is in the future (today is 2026-11-22)");
    pty.send("quit\r");
    // Esc in the menu Quit opens goes back to the question; quitting takes a choice.
    pty.expect(LEAVE);
    pty.expect("Go back to the questions");
    pty.wait_for_raw_mode();
    pty.send(ESC);
    pty.expect_question("english-test-date");
    pty.send("quit\r");
    pty.quit_without_saving();
    assert_eq!(pty.finish(), 0);
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn ctrl_c_in_a_list_exits_130_restores_the_cursor_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(&DOCTOR[..2]);
    pty.expect_question("immigration-status");
    pty.send(CTRL_C);
    pty.expect("Stopped (Ctrl-C). Nothing was saved: your answers are gone.");
    let raw = pty.seen.clone();
    assert_eq!(pty.finish(), 130);
    // The list hid the cursor; it is shown again before the process ends.
    let hidden = raw.rfind("\x1b[?25l").expect("the list hid the cursor");
    assert!(raw[hidden..].contains("\x1b[?25h"), "cursor left hidden");
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn ctrl_c_while_typing_and_at_the_save_prompt_exits_130_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(&DOCTOR[..5]);
    pty.expect_question("years-out-of-practice");
    pty.send("1");
    pty.send(CTRL_C);
    pty.expect("Stopped (Ctrl-C)");
    assert_eq!(pty.finish(), 130);

    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(NURSE);
    pty.show_plan();
    pty.send(ENTER); // yes, save
    pty.expect("File name");
    pty.send("half-typed");
    pty.send(CTRL_C);
    pty.expect("Stopped (Ctrl-C)");
    assert_eq!(pty.finish(), 130);
    assert!(files_in(dir.path()).is_empty(), "no file, partial or temporary: {:?}", files_in(dir.path()));
}

#[test]
fn sigterm_in_a_list_restores_the_terminal_writes_nothing_and_exits_143() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(&DOCTOR[..2]);
    pty.expect_question("immigration-status");
    pty.wait_for_raw_mode();
    pty.signal(Signal::SIGTERM);
    pty.expect("Stopped (requal was asked to stop). Nothing was saved: your answers are gone.");
    let raw = pty.seen.clone();
    // The modes outlive the process: read them once it has gone.
    let code = pty.session.get_process().wait().expect("wait for requal");
    assert!(matches!(code, WaitStatus::Exited(_, 143)), "{code:?}\n{}", clean(&raw));
    assert!(pty.canonical(), "the terminal was left in raw mode");
    let hidden = raw.rfind("\x1b[?25l").expect("the list hid the cursor");
    assert!(raw[hidden..].contains("\x1b[?25h"), "cursor left hidden");
    assert!(files_in(dir.path()).is_empty(), "no file, partial or temporary: {:?}", files_in(dir.path()));
}

#[test]
fn sigterm_after_a_save_names_the_file_saved_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(NURSE);
    pty.plan_to_handout_offer(&[]);
    pty.send(ENTER); // yes, a handout
    pty.expect("File name");
    pty.send(ENTER);
    pty.expect("Saved the handout to ");
    pty.expect("Save this session, to open it again later?");
    pty.wait_for_raw_mode();
    pty.signal(Signal::SIGTERM);
    pty.expect("Stopped (requal was asked to stop). Nothing else was saved. Saved before: ");
    pty.expect(&format!("requal-plan-{TODAY}.html."));
    assert_eq!(pty.finish(), 143);
    assert_eq!(files_in(dir.path()), vec![dir.path().join(format!("requal-plan-{TODAY}.html"))]);
}

#[test]
fn sighup_while_typing_a_file_name_writes_nothing_and_exits_129() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(NURSE);
    pty.show_plan();
    pty.send(ENTER); // yes, save
    pty.expect("File name");
    pty.send("half-typed");
    pty.expect("half-typed");
    pty.signal(Signal::SIGHUP);
    pty.expect("Stopped (the terminal was closed). Nothing was saved");
    assert_eq!(pty.finish(), 129);
    assert!(files_in(dir.path()).is_empty(), "no file, partial or temporary: {:?}", files_in(dir.path()));
}

#[test]
fn refugee_nurse_north_west_plan_saves_and_resumes_to_the_same_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(NURSE);
    let plan = pty.show_plan();
    pty.save(None);
    pty.expect("requal advise --resume ");
    assert_eq!(pty.finish(), 0);

    // The saved file: private, says so at the top, a Contract 1 answers file with a session.
    let file = dir.path().join(format!("requal-session-{TODAY}.toml"));
    assert_eq!(files_in(dir.path()), vec![file.clone()], "only the session file, no temporary file");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.lines().next().unwrap().contains("personal information"), "{text}");
    assert!(text.contains("oet-writing = \"C+\"") && text.contains("region = \"north-west\""), "{text}");
    assert!(text.contains(&format!("hash = \"{}\"", rules().hash)), "{text}");
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }

    // The plan on screen is the plan `requal plan` gives for the saved file.
    let expected = plan_cli(dir.path(), &file, &[]);
    assert_eq!(plan.trim_end(), expected.trim_end(), "the session's plan and `requal plan` differ");

    // What the issue asks this person's plan to say.
    let json = plan_json(dir.path(), &file, &[]);
    let recommended = json["routes"].as_array().unwrap().iter().find(|r| r["status"] == "recommended").unwrap();
    assert_eq!(recommended["id"], "nmc-overseas");
    assert_eq!(step_status(&json, "nmc-overseas", "english"), "done", "the NMC English requirement is met");
    // Documents first; the NMC lets you book the CBT only once it has accepted your
    // eligibility application.
    assert_eq!(step_status(&json, "nmc-overseas", "documents"), "next");
    assert_eq!(step_status(&json, "nmc-overseas", "eligibility"), "todo");
    assert_eq!(step_status(&json, "nmc-overseas", "cbt"), "todo");
    assert_eq!(step_status(&json, "nmc-overseas", "osce"), "todo");
    let ids: Vec<&str> = recommended["steps"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(ids.iter().position(|s| *s == "cbt") < ids.iter().position(|s| *s == "osce"), "CBT before OSCE: {ids:?}");
    let role_open = |id: &str| json["roles"].as_array().unwrap().iter().any(|r| r["id"] == id && r["open"] == true);
    assert!(role_open("healthcare-support-worker"), "paid support-worker roles are open");
    let support: Vec<&str> = json["support"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(support.contains(&"reache-north-west"), "support in the North West: {support:?}");
    assert!(support.contains(&"refuaid"), "{support:?}");

    // Resume: the review screen with every answer, then the same plan.
    let mut pty = Pty::spawn(dir.path(), &["advise", "--resume", file.to_str().unwrap()]);
    pty.expect("Opened ");
    pty.expect("It was saved on 2026-11-22");
    pty.no_steps_done();
    let again = pty.review_then_plan(&["Show my plan", "Region: North West", "OET writing grade: C+"]);
    assert!(!pty.seen.contains("The rules have changed"));
    pty.dont_save();
    assert_eq!(pty.finish(), 0);
    assert_eq!(again, plan, "the resumed session gives the same plan");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn resuming_after_the_rules_changed_shows_what_changed_in_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let rules_dir = dir.path().join("rules");
    copy_dir(&harness::root().join("rules"), &rules_dir);
    let rules_arg = rules_dir.to_str().unwrap().to_owned();
    let mut pty = Pty::spawn(dir.path(), &["--rules", &rules_arg]);
    pty.answer_all(NURSE);
    pty.show_plan();
    pty.save(Some("nurse.toml"));
    assert_eq!(pty.finish(), 0);

    // A fee goes up: the CBT costs £83 (8300 pence) in the shipped rules.
    let nmc = rules_dir.join("routes/nmc.toml");
    let text = std::fs::read_to_string(&nmc).unwrap();
    assert!(text.contains("amount-pence = 8300"), "the CBT fee moved; update this test");
    std::fs::write(&nmc, text.replace("amount-pence = 8300", "amount-pence = 9900")).unwrap();

    let mut pty = Pty::spawn(dir.path(), &["--rules", &rules_arg, "advise", "--resume", "nurse.toml"]);
    pty.expect("The rules have changed since then");
    pty.expect("What changed in your plan:");
    pty.expect("cost was £83");
    pty.expect("now £99");
    pty.no_steps_done();
    pty.show_plan();
    pty.dont_save();
    assert_eq!(pty.finish(), 0);
}

#[test]
fn resuming_a_file_with_a_bad_answer_names_the_key_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(&file, "profession = \"nurse\"\nielts-writing = 7.3\n").unwrap();
    let mut pty = Pty::spawn(dir.path(), &["advise", "--resume", "bad.toml"]);
    pty.expect("ielts-writing");
    assert_eq!(pty.finish(), 2);
}

#[test]
fn without_a_terminal_advise_exits_2_and_points_to_plan() {
    for args in [&[][..], &["advise"][..]] {
        let mut cmd = harness::requal();
        cmd.args(args).stdin(std::process::Stdio::null());
        let (code, stdout, stderr) = harness::run(&mut cmd);
        assert_eq!(code, 2, "{stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains("needs an interactive terminal"), "{stderr}");
        assert!(stderr.contains("requal plan --answers FILE"), "{stderr}");
    }
}

/// The prompt of each question, once, on the final screen of an 80-column terminal: long
/// prompts (wrapped by the terminal, they used to leave `? Do you hold…` above
/// `✔ Do you hold…`), refused dates, `?` for the menu, and refused ticks.
#[test]
fn each_question_shows_once_on_an_80_column_screen_with_long_prompts_and_refused_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    let date = DOCTOR.iter().position(|(id, _)| *id == "english-test-date").unwrap();
    pty.answer_all(&DOCTOR[..date]);
    // A date refused twice, then the menu opened and closed, then a good date.
    pty.expect_question("english-test-date");
    pty.send("2027-01-01\r");
    pty.expect("2027-01-01 is in the future (today is 2026-11-22)");
    pty.send("2026-02-30\r");
    pty.expect("is not a real date");
    pty.send("?\r");
    pty.expect("What would you like to do?");
    pty.send(ENTER); // "Type an answer"
    pty.expect_question("english-test-date");
    pty.send("2026-05-01\r");
    // PLAB 1 and "Not sure" ticked together: refused, ticks kept; untick "Not sure".
    let exams = question(rules(), "exams-passed");
    let plab = exams.options.iter().position(|o| o.value == "plab-1").unwrap();
    // A doctor is offered the doctors' exams only; "Not sure" comes after them.
    let not_sure = exams.options.iter().filter(|o| o.label.english().ends_with("(doctors)")).count();
    pty.expect_question("exams-passed");
    pty.down(plab, " ");
    pty.down(not_sure - plab, " ");
    pty.send(ENTER);
    pty.expect("untick one of them.");
    pty.down(not_sure, " ");
    pty.send(ENTER);
    pty.answer("plab-1-date", "2026-03-02");
    pty.answer_all(&DOCTOR[date + 2..]);
    pty.expect("Your answers. Choose one to change it, or go on");
    pty.expect("PLAB 1");
    pty.send(ESC);
    pty.quit_without_saving();
    let (code, seen) = pty.finish_with_output();
    assert_eq!(code, 0);

    let lines = screen(&seen, 80, 24);
    let end = lines.iter().position(|l| l.contains("Check your answers before the plan")).expect("the review");
    let interview = &lines[..end];
    let shown = interview.join("\n");
    let mut ids: Vec<&str> = DOCTOR.iter().map(|(id, _)| *id).collect();
    ids.push("plab-1-date");
    for id in ids {
        let start = prompt_start(question(rules(), id));
        let n = interview.iter().filter(|l| l.contains(start)).count();
        assert_eq!(n, 1, "`{start}` is on screen {n} times:\n{shown}");
    }
    assert!(!interview.iter().any(|l| l.starts_with("? ")), "an unanswered prompt is left on screen:\n{shown}");
    for gone in ["is in the future", "is not a real date", "What would you like to do?", "untick one of them"] {
        assert!(!shown.contains(gone), "`{gone}` is still on screen:\n{shown}");
    }
    // Settled questions keep one line with the answer; nothing written reaches the edge.
    assert!(shown.contains("· 2026-05-01"), "{shown}");
    let plab_label = exams.options[plab].label.english();
    assert!(interview.iter().any(|l| l.ends_with(&format!("· {plab_label}"))), "{shown}");
    assert!(interview.iter().all(|l| l.chars().count() < 80), "a line filled the width:\n{shown}");
}

#[test]
fn a_handout_of_the_plan_is_saved_privately_as_a_web_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(NURSE);
    pty.plan_to_handout_offer(&[]);
    // The plan in short came first, with its next steps and fees.
    let seen = clean(&pty.seen);
    let short = &seen[seen.find("Your plan in short").expect("the plan in short")..seen.find(AFTER_SHORT).unwrap()];
    assert!(short.contains("\n1. ") && short.contains("Fees still to pay: about £"), "{short}");
    // The exams question's help says how to tick already: the widget's hint is not repeated.
    let exams = question(rules(), "exams-passed");
    let help_says_space = exams.help.as_ref().is_some_and(|h| h.english().to_lowercase().contains("space"));
    assert_eq!(clean(&pty.seen).contains("Space to tick or untick"), !help_says_space);
    pty.send(ENTER); // yes
    pty.expect("File name");
    pty.expect(&format!("requal-plan-{TODAY}.html"));
    pty.send(ENTER);
    pty.expect("Saved the handout to ");
    pty.expect("Open it in a web browser to read or print it.");
    pty.expect("Save this session, to open it again later?");
    pty.down(1, ENTER);
    pty.expect("Your answers were not saved (only the handout was).");
    assert_eq!(pty.finish(), 0);

    let file = dir.path().join(format!("requal-plan-{TODAY}.html"));
    assert_eq!(files_in(dir.path()), vec![file.clone()], "only the handout, no temporary file");
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!doctype html>"), "{}", &html[..html.len().min(200)]);
    assert!(html.contains("Nurse") || html.contains("nurse"), "the plan is in it");
    use std::os::unix::fs::PermissionsExt as _;
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
}

/// Esc at a list question opens the quit menu; its first choice, "Go back to the
/// questions", and Esc both return to the same question with nothing lost, and the Quit
/// choice in the list opens the same menu.
#[test]
fn esc_at_a_question_asks_before_quitting_and_esc_or_go_back_returns_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(&NURSE[..2]);
    pty.expect_question("immigration-status");
    pty.wait_for_raw_mode();
    pty.send(ESC);
    pty.expect(LEAVE);
    pty.expect("Go back to the questions");
    pty.expect("Yes, save it to a file");
    pty.expect("No, do not save");
    // Esc in the menu: back to the question, not out of the program.
    pty.wait_for_raw_mode();
    pty.send(ESC);
    pty.expect_question("immigration-status");
    // The Quit choice, last in the list (Up from the first item wraps round to it).
    pty.wait_for_raw_mode();
    pty.send(UP);
    pty.send(ENTER);
    pty.expect(LEAVE);
    pty.expect("No, do not save");
    pty.wait_for_raw_mode();
    pty.send(ENTER); // Go back to the questions
    pty.answer("immigration-status", "refugee");
    pty.expect_question("region");
    pty.wait_for_raw_mode();
    pty.send(ESC);
    pty.quit_without_saving();
    assert_eq!(pty.finish(), 0);
    assert!(files_in(dir.path()).is_empty());
}

/// A resumed session's review at 80 columns: an answer too long for the line is shortened
/// at a word with "…" (the terminal used to cut it mid-word onto a second line), and
/// changing an answer is headed by the question's label, not its id.
#[test]
fn review_items_fit_one_line_at_80_columns_and_a_change_names_the_question() {
    let dir = tempfile::tempdir().unwrap();
    // The shipped labels are short: give one a label too long for the line, in a copy.
    let status = question(rules(), "immigration-status");
    let asylum = status.options.iter().find(|o| o.value == "asylum-seeker").expect("the asylum-seeker option");
    let label = "Asylum seeker, still waiting for a decision on the claim, with no permission to work";
    harness::copy_dir(&harness::root().join("rules"), &dir.path().join("rules"));
    let file = dir.path().join("rules/questions/10-background.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let shipped = format!("label = \"{}\"", asylum.label.english());
    assert!(text.contains(&shipped), "the asylum-seeker label is in 10-background.toml");
    std::fs::write(&file, text.replace(&shipped, &format!("label = \"{label}\""))).unwrap();
    let long = format!("Immigration status: {label}");
    assert!(long.chars().count() + 2 >= 80, "no answer is long enough to test shortening: {long}");
    std::fs::write(
        dir.path().join("s.toml"),
        "profession = \"nurse\"\ntrained-in = \"overseas\"\nimmigration-status = \"asylum-seeker\"\nregion = \"north-west\"\n",
    )
    .unwrap();
    let mut pty = Pty::spawn(dir.path(), &["--rules", "rules", "advise", "--resume", "s.toml"]);
    pty.expect("Your answers. Choose one to change it, or go on");
    pty.expect("Quit (you can save first)");
    pty.wait_for_raw_mode();
    let lines = screen(&pty.seen, 80, 24);
    let top = lines.iter().rposition(|l| l.contains("Your answers. Choose one")).unwrap();
    let bottom = lines.iter().rposition(|l| l.contains("Quit (you can save first)")).unwrap();
    let list = &lines[top + 1..=bottom];
    let shown = list.join("\n");
    assert!(list.iter().all(|l| l.chars().count() < 80), "a list line reaches the edge:\n{shown}");
    // Every line is an item (marker, then text), none the wrapped end of the one before.
    for l in list {
        let text: String = l.chars().skip(2).collect();
        assert!(
            (l.starts_with("❯ ") || l.starts_with("  ")) && text.starts_with(|c: char| !c.is_whitespace()),
            "`{l}` is not a list item:\n{shown}"
        );
    }
    let cut = list.iter().find(|l| l.contains("Immigration status:")).expect("the status answer");
    let cut: String = cut.chars().skip(2).collect();
    let kept = cut.strip_suffix('…').unwrap_or_else(|| panic!("`{cut}` does not end with …"));
    assert!(long.starts_with(kept), "`{kept}` is not the start of `{long}`");
    let next = long[kept.len()..].chars().next();
    assert!(next.is_some_and(|c| c == ' ' || c.is_ascii_punctuation()), "`{cut}` ends inside a word");
    // The list: "Continue…", then the answers in interview order; go to the region.
    let region = list.iter().position(|l| l.contains("Region: North West")).expect("the region answer");
    pty.down(region, ENTER);
    pty.expect("Change your answer: Region");
    pty.expect_question("region");
    pty.wait_for_raw_mode();
    pty.send(ESC);
    pty.quit_without_saving();
    let (code, seen) = pty.finish_with_output();
    assert_eq!(code, 0);
    assert!(!clean(&seen).contains("Change your answer: region"), "the question's id is shown");
}

#[test]
fn kill_9_in_the_middle_of_a_save_leaves_no_file_and_no_copy_of_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    // The save waits (test hook) after writing the contents, before the file gets its name.
    let mut pty = Pty::spawn_with_env(dir.path(), &[], &[("REQUAL_TEST_SAVE_PAUSE_MS", "4000")]);
    pty.answer_all(NURSE);
    pty.show_plan();
    pty.send(ENTER); // yes, save
    pty.expect("File name");
    pty.send(ENTER);
    // Mid-save: the answers are written, but to a file with no name in any folder. The
    // process holds it open; the kernel shows such a file as "(deleted)".
    let pid = pty.session.get_process().pid();
    let real_dir = std::fs::canonicalize(dir.path()).unwrap();
    let start = std::time::Instant::now();
    let unnamed_open = || {
        std::fs::read_dir(format!("/proc/{pid}/fd")).unwrap().flatten().any(|fd| {
            std::fs::read_link(fd.path())
                .is_ok_and(|t| t.starts_with(&real_dir) && t.to_string_lossy().ends_with("(deleted)"))
        })
    };
    while !unnamed_open() {
        assert!(start.elapsed() < Duration::from_secs(3), "the save never opened its unnamed file");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(files_in(dir.path()).is_empty(), "a named copy exists mid-save: {:?}", files_in(dir.path()));
    pty.signal(Signal::SIGKILL);
    let status = pty.session.get_process().wait().expect("wait for requal");
    assert!(matches!(status, WaitStatus::Signaled(_, Signal::SIGKILL, _)), "{status:?}");
    assert!(files_in(dir.path()).is_empty(), "left behind: {:?}", files_in(dir.path()));
}

#[test]
fn a_session_file_carrying_escape_codes_cannot_act_on_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    // `[session]` fields with a window-title sequence and a bell, as TOML escapes.
    std::fs::write(
        dir.path().join("s.toml"),
        "profession = \"nurse\"\n[session]\nruleset = \"x\\u001b]0;pwned\\u0007\"\nversion = \"1\\u009b2J\"\nhash = \"h\"\nsaved = \"2026-11-01\"\n",
    )
    .unwrap();
    let mut pty = Pty::spawn(dir.path(), &["advise", "--resume", "s.toml"]);
    pty.expect("with rules x\u{FFFD}]0;pwned\u{FFFD} 1\u{FFFD}2J.");
    pty.signal(Signal::SIGTERM);
    let (_, seen) = pty.finish_with_output();
    assert!(!seen.contains("\u{1b}]") && !seen.contains('\u{7}') && !seen.contains('\u{9b}'), "{seen:?}");
}

#[test]
fn advise_says_at_the_start_when_the_chosen_language_is_not_available() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &["--lang", "de", "advise"]);
    pty.expect("these rules have no texts in `de` yet, so they are shown in English");
    pty.expect("Question 1 — ");
    pty.signal(Signal::SIGTERM);
    let _ = pty.finish_with_output();
}

#[test]
fn the_interview_in_the_pseudo_locale_shows_no_interface_string_that_bypassed_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &["--lang", "en-XA", "advise"]);
    // The first screen: the welcome, how to stop, the progress line, the hint (Esc quits) and
    // the first page of the list of professions.
    pty.expect("Qúéštíóñ");
    pty.expect("Éšç");
    pty.wait_for_raw_mode();
    pty.drain();
    pty.signal(Signal::SIGTERM);
    // And the goodbye line the signal brings.
    pty.expect("Štóppéd");
    pty.expect(".");
    let screen = clean(&pty.seen);
    assert_eq!(pty.finish(), 143);
    assert_all_accented(&screen);
}

/// Fails on any plain word of three letters or more that is not rule content (question
/// prompts, option labels, titles stay English in `en-XA`) nor part of a web address.
fn assert_all_accented(screen: &str) {
    let mut content = std::collections::HashSet::new();
    let mut addresses = Vec::new();
    for f in harness::files_under(&harness::root().join("rules"), "toml") {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                toml::Value::String(s) => {
                    if s.contains("://") {
                        addresses.push(s.to_lowercase());
                    }
                    content
                        .extend(s.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase).filter(|w| !w.is_empty()));
                }
                toml::Value::Array(a) => stack.extend(a),
                toml::Value::Table(t) => stack.extend(t.into_iter().map(|(_, v)| v)),
                _ => {}
            }
        }
    }
    // A bordered table breaks long web addresses across lines, into pieces like words.
    let in_an_address = |w: &str| addresses.iter().any(|a| a.contains(&w.to_lowercase()));
    let stray: Vec<&str> = screen
        .split_whitespace()
        .filter(|w| !w.contains("://") && !w.contains(".uk") && !w.contains(".org") && !w.contains(".com"))
        // Tokens with digits in them (a content hash, a version) are not words.
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.chars().any(|c| c.is_ascii_digit()))
        .flat_map(|w| w.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.len() >= 3 && w.is_ascii() && !content.contains(&w.to_lowercase()) && !in_an_address(w))
        .collect();
    assert!(stray.is_empty(), "words that bypassed the catalogue: {stray:?}\n{screen}");
}

#[test]
fn a_whole_interview_in_the_pseudo_locale_with_refused_answers_the_review_and_the_plan() {
    use requal::reason::Reason;
    let xa = |id: &'static str| requal::ui::word(id, "en-XA");
    let say = |r: Reason| requal::ui::sentence(&r, "en-XA");
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &["--lang", "en-XA", "advise"]);
    pty.answer_all(&NURSE[..11]);
    pty.expect_question("english-test-date");
    // A day February does not have, a form we cannot read, then a future date: each refused
    // in the pseudo-locale, then a month alone, which is accepted.
    pty.send("31/02/2026\r");
    pty.expect(&say(Reason::new("date-error-no-day")
        .with("value", "31/02/2026")
        .with("year", "2026")
        .with("month", 2)
        .with("days", 28)));
    pty.send("2026/05/10\r");
    pty.expect(&say(Reason::new("date-error-person-shape").with("value", "2026/05/10")));
    pty.send("2027-01-01\r");
    pty.expect(&say(Reason::new("answer-in-future").with("value", "2027-01-01").with("today", TODAY)));
    pty.send("06/2026\r");
    pty.answer_all(&NURSE[12..]);
    pty.expect(xa("interview-review-prompt"));
    pty.send(ENTER);
    // Long lines wrap at 80 columns: wait for their starts.
    let start = |id: &'static str| xa(id).chars().take(30).collect::<String>();
    pty.expect(&start("short-heading"));
    pty.expect(&start("interview-after-short"));
    // The whole plan, paged: each "more" prompt is in the pseudo-locale too.
    pty.expect(&start("interview-go-on"));
    pty.wait_for_raw_mode();
    pty.send(ENTER);
    let more = start("pager-more");
    loop {
        let found = pty
            .session
            .expect(expectrl::Regex(format!(
                "{}|{}",
                regex_escape(&more),
                regex_escape(&start("save-handout-question"))
            )))
            .expect("the pager or the handout offer");
        pty.seen.push_str(&String::from_utf8_lossy(found.before()));
        let matched = String::from_utf8_lossy(found.get(0).unwrap_or_default()).into_owned();
        pty.seen.push_str(&matched);
        if matched != more {
            break;
        }
        pty.send(" ");
    }
    pty.down(1, ENTER);
    pty.expect(xa("save-handout-declined"));
    pty.expect(&start("interview-save-session"));
    pty.down(1, ENTER);
    pty.expect(xa("interview-nothing-saved"));
    let screen = clean(&pty.seen);
    assert_eq!(pty.finish(), 0);
    assert!(files_in(dir.path()).is_empty(), "nothing saved");
    assert_all_accented(&screen);
}

/// An asylum-seeking physiotherapist in London with IELTS 7.0 in every part.
const PHYSIO: &[(&str, &str)] = &[
    ("profession", "physiotherapist"),
    ("trained-in", "overseas"),
    ("immigration-status", "asylum-seeker"),
    ("asylum-claim-months", "8"),
    ("region", "london"),
    ("uk-registration", "never"),
    ("years-out-of-practice", "2"),
    ("english-test", "ielts"),
    ("ielts-listening", "7"),
    ("ielts-reading", "7"),
    ("ielts-writing", "7"),
    ("ielts-speaking", "7"),
    ("ielts-overall", "7"),
    ("english-test-date", "01/03/2026"),
    // No answer about fees changes this plan, so that question is not asked.
];

#[test]
fn at_80_by_24_every_question_keeps_its_progress_line_prompt_and_first_options_in_sight() {
    for people in [DOCTOR, NURSE, PHYSIO] {
        let dir = tempfile::tempdir().unwrap();
        let mut pty = Pty::spawn(dir.path(), &[]);
        for (id, value) in people {
            let q = question(rules(), id);
            pty.expect(prompt_start(q));
            let first = match q.kind {
                QuestionKind::Choice | QuestionKind::MultiChoice => {
                    Some(q.options.iter().find(|o| o.show_if.is_none()).map_or("", |o| o.label.english()).to_owned())
                }
                QuestionKind::Bool => Some("Yes".to_owned()),
                QuestionKind::OetGrade => Some("A".to_owned()),
                QuestionKind::Number | QuestionKind::Date => None,
            };
            if let Some(first) = &first {
                let start: String = first.chars().take(20).collect();
                pty.expect(&start);
                pty.wait_for_raw_mode();
            }
            pty.drain();
            let view = visible(&pty.seen, 80, 24);
            let shown = view.join("\n");
            assert!(
                view.iter().any(|l| l.starts_with("Question ")),
                "`{id}`: the progress line scrolled away:\n{shown}"
            );
            assert!(shown.contains(prompt_start(q)), "`{id}`: the question scrolled away:\n{shown}");
            if let Some(first) = first {
                let start: String = first.chars().take(20).collect();
                assert!(shown.contains(&start), "`{id}`: its first option is not in sight:\n{shown}");
            }
            pty.answer_now(id, value);
        }
        pty.expect("Your answers. Choose one to change it, or go on");
        pty.send(ESC);
        pty.quit_without_saving();
        assert_eq!(pty.finish(), 0);
    }
}

#[test]
fn back_is_never_echoed_as_an_answer_and_the_ticks_screen_offers_quit() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &[]);
    pty.answer_all(&NURSE[..2]);
    // Back from the third question, to the second.
    let status = question(rules(), "immigration-status");
    pty.expect(prompt_start(status));
    pty.wait_for_raw_mode();
    let back = status.options.len() + 1;
    pty.down(back, ENTER);
    pty.expect_question("trained-in");
    pty.wait_for_raw_mode();
    let seen = clean(&pty.seen);
    assert!(!seen.contains("· Back to the previous question"), "Back was echoed as an answer:\n{seen}");
    pty.send(ENTER);
    pty.answer_all(&NURSE[2..NURSE.iter().position(|(id, _)| *id == "exams-passed").unwrap()]);
    // The ticks screen: its last item is Quit, ticked alone.
    pty.expect_question("exams-passed");
    pty.expect("Quit (you can save first) (tick this alone)");
    pty.wait_for_raw_mode();
    // Up from the first item wraps to the last: Quit.
    pty.send(UP);
    pty.send(" ");
    pty.send(ENTER);
    pty.quit_without_saving();
    assert_eq!(pty.finish(), 0);
}

/// `text` with the characters a regular expression treats specially escaped.
fn regex_escape(text: &str) -> String {
    text.chars().fold(String::new(), |mut s, c| {
        if "\\.+*?()|[]{}^$".contains(c) {
            s.push('\\');
        }
        s.push(c);
        s
    })
}

#[test]
fn the_interview_runs_in_arabic_end_to_end() {
    let ar = |id: &'static str| requal::ui::word(id, "ar");
    // Wrapped lines and isolation marks: wait for the first few characters of a message.
    let start = |id: &'static str| {
        ar(id).chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).take(12).collect::<String>()
    };
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &["--lang", "ar", "advise"]);
    pty.expect(&start("machine-translation-notice"));
    pty.expect(&start("interview-welcome"));
    // The questions are in Arabic too, from the rules' translations.
    for (id, value) in NURSE {
        let prompt: String = question(rules(), id).prompt.get("ar").chars().take(12).collect();
        pty.expect(&prompt);
        pty.answer_now(id, value);
    }
    pty.expect(&start("interview-review-prompt"));
    pty.wait_for_raw_mode();
    pty.send(ENTER);
    pty.expect(&start("short-heading"));
    pty.expect(&start("interview-after-short"));
    pty.wait_for_raw_mode();
    pty.down(1, ENTER); // go on, without the whole plan
    pty.expect(&start("save-handout-question"));
    pty.wait_for_raw_mode();
    pty.down(1, ENTER);
    pty.expect(&start("save-handout-declined"));
    pty.expect(&start("interview-save-session"));
    pty.wait_for_raw_mode();
    pty.down(1, ENTER);
    pty.expect(&start("interview-nothing-saved"));
    let seen = clean(&pty.seen);
    assert_eq!(pty.finish(), 0);
    assert!(files_in(dir.path()).is_empty());
    let arabic = seen.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
    assert!(arabic > 500, "only {arabic} Arabic letters on screen:\n{seen}");
    assert!(!seen.contains(prompt_start(question(rules(), "profession"))), "the first question is in English");
}

#[test]
fn without_lang_a_new_session_first_asks_the_language_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn_exactly(dir.path(), &["advise"], &[]);
    pty.expect("Language / ");
    pty.expect("Українська (Ukrainian)");
    pty.wait_for_raw_mode();
    pty.down(5, ENTER);
    // Ukrainian from here on: the notice that it is a machine translation, then the welcome.
    let uk = |id: &'static str| requal::ui::word(id, "uk").chars().take(20).collect::<String>();
    pty.expect(&uk("machine-translation-notice"));
    pty.expect(&uk("interview-welcome"));
    pty.expect(&uk("interview-how-to-stop"));
    pty.wait_for_raw_mode();
    // Esc before any answer: nothing to save, so it just stops.
    pty.send(ESC);
    assert_eq!(pty.finish(), 0);
    assert!(files_in(dir.path()).is_empty());
}
