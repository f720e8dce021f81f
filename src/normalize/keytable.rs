//! Tables of word keys laid out when trilingua is built: is this word in a shipped word list, and
//! with what number?
//!
//! The web word lists and the frequency lists hold hundreds of thousands of words; hashing them
//! into sets when a process first repairs Cyrillic text took it some 40 ms of loading. `build.rs`
//! lays each list out once ([`lay_out`]) as a table of 64-bit keys (`memo::Key`, xxh3 of the
//! word's bytes) in open addressing, each with a 16-bit value where the list gives one; the binary
//! holds the bytes, and a [`KeyTable`] reads them in place. `build.rs` includes this file as a
//! module of its own, so that the layout is written once.

/// The mark of an empty slot (no word's key is 0: [`lay_out`] checks).
const EMPTY: u64 = 0;

/// Bytes of a slot's key.
const KEY_BYTES: usize = 8;

/// Bytes of a slot's value.
const VALUE_BYTES: usize = 2;

/// A table laid out by [`lay_out`]: the keys of all slots (a power of two of them, little-endian),
/// then, in a table with values, the value of each slot.
#[derive(Clone, Copy)]
pub(crate) struct KeyTable {
    bytes: &'static [u8],
    values: bool,
}

impl KeyTable {
    /// The table `bytes` hold; `values`: whether it was laid out with values.
    pub(crate) const fn new(bytes: &'static [u8], values: bool) -> KeyTable {
        KeyTable { bytes, values }
    }

    /// How many slots the table has.
    fn slots(&self) -> usize {
        let per_slot = KEY_BYTES + if self.values { VALUE_BYTES } else { 0 };
        self.bytes.len() / per_slot
    }

    fn key_at(&self, slot: usize) -> u64 {
        let at = slot * KEY_BYTES;
        self.bytes
            .get(at..at + KEY_BYTES)
            .and_then(|b| b.try_into().ok())
            .map_or(EMPTY, u64::from_le_bytes)
    }

    /// The slot holding `key`, if the table holds it.
    fn slot_of(&self, key: u64) -> Option<usize> {
        let slots = self.slots();
        if slots == 0 || key == EMPTY {
            return None;
        }
        let mask = slots - 1;
        let mut slot = key as usize & mask;
        // The table is at most half full: an empty slot ends every probe.
        for _ in 0..slots {
            match self.key_at(slot) {
                k if k == key => return Some(slot),
                EMPTY => return None,
                _ => slot = (slot + 1) & mask,
            }
        }
        None
    }

    /// How many keys the table holds.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> usize {
        (0..self.slots())
            .filter(|&s| self.key_at(s) != EMPTY)
            .count()
    }

    /// Whether the table holds `key`.
    pub(crate) fn contains(&self, key: u64) -> bool {
        self.slot_of(key).is_some()
    }

    /// The value of `key`, if the table holds it (0 in a table without values).
    pub(crate) fn get(&self, key: u64) -> Option<u16> {
        let slot = self.slot_of(key)?;
        if !self.values {
            return Some(0);
        }
        let at = self.slots() * KEY_BYTES + slot * VALUE_BYTES;
        self.bytes
            .get(at..at + VALUE_BYTES)
            .and_then(|b| b.try_into().ok())
            .map(u16::from_le_bytes)
    }
}

