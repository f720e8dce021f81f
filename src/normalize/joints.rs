//! Joints: every whitespace gap between two chunks of text, and what becomes of it. Most gaps fold to
//! one space; a line-break hyphen is joined (`ter-`/`rorism` → `terrorism`) or kept as a compound
//! (`Nato-`/`led` → `Nato-led`); the gaps inside syllable-split Cyrillic are closed by
//! [`super::syllables`], which reads lines in capitals in lowercase when they show the damage.

use std::ops::Range;

use super::lexicon::{self, Vocabulary};
use super::offsets::{Builder, OffsetMap};
use crate::lang::Lang;

/// What a gap between two chunks becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joint {
    /// Folded to one space: the chunks are separate words.
    Space,
    /// Removed: the chunks are one word (a syllable split).
    Join,
    /// The hyphen ending the left chunk and the line break after it are removed: one word.
    JoinDropHyphen,
    /// The line break after a hyphen is removed, the hyphen stays: a compound.
    KeepHyphen,
}

/// A decision on one gap, with its reason, for `normalize --explain`.
#[derive(Clone, Debug)]
pub struct Decision {
    /// The gap's byte range in the text given to [`super::normalize`].
    pub source: Range<usize>,
    /// The chunk before the gap.
    pub left: String,
    /// The chunk after the gap.
    pub right: String,
    /// The repaired word (or words, for a kept space) around the gap.
    pub word: String,
    /// What became of the gap.
    pub joint: Joint,
    /// Why.
    pub reason: &'static str,
}

/// A maximal run of non-whitespace in the text.
#[derive(Clone, Debug)]
pub(crate) struct Chunk {
    pub(crate) range: Range<usize>,
}

pub(crate) fn chunks(text: &str) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Chunk { range: s..i });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Chunk {
            range: s..text.len(),
        });
    }
    out
}

/// Why a space before a hyphen that opens the next chunk is joined.
pub(crate) const GLUED_HYPHEN: &str = "joined: a space before a word's hyphen";
const GLUED_SLASH: &str = "joined: a slash between words spaced off on one side only";

/// Decides the gap after each chunk but the last (`decisions[i]` is the gap between chunk i and i+1).
pub(crate) fn decide(
    text: &str,
    chunks: &[Chunk],
    vocab: &Vocabulary,
) -> Vec<(Joint, &'static str)> {
    let mut out: Vec<(Joint, &'static str)> = chunks
        .windows(2)
        .map(|w| {
            if glued_hyphen(text, &w[0], &w[1]) {
                (Joint::Join, GLUED_HYPHEN)
            } else if glued_slash(text, &w[0], &w[1]) {
                (Joint::Join, GLUED_SLASH)
            } else {
                line_break_hyphen(text, &w[0], &w[1], vocab)
            }
        })
        .collect();
    join_split_acronyms(text, chunks, &mut out, vocab);
    // Lines in capitals (headings: `СОТ РУД НИ ЧЕ СТВО`) are segmented in lowercase, where their
    // syllables read as in running text; the gaps are the same.
    match capitals_lowered(text, vocab) {
        Some(lowered) => super::syllables::repair_runs(&lowered, chunks, &mut out, vocab),
        None => super::syllables::repair_runs(text, chunks, &mut out, vocab),
    }
    // Letters spaced out in a heading (`K E Y   W O R D S`) are read by their spacing.
    super::spaced::rejoin(text, chunks, &mut out);
    out
}

/// Fewest Cyrillic capitals a line needs to be taken as written in capitals.
const MIN_CAPITALS: usize = 8;

/// Whether a line is written in Cyrillic capitals: [`MIN_CAPITALS`] of them at least, and no more
/// than one lowercase Cyrillic letter in ten. Given up as soon as the lowercase letters are too many
/// for the rest of the line to make up for (most lines are lowercase, and every passage is asked).
fn in_capitals(line: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for (i, c) in line.char_indices() {
        if !cased_cyrillic(c) {
            continue;
        }
        if crate::lang::is_upper(c) {
            upper += 1;
        } else {
            lower += 1;
            // Even all the rest in capitals would not make ten capitals per lowercase letter.
            if lower * 10 > upper + (line.len() - i) / 2 {
                return false;
            }
        }
    }
    upper >= MIN_CAPITALS && lower * 10 <= upper
}

/// How a line stands to capitals ([`capitals_lowered`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Capitals {
    /// Written in capitals ([`in_capitals`]).
    Line,
    /// Cyrillic capitals and no lowercase Cyrillic letter, too few to tell alone.
    Short,
    No,
}

