//! A damage generator: makes clean text look like text extracted from a justified, hyphenated PDF, so
//! that the repair can be measured on text whose right answer is known.
//!
//! The damage imitates the seed article. Cyrillic words are cut by spaces at syllable-ish points —
//! not every syllable, some words left whole, a consonant cluster sometimes cut in the middle or
//! left hanging (`Ка за х стана`, `спо со бс твует`) — and lines are wrapped, a word broken at the
//! end of a line getting a hyphen (`қой ыл-`/`ған`, `ter-`/`rorism`) and a hyphenated compound being
//! broken after its own hyphen (`сондай-`/`ақ`). All-caps words and numbers are left alone. Asked
//! to, it also types Cyrillic letters as their Latin look-alikes (`Kaзaх`, `c ними`), as OCR and some
//! PDF fonts do. The generator is deterministic: the same text and seed give the same damage.

/// How much damage to do.
#[derive(Clone, Debug)]
pub struct DamageOptions {
    /// Seed of the pseudo-random choices.
    pub seed: u64,
    /// Chance that a Cyrillic word of two or more syllables is split at all.
    pub split_word: f64,
    /// Chance that a syllable boundary of a split word becomes a space.
    pub split_boundary: f64,
    /// Chance that a split point inside a consonant cluster moves away from the usual place.
    pub shift_cluster: f64,
    /// Chance that a cut leaving a lone letter at the word's edge (`о ни`, `Кита я`) is made anyway.
    /// Typeset hyphenation never leaves one, so the seed shows none; a plain syllable splitter does.
    pub edge_letters: f64,
    /// Target line width in characters (0: no line breaks).
    pub line_width: usize,
    /// Above 0: a split word is cut at any letter, each inner letter boundary with this chance,
    /// rather than at syllables (an extractor that knows no syllables: `ж айында`, `Демо кр атия`).
    pub at_letters: f64,
    /// Chance that a Cyrillic letter with a Latin look-alike (`а`, `с`, `К`…) is typed as the Latin
    /// letter, as OCR and some PDF fonts leave them (`Kaзaх`, `c ними`).
    pub look_alikes: f64,
}

impl Default for DamageOptions {
    fn default() -> Self {
        DamageOptions {
            seed: 1,
            split_word: 0.92,
            split_boundary: 0.85,
            shift_cluster: 0.25,
            edge_letters: 0.0,
            line_width: 64,
            at_letters: 0.0,
            look_alikes: 0.0,
        }
    }
}

impl DamageOptions {
    /// Harsher damage than the seed's: every Cyrillic word split at every syllable, lone letters
    /// at word edges included (`о ни`, `Рос си и`), to see the repair hold beyond typeset damage.
    pub fn every_syllable(seed: u64) -> DamageOptions {
        DamageOptions {
            seed,
            split_word: 1.0,
            split_boundary: 1.0,
            edge_letters: 1.0,
            ..DamageOptions::default()
        }
    }

    /// Damage that ignores syllables: three Cyrillic words in five are cut, each at about a third
    /// of their letter boundaries, lone letters included (`ж айында`, `т алқылады`).
    pub fn at_letters(seed: u64) -> DamageOptions {
        DamageOptions {
            seed,
            split_word: 0.6,
            at_letters: 0.3,
            ..DamageOptions::default()
        }
    }
}

/// SplitMix64: small, fast and good enough for damage that only has to look random.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// Damages `text` with the default options and the given seed.
pub fn damage(text: &str, seed: u64) -> String {
    damage_with(
        text,
        &DamageOptions {
            seed,
            ..DamageOptions::default()
        },
    )
}

/// What follows a piece of damaged output.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// A space between words (a line break at the end of a line).
    Word,
    /// A space inside a word (`-` and a line break at the end of a line).
    Syllable,
    /// Nothing: a possible hyphenation point of a word left whole (`-` and a line break at a line end).
    Glue,
    /// Nothing after a compound's own hyphen (a line break at a line end).
    OwnHyphen,
}

/// One piece of damaged output and the gap after it.
struct Piece {
    text: String,
    gap: Gap,
}

