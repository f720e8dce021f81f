//! Word accuracy of the syllable and hyphen repair on clean Kazakh and Russian text the lexicons were
//! not built from (NTREX-128 news sentences, the UDHR), damaged by `normalize::damage` (like the
//! seed article, at every syllable, and at any letter), then repaired;
//! and on the seed article's two abstracts against a hand-written gold repair.
//!
//! Run: `cargo run --release --example repair_accuracy [SEEDS [FILE…]]` (default 3 damage seeds).
//! Each FILE is clean text of one's own (UTF-8; paragraphs parted by blank lines, or one a line),
//! measured beside the sets below: damaged, repaired, and left undamaged.
//! NTREX lines 1–700 teach the repair its word counts (`normalize::PRIOR_LINES`), lines 701–1000
//! tune its weights; lines 1001–1997 and the UDHR are held out. `ONLY=tune` measures the tune sets
//! alone; `SHOW_ERRORS=1` prints each line's missed words (`=2` also the damaged line,
//! `=3` the repair's decisions that made them; `SHOW_REF=1` adds the whole reference and repaired
//! lines); `DIGEST=1` prints a hash of each set's repaired text, to show that a change meant only
//! to make the repair faster leaves its output as it was; `FOLD=1` compares words with Russian
//! letters read for Kazakh ones, so that a misspelling of the reference's (`кұқығы`) that the
//! repair mends counts as right; `CLASSES=1` prints under each set how many points of its
//! accuracy each kind of error costs (a clitic parted or joined, names, compounds and other
//! splits, letters, other). The clean rows repair the undamaged tune lines: every change
//! there is a word broken (or a misspelling mended).

use trilingua::lang::kk::russian_letter;
use trilingua::normalize::damage::{damage, damage_with, word_accuracy, DamageOptions};
use trilingua::normalize::{normalize_explained_with, normalize_with, Vocabulary, PRIOR_LINES};

/// The clean reference: the character repairs normalize always makes (`‐` → `-`, odd spaces,
/// zero-width spaces dropped: NTREX has a few).
fn reference(text: &str) -> String {
    text.replace(['\u{2010}', '\u{2011}'], "-")
        .replace('\u{a0}', " ")
        .replace('\u{200b}', "")
}

/// How a set is damaged.
#[derive(Clone, Copy)]
enum Damage {
    /// Like the seed article.
    Seed,
    /// At every syllable, lone letters at word edges included.
    EverySyllable,
    /// At any letter, not at syllables.
    AtLetters,
    /// Like the seed article, one Cyrillic letter in ten with a Latin twin typed as it.
    LookAlikes,
}

/// Damages every unit (line or paragraph) as `how` says, repairs it with the collection's
/// vocabulary (with its own where `alone`: each unit a document of its own, as one damaged
/// sentence a user repairs), and returns (right, total, baseline right).
fn measure(
    units: &[String],
    seed: u64,
    how: Damage,
    alone: bool,
    classes: &mut Classes,
) -> (usize, usize, usize) {
    let damaged: Vec<String> = units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let seed = seed.wrapping_mul(1_000_003).wrapping_add(i as u64);
            match how {
                Damage::Seed => damage(u, seed),
                Damage::EverySyllable => damage_with(u, &DamageOptions::every_syllable(seed)),
                Damage::AtLetters => damage_with(u, &DamageOptions::at_letters(seed)),
                Damage::LookAlikes => damage_with(
                    u,
                    &DamageOptions {
                        seed,
                        look_alikes: 0.1,
                        ..DamageOptions::default()
                    },
                ),
            }
        })
        .collect();
    let vocab = Vocabulary::from_text(&damaged.join("\n\n"));
    let (mut right, mut total, mut base) = (0, 0, 0);
    let mut digest = xxhash_rust::xxh3::Xxh3::new();
    for (u, d) in units.iter().zip(&damaged) {
        let own;
        let vocab = if alone {
            own = Vocabulary::from_text(d);
            &own
        } else {
            &vocab
        };
        let repaired = normalize_with(d, vocab).text;
        digest.update(repaired.as_bytes());
        digest.update(b"\n");
        let (r, t) = accuracy(u, &repaired);
        if r < t {
            classes.add(&compared(u), &compared(&repaired));
        }
        if r < t && std::env::var_os("SHOW_ERRORS").is_some() {
            show_missed(u, &repaired);
            if std::env::var_os("SHOW_REF").is_some() {
                println!("  ref  {u}\n  rep  {repaired}");
            }
            if std::env::var_os("SHOW_ERRORS").is_some_and(|v| v == "2") {
                println!("  from {d:?}");
            }
            if std::env::var_os("SHOW_ERRORS").is_some_and(|v| v == "3") {
                for dec in normalize_explained_with(d, vocab).1 {
                    if !u.contains(&dec.word) {
                        println!(
                            "    {:?}|{:?} -> {:?}: {}",
                            dec.left, dec.right, dec.word, dec.reason
                        );
                    }
                }
            }
        }
        right += r;
        total += t;
        base += word_accuracy(u, d).0;
    }
    if std::env::var_os("DIGEST").is_some() {
        println!("  digest of the repaired text: {:016x}", digest.digest());
    }
    (right, total, base)
}

