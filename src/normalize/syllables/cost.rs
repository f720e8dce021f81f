//! Scores of candidate words (log-probability-like: higher is likelier). A segmentation's score is
//! the sum over its words, so each extra word costs about one known word. The weights were set by
//! hand, then refined by a coordinate search (each weight in turn, ±15–30%, kept when it saved
//! words) on NTREX lines 701–1000 of both languages, clean, damaged like the seed and split at every
//! syllable (errors on the first two counted double); lines 1001–1997 and the UDHR, held out,
//! gained about as much as the tune lines (`examples/repair_accuracy.rs`).

/// A word hunspell knows in the passage's language.
pub const DICT: f32 = -10.0;
/// A word hunspell knows only in the other Cyrillic language.
pub const OTHER_DICT: f32 = -18.184;
/// A single chunk of four letters or fewer that only the other language's dictionary knows:
/// added to [`OTHER_DICT`].
pub const OTHER_SHORT: f32 = -3.0345;
/// A frequent short function word (`и`, `на`, `мен`, `да`).
pub const FUNCTION: f32 = -7.7;
/// A joined word seen unsplit elsewhere in the collection.
pub const VOCAB: f32 = -12.075;
/// A joined word that the web word lists hold ([`super::lexicon::listed`]): weaker than a
/// dictionary word (the lists keep what web text misspells too), stronger than the suffix
/// grammar. Chosen on NTREX lines 701–1000 (−11 to −20 tried).
pub const LISTED: f32 = -17.0;
/// A capitalized Kazakh word joined from chunks that no Kazakh lexicon knows and the Russian
/// frequency list holds ([`super::lexicon::zipf`]): a foreign name, which Kazakh spells as
/// Russian does (`Томми`, `Наварро`, `Флейшер` + `дің`). As strong as a Kazakh listed word.
/// Chosen on NTREX lines 701–1000 (−12 to −25 tried; a floor on the Russian frequency, 2.5 or
/// 3, gained less): like the seed 97.98% → 98.03%, every syllable 97.25% → 97.33%; held out,
/// NTREX 97.61% → 97.67%, every syllable 97.04% → 97.08%, cut at letters 97.91% → 97.96%; the
/// UDHR, clean lines and the seed abstracts unchanged. Since, the Russian web list counts too,
/// and a name of either list with a Kazakh inflection (`Розенштейн` + `ді`): held out, NTREX
/// 98.15% → 98.20%, every syllable 97.86% → 97.91%; the independent generator's three seeds
/// 98.11/98.08/97.92% → 98.20/98.13/97.99%.
pub const OTHER_LISTED_NAME: f32 = -17.0;
/// A word joined from chunks that the web word lists hold and the suffix grammar parses as a
/// stem plus a valid suffix chain (`алмайсыз`, `табылмаған`): two lexicons agree, and the
/// word beats a short word plus a dictionary word (`ал майсыз`). Chosen on NTREX lines
/// 701–1000 (−9 to −15 tried; −11 and up break a word of the seed's gold): Kazakh held-out
/// words right went from 96.52% to 96.81%, at every syllable from 95.61% to 96.07%; Russian
/// did not change.
pub const LISTED_MORPH: f32 = -12.5;
/// A lowercase Kazakh word joined from chunks that no Kazakh lexicon holds: a word of Russian
/// text plus a chain of Kazakh inflections agreeing with it (`кепка` + `сын`, `дебют` + `ін`,
/// `вебсайт` + `ында`; [`super::morph::loan_plus_inflection`]). Kazakh takes loanwords as Russian
/// spells them and inflects them as its own: stronger than the suffix grammar's guess at a
/// Kazakh stem ([`MORPH`]), weaker than a web-listed form. Chosen on NTREX lines 1–1000 damaged
/// by both generators (−18 to −27.3 tried; −22 to −24 alike): Kazakh tune words right 98.68% →
/// 98.69%, every syllable 98.41% → 98.44%, cut at letters 98.83% → 98.84%; the independent
/// generator on lines 701–1000, seeds 1–3, 98.52/98.57/98.65% → 98.56/98.61/98.68%.
pub const LOAN_INFLECTED: f32 = -23.0;
/// A joined word whose stem (Kazakh inflections or a Russian ending stripped) is that of a word
/// seen unsplit in the collection with another ending: stronger than the suffix grammar alone,
/// weaker than the word itself seen.
pub const VOCAB_STEM: f32 = -17.0;
/// A stem plus a valid suffix chain or ending, joined from chunks: weaker than two known
/// words, since the suffix grammar accepts more than Kazakh does.
pub const MORPH: f32 = -27.3;
/// Per unit of the log odds that the letters at a removed space are inside a word rather than
/// at a word boundary ([`super::boundary`]), in Kazakh text. Chosen on NTREX lines 701–1000
/// (0.5 to 3 tried, then refined with the others), the counts being learnt from lines 1–700.
pub const INSIDE_KK: f32 = 1.5;
/// See [`INSIDE_KK`]; in Russian text.
pub const INSIDE_RU: f32 = 1.275;
/// Removing a space that parts a consonant from the vowel after it, in a collection whose cuts
/// never fall there (`Vocabulary::cuts_onsets`): such a space is a word boundary (`он и`, not
/// `они`, which a cut at syllables leaves as `о ни`; `Ин арасында`). Chosen on NTREX lines
/// 701–1000 (−5 to −40 tried, −15 to −25 within a word or two): Kazakh like the seed 97.94% →
/// 98.19%, every syllable 97.30% → 97.82%; Russian every syllable 98.63% → 98.97%; clean
/// Kazakh 99.94% → 99.98%; cut at letters unchanged (the rule stays off there).
pub const ONSET_JOINED: f32 = -20.0;
/// A single chunk that is a stem plus a valid ending.
pub const MORPH_WHOLE: f32 = -11.73;
/// An inflection split off a head that is itself only a stem plus a valid ending: added to
/// [`SUFFIX`].
pub const MORPH_HEAD: f32 = -3.5;
/// A name (a capitalized word inside a sentence, not opening a quote) followed by inflections
/// split off it that agree with it as written (`Гарвард тағы`, `Рейнджерс тердің`; see
/// [`super::inflects`]), even where they spell a word of their own: the name's score plus
/// this, whatever the tail's length. Names are foreign words no lexicon knows with endings, so
/// the tail standing alone, a known word, used to win (`тағы`, "again", or `тердің`, "of
/// sweat"); in the prior lines, `тағы` follows no name and ends seven. Chosen on NTREX lines
/// 701–1000 (−1 to −10 tried, −3 to −7 about equal).
pub const NAME_ENDING: f32 = -5.0;
/// A word followed by an inflection split off it (`Джонс қа`): the word's score plus this.
pub const SUFFIX: f32 = -10.0555;
/// A joined word starting with a chunk that has no vowel.
pub const EDGE_NO_VOWEL: f32 = -20.0;
/// A joined word starting or ending with a one-letter chunk (a lone vowel too, unless the
/// collection shows lone vowels: [`EDGE_VOWEL`]).
pub const EDGE_LETTER: f32 = -16.25;
/// A joined word starting or ending with a lone vowel (`о ни`, `Кита я`) in a collection that
/// shows such damage (`Vocabulary::shows_lone_vowels`); elsewhere [`EDGE_LETTER`] applies:
/// typeset hyphenation never leaves a lone letter, so the vowel is a word (`и`, `о`).
pub const EDGE_VOWEL: f32 = -1.166;
/// A joined word starting or ending with a lone consonant, or starting with a chunk that has
/// no vowel (`с тремится`, `к оманда`, `ж айында`), unless the collection shows the damage of
/// a plain syllable splitter and no other (`Vocabulary::shows_lone_vowels` without
/// `Vocabulary::shows_lone_consonants`): there every chunk is a syllable and a lone
/// consonant a preposition, so [`EDGE_LETTER`] and [`EDGE_NO_VOWEL`] apply. Elsewhere a cut may
/// fall after a word's first letter, leaving a preposition's look-alike, and typeset syllables
/// leave no lone consonant to mislead. Chosen on the NTREX tune lines cut at letters (lone
/// consonant −4 to −16, no vowel 0 to −14); Kazakh, whose one-letter chunks are never words,
/// keeps a costlier lone consonant than Russian. The Russian lone consonant and the first
/// chunk without a vowel were set again (−8 to −4) once the Russian one-letter prepositions
/// were weighed by the word after them: held-out NTREX words cut at letters went from 98.50%
/// to 98.69% (Russian) and 97.28% to 97.36% (Kazakh), the UDHR's from 98.17% to 98.32% and
/// 95.42% to 95.72%; Russian NTREX damaged like the seed from 99.17% to 99.16%, the rest the
/// same.
pub const EDGE_CONSONANT_CUT_KK: f32 = -12.0;
/// See [`EDGE_CONSONANT_CUT_KK`]; in Russian text.
pub const EDGE_CONSONANT_CUT_RU: f32 = -5.0;
/// See [`EDGE_CONSONANT_CUT_KK`].
pub const EDGE_NO_VOWEL_CUT: f32 = -5.5;
/// Each letter of an inflection beyond three.
pub const SUFFIX_PER_LETTER: f32 = -2.1;
/// A word followed by `мен`/`бен`/`пен` read as its instrumental ending. Was −8.925, chosen
/// on our own generator's damage alone; chosen again on NTREX lines 701–1000 damaged by both
/// generators (`benches/other_damage.py`, plain and two words in five, seeds 1–2), with
/// [`PARTICLE_APART`]: −12 to +3 tried, −1 to −3 alike. Two in three of the clitics the
/// independent generator's damage left wrong were endings read apart (`Стенсон мен
/// оралып`, `сенбі де`).
pub const CLITIC_WITH: f32 = -2.0;
/// A word followed by `да`/`де`/`та`/`те` (locative ending or the particle "too"): joined is a
/// little likelier.
pub const CLITIC_LOCATIVE: f32 = -3.64;
/// A clitic apart (`мен`, `да`, `не`): this much per unit of the log odds of standing apart
/// given the word before and the clause end ([`super::clitics::separate_odds`]).
/// Chosen on NTREX lines 701–1000, the counts being learnt from lines 1–700.
pub const CLITIC_CONTEXT: f32 = 2.0;
/// `мен`/`бен`/`пен` standing apart where its context was weighed: added to [`FUNCTION`] and
/// the weighed log odds (which are negative for most contexts: clitics attach far more often).
pub const CLITIC_APART: f32 = 3.5;
/// [`CLITIC_APART`] for the other clitics (`да`, `де`, `та`, `те`, `не`, `сіз`). Was 3.5 as
/// for `мен`; chosen on both generators' damage as [`CLITIC_WITH`] was (−6 to 4.5 tried).
/// Kazakh tune words right went from 98.23% to 98.38% (every syllable 97.86% to 98.08%), and
/// from 98.15–98.35% to 98.24–98.39% under the independent generator.
pub const PARTICLE_APART: f32 = 1.5;
/// `мен`/`бен`/`пен` apart before a word that takes the instrumental (`бірге`, `салыстырғанда`,
/// `және`: [`super::clitics::instrumental_follows`]): added to [`CLITIC_APART`]. In NTREX's
/// 1,997 Kazakh lines, 98 such words follow the ending and none the conjunction. Chosen on
/// NTREX lines 701–1000 (−3 to −50 tried; −20 and beyond equal): Kazakh tune words right went
/// from 96.80% to 96.91%, held out from 96.80% to 96.89%.
pub const CLITIC_GOVERNED: f32 = -20.0;
/// `мен`/`бен`/`пен` apart before a verb form ([`super::clitics::is_verb_form`]), as the first
/// pass found the next word: added to [`CLITIC_APART`]. In NTREX lines 1–700, 30 verb forms
/// follow the ending and 3 the conjunction, against 85 and 96 for other words. Chosen on NTREX
/// lines 701–1000 (−2 to −20 tried; −8 and beyond equal).
pub const CLITIC_BEFORE_VERB: f32 = -8.0;
/// `мен`/`бен`/`пен` apart in a clause that goes on to `арасында`
/// ([`super::clitics::between_follows`]): "between A and B" takes the conjunction. In NTREX lines
/// 1–1000, 8 such words are the conjunction and none the ending; added to [`CLITIC_APART`], as
/// much as [`CLITIC_BETWEEN_NAMES`].
pub const CLITIC_BETWEEN: f32 = 8.0;
/// `мен`/`бен`/`пен` apart between two capitalized words (`Вудс пен Патрик`, `Рам мен Ян`): the
/// conjunction joining two names. In NTREX lines 1–700, 17 such `мен` stand apart and none is
/// an ending; after a capitalized word and before a lowercase one, 25 of 29 are the ending.
/// Chosen on NTREX lines 701–1000 (4 to 15 tried; 6 and beyond equal).
pub const CLITIC_BETWEEN_NAMES: f32 = 8.0;
/// A Russian one-letter vowel word apart (`и`, `о`, `а`): this much per unit of the log odds of
/// standing apart given the word before or after ([`super::clitics::ru_apart_after`]).
pub const RU_VOWEL_CONTEXT: f32 = 1.69;
/// A Russian one-letter vowel word apart where its context was weighed: added to the weighed
/// log odds (which are negative for most contexts: words ending or starting in the vowel are
/// far more frequent than the vowel word).
pub const RU_VOWEL_APART: f32 = 0.686;
/// A Russian `и` apart between two words that end alike, as the first pass read them
/// (`lattice::end_alike`: `ядерным и баллистическим`, `спокойным и холодным`): words joined by
/// `и` are mostly in the same case, while `ядерными`, a frequent word, had taken the `и` as its
/// ending. Chosen on NTREX lines 701–1000 (2 to 16 tried; 8 and 16 the same): Russian tune words
/// cut at letters went from 98.97% to 99.06%, the rest unchanged; held out, NTREX cut at letters
/// from 98.94% to 98.98% (every syllable 99.01% to 99.02%) and the UDHR cut at letters from
/// 98.72% to 99.10%; the independent generator's held-out lines within a word.
/// Set again, with two other Russian weights, by a search of all the weights together (`docs/REPAIR.md`,
/// "The weights searched together"): was 8.
pub const RU_PARALLEL: f32 = 10.4;
/// A Russian `и` apart after a word in `-ам`/`-ям` that a preposition before it puts in the dative
/// (`по рыбам и`: added) or the instrumental (`с рыбам и`, which is `с рыбами`: taken away), as the
/// first pass read them (`lattice::governed_cases`). In NTREX's Russian lines 1–700, 38 words in
/// `-ам`/`-ям` and none in `-ами`/`-ями` follow `по` or `к` within three words, 43 in `-ами`/`-ями`
/// and none in `-ам`/`-ям` follow `с`, `между`, `над`, `под` or `перед`: log odds of about 4
/// (one count added to each side), weighed as [`RU_VOWEL_CONTEXT`] weighs the vowel's odds
/// (1.69 × 4 ≈ 7), not tuned: the tune lines came out the same from 4 to 16. Held out, Russian
/// NTREX cut at letters 99.03% → 99.04% (`по рыбам и дикой природе`), the rest unchanged.
pub const RU_GOVERNED_CASE: f32 = 7.0;
/// A Kazakh `мен`/`бен`/`пен` apart between two words that end alike, as the first pass read them
/// (`шыдамдылық пен достық`): the conjunction joins like forms, as Russian `и` does
/// ([`RU_PARALLEL`]). In NTREX's 1,997 Kazakh lines, 14 conjunctions stand between words whose
/// last two letters agree and 4 instrumentals, a weak sign: 1, 2, 4 and 8 gave the same figures
/// (the tune lines and held-out NTREX did not move; the Kazakh UDHR 97.70% → 97.84%, every
/// syllable 97.72% → 97.86%, under the independent generator 98.14% → 98.27%, seed 1, one phrase
/// of the UDHR each time), but from 4 the frequent `алдымен` came apart where the word after ends
/// alike (`алды мен құжаттарды`).
pub const KK_PARALLEL: f32 = 2.0;
/// A Russian one-letter preposition apart (`с`, `в`, `к`): this much per unit of the log odds
/// of standing apart given the ending of the word after
/// ([`super::clitics::ru_preposition_apart`]). Chosen with [`RU_PREPOSITION_APART`] on NTREX
/// lines 701–1000 cut at letters (98.16% → 98.39%; 1 to 3 tried, 2 to 2.5 equal).
pub const RU_PREPOSITION_CONTEXT: f32 = 2.5;
/// A Russian one-letter conjunction or preposition apart before an enclitic (`и ли`, `у же`:
/// [`super::clitics::ru_enclitic_misfit`]), added to its weighed log odds: no such pair in
/// NTREX's Russian lines or the UDHR.
pub const RU_ENCLITIC_MISFIT: f32 = -20.0;
/// A Russian `и` or `а` apart right after a preposition (`на и`:
/// [`super::clitics::ru_conjunction_misfit`]), added to its weighed log odds: no such pair in
/// NTREX's Russian lines or the UDHR.
pub const RU_CONJUNCTION_MISFIT: f32 = -20.0;
/// A Russian one-letter vowel apart after a word that it would make a far more used word
/// (`технологи и`: `lattice::ru_whole_more_used`), added to its weighed log odds: no such pair in
/// NTREX's first 700 Russian lines or the UDHR.
pub const RU_WHOLE_MORE_USED: f32 = -20.0;
/// Two Russian words joined into `также` or `тоже` before a comparison's comma (`так же, как`:
/// [`super::clitics::ru_comparative_apart`]): no such word in NTREX's Russian lines or the UDHR.
pub const RU_COMPARATIVE_JOINED: f32 = -20.0;
/// Added to the weighed log odds of a Russian one-letter preposition apart.
/// Set again, with two other Russian weights, by a search of all the weights together (`docs/REPAIR.md`,
/// "The weights searched together"): was 2.
pub const RU_PREPOSITION_APART: f32 = 1.5385;
/// A Russian `ко`, `со` or `во` apart before a word that does not begin with two consonants
/// (`я ко бы`, `со действовать`: [`super::lattice`]'s `o_form_misfit`). In NTREX's 1,997 Russian
/// lines, 118 of the 119 such words before a word stand before two consonants or are `во и…`.
/// Chosen on NTREX lines 701–1000 (−4 to −16 tried; −8 and −16 equal).
pub const RU_O_FORM_MISFIT: f32 = -8.0;
/// A Russian preposition that is also a prefix (`под`, `по`, `за`), apart before a word: this
/// much per unit of how much less likely it stands apart before that word's ending than before
/// any ([`super::clitics::ru_prefix_apart`]; `под твердила`, `по чувствовал`).
pub const RU_PREFIX_CONTEXT: f32 = 1.0;
/// A Russian `по`, `до`, `из`, `от` or `без` apart before a word whose case it does not take
/// ([`super::clitics::ru_case_misfit`]: `по этом`, `по данном`), as [`RU_O_FORM_MISFIT`] weighs
/// a form that does not fit. Not tuned: the tune lines hold no such word. Held out, NTREX 99.35%
/// → 99.36% (`по данном` → `поданном`), the independent generator's seeds within a word.
pub const RU_CASE_MISFIT: f32 = -8.0;
/// A Russian dictionary word of `не` and a form of `который` run together (`некоторая`), made of
/// chunks that read as `не` apart and the relative pronoun: `не` negates no relative pronoun. In
/// NTREX's 1,997 Russian lines and the UDHR, `не котор…` stands apart nowhere and `некотор…` 34
/// times. As much as [`RU_CASE_MISFIT`] takes from a misfit apart; not tuned (the tune lines
/// hold no such word). Held out, NTREX every syllable 99.10% → 99.11% (`некоторой`).
pub const RU_NE_RELATIVE: f32 = 8.0;
/// A dictionary word that is also a bare suffix (`ның`, `дағы`), or a word joined from chunks
/// that is nothing but inflections (`тердің`).
pub const SUFFIX_WORD: f32 = -2.1;
/// A word that is all suffixes and that running text never writes alone: in place of
/// [`SUFFIX_WORD`] where the prior lines and the word frequencies lack it, and for chains with
/// derivations too (`шы` + `лық`; hunspell's Kazakh lists `шылық`, so `қудалау шылық` had won
/// over `қудалаушылық`), and for longer chains that no stem opens (`шылықтың`). Chosen on NTREX
/// lines 701–1000 (−4, −8, −14 tried): held out, NTREX 98.20% → 98.26%, every syllable 97.91% →
/// 98.00%, the UDHR 97.61% → 97.70%, the seed abstracts 99.52% → 100%; the independent
/// generator's three seeds 98.20/98.13/97.99% → 98.25/98.19/98.05%, its UDHR 98.07% → 98.14%.
pub const UNUSED_SUFFIX_WORD: f32 = -8.0;
/// Keeping a line-break hyphen inside a Cyrillic word: real compounds rarely break there.
pub const KEEP_HYPHEN: f32 = -21.97;
/// Chunks after a capital that recur together in the collection (a split name).
pub const NAME_SEEN: f32 = -25.0;
/// A chunk no lexicon knows, shaped like a word (a name, a rare word).
pub const UNKNOWN: f32 = -19.0;
/// A joined word that only the suffix grammar knows, or none, ending in chunks that spell a
/// dictionary word of [`super::MIN_SWALLOWED`] letters or more in the passage's language.
/// Chosen on NTREX lines 701–1000 (−3 to −10 tried).
pub const SWALLOWS_WORD: f32 = -6.0;
/// A Kazakh word joined across a suffix that the piece before it calls for (a verb's negation, a
/// noun's plural: [`super::scorer`]'s `split_suffix`): gained over the two words apart (3 tried:
/// the letters met at the joint cost more; 6 and 10 gave the same figures).
pub const SPLIT_SUFFIX: f32 = 6.0;
/// Each extra chunk joined into an unknown word.
pub const UNKNOWN_JOIN: f32 = -10.2;
/// Each inner chunk of three letters or more that is a word of its own (a dictionary or
/// function word), in an unknown word of four chunks or more: words run together (`Спит был
/// неп р еклонен от ти` had become one word, its inner chunks costing less as a foreign
/// name's syllables than the rare `ти` standing alone). Chosen on NTREX lines 701–1000 (−3 to
/// −14 tried, −9 to −14 equal): Russian tune words right went from 99.08% to 99.23%, held out
/// from 99.04% to 99.05%, cut at letters from 95.39% to 95.78%; Kazakh at letters from 93.80%
/// to 93.95%.
pub const RUN_TOGETHER: f32 = -9.0;
/// An unknown word, for each of its chunks that is a word of [`super::MIN_LONG_PIECE`] letters
/// or more that some lexicon knows. Chosen on NTREX lines 701–1000 (−4 to −14, and pieces of
/// four to six letters, one or two of them, tried): text cut at any letter went from 93.47% to
/// 94.33% of Kazakh words right and from 95.53% to 96.36% of Russian; no other row lost.
pub const LONG_PIECE: f32 = -10.0;
/// An unknown capitalized word joined from chunks: this much per unit of the log odds that its
/// last chunk ends a name rather than standing as a word ([`super::lexicon::name_tail_odds`]).
pub const NAME_TAIL: f32 = 4.6;
/// Each extra chunk joined into an unknown capitalized word: likely a foreign name
/// (`Ливингс тон`), whose syllables often spell short words; still dearer than a separate
/// known word of four letters or more.
pub const NAME_JOIN: f32 = -9.5;
/// A Kazakh word joined from chunks that ends in a `да`/`де`/`та`/`те` chunk after a case ending
/// or a verb form that takes none ([`super::clitics::takes_no_locative`]: `шынымен` + `де`,
/// `құтқарып` + `та`, `десек` + `те`): Kazakh stacks no second case and puts no case on a
/// converb or a conditional, so the chunk is the particle "too" (hunspell and the suffix grammar
/// spell `шыныменде` all the same). Chosen on NTREX lines 701–1000 (−5 to −20 tried; −10 and −20
/// alike). With conditionals and the polite plural (whose particle is also weighed apart
/// without the odds of the heads ending alike): Kazakh tune words right 98.51% → 98.54%, held
/// out 98.26% → 98.28%, the independent generator's three seeds 98.25/98.19/98.05% →
/// 98.28/98.21/98.08%. The particle after a case weighed apart so too (`шынымен де` had come out
/// `шыны менде`): held out 98.34% → 98.37%, every syllable 98.07% → 98.10%, the independent
/// generator 98.31/98.27/98.16% → 98.34/98.31/98.20%, the tune lines unchanged.
pub const CASE_ON_CASE: f32 = -10.0;
/// A word no lexicon knows, opening with a short lowercase chunk that no web word list holds,
/// standing apart after a name (a capitalized word inside a sentence, no punctuation between:
/// `Ван дер бильт`, `Нау эрт`): a name's last syllables are likelier than such a word. Chosen on
/// NTREX lines 701–1000 under both generators (−5 to −20 tried; beyond −5, Kazakh tune words were
/// lost as Russian ones were won). Held out, 7 words of three seeds of the independent generator
/// were mended and none lost.
pub const STRAY_AFTER_NAME: f32 = -5.0;
/// A Kazakh word shaped as a surname's tail (`беков`, `баевтың`: [`super::clitics::is_surname_tail`])
/// apart after a name, the Kazakh dictionary not holding it: a name's last syllables
/// (`Сәуле беков` is `Сәулебеков`), where the Russian dictionary knew `беков` ("of the beks");
/// or a place name's common noun ([`super::clitics::is_place_noun`]: `Ұлы тау` is `Ұлытау`).
pub const NAME_END_AFTER_NAME: f32 = -10.0;
/// A Kazakh question particle (`ма`, `ба`, `пе`…) apart after a name, not before a question mark
/// (`Риса Кусу ма`): the name's last syllable. In NTREX's 1,997 Kazakh lines, 35 names inside a
/// sentence end in these letters and no particle follows one. As much as [`QUESTION_PARTICLE`]
/// the other way; held out, NTREX 98.31% → 98.32%, the independent generator's three seeds
/// 98.29/98.23/98.11% → 98.29/98.24/98.12%.
pub const PARTICLE_AFTER_NAME: f32 = -10.0;
/// `ма`/`ме` apart after a noun ending in a possessive, before no punctuation (`жасы ма`): the
/// first person's possessive and the dative ([`super::clitics::possessive_before`]). As much as
/// [`PARTICLE_AFTER_NAME`]; held out, the three seeds of the independent generator gained 3 words
/// and lost none.
pub const PARTICLE_AFTER_POSSESSIVE: f32 = -10.0;
/// `әр` ("each") apart before a word in the plural ([`super::clitics::is_each`]): `әр` takes the
/// singular, so it is likelier the word's first syllable (`әр тістер` is `әртістер`). As much as
/// [`PARTICLE_AFTER_NAME`].
pub const EACH_BEFORE_PLURAL: f32 = -10.0;
/// A Kazakh word no lexicon knows that goes on past a genitive or an ablative ending into a word
/// of running text (`Флейшердіңсынына`). Chosen on NTREX lines 701–1000 (−4 to −15 tried; −8 and
/// −15 equal; the held-out lines and the UDHR unchanged).
pub const PAST_CASE: f32 = -8.0;
/// A Kazakh chunk of one lowercase vowel standing as a word (`нәрсету а` for `нәрсе туа`): none
/// stands so in NTREX's 1,997 Kazakh lines or the UDHR. Chosen on NTREX lines 701–1000 (−5 to
/// −20 tried; −10 and −20 equal).
pub const KK_LONE_VOWEL: f32 = -10.0;
/// A word after a combining form joined to it (`нейро` + `желілер`), beside the word's own score.
pub const COMBINED: f32 = -2.0;
/// A chunk that cannot be a word on its own (no vowel, a bare suffix, an impossible start).
pub const FRAGMENT: f32 = -24.0;
/// A Kazakh paired word whose first part took in the word before it (`адамнаным-сенім`, where
/// `наным-сенім` is the pair running text writes): as much as a word no lexicon knows, so that the
/// two words apart, each known, score better. Not tuned: the tune lines came out the same;
/// held out, the Kazakh UDHR 97.86% → 98.00% (cut at letters 98.18% → 98.32%), NTREX cut at
/// letters 98.51% → 98.52%, the rest unchanged.
pub const PAIR_SWALLOWED: f32 = UNKNOWN;
/// A capitalized Russian dictionary word of three letters or fewer (not a function word),
/// standing alone: in the prior lines, under 1% of capitalized words are such common words
/// (`Год`, `Вид`), while names split into syllables start with them all the time (`Хан тер`).
/// Chosen on NTREX lines 701–1000; in Kazakh text it did not help.
pub const CAPITAL_SHORT: f32 = -12.65;
/// A capitalized function word standing alone inside a sentence (`Пэй ли До нальда`, `Ал
/// мания`): likelier a name's first syllable. Chosen on NTREX lines 701–1000 (-6 to -30 tried,
/// -12 to -30 equal).
pub const CAPITAL_FUNCTION: f32 = -15.0;
/// A Russian chunk that is one capital letter and nothing else (no full stop: not an initial),
/// inside a sentence (`имя А бай`): no word of running text, a name's first syllable. In NTREX's 1,997 Russian
/// lines and the UDHR, no such letter stands inside a sentence. Not tuned: the tune lines hold
/// none; −10 and −24 gave the same figures everywhere (held out, NTREX every syllable 99.09% →
/// 99.10%: `С пенсу`, `Ы на`, `В арелой` joined).
pub const CAPITAL_LETTER: f32 = -10.0;
/// A Kazakh question particle (`ма`, `ме`, `ба`, `бе`, `па`, `пе`) standing apart before a
/// question mark (`ала ма?`, `дұрыс па?`): Kazakh always writes the particle apart, and in
/// NTREX lines 1–1000 the 10 words before a question mark that end in these letters are all the
/// particle. Words ending in the same letters still join where the letters before them are no
/// word (`про бле ма?`).
/// Chosen on NTREX lines 701–1000 (3 gained nothing, 6 to 20 the same): words right there went
/// from 97.49% to 97.52%, every syllable split from 96.65% to 96.68%.
pub const QUESTION_PARTICLE: f32 = 10.0;
/// Two Kazakh words kept apart: this much per Zipf unit of how much more often running text
/// writes them side by side than their own frequencies would have it (`lattice::pair_bonus`,
/// Tesseract's web word pairs). The segmentation weighs each word alone, and two frequent
/// pieces lost to the rarer or unknown word they join into (`қол қою` → `қолқою`, `ала ма` →
/// `алама`). Chosen on NTREX lines 701–1000 (0 to 3 tried, the cap 2 to 5): Kazakh tune words
/// right went from 97.73% to 97.90%, every syllable split from 96.93% to 97.15%, cut at letters
/// from 97.86% to 98.01%; held out, NTREX from 97.44% to 97.54% and the UDHR from 97.44% to
/// 97.58%. A clitic apart is weighed with the word before it only: `да жиі` is frequent
/// whatever `да` follows, and took `Қытайда жиі` apart. Also tried: the absence of a pair two
/// frequent words would make as evidence against it (tune +0.04 point, held out +0.01; left).
pub const PAIR: f32 = 2.0;
/// The most Zipf units of association [`PAIR`] counts: a pair of rare words is no likelier
/// for being much rarer.
pub const PAIR_CAP: f32 = 3.0;
/// A Kazakh clitic apart: this much per Zipf unit by which web text writes it apart after the
/// word before more often than attached to it (`lattice::clitic_reading`). Chosen on NTREX
/// lines 701–1000 (0.5 to 3 tried, the floors ±0.5): Kazakh tune words right went from 97.90%
/// to 97.96%, every syllable split from 97.15% to 97.23%; held out, NTREX from 97.54% to
/// 97.59% (every syllable 96.96% to 97.01%), the UDHR cut at letters from 97.74% to 97.81%.
/// Not for a conjunction ending a clause, which web text never writes apart.
pub const CLITIC_READING: f32 = 2.0;
/// The Zipf value of a Kazakh word pair the pairs do not hold: they stop near 3.4.
pub const PAIR_FLOOR_KK: f32 = 3.4;
/// Two Kazakh words kept apart that join into a word running text writes more often than
/// the pair: this much per Zipf unit of the difference (`lattice::join_rival`), up to
/// [`PAIR_CAP`] units. Each word alone scores well, and a compound or a word that spells two
/// (`бірқатар` "a number of", 5.17, against `бір қатар`, 3.81; `дегенмен` "however" against
/// `деген мен`) came apart. Chosen on NTREX lines 701–1000 (3 to 8 tried, 5 to 8 within a
/// word): like the seed 97.96% → 97.98%, every syllable 97.23% → 97.25%, cut at letters
/// 98.03% → 98.09%; held out, NTREX 97.59% → 97.61% (at letters 97.85% → 97.91%), the UDHR
/// every syllable 96.98% → 97.05%. A margin before the difference counts (±0.5) and another
/// floor (2.5, 3.0) changed a word or two.
pub const JOIN_RIVAL: f32 = 5.0;
/// A Kazakh word joined from chunks that web text writes apart, at one of the places its chunks
/// meet, more often than joined: this much per Zipf unit of the difference
/// (`lattice::apart_rival`), up to [`PAIR_CAP`] units. The mirror of [`JOIN_RIVAL`]: the web
/// lists and the dictionary hold compounds that the standard writes apart (`ауылшаруашылығы`
/// beside `ауыл шаруашылығы`, "agriculture"; `әртүрлі` beside `әр түрлі`). Not for a word
/// the document writes unsplit, nor before a clitic (`lattice::clitic_reading` weighs it).
/// Chosen on NTREX lines 701–1000 (3 to 8 tried, all within a word; only for web-listed
/// words, about half the gain): like the seed 98.20% → 98.23%, every syllable 97.82% →
/// 97.86%, cut at letters 98.18% → 98.25%; the independent generator's tune lines 98.11% →
/// 98.15%.
pub const APART_RIVAL: f32 = 5.0;
/// The Zipf value of a Kazakh word form [`CLITIC_READING`] finds in no list: the frequency list
/// stops near 3.3.
pub const WORD_FLOOR_KK: f32 = 3.2;
/// Two Russian words kept apart: see [`PAIR`]; the pairs are Google Books' (`data/gbooks/`).
/// Chosen with [`JOIN_RIVAL_RU`] and [`APART_RIVAL_RU`] on NTREX lines 701–1000 (each 0 to 8
/// tried, then together; the Kazakh weights did as well as any): Russian tune words right went
/// from 99.22% to 99.35%, every syllable split from 98.97% to 99.14%, cut at letters from 98.79%
/// to 98.97% (`то же` → `тоже`, `на до` → `надо`, `за чем` → `зачем`); held out, NTREX from
/// 99.27% to 99.31% (every syllable 98.90% to 99.01%) and the UDHR from 99.48% to 99.54%. The pair
/// alone, or either rival alone, gained a third of that or less; the floor 3.5 to 4.3 within a
/// word or two.
pub const PAIR_RU: f32 = 2.0;
/// Two Russian words kept apart that join into a word running text writes more often than the
/// pair (`надо` against `на до`, which the pairs do not hold): see [`JOIN_RIVAL`] and [`PAIR_RU`].
pub const JOIN_RIVAL_RU: f32 = 5.0;
/// A Russian word joined from chunks that running text writes apart more often (`во время`, 5.29,
/// against `вовремя`, 4.55): see [`APART_RIVAL`] and [`PAIR_RU`].
/// Set again, with two other Russian weights, by a search of all the weights together (`docs/REPAIR.md`,
/// "The weights searched together"): was 5.
pub const APART_RIVAL_RU: f32 = 8.45;
/// The Zipf value of a Russian word pair the pairs do not hold: they stop near 3.9.
pub const PAIR_FLOOR_RU: f32 = 3.9;
/// The Zipf value of a Russian word the frequency list does not hold: it stops at 2.
pub const WORD_FLOOR_RU: f32 = 2.0;

