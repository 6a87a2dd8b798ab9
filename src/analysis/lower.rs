//! Lower case without an allocation for the common case: words are looked up in the lexicon's
//! lower-case lists many times per token, and a `String` per lookup was a large share of the
//! profile. Same result as `str::to_lowercase`.

/// The longest word lower-cased on the stack; longer or non-ASCII text is lower-cased into a
/// `String` (where `to_lowercase` may change lengths and handles final sigma).
const STACK: usize = 48;

/// Calls `f` with `s` in lower case (as `str::to_lowercase` gives it).
#[inline]
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let bytes = s.as_bytes();
    // Already lower case: ASCII without capitals.
    if !bytes.iter().any(|&b| b.is_ascii_uppercase() || b >= 0x80) {
        return f(s);
    }
    if bytes.len() <= STACK && s.is_ascii() {
        let mut buf = [0u8; STACK];
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        // SAFETY: `s` is ASCII (checked above), so its lower-cased bytes are ASCII too, and
        // ASCII is valid UTF-8. (A checked conversion was a few percent of the profile.)
        return f(unsafe { std::str::from_utf8_unchecked(lower) });
    }
    // Other short words whose letters each lower-case to one letter (Cyrillic, Greek but for
    // sigma, accented Latin) are lower-cased on the stack by table (`chars`): at most three
    // bytes for each letter of two.
    if bytes.len() <= STACK {
        let mut buf = [0u8; STACK * 3 / 2];
        let mut len = 0;
        for c in s.chars() {
            let Some(l) = crate::analysis::chars::lower_char(c) else {
                return f(&crate::analysis::chars::to_lower(s));
            };
            len += l.encode_utf8(&mut buf[len..]).len();
        }
        // SAFETY: `buf[..len]` holds whole characters written by `encode_utf8`.
        return f(unsafe { std::str::from_utf8_unchecked(&buf[..len]) });
    }
    f(&crate::analysis::chars::to_lower(s))
}

/// `s.to_lowercase()`, quicker on text that mixes ASCII with a few other characters (news
/// paragraphs with curly quotes and dashes, which std lower-cases a character at a time from
/// the first one outside ASCII on): runs of ASCII are lower-cased as bytes, every other
/// character by `char::to_lowercase`. That is `to_lowercase` but for a capital sigma, whose
/// lower case depends on the letters around it, so text holding one is left to `to_lowercase`.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let bytes = s.as_bytes();
    // U+03A3 is encoded CE A3.
    if bytes.contains(&0xCE) && crate::analysis::substr::contains(s, "\u{03a3}") {
        return crate::analysis::chars::to_lower(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let ascii_end = bytes[i..]
            .iter()
            .position(|&b| b >= 0x80)
            .map_or(bytes.len(), |n| i + n);
        if ascii_end > i {
            let from = out.len();
            out.push_str(s.get(i..ascii_end).unwrap_or(""));
            if let Some(added) = out.as_mut_str().get_mut(from..) {
                added.make_ascii_lowercase();
            }
            i = ascii_end;
        }
        let other_end = bytes[i..]
            .iter()
            .position(|&b| b < 0x80)
            .map_or(bytes.len(), |n| i + n);
        for c in s.get(i..other_end).unwrap_or("").chars() {
            out.extend(crate::analysis::chars::lower_chars(c));
        }
        i = other_end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn lowercase_is_to_lowercase(s in "[a-zA-Z .,\u{e9}\u{c9}\u{201c}\u{2014}\u{3a3}\u{3c3}\u{391}\u{130}\u{212a}\u{1e9e}]{0,40}") {
            prop_assert_eq!(lowercase(&s), s.to_lowercase());
        }
    }

    #[test]
    fn lowercase_of_mixed_text() {
        for s in [
            "",
            "Plain ASCII",
            "“Quoted,” she SAID — İstanbul",
            "ΟΔΟΣ ΣΑΣ",
            "KELVIN \u{212a}",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn same_as_to_lowercase() {
        for s in [
            "",
            "plain",
            "Trump's",
            "U.S.",
            "ÉLYSÉE",
            "ΟΔΟΣ",
            "İstanbul",
            "a-very-long-hyphenated-word-that-goes-on-past-the-stack-buffer-LENGTH",
            "KELVIN \u{212a}",
            "ПРАВИТЕЛЬСТВО",
            "Ⱥnd Ⱥ",
            "ΣΑΣ",
            "ÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀ",
            "ȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺ",
        ] {
            assert_eq!(with_lower(s, str::to_string), s.to_lowercase(), "{s}");
        }
    }
}
