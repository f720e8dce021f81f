//! The score of one candidate word: what do the lexicons and the collection say of these letters,
//! joined from these chunks? A [`Scorer`] asks the dictionaries, the suffix grammars, the frequency
//! lists and the collection's [`Vocabulary`] once per candidate and keeps what they answered on its
//! thread, for the next passage of the same document.

use super::*;

/// One scored candidate.
#[derive(Clone, Copy)]
pub(super) struct Scored {
    pub(super) score: f32,
    pub(super) evidence: Evidence,
    /// For a span with a line-break hyphen: keep it (compound) rather than drop it.
    pub(super) keep_hyphen: bool,
    /// The key of the lowercase word, where it is a Kazakh or Russian word that the word pairs of
    /// running text hold ([`lexicon::in_pairs`]).
    pub(super) paired: Option<Key>,
    /// How often running text uses the lowercase word, for a Kazakh or Russian candidate of two
    /// chunks or more with its hyphens dropped ([`lexicon::zipf`]; 0 where not known): the rival of the two
    /// words it joins (`lattice::join_rival`).
    pub(super) zipf: u16,
}

/// What the lexicons and the collection say of one lowercase candidate (small: a document's memo
/// holds hundreds of thousands, and the fewer cache lines they take the faster each is found).
#[derive(Clone, Copy)]
struct Facts {
    /// What the lexicons alone say.
    lex: LexFacts,
    /// Seen unsplit in the collection.
    vocab: bool,
    /// Its stem is the stem of a word seen unsplit in the collection with an ending (asked only of
    /// words no dictionary knows and not seen whole).
    vocab_stem: bool,
    /// Seen as these very chunks after a capital, this many times (at most `u16::MAX`).
    name: u16,
}

/// The part of a candidate's [`Facts`] that the lexicons alone give, whatever the collection: kept
/// from document to document (each document brings its own vocabulary, and a collection's
/// documents share most of their words).
#[derive(Clone, Copy)]
struct LexFacts {
    /// Known to hunspell in the passage's language ([`Evidence::Dict`]), or in the other Cyrillic
    /// language ([`Evidence::OtherDict`]).
    dict: Option<Evidence>,
    /// A stem plus a valid ending (asked only of words no dictionary knows).
    morph: bool,
    /// How often running text uses it ([`lexicon::prior`]; at most `u16::MAX`).
    seen: u16,
    /// A word form of the web word lists ([`lexicon::listed`]) or of the word frequencies
    /// ([`lexicon::zipf`]); words of [`MIN_LISTED`] letters or more: the lists hold every short
    /// letter string.
    listed: bool,
    /// How often running text uses it, in hundredths of a Zipf unit ([`lexicon::zipf`]; 0 where
    /// not known).
    zipf: u16,
    /// Whether running text of the other Cyrillic language uses it (its frequency list or web
    /// list holds it): for a capitalized Kazakh word, a name Russian writes alike (`Томми`,
    /// `Наварро`).
    other_listed: bool,
    /// A word of Russian text plus a Kazakh suffix chain ([`morph::loan_plus_ending`]; asked only
    /// of Kazakh words no dictionary knows and the suffix grammar does not parse).
    loan: bool,
    /// A word of Russian text plus a chain of Kazakh inflections alone
    /// ([`morph::loan_plus_inflection`]: `кепка` + `сын`, `санкция` + `мен`); asked of Kazakh
    /// words no lexicon holds.
    loan_inflected: bool,
}

impl LexFacts {
    /// The dictionary's evidence with its cost.
    fn dict(&self) -> Option<(f32, Evidence)> {
        self.dict.map(|e| {
            let cost = if e == Evidence::Dict {
                cost::DICT
            } else {
                cost::OTHER_DICT
            };
            (cost, e)
        })
    }

    /// Whether running text never uses the word: neither the prior lines nor the word frequencies
    /// hold it.
    fn unused(&self) -> bool {
        self.seen == 0 && self.zipf == 0
    }
}

/// The cost of a Kazakh word joined from chunks, lowercase `word`, for being all suffixes: a
/// chain of inflections (`тер дің` → `тердің`, "of sweat") is far likelier the ending of the word
/// before (`студент тер дің`), the more so if running text never writes it alone, as with most
/// chains with derivations (`шылық`). A longer chain counts only then, and only where no stem of
/// [`MIN_CHAIN_STEM`] letters opens it (`таласының` is `талас`, "dispute", inflected).
fn suffix_word_cost(word: &str, facts: Facts) -> f32 {
    let letters = word.chars().count();
    if letters <= MAX_SUFFIX_WORD {
        if morph::is_kk_inflection_chain(word) {
            return if facts.lex.unused() {
                cost::UNUSED_SUFFIX_WORD
            } else {
                cost::SUFFIX_WORD
            };
        }
        if facts.lex.unused() && morph::is_kk_suffix_chain(word) {
            return cost::UNUSED_SUFFIX_WORD;
        }
    } else if letters <= MAX_LONG_SUFFIX_WORD
        && facts.lex.unused()
        && morph::is_kk_suffix_chain(word)
    {
        let mut stem = false;
        lexicon::each_stem(Lang::Kk, word, |end| {
            stem |= word[..end].chars().nth(MIN_CHAIN_STEM - 1).is_some();
        });
        if !stem {
            return cost::UNUSED_SUFFIX_WORD;
        }
    }
    0.0
}

/// Letters of a word of suffixes at most, in [`suffix_word_cost`].
const MAX_SUFFIX_WORD: usize = 7;
/// Letters of a longer word of suffixes at most, in [`suffix_word_cost`].
const MAX_LONG_SUFFIX_WORD: usize = 10;
/// Letters of a stem that makes a longer word of suffixes a word, in [`suffix_word_cost`].
const MIN_CHAIN_STEM: usize = 5;

/// Kazakh pronouns, and the conjunction `егер` ("if"), that hunspell runs into the word after
/// them (`бізсіздерге`, `Егерменен`); not `ол`, `ал` and the like, which are syllables of many
/// words (`олқылық`, `алтау`).
const RUN_IN_HEADS: &[&str] = &[
    "мен", "сен", "біз", "сіз", "бұл", "осы", "сол", "олар", "егер",
];

