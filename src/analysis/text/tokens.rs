//! Words and punctuation of a stretch of text, with byte offsets into the document text.
//! Possessives are split off ("Trump's" is the word "trump", marked possessive) and curly
//! apostrophes folded, so the word lists can be written in plain lower case.

use crate::analysis::chars;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::analysis::short_str::ShortStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// A quotation mark of any style.
    Quote,
    Punct(char),
}

#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The word as written, apostrophes folded, possessive ending removed.
    surface: ShortStr,
    /// `surface` in lower case.
    norm: ShortStr,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Ended in 's or s' ("Trump's", "allies'").
    pub poss: bool,
    /// A line break stands between this token and the one before.
    pub line_start: bool,
    /// A capitalised word that can be part of a person's name ("Peskov", "Jean-Luc").
    pub name: bool,
    /// `names::fold` of `surface` for capitalised words, empty otherwise; computed once
    /// here because names are looked up per token.
    key: ShortStr,
    /// The stance grammar's classes of `norm`, one bit each, with [`CLASSES_KNOWN`] set once
    /// filled in at the first test of the token (`stance::grammar::Class::holds`); 0 until then.
    classes: Classes,
}

/// Set in [`Token::classes`] once the classes are filled in.
pub const CLASSES_KNOWN: u64 = 1 << 63;

/// A token's class bits, filled in through a shared reference. An atomic (loads and stores are
/// plain moves, natively and in the wasm) rather than a `Cell`, so tokens stay `Sync` and the
/// token past the end ([`tok`]) can be a static.
#[derive(Default)]
pub struct Classes(AtomicU64);

impl Classes {
    const fn new() -> Classes {
        Classes(AtomicU64::new(0))
    }
}

impl Clone for Classes {
    fn clone(&self) -> Self {
        Classes(AtomicU64::new(self.0.load(Ordering::Relaxed)))
    }
}

impl std::fmt::Debug for Classes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:#x}", self.0.load(Ordering::Relaxed))
    }
}

/// A token past the end of every list: no word, no text (see [`tok`]).
static NONE: Token = Token {
    start: 0,
    end: 0,
    kind: Kind::Punct('\0'),
    surface: ShortStr::EMPTY,
    norm: ShortStr::EMPTY,
    cap: false,
    poss: false,
    line_start: false,
    name: false,
    key: ShortStr::EMPTY,
    classes: Classes::new(),
};

/// `toks[k]`, or for a `k` past the end a token that is no word and holds no text. The stance's
/// rules read tokens by index at some 250 places, each `k` checked by its rule; a plain index
/// carried a panic and its source location at each of them in the wasm.
#[inline(always)]
pub fn tok(toks: &[Token], k: usize) -> &Token {
    toks.get(k).unwrap_or(&NONE)
}

impl Token {
    /// The word as written, apostrophes folded, possessive ending removed.
    pub fn surface(&self) -> &str {
        self.surface.as_str()
    }

    /// `surface` in lower case.
    pub fn norm(&self) -> &str {
        self.norm.as_str()
    }

    /// `targets::name_key` of `surface` for capitalised words, empty otherwise.
    pub fn key(&self) -> &str {
        self.key.as_str()
    }

    /// The word's classes, with [`CLASSES_KNOWN`] set when they were filled in.
    #[inline]
    pub fn classes(&self) -> u64 {
        self.classes.0.load(Ordering::Relaxed)
    }

