//! Morphology for repair scoring: is a joined candidate a dictionary stem plus a valid ending?
//!
//! Hunspell's Kazakh dictionary misses about a fifth of ordinary inflected forms (`тастар`, `тауда`,
//! `әріптестік`), so a candidate also counts as a word when it is a Kazakh stem followed by a chain of
//! suffixes that agree with the stem's vowel harmony, or a Russian stem followed by a Russian ending.
//! This knowledge serves recognition only (is this a word?), not stemming; the stemmer is in
//! `crate::lang::kk`.

use std::cell::RefCell;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::lexicon;
use crate::lang::Lang;
use crate::memo::{self, Key, WordMemo};

/// Vowel harmony class of a Kazakh suffix or stem.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Harmony {
    Back,
    Front,
    /// No vowel of its own (`м`, `ң`, `н`, `п`, `й`): follows whatever precedes.
    Any,
}

fn harmony_of_vowel(c: char) -> Option<Harmony> {
    match c {
        'а' | 'о' | 'ұ' | 'ы' | 'я' => Some(Harmony::Back),
        'ә' | 'е' | 'ө' | 'ү' | 'і' | 'э' | 'ё' => Some(Harmony::Front),
        // и, у, ю are written in both rows.
        _ => None,
    }
}

/// The harmony of the last vowel of `s` that has one; front after a soft sign in the last
/// syllable, as Kazakh writes Russian loans (`Бристольдегі`, `фильмде`, `рольге`); either after a
/// final `и`, which Kazakh text follows with front endings where a loan ends in it (`цунамиге`,
/// `таксиге`, `Миссисипиде`) and back ones where it is the glide of a back word.
fn last_harmony(s: &str) -> Harmony {
    if s.ends_with('и') {
        return Harmony::Any;
    }
    s.chars()
        .rev()
        .find_map(|c| {
            if c == 'ь' {
                Some(Harmony::Front)
            } else {
                harmony_of_vowel(c)
            }
        })
        .unwrap_or(Harmony::Any)
}

/// Whether a Kazakh case clitic (`да`, `де`, `та`, `те`, `мен`, `бен`, `пен`) agrees with
/// lowercase `head` as its ending would: the locative's vowel with the head's last vowel (`а`
/// after a back vowel, `е` after a front one or a soft sign; either after `и`, `у`, `ю`, written
/// in both rows: `Капитолийде`), its consonant and the instrumental's with the head's last sound
/// (`т`, `п` after a voiceless consonant; `д`, `м` after a vowel or a sonorant; `д`, `б` after `ж`,
/// `з`; either after a loan's `б`, `в`, `г`, `д`). So `тілсізта` and `басқанытa` are no words.
pub(crate) fn case_clitic_agrees(head: &str, clitic: &str) -> bool {
    let Some(last) = head.chars().next_back() else {
        return true;
    };
    let voiceless = matches!(
        last,
        'п' | 'т' | 'к' | 'қ' | 'с' | 'ш' | 'ф' | 'х' | 'ц' | 'ч' | 'щ'
    );
    let sonorant = is_vowel(last) || matches!(last, 'л' | 'м' | 'н' | 'ң' | 'р' | 'й');
    let sibilant = matches!(last, 'ж' | 'з');
    let (opening, vowel) = {
        let mut letters = clitic.chars();
        (letters.next(), letters.next())
    };
    let consonant_agrees = match opening {
        Some('т') | Some('п') => voiceless || !(sonorant || sibilant),
        Some('д') => !voiceless,
        Some('м') => !voiceless && !sibilant,
        Some('б') => !voiceless && !sonorant,
        _ => true,
    };
    let vowel_agrees = match vowel {
        // (The instrumental has no back form.)
        Some('а') | Some('е') if !clitic.ends_with('н') => {
            // The last vowel, or a soft sign after it.
            let harmony = head.chars().rev().find_map(|c| {
                if c == 'ь' {
                    Some(Some(Harmony::Front))
                } else if is_vowel(c) {
                    Some(harmony_of_vowel(c))
                } else {
                    None
                }
            });
            match harmony.flatten() {
                Some(Harmony::Back) => vowel == Some('а'),
                Some(Harmony::Front) => vowel == Some('е'),
                _ => true,
            }
        }
        _ => true,
    };
    consonant_agrees && vowel_agrees
}

/// Slots of the Kazakh suffix chain, in the order suffixes follow a stem.
mod slot {
    /// Derivation and voice: `лық`, `шы`, `сыз`, `дас`, `тыр`, `ыл`, `ла`.
    pub const DERIVE: u8 = 0;
    /// Verb forms: negation, tense, participles, converbs, verbal nouns.
    pub const VERB: u8 = 1;
    /// A participle made a noun (`болғандықтан`, `жететіндігі`); and where an attributive
    /// `-дағы` goes on as a noun (`штаттардағылар`).
    pub const NOMINAL: u8 = 2;
    /// Plural.
    pub const PLURAL: u8 = 3;
    /// Possessive.
    pub const POSS: u8 = 4;
    /// Case.
    pub const CASE: u8 = 5;
    /// After a case: `-ғы` (`-дағы`), personal endings.
    pub const LAST: u8 = 6;
}

/// Kazakh suffixes: back and front variants (every consonant alternation) and their slot. A
/// suffix with no vowel (`м`, `ң`, `н`) has the same text in both rows.
const KK_SUFFIXES: &[(&str, &str, u8)] = &[
    ("лық", "лік", slot::DERIVE),
    ("дық", "дік", slot::DERIVE),
    ("тық", "тік", slot::DERIVE),
    ("шы", "ші", slot::DERIVE),
    ("сыз", "сіз", slot::DERIVE),
    ("лы", "лі", slot::DERIVE),
    ("ды", "ді", slot::DERIVE),
    ("ты", "ті", slot::DERIVE),
    ("ла", "ле", slot::DERIVE),
    ("да", "де", slot::DERIVE),
    ("та", "те", slot::DERIVE),
    ("дас", "дес", slot::DERIVE),
    ("лас", "лес", slot::DERIVE),
    ("тас", "тес", slot::DERIVE),
    // The verbalizer (`қарулану`, `қарусыздану`, `жылдамдату` has `-дат`).
    // Adjectives of inclination (`бейбітшіл`, `ұлтшыл`).
    ("шыл", "шіл", slot::DERIVE),
    ("лан", "лен", slot::DERIVE),
    ("дан", "ден", slot::DERIVE),
    ("тан", "тен", slot::DERIVE),
    // The comparative (`жақсырақ`, `тиімдірек`, `кешірек`).
    ("рақ", "рек", slot::DERIVE),
    ("ырақ", "ірек", slot::DERIVE),
    // Before a vowel, a final `қ`/`к` turns voiced (`әріптестік` → `әріптестігі`): see
    // [`VOICED_BEFORE_VOWEL`].
    ("лығ", "ліг", slot::DERIVE),
    ("дығ", "діг", slot::DERIVE),
    ("тығ", "тіг", slot::DERIVE),
    ("ғыш", "гіш", slot::DERIVE),
    ("қыш", "кіш", slot::DERIVE),
    ("ыл", "іл", slot::DERIVE),
    ("л", "л", slot::DERIVE),
    ("ын", "ін", slot::DERIVE),
    ("ыс", "іс", slot::DERIVE),
    ("с", "с", slot::DERIVE),
    ("тыр", "тір", slot::DERIVE),
    ("дыр", "дір", slot::DERIVE),
    ("ғыз", "гіз", slot::DERIVE),
    ("қыз", "кіз", slot::DERIVE),
    ("ғар", "гер", slot::DERIVE),
    ("қар", "кер", slot::DERIVE),
    ("т", "т", slot::DERIVE),
    ("ғы", "гі", slot::DERIVE),
    ("қы", "кі", slot::DERIVE),
    ("ма", "ме", slot::VERB),
    ("ба", "бе", slot::VERB),
    ("па", "пе", slot::VERB),
    ("у", "у", slot::VERB),
    // The plural imperative (`ойламаңдар`, `келіңдер`).
    ("ңдар", "ңдер", slot::VERB),
    ("ыңдар", "іңдер", slot::VERB),
    // Negation and the verbal noun (`болмауға`, `келмеуі`): `у` after the negation's vowel.
    ("мау", "меу", slot::VERB),
    ("бау", "беу", slot::VERB),
    ("пау", "пеу", slot::VERB),
    ("ған", "ген", slot::VERB),
    ("қан", "кен", slot::VERB),
    ("атын", "етін", slot::VERB),
    ("йтын", "йтін", slot::VERB),
    ("ып", "іп", slot::VERB),
    ("п", "п", slot::VERB),
    ("а", "е", slot::VERB),
    ("й", "й", slot::VERB),
    ("ады", "еді", slot::VERB),
    ("йды", "йді", slot::VERB),
    ("ды", "ді", slot::VERB),
    ("ты", "ті", slot::VERB),
    ("са", "се", slot::VERB),
    ("мақ", "мек", slot::VERB),
    ("бақ", "бек", slot::VERB),
    ("пақ", "пек", slot::VERB),
    ("мағ", "мег", slot::VERB),
    ("бағ", "бег", slot::VERB),
    ("пағ", "пег", slot::VERB),
    ("ушы", "уші", slot::VERB),
    ("ар", "ер", slot::VERB),
    ("р", "р", slot::VERB),
    ("мас", "мес", slot::VERB),
    ("бас", "бес", slot::VERB),
    ("пас", "пес", slot::VERB),
    // The optative and the voluntative (`болсын`, `барайын`, `қалайық`, `ойлайық`).
    ("сын", "сін", slot::VERB),
    ("айын", "ейін", slot::VERB),
    ("йын", "йін", slot::VERB),
    ("айық", "ейік", slot::VERB),
    ("йық", "йік", slot::VERB),
    ("ғалы", "гелі", slot::VERB),
    ("қалы", "келі", slot::VERB),
    ("ғай", "гей", slot::VERB),
    ("қай", "кей", slot::VERB),
    // The past and the conditional in the first person plural (`алмадық`, `қатыспадық`,
    // `барсақ`): the person's `қ` stands after these alone.
    ("дық", "дік", slot::VERB),
    ("тық", "тік", slot::VERB),
    ("сақ", "сек", slot::VERB),
    ("лық", "лік", slot::NOMINAL),
    ("дық", "дік", slot::NOMINAL),
    ("тық", "тік", slot::NOMINAL),
    ("лығ", "ліг", slot::NOMINAL),
    ("дығ", "діг", slot::NOMINAL),
    ("тығ", "тіг", slot::NOMINAL),
    ("лар", "лер", slot::PLURAL),
    ("дар", "дер", slot::PLURAL),
    ("тар", "тер", slot::PLURAL),
    ("ым", "ім", slot::POSS),
    ("м", "м", slot::POSS),
    ("ың", "ің", slot::POSS),
    ("ң", "ң", slot::POSS),
    ("ыңыз", "іңіз", slot::POSS),
    ("ңыз", "ңіз", slot::POSS),
    ("ымыз", "іміз", slot::POSS),
    ("мыз", "міз", slot::POSS),
    ("ы", "і", slot::POSS),
    ("сы", "сі", slot::POSS),
    ("ның", "нің", slot::CASE),
    ("дың", "дің", slot::CASE),
    ("тың", "тің", slot::CASE),
    ("ға", "ге", slot::CASE),
    ("қа", "ке", slot::CASE),
    ("на", "не", slot::CASE),
    ("а", "е", slot::CASE),
    ("ны", "ні", slot::CASE),
    ("ды", "ді", slot::CASE),
    ("ты", "ті", slot::CASE),
    ("н", "н", slot::CASE),
    ("да", "де", slot::CASE),
    ("та", "те", slot::CASE),
    ("нда", "нде", slot::CASE),
    ("дан", "ден", slot::CASE),
    ("тан", "тен", slot::CASE),
    ("нан", "нен", slot::CASE),
    ("мен", "мен", slot::CASE),
    ("бен", "бен", slot::CASE),
    ("пен", "пен", slot::CASE),
    ("менен", "менен", slot::CASE),
    ("ша", "ше", slot::CASE),
    ("дай", "дей", slot::CASE),
    ("тай", "тей", slot::CASE),
    ("ндай", "ндей", slot::CASE),
    ("ғы", "гі", slot::LAST),
    ("қы", "кі", slot::LAST),
    ("мын", "мін", slot::LAST),
    ("бын", "бін", slot::LAST),
    ("пын", "пін", slot::LAST),
    ("сың", "сің", slot::LAST),
    ("быз", "біз", slot::LAST),
    ("пыз", "піз", slot::LAST),
    ("сыз", "сіз", slot::LAST),
    ("мыз", "міз", slot::LAST),
    // The polite and the plain second person plural (`алмайсыздар`, `бардыңыздар`, `бардыңдар`),
    // after a verb form only.
    ("сыздар", "сіздер", slot::LAST),
    ("ңыздар", "ңіздер", slot::LAST),
    ("ңдар", "ңдер", slot::LAST),
];

