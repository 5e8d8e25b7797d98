//! Ctrl-C during the interview. While dialoguer waits for a key the terminal is in raw mode:
//! console reads Ctrl-C as a byte, puts the terminal back, and raises SIGINT, which by default
//! kills the process with the cursor still hidden and no exit code. So SIGINT is blocked for
//! the session: the raised signal stays pending, dialoguer returns `Interrupted`, and the
//! caller shows the cursor and exits 130. A Ctrl-C that arrives between prompts (terminal in
//! normal mode) is picked up by a small thread that does the same, after any file being
//! saved is complete.

use std::io;

/// Installed for the length of an advice session; shows the cursor again when dropped.
pub struct Interrupts {
    _private: (),
}

impl Interrupts {
    /// Blocks SIGINT for this thread and the threads it starts, and starts the watcher.
    /// Call before any other thread is started.
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

/// The process was asked to stop (Ctrl-C): the exit code.
pub const INTERRUPTED: i32 = 130;

/// What is shown on Ctrl-C, given the files already saved in this session: Ctrl-C keeps
/// no answers, and the person should not have to guess that.
pub fn stopped_message(saved: &[std::path::PathBuf]) -> String {
    if saved.is_empty() {
        return "\nStopped (Ctrl-C). Nothing was saved: your answers are gone.\n\
                Next time, choose Quit (or press Esc) to save your answers before you stop.\n"
            .to_owned();
    }
    let files: Vec<String> = saved.iter().map(|p| p.display().to_string()).collect();
    format!("\nStopped (Ctrl-C). Nothing else was saved. Saved before: {}.\n", files.join(", "))
}

/// What is shown on Ctrl-C now.
pub fn stopped() -> String {
    stopped_message(&super::save::SAVED.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
}

#[cfg(unix)]
mod unix {
    use nix::sys::signal::{SigSet, Signal};
    use nix::sys::termios::{SetArg, tcgetattr, tcsetattr};
    use std::io;
    use std::os::fd::AsRawFd as _;

    pub(super) fn install(out: crate::output::Output) -> io::Result<()> {
        let mut set = SigSet::empty();
        set.add(Signal::SIGINT);
        set.thread_block().map_err(io::Error::from)?;
        let fd = std::io::stdin().as_raw_fd();
        let original = tcgetattr(fd).ok();
        std::thread::Builder::new().name("ctrl-c".to_owned()).spawn(move || {
            if set.wait().is_ok() {
                let _writing = super::super::save::WRITING.lock();
                if let Some(t) = &original {
                    let _ = tcsetattr(fd, SetArg::TCSANOW, t);
                }
                super::super::restore_cursor();
                out.err(&super::stopped());
                std::process::exit(super::INTERRUPTED);
            }
        })?;
        Ok(())
    }
}

/// True when a terminal error means there is no usable terminal (no tty, or no /dev/tty).
pub fn is_no_terminal(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::NotConnected || e.raw_os_error() == Some(6)
}
