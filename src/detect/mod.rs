//! Detect answers: which language is this passage in — Kazakh, Russian, English, or undetermined?
//!
//! whatlang has no Kazakh (it calls Kazakh text Belarusian), so Cyrillic text is decided on Kazakh
//! evidence (ә ғ қ ң ө ұ ү һ і), Latin text by whatlang.

use crate::lang::{is_cyrillic, kk, Lang};

/// A detected language and how sure the detector is (0 to 1).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Detection {
    /// The language.
    pub lang: Lang,
    /// Confidence from 0 (a guess) to 1 (certain).
    pub confidence: f32,
}

/// Share of Kazakh-only letters among Cyrillic letters above which Cyrillic text is Kazakh.
const KK_LETTER_SHARE: f32 = 0.03;

/// Detects the language of `text`. Total: text without letters is [`Lang::Und`].
pub fn detect(text: &str) -> Detection {
    let (mut cyr, mut kk_letters, mut latin) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        if is_cyrillic(c) {
            cyr += 1;
            if kk::is_specific_letter(c) {
                kk_letters += 1;
            }
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if cyr + latin < 2 {
        return Detection {
            lang: Lang::Und,
            confidence: 0.0,
        };
    }
    if latin > cyr {
        let confidence = whatlang::detect(text)
            .filter(|info| info.lang() == whatlang::Lang::Eng)
            .map_or(0.5, |info| info.confidence() as f32);
        return Detection {
            lang: Lang::En,
            confidence: confidence.max(latin as f32 / (latin + cyr) as f32 * 0.5),
        };
    }
    let share = kk_letters as f32 / cyr as f32;
    let lang = if share >= KK_LETTER_SHARE {
        Lang::Kk
    } else {
        Lang::Ru
    };
    let margin = (share - KK_LETTER_SHARE).abs() / KK_LETTER_SHARE;
    Detection {
        lang,
        confidence: (0.5 + margin.min(1.0) * 0.5) * (cyr.min(40) as f32 / 40.0).max(0.5),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_languages() {
        assert_eq!(
            detect(
                "Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең болып туады."
            )
            .lang,
            Lang::Kk
        );
        assert_eq!(
            detect("Все люди рождаются свободными и равными в своем достоинстве и правах.").lang,
            Lang::Ru
        );
        assert_eq!(
            detect("All human beings are born free and equal in dignity and rights.").lang,
            Lang::En
        );
        assert_eq!(detect("12, 34 — ").lang, Lang::Und);
    }

    #[test]
    fn russian_naming_a_kazakh_place_stays_russian() {
        let text =
            "Сотрудничество Казахстана и НАТО обсуждалось в городе Өскемен в рамках программы.";
        assert_eq!(detect(text).lang, Lang::Ru);
    }
}
