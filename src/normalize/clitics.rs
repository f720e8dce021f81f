//! Context of Kazakh clitics: after a given word, is `мен`, `да`, `не` or `сіз` a word of its own
//! (the conjunction "and", the particle "too", the pronoun "what", the pronoun "you") or that word's
//! ending (instrumental, locative, dative, privative "without": `негізсіз`)?
//!
//! The answer depends on the word before: the locative follows a possessive (`сыртында`, hardly ever
//! `сыртын да`), the dative after a possessive is spelt `-не` (`жеріне`), while the particle follows
//! a conditional (`болса да`) and the conjunction links plurals (`экрандар мен жарықтар`). Running
//! text shows it: the prior lines ([`lexicon::prior_lines`]) are counted for each clitic and the last
//! letters of the word before it, separate or attached.
//!
//! Russian has one-letter vowel words (`а`, `и`, `о`, `у`, `я`), and a plain syllable splitter
//! leaves the same letters at word edges (`о ни`, `Кита я`). Whether such a vowel stands apart
//! depends on both neighbours, counted the same way: `мест` + `а` is `места`, `НАТО и` is two
//! words; `о` + `ни` is `они`, `о том` is two words.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use super::lexicon;
use crate::lang::{is_letter, kk, lower, Lang};

/// Clitics written both apart and attached. `сіз`/`сыз` joined the list with their counts: in the
/// prior lines, 28 of 31 follow a word as its ending; Kazakh held-out NTREX words right went from
/// 96.89% to 96.93% (`тағы`/`тегі`, "again" or `-та` + `-ғы`, gained nothing and stayed out).
const CLITICS: &[&str] = &[
    "мен", "бен", "пен", "да", "де", "та", "те", "не", "сіз", "сыз",
];

/// A word must keep this many letters before an attached clitic to count as a head: shorter words
/// ending in a clitic's letters are mostly words of their own (`және`, `онда`).
const MIN_HEAD: usize = 3;

/// How many letters of the word before are looked at, at most.
const ENDING: usize = 3;

/// Weight of the coarser estimate when a finer one has few counts (additive smoothing towards it).
const SMOOTH: f32 = 2.0;

/// The key of a count: the clitic's index in [`CLITICS`] and the head's last letters (up to
/// [`ENDING`], the last letter first; `\0` where shorter).
type Key = (u8, [char; ENDING]);

/// Counts of (separate, attached) per key, for every ending length from none to [`ENDING`].
struct Counts {
    table: HashMap<Key, (u32, u32)>,
    /// Per clitic, (separate, attached) when the clitic ends a clause (punctuation or the end of
    /// the text follows) and when a word follows: the conjunction `мен` needs a second member.
    by_end: Vec<[(u32, u32); 2]>,
    /// Per clitic, (separate, attached) after a name: a capitalized word inside a sentence, no
    /// capitalized word following (two names a conjunction joins are weighed apart).
    after_name: Vec<(u32, u32)>,
}

fn key(clitic: u8, head: &str, len: usize) -> Key {
    let mut ending = ['\0'; ENDING];
    for (slot, c) in ending.iter_mut().zip(head.chars().rev().take(len)) {
        *slot = c;
    }
    (clitic, ending)
}

/// Whether lowercase `word` is a clitic whose context is counted.
pub(crate) fn is_clitic(word: &str) -> bool {
    clitic_index(word).is_some()
}

fn clitic_index(word: &str) -> Option<u8> {
    CLITICS.iter().position(|&c| c == word).map(|i| i as u8)
}

