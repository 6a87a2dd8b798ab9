//! Quotation spans: where the text quotes someone, in any of the quotation-mark styles news uses.
//!
//! One pass over each paragraph with a small stack of open marks. Handles straight and curly
//! double and single marks (telling apostrophes from closing single quotes), guillemets « » and
//! „ “, doubled apostrophes '' … '', nested quotes (reported only as part of the outer quote),
//! and multi-paragraph quotes (an opening mark on each paragraph, a closing mark only at the end).

use crate::analysis::chars::ToLower;
use crate::analysis::sorting::StableSort;
use std::ops::Range;

/// One quotation: the byte ranges of its words (without the marks), one per paragraph it runs
/// through, and where its marks are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Content ranges, one per paragraph; never empty.
    pub segments: Vec<Range<usize>>,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark (or the end of the last segment if unclosed).
    pub close: usize,
    /// Index of the paragraph the quote starts in.
    pub paragraph: usize,
    /// Index of the paragraph the quote ends in.
    pub last_paragraph: usize,
}

impl QuoteSpan {
    pub fn start(&self) -> usize {
        self.segments[0].start
    }
    pub fn end(&self) -> usize {
        self.segments[self.segments.len() - 1].end
    }
    /// The quoted words, paragraphs joined by a space.
    pub fn text(&self, text: &str) -> String {
        let parts: Vec<&str> = self
            .segments
            .iter()
            .map(|r| text.get(r.clone()).unwrap_or("").trim())
            .collect();
        parts.join(" ")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    Low,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    family: Family,
    role: Role,
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn opens_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | '\u{201c}' | '"'
                )
        }
    }
}

/// Classifies the quotation marks of one paragraph, dropping apostrophes.
fn marks(para: &str, base: usize) -> Vec<Mark> {
    let bytes = para.as_bytes();
    let after = |at: usize| para.get(at..).and_then(|r| r.chars().next());
    let mut out = Vec::new();
    let mut at = 0;
    // Only the bytes a mark can start with are read as characters (U+2018 to U+201E start
    // with E2, « and » with C2): most of a paragraph is passed over a byte at a time, without
    // a table of its characters.
    while let Some(k) = bytes.get(at..).and_then(|b| {
        b.iter()
            .position(|b| matches!(b, b'"' | b'`' | b'\'' | 0xC2 | 0xE2))
    }) {
        at += k;
        let Some(c) = after(at) else {
            break;
        };
        // Only these characters are marks (the arms below); every other is passed over.
        if !matches!(
            c,
            '"' | '`' | '\'' | '\u{2018}'..='\u{201e}' | '\u{00ab}' | '\u{00bb}'
        ) {
            at += c.len_utf8();
            continue;
        }
        let prev = para.get(..at).unwrap_or("").chars().next_back();
        let next = after(at + c.len_utf8());
        let mut push = |len: usize, family: Family, role: Role| {
            out.push(Mark {
                at: base + at,
                len,
                family,
                role,
            })
        };
        match c {
            // “ closing a quotation (after its last word or stop, before a space or the
            // paragraph end) is the mirror slip: `is 51 percent.“`.
            '\u{201c}'
                if prev.is_some_and(|c| {
                    c.is_alphanumeric() || matches!(c, '.' | ',' | '!' | '?' | ';' | '\u{2026}')
                }) && next.is_none_or(char::is_whitespace) =>
            {
                push(c.len_utf8(), Family::Double, Role::Close)
            }
            '\u{201c}' => {
                // “ opens, except after „ where it closes (German style); decided by the stack.
                push(c.len_utf8(), Family::Double, Role::Open)
            }
            // ” opening a quotation (after a space, before a word) is a typesetting slip.
            '\u{201d}' if prev.is_none_or(char::is_whitespace) && is_word(next) => {
                push(c.len_utf8(), Family::Double, Role::Open)
            }
            '\u{201d}' => push(c.len_utf8(), Family::Double, Role::Close),
            '\u{201e}' => push(c.len_utf8(), Family::Low, Role::Open),
            '\u{00ab}' => push(c.len_utf8(), Family::Guillemet, Role::Open),
            '\u{00bb}' => push(c.len_utf8(), Family::Guillemet, Role::Close),
            '"' => {
                let role = if opens_context(prev) && !next.is_none_or(char::is_whitespace) {
                    Role::Open
                } else {
                    Role::Close
                };
                push(1, Family::Double, role)
            }
            '`' if next == Some('`') => {
                push(2, Family::Double, Role::Open);
                at += 2;
                continue;
            }
            '\'' if next == Some('\'') => {
                let role = if opens_context(prev) && !after(at + 2).is_none_or(char::is_whitespace)
                {
                    Role::Open
                } else {
                    Role::Close
                };
                push(2, Family::Double, role);
                at += 2;
                continue;
            }
            '\'' | '\u{2018}' | '\u{2019}' => {
                if is_word(prev) && is_word(next) {
                    // An apostrophe inside a word: don't, Putin's, O'Brien.
                } else if opens_context(prev) && (is_word(next) || next == Some('[')) {
                    // '90s and 'em are elisions, not quotations.
                    let rest: String = para
                        .get(at + c.len_utf8()..)
                        .unwrap_or("")
                        .chars()
                        .take(4)
                        .collect::<String>()
                        .to_lower();
                    let elision = rest.starts_with("em ")
                        || rest.starts_with("til ")
                        || rest.starts_with("cause ")
                        || rest.starts_with("n' ")
                        || rest.starts_with("n\u{2019} ")
                        || (rest.len() >= 3
                            && rest.as_bytes()[0].is_ascii_digit()
                            && rest.as_bytes()[1].is_ascii_digit()
                            && rest.as_bytes()[2] == b's');
                    if c != '\u{2019}' && !elision {
                        push(c.len_utf8(), Family::Single, Role::Open);
                    }
                } else if !prev.is_none_or(char::is_whitespace) && !is_word(next) {
                    push(c.len_utf8(), Family::Single, Role::Close);
                }
            }
            _ => {}
        }
        at += c.len_utf8();
    }
    out
}

