//! Index answers: which passages does the collection hold, and how are they found again?
//!
//! A trilingua index is a tantivy index (one document per passage, see [`schema`]) in a folder with a
//! marker file naming its format. [`update`] (and [`build`]) bring it up to date with source files,
//! re-indexing only what changed, [`remove`] takes documents out, and the [`Manifest`] of what it
//! holds is committed with every change. [`TriIndex`] opens an index for searching, registering the
//! analyzers every time (tantivy does not store them).

mod manifest;
pub mod schema;
mod writer;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use tantivy::columnar::{Column, StrColumn};
use tantivy::directory::Directory;
use tantivy::index::SegmentId;
use tantivy::schema::Field;
use tantivy::schema::Value;
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument};

pub use manifest::{DocEntry, Manifest, PIPELINE};
pub use schema::Fields;
pub use writer::{
    build, prepare, remove, update, BuildReport, Failure, Passage, Progress, RemoveReport,
    UpdateOptions, COMMIT_BYTES,
};

use crate::error::{Error, Result};
use crate::lang::Lang;

/// The marker file that makes a folder a trilingua index.
const MARKER: &str = "trilingua.json";
/// Bytes per compressed block of stored passages (tantivy's default is 16 KiB). Each hit shown
/// decompresses its block: on the 50 MB benchmark index, 2 KiB blocks instead of 4 KiB took a full
/// search 6% fewer instructions for 8% more stored bytes.
const DOCSTORE_BLOCK_BYTES: usize = 2048;
/// The file in an index folder where the query side keeps the analyzed term base.
pub(crate) const TERM_BASE_FILE: &str = "termbase.json";
/// Bumped whenever the schema or the analyzers change in a way that needs a rebuild.
const FORMAT: u32 = 2;

/// An open trilingua index.
pub struct TriIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    dir: PathBuf,
    /// Size and time of `meta.json` when the reader was last reloaded: a commit rewrites it.
    seen: std::sync::Mutex<Option<(u64, std::time::SystemTime)>>,
    /// The columns that identify the passages of each segment seen, opened once: a segment never
    /// changes, and opening a column decodes its block index.
    key_columns: std::sync::Mutex<HashMap<SegmentId, KeyColumns>>,
}

/// The columns of one segment that identify its passages: document identifier, passage number.
#[derive(Clone)]
struct KeyColumns {
    doc: Option<StrColumn>,
    passage: Column<u64>,
}

/// Segments whose key columns are kept open at most (a long-lived process sees merged segments
/// come and go).
const KEY_COLUMNS_KEPT: usize = 256;

/// Whether `dir` holds a trilingua index.
pub fn exists(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
}

/// The format of the index in `dir` as its marker says (`None`: no index there).
fn format_of(dir: &Path) -> Result<Option<u32>> {
    let Ok(marker) = std::fs::read_to_string(dir.join(MARKER)) else {
        return Ok(None);
    };
    let bad = |reason: String| Error::BadIndex {
        path: dir.to_path_buf(),
        reason,
    };
    let value: serde_json::Value =
        serde_json::from_str(&marker).map_err(|e| bad(format!("unreadable {MARKER}: {e}")))?;
    value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .and_then(|f| u32::try_from(f).ok())
        .map(Some)
        .ok_or_else(|| bad(format!("{MARKER} names no index format")))
}

/// Whether `dir` holds an index of a format older than this build's, which this build cannot
/// open: `trilingua index` builds it anew from its sources.
pub fn outdated(dir: &Path) -> Result<bool> {
    Ok(format_of(dir)?.is_some_and(|f| f < FORMAT))
}

/// The folders and files the index in `dir` was built from, whatever its format.
pub fn sources(dir: &Path) -> Result<Vec<String>> {
    sources_of(&open_any_format(dir)?, dir)
}

/// The tantivy index in `dir`, whatever trilingua format it has.
fn open_any_format(dir: &Path) -> Result<Index> {
    Index::open_in_dir(dir).map_err(|source| Error::Index {
        path: dir.to_path_buf(),
        source,
    })
}

