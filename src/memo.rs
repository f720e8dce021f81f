//! Memo tables keyed by words: which answers has this thread already worked out for a word?
//!
//! Repair and language detection ask the same questions of the same words again and again, and a
//! table of `String` keys spends its time allocating keys and comparing them. A [`WordMemo`] keeps
//! a 64-bit hash of each word instead: a lookup is one hash and one probe into a table small
//! enough to stay in cache, and two of the million words a memo holds at most sharing a key is
//! about a one in thirty million chance.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

/// The key of a word in a [`WordMemo`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Key(u64);

impl Key {
    pub(crate) fn of(word: &str) -> Key {
        Key(xxhash_rust::xxh3::xxh3_64(word.as_bytes()))
    }

    /// The 64 bits of the key (`build.rs` makes the keys of the shipped word lists alike).
    pub(crate) fn bits(self) -> u64 {
        self.0
    }

    /// The key of the pair of words whose keys are `a` and `b`, in that order.
    pub(crate) fn pair(a: Key, b: Key) -> Key {
        Key(xxhash_rust::xxh3::xxh3_64_with_seed(
            &b.0.to_le_bytes(),
            a.0,
        ))
    }

    /// The key of `word` asked with a question `tag` (different tags give unrelated keys).
    pub(crate) fn tagged(word: &str, tag: u64) -> Key {
        Key(xxhash_rust::xxh3::xxh3_64_with_seed(word.as_bytes(), tag))
    }
}

/// Answers per word.
#[derive(Debug)]
pub(crate) struct WordMemo<V> {
    table: FxHashMap<Key, V>,
}

impl<V> Default for WordMemo<V> {
    fn default() -> Self {
        WordMemo {
            table: FxHashMap::default(),
        }
    }
}

impl<V: Clone> WordMemo<V> {
    pub(crate) fn get(&self, key: Key) -> Option<V> {
        self.table.get(&key).cloned()
    }

    pub(crate) fn insert(&mut self, key: Key, value: V) {
        self.table.insert(key, value);
    }

    pub(crate) fn len(&self) -> usize {
        self.table.len()
    }

    pub(crate) fn clear(&mut self) {
        self.table.clear();
    }
}

/// The answer `memo` keeps for `key`, or `answer()`, worked out and kept: the memo starts afresh
/// once it holds `bound` answers. `answer` runs with the memo free, so it may ask the memo too.
pub(crate) fn remember<V: Clone>(
    memo: &RefCell<WordMemo<V>>,
    key: Key,
    bound: usize,
    answer: impl FnOnce() -> V,
) -> V {
    if let Some(known) = memo.borrow().get(key) {
        return known;
    }
    let known = answer();
    let mut m = memo.borrow_mut();
    if m.len() >= bound {
        m.clear();
    }
    m.insert(key, known.clone());
    known
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_per_word() {
        let mut memo = WordMemo::default();
        memo.insert(Key::of("бейбітшілік"), 1);
        memo.insert(Key::of("бейбітшілі"), 2);
        assert_eq!(memo.get(Key::of("бейбітшілік")), Some(1));
        assert_eq!(memo.get(Key::of("бейбітшілі")), Some(2));
        assert_eq!(memo.get(Key::of("бей")), None);
        assert_eq!(memo.len(), 2);
        memo.clear();
        assert_eq!(memo.get(Key::of("бейбітшілік")), None);
    }

    #[test]
    fn remembers_each_answer_once_within_its_bound() {
        let memo = RefCell::new(WordMemo::default());
        let mut asked = 0;
        for word in ["жол", "жол", "көл", "жол"] {
            let n = remember(&memo, Key::of(word), 2, || {
                asked += 1;
                word.chars().count()
            });
            assert_eq!(n, 3);
        }
        assert_eq!(asked, 2);
        // A third word starts the memo afresh, so `жол` is worked out again.
        remember(&memo, Key::of("тау"), 2, || 3);
        assert_eq!(memo.borrow().len(), 1);
        remember(&memo, Key::of("жол"), 2, || {
            asked += 1;
            3
        });
        assert_eq!(asked, 3);
        // Tags make separate keys of one word.
        assert_ne!(Key::tagged("жол", 1), Key::tagged("жол", 2));
        assert_ne!(Key::tagged("жол", 0), Key::tagged("жол", 4));
    }
}