/// Suffixes whose last consonant is the voiced form of a final `қ`/`к` (`лық` → `лығ`): they stand
/// only before a suffix that starts with a vowel.
const VOICED_BEFORE_VOWEL: &[&str] = &[
    "лығ", "ліг", "дығ", "діг", "тығ", "тіг", "мағ", "мег", "бағ", "бег", "пағ", "пег",
];

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я'
    )
}

/// Whether a chain of suffixes from `slot` on, agreeing with `harmony`, spells `rest`; `prev` is the
/// last letter before `rest`. Derivation slots may repeat (twice at most), a verb form only after the
/// negation; the others follow in order. Kazakh avoids vowel clusters: a suffix starting with a vowel
/// follows a consonant, a suffix of bare consonants follows a vowel.
fn suffix_fits(
    rest: &str,
    harmony: Harmony,
    from: u8,
    repeats: u8,
    prev: char,
    after_voice: bool,
    depth: usize,
) -> bool {
    let Some(first) = rest.chars().next() else {
        return true;
    };
    if depth == 0 {
        return false;
    }
    // `у` and `и` after a vowel are glides, so a vowel may follow them.
    let prev_vowel = is_vowel(prev) && !matches!(prev, 'у' | 'и' | 'ю' | 'я');
    let window = leading_bytes(rest);
    for m in opening(first, window) {
        // Most suffixes of the letter spell something else: told first, in one comparison.
        if window & m.mask != m.head {
            continue;
        }
        let s = m.slot;
        if s < from || (s == from && s > slot::VERB) || (s == from && repeats >= 2) {
            continue;
        }
        if harmony != Harmony::Any && m.harmony != Harmony::Any && m.harmony != harmony {
            continue;
        }
        if !assimilates(prev, m) {
            continue;
        }
        // The attributive `-ғы` closes a locative (`жолындағы`), nothing else (`кешірекекі`).
        if m.attributive && from != slot::CASE {
            continue;
        }
        // (A chain of inflections alone starts at the verb slot with no letter before it: no verb
        // form there.)
        if m.plural_person && (from != slot::VERB || prev == ' ') {
            continue;
        }
        // `-дық` makes a noun of a participle (`-ған`, `-атын`, `-ар`) only.
        if s == slot::NOMINAL && !(from == slot::VERB && matches!(prev, 'н' | 'р')) {
            continue;
        }
        // The verbal noun `-у` and the agent `-ушы` are glides after a stem's vowel (`ойнау`).
        // (So after a verb made of a noun: `шабуылда-ушы`.)
        let glide = m.glide && from <= slot::VERB && repeats == 0;
        // (The causative `-т` also follows `р` and `й`: `жақсар-т`, `кеңей-т`.)
        let bare_after = is_vowel(prev) || (m.text == "т" && matches!(prev, 'р' | 'й'));
        if (m.vowel_first && prev_vowel && !glide) || (m.bare && !bare_after) {
            continue;
        }
        // A verb's voice (`сен-іс`, `тоқта-т-ыл`) makes a verb, which takes no suffix that makes
        // verbs of nouns after it (`сен-іс-те-дің` is no word).
        if m.verbalizer && after_voice {
            continue;
        }
        // `rest` starts with the suffix's bytes, so its end is a character boundary of `rest`.
        let Some(after) = rest.get(m.text.len()..) else {
            continue;
        };
        if m.voiced && !after.starts_with(is_vowel) {
            continue;
        }
        // A converb (`сақтап`, `барып`) ends its word but for the evidential `-ты` and personal
        // endings: a case or another verb form after it is the next word (`сақтап қалу`).
        if m.converb && !after.is_empty() && !converb_may_take(after, harmony) {
            continue;
        }
        let next_h = if m.harmony == Harmony::Any {
            harmony
        } else {
            m.harmony
        };
        // A participle in `-мас` takes no verb form after it (`орындалмас арманы`): the verb slot
        // counts as full.
        // Only the negation takes another verb form after it (`ал-ма-ды`): after a tense, a
        // participle or a converb the verb slot is full (`ина-р-а-сы-нда` is no word).
        let next_repeats = if s == slot::VERB && (m.participle || !m.negation) {
            2
        } else if s == from {
            repeats + 1
        } else {
            1
        };
        // Only the locative takes more after it (`-дағы`, `үйдемін`); after another case the
        // word ends (`кешіреке` + `кі`, `Гейгерге` + `сіз` are no words).
        let next_from = if s == slot::CASE && !m.locative {
            slot::LAST + 1
        } else if m.attributive {
            // `-дағы` is a word that takes a plural, a possessive and a case again.
            slot::NOMINAL
        } else {
            s
        };
        if suffix_fits(
            after,
            next_h,
            next_from,
            next_repeats,
            m.last,
            m.voice,
            depth - 1,
        ) {
            return true;
        }
    }
    false
}

/// Whether suffix `m` may follow the letter `prev` as Kazakh sounds assimilate: the consonant that
/// opens a suffix agrees with the sound before it (`кітап` + `қа`, `қала` + `ға`; `жер` + `лер`,
/// `жол` + `дар`, `ат` + `тар`; `қол` + `мен`, `сөз` + `бен`, `кітап` + `пен`).
/// - After a voiceless consonant: `т`, `қ`/`к`, `п`, never `д`, `ғ`/`г`, `б`, `м`, `н`, `л`.
/// - After a vowel: `л`, `ғ`/`г`, `м`, `н`, and `д` only in a verb form or the locative, ablative
///   or similative (`ойна-ды`, `қала-да`, `қала-дан`, `қала-дай`; not `қала-лар`'s `-дар` nor
///   the accusative's and genitive's `-ды`, `-дың`: `қала-ны`, `қала-ның`).
/// - After `р`, `й` and the glides `у`, `и`: `л` before a derivation or a plural (`жер-лер`,
///   `тау-лар`), `д` in a verb form or a case (`жер-ді`, `жазу-ды`, `бар-ды`).
/// - After `ж`, `з`, `л`, `м`, `н`, `ң`: `д`, `ғ`/`г`, `м`, and `б` after all but `л`; after `м`,
///   `н`, `ң` the genitive and the ablative open with `н` (`Қазақстан-ның`, `-нан`).
///
/// A letter outside these (a soft sign, `б`, `в`, `г`, `д` ending a loanword, none at all) is no
/// evidence either way.
fn assimilates(prev: char, m: &Morph) -> bool {
    let Some(first) = m.text.chars().next() else {
        return true;
    };
    if m.bare || is_vowel(first) {
        return true;
    }
    let liquid = is_liquid(prev);
    let vowel = is_vowel(prev) && !liquid;
    let voiceless = is_voiceless(prev);
    let voiced = is_voiced(prev);
    if !(vowel || liquid || voiceless || voiced) {
        return true;
    }
    match first {
        'л' => vowel || liquid,
        'д' if vowel => {
            m.slot == slot::VERB
                || (m.slot == slot::CASE && !matches!(m.text, "ды" | "ді" | "дың" | "дің"))
        }
        'д' if liquid => m.slot == slot::VERB || m.slot == slot::CASE,
        'д' if is_nasal(prev) => {
            !(m.slot == slot::CASE && matches!(m.text, "дың" | "дің" | "дан" | "ден"))
        }
        'д' | 'ғ' | 'г' | 'м' => !voiceless,
        'т' | 'қ' | 'к' | 'п' => voiceless,
        'б' => voiced && prev != 'л',
        'н' => vowel || is_nasal(prev),
        _ => true,
    }
}

/// `р`, `й` and the glides `у`, `и`, after which a suffix takes `л` or `д` ([`assimilates`]).
fn is_liquid(c: char) -> bool {
    matches!(c, 'р' | 'й' | 'у' | 'и')
}

/// The voiceless consonants, after which a suffix takes `т`, `қ`/`к`, `п`.
fn is_voiceless(c: char) -> bool {
    matches!(
        c,
        'к' | 'қ' | 'п' | 'с' | 'т' | 'ш' | 'ф' | 'х' | 'ц' | 'ч' | 'щ'
    )
}

/// The voiced consonants but `р` and `й`, after which a suffix takes `д`, `ғ`/`г`, `б`/`м`.
fn is_voiced(c: char) -> bool {
    matches!(c, 'ж' | 'з' | 'л' | 'м' | 'н' | 'ң')
}

/// The nasals, after which the genitive and the ablative open with `н`.
fn is_nasal(c: char) -> bool {
    matches!(c, 'м' | 'н' | 'ң')
}

/// All that the suffix grammar asks of the letter before a suffix ([`suffix_fits`],
/// [`assimilates`]), as bits: two letters alike here get the same answers for the same suffixes, so
/// that a memo of chains may key on this rather than the letter.
fn sound_before(c: char) -> u64 {
    [
        is_vowel(c),
        matches!(c, 'у' | 'и' | 'ю' | 'я'),
        is_liquid(c),
        is_voiceless(c),
        is_voiced(c),
        is_nasal(c),
        c == 'л',
        matches!(c, 'р' | 'й'),
    ]
    .iter()
    .enumerate()
    .fold(0, |bits, (i, &b)| bits | (u64::from(b) << i))
}

/// One suffix variant, with what the chain check needs precomputed.
#[derive(Clone)]
struct Morph {
    text: &'static str,
    /// The bytes of `text` ([`leading_bytes`]), and a mask of as many bytes: `rest` starts with
    /// `text` where its leading bytes masked are `head` (no suffix has a zero byte, which pads
    /// a shorter `rest`).
    head: u128,
    mask: u128,
    harmony: Harmony,
    slot: u8,
    vowel_first: bool,
    bare: bool,
    last: char,
    /// One of [`VOICED_BEFORE_VOWEL`].
    voiced: bool,
    /// Starts with `у`, a glide after a vowel.
    glide: bool,
    /// The converb `-п`/`-ып`/`-іп`.
    converb: bool,
    /// The negative participle `-мас`.
    participle: bool,
    /// The negation `-ма`/`-ба`/`-па`, after which another verb form follows (`алмады`).
    negation: bool,
    /// The locative case (`-да`, `-нде`).
    locative: bool,
    /// The attributive `-ғы`/`-гі` after a case: after the locative only.
    attributive: bool,
    /// A person in the plural (`-сыздар`, `-ңдар`): a verb's ending, after a verb form only (a
    /// noun's locative takes `-сыз` alone: `күндердесіздер` reads `күндерде сіздер`).
    plural_person: bool,
    /// A verb's voice: passive, reflexive, reciprocal, causative (`-ыл`, `-ын`, `-ыс`, `-тыр`).
    /// Not the causative `-ғар`/`-гер` (`шығар`): `-гер` makes nouns of agents too (`куәгер`).
    voice: bool,
    /// A suffix that makes a verb of a noun (`-ла`, `-да`, `-лан`).
    verbalizer: bool,
}

