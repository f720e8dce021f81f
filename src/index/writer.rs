//! Keeping the index current: read, repair, detect and add the passages of new and changed files,
//! remove those of deleted ones, and leave unchanged files alone.
//!
//! Every change is committed atomically together with the [`Manifest`] (in the commit's payload), in
//! batches of a few megabytes: a crash, or a kill, leaves the index at its last commit, and the next
//! run picks up from there. tantivy's writer lock keeps a second writer out.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use tantivy::directory::error::LockError;
use tantivy::index::SegmentId;
use tantivy::indexer::{LogMergePolicy, NoMergePolicy};
use tantivy::{doc, IndexWriter, TantivyDocument, TantivyError, Term};

use super::manifest::{self, DocEntry, Manifest};
use super::{Fields, TriIndex};
use crate::detect::detect;
use crate::error::{Error, Result};
use crate::ingest::{self, DocMeta, Found, Loaded, MetaResolver, SourceDoc};
use crate::lang::Lang;
use crate::normalize::{normalize_with, Vocabulary};

/// Memory budget for tantivy's writer, shared by its threads.
const WRITER_MEMORY: usize = 128 << 20;
/// Source bytes indexed between two commits: what a crash can cost at most.
pub const COMMIT_BYTES: u64 = 8 << 20;
/// An update with less source than this is small: it merges only segments of up to
/// `SMALL_MERGE_DOCS` passages.
const SMALL_RUN_BYTES: u64 = 4 << 20;
const SMALL_MERGE_DOCS: usize = 1000;

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

/// What an indexing run did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Documents indexed (added or updated).
    pub documents: usize,
    /// Passages indexed.
    pub passages: usize,
    /// Source bytes read from the indexed documents.
    pub bytes: usize,
    /// Wall time of the whole run, in seconds.
    pub seconds: f64,
    /// Files that were skipped, with the reason; what the index held of them is kept.
    pub failures: Vec<Failure>,
    /// Identifiers of documents new to the index.
    pub added: Vec<String>,
    /// Identifiers of documents re-indexed because their file or metadata changed.
    pub updated: Vec<String>,
    /// Identifiers of documents removed because their file is gone.
    pub removed: Vec<String>,
    /// Documents found unchanged.
    pub unchanged: usize,
    /// Things worth telling the user that are not failures (a document replaced from another file).
    pub notes: Vec<String>,
    /// Commits made.
    pub commits: usize,
}

/// How far an indexing run has got.
#[derive(Clone, Copy, Debug)]
pub struct Progress {
    /// Bytes of changed files processed so far.
    pub done_bytes: u64,
    /// Bytes of changed files in all.
    pub total_bytes: u64,
}

/// How to run [`update`].
#[derive(Clone, Copy, Default)]
pub struct UpdateOptions<'a> {
    /// Remove documents whose files are gone from the folders scanned (`trilingua index`); `false`
    /// only adds and updates (`trilingua add`).
    pub remove_missing: bool,
    /// Re-index every file found, changed or not.
    pub force: bool,
    /// Called as work progresses (from several threads).
    pub progress: Option<&'a (dyn Fn(Progress) + Sync)>,
    /// Source bytes between commits (0: [`COMMIT_BYTES`]).
    pub commit_bytes: u64,
    /// The pipeline identity to index with (`None`: this build's [`manifest::PIPELINE`]; tests
    /// name another to play an older build).
    pub pipeline: Option<&'a str>,
}

/// The merge policy of small updates: only segments of up to `SMALL_MERGE_DOCS` passages, merged as
/// soon as two are alike in size. Every segment costs each query its terms' lookups, and a cross-
/// lingual query looks up many: small segments left to pile up beside a big one slow matching.
fn small_merge_policy() -> LogMergePolicy {
    let mut policy = LogMergePolicy::default();
    policy.set_max_docs_before_merge(SMALL_MERGE_DOCS);
    policy.set_min_num_segments(2);
    policy
}

/// Repairs, cuts and detects one document's passages.
pub fn prepare(doc: &SourceDoc) -> Vec<Passage> {
    prepare_on(doc, 1).0
}

