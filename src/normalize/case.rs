//! Lost capitals: which words did PDF extraction write in the wrong case (`moscow`,
//! `afghanistan`, `Nato`, `isaF`, `osce`, `euro-Atlantic`, `казахстана`, `нато`), and how do the
//! dictionaries and the collection write them?
//!
//! Words change letter for letter, each letter into one of as many bytes, so the text keeps its
//! length and the offset map holds.
//! English: a word the dictionary accepts as written stays as it is, however it is capitalized; a
//! word it knows only capitalized (`Berlin`) or only in capitals (`NATO`) takes that form; a short
//! word of lowercase letters ending in capitals (`isaF`, `eaPC`) is an abbreviation that lost its
//! capitals; a word the dictionary does not know, lowercase or capitalized, that the collection
//! writes with more capitals twice or more takes that form (`osce` → `OSCE`, `Pfp` → `PfP`).
//! A combining form of a people or a region before a hyphen and a capitalized word is capitalized
//! (`euro-Atlantic` → `Euro-Atlantic`, `sino-Russian`), while prefixes stay (`trans-Atlantic`,
//! `anti-American`) and so does a combining form before a common word (`euro-area`).
//! After a full stop, a lowercase English word that opens the next sentence is capitalized.
//! Kazakh and Russian: see [`cyrillic_case`]; names the dictionaries know only capitalized and
//! acronyms, never a word they know lowercase.

use super::lexicon::{self, Vocabulary, ACRONYM_LETTERS};
use crate::lang::Lang;
use crate::memo::Key;

/// Abbreviations a full stop follows without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "al", "approx", "art", "cf", "co", "dr", "eg", "etc", "fig", "ie", "inc", "ltd", "mr", "mrs",
    "ms", "no", "nos", "p", "para", "pp", "st", "vol", "vs",
];

/// Combining forms of peoples and regions, capitalized in English before a capitalized word
/// (`Euro-Atlantic`, `Sino-Soviet`, `Indo-Pacific`).
const COMBINING_FORMS: &[&str] = &[
    "afro", "anglo", "austro", "euro", "franco", "greco", "indo", "italo", "judeo", "russo", "sino",
];

/// Whether English hunspell accepts `w` as written (remembered per thread).
fn en(w: &str) -> bool {
    lexicon::check_cached(Lang::En, w)
}