/// Whether `c` is a Cyrillic letter, which has a case: the signs U+0482–U+0489 have none.
fn cased_cyrillic(c: char) -> bool {
    crate::lang::is_cyrillic(c) && !('\u{482}'..='\u{489}').contains(&c)
}

/// Whether `line` has a Cyrillic capital and no lowercase Cyrillic letter.
fn capitals_only(line: &str) -> bool {
    let mut letters = line.chars().filter(|&c| cased_cyrillic(c)).peekable();
    letters.peek().is_some() && letters.all(crate::lang::is_upper)
}

/// [`looks_split`]: one chunk in this many or more short, in a collection that shows no split
/// words.
const SPLIT_SHARE: usize = 4;

/// [`looks_split`]: one chunk in this many or more short, in a collection whose spaces show split
/// words ([`super::syllables::collection_split`]).
const SPLIT_SHARE_IN_SPLIT_COLLECTION: usize = 8;

/// Whether the Cyrillic chunks of `lines` show syllable damage: two or more, and one in `share` or
/// more, of three letters or fewer and no short word of either language (`СОТ РУД НИ ЧЕ СТВО`).
/// With one in four ([`SPLIT_SHARE`]), of held-out NTREX lines 0.25% (Kazakh) and 0.75% (Russian)
/// clean lines pass, and 99.5% and 98% of those damaged like the seed. Where the collection shows
/// split words, one in eight ([`SPLIT_SHARE_IN_SPLIT_COLLECTION`]): a Russian line's short pieces
/// are often prepositions and particles (`НЕ У ДА ЛОСЬ С ИГ РОЙ`), which do not count. Held-out
/// NTREX lines in capitals damaged by `benches/other_damage.py`'s splitter, all one document: 97.19%
/// → 98.10% of Russian words right, with the short lines below; clean lines in capitals unchanged.
fn looks_split<'t>(lines: impl Iterator<Item = &'t str>, share: usize) -> bool {
    let (mut chunks, mut short) = (0usize, 0usize);
    for chunk in lines.flat_map(str::split_whitespace) {
        let core = chunk.trim_matches(|c: char| !crate::lang::is_letter(c));
        if core.is_empty() || !core.chars().all(crate::lang::is_cyrillic) {
            continue;
        }
        chunks += 1;
        let lower = crate::lang::lower(core);
        let function = [Lang::Kk, Lang::Ru]
            .into_iter()
            .any(|lang| super::syllables::is_function_word(lang, &lower));
        // An acronym is no piece: one without a vowel (`РК`, `СНГ`), or one the Russian
        // dictionary writes in capitals (`МИД`, `ООН`).
        let acronym = !lower.chars().any(crate::lang::is_cyrillic_vowel)
            || (core.chars().nth(2).is_some() && dictionary_acronym(core));
        if core.chars().nth(3).is_none() && !function && !acronym {
            short += 1;
        }
    }
    short >= 2 && short * share >= chunks
}

