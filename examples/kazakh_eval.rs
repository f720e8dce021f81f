//! Prints how trilingua handles Kazakh: the stemmer on the paradigm test sets
//! (`tests/data/kk-paradigms.tsv`, used in development, and `kk-paradigms-heldout.tsv`, not) and the
//! distinct-word pairs (`tests/data/kk-distinct-pairs.tsv`),
//! and language detection on NTREX-128 sentences (clean and syllable-split) and on the seed
//! article's damaged paragraphs, beside whatlang alone. `tests/kazakh.rs` asserts the goals.
//!
//! `cargo run --release --example kazakh_eval [-- --misses]`

#[path = "../tests/common/kazakh_eval.rs"]
mod eval;

fn pct(c: usize, t: usize) -> String {
    format!("{c}/{t} = {:.2}%", 100.0 * c as f64 / t.max(1) as f64)
}

fn print_detect(
    name: &str,
    ours: &eval::DetectReport,
    whatlang: &eval::DetectReport,
    misses: bool,
) {
    let (c, t) = ours.totals();
    let (wc, wt) = whatlang.totals();
    println!(
        "{name}: trilingua {}   whatlang alone {}",
        pct(c, t),
        pct(wc, wt)
    );
    for (&(lang, c, t), &(_, wc, wt)) in ours.per_lang.iter().zip(&whatlang.per_lang) {
        println!(
            "  {lang}: trilingua {}   whatlang alone {}",
            pct(c, t),
            pct(wc, wt)
        );
    }
    if misses {
        for (want, got, text) in &ours.misses {
            let head: String = text.chars().take(100).collect();
            println!("    miss: want {want} got {got}: {head}");
        }
    }
}

fn main() {
    let misses = std::env::args().any(|a| a == "--misses");
    for set in eval::PARADIGM_SETS {
        let p = eval::paradigms(set);
        println!(
            "stemmer paradigms {set}: {} lemmas, forms stemming like their lemma {}",
            p.lemmas,
            pct(p.matched, p.forms)
        );
        if misses {
            for (lemma, ls, form, fs) in &p.misses {
                println!("    miss: {lemma} ({ls}) <- {form} ({fs})");
            }
        }
    }
    let (pairs, merged) = eval::merged_pairs();
    println!("stemmer distinct pairs: {} of {pairs} merged", merged.len());
    for (a, b, s) in &merged {
        println!("    merged: {a} / {b} -> {s}");
    }
    for damage in [false, true] {
        let ours = eval::detect_ntrex(eval::trilingua, damage);
        let wl = eval::detect_ntrex(eval::whatlang_only, damage);
        let name = if damage {
            "detect NTREX-128 sentences, syllable-split"
        } else {
            "detect NTREX-128 sentences"
        };
        print_detect(name, &ours, &wl, misses);
    }
    for repair in [true, false] {
        let ours = eval::detect_seed(eval::trilingua, repair);
        let wl = eval::detect_seed(eval::whatlang_only, repair);
        let name = if repair {
            "detect seed paragraphs (repaired, as `trilingua detect`)"
        } else {
            "detect seed paragraphs (raw damaged text)"
        };
        print_detect(name, &ours, &wl, misses);
    }
}
