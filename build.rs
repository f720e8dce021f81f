//! Fingerprints what decides the passages an index holds — the ingest, repair, detection and
//! analysis code and the data it reads — so that documents indexed by another build are indexed
//! again (`TRILINGUA_PIPELINE`, see `index::manifest::PIPELINE`); and writes the Kazakh and Russian
//! hunspell word lists into `OUT_DIR` lowercased, sorted and merged, and the web word lists and
//! frequency lists as tables of word keys (`normalize::keytable`), and the letter contexts of the
//! prior lines and frequency lists counted (`normalize::letter_counts`), and the Kazakh dictionary
//! cleaned for the repair with the letter trie of both dictionaries (`normalize::bases`), for a
//! faster first repair.

use std::path::{Path, PathBuf};

// Only the layout and the counting are used here; the lookups are the crate's.
#[allow(dead_code)]
#[path = "src/normalize/keytable.rs"]
mod keytable;
#[allow(dead_code)]
#[path = "src/normalize/letter_counts.rs"]
mod letter_counts;
// The Kazakh dictionary's cleaning and the letter trie: worked out here by the crate's own code.
#[allow(dead_code)]
#[path = "src/normalize/affix.rs"]
mod affix;
#[allow(dead_code)]
#[path = "src/normalize/bases.rs"]
mod bases;
#[allow(dead_code)]
#[path = "src/normalize/en_forms.rs"]
mod en_forms;
#[allow(dead_code)]
#[path = "src/lang/lowercase.rs"]
mod lowercase;
#[allow(dead_code)]
#[path = "src/normalize/trie.rs"]
mod trie;

/// What the included modules ask of `crate::lang`.
mod lang {
    pub(crate) use super::lowercase::{is_letter, lower, lower_char, push_lower};

    pub(crate) mod kk {
        /// A Kazakh vowel letter, as `lang::kk::is_vowel` tells (a test of the crate compares what
        /// the build lays out with what its own code works out).
        pub(crate) fn is_vowel(c: char) -> bool {
            "аәеёоөұүыіэюяиу".contains(c)
        }
    }
}

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

/// Writes a prepared word list `dic` into `OUT_DIR/{file}` and its layout for reading it in place
/// (`affix::lay_out`) into `OUT_DIR/{file}.layout`.
fn write_dic(out: &Path, file: String, dic: &str) {
    write(out, format!("{file}.layout"), affix::lay_out(dic));
    write(out, file, dic);
}

/// Writes `data/dicts/{name}.dic` for `name` in `kk_KZ`, `ru_RU` into `OUT_DIR` as
/// `normalize::affix::AffixDict::parse` reads it, so that the repair's reading is only splitting
/// lines (`AffixDict::parse_prepared`; a third of the time before a process's first Cyrillic
/// passage went into lowercasing, sorting and merging): its first line (the entry count) first,
/// then one line `word/flags` per word, lowercase (`char::to_lowercase` letter by letter, as
/// `lang::lower`), sorted by bytes, each word once with the flags of all its entries in the order
/// of their lines. A test checks that both readings agree. The shipped files stay as their authors
/// wrote them. The list without the words only a capital makes words ([`cased_word_lists`]) goes
/// into `OUT_DIR/{name}.common.dic` alike. Returns the prepared lists, Kazakh then Russian.
fn prepared_word_lists() -> [String; 2] {
    let out = out_dir();
    ["kk_KZ", "ru_RU"].map(|name| {
        let text = read(&format!("data/dicts/{name}.dic"));
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
        let originals: Vec<(&str, &str)> = entries.iter().map(|e| (e.2, e.3)).collect();
        // Then by the word lowercased letter by letter, as the repair lowercases it; the same
        // order but for a Greek final sigma, where equal words keep their order.
        let mut entries: Vec<(String, &str)> = entries
            .into_iter()
            .map(|(_, _, word, flags)| (lower(word), flags))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let prepared = merged(count, &entries);
        write_dic(&out, format!("{name}.dic"), &prepared);
        let cased = cased_word_lists(&out, name, &originals);
        // The words as written: the list without what only a capital makes a word.
        entries.retain(|(w, _)| !cased.contains(w));
        write_dic(
            &out,
            format!("{name}.common.dic"),
            &merged(&entries.len().to_string(), &entries),
        );
        prepared
    })
}

/// `word` lowercased letter by letter (`char::to_lowercase`), as `lang::lower` does.
fn lower(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).collect()
}

/// A prepared word list: the line `count`, then one line `word/flags` per word of `entries`
/// (sorted by word), each word once with the flags of all its entries in their order.
fn merged(count: &str, entries: &[(String, &str)]) -> String {
    let mut text = String::with_capacity(entries.iter().map(|(w, f)| w.len() + f.len() + 2).sum());
    text.push_str(count);
    text.push('\n');
    let mut at = 0;
    while at < entries.len() {
        let word = &entries[at].0;
        text.push_str(word);
        text.push('/');
        while at < entries.len() && entries[at].0 == *word {
            text.push_str(entries[at].1);
            at += 1;
        }
        text.push('\n');
    }
    text
}

