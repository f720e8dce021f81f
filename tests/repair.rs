//! The repair measured on real text: the seed article's English line-break hyphens and its two
//! damaged abstracts against hand-written gold, and clean NTREX-128 sentences (held out from tuning)
//! damaged by our own generator, then repaired.

use trilingua::lang::kk::russian_letter;
use trilingua::normalize::damage::{damage, damage_with, word_accuracy, DamageOptions};
use trilingua::normalize::{normalize_explained_with, normalize_with, Joint, Vocabulary};

const SEED: &str = include_str!("../corpus/nato-kazakhstan-pfp-article.txt");

#[test]
fn every_english_line_break_hyphen_of_the_seed() {
    let expected = include_str!("expected/seed-en-hyphens.tsv");
    let vocab = Vocabulary::from_text(SEED);
    let mut got = Vec::new();
    for span in trilingua::ingest::split_passages(SEED) {
        let source = span.text(SEED);
        let source = source.as_ref();
        let (_, decisions) = normalize_explained_with(source, &vocab);
        for d in decisions {
            if !matches!(d.joint, Joint::JoinDropHyphen | Joint::KeepHyphen)
                || !d.left.chars().any(|c| c.is_ascii_alphabetic())
            {
                continue;
            }
            let line = span.lines.0 as usize + source[..d.source.start].matches('\n').count();
            let what = if d.joint == Joint::KeepHyphen {
                "keep"
            } else {
                "join"
            };
            got.push(format!("{line}\t{}\t{}\t{what}", d.left, d.right));
        }
    }
    let want: Vec<&str> = expected.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(got, want);
}

/// Damages `lines` like the seed, repairs them with the collection's vocabulary: (repaired,
/// damaged) accuracy.
fn accuracy(lines: &[&str], seed: u64) -> (f64, f64) {
    accuracy_with(lines, |l, i| damage(l, seed * 1_000_003 + i))
}

/// Damages `lines` at every syllable, lone letters at word edges included (`о ни`, `Кита я`).
fn accuracy_every_syllable(lines: &[&str], seed: u64) -> (f64, f64) {
    accuracy_with(lines, |l, i| {
        damage_with(l, &DamageOptions::every_syllable(seed * 1_000_003 + i))
    })
}

fn accuracy_with(lines: &[&str], damage: impl Fn(&str, u64) -> String) -> (f64, f64) {
    let damaged: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| damage(l, i as u64))
        .collect();
    let vocab = Vocabulary::from_text(&damaged.join("\n\n"));
    let (mut right, mut base, mut total) = (0, 0, 0);
    for (clean, d) in lines.iter().zip(&damaged) {
        let (r, t) = word_accuracy(clean, &normalize_with(d, &vocab).text);
        right += r;
        total += t;
        base += word_accuracy(clean, d).0;
    }
    (right as f64 / total as f64, base as f64 / total as f64)
}

fn held_out(text: &str) -> Vec<&str> {
    // Lines 1001–1997 were never looked at while tuning; every fifth keeps the test fast.
    text.lines()
        .skip(1000)
        .step_by(5)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn kazakh_news_damaged_then_repaired() {
    let lines = held_out(include_str!("../data/ntrex/newstest2019-ref.kaz.txt"));
    let (repaired, damaged) = accuracy(&lines, 11);
    assert!(damaged < 0.45, "damage too light: {damaged:.3}");
    // Goal 0.99; measured 0.981 on this sample, 0.978 on all held-out lines (3 seeds; see
    // `cargo run --release --example repair_accuracy`). Before a space between a consonant and a
    // vowel counted as a word boundary (and with the generator that could cut there): 0.975 on
    // this sample; before the word frequencies, 0.972 on all held-out lines; before the web word
    // lists, 0.955.
    assert!(repaired > 0.975, "kk word accuracy {repaired:.4}");
}

#[test]
fn kazakh_declaration_damaged_then_repaired() {
    // The UDHR's Kazakh paragraphs: legal prose the NTREX news lines the weights were tuned on do
    // not resemble. The Kazakh word frequencies (`data/langdata/`) carry most of it: every word
    // costs by how rare running text finds it, so that two rare pieces join into the word they
    // were cut from.
    let text = include_str!("../corpus/udhr-1948.kk.txt");
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| {
            let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
            p.replace(['\u{2010}', '\u{2011}'], "-")
        })
        .filter(|p| !p.is_empty())
        .collect();
    let lines: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let (mut sum, seeds) = (0.0, [1, 2, 3]);
    for seed in seeds {
        let (repaired, damaged) = accuracy(&lines, seed);
        assert!(damaged < 0.45, "damage too light: {damaged:.3}");
        sum += repaired;
    }
    let repaired = sum / seeds.len() as f64;
    // Measured 0.9761 (0.9738 before a space between a consonant and a vowel counted as a word
    // boundary; 0.9576 without the word frequencies).
    assert!(repaired > 0.97, "kk UDHR word accuracy {repaired:.4}");
}

#[test]
fn russian_news_damaged_then_repaired() {
    let lines = held_out(include_str!("../data/ntrex/newstest2019-ref.rus.txt"));
    let (repaired, damaged) = accuracy(&lines, 11);
    assert!(damaged < 0.55, "damage too light: {damaged:.3}");
    // Goal 0.99; measured 0.988 on this sample, 0.992 on all held-out lines (3 seeds; 0.982 and
    // 0.985 before the onset rule and the word frequencies' last additions).
    assert!(repaired > 0.983, "ru word accuracy {repaired:.4}");
}

/// Measured 0.977 (kk) and 0.987 (ru) on this sample; 0.974 and 0.989 on all held-out lines (3
/// seeds; before a space between a consonant and a vowel counted as a word boundary, 0.956 and
/// 0.976 on this sample; before the web word lists, 0.937 and 0.975 on all lines; before the
/// repair weighed lone vowels, 0.913 and 0.934).
const KK_EVERY_FLOOR: f64 = 0.97;
const RU_EVERY_FLOOR: f64 = 0.98;

#[test]
fn news_split_at_every_syllable_then_repaired() {
    // Harsher than the seed's damage: every syllable split, lone letters left at word edges.
    for (text, floor) in [
        (
            include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
            KK_EVERY_FLOOR,
        ),
        (
            include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
            RU_EVERY_FLOOR,
        ),
    ] {
        let (repaired, damaged) = accuracy_every_syllable(&held_out(text), 11);
        assert!(damaged < 0.35, "damage too light: {damaged:.3}");
        assert!(
            repaired > floor,
            "word accuracy {repaired:.4} under {floor}"
        );
    }
}

