//! Sub-headings that repeat a later quotation: a quotation standing alone in its paragraph
//! whose words a later quotation holds is that quotation's duplicate.
//!
//! The later quotations' words are folded once, joined into one text, and each distinct
//! sub-heading's words are searched in it at most once from start to end (a search per
//! sub-heading over every later quotation was quadratic in a document of many of them).

use super::*;
use crate::analysis::chars::ToLower;
use crate::analysis::fasthash::HashMap;

/// Separates the quotations in [`LaterQuotes::joined`]: folded words never hold it, so no
/// match runs from one quotation into the next.
const SEPARATOR: char = '\0';

/// A quotation's words as compared: letters, digits and spaces, in lower case.
fn fold(t: &str) -> String {
    t.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lower()
}

/// The folded words of every quotation span, made on the first sub-heading.
pub(super) struct LaterQuotes {
    /// Each span's folded words, in span order, each followed by [`SEPARATOR`].
    joined: String,
    /// Where each span's words start in `joined`.
    starts: Vec<usize>,
    /// Per sub-heading's words: the offset searched from and the first match found there.
    searched: HashMap<String, (usize, Option<usize>)>,
}

impl LaterQuotes {
    pub(super) fn new() -> Self {
        LaterQuotes {
            joined: String::new(),
            starts: Vec::new(),
            searched: HashMap::default(),
        }
    }

    /// The first span after `si` whose folded words hold `words`.
    fn first_after(
        &mut self,
        text: &str,
        spans: &[QuoteSpan],
        si: usize,
        words: &str,
    ) -> Option<usize> {
        if self.starts.is_empty() {
            for s in spans {
                self.starts.push(self.joined.len());
                self.joined.push_str(&fold(&s.text(text)));
                self.joined.push(SEPARATOR);
            }
        }
        let from = *self.starts.get(si + 1)?;
        let found = match self.searched.get(words) {
            // No match after an earlier start: none after this one either.
            Some(&(start, None)) if start <= from => None,
            Some(&(start, Some(at))) if start <= from && at >= from => Some(at),
            _ => {
                let at = self
                    .joined
                    .get(from..)
                    .and_then(|rest| crate::analysis::substr::find(rest, words))
                    .map(|k| from + k);
                self.searched.insert(words.to_string(), (from, at));
                at
            }
        };
        // The span holding the match: the last one starting at or before it.
        found.map(|at| self.starts.partition_point(|&s| s <= at) - 1)
    }
}

/// The later quotation that span `si` repeats, when it stands alone in its paragraph (a
/// sub-heading).
pub(super) fn repeats_later_quote(
    text: &str,
    paragraphs: &[Range<usize>],
    spans: &[QuoteSpan],
    si: usize,
    later: &mut LaterQuotes,
) -> Option<usize> {
    let s = &spans[si];
    let alone = paragraphs
        .get(s.paragraph)
        .is_some_and(|r| text.get(r.clone()).unwrap_or("").trim().len() <= s.close - s.open + 2);
    if !alone {
        return None;
    }
    let words = fold(&s.text(text));
    if words.split_whitespace().count() < 2 {
        return None;
    }
    later.first_after(text, spans, si, words.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{quotes, text as paragraphs};

    /// For each quotation span: the text of the later one it repeats, if any.
    fn repeated(text: &str) -> Vec<Option<String>> {
        let paras = paragraphs::paragraphs(text);
        let spans = quotes::find(text, &paras);
        let mut later = LaterQuotes::new();
        (0..spans.len())
            .map(|si| {
                repeats_later_quote(text, &paras, &spans, si, &mut later)
                    .map(|k| spans[k].text(text))
            })
            .collect()
    }

    #[test]
    fn each_sub_heading_finds_the_first_later_quotation_holding_its_words() {
        let text = "\u{201c}Not a penny more\u{201d}\n\n\
            Mayor Ruiz said: \u{201c}We will pay not a penny more for it.\u{201d}\n\n\
            \u{201c}Not a penny more\u{201d}\n\n\
            \u{201c}Bridges first\u{201d}\n\n\
            Lee said: \u{201c}It is NOT a penny more, and the bridges wait.\u{201d}";
        assert_eq!(
            repeated(text),
            [
                Some("We will pay not a penny more for it.".to_string()),
                None,
                Some("It is NOT a penny more, and the bridges wait.".to_string()),
                None,
                None,
            ]
        );
    }
}