/// [`prepare`] on up to `workers` threads, each repairing and detecting a contiguous share of the
/// passages: when a run has fewer documents than cores (one changed document), the idle cores take
/// part. The passages come out the same, in the same order. Also the document's first line
/// repaired, where it is short enough to title the document ([`ingest::title_line`]).
fn prepare_on(doc: &SourceDoc, workers: usize) -> (Vec<Passage>, Option<String>) {
    // The document's own unsplit words are evidence for repairing each of its passages.
    let vocab = Vocabulary::from_text(&doc.text);
    let spans = ingest::split_passages(&doc.text);
    let texts: Vec<_> = spans.iter().map(|s| s.text(&doc.text)).collect();
    let sources: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
    crate::normalize::preload(&sources);
    let prepared = crate::shares::map_in_shares(&sources, workers, MIN_SHARE, |source| {
        let text = normalize_with(source, &vocab).text;
        (!text.is_empty()).then(|| (detect(&text).lang, text))
    });
    let passages = spans
        .iter()
        .zip(prepared)
        .filter_map(|(span, p)| p.map(|(lang, text)| (span, lang, text)))
        .enumerate()
        .map(|(number, (span, lang, text))| Passage {
            doc: doc.id.clone(),
            number: number as u32,
            lines: span.lines,
            lang,
            text,
        })
        .collect();
    let title = ingest::title_line(&doc.text)
        .map(|line| normalize_with(line, &vocab).text)
        .filter(|t| !t.is_empty());
    (passages, title)
}

/// Fewest passages a thread of [`prepare_on`] is given: fewer are not worth a thread.
const MIN_SHARE: usize = 16;

/// What every passage of a document says about the document.
struct DocInfo<'a> {
    path: &'a str,
    title: &'a str,
    kind: &'a str,
    year: i64,
}

/// The tantivy document for one passage: the one place that maps a passage to the schema.
fn passage_document(f: &Fields, d: &DocInfo, p: Passage) -> TantivyDocument {
    doc!(
        f.doc => p.doc.as_str(),
        f.path => d.path,
        f.title => d.title,
        f.kind => d.kind,
        f.year => d.year,
        f.lang => p.lang.code(),
        f.passage => p.number as u64,
        f.line_start => p.lines.0 as u64,
        f.line_end => p.lines.1 as u64,
        f.body_for(p.lang) => p.text.as_str(),
        f.text => p.text,
    )
}

/// Indexes the documents under `paths` into the index in `dir` (created if missing): new and changed
/// files are (re-)indexed, unchanged ones skipped, and documents whose files are gone from the folders
/// given are removed. A file that cannot be read is reported in the result and skipped.
pub fn build(dir: &Path, paths: &[PathBuf]) -> Result<BuildReport> {
    update(
        dir,
        paths,
        &UpdateOptions {
            remove_missing: true,
            ..UpdateOptions::default()
        },
    )
}

/// Opens the writer, turning tantivy's busy lock into a clear [`Error::Locked`].
fn open_writer(index: &TriIndex, threads: usize) -> Result<IndexWriter> {
    index
        .tantivy()
        .writer_with_num_threads(threads, WRITER_MEMORY)
        .map_err(|e| match e {
            TantivyError::LockFailure(LockError::LockBusy, _) => Error::Locked {
                path: index.dir().to_path_buf(),
            },
            e => index.err(e),
        })
}

/// Commits the pending changes together with the manifest.
fn commit(index: &TriIndex, writer: &mut IndexWriter, manifest: &Manifest) -> Result<()> {
    let mut prepared = writer.prepare_commit().map_err(|e| index.err(e))?;
    prepared.set_payload(&manifest.to_payload());
    prepared.commit().map_err(|e| index.err(e))?;
    Ok(())
}

