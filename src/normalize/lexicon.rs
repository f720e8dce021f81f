//! Lexicons used by the repair: the hunspell dictionaries shipped in `data/dicts/` (Kazakh and
//! Russian read by [`AffixDict`]; English as the table of its forms [`en_forms`] makes, and by
//! `spellbook` for words not of letters alone), the Kazakh and Russian base words and
//! Kazakh stems in one letter trie (one walk over a candidate answers both dictionaries and its
//! stems), word counts of clean running text, and the corpus' own vocabulary of words seen unsplit.
//!
//! The dictionaries are compiled into the binary (so the repair works from any folder) and read on
//! first use, each language on its own: English text never loads the Kazakh dictionary. What can be
//! worked out from them before (lowercased and sorted word lists and where each word stands in them,
//! the Kazakh dictionary cleaned for the repair, the letter trie: [`bases`], English's forms)
//! `build.rs` works out, and a process reads it in place.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::LazyLock;

use spellbook::Dictionary;

use super::affix::{lines, AffixDict};
use super::bases::{self, Entry};
use super::en_forms;
use super::keytable::KeyTable;
use super::trie::{self, each_label, Node, Trie, ROOT};
use crate::lang::Lang;
use crate::memo::{self, Key, WordMemo};

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
/// `data/dicts/kk_KZ.dic` as `build.rs` prepares it: lowercase, sorted, each word once.
#[cfg(test)]
static KK_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/kk_KZ.dic"));
static RU_AFF: &str = include_str!("../../data/dicts/ru_RU.aff");
/// `data/dicts/ru_RU.dic` as `build.rs` prepares it: lowercase, sorted, each word once.
static RU_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/ru_RU.dic"));
static EN_AFF: &str = include_str!("../../data/dicts/en_US.aff");
static EN_DIC: &str = include_str!("../../data/dicts/en_US.dic");
static GB_AFF: &str = include_str!("../../data/dicts/en_GB.aff");
static GB_DIC: &str = include_str!("../../data/dicts/en_GB.dic");

/// The most letters a lowercase chunk of a split name's run may have ([`Vocabulary`]'s name
/// runs): a syllable, seldom more. Chosen with the repair's cost of partly split passages
/// (`PARTLY_DAMAGED` in the syllable repair) on NTREX lines 701–1000 (4 to 6 tried).
const MAX_NAME_SYLLABLE: usize = 5;

/// The shipped Kazakh dictionary cleaned of what syllable repair would take for words
/// ([`bases::kazakh`]), as `build.rs` writes it.
static KK_BASES_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/kk_KZ.bases.dic"));

/// The suffix rules of each Cyrillic dictionary, read once: the repair's dictionaries and the case
/// repair's take theirs from these.
static KK_RULES: LazyLock<AffixDict<'static>> = LazyLock::new(|| AffixDict::with_rules(KK_AFF));
static RU_RULES: LazyLock<AffixDict<'static>> = LazyLock::new(|| AffixDict::with_rules(RU_AFF));

/// A table of word keys `build.rs` laid out in `OUT_DIR` (`keytable::lay_out`): `$file`, with values
/// or without.
macro_rules! keys {
    ($file:literal, $values:expr) => {
        KeyTable::new(
            include_bytes!(concat!(env!("OUT_DIR"), "/", $file)),
            $values,
        )
    };
}

/// Where the entries of a prepared word list of `OUT_DIR` start, and the table that finds each
/// word, as `build.rs` lays them out ([`super::affix::lay_out`]).
macro_rules! layout {
    ($file:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".layout"))
    };
}

static KK: LazyLock<AffixDict<'static>> =
    LazyLock::new(|| KK_RULES.with_laid_words(KK_BASES_DIC, layout!("kk_KZ.bases.dic")));

static RU: LazyLock<AffixDict<'static>> =
    LazyLock::new(|| RU_RULES.with_laid_words(RU_DIC, layout!("ru_RU.dic")));

// Per language, the entries of the shipped dictionary that only a capital makes words, lowercased
// as `build.rs` writes them: names with their flags (`москва/H`), and words written in capitals
// (`нато`, `сша`); and the dictionary without either (its words as written).
static KK_NAMES_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/kk_KZ.names.dic"));
static RU_NAMES_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/ru_RU.names.dic"));
static RU_CAPS: &str = include_str!(concat!(env!("OUT_DIR"), "/ru_RU.caps.txt"));
static KK_COMMON_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/kk_KZ.common.dic"));
static RU_COMMON_DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/ru_RU.common.dic"));

/// Per Cyrillic language: the names of its dictionary, and its dictionary without them and without
/// its words in capitals.
struct Cased {
    names: AffixDict<'static>,
    common: AffixDict<'static>,
}

/// A prepared word list and its layout.
type Laid = (&'static str, &'static [u8]);

impl Cased {
    /// The dictionaries of `names` and `common` with the suffix rules of `rules`.
    fn new(rules: &AffixDict, names: Laid, common: Laid) -> Cased {
        Cased {
            names: rules.with_laid_words(names.0, names.1),
            common: rules.with_laid_words(common.0, common.1),
        }
    }
}

static KK_CASED: LazyLock<Cased> = LazyLock::new(|| {
    Cased::new(
        &KK_RULES,
        (KK_NAMES_DIC, layout!("kk_KZ.names.dic")),
        (KK_COMMON_DIC, layout!("kk_KZ.common.dic")),
    )
});
static RU_CASED: LazyLock<Cased> = LazyLock::new(|| {
    Cased::new(
        &RU_RULES,
        (RU_NAMES_DIC, layout!("ru_RU.names.dic")),
        (RU_COMMON_DIC, layout!("ru_RU.common.dic")),
    )
});

/// The words of the Russian dictionary written in capitals (`нато`, `сша`), lowercase, in byte order.
static RU_CAPS_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| lines(RU_CAPS).collect());

/// What the Kazakh and Russian dictionaries say of the case of one lowercase word
/// ([`dictionary_case`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DictionaryCase {
    /// The Russian dictionary knows it only in capitals (`нато`, `сша`), with three letters or
    /// more, and neither dictionary as a lowercase word.
    pub(crate) only_in_capitals: bool,
    /// It is a form of a name either dictionary knows, and of no word either knows lowercase
    /// (`москва`, `казахстана`; not `мира`, a form of `мир`).
    pub(crate) only_a_name: bool,
}

/// The first two letters of a word (`'\0'` where it has fewer).
fn first_two(word: &str) -> [char; 2] {
    let mut chars = word.chars();
    [chars.next().unwrap_or('\0'), chars.next().unwrap_or('\0')]
}

/// The first two letters of every name of the Kazakh and Russian dictionaries: a word that begins
/// otherwise is no form of a name, and the names' suffix rules need not be tried on it.
static NAME_STARTS: LazyLock<FxHashSet<[char; 2]>> = LazyLock::new(|| {
    (RU_CASED.names.bases())
        .chain(KK_CASED.names.bases())
        .map(|(w, _)| first_two(w))
        .collect()
});

thread_local! {
    /// [`dictionary_case`]'s answers on this thread: prose repeats its words.
    static CASES: RefCell<WordMemo<DictionaryCase>> = RefCell::default();
}

/// Whether the Kazakh or the Russian dictionary knows lowercase `word` as a lowercase word, not
/// only as a name or in capitals.
pub(crate) fn lowercase_word(word: &str) -> bool {
    KK_CASED.common.check_lower(word) || RU_CASED.common.check_lower(word)
}

/// What the Kazakh and Russian dictionaries say of the case of lowercase `word` (`key` its
/// [`Key::of`]). The lowercase words are asked about only where a name or a word in capitals
/// was found: most words are neither.
pub(crate) fn dictionary_case(word: &str, key: Key) -> DictionaryCase {
    CASES.with(|m| {
        memo::remember(m, key, 1 << 16, || {
            let in_capitals =
                word.chars().nth(2).is_some() && RU_CAPS_WORDS.binary_search(&word).is_ok();
            let name = NAME_STARTS.contains(&first_two(word))
                && (RU_CASED.names.check_lower(word) || KK_CASED.names.check_lower(word));
            let lowercase = (in_capitals || name) && lowercase_word(word);
            DictionaryCase {
                only_in_capitals: in_capitals && !lowercase,
                only_a_name: name && !lowercase,
            }
        })
    })
}

/// The American English dictionary read by `spellbook`: asked only of words that are not letters
/// alone ([`check_en`]); a process that asks none never reads it.
static EN: LazyLock<Dictionary> = LazyLock::new(|| load(EN_AFF, EN_DIC));
/// British spellings (`armour`, `grey`, `defence`), asked of words the American dictionary does not
/// know: NATO and its partners write British English, and en_US knows `Armour` only as a name.
/// Only its words that are not names count (see [`check`]).
static EN_GB: LazyLock<Dictionary> = LazyLock::new(|| load(GB_AFF, GB_DIC));

/// Every form of the American and the British dictionary, as `build.rs` works them out
/// ([`en_forms`]), read in place: what [`check`] asks of words of letters alone.
static EN_FORMS: LazyLock<AffixDict<'static>> = LazyLock::new(|| {
    AffixDict::default().with_laid_words(
        include_str!(concat!(env!("OUT_DIR"), "/en_US.forms.dic")),
        layout!("en_US.forms.dic"),
    )
});
static GB_FORMS: LazyLock<AffixDict<'static>> = LazyLock::new(|| {
    AffixDict::default().with_laid_words(
        include_str!(concat!(env!("OUT_DIR"), "/en_GB.forms.dic")),
        layout!("en_GB.forms.dic"),
    )
});

/// `spellbook` knows no word longer than this many bytes.
const MAX_EN_WORD: usize = 360;

/// Whether the forms of `forms` make `word`, a word of letters alone, as `spellbook` would
/// answer ([`en_forms::knows`]).
fn en_knows(forms: &AffixDict, word: &str) -> bool {
    en_forms::knows(word, |w| forms.flags_of_base(w).map(|f| !f.is_empty()))
}

/// [`check`] of English `word`: from the dictionaries' forms where it is letters alone, else
/// from the dictionaries themselves.
fn check_en(word: &str) -> bool {
    // Its lowercase is letters alone too.
    let letters =
        !word.is_empty() && word.len() <= MAX_EN_WORD && word.chars().all(char::is_alphabetic);
    let knows = |british: bool, w: &str| match (letters, british) {
        (true, false) => en_knows(&EN_FORMS, w),
        (true, true) => en_knows(&GB_FORMS, w),
        (false, false) => EN.check(w),
        (false, true) => EN_GB.check(w),
    };
    knows(false, word)
        || (word.chars().nth(3).is_some() && knows(true, word) && knows(true, &word.to_lowercase()))
}

/// Reads the American English forms now (with `british`, the British ones), rather than at the
/// first word asked about.
pub(crate) fn load_english(british: bool) {
    if british {
        LazyLock::force(&GB_FORMS);
    } else {
        LazyLock::force(&EN_FORMS);
    }
}

/// Reads the hunspell dictionary of `lang` (Kazakh or Russian) now, rather than at the first word
/// asked about.
pub(crate) fn load_dictionary(lang: Lang) {
    super::force_for(lang, &KK, &RU);
}

/// Reads what the case repair asks of the Kazakh and Russian dictionaries now ([`dictionary_case`]:
/// their names, their words in capitals and their other words apart).
pub(crate) fn load_cased() {
    LazyLock::force(&NAME_STARTS);
    LazyLock::force(&RU_CAPS_WORDS);
}

/// Reads the letter trie of both Cyrillic dictionaries and the Kazakh stem list now.
pub(crate) fn load_letter_trie() {
    LazyLock::force(&CYRILLIC);
}

/// Whether hunspell knows `word` in `lang`. Kazakh and Russian ignore case (a repair only asks
/// whether letters form a word); English follows hunspell's case rules.
pub(crate) fn check(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::Kk => KK.check(word),
        Lang::Ru => RU.check(word),
        // British spellings of common words of four letters or more only: en_GB also writes
        // abbreviations as newspapers do (`Nato`, which would then keep its lost capitals), and
        // it knows short slang (`ish`) that is rather a suffix at a line break (`self-`/`ish`).
        Lang::En => check_en(word),
        Lang::Und => false,
    }
}

/// [`check`] for a lowercase word (Kazakh and Russian skip the case test).
pub(crate) fn check_lower(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::Kk | Lang::Ru => with_walk(word, |cyr, walk| cyr.check(lang, walk)),
        _ => check(lang, word),
    }
}

/// Whether lowercase `word` begins some Kazakh or Russian base word or Kazakh stem (or is one).
pub(crate) fn begins_an_entry(word: &str) -> bool {
    with_walk(word, |_, walk| walk.reach >= word.len())
}

