//! The Kazakh stemmer as a tantivy token filter; the morphology it applies lives in [`crate::lang::kk`].

use tantivy::tokenizer::{Token, TokenFilter, Tokenizer};

use super::filters::{EditFilter, EditTokenizer};

type StemFn = fn(&mut Token) -> bool;

/// Token filter reducing Kazakh word forms to their stem (`Қазақстанның` → `қазақстан`).
#[derive(Clone, Copy, Debug, Default)]
pub struct KazakhStemmer;

fn stem_token(token: &mut Token) -> bool {
    if let std::borrow::Cow::Owned(s) = crate::lang::kk::stem(&token.text) {
        token.text = s;
    }
    true
}

impl TokenFilter for KazakhStemmer {
    type Tokenizer<T: Tokenizer> = EditTokenizer<T, StemFn>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        EditFilter(stem_token as StemFn).transform(tokenizer)
    }
}