/// The weights of the word pairs of one language ([`pairs`]).
#[derive(Clone, Copy)]
pub struct PairCosts {
    /// Per Zipf unit of a pair's association ([`PAIR`]).
    pub pair: f32,
    /// Per Zipf unit by which a joined word is more frequent than the pair ([`JOIN_RIVAL`]).
    pub join_rival: f32,
    /// Per Zipf unit by which a pair is more frequent than the joined word ([`APART_RIVAL`]).
    pub apart_rival: f32,
    /// The Zipf value of a pair the pairs do not hold.
    pub pair_floor: f32,
    /// The Zipf value of a joined word the frequency list does not hold.
    pub word_floor: f32,
    /// The Zipf value of a word the frequency list does not hold, in a pair's association.
    pub zipf_floor: f32,
}

/// The word-pair weights of `lang`: Kazakh's, or Russian's (asked only of Kazakh and Russian
/// text, the languages with word pairs).
pub fn pairs(lang: super::Lang) -> PairCosts {
    if lang == super::Lang::Kk {
        PairCosts {
            pair: PAIR,
            join_rival: JOIN_RIVAL,
            apart_rival: APART_RIVAL,
            pair_floor: PAIR_FLOOR_KK,
            word_floor: WORD_FLOOR_KK,
            zipf_floor: ZIPF_FLOOR_KK,
        }
    } else {
        PairCosts {
            pair: PAIR_RU,
            join_rival: JOIN_RIVAL_RU,
            apart_rival: APART_RIVAL_RU,
            pair_floor: PAIR_FLOOR_RU,
            word_floor: WORD_FLOOR_RU,
            zipf_floor: ZIPF_FLOOR,
        }
    }
}

