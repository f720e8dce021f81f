//! Query answers: which passages match what the user typed, in any of the three languages?
//!
//! [`parse`] reads the syntax, [`expand`] turns each word or phrase into alternatives in every language
//! (typed words analyzed per language, plus term-base concepts), and [`search`] runs the plan against
//! the index and returns ranked [`Hit`]s with highlighted snippets.

pub mod expand;
pub mod filter;
pub mod glossary;
pub mod parse;

use std::collections::HashSet;

use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

pub use expand::{expand, Alternative, Group, Origin, Plan, Shape};
pub use filter::Filters;
pub use glossary::Glossary;
pub use parse::{parse, Item, ParsedQuery};

use crate::error::Result;
use crate::index::{Fields, TriIndex};
use crate::lang::Lang;
use crate::present::snippet::{snippet, Snippet};

/// Default snippet width, in characters.
pub const SNIPPET_CHARS: usize = 240;

/// How to search.
#[derive(Clone, Debug)]
pub struct SearchOptions<'g> {
    /// Hits to return.
    pub limit: usize,
    /// Only passages in this language.
    pub lang: Option<Lang>,
    /// The term base for cross-lingual expansion.
    pub glossary: &'g Glossary,
    /// Snippet width in characters.
    pub snippet_chars: usize,
    /// Restrict hits to some documents, kinds or years.
    pub filters: Filters,
}

impl Default for SearchOptions<'static> {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            lang: None,
            glossary: Glossary::shipped(),
            snippet_chars: SNIPPET_CHARS,
            filters: Filters::default(),
        }
    }
}

/// One matching passage.
#[derive(Clone, Debug)]
pub struct Hit {
    /// Document identifier.
    pub doc: String,
    /// Source file as indexed.
    pub path: String,
    /// Document title.
    pub title: String,
    /// Document kind.
    pub kind: String,
    /// Document year (0 when unknown).
    pub year: i64,
    /// Passage language.
    pub lang: Lang,
    /// Passage number in the document.
    pub passage: u64,
    /// First and last source line.
    pub lines: (u64, u64),
    /// Relevance score.
    pub score: f32,
    /// The repaired passage.
    pub text: String,
    /// The best window of the passage, with highlights.
    pub snippet: Snippet,
}

/// The results of a search.
#[derive(Clone, Debug)]
pub struct Results {
    /// What was searched for.
    pub plan: Plan,
    /// Ranked hits.
    pub hits: Vec<Hit>,
    /// How many passages matched in all.
    pub total: usize,
}

/// Parses, expands and runs `query`.
pub fn search(index: &TriIndex, query: &str, opts: &SearchOptions) -> Result<Results> {
    let plan = expand(&parse(query)?, opts.glossary);
    run(index, plan, opts)
}

/// Runs an expanded plan.
pub fn run(index: &TriIndex, plan: Plan, opts: &SearchOptions) -> Result<Results> {
    let fields = index.fields();
    let query = to_tantivy(&plan, fields, opts.lang, &opts.filters);
    index.reader().reload().map_err(|e| index.err(e))?;
    let searcher = index.reader().searcher();
    let (top, total) = searcher
        .search(
            &query,
            &(
                TopDocs::with_limit(opts.limit.max(1)).order_by_score(),
                tantivy::collector::Count,
            ),
        )
        .map_err(|e| index.err(e))?;
    let mut hits = Vec::with_capacity(top.len());
    let highlight: Vec<HashSet<&str>> = Lang::ALL
        .iter()
        .map(|&l| plan.terms_for(l).collect())
        .collect();
    for (score, address) in top.into_iter().take(opts.limit) {
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| index.err(e))?;
        let text_of = |f| {
            doc.get_first(f)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let u64_of = |f| doc.get_first(f).and_then(|v| v.as_u64()).unwrap_or(0);
        let lang: Lang = text_of(fields.lang).parse().unwrap_or(Lang::Und);
        let text = text_of(fields.text);
        let slot = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(2);
        let snippet = snippet(&text, lang, &highlight[slot], opts.snippet_chars);
        hits.push(Hit {
            doc: text_of(fields.doc),
            path: text_of(fields.path),
            title: text_of(fields.title),
            kind: text_of(fields.kind),
            year: doc
                .get_first(fields.year)
                .and_then(|v| v.as_i64())
                .unwrap_or(0),
            lang,
            passage: u64_of(fields.passage),
            lines: (u64_of(fields.line_start), u64_of(fields.line_end)),
            score,
            text,
            snippet,
        });
    }
    Ok(Results { plan, hits, total })
}

fn alternative_query(alt: &Alternative, fields: &Fields) -> Box<dyn Query> {
    let field = fields.body_for(alt.lang);
    let term = |t: &String| Term::from_field_text(field, t);
    let q: Box<dyn Query> = match (alt.terms.len(), alt.shape) {
        (1, _) => Box::new(TermQuery::new(
            term(&alt.terms[0]),
            IndexRecordOption::WithFreqs,
        )),
        (_, Shape::Phrase) => Box::new(PhraseQuery::new(alt.terms.iter().map(term).collect())),
        (_, Shape::All) => Box::new(BooleanQuery::new(
            alt.terms
                .iter()
                .map(|t| {
                    (
                        Occur::Must,
                        Box::new(TermQuery::new(term(t), IndexRecordOption::WithFreqs))
                            as Box<dyn Query>,
                    )
                })
                .collect(),
        )),
    };
    if alt.boost == 1.0 {
        q
    } else {
        Box::new(BoostQuery::new(q, alt.boost))
    }
}

fn group_query(group: &Group, fields: &Fields) -> Box<dyn Query> {
    let alts: Vec<Box<dyn Query>> = group
        .alternatives
        .iter()
        .map(|a| alternative_query(a, fields))
        .collect();
    Box::new(DisjunctionMaxQuery::with_tie_breaker(alts, 0.1))
}

/// The tantivy query for a plan.
pub fn to_tantivy(
    plan: &Plan,
    fields: &Fields,
    lang: Option<Lang>,
    filters: &Filters,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = plan
        .required
        .iter()
        .map(|g| (Occur::Must, group_query(g, fields)))
        .collect();
    clauses.extend(
        plan.stopwords
            .iter()
            .map(|g| (Occur::Should, group_query(g, fields))),
    );
    clauses.extend(
        plan.excluded
            .iter()
            .map(|g| (Occur::MustNot, group_query(g, fields))),
    );
    if let Some(lang) = lang {
        let term = Term::from_field_text(fields.lang, lang.code());
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    clauses.extend(filter::clauses(filters, fields));
    Box::new(BooleanQuery::new(clauses))
}