pub(super) struct Scorer<'a> {
    pub(super) lang: Lang,
    pub(super) vocab: &'a Vocabulary,
    /// The facts of every candidate asked about with this vocabulary and language: the dynamic
    /// programme asks about each span as a word, as the head of a longer word and as a split-off
    /// tail, and a document's passages ask about the same syllables and words again and again.
    /// Taken from [`FACTS`] for the passage and given back after it.
    memo: RefCell<WordMemo<Facts>>,
    /// What [`Scorer::part`] answered for each candidate, kept like `memo`: a document repeats its
    /// words, split alike, and a candidate's score depends on nothing but its letters, where its
    /// chunks meet, whether it stands as a name, the language and the vocabulary (which sets the
    /// edge costs below).
    scores: RefCell<WordMemo<(f32, Evidence)>>,
    /// The lexicons' facts of every candidate this thread asked about in this language, with any
    /// vocabulary: taken from [`FACTS`] like `memo`.
    lex: RefCell<WordMemo<LexFacts>>,
    /// A buffer for the lowercase form of the candidate being scored.
    lower: RefCell<String>,
    /// The cost of a lone vowel at a joined word's edge in this collection.
    edge_vowel: f32,
    /// The cost of a lone consonant at a joined word's edge, and of a first chunk without a vowel,
    /// in this collection.
    pub(super) edge_consonant: f32,
    edge_no_vowel: f32,
    /// Whether this collection's cuts part a consonant from the vowel after it
    /// ([`Vocabulary::cuts_onsets`]); where they do not, a space there is a word boundary.
    pub(super) onsets_cut: bool,
}

/// A verb stem running text writes alone this often or more (Zipf in hundredths) is no verb
/// before its negation split off: `аса` ("very", 5.52), `қатар` ("row", 5.70), `қала` ("city",
/// 6.02), where `жарияла`, `қобалжы`, `тан` (3.97) are listed rarely or not at all.
const MAX_NEGATED_ZIPF: u16 = 500;

/// Letters of a Russian ending on a name at most, in [`Scorer::inflects_seen_name`]: the case
/// endings of nouns (`-ом`, `-ами`); longer endings are an adjective's or a verb's.
const MAX_NAME_ENDING_RU: usize = 3;

/// Facts are kept for this many candidates per thread at most (a few tens of megabytes).
const FACTS_KEPT: usize = 1 << 20;
/// The lexicons' facts are kept for this many candidates per thread and language at most (about
/// 8 MB each; indexing 10 one-megabyte documents took 18.06 G instructions keeping 2^14, 17.66 G
/// keeping 2^18, 17.73 G keeping 2^20; peak RSS on the 50 MB benchmark corpus 256 MB keeping 2^14,
/// 289 MB keeping 2^18).
const LEX_FACTS_KEPT: usize = 1 << 18;

/// The facts asked on this thread, for one vocabulary (see [`Vocabulary::id`]) and per Cyrillic
/// language: facts depend on nothing else, so the passages of a document share them.
#[derive(Default)]
struct FactsMemo {
    vocab: u64,
    langs: [WordMemo<Facts>; 2],
    /// The score of each candidate (its letters as written and where its chunks meet).
    scores: [WordMemo<(f32, Evidence)>; 2],
    /// The lexicons' part of the facts, per language, for every vocabulary.
    lex: [WordMemo<LexFacts>; 2],
}

thread_local! {
    static FACTS: RefCell<FactsMemo> = RefCell::default();
}

pub(super) fn memo_slot(lang: Lang) -> usize {
    usize::from(lang != Lang::Kk)
}

/// Whether `w`, of `k` chunks with `facts`, is chunks after a capital that the collection shows
/// together twice or more (`Джо ко`): syllables of a name recur together, a name and the word
/// after it less often (and where that word is one running text uses, [`Scorer::part`] weighs it).
fn seen_as_name(w: &str, facts: Facts, k: usize) -> bool {
    k >= 2 && facts.name >= 2 && w.chars().next().is_some_and(is_upper)
}

impl<'a> Scorer<'a> {
    /// A scorer for a passage in `lang`, with the facts this thread already knows for `vocab`.
    pub(super) fn new(lang: Lang, vocab: &'a Vocabulary) -> Scorer<'a> {
        let (memo, scores, lex) = FACTS.with(|m| {
            let mut m = m.borrow_mut();
            if m.vocab != vocab.id() {
                m.vocab = vocab.id();
                // Emptied, not replaced: each keeps its room (no more than `keep_facts` lets it
                // keep) for the next document's facts, which are about as many, instead of growing
                // to it again.
                m.langs.iter_mut().for_each(WordMemo::clear);
                m.scores.iter_mut().for_each(WordMemo::clear);
            }
            let slot = memo_slot(lang);
            (
                std::mem::take(&mut m.langs[slot]),
                std::mem::take(&mut m.scores[slot]),
                std::mem::take(&mut m.lex[slot]),
            )
        });
        // The edge costs are the vocabulary's, as the memos are: what damage its text shows.
        let lone_vowels = vocab.shows_lone_vowels();
        let cut_anywhere = vocab.shows_lone_consonants() || !lone_vowels;
        Scorer {
            lang,
            vocab,
            memo: RefCell::new(memo),
            scores: RefCell::new(scores),
            lex: RefCell::new(lex),
            lower: RefCell::default(),
            edge_vowel: if lone_vowels {
                cost::EDGE_VOWEL
            } else {
                cost::EDGE_LETTER
            },
            edge_consonant: match (cut_anywhere, lang) {
                (false, _) => cost::EDGE_LETTER,
                (true, Lang::Kk) => cost::EDGE_CONSONANT_CUT_KK,
                (true, _) => cost::EDGE_CONSONANT_CUT_RU,
            },
            edge_no_vowel: if cut_anywhere {
                cost::EDGE_NO_VOWEL_CUT
            } else {
                cost::EDGE_NO_VOWEL
            },
            onsets_cut: vocab.cuts_onsets(),
        }
    }

    /// Gives the facts learnt back to this thread's memo, for the next passage.
    pub(super) fn keep_facts(self) {
        let mut memo = self.memo.into_inner();
        let mut scores = self.scores.into_inner();
        let mut lex = self.lex.into_inner();
        // A new table, so that its memory goes back too.
        if memo.len() > FACTS_KEPT {
            memo = WordMemo::default();
        }
        if scores.len() > FACTS_KEPT {
            scores = WordMemo::default();
        }
        if lex.len() > LEX_FACTS_KEPT {
            lex = WordMemo::default();
        }
        FACTS.with(|m| {
            let mut m = m.borrow_mut();
            let slot = memo_slot(self.lang);
            m.lex[slot] = lex;
            if m.vocab == self.vocab.id() {
                m.langs[slot] = memo;
                m.scores[slot] = scores;
            }
        });
    }
}

impl Scorer<'_> {
    fn other(&self) -> Lang {
        if self.lang == Lang::Kk {
            Lang::Ru
        } else {
            Lang::Kk
        }
    }

    pub(super) fn is_function(&self, lower: &str) -> bool {
        is_function_word(self.lang, lower)
    }

    /// Whether lowercase `lower` is a word form the web word lists hold ([`MIN_LISTED`] letters
    /// or more, unknown to the dictionaries).
    pub(super) fn is_listed(&self, lower: &str) -> bool {
        self.lex(lower).listed
    }

