//! Which Cyrillic words are bases the repair builds on: the Kazakh dictionary cleaned of what the
//! syllable repair would take for words, and the letter trie of both dictionaries' bases and the
//! Kazakh stem list, each string with what it carries.
//!
//! Both are worked out from shipped data alone, and took a process some 75 ms of loading before its
//! first Cyrillic passage. `build.rs` includes this file (with `affix` and `trie`) and works them
//! out once, writing the cleaned dictionary as a `.dic` text and the trie as bytes
//! ([`to_bytes`]); `lexicon` reads them back, and its tests work both out anew and compare.

use rustc_hash::FxHashSet;

use super::affix::AffixDict;
use super::trie::{Builder, Trie};

/// Bases of the Kazakh hunspell dictionary that are bare suffixes, not words (`ғы`, `ның`, `ды`):
/// with the dictionary's noun flags they would make any chain of suffixes a word (`ғының`, `гінің`),
/// and a suffix split off its word would pass for a word of its own (`зауытымыз дағы`). Suffix-shaped
/// bases that are words (`бас` "head", `тас` "stone", `қыз` "girl", `тағы` "again", the particles
/// `да`, `ма`, `мен`) stay.
const KK_SUFFIX_BASES: &[&str] = &[
    "ады", "атын", "ге", "гі", "ға", "ғы", "ған", "ғыш", "дағы", "дегі", "ды", "ді", "дың", "дің",
    "дық", "дік", "дыр", "дір", "ден", "дер", "дес", "ке", "қа", "келі", "қалы", "лер", "лық",
    "міз", "мін", "мағ", "мек", "на", "нде", "нен", "ның", "ні", "сы", "сің", "тен", "тыр", "тір",
    "тық", "ың", "іп", "ып",
];

/// The shipped Kazakh dictionary (`aff`, and `dic` as `build.rs` prepares it), cleaned of what
/// syllable repair would take for words: bare suffixes ([`KK_SUFFIX_BASES`]), pieces of words
/// ([`kazakh_start`], against the starts of the Russian bases of `ru_dic`), and the forms of
/// abbreviations. Bases with no vowel are abbreviations (`кт`, `ст`, `млн`): the dictionary gives
/// them a noun's flags, but their forms (`ктің`, `стың`, `ндар`) are what a syllable splitter
/// leaves of a word's end (`бәсекелес ті ктің`), while text attaches endings to abbreviations with
/// a hyphen (`млн-нан`). They stay words, uninflected. Forms the dictionary lists as words of
/// their own keep their place but take no second ending of their kind ([`marks_a_form`]), unless
/// the web word list (`listed`) shows them as stems too ([`a_stem_too`]).
pub(crate) fn kazakh<'a>(
    aff: &str,
    dic: &'a str,
    ru_dic: &str,
    listed: impl Fn(&str) -> bool,
) -> AffixDict<'a> {
    let mut russian_starts: FxHashSet<Start> = FxHashSet::default();
    // The list is sorted: a start is mostly the one before again, and not looked up twice.
    let mut last = None;
    for line in ru_dic.lines().skip(1) {
        let word = match line.bytes().position(|b| matches!(b, b'/' | b' ' | b'\t')) {
            Some(end) => &line[..end],
            None => line,
        };
        let s = start(word);
        if last != Some(s) {
            russian_starts.insert(s);
            last = Some(s);
        }
    }
    let stem_too = |w: &str| a_stem_too(w, &listed);
    AffixDict::parse_prepared(aff, dic)
        .without(KK_SUFFIX_BASES)
        .retain(|w| kazakh_start(w, &russian_starts))
        .uninflected(|w| !w.chars().any(crate::lang::kk::is_vowel))
        .without_flags_on_forms(marks_a_form, endings_after, stem_too)
        .without_flags_where(|d, w| {
            if possessed_verbal_noun(w, |b| d.is_base(b)) && !stem_too(w) {
                endings_after('F')
            } else {
                ""
            }
        })
}

