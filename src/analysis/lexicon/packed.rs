//! The two largest lists as `build.rs` packs them (see there), unpacked once on first use into
//! the text `list!` gives for their files: front coding and, for VADER's words, one order for all
//! words rather than one a weight, make the API-only wasm 3.7 KB (gzip) smaller than the plain
//! text did, its unpacking included.

use crate::analysis::lazy::Lazy;

const COMMON_WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_words.txt.packed"));
const SENTIMENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sentiment_vader.txt.packed"));

/// `common_words.txt` without its comments.
pub fn common_words() -> &'static str {
    static TEXT: Lazy<String> = Lazy::new();
    TEXT.get_or_init(|| unpack_sorted(COMMON_WORDS).unwrap_or_default())
}

/// `sentiment_vader.txt` without its comments.
pub fn sentiment() -> &'static str {
    static TEXT: Lazy<String> = Lazy::new();
    TEXT.get_or_init(|| unpack_grouped(SENTIMENT).unwrap_or_default())
}

/// The next line of `packed` from `*at` (without its line break), moving `*at` past it.
fn line<'a>(packed: &'a [u8], at: &mut usize) -> Option<&'a [u8]> {
    let rest = packed.get(*at..)?;
    let len = rest.iter().position(|&b| b == b'\n')?;
    *at += len + 1;
    Some(&rest[..len])
}

fn number(packed: &[u8], at: &mut usize) -> Option<usize> {
    std::str::from_utf8(line(packed, at)?).ok()?.parse().ok()
}

/// The header: its count of lines, then those lines, copied to `out`.
fn header(packed: &[u8], at: &mut usize, out: &mut Vec<u8>) -> Option<()> {
    for _ in 0..number(packed, at)? {
        out.extend_from_slice(line(packed, at)?);
        out.push(b'\n');
    }
    Some(())
}

/// The next front-coded line: the length of the prefix it shares with `previous`, then the rest.
fn front_coded(packed: &[u8], at: &mut usize, previous: &mut Vec<u8>) -> Option<()> {
    let (&shared, rest) = line(packed, at)?.split_first()?;
    previous.truncate(usize::from(shared.checked_sub(0x20)?));
    previous.extend_from_slice(rest);
    Some(())
}

fn unpack_sorted(packed: &[u8]) -> Option<String> {
    let (mut out, mut at, mut word) = (Vec::new(), 0, Vec::new());
    header(packed, &mut at, &mut out)?;
    while at < packed.len() {
        front_coded(packed, &mut at, &mut word)?;
        out.extend_from_slice(&word);
        out.push(b'\n');
    }
    String::from_utf8(out).ok()
}

fn unpack_grouped(packed: &[u8]) -> Option<String> {
    let (mut out, mut at, mut word) = (Vec::new(), 0, Vec::new());
    header(packed, &mut at, &mut out)?;
    let weights: Vec<&[u8]> = line(packed, &mut at)?.split(|&b| b == b' ').collect();
    let count = number(packed, &mut at)?;
    let mut words = Vec::with_capacity(count);
    for _ in 0..count {
        front_coded(packed, &mut at, &mut word)?;
        words.push(word.clone());
    }
    let mut lines: Vec<Vec<u8>> = vec![Vec::new(); weights.len()];
    for (word, &line) in words.iter().zip(packed.get(at..at + count)?) {
        let line = lines.get_mut(usize::from(line.checked_sub(0x20)?))?;
        if !line.is_empty() {
            line.push(b' ');
        }
        line.extend_from_slice(word);
    }
    for (weight, words) in weights.iter().zip(&lines) {
        out.extend_from_slice(weight);
        out.push(b'\t');
        out.extend_from_slice(words);
        out.push(b'\n');
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    // What `list!` expands to.
    use crate::analysis::lexicon::{kept_len, strip_comments};

    #[test]
    fn unpacks_to_the_lists_without_their_comments() {
        assert_eq!(common_words(), list!("common_words.txt"));
        assert_eq!(sentiment(), list!("sentiment_vader.txt"));
        assert!(common_words().lines().count() > 2000);
        assert!(sentiment().lines().count() > 50);
    }
}
