//! Query answers: which passages match what the user typed, in any of the three languages?
//!
//! [`parse`] reads the syntax, [`expand`] turns each word or phrase into alternatives in every language
//! (typed words analyzed per language, term-base concepts, transliterations), and [`search`] runs the
//! plan against the index and returns ranked [`Hit`]s with highlighted snippets.
//!
//! Ranking. Each language is searched on its own with its own BM25 statistics (passage count, average
//! passage length, document frequencies of its field), then the hits are merged by score. tantivy
//! would otherwise divide every field's token count by the number of *all* passages, so the average
//! length of a language with fewer passages looks short and its passages are punished as long: the
//! English UDHR outranked the Russian one for `права человека`. Even so, BM25 scores of two
//! languages are not comparable (`прав` is in nearly every Russian UDHR passage, `human rights` in few
//! English ones), so each language's scores are scaled so that its best hit scores its weight: 1 where
//! the query's own words occur, [`EXPANSION_BOOST`] where only expansions match. Within a language,
//! the typed words weigh 1.0, term-base forms [`EXPANSION_BOOST`] and transliterations
//! [`TRANSLIT_BOOST`], so a match in the query's own words is not drowned by its expansions. A requirement that a language cannot
//! express at all (no alternative whose terms occur in its passages: a word the term base lacks, or
//! an inflection the stemmer does not reduce) does not rule that language out: it only adds to the
//! score where it matches. A requirement no language can express (a typo, a word the collection lacks)
//! makes the query find nothing.

pub mod eval;
pub mod expand;
pub mod filter;
pub mod glossary;
pub mod lexicon;
pub mod parse;
mod tsv;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    Bm25StatisticsProvider, BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, PhraseQuery,
    Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

pub use expand::{
    expand, expand_with, Alternative, Expander, Group, Origin, Plan, Shape, EXPANSION_BOOST,
    TERM_BASE_SLOP, TRANSLIT_BOOST,
};
pub use filter::Filters;
pub use glossary::Glossary;
pub use lexicon::Lexicon;
pub use parse::{parse, Item, ParsedQuery};

use crate::error::Result;
use crate::index::{stored_text, stored_u64, Fields, TriIndex};
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
    /// The best this many hits of each language (in place of `limit` overall).
    pub per_lang: Option<usize>,
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
            per_lang: None,
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
    /// How each language searched weighed its hits when they were merged.
    pub weights: Vec<LangWeight>,
}

/// How one language's hits are weighed when the languages are merged: `weight` times the score of
/// each hit's rank in its language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LangWeight {
    /// The language.
    pub lang: Lang,
    /// The share of the query's required words its passages can match at all, each word weighed
    /// by its rarity (1 where they hold every word).
    pub coverage: f32,
    /// Whether the query's own words (not only their translations) occur in its passages.
    pub own: bool,
    /// `coverage`, times 1 where the query's own words occur, the expansion boost elsewhere.
    pub weight: f32,
}

/// Hits matched in all languages, best first, before their passages are read.
#[derive(Clone, Debug, Default)]
pub struct Matched {
    /// The hits to show, best first.
    pub hits: Vec<Match>,
    /// How many passages matched in all.
    pub total: usize,
    /// How each language searched weighed its hits.
    pub weights: Vec<LangWeight>,
}

/// Parses, expands (with the index's spellings for transliteration) and runs `query`.
pub fn search(index: &TriIndex, query: &str, opts: &SearchOptions) -> Result<Results> {
    let plan = expand_for(index, &parse(query)?, opts.glossary)?;
    run(index, plan, opts)
}

/// Expands a parsed query with the term base, transliteration and the index's own spellings.
pub fn expand_for(index: &TriIndex, parsed: &ParsedQuery, glossary: &Glossary) -> Result<Plan> {
    index.refresh()?;
    let searcher = index.reader().searcher();
    let lexicon = lexicon::for_searcher(index, &searcher)?;
    Ok(expand_with(
        parsed,
        &Expander {
            glossary,
            translit: true,
            lexicon: Some(&lexicon),
        },
    ))
}

/// Runs an expanded plan: each language searched with its own statistics, hits merged by their
/// rank in their language (or, with `per_lang`, the best of each language in turn).
pub fn run(index: &TriIndex, plan: Plan, opts: &SearchOptions) -> Result<Results> {
    let fields = index.fields();
    index.refresh()?;
    let searcher = index.reader().searcher();
    let Matched {
        hits: found,
        total,
        weights,
    } = matches(index, &searcher, &plan, opts)?;
    let marks: Vec<_> = Lang::ALL.iter().map(|&l| plan.marks(l)).collect();
    let mut hits = Vec::with_capacity(found.len());
    for (score, address, _) in found {
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| index.err(e))?;
        let text_of = |f| stored_text(&doc, f);
        let u64_of = |f| stored_u64(&doc, f);
        let lang: Lang = text_of(fields.lang).parse().unwrap_or(Lang::Und);
        let text = text_of(fields.text);
        let slot = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(2);
        let snippet = snippet(&text, lang, &marks[slot], opts.snippet_chars);
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
    Ok(Results {
        plan,
        hits,
        total,
        weights,
    })
}

