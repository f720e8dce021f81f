//! Kazakh letters typed as Russian ones: which words of a Kazakh passage have a Russian letter
//! where Kazakh writes one of its own (`кұқығы`, `үлттық`, `Казакстан`), as a keyboard or a font
//! without Kazakh's letters leaves them, and which word was meant?
//!
//! A word of a Kazakh passage that Kazakh's dictionary does not hold is weighed against its
//! spellings with one or two letters changed into the Kazakh ones they may stand for (`к` → `қ`,
//! `н` → `ң`, `г` → `ғ`, `у` → `ү` or `ұ`, `о` → `ө`, `а` → `ә`, `и` → `і`, `х` → `һ`, and `ү` and
//! `ұ`, drawn alike, for each other): it takes the one the collection writes more often, or, but in
//! a name, the one the dictionary holds where the word as written is no word or running text uses
//! the spelling ten times more ([`restored`]). Where two spellings are equally likely, the word
//! stays as written. Letters change into as many bytes, so the offset map holds.

use std::cell::RefCell;
use std::rc::Rc;

use super::lexicon::{self, Vocabulary};
use super::morph;
use crate::lang::Lang;
use crate::memo::{self, Key, WordMemo};

/// The fewest letters of a word this repair asks about: shorter words are too often abbreviations,
/// and too many spellings of them are words.
const MIN_LETTERS: usize = 4;

/// The Kazakh letters a lowercase letter may stand for.
fn kazakh_for(c: char) -> &'static [char] {
    match c {
        'к' => &['қ'],
        'н' => &['ң'],
        'г' => &['ғ'],
        'у' => &['ү', 'ұ'],
        'о' => &['ө'],
        'а' => &['ә'],
        'и' => &['і'],
        'х' => &['һ'],
        'ү' => &['ұ'],
        'ұ' => &['ү'],
        _ => &[],
    }
}

/// Restores the Kazakh letters of the words of `text`, a Kazakh passage (one whose letters tell
/// it: [`super::syllables::writes_kazakh_letters`]); other passages are left as they are.
pub(super) fn restore(text: String, vocab: &Vocabulary) -> String {
    if !super::syllables::writes_kazakh_letters(&text) {
        return text;
    }
    let mut fixes: Vec<(usize, String)> = Vec::new();
    // The lowercase of the word at hand.
    let mut lower = String::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let cyrillic = crate::lang::is_cyrillic(c) && crate::lang::is_letter(c);
        match (start, cyrillic) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                start = None;
                // Whole words only: not glued to Latin letters or digits.
                let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                if glued(text[..from].chars().next_back()) || glued(Some(c)) {
                    continue;
                }
                if let Some(fixed) = restored(&text[from..at], vocab, &mut lower) {
                    fixes.push((from, fixed));
                }
            }
            _ => {}
        }
    }
    if fixes.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, fixed) in fixes {
        out.push_str(&text[last..at]);
        out.push_str(&fixed);
        last = at + fixed.len();
    }
    out.push_str(&text[last..]);
    out
}

/// How much more often, in hundredths of a Zipf unit, running Kazakh text must use a spelling
/// than the word as written for the one to replace the other where the word as written is a
/// word too: ten times.
const MORE_USED: u16 = 100;

/// The lowercase `word` with Russian letters in place of Kazakh's own, into `out`: what a
/// keyboard or a font without them writes (`кукыгы` of `құқығы`).
pub(crate) fn skeleton(word: &str, out: &mut String) {
    out.clear();
    out.extend(word.chars().map(crate::lang::kk::russian_letter));
}

/// What the lexicons alone say of a lowercase word that Kazakh's dictionary does not hold, kept
/// per thread.
struct Facts {
    /// Whether the word as written is a word at all (a dictionary's, a word list's, the suffix
    /// grammar's, a Russian word with Kazakh endings).
    is_word: bool,
    /// How often running Kazakh or Russian text uses the word as written.
    used: u16,
    /// The spellings of one or two letters changed that Kazakh's dictionary holds, with how often
    /// running text uses each.
    dictionary: Vec<(String, u16)>,
}