fn absolute(path: &Path) -> String {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

/// A file that may have changed since it was indexed.
struct Candidate {
    found: Found,
    abs: String,
    root: String,
    meta: DocMeta,
    stamp: (u64, u128),
    /// The indexed content's hash when the document was indexed from this file with this
    /// metadata: the same bytes again mean only the file's stamp changed. Looked up before the
    /// work starts, so that preparing never reads the manifest the commits are changing.
    indexed_hash: Option<String>,
    /// The pipeline identity it is indexed with.
    pipeline: String,
}

/// What reading a candidate gave.
enum Outcome {
    /// Same bytes and metadata as indexed: only the file's stamp changed.
    Unchanged,
    /// New content, ready to index.
    Prepared {
        loaded: Box<Loaded>,
        passages: Vec<Passage>,
        hash: String,
    },
}

fn process(c: &Candidate, force: bool, workers: usize) -> Result<Outcome> {
    let bytes = ingest::read_bytes(&c.found.path)?;
    let hash = manifest::content_hash(&bytes);
    if !force && c.indexed_hash.as_ref() == Some(&hash) {
        return Ok(Outcome::Unchanged);
    }
    let mut loaded = ingest::load_bytes(&c.found.id, &c.found.path, &bytes)?;
    let (passages, first_line) = prepare_on(&loaded.doc, workers);
    // A title found in the file wins over its first line, repaired as its passages are.
    loaded.title = loaded.title.or(first_line);
    Ok(Outcome::Prepared {
        loaded: Box::new(loaded),
        passages,
        hash,
    })
}

/// Prepared documents waiting for the writer, per preparing thread: enough that a commit
/// never leaves a thread idle for long, few enough to bound memory.
const QUEUED_PER_THREAD: usize = 2;

/// Reads and prepares the candidates on every core and hands each outcome to `consume`, on the
/// calling thread, as soon as it is ready (roughly in candidate order). Preparing goes on while
/// `consume` adds documents and commits, so neither the cores nor tantivy's indexing threads wait
/// for a whole batch. An error from `consume` stops the run (documents being prepared are
/// dropped).
fn run_pipeline(
    candidates: &[Candidate],
    opts: &UpdateOptions,
    total_bytes: u64,
    mut consume: impl FnMut(&Candidate, Result<Outcome>) -> Result<()>,
) -> Result<()> {
    let cores = crate::shares::cores();
    let threads = cores.min(candidates.len()).max(1);
    // With fewer documents than cores, each document's passages are shared among the rest.
    let workers = (cores / threads).max(1);
    let next = AtomicUsize::new(0);
    let done_bytes = AtomicU64::new(0);
    let (tx, rx) = mpsc::sync_channel::<(usize, Result<Outcome>)>(threads * QUEUED_PER_THREAD);
    // Candidates are taken in order, one at a time: the cores stay balanced however the file
    // sizes vary.
    let prepare_next = || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let c = candidates.get(i)?;
        let out = process(c, opts.force, workers);
        let done = done_bytes.fetch_add(c.stamp.0, Ordering::Relaxed) + c.stamp.0;
        if let Some(progress) = opts.progress {
            progress(Progress {
                done_bytes: done,
                total_bytes,
            });
        }
        Some((i, out))
    };
    std::thread::scope(|s| {
        let mut started = 0;
        for _ in 0..threads {
            let tx = tx.clone();
            let prepare_next = &prepare_next;
            let spawned = std::thread::Builder::new()
                .name("trilingua-prepare".into())
                .spawn_scoped(s, move || {
                    while let Some(prepared) = prepare_next() {
                        if tx.send(prepared).is_err() {
                            break; // The consumer stopped on an error.
                        }
                    }
                });
            started += usize::from(spawned.is_ok());
        }
        drop(tx);
        if started == 0 {
            // No thread could be started: prepare here, one document after the other.
            while let Some((i, out)) = prepare_next() {
                consume(&candidates[i], out)?;
            }
            return Ok(());
        }
        for (i, out) in rx {
            consume(&candidates[i], out)?;
        }
        Ok(())
    })
}