/// The reference's words a set got wrong, by what went wrong (`CLASSES=1`; `=2` prints each
/// stretch with its kind): each stretch of words between two that the reference and the repair
/// share, as the word accuracy aligns them, counted under one of [`KINDS`].
#[derive(Default)]
struct Classes([usize; KINDS.len()]);

/// What went wrong in a stretch:
/// - a clitic or particle (`мен`, `да`, `ма`, `ли`) joined to the word before it or parted from
///   it, where the reference has it the other way: both readings are words;
/// - other spaces put or left wrong in a stretch with a capitalized word;
/// - other spaces put or left wrong: compounds, and words split or joined;
/// - the spaces right, other letters: the reference's own misspellings that the repair mends, or a
///   letter repaired wrong;
/// - letters and spaces both.
const KINDS: [&str; 5] = [
    "clitic",
    "names",
    "compounds and other splits",
    "letters",
    "other",
];

/// Words that stand apart from the word before them, which they could also end: Kazakh's
/// conjunction, particles and question particles, Russian's particles.
const CLITICS: &[&str] = &[
    "мен", "бен", "пен", "да", "де", "та", "те", "ма", "ме", "ба", "бе", "па", "пе", "ғой", "ше",
    "ли", "же", "бы",
];

impl Classes {
    /// Counts the reference's words that `repaired` gets wrong, by class.
    fn add(&mut self, reference: &str, repaired: &str) {
        let want: Vec<&str> = reference.split_whitespace().collect();
        let got: Vec<&str> = repaired.split_whitespace().collect();
        for (w, g) in unshared(&want, &got) {
            if w.is_empty() {
                continue;
            }
            let letters = |words: &[&str]| -> String {
                words
                    .iter()
                    .flat_map(|w| w.chars())
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            let kind = if letters(w) == letters(g) {
                // The words that start where the other side has no space.
                let (starts_w, starts_g) = (word_starts(w), word_starts(g));
                let clitic =
                    |(at, word): &(usize, String)| CLITICS.contains(&word.as_str()) && *at > 0;
                let differ: Vec<&(usize, String)> = starts_w
                    .iter()
                    .filter(|e| !starts_g.iter().any(|f| f.0 == e.0))
                    .chain(
                        starts_g
                            .iter()
                            .filter(|e| !starts_w.iter().any(|f| f.0 == e.0)),
                    )
                    .collect();
                if !differ.is_empty() && differ.iter().all(|e| clitic(e)) {
                    0
                } else if w.iter().chain(g).any(|x| {
                    x.trim_start_matches(|c: char| !c.is_alphanumeric())
                        .starts_with(char::is_uppercase)
                }) {
                    1
                } else {
                    2
                }
            } else if w.len() == g.len() {
                3
            } else {
                4
            };
            self.0[kind] += w.len();
            if std::env::var_os("CLASSES").is_some_and(|v| v == "2") {
                println!("  [{}] want {w:?} got {g:?}", KINDS[kind]);
            }
        }
    }

    /// Prints each class as points of word accuracy lost, of `total` words.
    fn print(&self, total: usize) {
        let points: Vec<String> = KINDS
            .iter()
            .zip(self.0)
            .map(|(kind, n)| format!("{kind} {:.2}", 100.0 * n as f64 / total as f64))
            .collect();
        println!("  {:>47} {} points", "wrong:", points.join(", "));
    }
}

/// Where each word of `words` starts among their letters (lowercase, letters and digits only),
/// with those letters.
fn word_starts(words: &[&str]) -> Vec<(usize, String)> {
    let mut at = 0;
    words
        .iter()
        .map(|w| {
            let word: String = w
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            let start = at;
            at += word.chars().count();
            (start, word)
        })
        .collect()
}

/// The stretches of `want` and `got` between the words a longest common subsequence pairs.
fn unshared<'a, 'w>(
    want: &'a [&'w str],
    got: &'a [&'w str],
) -> Vec<(&'a [&'w str], &'a [&'w str])> {
    let (n, m) = (want.len(), got.len());
    // lcs[i][j]: of want[i..] and got[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if want[i] == got[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut from) = (0, 0, (0, 0));
    let mut stretches = Vec::new();
    while i < n && j < m {
        if want[i] == got[j] {
            if from != (i, j) {
                stretches.push((&want[from.0..i], &got[from.1..j]));
            }
            i += 1;
            j += 1;
            from = (i, j);
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    if from != (n, m) {
        stretches.push((&want[from.0..], &got[from.1..]));
    }
    stretches
}

/// Prints the words of each side missing from the other, for looking at errors.
fn show_missed(want: &str, got: &str) {
    let want: Vec<&str> = want.split_whitespace().collect();
    let got: Vec<&str> = got.split_whitespace().collect();
    let miss: Vec<&&str> = want.iter().filter(|w| !got.contains(w)).collect();
    let extra: Vec<&&str> = got.iter().filter(|w| !want.contains(w)).collect();
    println!("  want {miss:?}\n  got  {extra:?}");
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| reference(l.trim()))
        .filter(|l| !l.is_empty())
        .collect()
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| reference(&p.split_whitespace().collect::<Vec<_>>().join(" ")))
        .filter(|p| !p.is_empty())
        .collect()
}

