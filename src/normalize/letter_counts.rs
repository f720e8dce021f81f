//! Letter contexts counted, for the repair's question "do the letters on either side of a space
//! look like the inside of a word?" ([`super::boundary`] asks it): the places between letters of
//! running text's words and between its words, under the letters around each, and what a frequency
//! list adds. `build.rs` counts the shipped text once ([`Counts::learn`]) and lays the counts out as
//! bytes ([`Counts::to_bytes`]), which a process reads back ([`Counts::from_bytes`]) instead of
//! counting again: it includes this file as a module of its own, so that the counting is written
//! once.

use rustc_hash::FxHashMap as HashMap;

/// NTREX-128 lines that teach the repair how often words occur; the rest of NTREX (and the UDHR)
/// stay unseen, for measuring the repair.
pub const PRIOR_LINES: usize = 700;

/// How often each lowercase word occurs in `lines` (a word: a chunk between spaces trimmed of what
/// is not a letter).
pub(crate) fn word_counts<'a>(lines: impl Iterator<Item = &'a str>) -> HashMap<String, u32> {
    let mut counts: HashMap<String, u32> = HashMap::default();
    let mut lower = String::new();
    for line in lines {
        for chunk in line.split_whitespace() {
            let word = chunk.trim_matches(|c: char| !crate::lang::is_letter(c));
            if !word.is_empty() {
                lower.clear();
                crate::lang::push_lower(&mut lower, word);
                count(&mut counts, &lower);
            }
        }
    }
    counts
}

/// How many capitalized words inside a sentence of `lines` (names, mostly) end in each lowercase
/// string, two letters of the word at least left before it.
pub(crate) fn name_end_counts<'a>(lines: impl Iterator<Item = &'a str>) -> HashMap<String, u32> {
    let mut counts: HashMap<String, u32> = HashMap::default();
    let mut lower = String::new();
    for line in lines {
        let mut sentence_start = true;
        for chunk in line.split_whitespace() {
            let word = chunk.trim_matches(|c: char| !crate::lang::is_letter(c));
            let capitalized = word.chars().next().is_some_and(char::is_uppercase)
                && !word.chars().all(char::is_uppercase);
            if capitalized && !sentence_start && word.chars().all(crate::lang::is_letter) {
                lower.clear();
                crate::lang::push_lower(&mut lower, word);
                for (at, _) in lower.char_indices().skip(2) {
                    count(&mut counts, &lower[at..]);
                }
            }
            sentence_start = chunk.ends_with(['.', '!', '?', ':']);
        }
    }
    counts
}

/// Counts `word` once more, copying it only the first time.
fn count(counts: &mut HashMap<String, u32>, word: &str) {
    match counts.get_mut(word) {
        Some(n) => *n += 1,
        None => {
            counts.insert(word.to_string(), 1);
        }
    }
}

/// Letters looked at on each side, at most.
const SIDE: usize = 2;

/// Weight of the coarser estimate against a finer context's own counts (additive smoothing towards
/// it), in Kazakh text (`kazakh`) or Russian. Kazakh's counts, the frequency list's added, trust a
/// context's own counts more: chosen on NTREX lines 701–1000 with the list (0.5 to 16 tried),
/// Kazakh words right went from 97.64% to 97.73% at 1 against 4, at every syllable from 96.87% to
/// 96.93%, cut at letters from 97.77% to 97.86%; held out (lines 1001–1997) from 97.39% to 97.44%.
/// Russian, at 1, lost (tune 99.27% to 99.23%, at every syllable 98.61% to 98.56%) and stays at 4.
pub(crate) fn smooth_weight(kazakh: bool) -> f32 {
    if kazakh {
        1.0
    } else {
        4.0
    }
}

/// How much the word frequency list of Kazakh (`kazakh`) or Russian weighs against the prior lines,
/// as a share of their places. Kazakh's prior lines are some 12,000 words of news; the list (the
/// 39,000 words of Tesseract's 55,000 most frequent web tokens) shows far more of how words are
/// built. Chosen on NTREX lines 701–1000 (0.3 to 10 tried, 1 to 3 about equal): Kazakh words right
/// went from 97.53% to 97.64%, cut at letters from 97.64% to 97.77%, at every syllable from 96.89%
/// to 96.87%; held out (lines 1001–1997), from 97.35% to 97.39% (`examples/repair_accuracy.rs`,
/// three seeds). Russian's prior lines serve it as well as wordfreq's list (its tune words right
/// fell from 99.27% to 99.22% with the list at 1), so Russian reads none.
pub(crate) fn list_weight(kazakh: bool) -> f32 {
    if kazakh {
        1.0
    } else {
        0.0
    }
}

