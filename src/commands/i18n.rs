//! `requal i18n export --lang L` and `requal i18n import FILE`: the rules' translations as
//! gettext PO files, for translators' tools, and back into `locales/LANG.toml`.

use crate::ExitStatus;
use crate::cli::{Global, I18nCommand};
use crate::output::Output;
use anyhow::{Context as _, Result};

pub(super) fn run(command: &I18nCommand, global: &Global, out: &Output) -> Result<ExitStatus> {
    let dir = global.rules.clone().unwrap_or_else(|| "rules".into());
    match command {
        I18nCommand::Export { out: file } => {
            let lang = &global.lang;
            let files = super::ruleset_files(None, global)?;
            let mut sources = crate::diagnostic::SourceMap::default();
            let mut diagnostics = Vec::new();
            let mut raw = crate::ruleset::parse_files(&files, &mut sources, &mut diagnostics);
            let locale = files.locale_files().find(|(p, _)| *p == format!("locales/{lang}.toml")).map(|(_, t)| &**t);
            let po = crate::i18n::export_po(&mut raw, locale, lang);
            match file {
                Some(path) => std::fs::write(path, po).with_context(|| format!("cannot write `{}`", path.display()))?,
                None => out.out(&po)?,
            }
            Ok(ExitStatus::Success)
        }
        I18nCommand::Import { file, into } => {
            let po = std::fs::read_to_string(file).with_context(|| format!("cannot read `{}`", file.display()))?;
            let lang = match into {
                Some(l) => l.clone(),
                None => po
                    .lines()
                    .find_map(|l| l.strip_prefix("\"Language: ").and_then(|v| v.split('\\').next()))
                    .map(str::to_owned)
                    .filter(|l| !l.is_empty())
                    .context("the PO file names no Language: give --lang")?,
            };
            anyhow::ensure!(
                !lang.is_empty() && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "`{lang}` is not a language tag"
            );
            let text = match crate::i18n::import_po(&po, &lang) {
                Ok(t) => t,
                Err(e) => {
                    out.err(&format!("error: `{}`: {e}\n", file.display()));
                    return Ok(ExitStatus::Failure);
                }
            };
            let target = dir.join("locales").join(format!("{lang}.toml"));
            std::fs::create_dir_all(target.parent().unwrap_or(&dir))?;
            std::fs::write(&target, text).with_context(|| format!("cannot write `{}`", target.display()))?;
            out.err(&format!("wrote {}\n", target.display()));
            Ok(ExitStatus::Success)
        }
    }
}
