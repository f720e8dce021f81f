//! Cross-lingual expansion: each thing the user asked for becomes alternatives in every language —
//! the typed words analyzed for each language, the forms of the term-base concepts they name, and,
//! for what the term base does not know (names, mostly), their transliterations and the index's own
//! spellings of them in the other scripts. The plan keeps where each alternative came from, for
//! `expand` and `search --explain`.

use std::fmt;

use crate::analyze;
use crate::lang::{is_cyrillic, translit, Lang};
use crate::present::snippet::{Marks, PhraseMark};

use super::glossary::Glossary;
use super::lexicon::Lexicon;
use super::parse::{Item, ParsedQuery};

/// Where an alternative came from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "concept", rename_all = "lowercase")]
pub enum Origin {
    /// The user's own words.
    Typed,
    /// A term-base concept (its id).
    Glossary(String),
    /// A transliteration (the standard, or `index spelling` for a word of the index whose
    /// script-folded skeleton is the typed word's).
    Translit(String),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Typed => f.write_str("original"),
            Origin::Glossary(id) => write!(f, "term base: {id}"),
            Origin::Translit(how) => write!(f, "transliteration: {how}"),
        }
    }
}

/// How the terms of an alternative must occur.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    /// In this order, next to each other (a single term is a phrase of one).
    Phrase,
    /// Anywhere in the passage.
    All,
}

/// One way for a group to match: terms in one language's field.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Alternative {
    /// The field's language.
    pub lang: Lang,
    /// Index terms (analyzed).
    pub terms: Vec<String>,
    /// As written (typed words or the term-base form).
    pub text: String,
    /// Phrase or bag of words.
    pub shape: Shape,
    /// Where it came from.
    pub origin: Origin,
    /// Score multiplier: the user's own words weigh more than expansions.
    pub boost: f32,
}

/// One requirement of the query, with all the ways it can be met.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Group {
    /// What the user typed for it.
    pub typed: String,
    /// The alternatives, the typed ones first.
    pub alternatives: Vec<Alternative>,
}

/// The expanded query.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Plan {
    /// Every group must match.
    pub required: Vec<Group>,
    /// Groups dropped from matching because they are stopwords (still highlighted).
    pub stopwords: Vec<Group>,
    /// No excluded group may match.
    pub excluded: Vec<Group>,
}

/// Weight of term-base expansions relative to the typed words.
pub const EXPANSION_BOOST: f32 = 0.8;
/// Weight of transliterations: a guess about spelling, below the term base's knowledge.
pub const TRANSLIT_BOOST: f32 = 0.7;
/// How many other words a term-base phrase may have among (or transpositions of) its own: a concept
/// named in a list keeps its words apart (`freedom of thought, conscience and religion`;
/// `сөз бен наным бостандығы`). Phrases the user quotes are matched exactly.
pub const TERM_BASE_SLOP: u32 = 2;

impl Alternative {
    /// The phrase slop with which the alternative is searched and highlighted.
    pub fn slop(&self) -> u32 {
        match (&self.origin, self.shape) {
            (Origin::Glossary(_), Shape::Phrase) => TERM_BASE_SLOP,
            _ => 0,
        }
    }
}

impl Plan {
    /// What to highlight in a passage in `lang`: single-term alternatives and bags of words term by
    /// term, phrases only where they occur as phrases. Bare stopwords are not marked.
    pub fn marks(&self, lang: Lang) -> Marks {
        let mut marks = Marks::default();
        for alt in self
            .required
            .iter()
            .flat_map(|g| &g.alternatives)
            .filter(|a| a.lang == lang)
        {
            if alt.shape == Shape::Phrase && alt.terms.len() > 1 {
                marks.phrases.push(PhraseMark {
                    terms: alt.terms.clone(),
                    slop: alt.slop(),
                });
            } else {
                marks.terms.extend(alt.terms.iter().cloned());
            }
        }
        marks
    }
}

