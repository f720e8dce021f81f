//! Command-line types (clap derive): what the user typed, nothing more.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// trilingua: search Kazakh, Russian and English documents across languages, with PDF damage repaired.
#[derive(Debug, Parser)]
#[command(name = "trilingua", version, about, propagate_version = true)]
pub struct Args {
    /// Folder of the index.
    #[arg(long, global = true, default_value = "index", value_name = "DIR")]
    pub index: PathBuf,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index documents (.txt, .md) from files or folders (default: corpus/).
    Index {
        /// Files or folders to index.
        paths: Vec<PathBuf>,
    },
    /// Search the index (built from corpus/ on first use).
    Search {
        /// Only hits in this language (kk, ru or en).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Number of hits to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// An extra term base (TSV: id, domain, en, ru, kk) added to the shipped one.
        #[arg(long, value_name = "FILE")]
        glossary: Vec<PathBuf>,
        /// The query: words, "quoted phrases", OR, -excluded (quote a query that starts with -, or put -- before it).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Print the repaired text of a file (or - for standard input).
    Normalize {
        /// The file to repair (default: standard input).
        file: Option<PathBuf>,
        /// Show each decision on gaps and hyphens instead of the text.
        #[arg(long)]
        explain: bool,
    },
    /// Print the language of every passage of a file (or - for standard input).
    Detect {
        /// The file (default: standard input).
        file: Option<PathBuf>,
        /// Print JSON lines with confidence and line numbers.
        #[arg(long)]
        json: bool,
    },
    /// Print the stem of each word: WORD<TAB>STEM.
    Stem {
        /// Language of the words (kk, ru or en).
        #[arg(long, value_name = "LANG")]
        lang: String,
        /// The words.
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Count documents, passages and terms per language in the index.
    Stats,
    /// Write a generated kk/ru/en benchmark corpus (files of about 1 MB and queries.tsv) into OUT.
    BenchCorpus {
        /// Total size of the text, e.g. 50MB, 500MB, 300KB.
        #[arg(long, default_value = "50MB", value_parser = trilingua::corpusgen::parse_size)]
        size: u64,
        /// Seed of the random choices: the same seed and size give the same corpus.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The trilingua repository to learn from (its data/ntrex/ and corpus/).
        #[arg(long, default_value = ".", value_name = "DIR")]
        from: PathBuf,
        /// The folder to write.
        out: PathBuf,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        use clap::CommandFactory;
        Args::command().debug_assert();
    }
}