fn capitalized(lower: &str) -> String {
    let mut s = lower.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// Whether ASCII word `w` looks like an abbreviation that lost its first capitals (`isaF`).
pub(crate) fn looks_lost(w: &str) -> bool {
    let split = w.find(|c: char| c.is_ascii_uppercase()).unwrap_or(0);
    split > 0
        && w[split..].bytes().all(|b| b.is_ascii_uppercase())
        && (w.len() <= 5 || en(&w.to_ascii_uppercase()))
}

/// The spelling of ASCII word `w` the collection uses when the dictionary has none (`osce` →
/// `OSCE`, `kavanaugh` → `Kavanaugh`): for lowercase or capitalized words of three letters or more
/// only.
fn collection_case(w: &str, vocab: &Vocabulary) -> Option<String> {
    if w.len() < 3 || w.bytes().skip(1).any(|b| b.is_ascii_uppercase()) || en(w) {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    if let Some(form) = vocab.written_case(&lower) {
        return (form != w).then(|| form.to_string());
    }
    // A name the collection writes with its capital inside sentences, here without it.
    (w == lower && vocab.writes_capitalized(&lower)).then(|| capitalized(&lower))
}

/// The dictionary's spelling of ASCII word `w`, if it differs in case only.
fn dictionary_case(w: &str) -> Option<String> {
    // Two-letter words are too often names or foreign words (`Kim Jong Un`, `le`).
    if w.len() < 3 || en(w) {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    let upper = w.to_ascii_uppercase();
    if w == upper {
        return None;
    }
    let title = capitalized(&lower);
    if w == lower || w == title {
        // Hunspell accepts a lowercase entry in any capitalization, so here the entry is a name
        // (`Berlin`) or an abbreviation (`NATO`).
        if w == lower && en(&title) {
            return Some(title);
        }
        // Three-letter capitalized words are names as often as abbreviations (`Nad`, `Dwi`);
        // in lowercase, they are abbreviations that lost their capitals (`usa`, `nhs`).
        return ((w.len() >= 4 || w == lower) && en(&upper)).then_some(upper);
    }
    // Lowercase letters then capitals (`isaF`): an abbreviation whose first capitals were lost.
    looks_lost(w).then_some(upper)
}

/// Whether the ASCII word that begins `text` is capitalized, as written or once restored
/// (`Atlantic`, `atlantic`).
fn capitalized_word_at(text: &str) -> bool {
    let word = &text[..text
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len())];
    let capital = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    capital(word) || dictionary_case(word).is_some_and(|f| capital(&f))
}

/// Letters of a Cyrillic abbreviation before an English term at most (`англ.`, `франц.`).
const MAX_CYRILLIC_ABBREVIATION: usize = 5;

/// Whether the word ending at byte `end` of `text`, followed by a full stop, ends a sentence.
fn ends_sentence(text: &str, end: usize) -> bool {
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &text[start..end];
    let before = text[..start].chars().next_back();
    // `U.S.`, `e.g.`: a letter between stops.
    if before == Some('.') || word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false;
    }
    // A short Kazakh or Russian word in small letters before the stop is an abbreviation that an
    // English term follows (`от англ. deprive`, `лат. status quo`, `см. appendix`).
    if word.chars().any(crate::lang::is_cyrillic)
        && !word.chars().any(char::is_uppercase)
        && word.chars().nth(MAX_CYRILLIC_ABBREVIATION).is_none()
    {
        return false;
    }
    !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Writes the English words of `text` in the case the dictionary or the collection (`vocab`) gives
/// them; the text keeps its length byte for byte.
pub(crate) fn restore(text: String, vocab: &Vocabulary) -> String {
    let bytes = text.as_bytes();
    let mut fixes: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        // Whole ASCII words of prose only: not glued to digits, to letters of another script, or
        // into a path, address or identifier (`README.md`, `north/atlantic`, `snake_case`).
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        // A separator glues only when something other than a space stands beyond it.
        let glues = |c: Option<char>, beyond: Option<char>| {
            alnum(c)
                || (c.is_some_and(|c| matches!(c, '/' | '\\' | '_' | '@' | '=' | '#' | '.'))
                    && alnum(beyond))
        };
        let mut back = text[..start].chars().rev();
        let (before, before2) = (back.next(), back.next());
        let mut ahead = text[i..].chars();
        let (after, after2) = (ahead.next(), ahead.next());
        if glues(before, before2) || glues(after, after2) {
            continue;
        }
        let w = &text[start..i];
        if after == Some('-') && COMBINING_FORMS.contains(&w) && capitalized_word_at(&text[i + 1..])
        {
            fixes.push((start, capitalized(w)));
            continue;
        }
        // A word the dictionary accepts as written (most of them) keeps its case: neither the
        // dictionary nor the collection gives it another.
        let accepted = w.len() >= 3 && en(w);
        if !accepted {
            if let Some(fixed) = dictionary_case(w) {
                fixes.push((start, fixed));
                continue;
            }
            if let Some(form) = collection_case(w, vocab) {
                fixes.push((start, form));
                continue;
            }
        }
        // A lowercase word after a sentence's full stop opens the next sentence.
        let mut back = text[..start].chars().rev();
        let opens_sentence = back.next().is_some_and(|c| c == ' ' || c == '\n')
            && back.next() == Some('.')
            && ends_sentence(&text, start - 2);
        if opens_sentence && w.as_bytes()[0].is_ascii_lowercase() {
            fixes.push((start, capitalized(w)));
        }
    }
    cyrillic_fixes(&text, vocab, &mut fixes);
    if fixes.is_empty() {
        return text;
    }
    let mut out = text.into_bytes();
    for (at, fixed) in fixes {
        out[at..at + fixed.len()].copy_from_slice(fixed.as_bytes());
    }
    // Only whole letters were replaced, each by a letter of as many bytes.
    String::from_utf8(out).unwrap_or_default()
}

/// Fewest letters of a Cyrillic word the dictionaries' names capitalize: shorter names are as
/// often a common word the dictionaries lack (`грина`, a golf green, beside the name `Грин`).
const MIN_NAME_LETTERS: usize = 6;

/// Adds to `fixes` the Cyrillic words of `text` that lost their capitals, in the form
/// [`cyrillic_case`] gives them.
fn cyrillic_fixes(text: &str, vocab: &Vocabulary, fixes: &mut Vec<(usize, String)>) {
    let bytes = text.as_bytes();
    // The lowercase of a capitalized word, made in one buffer for all of them.
    let mut lower = String::new();
    let mut at = 0;
    while at < bytes.len() {
        // Spaces, punctuation and digits are passed over byte by byte.
        if bytes[at] < 0x80 && !bytes[at].is_ascii_alphabetic() {
            at += 1;
            continue;
        }
        let first = text[at..].chars().next().unwrap_or_default();
        if !crate::lang::is_letter(first) {
            at += first.len_utf8();
            continue;
        }
        // A whole run of letters, read once: the word is Cyrillic throughout and has no capital
        // past its first letter, or it is no candidate.
        let start = at;
        at += first.len_utf8();
        let (mut letters, mut candidate) = (1, crate::lang::is_cyrillic(first));
        while at < bytes.len() {
            let c = match bytes[at] {
                b if b < 0x80 => char::from(b),
                _ => text[at..].chars().next().unwrap_or_default(),
            };
            if !crate::lang::is_letter(c) {
                break;
            }
            candidate = candidate && crate::lang::is_cyrillic(c) && !crate::lang::is_upper(c);
            letters += 1;
            at += c.len_utf8();
        }
        // The run is whole, so a letter stands on neither side of it; a word glued to a digit or
        // an underscore is no word of prose.
        let glued = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_digit() || b == b'_');
        if !candidate || glued(start.checked_sub(1).map(|i| &bytes[i])) || glued(bytes.get(at)) {
            continue;
        }
        // A part of a hyphenated compound (`грин-карты`) is no name of its own.
        let compound = text[..start].ends_with('-') || text[at..].starts_with('-');
        let w = &text[start..at];
        if let Some(form) = cyrillic_case(w, letters, compound, vocab, &mut lower) {
            fixes.push((start, form));
        }
    }
}

