//! Detect answers: which language is this passage in — Kazakh, Russian, English, or undetermined?
//!
//! whatlang has no Kazakh (it calls Kazakh text Belarusian), so Cyrillic text is decided here, word by
//! word: each word adds log-odds evidence for Kazakh or Russian and the sum decides.
//! - A word with a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і) is strong Kazakh evidence, but a capitalized
//!   word inside a sentence is a name (`Қазақстан`, `Өскемен`) and counts little: Russian text names
//!   Kazakh places.
//! - Function words (`және`, `үшін` / `и`, `что`, `для`) and typical endings (`-ның`, `-дағы` /
//!   `-ого`, `-ости`) of each language.
//! - A plain word (no Kazakh letter, no other evidence) leans Russian, as Kazakh text seldom goes long
//!   without its own letters, unless the Kazakh stem list knows it (`БАС АССАМБЛЕЯ`, `17 бап`).
//!
//! The evidence works on short titles and on syllable-split PDF text (`Бей біт ші лік жо лын да ғы`),
//! where the letters still show; a mixed passage goes to the language with more evidence, with lower
//! confidence. Latin text is left to whatlang.

use std::cell::RefCell;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::lang::{is_cyrillic, kk, Lang};
use crate::memo::{Key, WordMemo};

/// A detected language and how sure the detector is (0 to 1).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Detection {
    /// The language.
    pub lang: Lang,
    /// Confidence from 0 (a guess) to 1 (certain).
    pub confidence: f32,
}

impl Detection {
    const UND: Detection = Detection {
        lang: Lang::Und,
        confidence: 0.0,
    };
}

/// Log-odds weights (positive: Kazakh) of the evidence one Cyrillic word gives.
mod weight {
    /// A word with a Kazakh-only letter.
    pub const KK_LETTER: f32 = 2.5;
    /// A capitalized word with a Kazakh-only letter inside a sentence: most likely a name.
    pub const KK_LETTER_NAME: f32 = 0.5;
    /// A Kazakh function word.
    pub const KK_FUNCTION: f32 = 2.0;
    /// A Russian function word.
    pub const RU_FUNCTION: f32 = -2.0;
    /// A typical Kazakh inflectional ending on a word without Kazakh letters (`-лар`, `-ды`).
    pub const KK_ENDING: f32 = 1.0;
    /// A typical Russian ending (`-ого`, `-ция`, `-ться`).
    pub const RU_ENDING: f32 = -1.2;
    /// A plain word of three letters or more: no Kazakh letter and no other evidence.
    pub const PLAIN: f32 = -0.6;
    /// A plain word that is a known Kazakh stem (many are loans Russian shares, so little weight).
    pub const KK_STEM: f32 = 0.2;
    /// A plain word that is a known Kazakh stem with an inflectional ending (`тап-ты`).
    pub const KK_STEM_INFLECTED: f32 = 0.6;
    /// A spelling Russian does not allow (`шы`, `жы`, `кы`, a word-initial `ы`): Kazakh.
    pub const KK_SPELLING: f32 = 2.0;
    /// A letter only Russian writes natively (ё ъ щ э): Kazakh has them in loanwords only.
    pub const RU_LETTER: f32 = -0.8;
}

/// Kazakh function words without Kazakh-only letters (those with one already count as such), and
/// a few frequent ones with them, which count twice on purpose: they are unambiguous.
const KK_FUNCTION_WORDS: &[&str] = &[
    "ал",
    "арасында",
    "бар",
    "бен",
    "бойынша",
    "болып",
    "бола",
    "болды",
    "бойы",
    "бұл",
    "деген",
    "деп",
    "емес",
    "еді",
    "және",
    "жоқ",
    "кейін",
    "мен",
    "осы",
    "пен",
    "сияқты",
    "соң",
    "та",
    "те",
    "тиіс",
    "туралы",
    "үшін",
    "жылы",
    "жөнінде",
    "арқылы",
    "олар",
    "оның",
    "ретінде",
    "екен",
    "ол",
    "сол",
    "содан",
    "енді",
    "тағы",
    "бірақ",
    "немесе",
    "егер",
];

