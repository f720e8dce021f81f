//! The catalogue: per-document metadata (title, year, kind, languages) kept in `catalog.toml` beside
//! the documents of a corpus folder.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The catalogue's file name inside a corpus folder.
pub const FILE_NAME: &str = "catalog.toml";

/// What the catalogue says about one document.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DocMeta {
    /// The document file, relative to the catalogue's folder.
    pub file: String,
    /// Human title.
    #[serde(default)]
    pub title: String,
    /// Year of publication or adoption.
    #[serde(default)]
    pub year: Option<i32>,
    /// Kind of document: article, treaty, declaration, agreement, …
    #[serde(default)]
    pub kind: String,
    /// Languages the document is written in (ISO 639-1).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Author or issuing body.
    #[serde(default)]
    pub author: String,
    /// Where the text came from.
    #[serde(default)]
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    #[serde(default)]
    doc: Vec<DocMeta>,
}

/// Document metadata by document identifier.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    docs: HashMap<String, DocMeta>,
}

impl Catalog {
    /// Reads `catalog.toml` from `folder`; a folder without one has an empty catalogue.
    pub fn load(folder: &Path) -> Result<Catalog> {
        let path = folder.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Catalog::default()),
            Err(source) => return Err(Error::Read { path, source }),
        };
        let parsed: CatalogFile = toml::from_str(&text).map_err(|e| Error::BadData {
            path: path.clone(),
            line: e
                .span()
                .map(|s| text[..s.start].lines().count().max(1))
                .unwrap_or(0),
            reason: e.message().to_string(),
        })?;
        let docs = parsed
            .doc
            .into_iter()
            .map(|d| (d.file.clone(), d))
            .collect();
        Ok(Catalog { docs })
    }

    /// Metadata for document `id`, if the catalogue has it.
    pub fn get(&self, id: &str) -> Option<&DocMeta> {
        self.docs.get(id)
    }

    /// Adds the entries of `other`, which win over existing ones.
    pub fn extend(&mut self, other: Catalog) {
        self.docs.extend(other.docs);
    }
}

/// A title for a document the catalogue does not know: its first line when short, else its file name.
pub fn fallback_title(id: &str, text: &str) -> String {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if !first.is_empty() && first.chars().count() <= 100 {
        first.trim_start_matches('#').trim().to_string()
    } else {
        id.rsplit('/').next().unwrap_or(id).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_catalogue_parses_and_names_every_corpus_file() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let catalog = Catalog::load(&dir).unwrap();
        for (id, _) in crate::ingest::collect_files(&[dir]).unwrap() {
            let meta = catalog
                .get(&id)
                .unwrap_or_else(|| panic!("{id} missing from catalog.toml"));
            assert!(!meta.title.is_empty() && !meta.kind.is_empty(), "{id}");
        }
    }

    #[test]
    fn bad_catalogue_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "[[doc]]\nfile = \"a.txt\"\nyear = \"soon\"\n",
        )
        .unwrap();
        let err = Catalog::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("catalog.toml:3"), "{err}");
    }
}
