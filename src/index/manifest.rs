//! The manifest: which source files the index holds, with their content hashes, metadata and what
//! was indexed of them. It travels in the payload of every tantivy commit, so the manifest and the
//! passages always change together: a crash leaves both at the last commit.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// Bumped when the manifest's shape changes incompatibly.
const VERSION: u32 = 1;

/// The identity of this build's ingest, repair, detection and analysis (the package version and a
/// fingerprint of their code and data, made by `build.rs`): a document indexed by a build with
/// another identity is indexed again, since its passages may differ.
pub const PIPELINE: &str = env!("TRILINGUA_PIPELINE");

/// What the index holds, by document identifier.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    /// Manifest format version.
    pub version: u32,
    /// The files and folders the index was built from (absolute), re-scanned by `trilingua index`
    /// without paths.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Indexed documents by identifier.
    #[serde(default)]
    pub docs: BTreeMap<String, DocEntry>,
}

/// One indexed document.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DocEntry {
    /// The file as it was given (used in citations).
    pub path: String,
    /// The file's absolute path.
    pub abs: String,
    /// The folder (absolute) it was found in; empty for a file given directly.
    #[serde(default)]
    pub root: String,
    /// File size in bytes when indexed.
    pub size: u64,
    /// Modification time when indexed (nanoseconds since the Unix epoch).
    pub mtime: u128,
    /// Content hash of the file's bytes (XXH3-128, hex).
    pub hash: String,
    /// Format: txt, md, html or pdf.
    pub format: String,
    /// Character encoding the file was read in (empty for PDF).
    #[serde(default)]
    pub encoding: String,
    /// Passages indexed.
    pub passages: u32,
    /// Passages per language code.
    pub langs: BTreeMap<String, u32>,
    /// When it was indexed (seconds since the Unix epoch).
    pub indexed_at: u64,
    /// Title as indexed.
    pub title: String,
    /// Metadata as indexed (from the sidecar file or the catalogue).
    pub meta: crate::ingest::DocMeta,
    /// The [`PIPELINE`] of the build that indexed it (empty: before builds recorded theirs).
    #[serde(default)]
    pub pipeline: String,
}

impl Manifest {
    /// Reads the manifest from a commit payload; an index without one (built before manifests) has
    /// an empty manifest, so everything in it is re-indexed once.
    pub fn from_payload(payload: Option<&str>) -> Manifest {
        payload
            .and_then(|p| serde_json::from_str::<Manifest>(p).ok())
            .filter(|m| m.version == VERSION)
            .unwrap_or_else(|| Manifest {
                version: VERSION,
                ..Manifest::default()
            })
    }

    /// How many documents were indexed by a build with another [`PIPELINE`]: their passages may
    /// differ from what this build makes of the same files.
    pub fn stale(&self) -> usize {
        self.docs
            .values()
            .filter(|d| d.pipeline != PIPELINE)
            .count()
    }

    /// The manifest as a commit payload.
    pub fn to_payload(&self) -> String {
        serde_json::to_string(self).expect("the manifest serializes")
    }

    /// Records a source path (absolute) if it is new.
    pub fn add_source(&mut self, abs: &str) {
        if !self.sources.iter().any(|s| s == abs) {
            self.sources.push(abs.to_string());
            self.sources.sort();
        }
    }
}

/// A file's size and modification time, the quick check before hashing.
pub fn stamp(path: &Path) -> Option<(u64, u128)> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some((meta.len(), mtime))
}

/// The content hash of a file's bytes.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_round_trips_and_junk_gives_empty_manifest() {
        let mut m = Manifest::from_payload(None);
        m.add_source("/corpus");
        m.docs.insert(
            "a.txt".into(),
            DocEntry {
                hash: content_hash(b"hello"),
                passages: 3,
                ..DocEntry::default()
            },
        );
        assert_eq!(Manifest::from_payload(Some(&m.to_payload())), m);
        assert!(Manifest::from_payload(Some("not json")).docs.is_empty());
        assert_ne!(content_hash(b"hello"), content_hash(b"hellp"));
    }
}
