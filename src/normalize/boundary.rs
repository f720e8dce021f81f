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

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use super::lexicon;
use crate::lang::{is_cyrillic, is_letter, push_lower, Lang};

/// Letters looked at on each side, at most.
const SIDE: usize = 2;

/// Weight of the coarser estimate against a finer context's own counts (additive smoothing
/// towards it), in text of `lang`. Kazakh's counts, the frequency list's added, trust a context's
/// own counts more: chosen on NTREX lines 701–1000 with the list (0.5 to 16 tried), Kazakh words
/// right went from 97.64% to 97.73% at 1 against 4, at every syllable from 96.87% to 96.93%, cut at
/// letters from 97.77% to 97.86%; held out (lines 1001–1997) from 97.39% to 97.44%. Russian, at 1,
/// lost (tune 99.27% to 99.23%, at every syllable 98.61% to 98.56%) and stays at 4.
fn smooth_weight(lang: Lang) -> f32 {
    match lang {
        Lang::Kk => 1.0,
        _ => 4.0,
    }
}

/// How much the word frequency list of `lang` weighs against the prior lines, as a share of their
/// places. Kazakh's prior lines are some 12,000 words of news; the list (the 39,000 words of
/// Tesseract's 55,000 most frequent web tokens) shows far more of how words are built. Chosen on
/// NTREX lines 701–1000 (0.3 to 10 tried, 1 to 3 about equal): Kazakh words right went from 97.53%
/// to 97.64%, cut at letters from 97.64% to 97.77%, at every syllable from 96.89% to 96.87%; held
/// out (lines 1001–1997), from 97.35% to 97.39% (`examples/repair_accuracy.rs`, three seeds).
/// Russian's prior lines serve it as well as wordfreq's list (its tune words right fell from
/// 99.27% to 99.22% with the list at 1), so Russian reads none.
fn list_weight(lang: Lang) -> f32 {
    match lang {
        Lang::Kk => 1.0,
        _ => 0.0,
    }
}

/// Letters before and after a place (the nearest first on each side; `\0` where shorter).
type Context = ([char; SIDE], [char; SIDE]);

/// The marker of a side a context leaves out.
const NONE: [char; SIDE] = ['\u{1}'; SIDE];

/// Counts of (inside, boundary) per context, at every coarseness (pseudo-counts where the
/// frequency list adds to them).
#[derive(Default)]
struct Counts {
    table: HashMap<Context, (f32, f32)>,
    inside: f32,
    boundary: f32,
    /// [`smooth_weight`] of the language.
    smooth: f32,
    /// The boundaries the frequency list adds, read off how often words end and begin so.
    edges: Edges,
}

/// How often listed words end and begin in given letters, as shares of their uses, and how many
/// boundaries they weigh in all.
#[derive(Default)]
struct Edges {
    /// Per last two letters (the last first), and per last letter.
    end2: HashMap<[char; SIDE], f32>,
    end1: HashMap<char, f32>,
    /// Per first two letters, and per first letter.
    start2: HashMap<[char; SIDE], f32>,
    start1: HashMap<char, f32>,
    boundaries: f32,
}

impl Edges {
    /// The boundaries in each of the contexts of `fine` ([`contexts`]), finest first.
    fn boundaries(&self, (before, after): Context) -> [f32; 4] {
        if self.boundaries == 0.0 {
            return [0.0; 4];
        }
        let two =
            |m: &HashMap<[char; SIDE], f32>, k: &[char; SIDE]| m.get(k).copied().unwrap_or(0.0);
        let one = |m: &HashMap<char, f32>, k: char| m.get(&k).copied().unwrap_or(0.0);
        let (end, start) = (two(&self.end2, &before), two(&self.start2, &after));
        [
            end * start,
            one(&self.end1, before[0]) * one(&self.start1, after[0]),
            end,
            start,
        ]
        .map(|share| share * self.boundaries)
    }
}

