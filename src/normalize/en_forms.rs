//! Which words do the English dictionaries make? Every form of the shipped `en_US` and `en_GB`
//! hunspell dictionaries (each base word alone, with a suffix, a prefix, or both), worked out when
//! trilingua is built, so that a process asks a table instead of reading the dictionaries (some
//! 25 ms each with `spellbook`). [`knows`] answers for words of letters alone as `spellbook`'s
//! `check` does; the repair asks `spellbook` itself of other words (digits, apostrophes, hyphens),
//! reading the dictionaries only then. A test compares both answers on the forms and on the words
//! of real text.
//!
//! The English dictionaries use one level of prefixes and suffixes with single-character flags and
//! no continuation classes; compounding (`COMPOUNDRULE`) joins only numbers to their endings
//! (`21st`), which are not letters alone.

#[cfg_attr(not(test), allow(dead_code))]
mod make {
    use std::collections::BTreeMap;

    use super::super::affix::{parse_condition, Class};

    /// A prefix or suffix rule of an `.aff`.
    struct Affix {
        /// Whether it combines with an affix of the other kind (`Y` in its header).
        cross: bool,
        strip: String,
        add: String,
        condition: Vec<Class>,
    }

    impl Affix {
        /// Whether the condition holds at the start of `word` (a prefix's) or at its end.
        fn fits(&self, word: &str, prefix: bool) -> bool {
            let n = self.condition.len();
            if word.chars().count() < n {
                return false;
            }
            if prefix {
                word.chars().zip(&self.condition).all(|(c, k)| k.matches(c))
            } else {
                word.chars()
                    .rev()
                    .zip(self.condition.iter().rev())
                    .all(|(c, k)| k.matches(c))
            }
        }

        /// `word` with this suffix, where it takes it.
        fn suffixed(&self, word: &str) -> Option<String> {
            let stem = word.strip_suffix(self.strip.as_str())?;
            self.fits(word, false)
                .then(|| format!("{stem}{}", self.add))
        }

        /// `word` with this prefix, where it takes it.
        fn prefixed(&self, word: &str) -> Option<String> {
            let stem = word.strip_prefix(self.strip.as_str())?;
            self.fits(word, true).then(|| format!("{}{stem}", self.add))
        }
    }

    /// The rules of an `.aff`: prefixes and suffixes by flag, and the flag of words that stand only
    /// inside compounds.
    #[derive(Default)]
    struct Rules {
        prefixes: BTreeMap<char, Vec<Affix>>,
        suffixes: BTreeMap<char, Vec<Affix>>,
        only_in_compound: Option<char>,
    }