fn main() {
    let seeds: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let kk = lines(include_str!("../data/ntrex/newstest2019-ref.kaz.txt"));
    let ru = lines(include_str!("../data/ntrex/newstest2019-ref.rus.txt"));
    let mut sets: Vec<(String, Vec<String>)> = vec![
        ("kk NTREX tune (701-1000)", kk[PRIOR_LINES..1000].to_vec()),
        ("kk NTREX held out", kk[1000..].to_vec()),
        (
            "kk UDHR held out",
            paragraphs(include_str!("../corpus/udhr-1948.kk.txt")),
        ),
        ("ru NTREX tune (701-1000)", ru[PRIOR_LINES..1000].to_vec()),
        ("ru NTREX held out", ru[1000..].to_vec()),
        (
            "ru UDHR held out",
            paragraphs(include_str!("../corpus/udhr-1948.ru.txt")),
        ),
    ]
    .into_iter()
    .map(|(name, units)| (name.to_string(), units))
    .collect();
    // Clean text of the user's own, damaged and repaired the same way: each further argument a
    // file, its paragraphs (or, with no blank line in it, its lines) the units.
    let mut files = Vec::new();
    for path in std::env::args().skip(2) {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text.replace("\r\n", "\n"),
            Err(e) => {
                eprintln!("repair_accuracy: cannot read {path}: {e}");
                std::process::exit(2);
            }
        };
        let units = if text.contains("\n\n") {
            paragraphs(&text)
        } else {
            lines(&text)
        };
        files.push((format!("{path} clean"), units.clone()));
        sets.push((path, units));
    }
    println!(
        "{:<50} {:>8} {:>9} {:>9}",
        "set", "words", "repaired", "damaged"
    );
    // `ONLY=tune` measures only the sets whose name holds `tune` (errors of held-out sets stay unseen).
    let only = std::env::var("ONLY").unwrap_or_default();
    // Each set damaged like the seed, then at every syllable, then at any letter, then like the seed
    // with Latin look-alikes.
    // Then each unit repaired as a document of its own (`alone`), where the repair reads the kind
    // of damage from one sentence or paragraph.
    let runs = sets.iter().flat_map(|(name, units)| {
        [
            (name.to_string(), units, Damage::Seed, false),
            (
                format!("{name}, every syllable"),
                units,
                Damage::EverySyllable,
                false,
            ),
            (
                format!("{name}, at letters"),
                units,
                Damage::AtLetters,
                false,
            ),
            (
                format!("{name}, look-alikes"),
                units,
                Damage::LookAlikes,
                false,
            ),
        ]
    });
    let alone = sets.iter().flat_map(|(name, units)| {
        [
            (format!("{name}, each alone"), units, Damage::Seed, true),
            (
                format!("{name}, every syllable, each alone"),
                units,
                Damage::EverySyllable,
                true,
            ),
            (
                format!("{name}, at letters, each alone"),
                units,
                Damage::AtLetters,
                true,
            ),
        ]
    });
    for (name, units, how, alone) in runs
        .chain(alone)
        .filter(|(name, _, _, _)| name.contains(only.as_str()))
    {
        let (mut r, mut t, mut b) = (0, 0, 0);
        let mut classes = Classes::default();
        for seed in 1..=seeds {
            let (r1, t1, b1) = measure(units, seed, how, alone, &mut classes);
            r += r1;
            t += t1;
            b += b1;
        }
        println!(
            "{name:<50} {:>8} {:>8.2}% {:>8.2}%",
            t / seeds as usize,
            100.0 * r as f64 / t as f64,
            100.0 * b as f64 / t as f64
        );
        if std::env::var_os("CLASSES").is_some() {
            classes.print(t);
        }
    }
    // Clean text must stay as it is: the same tune lines, undamaged.
    let clean_sets = [
        (
            "kk clean tune (701-1000)".to_string(),
            kk[PRIOR_LINES..1000].to_vec(),
        ),
        (
            "ru clean tune (701-1000)".to_string(),
            ru[PRIOR_LINES..1000].to_vec(),
        ),
    ];
    for (name, units) in clean_sets
        .iter()
        .chain(&files)
        .filter(|(name, _)| name.contains(only.as_str()))
    {
        let (r, t) = clean_kept(units);
        println!(
            "{name:<50} {t:>8} {:>8.2}% {:>8.2}%",
            100.0 * r as f64 / t as f64,
            100.0
        );
    }
    // English: the damage only breaks words at line ends, so every word it spoils is a line-break
    // hyphen to resolve (join a broken word, keep a compound's own hyphen).
    let en = lines(include_str!("../data/ntrex/newstest2019-src.eng.txt"));
    let mut en_texts = paragraphs(include_str!("../corpus/udhr-1948.en.txt"));
    for text in [
        include_str!("../corpus/north-atlantic-treaty-1949.en.txt"),
        include_str!("../corpus/pfp-sofa-1995.en.txt"),
        include_str!("../corpus/nato-third-states-missions-agreement-1994.en.txt"),
    ] {
        en_texts.extend(paragraphs(text));
    }
    for (name, units) in [
        ("en NTREX tune (701-1000)", &en[PRIOR_LINES..1000]),
        ("en NTREX held out", &en[1000..]),
        ("en UDHR and treaties held out", &en_texts[..]),
    ]
    .iter()
    .filter(|(name, _)| name.contains(only.as_str()))
    {
        let (mut wrong, mut breaks) = (0, 0);
        for seed in 1..=seeds {
            // Every word the damage spoilt was broken at a line end.
            let (r, t, b) = measure(units, seed, Damage::Seed, false, &mut Classes::default());
            wrong += t - r;
            breaks += t - b;
        }
        println!(
            "{name:<42} {:>8} {:>8.2}% of line-break hyphens right",
            breaks / seeds as usize,
            100.0 * (1.0 - wrong as f64 / breaks.max(1) as f64),
        );
    }
    let (r, t, b) = seed_abstracts();
    println!(
        "{:<42} {t:>8} {:>8.2}% {:>8.2}%",
        "seed abstracts (gold)",
        100.0 * r as f64 / t as f64,
        100.0 * b as f64 / t as f64
    );
}

