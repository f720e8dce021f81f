//! The segmentation of a run: which of its candidate words, scored by [`Scorer`], make the best
//! reading of the whole run? Every candidate word (one chunk, or several joined) is scored first,
//! then a dynamic programme over the chunks keeps every way of reaching each one, so that a Kazakh
//! clitic standing apart (`мен`, `да`) is weighed with each word that may come before it, and two
//! words side by side with how often running text writes them so.

use super::*;

/// What the choice of words asks of one chunk of a run, told once per run: one table of them,
/// where a table per question took an allocation each (a run has few chunks).
#[derive(Clone, Copy)]
struct ChunkFacts {
    /// Whether it stands inside a sentence ([`mid_sentence`]): a capital there opens a name, one
    /// opening a sentence tells nothing.
    inside_sentence: bool,
    /// Whether it is a Kazakh `мен`/`бен`/`пен` with a word after it in its clause that takes the
    /// instrumental (`бірге`, `салыстырғанда`): the ending of the word before.
    governs: bool,
    /// Whether it is such a `мен` whose clause goes on to `арасында` (`Трамп пен пресса
    /// арасында`): the conjunction, "between A and B".
    between: bool,
    /// Whether it is a Kazakh clitic that may stand apart (`мен`, `да`).
    clitic_at: bool,
    /// Whether its last word part is a word weighed with the word before it when apart: a Kazakh
    /// clitic, a Russian one-letter vowel.
    leans: bool,
    /// Whether its last word part is a Kazakh question particle ([`is_question_particle`]).
    question: bool,
    /// Whether the text after it goes on with a capital, no punctuation between (`Вудс пен
    /// Патрик`).
    next_cap: bool,
    /// Whether the chunk before it is a Russian `ко`/`со`/`во` that cannot stand before the word
    /// there apart ([`o_form_misfit`]).
    o_misfit: bool,
    /// Whether the chunk before it is a Russian preposition that is also a prefix (`под`, `по`;
    /// [`clitics::ru_prefix_apart`]), standing apart before it.
    prefix_before: bool,
    /// Whether it is a short lowercase piece no web word list holds, with no punctuation between
    /// it and the chunk before: where a word no lexicon knows opens with it, apart after a name,
    /// it is likelier the name's last syllables (`Ван дер бильт`).
    stray: bool,
    /// Whether it opens a name: capitalized (after any punctuation) inside a sentence.
    name_at: bool,
    /// Whether it is Kazakh `әр` or `әрбір` ("each").
    each_at: bool,
}

impl ChunkFacts {
    /// The facts of chunk `i` of a run in the scorer's language.
    fn of(
        lowered: &Lowered,
        chunks: &[Chunk],
        kinds: &[Option<GapKind>],
        i: usize,
        scorer: &Scorer,
    ) -> ChunkFacts {
        let text = lowered.text;
        let range = chunks[i].range.clone();
        let chunk = &text[range.clone()];
        let (kk, ru) = (scorer.lang == Lang::Kk, scorer.lang == Lang::Ru);
        let inside_sentence = mid_sentence(text, range.start);
        let last = lowered.of(range.clone(), last_word_part);
        let with = kk && is_with(&last) && !chunk.ends_with(|ch: char| !letter(ch));
        let after = &text[range.end..];
        ChunkFacts {
            inside_sentence,
            governs: with && clitics::instrumental_follows(after),
            between: with && clitics::between_follows(after),
            clitic_at: kk && clitics::is_clitic(&last),
            leans: match scorer.lang {
                Lang::Kk => clitics::is_clitic(&last),
                _ => clitics::is_ru_vowel(&last),
            },
            question: kk && is_question_particle(&last),
            next_cap: !chunk.ends_with(|c: char| !letter(c))
                && after.trim_start().starts_with(is_upper),
            o_misfit: ru && o_form_misfit(lowered, chunks, kinds, i),
            prefix_before: ru
                && i > 0
                && kinds[i - 1] == Some(GapKind::Space)
                && clitics::is_ru_prefix(&lowered.of(chunks[i - 1].range.clone(), |s| {
                    s.trim_start_matches(|c: char| !letter(c))
                })),
            stray: i > 0
                && short_lowercase(chunk)
                && !text[chunks[i - 1].range.clone()].ends_with(|c: char| !letter(c))
                && !scorer.is_listed(&lowered.of(range.clone(), core)),
            name_at: inside_sentence
                && chunk
                    .trim_start_matches(|c: char| !letter(c))
                    .starts_with(is_upper),
            each_at: kk && clitics::is_each(&lowered.of(range, |s| s)),
        }
    }
}

/// One way for a segmentation to reach a position: its last word (from chunk `from`), the total
/// score, and, for a clitic scored with the word before it, where that word starts.
#[derive(Clone, Copy)]
struct Step {
    total: f32,
    from: usize,
    cand: Scored,
    prev: Option<usize>,
    /// Whether the word before it counted as a pair with it ([`pair_bonus`]).
    paired: bool,
}

/// The evidence that two words stand apart side by side, from how much more often running text in
/// `lang` writes them together than their own frequencies would have it (their pointwise mutual
/// information in Zipf units, capped at [`cost::PAIR_CAP`]); 0 for a pair the word pairs do not
/// hold.
fn pair_bonus(lang: Lang, a: Key, b: Key) -> f32 {
    let pair = lexicon::pair_zipf(lang, a, b);
    if pair == 0 {
        return 0.0;
    }
    let weights = cost::pairs(lang);
    let zipf = |k| zipf_or(lexicon::zipf(lang, k), weights.zipf_floor);
    let mi = f32::from(pair) / 100.0 - zipf(a) - zipf(b) + 9.0;
    weights.pair * mi.clamp(0.0, cost::PAIR_CAP)
}

/// The evidence against two words standing apart from the word they join into: how much more
/// often running text in `lang` writes the joined word (`joined`, its [`lexicon::zipf`]; 0 where
/// not listed, and then none) than the pair (the keys `a`, `b` where the pairs know both words,
/// else the pairs' floor), in Zipf units, weighted by [`cost::PairCosts::join_rival`]. The mirror
/// of [`pair_bonus`]: that weighs the pair against its two words, this the pair against the word.
fn join_rival(lang: Lang, a: Option<Key>, b: Option<Key>, joined: u16) -> f32 {
    if joined == 0 {
        return 0.0;
    }
    let weights = cost::pairs(lang);
    let pair = zipf_or(
        a.zip(b).map_or(0, |(a, b)| lexicon::pair_zipf(lang, a, b)),
        weights.pair_floor,
    );
    let over = f32::from(joined) / 100.0 - pair;
    weights.join_rival * over.clamp(0.0, cost::PAIR_CAP)
}

/// How much more often running text in `lang` writes lowercase `word` apart at one of `bounds`
/// (the word pairs) than joined (`zipf`, its [`lexicon::zipf`]; 0 where not listed: the list's
/// floor), in Zipf units up to [`cost::PAIR_CAP`]; the most of any bound but one before a word
/// whose reading its context weighs (a Kazakh clitic, a Russian one-letter vowel).
fn apart_rival(lang: Lang, word: &str, bounds: &[usize], zipf: u16) -> f32 {
    let joined = zipf_or(zipf, cost::pairs(lang).word_floor);
    bounds
        .iter()
        .filter(|&&b| word.is_char_boundary(b))
        .map(|&b| {
            let (l, r) = (core(&word[..b]), core(&word[b..]));
            // A clitic's reading is weighed with its context ([`clitic_reading`]).
            let weighed = match lang {
                Lang::Kk => clitics::is_clitic(r),
                _ => clitics::is_ru_vowel(r),
            };
            if weighed {
                return 0.0;
            }
            let left = Key::of(l);
            if !lexicon::in_pairs(lang, left) {
                return 0.0;
            }
            match lexicon::pair_zipf(lang, left, Key::of(r)) {
                0 => 0.0,
                z => (f32::from(z) / 100.0 - joined).clamp(0.0, cost::PAIR_CAP),
            }
        })
        .fold(0.0, f32::max)
}

