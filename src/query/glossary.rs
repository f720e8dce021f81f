//! The trilingual term base: concepts with their English, Russian and Kazakh forms. Every form passes
//! through its language's analyzer, so a query in any inflection finds the concept and the concept
//! brings every language's forms.
//!
//! Format (UTF-8, tab-separated, `#` starts a comment line):
//! `id <TAB> domain <TAB> en forms <TAB> ru forms <TAB> kk forms`, forms separated by ` | `;
//! a form of several words is searched as a phrase.

use std::path::Path;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::analyze;
use crate::error::{Error, Result};
use crate::lang::Lang;

/// The term base shipped with trilingua, compiled in.
const SHIPPED: &[(&str, &str)] = &[
    (
        "corpus/glossary.tsv",
        include_str!("../../corpus/glossary.tsv"),
    ),
    (
        "corpus/glossary-hr.tsv",
        include_str!("../../corpus/glossary-hr.tsv"),
    ),
];

/// One form of a concept in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Form {
    /// As written in the term base.
    pub text: String,
    /// Its index terms in its language.
    pub terms: Vec<String>,
}

/// A concept and its forms in each language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Concept {
    /// Unique identifier.
    pub id: String,
    /// Domain (nato, security, rights, …).
    pub domain: String,
    /// Forms per language, in the order of [`Lang::ALL`] (kk, ru, en).
    pub forms: [Vec<Form>; 3],
}

impl Concept {
    /// The concept's forms in `lang` (none for undetermined).
    pub fn forms(&self, lang: Lang) -> &[Form] {
        match lang {
            Lang::Kk => &self.forms[0],
            Lang::Ru => &self.forms[1],
            Lang::En => &self.forms[2],
            Lang::Und => &[],
        }
    }
}

/// Concepts, looked up by the index terms of their forms.
#[derive(Clone, Debug, Default)]
pub struct Glossary {
    concepts: Vec<Concept>,
    /// Position of each concept by id: a linear search here made loading the term base quadratic.
    by_id: FxHashMap<String, usize>,
    by_terms: FxHashMap<(Lang, Vec<String>), Vec<usize>>,
    longest: usize,
}

static SHIPPED_GLOSSARY: OnceLock<Glossary> = OnceLock::new();

// The file in an index folder that keeps the shipped term base analyzed
// ([`Glossary::shipped_cached`]).
use crate::index::TERM_BASE_FILE as CACHE_FILE;

/// The shipped term base analyzed, as kept in [`CACHE_FILE`]: `key` names the term base's text and
/// the build that analyzed it.
#[derive(Serialize, Deserialize)]
struct Cached {
    key: String,
    concepts: Vec<Concept>,
}

/// The identity of the shipped term base's text and of this build's analyzers.
fn cache_key() -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for (name, text) in SHIPPED {
        h.update(name.as_bytes());
        h.update(text.as_bytes());
    }
    format!("{}-{:032x}", crate::index::PIPELINE, h.digest128())
}