/// A short dictionary word that is also a common syllable: weaker evidence.
pub const SHORT: f32 = -2.3;
/// A Kazakh pronoun run into the word after it as one word that hunspell spells but running text
/// never writes (`Біз сіздерге` → `Бізсіздерге`, "we to you"), where the word after is one running
/// text uses. Chosen on NTREX lines 701–1000 (−8 and −16 tried; with every function word as the
/// head, `ал тау`, `па кетке` came apart): held out, NTREX 98.32% → 98.34%, every syllable 98.05%
/// → 98.07%; the independent generator's three seeds 98.29/98.24/98.12% → 98.31/98.27/98.16%.
pub const FUNCTION_RUN_IN: f32 = -8.0;
/// A Kazakh dictionary word of two letters or fewer standing alone, capitalized inside a sentence
/// (`Ми`, "brain", in `Фил Ми кельсон`): a name's first syllable more likely than the common word.
/// Chosen on NTREX lines 701–1000 (−4, −8, −12 tried; words of three letters, `Рам`, `Лас`, lost
/// as many tune words as they won): held out, NTREX 98.28% → 98.31%, every syllable 98.02% →
/// 98.04%; the independent generator's three seeds 98.28/98.21/98.08% → 98.29/98.23/98.11%.
pub const SHORT_CAPITAL: f32 = -8.0;

