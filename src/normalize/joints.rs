//! Joints: every whitespace gap between two chunks of text, and what becomes of it. Most gaps fold to
//! one space; a line-break hyphen is joined (`ter-`/`rorism` → `terrorism`) or kept as a compound
//! (`Nato-`/`led` → `Nato-led`).

use std::ops::Range;

use super::lexicon::Vocabulary;
use super::offsets::{Builder, OffsetMap};

/// What a gap between two chunks becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joint {
    /// Folded to one space: the chunks are separate words.
    Space,
    /// Removed: the chunks are one word (a syllable split).
    Join,
    /// The hyphen ending the left chunk and the line break after it are removed: one word.
    JoinDropHyphen,
    /// The line break after a hyphen is removed, the hyphen stays: a compound.
    KeepHyphen,
}

/// A decision on one gap, with its reason, for `normalize --explain`.
#[derive(Clone, Debug)]
pub struct Decision {
    /// The gap's byte range in the text given to [`super::normalize`].
    pub source: Range<usize>,
    /// The chunk before the gap.
    pub left: String,
    /// The chunk after the gap.
    pub right: String,
    /// The repaired word (or words, for a kept space) around the gap.
    pub word: String,
    /// What became of the gap.
    pub joint: Joint,
    /// Why.
    pub reason: &'static str,
}

/// A maximal run of non-whitespace in the text.
#[derive(Clone, Debug)]
pub(crate) struct Chunk {
    pub(crate) range: Range<usize>,
}

pub(crate) fn chunks(text: &str) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Chunk { range: s..i });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Chunk {
            range: s..text.len(),
        });
    }
    out
}

/// Decides the gap after each chunk but the last (`decisions[i]` is the gap between chunk i and i+1).
pub(crate) fn decide(
    text: &str,
    chunks: &[Chunk],
    vocab: &Vocabulary,
) -> Vec<(Joint, &'static str)> {
    let mut out: Vec<(Joint, &'static str)> = chunks
        .windows(2)
        .map(|w| line_break_hyphen(text, &w[0], &w[1], vocab))
        .collect();
    super::syllables::repair_runs(text, chunks, &mut out, vocab);
    out
}

/// The rule for a gap after a chunk ending in a hyphen at a line break.
fn line_break_hyphen(
    text: &str,
    left: &Chunk,
    right: &Chunk,
    vocab: &Vocabulary,
) -> (Joint, &'static str) {
    let l = &text[left.range.clone()];
    let r = &text[right.range.clone()];
    let gap = &text[left.range.end..right.range.start];
    if !l.ends_with('-') || l.len() < 2 || !broken_at_hyphen(gap, r) {
        return (Joint::Space, "space");
    }
    let before = l[..l.len() - 1].chars().next_back().unwrap_or(' ');
    let after = r.chars().next().unwrap_or(' ');
    // A letter or a digit on each side: `ter-`/`rorism`, `31-`/`27`, `COVID-`/`19`, `5-`/`year`.
    let word_char = |c: char| crate::lang::is_letter(c) || c.is_numeric();
    if !word_char(before) || !word_char(after) {
        return (Joint::Space, "space");
    }
    super::hyphens::decide(&l[..l.len() - 1], r, vocab)
}

/// Words after which a hyphen and a space are a suspended compound, not a broken word (`pre- and
/// post-war`, `двух- и трёхсторонний`, `екі- немесе үшжақты`).
const SUSPENDING: &[&str] = &[
    "and",
    "or",
    "nor",
    "to",
    "и",
    "или",
    "либо",
    "а",
    "және",
    "немесе",
    "не",
    "әрі",
    "мен",
];

/// Whether a gap after a chunk ending in a hyphen is where a line broke: a line break, or a single
/// space where an extractor joined the lines (`ter- rorism`, `қой ыл- ған`), unless the chunk after
/// it continues a suspended compound.
pub(crate) fn broken_at_hyphen(gap: &str, right: &str) -> bool {
    if gap.contains('\n') {
        return true;
    }
    let word = right.trim_end_matches(|c: char| !crate::lang::is_letter(c));
    gap == " " && !SUSPENDING.contains(&crate::lang::lower(word).as_str())
}

/// Applies the decisions: the repaired text and its map back to `text`.
pub(crate) fn apply(
    text: &str,
    chunks: &[Chunk],
    joints: &[(Joint, &'static str)],
) -> (String, OffsetMap) {
    let mut b = Builder::with_capacity(text.len());
    for (i, chunk) in chunks.iter().enumerate() {
        let joint = if i + 1 < chunks.len() {
            joints[i].0
        } else {
            Joint::Space
        };
        let gap = chunk.range.end..chunks.get(i + 1).map_or(chunk.range.end, |c| c.range.start);
        match joint {
            Joint::JoinDropHyphen => {
                let hyphen = chunk.range.end - 1;
                b.copy(chunk.range.start, &text[chunk.range.start..hyphen]);
                b.replace(hyphen..gap.end, "");
            }
            _ => {
                b.copy(chunk.range.start, &text[chunk.range.clone()]);
                if gap.is_empty() {
                    continue;
                }
                match joint {
                    Joint::Space if &text[gap.clone()] == " " => b.copy(gap.start, " "),
                    Joint::Space => b.replace(gap, " "),
                    _ => b.replace(gap, ""),
                }
            }
        }
    }
    debug_assert!(!b.text().ends_with(' '));
    b.finish()
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn a_hyphen_before_a_space_breaks_a_word_where_lines_were_joined() {
        assert_eq!(
            normalize("threats posed by ter- rorism and Nato- led forces").text,
            "threats posed by terrorism and NATO-led forces"
        );
        assert_eq!(
            normalize("бей біт ші лік қой ыл- ған").text,
            "бейбітшілік қойылған"
        );
        // A suspended compound keeps its hyphen and its space.
        assert_eq!(
            normalize("pre- and post-war plans, двух- и трёхсторонние").text,
            "pre- and post-war plans, двух- и трёхсторонние"
        );
    }

    #[test]
    fn a_number_s_hyphen_at_a_line_end_stays() {
        assert_eq!(
            normalize("won 31-\n27 with a 5-\nyear-old, к 20-\nлетнему юбилею").text,
            "won 31-27 with a 5-year-old, к 20-летнему юбилею"
        );
    }
}
