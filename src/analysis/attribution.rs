//! Attribution: the cue each quotation hangs on ("said", "told reporters", "according to"),
//! the mention of its speaker, the quote's kind (direct or partial), and reported speech
//! without quotation marks ("X said (that) …", "…, X said", "according to X, …").
//!
//! Works paragraph by paragraph over tokens; quotation spans come from `quotes`. Speaker
//! mentions are found here as token spans; `people` resolves them to persons.

use std::ops::Range;

use super::lexicon::{self, CueClass};
use super::names;
use super::quotes::QuoteSpan;
use super::report::{Person, Quote, QuoteKind, Span, Speaker};
use super::text::{self, Token};

use std::collections::HashSet;

/// One section of `lexicon/attribution_words.txt`, parsed once.
macro_rules! word_set {
    ($name:literal) => {{
        static SET: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
        SET.get_or_init(|| lexicon::section(lexicon::ATTRIBUTION_WORDS, $name).collect())
    }};
}

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

fn work_nouns() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| lexicon::lines(lexicon::WORK_NOUNS).collect())
}

/// Does the quotation whose opening mark is token `first` follow a word that introduces a
/// title ("her 2015 memoir, "…"", "said on "…"")?
fn after_work_noun(p: &Para<'_>, first: usize) -> bool {
    let mut k = first;
    if k > 0 && p.is_punct(k - 1, ",") {
        k -= 1;
    }
    k > 0 && p.toks[k - 1].is_word && work_nouns().contains(p.lower(k - 1).as_str())
}

/// A term in quotation marks that the sentence names rather than quotes: after "so-called",
/// "dubbed", "known as", or "call(s) this effect" ("Analysts call this effect "differential
/// nonresponse"").
fn labelled_term(p: &Para<'_>, first: usize, quote: &str) -> bool {
    if quote.split_whitespace().count() > 4 {
        return false;
    }
    let from = p.sentence_of(first).0.max(first.saturating_sub(5));
    (from..first).any(|k| {
        let w = p.lower(k);
        let lemma = lexicon::cue(&w).map(|c| c.1);
        // "call them "extraordinary presidents"" and "calling it "a gift"" judge and are
        // quoted; "call this effect "…"" names a thing.
        let names_a_thing = lemma == Some("call")
            && matches!(p.lower(k + 1).as_str(), "this" | "that")
            && first == k + 3
            && !p.capitalized(k + 2);
        let naming = names_a_thing
            || matches!(w.as_str(), "so-called" | "dubbed" | "termed" | "nicknamed")
            || (w == "known" && p.lower(k + 1) == "as");
        naming && (k + 1..first).all(|x| p.toks[x].is_word && p.in_quote[x].is_none())
    })
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
fn not_clause_start() -> &'static HashSet<&'static str> {
    word_set!("not_clause_start")
}

/// Nouns for what someone said ("his remarks calling …").
fn speech_nouns() -> &'static HashSet<&'static str> {
    word_set!("speech_nouns")
}

/// Irregular past forms of reporting verbs (regular ones end in -ed).
fn irregular_past() -> &'static HashSet<&'static str> {
    word_set!("irregular_past")
}

/// Words that may stand between a subject and its reporting verb ("has also said").
fn between_subject_and_verb() -> &'static HashSet<&'static str> {
    word_set!("between_subject_and_verb")
}

use super::lexicon::WEEKDAYS;

/// Lower-case words that can be part of a speaker's noun phrase.
fn np_lower() -> &'static HashSet<&'static str> {
    word_set!("np_lower")
}

/// Words that start an adverbial between a reporting verb and its clause ("said on Monday
/// that", "stated in an interview with … that").
fn adverbial_start() -> &'static HashSet<&'static str> {
    word_set!("adverbial_start")
}

/// Words that start the listener of "told" ("told reporters", "told him").
fn listener_start() -> &'static HashSet<&'static str> {
    word_set!("listener_start")
}

fn pronouns() -> &'static HashSet<&'static str> {
    word_set!("pronouns")
}

/// Generic sources: they name no one in particular.
fn generic_heads() -> &'static HashSet<&'static str> {
    word_set!("generic_heads")
}

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
            // "McConnell, R-Ky., said": a full stop before a comma ends an abbreviation.
            && !(self.is_punct(i, ".") && self.is_punct(i + 1, ","))
            // "Gregory W. Meeks": a middle initial between capitalised names.
            && !(self.is_punct(i, ".") && self.is_initial(i.wrapping_sub(1)) && self.capitalized(i + 1))
            && (self.is_punct(i, ".")
                || self.is_punct(i, "!")
                || self.is_punct(i, "?")
                || self.is_punct(i, ";"))
    }
    /// A single capital letter joined to the full stop after it, after a capitalised word.
    fn is_initial(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            && self.toks[i].end == self.toks[i + 1].start
            && i > 0
            && self.capitalized(i - 1)
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
    /// Does the comma at `comma` close an appositive that follows a name ("Zane Ortiz, a nurse
    /// at the clinic,")? An earlier comma of the sentence stands right after a capital.
    fn after_appositive(&self, comma: usize) -> bool {
        let start = self.sentence_of(comma).0;
        (start.max(comma.saturating_sub(14))..comma)
            .rev()
            .find(|&k| self.is_punct(k, ","))
            .is_some_and(|k| {
                k > start
                    && self.capitalized(k - 1)
                    && (k + 1..comma).all(|x| self.toks[x].is_word && self.in_quote[x].is_none())
            })
    }
    /// A reporting cue at token `i` (outside quotes): its class and how many tokens it spans.
    fn cue_at(&self, i: usize) -> Option<(CueClass, usize)> {
        // Past the last token (a look-ahead at the end of the text) there is no cue.
        if self.in_quote.get(i).is_none_or(Option::is_some) {
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
        // A phrasal cue ("points out", "blurted out") needs its particle right after the verb.
        let n = match lemma.split_once(' ') {
            Some((_, particle)) if self.lower(i + 1) == particle => 2,
            Some(_) => return None,
            None => 1,
        };
        // "по словам X" is Russian for "according to X".
        if w == "по" && self.lower(i + 1) == "словам" {
            return Some((CueClass::Speech, 2));
        }
        // The checks below tell English verbs from nouns; a Cyrillic form is always a verb.
        if !w.is_ascii() && w.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c)) {
            return Some((class, n));
        }
        // "are revealed", "is expected", "was told": a passive names no speaker.
        if i > 0
            && (w.ends_with("ed") || irregular_past().contains(&w.as_str()))
            && matches!(
                self.lower(i - 1).as_str(),
                "is" | "was" | "are" | "were" | "be" | "been" | "being"
            )
        {
            return None;
        }
        // Right after a quotation's closing mark, any form is the inverted cue of that quote
        // (`"…," says Victor Lamb`).
        if i > 0 && self.in_quote[i - 1].is_some() {
            return Some((class, n));
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
        if !(w.ends_with("ed") || w.ends_with("ing") || irregular_past().contains(&w.as_str())) {
            let plural_form = w.ends_with('s');
            let subject_like = i > 0 && {
                let t = self.toks[i - 1];
                let pw = t.text(self.text);
                let pl = pw.to_lowercase();
                (t.is_word
                    && (pronouns().contains(&pl.as_str())
                        || matches!(pl.as_str(), "you" | "who" | "that" | "which" | "to")
                        || between_subject_and_verb().contains(&pl.as_str())
                        || pl.ends_with("n't")
                        || is_adverb(&pl)
                        || pw.chars().next().is_some_and(char::is_uppercase)
                        || lexicon::role_group(&pl).is_some()
                        || lexicon::is_organisation_word(&pl)
                        || (!plural_form && pl.ends_with('s'))
                        // "the letter says": a singular noun after its determiner.
                        || (plural_form
                            && !pl.ends_with('s')
                            && !determiners().contains(&pl.as_str())
                            && (i.saturating_sub(4)..i - 1)
                                .any(|k| determiners().contains(&self.lower(k).as_str())))))
                    || (!t.is_word && pw == ")")
                    // "Zane Ortiz, a nurse at the clinic, says": the appositive's comma.
                    || (!t.is_word && pw == "," && self.after_appositive(i - 1))
            };
            if !subject_like {
                return None;
            }
        }
        Some((class, n))
    }
}

