//! Helpers for CLI tests: run the built binary, and share one index of the shipped corpus per test binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The repository root (where `corpus/` is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `trilingua` command run from the repository root.
pub fn cmd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_trilingua"));
    c.current_dir(root()).env_remove("NO_COLOR");
    c
}

/// Runs `trilingua ARGS` and returns its output.
pub fn run(args: &[&str]) -> Output {
    cmd()
        .args(args)
        .output()
        .expect("the trilingua binary runs")
}

/// Standard output as text, failing the test with stderr when the command failed.
pub fn stdout_ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// An index of the shipped corpus, built once per test binary in a temporary folder.
pub fn corpus_index() -> &'static Path {
    static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let out = run(&["--index", dir.path().to_str().unwrap(), "index", "corpus"]);
            stdout_ok(&out);
            dir
        })
        .path()
}

/// `trilingua --index <shared corpus index> search --json ARGS`, parsed.
pub fn search_json(args: &[&str]) -> serde_json::Value {
    let index = corpus_index().to_str().unwrap().to_string();
    let mut all = vec!["--index", index.as_str(), "search", "--json"];
    all.extend_from_slice(args);
    let out = run(&all);
    serde_json::from_str(&stdout_ok(&out)).expect("search --json prints JSON")
}

/// The languages of the hits of a JSON answer.
pub fn hit_langs(v: &serde_json::Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["lang"].as_str().unwrap().to_string())
        .collect()
}

/// The highlighted words of one JSON hit.
pub fn highlighted(hit: &serde_json::Value) -> Vec<String> {
    let snippet: Vec<char> = hit["snippet"].as_str().unwrap().chars().collect();
    hit["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let (a, b) = (
                r[0].as_u64().unwrap() as usize,
                r[1].as_u64().unwrap() as usize,
            );
            snippet[a..b].iter().collect()
        })
        .collect()
}