/// `text` with its Cyrillic letters in lowercase on every line written in capitals (at least
/// [`MIN_CAPITALS`], and at most one lowercase Cyrillic letter in ten: `НАТО-ның` may stand in
/// one), if those lines show syllable damage ([`looks_split`]); byte for byte where the rest is;
/// `None` if no line is lowered. Clean lines in capitals stay: in capitals, nothing tells a name's
/// words apart (`САЙФУЛЛО ХАБИБУЛЛАЕВИЧ`), and in lowercase they would run together.
fn capitals_lowered(text: &str, vocab: &Vocabulary) -> Option<String> {
    // The lines in capitals, by their byte ranges; and a short line of capitals beside one (a
    // heading's last syllables wrapped onto a line of their own: `ША БА А ЛА`/`ДЫ.`), which has
    // too few letters to tell by itself.
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let class = if in_capitals(line) {
            Capitals::Line
        } else if capitals_only(line) {
            Capitals::Short
        } else {
            Capitals::No
        };
        lines.push((start..start + line.len(), class));
        start += line.len();
    }
    for i in 0..lines.len() {
        let beside = |j: Option<usize>| {
            j.and_then(|j| lines.get(j))
                .is_some_and(|l| l.1 == Capitals::Line)
        };
        if lines[i].1 == Capitals::Short && (beside(i.checked_sub(1)) || beside(Some(i + 1))) {
            lines[i].1 = Capitals::Line;
        }
    }
    let capitals: Vec<_> = lines
        .into_iter()
        .filter(|l| l.1 == Capitals::Line)
        .map(|l| l.0)
        .collect();
    // Damage shows over the lines in capitals together (a heading wrapped over a few lines).
    // In a collection whose spaces show split words, fewer short pieces tell.
    let share = if super::syllables::collection_split(vocab) {
        SPLIT_SHARE_IN_SPLIT_COLLECTION
    } else {
        SPLIT_SHARE
    };
    if capitals.is_empty() || !looks_split(capitals.iter().map(|r| &text[r.clone()]), share) {
        return None;
    }
    let mut out = text.to_string();
    for range in capitals {
        let lowered: String = text[range.clone()]
            .chars()
            .map(|c| match crate::lang::lower_char(c) {
                Some(l) if crate::lang::is_cyrillic(c) && l.len_utf8() == c.len_utf8() => l,
                _ => c,
            })
            .collect();
        out.replace_range(range, &lowered);
    }
    Some(out)
}

/// The rule for a gap after a chunk ending in a hyphen at a line break.
fn line_break_hyphen(
    text: &str,
    left: &Chunk,
    right: &Chunk,
    vocab: &Vocabulary,
) -> (Joint, &'static str) {
    let l = &text[left.range.clone()];
    let r = &text[right.range.clone()];
    let gap = &text[left.range.end..right.range.start];
    if !l.ends_with('-') || l.len() < 2 || !broken_at_hyphen(gap, l, r) {
        return (Joint::Space, "space");
    }
    let before = l[..l.len() - 1].chars().next_back().unwrap_or(' ');
    let after = r.chars().next().unwrap_or(' ');
    // A letter or a digit on each side: `ter-`/`rorism`, `31-`/`27`, `COVID-`/`19`, `5-`/`year`.
    let word_char = |c: char| crate::lang::is_letter(c) || c.is_numeric();
    if !word_char(before) || !word_char(after) {
        return (Joint::Space, "space");
    }
    super::hyphens::decide(&l[..l.len() - 1], r, vocab)
}