/// Letters before and after a place (the nearest first on each side; `\0` where shorter).
type Context = ([char; SIDE], [char; SIDE]);

/// The marker of a side a context leaves out.
const NONE: [char; SIDE] = ['\u{1}'; SIDE];

/// Counts of (inside, boundary) per context, at every coarseness (pseudo-counts where the
/// frequency list adds to them).
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Counts {
    table: HashMap<Context, (f32, f32)>,
    inside: f32,
    boundary: f32,
    /// Weight of the coarser estimate against a finer context's own counts (additive smoothing
    /// towards it).
    smooth: f32,
    /// The boundaries the frequency list adds, read off how often words end and begin so.
    edges: Edges,
}

/// How often listed words end and begin in given letters, as shares of their uses, and how many
/// boundaries they weigh in all.
#[derive(Debug, Default, PartialEq)]
struct Edges {
    /// Per last two letters (the last first), and per last letter.
    end2: HashMap<[char; SIDE], f32>,
    end1: HashMap<char, f32>,
    /// Per first two letters, and per first letter.
    start2: HashMap<[char; SIDE], f32>,
    start1: HashMap<char, f32>,
    boundaries: f32,
}

impl Edges {
    /// The boundaries in each of the contexts of `fine` ([`contexts`]), finest first.
    fn boundaries(&self, (before, after): Context) -> [f32; 4] {
        if self.boundaries == 0.0 {
            return [0.0; 4];
        }
        let two =
            |m: &HashMap<[char; SIDE], f32>, k: &[char; SIDE]| m.get(k).copied().unwrap_or(0.0);
        let one = |m: &HashMap<char, f32>, k: char| m.get(&k).copied().unwrap_or(0.0);
        let (end, start) = (two(&self.end2, &before), two(&self.start2, &after));
        [
            end * start,
            one(&self.end1, before[0]) * one(&self.start1, after[0]),
            end,
            start,
        ]
        .map(|share| share * self.boundaries)
    }
}

/// Whether `c` is a Cyrillic letter: places are counted only between them.
fn is_cyrillic_letter(c: char) -> bool {
    // The Cyrillic block and its supplement but for a sign and combining marks (`lang::is_letter`).
    matches!(c, '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}')
}

/// The letters of a place, two each side at most: the finest context.
fn fine(before: &[char], after: &[char]) -> Context {
    let take = |s: &[char]| {
        let mut out = ['\0'; SIDE];
        for (slot, &c) in out.iter_mut().zip(s) {
            *slot = c;
        }
        out
    };
    (take(before), take(after))
}

/// The contexts a place is counted under, finest first: two letters each side, one each side,
/// then two before alone and two after alone.
fn contexts((before, after): Context) -> [Context; 4] {
    [
        (before, after),
        ([before[0], '\0'], [after[0], '\0']),
        (before, NONE),
        (NONE, after),
    ]
}

impl Counts {
    /// The counts of the places of `prior_lines` (running text) and of the words of `frequencies`
    /// (a frequency list, lowercase, with their Zipf values in hundredths), the list weighing
    /// `weight` as a share of the lines' places; `smooth` is [`Counts::smooth`].
    pub(crate) fn learn<'a>(
        prior_lines: impl Iterator<Item = &'a str>,
        frequencies: impl Iterator<Item = (&'a str, u16)>,
        weight: f32,
        smooth: f32,
    ) -> Counts {
        // (inside, boundary) per finest context; the coarser ones are their sums.
        let mut fine_counts: HashMap<Context, (f32, f32)> = HashMap::default();
        // Room for the contexts of the prior lines (fewer than 16,000 in either language): the
        // table never grows by rehashing.
        fine_counts.reserve(20_000);
        let (mut inside, mut boundary) = (0u32, 0u32);
        let mut add = |before: &[char], after: &[char], is_inside: bool| {
            let e = fine_counts.entry(fine(before, after)).or_default();
            if is_inside {
                e.0 += 1.0;
                inside += 1;
            } else {
                e.1 += 1.0;
                boundary += 1;
            }
        };
        // The lowercase letters of a line's words side by side, where each word ends, and a word
        // read backwards: made once, kept for every line.
        let (mut letters, mut ends, mut back): (Vec<char>, Vec<usize>, Vec<char>) =
            Default::default();
        let mut lowered = String::new();
        for line in prior_lines {
            letters.clear();
            ends.clear();
            for w in line.split_whitespace() {
                lowered.clear();
                lowered.extend(w.chars().flat_map(char::to_lowercase));
                letters.extend(lowered.chars());
                ends.push(letters.len());
            }
            for n in 0..ends.len() {
                let w = &letters[if n == 0 { 0 } else { ends[n - 1] }..ends[n]];
                // The word read backwards: the letters before a place, nearest first.
                back.clear();
                back.extend(w.iter().rev());
                if w.iter().all(|&c| is_cyrillic_letter(c)) {
                    // Every place inside the word.
                    for at in 1..w.len() {
                        add(&back[w.len() - at..], &w[at..], true);
                    }
                }
                // The space to the next word, when both sides are letters.
                if let Some(&next_end) = ends.get(n + 1) {
                    let next = &letters[ends[n]..next_end];
                    let ends_in_letter = w.last().is_some_and(|&c| is_cyrillic_letter(c));
                    let starts = next.first().is_some_and(|&c| is_cyrillic_letter(c));
                    if ends_in_letter && starts {
                        add(&back, next, false);
                    }
                }
            }
        }
        let mut counts = Counts {
            inside: inside as f32,
            boundary: boundary as f32,
            smooth,
            ..Counts::default()
        };
        if weight > 0.0 {
            let places = weight * (counts.inside + counts.boundary);
            counts.add_list(frequencies, places, &mut fine_counts);
        }
        counts.table.reserve(fine_counts.len() * 2);
        for (context, (i, b)) in fine_counts {
            for c in contexts(context) {
                let e = counts.table.entry(c).or_default();
                e.0 += i;
                e.1 += b;
            }
        }
        counts
    }