/// What expansion may use.
#[derive(Clone, Copy, Debug)]
pub struct Expander<'a> {
    /// The term base (an empty one for no cross-lingual expansion).
    pub glossary: &'a Glossary,
    /// Whether to transliterate words the term base does not know.
    pub translit: bool,
    /// The index's spellings by skeleton, when an index is at hand.
    pub lexicon: Option<&'a Lexicon>,
}

impl Expander<'static> {
    /// No expansion: the typed words, analyzed for each language, and nothing else.
    pub fn none() -> Self {
        static EMPTY: std::sync::LazyLock<Glossary> = std::sync::LazyLock::new(Glossary::default);
        Expander {
            glossary: &EMPTY,
            translit: false,
            lexicon: None,
        }
    }
}

/// Expands a parsed query with the term base and transliteration (without an index's spellings).
pub fn expand(parsed: &ParsedQuery, glossary: &Glossary) -> Plan {
    expand_with(
        parsed,
        &Expander {
            glossary,
            translit: true,
            lexicon: None,
        },
    )
}

/// Expands a parsed query with what `how` allows.
pub fn expand_with(parsed: &ParsedQuery, how: &Expander) -> Plan {
    let glossary = how.glossary;
    let mut plan = Plan::default();
    // Runs of single bare words may together name a concept (`human rights`): merge them first.
    let mut i = 0;
    let groups = &parsed.groups;
    while i < groups.len() {
        let bare_run = groups[i..]
            .iter()
            .take_while(|g| g.len() == 1 && matches!(g[0], Item::Word(_)))
            .count();
        let mut merged = false;
        for n in (2..=bare_run.min(glossary.longest_form())).rev() {
            let words: Vec<&str> = groups[i..i + n]
                .iter()
                .map(|g| match &g[0] {
                    Item::Word(w) => w.as_str(),
                    Item::Phrase(_) => unreachable!("bare run holds words only"),
                })
                .collect();
            if let Some(group) = concept_group(&words, how) {
                plan.required.push(group);
                i += n;
                merged = true;
                break;
            }
        }
        if merged {
            continue;
        }
        let group = item_group(&groups[i], how);
        if groups[i].len() == 1 && is_stopword_item(&groups[i][0]) {
            plan.stopwords.push(group);
        } else {
            plan.required.push(group);
        }
        i += 1;
    }
    if let Some(lexicon) = how.lexicon {
        for group in plan.required.iter_mut().chain(&mut plan.excluded) {
            add_kazakh_extensions(group, lexicon);
        }
    }
    if plan.required.is_empty() {
        // A query of stopwords only still searches for them.
        plan.required = std::mem::take(&mut plan.stopwords);
    }
    plan.excluded = parsed
        .excluded
        .iter()
        .map(|item| item_group(std::slice::from_ref(item), how))
        .collect();
    plan
}

/// A group for bare words that together are a term-base form; `None` when they are not one.
fn concept_group(words: &[&str], how: &Expander) -> Option<Group> {
    let glossary = how.glossary;
    let text = words.join(" ");
    let mut group = Group {
        typed: text.clone(),
        alternatives: Vec::new(),
    };
    let mut found = false;
    for lang in Lang::ALL {
        let terms = terms_of(lang, &text);
        if glossary.lookup(lang, &terms).next().is_some() {
            found = true;
        }
        push(
            &mut group,
            lang,
            terms,
            &text,
            Shape::All,
            Origin::Typed,
            1.0,
        );
    }
    if !found {
        return None;
    }
    add_concepts(&mut group, glossary);
    Some(group)
}

fn item_group(items: &[Item], how: &Expander) -> Group {
    let mut group = Group {
        typed: items
            .iter()
            .map(Item::display)
            .collect::<Vec<_>>()
            .join(" OR "),
        alternatives: Vec::new(),
    };
    for item in items {
        let text = item.words().join(" ");
        for lang in Lang::ALL {
            push(
                &mut group,
                lang,
                terms_of(lang, &text),
                &text,
                Shape::Phrase,
                Origin::Typed,
                1.0,
            );
        }
    }
    let known = add_concepts(&mut group, how.glossary);
    if !known && how.translit {
        for item in items {
            add_transliterations(&mut group, item, how);
        }
    }
    group
}