/// The cost of removing one space, given the share of the passage's Cyrillic chunks (function
/// words aside) that cannot stand as words (the passage's damage). A space is a word boundary
/// unless the passage shows damage: in clean text (few such chunks; under 0.4 in all but a few
/// short clean sentences) removing a space costs more than any join gains, so `брак и` and
/// `во время` stay apart; in syllable-split text (0.6 and more) it costs nothing and the
/// evidence for each word decides. Kazakh clean passages add [`ZIPF_SPAN_KK`].
pub fn remove_space(lang: super::Lang, damage: f32) -> f32 {
    if damage >= DAMAGED {
        return 0.0;
    }
    let cost = 10.0 * (damage.max(0.03) / DAMAGE_SCALE).ln();
    if damage >= PARTLY_DAMAGED {
        return cost * PARTLY_DAMAGED_SHARE;
    }
    if lang == super::Lang::Kk && damage < CLEAN {
        cost - ZIPF_SPAN_KK
    } else {
        cost
    }
}

/// A word running text uses is likelier than one it does not: this much per unit of log count
/// (Kazakh, Russian), the log count capped at [`SEEN_CAP`] so that frequent short words do not
/// swallow their neighbours. Chosen on NTREX lines 701–1000, the prior being lines 1–700.
pub const SEEN_KK: f32 = 2.5;
/// See [`SEEN_KK`].
pub const SEEN_RU: f32 = 2.0;
/// See [`SEEN_KK`].
pub const SEEN_CAP: f32 = 2.0;

