//! Substring search for the analysis: `find`, `rfind`, `contains`, `split_once`, `rsplit_once`
//! and `split` with a string pattern. Natively these are std's own (`str::find` and the rest).
//! In the wasm they are [`find_bytes`] and [`rfind_bytes`] below: std's are core's
//! `StrSearcher` (a Two-Way searcher, about 3 KB of wasm), whose empty-needle path slices a
//! `str` and so keeps core's `str` slicing panic, which formats the offending character with
//! `Debug` and brings `char::escape_debug` and the Unicode printable tables with it (README,
//! `size17`). The results are the same: a match of a UTF-8 needle in UTF-8 text starts and ends
//! on character boundaries, so a byte search finds what the `str` search finds. Every search
//! is linear: a needle of up to [`SHORT`] bytes is compared at each position, a longer one by
//! Knuth–Morris–Pratt.

/// Needles up to this length are compared position by position (at most `SHORT` byte
/// comparisons a position, so linear); longer ones go through a prefix table.
const SHORT: usize = 32;

#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    hay.find(needle)
}

#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    hay.rfind(needle)
}

/// `hay.find(needle)`.
#[cfg(target_arch = "wasm32")]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    find_bytes(hay.as_bytes(), needle.as_bytes())
}

/// `hay.rfind(needle)`.
#[cfg(target_arch = "wasm32")]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    rfind_bytes(hay.as_bytes(), needle.as_bytes())
}

/// `hay.contains(needle)` (natively std's, whose short-needle path skips the Two-Way set-up).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    hay.contains(needle)
}

/// `hay.contains(needle)`.
#[cfg(target_arch = "wasm32")]
#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `hay.contains(c)` for a character.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn has_char(hay: &str, c: char) -> bool {
    hay.contains(c)
}

/// `hay.contains(c)` for a character (std's searches for one beyond ASCII as for a string).
#[cfg(target_arch = "wasm32")]
pub fn has_char(hay: &str, c: char) -> bool {
    has_char_by_chars(hay, c)
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn has_char_by_chars(hay: &str, c: char) -> bool {
    hay.chars().any(|h| h == c)
}

/// Where the matches of `needle` (not empty) start, as `hay.match_indices(needle)`: from the
/// left, each past the end of the one before.
#[cfg(not(target_arch = "wasm32"))]
pub fn match_starts<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(needle).map(|(at, _)| at)
}

/// Where the matches of `needle` (not empty) start, as `hay.match_indices(needle)`: from the
/// left, each past the end of the one before.
#[cfg(target_arch = "wasm32")]
pub fn match_starts<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    matches_by_find(hay, needle)
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn matches_by_find<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        let at = from + find(hay.get(from..)?, needle)?;
        from = at + needle.len();
        Some(at)
    })
}

/// `hay.split_once(needle)`.
pub fn split_once<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = find(hay, needle)?;
    Some((hay.get(..at)?, hay.get(at + needle.len()..)?))
}

/// `hay.rsplit_once(needle)`.
pub fn rsplit_once<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = rfind(hay, needle)?;
    Some((hay.get(..at)?, hay.get(at + needle.len()..)?))
}

/// `hay.split(needle)` for a needle that is not empty.
#[cfg(not(target_arch = "wasm32"))]
pub fn split<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    hay.split(needle)
}

/// `hay.split(needle)` for a needle that is not empty (an empty one yields `hay` whole).
#[cfg(target_arch = "wasm32")]
pub fn split<'a>(hay: &'a str, needle: &'a str) -> Split<'a> {
    split_by_find(hay, needle)
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn split_by_find<'a>(hay: &'a str, needle: &'a str) -> Split<'a> {
    Split {
        rest: Some(hay),
        needle,
    }
}

/// The pieces of [`split`].
pub struct Split<'a> {
    rest: Option<&'a str>,
    needle: &'a str,
}

impl<'a> Iterator for Split<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match find(rest, self.needle).filter(|_| !self.needle.is_empty()) {
            Some(at) => {
                self.rest = rest.get(at + self.needle.len()..);
                rest.get(..at)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// The first position of `needle` in `hay`: `[T]`'s missing `find` for bytes. Linear.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    let last = hay.len().checked_sub(needle.len())?;
    if needle.len() <= SHORT {
        return (0..=last)
            .find(|&i| hay.get(i) == Some(&first) && hay.get(i..i + needle.len()) == Some(needle));
    }
    let mut found = None;
    kmp(hay, needle, &mut |at| {
        found = Some(at);
        false
    });
    found
}