/// Calls `stem(end)` for every prefix `word[..end]` of lowercase `word` that is a stem of `lang`
/// (for Kazakh, any stem a Kazakh word may be built on: hunspell kk and ru entries, since loanwords
/// take Kazakh endings on Russian stems, and the Kazakh stem list), shortest first.
pub(crate) fn each_stem(lang: Lang, word: &str, mut stem: impl FnMut(usize)) {
    if !matches!(lang, Lang::Kk | Lang::Ru) {
        return;
    }
    with_walk(word, |cyr, walk| {
        // The nodes after the word's labels, up to where the walk died; a place inside a letter
        // holds the root, where no string ends.
        for (end, &node) in walk.nodes.iter().enumerate().take(walk.reach + 1).skip(1) {
            // Every entry is a stem Kazakh words are built on.
            if trie::ends_after_a_step(node)
                && cyr
                    .entry(node)
                    .is_some_and(|e| lang == Lang::Kk || e.ru.is_some())
            {
                stem(end);
            }
        }
    });
}

/// Whether lowercase `word` (not empty) is itself a stem of Kazakh words ([`each_stem`]).
#[cfg(test)]
pub(crate) fn is_kk_stem(word: &str) -> bool {
    with_walk(word, |cyr, walk| {
        walk.reach == word.len() && !word.is_empty() && cyr.entry(walk.nodes[word.len()]).is_some()
    })
}

/// [`is_kk_stem`] of `head` followed by `tail` (`head` not empty): `head` is read off the walk
/// it begins (the word whose stem it restores), and only `tail`'s letters are stepped, so that
/// the walks kept stay those of the words asked about.
pub(crate) fn is_kk_stem_after(head: &str, tail: &str) -> bool {
    with_walk(head, |cyr, walk| {
        if walk.reach < head.len() {
            return false;
        }
        let mut node = Some(walk.nodes[head.len()]);
        each_label(tail, |_, l| {
            node = node.and_then(|n| cyr.trie.step(n, l));
            node.is_some()
        });
        node.is_some_and(|n| cyr.entry(n).is_some())
    })
}

/// Kazakh and Russian base words and Kazakh stems in one trie over letters: one walk over a
/// candidate answers whether either dictionary knows it and which stems it starts with (the repair
/// asks all three of most candidates).
struct Cyrillic {
    trie: Trie,
    entries: Vec<Entry>,
}

/// The letter trie as `build.rs` lays it out ([`bases::letter_trie`], [`bases::to_bytes`]).
static CYRILLIC_TRIE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/cyrillic.trie"));

static CYRILLIC: LazyLock<Cyrillic> = LazyLock::new(|| {
    // The build wrote the bytes: should they not read, a trie of nothing keeps analysis total.
    let (trie, entries) = bases::from_bytes(CYRILLIC_TRIE).unwrap_or_default();
    Cyrillic { trie, entries }
});

/// The Kazakh stems the letter trie holds besides the dictionaries' bases.
#[cfg(test)]
fn trie_stems() -> Vec<&'static str> {
    crate::lang::kk::known_stems().collect()
}

/// One walk of the letter trie along a word: the node after each letter, up to where the walk died.
#[derive(Default)]
struct Walk {
    word: String,
    /// `nodes[end]`: the node after `word[..end]`, for every `end` up to `reach` where a letter ends.
    nodes: Vec<Node>,
    /// How far (bytes) the word begins an entry.
    reach: usize,
}

impl Walk {
    /// Makes this the walk of `word`. When the walk so far is of a prefix of `word` (a candidate
    /// one chunk longer than the last), only the new letters are walked.
    fn walk_to(&mut self, trie: &Trie, word: &str) {
        let keep = if !self.nodes.is_empty() && word.starts_with(self.word.as_str()) {
            self.word.len()
        } else {
            0
        };
        if keep == word.len() && keep == self.word.len() && !self.nodes.is_empty() {
            return;
        }
        self.word.truncate(keep);
        self.word.push_str(&word[keep..]);
        self.nodes.resize(keep + 1, ROOT);
        self.nodes.resize(word.len() + 1, ROOT);
        if keep == 0 {
            self.reach = 0;
        } else if self.reach < keep {
            // The walk died inside the prefix: it dies there again.
            return;
        }
        let (mut node, mut reach) = (self.nodes[keep], self.reach);
        let nodes = &mut self.nodes;
        each_label(&word[keep..], |end, l| match trie.step(node, l) {
            Some(next) => {
                node = next;
                nodes[keep + end] = next;
                reach = keep + end;
                true
            }
            None => false,
        });
        self.reach = reach;
    }
}

impl Walk {
    /// Whether this is the walk of a word that begins with `word` (or is `word`).
    fn holds(&self, word: &str) -> bool {
        !self.nodes.is_empty() && self.word.starts_with(word)
    }

    /// This walk read as the walk of `word`, a prefix of its word ([`Walk::holds`]): the nodes
    /// after its letters are the same, and it begins an entry no further than it goes.
    fn of_prefix<'w>(&'w self, word: &'w str) -> Walked<'w> {
        Walked {
            word,
            nodes: &self.nodes[..=word.len()],
            reach: self.reach.min(word.len()),
        }
    }
}

/// The walk of one word, as [`Walk`] holds it, or read off the walk of a longer word.
struct Walked<'w> {
    word: &'w str,
    /// `nodes[end]`: the node after `word[..end]`, for every `end` up to `reach` where a letter ends.
    nodes: &'w [Node],
    /// How far (bytes) the word begins an entry.
    reach: usize,
}

thread_local! {
    /// The last two walks of this thread, the most recent first: the repair asks the same candidate
    /// about each dictionary and its stems in a row, its candidates grow a chunk at a time
    /// between questions about their endings, and the heads of a candidate are its prefixes.
    static WALKS: RefCell<[Walk; 2]> = RefCell::default();
}

/// Runs `f` on the walk of lowercase `word`, walking only what the two last walks did not: a walk
/// of a longer word that begins with `word` answers as it is, one of a word that `word` begins
/// with is walked on.
fn with_walk<R>(word: &str, f: impl FnOnce(&Cyrillic, &Walked) -> R) -> R {
    let cyr = &*CYRILLIC;
    WALKS.with(|w| {
        let mut walks = w.borrow_mut();
        if let Some(walk) = walks.iter().find(|walk| walk.holds(word)) {
            return f(cyr, &walk.of_prefix(word));
        }
        let extends = |walk: &Walk| !walk.nodes.is_empty() && word.starts_with(walk.word.as_str());
        // The slot to use: one whose word begins this word, else the older one.
        if !extends(&walks[0]) {
            walks.swap(0, 1);
        }
        walks[0].walk_to(&cyr.trie, word);
        f(cyr, &walks[0].of_prefix(word))
    })
}

impl Cyrillic {
    /// The entry of the string ending at `node`, if one does.
    fn entry(&self, node: Node) -> Option<&Entry> {
        if !self.trie.is_final(node) {
            return None;
        }
        self.trie
            .value(node)
            .and_then(|v| self.entries.get(v as usize))
    }

    /// The flags of the base word of `lang` ending at `node`.
    fn flags(&self, lang: Lang, node: Node) -> Option<&'static str> {
        let e = self.entry(node)?;
        match lang {
            Lang::Kk => KK.flags_at(e.kk?),
            _ => RU.flags_at(e.ru?),
        }
    }

    /// Whether the hunspell dictionary of `lang` knows the walked word: as a base, or as a base
    /// `word[..at]` + strip that one of the rules adding `word[at..]` applies to.
    fn check(&self, lang: Lang, walk: &Walked) -> bool {
        let (word, nodes) = (walk.word, walk.nodes);
        if walk.reach == word.len() && self.flags(lang, nodes[word.len()]).is_some() {
            return true;
        }
        let dict: &AffixDict = if lang == Lang::Kk { &KK } else { &RU };
        dict.splits(word, walk.reach, |at, group| {
            if at == 0 && group.strip.is_empty() {
                return false;
            }
            let mut node = nodes[at];
            let mut found = true;
            each_label(&group.strip, |_, l| match self.trie.step(node, l) {
                Some(next) => {
                    node = next;
                    true
                }
                None => {
                    found = false;
                    false
                }
            });
            found
                && self
                    .flags(lang, node)
                    .is_some_and(|f| dict.applies(group, f, &word[..at], &group.strip))
        })
    }
}

pub use super::letter_counts::PRIOR_LINES;

/// Word counts of clean running text per language: the first [`PRIOR_LINES`] NTREX-128 sentences
/// (news; CC BY-SA, see `data/ntrex/`), counted by `build.rs`
/// ([`super::letter_counts::word_counts`]; at most `u16::MAX` each), by word key.
static PRIOR_KK: KeyTable = keys!("kk.prior.keys", true);
static PRIOR_RU: KeyTable = keys!("ru.prior.keys", true);

/// Per language, how many capitalized words inside a sentence of the prior lines (names, mostly)
/// end in each lowercase string, two letters of the word at least left before it
/// ([`super::letter_counts::name_end_counts`], counted by `build.rs`).
static NAME_ENDS_KK: KeyTable = keys!("kk.name_ends.keys", true);
static NAME_ENDS_RU: KeyTable = keys!("ru.name_ends.keys", true);

/// The log odds, from the prior lines, that lowercase `tail` ends a capitalized word (a name:
/// `Уот сон`, `Том ми`, `Мор рисейге`) rather than standing as a word of its own.
pub(crate) fn name_tail_odds(lang: Lang, tail: &str) -> f32 {
    let slot = match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        _ => return 0.0,
    };
    let key = Key::of(tail).bits();
    let ends = [NAME_ENDS_KK, NAME_ENDS_RU][slot].get(key).unwrap_or(0);
    let alone = [PRIOR_KK, PRIOR_RU][slot].get(key).unwrap_or(0);
    ((ends as f32 + 1.0) / (alone as f32 + 1.0)).ln()
}

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

/// Word forms seen in running Kazakh web text (lowercase, three letters or more; from Tesseract's
/// `tessdata_fast` word lists, Apache-2.0, see `data/tessdata/`), as `build.rs` lays out their keys.
static LISTED_KK: KeyTable = keys!("kk.words.keys", false);
/// [`LISTED_KK`] for Russian.
static LISTED_RU: KeyTable = keys!("ru.words.keys", false);

static LISTED_KK_TEXT: &str = include_str!("../../data/tessdata/kk.words.txt");
static LISTED_RU_TEXT: &str = include_str!("../../data/tessdata/ru.words.txt");

pub(crate) use super::keytable::LISTED_HEAD;

/// A web word list laid out for prefix questions ([`begins_a_listed_word`]), built when a long
/// candidate of its language first asks (the keys of its heads laid out by `build.rs`).
struct ListedPrefixes {
    text: &'static str,
    /// Where each line starts, in the list's order (byte order: the lists are sorted), and one
    /// past the end of the last.
    starts: Vec<u32>,
    /// The keys of the first [`LISTED_HEAD`] letters of the words that are longer: a prefix whose
    /// head is not among them begins no listed word, told in one lookup (most candidates asked are
    /// syllables of several words run together, which begin none).
    heads: KeyTable,
}

impl ListedPrefixes {
    fn of(text: &'static str, heads: KeyTable) -> ListedPrefixes {
        let mut starts: Vec<u32> = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at as u32 + 1))
            .collect();
        if !text.ends_with('\n') {
            starts.push(text.len() as u32 + 1);
        }
        ListedPrefixes {
            text,
            starts,
            heads,
        }
    }

    /// Line `i` of the list.
    fn line(&self, i: usize) -> &'static str {
        let (from, to) = (self.starts[i] as usize, self.starts[i + 1] as usize - 1);
        self.text[from..to].trim_end_matches('\r')
    }
}

static LISTED_PREFIXES_KK: LazyLock<ListedPrefixes> =
    LazyLock::new(|| ListedPrefixes::of(LISTED_KK_TEXT, keys!("kk.heads.keys", false)));
static LISTED_PREFIXES_RU: LazyLock<ListedPrefixes> =
    LazyLock::new(|| ListedPrefixes::of(LISTED_RU_TEXT, keys!("ru.heads.keys", false)));