impl Glossary {
    /// The term base shipped with trilingua, its forms analyzed on first use.
    pub fn shipped() -> &'static Glossary {
        SHIPPED_GLOSSARY.get_or_init(Glossary::analyze_shipped)
    }

    /// [`Glossary::shipped`], read from the analyzed copy kept in the index folder `dir` when one
    /// made by this build is there (analyzing every form takes a search process longer than the
    /// search), else analyzed and kept there for the next process (when `dir` is an index folder
    /// we may write to).
    pub fn shipped_cached(dir: &Path) -> &'static Glossary {
        SHIPPED_GLOSSARY.get_or_init(|| Glossary::read_or_analyze_shipped(dir))
    }

    /// The shipped term base from the copy kept in `dir`, or analyzed and kept there.
    fn read_or_analyze_shipped(dir: &Path) -> Glossary {
        let path = dir.join(CACHE_FILE);
        let key = cache_key();
        let cached = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Cached>(&bytes).ok())
            .filter(|c| c.key == key);
        if let Some(cached) = cached {
            let mut g = Glossary::default();
            for concept in cached.concepts {
                g.insert(concept);
            }
            return g;
        }
        let g = Glossary::analyze_shipped();
        if crate::index::exists(dir) {
            let cached = Cached {
                key,
                concepts: g.concepts.clone(),
            };
            // Written whole, then renamed: a process reading it never sees half a file. A
            // folder we may not write to only costs the next process the analysis.
            let tmp = dir.join(format!("{CACHE_FILE}.{}.tmp", std::process::id()));
            let written = serde_json::to_vec(&cached)
                .ok()
                .is_some_and(|bytes| std::fs::write(&tmp, bytes).is_ok())
                && std::fs::rename(&tmp, &path).is_ok();
            if !written {
                let _ = std::fs::remove_file(&tmp);
            }
        }
        g
    }

    fn analyze_shipped() -> Glossary {
        let mut g = Glossary::default();
        for (name, text) in SHIPPED {
            g.add_text(Path::new(name), text)
                .expect("the shipped term base is checked by tests");
        }
        g
    }

    /// Adds the concepts of a term base file (a concept whose id is known gains the new forms).
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        self.add_text(path, &text)
    }

    fn add_text(&mut self, path: &Path, text: &str) -> Result<()> {
        for row in super::tsv::rows(path, text, &["id", "domain", "en", "ru", "kk"]) {
            let row = row?;
            let bad = |reason: String| super::tsv::error(path, row.line, reason);
            let cols = &row.cols;
            let id = cols[0].trim();
            if id.is_empty() {
                return Err(bad("empty concept id".into()));
            }
            let mut forms: [Vec<Form>; 3] = Default::default();
            for (slot, (lang, cell)) in [
                (Lang::En, cols[2]),
                (Lang::Ru, cols[3]),
                (Lang::Kk, cols[4]),
            ]
            .into_iter()
            .enumerate()
            {
                let _ = slot;
                let parsed: Vec<Form> = cell
                    .split('|')
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                    .map(|f| Form {
                        text: f.to_string(),
                        terms: analyze::tokens(lang, f)
                            .into_iter()
                            .map(|t| t.text)
                            .collect(),
                    })
                    .filter(|f| !f.terms.is_empty())
                    .collect();
                if parsed.is_empty() {
                    return Err(bad(format!("no {lang} form for concept '{id}'")));
                }
                let i = Lang::ALL
                    .iter()
                    .position(|&l| l == lang)
                    .expect("one of the three");
                forms[i] = parsed;
            }
            let concept = Concept {
                id: id.to_string(),
                domain: cols[1].trim().to_string(),
                forms,
            };
            self.insert(concept);
        }
        Ok(())
    }

    fn insert(&mut self, concept: Concept) {
        let index = match self.by_id.get(&concept.id).copied() {
            Some(i) => {
                for (have, add) in self.concepts[i].forms.iter_mut().zip(concept.forms) {
                    have.extend(add);
                }
                i
            }
            None => {
                self.by_id.insert(concept.id.clone(), self.concepts.len());
                self.concepts.push(concept);
                self.concepts.len() - 1
            }
        };
        for lang in Lang::ALL {
            let keys: Vec<Vec<String>> = self.concepts[index]
                .forms(lang)
                .iter()
                .map(|f| f.terms.clone())
                .collect();
            for terms in keys {
                self.longest = self.longest.max(terms.len());
                let ids = self.by_terms.entry((lang, terms)).or_default();
                if !ids.contains(&index) {
                    ids.push(index);
                }
            }
        }
    }

    /// Concepts having a form whose index terms in `lang` are exactly `terms`.
    pub fn lookup(&self, lang: Lang, terms: &[String]) -> impl Iterator<Item = &Concept> {
        self.by_terms
            .get(&(lang, terms.to_vec()))
            .into_iter()
            .flatten()
            .map(|&i| &self.concepts[i])
    }

    /// The number of words in the longest form.
    pub fn longest_form(&self) -> usize {
        self.longest
    }

    /// Number of concepts.
    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    /// Whether the term base has no concepts.
    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// All concepts, in file order.
    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_term_base_is_large_and_finds_inflected_forms() {
        let g = Glossary::shipped();
        assert!(g.len() >= 100, "{} concepts", g.len());
        let stems = |lang, word| vec![analyze::stem(lang, word)];
        let ids = |lang, word| {
            g.lookup(lang, &stems(lang, word))
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        };
        assert!(ids(Lang::En, "partnerships").contains(&"partnership".to_string()));
        assert!(ids(Lang::Ru, "партнерства").contains(&"partnership".to_string()));
    }

    #[test]
    fn the_analyzed_term_base_is_kept_in_the_index_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join(CACHE_FILE);
        // A folder that is no index keeps nothing.
        let fresh = Glossary::read_or_analyze_shipped(tmp.path());
        assert!(!path.exists());
        // An index folder keeps it, and the next process reads it.
        std::fs::write(tmp.path().join("trilingua.json"), "{}").unwrap();
        Glossary::read_or_analyze_shipped(tmp.path());
        let written = std::fs::read(&path).unwrap();
        let read = Glossary::read_or_analyze_shipped(tmp.path());
        assert_eq!(
            std::fs::read(&path).unwrap(),
            written,
            "read, not written again"
        );
        let forms = |g: &Glossary| {
            g.concepts()
                .iter()
                .map(|c| format!("{}{:?}", c.id, c.forms))
                .collect::<Vec<_>>()
        };
        assert_eq!(forms(&read), forms(&fresh));
        let partnership = vec![analyze::stem(Lang::Kk, "әріптестік")];
        assert!(read
            .lookup(Lang::Kk, &partnership)
            .any(|c| c.id == "partnership"));
        // A copy made by another build, or a damaged one, is analyzed again and replaced.
        for stale in [&b"{\"key\":\"older\",\"concepts\":[]}"[..], b"{\"key\""] {
            std::fs::write(&path, stale).unwrap();
            let again = Glossary::read_or_analyze_shipped(tmp.path());
            assert_eq!(again.len(), fresh.len());
            assert_eq!(std::fs::read(&path).unwrap(), written);
        }
        // A folder that is not there costs only the analysis.
        let none = Glossary::read_or_analyze_shipped(&tmp.path().join("missing"));
        assert_eq!(none.len(), fresh.len());
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let mut g = Glossary::default();
        let e = g
            .add_text(Path::new("mine.tsv"), "# header\nx\tgeneral\tpeace\tмир\n")
            .unwrap_err();
        assert!(e.to_string().starts_with("mine.tsv:2: expected 5"), "{e}");
    }
}
