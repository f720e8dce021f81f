//! Snippets: the window of a passage that best shows why it matched, with the matched words marked.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::analyze;
use crate::lang::Lang;

/// A window of a passage and the character ranges of the matched words in it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Snippet {
    /// The window's text (with `…` where it was cut).
    pub text: String,
    /// Highlighted ranges, in characters (not bytes) of `text`.
    pub highlights: Vec<Range<usize>>,
}

/// What to highlight in a passage: index terms wherever they occur, and phrases (runs of index
/// terms) only where their words stand next to each other in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// Terms marked wherever they occur.
    pub terms: FxHashSet<String>,
    /// Term sequences marked only where they occur as a phrase.
    pub phrases: Vec<PhraseMark>,
}

/// A phrase to mark: its terms, in order, with at most `slop` other words among them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseMark {
    /// The phrase's index terms.
    pub terms: Vec<String>,
    /// How many other words may stand among them in all.
    pub slop: u32,
}

impl PhraseMark {
    /// Marks the token indices of an occurrence starting at token `start`, if there is one;
    /// `tokens` and `terms` hold term numbers (`None`: a word asked for nowhere).
    fn mark_at(&self, terms: &[u32], tokens: &[Option<u32>], start: usize, hit: &mut [bool]) {
        let Some((&first, rest)) = terms.split_first() else {
            return;
        };
        if tokens[start] != Some(first) {
            return;
        }
        let mut budget = self.slop as usize;
        let mut last = start;
        let mut found = Vec::with_capacity(rest.len());
        for &term in rest {
            let Some(next) =
                (last + 1..tokens.len().min(last + 2 + budget)).find(|&j| tokens[j] == Some(term))
            else {
                return;
            };
            budget -= next - last - 1;
            found.push(next);
            last = next;
        }
        hit[start] = true;
        for j in found {
            hit[j] = true;
        }
    }
}

impl Marks {
    /// Marks for single terms.
    pub fn of_terms<'a>(terms: impl IntoIterator<Item = &'a str>) -> Marks {
        Marks {
            terms: terms.into_iter().map(str::to_string).collect(),
            phrases: Vec::new(),
        }
    }

    fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.phrases.is_empty()
    }
}

/// Byte ranges of the words of `text` (analyzed in `lang`, so inflected forms count) that `marks`
/// asks for, in order and without overlaps.
pub fn matched_words(text: &str, lang: Lang, marks: &Marks) -> Vec<Range<usize>> {
    if marks.is_empty() {
        return Vec::new();
    }
    // Every term asked for gets a number, and tokens are compared by number; a term marked
    // wherever it occurs is flagged.
    let mut numbers: FxHashMap<&str, u32> = FxHashMap::default();
    fn number<'t>(numbers: &mut FxHashMap<&'t str, u32>, term: &'t str) -> u32 {
        let next = numbers.len() as u32;
        *numbers.entry(term).or_insert(next)
    }
    let mut anywhere: Vec<bool> = Vec::new();
    for term in &marks.terms {
        let n = number(&mut numbers, term) as usize;
        anywhere.resize(numbers.len(), false);
        anywhere[n] = true;
    }
    let phrases: Vec<Vec<u32>> = marks
        .phrases
        .iter()
        .map(|p| p.terms.iter().map(|t| number(&mut numbers, t)).collect())
        .collect();
    anywhere.resize(numbers.len(), false);
    let mut initials: Vec<char> = numbers.keys().filter_map(|t| t.chars().next()).collect();
    initials.sort_unstable();
    initials.dedup();
    // Words are only stemmed where their first letter is a term's (see `analyze::scan`).
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut tokens: Vec<Option<u32>> = Vec::new();
    analyze::scan(lang, text, &initials, |t| {
        let starts = t.text.chars().next().is_some_and(|c| initials.contains(&c));
        tokens.push(if starts {
            numbers.get(t.text.as_str()).copied()
        } else {
            None
        });
        spans.push(t.offset_from..t.offset_to);
    });
    let mut hit: Vec<bool> = tokens
        .iter()
        .map(|n| n.is_some_and(|n| anywhere[n as usize]))
        .collect();
    if !phrases.is_empty() {
        for start in 0..tokens.len() {
            if tokens[start].is_none() {
                continue;
            }
            for (phrase, terms) in marks.phrases.iter().zip(&phrases) {
                phrase.mark_at(terms, &tokens, start, &mut hit);
            }
        }
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for span in spans
        .into_iter()
        .zip(hit)
        .filter(|(_, h)| *h)
        .map(|(s, _)| s)
    {
        // Parts of one hyphenated word (`co-operation`) make one highlight.
        match out.last_mut() {
            Some(last) if text[last.end..span.start].chars().all(|c| c == '-') => {
                last.end = span.end
            }
            _ => out.push(span),
        }
    }
    out
}