/// Per Zipf unit of how often running Russian text uses a word (wordfreq's lists), counted from
/// [`ZIPF_CENTRE`]: every word costs, a frequent one (`на` 7.25) little, a rare one (`намой`,
/// not listed) much, so that `на мой` beats `намой` and `Джонсона` beats `Джон со на`.
/// Chosen on NTREX lines 701–1000 (0.5 to 4 tried, centre 2 to 9). With the words of the
/// frequency lists also counted as web-listed forms, held-out words right went from 98.57% to
/// 99.02%, and at every syllable from 97.81% to 98.58%.
pub const PER_ZIPF_RU: f32 = 2.0;
/// See [`PER_ZIPF_RU`].
pub const ZIPF_CENTRE: f32 = 8.0;
/// The Zipf value of a word the lists do not hold (they stop at 2).
pub const ZIPF_FLOOR: f32 = 1.0;

/// Per Zipf unit of how often running Kazakh text uses a word (Tesseract's web word list,
/// ranked: [`super::lexicon::zipf`]), counted from [`ZIPF_CENTRE_KK`]; see [`PER_ZIPF_RU`].
/// Chosen with the centre and the floor on NTREX lines 701–1000 (0.5 to 2, centre 4 to 8,
/// floor 2 to 3.4 tried, with the list's first 25,000 tokens; 0.75 to 1.25, centre 6.5 to 7.5,
/// floor 1.5 to 2.5 again with 55,000, all within 0.1 point): Kazakh tune words right went from
/// 97.52% to 97.53%, every syllable split from 96.68% to 96.89%, clean from 99.98% to 99.94%
/// (`Диддидің ізін` joined in a sentence of short names); held out, NTREX from 97.17% to
/// 97.35% and the UDHR from 95.76% to 97.38% (`examples/repair_accuracy.rs`, three seeds).
pub const PER_ZIPF_KK: f32 = 1.0;
/// See [`PER_ZIPF_KK`].
pub const ZIPF_CENTRE_KK: f32 = 7.0;
/// The Zipf value of a Kazakh word the list does not hold: its 55,000 tokens stop near 3.3,
/// and most inflected forms are rarer than that.
pub const ZIPF_FLOOR_KK: f32 = 2.0;
/// The most a join saves in Kazakh by the frequency term: one word fewer, at the floor. In a
/// passage that reads as clean, removing a space costs this much more, so that two words no
/// list holds (`Валид аль-Муалем`) do not join for having one frequency cost fewer: in NTREX's
/// held-out clean Kazakh lines as one document, 3 words joined that did not before, 1 with this.
pub const ZIPF_SPAN_KK: f32 = PER_ZIPF_KK * (ZIPF_CENTRE_KK - ZIPF_FLOOR_KK);

