//! Letters at a joint: do the letters on either side of a space look like the end of one word and
//! the start of the next, or like the inside of a word?
//!
//! Running text answers it. In the prior lines ([`lexicon::prior_lines`]) every place between two
//! letters of a word is an inside, every space between two words a boundary; each is counted under
//! the last two letters before it and the first two after it, and under coarser contexts (one
//! letter each side, one side alone). A joint of damaged text then gets the log odds of inside
//! against boundary, relative to how often places are insides at all: Russian words seldom end in
//! `йг` (`Тайг ером` is one name), Kazakh words seldom start with `ғы` (`айма ғы ның`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use super::lexicon;
use crate::lang::{is_cyrillic, is_letter, push_lower, Lang};

/// Letters looked at on each side, at most.
const SIDE: usize = 2;

/// Weight of the coarser estimate against a finer context's own counts (additive smoothing
/// towards it).
const SMOOTH: f32 = 4.0;

/// Letters before and after a place (the nearest first on each side; `\0` where shorter).
type Context = ([char; SIDE], [char; SIDE]);

/// Counts of (inside, boundary) per context, at every coarseness.
#[derive(Default)]
struct Counts {
    table: HashMap<Context, (u32, u32)>,
    inside: u32,
    boundary: u32,
}

/// The contexts a place is counted under, finest first: two letters each side, one each side,
/// then two before alone and two after alone.
fn contexts(before: &[char], after: &[char]) -> [Context; 4] {
    let take = |s: &[char], n: usize| {
        let mut out = ['\0'; SIDE];
        for (slot, &c) in out.iter_mut().zip(s.iter().take(n)) {
            *slot = c;
        }
        out
    };
    let none = ['\u{1}'; SIDE];
    [
        (take(before, 2), take(after, 2)),
        (take(before, 1), take(after, 1)),
        (take(before, 2), none),
        (none, take(after, 2)),
    ]
}

impl Counts {
    // Inlined into `learn`, its one caller, which counts some 200,000 places per language: left
    // a call, the build's inlining choices made loading the counts a fifth dearer.
    #[inline(always)]
    fn add(&mut self, before: &[char], after: &[char], inside: bool) {
        for c in contexts(before, after) {
            let e = self.table.entry(c).or_default();
            if inside {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        if inside {
            self.inside += 1;
        } else {
            self.boundary += 1;
        }
    }

    fn learn(lang: Lang) -> Counts {
        let mut counts = Counts::default();
        // Room for the contexts of the prior lines (some 16,000 in either language): the table
        // never grows by rehashing.
        counts.table.reserve(20_000);
        let is_cyrillic_letter = |c: char| is_cyrillic(c) && is_letter(c);
        // The lowercase letters of a line's words side by side, where each word ends, and a word
        // read backwards: made once, kept for every line.
        let (mut letters, mut ends, mut back): (Vec<char>, Vec<usize>, Vec<char>) =
            Default::default();
        let mut lowered = String::new();
        for line in lexicon::prior_lines(lang) {
            letters.clear();
            ends.clear();
            for w in line.split_whitespace() {
                lowered.clear();
                push_lower(&mut lowered, w);
                letters.extend(lowered.chars());
                ends.push(letters.len());
            }
            for n in 0..ends.len() {
                let w = &letters[if n == 0 { 0 } else { ends[n - 1] }..ends[n]];
                // The word read backwards: the letters before a place, nearest first.
                back.clear();
                back.extend(w.iter().rev());
                if w.iter().all(|&c| is_cyrillic_letter(c)) {
                    // Every place inside the word.
                    for at in 1..w.len() {
                        counts.add(&back[w.len() - at..], &w[at..], true);
                    }
                }
                // The space to the next word, when both sides are letters.
                if let Some(&next_end) = ends.get(n + 1) {
                    let next = &letters[ends[n]..next_end];
                    let ends_in_letter = w.last().is_some_and(|&c| is_cyrillic_letter(c));
                    let starts = next.first().is_some_and(|&c| is_cyrillic_letter(c));
                    if ends_in_letter && starts {
                        counts.add(&back, next, false);
                    }
                }
            }
        }
        counts
    }

    /// The log odds of inside against boundary in this context, less the log odds over all places.
    fn inside_odds(&self, before: &[char], after: &[char]) -> f32 {
        let all = (self.inside as f32 + 1.0) / ((self.inside + self.boundary) as f32 + 2.0);
        let get = |c: &Context| self.table.get(c).copied().unwrap_or((0, 0));
        let [fine, one, left, right] = contexts(before, after);
        // Each side alone, smoothed towards the overall rate, then one letter each side towards
        // the mean of the sides, then two each side towards that.
        let smooth = |(i, b): (u32, u32), towards: f32| {
            (i as f32 + SMOOTH * towards) / ((i + b) as f32 + SMOOTH)
        };
        let sides = 0.5 * (smooth(get(&left), all) + smooth(get(&right), all));
        let p = smooth(get(&fine), smooth(get(&one), sides));
        // Counts in the hundreds of thousands round a smoothed share to exactly 1 in `f32`: kept
        // inside (0, 1), so that the odds stay finite.
        let logit = |p: f32| {
            let p = p.clamp(1e-6, 1.0 - 1e-6);
            (p / (1.0 - p)).ln()
        };
        logit(p) - logit(all)
    }
}

static COUNTS: LazyLock<[Counts; 2]> =
    LazyLock::new(|| [Counts::learn(Lang::Kk), Counts::learn(Lang::Ru)]);

/// Counts the prior lines now, rather than at the first joint asked about.
pub(crate) fn load() {
    LazyLock::force(&COUNTS);
}

/// The evidence that the space between lowercase letters `before` (read backwards from the space)
/// and `after` is inside a word, in text of `lang` (Kazakh or Russian): positive where the letters
/// around it are likelier inside a word than at a boundary, negative where at a boundary.
pub(crate) fn inside_odds(lang: Lang, before: &[char], after: &[char]) -> f32 {
    let counts = match lang {
        Lang::Kk => &COUNTS[0],
        Lang::Ru => &COUNTS[1],
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
    fn word_edges_read_as_boundaries() {
        // A plural genitive then a word starting with a consonant cluster; a Kazakh case ending
        // then the conjunction `және`.
        assert!(odds(Lang::Ru, "стран", "сотрудничают") < odds(Lang::Ru, "стра", "нсо"));
        assert!(odds(Lang::Kk, "елдердің", "және") < 0.0);
    }
}
