//! The text of every file a diagnostic can point into, and byte offset to line:column.

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub usize);

/// One loaded file: the path shown to users and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as users should see it, e.g. `rules/routes/gmc.toml`.
    pub path: String,
    /// Shared with the ruleset's file list, so a ruleset's text is held once.
    pub text: std::sync::Arc<str>,
    /// Byte offsets where lines start (u32: rule files are at most 4 MB), found the first time
    /// a position is asked for: most files of a clean ruleset never are.
    line_starts: std::sync::OnceLock<Vec<u32>>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<std::sync::Arc<str>>) -> Self {
        Self { path: path.into(), text: text.into(), line_starts: std::sync::OnceLock::new() }
    }

    /// 1-based line and column (columns count characters, as editors do) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(
                    self.text
                        .bytes()
                        .enumerate()
                        .filter(|(_, b)| *b == b'\n')
                        .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
                )
                .collect()
        });
        let line = starts.partition_point(|&start| start as usize <= offset) - 1;
        let start = starts[line] as usize;
        let prefix = self.text.get(start..offset).unwrap_or("");
        (line + 1, prefix.chars().count() + 1)
    }
}

/// Every file of a ruleset (and any answers or scenario files) a diagnostic may cite.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// Adds a file and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() - 1)
    }

    /// The file with this id.
    ///
    /// # Panics
    /// Never for ids this map handed out.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0]
    }

    /// All files in the order they were added.
    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i), f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_and_handles_crlf() {
        let f = SourceFile::new("a.toml", "a = 1\r\nb = \"é\" x\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(7), (2, 1));
        // "b = \"é\" " is 9 bytes but 8 characters
        assert_eq!(f.line_col(7 + 9), (2, 9));
        assert_eq!(f.line_col(10_000), (3, 1));
    }
}