/// The sources recorded in the manifest of `index`, the index in `dir`.
fn sources_of(index: &Index, dir: &Path) -> Result<Vec<String>> {
    let metas = index.load_metas().map_err(|source| Error::Index {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(Manifest::from_payload(metas.payload.as_deref()).sources)
}

/// Removes an index of an older format from `dir` and returns the sources it was built from, for
/// building it anew; `None` (and nothing removed) when `dir` holds no such index. An error (and
/// nothing removed) when one of those sources is gone, or when another process writes to it. Only
/// the index's own files go: its marker, tantivy's metadata, locks and segment files, the kept
/// term base.
pub(crate) fn clear_outdated(dir: &Path) -> Result<Option<Vec<String>>> {
    let Some(format) = format_of(dir)?.filter(|&f| f < FORMAT) else {
        return Ok(None);
    };
    let index = open_any_format(dir)?;
    // Held while the files go: a writer of the older build must not be writing them.
    let _lock = index
        .directory()
        .acquire_lock(&tantivy::directory::INDEX_WRITER_LOCK)
        .map_err(|_| Error::Locked {
            path: dir.to_path_buf(),
        })?;
    let sources = sources_of(&index, dir)?;
    // Built anew, the index would lose the documents of sources that are gone.
    let gone: Vec<&str> = sources
        .iter()
        .map(String::as_str)
        .filter(|s| !Path::new(s).exists())
        .collect();
    if !gone.is_empty() {
        return Err(Error::BadIndex {
            path: dir.to_path_buf(),
            reason: format!(
                "index format {format} is older than this build's ({FORMAT}), and it cannot be \
                 built anew: {} it was built from {} gone (restore them, or move the index away)",
                gone.join(", "),
                if gone.len() == 1 { "is" } else { "are" }
            ),
        });
    }
    let io = |source| Error::Read {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if entry.file_type().map_err(io)?.is_file() && index_file(&name) {
            std::fs::remove_file(entry.path()).map_err(io)?;
        }
    }
    Ok(Some(sources))
}

/// Whether a file of this name in an index folder belongs to the index.
fn index_file(name: &str) -> bool {
    let segment = name
        .split_once('.')
        .is_some_and(|(stem, _)| stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()));
    segment
        || [MARKER, "meta.json", ".managed.json", TERM_BASE_FILE].contains(&name)
        || (name.starts_with(".tantivy-") && name.ends_with(".lock"))
}

impl TriIndex {
    /// Opens the index in `dir`.
    pub fn open(dir: &Path) -> Result<TriIndex> {
        let bad = |reason: String| Error::BadIndex {
            path: dir.to_path_buf(),
            reason,
        };
        match format_of(dir)? {
            None => {
                return Err(bad(
                    "no trilingua index here (run `trilingua index` first)".into()
                ))
            }
            Some(f) if f < FORMAT => {
                return Err(bad(format!(
                    "index format {f} is older than this build's ({FORMAT}): run `trilingua index` \
                     to build it anew from its sources"
                )))
            }
            Some(f) if f > FORMAT => {
                return Err(bad(format!(
                    "index format {f} is newer than this build's ({FORMAT}): use the trilingua \
                     that built it"
                )))
            }
            Some(_) => {}
        }
        // A writer in another process may commit, and remove the files of the commit before, between
        // our reading meta.json and opening its segments: then the next attempt sees the new commit.
        let mut attempts = 0;
        loop {
            let opened = Index::open_in_dir(dir)
                .map_err(|source| Error::Index {
                    path: dir.to_path_buf(),
                    source,
                })
                .and_then(|index| Self::from_index(index, dir));
            match opened {
                Err(Error::Index { .. }) if attempts < 3 => {
                    attempts += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                result => return result,
            }
        }
    }

    /// Opens the index in `dir`, creating an empty one if there is none.
    pub fn open_or_create(dir: &Path) -> Result<TriIndex> {
        if exists(dir) {
            return Self::open(dir);
        }
        let io = |source| Error::Read {
            path: dir.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let (schema, _) = schema::schema();
        // A search loads only the passages it shows, each from its own block of the document store:
        // small blocks keep that to a few kilobytes decompressed per hit.
        let settings = tantivy::IndexSettings {
            docstore_blocksize: DOCSTORE_BLOCK_BYTES,
            ..tantivy::IndexSettings::default()
        };
        let index = Index::builder()
            .schema(schema)
            .settings(settings)
            .open_or_create(tantivy::directory::MmapDirectory::open(dir).map_err(|e| {
                Error::Index {
                    path: dir.to_path_buf(),
                    source: e.into(),
                }
            })?)
            .map_err(|source| Error::Index {
                path: dir.to_path_buf(),
                source,
            })?;
        std::fs::write(dir.join(MARKER), format!("{{\"format\": {FORMAT}}}\n")).map_err(io)?;
        Self::from_index(index, dir)
    }

    fn from_index(index: Index, dir: &Path) -> Result<TriIndex> {
        crate::analyze::register(index.tokenizers());
        let (_, fields) = schema::schema();
        let tantivy_err = |source| Error::Index {
            path: dir.to_path_buf(),
            source,
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(tantivy_err)?;
        Ok(TriIndex {
            index,
            reader,
            fields,
            dir: dir.to_path_buf(),
            seen: std::sync::Mutex::default(),
            key_columns: std::sync::Mutex::default(),
        })
    }

    /// The underlying tantivy index.
    pub fn tantivy(&self) -> &Index {
        &self.index
    }

    /// A reader over the last commit.
    pub fn reader(&self) -> &IndexReader {
        &self.reader
    }

    /// Makes the reader see the last commit, whoever made it. Reloading costs a tenth of a
    /// millisecond, more than a whole query, so it happens only when a commit has rewritten
    /// tantivy's `meta.json` since the last reload (one `stat` otherwise).
    pub fn refresh(&self) -> Result<()> {
        let stamp = std::fs::metadata(self.dir.join("meta.json"))
            .and_then(|m| Ok((m.len(), m.modified()?)))
            .ok();
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if stamp.is_none() || *seen != stamp {
            self.reader.reload().map_err(|e| self.err(e))?;
            *seen = stamp;
        }
        Ok(())
    }

    /// The document identifier and passage number of the passage at `address` of `searcher`, read
    /// from its segment's columns rather than its stored text: what orders tied hits.
    pub(crate) fn passage_key(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> tantivy::Result<(String, u64)> {
        let segment = searcher.segment_reader(address.segment_ord);
        let known = self
            .key_columns
            .lock()
            .ok()
            .and_then(|kept| kept.get(&segment.segment_id()).cloned());
        let columns = match known {
            Some(columns) => columns,
            None => {
                let schema = searcher.schema();
                let fast = segment.fast_fields();
                let columns = KeyColumns {
                    doc: fast.str(schema.get_field_name(self.fields.doc))?,
                    passage: fast.u64(schema.get_field_name(self.fields.passage))?,
                };
                if let Ok(mut kept) = self.key_columns.lock() {
                    if kept.len() >= KEY_COLUMNS_KEPT {
                        kept.clear();
                    }
                    kept.insert(segment.segment_id(), columns.clone());
                }
                columns
            }
        };
        let mut id = String::new();
        if let Some(doc) = &columns.doc {
            if let Some(ord) = doc.term_ords(address.doc_id).next() {
                doc.ord_to_str(ord, &mut id)?;
            }
        }
        Ok((id, columns.passage.first(address.doc_id).unwrap_or(0)))
    }

    /// Calls `each` on every stored passage `searcher` sees (the whole document store is read).
    pub(crate) fn each_passage(
        &self,
        searcher: &Searcher,
        mut each: impl FnMut(&TantivyDocument),
    ) -> Result<()> {
        for segment in searcher.segment_readers() {
            let store = segment
                .get_store_reader(1)
                .map_err(|e| self.err(e.into()))?;
            for doc_id in segment.doc_ids_alive() {
                let doc: TantivyDocument = store.get(doc_id).map_err(|e| self.err(e))?;
                each(&doc);
            }
        }
        Ok(())
    }

    /// The schema's fields.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The index folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn err(&self, source: tantivy::TantivyError) -> Error {
        Error::Index {
            path: self.dir.clone(),
            source,
        }
    }

    /// The manifest of the last commit: the documents the index holds, with their sources.
    pub fn manifest(&self) -> Result<Manifest> {
        let metas = self.index.load_metas().map_err(|e| self.err(e))?;
        Ok(Manifest::from_payload(metas.payload.as_deref()))
    }

    /// Counts documents, passages and distinct terms per language.
    pub fn stats(&self) -> Result<Stats> {
        self.refresh()?;
        let searcher = self.reader.searcher();
        let mut docs = BTreeSet::new();
        let mut passages: BTreeMap<String, u64> = BTreeMap::new();
        self.each_passage(&searcher, |doc| {
            docs.insert(stored_text(doc, self.fields.doc));
            *passages
                .entry(stored_text(doc, self.fields.lang))
                .or_default() += 1;
        })?;
        let mut terms = BTreeMap::new();
        for lang in Lang::ALL {
            let field = self.fields.body_for(lang);
            let mut distinct = BTreeSet::new();
            for segment in searcher.segment_readers() {
                let inverted = segment.inverted_index(field).map_err(|e| self.err(e))?;
                let mut stream = inverted.terms().stream().map_err(|e| self.err(e.into()))?;
                while stream.advance() {
                    distinct.insert(stream.key().to_vec());
                }
            }
            terms.insert(lang.code().to_string(), distinct.len() as u64);
        }
        Ok(Stats {
            documents: docs.len() as u64,
            passages,
            terms,
        })
    }
}

/// The text stored in `field` of a passage (empty if it has none).
pub(crate) fn stored_text(doc: &TantivyDocument, field: Field) -> String {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string()
}

/// The number stored in `field` of a passage (0 if it has none).
pub(crate) fn stored_u64(doc: &TantivyDocument, field: Field) -> u64 {
    doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0)
}

/// What an index holds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stats {
    /// Distinct documents.
    pub documents: u64,
    /// Passages per language code.
    pub passages: BTreeMap<String, u64>,
    /// Distinct index terms per language field.
    pub terms: BTreeMap<String, u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_index_files_of_a_folder_are_its_own() {
        for name in [
            "trilingua.json",
            "meta.json",
            ".managed.json",
            ".tantivy-writer.lock",
            ".tantivy-meta.lock",
            "termbase.json",
            "45933ad3a80742e09c011dd49d3586d2.idx",
            "45933ad3a80742e09c011dd49d3586d2.7.del",
        ] {
            assert!(index_file(name), "{name}");
        }
        for name in [
            "NOTES.txt",
            "corpus",
            "meta.json.bak",
            "45933ad3.idx",
            "termbase.json.1.tmp",
        ] {
            assert!(!index_file(name), "{name}");
        }
    }

    /// A reader opened before another handle commits sees the commit after `refresh`, and only then.
    #[test]
    fn refresh_sees_commits_made_through_another_handle() {
        let tmp = tempfile::tempdir().unwrap();
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let src = tmp.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        let copy = |name: &str| {
            std::fs::copy(corpus.join(name), src.join(name)).unwrap();
        };
        copy("udhr-1948.en.txt");
        let dir = tmp.path().join("index");
        build(&dir, std::slice::from_ref(&src)).unwrap();

        let reader = TriIndex::open(&dir).unwrap();
        reader.refresh().unwrap();
        let before = reader.reader().searcher().num_docs();
        assert!(before > 0);

        copy("udhr-1948.ru.txt");
        build(&dir, std::slice::from_ref(&src)).unwrap();
        assert_eq!(reader.reader().searcher().num_docs(), before);
        reader.refresh().unwrap();
        let after = reader.reader().searcher().num_docs();
        assert!(
            after > before,
            "{after} passages after the commit, {before} before"
        );
        reader.refresh().unwrap();
        assert_eq!(reader.reader().searcher().num_docs(), after);
    }
}
