//! Lexicons used by the repair: the hunspell dictionaries shipped in `data/dicts/` (read with
//! `spellbook`), their stem lists, and the corpus' own vocabulary of words seen unsplit.
//!
//! The dictionaries are compiled into the binary (so the repair works from any folder) and parsed on
//! first use, each language on its own: English text never loads the Kazakh dictionary.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::LazyLock;

use spellbook::Dictionary;

use super::affix::{AffixDict, Prefixes};
use crate::lang::Lang;

/// Strips a byte-order mark and carriage returns (`kk_KZ.dic` has both).
fn clean(text: &str) -> String {
    text.trim_start_matches('\u{feff}').replace('\r', "")
}

fn load(aff: &str, dic: &str) -> Dictionary {
    // The shipped files are known to parse; should one not, an empty dictionary keeps analysis total.
    Dictionary::new(&clean(aff), &clean(dic))
        .or_else(|_| Dictionary::new("SET UTF-8\n", "0\n"))
        .expect("an empty dictionary always parses")
}

static KK_AFF: &str = include_str!("../../data/dicts/kk_KZ.aff");
static KK_DIC: &str = include_str!("../../data/dicts/kk_KZ.dic");
static RU_AFF: &str = include_str!("../../data/dicts/ru_RU.aff");
static RU_DIC: &str = include_str!("../../data/dicts/ru_RU.dic");
static EN_AFF: &str = include_str!("../../data/dicts/en_US.aff");
static EN_DIC: &str = include_str!("../../data/dicts/en_US.dic");

static KK: LazyLock<AffixDict> = LazyLock::new(|| AffixDict::parse(KK_AFF, KK_DIC));
static RU: LazyLock<AffixDict> = LazyLock::new(|| AffixDict::parse(RU_AFF, RU_DIC));
static EN: LazyLock<Dictionary> = LazyLock::new(|| load(EN_AFF, EN_DIC));

/// Whether hunspell knows `word` in `lang`. Kazakh and Russian ignore case (a repair only asks
/// whether letters form a word); English follows hunspell's case rules.
pub(crate) fn check(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::Kk => KK.check(word),
        Lang::Ru => RU.check(word),
        Lang::En => EN.check(word),
        Lang::Und => false,
    }
}

/// [`check`] for a lowercase word (Kazakh and Russian skip the case test).
pub(crate) fn check_lower(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::Kk => KK.check_lower(word),
        Lang::Ru => RU.check_lower(word),
        _ => check(lang, word),
    }
}

/// Stems a Kazakh word may be built on: hunspell kk and ru entries (loanwords take Kazakh endings on
/// Russian stems) and the Kazakh stem list.
static KK_STEMS: LazyLock<Prefixes> = LazyLock::new(|| {
    Prefixes::new(
        KK.bases()
            .chain(RU.bases())
            .chain(crate::lang::kk::known_stems()),
    )
});

/// Calls `stem(end)` for every prefix `word[..end]` of lowercase `word` that is a stem of `lang`
/// (for Kazakh, any stem a Kazakh word may be built on), shortest first.
pub(crate) fn each_stem(lang: Lang, word: &str, stem: impl FnMut(usize)) {
    match lang {
        Lang::Kk => {
            KK_STEMS.walk(word, stem);
        }
        Lang::Ru => RU.each_base_prefix(word, stem),
        _ => {}
    }
}

/// NTREX-128 lines that teach the repair how often words occur; the rest of NTREX (and the UDHR)
/// stay unseen, for measuring the repair.
pub const PRIOR_LINES: usize = 700;

/// Word counts of clean running text per language: the first [`PRIOR_LINES`] NTREX-128 sentences
/// (news; CC BY-SA, see `data/ntrex/`).
static PRIOR: LazyLock<[HashMap<String, u32>; 2]> = LazyLock::new(|| {
    [prior_lines(Lang::Kk), prior_lines(Lang::Ru)].map(|lines| {
        let mut counts: HashMap<String, u32> = HashMap::default();
        for line in lines {
            for chunk in line.split_whitespace() {
                let word = chunk.trim_matches(|c: char| !crate::lang::is_letter(c));
                if !word.is_empty() {
                    *counts.entry(crate::lang::lower(word)).or_default() += 1;
                }
            }
        }
        counts
    })
});

