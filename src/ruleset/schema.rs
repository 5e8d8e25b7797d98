//! The JSON Schema of a rule file (`requal schema`), for editors such as VS Code with Even
//! Better TOML or taplo. `requal lint` stays the authority: the schema cannot check ids,
//! references or conditions.

use super::raw::{
    RawConstraint, RawEnglish, RawMeta, RawProfession, RawPublisher, RawQuestion, RawRegulator, RawRole, RawRoute,
    RawSource, RawSupport, RawTerm, RawWarning,
};
use schemars::JsonSchema;

/// One rule file: any of these tables (rules/README.md describes each).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // only its shape is used, by schemars
struct RuleFile {
    /// The one `[ruleset]` table (in ruleset.toml).
    ruleset: Option<RawMeta>,
    /// Interview questions, asked in file order.
    question: Option<Vec<RawQuestion>>,
    /// Web pages facts come from, with the date each was last checked.
    source: Option<Vec<RawSource>>,
    /// Publishers of sources and their web hosts.
    publisher: Option<Vec<RawPublisher>>,
    regulator: Option<Vec<RawRegulator>>,
    profession: Option<Vec<RawProfession>>,
    /// English-language requirements: accepted tests and minimum scores.
    english: Option<Vec<RawEnglish>>,
    /// Registration routes with their ordered steps.
    route: Option<Vec<RawRoute>>,
    /// Immigration rules that block kinds of work.
    constraint: Option<Vec<RawConstraint>>,
    /// Stepping-stone jobs.
    role: Option<Vec<RawRole>>,
    /// Organisations that help.
    support: Option<Vec<RawSupport>>,
    /// Time limits and other things to watch.
    warning: Option<Vec<RawWarning>>,
    /// Glossary entries.
    term: Option<Vec<RawTerm>>,
    /// Lint levels for `requal lint` (in ruleset.toml): `long-sentence = "allow"`.
    lints: Option<std::collections::BTreeMap<String, LintLevel>>,
}

/// A lint level.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)] // only its shape is used, by schemars
enum LintLevel {
    Allow,
    Warn,
    Deny,
}

/// The schema as pretty JSON (draft 2020-12).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(RuleFile);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn schema_describes_every_table_and_forbids_unknown_keys() {
        let schema: serde_json::Value = serde_json::from_str(&super::json_schema()).unwrap();
        let props = schema["properties"].as_object().unwrap();
        for key in super::super::raw::TOP_LEVEL_KEYS {
            assert!(props.contains_key(*key), "no `{key}` in the schema");
        }
        assert_eq!(schema["additionalProperties"], false);
        let step = &schema["$defs"]["RawStep"];
        assert!(step["properties"]["done-if"].is_object(), "{step}");
        assert_eq!(step["additionalProperties"], false);
    }
}
