//! Character-level repair: invisible characters, odd spaces and hyphens, ligatures, Unicode NFC, Kazakh
//! letter variants, and look-alike Latin/Cyrillic letters inside words of the other script.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::offsets::{Builder, OffsetMap};
use crate::lang::is_cyrillic;

/// What one character becomes, regardless of its neighbours.
enum Fix {
    Keep,
    Drop,
    Char(char),
    Str(&'static str),
}

fn context_free(c: char) -> Fix {
    match c {
        // Soft hyphen, zero-width space/joiners, word joiner, BOM.
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => Fix::Drop,
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Fix::Char(' '),
        '\u{2010}' | '\u{2011}' => Fix::Char('-'),
        '\u{fb00}' => Fix::Str("ff"),
        '\u{fb01}' => Fix::Str("fi"),
        '\u{fb02}' => Fix::Str("fl"),
        '\u{fb03}' => Fix::Str("ffi"),
        '\u{fb04}' => Fix::Str("ffl"),
        '\u{fb05}' | '\u{fb06}' => Fix::Str("st"),
        // Kazakh letters typed with look-alike code points from other alphabets.
        'ə' => Fix::Char('ә'),
        'Ə' => Fix::Char('Ә'),
        'ɵ' => Fix::Char('ө'),
        'Ɵ' => Fix::Char('Ө'),
        'ӈ' => Fix::Char('ң'),
        'Ӈ' => Fix::Char('Ң'),
        'ӄ' => Fix::Char('қ'),
        'Ӄ' => Fix::Char('Қ'),
        _ => Fix::Keep,
    }
}

/// The Cyrillic letter a Latin look-alike stands for inside a Cyrillic word (`kazakh`: a word with
/// letters only Kazakh uses, where `Y` stands for `Ү`).
fn latin_to_cyrillic(c: char, kazakh: bool) -> Option<char> {
    Some(match c {
        'Y' if kazakh => 'Ү',
        'Y' => 'У',
        'a' => 'а',
        'c' => 'с',
        'e' => 'е',
        'h' => 'һ',
        'i' => 'і',
        'o' => 'о',
        'p' => 'р',
        'x' => 'х',
        'y' => 'у',
        'A' => 'А',
        'B' => 'В',
        'C' => 'С',
        'E' => 'Е',
        'H' => 'Н',
        'I' => 'І',
        'K' => 'К',
        'M' => 'М',
        'O' => 'О',
        'P' => 'Р',
        'T' => 'Т',
        'X' => 'Х',
        _ => return None,
    })
}

/// The Latin letter a Cyrillic look-alike stands for inside a Latin word.
fn cyrillic_to_latin(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'с' => 'c',
        'е' => 'e',
        'һ' => 'h',
        'і' => 'i',
        'о' => 'o',
        'р' => 'p',
        'х' => 'x',
        'у' => 'y',
        'А' => 'A',
        'В' => 'B',
        'С' => 'C',
        'Е' => 'E',
        'Н' => 'H',
        'І' => 'I',
        'К' => 'K',
        'М' => 'M',
        'О' => 'O',
        'Р' => 'P',
        'Т' => 'T',
        'Х' => 'X',
        'У' | 'Ү' => 'Y',
        _ => return None,
    })
}

/// Repairs characters; the text keeps its line structure (line ends and spaces are untouched here).
pub(crate) fn repair(text: &str) -> (String, OffsetMap) {
    let composed;
    let (input, pre) = if is_nfc_at_a_glance(text) {
        (text, None)
    } else {
        let (t, m) = nfc(text);
        composed = t;
        (composed.as_str(), Some(m))
    };
    let mut b = Builder::with_capacity(input.len());
    // `plain` starts the pending run of characters copied unchanged: words that need no repair
    // (most of them) stay in it.
    let mut plain = 0;
    let mut word: Option<Word> = None;
    let mut i = 0;
    while i < input.len() {
        let (class, len) = class_at(input, i);
        let other = match class {
            Class::Letter(script) => {
                word.get_or_insert(Word {
                    start: i,
                    scripts: Scripts::default(),
                })
                .scripts
                .see(script);
                i += len;
                continue;
            }
            Class::Other(c) => c,
        };
        if let Some(w) = word.take() {
            w.push_unless_plain(&mut b, &mut plain, &input[..i]);
        }
        // Every character with a fix comes after these.
        let fix = if other < '\u{a0}' {
            Fix::Keep
        } else {
            context_free(other)
        };
        if !matches!(fix, Fix::Keep) {
            b.copy(plain, &input[plain..i]);
            match fix {
                Fix::Drop => b.replace(i..i + len, ""),
                Fix::Char(r) => b.replace(i..i + len, r.encode_utf8(&mut [0; 4])),
                Fix::Str(s) => b.replace(i..i + len, s),
                Fix::Keep => unreachable!(),
            }
            plain = i + len;
        }
        i += len;
    }
    if let Some(w) = word {
        w.push_unless_plain(&mut b, &mut plain, input);
    }
    b.copy(plain, &input[plain..]);
    let (out, map) = b.finish();
    match pre {
        Some(m) => (out, m.compose(&map)),
        None => (out, map),
    }
}