static NTREX_KK: &str = include_str!("../../data/ntrex/newstest2019-ref.kaz.txt");
static NTREX_RU: &str = include_str!("../../data/ntrex/newstest2019-ref.rus.txt");

/// The prior lines of running text in `lang` (Kazakh or Russian; none for other languages): the
/// first [`PRIOR_LINES`] NTREX-128 sentences.
pub(crate) fn prior_lines(lang: Lang) -> impl Iterator<Item = &'static str> {
    let text = match lang {
        Lang::Kk => NTREX_KK,
        Lang::Ru => NTREX_RU,
        _ => "",
    };
    text.lines().take(PRIOR_LINES)
}

/// How often lowercase `word` occurs in [`PRIOR`] text of `lang` (Kazakh or Russian).
pub(crate) fn prior(lang: Lang, word: &str) -> u32 {
    let table = match lang {
        Lang::Kk => &PRIOR[0],
        Lang::Ru => &PRIOR[1],
        _ => return 0,
    };
    table.get(word).copied().unwrap_or(0)
}

thread_local! {
    /// Memo of answers per language: repair asks about the same candidates again and again.
    static MEMO: RefCell<[HashMap<String, bool>; 4]> = RefCell::new(Default::default());
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
        Lang::Und => 3,
    }
}

/// Runs `f` on `word` once per thread and language, remembering the answer (the memo is bounded:
/// it is cleared when it grows large).
fn remembered(lang: Lang, word: &str, f: impl FnOnce() -> bool) -> bool {
    MEMO.with(|m| {
        let i = slot(lang);
        if let Some(&known) = m.borrow()[i].get(word) {
            return known;
        }
        let known = f();
        let mut m = m.borrow_mut();
        if m[i].len() > 500_000 {
            m[i].clear();
        }
        m[i].insert(word.to_string(), known);
        known
    })
}

/// [`check`], remembered per thread.
pub(crate) fn check_cached(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::Kk | Lang::Ru | Lang::En => remembered(lang, word, || check(lang, word)),
        Lang::Und => false,
    }
}

/// Fewest letters of a stem learnt from the collection: shorter stems are syllables of too many
/// words.
const MIN_VOCAB_STEM: usize = 4;

/// Words seen unsplit in a collection: evidence that a joined candidate is a real word even when no
/// dictionary knows it (names, terms, inflected forms).
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    counts: HashMap<String, u32>,
    /// Capitalized chunks joined with the lowercase chunks after them (`Джо ко` → `джоко`), counted:
    /// a name split into syllables is split alike wherever it recurs.
    names: HashMap<String, u32>,
    /// Stems of the Cyrillic words counted, found on first use ([`Vocabulary::stems`]).
    stems: std::sync::OnceLock<Stems>,
}

/// Stems of a collection's words: a split word whose stem was seen unsplit elsewhere with other
/// endings (`жасушаларды` beside `жасушалары`, `Джейкоб са` beside `Джейкобсом`) is a word of the
/// collection too.
#[derive(Clone, Debug, Default)]
struct Stems {
    /// Kazakh stems: inflections stripped by [`crate::lang::kk::stem`].
    kk: rustc_hash::FxHashSet<String>,
    /// Russian stems: the longest Russian ending stripped.
    ru: rustc_hash::FxHashSet<String>,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// Adds the words of `text`. Only chunks that look like whole words count: long enough that a
    /// syllable split would have cut them, made of letters (and inner hyphens), not all capitals.
    pub fn add_text(&mut self, text: &str) {
        self.add_clean_text(&super::chars::repair(text).0);
    }

    /// [`Vocabulary::add_text`] for text whose characters are already repaired.
    pub(crate) fn add_clean_text(&mut self, text: &str) {
        self.add_name_runs(text);
        for chunk in text.split_whitespace() {
            let word = chunk.trim_matches(|c: char| !crate::lang::is_letter(c));
            // Cyrillic chunks shorter than six letters are often syllables of a split word; Latin
            // text is not syllable-split, so its shorter words count too (`Nato`).
            let min = if word.chars().any(crate::lang::is_cyrillic) {
                6
            } else {
                4
            };
            if word.chars().count() < min
                || word.ends_with('-')
                || !word.chars().all(|c| crate::lang::is_letter(c) || c == '-')
                || word.chars().all(char::is_uppercase)
            {
                continue;
            }
            *self.counts.entry(crate::lang::lower(word)).or_insert(0) += 1;
        }
        // Stems are found again on first use.
        self.stems = std::sync::OnceLock::new();
    }

