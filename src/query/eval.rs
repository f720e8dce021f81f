//! Relevance evaluation: does a query in one language find the passages of the other languages that
//! answer it? Recall@k and mean reciprocal rank per language pair, through the real search path.
//!
//! Judgment file (UTF-8, tab-separated, `#` starts a comment line):
//! `id <TAB> lang <TAB> query <TAB> judgments`, judgments separated by ` ; `, each `FILE::ANCHOR`: the
//! passage of document `FILE` whose text contains `ANCHOR` (whitespace folded). Every judgment must
//! name exactly one passage of the index, so a judgment can neither silently miss nor be vague.

use std::collections::BTreeMap;
use std::path::Path;

use super::{expand_for, expand_with, parse, run, Expander, Glossary, SearchOptions};
use crate::error::{Error, Result};
use crate::index::{stored_text, stored_u64, TriIndex};
use crate::lang::Lang;

/// One judged query.
#[derive(Clone, Debug)]
pub struct JudgedQuery {
    /// Identifier (e.g. `kk-01`).
    pub id: String,
    /// The query's language.
    pub lang: Lang,
    /// The query as typed.
    pub query: String,
    /// The passages that answer it.
    pub relevant: Vec<Judgment>,
    /// Line in the judgment file.
    pub line: usize,
}

/// A relevant passage: the document's file name and a piece of the passage's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgment {
    /// Document identifier (file name relative to the corpus folder).
    pub doc: String,
    /// An exact piece of the passage's text.
    pub anchor: String,
}

/// Reads a judgment file.
pub fn load(path: &Path) -> Result<Vec<JudgedQuery>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse_judgments(path, &text)
}

fn parse_judgments(path: &Path, text: &str) -> Result<Vec<JudgedQuery>> {
    let mut out = Vec::new();
    for row in super::tsv::rows(path, text, &["id", "lang", "query", "judgments"]) {
        let row = row?;
        let bad = |reason: String| super::tsv::error(path, row.line, reason);
        let cols = &row.cols;
        let lang: Lang = cols[1]
            .trim()
            .parse()
            .map_err(|e: crate::lang::UnknownLang| bad(e.to_string()))?;
        let mut relevant = Vec::new();
        for j in cols[3]
            .split(" ; ")
            .map(str::trim)
            .filter(|j| !j.is_empty())
        {
            let (doc, anchor) = j
                .split_once("::")
                .ok_or_else(|| bad(format!("judgment '{j}' is not FILE::ANCHOR")))?;
            relevant.push(Judgment {
                doc: doc.trim().to_string(),
                anchor: fold(anchor),
            });
        }
        if relevant.is_empty() {
            return Err(bad("no judgments".into()));
        }
        out.push(JudgedQuery {
            id: cols[0].trim().to_string(),
            lang,
            query: cols[2].trim().to_string(),
            relevant,
            line: row.line,
        });
    }
    Ok(out)
}

/// Scores of one language pair.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PairScore {
    /// Query language.
    pub from: Lang,
    /// Language of the passages searched.
    pub to: Lang,
    /// Queries with judgments in `to`.
    pub queries: usize,
    /// Judgments in `to`.
    pub judgments: usize,
    /// Mean over queries of the share of their judgments found in the first k hits.
    pub recall: f64,
    /// Mean reciprocal rank of the first relevant hit (0 when none in the first k).
    pub mrr: f64,
}

/// A judgment not found in the first k hits.
#[derive(Clone, Debug)]
pub struct Miss {
    /// The query's identifier.
    pub id: String,
    /// The query.
    pub query: String,
    /// The passage not found.
    pub judgment: Judgment,
    /// Its language.
    pub lang: Lang,
}

/// The outcome of an evaluation.
#[derive(Clone, Debug, Default)]
pub struct Evaluation {
    /// Per language pair, in a fixed order.
    pub pairs: Vec<PairScore>,
    /// Judgments not found.
    pub misses: Vec<Miss>,
}