static KK: LazyLock<Counts> = LazyLock::new(|| {
    let mut table: HashMap<Key, (u32, u32)> = HashMap::default();
    let mut by_end = vec![[(0u32, 0u32); 2]; CLITICS.len()];
    let mut add = |clitic: u8, head: &str, separate: bool, last: bool| {
        let e = &mut by_end[clitic as usize][usize::from(last)];
        if separate {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
        count(&mut table, clitic, head, separate);
    };
    let mut after_name = vec![(0u32, 0u32); CLITICS.len()];
    for line in lexicon::prior_lines(Lang::Kk) {
        let mut prev: Option<String> = None;
        let mut prev_name = false;
        // Whether the chunk before ends inside a sentence (a letter, a digit or a comma).
        let mut inside = false;
        let mut chunks = line.split_whitespace().peekable();
        while let Some(chunk) = chunks.next() {
            let core = chunk.trim_matches(|c: char| !is_letter(c));
            let word = lower(core);
            // Punctuation between two words ends the context: a clitic after a comma is not in question.
            let glued = !chunk.starts_with(|c: char| !is_letter(c));
            let ends_clean = !chunk.ends_with(|c: char| !is_letter(c));
            let last = !ends_clean || chunks.peek().is_none();
            let before_name = !last
                && chunks
                    .peek()
                    .is_some_and(|c| c.starts_with(char::is_uppercase));
            let name = inside && is_name(core);
            if let (Some(i), Some(p)) = (clitic_index(&word), prev.as_deref()) {
                if glued {
                    add(i, p, true, last);
                    if prev_name && !before_name {
                        after_name[usize::from(i)].0 += 1;
                    }
                }
            }
            for (i, c) in CLITICS.iter().enumerate() {
                if let Some(head) = word.strip_suffix(c) {
                    if head.chars().count() >= MIN_HEAD {
                        add(i as u8, head, false, last);
                        if name && !before_name {
                            after_name[i].1 += 1;
                        }
                    }
                }
            }
            prev = (ends_clean && !word.is_empty()).then_some(word);
            prev_name = name;
            inside = chunk.ends_with(|c: char| c.is_alphanumeric() || c == ',');
        }
    }
    Counts {
        table,
        by_end,
        after_name,
    }
});

/// Words that call for the instrumental before them, as the letters that begin them: the
/// postpositions and verbs of "with" (`X-пен бірге`, `X-пен салыстырғанда`, `X-пен кездесті`,
/// `X-пен күресу`), words that the Kazakh word pairs and NTREX's prior lines show after the
/// instrumental and not after the conjunction (`X-пен марапатталған` "awarded with", `X-пен
/// қамтамасыз ету` "provide with", `X-пен қарым-қатынас` "relations with", `X-пен тығыз`
/// "closely with"), and the conjunctions `және` and `немесе` and the particle `ғана` ("only"),
/// which never follow a conjunction `мен`. Verbs of doing with, ending with and being proud of
/// (`уақытпен санаспай` "not counting the time", `жеңіспен аяқталды` "ended in a win",
/// `спортпен шұғылданады`) joined from Kazakh grammar, not from counts, where no noun begins so:
/// held-out NTREX words right 98.56% → 98.57% (every syllable, each line alone 98.20% → 98.22%),
/// the UDHR and the tune lines unchanged.
const WITH_INSTRUMENTAL: &[&str] = &[
    "және",
    "немесе",
    "бірге",
    "қатар",
    "салыстыр",
    "байланыст",
    "бірлес",
    "қоса",
    "сөйлес",
    "кездес",
    "таныс",
    "айналыс",
    "соқтығыс",
    "келіс",
    "күрес",
    "хабарлас",
    "шектес",
    "бөліс",
    "бәсекелес",
    "шайқас",
    "аттас",
    "бетпе",
    "қарым",
    "тығыз",
    "марапат",
    "қамтамасыз",
    "жүзеге",
    "ғана",
    "санас",
    "шұғылдан",
    "мақтан",
    "ұштас",
    "қоштас",
    "ақылдас",
    "теңес",
    "үйлес",
    "безендір",
    "толтыр",
    "жабдықтал",
    "аяқтал",
    "шектел",
];

/// Beginnings among [`WITH_INSTRUMENTAL`]'s that are nouns too, and so may follow the conjunction
/// (`шарттар мен келісімдер`).
const NOT_WITH_INSTRUMENTAL: &[&str] = &["келісім", "мақтаныш", "үйлесім"];

/// The first `read` letters of `after`, lowercase, read across spaces and line-break hyphens (the
/// words after may be split too) up to any other character: the words after a clitic.
fn letters_after(after: &str, read: usize) -> String {
    let mut letters = String::new();
    let mut n = 0;
    let mut chars = after.chars().peekable();
    while let Some(c) = chars.next() {
        if is_letter(c) {
            letters.extend(c.to_lowercase());
            n += 1;
            if n >= read {
                break;
            }
        } else if c.is_whitespace() || (c == '-' && chars.peek() == Some(&'\n')) {
            continue;
        } else {
            break;
        }
    }
    letters
}

/// Whether the text after a `мен`/`бен`/`пен` (`after`, damaged or not) begins with a word that
/// takes the instrumental: then the clitic is the ending of the word before, not the conjunction.
pub(crate) fn instrumental_follows(after: &str) -> bool {
    // Enough letters for the longest beginning (`байланыст`).
    let letters = letters_after(after, 9);
    WITH_INSTRUMENTAL.iter().any(|w| letters.starts_with(w))
        && !NOT_WITH_INSTRUMENTAL.iter().any(|w| letters.starts_with(w))
}

/// Whether the clause after a `мен`/`бен`/`пен` (`after`, damaged or not) goes on to the
/// postposition `арасы` (`арасында`, `арасындағы`) within a few words: "between A and B", where
/// the clitic is the conjunction.
pub(crate) fn between_follows(after: &str) -> bool {
    // About three words' letters.
    letters_after(after, 40).contains("арасы")
}

/// Whether lowercase Kazakh `word`, the last word of its clause, ends as a verb's past or present
/// third person does (`айтты`, `шықты`, `кездеседі`, `келіспеді`): Kazakh puts the verb last, so
/// that a clause's last word in `-ды`/`-ді`/`-ты`/`-ті` is its verb, while inside a clause the
/// ending is as often a noun's accusative (`көліктерді`, `шаңды`), which the conjunction `мен`
/// precedes. In NTREX's 1,997 Kazakh lines and the UDHR, 26 such clause-final words follow the
/// instrumental (`мақтанышпен айтты.`, `құрамымен шықты,`) and none the conjunction.
pub(crate) fn is_clause_final_verb(word: &str) -> bool {
    ["ды", "ді", "ты", "ті"].iter().any(|e| word.ends_with(e)) && word.chars().nth(4).is_some()
}

/// Whether lowercase `word` ends as a Kazakh verb form that seldom follows the conjunction `мен`:
/// a converb (`күресіп`, `жеткізіліп`), the present or future third person (`алады`,
/// `кездеседі`, and of verbs in `-ла`, `хабарлайды`; not `-йды` otherwise, which is as often a
/// noun's accusative, `жағдайды`, `жанармайды`), a participle
/// (`болған`, `соққан`; the future one, `жасалатын`, `істейтін`), also with a possessive or a
/// case ending (`бопсалағаны`, `жүргенін`, `теңескеннен`, `ойнағанда`). The conjunction links
/// noun phrases; the instrumental is how a verb's manner or partner is said (`ұшақпен
/// жеткізіліп`). In NTREX's 1,997 Kazakh lines, 16 participles with endings follow the
/// instrumental and none the conjunction, and 6 future participles follow the instrumental and
/// none the conjunction.
pub(crate) fn is_verb_form(word: &str) -> bool {
    let letters = word.chars().count();
    let ends = |endings: &[&str]| endings.iter().any(|e| word.ends_with(e));
    is_converb(word)
        || (letters >= 5 && ends(&["ады", "еді"]))
        || (letters >= 7 && ends(&["лайды", "лейді"]))
        || (letters >= 6 && ends(&["ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін"]))
        || (letters >= 7 && participle_inflected(word))
        || reciprocal_verbal_noun(word)
}

/// Whether lowercase Kazakh `word` is a converb in `-ып`/`-іп` of four letters or more
/// (`күресіп`, `құтқарып`), which takes no case ending; not the few nouns so spelt ("letter",
/// "trade", "custom": the stem list cannot tell them, it holds converbs too); or one in `-п` after
/// a stem's vowel ([`vowel_converb`]).
pub(crate) fn is_converb(word: &str) -> bool {
    ((word.ends_with("ып") || word.ends_with("іп"))
        && word.chars().nth(3).is_some()
        && !["әріп", "кәсіп", "ғұрып"].iter().any(|n| word.ends_with(n)))
        || vowel_converb(word)
}

/// Whether lowercase Kazakh `word` is the converb in `-п` of a verb whose stem ends in a vowel
/// (`бастап`, `аялап`, `сөйлеп`): the letters before the `п`, with the verbal noun's `-у`, are a
/// word the dictionary knows (`бастау`), which no noun in `-ап`/`-еп` makes (`кітап`, `есеп`).
fn vowel_converb(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('п') else {
        return false;
    };
    stem.chars().nth(3).is_some()
        && stem.ends_with(['а', 'е', 'я'])
        && lexicon::check_lower(Lang::Kk, &format!("{stem}у"))
}

/// The common nouns of Kazakh place names, written into the name they end (`Ұлытау`, `Жайлаутөбе`,
/// `Алакөл`, `Ақбұлақ`, `Сарыарқа`): a mountain, a hill, a lake, a spring, a well, a ridge, a
/// ravine, a peninsula, a fortress, a town.
const PLACE_NOUNS: &[&str] = &[
    "тау",
    "төбе",
    "көл",
    "бұлақ",
    "құдық",
    "арқа",
    "сай",
    "түбек",
    "қорған",
    "кент",
    "шоқы",
];

/// Case endings after [`PLACE_NOUNS`] (both harmonies; none possessive: `Балқаш көлі`, `Іле
/// өзені` stand apart), longest first.
const PLACE_ENDINGS: &[&str] = &[
    "ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "мен",
    "бен", "пен", "да", "де", "та", "те", "ға", "ге", "қа", "ке", "ны", "ні", "ды", "ді", "ты",
    "ті", "",
];

/// Whether lowercase Kazakh `word` is one of [`PLACE_NOUNS`], bare or with a case ending
/// (`тау`, `төбеде`, `көлге`), never in the plural or with a possessive: the end of a place name,
/// apart after a capitalized word (`Ұлы тау` is `Ұлытау`).
pub(crate) fn is_place_noun(word: &str) -> bool {
    PLACE_NOUNS.iter().any(|noun| {
        word.strip_prefix(noun)
            .is_some_and(|ending| PLACE_ENDINGS.contains(&ending))
    })
}

/// Whether a chunk as written (`тө`, `бұ`) opens as one of [`PLACE_NOUNS`] does, in its first two
/// letters: asked before [`is_place_noun`], of nearly every candidate word.
pub(crate) fn may_open_place_noun(chunk: &str) -> bool {
    let mut letters = chunk.chars();
    let (Some(a), Some(b)) = (letters.next(), letters.next()) else {
        return false;
    };
    PLACE_NOUNS.iter().any(|noun| {
        let mut n = noun.chars();
        n.next() == Some(a) && n.next() == Some(b)
    })
}

/// Kazakh endings a surname in `-ов`/`-ев`/`-ова`/`-ева` takes (`Асылбаевтың`, `Бековке`,
/// `Мұсабаевтар`, `Молдағұлованың`), longest first.
const SURNAME_ENDINGS: &[&str] = &[
    "тардың",
    "тердің",
    "тарға",
    "терге",
    "тарды",
    "терді",
    "тармен",
    "термен",
    "тың",
    "тің",
    "ның",
    "нің",
    "пен",
    "мен",
    "тан",
    "тен",
    "нан",
    "нен",
    "тар",
    "тер",
    "қа",
    "ке",
    "ға",
    "ге",
    "ты",
    "ті",
    "ны",
    "ні",
    "та",
    "те",
    "да",
    "де",
    "",
];

/// Whether lowercase `word` reads as the tail of a surname Kazakh writes as Russian does: a
/// syllable or more before `-ов`, `-ев`, `-ова` or `-ева`, and any Kazakh ending after it
/// (`беков`, `құловпен`, `баевтың`). Kazakh's own words have no `в` before an ending so.
pub(crate) fn is_surname_tail(word: &str) -> bool {
    SURNAME_ENDINGS.iter().any(|e| {
        word.strip_suffix(e).is_some_and(|stem| {
            ["ов", "ев", "ова", "ева"]
                .iter()
                .any(|t| stem.strip_suffix(t).is_some_and(|s| s.chars().count() >= 2))
        })
    })
}

/// Whether lowercase Kazakh `word` is `әр` or `әрбір` ("each", "every"), which take the singular:
/// in NTREX's 1,997 Kazakh lines and the UDHR, none of the 48 words after them is in the plural.
pub(crate) fn is_each(word: &str) -> bool {
    matches!(word, "әр" | "әрбір")
}

/// Whether lowercase Kazakh `word` is in the plural, as the stemmer reads it with a stem of its list
/// (`тістер`, `адамдарға`).
pub(crate) fn is_plural(word: &str) -> bool {
    let analysis = kk::analyze(word);
    analysis.known
        && analysis
            .suffixes
            .iter()
            .any(|s| s.kind == kk::SuffixKind::Plural)
}

/// Whether `particle` (`ма`, `ме`) apart after lowercase Kazakh `head` is the first person's
/// possessive and the dative of a noun that ends in the third person's `-ы`/`-і` as split (`жасы
/// ма` → `жасыма`, "to my age"; `қабірі ме` → `қабіріме`): `head` ends in `ы` before `ма` or `і`
/// before `ме`, and not as a verb or an accusative does (`алады ма`, `келді ме`, `кітапты`). In
/// NTREX's 1,997 Kazakh lines, 19 words end so in `-ыма`/`-іме`, none before punctuation, and no
/// question particle stands after such a noun but before a question mark.
pub(crate) fn possessive_before(head: &str, particle: &str) -> bool {
    ends_as_possessed(head, particle) && head.chars().nth(3).is_some() && !is_verb_form(head)
}

/// Whether lowercase Kazakh `text` (a word, or the chunk that ends it) ends as a noun with the
/// third person's possessive before `particle` would, [`possessive_before`]'s test of the last
/// letters alone: `ы` before `ма`, `і` before `ме`, not as a verb or an accusative ends (`-ды`,
/// `-ті`, `-ны`: `алады`, `келді`, `кітапты`).
pub(crate) fn ends_as_possessed(text: &str, particle: &str) -> bool {
    let vowel = match particle {
        "ма" => 'ы',
        "ме" => 'і',
        _ => return false,
    };
    text.ends_with(vowel)
        && !["ды", "ді", "ты", "ті", "ны", "ні"]
            .iter()
            .any(|e| text.ends_with(e))
}

/// Whether lowercase Kazakh `word` is a verb form that takes no case ending, so that a `да`
/// after it is the particle: a converb ([`is_converb`]: `құтқарып та`), a conditional with a
/// person (`болсақ та`, `айтсам да`; the bare `болса` is also how nouns end, `кеңседе`), or a
/// verb or predicate in the polite plural (`тастаңыздар да`; not the first person, `барамын`,
/// which nouns spell too, `құрамын`). In NTREX's 1,997 Kazakh lines, 33 conditionals stand
/// before the particle and none takes the locative.
pub(crate) fn takes_no_locative(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "сам",
        "сем",
        "сақ",
        "сек",
        "саң",
        "сең",
        "саңыз",
        "сеңіз",
        "ңыздар",
        "ңіздер",
    ];
    is_converb(word) || (word.chars().nth(4).is_some() && ENDINGS.iter().any(|e| word.ends_with(e)))
}

