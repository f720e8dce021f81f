//! What trilingua knows of each language: the [`Lang`] enum and, per language, its letters, stopwords
//! and morphology. Shared by normalize, detect and analyze, so each language's knowledge lives in one place.

pub mod en;
pub mod kk;
pub mod ru;
pub mod translit;

mod lowercase;

pub(crate) use lowercase::lower_char;
pub use lowercase::{is_letter, lower, push_lower};

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// A passage or query language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Kazakh (Cyrillic script).
    Kk,
    /// Russian.
    Ru,
    /// English.
    En,
    /// Undetermined: too short, no letters, or another language.
    Und,
}

impl Lang {
    /// The three languages trilingua analyzes, in a fixed order.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The ISO 639-1 code (`und` for undetermined).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
            Lang::Und => "und",
        }
    }

    /// Whether `word` (already lowercased) is a stopword of this language.
    pub fn is_stopword(self, word: &str) -> bool {
        static SETS: LazyLock<[FxHashSet<&str>; 3]> = LazyLock::new(|| {
            let set = |words: &[&'static str]| words.iter().copied().collect();
            [set(kk::STOPWORDS), set(ru::STOPWORDS), set(en::STOPWORDS)]
        });
        match self {
            Lang::Kk => SETS[0].contains(word),
            Lang::Ru => SETS[1].contains(word),
            Lang::En => SETS[2].contains(word),
            Lang::Und => false,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error for a language code that is not `kk`, `ru`, `en` or `und`.
#[derive(Debug, thiserror::Error)]
#[error("unknown language '{0}': expected kk, ru or en")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "kk" | "kaz" | "kazakh" => Ok(Lang::Kk),
            "ru" | "rus" | "russian" => Ok(Lang::Ru),
            "en" | "eng" | "english" => Ok(Lang::En),
            "und" => Ok(Lang::Und),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// Whether `c` is a Cyrillic letter (basic Cyrillic and the Cyrillic supplement used by Kazakh).
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// Whether lowercase `c` is a Kazakh or Russian vowel letter.
pub fn is_cyrillic_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я'
    )
}

/// Whether Cyrillic `a` then `b` (either case) are a consonant and the vowel after it: the
/// consonant opens the vowel's syllable, and a word cut at syllables is never cut between them
/// (`о ни`, never `он и`). A soft or hard sign and `й` end a syllable (`қой ыл`).
pub fn opens_syllable(a: char, b: char) -> bool {
    let (a, b) = (lower_char(a).unwrap_or(a), lower_char(b).unwrap_or(b));
    is_cyrillic(a)
        && is_letter(a)
        && !is_cyrillic_vowel(a)
        && !matches!(a, 'ь' | 'ъ' | 'й')
        && is_cyrillic_vowel(b)
}

/// Whether the two-byte character `lead`, `next` is a letter of the Cyrillic block U+0400–U+04FF
/// ([`is_letter`]): all of it but the sign and combining marks U+0482–U+0489 (`D2 82`–`D2 89`).
#[inline]
pub(crate) fn is_cyrillic_letter_bytes(lead: u8, next: u8) -> bool {
    match lead {
        0xD0 | 0xD1 | 0xD3 => true,
        0xD2 => !(0x82..=0x89).contains(&next),
        _ => false,
    }
}

/// Whether every character of `s` is a letter ([`is_letter`]): ASCII and Cyrillic letters are
/// told from their bytes, without decoding them (repair asks it of every candidate word).
pub fn all_letters(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match (bytes[at], bytes.get(at + 1).copied().unwrap_or(0)) {
            (b, _) if b < 0x80 => {
                if !b.is_ascii_alphabetic() {
                    return false;
                }
                at += 1;
            }
            (lead, next) if is_cyrillic_letter_bytes(lead, next) => at += 2,
            _ => {
                let Some(c) = s[at..].chars().next() else {
                    return true;
                };
                if !is_letter(c) {
                    return false;
                }
                at += c.len_utf8();
            }
        }
    }
    true
}

/// `char::is_uppercase`, answered at once for ASCII and Cyrillic.
pub fn is_upper(c: char) -> bool {
    let code = c as u32;
    match code {
        0..=0x7F => c.is_ascii_uppercase(),
        0x400..=0x42F | 0x4C0 => true,
        0x430..=0x45F | 0x482..=0x489 | 0x4CF => false,
        // Upper and lower case alternate, upper first, in the rest of the Cyrillic blocks.
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => code.is_multiple_of(2),
        0x4C1..=0x4CE => !code.is_multiple_of(2),
        _ => c.is_uppercase(),
    }
}

/// Whether `c` is a lowercase Cyrillic letter (as [`char::is_lowercase`] tells), answered from the
/// block's layout.
pub fn is_lower_cyrillic(c: char) -> bool {
    is_cyrillic(c) && is_letter(c) && !is_upper(c)
}

/// Whether `c` is a Cyrillic capital letter (as [`char::is_uppercase`] tells), answered from the
/// block's layout.
pub fn is_upper_cyrillic(c: char) -> bool {
    is_cyrillic(c) && is_upper(c)
}