/// Cargo's folder for what the build script writes.
fn out_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
}

/// The text of the shipped file `path`.
fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(out: &Path, file: String, contents: impl AsRef<[u8]>) {
    let target = out.join(file);
    std::fs::write(&target, contents).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}

/// Writes the entries of a dictionary (`entries`: each word as written, with its flags) that only
/// a capital makes words, each lowercased: names (`Москва/H`) into `OUT_DIR/{name}.names.dic` as
/// [`merged`] writes a word list, and words in capitals (`НАТО`, `США`) into
/// `OUT_DIR/{name}.caps.txt`, one per line; both in byte order, each word once. An entry whose
/// lowercase is an entry too (`Лев` and `лев`) is in neither: the lowercase word is a word as
/// written. Returns the words of both lists.
fn cased_word_lists(
    out: &Path,
    name: &str,
    entries: &[(&str, &str)],
) -> std::collections::HashSet<String> {
    let lowercase: std::collections::HashSet<&str> = entries
        .iter()
        .map(|&(w, _)| w)
        .filter(|w| !w.chars().any(char::is_uppercase))
        .collect();
    let mut names: Vec<(String, &str)> = Vec::new();
    let mut caps: Vec<String> = Vec::new();
    for &(word, flags) in entries {
        let l = lower(word);
        if l == word || lowercase.contains(l.as_str()) {
            continue;
        }
        let mut rest = word.chars().skip(1);
        if rest.clone().count() > 0 && rest.all(char::is_uppercase) {
            caps.push(l);
        } else if !word.chars().skip(1).any(char::is_uppercase) {
            names.push((l, flags));
        }
    }
    names.sort();
    caps.sort();
    caps.dedup();
    write_dic(
        out,
        format!("{name}.names.dic"),
        &merged(&names.len().to_string(), &names),
    );
    write(out, format!("{name}.caps.txt"), caps.join("\n") + "\n");
    names.into_iter().map(|(w, _)| w).chain(caps).collect()
}

/// The key of a word in the key tables: the xxh3 of its bytes, as `memo::Key::of` makes it.
fn word_key(word: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(word.as_bytes())
}

/// The key of the pair of words whose keys are `a` and `b`, as `memo::Key::pair` makes it.
fn pair_key(a: u64, b: u64) -> u64 {
    xxhash_rust::xxh3::xxh3_64_with_seed(&b.to_le_bytes(), a)
}

/// Writes the Kazakh and Russian web word lists (`data/tessdata/`) as key sets
/// (`OUT_DIR/{lang}.words.keys`, and of their words' heads `OUT_DIR/{lang}.heads.keys`) and their
/// frequency lists (`data/langdata/kk.txt`, `data/wordfreq/ru.txt`) as key maps to each word's
/// frequency (`OUT_DIR/{lang}.zipf.keys`), and their word pair lists (`data/langdata/kk.bigrams.txt`,
/// `data/gbooks/ru.pairs.txt`) as key maps of each pair to its value (`OUT_DIR/{lang}.pairs.keys`)
/// and key sets of their words (`OUT_DIR/{lang}.pair_words.keys`), laid out by `keytable::lay_out`;
/// a word's key is the xxh3 of its bytes, as `memo::Key::of` makes it, a pair's as `memo::Key::pair`.
fn key_tables() {
    let out = out_dir();
    for (lang, words, frequencies) in [
        ("kk", "data/tessdata/kk.words.txt", "data/langdata/kk.txt"),
        ("ru", "data/tessdata/ru.words.txt", "data/wordfreq/ru.txt"),
    ] {
        let words = read(words);
        let set = keytable::lay_out(words.lines().map(|w| (word_key(w), 0)), false);
        write(&out, format!("{lang}.words.keys"), set);
        let heads = words.lines().filter_map(keytable::listed_head);
        let heads = keytable::lay_out(heads.map(|h| (word_key(h), 0)), false);
        write(&out, format!("{lang}.heads.keys"), heads);
        let frequencies = read(frequencies);
        let entries =
            keytable::frequency_entries(frequencies.lines()).map(|(w, z)| (word_key(w), z));
        write(
            &out,
            format!("{lang}.zipf.keys"),
            keytable::lay_out(entries, true),
        );
    }
    // The word pairs: each pair's key (`memo::Key::pair` of its words' keys) with its first value,
    // and the keys of the words.
    for (lang, pairs) in [
        ("kk", "data/langdata/kk.bigrams.txt"),
        ("ru", "data/gbooks/ru.pairs.txt"),
    ] {
        let pairs = read(pairs);
        let mut seen = std::collections::HashSet::new();
        let mut table = Vec::new();
        let mut words = Vec::new();
        for (a, b, zipf) in keytable::pair_entries(pairs.lines()) {
            let (a, b) = (word_key(a), word_key(b));
            words.extend([(a, 0), (b, 0)]);
            let pair = pair_key(a, b);
            if seen.insert(pair) {
                table.push((pair, zipf));
            }
        }
        write(
            &out,
            format!("{lang}.pairs.keys"),
            keytable::lay_out(table, true),
        );
        write(
            &out,
            format!("{lang}.pair_words.keys"),
            keytable::lay_out(words, false),
        );
    }
}

