//! A fast reader for suffix-only hunspell dictionaries (the shipped `kk_KZ` and `ru_RU`: one level of
//! `SFX` rules, single-character flags, no prefixes or compounding).
//!
//! Syllable repair asks whether tens of candidates per chunk are words; `spellbook` answers a Russian
//! word in about 14 µs, too slow for megabytes per second. This reader indexes the rules by the text
//! they add (a trie of the added texts read backwards), so the rules that could have made a word are
//! found in one walk from its end; the repair's own lookups go through the letter trie of
//! `lexicon`, which asks [`AffixDict::splits`] and [`AffixDict::applies`]. A test checks that it
//! agrees with `spellbook` on real text. The shipped word lists are laid out by `build.rs`
//! ([`lay_out`]) and read in place. With no rules, a dictionary is a set of words as written, each
//! with a mark: the English forms of `en_forms`.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap as HashMap;
use zerocopy::byteorder::{LittleEndian, U32};
use zerocopy::FromBytes;

use super::trie::{Trie, ROOT};

/// One character position of a rule's condition.
#[derive(Clone, Debug)]
pub(crate) enum Class {
    Any,
    In(Vec<char>),
    NotIn(Vec<char>),
}

impl Class {
    pub(crate) fn matches(&self, c: char) -> bool {
        match self {
            Class::Any => true,
            Class::In(set) => set.contains(&c),
            Class::NotIn(set) => !set.contains(&c),
        }
    }
}

/// A suffix rule: a base ending in `strip` and matching `condition` takes `add` instead of `strip`.
#[derive(Clone, Debug)]
struct Rule {
    flag: char,
    condition: Vec<Class>,
}

/// The rules that add the same text and strip the same text: they all lead back to one base, so a
/// check looks that base up once (Kazakh has 2,551 rules but 323 distinct add/strip pairs).
#[derive(Clone, Debug, Default)]
pub(crate) struct Group {
    /// What the rules strip from the base.
    pub(crate) strip: String,
    rules: Vec<Rule>,
}

/// A suffix-only hunspell dictionary, lowercased, borrowing what it can of the `.dic` text.
#[derive(Debug, Default)]
pub(crate) struct AffixDict<'a> {
    /// Base words and their flags (one character each), sorted by the words' bytes, each word
    /// once: the letter trie of `lexicon` is built from them in this order.
    words: Words<'a>,
    /// Where each base word stands in `words`, by a hash of its letters: an open-addressing table
    /// of positions plus one (0 is an empty slot), laid out by `build.rs` for the shipped
    /// dictionaries ([`lay_out`]) and built at the first lookup for others. Finding a base word by
    /// binary search took about twenty string comparisons; the table takes one.
    index: OnceLock<Cow<'a, [Le32]>>,
    /// The suffix rules, shared by the dictionaries of one `.aff`.
    rules: Arc<Rules>,
}

/// The suffix rules of an `.aff`.
#[derive(Debug, Default)]
struct Rules {
    /// Rules by the text they add, grouped by the text they strip: `groups[adds.value(n)]` for the
    /// node `n` the added text reaches, read backwards.
    groups: Vec<Vec<Group>>,
    /// The added texts, their bytes reversed: one backward walk from a word's end finds every rule
    /// that could have made it.
    adds: Trie,
    /// The longest added text, in bytes.
    max_add: usize,
}

type Le32 = U32<LittleEndian>;

/// The base words of an [`AffixDict`] and their flags, in byte order of the words.
#[derive(Debug)]
enum Words<'a> {
    /// Each word with its flags, as read or cleaned at run time.
    Listed(Vec<(Cow<'a, str>, Cow<'a, str>)>),
    /// A prepared `.dic` read in place: where each of its entry lines (`word/flags`) starts, and
    /// last where the text ends ([`lay_out`]).
    Laid { dic: &'a str, starts: &'a [Le32] },
}

impl Default for Words<'_> {
    fn default() -> Self {
        Words::Listed(Vec::new())
    }
}

impl<'a> Words<'a> {
    fn len(&self) -> usize {
        match self {
            Words::Listed(words) => words.len(),
            Words::Laid { starts, .. } => starts.len().saturating_sub(1),
        }
    }

