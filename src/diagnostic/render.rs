//! Renders findings for people (rustc style), for scripts (JSON) and for GitHub Actions.

use super::{Diagnostic, Severity, SourceMap};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet, renderer::DecorStyle};

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiagnosticFormat {
    /// `error[code]: message` with the source line and a caret, like rustc.
    Human,
    /// One JSON document: `{"diagnostics": [...], "errors": N, "warnings": N}`.
    Json,
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::…`.
    Github,
    /// SARIF 2.1.0, for code scanning (GitHub, GitLab, VS Code's SARIF viewer).
    Sarif,
}

/// The words of the human format: English for rule maintainers (as cargo and ruff), or a
/// participant's language for answers files, from the interface catalogue.
pub struct Wording {
    pub error: String,
    pub warning: String,
    pub help: String,
    pub no_problems: String,
    /// "2 errors and 0 warnings", from the two counts.
    pub summary: Box<dyn Fn(usize, usize) -> String>,
}

impl Wording {
    pub fn english() -> Self {
        Self {
            error: "error".to_owned(),
            warning: "warning".to_owned(),
            help: "help".to_owned(),
            no_problems: "no problems found".to_owned(),
            summary: Box::new(|errors, warnings| {
                format!("{} and {}", plural(errors, "error"), plural(warnings, "warning"))
            }),
        }
    }
}

/// Renders every finding in `format`. `color` only affects the human format; `plain` drops
/// the box-drawing characters for screen readers.
pub fn render(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    format: DiagnosticFormat,
    color: bool,
    plain: bool,
) -> String {
    render_in(diagnostics, sources, format, color, plain, &Wording::english())
}

/// [`render`], with the human format's words from `wording`.
pub fn render_in(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    format: DiagnosticFormat,
    color: bool,
    plain: bool,
    wording: &Wording,
) -> String {
    match format {
        DiagnosticFormat::Human => human(diagnostics, sources, color, plain, wording),
        DiagnosticFormat::Json => json(diagnostics, sources),
        DiagnosticFormat::Github => github(diagnostics, sources),
        DiagnosticFormat::Sarif => super::sarif(diagnostics, sources, &[]),
    }
}

fn human(diagnostics: &[Diagnostic], sources: &SourceMap, color: bool, plain: bool, wording: &Wording) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let renderer = renderer.decor_style(DecorStyle::Ascii).no_graphics(plain);
    let mut out = String::new();
    for d in diagnostics {
        let file = sources.get(d.file);
        let level = match d.severity {
            Severity::Error => Level::ERROR.with_name(wording.error.as_str()),
            Severity::Warning => Level::WARNING.with_name(wording.warning.as_str()),
        };
        let span = clamp(&file.text, d.span.clone());
        // Only the lines the span touches go to the renderer: handing it the whole file for
        // every finding made many findings in one large file cost quadratic time.
        let (first_line, _) = file.line_col(span.start);
        let from = file.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let to = file.text[span.end..].find('\n').map_or(file.text.len(), |i| span.end + i);
        let excerpt = &file.text[from..to];
        let mut annotation = AnnotationKind::Primary.span(span.start - from..span.end - from);
        if let Some(label) = &d.label {
            annotation = annotation.label(label.as_str());
        }
        let mut group = level
            .primary_title(d.message.as_str())
            .id(d.code.name())
            .element(Snippet::source(excerpt).line_start(first_line).path(file.path.as_str()).annotation(annotation));
        for r in &d.related {
            let file = sources.get(r.file);
            let span = clamp(&file.text, r.span.clone());
            let (first_line, _) = file.line_col(span.start);
            let from = file.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
            let to = file.text[span.end..].find('\n').map_or(file.text.len(), |i| span.end + i);
            group = group.element(
                Snippet::source(&file.text[from..to]).line_start(first_line).path(file.path.as_str()).annotation(
                    AnnotationKind::Context.span(span.start - from..span.end - from).label(r.label.as_str()),
                ),
            );
        }
        let mut report = vec![group];
        if let Some(help) = &d.help {
            report.push(Group::with_title(Level::HELP.with_name(wording.help.as_str()).secondary_title(help.as_str())));
        }
        out.push_str(&renderer.render(&report));
        out.push_str("\n\n");
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    if diagnostics.is_empty() {
        out.push_str(&format!("{}\n", wording.no_problems));
    } else {
        out.push_str(&format!("{}\n", (wording.summary)(errors, warnings)));
    }
    out
}

/// Keeps a span inside the text and on character boundaries, so rendering never panics.
fn clamp(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut start = span.start.min(text.len());
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

#[derive(serde::Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    severity: Severity,
    message: &'a str,
    file: &'a str,
    line: usize,
    col: usize,
    end_line: usize,
    end_col: usize,
    label: Option<&'a str>,
    help: Option<&'a str>,
    /// Other places the finding concerns (added in 0.2; empty for most findings).
    related: Vec<JsonRelated<'a>>,
}

#[derive(serde::Serialize)]
struct JsonRelated<'a> {
    file: &'a str,
    line: usize,
    col: usize,
    end_line: usize,
    end_col: usize,
    label: &'a str,
}

fn json(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    let items: Vec<JsonDiagnostic<'_>> = diagnostics
        .iter()
        .map(|d| {
            let file = sources.get(d.file);
            let (line, col) = file.line_col(d.span.start);
            let (end_line, end_col) = file.line_col(d.span.end);
            JsonDiagnostic {
                code: d.code.name(),
                severity: d.severity,
                message: &d.message,
                file: &file.path,
                line,
                col,
                end_line,
                end_col,
                label: d.label.as_deref(),
                help: d.help.as_deref(),
                related: d
                    .related
                    .iter()
                    .map(|r| {
                        let file = sources.get(r.file);
                        let (line, col) = file.line_col(r.span.start);
                        let (end_line, end_col) = file.line_col(r.span.end);
                        JsonRelated { file: &file.path, line, col, end_line, end_col, label: &r.label }
                    })
                    .collect(),
            }
        })
        .collect();
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let doc = serde_json::json!({
        "diagnostics": items,
        "errors": errors,
        "warnings": diagnostics.len() - errors,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn github(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let file = sources.get(d.file);
        let (line, col) = file.line_col(d.span.start);
        let (end_line, end_col) = file.line_col(d.span.end);
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = d.message.clone();
        for r in &d.related {
            let file = sources.get(r.file);
            let (line, col) = file.line_col(r.span.start);
            message.push_str(&format!(" ({}: {}:{line}:{col})", r.label, file.path));
        }
        if let Some(help) = &d.help {
            message.push_str(&format!(" (help: {help})"));
        }
        out.push_str(&format!(
            "::{kind} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}\n",
            escape_property(&file.path),
            escape_property(d.code.name()),
            escape_data(&message)
        ));
    }
    out
}

// GitHub's workflow-command escaping: data escapes %, CR, LF; properties also , and :.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}