/// Whether lowercase `prefix` begins a longer word form of `lang`'s web word list (`видеорегистра`
/// begins `видеорегистратор`, which no dictionary entry spells): a binary search of the sorted
/// list. `prefix` has [`LISTED_HEAD`] letters or more (a shorter one begins none, as asked here).
pub(crate) fn begins_a_listed_word(lang: Lang, prefix: &str) -> bool {
    let list = match lang {
        Lang::Kk => &*LISTED_PREFIXES_KK,
        Lang::Ru => &*LISTED_PREFIXES_RU,
        _ => return false,
    };
    let head = match prefix.char_indices().nth(LISTED_HEAD) {
        Some((at, _)) => &prefix[..at],
        None if prefix.chars().count() == LISTED_HEAD => prefix,
        None => return false,
    };
    if !list.heads.contains(Key::of(head).bits()) {
        return false;
    }
    let lines = list.starts.len() - 1;
    // The first line not below `prefix` is `prefix` itself or the first word it begins, if any.
    let (mut lo, mut hi) = (0, lines);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if list.line(mid) < prefix {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    (lo..lines.min(lo + 2))
        .map(|i| list.line(i))
        .any(|w| w.len() > prefix.len() && w.starts_with(prefix))
}

/// Whether the lowercase word of `key` ([`Key::of`]) is a word form running text in `lang` (Kazakh
/// or Russian) is known to use: the web word lists hold inflected forms no dictionary entry spells
/// (`жасушаларды`). Takes the key the caller's memo already made.
pub(crate) fn listed(lang: Lang, key: Key) -> bool {
    let list = match lang {
        Lang::Kk => &LISTED_KK,
        Lang::Ru => &LISTED_RU,
        _ => return false,
    };
    list.contains(key.bits())
}

/// How often running Russian text uses each word, in hundredths of a Zipf unit (log10 of the uses
/// per billion words; `на` 725, `также` 612, `денуклеаризации` under 200 and so absent), from
/// wordfreq's lists (CC BY-SA 4.0, see `data/wordfreq/`): lines `@Z` open each frequency bucket,
/// the bucket's words follow.
static FREQUENCIES_RU: &str = include_str!("../../data/wordfreq/ru.txt");

/// [`FREQUENCIES_RU`] for Kazakh: the 55,000 most frequent tokens of Tesseract's Kazakh web word
/// list (Apache-2.0, see `data/langdata/`), ranked, not counted: a rank r reads as 10^8 / r uses
/// per billion (`және` 770, `бір` 651, `бірақ` 570, `небәрі` 392; the list stops at 326).
static FREQUENCIES_KK: &str = include_str!("../../data/langdata/kk.txt");

/// How often running Kazakh text writes two words side by side (`әр түрлі`, `қол қою`, `болса да`),
/// from Tesseract's Kazakh web word pairs (Apache-2.0, see `data/langdata/`), ranked as
/// [`FREQUENCIES_KK`] is: lines `@Z` open each bucket, the bucket's pairs follow, a space between
/// the two words. (`build.rs` lays the pairs out; the crate reads the list in tests.)
#[cfg(test)]
static PAIRS_KK: &str = include_str!("../../data/langdata/kk.bigrams.txt");

/// [`PAIRS_KK`] for Russian: the 5,000 most frequent word pairs of the Google Books Ngram corpus's
/// Russian books of 2010–2019 (CC BY 3.0, see `data/gbooks/`), counted, then put on the Zipf scale
/// of [`FREQUENCIES_RU`] (`во время` 5.29, `то же` 5.18, `он и` 5.01; the list stops near 3.9).
#[cfg(test)]
static PAIRS_RU: &str = include_str!("../../data/gbooks/ru.pairs.txt");

/// The pairs of a language's list by the key of the pair ([`Key::pair`]), with their values, and
/// the keys of the words they hold ([`super::keytable::pair_entries`]), as `build.rs` lays them out.
#[derive(Clone, Copy)]
struct Pairs {
    table: KeyTable,
    words: KeyTable,
}

static PAIRS: [Pairs; 2] = [
    Pairs {
        table: keys!("kk.pairs.keys", true),
        words: keys!("kk.pair_words.keys", false),
    },
    Pairs {
        table: keys!("ru.pairs.keys", true),
        words: keys!("ru.pair_words.keys", false),
    },
];

/// The word pairs of `lang`, Kazakh or Russian (none for other languages).
fn pairs(lang: Lang) -> Option<Pairs> {
    match lang {
        Lang::Kk => Some(PAIRS[0]),
        Lang::Ru => Some(PAIRS[1]),
        _ => None,
    }
}

/// Whether the lowercase word of `key` stands in any word pair of `lang`.
pub(crate) fn in_pairs(lang: Lang, key: Key) -> bool {
    pairs(lang).is_some_and(|p| p.words.contains(key.bits()))
}

/// How often running text in `lang` writes the lowercase words of `a` and `b` side by side, in that
/// order, in hundredths of a Zipf unit; 0 where the pairs do not hold them.
pub(crate) fn pair_zipf(lang: Lang, a: Key, b: Key) -> u16 {
    pairs(lang)
        .and_then(|p| p.table.get(Key::pair(a, b).bits()))
        .unwrap_or(0)
}

/// The frequencies of [`FREQUENCIES_RU`] by word, as `build.rs` lays out their keys.
static ZIPF_RU: KeyTable = keys!("ru.zipf.keys", true);

/// The frequencies of [`FREQUENCIES_KK`] by word, as `build.rs` lays out their keys.
static ZIPF_KK: KeyTable = keys!("kk.zipf.keys", true);

/// Every word of the frequency list of `lang` with its Zipf value in hundredths, the most
/// frequent first.
pub(crate) fn frequency_list(lang: Lang) -> impl Iterator<Item = (&'static str, u16)> {
    super::keytable::frequency_entries(lines(frequencies(lang)))
}

/// The text of the frequency list of `lang` (empty for a language that has none).
fn frequencies(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => FREQUENCIES_KK,
        Lang::Ru => FREQUENCIES_RU,
        _ => "",
    }
}

/// What comes before the first hyphen of each word of the Kazakh frequency list written with one
/// (`қарым` of `қарым-қатынас`, `ата` of `ата-ана`).
static HYPHENATED_KK: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    frequency_list(Lang::Kk)
        .filter_map(|(word, _)| word.split_once('-').map(|(first, _)| first))
        .collect()
});

/// Letters of the part after the hyphen that [`HYPHENATED_PAIRS_KK`] keeps.
const PAIR_OPENING: usize = 3;

/// What comes before the first hyphen of each word of the Kazakh frequency list written with one,
/// the hyphen and the first [`PAIR_OPENING`] letters after it (`наным-сен` of `наным-сенімдері`).
static HYPHENATED_PAIRS_KK: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    frequency_list(Lang::Kk)
        .filter_map(|(word, _)| pair_opening(word))
        .collect()
});

/// `word` up to [`PAIR_OPENING`] letters after its first hyphen, where it has that many.
fn pair_opening(word: &str) -> Option<&str> {
    let hyphen = word.find('-')?;
    let (at, last) = word[hyphen + 1..].char_indices().nth(PAIR_OPENING - 1)?;
    Some(&word[..hyphen + 1 + at + last.len_utf8()])
}

/// Whether the Kazakh frequency list holds a word that lowercase `word` (with a hyphen) begins as
/// far as [`PAIR_OPENING`] letters after its hyphen: `наным-сенім` (`наным-сенімдері`), not
/// `таң-кестеңін`.
pub(crate) fn opens_hyphenated_pair_kk(word: &str) -> bool {
    pair_opening(word).is_some_and(|opening| HYPHENATED_PAIRS_KK.contains(opening))
}

/// Whether the Kazakh frequency list holds a word that lowercase `first` and a hyphen begin (so
/// that [`zipf`] is asked of hyphenated words only where it may know one).
pub(crate) fn opens_hyphenated_kk(first: &str) -> bool {
    HYPHENATED_KK.contains(first)
}

/// How often running text in `lang` uses the lowercase word of `key`, in hundredths of a Zipf
/// unit; 0 where not known (rarer words, and English, which the repair does not ask).
pub(crate) fn zipf(lang: Lang, key: Key) -> u16 {
    let table = match lang {
        Lang::Kk => &ZIPF_KK,
        Lang::Ru => &ZIPF_RU,
        _ => return 0,
    };
    table.get(key.bits()).unwrap_or(0)
}

/// How often lowercase `word` occurs in [`PRIOR`] text of `lang` (Kazakh or Russian).
pub(crate) fn prior(lang: Lang, word: &str) -> u16 {
    let table = match lang {
        Lang::Kk => PRIOR_KK,
        Lang::Ru => PRIOR_RU,
        _ => return 0,
    };
    table.get(Key::of(word).bits()).unwrap_or(0)
}

thread_local! {
    /// Memo of answers per language: repair asks about the same candidates again and again.
    static MEMO: [RefCell<WordMemo<bool>>; 4] = Default::default();
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
    MEMO.with(|m| memo::remember(&m[slot(lang)], Key::of(word), 500_000, f))
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

/// Kazakh stems of words seen whole are kept for this many words per thread at most.
const VOCAB_STEMS_KEPT: usize = 1 << 18;

thread_local! {
    /// The Kazakh stem each word seen whole gave a vocabulary ([`vocab_kk_stem`]): a collection's
    /// documents share most of their words, and each document brings its own vocabulary.
    static VOCAB_KK_STEMS: RefCell<HashMap<Key, Option<Box<str>>>> = RefCell::default();
}

/// The Kazakh stem of lowercase `word` that a vocabulary learns ([`crate::lang::kk::stem`]), if
/// it is shorter than the word and has [`MIN_VOCAB_STEM`] letters or more; remembered per thread.
fn vocab_kk_stem(word: &str) -> Option<String> {
    let key = Key::of(word);
    VOCAB_KK_STEMS.with_borrow_mut(|memo| {
        if let Some(known) = memo.get(&key) {
            return known.as_deref().map(String::from);
        }
        let stem = crate::lang::kk::stem(word);
        let stem = (stem.chars().count() >= MIN_VOCAB_STEM && stem.len() < word.len())
            .then(|| stem.into_owned());
        if memo.len() >= VOCAB_STEMS_KEPT {
            memo.clear();
        }
        memo.insert(key, stem.as_deref().map(Box::from));
        stem
    })
}

/// Words seen unsplit in a collection: evidence that a joined candidate is a real word even when no
/// dictionary knows it (names, terms, inflected forms).
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    /// Per lowercase string ([`Key::of`]): how often it was seen as a whole word, and how often as
    /// a capitalized chunk joined with the lowercase chunks after it (`Джо ко` → `джоко`: a name
    /// split into syllables is split alike wherever it recurs). One table keyed by the hash the
    /// repair's memo already made, so a candidate costs one probe and no string comparison.
    seen: HashMap<Key, [u32; 2]>,
    /// The distinct words seen whole (lowercase), for their stems and prefixes.
    words: Vec<String>,
    /// Stems of the Cyrillic words counted, found on first use ([`Vocabulary::stems`]).
    stems: std::sync::OnceLock<Stems>,
    /// The Cyrillic words seen whole, as a trie made on first use ([`Vocabulary::begins_a_word`]).
    prefixes: std::sync::OnceLock<Trie>,
    /// The words seen whole that write Kazakh's own letters, keyed by their letters with Russian
    /// ones in their place, made on first use ([`Vocabulary::writes_with_kazakh_letters`]).
    skeletons: std::sync::OnceLock<FxHashSet<u64>>,
    /// Which words it holds ([`Vocabulary::id`]).
    id: VocabId,
    /// Whether its text writes Kazakh with KZ-1048's letters read as Windows-1251
    /// ([`Vocabulary::kz1048_stand_ins`]).
    kz1048_stand_ins: bool,
    /// Cyrillic chunks counted, and how many of them are a lone vowel that seldom stands alone
    /// inside a word ([`Vocabulary::shows_lone_vowels`]).
    cyrillic_chunks: u32,
    lone_vowels: u32,
    /// Cyrillic chunks of three letters or fewer, among which lone vowels are counted
    /// ([`Vocabulary::shows_lone_vowels`]).
    short_chunks: u32,
    /// Cyrillic chunks that are one consonant no word is spelt with
    /// ([`Vocabulary::shows_lone_consonants`]).
    lone_consonants: u32,
    /// Cyrillic letters in chunks, and how many of them are Kazakh's own
    /// ([`Vocabulary::writes_kazakh`]).
    cyrillic_letters: u32,
    kazakh_letters: u32,
    /// Cyrillic letter pairs inside chunks, and how many of them are a consonant before a vowel
    /// (a syllable's onset: [`Vocabulary::cuts_onsets`]).
    letter_pairs: u32,
    onset_pairs: u32,
    /// Spaces between two Cyrillic letters (a line-break hyphen before the space allowed), and
    /// how many of them part a consonant from a vowel.
    letter_gaps: u32,
    onset_gaps: u32,
    /// Latin words written with capitals past their first letter (`OSCE`, `PfP`), per lowercase
    /// form: each spelling and how often ([`Vocabulary::written_case`]).
    cased: HashMap<String, Vec<(String, u32)>>,
    /// Per lowercase Latin word of four letters or more ([`Key::of`]): how often it was written
    /// capitalized inside a sentence (`Kavanaugh` twice, beside a `kavanaugh` that lost its
    /// capital; [`Vocabulary::writes_capitalized`]).
    titled: HashMap<Key, u32>,
    /// Per Cyrillic word in capitals of [`ACRONYM_LETTERS`] letters at most, seen whole (before
    /// any hyphen: `АҚШ` of `АҚШ-пен`; [`Key::of`] its lowercase): how often
    /// ([`Vocabulary::acronym_count`]).
    acronyms: HashMap<Key, u32>,
    /// Per lowercase Cyrillic word of two to [`ACRONYM_LETTERS`] letters written capitalized and
    /// otherwise lowercase (`Нато`, `Фараж`; [`Key::of`]): how often
    /// ([`Vocabulary::capitalized_count`]), to weigh against its count in capitals.
    capitalized: HashMap<Key, u32>,
}