    pub fn set_classes(&self, classes: u64) {
        self.classes
            .0
            .store(classes | CLASSES_KNOWN, Ordering::Relaxed);
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// A plural's possessive ("nurses'"), not an "'s": the token's bytes beyond its surface are
    /// "'" or "’" (1 or 3 bytes), not "'s" or "’s" (2 or 4); a "’" inside the word, folded to
    /// "'", shortens the surface by 2 and keeps the parity.
    pub fn plural_poss(&self) -> bool {
        self.poss && (self.end - self.start).saturating_sub(self.surface().len()) % 2 == 1
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{00ab}'
            | '\u{00bb}'
            | '\u{2018}'
            | '\u{2019}'
            | '\''
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// "the nurses' union", "the Democrats' plan": the apostrophe of a plural's possessive after
/// `word`, which ends at byte `end`. The word's token takes it in, as it takes in "'s"; returns
/// the end past it. Not while a single quotation mark is open ('a betrayal of families'), whose
/// closing mark it would be, and after a lower-case plural only before a lower-case word.
fn plural_possessive(slice: &str, end: usize, word: &str, single_open: bool) -> Option<usize> {
    if single_open || !word.ends_with('s') {
        return None;
    }
    let past = end
        + char_at(slice, end)
            .filter(|&c| is_apostrophe(c))?
            .len_utf8();
    let next = char_at(slice, past);
    if next.is_some_and(chars::is_alphanumeric) {
        return None;
    }
    let cap = word.starts_with(char::is_uppercase);
    let lower_after = next == Some(' ') && char_at(slice, past + 1).is_some_and(char::is_lowercase);
    (cap || lower_after).then_some(past)
}

/// Whether the single quotation mark at byte `pos` opens a quotation: after a space, the
/// start or an opening bracket or dash, and before a letter or digit (‘ always opens).
fn opens_single(slice: &str, pos: usize, c: char) -> bool {
    c == '\u{2018}'
        || (slice
            .get(..pos)
            .unwrap_or("")
            .chars()
            .next_back()
            .is_none_or(|p| {
                p.is_whitespace()
                    || matches!(p, '(' | '[' | '"' | '\u{201c}' | '\u{2014}' | '\u{2013}')
            })
            && char_at(slice, pos + c.len_utf8()).is_some_and(chars::is_alphanumeric))
}

/// The character at byte `p` of `s`, if any.
#[inline]
fn char_at(s: &str, p: usize) -> Option<char> {
    s.get(p..).and_then(|r| r.chars().next())
}

/// Byte position after the character at byte `p` (or `p` at the end).
#[inline]
fn after(s: &str, p: usize) -> usize {
    p + char_at(s, p).map_or(0, char::len_utf8)
}

/// End (byte) of the word starting at byte `i`: letters and digits, with inner hyphens and
/// apostrophes ("cease-fire", "don't").
fn word_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    // An ASCII first letter is one byte (most words): no character to decode.
    let mut j = match bytes.get(i) {
        Some(&b) if b < 0x80 => i + 1,
        _ => after(s, i),
    };
    loop {
        // A run of ASCII letters and digits without decoding.
        while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        // Any other ASCII byte but a hyphen or apostrophe ends the word.
        if bytes
            .get(j)
            .is_none_or(|&b| b < 0x80 && b != b'-' && b != b'\'')
        {
            return j;
        }
        match char_at(s, j) {
            Some(c) if chars::is_alphanumeric(c) => j += c.len_utf8(),
            Some(c)
                if (c == '-' || is_apostrophe(c))
                    && char_at(s, j + c.len_utf8()).is_some_and(chars::is_alphanumeric) =>
            {
                j = after(s, j + c.len_utf8());
            }
            _ => return j,
        }
    }
}

/// End (byte) of dotted initials starting at byte `i` ("U.S.", "U.S.A."), if there are two or
/// more.
fn dotted_initials(s: &str, i: usize) -> Option<usize> {
    // A capital followed by a full stop: the byte after the stop.
    let initial = |k: usize| {
        char_at(s, k)
            .filter(|c| c.is_uppercase())
            .and_then(|c| (char_at(s, k + c.len_utf8()) == Some('.')).then(|| k + c.len_utf8() + 1))
    };
    let mut k = i;
    let mut n = 0;
    while let Some(next) = initial(k) {
        let next_is_initial = initial(next).is_some();
        let next_is_word = char_at(s, next).is_some_and(chars::is_alphanumeric);
        k = next;
        n += 1;
        if !next_is_initial {
            if next_is_word {
                return None;
            }
            break;
        }
    }
    (n >= 2).then_some(k)
}

/// Splits `text[range]` into tokens. Offsets are into `text`; a range that is out of bounds
/// or not on character boundaries gives no tokens.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    tokenize_with(text, range, true)
}

/// [`tokenize`] without the name keys (`Token::key` is empty): for text that is only matched
/// against the word lists, where a key per capitalised word was most of the cost.
pub fn tokenize_unkeyed(text: &str, range: Range<usize>) -> Vec<Token> {
    tokenize_with(text, range, false)
}

fn tokenize_with(text: &str, range: Range<usize>, keys: bool) -> Vec<Token> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let base = range.start;
    // News runs about five bytes a token: reserving for that saves most regrowth copies.
    let mut out = Vec::with_capacity(slice.len() / 5 + 1);
    let bytes = slice.as_bytes();
    let mut pos = 0;
    let mut line_start = true;
    // A single quotation mark is open (until its closing mark or the line's end).
    let mut single_open = false;
    while pos < bytes.len() {
        // ASCII bytes are classified without decoding a character; the rest as before.
        let b = bytes[pos];
        // Natively only: the one-pass reading of plain ASCII words is half a kilobyte of the
        // engine's wasm, which has a size budget (README, "What costs bytes"); the general
        // path below gives the same tokens.
        #[cfg(not(target_arch = "wasm32"))]
        if b < 0x80 {
            // ASCII white space is what `char::is_whitespace` takes of it: tab to carriage
            // return and the space.
            if matches!(b, b'\t'..=b'\r' | b' ') {
                line_start |= b == b'\n';
                single_open &= b != b'\n';
                pos += 1;
                continue;
            }
            if b.is_ascii_alphanumeric() {
                // Dotted initials start with a capital and a full stop right after it.
                let initials = b.is_ascii_uppercase() && bytes.get(pos + 1) == Some(&b'.');
                // Most words are a run of ASCII letters and digits that ASCII other than a
                // hyphen or apostrophe ends: read in one pass, the classes of its bytes
                // gathered on the way.
                let (mut j, mut any, mut all) = (pos, 0u8, ALNUM | UPPER | LOWER | ALPHA);
                while let Some(&c) = bytes.get(j) {
                    let class = ASCII_CLASS[usize::from(c)];
                    if class & ALNUM == 0 {
                        break;
                    }
                    any |= class;
                    all &= class;
                    j += 1;
                }
                let plain_end = bytes
                    .get(j)
                    .is_none_or(|&c| c < 0x80 && c != b'-' && c != b'\'');
                if !initials && plain_end {
                    out.push(plain_word(
                        &slice[pos..j],
                        base + pos,
                        any,
                        all,
                        line_start,
                        keys,
                    ));
                    line_start = false;
                    pos = j;
                    continue;
                }
                let end = if initials {
                    dotted_initials(slice, pos).unwrap_or_else(|| word_end(slice, pos))
                } else {
                    word_end(slice, pos)
                };
                if let Some(t) = ascii_word(slice, pos, end, base, line_start, keys, single_open) {
                    line_start = false;
                    pos = t.end - base;
                    out.push(t);
                    continue;
                }
            }
        }
        let c = if b < 0x80 {
            char::from(b)
        } else {
            match char_at(slice, pos) {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            line_start |= c == '\n';
            single_open &= c != '\n';
            pos += c.len_utf8();
            continue;
        }
        if chars::is_alphanumeric(c) {
            let mut end = if c.is_uppercase() {
                dotted_initials(slice, pos).unwrap_or_else(|| word_end(slice, pos))
            } else {
                word_end(slice, pos)
            };
            let written = slice.get(pos..end).unwrap_or("");
            let folded;
            // U+2019 is encoded E2 80 99: a word without the byte E2 holds none.
            let mut word: &str = if written.as_bytes().contains(&0xE2)
                && crate::analysis::substr::contains(written, "\u{2019}")
            {
                folded = written.replace('\u{2019}', "'");
                &folded
            } else {
                written
            };
            let mut poss = false;
            if word.len() > 2 && (word.ends_with("'s") || word.ends_with("'S")) {
                word = word.get(..word.len() - 2).unwrap_or("");
                poss = true;
            } else if let Some(past) = plural_possessive(slice, end, word, single_open) {
                end = past;
                poss = true;
            }
            let cap = word.chars().next().is_some_and(char::is_uppercase);
            let name = cap && is_name_shape(word);
            let key = if cap && keys {
                name_key(word)
            } else {
                ShortStr::default()
            };
            out.push(Token {
                start: base + pos,
                end: base + end,
                kind: Kind::Word,
                norm: crate::analysis::lower::with_lower(word, ShortStr::new),
                surface: ShortStr::new(word),
                cap,
                poss,
                line_start,
                name,
                key,
                classes: Classes::new(),
            });
            line_start = false;
            pos = end;
            continue;
        }
        // A doubled apostrophe is one quotation mark: ''pass through'' in some wire copy.
        let doubled = c == '\'' && bytes.get(pos + 1) == Some(&b'\'');
        if !doubled && matches!(c, '\'' | '\u{2018}' | '\u{2019}') {
            single_open = opens_single(slice, pos, c);
        }
        let (end, kind, written) = if doubled {
            (pos + 2, Kind::Quote, ShortStr::new("''"))
        } else if is_quote_mark(c) {
            let end = pos + c.len_utf8();
            (
                end,
                Kind::Quote,
                ShortStr::new(slice.get(pos..end).unwrap_or("")),
            )
        } else {
            let end = pos + c.len_utf8();
            (
                end,
                Kind::Punct(c),
                ShortStr::new(slice.get(pos..end).unwrap_or("")),
            )
        };
        let norm = if doubled {
            ShortStr::new("\"")
        } else {
            written.clone()
        };
        out.push(Token {
            start: base + pos,
            end: base + end,
            kind,
            surface: written,
            norm,
            cap: false,
            poss: false,
            line_start,
            name: false,
            key: ShortStr::default(),
            classes: Classes::new(),
        });
        line_start = false;
        pos = end;
    }
    out
}

/// Classes of ASCII bytes, for the tokenizer's one pass over a word.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
const ALNUM: u8 = 1;
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
const UPPER: u8 = 2;
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
const LOWER: u8 = 4;
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
const ALPHA: u8 = 8;

#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] |= ALNUM;
        }
        if c.is_ascii_uppercase() {
            t[b] |= UPPER | ALPHA;
        }
        if c.is_ascii_lowercase() {
            t[b] |= LOWER | ALPHA;
        }
        b += 1;
    }
    t
};