/// Russian function words.
const RU_FUNCTION_WORDS: &[&str] = &[
    "а",
    "без",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "в",
    "во",
    "все",
    "вы",
    "для",
    "его",
    "ее",
    "её",
    "же",
    "за",
    "и",
    "из",
    "или",
    "их",
    "к",
    "как",
    "когда",
    "которые",
    "который",
    "которая",
    "которых",
    "ли",
    "на",
    "над",
    "не",
    "но",
    "о",
    "об",
    "он",
    "она",
    "они",
    "от",
    "по",
    "под",
    "при",
    "с",
    "со",
    "так",
    "также",
    "то",
    "только",
    "у",
    "уже",
    "что",
    "чтобы",
    "это",
    "этого",
    "этом",
    "я",
    "между",
    "после",
    "через",
    "однако",
    "будет",
    "есть",
    "нет",
];

/// Endings typical of Kazakh inflection that need no Kazakh-only letter.
const KK_ENDINGS: &[&str] = &[
    "лары",
    "лері",
    "дары",
    "дері",
    "тары",
    "тері",
    "ларын",
    "дарын",
    "тарын",
    "ларды",
    "лерді",
    "дарды",
    "дерді",
    "тарды",
    "терді",
    "еді",
    "йды",
    "уы",
    "уды",
    "уын",
    "уге",
    "ылы",
    "ымен",
    "ында",
    "ына",
    "тты",
    "тті",
    "ген",
    "лар",
    "дар",
    "тар",
    "лер",
];

/// Letter pairs Russian spelling rules out and Kazakh uses freely.
const KK_SPELLINGS: &[&str] = &["шы", "жы", "щы", "кы", "гы", "хы", "чы"];

/// Endings typical of Russian inflection and derivation.
const RU_ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ая", "яя", "ые", "ие", "ых", "их", "ой", "ий", "ым", "ыми", "ими",
    "ться", "тся", "ции", "ция", "цию", "ние", "ния", "нию", "нии", "ости", "ость", "ства", "ство",
    "ству", "стве", "ешь", "ете", "ишь", "ует", "ют", "ть", "ов", "ами", "ях", "ах",
];

