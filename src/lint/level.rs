//! Lint levels: allow, warn or deny per code, from a `[lints]` table in ruleset.toml and from
//! `-A/-W/-D` on the command line (the command line wins). A code whose problem stops the
//! rules from working stays an error whatever is asked.

use super::{LINTS, find};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::ruleset::RawRuleset;
use std::collections::HashMap;

/// What to do with a code's findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Level {
    /// Not reported.
    Allow,
    /// Reported as a warning.
    Warn,
    /// Reported as an error: `requal lint` fails.
    Deny,
}

impl Level {
    pub fn parse(word: &str) -> Option<Level> {
        match word {
            "allow" => Some(Level::Allow),
            "warn" => Some(Level::Warn),
            "deny" => Some(Level::Deny),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }
}

/// What a level applies to: one code, or every warning (`warnings`, as in rustc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Code(Code),
    Warnings,
}

/// The name a level may be given to, as `-D warnings` or `-A long-sentence`.
pub fn parse_target(name: &str) -> Result<Target, String> {
    if name == "warnings" {
        return Ok(Target::Warnings);
    }
    let Some(code) = Code::from_name(name) else {
        let names = Code::ALL.iter().map(|c| c.name()).chain(["warnings"]);
        let hint = crate::condition::suggest(name, names).unwrap_or_else(|| "`requal explain lints` lists them".into());
        return Err(format!("there is no lint `{name}`: {hint}"));
    };
    Ok(Target::Code(code))
}

/// A code's level when nothing is set: deny for errors, warn for warnings.
pub fn default_level(code: Code) -> Level {
    let warns = match find(code.name()) {
        Some(lint) => lint.severity == Severity::Warning,
        None => matches!(code, Code::OrphanTranslation | Code::StaleTranslation | Code::KeptTermTranslated),
    };
    if warns { Level::Warn } else { Level::Deny }
}

/// Why `level` cannot be given to `code`, if it cannot.
fn refuse(code: Code, level: Level) -> Option<String> {
    (default_level(code) == Level::Deny && level != Level::Deny).then(|| {
        format!("`{code}` cannot be set to {}: the rules cannot be used with this problem in them", level.name())
    })
}

/// The levels in force for one lint run.
#[derive(Debug, Clone, Default)]
pub struct Levels {
    codes: HashMap<Code, Level>,
    warnings: Option<Level>,
}

impl Levels {
    /// The levels a ruleset's `[lints]` table sets; a bad entry is reported where it is
    /// written and ignored.
    pub fn from_rules(raw: &RawRuleset, diagnostics: &mut Vec<Diagnostic>) -> Levels {
        let mut levels = Levels::default();
        for entry in &raw.lint_levels {
            let target = match parse_target(&entry.name) {
                Ok(t) => t,
                Err(why) => {
                    diagnostics.push(
                        Diagnostic::error(Code::UnknownLint, entry.file, entry.name_span.clone(), why)
                            .with_label("not a lint"),
                    );
                    continue;
                }
            };
            let Some(level) = Level::parse(&entry.level) else {
                diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownLint,
                        entry.file,
                        entry.level_span.clone(),
                        format!("`{}` is not a lint level", entry.level),
                    )
                    .with_label("not a level")
                    .with_help("write \"allow\", \"warn\" or \"deny\""),
                );
                continue;
            };
            if let Err(why) = levels.set(target, level) {
                diagnostics.push(
                    Diagnostic::error(Code::UnknownLint, entry.file, entry.level_span.clone(), why)
                        .with_label("must stay an error"),
                );
            }
        }
        levels
    }

    /// Sets a level, later settings winning; refuses to lower a code that must stay an error.
    pub fn set(&mut self, target: Target, level: Level) -> Result<(), String> {
        match target {
            Target::Code(code) => {
                if let Some(why) = refuse(code, level) {
                    return Err(why);
                }
                self.codes.insert(code, level);
            }
            Target::Warnings => self.warnings = Some(level),
        }
        Ok(())
    }

    /// The level for a finding of `code`.
    pub fn level(&self, code: Code) -> Level {
        let default = default_level(code);
        match (self.codes.get(&code), self.warnings) {
            (Some(level), _) => *level,
            (None, Some(level)) if default == Level::Warn => level,
            _ => default,
        }
    }

    /// Drops allowed findings and sets the severity of the rest.
    pub fn apply(&self, diagnostics: &mut Vec<Diagnostic>) {
        diagnostics.retain_mut(|d| match self.level(d.code) {
            Level::Allow => false,
            Level::Warn => {
                d.severity = Severity::Warning;
                true
            }
            Level::Deny => {
                d.severity = Severity::Error;
                true
            }
        });
    }
}

/// `(code, default level)` for every lint, for `requal explain lints`.
pub fn defaults() -> impl Iterator<Item = (Code, Level)> {
    LINTS.iter().map(|l| (l.code, default_level(l.code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_can_be_allowed_or_denied_but_errors_stay_errors() {
        let mut levels = Levels::default();
        assert_eq!(levels.level(Code::LongSentence), Level::Warn);
        levels.set(Target::Code(Code::LongSentence), Level::Allow).unwrap();
        levels.set(Target::Warnings, Level::Deny).unwrap();
        assert_eq!(levels.level(Code::LongSentence), Level::Allow, "a named lint wins over `warnings`");
        assert_eq!(levels.level(Code::OldPage), Level::Deny);
        assert!(levels.set(Target::Code(Code::InvalidRule), Level::Allow).is_err());
        assert_eq!(levels.level(Code::InvalidRule), Level::Deny);
        assert!(parse_target("long-sentense").unwrap_err().contains("long-sentence"));
    }
}
