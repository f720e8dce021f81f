//! Indexing throughput and query latency on the shipped corpus, with in-run baselines.
//!
//! `cargo bench --bench corpus` prints:
//! - indexing MB/s of `trilingua index corpus/` (repair, detection, three analyzers), against reading and
//!   splitting the same files into passages (the I/O + ingest floor);
//! - query latency (p50, p99) of full trilingua searches (parse, cross-lingual expansion, search, snippets),
//!   against a bare tantivy term query on the same index.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::Term;
use trilingua::index::{self, TriIndex};
use trilingua::query::{self, SearchOptions};
use trilingua::{ingest, Lang};

const QUERIES: &[&str] = &[
    "partnership",
    "security",
    "human rights",
    "\"Partnership for Peace\"",
    "Kazakhstan",
    "Қазақстан",
    "Казахстан",
    "armed attack",
    "torture",
    "азаптау",
    "пытки",
    "freedom of expression",
    "сотрудничество",
    "ынтымақтастық",
    "education",
    "білім",
    "образование",
    "marriage OR family",
    "security -Parties",
    "terrorism",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let files = ingest::collect_files(std::slice::from_ref(&corpus)).expect("corpus");
    let bytes: usize = files
        .iter()
        .map(|(_, p)| std::fs::metadata(p).unwrap().len() as usize)
        .sum();
    let mb = bytes as f64 / 1e6;
    let rounds = 5;

    // Baseline: read and split into passages only.
    let t = Instant::now();
    for _ in 0..rounds {
        for (id, path) in &files {
            let doc = ingest::read_document(id, path).unwrap();
            std::hint::black_box(ingest::split_passages(&doc.text));
        }
    }
    let floor = mb * rounds as f64 / t.elapsed().as_secs_f64();

    let mut best = f64::MAX;
    let dir = tempfile::tempdir().unwrap();
    for i in 0..rounds {
        let d = dir.path().join(format!("run{i}"));
        let report = index::build(&d, std::slice::from_ref(&corpus)).unwrap();
        best = best.min(report.seconds);
    }
    let full = mb / best;
    println!("corpus: {} files, {mb:.3} MB", files.len());
    println!("indexing (best of {rounds}):   {full:8.2} MB/s");
    println!(
        "read + split only:        {floor:8.2} MB/s   (trilingua indexing = {:.3}x of it)",
        full / floor
    );

    let idx = TriIndex::open(&dir.path().join("run0")).unwrap();
    let opts = SearchOptions::default();
    let iterations = 50;
    let mut full_lat = Vec::new();
    for _ in 0..iterations {
        for q in QUERIES {
            let t = Instant::now();
            std::hint::black_box(query::search(&idx, q, &opts).unwrap());
            full_lat.push(t.elapsed());
        }
    }
    let searcher = idx.reader().searcher();
    let field = idx.fields().body_for(Lang::En);
    let mut base_lat = Vec::new();
    for _ in 0..iterations {
        for q in QUERIES {
            let term = Term::from_field_text(field, &q.to_lowercase());
            let t = Instant::now();
            let tq = TermQuery::new(term, IndexRecordOption::WithFreqs);
            std::hint::black_box(
                searcher
                    .search(&tq, &TopDocs::with_limit(10).order_by_score())
                    .unwrap(),
            );
            base_lat.push(t.elapsed());
        }
    }
    full_lat.sort();
    base_lat.sort();
    let (p50, p99) = (percentile(&full_lat, 0.5), percentile(&full_lat, 0.99));
    let (b50, b99) = (percentile(&base_lat, 0.5), percentile(&base_lat, 0.99));
    println!("queries: {} x {iterations}", QUERIES.len());
    println!(
        "trilingua search p50 {:8.3} ms  p99 {:8.3} ms",
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
    println!(
        "bare term query   p50 {:8.3} ms  p99 {:8.3} ms",
        b50.as_secs_f64() * 1e3,
        b99.as_secs_f64() * 1e3
    );
    println!(
        "ratio (trilingua / bare) p50 {:.1}x",
        p50.as_secs_f64() / b50.as_secs_f64().max(1e-9)
    );
}
