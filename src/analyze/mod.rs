//! Analyze answers: which index terms does a text in a given language hold?
//!
//! One analyzer per language, registered with tantivy by the language code (`kk`, `ru`, `en`): words
//! by Unicode segmentation (UAX #29), lowercased, overlong words dropped by character count, then the
//! language's stemmer (Snowball for English and Russian, trilingua's own for Kazakh). Analysis never
//! fails and never moves offsets.
//!
//! ```
//! use trilingua::{analyze, Lang};
//! assert_eq!(analyze::stem(Lang::En, "partnerships"), "partnership");
//! assert_eq!(analyze::stem(Lang::Ru, "партнёрства"), "партнерств");
//! ```

mod filters;
pub mod kk;
mod tokenizer;

use std::cell::RefCell;
use std::sync::Arc;

use tantivy::tokenizer::{TextAnalyzer, Token, TokenizerManager};

pub use filters::EditFilter;
pub use tokenizer::WordTokenizer;

use crate::lang::Lang;

/// Words longer than this many characters are not indexed (Kazakh words run long: keep it generous).
pub const MAX_WORD_CHARS: usize = 48;

/// The analyzer for `lang` (undetermined text is analyzed as English).
pub fn analyzer(lang: Lang) -> TextAnalyzer {
    // WordTokenizer lowercases as it copies each word.
    let base = TextAnalyzer::builder(WordTokenizer).filter(filters::max_chars(MAX_WORD_CHARS));
    match lang {
        Lang::Kk => base.filter(kk::KazakhStemmer).build(),
        Lang::Ru => base
            .filter(filters::fold_yo())
            .filter(snowball(rust_stemmers::Algorithm::Russian))
            .build(),
        Lang::En | Lang::Und => base
            .filter(snowball(rust_stemmers::Algorithm::English))
            .build(),
    }
}

/// A Snowball stemmer as a token filter.
fn snowball(
    algorithm: rust_stemmers::Algorithm,
) -> EditFilter<impl Fn(&mut Token) -> bool + Clone + Send + Sync + 'static> {
    let lang = match algorithm {
        rust_stemmers::Algorithm::Russian => Lang::Ru,
        _ => Lang::En,
    };
    let stemmer = Arc::new(rust_stemmers::Stemmer::create(algorithm));
    EditFilter(move |t: &mut Token| {
        stem_in_place(lang, &mut t.text, |w| changed(stemmer.stem(w)));
        true
    })
}

thread_local! {
    /// Stems of the words this thread has stemmed, per language (`None`: the word is its own stem).
    /// Text repeats its words, and a stemmer weighs suffix after suffix; each table is cleared when
    /// it grows large.
    static STEMS: RefCell<[rustc_hash::FxHashMap<String, Option<String>>; 3]> =
        RefCell::default();
}

/// The stem a stemmer gave, if it differs from the word.
fn changed(stem: std::borrow::Cow<'_, str>) -> Option<String> {
    match stem {
        std::borrow::Cow::Owned(s) => Some(s),
        std::borrow::Cow::Borrowed(_) => None,
    }
}

/// Words remembered per language and thread before the table is cleared.
const STEMS_LIMIT: usize = 200_000;

/// Replaces `word` with its stem by `stem`, remembered per thread and language.
fn stem_in_place(lang: Lang, word: &mut String, stem: impl FnOnce(&str) -> Option<String>) {
    let slot = match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En | Lang::Und => 2,
    };
    STEMS.with_borrow_mut(|tables| {
        let table = &mut tables[slot];
        if let Some(known) = table.get(word.as_str()) {
            if let Some(s) = known {
                word.clone_from(s);
            }
            return;
        }
        let owned = stem(word);
        if table.len() >= STEMS_LIMIT {
            table.clear();
        }
        table.insert(word.clone(), owned.clone());
        if let Some(s) = owned {
            *word = s;
        }
    });
}

/// The name an analyzer is registered under, also used as the schema's tokenizer name.
pub fn analyzer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "trilingua_kk",
        Lang::Ru => "trilingua_ru",
        Lang::En | Lang::Und => "trilingua_en",
    }
}

/// Registers the three analyzers. Analyzers are not stored in an index: call this on every open.
pub fn register(manager: &TokenizerManager) {
    for lang in Lang::ALL {
        manager.register(analyzer_name(lang), analyzer(lang));
    }
}

thread_local! {
    /// One analyzer per language and thread, built on first use: queries, snippets and the term base
    /// analyze many short texts, and building an analyzer costs more than analyzing a word.
    static ANALYZERS: RefCell<[TextAnalyzer; 3]> = RefCell::new(Lang::ALL.map(analyzer));
}

/// The tokens of `text` in `lang`: terms with their byte offsets in `text` and positions.
pub fn tokens(lang: Lang, text: &str) -> Vec<Token> {
    let slot = match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En | Lang::Und => 2,
    };
    ANALYZERS.with_borrow_mut(|analyzers| {
        let mut stream = analyzers[slot].token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().clone());
        }
        out
    })
}

/// The index term of a single word in `lang` (the word itself, lowercased, if it is not a word).
pub fn stem(lang: Lang, word: &str) -> String {
    tokens(lang, word)
        .into_iter()
        .next()
        .map(|t| t.text)
        .unwrap_or_else(|| word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Lang, text: &str) -> Vec<String> {
        tokens(lang, text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn long_cyrillic_words_survive() {
        // 20 letters = 40 bytes: tantivy's byte-counting filter would drop it.
        let t = terms(Lang::Ru, "центральноазиатского региона");
        assert_eq!(t.len(), 2, "{t:?}");
    }

    #[test]
    fn offsets_point_at_the_source_words() {
        let text = "NATO’s partners, e.g. Kazakhstan.";
        for t in tokens(Lang::En, text) {
            let src = &text[t.offset_from..t.offset_to];
            assert!(
                src.to_lowercase().starts_with(&t.text[..2]),
                "{src} vs {}",
                t.text
            );
        }
        assert_eq!(
            terms(Lang::En, text),
            ["nato", "partner", "e.g", "kazakhstan"]
        );
    }

    #[test]
    fn russian_yo_is_folded() {
        assert_eq!(stem(Lang::Ru, "партнёрство"), stem(Lang::Ru, "партнерство"));
    }

    #[test]
    fn registered_names_build() {
        let manager = TokenizerManager::default();
        register(&manager);
        for lang in Lang::ALL {
            assert!(manager.get(analyzer_name(lang)).is_some());
        }
    }
}
