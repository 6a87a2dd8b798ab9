//! The one text model: paragraphs and sentences of the cleaned text as byte ranges, the
//! tokens of [`tokens`] (made once per document and read by every stage), and the written
//! words attribution reads, built from those tokens. Linear scans, no copying.

pub mod tokens;

use tokens::{Kind, Token};

/// The text model of one document, made once by the pipeline's text stage.
pub struct Model {
    /// [`paragraphs`] of the text.
    pub paragraphs: Vec<Range<usize>>,
    /// [`sentences`] of each paragraph.
    pub sentences: Vec<Vec<Range<usize>>>,
    /// [`tokens::tokenize`] of the whole text.
    pub tokens: Vec<Token>,
}

impl Model {
    pub fn new(text: &str) -> Self {
        let paragraphs = paragraphs(text);
        let sentences = paragraphs
            .iter()
            .map(|p| sentences(text, p.clone()))
            .collect();
        Model {
            paragraphs,
            sentences,
            tokens: tokens::tokenize(text, 0..text.len()),
        }
    }
}

use std::ops::Range;

/// Byte ranges of the paragraphs: blocks separated by one or more blank lines.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let blank = content.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                out.push(s..last_end);
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            last_end = pos + content.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(s..last_end);
    }
    out
}

/// The abbreviations of the lexicon as a set: asked at every full stop after a word (a walk
/// over the list was a hundredth of the profile).
fn abbreviations() -> &'static crate::analysis::word_set::WordSet {
    static SET: crate::analysis::lazy::Lazy<crate::analysis::word_set::WordSet> =
        crate::analysis::lazy::Lazy::new();
    SET.get_or_init(|| {
        crate::analysis::lexicon::lines(crate::analysis::lexicon::ABBREVIATIONS).collect()
    })
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\u{00bb}' | '\u{00ab}'
    )
}

/// Byte ranges of the sentences within `range` of `text`.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it)
/// followed by whitespace and a capital, digit or opening quote, unless the word before the
/// stop is a known abbreviation or a single initial.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let para = text.get(range.clone()).unwrap_or("");
    let bytes = para.as_bytes();
    // Byte positions stay on character boundaries: every step is a whole character, and the
    // stops searched for are ASCII or start with a lead byte (0xE2 of "…").
    let char_at = |p: usize| para.get(p..).and_then(|r| r.chars().next());
    let skip_space = |mut k: usize| {
        while let Some(d) = char_at(k).filter(|d| d.is_whitespace()) {
            k += d.len_utf8();
        }
        k
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(found) = bytes.get(i..).and_then(|rest| {
        rest.iter()
            .position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
    }) {
        i += found;
        let Some(c) = char_at(i) else {
            break;
        };
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            i += c.len_utf8();
            continue;
        }
        // Absorb runs of stops, closing quotes and brackets.
        let mut j = i + c.len_utf8();
        while let Some(d) = char_at(j)
            .filter(|&d| matches!(d, '.' | '!' | '?' | ')' | ']' | '\u{2026}') || is_quote_char(d))
        {
            j += d.len_utf8();
        }
        let end = j;
        let next_starts = char_at(j).is_some_and(char::is_whitespace)
            && char_at(skip_space(j)).is_some_and(|d| {
                d.is_uppercase() || d.is_ascii_digit() || is_quote_char(d) || d == '('
            });
        if (j >= para.len() || next_starts) && !(c == '.' && is_abbreviation(para, i)) {
            let s = para.get(start..end).unwrap_or("");
            if !s.trim().is_empty() {
                out.push(range.start + start..range.start + end);
            }
            start = skip_space(j);
            i = start;
            continue;
        }
        i = j;
    }
    if start < para.len() && !para.get(start..).unwrap_or("").trim().is_empty() {
        out.push(range.start + start..range.end);
    }
    out
}

/// Is `word` (without its full stop) an abbreviation the lexicon knows ("St", "Sen")? A stop
/// after one ends no sentence.
pub fn is_abbreviation_word(word: &str) -> bool {
    super::lower::with_lower(word, |lower| abbreviations().contains(lower))
}

/// Is the full stop at byte `dot` of `s` part of an abbreviation or an initial?
fn is_abbreviation(s: &str, dot: usize) -> bool {
    let before = s.get(..dot).unwrap_or("");
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || is_quote_char(c))
        .map(|p| {
            p + before
                .get(p..)
                .unwrap_or("")
                .chars()
                .next()
                .map_or(1, char::len_utf8)
        })
        .unwrap_or(0);
    let word = before.get(word_start..).unwrap_or("");
    if word.is_empty() {
        return false;
    }
    if super::lower::with_lower(word, |lower| abbreviations().contains(lower)) {
        return true;
    }
    // Single capital initials ("J. Smith") and dotted acronyms ("U.S").
    let mut letters = word.chars();
    matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase())
        || (word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1))
}

/// A written word or punctuation mark with its byte range in the text: what attribution and
/// people read. A written word is one or more of the [`tokens`] joined the way a reporter
/// writes a single word ("U.S.", "Sen.", "AT&T", "e.g."), where stance reads the finer tokens
/// ("Sen" and "." apart, possessives marked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub is_word: bool,
}