#[test]
fn news_partly_split_by_a_plain_splitter_then_repaired() {
    // A plain syllable splitter (lone letters at word edges) that split a quarter of the words:
    // fewer lone vowels among all chunks than where it split every word, as many among the short
    // ones.
    for text in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ] {
        let (repaired, damaged) = accuracy_with(&held_out(text), |l, i| {
            let options = DamageOptions {
                split_word: 0.25,
                ..DamageOptions::every_syllable(11 * 1_000_003 + i)
            };
            damage_with(l, &options)
        });
        // Measured 0.9829 (kk) and 0.9810 (ru), from 0.75 and 0.80 (0.9713 and 0.9810 before
        // the onset rule and the cheaper spaces beside fragments); 0.9710 and 0.9810 when lone
        // vowels were counted among all chunks (on our damage the collection showed them either
        // way; the unit test `lone_vowels_mark_a_plain_syllable_splitter` tells apart).
        assert!(damaged < 0.8, "damage too light: {damaged:.3}");
        assert!(repaired > 0.975, "word accuracy {repaired:.4}");
    }
}

#[test]
fn news_with_some_words_split_then_repaired() {
    // Damage like the seed's, but only some words split: most passages read as partly clean, and a
    // split word must still pay little to join; where one word in four is split, many passages
    // hold a split word or two among clean ones, while the collection's spaces show the damage.
    // Measured, two in five: 0.9890 (kk) and 0.9923 (ru), from 0.67 and 0.73; 0.9817 and 0.9859
    // before removing a space in a partly split passage cost a fifth of what its damage sets,
    // 0.9869 and 0.9920 before a passage with a fragment counted as split in part where the
    // collection's spaces show split words. One in four: 0.9915 and 0.9904, from 0.77 and 0.81;
    // 0.9899 and 0.9896 before that last rule.
    let texts = [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ];
    for (split_word, seed, floors, most) in [
        (0.4, 7, [0.987, 0.990], 0.8),
        (0.25, 13, [0.9905, 0.990], 0.9),
    ] {
        for (text, floor) in texts.iter().zip(floors) {
            let (repaired, damaged) = accuracy_with(&held_out(text), |l, i| {
                let options = DamageOptions {
                    split_word,
                    seed: seed * 1_000_003 + i,
                    ..DamageOptions::default()
                };
                damage_with(l, &options)
            });
            assert!(
                damaged < most,
                "{split_word}: damage too light: {damaged:.3}"
            );
            assert!(
                repaired > floor,
                "{split_word}: word accuracy {repaired:.4} under {floor}"
            );
        }
    }
}

#[test]
fn news_cut_at_any_letter_then_repaired() {
    // An extractor that knows no syllables: words cut anywhere, lone consonants included
    // (`ж айында`). Measured 0.9826 (kk) and 0.9842 (ru) on this sample, 0.9802 and 0.9870 on all
    // held-out lines (3 seeds; 0.9726 and 0.9736 when this was last written, before the Kazakh
    // word pairs and web evidence); 0.9716 and 0.9834 on this sample with the costs of a cut at
    // letters set before the Russian prepositions were weighed by the next word. Before lone
    // letters at a joined word's edge cost less in a collection that shows words cut at letters
    // (`к оманда`): 0.950 and 0.958 on this sample;
    // before long chunks that are words counted against an unknown word made of them, 0.936 and
    // 0.947; 0.881 and 0.931 on all lines before a lone consonant was taken for a piece of the
    // word beside it.
    for (text, floor) in [
        (
            include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
            0.975,
        ),
        (include_str!("../data/ntrex/newstest2019-ref.rus.txt"), 0.98),
    ] {
        let (repaired, damaged) = accuracy_with(&held_out(text), |l, i| {
            damage_with(l, &DamageOptions::at_letters(11 * 1_000_003 + i))
        });
        eprintln!("cut at letters: {repaired:.4} right (damaged {damaged:.3})");
        assert!(damaged < 0.7, "damage too light: {damaged:.3}");
        assert!(
            repaired > floor,
            "word accuracy {repaired:.4} under {floor}"
        );
    }
}

#[test]
fn split_text_in_capitals_rejoins_and_clean_capitals_stay() {
    // Headings are often in capitals: news lines damaged like the seed, then put in capitals.
    for (text, floor) in [
        (include_str!("../data/ntrex/newstest2019-ref.kaz.txt"), 0.96),
        (
            include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
            0.978,
        ),
    ] {
        let written = held_out(text);
        let capitals: Vec<String> = written.iter().map(|l| l.to_uppercase()).collect();
        let lines: Vec<&str> = capitals.iter().map(String::as_str).collect();
        let (repaired, damaged) = accuracy_with(&lines, |_, i| {
            damage(written[i as usize], 11 * 1_000_003 + i).to_uppercase()
        });
        // Measured 0.969 (kk) and 0.983 (ru), from 0.31 and 0.44 damaged: before lines in
        // capitals were segmented in lowercase, they stayed as damaged; before a short line of
        // capitals beside them was read with them (a word's last syllable wrapped onto a line of
        // its own, `А ЛА`/`ДЫ.`), and fewer short pieces told a split document's lines in
        // capitals split, 0.967 and 0.974.
        assert!(damaged < 0.5, "damage too light: {damaged:.3}");
        assert!(repaired > floor, "in capitals: {repaired:.4}");
        // Undamaged, lines in capitals stay as they are: names stand apart in them.
        let (kept, _) = accuracy_with(&lines, |l, _| l.to_string());
        assert!(kept > 0.999, "clean capitals: {kept:.4}");
    }
}

#[test]
fn soft_hyphens_at_line_ends_repair_like_hyphens() {
    // Some PDFs write the hyphen a line was broken at as a soft hyphen, OCR as `¬`.
    for text in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ] {
        let lines = held_out(text);
        let with = |mark: &str| {
            accuracy_with(&lines, |l, i| {
                damage(l, 11 * 1_000_003 + i).replace("-\n", &format!("{mark}\n"))
            })
            .0
        };
        let hyphen = with("-");
        for mark in ["\u{ad}", "¬"] {
            let other = with(mark);
            assert!(
                (other - hyphen).abs() < 0.001,
                "{mark:?}: {other:.4}, with hyphens {hyphen:.4}"
            );
        }
    }
}

#[test]
fn latin_look_alike_letters_cost_the_repair_little() {
    // One Cyrillic letter in ten with a Latin twin typed as it (`Kaзaх`, `c ними`): inside words,
    // as whole syllables of split words (`Ka за х`) and as prepositions (`c`, `a`, `o`).
    for text in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ] {
        let lines = held_out(text);
        let split = |look_alikes: f64| {
            accuracy_with(&lines, |l, i| {
                damage_with(
                    l,
                    &DamageOptions {
                        seed: 11 * 1_000_003 + i,
                        look_alikes,
                        ..DamageOptions::default()
                    },
                )
            })
        };
        let ((plain, _), (typed, typed_damaged)) = (split(0.0), split(0.1));
        assert!(typed_damaged < 0.45, "damage too light: {typed_damaged:.3}");
        // Measured 0.0006 (kk) and 0.0013 (ru) lost on this sample; 0.0101 (kk) before Latin
        // words of look-alikes alone were read in their Cyrillic context.
        assert!(
            typed > plain - 0.004,
            "look-alikes took accuracy from {plain:.4} to {typed:.4}"
        );
        // Unsplit text with look-alikes alone comes back whole.
        let (whole, whole_damaged) = accuracy_with(&lines, |l, i| {
            damage_with(
                l,
                &DamageOptions {
                    seed: 7 * 1_000_003 + i,
                    split_word: 0.0,
                    line_width: 0,
                    look_alikes: 0.1,
                    ..DamageOptions::default()
                },
            )
        });
        assert!(whole_damaged < 0.85, "damage too light: {whole_damaged:.3}");
        // Measured 0.9994 (kk) and 0.9989 (ru).
        assert!(whole > 0.997, "look-alikes alone: {whole:.4}");
    }
}

