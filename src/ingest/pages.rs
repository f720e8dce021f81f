//! Page furniture: which lines of a text extracted from a PDF are its pages' numbers and running
//! heads, not its text?
//!
//! Text from a PDF keeps what the printer put at each page's top and bottom: a page number (`12`,
//! `- 12 -`, `Page 12 of 30`, `Стр. 12`) and a running head (the journal's or the author's name, the
//! article's short title, often with the page number) standing between the halves of a paragraph
//! that went on from one page to the next. Such a line is no passage's text: left in, it would be
//! searched (every page a hit for the journal's name) and would part the halves of a word
//! hyphenated at the page's end. A line is furniture where it stands at a paragraph's edge (a blank
//! line or a form feed beside it, or up to two more such lines between it and them: a head, then
//! the page's number), is short, and either reads as a page number or recurs as a running head
//! does: on three pages or more (a third of the pages at least, where form feeds count them),
//! alike but for its numbers, and on at least half of them at a page break, where the text goes
//! on mid-sentence around it, beside a page number, or at a form feed. A heading that recurs with
//! its number (`Article 5`) stands between whole paragraphs and stays.

use rustc_hash::FxHashMap;
use std::ops::Range;

/// A line longer than this many bytes is text, not a page's number or running head.
const MAX_FURNITURE_BYTES: usize = 120;
/// A running head recurs on at least this many pages.
const MIN_HEAD_PAGES: usize = 3;
/// A page's furniture stands on at most this many lines at its top or its foot.
const MAX_STACK: usize = 3;