/// `toks[k]`, or for a `k` past the end a mark of no text (no word): attribution's and people's
/// rules read words by index at some 120 places, each `k` checked by its rule; a plain index
/// carried a panic and its source location at each of them in the wasm.
#[inline(always)]
pub fn word(toks: &[Word], k: usize) -> Word {
    toks.get(k).copied().unwrap_or(Word {
        start: 0,
        end: 0,
        is_word: false,
    })
}

impl Word {
    /// Empty for a range that is not the text's (never one [`words`] gave): inlined at
    /// dozens of places, indexing with its panic's location at each was 1 KB of the wasm.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or_default()
    }
}

/// The written words of `toks`, tokens of `text` in order (a paragraph's, or a run of them):
/// words joined across a full stop or "&" that a letter or digit follows ("U.S.A", "AT&T");
/// a word's final full stop kept only for abbreviations and initials; a doubled apostrophe
/// two marks. No character is read twice: the joins are decided on the tokens.
pub fn words(text: &str, toks: &[Token]) -> Vec<Word> {
    let mut out = Vec::with_capacity(toks.len());
    let punct = |start: usize, end: usize| Word {
        start,
        end,
        is_word: false,
    };
    // A word that [`tokens::tokenize`] ended with its dotted initials' final stop ("U.S.")
    // ends before that stop here; whether the stop joins is decided below, as for any word.
    let core_end = |t: &Token| {
        if t.end - t.start > 1 && text.as_bytes().get(t.end - 1) == Some(&b'.') {
            t.end - 1
        } else {
            t.end
        }
    };
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        if t.kind != Kind::Word {
            if t.end - t.start == 2 && t.kind == Kind::Quote {
                // A doubled apostrophe: two marks.
                out.push(punct(t.start, t.start + 1));
                out.push(punct(t.start + 1, t.end));
            } else {
                out.push(punct(t.start, t.end));
            }
            i += 1;
            continue;
        }
        // "the nurses' union": the token took in a plural's possessive apostrophe, which is a
        // mark of its own among the written words.
        if t.plural_poss() {
            let n = if text.as_bytes().get(t.end - 1) == Some(&b'\'') {
                1
            } else {
                '\u{2019}'.len_utf8()
            };
            out.push(Word {
                start: t.start,
                end: t.end - n,
                is_word: true,
            });
            out.push(punct(t.end - n, t.end));
            i += 1;
            continue;
        }
        let start = t.start;
        let mut end = core_end(t);
        let mut stopped = end < t.end;
        i += 1;
        // Join across a full stop or "&" touching a word on both sides.
        while !stopped {
            let (Some(c), Some(w)) = (toks.get(i), toks.get(i + 1)) else {
                break;
            };
            let joins = c.start == end
                && (c.kind == Kind::Punct('.') || c.kind == Kind::Punct('&'))
                && w.kind == Kind::Word
                && w.start == c.end;
            if !joins {
                break;
            }
            end = core_end(w);
            stopped = end < w.end;
            i += 2;
        }
        // The stop after the word: kept for an abbreviation or an initial. It is either the
        // final stop of dotted initials (`stopped`) or a token of its own.
        let stop_follows = stopped
            || toks
                .get(i)
                .is_some_and(|n| n.start == end && n.kind == Kind::Punct('.'));
        let keeps_stop = stop_follows && is_abbreviation(text, end);
        out.push(Word {
            start,
            end: if keeps_stop { end + 1 } else { end },
            is_word: true,
        });
        if stopped && !keeps_stop {
            out.push(punct(end, end + 1));
        } else if !stopped && keeps_stop {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::chars;

    /// The written words of `range`, from its tokens.
    fn written(text: &str, range: Range<usize>) -> Vec<Word> {
        words(text, &tokens::tokenize(text, range))
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "First para.\n\n  Second para line.\n\n\nThird.";
        let p: Vec<&str> = paragraphs(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(p, vec!["First para.", "Second para line.", "Third."]);
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let t = "U.S. President Joe Smith spoke on Feb. 12 in Washington. \"It is over.\" He left! Then what?";
        let s: Vec<&str> = sentences(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(
            s,
            vec![
                "U.S. President Joe Smith spoke on Feb. 12 in Washington.",
                "\"It is over.\"",
                "He left!",
                "Then what?"
            ]
        );
    }

    #[test]
    fn tokens_keep_abbreviations_and_apostrophes() {
        let t = "U.S. Sen. O'Brien didn't go (R-Ala.).";
        let w: Vec<&str> = written(t, 0..t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(
            w,
            vec!["U.S.", "Sen.", "O'Brien", "didn't", "go", "(", "R-Ala", ".", ")", "."]
        );
    }

    #[test]
    fn a_sentences_tokens_are_its_paragraphs_tokens_inside_it() {
        // People reads each sentence's tokens out of its paragraph's (see `people::scan_names`).
        let t =
            "U.S. Sen. O'Brien (R-Ala.) left. \"It is over.\" He said! Then: what? Mr. J. Smith, \
                 Inc. said so.\u{2026} \u{201c}Yes.\u{201d} A.B.C. Done.";
        let para = written(t, 0..t.len());
        let sentences = sentences(t, 0..t.len());
        assert!(sentences.len() >= 5);
        for s in sentences {
            let inside: Vec<Word> = para
                .iter()
                .copied()
                .filter(|k| s.start <= k.start && k.start < s.end)
                .collect();
            assert!(inside.iter().all(|k| k.end <= s.end));
            assert_eq!(written(t, s.clone()), inside, "{}", &t[s]);
        }
    }

    #[test]
    fn sentence_does_not_end_before_lowercase() {
        let t = "\"We are ready.\" he said. Next one.";
        let s: Vec<&str> = sentences(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(s, vec!["\"We are ready.\" he said.", "Next one."]);
    }

    /// The written-word tokeniser as it was before words were built from the tokens: a walk
    /// over a vector of every character. The two must agree on any text.
    fn tokenize_by_chars(text: &str, range: Range<usize>) -> Vec<Word> {
        let s = &text[range.clone()];
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut out = Vec::new();
        let mut i = 0;
        let at = |k: usize| chars.get(k).map(|x| x.1);
        while i < chars.len() {
            let (start, c) = chars[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if chars::is_alphanumeric(c) {
                let mut j = i + 1;
                while j < chars.len() {
                    let cj = chars[j].1;
                    if chars::is_alphanumeric(cj) {
                        j += 1;
                    } else if matches!(cj, '\'' | '\u{2019}' | '-' | '.' | '&')
                        && at(j + 1).is_some_and(chars::is_alphanumeric)
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                let mut end = chars.get(j).map_or(s.len(), |x| x.0);
                if at(j) == Some('.') && is_abbreviation(s, end) {
                    end += 1;
                    j += 1;
                }
                out.push(Word {
                    start: range.start + start,
                    end: range.start + end,
                    is_word: true,
                });
                i = j;
            } else {
                out.push(Word {
                    start: range.start + start,
                    end: range.start + start + c.len_utf8(),
                    is_word: false,
                });
                i += 1;
            }
        }
        out
    }

    /// The splitter as it was written before it searched the bytes for stops: over a vector
    /// of every character. The two must agree on any text.
    fn sentences_by_chars(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let para = &text[range.clone()];
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = para.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (_, c) = chars[i];
            if matches!(c, '.' | '!' | '?' | '\u{2026}') {
                let mut j = i + 1;
                while j < chars.len()
                    && (matches!(chars[j].1, '.' | '!' | '?' | ')' | ']' | '\u{2026}')
                        || is_quote_char(chars[j].1))
                {
                    j += 1;
                }
                let end = chars.get(j).map_or(para.len(), |c| c.0);
                let next_starts = j < chars.len() && chars[j].1.is_whitespace() && {
                    let mut k = j;
                    while k < chars.len() && chars[k].1.is_whitespace() {
                        k += 1;
                    }
                    k < chars.len()
                        && (chars[k].1.is_uppercase()
                            || chars[k].1.is_ascii_digit()
                            || is_quote_char(chars[k].1)
                            || chars[k].1 == '(')
                };
                if (j >= chars.len() || next_starts)
                    && !(c == '.' && is_abbreviation(para, chars[i].0))
                {
                    if !para[start..end].trim().is_empty() {
                        out.push(range.start + start..range.start + end);
                    }
                    let mut k = j;
                    while k < chars.len() && chars[k].1.is_whitespace() {
                        k += 1;
                    }
                    start = chars.get(k).map_or(para.len(), |c| c.0);
                    i = k;
                    continue;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        if start < para.len() && !para[start..].trim().is_empty() {
            out.push(range.start + start..range.end);
        }
        out
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn sentences_agree_with_the_character_walk(
            text in "[aA1 .!?\u{2026}\u{2014}\u{201c}\u{201d}\u{2019}\"')(\\]\n\u{00e9}\u{00c9}]{0,60}|(Mr|U\\.S|J|Dr|He| |\\.|\\. |!|\u{2026}|\u{201d}| \u{201c}|\u{2028}|said)*",
        ) {
            prop_assert_eq!(sentences(&text, 0..text.len()), sentences_by_chars(&text, 0..text.len()));
        }

        #[test]
        fn written_words_of_initials_and_joins_agree_with_the_character_walk(
            text in "(U|S|A|x|e|g|Sen|\\.|&|'|''|\u{2019}|-|/|\\(|\"| |\n)*",
        ) {
            prop_assert_eq!(written(&text, 0..text.len()), tokenize_by_chars(&text, 0..text.len()));
        }

        #[test]
        fn tokens_agree_with_the_character_walk(
            text in "[a -~\u{e9}\u{201c}\u{2019}\u{1f600}\u{412}]{0,40}|(U|S|Sen|O|Brien|don|t|\\.|'|\u{2019}|-|&|1| |\u{e9}|\u{412})*",
        ) {
            prop_assert_eq!(written(&text, 0..text.len()), tokenize_by_chars(&text, 0..text.len()));
        }
    }
}
