//! Line-break hyphens: is `left-`/`right` one word broken across lines (`ter-`/`rorism`), or a
//! compound that keeps its hyphen (`Nato-`/`led`, `drug-`/`trafficking`, `non-`/`proliferation`)?
//!
//! Evidence, strongest first: the text's own usage (the joined or the hyphenated form seen elsewhere
//! unbroken), capitals, prefixes English writes with a hyphen, and the English dictionary (a joined
//! form it knows is one word; two words it knows that do not join are a compound). Cyrillic hyphens
//! inside syllable-split runs are decided with the run, in [`super::syllables`].

use std::cmp::Ordering;

use super::joints::Joint;
use super::lexicon::{self, Vocabulary, ACRONYM_LETTERS};
use crate::lang::Lang;

/// Prefixes English writes with a hyphen before a word even where a dictionary also knows the closed
/// form (`non-proliferation`, `anti-terrorism`, `counter-terrorism`, `self-defence`).
const HYPHEN_PREFIXES: &[&str] = &["non", "self", "anti", "counter", "quasi"];

/// Prefixes and words English writes either way before a word: closed where the dictionary knows
/// the word (`international`, `multilateral`, `exports`, `highlands`), else with a hyphen
/// (`multi-vector`, `pre-war`, `long-term`, `cross-border`).
const OPEN_PREFIXES: &[&str] = &[
    "multi", "inter", "post", "ex", "semi", "neo", "pan", "mid", "sub", "super", "ultra", "pro",
    "bi", "tri", "trans", "extra", "intra", "mega", "micro", "macro", "pseudo", "cross", "well",
    "all", "half", "long", "short", "full", "high", "low",
];

/// Prefixes English closes up (`reinjected`), but before the vowel they end in (`re-elect`,
/// `co-operation`, `de-escalate`).
const CLOSED_PREFIXES: &[&str] = &["re", "pre", "co", "de"];

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

/// Whether `w` can stand as the first part of a compound: a word of three letters or more that the
/// dictionary or the collection knows, or an acronym, in capitals or not (`UN-led`, `Nato-led`).
fn compound_part(w: &str, vocab: &Vocabulary) -> bool {
    let letters = w.chars().count();
    (letters >= 3
        && (en_word(w)
            || lexicon::check_cached(Lang::En, &w.to_uppercase())
            || vocab.count(&w.to_lowercase()) > 0))
        || (letters >= 2 && w.chars().all(char::is_uppercase))
}

/// Whether `left-`/`right` is a word in capitals broken at the line end (`ДЕКЛАРА-`/`ЦИЯ`,
/// `PARTNER-`/`SHIP`): both parts in capitals and the joined word one that the lexicons of the
/// three languages or the text know. Capitals that do not join into a known word stay a compound
/// (`NORTH-`/`ATLANTIC`, `НАТО-`/`НЫҢ`, `АҚШ-`/`ТЫҢ`), unless the text writes the joined acronym
/// elsewhere (`ЛГ-`/`БТ`, `ЛГБТ`).
fn capitals_broken(left: &str, right: &str, vocab: &Vocabulary) -> bool {
    let caps = |w: &str| !w.is_empty() && w.chars().all(char::is_uppercase);
    let left_word = left
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or(left);
    let right_word = right
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or(right);
    if !caps(left_word) || !caps(right_word) {
        return false;
    }
    let caps_joined = format!("{left_word}{right_word}");
    let joined = caps_joined.to_lowercase();
    vocab.count(&joined) > 0
        // An acronym the text writes whole elsewhere (`ЛГ-`/`БТ`, `ЛГБТ`).
        || vocab.acronym_count(&caps_joined) > 0
        || [Lang::Kk, Lang::Ru, Lang::En]
            .into_iter()
            .any(|lang| lexicon::check_cached(lang, &joined))
        // A stem and an ending, unless the left part is as short as an acronym and the right part
        // an ending an acronym takes after a hyphen (`НАТО-`/`НЫҢ`, where `нато` is also a stem).
        || (!(left_word.chars().count() <= ACRONYM_LETTERS
            && super::morph::is_kk_inflection_chain(&right_word.to_lowercase()))
            && [Lang::Kk, Lang::Ru]
                .into_iter()
                .any(|lang| super::morph::stem_plus_ending(lang, &joined)))
}

