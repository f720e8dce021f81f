//! Fingerprints what decides the passages an index holds — the ingest, repair, detection and
//! analysis code and the data it reads — so that documents indexed by another build are indexed
//! again (`TRILINGUA_PIPELINE`, see `index::manifest::PIPELINE`).

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

fn main() {
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
