//! The JSON output of `search --json`: this is a contract with scripts; change it on purpose.

use std::ops::Range;

use serde::Serialize;

use crate::query::{Hit, Results};

/// The whole answer.
#[derive(Serialize)]
pub struct JsonResults<'a> {
    /// The query as typed.
    pub query: &'a str,
    /// How many passages matched in all.
    pub total: usize,
    /// How each language's hits were weighed when the languages were merged.
    pub languages: Vec<JsonWeight<'a>>,
    /// Ranked hits.
    pub hits: Vec<JsonHit<'a>>,
}

/// How one language's hits were weighed: each hit scores `weight` times the score of its rank in
/// its language.
#[derive(Serialize)]
pub struct JsonWeight<'a> {
    /// Language code.
    pub lang: &'a str,
    /// The share of the query's required words its passages can match (each weighed by its
    /// rarity).
    pub coverage: f32,
    /// Whether the query's own words occur in its passages (not only their translations).
    pub own_words: bool,
    /// The weight of its hits.
    pub weight: f32,
}

/// One hit.
#[derive(Serialize)]
pub struct JsonHit<'a> {
    /// Document identifier.
    pub doc: &'a str,
    /// Document title.
    pub title: &'a str,
    /// Passage language code.
    pub lang: &'a str,
    /// Passage number in the document.
    pub passage: u64,
    /// First and last source line, `[first, last]`.
    pub lines: [u64; 2],
    /// Source file as indexed.
    pub path: &'a str,
    /// Document kind and year.
    pub kind: &'a str,
    /// Year (0 when unknown).
    pub year: i64,
    /// Relevance score.
    pub score: f32,
    /// The repaired passage.
    pub text: &'a str,
    /// The best window of the passage.
    pub snippet: &'a str,
    /// Character ranges of the matched words in `snippet`, `[start, end)`.
    pub highlights: Vec<[usize; 2]>,
}

impl<'a> JsonHit<'a> {
    fn new(hit: &'a Hit) -> Self {
        JsonHit {
            doc: &hit.doc,
            title: &hit.title,
            lang: hit.lang.code(),
            passage: hit.passage,
            lines: [hit.lines.0, hit.lines.1],
            path: &hit.path,
            kind: &hit.kind,
            year: hit.year,
            score: hit.score,
            text: &hit.text,
            snippet: &hit.snippet.text,
            highlights: hit
                .snippet
                .highlights
                .iter()
                .map(|r: &Range<usize>| [r.start, r.end])
                .collect(),
        }
    }
}

/// The JSON text for `results`.
pub fn to_json(query: &str, results: &Results) -> String {
    let out = JsonResults {
        query,
        total: results.total,
        languages: results
            .weights
            .iter()
            .map(|w| JsonWeight {
                lang: w.lang.code(),
                coverage: w.coverage,
                own_words: w.own,
                weight: w.weight,
            })
            .collect(),
        hits: results.hits.iter().map(JsonHit::new).collect(),
    };
    serde_json::to_string_pretty(&out).expect("plain data serializes")
}