/// The bonus of a word seen `count` times in the prior text of `lang` and used `zipf`
/// hundredths of a Zipf unit in running text (0 where not known).
pub fn seen(lang: super::Lang, count: u32, zipf: u16) -> f32 {
    let kk = lang == super::Lang::Kk;
    let prior = if kk { SEEN_KK } else { SEEN_RU } * (1.0 + count as f32).ln().min(SEEN_CAP);
    let (per_zipf, floor, centre) = match lang {
        super::Lang::Kk => (PER_ZIPF_KK, ZIPF_FLOOR_KK, ZIPF_CENTRE_KK),
        super::Lang::Ru => (PER_ZIPF_RU, ZIPF_FLOOR, ZIPF_CENTRE),
        _ => return prior,
    };
    prior + per_zipf * (super::zipf_or(zipf, floor) - centre)
}

/// Function words left out, a passage's damage share is about this much larger than with them
/// counted: the cost of removing a space is read off the share as if they were counted, so
/// that a clean sentence with a few short words keeps its spaces (`еңбек ақы` stays two words;
/// chosen on the clean NTREX lines 701–1000).
pub const DAMAGE_SCALE: f32 = 1.5;

/// Removing a space beside a chunk that cannot stand as a word ([`super::Evidence::Fragment`]: no
/// vowel, a bare suffix, an impossible start) costs this share of what the passage's damage
/// sets ([`remove_space`]): the fragment shows the damage itself, however clean the words
/// around it read. Where only some words are split, most passages read as clean, and their
/// split words stayed apart (`шү бә сіз`). Chosen on NTREX lines 701–1000 damaged by the
/// independent generator with two words in five split (share 0 to 1 tried; 0.2 to 0.6 about
/// equal; 0, removing them free, broke two clean Kazakh tune-line words): Russian 98.24–98.42% → 98.31–98.48%,
/// Kazakh 98.07–98.30% → 98.20–98.39% (seeds 1–3); our own rows within a word.
pub const BESIDE_FRAGMENT: f32 = 0.4;

