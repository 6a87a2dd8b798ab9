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
    /// The empty string.
    pub const EMPTY: ShortStr = ShortStr(Repr::Inline {
        len: 0,
        bytes: [0; INLINE],
    });

    pub fn new(s: &str) -> ShortStr {
        if s.len() <= INLINE {
            ShortStr(Repr::Inline {
                len: s.len() as u8,
                bytes: inline_copy(s.as_bytes()),
            })
        } else {
            ShortStr(Repr::Heap(s.into()))
        }
    }

    /// `ShortStr::new(&s.to_ascii_lowercase())` for an ASCII `s`, lower-cased in place.
    #[inline]
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub fn ascii_lower(s: &str) -> ShortStr {
        if s.len() <= INLINE && s.is_ascii() {
            let mut bytes = inline_copy(s.as_bytes());
            bytes.make_ascii_lowercase();
            ShortStr(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            ShortStr::new(&s.to_ascii_lowercase())
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

/// `src` (at most `INLINE` bytes) at the start of zeroed inline bytes. Natively by two
/// overlapping fixed-size copies, without the call to `memcpy` a copy of variable length
/// makes (one per word of the tokenizer, 1.8 million over PolNeAR train); the wasm keeps the
/// one small loop.
#[inline]
fn inline_copy(src: &[u8]) -> [u8; INLINE] {
    let mut bytes = [0u8; INLINE];
    #[cfg(not(target_arch = "wasm32"))]
    {
        let n = src.len();
        if n >= 8 {
            if n <= 16 {
                bytes[..8].copy_from_slice(&src[..8]);
            } else {
                bytes[..16].copy_from_slice(&src[..16]);
            }
            if let (Some(to), Some(from)) = (bytes.get_mut(n - 8..n), src.get(n - 8..n)) {
                to.copy_from_slice(from);
            }
            return bytes;
        }
        if n >= 4 {
            bytes[..4].copy_from_slice(&src[..4]);
            bytes[n - 4..n].copy_from_slice(&src[n - 4..n]);
            return bytes;
        }
    }
    for (to, from) in bytes.iter_mut().zip(src) {
        *to = *from;
    }
    bytes
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
        for n in 0..=INLINE {
            let s: String = ('a'..='z').cycle().take(n).collect();
            assert_eq!(ShortStr::new(&s).as_str(), s);
            assert_eq!(&inline_copy(s.as_bytes())[n..], &[0u8; INLINE][n..]);
            let upper = s.to_ascii_uppercase();
            assert_eq!(ShortStr::ascii_lower(&upper).as_str(), s);
        }
        assert!(matches!(
            ShortStr::new(&"x".repeat(22)).0,
            Repr::Inline { .. }
        ));
        assert!(matches!(ShortStr::new(&"x".repeat(23)).0, Repr::Heap(_)));
        assert_eq!(
            ShortStr::ascii_lower(&"AB".repeat(20)).as_str(),
            "ab".repeat(20)
        );
    }
}
