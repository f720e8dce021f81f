//! Normalize answers: what did the author write, before the PDF damaged it?
//!
//! [`normalize`] turns a source passage into repaired text — characters first (NFC, invisible
//! characters, look-alike letters: [`chars`]), then the gaps between chunks (line-break hyphens,
//! syllable-split Cyrillic words, whitespace folding), then Kazakh letters typed as Russian ones
//! (`kazakh_letters`) and lost capitals (`case`) —
//! and keeps an [`OffsetMap`] from every repaired byte back to the source, so that highlights and line
//! numbers land on what the user sees.
//!
//! ```
//! let r = trilingua::normalize::normalize("the threats posed by ter-\nrorism and Nato-\nled forces");
//! assert_eq!(r.text, "the threats posed by terrorism and NATO-led forces");
//! ```

mod affix;
// The Kazakh dictionary's cleaning and the letter trie's making run in `build.rs`; in the crate,
// only in the tests that compare them with what the build laid out.
#[cfg_attr(not(test), allow(dead_code))]
mod bases;
mod boundary;
mod case;
mod chars;
mod clitics;
pub mod damage;
mod en_forms;
mod hyphens;
mod joints;
mod kazakh_letters;
mod keytable;
// The counting runs in `build.rs` (and in the tests); a process reads the counts.
#[cfg_attr(not(test), allow(dead_code))]
mod letter_counts;
mod lexicon;
mod morph;
mod offsets;
mod spaced;
mod syllables;
mod trie;

pub use joints::{Decision, Joint};
pub use lexicon::{Vocabulary, PRIOR_LINES};
pub use offsets::OffsetMap;

/// Makes now the Kazakh or the Russian one of two lazily made models, as `lang` asks (neither for
/// other languages): the repair loads what it reads before its first question (see
/// `syllables::load_models`).
fn force_for<K, R>(
    lang: crate::lang::Lang,
    kk: &std::sync::LazyLock<K>,
    ru: &std::sync::LazyLock<R>,
) {
    match lang {
        crate::lang::Lang::Kk => {
            std::sync::LazyLock::force(kk);
        }
        crate::lang::Lang::Ru => {
            std::sync::LazyLock::force(ru);
        }
        _ => {}
    }
}

/// A repaired text and where each of its bytes came from.
#[derive(Clone, Debug)]
pub struct Repaired {
    /// The repaired text: one line, words separated by single spaces.
    pub text: String,
    /// Maps byte offsets of `text` to byte offsets of the source.
    pub map: OffsetMap,
}

impl Repaired {
    /// The repaired text as its source writes what the repair only read differently: the paragraph
    /// breaks of `source` (the text it was repaired from) put back, where a space stands for a
    /// blank line of the source (`normalize` folds every run of whitespace into a space), but where
    /// text goes on past a page break (a page's full last line, a lowercase letter after), and each
    /// hyphen the source wrote as U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN (`қадір‐қасиеті`, as
    /// the Kazakh UDHR writes its compounds) written so again: the repair reads them as `-`, but
    /// they are how the author wrote the word, not damage.
    pub fn as_written(&self, source: &str) -> String {
        let blank_lines = has_blank_line(source);
        let hyphens = source.contains(chars::HYPHENS);
        // Most passages hold neither (passages are cut at blank lines): nothing to put back.
        if !blank_lines && !hyphens {
            return self.text.clone();
        }
        let mut out = String::with_capacity(self.text.len() + 8);
        let mut from = 0;
        for (at, c) in self.text.match_indices([' ', '-']) {
            let written = source.get(self.map.source_range(at..at + 1)).unwrap_or("");
            let replacement = match c {
                " " if blank_lines
                    && has_blank_line(written)
                    && !(self.text[at + 1..].starts_with(char::is_lowercase)
                        && goes_on_past_page(source, self.map.source_range(at..at + 1).start)) =>
                {
                    "\n\n"
                }
                "-" if hyphens => match written.trim_end() {
                    h if h.chars().count() == 1 && h.contains(chars::HYPHENS) => h,
                    _ => continue,
                },
                _ => continue,
            };
            out.push_str(&self.text[from..at]);
            out.push_str(replacement);
            from = at + 1;
        }
        out.push_str(&self.text[from..]);
        out
    }
}

