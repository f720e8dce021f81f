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
    /// Bring the index up to date with files or folders (.txt, .md, .html, .pdf): new and changed files
    /// are indexed, unchanged ones skipped, documents whose files left the folders removed
    /// (default: the sources the index was built from, or corpus/ for a new index).
    Index {
        /// Files or folders to index.
        paths: Vec<PathBuf>,
        /// Re-index every file, changed or not.
        #[arg(long)]
        force: bool,
        /// Commit after this many megabytes of source: the most a crash can cost.
        #[arg(long, value_name = "MB", default_value_t = 8.0)]
        commit_mb: f64,
    },
    /// Add (or update) documents from files or folders, removing nothing.
    Add {
        /// Files or folders to add.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Remove documents from the index, by identifier (as `list` shows it) or file path.
    Remove {
        /// Documents to remove.
        #[arg(required = true, value_name = "DOC")]
        docs: Vec<String>,
    },
    /// List the indexed documents: identifier, languages, passages, when indexed, title.
    List {
        /// Print JSON lines (one object per document, with its metadata and source).
        #[arg(long)]
        json: bool,
    },
    /// Search the index (built from corpus/ on first use).
    Search {
        /// Only hits in this language (kk, ru or en).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Number of hits to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Show the best N hits of each language instead (in place of --limit).
        #[arg(long, value_name = "N")]
        per_lang: Option<usize>,
        /// Show first what was searched in each language and where each term came from.
        #[arg(long)]
        explain: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Only hits in this document (identifier as `list` shows it; repeat for several).
        #[arg(long, value_name = "DOC")]
        doc: Vec<String>,
        /// Only hits in documents of this kind (article, treaty, declaration…; repeat for several).
        #[arg(long, value_name = "KIND")]
        kind: Vec<String>,
        /// Only hits in documents of this year or range of years (2014, 2012..2014, 2000..).
        #[arg(long, value_name = "YEAR")]
        year: Option<String>,
        /// An extra term base (TSV: id, domain, en, ru, kk) added to the shipped one.
        #[arg(long, value_name = "FILE")]
        glossary: Vec<PathBuf>,
        /// The query: words, "quoted phrases", OR, -excluded or NOT excluded (quote a query that starts with -, or put -- before it).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Show what a query searches for in each language, and where each term or phrase came from
    /// (original words, term base, transliteration).
    Expand {
        /// Print the plan as JSON.
        #[arg(long)]
        json: bool,
        /// An extra term base (TSV: id, domain, en, ru, kk) added to the shipped one.
        #[arg(long, value_name = "FILE")]
        glossary: Vec<PathBuf>,
        /// The query.
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Measure cross-lingual relevance: recall@k and MRR per language pair, with and without
    /// expansion, on the index (built from corpus/ on first use).
    EvalRelevance {
        /// The judgments (TSV: id, lang, query, FILE::ANCHOR ; ...).
        #[arg(default_value = "tests/relevance/queries.tsv")]
        file: PathBuf,
        /// Only the run without expansion (typed words only).
        #[arg(long)]
        no_expand: bool,
        /// Hits per query and language to look at.
        #[arg(long, default_value_t = 10)]
        k: usize,
        /// List the judged passages not found.
        #[arg(long)]
        misses: bool,
    },
    /// Print the repaired text of a file (or - for standard input).
    Normalize {
        /// The file to repair (default: standard input).
        file: Option<PathBuf>,
        /// Show each decision on gaps and hyphens instead of the text.
        #[arg(long)]
        explain: bool,
        /// One output line per input line, each repaired on its own (for files of one sentence or
        /// record per line): lines are not joined, nor words broken across them.
        #[arg(long)]
        keep_lines: bool,
    },
    /// Damage clean text the way PDF extraction does (syllables split by spaces, hyphenated line
    /// breaks), to test the repair: `trilingua damage FILE | trilingua normalize`.
    Damage {
        /// The file (default: standard input).
        file: Option<PathBuf>,
        /// Seed of the pseudo-random damage (the same seed gives the same damage).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Split every Cyrillic word at every syllable, leaving lone letters at word edges (`о ни`)
        /// as a plain syllable splitter does, rather than the way the seed article is damaged.
        #[arg(long, conflicts_with = "at_letters")]
        every_syllable: bool,
        /// Cut Cyrillic words at any letter rather than at syllables (`ж айында`), as an extractor
        /// that knows no syllables does.
        #[arg(long)]
        at_letters: bool,
        /// Also type this share of the Cyrillic letters that have a Latin look-alike (`а`, `с`,
        /// `К`…) as the Latin letter (0 to 1; default none).
        #[arg(long, default_value_t = 0.0, value_parser = share)]
        look_alikes: f64,
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

/// A share from 0 to 1, for `--look-alikes`.
fn share(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("`{s}` is no share from 0 to 1")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        use clap::CommandFactory;
        Args::command().debug_assert();
    }

    #[test]
    fn a_share_is_from_0_to_1() {
        assert_eq!(share("0.1"), Ok(0.1));
        assert_eq!(share("1"), Ok(1.0));
        for bad in ["2", "-0.5", "ten", "NaN"] {
            assert!(share(bad).is_err(), "{bad}");
        }
    }
}
