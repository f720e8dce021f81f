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
    strip: String,
    condition: Vec<Class>,
}

/// A suffix-only hunspell dictionary, lowercased.
#[derive(Debug, Default)]
pub(crate) struct AffixDict {
    /// Base words and their flags.
    words: HashMap<String, Vec<char>>,
    /// Rules by the text they add.
    by_add: HashMap<String, Vec<Rule>>,
    /// Longest added text, in bytes.
    max_add: usize,
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
            d.by_add.entry(add).or_default().push(Rule {
                flag,
                strip: strip.to_lowercase(),
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
        d
    }

    /// Whether `word` (any case) is a dictionary word or a dictionary word with one of its suffixes.
    pub(crate) fn check(&self, word: &str) -> bool {
        let lower;
        let word = if word.chars().any(char::is_uppercase) {
            lower = word.to_lowercase();
            lower.as_str()
        } else {
            word
        };
        if self.words.contains_key(word) {
            return true;
        }
        let mut base = String::with_capacity(word.len() + 8);
        let ends = std::iter::once(word.len()).chain(word.char_indices().rev().map(|(i, _)| i));
        for at in ends {
            let add = &word[at..];
            if add.len() > self.max_add {
                break;
            }
            if self.suffixed(word, at, add, &mut base) {
                return true;
            }
        }
        false
    }

    fn suffixed(&self, word: &str, at: usize, add: &str, base: &mut String) -> bool {
        let Some(rules) = self.by_add.get(add) else {
            return false;
        };
        rules.iter().any(|rule| {
            base.clear();
            base.push_str(&word[..at]);
            base.push_str(&rule.strip);
            !base.is_empty()
                && self
                    .words
                    .get(base.as_str())
                    .is_some_and(|flags| flags.contains(&rule.flag))
                && condition_holds(&rule.condition, base)
        })
    }

    /// Whether `word` (lowercase) is a base word of the dictionary.
    pub(crate) fn is_base(&self, word: &str) -> bool {
        self.words.contains_key(word)
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
}
