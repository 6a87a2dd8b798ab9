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
    f(&s.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ] {
            assert_eq!(with_lower(s, str::to_string), s.to_lowercase(), "{s}");
        }
    }
}