/// The bytes of a [`KeyTable`] of `entries` (key, value), with their values where `values`; a key
/// given twice keeps its last value, as a map built by inserting them in order would.
///
/// # Panics
///
/// Where a key is 0, the mark of an empty slot (no word's xxh3 is, in the shipped lists).
#[cfg_attr(not(test), allow(dead_code))] // Laid out by `build.rs`.
pub(crate) fn lay_out(entries: impl IntoIterator<Item = (u64, u16)>, values: bool) -> Vec<u8> {
    let entries: Vec<(u64, u16)> = entries.into_iter().collect();
    // At most half full, so that probes stay short and always end.
    let slots = (entries.len() * 2).next_power_of_two().max(2);
    let mask = slots - 1;
    let mut keys = vec![EMPTY; slots];
    let mut vals = vec![0u16; slots];
    for (key, value) in entries {
        assert_ne!(key, EMPTY, "a word's key is the empty slot's mark");
        let mut slot = key as usize & mask;
        while keys[slot] != EMPTY && keys[slot] != key {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        vals[slot] = value;
    }
    let mut bytes = Vec::with_capacity(slots * (KEY_BYTES + VALUE_BYTES));
    for key in keys {
        bytes.extend_from_slice(&key.to_le_bytes());
    }
    if values {
        for value in vals {
            bytes.extend_from_slice(&value.to_le_bytes());
        }
    }
    bytes
}

/// Letters of a prefix that `lexicon::begins_a_listed_word` asks of a set of heads before it
/// searches a web word list.
pub(crate) const LISTED_HEAD: usize = 8;

/// The first [`LISTED_HEAD`] letters of `word`, where it is longer: the heads of a web word list's
/// words that longer prefixes begin.
#[cfg_attr(not(test), allow(dead_code))] // Laid out by `build.rs`.
pub(crate) fn listed_head(word: &str) -> Option<&str> {
    let (at, _) = word.char_indices().nth(LISTED_HEAD)?;
    Some(&word[..at])
}

/// The words of a frequency list (`lines`: lines `@Z` open each bucket of words used Z hundredths
/// of a Zipf unit; the bucket's words follow, one a line) with their values.
pub(crate) fn frequency_entries<'a>(
    lines: impl Iterator<Item = &'a str>,
) -> impl Iterator<Item = (&'a str, u16)> {
    let mut zipf = 0;
    lines.filter_map(move |line| match line.strip_prefix('@') {
        Some(z) => {
            zipf = z.parse().unwrap_or(0);
            None
        }
        None => Some((line, zipf)),
    })
}

/// The word pairs of a pair list (`lines`: lines `@Z` open each bucket of pairs written side by side
/// Z hundredths of a Zipf unit; the bucket's pairs follow, a space between the two words), each
/// with its value, in the list's order (a pair listed twice counts with its first value).
#[cfg_attr(not(test), allow(dead_code))] // Laid out by `build.rs`.
pub(crate) fn pair_entries<'a>(
    lines: impl Iterator<Item = &'a str>,
) -> impl Iterator<Item = (&'a str, &'a str, u16)> {
    frequency_entries(lines).filter_map(|(line, zipf)| {
        let (a, b) = line.split_once(' ')?;
        Some((a, b, zipf))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(entries: &[(u64, u16)], values: bool) -> KeyTable {
        let bytes: &'static [u8] = Vec::leak(lay_out(entries.iter().copied(), values));
        KeyTable::new(bytes, values)
    }

    #[test]
    fn a_table_answers_for_the_keys_laid_out_and_no_other() {
        // Keys that share their low bits probe past each other.
        let entries = [(5, 100), (5 + 1024, 200), (7, 300), (u64::MAX, 400)];
        let t = table(&entries, true);
        for &(key, value) in &entries {
            assert!(t.contains(key));
            assert_eq!(t.get(key), Some(value));
        }
        for key in [0, 1, 6, 5 + 2048, u64::MAX - 1] {
            assert!(!t.contains(key), "{key}");
            assert_eq!(t.get(key), None);
        }
        assert_eq!(t.keys(), entries.len());
        let set = table(&entries, false);
        assert!(set.contains(7) && !set.contains(8));
        assert_eq!(set.get(7), Some(0));
        let empty = table(&[], true);
        assert!(!empty.contains(5));
        assert!(!KeyTable::new(&[], false).contains(5));
    }

    #[test]
    fn a_key_given_twice_keeps_its_last_value() {
        let t = table(&[(9, 1), (9, 2)], true);
        assert_eq!(t.get(9), Some(2));
    }

    #[test]
    fn frequency_entries_take_the_value_of_their_bucket() {
        let list = "@725\nна\nи\n@612\nтакже\n";
        let entries: Vec<_> = frequency_entries(list.lines()).collect();
        assert_eq!(entries, [("на", 725), ("и", 725), ("также", 612)]);
    }
}