    /// Whether lowercase `lower` is a word form the frequency list holds ([`lexicon::zipf`]).
    pub(super) fn is_used(&self, lower: &str) -> bool {
        self.lex(lower).zipf > 0
    }

    /// The facts of a lowercase candidate, asked of the lexicons once per passage.
    fn facts(&self, lower: &str) -> Facts {
        let key = Key::of(lower);
        if let Some(f) = self.memo.borrow().get(key) {
            return f;
        }
        let lex = self.lex_facts(lower, key);
        let (count, name) = self.vocab.counts_of(key);
        let vocab = count > 0;
        let vocab_stem = lex.dict.is_none()
            && !vocab
            && match self.lang {
                Lang::Kk => self.vocab.has_kk_stem_of(lower),
                _ => self.vocab.has_ru_stem_of(lower),
            };
        let facts = Facts {
            lex,
            vocab,
            vocab_stem,
            name: name.try_into().unwrap_or(u16::MAX),
        };
        self.memo.borrow_mut().insert(key, facts);
        facts
    }

    /// The lexicons' facts of a lowercase candidate, asked once per thread and language.
    fn lex_facts(&self, lower: &str, key: Key) -> LexFacts {
        if let Some(f) = self.lex.borrow().get(key) {
            return f;
        }
        let dict = if lexicon::check_lower(self.lang, lower) {
            Some(Evidence::Dict)
        } else if lexicon::check_lower(self.other(), lower) {
            Some(Evidence::OtherDict)
        } else {
            None
        };
        let zipf = lexicon::zipf(self.lang, key);
        let kazakh_unknown = self.lang == Lang::Kk && dict.is_none();
        let listed = dict.is_none()
            && lower.chars().nth(MIN_LISTED - 1).is_some()
            && (zipf > 0 || lexicon::listed(self.lang, key));
        // A stem the dictionaries or the stem list know, or a compound of the web lists (which
        // hold a word's form whole, not as a stem: asked only of forms they do not hold).
        let parsed = dict.is_none()
            && (morph::stem_plus_ending(self.lang, lower)
                || (kazakh_unknown && !listed && morph::listed_plus_inflection(lower)));
        let (loan, loan_inflected) = if kazakh_unknown {
            morph::loans(lower, !parsed, !listed)
        } else {
            (false, false)
        };
        let facts = LexFacts {
            dict,
            morph: parsed,
            seen: lexicon::prior(self.lang, lower),
            listed,
            zipf,
            other_listed: kazakh_unknown
                && (lexicon::zipf(Lang::Ru, key) > 0 || lexicon::listed(Lang::Ru, key)),
            loan,
            loan_inflected,
        };
        self.lex.borrow_mut().insert(key, facts);
        facts
    }

    fn dict(&self, lower: &str) -> Option<(f32, Evidence)> {
        self.lex(lower).dict()
    }

    /// What the lexicons alone say of a lowercase candidate, asked of the collection's vocabulary
    /// nothing: kept from document to document on the thread.
    fn lex(&self, lower: &str) -> LexFacts {
        self.lex_facts(lower, Key::of(lower))
    }

    /// Evidence for a word `w` of `k` chunks without looking inside it.
    fn whole(&self, w: &str, lower: &str, k: usize) -> (f32, Evidence) {
        self.whole_of(w, lower, self.facts(lower), k)
    }

    /// [`Scorer::whole`] with the facts of `w` at hand.
    fn whole_of(&self, w: &str, lower: &str, facts: Facts, k: usize) -> (f32, Evidence) {
        if let Some(d) = facts.lex.dict() {
            return d;
        }
        // A loanword with Kazakh endings, not a name run into the word after it.
        let morph = facts.lex.morph || (facts.lex.loan && !w.starts_with(is_upper));
        if k >= 2 && (facts.vocab || self.seen_spelt_russian(w)) {
            return (cost::VOCAB, Evidence::Vocab);
        }
        if k >= 2 && facts.lex.listed {
            // Two lexicons agree: running text uses the form, and the suffix grammar parses it
            // (`ал май сыз` → `алмайсыз`, not `ал майсыз`).
            if morph {
                return (cost::LISTED_MORPH, Evidence::Listed);
            }
            return (cost::LISTED, Evidence::Listed);
        }
        if k >= 2 && facts.vocab_stem {
            return (cost::VOCAB_STEM, Evidence::Vocab);
        }
        // A name Russian text writes alike (`Том ми` → `Томми`, `Буб ба` → `Бубба`): a foreign name
        // is spelt in Kazakh as in Russian, and Russian's list holds many more of them.
        // (Asked last of a name with a Kazakh ending, `Розенштейн` + `ді`: only capitalized words
        // need it.)
        if k >= 2
            && w.starts_with(is_upper)
            && (facts.lex.other_listed
                || (self.lang == Lang::Kk && morph::russian_plus_inflection(lower)))
        {
            return (cost::OTHER_LISTED_NAME, Evidence::Listed);
        }
        // A name split alike in two places or more (`Джо ко`): syllables of a name recur together,
        // a name and the word after it seldom do.
        if seen_as_name(w, facts, k) {
            return (cost::NAME_SEEN, Evidence::Vocab);
        }
        // A loanword as Russian text writes it, with Kazakh inflections only (`кеп ка сын` →
        // `кепкасын`, not `кеп касын`).
        if k >= 2 && facts.lex.loan_inflected && !w.starts_with(is_upper) {
            return (cost::LOAN_INFLECTED, Evidence::Morph);
        }
        if morph {
            let c = if k == 1 {
                cost::MORPH_WHOLE
            } else {
                cost::MORPH
            };
            return (c, Evidence::Morph);
        }
        let join = if w.chars().next().is_some_and(is_upper) {
            cost::NAME_JOIN
        } else {
            cost::UNKNOWN_JOIN
        };
        (cost::UNKNOWN + join * (k as f32 - 1.0), Evidence::Unknown)
    }

    /// Whether `w`, a capitalized Kazakh candidate, is a name the collection spells the Russian way
    /// (`Күзембаева` beside `Кузембаева`).
    fn seen_spelt_russian(&self, w: &str) -> bool {
        self.lang == Lang::Kk
            && w.starts_with(is_upper)
            && w.contains(kk::is_specific_letter)
            && self
                .vocab
                .counts(&russian_spelling(&crate::lang::lower(w)))
                .0
                > 0
    }

