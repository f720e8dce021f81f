//! Letter-spaced words: which spaces between the letters of a heading set with wide tracking
//! (`А Н Д А Т П А`, `K E Y   W O R D S`) part its words?
//!
//! Typesetting spaces out the letters of a heading or an emphasized word; PDF extraction writes
//! each letter as a chunk of its own. A run of one-letter chunks on one line is such a word or
//! words: where the spaces inside it differ in width, the wider ones part the words and the
//! narrower ones are inside them (each word cased as a word is); where they are all alike, the
//! letters of an English run or a Cyrillic one in capitals are cut into the fewest words the
//! lexicons know (English, Kazakh and Russian), an unknown stretch kept whole. Other runs of
//! Cyrillic letters spaced alike are left to the syllable repair, which reads them as it reads any
//! split word (`а н д а т п а` → `андатпа`), and as damage cut at any letter leaves them (`к а Р и`,
//! pieces of two words).

use super::joints::{Chunk, Joint};
use super::{lexicon, morph};
use crate::lang::{is_cyrillic, Lang};
use crate::memo::Key;

/// Fewest one-letter chunks a letter-spaced run has: two (`и в`, `a I`) are running text.
const MIN_LETTERS: usize = 3;

/// Most letters of a run cut into words by the lexicons ([`cut_into_words`]); a longer run is
/// left as written.
const MAX_LETTERS: usize = 80;

/// Longest chunk, in bytes, that may be one letter with punctuation around it (`«Т`, `Р»:`).
const MAX_CHUNK_BYTES: usize = 10;

/// Why a space inside a letter-spaced word is removed.
const INSIDE: &str = "joined: letters spaced out in a heading (narrower spaces inside its words)";
/// Why a wider space in a letter-spaced run is kept.
const BETWEEN: &str =
    "kept apart: letters spaced out in a heading (a wider space between its words)";
/// Why a space inside a letter-spaced run cut by the lexicons is removed.
const CUT_INSIDE: &str =
    "joined: letters spaced out in a heading, cut into the words the lexicons know";
/// Why a space in a letter-spaced run cut by the lexicons is kept.
const CUT_BETWEEN: &str =
    "kept apart: letters spaced out in a heading, cut into the words the lexicons know";

/// The script of a letter-spaced run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
}

fn script(c: char) -> Option<Script> {
    if c.is_ascii_alphabetic() {
        Some(Script::Latin)
    } else if is_cyrillic(c) && crate::lang::is_letter(c) {
        Some(Script::Cyrillic)
    } else {
        None
    }
}

/// The one letter `chunk` holds, punctuation before it allowed where `first` (`«Т`), and whether
/// punctuation follows it (`Р:`, which ends a run); `None` for any other chunk.
fn letter_of(chunk: &str, first: bool) -> Option<(char, bool)> {
    // Asked of every chunk: most are words, longer than a letter and its punctuation.
    if chunk.len() > MAX_CHUNK_BYTES {
        return None;
    }
    let body = if first {
        chunk.trim_start_matches(|c: char| !c.is_alphanumeric())
    } else {
        chunk
    };
    let mut chars = body.chars();
    let letter = chars.next().filter(|&c| script(c).is_some())?;
    let rest = chars.as_str();
    // A hyphen after the letter is a line break's or a compound's: a piece of running text.
    if rest.chars().any(char::is_alphanumeric) || rest.starts_with('-') {
        return None;
    }
    Some((letter, !rest.is_empty()))
}

