//! Words by Unicode text segmentation (UAX #29), the same for every language, lowercased on the way.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// Splits text into words at Unicode word boundaries and lowercases them; punctuation and spaces are
/// not tokens. A typographic apostrophe inside a word becomes `'` (`NATO’s` → `nato's`).
///
/// Lowercasing while the word is copied into the token (instead of tantivy's `LowerCaser` after it)
/// saves a second pass and a buffer swap per token; ASCII and Russian letters skip Unicode's tables.
/// Text made only of the three alphabets' letters, digits, spaces and common punctuation is split
/// by the few segmentation rules such text can meet (`PlainWords`), with the same words as the
/// full algorithm gives and at a fraction of its cost.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordTokenizer;

/// The token stream of [`WordTokenizer`].
pub struct WordStream<'a> {
    text: &'a str,
    words: Words<'a>,
    token: Token,
    /// While [`super::scan`] runs: the first letters a word must have to be written out whole.
    initials: Option<Vec<char>>,
}

/// Where the words come from: the plain text splitter or full Unicode segmentation.
enum Words<'a> {
    Plain(PlainWords<'a>),
    Unicode(UWordBoundIndices<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        match self {
            Words::Plain(words) => words.next(),
            Words::Unicode(words) => words.next(),
        }
    }
}

/// Word-break classes (UAX #29) of the characters of plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// MidLetter: joins letters only.
    MidLetter,
    /// MidNumLet and Single_Quote: join letters, and digits.
    MidNumLet,
    /// MidNum: joins digits only.
    MidNum,
    /// Spaces, line breaks and punctuation that join nothing.
    Other,
}

/// The class of a character of plain text; `None` for a character plain text does not hold.
#[inline]
const fn class(c: char) -> Option<Class> {
    if c.is_ascii() {
        return ASCII_CLASSES[c as usize];
    }
    Some(match c {
        // Russian and Kazakh Cyrillic.
        'А'..='я' | 'Ё' | 'ё' | 'І' | 'і' => Class::Letter,
        'Ғ' | 'ғ' | 'Қ' | 'қ' | 'Ң' | 'ң' | 'Ү' | 'ү' | 'Ұ' | 'ұ' | 'Һ' | 'һ' | 'Ә' | 'ә' | 'Ө'
        | 'ө' => Class::Letter,
        '’' | '‘' => Class::MidNumLet,
        '–' | '—' | '«' | '»' | '“' | '”' | '№' | '…' => Class::Other,
        _ => return None,
    })
}

/// [`class`] of the ASCII characters, looked up: most characters of most text are ASCII.
static ASCII_CLASSES: [Option<Class>; 128] = {
    let mut table = [None; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Some(Class::Letter),
            b'0'..=b'9' => Some(Class::Digit),
            b':' => Some(Class::MidLetter),
            b'.' | b'\'' => Some(Class::MidNumLet),
            b',' | b';' => Some(Class::MidNum),
            b' ' | b'\n' | b'\r' | b'\t' | b'!' | b'?' | b'"' | b'(' | b')' | b'[' | b']'
            | b'-' | b'/' | b'%' | b'*' | b'+' | b'=' | b'<' | b'>' | b'&' | b'#' => {
                Some(Class::Other)
            }
            _ => None,
        };
        b += 1;
    }
    table
};

/// The words (segments holding a letter or digit) of plain text, as UAX #29 segments it: runs of
/// letters and digits, joined across one `:` `.` `'` `’` between letters (`e.g`, `nato's`) and
/// one `.` `,` `;` `'` between digits (`1,000`, `3.5`). Every other character ends a word.
pub struct PlainWords<'a> {
    text: &'a str,
    at: usize,
}

/// [`class`] of the characters U+0400–U+04FF (two bytes each in UTF-8), looked up: the Cyrillic
/// letters of Kazakh and Russian text.
static CYRILLIC_CLASSES: [Option<Class>; 256] = {
    let mut table = [None; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x400 + i as u32) {
            table[i] = class(c);
        }
        i += 1;
    }
    table
};