/// The token of `word`, a run of ASCII letters and digits whose byte classes are `any` (some
/// byte has the class) and `all` (every byte has it): what [`ascii_word`] gives for it (no
/// apostrophe, so no possessive; a name word when it is all letters with some lower case).
#[inline]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn plain_word(word: &str, start: usize, any: u8, all: u8, line_start: bool, keys: bool) -> Token {
    let cap = word
        .as_bytes()
        .first()
        .is_some_and(|&c| ASCII_CLASS[usize::from(c)] & UPPER != 0);
    let surface = ShortStr::new(word);
    let norm = if any & UPPER != 0 {
        ShortStr::ascii_lower(word)
    } else {
        surface.clone()
    };
    Token {
        start,
        end: start + word.len(),
        kind: Kind::Word,
        norm,
        surface,
        cap,
        poss: false,
        line_start,
        name: cap && any & LOWER != 0 && all & ALPHA != 0,
        key: if cap && keys {
            name_key(word)
        } else {
            ShortStr::default()
        },
        classes: Classes::new(),
    }
}

/// The token of the word `slice[pos..end]` when it is all ASCII (most words of news), read in
/// one pass over its bytes: the same token as the general path gives, without the search for
/// a curly apostrophe, the decoding of characters or a second copy of a word that is already
/// lower case. None for a word with any other byte, which the general path takes.
#[inline]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn ascii_word(
    slice: &str,
    pos: usize,
    end: usize,
    base: usize,
    line_start: bool,
    keys: bool,
    single_open: bool,
) -> Option<Token> {
    let written = slice.get(pos..end)?;
    let mut end = end;
    if !written.is_ascii() {
        return None;
    }
    let mut word = written;
    let mut poss = false;
    let wb = word.as_bytes();
    if wb.len() > 2 && wb[wb.len() - 2] == b'\'' && matches!(wb[wb.len() - 1], b's' | b'S') {
        word = word.get(..word.len() - 2).unwrap_or("");
        poss = true;
    } else if let Some(past) = plural_possessive(slice, end, word, single_open) {
        end = past;
        poss = true;
    }
    let (mut upper, mut lower, mut shape) = (false, false, true);
    for &c in word.as_bytes() {
        upper |= c.is_ascii_uppercase();
        lower |= c.is_ascii_lowercase();
        shape &= c.is_ascii_alphabetic() || c == b'-' || c == b'\'';
    }
    let cap = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    let surface = ShortStr::new(word);
    let norm = if upper {
        crate::analysis::lower::with_lower(word, ShortStr::new)
    } else {
        surface.clone()
    };
    Some(Token {
        start: base + pos,
        end: base + end,
        kind: Kind::Word,
        norm,
        surface,
        cap,
        poss,
        line_start,
        name: cap && lower && shape,
        key: if cap && keys {
            name_key(word)
        } else {
            ShortStr::default()
        },
        classes: Classes::new(),
    })
}