/// The letters of a word, as far as the repair cares.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    /// An ASCII letter: no fix of its own.
    Ascii,
    /// A Cyrillic letter of the two-byte blocks other than the look-alike Kazakh variants (`ӄ`,
    /// `ӈ` and their capitals): no fix of its own.
    Cyrillic,
    /// Any other letter: a variant, a ligature, another alphabet.
    Other,
}

/// A character as the repair's scan sees it: a letter, or anything else with the character itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Letter(Script),
    Other(char),
}

/// The class of the character at byte `i` of `text` and its length, read off its bytes for ASCII
/// and two-byte Cyrillic (the letters of almost every word) and decoded otherwise.
fn class_at(text: &str, i: usize) -> (Class, usize) {
    let bytes = text.as_bytes();
    let lead = bytes[i];
    if lead.is_ascii() {
        let class = if lead.is_ascii_alphabetic() {
            Class::Letter(Script::Ascii)
        } else {
            Class::Other(char::from(lead))
        };
        return (class, 1);
    }
    if let Some(&next) = bytes.get(i + 1) {
        if crate::lang::is_cyrillic_letter_bytes(lead, next) {
            let variant = lead == 0xD3 && matches!(next, 0x83 | 0x84 | 0x87 | 0x88);
            let script = if variant {
                Script::Other
            } else {
                Script::Cyrillic
            };
            return (Class::Letter(script), 2);
        }
    }
    let c = text[i..].chars().next().unwrap_or_default();
    let class = if crate::lang::is_letter(c) {
        Class::Letter(Script::Other)
    } else {
        Class::Other(c)
    };
    (class, c.len_utf8().max(1))
}

/// Which scripts a word's letters were seen in.
#[derive(Clone, Copy, Default)]
struct Scripts {
    ascii: bool,
    cyrillic: bool,
    other: bool,
}

impl Scripts {
    fn see(&mut self, script: Script) {
        match script {
            Script::Ascii => self.ascii = true,
            Script::Cyrillic => self.cyrillic = true,
            Script::Other => self.other = true,
        }
    }

    /// Whether the word surely needs no repair: all ASCII letters, or all plain Cyrillic ones.
    /// Anything else (mixed scripts, variants, ligatures, other alphabets) is left to [`push_word`].
    fn plain(self) -> bool {
        !(self.other || self.ascii && self.cyrillic)
    }
}

/// A word the scan is in: where it starts, and its scripts so far.
struct Word {
    start: usize,
    scripts: Scripts,
}

impl Word {
    /// Ends the word at the end of `upto` (the input up to there): a word that needs repair is
    /// pushed after the pending copy, which then starts after it; a plain word stays in the copy.
    fn push_unless_plain(self, b: &mut Builder, plain: &mut usize, upto: &str) {
        if !self.scripts.plain() {
            b.copy(*plain, &upto[*plain..self.start]);
            push_word(b, self.start, &upto[self.start..]);
            *plain = upto.len();
        }
    }
}

/// Whether `text` is in NFC, answered at a glance for characters no normalization form changes or
/// reorders (Latin up to U+02FF, Cyrillic letters, general punctuation from `‐` to `‿`; most of our
/// texts are only these) and by Unicode's quick check for the rest alone. Such characters start a
/// cluster and compose with nothing, so leaving them out of the quick check loses no answer of
/// "no" or "maybe" (which send the text through NFC).
fn is_nfc_at_a_glance(text: &str) -> bool {
    if surely_nfc_bytes(text.as_bytes()) {
        return true;
    }
    let others = text.chars().filter(|&c| !surely_nfc(c));
    is_nfc_quick(others) == IsNormalized::Yes
}

/// Whether character `c` is one that no normalization form changes or reorders (see
/// [`is_nfc_at_a_glance`]).
fn surely_nfc(c: char) -> bool {
    matches!(c, '\0'..='\u{2ff}' | '\u{400}'..='\u{482}' | '\u{48a}'..='\u{52f}' | '\u{2010}'..='\u{203f}')
}