/// English words broken at line ends by our damage, in held-out NTREX English news and the UDHR and
/// treaty texts: the share of them the repair gives back whole (joined, or kept as a compound).
#[test]
fn english_line_break_hyphens_in_unseen_text() {
    let udhr_and_treaties = [
        include_str!("../corpus/udhr-1948.en.txt"),
        include_str!("../corpus/north-atlantic-treaty-1949.en.txt"),
        include_str!("../corpus/pfp-sofa-1995.en.txt"),
    ]
    .join("\n");
    let news = include_str!("../data/ntrex/newstest2019-src.eng.txt")
        .lines()
        .skip(1000);
    for (name, text, floor) in [
        // Measured 0.9975 and 1.0 (0.96 and 0.98 before the dictionary was asked ahead of capitals
        // and prefixes: `Birming-ham`, `inter-national` were kept).
        ("news", news.collect::<Vec<_>>().join("\n"), 0.99),
        ("UDHR and treaties", udhr_and_treaties, 0.985),
    ] {
        // The reference as normalize writes it: one kind of hyphen, single spaces.
        let units: Vec<String> = text
            .lines()
            .map(|l| {
                l.replace('\u{2010}', "-")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|l| !l.is_empty())
            .collect();
        // The hyphen at a line's end as a hyphen, as the soft hyphen some PDFs write for it, and
        // as the sign OCR writes: the repair reads all three alike.
        let mut wrong_per_mark = Vec::new();
        for mark in ["-", "\u{ad}", "¬"] {
            let (mut broken, mut wrong) = (0, 0);
            for seed in [11, 12] {
                let damaged: Vec<String> = (0..units.len())
                    .map(|i| {
                        damage(&units[i], seed * 1_000_003 + i as u64)
                            .replace("-\n", &format!("{mark}\n"))
                    })
                    .collect();
                let vocab = Vocabulary::from_text(&damaged.join("\n\n"));
                for (clean, d) in units.iter().zip(&damaged) {
                    let (r, t) = word_accuracy(clean, &normalize_with(d, &vocab).text);
                    // English is only damaged by line breaks: every word spoilt was broken at one.
                    broken += t - word_accuracy(clean, d).0;
                    wrong += t - r;
                }
            }
            let right = 1.0 - wrong as f64 / broken as f64;
            eprintln!("{name}, {mark:?}: {broken} broken, {right:.4} right");
            assert!(broken > 300, "{name}: too few line breaks ({broken})");
            assert!(
                right > floor,
                "{name}, {mark:?}: {right:.4} of line-break hyphens right"
            );
            wrong_per_mark.push(wrong);
        }
        assert!(
            wrong_per_mark.iter().all(|&w| w == wrong_per_mark[0]),
            "{name}: words wrong per mark {wrong_per_mark:?}"
        );
    }
}

#[test]
fn seed_abstracts_against_gold() {
    let gold = include_str!("expected/seed-abstracts.gold.txt");
    let vocab = Vocabulary::from_text(SEED);
    let source: Vec<&str> = SEED.lines().collect();
    let (mut right, mut total) = (0, 0);
    for block in gold.split("@@ ").filter(|b| !b.trim().is_empty()) {
        let (head, text) = block.split_once('\n').unwrap();
        let (a, b) = head.trim().split_once('-').unwrap();
        let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
        let repaired = normalize_with(&source[a - 1..b].join("\n"), &vocab).text;
        let (r, t) = word_accuracy(text, &repaired);
        right += r;
        total += t;
    }
    let acc = right as f64 / total as f64;
    // Goal 0.995; measured 0.9952 (1 word of 210: `себептесетін` split as `себеп тесетін`, two
    // words that exist).
    assert!(acc >= 0.995, "seed abstracts word accuracy {acc:.4}");
    assert!(total > 200);
}

#[test]
fn short_words_and_hyphenated_forms_survive() {
    let v = Vocabulary::new();
    let r = normalize_with(
        "са бақ та ры мен ын ты мақ тас тық ты НАТО-ның сон дай-ақ 20-лет не го",
        &v,
    );
    assert!(r.text.contains("НАТО-ның"), "{}", r.text);
    assert!(r.text.contains("сондай-ақ"), "{}", r.text);
    assert!(r.text.contains("20-летнего"), "{}", r.text);
    assert!(r.text.contains(" мен "), "{}", r.text);
}

/// Whether `c` is a Cyrillic letter (the tests' own test, not the library's).
fn cyrillic(c: Option<char>) -> bool {
    c.is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// `text` with a space before every hyphen between Cyrillic letters (`сондай -ақ`).
fn space_off_hyphens(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut prev = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '-' && cyrillic(prev) && cyrillic(chars.peek().copied()) {
            out.push(' ');
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

#[test]
fn a_space_before_a_words_hyphen_is_closed() {
    // Every hyphenated Cyrillic word of the held-out news (`сондай-ақ`, `АҚШ-тың`, `из-за`,
    // `Лос-Анджелес`) given a space before its hyphen, in a clean line and in one damaged like the
    // seed; dashes between words (` - `, ` – `) stay where they are.
    for text in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ] {
        let mut lines = Vec::new();
        for line in text.lines().skip(1000).map(str::trim) {
            let spaced = space_off_hyphens(line);
            if spaced != line {
                lines.push((line, spaced));
            }
        }
        assert!(lines.len() > 100, "{} lines with hyphens", lines.len());
        let clean: Vec<&str> = lines.iter().map(|(l, _)| *l).collect();
        let (alone, before) = accuracy_with(&clean, |_, i| lines[i as usize].1.clone());
        // Measured 0.9995 (kk) and 0.9978 (ru); 0.940 (kk) before the space was closed.
        assert!(before < 0.97, "too few hyphens: {before:.4}");
        assert!(
            alone > 0.995,
            "hyphens spaced off in clean lines: {alone:.4}"
        );
        let (damaged, _) = accuracy_with(&clean, |l, i| {
            space_off_hyphens(&damage(l, 11 * 1_000_003 + i))
        });
        // Measured 0.9695 against 0.9700 (kk) and 0.9883 against 0.9885 (ru).
        let (plain, _) = accuracy_with(&clean, |l, i| damage(l, 11 * 1_000_003 + i));
        assert!(
            damaged > plain - 0.005,
            "damaged lines: {damaged:.4} with hyphens spaced off, {plain:.4} without"
        );
    }
    let v = Vocabulary::new();
    for kept in ["Бұл - соғыс.", "Это – война.", "Бұл 90% -ы."] {
        assert_eq!(normalize_with(kept, &v).text, kept);
    }
}

/// Splits every second Cyrillic acronym of `line` (two to six capitals, perhaps with an ending after
/// a hyphen) in the middle of its capitals, counting them in `n`: `АҚШ-пен` → `А ҚШ-пен`,
/// `НАТО` → `НА ТО`.
fn split_acronyms(line: &str, n: &std::cell::Cell<usize>) -> String {
    let mut words = Vec::new();
    for word in line.split(' ') {
        let start = word.find(|c: char| c.is_alphanumeric()).unwrap_or(0);
        let (open, rest) = word.split_at(start);
        let caps: String = rest
            .chars()
            .take_while(|&c| cyrillic(Some(c)) && c.is_uppercase())
            .collect();
        let letters = caps.chars().count();
        let ends = rest[caps.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphabetic());
        if !(2..=6).contains(&letters) || !ends {
            words.push(word.to_string());
            continue;
        }
        n.set(n.get() + 1);
        if n.get() % 2 == 1 {
            let mid = caps.char_indices().nth(letters / 2).map_or(0, |(i, _)| i);
            words.push(format!("{open}{} {}", &rest[..mid], &rest[mid..]));
        } else {
            words.push(word.to_string());
        }
    }
    words.join(" ")
}

#[test]
fn acronyms_split_by_spaces_rejoin_where_the_text_writes_them_whole() {
    for text in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ] {
        // All held-out lines: acronyms are few.
        let lines: Vec<&str> = text.lines().skip(1000).map(str::trim).collect();
        let n = std::cell::Cell::new(0);
        let (split, before) = accuracy_with(&lines, |l, _| split_acronyms(l, &n));
        let n_clean = n.get();
        let (damaged, _) = accuracy_with(&lines, |l, i| {
            split_acronyms(&damage(l, 11 * 1_000_003 + i), &n)
        });
        let (plain, _) = accuracy_with(&lines, |l, i| damage(l, 11 * 1_000_003 + i));
        assert!(n_clean > 20, "{n_clean} acronyms");
        // Measured (kk, ru): 79 and 92 acronyms; clean lines 0.9976 → 0.9993 and 0.9991 (0.9969
        // both before acronyms were joined: the segmentation glued pieces to the words beside
        // them; Russian 0.9990 before the dictionary's acronyms in capitals were asked);
        // damaged lines 0.9707 against 0.9709 unsplit (kk), 0.9908 against 0.9911 (ru).
        assert!(before < 0.999, "too few acronyms split: {before:.4}");
        // The share of the words the splits cost that comes back (an acronym written only once,
        // and split there, has nothing to be told by), against the lines repaired unsplit (where
        // the repair mends the reference's own misspellings, `корсететін`, they count as wrong
        // in every reading).
        let (unsplit, _) = accuracy_with(&lines, |l, _| l.to_string());
        let back = (split - before) / (unsplit - before);
        assert!(
            back > 0.5,
            "{back:.3} of the split acronyms' words back ({split:.4})"
        );
        assert!(
            damaged > plain - 0.002,
            "damaged lines: {damaged:.4} with acronyms split, {plain:.4} without"
        );
    }
}

#[test]
fn words_in_capitals_broken_at_line_ends_rejoin() {
    // Held-out news in capitals wrapped at 64 columns with words cut by line-break hyphens and no
    // other damage: a word in capitals broken at a line end is joined where the lexicons know the
    // joined word, and acronyms keep the hyphen before their endings (`АҚШ-ТЫҢ`).
    for text in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ] {
        let written = held_out(text);
        let capitals: Vec<String> = written.iter().map(|l| l.to_uppercase()).collect();
        let lines: Vec<&str> = capitals.iter().map(String::as_str).collect();
        let options = |i: u64| DamageOptions {
            seed: 11 * 1_000_003 + i,
            split_word: 0.0,
            ..DamageOptions::default()
        };
        let (repaired, damaged) = accuracy_with(&lines, |_, i| {
            damage_with(written[i as usize], &options(i)).to_uppercase()
        });
        // Measured 0.9957 (kk) and 0.9965 (ru) from 0.949 and 0.947; before words in capitals
        // were joined at line ends, 0.950 (kk).
        assert!(damaged < 0.97, "too few line breaks: {damaged:.4}");
        assert!(
            repaired > 0.99,
            "in capitals: {repaired:.4} from {damaged:.4}"
        );
    }
}

#[test]
fn abstracts_run_together_are_repaired_each_in_its_language() {
    // Text from a PDF may run a Kazakh, a Russian and an English abstract together in one
    // paragraph, as here held-out NTREX lines of the three (two sentences each, a line each, no
    // blank line between), the Cyrillic damaged like the seed. Each language's sentences are a
    // passage of their own, repaired with that language's lexicons: the Russian ones were repaired
    // as Kazakh with the rest (`Казахстана с` came out `Казахстанас`). Measured here: 97.3% of the
    // words right, 87.8% where the paragraph is repaired whole; 145 passages of 150.
    let [kk, ru, en] = [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
        include_str!("../data/ntrex/newstest2019-src.eng.txt"),
    ]
    .map(|t| t.lines().map(str::trim).collect::<Vec<_>>());
    let (mut right, mut whole_right, mut total, mut passages) = (0, 0, 0, 0);
    for (n, i) in (1100..1400).step_by(6).enumerate() {
        let pair = |lines: &[&str]| format!("{} {}", lines[i], lines[i + 1]);
        let clean = [pair(&kk), pair(&ru), pair(&en)].join("\n");
        let damaged = damage(&clean, n as u64);
        let vocab = Vocabulary::from_text(&damaged);
        let spans = trilingua::ingest::split_passages(&damaged);
        passages += spans.len();
        let repaired: Vec<String> = spans
            .iter()
            .map(|s| normalize_with(&s.text(&damaged), &vocab).text)
            .collect();
        let (r, t) = word_accuracy(&clean, &repaired.join(" "));
        right += r;
        total += t;
        whole_right += word_accuracy(&clean, &normalize_with(&damaged, &vocab).text).0;
    }
    let (acc, whole) = (
        right as f64 / total as f64,
        whole_right as f64 / total as f64,
    );
    // 50 paragraphs, three languages each (a short sentence may not tell its language).
    assert!(passages >= 140, "{passages} passages");
    assert!(acc > 0.975, "{acc:.4} of {total} words right");
    // Repaired whole, in one language, the paragraph fares worse.
    assert!(acc > whole + 0.05, "cut {acc:.4}, whole {whole:.4}");
}

#[test]
fn kazakh_and_russian_sentences_in_one_paragraph_are_repaired_each_in_its_language() {
    // A bilingual document whose paragraphs hold sentences of both languages: held-out NTREX
    // lines, Kazakh and Russian in turn, four a paragraph, damaged like the seed (some lines end
    // without a stop, some in a closing quote, some open with a dash). Each run of sentences
    // whose letters or words tell one language is a passage of its own: measured 98.4% of the
    // words right; 95.1% before a dash, a quote, a short line's end before a capital, Latin
    // names, short sentences with Russian's own words and a capital where the letters before and
    // after tell each their language (a headline without its stop run into the next sentence)
    // told where the language changes; 82.3% repaired whole.
    let kazakh = held_out(include_str!("../data/ntrex/newstest2019-ref.kaz.txt"));
    let russian = held_out(include_str!("../data/ntrex/newstest2019-ref.rus.txt"));
    let lines: Vec<&str> = kazakh
        .iter()
        .zip(russian.iter().skip(1))
        .flat_map(|(k, r)| [*k, *r])
        .collect();
    let paragraphs: Vec<String> = lines.chunks(4).map(|p| p.join("\n")).collect();
    let damaged: Vec<String> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| damage(p, i as u64))
        .collect();
    let document = damaged.join("\n\n");
    let vocab = Vocabulary::from_text(&document);
    let (mut right, mut whole_right, mut total) = (0, 0, 0);
    for (clean, d) in paragraphs.iter().zip(&damaged) {
        let repaired: Vec<String> = trilingua::ingest::split_passages(d)
            .iter()
            .map(|s| normalize_with(&s.text(d), &vocab).text)
            .collect();
        let (r, t) = word_accuracy(clean, &repaired.join(" "));
        right += r;
        total += t;
        whole_right += word_accuracy(clean, &normalize_with(d, &vocab).text).0;
    }
    let (acc, whole) = (
        right as f64 / total as f64,
        whole_right as f64 / total as f64,
    );
    assert!(acc > 0.975, "{acc:.4} of {total} words right");
    assert!(acc > whole + 0.1, "cut {acc:.4}, whole {whole:.4}");
}

