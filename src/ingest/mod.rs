//! Ingest answers: which files are documents, what text do they hold, and where are their passages?
//!
//! A [`SourceDoc`] is one file's text, untouched. [`split_passages`] cuts it into [`Span`]s (paragraphs,
//! joined across page breaks, cut where their sentences change language, long ones cut at sentence
//! ends), each with its byte range and line numbers in the file, so that every hit can be cited by file
//! and lines.

mod catalog;
mod decode;
mod html;
mod pages;
mod pdf;

pub use catalog::{fallback_title, title_line, Catalog, DocMeta, MetaResolver};
pub(crate) use decode::kz1048_letter_of;
pub use decode::Encoding;
pub use pages::{furniture, Furniture, FurnitureKind};

use std::borrow::Cow;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// File extensions read as documents.
pub const EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "pdf"];

/// Files inside a corpus folder that describe the corpus rather than belong to it.
const NOT_DOCUMENTS: &[&str] = &["SOURCES.md", "README.md"];

/// Files larger than this are refused (they are archives or data, not documents to cite).
const MAX_FILE_BYTES: u64 = 256 << 20;
/// A line longer than this is not line-structured text: its passages could not be cited by line.
const MAX_LINE_BYTES: usize = 1 << 20;

/// A passage longer than this many bytes is cut at sentence ends.
const MAX_PASSAGE_BYTES: usize = 1600;
/// Pieces cut from a long passage aim for at least this many bytes.
const MIN_PIECE_BYTES: usize = 500;
/// A passage with no sentence end is cut at a space once it is this long.
const HARD_PASSAGE_BYTES: usize = 4 * MAX_PASSAGE_BYTES;
/// A paragraph shorter than this, without sentence-final punctuation, is a heading: it joins the next.
const MAX_HEADING_BYTES: usize = 160;
/// A sentence tells its script with at least this many letters of it.
const MIN_SCRIPT_LETTERS: usize = 20;
/// A Cyrillic sentence without Kazakh's own letters is Russian from this many letters on: Kazakh
/// text writes one such letter in every dozen or so, and hardly ever goes 80 letters without one.
const MIN_RUSSIAN_LETTERS: usize = 80;
/// From this many letters on, a Cyrillic sentence without Kazakh's own letters is Russian where it
/// writes a word of [`RUSSIAN_MARKERS`].
const MIN_MARKED_RUSSIAN_LETTERS: usize = 40;
/// A Cyrillic sentence too short for [`Letters::script`] leans to a language ([`Letters::lean`])
/// from this many letters on.
const MIN_LEANING_LETTERS: usize = 10;
/// Russian words that Kazakh text neither writes nor leaves as syllables of split words: of the
/// Russian function words, those that held-out Kazakh NTREX lines split by the independent
/// generator leave as a chunk under once in 10,000 chunks (`на`, `не`, `по`, `за`, `о`, `я` are
/// Kazakh syllables too), and `и` (half as often; a Russian word in every 42).
const RUSSIAN_MARKERS: &[&str] = &[
    "в",
    "и",
    "с",
    "к",
    "из",
    "об",
    "вы",
    "их",
    "ее",
    "её",
    "ей",
    "что",
    "это",
    "для",
    "как",
    "или",
    "нам",
    "вас",
    "при",
    "без",
    "под",
    "над",
    "все",
    "его",
    "уже",
    "еще",
    "ещё",
    "чем",
    "где",
    "который",
    "которые",
    "также",
];

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
    /// What inside the range is not the passage's text: page furniture (page numbers and running
    /// heads standing between the halves of a paragraph that goes on past a page break) and the
    /// footnotes lifted out of it into passages of their own; whole lines.
    pub skip: Vec<Range<usize>>,
}

impl Span {
    /// The passage's text out of its document's `text`: the source as it stands, with what it
    /// skips blanked to spaces (so every byte keeps its offset and every line its number).
    pub fn text<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let source = &text[self.range.clone()];
        if self.skip.is_empty() {
            return Cow::Borrowed(source);
        }
        let start = self.range.start;
        let skip = self.skip.iter().map(|r| r.start - start..r.end - start);
        Cow::Owned(blanked(source, skip))
    }
}

