//! Words by Unicode text segmentation (UAX #29), the same for every language.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// Splits text into words at Unicode word boundaries; punctuation and spaces are not tokens.
/// A typographic apostrophe inside a word becomes `'` (`NATO’s` → `NATO's`).
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
            if word.contains('’') {
                t.text
                    .extend(word.chars().map(|c| if c == '’' { '\'' } else { c }));
            } else {
                t.text.push_str(word);
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
            assert_eq!(&text[t.offset_from..t.offset_to], t.text);
            seen.push((t.text.clone(), t.position));
        }
        let words: Vec<_> = seen.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["НАТО", "және", "Қазақстан", "20", "жыл"]);
        assert_eq!(
            seen.iter().map(|(_, p)| *p).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
    }
}
