//! Lexicon matches per token of the document, found once.
//!
//! Units read for different speakers overlap: a reported clause is read with up to a
//! thousand bytes of its sentence on each side, and a text of names and "said" in one
//! sentence reads every token many times over. A pattern's match at a token depends only on
//! the tokens from it on, so the longest match at each document token is kept and reused by
//! every unit that reaches that token, as long as the match ends inside the unit.

use super::tokens::Token;
use super::words::PhraseSet;

/// Not looked up yet.
const UNKNOWN: u32 = u32::MAX;
/// No pattern starts at the token.
const NONE: u32 = u32::MAX - 1;

/// Per word list (a slot the caller keeps to one list), per document token: the id of the
/// longest pattern matching there in the whole document, or [`NONE`], or [`UNKNOWN`].
#[derive(Debug, Default)]
pub struct Memo {
    tables: Vec<Vec<u32>>,
}

/// Where `part` starts among `doc`'s tokens, when it is a stretch of them. While `doc` is
/// borrowed no other live slice can lie in its memory, so the address decides.
pub(super) fn offset_in(doc: &[Token], part: &[Token]) -> Option<usize> {
    let size = std::mem::size_of::<Token>();
    let bytes = (part.as_ptr() as usize).checked_sub(doc.as_ptr() as usize)?;
    let at = bytes / size;
    (bytes % size == 0 && at + part.len() <= doc.len()).then_some(at)
}

impl Memo {
    /// `set.longest_at(window, i)`, with the document-wide match at that token reused when
    /// `window` is a stretch of `doc`. `slot` must always be given the same `set`.
    #[inline]
    pub fn longest_at<'s, T: Clone>(
        &mut self,
        slot: usize,
        set: &'s PhraseSet<T>,
        doc: &[Token],
        window: &[Token],
        i: usize,
    ) -> Option<(usize, &'s T)> {
        // Most tokens start no pattern: turned away here, without a call.
        if !set.may_start(window, i) {
            return None;
        }
        self.lookup(slot, set, doc, window, i)
    }

    #[inline(never)]
    fn lookup<'s, T: Clone>(
        &mut self,
        slot: usize,
        set: &'s PhraseSet<T>,
        doc: &[Token],
        window: &[Token],
        i: usize,
    ) -> Option<(usize, &'s T)> {
        let Some(at) = offset_in(doc, window).filter(|_| i < window.len()) else {
            return set.longest_at(window, i);
        };
        if self.tables.len() <= slot {
            self.tables.resize_with(slot + 1, Vec::new);
        }
        let table = &mut self.tables[slot];
        if table.len() != doc.len() {
            *table = vec![UNKNOWN; doc.len()];
        }
        let a = at + i;
        let code = match table[a] {
            UNKNOWN => {
                // The id, and in the low two bits the quotation marks the match spans beside
                // its words ("was “thrilled” with"); a match with more is not kept.
                let found = set.longest_id_at(doc, a);
                let code = found
                    .and_then(|(span, id)| {
                        let marks = span.checked_sub(set.pattern_len(id)).filter(|&m| m < 4)?;
                        u32::try_from(id * 4 + marks).ok()
                    })
                    .filter(|&code| code < NONE);
                if found.is_some() && code.is_none() {
                    return set.longest_at(window, i);
                }
                let code = code.unwrap_or(NONE);
                table[a] = code;
                code
            }
            code => code,
        };
        if code == NONE {
            // No pattern matches in the whole document, so none in a part of it.
            return None;
        }
        let id = code as usize / 4;
        let n = set.pattern_len(id) + code as usize % 4;
        if a + n <= at + window.len() {
            // Every shorter pattern lies inside the window too and matches as in the document.
            Some((n, set.value(id)))
        } else {
            set.longest_at(window, i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::super::words::lists;
    use super::*;

    #[test]
    fn a_window_gets_what_the_word_list_finds_in_it() {
        let text = "They backed the peace talks and the peace process, not the peace.";
        let doc = tokenize(text, 0..text.len());
        let set = &lists().issue_patterns;
        let mut memo = Memo::default();
        for from in 0..doc.len() {
            for to in from..=doc.len() {
                let window = &doc[from..to];
                for i in 0..=window.len() {
                    let direct = set.longest_at(window, i).map(|(n, v)| (n, *v));
                    let got = memo
                        .longest_at(0, set, &doc, window, i)
                        .map(|(n, v)| (n, *v));
                    assert_eq!(got, direct, "{from}..{to} at {i}");
                }
            }
        }
        // A list of tokens apart from the document's is looked up directly.
        let other = tokenize(text, 0..text.len());
        let direct = set.longest_at(&other, 3).map(|(n, v)| (n, *v));
        assert_eq!(
            memo.longest_at(0, set, &doc, &other, 3)
                .map(|(n, v)| (n, *v)),
            direct
        );
        assert!(direct.is_some());
    }
}
