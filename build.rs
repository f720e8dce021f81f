//! Fingerprints what decides the passages an index holds — the ingest, repair, detection and
//! analysis code and the data it reads — so that documents indexed by another build are indexed
//! again (`TRILINGUA_PIPELINE`, see `index::manifest::PIPELINE`); and writes the Kazakh and Russian
//! hunspell word lists into `OUT_DIR` lowercased, sorted and merged, for a faster first repair.

use std::path::{Path, PathBuf};

const INPUTS: &[&str] = &[
    "src/ingest",
    "src/normalize",
    "src/detect",
    "src/analyze",
    "src/lang",
    "src/index/schema.rs",
    "src/index/writer.rs",
    "data",
];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for e in entries {
            files(&e, out);
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

/// Writes `data/dicts/{name}.dic` for `name` in `kk_KZ`, `ru_RU` into `OUT_DIR` as
/// `normalize::affix::AffixDict::parse` reads it, so that the repair's reading is only splitting
/// lines (`AffixDict::parse_prepared`; a third of the time before a process's first Cyrillic
/// passage went into lowercasing, sorting and merging): its first line (the entry count) first,
/// then one line `word/flags` per word, lowercase (`char::to_lowercase` letter by letter, as
/// `lang::lower`), sorted by bytes, each word once with the flags of all its entries in the order
/// of their lines. A test checks that both readings agree. The shipped files stay as their authors
/// wrote them.
fn prepared_word_lists() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for name in ["kk_KZ", "ru_RU"] {
        let path = format!("data/dicts/{name}.dic");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut lines = text.lines();
        let count = lines.next().unwrap_or_default();
        // Each entry's word and flags as `AffixDict::parse` splits them, in the order of their
        // lines sorted by lowercase word (`str::to_lowercase`), then by line.
        let mut entries: Vec<(String, &str, &str, &str)> = lines
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| {
                let line = l.trim_start_matches('\u{feff}').trim_end_matches('\r');
                let (word, flags) = match line.split_once('/') {
                    Some((w, f)) => (w, f.split_whitespace().next().unwrap_or("")),
                    None => (line.split_whitespace().next().unwrap_or(""), ""),
                };
                (!word.is_empty()).then(|| (word.to_lowercase(), l, word, flags))
            })
            .collect();
        entries.sort_unstable_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        // Then by the word lowercased letter by letter, as the repair lowercases it; the same
        // order but for a Greek final sigma, where equal words keep their order.
        let mut entries: Vec<(String, &str)> = entries
            .into_iter()
            .map(|(_, _, word, flags)| (word.chars().flat_map(char::to_lowercase).collect(), flags))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut sorted = String::with_capacity(text.len());
        sorted.push_str(count);
        sorted.push('\n');
        let mut at = 0;
        while at < entries.len() {
            let word = &entries[at].0;
            sorted.push_str(word);
            sorted.push('/');
            while at < entries.len() && entries[at].0 == *word {
                sorted.push_str(entries[at].1);
                at += 1;
            }
            sorted.push('\n');
        }
        let target = out.join(format!("{name}.dic"));
        std::fs::write(&target, sorted).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
}

fn main() {
    prepared_word_lists();
    let mut all = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        files(Path::new(input), &mut all);
    }
    // FNV-1a over each file's path and bytes.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for f in &all {
        eat(f.to_string_lossy().as_bytes());
        eat(&[0]);
        eat(&std::fs::read(f).unwrap_or_default());
        eat(&[0]);
    }
    println!(
        "cargo:rustc-env=TRILINGUA_PIPELINE={}-{h:016x}",
        env!("CARGO_PKG_VERSION")
    );
}
