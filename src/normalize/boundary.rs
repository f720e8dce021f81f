//! Letters at a joint: do the letters on either side of a space look like the end of one word and
//! the start of the next, or like the inside of a word?
//!
//! Running text answers it. In the prior lines ([`lexicon::prior_lines`]) every place between two
//! letters of a word is an inside, every space between two words a boundary; each is counted under
//! the last two letters before it and the first two after it, and under coarser contexts (one
//! letter each side, one side alone). A joint of damaged text then gets the log odds of inside
//! against boundary, relative to how often places are insides at all: Russian words seldom end in
//! `йг` (`Тайг ером` is one name), Kazakh words seldom start with `ғы` (`айма ғы ның`).
//!
//! Kazakh's prior lines are few, so its word frequency list ([`lexicon::frequency_list`]) adds to
//! them: the insides of each listed word, weighted by how often it is used, and boundaries from how
//! often words end and begin in given letters (the end of one word taken as independent of the
//! start of the next).
//!
//! The counting is `letter_counts`'s, done when trilingua is built; a process reads the counts.

use std::sync::LazyLock;

use super::letter_counts::Counts;
use crate::lang::Lang;

/// The counts of `lang` (Kazakh or Russian) from its prior lines ([`super::lexicon::prior_lines`])
/// and its frequency list ([`super::lexicon::frequency_list`]) weighing `weight`
/// (`letter_counts::list_weight`),
/// counted now: what `build.rs` counts and lays out.
#[cfg(test)]
fn learn(lang: Lang, weight: f32) -> Counts {
    use super::{letter_counts, lexicon};
    Counts::learn(
        lexicon::prior_lines(lang),
        lexicon::frequency_list(lang),
        weight,
        letter_counts::smooth_weight(lang == Lang::Kk),
    )
}

static KK: LazyLock<Counts> =
    LazyLock::new(|| Counts::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/kk.boundary"))));
static RU: LazyLock<Counts> =
    LazyLock::new(|| Counts::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/ru.boundary"))));

/// Counts the places of `lang` now, rather than at the first joint asked about.
pub(crate) fn load(lang: Lang) {
    super::force_for(lang, &KK, &RU);
}

/// The evidence that the space between lowercase letters `before` (read backwards from the space)
/// and `after` is inside a word, in text of `lang` (Kazakh or Russian): positive where the letters
/// around it are likelier inside a word than at a boundary, negative where at a boundary.
pub(crate) fn inside_odds(lang: Lang, before: &[char], after: &[char]) -> f32 {
    let counts = match lang {
        Lang::Kk => &*KK,
        Lang::Ru => &*RU,
        _ => return 0.0,
    };
    if before.is_empty() || after.is_empty() {
        return 0.0;
    }
    counts.inside_odds(before, after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn odds(lang: Lang, before: &str, after: &str) -> f32 {
        let b: Vec<char> = before.chars().rev().collect();
        let a: Vec<char> = after.chars().collect();
        inside_odds(lang, &b, &a)
    }

    #[test]
    fn letters_that_seldom_end_a_word_read_as_inside() {
        // Kazakh words do not start with `ғы`; Russian words seldom end in `йг`.
        assert!(odds(Lang::Kk, "айма", "ғының") > 1.0);
        assert!(odds(Lang::Ru, "тайг", "ером") > 0.5);
    }

    #[test]
    fn odds_are_finite_for_every_pair_of_letters() {
        // Large counts once rounded a share to 1 and the odds to infinity (`д` + `е`).
        let letters: Vec<char> = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә"
            .chars()
            .collect();
        for lang in [Lang::Kk, Lang::Ru] {
            for &b in &letters {
                for &a in &letters {
                    let o = inside_odds(lang, &[b], &[a]);
                    assert!(o.is_finite(), "{lang:?} {b}|{a}: {o}");
                }
            }
        }
    }

    #[test]
    fn the_word_list_shows_insides_the_prior_lines_never_do() {
        // `дереккөзі` ("source"), `облыс` ("region"), `әдебиет` ("literature"): common words the
        // prior lines of news never write, so their letters there are left to coarser contexts.
        let with = &*KK;
        let without = learn(Lang::Kk, 0.0);
        for (before, after) in [("дере", "ккөзі"), ("об", "лыс"), ("әде", "биет")]
        {
            let b: Vec<char> = before.chars().rev().collect();
            let a: Vec<char> = after.chars().collect();
            let (w, wo) = (with.inside_odds(&b, &a), without.inside_odds(&b, &a));
            assert!(
                w > 1.0 && w > wo + 0.5,
                "{before}|{after}: {w} with the list, {wo} without"
            );
        }
        // A boundary the list shows as often as the prior lines: a case ending, then `және`.
        let (b, a): (Vec<char>, Vec<char>) =
            ("елдердің".chars().rev().collect(), "және".chars().collect());
        assert!(with.inside_odds(&b, &a) < 0.0);
    }

    #[test]
    fn the_counts_laid_out_by_the_build_are_those_counted_now() {
        for (lang, laid_out) in [(Lang::Kk, &*KK), (Lang::Ru, &*RU)] {
            let counted = learn(
                lang,
                super::super::letter_counts::list_weight(lang == Lang::Kk),
            );
            assert!(counted.places() > 50_000.0, "{lang:?}");
            assert_eq!(*laid_out, counted, "{lang:?}");
            assert_eq!(Counts::from_bytes(&counted.to_bytes()), counted);
        }
    }

    #[test]
    fn word_edges_read_as_boundaries() {
        // A plural genitive then a word starting with a consonant cluster; a Kazakh case ending
        // then the conjunction `және`.
        assert!(odds(Lang::Ru, "стран", "сотрудничают") < odds(Lang::Ru, "стра", "нсо"));
        assert!(odds(Lang::Kk, "елдердің", "және") < 0.0);
    }
}