    /// The word at `at` and its flags.
    fn get(&self, at: usize) -> Option<(&str, &str)> {
        match self {
            Words::Listed(words) => words.get(at).map(|(w, f)| (w.as_ref(), f.as_ref())),
            Words::Laid { dic, starts } => laid_entry(dic, starts, at),
        }
    }

    fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &str)> {
        (0..self.len()).map(|at| self.get(at).unwrap_or_default())
    }

    /// The words as a list of their own, to change.
    fn listed(&mut self) -> &mut Vec<(Cow<'a, str>, Cow<'a, str>)> {
        if let Words::Laid { dic, starts } = *self {
            let listed = (0..self.len())
                .filter_map(|at| laid_entry(dic, starts, at))
                .map(|(w, f)| (Cow::Borrowed(w), Cow::Borrowed(f)))
                .collect();
            *self = Words::Listed(listed);
        }
        match self {
            Words::Listed(words) => words,
            Words::Laid { .. } => unreachable!("made a list above"),
        }
    }
}

/// The word and flags of entry `at` of laid words.
fn laid_entry<'a>(dic: &'a str, starts: &[Le32], at: usize) -> Option<(&'a str, &'a str)> {
    let line = dic.get(starts.get(at)?.get() as usize..starts.get(at + 1)?.get() as usize)?;
    Some(split_entry(line.strip_suffix('\n').unwrap_or(line)))
}

/// A prepared entry line split into its word and flags.
fn split_entry(line: &str) -> (&str, &str) {
    match memchr::memchr(b'/', line.as_bytes()) {
        Some(slash) => (&line[..slash], &line[slash + 1..]),
        None => (line, ""),
    }
}

/// The open-addressing table of [`AffixDict::index`] for `words` (`count` of them).
fn index_of<'w>(count: usize, words: impl Iterator<Item = &'w str>) -> Vec<Le32> {
    let mut slots = vec![0u32; (2 * count).next_power_of_two()];
    let mask = slots.len() - 1;
    for (at, w) in words.enumerate() {
        let mut slot = slot_of(w.as_bytes()) & mask;
        while slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        slots[slot] = at as u32 + 1;
    }
    slots.into_iter().map(Le32::new).collect()
}

/// A prepared `.dic` ([`AffixDict::parse_prepared`]) laid out for [`AffixDict::with_laid_words`]:
/// the count of its entries and the size of its [`AffixDict::index`], then where each entry line
/// starts in `dic` and where `dic` ends, then the index, every number a little-endian `u32`. (Run by
/// `build.rs`; in the crate, by tests.)
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn lay_out(dic: &str) -> Vec<u8> {
    let (lines, count) = entry_lines(dic);
    let mut starts = Vec::with_capacity(count + 1);
    let mut words = Vec::with_capacity(count);
    for line in lines {
        // Each line is a slice of `dic`: where it starts is its distance from the text's start.
        starts.push((line.as_ptr() as usize - dic.as_ptr() as usize) as u32);
        words.push(split_entry(line).0);
    }
    starts.push(dic.len() as u32);
    let index = index_of(words.len(), words.iter().copied());
    let mut out = Vec::with_capacity(8 + 4 * (starts.len() + index.len()));
    out.extend_from_slice(&(words.len() as u32).to_le_bytes());
    out.extend_from_slice(&(index.len() as u32).to_le_bytes());
    out.extend(starts.iter().flat_map(|s| s.to_le_bytes()));
    out.extend(index.iter().flat_map(|s| s.get().to_le_bytes()));
    out
}

/// The first slot of base word `word` in [`AffixDict::index`], before masking to the table's size.
fn slot_of(word: &[u8]) -> usize {
    xxhash_rust::xxh3::xxh3_64(word) as usize
}

/// The classes of a rule's condition as an `.aff` writes it (`[^аоұы]лар`, `.`), one per
/// character position.
pub(crate) fn parse_condition(cond: &str) -> Vec<Class> {
    let mut out = Vec::new();
    let mut chars = cond.chars();
    while let Some(c) = chars.next() {
        match c {
            '.' => out.push(Class::Any),
            '[' => {
                let mut set = Vec::new();
                let mut negated = false;
                for (n, d) in chars.by_ref().enumerate() {
                    match d {
                        '^' if n == 0 => negated = true,
                        ']' => break,
                        d => set.push(d),
                    }
                }
                out.push(if negated {
                    Class::NotIn(set)
                } else {
                    Class::In(set)
                });
            }
            c => out.push(Class::In(vec![c])),
        }
    }
    out
}

