//! A string kept inline when short: a word of a token, without an allocation of its own.
//! Stance keeps a few strings per token of the document; as `String`s they were a third of the
//! tokeniser's work and most of its memory.

/// The longest string kept inline; longer ones go on the heap.
const INLINE: usize = 22;

/// Private, so that nothing but [`ShortStr::new`] makes an inline value.
#[derive(Clone)]
pub struct ShortStr(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl ShortStr {
    pub fn new(s: &str) -> ShortStr {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            ShortStr(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            ShortStr(Repr::Heap(s.into()))
        }
    }

    /// Inlined natively; in the wasm one out-of-line copy serves its 650 callers (2.6 KB of the
    /// API-only wasm gzip, about 1% of its speed in Node: README, "What costs bytes").
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: `new` is the only way to make an inline value (`Repr` is private), and it
            // copies a whole `&str` (valid UTF-8) of at most `INLINE` bytes into `bytes[..len]`;
            // nothing changes them afterwards. Unchecked, because this was inlined at hundreds of
            // places: a bounds check at each was 4.7 KB of the API-only wasm (gzip).
            Repr::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(bytes.get_unchecked(..usize::from(*len)))
            },
            Repr::Heap(s) => s,
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
            ShortStr::new(&"x".repeat(22)).0,
            Repr::Inline { .. }
        ));
        assert!(matches!(ShortStr::new(&"x".repeat(23)).0, Repr::Heap(_)));
    }
}
