//! Memo tables keyed by words: which answers has this thread already worked out for a word?
//!
//! Repair and language detection ask the same questions of the same words again and again, and a
//! table of `String` keys spends its time allocating keys and comparing them. A [`WordMemo`] keeps
//! a 128-bit hash of each word instead: a lookup is one hash and one probe, and two words of a
//! collection sharing a key is beyond any practical chance.

use rustc_hash::FxHashMap;

/// The key of a word in a [`WordMemo`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Key(u128);

impl Key {
    pub(crate) fn of(word: &str) -> Key {
        Key(xxhash_rust::xxh3::xxh3_128(word.as_bytes()))
    }

    /// The key of `word` asked with a question `tag` (different tags give unrelated keys).
    pub(crate) fn tagged(word: &str, tag: u64) -> Key {
        Key(xxhash_rust::xxh3::xxh3_128_with_seed(word.as_bytes(), tag))
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

impl<V: Copy> WordMemo<V> {
    pub(crate) fn get(&self, key: Key) -> Option<V> {
        self.table.get(&key).copied()
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
}
