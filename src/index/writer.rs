//! Building the index: read, repair, detect and add passages; one atomic commit per run.

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use tantivy::{doc, IndexWriter, Term};

use super::TriIndex;
use crate::detect::detect;
use crate::error::{Error, Result};
use crate::ingest::{self, Catalog, SourceDoc};
use crate::lang::Lang;
use crate::normalize::{normalize_with, Vocabulary};

/// Memory budget for tantivy's writer, shared by its threads.
const WRITER_MEMORY: usize = 128 << 20;

/// One repaired passage, ready to index.
#[derive(Debug, Clone)]
pub struct Passage {
    /// Document identifier.
    pub doc: String,
    /// Passage number within the document (0-based).
    pub number: u32,
    /// First and last source line (1-based, inclusive).
    pub lines: (u32, u32),
    /// Detected language.
    pub lang: Lang,
    /// Repaired text.
    pub text: String,
}

/// A file that could not be indexed, and why.
#[derive(Debug)]
pub struct Failure {
    /// The file.
    pub path: PathBuf,
    /// The error, naming the file and what is wrong.
    pub error: Error,
}

/// What a [`build`] run did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Documents indexed.
    pub documents: usize,
    /// Passages indexed.
    pub passages: usize,
    /// Source bytes read from the indexed documents.
    pub bytes: usize,
    /// Wall time of the whole run, in seconds.
    pub seconds: f64,
    /// Files that were skipped, with the reason.
    pub failures: Vec<Failure>,
}

/// Repairs, cuts and detects one document's passages.
pub fn prepare(doc: &SourceDoc) -> Vec<Passage> {
    // The document's own unsplit words are evidence for repairing each of its passages.
    let vocab = Vocabulary::from_text(&doc.text);
    ingest::split_passages(&doc.text)
        .into_iter()
        .filter_map(|span| {
            let repaired = normalize_with(&doc.text[span.range.clone()], &vocab);
            (!repaired.text.is_empty()).then_some((span, repaired.text))
        })
        .enumerate()
        .map(|(number, (span, text))| Passage {
            doc: doc.id.clone(),
            number: number as u32,
            lines: span.lines,
            lang: detect(&text).lang,
            text,
        })
        .collect()
}

/// Indexes the documents under `paths` into the index in `dir` (created if missing). Documents already
/// in the index under the same identifier are replaced. A file that cannot be read is reported in the
/// result and skipped; the others are indexed and committed together.
pub fn build(dir: &Path, paths: &[PathBuf]) -> Result<BuildReport> {
    let started = Instant::now();
    let files = ingest::collect_files(paths)?;
    let mut catalog = Catalog::default();
    for root in paths {
        let folder = if root.is_dir() {
            root.as_path()
        } else {
            root.parent().unwrap_or(Path::new("."))
        };
        catalog.extend(Catalog::load(folder)?);
    }
    let index = TriIndex::open_or_create(dir)?;
    let read: Vec<_> = files
        .par_iter()
        .map(|(id, path)| ingest::read_document(id, path))
        .collect();
    let mut report = BuildReport::default();
    let mut docs = Vec::new();
    for (result, (_, path)) in read.into_iter().zip(&files) {
        match result {
            Ok(doc) => docs.push(doc),
            Err(error) => report.failures.push(Failure {
                path: path.clone(),
                error,
            }),
        }
    }
    let prepared: Vec<Vec<Passage>> = docs.par_iter().map(prepare).collect();

    let mut writer: IndexWriter = index
        .tantivy()
        .writer_with_num_threads(2, WRITER_MEMORY)
        .map_err(|e| index.err(e))?;
    let f = *index.fields();
    for (doc, passages) in docs.iter().zip(prepared) {
        writer.delete_term(Term::from_field_text(f.doc, &doc.id));
        let meta = catalog.get(&doc.id);
        let title = meta
            .map(|m| m.title.clone())
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| ingest::fallback_title(&doc.id, &doc.text));
        let kind = meta
            .map(|m| m.kind.as_str())
            .filter(|k| !k.is_empty())
            .unwrap_or("document");
        let year = meta.and_then(|m| m.year).unwrap_or(0) as i64;
        let path = doc.path.display().to_string();
        report.passages += passages.len();
        for p in passages {
            writer
                .add_document(doc!(
                    f.doc => p.doc.as_str(),
                    f.path => path.as_str(),
                    f.title => title.as_str(),
                    f.kind => kind,
                    f.year => year,
                    f.lang => p.lang.code(),
                    f.passage => p.number as u64,
                    f.line_start => p.lines.0 as u64,
                    f.line_end => p.lines.1 as u64,
                    f.body_for(p.lang) => p.text.as_str(),
                    f.text => p.text,
                ))
                .map_err(|e| index.err(e))?;
        }
        report.documents += 1;
        report.bytes += doc.text.len();
    }
    writer.commit().map_err(|e| index.err(e))?;
    writer.wait_merging_threads().map_err(|e| index.err(e))?;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}
