//! A fast reader for suffix-only hunspell dictionaries (the shipped `kk_KZ` and `ru_RU`: one level of
//! `SFX` rules, single-character flags, no prefixes or compounding).
//!
//! Syllable repair asks whether tens of candidates per chunk are words; `spellbook` answers a Russian
//! word in about 14 µs, too slow for megabytes per second. This reader indexes the rules by the text
//! they add (a trie of the added texts read backwards), so the rules that could have made a word are
//! found in one walk from its end; the repair's own lookups go through the letter trie of
//! `lexicon`, which asks [`AffixDict::splits`] and [`AffixDict::applies`]. A test checks that it
//! agrees with `spellbook` on real text; the English dictionary (prefixes, compounding) is still read
//! with `spellbook`.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::trie::{Trie, ROOT};

/// One character position of a rule's condition.
#[derive(Clone, Debug)]
enum Class {
    Any,
    In(Vec<char>),
    NotIn(Vec<char>),
}

impl Class {
    fn matches(&self, c: char) -> bool {
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
    /// once: the letter trie of `lexicon` is built from them in this order, and a word is looked up
    /// by binary search.
    words: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// Where each base word stands in `words`, by a hash of its letters: an open-addressing table
    /// of positions plus one (0 is an empty slot), built at the first lookup. Finding a base word
    /// by binary search took about twenty string comparisons; the table takes one.
    index: OnceLock<Box<[u32]>>,
    /// Rules by the text they add, grouped by the text they strip: `groups[adds.value(n)]` for the
    /// node `n` the added text reaches, read backwards.
    groups: Vec<Vec<Group>>,
    /// The added texts, their bytes reversed: one backward walk from a word's end finds every rule
    /// that could have made it.
    adds: Trie,
    /// The longest added text, in bytes.
    max_add: usize,
}

/// The first slot of base word `word` in [`AffixDict::index`], before masking to the table's size.
fn slot_of(word: &[u8]) -> usize {
    xxhash_rust::xxh3::xxh3_64(word) as usize
}

fn parse_condition(cond: &str) -> Vec<Class> {
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
        d.words.reserve(count);
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
            d.words.push((word, Cow::Borrowed(flags)));
        }
        d.words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // A word listed twice (`Лев` and `лев`) keeps the flags of both.
        d.words.dedup_by(|later, kept| {
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
        self.words.reserve(count);
        for line in lines {
            let (word, flags) = match memchr::memchr(b'/', line.as_bytes()) {
                Some(slash) => (&line[..slash], &line[slash + 1..]),
                None => (line, ""),
            };
            self.words.push((Cow::Borrowed(word), Cow::Borrowed(flags)));
        }
        debug_assert!(self.words.windows(2).all(|p| p[0].0 < p[1].0));
        debug_assert!(self
            .words
            .iter()
            .all(|(w, _)| !w.is_empty() && !has_capitals(w)));
    }

    /// The words of `dic`, prepared as for [`AffixDict::parse_prepared`], with the rules of this
    /// dictionary: dictionaries of one language share their `.aff`, read once.
    pub(crate) fn with_words<'b>(&self, dic: &'b str) -> AffixDict<'b> {
        let mut d = AffixDict {
            words: Vec::new(),
            index: OnceLock::new(),
            groups: self.groups.clone(),
            adds: self.adds.clone(),
            max_add: self.max_add,
        };
        d.push_prepared(dic);
        d
    }

    /// A dictionary of no words with the suffix rules of `aff`.
    pub(crate) fn with_rules(aff: &str) -> AffixDict<'a> {
        let mut d = AffixDict::default();
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
        d
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

    /// The flags of base word `word`, if it is one.
    fn flags(&self, word: &str) -> Option<&str> {
        self.flags_bytes(word.as_bytes())
    }

    /// [`AffixDict::flags`] of a word's bytes.
    fn flags_bytes(&self, word: &[u8]) -> Option<&str> {
        let slots = self.index.get_or_init(|| {
            let mut slots = vec![0u32; (2 * self.words.len()).next_power_of_two()];
            let mask = slots.len() - 1;
            for (at, (w, _)) in self.words.iter().enumerate() {
                let mut slot = slot_of(w.as_bytes()) & mask;
                while slots[slot] != 0 {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = at as u32 + 1;
            }
            slots.into_boxed_slice()
        });
        let mask = slots.len() - 1;
        let mut slot = slot_of(word) & mask;
        loop {
            let at = slots[slot].checked_sub(1)? as usize;
            let (w, flags) = &self.words[at];
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
        if word.len() > limit + self.max_add {
            return false;
        }
        let bytes = word.as_bytes();
        let mut node = ROOT;
        let mut at = bytes.len();
        loop {
            if at <= limit {
                if let Some(v) = self.adds.value(node) {
                    if self.groups[v as usize].iter().any(|g| found(at, g)) {
                        return true;
                    }
                }
            }
            if at == 0 {
                return false;
            }
            at -= 1;
            match self.adds.step(node, u16::from(bytes[at])) {
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
        self.words.retain(|(w, _)| keep(w));
        // The words moved: the index is built again at the next lookup.
        self.index = OnceLock::new();
        self
    }

    /// The flags of the base word at `place` among [`AffixDict::bases`].
    pub(crate) fn flags_at(&self, place: u32) -> Option<&str> {
        self.words.get(place as usize).map(|(_, f)| f.as_ref())
    }

    /// The base words and their flags, in byte order of the words.
    pub(crate) fn bases(&self) -> impl ExactSizeIterator<Item = (&str, &str)> {
        self.words.iter().map(|(w, f)| (w.as_ref(), f.as_ref()))
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
        for (w, flags) in self.words.iter_mut() {
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
            drop_flags(&mut self.words[at_word].1, drop(flag));
        }
        self
    }

    /// The dictionary with `drop(self, word)`'s flags taken from every base word.
    pub(crate) fn without_flags_where(
        mut self,
        drop: impl Fn(&Self, &str) -> &'static str,
    ) -> AffixDict<'a> {
        let dropped: Vec<&'static str> = self.words.iter().map(|(w, _)| drop(&self, w)).collect();
        for ((_, flags), dropped) in self.words.iter_mut().zip(dropped) {
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