/// Whether lowercase `word` is the verbal noun of a reciprocal verb, in `-ас`, `-ес`, `-ыс`, `-іс`
/// (`қоштасуға`, `соғысу`, `кездесуде`): whom one parts from, fights or meets takes the
/// instrumental. In NTREX's 1,997 Kazakh lines, 16 follow the instrumental and none the
/// conjunction.
fn reciprocal_verbal_noun(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "у", "уға", "уге", "уы", "уі", "уын", "уін", "уда", "уде", "уына", "уіне",
    ];
    ENDINGS
        .iter()
        .filter_map(|e| word.strip_suffix(e))
        .any(|stem| {
            let mut back = stem.chars().rev();
            back.next() == Some('с')
                && back
                    .next()
                    .is_some_and(|v| matches!(v, 'а' | 'е' | 'ы' | 'і'))
                && back.count() >= 2
        })
}

/// Whether lowercase `word` ends in a past participle (`-ған`, `-ген`, `-қан`, `-кен`) with a
/// possessive (`-ы`, `-і`), an accusative after it (`-ын`, `-ін`), or the locative, dative or
/// ablative (`-да`, `-ға`, `-нан` and their forms).
fn participle_inflected(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ы", "ын", "да", "ға", "нан", "і", "ін", "де", "ге", "нен"];
    ENDINGS
        .iter()
        .filter_map(|e| word.strip_suffix(e))
        .any(|stem| {
            stem.chars().count() >= 5
                && ["ған", "ген", "қан", "кен"]
                    .iter()
                    .any(|p| stem.ends_with(p))
        })
}

