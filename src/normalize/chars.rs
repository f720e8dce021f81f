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
    let mut word_start: Option<usize> = None;
    for (i, c) in input.char_indices() {
        if crate::lang::is_letter(c) {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(ws) = word_start.take() {
            if !plain_word(&input[ws..i]) {
                b.copy(plain, &input[plain..ws]);
                push_word(&mut b, ws, &input[ws..i]);
                plain = i;
            }
        }
        // Every character with a fix comes after these.
        if c < '\u{a0}' {
            continue;
        }
        let len = c.len_utf8();
        let fix = context_free(c);
        if matches!(fix, Fix::Keep) {
            continue;
        }
        b.copy(plain, &input[plain..i]);
        match fix {
            Fix::Drop => b.replace(i..i + len, ""),
            Fix::Char(r) => b.replace(i..i + len, r.encode_utf8(&mut [0; 4])),
            Fix::Str(s) => b.replace(i..i + len, s),
            Fix::Keep => unreachable!(),
        }
        plain = i + len;
    }
    if let Some(ws) = word_start {
        if !plain_word(&input[ws..]) {
            b.copy(plain, &input[plain..ws]);
            push_word(&mut b, ws, &input[ws..]);
            plain = input.len();
        }
    }
    b.copy(plain, &input[plain..]);
    let (out, map) = b.finish();
    match pre {
        Some(m) => (out, m.compose(&map)),
        None => (out, map),
    }
}

/// Whether alphabetic run `word` surely needs no repair: all ASCII letters, or all Cyrillic letters
/// of the two-byte blocks other than the look-alike Kazakh variants (`ӄ`, `ӈ` and their capitals).
/// Anything else (mixed scripts, ligatures, other alphabets) is left to [`push_word`].
fn plain_word(word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_ascii() {
        return true;
    }
    bytes.chunks(2).all(|pair| match *pair {
        [0xD3, next] => !matches!(next, 0x83 | 0x84 | 0x87 | 0x88),
        [lead, _] => matches!(lead, 0xD0..=0xD2),
        _ => false,
    })
}

/// Whether `text` is in NFC, answered at a glance for characters no normalization form changes or
/// reorders (Latin up to U+02FF, Cyrillic letters, general punctuation from `‐` to `‿`; most of our
/// texts are only these) and by Unicode's quick check for the rest alone. Such characters start a
/// cluster and compose with nothing, so leaving them out of the quick check loses no answer of
/// "no" or "maybe" (which send the text through NFC).
fn is_nfc_at_a_glance(text: &str) -> bool {
    let mut others = text.chars().filter(|&c| !surely_nfc(c)).peekable();
    others.peek().is_none() || is_nfc_quick(others) == IsNormalized::Yes
}

/// Whether character `c` is one that no normalization form changes or reorders (see
/// [`is_nfc_at_a_glance`]).
fn surely_nfc(c: char) -> bool {
    matches!(c, '\0'..='\u{2ff}' | '\u{400}'..='\u{482}' | '\u{48a}'..='\u{52f}' | '\u{2010}'..='\u{203f}')
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
        for w in ["Nato", "бейбітшілік", "ҚАЗАҚСТАН", "Ұлттық", "ӘӨҮҰҚҒҢҺІ"]
        {
            assert!(plain_word(w), "{w}");
            assert_eq!(fixed(w), w);
        }
        for w in ["Қaзaқ", "ӄазақ", "Ӈ", "ə", "coﬁne", "Straße"] {
            assert!(!plain_word(w), "{w}");
        }
        // No character the loop passes over unlooked has a fix.
        for c in '\0'..'\u{a0}' {
            assert!(matches!(context_free(c), Fix::Keep), "{c:?}");
        }
        // Every two-byte letter the shortcut passes needs no fix of its own.
        for c in ('\u{80}'..='\u{7ff}').filter(|&c| crate::lang::is_letter(c)) {
            let w = c.to_string();
            if plain_word(&w) {
                assert!(matches!(context_free(c), Fix::Keep), "{c:?}");
                assert_eq!(fixed(&w), w, "{c:?}");
            }
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