fn is_adverb(w: &str) -> bool {
    static NOUNS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    w.len() > 4
        && w.ends_with("ly")
        && w.chars().all(|c| c.is_lowercase())
        && !NOUNS
            .get_or_init(|| lexicon::lines(lexicon::LY_NOT_ADVERBS).collect())
            .contains(w)
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
        .flat_map(|s| split_attributed_tail(text, paragraphs, s))
        .collect();
    let spans = &spans[..];
    let mut found: Vec<Found> = Vec::new();
    let mut unattributed = Vec::new();
    // (index of a repeating sub-heading in `found`, start of the quotation it repeats)
    let mut repeats: Vec<(usize, usize)> = Vec::new();
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
            let repeated = (f.via != Via::Mention)
                .then(|| repeats_later_quote(text, paragraphs, spans, si))
                .flatten();
            if (kind == QuoteKind::Partial && f.via != Via::Mention)
                || (is_title(&f.text) && !headline_says(text, span, headline == Some(pi)))
                || ((after_possessive || after_work_noun(&p, first)) && is_name_of_work(&f.text))
                || labelled_term(&p, first, &f.text)
            {
                // A quoted fragment with no cue in its sentence is a scare quote or a title.
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
        found[first_of_para..].sort_by_key(|f| f.start());
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

    // A quotation that ends its sentence (`"… comics." In Ruiz, he found …`) takes a cue after
    // it only when the attribution follows at once, never from the next sentence.
    let closes_sentence = inner.trim_end().ends_with(['.', '!', '?']);
    // `"…," Blige sings to Clinton`: after a quotation cut by a comma, a name and any verb
    // sign it, even one that is not a verb of saying.
    let cue_before = cue_in(p, before.clone());
    let comma_close = inner.trim_end().ends_with(',') && starts_capital && before.is_empty();
    let cue_after = attribution_after(p, after.clone(), closes_sentence)
        .or_else(|| comma_close.then(|| manner_cue(p, after.clone())).flatten());

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
            })
            .or_else(|| {
                // "Dr. Omar Haddad is more blunt: "…"": the subject of the sentence the colon
                // ends speaks.
                let colon = lead_in.filter(|_| after_colon && !in_headline)?;
                let np = sentence_subject(p, sentence_start, colon)?;
                (np.clone())
                    .any(|k| p.capitalized(k) && !p.word(k).is_some_and(names::is_stopword))
                    .then_some((colon..colon + 1, np))
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

/// A quotation running over several paragraphs whose last paragraph carries its own
/// attribution after the closing mark (`"We do not want that," Brook added.`) is two: the
/// paragraphs before, and that last paragraph's quotation with its cue.
fn split_attributed_tail(text: &str, paragraphs: &[Range<usize>], s: &QuoteSpan) -> Vec<QuoteSpan> {
    let n = s.segments.len();
    if n < 2 || s.last_paragraph == s.paragraph {
        return vec![s.clone()];
    }
    let last = s.segments[n - 1].clone();
    let para_end = paragraphs.get(s.last_paragraph).map_or(last.end, |r| r.end);
    let after = text.get(s.close..para_end).unwrap_or("").trim();
    // The last paragraph opens with its own mark (a continuation) and has words after its close.
    let open = text[..last.start]
        .char_indices()
        .next_back()
        .map(|(k, _)| k)
        .unwrap_or(last.start);
    let reopened = text[open..last.start].chars().any(|c| {
        matches!(
            c,
            '"' | '\u{201c}' | '\'' | '\u{2018}' | '\u{ab}' | '\u{201e}'
        )
    });
    if !reopened || after.split_whitespace().count() < 2 {
        return vec![s.clone()];
    }
    let prev_end = s.segments[n - 2].end;
    let prev_para = paragraphs
        .partition_point(|r| r.end < prev_end)
        .min(s.last_paragraph);
    vec![
        QuoteSpan {
            segments: s.segments[..n - 1].to_vec(),
            open: s.open,
            close: prev_end,
            paragraph: s.paragraph,
            last_paragraph: prev_para,
        },
        QuoteSpan {
            segments: vec![last],
            open,
            close: s.close,
            paragraph: s.last_paragraph,
            last_paragraph: s.last_paragraph,
        },
    ]
}

/// A quotation standing alone in its paragraph (a sub-heading) whose words a later quotation
/// repeats is that quotation's duplicate.
fn repeats_later_quote(
    text: &str,
    paragraphs: &[Range<usize>],
    spans: &[QuoteSpan],
    si: usize,
) -> Option<usize> {
    let s = &spans[si];
    let alone = paragraphs
        .get(s.paragraph)
        .is_some_and(|r| text[r.clone()].trim().len() <= s.close - s.open + 2);
    let norm = |t: &str| {
        t.chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
    };
    let words = norm(&s.text(text));
    if !alone || words.split_whitespace().count() < 2 {
        return None;
    }
    (si + 1..spans.len()).find(|&k| norm(&spans[k].text(text)).contains(words.trim()))
}

/// Does the mention open like a noun phrase (a name, a pronoun, "the spokesman"), rather than
/// with a preposition or verb that an over-long subject search ran back into?
fn starts_np(p: &Para<'_>, np: &Range<usize>) -> bool {
    let w = p.lower(np.start);
    p.capitalized(np.start)
        || pronouns().contains(&w.as_str())
        || determiners().contains(&w.as_str())
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
fn attribution_after(
    p: &Para<'_>,
    after: Range<usize>,
    strict: bool,
) -> Option<(Range<usize>, Range<usize>)> {
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
    // Inside "…, who has criticized the plan, said": the relative clause's verbs are not the cue.
    let mut relative = false;
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
        if in_apposition && matches!(p.lower(j).as_str(), "who" | "which") {
            relative = true;
            continue;
        }
        if relative && !p.is_punct(j, ",") {
            continue;
        }
        relative = false;
        if let Some((class, n)) = p.cue_at(j) {
            if class == CueClass::Label {
                return None;
            }
            // "… is expected to survive": a passive is no attribution, nor, after a quote that
            // closed its sentence, a verb of belief ("found", "expects").
            let passive = j > 0
                && matches!(
                    p.lower(j - 1).as_str(),
                    "is" | "was" | "are" | "were" | "be" | "been" | "being"
                );
            let belief = matches!(
                lexicon::cue(&p.lower(j)).map(|c| c.1),
                Some(
                    "expect"
                        | "hope"
                        | "fear"
                        | "know"
                        | "feel"
                        | "find"
                        | "estimate"
                        | "believe"
                        | "think"
                )
            );
            if passive || (strict && belief) {
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
        // "Gomez — the former mayor — said": dashes set off an appositive as commas do.
        if p.is_punct(j, ",") || (j > i && spaced_dash(p, j)) {
            in_apposition = true;
            continue;
        }
        let w = p.lower(j);
        let between = between_subject_and_verb().contains(&w.as_str())
            || is_adverb(&w)
            || WEEKDAYS.contains(&w.as_str());
        // A few lower-case modifiers may precede a title ("regional governor Anna Berg").
        let description = || descriptor_to_name(p, j, limit).is_some();
        if !in_apposition
            && !np_word(p, j)
            && !between
            && (j - i >= 3 || (strict && j == i) || !p.toks[j].is_word)
            && !description()
        {
            return None;
        }
        if !in_apposition && j - i > 14 {
            return None;
        }
    }
    None
}

/// `"…," Blige sings` / `"…," Ruiz laughed`: one to three capitalised name words right after
/// the quotation, then a lower-case verb in -s or -ed that is not an auxiliary.
fn manner_cue(p: &Para<'_>, after: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let i = after.start;
    let name = (i..after.end.min(i + 3))
        .take_while(|&k| {
            p.capitalized(k) && p.word(k).is_some_and(|w| !names::is_stopword(w)) && np_word(p, k)
        })
        .count();
    let v = i + name;
    let w = p.lower(v);
    let verb = name > 0
        && v < after.end
        && p.toks[v].is_word
        && !p.capitalized(v)
        && (w.ends_with('s') || w.ends_with("ed"))
        && w.len() > 3
        && !auxiliaries().contains(&w.as_str())
        && !not_clause_start().contains(&w.as_str())
        && !is_adverb(&w);
    verb.then_some((v..v + 1, i..v))
}

/// A dash standing apart from the words around it (" — "), not a hyphen inside "R-Texas".
fn spaced_dash(p: &Para<'_>, i: usize) -> bool {
    is_dash(p, i)
        && i > 0
        && p.toks.get(i + 1).is_some_and(|t| t.start > p.toks[i].end)
        && p.toks[i - 1].end < p.toks[i].start
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
        } else if spaced_dash(p, e - 1) {
            // "Ben Aldo — a former teacher — said": the appositive between dashes.
            match (floor.max(e.saturating_sub(14))..e - 1)
                .rev()
                .find(|&k| spaced_dash(p, k))
            {
                Some(k) if k > floor => e = k,
                _ => break,
            }
        } else if names::can_continue_name(p.word(e - 1).unwrap_or_default())
            && e >= floor + 2
            && p.capitalized(e - 2)
        {
            // "Nora May said": a surname, not the modal.
            break;
        } else if between_subject_and_verb().contains(&w.as_str())
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
        // A hyphen joined to the words around it; "NEW YORK -- Lumina" is a dateline.
        let joined = |a: usize, b: usize| matches!((p.toks.get(a), p.toks.get(b)), (Some(x), Some(y)) if x.end == y.start);
        return p.is_punct(i, "-")
            && i > 0
            && joined(i - 1, i)
            && joined(i, i + 1)
            && p.toks[i - 1].is_word
            && p.toks[i + 1].is_word;
    };
    let l = w.to_lowercase();
    if p.capitalized(i) {
        // "In", "After", "However" open a sentence; they are never part of a speaker's name.
        return !names::is_stopword(w)
            || determiners().contains(&l.as_str())
            || pronouns().contains(&l.as_str())
            // "Nora May", "Dana Every": a surname that is a common word.
            || (names::can_continue_name(w) && i > 0 && p.capitalized(i - 1));
    }
    np_lower().contains(&l.as_str())
        || pronouns().contains(&l.as_str())
        || lexicon::role_group(&l).is_some()
        || lexicon::is_organisation_word(&l)
        || generic_heads().contains(&l.as_str())
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
            // "said retired teacher Alma Ruiz": lower-case description words before a name.
            match descriptor_to_name(p, j, end) {
                Some(k) => {
                    j = k;
                    continue;
                }
                None => break,
            }
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

/// From token `from`, a run of at most six plain lower-case words (a description: "retired
/// teacher", "volunteer media coordinator") that reaches a capitalised word or an appositive
/// comma before one: the index where the run stops. Prepositions, pronouns, cues and words in
/// quotation end it, so "said in a statement" or "said he would" never reach a name.
fn descriptor_to_name(p: &Para<'_>, from: usize, end: usize) -> Option<usize> {
    let mut k = from;
    while k < end && k < from + 7 {
        if p.capitalized(k) && k > from {
            return Some(k);
        }
        if p.is_punct(k, ",") && k > from && p.capitalized(k + 1) && k + 1 < end {
            return Some(k);
        }
        let w = p.lower(k);
        // "9/11 widow Terry Strada": a slash joined to numbers on both sides.
        let joined_slash = p.is_punct(k, "/")
            && k > from
            && p.toks.get(k + 1).is_some_and(|t| t.start == p.toks[k].end)
            && p.toks[k - 1].end == p.toks[k].start;
        if joined_slash {
            k += 1;
            continue;
        }
        let plain = p.toks[k].is_word
            && p.in_quote[k].is_none()
            && w.chars().all(|c| {
                c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}'
            })
            && !not_clause_start().contains(&w.as_str())
            && !pronouns().contains(&w.as_str())
            && !matches!(
                w.as_str(),
                "that" | "who" | "which" | "is" | "was" | "has" | "had"
            )
            // "says the rules favour the Crown": a second determiner starts another phrase.
            && !determiners().contains(&w.as_str())
            && p.cue_at(k).is_none();
        if !plain {
            return None;
        }
        k += 1;
    }
    None
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
            // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said": the party and state in
            // parentheses close the name.
            let name_end = match k
                .checked_sub(1)
                .filter(|&c| c > floor && p.is_punct(c, ")"))
            {
                Some(c) => (floor.max(c.saturating_sub(8))..c)
                    .rev()
                    .find(|&x| p.is_punct(x, "("))
                    .unwrap_or(k),
                None => k,
            };
            let start = np_start(p, name_end, floor);
            // "Lena Ruiz, Minister of Trade, Industry and Labour, said": a part that opens
            // with a title is the role; the name stands before it.
            if start < k && start > floor && p.is_punct(start - 1, ",") {
                let w = p.word(start).unwrap_or_default();
                if names::is_title(w) || lexicon::role_group(&p.lower(start)).is_some() {
                    end = start;
                    continue;
                }
            }
            let names = (start..name_end)
                .any(|x| p.capitalized(x) || pronouns().contains(&p.lower(x).as_str()));
            // "As Steven Rosenthal, a tax lawyer, put it": a sentence opener may precede.
            let opens = start == floor
                || !p.toks[start - 1].is_word
                || (start - 1 == floor && p.word(floor).is_some_and(names::is_stopword));
            if start < name_end && names && opens {
                return Some(start..j);
            }
            end = k;
        }
        // "…, he said" after a clause: the words right before the verb.
        let start = np_start(p, j, floor);
        return (start < j && start > floor && p.is_punct(start - 1, ",")).then_some(start..j);
    }
    let start = np_start(p, j, floor);
    // "Tim Guest with the Harbour Health Authority says": the person before the preposition.
    if start >= floor + 2
        && matches!(p.lower(start - 1).as_str(), "with" | "at" | "of" | "from")
        && p.capitalized(start - 2)
    {
        let person = np_start(p, start - 1, floor);
        if person < start - 1 && (person..start - 1).all(|k| p.capitalized(k)) {
            return Some(person..j);
        }
    }
    (start < j).then_some(start..j)
}