/// Runs every query against the passages of each language it has judgments in (with the language
/// filter), keeping the first `k` hits; `expansion` false searches the typed words only.
pub fn evaluate(
    index: &TriIndex,
    queries: &[JudgedQuery],
    glossary: &Glossary,
    expansion: bool,
    k: usize,
    file: &Path,
) -> Result<Evaluation> {
    let passages = passages(index)?;
    #[derive(Default)]
    struct Sum {
        queries: usize,
        judgments: usize,
        recall: f64,
        rr: f64,
    }
    let mut sums: BTreeMap<(Lang, Lang), Sum> = BTreeMap::new();
    let mut misses = Vec::new();
    for q in queries {
        // Resolve each judgment to its passage, and so to its language.
        let mut by_lang: BTreeMap<Lang, Vec<(&Judgment, PassageKey)>> = BTreeMap::new();
        for j in &q.relevant {
            let found: Vec<&Stored> = passages
                .iter()
                .filter(|p| p.doc == j.doc && p.text.contains(&j.anchor))
                .collect();
            if found.len() != 1 {
                return Err(Error::BadData {
                    path: file.to_path_buf(),
                    line: q.line,
                    reason: format!(
                        "judgment '{}::{}' names {} passages of the index, not one",
                        j.doc,
                        j.anchor,
                        found.len()
                    ),
                });
            }
            let p = found[0];
            by_lang
                .entry(p.lang)
                .or_default()
                .push((j, (p.doc.clone(), p.passage)));
        }
        let parsed = parse(&q.query)?;
        let plan = if expansion {
            expand_for(index, &parsed, glossary)?
        } else {
            expand_with(&parsed, &Expander::none())
        };
        for (lang, judged) in by_lang {
            let opts = SearchOptions {
                limit: k,
                lang: Some(lang),
                glossary,
                ..SearchOptions::default()
            };
            let results = run(index, plan.clone(), &opts)?;
            let ranks: Vec<Option<usize>> = judged
                .iter()
                .map(|(_, key)| {
                    results
                        .hits
                        .iter()
                        .position(|h| (h.doc.as_str(), h.passage) == (key.0.as_str(), key.1))
                })
                .collect();
            let found = ranks.iter().filter(|r| r.is_some()).count();
            let first = ranks.iter().flatten().min();
            let sum = sums.entry((q.lang, lang)).or_default();
            sum.queries += 1;
            sum.judgments += judged.len();
            sum.recall += found as f64 / judged.len() as f64;
            sum.rr += first.map_or(0.0, |r| 1.0 / (r + 1) as f64);
            for ((j, _), rank) in judged.iter().zip(&ranks) {
                if rank.is_none() {
                    misses.push(Miss {
                        id: q.id.clone(),
                        query: q.query.clone(),
                        judgment: (*j).clone(),
                        lang,
                    });
                }
            }
        }
    }
    let pairs = sums
        .into_iter()
        .map(|((from, to), s)| PairScore {
            from,
            to,
            queries: s.queries,
            judgments: s.judgments,
            recall: s.recall / s.queries as f64,
            mrr: s.rr / s.queries as f64,
        })
        .collect();
    Ok(Evaluation { pairs, misses })
}

/// A passage: document identifier and passage number.
type PassageKey = (String, u64);

struct Stored {
    doc: String,
    passage: u64,
    lang: Lang,
    text: String,
}

/// Every passage of the index (document, number, language, folded text).
fn passages(index: &TriIndex) -> Result<Vec<Stored>> {
    let f = index.fields();
    index.refresh()?;
    let mut out = Vec::new();
    index.each_passage(&index.reader().searcher(), |doc| {
        out.push(Stored {
            doc: stored_text(doc, f.doc),
            passage: stored_u64(doc, f.passage),
            lang: stored_text(doc, f.lang).parse().unwrap_or(Lang::Und),
            text: fold(&stored_text(doc, f.text)),
        });
    })?;
    Ok(out)
}

/// Whitespace folded to single spaces, so an anchor may span a line break of the source.
fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn judgment_lines_parse_and_errors_name_the_line() {
        let q = parse_judgments(
            Path::new("q.tsv"),
            "# c\nkk-01\tkk\tазаптау\ta.en.txt::subjected  to torture ; a.ru.txt::пыткам\n",
        )
        .unwrap();
        assert_eq!(q[0].lang, Lang::Kk);
        assert_eq!(q[0].relevant.len(), 2);
        assert_eq!(q[0].relevant[0].anchor, "subjected to torture");
        let e = parse_judgments(Path::new("q.tsv"), "x\tkk\tq\tno-anchor\n").unwrap_err();
        assert!(e.to_string().starts_with("q.tsv:1:"), "{e}");
    }
}