#[test]
fn a_page_break_inside_a_paragraph_changes_nothing() {
    // Text from a PDF parts its pages with a blank line (and a form feed) wherever a page ended,
    // often inside a sentence or a hyphenated word. Held-out NTREX lines, five a paragraph,
    // damaged like the seed (lines wrapped, words hyphenated at their ends), then each paragraph
    // cut by a page break after a line that ends inside a sentence: each paragraph is still one
    // passage, and repaired as well as without the break.
    for text in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ] {
        let lines = held_out(text);
        let (mut right, mut right_broken, mut total, mut broken) = (0, 0, 0, 0);
        for (n, chunk) in lines.chunks(5).take(40).enumerate() {
            let clean = chunk.join(" ");
            let damaged = damage(&clean, n as u64);
            // After the middle line that ends in a letter or a line-break hyphen.
            let ends: Vec<usize> = damaged.match_indices('\n').map(|(i, _)| i).collect();
            let Some(&at) = ends.iter().skip(ends.len() / 2).find(|&&i| {
                damaged[..i].ends_with(|c: char| c.is_alphabetic() || c == '-')
                    && damaged[i + 1..].starts_with(char::is_lowercase)
            }) else {
                continue;
            };
            broken += 1;
            let paged = format!("{}\n\n\u{c}{}", &damaged[..at], &damaged[at + 1..]);
            // Each passage repaired with the paragraph's vocabulary, as `trilingua` does.
            let repair = |text: &str| {
                let repaired = repaired_passages(text);
                (repaired.len(), repaired.join(" "))
            };
            let (passages, repaired) = repair(&damaged);
            let (passages_broken, repaired_broken) = repair(&paged);
            assert_eq!(passages_broken, passages, "{paged}");
            right += word_accuracy(&clean, &repaired).0;
            let (r, t) = word_accuracy(&clean, &repaired_broken);
            right_broken += r;
            total += t;
        }
        assert!(broken >= 20, "{broken} paragraphs broken");
        // Measured, 40 paragraphs each: Kazakh 3,238 words right of 3,279 with the break, 3,234
        // without; Russian 3,713 of 3,746 both. With the break parting passages (before), Kazakh
        // 3,214: the words hyphenated at the page's end stayed cut, each half repaired alone.
        assert!(
            right_broken + total / 500 >= right,
            "{right_broken} against {right} of {total}"
        );
    }
}

