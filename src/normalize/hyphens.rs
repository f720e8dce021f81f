//! Line-break hyphens: is `left-`/`right` one word broken across lines (`ter-`/`rorism`), or a
//! compound that keeps its hyphen (`Nato-`/`led`, `drug-`/`trafficking`, `non-`/`proliferation`)?
//!
//! Evidence, strongest first: the text's own usage (the joined or the hyphenated form seen elsewhere
//! unbroken), capitals, prefixes English writes with a hyphen, and the English dictionary (a joined
//! form it knows is one word; two words it knows that do not join are a compound). Cyrillic hyphens
//! inside syllable-split runs are decided with the run, in [`super::syllables`].

use super::joints::Joint;
use super::lexicon::{self, Vocabulary};
use crate::lang::Lang;

/// Prefixes English hyphenates before a word (`non-proliferation`, `self-defence`, `multi-vector`).
const HYPHEN_PREFIXES: &[&str] = &[
    "non", "self", "multi", "anti", "cross", "post", "pre", "ex", "well", "co", "counter", "inter",
    "pan", "semi", "quasi", "neo", "all", "half", "long", "short", "full", "high", "low",
];

/// Whether English hunspell knows `w` as written, lowercased or capitalized.
fn en_word(w: &str) -> bool {
    if lexicon::check_cached(Lang::En, w) {
        return true;
    }
    let lower = w.to_lowercase();
    if lower != w && lexicon::check_cached(Lang::En, &lower) {
        return true;
    }
    let mut cs = lower.chars();
    let title: String = cs
        .next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default();
    lexicon::check_cached(Lang::En, &title)
}

/// Decides a hyphen at a line break between `left` (without its hyphen) and `right`.
pub(crate) fn decide(left: &str, right: &str, vocab: &Vocabulary) -> (Joint, &'static str) {
    let last_left = left.chars().next_back().unwrap_or(' ');
    let first_right = right.chars().next().unwrap_or(' ');
    if first_right.is_uppercase() || first_right.is_ascii_digit() {
        return (
            Joint::KeepHyphen,
            "kept: right part capitalized, a compound",
        );
    }
    let left_word = left.rsplit('-').next().unwrap_or(left);
    let right_word = right
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or(right);
    let joined = format!("{left_word}{right_word}").to_lowercase();
    let hyphened = format!("{left_word}-{right_word}").to_lowercase();
    match (vocab.count(&joined) > 0, vocab.count(&hyphened) > 0) {
        (true, false) => {
            return (
                Joint::JoinDropHyphen,
                "joined: the text writes it as one word",
            )
        }
        (false, true) => return (Joint::KeepHyphen, "kept: the text writes it with a hyphen"),
        _ => {}
    }
    // An acronym or a number takes its Kazakh endings after a hyphen (`АҚШ-тың`, `2019-да`).
    if left_word.chars().count() >= 2
        && super::morph::is_code(left_word)
        && super::morph::is_kk_suffix_chain(&crate::lang::lower(right_word))
    {
        return (Joint::KeepHyphen, "kept: an acronym's or a number's ending");
    }
    if left_word.chars().any(char::is_uppercase) && last_left.is_ascii() && en_word(right_word) {
        return (Joint::KeepHyphen, "kept: left part capitalized, a compound");
    }
    if !last_left.is_ascii_alphabetic() || !first_right.is_ascii_alphabetic() {
        return (
            Joint::JoinDropHyphen,
            "joined: a word broken at the line end",
        );
    }
    if HYPHEN_PREFIXES.contains(&left_word.to_lowercase().as_str()) && en_word(right_word) {
        return (Joint::KeepHyphen, "kept: a prefix English hyphenates");
    }
    if en_word(&joined) {
        return (
            Joint::JoinDropHyphen,
            "joined: the word is in the dictionary",
        );
    }
    if en_word(left_word) && en_word(right_word) && right_word.chars().count() > 2 {
        return (
            Joint::KeepHyphen,
            "kept: two dictionary words that do not form one",
        );
    }
    (
        Joint::JoinDropHyphen,
        "joined: the parts are not words on their own",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(l: &str, r: &str) -> Joint {
        decide(l, r, &Vocabulary::new()).0
    }

    #[test]
    fn english_breaks_and_compounds() {
        assert_eq!(d("ter", "rorism,"), Joint::JoinDropHyphen);
        assert_eq!(d("consulta", "tion"), Joint::JoinDropHyphen);
        assert_eq!(d("Nato", "led"), Joint::KeepHyphen);
        assert_eq!(d("drug", "trafficking"), Joint::KeepHyphen);
        assert_eq!(d("non", "proliferation"), Joint::KeepHyphen);
        assert_eq!(d("afghani", "stan."), Joint::JoinDropHyphen);
    }

    #[test]
    fn an_acronym_keeps_its_kazakh_ending() {
        assert_eq!(d("АҚШ", "тың"), Joint::KeepHyphen);
        assert_eq!(d("НАТО", "ның"), Joint::KeepHyphen);
        assert_eq!(d("ынтымақ", "тастық"), Joint::JoinDropHyphen);
    }

    #[test]
    fn the_text_own_usage_wins() {
        let v = Vocabulary::from_text("a long-term plan and a second long-term plan");
        assert_eq!(decide("long", "term", &v).0, Joint::KeepHyphen);
    }
}
