//! Ingest answers: which files are documents, what text do they hold, and where are their passages?
//!
//! A [`SourceDoc`] is one file's text, untouched. [`split_passages`] cuts it into [`Span`]s (paragraphs,
//! long ones cut at sentence ends), each with its byte range and line numbers in the file, so that every
//! hit can be cited by file and lines.

mod catalog;

pub use catalog::{fallback_title, Catalog, DocMeta};

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// File extensions read as documents.
pub const EXTENSIONS: &[&str] = &["txt", "md"];

/// Files inside a corpus folder that describe the corpus rather than belong to it.
const NOT_DOCUMENTS: &[&str] = &["SOURCES.md", "README.md"];

/// A passage longer than this many bytes is cut at sentence ends.
const MAX_PASSAGE_BYTES: usize = 1600;
/// Pieces cut from a long passage aim for at least this many bytes.
const MIN_PIECE_BYTES: usize = 500;
/// A paragraph shorter than this, without sentence-final punctuation, is a heading: it joins the next.
const MAX_HEADING_BYTES: usize = 160;

/// One source file: its identifier, where it is, and its text as read.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    /// Stable identifier: the path relative to the folder it was found in (`/`-separated).
    pub id: String,
    /// Where the file is.
    pub path: PathBuf,
    /// The whole text, as read (line ends untouched).
    pub text: String,
}

/// A passage's place in its source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Byte range in the source text.
    pub range: Range<usize>,
    /// First and last line (1-based, inclusive).
    pub lines: (u32, u32),
}

/// Lists the document files under `paths` (files as given; folders walked recursively, in sorted
/// order), each with its identifier.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for root in paths {
        let meta = std::fs::metadata(root).map_err(|source| Error::Read {
            path: root.clone(),
            source,
        })?;
        if meta.is_dir() {
            walk(root, root, &mut out)?;
        } else {
            let id = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| root.display().to_string());
            out.push((id, root.clone()));
        }
    }
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<()> {
    let read_err = |source| Error::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries = std::fs::read_dir(dir)
        .map_err(read_err)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()
        .map_err(read_err)?;
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, out)?;
        } else if is_document_name(&name) {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((id, path));
        }
    }
    Ok(())
}

