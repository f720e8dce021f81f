//! A fast reader for suffix-only hunspell dictionaries (the shipped `kk_KZ` and `ru_RU`: one level of
//! `SFX` rules, single-character flags, no prefixes or compounding).
//!
//! Syllable repair asks whether tens of candidates per chunk are words; `spellbook` answers a Russian
//! word in about 14 µs, too slow for megabytes per second. This reader indexes the rules by the text
//! they add, so a check is a few hash lookups. A test checks that it agrees with `spellbook` on real
//! text; the English dictionary (prefixes, compounding) is still read with `spellbook`.

use rustc_hash::FxHashMap as HashMap;

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
struct Group {
    strip: String,
    rules: Vec<Rule>,
}

/// A suffix-only hunspell dictionary, lowercased.
#[derive(Debug, Default)]
pub(crate) struct AffixDict {
    /// Base words and their flags.
    words: HashMap<String, Vec<char>>,
    /// Rules by the text they add, grouped by the text they strip.
    by_add: HashMap<String, Vec<Group>>,
    /// Longest added text, in bytes.
    max_add: usize,
    /// The base words again, as an automaton: which prefixes of a word are or begin a base.
    prefixes: Prefixes,
}

/// A set of words as a finite-state automaton (the `fst` crate), for questions about the prefixes
/// of a word: one walk over its bytes finds every prefix that is in the set and how far any entry
/// can match, where hash lookups would need one question per prefix.
#[derive(Default)]
pub(crate) struct Prefixes(fst::Set<Vec<u8>>);

impl std::fmt::Debug for Prefixes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Prefixes({} words)", self.0.len())
    }
}

impl Prefixes {
    /// The set of `words` (any order, repeats allowed).
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Prefixes {
        let mut words: Vec<&str> = words.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        // Sorted and deduplicated keys always build; an empty set keeps reading total regardless.
        Prefixes(fst::Set::from_iter(words).unwrap_or_default())
    }

