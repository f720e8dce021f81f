//! Kazakh evaluation shared by `tests/kazakh.rs` (which asserts the goals) and
//! `examples/kazakh_eval.rs` (which prints the figures): the stemmer on a paradigm test set and on
//! distinct-word pairs, and language detection on NTREX-128 sentences (clean and syllable-split)
//! and on the seed article's damaged paragraphs, against whatlang alone.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use trilingua::{analyze, detect, ingest, normalize, Lang};

/// The repository root (tests and examples run with it as the manifest directory).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Non-comment, non-empty lines of a TSV file, split at tabs.
fn tsv(path: &Path) -> Vec<Vec<String>> {
    read(path)
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(|f| f.trim().to_string()).collect())
        .collect()
}

fn kk_stem(word: &str) -> String {
    analyze::stem(Lang::Kk, word)
}

/// How the stemmer does on the paradigm set.
pub struct ParadigmReport {
    /// Lemmas in the set.
    pub lemmas: usize,
    /// Inflected forms in the set.
    pub forms: usize,
    /// Forms whose stem equals their lemma's stem.
    pub matched: usize,
    /// (lemma, lemma stem, form, form stem) of the forms that missed.
    pub misses: Vec<(String, String, String, String)>,
}

/// The paradigm sets: the development set and the held-out one.
pub const PARADIGM_SETS: [&str; 2] = ["kk-paradigms.tsv", "kk-paradigms-heldout.tsv"];

/// Stems every form of `tests/data/<file>` and compares it with its lemma's stem.
pub fn paradigms(file: &str) -> ParadigmReport {
    let rows = tsv(&root().join("tests/data").join(file));
    let mut report = ParadigmReport {
        lemmas: rows.len(),
        forms: 0,
        matched: 0,
        misses: Vec::new(),
    };
    for row in rows {
        let lemma = &row[0];
        let lemma_stem = kk_stem(lemma);
        for form in row[1].split_whitespace() {
            report.forms += 1;
            let s = kk_stem(form);
            if s == lemma_stem {
                report.matched += 1;
            } else {
                report
                    .misses
                    .push((lemma.clone(), lemma_stem.clone(), form.to_string(), s));
            }
        }
    }
    report
}

/// Distinct-word pairs that got the same stem: (word, word, stem).
pub fn merged_pairs() -> (usize, Vec<(String, String, String)>) {
    let rows = tsv(&root().join("tests/data/kk-distinct-pairs.tsv"));
    let merged = rows
        .iter()
        .filter_map(|r| {
            let (a, b) = (kk_stem(&r[0]), kk_stem(&r[1]));
            (a == b).then(|| (r[0].clone(), r[1].clone(), a))
        })
        .collect();
    (rows.len(), merged)
}

/// Correct / total per language, and the misses (expected, got, text).
#[derive(Default)]
pub struct DetectReport {
    /// (language, correct, total).
    pub per_lang: Vec<(Lang, usize, usize)>,
    /// (expected, got, text) of each miss.
    pub misses: Vec<(Lang, Lang, String)>,
}

impl DetectReport {
    /// Correct and total over all languages.
    pub fn totals(&self) -> (usize, usize) {
        self.per_lang
            .iter()
            .fold((0, 0), |(c, t), &(_, c1, t1)| (c + c1, t + t1))
    }

    fn add(&mut self, expected: Lang, got: Lang, text: &str) {
        let entry = match self.per_lang.iter_mut().find(|e| e.0 == expected) {
            Some(e) => e,
            None => {
                self.per_lang.push((expected, 0, 0));
                self.per_lang.last_mut().expect("just pushed")
            }
        };
        entry.2 += 1;
        if got == expected {
            entry.1 += 1;
        } else {
            self.misses.push((expected, got, text.to_string()));
        }
    }
}