/// Joins the pieces of Cyrillic acronyms split by spaces (`АҚ Ш-пен`, `НА ТО`, `А ИТВ-ке`): pieces in
/// capitals, side by side, whose letters together spell an acronym the text also writes whole, or
/// one the Russian dictionary writes in capitals ([`dictionary_acronym`]; the other lexicons know
/// few acronyms, and ignore case).
/// The last piece may carry an ending after a hyphen or punctuation. Lines in capitals are left
/// alone.
fn join_split_acronyms(
    text: &str,
    chunks: &[Chunk],
    joints: &mut [(Joint, &'static str)],
    vocab: &Vocabulary,
) {
    let capitals = |s: &str| s.chars().all(crate::lang::is_upper_cyrillic);
    let mut i = 0;
    while i + 1 < chunks.len() {
        // The first piece: capitals, perhaps after opening punctuation (`«АҚ`).
        let first =
            text[chunks[i].range.clone()].trim_start_matches(|c| !crate::lang::is_letter(c));
        if first.is_empty() || !capitals(first) {
            i += 1;
            continue;
        }
        let mut spelt = String::from(first);
        let mut best = None;
        // Pieces of one capital letter among them, and where the last piece's Kazakh ending is.
        let mut single = first.chars().nth(1).is_none();
        let mut inflected = None;
        for j in i + 1..chunks.len() {
            let gap = &text[chunks[j - 1].range.end..chunks[j].range.start];
            if super::syllables::blank_line_in(gap) {
                break;
            }
            let piece = &text[chunks[j].range.clone()];
            let letters = piece
                .find(|c: char| !crate::lang::is_letter(c))
                .map_or(piece, |end| &piece[..end]);
            if letters.is_empty() || !capitals(letters) {
                break;
            }
            spelt.push_str(letters);
            if spelt.chars().count() > lexicon::ACRONYM_LETTERS {
                break;
            }
            single |= letters.chars().nth(1).is_none();
            if vocab.acronym_count(&spelt) > 0 || dictionary_acronym(&spelt) {
                best = Some(j);
            }
            // Only the last piece carries more than capitals.
            if letters.len() < piece.len() {
                if inflected_acronym(&piece[letters.len()..]) {
                    inflected = Some(j);
                }
                break;
            }
        }
        // Unseen whole, pieces with a letter alone among them whose last takes a Kazakh ending
        // after a hyphen (`АҚ Ш-тың`, `БҰ Ұ-да`, `А ИТВ-ке`), in Kazakh text: an acronym cut, as
        // a document of one sentence shows it (Kazakh writes no acronym of one letter apart,
        // while Russian `В США` is a preposition and a name).
        let best = best.or(inflected.filter(|_| single && vocab.writes_kazakh()));
        // In a line in capitals every word is in capitals, and two short ones side by side may
        // spell a third: such lines are left to the segmentation.
        let line = |at: usize| {
            let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
            let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
            &text[start..end]
        };
        let best = best.filter(|&j| {
            !in_capitals(line(chunks[i].range.start)) && !in_capitals(line(chunks[j].range.start))
        });
        match best {
            Some(j) => {
                for joint in &mut joints[i..j] {
                    *joint = (
                        Joint::Join,
                        "joined: pieces in capitals that spell an acronym",
                    );
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

/// Whether the capitals `spelt` are a word the Russian dictionary writes only in capitals (`НАТО`,
/// `США`, `ООН`; [`lexicon::dictionary_case`]): its evidence that pieces in capitals are one
/// acronym where the text does not write it whole. Pieces that spell a lowercase word (`О НИ`)
/// are left as written.
fn dictionary_acronym(spelt: &str) -> bool {
    let lower = crate::lang::lower(spelt);
    lexicon::dictionary_case(&lower, crate::memo::Key::of(&lower)).only_in_capitals
}

/// Whether `rest`, what follows an acronym's capitals, is a hyphen and a Kazakh ending
/// (`-тың`, `-да`, `-ке`, punctuation after it aside).
fn inflected_acronym(rest: &str) -> bool {
    rest.strip_prefix('-').is_some_and(|ending| {
        let ending = ending.trim_end_matches(|c: char| !crate::lang::is_letter(c));
        !ending.is_empty()
            && ending.chars().all(crate::lang::is_lower_cyrillic)
            && super::morph::is_kk_inflection_chain(ending)
    })
}

/// Whether the gap between `left` and `right` is a space that PDF extraction put before a hyphen
/// inside a Cyrillic word (`сондай -ақ`, `НАТО -ның`, `из -за`): a Cyrillic letter before it, a
/// hyphen glued to a Cyrillic letter after it, and no blank line between. Running text never
/// spaces a word's hyphen off this way (not once in NTREX's 4,000 Kazakh and Russian lines); a
/// dash has spaces on both sides (`Бұл - соғыс`) and stays as it is.
pub(crate) fn glued_hyphen(text: &str, left: &Chunk, right: &Chunk) -> bool {
    let r = &text[right.range.clone()];
    let Some(after) = r.strip_prefix('-') else {
        return false;
    };
    let cyrillic = |c: Option<char>| c.is_some_and(crate::lang::is_cyrillic);
    cyrillic(after.chars().next())
        && cyrillic(text[left.range.clone()].chars().next_back())
        && !super::syllables::blank_line_in(&text[left.range.end..right.range.start])
}

/// Whether a space parts a slash from a lowercase Cyrillic letter on one side while the other side
/// of the slash is glued to a Cyrillic letter (`ми ля/ сағ`, `км /сағ`): a unit or a pair of words
/// written with a slash, split by the damage. Running text spaces a slash off on one side only
/// before a capital at most (`Орталығының/ Бостон`, once in NTREX's 4,000 Kazakh and Russian
/// lines), which stays as it is, as do slashes spaced on both sides and blank lines.
fn glued_slash(text: &str, left: &Chunk, right: &Chunk) -> bool {
    if super::syllables::blank_line_in(&text[left.range.end..right.range.start]) {
        return false;
    }
    let (l, r) = (&text[left.range.clone()], &text[right.range.clone()]);
    let cyrillic = |c: Option<char>| c.is_some_and(crate::lang::is_cyrillic);
    let lower = |c: Option<char>| c.is_some_and(crate::lang::is_lower_cyrillic);
    match (l.strip_suffix('/'), r.strip_prefix('/')) {
        (Some(before), None) => cyrillic(before.chars().next_back()) && lower(r.chars().next()),
        (None, Some(after)) => cyrillic(l.chars().next_back()) && lower(after.chars().next()),
        _ => false,
    }
}

/// Words after which a hyphen and a space are a suspended compound, not a broken word (`pre- and
/// post-war`, `двух- и трёхсторонний`, `екі- немесе үшжақты`).
const SUSPENDING: &[&str] = &[
    "and",
    "or",
    "nor",
    "to",
    "и",
    "или",
    "либо",
    "а",
    "және",
    "немесе",
    "не",
    "әрі",
    "мен",
];

/// Russian pronouns and adverbs that take the particle `-либо` (`когда-либо`, `кто-либо`): after
/// one of them, or its last syllables, `либо` after a hyphen and a space is the particle, not "or"
/// continuing a suspended compound (`двух- либо трёхэтажный`).
const TAKE_LIBO: &[&str] = &[
    "кто",
    "кого",
    "кому",
    "кем",
    "ком",
    "что",
    "чего",
    "чему",
    "чем",
    "чём",
    "где",
    "когда",
    "куда",
    "откуда",
    "как",
    "какой",
    "какая",
    "какое",
    "какие",
    "какого",
    "какую",
    "каким",
    "каких",
    "какому",
    "какими",
    "чей",
    "чья",
    "чьё",
    "чьи",
    "сколько",
    "почему",
    "зачем",
];

/// Whether a gap after a chunk ending in a hyphen (`left`, hyphen and all) is where a line broke:
/// a line break, or a single space where an extractor joined the lines (`ter- rorism`, `қой ыл-
/// ған`, `ког да- либо`), unless the chunk after it continues a suspended compound.
pub(crate) fn broken_at_hyphen(gap: &str, left: &str, right: &str) -> bool {
    if gap.contains('\n') {
        return true;
    }
    if gap != " " {
        return false;
    }
    let word = crate::lang::lower(right.trim_end_matches(|c: char| !crate::lang::is_letter(c)));
    if word == "либо" {
        let before = left.trim_end_matches('-');
        let before = before
            .rsplit(|c: char| !crate::lang::is_letter(c))
            .next()
            .unwrap_or(before);
        // The pronoun or its last syllables, where the damage split it (`ког да- либо`).
        let before = crate::lang::lower(before);
        return !before.is_empty() && TAKE_LIBO.iter().any(|p| p.ends_with(before.as_str()));
    }
    !SUSPENDING.contains(&word.as_str())
}

/// Applies the decisions: the repaired text and its map back to `text`.
pub(crate) fn apply(
    text: &str,
    chunks: &[Chunk],
    joints: &[(Joint, &'static str)],
) -> (String, OffsetMap) {
    let mut b = Builder::with_capacity(text.len());
    for (i, chunk) in chunks.iter().enumerate() {
        let joint = if i + 1 < chunks.len() {
            joints[i].0
        } else {
            Joint::Space
        };
        let gap = chunk.range.end..chunks.get(i + 1).map_or(chunk.range.end, |c| c.range.start);
        match joint {
            Joint::JoinDropHyphen => {
                let hyphen = chunk.range.end - 1;
                b.copy(chunk.range.start, &text[chunk.range.start..hyphen]);
                b.replace(hyphen..gap.end, "");
            }
            _ => {
                b.copy(chunk.range.start, &text[chunk.range.clone()]);
                if gap.is_empty() {
                    continue;
                }
                match joint {
                    Joint::Space if &text[gap.clone()] == " " => b.copy(gap.start, " "),
                    Joint::Space => b.replace(gap, " "),
                    _ => b.replace(gap, ""),
                }
            }
        }
    }
    debug_assert!(!b.text().ends_with(' '));
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{normalize, normalize_with};

    #[test]
    fn lines_in_capitals_are_told_as_unicode_tells_their_letters_case() {
        // The reference: every Cyrillic letter's case asked of Unicode.
        let by_letters = |line: &str| {
            let cyrillic = line.chars().filter(|&c| crate::lang::is_cyrillic(c));
            let upper = cyrillic.clone().filter(|c| c.is_uppercase()).count();
            let lower = cyrillic.filter(|c| c.is_lowercase()).count();
            upper >= MIN_CAPITALS && lower * 10 <= upper
        };
        let mut letters: Vec<char> = ('\u{400}'..='\u{52f}')
            .filter(|&c| crate::lang::is_cyrillic(c) && (c.is_uppercase() || c.is_lowercase()))
            .collect();
        letters.extend(['A', 'b', ' ', '-', '1', 'é', '€', '😀', '\n']);
        let mut seed = 7u64;
        for n in 0..4000 {
            // Lines mostly in capitals, a few lowercase letters among them, of every length.
            let len = n % 60;
            let line: String = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let c = letters[(seed >> 33) as usize % letters.len()];
                    if (seed >> 20).is_multiple_of(8) {
                        c
                    } else {
                        c.to_uppercase().next().unwrap_or(c)
                    }
                })
                .collect();
            assert_eq!(in_capitals(&line), by_letters(&line), "{line:?}");
        }
        assert!(in_capitals("СОТ РУД НИ ЧЕ СТВО ҚА ЗАҚ"));
        assert!(!in_capitals("Сотрудничество Казахстана"));
        assert!(!in_capitals("НАТО"));
    }

    #[test]
    fn a_hyphen_spaced_off_its_word_rejoins_and_a_dash_stays() {
        for (damaged, repaired) in [
            ("сондай -ақ", "сондай-ақ"),
            ("НАТО -ның", "НАТО-ның"),
            ("из -за того", "из-за того"),
            ("Лос\n-Анджелес", "Лос-Анджелес"),
            ("көңіл -күй", "көңіл-күй"),
        ] {
            assert_eq!(normalize(damaged).text, repaired, "{damaged:?}");
        }
        // Dashes, a hyphen before a number's ending, English: as they were.
        for kept in ["Бұл - соғыс", "Это – война", "Бұл 90% -ы", "well -known"]
        {
            assert_eq!(normalize(kept).text, kept, "{kept:?}");
        }
        // A blank line between is no space inside a word (the text folds it to one space).
        assert_eq!(normalize("Бұл сөз\n\n-ақ").text, "Бұл сөз -ақ");
    }

    #[test]
    fn libo_after_a_pronoun_is_its_particle_and_after_a_stem_a_suspended_or() {
        for (damaged, repaired) in [
            (
                "и бы ла ли она та ко вой ког да- либо.",
                "и была ли она таковой когда-либо.",
            ),
            ("Ка ки е- либо дан ные", "Какие-либо данные"),
            ("Кто- либо из нас", "Кто-либо из нас"),
        ] {
            assert_eq!(normalize(damaged).text, repaired, "{damaged:?}");
        }
        assert_eq!(
            normalize("двух- либо трёхэтажные дома").text,
            "двух- либо трёхэтажные дома"
        );
    }

    #[test]
    fn a_slash_spaced_off_on_one_side_rejoins_and_a_spaced_one_stays() {
        for (damaged, repaired) in [
            (
                "жыл дам ды ғы 85 ми ля/ сағ болды",
                "жылдамдығы 85 миля/сағ болды",
            ),
            ("скорость 120 км /ч", "скорость 120 км/ч"),
            ("ВИЧ/ СПИД", "ВИЧ/ СПИД"),
        ] {
            assert_eq!(normalize(damaged).text, repaired, "{damaged:?}");
        }
        // Spaced on both sides, before a capital, after a number: as they were.
        for kept in ["осы / сол", "Орталығының/ Бостон", "5/ сағ"] {
            assert_eq!(normalize(kept).text, kept, "{kept:?}");
        }
    }

    #[test]
    fn acronyms_split_by_spaces_rejoin_where_known() {
        let v = Vocabulary::from_text("АҚШ және БҰҰ-ның НАТО-мен");
        let fix = |t: &str| crate::normalize::normalize_with(t, &v).text;
        assert_eq!(fix("АҚ Ш-пен және БҰ Ұ"), "АҚШ-пен және БҰҰ");
        assert_eq!(fix("«НА ТО» деп"), "«НАТО» деп");
        // Pieces that spell no acronym known, and a word in capitals after one: as they were.
        assert_eq!(fix("ЕО ЕҚЫҰ мен"), "ЕО ЕҚЫҰ мен");
        assert_eq!(fix("О НИ пришли"), "О НИ пришли");
        assert_eq!(fix("США НАТО"), "США НАТО");
    }

    #[test]
    fn acronyms_the_dictionary_writes_in_capitals_rejoin_unseen_whole() {
        // One sentence, a document of its own: the Russian dictionary writes `НАТО`, `США` and
        // `ООН` in capitals, and nothing but an acronym cut apart stands in capitals in a line
        // of lowercase text.
        let fix = |t: &str| normalize(t).text;
        assert_eq!(
            fix("Сотрудничество НА ТО и Казахстана."),
            "Сотрудничество НАТО и Казахстана."
        );
        assert_eq!(fix("НА ТО мен Қазақстан."), "НАТО мен Қазақстан.");
        assert_eq!(fix("Решение С ША и О ОН."), "Решение США и ООН.");
        // Capitals that spell a lowercase word, or no word the dictionary writes in capitals,
        // stay as written.
        assert_eq!(fix("О НИ пришли"), "О НИ пришли");
        assert_eq!(fix("Ол ЕО ЕҚЫҰ мен сөйлесті."), "Ол ЕО ЕҚЫҰ мен сөйлесті.");
    }

    #[test]
    fn an_acronym_cut_before_its_last_letter_rejoins_by_its_kazakh_ending() {
        // One sentence, a document of its own: the acronym is nowhere written whole.
        let fix = |t: &str| normalize(t).text;
        assert_eq!(
            fix("Олар АҚ Ш-тың саясаты туралы айтты."),
            "Олар АҚШ-тың саясаты туралы айтты."
        );
        assert_eq!(fix("Ол БҰ Ұ-да сөйледі."), "Ол БҰҰ-да сөйледі.");
        // Two acronyms (neither piece a letter alone), and Russian, stay as written.
        assert_eq!(fix("Ол ҚР ІІМ-нің өкілі."), "Ол ҚР ІІМ-нің өкілі.");
        assert_eq!(fix("Он был В США-да."), "Он был В США-да.");
    }

    #[test]
    fn split_lines_in_capitals_rejoin_and_clean_ones_stay() {
        assert_eq!(
            normalize("СОТ РУД НИ ЧЕ СТВО КА ЗАХ СТА НА В РАМ КАХ ПРОГ РАМ МЫ").text,
            "СОТРУДНИЧЕСТВО КАЗАХСТАНА В РАМКАХ ПРОГРАММЫ"
        );
        // A heading wrapped over two lines, before a lowercase body.
        assert_eq!(
            normalize(
                "ҚА ЗАҚ СТАН РЕС ПУБ ЛИ КА СЫ НЫҢ\nСЫРТ ҚЫ ІС ТЕР МИ НИСТР ЛІ ГІ\nБей біт ші лік"
            )
            .text,
            "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ СЫРТҚЫ ІСТЕР МИНИСТРЛІГІ Бейбітшілік"
        );
        // In clean capitals nothing tells a name's words apart: they stay as written.
        for clean in [
            "САЙФУЛЛО ХАБИБУЛЛАЕВИЧ САИПОВ И ЭРНАНА ФЕРРУЧИ",
            "ООН И НАТО В ЦЕНТРАЛЬНОЙ АЗИИ",
        ] {
            assert!(
                capitals_lowered(clean, &Vocabulary::from_text(clean)).is_none(),
                "{clean}"
            );
            assert_eq!(normalize(clean).text, clean);
        }
    }

    #[test]
    fn a_short_line_of_capitals_beside_a_line_in_capitals_is_read_with_it() {
        // A heading's last syllable wrapped onto a line of its own has too few letters to tell
        // that it is written in capitals; beside a line that is, it is read in lowercase too.
        assert_eq!(
            normalize("ЖЕ КЕ ӨЗІ ҮЛГІ БОЛА А ЛА\nДЫ.").text,
            "ЖЕКЕ ӨЗІ ҮЛГІ БОЛА АЛАДЫ."
        );
        assert_eq!(
            normalize("ТРАМП КАМ ПА НИ Я СЫ НЫҢ Ө\nКІ ЛІ.").text,
            "ТРАМП КАМПАНИЯСЫНЫҢ ӨКІЛІ."
        );
        // An acronym on a line of its own after a lowercase line stays as written.
        assert_eq!(
            normalize("бей біт ші лік жо лын да ғы\nНАТО").text,
            "бейбітшілік жолындағы НАТО"
        );
    }

    #[test]
    fn a_split_collection_needs_fewer_short_pieces_to_show_a_line_in_capitals_split() {
        // Russian lines in capitals whose short pieces are mostly prepositions and particles
        // (`НО`, `И`, `НЕ`, `У`, `ДА`, `С`): one chunk in four short is not reached, but the
        // document's other words are split, and so are these.
        let line = "НО, КАК И ПРЕЖДЕ, «РЕЙНДЖЕРС» НЕ У ДА ЛОСЬ СПРА ВИТЬ СЯ С ИГ РОЙ";
        assert!(capitals_lowered(line, &Vocabulary::from_text(line)).is_none());
        let document = format!(
            "{line}\n\nСот руд ни че ст во Ка за х стана в рам ках прог рам мы Парт нёр ст во во \
             имя ми ра на ча лось в де вя нос тых го дах, ког да рес пуб ли ка вы бра ла путь"
        );
        let vocab = Vocabulary::from_text(&document);
        assert!(capitals_lowered(line, &vocab).is_some());
        assert_eq!(
            normalize_with(line, &vocab).text,
            "НО, КАК И ПРЕЖДЕ, «РЕЙНДЖЕРС» НЕ УДАЛОСЬ СПРАВИТЬСЯ С ИГРОЙ"
        );
        // Clean headings' acronyms are no pieces, with or without a vowel: in lowercase, `рк`
        // would run into the word before it (`МИДРК`, `ОПЫТРК`).
        for heading in [
            "ЗАЯВЛЕНИЕ МИД РК ПО ИТОГАМ САММИТА НАТО В УЭЛЬСЕ",
            "ОБСЕ И ООН В ЦЕНТРАЛЬНОЙ АЗИИ: ОПЫТ РК",
        ] {
            assert!(capitals_lowered(heading, &vocab).is_none(), "{heading}");
            assert_eq!(normalize_with(heading, &vocab).text, heading);
        }
    }

    #[test]
    fn a_hyphen_before_a_space_breaks_a_word_where_lines_were_joined() {
        assert_eq!(
            normalize("threats posed by ter- rorism and Nato- led forces").text,
            "threats posed by terrorism and NATO-led forces"
        );
        assert_eq!(
            normalize("бей біт ші лік қой ыл- ған").text,
            "бейбітшілік қойылған"
        );
        // A suspended compound keeps its hyphen and its space.
        assert_eq!(
            normalize("pre- and post-war plans, двух- и трёхсторонние").text,
            "pre- and post-war plans, двух- и трёхсторонние"
        );
    }

    #[test]
    fn a_number_s_hyphen_at_a_line_end_stays() {
        assert_eq!(
            normalize("won 31-\n27 with a 5-\nyear-old, к 20-\nлетнему юбилею").text,
            "won 31-27 with a 5-year-old, к 20-летнему юбилею"
        );
    }
}