    /// Adds the frequency list's insides to `fine_counts` and its boundaries to `self.edges`, all
    /// its places weighing `places`.
    fn add_list<'a>(
        &mut self,
        frequencies: impl Iterator<Item = (&'a str, u16)>,
        places: f32,
        fine_counts: &mut HashMap<Context, (f32, f32)>,
    ) {
        let mut insides: HashMap<Context, f64> = HashMap::default();
        // Room for the Kazakh list's contexts (some 31,000).
        insides.reserve(40_000);
        let mut edges: [HashMap<[char; SIDE], f64>; 2] = Default::default();
        let (mut inside, mut uses) = (0.0f64, 0.0f64);
        let (mut w, mut back): (Vec<char>, Vec<char>) = Default::default();
        // Uses per million words of the words of one Zipf value (the list holds them together).
        let (mut at_zipf, mut f) = (None, 0.0);
        for (word, zipf) in frequencies {
            // The lists are lowercase already.
            w.clear();
            w.extend(word.chars());
            if w.is_empty() || !w.iter().all(|&c| is_cyrillic_letter(c)) {
                continue;
            }
            back.clear();
            back.extend(w.iter().rev());
            if at_zipf != Some(zipf) {
                at_zipf = Some(zipf);
                f = 10f64.powf(f64::from(zipf) / 100.0 - 3.0);
            }
            for at in 1..w.len() {
                *insides
                    .entry(fine(&back[w.len() - at..], &w[at..]))
                    .or_default() += f;
            }
            inside += f * (w.len() - 1) as f64;
            uses += f;
            let (end, start) = fine(&back, &w);
            *edges[0].entry(end).or_default() += f;
            *edges[1].entry(start).or_default() += f;
        }
        if uses == 0.0 {
            return;
        }
        // Every use of a word ends at a boundary.
        let scale = f64::from(places) / (inside + uses);
        for (context, n) in insides {
            fine_counts.entry(context).or_default().0 += (n * scale) as f32;
        }
        let share2 = |m: &HashMap<[char; SIDE], f64>| -> HashMap<[char; SIDE], f32> {
            m.iter().map(|(&k, &v)| (k, (v / uses) as f32)).collect()
        };
        // Per nearest letter: the sums over the second.
        let share1 = |m: &HashMap<[char; SIDE], f64>| -> HashMap<char, f32> {
            let mut one = HashMap::<char, f32>::default();
            for (&k, &v) in m {
                *one.entry(k[0]).or_default() += (v / uses) as f32;
            }
            one
        };
        self.edges = Edges {
            end2: share2(&edges[0]),
            start2: share2(&edges[1]),
            end1: share1(&edges[0]),
            start1: share1(&edges[1]),
            boundaries: (uses * scale) as f32,
        };
        self.inside += (inside * scale) as f32;
        self.boundary += (uses * scale) as f32;
    }

