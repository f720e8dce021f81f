//! Present answers: how does a hit look to the person who asked? Ranked hits with title, language,
//! file:lines and score, and a snippet with the matched words in colour on a terminal or between
//! `**` markers when piped; or JSON for scripts ([`json`]).

pub mod json;
pub mod snippet;

use std::fmt::Write;

use crate::query::Results;

/// How to mark highlights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// ANSI colours (a terminal without NO_COLOR).
    Color,
    /// Plain `**word**` markers.
    Plain,
}

/// Renders results as text for a person.
pub fn render(results: &Results, style: Style) -> String {
    let mut out = String::new();
    if results.hits.is_empty() {
        out.push_str("no passages matched\n");
        return out;
    }
    let (bold, dim, mark, reset) = match style {
        Style::Color => ("\x1b[1m", "\x1b[2m", "\x1b[1;33m", "\x1b[0m"),
        Style::Plain => ("", "", "**", "**"),
    };
    let end_plain = if style == Style::Color { reset } else { "" };
    for (i, hit) in results.hits.iter().enumerate() {
        let _ = writeln!(
            out,
            "{bold}{}. {}{end_plain} [{}] {dim}{}:{}-{}  score {:.2}{end_plain}",
            i + 1,
            hit.title,
            hit.lang,
            hit.doc,
            hit.lines.0,
            hit.lines.1,
            hit.score,
        );
        out.push_str("   ");
        let chars = hit.snippet.text.chars().enumerate();
        let mut ranges = hit.snippet.highlights.iter().peekable();
        for (i, c) in chars {
            if ranges.peek().is_some_and(|r| r.start == i) {
                out.push_str(mark);
            }
            out.push(c);
            if let Some(r) = ranges.peek() {
                if r.end == i + 1 {
                    out.push_str(reset);
                    ranges.next();
                }
            }
        }
        out.push_str("\n\n");
    }
    let _ = writeln!(
        out,
        "{} of {} matching passages shown",
        results.hits.len(),
        results.total
    );
    out
}
