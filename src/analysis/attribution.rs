//! Attribution: the cue each quotation hangs on ("said", "told reporters", "according to"),
//! the mention of its speaker, the quote's kind (direct or partial), and reported speech
//! without quotation marks ("X said (that) …", "…, X said", "according to X, …").
//!
//! Works paragraph by paragraph over tokens; quotation spans come from `quotes`. Speaker
//! mentions are found here as token spans; `people` resolves them to persons.

use std::ops::Range;

use super::lexicon::{self, CueClass};
use super::quotes::QuoteSpan;
use super::report::{Person, Quote, QuoteKind, Span, Speaker};
use super::text::{self, Token};

/// How a found quote got its speaker mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// Its own cue and mention.
    Mention,
    /// Shares the attribution of another quote of the same paragraph (index into the list).
    SameParagraph(usize),
    /// No attribution in its paragraph: the speaker of the quote before carries over.
    Carried,
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
    /// Index into the document's people, once resolved.
    pub person: Option<usize>,
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

/// The words of a quotation, hyphenated parts apart, without their punctuation.
fn title_words(quote: &str) -> Vec<&str> {
    quote
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

fn capitalised(w: &&str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Does a quotation read as the title of a work or an event ("Legend in the Coal Fields",
/// "State of the Union") rather than someone's words? Every longer word is capitalised.
fn is_title(quote: &str) -> bool {
    let words = title_words(quote);
    let long: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().count() >= 4)
        .collect();
    (2..=10).contains(&words.len())
        && !long.is_empty()
        && long.iter().all(capitalised)
        && words.iter().skip(1).filter(|w| capitalised(w)).count() >= 2
}

/// After a possessive ("CBS's "Face the Nation"", "MSNBC's "Morning Joe""), a quotation whose
/// longer words are all capitalised names a programme or a work, even when it is one word.
fn is_name_of_work(quote: &str) -> bool {
    let words = title_words(quote);
    words.first().is_some_and(capitalised)
        && words.len() <= 8
        && words
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .all(capitalised)
}

/// `Warren Hammers Wells Fargo CEO: 'You Should Be Criminally Investigated.'`: a headline is
/// title-cased throughout, and a quotation after its colon is what its subject said.
fn headline_says(text: &str, span: &QuoteSpan, in_headline: bool) -> bool {
    in_headline && text[..span.open].trim_end().ends_with(':')
}

/// `Marcia "Cia" Price`: one or two quoted words standing between the parts of a name.
fn is_nickname(text: &str, span: &QuoteSpan) -> bool {
    let capitalised = |w: Option<&str>| {
        w.and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let before = text[..span.open].strip_suffix(' ');
    let after = text.get(span.close..).and_then(|t| t.strip_prefix(' '));
    let inner = &text[span.start()..span.end()];
    before.is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_punctuation()))
        && capitalised(before.and_then(|b| b.rsplit(' ').next()))
        && capitalised(after.and_then(|a| a.split(' ').next()))
        && inner.split_whitespace().count() <= 2
        && !inner.ends_with(|c: char| !c.is_alphanumeric())
}

/// Quoted fragments with no speaker and no cue: scare quotes, titles, nicknames.
/// They are kept apart from the quotations so that the report can show them without
/// claiming anyone said them.
#[derive(Debug, Clone)]
pub struct Attributed {
    pub found: Vec<Found>,
    pub unattributed: Vec<Span>,
}

/// Words after "said" that show no reported clause follows ("said in a statement").
#[rustfmt::skip]
const NOT_CLAUSE_START: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "to", "with", "from", "for", "of", "about",
    "as", "by", "when", "while", "so", "and", "but", "or", "earlier", "later", "last",
    "this", "through", "into", "over", "than", "up", "out", "off", "not", "yes", "nothing",
    "little", "much", "something", "anything",
];

/// Nouns for what someone said ("his remarks calling …").
const SPEECH_NOUNS: &[&str] = &[
    "remarks",
    "comments",
    "statement",
    "statements",
    "words",
    "tweet",
    "tweets",
    "speech",
    "letter",
    "post",
    "posts",
    "remark",
    "comment",
    "message",
    "interview",
];

/// Irregular past forms of reporting verbs (regular ones end in -ed).
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "written", "thought", "knew", "felt", "found", "went", "read",
];

/// Words that may stand between a subject and its reporting verb ("has also said").
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "may",
    "might",
    "also",
    "later",
    "then",
    "again",
    "previously",
    "initially",
    "earlier",
    "repeatedly",
    "recently",
    "reportedly",
    "further",
    "once",
    "still",
    "even",
    "already",
    "never",
    "not",
    "did",
    "does",
    "do",
    "quoted",
    "as",
    "yesterday",
    "today",
    "tonight",
    "just",
    "often",
    "always",
    "first",
    "frequently",
    "last",
    "week",
    "night",
    "year",
    "month",
    "morning",
    "afternoon",
    "evening",
    "privately",
    "publicly",
    "separately",
    "flatly",
    "bluntly",
    "now",
    "isn't",
    "wasn't",
    "hasn't",
    "haven't",
    "hadn't",
    "didn't",
    "doesn't",
    "don't",
    "won't",
    "wouldn't",
    "isn\u{2019}t",
    "wasn\u{2019}t",
    "hasn\u{2019}t",
    "didn\u{2019}t",
    "doesn\u{2019}t",
    "won\u{2019}t",
    "being",
    "been",
    "soon",
];