/// The most words whose [`Facts`] a thread keeps; past it, they are forgotten all at once.
const FACTS_KEPT: usize = 1 << 16;

thread_local! {
    /// [`Facts`] of the words asked about, `None` for words Kazakh's dictionary holds.
    static FACTS: RefCell<WordMemo<Option<Rc<Facts>>>> = RefCell::default();
}

/// The [`Facts`] of lowercase `word`, `None` where Kazakh's dictionary holds it.
fn facts(word: &str) -> Option<Rc<Facts>> {
    let key = Key::of(word);
    FACTS.with(|memo| {
        memo::remember(memo, key, FACTS_KEPT, || {
            if lexicon::check_lower(Lang::Kk, word) {
                return None;
            }
            let used = lexicon::zipf(Lang::Kk, key).max(lexicon::zipf(Lang::Ru, key));
            let is_word = used > 0
                || lexicon::check_lower(Lang::Ru, word)
                || lexicon::listed(Lang::Kk, key)
                || lexicon::listed(Lang::Ru, key)
                || morph::stem_plus_ending(Lang::Kk, word)
                || morph::loans(word, true, true) != (false, false);
            let mut dictionary = Vec::new();
            let lower: Vec<char> = word.chars().collect();
            spellings(&lower, |s| {
                if lexicon::check_lower(Lang::Kk, s) {
                    dictionary.push((s.to_string(), lexicon::zipf(Lang::Kk, Key::of(s))));
                }
            });
            Some(Rc::new(Facts {
                is_word,
                used,
                dictionary,
            }))
        })
    })
}

/// Calls `each` with every spelling of `lower` that has one or two of its letters changed into
/// the Kazakh letters they may stand for ([`kazakh_for`]).
fn spellings(lower: &[char], mut each: impl FnMut(&str)) {
    let places: Vec<usize> = (0..lower.len())
        .filter(|&i| !kazakh_for(lower[i]).is_empty())
        .collect();
    let mut spelling = lower.to_vec();
    let mut s = String::new();
    let mut call = |spelling: &[char], s: &mut String| {
        s.clear();
        s.extend(spelling);
        each(s);
    };
    for (n, &i) in places.iter().enumerate() {
        for &k in kazakh_for(lower[i]) {
            spelling[i] = k;
            call(&spelling, &mut s);
            for &j in &places[n + 1..] {
                for &k2 in kazakh_for(lower[j]) {
                    spelling[j] = k2;
                    call(&spelling, &mut s);
                    spelling[j] = lower[j];
                }
            }
        }
        spelling[i] = lower[i];
    }
}