/// The lines of `text` as [`str::lines`] gives them, each end found by `memchr` (vector
/// instructions): the shipped word lists have hundreds of thousands of short lines, and
/// `str::lines` spends more on finding each end than on the short line itself.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let line = match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(end) => {
                let line = &rest[..end];
                rest = &rest[end + 1..];
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => std::mem::take(&mut rest),
        };
        Some(line)
    })
}

/// The entry lines of a `.dic` (all but its first), and how many entries its first line counts
/// (bounded by the text's length).
fn entry_lines(dic: &str) -> (impl Iterator<Item = &str>, usize) {
    let mut lines = lines(dic);
    let count = lines
        .next()
        .and_then(|l| l.trim_start_matches('\u{feff}').trim().parse().ok())
        .unwrap_or(0);
    (lines, count.min(dic.len()))
}

#[cfg(test)]
/// The first whitespace-separated field of `text` (flags, before any morphological fields).
fn first_field(text: &str) -> &str {
    // Flags are mostly plain ASCII letters: then the field is the whole text.
    if text.bytes().all(|b| b.is_ascii_graphic()) {
        text
    } else {
        text.split_whitespace().next().unwrap_or("")
    }
}

/// Whether some letter of `word` is not its own lowercase (`crate::lang::lower_char`). Lowercase
/// ASCII and Russian letters, the most of a dictionary's, are read off their bytes; the rest of
/// the word from the first other letter on is asked letter by letter.
#[cfg(test)]
fn has_capitals(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match (bytes[at], bytes.get(at + 1)) {
            (b'A'..=b'Z', _) => return true,
            (0..=0x7F, _) => at += 1,
            // U+0430–U+043F and U+0440–U+045F.
            (0xD0, Some(0xB0..=0xBF)) | (0xD1, Some(0x80..=0x9F)) => at += 2,
            _ => {
                return word[at..]
                    .chars()
                    .any(|c| crate::lang::lower_char(c) != Some(c))
            }
        }
    }
    false
}

/// Takes the flags of `dropped` out of `flags`.
#[cfg_attr(not(test), allow(dead_code))]
fn drop_flags(flags: &mut Cow<'_, str>, dropped: &str) {
    if flags.chars().any(|f| dropped.contains(f)) {
        *flags = Cow::Owned(flags.chars().filter(|f| !dropped.contains(*f)).collect());
    }
}

/// Whether the base `head` + `strip` ends as `condition` requires.
fn condition_holds(condition: &[Class], head: &str, strip: &str) -> bool {
    let mut rev = strip.chars().rev().chain(head.chars().rev());
    condition
        .iter()
        .rev()
        .all(|class| rev.next().is_some_and(|c| class.matches(c)))
}

impl<'a> AffixDict<'a> {
    /// Reads an `.aff` and a `.dic` (byte-order marks and CRLF line ends allowed). Lines it does not
    /// understand are skipped: reading is total. The shipped dictionaries are read by
    /// [`AffixDict::parse_prepared`], from lists `build.rs` has already lowercased, sorted and
    /// merged as this reads them.
    #[cfg(test)]
    pub(crate) fn parse(aff: &str, dic: &'a str) -> AffixDict<'a> {
        let mut d = AffixDict::with_rules(aff);
        let (lines, count) = entry_lines(dic);
        let words = d.words.listed();
        words.reserve(count);
        for line in lines {
            let line = line.trim_start_matches('\u{feff}').trim_end_matches('\r');
            let (word, flags) = match memchr::memchr(b'/', line.as_bytes()) {
                Some(slash) => (&line[..slash], first_field(&line[slash + 1..])),
                None => (line.split_whitespace().next().unwrap_or(""), ""),
            };
            if word.is_empty() {
                continue;
            }
            let word = if has_capitals(word) {
                Cow::Owned(crate::lang::lower(word))
            } else {
                Cow::Borrowed(word)
            };
            words.push((word, Cow::Borrowed(flags)));
        }
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // A word listed twice (`Лев` and `лев`) keeps the flags of both.
        words.dedup_by(|later, kept| {
            if later.0 != kept.0 {
                return false;
            }
            if !later.1.is_empty() {
                kept.1.to_mut().push_str(&later.1);
            }
            true
        });
        d
    }

    /// [`AffixDict::parse`] of a `.dic` as `build.rs` prepares the shipped ones: a line
    /// `word/flags` per base word, lowercase, in byte order, each word once. Only splitting its
    /// lines is left to do.
    pub(crate) fn parse_prepared(aff: &str, dic: &'a str) -> AffixDict<'a> {
        let mut d = AffixDict::with_rules(aff);
        d.push_prepared(dic);
        d
    }

    /// Reads the words of prepared `dic` ([`AffixDict::parse_prepared`]) into this dictionary of
    /// no words.
    fn push_prepared(&mut self, dic: &'a str) {
        let (lines, count) = entry_lines(dic);
        let words = self.words.listed();
        words.reserve(count);
        for line in lines {
            let (word, flags) = split_entry(line);
            words.push((Cow::Borrowed(word), Cow::Borrowed(flags)));
        }
        debug_assert!(words.windows(2).all(|p| p[0].0 < p[1].0));
        debug_assert!(words.iter().all(|(w, _)| !w.is_empty()));
    }

    /// The words of `dic`, prepared as for [`AffixDict::parse_prepared`], with the rules of this
    /// dictionary: dictionaries of one language share their `.aff`, read once.
    pub(crate) fn with_words<'b>(&self, dic: &'b str) -> AffixDict<'b> {
        let mut d = self.with_no_words();
        d.push_prepared(dic);
        d
    }

