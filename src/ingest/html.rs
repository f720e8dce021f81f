//! Text from HTML: the words a reader sees, with block elements (paragraphs, headings, list items,
//! table rows) on lines of their own so that passages and cited lines stay meaningful. Scripts, styles
//! and other non-text elements are dropped. Parsing follows the HTML standard (html5ever, via
//! `scraper`), so malformed markup is read the way a browser reads it.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// The visible text of an HTML page and its `<title>`.
pub struct HtmlText {
    /// Text: one block element per paragraph (blank line between), list items and rows one per line.
    pub text: String,
    /// The page title, if it has one.
    pub title: Option<String>,
}

/// Elements whose content is not text for a reader.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas",
    "select", "button",
];

/// Elements that start a new paragraph.
const PARAGRAPHS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
    "details",
];

/// Elements that start a new line within a paragraph.
const LINES: &[&str] = &[
    "br", "li", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot",
];

/// Elements whose content follows the previous cell after a space.
const CELLS: &[&str] = &["td", "th"];

/// Extracts the visible text of an HTML document.
pub fn html_text(source: &str) -> HtmlText {
    let html = Html::parse_document(source);
    let mut out = Builder::default();
    let mut title: Option<String> = None;
    let mut skip = 0usize;
    let mut pre = 0usize;
    let mut in_title = false;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if name == "title" && title.is_none() {
                        in_title = true;
                        title = Some(String::new());
                    }
                    if SKIPPED.contains(&name) {
                        skip += 1;
                    } else if skip == 0 {
                        if name == "pre" {
                            pre += 1;
                        }
                        out.open(name);
                    }
                }
                Node::Text(text) if in_title => {
                    if let Some(t) = title.as_mut() {
                        t.push_str(text);
                    }
                }
                Node::Text(text) if skip == 0 => out.text(text, pre > 0),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if name == "title" {
                        in_title = false;
                    }
                    if SKIPPED.contains(&name) {
                        skip = skip.saturating_sub(1);
                    } else if skip == 0 {
                        if name == "pre" {
                            pre = pre.saturating_sub(1);
                        }
                        out.close(name);
                    }
                }
            }
        }
    }
    let title = title
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty());
    HtmlText {
        text: out.finish(),
        title,
    }
}

/// Collects text, folding whitespace and placing the breaks that block elements ask for.
#[derive(Default)]
struct Builder {
    out: String,
    /// Newlines owed before the next text: 1 (new line) or 2 (new paragraph).
    pending_break: usize,
    pending_space: bool,
}

impl Builder {
    fn open(&mut self, name: &str) {
        if PARAGRAPHS.contains(&name) {
            self.want_break(2);
        } else if LINES.contains(&name) {
            self.want_break(1);
        } else if CELLS.contains(&name) {
            self.pending_space = true;
        }
    }

    fn close(&mut self, name: &str) {
        if PARAGRAPHS.contains(&name) {
            self.want_break(2);
        } else if LINES.contains(&name) && name != "br" {
            self.want_break(1);
        }
    }

    fn want_break(&mut self, n: usize) {
        self.pending_break = self.pending_break.max(n);
    }

    fn text(&mut self, text: &str, pre: bool) {
        for c in text.chars() {
            if pre && c == '\n' {
                self.want_break(1);
            } else if c.is_whitespace() && (!pre || c != ' ') {
                self.pending_space = true;
            } else {
                self.push(c);
            }
        }
    }

    fn push(&mut self, c: char) {
        if self.out.is_empty() {
            self.pending_break = 0;
            self.pending_space = false;
        }
        if self.pending_break > 0 {
            for _ in 0..self.pending_break {
                self.out.push('\n');
            }
            self.pending_break = 0;
            self.pending_space = false;
        } else if self.pending_space {
            self.out.push(' ');
            self.pending_space = false;
        }
        self.out.push(c);
    }

    fn finish(mut self) -> String {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_and_scripts_vanish() {
        let page = r#"<!DOCTYPE html><html><head><title> Wales Summit
            Declaration </title><style>p { color: red }</style>
            <script>var partnership = "hidden";</script></head>
            <body><h1>Wales Summit Declaration</h1>
            <p>We, the Heads of State and Government of the
               North Atlantic Alliance, have gathered in Wales.</p>
            <ul><li>Partnership for Peace</li><li>Kazakhstan &amp; Central Asia</li></ul>
            <table><tr><td>2014</td><td>Newport</td></tr></table>
            </body></html>"#;
        let got = html_text(page);
        assert_eq!(got.title.as_deref(), Some("Wales Summit Declaration"));
        assert_eq!(
            got.text,
            "Wales Summit Declaration\n\nWe, the Heads of State and Government of the North Atlantic Alliance, have gathered in Wales.\n\nPartnership for Peace\nKazakhstan & Central Asia\n\n2014 Newport\n"
        );
    }

    #[test]
    fn malformed_markup_still_gives_its_text() {
        let got =
            html_text("<p>Unclosed <b>bold <i>and</p><div>next <p>para</div></span></html><p>tail");
        assert!(got.text.contains("Unclosed bold and"), "{:?}", got.text);
        assert!(got.text.contains("tail"));
        assert!(got.title.is_none());
    }

    #[test]
    fn pre_keeps_its_lines() {
        let got = html_text("<pre>line one\n  line two</pre>");
        assert_eq!(got.text, "line one\n  line two\n");
    }
}
