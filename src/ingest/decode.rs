//! Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, and the
//! legacy Cyrillic code pages Russian and Kazakh files still arrive in: Windows-1251 and KZ-1048.
//!
//! A legacy file is decoded with both code pages and the one whose letters look like Russian or Kazakh
//! wins; a file that fits neither is refused rather than indexed as garbage.

/// Which encoding a text was decoded from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (a leading byte-order mark is dropped).
    Utf8,
    /// UTF-16 (little or big endian), recognized by its byte-order mark.
    Utf16,
    /// Windows-1251 (Russian and other Cyrillic).
    Windows1251,
    /// KZ-1048 (STRK 1048-2002, Kazakh): Windows-1251 with sixteen Kazakh letters.
    Kz1048,
}

impl Encoding {
    /// The encoding's usual name.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16 => "UTF-16",
            Encoding::Windows1251 => "windows-1251",
            Encoding::Kz1048 => "KZ-1048",
        }
    }
}

/// Where KZ-1048 differs from Windows-1251 (STRK 1048-2002, registered with IANA as KZ-1048): the
/// Serbian, Macedonian and Ukrainian letters of Windows-1251 give way to the Kazakh ones.
const KZ1048_OVER_1251: [(u8, char); 16] = [
    (0x8D, 'Қ'),
    (0x8E, 'Һ'),
    (0x9D, 'қ'),
    (0x9E, 'һ'),
    (0xA1, 'Ұ'),
    (0xA2, 'ұ'),
    (0xA3, 'Ә'),
    (0xA5, 'Ө'),
    (0xAA, 'Ғ'),
    (0xAF, 'Ү'),
    (0xB4, 'ө'),
    (0xBA, 'ғ'),
    (0xBC, 'ә'),
    (0xBD, 'Ң'),
    (0xBE, 'ң'),
    (0xBF, 'ү'),
];

/// The Kazakh letter that `c` stands for where text in KZ-1048 was read as Windows-1251 (or set in
/// a font built on it): the letter Windows-1251 has at a byte where KZ-1048 has a Kazakh one (`Ќ`
/// for `Қ`, `є` for `ғ`, `ј` for `ә`); `None` for every other character.
pub(crate) fn kz1048_letter_of(c: char) -> Option<char> {
    static TWINS: std::sync::LazyLock<[(char, char); 16]> = std::sync::LazyLock::new(|| {
        KZ1048_OVER_1251.map(|(byte, kazakh)| {
            let bytes = [byte];
            let (twin, _, _) = encoding_rs::WINDOWS_1251.decode(&bytes);
            (twin.chars().next().unwrap_or(kazakh), kazakh)
        })
    });
    TWINS.iter().find(|(twin, _)| *twin == c).map(|&(_, k)| k)
}

/// Letters and marks expected in Russian and Kazakh text beyond ASCII.
const KAZAKH_LETTERS: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
const TYPOGRAPHY: &str = "«»„“”‘’‚–—…№•·°§©®™±€\u{a0}\u{ad}";

/// Decodes `bytes` as text, or says why they are not text.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest).map(|t| (t, Encoding::Utf8));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            return Err("malformed UTF-16 (it starts with a UTF-16 byte-order mark)".into());
        }
        return check_controls(text.into_owned()).map(|t| (t, Encoding::Utf16));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("binary file (NUL byte at offset {at}), not text"));
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => utf8(bytes).map(|t| (t, Encoding::Utf8)),
        Err(e) => legacy(bytes).ok_or_else(|| {
            format!(
                "not valid UTF-8 (first bad byte at offset {}), and not Windows-1251 or KZ-1048 Cyrillic text either",
                e.valid_up_to()
            )
        }),
    }
}

fn utf8(bytes: &[u8]) -> Result<String, String> {
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    check_controls(text)
}

/// Refuses text with many control characters: that is a binary file that happens to decode.
fn check_controls(text: String) -> Result<String, String> {
    if text.contains('\0') {
        return Err("binary file (contains NUL characters), not text".into());
    }
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        .count();
    if controls > 8 && controls * 100 > text.len() {
        return Err(format!(
            "binary file ({controls} control characters), not text"
        ));
    }
    Ok(text)
}

/// Decodes a legacy Cyrillic file with the code page whose letters fit Russian or Kazakh best.
fn legacy(bytes: &[u8]) -> Option<(String, Encoding)> {
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.decode(bytes);
    let cp1251 = cp1251.into_owned();
    let kz1048 = to_kz1048(bytes, &cp1251);
    let (score_1251, score_kz) = (fit(&cp1251), fit(&kz1048));
    // Equal fits (text without the sixteen differing bytes) read as Windows-1251.
    let (text, enc, score) = if score_kz.misfits < score_1251.misfits {
        (kz1048, Encoding::Kz1048, score_kz)
    } else {
        (cp1251, Encoding::Windows1251, score_1251)
    };
    score.plausible().then_some((text, enc))
}