    /// [`AffixDict::with_words`] of a prepared `dic` laid out by [`lay_out`] in `layout`, read in
    /// place: nothing to split or hash. Where `layout` is not the layout of such a text, the
    /// words are read from `dic` as `with_words` reads them.
    pub(crate) fn with_laid_words<'b>(&self, dic: &'b str, layout: &'b [u8]) -> AffixDict<'b> {
        let laid = || -> Option<(&'b [Le32], &'b [Le32])> {
            let number = |at: usize| -> Option<usize> {
                Some(u32::from_le_bytes(layout.get(at..at + 4)?.try_into().ok()?) as usize)
            };
            let (count, slots) = (number(0)?, number(4)?);
            let rest = layout.get(8..)?;
            if rest.len() != 4 * (count + 1 + slots) || !slots.is_power_of_two() {
                return None;
            }
            let (starts, index) = rest.split_at(4 * (count + 1));
            let starts = <[Le32]>::ref_from_bytes(starts).ok()?;
            // The entries end where the text does. (Not every number is checked, which would read
            // every page; a test compares the shipped layouts with ones made anew.)
            let fits = starts.last()?.get() as usize == dic.len();
            fits.then_some((starts, <[Le32]>::ref_from_bytes(index).ok()?))
        };
        let Some((starts, index)) = laid() else {
            return self.with_words(dic);
        };
        let mut d = self.with_no_words();
        d.words = Words::Laid { dic, starts };
        d.index = OnceLock::from(Cow::Borrowed(index));
        d
    }

    /// A dictionary of no words with the rules of this one.
    fn with_no_words<'b>(&self) -> AffixDict<'b> {
        AffixDict {
            words: Words::default(),
            index: OnceLock::new(),
            rules: Arc::clone(&self.rules),
        }
    }