/// Start of the noun phrase ending just before token `end`.
fn np_start(p: &Para<'_>, end: usize, floor: usize) -> usize {
    if end > floor
        && (pronouns().contains(&p.lower(end - 1).as_str())
            || matches!(p.lower(end - 1).as_str(), "who" | "which"))
    {
        return end - 1;
    }
    let mut k = end;
    while k > floor && np_word(p, k - 1) && !pronouns().contains(&p.lower(k - 1).as_str()) {
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
            || generic_heads().contains(&l.as_str())
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
        let starts = determiners().contains(&l.as_str())
            || l.ends_with("'s")
            || l.ends_with("\u{2019}s")
            || l.chars().all(|c| c.is_ascii_digit());
        if starts && d + 1 < end {
            return d;
        }
        // "Factory workers have said": a plural noun after the sentence's first word.
        if p.capitalized(d) && d == floor && d + 1 < end && p.lower(end - 1).ends_with('s') {
            return d;
        }
        if p.cue_at(d).is_some() || not_clause_start().contains(&l.as_str()) || p.capitalized(d) {
            break;
        }
    }
    end
}

/// Auxiliary and copular verbs: after one, an -ed form is a participle, not a new verb.
fn auxiliaries() -> &'static HashSet<&'static str> {
    word_set!("auxiliaries")
}