/// `s` lowercased letter for letter into as many bytes, so that the lowercase of any stretch of `s`
/// ([`lower`]) is the same stretch of the result, and where in `s` that fails: a character whose
/// lowercase takes other bytes (the Kelvin sign, U+212A) or several characters (`İ`) is left as it
/// is, and its place listed (none in most text).
pub fn lower_alike(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut unlike = Vec::new();
    // As in `push_lower`, stretches already lowercase (ASCII but capitals, and the lowercase
    // Russian letters `а`–`я`, `ѐ`–`џ`) are copied whole, told from their bytes; every other
    // character is decoded and lowercased on its own.
    let bytes = s.as_bytes();
    let (mut copied, mut i) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        if (b < 0x80 && !b.is_ascii_uppercase())
            || (b == 0xD0 && next >= 0xB0)
            || (b == 0xD1 && next < 0xA0)
        {
            i += if b < 0x80 { 1 } else { 2 };
            continue;
        }
        out.push_str(&s[copied..i]);
        let c = s[i..].chars().next().expect("a character starts here");
        match lower_char(c) {
            Some(l) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => {
                unlike.push(i);
                out.push(c);
            }
        }
        i += c.len_utf8();
        copied = i;
    }
    out.push_str(&s[copied..]);
    (out, unlike)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_letters_reads_bytes_as_is_letter_reads_characters() {
        let mut one = String::new();
        for code in 0..=0x10FFFF {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            one.clear();
            one.push(c);
            assert_eq!(all_letters(&one), is_letter(c), "{c:?}");
        }
        for s in [
            "",
            "Бейбітшілік",
            "НАТО-ның",
            "жол1",
            "Ѳеодоръ",
            "қ\u{0483}",
            "abcЖ",
            "a b",
        ] {
            assert_eq!(all_letters(s), s.chars().all(is_letter), "{s:?}");
        }
    }

    #[test]
    fn fast_letters_and_lowercase_agree_with_std() {
        for code in 0..=0x10FFFF {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            let mut out = String::new();
            push_lower(&mut out, &c.to_string());
            assert_eq!(out, c.to_lowercase().collect::<String>(), "{c:?}");
        }
        assert_eq!(lower("ҚАЗАҚСТАН Әлемі ІСІ Ңң"), "қазақстан әлемі ісі ңң");
    }

    #[test]
    fn cyrillic_case_is_told_as_unicode_tells_it() {
        for code in 0..=0x10FFFF {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(
                    is_lower_cyrillic(c),
                    is_cyrillic(c) && c.is_lowercase(),
                    "{c:?}"
                );
                assert_eq!(
                    is_upper_cyrillic(c),
                    is_cyrillic(c) && c.is_uppercase(),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn lowercasing_alike_keeps_every_place_or_lists_it() {
        for code in 0..=0x10FFFF {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let (alike, unlike) = lower_alike(&c.to_string());
            if unlike.is_empty() {
                assert_eq!(alike, lower(&c.to_string()), "{c:?}");
                // What is trimmed or split off text reads alike in its lowercase.
                let l = alike.chars().next().expect("one character");
                assert_eq!(is_letter(l), is_letter(c), "{c:?}");
                assert_eq!(l == '-', c == '-', "{c:?}");
            } else {
                assert_eq!(alike, c.to_string(), "{c:?}");
            }
        }
        // Whatever surrounds them: after and before lowercase Russian and ASCII, which are copied
        // in stretches.
        for c in [
            'Ә', 'İ', '\u{212A}', 'Ж', 'ж', 'Q', 'q', '“', 'ѐ', 'Ѐ', 'ӏ', 'Ӏ',
        ] {
            let s = format!("жq{c}яa{c}{c}");
            let (alike, unlike) = lower_alike(&s);
            let one = |c: char| lower_alike(&c.to_string()).0;
            assert_eq!(
                alike,
                format!("жq{}яa{}{}", one(c), one(c), one(c)),
                "{c:?}"
            );
            let at = s.char_indices().filter(|&(_, x)| x == c).map(|(at, _)| at);
            let listed: Vec<usize> = if lower_alike(&c.to_string()).1.is_empty() {
                Vec::new()
            } else {
                at.collect()
            };
            assert_eq!(unlike, listed, "{c:?}");
        }
        let (alike, unlike) = lower_alike("Ол İstanbul мен \u{212A}АЗАҚ");
        assert_eq!(alike, "ол İstanbul мен \u{212A}азақ");
        assert_eq!(unlike, [5, 22]);
    }

    #[test]
    fn lowercasing_a_string_agrees_with_std_whatever_follows() {
        // Every Cyrillic letter after and before ASCII, Greek, other Cyrillic letters and a
        // letter whose lowercase is two characters, appended to text already there.
        let std_lower = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
        for code in 0x400..=0x52F {
            let c = char::from_u32(code).expect("Cyrillic is assigned");
            for other in ['Q', 'Σ', 'Ѡ', 'Ж', 'ӂ', 'İ'] {
                for s in [format!("{c}{other}{c}"), format!("{other}{c}a{c}")] {
                    let mut out = String::from("Ә:");
                    push_lower(&mut out, &s);
                    assert_eq!(out, format!("Ә:{}", std_lower(&s)), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn stopword_lists_are_sorted_for_binary_search() {
        for list in [kk::STOPWORDS, ru::STOPWORDS, en::STOPWORDS] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "unsorted or duplicate near {:?}",
                list
            );
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().unwrap(), lang);
        }
        assert!("de".parse::<Lang>().is_err());
    }
}