/// Whether Kazakh `rest` (lowercase) may follow `head`, a word that ends in a case: only what
/// follows a case, the attributive `-ғы` after a locative and personal endings (`үйде-гі`,
/// `үйде-мін`); no verb form (`ештеңеде` + `меді` is no word).
pub(crate) fn follows_a_case(head: &str, rest: &str) -> bool {
    let prev = head.chars().next_back().unwrap_or(' ');
    suffix_fits(rest, last_harmony(head), slot::CASE, 0, prev, false, 3)
}

/// Whether lowercase Kazakh `rest` opens with a verb's negation (`ма`, `ме`, `ба`, `бе`, `па`,
/// `пе`): a tail that [`follows_a_case`] is asked of, where a case before it would read as no
/// word (`ештеңеде` + `меді`). The test of two letters spares the stemmer's reading of the word
/// before for every other tail.
pub(crate) fn opens_with_negation(rest: &str) -> bool {
    let mut letters = rest.chars();
    matches!(
        (letters.next(), letters.next()),
        (Some('м' | 'б' | 'п'), Some('а' | 'е'))
    )
}

/// Whether `after`, what follows a converb, is what a converb takes: the evidential past `-ты`
/// (`барыпты`) and personal endings after it.
fn converb_may_take(after: &str, harmony: Harmony) -> bool {
    let (rest, prev) = match after
        .strip_prefix("ты")
        .or_else(|| after.strip_prefix("ті"))
    {
        Some(rest) => (rest, 'ы'),
        None => (after, 'п'),
    };
    // From the case slot on: only what follows a case (personal endings) may come.
    rest.is_empty() || suffix_fits(rest, harmony, slot::CASE, 0, prev, false, 2)
}

/// The suffix variants by first letter, a Cyrillic letter (every suffix starts with one), at its
/// offset in U+0400–U+04FF: the chain check asks at every suffix it tries, and an index finds them
/// with no hashing.
static BY_FIRST: LazyLock<Vec<Vec<Morph>>> = LazyLock::new(|| {
    let mut by_first: Vec<Vec<Morph>> = (0..CYRILLIC_BLOCK).map(|_| Vec::new()).collect();
    for &(back, front, slot) in KK_SUFFIXES {
        let variants: &[(&'static str, Harmony)] = if back == front {
            &[(back, Harmony::Any)][..]
        } else {
            &[(back, Harmony::Back), (front, Harmony::Front)][..]
        };
        for &(text, harmony) in variants {
            let first = text.chars().next().unwrap_or(' ');
            let Some(at) = block_offset(first) else {
                continue;
            };
            assert!(text.len() <= 16, "a suffix fits a window: {text}");
            by_first[at].push(Morph {
                text,
                head: leading_bytes(text),
                mask: u128::MAX >> (8 * (16 - text.len())),
                harmony,
                slot,
                vowel_first: is_vowel(first),
                glide: first == 'у',
                bare: !text.chars().any(is_vowel),
                last: text.chars().next_back().unwrap_or(' '),
                voiced: VOICED_BEFORE_VOWEL.contains(&text),
                converb: slot == slot::VERB && matches!(text, "п" | "ып" | "іп"),
                participle: slot == slot::VERB
                    && matches!(text, "мас" | "мес" | "бас" | "бес" | "пас" | "пес"),
                negation: slot == slot::VERB
                    && matches!(text, "ма" | "ме" | "ба" | "бе" | "па" | "пе"),
                locative: slot == slot::CASE
                    && matches!(text, "да" | "де" | "та" | "те" | "нда" | "нде"),
                attributive: slot == slot::LAST && matches!(text, "ғы" | "гі" | "қы" | "кі"),
                plural_person: slot == slot::LAST
                    && matches!(
                        text,
                        "сыздар" | "сіздер" | "ңыздар" | "ңіздер" | "ңдар" | "ңдер"
                    ),
                voice: slot == slot::DERIVE
                    && matches!(
                        text,
                        "ыл" | "іл"
                            | "л"
                            | "ын"
                            | "ін"
                            | "ыс"
                            | "іс"
                            | "с"
                            | "тыр"
                            | "тір"
                            | "дыр"
                            | "дір"
                            | "ғыз"
                            | "гіз"
                            | "қыз"
                            | "кіз"
                            | "т"
                    ),
                verbalizer: slot == slot::DERIVE
                    && matches!(
                        text,
                        "ла" | "ле"
                            | "да"
                            | "де"
                            | "та"
                            | "те"
                            | "лан"
                            | "лен"
                            | "дан"
                            | "ден"
                            | "тан"
                            | "тен"
                    ),
            });
        }
    }
    by_first
});

/// The suffix variants of each first letter (at its offset in U+0400–U+04FF) that may begin a
/// string with a given second letter: those of one letter and those of that second letter, in
/// [`BY_FIRST`]'s order (the chain check tries them in it, and the order sets how soon a search
/// finds a chain). A letter opens up to some thirty variants, of which the second letter leaves a
/// dozen at most.
struct Openings {
    /// The bytes of a second letter ([`second_letter`]), and the variants it leaves.
    by_second: Vec<(u16, Vec<Morph>)>,
    /// The variants of one letter: all that may begin a string with any other second letter.
    singles: Vec<Morph>,
}

static OPENINGS: LazyLock<Vec<Openings>> = LazyLock::new(|| {
    BY_FIRST
        .iter()
        .map(|morphs| {
            let single = |m: &Morph| m.text.chars().nth(1).is_none();
            let mut seconds: Vec<u16> = morphs
                .iter()
                .filter(|m| !single(m))
                .map(|m| second_letter(m.head))
                .collect();
            seconds.sort_unstable();
            seconds.dedup();
            let by_second = seconds
                .into_iter()
                .map(|second| {
                    let morphs = morphs
                        .iter()
                        .filter(|m| single(m) || second_letter(m.head) == second)
                        .cloned()
                        .collect();
                    (second, morphs)
                })
                .collect();
            let singles = morphs.iter().filter(|m| single(m)).cloned().collect();
            Openings { by_second, singles }
        })
        .collect()
});

/// The bytes of the second letter in a window of [`leading_bytes`] whose first letter is in the
/// Cyrillic block (two bytes, as every letter there is).
fn second_letter(window: u128) -> u16 {
    (window >> 16) as u16
}

/// The suffix variants that may begin a string whose first letter is `first` and whose leading
/// bytes are `window` ([`Openings`]): every other variant of the letter differs from the string
/// in its second letter.
fn opening(first: char, window: u128) -> &'static [Morph] {
    let Some(at) = block_offset(first) else {
        return &[];
    };
    let openings = &OPENINGS[at];
    let second = second_letter(window);
    openings
        .by_second
        .iter()
        .find(|(s, _)| *s == second)
        .map_or(&openings.singles, |(_, morphs)| morphs)
}

/// Letters in the Cyrillic block U+0400–U+04FF, where every suffix starts.
const CYRILLIC_BLOCK: usize = 0x100;

/// The offset of `c` in the Cyrillic block U+0400–U+04FF, if it is there.
fn block_offset(c: char) -> Option<usize> {
    let at = (c as u32).wrapping_sub(0x400) as usize;
    (at < CYRILLIC_BLOCK).then_some(at)
}

/// The suffix variants that start with `c`.
fn starting_with(c: char) -> &'static [Morph] {
    block_offset(c).map_or(&[], |at| BY_FIRST[at].as_slice())
}

/// The first 16 bytes of `s` (zeros past its end), the first byte lowest: the window the chain
/// check matches suffixes against.
fn leading_bytes(s: &str) -> u128 {
    let bytes = s.as_bytes();
    // Read as whole words where the string has them, the few bytes past the last whole word
    // shifted in one at a time: a padded copy called the library's `memset` and `memcpy` at every
    // step of the chain search, for endings mostly under a dozen bytes.
    if let Some(window) = bytes.first_chunk::<16>() {
        return u128::from_le_bytes(*window);
    }
    let tail = |rest: &[u8]| rest.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
    match bytes.split_first_chunk::<8>() {
        Some((low, rest)) => u128::from(u64::from_le_bytes(*low)) | u128::from(tail(rest)) << 64,
        None => u128::from(tail(bytes)),
    }
}

/// Whether `rest` is a chain of Kazakh suffixes agreeing with `stem` in vowel harmony (remembered
/// per thread: repair asks about the same endings after many candidate stems).
pub(crate) fn kk_suffix_chain(stem: &str, rest: &str) -> bool {
    let prev = stem.chars().next_back().unwrap_or(' ');
    let harmony = last_harmony(stem);
    let prev_class = sound_before(prev);
    // The question in the two low bits, the stem's harmony and letter class above them.
    let tag = Question::Chain as u64 + 4 * (harmony as u64 + 4 * prev_class);
    remembered(tag, rest, || {
        suffix_fits(rest, harmony, slot::DERIVE, 0, prev, false, 6)
    })
}

/// The suffix-chain questions [`remembered`] keeps answers to.
#[derive(Clone, Copy)]
enum Question {
    Chain,
    SuffixChain,
    InflectionChain,
}

/// Chain answers kept per thread at most, before the memo starts afresh (a few megabytes): a
/// document's candidates ask about more distinct endings than a smaller memo held, and it started
/// afresh several times a document.
const CHAINS_KEPT: usize = 1 << 18;

thread_local! {
    /// Answers to suffix-chain questions: repair asks them of the same endings of many candidate
    /// words, and a chain is a search over the suffix grammar.
    static CHAINS: RefCell<WordMemo<bool>> = RefCell::new(WordMemo::default());
}

/// `answer()`, the answer to question `tag` about `rest`, worked out once per thread.
fn remembered(tag: u64, rest: &str, answer: impl FnOnce() -> bool) -> bool {
    CHAINS.with(|m| memo::remember(m, Key::tagged(rest, tag), CHAINS_KEPT, answer))
}

/// Combining forms of Greek and Latin that Kazakh and Russian write only inside a word
/// (`нейрожелілер`, `геопарк`, `ультраоңшыл`, `электростанция`), never alone: the web word lists
/// and the word frequencies hold them only because their sources cut words at hyphens
/// (`эко-продукты`). Those that are words too (`радио`, `авто`, `фото`, `видео`, `кино`,
/// `метро`, `евро`) are not among them.
const COMBINING_FORMS: &[&str] = &[
    "агро",
    "анти",
    "астро",
    "аэро",
    "био",
    "вело",
    "гео",
    "гидро",
    "гипер",
    "инфра",
    "кардио",
    "квази",
    "кибер",
    "макро",
    "мега",
    "микро",
    "моно",
    "мото",
    "мульти",
    "нано",
    "нейро",
    "онко",
    "поли",
    "псевдо",
    "психо",
    "социо",
    "стерео",
    "теле",
    "термо",
    "ультра",
    "эко",
    "электро",
    "этно",
];

