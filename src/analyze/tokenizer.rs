//! Words by Unicode text segmentation (UAX #29), the same for every language, lowercased on the way.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// Splits text into words at Unicode word boundaries and lowercases them; punctuation and spaces are
/// not tokens. A typographic apostrophe inside a word becomes `'` (`NATO’s` → `nato's`).
///
/// Lowercasing while the word is copied into the token (instead of tantivy's `LowerCaser` after it)
/// saves a second pass and a buffer swap per token; ASCII and Russian letters skip Unicode's tables.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordTokenizer;

/// The token stream of [`WordTokenizer`].
pub struct WordStream<'a> {
    words: UWordBoundIndices<'a>,
    token: Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        WordStream {
            words: text.split_word_bound_indices(),
            token: Token::default(),
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        for (offset, word) in self.words.by_ref() {
            if !word.chars().any(char::is_alphanumeric) {
                continue;
            }
            let t = &mut self.token;
            t.offset_from = offset;
            t.offset_to = offset + word.len();
            t.position = t.position.wrapping_add(1);
            t.text.clear();
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

/// Appends `word` lowercased (as `char::to_lowercase` does) with `’` as `'`.
fn push_lowercase(out: &mut String, word: &str) {
    for c in word.chars() {
        match c {
            '’' => out.push('\''),
            _ => crate::lang::push_lower(out, c.encode_utf8(&mut [0; 4])),
        }
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