/// Adds the forms of every concept named by a typed alternative of the group; whether there was one.
fn add_concepts(group: &mut Group, glossary: &Glossary) -> bool {
    let typed: Vec<(Lang, Vec<String>)> = group
        .alternatives
        .iter()
        .map(|a| (a.lang, a.terms.clone()))
        .collect();
    let mut known = false;
    for (lang, terms) in typed {
        let concepts: Vec<_> = glossary.lookup(lang, &terms).cloned().collect();
        for concept in concepts {
            known = true;
            for target in Lang::ALL {
                for form in concept.forms(target) {
                    let origin = Origin::Glossary(concept.id.clone());
                    push(
                        group,
                        target,
                        form.terms.clone(),
                        &form.text,
                        Shape::Phrase,
                        origin,
                        EXPANSION_BOOST,
                    );
                }
            }
        }
    }
    known
}

/// Adds an item's transliterations into the other scripts (by the standards of
/// [`translit`]) and, single words only, the index's spellings with the same skeleton.
/// A transliteration that is a term-base form (`Qazaqstan` → `Қазақстан`) brings the concept's forms.
fn add_transliterations(group: &mut Group, item: &Item, how: &Expander) {
    let lexicon = how.lexicon;
    let words = item.words();
    // A single word of four letters or more, its stem in each language, read once for every target:
    // the index's spellings of it are looked for by these. A word the analyzers read as several
    // (`peace-keeping`, `сондай-ақ`) is searched as their phrase; its first part alone (`peace`,
    // `сондай`) is no spelling of it.
    let stems: Option<Vec<String>> = match words.as_slice() {
        [word] if word.chars().count() >= 4 => Lang::ALL
            .iter()
            .map(|&l| {
                let mut tokens = analyze::tokens(l, word).into_iter();
                match (tokens.next(), tokens.next()) {
                    (Some(t), None) => Some(t.text),
                    (None, _) => Some(word.to_lowercase()),
                    (Some(_), Some(_)) => None,
                }
            })
            .collect(),
        _ => None,
    };
    for target in Lang::ALL {
        let mut scheme = None;
        let converted: Vec<String> = words
            .iter()
            .map(|w| {
                let cyrillic = w.chars().any(is_cyrillic);
                let latin = w.chars().any(|c| c.is_ascii_alphabetic());
                match (target, cyrillic, latin) {
                    (Lang::Kk, false, true) => {
                        scheme = Some("Kazakh Latin 2021");
                        translit::latin_to_kk(w)
                    }
                    (Lang::Ru, false, true) => {
                        scheme = Some("BGN/PCGN");
                        translit::latin_to_ru(w)
                    }
                    (Lang::En, true, false)
                        if w.chars().any(crate::lang::kk::is_specific_letter) =>
                    {
                        scheme = Some("Kazakh Latin 2021");
                        translit::kk_to_latin(w)
                    }
                    (Lang::En, true, false) => {
                        scheme = Some("BGN/PCGN");
                        translit::ru_to_latin(w)
                    }
                    _ => (*w).to_string(),
                }
            })
            .collect();
        let text = converted.join(" ");
        let terms = terms_of(target, &text);
        // With an index at hand, a transliteration no passage holds is left out: it would only
        // clutter the plan (most words the term base lacks are not names).
        let held = lexicon.is_none_or(|l| l.has_all(target, &terms));
        let concepts: Vec<_> = match scheme {
            Some(_) => how.glossary.lookup(target, &terms).cloned().collect(),
            None => Vec::new(),
        };
        if let (Some(scheme), true) = (scheme, held || !concepts.is_empty()) {
            push(
                group,
                target,
                terms,
                &text,
                Shape::Phrase,
                Origin::Translit(scheme.to_string()),
                TRANSLIT_BOOST,
            );
        }
        for concept in concepts {
            for lang in Lang::ALL {
                for form in concept.forms(lang) {
                    push(
                        group,
                        lang,
                        form.terms.clone(),
                        &form.text,
                        Shape::Phrase,
                        Origin::Glossary(concept.id.clone()),
                        EXPANSION_BOOST,
                    );
                }
            }
        }
        let (Some(lexicon), [word], Some(stems)) = (lexicon, words.as_slice(), &stems) else {
            continue;
        };
        // The word as typed and its stems in each language, so an inflected query word still meets.
        // So is its transliteration stemmed as the target language stems its passages.
        let mut keys: Vec<String> = vec![word.to_string()];
        keys.extend(stems.iter().cloned());
        keys.push(analyze::stem(target, &converted[0]));
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        for term in lexicon.spellings(target, &keys) {
            push(
                group,
                target,
                vec![term.clone()],
                &term,
                Shape::Phrase,
                Origin::Translit("index spelling".to_string()),
                TRANSLIT_BOOST,
            );
        }
    }
}