fn is_document_name(name: &str) -> bool {
    if NOT_DOCUMENTS.contains(&name) {
        return false;
    }
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    ext.is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

/// Reads one document file, refusing what is not text.
pub fn read_document(id: &str, path: &Path) -> Result<SourceDoc> {
    let bad = |reason: String| Error::BadDocument {
        path: path.to_path_buf(),
        reason,
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if !EXTENSIONS.contains(&ext.as_str()) {
        return Err(bad(format!(
            "unsupported file type '.{ext}' (trilingua reads {})",
            EXTENSIONS
                .iter()
                .map(|e| format!(".{e}"))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let text = read_text(path)?;
    Ok(SourceDoc {
        id: id.to_string(),
        path: path.to_path_buf(),
        text,
    })
}

/// Reads a text file as UTF-8 (a leading byte-order mark dropped), refusing binary, invalid or empty
/// files with a message naming the file.
pub fn read_text(path: &Path) -> Result<String> {
    let bad = |reason: String| Error::BadDocument {
        path: path.to_path_buf(),
        reason,
    };
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if bytes.contains(&0) {
        return Err(bad("binary file (contains NUL bytes), not text".into()));
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        bad(format!(
            "not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    if text.starts_with('\u{feff}') {
        text.replace_range(..3, "");
    }
    if text.trim().is_empty() {
        return Err(bad("empty document (no text)".into()));
    }
    Ok(text)
}

/// Cuts a document into passages: paragraphs separated by blank lines, a short heading joined to the
/// paragraph after it, and paragraphs longer than about 1,600 bytes cut at sentence ends.
pub fn split_passages(text: &str) -> Vec<Span> {
    let paragraphs = paragraphs(text);
    let mut merged: Vec<Range<usize>> = Vec::new();
    let mut pending: Option<usize> = None;
    for para in paragraphs {
        let start = pending.take().unwrap_or(para.start);
        if is_heading(&text[para.clone()]) {
            pending = Some(start);
            continue;
        }
        merged.push(start..para.end);
    }
    if let Some(start) = pending {
        merged.push(start..text.trim_end().len().max(start));
    }
    let line_starts = line_starts(text);
    merged
        .into_iter()
        .flat_map(|r| cut_long(text, r))
        .filter(|r| !text[r.clone()].trim().is_empty())
        .map(|range| Span {
            lines: (
                line_of(&line_starts, range.start),
                line_of(&line_starts, range.end.saturating_sub(1).max(range.start)),
            ),
            range,
        })
        .collect()
}

/// Byte ranges of blank-line separated paragraphs, trimmed of surrounding whitespace.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(offset + lead);
            }
            end = offset + line.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

fn is_heading(para: &str) -> bool {
    let t = para.trim_end();
    t.len() < MAX_HEADING_BYTES && !t.ends_with(['.', '!', '?', ';', ',', ')', ']', '»', '"'])
}

/// Cuts a long paragraph at sentence ends into pieces of roughly `MIN_PIECE_BYTES..MAX_PASSAGE_BYTES`.
fn cut_long(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    if range.len() <= MAX_PASSAGE_BYTES {
        return vec![range];
    }
    let para = &text[range.clone()];
    let mut pieces = Vec::new();
    let mut piece_start = 0;
    let mut chars = para.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') || i + 1 - piece_start < MIN_PIECE_BYTES {
            continue;
        }
        // A sentence ends where the punctuation is followed by whitespace and a capital or digit.
        let rest = &para[i + 1..];
        let ws = rest.len() - rest.trim_start().len();
        let next = rest[ws..].chars().next();
        if ws > 0 && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || n == '«') {
            pieces.push(range.start + piece_start..range.start + i + 1);
            piece_start = i + 1 + ws;
            while chars.peek().is_some_and(|&(j, _)| j < piece_start) {
                chars.next();
            }
        }
    }
    if piece_start < para.len() {
        let tail = range.start + piece_start..range.end;
        match pieces.last_mut() {
            // A short tail joins the piece before it.
            Some(last) if tail.len() < MIN_PIECE_BYTES / 2 => last.end = tail.end,
            _ => pieces.push(tail),
        }
    }
    pieces
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn line_of(line_starts: &[usize], offset: usize) -> u32 {
    (line_starts.partition_point(|&s| s <= offset)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_keep_lines_and_ranges() {
        let text = "Title line\n\nFirst para line one.\nline two.\n\n\nSecond para.\n";
        let spans = split_passages(text);
        assert_eq!(spans.len(), 2);
        assert_eq!(
            &text[spans[0].range.clone()],
            "Title line\n\nFirst para line one.\nline two."
        );
        assert_eq!(spans[0].lines, (1, 4));
        assert_eq!(&text[spans[1].range.clone()], "Second para.");
        assert_eq!(spans[1].lines, (7, 7));
    }

    #[test]
    fn long_paragraphs_are_cut_at_sentence_ends() {
        let sentence = "The Parties agree that an armed attack shall be considered an attack against them all. ";
        let text = sentence.repeat(60);
        let spans = split_passages(&text);
        assert!(spans.len() > 2, "{} spans", spans.len());
        for s in &spans {
            let piece = &text[s.range.clone()];
            assert!(
                piece.starts_with("The Parties") && piece.ends_with("all."),
                "{piece:?}"
            );
            assert!(s.range.len() <= MAX_PASSAGE_BYTES + sentence.len());
        }
    }

    #[test]
    fn crlf_and_trailing_heading() {
        let text = "Para one.\r\n\r\nLonely heading\r\n";
        let spans = split_passages(text);
        assert_eq!(spans.len(), 2);
        assert_eq!(&text[spans[1].range.clone()], "Lonely heading");
        assert_eq!(spans[1].lines, (3, 3));
    }

    #[test]
    fn document_names() {
        assert!(is_document_name("udhr-1948.kk.txt"));
        assert!(is_document_name("notes.MD"));
        assert!(!is_document_name("SOURCES.md"));
        assert!(!is_document_name("glossary.tsv"));
    }
}