/// The word `w` with its Kazakh letters back, where it needs them and one spelling is likeliest.
///
/// A spelling may be meant where the collection writes it (more often than the word as written,
/// where that is a word too), or, but in a name, where the dictionary holds it and either the word
/// as written is no word or running text uses the spelling [`MORE_USED`] more. Of those, the one
/// the collection writes, then the dictionary's, then the one running text uses most is taken;
/// none where two tie.
fn restored(w: &str, vocab: &Vocabulary, word: &mut String) -> Option<String> {
    // Most words are asked about no further than their lowercase and the memo of the lexicons'
    // facts (the dictionary holds them), without copies of their letters.
    word.clear();
    crate::lang::push_lower(word, w);
    if word.chars().nth(MIN_LETTERS - 1).is_none()
        || word.len() != w.len()
        || word.chars().all(|c| kazakh_for(c).is_empty())
    {
        return None;
    }
    // A word of Kazakh's dictionary is as meant.
    let facts = facts(word)?;
    let word = word.as_str();
    // A name (`Кимнің`, `Улман`, `Мунмен`) takes another spelling only where the collection
    // writes it so.
    let name = w.starts_with(crate::lang::is_upper);
    let mut folded = String::new();
    skeleton(word, &mut folded);
    let collection = vocab.writes_with_kazakh_letters(&folded);
    let written_seen = vocab.count(word);
    let seen = |s: &str| {
        let count = if collection { vocab.count(s) } else { 0 };
        count > 0 && (!facts.is_word || count > written_seen)
    };
    // Each spelling that may be meant, with how likely it is.
    let mut likely: Vec<(String, (bool, bool, u16))> = Vec::new();
    for (s, used) in &facts.dictionary {
        let more_used = !facts.is_word || *used >= facts.used.saturating_add(MORE_USED);
        let seen = seen(s);
        if seen || (more_used && !name) {
            likely.push((s.clone(), (seen, true, *used)));
        }
    }
    if collection {
        let lower: Vec<char> = word.chars().collect();
        spellings(&lower, |s| {
            if seen(s) && !facts.dictionary.iter().any(|(d, _)| d == s) {
                likely.push((
                    s.to_string(),
                    (true, false, lexicon::zipf(Lang::Kk, Key::of(s))),
                ));
            }
        });
    }
    let best = likely.iter().map(|(_, l)| *l).max()?;
    let mut top = likely.iter().filter(|(_, l)| *l == best);
    let (fixed, _) = top.next()?;
    if top.next().is_some() {
        return None;
    }
    // Each letter in the case it was written in.
    let out: String = w
        .chars()
        .zip(fixed.chars())
        .map(|(was, now)| {
            if crate::lang::is_upper(was) {
                now.to_uppercase().next().unwrap_or(now)
            } else {
                now
            }
        })
        .collect();
    (out.len() == w.len()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> String {
        restore(text.to_string(), &Vocabulary::from_text(text))
    }

    #[test]
    fn kazakh_words_typed_with_russian_letters_get_theirs_back() {
        // Where the document writes the word with its letters more often.
        let text = "Әр адамның білім алуға кұқығы бар және үлттық заңдар оны қорғайды. \
                    Әркімнің еңбек етуге құқығы бар; ұлттық заңдар соны айтады. \
                    Әркімнің демалуға құқығы бар; ұлттық мерекелер сол үшін.";
        assert_eq!(
            fixed(text),
            text.replace("кұқығы", "құқығы").replace("үлттық", "ұлттық")
        );
        // Two letters, a capital kept, in a name the document writes.
        let text =
            "Казакстан Республикасы бағдарламаға қатысады. Қазақстан әріптес. Қазақстан дамиды.";
        assert_eq!(fixed(text), text.replace("Казакстан", "Қазақстан"));
    }

    #[test]
    fn spellings_the_web_writes_change_only_where_the_document_writes_them_right() {
        // The web word lists hold both spellings, and running text uses neither the
        // dictionary's far more: only the document could tell.
        let text = "Әр адамның білім алуға кұқығы бар және үлттық заңдар оны қорғайды.";
        assert_eq!(fixed(text), text);
        // A common word the dictionary lacks keeps its letters, though a letter changed spells
        // a dictionary word (`бағасың`, "you are a price"): running text uses it more.
        let text = "Тауардың бағасын көтерді, бірақ сұраныс азайды.";
        assert_eq!(fixed(text), text);
    }

    #[test]
    fn frequent_words_typed_with_russian_letters_take_the_spelling_running_text_uses() {
        let text = "Өткен жылдын соңында оның ушін кейин бірак шешім қабылданды.";
        assert_eq!(
            fixed(text),
            "Өткен жылдың соңында оның үшін кейін бірақ шешім қабылданды."
        );
    }

    #[test]
    fn known_words_names_and_russian_text_stay() {
        // Russian words in Kazakh text, a foreign name, an acronym: known or unknown to every
        // spelling.
        let kk = "Президент Флитвуд пен Мунмен кездесіп, суға батқан ізін стереотипін \
                  хабарлауынша НАТО туралы мәлімдеме жасады.";
        assert_eq!(fixed(kk), kk);
        // A Russian passage is no Kazakh one.
        let ru = "Сотрудничество Казахстана и НАТО в рамках программы развивается.";
        assert_eq!(fixed(ru), ru);
    }
}
