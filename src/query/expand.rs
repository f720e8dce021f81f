//! Cross-lingual expansion: each thing the user asked for becomes alternatives in every language —
//! the typed words analyzed for each language, and the forms of the term-base concepts they name.
//! The plan keeps where each alternative came from, for `expand` and `search --explain`.

use crate::analyze;
use crate::lang::{is_cyrillic, Lang};

use super::glossary::Glossary;
use super::parse::{Item, ParsedQuery};

/// Where an alternative came from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "concept", rename_all = "lowercase")]
pub enum Origin {
    /// The user's own words.
    Typed,
    /// A term-base concept (its id).
    Glossary(String),
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

impl Plan {
    /// Every alternative of required, stopword and excluded groups in `lang`.
    pub fn terms_for(&self, lang: Lang) -> impl Iterator<Item = &str> {
        self.required
            .iter()
            .chain(&self.stopwords)
            .flat_map(|g| &g.alternatives)
            .filter(move |a| a.lang == lang)
            .flat_map(|a| a.terms.iter().map(String::as_str))
    }
}

/// Expands a parsed query with the term base.
pub fn expand(parsed: &ParsedQuery, glossary: &Glossary) -> Plan {
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
            if let Some(group) = concept_group(&words, glossary) {
                plan.required.push(group);
                i += n;
                merged = true;
                break;
            }
        }
        if merged {
            continue;
        }
        let group = item_group(&groups[i], glossary);
        if groups[i].len() == 1 && is_stopword_item(&groups[i][0]) {
            plan.stopwords.push(group);
        } else {
            plan.required.push(group);
        }
        i += 1;
    }
    if plan.required.is_empty() {
        // A query of stopwords only still searches for them.
        plan.required = std::mem::take(&mut plan.stopwords);
    }
    plan.excluded = parsed
        .excluded
        .iter()
        .map(|item| item_group(std::slice::from_ref(item), glossary))
        .collect();
    plan
}

/// A group for bare words that together are a term-base form; `None` when they are not one.
fn concept_group(words: &[&str], glossary: &Glossary) -> Option<Group> {
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

fn item_group(items: &[Item], glossary: &Glossary) -> Group {
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
    add_concepts(&mut group, glossary);
    group
}

/// Adds the forms of every concept named by a typed alternative of the group.
fn add_concepts(group: &mut Group, glossary: &Glossary) {
    let typed: Vec<(Lang, Vec<String>)> = group
        .alternatives
        .iter()
        .map(|a| (a.lang, a.terms.clone()))
        .collect();
    for (lang, terms) in typed {
        let concepts: Vec<_> = glossary.lookup(lang, &terms).cloned().collect();
        for concept in concepts {
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
}

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