/// A string of sixteen bytes at most as one number (its bytes in order, zeros after them), so
/// that [`is_combining_form`] compares numbers, not strings: it is asked of a prefix of nearly
/// every candidate word.
const fn packed(word: &[u8]) -> u128 {
    let mut n = 0u128;
    let mut i = 0;
    while i < 16 {
        n <<= 8;
        if i < word.len() {
            n |= word[i] as u128;
        }
        i += 1;
    }
    n
}

/// [`COMBINING_FORMS`], each [`packed`].
const COMBINING_PACKED: [u128; COMBINING_FORMS.len()] = {
    let mut all = [0u128; COMBINING_FORMS.len()];
    let mut i = 0;
    while i < all.len() {
        all[i] = packed(COMBINING_FORMS[i].as_bytes());
        i += 1;
    }
    all
};

/// The most bytes of a combining form: seven Cyrillic letters.
pub(crate) const MAX_COMBINING_BYTES: usize = 14;

/// Whether lowercase `word` is a combining form ([`COMBINING_FORMS`]).
pub(crate) fn is_combining_form(word: &str) -> bool {
    // Three to seven Cyrillic letters, the last `о`, `и`, `а`, `е` or `р` (the second bytes of their
    // UTF-8), asked first: most strings asked are none.
    (6..=MAX_COMBINING_BYTES).contains(&word.len())
        && matches!(
            word.as_bytes().last(),
            Some(0xBE | 0xB8 | 0xB0 | 0xB5 | 0x80)
        )
        && COMBINING_PACKED.contains(&packed(word.as_bytes()))
}

/// Whether `word` is a code that takes its Kazakh endings after a hyphen: an acronym or a number
/// (`АҚШ-тың`, `2019-да`), an acronym of capitals and small letters among them (`ҚазҰУ-дың`,
/// `ДжИ-дің`: two capitals or more, the last letter one).
pub(crate) fn is_code(word: &str) -> bool {
    use crate::lang::is_upper;
    // Either kind ends in a capital or a digit: most words are told by their last letter.
    if !word
        .chars()
        .next_back()
        .is_some_and(|c| is_upper(c) || c.is_ascii_digit())
    {
        return false;
    }
    word.chars().all(|c| is_upper(c) || c.is_ascii_digit())
        || (word.chars().filter(|&c| is_upper(c)).nth(1).is_some()
            && word.chars().all(char::is_alphabetic)
            && word.chars().next_back().is_some_and(is_upper))
}

/// Whether `rest` (lowercase) is nothing but a chain of Kazakh suffixes (`ның`, `індегі`).
pub(crate) fn is_kk_suffix_chain(rest: &str) -> bool {
    !rest.is_empty()
        && remembered(Question::SuffixChain as u64, rest, || {
            suffix_fits(rest, Harmony::Any, slot::DERIVE, 0, ' ', false, 6)
        })
}

/// Whether `rest` (lowercase) is a chain of inflections only (plural, possessive, case: `дағы`,
/// `ның`), not of derivations or verb forms that also spell words (`деген`).
pub(crate) fn is_kk_inflection_chain(rest: &str) -> bool {
    // Chains start after the verb slot, taken as full (two verb forms seen), so that the plural may
    // open them (`тердің`) and no derivation or verb form may.
    !rest.is_empty()
        && remembered(Question::InflectionChain as u64, rest, || {
            suffix_fits(rest, Harmony::Any, slot::VERB, 2, ' ', false, 6)
        })
}

/// Whether `rest` (lowercase) is a Kazakh suffix of its own, not a word: `ғы`, `ның`, `дар`, `лық`.
pub(crate) fn is_kk_suffix(rest: &str) -> bool {
    // Every variant of every suffix is indexed by its first letter.
    rest.chars()
        .next()
        .is_some_and(|c| starting_with(c).iter().any(|m| m.text == rest))
}

/// Russian inflectional endings (nouns, adjectives, verbs, participles), most common first.
const RU_ENDINGS: &[&str] = &[
    "а",
    "я",
    "о",
    "е",
    "ы",
    "и",
    "у",
    "ю",
    "ь",
    "ом",
    "ем",
    "ой",
    "ей",
    "ам",
    "ям",
    "ах",
    "ях",
    "ов",
    "ев",
    "ами",
    "ями",
    "ая",
    "яя",
    "ое",
    "ее",
    "ие",
    "ые",
    "ий",
    "ый",
    "ого",
    "его",
    "ому",
    "ему",
    "ым",
    "им",
    "ых",
    "их",
    "ыми",
    "ими",
    "ую",
    "юю",
    "ть",
    "ет",
    "ит",
    "ют",
    "ут",
    "ат",
    "ят",
    "ем",
    "ешь",
    "ишь",
    "ал",
    "ала",
    "ало",
    "али",
    "ил",
    "ила",
    "или",
    "ся",
    "сь",
    "ться",
    "ется",
    "ится",
    "ностью",
    "ность",
    "ности",
    "ание",
    "ания",
    "анию",
    "анием",
    "ении",
    "ение",
    "ения",
    "ению",
    "ением",
    "ства",
    "ство",
    "стве",
    "ству",
    "ством",
    "ский",
    "ская",
    "ское",
    "ских",
    "ского",
    "ской",
    "скую",
    "ским",
    "ные",
    "ных",
    "ный",
    "ная",
    "ное",
    "ного",
    "ной",
    "ному",
    "ным",
    "нными",
    "анный",
    "анная",
    "анные",
    "анных",
    "ован",
    "ована",
    "овано",
    "ованы",
];

/// What a lookup of a Russian ending needs: [`RU_ENDINGS`] as a set, the longest of them in
/// letters, and the letters they end in.
struct RuEndings {
    set: FxHashSet<&'static str>,
    longest: usize,
    /// Bit `c - 'а'` for each letter `c` of `а`–`ё` (U+0430–U+0451) some ending ends in.
    last_letters: u64,
}

static RU_ENDING_SET: LazyLock<RuEndings> = LazyLock::new(|| {
    let mut last_letters = 0;
    for e in RU_ENDINGS {
        let bit = e.chars().next_back().and_then(lowercase_bit);
        last_letters |= bit.expect("a Russian ending ends in a lowercase letter");
    }
    RuEndings {
        set: RU_ENDINGS.iter().copied().collect(),
        longest: RU_ENDINGS
            .iter()
            .map(|e| e.chars().count())
            .max()
            .unwrap_or(0),
        last_letters,
    }
});

/// The bit of a letter of `а`–`ё` (U+0430–U+0451) in [`RuEndings::last_letters`].
fn lowercase_bit(c: char) -> Option<u64> {
    let at = (c as u32).wrapping_sub(u32::from('а'));
    (at < 64).then(|| 1 << at)
}

/// Whether some Russian ending ends in the last letter of `s`: most words' last letters end none
/// (`н`, `р`, `с`, `к`), and then no ending of the word need be looked up.
fn may_end_in_ru_ending(s: &str) -> bool {
    s.chars()
        .next_back()
        .and_then(lowercase_bit)
        .is_some_and(|bit| RU_ENDING_SET.last_letters & bit != 0)
}

/// The stems of lowercase `word` left by each Russian ending it ends with (`джейкобсом` →
/// `джейкобс`), longest ending first; stems keep at least four letters.
pub(crate) fn ru_stems(word: &str) -> impl Iterator<Item = &str> {
    // Where each ending starts, nearest the end first: no more than the longest ending has
    // letters (kept on the stack).
    const MOST: usize = 8;
    let (mut ends, mut n) = ([0; MOST], 0);
    if may_end_in_ru_ending(word) {
        let starts = word.char_indices().rev().map(|(at, _)| at);
        for at in starts.take(RU_ENDING_SET.longest.min(MOST)) {
            if RU_ENDING_SET.set.contains(&word[at..]) && word[..at].chars().nth(3).is_some() {
                ends[n] = at;
                n += 1;
            }
        }
    }
    (0..n).rev().map(move |i| &word[..ends[i]])
}

/// Whether `rest` is a Russian ending.
pub(crate) fn is_ru_ending(rest: &str) -> bool {
    may_end_in_ru_ending(rest) && RU_ENDING_SET.set.contains(rest)
}

/// Whether Russian `stem` + `rest` is a feminine noun of agent made of a noun in `-тель` and
/// `-ниц-` with its ending (`пользователь` + `ница`, as `учительница`, `победительница`), which
/// the dictionary holds for some agents only.
fn feminine_agent(stem: &str, rest: &str) -> bool {
    stem.ends_with("тель")
        && rest
            .strip_prefix("ниц")
            .is_some_and(|ending| FEMININE_ENDINGS.contains(&ending))
}

/// The endings of a Russian feminine noun in `-ица` (`ница`, `ницы`, `ницей`…).
const FEMININE_ENDINGS: &[&str] = &["а", "ы", "е", "у", "ей", "ею", "", "ам", "ами", "ах"];

/// Whether lowercase `word` is a known stem of `lang` plus a valid ending: for Kazakh, a suffix chain
/// agreeing in harmony; for Russian, one inflectional ending. Stems have at least three letters, so
/// that short entries do not make every string a word.
pub(crate) fn stem_plus_ending(lang: Lang, word: &str) -> bool {
    if word.chars().nth(3).is_none() {
        return false;
    }
    // Every prefix that is a known stem, found in one walk; longest stems are tried first. Words
    // of up to `STACK_STEMS` letters keep their stems' ends on the stack.
    const STACK_STEMS: usize = 32;
    let (mut stack, mut n) = ([0usize; STACK_STEMS], 0);
    let mut more: Vec<usize> = Vec::new();
    lexicon::each_stem(lang, word, |end| {
        if n < STACK_STEMS {
            stack[n] = end;
            n += 1;
        } else {
            more.push(end);
        }
    });
    let mut longest_first = more.iter().rev().chain(stack[..n].iter().rev());
    longest_first.any(|&end| {
        let Some((stem, rest)) = word.split_at_checked(end) else {
            return false;
        };
        if rest.is_empty() || stem.chars().nth(2).is_none() {
            return false;
        }
        // A string of no more bytes than letters allowed is short enough uncounted (most are).
        match lang {
            Lang::Kk => {
                (rest.len() <= 12 || rest.chars().count() <= 12)
                    && kk_suffix_chain(stem, rest)
                    && !spells_a_word_after(rest)
            }
            Lang::Ru => {
                (rest.len() <= 7 || rest.chars().count() <= 7) && is_ru_ending(rest)
                    || feminine_agent(stem, rest)
            }
            _ => false,
        }
    }) || (lang == Lang::Kk && (voiced_stem_plus_ending(word) || elided_stem_plus_ending(word)))
}

/// Whether lowercase `word` is a word Russian text uses, of [`MIN_LOAN`] letters or more, plus a
/// Kazakh suffix chain agreeing with it (`кепка` + `сын`, `сиквел` + `деріне`): Kazakh takes
/// loanwords as Russian spells them and inflects them as its own.
#[cfg(test)]
pub(crate) fn loan_plus_ending(word: &str) -> bool {
    loans(word, true, false).0
}

/// [`loan_plus_ending`] with the loanword ending at a byte of `word` that `accept` accepts.
pub(crate) fn loan_plus_ending_where(word: &str, accept: impl Fn(usize) -> bool) -> bool {
    any_split(word, MIN_LOAN, |stem, rest| {
        accept(stem.len())
            && (rest.len() <= MAX_LOAN_ENDING || rest.chars().count() <= MAX_LOAN_ENDING)
            && russian_stem(stem)
            && loan_ending(stem, rest)
    })
}

