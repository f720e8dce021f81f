//! Kazakh as a first-class language, measured: the stemmer on the paradigm set and distinct pairs,
//! detection on NTREX-128 and on the seed article's damaged paragraphs, and retrieval of other forms
//! of a Kazakh query word through the CLI. `cargo run --example kazakh_eval` prints the figures.

#[path = "common/kazakh_eval.rs"]
mod eval;

use std::collections::BTreeSet;
use std::process::Command;

#[test]
fn paradigm_forms_stem_like_their_lemma() {
    let dev = eval::paradigms(eval::PARADIGM_SETS[0]);
    assert!(
        dev.lemmas >= 40 && dev.forms >= 5 * dev.lemmas,
        "set too small"
    );
    for set in eval::PARADIGM_SETS {
        let r = eval::paradigms(set);
        let share = r.matched as f64 / r.forms as f64;
        assert!(
            share >= 0.95,
            "{set}: {}/{} forms stem like their lemma; misses: {:?}",
            r.matched,
            r.forms,
            r.misses
        );
    }
}

#[test]
fn distinct_words_stay_apart() {
    let (pairs, merged) = eval::merged_pairs();
    assert!(pairs >= 30);
    assert!(merged.is_empty(), "merged pairs: {merged:?}");
}

#[test]
fn detection_on_ntrex_sentences() {
    let ours = eval::detect_ntrex(eval::trilingua, false);
    let (c, t) = ours.totals();
    assert!(t > 5000);
    assert!(
        c as f64 / t as f64 >= 0.99,
        "{c}/{t}; misses: {:?}",
        &ours.misses[..ours.misses.len().min(20)]
    );
    for &(lang, c, t) in &ours.per_lang {
        assert!(c as f64 / t as f64 >= 0.98, "{lang}: {c}/{t}");
    }
    // whatlang alone cannot tell Kazakh.
    let (wc, _) = eval::detect_ntrex(eval::whatlang_only, false).totals();
    assert!(wc < c);
}

#[test]
fn detection_on_syllable_split_ntrex_sentences() {
    let ours = eval::detect_ntrex(eval::trilingua, true);
    let (c, t) = ours.totals();
    assert!(
        c as f64 / t as f64 >= 0.98,
        "{c}/{t}; misses: {:?}",
        &ours.misses[..ours.misses.len().min(20)]
    );
}

#[test]
fn detection_on_damaged_seed_paragraphs() {
    for repair in [true, false] {
        let r = eval::detect_seed(eval::trilingua, repair);
        let (c, t) = r.totals();
        assert!(t >= 20);
        assert_eq!(c, t, "repair {repair}: misses {:?}", r.misses);
        assert!(r.per_lang.iter().any(|e| e.0 == trilingua::Lang::Kk));
        assert!(r.per_lang.iter().any(|e| e.0 == trilingua::Lang::Ru));
    }
}

/// Lowercased words of `text`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn a_kazakh_query_finds_other_forms_of_the_word() {
    // NTREX Kazakh sentences with inflected forms of `үкімет` (government), beside sentences
    // without it; the derived adjective `үкіметтік` is a different word.
    let is_form = |w: &str| w.starts_with("үкімет") && !w.starts_with("үкіметтік");
    let sentences = eval::ntrex_sentences();
    let kk: Vec<&String> = sentences
        .iter()
        .filter(|(l, _)| *l == trilingua::Lang::Kk)
        .map(|(_, s)| s)
        .collect();
    let with: Vec<&String> = kk
        .iter()
        .copied()
        .filter(|s| words(s).iter().any(|w| is_form(w)))
        .collect();
    let without: Vec<&String> = kk
        .iter()
        .copied()
        .filter(|s| !words(s).iter().any(|w| w.starts_with("үкімет")))
        .take(40)
        .collect();
    let forms: BTreeSet<String> = with
        .iter()
        .flat_map(|s| words(s))
        .filter(|w| is_form(w))
        .collect();
    assert!(forms.len() >= 4, "{forms:?}");

    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let body: Vec<&str> = with.iter().chain(&without).map(|s| s.as_str()).collect();
    std::fs::write(corpus.join("ntrex-kk.txt"), body.join("\n\n")).unwrap();
    let index = dir.path().join("index");
    let bin = env!("CARGO_BIN_EXE_trilingua");
    let out = Command::new(bin)
        .arg("--index")
        .arg(&index)
        .arg("index")
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    for query in ["үкіметтің", "үкіметі", "үкімет"] {
        let out = Command::new(bin)
            .arg("--index")
            .arg(&index)
            .args(["search", "--json", "--limit", "100", "--lang", "kk", query])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let texts: Vec<String> = json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["text"].as_str().unwrap().to_string())
            .collect();
        // Every passage with a form of the word is found, and nothing else.
        for s in &with {
            assert!(
                texts
                    .iter()
                    .any(|t| t.contains(s.split_whitespace().nth(1).unwrap_or(s))),
                "{query}: missed {s}"
            );
        }
        assert_eq!(texts.len(), with.len(), "{query}: {texts:?}");
        let found: BTreeSet<String> = texts
            .iter()
            .flat_map(|t| words(t))
            .filter(|w| is_form(w))
            .collect();
        assert_eq!(found, forms, "{query}");
        assert!(found.iter().any(|f| f != query));
    }
}

#[test]
fn detect_cli_labels_every_udhr_passage() {
    let bin = env!("CARGO_BIN_EXE_trilingua");
    for (file, want) in [
        ("corpus/udhr-1948.kk.txt", "kk"),
        ("corpus/udhr-1948.ru.txt", "ru"),
        ("corpus/udhr-1948.en.txt", "en"),
    ] {
        let out = Command::new(bin)
            .arg("detect")
            .arg("--json")
            .arg(eval::root().join(file))
            .output()
            .unwrap();
        assert!(out.status.success());
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<serde_json::Value> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(lines.len() > 50, "{file}");
        for l in &lines {
            assert_eq!(l["lang"], want, "{file}: {l}");
            let c = l["confidence"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&c), "{l}");
        }
    }
}