    /// Evidence for one letter-only word `w` (no hyphen), and its lowercase where at hand;
    /// `bounds` are where its chunks meet, and how often running text uses it; `name`: whether it
    /// stands as a name does, capitalized inside a sentence.
    fn part(&self, w: &str, lower: Option<&str>, bounds: &[usize], name: bool) -> (f32, Evidence) {
        let key = Key::tagged(w, candidate_tag(bounds, name));
        if let Some(answer) = self.scores.borrow().get(key) {
            return answer;
        }
        let answer = match lower {
            Some(lower) => self.score_part(w, lower, bounds, name),
            None => {
                // Lowercased into the scorer's buffer.
                let mut lower = self.lower.take();
                lower.clear();
                crate::lang::push_lower(&mut lower, w);
                let answer = self.score_part(w, &lower, bounds, name);
                self.lower.replace(lower);
                answer
            }
        };
        self.scores.borrow_mut().insert(key, answer);
        answer
    }

    /// [`Scorer::part`] worked out, with the lowercase of `w`.
    fn score_part(&self, w: &str, lower: &str, bounds: &[usize], name: bool) -> (f32, Evidence) {
        let facts = self.facts(lower);
        let (score, evidence) = self.part_lower(w, lower, facts, bounds, name);
        let score = score + cost::seen(self.lang, facts.lex.seen.into(), facts.lex.zipf);
        let (score, evidence) = match self.after_combining_form(w, lower, bounds) {
            Some(rest) if rest > score => (rest, Evidence::Morph),
            _ => (score, evidence),
        };
        // A word split before a suffix that spells a word scores at least as its two pieces do
        // (a word a lexicon knows keeps its evidence: `мәлімдеп`).
        match self.split_suffix(w, lower, bounds, name) {
            Some(split) if split > score => {
                let known = matches!(
                    evidence,
                    Evidence::Dict | Evidence::Vocab | Evidence::Listed
                );
                (split, if known { evidence } else { Evidence::Morph })
            }
            _ => (score, evidence),
        }
    }

    /// The score of Kazakh `w` (lowercase `lower`, its chunks meeting at `bounds`) read as a
    /// combining form ([`morph::is_combining_form`]) and the word after it (`нейро` + `желілер`,
    /// `гео` + `парктер`): the word's own score and [`cost::COMBINED`]. `None` where no chunk
    /// boundary closes a combining form, or less than a word of three letters follows. (Russian's
    /// dictionary and word frequencies know its compounds: `электростанция`, `геополитика`.)
    fn after_combining_form(&self, w: &str, lower: &str, bounds: &[usize]) -> Option<f32> {
        if self.lang != Lang::Kk {
            return None;
        }
        let (n, &b) = bounds
            .iter()
            .take_while(|&&b| b <= morph::MAX_COMBINING_BYTES)
            .enumerate()
            .find(|&(_, &b)| lower.get(..b).is_some_and(morph::is_combining_form))?;
        let (rest, rest_lower) = (w.get(b..)?, lower.get(b..)?);
        // A word of three letters at least.
        rest_lower.chars().nth(2)?;
        let mut inner = [0; MAX_SPAN];
        let shifted = &bounds[n + 1..];
        for (slot, &c) in inner.iter_mut().zip(shifted) {
            *slot = c - b;
        }
        let (score, _) = self.part(rest, Some(rest_lower), &inner[..shifted.len()], false);
        Some(score + cost::COMBINED)
    }

    /// The score of Kazakh `w` (lowercase `lower`, its chunks meeting at `bounds`) read as a word
    /// split at a chunk boundary before a suffix that the piece before calls for, where the piece
    /// after spells a word too: a verb's negation ([`morph::negates_verb`]: `жарияла мадық`,
    /// `қобалжы маған`), the suffix that makes a noun a verb ([`morph::verbalizes`]: `мәлім деп`),
    /// a participle parted after its vowel ([`morph::ends_participle`]: `соға тындығын`), a noun's
    /// plural or locative ([`morph::inflects_agreeing`]: `комитет тегі`). The score is the two
    /// pieces' and [`cost::SPLIT_SUFFIX`]: the suffix grammar alone scores such a word below its
    /// pieces, which spell frequent words. `None` where no boundary parts a word so.
    fn split_suffix(&self, w: &str, lower: &str, bounds: &[usize], name: bool) -> Option<f32> {
        if self.lang != Lang::Kk {
            return None;
        }
        let mut best: Option<f32> = None;
        for (n, &b) in bounds.iter().enumerate() {
            // (`w` and `lower` meet at the same bytes but for a letter whose lowercase is longer.)
            let (Some(head), Some(tail), Some(w_head), Some(w_tail)) =
                (lower.get(..b), lower.get(b..), w.get(..b), w.get(b..))
            else {
                continue;
            };
            // The suffixes are a consonant and `а` or `е`, or the participle's `тын`/`тін`: told
            // first, most tails are none.
            let mut opening = tail.chars();
            if !matches!(
                (opening.next(), opening.next()),
                (Some('м' | 'б' | 'п' | 'л' | 'д' | 'т'), Some('а' | 'е'))
                    | (Some('т'), Some('ы' | 'і'))
            ) {
                continue;
            }
            // The negation alone is also how a verb reads before the question particle (`бұза
            // ма`); a verb stem running text writes alone is likelier another word (`аса`, "very";
            // `қатар`, "row").
            let negation = || {
                tail.chars().nth(2).is_some()
                    && morph::negates_verb(head, tail)
                    && self.lex(head).zipf < MAX_NEGATED_ZIPF
            };
            // A noun's own plural or locative, where the tail spells a word too (`тағы`,
            // "again"): not after a word that takes no such ending (a function word, a verb form,
            // a case).
            let ending = || {
                morph::inflects_agreeing(head, tail)
                    && !self.is_function(head)
                    && !clitics::is_verb_form(head)
                    && !particle_follows(head)
            };
            if !negation()
                && !morph::verbalizes(head, tail)
                && !morph::ends_participle(head, tail)
                && !ending()
            {
                continue;
            }
            let mut tail_bounds = [0; MAX_SPAN];
            let after = &bounds[n + 1..];
            for (t, &at) in tail_bounds.iter_mut().zip(after) {
                *t = at - b;
            }
            let (h, _) = self.part(w_head, Some(head), &bounds[..n], name);
            let (t, _) = self.part(w_tail, Some(tail), &tail_bounds[..after.len()], false);
            let score = h + t + cost::SPLIT_SUFFIX;
            best = Some(best.map_or(score, |s| s.max(score)));
        }
        best
    }

