//! trilingua: search for document collections in Kazakh, Russian and English.
//!
//! The data flows through one module per stage:
//! [`ingest`] (text, Markdown, HTML and PDF files, in UTF-8 or a legacy Cyrillic code page → passages
//! with byte ranges and lines) → [`normalize`] (repair PDF damage, keep an offset map) → [`detect`]
//! (language per passage) → [`analyze`] (per-language tokenizers and stemmers, registered with tantivy)
//! → [`index`] (one tantivy document per passage) → [`query`] (parse, expand across languages, search)
//! → [`present`] (snippets with highlights, JSON). [`lang`] holds what is known of each language and is
//! shared by the stages. [`corpusgen`] writes large generated collections for
//! benchmarks.
#![warn(missing_docs)]

pub mod analyze;
pub mod corpusgen;
pub mod detect;
pub mod error;
pub mod index;
pub mod ingest;
pub mod lang;
mod memo;
pub mod normalize;
pub mod present;
pub mod query;
mod shares;

pub use error::{Error, Result};
pub use lang::Lang;
