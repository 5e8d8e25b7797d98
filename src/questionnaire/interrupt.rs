//! Ctrl-C (and SIGTERM, SIGHUP) during the interview. While dialoguer waits for a key the
//! terminal is in raw mode: console reads Ctrl-C as a byte, puts the terminal back, and
//! raises SIGINT, which by default kills the process with the cursor still hidden and no
//! exit code. So SIGINT is blocked for the session: the raised signal stays pending,
//! dialoguer returns `Interrupted`, and the caller shows the cursor and exits 130. A
//! Ctrl-C that arrives between prompts (terminal in normal mode), a SIGTERM (asked to stop)
//! or a SIGHUP (the terminal was closed) is picked up by a small thread that waits for any
//! file being saved to be complete (its temporary file removed), puts the terminal back,
//! shows the cursor, says what was saved, and exits 128 + the signal's number: 130, 143 or
//! 129.

use crate::reason::Reason;
use std::io;
use std::path::PathBuf;

/// Installed for the length of an advice session; shows the cursor again when dropped.
pub struct Interrupts {
    _private: (),
}

impl Interrupts {
    /// Blocks SIGINT, SIGTERM and SIGHUP for this thread and the threads it starts, and
    /// starts the watcher. Call before any other thread is started.
    pub fn install(out: crate::output::Output) -> io::Result<Self> {
        #[cfg(unix)]
        unix::install(out)?;
        #[cfg(not(unix))]
        let _ = out;
        Ok(Self { _private: () })
    }
}

impl Drop for Interrupts {
    fn drop(&mut self) {
        super::restore_cursor();
    }
}

/// Why the session stopped at once, without the chance to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Ctrl-C (SIGINT).
    CtrlC,
    /// Another program asked requal to stop (SIGTERM).
    Terminated,
    /// The terminal was closed (SIGHUP).
    HungUp,
}

impl Stop {
    /// The exit code: 128 + the signal's number, as a shell reports it.
    pub fn code(self) -> i32 {
        match self {
            Self::CtrlC => 130,
            Self::Terminated => 143,
            Self::HungUp => 129,
        }
    }

    fn id(self) -> &'static str {
        match self {
            Self::CtrlC => "ctrl-c",
            Self::Terminated => "terminated",
            Self::HungUp => "hung-up",
        }
    }
}

/// What is shown on Ctrl-C, given the files already saved in this session: Ctrl-C keeps
/// no answers, and the person should not have to guess that.
pub fn stopped_message(saved: &[PathBuf]) -> String {
    stopped_by(Stop::CtrlC, saved)
}

/// What is shown when the session is stopped by `stop`, given the files already saved.
pub fn stopped_by(stop: Stop, saved: &[PathBuf]) -> String {
    let lang = LANGUAGE.get().map_or("en", String::as_str);
    let say = |r: Reason| crate::ui::sentence(&r, lang);
    let why = say(Reason::new("stop-why").with("stop", stop.id()));
    if saved.is_empty() {
        let next_time = if stop == Stop::CtrlC {
            format!("{}\n", crate::ui::word("stopped-next-time", lang))
        } else {
            String::new()
        };
        return format!("\n{}\n{next_time}", say(Reason::new("stopped-nothing-saved").with("why", why)));
    }
    let files: Vec<String> = saved.iter().map(|p| p.display().to_string()).collect();
    format!("\n{}\n", say(Reason::new("stopped-saved-before").with("why", why).with("files", files.join(", "))))
}

/// The language the goodbye line is said in: set when the session starts, as the signal
/// watcher runs on its own thread.
static LANGUAGE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the language of the goodbye line (once per run).
pub fn set_language(lang: &str) {
    let _ = LANGUAGE.set(lang.to_owned());
}

/// What is shown on Ctrl-C now.
pub fn stopped() -> String {
    stopped_message(&super::save::SAVED.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
}

#[cfg(unix)]
mod unix {
    use super::Stop;
    use nix::sys::signal::{SigSet, Signal};
    use nix::sys::termios::{SetArg, tcgetattr, tcsetattr};
    use std::io;
    use std::os::fd::AsRawFd as _;

    pub(super) fn install(out: crate::output::Output) -> io::Result<()> {
        let mut set = SigSet::empty();
        for signal in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
            set.add(signal);
        }
        set.thread_block().map_err(io::Error::from)?;
        let fd = std::io::stdin().as_raw_fd();
        let original = tcgetattr(fd).ok();
        std::thread::Builder::new().name("signals".to_owned()).spawn(move || {
            if let Ok(signal) = set.wait() {
                let stop = match signal {
                    Signal::SIGTERM => Stop::Terminated,
                    Signal::SIGHUP => Stop::HungUp,
                    _ => Stop::CtrlC,
                };
                // Waits for a file being written: once the lock is free it is complete, its
                // temporary file is gone, and it is in the list. Held until the exit, so no
                // other write starts.
                let saved = super::super::save::SAVED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                if let Some(t) = &original {
                    let _ = tcsetattr(fd, SetArg::TCSANOW, t);
                }
                super::super::restore_cursor();
                out.err(&super::stopped_by(stop, &saved));
                std::process::exit(stop.code());
            }
        })?;
        Ok(())
    }
}

/// True when a terminal error means there is no usable terminal (no tty, or no /dev/tty).
pub fn is_no_terminal(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::NotConnected || e.raw_os_error() == Some(6)
}
