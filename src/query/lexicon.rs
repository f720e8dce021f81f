//! The index's own spellings, keyed by script-folded skeleton ([`crate::lang::translit::skeleton`]):
//! how is a name the user typed in one script spelled in the other languages' passages? And, for
//! Kazakh right truncation, which index terms extend a stem?
//!
//! Asked of the term dictionaries of the three body fields directly (by prefix, by presence); the
//! skeletons of a language's terms are gathered only when a search first needs them, and kept per
//! index state. The index itself stays as it is: no extra field, no rebuild.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use tantivy::index::{InvertedIndexReader, SegmentId};
use tantivy::Searcher;

use crate::error::Result;
use crate::index::TriIndex;
use crate::lang::translit::skeleton;
use crate::lang::Lang;

/// Skeletons shorter than this match too much to be trusted.
const MIN_SKELETON: usize = 4;
/// How many trailing letters of a query word's skeleton may be an inflection the index stem lacks.
const MAX_TRIM: usize = 2;

/// Where the index terms come from.
enum Terms {
    /// Per language, the body field's term dictionary in each segment: asked directly, so a
    /// search process reads only the terms it asks about.
    Segments([Vec<Arc<InvertedIndexReader>>; 3]),
    /// Per language, sorted terms (for tests).
    #[cfg(test)]
    Sorted([Vec<String>; 3]),
}

/// Index terms per language, asked by prefix, by presence, and (gathered on first use, per
/// language) by skeleton.
pub struct Lexicon {
    terms: Terms,
    by_skeleton: [OnceLock<HashMap<String, Vec<String>>>; 3],
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let segments = match &self.terms {
            Terms::Segments(readers) => readers[0].len(),
            #[cfg(test)]
            Terms::Sorted(_) => 0,
        };
        f.debug_struct("Lexicon")
            .field("segments", &segments)
            .finish_non_exhaustive()
    }
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En | Lang::Und => 2,
    }
}

impl Lexicon {
    /// The term dictionaries of the body fields, as `searcher` sees them.
    pub fn build(index: &TriIndex, searcher: &Searcher) -> Result<Lexicon> {
        let mut readers: [Vec<Arc<InvertedIndexReader>>; 3] = Default::default();
        for lang in Lang::ALL {
            let field = index.fields().body_for(lang);
            for segment in searcher.segment_readers() {
                let reader = segment.inverted_index(field).map_err(|e| index.err(e))?;
                readers[slot(lang)].push(reader);
            }
        }
        Ok(Lexicon {
            terms: Terms::Segments(readers),
            by_skeleton: Default::default(),
        })
    }

    /// Calls `f` with every index term of `lang` that begins with `prefix` (a term of several
    /// segments comes once per segment). A term dictionary that cannot be read gives no terms: the
    /// search that follows reports it.
    fn each_with_prefix(&self, lang: Lang, prefix: &str, mut f: impl FnMut(&str)) {
        match &self.terms {
            Terms::Segments(readers) => {
                for reader in &readers[slot(lang)] {
                    let Ok(mut stream) = reader.terms().range().ge(prefix.as_bytes()).into_stream()
                    else {
                        continue;
                    };
                    while stream.advance() {
                        if !stream.key().starts_with(prefix.as_bytes()) {
                            break;
                        }
                        if let Ok(term) = std::str::from_utf8(stream.key()) {
                            f(term);
                        }
                    }
                }
            }
            #[cfg(test)]
            Terms::Sorted(sorted) => {
                let sorted = &sorted[slot(lang)];
                let from = sorted.partition_point(|t| t.as_str() < prefix);
                for t in sorted[from..].iter().take_while(|t| t.starts_with(prefix)) {
                    f(t);
                }
            }
        }
    }

    /// Whether passages in `lang` hold `term`.
    fn contains(&self, lang: Lang, term: &str) -> bool {
        match &self.terms {
            Terms::Segments(readers) => readers[slot(lang)]
                .iter()
                .any(|r| r.terms().get(term.as_bytes()).is_ok_and(|t| t.is_some())),
            #[cfg(test)]
            Terms::Sorted(sorted) => sorted[slot(lang)]
                .binary_search_by(|t| t.as_str().cmp(term))
                .is_ok(),
        }
    }

    /// The index terms of `lang` by skeleton, read once from every term of the language.
    fn skeletons(&self, lang: Lang) -> &HashMap<String, Vec<String>> {
        self.by_skeleton[slot(lang)].get_or_init(|| {
            let mut map: HashMap<String, Vec<String>> = HashMap::new();
            self.each_with_prefix(lang, "", |term| {
                if !term.chars().any(char::is_alphabetic) {
                    return;
                }
                let key = skeleton(term);
                if key.chars().count() < MIN_SKELETON {
                    return;
                }
                let terms = map.entry(key).or_default();
                if !terms.iter().any(|t| t == term) {
                    terms.push(term.to_string());
                }
            });
            map
        })
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
        let stem_chars = stem.chars().count();
        let mut found = BTreeSet::new();
        self.each_with_prefix(lang, stem, |t| {
            if t.chars().count() <= stem_chars + max_extra {
                found.insert(t.to_string());
            }
        });
        let mut out: Vec<String> = found.into_iter().collect();
        out.sort_by_key(|t| t.chars().count());
        out.truncate(limit);
        out
    }

    /// Whether passages in `lang` hold every one of `terms`.
    pub fn has_all(&self, lang: Lang, terms: &[String]) -> bool {
        terms.iter().all(|t| self.contains(lang, t))
    }

    /// The index terms of `lang` spelled like one of `words` (a word as typed and its stems) in
    /// another script: same skeleton, or the skeleton without an inflection of up to two letters.
    pub fn spellings(&self, lang: Lang, words: &[&str]) -> Vec<String> {
        let map = self.skeletons(lang);
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

/// The lexicon of the index as `searcher` sees it, one per index state: what it gathers by
/// skeleton is kept for the next search of the same state.
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
        let mut sorted: [Vec<String>; 3] = Default::default();
        for &(lang, term) in entries {
            sorted[slot(lang)].push(term.to_string());
        }
        for terms in &mut sorted {
            terms.sort();
        }
        Lexicon {
            terms: Terms::Sorted(sorted),
            by_skeleton: Default::default(),
        }
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
        assert!(l.has_all(Lang::Ru, &["алмат".into(), "казахста".into()]));
        assert!(!l.has_all(Lang::Ru, &["алмат".into(), "алматы".into()]));
    }

    #[test]
    fn extensions_are_longer_terms_with_the_stem_as_prefix() {
        let l = lexicon(&[
            (Lang::Kk, "алынбайтындығ"),
            (Lang::Kk, "алынбайтындығын"),
            (Lang::Kk, "алынбайтындығынан-x"),
            (Lang::Kk, "алу"),
        ]);
        assert_eq!(
            l.extensions(Lang::Kk, "алынбайтындығ", 4, 8),
            ["алынбайтындығ", "алынбайтындығын"]
        );
    }
}