/// The class of the character at byte `i` of `text` (a character boundary) and its length in bytes;
/// `None` past the end, and a character plain text does not hold as `Some(None)`. ASCII and
/// Cyrillic, most of the text, are read from their bytes.
#[inline(always)]
fn class_at(text: &str, i: usize) -> Option<(Option<Class>, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some((ASCII_CLASSES[b as usize], 1));
    }
    if (0xD0..=0xD3).contains(&b) {
        if let Some(&b1) = bytes.get(i + 1) {
            let offset = (usize::from(b & 0x1F) << 6 | usize::from(b1 & 0x3F)) - 0x400;
            return Some((CYRILLIC_CLASSES[offset], 2));
        }
    }
    let c = text.get(i..)?.chars().next()?;
    Some((class(c), c.len_utf8()))
}

impl<'a> PlainWords<'a> {
    /// The splitter for `text`, if `text` is plain (see [`class`]).
    fn new(text: &'a str) -> Option<Self> {
        let mut i = 0;
        while let Some((class, len)) = class_at(text, i) {
            class?;
            i += len;
        }
        Some(PlainWords { text, at: 0 })
    }
}

impl<'a> Iterator for PlainWords<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let class_at = |i: usize| {
            class_at(self.text, i).map(|(class, len)| (class.unwrap_or(Class::Other), len))
        };
        // The next letter or digit starts a word.
        let mut start = self.at;
        loop {
            let (class, len) = class_at(start)?;
            if matches!(class, Class::Letter | Class::Digit) {
                break;
            }
            start += len;
        }
        let (mut last, first_len) = class_at(start).expect("a word starts here");
        let mut end = start + first_len;
        while let Some((next, len)) = class_at(end) {
            match next {
                Class::Letter | Class::Digit => {
                    last = next;
                    end += len;
                }
                Class::MidLetter | Class::MidNumLet | Class::MidNum => {
                    let joins = match (last, next) {
                        (Class::Letter, Class::MidLetter | Class::MidNumLet) => Class::Letter,
                        (Class::Digit, Class::MidNum | Class::MidNumLet) => Class::Digit,
                        _ => break,
                    };
                    match class_at(end + len) {
                        Some((after, after_len)) if after == joins => {
                            end += len + after_len;
                        }
                        _ => break,
                    }
                }
                Class::Other => break,
            }
        }
        self.at = end;
        Some((start, &self.text[start..end]))
    }
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        let words = match PlainWords::new(text) {
            Some(plain) => Words::Plain(plain),
            None => Words::Unicode(text.split_word_bound_indices()),
        };
        WordStream {
            text,
            words,
            token: Token::default(),
            initials: super::scan_initials(),
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        let plain = matches!(self.words, Words::Plain(_));
        for (offset, word) in self.words.by_ref() {
            // Plain words hold a letter or digit by construction.
            if !plain && !word.chars().any(char::is_alphanumeric) {
                continue;
            }
            let t = &mut self.token;
            t.offset_from = offset;
            t.offset_to = offset + word.len();
            t.position = t.position.wrapping_add(1);
            t.text.clear();
            if let Some(first) = self
                .initials
                .as_deref()
                .and_then(|i| skipped(self.text, offset, word, i))
            {
                // A word no term asked for can begin with: its first letter stands for it.
                t.text.push(first);
                return true;
            }
            if word.is_ascii() {
                t.text.push_str(word);
                t.text.make_ascii_lowercase();
            } else {
                push_lowercase(&mut t.text, word);
            }
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// For a scan that looks for terms beginning with `initials` ([`super::scan`]): the lowercase first
/// letter of `word` (at byte `offset` of `text`) where the word need not be written out, because no
/// filter after the tokenizer can make it a term beginning with one of them. Every filter keeps a
/// word's first letter but for folding `ё` into `е`; the Kazakh filter reads a word after a hyphen
/// whole (a case ending it drops), and the length filter a long word's letters.
fn skipped(text: &str, offset: usize, word: &str, initials: &[char]) -> Option<char> {
    let c = word.chars().next()?;
    let first = crate::lang::lower_char(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c));
    let folded = if first == 'ё' { 'е' } else { first };
    let after_hyphen = text[..offset].ends_with(['-', '‐', '‑']);
    let long = word.len() > super::MAX_WORD_CHARS;
    (!initials.contains(&folded) && !after_hyphen && !long).then_some(first)
}

/// Appends `word` lowercased (as `char::to_lowercase` does) with `’` as `'`:
/// [`crate::lang::push_lower`] lowers letter by letter, so the stretches between apostrophes are
/// lowered whole.
fn push_lowercase(out: &mut String, word: &str) {
    let mut parts = word.split('’');
    crate::lang::push_lower(out, parts.next().unwrap_or_default());
    for part in parts {
        out.push('\'');
        crate::lang::push_lower(out, part);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_positions_and_offsets() {
        let text = "НАТО және Қазақстан, 20 жыл!";
        let mut tok = WordTokenizer;
        let mut stream = tok.token_stream(text);
        let mut seen = Vec::new();
        while stream.advance() {
            let t = stream.token();
            assert_eq!(text[t.offset_from..t.offset_to].to_lowercase(), t.text);
            seen.push((t.text.clone(), t.position));
        }
        let words: Vec<_> = seen.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["нато", "және", "қазақстан", "20", "жыл"]);
        assert_eq!(
            seen.iter().map(|(_, p)| *p).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
    }

    /// The words of `text` by full Unicode segmentation.
    fn unicode_words(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    #[test]
    fn plain_text_splits_as_unicode_segmentation_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut plain = 0;
        for file in [
            "data/ntrex/newstest2019-ref.kaz.txt",
            "data/ntrex/newstest2019-ref.rus.txt",
            "data/ntrex/newstest2019-src.eng.txt",
            "corpus/nato-kazakhstan-pfp-article.txt",
            "corpus/udhr-1948.kk.txt",
            "corpus/udhr-1948.ru.txt",
        ] {
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            for line in text.lines() {
                if let Some(words) = PlainWords::new(line) {
                    plain += 1;
                    assert_eq!(words.collect::<Vec<_>>(), unicode_words(line), "{line}");
                }
            }
        }
        assert!(plain > 3000, "{plain} plain lines");
        // The joins and where they stop.
        let text = "e.g. NATO’s 1,000.5 a:b 3:4 x'y 2'3 ab.,cd 1,,2 a1.b 7.x end.";
        assert_eq!(
            PlainWords::new(text).unwrap().collect::<Vec<_>>(),
            unicode_words(text)
        );
        assert!(PlainWords::new("naïve").is_none());
    }

    #[test]
    fn every_plain_character_has_its_unicode_class() {
        // Each character plain text may hold, between the neighbours that decide joins.
        let neighbours = ['a', 'я', 'ә', '7', '.', ',', ':', '\'', ' '];
        let plain = (0..=0x2200u32)
            .filter_map(char::from_u32)
            .filter(|&c| class(c).is_some());
        let mut seen = 0;
        for c in plain {
            seen += 1;
            for x in neighbours {
                for y in neighbours {
                    let text = format!("{x}{x}{c}{y}{y}");
                    let words: Vec<_> = PlainWords::new(&text).unwrap().collect();
                    assert_eq!(words, unicode_words(&text), "{c:?} in {text:?}");
                }
            }
        }
        assert!(seen > 130, "{seen}");
    }

    proptest::proptest! {
        #[test]
        fn plain_strings_split_as_unicode_segmentation_does(
            text in "[aZяҚә0-9:.'’‘,; \n\r\t!?\"()\\[\\]\\-–—«»“”/%№…*+=<>&#]{0,24}"
        ) {
            let words: Vec<_> = PlainWords::new(&text).expect("plain").collect();
            proptest::prop_assert_eq!(words, unicode_words(&text));
        }

        #[test]
        fn words_are_lowered_whole_as_letter_by_letter(text in "[aZяҚәΣİK’'ß]{0,8}|\\PC{0,12}") {
            let mut whole = String::new();
            push_lowercase(&mut whole, &text);
            let mut by_letter = String::new();
            for c in text.chars() {
                match c {
                    '’' => by_letter.push('\''),
                    _ => crate::lang::push_lower(&mut by_letter, c.encode_utf8(&mut [0; 4])),
                }
            }
            proptest::prop_assert_eq!(whole, by_letter);
        }
    }

    #[test]
    fn lowercases_like_the_standard_library() {
        // Every letter of the three alphabets, Ё/Ѐ–Џ, Greek and German for the slow path.
        let text = "ABCXYZ АБВЭЮЯ ЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ ӘҒҚҢӨҰҮҺІ ΣΑΣ Straße İstanbul NATO’s";
        let mut tok = WordTokenizer;
        let mut stream = tok.token_stream(text);
        let mut got = Vec::new();
        while stream.advance() {
            got.push(stream.token().text.clone());
        }
        let want: Vec<String> = text
            .split(' ')
            .map(|w| {
                w.chars()
                    .flat_map(char::to_lowercase)
                    .collect::<String>()
                    .replace('’', "'")
            })
            .collect();
        assert_eq!(got, want);
    }
}