use super::lexicon::WEEKDAYS;

/// Lower-case words that can be part of a speaker's noun phrase.
const NP_LOWER: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "former",
    "senior",
    "top",
    "deputy",
    "foreign",
    "press",
    "state",
    "chief",
    "vice",
    "first",
    "major",
    "other",
    "some",
    "many",
    "several",
    "two",
    "three",
    "both",
    "federal",
    "local",
    "unnamed",
    "anonymous",
    "democratic",
    "republican",
    "presidential",
    "new",
    "one",
    "another",
    "his",
    "her",
    "their",
    "its",
    "our",
    "these",
    "those",
    "all",
    "white",
    "house",
    "defense",
    "security",
    "national",
    "general",
    "u.s.",
    "campaign",
    "close",
    "longtime",
    "prime",
    "acting",
    "interim",
    "foreign",
    "affairs",
    "european",
    "western",
    "russian",
    "american",
    "military",
    "intelligence",
    "government",
    "spokesman",
    "for",
    "and",
];

/// Words that start an adverbial between a reporting verb and its clause ("said on Monday
/// that", "stated in an interview with … that").
const ADVERBIAL_START: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "to",
    "with",
    "from",
    "last",
    "this",
    "earlier",
    "later",
    "late",
    "early",
    "repeatedly",
    "again",
    "also",
    "publicly",
    "privately",
    "today",
    "yesterday",
    "tonight",
    "through",
    "via",
    "over",
    "while",
    "when",
    "as",
];

/// Words that start the listener of "told" ("told reporters", "told him").
const LISTENER_START: &[&str] = &[
    "reporters",
    "journalists",
    "him",
    "her",
    "them",
    "us",
    "me",
    "lawmakers",
    "supporters",
    "voters",
    "the",
    "a",
    "an",
    "an",
    "interviewers",
    "students",
    "members",
    "delegates",
    "congress",
    "parliament",
    "listeners",
    "viewers",
    "crowds",
    "audiences",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Generic sources: they name no one in particular.
const GENERIC_HEADS: &[&str] = &[
    "source",
    "sources",
    "percent",
    "members",
    "lawmakers",
    "people",
    "experts",
    "analysts",
    "critics",
    "supporters",
    "residents",
    "voters",
    "observers",
    "witnesses",
    "reports",
    "polls",
    "some",
    "many",
    "others",
    "aides",
    "insiders",
    "friends",
    "allies",
    "opponents",
    "democrats",
    "republicans",
];

struct Para<'t> {
    text: &'t str,
    toks: Vec<Token>,
    /// For each token: the index of the quote span (within the document list) it lies in.
    in_quote: Vec<Option<usize>>,
    /// For each token: the first token of its sentence and the token ending it (exclusive),
    /// so that no search rescans a sentence per cue. Very long "sentences" (lists, garbage)
    /// are cut into windows of `MAX_SENTENCE` tokens to keep the work linear.
    sentence: Vec<(usize, usize)>,
}

const MAX_SENTENCE: usize = 160;