/// Whether lowercase `word` is a word Russian text uses, of [`MIN_LOAN`] letters or more, plus a
/// chain of Kazakh inflections alone agreeing with it (`кепка` + `сын`, `санкция` + `мен`): no
/// derivation, which would let a loanword swallow the Kazakh word after it (`ракета` +
/// `лыққарусы`).
#[cfg(test)]
pub(crate) fn loan_plus_inflection(word: &str) -> bool {
    loans(word, false, true).1
}

/// [`loan_plus_ending`] of lowercase `word` where `ending` asks it, and [`loan_plus_inflection`]
/// where `inflection` does (`false` where not asked), in one pass over its splits: both ask the
/// frequency list about the same stems, and each stem is looked up once for both.
pub(crate) fn loans(word: &str, ending: bool, inflection: bool) -> (bool, bool) {
    let (mut ask_ending, mut ask_inflection) = (ending, inflection);
    let (mut is_ending, mut is_inflection) = (false, false);
    // The letters after each split are the word's less those before it (counted once).
    let letters = if ending { word.chars().count() } else { 0 };
    for (before, (at, _)) in word.char_indices().enumerate().skip(MIN_LOAN) {
        if !ask_ending && !ask_inflection {
            break;
        }
        let (stem, rest) = word.split_at(at);
        let e = ask_ending && letters - before <= MAX_LOAN_ENDING;
        let i = ask_inflection && rest.len() <= MAX_CHAIN_BYTES;
        if !(e || i) || !russian_stem(stem) {
            continue;
        }
        if e && loan_ending(stem, rest) {
            (is_ending, ask_ending) = (true, false);
        }
        if i && is_kk_inflection_chain(rest) && kk_suffix_chain(stem, rest) {
            (is_inflection, ask_inflection) = (true, false);
        }
    }
    (is_ending, is_inflection)
}

/// Whether lowercase `stem` is a word Russian text uses ([`lexicon::zipf`]).
fn russian_stem(stem: &str) -> bool {
    lexicon::zipf(Lang::Ru, crate::memo::Key::of(stem)) > 0
}

/// Whether lowercase `rest` after loanword `stem` is a Kazakh suffix chain agreeing with it, and
/// not likelier a word of its own ([`spells_a_word_after`]).
fn loan_ending(stem: &str, rest: &str) -> bool {
    kk_suffix_chain(stem, rest) && !spells_a_word_after(rest)
}

/// Whether `split` holds for some split of `word` into a stem of `min` letters or more and a rest
/// that is not empty.
fn any_split(word: &str, min: usize, mut split: impl FnMut(&str, &str) -> bool) -> bool {
    word.char_indices()
        .skip(min)
        .any(|(at, _)| split(&word[..at], &word[at..]))
}

/// Whether lowercase `word` is a word of Kazakh web text ([`lexicon::listed`]), of
/// [`MIN_LISTED_STEM`] letters or more, plus a chain of inflections agreeing with it (`жарқанат` +
/// `тардың`, `бейнежазба` + `сын`): the web lists hold the compounds Kazakh writes solid, which no
/// dictionary does, but seldom each of their forms.
pub(crate) fn listed_plus_inflection(word: &str) -> bool {
    // The stem asked first: one lookup, where the chain is a memo's (most stems are not listed).
    any_split(word, MIN_LISTED_STEM, |stem, rest| {
        lexicon::listed(Lang::Kk, crate::memo::Key::of(stem))
            && is_kk_inflection_chain(rest)
            && kk_suffix_chain(stem, rest)
    })
}

/// Whether lowercase `word` is a word Russian text uses ([`lexicon::zipf`] or the web list), of
/// [`MIN_LOAN`] letters or more, plus a chain of Kazakh inflections agreeing with it
/// (`розенштейнді`, `вильярреалға`): a foreign name as Kazakh inflects it, and Russian's lists
/// hold many more names than Kazakh's. Not where the ending is a word running text uses (`тағы`,
/// "again"), but for the clitics, which are weighed in their context (`да`, `мен`).
pub(crate) fn russian_plus_inflection(word: &str) -> bool {
    any_split(word, MIN_LOAN, |stem, rest| {
        rest.chars().nth(MAX_NAME_ENDING).is_none()
            && !after_possessive(rest)
            && (super::clitics::is_clitic(rest) || lexicon::prior(Lang::Kk, rest) < MIN_WORD_AFTER)
            && is_kk_inflection_chain(rest)
            && {
                let key = crate::memo::Key::of(stem);
                (lexicon::zipf(Lang::Ru, key) > 0 || lexicon::listed(Lang::Ru, key))
                    && kk_suffix_chain(stem, rest)
            }
    })
}

/// Letters of a name's ending in [`russian_plus_inflection`] at most: a case, or a possessive or
/// plural and a case (`ға`, `ының`, `дағы`); a longer chain is likelier words after the name
/// (`Томсон тағы да` "Thomson again").
const MAX_NAME_ENDING: usize = 4;

/// Whether Kazakh `rest` opens with a case ending that only a possessive takes (`на`, `нда`, `н`):
/// a bare name takes none (its dative is `Кореяға`, so `Корея на` is a name and a syllable).
fn after_possessive(rest: &str) -> bool {
    matches!(rest, "н" | "на" | "не") || rest.starts_with("нда") || rest.starts_with("нде")
}

/// Letters a stem of [`listed_plus_inflection`] has at least.
const MIN_LISTED_STEM: usize = 6;

/// A Russian word takes Kazakh endings in [`loan_plus_ending`] from this many letters: shorter
/// ones are everywhere among syllables. Chosen on NTREX lines 701–1000 (4 lost 0.04 point, 5 and
/// 6 the same). With it, a capitalized candidate still counts as no loan (`Спенс алыс` is a name
/// and a word): Kazakh tune words right 98.03% → 98.06%, every syllable 97.33% → 97.38%; held
/// out, NTREX 97.67% → 97.69%, every syllable 97.08% → 97.10%; the UDHR and clean lines unchanged.
const MIN_LOAN: usize = 5;

/// Letters of a Kazakh suffix chain after a loanword at most, in [`loan_plus_ending`].
const MAX_LOAN_ENDING: usize = 12;

/// The longest chain of Kazakh inflections, in bytes (`ларымыздың`, ten letters, and two more).
const MAX_CHAIN_BYTES: usize = 24;

/// Whether a Kazakh suffix chain `rest` is likelier the word after a stem than its ending: a word
/// of three letters or more that running text uses (`емес`, `еді`, `тең`, `сай`, which the grammar
/// also spells from derivations and verb forms), not a chain of inflections (`лары`, `мен`).
fn spells_a_word_after(rest: &str) -> bool {
    rest.chars().nth(2).is_some()
        && lexicon::prior(Lang::Kk, rest) >= MIN_WORD_AFTER
        && lexicon::check_lower(Lang::Kk, rest)
        && !is_kk_inflection_chain(rest)
}

/// Running text uses a word this often at least (in the prior lines) for [`spells_a_word_after`].
const MIN_WORD_AFTER: u16 = 3;

/// Whether lowercase `word` is a Kazakh stem whose final `қ`, `к` or `п` turned voiced before a
/// vowel (`аймақ` → `аймағы`, `кітап` → `кітабы`, `тілек` → `тілегі`) plus a suffix chain.
fn voiced_stem_plus_ending(word: &str) -> bool {
    // The voiced letters found by their bytes (most words have none or one): `б`, `г`, `ғ`.
    // (Each byte beside the next, as a pair of bytes: a window of two is a slice whose length
    // each match tested again.)
    let bytes = word.as_bytes();
    let pairs = bytes.iter().zip(bytes.iter().skip(1));
    for (at, pair) in pairs.enumerate() {
        let c = match pair {
            (0xD0, 0xB1) => 'б',
            (0xD0, 0xB3) => 'г',
            (0xD2, 0x93) => 'ғ',
            _ => continue,
        };
        let plain = crate::lang::kk::devoice(c);
        let rest = &word[at + c.len_utf8()..];
        if !rest.starts_with(is_vowel) || word[..at].chars().nth(1).is_none() {
            continue;
        }
        if !lexicon::is_kk_stem_after(&word[..at], plain.encode_utf8(&mut [0; 4])) {
            continue;
        }
        let mut stem = String::with_capacity(at + plain.len_utf8());
        stem.push_str(&word[..at]);
        stem.push(plain);
        if kk_suffix_chain(&stem, rest) {
            return true;
        }
    }
    false
}

/// Whether lowercase `word` is a Kazakh stem whose last-syllable high vowel dropped before a
/// vowel-initial suffix (`ойын` → `ойнында`, `ауыз` → `аузы`, `халық` → `халқына`) plus a suffix
/// chain. Only stems the lexicon knows with the vowel count.
fn elided_stem_plus_ending(word: &str) -> bool {
    let bytes = word.as_bytes();
    // The possessive's vowel after the consonant, found by its bytes first (`ы` is D1 8B, `і` D1
    // 96): most words have few.
    for v in 0..bytes.len().saturating_sub(1) {
        if bytes[v] != 0xD1 || !matches!(bytes[v + 1], 0x8B | 0x96) {
            continue;
        }
        let rest = &word[v..];
        let mut before = word[..v].chars().rev();
        let (Some(c), Some(a)) = (before.next(), before.next()) else {
            continue;
        };
        let at = v - c.len_utf8();
        // A sonorant (or `у`) and a consonant with a possessive's vowel after them (which is what
        // drops the stem's: `ау-з-ы`, `ор-н-ы`, `хал-қ-ы`, `әр-п-і`), the stem at least two letters
        // before the dropped vowel.
        if !matches!(a, 'р' | 'й' | 'у' | 'л' | 'н' | 'з')
            || !matches!(c, 'з' | 'н' | 'қ' | 'к' | 'п' | 'м' | 'с')
            || word[..at].chars().nth(1).is_none()
        {
            continue;
        }
        let high = match last_harmony(&word[..at]) {
            Harmony::Front => 'і',
            _ => 'ы',
        };
        // The restored letters, `high` then `c` (four bytes at most).
        let mut restored = [0; 8];
        let n = high.encode_utf8(&mut restored).len();
        let n = n + c.encode_utf8(&mut restored[n..]).len();
        let restored = std::str::from_utf8(&restored[..n]).unwrap_or_default();
        if !lexicon::is_kk_stem_after(&word[..at], restored) {
            continue;
        }
        let mut stem = String::with_capacity(at + n);
        stem.push_str(&word[..at]);
        stem.push_str(restored);
        if kk_suffix_chain(&stem, rest) {
            return true;
        }
    }
    false
}

/// The last sound of a Kazakh word, as far as the first consonant of a suffix after it agrees
/// with it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LastSound {
    /// A vowel, or `р`, `й`, `у`.
    Open,
    /// `л`.
    L,
    /// `м`, `н`, `ң`, `з`, `ж`.
    Voiced,
    /// The rest: voiceless consonants, and `б`, `в`, `г`, `д` ending a loan (`клуб` + `та`).
    Voiceless,
}

fn last_sound(word: &str) -> Option<LastSound> {
    Some(match word.chars().next_back()? {
        'р' | 'й' | 'у' => LastSound::Open,
        c if is_vowel(c) => LastSound::Open,
        'л' => LastSound::L,
        'м' | 'н' | 'ң' | 'з' | 'ж' => LastSound::Voiced,
        _ => LastSound::Voiceless,
    })
}

/// The vowel of a suffix in `word`'s harmony (`а` after back vowels, `е` after front ones).
fn harmony_vowel(word: &str) -> Option<char> {
    match last_harmony(word) {
        Harmony::Back => Some('а'),
        Harmony::Front => Some('е'),
        Harmony::Any => None,
    }
}