/// The evidence that Kazakh `clitic` stands apart after lowercase `head` rather than ending it, from
/// how often web text writes each reading: the pair `head clitic` (the word pairs) against the word
/// `headclitic` (the frequency list), in Zipf units, a reading that its list does not hold counted
/// at the list's floor; 0 where neither list holds either. `бастапқыда` ("at first", 4.24) is
/// written far more often than `бастапқы да` (not among the pairs), `ала ма` (3.65) than `алама`
/// (not listed). `clitic_key` is the clitic's key; `attached` is a buffer.
fn clitic_reading(head: &str, clitic: &str, clitic_key: Key, attached: &mut String) -> f32 {
    attached.clear();
    attached.push_str(head);
    attached.push_str(clitic);
    let word = lexicon::zipf(Lang::Kk, Key::of(attached));
    let pair = lexicon::pair_zipf(Lang::Kk, Key::of(head), clitic_key);
    if word == 0 && pair == 0 {
        return 0.0;
    }
    let weights = cost::pairs(Lang::Kk);
    let apart = zipf_or(pair, weights.pair_floor) - zipf_or(word, weights.word_floor);
    cost::CLITIC_READING * apart.clamp(-cost::PAIR_CAP, cost::PAIR_CAP)
}

/// Margin, in hundredths of a Zipf unit, by which running text must use [`ru_whole_more_used`]'s
/// word more often than the word before the letter.
const WHOLE_MARGIN: u16 = 50;

/// Whether the Russian one-letter vowel `vowel` apart after lowercase `head` makes, attached, a word
/// that running text uses far more often than `head` ([`lexicon::zipf`], both listed): then it is
/// that word's ending (`технологи и` is `технологии`, Zipf 4.81 against 2.66; `стратеги и` is
/// `стратегии`). A real pair does not: `он и` (`они` is the rarer), `деньги и` (`деньгии` no
/// word). In NTREX's first 700 Russian lines and the UDHR no word stands apart before `а`, `и`,
/// `о`, `у` or `я` that the letter would make half a Zipf unit more used, while 1,411 words end
/// so. `attached` is a buffer.
fn ru_whole_more_used(head: &str, vowel: &str, attached: &mut String) -> bool {
    let alone = lexicon::zipf(Lang::Ru, Key::of(head));
    if alone == 0 {
        return false;
    }
    attached.clear();
    attached.push_str(head);
    attached.push_str(vowel);
    lexicon::zipf(Lang::Ru, Key::of(attached)) >= alone + WHOLE_MARGIN
}

/// The Russian one-letter word whose context is counted (a vowel, or `в`/`с`/`к`) that chunk `i - 1`
/// is, standing apart before chunk `i` (a space between, no punctuation).
fn lone_ru_letter(
    lowered: &Lowered,
    chunks: &[Chunk],
    kinds: &[Option<GapKind>],
    i: usize,
    lang: Lang,
) -> Option<String> {
    if lang != Lang::Ru || i == 0 || kinds[i - 1] != Some(GapKind::Space) {
        return None;
    }
    let range = chunks[i - 1].range.clone();
    if lowered.text[range.clone()].ends_with(|c: char| !letter(c)) {
        return None;
    }
    let word = lowered.of(range, |s| s.trim_start_matches(|c: char| !letter(c)));
    (clitics::is_ru_vowel(&word) || clitics::is_ru_preposition(&word)).then(|| word.into_owned())
}

/// Whether chunk `i - 1` is a Russian `ко`, `со` or `во` standing apart (a space between, no
/// punctuation) before chunk `i` where the word there cannot follow it: Russian writes the `-о`
/// forms of `к`, `с`, `в` only before two consonants (`ко мне`, `со стороны`, `во время`) and in
/// `во и…` (`во избежание`, `во имя`). So `я ко бы` is `якобы`, `со действовать` `содействовать`.
fn o_form_misfit(lowered: &Lowered, chunks: &[Chunk], kinds: &[Option<GapKind>], i: usize) -> bool {
    if i == 0 || i >= chunks.len() || kinds[i - 1] != Some(GapKind::Space) {
        return false;
    }
    let prep = lowered.of(chunks[i - 1].range.clone(), |s| s);
    if !matches!(prep.as_ref(), "ко" | "со" | "во") {
        return false;
    }
    // The first two letters of the word after, read across the gaps of a split word.
    let mut letters = lowered.text[chunks[i].range.start..]
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(2)
        .map(|c| crate::lang::lower_char(c).unwrap_or(c));
    let (Some(first), Some(second)) = (letters.next(), letters.next()) else {
        return false;
    };
    let consonant = |c: char| is_cyrillic(c) && !is_cyrillic_vowel(c);
    if !is_cyrillic(first) || !letter(second) {
        return false;
    }
    let cluster = consonant(first) && consonant(second);
    !(cluster || (prep == "во" && first == 'и'))
}

/// The sum of no numbers as [`Iterator::sum`] gives it (its zero's sign included), for sums kept
/// as they grow that must come out as summing the whole again would.
fn empty_sum() -> f32 {
    std::iter::empty::<f32>().sum()
}

/// What [`segment`] works in, kept from run to run and from passage to passage on the thread (a
/// passage has a dozen runs or so, and each made anew took an allocation): nothing in them is read
/// before a run writes it.
#[derive(Default)]
pub(super) struct Buffers {
    cands: Vec<[Option<(Scored, f32)>; MAX_SPAN]>,
    /// The tables of the run's chunks and gaps (see where [`segment`] fills them).
    at: Vec<ChunkFacts>,
    lone: Vec<bool>,
    free: Vec<bool>,
    inside: Vec<f32>,
    letters_only: Vec<(bool, bool)>,
    mid_line_hyphen: Vec<bool>,
    reach: Vec<usize>,
    letters: Vec<Option<String>>,
    before_verb: Vec<bool>,
    parallel: Vec<bool>,
    case_cue: Vec<i8>,
    /// A candidate as written, in lowercase, and where its chunks meet; the same with its
    /// line-break hyphen kept.
    w: String,
    lw: String,
    b: Vec<usize>,
    wk: String,
    lwk: String,
    bk: Vec<usize>,
    /// What [`Lattice::choose`] works in: its ways, the best of them, a word it spells and where
    /// its chunks meet, and a clitic's head with the clitic attached.
    steps: Vec<[Option<Step>; MAX_SPAN]>,
    best: Vec<f32>,
    back: Vec<usize>,
    pw: String,
    pb: Vec<usize>,
    attached: String,
}

/// The most bytes a place name's common noun and its ending span as written, spaces between
/// ([`clitics::is_place_noun`]: `қорғаннан` is 18).
const PLACE_BYTES: usize = 24;

/// Chunks of a run that [`Buffers`] are kept for at most: a larger run's are let go, not kept on
/// the thread (a run of this many takes a megabyte or two of them).
const BUFFERS_KEPT: usize = 1024;

impl Buffers {
    /// Whether these were grown for a run of more than [`BUFFERS_KEPT`] chunks.
    pub(super) fn oversized(&self) -> bool {
        self.cands.capacity() > BUFFERS_KEPT + 1
    }
}