/// Detects the language of `text`. Total: text without letters is [`Lang::Und`].
pub fn detect(text: &str) -> Detection {
    let (mut cyr, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if is_cyrillic(c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if cyr + latin < 2 {
        return Detection::UND;
    }
    if latin > cyr {
        return detect_latin(text, latin as f32 / (latin + cyr) as f32);
    }
    let evidence = cyrillic_evidence(text);
    let lang = if evidence.log_odds > 0.0 {
        Lang::Kk
    } else {
        Lang::Ru
    };
    // The log-odds sum grows with length; map it to (0.5, 1), damp passages with little text, and
    // mixed passages by how much of the evidence agrees with the verdict.
    let certainty = 1.0 / (1.0 + (-evidence.log_odds.abs()).exp());
    let damp = (evidence.words as f32 / 4.0).min(1.0);
    let agreement = if evidence.weight > 0.0 {
        evidence.log_odds.abs() / evidence.weight
    } else {
        0.0
    };
    Detection {
        lang,
        confidence: 0.5 + (certainty - 0.5) * damp * agreement.sqrt(),
    }
}

/// Summed evidence of a Cyrillic passage.
#[derive(Debug)]
struct Evidence {
    /// Positive: Kazakh; negative: Russian.
    log_odds: f32,
    /// Cyrillic words seen.
    words: usize,
    /// Sum of the evidence's absolute values, for and against.
    weight: f32,
}

fn cyrillic_evidence(text: &str) -> Evidence {
    let mut log_odds = 0.0;
    let mut weight = 0.0;
    let mut words = 0;
    let mut sentence_start = true;
    let mut lower = String::new();
    EVIDENCE.with_borrow_mut(|memo| {
        if memo.len() >= EVIDENCE_LIMIT {
            memo.clear();
        }
        let mut weigh = |word: &str, sentence_start: bool| {
            if word.chars().any(is_cyrillic) {
                words += 1;
                let e = word_evidence(word, sentence_start, &mut lower, memo);
                log_odds += e;
                weight += e.abs();
            }
        };
        let mut word_start: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if crate::lang::is_letter(c) {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(start) = word_start.take() {
                weigh(&text[start..i], sentence_start);
                sentence_start = false;
            }
            if matches!(c, '.' | '!' | '?' | '«' | '"' | '“' | ':' | '\n' | '(') {
                sentence_start = true;
            }
        }
        if let Some(start) = word_start {
            weigh(&text[start..], sentence_start);
        }
    });
    Evidence {
        log_odds,
        words,
        weight,
    }
}

thread_local! {
    /// [`lower_evidence`] of the words this thread has weighed, as a name and not: passages repeat
    /// their words. Cleared when it grows large.
    static EVIDENCE: RefCell<WordMemo<[f32; 2]>> = RefCell::default();
}

/// Words remembered per thread before [`EVIDENCE`] is cleared.
const EVIDENCE_LIMIT: usize = 200_000;

/// The log-odds evidence (positive: Kazakh) of one Cyrillic word, `lower` being a buffer for its
/// lowercase form and `memo` the evidence of lowercase words already weighed.
fn word_evidence(
    word: &str,
    sentence_start: bool,
    lower: &mut String,
    memo: &mut WordMemo<[f32; 2]>,
) -> f32 {
    lower.clear();
    crate::lang::push_lower(lower, word);
    // A capitalized word inside a sentence, not in capitals throughout, reads as a name.
    let is_name = !sentence_start
        && word.chars().next().is_some_and(char::is_uppercase)
        && !word.chars().all(|c| !c.is_lowercase());
    let key = Key::of(lower);
    let e = match memo.get(key) {
        Some(e) => e,
        None => {
            let e = lower_evidence(lower);
            memo.insert(key, e);
            e
        }
    };
    e[usize::from(is_name)]
}

/// The evidence of a lowercase Cyrillic word, read as no name and as a name (capitalized inside a
/// sentence), in that order: the letters and lists are read once for both readings.
fn lower_evidence(lower: &str) -> [f32; 2] {
    let mut e = 0.0;
    if lower.chars().any(|c| matches!(c, 'ё' | 'ъ' | 'щ' | 'э')) {
        e += weight::RU_LETTER;
    }
    let kk_function = KK_FUNCTIONS.contains(lower);
    let ru_function = RU_FUNCTIONS.contains(lower);
    if kk_function {
        e += weight::KK_FUNCTION;
    }
    if ru_function {
        e += weight::RU_FUNCTION;
    }
    if lower.chars().any(kk::is_specific_letter) {
        return [e + weight::KK_LETTER, e + weight::KK_LETTER_NAME];
    }
    // A name, and a function word read either way, take no more evidence.
    if kk_function || ru_function {
        return [e, e];
    }
    let name = e;
    // Russian spelling writes и, not ы, after ш ж к г х ч, and starts no native word with ы.
    if KK_SPELLINGS.iter().any(|s| lower.contains(s)) || lower.starts_with('ы') {
        return [e + weight::KK_SPELLING, name];
    }
    let n = lower.chars().count();
    if n >= 4 && RU_ENDINGS.iter().any(|s| lower.ends_with(s)) {
        e += weight::RU_ENDING;
    } else if n >= 4 && KK_ENDINGS.iter().any(|s| lower.ends_with(s)) {
        e += weight::KK_ENDING;
    } else if n >= 3 {
        // A plain word the Kazakh stem list knows (`бас`, `бап`, `тапты`) is no Russian evidence.
        e += match kazakh_reading(lower) {
            (true, true) => weight::KK_STEM,
            (true, false) => weight::KK_STEM_INFLECTED,
            (false, _) => weight::PLAIN,
        };
    }
    [e, name]
}

/// [`KK_FUNCTION_WORDS`] as a set, for one lookup per word.
static KK_FUNCTIONS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| KK_FUNCTION_WORDS.iter().copied().collect());

/// [`RU_FUNCTION_WORDS`] as a set, for one lookup per word.
static RU_FUNCTIONS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| RU_FUNCTION_WORDS.iter().copied().collect());

thread_local! {
    /// [`kazakh_reading`]s of the words this thread has weighed: passages repeat their words, and the
    /// Kazakh analysis tries suffix chain after suffix chain. Cleared when it grows large.
    static READINGS: RefCell<WordMemo<(bool, bool)>> = RefCell::default();
}

/// Words remembered per thread before [`READINGS`] is cleared.
const READINGS_LIMIT: usize = 100_000;