/// Whether `tail` opens with `consonant` and `vowel`.
fn opens_with(tail: &str, consonant: char, vowel: char) -> bool {
    let mut letters = tail.chars();
    letters.next() == Some(consonant) && letters.next() == Some(vowel)
}

/// Whether lowercase `tail` is the negation of the verb `head` and the endings after it
/// (`жарияла` + `мадық`, `қатыс` + `падық`, `пайдалан` + `басқа`): `head` is a verb stem (its
/// verbal noun in `-у` is a stem of the list: `жариялау`, `қобалжу`), and `tail` opens with the
/// negation spelt as `head`'s last sound calls for (`ма` after a vowel, `р`, `й`, `у` or `л`; `ба`
/// after `м`, `н`, `ң`, `ж` or `з`; `па` after the rest), in `head`'s harmony. Such tails spell
/// words (`маған`, `басқа`), but in NTREX's 1,997 Kazakh lines a verb stem stands before a word
/// opening with its negation 18 times, against 687 negated verbs written whole.
pub(crate) fn negates_verb(head: &str, tail: &str) -> bool {
    let (Some(sound), Some(vowel)) = (last_sound(head), harmony_vowel(head)) else {
        return false;
    };
    let consonant = match sound {
        LastSound::Open | LastSound::L => 'м',
        LastSound::Voiced => 'б',
        LastSound::Voiceless => 'п',
    };
    // The endings parse, and `head` is a verb.
    opens_with(tail, consonant, vowel) && kk_suffix_chain(head, tail) && is_verb_stem(head)
}

/// Whether lowercase `stem` (not empty) is a Kazakh verb stem: its verbal noun, `-у` after a
/// consonant or in place of a last `ы`/`і` (`оқы` → `оқу`), is a stem of the list.
fn is_verb_stem(stem: &str) -> bool {
    match stem.strip_suffix(['ы', 'і']) {
        Some(less) if !less.is_empty() => lexicon::is_kk_stem_after(less, "у"),
        _ => lexicon::is_kk_stem_after(stem, "у"),
    }
}

/// Whether lowercase `tail` makes a verb of the noun `head` and goes on as that verb (`мәлім` +
/// `деп`, `айып` + `тауынан`, `жарақат` + `танып`): `tail` opens with the verbalizer `-ла` (or
/// `-лан`) spelt as `head`'s last sound calls for (`ла` after a vowel, `р`, `й` or `у`; `да` after
/// `л`, `м`, `н`, `ң`, `з` or `ж`; `та` after the rest), in `head`'s harmony; `head` and the
/// verbalizer make a verb of the stem list (its verbal noun in `-у`: `мәлімдеу`), and a verb form
/// follows. Such tails spell words (`деп`, `деген`, `тау`), but in NTREX's 1,997 Kazakh lines
/// verbs so made are written whole about 25 times as often as a word of the stem list stands
/// before a word opening with its verbalizer.
pub(crate) fn verbalizes(head: &str, tail: &str) -> bool {
    let (Some(sound), Some(vowel)) = (last_sound(head), harmony_vowel(head)) else {
        return false;
    };
    if head.chars().nth(2).is_none() {
        return false;
    }
    let consonant = match sound {
        LastSound::Open => 'л',
        LastSound::L | LastSound::Voiced => 'д',
        LastSound::Voiceless => 'т',
    };
    if !opens_with(tail, consonant, vowel) {
        return false;
    }
    let harmony = last_harmony(head);
    let short = consonant.len_utf8() + vowel.len_utf8();
    // The verbalizer with the reflexive `-н` where the stem list has that verb (`жарақаттан`).
    let long = short + 'н'.len_utf8();
    [long, short].into_iter().any(|at| {
        let (Some(verbalizer), Some(rest)) = (tail.get(..at), tail.get(at..)) else {
            return false;
        };
        if rest.is_empty() || (at == long && !verbalizer.ends_with('н')) {
            return false;
        }
        let mut verb = [0u8; 16];
        let Some(verb) = join_str(&mut verb, verbalizer, "у") else {
            return false;
        };
        // A verb form follows (`мәлімде-п`, `шабуылда-ушы`), not an inflection alone (`ала` +
        // `лан`), but for the past, which spells an accusative (`айыпта` + `ды`).
        let prev = verbalizer.chars().next_back().unwrap_or(' ');
        let past = ["ды", "ді", "ты", "ті"].iter().any(|p| rest.starts_with(p));
        // (From the verb slot, taken as full: inflections only.)
        let inflections = || suffix_fits(rest, harmony, slot::VERB, 2, prev, true, 6);
        lexicon::is_kk_stem_after(head, verb)
            && suffix_fits(rest, harmony, slot::VERB, 0, prev, true, 6)
            && (past || !inflections())
    })
}

/// Whether lowercase `tail` ends the participle in `-атын`/`-етін` that `head`, a verb stem and the
/// participle's vowel, opens (`соға` + `тындығын`, `көрсете` + `тінімізге`, `сезіне` + `тіндерге`):
/// a syllable splitter parts the participle there. `head` less its vowel is a verb
/// ([`is_verb_stem`]: `соғу`, `көрсету`), and inflections alone follow the participle.
pub(crate) fn ends_participle(head: &str, tail: &str) -> bool {
    let Some(stem) = head.strip_suffix(['а', 'е']) else {
        return false;
    };
    let harmony = last_harmony(head);
    let participle = match harmony {
        Harmony::Back => "тын",
        Harmony::Front => "тін",
        Harmony::Any => return false,
    };
    let Some(rest) = tail.strip_prefix(participle) else {
        return false;
    };
    // A participle made a noun (`-дық`) and the inflections after it, from the verb slot taken as
    // full.
    stem.chars().nth(1).is_some()
        && (rest.is_empty() || suffix_fits(rest, harmony, slot::VERB, 2, 'н', false, 6))
        && is_verb_stem(stem)
}

/// Whether lowercase `tail` is a chain of inflections opening with the plural or the locative,
/// spelt as the last sound of the word `head` calls for (`жылдық` + `тағы`, `комитет` + `тегі`,
/// `британдық` + `тарға`): the plural `-лар` after a vowel, `р`, `й` or `у`, `-дар` after `л`, `м`,
/// `н`, `ң`, `з` or `ж`, `-тар` after the rest; the locative `-да` after a vowel or a voiced
/// consonant, `-та` after the rest, with the attributive `-ғы` after it; in `head`'s harmony. (The
/// locative alone, `да`, is the particle's spelling too, weighed in its context elsewhere.) In
/// NTREX's 1,997 Kazakh lines, 443 words end so in `-тағы`, `-дағы`, `-тегі`, `-дегі` after a
/// word other than a function word, and 5 such tails stand apart after one, 3 of them after a
/// converb.
pub(crate) fn inflects_agreeing(head: &str, tail: &str) -> bool {
    let (Some(sound), Some(vowel)) = (last_sound(head), harmony_vowel(head)) else {
        return false;
    };
    let plural = match sound {
        LastSound::Open => 'л',
        LastSound::L | LastSound::Voiced => 'д',
        LastSound::Voiceless => 'т',
    };
    let locative = if sound == LastSound::Voiceless {
        'т'
    } else {
        'д'
    };
    let suffix = |consonant: char| {
        opens_with(tail, consonant, vowel).then(|| &tail[consonant.len_utf8() + vowel.len_utf8()..])
    };
    // The locative with the attributive `-ғы` alone (`тағы`): with more after it, the tail is
    // likelier the word it spells inflected (`әлеуметтік тегіне`, "to social origin").
    suffix(plural).is_some_and(|rest| rest.starts_with('р') && is_kk_inflection_chain(tail))
        || suffix(locative).is_some_and(|rest| matches!(rest, "ғы" | "гі"))
}

/// `a` and `b` written one after the other into `buf`, where they fit.
fn join_str<'b>(buf: &'b mut [u8], a: &str, b: &str) -> Option<&'b str> {
    let len = a.len() + b.len();
    let out = buf.get_mut(..len)?;
    out[..a.len()].copy_from_slice(a.as_bytes());
    out[a.len()..].copy_from_slice(b.as_bytes());
    std::str::from_utf8(out).ok()
}