/// Damages `text`. Paragraphs (blank-line separated) stay paragraphs; every other line break of the
/// input is treated as a space and lines are wrapped anew.
pub fn damage_with(text: &str, opts: &DamageOptions) -> String {
    let mut rng = Rng(opts.seed ^ 0x5eed_0fda_3a9e);
    let mut out = String::with_capacity(text.len() * 5 / 4);
    for (p, para) in text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        if p > 0 {
            out.push_str("\n\n");
        }
        let mut pieces = Vec::new();
        for word in para.split_whitespace() {
            split_word(word, opts, &mut rng, &mut pieces);
        }
        wrap(&pieces, opts, &mut rng, &mut out);
    }
    if opts.look_alikes > 0.0 {
        // A stream of its own: the other damage is the same with look-alikes or without.
        let mut rng = Rng(opts.seed ^ 0x10_0c_a1_1c_e5);
        out = out
            .chars()
            .map(|c| match latin_twin(c) {
                Some(l) if rng.chance(opts.look_alikes) => l,
                _ => c,
            })
            .collect();
    }
    out
}

/// The Latin letter that looks like Cyrillic `c`, if any.
fn latin_twin(c: char) -> Option<char> {
    const TWINS: [(char, char); 22] = [
        ('а', 'a'),
        ('с', 'c'),
        ('е', 'e'),
        ('о', 'o'),
        ('р', 'p'),
        ('х', 'x'),
        ('у', 'y'),
        ('і', 'i'),
        ('һ', 'h'),
        ('А', 'A'),
        ('В', 'B'),
        ('С', 'C'),
        ('Е', 'E'),
        ('Н', 'H'),
        ('К', 'K'),
        ('М', 'M'),
        ('О', 'O'),
        ('Р', 'P'),
        ('Т', 'T'),
        ('Х', 'X'),
        ('І', 'I'),
        ('У', 'Y'),
    ];
    TWINS.iter().find(|t| t.0 == c).map(|t| t.1)
}

fn wrap(pieces: &[Piece], opts: &DamageOptions, rng: &mut Rng, out: &mut String) {
    let mut col = 0usize;
    for (i, piece) in pieces.iter().enumerate() {
        out.push_str(&piece.text);
        col += piece.text.chars().count();
        let Some(next) = pieces.get(i + 1) else {
            break;
        };
        let width = opts.line_width;
        let next_len = next.text.chars().count();
        // Break when the next piece would overflow; a little jitter keeps line ends varied.
        let overflow = width > 0 && col + 1 + next_len > width + (rng.next() % 4) as usize;
        match (piece.gap, overflow) {
            (Gap::Syllable | Gap::Glue, true) => {
                out.push_str("-\n");
                col = 0;
            }
            (Gap::Word | Gap::OwnHyphen, true) => {
                out.push('\n');
                col = 0;
            }
            (Gap::Word | Gap::Syllable, false) => {
                out.push(' ');
                col += 1;
            }
            (Gap::Glue | Gap::OwnHyphen, false) => {}
        }
    }
}

fn is_vowel(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'а' | 'ә'
            | 'е'
            | 'ё'
            | 'и'
            | 'о'
            | 'ө'
            | 'у'
            | 'ұ'
            | 'ү'
            | 'ы'
            | 'і'
            | 'э'
            | 'ю'
            | 'я'
            | 'a'
            | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
    )
}

/// Splits one whitespace-separated word into pieces.
fn split_word(word: &str, opts: &DamageOptions, rng: &mut Rng, pieces: &mut Vec<Piece>) {
    // Dashes and other words without a letter stay whole (`--` is no compound to break).
    if !word.chars().any(char::is_alphabetic) {
        pieces.push(Piece {
            text: word.to_string(),
            gap: Gap::Word,
        });
        return;
    }
    // A hyphenated form is damaged part by part; a line may break after its own hyphen.
    let parts: Vec<&str> = word.split_inclusive('-').collect();
    for (k, part) in parts.iter().enumerate() {
        let last = k + 1 == parts.len();
        let (body, hyphen) = match part.strip_suffix('-') {
            Some(b) if !last && !b.is_empty() => (b, true),
            _ => (*part, false),
        };
        let mut from = 0;
        for (cut, gap) in syllable_cuts(body, opts, rng) {
            pieces.push(Piece {
                text: body[from..cut].to_string(),
                gap,
            });
            from = cut;
        }
        let mut tail = body[from..].to_string();
        if hyphen {
            tail.push('-');
        }
        pieces.push(Piece {
            text: tail,
            gap: if hyphen { Gap::OwnHyphen } else { Gap::Word },
        });
    }
}

