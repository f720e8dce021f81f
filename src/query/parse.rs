//! Query syntax: words, `"quoted phrases"`, `OR` between alternatives, `AND` (the default), and
//! `-word` / `-"phrase"` or `NOT word` to exclude. Anything else is a clear error, never a panic:
//! field prefixes (`lang:kk`) included, which the command line's options do instead.

use crate::error::{Error, Result};

/// One thing the user asked for: a word or a phrase, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A bare word.
    Word(String),
    /// A quoted phrase (its words, in order).
    Phrase(Vec<String>),
}

impl Item {
    /// The words of the item.
    pub fn words(&self) -> Vec<&str> {
        match self {
            Item::Word(w) => vec![w.as_str()],
            Item::Phrase(ws) => ws.iter().map(String::as_str).collect(),
        }
    }

    /// The item as the user would type it.
    pub fn display(&self) -> String {
        match self {
            Item::Word(w) => w.clone(),
            Item::Phrase(ws) => format!("\"{}\"", ws.join(" ")),
        }
    }
}

/// A parsed query: every group must match (a group matches when any of its items does), and no
/// excluded item may.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// Required groups of alternatives.
    pub groups: Vec<Vec<Item>>,
    /// Excluded items.
    pub excluded: Vec<Item>,
}

#[derive(Debug, PartialEq)]
enum Lexeme {
    Item { item: Item, negated: bool },
    Or,
    And,
    Not,
}

/// Field names a user may try as `name:value`; the command line's options filter on them.
const FIELDS: &[&str] = &[
    "body", "doc", "kind", "lang", "language", "path", "text", "title", "type", "year",
];

fn err(msg: impl Into<String>) -> Error {
    Error::Query(msg.into())
}

fn lex(query: &str) -> Result<Vec<Lexeme>> {
    let mut out = Vec::new();
    let mut chars = query.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut negated = false;
        let mut start = i;
        if c == '-' || c == '+' {
            chars.next();
            match chars.peek() {
                Some(&(j, n)) if !n.is_whitespace() => {
                    negated = c == '-';
                    start = j;
                }
                _ => {
                    return Err(err(format!(
                        "'{c}' must be followed by a word or a \"phrase\", as in {c}word"
                    )))
                }
            }
        }
        if let Some(&(_, '"')) = chars.peek() {
            chars.next();
            let mut phrase = String::new();
            let mut closed = false;
            for (_, c) in chars.by_ref() {
                if c == '"' {
                    closed = true;
                    break;
                }
                phrase.push(c);
            }
            if !closed {
                return Err(err(format!(
                    "unclosed quote in phrase starting at character {}",
                    start + 1
                )));
            }
            let words: Vec<String> = phrase.split_whitespace().map(str::to_string).collect();
            if words.is_empty() {
                return Err(err("empty phrase \"\": put words between the quotes"));
            }
            out.push(Lexeme::Item {
                item: Item::Phrase(words),
                negated,
            });
            continue;
        }
        let mut word = String::new();
        while let Some(&(_, c)) = chars.peek() {
            if c.is_whitespace() {
                break;
            }
            if c == '"' {
                return Err(err(format!(
                    "quote inside word '{word}\"': leave a space before a \"phrase\""
                )));
            }
            if c == '(' || c == ')' {
                return Err(err(
                    "parentheses are not supported: write alternatives as `a OR b`",
                ));
            }
            word.push(c);
            chars.next();
        }
        match (word.as_str(), negated) {
            ("OR", false) if start == i => out.push(Lexeme::Or),
            ("AND", false) if start == i => out.push(Lexeme::And),
            ("NOT", false) if start == i => out.push(Lexeme::Not),
            _ => {
                if let Some((field, _)) = word.split_once(':') {
                    if FIELDS.contains(&field.to_lowercase().as_str()) {
                        return Err(err(format!(
                            "'{word}': field searches are not supported; filter with the options \
                             --lang, --doc, --kind or --year"
                        )));
                    }
                }
                if !word.chars().any(char::is_alphanumeric) {
                    return Err(err(format!(
                        "'{word}' has no letters or digits to search for"
                    )));
                }
                out.push(Lexeme::Item {
                    item: Item::Word(word),
                    negated,
                })
            }
        }
    }
    Ok(out)
}