/// Re-decodes the bytes that KZ-1048 assigns differently; `cp1251` is the Windows-1251 decoding.
fn to_kz1048(bytes: &[u8], cp1251: &str) -> String {
    // Windows-1251 is single-byte, so the n-th character comes from the n-th byte.
    cp1251
        .chars()
        .zip(bytes)
        .map(|(c, b)| {
            KZ1048_OVER_1251
                .iter()
                .find(|(byte, _)| byte == b)
                .map_or(c, |&(_, k)| k)
        })
        .collect()
}

/// Letter statistics of a decoding: how many non-ASCII characters fit Russian or Kazakh text.
#[derive(Clone, Copy, Debug)]
struct Fit {
    cyrillic: usize,
    misfits: usize,
    controls: usize,
    chars: usize,
}

impl Fit {
    fn plausible(self) -> bool {
        self.cyrillic > 0 && self.misfits * 20 <= self.cyrillic && self.controls * 200 <= self.chars
    }
}

fn fit(text: &str) -> Fit {
    let mut fit = Fit {
        cyrillic: 0,
        misfits: 0,
        controls: 0,
        chars: 0,
    };
    let mut prev_latin = false;
    let mut prev_cyrillic = false;
    for c in text.chars() {
        fit.chars += 1;
        let latin = c.is_ascii_alphabetic();
        let cyrillic = matches!(c, 'А'..='я' | 'Ё' | 'ё') || KAZAKH_LETTERS.contains(c);
        if c.is_ascii() {
            if c.is_ascii_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c') {
                fit.controls += 1;
            }
        } else if cyrillic {
            fit.cyrillic += 1;
        } else if !TYPOGRAPHY.contains(c) {
            fit.misfits += 1;
        }
        // A "Cyrillic" letter inside a Latin word is a Latin-1 accent read in the wrong code page.
        if (latin && prev_cyrillic) || (cyrillic && prev_latin) {
            fit.misfits += 1;
        }
        (prev_latin, prev_cyrillic) = (latin, cyrillic);
    }
    fit
}

#[cfg(test)]
mod tests {
    use super::*;

    const KK: &str = "Әрбір адамның өмір сүруге, бостандыққа және жеке басына тиіспеушілікке құқығы бар. Ұлттық қауіпсіздік, үкімет және халықаралық ынтымақтастық — «Қазақстан» Республикасының саясаты. Һ әрпі сирек.";
    const RU: &str = "Каждый человек имеет право на жизнь, на свободу и на личную неприкосновенность. «Партнёрство ради мира» — программа № 1…";

    fn encode_kz1048(text: &str) -> Vec<u8> {
        text.chars()
            .map(|c| {
                if let Some(&(b, _)) = KZ1048_OVER_1251.iter().find(|(_, k)| *k == c) {
                    return b;
                }
                let mut buf = [0u8; 4];
                let (bytes, _, unmappable) =
                    encoding_rs::WINDOWS_1251.encode(c.encode_utf8(&mut buf));
                assert!(!unmappable, "{c} not in windows-1251");
                bytes[0]
            })
            .collect()
    }

    #[test]
    fn windows_1251_russian_is_decoded() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(RU);
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(enc, Encoding::Windows1251);
        assert_eq!(text, RU);
    }

    #[test]
    fn kz1048_kazakh_is_decoded_not_read_as_1251() {
        let bytes = encode_kz1048(KK);
        assert!(std::str::from_utf8(&bytes).is_err());
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(enc, Encoding::Kz1048);
        assert_eq!(text, KK);
    }

    #[test]
    fn every_kazakh_letter_round_trips_through_kz1048() {
        let letters: String = KAZAKH_LETTERS
            .chars()
            .filter(|&c| c != 'І' && c != 'і')
            .collect();
        assert_eq!(letters.chars().count(), 16);
        let text = format!("{letters} {KK}");
        assert_eq!(decode(&encode_kz1048(&text)).unwrap().0, text);
    }

    #[test]
    fn utf8_with_bom_and_utf16_are_read() {
        assert_eq!(decode(b"\xEF\xBB\xBFhello").unwrap().0, "hello");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "Қазақстан".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        assert_eq!(
            decode(&utf16).unwrap(),
            ("Қазақстан".into(), Encoding::Utf16)
        );
    }

    #[test]
    fn binary_and_latin1_are_refused() {
        let err = decode(b"PK\x03\x04\x00\x01binary").unwrap_err();
        assert!(err.contains("NUL byte at offset 4"), "{err}");
        let noise: Vec<u8> = (0..4000u32).map(|i| (i * 7919 % 251 + 1) as u8).collect();
        assert!(decode(&noise).is_err());
        // French in Latin-1 is neither UTF-8 nor Cyrillic.
        let err = decode(b"Le d\xe9put\xe9 a r\xe9pondu \xe0 la question.").unwrap_err();
        assert!(err.contains("not valid UTF-8"), "{err}");
    }
}
