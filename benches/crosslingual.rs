//! Query latency with cross-lingual expansion on the shipped corpus, against a baseline measured in
//! the same run: a plain single-field TermQuery (tantivy alone, no parsing, expansion or snippets).
//!
//! `cargo bench --bench crosslingual` prints the median and 90th percentile per query kind and the
//! ratio of the expanded search's median to the baseline's.

use std::path::Path;
use std::time::{Duration, Instant};

use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::Term;
use trilingua::index::{self, TriIndex};
use trilingua::query::{self, eval, SearchOptions};
use trilingua::Lang;

const ROUNDS: usize = 15;

fn percentile(mut times: Vec<Duration>, p: f64) -> Duration {
    times.sort();
    times[((times.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temporary folder");
    index::build(dir.path(), &[root.join("corpus")]).expect("index the shipped corpus");
    let index = TriIndex::open(dir.path()).expect("open the index");
    let judged = eval::load(&root.join("tests/relevance/queries.tsv")).expect("queries");
    let mut queries: Vec<String> = judged.iter().map(|q| q.query.clone()).collect();
    queries.extend(
        [
            "Kazakhstan",
            "Qazaqstan",
            "Алматы",
            "Rasmussen",
            "\"Partnership for Peace\"",
            "NATO -Russia",
            "security OR defence",
        ]
        .map(String::from),
    );
    let opts = SearchOptions::default();
    // Warm the caches (term dictionaries, the lexicon of spellings) once.
    for q in &queries {
        query::search(&index, q, &opts).expect("search");
    }

    let mut expanded = Vec::new();
    let mut plain = Vec::new();
    let mut baseline = Vec::new();
    let searcher = index.reader().searcher();
    let term_query = TermQuery::new(
        Term::from_field_text(index.fields().body_for(Lang::En), "partnership"),
        IndexRecordOption::WithFreqs,
    );
    for _ in 0..ROUNDS {
        for q in &queries {
            let t = Instant::now();
            let r = query::search(&index, q, &opts).expect("search");
            expanded.push(t.elapsed());
            std::hint::black_box(r);

            let t = Instant::now();
            let plan =
                query::expand_with(&query::parse(q).expect("parse"), &query::Expander::none());
            let r = query::run(&index, plan, &opts).expect("run");
            plain.push(t.elapsed());
            std::hint::black_box(r);

            let t = Instant::now();
            let top = searcher
                .search(&term_query, &TopDocs::with_limit(10).order_by_score())
                .expect("baseline");
            baseline.push(t.elapsed());
            std::hint::black_box(top);
        }
    }
    let base = ms(percentile(baseline.clone(), 0.5));
    println!(
        "{} queries × {ROUNDS} rounds on the shipped corpus ({} passages)",
        queries.len(),
        searcher.num_docs()
    );
    println!("what\tmedian ms\tp90 ms\tmedian / baseline");
    for (name, times) in [
        (
            "search with expansion (parse, expand, 3 languages, snippets)",
            expanded,
        ),
        (
            "search without expansion (same path, typed words only)",
            plain,
        ),
        ("baseline: single-field TermQuery, top 10", baseline),
    ] {
        let median = ms(percentile(times.clone(), 0.5));
        println!(
            "{name}\t{median:.3}\t{:.3}\t{:.1}×",
            ms(percentile(times, 0.9)),
            median / base
        );
    }
}