/// `text` with the bytes of each of `ranges` (in order, on character boundaries) turned to spaces,
/// but for line breaks, which stay: a footnote of two lines blanked leaves two blank lines, and
/// the lines after it keep their numbers.
fn blanked(text: &str, ranges: impl IntoIterator<Item = Range<usize>>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in ranges {
        out.push_str(&text[at..r.start]);
        out.extend(
            text.as_bytes()[r.clone()]
                .iter()
                .map(|&b| if b == b'\n' { '\n' } else { ' ' }),
        );
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The kinds of file trilingua reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`).
    Text,
    /// Markdown (`.md`), read as plain text.
    Markdown,
    /// HTML (`.html`, `.htm`): the visible text, one block element per paragraph.
    Html,
    /// PDF: the extracted text.
    Pdf,
}

impl Format {
    /// The format of a file, by its extension.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" => Format::Text,
            "md" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }

    /// A short name: `txt`, `md`, `html` or `pdf`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

/// A document read from its file, with what was learnt while reading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The document's text (for HTML and PDF, the extracted text: cited lines are its lines).
    pub doc: SourceDoc,
    /// The file's format.
    pub format: Format,
    /// The character encoding of the file (PDF: none).
    pub encoding: Option<Encoding>,
    /// A title found in the file itself (an HTML `<title>`).
    pub title: Option<String>,
}

/// A document file found under the paths given, and the identifier it is indexed under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Identifier: the path relative to the folder given (`/`-separated), or the file name of a file
    /// given directly.
    pub id: String,
    /// The file, as reached from the path given.
    pub path: PathBuf,
    /// The folder given that the file was found in; `None` for a file given directly.
    pub root: Option<PathBuf>,
}

/// Lists the document files under `paths` (files as given; folders walked recursively, in sorted
/// order), each with its identifier.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<(String, PathBuf)>> {
    let (found, mut failures) = collect(paths);
    if !failures.is_empty() {
        return Err(failures.swap_remove(0).1);
    }
    Ok(found.into_iter().map(|f| (f.id, f.path)).collect())
}

/// Lists the document files under `paths` like [`collect_files`], but carries on past a path or
/// folder that cannot be read, returning each such failure with the files that were found.
pub fn collect(paths: &[PathBuf]) -> (Vec<Found>, Vec<(PathBuf, Error)>) {
    let mut found = Vec::new();
    let mut failures = Vec::new();
    for root in paths {
        match std::fs::metadata(root) {
            Err(source) => failures.push((
                root.clone(),
                Error::Read {
                    path: root.clone(),
                    source,
                },
            )),
            Ok(meta) if meta.is_dir() => walk(root, root, &mut found, &mut failures),
            Ok(_) => {
                let id = root
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| root.display().to_string());
                found.push(Found {
                    id,
                    path: root.clone(),
                    root: None,
                });
            }
        }
    }
    (found, failures)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Found>, failures: &mut Vec<(PathBuf, Error)>) {
    let entries = std::fs::read_dir(dir).and_then(|rd| {
        rd.map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<Vec<_>>>()
    });
    let mut entries = match entries {
        Ok(entries) => entries,
        Err(source) => {
            failures.push((
                dir.to_path_buf(),
                Error::Read {
                    path: dir.to_path_buf(),
                    source,
                },
            ));
            return;
        }
    };
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        // Symbolic links to folders are not followed: they could loop.
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if path.is_dir() {
            if !is_link {
                walk(root, &path, out, failures);
            }
        } else if is_document_name(&name) {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Found {
                id,
                path,
                root: Some(root.to_path_buf()),
            });
        }
    }
}

fn is_document_name(name: &str) -> bool {
    if NOT_DOCUMENTS.contains(&name) {
        return false;
    }
    Format::of(Path::new(name)).is_some()
}

/// Reads one document file, refusing what is not text.
pub fn read_document(id: &str, path: &Path) -> Result<SourceDoc> {
    load(id, path).map(|l| l.doc)
}

/// Reads one document file of any supported format.
pub fn load(id: &str, path: &Path) -> Result<Loaded> {
    let bytes = read_bytes(path)?;
    load_bytes(id, path, &bytes)
}

/// Reads a file's bytes, refusing files too large to be documents.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let len = std::fs::metadata(path).map_err(read_err)?.len();
    if len > MAX_FILE_BYTES {
        return Err(Error::BadDocument {
            path: path.to_path_buf(),
            reason: format!(
                "too large for a document ({:.0} MB; the limit is {} MB)",
                len as f64 / 1e6,
                MAX_FILE_BYTES >> 20
            ),
        });
    }
    std::fs::read(path).map_err(read_err)
}

/// Turns a document file's bytes into its text, according to its format.
pub fn load_bytes(id: &str, path: &Path, bytes: &[u8]) -> Result<Loaded> {
    let bad = |reason: String| Error::BadDocument {
        path: path.to_path_buf(),
        reason,
    };
    let format = Format::of(path).ok_or_else(|| {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default();
        bad(format!(
            "unsupported file type '.{ext}' (trilingua reads {})",
            EXTENSIONS
                .iter()
                .map(|e| format!(".{e}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })?;
    let (text, encoding, title) = match format {
        Format::Text | Format::Markdown => {
            let (text, enc) = decode::decode(bytes).map_err(bad)?;
            (text, Some(enc), None)
        }
        Format::Html => {
            let (source, enc) = decode::decode(bytes).map_err(bad)?;
            let page = html::html_text(&source);
            (page.text, Some(enc), page.title)
        }
        Format::Pdf => (pdf::pdf_text(bytes).map_err(bad)?, None, None),
    };
    check_text(&text).map_err(bad)?;
    Ok(Loaded {
        doc: SourceDoc {
            id: id.to_string(),
            path: path.to_path_buf(),
            text,
        },
        format,
        encoding,
        title,
    })
}

/// Refuses text that has nothing to index or cannot be cited by line.
fn check_text(text: &str) -> std::result::Result<(), String> {
    if text.trim().is_empty() {
        return Err("empty document (no text)".into());
    }
    for (n, line) in text.split('\n').enumerate() {
        if line.len() > MAX_LINE_BYTES {
            return Err(format!(
                "line {} is {:.1} MB long: not line-structured text (lines of up to {} MB are read)",
                n + 1,
                line.len() as f64 / 1e6,
                MAX_LINE_BYTES >> 20
            ));
        }
    }
    Ok(())
}

/// Reads a document file's text (any supported format; text files in UTF-8, UTF-16, Windows-1251 or
/// KZ-1048), refusing binary, invalid or empty files with a message naming the file. A file without
/// a known extension is read as plain text.
pub fn read_text(path: &Path) -> Result<String> {
    if Format::of(path).is_some() {
        return load("", path).map(|l| l.doc.text);
    }
    let bytes = read_bytes(path)?;
    let bad = |reason: String| Error::BadDocument {
        path: path.to_path_buf(),
        reason,
    };
    let (text, _) = decode::decode(&bytes).map_err(bad)?;
    check_text(&text).map_err(bad)?;
    Ok(text)
}

/// Cuts a document into passages: paragraphs separated by blank lines (a paragraph a page break
/// cut joined again: [`rejoin_page_breaks`]), a short heading joined to the paragraph after it, cut where one sentence plainly writes another language than the sentence
/// before (abstracts in Kazakh, Russian and English run together, as text from a PDF often has them:
/// each is repaired, detected and analyzed in its own language), and pieces longer than about 1,600
/// bytes cut at sentence ends.
pub fn split_passages(text: &str) -> Vec<Span> {
    let furniture: Vec<Range<usize>> = pages::furniture(text)
        .into_iter()
        .map(|f| f.range)
        .collect();
    if furniture.is_empty() {
        return split_text(text, &[]);
    }
    // Footnotes at a page's foot, between the halves of a paragraph the page cut, are passages of
    // their own: blanked like the furniture in the text cut into the other passages.
    let mut cut_from = blanked(text, furniture.iter().cloned());
    let notes = footnotes(&cut_from, &furniture);
    let mut left_out = furniture;
    if !notes.is_empty() {
        left_out.extend(notes.iter().cloned());
        left_out.sort_by_key(|r| r.start);
        cut_from = blanked(text, left_out.iter().cloned());
    }
    // Cut the text with its page furniture blanked, then tell each passage what it skips.
    let mut spans = split_text(&cut_from, &left_out);
    for span in &mut spans {
        let first = left_out.partition_point(|r| r.start < span.range.start);
        span.skip = left_out[first..]
            .iter()
            .take_while(|r| r.end <= span.range.end)
            .cloned()
            .collect();
    }
    if !notes.is_empty() {
        let line_starts = line_starts(text);
        for note in notes {
            spans.extend(cut_long(text, note, &[]).into_iter().map(|range| Span {
                lines: (
                    line_of(&line_starts, range.start),
                    line_of(&line_starts, range.end.saturating_sub(1).max(range.start)),
                ),
                range,
                skip: Vec::new(),
            }));
        }
        spans.sort_by_key(|s| s.range.start);
    }
    spans
}

/// The footnotes standing at a page's foot between the halves of a paragraph the page cut, in
/// `text` with its page furniture (at `furniture`) blanked: the paragraphs right before a page's
/// furniture that open with a note's number (`1 See ...`, `¹ See ...`, `* ...`) and end a
/// sentence, where the paragraph before them goes on after the furniture (`...cooperation
/// with the` / `¹ See the Framework Document.` / `12` / `Alliance's members`).
fn footnotes(text: &str, furniture: &[Range<usize>]) -> Vec<Range<usize>> {
    let paras = paragraphs(text);
    let mut out = Vec::new();
    // The paragraph right after each page's furniture: the one whose start follows a furniture
    // line with only blanks between.
    for (c, next) in paras.iter().enumerate().skip(1) {
        let gap = paras[c - 1].end..next.start;
        let at = furniture.partition_point(|f| f.start < gap.start);
        if furniture.get(at).is_none_or(|f| f.end > gap.end) {
            continue;
        }
        let mut first = c;
        while first > 1 && is_footnote(&text[paras[first - 1].clone()]) {
            first -= 1;
        }
        if first < c && goes_on(&text[paras[first - 1].clone()], &text[next.clone()], true) {
            out.extend(paras[first..c].iter().cloned());
        } else if first == c {
            // Text laid out as `pdftotext` writes it has no blank line before a page's notes: they
            // are the last lines of the paragraph the page cut, lifted where the rest of it goes
            // on in lowercase after the furniture (`...in the field and` / `1 See ...` / `12` /
            // `at the table`).
            let para = paras[c - 1].clone();
            if let Some(at) = notes_at_end(&text[para.clone()]) {
                let rest = &text[para.start..para.start + at];
                if goes_on(rest.trim_end(), &text[next.clone()], false) {
                    out.push(para.start + at..para.end);
                }
            }
        }
    }
    out
}

/// A page's notes may stand on this many lines at a paragraph's end, at most.
const MAX_NOTE_LINES: usize = 4;

/// Where the notes that end paragraph `para` begin, as a byte offset into it: the first of its
/// last [`MAX_NOTE_LINES`] lines (not its first line) from which the rest reads as footnotes
/// ([`is_footnote`]).
fn notes_at_end(para: &str) -> Option<usize> {
    let starts: Vec<usize> = para.match_indices('\n').map(|(i, _)| i + 1).collect();
    starts
        .iter()
        .rev()
        .take(MAX_NOTE_LINES)
        .rev()
        .copied()
        .find(|&at| is_footnote(&para[at..]))
}

/// Whether a paragraph reads as a footnote: a note's number (one to three digits, or superscript
/// ones) or an asterisk, then its text, which ends a sentence.
fn is_footnote(para: &str) -> bool {
    let body = para.trim_start_matches(|c: char| c.is_ascii_digit());
    let marker = para.len() - body.len();
    let (marked, body) = if (1..=3).contains(&marker) {
        (true, body)
    } else {
        let body = para.trim_start_matches(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰', '*']);
        (body.len() < para.len(), body)
    };
    let opens = body
        .chars()
        .next()
        .is_some_and(|c| c.is_whitespace() || c.is_alphabetic());
    marked
        && opens
        && body
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
        && para
            .trim_end_matches(['"', '\'', '»', '”', '’', ')', ']'])
            .ends_with(['.', '!', '?'])
}

/// [`split_passages`] of text whose page furniture, at `furniture`, is blanked (and not counted in
/// a passage's length).
fn split_text(text: &str, furniture: &[Range<usize>]) -> Vec<Span> {
    let paragraphs = rejoin_page_breaks(text, paragraphs(text), furniture);
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
        .flat_map(|r| cut_at_language_changes(text, r))
        .flat_map(|r| cut_long(text, r, furniture))
        .filter(|r| !text[r.clone()].trim().is_empty())
        .map(|range| Span {
            lines: (
                line_of(&line_starts, range.start),
                line_of(&line_starts, range.end.saturating_sub(1).max(range.start)),
            ),
            range,
            skip: Vec::new(),
        })
        .collect()
}

/// `paragraphs` with each one that goes on past a page break joined to the one before: a paragraph
/// that ends inside a sentence, on a full line (a page's last line is as long as its others: not a
/// heading's, nor the short last line of a paragraph), and one that goes on with a lowercase letter.
/// Text from a PDF parts its pages with blank lines (or form feeds), wherever the page ended: `...has
/// been adapted according to the` / `country's ambitions, ...`.
/// Where page furniture (blanked at `furniture`) stands between the two, the page plainly broke
/// there, and a paragraph whose last line is full and ends without a sentence's last punctuation
/// goes on, whatever the next begins with (`...in the 1980s,` / `Christine Blasey Ford, ...`).
fn rejoin_page_breaks(
    text: &str,
    paragraphs: Vec<Range<usize>>,
    furniture: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(paragraphs.len());
    for para in paragraphs {
        if let Some(last) = out.last_mut() {
            let at = furniture.partition_point(|f| f.start < last.end);
            let page_break = furniture.get(at).is_some_and(|f| f.end <= para.start);
            if goes_on(&text[last.clone()], &text[para.clone()], page_break) {
                last.end = para.end;
                continue;
            }
        }
        out.push(para);
    }
    out
}

/// A page's last line is at least this many characters long, and this share (in tenths) of its
/// paragraph's longest line.
const MIN_PAGE_LINE_CHARS: usize = 20;
const MIN_PAGE_LINE_TENTHS: usize = 6;

/// Whether paragraph `next` goes on from paragraph `before`, parted from it by a page break
/// ([`rejoin_page_breaks`]): `before` ends in a letter, or a line-break hyphen after one (not a
/// comma: a clause of a preamble or a list item ends so, `принимая во внимание, что ...,`), on a
/// full line of a wrapped paragraph, and `next` opens with a lowercase letter. Where the page
/// plainly broke between them (`page_break`: its number or head stood there), `before` only ends
/// without a sentence's last punctuation, and `next` may open with anything.
fn goes_on(before: &str, next: &str, page_break: bool) -> bool {
    let ends_inside = if page_break {
        let last = before
            .trim_end_matches(['"', '\'', '»', '”', '’', ')', ']'])
            .chars()
            .next_back();
        last.is_some_and(|c| !matches!(c, '.' | '!' | '?' | '…' | ':' | ';'))
    } else {
        ends_in_a_word(before)
    };
    if !ends_inside || !(page_break || next.chars().next().is_some_and(char::is_lowercase)) {
        return false;
    }
    ends_on_full_line(before)
}

/// Whether `text` ends inside a word or after one, mid-sentence: in a letter, or a line-break hyphen
/// after one.
fn ends_in_a_word(text: &str) -> bool {
    let mut end = text.chars().rev();
    match end.next() {
        Some('-') => end.next().is_some_and(char::is_alphabetic),
        Some(c) => c.is_alphabetic(),
        None => false,
    }
}

/// Whether paragraph `para` ends as a page's last lines do, not a paragraph's: on a full line of
/// two or more. A paragraph of one line is one a line (`...основных свобод; и` / `принимая во
/// внимание`): text that went through a page wraps its lines.
pub(crate) fn ends_on_full_line(para: &str) -> bool {
    let chars = |line: &str| line.trim().chars().count();
    let last = para.lines().last().map_or(0, chars);
    let longest = para.lines().map(chars).max().unwrap_or(0);
    para.lines().nth(1).is_some()
        && last >= MIN_PAGE_LINE_CHARS
        && last * 10 >= longest * MIN_PAGE_LINE_TENTHS
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

/// What the letters of a sentence plainly tell of its language ([`Letters::script`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic, with Kazakh's own letters as often as Kazakh text writes them.
    Kazakh,
    /// Cyrillic, long enough and without Kazakh's own letters.
    Russian,
}

/// What [`Letters::script`] and [`Letters::lean`] read of a sentence: its letters, counted.
#[derive(Clone, Copy, Default)]
struct Letters {
    latin: usize,
    cyrillic: usize,
    /// Kazakh's own letters in lowercase words.
    kazakh: usize,
    /// Kazakh's own letters in any word.
    any_kazakh: usize,
    /// Words that begin with a lowercase Latin letter.
    latin_words: usize,
    /// Words of [`RUSSIAN_MARKERS`].
    marked: usize,
}

impl Letters {
    fn of(sentence: &str) -> Letters {
        sentence
            .split_whitespace()
            .fold(Letters::default(), |n, word| {
                n.plus(&Letters::of_word(word))
            })
    }

    /// The letters of `sentence` outside its quotes (`«…»`, `“…”`, `„…“`, `"…"`), where it has any:
    /// a title or words quoted in another language do not make a sentence theirs (`Программа
    /// «Бейбітшілік жолындағы әріптестік» была принята в 1994 году.`).
    fn outside_quotes(sentence: &str) -> Option<Letters> {
        if !sentence.contains(['«', '“', '„', '"']) {
            return None;
        }
        // The sentence with its quotes and what they hold blanked.
        let mut outside = String::with_capacity(sentence.len());
        let (mut depth, mut straight) = (0usize, false);
        for c in sentence.chars() {
            let quote = match c {
                '«' | '„' => {
                    depth += 1;
                    true
                }
                '“' if depth == 0 => {
                    depth += 1;
                    true
                }
                '»' | '”' | '“' => {
                    depth = depth.saturating_sub(1);
                    true
                }
                '"' => {
                    straight = !straight;
                    true
                }
                _ => false,
            };
            outside.push(if quote || depth > 0 || straight {
                ' '
            } else {
                c
            });
        }
        Some(Letters::of(&outside))
    }

    /// The letters of one word (whitespace around it taken off).
    fn of_word(word: &str) -> Letters {
        use crate::lang::{is_cyrillic, is_letter, kk::is_specific_letter};
        let mut n = Letters::default();
        let core = word.trim_matches(|c: char| !is_letter(c));
        let Some(first) = core.chars().next() else {
            return n;
        };
        let lowercase = first.is_lowercase();
        n.latin_words = usize::from(lowercase && first.is_ascii_alphabetic());
        for c in core.chars() {
            if c.is_ascii_alphabetic() {
                n.latin += 1;
            } else if is_cyrillic(c) {
                n.cyrillic += 1;
                let own = is_specific_letter(c);
                n.kazakh += usize::from(lowercase && own);
                n.any_kazakh += usize::from(own);
            }
        }
        n.marked = usize::from(is_russian_marker(core));
        n
    }

    fn plus(&self, o: &Letters) -> Letters {
        Letters {
            latin: self.latin + o.latin,
            cyrillic: self.cyrillic + o.cyrillic,
            kazakh: self.kazakh + o.kazakh,
            any_kazakh: self.any_kazakh + o.any_kazakh,
            latin_words: self.latin_words + o.latin_words,
            marked: self.marked + o.marked,
        }
    }

    fn minus(&self, o: &Letters) -> Letters {
        Letters {
            latin: self.latin - o.latin,
            cyrillic: self.cyrillic - o.cyrillic,
            kazakh: self.kazakh - o.kazakh,
            any_kazakh: self.any_kazakh - o.any_kazakh,
            latin_words: self.latin_words - o.latin_words,
            marked: self.marked - o.marked,
        }
    }

    /// The script and language a sentence's letters plainly tell, `None` where they do not: too
    /// few letters, scripts mixed, Latin names and acronyms alone (`CNN, Fox News Channel и
    /// MSNBC.`: an English sentence writes words in lowercase), or Kazakh's own letters too rare
    /// for Kazakh text and too frequent for Russian text. Kazakh text writes one of its own letters
    /// in every dozen or so; a Kazakh sentence needs one in 30 (however many Latin names it writes:
    /// `Desert Island Discs: Том Дейли жыныстық бағдары`), a Russian one fewer than one in 200, or
    /// none where it writes a word only Russian writes (`в`, `и`, `что`; then however many Latin
    /// names it writes). Only words in lowercase count Kazakh's letters: a Russian sentence writes
    /// Kazakh names (`Нұр-Сұлтан`), not Kazakh words.
    fn script(&self) -> Option<Script> {
        if self.latin >= MIN_SCRIPT_LETTERS
            && self.latin >= 10 * self.cyrillic
            && self.latin_words >= 3
        {
            Some(Script::Latin)
        } else if self.cyrillic < MIN_SCRIPT_LETTERS {
            None
        } else if self.kazakh * 30 >= self.cyrillic {
            Some(Script::Kazakh)
        } else if self.cyrillic >= MIN_MARKED_RUSSIAN_LETTERS
            && self.any_kazakh == 0
            && self.marked > 0
        {
            // However many Latin names it writes (`как и Google Drive, Microsoft Outlook, Slack и
            // Spotify`).
            Some(Script::Russian)
        } else if self.cyrillic < 4 * self.latin {
            None
        } else if (self.cyrillic >= MIN_RUSSIAN_LETTERS && self.kazakh * 200 < self.cyrillic)
            || (self.cyrillic >= MIN_MARKED_RUSSIAN_LETTERS && self.kazakh == 0 && self.marked > 0)
        {
            Some(Script::Russian)
        } else {
            None
        }
    }

    /// The Cyrillic language a sentence [`Letters::script`] does not tell leans to, from fewer
    /// letters ([`MIN_LEANING_LETTERS`]): Kazakh where one in 30 is one of Kazakh's own in a
    /// lowercase word, Russian where none is Kazakh's own and it writes a word of
    /// [`RUSSIAN_MARKERS`] (`Мне пришлось крепко держать себя в руках.`). A paragraph is cut where
    /// a sentence leans to another language than the piece before it (a short quote, a piece of a
    /// sentence that a line break before a capital cut off).
    fn lean(&self) -> Option<Script> {
        if self.cyrillic < MIN_LEANING_LETTERS || self.cyrillic < 4 * self.latin {
            None
        } else if self.kazakh > 0 && self.kazakh * 30 >= self.cyrillic {
            Some(Script::Kazakh)
        } else if self.any_kazakh == 0 && self.marked > 0 {
            Some(Script::Russian)
        } else {
            None
        }
    }
}

/// Whether `word` (letters only) is one of [`RUSSIAN_MARKERS`], in any case.
fn is_russian_marker(word: &str) -> bool {
    // Their lengths in bytes: most words are none of them.
    matches!(word.len(), 2 | 4 | 6 | 10 | 14)
        && RUSSIAN_MARKERS.iter().any(|m| {
            m.len() == word.len()
                && word
                    .chars()
                    .map(|c| crate::lang::lower_char(c).unwrap_or(c))
                    .eq(m.chars())
        })
}

/// Where sentences start inside `para` (byte offsets, the first at 0): after `.`, `!` or `?`,
/// whitespace, then a capital, a digit or `«`. With `loose` (to find where a paragraph changes
/// language, not where to cut a long one), also before any opening quote or a dash (`басталды. –
/// Сотрудничество`), and at a line break between a letter and a capital after a line shorter
/// than three quarters of the paragraph's widest (a heading or a sentence without its stop:
/// `айтып өтті` / `Трек Пэйлин, 26 лет`; a capital after a full line is more often a name that
/// the line's end went before).
fn sentence_starts(para: &str, loose: bool) -> Vec<usize> {
    let mut starts = vec![0];
    let width = |line: &str| line.chars().count();
    let widest = if loose {
        para.lines().map(width).max().unwrap_or(0)
    } else {
        0
    };
    let mut chars = para.char_indices().peekable();
    let mut before = None;
    while let Some((i, c)) = chars.next() {
        let after = before.replace(c);
        let stop = matches!(c, '.' | '!' | '?');
        // A short line: a line as wide as the others goes on in the next.
        let line_end = loose
            && c == '\n'
            && after.is_some_and(crate::lang::is_letter)
            && width(&para[para[..i].rfind('\n').map_or(0, |n| n + 1)..i]) * 4 < widest * 3;
        if !stop && !line_end {
            continue;
        }
        // Closing quotes and brackets after the stop go with its sentence.
        let closers = if stop && loose {
            let rest = &para[i + c.len_utf8()..];
            rest.len()
                - rest
                    .trim_start_matches(['”', '»', '"', '’', ')', ']'])
                    .len()
        } else {
            0
        };
        let rest = &para[i + c.len_utf8() + closers..];
        let ws = rest.len() - rest.trim_start().len();
        let mut next = rest[ws..].chars();
        let first = next.next();
        let opens = first.is_some_and(|n| {
            n.is_uppercase()
                || (stop && (n.is_ascii_digit() || n == '«'))
                || (stop
                    && loose
                    && (matches!(n, '“' | '”' | '„' | '"' | '»')
                        || (matches!(n, '–' | '—')
                            && next.next().is_some_and(char::is_whitespace))))
        });
        if (ws > 0 || line_end) && opens {
            let start = i + c.len_utf8() + closers + ws;
            starts.push(start);
            while chars.peek().is_some_and(|&(j, _)| j < start) {
                chars.next();
            }
            before = None;
        }
    }
    starts
}

/// Cuts a paragraph where a sentence's letters plainly tell another language than those of the
/// sentences before it ([`Letters::script`]), or a Cyrillic sentence they do not tell leans to the
/// other Cyrillic language ([`Letters::lean`]) or is read so by the language detector
/// ([`detected`]); any other sentence stays with the one before. A sentence may be cut where its
/// language changes ([`language_change_within`]); the words outside its quotes may tell it
/// ([`Letters::outside_quotes`]).
fn cut_at_language_changes(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let para = &text[range.clone()];
    // Sentences of one script, or Cyrillic without Kazakh's letters (Russian, or untold), tell one
    // language or none: found from the bytes, before any sentence is read (U+0480–U+04FF, where
    // most of Kazakh's letters are, lead with 0xD2 and 0xD3).
    let bytes = para.as_bytes();
    let cyrillic = bytes.iter().any(|b| (0xD0..=0xD3).contains(b));
    let latin = bytes.iter().any(u8::is_ascii_alphabetic);
    let kazakh = bytes.iter().any(|&b| b == 0xD2 || b == 0xD3) || para.contains(['і', 'І']);
    if !(cyrillic && (latin || kazakh)) {
        return vec![range];
    }
    let mut starts = sentence_starts(para, true);
    let mut pieces = Vec::new();
    let (mut piece_start, mut current) = (0, None);
    let mut k = 0;
    while k < starts.len() {
        let start = starts[k];
        let end = starts.get(k + 1).copied().unwrap_or(para.len());
        let mut letters = Letters::of(&para[start..end]);
        // A sentence whose letters tell nothing as a whole, or Kazakh with a word only Russian
        // writes, or Russian with Kazakh's letters, may be two run together: a headline without
        // its stop, or a heading, and a sentence in the other language.
        let mixed = match letters.script() {
            None => true,
            Some(Script::Kazakh) => letters.marked > 0,
            Some(Script::Russian) => letters.kazakh > 0,
            Some(Script::Latin) => false,
        };
        let mut cut_within = false;
        if mixed && letters.cyrillic >= 2 * MIN_SCRIPT_LETTERS {
            if let Some((at, before)) = language_change_within(&para[start..end], &letters) {
                starts.insert(k + 1, start + at);
                letters = before;
                cut_within = true;
            }
        }
        k += 1;
        // A Cyrillic sentence too short to tell leans only away from the piece before, or from
        // the rest of a sentence it was cut from. One whose letters do not lean either is read
        // word by word, as a passage is ([`detected`]: `Ключевые слова: НАТО, Казахстан,
        // партнерство.`), and so is a paragraph's first sentence, which has no piece before it.
        let leans = cut_within || current.is_some_and(|c| c != Script::Latin);
        let mut told = letters.script().or_else(|| {
            leans
                .then(|| letters.lean())
                .flatten()
                .or_else(|| detected(&para[start..end], &letters, kazakh))
        });
        // A sentence told Kazakh by the Kazakh it quotes, whose own words are Russian (`Программа
        // «Бейбітшілік жолындағы әріптестік» была принята …`), is Russian; one whose letters tell
        // nothing for the Cyrillic it quotes, and whose own words are English, is English. (Not
        // one cut where its language changes: a quote there opens or closes a sentence of its own.)
        if !cut_within && matches!(told, None | Some(Script::Kazakh)) {
            if let Some(outside) = Letters::outside_quotes(&para[start..end]) {
                let own = outside.script().or_else(|| outside.lean());
                told = match (told, own) {
                    (Some(Script::Kazakh), Some(Script::Russian)) if outside.any_kazakh == 0 => own,
                    (None, Some(Script::Latin)) => own,
                    _ => told,
                };
            }
        }
        let Some(script) = told else {
            continue;
        };
        match current {
            Some(c) if c != script => {
                pieces
                    .push(range.start + piece_start..range.start + para[..start].trim_end().len());
                piece_start = start;
            }
            _ => {}
        }
        current = Some(script);
    }
    pieces.push(range.start + piece_start..range.end);
    pieces
}

/// How sure [`detect`](crate::detect::detect) must be of a sentence whose letters tell no language
/// for a paragraph to be cut at it. Chosen on NTREX lines 701–1000 in Kazakh and Russian
/// paragraphs (`benches/other_damage.py kk mixed SEED --lines 700:1000`): 0.8 cut off the most
/// Russian sentences there, 0.85 and 0.9 fewer. (At 0.8, a damaged Russian sentence of line 556 is
/// read Kazakh, `Ммм... ммм..., ка ко го до ку мен та?` at 0.825: its paragraph writes no Kazakh
/// letter, so it is not asked; see [`detected`].)
const MIN_DETECTED_CONFIDENCE: f32 = 0.8;

/// The language of a `sentence` (its letters `letters`) that its letters alone do not tell: a
/// Cyrillic one of [`MIN_LEANING_LETTERS`] letters or more is read by the language detector's
/// word evidence (function words, endings, the Kazakh stem list: `Ключевые слова: НАТО,
/// Казахстан, партнерство.`), and taken where the detector is sure
/// ([`MIN_DETECTED_CONFIDENCE`]); a Latin one of [`MIN_SCRIPT_LETTERS`] letters or more is
/// English where it writes a word in lowercase (`Keywords: NATO, Kazakhstan, partnership.`; not a
/// list of names). Cyrillic is read only in a paragraph that writes Kazakh's own letters
/// (`kazakh_letters`): without them, the detector tells Russian from Kazakh typed with Russian's
/// letters no better than the letters do. Cyrillic text with letters of other alphabets is not
/// read.
fn detected(sentence: &str, letters: &Letters, kazakh_letters: bool) -> Option<Script> {
    if letters.latin >= MIN_SCRIPT_LETTERS
        && letters.latin >= 10 * letters.cyrillic
        && letters.latin_words > 0
    {
        return Some(Script::Latin);
    }
    if !kazakh_letters
        || letters.cyrillic < MIN_LEANING_LETTERS
        || letters.cyrillic < 4 * letters.latin
    {
        return None;
    }
    // Cyrillic letters of neither alphabet are the stand-ins of a Kazakh text read in another code
    // page (`Ќ` for `Қ`), which the detector does not read as Kazakh: the repair mends them later.
    let alphabet = |c: char| {
        matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё') || crate::lang::kk::is_specific_letter(c)
    };
    if sentence
        .chars()
        .any(|c| crate::lang::is_cyrillic(c) && !alphabet(c))
    {
        return None;
    }
    let d = crate::detect::detect(sentence);
    match d.lang {
        _ if d.confidence < MIN_DETECTED_CONFIDENCE => None,
        crate::Lang::Kk => Some(Script::Kazakh),
        crate::Lang::Ru => Some(Script::Russian),
        _ => None,
    }
}

/// Where in `sentence` (its letters `whole`) the letters before tell one language
/// ([`Letters::script`], else [`Letters::lean`]) and those after another: before the first
/// capitalized word where they do (`… айтып өтті Трак Пейлин был арестован в понедельник …`),
/// with the letters before it; `None` where at no capital.
fn language_change_within(sentence: &str, whole: &Letters) -> Option<(usize, Letters)> {
    let mut before = Letters::default();
    for (k, word) in sentence.split_whitespace().enumerate() {
        let capital = word
            .trim_start_matches(|c: char| !crate::lang::is_letter(c))
            .starts_with(crate::lang::is_upper);
        if k > 0 && capital {
            let after = whole.minus(&before);
            let read = |n: &Letters| n.script().or_else(|| n.lean());
            if let (Some(a), Some(b)) = (read(&before), read(&after)) {
                if a != b {
                    return Some((word.as_ptr() as usize - sentence.as_ptr() as usize, before));
                }
            }
        }
        before = before.plus(&Letters::of_word(word));
    }
    None
}

/// Cuts a long paragraph at sentence ends into pieces of roughly `MIN_PIECE_BYTES..MAX_PASSAGE_BYTES`
/// (of text: page furniture, blanked at `furniture`, does not count, nor the line break and blank
/// line that part each of its lines from the text).
fn cut_long(text: &str, range: Range<usize>, furniture: &[Range<usize>]) -> Vec<Range<usize>> {
    let first = furniture.partition_point(|f| f.end <= range.start);
    let last = furniture.partition_point(|f| f.start < range.end);
    let furniture = &furniture[first..last.max(first)];
    let size = |r: Range<usize>| {
        let blank: usize = furniture
            .iter()
            .map(|f| (f.end + 2).min(r.end).saturating_sub(f.start.max(r.start)))
            .sum();
        r.len() - blank
    };
    if size(range.clone()) <= MAX_PASSAGE_BYTES {
        return vec![range];
    }
    let para = &text[range.clone()];
    let mut pieces = Vec::new();
    let mut piece_start = 0;
    for start in sentence_starts(para, false).into_iter().skip(1) {
        // The sentence before ends at its punctuation, before the whitespace.
        let end = para[..start].trim_end().len();
        if size(range.start + piece_start..range.start + end) < MIN_PIECE_BYTES {
            continue;
        }
        pieces.push(range.start + piece_start..range.start + end);
        piece_start = start;
    }
    if piece_start < para.len() {
        let tail = range.start + piece_start..range.end;
        if tail.len() > HARD_PASSAGE_BYTES {
            pieces.extend(cut_hard(text, tail));
            return pieces;
        }
        match pieces.last_mut() {
            // A short tail joins the piece before it.
            Some(last) if size(tail.clone()) < MIN_PIECE_BYTES / 2 => last.end = tail.end,
            _ => pieces.push(tail),
        }
    }
    pieces
}

/// Cuts text without sentence ends at spaces (or anywhere, if it has none) into pieces of at most
/// about `HARD_PASSAGE_BYTES`.
fn cut_hard(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = range.start;
    while range.end - start > HARD_PASSAGE_BYTES {
        let mut end = start + HARD_PASSAGE_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let cut = text[start..end]
            .rfind(char::is_whitespace)
            .filter(|&i| i > MIN_PIECE_BYTES)
            .map_or(end, |i| start + i);
        pieces.push(start..cut);
        let rest = &text[cut..range.end];
        start = cut + (rest.len() - rest.trim_start().len());
    }
    if start < range.end {
        pieces.push(start..range.end);
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

    /// Pages of a journal: each paragraph below is followed by a page's foot (its notes, if any,
    /// then its number) and the next page's head.
    fn journal(paragraphs: &[(&str, &[&str])]) -> String {
        let mut text = String::new();
        for (n, (para, notes)) in paragraphs.iter().enumerate() {
            text.push_str(para);
            text.push_str("\n\n");
            for note in *notes {
                text.push_str(note);
                text.push_str("\n\n");
            }
            if n + 1 < paragraphs.len() {
                text.push_str(&format!("{}\n\nJournal of Central Asian Studies\n", 12 + n));
            }
        }
        text
    }

    /// Each passage's text, its words parted by single spaces.
    fn passage_words(text: &str, spans: &[Span]) -> Vec<String> {
        spans
            .iter()
            .map(|s| {
                s.text(text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn footnotes_between_the_halves_of_a_paragraph_are_passages_of_their_own() {
        let text = journal(&[
            (
                "The programme was launched at the Brussels summit in 1994 and grew\ninto a forum where partners and Allies discuss the fight against",
                &["1 See the Partnership for Peace Framework Document, 1994.", "² Ibid., paragraph 3."],
            ),
            (
                "terrorism and the control of arms. Since then the partners have met\nevery year, and Kazakhstan signed its first action plan with the",
                &["* Renewed in 2008."],
            ),
            (
                "Alliance in 2006, when its peacekeeping brigade was set up and the\nplan named the units that would train with those of the Allies in",
                &[],
            ),
            ("Europe.", &[]),
        ]);
        let spans = split_passages(&text);
        let texts = passage_words(&text, &spans);
        assert_eq!(texts.len(), 4, "{texts:#?}");
        assert!(
            texts[0].ends_with(
                "fight against terrorism and the control of arms. Since then the partners have met \
                 every year, and Kazakhstan signed its first action plan with the Alliance in 2006, \
                 when its peacekeeping brigade was set up and the plan named the units that would \
                 train with those of the Allies in Europe."
            ),
            "{texts:#?}"
        );
        assert_eq!(
            texts[1..],
            [
                "1 See the Partnership for Peace Framework Document, 1994.",
                "² Ibid., paragraph 3.",
                "* Renewed in 2008."
            ]
        );
        // The paragraph is cited by its first line to its last, each note by its own.
        assert_eq!((spans[0].lines, spans[1].lines), ((1, 25), (4, 4)));
    }

    #[test]
    fn a_paragraph_opening_with_a_number_before_a_page_break_is_no_footnote() {
        // It ends inside a sentence: the text of the page, going on on the next.
        let text = journal(&[
            ("The Alliance and its partners met again that year in Brussels.\nAt the summit the Allies agreed that", &[]),
            ("2006 would be the year of the first action plan, and that Kazakhstan\nwould sign it with the", &[]),
            ("Alliance before the end of the year.", &[]),
        ]);
        let spans = split_passages(&text);
        assert_eq!(spans.len(), 1, "{spans:?}");
    }

    #[test]
    fn notes_on_a_page_s_last_lines_without_a_blank_line_are_lifted_too() {
        // As `pdftotext` writes pages: a form feed, the head on the page's first line, the notes
        // and the number on its last, no blank line anywhere.
        let pages = [
            "The programme was launched at the Brussels summit in 1994 and grew\ninto a forum where partners and Allies discuss the fight against\n1 See the Partnership for Peace Framework Document, 1994, para-\ngraph 3.\n",
            "terrorism and the control of arms. Since then the partners have met\nevery year, and Kazakhstan signed its first action plan in 2006,\nthe year its brigade was signed up by\n12 countries of the Alliance in Europe.\n",
            "The brigade trained with the units of the Allies in Europe.\n",
        ];
        let text: String = pages
            .iter()
            .enumerate()
            .map(|(n, page)| format!("Journal of Central Asian Studies\n{page}{}\n\x0c", 12 + n))
            .collect();
        let spans = split_passages(&text);
        let texts = passage_words(&text, &spans);
        assert!(
            texts[0].contains("fight against terrorism and the control"),
            "{texts:#?}"
        );
        assert!(
            texts.contains(
                &"1 See the Partnership for Peace Framework Document, 1994, para- graph 3.".into()
            ),
            "{texts:#?}"
        );
        // A last line that opens with a number before a page that opens a new sentence is text.
        assert!(
            texts
                .iter()
                .any(|t| t.ends_with("signed up by 12 countries of the Alliance in Europe.")),
            "{texts:#?}"
        );
        assert!(!texts.iter().any(|t| t.contains("Journal")), "{texts:#?}");
    }

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
    fn sentences_in_another_language_are_passages_of_their_own() {
        // Abstracts run together as a PDF's text may have them: Kazakh, Russian, English.
        let kk = "Мақалада НАТО мен Қазақстан арасындағы ынтымақтастық қарастырылады. Бейбітшілік \
                  жолындағы әріптестік бағдарламасы 1994 жылы басталды.";
        let ru = "В статье рассматривается сотрудничество НАТО и Казахстана в рамках программы \
                  «Партнерство ради мира», начатое в 1994 году.";
        let en = "The article examines cooperation between NATO and Kazakhstan within the \
                  Partnership for Peace programme.";
        let text = format!("{kk}\n{ru} {en}\n");
        let pieces: Vec<&str> = split_passages(&text)
            .iter()
            .map(|s| &text[s.range.clone()])
            .collect();
        assert_eq!(pieces, [kk, ru, en]);
        let lines: Vec<(u32, u32)> = split_passages(&text).iter().map(|s| s.lines).collect();
        assert_eq!(lines, [(1, 1), (2, 2), (2, 2)]);
    }

    #[test]
    fn sentences_whose_letters_do_not_tell_stay_with_the_paragraph() {
        // A Russian sentence naming Kazakh places, a short Kazakh sentence without Kazakh letters,
        // English names inside Cyrillic text, a split abbreviation: one passage each paragraph.
        for para in [
            "Столица переехала в Астану в 1997 году, и об этом писали многие газеты того времени. \
             Позже город назывался Нұр-Сұлтан, а сейчас снова Астана, как решил парламент страны. \
             Об этом писали многие газеты того времени, и российские, и казахстанские, и западные.",
            "Қазақстан НАТО-мен әріптестік бағдарламасына қосылды. Ол жыл сайын өсті. Бұл \
             бағдарлама бейбітшілік үшін құрылған.",
            "Программа Partnership for Peace (PfP) началась в 1994 году. Участники: NATO, \
             Kazakhstan, Kyrgyzstan и другие государства региона.",
            "А.Б. Кү зем баева «Бей біт ші лік жо лын да ғы әріп тес тік» бағ дар ла ма сы.",
            // A Kazakh sentence without Kazakh's letters, split into syllables that spell
            // Russian words (`на`), among Kazakh ones.
            "Қа зақ стан ның ба ры лық өңір ле рі не бар ды. Са уда сы на тыйым са лына ды. Бұл \
             ту ра лы ми нистр айт ты.",
        ] {
            let spans = split_passages(para);
            assert_eq!(spans.len(), 1, "{para}: {spans:?}");
        }
    }

    #[test]
    fn a_sentence_that_leans_to_the_other_language_is_a_passage_of_its_own() {
        let kk = "Бейбітшілік жолындағы әріптестік бағдарламасы 1994 жылы басталды.";
        let ru = "Сотрудничество Казахстана с НАТО в рамках программы началось в 1994 году.";
        for (text, want) in [
            // A dash opens the sentence.
            (
                format!("{kk}\n– {ru}"),
                vec![kk.to_string(), format!("– {ru}")],
            ),
            // A closing quote follows the stop.
            (
                format!("Тұрғындар: «Таза су жетпейді.»\n{ru}"),
                vec!["Тұрғындар: «Таза су жетпейді.»".to_string(), ru.to_string()],
            ),
            // A heading, or a sentence without its stop, ends its line before a capital.
            (
                format!("Қазақстан мен НАТО арасындағы ынтымақтастық\n{ru}"),
                vec![
                    "Қазақстан мен НАТО арасындағы ынтымақтастық".to_string(),
                    ru.to_string(),
                ],
            ),
            // A Kazakh sentence with Latin names; a Russian one with more Latin letters than a
            // fourth of its Cyrillic ones.
            (
                "Desert Island Discs бағдарламасында Том Дейли өзі туралы айтты. Приложение \
                 работает по такому же принципу, как и Google Drive, Microsoft Outlook, Slack и \
                 Spotify."
                    .to_string(),
                vec![
                    "Desert Island Discs бағдарламасында Том Дейли өзі туралы айтты.".to_string(),
                    "Приложение работает по такому же принципу, как и Google Drive, Microsoft \
                     Outlook, Slack и Spotify."
                        .to_string(),
                ],
            ),
            // A headline without its stop runs into a sentence in the other language: cut before
            // the capital where the letters before and after tell each their language.
            (
                "Трек Пейлиннің травмадан кейінгі күйзеліске түсуі жөнінде айтып өтті Трак Пейлин \
                 был арестован в понедельник и обвинен в семейном насилии."
                    .to_string(),
                vec![
                    "Трек Пейлиннің травмадан кейінгі күйзеліске түсуі жөнінде айтып өтті"
                        .to_string(),
                    "Трак Пейлин был арестован в понедельник и обвинен в семейном насилии."
                        .to_string(),
                ],
            ),
            // A Kazakh quote in a Russian sentence: the words before it lean to Russian.
            (
                "В своем выступлении президент сказал: «Біз бейбітшілікті қолдаймыз».".to_string(),
                vec![
                    "В своем выступлении президент сказал:".to_string(),
                    "«Біз бейбітшілікті қолдаймыз».".to_string(),
                ],
            ),
            // Sentences too short to tell lean to the language their letters and words show.
            (
                format!("{kk} Мне пришлось держать себя в руках. Ол бәрін түсінді."),
                vec![
                    kk.to_string(),
                    "Мне пришлось держать себя в руках.".to_string(),
                    "Ол бәрін түсінді.".to_string(),
                ],
            ),
            // A sentence's own words tell its language, not the title it quotes.
            (
                format!(
                    "Программа «Бейбітшілік жолындағы әріптестік» была принята в 1994 году. {kk} \
                     The programme «Партнерство ради мира» started in 1994 and Kazakhstan joined \
                     it early."
                ),
                vec![
                    "Программа «Бейбітшілік жолындағы әріптестік» была принята в 1994 году."
                        .to_string(),
                    kk.to_string(),
                    "The programme «Партнерство ради мира» started in 1994 and Kazakhstan joined \
                     it early."
                        .to_string(),
                ],
            ),
            // Where neither tells, the detector reads the words: key words in three languages,
            // the Russian ones first, with no piece before them to lean from.
            (
                "Ключевые слова: НАТО, Казахстан, партнерство. Түйін сөздер: НАТО, Қазақстан, \
                 әріптестік. Keywords: NATO, Kazakhstan, partnership."
                    .to_string(),
                vec![
                    "Ключевые слова: НАТО, Казахстан, партнерство.".to_string(),
                    "Түйін сөздер: НАТО, Қазақстан, әріптестік.".to_string(),
                    "Keywords: NATO, Kazakhstan, partnership.".to_string(),
                ],
            ),
        ] {
            let pieces: Vec<&str> = split_passages(&text)
                .iter()
                .map(|s| &text[s.range.clone()])
                .collect();
            assert_eq!(pieces, want, "{text}");
        }
    }

    #[test]
    fn a_paragraph_a_page_break_cut_is_one_passage() {
        // The seed article's pages end inside sentences; a word hyphenated at a page's end.
        let text = "NATO has been adapted according to the\n\n\u{c}country's ambitions, needs and \
                    the coun-\n\ntries [2].\n\nNext paragraph.\n\nа тут абзац, и в нём пере-\n\
                    \n\nнос.\n";
        let pieces: Vec<&str> = split_passages(text)
            .iter()
            .map(|s| &text[s.range.clone()])
            .collect();
        assert_eq!(
            pieces,
            [
                "NATO has been adapted according to the\n\n\u{c}country's ambitions, needs and \
                 the coun-\n\ntries [2].",
                "Next paragraph.",
                "а тут абзац, и в нём пере-\n\n\nнос."
            ]
        );
        // A paragraph that ends a sentence, a number, a reference or a clause, or on a short line,
        // or one that opens with a capital, stays a paragraph of its own (long ones: a short one
        // is a heading, and joins the next whatever it ends in).
        let long = "A paragraph long enough not to be taken for a heading goes on and on\n"
            .repeat(3)
            .trim_end()
            .to_string();
        // Each of the cases below but its own end would join the next.
        let text = format!("{long}\n\nand goes on.");
        assert_eq!(split_passages(&text).len(), 1, "{text:?}");
        let one_line = long.replace('\n', " ");
        let text = format!("{one_line}; and\n\nwhereas a paragraph of one line ends so.");
        assert_eq!(split_passages(&text).len(), 2, "{text:?}");
        for (end, next) in [
            (".", "and this one begins in lowercase."),
            (" in 2014", "and then it was not."),
            (" [5]", "and more."),
            (",", "whereas the next clause follows,"),
            ("\n and on", "short as its last line is."),
            ("\n Introduction", "in 2014, NATO countries marked it."),
            (" inside a sentence", "But the next opens with a capital."),
        ] {
            let text = format!("{long}{end}\n\n{next}");
            assert_eq!(split_passages(&text).len(), 2, "{text:?}");
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
    fn text_without_sentence_ends_is_cut_at_spaces() {
        let text = "слово ".repeat(5000);
        let spans = split_passages(&text);
        assert!(spans.len() > 4, "{}", spans.len());
        for s in &spans {
            assert!(s.range.len() <= HARD_PASSAGE_BYTES, "{}", s.range.len());
            let piece = &text[s.range.clone()];
            assert!(piece.starts_with("слово") && piece.trim_end().ends_with("слово"));
        }
    }

    #[test]
    fn overlong_lines_and_empty_text_are_refused() {
        let long = format!("short line\n{}\n", "x".repeat(MAX_LINE_BYTES + 1));
        let err = check_text(&long).unwrap_err();
        assert!(err.starts_with("line 2 is 1.0 MB long"), "{err}");
        assert!(check_text(" \n\t\n").unwrap_err().contains("empty"));
    }

    #[test]
    fn document_names() {
        assert!(is_document_name("wales-2014.pdf"));
        assert!(is_document_name("page.HTML"));
        assert!(!is_document_name("wales-2014.pdf.meta.toml"));
        assert!(is_document_name("udhr-1948.kk.txt"));
        assert!(is_document_name("notes.MD"));
        assert!(!is_document_name("SOURCES.md"));
        assert!(!is_document_name("glossary.tsv"));
    }
}