/// A ranked match: score, where the passage is, its language.
pub type Match = (f32, DocAddress, Lang);

/// Matches a plan against one searcher: the ranked hits to show (addresses only) and how many
/// passages matched in all. [`run`] adds loading and snippets.
pub fn matches(
    index: &TriIndex,
    searcher: &Searcher,
    plan: &Plan,
    opts: &SearchOptions,
) -> Result<Matched> {
    let fields = index.fields();
    let langs = opts.lang.map_or(Lang::ALL.to_vec(), |l| vec![l]);
    let wanted = opts.per_lang.unwrap_or(opts.limit).max(1);
    let expressed = expressible(plan, fields, searcher, index)?;
    let expressible = &expressed.rows;
    // A required word that occurs in no language at all (a typo, a word the collection lacks) is
    // still required: the query finds nothing rather than silently dropping it.
    if expressible.iter().any(|row| row.iter().all(|&can| !can)) {
        return Ok(Matched::default());
    }
    let own = expressed.own;
    let mut blocks = Vec::new();
    let mut total = 0;
    let mut weights = Vec::new();
    for lang in langs {
        let Some(query) = language_query(
            plan,
            fields,
            lang,
            opts.lang.is_some(),
            expressible,
            &opts.filters,
        ) else {
            continue;
        };
        let slot = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(2);
        // (Its passages counted once, by `expressible`.)
        let stats = LangStats {
            searcher,
            docs: expressed.passages[slot],
        };
        let (top, count) = searcher
            .search_with_statistics_provider(
                &query,
                &(
                    TopDocs::with_limit(wanted + TIE_MARGIN).order_by_score(),
                    Count,
                ),
                &stats,
            )
            .map_err(|e| index.err(e))?;
        total += count;
        // BM25 scores of different languages are not comparable (each language's statistics
        // differ, and so does how they spread: a Kazakh stem's rarer inflected forms lift a
        // passage or two far above the rest, while `right` is in every English article of the
        // UDHR alike): each language's hits are merged by their rank in it ([`rank_score`]),
        // weighed 1 where the query's own words match, the expansion boost elsewhere, times the
        // share of the required words its passages can match at all, each word weighed by its
        // rarity ([`Expressed::coverage`]): a language that holds only some of them (`NATO` of
        // `NATO summit Wales`, where no passage of it names Wales) ranks its partial matches
        // below a language that holds them all.
        let coverage = expressed.coverage(slot);
        let weight = coverage * if own[slot] { 1.0 } else { EXPANSION_BOOST };
        weights.push(LangWeight {
            lang,
            coverage,
            own: own[slot],
            weight,
        });
        let mut scored = Vec::with_capacity(top.len());
        let mut rank = 0;
        for (n, &(score, address)) in top.iter().enumerate() {
            // Hits of equal score share a rank, whatever order tantivy found them in.
            if n > 0 && score < top[n - 1].0 {
                rank = n;
            }
            scored.push((weight * rank_score(rank), address, lang));
        }
        if opts.per_lang.is_some() {
            cut(&mut scored, wanted, searcher, index).map_err(|e| index.err(e))?;
        }
        blocks.push(scored);
    }
    if opts.per_lang.is_some() {
        // The language whose best hit scores highest (the query's own) first.
        blocks.sort_by(|a, b| {
            let best = |v: &Vec<(f32, DocAddress, Lang)>| v.first().map_or(0.0, |h| h.0);
            best(b).total_cmp(&best(a))
        });
    }
    let mut found: Vec<_> = blocks.into_iter().flatten().collect();
    if opts.per_lang.is_none() {
        cut(&mut found, opts.limit, searcher, index).map_err(|e| index.err(e))?;
    }
    Ok(Matched {
        hits: found,
        total,
        weights,
    })
}

/// How slowly a hit's merged score falls with its rank in its language: at 9, the query's own
/// language shows its best three hits before the best of a language reached through translations
/// (scored [`EXPANSION_BOOST`]), and the languages interleave after that.
const RANK_SPREAD: f32 = 9.0;

/// The merged score of a hit at `rank` (0 for the best) in its language, before the language's
/// weight: 1, then falling as `RANK_SPREAD / (RANK_SPREAD + rank)`.
fn rank_score(rank: usize) -> f32 {
    RANK_SPREAD / (RANK_SPREAD + rank as f32)
}