    /// The stems of the Cyrillic words counted, found once on first use: only a collection with
    /// syllable-split text asks for them.
    fn stems(&self) -> &Stems {
        self.stems.get_or_init(|| {
            let mut stems = Stems::default();
            for word in self.counts.keys() {
                if !word.chars().any(crate::lang::is_cyrillic) {
                    continue;
                }
                let stem = crate::lang::kk::stem(word);
                if stem.chars().count() >= MIN_VOCAB_STEM && stem.len() < word.len() {
                    stems.kk.insert(stem.into_owned());
                }
                if let Some(stem) = super::morph::ru_stems(word).next() {
                    stems.ru.insert(stem.to_string());
                }
            }
            stems
        })
    }

    /// Whether lowercase `word` is the Kazakh stem of a word of the collection followed by a chain
    /// of inflections (`жасуша` + `ларды`, the collection having `жасушалары`).
    pub(crate) fn has_kk_stem_of(&self, word: &str) -> bool {
        let stems = &self.stems().kk;
        // Prefixes are looked up first: the chain is checked only where one is a stem.
        !stems.is_empty()
            && word.char_indices().skip(MIN_VOCAB_STEM).any(|(at, _)| {
                stems.contains(&word[..at]) && crate::lang::kk::is_suffix_chain(&word[at..])
            })
    }

    /// Whether lowercase `word` is a stem of the collection's Russian words plus a Russian ending.
    pub(crate) fn has_ru_stem_of(&self, word: &str) -> bool {
        let stems = &self.stems().ru;
        !stems.is_empty() && super::morph::ru_stems(word).any(|s| stems.contains(s))
    }

    /// Counts the runs of a capitalized Cyrillic chunk and up to three lowercase chunks after it on
    /// the same line, each prefix of two chunks or more joined.
    fn add_name_runs(&mut self, text: &str) {
        for line in text.lines() {
            let chunks: Vec<&str> = line.split(' ').filter(|c| !c.is_empty()).collect();
            for (i, first) in chunks.iter().enumerate() {
                let head = first.trim_start_matches(|c: char| !crate::lang::is_letter(c));
                let mut letters = head.chars();
                let starts_name = letters
                    .next()
                    .is_some_and(|c| c.is_uppercase() && crate::lang::is_cyrillic(c))
                    && letters.all(|c| crate::lang::is_letter(c) && c.is_lowercase());
                // A capital that opens a sentence says nothing of a name.
                let mid_sentence = i > 0
                    && chunks[i - 1]
                        .chars()
                        .next_back()
                        .is_some_and(|c| crate::lang::is_letter(c) || c == ',');
                if !starts_name || !mid_sentence {
                    continue;
                }
                let mut joined = crate::lang::lower(head);
                for next in chunks.iter().skip(i + 1).take(3) {
                    let word = next.trim_end_matches(|c: char| !crate::lang::is_letter(c));
                    if word.is_empty()
                        || !word
                            .chars()
                            .all(|c| crate::lang::is_cyrillic(c) && c.is_lowercase())
                    {
                        break;
                    }
                    joined.push_str(word);
                    *self.names.entry(joined.clone()).or_insert(0) += 1;
                    if word.len() != next.len() {
                        break;
                    }
                }
            }
        }
    }

    /// How often the chunks joined as `joined` (lowercase) followed a capital where they were seen.
    pub(crate) fn name_count(&self, joined: &str) -> u32 {
        self.names.get(joined).copied().unwrap_or(0)
    }

    /// A vocabulary of the words of `text`.
    pub fn from_text(text: &str) -> Vocabulary {
        let mut v = Vocabulary::new();
        v.add_text(text);
        v
    }

    pub(crate) fn from_clean_text(text: &str) -> Vocabulary {
        let mut v = Vocabulary::new();
        v.add_clean_text(text);
        v
    }