/// Decides the spaces inside every letter-spaced run of `chunks` (the gaps at its edges stay as
/// decided).
pub(crate) fn rejoin(text: &str, chunks: &[Chunk], joints: &mut [(Joint, &'static str)]) {
    let mut i = 0;
    while i < chunks.len() {
        let Some((first, mut closed)) = letter_of(&text[chunks[i].range.clone()], true) else {
            i += 1;
            continue;
        };
        let run_script = script(first);
        let mut letters = vec![first];
        let mut j = i;
        while !closed && j + 1 < chunks.len() {
            let gap = &text[chunks[j].range.end..chunks[j + 1].range.start];
            if gap.contains(['\n', '\r']) {
                break;
            }
            match letter_of(&text[chunks[j + 1].range.clone()], false) {
                Some((l, punct)) if script(l) == run_script => {
                    letters.push(l);
                    closed = punct;
                    j += 1;
                }
                _ => break,
            }
        }
        if letters.len() >= MIN_LETTERS {
            decide_run(text, &chunks[i..=j], &letters, &mut joints[i..j]);
        }
        i = j + 1;
    }
}

/// Decides the gaps inside one run of one-letter chunks.
fn decide_run(
    text: &str,
    chunks: &[Chunk],
    letters: &[char],
    joints: &mut [(Joint, &'static str)],
) {
    let widths: Vec<usize> = chunks
        .windows(2)
        .map(|w| {
            text[w[0].range.end..w[1].range.start]
                .chars()
                .map(width)
                .sum()
        })
        .collect();
    let narrowest = widths.iter().copied().min().unwrap_or(1);
    if widths.iter().any(|&w| w > narrowest) {
        // Each word written as a heading writes it: in capitals, capitalized, or in lowercase.
        let mut word_start = 0;
        for (g, &w) in widths
            .iter()
            .chain(std::iter::once(&usize::MAX))
            .enumerate()
        {
            if w > narrowest {
                if !cased_as_a_word(&letters[word_start..=g]) {
                    return;
                }
                word_start = g + 1;
            }
        }
        for (joint, &w) in joints.iter_mut().zip(&widths) {
            *joint = if w > narrowest {
                (Joint::Space, BETWEEN)
            } else {
                (Joint::Join, INSIDE)
            };
        }
        return;
    }
    let cyrillic = script(letters[0]) == Some(Script::Cyrillic);
    // Cyrillic spaced alike is a heading in capitals; other runs of its letters are the syllable
    // repair's (`а н д а т п а`), or pieces of words cut at any letter (`к а Р и`).
    if cyrillic && !letters.iter().all(|c| c.is_uppercase()) {
        return;
    }
    // A Cyrillic heading in capitals on a line of its own is read by the syllable repair in
    // lowercase, with all its evidence: where it joined any of the run's letters, it stands.
    if letters.len() > MAX_LETTERS || (cyrillic && joints.iter().any(|j| j.0 != Joint::Space)) {
        return;
    }
    let lower: String = letters.iter().flat_map(|c| c.to_lowercase()).collect();
    let cuts = cut_into_words(&lower, letters.len(), cyrillic);
    for (g, joint) in joints.iter_mut().enumerate() {
        *joint = if cuts.contains(&(g + 1)) {
            (Joint::Space, CUT_BETWEEN)
        } else {
            (Joint::Join, CUT_INSIDE)
        };
    }
}

/// Whether `letters` are cased as a word is: all capitals, or lowercase after the first.
fn cased_as_a_word(letters: &[char]) -> bool {
    letters.iter().all(|c| c.is_uppercase()) || letters[1..].iter().all(|c| c.is_lowercase())
}

/// A tab counts as a wide space.
fn width(c: char) -> usize {
    if c == '\t' {
        4
    } else {
        1
    }
}

/// What a word of the cut costs: a word the lexicons know little, a function word less (`RECORDERS
/// WILL`, not `RECORDER SWILL`; `THEY ARE`, not `THE YARE`), a one-letter word more (`a`, `в`), an
/// unknown stretch more, and the more the longer (a name is kept whole rather than cut into
/// unknown pieces, and is not run into the known words beside it: `ROSENSTEIN OVERSEES THE`).
const KNOWN: f32 = 1.0;
const FUNCTION: f32 = 0.6;
const ONE_LETTER: f32 = 3.0;
const UNKNOWN: f32 = 4.0;
const UNKNOWN_LETTER: f32 = 1.0;

/// Where lowercase `lower` (`n` letters) is cut into the fewest words the lexicons know, by
/// dynamic programming over the letters: the letter indexes words start at, the first aside.
fn cut_into_words(lower: &str, n: usize, cyrillic: bool) -> Vec<usize> {
    // Byte offset of each letter, and the end.
    let offsets: Vec<usize> = lower
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(lower.len()))
        .collect();
    // A letter may lowercase to more than one (`İ`): then the text is left whole.
    if offsets.len() != n + 1 {
        return Vec::new();
    }
    let mut best = vec![(f32::INFINITY, 0usize); n + 1];
    best[0].0 = 0.0;
    for end in 1..=n {
        for start in 0..end {
            if best[start].0.is_infinite() {
                continue;
            }
            let word = &lower[offsets[start]..offsets[end]];
            let unknown = UNKNOWN + UNKNOWN_LETTER * (end - start) as f32;
            let cost = if end - start == 1 {
                if one_letter_word(word, cyrillic) {
                    ONE_LETTER
                } else {
                    unknown
                }
            } else if function_word(word, cyrillic) {
                FUNCTION
            } else if known(word, cyrillic) {
                KNOWN
            } else {
                unknown
            };
            let total = best[start].0 + cost;
            if total < best[end].0 {
                best[end] = (total, start);
            }
        }
    }
    let mut cuts = Vec::new();
    let mut at = n;
    while at > 0 {
        let start = best[at].1;
        if start > 0 {
            cuts.push(start);
        }
        at = start;
    }
    cuts
}

/// Whether lowercase `word` of one letter is a word of its own: English `a`, `i`; Russian's
/// one-letter function words (`в`, `и`, `я` …; Kazakh has none).
fn one_letter_word(word: &str, cyrillic: bool) -> bool {
    if cyrillic {
        super::syllables::is_function_word(Lang::Ru, word)
    } else {
        matches!(word, "a" | "i")
    }
}

/// Whether lowercase `word` is a function word (a stopword) of English, or of Kazakh or Russian.
fn function_word(word: &str, cyrillic: bool) -> bool {
    if cyrillic {
        Lang::Kk.is_stopword(word) || Lang::Ru.is_stopword(word)
    } else {
        Lang::En.is_stopword(word)
    }
}

/// Whether a lexicon knows lowercase `word`: English (as written, as a name, or as an acronym),
/// or Kazakh and Russian (their dictionaries, word lists and stems with endings).
fn known(word: &str, cyrillic: bool) -> bool {
    if !cyrillic {
        let mut title = word.to_string();
        if let Some(first) = title.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return [word, &title, &word.to_ascii_uppercase()]
            .into_iter()
            .any(|w| lexicon::check(Lang::En, w));
    }
    let key = Key::of(word);
    [Lang::Kk, Lang::Ru].into_iter().any(|lang| {
        lexicon::check_lower(lang, word)
            || lexicon::zipf(lang, key) > 0
            || lexicon::listed(lang, key)
            || morph::stem_plus_ending(lang, word)
    })
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    fn repaired(text: &str) -> String {
        normalize(text).text
    }

    #[test]
    fn wider_spaces_part_the_words_of_a_spaced_heading() {
        assert_eq!(repaired("K E Y   W O R D S: NATO"), "KEY WORDS: NATO");
        assert_eq!(repaired("Т Ү Й І Н  С Ө З Д Е Р"), "ТҮЙІН СӨЗДЕР");
        assert_eq!(
            repaired("P a r t n e r s h i p  f o r  P e a c e"),
            "Partnership for Peace"
        );
        // A one-letter word between wide spaces stays one.
        assert_eq!(repaired("A  N E W  D A Y"), "A NEW DAY");
    }

    #[test]
    fn letters_spaced_alike_are_cut_into_known_words() {
        assert_eq!(
            repaired("T H E N O R T H A T L A N T I C T R E A T Y"),
            "THE NORTH ATLANTIC TREATY"
        );
        assert_eq!(repaired("А Н Д А Т П А"), "АНДАТПА");
        assert_eq!(
            repaired("С О Т Р У Д Н И Ч Е С Т В О К А З А Х С Т А Н А"),
            "СОТРУДНИЧЕСТВО КАЗАХСТАНА"
        );
        assert_eq!(repaired("the a b s t r a c t of it"), "the abstract of it");
    }

    #[test]
    fn short_words_initials_and_lists_stay() {
        for text in [
            "Он и в самом деле пришёл.",
            "J. R. R. Tolkien wrote it.",
            "a, b, c and d",
            "В ста тье",
        ] {
            assert_eq!(repaired(text), text.replace("ста тье", "статье"));
        }
    }
}