/// Byte offsets in `word` where it is cut, and how.
fn syllable_cuts(word: &str, opts: &DamageOptions, rng: &mut Rng) -> Vec<(usize, Gap)> {
    let letters: Vec<(usize, char)> = word.char_indices().collect();
    // Only the letter core of a word is split: leading and trailing punctuation stays attached.
    let Some(first) = letters.iter().position(|&(_, c)| c.is_alphabetic()) else {
        return Vec::new();
    };
    let last = letters
        .iter()
        .rposition(|&(_, c)| c.is_alphabetic())
        .unwrap_or(first);
    let core = &letters[first..=last];
    if core.iter().any(|&(_, c)| !c.is_alphabetic()) {
        return Vec::new();
    }
    let cyrillic = core.iter().any(|&(_, c)| crate::lang::is_cyrillic(c));
    let all_caps = core.len() > 1 && core.iter().all(|&(_, c)| c.is_uppercase());
    let vowels: Vec<usize> = (0..core.len()).filter(|&i| is_vowel(core[i].1)).collect();
    // Short words stay whole but for a splitter that leaves lone letters (`о ни`).
    if vowels.len() < 2 || all_caps || (core.len() < 4 && opts.edge_letters == 0.0) {
        return Vec::new();
    }
    // Latin words, and Cyrillic words left whole, are only cut where a line breaks.
    let split_here = cyrillic && rng.chance(opts.split_word);
    if opts.at_letters > 0.0 {
        if !split_here {
            return Vec::new();
        }
        return (1..core.len())
            .filter(|_| rng.chance(opts.at_letters))
            .map(|at| (core[at].0, Gap::Syllable))
            .collect();
    }
    let mut cuts = Vec::new();
    for pair in vowels.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let consonants = b - a - 1;
        // The usual place: before the last consonant of the cluster (V-CV, VC-CV, VCC-CV).
        let mut at = if consonants == 0 { b } else { b - 1 };
        if consonants >= 1 && rng.chance(opts.shift_cluster) {
            // PDF hyphenation moves cuts inside clusters: `Парт нерс тво`, `бс твует`, `х стана`,
            // never past the cluster's last consonant: no cut in the seed's abstracts (397 of
            // them) parts a consonant from the vowel after it.
            at = a + 1 + (rng.next() % consonants as u64) as usize;
        }
        // A soft or hard sign belongs to the syllable before it.
        while at < b && matches!(core[at].1, 'ь' | 'ъ' | 'Ь' | 'Ъ' | 'й' | 'Й') && at > a + 1
        {
            at += 1;
        }
        // Neither side of a cut is left as a lone letter at the word's edge, unless asked for.
        let lone = at < 2 || at + 2 > core.len();
        if at == 0
            || at >= core.len()
            || (lone && !(split_here && opts.edge_letters > 0.0 && rng.chance(opts.edge_letters)))
            || cuts.last().is_some_and(|&(c, _)| c >= core[at].0)
        {
            continue;
        }
        let gap = if split_here && rng.chance(opts.split_boundary) {
            Gap::Syllable
        } else {
            Gap::Glue
        };
        cuts.push((core[at].0, gap));
    }
    cuts
}

/// Words right and words in all, comparing a repaired text with the clean text it came from.
///
/// Word accuracy is measured on the clean text's words (whitespace-separated, punctuation attached):
/// a clean word counts as right when the repaired text has the very same word in the same place,
/// found by aligning the two word sequences (longest common subsequence). A word wrongly split,
/// wrongly joined to a neighbour, or left with a line-break hyphen counts as wrong.
pub fn word_accuracy(clean: &str, repaired: &str) -> (usize, usize) {
    let a: Vec<&str> = clean.split_whitespace().collect();
    let b: Vec<&str> = repaired.split_whitespace().collect();
    (lcs(&a, &b), a.len())
}