    fn rules(aff: &str) -> Rules {
        let mut rules = Rules::default();
        let mut cross: BTreeMap<(bool, char), bool> = BTreeMap::new();
        for line in aff.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            match f.as_slice() {
                ["ONLYINCOMPOUND", flag, ..] => rules.only_in_compound = flag.chars().next(),
                [kind @ ("PFX" | "SFX"), flag, yes, _count] => {
                    if let Some(flag) = flag.chars().next() {
                        cross.insert((*kind == "PFX", flag), *yes == "Y");
                    }
                }
                [kind @ ("PFX" | "SFX"), flag, strip, add, cond, ..] => {
                    let Some(flag) = flag.chars().next() else {
                        continue;
                    };
                    let prefix = *kind == "PFX";
                    let empty = |s: &str| {
                        if s == "0" {
                            String::new()
                        } else {
                            s.to_string()
                        }
                    };
                    let affix = Affix {
                        cross: cross.get(&(prefix, flag)).copied().unwrap_or(false),
                        strip: empty(strip),
                        add: empty(add.split('/').next().unwrap_or(add)),
                        condition: parse_condition(cond),
                    };
                    let by_flag = if prefix {
                        &mut rules.prefixes
                    } else {
                        &mut rules.suffixes
                    };
                    by_flag.entry(flag).or_default().push(affix);
                }
                _ => {}
            }
        }
        rules
    }

    /// The word and flags of a `.dic` entry line, as `spellbook` reads it: the word up to a `/`
    /// (flags after it, up to any white space), a tab or a space; `None` for lines that escape a
    /// slash with a backslash, which the shipped English dictionaries do not have.
    fn entry(line: &str) -> Option<(&str, &str)> {
        let line = line.trim();
        if line.is_empty() || line.contains('\\') {
            return None;
        }
        match line.find(['/', ' ', '\t']) {
            Some(at) if line.as_bytes()[at] == b'/' && at > 0 => {
                let flags = line[at + 1..].split_whitespace().next().unwrap_or("");
                Some((&line[..at], flags))
            }
            Some(at) if line.as_bytes()[at] != b'/' => Some((&line[..at], "")),
            Some(_) => None,
            None => Some((line, "")),
        }
    }

    /// How `spellbook` classes a word's letters by case.
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub(crate) enum Casing {
        /// No capital.
        None,
        /// Only the first letter a capital.
        Init,
        /// Capitals and no small letter.
        All,
        /// A capital first, more capitals and small letters.
        Pascal,
        /// A small letter first, and capitals.
        Camel,
    }

    pub(crate) fn casing(word: &str) -> Casing {
        let upper = word.chars().filter(|c| c.is_uppercase()).count();
        let lower = word.chars().filter(|c| c.is_lowercase()).count();
        let first = word.chars().next().is_some_and(char::is_uppercase);
        match (upper, lower, first) {
            (0, _, _) => Casing::None,
            (1, _, true) => Casing::Init,
            (_, 0, _) => Casing::All,
            (_, _, true) => Casing::Pascal,
            _ => Casing::Camel,
        }
    }

    /// `word` with its first letter a capital and the others small (`spellbook`'s title case).
    pub(crate) fn title(word: &str) -> String {
        let mut chars = word.chars();
        match chars.next() {
            Some(first) => first
                .to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect(),
            None => String::new(),
        }
    }

    /// Every form the dictionary of `aff` and `dic` makes, each once, in byte order, and whether
    /// it is only a hidden one: a form of the title-case twin `spellbook` adds for a base word in
    /// capitals with flags (`NATO` → `Nato`) or in mixed case (`iPod` → `Ipod`), which counts for
    /// words in capitals but not for title-case words as written.
    pub(crate) fn forms(aff: &str, dic: &str) -> Vec<(String, bool)> {
        let rules = rules(aff);
        let mut out: BTreeMap<String, bool> = BTreeMap::new();
        let mut add = |form: String, hidden: bool| {
            let seen = out.entry(form).or_insert(hidden);
            *seen &= hidden;
        };
        let dic = dic.trim_start_matches('\u{feff}');
        for line in dic.lines().skip(1) {
            let Some((word, flags)) = entry(line) else {
                continue;
            };
            if word.is_empty() || rules.only_in_compound.is_some_and(|f| flags.contains(f)) {
                continue;
            }
            let mut bases = vec![(word.to_string(), false)];
            let twin = match casing(word) {
                Casing::Pascal | Casing::Camel => true,
                Casing::All => !flags.is_empty(),
                _ => false,
            };
            if twin {
                bases.push((title(word), true));
            }
            for (base, hidden) in bases {
                let suffixes: Vec<&Affix> = flags
                    .chars()
                    .filter_map(|f| rules.suffixes.get(&f))
                    .flatten()
                    .collect();
                let prefixes: Vec<&Affix> = flags
                    .chars()
                    .filter_map(|f| rules.prefixes.get(&f))
                    .flatten()
                    .collect();
                for s in &suffixes {
                    if let Some(form) = s.suffixed(&base) {
                        for p in prefixes.iter().filter(|p| p.cross && s.cross) {
                            if let Some(both) = p.prefixed(&form) {
                                add(both, hidden);
                            }
                        }
                        add(form, hidden);
                    }
                }
                for p in &prefixes {
                    if let Some(form) = p.prefixed(&base) {
                        add(form, hidden);
                    }
                }
                add(base, hidden);
            }
        }
        out.into_iter().collect()
    }

    /// The forms as a word list `affix::lay_out` lays out: their count, then a line per form,
    /// `form/h` for a hidden one.
    pub(crate) fn word_list(forms: &[(String, bool)]) -> String {
        let mut out = format!("{}\n", forms.len());
        for (form, hidden) in forms {
            out.push_str(form);
            if *hidden {
                out.push_str("/h");
            }
            out.push('\n');
        }
        out
    }
}

