//! The one place that writes to the terminal: results to stdout, diagnostics and prompts to
//! stderr. Decides colour, width and whether borders are drawn.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use crate::cli::{ColorChoice, Global};
use std::io::{IsTerminal as _, Write as _};

/// How output should look on this run.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// Colour codes allowed on stdout.
    pub color: bool,
    /// Colour codes allowed on stderr.
    pub color_stderr: bool,
    /// Columns tables may use.
    pub width: u16,
    /// No borders (screen readers, plain handouts).
    pub plain: bool,
}

impl Output {
    /// From the global flags and the environment (`NO_COLOR`, `COLUMNS`, the terminal).
    pub fn new(global: &Global) -> Self {
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color_for = |is_tty: bool| match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_tty && !no_color_env && !global.plain,
        };
        let width = global
            .width
            .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok()))
            .or_else(|| if std::io::stdout().is_terminal() { comfy_table::Table::new().width() } else { None })
            .unwrap_or(80)
            .clamp(40, 400);
        Self {
            color: color_for(std::io::stdout().is_terminal()) && !global.plain,
            color_stderr: color_for(std::io::stderr().is_terminal()) && !global.plain,
            width,
            plain: global.plain,
        }
    }

    /// Writes a result to stdout.
    pub fn out(&self, text: &str) -> std::io::Result<()> {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()
    }

    /// Writes a message to stderr.
    pub fn err(&self, text: &str) {
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

/// True when the error is only a closed pipe (`requal plan … | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// Prints a tool failure and its causes, once.
pub fn report_failure(err: &anyhow::Error) {
    eprintln!("error: {err:#}");
}