/// Kazakh piles suffixes on a stem; where the stemmer leaves an inflected form whole
/// (`алынбайтындығын`), the index holds it as a term of its own. Each Kazakh alternative whose last
/// term is a stem of at least [`MIN_TRUNCATED`] letters also searches the index terms extending it by
/// up to [`MAX_SUFFIX`] letters (right truncation, bounded), with the same origin.
fn add_kazakh_extensions(group: &mut Group, lexicon: &Lexicon) {
    let kazakh: Vec<Alternative> = group
        .alternatives
        .iter()
        .filter(|a| a.lang == Lang::Kk && a.shape == Shape::Phrase)
        .cloned()
        .collect();
    for alt in kazakh {
        let Some(last) = alt.terms.last() else {
            continue;
        };
        if last.chars().count() < MIN_TRUNCATED {
            continue;
        }
        // A final voiceless consonant is voiced before a vowel suffix (құқық → құқығы,
        // кітап → кітабы): extend the voiced stem too.
        let mut stems = vec![last.clone()];
        let mut chars: Vec<char> = last.chars().collect();
        if let Some(voiced) = chars.last().and_then(|&c| match c {
            'қ' => Some('ғ'),
            'к' => Some('г'),
            'п' => Some('б'),
            _ => None,
        }) {
            *chars.last_mut().expect("not empty") = voiced;
            stems.push(chars.into_iter().collect());
        }
        let extensions: Vec<String> = stems
            .iter()
            .flat_map(|stem| lexicon.extensions(Lang::Kk, stem, MAX_SUFFIX, MAX_EXTENSIONS))
            .collect();
        for extended in extensions {
            let mut terms = alt.terms.clone();
            *terms.last_mut().expect("not empty") = extended.clone();
            let words: Vec<&str> = alt.text.split_whitespace().collect();
            let text = match words.split_last() {
                Some((_, head)) if !head.is_empty() => format!("{} {extended}", head.join(" ")),
                _ => extended.clone(),
            };
            push(
                group,
                Lang::Kk,
                terms,
                &text,
                Shape::Phrase,
                alt.origin.clone(),
                alt.boost * 0.9,
            );
        }
    }
}

/// Shortest Kazakh stem extended by truncation.
const MIN_TRUNCATED: usize = 5;
/// Longest suffix truncation adds.
const MAX_SUFFIX: usize = 4;
/// Most extensions per alternative.
const MAX_EXTENSIONS: usize = 6;

fn push(
    group: &mut Group,
    lang: Lang,
    terms: Vec<String>,
    text: &str,
    shape: Shape,
    origin: Origin,
    boost: f32,
) {
    if terms.is_empty()
        || group
            .alternatives
            .iter()
            .any(|a| a.lang == lang && a.terms == terms)
    {
        return;
    }
    group.alternatives.push(Alternative {
        lang,
        terms,
        text: text.to_string(),
        shape,
        origin,
        boost,
    });
}