/// Length of the longest common subsequence of two word sequences.
fn lcs(a: &[&str], b: &[&str]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_stays_whole() {
        let text = "all problems -- even serious ones -- that people face every day";
        for seed in 0..20 {
            let d = damage_with(
                text,
                &DamageOptions {
                    seed,
                    line_width: 12,
                    ..DamageOptions::default()
                },
            );
            assert_eq!(d.matches("--").count(), 2, "{d:?}");
        }
    }

    #[test]
    fn damage_is_deterministic_and_keeps_letters() {
        let clean = "Бейбітшілік жолындағы әріптестік бағдарламасы аясындағы НАТО-ның сондай-ақ \
                     Сотрудничество Казахстана и НАТО в рамках программы, 20-летнего.";
        let a = damage(clean, 7);
        assert_eq!(a, damage(clean, 7));
        assert_ne!(a, damage(clean, 8));
        let letters = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
        assert_eq!(letters(&a), letters(clean));
        // More chunks than words: words were split.
        assert!(a.split_whitespace().count() > clean.split_whitespace().count() + 5);
        assert!(a.contains("НАТО"));
    }

    #[test]
    fn a_cut_at_syllables_never_parts_a_consonant_from_the_vowel_after_it() {
        // As in the seed article: a consonant opens the syllable of the vowel after it.
        for text in [
            include_str!("../../corpus/udhr-1948.kk.txt"),
            include_str!("../../corpus/udhr-1948.ru.txt"),
        ] {
            for seed in 1..=3 {
                for opts in [
                    DamageOptions {
                        seed,
                        ..DamageOptions::default()
                    },
                    DamageOptions::every_syllable(seed),
                ] {
                    let damaged = damage_with(text, &opts);
                    // Chunks side by side that the clean text writes as one word.
                    let chunks: Vec<&str> = damaged.split_whitespace().collect();
                    let mut cuts = 0;
                    for pair in chunks.windows(2) {
                        let left = pair[0].trim_end_matches('-');
                        let (Some(a), Some(b)) = (left.chars().last(), pair[1].chars().next())
                        else {
                            continue;
                        };
                        let joined = format!("{left}{}", pair[1]);
                        let word = joined.trim_matches(|c: char| !crate::lang::is_letter(c));
                        let right = pair[1].trim_end_matches('-');
                        if !text.contains(&format!("{left} {right}"))
                            && text.contains(word)
                            && crate::lang::is_letter(a)
                            && crate::lang::is_letter(b)
                        {
                            cuts += 1;
                            assert!(!crate::lang::opens_syllable(a, b), "{left}|{}", pair[1]);
                        }
                    }
                    assert!(cuts > 500, "{cuts}");
                }
            }
        }
    }

    #[test]
    fn damage_at_letters_cuts_anywhere_and_keeps_letters() {
        let clean = "Бейбітшілік жолындағы әріптестік бағдарламасы аясындағы ынтымақтастық";
        let d = damage_with(clean, &DamageOptions::at_letters(3));
        let letters = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
        assert_eq!(letters(&d), letters(clean));
        // Lone letters appear, which syllable damage never leaves.
        assert!(
            d.split_whitespace()
                .any(|w| w.trim_end_matches('-').chars().count() == 1),
            "{d}"
        );
    }

    #[test]
    fn look_alikes_swap_letters_for_their_latin_twins_only() {
        let clean = "Сотрудничество Казахстана и НАТО в рамках программы. Қазақстан Республикасы";
        let split = DamageOptions {
            seed: 5,
            ..DamageOptions::default()
        };
        let typed = DamageOptions {
            look_alikes: 0.5,
            ..split.clone()
        };
        let (plain, swapped) = (damage_with(clean, &split), damage_with(clean, &typed));
        // The same splits and breaks, some letters Latin, each the twin of the letter it replaced.
        assert_ne!(plain, swapped);
        assert_eq!(plain.chars().count(), swapped.chars().count());
        let mut latin = 0;
        for (p, s) in plain.chars().zip(swapped.chars()) {
            if p != s {
                assert_eq!(latin_twin(p), Some(s), "{p} → {s}");
                latin += 1;
            }
        }
        assert!(latin > 10, "{swapped}");
        assert!(swapped.contains(['ә', 'қ', 'ң', 'й', 'ч']), "{swapped}");
    }

    #[test]
    fn accuracy_counts_aligned_words() {
        assert_eq!(word_accuracy("a bb cc d", "a bb cc d"), (4, 4));
        assert_eq!(word_accuracy("a bb cc d", "a b b ccd"), (1, 4));
        assert_eq!(word_accuracy("a bb", ""), (0, 2));
    }

    #[test]
    fn wraps_lines_with_hyphens_inside_words() {
        let clean = "ынтымақтастықты дамытудың жаңа жиектері ".repeat(20);
        let d = damage_with(
            &clean,
            &DamageOptions {
                line_width: 30,
                ..DamageOptions::default()
            },
        );
        assert!(d.lines().count() > 10);
        assert!(d.lines().all(|l| l.chars().count() <= 40), "{d}");
        assert!(d.lines().any(|l| l.ends_with('-')));
    }
}
