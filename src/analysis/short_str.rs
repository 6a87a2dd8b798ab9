//! A string kept inline when short: a word of a token, without an allocation of its own.
//! Stance keeps a few strings per token of the document; as `String`s they were a third of the
//! tokeniser's work and most of its memory.

/// The longest string kept inline; longer ones go on the heap.
const INLINE: usize = 22;

#[derive(Clone)]
pub enum ShortStr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl ShortStr {
    pub fn new(s: &str) -> ShortStr {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            ShortStr::Inline {
                len: s.len() as u8,
                bytes,
            }
        } else {
            ShortStr::Heap(s.into())
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ShortStr::Inline { len, bytes } => {
                let b = bytes.get(..usize::from(*len)).unwrap_or_default();
                // SAFETY: `new` is the only way to make an inline value, and it copies a whole
                // `&str` (valid UTF-8) into `bytes[..len]`; nothing changes them afterwards.
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            ShortStr::Heap(s) => s,
        }
    }
}

impl Default for ShortStr {
    fn default() -> Self {
        ShortStr::new("")
    }
}

impl std::fmt::Debug for ShortStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_short_and_long_strings_whole() {
        for s in [
            "",
            "a",
            "Peskov",
            "ÉLYSÉE",
            "Москва",
            &"x".repeat(22),
            &"é".repeat(40),
        ] {
            assert_eq!(ShortStr::new(s).as_str(), s);
        }
        assert!(matches!(
            ShortStr::new(&"x".repeat(22)),
            ShortStr::Inline { .. }
        ));
        assert!(matches!(ShortStr::new(&"x".repeat(23)), ShortStr::Heap(_)));
    }
}