/// Whether the paragraph of `source` that ends at `end` (before a blank line) reads as a page's
/// last lines, which the paragraph after goes on from (as `ingest` rejoins them).
fn goes_on_past_page(source: &str, end: usize) -> bool {
    let before = source.get(..end).unwrap_or("").trim_end();
    let para = before
        .rfind("\n\n")
        .map_or(before, |at| before[at..].trim_start());
    crate::ingest::ends_on_full_line(para)
}

/// Whether `text` (a whitespace gap, or a whole passage) holds a blank line: two line breaks with
/// nothing but whitespace between.
pub fn has_blank_line(text: &str) -> bool {
    let mut lines = text.split('\n').skip(1).peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_some() && line.trim().is_empty() {
            return true;
        }
    }
    false
}

/// The character repairs alone (NFC, soft hyphens and invisible characters dropped, odd spaces and
/// hyphens unified, ligatures expanded, look-alike letters made one script), no word joined, split
/// or recased: what a typed query needs, pasted from damaged text as it may be (`партнер­ство` with
/// its soft hyphen, `Бейбiтшiлiк` with Latin `i`s).
pub fn repair_characters(text: &str) -> String {
    chars::repair(text).0
}

/// Whether a dictionary knows lowercase Cyrillic `word`, the least evidence the syllable repair
/// reads of a candidate word: hunspell Kazakh or Russian, or a stem of theirs plus a Kazakh suffix
/// chain or a Russian ending. For the repair bench, which times it against what the repair
/// spends; the repair itself asks more ([`normalize`]).
#[doc(hidden)]
pub fn known_to_dictionaries(word: &str) -> bool {
    use crate::lang::Lang;
    [Lang::Kk, Lang::Ru]
        .into_iter()
        .any(|lang| lexicon::check_lower(lang, word) || morph::stem_plus_ending(lang, word))
}

/// Repairs `source`, using its own unsplit words as evidence. Total: any input gives some text.
pub fn normalize(source: &str) -> Repaired {
    run(source, None, false).0
}

/// Repairs `source` (a passage) with the unsplit words of its whole collection as evidence: build
/// `vocab` once from the document (or corpus) with [`Vocabulary::from_text`].
pub fn normalize_with(source: &str, vocab: &Vocabulary) -> Repaired {
    run(source, Some(vocab), false).0
}

/// Loads now, on two threads, what repairing `sources` (one document's passages) will ask of the
/// lexicons, as far as their letters tell: English's dictionaries where they hold English words,
/// the syllable repair's models of Kazakh and Russian where they hold Cyrillic words side by side.
/// Else each table is read at the first question that needs it, one after another: the American
/// dictionary, then the British, then the Cyrillic models, while the other core waits. Only the
/// first document a process repairs is looked at (a run over many documents would read them all
/// once more for nothing): later ones find most tables loaded, and what they still miss is loaded
/// at its first question.
pub fn preload(sources: &[&str]) {
    static LOOKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !LOOKED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        syllables::load(syllables::Needs::of(sources));
    }
}

/// Fewest passages a thread of [`normalize_all_with`] is given: fewer are not worth a thread.
const MIN_SHARE: usize = 8;

/// [`normalize_with`] of each of `sources` (a document's passages), on every core: the repairs come
/// in the order of `sources`, the same as one thread gives.
pub fn normalize_all_with(sources: &[&str], vocab: &Vocabulary) -> Vec<Repaired> {
    preload(sources);
    crate::shares::map_in_shares(sources, crate::shares::cores(), MIN_SHARE, |s| {
        normalize_with(s, vocab)
    })
}

