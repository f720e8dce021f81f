//! In-process engines for `benches/compare.sh`: trilingua's query path, and tantivy with its stock
//! analyzers on the same passages (the baseline trilingua must keep up with).
//!
//! ```text
//! cargo bench --bench engines -- tantivy-stock CORPUS QUERIES INDEX_DIR
//! cargo bench --bench engines -- trilingua INDEX_DIR QUERIES
//! ```
//! Each prints one line `RESULT {json}` with what it measured; compare.sh makes the table.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{json, Value};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{doc, Index, IndexWriter};
use trilingua::index::TriIndex;
use trilingua::query::{self, Glossary, SearchOptions};
use trilingua::Lang;

/// Timed passes over the query set, after one warm-up pass.
const PASSES: usize = 3;
/// Hits asked of every engine.
const TOP: usize = 10;

struct Query {
    kind: String,
    lang: Lang,
    text: String,
}

fn read_queries(path: &Path) -> Vec<Query> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.splitn(3, '\t');
            let kind = cols.next().unwrap_or("").to_string();
            let lang = cols.next().unwrap_or("en").parse().unwrap_or(Lang::En);
            let text = cols.next().unwrap_or("").to_string();
            Query { kind, lang, text }
        })
        .collect()
}

fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

/// Paragraphs separated by blank lines, as the Python peers split them.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Runs every query `PASSES` times after a warm-up and summarizes latencies by query class:
/// `single` (words and phrases) and `concept` (term-base forms).
fn time_queries(queries: &[Query], mut run: impl FnMut(&Query) -> bool) -> Value {
    for q in queries {
        run(q);
    }
    let mut by_class: [(Vec<f64>, usize); 2] = Default::default();
    for _ in 0..PASSES {
        for q in queries {
            let started = Instant::now();
            let ok = run(q);
            let ms = started.elapsed().as_secs_f64() * 1e3;
            let class = usize::from(q.kind == "concept");
            by_class[class].0.push(ms);
            by_class[class].1 += usize::from(!ok);
        }
    }
    let mut out = serde_json::Map::new();
    for (name, (mut ms, failed)) in ["single", "concept"].into_iter().zip(by_class) {
        ms.sort_by(f64::total_cmp);
        let total: f64 = ms.iter().sum();
        out.insert(
            name.to_string(),
            json!({
                "queries": ms.len() / PASSES,
                "qps": ms.len() as f64 / (total / 1e3),
                "p50_ms": percentile(&ms, 0.5),
                "p99_ms": percentile(&ms, 0.99),
                "failed": failed / PASSES,
            }),
        );
    }
    Value::Object(out)
}

fn tantivy_stock(corpus: &Path, queries: &Path, dir: &Path) -> Value {
    let queries = read_queries(queries);
    let started = Instant::now();
    let mut schema = Schema::builder();
    let body = |name: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(name)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let file_field = schema.add_text_field("file", STORED);
    let text_field = schema.add_text_field("text", STORED);
    let en = schema.add_text_field("body_en", body("en_stem"));
    let ru = schema.add_text_field("body_ru", body("ru_stem"));
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let index = Index::create_in_dir(dir, schema.build()).unwrap();
    index.tokenizers().register(
        "ru_stem",
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::Russian))
            .build(),
    );
    // tantivy's default: one thread per core, here with the Python binding's 128 MB budget.
    let mut writer: IndexWriter = index.writer(128_000_000).unwrap();
    let (mut bytes, mut passages) = (0usize, 0usize);
    for file in corpus_files(corpus) {
        let text = std::fs::read_to_string(&file).unwrap();
        bytes += text.len();
        let name = file.display().to_string();
        for para in paragraphs(&text) {
            // No Kazakh analyzer in tantivy: Cyrillic goes to the Russian field, like a stock user would.
            let field = if para.chars().any(trilingua::lang::is_cyrillic) {
                ru
            } else {
                en
            };
            writer
                .add_document(doc!(file_field => name.as_str(), text_field => para, field => para))
                .unwrap();
            passages += 1;
        }
    }
    writer.commit().unwrap();
    writer.wait_merging_threads().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    let reader = index.reader().unwrap();
    let searcher = reader.searcher();
    let parsers = [en, ru].map(|f| {
        let mut p = QueryParser::for_index(&index, vec![f]);
        p.set_conjunction_by_default();
        p
    });
    let timings = time_queries(&queries, |q| {
        let parser = &parsers[usize::from(q.lang != Lang::En)];
        match parser.parse_query(&q.text) {
            Ok(query) => searcher
                .search(&query, &TopDocs::with_limit(TOP).order_by_score())
                .is_ok(),
            Err(_) => false,
        }
    });
    json!({
        "engine": "tantivy-stock",
        "bytes": bytes,
        "passages": passages,
        "index_s": seconds,
        "index_mb_s": bytes as f64 / 1e6 / seconds,
        "queries": timings,
    })
}

