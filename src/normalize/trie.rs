//! A set of words as a trie, for questions about the prefixes of a word: one walk over its letters
//! finds every prefix that is in the set and how far any entry can match, where hash lookups would
//! need one question per prefix.
//!
//! Nodes keep their edges side by side, sorted by label (compressed row storage); an edge packs its
//! label, its target and whether a string ends there into one word, so a step touches two places in
//! memory. A Cyrillic letter is one label (dictionary and PDF words are mostly Cyrillic, and one
//! step per letter halves the walk against one per byte); any other character is one label per
//! UTF-8 byte.

use std::borrow::Cow;

use zerocopy::byteorder::{LittleEndian, U32, U64};
use zerocopy::FromBytes;

/// A walk's position: a node id, with the flag of whether a string ends there.
pub(crate) type Node = u64;

/// The start of every walk.
pub(crate) const ROOT: Node = 0;

/// The flag of a node where a string ends.
const FINAL: u64 = 1 << 32;

/// Whether a string ends at `node`, reached by one step at least ([`Trie::step`]): read off the
/// node's flag, with no table to ask. The root answers false.
#[inline]
pub(crate) fn ends_after_a_step(node: Node) -> bool {
    node & FINAL != 0
}

/// The value of a node where no string ends.
const NONE: u32 = u32::MAX;

/// A little-endian `u32` at any address: a trie laid out by `build.rs` is read in place.
type Le32 = U32<LittleEndian>;
/// A little-endian `u64` at any address.
type Le64 = U64<LittleEndian>;

/// See the module documentation. Its numbers are little-endian at any address, so that a trie
/// laid out as bytes ([`Trie::write_bytes`]) is read where the binary holds it
/// ([`Trie::from_static`]), with no copy; one built at run time owns them.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Trie {
    /// Node `n`'s edges are `edges[first[n]..first[n + 1]]`.
    first: Cow<'static, [Le32]>,
    /// Label `<< 40`, [`FINAL`] if a string ends at the target, target.
    edges: Cow<'static, [Le64]>,
    /// What a string ending at each node carries: [`NONE`] where none ends.
    values: Cow<'static, [Le32]>,
}

impl std::fmt::Debug for Trie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Trie({} nodes)", self.values.len())
    }
}

/// The label of a Cyrillic letter (U+0400–U+04FF); labels below 256 are bytes.
#[inline]
fn cyrillic_label(c: char) -> Option<u16> {
    let c = c as u32;
    (0x400..0x500)
        .contains(&c)
        .then(|| (c - 0x400 + 256) as u16)
}

/// Calls `label(end, label)` for each label of `word`, with the byte offset where it ends.
#[inline]
pub(crate) fn each_label(word: &str, mut label: impl FnMut(usize, u16) -> bool) {
    for (i, c) in word.char_indices() {
        if let Some(l) = cyrillic_label(c) {
            if !label(i + 2, l) {
                return;
            }
        } else {
            for (k, b) in word[i..i + c.len_utf8()].bytes().enumerate() {
                if !label(i + k + 1, u16::from(b)) {
                    return;
                }
            }
        }
    }
}

/// The labels of `word`.
#[cfg(test)]
pub(crate) fn labels(word: &str) -> Vec<u16> {
    let mut out = Vec::with_capacity(word.len());
    each_label(word, |_, l| {
        out.push(l);
        true
    });
    out
}

impl Trie {
    /// The set of `words` (any order, repeats allowed).
    #[cfg(test)]
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Trie {
        Trie::of_words(words.into_iter().map(|w| (w, 0)))
    }

    /// A trie of label strings, each with a value ([`Trie::value`] gives it back); strings in any
    /// order (a repeated string keeps one of its values).
    pub(crate) fn with_values(entries: impl IntoIterator<Item = (Vec<u16>, u32)>) -> Trie {
        let mut entries: Vec<(Vec<u16>, u32)> = entries.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Trie::from_sorted(entries.len(), |i, word| {
            word.extend_from_slice(&entries[i].0);
            entries[i].1
        })
    }