/// Whether `c` is a Cyrillic letter: places are counted only between them.
fn is_cyrillic_letter(c: char) -> bool {
    is_cyrillic(c) && is_letter(c)
}

/// The letters of a place, two each side at most: the finest context.
fn fine(before: &[char], after: &[char]) -> Context {
    let take = |s: &[char]| {
        let mut out = ['\0'; SIDE];
        for (slot, &c) in out.iter_mut().zip(s) {
            *slot = c;
        }
        out
    };
    (take(before), take(after))
}

/// The contexts a place is counted under, finest first: two letters each side, one each side,
/// then two before alone and two after alone.
fn contexts((before, after): Context) -> [Context; 4] {
    [
        (before, after),
        ([before[0], '\0'], [after[0], '\0']),
        (before, NONE),
        (NONE, after),
    ]
}

impl Counts {
    fn learn(lang: Lang) -> Counts {
        Counts::learn_with(lang, list_weight(lang))
    }

    /// The counts of `lang`, its frequency list weighing `weight` ([`list_weight`]).
    fn learn_with(lang: Lang, weight: f32) -> Counts {
        // (inside, boundary) per finest context; the coarser ones are their sums.
        let mut fine_counts: HashMap<Context, (f32, f32)> = HashMap::default();
        // Room for the contexts of the prior lines (fewer than 16,000 in either language): the
        // table never grows by rehashing.
        fine_counts.reserve(20_000);
        let (mut inside, mut boundary) = (0u32, 0u32);
        let mut add = |before: &[char], after: &[char], is_inside: bool| {
            let e = fine_counts.entry(fine(before, after)).or_default();
            if is_inside {
                e.0 += 1.0;
                inside += 1;
            } else {
                e.1 += 1.0;
                boundary += 1;
            }
        };
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
                        add(&back[w.len() - at..], &w[at..], true);
                    }
                }
                // The space to the next word, when both sides are letters.
                if let Some(&next_end) = ends.get(n + 1) {
                    let next = &letters[ends[n]..next_end];
                    let ends_in_letter = w.last().is_some_and(|&c| is_cyrillic_letter(c));
                    let starts = next.first().is_some_and(|&c| is_cyrillic_letter(c));
                    if ends_in_letter && starts {
                        add(&back, next, false);
                    }
                }
            }
        }
        let mut counts = Counts {
            inside: inside as f32,
            boundary: boundary as f32,
            smooth: smooth_weight(lang),
            ..Counts::default()
        };
        if weight > 0.0 {
            let places = weight * (counts.inside + counts.boundary);
            counts.add_list(lang, places, &mut fine_counts);
        }
        counts.table.reserve(fine_counts.len() * 2);
        for (context, (i, b)) in fine_counts {
            for c in contexts(context) {
                let e = counts.table.entry(c).or_default();
                e.0 += i;
                e.1 += b;
            }
        }
        counts
    }

    /// Adds the frequency list's insides to `fine_counts` and its boundaries to `self.edges`, all
    /// its places weighing `places`.
    fn add_list(
        &mut self,
        lang: Lang,
        places: f32,
        fine_counts: &mut HashMap<Context, (f32, f32)>,
    ) {
        let mut insides: HashMap<Context, f64> = HashMap::default();
        // Room for the Kazakh list's contexts (some 31,000).
        insides.reserve(40_000);
        let mut edges: [HashMap<[char; SIDE], f64>; 2] = Default::default();
        let (mut inside, mut uses) = (0.0f64, 0.0f64);
        let (mut w, mut back): (Vec<char>, Vec<char>) = Default::default();
        // Uses per million words of the words of one Zipf value (the list holds them together).
        let (mut at_zipf, mut f) = (None, 0.0);
        for (word, zipf) in lexicon::frequency_list(lang) {
            // The lists are lowercase already.
            w.clear();
            w.extend(word.chars());
            if w.is_empty() || !w.iter().all(|&c| is_cyrillic_letter(c)) {
                continue;
            }
            back.clear();
            back.extend(w.iter().rev());
            if at_zipf != Some(zipf) {
                at_zipf = Some(zipf);
                f = 10f64.powf(f64::from(zipf) / 100.0 - 3.0);
            }
            for at in 1..w.len() {
                *insides
                    .entry(fine(&back[w.len() - at..], &w[at..]))
                    .or_default() += f;
            }
            inside += f * (w.len() - 1) as f64;
            uses += f;
            let (end, start) = fine(&back, &w);
            *edges[0].entry(end).or_default() += f;
            *edges[1].entry(start).or_default() += f;
        }
        if uses == 0.0 {
            return;
        }
        // Every use of a word ends at a boundary.
        let scale = f64::from(places) / (inside + uses);
        for (context, n) in insides {
            fine_counts.entry(context).or_default().0 += (n * scale) as f32;
        }
        let share2 = |m: &HashMap<[char; SIDE], f64>| -> HashMap<[char; SIDE], f32> {
            m.iter().map(|(&k, &v)| (k, (v / uses) as f32)).collect()
        };
        // Per nearest letter: the sums over the second.
        let share1 = |m: &HashMap<[char; SIDE], f64>| -> HashMap<char, f32> {
            let mut one = HashMap::<char, f32>::default();
            for (&k, &v) in m {
                *one.entry(k[0]).or_default() += (v / uses) as f32;
            }
            one
        };
        self.edges = Edges {
            end2: share2(&edges[0]),
            start2: share2(&edges[1]),
            end1: share1(&edges[0]),
            start1: share1(&edges[1]),
            boundaries: (uses * scale) as f32,
        };
        self.inside += (inside * scale) as f32;
        self.boundary += (uses * scale) as f32;
    }

    /// The log odds of inside against boundary in this context, less the log odds over all places.
    fn inside_odds(&self, before: &[char], after: &[char]) -> f32 {
        let all = (self.inside + 1.0) / (self.inside + self.boundary + 2.0);
        let context = fine(before, after);
        let listed = self.edges.boundaries(context);
        let mut counted = [(0.0, 0.0); 4];
        for (n, c) in contexts(context).iter().enumerate() {
            let (i, b) = self.table.get(c).copied().unwrap_or((0.0, 0.0));
            counted[n] = (i, b + listed[n]);
        }
        let [fine, one, left, right] = counted;
        // Each side alone, smoothed towards the overall rate, then one letter each side towards
        // the mean of the sides, then two each side towards that.
        let weight = self.smooth;
        let smooth = |(i, b): (f32, f32), towards: f32| (i + weight * towards) / (i + b + weight);
        let sides = 0.5 * (smooth(left, all) + smooth(right, all));
        let p = smooth(fine, smooth(one, sides));
        // Counts in the hundreds of thousands round a smoothed share to exactly 1 in `f32`: kept
        // inside (0, 1), so that the odds stay finite.
        let logit = |p: f32| {
            let p = p.clamp(1e-6, 1.0 - 1e-6);
            (p / (1.0 - p)).ln()
        };
        logit(p) - logit(all)
    }
}

static KK: LazyLock<Counts> = LazyLock::new(|| Counts::learn(Lang::Kk));
static RU: LazyLock<Counts> = LazyLock::new(|| Counts::learn(Lang::Ru));

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
        let without = Counts::learn_with(Lang::Kk, 0.0);
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
    fn word_edges_read_as_boundaries() {
        // A plural genitive then a word starting with a consonant cluster; a Kazakh case ending
        // then the conjunction `және`.
        assert!(odds(Lang::Ru, "стран", "сотрудничают") < odds(Lang::Ru, "стра", "нсо"));
        assert!(odds(Lang::Kk, "елдердің", "және") < 0.0);
    }
}
