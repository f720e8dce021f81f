//! Incremental indexing benchmark: full indexing MB/s of a corpus of at least 50 MB, then the time to
//! bring the index up to date when nothing changed and when one document changed (target: < 0.2 s),
//! with the file-system scan alone as the baseline measured in the same run.
//!
//! `cargo bench --bench incremental` (corpus size: `TRILINGUA_BENCH_MB`, default 52; `TMPDIR` picks
//! the disk, and commits are dominated by its fsync latency, printed as a baseline). The corpus is
//! written to a temporary folder from NTREX sentences (data/ntrex) and the shipped corpus: documents of
//! about 100 KB, each a different draw of paragraphs in one language.

use std::path::{Path, PathBuf};
use std::time::Instant;

use trilingua::index::{self, UpdateOptions};

fn sentences(repo: &Path) -> Vec<Vec<String>> {
    let read = |p: &str| -> Vec<String> {
        std::fs::read_to_string(repo.join(p))
            .unwrap()
            .lines()
            .map(|l| l.trim_end().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    };
    let mut out = vec![
        read("data/ntrex/newstest2019-src.eng.txt"),
        read("data/ntrex/newstest2019-ref.rus.txt"),
        read("data/ntrex/newstest2019-ref.kaz.txt"),
    ];
    // The shipped corpus adds treaty and article language (and the seed's PDF damage).
    for (i, f) in ["udhr-1948.en.txt", "udhr-1948.ru.txt", "udhr-1948.kk.txt"]
        .iter()
        .enumerate()
    {
        out[i].extend(read(&format!("corpus/{f}")));
    }
    out[0].extend(read("corpus/nato-kazakhstan-pfp-article.txt"));
    out
}

/// A small deterministic generator (xorshift), so every run writes the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
}

fn write_corpus(dir: &Path, megabytes: usize, langs: &[Vec<String>]) -> (usize, u64) {
    const DOC_BYTES: usize = 100_000;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut files, mut bytes) = (0, 0u64);
    while bytes < (megabytes as u64) * 1_000_000 {
        let lang = files % 3;
        let lines = &langs[lang];
        let mut text = String::with_capacity(DOC_BYTES + 2000);
        while text.len() < DOC_BYTES {
            for _ in 0..4 {
                text.push_str(&lines[rng.next() % lines.len()]);
                text.push(' ');
            }
            text.push_str("\n\n");
        }
        let sub = dir.join(format!("part-{:02}", files / 100));
        std::fs::create_dir_all(&sub).unwrap();
        let code = ["en", "ru", "kk"][lang];
        std::fs::write(sub.join(format!("doc-{files:04}.{code}.txt")), &text).unwrap();
        files += 1;
        bytes += text.len() as u64;
    }
    (files, bytes)
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let megabytes: usize = std::env::var("TRILINGUA_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(52);
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let dir = tmp.path().join("index");
    let (files, bytes) = write_corpus(&corpus, megabytes, &sentences(&repo));
    let mb = bytes as f64 / 1e6;
    println!("corpus: {files} documents, {mb:.1} MB");
    let paths = [corpus.clone()];
    let opts = UpdateOptions {
        remove_missing: true,
        ..UpdateOptions::default()
    };

    let t = Instant::now();
    let full = index::update(&dir, &paths, &opts).unwrap();
    let full_s = t.elapsed().as_secs_f64();
    assert_eq!(full.added.len(), files);
    assert!(full.failures.is_empty());
    println!(
        "full index:            {full_s:8.3} s  {:.2} MB/s  {:.0} passages/s  ({} passages, {} commits)",
        mb / full_s,
        full.passages as f64 / full_s,
        full.passages,
        full.commits
    );

    // Baseline: walking the corpus and reading every file's size and time, the least any update does.
    let t = Instant::now();
    let (found, _) = trilingua::ingest::collect(&paths);
    for f in &found {
        std::fs::metadata(&f.path).unwrap();
    }
    let scan_s = t.elapsed().as_secs_f64();
    println!(
        "baseline scan:         {scan_s:8.3} s  ({} files)",
        found.len()
    );

    // Baseline: one durable file write on this disk (a commit makes a few dozen).
    let mut syncs = Vec::new();
    for i in 0..10 {
        let t = Instant::now();
        let mut f = std::fs::File::create(tmp.path().join(format!("sync-{i}"))).unwrap();
        std::io::Write::write_all(&mut f, &[b'x'; 100_000]).unwrap();
        f.sync_all().unwrap();
        syncs.push(t.elapsed().as_secs_f64());
    }
    syncs.sort_by(f64::total_cmp);
    let sync_s = syncs[syncs.len() / 2];
    println!("baseline fsync:        {sync_s:8.4} s  (median of 10 writes of 100 KB)");

    let t = Instant::now();
    let same = index::update(&dir, &paths, &opts).unwrap();
    let same_s = t.elapsed().as_secs_f64();
    assert_eq!((same.unchanged, same.commits), (files, 0));
    println!(
        "re-index, unchanged:   {same_s:8.3} s  ({:.1}x baseline scan)",
        same_s / scan_s.max(1e-9)
    );

    let mut times = Vec::new();
    for round in 0..10 {
        let victim = &found[(round * 97) % found.len()].path;
        let mut text = std::fs::read_to_string(victim).unwrap();
        text.push_str(&format!("\n\nAn added paragraph, revision {round}.\n"));
        std::fs::write(victim, text).unwrap();
        let t = Instant::now();
        let one = index::update(&dir, &paths, &opts).unwrap();
        times.push(t.elapsed().as_secs_f64());
        assert_eq!((one.updated.len(), one.unchanged), (1, files - 1));
    }
    times.sort_by(f64::total_cmp);
    // What one document costs before the index is touched: read, repair, cut and detect.
    let victim = &found[0];
    let t = Instant::now();
    let doc = trilingua::ingest::read_document(&victim.id, &victim.path).unwrap();
    let passages = index::prepare(&doc);
    let prepare_s = t.elapsed().as_secs_f64();
    println!(
        "baseline prepare:      {prepare_s:8.3} s  (one {:.0} KB document, {} passages)",
        doc.text.len() as f64 / 1e3,
        passages.len()
    );
    let median = times[times.len() / 2];
    println!(
        "re-index, one changed: {median:8.3} s median, {:.3} s max of {}  ({:.1}x baseline prepare, {:.0}x baseline fsync, 1/{:.0} of full index; target < 0.2 s: median {}, max {})",
        times[times.len() - 1],
        times.len(),
        median / prepare_s.max(1e-9),
        median / sync_s.max(1e-9),
        full_s / median,
        if median < 0.2 { "met" } else { "MISSED" },
        if times[times.len() - 1] < 0.2 { "met" } else { "MISSED" }
    );
}
