//! The attribution record that the stages hand forward: a quotation or reported clause with
//! its cue, the mention of its speaker and how it got it. `people` reads these records and
//! returns a person per claim; it never writes into them.

use std::ops::Range;

use crate::analysis::report::{QuoteKind, Span};

/// How a found quote got its speaker mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// Its own cue and mention.
    Mention,
    /// Shares the attribution of another quote of the same paragraph (index into the list).
    SameParagraph(usize),
    /// No attribution in its paragraph: the speaker of the quote before carries over.
    Carried,
    /// A sub-heading that repeats a later quotation: that quotation's speaker (an index into
    /// the list, after this one).
    Repeats(usize),
    /// No speaker could be found.
    Nothing,
}

/// A quotation or reported clause with its attribution, before people are resolved.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: QuoteKind,
    pub segments: Vec<Range<usize>>,
    pub text: String,
    pub cue: Option<Span>,
    pub mention: Option<Span>,
    pub via: Via,
    pub paragraph: usize,
    pub confidence: f32,
}

impl Found {
    pub fn start(&self) -> usize {
        self.segments.first().map_or(0, |r| r.start)
    }
    pub fn end(&self) -> usize {
        self.segments.last().map_or(0, |r| r.end)
    }
}