/// Counts the letters around the places between letters and words of the Kazakh and Russian prior
/// lines (the first `PRIOR_LINES` NTREX-128 sentences) and frequency lists, as the repair weighs
/// them (`normalize::boundary`), into `OUT_DIR/{lang}.boundary` (`letter_counts::Counts::to_bytes`);
/// and the prior lines' words (`letter_counts::word_counts`) and names' endings
/// (`letter_counts::name_end_counts`) into `OUT_DIR/{lang}.prior.keys` and
/// `OUT_DIR/{lang}.name_ends.keys` (`keytable::lay_out`, each count at most `u16::MAX`).
fn letter_contexts() {
    let out = out_dir();
    for (lang, prior, frequencies) in [
        (
            "kk",
            "data/ntrex/newstest2019-ref.kaz.txt",
            "data/langdata/kk.txt",
        ),
        (
            "ru",
            "data/ntrex/newstest2019-ref.rus.txt",
            "data/wordfreq/ru.txt",
        ),
    ] {
        let kazakh = lang == "kk";
        let (prior, frequencies) = (read(prior), read(frequencies));
        let prior_lines = || prior.lines().take(letter_counts::PRIOR_LINES);
        let counts = letter_counts::Counts::learn(
            prior_lines(),
            keytable::frequency_entries(frequencies.lines()),
            letter_counts::list_weight(kazakh),
            letter_counts::smooth_weight(kazakh),
        );
        write(&out, format!("{lang}.boundary"), counts.to_bytes());
        // The prior lines' words and the names' endings, counted, by word key.
        for (name, counts) in [
            ("prior", letter_counts::word_counts(prior_lines())),
            ("name_ends", letter_counts::name_end_counts(prior_lines())),
        ] {
            let entries = counts
                .iter()
                .map(|(w, &n)| (word_key(w), u16::try_from(n).unwrap_or(u16::MAX)));
            write(
                &out,
                format!("{lang}.{name}.keys"),
                keytable::lay_out(entries, true),
            );
        }
    }
}

/// Writes the Kazakh dictionary cleaned for the repair (`bases::kazakh`) into
/// `OUT_DIR/kk_KZ.bases.dic`, as [`merged`] writes a word list, and the letter trie of both
/// dictionaries' bases and the Kazakh stem list (`data/kk/stems.txt`, `data/kk/names.txt`) into
/// `OUT_DIR/cyrillic.trie` (`bases::to_bytes`), from the word lists [`prepared_word_lists`]
/// prepared (`kk_dic`, `ru_dic`).
fn letter_trie(kk_dic: &str, ru_dic: &str) {
    let out = out_dir();
    let (kk_aff, ru_aff) = (read("data/dicts/kk_KZ.aff"), read("data/dicts/ru_RU.aff"));
    let listed_text = read("data/tessdata/kk.words.txt");
    let listed: rustc_hash::FxHashSet<&str> = listed_text.lines().collect();
    let kk = bases::kazakh(&kk_aff, kk_dic, ru_dic, |w| listed.contains(w));
    let entries: Vec<(String, &str)> = kk.bases().map(|(w, f)| (w.to_string(), f)).collect();
    write_dic(
        &out,
        "kk_KZ.bases.dic".into(),
        &merged(&entries.len().to_string(), &entries),
    );
    let ru = affix::AffixDict::parse_prepared(&ru_aff, ru_dic);
    // The stem list's entries as `lang::kk` reads them: trimmed lines, no comments.
    let (stems, names) = (read("data/kk/stems.txt"), read("data/kk/names.txt"));
    let stems: Vec<&str> = stems
        .lines()
        .chain(names.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let (trie, entries) = bases::letter_trie(&kk, &ru, &stems);
    write(
        &out,
        "cyrillic.trie".into(),
        bases::to_bytes(&trie, &entries),
    );
}

/// Writes every form of the English dictionaries (`en_forms::forms`) into
/// `OUT_DIR/{name}.forms.dic` for `name` in `en_US`, `en_GB`, as [`write_dic`] writes a word list.
fn english_forms() {
    let out = out_dir();
    for name in ["en_US", "en_GB"] {
        let (aff, dic) = (
            read(&format!("data/dicts/{name}.aff")),
            read(&format!("data/dicts/{name}.dic")),
        );
        let forms = en_forms::forms(&aff, &dic);
        write_dic(
            &out,
            format!("{name}.forms.dic"),
            &en_forms::word_list(&forms),
        );
    }
}

fn main() {
    let [kk_dic, ru_dic] = prepared_word_lists();
    english_forms();
    key_tables();
    letter_contexts();
    letter_trie(&kk_dic, &ru_dic);
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