/// [`word_accuracy`] of `repaired` against `reference`, both as [`compared`].
fn accuracy(reference: &str, repaired: &str) -> (usize, usize) {
    word_accuracy(&compared(reference), &compared(repaired))
}

/// `text` as the accuracy compares it: with `FOLD=1`, read with Russian letters for Kazakh's
/// lowercase ones, so that a misspelling of the reference's (`кұқығы`, `корсететін`) that the
/// repair mends does not count against it.
fn compared(text: &str) -> std::borrow::Cow<'_, str> {
    if std::env::var_os("FOLD").is_none() {
        return text.into();
    }
    text.chars().map(russian_letter).collect::<String>().into()
}

/// Repairs undamaged `units` with their own vocabulary: (words kept, words).
fn clean_kept(units: &[String]) -> (usize, usize) {
    let vocab = Vocabulary::from_text(&units.join("\n\n"));
    let (mut right, mut total) = (0, 0);
    for u in units {
        let repaired = normalize_with(u, &vocab).text;
        let (r, t) = accuracy(u, &repaired);
        if r < t && std::env::var_os("SHOW_ERRORS").is_some() {
            println!("  clean {u:?}\n  got   {repaired:?}");
        }
        right += r;
        total += t;
    }
    (right, total)
}

/// The seed's Kazakh and Russian abstracts (real PDF damage) against the hand-written gold repair.
fn seed_abstracts() -> (usize, usize, usize) {
    let article = include_str!("../corpus/nato-kazakhstan-pfp-article.txt");
    let gold = include_str!("../tests/expected/seed-abstracts.gold.txt");
    let vocab = Vocabulary::from_text(article);
    let source: Vec<&str> = article.lines().collect();
    let (mut r, mut t, mut b) = (0, 0, 0);
    // The gold file: a line `@@ FIRST-LAST` (source lines, 1-based) then the gold text of that passage.
    for block in gold.split("@@ ").filter(|b| !b.trim().is_empty()) {
        let (head, text) = block.split_once('\n').unwrap_or((block, ""));
        let (first, last) = head.trim().split_once('-').expect("@@ FIRST-LAST");
        let (first, last): (usize, usize) = (first.parse().unwrap(), last.parse().unwrap());
        let damaged = source[first - 1..last].join("\n");
        let repaired = normalize_with(&damaged, &vocab).text;
        let (r1, t1) = word_accuracy(text, &repaired);
        if r1 < t1 && std::env::var_os("SHOW_ERRORS").is_some() {
            show_missed(text, &repaired);
        }
        r += r1;
        t += t1;
        b += word_accuracy(text, &damaged).0;
    }
    (r, t, b)
}
