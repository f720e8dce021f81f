//! Lowercasing, fast for ASCII and Cyrillic: what a word is compared by everywhere (lexicons, the
//! repair's candidates, the index's terms), and what a letter is. Kept apart from the rest of
//! [`crate::lang`] so that `build.rs`, which lays out the lexicons the repair reads, lowercases and
//! counts words exactly as the crate does.

/// The lowercase of `c` where it is one character (as `char::to_lowercase` gives), answered at once
/// for ASCII and Cyrillic; `None` where lowercasing gives several characters (`İ`).
pub(crate) fn lower_char(c: char) -> Option<char> {
    let code = c as u32;
    let shifted = |by: u32| char::from_u32(code + by);
    match code {
        0x41..=0x5A => shifted(0x20),
        0..=0x7F => Some(c),
        0x410..=0x42F => shifted(0x20),
        0x400..=0x40F => shifted(0x50),
        0x430..=0x45F => Some(c),
        // Upper and lower case alternate, upper first, in the rest of the Cyrillic blocks.
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => shifted(u32::from(code.is_multiple_of(2))),
        0x4C0 => Some('\u{04CF}'),
        0x4C1..=0x4CE => shifted(code % 2),
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            }
        }
    }
}

/// Appends `s` lowercased to `out`, letter by letter (`char::to_lowercase`, without the context
/// rule of Greek final sigma), fast for ASCII and Cyrillic.
pub fn push_lower(out: &mut String, s: &str) {
    // Most text is lowercase already: stretches without a capital are copied whole, and ASCII and
    // Cyrillic letters are told upper or lower from their bytes.
    let bytes = s.as_bytes();
    let (mut copied, mut i) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        // The lowercase letters of Russian and most of Kazakh's (`а`–`п`, then `р`–`я` and
        // `ѐ`–`џ`), the bulk of the text, are passed over first.
        if (b == 0xD0 && next >= 0xB0) || (b == 0xD1 && next < 0xA0) {
            i += 2;
            continue;
        }
        let upper = if b < 0x80 {
            b.is_ascii_uppercase()
        } else if (0xD0..=0xD4).contains(&b) && i + 1 < bytes.len() {
            let code = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
            match code {
                0x400..=0x42F | 0x4C0 => true,
                0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => code.is_multiple_of(2),
                0x4C1..=0x4CE => !code.is_multiple_of(2),
                0x430..=0x45F | 0x482..=0x489 | 0x4CF => false,
                // Armenian (from U+0530): lowered as a character.
                _ => true,
            }
        } else {
            // Any other character is lowered as a character (it may be a capital).
            true
        };
        if !upper {
            // The width of a UTF-8 character from its first byte.
            i += match b {
                0..=0x7F => 1,
                0x80..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        out.push_str(&s[copied..i]);
        match lower_char(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
        i += c.len_utf8();
        copied = i;
    }
    out.push_str(&s[copied..]);
}

/// `s` lowercased: [`push_lower`] into a new string.
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_lower(&mut out, s);
    out
}

/// `char::is_alphabetic`, answered at once for ASCII and Cyrillic, the letters of our languages.
pub fn is_letter(c: char) -> bool {
    match c {
        // U+0482–U+0489 are a sign and combining marks; the rest of the block are letters.
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => true,
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        _ => c.is_alphabetic(),
    }
}
