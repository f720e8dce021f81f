//! Snippets: the window of a passage that best shows why it matched, with the matched words marked.

use std::collections::HashSet;
use std::ops::Range;

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

/// Byte ranges of the words of `text` whose index terms in `lang` are in `terms`.
pub fn matched_words(text: &str, lang: Lang, terms: &HashSet<&str>) -> Vec<Range<usize>> {
    if terms.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for t in analyze::tokens(lang, text) {
        if !terms.contains(t.text.as_str()) {
            continue;
        }
        // Parts of one hyphenated word (`co-operation`) make one highlight.
        match out.last_mut() {
            Some(last) if text[last.end..t.offset_from].chars().all(|c| c == '-') => {
                last.end = t.offset_to
            }
            _ => out.push(t.offset_from..t.offset_to),
        }
    }
    out
}

/// The best window of at most about `width` characters of `text`, with highlights.
pub fn snippet(text: &str, lang: Lang, terms: &HashSet<&str>, width: usize) -> Snippet {
    let matches = matched_words(text, lang, terms);
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

    #[test]
    fn highlights_fall_on_matched_words() {
        let text = "Kazakhstan’s cooperation with NATO extends to many areas of cooperation.";
        let terms: HashSet<&str> = ["cooper"].into_iter().collect();
        let s = snippet(text, Lang::En, &terms, 240);
        let marked: Vec<String> = s
            .highlights
            .iter()
            .map(|r| s.text.chars().skip(r.start).take(r.len()).collect())
            .collect();
        assert_eq!(marked, ["cooperation", "cooperation"]);
    }

    #[test]
    fn long_passages_are_windowed_around_matches() {
        let text = format!(
            "{} Қазақстанның әріптестігі {}",
            "сөз ".repeat(200),
            "тағы ".repeat(200)
        );
        let stem = analyze::stem(Lang::Kk, "Қазақстанның");
        let terms: HashSet<&str> = [stem.as_str()].into_iter().collect();
        let s = snippet(&text, Lang::Kk, &terms, 120);
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
