//! Character facts for the two-byte range of UTF-8 (U+0080 to U+07FF: Latin accents, Greek,
//! Cyrillic, Armenian, Hebrew, Arabic) read from small tables made once from the standard
//! library's own answers. `char::is_alphabetic` and `char::to_lowercase` search the Unicode
//! tables for every such letter (about 300 instructions each), which made a Cyrillic text cost
//! twice what English text costs per MB. Same results as the standard library.
//!
//! Lower case itself ([`lower`], [`to_lower`]) is read from tables that `build.rs` makes from the
//! compiler's own `char::to_lowercase` and `str::to_lowercase` (runs of characters at one distance
//! from their lower case; where Case_Ignorable turns on and off, for the final sigma): 2 KB
//! instead of core's 11 KB `LOWERCASE_TABLE`, which the wasm no longer carries (4.4 KB gzip).

use crate::analysis::lazy::Lazy;

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
    static TABLES: Lazy<Box<Tables>> = Lazy::new();
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
            // Capital sigma lower-cases by its place in the word ("ΟΔΟΣ" → "οδος").
            if let ((one, None), false) = (lower(c), c == 'Σ') {
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

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// `c.to_lowercase()`: its first character, and the second that only "İ" has ("i" and a
/// combining dot above).
pub fn lower(c: char) -> (char, Option<char>) {
    if c == 'İ' {
        return ('i', Some('\u{307}'));
    }
    let i = c as u32;
    let k = LOWER_RUNS.partition_point(|&(head, _)| head & 0x1f_ffff <= i);
    let Some(&(head, delta)) = k.checked_sub(1).and_then(|k| LOWER_RUNS.get(k)) else {
        return (c, None);
    };
    let (start, len, stride) = (head & 0x1f_ffff, head >> 21 & 0x3ff, 1 + (head >> 31));
    let off = i - start;
    let one = if off < len * stride && off.is_multiple_of(stride) {
        char::from_u32(i.wrapping_add_signed(delta)).unwrap_or(c)
    } else {
        c
    };
    (one, None)
}

/// The characters of `c.to_lowercase()`.
pub fn lower_chars(c: char) -> impl Iterator<Item = char> {
    let (one, two) = lower(c);
    std::iter::once(one).chain(two)
}

/// `to_lowercase` for strings, by [`to_lower`].
pub trait ToLower {
    fn to_lower(&self) -> String;
}

impl ToLower for str {
    fn to_lower(&self) -> String {
        to_lower(self)
    }
}

/// Unicode's Case_Ignorable, as `str::to_lowercase` reads it.
fn case_ignorable(c: char) -> bool {
    CASE_IGNORABLE.partition_point(|&b| b <= c as u32) % 2 == 1
}

/// Unicode's Cased, for a character that is not case-ignorable.
fn cased(c: char) -> bool {
    (c.is_lowercase() || c.is_uppercase()) != CASED_OTHERWISE.binary_search(&(c as u32)).is_ok()
}

/// Whether the capital sigma at byte `at` of `s` ends a word (Unicode's Final_Sigma, as
/// `str::to_lowercase` decides it): a cased letter before it and none after it, past any
/// case-ignorable characters.
fn final_sigma(s: &str, at: usize) -> bool {
    let before = s.get(..at).unwrap_or_default().chars().rev();
    let after = s.get(at + 'Σ'.len_utf8()..).unwrap_or_default().chars();
    cased_past_ignorable(before) && !cased_past_ignorable(after)
}

fn cased_past_ignorable(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(cased)
}

/// `s.to_lowercase()`: by table for ASCII and the two-byte range, by [`lower`] beyond, the
/// capital sigma by its place in the word.
pub fn to_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    for (at, c) in s.char_indices() {
        if let Some(l) = lower_char(c) {
            out.push(l);
        } else if c == 'Σ' {
            out.push(if final_sigma(s, at) { 'ς' } else { 'σ' });
        } else {
            let (one, two) = lower(c);
            out.push(one);
            out.extend(two);
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

    /// The lower case of every character, and the final sigma beside every character, as the
    /// standard library has them.
    #[test]
    fn lower_case_of_every_character_as_the_standard_library() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let (one, two) = lower(c);
            let want: String = c.to_lowercase().collect();
            assert_eq!(
                std::iter::once(one).chain(two).collect::<String>(),
                want,
                "{c:?}"
            );
            if c.is_ascii() || (c as u32).is_multiple_of(7) || case_ignorable(c) || cased(c) {
                for s in [format!("A{c}Σ"), format!("AΣ{c}"), format!("{c}Σ{c}x")] {
                    assert_eq!(to_lower(&s), s.to_lowercase(), "{s:?}");
                }
            }
        }
    }

    proptest::proptest! {
        /// Any mix of ASCII, Greek capitals and sigmas, combining marks, apostrophes and other
        /// scripts lower-cases as `str::to_lowercase` does.
        #[test]
        fn to_lower_as_the_standard_library(s in "[a-zA-Z .'\u{300}-\u{36f}\u{391}-\u{3a9}\u{3c2}\u{2bc}\u{1f00}-\u{1fff}\u{130}\u{10400}-\u{1044f}\u{1e900}-\u{1e94b}:-]{0,12}") {
            proptest::prop_assert_eq!(to_lower(&s), s.to_lowercase());
        }
    }
}