/// The repaired passages of document `text`, as the indexer makes them: cut by
/// `ingest::split_passages`, each repaired with the document's vocabulary.
fn repaired_passages(text: &str) -> Vec<String> {
    let vocab = Vocabulary::from_text(text);
    trilingua::ingest::split_passages(text)
        .iter()
        .map(|s| normalize_with(&s.text(text), &vocab).text)
        .collect()
}

#[test]
fn page_numbers_and_running_heads_between_page_halves_are_left_out() {
    // A journal's PDF prints a page number and a running head (the journal's name on odd pages,
    // the author's on even ones) at every page break, and text extracted from it keeps them
    // between the halves of the paragraph the page cut. Held-out NTREX lines, five a paragraph,
    // damaged like the seed, make a document of 40 paragraphs; each paragraph is cut by a page
    // after a line that ends inside a sentence, every third page with a footnote at its foot. The
    // paged document has the unpaged one's passages and a passage for each note, none of them
    // holds a page's number or head, and they are repaired as well.
    let heads = [
        [
            "Вестник КазНУ. Серия международных отношений",
            "А.Б. Куземба ева",
        ],
        [
            "ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы",
            "Кү зем баева А.Б.",
        ],
    ];
    // Each note names its source, as notes do: one of their own (a running head recurs alike).
    let notes = ["Дереккөз:", "Источник:"];
    for ((text, heads), note) in [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ]
    .into_iter()
    .zip(heads)
    .zip(notes)
    {
        let lines = held_out(text);
        let (mut plain, mut paged, mut page) = (Vec::new(), Vec::new(), 12u32);
        for (n, chunk) in lines.chunks(5).take(40).enumerate() {
            let damaged = damage(&chunk.join(" "), n as u64);
            let ends: Vec<usize> = damaged.match_indices('\n').map(|(i, _)| i).collect();
            let at = ends.iter().skip(ends.len() / 2).find(|&&i| {
                damaged[..i].ends_with(|c: char| c.is_alphabetic() || c == '-')
                    && damaged[i + 1..].starts_with(char::is_lowercase)
            });
            plain.push(damaged.clone());
            paged.push(match at {
                Some(&at) => {
                    page += 1;
                    let head = heads[page as usize % 2];
                    let foot = if page % 3 == 0 {
                        let source: Vec<&str> = chunk[0].split_whitespace().take(4).collect();
                        format!("{} {note} {}.\n\n", page / 3, source.join(" "))
                    } else {
                        String::new()
                    };
                    format!(
                        "{}\n\n{foot}{page}\n\n{head}\n{}",
                        &damaged[..at],
                        &damaged[at + 1..]
                    )
                }
                None => damaged,
            });
        }
        assert!(page >= 12 + 20, "{} pages", page - 12);
        let (plain, paged) = (plain.join("\n\n"), paged.join("\n\n"));
        let (want, mut got) = (repaired_passages(&plain), repaired_passages(&paged));
        let with_notes = got.len();
        got.retain(|p| p.split(" ").nth(1).is_none_or(|w| w != note));
        assert_eq!(with_notes - got.len(), (page as usize - 12) / 3);
        assert_eq!(got.len(), want.len(), "{paged}");
        for p in &got {
            assert!(!p.contains("Вестник") && !p.contains("Хабаршы"), "{p}");
            assert!(!p.contains("Куземба") && !p.contains("Кү зем"), "{p}");
        }
        let numbers = |ps: &[String]| {
            ps.iter()
                .flat_map(|p| p.split(' '))
                .filter(|w| w.parse::<u32>().is_ok_and(|n| n > 12 && n <= page))
                .count()
        };
        assert_eq!(numbers(&got), numbers(&want));
        let (right, total) = word_accuracy(&want.join(" "), &got.join(" "));
        assert!(
            right * 1000 >= total * 998,
            "{right} of {total} words as without the pages"
        );
    }
}

