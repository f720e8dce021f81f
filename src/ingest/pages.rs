//! Page furniture: which lines of a text extracted from a PDF are its pages' numbers and running
//! heads, not its text?
//!
//! Text from a PDF keeps what the printer put at each page's top and bottom: a page number (`12`,
//! `- 12 -`, `Page 12 of 30`, `Стр. 12`) and a running head (the journal's or the author's name, the
//! article's short title, often with the page number) standing between the halves of a paragraph
//! that went on from one page to the next. Such a line is no passage's text: left in, it would be
//! searched (every page a hit for the journal's name) and would part the halves of a word
//! hyphenated at the page's end. A line is furniture where it stands at a paragraph's edge, is short,
//! and either reads as a page number or recurs as a running head does: on three pages or more,
//! alike but for its numbers, and on at least half of them at a page break, where the text goes
//! on mid-sentence around it, beside a page number, or at a form feed. A heading that recurs with
//! its number (`Article 5`) stands between whole paragraphs and stays.

use std::collections::HashMap;
use std::ops::Range;

/// A line longer than this many bytes is text, not a page's number or running head.
const MAX_FURNITURE_BYTES: usize = 120;
/// A running head recurs on at least this many pages.
const MIN_HEAD_PAGES: usize = 3;
/// A page's last line of text is at least this many characters long (the page ended, not the
/// paragraph).
const MIN_PAGE_LINE_CHARS: usize = 20;

/// What a line at a paragraph's edge is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Text.
    Text,
    /// A page number (`12`, `- 12 -`, `Page 12`).
    Number,
    /// A short line that may be a running head: recurring ones are.
    Short,
}

/// One non-blank line of the text.
struct Line {
    /// Byte range, trimmed of surrounding whitespace.
    range: Range<usize>,
    kind: Kind,
    /// Whether a blank line (or the text's start) comes before it, and after it.
    blank_before: bool,
    blank_after: bool,
}

/// A line of page furniture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Furniture {
    /// The line's byte range, trimmed of surrounding whitespace.
    pub range: Range<usize>,
    /// What it is.
    pub kind: FurnitureKind,
}

/// What a line of page furniture is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FurnitureKind {
    /// A page number (`12`, `- 12 -`, `Page 12 of 30`).
    PageNumber,
    /// A running head (or foot).
    RunningHead {
        /// How many pages it recurs on.
        pages: usize,
    },
}

/// The page numbers and running heads of `text`, in order; empty for text that has none (most
/// text).
pub fn furniture(text: &str) -> Vec<Furniture> {
    let lines = lines(text);
    if !lines.iter().any(|l| l.kind != Kind::Text) {
        return Vec::new();
    }
    let key_of = |l: &Line| head_key(&text[l.range.clone()]);
    // How often each short line recurs, alike but for its numbers.
    let mut pages: HashMap<String, (usize, usize)> = HashMap::new();
    for l in lines.iter().filter(|l| l.kind == Kind::Short) {
        pages.entry(key_of(l)).or_default().0 += 1;
    }
    pages.retain(|_, (n, _)| *n >= MIN_HEAD_PAGES);
    let numbers = lines.iter().filter(|l| l.kind == Kind::Number).count();
    // Groups of edge lines that may be furniture, with the text lines around them; a group is at a
    // page break where the text goes on mid-sentence around it, it holds a page number, or a form
    // feed is among it.
    let maybe = |l: &Line| match l.kind {
        Kind::Number => true,
        Kind::Short => pages.contains_key(&key_of(l)),
        Kind::Text => false,
    };
    let groups = groups(&lines, maybe);
    let at_break: Vec<bool> = groups
        .iter()
        .map(|g| {
            let around = lines[..g.start].last().map_or(0, |l| l.range.end)
                ..lines.get(g.end).map_or(text.len(), |l| l.range.start);
            g.clone().any(|i| lines[i].kind == Kind::Number)
                || text[around].contains('\x0c')
                || goes_on_around(text, &lines, g.clone())
        })
        .collect();
    for (g, &brk) in groups.iter().zip(&at_break) {
        for l in &lines[g.clone()] {
            if l.kind == Kind::Short && brk {
                if let Some(p) = pages.get_mut(&key_of(l)) {
                    p.1 += 1;
                }
            }
        }
    }
    let mut out = Vec::new();
    for (g, &brk) in groups.iter().zip(&at_break) {
        for l in &lines[g.clone()] {
            let kind = match l.kind {
                // A page number where the page breaks, or one of the document's page numbers.
                Kind::Number => (brk || numbers >= 2).then_some(FurnitureKind::PageNumber),
                Kind::Short => pages
                    .get(&key_of(l))
                    .filter(|&&(n, at_breaks)| at_breaks * 2 >= n)
                    .map(|&(n, _)| FurnitureKind::RunningHead { pages: n }),
                Kind::Text => None,
            };
            if let Some(kind) = kind {
                out.push(Furniture {
                    range: l.range.clone(),
                    kind,
                });
            }
        }
    }
    out
}

/// The non-blank lines of `text`, each at a paragraph's edge told as a page number or a short
/// line.
fn lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut offset = 0;
    let mut blank = true;
    for raw in text.split_inclusive('\n') {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            if let Some(last) = out.last_mut() {
                last.blank_after = true;
            }
            blank = true;
        } else {
            let lead = raw.len() - raw.trim_start().len();
            let start = offset + lead;
            out.push(Line {
                range: start..start + trimmed.len(),
                kind: Kind::Text,
                blank_before: blank,
                blank_after: false,
            });
            blank = false;
        }
        offset += raw.len();
    }
    if let Some(last) = out.last_mut() {
        last.blank_after = true;
    }
    for l in &mut out {
        if l.blank_before || l.blank_after {
            l.kind = kind_of(&text[l.range.clone()]);
        }
    }
    out
}

