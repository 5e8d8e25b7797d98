//! Every code a finding can carry, as one enum: the single list of names that lints,
//! parse errors, `requal explain`, `-A/-W/-D` and SARIF rule ids all use.

macro_rules! codes {
    ($($variant:ident => $name:literal,)*) => {
        /// A finding's stable kebab-case code; never reused once retired.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(
                #[doc = $name]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in name order.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The code as users write it, e.g. `unknown-question`.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// The code with this name.
            pub fn from_name(name: &str) -> Option<Code> {
                match name {
                    $($name => Some(Code::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

codes! {
    ControlCharacter => "control-character",
    DependencyCycle => "dependency-cycle",
    DuplicateId => "duplicate-id",
    HardToRead => "hard-to-read",
    InsecureUrl => "insecure-url",
    InternalError => "internal-error",
    InvalidAnswer => "invalid-answer",
    InvalidCondition => "invalid-condition",
    InvalidCost => "invalid-cost",
    InvalidDateRange => "invalid-date-range",
    InvalidDuration => "invalid-duration",
    InvalidQuestion => "invalid-question",
    InvalidRule => "invalid-rule",
    InvalidScenario => "invalid-scenario",
    InvalidScore => "invalid-score",
    InvalidToml => "invalid-toml",
    InvalidTranslation => "invalid-translation",
    InvalidValue => "invalid-value",
    KeptTermTranslated => "kept-term-translated",
    LongSentence => "long-sentence",
    MissingEnglishText => "missing-english-text",
    MissingGlossaryTerm => "missing-glossary-term",
    MissingRulesetTable => "missing-ruleset-table",
    MissingSource => "missing-source",
    MissingTranslation => "missing-translation",
    OldPage => "old-page",
    OrphanTranslation => "orphan-translation",
    OverdueSource => "overdue-source",
    PlaceholderMismatch => "placeholder-mismatch",
    StaleTranslation => "stale-translation",
    TypeMismatch => "type-mismatch",
    UnknownAnswerKey => "unknown-answer-key",
    UnknownEnglishRequirement => "unknown-english-requirement",
    UnknownLint => "unknown-lint",
    UnknownPlaceholder => "unknown-placeholder",
    UnknownProfession => "unknown-profession",
    UnknownQuestion => "unknown-question",
    UnknownReference => "unknown-reference",
    UnknownRegion => "unknown-region",
    UnknownTable => "unknown-table",
    UnmatchedActivity => "unmatched-activity",
    UnofficialHost => "unofficial-host",
    UnreadableFile => "unreadable-file",
    UnsupportedSchemaVersion => "unsupported-schema-version",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::Code;

    #[test]
    fn names_are_sorted_unique_and_round_trip() {
        let names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
        for code in Code::ALL {
            assert_eq!(Code::from_name(code.name()), Some(*code));
        }
        assert_eq!(Code::from_name("no-such-code"), None);
    }
}
