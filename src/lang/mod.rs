//! What trilingua knows of each language: the [`Lang`] enum and, per language, its letters, stopwords
//! and morphology. Shared by normalize, detect and analyze, so each language's knowledge lives in one place.

pub mod en;
pub mod kk;
pub mod ru;
pub mod translit;

use std::fmt;
use std::str::FromStr;

/// A passage or query language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Kazakh (Cyrillic script).
    Kk,
    /// Russian.
    Ru,
    /// English.
    En,
    /// Undetermined: too short, no letters, or another language.
    Und,
}

impl Lang {
    /// The three languages trilingua analyzes, in a fixed order.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The ISO 639-1 code (`und` for undetermined).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
            Lang::Und => "und",
        }
    }

    /// Whether `word` (already lowercased) is a stopword of this language.
    pub fn is_stopword(self, word: &str) -> bool {
        match self {
            Lang::Kk => kk::STOPWORDS.binary_search(&word).is_ok(),
            Lang::Ru => ru::STOPWORDS.binary_search(&word).is_ok(),
            Lang::En => en::STOPWORDS.binary_search(&word).is_ok(),
            Lang::Und => false,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error for a language code that is not `kk`, `ru`, `en` or `und`.
#[derive(Debug, thiserror::Error)]
#[error("unknown language '{0}': expected kk, ru or en")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "kk" | "kaz" | "kazakh" => Ok(Lang::Kk),
            "ru" | "rus" | "russian" => Ok(Lang::Ru),
            "en" | "eng" | "english" => Ok(Lang::En),
            "und" => Ok(Lang::Und),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// Whether `c` is a Cyrillic letter (basic Cyrillic and the Cyrillic supplement used by Kazakh).
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopword_lists_are_sorted_for_binary_search() {
        for list in [kk::STOPWORDS, ru::STOPWORDS, en::STOPWORDS] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "unsorted or duplicate near {:?}",
                list
            );
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().unwrap(), lang);
        }
        assert!("de".parse::<Lang>().is_err());
    }
}
