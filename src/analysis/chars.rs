//! Character facts for the two-byte range of UTF-8 (U+0080 to U+07FF: Latin accents, Greek,
//! Cyrillic, Armenian, Hebrew, Arabic) read from small tables made once from the standard
//! library's own answers. `char::is_alphabetic` and `char::to_lowercase` search the Unicode
//! tables for every such letter (about 300 instructions each), which made a Cyrillic text cost
//! twice what English text costs per MB. Same results as the standard library.

use std::sync::OnceLock;

/// The code points the tables cover: everything below this.
const COVERED: u32 = 0x800;

struct Tables {
    /// Bit `c` set when `c` is alphabetic.
    alphabetic: [u64; COVERED as usize / 64],
    /// The lower case of `c` when it is one character in every context, else `'\0'` (the few
    /// with a longer or context-dependent lower case: "İ", final sigma).
    lower: [char; COVERED as usize],
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn tables() -> &'static Tables {
    static TABLES: OnceLock<Box<Tables>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Box::new(Tables {
            alphabetic: [0; COVERED as usize / 64],
            lower: ['\0'; COVERED as usize],
        });
        for c in (0..COVERED).filter_map(char::from_u32) {
            let i = c as usize;
            if c.is_alphabetic() {
                t.alphabetic[i / 64] |= 1 << (i % 64);
            }
            let mut l = c.to_lowercase();
            // Capital sigma lower-cases by its place in the word ("ΟΔΟΣ" → "οδος").
            if let (Some(one), None, false) = (l.next(), l.next(), c == 'Σ') {
                t.lower[i] = one;
            }
        }
        t
    })
}

/// `c.is_alphabetic()`, by table below U+0800.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    let i = c as u32;
    if i < 0x80 {
        return c.is_ascii_alphabetic();
    }
    if i < COVERED {
        let i = i as usize;
        return tables().alphabetic[i / 64] & (1 << (i % 64)) != 0;
    }
    c.is_alphabetic()
}

/// `c.is_alphanumeric()`, by table below U+0800 for letters.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    is_alphabetic(c) || c.is_numeric()
}

/// The one-character lower case of `c` when it has one in every context (ASCII and the
/// two-byte range but for "İ" and capital sigma); none when `to_lowercase` must be asked.
#[inline]
pub fn lower_char(c: char) -> Option<char> {
    let i = c as u32;
    if i < 0x80 {
        return Some(c.to_ascii_lowercase());
    }
    if i < COVERED {
        let l = tables().lower[i as usize];
        return (l != '\0').then_some(l);
    }
    None
}

/// `s.to_lowercase()`, by table when every character has a one-character lower case.
pub fn to_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    for c in s.chars() {
        match lower_char(c) {
            Some(l) => out.push(l),
            None => return s.to_lowercase(),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_answer_as_the_standard_library() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            if let Some(l) = lower_char(c) {
                assert_eq!(l.to_string(), c.to_lowercase().to_string(), "{c:?}");
            }
            let s = format!("A{c}b{c}");
            assert_eq!(to_lower(&s), s.to_lowercase(), "{s:?}");
        }
        for s in [
            "",
            "ΟΔΟΣ",
            "ΣΑΣ ΟΔΟΣ.",
            "İstanbul",
            "ПРАВИТЕЛЬСТВО Заявил",
            "Ⱥnd",
            "ÉLYSÉE",
            "KELVIN \u{212a}",
        ] {
            assert_eq!(to_lower(s), s.to_lowercase(), "{s}");
        }
    }
}