    fn part_lower(
        &self,
        w: &str,
        lower: &str,
        facts: Facts,
        bounds: &[usize],
        name: bool,
    ) -> (f32, Evidence) {
        let k = bounds.len() + 1;
        if k == 1 {
            if self.is_function(lower) {
                return (cost::FUNCTION, Evidence::Function);
            }
            if self.lang == Lang::Kk && morph::is_combining_form(lower) {
                return (cost::FRAGMENT, Evidence::Fragment);
            }
            // (Counted once for the questions below.)
            let letters = lower.chars().count();
            let short = if letters <= 3 { cost::SHORT } else { 0.0 };
            // A bare suffix (`ның`, `дағы`) is rarely a word of its own, even when it spells one,
            // and hardly ever one that running text never writes alone.
            let suffix = self.lang == Lang::Kk && letters <= 5 && morph::is_kk_suffix_chain(lower);
            if let Some((c, e)) = facts.lex.dict() {
                // A name's first syllable rather than a common word capitalized.
                let capital = if name && self.lang == Lang::Kk && letters <= 2 {
                    cost::SHORT_CAPITAL
                } else {
                    0.0
                };
                let c = c
                    + capital
                    + short
                    + match suffix {
                        false => 0.0,
                        true if facts.lex.unused() => cost::UNUSED_SUFFIX_WORD,
                        true => cost::SUFFIX_WORD,
                    };
                // Short words of the other language are rare in running text; as syllables, they
                // are everywhere (`ко`, `дом`, `сон` in Kazakh text).
                let other_short = if e == Evidence::OtherDict && letters <= 4 {
                    cost::OTHER_SHORT
                } else {
                    0.0
                };
                return (c + other_short, e);
            }
            if suffix || self.is_fragment(lower) {
                return (cost::FRAGMENT, Evidence::Fragment);
            }
            return self.whole_of(w, lower, facts, 1);
        }
        // Syllables have vowels and rarely a single letter at a word's edge: a lone letter there is
        // likelier a word of its own (`в начале`, `с ними`, `он и`).
        let first = &lower[..bounds[0].min(lower.len())];
        let last = &lower[bounds[k - 2].min(lower.len())..];
        let mut edge = 0.0;
        if !first.chars().any(is_cyrillic_vowel) {
            edge += self.edge_no_vowel;
        }
        for part in [first, last] {
            let mut letters = part.chars();
            if let (Some(c), None) = (letters.next(), letters.next()) {
                edge += if is_cyrillic_vowel(c) {
                    self.edge_vowel
                } else {
                    self.edge_consonant
                };
            }
        }
        let mut best = self.whole_of(w, lower, facts, k);
        // Russian `не` never stands before the relative `который`: `не ко то рая` is
        // `некоторая` ("some"), though `не` and `которая` are each far more frequent.
        if self.lang == Lang::Ru
            && first == "не"
            && lower[first.len()..].starts_with("котор")
            && best.1 == Evidence::Dict
        {
            best.0 += cost::RU_NE_RELATIVE;
        }
        // A pronoun run into the word after it, which hunspell's Kazakh spells as one (`Біз
        // сіздерге` → `Бізсіздерге`) but running text never writes ([`RUN_IN_HEADS`]).
        if self.lang == Lang::Kk
            && best.1 == Evidence::Dict
            && facts.lex.unused()
            && lower
                .get(..bounds[0])
                .is_some_and(|head| RUN_IN_HEADS.contains(&head))
            && lower
                .get(bounds[0]..)
                .is_some_and(|tail| tail.chars().nth(2).is_some() && !self.lex(tail).unused())
        {
            best.0 += cost::FUNCTION_RUN_IN;
        }
        // The particle `да` split off a word that takes no locative after it: a case ending
        // (`шынымен де`, `оның да`) or a verb form (`құтқарып та`, `десек те`). Dictionaries and
        // the suffix grammar spell such words (`шыныменде`), but Kazakh stacks no second case.
        if self.lang == Lang::Kk && matches!(last, "да" | "де" | "та" | "те") {
            let head = &lower[..bounds[k - 2]];
            if particle_follows(head) {
                best.0 += cost::CASE_ON_CASE;
            }
        }
        // A name Russian text uses with Kazakh endings (`Ниль се ннің`), where the name ends
        // inside a chunk: the ending cannot be a word of its own there, as it can after a whole
        // chunk (`Спенс алыс`).
        if best.1 == Evidence::Unknown
            && facts.lex.loan
            && w.starts_with(is_upper)
            && morph::loan_plus_ending_where(lower, |at| !bounds.contains(&at))
        {
            best = (cost::MORPH, Evidence::Morph);
        }
        // A Russian name the collection shows split after a capital twice or more, here with a
        // case ending that begins inside its last chunk (`Пей ли на` where `Пей лин` stands
        // twice): a declined name is cut across its ending, so that none of its chunks spells
        // the name. (Kazakh endings open a syllable of their own, `Тай гер дің`, and are weighed
        // below; counted there, a name and the word after it recurring as a phrase joined
        // more often than an inflected name did: `Пеп па то рай ды`.)
        if best.1 == Evidence::Unknown
            && name
            && self.lang == Lang::Ru
            && self.inflects_seen_name(lower, bounds)
        {
            best = (cost::NAME_SEEN, Evidence::Vocab);
        }
        best.0 += edge;
        // A word no lexicon knows, or only the suffix grammar, that swallows a whole dictionary
        // word at its end (`Трамп обещал` → `Трампобещал`, `орындалмас арманы` →
        // `орындалмасарманы`): the words are likelier apart. Inflections spell words too (`дағы`)
        // and do not count.
        // So does a name seen split alike (`Пеп па то рай ды`, a name and a word recurring as a
        // phrase: `торай`, "piglet").
        // (A word running text uses, there: the dictionary's paradigms make words of a name's
        // syllables, `Мен ганың`.)
        let name_seen = best.1 == Evidence::Vocab && !facts.vocab && seen_as_name(w, facts, k);
        let swallows = (matches!(best.1, Evidence::Unknown | Evidence::Morph) || name_seen)
            && bounds.iter().any(|&b| {
                lower.get(b..).is_some_and(|tail| {
                    tail.chars().nth(MIN_SWALLOWED - 1).is_some()
                        && self.dict(tail).is_some_and(|d| d.1 == Evidence::Dict)
                        && !(self.lang == Lang::Kk && morph::is_kk_inflection_chain(tail))
                        && (!name_seen || self.lex(tail).zipf > 0)
                })
            });
        if swallows {
            best.0 += cost::SWALLOWS_WORD;
        }
        if best.1 == Evidence::Unknown {
            best.0 += self.run_together(lower, bounds, k);
        }
        // A Kazakh word no lexicon knows that goes on past a genitive or an ablative ending at a
        // chunk boundary into a word of running text (`Флейшердің сынына` as
        // `Флейшердіңсынына`): those cases end a word.
        if best.1 == Evidence::Unknown
            && self.lang == Lang::Kk
            && bounds.iter().any(|&b| {
                lower.get(..b).is_some_and(ends_in_full_case)
                    && lower.get(b..).is_some_and(|tail| {
                        tail.chars().nth(2).is_some() && {
                            let f = self.lex(tail);
                            f.dict.is_some() || f.morph || f.listed || f.zipf > 0
                        }
                    })
            })
        {
            best.0 += cost::PAST_CASE;
        }
        if best.1 == Evidence::Unknown {
            best.0 += self.name_tail(w, last);
        }
        if self.lang == Lang::Kk {
            best.0 += suffix_word_cost(lower, facts);
        }
        if best.1 == Evidence::Dict || best.1 == Evidence::Vocab {
            return best;
        }
        // A word plus an inflection split off at a chunk boundary (`Македония ның`, `Джонс қа`).
        for (n, &b) in bounds.iter().enumerate() {
            if k - n - 1 > MAX_TAIL || !w.is_char_boundary(b) || !lower.is_char_boundary(b) {
                continue;
            }
            let (head, tail) = (&w[..b], &lower[b..]);
            let head_lower = &lower[..b];
            // A tail that is a longer word of its own (`деген`, `пайда`) is a word, not an ending.
            // (Asked last: most tails are no suffix chain at all.)
            let word_tail = || {
                tail.chars().count() > 3
                    && self.dict(tail).is_some()
                    && !morph::is_kk_inflection_chain(tail)
            };
            // A negated verb after a word in a case (`ештеңеде` + `меді`) is no word: only what
            // follows a case may follow it ([`morph::follows_a_case`]).
            let negation_after_case = || {
                morph::opens_with_negation(tail)
                    && ends_in_case(head_lower)
                    && !morph::follows_a_case(head_lower, tail)
            };
            // A name's own inflections, agreeing with it as written (`Гарвард тағы`, `Рейнджерс
            // тердің`): an ending though they spell a word, and no guess of the suffix grammar's,
            // to be trusted less the longer it is. (Clitics are weighed in their context.)
            let name_ending = name
                && self.lang == Lang::Kk
                && !is_case_clitic(tail)
                && morph::is_kk_inflection_chain(tail)
                && !closed_by_case(head_lower)
                && inflects(lower, b);
            let inflection = match self.lang {
                _ if name_ending => cost::NAME_ENDING,
                Lang::Kk if is_case_clitic(tail) => {
                    // A case ending takes no second case, nor a verb form a case: after
                    // `салмаққа`, `оның` or `құтқарып`, `да` is the particle and `мен` the
                    // conjunction.
                    if ends_in_case(head_lower) || clitics::takes_no_locative(head_lower) {
                        continue;
                    }
                    // Nor an ending that disagrees with a common word (a foreign name's vowels
                    // may not tell its row: `Бетеста` + `дағы`).
                    if !head.starts_with(is_upper) && !morph::case_clitic_agrees(head_lower, tail) {
                        continue;
                    }
                    if tail.ends_with('н') {
                        cost::CLITIC_WITH
                    } else {
                        cost::CLITIC_LOCATIVE
                    }
                }
                Lang::Kk
                    if morph::kk_suffix_chain(head_lower, tail)
                        && !self.is_function(tail)
                        && !word_tail()
                        && !closed_by_case(head_lower)
                        && !negation_after_case() =>
                {
                    cost::SUFFIX
                }
                Lang::Ru if morph::is_ru_ending(tail) && self.dict(tail).is_none() => cost::SUFFIX,
                _ => continue,
            };
            // Function words (`деп`, `емес`, `бар`) take no endings here.
            if self.is_function(head_lower) {
                continue;
            }
            // Long tails are likelier words than endings: the suffix grammar accepts more than
            // Kazakh does, so trust it less the more it has to explain. Not a chain of
            // inflections alone (plural, possessive, case: `тардың`, `лерімен`), which a split
            // leaves of a word as often as a short one (`американдық тардан`, `европалық
            // тармен`).
            let long =
                if name_ending || (self.lang == Lang::Kk && morph::is_kk_inflection_chain(tail)) {
                    0.0
                } else {
                    tail.chars().count().saturating_sub(3) as f32
                };
            let inflection = inflection + cost::SUFFIX_PER_LETTER * long;
            let (h, head_evidence) = self.whole(head, head_lower, n + 1);
            // An ending split off a head that is itself only a suffix-grammar guess stacks two
            // guesses; a head no lexicon knows pays for the words run together in it, as a
            // whole word does, and a name gains for ending in what names end in, as it would
            // standing alone (`Хазельтин де` → `Хазельтинде`, `тин` ends many names).
            let h = match head_evidence {
                Evidence::Morph => h + cost::MORPH_HEAD,
                Evidence::Unknown if n > 0 && name => {
                    h + self.run_together(lower, bounds, n + 1)
                        + self.name_tail(head, &lower[bounds[n - 1]..b])
                }
                Evidence::Unknown => h + self.run_together(lower, bounds, n + 1),
                _ => h,
            };
            if h + inflection + edge > best.0 {
                best = (h + inflection + edge, Evidence::Morph);
            }
        }
        best
    }