/// Adds one prepared document's passages to the writer (replacing what the index held of it) and
/// its entry to the manifest.
#[allow(clippy::too_many_arguments)]
fn add_document(
    index: &TriIndex,
    writer: &IndexWriter,
    manifest: &mut Manifest,
    report: &mut BuildReport,
    c: &Candidate,
    loaded: &Loaded,
    passages: Vec<Passage>,
    hash: String,
) -> Result<()> {
    let f = index.fields();
    let id = &c.found.id;
    writer.delete_term(Term::from_field_text(f.doc, id));
    let title = Some(c.meta.title.clone())
        .filter(|t| !t.is_empty())
        .or_else(|| loaded.title.clone())
        .unwrap_or_else(|| ingest::fallback_title(id, &loaded.doc.text));
    let path = c.found.path.display().to_string();
    let info = DocInfo {
        path: &path,
        title: &title,
        kind: Some(c.meta.kind.as_str())
            .filter(|k| !k.is_empty())
            .unwrap_or("document"),
        year: c.meta.year.unwrap_or(0) as i64,
    };
    let mut entry = DocEntry {
        path: path.clone(),
        abs: c.abs.clone(),
        root: c.root.clone(),
        size: c.stamp.0,
        mtime: c.stamp.1,
        hash,
        format: loaded.format.name().into(),
        encoding: loaded.encoding.map(|e| e.name().into()).unwrap_or_default(),
        passages: passages.len() as u32,
        indexed_at: manifest::now(),
        title: title.clone(),
        meta: c.meta.clone(),
        pipeline: c.pipeline.clone(),
        ..DocEntry::default()
    };
    report.passages += passages.len();
    for p in passages {
        *entry.langs.entry(p.lang.code().to_string()).or_default() += 1;
        writer
            .add_document(passage_document(f, &info, p))
            .map_err(|e| index.err(e))?;
    }
    match manifest.docs.insert(id.clone(), entry) {
        Some(_) => report.updated.push(id.clone()),
        None => report.added.push(id.clone()),
    }
    report.documents += 1;
    report.bytes += loaded.doc.text.len();
    Ok(())
}