/// [`normalize_explained_with`] of each of `sources`, on every core, as [`normalize_all_with`].
pub fn normalize_explained_all_with(
    sources: &[&str],
    vocab: &Vocabulary,
) -> Vec<(Repaired, Vec<Decision>)> {
    preload(sources);
    crate::shares::map_in_shares(sources, crate::shares::cores(), MIN_SHARE, |s| {
        normalize_explained_with(s, vocab)
    })
}

/// Repairs `source` and says what was decided at every gap that was not a plain space.
pub fn normalize_explained(source: &str) -> (Repaired, Vec<Decision>) {
    run(source, None, true)
}

/// [`normalize_explained`] with the collection's vocabulary, as [`normalize_with`].
pub fn normalize_explained_with(source: &str, vocab: &Vocabulary) -> (Repaired, Vec<Decision>) {
    run(source, Some(vocab), true)
}

fn run(source: &str, vocab: Option<&Vocabulary>, explain: bool) -> (Repaired, Vec<Decision>) {
    let (mut clean, char_map) = chars::repair(source);
    let own;
    let vocab = match vocab {
        Some(v) => {
            // A passage of a document written in KZ-1048's stand-ins, however few it holds.
            if v.kz1048_stand_ins() {
                chars::kazakh_for_stand_ins(&mut clean);
            }
            v
        }
        None => {
            own = Vocabulary::from_clean_text(&clean);
            &own
        }
    };
    let chunks = joints::chunks(&clean);
    let decisions = joints::decide(&clean, &chunks, vocab);
    let (text, joint_map) = joints::apply(&clean, &chunks, &decisions);
    // Letter for letter: the joint map stays right.
    let text = kazakh_letters::restore(text, vocab);
    let text = case::restore(text, vocab);
    let mut explained = Vec::new();
    if explain {
        for (i, &(joint, reason)) in decisions.iter().enumerate() {
            let (l, r) = (&chunks[i], &chunks[i + 1]);
            // Plain spaces are not worth explaining.
            if joint == Joint::Space && reason == "space" {
                continue;
            }
            explained.push(Decision {
                source: char_map.source_range(l.range.end..r.range.start),
                word: word_at(&clean, &chunks, &decisions, i),
                left: clean[l.range.clone()].to_string(),
                right: clean[r.range.clone()].to_string(),
                joint,
                reason,
            });
        }
    }
    let map = char_map.compose(&joint_map);
    (Repaired { text, map }, explained)
}