/// `words` letter-spaced as a heading set with wide tracking is: one space between letters, three
/// between words (`wide`), or one between all.
fn letter_spaced(words: &[&str], wide: bool) -> String {
    let spaced: Vec<String> = words
        .iter()
        .map(|w| w.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect();
    spaced.join(if wide { "   " } else { " " })
}

#[test]
fn letter_spaced_headings_rejoin() {
    // Headings set with wide tracking come out of a PDF a letter a chunk (`K E Y   W O R D S`):
    // `normalize::spaced`.
    // Here the first words of held-out NTREX lines in three languages, in capitals (Cyrillic
    // headings spaced alike are in capitals; the syllable repair reads lowercase ones) and as
    // written, spaced out with wider spaces between words or alike, each a heading over the rest
    // of its line.
    let texts = [
        include_str!("../data/ntrex/newstest2019-src.eng.txt"),
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ];
    for (lang, text) in ["en", "kk", "ru"].iter().zip(texts) {
        for wide in [true, false] {
            let (mut right, mut total) = (0, 0);
            for line in held_out(text).iter().take(120) {
                let words: Vec<&str> = line.split(' ').collect();
                let n = words.len().min(3);
                let heading: Vec<String> = words[..n]
                    .iter()
                    .map(|w| {
                        let w = w.trim_matches(|c: char| !c.is_alphabetic());
                        if wide {
                            w.to_string()
                        } else {
                            w.to_uppercase()
                        }
                    })
                    .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
                    .collect();
                if heading.is_empty() {
                    continue;
                }
                let heading: Vec<&str> = heading.iter().map(String::as_str).collect();
                let spaced = letter_spaced(&heading, wide);
                let vocab = Vocabulary::from_text(&format!("{spaced}\n\n{}", words[n..].join(" ")));
                let got = normalize_with(&spaced, &vocab).text;
                let (r, t) = word_accuracy(&heading.join(" "), &got);
                right += r;
                total += t;
            }
            let acc = right as f64 / total as f64;
            // Measured: with wider spaces between words 100% (en), 99.7% (kk, ru); spaced alike
            // 95.7%, 91.2%, 94.2% (names the lexicons do not know are cut: `ROSE NS TE IN`).
            // Before, English stayed spaced out (0%), and Kazakh and Russian came back 91.7% and
            // 94.8% (wider spaces), 88.8% and 92.6% (alike).
            let floor = match (*lang, wide) {
                (_, true) => 0.99,
                ("en", false) => 0.93,
                ("kk", false) => 0.89,
                _ => 0.93,
            };
            assert!(acc > floor, "{lang}, wide {wide}: {acc:.4} of {total}");
        }
    }
}

#[test]
fn clean_text_is_left_alone() {
    // Undamaged Kazakh and Russian (the UDHR and held-out NTREX lines): a space between two words is
    // a word boundary, so `брак и` must not become `браки` nor `үкімет пен` `үкіметпен`.
    let udhr = [
        include_str!("../corpus/udhr-1948.kk.txt"),
        include_str!("../corpus/udhr-1948.ru.txt"),
    ];
    let ntrex = [
        include_str!("../data/ntrex/newstest2019-ref.kaz.txt"),
        include_str!("../data/ntrex/newstest2019-ref.rus.txt"),
    ];
    let mut texts: Vec<String> = udhr.iter().map(|t| t.to_string()).collect();
    for t in ntrex {
        texts.push(held_out(t).join("\n\n"));
    }
    for text in &texts {
        let vocab = Vocabulary::from_text(text);
        let (mut right, mut total) = (0, 0);
        for span in trilingua::ingest::split_passages(text) {
            let source = span.text(text);
            let source = source.as_ref();
            // Words stay words, as written (U+2010 hyphens included), but for the Kazakh letters
            // a misspelling typed as Russian ones (`кұқығы`), which the repair gives back: read
            // with Russian letters for Kazakh ones, the two agree.
            let repaired = normalize_with(source, &vocab).as_written(source);
            let (r, t) = word_accuracy(&russian_letters(source), &russian_letters(&repaired));
            right += r;
            total += t;
        }
        let acc = right as f64 / total as f64;
        assert!(acc >= 0.995, "{acc:.4} of {total} clean words kept");
    }
}

#[test]
fn clean_text_in_words_the_lexicons_do_not_know_keeps_its_spaces() {
    // Kazakh written wholly with Russian letters (a keyboard or a font without Kazakh's own),
    // wrapped with line-break hyphens and not split: few of its words are known, so it reads as
    // split, but its chunks join into no words, and its spaces stay. Measured 0.979; by
    // `benches/other_damage.py kk ruletters`, 98.4% where 40.6% stayed before the pieces were
    // asked to join (`Вашингтоннынжобагакарсылык`), and 90.3% while the collection's own stems
    // counted as joining. (What stays wrong: a few passages whose words join by chance, words
    // that read as a name in Russian letters, `караганда` → `Караганда`.)
    let written: Vec<String> = held_out(include_str!("../data/ntrex/newstest2019-ref.kaz.txt"))
        .iter()
        .map(|l| {
            l.chars()
                .map(|c| match c.to_lowercase().next() {
                    Some(lower) if lower != c => {
                        russian_letter(lower).to_uppercase().next().unwrap_or(c)
                    }
                    _ => russian_letter(c),
                })
                .collect()
        })
        .collect();
    let wrapped: Vec<String> = written
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let options = DamageOptions {
                seed: 13 * 1_000_003 + i as u64,
                split_word: 0.0,
                ..DamageOptions::default()
            };
            damage_with(l, &options)
        })
        .collect();
    let vocab = Vocabulary::from_text(&wrapped.join("\n\n"));
    let (mut kept, mut total) = (0, 0);
    for (line, damaged) in written.iter().zip(&wrapped) {
        let (k, t) = word_accuracy(line, &normalize_with(damaged, &vocab).text);
        kept += k;
        total += t;
    }
    let share = kept as f64 / total as f64;
    assert!(share > 0.95, "{share:.4} of {total} words kept");
    // Other Cyrillic languages, in sentences of our own: Serbian stays as written, and Bulgarian
    // but for one lone `е` ("is") read as a word's last letter (`града е` → `градае`).
    let serbian = "Градска библиотека је отворена сваког дана од девет до шест сати. Читаоци могу \
                   да позајме књиге на две недеље, а деца добијају поклон.";
    assert_eq!(
        normalize_with(serbian, &Vocabulary::from_text(serbian)).text,
        serbian
    );
    let bulgarian = "Библиотеката в града е отворена всеки ден от девет до шест часа. Читателите \
                     могат да вземат книги за две седмици, а децата получават подарък.";
    let repaired = normalize_with(bulgarian, &Vocabulary::from_text(bulgarian)).text;
    let (k, t) = word_accuracy(bulgarian, &repaired);
    assert!(k + 2 >= t, "{repaired}");
}