/// Brings the index in `dir` up to date with the files under `paths` (no paths: the sources the
/// index was built from). See [`UpdateOptions`] for what it may change.
pub fn update(dir: &Path, paths: &[PathBuf], opts: &UpdateOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let pipeline = opts.pipeline.unwrap_or(manifest::PIPELINE);
    // An index of an older format cannot be opened by this build: it is built anew, from the
    // sources it was built from as well as the paths asked for.
    let old_sources = super::clear_outdated(dir)?;
    let index = TriIndex::open_or_create(dir)?;
    // Take the lock first: a second writer learns at once that it must wait its turn. One indexing
    // thread makes one segment per commit (fewer files to write, sync and merge), and keeps up:
    // tokenizing takes a fifth of the time that preparing passages takes on the other threads.
    let mut writer = open_writer(&index, 1)?;
    let mut manifest = index.manifest()?;
    let mut report = BuildReport::default();
    let mut paths: Vec<PathBuf> = if paths.is_empty() {
        manifest.sources.iter().map(PathBuf::from).collect()
    } else {
        paths.to_vec()
    };
    if let Some(old) = old_sources {
        report.notes.push(format!(
            "the index in {} was of an older format: built anew from {}",
            dir.display(),
            if old.is_empty() {
                "the paths given".to_string()
            } else {
                old.join(", ")
            }
        ));
        for source in old.into_iter().map(PathBuf::from) {
            if !paths.iter().any(|p| absolute(p) == absolute(&source)) {
                paths.push(source);
            }
        }
    }
    let mut dirty = false;

    let (found, collect_failures) = ingest::collect(&paths);
    let failed_dirs: Vec<String> = collect_failures.iter().map(|(p, _)| absolute(p)).collect();
    for (path, error) in collect_failures {
        report.failures.push(Failure { path, error });
    }
    let mut scanned_roots = BTreeSet::new();
    for path in &paths {
        if path.exists() {
            let abs = absolute(path);
            if !manifest.sources.contains(&abs) {
                manifest.add_source(&abs);
                dirty = true;
            }
            if path.is_dir() {
                scanned_roots.insert(abs);
            }
        }
    }

    // Quick check by size and modification time; metadata is compared too, since a changed
    // sidecar or catalogue entry changes what is stored with every passage.
    let mut resolver = MetaResolver::default();
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut candidates = Vec::new();
    // A file keeps the identifier it was first indexed under, however it is reached later (as part
    // of a folder or on its own), so that one file is never indexed twice.
    let id_of_file: HashMap<String, String> = manifest
        .docs
        .iter()
        .map(|(id, e)| (e.abs.clone(), id.clone()))
        .collect();
    for mut f in found {
        let abs = absolute(&f.path);
        let found_id = f.id.clone();
        if let Some(id) = id_of_file.get(&abs) {
            f.id = id.clone();
        }
        if let Some(first) = seen.get(&f.id) {
            report.failures.push(Failure {
                error: Error::BadDocument {
                    path: f.path.clone(),
                    reason: format!(
                        "same document identifier '{}' as {} (index their common folder instead)",
                        f.id,
                        first.display()
                    ),
                },
                path: f.path,
            });
            continue;
        }
        seen.insert(f.id.clone(), f.path.clone());
        let mut meta = match resolver.resolve(&found_id, &f.path, f.root.as_deref()) {
            Ok(Some(meta)) => meta,
            // The catalogue is unreadable (reported once below): keep the metadata indexed so far.
            Ok(None) => manifest
                .docs
                .get(&f.id)
                .map(|e| e.meta.clone())
                .unwrap_or_else(|| DocMeta {
                    file: f.id.clone(),
                    ..DocMeta::default()
                }),
            Err(error) => {
                report.failures.push(Failure {
                    path: f.path,
                    error,
                });
                continue;
            }
        };
        // Where the metadata was found does not matter, only what it says.
        meta.file.clone_from(&f.id);
        let Some(stamp) = manifest::stamp(&f.path) else {
            let error = ingest::read_bytes(&f.path)
                .err()
                .unwrap_or(Error::BadDocument {
                    path: f.path.clone(),
                    reason: "cannot read the file's size and time".into(),
                });
            report.failures.push(Failure {
                path: f.path,
                error,
            });
            continue;
        };
        let root = f.root.as_deref().map(absolute).unwrap_or_default();
        let prev = manifest.docs.get_mut(&f.id);
        if let Some(p) = prev.filter(|p| {
            !opts.force
                && p.abs == abs
                && (p.size, p.mtime) == stamp
                && p.meta == meta
                && p.pipeline == pipeline
        }) {
            // Found in a folder now: its removal follows that folder from now on. (A file of a
            // folder added on its own stays with its folder.)
            if !root.is_empty() && p.root != root {
                p.root = root;
                dirty = true;
            }
            report.unchanged += 1;
            continue;
        }
        let prev = manifest.docs.get(&f.id);
        let root = match prev {
            Some(p) if root.is_empty() && p.abs == abs => p.root.clone(),
            _ => root,
        };
        if let Some(p) = prev.filter(|p| p.abs != abs) {
            report.notes.push(format!(
                "{}: replaces document '{}' indexed from {}",
                f.path.display(),
                f.id,
                p.path
            ));
        }
        let indexed_hash = prev
            .filter(|p| p.abs == abs && p.meta == meta && p.pipeline == pipeline)
            .map(|p| p.hash.clone());
        candidates.push(Candidate {
            found: f,
            abs,
            root,
            meta,
            stamp,
            indexed_hash,
            pipeline: pipeline.to_string(),
        });
    }
    for error in resolver.take_failures() {
        let path = match &error {
            Error::BadData { path, .. } | Error::Read { path, .. } => path.clone(),
            _ => PathBuf::new(),
        };
        report.failures.push(Failure { path, error });
    }

    let total_bytes: u64 = candidates.iter().map(|c| c.stamp.0).sum();
    let big_run = total_bytes >= SMALL_RUN_BYTES;
    // Segments that were there before this run: a big run merges only what it made.
    let old_segments: HashSet<SegmentId> = if big_run {
        index
            .tantivy()
            .searchable_segment_ids()
            .map_err(|e| index.err(e))?
            .into_iter()
            .collect()
    } else {
        HashSet::new()
    };
    if big_run {
        // A big run makes a segment per commit and merges them all into one at the end: merging
        // on the way would rewrite the same passages several times.
        writer.set_merge_policy(Box::new(NoMergePolicy));
    } else {
        // A small update merges only small segments, so it never waits for a big merge.
        writer.set_merge_policy(Box::new(small_merge_policy()));
    }

    if opts.remove_missing {
        let gone: Vec<String> = manifest
            .docs
            .iter()
            .filter(|(id, e)| {
                scanned_roots.contains(&e.root)
                    && !seen.contains_key(*id)
                    // A folder that could not be read hides its files; they are not deleted.
                    && !failed_dirs.iter().any(|d| e.abs.starts_with(d.as_str()))
            })
            .map(|(id, _)| id.clone())
            .collect();
        for id in gone {
            writer.delete_term(Term::from_field_text(index.fields().doc, &id));
            manifest.docs.remove(&id);
            report.removed.push(id);
            dirty = true;
        }
    }

    let commit_bytes = if opts.commit_bytes == 0 {
        COMMIT_BYTES
    } else {
        opts.commit_bytes
    };
    let mut since_commit = 0;
    let failures_before = report.failures.len();
    run_pipeline(&candidates, opts, total_bytes, |c, outcome| {
        match outcome {
            Err(error) => report.failures.push(Failure {
                path: c.found.path.clone(),
                error,
            }),
            Ok(Outcome::Unchanged) => {
                if let Some(e) = manifest.docs.get_mut(&c.found.id) {
                    (e.size, e.mtime) = c.stamp;
                }
                report.unchanged += 1;
                dirty = true;
            }
            Ok(Outcome::Prepared {
                loaded,
                passages,
                hash,
            }) => {
                add_document(
                    &index,
                    &writer,
                    &mut manifest,
                    &mut report,
                    c,
                    &loaded,
                    passages,
                    hash,
                )?;
                dirty = true;
            }
        }
        // Commits follow the source read, whatever came of it, so a crash costs at most
        // `commit_bytes` of work.
        since_commit += c.stamp.0;
        if dirty && since_commit >= commit_bytes {
            commit(&index, &mut writer, &manifest)?;
            report.commits += 1;
            dirty = false;
            since_commit = 0;
        }
        Ok(())
    })?;
    // Documents finish in whatever order the cores get through them; the report lists them in the
    // order the files were found, as it would on one core.
    let position: HashMap<&Path, usize> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.found.path.as_path(), i))
        .collect();
    let id_position: HashMap<&str, usize> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.found.id.as_str(), i))
        .collect();
    report.failures[failures_before..].sort_by_key(|f| position.get(f.path.as_path()).copied());
    report
        .added
        .sort_by_key(|id| id_position.get(id.as_str()).copied());
    report
        .updated
        .sort_by_key(|id| id_position.get(id.as_str()).copied());
    if dirty {
        commit(&index, &mut writer, &manifest)?;
        report.commits += 1;
    }
    if big_run {
        // One segment per big run: a query visits every segment, and the few segments left
        // answer several times faster than one per commit. The merge comes after the last commit,
        // so an interruption loses nothing but the merge.
        let new: Vec<SegmentId> = index
            .tantivy()
            .searchable_segment_ids()
            .map_err(|e| index.err(e))?
            .into_iter()
            .filter(|id| !old_segments.contains(id))
            .collect();
        // What this run left is merged with the older segments as usual.
        writer.set_merge_policy(Box::new(LogMergePolicy::default()));
        if new.len() > 1 {
            writer.merge(&new).wait().map_err(|e| index.err(e))?;
        }
    }
    writer.wait_merging_threads().map_err(|e| index.err(e))?;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// What [`remove`] did.
