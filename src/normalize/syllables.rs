//! Syllable repair: Cyrillic words that PDF extraction broke into syllables by spaces
//! (`Бей біт ші лік` → `Бейбітшілік`). This first version leaves every space in place.

use super::joints::{Chunk, Joint};

/// Revises the joints inside runs of Cyrillic chunks.
pub(crate) fn repair_runs(_text: &str, _chunks: &[Chunk], _joints: &mut [(Joint, &'static str)]) {}
