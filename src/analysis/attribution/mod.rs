//! Attribution: the cue each quotation hangs on ("said", "told reporters", "according to"),
//! the mention of its speaker, the quote's kind (direct or partial), and reported speech
//! without quotation marks ("X said (that) …", "…, X said", "according to X, …").
//!
//! Works paragraph by paragraph over tokens; quotation spans come from `quotes`. Speaker
//! mentions are found here as token spans; `people` resolves them to persons.

use crate::analysis::sorting::StableSort;
use std::ops::Range;

use super::lexicon::{self, CueClass};
use super::names;
use super::quotes::QuoteSpan;
use super::report::{Person, Quote, QuoteKind, Span, Speaker};
use super::text::{self, Word};

/// One section of `lexicon/attribution_words.txt`, parsed once.
macro_rules! word_set {
    ($name:literal) => {{
        static SET: crate::analysis::lazy::Lazy<crate::analysis::word_set::WordSet> =
            crate::analysis::lazy::Lazy::new();
        SET.get_or_init(|| lexicon::section(lexicon::ATTRIBUTION_WORDS, $name).collect())
    }};
}

mod claims;
mod cues;
mod para;
mod quoted;
mod repeats;
mod reported;
mod unattributed;

pub use claims::{Found, Via};
use cues::*;
use para::*;
use quoted::*;
use repeats::*;
use reported::*;
use unattributed::*;

/// Quoted fragments with no speaker and no cue: scare quotes, titles, nicknames.
/// They are kept apart from the quotations so that the report can show them without
/// claiming anyone said them.
#[derive(Debug, Clone)]
pub struct Attributed {
    pub found: Vec<Found>,
    pub unattributed: Vec<Span>,
    /// Each paragraph's tokens (`text::tokenize`), for `people` to read without tokenising
    /// the text again.
    pub tokens: Vec<Vec<Word>>,
}

/// Words after "said" that show no reported clause follows ("said in a statement").
fn not_clause_start() -> &'static crate::analysis::word_set::WordSet {
    word_set!("not_clause_start")
}

/// Nouns for what someone said ("his remarks calling …").
fn speech_nouns() -> &'static crate::analysis::word_set::WordSet {
    word_set!("speech_nouns")
}

/// Irregular past forms of reporting verbs (regular ones end in -ed).
fn irregular_past() -> &'static crate::analysis::word_set::WordSet {
    word_set!("irregular_past")
}

/// Words that may stand between a subject and its reporting verb ("has also said").
fn between_subject_and_verb() -> &'static crate::analysis::word_set::WordSet {
    word_set!("between_subject_and_verb")
}

use super::lexicon::WEEKDAYS;

/// Lower-case words that can be part of a speaker's noun phrase.
fn np_lower() -> &'static crate::analysis::word_set::WordSet {
    word_set!("np_lower")
}

/// Words that start an adverbial between a reporting verb and its clause ("said on Monday
/// that", "stated in an interview with … that").
fn adverbial_start() -> &'static crate::analysis::word_set::WordSet {
    word_set!("adverbial_start")
}

/// Words that start the listener of "told" ("told reporters", "told him").
fn listener_start() -> &'static crate::analysis::word_set::WordSet {
    word_set!("listener_start")
}

fn pronouns() -> &'static crate::analysis::word_set::WordSet {
    word_set!("pronouns")
}

/// Generic sources: they name no one in particular.
fn generic_heads() -> &'static crate::analysis::word_set::WordSet {
    word_set!("generic_heads")
}

/// A word of `generic_heads` ("democrats", "residents"): a name ending in one is a group.
pub(crate) fn is_group_word(word_lower: &str) -> bool {
    generic_heads().contains(word_lower)
}