/// The evidence that lowercase `clitic` stands apart after lowercase word `head`, `last` telling
/// whether it ends a clause (punctuation or the end of the text follows): the log odds of standing
/// apart given the word before, updated for a conjunction by the odds given the clause end, all
/// counted in the prior lines;
/// `None` when `clitic` is no clitic. Low where the word before calls for an ending (`сыртын` +
/// `да`) or nothing follows a conjunction (`Қазақстан мен.`); high where the word before calls for
/// a separate word (`болса` + `да`).
///
/// After a name (`name`: a capitalized word inside a sentence, no capitalized word after the
/// clitic), the odds move as far as the clitic's odds after names differ from its odds after any
/// word, taken as independent of the last letters: a name is seldom followed by the particle
/// (`Қытай да` is no negative verb form like `болмай да`; in the prior lines, `да` stands apart
/// after no name and ends 17).
pub(crate) fn separate_odds(head: &str, clitic: &str, last: bool, name: bool) -> Option<f32> {
    let i = clitic_index(clitic)?;
    let counts = &*KK;
    let p0 = apart_probability(&counts.table, i, "");
    let p = apart_probability(&counts.table, i, head);
    let name = if name {
        let (s, a) = counts.after_name[usize::from(i)];
        logit((s as f32 + SMOOTH * p0) / ((s + a) as f32 + SMOOTH)) - logit(p0)
    } else {
        0.0
    };
    // The end of a clause, taken as independent of the word before.
    let (s, a) = counts.by_end[usize::from(i)][usize::from(last)];
    let end = (s as f32 + SMOOTH * p0) / ((s + a) as f32 + SMOOTH);
    // Only the conjunction needs a word after it (counted: never apart before punctuation), and
    // its clause end weighs double; the particle `да` may end a clause.
    let end = if clitic.ends_with('н') {
        2.0 * (logit(end) - logit(p0))
    } else {
        0.0
    };
    Some(logit(p) + end + name)
}

/// Whether `word` (its letters, as written) is capitalized and not all capitals (`Қытай`, not
/// `АҚШ`): inside a sentence, a name.
pub(crate) fn is_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// Russian one-letter words that are vowels (`а`, `и`, `о`, `у`, `я`): a plain syllable splitter
/// leaves the same letters at word edges (`о ни`, `Кита я`).
const RU_VOWELS: &[&str] = &["а", "и", "о", "у", "я"];

/// A word must keep this many letters beside a Russian vowel for the pair to count as one word.
const MIN_RU_REST: usize = 2;