/// Maximal runs of consecutive lines that `maybe` says may be furniture.
fn groups(lines: &[Line], maybe: impl Fn(&Line) -> bool) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if !maybe(l) {
            continue;
        }
        match out.last_mut() {
            Some(g) if g.end == i => g.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// Whether the text goes on mid-sentence around the lines `group`, across a blank line: the line
/// before ends in a letter (or a line-break hyphen after one) on a full line, and the line after
/// begins with a lowercase letter.
fn goes_on_around(text: &str, lines: &[Line], group: Range<usize>) -> bool {
    let (Some(before), Some(after)) = (group.start.checked_sub(1), lines.get(group.end)) else {
        return false;
    };
    let before = &lines[before];
    let blank =
        before.blank_after || after.blank_before || lines[group].iter().any(|l| l.blank_before);
    let last = &text[before.range.clone()];
    let mut end = last.chars().rev();
    let ends_inside = match end.next() {
        Some('-') => end.next().is_some_and(char::is_alphabetic),
        Some(c) => c.is_alphabetic(),
        None => false,
    };
    blank
        && ends_inside
        && last.chars().count() >= MIN_PAGE_LINE_CHARS
        && text[after.range.clone()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// What a trimmed line at a paragraph's edge is.
fn kind_of(line: &str) -> Kind {
    if line.len() > MAX_FURNITURE_BYTES {
        Kind::Text
    } else if is_page_number(line) {
        Kind::Number
    } else if line.chars().any(char::is_alphabetic) {
        Kind::Short
    } else {
        Kind::Text
    }
}

/// Words that name a page before its number.
const PAGE_WORDS: &[&str] = &["page", "p", "pp", "стр", "страница", "с", "бет", "б"];
/// Words between a page's number and the count of pages (`12 of 30`).
const OF_WORDS: &[&str] = &["of", "из", "/"];

/// Whether a line is a page number alone: `12`, `- 12 -`, `— 12 —`, `[12]`, `Page 12`,
/// `Page 12 of 30`, `12/30`, `Стр. 12`, `Бет 12`. A number with a full stop (`12.`) numbers a list
/// or a section, and a number of five digits or more is no page's.
fn is_page_number(line: &str) -> bool {
    let decoration = |c: char| c.is_whitespace() || "-–—|[]()·•*".contains(c);
    let mut words = line
        .split(|c: char| decoration(c) || c == '.')
        .filter(|w| !w.is_empty())
        .peekable();
    if line.trim_end().ends_with('.') {
        return false;
    }
    if let Some(w) = words.peek() {
        if PAGE_WORDS.contains(&w.to_lowercase().as_str()) {
            words.next();
        }
    }
    let is_number = |w: &str| (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let Some(first) = words.next() else {
        return false;
    };
    // `12/30` is one word of the split.
    let number = match first.split_once('/') {
        Some((a, b)) => is_number(a) && is_number(b),
        None => is_number(first),
    };
    if !number {
        return false;
    }
    match (words.next(), words.next(), words.next()) {
        (None, _, _) => true,
        (Some(of), Some(total), None) => {
            OF_WORDS.contains(&of.to_lowercase().as_str()) && is_number(total)
        }
        _ => false,
    }
}

/// A short line as its recurrences share it: lowercase letters, numbers as `#`, anything else as
/// one space.
fn head_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    let mut last = ' ';
    for c in line.chars().flat_map(char::to_lowercase) {
        let c = if c.is_ascii_digit() {
            '#'
        } else if c.is_alphabetic() {
            c
        } else {
            ' '
        };
        if !(c == last && (c == '#' || c == ' ')) {
            key.push(c);
        }
        last = c;
    }
    key.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        furniture(text)
            .into_iter()
            .map(|f| &text[f.range])
            .collect()
    }

    #[test]
    fn page_numbers_are_told_from_numbered_lines() {
        for yes in [
            "12",
            "- 12 -",
            "— 7 —",
            "[3]",
            "Page 12",
            "page 12 of 30",
            "12/30",
            "Стр. 12",
            "Бет 4",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "12.",
            "1.",
            "Article 5",
            "12 members",
            "123456",
            "§ 3",
            "Table 2",
            "p. 12 ff",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn running_heads_and_page_numbers_at_page_breaks_are_furniture() {
        let text = "The Partnership for Peace programme was launched at the Brussels summit and\n\n\
             3\n\nJournal of Central Asian Studies\ngrew into a forum for dialogue. Since then the\n\
             partners have met every year, and the programme of their meetings has\n\n\
             4\n\nJournal of Central Asian Studies\nbecome a tool of reform. Kazakhstan joined it in\n\
             1994, and its first Individual Partnership Action Plan was signed in\n\n\
             Journal of Central Asian Studies\n\n2006, when the country's peacekeeping brigade\n\
             was set up. The brigade trained with units of the Alliance's members\n\n\
             6\n\nJournal of Central Asian Studies\nand went on to serve in Iraq.\n";
        let got = found(text);
        assert_eq!(
            got.iter().filter(|l| l.starts_with("Journal")).count(),
            4,
            "{got:?}"
        );
        assert_eq!(got.iter().filter(|l| l.len() == 1).count(), 3, "{got:?}");
    }

    #[test]
    fn recurring_headings_between_whole_paragraphs_stay() {
        let text: String = (1..=6)
            .map(|n| {
                format!("Article {n}\n\nEveryone has the right to life, liberty and security.\n\n")
            })
            .collect();
        assert!(found(&text).is_empty(), "{:?}", found(&text));
        // A line that recurs in the middle of paragraphs is their text.
        let text = "Some words here\nThe refrain\nmore words.\n\n".repeat(4);
        assert!(found(&text).is_empty());
    }
}