impl<'t> Para<'t> {
    fn new(text: &'t str, toks: Vec<Token>, in_quote: Vec<Option<usize>>) -> Self {
        let mut p = Para {
            text,
            toks,
            in_quote,
            sentence: Vec::new(),
        };
        let n = p.toks.len();
        let mut sentence = vec![(0, n); n];
        let mut start = 0;
        for i in 0..n {
            if p.is_stop(i) || i + 1 == n || i + 1 - start >= MAX_SENTENCE {
                for s in sentence.iter_mut().take(i + 1).skip(start) {
                    *s = (start, if p.is_stop(i) { i } else { i + 1 });
                }
                start = i + 1;
            }
        }
        p.sentence = sentence;
        p
    }
    fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.sentence.get(i).copied().unwrap_or((i, i))
    }
    fn word(&self, i: usize) -> Option<&'t str> {
        self.toks
            .get(i)
            .filter(|t| t.is_word)
            .map(|t| t.text(self.text))
    }
    fn lower(&self, i: usize) -> String {
        self.toks
            .get(i)
            .map(|t| t.text(self.text).to_lowercase())
            .unwrap_or_default()
    }
    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.is_word && t.text(self.text) == p)
    }
    fn is_stop(&self, i: usize) -> bool {
        // "(R-Ga.)": a full stop before a closing parenthesis ends an abbreviation.
        self.in_quote[i].is_none()
            && !(self.is_punct(i, ".") && self.is_punct(i + 1, ")"))
            && (self.is_punct(i, ".")
                || self.is_punct(i, "!")
                || self.is_punct(i, "?")
                || self.is_punct(i, ";"))
    }
    fn capitalized(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase())
    }
    fn span(&self, r: Range<usize>) -> Option<Span> {
        if r.is_empty() || r.end > self.toks.len() {
            return None;
        }
        let start = self.toks[r.start].start;
        let end = self.toks[r.end - 1].end;
        Some(Span {
            text: self.text[start..end].to_string(),
            start,
            end,
        })
    }
    /// A reporting cue at token `i` (outside quotes): its class and how many tokens it spans.
    fn cue_at(&self, i: usize) -> Option<(CueClass, usize)> {
        if self.in_quote[i].is_some() {
            return None;
        }
        let w = self.lower(i);
        if w == "according" && self.lower(i + 1) == "to" {
            return Some((CueClass::Speech, 2));
        }
        // "as Rosenthal put it, ''…''": a quote's cue, never a reported clause.
        if w == "put" && self.lower(i + 1) == "it" {
            return Some((CueClass::Label, 2));
        }
        let (class, lemma) = lexicon::cue(&w)?;
        // "по словам X" is Russian for "according to X".
        if w == "по" && self.lower(i + 1) == "словам" {
            return Some((CueClass::Speech, 2));
        }
        // The checks below tell English verbs from nouns; a Cyrillic form is always a verb.
        if !w.is_ascii() && w.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c)) {
            return Some((class, 1));
        }
        // "a report", "the statement": a noun, not a verb.
        let prev = if i > 0 {
            self.lower(i - 1)
        } else {
            String::new()
        };
        if matches!(
            prev.as_str(),
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        ) {
            return None;
        }
        // "states", "post", "note" are nouns more often than verbs before a capital or "of".
        if matches!(
            lemma,
            "state" | "post" | "note" | "report" | "comment" | "answer"
        ) && (self.capitalized(i) || self.lower(i + 1) == "of")
        {
            return None;
        }
        if matches!(w.as_str(), "state" | "states")
            && !matches!(self.lower(i + 1).as_str(), "that" | ":")
        {
            return None;
        }
        // A present-tense form ("say", "states", "claims") is a verb only after its subject:
        // "federal and state law" and "the claims" are nouns.
        if !(w.ends_with("ed") || w.ends_with("ing") || IRREGULAR_PAST.contains(&w.as_str())) {
            let plural_form = w.ends_with('s');
            let subject_like = i > 0 && {
                let t = self.toks[i - 1];
                let pw = t.text(self.text);
                let pl = pw.to_lowercase();
                (t.is_word
                    && (PRONOUNS.contains(&pl.as_str())
                        || matches!(pl.as_str(), "you" | "who" | "that" | "which" | "to")
                        || BETWEEN_SUBJECT_AND_VERB.contains(&pl.as_str())
                        || pl.ends_with("n't")
                        || is_adverb(&pl)
                        || pw.chars().next().is_some_and(char::is_uppercase)
                        || lexicon::role_group(&pl).is_some()
                        || lexicon::is_organisation_word(&pl)
                        || (!plural_form && pl.ends_with('s'))
                        // "the letter says": a singular noun after its determiner.
                        || (plural_form
                            && !pl.ends_with('s')
                            && !DETERMINERS.contains(&pl.as_str())
                            && (i.saturating_sub(4)..i - 1)
                                .any(|k| DETERMINERS.contains(&self.lower(k).as_str())))))
                    || (!t.is_word && pw == ")")
            };
            if !subject_like {
                return None;
            }
        }
        Some((class, 1))
    }
}

fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.chars().all(|c| c.is_lowercase())
}

