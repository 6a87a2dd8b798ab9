//! Words and punctuation of a stretch of text, with byte offsets into the document text.
//! Possessives are split off ("Trump's" is the word "trump", marked possessive) and curly
//! apostrophes folded, so the word lists can be written in plain lower case.

use std::ops::Range;

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
    pub surface: String,
    /// `surface` in lower case.
    pub norm: String,
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
    pub key: String,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
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

/// End (char index) of the word starting at `i`: letters and digits, with inner hyphens and
/// apostrophes ("cease-fire", "don't").
fn word_end(chars: &[(usize, char)], i: usize) -> usize {
    let mut j = i + 1;
    loop {
        if j < chars.len() && chars[j].1.is_alphanumeric() {
            j += 1;
        } else if j + 1 < chars.len()
            && (chars[j].1 == '-' || is_apostrophe(chars[j].1))
            && chars[j + 1].1.is_alphanumeric()
        {
            j += 2;
        } else {
            return j;
        }
    }
}

/// End of dotted initials starting at `i` ("U.S.", "U.S.A."), if there are two or more.
fn dotted_initials(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let mut k = i;
    let mut n = 0;
    while k + 1 < chars.len() && chars[k].1.is_uppercase() && chars[k + 1].1 == '.' {
        let next_is_initial =
            k + 3 < chars.len() && chars[k + 2].1.is_uppercase() && chars[k + 3].1 == '.';
        let next_is_word = k + 2 < chars.len() && chars[k + 2].1.is_alphanumeric();
        k += 2;
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
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let base = range.start;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            line_start |= c == '\n';
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let j = dotted_initials(&chars, i).unwrap_or_else(|| word_end(&chars, i));
            let end = if j < chars.len() {
                chars[j].0
            } else {
                slice.len()
            };
            let mut word: String = slice[pos..end]
                .chars()
                .map(|c| if c == '\u{2019}' { '\'' } else { c })
                .collect();
            let mut poss = false;
            if word.len() > 2 && (word.ends_with("'s") || word.ends_with("'S")) {
                word.truncate(word.len() - 2);
                poss = true;
            } else if j < chars.len()
                && is_apostrophe(chars[j].1)
                && word.ends_with('s')
                && (j + 1 >= chars.len() || !chars[j + 1].1.is_alphanumeric())
                && word.chars().next().is_some_and(char::is_uppercase)
            {
                // "allies'" with a capital only: a closing single quote is more common.
                poss = true;
            }
            let cap = word.chars().next().is_some_and(char::is_uppercase);
            let name = cap
                && word.chars().any(char::is_lowercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
            let key = if cap {
                crate::analysis::names::fold(&word)
            } else {
                String::new()
            };
            out.push(Token {
                start: base + pos,
                end: base + end,
                kind: Kind::Word,
                norm: word.to_lowercase(),
                surface: word,
                cap,
                poss,
                line_start,
                name,
                key,
            });
            line_start = false;
            i = j;
            continue;
        }
        let end = pos + c.len_utf8();
        let kind = if is_quote_mark(c) {
            Kind::Quote
        } else {
            Kind::Punct(c)
        };
        out.push(Token {
            start: base + pos,
            end: base + end,
            kind,
            surface: c.to_string(),
            norm: c.to_string(),
            cap: false,
            poss: false,
            line_start,
            name: false,
            key: String::new(),
        });
        line_start = false;
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| {
                if t.poss {
                    format!("{}+s", t.norm)
                } else {
                    t.norm
                }
            })
            .collect()
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

    #[test]
    fn offsets_point_into_the_text() {
        let s = "Peskov said: «Нет» — ok";
        for t in tokenize(s, 0..s.len()) {
            assert_eq!(&s[t.start..t.end].replace('\u{2019}', "'"), &{
                let mut w = t.surface.clone();
                if t.poss {
                    w.push_str("'s");
                }
                w
            });
        }
        assert!(tokenize(s, 3..1000).is_empty());
    }
}
