//! The index's own spellings, keyed by script-folded skeleton ([`crate::lang::translit::skeleton`]):
//! how is a name the user typed in one script spelled in the other languages' passages? And, for
//! Kazakh right truncation, which index terms extend a stem?
//!
//! Built from the term dictionaries of the three body fields when a search needs it and cached per
//! index state, so the index itself stays as it is: no extra field, no rebuild.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tantivy::index::SegmentId;
use tantivy::Searcher;

use crate::error::Result;
use crate::index::TriIndex;
use crate::lang::translit::skeleton;
use crate::lang::Lang;

/// Skeletons shorter than this match too much to be trusted.
const MIN_SKELETON: usize = 4;
/// How many trailing letters of a query word's skeleton may be an inflection the index stem lacks.
const MAX_TRIM: usize = 2;

/// Index terms per language, grouped by skeleton.
#[derive(Debug, Default)]
pub struct Lexicon {
    by_skeleton: [HashMap<String, Vec<String>>; 3],
    terms: [HashSet<String>; 3],
    sorted: [Vec<String>; 3],
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En | Lang::Und => 2,
    }
}

impl Lexicon {
    /// Reads the term dictionaries of the body fields.
    pub fn build(index: &TriIndex, searcher: &Searcher) -> Result<Lexicon> {
        let mut lexicon = Lexicon::default();
        for lang in Lang::ALL {
            let field = index.fields().body_for(lang);
            for segment in searcher.segment_readers() {
                let inverted = segment.inverted_index(field).map_err(|e| index.err(e))?;
                let mut stream = inverted.terms().stream().map_err(|e| index.err(e.into()))?;
                while stream.advance() {
                    let Ok(term) = std::str::from_utf8(stream.key()) else {
                        continue;
                    };
                    lexicon.terms[slot(lang)].insert(term.to_string());
                    if !term.chars().any(char::is_alphabetic) {
                        continue;
                    }
                    let key = skeleton(term);
                    if key.chars().count() < MIN_SKELETON {
                        continue;
                    }
                    let terms = lexicon.by_skeleton[slot(lang)].entry(key).or_default();
                    if !terms.iter().any(|t| t == term) {
                        terms.push(term.to_string());
                    }
                }
            }
        }
        for (sorted, terms) in lexicon.sorted.iter_mut().zip(&lexicon.terms) {
            *sorted = terms.iter().cloned().collect();
            sorted.sort_unstable();
        }
        Ok(lexicon)
    }

    /// Index terms of `lang` that are `stem` or extend it by up to `max_extra` characters, at most `limit`
    /// of them (shortest first): the inflected forms a stemmer left whole.
    pub fn extensions(
        &self,
        lang: Lang,
        stem: &str,
        max_extra: usize,
        limit: usize,
    ) -> Vec<String> {
        let sorted = &self.sorted[slot(lang)];
        let from = sorted.partition_point(|t| t.as_str() < stem);
        let stem_chars = stem.chars().count();
        let mut out: Vec<String> = sorted[from..]
            .iter()
            .take_while(|t| t.starts_with(stem))
            .filter(|t| t.chars().count() <= stem_chars + max_extra)
            .cloned()
            .collect();
        out.sort_by_key(|t| t.chars().count());
        out.truncate(limit);
        out
    }

    /// Whether passages in `lang` hold every one of `terms`.
    pub fn has_all(&self, lang: Lang, terms: &[String]) -> bool {
        terms.iter().all(|t| self.terms[slot(lang)].contains(t))
    }

    /// The index terms of `lang` spelled like one of `words` (a word as typed and its stems) in
    /// another script: same skeleton, or the skeleton without an inflection of up to two letters.
    pub fn spellings(&self, lang: Lang, words: &[&str]) -> Vec<String> {
        let map = &self.by_skeleton[slot(lang)];
        let mut out: Vec<String> = Vec::new();
        for word in words {
            let key: Vec<char> = skeleton(word).chars().collect();
            for trim in 0..=MAX_TRIM.min(key.len().saturating_sub(MIN_SKELETON)) {
                let k: String = key[..key.len() - trim].iter().collect();
                for term in map.get(&k).into_iter().flatten() {
                    if !out.contains(term) {
                        out.push(term.clone());
                    }
                }
            }
        }
        out
    }
}

type CacheKey = (PathBuf, Vec<SegmentId>);

static CACHE: Mutex<Option<(CacheKey, Arc<Lexicon>)>> = Mutex::new(None);

/// The lexicon of the index as `searcher` sees it, built once per index state.
pub fn for_searcher(index: &TriIndex, searcher: &Searcher) -> Result<Arc<Lexicon>> {
    let key: CacheKey = (
        index.dir().to_path_buf(),
        searcher
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect(),
    );
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((k, lexicon)) = cache.as_ref() {
        if *k == key {
            return Ok(Arc::clone(lexicon));
        }
    }
    let lexicon = Arc::new(Lexicon::build(index, searcher)?);
    *cache = Some((key, Arc::clone(&lexicon)));
    Ok(lexicon)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(entries: &[(Lang, &str)]) -> Lexicon {
        let mut l = Lexicon::default();
        for &(lang, term) in entries {
            l.by_skeleton[slot(lang)]
                .entry(skeleton(term))
                .or_default()
                .push(term.to_string());
        }
        l
    }

    #[test]
    fn names_meet_their_spellings_in_other_scripts() {
        let l = lexicon(&[
            (Lang::Kk, "қазақстан"),
            (Lang::Kk, "қазақ"),
            (Lang::Ru, "казахста"),
            (Lang::Ru, "алмат"),
            (Lang::En, "kazakhstan"),
            (Lang::En, "almati"),
        ]);
        assert_eq!(l.spellings(Lang::Kk, &["Kazakhstan"]), ["қазақстан"]);
        assert_eq!(l.spellings(Lang::En, &["Қазақстан"]), ["kazakhstan"]);
        assert_eq!(l.spellings(Lang::Ru, &["Almaty"]), ["алмат"]);
        assert_eq!(l.spellings(Lang::En, &["Алматы"]), ["almati"]);
        assert!(l.spellings(Lang::Kk, &["Kyrgyzstan"]).is_empty());
    }

    #[test]
    fn extensions_are_longer_terms_with_the_stem_as_prefix() {
        let mut l = lexicon(&[]);
        l.sorted[0] = [
            "алынбайтындығ",
            "алынбайтындығын",
            "алынбайтындығынан-x",
            "алу",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            l.extensions(Lang::Kk, "алынбайтындығ", 4, 8),
            ["алынбайтындығ", "алынбайтындығын"]
        );
    }
}
