//! `requal i18n`: the rules' translations as gettext PO files, for translators' tools (Weblate,
//! Pontoon, Poedit), and back into `locales/LANG.toml` without loss.

/// A PO file for translating the rules into `lang`: each text a plan can show, the English as
/// `msgid`, its path as `msgctxt`, the translation as `msgstr` (flagged `fuzzy` when the English
/// changed since); what the `locales/` file records besides (`en-hash`, `origin`, `reviewed`,
/// the English it was made from) rides in extracted comments, so `import` loses nothing.
pub fn export_po(raw: &mut crate::ruleset::RawRuleset, locale_text: Option<&str>, lang: &str) -> String {
    use polib::catalog::Catalog;
    use polib::message::Message;
    use polib::metadata::CatalogMetadata;
    let existing: std::collections::BTreeMap<String, crate::ruleset::locales::RawTranslation> = locale_text
        .and_then(|t| toml::from_str::<crate::ruleset::locales::RawTranslations>(t).ok())
        .map(|f| f.text.into_iter().map(|t| (t.path.get_ref().clone(), t)).collect())
        .unwrap_or_default();
    let mut metadata = CatalogMetadata::new();
    metadata.project_id_version = "requal rules".to_owned();
    metadata.language = lang.to_owned();
    metadata.content_type = "text/plain; charset=UTF-8".to_owned();
    let mut catalog = Catalog::new(metadata);
    for (path, target) in crate::ruleset::locales::texts_mut(raw) {
        let english = target.english().to_owned();
        let mut builder = Message::build_singular();
        builder.with_msgctxt(path.clone()).with_msgid(english.clone());
        if let Some(t) = existing.get(&path) {
            let mut comments = vec![format!("en-hash: {}", t.en_hash.get_ref()), format!("origin: {}", t.origin)];
            if let Some(r) = &t.reviewed {
                comments.push(format!("reviewed: {}", r.0));
            }
            if let Some(en) = t.en.as_ref().filter(|en| **en != english) {
                comments.push(format!("en: {en}"));
            }
            builder.with_extracted_comments(comments.join("\n")).with_msgstr(t.text.get_ref().clone());
            if *t.en_hash.get_ref() != crate::ruleset::locales::english_hash(&english) {
                let mut flags = polib::message::MessageFlags::new();
                flags.add_flag("fuzzy");
                builder.with_flags(flags);
            }
        } else {
            builder.with_msgstr(String::new());
        }
        catalog.append_or_update(builder.done());
    }
    let mut out = Vec::new();
    {
        let mut writer = std::io::BufWriter::new(&mut out);
        let _ = polib::po_file::write(&catalog, &mut writer);
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The `locales/LANG.toml` text a PO file describes (see [`export_po`]). A new translation (no
/// `en-hash` comment) is recorded against the English it translates, with `origin` `machine`
/// unless its comments name another.
pub fn import_po(po: &str, lang: &str) -> Result<String, String> {
    let catalog =
        polib::po_file::parse_from_reader(po.as_bytes()).map_err(|e| format!("not a PO file we can read: {e}"))?;
    let mut out = format!(
        "# Rule texts in {lang}. Each entry: the path of the English text, a hash of that English (first 16 hex\n\
         # digits of sha256), the translation, where it came from, and the review date if a fluent speaker reviewed it.\n"
    );
    for m in catalog.messages() {
        let Some(path) = m.msgctxt() else { continue };
        let text = m.msgstr().map_err(|_| format!("`{path}` has plural forms; rule texts have none"))?;
        if text.is_empty() {
            continue;
        }
        let comment = |key: &str| {
            m.extracted_comments().lines().find_map(|l| l.strip_prefix(&format!("{key}: ")).map(str::to_owned))
        };
        let en = comment("en").unwrap_or_else(|| m.msgid().to_owned());
        let hash = comment("en-hash").unwrap_or_else(|| crate::ruleset::locales::english_hash(m.msgid()));
        let origin = comment("origin").unwrap_or_else(|| "machine".to_owned());
        out.push_str(&format!(
            "\n[[text]]\npath = {}\nen-hash = {}\nen = {}\ntext = {}\norigin = {}\n",
            quoted(path),
            quoted(&hash),
            quoted(&en),
            quoted(text),
            quoted(&origin)
        ));
        if let Some(r) = comment("reviewed") {
            out.push_str(&format!("reviewed = {r}\n"));
        }
    }
    Ok(out)
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}
