//! Repair speed on damaged text: NTREX-128 Kazakh and Russian sentences damaged by our generator,
//! repaired passage by passage on one core. Prints MB/s and the ratio to a baseline measured in the
//! same run (plain whitespace folding of the same passages); then the floor of any segmentation of
//! the same chunks (one hash lookup per candidate word), what the least evidence the repair reads
//! of a candidate costs (a dictionary in each language and the suffix grammar), and what a repair
//! at 5 MB/s could spend on each candidate, in such lookups, against what this one spends. Run:
//! `cargo bench --bench repair`.

use std::hash::Hasher;
use std::time::Instant;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use trilingua::normalize::damage::damage;
use trilingua::normalize::{known_to_dictionaries, normalize, normalize_with, Vocabulary};

fn main() {
    let (mut passages, mut clean) = (Vec::new(), Vec::new());
    for text in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ] {
        // Paragraphs of five sentences, damaged like the seed article.
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for (i, chunk) in lines.chunks(5).enumerate() {
            passages.push(damage(&chunk.join(" "), i as u64));
            clean.push(chunk.join(" "));
        }
    }
    let bytes: usize = passages.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;

    let t = Instant::now();
    normalize("Бей біт ші лік жо лын да ғы сот руд ни чест ва");
    println!(
        "first call (loads the kk and ru lexicons): {:.2} s",
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let mut n = 0;
    for p in &passages {
        n += p.split_whitespace().collect::<Vec<_>>().join(" ").len();
    }
    let base = t.elapsed().as_secs_f64();
    std::hint::black_box(n);

    // The floor of any segmentation over these chunks: every candidate word a lattice must weigh
    // (up to four chunks of letters, not past punctuation), each looked up once in a hash set of
    // the clean passages' words, and the best path chosen.
    let words: FxHashSet<u64> = clean
        .iter()
        .flat_map(|c| c.split_whitespace())
        .map(hash)
        .collect();
    let t = Instant::now();
    let mut candidates = 0;
    for p in &passages {
        candidates += one_lookup_each(p, &words);
    }
    let floor = t.elapsed().as_secs_f64();
    let per_byte = candidates as f64 / bytes as f64;
    println!(
        "one lookup per candidate word: {:.2} candidates per byte, {:.1} MB/s per core \
         ({:.0} ns a candidate)",
        per_byte,
        mb / floor,
        floor * 1e9 / candidates as f64
    );

    // Round 2 repairs the same passages as a second document would be: with a vocabulary of its
    // own, but the lexicons' facts of its words already known on this thread.
    // `REPAIR_ROUNDS=N` repairs them N times (a profile of the later rounds alone is the
    // difference of two runs).
    let rounds = std::env::var("REPAIR_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2);
    let mut first = None;
    for round in 1..=rounds {
        let secs = repair_all(&passages);
        first.get_or_insert(secs);
        println!(
            "round {round}: repaired {mb:.2} MB of damaged text in {secs:.2} s: {:.2} MB/s per core \
             (whitespace folding {:.1} MB/s; repair is {:.1}x slower)",
            mb / secs,
            mb / base,
            secs / base
        );
    }

    // Clean text goes through the same pipeline: most of a real collection is undamaged.
    let clean_mb = clean.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let secs = repair_all(&clean);
    println!(
        "clean text: {clean_mb:.2} MB in {secs:.2} s: {:.2} MB/s per core ({:.1}x slower than \
         whitespace folding)",
        clean_mb / secs,
        secs / base * mb / clean_mb
    );

    // The least evidence the repair reads of a candidate: a dictionary lookup in each language
    // and the suffix grammar, each word asked once (as the repair keeps what the lexicons say of
    // a word), over the same candidates in lowercase. Asked after the repair's rounds, whose
    // memos it would fill.
    let lowered: Vec<String> = passages.iter().map(|p| p.to_lowercase()).collect();
    let mut known = FxHashMap::default();
    let t = Instant::now();
    for p in &lowered {
        dictionaries_each(p, &mut known);
    }
    let evidence = t.elapsed().as_secs_f64();
    println!(
        "a dictionary in each language and the suffix grammar, once a word: {:.1} MB/s per core \
         ({:.0} ns a candidate, {} words asked)",
        mb / evidence,
        evidence * 1e9 / candidates as f64,
        known.len()
    );

    // What a lattice may spend on each candidate for the whole repair to run at 5 MB/s, after
    // what every byte costs it as clean text does.
    let left = 1.0 / 5e6 - secs / (clean_mb * 1e6);
    let on_clean = format!(
        "at 5 MB/s: {:.0} ns a byte, {:.0} of them as on clean text",
        1e9 / 5e6,
        secs / clean_mb * 1e3
    );
    if left > 0.0 {
        println!(
            "{on_clean}; {:.0} ns a candidate word is left, {:.1} lookups",
            left * 1e9 / per_byte,
            left / per_byte / (floor / candidates as f64)
        );
    } else {
        println!("{on_clean}: nothing is left for the candidate words");
    }
    if let Some(first) = first {
        let spent = first / bytes as f64 - secs / (clean_mb * 1e6);
        println!(
            "round 1 spent {:.0} ns a candidate word beyond what clean text costs: {:.0} lookups",
            spent * 1e9 / per_byte,
            spent / per_byte / (floor / candidates as f64)
        );
    }
}

/// Candidates of up to this many chunks are weighed whatever the evidence (the repair's
/// `OPEN_SPAN`).
const OPEN_SPAN: usize = 4;

/// Calls `visit(start, end, word)` for each candidate word of `chunks` that a lattice weighs
/// whatever the evidence: chunks `start..end`, up to [`OPEN_SPAN`] of them, not going on past a
/// chunk with anything but letters in it; `word` is them joined.
fn each_candidate(chunks: &[&str], mut visit: impl FnMut(usize, usize, &str)) {
    // Whether a word may go on past each chunk: letters only, no punctuation after them.
    let open: Vec<bool> = chunks
        .iter()
        .map(|c| c.chars().all(char::is_alphabetic))
        .collect();
    let mut word = String::new();
    for start in 0..chunks.len() {
        word.clear();
        for (end, chunk) in chunks
            .iter()
            .enumerate()
            .take(start + OPEN_SPAN)
            .skip(start)
        {
            word.push_str(chunk);
            visit(start, end + 1, &word);
            if !open[end] {
                break;
            }
        }
    }
}

/// A word's 64-bit hash, as the repair's memos key words.
fn hash(word: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

/// Segments `passage` by one lookup in `words` (hashes of word forms) for each candidate
/// ([`each_candidate`]; a known word scores 0, any other -1 a chunk); returns how many candidates
/// it weighed.
fn one_lookup_each(passage: &str, words: &FxHashSet<u64>) -> usize {
    let chunks: Vec<&str> = passage.split_whitespace().collect();
    let mut best = vec![f32::NEG_INFINITY; chunks.len() + 1];
    best[0] = 0.0;
    let mut n = 0;
    each_candidate(&chunks, |start, end, word| {
        n += 1;
        let score = if words.contains(&hash(word)) {
            0.0
        } else {
            -((end - start) as f32)
        };
        best[end] = best[end].max(best[start] + score);
    });
    std::hint::black_box(best);
    n
}

/// Asks [`known_to_dictionaries`] of each candidate of `passage` (lowercase; [`each_candidate`]),
/// once a word: `known` holds the answers, keyed by the candidate's hash.
fn dictionaries_each(passage: &str, known: &mut FxHashMap<u64, bool>) {
    let chunks: Vec<&str> = passage.split_whitespace().collect();
    each_candidate(&chunks, |_, _, word| {
        let letters = word.trim_end_matches(|c: char| !c.is_alphabetic());
        known
            .entry(hash(word))
            .or_insert_with(|| known_to_dictionaries(letters));
    });
}

/// Repairs every passage with the vocabulary of them all; returns the seconds the repair took.
fn repair_all(passages: &[String]) -> f64 {
    let vocab = Vocabulary::from_text(&passages.join("\n\n"));
    let t = Instant::now();
    let mut n = 0;
    for p in passages {
        n += normalize_with(p, &vocab).text.len();
    }
    std::hint::black_box(n);
    t.elapsed().as_secs_f64()
}