/// Most letters of a word in capitals counted as an acronym (`НАТО`, `ЕҚЫҰ`, `ЮНЕСКО`).
pub(crate) const ACRONYM_LETTERS: usize = 6;

/// Vowels that a typeset line break seldom leaves alone but a plain syllable splitter often does:
/// Kazakh `ә`, `о`, `ө`, `ұ`, `ү` stand mostly in a word's first syllable, Russian `э`, `е`, `ю`
/// mostly open words or end them.
const LONE_VOWELS: &[char] = &['ә', 'о', 'ө', 'ұ', 'ү', 'э', 'е', 'ю'];

/// The share of Cyrillic chunks of three letters or fewer that are [`LONE_VOWELS`] above which a
/// collection shows lone letters at word edges. NTREX lines 701–1000 of both languages: 0.6%
/// (Kazakh) and 1.8% (Russian) split like the seed (mid-word syllables such as `ко о пе`, and the
/// preposition `о`), none and 1.8% clean; 5.0% and 7.1% where a plain splitter cut every
/// syllable, 3.6% and 4.1% where it split two words in five. Counted among short chunks rather
/// than all: a share of all chunks falls with the share of words split (2.2% and 2.6% at two
/// in five).
///
/// One such vowel is enough where the share holds: it took three, and a document of a sentence or
/// two, which seldom shows three, was taken to show none, however split (with [`MIN_ONSET_PAIRS`]
/// and [`LONE_CONSONANT_SHARE`] alike: repaired line by line, NTREX tune lines damaged by the
/// independent generator went from 98.11% to 98.22% of words right in Kazakh and from 98.82% to
/// 99.05% in Russian, at every syllable from 98.18% to 98.33% and from 98.71% to 99.00%, cut at
/// letters from 97.87% to 98.37% and from 98.73% to 98.90%; damaged like the seed and clean,
/// unchanged).
const LONE_VOWEL_SHARE: f32 = 0.025;

/// Consonants that are Russian words of their own (`в`, `к`, `с` and the particles `ж`, `б`).
const CONSONANT_WORDS: &[char] = &['в', 'к', 'с', 'ж', 'б'];

/// The share of Cyrillic chunks that are a lone consonant other than [`CONSONANT_WORDS`] above
/// which a collection shows words cut at any letter (`ж айында`, `т алқылады`): 0.7% of chunks in the
/// seed article, none in NTREX lines 701–1000 damaged at syllables, 10–15% cut at letters.
/// One such consonant is enough where the share holds (see [`LONE_VOWEL_SHARE`]): it took three.
const LONE_CONSONANT_SHARE: f32 = 0.03;

/// How much likelier than between any two letters a space between a consonant and a vowel must be,
/// from which a collection counts as cut at syllables' onsets ([`Vocabulary::cuts_onsets`]). In NTREX
/// lines 701–1000 (Kazakh, Russian): 0.34 and 0.18 clean, 0.11 and 0.06 damaged like the seed, 0.08 and
/// 0.04 at every syllable, 0.69 and 0.60 cut at any letter; 0.06 to 0.20 damaged by the independent
/// generator (`benches/other_damage.py`); the seed article 0.07.
const ONSET_GAP_RATIO: f32 = 0.5;

/// Fewer consonant-vowel pairs inside chunks than this, and a collection's text is too short to
/// tell whether its cuts part them ([`Vocabulary::cuts_onsets`]). The rates part the kinds of
/// damage widely, so that one damaged sentence tells them: its ratio is 0.04–0.30 cut at syllables,
/// by either generator, and 0.53–0.93 cut at any letter, with 14 to 103 pairs (NTREX lines 701–1000,
/// a line a document). Was 100, and a document of a sentence or two was taken to be cut at
/// onsets whatever its spaces showed: repaired line by line, NTREX tune lines damaged by the
/// independent generator (`benches/other_damage.py`) went from 97.37% to 98.11% of words right
/// (Kazakh) and from 98.63% to 98.82% (Russian), at every syllable from 97.48% to 98.18% and from
/// 98.47% to 98.71%, cut at letters 97.93% to 97.87% and 98.85% to 98.73% (10, 15 and 25 alike).
const MIN_ONSET_PAIRS: u32 = 15;

/// What a Cyrillic letter is to a syllable: a vowel, a consonant, or a sign or `й` (which ends a
/// syllable); `Other` for any other character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LetterClass {
    Vowel,
    Consonant,
    Sign,
    Other,
}

impl LetterClass {
    fn of(c: char) -> LetterClass {
        if !crate::lang::is_cyrillic(c) {
            return LetterClass::Other;
        }
        let c = crate::lang::lower_char(c).unwrap_or(c);
        if crate::lang::is_cyrillic_vowel(c) {
            LetterClass::Vowel
        } else if matches!(c, 'ь' | 'ъ' | 'й') {
            LetterClass::Sign
        } else if crate::lang::is_letter(c) {
            LetterClass::Consonant
        } else {
            LetterClass::Other
        }
    }
}

/// What [`Vocabulary::add_clean_text`] asks of a character of the Cyrillic block
/// ([`crate::lang::is_cyrillic`]), read from a table rather than worked out for every letter of
/// the text.
#[derive(Clone, Copy)]
struct CyrillicFacts {
    /// Its [`LetterClass::of`].
    class: LetterClass,
    /// Whether it is one of Kazakh's own letters ([`crate::lang::kk::is_specific_letter`]).
    kazakh: bool,
    /// Whether it is a letter ([`crate::lang::is_letter`]).
    letter: bool,
    /// Whether it is a capital ([`char::is_uppercase`]).
    upper: bool,
}

/// First code point of the Cyrillic blocks [`CYRILLIC_FACTS`] covers.
const CYRILLIC_FIRST: u32 = 0x400;

/// [`CyrillicFacts`] of every character of U+0400–U+052F, in order.
static CYRILLIC_FACTS: LazyLock<Vec<CyrillicFacts>> = LazyLock::new(|| {
    (CYRILLIC_FIRST..=0x52F)
        .filter_map(char::from_u32)
        .map(|c| CyrillicFacts {
            class: LetterClass::of(c),
            kazakh: crate::lang::kk::is_specific_letter(c),
            letter: crate::lang::is_letter(c),
            upper: c.is_uppercase(),
        })
        .collect()
});

/// The [`CyrillicFacts`] of `c` (`facts` being [`CYRILLIC_FACTS`]), if it is Cyrillic.
fn cyrillic_facts(facts: &[CyrillicFacts], c: char) -> Option<CyrillicFacts> {
    let i = (c as u32).checked_sub(CYRILLIC_FIRST)?;
    facts.get(i as usize).copied()
}

/// Counts letters `a` and `b` side by side (inside a chunk, or across a space) in `all`, and in
/// `onsets` where they are a consonant and the vowel after it.
fn tally(all: &mut u32, onsets: &mut u32, a: LetterClass, b: LetterClass) {
    if a != LetterClass::Other && b != LetterClass::Other {
        *all += 1;
        *onsets += u32::from(a == LetterClass::Consonant && b == LetterClass::Vowel);
    }
}

/// The identity of a vocabulary's contents: new for every vocabulary made and every change to one
/// (a clone shares it, holding the same words), so that answers computed with it can be kept.
#[derive(Clone, Debug)]
struct VocabId(u64);