/// Decides a hyphen at a line break between `left` (without its hyphen) and `right`.
pub(crate) fn decide(left: &str, right: &str, vocab: &Vocabulary) -> (Joint, &'static str) {
    let last_left = left.chars().next_back().unwrap_or(' ');
    let first_right = right.chars().next().unwrap_or(' ');
    if first_right.is_uppercase() || first_right.is_ascii_digit() {
        if capitals_broken(left, right, vocab) {
            return (
                Joint::JoinDropHyphen,
                "joined: a word in capitals broken at the line end",
            );
        }
        return (
            Joint::KeepHyphen,
            "kept: right part capitalized or a number, a compound",
        );
    }
    // A path or an address keeps its hyphens (`../navo-`/`verdrag/README.md`).
    if left.contains('/') || right.contains('/') {
        return (Joint::KeepHyphen, "kept: inside a path or address");
    }
    // The word broken, without what opens it (`"anti-`, `(ter-`).
    let left_word = left
        .rsplit('-')
        .next()
        .unwrap_or(left)
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let right_word = right
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or(right);
    let whole = format!("{left_word}{right_word}");
    let joined = whole.to_lowercase();
    let hyphened = format!("{left_word}-{right_word}").to_lowercase();
    // The spelling the text uses more often elsewhere (`co-operation` or `cooperation`).
    match vocab.count(&joined).cmp(&vocab.count(&hyphened)) {
        Ordering::Greater => {
            return (
                Joint::JoinDropHyphen,
                "joined: the text writes it as one word",
            )
        }
        Ordering::Less => return (Joint::KeepHyphen, "kept: the text writes it with a hyphen"),
        Ordering::Equal => {}
    }
    // An acronym or a number takes its Kazakh endings after a hyphen (`АҚШ-тың`, `2019-да`).
    if left_word.chars().count() >= 2
        && super::morph::is_code(left_word)
        && super::morph::is_kk_suffix_chain(&crate::lang::lower(right_word))
    {
        return (Joint::KeepHyphen, "kept: an acronym's or a number's ending");
    }
    // So does a word in Latin letters (`Facebook-пен`, `Google-`/`дың`): Kazakh sets its endings
    // off from a foreign spelling.
    if left_word.chars().count() >= 2
        && left_word.chars().all(|c| c.is_ascii_alphabetic())
        && right_word.chars().all(crate::lang::is_cyrillic)
        && super::morph::is_kk_suffix_chain(&crate::lang::lower(right_word))
    {
        return (Joint::KeepHyphen, "kept: a Latin word's Kazakh ending");
    }
    // A number before the hyphen: `5-`/`year-old`, `20-`/`летнего`, `1990-`/`е`.
    if last_left.is_numeric() {
        return (Joint::KeepHyphen, "kept: a number's hyphen");
    }
    if !last_left.is_ascii_alphabetic() || !first_right.is_ascii_alphabetic() {
        return (
            Joint::JoinDropHyphen,
            "joined: a word broken at the line end",
        );
    }
    let prefix = left_word.to_lowercase();
    let right_known = right_word.chars().count() >= 3 && en_word(right_word);
    let whole_word = en_word(&whole);
    // After these, any word but the rest of a word the dictionary knows (`self-`/`defence`, not
    // `self-`/`ish`).
    if HYPHEN_PREFIXES.contains(&prefix.as_str())
        && right_word.chars().count() >= 3
        && (right_known || !whole_word)
    {
        return (Joint::KeepHyphen, "kept: a prefix English hyphenates");
    }
    if CLOSED_PREFIXES.contains(&left_word) && prefix.ends_with(first_right) && right_known {
        return (
            Joint::KeepHyphen,
            "kept: a prefix before the vowel it ends in",
        );
    }
    // An acronym before a lowercase word is a compound (`UN-`/`led`, `EU-`/`wide`), even where
    // the letters also spell a word (`unled`).
    if left_word.chars().count() >= 2 && left_word.chars().all(|c| c.is_ascii_uppercase()) {
        return (Joint::KeepHyphen, "kept: an acronym before a word");
    }
    // A word the dictionary knows whole, a name among them (`Birming-`/`ham`, `ex-`/`ports`).
    if whole_word {
        return (
            Joint::JoinDropHyphen,
            "joined: the word is in the dictionary",
        );
    }
    // A word before a hyphenated phrase (`out-`/`of-court`, `up-`/`to-date`).
    let phrase = right[right_word.len()..].starts_with('-')
        && right[right_word.len() + 1..].starts_with(|c: char| c.is_alphabetic());
    if phrase && compound_part(left_word, vocab) && en_word(right_word) {
        return (Joint::KeepHyphen, "kept: a word before a hyphenated phrase");
    }
    // A hyphenated phrase going on (`mother-in-`/`law`, `up-to-`/`date`).
    if left.len() > left_word.len() && en_word(left_word) && right_known {
        return (Joint::KeepHyphen, "kept: a hyphenated phrase goes on");
    }
    if OPEN_PREFIXES.contains(&prefix.as_str()) && right_known {
        return (Joint::KeepHyphen, "kept: a prefix before a word");
    }
    if CLOSED_PREFIXES.contains(&prefix.as_str()) {
        return (Joint::JoinDropHyphen, "joined: a prefix English closes up");
    }
    if compound_part(left_word, vocab) && right_known {
        return (Joint::KeepHyphen, "kept: two words that do not form one");
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
    fn capitals_join_where_the_joined_word_is_known() {
        for (l, r) in [
            ("ДЕКЛАРА", "ЦИЯ"),
            ("ҮШ", "ІН"),
            ("ҚАЗАҚСТАН", "ДАҒЫ"),
            ("PARTNER", "SHIP"),
            ("МЕЖДУНАРОД", "НОГО."),
        ] {
            assert_eq!(d(l, r), Joint::JoinDropHyphen, "{l}-{r}");
        }
        // Two words, an acronym's ending, a capitalized word after a lowercase one.
        for (l, r) in [
            ("NORTH", "ATLANTIC"),
            ("НАТО", "НЫҢ"),
            ("АҚШ", "ТЫҢ"),
            ("Декла", "РАЦИЯ"),
            ("Nato", "Led"),
        ] {
            assert_eq!(d(l, r), Joint::KeepHyphen, "{l}-{r}");
        }
        // An acronym the text writes whole elsewhere joins; unseen, it stays as it is.
        let vocab = Vocabulary::from_text("ЛГБТ құқықтары туралы.");
        assert_eq!(decide("ЛГ", "БТ", &vocab).0, Joint::JoinDropHyphen);
        assert_eq!(d("ЛГ", "БТ"), Joint::KeepHyphen);
    }

    #[test]
    fn punctuation_opening_the_word_changes_nothing() {
        for (open, close) in [("(", ")"), ("\"", "\""), ("“", "”"), ("«", "»")] {
            for (l, r, joint) in [
                ("anti", "terrorism", Joint::KeepHyphen),
                ("non", "proliferation", Joint::KeepHyphen),
                ("ter", "rorism", Joint::JoinDropHyphen),
                ("Nato", "led", Joint::KeepHyphen),
                ("НАТО", "ның", Joint::KeepHyphen),
            ] {
                let (l, r) = (format!("{open}{l}"), format!("{r}{close}"));
                assert_eq!(d(&l, &r), joint, "{l}-{r}");
            }
        }
    }

    #[test]
    fn an_acronym_keeps_its_kazakh_ending() {
        assert_eq!(d("АҚШ", "тың"), Joint::KeepHyphen);
        assert_eq!(d("НАТО", "ның"), Joint::KeepHyphen);
        assert_eq!(d("ынтымақ", "тастық"), Joint::JoinDropHyphen);
    }

    #[test]
    fn a_latin_word_keeps_its_kazakh_ending() {
        assert_eq!(d("Google", "мен"), Joint::KeepHyphen);
        assert_eq!(d("Daily", "дің"), Joint::KeepHyphen);
    }

    #[test]
    fn the_text_own_usage_wins() {
        let v = Vocabulary::from_text("a long-term plan and a second long-term plan");
        assert_eq!(decide("long", "term", &v).0, Joint::KeepHyphen);
        // The spelling written more often: `co-operation` twice, `cooperation` once.
        let v = Vocabulary::from_text("co-operation, co-operation and cooperation");
        assert_eq!(decide("co", "operation", &v).0, Joint::KeepHyphen);
        let v = Vocabulary::from_text("cooperation, cooperation and co-operation");
        assert_eq!(decide("co", "operation", &v).0, Joint::JoinDropHyphen);
    }

    #[test]
    fn capitalized_words_broken_at_the_line_end_rejoin() {
        for (l, r) in [
            ("Birming", "ham,"),
            ("John", "son"),
            ("Uni", "on"),
            ("Olym", "pics"),
            ("Caroli", "na."),
            ("Commu", "nication"),
        ] {
            assert_eq!(d(l, r), Joint::JoinDropHyphen, "{l}-{r}");
        }
        // A word or an acronym before a word is a compound.
        assert_eq!(d("Nato", "sponsored"), Joint::KeepHyphen);
        assert_eq!(d("UN", "led"), Joint::KeepHyphen);
    }

    #[test]
    fn prefixes_close_up_where_the_dictionary_knows_the_word() {
        let join = [
            ("inter", "national"),
            ("multi", "lateral"),
            ("ex", "ports"),
            ("pre", "tensions"),
            ("all", "owed"),
            ("re", "injected"),
            ("co", "lour"),
            ("self", "ish"),
        ];
        for (l, r) in join {
            assert_eq!(d(l, r), Joint::JoinDropHyphen, "{l}-{r}");
        }
        let keep = [
            ("multi", "vector"),
            ("self", "defence"),
            ("anti", "terrorism"),
            ("counter", "terrorism"),
            ("long", "term"),
            ("high", "level"),
            ("cross", "border"),
            ("re", "elect"),
            ("co", "operation"),
        ];
        for (l, r) in keep {
            assert_eq!(d(l, r), Joint::KeepHyphen, "{l}-{r}");
        }
    }

    #[test]
    fn numbers_and_hyphenated_phrases_keep_their_hyphens() {
        assert_eq!(d("5", "year-old"), Joint::KeepHyphen);
        assert_eq!(d("31", "27"), Joint::KeepHyphen);
        assert_eq!(d("20", "летнего"), Joint::KeepHyphen);
        assert_eq!(d("out", "of-court"), Joint::KeepHyphen);
        assert_eq!(d("mother-in", "law"), Joint::KeepHyphen);
        assert_eq!(d("up-to", "date"), Joint::KeepHyphen);
        // ... but a broken word before a hyphen is still a broken word.
        assert_eq!(d("Na", "to-Kazakhstan"), Joint::JoinDropHyphen);
        assert_eq!(d("Afri", "can-American"), Joint::JoinDropHyphen);
        assert_eq!(d("private-sec", "tor"), Joint::JoinDropHyphen);
        assert_eq!(
            d("../verdrag/navo", "verdrag/README.md)"),
            Joint::KeepHyphen
        );
    }
}