/// Letters of a Kazakh base that begins with two consonants compared with the starts of Russian
/// bases.
const CLUSTER_CHECK: usize = 3;

/// The first [`CLUSTER_CHECK`] letters of a word, lowercase (`'\0'` past its end).
type Start = [char; CLUSTER_CHECK];

fn start(word: &str) -> Start {
    let mut out = ['\0'; CLUSTER_CHECK];
    for (slot, c) in out.iter_mut().zip(word.chars()) {
        *slot = crate::lang::lower_char(c).unwrap_or(c);
    }
    out
}

/// Whether Kazakh base `w` starts the way a Kazakh word can. Kazakh words begin with at most one
/// consonant but for loans, which begin as a Russian word does (`спорт`, `кристалл`). The shipped
/// dictionary also lists pieces of words cut by a lost letter or a hyphenated line (`ктер`, `лген`,
/// `ндеттер`, `мкіндік`): exactly what a syllable splitter leaves of a word's inside, so they
/// are left out. Bases with no vowel at all are abbreviations, kept (uninflected, see [`kazakh`]).
fn kazakh_start(w: &str, russian_starts: &FxHashSet<Start>) -> bool {
    let mut letters = w.chars();
    let (Some(a), Some(b)) = (letters.next(), letters.next()) else {
        return true;
    };
    let vowel = crate::lang::kk::is_vowel;
    if vowel(a) || vowel(b) || !w.chars().any(vowel) {
        return true;
    }
    russian_starts.contains(&start(w))
}

/// Whether a base word of the Kazakh dictionary that is a form of another base by flag `flag`'s
/// ending is that form (not a stem of its own): the plural (A), the possessives of the third person
/// and of a plural (F, b–f), and the genitive, dative, locative and instrumental (G, H, J, L, and
/// after a plural g, h, j, l). The dictionary lists such forms as words of their own with every
/// noun ending again (`болашақ`, `болашақта`, `болашақтада`; `құрылымдары`, `құрылымдарыда`),
/// forms no text writes, which a syllable repair would read where the particle stands apart
/// (`болашақта да`). Not the accusative and ablative (I, K: a verb's past tense and a verb stem
/// end in the same letters, `зақымданды`, `зақымдан`), nor the first and second persons (B–E: a
/// lone `м` or `ң` ends many stems, `қалам`, `алаң`).
fn marks_a_form(flag: char) -> bool {
    matches!(
        flag,
        'A' | 'F' | 'b'..='f' | 'G' | 'g' | 'H' | 'h' | 'J' | 'j' | 'L' | 'l'
    )
}

/// The noun endings a Kazakh dictionary form made by flag `flag`'s ending ([`marks_a_form`])
/// cannot take: after the plural, no plural again; after a possessive of the third person, none
/// but the genitive and instrumental (the others take an `н`: `құрылымдарында`, not
/// `құрылымдарыда`); after another possessive, no plural or possessive; after a case, none.
fn endings_after(flag: char) -> &'static str {
    match flag {
        'A' => "Abcdefghijkl",
        'F' | 'f' => "ABbCcDdEeFfgHhIiJjKkl",
        'b' | 'c' | 'd' | 'e' => "ABbCcDdEeFfghijkl",
        _ => "ABbCcDdEeFfGgHhIiJjKkLl",
    }
}

/// Whether Kazakh `w` is a verbal noun or a participle with the possessive of the third person
/// (`тұруы`, `келуі`, `болғаны`), the verbal noun or participle a base word (`is_base`): the
/// dictionary lists such forms with a noun's flags, though the verb's entry has none, and so spells
/// `тұруыда` where Kazakh writes `тұруында` ([`endings_after`] the possessive).
fn possessed_verbal_noun(w: &str, is_base: impl Fn(&str) -> bool) -> bool {
    let Some(base) = w.strip_suffix('ы').or_else(|| w.strip_suffix('і')) else {
        return false;
    };
    (base.ends_with('у')
        || ["ған", "ген", "қан", "кен"]
            .iter()
            .any(|p| base.ends_with(p)))
        && base.chars().nth(2).is_some()
        && is_base(base)
}