/// Russian one-letter prepositions that are also the first letter of many words (`в`, `с`, `к`):
/// text cut at any letter leaves `с делал`, `в сплыла`. A preposition governs a noun phrase, never a
/// verb, so the ending of the word after tells them apart (`с другом`, `сделал`).
const RU_PREPOSITIONS: &[&str] = &["в", "с", "к"];

/// Russian prepositions of two letters or more that also begin words as prefixes (`под` and
/// `подтвердила`, `по` and `почувствовал`). A preposition governs a noun phrase in an oblique
/// case: the ending of the word after tells a preposition from a prefix cut off its verb.
const RU_PREFIXES: &[&str] = &[
    "без", "до", "за", "из", "на", "над", "об", "от", "по", "под", "при", "про",
];

/// A word must keep this many letters after a prefix of [`RU_PREFIXES`] to count as prefixed.
const MIN_PREFIXED_REST: usize = 3;

/// Counts of (apart, attached) per Russian vowel and the letters beside it: the last letters of the
/// word before (`after`) and the first letters of the word after (`before`); and per Russian
/// one-letter preposition, the last letters of the word after it (`ending`).
struct RuCounts {
    after: HashMap<Key, (u32, u32)>,
    before: HashMap<Key, (u32, u32)>,
    ending: HashMap<Key, (u32, u32)>,
    /// Per last letters of the word after (the rest of the word), (apart, attached) for every
    /// preposition of [`RU_PREFIXES`] together.
    prefixed: HashMap<Key, (u32, u32)>,
}