/// Finds the attribution of each quotation span, and the reported speech of the text.
///
/// `headline`: the index of the headline's paragraph, if any. A headline's "X says Y" sums
/// up the article's reports; its quotations are kept but not its reported clauses.
pub fn attribute(
    text: &str,
    paragraphs: &[Range<usize>],
    doc_tokens: &[text::tokens::Token],
    spans: &[QuoteSpan],
    headline: Option<usize>,
) -> Attributed {
    // A nickname's marks ("Cia") are part of a name, not a quotation: the name around them
    // must stay whole for the attribution that follows it.
    let spans: Vec<QuoteSpan> = spans
        .iter()
        .filter(|s| !is_nickname(text, s))
        .flat_map(|s| split_attributed_tail(text, paragraphs, s))
        .collect();
    let spans = &spans[..];
    let mut later = LaterQuotes::new();
    let mut found: Vec<Found> = Vec::new();
    let mut unattributed = Vec::new();
    // (index of a repeating sub-heading in `found`, start of the quotation it repeats)
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    let mut tokens: Vec<Vec<Word>> = Vec::with_capacity(paragraphs.len());
    for (pi, para) in paragraphs.iter().enumerate() {
        let from = doc_tokens.partition_point(|t| t.start < para.start);
        let to = doc_tokens.partition_point(|t| t.start < para.end);
        let toks = text::words(text, &doc_tokens[from..to.max(from)]);
        tokens.push(toks.clone());
        // Spans are sorted and disjoint: one walk marks the tokens inside each.
        let mut in_quote: Vec<Option<usize>> = Vec::with_capacity(toks.len());
        let mut next = spans.partition_point(|s| s.close <= para.start);
        for t in &toks {
            while next < spans.len() && spans[next].close <= t.start {
                next += 1;
            }
            in_quote.push(
                spans
                    .get(next)
                    .filter(|s| s.open <= t.start && t.start < s.close)
                    .map(|_| next),
            );
        }
        // First and last token of each span that starts here.
        let mut bounds: crate::analysis::fasthash::HashMap<usize, (usize, usize)> =
            Default::default();
        for (k, q) in in_quote.iter().enumerate() {
            if let Some(si) = q {
                bounds.entry(*si).and_modify(|b| b.1 = k).or_insert((k, k));
            }
        }
        let p = Para::new(text, toks, in_quote);
        let first_of_para = found.len();
        // Quotes that start in this paragraph.
        // Per token: is it the cue of a direct quote (a list searched per token was quadratic
        // in a paragraph of many quotes).
        let mut used_cues = vec![false; p.toks.len()];
        let here = spans.partition_point(|s| s.paragraph < pi);
        for (si, span) in spans.iter().enumerate().skip(here) {
            if span.paragraph != pi {
                break;
            }
            let Some(&(first, last)) = bounds.get(&si) else {
                continue;
            };
            // `"First half," she said, "second half."`: one quoted sentence, cut by its
            // attribution; the second half joins the first.
            if let Some(prev) = found.last_mut().filter(|f| {
                f.paragraph == pi && f.kind == QuoteKind::Direct && f.via == Via::Mention
            }) {
                let gap = prev
                    .cue
                    .as_ref()
                    .map(|c| c.end.max(prev.mention.as_ref().map_or(0, |m| m.end)))
                    .filter(|&e| e > prev.end() && e <= span.open)
                    .map(|e| text.get(e..span.open).unwrap_or("").trim());
                let first_half_open = prev.text.trim_end().ends_with(',');
                if gap == Some(",") && first_half_open {
                    prev.segments.extend(span.segments.iter().cloned());
                    prev.text = format!("{} {}", prev.text, span.text(text));
                    continue;
                }
            }
            let q = quote_attribution(&p, first, last, span, headline == Some(pi));
            let kind = q.kind;
            let mut f = Found {
                kind,
                segments: span.segments.clone(),
                text: span.text(text),
                cue: None,
                mention: None,
                via: Via::Nothing,
                paragraph: pi,
                confidence: 0.0,
            };
            let mut used_cue = None;
            if let Some((cue, np)) = q.attr {
                // A direct quote is its cue's complement; a fragment sits inside the clause.
                if kind == QuoteKind::Direct {
                    used_cue = Some(cue.start);
                }
                f.cue = p.span(cue);
                f.mention = p.span(np);
                f.via = Via::Mention;
                f.confidence = 0.9;
            } else if let Some(prev) = (first_of_para..found.len())
                .rev()
                .find(|&k| found[k].via != Via::Nothing)
            {
                f.via = Via::SameParagraph(prev);
                f.confidence = 0.8;
            } else if kind == QuoteKind::Direct {
                f.via = Via::Carried;
                f.confidence = 0.6;
            }
            let after_possessive = {
                let before = text.get(..span.open).unwrap_or("").trim_end();
                before.ends_with("'s") || before.ends_with("\u{2019}s")
            };
            let repeated = (f.via != Via::Mention)
                .then(|| repeats_later_quote(text, paragraphs, spans, si, &mut later))
                .flatten();
            if (kind == QuoteKind::Partial && f.via != Via::Mention)
                || (is_title(&f.text) && !headline_says(text, span, headline == Some(pi)))
                || ((after_possessive || after_work_noun(&p, first)) && is_name_of_work(&f.text))
                || labelled_term(&p, first, &f.text)
            {
                // A quoted fragment with no cue in its sentence is a scare quote or a title.
                // A cue before the title governs the phrase holding it ("told the story in her
                // memoir, "…""); one after it has a subject and clause of its own.
                if let Some(u) = used_cue
                    .filter(|&c| c < first)
                    .and_then(|c| used_cues.get_mut(c))
                {
                    *u = true;
                }
                if let Some(s) = p.span(first..last + 1) {
                    // The tokens are this paragraph's: a fragment running on into later
                    // paragraphs ends at its closing mark there.
                    let end = if span.last_paragraph > pi {
                        span.close.max(s.end)
                    } else {
                        s.end
                    };
                    unattributed.push(Span {
                        text: f.text.clone(),
                        end,
                        ..s
                    });
                }
                continue;
            }
            // A quotation kept as one uses up its cue; a title before its cue ("wrote a
            // history, "…", in 2015, said …") leaves the cue to the reported clause.
            if let Some(u) = used_cue.and_then(|c| used_cues.get_mut(c)) {
                *u = true;
            }
            if let Some(later) = repeated {
                repeats.push((f.start(), spans[later].start()));
            }
            found.push(f);
        }
        // Reported speech: every clause-taking cue outside quotes not already used by a quote.
        for (i, &used) in used_cues.iter().enumerate() {
            if used || headline == Some(pi) {
                continue;
            }
            if let Some(f) = reported_clause(&p, i, pi) {
                found.push(f);
            }
        }
        found[first_of_para..].stable_sort_by_key(|f| f.start());
        // Re-point same-paragraph links after sorting.
        relink(&mut found[first_of_para..], first_of_para);
    }
    for (own, later) in repeats {
        let k = found.iter().position(|f| f.start() == own);
        let j = found.iter().position(|f| f.start() == later);
        if let (Some(k), Some(j)) = (k, j) {
            if j > k && found[k].via != Via::Mention {
                found[k].via = Via::Repeats(j);
            }
        }
    }
    Attributed {
        found,
        unattributed,
        tokens,
    }
}