/// Whether the Kazakh stem list knows the lowercased `word`, and whether it is bare (no suffix
/// stripped), remembered per thread.
fn kazakh_reading(word: &str) -> (bool, bool) {
    READINGS.with_borrow_mut(|known| {
        let key = Key::of(word);
        if let Some(reading) = known.get(key) {
            return reading;
        }
        let analysis = kk::analyze(word);
        let reading = (analysis.known, analysis.suffixes.is_empty());
        if known.len() >= READINGS_LIMIT {
            known.clear();
        }
        known.insert(key, reading);
        reading
    })
}

/// Latin-script text: English unless whatlang is sure it is another language.
///
/// English function words decide ordinary passages at once; whatlang (a quarter of all indexing time
/// when run on every passage) is asked only about text they leave open, and only about its beginning.
fn detect_latin(text: &str, latin_share: f32) -> Detection {
    let (mut words, mut function) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(200)
    {
        words += 1;
        // Lowercased on the stack: English function words are five letters at most.
        let mut lower = [0u8; 5];
        if let Some(lower) = lower.get_mut(..word.len()) {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            // ASCII letters only, so UTF-8.
            let lower = std::str::from_utf8(lower).unwrap_or_default();
            if Lang::En.is_stopword(lower) {
                function += 1;
            }
        }
    }
    if words >= ENGLISH_MIN_WORDS && function as f32 >= ENGLISH_FUNCTION_SHARE * words as f32 {
        return Detection {
            lang: Lang::En,
            confidence: (0.9 + 0.1 * (words.min(40) as f32 / 40.0)) * latin_share.max(0.5),
        };
    }
    let mut cut = text.len().min(WHATLANG_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    match whatlang::detect(&text[..cut]) {
        Some(info) if info.lang() == whatlang::Lang::Eng => Detection {
            lang: Lang::En,
            confidence: (info.confidence() as f32).max(0.5) * latin_share.max(0.5),
        },
        Some(info) if info.is_reliable() && info.confidence() > 0.9 => Detection {
            lang: Lang::Und,
            confidence: info.confidence() as f32,
        },
        _ => Detection {
            lang: Lang::En,
            confidence: 0.5 * latin_share,
        },
    }
}

/// Words needed before English function words alone decide.
const ENGLISH_MIN_WORDS: usize = 8;
/// Share of English function words (`the`, `of`, `and`…) that marks a passage as English; English
/// prose runs at 35–50%, other Latin-script languages share only a few short words with it.
const ENGLISH_FUNCTION_SHARE: f32 = 0.22;
/// How much of a passage whatlang reads.
const WHATLANG_BYTES: usize = 600;

/// What whatlang alone says of `text`, mapped to trilingua's languages (Russian and English; it
/// has no Kazakh, so Kazakh text comes out as another language, [`Lang::Und`]). The baseline the
/// evaluation compares with.
pub fn detect_whatlang_only(text: &str) -> Lang {
    match whatlang::detect(text).map(|info| info.lang()) {
        Some(whatlang::Lang::Rus) => Lang::Ru,
        Some(whatlang::Lang::Eng) => Lang::En,
        _ => Lang::Und,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_latin_languages_are_not_english() {
        // Dutch and French treaty wording share only a few short words with English.
        let nl = "De Partijen bij dit Verdrag bevestigen opnieuw hun vertrouwen in de doelstellingen en \
                  beginselen van het Handvest der Verenigde Naties en hun wens in vrede te leven met alle volken.";
        let fr = "Les Parties au présent Traité réaffirment leur foi dans les buts et les principes de la \
                  Charte des Nations Unies et leur désir de vivre en paix avec tous les peuples.";
        assert_eq!(detect(nl).lang, Lang::Und);
        assert_eq!(detect(fr).lang, Lang::Und);
        let en = "The Parties to this Treaty reaffirm their faith in the purposes and principles of the \
                  Charter of the United Nations and their desire to live in peace with all peoples.";
        assert_eq!(detect(en).lang, Lang::En);
        assert!(detect(en).confidence > 0.9);
    }

    #[test]
    fn three_languages() {
        assert_eq!(
            detect(
                "Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең болып туады."
            )
            .lang,
            Lang::Kk
        );
        assert_eq!(
            detect("Все люди рождаются свободными и равными в своем достоинстве и правах.").lang,
            Lang::Ru
        );
        assert_eq!(
            detect("All human beings are born free and equal in dignity and rights.").lang,
            Lang::En
        );
        assert_eq!(detect("12, 34 — ").lang, Lang::Und);
    }

    #[test]
    fn russian_naming_kazakh_places_stays_russian() {
        for text in [
            "Сотрудничество Казахстана и НАТО обсуждалось в городе Өскемен в рамках программы.",
            "Делегация посетила Қазақстан, Өскемен и Шығыс Қазақстан облысы.",
            "Конференция прошла в Өскемен.",
        ] {
            assert_eq!(detect(text).lang, Lang::Ru, "{text}");
        }
    }

    #[test]
    fn remembered_words_weigh_as_when_first_met() {
        // Words are weighed once per thread, as a name and not: a word met first as a name
        // (capitalized inside a sentence) must weigh as a plain word later, and the other way round.
        let texts = [
            "Делегация посетила Өскемен и Алматы.",
            "Өскемен қаласында. Алматы мен Астана арасында жол бар.",
            "Конференция прошла в городе. Алматы и Өскемен приняли гостей.",
            "Бас ассамблея Қазақстан тапты.",
        ];
        let on_fresh_thread = |t: &'static str| {
            let d = std::thread::spawn(move || detect(t)).join().unwrap();
            (d.lang, d.confidence.to_bits())
        };
        let fresh: Vec<_> = texts.iter().map(|&t| on_fresh_thread(t)).collect();
        let forwards: Vec<_> = texts
            .iter()
            .map(|t| (detect(t).lang, detect(t).confidence.to_bits()))
            .collect();
        let backwards: Vec<_> = std::thread::spawn(move || {
            let mut out: Vec<_> = texts
                .iter()
                .rev()
                .map(|t| (detect(t).lang, detect(t).confidence.to_bits()))
                .collect();
            out.reverse();
            out
        })
        .join()
        .unwrap();
        assert_eq!(forwards, fresh);
        assert_eq!(backwards, fresh);
    }

    #[test]
    fn short_titles() {
        assert_eq!(detect("БАС АССАМБЛЕЯ,").lang, Lang::Kk);
        assert_eq!(detect("17 бап.").lang, Lang::Kk);
        assert_eq!(detect("Статья 17.").lang, Lang::Ru);
        assert_eq!(detect("Қазақстан").lang, Lang::Kk);
        assert_eq!(detect("Кіріспе").lang, Lang::Kk);
        assert_eq!(detect("Қорытынды").lang, Lang::Kk);
        assert_eq!(detect("Введение").lang, Lang::Ru);
        assert_eq!(detect("Заключение").lang, Lang::Ru);
        assert_eq!(detect("Introduction").lang, Lang::En);
    }

    #[test]
    fn syllable_split_text() {
        assert_eq!(
            detect("Бей біт ші лік жо лын да ғы әріп тес тік").lang,
            Lang::Kk
        );
        assert_eq!(
            detect("Сот руд ни че ст во Ка за х стана и НАТО в рам ках прог рам мы").lang,
            Lang::Ru
        );
    }

    #[test]
    fn mixed_passage_goes_to_the_majority() {
        let text = "Статья опубликована в сборнике «Бейбітшілік жолындағы әріптестік» и посвящена \
                    вопросам сотрудничества Казахстана и НАТО в Центральной Азии за двадцать лет.";
        let d = detect(text);
        assert_eq!(d.lang, Lang::Ru);
        assert!(d.confidence < 1.0);
        let kk = "Қазақстан мен НАТО арасындағы ынтымақтастық жиырма жыл бойы дамып келеді.";
        let ru = "Сотрудничество Казахстана и НАТО развивается уже двадцать лет.";
        let mixed = detect(&format!("{kk} {ru}"));
        assert!(mixed.confidence < detect(kk).confidence.min(detect(ru).confidence));
    }

    #[test]
    fn confidence_grows_with_evidence() {
        let short = detect("Қазақстан");
        let long =
            detect("Қазақстан мен НАТО арасындағы ынтымақтастық жиырма жыл бойы дамып келеді.");
        assert!(long.confidence > short.confidence, "{short:?} {long:?}");
        assert!(long.confidence > 0.9);
    }
}