fn terms_of(lang: Lang, text: &str) -> Vec<String> {
    analyze::tokens(lang, text)
        .into_iter()
        .map(|t| t.text)
        .collect()
}

/// A bare word that is a stopword of the languages its script can be.
fn is_stopword_item(item: &Item) -> bool {
    let Item::Word(word) = item else { return false };
    let lower = word.to_lowercase();
    if lower.chars().any(is_cyrillic) {
        Lang::Ru.is_stopword(&lower) || Lang::Kk.is_stopword(&lower)
    } else {
        Lang::En.is_stopword(&lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse::parse;

    fn texts(p: &Plan, lang: Lang) -> Vec<String> {
        p.required[0]
            .alternatives
            .iter()
            .filter(|a| a.lang == lang)
            .map(|a| a.text.clone())
            .collect()
    }

    #[test]
    fn names_outside_the_term_base_are_transliterated() {
        let p = plan("Rasmussen");
        assert!(
            texts(&p, Lang::Ru).contains(&"Расмуссен".to_string()),
            "{p:?}"
        );
        let p = plan("Алматы");
        assert!(texts(&p, Lang::En).contains(&"Almaty".to_string()), "{p:?}");
        let p = plan("Qazaqstan");
        assert!(
            texts(&p, Lang::Kk).contains(&"Қазақстан".to_string()),
            "{p:?}"
        );
        let alt = p.required[0]
            .alternatives
            .iter()
            .find(|a| a.lang == Lang::Kk && a.origin != Origin::Typed)
            .unwrap();
        assert_eq!(alt.origin, Origin::Translit("Kazakh Latin 2021".into()));
        // Known concepts are not transliterated: the term base says how each language writes them.
        let p = plan("partnership");
        assert!(p.required[0]
            .alternatives
            .iter()
            .all(|a| !matches!(a.origin, Origin::Translit(_))));
    }

    #[test]
    fn no_expansion_keeps_the_typed_words_only() {
        let p = expand_with(&parse("partnership").unwrap(), &Expander::none());
        assert!(p.required[0]
            .alternatives
            .iter()
            .all(|a| a.origin == Origin::Typed));
    }

    #[test]
    fn phrases_are_marked_as_phrases() {
        let p = plan("human rights");
        let marks = p.marks(Lang::Ru);
        assert!(
            marks.phrases.iter().any(|ph| ph.terms.len() == 2),
            "{marks:?}"
        );
    }

    fn plan(q: &str) -> Plan {
        expand(&parse(q).unwrap(), Glossary::shipped())
    }

    #[test]
    fn a_word_expands_to_all_three_languages() {
        let p = plan("partnership");
        let alts = &p.required[0].alternatives;
        for lang in Lang::ALL {
            assert!(
                alts.iter()
                    .any(|a| a.lang == lang && a.origin != Origin::Typed),
                "{lang}: {alts:?}"
            );
        }
        assert!(alts
            .iter()
            .any(|a| a.lang == Lang::Kk && a.text == "әріптестік"));
    }

    #[test]
    fn bare_words_naming_a_concept_merge() {
        let p = plan("human rights Kazakhstan");
        assert_eq!(p.required.len(), 2, "{:?}", p.required);
        assert_eq!(p.required[0].typed, "human rights");
        let ru = p.required[0]
            .alternatives
            .iter()
            .find(|a| a.lang == Lang::Ru && a.shape == Shape::Phrase);
        assert!(
            ru.is_some_and(|a| a.terms.len() == 2),
            "{:?}",
            p.required[0]
        );
    }

    #[test]
    fn stopwords_do_not_constrain() {
        let p = plan("the treaty");
        assert_eq!(p.required.len(), 1);
        assert_eq!(p.stopwords.len(), 1);
        assert_eq!(plan("the").required.len(), 1);
    }
}