    /// Whether lowercase Russian `lower`, of chunks meeting at `bounds`, is a name the collection
    /// shows split after a capital twice or more ([`Vocabulary::counts`]) and an ending of up to
    /// [`MAX_NAME_ENDING_RU`] letters that begins inside the last chunk.
    fn inflects_seen_name(&self, lower: &str, bounds: &[usize]) -> bool {
        let Some((start, chunk)) = bounds.last().and_then(|&b| Some((b, lower.get(b..)?))) else {
            return false;
        };
        chunk.char_indices().skip(1).any(|(at, _)| {
            let (base, ending) = lower.split_at(start + at);
            ending.chars().nth(MAX_NAME_ENDING_RU).is_none()
                && morph::is_ru_ending(ending)
                && self.vocab.counts(base).1 >= 2
        })
    }

    /// For `w`, a word of two chunks or more that no lexicon knows, whose last chunk is lowercase
    /// `last`: if capitalized, this much for ending in what names end in (`Уот сон`, `Том ми`)
    /// rather than in a word of its own. A last chunk of one letter tells nothing (but a Russian
    /// vowel, which is a word): it stands alone nowhere, so that every name seems to end in it
    /// (`Дешамбоны ода н`).
    fn name_tail(&self, w: &str, last: &str) -> f32 {
        if w.starts_with(is_upper)
            && (last.chars().nth(1).is_some()
                || (self.lang == Lang::Ru && last.chars().all(is_cyrillic_vowel)))
        {
            cost::NAME_TAIL * lexicon::name_tail_odds(self.lang, last)
        } else {
            0.0
        }
    }