/// Could this single closing mark be the possessive of a plural ("the leaders' talks")?
fn plural_possessive(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").chars().next_back();
    let after = text.get(at..).unwrap_or("").chars().nth(1);
    let after2 = text.get(at..).unwrap_or("").chars().nth(2);
    before == Some('s') && after == Some(' ') && after2.is_some_and(|c| c.is_lowercase())
}

fn closes(open: Family, mark: &Mark, text: &str) -> bool {
    match (open, mark.family) {
        (Family::Double, Family::Double) => mark.role == Role::Close,
        (Family::Guillemet, Family::Guillemet) => mark.role == Role::Close,
        // „ is closed by “ or ”.
        (Family::Low, Family::Double) => true,
        (Family::Single, Family::Single) => {
            mark.role == Role::Close && !plural_possessive(text, mark.at)
        }
        _ => false,
    }
}

/// Finds the quotations of `text`, paragraph by paragraph, in text order.
pub fn find(text: &str, paragraphs: &[Range<usize>]) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    // A quote left open at the end of a paragraph: (span so far, family of its opening mark).
    let mut carried: Option<(QuoteSpan, Family)> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let ms = marks(text.get(para.clone()).unwrap_or(""), para.start);
        let mut k = 0;
        // Continue a multi-paragraph quote when this paragraph opens with the same mark.
        if let Some((mut span, family)) = carried.take() {
            let first = ms.first();
            // The same opening mark as the quote's own: a straight mark after a curly one
            // (or the reverse) starts something else, such as a quoted block.
            let same_mark = |m: &Mark| {
                text.get(m.at..).unwrap_or("").chars().next()
                    == text.get(span.open..).unwrap_or("").chars().next()
            };
            let reopens = first.is_some_and(|m| {
                m.at == para.start
                    && m.role == Role::Open
                    && same_mark(m)
                    && (m.family == family || (family == Family::Low && m.family == Family::Double))
            });
            if reopens {
                let m = ms[0];
                k = 1;
                // Find the closing mark of the outer quote in this paragraph.
                let mut depth: Vec<Family> = Vec::new();
                let mut closed = None;
                while k < ms.len() {
                    let mk = ms[k];
                    if let Some(&inner) = depth.last() {
                        if closes(inner, &mk, text) {
                            depth.pop();
                        } else if mk.role == Role::Open {
                            depth.push(mk.family);
                        }
                    } else if closes(family, &mk, text) {
                        closed = Some(mk);
                        k += 1;
                        break;
                    } else if mk.role == Role::Open {
                        depth.push(mk.family);
                    }
                    k += 1;
                }
                let seg_start = m.at + m.len;
                match closed {
                    Some(c) => {
                        span.segments.push(seg_start..c.at);
                        span.close = c.at + c.len;
                        span.last_paragraph = pi;
                        out.push(span);
                    }
                    None => {
                        span.segments.push(seg_start..para.end);
                        span.close = para.end;
                        span.last_paragraph = pi;
                        carried = Some((span, family));
                        continue;
                    }
                }
            } else {
                finish_unclosed(span, text, &mut out);
            }
        }
        // Top-level scan of this paragraph.
        let mut stack: Vec<Mark> = Vec::new();
        while k < ms.len() {
            let mk = ms[k];
            k += 1;
            match stack.last().copied() {
                None => {
                    if mk.role == Role::Open {
                        stack.push(mk);
                    }
                }
                Some(_) => {
                    // A double closing mark also closes an inner single quote left open
                    // (`“The left is saying, ‘Yeah, … for.”`).
                    let level = if mk.family == Family::Single {
                        stack
                            .last()
                            .filter(|top| closes(top.family, &mk, text))
                            .map(|_| stack.len() - 1)
                    } else {
                        stack.iter().rposition(|m| closes(m.family, &mk, text))
                    };
                    if let Some(level) = level {
                        let top = stack[level];
                        stack.truncate(level);
                        if stack.is_empty() {
                            let start = top.at + top.len;
                            if mk.at > start {
                                out.push(QuoteSpan {
                                    segments: std::iter::once(start..mk.at).collect(),
                                    open: top.at,
                                    close: mk.at + mk.len,
                                    paragraph: pi,
                                    last_paragraph: pi,
                                });
                            }
                        }
                    } else if mk.role == Role::Open && stack.len() < 4 {
                        stack.push(mk);
                    }
                }
            }
        }
        if let Some(open) = stack.first() {
            let start = open.at + open.len;
            if start < para.end {
                carried = Some((
                    QuoteSpan {
                        segments: std::iter::once(start..para.end).collect(),
                        open: open.at,
                        close: para.end,
                        paragraph: pi,
                        last_paragraph: pi,
                    },
                    open.family,
                ));
            }
        }
    }
    if let Some((span, _)) = carried {
        finish_unclosed(span, text, &mut out);
    }
    out.stable_sort_by_key(|s| s.open);
    merge_adjacent(text, out)
}