#[derive(Debug, Default)]
pub struct RemoveReport {
    /// Documents removed.
    pub removed: Vec<String>,
    /// Names given that match no document in the index.
    pub unknown: Vec<String>,
}

/// Removes documents from the index in `dir`, each named by its identifier (as `trilingua list`
/// shows it) or by its file's path.
pub fn remove(dir: &Path, docs: &[String]) -> Result<RemoveReport> {
    let index = TriIndex::open(dir)?;
    let mut writer = open_writer(&index, 1)?;
    let mut manifest = index.manifest()?;
    let mut report = RemoveReport::default();
    for name in docs {
        let id = if manifest.docs.contains_key(name) {
            Some(name.clone())
        } else {
            let abs = absolute(Path::new(name));
            manifest
                .docs
                .iter()
                .find(|(_, e)| e.path == *name || e.abs == abs)
                .map(|(id, _)| id.clone())
        };
        match id {
            Some(id) => {
                writer.delete_term(Term::from_field_text(index.fields().doc, &id));
                if let Some(entry) = manifest.docs.remove(&id) {
                    // A file given directly is no longer a source to re-scan.
                    manifest.sources.retain(|s| *s != entry.abs);
                }
                report.removed.push(id);
            }
            None => report.unknown.push(name.clone()),
        }
    }
    if !report.removed.is_empty() {
        commit(&index, &mut writer, &manifest)?;
    }
    writer.wait_merging_threads().map_err(|e| index.err(e))?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_file(name: &str) -> String {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        std::fs::read_to_string(dir.join(name)).unwrap()
    }

    #[test]
    fn passages_prepared_on_several_threads_come_out_as_on_one() {
        // The seed article (damaged Kazakh and Russian abstracts, then English) and the Kazakh and
        // Russian UDHR: each share of passages has its own repair memo, but the document's one
        // vocabulary.
        let text = [
            "nato-kazakhstan-pfp-article.txt",
            "udhr-1948.kk.txt",
            "udhr-1948.ru.txt",
        ]
        .map(corpus_file)
        .join("\n\n");
        let doc = SourceDoc {
            id: "article".into(),
            path: PathBuf::from("article.txt"),
            text,
        };
        let key = |p: &Passage| (p.number, p.lines, p.lang, p.text.clone());
        let one: Vec<_> = prepare(&doc).iter().map(key).collect();
        assert!(one.len() > 3 * MIN_SHARE, "{} passages", one.len());
        for workers in [2, 3, 8] {
            let many: Vec<_> = prepare_on(&doc, workers).0.iter().map(key).collect();
            assert_eq!(many, one, "{workers} threads");
        }
    }

    #[test]
    fn commits_in_batches_and_not_at_all_when_nothing_changed() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        for name in ["udhr-1948.en.txt", "udhr-1948.ru.txt", "udhr-1948.kk.txt"] {
            std::fs::write(src.join(name), corpus_file(name)).unwrap();
        }
        let dir = tmp.path().join("index");
        let paths = [src.clone()];
        let opts = UpdateOptions {
            remove_missing: true,
            commit_bytes: 1,
            ..UpdateOptions::default()
        };
        let first = update(&dir, &paths, &opts).unwrap();
        assert_eq!((first.added.len(), first.commits), (3, 3));
        let again = update(&dir, &paths, &opts).unwrap();
        assert_eq!((again.unchanged, again.commits, again.passages), (3, 0, 0));

        let forced = update(
            &dir,
            &paths,
            &UpdateOptions {
                force: true,
                ..opts
            },
        )
        .unwrap();
        assert_eq!(forced.updated.len(), 3);
        assert_eq!(forced.passages, first.passages);

        // Documents indexed by a build whose repair or analysis differed are indexed again, once.
        let older = UpdateOptions {
            pipeline: Some("0.0.0-older"),
            ..opts
        };
        let downgraded = update(&dir, &paths, &older).unwrap();
        assert_eq!(downgraded.updated.len(), 3);
        let index = TriIndex::open(&dir).unwrap();
        assert_eq!(index.manifest().unwrap().stale(), 3);
        let upgraded = update(&dir, &paths, &opts).unwrap();
        assert_eq!((upgraded.updated.len(), upgraded.unchanged), (3, 0));
        assert_eq!(upgraded.passages, first.passages);
        assert_eq!(index.manifest().unwrap().stale(), 0);
        let again = update(&dir, &paths, &opts).unwrap();
        assert_eq!((again.unchanged, again.commits), (3, 0));

        // `add` semantics: a deleted file's document stays; `index` semantics remove it.
        std::fs::remove_file(src.join("udhr-1948.ru.txt")).unwrap();
        let kept = update(&dir, &paths, &UpdateOptions::default()).unwrap();
        assert!(kept.removed.is_empty());
        let index = TriIndex::open(&dir).unwrap();
        assert!(index
            .manifest()
            .unwrap()
            .docs
            .contains_key("udhr-1948.ru.txt"));
        let gone = update(&dir, &paths, &opts).unwrap();
        assert_eq!(gone.removed, ["udhr-1948.ru.txt"]);
        let manifest = index.manifest().unwrap();
        assert_eq!(manifest.docs.len(), 2);
        let kk = &manifest.docs["udhr-1948.kk.txt"];
        assert!(kk.langs["kk"] * 10 > kk.passages * 9, "{:?}", kk.langs);
    }

    fn candidate(dir: &Path, name: &str) -> Candidate {
        let path = dir.join(name);
        Candidate {
            found: Found {
                id: name.to_string(),
                path: path.clone(),
                root: Some(dir.to_path_buf()),
            },
            abs: absolute(&path),
            root: absolute(dir),
            meta: DocMeta::default(),
            stamp: manifest::stamp(&path).unwrap_or((1, 0)),
            indexed_hash: None,
            pipeline: manifest::PIPELINE.to_string(),
        }
    }

    #[test]
    fn the_pipeline_hands_over_every_outcome_once_and_stops_on_the_first_error() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut candidates: Vec<Candidate> = [
            "udhr-1948.en.txt",
            "udhr-1948.ru.txt",
            "no-such-file.txt",
            "udhr-1948.kk.txt",
            "pfp-sofa-1995.en.txt",
        ]
        .iter()
        .map(|name| candidate(&dir, name))
        .collect();
        // Indexed before with the same bytes: only its stamp changed.
        let bytes = std::fs::read(dir.join("udhr-1948.kk.txt")).unwrap();
        candidates[3].indexed_hash = Some(manifest::content_hash(&bytes));

        let progressed = AtomicU64::new(0);
        let progress = |p: Progress| {
            progressed.fetch_max(p.done_bytes, Ordering::Relaxed);
        };
        let opts = UpdateOptions {
            progress: Some(&progress),
            ..UpdateOptions::default()
        };
        let total: u64 = candidates.iter().map(|c| c.stamp.0).sum();
        let mut got = Vec::new();
        run_pipeline(&candidates, &opts, total, |c, out| {
            let what = match out {
                Err(Error::Read { .. }) => "unreadable".to_string(),
                Err(e) => format!("{e}"),
                Ok(Outcome::Unchanged) => "unchanged".to_string(),
                Ok(Outcome::Prepared { passages, .. }) => {
                    assert!(!passages.is_empty(), "{}", c.found.id);
                    "prepared".to_string()
                }
            };
            got.push((c.found.id.clone(), what));
            Ok(())
        })
        .unwrap();
        got.sort();
        let expected = [
            ("no-such-file.txt", "unreadable"),
            ("pfp-sofa-1995.en.txt", "prepared"),
            ("udhr-1948.en.txt", "prepared"),
            ("udhr-1948.kk.txt", "unchanged"),
            ("udhr-1948.ru.txt", "prepared"),
        ];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, expected);
        assert_eq!(progressed.load(Ordering::Relaxed), total);

        // The consumer's error ends the run at once (no thread left blocked on a full queue).
        let mut seen = 0;
        let stopped = run_pipeline(&candidates, &UpdateOptions::default(), total, |c, _| {
            seen += 1;
            Err(Error::BadDocument {
                path: c.found.path.clone(),
                reason: "refused".into(),
            })
        });
        assert!(matches!(stopped, Err(Error::BadDocument { .. })));
        assert_eq!(seen, 1);
    }
}