/// After sorting one paragraph's finds, a quote without its own mention follows the nearest
/// earlier find of the paragraph that has one (or the first later one).
fn relink(para: &mut [Found], offset: usize) {
    // The nearest finds with a mention, from one pass each way rather than a search per find
    // (quadratic in a paragraph of many quotes).
    let mut next_mention = vec![None; para.len() + 1];
    for k in (0..para.len()).rev() {
        next_mention[k] = if para[k].via == Via::Mention {
            Some(k)
        } else {
            next_mention[k + 1]
        };
    }
    let mut last_mention = None;
    // A quotation continues the paragraph's latest quotation rather than reported speech
    // between them ("…," said X, who has accused Y of … "…").
    let mut last_quoted = None;
    for k in 0..para.len() {
        if let Via::SameParagraph(_) = para[k].via {
            let quoted = (para[k].kind != QuoteKind::Indirect)
                .then_some(last_quoted)
                .flatten();
            para[k].via = match quoted.or(last_mention).or(next_mention[k + 1]) {
                Some(j) => Via::SameParagraph(offset + j),
                None => Via::Carried,
            };
        }
        if para[k].via == Via::Mention {
            last_mention = Some(k);
            if para[k].kind != QuoteKind::Indirect {
                last_quoted = Some(k);
            }
        }
    }
}

/// Auxiliary and copular verbs: after one, an -ed form is a participle, not a new verb.
fn auxiliaries() -> &'static crate::analysis::word_set::WordSet {
    word_set!("auxiliaries")
}

/// Irregular past forms that commonly make the main verb after a nominal claim ("… drew
/// criticism", "… upset the board").
pub(crate) fn main_verb_pasts() -> &'static crate::analysis::word_set::WordSet {
    word_set!("main_verb_pasts")
}

/// Words that open a common noun phrase.
fn determiners() -> &'static crate::analysis::word_set::WordSet {
    word_set!("determiners")
}

/// Turns found quotes into report quotes, naming each speaker by the person `people` resolved
/// for it (`persons[i]` for `found[i]`, an index into `people`).
pub fn finish(
    found: Vec<Found>,
    persons: &[Option<usize>],
    groups: &[Vec<usize>],
    people: &[Person],
) -> Vec<Quote> {
    found
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let person = persons.get(i).copied().flatten();
            let speaker = match groups.get(i).filter(|g| g.len() >= 2) {
                Some(group) => group_speaker(group, people),
                None => person.and_then(|p| people.get(p)).map(|p| Speaker {
                    name: p.name.clone(),
                    aliases: p.aliases.clone(),
                    role: p.role.clone(),
                    person,
                }),
            };
            Quote {
                id: format!("q{}", i + 1),
                start: f.start(),
                end: f.segments.last().map_or(0, |r| r.end),
                text: f.text,
                kind: f.kind,
                confidence: if speaker.is_some() { f.confidence } else { 0.0 },
                speaker,
                cue: f.cue,
                mention: f.mention,
            }
        })
        .collect()
}

/// Several people speaking together: named together ("Ana Ruiz and Tom Bell"), each member's
/// name an alias, no one person (see [`Speaker::is_group`]).
fn group_speaker(group: &[usize], people: &[Person]) -> Option<Speaker> {
    let names: Vec<String> = group
        .iter()
        .map(|&p| people.get(p).map(|p| p.name.clone()))
        .collect::<Option<_>>()?;
    let name = match names.as_slice() {
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => return None,
    };
    Some(Speaker {
        name,
        aliases: names,
        role: None,
        person: None,
    })
}