fn trilingua_queries(dir: &Path, queries: &Path) -> Value {
    let queries = read_queries(queries);
    let index = TriIndex::open(dir).unwrap_or_else(|e| panic!("{e}"));
    let opts = SearchOptions {
        limit: TOP,
        ..SearchOptions::default()
    };
    // The whole search as the CLI runs it: parse, expand, match, count, load and snippet the top hits.
    let full = time_queries(&queries, |q| query::search(&index, &q.text, &opts).is_ok());
    // Matching only, as the peers are timed: parse, expand, search each language with its own
    // statistics, top hits' addresses (and the match count, which `query::matches` always takes).
    index.refresh().unwrap();
    let searcher = index.reader().searcher();
    let glossary = Glossary::shipped();
    let matching = time_queries(&queries, |q| match query::parse(&q.text) {
        Ok(parsed) => {
            let plan = query::expand(&parsed, glossary);
            query::matches(&index, &searcher, &plan, &opts).is_ok()
        }
        Err(_) => false,
    });
    // Where the full search spends its time beyond matching: refreshing the reader before each query,
    // loading and snippeting the hits (`counting` repeats `matching`, which counts already).
    let plan_of = |q: &Query| query::parse(&q.text).map(|p| query::expand(&p, glossary));
    let counting = time_queries(&queries, |q| match plan_of(q) {
        Ok(plan) => query::matches(&index, &searcher, &plan, &opts).is_ok(),
        Err(_) => false,
    });
    let reloading = time_queries(&queries, |q| match plan_of(q) {
        Ok(plan) => {
            index.refresh().is_ok()
                && query::matches(&index, &index.reader().searcher(), &plan, &opts).is_ok()
        }
        Err(_) => false,
    });
    json!({
        "engine": "trilingua",
        "queries": matching,
        "queries_count": counting,
        "queries_reload": reloading,
        "queries_full": full,
    })
}

fn main() {
    // `cargo bench` passes `--bench`; ignore flags.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["tantivy-stock", corpus, queries, dir] => {
            tantivy_stock(Path::new(corpus), Path::new(queries), Path::new(dir))
        }
        ["trilingua", dir, queries] => trilingua_queries(Path::new(dir), Path::new(queries)),
        ["glossary"] => {
            // What the first `trilingua search` process of an index pays for the term base:
            // analyzing every form.
            let started = Instant::now();
            let concepts = Glossary::shipped().len();
            json!({
                "engine": "glossary",
                "concepts": concepts,
                "load_ms": started.elapsed().as_secs_f64() * 1e3,
            })
        }
        ["glossary", dir] => {
            // What every later process pays: reading the analyzed copy kept in the index folder.
            let started = Instant::now();
            let concepts = Glossary::shipped_cached(Path::new(dir)).len();
            json!({
                "engine": "glossary-kept",
                "concepts": concepts,
                "load_ms": started.elapsed().as_secs_f64() * 1e3,
            })
        }
        [] => {
            eprintln!("engines: run by benches/compare.sh (see its header)");
            return;
        }
        other => {
            eprintln!("engines: unknown arguments {other:?}");
            std::process::exit(2);
        }
    };
    println!("RESULT {result}");
}