    /// The cost of an unknown word made of the first `k` chunks of lowercase `lower` (`bounds`:
    /// where chunks meet) for the words run together in it:
    /// - [`cost::RUN_TOGETHER`] for each inner chunk, in a word of four chunks or more, that is a
    ///   word of its own (`Спит был неп р еклонен от ти`);
    /// - [`cost::LONG_PIECE`] for each chunk of [`MIN_LONG_PIECE`] letters or more that a lexicon
    ///   knows (`Әдіс пациенттен иммун` → `Әдіспациенттениммун`): syllables are shorter, so a
    ///   long chunk is a word the damage left whole, not a piece of this one.
    fn run_together(&self, lower: &str, bounds: &[usize], k: usize) -> f32 {
        let piece = |n: usize| {
            let from = if n == 0 { 0 } else { bounds[n - 1] };
            let to = bounds.get(n).copied().unwrap_or(lower.len());
            &lower[from..to]
        };
        let mut cost = 0.0;
        if k >= 4 {
            let inner = (1..k - 1)
                .filter(|&n| {
                    let piece = piece(n);
                    piece.chars().nth(2).is_some()
                        && (self.is_function(piece)
                            || self.dict(piece).is_some_and(|d| d.1 == Evidence::Dict))
                })
                .count();
            cost += cost::RUN_TOGETHER * inner as f32;
        }
        let long = (0..k)
            .filter(|&n| {
                let piece = piece(n);
                piece.chars().nth(MIN_LONG_PIECE - 1).is_some() && {
                    let f = self.lex(piece);
                    f.dict.is_some() || f.morph || f.listed || f.zipf > 0
                }
            })
            .count();
        cost + cost::LONG_PIECE * long as f32
    }

    /// Whether the letters of `w` (the candidate one chunk shorter than the next to score), but
    /// for the last few that an inflection may have changed (`североатлантическо` against the base
    /// `североатлантический`), begin a dictionary word; `lower`: its lowercase letter for letter
    /// ([`Lowered`]), where at hand.
    pub(super) fn begins_an_entry(&self, w: &str, lower: Option<&str>) -> bool {
        // All but the last few letters.
        let head = |letters: &str| {
            let end = letters
                .char_indices()
                .rev()
                .nth(INFLECTED_LETTERS - 1)
                .map_or(0, |(at, _)| at);
            lexicon::begins_an_entry(&letters[..end])
        };
        // A lowercase of letters only (the usual candidate) is the letters themselves: a letter
        // lowercases into a letter, and nothing else into one.
        if let Some(lower) = lower.filter(|l| l.chars().all(letter)) {
            return head(lower);
        }
        let mut letters = self.lower.take();
        letters.clear();
        for c in w.chars().filter(|&c| letter(c)) {
            letters.push(crate::lang::lower_char(c).unwrap_or(c));
        }
        let begins = head(&letters);
        self.lower.replace(letters);
        begins
    }

    /// Whether candidate `w` may still grow into a word with more chunks: its letters begin a
    /// dictionary word (but for the last few, see [`Scorer::begins_an_entry`]), a word the
    /// collection shows whole (`денуклеари`), or, from [`lexicon::LISTED_HEAD`] letters, a word
    /// form of the web word lists (`видеорегистра`); `lower`: its lowercase, where at hand. Asking
    /// the lists (from 8 letters; 6 did alike, 11 lost three tune words) gained 0.01–0.04 points
    /// on most tune rows of NTREX lines 701–1000, none lost.
    pub(super) fn may_grow(&self, w: &str, lower: Option<&str>) -> bool {
        if self.begins_an_entry(w, lower) {
            return true;
        }
        let owned;
        let lower = match lower {
            Some(lower) => core(lower),
            None => {
                owned = crate::lang::lower(core(w));
                &owned
            }
        };
        self.vocab.begins_a_word(lower) || lexicon::begins_a_listed_word(self.lang, lower)
    }

    /// A piece that cannot be a word on its own.
    fn is_fragment(&self, lower: &str) -> bool {
        let Some(first) = first_char(lower) else {
            return false;
        };
        let has_vowel = lower.chars().any(is_cyrillic_vowel);
        if !has_vowel || lower.chars().count() <= 2 {
            return true;
        }
        match self.lang {
            Lang::Kk => matches!(first, 'ң' | 'ь' | 'ъ') || morph::is_kk_suffix(lower),
            _ => matches!(first, 'ь' | 'ъ' | 'ы' | 'й') || morph::is_ru_ending(lower),
        }
    }