/// The last position of `needle` in `hay` (where a match starts). Linear.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(hay.len());
    };
    let last = hay.len().checked_sub(needle.len())?;
    if needle.len() <= SHORT {
        return (0..=last)
            .rev()
            .find(|&i| hay.get(i) == Some(&first) && hay.get(i..i + needle.len()) == Some(needle));
    }
    let mut found = None;
    kmp(hay, needle, &mut |at| {
        found = Some(at);
        true
    });
    found
}

/// Knuth–Morris–Pratt over `hay`: calls `matched` with the start of every match, overlapping
/// ones included, in order, while it returns true. O(hay + needle).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn kmp(hay: &[u8], needle: &[u8], matched: &mut dyn FnMut(usize) -> bool) {
    let m = needle.len();
    if m == 0 {
        return;
    }
    // border[i]: the length of the longest proper border of needle[..=i].
    let mut border = vec![0usize; m];
    let mut k = 0;
    for i in 1..m {
        while k > 0 && needle.get(i) != needle.get(k) {
            k = border.get(k - 1).copied().unwrap_or(0);
        }
        if needle.get(i) == needle.get(k) {
            k += 1;
        }
        if let Some(b) = border.get_mut(i) {
            *b = k;
        }
    }
    let mut q = 0;
    for (i, &b) in hay.iter().enumerate() {
        while q > 0 && needle.get(q) != Some(&b) {
            q = border.get(q - 1).copied().unwrap_or(0);
        }
        if needle.get(q) == Some(&b) {
            q += 1;
        }
        if q == m {
            if !matched(i + 1 - m) {
                return;
            }
            q = border.get(m - 1).copied().unwrap_or(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Texts over a small alphabet with a multi-byte letter, so matches, overlaps and
    /// near-misses are frequent.
    fn text(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![Just('a'), Just('b'), Just('é'), Just(' ')],
            0..max,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    proptest! {
        #[test]
        fn byte_search_is_std_search(hay in text(120), needle in text(6), long in text(60)) {
            for n in [needle.as_str(), long.as_str()] {
                prop_assert_eq!(find_bytes(hay.as_bytes(), n.as_bytes()), hay.find(n));
                prop_assert_eq!(rfind_bytes(hay.as_bytes(), n.as_bytes()), hay.rfind(n));
            }
            // A needle taken from the text itself, so that long needles match too.
            let cut: String = hay.chars().skip(hay.chars().count() / 3).take(40).collect();
            prop_assert_eq!(find_bytes(hay.as_bytes(), cut.as_bytes()), hay.find(cut.as_str()));
            prop_assert_eq!(rfind_bytes(hay.as_bytes(), cut.as_bytes()), hay.rfind(cut.as_str()));
            if !needle.is_empty() {
                prop_assert_eq!(split_by_find(&hay, &needle).collect::<Vec<_>>(), hay.split(needle.as_str()).collect::<Vec<_>>());
            }
            prop_assert_eq!(split_once(&hay, &needle), hay.split_once(needle.as_str()));
            if !needle.is_empty() {
                prop_assert_eq!(
                    matches_by_find(&hay, &needle).collect::<Vec<_>>(),
                    hay.match_indices(needle.as_str()).map(|(i, _)| i).collect::<Vec<_>>()
                );
            }
            for c in needle.chars() {
                prop_assert_eq!(has_char_by_chars(&hay, c), hay.contains(c));
            }
            prop_assert_eq!(rsplit_once(&hay, &needle), hay.rsplit_once(needle.as_str()));
        }
    }

    #[test]
    fn long_needles_with_borders() {
        let needle = "ab".repeat(20) + "a";
        let hay = "ab".repeat(60) + "a";
        assert_eq!(
            find_bytes(hay.as_bytes(), needle.as_bytes()),
            hay.find(&needle)
        );
        assert_eq!(
            rfind_bytes(hay.as_bytes(), needle.as_bytes()),
            hay.rfind(&needle)
        );
        assert_eq!(find_bytes(b"short", needle.as_bytes()), None);
        assert_eq!(rfind_bytes(b"", b""), Some(0));
    }
}
