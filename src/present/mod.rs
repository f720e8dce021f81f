//! Present answers: how does a hit look to the person who asked? Ranked hits with title, language,
//! file:lines and score, and a snippet with the matched words in colour on a terminal or between
//! `**` markers when piped; or JSON for scripts ([`json`]).

pub mod json;
pub mod snippet;

use std::fmt::Write;

use crate::lang::Lang;
use crate::query::{Plan, Results, Shape};

/// Renders an expanded query for a person: per language, each term or phrase searched, the index
/// terms it became, where it came from and its weight.
pub fn render_plan(plan: &Plan) -> String {
    let mut out = String::new();
    let groups = plan
        .required
        .iter()
        .map(|g| ("required", g))
        .chain(plan.stopwords.iter().map(|g| ("optional (stopword)", g)))
        .chain(plan.excluded.iter().map(|g| ("excluded", g)));
    let groups: Vec<_> = groups.collect();
    for lang in Lang::ALL {
        let _ = writeln!(out, "{lang}:");
        for (role, group) in &groups {
            let alts: Vec<_> = group
                .alternatives
                .iter()
                .filter(|a| a.lang == lang)
                .collect();
            if alts.is_empty() {
                continue;
            }
            let _ = writeln!(out, "  {} [{role}]", group.typed);
            for a in alts {
                let shape = match (a.shape, a.terms.len()) {
                    (_, 1) => "term  ",
                    (Shape::Phrase, _) => "phrase",
                    (Shape::All, _) => "words ",
                };
                let _ = writeln!(
                    out,
                    "    {shape} {:<32} → {:<28} {} ×{:.2}",
                    a.text,
                    a.terms.join(" "),
                    a.origin,
                    a.boost
                );
            }
        }
    }
    out.push('\n');
    out
}

/// How the languages' hits were weighed when merged (`search --explain`): one line per language.
pub fn render_weights(results: &Results) -> String {
    let mut out = String::from("merged by rank in each language, times its weight:\n");
    for w in &results.weights {
        let words = if w.own {
            "the query's own words"
        } else {
            "translations only"
        };
        let _ = writeln!(
            out,
            "  {}: ×{:.2} ({words}; expresses {:.0}% of the query, its words weighed by rarity)",
            w.lang,
            w.weight,
            100.0 * w.coverage
        );
    }
    out.push('\n');
    out
}

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