    /// A dictionary of no words with the suffix rules of `aff`.
    pub(crate) fn with_rules(aff: &str) -> AffixDict<'a> {
        let mut d = Rules::default();
        let mut by_add: HashMap<String, Vec<Group>> = HashMap::default();
        for line in aff.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 5 || f[0] != "SFX" {
                continue;
            }
            let Some(flag) = f[1].chars().next() else {
                continue;
            };
            let strip = if f[2] == "0" { "" } else { f[2] };
            let add = if f[3] == "0" { "" } else { f[3] };
            let add = add.split('/').next().unwrap_or(add).to_lowercase();
            let strip = strip.to_lowercase();
            let groups = by_add.entry(add).or_default();
            let at = match groups.iter().position(|g| g.strip == strip) {
                Some(at) => at,
                None => {
                    groups.push(Group {
                        strip,
                        rules: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            groups[at].rules.push(Rule {
                flag,
                condition: parse_condition(&f[4].to_lowercase()),
            });
        }
        let mut reversed = Vec::new();
        d.max_add = by_add.keys().map(String::len).max().unwrap_or(0);
        for (add, groups) in by_add {
            reversed.push((
                add.bytes().rev().map(u16::from).collect(),
                d.groups.len() as u32,
            ));
            d.groups.push(groups);
        }
        d.adds = Trie::with_values(reversed);
        AffixDict {
            rules: Arc::new(d),
            ..AffixDict::default()
        }
    }

    /// Whether `word` (any case) is a dictionary word or a dictionary word with one of its suffixes.
    pub(crate) fn check(&self, word: &str) -> bool {
        if word.chars().any(char::is_uppercase) {
            self.check_lower(&crate::lang::lower(word))
        } else {
            self.check_lower(word)
        }
    }

    /// [`AffixDict::check`] for a lowercase word, by binary search.
    pub(crate) fn check_lower(&self, word: &str) -> bool {
        if self.flags(word).is_some() {
            return true;
        }
        self.splits(word, word.len(), |at, group| {
            let head = &word[..at];
            (at > 0 || !group.strip.is_empty())
                && self
                    .flags_of(head, &group.strip)
                    .is_some_and(|flags| self.applies(group, flags, head, &group.strip))
        })
    }

    /// The flags of base word `word` (as written), if it is one: with no rules, a dictionary is
    /// a set of words, each with a mark of its own.
    pub(crate) fn flags_of_base(&self, word: &str) -> Option<&str> {
        self.flags(word)
    }

    /// The flags of base word `word`, if it is one.
    fn flags(&self, word: &str) -> Option<&str> {
        self.flags_bytes(word.as_bytes())
    }

    /// [`AffixDict::flags`] of a word's bytes.
    fn flags_bytes(&self, word: &[u8]) -> Option<&str> {
        let slots = self.index.get_or_init(|| {
            Cow::Owned(index_of(
                self.words.len(),
                self.words.iter().map(|(w, _)| w),
            ))
        });
        let mask = slots.len() - 1;
        let mut slot = slot_of(word) & mask;
        loop {
            let at = slots.get(slot)?.get().checked_sub(1)? as usize;
            let (w, flags) = self.words.get(at)?;
            if w.as_bytes() == word {
                return Some(flags);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The flags of the base `head` + `strip`, if it is a base word.
    fn flags_of(&self, head: &str, strip: &str) -> Option<&str> {
        if strip.is_empty() {
            return self.flags(head);
        }
        // Joined on the stack where it fits (every base word of the shipped dictionaries does).
        let mut base = [0u8; 128];
        let n = head.len() + strip.len();
        if n > base.len() {
            return self.flags(&format!("{head}{strip}"));
        }
        base[..head.len()].copy_from_slice(head.as_bytes());
        base[head.len()..n].copy_from_slice(strip.as_bytes());
        self.flags_bytes(&base[..n])
    }

    /// Calls `found(at, group)` for every place `at` (up to `limit`) where a group of rules could
    /// have added `word[at..]`, the whole word first, then shorter and shorter stems, until it
    /// returns true; returns whether it did.
    pub(crate) fn splits(
        &self,
        word: &str,
        limit: usize,
        mut found: impl FnMut(usize, &Group) -> bool,
    ) -> bool {
        // No rule adds enough to reach back to where a base could end.
        let Rules {
            groups,
            adds,
            max_add,
        } = &*self.rules;
        if word.len() > limit + max_add {
            return false;
        }
        let bytes = word.as_bytes();
        let mut node = ROOT;
        let mut at = bytes.len();
        loop {
            if at <= limit {
                if let Some(v) = adds.value(node) {
                    if groups[v as usize].iter().any(|g| found(at, g)) {
                        return true;
                    }
                }
            }
            if at == 0 {
                return false;
            }
            at -= 1;
            match adds.step(node, u16::from(bytes[at])) {
                Some(next) => node = next,
                None => return false,
            }
        }
    }

    /// Whether some rule of `group` turns the base `head` + `strip` (a base word with `flags`)
    /// into a word.
    pub(crate) fn applies(&self, group: &Group, flags: &str, head: &str, strip: &str) -> bool {
        group
            .rules
            .iter()
            .any(|rule| flags.contains(rule.flag) && condition_holds(&rule.condition, head, strip))
    }

    /// The dictionary with only the base words that `keep` picks (and their forms).
    pub(crate) fn retain(mut self, keep: impl Fn(&str) -> bool) -> AffixDict<'a> {
        self.words.listed().retain(|(w, _)| keep(w));
        // The words moved: the index is built again at the next lookup.
        self.index = OnceLock::new();
        self
    }

    /// The flags of the base word at `place` among [`AffixDict::bases`].
    pub(crate) fn flags_at(&self, place: u32) -> Option<&str> {
        self.words.get(place as usize).map(|(_, f)| f)
    }

    /// The base words and their flags, in byte order of the words.
    pub(crate) fn bases(&self) -> impl ExactSizeIterator<Item = (&str, &str)> {
        self.words.iter()
    }
}

/// How `bases::kazakh` cleans the Kazakh dictionary (run by `build.rs`; in the crate, by tests).
#[cfg_attr(not(test), allow(dead_code))]
impl<'a> AffixDict<'a> {
    /// The dictionary without these base words (and so without their forms).
    pub(crate) fn without(self, bases: &[&str]) -> AffixDict<'a> {
        let bases: rustc_hash::FxHashSet<&str> = bases.iter().copied().collect();
        self.retain(|w| !bases.contains(w))
    }

    /// The dictionary with the base words that `bare` picks kept, but without their forms.
    pub(crate) fn uninflected(mut self, bare: impl Fn(&str) -> bool) -> AffixDict<'a> {
        for (w, flags) in self.words.listed().iter_mut() {
            if bare(w) {
                *flags = Cow::Borrowed("");
            }
        }
        self
    }

    /// The dictionary with `drop(flag)`'s flags taken from every base word that is itself a form
    /// of another base by a rule of flag `flag` where `marks(flag)`: the form listed as a word of
    /// its own keeps its place, but takes no second ending of the kind its first one was.
    pub(crate) fn without_flags_on_forms(
        mut self,
        marks: impl Fn(char) -> bool,
        drop: impl Fn(char) -> &'static str,
        stem_too: impl Fn(&str) -> bool,
    ) -> AffixDict<'a> {
        let mut marked = Vec::new();
        for (at_word, (w, _)) in self.words.iter().enumerate() {
            let mut by = None;
            self.splits(w, w.len(), |at, group| {
                let head = &w[..at];
                // A form of a shorter base: the rest of the word is an ending.
                if at == 0
                    || head.len() + group.strip.len() >= w.len()
                    || !group.rules.iter().any(|rule| marks(rule.flag))
                {
                    return false;
                }
                let Some(flags) = self.flags_of(head, &group.strip) else {
                    return false;
                };
                by = group
                    .rules
                    .iter()
                    .find(|rule| {
                        marks(rule.flag)
                            && flags.contains(rule.flag)
                            && condition_holds(&rule.condition, head, &group.strip)
                    })
                    .map(|rule| rule.flag);
                by.is_some()
            });
            if let Some(flag) = by.filter(|_| !stem_too(w)) {
                marked.push((at_word, flag));
            }
        }
        for (at_word, flag) in marked {
            drop_flags(&mut self.words.listed()[at_word].1, drop(flag));
        }
        self
    }

    /// The dictionary with `drop(self, word)`'s flags taken from every base word.
    pub(crate) fn without_flags_where(
        mut self,
        drop: impl Fn(&Self, &str) -> &'static str,
    ) -> AffixDict<'a> {
        let dropped: Vec<&'static str> = self.words.iter().map(|(w, _)| drop(&self, w)).collect();
        for ((_, flags), dropped) in self.words.listed().iter_mut().zip(dropped) {
            if !dropped.is_empty() {
                drop_flags(flags, dropped);
            }
        }
        self
    }

