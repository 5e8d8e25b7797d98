//! The one place that writes to the terminal: results to stdout, diagnostics and prompts to
//! stderr. Decides colour, width and whether borders are drawn.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use crate::cli::{ColorChoice, Global};
use crate::text::{neutralise, neutralise_keeping_colour};
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

    /// Writes a result to stdout. Control characters from files or arguments are neutralised
    /// here, for every format; only requal's own colour codes pass, and only with colour on.
    pub fn out(&self, text: &str) -> std::io::Result<()> {
        let text = if self.color { neutralise_keeping_colour(text) } else { neutralise(text) };
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()
    }

    /// Writes a message to stderr, neutralised as [`Output::out`] does.
    pub fn err(&self, text: &str) {
        let text = if self.color_stderr { neutralise_keeping_colour(text) } else { neutralise(text) };
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

/// True when the error is only a closed pipe (`requal plan … | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// Prints a tool failure and its causes, once; file names and values in it are neutralised.
pub fn report_failure(err: &anyhow::Error) {
    eprintln!("error: {}", neutralise(&format!("{err:#}")));
}

/// Prints clap's message for a usage error, `--help` or `--version` (with its colours when
/// clap chose them, and nothing else a terminal acts on); returns clap's exit code.
pub fn report_usage(e: &clap::Error) -> std::process::ExitCode {
    let on_terminal = if e.use_stderr() { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() };
    let colour = on_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let rendered = e.render();
    let text = if colour {
        neutralise_keeping_colour(&rendered.ansi().to_string()).into_owned()
    } else {
        neutralise(&rendered.to_string()).into_owned()
    };
    let _ = if e.use_stderr() {
        std::io::stderr().lock().write_all(text.as_bytes())
    } else {
        std::io::stdout().lock().write_all(text.as_bytes())
    };
    std::process::ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}