/// Whether a Kazakh base word that spells a form of another ([`marks_a_form`]) is a stem too: web
/// text (`listed`) writes it with a plural or a possessive of its own (`тақта`, `тақталар`, though
/// `тақ` + `та` is a locative; `шілде`, `шілдесі`).
fn a_stem_too(w: &str, listed: impl Fn(&str) -> bool) -> bool {
    const STEM_ENDINGS: [&str; 10] = [
        "лар", "лер", "дар", "дер", "тар", "тер", "сы", "сі", "ы", "і",
    ];
    let mut form = String::with_capacity(w.len() + 6);
    STEM_ENDINGS.iter().any(|ending| {
        form.clear();
        form.push_str(w);
        form.push_str(ending);
        listed(&form)
    })
}

/// What the letter trie knows of a string ending at one of its nodes: where the string stands among
/// the base words of each dictionary ([`AffixDict::bases`]), if it is one. A string that is neither
/// is a Kazakh stem of the stem list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Its place among the Kazakh dictionary's bases.
    pub(crate) kk: Option<u32>,
    /// Its place among the Russian dictionary's bases.
    pub(crate) ru: Option<u32>,
}

/// Calls `word(w, entry)` for each word of `lists` (each in byte order) in byte order, each word
/// once with what all its entries carry. The letter trie is built as the words come, with no list
/// of all of them made first.
fn merge<'a, const N: usize>(
    lists: [&mut dyn Iterator<Item = (&'a str, Entry)>; N],
    mut word: impl FnMut(&'a str, Entry),
) {
    let mut heads: Vec<_> = lists
        .into_iter()
        .map(|l| {
            let head = l.next();
            (head, l)
        })
        .collect();
    loop {
        let Some(w) = heads.iter().filter_map(|(h, _)| h.map(|(w, _)| w)).min() else {
            return;
        };
        let mut entry = Entry::default();
        for (head, list) in heads.iter_mut() {
            while let Some((_, e)) = head.filter(|&(v, _)| v == w) {
                entry.kk = entry.kk.or(e.kk);
                entry.ru = entry.ru.or(e.ru);
                *head = list.next();
            }
        }
        word(w, entry);
    }
}

/// The letter trie of the Kazakh and Russian bases and the Kazakh `stems` (any order, repeats
/// allowed), each string once, and what each carries (`entries[value]` for the value its node
/// holds).
pub(crate) fn letter_trie(kk: &AffixDict, ru: &AffixDict, stems: &[&str]) -> (Trie, Vec<Entry>) {
    let mut stems = stems.to_vec();
    stems.sort_unstable();
    stems.dedup();
    // A trie has no more nodes than its words have bytes.
    let bytes = kk
        .bases()
        .chain(ru.bases())
        .map(|(w, _)| w.len())
        .chain(stems.iter().map(|w| w.len()))
        .sum();
    let count = kk.bases().len() + ru.bases().len() + stems.len();
    let mut entries = Vec::with_capacity(count);
    let mut trie = Builder::with_capacity(bytes);
    let place = |at: usize| Some(at as u32);
    merge(
        [
            &mut kk.bases().enumerate().map(|(at, (w, _))| {
                (
                    w,
                    Entry {
                        kk: place(at),
                        ru: None,
                    },
                )
            }),
            &mut ru.bases().enumerate().map(|(at, (w, _))| {
                (
                    w,
                    Entry {
                        kk: None,
                        ru: place(at),
                    },
                )
            }),
            &mut stems.iter().map(|&w| (w, Entry::default())),
        ],
        |w, e| {
            trie.push(w, entries.len() as u32);
            entries.push(e);
        },
    );
    (trie.finish(), entries)
}

/// The mark of no place in [`to_bytes`].
const NO_PLACE: u32 = u32::MAX;

/// The letter trie and its entries as bytes: the entry count and the entries' places (Kazakh, then
/// Russian; [`NO_PLACE`] where none), little-endian `u32`s, then the trie ([`Trie::to_bytes`]).
pub(crate) fn to_bytes(trie: &Trie, entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    for e in entries {
        for place in [e.kk, e.ru] {
            out.extend_from_slice(&place.unwrap_or(NO_PLACE).to_le_bytes());
        }
    }
    trie.write_bytes(&mut out);
    out
}

/// What [`to_bytes`] wrote, read back (the trie in place); `None` where the bytes are not such.
pub(crate) fn from_bytes(bytes: &'static [u8]) -> Option<(Trie, Vec<Entry>)> {
    let count = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    let places = bytes.get(4..4 + count * 8)?;
    let place = |b: &[u8]| {
        let p = u32::from_le_bytes(b.try_into().expect("four bytes"));
        (p != NO_PLACE).then_some(p)
    };
    let entries = places
        .chunks_exact(8)
        .map(|e| Entry {
            kk: place(&e[..4]),
            ru: place(&e[4..]),
        })
        .collect();
    let trie = Trie::from_static(&bytes[4 + count * 8..])?;
    Some((trie, entries))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_lists_merge_each_word_once_with_all_its_places() {
        let kk = |at| Entry {
            kk: Some(at),
            ru: None,
        };
        let ru = |at| Entry {
            kk: None,
            ru: Some(at),
        };
        let none = Entry::default();
        let first = [("ал", kk(0)), ("жол", kk(1)), ("әже", kk(2))];
        let second = [("бал", ru(0)), ("жол", ru(1))];
        let third = [("ал", none), ("ал", none), ("жол", none)];
        let mut all = Vec::new();
        merge(
            [
                &mut first.iter().copied(),
                &mut second.iter().copied(),
                &mut third.iter().copied(),
            ],
            |w, e| all.push((w, e)),
        );
        let words: Vec<&str> = all.iter().map(|&(w, _)| w).collect();
        assert_eq!(words, ["ал", "бал", "жол", "әже"]);
        assert_eq!(
            all[2].1,
            Entry {
                kk: Some(1),
                ru: Some(1)
            }
        );
        assert_eq!(all[0].1, kk(0));
    }

    #[test]
    fn the_trie_and_its_entries_come_back_from_their_bytes() {
        let aff = "SET UTF-8\nSFX A Y 1\nSFX A 0 лар .\n";
        let kk = AffixDict::parse_prepared(aff, "2\nжол/A\nқала/A\n");
        let ru = AffixDict::parse_prepared(aff, "1\nжол\n");
        let (trie, entries) = letter_trie(&kk, &ru, &["ал", "жол", "ал"]);
        assert_eq!(
            entries,
            [
                Entry::default(),
                Entry {
                    kk: Some(0),
                    ru: Some(0)
                },
                Entry {
                    kk: Some(1),
                    ru: None
                },
            ]
        );
        let bytes: &'static [u8] = Vec::leak(to_bytes(&trie, &entries));
        let (back, back_entries) = from_bytes(bytes).expect("bytes it wrote");
        assert!(back == trie);
        assert_eq!(back_entries, entries);
        assert!(from_bytes(&bytes[..bytes.len() - 1]).is_none());
        assert!(from_bytes(&[]).is_none());
    }

    #[test]
    fn the_cleaned_dictionary_drops_suffixes_and_pieces_and_keeps_loans() {
        let aff = "SET UTF-8\nSFX A Y 1\nSFX A 0 лар .\n";
        let dic = "5\nды/A\nжол/A\nктер/A\nмлн/A\nспорт/A\n";
        let ru = "1\nспорт/A\n";
        let d = kazakh(aff, dic, ru, |_| false);
        let bases: Vec<(&str, &str)> = d.bases().collect();
        // `ды` is a bare suffix, `ктер` a piece of a word; `спорт` starts as a Russian word does;
        // `млн`, without a vowel, stays uninflected.
        assert_eq!(bases, [("жол", "A"), ("млн", ""), ("спорт", "A")]);
    }
}
