//! Token filters that edit or drop tokens in place. Filters never move offsets: a token keeps the byte
//! range it had in the analyzed text, so highlights stay on the words.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// A token filter made of one function: it edits the token and says whether to keep it.
#[derive(Clone)]
pub struct EditFilter<F>(pub F);

impl<F> TokenFilter for EditFilter<F>
where
    F: Fn(&mut Token) -> bool + Clone + Send + Sync + 'static,
{
    type Tokenizer<T: Tokenizer> = EditTokenizer<T, F>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> EditTokenizer<T, F> {
        EditTokenizer {
            inner: tokenizer,
            edit: self.0,
        }
    }
}

/// The tokenizer an [`EditFilter`] wraps around another.
#[derive(Clone)]
pub struct EditTokenizer<T, F> {
    inner: T,
    edit: F,
}

impl<T, F> Tokenizer for EditTokenizer<T, F>
where
    T: Tokenizer,
    F: Fn(&mut Token) -> bool + Clone + Send + Sync + 'static,
{
    type TokenStream<'a> = EditStream<'a, T::TokenStream<'a>, F>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        EditStream {
            tail: self.inner.token_stream(text),
            edit: &self.edit,
        }
    }
}

/// The token stream of an [`EditTokenizer`].
pub struct EditStream<'a, S, F> {
    tail: S,
    edit: &'a F,
}

impl<S: TokenStream, F: Fn(&mut Token) -> bool> TokenStream for EditStream<'_, S, F> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            if (self.edit)(self.tail.token_mut()) {
                return true;
            }
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

/// Keeps tokens of at most `max` characters (tantivy's own limit counts bytes, which drops ordinary
/// Cyrillic words of 20 letters).
pub fn max_chars(
    max: usize,
) -> EditFilter<impl Fn(&mut Token) -> bool + Clone + Send + Sync + 'static> {
    EditFilter(move |t: &mut Token| t.text.len() <= max || t.text.chars().count() <= max)
}

/// Folds Russian `ё` to `е`, as Russian texts use either.
pub fn fold_yo() -> EditFilter<impl Fn(&mut Token) -> bool + Clone + Send + Sync + 'static> {
    EditFilter(|t: &mut Token| {
        if t.text.contains('ё') {
            t.text = t.text.replace('ё', "е");
        }
        true
    })
}