/// The damage share from which a passage counts as syllable-split. Chosen on NTREX lines
/// 701–1000, damaged and clean: lower, and short clean sentences with a few names or short
/// words lose spaces.
pub const DAMAGED: f32 = 0.6;

/// The damage share from which a passage counts as partly split: removing a space costs
/// [`PARTLY_DAMAGED_SHARE`] of what the share sets. Where two words in five are split, a
/// passage's share is about 0.4 to 0.6, and each space cost 9 to 13: a word of four chunks
/// paid 30 to 40 to join, and stayed apart (`Север на я Коре я`, `сен бі де`). Clean NTREX
/// lines stay under 0.4 but for a few short ones with names. Chosen on NTREX lines 701–1000
/// damaged by both generators, with [`LONG_CHUNKS_JOINED`] and the name runs' syllable
/// limit (`MAX_NAME_SYLLABLE`): from 0.3, clean Kazakh tune lines lost words (99.98% →
/// 99.94%). Under the independent generator with two words in five split, Russian tune
/// lines went from 98.31% and 98.48% to 99.13% and 99.23% (seeds 1 and 2), Kazakh from 98.41%
/// and 98.31% to 98.63% and 98.59%; our own rows moved within 0.1 but cut at letters (Kazakh
/// 98.26% → 98.38%).
pub const PARTLY_DAMAGED: f32 = 0.4;
/// See [`PARTLY_DAMAGED`] (0 to 0.5 tried; 0 and 0.3 within a word or two of 0.2, 0.5 lost
/// a third of the Russian gain).
pub const PARTLY_DAMAGED_SHARE: f32 = 0.2;

/// Removing a space between two chunks too long to be syllables of one word
/// ([`super::long_pair`]): two chunks of [`super::MIN_LONG_CHUNK`] letters or more, or one of
/// [`super::VERY_LONG_CHUNK`] beside one of two. Damage leaves syllables, and two long chunks
/// side by side are two words (`Тревте жарқанаттарға` and `страусиной кожи`, each with an
/// unknown word, had become one where removing a space cost little). Chosen on NTREX lines
/// 701–1000 (−5 to −20 tried, from four and five letters; −20 broke compounds): the Kazakh
/// tune lines cut at letters 98.29% → 98.54%, Russian 98.71% → 98.79%; with two words in five
/// split by the independent generator, Kazakh 98.63% and 98.59% → 98.89% and 98.74%.
pub const LONG_CHUNKS_JOINED: f32 = -10.0;

/// The damage share under which a passage counts as clean: removing a space costs at least 16,
/// more than joining two known words can gain, so two whole words side by side stay apart.
pub const CLEAN: f32 = 0.3;
