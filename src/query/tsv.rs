//! Tab-separated data files (the term base, relevance judgments): blank lines and `#` comments
//! skipped, a fixed number of columns, errors naming the file and line.

use std::path::Path;

use crate::error::{Error, Result};

/// One data line: its 1-based number and its columns.
pub(crate) struct Row<'t> {
    /// 1-based line number.
    pub(crate) line: usize,
    /// The columns, untrimmed.
    pub(crate) cols: Vec<&'t str>,
}

/// An error about line `line` of `path`.
pub(crate) fn error(path: &Path, line: usize, reason: String) -> Error {
    Error::BadData {
        path: path.to_path_buf(),
        line,
        reason,
    }
}

/// The data lines of `text`, each with exactly `names.len()` columns.
pub(crate) fn rows<'t>(
    path: &'t Path,
    text: &'t str,
    names: &'static [&'static str],
) -> impl Iterator<Item = Result<Row<'t>>> + 't {
    text.lines().enumerate().filter_map(move |(n, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != names.len() {
            return Some(Err(error(
                path,
                n + 1,
                format!(
                    "expected {} tab-separated columns ({}), found {}",
                    names.len(),
                    names.join(", "),
                    cols.len()
                ),
            )));
        }
        Some(Ok(Row { line: n + 1, cols }))
    })
}