    /// A trie of words, each with a value, as [`Trie::with_values`] of their labels, without a
    /// label string per word (words in any order).
    pub(crate) fn of_words<'a>(words: impl IntoIterator<Item = (&'a str, u32)>) -> Trie {
        let mut entries: Vec<(&str, u32)> = words.into_iter().collect();
        entries.sort_unstable_by_key(|&(w, _)| w);
        Trie::of_sorted_words(&entries)
    }

    /// [`Trie::of_words`] of words already in byte order.
    pub(crate) fn of_sorted_words(words: &[(&str, u32)]) -> Trie {
        let mut trie = Builder::with_capacity(words.iter().map(|(w, _)| w.len()).sum());
        for &(word, value) in words {
            trie.push(word, value);
        }
        trie.finish()
    }

    /// Builds the trie of `n` strings in one pass, the `i`th written by `string(i, buffer)` (which
    /// returns its value). Strings with a common prefix must come together (sorted by labels, or
    /// by the UTF-8 bytes the labels stand for); a node's children are created in the order they
    /// first appear, and put in label order at the end.
    fn from_sorted(n: usize, mut string: impl FnMut(usize, &mut Vec<u16>) -> u32) -> Trie {
        // Each string shares with the previous one exactly the path it has in common.
        let (mut parents, mut labels) = (Vec::new(), Vec::new());
        let mut values = vec![NONE];
        // The path of the previous string: the node after each of its labels.
        let mut path: Vec<u32> = vec![0];
        let (mut word, mut prev): (Vec<u16>, Vec<u16>) = (Vec::new(), Vec::new());
        for i in 0..n {
            word.clear();
            let value = string(i, &mut word);
            let common = word.iter().zip(&prev).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for &l in &word[common..] {
                let parent = path[path.len() - 1];
                let child = values.len() as u32;
                values.push(NONE);
                parents.push(parent);
                labels.push(l);
                path.push(child);
            }
            values[path[path.len() - 1] as usize] = value;
            std::mem::swap(&mut word, &mut prev);
        }
        Trie::from_made(&parents, &labels, values)
    }

    /// The trie whose node `k + 1` was made with parent `parents[k]` and label `labels[k]`,
    /// parents before children, with what a string ending at each node carries: edges grouped by
    /// parent, in label order.
    fn from_made(parents: &[u32], labels: &[u16], values: Vec<u32>) -> Trie {
        // Edges grouped by parent, keeping their order: a counting sort. `first[n + 1]` counts
        // node `n`'s edges, then is where they go, and ends as where they end.
        let mut first = vec![0u32; values.len() + 1];
        for &parent in parents {
            first[parent as usize + 1] += 1;
        }
        let mut at = 0;
        for slot in first.iter_mut() {
            let edges = *slot;
            *slot = at;
            at += edges;
        }
        let mut packed = vec![0u64; parents.len()];
        // Nodes whose edges may be out of label order. Children come in label order or in byte
        // order, and the two differ only where byte order puts the first byte of a character
        // above U+04FF (0xD4–0xFF) after the Cyrillic letters its label precedes.
        let mut unsorted = Vec::new();
        for (k, (&parent, &l)) in parents.iter().zip(labels).enumerate() {
            let child = k as u32 + 1;
            let ends = if values[child as usize] == NONE {
                0
            } else {
                FINAL
            };
            if (0xD4..0x100).contains(&l) {
                unsorted.push(parent);
            }
            let next = &mut first[parent as usize + 1];
            packed[*next as usize] = (u64::from(l) << 40) | ends | u64::from(child);
            *next += 1;
        }
        for node in unsorted {
            let (from, to) = (first[node as usize], first[node as usize + 1]);
            let edges = &mut packed[from as usize..to as usize];
            if edges.windows(2).any(|e| e[0] >> 40 > e[1] >> 40) {
                edges.sort_unstable_by_key(|&e| e >> 40);
            }
        }
        Trie {
            first: Cow::Owned(first.into_iter().map(Le32::new).collect()),
            edges: Cow::Owned(packed.into_iter().map(Le64::new).collect()),
            values: Cow::Owned(values.into_iter().map(Le32::new).collect()),
        }
    }

    /// Appends the trie to `out` as bytes: the counts of nodes and edges, then `first`, `edges`
    /// and `values`, each number little-endian ([`Trie::from_static`] reads them in place). (Run
    /// by `build.rs`; in the crate, by tests.)
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn write_bytes(&self, out: &mut Vec<u8>) {
        out.reserve(8 + self.first.len() * 4 + self.edges.len() * 8 + self.values.len() * 4);
        out.extend_from_slice(&(self.values.len() as u32).to_le_bytes());
        out.extend_from_slice(&(self.edges.len() as u32).to_le_bytes());
        out.extend(self.first.iter().flat_map(|n| n.get().to_le_bytes()));
        out.extend(self.edges.iter().flat_map(|e| e.get().to_le_bytes()));
        out.extend(self.values.iter().flat_map(|v| v.get().to_le_bytes()));
    }

    /// The trie [`Trie::write_bytes`] wrote into `bytes` (all of them), read in place; `None`
    /// where they are not such a trie.
    pub(crate) fn from_static(bytes: &'static [u8]) -> Option<Trie> {
        let count = |at: usize| -> Option<usize> {
            Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize)
        };
        let (nodes, edges) = (count(0)?, count(4)?);
        let rest = bytes.get(8..)?;
        if rest.len() != (nodes + 1) * 4 + edges * 8 + nodes * 4 {
            return None;
        }
        let (first, rest) = rest.split_at((nodes + 1) * 4);
        let (packed, values) = rest.split_at(edges * 8);
        let trie = Trie {
            first: Cow::Borrowed(<[Le32]>::ref_from_bytes(first).ok()?),
            edges: Cow::Borrowed(<[Le64]>::ref_from_bytes(packed).ok()?),
            values: Cow::Borrowed(<[Le32]>::ref_from_bytes(values).ok()?),
        };
        // The last node's edges end where the edges do. (Not every number is checked: that would
        // read all the pages a walk reads a few of. A test compares the whole with a trie built
        // anew.)
        let fits = trie.first.last().is_some_and(|l| l.get() as usize == edges);
        fits.then_some(trie)
    }

    /// The node after `label` from `node`, if some string continues that way.
    #[inline]
    pub(crate) fn step(&self, node: Node, label: u16) -> Option<Node> {
        let n = node as u32 as usize;
        let (from, to) = (
            self.first.get(n)?.get() as usize,
            self.first[n + 1].get() as usize,
        );
        let edges = &self.edges[from..to];
        let at = if edges.len() <= 12 {
            edges.iter().position(|e| (e.get() >> 40) as u16 == label)?
        } else {
            edges
                .binary_search_by_key(&label, |e| (e.get() >> 40) as u16)
                .ok()?
        };
        Some(edges[at].get() & (FINAL | u64::from(u32::MAX)))
    }

    /// Whether a string of the set ends at `node` (reached by [`Trie::step`]).
    #[inline]
    pub(crate) fn is_final(&self, node: Node) -> bool {
        node & FINAL != 0 || (node == ROOT && self.value(ROOT).is_some())
    }

    /// The value of the string ending at `node`, if one does.
    #[inline]
    pub(crate) fn value(&self, node: Node) -> Option<u32> {
        self.values
            .get(node as u32 as usize)
            .map(|v| v.get())
            .filter(|&v| v != NONE)
    }

    /// Walks `word`, calling `entry(end)` for every prefix `word[..end]` in the set (shortest
    /// first); returns the length in bytes of the longest prefix that begins an entry.
    pub(crate) fn walk(&self, word: &str, mut entry: impl FnMut(usize)) -> usize {
        let (mut node, mut reach) = (ROOT, 0);
        each_label(word, |end, l| match self.step(node, l) {
            Some(next) => {
                node = next;
                reach = end;
                if self.is_final(node) {
                    entry(end);
                }
                true
            }
            None => false,
        });
        reach
    }

    /// Whether some string of the set is longer than `prefix` and begins with it.
    pub(crate) fn continues(&self, prefix: &str) -> bool {
        let mut node = Some(ROOT);
        each_label(prefix, |_, l| {
            node = node.and_then(|n| self.step(n, l));
            node.is_some()
        });
        node.is_some_and(|n| {
            let n = n as u32 as usize;
            self.first.get(n + 1).map(|f| f.get()) > self.first.get(n).map(|f| f.get())
        })
    }

    /// Number of nodes (for tests and reports).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.values.len()
    }
}

