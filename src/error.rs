//! The library's one error type: everything that can fail is I/O at the edges (reading sources, the
//! index on disk) or a query the user typed. Analysis itself never fails.

use std::path::PathBuf;

/// Errors returned by trilingua's library functions.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A source file or folder could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A source file was read but is not a document trilingua can index.
    #[error("{path}: {reason}")]
    BadDocument {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The catalogue or glossary file is malformed.
    #[error("{path}:{line}: {reason}")]
    BadData {
        /// The file.
        path: PathBuf,
        /// 1-based line number (0 when the whole file is at fault).
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// The query could not be parsed.
    #[error("bad query: {0}")]
    Query(String),
    /// The index on disk could not be opened, read or written.
    #[error("index {path}: {source}")]
    Index {
        /// The index folder.
        path: PathBuf,
        /// What tantivy said.
        #[source]
        source: tantivy::TantivyError,
    },
    /// Another process is writing to the index.
    #[error("index {path} is locked: another trilingua is writing to it (try again when it has finished)")]
    Locked {
        /// The index folder.
        path: PathBuf,
    },
    /// The index folder exists but holds something other than a trilingua index.
    #[error("index {path}: {reason}")]
    BadIndex {
        /// The index folder.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