/// Extra hits fetched beyond the cut, so that hits tied at the cut are ranked the same way whatever
/// the order tantivy found them in (it depends on how indexing threads split the segments).
const TIE_MARGIN: usize = 16;

/// Sorts hits by score, best first, and keeps `n`; tied hits (at the cut or above it) are ordered by
/// document and passage, read only where there is such a tie (from the index's columns, not the
/// stored passages), so that the same collection ranks the same way however its index was built.
fn cut(
    hits: &mut Vec<(f32, DocAddress, Lang)>,
    n: usize,
    searcher: &Searcher,
    index: &TriIndex,
) -> tantivy::Result<()> {
    hits.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut from = 0;
    while from < hits.len().min(n) {
        let score = hits[from].0;
        let to = from + hits[from..].iter().take_while(|h| h.0 == score).count();
        if to - from > 1 {
            let mut keyed = Vec::with_capacity(to - from);
            for h in &hits[from..to] {
                keyed.push((index.passage_key(searcher, h.1)?, *h));
            }
            keyed.sort_by(|a, b| a.0.cmp(&b.0));
            for (slot, (_, h)) in hits[from..to].iter_mut().zip(keyed) {
                *slot = h;
            }
        }
        from = to;
    }
    hits.truncate(n);
    Ok(())
}

/// BM25 statistics of one language's field: its passages only, not the whole index.
struct LangStats<'s> {
    searcher: &'s Searcher,
    docs: u64,
}

impl<'s> LangStats<'s> {
    fn new(searcher: &'s Searcher, fields: &Fields, lang: Lang) -> tantivy::Result<Self> {
        // Undetermined passages are indexed in the English field.
        let codes: &[&str] = match lang {
            Lang::En | Lang::Und => &["en", "und"],
            l => &[l.code()],
        };
        let mut docs = 0;
        for code in codes {
            docs += searcher.doc_freq(&Term::from_field_text(fields.lang, code))?;
        }
        Ok(LangStats {
            searcher,
            docs: docs.max(1),
        })
    }
}

impl Bm25StatisticsProvider for LangStats<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        self.searcher.total_num_tokens(field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.docs)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.searcher.doc_freq(term)
    }
}

/// For each required group and language: can the language express it at all, i.e. does some
/// alternative have every term in that language's passages? With it, how much each group tells
/// ([`Expressed::information`]).
fn expressible(
    plan: &Plan,
    fields: &Fields,
    searcher: &Searcher,
    index: &TriIndex,
) -> Result<Expressed> {
    let mut passages = [0u64; 3];
    for (slot, &lang) in Lang::ALL.iter().enumerate() {
        passages[slot] = LangStats::new(searcher, fields, lang)
            .map_err(|e| index.err(e))?
            .docs;
    }
    let mut rows = Vec::with_capacity(plan.required.len());
    let mut information = Vec::with_capacity(plan.required.len());
    let mut own = [false; 3];
    for group in &plan.required {
        let mut row = [false; 3];
        let mut told: f32 = 0.0;
        for (slot, &lang) in Lang::ALL.iter().enumerate() {
            let field = fields.body_for(lang);
            // The most passages any alternative wholly present can match (a phrase at most as
            // many as its rarest term).
            let mut most = 0;
            for alt in group.alternatives.iter().filter(|a| a.lang == lang) {
                let mut fewest = u64::MAX;
                for t in &alt.terms {
                    let df = searcher
                        .doc_freq(&Term::from_field_text(field, t))
                        .map_err(|e| index.err(e))?;
                    fewest = fewest.min(df);
                    if df == 0 {
                        break;
                    }
                }
                // Every term present (an alternative of no terms, vacuously).
                if fewest > 0 {
                    row[slot] = true;
                    own[slot] |= alt.origin == Origin::Typed;
                    if fewest != u64::MAX {
                        most = most.max(fewest);
                    }
                }
            }
            if most > 0 {
                told = told.max((1.0 + passages[slot] as f32 / most as f32).ln());
            }
        }
        rows.push(row);
        information.push(told);
    }
    Ok(Expressed {
        rows,
        information,
        own,
        passages,
    })
}

/// Which languages can express each required group of a plan, and what each group tells.
struct Expressed {
    /// Per group: whether each language's passages hold some alternative of it whole.
    rows: Vec<[bool; 3]>,
    /// Per group: how rare it is where it is expressed (the largest over the languages of
    /// `ln(1 + passages / matching passages)`, an inverse document frequency): `against` of
    /// `against terrorism` tells less than `terrorism`.
    information: Vec<f32>,
    /// Per language: whether the query's own words (not their expansions) occur in its passages,
    /// a typed alternative of some group wholly present.
    own: [bool; 3],
    /// Per language: its passages ([`LangStats`]' count).
    passages: [u64; 3],
}