#[test]
fn short_russian_passages_in_a_kazakh_document_keep_their_words() {
    // Captions, table cells, a sentence's first words: the first four to nine words of held-out
    // Russian lines, clean, between held-out Kazakh lines, all one document. Too short for their
    // letters to tell their language, they are told by their words. Measured 0.9944; 0.9817
    // before a passage read as split had to show pieces that join into words, a lone `в` or `и`
    // told Russian, and one consonant and a full stop before a number (`на с. 14`) was an
    // abbreviation. (What still runs together: a one-letter preposition after a name the lexicons
    // do not know, `Трампа с`.)
    let kazakh = held_out(include_str!("../data/ntrex/newstest2019-ref.kaz.txt"));
    let russian = held_out(include_str!("../data/ntrex/newstest2019-ref.rus.txt"));
    let pieces: Vec<String> = russian
        .iter()
        .enumerate()
        .map(|(i, l)| l.split(' ').take(4 + i % 6).collect::<Vec<_>>().join(" "))
        .collect();
    let mut paragraphs = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        paragraphs.push(kazakh[i % kazakh.len()]);
        paragraphs.push(piece.as_str());
    }
    let vocab = Vocabulary::from_text(&paragraphs.join("\n\n"));
    let (mut kept, mut total) = (0, 0);
    for piece in &pieces {
        let (k, t) = word_accuracy(piece, &normalize_with(piece, &vocab).text);
        kept += k;
        total += t;
    }
    let share = kept as f64 / total as f64;
    assert!(share > 0.99, "{share:.4} of {total} words kept");
}

/// Lost capitals in the seed's English come back (`Nato` → `NATO`, `afghanistan` → `Afghanistan`,
/// `isaF` → `ISAF`), and clean English news keeps its case: under 0.05% of its words change.
#[test]
fn lost_capitals_come_back_and_clean_english_keeps_its_case() {
    let vocab = Vocabulary::from_text(SEED);
    let repaired = normalize_with(SEED, &vocab).text;
    let words: Vec<&str> = repaired
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for lost in ["Nato", "isaF", "eaPC", "afghanistan", "russia"] {
        assert!(!words.contains(&lost), "{lost} left in the repaired seed");
    }
    for found in ["NATO", "ISAF", "EAPC", "Afghanistan", "Russia"] {
        assert!(
            words.contains(&found),
            "{found} missing from the repaired seed"
        );
    }

    let news = include_str!("../data/ntrex/newstest2019-src.eng.txt");
    let (mut total, mut changed) = (0, 0);
    for line in news.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let out = normalize_with(line, &vocab).text;
        for (a, b) in line.split_whitespace().zip(out.split_whitespace()) {
            total += 1;
            changed += usize::from(a != b && a.to_lowercase() == b.to_lowercase());
        }
    }
    assert!(total > 40_000);
    assert!(
        (changed as f64) < 0.0005 * total as f64,
        "{changed} of {total} clean words changed case"
    );
}

/// English names that lost their capital here and there (`senators asked kavanaugh`), in held-out
/// NTREX English news taken as one document: the document writes them capitalized elsewhere, and
/// the repair gives them their capital back, while clean text keeps every word as written.
#[test]
fn english_names_that_lost_their_capital_in_unseen_text() {
    let lines: Vec<String> = include_str!("../data/ntrex/newstest2019-src.eng.txt")
        .lines()
        .skip(1000)
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    // Every second capitalized word inside a sentence loses its capital.
    let (mut lowered, mut n) = (0, 0);
    let damaged: Vec<String> = lines
        .iter()
        .map(|line| {
            let mut words: Vec<String> = Vec::new();
            for w in line.split(' ') {
                let inside = words
                    .last()
                    .is_some_and(|p| p.ends_with(|c: char| c.is_alphanumeric() || c == ','));
                let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                let mut letters = core.chars();
                let titled = letters.next().is_some_and(|c| c.is_ascii_uppercase())
                    && letters.all(|c| c.is_ascii_lowercase());
                if inside && titled && core.len() >= 3 {
                    n += 1;
                    if n % 2 == 0 {
                        lowered += 1;
                        words.push(w.to_ascii_lowercase());
                        continue;
                    }
                }
                words.push(w.to_string());
            }
            words.join(" ")
        })
        .collect();
    let wrong = |text: &[String]| {
        let joined = text.join("\n\n");
        let vocab = Vocabulary::from_text(&joined);
        let (right, total) = word_accuracy(&lines.join(" "), &normalize_with(&joined, &vocab).text);
        total - right
    };
    assert_eq!(wrong(&lines), 0, "clean text keeps every word as written");
    let restored = 1.0 - wrong(&damaged) as f64 / lowered as f64;
    eprintln!("{lowered} capitals lost, {restored:.4} given back");
    assert!(lowered > 800, "{lowered}");
    // Measured 0.4172; 0.3569 from the dictionary alone (`afghanistan`, `moscow`), before the
    // document's own capitals were asked.
    assert!(restored > 0.40, "{restored:.4} of lost capitals given back");
}

#[test]
fn pages_parted_by_form_feeds_lose_their_heads_and_numbers_and_keep_their_words() {
    // `pdftotext` writes a PDF's pages one after another, a form feed before each, the running
    // head and the page's number on lines of their own with no blank line around them. The Kazakh
    // UDHR damaged like the seed and the North Atlantic Treaty, laid out so (a journal's or a
    // book's name on every page's first line, the page's number on the last), repair to the
    // words they have without pages.
    let wrapped = |text: &str| -> String {
        let mut out = String::new();
        for para in text.lines() {
            let mut width = 0;
            for word in para.split_whitespace() {
                if width > 0 && width + word.len() > 75 {
                    out.push('\n');
                    width = 0;
                } else if width > 0 {
                    out.push(' ');
                    width += 1;
                }
                out.push_str(word);
                width += word.len();
            }
            out.push('\n');
        }
        out
    };
    for (text, head) in [
        (
            damage(include_str!("../corpus/udhr-1948.kk.txt"), 7),
            "ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы. №2 (86). 2019",
        ),
        (
            wrapped(include_str!("../corpus/north-atlantic-treaty-1949.en.txt")),
            "NATO Basic Texts: treaties and agreements, 1949–1995",
        ),
    ] {
        let lines: Vec<&str> = text.lines().collect();
        let mut paged = String::new();
        let mut pages = 0;
        for (n, page) in lines.chunks(23).enumerate() {
            paged += &format!("{head}\n{}\n{}\n\x0c", page.join("\n"), n + 1);
            pages = n + 1;
        }
        assert!(pages >= 4, "{pages} pages");
        let (want, got) = (
            repaired_passages(&lines.join("\n")),
            repaired_passages(&paged),
        );
        let first = head.split_whitespace().next().unwrap();
        for p in &got {
            assert!(!p.contains(head), "{p}");
        }
        // The head's first word and small numbers stand as often as in the text without pages.
        let count = |ps: &[String], w: &dyn Fn(&str) -> bool| {
            ps.iter()
                .flat_map(|p| p.split(' '))
                .filter(|x| w(x))
                .count()
        };
        assert_eq!(count(&got, &|w| w == first), count(&want, &|w| w == first));
        let small = |w: &str| w.parse::<usize>().is_ok_and(|n| n <= pages);
        assert_eq!(count(&got, &small), count(&want, &small));
        let (right, total) = word_accuracy(&want.join(" "), &got.join(" "));
        assert!(
            right * 1000 >= total * 998,
            "{right} of {total} words as without the pages"
        );
    }
}