/// `“First part,” “second part.”`: two quotations with nothing but space between them are
/// one quotation whose attribution was cut out by the editor. Not when the first is a
/// lower-case fragment that ends the reporter's sentence (`dismissed them as “recycled rumours.” “None of it is
/// true,” Crane said.`): the second is a quotation of its own.
fn merge_adjacent(text: &str, spans: Vec<QuoteSpan>) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(prev) = out.last_mut() {
            let ends_sentence = text
                .get(..prev.end())
                .unwrap_or("")
                .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}'])
                .trim_end()
                .ends_with(['.', '!', '?', '\u{2026}']);
            // A lower-case fragment: a capitalised one may be a title that ends the sentence
            // (`on "New Day." "No money …"`), which keeps its old reading.
            let in_reporters_sentence = text
                .get(..prev.open)
                .unwrap_or("")
                .trim_end()
                .ends_with(|c: char| c.is_alphanumeric() || c == ',')
                && text
                    .get(prev.start()..)
                    .unwrap_or("")
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
            if prev.last_paragraph == s.paragraph
                && prev.close <= s.open
                && text.get(prev.close..s.open).unwrap_or("").trim().is_empty()
                && !(ends_sentence && in_reporters_sentence)
            {
                prev.segments.extend(s.segments);
                prev.close = s.close;
                prev.last_paragraph = s.last_paragraph;
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// A quote whose closing mark never came: kept when it reads as speech running to the end
/// of its paragraph (a missing closing mark), dropped when it is a stray mark.
fn finish_unclosed(span: QuoteSpan, text: &str, out: &mut Vec<QuoteSpan>) {
    let words = span.text(text).split_whitespace().count();
    let ends_like_speech = text
        .get(..span.end())
        .unwrap_or("")
        .trim_end()
        .ends_with(['.', '!', '?', '\u{2026}']);
    let opens_with_capital = text
        .get(span.start()..)
        .unwrap_or("")
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '[');
    if words >= 4 && ends_like_speech && opens_with_capital {
        out.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::text::paragraphs;

    fn quoted(text: &str) -> Vec<String> {
        find(text, &paragraphs(text))
            .iter()
            .map(|q| q.text(text))
            .collect()
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        assert_eq!(
            quoted("\"We are ready,\" she said. He called it \u{201c}a good deal.\u{201d}"),
            vec!["We are ready,", "a good deal."]
        );
    }

    #[test]
    fn single_quotes_with_apostrophes_inside() {
        assert_eq!(
            quoted("The minister said: 'That's all. I've said what I could.' Then she left."),
            vec!["That's all. I've said what I could."]
        );
    }

    #[test]
    fn curly_single_quotes_and_possessives() {
        assert_eq!(
            quoted("\u{2018}It\u{2019}s the workers\u{2019} money,\u{2019} the mayor said of the unions\u{2019} claims."),
            vec!["It\u{2019}s the workers\u{2019} money,"]
        );
    }

    #[test]
    fn plural_possessive_is_not_a_closing_mark() {
        assert_eq!(
            quoted("She said 'the farmers' unions will decide, not us.'"),
            vec!["the farmers' unions will decide, not us."]
        );
    }

    #[test]
    fn guillemets_and_low_high_quotes() {
        assert_eq!(
            quoted("Er sagte: \u{201e}Wir verhandeln.\u{201c} Sie sagte \u{00ab}Non.\u{00bb}"),
            vec!["Wir verhandeln.", "Non."]
        );
    }

    #[test]
    fn doubled_apostrophes() {
        assert_eq!(
            quoted("He said ''we will win'' and left."),
            vec!["we will win"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_quote() {
        assert_eq!(
            quoted("\u{201c}They call it \u{2018}peace\u{2019} but it is not,\u{201d} he said."),
            vec!["They call it \u{2018}peace\u{2019} but it is not,"]
        );
        assert_eq!(
            quoted("\"They told me 'never' twice,\" he said."),
            vec!["They told me 'never' twice,"]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one_quote() {
        let t = "\u{201c}We will not stop here.\n\n\u{201c}We will go on to the end,\u{201d} he said.\n\nNext.";
        assert_eq!(
            quoted(t),
            vec!["We will not stop here. We will go on to the end,"]
        );
    }

    #[test]
    fn split_quote_gives_two_quotes() {
        assert_eq!(
            quoted("\"First part,\" he said. \"Second part.\""),
            vec!["First part,", "Second part."]
        );
    }

    #[test]
    fn adjacent_quotes_join_and_a_reversed_opening_mark_opens() {
        assert_eq!(
            quoted("\u{201c}This is one,\u{201d} \u{201c}and this the rest.\u{201d}"),
            vec!["This is one, and this the rest."]
        );
        assert_eq!(
            quoted("\u{201d}Fear. I am afraid.\u{201d} \u{2015} A Reader"),
            vec!["Fear. I am afraid."]
        );
    }

    #[test]
    fn a_fragment_ending_the_sentence_does_not_join_the_next_quotation() {
        assert_eq!(
            quoted("They called it \"a whitewash.\" \"Nurses deserve better,\" Sato said."),
            vec!["a whitewash.", "Nurses deserve better,"]
        );
        // A fragment that does not end the sentence still joins its continuation.
        assert_eq!(
            quoted("She said the plan was \"not finished,\" \"not costed\" and late."),
            vec!["not finished, not costed"]
        );
    }

    #[test]
    fn elisions_are_not_quotes() {
        assert!(quoted("Back in the '90s it was rock 'n' roll.").is_empty());
    }

    #[test]
    fn stray_mark_is_dropped() {
        assert!(quoted("He measured 6' tall and \"left").is_empty());
    }
}