/// Finds the attribution of each quotation span, and the reported speech of the text.
///
/// `headline`: the index of the headline's paragraph, if any. A headline's "X says Y" sums
/// up the article's reports; its quotations are kept but not its reported clauses.
pub fn attribute(
    text: &str,
    paragraphs: &[Range<usize>],
    spans: &[QuoteSpan],
    headline: Option<usize>,
) -> Attributed {
    // A nickname's marks ("Cia") are part of a name, not a quotation: the name around them
    // must stay whole for the attribution that follows it.
    let spans: Vec<QuoteSpan> = spans
        .iter()
        .filter(|s| !is_nickname(text, s))
        .cloned()
        .collect();
    let spans = &spans[..];
    let mut found: Vec<Found> = Vec::new();
    let mut unattributed = Vec::new();
    for (pi, para) in paragraphs.iter().enumerate() {
        let toks = text::tokenize(text, para.clone());
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
        let mut bounds: std::collections::HashMap<usize, (usize, usize)> = Default::default();
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
                    .map(|e| text[e..span.open].trim());
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
                person: None,
                confidence: 0.0,
            };
            if let Some((cue, np)) = q.attr {
                // A direct quote is its cue's complement; a fragment sits inside the clause.
                if kind == QuoteKind::Direct {
                    if let Some(u) = used_cues.get_mut(cue.start) {
                        *u = true;
                    }
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
                let before = text[..span.open].trim_end();
                before.ends_with("'s") || before.ends_with("\u{2019}s")
            };
            if (kind == QuoteKind::Partial && f.via != Via::Mention)
                || (is_title(&f.text) && !headline_says(text, span, headline == Some(pi)))
                || (after_possessive && is_name_of_work(&f.text))
            {
                // A quoted fragment with no cue in its sentence is a scare quote or a title.
                if let Some(s) = p.span(first..last + 1) {
                    unattributed.push(Span {
                        text: f.text.clone(),
                        ..s
                    });
                }
                continue;
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
        found[first_of_para..].sort_by_key(|f| f.start());
        // Re-point same-paragraph links after sorting.
        relink(&mut found[first_of_para..], first_of_para);
    }
    Attributed {
        found,
        unattributed,
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
    for k in 0..para.len() {
        if let Via::SameParagraph(_) = para[k].via {
            para[k].via = match last_mention.or(next_mention[k + 1]) {
                Some(j) => Via::SameParagraph(offset + j),
                None => Via::Carried,
            };
        }
        if para[k].via == Via::Mention {
            last_mention = Some(k);
        }
    }
}

struct QuoteAttr {
    kind: QuoteKind,
    /// (cue tokens, speaker mention tokens)
    attr: Option<(Range<usize>, Range<usize>)>,
}

/// Kind and attribution of the quote whose tokens are `first..=last` (its marks included).
fn quote_attribution(
    p: &Para<'_>,
    first: usize,
    last: usize,
    span: &QuoteSpan,
    in_headline: bool,
) -> QuoteAttr {
    let multi = span.paragraph != span.last_paragraph;
    let inner = &p.text[span.start()..span.end()];
    let ends_clause = inner
        .trim_end()
        .ends_with([',', '.', '!', '?', '\u{2026}', '\u{2014}', '-']);
    let starts_capital = inner
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '[' || c == '(' || c == '\u{2026}');
    // The reporter's words before the quote, back to the sentence start.
    let sentence_start = p.sentence_of(first).0;
    let mut s = first;
    while s > sentence_start && p.in_quote[s - 1].is_none() {
        s -= 1;
    }
    let before = s..first;
    let lead_in = before.clone().rev().find(|&i| {
        p.toks[i].is_word || {
            let t = p.toks[i].text(p.text);
            t == ":" || t == ","
        }
    });
    let after_colon = lead_in.is_some_and(|i| p.is_punct(i, ":"));
    let after_comma = lead_in.is_some_and(|i| p.is_punct(i, ","));
    // What follows the quote, to the sentence end.
    let sentence_end = p.sentence_of(last).1.max(last + 1);
    let mut e = last + 1;
    while e < sentence_end && p.in_quote[e].is_none() {
        e += 1;
    }
    let after = last + 1..e;

    let cue_after = attribution_after(p, after.clone());
    let cue_before = cue_in(p, before.clone());

    let standalone_start =
        before.is_empty() || after_colon || (after_comma && cue_before.is_some());
    let direct = starts_capital
        && standalone_start
        && (ends_clause || multi || after.is_empty() || cue_after.is_some());
    let kind = if direct {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    let attr = match kind {
        QuoteKind::Direct => cue_after
            .or_else(|| {
                if after_colon || after_comma {
                    cue_before.and_then(|c| speaker_of_cue(p, c, s))
                } else {
                    None
                }
            })
            .or_else(|| {
                let colon = lead_in.filter(|_| in_headline && after_colon)?;
                headline_subject(p, sentence_start, colon).map(|np| (colon..colon + 1, np))
            }),
        // The sentence's first reporting verb governs the fragment ("X demanded that Y agree
        // to … 'massive' …" is X's); a labelling verb only when there is no other.
        _ => before
            .clone()
            .filter_map(|i| p.cue_at(i).map(|(c, n)| (c, i..i + n)))
            .filter(|(c, _)| *c != CueClass::Label)
            .find_map(|(_, c)| speaker_of_cue(p, c, s))
            .or_else(|| cue_before.and_then(|c| speaker_of_cue(p, c, s)))
            // A cue right after the closing mark (`,'' said Mr. Kamin, who …`) attributes the
            // quote however long the rest of the sentence runs.
            .or_else(|| {
                cue_after.filter(|(c, n)| {
                    after.len() <= 12
                        || (c.start.min(n.start) <= after.start + 2 && starts_np(p, n))
                })
            }),
    };
    QuoteAttr { kind, attr }
}

/// Does the mention open like a noun phrase (a name, a pronoun, "the spokesman"), rather than
/// with a preposition or verb that an over-long subject search ran back into?
fn starts_np(p: &Para<'_>, np: &Range<usize>) -> bool {
    let w = p.lower(np.start);
    p.capitalized(np.start) || PRONOUNS.contains(&w.as_str()) || DETERMINERS.contains(&w.as_str())
}

/// `Elizabeth Warren Hammers Wells Fargo CEO: '…'`: a headline names its speaker first. Every
/// headline word is capitalised, so only the first two words are taken as the name.
fn headline_subject(p: &Para<'_>, start: usize, colon: usize) -> Option<Range<usize>> {
    let n = (start..colon)
        .take(2)
        .take_while(|&k| p.capitalized(k) && p.toks[k].is_word)
        .count();
    (n > 0).then_some(start..start + n)
}

/// The last cue (any class) in `range`: its token range.
fn cue_in(p: &Para<'_>, range: Range<usize>) -> Option<Range<usize>> {
    range
        .clone()
        .rev()
        .find_map(|i| p.cue_at(i).map(|(_, n)| i..i + n))
        .filter(|c| c.end <= range.end)
}

/// `," Peskov said.` / `," said Peskov.` / `," the Kremlin spokesman told journalists.` /
/// `," Rep. Jane Doe (D-Wis.), who …, said.` / `” ― Jane Doe`
fn attribution_after(p: &Para<'_>, after: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let mut i = after.start;
    // `", - сказал Соколов` / `», — заявил Песков`: a comma, a dash and an inverted cue.
    if p.is_punct(i, ",") && is_dash(p, i + 1) {
        if let Some((_, n)) = p.cue_at(i + 2).filter(|(c, _)| *c != CueClass::Label) {
            let np = np_after(p, i + 2 + n, after.end);
            return (!np.is_empty()).then_some((i + 2..i + 2 + n, np));
        }
    }
    if i < after.end && is_dash(p, i) {
        // A dash and a name closing the paragraph or sentence sign the quote.
        let np = np_after(p, i + 1, after.end);
        let rest_is_name = np.end >= after.end || p.is_punct(np.end, ".");
        return (!np.is_empty() && rest_is_name).then_some((i..i + 1, np));
    }
    while i < after.end && p.is_punct(i, ",") {
        i += 1;
    }
    let limit = (i + 40).min(after.end);
    let mut in_apposition = false;
    let mut depth = 0usize;
    for j in i..limit {
        if p.is_punct(j, "(") {
            depth += 1;
            continue;
        }
        if p.is_punct(j, ")") {
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth > 0 {
            continue;
        }
        if let Some((class, n)) = p.cue_at(j) {
            if class == CueClass::Label {
                return None;
            }
            if j == i {
                // Inverted: "said Peskov", "according to Peskov".
                let np = np_after(p, j + n, after.end);
                return (!np.is_empty()).then_some((j..j + n, np));
            }
            let e = trim_before_verb(p, j, i);
            return (e > i).then_some((j..j + n, i..e));
        }
        if p.is_punct(j, ",") {
            in_apposition = true;
            continue;
        }
        let w = p.lower(j);
        let between = BETWEEN_SUBJECT_AND_VERB.contains(&w.as_str())
            || is_adverb(&w)
            || WEEKDAYS.contains(&w.as_str());
        // A few lower-case modifiers may precede a title ("regional governor Anna Berg").
        if !in_apposition && !np_word(p, j) && !between && (j - i >= 3 || !p.toks[j].is_word) {
            return None;
        }
        if !in_apposition && j - i > 14 {
            return None;
        }
    }
    None
}

fn is_dash(p: &Para<'_>, i: usize) -> bool {
    ["\u{2015}", "\u{2014}", "\u{2013}", "-"]
        .iter()
        .any(|d| p.is_punct(i, d))
}

/// The end of the subject before the verb at `verb`: auxiliaries, adverbs, time words,
/// a parenthesis ("(D-Wis.)") and commas are not part of it.
fn trim_before_verb(p: &Para<'_>, verb: usize, floor: usize) -> usize {
    let mut e = verb;
    while e > floor {
        let w = p.lower(e - 1);
        if p.is_punct(e - 1, ")") {
            match (floor..e - 1).rev().find(|&k| p.is_punct(k, "(")) {
                Some(k) => e = k,
                None => break,
            }
        } else if BETWEEN_SUBJECT_AND_VERB.contains(&w.as_str())
            || is_adverb(&w)
            || WEEKDAYS.contains(&w.as_str())
            || (w == "on" && WEEKDAYS.contains(&p.lower(e).as_str()))
            || p.is_punct(e - 1, ",")
            || p.is_punct(e - 1, "\u{2019}")
        {
            e -= 1;
        } else {
            break;
        }
    }
    e
}

/// Is token `i` a word that can belong to a speaker's noun phrase?
fn np_word(p: &Para<'_>, i: usize) -> bool {
    let Some(w) = p.word(i) else {
        return p.is_punct(i, "-");
    };
    if p.capitalized(i) {
        return true;
    }
    let l = w.to_lowercase();
    NP_LOWER.contains(&l.as_str())
        || PRONOUNS.contains(&l.as_str())
        || lexicon::role_group(&l).is_some()
        || lexicon::is_organisation_word(&l)
        || GENERIC_HEADS.contains(&l.as_str())
        || l.ends_with("'s")
        || l.ends_with("\u{2019}s")
        || l == "spokesperson"
}

/// The noun phrase after an inverted cue: "said Peskov", "said the press secretary of the
/// Russian president, Dmitry Peskov".
fn np_after(p: &Para<'_>, from: usize, end: usize) -> Range<usize> {
    let mut j = from;
    // "told reporters", "said in a statement" have no subject after the cue.
    while j < end {
        let appositive = p.is_punct(j, ",") && j + 1 < end && p.capitalized(j + 1);
        if !(np_word(p, j) || appositive) {
            break;
        }
        j += 1;
    }
    // Must name someone: a capitalized word, a pronoun or a role/organisation word.
    let names = (from..j).any(|k| {
        p.capitalized(k)
            || lexicon::role_group(&p.lower(k)).is_some()
            || lexicon::is_organisation_word(&p.lower(k))
    });
    if names {
        from..j
    } else {
        from..from
    }
}

/// The subject of the cue at token `cue`, looking back no further than token `floor`.
fn subject_before(p: &Para<'_>, cue: usize, floor: usize) -> Option<Range<usize>> {
    let had_comma = cue > floor && {
        let e = trim_before_verb(p, cue, floor);
        (e..cue).any(|k| p.is_punct(k, ","))
    };
    let j = trim_before_verb(p, cue, floor);
    if had_comma {
        // "Lavrov, commenting on …, warned" / "Jane Doe, the mayor, one of …, said": the
        // subject is the noun phrase before the first comma of the chain.
        let mut end = j;
        for _ in 0..3 {
            let Some(k) = (floor..end).rev().find(|&k| p.is_punct(k, ",")) else {
                break;
            };
            let start = np_start(p, k, floor);
            let names =
                (start..k).any(|x| p.capitalized(x) || PRONOUNS.contains(&p.lower(x).as_str()));
            if start < k && names && (start == floor || !p.toks[start - 1].is_word) {
                return Some(start..j);
            }
            end = k;
        }
        // "…, he said" after a clause: the words right before the verb.
        let start = np_start(p, j, floor);
        return (start < j && start > floor && p.is_punct(start - 1, ",")).then_some(start..j);
    }
    let start = np_start(p, j, floor);
    (start < j).then_some(start..j)
}

/// Start of the noun phrase ending just before token `end`.
fn np_start(p: &Para<'_>, end: usize, floor: usize) -> usize {
    if end > floor
        && (PRONOUNS.contains(&p.lower(end - 1).as_str())
            || matches!(p.lower(end - 1).as_str(), "who" | "which"))
    {
        return end - 1;
    }
    let mut k = end;
    while k > floor && np_word(p, k - 1) && !PRONOUNS.contains(&p.lower(k - 1).as_str()) {
        // "and" joins two speakers only between capitals ("Putin and Trump").
        if p.lower(k - 1) == "and" && !(p.capitalized(k.saturating_sub(2)) && p.capitalized(k)) {
            break;
        }
        k -= 1;
        if matches!(p.lower(k).as_str(), "the" | "a" | "an") {
            break;
        }
    }
    // Trim leading "of"/"and" and a trailing possessive-less "for".
    while k < end && matches!(p.lower(k).as_str(), "of" | "and" | "for") {
        k += 1;
    }
    // A noun phrase must name someone.
    let names = (k..end).any(|i| {
        let l = p.lower(i);
        p.capitalized(i)
            || lexicon::role_group(&l).is_some()
            || lexicon::is_organisation_word(&l)
            || GENERIC_HEADS.contains(&l.as_str())
    });
    if names {
        return k;
    }
    // A common noun with its determiner speaks too ("the letter says", "73 percent said",
    // "its defenders say"): up to three lower-case words after a determiner or possessive.
    let mut d = end;
    while d > floor && end - d < 4 && p.toks[d - 1].is_word && p.in_quote[d - 1].is_none() {
        d -= 1;
        let l = p.lower(d);
        let starts = DETERMINERS.contains(&l.as_str())
            || l.ends_with("'s")
            || l.ends_with("\u{2019}s")
            || l.chars().all(|c| c.is_ascii_digit());
        if starts && d + 1 < end {
            return d;
        }
        if p.cue_at(d).is_some() || NOT_CLAUSE_START.contains(&l.as_str()) || p.capitalized(d) {
            break;
        }
    }
    end
}

/// Words that open a common noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "all", "some",
    "several", "many", "most", "each", "every", "both", "other",
];

/// The speaker of a cue: the subject before it, or for a participle after a comma
/// ("…, calling them …") the subject of the sentence's first cue.
fn speaker_of_cue(
    p: &Para<'_>,
    cue: Range<usize>,
    floor: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    // "Trump's remarks calling him a 'dictator'": the owner of the remarks speaks.
    if p.lower(cue.start).ends_with("ing") && cue.start > floor {
        let noun = p.lower(cue.start - 1);
        if SPEECH_NOUNS.contains(&noun.as_str()) {
            let owner = (floor.max(cue.start.saturating_sub(4))..cue.start - 1)
                .rev()
                .find(|&k| {
                    p.capitalized(k)
                        && (p.lower(k).ends_with("'s") || p.lower(k).ends_with("\u{2019}s"))
                });
            if let Some(k) = owner {
                return Some((cue, k..k + 1));
            }
        }
    }
    if let Some(np) = subject_before(p, cue.start, floor) {
        return Some((cue, np));
    }
    // Inverted: "said Peskov: '…'".
    let np = np_after(p, cue.end, p.toks.len());
    if !np.is_empty()
        && np.end < p.toks.len()
        && (p.is_punct(np.end, ":") || p.is_punct(np.end, ","))
    {
        return Some((cue, np));
    }
    // Participle or second verb of a sentence: take the first subject of the sentence,
    // looking back through earlier quotations of the same sentence.
    let floor = p.sentence_of(cue.start).0.min(floor);
    let first_cue = (floor..cue.start).find(|&i| p.cue_at(i).is_some())?;
    let np = subject_before(p, first_cue, floor).or_else(|| {
        let np = np_start(p, first_cue, floor);
        (np < first_cue).then_some(np..first_cue)
    })?;
    Some((cue, np))
}

/// Reported speech around the cue at token `i`, if it introduces one.
fn reported_clause(p: &Para<'_>, i: usize, pi: usize) -> Option<Found> {
    let (class, n) = p.cue_at(i)?;
    let (sent_start, sent_end) = p.sentence_of(i);
    let sent_end = sent_end.max(i + n).min(p.toks.len());
    // "called for talks", "warned of sanctions", "spoke about the deal": what was said about.
    if let Some(f) = topic_report(p, i, n, sent_start, sent_end, pi) {
        return Some(f);
    }
    if class == CueClass::Label {
        return None;
    }
    let according = p.lower(i) == "according";

    // "…, Peskov said." / "…, said Peskov." / "…, according to Peskov.": clause before.
    if let Some(f) = clause_before(p, i, n, sent_start, sent_end, according, pi) {
        return Some(f);
    }
    if according {
        // "According to Peskov, …"
        let np = np_after(p, i + n, sent_end);
        if np.is_empty() || !p.is_punct(np.end, ",") {
            return None;
        }
        return clause_found(p, i..i + n, np.clone(), np.end + 1, sent_end, pi);
    }
    // "Peskov said (on Monday) (that) …"
    let subject = subject_before(p, i, sent_start).or_else(|| {
        // A participle after a comma ("…, adding that …") shares the sentence's subject.
        if i > 0 && p.is_punct(i - 1, ",") && p.lower(i).ends_with("ing") {
            let first = (sent_start..i).find(|&k| p.cue_at(k).is_some() && k != i)?;
            subject_before(p, first, sent_start)
        } else {
            None
        }
    });
    // Without a subject, only an unmistakable report stands: "…, and said that …",
    // "tweets … saying that …". It is kept with no speaker rather than a guessed one.
    let subject = match subject {
        Some(np) => np,
        None => {
            let coordinated = i > 0 && matches!(p.lower(i - 1).as_str(), "and" | "but");
            // "and alleged mistreatment": many past forms double as adjectives, so after
            // "and" only the plain speech verbs, or any verb with "that", report.
            let plain_speech = matches!(
                lexicon::cue(&p.lower(i)).map(|c| c.1),
                Some(
                    "say"
                        | "tell"
                        | "add"
                        | "claim"
                        | "argue"
                        | "insist"
                        | "note"
                        | "warn"
                        | "write"
                )
            );
            let unmistakable = (coordinated && (plain_speech || p.lower(i + n) == "that"))
                || (p.lower(i + n) == "that" && p.lower(i).ends_with("ing"));
            if !unmistakable {
                return None;
            }
            // "X met the press and said that …": the sentence's first subject.
            (sent_start..i)
                .find(|&k| p.cue_at(k).is_some())
                .and_then(|k| subject_before(p, k, sent_start))
                .or_else(|| {
                    let np = np_start(p, sent_start + 1, sent_start);
                    (np == sent_start && p.capitalized(sent_start)).then_some(np..np + 1)
                })
                .unwrap_or(i..i)
        }
    };
    let mut j = i + n;
    // "told reporters", "told CNN", "told him": the listener.
    if matches!(
        lexicon::cue(&p.lower(i)).map(|c| c.1),
        Some("tell" | "assure" | "inform" | "warn" | "urge" | "advise" | "ask")
    ) && (LISTENER_START.contains(&p.lower(j).as_str()) || p.capitalized(j))
    {
        let mut k = j + 1;
        while k < sent_end
            && k < j + 4
            && p.lower(k) != "that"
            && (np_word(p, k) || LISTENER_START.contains(&p.lower(k).as_str()))
            && !(p.capitalized(k) && p.lower(k + 1) == "would")
        {
            k += 1;
        }
        j = k;
    }
    // Skip adverbials up to a "that" within reach; otherwise the clause starts right here.
    let that = if p.lower(j) == "that" {
        Some(j)
    } else if ADVERBIAL_START.contains(&p.lower(j).as_str())
        || WEEKDAYS.contains(&p.lower(j).as_str())
    {
        (j..sent_end.min(j + 14))
            .take_while(|&k| p.word(k).is_some() && p.cue_at(k).is_none())
            .find(|&k| p.lower(k) == "that" && p.in_quote[k].is_none())
    } else {
        None
    };
    let start = match that {
        Some(k) => k + 1,
        None => {
            if class == CueClass::That {
                return None;
            }
            // Not a clause: a preposition, a quote, punctuation, or nothing.
            let w = p.lower(j);
            if j >= sent_end
                || !p.toks[j].is_word
                || p.in_quote[j].is_some()
                || NOT_CLAUSE_START.contains(&w.as_str())
                || is_adverb(&w)
            {
                return None;
            }
            j
        }
    };
    clause_found(p, i..i + n, subject, start, sent_end, pi)
}

/// Reporting verbs whose preposition introduces what was said ("called for", "warned of").
const TOPIC_PREPOSITIONS: &[(&str, &[&str])] = &[
    ("call", &["for"]),
    ("warn", &["of", "about", "against"]),
    ("caution", &["against", "about"]),
    ("speak", &["about", "of"]),
    ("talk", &["about"]),
    ("comment", &["on"]),
    ("complain", &["about", "of"]),
    ("argue", &["for", "against"]),
    ("ask", &["about", "for"]),
    ("boast", &["about", "of"]),
    ("joke", &["about"]),
    ("write", &["about", "of"]),
    ("tweet", &["about"]),
    ("cite", &[""]),
];

fn topic_report(
    p: &Para<'_>,
    i: usize,
    n: usize,
    sent_start: usize,
    sent_end: usize,
    pi: usize,
) -> Option<Found> {
    let lemma = lexicon::cue(&p.lower(i))?.1;
    let preps = TOPIC_PREPOSITIONS.iter().find(|(l, _)| *l == lemma)?.1;
    let prep = i + n;
    // An empty preposition: the object itself is the topic ("cited rising costs").
    let direct_object = preps.contains(&"");
    if !(direct_object || preps.contains(&p.lower(prep).as_str()))
        || p.in_quote.get(prep)?.is_some()
    {
        return None;
    }
    let subject = subject_before(p, i, sent_start)?;
    let start = if direct_object { prep } else { prep + 1 };
    // The topic runs to the first comma or the sentence end.
    let end = (start..sent_end)
        .find(|&k| p.is_punct(k, ",") && p.in_quote[k].is_none())
        .unwrap_or(sent_end);
    if end <= start + 1 {
        return None;
    }
    clause_found(p, i..prep + 1, subject, start, end, pi)
}

/// `CLAUSE, NP CUE [adverbials].` or `CLAUSE, CUE NP.` ending the sentence.
fn clause_before(
    p: &Para<'_>,
    i: usize,
    n: usize,
    sent_start: usize,
    sent_end: usize,
    according: bool,
    pi: usize,
) -> Option<Found> {
    // The attribution must come last in the sentence, after a comma.
    let (np, comma) = if i > sent_start && p.is_punct(i - 1, ",") {
        // Inverted: ", said Peskov." / ", according to Peskov." The source after
        // "according to" may be any phrase ("a survey of voter lists"), up to a comma.
        let np = if according {
            let end = (i + n..sent_end)
                .find(|&k| p.is_punct(k, ",") || p.in_quote[k].is_some())
                .unwrap_or(sent_end);
            i + n..end
        } else {
            np_after(p, i + n, sent_end)
        };
        if np.is_empty() {
            return None;
        }
        (np, i - 1)
    } else {
        let np = subject_before(p, i, sent_start)?;
        if np.start == sent_start || !p.is_punct(np.start - 1, ",") || according {
            return None;
        }
        (np.clone(), np.start - 1)
    };
    // Only adverbials may follow: "told journalists in response to a question."
    let tail_start = np.end.max(i + n);
    let tail = (tail_start..sent_end).count();
    if tail > 12 || (tail_start..sent_end).any(|k| p.in_quote[k].is_some()) {
        return None;
    }
    if tail > 0 {
        let first = p.lower(tail_start);
        let listener = LISTENER_START.contains(&first.as_str())
            && matches!(
                lexicon::cue(&p.lower(i)).map(|c| c.1),
                Some("tell" | "assure" | "inform" | "warn")
            );
        if !(ADVERBIAL_START.contains(&first.as_str())
            || WEEKDAYS.contains(&first.as_str())
            || listener
            || p.is_punct(tail_start, ","))
        {
            return None;
        }
    }
    if comma <= sent_start + 2 {
        return None;
    }
    // The clause must not be a quotation (then it is a direct quote, attributed already).
    let quoted = (sent_start..comma)
        .filter(|&k| p.in_quote[k].is_some())
        .count();
    if quoted * 2 > comma - sent_start {
        return None;
    }
    let cue = p.span(i..i + n)?;
    let start = p.toks[sent_start].start;
    let end = p.toks[comma - 1].end;
    Some(Found {
        kind: QuoteKind::Indirect,
        segments: std::iter::once(start..end).collect(),
        text: p.text[start..end].to_string(),
        cue: Some(cue),
        mention: p.span(np),
        via: Via::Mention,
        paragraph: pi,
        person: None,
        confidence: 0.75,
    })
}

/// The reported clause from token `start` to the end of the sentence, cut before a following
/// attribution ("…, but his spokesman said …", "…, adding that …").
fn clause_found(
    p: &Para<'_>,
    cue: Range<usize>,
    np: Range<usize>,
    start: usize,
    sent_end: usize,
    pi: usize,
) -> Option<Found> {
    let mut end = sent_end;
    for k in start..sent_end {
        if p.in_quote[k].is_some() {
            continue;
        }
        let w = p.lower(k);
        // ", citing …", ", adding that …", ", according to …"
        if k > start
            && p.is_punct(k - 1, ",")
            && (p.cue_at(k).is_some() || matches!(w.as_str(), "citing" | "according"))
        {
            end = k - 1;
            break;
        }
        // "… but requested that …", "… but his spokesman said …"
        if matches!(w.as_str(), "but" | "and" | "while" | "though" | "although") && k > start + 2 {
            // Any reporting or labelling verb starts a new predicate ("… but requested …").
            let next_cue = (k + 1..sent_end.min(k + 8)).find(|&m| p.cue_at(m).is_some());
            if next_cue.is_some() {
                end = if p.is_punct(k - 1, ",") { k - 1 } else { k };
                break;
            }
        }
    }
    if end <= start || end - start < 3 {
        return None;
    }
    // A clause that opens with a quotation is that quotation, attributed already.
    if p.in_quote[start].is_some() {
        return None;
    }
    // A clause that is all quotation is a direct quote, attributed already.
    let quoted = (start..end).filter(|&k| p.in_quote[k].is_some()).count();
    if quoted * 10 >= (end - start) * 9 {
        return None;
    }
    let s = p.toks[start].start;
    let mut e = p.toks[end - 1].end;
    // Keep a closing quotation mark out of the clause text only if its opening is outside.
    if e <= s {
        return None;
    }
    let text = p.text[s..e].trim_end_matches([',', ';', ':']).to_string();
    e = s + text.len();
    Some(Found {
        kind: QuoteKind::Indirect,
        segments: std::iter::once(s..e).collect(),
        text,
        cue: p.span(cue),
        via: if np.is_empty() {
            Via::Nothing
        } else {
            Via::Mention
        },
        mention: p.span(np),
        paragraph: pi,
        person: None,
        confidence: 0.7,
    })
}

/// Turns found quotes into report quotes, naming each speaker by its resolved person.
pub fn finish(found: Vec<Found>, people: &[Person]) -> Vec<Quote> {
    found
        .into_iter()
        .enumerate()
        .map(|(i, f)| Quote {
            id: format!("q{}", i + 1),
            start: f.start(),
            end: f.segments.last().map_or(0, |r| r.end),
            text: f.text,
            kind: f.kind,
            speaker: f.person.and_then(|p| people.get(p)).map(|p| Speaker {
                name: p.name.clone(),
                aliases: p.aliases.clone(),
                role: p.role.clone(),
                person: f.person,
            }),
            cue: f.cue,
            mention: f.mention,
            confidence: if f.person.is_some() {
                f.confidence
            } else {
                0.0
            },
        })
        .collect()
}