#[test]
fn kazakh_damaged_and_in_kz1048_stand_ins_repairs_as_in_its_own_letters() {
    // A PDF set in an old Kazakh font gives Windows-1251's letters where KZ-1048 has Kazakh ones
    // (`Ќ` for `Қ`, `ј` for `ә`) besides the syllable damage: the repair reads it as it reads
    // the same damage in Kazakh's letters, passage by passage, with the document's vocabulary,
    // short passages with few stand-ins too.
    let pairs: Vec<char> = "ҚЌҺЋқќһћҰЎұўӘЈӨҐҒЄҮЇөґғєәјҢЅңѕүї".chars().collect();
    let stand_ins = |text: &str| -> String {
        text.chars()
            .map(|c| pairs.chunks(2).find(|p| p[0] == c).map_or(c, |p| p[1]))
            .collect()
    };
    let udhr = include_str!("../corpus/udhr-1948.kk.txt");
    for seed in 1..=2 {
        let damaged = damage(udhr, seed);
        let read = stand_ins(&damaged);
        assert_ne!(read, damaged);
        let (want, got) = (repaired_passages(&damaged), repaired_passages(&read));
        assert_eq!(got, want);
        // As well as the UDHR in Kazakh's letters repairs (98% of its words right).
        let reference = udhr.replace('\u{2010}', "-");
        let (right, total) = word_accuracy(&reference, &got.join("\n\n"));
        assert!(right * 100 >= total * 97, "{right} of {total}");
    }
}

#[test]
fn kazakh_damaged_and_typed_with_other_languages_letters_repairs_as_in_its_own() {
    // Fonts without Kazakh's letters, and OCR, put other Cyrillic letters drawn alike in their
    // place (`ҟ`, `ҡ` or `ӄ` for `қ`, `ӊ` or `ҥ` for `ң`, `ӻ` for `ғ`, fita for `ө`, a Latin
    // schwa for `ә`): with the syllable damage besides, the repair reads the text as it reads it
    // in Kazakh's own letters.
    let variants = [
        ('қ', ['ҟ', 'ҡ', 'ӄ']),
        ('Қ', ['Ҟ', 'Ҡ', 'Ӄ']),
        ('ң', ['ӊ', 'ҥ', 'ӈ']),
        ('ғ', ['ӻ', 'ҕ', 'ӻ']),
        ('Ғ', ['Ӻ', 'Ҕ', 'Ӻ']),
        ('ө', ['ѳ', 'ɵ', 'ѳ']),
        ('ә', ['ə', 'ǝ', 'ə']),
    ];
    let udhr = include_str!("../corpus/udhr-1948.kk.txt");
    for seed in 1..=2u64 {
        let damaged = damage(udhr, seed);
        // Each letter typed as one of its variants, chosen by where it stands.
        let typed: String = damaged
            .chars()
            .enumerate()
            .map(|(i, c)| match variants.iter().find(|(k, _)| *k == c) {
                Some((_, alike)) => alike[(i + seed as usize) % 3],
                None => c,
            })
            .collect();
        assert!(typed.contains('ҡ') && typed.contains('ӊ') && typed.contains('ѳ'));
        assert_eq!(repaired_passages(&typed), repaired_passages(&damaged));
    }
}

/// `text` with Russian letters for Kazakh's lowercase ones ([`russian_letter`]).
fn russian_letters(text: &str) -> String {
    text.chars().map(russian_letter).collect()
}

#[test]
fn kazakh_words_typed_with_russian_letters_get_theirs_back() {
    // A keyboard or a font without Kazakh's letters writes Russian ones in their place (`кұқығы`,
    // `жылдын`, `ушін`): in held-out news lines, one word in ten with such a letter gets one or
    // two of them typed so, and the repair gives most of them back while every other word comes
    // out as it does from the clean lines.
    let lines: Vec<&str> = include_str!("../data/ntrex/newstest2019-ref.kaz.txt")
        .lines()
        .skip(1000)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut n = 0u64;
    let mut typed = Vec::new();
    for line in &lines {
        let words: Vec<String> = line
            .split(' ')
            .map(|w| {
                let places: Vec<usize> = w
                    .chars()
                    .enumerate()
                    .filter(|&(_, c)| russian_letter(c) != c)
                    .map(|(i, _)| i)
                    .collect();
                if places.is_empty() {
                    return w.to_string();
                }
                n += 1;
                if !n.is_multiple_of(10) {
                    return w.to_string();
                }
                // One letter, or two where the word has two.
                let first = places[(n / 10) as usize % places.len()];
                let second = places[(n / 20) as usize % places.len()];
                w.chars()
                    .enumerate()
                    .map(|(i, c)| {
                        if i == first || (n.is_multiple_of(20) && i == second) {
                            russian_letter(c)
                        } else {
                            c
                        }
                    })
                    .collect()
            })
            .collect();
        typed.push(words.join(" "));
    }
    let repair = |lines: &[String]| -> Vec<String> {
        let text = lines.join("\n\n");
        let vocab = Vocabulary::from_text(&text);
        lines
            .iter()
            .map(|l| normalize_with(l, &vocab).text)
            .collect()
    };
    let clean: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let (from_clean, from_typed) = (repair(&clean), repair(&typed));
    let (mut damaged, mut restored, mut other, mut changed, mut apart) = (0, 0, 0, 0, 0);
    for ((c, t), (rc, rt)) in clean
        .iter()
        .zip(&typed)
        .zip(from_clean.iter().zip(&from_typed))
    {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let (c, t, rc, rt) = (words(c), words(t), words(rc), words(rt));
        // (A line whose repair parts or joins words of its own is left out: its words do not
        // align.)
        if rc.len() != c.len() || rt.len() != c.len() {
            apart += 1;
            continue;
        }
        for i in 0..c.len() {
            if c[i] != t[i] {
                damaged += 1;
                restored += usize::from(rt[i] == rc[i]);
            } else {
                other += 1;
                changed += usize::from(rt[i] != rc[i]);
            }
        }
    }
    assert!(apart * 20 < lines.len(), "{apart} lines left out");
    assert!(damaged > 900, "{damaged} words typed with Russian letters");
    // Measured: 662 of 986 (67.1%); none before.
    assert!(
        restored * 100 >= damaged * 60,
        "{restored} of {damaged} restored, {changed} of {other} other words changed"
    );
    // Measured: 0 of 15,691 (4 of the 997 lines left out).
    assert!(
        changed * 1000 <= other,
        "{changed} of {other} other words changed"
    );
}
