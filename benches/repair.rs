//! Repair speed on damaged text: NTREX-128 Kazakh and Russian sentences damaged by our generator,
//! repaired passage by passage on one core. Prints MB/s and the ratio to a baseline measured in the
//! same run (plain whitespace folding of the same passages). Run: `cargo bench --bench repair`.

use std::time::Instant;

use trilingua::normalize::damage::damage;
use trilingua::normalize::{normalize, normalize_with, Vocabulary};

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

    // Round 2 repairs the same passages as a second document would be: with a vocabulary of its
    // own, but the lexicons' facts of its words already known on this thread.
    // `REPAIR_ROUNDS=N` repairs them N times (a profile of the later rounds alone is the
    // difference of two runs).
    let rounds = std::env::var("REPAIR_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2);
    for round in 1..=rounds {
        let secs = repair_all(&passages);
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