/// What a line at a paragraph's edge is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Text.
    Text,
    /// A page number (`12`, `- 12 -`, `Page 12`), with its value.
    Number(u32),
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
    /// A short line's [`head_key`] (0 for others).
    key: u64,
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
    // How often each short line recurs, alike but for its numbers.
    let mut pages: FxHashMap<u64, (usize, usize)> = FxHashMap::default();
    for l in lines.iter().filter(|l| l.kind == Kind::Short) {
        pages.entry(l.key).or_default().0 += 1;
    }
    // Where form feeds count the pages, a running head stands on a third of them at least (on
    // every page, or every other one): a chapter's heading opens a page now and then.
    let fed = text
        .split('\x0c')
        .filter(|page| !page.trim().is_empty())
        .count();
    pages.retain(|_, (n, _)| *n >= MIN_HEAD_PAGES && (fed < MIN_HEAD_PAGES || *n * 3 >= fed));
    // The document numbers its pages where its page numbers count on by one or two (a page, or a
    // page of each side) at least half the time from one to the next; a lone number, or a column
    // of figures, does not.
    let numbers: Vec<u32> = lines
        .iter()
        .filter_map(|l| match l.kind {
            Kind::Number(n) => Some(n),
            _ => None,
        })
        .collect();
    let steps = numbers
        .windows(2)
        .filter(|w| (w[0] + 1..=w[0] + 2).contains(&w[1]))
        .count();
    let numbered = steps > 0 && steps * 2 >= numbers.len() - 1;
    // Groups of edge lines that may be furniture, with the text lines around them; a group is at a
    // page break where the text goes on mid-sentence around it, it holds a page number, or a form
    // feed is among it.
    let maybe = |l: &Line| match l.kind {
        Kind::Number(_) => true,
        Kind::Short => pages.contains_key(&l.key),
        Kind::Text => false,
    };
    let groups = groups(&lines, maybe);
    // Whether the text plainly breaks at each group (a form feed, or text going on mid-sentence
    // around it), and whether a page number stands in it.
    let at_break: Vec<(bool, bool)> = groups
        .iter()
        .map(|g| {
            let around = lines[..g.start].last().map_or(0, |l| l.range.end)
                ..lines.get(g.end).map_or(text.len(), |l| l.range.start);
            (
                text[around].contains('\x0c') || goes_on_around(text, &lines, g.clone()),
                g.clone().any(|i| matches!(lines[i].kind, Kind::Number(_))),
            )
        })
        .collect();
    for (g, &(brk, number)) in groups.iter().zip(&at_break) {
        for l in &lines[g.clone()] {
            if l.kind == Kind::Short && (brk || number) {
                if let Some(p) = pages.get_mut(&l.key) {
                    p.1 += 1;
                }
            }
        }
    }
    let mut out = Vec::new();
    for (g, &(brk, _)) in groups.iter().zip(&at_break) {
        for l in &lines[g.clone()] {
            let kind = match l.kind {
                // A page number where the page breaks, or one of the document's page numbers.
                Kind::Number(_) => (brk || numbered).then_some(FurnitureKind::PageNumber),
                Kind::Short => pages
                    .get(&l.key)
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
/// line. A form feed parts pages as a blank line does (`pdftotext` writes one before each page,
/// with no blank line around the page's head and number).
fn lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut offset = 0;
    let mut blank = true;
    for raw in text.split_inclusive(['\n', '\x0c']) {
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
                key: 0,
            });
            blank = false;
            if raw.ends_with('\x0c') {
                out.last_mut().expect("just pushed").blank_after = true;
                blank = true;
            }
        }
        offset += raw.len();
    }
    if let Some(last) = out.last_mut() {
        last.blank_after = true;
    }
    let tell = |l: &mut Line| {
        l.kind = kind_of(&text[l.range.clone()]);
        if l.kind == Kind::Short {
            l.key = head_key(&text[l.range.clone()]);
        }
    };
    for l in out.iter_mut().filter(|l| l.blank_before || l.blank_after) {
        tell(l);
    }
    // A page's furniture may stand on two or three lines at its top or its foot (a running head,
    // then the page's number): the lines after a top edge's, and before a foot's, are told too
    // while the line beside them is no text.
    for down in [true, false] {
        let mut stack = 0;
        for step in 1..out.len() {
            let (at, beside) = if down {
                (step, step - 1)
            } else {
                (out.len() - 1 - step, out.len() - step)
            };
            let edge = |l: &Line| if down { l.blank_before } else { l.blank_after };
            stack = if edge(&out[beside]) { 1 } else { stack + 1 };
            if out[beside].kind != Kind::Text
                && out[at].kind == Kind::Text
                && !(out[at].blank_before || out[at].blank_after)
                && stack < MAX_STACK
            {
                tell(&mut out[at]);
            }
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
    blank
        && super::ends_in_a_word(last)
        && last.chars().count() >= super::MIN_PAGE_LINE_CHARS
        && text[after.range.clone()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// What a trimmed line at a paragraph's edge is.
fn kind_of(line: &str) -> Kind {
    if line.len() > MAX_FURNITURE_BYTES {
        Kind::Text
    } else if let Some(n) = page_number(line) {
        Kind::Number(n)
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

/// The page's number where a line is one alone: `12`, `- 12 -`, `— 12 —`, `[12]`, `Page 12`,
/// `Page 12 of 30`, `12/30`, `Стр. 12`, `Бет 12`. A number with a full stop (`12.`) numbers a list
/// or a section, and a number of five digits or more is no page's.
fn page_number(line: &str) -> Option<u32> {
    let decoration = |c: char| c.is_whitespace() || "-–—|[]()·•*".contains(c);
    let mut words = line
        .split(|c: char| decoration(c) || c == '.')
        .filter(|w| !w.is_empty())
        .peekable();
    if line.trim_end().ends_with('.') {
        return None;
    }
    if let Some(w) = words.peek() {
        if PAGE_WORDS.contains(&w.to_lowercase().as_str()) {
            words.next();
        }
    }
    let is_number = |w: &str| (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let first = words.next()?;
    // `12/30` is one word of the split.
    let page = match first.split_once('/') {
        Some((a, b)) if is_number(a) && is_number(b) => a,
        None if is_number(first) => first,
        _ => return None,
    };
    let alone = match (words.next(), words.next(), words.next()) {
        (None, _, _) => true,
        (Some(of), Some(total), None) => {
            OF_WORDS.contains(&of.to_lowercase().as_str()) && is_number(total)
        }
        _ => false,
    };
    page.parse().ok().filter(|_| alone)
}

/// A short line as its recurrences share it, hashed: lowercase letters, numbers as `#`, anything
/// else as one space, no space at either end.
fn head_key(line: &str) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = [0u8; 4];
    // A space is written only before the next letter or number: none at the end.
    let (mut last, mut space) = (' ', false);
    for c in line.chars().flat_map(char::to_lowercase) {
        let c = if c.is_ascii_digit() {
            '#'
        } else if c.is_alphabetic() {
            c
        } else {
            space |= last != ' ';
            last = ' ';
            continue;
        };
        if c == '#' && last == '#' {
            continue;
        }
        if space {
            hasher.update(b" ");
            space = false;
        }
        hasher.update(c.encode_utf8(&mut buf).as_bytes());
        last = c;
    }
    hasher.digest()
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
            assert!(page_number(yes).is_some(), "{yes}");
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
            assert_eq!(page_number(no), None, "{no}");
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
    fn pages_parted_by_form_feeds_have_their_furniture_found_without_blank_lines() {
        // As `pdftotext` writes a journal's pages: a form feed before each, the running head and
        // the page's number on lines of their own at its top, or the number at its foot.
        let body = [
            "The Partnership for Peace programme was launched at the Brussels summit and",
            "grew into a forum for dialogue. Since then the partners have met every year,",
            "and the programme of their meetings has become a tool of reform. Kazakhstan",
            "joined it in 1994, and its first Individual Partnership Action Plan was signed",
            "in 2006, when the country's peacekeeping brigade was set up. The brigade trained",
            "with units of the Alliance's members and went on to serve in Iraq, where its",
            "engineers cleared mines and purified water for the coalition's bases and towns.",
        ];
        let head = "Central Asian Affairs, No. 2, 2019";
        let top: String = body
            .chunks(2)
            .enumerate()
            .map(|(i, lines)| format!("{head}\n{}\n{}\n\x0c", 11 + i, lines.join("\n")))
            .collect();
        let got = found(&top);
        assert_eq!(got.iter().filter(|l| **l == head).count(), 4, "{got:?}");
        assert_eq!(got.iter().filter(|l| l.len() == 2).count(), 4, "{got:?}");
        assert_eq!(got.len(), 8, "{got:?}");
        let foot: String = body
            .chunks(2)
            .enumerate()
            .map(|(i, lines)| format!("{head}\n{}\n- {} -\n\x0c", lines.join("\n"), 11 + i))
            .collect();
        let got = found(&foot);
        assert_eq!(got.len(), 8, "{got:?}");
        // A chapter's heading opening a page now and then is no running head: a head stands on a
        // third of the pages at least.
        let chapters: String = body
            .iter()
            .cycle()
            .take(30)
            .enumerate()
            .map(|(i, line)| match i % 10 {
                0 => format!("Chapter {}\n{line}\n\x0c", i / 10 + 1),
                _ => format!("{line}\n\x0c"),
            })
            .collect();
        assert!(found(&chapters).is_empty(), "{:?}", found(&chapters));
    }

    #[test]
    fn running_heads_are_alike_but_for_numbers_case_and_punctuation() {
        let key = head_key("Journal of Central Asian Studies, Vol. 3, 12");
        assert_eq!(
            key,
            head_key("JOURNAL OF CENTRAL ASIAN STUDIES  Vol 7 — 131 ")
        );
        assert_ne!(key, head_key("Journal of Central Asian Studies"));
        assert_ne!(head_key("Article 5"), head_key("Article"));
    }

    #[test]
    fn recurring_headings_between_whole_paragraphs_stay() {
        let text: String = (1..=6)
            .map(|n| {
                format!("Article {n}\n\nEveryone has the right to life, liberty and security.\n\n")
            })
            .collect();
        assert!(found(&text).is_empty(), "{:?}", found(&text));
        // A column of figures between whole paragraphs counts no pages.
        let text = "Members of the Alliance in each year.\n\n12\n\n16\n\n19\n\n26\n\n28\n\n29\n\nThe end.\n";
        assert!(found(text).is_empty(), "{:?}", found(text));
        // A line that recurs in the middle of paragraphs is their text.
        let text = "Some words here\nThe refrain\nmore words.\n\n".repeat(4);
        assert!(found(&text).is_empty());
    }
}