/// Whether every character of UTF-8 `bytes` is [`surely_nfc`], read off the bytes: ASCII, two-byte
/// characters up to U+02FF (leads C2–CB) and U+0400–U+052F but U+0483–U+0489, and three-byte
/// ones U+2010–U+203F (E2 80 90 to E2 80 BF).
fn surely_nfc_bytes(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        if lead.is_ascii() {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let len = match (lead, next) {
            (0xD2, 0x83..=0x89) => return false,
            (0xC2..=0xCB | 0xD0..=0xD3, _) | (0xD4, 0x80..=0xAF) => 2,
            (0xE2, 0x80) if (0x90..=0xBF).contains(&bytes.get(i + 2).copied().unwrap_or(0)) => 3,
            _ => return false,
        };
        i += len;
    }
    true
}

/// Pushes one alphabetic run, fixing letters of one script when the run mixes Latin and Cyrillic
/// and every letter of that script has a look-alike in the other: the minority script's letters
/// if they all have one, else the majority's (`бipлecкeн`, four Cyrillic letters among five Latin
/// ones that all look Cyrillic).
fn push_word(b: &mut Builder, start: usize, word: &str) {
    let (mut cyr, mut lat, mut kazakh) = (0usize, 0usize, false);
    for c in word.chars() {
        if is_cyrillic(c) {
            cyr += 1;
            kazakh |= crate::lang::kk::is_specific_letter(c);
        } else if c.is_ascii_alphabetic() {
            lat += 1;
        }
    }
    let to_cyrillic = move |c: char| latin_to_cyrillic(c, kazakh);
    let swap: Option<&dyn Fn(char) -> Option<char>> = if cyr > 0 && lat > 0 {
        let latin_look_cyrillic = word
            .chars()
            .filter(char::is_ascii_alphabetic)
            .all(|c| to_cyrillic(c).is_some());
        let cyrillic_look_latin = word
            .chars()
            .filter(|&c| is_cyrillic(c))
            .all(|c| cyrillic_to_latin(c).is_some());
        match (cyr >= lat, latin_look_cyrillic, cyrillic_look_latin) {
            (true, true, _) | (false, true, false) => Some(&to_cyrillic),
            (false, _, true) | (true, false, true) => Some(&cyrillic_to_latin),
            _ => None,
        }
    } else {
        None
    };
    let mut run_start = 0;
    for (i, c) in word.char_indices() {
        let replacement = match swap.and_then(|f| f(c)) {
            Some(r) => Some(Fix::Char(r)),
            None => match context_free(c) {
                Fix::Keep => None,
                other => Some(other),
            },
        };
        if let Some(fix) = replacement {
            b.copy(start + run_start, &word[run_start..i]);
            let src = start + i..start + i + c.len_utf8();
            match fix {
                Fix::Char(r) => b.replace(src, r.encode_utf8(&mut [0; 4])),
                Fix::Str(s) => b.replace(src, s),
                Fix::Drop => b.replace(src, ""),
                Fix::Keep => unreachable!(),
            }
            run_start = i + c.len_utf8();
        }
    }
    b.copy(start + run_start, &word[run_start..]);
}