/// Whether `stem` is a Kazakh stem the lexicon knows and `rest` a suffix chain after it.
#[cfg(test)]
fn known_stem_with_chain(stem: &str, rest: &str) -> bool {
    lexicon::is_kk_stem(stem) && kk_suffix_chain(stem, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_clitic_agrees_with_the_word_it_ends() {
        for (head, clitic) in [
            ("үй", "де"),
            ("қала", "да"),
            ("кітап", "та"),
            ("мектеп", "те"),
            ("қол", "мен"),
            ("сөз", "бен"),
            ("кітап", "пен"),
            ("фильм", "де"),
            ("бристоль", "де"),
            ("капитолий", "де"),
            ("клуб", "та"),
        ] {
            assert!(case_clitic_agrees(head, clitic), "{head} {clitic}");
        }
        // Wrong row of vowels, wrong consonant after the head's last sound.
        for (head, clitic) in [
            ("тілсіз", "та"),
            ("басқаны", "та"),
            ("үй", "да"),
            ("кітап", "да"),
            ("қала", "та"),
            ("сөз", "мен"),
            ("қол", "пен"),
        ] {
            assert!(!case_clitic_agrees(head, clitic), "{head} {clitic}");
        }
    }

    #[test]
    fn combining_forms_are_sorted_for_their_search() {
        assert!(COMBINING_FORMS.windows(2).all(|w| w[0] < w[1]));
        assert!(COMBINING_FORMS.iter().all(|w| is_combining_form(w)));
        assert!(!is_combining_form("радио") && !is_combining_form("нейрон"));
    }

    #[test]
    fn a_compound_of_the_web_lists_takes_inflections() {
        assert!(listed_plus_inflection("тұрғынүйді"));
        assert!(listed_plus_inflection("жарқанаттардың"));
        // Inflections only, agreeing with the stem, after a stem of six letters or more.
        assert!(!listed_plus_inflection("жарқанатшылар"));
        assert!(!listed_plus_inflection("жарқанаттерді"));
        assert!(!listed_plus_inflection("қазақша"));
    }

    #[test]
    fn a_russian_word_takes_kazakh_endings() {
        assert!(loan_plus_ending("сиквелдеріне"));
        assert!(loan_plus_ending("твиттерінде"));
        // The endings must agree with the word (`твиттер` takes front-vowel endings) and the word
        // must be long enough: short Russian words are everywhere among syllables.
        assert!(!loan_plus_ending("твиттерында"));
        assert!(!loan_plus_ending("домдарды"));
    }

    #[test]
    fn a_russian_word_takes_kazakh_inflections_alone() {
        assert!(loan_plus_inflection("кепкасын"));
        assert!(loan_plus_inflection("санкциялармен"));
        assert!(loan_plus_inflection("вебсайтында"));
        // No derivation (which would let a loanword swallow the word after it), and the
        // inflections agree with the stem.
        assert!(loan_plus_ending("ракеталық"));
        assert!(!loan_plus_inflection("ракеталыққарусы"));
        assert!(!loan_plus_inflection("вебсайтінде"));
    }

    #[test]
    fn a_verb_stem_takes_the_negation_its_last_sound_calls_for() {
        assert!(negates_verb("жарияла", "мадық"));
        assert!(negates_verb("қатыс", "падық"));
        assert!(negates_verb("пайдалан", "басқа"));
        assert!(negates_verb("тан", "байсыздар"));
        // `қобалжы` is a verb: its verbal noun is `қобалжу`.
        assert!(negates_verb("қобалжы", "маған"));
        // The wrong consonant, the wrong harmony, no verb (`кітап`, "book").
        assert!(!negates_verb("қатыс", "мадық"));
        assert!(!negates_verb("жарияла", "медік"));
        assert!(!negates_verb("кітап", "падық"));
    }

    #[test]
    fn a_noun_takes_the_verbalizer_its_last_sound_calls_for() {
        assert!(verbalizes("мәлім", "деп"));
        assert!(verbalizes("айып", "тады"));
        assert!(verbalizes("шабуыл", "даушыны"));
        // With the reflexive `-н`, where the stem list has that verb (`қолдану`).
        assert!(verbalizes("қол", "данып"));
        // The verbalizer alone, or an inflection after it, is no verb form (`ала лан`); the wrong
        // consonant or harmony; no verb of the stem list (`мектеп`, "school").
        assert!(!verbalizes("ала", "лан"));
        assert!(!verbalizes("мәлім", "те"));
        assert!(!verbalizes("мәлім", "теп"));
        assert!(!verbalizes("мәлім", "дап"));
        assert!(!verbalizes("мектеп", "теп"));
    }

    #[test]
    fn a_participle_split_after_its_vowel_ends_in_the_tail() {
        assert!(ends_participle("соға", "тындығын"));
        assert!(ends_participle("көрсете", "тінімізге"));
        assert!(ends_participle("сезіне", "тіндерге"));
        // The wrong harmony; no verb (`бала`, "child", less its vowel); a verb form after it.
        assert!(!ends_participle("соға", "тіндігін"));
        assert!(!ends_participle("бала", "тын"));
        assert!(!ends_participle("соға", "тынып"));
    }

    #[test]
    fn a_noun_takes_the_plural_and_the_locative_its_last_sound_calls_for() {
        assert!(inflects_agreeing("жылдық", "тағы"));
        assert!(inflects_agreeing("комитет", "тегі"));
        assert!(inflects_agreeing("британдық", "тарға"));
        assert!(inflects_agreeing("командалас", "тарының"));
        assert!(inflects_agreeing("қала", "лардың"));
        // The wrong consonant or harmony; the locative with more after `-ғы`; the bare locative.
        assert!(!inflects_agreeing("жылдық", "дағы"));
        assert!(!inflects_agreeing("комитет", "тағы"));
        assert!(!inflects_agreeing("қала", "тардың"));
        assert!(!inflects_agreeing("әлеуметтік", "тегіне"));
        assert!(!inflects_agreeing("жылдық", "та"));
    }

    #[test]
    fn a_verb_takes_the_person_of_its_tense() {
        // The first person plural of the past and the conditional; the second person plural.
        assert!(kk_suffix_chain("бар", "мадық"));
        assert!(kk_suffix_chain("кел", "сек"));
        assert!(kk_suffix_chain("бар", "майсыздар"));
        assert!(kk_suffix_chain("бар", "дыңыздар"));
        // Only after a verb form: no chain of inflections alone is one (`күндерде сіздер`).
        assert!(!is_kk_inflection_chain("сіздер"));
        assert!(!is_kk_inflection_chain("ңыздар"));
    }

    #[test]
    fn a_soft_sign_makes_a_loan_front() {
        assert!(kk_suffix_chain("бристоль", "дегі"));
        assert!(kk_suffix_chain("фильм", "дерде"));
        assert!(!kk_suffix_chain("бристоль", "дағы"));
        // Without one, the last vowel decides.
        assert!(kk_suffix_chain("бостон", "дағы"));
        assert!(!kk_suffix_chain("бостон", "дегі"));
    }

    #[test]
    fn a_loan_ending_in_i_takes_front_endings() {
        for (stem, ending) in [("цунами", "ге"), ("цунами", "ден"), ("цунами", "лер")]
        {
            assert!(kk_suffix_chain(stem, ending), "{stem}{ending}");
        }
        assert!(loan_plus_ending("цунамиге"));
        // A back word whose last vowel is a glide `у` still takes back endings only.
        assert!(kk_suffix_chain("қолдау", "ға"));
        assert!(!kk_suffix_chain("қолдау", "ге"));
    }

    #[test]
    fn codes_are_acronyms_and_numbers() {
        for code in ["АҚШ", "2019", "ҚазҰУ", "ДжИ", "Й"] {
            assert!(is_code(code), "{code}");
        }
        // A name, a word with a lost capital, letters and a sign.
        for word in ["Қазақстан", "НАТо", "Ж.И", ""] {
            assert!(!is_code(word), "{word}");
        }
    }

    #[test]
    fn only_the_negation_takes_another_verb_form() {
        assert!(kk_suffix_chain("ал", "мады"));
        assert!(kk_suffix_chain("кел", "меген"));
        // An aorist then a gerund, a participle then a conditional: no Kazakh verb.
        assert!(!kk_suffix_chain("ина", "расында"));
        assert!(!kk_suffix_chain("ал", "ғанса"));
    }

    #[test]
    fn no_noun_to_verb_suffix_follows_a_verb_s_voice() {
        // Voices follow each other and a verbalizer (`тоқта-т-ыл-ма-уы`, `қару-лан-дыр-ды`).
        assert!(kk_suffix_chain("тоқта", "тылмауы"));
        assert!(kk_suffix_chain("қару", "ландырды"));
        // A reciprocal then `-те` ("make a verb of"): `сен істедің` ("you did") is two words.
        assert!(!kk_suffix_chain("сен", "істедің"));
        assert!(kk_suffix_chain("сен", "істі"));
    }

    #[test]
    fn the_agent_noun_in_ger_is_no_voice() {
        // `куә-гер-лер-ді` ("the witnesses"): `-гер` makes a noun here, not a causative verb.
        assert_eq!(
            crate::normalize::normalize("Сот ку ә ге рле рді тың да ды.").text,
            "Сот куәгерлерді тыңдады."
        );
    }

    /// [`voiced_stem_plus_ending`] and [`elided_stem_plus_ending`] find the places they try by
    /// bytes: they answer as a reading of every letter does, on real words and pieces of words.
    #[test]
    fn restored_stems_are_tried_where_a_letter_by_letter_reading_tries_them() {
        fn voiced_by_letters(word: &str) -> bool {
            word.char_indices().any(|(at, c)| {
                let plain = crate::lang::kk::devoice(c);
                let rest = &word[at + c.len_utf8()..];
                plain != c
                    && rest.starts_with(is_vowel)
                    && word[..at].chars().nth(1).is_some()
                    && known_stem_with_chain(&format!("{}{plain}", &word[..at]), rest)
            })
        }
        fn elided_by_letters(word: &str) -> bool {
            let letters: Vec<(usize, char)> = word.char_indices().collect();
            letters.windows(2).any(|pair| {
                let ((_, a), (at, c)) = (pair[0], pair[1]);
                let rest = &word[at + c.len_utf8()..];
                let high = match last_harmony(&word[..at]) {
                    Harmony::Front => 'і',
                    _ => 'ы',
                };
                matches!(a, 'р' | 'й' | 'у' | 'л' | 'н' | 'з')
                    && matches!(c, 'з' | 'н' | 'қ' | 'к' | 'п' | 'м' | 'с')
                    && rest.starts_with(['ы', 'і'])
                    && word[..at].chars().nth(1).is_some()
                    && known_stem_with_chain(&format!("{}{high}{c}", &word[..at]), rest)
            })
        }
        let text = include_str!("../../data/ntrex/newstest2019-ref.kaz.txt");
        let words: Vec<String> = text
            .split_whitespace()
            .take(8000)
            .map(|w| crate::lang::lower(w.trim_matches(|c: char| !c.is_alphabetic())))
            .collect();
        let mut found = [0, 0];
        for pair in words.windows(2) {
            let joined = format!("{}{}", pair[0], pair[1]);
            let cut = pair[0].char_indices().nth(2).map_or(0, |(i, _)| i);
            for w in [&pair[0], &joined, &pair[0][cut..].to_string()] {
                let (v, e) = (voiced_stem_plus_ending(w), elided_stem_plus_ending(w));
                assert_eq!(v, voiced_by_letters(w), "{w}");
                assert_eq!(e, elided_by_letters(w), "{w}");
                found[0] += usize::from(v);
                found[1] += usize::from(e);
            }
        }
        assert!(found[0] > 20 && found[1] > 20, "{found:?}");
    }

    #[test]
    fn a_stem_s_dropped_vowel_is_restored() {
        for w in ["ойнында", "аузынан", "мұрнын", "халқына"] {
            assert!(stem_plus_ending(Lang::Kk, w), "{w}");
        }
        // Only a known stem: no word is made by putting a vowel back anywhere.
        for w in ["ойнқында", "қлмасы"] {
            assert!(!elided_stem_plus_ending(w), "{w}");
        }
    }

    #[test]
    fn kazakh_suffix_chains_follow_harmony() {
        assert!(kk_suffix_chain("жол", "ындағы"));
        assert!(kk_suffix_chain("тас", "тар"));
        assert!(kk_suffix_chain("әріптес", "тігі"));
        assert!(!kk_suffix_chain("әріптес", "тығы"));
        assert!(!kk_suffix_chain("жол", "ынқор"));
        assert!(!kk_suffix_chain("одақ", "алдында"));
        assert!(kk_suffix_chain("қазақстан", "мен"));
        // Only the locative takes more after it, and the attributive only after the locative.
        assert!(kk_suffix_chain("үй", "дегі") && kk_suffix_chain("үй", "демін"));
        assert!(!kk_suffix_chain("үй", "гекі") && !kk_suffix_chain("үй", "гемін"));
        assert!(!kk_suffix_chain("кеш", "ірекекі") && kk_suffix_chain("кеш", "ірек"));
        // The verbalizer `-лан`/`-дан`.
        assert!(kk_suffix_chain("қару", "ланды") && kk_suffix_chain("қарусыз", "данды"));
        // A participle made a noun; `-дағы` going on as a noun.
        assert!(kk_suffix_chain("бол", "ғандықтан") && kk_suffix_chain("жет", "етіндігімізге"));
        assert!(kk_suffix_chain("штат", "тардағылар") && kk_suffix_chain("қала", "дағыларға"));
        // Not after other verb forms (a converb, the past).
        assert!(!kk_suffix_chain("бар", "ыптық") && !kk_suffix_chain("бар", "адытық"));
        // The optative and the voluntative; `-шыл`.
        assert!(kk_suffix_chain("бол", "сын") && kk_suffix_chain("қал", "айық"));
        assert!(kk_suffix_chain("ойла", "йық") && kk_suffix_chain("бейбіт", "шіл"));
    }

    #[test]
    fn remembered_chains_keep_to_the_stem_they_were_asked_with() {
        // The same ending after stems of the other harmony, or ending in a vowel, a glide or a
        // consonant, asked twice: the memo answers each as the grammar did.
        for _ in 0..2 {
            assert!(kk_suffix_chain("тас", "ы"));
            assert!(!kk_suffix_chain("бала", "ы"));
            assert!(kk_suffix_chain("бала", "сы"));
            assert!(!kk_suffix_chain("тас", "тер"));
            assert!(!kk_suffix_chain("кітап", "тер"));
            assert!(kk_suffix_chain("мектеп", "тер"));
            assert!(kk_suffix_chain("оқу", "шы"));
            assert!(is_kk_suffix_chain("лардың"));
            assert!(!is_kk_inflection_chain("деген"));
        }
    }

    #[test]
    fn a_suffix_opens_with_the_consonant_the_sound_before_it_calls_for() {
        // The dative, the plural, the instrumental and the negation, each in the variant the
        // stem's last sound takes, and in a variant it does not.
        for (stem, right, wrong) in [
            ("кітап", "қа", "ға"),
            ("қала", "ға", "қа"),
            ("жер", "лер", "дер"),
            ("тау", "лар", "дар"),
            ("жол", "дар", "лар"),
            ("ат", "тар", "дар"),
            ("қол", "мен", "бен"),
            ("сөз", "бен", "пен"),
            ("кітап", "пен", "мен"),
            ("қазақстан", "ның", "тың"),
            ("жер", "дің", "нің"),
            ("үй", "лер", "дер"),
            ("ал", "ма", "па"),
        ] {
            assert!(kk_suffix_chain(stem, right), "{stem}-{right}");
            assert!(!kk_suffix_chain(stem, wrong), "{stem}-{wrong}");
        }
        // After a vowel `д` opens a verb form, the locative, the ablative and the similative
        // (`ойна-ды`, `қала-да`, `қала-дан`, `қала-дай`); after a glide, a case too (`жазу-ды`).
        for (stem, rest) in [
            ("ойна", "ды"),
            ("қала", "да"),
            ("қала", "дан"),
            ("қала", "дай"),
            ("жазу", "ды"),
        ] {
            assert!(kk_suffix_chain(stem, rest), "{stem}-{rest}");
        }
        // The causative `-т` follows `р` and `й` as it follows vowels (`кеңей-т-е-ді`).
        assert!(kk_suffix_chain("кеңей", "теді"));
        assert!(kk_suffix_chain("жақсар", "тады"));
        // A noun ending in a vowel takes no verbalizer `-де` (it would be `-ле`): `ештеңе` +
        // `демеді` is two words, "said nothing".
        assert!(!kk_suffix_chain("ештеңе", "демеді"));
    }

    #[test]
    fn only_what_follows_a_case_follows_a_case() {
        // After a locative: the attributive and personal endings (`үйде-гі`, `үйде-мін`).
        assert!(follows_a_case("үйде", "гі"));
        assert!(follows_a_case("үйде", "мін"));
        // No verb form, no second case (`ештеңеде` + `меді`, `үйде` + `ден`).
        assert!(!follows_a_case("ештеңеде", "меді"));
        assert!(!follows_a_case("үйде", "ден"));
    }

    #[test]
    fn a_final_k_turns_voiced_before_a_vowel() {
        // `бірлестік` ("association") + possessive + genitive: `лес` and `тіг` are two derivations.
        assert!(kk_suffix_chain("бір", "лестігінің"));
        assert!(kk_suffix_chain("жас", "тығымыз"));
        // The voiced form stands only before a vowel.
        assert!(!kk_suffix_chain("бір", "лестіг"));
        assert!(!kk_suffix_chain("бір", "лестігтер"));
    }

    #[test]
    fn a_final_k_or_p_of_the_stem_turns_voiced_before_a_vowel() {
        for w in ["аймағының", "кітабы", "тілегі", "талабына"] {
            assert!(stem_plus_ending(Lang::Kk, w), "{w}");
        }
        // Only before a vowel, and only a stem's own last letter.
        assert!(!stem_plus_ending(Lang::Kk, "аймағтың"));
        assert!(!stem_plus_ending(Lang::Kk, "жолбы"));
    }

    #[test]
    fn a_negative_verbal_noun_follows_its_negation() {
        assert!(kk_suffix_chain("айрыл", "мауға"));
        assert!(kk_suffix_chain("бол", "мауына"));
        assert!(kk_suffix_chain("ойна", "у"));
        assert!(kk_suffix_chain("жаз", "ушы"));
    }

    #[test]
    fn comparatives_and_plural_imperatives() {
        assert!(kk_suffix_chain("жақсы", "рақ"));
        assert!(kk_suffix_chain("тиімді", "рек"));
        assert!(kk_suffix_chain("ойла", "маңдар"));
        assert!(kk_suffix_chain("кел", "іңдер"));
    }

    #[test]
    fn a_frequent_word_after_a_stem_is_no_ending() {
        // `емес` ("not") was `е` + `мес` to a looser grammar; `мен` is the instrumental.
        assert!(!kk_suffix_chain("өктем", "емес"));
        assert!(spells_a_word_after("емес"));
        assert!(!spells_a_word_after("мен"));
        assert!(!spells_a_word_after("лары"));
        assert!(stem_plus_ending(Lang::Kk, "қазақстанмен"));
    }

    #[test]
    fn a_converb_ends_its_word() {
        assert!(kk_suffix_chain("бар", "ып"));
        assert!(kk_suffix_chain("бар", "ыпты"));
        assert!(kk_suffix_chain("бар", "ыппын"));
        // `сақтап қалуға`, `барып келді`: what follows a converb is the next word.
        assert!(!kk_suffix_chain("сақта", "пқалуға"));
        assert!(!kk_suffix_chain("бар", "ыпкелді"));
    }

    #[test]
    fn a_negative_participle_takes_no_verb_form() {
        assert!(kk_suffix_chain("бар", "мас"));
        assert!(kk_suffix_chain("бар", "масқа"));
        // `орындалмас арманы`: `ар` is no verb form after `-мас`.
        assert!(!kk_suffix_chain("орында", "лмасарманы"));
        assert!(!kk_suffix_chain("бар", "масар"));
    }

    #[test]
    fn forms_missing_from_hunspell_are_recognised() {
        for w in ["тастар", "тауда", "әріптестік"] {
            assert!(stem_plus_ending(Lang::Kk, w), "{w}");
        }
        assert!(!stem_plus_ending(Lang::Kk, "жолқорған"));
        assert!(stem_plus_ending(Lang::Ru, "казахстана"));
    }

    #[test]
    fn a_russian_agent_in_tel_makes_its_feminine_in_nitsa() {
        for w in ["пользовательница", "пользовательницы", "пользовательницами"]
        {
            assert!(stem_plus_ending(Lang::Ru, w), "{w}");
        }
        // Not after other stems, nor with an ending `-ица` does not take.
        assert!(!stem_plus_ending(Lang::Ru, "пользователиница"));
        assert!(!stem_plus_ending(Lang::Ru, "пользовательницой"));
    }

    #[test]
    fn inflection_chains_may_open_with_the_plural() {
        for rest in ["тердің", "лары", "дағы", "ның", "ларымызға"] {
            assert!(is_kk_inflection_chain(rest), "{rest}");
        }
        for rest in ["деген", "ған", "лық"] {
            assert!(!is_kk_inflection_chain(rest), "{rest}");
        }
    }

    #[test]
    fn russian_endings_are_found_as_a_set_finds_them() {
        let set: FxHashSet<&str> = RU_ENDINGS.iter().copied().collect();
        let mut probes: Vec<String> = RU_ENDINGS.iter().map(|e| e.to_string()).collect();
        for e in RU_ENDINGS {
            probes.push(format!("{e}\0"));
            probes.push(format!("\0{e}"));
            probes.push(format!("{e}а"));
            probes.push(e.chars().skip(1).collect());
        }
        probes.extend(["", "\0", "nato", "ованыованы", "ьь", "ностьюностью"].map(String::from));
        for p in &probes {
            assert_eq!(is_ru_ending(p), set.contains(p.as_str()), "{p:?}");
        }
    }

    #[test]
    fn russian_stems_are_found_as_every_ending_is_tried() {
        let text = include_str!("../../data/ntrex/newstest2019-ref.rus.txt");
        let words = text
            .split_whitespace()
            .take(5000)
            .map(crate::lang::lower)
            .chain(["", "а", "дома", "джейкобсом", "ованыованыованы"].map(String::from));
        for w in words {
            let mut tried: Vec<&str> = w
                .char_indices()
                .rev()
                .map(|(at, _)| at)
                .take(6)
                .filter(|&at| RU_ENDINGS.contains(&&w[at..]) && w[..at].chars().nth(3).is_some())
                .map(|at| &w[..at])
                .collect();
            tried.reverse();
            assert_eq!(ru_stems(&w).collect::<Vec<_>>(), tried, "{w}");
        }
    }

    #[test]
    fn russian_stems_drop_each_ending() {
        let stems: Vec<&str> = ru_stems("джейкобсом").collect();
        assert_eq!(stems, ["джейкобс"]);
        let stems: Vec<&str> = ru_stems("уэста").collect();
        assert_eq!(stems, ["уэст"]);
        assert_eq!(ru_stems("дома").count(), 0);
    }

    #[test]
    fn every_suffix_is_found_by_its_first_letter() {
        for &(back, front, _) in KK_SUFFIXES {
            for text in [back, front] {
                let first = text.chars().next().expect("no suffix is empty");
                assert!(
                    starting_with(first).iter().any(|m| m.text == text),
                    "{text}"
                );
            }
        }
        let indexed: usize = BY_FIRST.iter().map(Vec::len).sum();
        let variants: usize = KK_SUFFIXES
            .iter()
            .map(|&(b, f, _)| if b == f { 1 } else { 2 })
            .sum();
        assert_eq!(indexed, variants);
        assert!(starting_with('a').is_empty() && starting_with('ǅ').is_empty());
        // The old linear reading of `is_kk_suffix`, on suffixes and on strings that are none.
        for rest in [
            "ғы",
            "ның",
            "жол",
            "",
            "лары",
            "ңдар",
            "менен",
            "мен",
            "nato",
            "ы",
        ] {
            let linear = KK_SUFFIXES.iter().any(|&(b, f, _)| b == rest || f == rest);
            assert_eq!(is_kk_suffix(rest), linear, "{rest}");
        }
    }

    #[test]
    fn windows_tell_a_suffix_at_the_start_as_starts_with_does() {
        let rests = [
            "лардың",
            "ла",
            "",
            "л",
            "ларға",
            "nato",
            "лaр",
            "менен",
            "мененнің",
            "ыңдарыңызға",
        ];
        for rest in rests {
            for m in BY_FIRST.iter().flatten() {
                let window = leading_bytes(rest) & m.mask == m.head;
                assert_eq!(window, rest.starts_with(m.text), "{rest} {}", m.text);
            }
        }
    }

    #[test]
    fn a_window_is_the_first_sixteen_bytes_zero_padded() {
        let text = "абвгдеabcdefжзийк";
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            let s = &text[..end];
            let mut padded = [0u8; 16];
            let n = s.len().min(16);
            padded[..n].copy_from_slice(&s.as_bytes()[..n]);
            assert_eq!(leading_bytes(s), u128::from_le_bytes(padded), "{s}");
        }
    }

    #[test]
    fn the_second_letter_keeps_every_variant_that_begins_a_string_in_order() {
        for rest in [
            "лардың",
            "ла",
            "л",
            "ларға",
            "дағы",
            "тың",
            "п",
            "пен",
            "ыңдар",
            "қа",
            "ғы",
            "жол",
        ] {
            let first = rest.chars().next().expect("not empty");
            let window = leading_bytes(rest);
            let begins = |m: &&Morph| window & m.mask == m.head;
            let all: Vec<&str> = starting_with(first)
                .iter()
                .filter(begins)
                .map(|m| m.text)
                .collect();
            let kept: Vec<&str> = opening(first, window)
                .iter()
                .filter(begins)
                .map(|m| m.text)
                .collect();
            assert_eq!(kept, all, "{rest}");
        }
    }

    #[test]
    fn suffixes_cannot_stand_alone() {
        assert!(is_kk_suffix("ғы"));
        assert!(is_kk_suffix("ның"));
        assert!(!is_kk_suffix("жол"));
    }
}