/// NTREX-128 sentences (CRLF files) with their language.
pub fn ntrex_sentences() -> Vec<(Lang, String)> {
    let mut out = Vec::new();
    for (lang, file) in [
        (Lang::Kk, "newstest2019-ref.kaz.txt"),
        (Lang::Ru, "newstest2019-ref.rus.txt"),
        (Lang::En, "newstest2019-src.eng.txt"),
    ] {
        let text = read(&root().join("data/ntrex").join(file));
        out.extend(
            text.lines()
                .map(|l| l.trim_end_matches('\r').trim())
                .filter(|l| !l.is_empty())
                .map(|l| (lang, l.to_string())),
        );
    }
    out
}

/// Detection of every NTREX sentence by `detector`.
pub fn detect_ntrex(detector: impl Fn(&str) -> Lang, damage: bool) -> DetectReport {
    let mut report = DetectReport::default();
    for (lang, sentence) in ntrex_sentences() {
        let text = if damage {
            split_syllables(&sentence)
        } else {
            sentence
        };
        report.add(lang, detector(&text), &text);
    }
    report
}

/// The seed article's passages (as `trilingua detect` sees them: split, then repaired), each with
/// the language of its first line from `tests/data/seed-langs.tsv`. With `repair` false, the raw
/// damaged passage text.
pub fn seed_passages(repair: bool) -> Vec<(Lang, String)> {
    let text = read(&root().join("corpus/nato-kazakhstan-pfp-article.txt"));
    let labels: Vec<(u32, u32, Lang)> = tsv(&root().join("tests/data/seed-langs.tsv"))
        .into_iter()
        .map(|r| {
            (
                r[0].parse().unwrap(),
                r[1].parse().unwrap(),
                r[2].parse().unwrap(),
            )
        })
        .collect();
    ingest::split_passages(&text)
        .into_iter()
        .map(|span| {
            let first = span.lines.0;
            let lang = labels
                .iter()
                .find(|(from, to, _)| (*from..=*to).contains(&first))
                .map(|l| l.2)
                .unwrap_or_else(|| panic!("no label for line {first}"));
            let raw = span.text(&text);
            let raw = raw.as_ref();
            let passage = if repair {
                normalize::normalize(raw).text
            } else {
                raw.to_string()
            };
            (lang, passage)
        })
        .collect()
}

/// Detection of the seed article's passages by `detector`.
pub fn detect_seed(detector: impl Fn(&str) -> Lang, repair: bool) -> DetectReport {
    let mut report = DetectReport::default();
    for (lang, passage) in seed_passages(repair) {
        report.add(lang, detector(&passage), &passage);
    }
    report
}

/// trilingua's detector.
pub fn trilingua(text: &str) -> Lang {
    detect::detect(text).lang
}

/// whatlang alone (no Kazakh: Kazakh comes out `und`).
pub fn whatlang_only(text: &str) -> Lang {
    detect::detect_whatlang_only(text)
}

/// Damages text the way the seed's PDF extraction did: words of five letters or more are cut into
/// syllables separated by spaces (`сотрудничество` → `сот руд ни чест во`). A syllable ends after
/// a vowel before a consonant+vowel, or between two consonants.
pub fn split_syllables(text: &str) -> String {
    let is_vowel = |c: char| "аәеёиоөуұүыіэюяaeiouy".contains(c.to_lowercase().next().unwrap_or(c));
    let mut out = String::new();
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 5 || !chars.iter().all(|c| c.is_alphabetic()) {
            out.push_str(word);
            continue;
        }
        for (j, &c) in chars.iter().enumerate() {
            out.push(c);
            let (Some(&n1), Some(&n2)) = (chars.get(j + 1), chars.get(j + 2)) else {
                continue;
            };
            let boundary = (is_vowel(c) && !is_vowel(n1) && is_vowel(n2))
                || (!is_vowel(c)
                    && !is_vowel(n1)
                    && j > 0
                    && is_vowel(chars[j - 1])
                    && is_vowel(n2));
            if boundary && j >= 1 && chars.len() - j > 2 {
                out.push(' ');
            }
        }
    }
    out
}