// The forms are worked out in `build.rs` (and in the tests).
pub(crate) use make::{casing, title, Casing};
#[cfg_attr(not(test), allow(unused_imports))]
pub(crate) use make::{forms, word_list};

/// Whether the dictionary whose forms are `form` (`Some(hidden)` for a form it makes) knows
/// `word`, a word of letters alone, as `spellbook` would answer: a word as written, a title-case
/// word also in small letters, a word in capitals also in title case or small letters.
pub(crate) fn knows(word: &str, form: impl Fn(&str) -> Option<bool>) -> bool {
    let any = |w: &str| form(w).is_some();
    match casing(word) {
        Casing::None | Casing::Camel | Casing::Pascal => any(word),
        Casing::Init => form(word) == Some(false) || any(&word.to_lowercase()),
        Casing::All => any(word) || any(&title(word)) || any(&word.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str = "SET UTF-8\nONLYINCOMPOUND c\nPFX U Y 1\nPFX U 0 un .\n\
                       SFX S Y 2\nSFX S y ies [^aeiou]y\nSFX S 0 s [^y]\nSFX D N 1\nSFX D 0 ed .\n";

    fn table(dic: &str) -> Vec<(String, bool)> {
        forms(AFF, dic)
    }

    #[test]
    fn every_affix_and_both_where_both_combine() {
        let f = table("3\nfly/SU\nlock/SUD\nth/c\n");
        let words: Vec<&str> = f.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            ["flies", "fly", "lock", "locked", "locks", "unflies", "unfly", "unlock", "unlocks"]
        );
        // `unlocked` is not: `D` does not combine.
        assert!(f.iter().all(|(_, hidden)| !hidden));
    }

    #[test]
    fn words_in_capitals_and_mixed_case_have_hidden_title_case_twins() {
        let f = table("3\nNATO/S\niPod\nUN\n");
        let get = |w: &str| f.iter().find(|(x, _)| x == w).map(|&(_, h)| h);
        assert_eq!(get("NATO"), Some(false));
        assert_eq!(get("Nato"), Some(true));
        assert_eq!(get("Natos"), Some(true));
        assert_eq!(get("Ipod"), Some(true));
        // Capitals without flags have no twin.
        assert_eq!(get("Un"), None);
        let form = |w: &str| get(w);
        assert!(knows("NATO", form) && knows("NATOS", form) && !knows("Natos", form));
        assert!(!knows("Nato", form) && !knows("nato", form));
        assert!(knows("IPOD", form) && knows("iPod", form) && !knows("ipod", form));
    }

    #[test]
    fn the_word_list_keeps_each_form_and_its_mark() {
        let f = table("2\nNATO/S\nfly/S\n");
        let list = word_list(&f);
        assert!(list.starts_with("6\n"), "{list}");
        let layout = super::super::affix::lay_out(&list);
        let d = super::super::affix::AffixDict::default().with_laid_words(&list, &layout);
        assert_eq!(d.flags_of_base("Natos"), Some("h"));
        assert_eq!(d.flags_of_base("flies"), Some(""));
        assert_eq!(d.flags_of_base("NATOs"), Some(""));
        assert_eq!(d.flags_of_base("NATOS"), None);
        assert!(d
            .bases()
            .map(|(w, _)| w)
            .eq(f.iter().map(|(w, _)| w.as_str())));
    }

    #[test]
    fn casing_is_classed_as_spellbook_classes_it() {
        assert_eq!(casing("word"), Casing::None);
        assert_eq!(casing("Word"), Casing::Init);
        assert_eq!(casing("WORD"), Casing::All);
        assert_eq!(casing("WoRd"), Casing::Pascal);
        assert_eq!(casing("iPod"), Casing::Camel);
        assert_eq!(title("nATO"), "Nato");
    }
}