    /// How often `word` (lowercase) was seen unsplit.
    pub fn count(&self, word: &str) -> u32 {
        self.counts.get(word).copied().unwrap_or(0)
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether no word was added.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionaries_load_and_answer() {
        assert!(check(Lang::Kk, "бейбітшілік"));
        assert!(check(Lang::Ru, "сотрудничество"));
        assert!(check(Lang::En, "terrorism"));
        assert!(!check(Lang::Ru, "сотруд"));
        let mut stems = Vec::new();
        each_stem(Lang::Kk, "жолдастар", |end| stems.push(end));
        assert!(stems.contains(&"жол".len()));
    }

    /// The fast reader agrees with `spellbook` on the words of real text it was not built from.
    #[test]
    fn fast_reader_agrees_with_spellbook() {
        for (lang, aff, dic, text) in [
            (
                Lang::Kk,
                KK_AFF,
                KK_DIC,
                include_str!("../../data/ntrex/newstest2019-ref.kaz.txt"),
            ),
            (
                Lang::Ru,
                RU_AFF,
                RU_DIC,
                include_str!("../../data/ntrex/newstest2019-ref.rus.txt"),
            ),
        ] {
            let reference = load(aff, dic);
            let words: Vec<String> = text
                .split_whitespace()
                .take(3000)
                .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
                .filter(|w| w.chars().count() > 1 && w.chars().all(char::is_alphabetic))
                .collect();
            // Our reader ignores case: compare with spellbook's answer for any capitalization.
            let reference_check = |w: &str| {
                let mut cs = w.chars();
                let title: String = cs
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .chain(cs)
                    .collect();
                reference.check(w) || reference.check(&title) || reference.check(&w.to_uppercase())
            };
            let differ: Vec<_> = words
                .iter()
                .filter(|w| check(lang, w) != reference_check(w))
                .collect();
            let rate = 1.0 - differ.len() as f64 / words.len() as f64;
            assert!(rate > 0.99, "{lang}: agreement {rate:.4}");
        }
    }

    /// The automaton walk answers as plain hash lookups do, on words, on pieces of words and on
    /// pieces joined across words (what the repair asks about).
    #[test]
    fn automaton_check_agrees_with_hash_lookups() {
        for (dict, text) in [
            (
                &*KK,
                include_str!("../../data/ntrex/newstest2019-ref.kaz.txt"),
            ),
            (
                &*RU,
                include_str!("../../data/ntrex/newstest2019-ref.rus.txt"),
            ),
        ] {
            let words: Vec<String> = text
                .split_whitespace()
                .take(4000)
                .map(|w| crate::lang::lower(w.trim_matches(|c: char| !c.is_alphabetic())))
                .filter(|w| !w.is_empty())
                .collect();
            let mut asked = 0;
            for pair in words.windows(2) {
                let joined = format!("{}{}", pair[0], pair[1]);
                let cut = pair[0].char_indices().nth(2).map_or(0, |(i, _)| i);
                for w in [&pair[0], &joined, &pair[0][cut..].to_string()] {
                    assert_eq!(dict.check_lower(w), dict.check_slow(w), "{w}");
                    asked += 1;
                }
            }
            assert!(asked > 10_000);
        }
    }

    #[test]
    fn vocabulary_counts_names_split_alike_mid_sentence() {
        let v = Vocabulary::from_text(
            "Біз Ки ган мен Ки ган, ал Джо ко келді. Ки ган да. Біз Джо ко мен келдік",
        );
        assert_eq!(v.name_count("киган"), 2);
        assert_eq!(v.name_count("джоко"), 2);
        assert_eq!(v.name_count("джокомен"), 1);
        // `Ки` opens a sentence in its third place.
        assert_eq!(v.name_count("киганда"), 0);
        assert_eq!(v.name_count("біз"), 0);
    }

    #[test]
    fn vocabulary_counts_whole_words_only() {
        let v = Vocabulary::from_text("Азиядағы әріп тес тік, Азиядағы НАТО-ның ын ты мақ");
        assert_eq!(v.count("азиядағы"), 2);
        assert_eq!(v.count("тес"), 0);
        assert_eq!(v.count("нато-ның"), 1);
    }
}