/// The best window of at most about `width` characters of `text`, with highlights.
pub fn snippet(text: &str, lang: Lang, marks: &Marks, width: usize) -> Snippet {
    let matches = matched_words(text, lang, marks);
    let total_chars = text.chars().count();
    let (start, end) = if total_chars <= width {
        (0, text.len())
    } else {
        window(text, &matches, width)
    };
    let mut out = String::new();
    let mut prefix_chars = 0;
    if start > 0 {
        out.push('…');
        prefix_chars = 1;
    }
    out.push_str(&text[start..end]);
    if end < text.len() {
        out.push('…');
    }
    let highlights = matches
        .into_iter()
        .filter(|m| m.start >= start && m.end <= end)
        .map(|m| {
            let from = prefix_chars + text[start..m.start].chars().count();
            from..from + text[m.clone()].chars().count()
        })
        .collect();
    Snippet {
        text: out,
        highlights,
    }
}

/// Picks the byte window holding the most matches, starting a little before the first of them and cut
/// at spaces.
fn window(text: &str, matches: &[Range<usize>], width: usize) -> (usize, usize) {
    let byte_at = |from: usize, chars: usize| {
        text[from..]
            .char_indices()
            .nth(chars)
            .map_or(text.len(), |(i, _)| from + i)
    };
    let mut best = (0, 0usize);
    for (i, m) in matches.iter().enumerate() {
        let limit = byte_at(m.start, width * 3 / 4);
        let count = matches[i..].iter().take_while(|n| n.end <= limit).count();
        if count > best.1 {
            best = (m.start, count);
        }
    }
    // Lead in with about a quarter of the window before the first match.
    let lead = text[..best.0]
        .chars()
        .rev()
        .take(width / 4)
        .map(char::len_utf8)
        .sum::<usize>();
    let mut start = best.0 - lead;
    if start > 0 {
        start = text[start..best.0]
            .find(' ')
            .map_or(start, |i| start + i + 1);
    }
    let mut end = byte_at(start, width);
    if end < text.len() {
        end = text[start..end].rfind(' ').map_or(end, |i| start + i);
    }
    (start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Highlights found the plain way: every word analyzed in full, terms compared as text.
    fn matched_words_plainly(text: &str, lang: Lang, marks: &Marks) -> Vec<Range<usize>> {
        let tokens = analyze::tokens(lang, text);
        let mut hit = vec![false; tokens.len()];
        for (i, t) in tokens.iter().enumerate() {
            hit[i] |= marks.terms.contains(&t.text);
            for p in &marks.phrases {
                let mut found = vec![i];
                let mut budget = p.slop as usize;
                for (k, term) in p.terms.iter().enumerate() {
                    let last = *found.last().unwrap();
                    let next = if k == 0 {
                        (tokens[i].text == *term).then_some(i)
                    } else {
                        (last + 1..tokens.len().min(last + 2 + budget))
                            .find(|&j| tokens[j].text == *term)
                    };
                    let Some(next) = next else {
                        found.clear();
                        break;
                    };
                    if k > 0 {
                        budget -= next - last - 1;
                        found.push(next);
                    }
                }
                for j in found {
                    hit[j] = true;
                }
            }
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        for t in tokens.iter().zip(hit).filter(|(_, h)| *h).map(|(t, _)| t) {
            match out.last_mut() {
                Some(last) if text[last.end..t.offset_from].chars().all(|c| c == '-') => {
                    last.end = t.offset_to
                }
                _ => out.push(t.offset_from..t.offset_to),
            }
        }
        out
    }

    #[test]
    fn highlights_are_those_of_analyzing_every_word() {
        // Terms and phrases (exact and sloppy) taken from the text itself, on news in each language
        // and the seed article with its PDF damage.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let seed =
            std::fs::read_to_string(dir.join("corpus/nato-kazakhstan-pfp-article.txt")).unwrap();
        for (lang, file) in [
            (Lang::Kk, "data/ntrex/newstest2019-ref.kaz.txt"),
            (Lang::Ru, "data/ntrex/newstest2019-ref.rus.txt"),
            (Lang::En, "data/ntrex/newstest2019-src.eng.txt"),
        ] {
            let news = std::fs::read_to_string(dir.join(file)).unwrap();
            let passages: Vec<&str> = news.lines().take(300).chain(seed.split("\n\n")).collect();
            let mut checked = 0;
            for (n, passage) in passages.iter().enumerate() {
                let terms: Vec<String> = analyze::tokens(lang, passage)
                    .into_iter()
                    .map(|t| t.text)
                    .collect();
                if terms.len() < 6 {
                    continue;
                }
                let pick = |k: usize| terms[(n * 7 + k * 13) % terms.len()].clone();
                let at = (n * 5) % (terms.len() - 3);
                let marks = Marks {
                    terms: [pick(0), pick(1), "nato".into(), "қазақстан".into()]
                        .into_iter()
                        .collect(),
                    phrases: vec![
                        PhraseMark {
                            terms: terms[at..at + 2].to_vec(),
                            slop: 0,
                        },
                        PhraseMark {
                            terms: vec![terms[at].clone(), terms[at + 3].clone()],
                            slop: 2,
                        },
                        PhraseMark {
                            terms: vec![pick(2), pick(3), pick(4)],
                            slop: 2,
                        },
                    ],
                };
                let want = matched_words_plainly(passage, lang, &marks);
                assert_eq!(
                    matched_words(passage, lang, &marks),
                    want,
                    "{lang}: {passage}"
                );
                checked += usize::from(!want.is_empty());
            }
            assert!(checked > 200, "{lang}: {checked}");
        }
    }

    #[test]
    fn highlights_fall_on_matched_words() {
        let text = "Kazakhstan’s cooperation with NATO extends to many areas of cooperation.";
        let s = snippet(text, Lang::En, &Marks::of_terms(["cooper"]), 240);
        let marked: Vec<String> = s
            .highlights
            .iter()
            .map(|r| s.text.chars().skip(r.start).take(r.len()).collect())
            .collect();
        assert_eq!(marked, ["cooperation", "cooperation"]);
    }

    fn marked(text: &str, lang: Lang, marks: &Marks) -> Vec<String> {
        let s = snippet(text, lang, marks, 1000);
        s.highlights
            .iter()
            .map(|r| s.text.chars().skip(r.start).take(r.len()).collect())
            .collect()
    }

    #[test]
    fn phrases_are_marked_only_where_they_stand_together() {
        // UDHR article 30 in Russian, and its Kazakh preamble wording.
        let ru = "Ничто в настоящей Декларации не может быть истолковано как предоставление \
                  какому-либо государству, группе лиц или отдельным лицам права заниматься \
                  какой-либо деятельностью, направленной к уничтожению прав и свобод человека.";
        let phrase = |lang, words: &str| Marks {
            terms: FxHashSet::default(),
            phrases: vec![PhraseMark {
                terms: analyze::tokens(lang, words)
                    .into_iter()
                    .map(|t| t.text)
                    .collect(),
                slop: 0,
            }],
        };
        assert!(marked(ru, Lang::Ru, &phrase(Lang::Ru, "права человека")).is_empty());
        assert_eq!(
            marked(ru, Lang::Ru, &phrase(Lang::Ru, "свобода человека")),
            ["свобод", "человека"]
        );
        // With slop, a listed concept keeps its words apart (UDHR article 18 in Kazakh).
        let kk18 = "Әр адам ой‐пікір, ар‐ождан және дін бостандығына құқығы бар";
        let mut sloppy = phrase(Lang::Kk, "ар-ождан бостандығы");
        assert!(marked(kk18, Lang::Kk, &sloppy).is_empty());
        sloppy.phrases[0].slop = 2;
        assert_eq!(
            marked(kk18, Lang::Kk, &sloppy),
            ["ар", "ождан", "бостандығына"]
        );
        let kk = "адам құқықтарын құрметтеуді және сақтауды";
        assert_eq!(
            marked(kk, Lang::Kk, &phrase(Lang::Kk, "адам құқықтары")),
            ["адам", "құқықтарын"]
        );
    }

    #[test]
    fn long_passages_are_windowed_around_matches() {
        let text = format!(
            "{} Қазақстанның әріптестігі {}",
            "сөз ".repeat(200),
            "тағы ".repeat(200)
        );
        let stem = analyze::stem(Lang::Kk, "Қазақстанның");
        let s = snippet(&text, Lang::Kk, &Marks::of_terms([stem.as_str()]), 120);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert!(s.text.chars().count() <= 124);
        assert_eq!(s.highlights.len(), 1);
        let r = &s.highlights[0];
        assert_eq!(
            s.text
                .chars()
                .skip(r.start)
                .take(r.len())
                .collect::<String>(),
            "Қазақстанның"
        );
    }
}