    /// Scores a candidate word: the joined text of its chunks (leading and trailing punctuation
    /// ignored; `bounds` are where chunks meet), each inner hyphen scored part by part; `lower`:
    /// the joined text lowercased into as many bytes, where at hand; `name`: whether it stands as
    /// a name does ([`Scorer::part`]); `letters`: `true` where its chunks already told that it is
    /// letters only, at its edges too (else it is read here).
    pub(super) fn word(
        &self,
        joined: &str,
        lower: Option<&str>,
        bounds: &[usize],
        name: bool,
        letters: bool,
    ) -> (f32, Evidence) {
        let k = bounds.len() + 1;
        // Letters only, it is its own core.
        let core = if letters { joined } else { core(joined) };
        let core_start = core.as_ptr() as usize - joined.as_ptr() as usize;
        if core.is_empty() || !core.chars().any(is_cyrillic) {
            return (cost::DICT, Evidence::Dict);
        }
        // All letters (so no hyphen) is the usual case, told in one pass over the bytes.
        let all_letters = letters || crate::lang::all_letters(core);
        if all_letters || !core.contains('-') {
            if all_letters {
                // Where the chunks meet inside the core (a span has at most MAX_SPAN chunks).
                let mut inner = [0; MAX_SPAN];
                let mut n = 0;
                for &b in bounds {
                    if b > core_start && b < core_start + core.len() && n < MAX_SPAN {
                        inner[n] = b - core_start;
                        n += 1;
                    }
                }
                // A number's ending (`”6-шы`) with a word glued on (`”6-шықарашадан`): the ending
                // was complete where its chunk ended.
                let core_lower = lower.map(|l| &l[core_start..core_start + core.len()]);
                let glued = self.lang == Lang::Kk
                    && n > 0
                    && joined[..core_start].ends_with('-')
                    && number_ending(&match core_lower {
                        Some(l) => Cow::Borrowed(&l[..inner[0]]),
                        None => Cow::Owned(crate::lang::lower(&core[..inner[0]])),
                    });
                let (s, e) = self.part(core, core_lower, &inner[..n], name);
                return (if glued { s + cost::FRAGMENT } else { s }, e);
            }
            // Digits or symbols inside: leave as it is unless it had to be joined.
            return (
                cost::UNKNOWN + cost::UNKNOWN_JOIN * (k as f32 - 1.0),
                Evidence::Unknown,
            );
        }
        // A hyphenated form (`сондай-ақ`, `НАТО-ның`, `20-летнего`): every part must hold up.
        let mut total = 0.0;
        let mut worst = Evidence::Dict;
        let mut at = core_start;
        let mut after_code = false;
        for p in core.split('-') {
            let (from, to) = (at, at + p.len());
            at = to + 1;
            if p.is_empty() {
                continue;
            }
            // An acronym or a number takes its Kazakh endings after a hyphen (`НАТО-ның`, `20-да`).
            let code = std::mem::replace(&mut after_code, morph::is_code(p));
            let p_lower = lower.map(|l| &l[from..to]);
            // Inflections or an ordinal, not a derivation: `PNG-де тір` is no `PNG-детір`.
            if code
                && self.lang == Lang::Kk
                && number_ending(&p_lower.map_or_else(|| crate::lang::lower(p), String::from))
            {
                continue;
            }
            // A letter alone after the hyphen (`Нью-Й орк`) was cut off by a cut that took the
            // hyphen for a letter: the part is read as one piece, without a lone letter's edge.
            // After a number or an acronym it is an ending (`4-х игроков`).
            let after_hyphen = from > core_start && !code;
            let first_letter = p.chars().next().map_or(0, char::len_utf8);
            // (On the stack: a span has at most MAX_SPAN chunks.)
            let (mut inner, mut n) = ([0; MAX_SPAN], 0);
            for &b in bounds {
                if b > from && b < to && !(after_hyphen && b == from + first_letter) && n < MAX_SPAN
                {
                    inner[n] = b - from;
                    n += 1;
                }
            }
            let inner = &inner[..n];
            // Capitals are an acronym (`АҚШ-тың`), but one capital letter ending the form is
            // a piece of the next word (`Нью-Й орк`).
            let piece = at > core_start + core.len() && p.chars().nth(1).is_none();
            let symbols = p.chars().any(|c| !letter(c) && !c.is_ascii_digit());
            let (s, e) = if symbols && !inner.is_empty() {
                // Symbols inside a part joined from chunks (`км/ч и со вс-`/`ей` as
                // `км/чисовс-ей`): as a word with symbols inside is, left as written unless it
                // had to be joined.
                (
                    cost::UNKNOWN + cost::UNKNOWN_JOIN * inner.len() as f32,
                    Evidence::Unknown,
                )
            } else if (morph::is_code(p) && !piece) || p.chars().any(|c| !letter(c)) {
                (cost::DICT, Evidence::Dict)
            } else if from == core_start
                && at <= core_start + core.len()
                && ((lone_lowercase(p) && !contraction_tail(&joined[at..core_start + core.len()]))
                    || (self.lang == Lang::Ru && inner.is_empty() && syllable_opener(p)))
            {
                // A lowercase letter opening the form is the last letter of the word before it,
                // cut off with the next syllable (`Бернер с-Ли`, `прес с-секретарь`): a
                // preposition takes no hyphen. So are two in Russian (`Парф юм ер
                // но-косметич еск ий`). A contraction's first letter (`г-н`, `г-жа`, `д-р`)
                // stands before a short lowercase tail.
                let (s, e) = self.part(p, p_lower, inner, false);
                (s + self.edge_consonant, e)
            } else {
                self.part(p, p_lower, inner, false)
            };
            total += (s - cost::DICT).min(0.0);
            if s < cost::DICT {
                worst = e;
            }
        }
        // A Kazakh paired word that took the word before it into its first part (`адам наным-сенім`
        // as `адамнаным-сенім`): the pair is written with its hyphen from a chunk inside that part.
        let core_lower = lower.map(|l| &l[core_start..core_start + core.len()]);
        if self.lang == Lang::Kk && swallows_word_before(core, core_lower, core_start, bounds) {
            total += cost::PAIR_SWALLOWED;
        }
        (cost::DICT + total, worst)
    }
}

/// Whether hyphenated Kazakh `core` (its lowercase `core_lower` where at hand; starting at byte
/// `core_start` of a candidate whose chunks meet at `bounds`) has a first part of two chunks or more whose last chunks, with the letters
/// after the hyphen, begin a word of running text ([`lexicon::opens_hyphenated_pair_kk`]) where the
/// whole first part begins none: `адамнаным-сенім`, of `наным-сенімдері`.
fn swallows_word_before(
    core: &str,
    core_lower: Option<&str>,
    core_start: usize,
    bounds: &[usize],
) -> bool {
    let Some(hyphen) = core.find('-') else {
        return false;
    };
    let lower = core_lower.map_or_else(|| Cow::Owned(crate::lang::lower(core)), Cow::Borrowed);
    if lower.len() != core.len() || lexicon::opens_hyphenated_pair_kk(&lower) {
        return false;
    }
    bounds
        .iter()
        .filter(|&&b| b > core_start && b < core_start + hyphen)
        .any(|&b| {
            let at = b - core_start;
            // (A letter whose lowercase is as long but cut elsewhere leaves no slice: no match.)
            lower.get(at..).is_some_and(|tail| {
                lower
                    .get(at..hyphen)
                    .is_some_and(|l| l.chars().nth(1).is_some())
                    && lexicon::opens_hyphenated_pair_kk(tail)
            })
        })
}

/// Whether `p`, the first part of a Russian hyphenated form, is two lowercase letters that open
/// no hyphenated word (`но-косметический` is the end of `парфюмерно-косметический`), unlike
/// `по-русски`, `из-за`, `во-первых`, `ну-ка`, `да-да`.
fn syllable_opener(p: &str) -> bool {
    let mut chars = p.chars();
    let two = chars.next().is_some_and(char::is_lowercase)
        && chars.next().is_some_and(char::is_lowercase)
        && chars.next().is_none();
    two && !matches!(
        p,
        "по" | "из" | "во" | "ну" | "да" | "ой" | "ай" | "ах" | "ох" | "эх"
    )
}

/// Whether `p` is one lowercase letter.
fn lone_lowercase(p: &str) -> bool {
    let mut chars = p.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.next().is_none()
}

/// Whether `rest`, what follows the first hyphen of a form, is the tail of a contraction (`н` in
/// `г-н`, `жа` in `г-жа`, `р` in `д-р`): up to three lowercase letters before the next hyphen.
fn contraction_tail(rest: &str) -> bool {
    let tail = rest.split('-').next().unwrap_or_default();
    !tail.is_empty() && tail.chars().count() <= 3 && tail.chars().all(char::is_lowercase)
}

/// Where the chunks of a candidate meet, and whether it stands as a name, folded into a memo key's
/// tag (FNV-style: two candidates of the same letters get unrelated tags unless they meet at the
/// same places and both stand as names or neither does; no place is `u64::MAX`).
fn candidate_tag(bounds: &[usize], name: bool) -> u64 {
    let places = bounds.iter().map(|&b| b as u64);
    let name = name.then_some(u64::MAX);
    places
        .chain(name)
        .fold(0xcbf2_9ce4_8422_2325, |tag: u64, b| {
            (tag ^ b).wrapping_mul(0x0100_0000_01b3)
        })
}