/// A trie being built from words in byte order, read as bytes: each word shares with the one
/// before it the labels of their common bytes (less a Cyrillic letter's first byte when only that
/// is shared), and only its other labels are read. Node ids are given in the order nodes are made,
/// as [`Trie::with_values`] gives them.
pub(crate) struct Builder<'w> {
    /// The parent and label of each node but the root, in the order made (node `k + 1` is the
    /// `k`th).
    parents: Vec<u32>,
    labels: Vec<u16>,
    /// What a string ending at each node carries: [`NONE`] where none ends.
    values: Vec<u32>,
    /// `path[end]`: the node after the label of the previous word ending at byte `end`.
    path: Vec<u32>,
    /// The previous word.
    prev: &'w [u8],
}

impl<'w> Builder<'w> {
    /// A builder with room for words of `bytes` bytes in all (a trie has no more nodes than its
    /// words have bytes, so no vector grows by copying).
    pub(crate) fn with_capacity(bytes: usize) -> Builder<'w> {
        let mut values = Vec::with_capacity(bytes + 1);
        values.push(NONE);
        Builder {
            parents: Vec::with_capacity(bytes),
            labels: Vec::with_capacity(bytes),
            values,
            path: vec![0],
            prev: &[],
        }
    }

    /// Adds `word`, no smaller in byte order than the word before, with `value` (a repeated word
    /// keeps its last value).
    pub(crate) fn push(&mut self, word: &'w str, value: u32) {
        let bytes = word.as_bytes();
        debug_assert!(self.prev <= bytes);
        let mut common = bytes
            .iter()
            .zip(self.prev)
            .take_while(|(a, b)| a == b)
            .count();
        // A Cyrillic letter (lead byte 0xD0–0xD3) is one label: half of it is not shared.
        if common < bytes.len() && common > 0 && (0xD0..=0xD3).contains(&bytes[common - 1]) {
            common -= 1;
        }
        let path = &mut self.path;
        path.resize(bytes.len() + 1, 0);
        // The labels of `each_label`, read off the bytes (`common` may fall inside a character
        // of several byte labels).
        let mut from = common;
        while from < bytes.len() {
            let (l, len) = match bytes[from] {
                lead @ 0xD0..=0xD3 => {
                    let c = (u16::from(lead & 0x1F) << 6) | u16::from(bytes[from + 1] & 0x3F);
                    (c - 0x400 + 256, 2)
                }
                b => (u16::from(b), 1),
            };
            let child = self.values.len() as u32;
            self.values.push(NONE);
            self.parents.push(path[from]);
            self.labels.push(l);
            from += len;
            path[from] = child;
        }
        self.values[path[bytes.len()] as usize] = value;
        self.prev = bytes;
    }

    /// The trie of the words pushed.
    pub(crate) fn finish(self) -> Trie {
        Trie::from_made(&self.parents, &self.labels, self.values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_finds_entries_and_reach() {
        let p = Trie::new(["жол", "жолдас", "көл", "май", "nato"]);
        let mut ends = Vec::new();
        assert_eq!(p.walk("жолдастар", |e| ends.push(e)), "жолдас".len());
        assert_eq!(ends, ["жол".len(), "жолдас".len()]);
        assert_eq!(p.walk("жолақ", |_| {}), "жол".len());
        assert_eq!(p.walk("тас", |_| {}), 0);
        assert_eq!(p.walk("natoʼs", |_| {}), "nato".len());
        assert_eq!(Trie::default().walk("мал", |_| {}), 0);
    }

    #[test]
    fn continues_only_where_a_longer_string_begins() {
        let p = Trie::new(["жол", "жолдас", "nato"]);
        assert!(p.continues("жо"));
        assert!(p.continues("жол"));
        assert!(p.continues(""));
        assert!(!p.continues("жолдас"));
        assert!(!p.continues("жолы"));
        assert!(!p.continues("nato"));
        assert!(p.continues("na"));
        assert!(!Trie::default().continues(""));
    }

    #[test]
    fn words_sorted_by_bytes_make_the_trie_of_their_labels() {
        let mut words: Vec<String> = [
            "nato’s",
            "nato“s",
            "natoʼs",
            "natoқ",
            "natoа",
            "nato",
            "жол",
            "жол’",
            "жолдас",
            "жолa",
            "ж",
            "жолдас",
            "",
            "ӘӨ",
            "әө",
        ]
        .map(String::from)
        .to_vec();
        // A node wide enough to be binary searched, with labels of bytes (above U+04FF) and of
        // Cyrillic letters.
        words.extend(
            "абвгдежзийклмнопрстуфхцчшәғқңөұүі’ʼ"
                .chars()
                .map(|c| format!("к{c}")),
        );
        let value = |w: &str| w.len() as u32;
        let forward = Trie::with_values(words.iter().map(|w| (labels(w), value(w))));
        let backward = Trie::of_words(words.iter().rev().map(|w| (w.as_str(), value(w))));
        let end = |t: &Trie, w: &str| {
            let mut node = Some(ROOT);
            each_label(w, |_, l| {
                node = node.and_then(|n| t.step(n, l));
                true
            });
            node
        };
        let probes = ["nat", "natoʼ", "жо", "жолд", "әөә", "x", "кя", "к’’"];
        for w in words.iter().map(String::as_str).chain(probes) {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            let reach = forward.walk(w, |e| a.push(e));
            assert_eq!(reach, backward.walk(w, |e| b.push(e)), "{w}");
            assert_eq!(a, b, "{w}");
            let (na, nb) = (end(&forward, w), end(&backward, w));
            assert_eq!(
                na.map(|n| forward.value(n)),
                nb.map(|n| backward.value(n)),
                "{w}"
            );
        }
        for w in &words {
            let node = end(&forward, w).expect("a stored word walks");
            assert_eq!(forward.value(node), Some(value(w)), "{w}");
        }
        assert_eq!(forward.len(), backward.len());
    }

    #[test]
    fn values_come_back_and_wide_nodes_search() {
        // A node with more children than the linear scan takes.
        let words: Vec<String> = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
            .chars()
            .map(|c| format!("к{c}"))
            .collect();
        let t = Trie::with_values(words.iter().enumerate().map(|(i, w)| (labels(w), i as u32)));
        for (i, w) in words.iter().enumerate() {
            let mut node = ROOT;
            each_label(w, |_, l| {
                node = t.step(node, l).expect("a stored word walks");
                true
            });
            assert!(t.is_final(node));
            assert_eq!(t.value(node), Some(i as u32), "{w}");
        }
        assert!(!t.is_final(t.step(ROOT, labels("к")[0]).expect("к")));
        assert_eq!(t.len(), words.len() + 2);
    }
}