    /// Whether `word` is a base word.
    pub(crate) fn is_base(&self, word: &str) -> bool {
        self.flags(word).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str =
        "SET UTF-8\nSFX A Y 3\nSFX A 0 лар [аоұы][^аоұы]\nSFX A 0 лер [еі][^еі]\nSFX A й и й\n";
    const DIC: &str = "3\nжол/A\nкөл/A\nмай/A\n";

    #[test]
    fn a_base_that_is_a_form_of_another_loses_the_endings_asked() {
        let aff =
            "SET UTF-8\nSFX A Y 2\nSFX A 0 дар л\nSFX A 0 лар [ау]\nSFX J Y 1\nSFX J 0 да .\n\
                   SFX M Y 1\nSFX M 0 ды .\n";
        let dic = "4\nжол/AJ\nжолда/AJM\nқолда/AJM\nтау/A\n";
        let d = AffixDict::parse(aff, dic).without_flags_on_forms(
            |f| f == 'J',
            |_| "AJ",
            |w| w == "қолда",
        );
        // `жолда` is `жол` with the locative: it stays a word, takes its other flags, but no
        // noun ending again.
        assert!(d.check("жолда") && d.check("жолдады"));
        assert!(!d.check("жолдада") && !d.check("жолдалар"));
        // A form that is a stem too keeps every flag; a base no rule makes is untouched.
        assert!(d.check("қолдада") && d.check("қолдалар"));
        assert!(d.check("жолдар") && d.check("таулар"));
    }

    #[test]
    fn words_read_in_place_answer_as_words_read_line_by_line() {
        let rules = AffixDict::with_rules(AFF);
        let dic = "3\nжол/A\nкөл/A\nмай/A\n";
        let layout = lay_out(dic);
        let laid = rules.with_laid_words(dic, &layout);
        let listed = rules.with_words(dic);
        assert!(matches!(laid.words, Words::Laid { .. }));
        assert!(laid.bases().eq(listed.bases()));
        assert_eq!(laid.bases().len(), 3);
        for w in [
            "жол",
            "жоллар",
            "көл",
            "көлдер",
            "маи",
            "май",
            "ма",
            "",
            "жолд",
        ] {
            assert_eq!(laid.check_lower(w), listed.check_lower(w), "{w}");
        }
        assert_eq!(laid.flags_at(1), Some("A"));
        // A last line without its line end, and a word without flags.
        let dic = "2\nжол/A\nкөл";
        let layout = lay_out(dic);
        let laid = rules.with_laid_words(dic, &layout);
        assert!(matches!(laid.words, Words::Laid { .. }));
        assert_eq!(
            laid.bases().collect::<Vec<_>>(),
            [("жол", "A"), ("көл", "")]
        );
        assert!(laid.check_lower("көл") && !laid.check_lower("көллар"));
    }

    #[test]
    fn a_layout_that_does_not_fit_its_text_is_not_read() {
        let rules = AffixDict::with_rules(AFF);
        let dic = "3\nжол/A\nкөл/A\nмай/A\n";
        let layout = lay_out(dic);
        // Cut short, of another text, or of a table whose size is no power of two: the words are
        // read line by line instead.
        let other = lay_out("2\nжол/A\nкөл/A\n");
        let mut odd = layout.clone();
        odd[4] = 3;
        for bad in [&layout[..layout.len() - 1], &other, &odd, &[][..]] {
            let d = rules.with_laid_words(dic, bad);
            assert!(matches!(d.words, Words::Listed(_)));
            assert!(d.check_lower("жоллар") && d.check_lower("май"));
        }
    }

    #[test]
    fn a_word_listed_twice_keeps_the_flags_of_both() {
        let aff = "SFX A Y 1\nSFX A 0 лар .\nSFX B Y 1\nSFX B 0 да .\n";
        let d = AffixDict::parse(aff, "3\nЖол/A\nкөл\nжол/B\n");
        assert!(d.check("жоллар") && d.check("жолда") && d.check("Жол"));
        assert!(d.check("көл") && !d.check("көллар"));
        assert_eq!(
            d.bases().map(|(w, _)| w).collect::<Vec<_>>(),
            ["жол", "көл"]
        );
    }

    #[test]
    fn capitals_are_found_as_lower_char_finds_them() {
        for word in [
            "жол",
            "Жол",
            "жоЛ",
            "nato",
            "naTo",
            "ёж",
            "Ёж",
            "қазақ",
            "Қазақ",
            "ѳ",
            "Ѳ",
            "",
        ] {
            let slow = word.chars().any(|c| crate::lang::lower_char(c) != Some(c));
            assert_eq!(has_capitals(word), slow, "{word}");
        }
    }

    #[test]
    fn suffixes_follow_conditions() {
        let d = AffixDict::parse(AFF, DIC);
        assert!(d.check("жол"));
        assert!(!d.check("жолдар"));
        assert!(d.check("жоллар"));
        assert!(d.check("Жоллар"));
        assert!(!d.check("жоллер"));
        assert!(!d.check("көллар"));
        assert!(d.check("маи"));
        assert!(!d.check("ма"));
    }
}
