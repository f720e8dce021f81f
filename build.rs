//! Fingerprints what decides the passages an index holds — the ingest, repair, detection and
//! analysis code and the data it reads — so that documents indexed by another build are indexed
//! again (`TRILINGUA_PIPELINE`, see `index::manifest::PIPELINE`); and writes the Kazakh and Russian
//! hunspell word lists into `OUT_DIR` with their entries sorted, for a faster first repair.

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

/// Writes `data/dicts/{name}.dic` for `name` in `kk_KZ`, `ru_RU` into `OUT_DIR`, its first line
/// (the entry count) first and its entries sorted by their lowercase words in byte order. The
/// repair sorts the entries when it loads a list (`normalize::affix`); entries already in order
/// make that one pass, a third less time before a process's first Cyrillic passage. The shipped
/// files stay as their authors wrote them.
fn sorted_word_lists() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for name in ["kk_KZ", "ru_RU"] {
        let path = format!("data/dicts/{name}.dic");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut lines = text.lines();
        let count = lines.next().unwrap_or_default();
        let word = |line: &str| -> String {
            let line = line.trim_start_matches('\u{feff}');
            let word = match line.split_once('/') {
                Some((w, _)) => w,
                None => line.split_whitespace().next().unwrap_or(""),
            };
            word.to_lowercase()
        };
        let mut entries: Vec<(String, &str)> = lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| (word(l), l))
            .collect();
        entries.sort();
        let mut sorted = String::with_capacity(text.len());
        for line in std::iter::once(count).chain(entries.iter().map(|&(_, l)| l)) {
            sorted.push_str(line);
            sorted.push('\n');
        }
        let target = out.join(format!("{name}.dic"));
        std::fs::write(&target, sorted).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
}

fn main() {
    sorted_word_lists();
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