    /// Walks the bytes of `word`, calling `entry(end)` for every prefix `word[..end]` in the set
    /// (shortest first); returns the length in bytes of the longest prefix that begins an entry.
    pub(crate) fn walk(&self, word: &str, mut entry: impl FnMut(usize)) -> usize {
        let fst = self.0.as_fst();
        let mut node = fst.root();
        for (i, b) in word.bytes().enumerate() {
            let Some(t) = node.find_input(b) else {
                return i;
            };
            node = fst.node(node.transition_addr(t));
            if node.is_final() {
                entry(i + 1);
            }
        }
        word.len()
    }
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

fn condition_holds(condition: &[Class], base: &str) -> bool {
    let mut rev = base.chars().rev();
    condition
        .iter()
        .rev()
        .all(|class| rev.next().is_some_and(|c| class.matches(c)))
}

impl AffixDict {
    /// Reads an `.aff` and a `.dic` (byte-order marks and CRLF line ends allowed). Lines it does not
    /// understand are skipped: reading is total.
    pub(crate) fn parse(aff: &str, dic: &str) -> AffixDict {
        let mut d = AffixDict::default();
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
            d.max_add = d.max_add.max(add.len());
            let strip = strip.to_lowercase();
            let groups = d.by_add.entry(add).or_default();
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
        for line in dic.lines().skip(1) {
            let line = line.trim_start_matches('\u{feff}').trim_end_matches('\r');
            let (word, flags) = match line.split_once('/') {
                Some((w, f)) => (w, f.split_whitespace().next().unwrap_or("")),
                None => (line.split_whitespace().next().unwrap_or(""), ""),
            };
            if word.is_empty() {
                continue;
            }
            d.words
                .entry(word.to_lowercase())
                .or_default()
                .extend(flags.chars());
        }
        d.prefixes = Prefixes::new(d.words.keys().map(String::as_str));
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

    /// [`AffixDict::check`] for a lowercase word.
    ///
    /// One walk of the base automaton along `word` records where each prefix leads; a rule that
    /// adds `word[at..]` and strips `s` then needs a base `word[..at] + s`, which is a few more steps
    /// from the node reached after `word[..at]`. Only a base that exists is looked up for its flags.
    pub(crate) fn check_lower(&self, word: &str) -> bool {
        // Candidates are short; a longer word is no dictionary word in practice, but is answered.
        const MAX: usize = 96;
        if word.len() > MAX {
            return self.check_slow(word);
        }
        let fst = self.prefixes.0.as_fst();
        let mut nodes = [0; MAX + 1];
        let mut node = fst.root();
        nodes[0] = node.addr();
        let mut reach = word.len();
        for (i, b) in word.bytes().enumerate() {
            match node.find_input(b) {
                Some(t) => {
                    node = fst.node(node.transition_addr(t));
                    nodes[i + 1] = node.addr();
                }
                None => {
                    reach = i;
                    break;
                }
            }
        }
        if reach == word.len() && node.is_final() {
            return true;
        }
        let mut base = String::new();
        // The base is `word[..at]` plus what the rule strips: `word[..at]` must begin a base.
        for (at, group) in self.splits(word, reach) {
            if at == 0 && group.strip.is_empty() {
                continue;
            }
            let mut n = fst.node(nodes[at]);
            let found = group.strip.bytes().all(|b| match n.find_input(b) {
                Some(t) => {
                    n = fst.node(n.transition_addr(t));
                    true
                }
                None => false,
            });
            if !found || !n.is_final() {
                continue;
            }
            base.clear();
            base.push_str(&word[..at]);
            base.push_str(&group.strip);
            if self.group_applies(group, &base) {
                return true;
            }
        }
        false
    }

    /// Every place `at` (up to `limit`) where a group of rules could have added `word[at..]`, with
    /// that group: the whole word first, then shorter and shorter stems.
    fn splits<'a>(
        &'a self,
        word: &'a str,
        limit: usize,
    ) -> impl Iterator<Item = (usize, &'a Group)> + 'a {
        std::iter::once(word.len())
            .chain(word.char_indices().rev().map(|(i, _)| i))
            .take_while(move |&at| word.len() - at <= self.max_add)
            .filter(move |&at| at <= limit)
            .filter_map(move |at| self.by_add.get(&word[at..]).map(|groups| (at, groups)))
            .flat_map(|(at, groups)| groups.iter().map(move |g| (at, g)))
    }

    /// Whether some rule of `group` turns the base `base` (which exists) into a word.
    fn group_applies(&self, group: &Group, base: &str) -> bool {
        self.words.get(base).is_some_and(|flags| {
            group
                .rules
                .iter()
                .any(|rule| flags.contains(&rule.flag) && condition_holds(&rule.condition, base))
        })
    }

    /// [`AffixDict::check_lower`] by hash lookups alone, for words too long for its buffer.
    pub(crate) fn check_slow(&self, word: &str) -> bool {
        if self.words.contains_key(word) {
            return true;
        }
        let mut base = String::new();
        for (at, group) in self.splits(word, word.len()) {
            base.clear();
            base.push_str(&word[..at]);
            base.push_str(&group.strip);
            if !base.is_empty() && self.group_applies(group, &base) {
                return true;
            }
        }
        false
    }

    /// The base words, in no particular order.
    pub(crate) fn bases(&self) -> impl Iterator<Item = &str> {
        self.words.keys().map(String::as_str)
    }

    /// Calls `stem(end)` for every prefix `word[..end]` (lowercase) that is a base word, shortest
    /// first.
    pub(crate) fn each_base_prefix(&self, word: &str, stem: impl FnMut(usize)) {
        self.prefixes.walk(word, stem);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str =
        "SET UTF-8\nSFX A Y 3\nSFX A 0 лар [аоұы][^аоұы]\nSFX A 0 лер [еі][^еі]\nSFX A й и й\n";
    const DIC: &str = "3\nжол/A\nкөл/A\nмай/A\n";

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

    #[test]
    fn prefixes_walk_finds_entries_and_reach() {
        let p = Prefixes::new(["жол", "жолдас", "көл", "май"]);
        let mut ends = Vec::new();
        assert_eq!(p.walk("жолдастар", |e| ends.push(e)), "жолдас".len());
        assert_eq!(ends, ["жол".len(), "жолдас".len()]);
        // Bytes, not letters: `а` and `д` share their first byte.
        let reach = p.walk("жолақ", |_| {});
        assert!(reach >= "жол".len() && reach < "жола".len());
        assert_eq!(p.walk("тас", |_| {}), 0);
        assert_eq!(Prefixes::default().walk("мал", |_| {}), 0);
    }
}