/// A word that can be part of a person's name (given a capital first letter): some lower-case
/// letter, and only letters, hyphens and apostrophes.
fn is_name_shape(word: &str) -> bool {
    if word.is_ascii() {
        let b = word.as_bytes();
        return b.iter().any(u8::is_ascii_lowercase)
            && b.iter()
                .all(|&c| c.is_ascii_alphabetic() || c == b'-' || c == b'\'');
    }
    word.chars().any(char::is_lowercase)
        && word
            .chars()
            .all(|c| chars::is_alphabetic(c) || c == '-' || c == '\'')
}

/// `names::fold(word)` as a [`ShortStr`]: for a short ASCII word on the stack, without the
/// `String` the fold builds (one per capitalised word of every document).
fn name_key(word: &str) -> ShortStr {
    const STACK: usize = 32;
    let b = word.as_bytes();
    if b.len() > STACK || !word.is_ascii() {
        return ShortStr::new(&crate::analysis::names::fold(word));
    }
    // The same steps as `fold` on ASCII: lower case (no accents to strip), letters only, a
    // letter repeated in a row kept once, then a final "y" or "i" dropped while more than four
    // letters remain.
    let mut out = [0u8; STACK];
    let mut n = 0;
    for &c in b {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphabetic() && (n == 0 || out[n - 1] != c) {
            out[n] = c;
            n += 1;
        }
    }
    while n > 4 && matches!(out[n - 1], b'y' | b'i') {
        n -= 1;
    }
    // SAFETY: only ASCII letters were copied, and ASCII is valid UTF-8.
    ShortStr::new(unsafe { std::str::from_utf8_unchecked(&out[..n]) })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as it was before its ASCII paths, kept to hold the new one to it.
    #[cfg(not(target_arch = "wasm32"))]
    fn tokenize_reference(text: &str, range: Range<usize>, keys: bool) -> Vec<Token> {
        let Some(slice) = text.get(range.clone()) else {
            return Vec::new();
        };
        let base = range.start;
        let mut out = Vec::new();
        let mut pos = 0;
        let mut line_start = true;
        let mut single_open = false;
        while let Some(c) = char_at(slice, pos) {
            if c.is_whitespace() {
                line_start |= c == '\n';
                single_open &= c != '\n';
                pos += c.len_utf8();
                continue;
            }
            if chars::is_alphanumeric(c) {
                let mut end = dotted_initials(slice, pos).unwrap_or_else(|| word_end(slice, pos));
                let written = &slice[pos..end];
                let folded;
                let mut word: &str = if crate::analysis::substr::contains(written, "\u{2019}") {
                    folded = written.replace('\u{2019}', "'");
                    &folded
                } else {
                    written
                };
                let mut poss = false;
                if word.len() > 2 && (word.ends_with("'s") || word.ends_with("'S")) {
                    word = &word[..word.len() - 2];
                    poss = true;
                } else if let Some(past) = plural_possessive(slice, end, word, single_open) {
                    end = past;
                    poss = true;
                }
                let cap = word.chars().next().is_some_and(char::is_uppercase);
                let name = cap
                    && word.chars().any(char::is_lowercase)
                    && word
                        .chars()
                        .all(|c| chars::is_alphabetic(c) || c == '-' || c == '\'');
                let key = if cap && keys {
                    ShortStr::new(&crate::analysis::names::fold(word))
                } else {
                    ShortStr::default()
                };
                out.push(Token {
                    start: base + pos,
                    end: base + end,
                    kind: Kind::Word,
                    norm: crate::analysis::lower::with_lower(word, ShortStr::new),
                    surface: ShortStr::new(word),
                    cap,
                    poss,
                    line_start,
                    name,
                    key,
                    classes: Classes::new(),
                });
                line_start = false;
                pos = end;
                continue;
            }
            // A doubled apostrophe is one quotation mark: ''pass through'' in some wire copy.
            let doubled = c == '\'' && slice[pos + 1..].starts_with('\'');
            if !doubled && matches!(c, '\'' | '\u{2018}' | '\u{2019}') {
                single_open = opens_single(slice, pos, c);
            }
            let (end, kind, written) = if doubled {
                (pos + 2, Kind::Quote, ShortStr::new("''"))
            } else if is_quote_mark(c) {
                let end = pos + c.len_utf8();
                (end, Kind::Quote, ShortStr::new(&slice[pos..end]))
            } else {
                let end = pos + c.len_utf8();
                (end, Kind::Punct(c), ShortStr::new(&slice[pos..end]))
            };
            let norm = if doubled {
                ShortStr::new("\"")
            } else {
                written.clone()
            };
            out.push(Token {
                start: base + pos,
                end: base + end,
                kind,
                surface: written,
                norm,
                cap: false,
                poss: false,
                line_start,
                name: false,
                key: ShortStr::default(),
                classes: Classes::new(),
            });
            line_start = false;
            pos = end;
        }
        out
    }

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| {
                if t.poss {
                    format!("{}+s", t.norm())
                } else {
                    t.norm().to_string()
                }
            })
            .collect()
    }

    /// The tokenizer gives exactly the tokens the character-by-character one gave, on every
    /// benchmark class (news, names, quotation marks, Cyrillic, markup...) and on edge cases.
    #[test]
    // Reads the benchmark's generators, which are native only (`crate::bench`).
    #[cfg(not(target_arch = "wasm32"))]
    fn same_tokens_as_the_reference() {
        let mut texts: Vec<String> = [
            "Trump’s “cease-fire” can't, U.S. mediation. ''pass through'' allies' U.S.A.B",
            "McDONALD's O'Neill-Smith said: «Нет» — ÉLYSÉE Ærø Łódź Müller-Lüdenscheidt. İstanbul",
            "Jean-Luc\nPicard\r\n\tA.B. ab.c. Hillary's HILLARY'S 1990s 'quote' ’tis x’s",
            "Kennedyyyy Kennedy Tiffany Levi Loui Daily IIII Zzzzyi Aa Bb a'",
            "\u{2019}\u{2019} ' '' ''' naïve café Ωmega ΣΟΦΙΑ résumé 42nd 3-D Dr. Smith-",
            "the nurses' union, 'a betrayal of families' and parents\u{2019} fears; \u{2018}Democrats\u{2019} Jones' x",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for class in crate::bench::generate::CLASSES {
            let g = (class.make)(20_000);
            texts.push(String::from_utf8_lossy(&g.bytes).into_owned());
        }
        for text in &texts {
            for keys in [true, false] {
                let got = tokenize_with(text, 0..text.len(), keys);
                let want = tokenize_reference(text, 0..text.len(), keys);
                assert_eq!(format!("{got:?}"), format!("{want:?}"), "{text:.80}");
            }
            // A stretch inside the text (empty when off a character boundary).
            let mid = text.len() / 3;
            let got = tokenize_with(text, mid..text.len(), true);
            let want = tokenize_reference(text, mid..text.len(), true);
            assert_eq!(format!("{got:?}"), format!("{want:?}"));
        }
    }

    #[test]
    fn a_doubled_apostrophe_is_one_quotation_mark() {
        let text = "taxing ''pass through'' income";
        let toks = tokenize(text, 0..text.len());
        let kinds: Vec<bool> = toks.iter().map(|t| t.kind == Kind::Quote).collect();
        assert_eq!(kinds, [false, true, false, false, true, false]);
        assert_eq!(toks[1].start..toks[1].end, 7..9);
        assert_eq!(toks[4].start..toks[4].end, 21..23);
    }

    #[test]
    fn splits_words_possessives_and_marks() {
        assert_eq!(
            words("Trump’s “cease-fire” can't, U.S. mediation."),
            [
                "trump+s",
                "“",
                "cease-fire",
                "”",
                "can't",
                ",",
                "u.s.",
                "mediation",
                "."
            ]
        );
    }

    /// A plural's possessive apostrophe belongs to its word; a closing single quotation mark
    /// after a plural stays a mark.
    #[test]
    fn plural_possessives_take_their_apostrophe() {
        assert_eq!(
            words("the nurses' union and the Democrats\u{2019} plan"),
            [
                "the",
                "nurses+s",
                "union",
                "and",
                "the",
                "democrats+s",
                "plan"
            ]
        );
        assert_eq!(
            words("called it 'a betrayal of families' and left"),
            ["called", "it", "'", "a", "betrayal", "of", "families", "'", "and", "left"]
        );
        // A mark closing a quotation that opened on an earlier line is not taken for one.
        assert_eq!(
            words("'the workers' pay"),
            ["'", "the", "workers", "'", "pay"]
        );
        assert_eq!(words("'no'\nthe workers' pay")[4..], ["workers+s", "pay"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let s = "Peskov said: «Нет» — ok";
        for t in tokenize(s, 0..s.len()) {
            assert_eq!(&s[t.start..t.end].replace('\u{2019}', "'"), &{
                let mut w = t.surface().to_string();
                if t.poss {
                    w.push_str("'s");
                }
                w
            });
        }
        assert!(tokenize(s, 3..1000).is_empty());
    }
}
