//! Document metadata (title, author, year, kind, source, languages): from a sidecar file next to the
//! document (`wales-2014.pdf.meta.toml`) or from the catalogue `catalog.toml` of a corpus folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The catalogue's file name inside a corpus folder.
pub const FILE_NAME: &str = "catalog.toml";

/// What the catalogue says about one document.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DocMeta {
    /// The document file, relative to the catalogue's folder (not needed in a sidecar file).
    #[serde(default)]
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
        let parsed: CatalogFile = parse_toml(&path, &text)?;
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

/// The sidecar suffix: `FILE.meta.toml` holds the metadata of `FILE`.
pub const SIDECAR_SUFFIX: &str = ".meta.toml";

/// The sidecar metadata file of a document.
pub fn sidecar_path(doc: &Path) -> PathBuf {
    let mut name = doc.as_os_str().to_os_string();
    name.push(SIDECAR_SUFFIX);
    PathBuf::from(name)
}

fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| Error::BadData {
        path: path.to_path_buf(),
        line: e
            .span()
            .map(|s| text[..s.start].matches('\n').count() + 1)
            .unwrap_or(0),
        reason: e.message().to_string(),
    })
}

/// Finds each document's metadata: its sidecar file first, then the catalogue of its own folder
/// (by file name), then the catalogue of the folder it was indexed from (by identifier). Catalogues
/// are read once; one that cannot be read is reported once.
#[derive(Debug, Default)]
pub struct MetaResolver {
    /// Catalogues by folder; `None` when the folder's catalogue could not be read.
    catalogs: HashMap<PathBuf, Option<Catalog>>,
    failures: Vec<Error>,
}

impl MetaResolver {
    /// Metadata for the document at `path`, indexed as `id` from `root` (`None` for a file given
    /// directly). A malformed sidecar is an error for that document; `None` means the metadata is
    /// unknown because a catalogue that may describe the document cannot be read (the caller keeps
    /// what it had rather than erase it).
    pub fn resolve(
        &mut self,
        id: &str,
        path: &Path,
        root: Option<&Path>,
    ) -> Result<Option<DocMeta>> {
        let sidecar = sidecar_path(path);
        match std::fs::read_to_string(&sidecar) {
            Ok(text) => {
                let mut meta: DocMeta = parse_toml(&sidecar, &text)?;
                meta.file = id.to_string();
                return Ok(Some(meta));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(Error::Read {
                    path: sidecar,
                    source,
                })
            }
        }
        let folder = path.parent().unwrap_or(Path::new(""));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut broken = false;
        match self.catalog(folder) {
            Some(catalog) => {
                if let Some(meta) = catalog.get(&name) {
                    return Ok(Some(meta.clone()));
                }
            }
            None => broken = true,
        }
        if let Some(root) = root {
            match self.catalog(root) {
                Some(catalog) => {
                    if let Some(meta) = catalog.get(id) {
                        return Ok(Some(meta.clone()));
                    }
                }
                None => broken = true,
            }
        }
        Ok((!broken).then(|| DocMeta {
            file: id.to_string(),
            ..DocMeta::default()
        }))
    }

    fn catalog(&mut self, folder: &Path) -> Option<&Catalog> {
        let key = if folder.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            folder.to_path_buf()
        };
        if !self.catalogs.contains_key(&key) {
            let catalog = Catalog::load(&key).map_err(|e| self.failures.push(e)).ok();
            self.catalogs.insert(key.clone(), catalog);
        }
        self.catalogs[&key].as_ref()
    }

    /// Catalogues that could not be read (each reported once).
    pub fn take_failures(&mut self) -> Vec<Error> {
        std::mem::take(&mut self.failures)
    }
}

/// A title for a document the catalogue does not know: its first line when short
/// ([`title_line`]), else its file name.
pub fn fallback_title(id: &str, text: &str) -> String {
    title_line(text).map_or_else(
        || id.rsplit('/').next().unwrap_or(id).to_string(),
        str::to_string,
    )
}

/// A document's first line, where it is short enough to be its title (a Markdown heading's `#`
/// dropped).
pub fn title_line(text: &str) -> Option<&str> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    (first.chars().count() <= 100)
        .then(|| first.trim_start_matches('#').trim())
        .filter(|t| !t.is_empty())
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
    fn sidecar_wins_over_catalogue_and_bad_sidecar_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let doc = dir.path().join("wales-2014.pdf");
        std::fs::write(&doc, "x").unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "[[doc]]\nfile = \"wales-2014.pdf\"\ntitle = \"From the catalogue\"\nyear = 2000\n",
        )
        .unwrap();
        let mut resolver = MetaResolver::default();
        let meta = resolver
            .resolve("wales-2014.pdf", &doc, Some(dir.path()))
            .unwrap()
            .unwrap();
        assert_eq!(
            (meta.title.as_str(), meta.year),
            ("From the catalogue", Some(2000))
        );
        std::fs::write(
            sidecar_path(&doc),
            "title = \"Wales Summit Declaration\"\nyear = 2014\nkind = \"declaration\"\nauthor = \"NATO\"\n",
        )
        .unwrap();
        let meta = resolver
            .resolve("wales-2014.pdf", &doc, Some(dir.path()))
            .unwrap()
            .unwrap();
        assert_eq!(meta.title, "Wales Summit Declaration");
        assert_eq!(
            (meta.year, meta.kind.as_str(), meta.author.as_str()),
            (Some(2014), "declaration", "NATO")
        );
        std::fs::write(sidecar_path(&doc), "title = \"ok\"\nyeer = 2014\n").unwrap();
        let err = resolver
            .resolve("wales-2014.pdf", &doc, None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("wales-2014.pdf.meta.toml:2"), "{err}");
        assert!(resolver.take_failures().is_empty());
    }

    #[test]
    fn broken_catalogue_leaves_metadata_unknown_and_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "[[doc]\nfile = \"a.txt\"\n").unwrap();
        let mut resolver = MetaResolver::default();
        for name in ["a.txt", "b.txt"] {
            let doc = dir.path().join(name);
            assert_eq!(
                resolver.resolve(name, &doc, Some(dir.path())).unwrap(),
                None
            );
        }
        let failures = resolver.take_failures();
        assert_eq!(failures.len(), 1);
        assert!(
            failures[0].to_string().contains("catalog.toml:1"),
            "{}",
            failures[0]
        );
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
