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
    static STEMS: RefCell<Stems> = RefCell::default();
}

/// A thread's stem tables, and the first letters words must have to be stemmed while [`scan`] runs.
#[derive(Default)]
struct Stems {
    tables: [rustc_hash::FxHashMap<String, Option<String>>; 3],
    initials: Option<Vec<char>>,
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
    let slot = slot(lang);
    STEMS.with_borrow_mut(|stems| {
        if let Some(initials) = &stems.initials {
            // Every stemmer keeps a word's first letter: a word that begins with none of the
            // letters asked for cannot stem to a term that does (see `scan`).
            if !word.chars().next().is_some_and(|c| initials.contains(&c)) {
                return;
            }
        }
        let table = &mut stems.tables[slot];
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

/// The first letters [`scan`] asks words to begin with, while it runs on this thread.
fn scan_initials() -> Option<Vec<char>> {
    STEMS.with_borrow(|stems| stems.initials.clone())
}

/// Position of a language in per-language tables (undetermined text goes with English).
fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En | Lang::Und => 2,
    }
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
    ANALYZERS.with_borrow_mut(|analyzers| {
        let mut stream = analyzers[slot(lang)].token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().clone());
        }
        out
    })
}

/// Calls `each` on the tokens of `text` in `lang`, as [`tokens`] yields them (the same tokens at the
/// same offsets), except that only words beginning with one of `initials` are written out and
/// stemmed; the others stand as their lowercase first letter. Every stemmer (Snowball English and
/// Russian, the Kazakh one) rewrites word endings only and keeps the first letter, so such a word can
/// equal no term beginning with one of `initials`, stemmed or not: what a snippet needs to find a few
/// terms in a passage without lowercasing and stemming each word. `each` must not analyze text
/// itself.
pub fn scan(lang: Lang, text: &str, initials: &[char], mut each: impl FnMut(&Token)) {
    /// Lifts the gate again when the scan ends, however it ends.
    struct Gate;
    impl Drop for Gate {
        fn drop(&mut self) {
            STEMS.with_borrow_mut(|stems| stems.initials = None);
        }
    }
    STEMS.with_borrow_mut(|stems| stems.initials = Some(initials.to_vec()));
    let _gate = Gate;
    ANALYZERS.with_borrow_mut(|analyzers| {
        let mut stream = analyzers[slot(lang)].token_stream(text);
        while stream.advance() {
            each(stream.token());
        }
    });
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

    /// NTREX-128 news in each language, and the repaired seed article's damage left in.
    fn real_text(lang: Lang) -> String {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let file = match lang {
            Lang::Kk => "data/ntrex/newstest2019-ref.kaz.txt",
            Lang::Ru => "data/ntrex/newstest2019-ref.rus.txt",
            Lang::En | Lang::Und => "data/ntrex/newstest2019-src.eng.txt",
        };
        let mut text = std::fs::read_to_string(dir.join(file)).unwrap();
        text +=
            &std::fs::read_to_string(dir.join("corpus/nato-kazakhstan-pfp-article.txt")).unwrap();
        text
    }

    #[test]
    fn stemmers_keep_the_first_letter() {
        // What `scan` relies on, over every word of the news in each language.
        for lang in Lang::ALL {
            let text = real_text(lang);
            for t in tokens(lang, &text) {
                let source = crate::lang::lower(&text[t.offset_from..t.offset_to]);
                let first = source.chars().next().map(|c| match (lang, c) {
                    (Lang::Ru, 'ё') => 'е',
                    _ => c,
                });
                assert_eq!(
                    t.text.chars().next(),
                    first,
                    "{lang}: {source} → {}",
                    t.text
                );
            }
        }
    }

    #[test]
    fn a_scan_stems_the_words_with_the_initials_asked_for() {
        for lang in Lang::ALL {
            let text = real_text(lang);
            let text = &text[..text.floor_char_boundary(200_000)];
            let all = tokens(lang, text);
            let initials = ['а', 'е', 'к', 'с', 'т', 'p', 'e', 'қ', 'ә'];
            let mut i = 0;
            scan(lang, text, &initials, |t| {
                let want = &all[i];
                assert_eq!(
                    (t.offset_from, t.offset_to, t.position),
                    (want.offset_from, want.offset_to, want.position)
                );
                let first = t.text.chars().next().unwrap();
                if initials.contains(&first) {
                    assert_eq!(t.text, want.text);
                } else {
                    assert!(!initials.contains(&want.text.chars().next().unwrap()));
                }
                i += 1;
            });
            assert_eq!(i, all.len(), "{lang}");
            // The gate is lifted afterwards.
            assert_eq!(tokens(lang, text).len(), all.len());
            assert_eq!(stem(Lang::En, "partnerships"), "partnership");
        }
    }

    #[test]
    fn a_scan_reads_whole_the_words_its_filters_look_into() {
        // Words that do not begin with the letter asked for, yet must be read whole: a Kazakh case
        // ending after a hyphen (the stemmer drops it), `ё` (folded to `е`), a word over the
        // length limit (dropped).
        let cases = [
            (Lang::Kk, "НАТО-ның қауіпсіздігі", ['қ']),
            (Lang::Ru, "Ёлка и ёж у ели", ['е']),
            (Lang::En, &format!("{} partners", "x".repeat(60)), ['p']),
        ];
        for (lang, text, initials) in cases {
            let all = tokens(lang, text);
            let mut seen = Vec::new();
            scan(lang, text, &initials, |t| seen.push(t.clone()));
            assert_eq!(seen.len(), all.len(), "{text}");
            for (got, want) in seen.iter().zip(&all) {
                assert_eq!(got.offset_from, want.offset_from, "{text}");
                if want.text.starts_with(initials[0]) {
                    assert_eq!(got.text, want.text, "{text}");
                }
            }
        }
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
