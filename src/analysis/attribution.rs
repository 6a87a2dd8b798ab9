//! Attribution: the cue (said, told reporters, according to) each quotation hangs on, the
//! mention of its speaker, and reported speech without quotation marks.

use std::ops::Range;

use super::quotes::QuoteSpan;
use super::report::{Person, Quote, QuoteKind, Span};

/// A quotation or reported clause with its attribution, before people are resolved.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: QuoteKind,
    pub segments: Vec<Range<usize>>,
    pub text: String,
    pub cue: Option<Span>,
    pub mention: Option<Span>,
    /// Index into the document's people, once resolved.
    pub person: Option<usize>,
    pub confidence: f32,
}

/// Finds the attribution of each quotation span.
pub fn attribute(text: &str, _paragraphs: &[Range<usize>], spans: &[QuoteSpan]) -> Vec<Found> {
    spans
        .iter()
        .map(|s| Found {
            kind: QuoteKind::Direct,
            segments: s.segments.clone(),
            text: s.text(text),
            cue: None,
            mention: None,
            person: None,
            confidence: 0.0,
        })
        .collect()
}

/// Turns found quotes into report quotes, naming each speaker by its resolved person.
pub fn finish(found: Vec<Found>, people: &[Person]) -> Vec<Quote> {
    found
        .into_iter()
        .enumerate()
        .map(|(i, f)| Quote {
            id: format!("q{}", i + 1),
            start: f.segments.first().map_or(0, |r| r.start),
            end: f.segments.last().map_or(0, |r| r.end),
            text: f.text,
            kind: f.kind,
            speaker: f
                .person
                .and_then(|p| people.get(p))
                .map(|p| super::report::Speaker {
                    name: p.name.clone(),
                    aliases: p.aliases.clone(),
                    role: p.role.clone(),
                    person: f.person,
                }),
            cue: f.cue,
            mention: f.mention,
            confidence: f.confidence,
        })
        .collect()
}
