//! Located findings in rule, answers and scenario files: a code, a message, a file span and
//! an optional help line. Findings are collected, never thrown; `render` prints them.

mod code;
mod render;
mod sarif;
mod source;

pub use code::Code;
pub use render::{DiagnosticFormat, Wording, render, render_in};
pub use sarif::{RuleDoc, sarif};
pub use source::{FileId, SourceFile, SourceMap};

use std::ops::Range;

/// How serious a finding is. Errors stop a ruleset from producing plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth fixing, but the ruleset still works.
    Warning,
    /// The ruleset cannot be used until this is fixed.
    Error,
}

/// One finding, pointing at a span of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// The stable code, e.g. `unknown-question`.
    pub code: Code,
    pub severity: Severity,
    /// A lowercase phrase saying what is wrong.
    pub message: String,
    pub file: FileId,
    /// Byte range in the file; empty when only a position is known.
    pub span: Range<usize>,
    /// What the primary span shows, e.g. "no question with this id".
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
    /// Other places the finding concerns, each with its label (the first use of a duplicate
    /// id, say).
    pub related: Vec<Related>,
}

/// A secondary place of a finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub file: FileId,
    pub span: Range<usize>,
    pub label: String,
}

impl Diagnostic {
    /// An error-level finding.
    pub fn error(code: Code, file: FileId, span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: Severity::Error,
            message: message.into(),
            file,
            span,
            label: None,
            help: None,
            related: Vec::new(),
        }
    }

    /// A warning-level finding.
    pub fn warning(code: Code, file: FileId, span: Range<usize>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(code, file, span, message) }
    }

    /// Adds the label shown under the primary span.
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Sets the help line of a finding already reported.
    pub fn with_help_mut(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the label of a finding already reported.
    pub fn with_label_mut(&mut self, label: impl Into<String>) -> &mut Self {
        self.label = Some(label.into());
        self
    }

    /// Points at another place too, of a finding already reported.
    pub fn with_related_mut(&mut self, file: FileId, span: Range<usize>, label: impl Into<String>) -> &mut Self {
        self.related.push(Related { file, span, label: label.into() });
        self
    }

    /// Adds a help line.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// True when any finding is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}