    /// The log odds of inside against boundary in this context, less the log odds over all places.
    pub(crate) fn inside_odds(&self, before: &[char], after: &[char]) -> f32 {
        let all = (self.inside + 1.0) / (self.inside + self.boundary + 2.0);
        let context = fine(before, after);
        let listed = self.edges.boundaries(context);
        let mut counted = [(0.0, 0.0); 4];
        for (n, c) in contexts(context).iter().enumerate() {
            let (i, b) = self.table.get(c).copied().unwrap_or((0.0, 0.0));
            counted[n] = (i, b + listed[n]);
        }
        let [fine, one, left, right] = counted;
        // Each side alone, smoothed towards the overall rate, then one letter each side towards
        // the mean of the sides, then two each side towards that.
        let weight = self.smooth;
        let smooth = |(i, b): (f32, f32), towards: f32| (i + weight * towards) / (i + b + weight);
        let sides = 0.5 * (smooth(left, all) + smooth(right, all));
        let p = smooth(fine, smooth(one, sides));
        // Counts in the hundreds of thousands round a smoothed share to exactly 1 in `f32`: kept
        // inside (0, 1), so that the odds stay finite.
        let logit = |p: f32| {
            let p = p.clamp(1e-6, 1.0 - 1e-6);
            (p / (1.0 - p)).ln()
        };
        logit(p) - logit(all)
    }
}

/// Reads the numbers [`Counts::to_bytes`] writes, in order; past the end, zeros.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn u32(&mut self) -> u32 {
        let word = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u32::from_le_bytes);
        self.at += 4;
        word
    }

    fn f32(&mut self) -> f32 {
        f32::from_bits(self.u32())
    }

    fn char(&mut self) -> char {
        char::from_u32(self.u32()).unwrap_or('\0')
    }

    fn side(&mut self) -> [char; SIDE] {
        [self.char(), self.char()]
    }
}

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_f32(out: &mut Vec<u8>, x: f32) {
    put_u32(out, x.to_bits());
}

fn put_side(out: &mut Vec<u8>, side: [char; SIDE]) {
    for c in side {
        put_u32(out, c as u32);
    }
}

impl Counts {
    /// How many places were counted (pseudo-counts of the list's included).
    #[cfg(test)]
    pub(crate) fn places(&self) -> f32 {
        self.inside + self.boundary
    }

    /// The counts as bytes, each number little-endian: the totals, then the entries of each table
    /// after their number, in the tables' own order (read back in it, each table is made alike).
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for x in [
            self.inside,
            self.boundary,
            self.smooth,
            self.edges.boundaries,
        ] {
            put_f32(&mut out, x);
        }
        put_u32(&mut out, self.table.len() as u32);
        for (&(before, after), &(i, b)) in &self.table {
            put_side(&mut out, before);
            put_side(&mut out, after);
            put_f32(&mut out, i);
            put_f32(&mut out, b);
        }
        for two in [&self.edges.end2, &self.edges.start2] {
            put_u32(&mut out, two.len() as u32);
            for (&side, &share) in two {
                put_side(&mut out, side);
                put_f32(&mut out, share);
            }
        }
        for one in [&self.edges.end1, &self.edges.start1] {
            put_u32(&mut out, one.len() as u32);
            for (&c, &share) in one {
                put_u32(&mut out, c as u32);
                put_f32(&mut out, share);
            }
        }
        out
    }

    /// The counts [`Counts::to_bytes`] wrote (empty tables where the bytes end early).
    pub(crate) fn from_bytes(bytes: &[u8]) -> Counts {
        let mut r = Reader { bytes, at: 0 };
        let (inside, boundary, smooth, boundaries) = (r.f32(), r.f32(), r.f32(), r.f32());
        // Each table's length, bounded by what the bytes can hold.
        let len = |r: &mut Reader| (r.u32() as usize).min(r.bytes.len().saturating_sub(r.at) / 8);
        let n = len(&mut r);
        let mut table = HashMap::default();
        table.reserve(n);
        for _ in 0..n {
            let context = (r.side(), r.side());
            table.insert(context, (r.f32(), r.f32()));
        }
        let mut two = || {
            let n = len(&mut r);
            (0..n)
                .map(|_| (r.side(), r.f32()))
                .collect::<HashMap<_, _>>()
        };
        let (end2, start2) = (two(), two());
        let mut one = || {
            let n = len(&mut r);
            (0..n)
                .map(|_| (r.char(), r.f32()))
                .collect::<HashMap<_, _>>()
        };
        let (end1, start1) = (one(), one());
        Counts {
            table,
            inside,
            boundary,
            smooth,
            edges: Edges {
                end2,
                end1,
                start2,
                start1,
                boundaries,
            },
        }
    }
}