impl Expressed {
    /// The share of the query's information that the language in `slot` can express: 1 where it
    /// expresses every group.
    fn coverage(&self, slot: usize) -> f32 {
        let all: f32 = self.information.iter().sum();
        let covered: f32 = self
            .rows
            .iter()
            .zip(&self.information)
            .filter(|(row, _)| row[slot])
            .map(|(_, info)| info)
            .sum();
        if all > 0.0 {
            covered / all
        } else {
            1.0
        }
    }
}

fn alternative_query(alt: &Alternative, fields: &Fields) -> Box<dyn Query> {
    let field = fields.body_for(alt.lang);
    let term = |t: &String| Term::from_field_text(field, t);
    let q: Box<dyn Query> = match (alt.terms.len(), alt.shape) {
        (1, _) => Box::new(TermQuery::new(
            term(&alt.terms[0]),
            IndexRecordOption::WithFreqs,
        )),
        (_, Shape::Phrase) if alt.slop() == 0 || alt.terms.len() == 2 => {
            let mut q = PhraseQuery::new(alt.terms.iter().map(term).collect());
            q.set_slop(alt.slop());
            Box::new(q)
        }
        // tantivy's sloppy matching of three or more terms depends on how each segment orders
        // their postings (a passage matched in one build of the index and not in another), so a
        // sloppy phrase of n terms is searched as its n-1 neighbouring pairs, each within the slop.
        (_, Shape::Phrase) => Box::new(BooleanQuery::new(
            alt.terms
                .windows(2)
                .map(|pair| {
                    let mut q = PhraseQuery::new(pair.iter().map(term).collect());
                    q.set_slop(alt.slop());
                    (Occur::Must, Box::new(q) as Box<dyn Query>)
                })
                .collect(),
        )),
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

/// The group's alternatives in `lang`, any of which may match; `None` when it has none there.
fn group_query(group: &Group, fields: &Fields, lang: Lang) -> Option<Box<dyn Query>> {
    let alts: Vec<Box<dyn Query>> = group
        .alternatives
        .iter()
        .filter(|a| a.lang == lang)
        .map(|a| alternative_query(a, fields))
        .collect();
    (!alts.is_empty())
        .then(|| Box::new(DisjunctionMaxQuery::with_tie_breaker(alts, 0.1)) as Box<dyn Query>)
}

/// The tantivy query for the passages of one language; `None` when nothing of the plan can match
/// there. With `filter`, passages detected as another language (undetermined ones in the English
/// field) are left out.
fn language_query(
    plan: &Plan,
    fields: &Fields,
    lang: Lang,
    filter: bool,
    expressible: &[[bool; 3]],
    filters: &Filters,
) -> Option<Box<dyn Query>> {
    let slot = Lang::ALL.iter().position(|&l| l == lang)?;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut required = 0;
    for (group, row) in plan.required.iter().zip(expressible) {
        match (group_query(group, fields, lang), row[slot]) {
            (Some(q), true) => {
                clauses.push((Occur::Must, q));
                required += 1;
            }
            (Some(q), false) => clauses.push((Occur::Should, q)),
            (None, _) => {}
        }
    }
    if required == 0 {
        return None;
    }
    for g in &plan.stopwords {
        if let Some(q) = group_query(g, fields, lang) {
            clauses.push((Occur::Should, q));
        }
    }
    for g in &plan.excluded {
        if let Some(q) = group_query(g, fields, lang) {
            clauses.push((Occur::MustNot, q));
        }
    }
    if filter {
        let term = Term::from_field_text(fields.lang, lang.code());
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    clauses.extend(filter::clauses(filters, fields));
    Some(Box::new(BooleanQuery::new(clauses)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_weighs_each_word_by_what_it_tells() {
        // `NATO summit Wales`: Kazakh holds NATO alone, English all three.
        let expressed = Expressed {
            rows: vec![
                [true, true, true],
                [false, false, true],
                [false, false, true],
            ],
            information: vec![1.0, 2.0, 3.0],
            own: [false, false, true],
            passages: [1; 3],
        };
        assert_eq!(expressed.coverage(2), 1.0);
        assert!((expressed.coverage(0) - 1.0 / 6.0).abs() < 1e-6);
        // No information at all (an empty query) covers everything.
        let none = Expressed {
            rows: vec![],
            information: vec![],
            own: [false; 3],
            passages: [1; 3],
        };
        assert_eq!(none.coverage(1), 1.0);
    }

    #[test]
    fn a_hit_falls_with_its_rank_as_far_as_a_translation_after_three() {
        assert_eq!(rank_score(0), 1.0);
        assert!(rank_score(2) > EXPANSION_BOOST);
        assert!(rank_score(3) < EXPANSION_BOOST);
        assert!((1..50).all(|r| rank_score(r) < rank_score(r - 1)));
    }
}
