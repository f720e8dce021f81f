//! The Kazakh stemmer as a tantivy token filter; the morphology it applies lives in [`crate::lang::kk`].
//!
//! Besides stemming, the filter folds a case ending written after a hyphen into the word before it:
//! the word tokenizer splits `НАТО-ның` into `НАТО` and `ның`, and the `ның` token is dropped (the
//! positions after it close up, so `НАТО-ның серіктесі` and `НАТО серіктесі` are the same phrase).

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use crate::lang::kk;

/// Ordinal suffixes written after a numeral and a hyphen.
const ORDINAL_SUFFIXES: &[&str] = &["ншы", "нші", "шы", "ші", "ыншы", "інші"];

/// Token filter reducing Kazakh word forms to their stem (`Қазақстанның` → `қазақстан`) and
/// dropping hyphenated suffix tokens (`НАТО-ның` → `нато`). Expects lowercased tokens.
#[derive(Clone, Copy, Debug, Default)]
pub struct KazakhStemmer;

impl TokenFilter for KazakhStemmer {
    type Tokenizer<T: Tokenizer> = KazakhStemmerTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> KazakhStemmerTokenizer<T> {
        KazakhStemmerTokenizer { inner: tokenizer }
    }
}

/// The tokenizer a [`KazakhStemmer`] wraps around another.
#[derive(Clone)]
pub struct KazakhStemmerTokenizer<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for KazakhStemmerTokenizer<T> {
    type TokenStream<'a> = KazakhStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        KazakhStemmerStream {
            tail: self.inner.token_stream(text),
            text,
            prev_end: None,
            pending: 0,
        }
    }
}

/// The token stream of a [`KazakhStemmerTokenizer`].
pub struct KazakhStemmerStream<'a, S> {
    tail: S,
    text: &'a str,
    /// Byte end of the previous token seen, kept or not.
    prev_end: Option<usize>,
    /// Tokens dropped since the last token returned: its position moves back by this much. (The word
    /// tokenizer numbers each token from the one before, so the shift carries on by itself.)
    pending: usize,
}

impl<S: TokenStream> KazakhStemmerStream<'_, S> {
    /// Whether the current token is a suffix chain hyphenated to the word just before it.
    fn is_hyphenated_suffix(&self) -> bool {
        let token = self.tail.token();
        let Some(prev_end) = self.prev_end else {
            return false;
        };
        let between = self.text.get(prev_end..token.offset_from).unwrap_or("");
        if !matches!(between, "-" | "‐" | "‑") {
            return false;
        }
        // After a number, the ordinal suffix too (`20-шы`, `1994-інші`).
        let after_number = self
            .text
            .get(..prev_end)
            .unwrap_or("")
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        kk::is_suffix_chain(&token.text)
            || (after_number && ORDINAL_SUFFIXES.contains(&token.text.as_str()))
    }
}

impl<S: TokenStream> TokenStream for KazakhStemmerStream<'_, S> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            let drop = self.is_hyphenated_suffix();
            self.prev_end = Some(self.tail.token().offset_to);
            if drop {
                self.pending += 1;
                continue;
            }
            let pending = std::mem::take(&mut self.pending);
            let token = self.tail.token_mut();
            token.position = token.position.saturating_sub(pending);
            super::stem_in_place(crate::Lang::Kk, &mut token.text, |w| {
                super::changed(kk::stem(w))
            });
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use crate::analyze::tokens;
    use crate::Lang;

    #[test]
    fn hyphenated_case_endings_join_the_word() {
        let text = "НАТО-ның серіктесі НАТО-мен, 2014-жылы 20-шы";
        let t = tokens(Lang::Kk, text);
        let terms: Vec<_> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(terms, ["нато", "серіктес", "нато", "2014", "жыл", "20"]);
        assert_eq!(
            t.iter().map(|t| t.position).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
        // Offsets still point at the source words.
        assert_eq!(&text[t[1].offset_from..t[1].offset_to], "серіктесі");
    }

    #[test]
    fn a_hyphenated_word_that_is_not_a_suffix_stays() {
        let terms: Vec<_> = tokens(Lang::Kk, "қадір-қасиеті сондай-ақ")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(terms, ["қадір", "қасиет", "сондай", "ақ"]);
    }
}