impl Default for VocabId {
    fn default() -> VocabId {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        VocabId(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

/// Stems of a collection's words: a split word whose stem was seen unsplit elsewhere with other
/// endings (`жасушаларды` beside `жасушалары`, `Джейкоб са` beside `Джейкобсом`) is a word of the
/// collection too.
#[derive(Clone, Debug, Default)]
struct Stems {
    /// Kazakh stems: inflections stripped by [`crate::lang::kk::stem`]; a trie, since a candidate
    /// asks about each of its prefixes.
    kk: Trie,
    /// Russian stems: the longest Russian ending stripped.
    ru: FxHashSet<String>,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// Adds the words of `text`. Only chunks that look like whole words count: long enough that a
    /// syllable split would have cut them, made of letters (and inner hyphens), not all capitals.
    pub fn add_text(&mut self, text: &str) {
        self.kz1048_stand_ins |= super::chars::writes_kz1048_stand_ins(text);
        // (The stand-ins are read as the whole vocabulary's text tells, asked once above.)
        let (mut clean, _) = super::chars::repair_letters(text);
        if self.kz1048_stand_ins {
            super::chars::kazakh_for_stand_ins(&mut clean);
        }
        self.add_clean_text(&clean);
    }

    /// Whether the text counted writes Kazakh with KZ-1048's letters read as Windows-1251
    /// ([`super::chars::writes_kz1048_stand_ins`]): then every passage of it is read so, however
    /// few of them it shows.
    pub(crate) fn kz1048_stand_ins(&self) -> bool {
        self.kz1048_stand_ins
    }

    /// [`Vocabulary::add_text`] for text whose characters are already repaired.
    pub(crate) fn add_clean_text(&mut self, text: &str) {
        self.add_name_runs(text);
        let facts = &*CYRILLIC_FACTS;
        // The lowercase of the word at hand: copied only for a word not seen before.
        let mut lower = String::new();
        // Whether the chunk at hand stands inside a sentence: a letter, a digit or a comma ends
        // the chunk before it.
        let mut inside = false;
        // The class of the Cyrillic letter ending the chunk before, where a letter (or a letter and
        // a line-break hyphen) ends it.
        let mut last_class = LetterClass::Other;
        for chunk in text.split_whitespace() {
            let word = chunk.trim_matches(|c: char| !crate::lang::is_letter(c));
            self.add_cased(word);
            self.add_acronym(word, &mut lower);
            self.add_titled(word, inside, &mut lower);
            inside = chunk
                .ends_with(|c: char| c.is_ascii_digit() || c == ',' || crate::lang::is_letter(c));
            // What the tests below ask of the word's letters, read in one pass.
            let (mut letters, mut cyrillic, mut wordlike) = (0usize, false, true);
            let mut upper = true;
            let mut class = LetterClass::Other;
            for c in word.chars() {
                let (next, letter) = match cyrillic_facts(facts, c) {
                    Some(f) => {
                        cyrillic = true;
                        self.cyrillic_letters += 1;
                        self.kazakh_letters += u32::from(f.kazakh);
                        upper &= f.upper;
                        (f.class, f.letter)
                    }
                    None => {
                        upper = upper && c.is_uppercase();
                        (LetterClass::Other, crate::lang::is_letter(c))
                    }
                };
                if letters == 0 && chunk.starts_with(c) {
                    tally(
                        &mut self.letter_gaps,
                        &mut self.onset_gaps,
                        last_class,
                        next,
                    );
                } else {
                    tally(&mut self.letter_pairs, &mut self.onset_pairs, class, next);
                }
                class = next;
                letters += 1;
                wordlike &= letter || c == '-';
            }
            last_class = if chunk
                .trim_end_matches('-')
                .ends_with(crate::lang::is_letter)
            {
                class
            } else {
                LetterClass::Other
            };
            if cyrillic {
                self.cyrillic_chunks += 1;
                self.short_chunks += u32::from(letters <= 3);
                if letters == 1 {
                    let c = word.chars().next().unwrap_or_default();
                    let c = crate::lang::lower_char(c).unwrap_or(c);
                    self.lone_vowels += u32::from(LONE_VOWELS.contains(&c));
                    self.lone_consonants += u32::from(
                        crate::lang::is_cyrillic(c)
                            && !crate::lang::is_cyrillic_vowel(c)
                            && !matches!(c, 'ь' | 'ъ')
                            && !CONSONANT_WORDS.contains(&c),
                    );
                }
            }
            // Cyrillic chunks shorter than six letters are often syllables of a split word; Latin
            // text is not syllable-split, so its shorter words count too (`Nato`).
            let min = if cyrillic { 6 } else { 4 };
            if letters < min || word.ends_with('-') || !wordlike || upper {
                continue;
            }
            lower.clear();
            crate::lang::push_lower(&mut lower, word);
            let n = &mut self.seen.entry(Key::of(&lower)).or_default()[0];
            if *n == 0 {
                self.words.push(lower.clone());
            }
            *n += 1;
        }
        // Stems and the words' trie are made again on first use.
        self.stems = std::sync::OnceLock::new();
        self.prefixes = std::sync::OnceLock::new();
        self.skeletons = std::sync::OnceLock::new();
        self.id = VocabId::default();
    }

    /// Whether the collection's Cyrillic text is mostly Kazakh: one letter in 60 or more is one of
    /// Kazakh's own (`ә`, `і`, `ң`…), as in every Kazakh text and in a collection with a Kazakh
    /// third, not in Russian text with a few Kazakh names.
    pub(crate) fn writes_kazakh(&self) -> bool {
        self.cyrillic_letters > 0 && self.kazakh_letters * 60 >= self.cyrillic_letters
    }

    /// How many Cyrillic letters the collection's text holds.
    pub(crate) fn cyrillic_letters(&self) -> u32 {
        self.cyrillic_letters
    }

    /// Whether the collection's Cyrillic text shows lone vowels at word edges (`о ни`, `Кита я`):
    /// the mark of a plain syllable splitter, where typeset hyphenation never leaves a lone letter.
    pub(crate) fn shows_lone_vowels(&self) -> bool {
        self.lone_vowels > 0
            && self.lone_vowels as f32 >= LONE_VOWEL_SHARE * self.short_chunks as f32
    }

    /// Whether the collection's Cyrillic text shows words cut between a consonant and the vowel
    /// after it (`Қазақст ан`, `он и`), or may: where it shows words cut at any letter
    /// ([`Vocabulary::shows_lone_consonants`]), where it holds too few letters to tell, and where
    /// a space parts a consonant from a vowel [`ONSET_GAP_RATIO`] times as often as it parts any
    /// two letters, or more (the rates counted against the same letters side by side inside
    /// chunks). A syllable's onset stays with its vowel wherever a word is cut at syllables, by
    /// typeset hyphenation or by a plain splitter: no cut in the seed's abstracts (397 of them)
    /// parts them, and a space between a consonant and a vowel is a word boundary.
    pub(crate) fn cuts_onsets(&self) -> bool {
        if self.shows_lone_consonants() || self.onset_pairs < MIN_ONSET_PAIRS {
            return true;
        }
        self.onset_gaps as f32 / self.onset_pairs.max(1) as f32 >= ONSET_GAP_RATIO * self.gap_rate()
    }

    /// How many spaces stand between two Cyrillic letters per pair of Cyrillic letters side by side
    /// inside chunks: about 0.15 in clean text, where a space ends a word of six or seven letters,
    /// and more the more words are split (0.3 where two in five are, 0.5 where nine in ten are).
    pub(crate) fn gap_rate(&self) -> f32 {
        self.letter_gaps as f32 / self.letter_pairs.max(1) as f32
    }

    /// How many places between two Cyrillic letters the collection shows, side by side inside a
    /// chunk or apart across a space: how many observations [`Vocabulary::gap_rate`] is made of.
    pub(crate) fn letter_places(&self) -> u32 {
        self.letter_pairs + self.letter_gaps
    }

    /// Whether the collection's Cyrillic text shows words cut at any letter, not only at syllables:
    /// many chunks are a lone consonant that is no word (`т`, `н`, `р`).
    pub(crate) fn shows_lone_consonants(&self) -> bool {
        self.lone_consonants > 0
            && self.lone_consonants as f32 >= LONE_CONSONANT_SHARE * self.cyrillic_chunks as f32
    }

    /// The identity of the words held: two vocabularies with the same id hold the same words (any
    /// change gives a new id).
    pub(crate) fn id(&self) -> u64 {
        self.id.0
    }

    /// The stems of the Cyrillic words counted, found once on first use: only a collection with
    /// syllable-split text asks for them.
    fn stems(&self) -> &Stems {
        self.stems.get_or_init(|| {
            let mut stems = Stems::default();
            let mut kk: rustc_hash::FxHashSet<String> = Default::default();
            for word in &self.words {
                if !word.chars().any(crate::lang::is_cyrillic) {
                    continue;
                }
                if let Some(stem) = vocab_kk_stem(word) {
                    kk.insert(stem);
                }
                if let Some(stem) = super::morph::ru_stems(word).next() {
                    stems.ru.insert(stem.to_string());
                }
            }
            stems.kk = Trie::of_words(kk.iter().map(|w| (w.as_str(), 0)));
            stems
        })
    }

    /// Whether lowercase `word` is the Kazakh stem of a word of the collection followed by a chain
    /// of inflections (`жасуша` + `ларды`, the collection having `жасушалары`).
    pub(crate) fn has_kk_stem_of(&self, word: &str) -> bool {
        // Every prefix that is a stem, found in one walk (stems have at least MIN_VOCAB_STEM
        // letters); the chain is checked only after one.
        let mut found = false;
        self.stems().kk.walk(word, |end| {
            found = found || (end < word.len() && crate::lang::kk::is_suffix_chain(&word[end..]));
        });
        found
    }

    /// Whether lowercase `word` is a stem of the collection's Russian words plus a Russian ending.
    pub(crate) fn has_ru_stem_of(&self, word: &str) -> bool {
        let stems = &self.stems().ru;
        !stems.is_empty() && super::morph::ru_stems(word).any(|s| stems.contains(s))
    }

    /// Counts the runs of a capitalized Cyrillic chunk and up to three lowercase chunks after it on
    /// the same line, each prefix of two chunks or more joined. A run stops before a chunk of more
    /// than [`MAX_NAME_SYLLABLE`] letters: that is a word after the name, and the same name and
    /// word twice (`Том Дейли жыныстық`, clean, and `Дейли жы ныс тық`) are no split name.
    fn add_name_runs(&mut self, text: &str) {
        let mut joined = String::new();
        for line in text.lines() {
            let mut chunks = line.split(' ').filter(|c| !c.is_empty());
            let mut before: Option<&str> = None;
            while let Some(first) = chunks.next() {
                let prev = before.replace(first);
                let head = first.trim_start_matches(|c: char| !crate::lang::is_letter(c));
                let mut letters = head.chars();
                // A capital that opens a sentence says nothing of a name.
                let mid_sentence = || {
                    prev.and_then(|p| p.chars().next_back())
                        .is_some_and(|c| crate::lang::is_letter(c) || c == ',')
                };
                let starts_name = letters
                    .next()
                    .is_some_and(|c| crate::lang::is_cyrillic(c) && c.is_uppercase())
                    && letters.all(|c| crate::lang::is_letter(c) && c.is_lowercase());
                if !starts_name || !mid_sentence() {
                    continue;
                }
                joined.clear();
                crate::lang::push_lower(&mut joined, head);
                for next in chunks.clone().take(3) {
                    let word = next.trim_end_matches(|c: char| !crate::lang::is_letter(c));
                    if word.is_empty()
                        || !word.chars().all(crate::lang::is_lower_cyrillic)
                        || word.chars().nth(MAX_NAME_SYLLABLE).is_some()
                    {
                        break;
                    }
                    joined.push_str(word);
                    self.seen.entry(Key::of(&joined)).or_default()[1] += 1;
                    if word.len() != next.len() {
                        break;
                    }
                }
            }
        }
    }

    /// Whether some word seen whole writes with Kazakh's own letters what `skeleton` writes with
    /// Russian ones ([`super::kazakh_letters::skeleton`]: `кукыгы` of `құқығы`).
    pub(crate) fn writes_with_kazakh_letters(&self, skeleton: &str) -> bool {
        self.skeletons
            .get_or_init(|| {
                let mut folded = String::new();
                self.words
                    .iter()
                    .filter(|w| w.chars().any(crate::lang::kk::is_specific_letter))
                    .map(|w| {
                        super::kazakh_letters::skeleton(w, &mut folded);
                        Key::of(&folded).bits()
                    })
                    .collect()
            })
            .contains(&Key::of(skeleton).bits())
    }

    /// Whether lowercase `prefix` begins a Cyrillic word seen whole (and longer than it).
    pub(crate) fn begins_a_word(&self, prefix: &str) -> bool {
        self.prefixes
            .get_or_init(|| {
                Trie::of_words(
                    self.words
                        .iter()
                        .filter(|w| w.chars().any(crate::lang::is_cyrillic))
                        .map(|w| (w.as_str(), 0)),
                )
            })
            .continues(prefix)
    }

    /// [`Vocabulary::count`] of `word`, and how often the chunks joined as `word` (lowercase)
    /// followed a capital where they were seen, in one lookup.
    pub(crate) fn counts(&self, word: &str) -> (u32, u32) {
        self.counts_of(Key::of(word))
    }

    /// [`Vocabulary::counts`] of the word of `key` ([`Key::of`] of its lowercase form).
    pub(crate) fn counts_of(&self, key: Key) -> (u32, u32) {
        self.seen.get(&key).map_or((0, 0), |&[w, n]| (w, n))
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

    /// Counts `word` if it is a Latin word with capitals past its first letter that do not look
    /// lost (`OSCE`, `PfP`, not `isaF`).
    fn add_cased(&mut self, word: &str) {
        if word.len() < 2
            || !word.bytes().all(|b| b.is_ascii_alphabetic())
            || !word.bytes().skip(1).any(|b| b.is_ascii_uppercase())
            || super::case::looks_lost(word)
        {
            return;
        }
        let forms = self.cased.entry(word.to_ascii_lowercase()).or_default();
        match forms.iter_mut().find(|(f, _)| f == word) {
            Some((_, n)) => *n += 1,
            None => forms.push((word.to_string(), 1)),
        }
    }

    /// Counts `word` if it begins with a Cyrillic acronym: two to [`ACRONYM_LETTERS`] capitals
    /// that end the word or a hyphen follows (`НАТО`, `АҚШ-пен`); or, as
    /// [`Vocabulary::capitalized_count`] tells, with as many letters capitalized and otherwise
    /// lowercase (`Нато`). `buf` is a scratch buffer.
    fn add_acronym(&mut self, word: &str, buf: &mut String) {
        // Most words do not open with a Cyrillic capital: told by the first letter alone.
        if !word
            .chars()
            .next()
            .is_some_and(crate::lang::is_upper_cyrillic)
        {
            return;
        }
        let caps = word.split('-').next().unwrap_or(word);
        let letters = caps.chars().count();
        if !(2..=ACRONYM_LETTERS).contains(&letters) {
            return;
        }
        let counts = if caps.chars().all(crate::lang::is_upper_cyrillic) {
            &mut self.acronyms
        } else if caps
            .chars()
            .skip(1)
            .all(|c| crate::lang::is_cyrillic(c) && c.is_lowercase())
        {
            &mut self.capitalized
        } else {
            return;
        };
        buf.clear();
        crate::lang::push_lower(buf, caps);
        *counts.entry(Key::of(buf)).or_default() += 1;
    }

    /// How often the Cyrillic acronym whose lowercase has the key `lower` ([`Key::of`]) was seen
    /// whole, in capitals.
    pub(crate) fn acronym_count_lower(&self, lower: Key) -> u32 {
        self.acronyms.get(&lower).copied().unwrap_or(0)
    }

    /// How often the Cyrillic word whose lowercase has the key `lower` ([`Key::of`]), of two to
    /// [`ACRONYM_LETTERS`] letters, was seen capitalized and otherwise lowercase.
    pub(crate) fn capitalized_count(&self, lower: Key) -> u32 {
        self.capitalized.get(&lower).copied().unwrap_or(0)
    }

    /// How often the Cyrillic acronym `caps` (in capitals) was seen whole.
    pub(crate) fn acronym_count(&self, caps: &str) -> u32 {
        self.acronym_count_lower(Key::of(&crate::lang::lower(caps)))
    }

    /// Counts `word` if it stands `inside` a sentence, capitalized, and is a Latin word of four
    /// letters or more with no other capital (a possessive `'s` left out): there a capital marks a
    /// name. `buf` is a scratch buffer.
    fn add_titled(&mut self, word: &str, inside: bool, buf: &mut String) {
        if !inside || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
            return;
        }
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("\u{2019}s"))
            .unwrap_or(word);
        let b = word.as_bytes();
        if b.len() < 4 || !b[1..].iter().all(u8::is_ascii_lowercase) {
            return;
        }
        buf.clear();
        buf.push_str(word);
        buf.make_ascii_lowercase();
        *self.titled.entry(Key::of(buf)).or_default() += 1;
    }

    /// Whether the collection writes lowercase Latin `lower` as a name: capitalized inside a
    /// sentence twice or more, and in at least a third of the places it stands.
    pub(crate) fn writes_capitalized(&self, lower: &str) -> bool {
        let key = Key::of(lower);
        self.titled.get(&key).is_some_and(|&capitalized| {
            capitalized >= 2 && 3 * capitalized >= self.counts_of(key).0
        })
    }

    /// The spelling with capitals past its first letter the collection writes lowercase `word` in
    /// most often (`osce` → `OSCE`, `pfp` → `PfP`), if it writes it so twice or more.
    pub(crate) fn written_case(&self, lower: &str) -> Option<&str> {
        let (form, n) = self.cased.get(lower)?.iter().max_by_key(|(_, n)| *n)?;
        (*n >= 2).then_some(form.as_str())
    }

    /// How often `word` (lowercase) was seen unsplit.
    pub fn count(&self, word: &str) -> u32 {
        self.counts(word).0
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word was added.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_tables_laid_out_by_the_build_hold_the_shipped_lists() {
        for (lang, list, text) in [
            (Lang::Kk, &LISTED_KK, LISTED_KK_TEXT),
            (Lang::Ru, &LISTED_RU, LISTED_RU_TEXT),
        ] {
            let keys: FxHashSet<Key> = lines(text).map(Key::of).collect();
            assert!(keys.len() > 100_000);
            assert!(keys.iter().all(|&k| listed(lang, k)));
            assert_eq!(list.keys(), keys.len());
        }
        for (lang, table) in [(Lang::Kk, &ZIPF_KK), (Lang::Ru, &ZIPF_RU)] {
            let map: HashMap<Key, u16> =
                frequency_list(lang).map(|(w, z)| (Key::of(w), z)).collect();
            assert!(map.len() > 30_000);
            assert!(map.iter().all(|(&k, &z)| zipf(lang, k) == z));
            assert_eq!(table.keys(), map.len());
        }
        for (list, text) in [
            (&*LISTED_PREFIXES_KK, LISTED_KK_TEXT),
            (&*LISTED_PREFIXES_RU, LISTED_RU_TEXT),
        ] {
            let heads: FxHashSet<Key> = lines(text)
                .filter_map(super::super::keytable::listed_head)
                .map(Key::of)
                .collect();
            assert!(heads.iter().all(|h| list.heads.contains(h.bits())));
            assert_eq!(list.heads.keys(), heads.len());
        }
        assert!(!listed(Lang::Kk, Key::of("жасушалардыxyz")));
        assert_eq!(zipf(Lang::Kk, Key::of("және")), 770);
    }

    #[test]
    fn word_pairs_are_read_in_their_order() {
        let (a, b) = (Key::of("қол"), Key::of("қою"));
        assert!(in_pairs(Lang::Kk, a) && in_pairs(Lang::Kk, b));
        let kk = |a, b| pair_zipf(Lang::Kk, a, b);
        assert!(kk(a, b) > 300, "{}", kk(a, b));
        assert_eq!(kk(b, a), 0);
        assert_eq!(kk(Key::of("қолқою"), b), 0);
        // Russian pairs: the frequent preposition and noun beside the adverb they spell.
        let ru = |a: &str, b: &str| pair_zipf(Lang::Ru, Key::of(a), Key::of(b));
        assert!(ru("во", "время") > zipf(Lang::Ru, Key::of("вовремя")));
        assert!(ru("то", "же") > 400 && ru("же", "то") == 0);
        assert!(!in_pairs(Lang::Ru, Key::of("қол")) && pair_zipf(Lang::En, a, b) == 0);
    }

    #[test]
    fn word_frequencies_rank_russian_words_by_use() {
        let z = |w: &str| zipf(Lang::Ru, Key::of(w));
        assert!(z("на") > z("мой") && z("мой") > z("джонсона") && z("джонсона") > 0);
        // Words rarer than the list's floor, other languages and other cases are not known.
        assert_eq!(z("намой"), 0);
        assert_eq!(z("На"), 0);
        assert_eq!(zipf(Lang::En, Key::of("на")), 0);
    }

    #[test]
    fn kazakh_ranks_order_words_by_use() {
        let z = |w: &str| zipf(Lang::Kk, Key::of(w));
        // The conjunction "and" above "one", above "but", above the rarer "only" (`небәрі`).
        assert!(z("және") > z("бір") && z("бір") > z("бірақ") && z("бірақ") > z("небәрі"));
        assert!(z("небәрі") > 0);
        // Capitals and punctuation were folded into the word; rarer forms are not listed.
        assert!(z("дереккөздер") > 0 && z("Дереккөздер") == 0);
        assert_eq!(z("жұмыскерлеріне"), 0);
    }

    #[test]
    fn web_word_lists_hold_inflected_forms() {
        assert!(listed(Lang::Kk, Key::of("жасушаларды")));
        assert!(listed(Lang::Ru, Key::of("банкоматов")));
        // Per language, lowercase, and nothing for English.
        assert!(!listed(Lang::Kk, Key::of("банкоматов")));
        assert!(!listed(Lang::Kk, Key::of("Жасушаларды")));
        assert!(!listed(Lang::En, Key::of("жасушаларды")));
        assert!(!listed(Lang::Kk, Key::of("жасушаларыыы")));
    }

    #[test]
    fn prefixes_of_listed_words_are_found_as_a_scan_of_the_list_finds_them() {
        assert!(begins_a_listed_word(Lang::Ru, "видеорегистра"));
        assert!(!begins_a_listed_word(Lang::Ru, "видеорегистратор"));
        assert!(!begins_a_listed_word(Lang::Kk, "видеорегистра"));
        assert!(!begins_a_listed_word(Lang::En, "видеорегистра"));
        // Against a scan of the whole list: every 997th word, cut short, grown by a letter, or
        // with its last letter changed, and the list's first and last words (about half of them
        // have the eight letters asked of).
        for (lang, text) in [(Lang::Kk, LISTED_KK_TEXT), (Lang::Ru, LISTED_RU_TEXT)] {
            let words: Vec<&str> = lines(text).collect();
            let scan = |prefix: &str| {
                words
                    .iter()
                    .any(|w| w.len() > prefix.len() && w.starts_with(prefix))
            };
            let mut probes = vec![words[0].to_string(), words[words.len() - 1].to_string()];
            for w in words.iter().step_by(997) {
                let cut: String = w
                    .chars()
                    .take(w.chars().count().saturating_sub(2))
                    .collect();
                let mut changed: String = w.chars().take(w.chars().count() - 1).collect();
                changed.push('я');
                probes.extend([cut, format!("{w}а"), changed, w.to_string()]);
            }
            for p in &probes {
                // Asked of prefixes of `LISTED_HEAD` letters or more only.
                let expected = p.chars().count() >= LISTED_HEAD && scan(p);
                assert_eq!(begins_a_listed_word(lang, p), expected, "{p:?}");
            }
        }
    }

    #[test]
    fn names_end_in_syllables_that_seldom_stand_alone() {
        // `Джонсон`, `Уотсон`: `сон` ends names far more often than it means "sleep".
        assert!(name_tail_odds(Lang::Ru, "сон") > 1.0);
        assert!(name_tail_odds(Lang::Ru, "был") < 0.0);
        assert!(name_tail_odds(Lang::Kk, "және") < 0.0);
    }

    #[test]
    fn the_words_seen_whole_answer_prefixes() {
        let vocab = Vocabulary::from_text("Денуклеаризация полуострова. Denuclearization.");
        assert!(vocab.begins_a_word("денуклеари"));
        assert!(vocab.begins_a_word("полуостров"));
        assert!(!vocab.begins_a_word("денуклеаризацияя"));
        assert!(!vocab.begins_a_word("denuc"));
        assert!(!vocab.begins_a_word("нуклеари"));
    }

    /// The words and name runs of `text` as [`Vocabulary::add_clean_text`] counts them, read test by
    /// test, each on its own pass over the letters: what its one pass must agree with.
    type Counted = (HashMap<Key, [u32; 2]>, Vec<String>, [u32; 4]);

    #[test]
    fn the_cyrillic_table_tells_what_the_letters_are() {
        for c in ('\u{0}'..='\u{10FFFF}').filter(|&c| crate::lang::is_cyrillic(c)) {
            let f = cyrillic_facts(&CYRILLIC_FACTS, c).expect("a Cyrillic character");
            assert!(f.class == LetterClass::of(c), "{c:?}");
            assert_eq!(f.kazakh, crate::lang::kk::is_specific_letter(c), "{c:?}");
            assert_eq!(f.letter, crate::lang::is_letter(c), "{c:?}");
            assert_eq!(f.upper, c.is_uppercase(), "{c:?}");
        }
        assert!(cyrillic_facts(&CYRILLIC_FACTS, 'z').is_none());
        assert!(cyrillic_facts(&CYRILLIC_FACTS, '\u{530}').is_none());
    }

    fn counted_test_by_test(text: &str) -> Counted {
        use crate::lang::{is_cyrillic, is_letter, lower};
        let mut seen: HashMap<Key, [u32; 2]> = HashMap::default();
        let (mut words, mut counters) = (Vec::new(), [0u32; 4]);
        for line in text.lines() {
            let chunks: Vec<&str> = line.split(' ').filter(|c| !c.is_empty()).collect();
            for (i, first) in chunks.iter().enumerate() {
                let head = first.trim_start_matches(|c: char| !is_letter(c));
                let mut letters = head.chars();
                let starts_name = letters
                    .next()
                    .is_some_and(|c| c.is_uppercase() && is_cyrillic(c))
                    && letters.all(|c| is_letter(c) && c.is_lowercase());
                let mid_sentence = i > 0
                    && chunks[i - 1]
                        .chars()
                        .next_back()
                        .is_some_and(|c| is_letter(c) || c == ',');
                if !starts_name || !mid_sentence {
                    continue;
                }
                let mut joined = lower(head);
                for next in chunks.iter().skip(i + 1).take(3) {
                    let word = next.trim_end_matches(|c: char| !is_letter(c));
                    if word.is_empty()
                        || !word.chars().all(|c| is_cyrillic(c) && c.is_lowercase())
                        || word.chars().count() > MAX_NAME_SYLLABLE
                    {
                        break;
                    }
                    joined.push_str(word);
                    seen.entry(Key::of(&joined)).or_default()[1] += 1;
                    if word.len() != next.len() {
                        break;
                    }
                }
            }
        }
        for chunk in text.split_whitespace() {
            let word = chunk.trim_matches(|c: char| !is_letter(c));
            if word.chars().any(is_cyrillic) {
                counters[0] += 1;
                counters[3] += u32::from(word.chars().count() <= 3);
                let mut letters = word.chars();
                if let (Some(c), None) = (letters.next(), letters.next()) {
                    let c = crate::lang::lower_char(c).unwrap_or(c);
                    counters[1] += u32::from(LONE_VOWELS.contains(&c));
                    counters[2] += u32::from(
                        is_cyrillic(c)
                            && !crate::lang::is_cyrillic_vowel(c)
                            && !matches!(c, 'ь' | 'ъ')
                            && !CONSONANT_WORDS.contains(&c),
                    );
                }
            }
            let min = if word.chars().any(is_cyrillic) { 6 } else { 4 };
            if word.chars().count() < min
                || word.ends_with('-')
                || !word.chars().all(|c| is_letter(c) || c == '-')
                || word.chars().all(char::is_uppercase)
            {
                continue;
            }
            let lower = lower(word);
            let n = &mut seen.entry(Key::of(&lower)).or_default()[0];
            if *n == 0 {
                words.push(lower);
            }
            *n += 1;
        }
        (seen, words, counters)
    }

    #[test]
    fn one_pass_over_the_letters_counts_what_a_pass_per_test_counts() {
        use crate::normalize::damage::{damage, damage_with, DamageOptions};
        let mut texts: Vec<String> = vec![
            include_str!("../../corpus/nato-kazakhstan-pfp-article.txt").to_string(),
            include_str!("../../corpus/udhr-1948.en.txt").to_string(),
            // Odd chunks: lone letters, capitals, hyphens, digits, other scripts, tabs.
            "Ж айында В с ё, НАТО-ның сондай-ақ 20-летнего Ωmega\tдом- , Джо ко\tвич, Ан на- \
             мен ЕО Бей біт ші лік"
                .to_string(),
        ];
        for udhr in [
            include_str!("../../corpus/udhr-1948.ru.txt"),
            include_str!("../../corpus/udhr-1948.kk.txt"),
        ] {
            texts.push(udhr.to_string());
            texts.push(damage(udhr, 5));
            texts.push(damage_with(udhr, &DamageOptions::every_syllable(5)));
            texts.push(damage_with(udhr, &DamageOptions::at_letters(5)));
        }
        for text in &texts {
            let text = super::super::chars::repair(text).0;
            let v = Vocabulary::from_clean_text(&text);
            let counters = [
                v.cyrillic_chunks,
                v.lone_vowels,
                v.lone_consonants,
                v.short_chunks,
            ];
            assert!(v.seen.len() > 10);
            assert!((v.seen, v.words, counters) == counted_test_by_test(&text));
        }
    }

    #[test]
    fn lone_vowels_mark_a_plain_syllable_splitter() {
        use crate::normalize::damage::{damage, damage_with, DamageOptions};
        let udhr = include_str!("../../corpus/udhr-1948.ru.txt");
        let seed = include_str!("../../corpus/nato-kazakhstan-pfp-article.txt");
        assert!(!Vocabulary::from_text(seed).shows_lone_vowels());
        assert!(!Vocabulary::from_text(&damage(udhr, 3)).shows_lone_vowels());
        let every = damage_with(udhr, &DamageOptions::every_syllable(3));
        assert!(Vocabulary::from_text(&every).shows_lone_vowels());
        // A plain splitter that split only some words shows it too, in both languages; clean
        // text, with the preposition `о`, does not.
        for text in [udhr, include_str!("../../corpus/udhr-1948.kk.txt")] {
            assert!(!Vocabulary::from_text(text).shows_lone_vowels());
            for seed in 1..=3 {
                let some = DamageOptions {
                    split_word: 0.3,
                    ..DamageOptions::every_syllable(seed)
                };
                let damaged = damage_with(text, &some);
                assert!(
                    Vocabulary::from_text(&damaged).shows_lone_vowels(),
                    "{seed}"
                );
            }
        }
        let news = include_str!("../../data/ntrex/newstest2019-ref.rus.txt");
        assert!(!Vocabulary::from_text(news).shows_lone_vowels());
    }

    #[test]
    fn lone_consonants_mark_words_cut_at_any_letter() {
        use crate::normalize::damage::{damage, damage_with, DamageOptions};
        let seed = include_str!("../../corpus/nato-kazakhstan-pfp-article.txt");
        assert!(!Vocabulary::from_text(seed).shows_lone_consonants());
        for udhr in [
            include_str!("../../corpus/udhr-1948.ru.txt"),
            include_str!("../../corpus/udhr-1948.kk.txt"),
        ] {
            // Clean Russian is full of `в`, `к`, `с`: words, not cut letters.
            assert!(!Vocabulary::from_text(udhr).shows_lone_consonants());
            assert!(!Vocabulary::from_text(&damage(udhr, 3)).shows_lone_consonants());
            let every = damage_with(udhr, &DamageOptions::every_syllable(3));
            assert!(!Vocabulary::from_text(&every).shows_lone_consonants());
            let cut = damage_with(udhr, &DamageOptions::at_letters(3));
            assert!(Vocabulary::from_text(&cut).shows_lone_consonants());
        }
    }

    #[test]
    fn spaces_between_a_consonant_and_a_vowel_mark_words_cut_at_any_letter() {
        use crate::normalize::damage::{damage, damage_with, DamageOptions};
        let seed = include_str!("../../corpus/nato-kazakhstan-pfp-article.txt");
        assert!(!Vocabulary::from_text(seed).cuts_onsets());
        for text in [
            include_str!("../../corpus/udhr-1948.ru.txt"),
            include_str!("../../corpus/udhr-1948.kk.txt"),
            include_str!("../../data/ntrex/newstest2019-ref.kaz.txt"),
            include_str!("../../data/ntrex/newstest2019-ref.rus.txt"),
        ] {
            assert!(!Vocabulary::from_text(text).cuts_onsets());
            assert!(!Vocabulary::from_text(&damage(text, 3)).cuts_onsets());
            let every = damage_with(text, &DamageOptions::every_syllable(3));
            assert!(!Vocabulary::from_text(&every).cuts_onsets());
            let cut = damage_with(text, &DamageOptions::at_letters(3));
            let v = Vocabulary::from_text(&cut);
            assert!(v.cuts_onsets());
            // Told by the spaces themselves, without the lone consonants.
            assert!(v.onset_pairs >= MIN_ONSET_PAIRS);
            let rate = |gaps: u32, pairs: u32| gaps as f32 / pairs as f32;
            assert!(
                rate(v.onset_gaps, v.onset_pairs)
                    >= ONSET_GAP_RATIO * rate(v.letter_gaps, v.letter_pairs)
            );
        }
        // A sentence is too short to tell: a cut may fall anywhere.
        assert!(Vocabulary::from_text("Бей біт ші лік жо лын да ғы").cuts_onsets());
    }

    #[test]
    fn one_damaged_sentence_tells_how_it_was_cut() {
        use crate::normalize::damage::{damage, damage_with, DamageOptions};
        // NTREX tune lines, each a document of its own: cut at syllables, most tell that no cut
        // parts an onset from its vowel, and cut at any letter, most tell that cuts do (92–99%
        // of them; none cut at syllables did while a document needed 100 such pairs to tell).
        for (lang, text) in [
            (
                "kk",
                include_str!("../../data/ntrex/newstest2019-ref.kaz.txt"),
            ),
            (
                "ru",
                include_str!("../../data/ntrex/newstest2019-ref.rus.txt"),
            ),
        ] {
            let lines: Vec<&str> = text.lines().skip(700).take(300).collect();
            let share = |cut: &dyn Fn(&str, u64) -> String, onsets: bool| {
                let told = lines
                    .iter()
                    .zip(1..)
                    .filter(|&(l, seed)| {
                        Vocabulary::from_text(&cut(l, seed)).cuts_onsets() == onsets
                    })
                    .count();
                told as f32 / lines.len() as f32
            };
            let seed_like = share(&|l, seed| damage(l, seed), false);
            let every = share(
                &|l, seed| damage_with(l, &DamageOptions::every_syllable(seed)),
                false,
            );
            let letters = share(
                &|l, seed| damage_with(l, &DamageOptions::at_letters(seed)),
                true,
            );
            assert!(
                seed_like > 0.8 && every > 0.8 && letters > 0.8,
                "{lang}: {seed_like} {every} {letters}"
            );
        }
    }

    #[test]
    fn pieces_of_words_in_the_kazakh_dictionary_are_left_out() {
        // Listed in the shipped dictionary: pieces of words (`ктер`, `ктің`, `лген`), and the
        // abbreviation `кт` with a noun's forms.
        for piece in ["ктер", "ктің", "лген", "ндеттер", "мкіндік"] {
            assert!(!check_lower(Lang::Kk, piece), "{piece}");
        }
        assert!(check_lower(Lang::Kk, "кт"));
        // Loans that begin as Russian words do stay, with their forms.
        for word in ["спорт", "кристалл", "спортшы", "трактор"] {
            assert!(check_lower(Lang::Kk, word), "{word}");
        }
    }

    #[test]
    fn forms_listed_as_words_take_no_second_ending_of_their_kind() {
        // The dictionary lists `болашақта` and `құрылымдары` with every noun ending again.
        for form in ["болашақта", "құрылымдары", "құрылымдардың", "балалар"]
        {
            assert!(check_lower(Lang::Kk, form), "{form}");
        }
        for twice in [
            "болашақтада",
            "болашақталар",
            "құрылымдарыда",
            "құрылымдардыңда",
            "тұруыда",
        ] {
            assert!(!check_lower(Lang::Kk, twice), "{twice}");
        }
        // What may follow: a case after a plural, the genitive and instrumental after a
        // possessive of the third person.
        for form in [
            "балаларға",
            "балаларымыз",
            "құрылымдарының",
            "құрылымдарымен",
            "тұруы",
            "тұруымен",
        ] {
            assert!(check_lower(Lang::Kk, form), "{form}");
        }
        // A stem that spells a form of a shorter one keeps its endings where web text writes
        // it with an ending of its own (`тақ` + `та`; `тақталар`), and so does a verb stem's past
        // tense (`зақымдан` + `ды`, not an ablative).
        for word in ["тақтада", "тақталар", "шілдеде", "зақымданды"]
        {
            assert!(check_lower(Lang::Kk, word), "{word}");
        }
    }

    #[test]
    fn dictionaries_load_and_answer() {
        assert!(check(Lang::Kk, "бейбітшілік"));
        assert!(check(Lang::Ru, "сотрудничество"));
        assert!(check(Lang::En, "terrorism"));
        // British spellings, and their case rules: `armour` is no name.
        assert!(check(Lang::En, "armour") && check(Lang::En, "defence") && check(Lang::En, "grey"));
        assert!(!check(Lang::En, "london") && !check(Lang::En, "armoour"));
        assert!(!check(Lang::En, "Nato") && check(Lang::En, "NATO"));
        assert!(!check(Lang::Ru, "сотруд"));
        let mut stems = Vec::new();
        each_stem(Lang::Kk, "жолдастар", |end| stems.push(end));
        assert!(stems.contains(&"жол".len()));
    }

    /// The shipped word lists, as their authors wrote them.
    static SHIPPED_KK_DIC: &str = include_str!("../../data/dicts/kk_KZ.dic");
    static SHIPPED_RU_DIC: &str = include_str!("../../data/dicts/ru_RU.dic");

    /// The word lists `build.rs` prepares read as the shipped ones do: the same words with the
    /// same flags.
    #[test]
    fn prepared_word_lists_read_as_the_shipped_ones() {
        for (aff, shipped, prepared) in [
            (KK_AFF, SHIPPED_KK_DIC, KK_DIC),
            (RU_AFF, SHIPPED_RU_DIC, RU_DIC),
        ] {
            let (a, b) = (
                AffixDict::parse(aff, shipped),
                AffixDict::parse_prepared(aff, prepared),
            );
            // Where a word has several entries, `parse` joins their flags in an order of its
            // unstable sort, `build.rs` in the order of their lines.
            let flag_set = |(w, f): (&str, &str)| {
                let mut f: Vec<char> = f.chars().collect();
                f.sort_unstable();
                (w.to_string(), f)
            };
            assert!(a.bases().map(flag_set).eq(b.bases().map(flag_set)));
            assert!(a.bases().count() > 50_000);
        }
    }

    /// The forms `build.rs` worked out from the English dictionaries answer as `spellbook` does:
    /// on every word of English running text in each case (small letters, as written, title
    /// case, capitals), and on forms and near-forms of the dictionaries themselves.
    #[test]
    fn english_forms_answer_as_spellbook_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut text = std::fs::read_to_string(dir.join("data/ntrex/newstest2019-src.eng.txt"))
            .expect("NTREX English");
        for file in ["udhr-1948.en.txt", "nato-kazakhstan-pfp-article.txt"] {
            text += &std::fs::read_to_string(dir.join("corpus").join(file)).expect("corpus");
        }
        let mut words: FxHashSet<String> = FxHashSet::default();
        for w in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            for v in [
                w.to_string(),
                w.to_lowercase(),
                w.to_uppercase(),
                en_forms::title(w),
            ] {
                words.insert(v);
            }
        }
        assert!(words.len() > 20_000, "{}", words.len());
        for (forms, dict, n) in [(&*EN_FORMS, &*EN, 160_000), (&*GB_FORMS, &*EN_GB, 250_000)] {
            assert!(forms.bases().len() > n, "{}", forms.bases().len());
            let mut asked: Vec<String> = words.iter().cloned().collect();
            for (form, _) in forms.bases().step_by(7) {
                if form.chars().all(char::is_alphabetic) {
                    let cut: String = form.chars().skip(1).collect();
                    let doubled = format!("{form}{}", form.chars().last().unwrap_or('s'));
                    asked.extend([
                        form.to_string(),
                        form.to_uppercase(),
                        en_forms::title(form),
                        form.to_lowercase(),
                        cut,
                        doubled,
                    ]);
                }
            }
            let (mut known, mut differ) = (0, Vec::new());
            for w in asked.iter().filter(|w| !w.is_empty()) {
                let ours = en_knows(forms, w);
                known += usize::from(ours);
                if ours != dict.check(w) {
                    differ.push(w);
                }
            }
            assert!(
                differ.is_empty(),
                "{} differ: {:?}",
                differ.len(),
                &differ[..differ.len().min(20)]
            );
            assert!(known > 50_000, "{known}");
        }
    }

    /// The fast reader agrees with `spellbook` on the words of real text it was not built from.
    #[test]
    fn fast_reader_agrees_with_spellbook() {
        for (lang, aff, dic, text) in [
            (Lang::Kk, KK_AFF, SHIPPED_KK_DIC, NTREX_KK),
            (Lang::Ru, RU_AFF, SHIPPED_RU_DIC, NTREX_RU),
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

    /// The case repair's dictionaries as `build.rs` parts them: each dictionary without the words
    /// only a capital makes words is the whole of it less its names and its words in capitals.
    #[test]
    fn the_dictionaries_without_names_are_the_whole_less_the_names_and_capitals() {
        let kk_caps = include_str!(concat!(env!("OUT_DIR"), "/kk_KZ.caps.txt"));
        for (aff, dic, cased, caps) in [
            (KK_AFF, KK_DIC, &*KK_CASED, kk_caps),
            (RU_AFF, RU_DIC, &*RU_CASED, RU_CAPS),
        ] {
            let mut set: FxHashSet<&str> = cased.names.bases().map(|(w, _)| w).collect();
            set.extend(lines(caps));
            let whole = AffixDict::parse_prepared(aff, dic);
            let common = AffixDict::parse_prepared(aff, dic).retain(|w| !set.contains(w));
            assert!(common.bases().eq(cased.common.bases()));
            assert!(common.bases().len() + cased.names.bases().len() <= whole.bases().len());
            assert!(cased.names.bases().len() > 100);
        }
    }

    /// What `build.rs` laid out is what the crate's own code works out from the shipped data: the
    /// cleaned Kazakh dictionary (its bases and their flags) and the letter trie with its entries.
    #[test]
    fn the_bases_and_the_letter_trie_the_build_laid_out_are_worked_out_anew() {
        let kk = bases::kazakh(KK_AFF, KK_DIC, RU_DIC, |w| listed(Lang::Kk, Key::of(w)));
        assert!(kk.bases().len() > 40_000);
        assert!(
            kk.bases().eq(KK.bases()),
            "the cleaned Kazakh dictionary differs"
        );
        let (trie, entries) = bases::letter_trie(&kk, &RU, &trie_stems());
        assert!(trie == CYRILLIC.trie, "the letter trie differs");
        assert!(
            entries == CYRILLIC.entries,
            "the letter trie's entries differ"
        );
        assert!(entries.len() > 100_000, "{} entries", entries.len());
    }

    /// The layouts `build.rs` wrote for reading the prepared word lists in place are what the crate's
    /// own code lays out from them, and each dictionary read in place answers as one read line by
    /// line.
    #[test]
    fn the_word_lists_are_read_in_place_as_laid_out_anew() {
        for (dic, layout, rules, dict) in [
            (
                KK_BASES_DIC,
                &layout!("kk_KZ.bases.dic")[..],
                &*KK_RULES,
                &*KK,
            ),
            (RU_DIC, layout!("ru_RU.dic"), &RU_RULES, &RU),
            (
                KK_NAMES_DIC,
                layout!("kk_KZ.names.dic"),
                &KK_RULES,
                &KK_CASED.names,
            ),
            (
                KK_COMMON_DIC,
                layout!("kk_KZ.common.dic"),
                &KK_RULES,
                &KK_CASED.common,
            ),
            (
                RU_NAMES_DIC,
                layout!("ru_RU.names.dic"),
                &RU_RULES,
                &RU_CASED.names,
            ),
            (
                RU_COMMON_DIC,
                layout!("ru_RU.common.dic"),
                &RU_RULES,
                &RU_CASED.common,
            ),
        ] {
            assert!(
                layout == super::super::affix::lay_out(dic),
                "a layout differs"
            );
            let listed = rules.with_words(dic);
            assert!(dict.bases().eq(listed.bases()), "the bases differ");
            // Words of running text in both languages, and where each dictionary's words are
            // looked up by the table.
            let mut known = 0;
            for w in [NTREX_KK, NTREX_RU]
                .iter()
                .flat_map(|t| t.split_whitespace().take(10_000))
            {
                let w = crate::lang::lower(w.trim_matches(|c: char| !c.is_alphabetic()));
                assert_eq!(dict.check_lower(&w), listed.check_lower(&w), "{w}");
                known += usize::from(dict.check_lower(&w));
            }
            for (w, _) in listed.bases().step_by(7) {
                assert!(dict.is_base(w), "{w}");
            }
            assert!(known > 0 || dict.bases().len() < 10_000, "{known}");
        }
    }

    /// The trie walk answers as the dictionary's own lookups do, on words, on pieces of words and on
    /// pieces joined across words (what the repair asks about).
    #[test]
    fn trie_check_agrees_with_the_dictionary_s_own_lookups() {
        for (lang, dict, text) in [(Lang::Kk, &*KK, NTREX_KK), (Lang::Ru, &*RU, NTREX_RU)] {
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
                // `pair[0]` again, after `joined`: read off the longer walk.
                for w in [&pair[0], &joined, &pair[0], &pair[0][cut..].to_string()] {
                    assert_eq!(check_lower(lang, w), dict.check_lower(w), "{w}");
                    asked += 1;
                }
            }
            assert!(asked > 10_000);
        }
    }

    /// The word pairs `build.rs` laid out are the pairs of the lists: each pair with its first value,
    /// each word of a pair, and no other.
    #[test]
    fn the_word_pairs_the_build_laid_out_are_those_of_the_lists() {
        for (at, lang, list) in [(0, Lang::Kk, PAIRS_KK), (1, Lang::Ru, PAIRS_RU)] {
            let mut first: HashMap<(Key, Key), u16> = HashMap::default();
            let mut words: FxHashSet<Key> = FxHashSet::default();
            for (a, b, zipf) in super::super::keytable::pair_entries(lines(list)) {
                let (a, b) = (Key::of(a), Key::of(b));
                first.entry((a, b)).or_insert(zipf);
                words.extend([a, b]);
            }
            assert!(first.len() > 4000, "{lang}: {}", first.len());
            assert_eq!(PAIRS[at].table.keys(), first.len(), "{lang}");
            assert_eq!(PAIRS[at].words.keys(), words.len(), "{lang}");
            for (&(a, b), &zipf) in &first {
                assert_eq!(pair_zipf(lang, a, b), zipf);
                assert!(in_pairs(lang, a) && in_pairs(lang, b));
            }
        }
        assert_eq!(pair_zipf(Lang::En, Key::of("of"), Key::of("the")), 0);
    }

    /// The counts of the prior lines `build.rs` laid out are the counts made anew: every word's and
    /// every name ending's, and no other.
    #[test]
    fn the_prior_counts_the_build_laid_out_are_counted_anew() {
        use super::super::letter_counts::{name_end_counts, word_counts};
        for (at, lang) in [Lang::Kk, Lang::Ru].into_iter().enumerate() {
            let words = word_counts(prior_lines(lang));
            let ends = name_end_counts(prior_lines(lang));
            assert!(words.len() > 3000 && ends.len() > 300, "{lang}");
            assert_eq!([PRIOR_KK, PRIOR_RU][at].keys(), words.len());
            assert_eq!([NAME_ENDS_KK, NAME_ENDS_RU][at].keys(), ends.len());
            for (w, &n) in &words {
                assert_eq!(u32::from(prior(lang, w)), n, "{w}");
            }
            for (tail, &n) in &ends {
                let laid = [NAME_ENDS_KK, NAME_ENDS_RU][at].get(Key::of(tail).bits());
                assert_eq!(laid.map(u32::from), Some(n), "{tail}");
            }
            // A name's ending the prior lines show more often than alone weighs for a name.
            let (tail, _) = ends.iter().max_by_key(|(_, &n)| n).expect("some ending");
            assert!(name_tail_odds(lang, tail) != 0.0, "{tail}");
        }
    }

    /// On the spans syllable repair asks about (damaged chunks joined), one walk of the letter trie
    /// answers as the hash tables do: dictionary checks, stems and prior counts.
    #[test]
    fn trie_answers_as_hash_tables_on_damaged_spans() {
        use std::collections::HashSet;
        let prior_counts = [Lang::Kk, Lang::Ru]
            .map(|lang| super::super::letter_counts::word_counts(prior_lines(lang)));
        let kk_stems: HashSet<&str> = KK
            .bases()
            .chain(RU.bases())
            .map(|(w, _)| w)
            .chain(crate::lang::kk::known_stems())
            .collect();
        let ru_stems: HashSet<&str> = RU.bases().map(|(w, _)| w).collect();
        for (text, l) in [(NTREX_KK, 0), (NTREX_RU, 1)] {
            let clean: Vec<&str> = text.lines().skip(PRIOR_LINES).take(150).collect();
            let damaged = super::super::damage::damage(&clean.join(" "), 7);
            let chunks: Vec<String> = damaged
                .split_whitespace()
                .map(|w| crate::lang::lower(w.trim_matches(|c: char| !c.is_alphabetic())))
                .collect();
            let mut asked = 0;
            for i in 0..chunks.len() {
                let mut w = String::new();
                for chunk in &chunks[i..(i + 4).min(chunks.len())] {
                    w.push_str(chunk);
                    for (lang, dict, stems) in
                        [(Lang::Kk, &*KK, &kk_stems), (Lang::Ru, &*RU, &ru_stems)]
                    {
                        assert_eq!(check_lower(lang, &w), dict.check_lower(&w), "{w}");
                        let mut walked = Vec::new();
                        each_stem(lang, &w, |end| walked.push(end));
                        let hashed: Vec<usize> = w
                            .char_indices()
                            .map(|(i, c)| i + c.len_utf8())
                            .filter(|&end| stems.contains(&w[..end]))
                            .collect();
                        assert_eq!(walked, hashed, "{w}");
                        let counted = prior_counts[l].get(&w).copied().unwrap_or(0);
                        assert_eq!(
                            u32::from(prior([Lang::Kk, Lang::Ru][l], &w)),
                            counted,
                            "{w}"
                        );
                        asked += 1;
                    }
                }
            }
            assert!(asked > 10_000, "{asked}");
        }
    }

    /// [`each_stem`] reads the walk's nodes as a walk over the word's labels would, and
    /// [`is_kk_stem`] answers as its last stem does.
    #[test]
    fn stems_read_off_the_walk_as_off_the_labels() {
        let label_stems = |lang: Lang, w: &str| {
            with_walk(w, |cyr, walk| {
                let mut out = Vec::new();
                each_label(w, |end, _| {
                    if end > walk.reach {
                        return false;
                    }
                    if cyr
                        .entry(walk.nodes[end])
                        .is_some_and(|e| lang == Lang::Kk || e.ru.is_some())
                    {
                        out.push(end);
                    }
                    true
                });
                out
            })
        };
        let words = NTREX_KK
            .split_whitespace()
            .chain(NTREX_RU.split_whitespace())
            .take(6000)
            .map(crate::lang::lower)
            .chain(["", "жол", "жолnato", "nato", "жолдас’тар", "ѳж", "ж"].map(String::from));
        let mut asked = 0;
        for w in words {
            for lang in [Lang::Kk, Lang::Ru] {
                let mut read = Vec::new();
                each_stem(lang, &w, |end| read.push(end));
                let walked = label_stems(lang, &w);
                assert_eq!(read, walked, "{w}");
                if lang == Lang::Kk && !w.is_empty() {
                    assert_eq!(is_kk_stem(&w), walked.last() == Some(&w.len()), "{w}");
                    // Cut anywhere after its first letter, the word is its head and tail.
                    let stem = is_kk_stem(&w);
                    for (at, _) in w.char_indices().skip(1) {
                        assert_eq!(is_kk_stem_after(&w[..at], &w[at..]), stem, "{w} at {at}");
                    }
                    assert_eq!(is_kk_stem_after(&w, ""), is_kk_stem(&w), "{w}");
                }
                asked += 1;
            }
        }
        assert!(asked > 10_000);
    }

    #[test]
    fn bare_suffixes_are_no_kazakh_words() {
        for w in ["ғының", "гінің", "ның", "дың"] {
            assert!(!check_lower(Lang::Kk, w), "{w}");
        }
        // Suffix-shaped words stay words.
        for w in ["бас", "тас", "қыз", "мен"] {
            assert!(check_lower(Lang::Kk, w), "{w}");
        }
    }

    #[test]
    fn the_gap_rate_tells_clean_text_from_text_with_split_words() {
        use crate::normalize::damage::{damage_with, DamageOptions};
        for text in [
            include_str!("../../corpus/udhr-1948.kk.txt"),
            include_str!("../../corpus/udhr-1948.ru.txt"),
        ] {
            let clean = Vocabulary::from_text(text).gap_rate();
            assert!(clean < 0.2, "{clean}");
            for (split_word, least) in [(0.4, 0.25), (0.92, 0.4)] {
                let options = DamageOptions {
                    split_word,
                    ..DamageOptions::default()
                };
                let rate = Vocabulary::from_text(&damage_with(text, &options)).gap_rate();
                assert!(rate > least, "{split_word}: {rate}");
            }
        }
    }

    #[test]
    fn vocabulary_counts_names_split_alike_mid_sentence() {
        let v = Vocabulary::from_text(
            "Біз Ки ган мен Ки ган, ал Джо ко келді. Ки ган да. Біз Джо ко мен келдік",
        );
        assert_eq!(v.counts("киган").1, 2);
        assert_eq!(v.counts("джоко").1, 2);
        assert_eq!(v.counts("джокомен").1, 1);
        // `Ки` opens a sentence in its third place.
        assert_eq!(v.counts("киганда").1, 0);
        assert_eq!(v.counts("біз").1, 0);
        // A word after the name, whole in one place and split in another, is no name's syllable:
        // only the split run counts (twice would make it a split name).
        let v = Vocabulary::from_text(
            "Сүңгуір Том Дейли жыныстық бағдары туралы.\n\nСүңгуір Том Дейли жы ныс тық ба ғда ры.",
        );
        assert_eq!(v.counts("дейлижыныстық").1, 1);
        assert_eq!(v.counts("дейлижы").1, 1);
    }

    #[test]
    fn vocabulary_counts_whole_words_only() {
        let v = Vocabulary::from_text("Азиядағы әріп тес тік, Азиядағы НАТО-ның ын ты мақ");
        assert_eq!(v.count("азиядағы"), 2);
        assert_eq!(v.count("тес"), 0);
        assert_eq!(v.count("нато-ның"), 1);
    }
}