/// Segments one run by dynamic programming and writes its joints; `buffers` are worked in.
#[allow(clippy::too_many_arguments)]
pub(super) fn segment(
    lowered: &Lowered,
    chunks: &[Chunk],
    kinds: &[Option<GapKind>],
    joints: &mut [(Joint, &'static str)],
    scorer: &Scorer,
    space_cost: f32,
    fragment: &[bool],
    buffers: &mut Buffers,
) {
    let text = lowered.text;
    let n = chunks.len();
    // Every candidate word scored first, start by start and growing a chunk at a time (the
    // lexicons continue the walk of a candidate one chunk shorter): cands[j][k] is the word of
    // chunks j - k - 1..j, with the number of spaces it removes.
    let mut cands = std::mem::take(&mut buffers.cands);
    cands.clear();
    cands.resize(n + 1, [None; MAX_SPAN]);
    // What the choice of words asks of each chunk, in one table.
    let at = refill(
        std::mem::take(&mut buffers.at),
        (0..n).map(|i| ChunkFacts::of(lowered, chunks, kinds, i, scorer)),
    );
    // A capitalized function word inside a sentence (`Пэй ли До нальда`, `Ал мания`) is a name's
    // first syllable: prepositions and conjunctions take a capital only to open a sentence. A
    // capitalized Kazakh enclitic is a word's first syllable wherever it stands (`Бе тестадағы`,
    // `Де реккөздерге` opening a sentence): it leans on the word before it, so it opens neither
    // a sentence nor a name.
    // (This and the other facts of a chunk alone below are asked once per chunk, where it is a
    // candidate alone: no table is made of them.)
    let opens_name = |i: usize| {
        let chunk = &text[chunks[i].range.clone()];
        if !chunk.starts_with(is_upper) {
            return false;
        }
        let lower = lowered.of(chunks[i].range.clone(), |s| {
            s.trim_end_matches(|c: char| !letter(c))
        });
        (at[i].inside_sentence && scorer.is_function(&lower))
            || (scorer.lang == Lang::Kk && is_enclitic(&lower))
    };
    // Russian writes no word of one capital letter inside a sentence but an initial, which a
    // full stop follows (`А. С.`): such a letter is a name's first syllable (`А бай` is `Абай`).
    let capital_letter = |i: usize| {
        let chunk = &text[chunks[i].range.clone()];
        let mut letters = chunk.chars();
        scorer.lang == Lang::Ru
            && at[i].inside_sentence
            && letters.next().is_some_and(is_upper)
            && letters.next().is_none()
    };
    // Russian writes few short words with a capital inside a sentence but names: a capitalized
    // `Лес`, `Том`, `Хан` there is likelier a name's first syllable (`Хан тер`, `Том ми`). What
    // opens a sentence takes a capital whatever it is (`Они обсуждали`: a join made it a name).
    let capital_short = |i: usize| {
        let chunk = &text[chunks[i].range.clone()];
        let core = chunk.trim_matches(|c: char| !letter(c));
        scorer.lang == Lang::Ru
            && core.chars().count() <= 3
            && core.starts_with(is_upper)
            && at[i].inside_sentence
    };
    // A Russian one-letter word or a Kazakh `мен` before a comma or a full stop is the end of the
    // word before it; so is a Russian `я` before a number.
    let clause_end_letter = |i: usize| {
        ends_no_clause(
            scorer.lang,
            &text[chunks[i].range.clone()],
            chunks.get(i + 1).map(|c| &text[c.range.clone()]),
            &text[chunks[i].range.end..],
        )
    };
    let vowel = |l: char| is_cyrillic_vowel(crate::lang::lower_char(l).unwrap_or(l));
    // Chunks that are one consonant and no function word (`ж айында`, `с алынған` in Kazakh): no
    // word of running text, so certainly a piece of the word beside it.
    let lone = refill(
        std::mem::take(&mut buffers.lone),
        chunks.iter().enumerate().map(|(i, c)| {
            let mut chunk = &text[c.range.clone()];
            // Before a line-break hyphen, the letter itself (`на основе л-` / `ичности`).
            if kinds.get(i) == Some(&Some(GapKind::Hyphen)) {
                chunk = chunk.strip_suffix('-').unwrap_or(chunk);
            }
            let mut letters = chunk.chars();
            match (letters.next(), letters.next()) {
                (Some(l), None) => {
                    is_cyrillic(l) && !vowel(l) && !scorer.is_function(&crate::lang::lower(chunk))
                }
                _ => false,
            }
        }),
    );
    // Kazakh writes no word of one lowercase vowel (none in NTREX's 1,997 Kazakh lines and the
    // UDHR): such a chunk is a syllable of the word beside it (`ту а` is `туа`).
    let lone_vowel_kk = |i: usize| {
        let chunk = &text[chunks[i].range.clone()];
        let mut letters = chunk.chars();
        scorer.lang == Lang::Kk
            && matches!((letters.next(), letters.next()), (Some(l), None) if l.is_lowercase() && vowel(l))
    };
    // The gap a lone consonant joins across: towards a vowel after it (`ж айында`, a syllable's
    // onset), else towards the word before (`Трамп ты ң`).
    let starts_vowel = |c: usize| {
        text[chunks[c].range.clone()]
            .chars()
            .next()
            .is_some_and(vowel)
    };
    let free = refill(
        std::mem::take(&mut buffers.free),
        (0..n.saturating_sub(1)).map(|g| {
            (lone[g] && starts_vowel(g + 1)) || (lone[g + 1] && !(g + 2 < n && starts_vowel(g + 2)))
        }),
    );
    // What removing each space costs or gains by the letters it joins (in score units).
    let weight = if scorer.lang == Lang::Kk {
        cost::INSIDE_KK
    } else {
        cost::INSIDE_RU
    };
    let inside = refill(
        std::mem::take(&mut buffers.inside),
        (0..n.saturating_sub(1)).map(|g| {
            // Every way crosses a glued hyphen alike.
            if kinds[g] == Some(GapKind::Glued) {
                return 0.0;
            }
            let (l, r) = (&chunks[g], &chunks[g + 1]);
            let onset = !scorer.onsets_cut && parts_onset(lowered, l, r);
            let both_long = kinds[g] == Some(GapKind::Space) && long_pair(text, l, r);
            weight * joint_odds(lowered, l, r, scorer.lang)
                + if onset { cost::ONSET_JOINED } else { 0.0 }
                + if both_long {
                    cost::LONG_CHUNKS_JOINED
                } else {
                    0.0
                }
        }),
    );
    // Whether each chunk, as a candidate joins it (a line-break hyphen after it dropped, unless it
    // ends the candidate), is letters only: where another chunk follows it in the candidate
    // (opening it or inside it), and where it closes it (or stands alone). A candidate of such
    // chunks is letters only, found without reading it whole (a chunk with punctuation at the
    // candidate's edge is not told so here, and the scorer reads the candidate).
    let letters_only = refill(
        std::mem::take(&mut buffers.letters_only),
        (0..n).map(|m| {
            let chunk = &text[chunks[m].range.clone()];
            // The chunk as it stands before another: `grow` drops the byte of a line-break hyphen.
            let before_another = match kinds.get(m) {
                Some(Some(GapKind::Hyphen)) => chunk.strip_suffix('-'),
                _ => Some(chunk),
            };
            let letters = |s: &str| !s.is_empty() && crate::lang::all_letters(s);
            let inner = before_another.is_some_and(letters);
            // Most chunks are letters only, and so are the same, punctuation ignored or not.
            let closes = if before_another == Some(chunk) {
                inner
            } else {
                letters(chunk)
            };
            (inner, closes)
        }),
    );
    // Whether each gap is a hyphen with a space after it inside a line (`ты- на`): where a cut
    // fell after a hyphenated word's own hyphen, or an extractor joined a broken line.
    let mid_line_hyphen = refill(
        std::mem::take(&mut buffers.mid_line_hyphen),
        (0..n.saturating_sub(1)).map(|g| {
            kinds[g] == Some(GapKind::Hyphen)
                && !text[chunks[g].range.end..chunks[g + 1].range.start].contains('\n')
        }),
    );
    // How long the chunks before each are in bytes, each gap counted as one (a line break's
    // indentation, or the blanked lines of a page's number and head between a page's last line
    // and the next, make no word longer).
    let reach = refill(
        std::mem::take(&mut buffers.reach),
        std::iter::once(0).chain(chunks.iter().scan(0, |sum, c| {
            *sum += c.range.len() + 1;
            Some(*sum)
        })),
    );
    // The candidate, its line-break hyphens dropped, as written and in lowercase (right where
    // each of its chunks lowercases alike: [`Lowered`]), grown a chunk at a time.
    let mut w = std::mem::take(&mut buffers.w);
    let mut lw = std::mem::take(&mut buffers.lw);
    let mut b = std::mem::take(&mut buffers.b);
    // The candidate with its line-break hyphen kept, where it has one.
    let mut wk = std::mem::take(&mut buffers.wk);
    let mut lwk = std::mem::take(&mut buffers.lwk);
    let mut bk = std::mem::take(&mut buffers.bk);
    // Last start first: the words a candidate may end in ([`Scorer::part`] asks) are then
    // candidates already scored, their facts at hand.
    for i in (0..n).rev() {
        // A word cannot begin after a line-break hyphen or a glued one: the hyphen belongs
        // inside a word.
        if i > 0 && matches!(kinds[i - 1], Some(GapKind::Hyphen | GapKind::Glued)) {
            continue;
        }
        let mut grows = true;
        // A capitalized word inside a sentence is a name, whose endings are weighed as such (one
        // opening a quote is likelier a title: `“Тақтар таласы”`).
        let first = text[chunks[i].range.clone()].chars().next();
        let name = at[i].inside_sentence && first.is_some_and(is_upper);
        // A capital (or a quote, a digit) inside a sentence opens a name, which may grow past the
        // usual span unknown (not `Они обсуждали де нук…`).
        let capital_inside = at[i].inside_sentence && first.is_some_and(|c| !c.is_lowercase());
        w.clear();
        lw.clear();
        b.clear();
        // Whether every chunk of the candidate lowercases alike, and whether the candidate one
        // chunk shorter kept its line-break hyphen.
        let (mut alike, mut kept) = (true, false);
        // Whether the chunks between the candidate's first and last are letters only.
        let mut inner_letters = true;
        // Where the candidate's part after its last hyphen starts, glued or followed by a space
        // inside a line: the spans below are a part's, as each part of a hyphenated word is a
        // word (`се на то ров -рес пуб ли кан цев`, `оп по нен ты- на ци о на лис ты`).
        let mut part = i;
        // Over the gaps the candidate removes, summed as it grows a chunk at a time (in the order
        // and from the empty sum that summing them whole takes, so to the same bits): its line-break
        // hyphens, its spaces' costs and its joints' letters.
        let (mut hyphens, mut spaces, mut joints_inside) = (0, empty_sum(), empty_sum());
        for j in i + 1..=(i + MAX_SPAN).min(n) {
            if j >= i + 2 {
                let g = j - 2;
                hyphens += usize::from(kinds[g] == Some(GapKind::Hyphen));
                // Spaces beside a lone consonant cost nothing to remove, however clean the
                // passage; spaces beside a fragment cost less.
                if kinds[g] == Some(GapKind::Space) && !free[g] {
                    spaces += if fragment[g] || fragment[g + 1] {
                        cost::BESIDE_FRAGMENT
                    } else {
                        1.0
                    };
                }
                joints_inside += inside[g];
            }
            if j >= i + 2 && (kinds[j - 2] == Some(GapKind::Glued) || mid_line_hyphen[j - 2]) {
                part = j - 1;
            }
            // No word is longer than this many bytes (40 Cyrillic letters): stop extending.
            if reach[j] - reach[part] - 1 > MAX_WORD_BYTES {
                break;
            }
            // The candidate one chunk shorter, from where its last part starts (the whole of it
            // until the part is in it).
            let (shorter, shorter_lower, bounds) = if kept {
                (&wk, &lwk, &bk)
            } else {
                (&w, &lw, &b)
            };
            let from = (part > i)
                .then(|| bounds.get(part - i - 1))
                .flatten()
                .map_or(0, |&at| at);
            let (shorter, shorter_lower) = (
                shorter.get(from..).unwrap_or(shorter),
                shorter_lower.get(from..).unwrap_or(shorter_lower),
            );
            // Beyond the usual span, only while the letters may still become a dictionary word
            // (`Се ве ро ат лан ти чес ко го`).
            if j - part > USUAL_SPAN
                && !scorer.begins_an_entry(shorter, alike.then_some(shorter_lower))
            {
                break;
            }
            // Beyond a few chunks, only while the candidate one chunk shorter was a word, a
            // name, or may still become one.
            if j - part > OPEN_SPAN
                && !grows
                && !scorer.may_grow(shorter, alike.then_some(shorter_lower))
            {
                break;
            }
            let span = &chunks[i..j];
            let span_kinds = &kinds[i..j.saturating_sub(1).max(i)];
            let range = chunks[j - 1].range.clone();
            alike &= lowered.get(range.clone()).is_some();
            // Inside a run every gap is one; the candidate's first chunk has none before it.
            let gap = if j > i + 1 { kinds[j - 2] } else { None };
            lowered.grow(range, gap, (&mut w, &mut lw), &mut b);
            let lower = alike.then_some(lw.as_str());
            // Chunks in between, and the first's and the last's letters, letters only: the word
            // is.
            if j - i >= 3 {
                inner_letters &= letters_only[j - 2].0;
            }
            // Nor end before a glued hyphen: it goes on, its score is the longer word's.
            if j < n && kinds[j - 1] == Some(GapKind::Glued) {
                grows = true;
                continue;
            }
            // (A candidate of one chunk is that chunk as it stands: letters only where it closes
            // a candidate so.)
            let letters = if j - i == 1 {
                letters_only[i].1
            } else {
                letters_only[i].0 && inner_letters && letters_only[j - 1].1
            };
            let (s, e) = scorer.word(&w, lower, &b, name, letters);
            let mut cand = Scored {
                score: s,
                evidence: e,
                keep_hyphen: false,
                paired: None,
                zipf: 0,
            };
            kept = hyphens == 1;
            if kept {
                let seen = |w: &str, lower: Option<&str>| match lower {
                    Some(lower) => scorer.vocab.count(core(lower)),
                    None => scorer.vocab.count(&crate::lang::lower(core(w))),
                };
                let joined_seen = seen(&w, lower);
                let joined_word: &str = &w;
                join_into(text, span, span_kinds, true, &mut wk, &mut bk);
                // Its lowercase, where every chunk lowercases alike (rare: a line-break hyphen).
                lwk.clear();
                if alike {
                    crate::lang::push_lower(&mut lwk, &wk);
                }
                let (w, lower) = (&wk, alike.then_some(lwk.as_str()));
                let (s2, e2) = scorer.word(w, lower, &bk, name, false);
                let s2 = s2 + cost::KEEP_HYPHEN;
                // The web word lists drop hyphens (`сондайақ`, `изза`, `ктото`, `бірбірімен`): a
                // spelling only they know does not take away the hyphen of a form that is
                // hyphenated by its shape, unless the frequency list, which writes hyphens, uses
                // the joined form more (`жасамақ`, not `жасам-ақ`). A form the text itself writes
                // with its hyphen more often than without keeps it too (`ата-ана`,
                // `ғылыми-зерттеу`).
                let web_only = cand.evidence == Evidence::Listed
                    && e2 == Evidence::Dict
                    && hyphenated_by_shape(scorer.lang, w)
                    && !joined_more_used(scorer.lang, joined_word, w);
                // A line-break hyphen after a word's one letter, in a word no lexicon knows
                // (`Б-`/`етфред`, `Н-`/`оренмен`): a line broke after the word's first letter, no
                // hyphenated word (`Т-образный` has a known word after its letter).
                let one_letter_before = || {
                    span_kinds
                        .iter()
                        .position(|k| *k == Some(GapKind::Hyphen))
                        .is_some_and(|g| {
                            let core = text[chunks[i + g].range.clone()]
                                .trim_matches(|ch: char| !letter(ch));
                            core.chars().nth(1).is_none()
                        })
                };
                // Kazakh running text writes paired words with their hyphen (`қарым-қатынас`,
                // `іс-шара`, `ата-ана`), and its frequency list holds them so: a word that list
                // holds hyphenated more often than joined keeps the hyphen a line break put it at.
                let written_hyphenated = || {
                    scorer.lang == Lang::Kk && lower.is_some_and(|l| written_with_hyphen(core(l)))
                };
                if seen(w, lower) > joined_seen {
                    // Seen whole, hyphen and all: as good as any word the text shows unsplit.
                    cand = Scored {
                        score: s2.max(cost::VOCAB),
                        evidence: Evidence::Vocab,
                        keep_hyphen: true,
                        paired: None,
                        zipf: 0,
                    };
                } else if written_hyphenated() || is_contraction(w) || compass(scorer.lang, w) {
                    // The hyphen is the word's own, as the list writes it, as a contraction or
                    // a point of the compass has it: keeping it costs nothing (`әл-`/`ау қа тын`
                    // is `әл-ауқатын`, not `әлау қатын`; `г-`/`жа` is `г-жа`; `ю го-`/`запа да`
                    // is `юго-запада`, not `частью го-запада`).
                    cand = Scored {
                        score: s2 - cost::KEEP_HYPHEN,
                        evidence: e2,
                        keep_hyphen: true,
                        paired: None,
                        zipf: 0,
                    };
                } else if (s2 > cand.score && !(e2 == Evidence::Unknown && one_letter_before()))
                    || web_only
                    || code_ending(scorer.lang, w, &text[..chunks[i].range.start])
                {
                    cand = Scored {
                        score: s2,
                        evidence: e2,
                        keep_hyphen: true,
                        paired: None,
                        zipf: 0,
                    };
                }
            }
            // The letters at each joint this word removes.
            cand.score += joints_inside;
            // A lone consonant at the word's edge is no sign against it: it has to join something.
            if j - i >= 2 {
                for edge in [i, j - 1] {
                    if lone[edge] {
                        cand.score -= scorer.edge_consonant;
                    }
                }
            }
            if j - i == 1 && opens_name(i) {
                cand.score += cost::CAPITAL_FUNCTION;
            }
            if j - i == 1 && capital_letter(i) {
                cand.score += cost::CAPITAL_LETTER;
            }
            if j - i == 1
                && i > 0
                && scorer.lang == Lang::Kk
                && asks(&text[chunks[i].range.clone()])
            {
                // `ше` asking is the particle, though as a syllable it is no function word
                // (`шешім`): it scores as the others do.
                let chunk = &text[chunks[i].range.clone()];
                if matches!(chunk.trim_end_matches(|c: char| !letter(c)), "ше" | "Ше") {
                    cand.score = cost::FUNCTION;
                }
                cand.score += cost::QUESTION_PARTICLE;
            }
            if j - i == 1 && clause_end_letter(i) {
                cand.score += cost::FRAGMENT;
            }
            if j - i == 1 && lone_vowel_kk(i) {
                cand.score += cost::KK_LONE_VOWEL;
            }
            if j - i == 2
                && scorer.lang == Lang::Ru
                && lower.is_some_and(|l| {
                    clitics::ru_comparative_apart(l, || {
                        let after = text[chunks[j - 1].range.end..].trim_start();
                        crate::lang::lower(after.split(|c: char| !letter(c)).next().unwrap_or(""))
                    })
                })
            {
                cand.score += cost::RU_COMPARATIVE_JOINED;
            }
            if j - i == 1
                && capital_short(i)
                && matches!(cand.evidence, Evidence::Dict | Evidence::OtherDict)
            {
                cand.score += cost::CAPITAL_SHORT;
            }
            let scored = if kept { &wk } else { &w };
            grows = !matches!(cand.evidence, Evidence::Unknown | Evidence::Fragment)
                || capital_inside
                || scored.contains('-');
            // The word pairs hold frequent words, which a lexicon knows: a Russian candidate no
            // lexicon knows is not looked up in them (nor in the frequency list, which made it a
            // listed word had it held it). Kazakh pairs come from web text, names and all.
            let asks_pairs = scorer.lang == Lang::Kk
                || (scorer.lang == Lang::Ru
                    && !matches!(cand.evidence, Evidence::Unknown | Evidence::Fragment));
            if asks_pairs && !cand.keep_hyphen {
                if let Some(lower) = lower {
                    let key = Key::of(core(lower));
                    cand.paired = lexicon::in_pairs(scorer.lang, key).then_some(key);
                    // Only a word of two chunks or more is the rival of two words.
                    if j - i >= 2 {
                        cand.zipf = lexicon::zipf(scorer.lang, key);
                    }
                    // A word the dictionary or the web lists hold, which web text writes as two
                    // words far more often (`ауыл шаруашылығы`, not `ауылшаруашылығы`).
                    if j - i >= 2
                        && matches!(
                            cand.evidence,
                            Evidence::Listed | Evidence::Dict | Evidence::Morph
                        )
                    {
                        cand.score -= cost::pairs(scorer.lang).apart_rival
                            * apart_rival(scorer.lang, lower, &b, cand.zipf);
                    }
                }
            }
            debug_assert!(cand.score.is_finite(), "{scored}: {}", cand.score);
            cands[j][j - i - 1] = Some((cand, spaces));
        }
    }
    (buffers.w, buffers.lw, buffers.b) = (w, lw, b);
    (buffers.wk, buffers.lwk, buffers.bk) = (wk, lwk, bk);
    // The Russian one-letter word standing before each chunk, if any (see `lone_ru_letter`).
    let letters = refill(
        std::mem::take(&mut buffers.letters),
        (0..n).map(|i| lone_ru_letter(lowered, chunks, kinds, i, scorer.lang)),
    );
    let lattice = Lattice {
        lowered,
        chunks,
        kinds,
        cands,
        letters,
        at,
        space_cost,
    };
    let mut before_verb = refill(
        std::mem::take(&mut buffers.before_verb),
        std::iter::repeat_n(false, n),
    );
    let mut parallel = refill(
        std::mem::take(&mut buffers.parallel),
        std::iter::repeat_n(false, n),
    );
    let mut case_cue = refill(
        std::mem::take(&mut buffers.case_cue),
        std::iter::repeat_n(0, n),
    );
    lattice.choose(scorer, &before_verb, &parallel, &case_cue, joints, buffers);
    // A `мен` kept apart before a verb form is likelier the ending of the word before, and a
    // Russian `и` or a Kazakh `мен` between two words that end alike joins them (`ядерным и
    // баллистическим`, not `ядерными баллистическим`; `қадір-қасиеті мен құқықтары`), and a
    // Russian `и` after a word in `-ам` is told by the preposition before it (`по рыбам и`, `с
    // рыбами`): weighed again with the words the first pass found around them.
    let verbs = scorer.lang == Lang::Kk && verbs_after(lowered, chunks, joints, &mut before_verb);
    let cases = scorer.lang == Lang::Ru && governed_cases(lowered, chunks, joints, &mut case_cue);
    if parallel_around(scorer.lang, lowered, chunks, joints, &mut parallel) || verbs || cases {
        lattice.choose(scorer, &before_verb, &parallel, &case_cue, joints, buffers);
    }
    (buffers.cands, buffers.letters, buffers.at) = (lattice.cands, lattice.letters, lattice.at);
    (buffers.lone, buffers.free, buffers.inside) = (lone, free, inside);
    (buffers.letters_only, buffers.mid_line_hyphen) = (letters_only, mid_line_hyphen);
    buffers.reach = reach;
    (buffers.before_verb, buffers.parallel, buffers.case_cue) = (before_verb, parallel, case_cue);
}

/// `buffer` emptied and filled with `items` (a buffer of [`Buffers`] reused).
fn refill<T>(mut buffer: Vec<T>, items: impl Iterator<Item = T>) -> Vec<T> {
    buffer.clear();
    buffer.extend(items);
    buffer
}

/// The word that `joints` make of the chunks from `first` on (`forward`) or up to `first`
/// (backward), lowercase, punctuation around it left out.
pub(super) fn word_of(
    lowered: &Lowered,
    chunks: &[Chunk],
    joints: &[(Joint, &'static str)],
    first: usize,
    forward: bool,
) -> String {
    let (from, to) = if forward {
        (first, word_end(joints, first, chunks.len()))
    } else {
        (word_start(joints, first), first)
    };
    let mut word = String::new();
    for (g, chunk) in chunks.iter().enumerate().take(to + 1).skip(from) {
        let t = &lowered.text[chunk.range.clone()];
        match joints.get(g).map(|j| j.0) {
            Some(Joint::JoinDropHyphen) if g < to => {
                word.push_str(t.strip_suffix('-').unwrap_or(t))
            }
            _ => word.push_str(t),
        }
    }
    crate::lang::lower(word.trim_matches(|c: char| !letter(c)))
}

/// The last chunk of the word that `joints` make begin at chunk `first`, of `n` chunks.
pub(super) fn word_end(joints: &[(Joint, &'static str)], first: usize, n: usize) -> usize {
    let mut to = first;
    while to + 1 < n && joints.get(to).is_some_and(|j| j.0 != Joint::Space) {
        to += 1;
    }
    to
}

/// Whether the text of a chunk ends its clause: a full stop, a comma, a colon, a semicolon, an
/// exclamation or question mark after its letters (closing quotes and brackets aside).
fn closes_clause(chunk: &str) -> bool {
    chunk
        .trim_end_matches(['"', '\'', '”', '»', '’', ')'])
        .ends_with(['.', ',', ':', ';', '!', '?'])
}

/// The first chunk of the word that `joints` make end at chunk `last`.
fn word_start(joints: &[(Joint, &'static str)], last: usize) -> usize {
    let mut from = last;
    while from > 0 && joints.get(from - 1).is_some_and(|j| j.0 != Joint::Space) {
        from -= 1;
    }
    from
}

/// A chunk of a name's last syllables can be this long, in letters; longer, a chunk no lexicon
/// knows is likelier a word the damage left whole (a rare word, a misspelling).
const NAME_TAIL_LETTERS: usize = 5;

/// Whether `chunk` begins lowercase and has at most [`NAME_TAIL_LETTERS`] letters.
fn short_lowercase(chunk: &str) -> bool {
    chunk.starts_with(char::is_lowercase)
        && chunk.chars().filter(|&c| letter(c)).count() <= NAME_TAIL_LETTERS
}

/// Whether lowercase Russian words `a` and `b`, of four letters or more, end in the same two
/// letters but for the hard and soft spellings of a vowel (`ым` and `им`, `ой` and `ей`): the
/// same case and number, as two words joined by `и` mostly are.
fn end_alike(a: &str, b: &str) -> bool {
    let soft = |c: char| match c {
        'ы' => 'и',
        'о' => 'е',
        'у' => 'ю',
        'а' => 'я',
        c => c,
    };
    let end = |w: &str| -> Option<[char; 2]> {
        let mut letters = w.chars().rev();
        let (last, before) = (letters.next()?, letters.next()?);
        (letters.nth(1).is_some() && w.chars().all(crate::lang::is_letter))
            .then(|| [soft(before), soft(last)])
    };
    end(a).is_some_and(|e| end(b) == Some(e))
}

/// Marks in `parallel` every Russian `и` or Kazakh `мен`/`бен`/`пен` (a chunk of its own,
/// apart from the word after it in `joints`) between two words that end alike ([`end_alike`]),
/// the word before read without the link where `joints` join it on; whether any was marked.
fn parallel_around(
    lang: Lang,
    lowered: &Lowered,
    chunks: &[Chunk],
    joints: &[(Joint, &'static str)],
    parallel: &mut [bool],
) -> bool {
    let mut any = false;
    for i in 1..chunks.len().saturating_sub(1) {
        let chunk = &lowered.text[chunks[i].range.clone()];
        let link = match lang {
            Lang::Ru => matches!(chunk, "и" | "И"),
            Lang::Kk => is_with(chunk),
            _ => false,
        };
        if !link || joints[i].0 != Joint::Space {
            continue;
        }
        // Up to the chunk before: without the link where it was joined on.
        let head = word_of(lowered, chunks, joints, i - 1, false);
        let next = word_of(lowered, chunks, joints, i + 1, true);
        if end_alike(&head, &next) {
            parallel[i] = true;
            any = true;
        }
    }
    any
}

/// Russian prepositions that take the dative (`по странам`, `к детям`).
const DATIVE_PREPOSITIONS: &[&str] = &["по", "к", "ко"];

/// Russian prepositions that take the instrumental (`с детьми`, `между странами`; not `за`, which
/// takes the accusative too).
const INSTRUMENTAL_PREPOSITIONS: &[&str] = &[
    "с",
    "со",
    "между",
    "над",
    "надо",
    "под",
    "подо",
    "перед",
    "передо",
];

/// How many words before a noun are searched for the preposition that governs its case.
const PREPOSITION_REACH: usize = 3;

/// Marks in `case_cue` every Russian `и` (a chunk of its own, apart from the word after it in
/// `joints`) after a word in the dative plural, as the first pass read it (`-ам`, `-ям`, the `и`
/// read apart: `рыбам и`), that a preposition among the [`PREPOSITION_REACH`] words before it
/// governs: `1` where it takes the dative (`по рыбам и`: the `и` is the conjunction), `-1` where it
/// takes the instrumental (`с рыбам и` is `с рыбами`); whether any was marked. The counts behind
/// it are at [`cost::RU_GOVERNED_CASE`].
fn governed_cases(
    lowered: &Lowered,
    chunks: &[Chunk],
    joints: &[(Joint, &'static str)],
    case_cue: &mut [i8],
) -> bool {
    let mut any = false;
    for i in 1..chunks.len() {
        if &lowered.text[chunks[i].range.clone()] != "и"
            || joints.get(i).is_some_and(|j| j.0 != Joint::Space)
        {
            continue;
        }
        let head = word_of(lowered, chunks, joints, i - 1, false);
        if head.chars().nth(3).is_none() || !(head.ends_with("ам") || head.ends_with("ям")) {
            continue;
        }
        let mut at = word_start(joints, i - 1);
        for _ in 0..PREPOSITION_REACH {
            if at == 0 {
                break;
            }
            let word = word_of(lowered, chunks, joints, at - 1, false);
            let cue = if DATIVE_PREPOSITIONS.contains(&word.as_str()) {
                1
            } else if INSTRUMENTAL_PREPOSITIONS.contains(&word.as_str()) {
                -1
            } else {
                at = word_start(joints, at - 1);
                continue;
            };
            case_cue[i] = cue;
            any = true;
            break;
        }
    }
    any
}

/// Marks in `before_verb` every Kazakh `мен`/`бен`/`пен` that `joints` keep apart before a verb
/// form ([`clitics::is_verb_form`]) or before the verb that ends a clause
/// ([`clitics::is_clause_final_verb`]), reading the next word as `joints` join it; whether any
/// was marked.
fn verbs_after(
    lowered: &Lowered,
    chunks: &[Chunk],
    joints: &[(Joint, &'static str)],
    before_verb: &mut [bool],
) -> bool {
    let text = lowered.text;
    let n = chunks.len();
    let mut any = false;
    for i in 1..n {
        let chunk = &text[chunks[i].range.clone()];
        if joints[i - 1].0 != Joint::Space
            || (i + 1 < n && joints[i].0 != Joint::Space)
            || chunk.ends_with(|c: char| !letter(c))
            || !is_with(&lowered.of(chunks[i].range.clone(), last_word_part))
        {
            continue;
        }
        let (next, written) = if i + 1 < n {
            let last = word_end(joints, i + 1, n);
            (
                word_of(lowered, chunks, joints, i + 1, true),
                &text[chunks[last].range.clone()],
            )
        } else {
            // The run ends at the clitic: the next word is the text's own.
            let word = text[chunks[i].range.end..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            (
                crate::lang::lower(word.trim_matches(|c: char| !letter(c))),
                word,
            )
        };
        if clitics::is_verb_form(&next)
            || (closes_clause(written) && clitics::is_clause_final_verb(&next))
        {
            before_verb[i] = true;
            any = true;
        }
    }
    any
}

/// Every candidate word of a run, scored, and what the choice among them needs besides.
struct Lattice<'t> {
    lowered: &'t Lowered<'t>,
    chunks: &'t [Chunk],
    kinds: &'t [Option<GapKind>],
    /// `cands[j][k]`: the word of chunks `j - k - 1..j` and the number of spaces it removes.
    cands: Vec<[Option<(Scored, f32)>; MAX_SPAN]>,
    /// The Russian one-letter word (a vowel or a preposition) standing before each chunk, if any.
    letters: Vec<Option<String>>,
    /// What each chunk is ([`ChunkFacts`]).
    at: Vec<ChunkFacts>,
    space_cost: f32,
}

impl Lattice<'_> {
    /// The word of chunks `chunks` (its line-break hyphen kept where `keep_hyphen`), lowercase,
    /// without the punctuation around it; `pw` and `pb` are buffers for [`join_into`].
    fn lower_word(
        &self,
        chunks: Range<usize>,
        keep_hyphen: bool,
        pw: &mut String,
        pb: &mut Vec<usize>,
    ) -> String {
        let gaps = chunks.start..chunks.end - 1;
        join_into(
            self.lowered.text,
            &self.chunks[chunks],
            &self.kinds[gaps],
            keep_hyphen,
            pw,
            pb,
        );
        crate::lang::lower(pw.trim_matches(|c: char| !letter(c)))
    }

    /// The best segmentation of the run (dynamic programming over the candidates), written into
    /// `joints`; `before_verb` marks the chunks that are a `мен` before a verb form, `parallel`
    /// the links between words that end alike ([`parallel_around`]), `case_cue` the Russian `и`
    /// whose word before a preposition puts in a case ([`governed_cases`]).
    fn choose(
        &self,
        scorer: &Scorer,
        before_verb: &[bool],
        parallel: &[bool],
        case_cue: &[i8],
        joints: &mut [(Joint, &'static str)],
        buffers: &mut Buffers,
    ) {
        let (text, chunks, kinds, space_cost) =
            (self.lowered.text, self.chunks, self.kinds, self.space_cost);
        let (cands, letters, at) = (&self.cands, &self.letters, &self.at);
        let n = chunks.len();
        // steps[j][k]: the best way to reach chunk j with a last word of k + 1 chunks; best[j] and
        // back[j]: the best of them. Every way is kept, so that a clitic can be scored with each
        // word that may stand before it.
        let mut steps = std::mem::take(&mut buffers.steps);
        steps.clear();
        steps.resize(n + 1, [None; MAX_SPAN]);
        let mut best = std::mem::take(&mut buffers.best);
        best.clear();
        best.resize(n + 1, f32::NEG_INFINITY);
        let mut back = std::mem::take(&mut buffers.back);
        back.clear();
        back.resize(n + 1, 0);
        best[0] = 0.0;
        let mut pw = std::mem::take(&mut buffers.pw);
        let mut pb = std::mem::take(&mut buffers.pb);
        // A Kazakh clitic's head with the clitic attached.
        let mut attached = std::mem::take(&mut buffers.attached);
        for j in 1..=n {
            for i in (j.saturating_sub(MAX_SPAN)..j).rev() {
                if best[i] == f32::NEG_INFINITY {
                    continue;
                }
                let Some((cand, spaces)) = cands[j][j - i - 1] else {
                    continue;
                };
                let mut step = Step {
                    total: best[i] + cand.score + space_cost * spaces,
                    from: i,
                    cand,
                    prev: None,
                    paired: false,
                };
                // A Russian one-letter word apart before this word (`о том`, not `о ни`; `с другом`,
                // not `с делали`): how likely apart depends on this word, so the way to `i` ending
                // in it is weighed apart.
                if let Some(word) = &letters[i] {
                    let plain = steps[i][1..]
                        .iter()
                        .flatten()
                        .map(|s| (s.total, s.from))
                        .max_by(|a, b| a.0.total_cmp(&b.0));
                    step.total = f32::NEG_INFINITY;
                    if let Some((total, from)) = plain {
                        step.total = total + cand.score + space_cost * spaces;
                        step.prev = Some(from);
                    }
                    if let Some(before) = steps[i][0] {
                        let next = self.lower_word(i..j, cand.keep_hyphen, &mut pw, &mut pb);
                        let apart = match clitics::ru_apart_before(word, &next) {
                            Some(odds) => cost::RU_VOWEL_CONTEXT * odds + cost::RU_VOWEL_APART,
                            None => {
                                let odds =
                                    clitics::ru_preposition_apart(word, &next).unwrap_or(0.0);
                                cost::RU_PREPOSITION_CONTEXT * odds + cost::RU_PREPOSITION_APART
                            }
                        } + if clitics::ru_enclitic_misfit(word, &next) {
                            cost::RU_ENCLITIC_MISFIT
                        } else if clitics::ru_infinitive_misfit(word, &next) {
                            cost::RU_CASE_MISFIT
                        } else {
                            0.0
                        };
                        let total = before.total + cand.score + space_cost * spaces + apart;
                        if total > step.total {
                            step.total = total;
                            step.prev = Some(before.from);
                        }
                    }
                }
                // Two words that running text writes side by side (`әр түрлі`, `во время`), or
                // that join into a word it writes more often (`бірқатар`, `надо`): the way to `i`
                // ending in the first is weighed with the pair, and against the word.
                if matches!(scorer.lang, Lang::Kk | Lang::Ru) && i > 0 && letters[i].is_none() {
                    let b = cand.paired;
                    // After a preposition that is also a prefix, what standing apart from it costs
                    // this word, by its ending (`под твердила` is `подтвердила`) and its case (`по
                    // этом` is `поэтом`).
                    let prefix_cost = if at[i].prefix_before {
                        let next = self.lower_word(i..j, cand.keep_hyphen, &mut pw, &mut pb);
                        let prep = self.lowered.of(chunks[i - 1].range.clone(), |s| {
                            s.trim_start_matches(|c: char| !letter(c))
                        });
                        cost::RU_PREFIX_CONTEXT
                            * clitics::ru_prefix_apart(&prep, &next).unwrap_or(0.0)
                            + if clitics::ru_case_misfit(&prep, &next)
                                || clitics::ru_infinitive_misfit(&prep, &next)
                            {
                                cost::RU_CASE_MISFIT
                            } else if clitics::ru_enclitic_misfit(&prep, &next) {
                                cost::RU_ENCLITIC_MISFIT
                            } else {
                                0.0
                            }
                    } else {
                        0.0
                    };
                    let mut way: Option<(f32, usize, bool)> = None;
                    // A word no lexicon knows opening with a short lowercase chunk that no web
                    // word list holds either, apart after a name (`Ван дер бильт`): likelier the
                    // name's last syllables.
                    let stray = cand.evidence == Evidence::Unknown && at[i].stray;
                    // A question particle apart, not before a question mark: after a name it is
                    // the name's last syllable (`Кусу ма` is `Кусума`).
                    let chunk = &text[chunks[i].range.clone()];
                    let particle_text =
                        (j - i == 1 && scorer.lang == Lang::Kk && !asks(chunk) && at[i].question)
                            .then(|| self.lowered.of(chunks[i].range.clone(), last_word_part));
                    let particle = particle_text.is_some();
                    // A Kazakh word in the shape of a surname's tail (`беков`, `құловпен`) that
                    // the Kazakh dictionary does not hold, or a place name's common noun (`тау`,
                    // `төбеде`), apart after a name (asked only where a way here ends in one).
                    let spelt = &self.lowered.text[chunks[i].range.start..chunks[j - 1].range.end];
                    let name_end = scorer.lang == Lang::Kk
                        && steps[i].iter().flatten().any(|b| at[b.from].name_at)
                        && !chunk.starts_with(is_upper)
                        && {
                            // Each shape told from the letters as written first, the word
                            // lowercased once where either may hold.
                            let surname =
                                cand.evidence != Evidence::Dict && spelt.contains(['в', 'В']);
                            let place =
                                spelt.len() <= PLACE_BYTES && clitics::may_open_place_noun(chunk);
                            (surname || place) && {
                                let word =
                                    self.lower_word(i..j, cand.keep_hyphen, &mut pw, &mut pb);
                                (surname && clitics::is_surname_tail(&word))
                                    || (place && clitics::is_place_noun(&word))
                            }
                        };
                    // `ма`/`ме` after a chunk ending in `ы`/`і` may be a possessed noun's dative
                    // ([`clitics::possessive_before`], asked of each word before it below); not
                    // with punctuation after it, the first half of a question (`кітабы ма, жоқ
                    // па?`).
                    let dative = particle_text.as_deref().filter(|p| {
                        !chunk.ends_with(|c: char| !letter(c))
                            && clitics::ends_as_possessed(
                                &self.lowered.of(chunks[i - 1].range.clone(), |s| s),
                                p,
                            )
                    });
                    // `әр` ("each") as the chunk before, apart from this word in the plural: `әр`
                    // takes the singular, so it is likelier this word's first syllable (`әр
                    // тістер` is `әртістер`, "artists").
                    let each_before_plural = at[i - 1].each_at
                        && clitics::is_plural(&self.lower_word(
                            i..j,
                            cand.keep_hyphen,
                            &mut pw,
                            &mut pb,
                        ));
                    for before in steps[i].iter().flatten() {
                        // A clitic standing apart is weighed with the word before it, which it
                        // may end, not with the word after (`Қытай да жиі`: `да жиі` is frequent
                        // whatever `да` follows).
                        let first = before
                            .cand
                            .paired
                            .filter(|_| !(i - before.from == 1 && at[i - 1].clitic_at));
                        // The two words joined, where a candidate.
                        let joined = (j - before.from <= MAX_SPAN)
                            .then(|| cands[j][j - before.from - 1])
                            .flatten()
                            .filter(|(c, _)| !c.keep_hyphen)
                            .map_or(0, |(c, _)| c.zipf);
                        let bonus = first
                            .zip(b)
                            .map_or(0.0, |(a, b)| pair_bonus(scorer.lang, a, b));
                        let rival = join_rival(scorer.lang, before.cand.paired, b, joined);
                        // The word before is the chunk before alone: a Russian preposition
                        // that may not stand before this word.
                        let preposition = if before.from + 1 == i {
                            prefix_cost
                                + if at[i].o_misfit {
                                    cost::RU_O_FORM_MISFIT
                                } else {
                                    0.0
                                }
                                + if each_before_plural {
                                    cost::EACH_BEFORE_PLURAL
                                } else {
                                    0.0
                                }
                        } else {
                            0.0
                        };
                        let name_tail = if stray && at[before.from].name_at {
                            cost::STRAY_AFTER_NAME
                        } else if name_end && at[before.from].name_at {
                            cost::NAME_END_AFTER_NAME
                        } else if particle && at[before.from].name_at {
                            cost::PARTICLE_AFTER_NAME
                        } else if dative.is_some_and(|particle| {
                            let head = self.lower_word(
                                before.from..i,
                                before.cand.keep_hyphen,
                                &mut pw,
                                &mut pb,
                            );
                            clitics::possessive_before(&head, particle)
                        }) {
                            cost::PARTICLE_AFTER_POSSESSIVE
                        } else {
                            0.0
                        };
                        let total = before.total + bonus - rival + preposition + name_tail;
                        if way.is_none_or(|(t, _, _)| total > t) {
                            way = Some((total, before.from, bonus > 0.0));
                        }
                    }
                    if let Some((total, from, paired)) = way {
                        step.total = total + cand.score + space_cost * spaces;
                        step.prev = Some(from);
                        step.paired = paired;
                    }
                }
                // A clitic apart, after a word it could have ended: how likely apart depends on
                // that word, so every word that may end at `i` is tried.
                let clitic =
                    (j - i == 1 && i > 0 && kinds[i - 1] == Some(GapKind::Space) && at[i].leans)
                        .then(|| self.lowered.of(chunks[i].range.clone(), last_word_part));
                if let Some(clitic) = clitic {
                    // Punctuation or the end of the text after it: the clitic ends a clause.
                    let range = chunks[i].range.clone();
                    let last = text[range.clone()].ends_with(|c: char| !letter(c))
                        || (j == n && text[range.end..].trim().is_empty());
                    step.total = f32::NEG_INFINITY;
                    let clitic_key = Key::of(&clitic);
                    for before in steps[i].iter().flatten() {
                        let from = before.from;
                        let inner = &kinds[from..i - 1];
                        join_into(
                            text,
                            &chunks[from..i],
                            inner,
                            before.cand.keep_hyphen,
                            &mut pw,
                            &mut pb,
                        );
                        let head = last_part(&pw);
                        let apart = if scorer.lang == Lang::Kk {
                            // A capitalized word inside a sentence (not all capitals) is a name.
                            let name = !at[i].next_cap
                                && at[from].inside_sentence
                                && clitics::is_name(pw.trim_start_matches(|c: char| !letter(c)));
                            let odds =
                                clitics::separate_odds(&head, &clitic, last, name).unwrap_or(0.0);
                            // A head that takes no locative, a verb form or a case, leaves `да`
                            // the particle, whatever words ending as it does take (`тастаңыздар
                            // да`, not `-дарда`; `шынымен де`, not `шыны менде`).
                            let odds = if !is_with(&clitic) && particle_follows(&head) {
                                odds.max(0.0)
                            } else {
                                odds
                            };
                            // `мен` before a word that takes the instrumental is that ending.
                            cost::CLITIC_CONTEXT * odds
                                + if is_with(&clitic) {
                                    cost::CLITIC_APART
                                } else {
                                    cost::PARTICLE_APART
                                }
                                + if at[i].governs || (is_with(&clitic) && reciprocal(&pw)) {
                                    cost::CLITIC_GOVERNED
                                } else {
                                    0.0
                                }
                                + if at[i].between {
                                    cost::CLITIC_BETWEEN
                                } else {
                                    0.0
                                }
                                + if before_verb[i] {
                                    cost::CLITIC_BEFORE_VERB
                                } else {
                                    0.0
                                }
                                + if parallel[i] { cost::KK_PARALLEL } else { 0.0 }
                                + if is_with(&clitic)
                                    && !(opens_sentence(text, chunks[from].range.start)
                                        && before.cand.evidence == Evidence::Dict)
                                    && pw
                                        .trim_start_matches(|c: char| !letter(c))
                                        .starts_with(is_upper)
                                    && at[i].next_cap
                                {
                                    cost::CLITIC_BETWEEN_NAMES
                                } else {
                                    0.0
                                }
                        } else {
                            let odds = clitics::ru_apart_after(&head, &clitic).unwrap_or(0.0);
                            // (A preposition before punctuation is another matter: `на, и`.)
                            let misfit = pw.ends_with(letter)
                                && clitics::ru_conjunction_misfit(&head, &clitic);
                            cost::RU_VOWEL_CONTEXT * odds
                                + if misfit {
                                    cost::RU_CONJUNCTION_MISFIT
                                } else {
                                    0.0
                                }
                                + if pw.ends_with(letter)
                                    && ru_whole_more_used(&head, &clitic, &mut attached)
                                {
                                    cost::RU_WHOLE_MORE_USED
                                } else {
                                    0.0
                                }
                                + cost::RU_VOWEL_APART
                                + if parallel[i] { cost::RU_PARALLEL } else { 0.0 }
                                + cost::RU_GOVERNED_CASE * f32::from(case_cue[i])
                        };
                        let pair = match (before.cand.paired, cand.paired) {
                            (Some(a), Some(b)) => pair_bonus(scorer.lang, a, b),
                            _ => 0.0,
                        } + if scorer.lang == Lang::Kk {
                            clitic_reading(&head, &clitic, clitic_key, &mut attached)
                        } else {
                            0.0
                        };
                        // Web text writes the conjunction apart before its second member: at the
                        // end of a clause, how often it does says nothing for it (`Қазақстан
                        // мен.` is `Қазақстанмен.`).
                        let pair = if last && is_with(&clitic) {
                            pair.min(0.0)
                        } else {
                            pair
                        };
                        let total = before.total + cand.score + apart + pair;
                        if total > step.total {
                            step.total = total;
                            step.prev = Some(from);
                            step.paired = pair > 0.0;
                        }
                    }
                }
                steps[j][j - i - 1] = Some(step);
                if step.total > best[j] {
                    best[j] = step.total;
                    back[j] = j - i - 1;
                }
            }
        }
        (buffers.pw, buffers.pb, buffers.attached) = (pw, pb, attached);
        // A run ending in a line-break hyphen that nothing could follow has no segmentation:
        // leave it.
        if best[n] == f32::NEG_INFINITY {
            (buffers.steps, buffers.best, buffers.back) = (steps, best, back);
            return;
        }
        let mut j = n;
        let mut pick = back[n];
        while j > 0 {
            let step = steps[j][pick].expect("every reached position has a step");
            let (i, cand) = (step.from, step.cand);
            for g in i..j - 1 {
                joints[g] = match kinds[g] {
                    Some(GapKind::Hyphen) if cand.keep_hyphen => (
                        Joint::KeepHyphen,
                        "kept: both sides of the hyphen are words",
                    ),
                    Some(GapKind::Hyphen) => (Joint::JoinDropHyphen, cand.evidence.reason()),
                    Some(GapKind::Glued) => (Joint::Join, crate::normalize::joints::GLUED_HYPHEN),
                    _ => (Joint::Join, cand.evidence.reason()),
                };
            }
            // A `мен` joined to the word before it because the next word takes the instrumental.
            if j - i >= 2 && kinds[j - 2] == Some(GapKind::Space) && at[j - 1].governs {
                joints[j - 2] = (
                    Joint::Join,
                    "joined: the next word takes the instrumental, so `мен` is an ending",
                );
            }
            if j - i >= 2 && kinds[j - 2] == Some(GapKind::Space) && before_verb[j - 1] {
                joints[j - 2] = (
                    Joint::Join,
                    "joined: a verb form follows, so `мен` is likelier an ending",
                );
            }
            if i > 0 && kinds[i - 1] == Some(GapKind::Space) {
                joints[i - 1] = if step.paired {
                    (
                        Joint::Space,
                        "kept apart: running text writes the two words side by side",
                    )
                } else if !scorer.onsets_cut
                    && parts_onset(self.lowered, &self.chunks[i - 1], &self.chunks[i])
                {
                    (
                        Joint::Space,
                        "kept apart: the document's cuts fall at syllables, which never part a \
                         consonant from the vowel after it",
                    )
                } else {
                    (Joint::Space, "kept apart: separate words score better")
                };
            }
            pick = match step.prev {
                Some(from) => i - from - 1,
                None => back[i],
            };
            j = i;
        }
        (buffers.steps, buffers.best, buffers.back) = (steps, best, back);
    }
}
