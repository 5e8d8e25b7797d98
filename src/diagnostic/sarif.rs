//! SARIF 2.1.0 output for code scanning: one run, every code as a rule (with its summary and
//! documentation when given), every finding as a result with its places.

use super::{Code, Diagnostic, Severity, SourceMap};
use serde_json::{Value, json};

/// What SARIF says of a code: the lint docs `requal explain` prints.
pub struct RuleDoc {
    pub code: Code,
    pub summary: &'static str,
    /// Markdown.
    pub docs: &'static str,
    /// True when findings of the code are errors by default.
    pub error: bool,
}

/// The findings as a SARIF log. `docs` describes the rules; a code a finding has that `docs`
/// lacks is listed by its id alone.
pub fn sarif(diagnostics: &[Diagnostic], sources: &SourceMap, docs: &[RuleDoc]) -> String {
    let mut codes: Vec<Code> = docs.iter().map(|d| d.code).collect();
    for d in diagnostics {
        if !codes.contains(&d.code) {
            codes.push(d.code);
        }
    }
    let rules: Vec<Value> = codes
        .iter()
        .map(|code| match docs.iter().find(|d| d.code == *code) {
            Some(doc) => json!({
                "id": code.name(),
                "shortDescription": { "text": doc.summary },
                "fullDescription": { "text": doc.summary },
                "help": { "text": doc.docs, "markdown": doc.docs },
                "defaultConfiguration": { "level": if doc.error { "error" } else { "warning" } },
            }),
            None => json!({ "id": code.name() }),
        })
        .collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let mut text = d.message.clone();
            if let Some(help) = &d.help {
                text.push_str(&format!(" (help: {help})"));
            }
            let related: Vec<Value> = d
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut place = location(sources, r.file, &r.span);
                    place["id"] = json!(i);
                    place["message"] = json!({ "text": r.label });
                    place
                })
                .collect();
            let mut result = json!({
                "ruleId": d.code.name(),
                "ruleIndex": codes.iter().position(|c| *c == d.code).unwrap_or(0),
                "level": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
                "message": { "text": text },
                "locations": [location(sources, d.file, &d.span)],
            });
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "requal",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            // line_col counts characters, not UTF-16 units.
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

fn location(sources: &SourceMap, file: super::FileId, span: &std::ops::Range<usize>) -> Value {
    let file = sources.get(file);
    let (start_line, start_column) = file.line_col(span.start);
    let (end_line, end_column) = file.line_col(span.end);
    json!({ "physicalLocation": {
        "artifactLocation": { "uri": uri_reference(&file.path) },
        "region": {
            "startLine": start_line,
            "startColumn": start_column,
            "endLine": end_line,
            "endColumn": end_column,
        },
    }})
}

/// A file path as a URI reference: relative paths stay relative (code scanning resolves them
/// against the repository), and anything but unreserved characters and `/` is escaped.
fn uri_reference(path: &str) -> String {
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_become_uri_references() {
        assert_eq!(super::uri_reference("rules/routes/gmc.toml"), "rules/routes/gmc.toml");
        assert_eq!(super::uri_reference("/tmp/my rules/a.toml"), "file:///tmp/my%20rules/a.toml");
    }
}