/// NFC, cluster by cluster, keeping the map: a base letter and its combining marks compose in place.
fn nfc(text: &str) -> (String, OffsetMap) {
    let mut b = Builder::with_capacity(text.len());
    let mut start = 0;
    let flush = |b: &mut Builder, start: usize, end: usize, text: &str| {
        let seg = &text[start..end];
        let composed: String = seg.nfc().collect();
        if composed == seg {
            b.copy(start, seg);
        } else {
            b.replace(start..end, &composed);
        }
    };
    for (i, c) in text.char_indices() {
        let combining = unicode_normalization::char::is_combining_mark(c);
        if !combining && i > start {
            flush(&mut b, start, i, text);
            start = i;
        }
    }
    if start < text.len() {
        flush(&mut b, start, text.len(), text);
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(s: &str) -> String {
        repair(s).0
    }

    #[test]
    fn text_taken_as_nfc_at_a_glance_is_nfc() {
        use unicode_normalization::is_nfc;
        let ranges = [
            '\0'..='\u{2ff}',
            '\u{400}'..='\u{482}',
            '\u{48a}'..='\u{52f}',
            '\u{2010}'..='\u{203f}',
        ];
        for c in ranges.into_iter().flatten() {
            assert!(surely_nfc(c), "{c:?}");
            assert!(is_nfc(&format!("a{c}ә")), "{c:?}");
        }
        // A combining mark, a decomposed letter and a singleton decomposition are looked up.
        for s in ["и\u{306}", "e\u{301}", "\u{2000}", "й\u{483}"] {
            assert!(!s.chars().all(surely_nfc), "{s:?}");
        }
        for s in [
            "и\u{306}",
            "e\u{301}",
            "\u{2000}",
            "a\u{316}\u{301}",
            "e\u{301}\u{316}",
        ] {
            assert!(!is_nfc_at_a_glance(s), "{s:?}");
        }
        for s in ["и\u{306}", "e\u{301}", "a\u{316}\u{301}", "e\u{301}\u{316}"] {
            assert_eq!(repair(s).0, s.nfc().collect::<String>(), "{s:?}");
        }
        assert!(is_nfc_at_a_glance("й\u{483} € \u{200b}"));
    }

    #[test]
    fn the_glance_says_nfc_only_of_nfc_text() {
        use unicode_normalization::is_nfc;
        // Marks of different classes, in either order, beside letters the glance skips or not.
        let pieces = [
            "a", "й", "ә", "é", "\u{301}", "\u{316}", "\u{483}", "\u{308}", "€", "\u{200b}", "ﬁ",
            "\u{1100}", "\u{1161}", "\u{2000}", "Å", " ",
        ];
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    let s = format!("{x}{y}{z}");
                    if is_nfc_at_a_glance(&s) {
                        assert!(is_nfc(&s), "{s:?}");
                    }
                    let s = format!("{x}a{y}{z}");
                    if is_nfc_at_a_glance(&s) {
                        assert!(is_nfc(&s), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn plain_words_are_those_no_fix_touches() {
        let plain = |w: &str| {
            let mut scripts = Scripts::default();
            let mut i = 0;
            while i < w.len() {
                let (class, len) = class_at(w, i);
                match class {
                    Class::Letter(script) => scripts.see(script),
                    Class::Other(c) => panic!("{c:?} in {w}"),
                }
                i += len;
            }
            scripts.plain()
        };
        for w in [
            "Nato",
            "бейбітшілік",
            "ҚАЗАҚСТАН",
            "Ұлттық",
            "ӘӨҮҰҚҒҢҺІ",
            "Ӏ",
        ] {
            assert!(plain(w), "{w}");
            assert_eq!(fixed(w), w);
        }
        for w in ["Қaзaқ", "ӄазақ", "Ӈ", "ə", "coﬁne", "Straße"] {
            assert!(!plain(w), "{w}");
        }
        // No character passed over unlooked has a fix.
        for c in '\0'..'\u{a0}' {
            assert!(matches!(context_free(c), Fix::Keep), "{c:?}");
        }
        // Read off its bytes or decoded, every character has the class `is_letter` gives it, and
        // no letter read as plain has a fix of its own.
        for c in ('\0'..='\u{ffff}').filter(|c| !c.is_control() || c.is_ascii()) {
            let s = c.to_string();
            let (class, len) = class_at(&s, 0);
            assert_eq!(len, s.len(), "{c:?}");
            match class {
                Class::Letter(script) => {
                    assert!(crate::lang::is_letter(c), "{c:?}");
                    if script != Script::Other {
                        assert!(matches!(context_free(c), Fix::Keep), "{c:?}");
                        assert_eq!(fixed(&s), s, "{c:?}");
                    }
                }
                Class::Other(o) => {
                    assert_eq!(o, c);
                    assert!(!crate::lang::is_letter(c), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn the_byte_glance_agrees_with_the_character_one() {
        for c in '\0'..='\u{10ffff}' {
            let s = format!("a{c}ә");
            assert_eq!(
                surely_nfc_bytes(s.as_bytes()),
                s.chars().all(surely_nfc),
                "{c:?}"
            );
        }
    }

    #[test]
    fn invisible_and_odd_characters() {
        assert_eq!(
            fixed("inter\u{ad}national\u{200b} co\u{fb01}ne"),
            "international cofine"
        );
        assert_eq!(fixed("қадір\u{2010}қасиет\u{a0}бар"), "қадір-қасиет бар");
    }

    #[test]
    fn look_alikes_follow_the_word_script() {
        // Latin 'a', 'o' and 'i' inside Kazakh words; Cyrillic 'а' inside an English word.
        assert_eq!(fixed("Қaзaқстaн бейбітшiлiк"), "Қазақстан бейбітшілік");
        assert_eq!(fixed("Nаto pаrtnership"), "Nato partnership");
        assert_eq!(fixed("əріптестік Ɵскемен"), "әріптестік Өскемен");
        // Pure words of either script are untouched.
        assert_eq!(fixed("Nato НАТО"), "Nato НАТО");
        // More Latin letters than Cyrillic, but only the Latin ones all look Cyrillic.
        assert_eq!(
            fixed("бipлecкeн Ceвepo-Aтлантический"),
            "бірлескен Северо-Атлантический"
        );
        // `Y` is `Ү` in a Kazakh word, `У` in a Russian one.
        assert_eq!(fixed("Yкімет Yкраина"), "Үкімет Украина");
    }

    #[test]
    fn nfc_composes_and_maps_back() {
        let src = "и\u{306} е\u{308}лка"; // й ёлка decomposed
        let (text, map) = repair(src);
        assert_eq!(text, "й ёлка");
        let r = map.source_range(0..text.find(' ').unwrap());
        assert_eq!(&src[r], "и\u{306}");
    }
}