/// Parses a query, its characters repaired as a document's are
/// ([`crate::normalize::repair_characters`]): a word pasted from damaged text, with a soft hyphen
/// or a look-alike letter in it, is searched as the repaired passages spell it.
pub fn parse(query: &str) -> Result<ParsedQuery> {
    let lexemes = lex(&crate::normalize::repair_characters(query))?;
    if lexemes.is_empty() {
        return Err(err("empty query: type a word or a \"phrase\""));
    }
    let mut parsed = ParsedQuery::default();
    let mut pending_or = false;
    let mut pending_not = false;
    let mut last_was_item = false;
    for lx in lexemes {
        if pending_not && !matches!(lx, Lexeme::Item { .. }) {
            return Err(err("NOT must be followed by a word or a \"phrase\""));
        }
        match lx {
            Lexeme::Not => {
                if pending_or {
                    return Err(err("cannot OR an excluded item (NOT after OR)"));
                }
                pending_not = true;
            }
            Lexeme::Or => {
                if !last_was_item || pending_or {
                    return Err(err("OR must stand between two words or phrases"));
                }
                pending_or = true;
            }
            Lexeme::And => {
                if !last_was_item || pending_or {
                    return Err(err("AND must stand between two words or phrases"));
                }
                last_was_item = false;
            }
            Lexeme::Item { item, negated } => {
                let not = std::mem::take(&mut pending_not);
                if not && negated {
                    return Err(err(format!(
                        "NOT -{} excludes twice: write one of them",
                        item.display()
                    )));
                }
                if negated || not {
                    if pending_or {
                        return Err(err(format!(
                            "cannot OR an excluded item ({})",
                            item.display()
                        )));
                    }
                    parsed.excluded.push(item);
                    last_was_item = false;
                    continue;
                }
                if pending_or && last_was_item {
                    parsed
                        .groups
                        .last_mut()
                        .expect("an item came before OR")
                        .push(item);
                } else {
                    parsed.groups.push(vec![item]);
                }
                pending_or = false;
                last_was_item = true;
            }
        }
    }
    if pending_or {
        return Err(err("OR must stand between two words or phrases"));
    }
    if pending_not {
        return Err(err("NOT must be followed by a word or a \"phrase\""));
    }
    if parsed.groups.is_empty() {
        return Err(err(
            "nothing to search for: a query needs at least one word that is not excluded",
        ));
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Item {
        Item::Word(s.into())
    }

    #[test]
    fn words_phrases_or_and_not() {
        let q = parse(r#"NATO "Partnership for Peace" Kazakhstan OR Казахстан -Russia"#).unwrap();
        assert_eq!(
            q.groups,
            vec![
                vec![w("NATO")],
                vec![Item::Phrase(vec![
                    "Partnership".into(),
                    "for".into(),
                    "Peace".into()
                ])],
                vec![w("Kazakhstan"), w("Казахстан")],
            ]
        );
        assert_eq!(q.excluded, vec![w("Russia")]);
        assert_eq!(parse("a AND b").unwrap().groups.len(), 2);
    }

    #[test]
    fn a_word_pasted_from_damaged_text_is_repaired_as_a_passage_is() {
        // A soft hyphen, Latin look-alikes in Cyrillic words (the `a`s of `Қaзaқстан`, the `i`s
        // of `Бейбiтшiлiк`), a zero-width space, a ligature.
        let q = parse(
            "партнер\u{ad}ство Қaзaқстан \"Бейбiтшiлiк жолындағы\" ef\u{fb01}cient a\u{200b}b",
        )
        .unwrap();
        assert_eq!(
            q.groups,
            vec![
                vec![w("партнерство")],
                vec![w("Қазақстан")],
                vec![Item::Phrase(vec!["Бейбітшілік".into(), "жолындағы".into()])],
                vec![w("efficient")],
                vec![w("ab")],
            ]
        );
        // Words as typed stay as typed: no syllables joined, no case changed.
        let q = parse("жә не nato").unwrap();
        assert_eq!(
            q.groups,
            vec![vec![w("жә")], vec![w("не")], vec![w("nato")]]
        );
    }

    #[test]
    fn not_excludes_the_item_after_it() {
        let q = parse(r#"peace NOT war NOT "cold war" treaty"#).unwrap();
        assert_eq!(q.groups, vec![vec![w("peace")], vec![w("treaty")]]);
        assert_eq!(
            q.excluded,
            vec![w("war"), Item::Phrase(vec!["cold".into(), "war".into()])]
        );
        // Only the capitalized operator: `not` is a word like any other.
        assert_eq!(parse("not peace").unwrap().groups.len(), 2);
        assert_eq!(
            parse("x OR y NOT z").unwrap().groups,
            vec![vec![w("x"), w("y")]]
        );
    }

    #[test]
    fn syntax_errors_are_messages() {
        for bad in [
            "",
            "   ",
            "\"open",
            "OR x",
            "x OR",
            "x OR OR y",
            "-x",
            "- x",
            "\"\"",
            "(a OR b)",
            "a\"b\"",
            "--",
            "NOT x",
            "x NOT",
            "x NOT NOT y",
            "x NOT OR y",
            "x OR NOT y",
            "x NOT -y",
            "lang:kk peace",
            "peace Title:treaty",
        ] {
            let e = parse(bad).unwrap_err().to_string();
            assert!(e.starts_with("bad query: "), "{bad:?} gave {e}");
        }
    }

    #[test]
    fn lowercase_or_is_a_word() {
        assert_eq!(parse("war or peace").unwrap().groups.len(), 3);
    }

    #[test]
    fn colons_outside_field_names_are_text() {
        let q = parse("10:30 ratio:2 Article:5").unwrap();
        assert_eq!(q.groups.len(), 3);
    }
}