/// The repaired word that contains the gap after chunk `i` (or, for a kept space, the two words).
fn word_at(clean: &str, chunks: &[joints::Chunk], decisions: &[(Joint, &str)], i: usize) -> String {
    let joined = |g: usize| decisions[g].0 != Joint::Space;
    let mut a = i;
    while a > 0 && joined(a - 1) {
        a -= 1;
    }
    let mut b = i + 1;
    while b < decisions.len() && joined(b) {
        b += 1;
    }
    let mut s = String::new();
    for n in a..=b {
        let t = &clean[chunks[n].range.clone()];
        let t = if n < b && decisions[n].0 == Joint::JoinDropHyphen {
            &t[..t.len() - 1]
        } else {
            t
        };
        s.push_str(t);
        if n < b && decisions[n].0 == Joint::Space {
            s.push(' ');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dictionary_knows_words_and_their_inflections_not_syllables() {
        for word in ["бейбітшілік", "жолындағы", "сотрудничество", "казахстана"]
        {
            assert!(known_to_dictionaries(word), "{word}");
        }
        for syllables in ["шілікжо", "ғыжо", "руднич"] {
            assert!(!known_to_dictionaries(syllables), "{syllables}");
        }
    }

    #[test]
    fn passages_repaired_on_every_core_come_as_one_thread_gives_them() {
        let udhr = include_str!("../../corpus/udhr-1948.kk.txt");
        let damaged = damage::damage(udhr, 11);
        let sources: Vec<&str> = damaged.split("\n\n").collect();
        assert!(sources.len() > 4 * MIN_SHARE, "{} passages", sources.len());
        let vocab = Vocabulary::from_text(&damaged);
        let one: Vec<String> = sources
            .iter()
            .map(|s| normalize_with(s, &vocab).text)
            .collect();
        let all: Vec<String> = normalize_all_with(&sources, &vocab)
            .into_iter()
            .map(|r| r.text)
            .collect();
        assert!(all == one);
        let explained: Vec<String> = normalize_explained_all_with(&sources, &vocab)
            .into_iter()
            .map(|(r, _)| r.text)
            .collect();
        assert!(explained == one);
    }

    #[test]
    fn paragraph_breaks_come_back_where_the_source_had_blank_lines() {
        let source = "Кі ріс пе\n\nҚа зақ стан ның ын ты мақ тас ты ғы\nбас тал ды.\n \nEnd.";
        let repaired = normalize(source);
        assert!(!repaired.text.contains('\n'));
        assert_eq!(
            repaired.as_written(source),
            "Кіріспе\n\nҚазақстанның ынтымақтастығы басталды.\n\nEnd."
        );
        assert!(has_blank_line("\n\n") && has_blank_line(" \n \n "));
        assert!(!has_blank_line(" \n ") && !has_blank_line(" "));
        // A passage without a blank line comes back as repaired.
        for text in ["a\nb\n", "a \r\nb", "a", "a\n \n"] {
            assert_eq!(has_blank_line(text), text.ends_with(" \n"), "{text:?}");
        }
        let source = "Кі ріс пе\nҚа зақ стан\n";
        assert_eq!(normalize(source).as_written(source), "Кіріспе Қазақстан");
    }

    #[test]
    fn hyphens_come_back_as_the_source_writes_them() {
        // Read as `-` (a compound kept, a line-break hyphen dropped), written as the source has it.
        let source = "қадір\u{2010}қасиеті мен ар\u{2011}ождан, ата-ана, the Nato\u{2010}\nled ter\u{2010}\nrorism";
        let repaired = normalize(source);
        assert_eq!(
            repaired.text,
            "қадір-қасиеті мен ар-ождан, ата-ана, the NATO-led terrorism"
        );
        assert_eq!(
            repaired.as_written(source),
            "қадір\u{2010}қасиеті мен ар\u{2011}ождан, ата-ана, the NATO\u{2010}led terrorism"
        );
        // Syllables split and a blank line too.
        let source = "Ба ла лар\u{2010}дың құқық та ры\n\nАта\u{2010}ана";
        assert_eq!(
            normalize(source).as_written(source),
            "Балалар\u{2010}дың құқықтары\n\nАта\u{2010}ана"
        );
    }

    #[test]
    fn folds_whitespace_and_keeps_offsets() {
        let src = "  Partnership   for\r\nPeace \n";
        let r = normalize(src);
        assert_eq!(r.text, "Partnership for Peace");
        let at = r.text.find("Peace").unwrap();
        assert_eq!(&src[r.map.source_range(at..at + 5)], "Peace");
    }

    #[test]
    fn english_line_break_hyphens() {
        let src = "posed by ter-\nrorism, the Nato-\nled operation in afghani-\nstan";
        let r = normalize(src);
        // Lost capitals come back too.
        assert_eq!(
            r.text,
            "posed by terrorism, the NATO-led operation in Afghanistan"
        );
        let at = r.text.find("terrorism").unwrap();
        assert_eq!(
            &src[r.map.source_range(at..at + "terrorism".len())],
            "ter-\nrorism"
        );
    }

    #[test]
    fn empty_and_blank_input() {
        assert_eq!(normalize("").text, "");
        assert_eq!(normalize(" \n\t ").text, "");
    }
}