/// Irregular past forms that commonly make the main verb after a nominal claim ("… drew
/// criticism", "… upset the board").
fn main_verb_pasts() -> &'static HashSet<&'static str> {
    word_set!("main_verb_pasts")
}

/// Words that open a common noun phrase.
fn determiners() -> &'static HashSet<&'static str> {
    word_set!("determiners")
}

/// The speaker of a cue: the subject before it, or for a participle after a comma
/// ("…, calling them …") the subject of the sentence's first cue.
fn speaker_of_cue(
    p: &Para<'_>,
    cue: Range<usize>,
    floor: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    // "Trump was defensive …, saying, "…"", "Blige sings to Clinton before asking her, "…"":
    // a participle after a comma or a subordinator shares the sentence's named subject.
    let sentence = p.sentence_of(cue.start).0;
    if p.lower(cue.start).ends_with("ing")
        && cue.start > sentence
        && (p.is_punct(cue.start - 1, ",")
            || matches!(
                p.lower(cue.start - 1).as_str(),
                "before" | "after" | "while" | "when" | "without" | "by"
            ))
    {
        if let Some(np) = sentence_subject(p, sentence, cue.start).filter(|np| {
            np.clone()
                .any(|k| p.capitalized(k) && !names::is_stopword(p.word(k).unwrap_or_default()))
        }) {
            return Some((cue, np));
        }
    }
    // "Trump's remarks calling him a 'dictator'": the owner of the remarks speaks.
    if p.lower(cue.start).ends_with("ing") && cue.start > floor {
        let noun = p.lower(cue.start - 1);
        if speech_nouns().contains(&noun.as_str()) {
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

/// After a short time adverbial at `j` ("Monday", "on Tuesday", "last week", "this
/// morning", "Monday night") when a clause follows it, the token after it; else `j`.
fn skip_time(p: &Para<'_>, j: usize, sent_end: usize) -> usize {
    let time = |k: usize| {
        let w = p.lower(k);
        WEEKDAYS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "today"
                    | "yesterday"
                    | "tonight"
                    | "week"
                    | "month"
                    | "year"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "weekend"
            )
    };
    let mut k = j;
    if matches!(
        p.lower(k).as_str(),
        "on" | "last" | "this" | "late" | "early"
    ) && time(k + 1)
    {
        k += 1;
    }
    if !time(k) {
        return j;
    }
    k += 1;
    while k < sent_end && time(k) {
        k += 1;
    }
    if p.is_punct(k, ",") {
        k += 1;
    }
    // Only when a clause follows: a subject word, not a preposition or punctuation.
    let clause = k < sent_end
        && p.toks[k].is_word
        && p.in_quote[k].is_none()
        && !not_clause_start().contains(&p.lower(k).as_str());
    if clause {
        k
    } else {
        j
    }
}

/// Does a reported clause open at `j` with a subordinate clause ("said while many families
/// got help, others …") or a demonstrative subject ("said this was …"), rather than with an
/// adverbial ("said while visiting Ohio", "said this week")?
fn subordinate_clause(p: &Para<'_>, j: usize, sent_end: usize) -> bool {
    let w = p.lower(j);
    let next = p.lower(j + 1);
    if w == "this" {
        return matches!(
            next.as_str(),
            "is" | "was" | "would" | "will" | "could" | "should" | "has" | "had" | "means"
        );
    }
    let subordinator = matches!(
        w.as_str(),
        "while" | "when" | "if" | "because" | "although" | "though" | "once" | "unless"
    );
    // The subordinate clause has its own subject, then a comma and the main clause.
    let own_subject = p.toks.get(j + 1).is_some_and(|t| t.is_word)
        && !next.ends_with("ing")
        && !next.ends_with("ed")
        && !not_clause_start().contains(&next.as_str());
    let comma = (j + 2..sent_end).find(|&k| p.is_punct(k, ","));
    subordinator && own_subject && comma.is_some_and(|c| c + 3 <= sent_end)
}

/// The noun phrase that opens the sentence, when it names someone and a verb follows it
/// ("The Harbour Nurses Union disclosed …"): the subject of a later participle.
fn sentence_subject(p: &Para<'_>, start: usize, limit: usize) -> Option<Range<usize>> {
    let mut k = start;
    // "The nurses' union": a plural possessive's apostrophe stays in the phrase.
    let apostrophe = |k: usize| {
        k > start
            && (p.is_punct(k, "'") || p.is_punct(k, "\u{2019}"))
            && p.lower(k - 1).ends_with('s')
            && p.toks[k - 1].end == p.toks[k].start
    };
    // "The nurses' union": a lower-case modifier before an institution word.
    let modifier = |k: usize| {
        p.toks[k].is_word
            && !p.capitalized(k)
            && p.cue_at(k).is_none()
            && !not_clause_start().contains(&p.lower(k).as_str())
            && (k + 1..(k + 3).min(limit)).any(|x| lexicon::is_organisation_word(&p.lower(x)))
    };
    while k < limit
        && k < start + 8
        && (np_word(p, k) || apostrophe(k) || modifier(k))
        && !p.is_punct(k, ",")
    {
        k += 1;
    }
    let names = (start..k).any(|x| {
        let l = p.lower(x);
        (p.capitalized(x) && !determiners().contains(&l.as_str()))
            || lexicon::role_group(&l).is_some()
            || lexicon::is_organisation_word(&l)
    });
    (k > start && k < limit && names && p.toks[k].is_word).then_some(start..k)
}

/// Reported speech around the cue at token `i`, if it introduces one.
fn reported_clause(p: &Para<'_>, i: usize, pi: usize) -> Option<Found> {
    let (class, n) = p.cue_at(i)?;
    let (sent_start, sent_end) = p.sentence_of(i);
    let sent_end = sent_end.max(i + n).min(p.toks.len());
    // "called for talks", "vowed to cut taxes", "criticized the plan": a frame, no clause.
    if let Some(f) = frame_report(p, i, n, sent_start, sent_end, pi) {
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
        // "According to Peskov, …" / "According to preliminary findings, …": the source runs
        // to the comma.
        let np = np_after(p, i + n, sent_end);
        let np = if !np.is_empty() && p.is_punct(np.end, ",") {
            np
        } else {
            let comma = (i + n..sent_end.min(i + n + 9)).find(|&k| p.is_punct(k, ","))?;
            if comma == i + n || (i + n..comma).any(|k| !p.toks[k].is_word) {
                return None;
            }
            i + n..comma
        };
        return clause_found(p, i..i + n, np.clone(), np.end + 1, sent_end, pi);
    }
    // "Peskov said (on Monday) (that) …"
    // "X sent an email on Friday saying …": a participle's noun phrase that is the object of
    // an earlier verb (a word stands before it) is what X said through; X speaks.
    let object_of_verb = |np: &Range<usize>| {
        p.lower(i).ends_with("ing")
            && np.start > sent_start
            && p.toks[np.start - 1].is_word
            && !not_clause_start().contains(&p.lower(np.start - 1).as_str())
            && !p.capitalized(np.start)
    };
    let subject = match subject_before(p, i, sent_start) {
        Some(np) if object_of_verb(&np) => sentence_subject(p, sent_start, np.start).or(Some(np)),
        found => found,
    };
    let subject = subject.or_else(|| {
        // A participle after a comma ("…, adding that …", "disclosed the breach, saying …")
        // shares the sentence's subject.
        if i > 0 && p.is_punct(i - 1, ",") && p.lower(i).ends_with("ing") {
            (sent_start..i)
                .find(|&k| p.cue_at(k).is_some() && k != i)
                .and_then(|first| subject_before(p, first, sent_start))
                .or_else(|| sentence_subject(p, sent_start, i))
        } else {
            None
        }
    });
    let subject = subject.or_else(|| plain_subject(p, i, sent_start));
    // Without a subject, only an unmistakable report stands: "…, and said that …",
    // "tweets … saying that …". It is kept with no speaker rather than a guessed one.
    let subject = match subject {
        Some(np) => np,
        None => {
            // "… and said", "… but has said": auxiliaries may stand after the conjunction.
            let mut k = i;
            while k > sent_start && between_subject_and_verb().contains(&p.lower(k - 1).as_str()) {
                k -= 1;
            }
            let coordinated = k > 0 && matches!(p.lower(k - 1).as_str(), "and" | "but");
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
            // "denied the report and suggested it was …": a clause with its own subject.
            let clause_follows = matches!(
                p.lower(i + n).as_str(),
                "that" | "it" | "he" | "she" | "they" | "we" | "i" | "there"
            );
            let unmistakable = (coordinated && (plain_speech || clause_follows))
                || (p.lower(i + n) == "that" && p.lower(i).ends_with("ing"));
            if !unmistakable {
                return None;
            }
            // "X met the press and said that …": the sentence's first subject.
            (sent_start..i)
                .find(|&k| p.cue_at(k).is_some())
                .and_then(|k| subject_before(p, k, sent_start))
                .or_else(|| sentence_subject(p, sent_start, i))
                .unwrap_or(i..i)
        }
    };
    let mut j = i + n;
    // "told reporters", "told CNN", "told him", "told staff": the listener, up to the
    // clause's own subject ("told the House the vote was …", "told staff the service had …").
    let tell_like = matches!(
        lexicon::cue(&p.lower(i)).map(|c| c.1),
        Some("tell" | "assure" | "inform" | "warn" | "urge" | "advise" | "ask")
    );
    let plain_noun = |k: usize| {
        p.toks.get(k).is_some_and(|t| t.is_word)
            && p.in_quote.get(k).is_some_and(|q| q.is_none())
            && !p.capitalized(k)
            && !not_clause_start().contains(&p.lower(k).as_str())
            && !determiners().contains(&p.lower(k).as_str())
            && !pronouns().contains(&p.lower(k).as_str())
            && p.lower(k) != "that"
    };
    if tell_like
        && (listener_start().contains(&p.lower(j).as_str()) || p.capitalized(j) || plain_noun(j))
    {
        let mut k = j + 1;
        while k < sent_end
            && k < j + 4
            && p.lower(k) != "that"
            && !pronouns().contains(&p.lower(k).as_str())
            && !(determiners().contains(&p.lower(k).as_str()) && k > j)
            && (np_word(p, k) || listener_start().contains(&p.lower(k).as_str()))
            && !(p.capitalized(k) && p.lower(k + 1) == "would")
        {
            k += 1;
        }
        j = k;
    }
    // "said Monday it had …", "said on Tuesday it had …": a time adverbial before the clause.
    if p.lower(j) != "that" {
        j = skip_time(p, j, sent_end);
    }
    // Skip adverbials up to a "that" within reach ("said at a campaign stop in Toledo, Ohio,
    // that …"; a listener "told MSNBC's "Morning Joe" on Friday that …"), or up to a
    // pronoun subject with its verb ("said after the convention he would …").
    let adverbial = adverbial_start().contains(&p.lower(j).as_str())
        || WEEKDAYS.contains(&p.lower(j).as_str())
        || (tell_like && j > i + n);
    let reach = || {
        (j..sent_end.min(j + 14)).take_while(|&k| {
            (p.word(k).is_some() || p.is_punct(k, ",") || (tell_like && p.in_quote[k].is_some()))
                && p.cue_at(k).is_none()
        })
    };
    let that = if p.lower(j) == "that" {
        Some(j)
    } else if adverbial {
        reach()
            .find(|&k| p.lower(k) == "that" && p.in_quote[k].is_none())
            .or_else(|| {
                reach()
                    .find(|&k| k > j && pronoun_clause(p, k) && !p.is_punct(k - 1, ","))
                    .map(|k| k - 1)
            })
    } else {
        None
    };
    let start = match that {
        Some(k) => k + 1,
        // "announced it would …", "acknowledged he was …": a verb that wants "that" takes a
        // clause without it when a pronoun subject and its verb follow.
        None if class == CueClass::That && pronoun_clause(p, j) => j,
        None => {
            if class == CueClass::That {
                return None;
            }
            // Not a clause: a preposition, a quote, punctuation, or nothing ("said about 20
            // people …" opens with a number, not a preposition).
            let w = p.lower(j);
            let number_follows = matches!(w.as_str(), "about" | "nearly" | "almost" | "roughly")
                && p.word(j + 1)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            if j >= sent_end
                || !p.toks[j].is_word
                || p.in_quote[j].is_some()
                || (not_clause_start().contains(&w.as_str())
                    && !subordinate_clause(p, j, sent_end)
                    && !number_follows)
                || is_adverb(&w)
            {
                return None;
            }
            j
        }
    };
    clause_found(p, i..i + n, subject, start, sent_end, pi)
}

/// Does a clause open at `k` with a subject pronoun and a finite verb ("it would", "he was")?
fn pronoun_clause(p: &Para<'_>, k: usize) -> bool {
    matches!(
        p.lower(k).as_str(),
        "it" | "he" | "she" | "they" | "we" | "i"
    ) && p.in_quote.get(k).is_some_and(Option::is_none)
        && (auxiliaries().contains(&p.lower(k + 1).as_str())
            || matches!(p.lower(k + 1).as_str(), "would" | "will" | "had" | "has"))
}

/// The subject a verb shares with an earlier one of its sentence: "… and vowed to …", "…, but
/// has said …", "…, promising to …" (auxiliaries and adverbs may stand before the verb).
fn shared_subject(p: &Para<'_>, i: usize, sent_start: usize) -> Option<Range<usize>> {
    let mut k = i;
    while k > sent_start && between_subject_and_verb().contains(&p.lower(k - 1).as_str()) {
        k -= 1;
    }
    let coordinated = k > sent_start && matches!(p.lower(k - 1).as_str(), "and" | "but");
    let participle =
        k == i && k > sent_start && p.is_punct(k - 1, ",") && p.lower(i).ends_with("ing");
    if !(coordinated || participle) {
        return None;
    }
    (sent_start..k)
        .find(|&c| p.cue_at(c).is_some())
        .and_then(|c| subject_before(p, c, sent_start))
        .or_else(|| sentence_subject(p, sent_start, k))
}

/// Reported speech without a clause, by the frames of `report_frames.tsv`: "called for talks",
/// "warned of sanctions", "vowed to cut taxes", "criticized the plan", "urged voters to stay".
fn frame_report(
    p: &Para<'_>,
    i: usize,
    n: usize,
    sent_start: usize,
    sent_end: usize,
    pi: usize,
) -> Option<Found> {
    let lemma = lexicon::cue(&p.lower(i))?.1;
    let frames = lexicon::frames_of(lemma);
    if frames.is_empty() {
        return None;
    }
    let next = i + n;
    if p.in_quote.get(next)?.is_some() || !p.toks[next].is_word {
        return None;
    }
    let w = p.lower(next);
    // A to-infinitive: "to" and a lower-case verb.
    let infinitive = |k: usize| {
        p.lower(k) == "to"
            && p.toks.get(k + 1).is_some_and(|t| t.is_word)
            && !p.capitalized(k + 1)
            && !determiners().contains(&p.lower(k + 1).as_str())
    };
    let comma_or_end = |from: usize| {
        (from..sent_end)
            .find(|&k| p.is_punct(k, ",") && p.in_quote[k].is_none())
            .unwrap_or(sent_end)
    };
    let time_word =
        |k: usize| WEEKDAYS.contains(&p.lower(k).as_str()) || skip_time(p, k, sent_end) != k;
    // "asked Clinton about her emails": a short object before the preposition.
    let object_then = || {
        (next + 1..sent_end.min(next + 5))
            .take_while(|&k| {
                let l = p.lower(k - 1);
                p.toks[k - 1].is_word
                    && p.in_quote[k - 1].is_none()
                    && (p.capitalized(k - 1)
                        || matches!(l.as_str(), "him" | "her" | "them" | "us" | "me" | "the")
                        || np_word(p, k - 1))
            })
            .find(|&k| {
                p.toks[k].is_word && frames.contains(&p.lower(k).as_str()) && p.lower(k) != "to"
            })
    };
    // "asked whether …", "explained why …": an embedded question.
    let wh = frames.contains(&"wh")
        && (matches!(
            w.as_str(),
            "whether" | "how" | "why" | "what" | "who" | "where"
        ) || (matches!(lemma, "ask" | "wonder") && matches!(w.as_str(), "if" | "when")));
    let (cue_end, start, end) = if wh {
        (next, next, sent_end)
    } else if frames.contains(&w.as_str()) && w != "to" {
        // A preposition: "called for talks" (never "called on Monday").
        if time_word(next + 1) {
            return None;
        }
        (next + 1, next + 1, comma_or_end(next + 1))
    } else if let Some(prep) = object_then().filter(|&k| !time_word(k + 1)) {
        (next, prep + 1, comma_or_end(prep + 1))
    } else if frames.contains(&"to") && infinitive(next) {
        (next, next, sent_end)
    } else if frames.contains(&"object-to") {
        // "urged European nations to bolster …": a short listener, then "to".
        let to = (next..sent_end.min(next + 7))
            .take_while(|&k| p.toks[k].is_word && p.in_quote[k].is_none())
            .find(|&k| infinitive(k))?;
        if to == next {
            return None;
        }
        (next, next, sent_end)
    } else if frames.contains(&"object") {
        // "criticized the party's lack of …": an object, not an adverbial or a clause.
        if not_clause_start().contains(&w.as_str())
            || w == "that"
            || is_adverb(&w)
            || time_word(next)
            || p.cue_at(next).is_some()
        {
            return None;
        }
        (next, next, comma_or_end(next))
    } else {
        return None;
    };
    if end <= start + 1 {
        return None;
    }
    // A quotation in the content carries the speaker's own words ("praised Trump as an
    // "absolutely unique president""): the fragment is the report, not the frame around it.
    if (start..end).any(|k| p.in_quote[k].is_some()) {
        return None;
    }
    // A participle ("…, citing rising costs", "… and blaming him") describes what the subject
    // did as often as what it said: only a finite verb shares the sentence's subject.
    let participle = p.lower(i).ends_with("ing");
    // "sent a letter to Mr. Castro criticizing …": a participle's noun phrase after another
    // word is that verb's object, not the speaker.
    let subject = subject_before(p, i, sent_start)
        .filter(|np| !participle || np.start == sent_start || !p.toks[np.start - 1].is_word)
        .or_else(|| {
            (!participle)
                .then(|| shared_subject(p, i, sent_start))
                .flatten()
        })?;
    clause_found(p, i..cue_end, subject, start, end, pi)
}

/// Verbs of plain saying: with one of them, any short phrase before the verb is its subject.
fn plain_saying(p: &Para<'_>, i: usize) -> bool {
    matches!(
        lexicon::cue(&p.lower(i)).map(|c| c.1),
        Some("say" | "tell" | "add" | "write" | "note" | "argue" | "claim" | "insist" | "explain")
    ) && !p.lower(i).ends_with("ing")
}

/// The subject of a verb of plain saying when no rule for names or roles finds it ("all the
/// experts I interviewed said", "…, attorneys for the family said"): the plain words back to
/// the sentence start or a comma, at most eight, with no quotation, verb or clause word among them.
fn plain_subject(p: &Para<'_>, i: usize, sent_start: usize) -> Option<Range<usize>> {
    if !plain_saying(p, i) {
        return None;
    }
    let end = trim_before_verb(p, i, sent_start);
    let mut k = end;
    while k > sent_start && end - k < 8 {
        let j = k - 1;
        let w = p.lower(j);
        let plain = p.toks[j].is_word
            && p.in_quote[j].is_none()
            && p.cue_at(j).is_none()
            && !matches!(
                w.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "but"
                    | "when"
                    | "while"
                    | "as"
                    | "if"
                    | "because"
                    | "after"
                    | "before"
                    | "since"
            );
        if !plain {
            break;
        }
        k = j;
    }
    let opens = k == sent_start || p.is_punct(k - 1, ",");
    (k < end && opens).then_some(k..end)
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
        if according {
            return None;
        }
        // "…, attorneys for the family said.": any short plain phrase after the comma speaks
        // when the verb is one of plain saying.
        let np = subject_before(p, i, sent_start)
            .filter(|np| np.start > sent_start && p.is_punct(np.start - 1, ","))
            .or_else(|| plain_subject(p, i, sent_start).filter(|np| np.start > sent_start))?;
        if !p.is_punct(np.start - 1, ",") {
            return None;
        }
        (np.clone(), np.start - 1)
    };
    // Only adverbials may follow: "told journalists in response to a question." Or, when the
    // attribution stands inside the content ("Too often, Karla Voss says, patients wait six
    // hours."), the rest of the content after a comma.
    let tail_start = np.end.max(i + n);
    let tail = (tail_start..sent_end).count();
    let rest = tail_start + 1;
    let parenthetical = p.is_punct(tail_start, ",")
        && (3..=40).contains(&tail)
        && (rest..sent_end).all(|k| p.in_quote[k].is_none() && p.cue_at(k).is_none())
        && !p.lower(rest).ends_with("ing")
        && !matches!(
            p.lower(rest).as_str(),
            "who" | "which" | "according" | "and" | "but" | "as" | "in" | "on" | "at"
        )
        && !adverbial_start().contains(&p.lower(rest).as_str())
        && !WEEKDAYS.contains(&p.lower(rest).as_str())
        && !p.is_punct(sent_end.saturating_sub(1), ",");
    if parenthetical {
        if comma <= sent_start || tail + comma - sent_start < 5 {
            return None;
        }
        let cue = p.span(i..i + n)?;
        let first = p.toks[sent_start].start..p.toks[comma - 1].end;
        let second = p.toks[rest].start..p.toks[sent_end - 1].end;
        let text = format!("{} {}", &p.text[first.clone()], &p.text[second.clone()]);
        return Some(Found {
            kind: QuoteKind::Indirect,
            segments: vec![first, second],
            text,
            cue: Some(cue),
            mention: p.span(np),
            via: Via::Mention,
            paragraph: pi,
            person: None,
            confidence: 0.7,
        });
    }
    if tail > 12 || (tail_start..sent_end).any(|k| p.in_quote[k].is_some()) {
        return None;
    }
    if tail > 0 {
        let first = p.lower(tail_start);
        let listener = listener_start().contains(&first.as_str())
            && matches!(
                lexicon::cue(&p.lower(i)).map(|c| c.1),
                Some("tell" | "assure" | "inform" | "warn")
            );
        if !(adverbial_start().contains(&first.as_str())
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
    // "Lind's claim that the vote was rigged angered the council": after a claim noun, the
    // clause ends where the sentence's own verb begins.
    let nominal = cue.start > 0 && {
        let owner = p.lower(cue.start - 1);
        owner.ends_with("'s") || owner.ends_with("\u{2019}s")
    };
    let mut finite = false;
    for k in start..sent_end {
        if p.in_quote[k].is_some() {
            continue;
        }
        let w = p.lower(k);
        if nominal && k > start {
            let prev = p.lower(k - 1);
            let aux = auxiliaries().contains(&prev.as_str());
            if finite && !aux && (w.ends_with("ed") || main_verb_pasts().contains(&w.as_str())) {
                let joined = matches!(prev.as_str(), "and" | "or" | "but" | "that" | "to" | "who");
                if !joined && p.toks[k - 1].is_word {
                    end = k;
                    break;
                }
            }
        }
        if auxiliaries().contains(&w.as_str()) || (w.ends_with("ed") && k > start) {
            finite = true;
        }
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
    // A clause that opens with a quotation running most of its length is that quotation,
    // attributed already; one that opens with a quoted word ("\"Reyes-era\" policies are …")
    // is reported speech.
    if let Some(q) = p.in_quote[start] {
        let opening = (start..end)
            .take_while(|&k| p.in_quote[k] == Some(q))
            .count();
        let sentence_like = start + opening >= 2
            && ([",", ".", "!", "?"].iter())
                .any(|m| p.is_punct(start + opening - 2, m) || p.is_punct(start + opening - 1, m));
        if opening * 2 >= end - start || sentence_like {
            return None;
        }
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