/// The form of Cyrillic word `w` (lowercase, or capitalized and otherwise lowercase) where it lost
/// its capitals, letter for letter and byte for byte:
/// - in capitals, when the collection writes it so twice or more, and as often at least as it
///   writes it capitalized (`Нато` → `НАТО`; not a name a headline shouts, `Фараж`), or the
///   Russian dictionary knows it only so (`сша`), and no dictionary knows it as a lowercase word
///   (`статья`, which headings write `СТАТЬЯ`, stays; so does `ақш`, which the Kazakh
///   dictionary lists lowercase);
/// - capitalized, when lowercase, of [`MIN_NAME_LETTERS`] letters or more, no part of a
///   hyphenated compound (`грин-карты`), and the dictionaries know it only as a name (`москва`,
///   `казахстана`; not `мира`, a form of `мир`). The collection's capitals are no evidence here:
///   Kazakh text capitalizes peoples, days and the words of institutions' names as often as not
///   (`Сенбі`, `Еуропалық`), and its dictionary writes names lowercase, so that nothing tells
///   such a word from a name.
///
/// `letters` is the number of letters of `w`; `buf` a scratch buffer.
fn cyrillic_case(
    w: &str,
    letters: usize,
    compound: bool,
    vocab: &Vocabulary,
    buf: &mut String,
) -> Option<String> {
    let first = w.chars().next()?;
    if letters < 3 {
        return None;
    }
    let capitalized = crate::lang::is_upper(first);
    // Too long for an acronym, and capitalized already or part of a compound: nothing to ask.
    if letters > ACRONYM_LETTERS && (capitalized || compound) {
        return None;
    }
    let lower = if !capitalized {
        w
    } else {
        buf.clear();
        crate::lang::push_lower(buf, w);
        buf.as_str()
    };
    if lower.len() != w.len() {
        return None;
    }
    // Most words are neither: the dictionaries are asked once per word and thread, and the
    // collection only of short ones.
    let key = Key::of(lower);
    let dictionary = lexicon::dictionary_case(lower, key);
    if letters <= ACRONYM_LETTERS {
        let written = vocab.acronym_count_lower(key);
        if dictionary.only_in_capitals
            || (written >= 2
                && written >= vocab.capitalized_count(key)
                && !lexicon::lowercase_word(lower))
        {
            let upper = w.to_uppercase();
            return (upper.len() == w.len()).then_some(upper);
        }
    }
    if capitalized || compound || letters < MIN_NAME_LETTERS || !dictionary.only_a_name {
        return None;
    }
    let mut title = String::with_capacity(w.len());
    title.extend(first.to_uppercase());
    title.push_str(&w[first.len_utf8()..]);
    (title.len() == w.len()).then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(s: &str) -> String {
        restore(s.to_string(), &Vocabulary::new())
    }

    #[test]
    fn names_and_abbreviations_get_their_capitals_back() {
        assert_eq!(
            fixed("the allies met in moscow in april; Nato and isaF in afghanistan"),
            "the allies met in Moscow in April; NATO and ISAF in Afghanistan"
        );
        assert_eq!(fixed("trans-atlantic"), "trans-Atlantic");
        // Three letters: in lowercase an abbreviation, capitalized as likely a name.
        assert_eq!(
            fixed("sanctions by the usa and the imf; Nad and Dwi"),
            "sanctions by the USA and the IMF; Nad and Dwi"
        );
    }

    #[test]
    fn names_the_collection_writes_capitalized_get_their_capital_back() {
        let text = "Judge Kavanaugh spoke. Senators asked Kavanaugh, and kavanaugh replied. \
                    Ronaldo scored; fans cheered ronaldo. Doxxing grew, and doxxing spread.";
        let vocab = Vocabulary::from_text(text);
        let restored = restore(text.to_string(), &vocab);
        // Twice inside a sentence: a name. Once, or only where a sentence opens: not enough.
        assert!(restored.contains("and Kavanaugh replied"), "{restored}");
        assert!(restored.contains("cheered ronaldo"), "{restored}");
        assert!(restored.contains("and doxxing spread"), "{restored}");
        // A word the dictionary knows in lowercase keeps its case, however the text writes it.
        let text = "President Trump, Trump and trump cards; Cup and cup";
        let vocab = Vocabulary::from_text(text);
        assert_eq!(restore(text.to_string(), &vocab), text);
        // Written lowercase far more often than capitalized: not a name.
        let text = "the zorbing, Zorbing and Zorbing; zorbing zorbing zorbing zorbing zorbing";
        let vocab = Vocabulary::from_text(text);
        assert_eq!(restore(text.to_string(), &vocab), text);
    }

    #[test]
    fn combining_forms_of_peoples_take_a_capital_before_a_capitalized_word() {
        assert_eq!(
            fixed("euro-Atlantic security, the euro-atlantic area, sino-Russian ties"),
            "Euro-Atlantic security, the Euro-Atlantic area, Sino-Russian ties"
        );
        // Prefixes, and a combining form before a common word, stay.
        let clean = "trans-Atlantic, anti-American, non-European, the euro-area, Indo-European";
        assert_eq!(fixed(clean), clean);
    }

    #[test]
    fn british_spellings_are_words_not_names() {
        // en_US knows `Armour`, `Grey` and `Tyre` only as names; en_GB knows the words.
        let clean = "the grey armour of the defence programme; a tyre";
        assert_eq!(fixed(clean), clean);
    }

    #[test]
    fn the_collection_s_own_capitals_come_back() {
        let vocab = Vocabulary::from_text("The OSCE, the SCO and PfP; OSCE, SCO, PfP and isaF.");
        let r = restore("the osce, Sco, Pfp and isaf".to_string(), &vocab);
        assert_eq!(r, "the OSCE, SCO, PfP and isaf");
        // Once is not enough, and words the dictionary knows stay.
        let vocab = Vocabulary::from_text("the CSTO and WHO, WHO");
        let r = restore("csto and who".to_string(), &vocab);
        assert_eq!(r, "csto and who");
    }

    #[test]
    fn sentences_open_with_a_capital_after_a_full_stop() {
        assert_eq!(
            fixed("Peace in 2011. a vivid illustration, e.g. the PfP. Also"),
            "Peace in 2011. A vivid illustration, e.g. the PfP. Also"
        );
        assert_eq!(fixed("the U.S. army"), "the U.S. army");
        // An English term after a Russian abbreviation opens no sentence; after a Russian sentence
        // it does.
        let term = "Термин «депривация» (от англ. deprive – лишать) обозначает";
        assert_eq!(fixed(term), term);
        assert_eq!(
            fixed("Это программа партнерства. the alliance agreed"),
            "Это программа партнерства. The alliance agreed"
        );
    }

    #[test]
    fn words_written_acceptably_and_other_scripts_stay() {
        let clean = "Kazakhstan's partnership with NATO, Wales, iPhone and the McDonald family; \
                     НАТО-ның Nato2014 x; Kim Jong Un; see north/atlantic/README.md or www.nato.int";
        assert_eq!(fixed(clean), clean);
    }

    #[test]
    fn cyrillic_names_and_acronyms_get_their_capitals_back() {
        // The Russian dictionary knows `Казахстан` and `Москва` only as names and `НАТО`, `США`
        // only in capitals; `мира` is a form of `мир`, `статья` a word, `грин-карты` a compound.
        assert_eq!(
            fixed("Отношения казахстана и нато с москвой и сша. Ради мира статья о грин-карты."),
            "Отношения Казахстана и НАТО с Москвой и США. Ради мира статья о грин-карты."
        );
        // Kazakh text: the Russian names and acronyms Kazakh writes alike.
        assert_eq!(
            fixed("Қазақстан мен нато арасындағы келісім."),
            "Қазақстан мен НАТО арасындағы келісім."
        );
    }

    #[test]
    fn the_collection_s_acronyms_come_back_but_not_over_its_names() {
        let vocab = Vocabulary::from_text(
            "ЕҚЫҰ мен ЕҚЫҰ-ның жұмысы. ФАРАЖ! ФАРАЖ! Фараж айтты, Фараж кетті, Фараж келді.",
        );
        let fix = |s: &str| restore(s.to_string(), &vocab);
        // Written in capitals twice and never otherwise: an acronym that lost its capitals.
        assert_eq!(fix("Еқыұ мен еқыұ туралы."), "ЕҚЫҰ мен ЕҚЫҰ туралы.");
        // A name two headlines shout, written capitalized three times: a name.
        assert_eq!(fix("Фараж айтты."), "Фараж айтты.");
    }

    #[test]
    fn clean_cyrillic_text_keeps_its_case() {
        for text in [
            include_str!("../../corpus/udhr-1948.kk.txt"),
            include_str!("../../corpus/udhr-1948.ru.txt"),
        ] {
            let vocab = Vocabulary::from_text(text);
            assert_eq!(restore(text.to_string(), &vocab), text);
        }
    }
}