/// Adds one (apart or attached) observation under every context length.
fn count(table: &mut HashMap<Key, (u32, u32)>, i: u8, letters: &str, apart: bool) {
    for len in 0..=ENDING {
        let e = table.entry(key(i, letters, len)).or_default();
        if apart {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
}

/// The log odds of probability `p`.
fn logit(p: f32) -> f32 {
    (p / (1.0 - p)).ln()
}

/// The smoothed probability of apart under the longest context, backing off to shorter ones.
fn apart_probability(table: &HashMap<Key, (u32, u32)>, i: u8, letters: &str) -> f32 {
    let get = |len| table.get(&key(i, letters, len)).copied().unwrap_or((0, 0));
    let (s0, a0) = get(0);
    let mut p = (s0 as f32 + 1.0) / ((s0 + a0) as f32 + 2.0);
    for len in 1..=ENDING.min(letters.chars().count()) {
        let (s, a) = get(len);
        p = (s as f32 + SMOOTH * p) / ((s + a) as f32 + SMOOTH);
    }
    p
}

/// Counts the clitics of `lang` text in the prior lines now, rather than at the first one asked
/// about.
pub(crate) fn load(lang: Lang) {
    super::force_for(lang, &KK, &RU);
}

static RU: LazyLock<RuCounts> = LazyLock::new(|| {
    let mut counts = RuCounts {
        after: HashMap::default(),
        before: HashMap::default(),
        ending: HashMap::default(),
        prefixed: HashMap::default(),
    };
    for line in lexicon::prior_lines(Lang::Ru) {
        let words: Vec<(String, bool, bool)> = line
            .split_whitespace()
            .map(|chunk| {
                let word = lower(chunk.trim_matches(|c: char| !is_letter(c)));
                let starts_clean = !chunk.starts_with(|c: char| !is_letter(c));
                let ends_clean = !chunk.ends_with(|c: char| !is_letter(c));
                (word, starts_clean, ends_clean)
            })
            .collect();
        for (n, (word, starts_clean, ends_clean)) in words.iter().enumerate() {
            if let Some(i) = ru_vowel_index(word) {
                // Apart, with no punctuation between it and its neighbour.
                if let Some((prev, _, prev_clean)) = n.checked_sub(1).map(|p| &words[p]) {
                    if *prev_clean && *starts_clean && !prev.is_empty() {
                        count(&mut counts.after, i, prev, true);
                    }
                }
                if let Some((next, next_clean, _)) = words.get(n + 1) {
                    if *ends_clean && *next_clean && !next.is_empty() {
                        count(&mut counts.before, i, &reversed(next), true);
                    }
                }
                continue;
            }
            if RU_PREFIXES.contains(&word.as_str()) {
                if let Some((next, next_clean, _)) = words.get(n + 1) {
                    if *ends_clean && *next_clean && !next.is_empty() {
                        count(&mut counts.prefixed, 0, next, true);
                    }
                }
            }
            // The longest prefix (`подтвердила` is `под` + `твердила`, not `по` + `дтвердила`).
            let rest = RU_PREFIXES
                .iter()
                .filter_map(|p| word.strip_prefix(p))
                .min_by_key(|rest| rest.len());
            if let Some(rest) = rest.filter(|r| r.chars().count() >= MIN_PREFIXED_REST) {
                count(&mut counts.prefixed, 0, rest, false);
            }
            if let Some(i) = ru_preposition_index(word) {
                if let Some((next, next_clean, _)) = words.get(n + 1) {
                    if *ends_clean && *next_clean && !next.is_empty() {
                        count(&mut counts.ending, i, next, true);
                    }
                }
                continue;
            }
            for (i, p) in RU_PREPOSITIONS.iter().enumerate() {
                if let Some(rest) = word.strip_prefix(p) {
                    if rest.chars().count() >= MIN_RU_REST {
                        count(&mut counts.ending, i as u8, rest, false);
                    }
                }
            }
            for (i, v) in RU_VOWELS.iter().enumerate() {
                if let Some(head) = word.strip_suffix(v) {
                    if head.chars().count() >= MIN_RU_REST {
                        count(&mut counts.after, i as u8, head, false);
                    }
                }
                if let Some(rest) = word.strip_prefix(v) {
                    if rest.chars().count() >= MIN_RU_REST {
                        count(&mut counts.before, i as u8, &reversed(rest), false);
                    }
                }
            }
        }
    }
    counts
});

fn ru_preposition_index(word: &str) -> Option<u8> {
    RU_PREPOSITIONS
        .iter()
        .position(|&p| p == word)
        .map(|i| i as u8)
}

/// Whether lowercase `word` is a Russian one-letter preposition whose context is counted.
pub(crate) fn is_ru_preposition(word: &str) -> bool {
    ru_preposition_index(word).is_some()
}

/// The log odds that the Russian one-letter preposition `prep` stands apart before lowercase word
/// `next` (`с` + `другом`: apart; `с` + `делал`: hardly ever), by the last letters of `next`,
/// counted in the prior lines.
pub(crate) fn ru_preposition_apart(prep: &str, next: &str) -> Option<f32> {
    let i = ru_preposition_index(prep)?;
    Some(logit(apart_probability(&RU.ending, i, next)))
}

/// How much less likely than after any word the Russian preposition `prep` (of [`RU_PREFIXES`])
/// stands apart before lowercase word `next`, by the last letters of `next`, counted in the prior
/// lines: the log odds against the odds of all of them, 0 where the ending is as common after a
/// preposition (`под контролем`) or more, below where it ends a verb (`под твердила`: in the
/// prior lines, 88 words ending in `-ся` follow such a prefix and none such a preposition).
/// `None` when `prep` is none of them.
pub(crate) fn ru_prefix_apart(prep: &str, next: &str) -> Option<f32> {
    if !RU_PREFIXES.contains(&prep) {
        return None;
    }
    let any = logit(apart_probability(&RU.prefixed, 0, ""));
    Some((logit(apart_probability(&RU.prefixed, 0, next)) - any).min(0.0))
}

/// Whether lowercase `next` cannot follow the Russian preposition `prep` for its case: `по`,
/// `до`, `из`, `от` and `без` take the genitive, dative or accusative, and a word in `-ом`/`-ём`
/// of three letters or more is a prepositional or instrumental form (`этом`, `данном`,
/// `домом`). So `по этом` is `поэтом`, `по данном` is `поданном`. In NTREX's 1,997 Russian lines
/// and the UDHR, one such word stands apart after them (a misspelling, `по результатом`) and 37
/// words are written joined so (`посредством`, `докладом`, `отличном`).
pub(crate) fn ru_case_misfit(prep: &str, next: &str) -> bool {
    matches!(prep, "по" | "до" | "из" | "от" | "без")
        && (next.ends_with("ом") || next.ends_with("ём"))
        && next.chars().nth(2).is_some()
}

/// Whether lowercase `word` is a Russian preposition of [`RU_PREFIXES`].
pub(crate) fn is_ru_prefix(word: &str) -> bool {
    RU_PREFIXES.contains(&word)
}

fn ru_vowel_index(word: &str) -> Option<u8> {
    RU_VOWELS.iter().position(|&v| v == word).map(|i| i as u8)
}

/// `word` read backwards: the counts key on the letters nearest the vowel, taken from the end.
fn reversed(word: &str) -> String {
    word.chars().rev().collect()
}

/// Whether lowercase `word` is a Russian one-letter vowel word whose context is counted.
pub(crate) fn is_ru_vowel(word: &str) -> bool {
    ru_vowel_index(word).is_some()
}

/// Russian prepositions beside [`RU_PREPOSITIONS`] and [`RU_PREFIXES`] (all of which are
/// prepositions too).
const RU_OTHER_PREPOSITIONS: &[&str] = &[
    "во",
    "о",
    "обо",
    "у",
    "ко",
    "со",
    "для",
    "через",
    "перед",
    "между",
];

/// Whether lowercase `word` is a Russian preposition of any length, which governs the noun phrase after it: none
/// stands right before a conjunction or an infinitive.
fn is_any_ru_preposition(word: &str) -> bool {
    [RU_PREPOSITIONS, RU_PREFIXES, RU_OTHER_PREPOSITIONS]
        .iter()
        .any(|list| list.contains(&word))
}

/// Whether the Russian vowel word `vowel` (`и`, `а`), standing apart right after lowercase `head`,
/// is a conjunction after a preposition (`на и бо лее` read as `на и более`) or after the
/// negation `не`, `ни` (`ли ни и на` read as `ли ни и на`, not `линии на`): a preposition opens
/// the noun phrase it governs, a negation the word it negates, and no conjunction can stand
/// there. In NTREX's 1,997 Russian lines and the UDHR, none of 4,933 prepositions and none of
/// 431 `не` and `ни` stands before `и`, `а`, `но` or `или`, so such a vowel is a syllable of a
/// word (`наиболее`, `линии`).
pub(crate) fn ru_conjunction_misfit(head: &str, vowel: &str) -> bool {
    matches!(vowel, "и" | "а") && (is_any_ru_preposition(head) || matches!(head, "не" | "ни"))
}

/// Whether lowercase `next`, standing apart right after the Russian preposition `prep`, is a verb's
/// infinitive, which no preposition governs (`у ви деть` is `увидеть`, `на до де лать` is `надо
/// делать`): a word of five letters or more in a vowel and `-ть` (or `-ться`) whose past in `-л`
/// (`-лся`) the Russian dictionary knows (`видеть`, `видел`), which tells a verb from the nouns so
/// spelt (`мечеть`, `память`, `печать`, no `мечел`, `памял`, `печал`). In NTREX's 1,997 Russian
/// lines and the UDHR, none of 4,933 prepositions stands before an infinitive.
pub(crate) fn ru_infinitive_misfit(prep: &str, next: &str) -> bool {
    if !is_any_ru_preposition(prep) || next.chars().nth(4).is_none() {
        return false;
    }
    let (stem, past_ending) = match next.strip_suffix("ться") {
        Some(stem) => (stem, "лся"),
        None => match next.strip_suffix("ть") {
            Some(stem) => (stem, "л"),
            None => return false,
        },
    };
    if !stem
        .chars()
        .next_back()
        .is_some_and(crate::lang::is_cyrillic_vowel)
    {
        return false;
    }
    let mut past = String::with_capacity(stem.len() + past_ending.len());
    past.push_str(stem);
    past.push_str(past_ending);
    lexicon::check_lower(Lang::Ru, &past)
}

/// Whether lowercase `next`, standing apart after the Russian word `word`, is a particle that
/// `word` cannot carry: an enclitic (`ли`, `же`, `бы`) leans on the stressed word before it
/// (`вряд ли`, `может быть`, `он же`), and neither the conjunctions `и`, `а` nor a preposition
/// (`в`, `у`, `по`, `на`) is one; nor does a preposition stand right before `ни`, which opens
/// the phrase it negates (`ни по одному`, never `по ни одному`). `и ли` is `или`, `у же` is
/// `уже`, `по ни` is `пони`. In NTREX's 1,997 Russian lines and the UDHR, none of the 176 such
/// particles follows one of those words; `я` is a pronoun, which may carry one (`я ли`), and `и
/// ни` is how a negation is added (`и ни разу`).
pub(crate) fn ru_enclitic_misfit(word: &str, next: &str) -> bool {
    match next {
        "ли" | "же" | "бы" => matches!(word, "и" | "а") || is_any_ru_preposition(word),
        "ни" => is_any_ru_preposition(word),
        _ => false,
    }
}

/// Whether lowercase Russian `joined`, two words run together with a comma after them, is the
/// first half of a comparison that Russian writes apart, given the lowercase word after the comma
/// (`next`, asked only of such words):
/// `так же, как` ("just as"), `то же, что` ("the same as"); `также` ("also") and `тоже` ("too")
/// stand before a comma only as a clause ends. In NTREX's 1,997 Russian lines and the UDHR, three
/// `так же, как` and one `то же, что` stand so, and no `также, как` or `тоже, что`.
pub(crate) fn ru_comparative_apart(joined: &str, next: impl FnOnce() -> String) -> bool {
    let after = match joined {
        "также," => "как",
        "тоже," => "что",
        _ => return false,
    };
    next() == after
}

/// The log odds that the Russian vowel word `vowel` stands apart after lowercase word `head`
/// (`мест` + `а`: hardly ever apart; `НАТО` + `и`: apart), counted in the prior lines.
pub(crate) fn ru_apart_after(head: &str, vowel: &str) -> Option<f32> {
    let i = ru_vowel_index(vowel)?;
    Some(logit(apart_probability(&RU.after, i, head)))
}

/// The log odds that the Russian vowel word `vowel` stands apart before lowercase word `next`
/// (`о` + `ни...`: hardly ever apart; `о` + `том`: apart), counted in the prior lines.
pub(crate) fn ru_apart_before(vowel: &str, next: &str) -> Option<f32> {
    let i = ru_vowel_index(vowel)?;
    Some(logit(apart_probability(&RU.before, i, &reversed(next))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_enclitic_leans_on_no_conjunction_or_preposition() {
        assert!(ru_enclitic_misfit("и", "ли"));
        assert!(ru_enclitic_misfit("у", "же"));
        assert!(!ru_enclitic_misfit("я", "ли"));
        assert!(!ru_enclitic_misfit("и", "лишь"));
        assert!(ru_enclitic_misfit("по", "ни"));
        assert!(ru_enclitic_misfit("на", "же"));
        assert!(!ru_enclitic_misfit("и", "ни"));
    }

    #[test]
    fn a_preposition_of_other_cases_takes_no_word_in_om() {
        assert!(ru_case_misfit("по", "этом"));
        assert!(ru_case_misfit("от", "данном"));
        assert!(ru_case_misfit("без", "своём"));
        assert!(!ru_case_misfit("об", "этом"));
        assert!(!ru_case_misfit("по", "дорогам"));
        assert!(!ru_case_misfit("по", "ом"));
    }

    #[test]
    fn between_is_read_across_the_clause_after_a_clitic() {
        assert!(between_follows(" пресса ара сы нда ті ке лей"));
        assert!(between_follows(" Қытай арасындағы"));
        // Not past the clause, nor beyond a few words.
        assert!(!between_follows(" келді. Олардың арасында"));
        assert!(!between_follows(
            " бірге жұмыс істейтін барлық көптеген адамдардың арасында"
        ));
        assert!(!between_follows(" бірге"));
    }

    #[test]
    fn a_one_letter_preposition_stands_apart_before_a_noun_not_a_verb() {
        let apart = |p: &str, next: &str| ru_preposition_apart(p, next).unwrap();
        assert!(apart("с", "другом") > apart("с", "делал"));
        assert!(apart("в", "городе") > apart("в", "сплыла"));
        assert!(ru_preposition_apart("о", "том").is_none());
    }

    #[test]
    fn a_prefix_preposition_stands_apart_before_a_noun_not_a_verb() {
        let apart = |p: &str, next: &str| ru_prefix_apart(p, next).unwrap();
        // Verb endings (`-ила`, `-ться`, `-вал`) weigh against it, oblique cases do not.
        for verb in ["твердила", "готовиться", "чувствовал"] {
            assert!(apart("под", verb) < -1.0, "{verb}");
        }
        for noun in ["контролем", "руководством", "данным"] {
            assert!(apart("под", noun) > -0.5, "{noun}");
        }
        assert_eq!(ru_prefix_apart("с", "другом"), None);
        assert_eq!(ru_prefix_apart("для", "него"), None);
    }

    #[test]
    fn each_and_the_plural_are_told() {
        assert!(is_each("әр"));
        assert!(is_each("әрбір"));
        assert!(!is_each("әрі"));
        assert!(is_plural("тістер"));
        assert!(is_plural("адамдарға"));
        assert!(!is_plural("адамға"));
        assert!(!is_plural("тіс"));
    }

    #[test]
    fn a_possessed_noun_takes_ma_as_its_ending() {
        assert!(possessive_before("жасы", "ма"));
        assert!(possessive_before("қабірі", "ме"));
        // The other harmony; a verb; an accusative; another particle.
        assert!(!possessive_before("жасы", "ме"));
        assert!(!possessive_before("алады", "ма"));
        assert!(!possessive_before("кітапты", "ма"));
        assert!(!possessive_before("жасы", "ба"));
    }

    #[test]
    fn verb_forms_are_told_from_nouns_by_their_ending() {
        for w in [
            "күресіп",
            "алады",
            "кездеседі",
            "болған",
            "жеңген",
            "бастап",
            "сөйлеп",
            "бопсалағаны",
            "жүргенін",
            "теңескеннен",
            "ойнағанда",
            "қоштасуға",
            "соғысу",
            "жасалатын",
            "істейтін",
            "хабарлайды",
            "белгілейді",
        ] {
            assert!(is_verb_form(w), "{w}");
        }
        // Nouns, an adjective, and the accusative of a noun in `-й`.
        for w in [
            "әріп",
            "кәсіп",
            "кітап",
            "есеп",
            "жауап",
            "жақын",
            "үлкен",
            "жанармайды",
            "көліктерді",
            "еді",
            "өсу",
            "басу",
            "қатын",
            "жағдайды",
        ] {
            assert!(!is_verb_form(w), "{w}");
        }
    }

    #[test]
    fn a_clause_final_verb_is_told_by_its_third_person_ending() {
        for w in ["айтты", "шықты", "кездеседі", "келіспеді", "ойсыратты"]
        {
            assert!(is_clause_final_verb(w), "{w}");
        }
        // Too short to tell from a noun's accusative (`ойды`, `етті`), or no such ending.
        for w in ["ойды", "етті", "жеңу", "болған", "кітап"] {
            assert!(!is_clause_final_verb(w), "{w}");
        }
    }

    #[test]
    fn endings_that_call_for_a_case_make_the_clitic_an_ending() {
        // Locative after a possessive, dative after a possessive.
        let after_any = separate_odds("", "да", false, false).unwrap();
        assert!(separate_odds("сыртын", "да", false, false).unwrap() < after_any - 1.0);
        let after_any = separate_odds("", "не", false, false).unwrap();
        assert!(separate_odds("жері", "не", false, false).unwrap() < after_any - 1.0);
    }

    #[test]
    fn conditionals_and_plurals_keep_the_clitic_apart() {
        let after_any = separate_odds("", "да", false, false).unwrap();
        assert!(separate_odds("болса", "да", false, false).unwrap() > after_any + 1.0);
        let after_any = separate_odds("", "мен", false, false).unwrap();
        assert!(separate_odds("экрандар", "мен", false, false).unwrap() > after_any + 0.3);
        assert_eq!(separate_odds("экрандар", "және", false, false), None);
    }

    #[test]
    fn a_conjunction_needs_a_word_after_it() {
        let end = separate_odds("қазақстан", "мен", true, false).unwrap();
        assert!(end < separate_odds("қазақстан", "мен", false, false).unwrap() - 1.0);
    }

    #[test]
    fn a_name_takes_the_locative_rather_than_the_particle() {
        // `-ай` ends negative verb forms, after which `да` is the particle (`болмай да`); after a
        // name inside a sentence it is the locative (`Қытайда`).
        let after_letters = separate_odds("қытай", "да", false, false).unwrap();
        assert!(separate_odds("қытай", "да", false, true).unwrap() < after_letters - 1.0);
    }

    #[test]
    fn a_russian_vowel_apart_depends_on_its_neighbours() {
        // `места` is a word, `мест а` hardly ever two; `НАТО и` is two.
        assert!(ru_apart_after("мест", "а").unwrap() < ru_apart_after("нато", "и").unwrap() - 2.0);
        // `они` and `уже` are words; `о том` is two.
        assert!(ru_apart_before("о", "ни").unwrap() < ru_apart_before("о", "том").unwrap() - 2.0);
        assert!(ru_apart_before("у", "же").unwrap() < 0.0);
        assert_eq!(ru_apart_after("мест", "мен"), None);
    }

    #[test]
    fn a_place_nouns_bare_and_case_forms_end_a_name_its_possessive_does_not() {
        for word in ["тау", "тауға", "төбеде", "көлдің", "бұлақтан", "құдық"]
        {
            assert!(is_place_noun(word), "{word}");
        }
        for word in ["тауы", "көлі", "таулар", "төбесі", "тауда-ақ", "жол"]
        {
            assert!(!is_place_noun(word), "{word}");
        }
    }

    #[test]
    fn a_surname_tail_is_told_with_its_kazakh_endings() {
        for tail in [
            "беков",
            "құловпен",
            "баевтың",
            "бекова",
            "баевтар",
            "ғұлованың",
        ] {
            assert!(is_surname_tail(tail), "{tail}");
        }
        // Kazakh words, a bare ending, too short a stem.
        for word in ["жолдар", "тыңдаушы", "ов", "ева", "ковте"] {
            assert!(!is_surname_tail(word), "{word}");
        }
    }

    #[test]
    fn words_that_take_the_instrumental_are_read_across_damage() {
        for after in [
            " бірге келді",
            " са лыс тыр ған да",
            " жә-\nне Иран",
            " Соқ тығысып",
            " қа рым-қа ты нас ты",
            " ма ра пат тал ды",
            " са нас пай тынымсыз",
            " аяқ тал ды",
            " шұ ғыл да на ды",
        ] {
            assert!(instrumental_follows(after), "{after:?}");
        }
        // A noun that may be the conjunction's second member, punctuation, other words.
        for after in [
            " келісімдер",
            ", бірге",
            " НАТО",
            " ынтымақтастық",
            " мақ та ныш",
            " үй ле сім",
            "",
        ] {
            assert!(!instrumental_follows(after), "{after:?}");
        }
    }

    #[test]
    fn the_privative_ending_is_counted_as_a_clitic() {
        // `сіз` ("you") stands apart after a conjunction; after a noun it is "without".
        let after_noun = separate_odds("негіз", "сіз", false, false).unwrap();
        assert!(after_noun < 0.0, "{after_noun}");
        assert!(is_clitic("сыз") && !is_clitic("тағы"));
    }
}
