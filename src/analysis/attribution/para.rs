//! One paragraph's tokens as attribution reads them: which quotation each token lies in, its
//! sentence, and the reporting cue (if any) at each token.

use super::*;
use crate::analysis::chars::ToLower;

pub(super) struct Para<'t> {
    pub(super) text: &'t str,
    pub(super) toks: Vec<Word>,
    /// For each token: the index of the quote span (within the document list) it lies in.
    pub(super) in_quote: Vec<Option<usize>>,
    /// For each token: the first token of its sentence and the token ending it (exclusive),
    /// so that no search rescans a sentence per cue. Very long "sentences" (lists, garbage)
    /// are cut into windows of `MAX_SENTENCE` tokens to keep the work linear.
    pub(super) sentence: Vec<(usize, usize)>,
    /// Each token's lower case, made when first asked for (`lower` is called many times per
    /// token) for tokens that are not lower case already.
    lowered: Vec<std::cell::OnceCell<Box<str>>>,
    /// The last answer of `cues::subject_before`, by its cue and floor: a reported clause asks
    /// for the subject of its cue first as a clause before it and then as one after it.
    pub(super) last_subject: std::cell::Cell<Option<SubjectAnswer>>,
}

/// A cue, a floor, and the subject `cues::subject_before` found for them.
pub(super) type SubjectAnswer = ((usize, usize), Option<(usize, usize)>);

/// A token in lower case, borrowed from the text or from `Para::lowered`; reads like a `&str`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lower<'a>(&'a str);

impl<'a> Lower<'a> {
    pub(super) fn as_str(&self) -> &'a str {
        self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

pub(super) const MAX_SENTENCE: usize = 160;

impl<'t> Para<'t> {
    pub(super) fn new(text: &'t str, toks: Vec<Word>, in_quote: Vec<Option<usize>>) -> Self {
        let lowered = vec![std::cell::OnceCell::new(); toks.len()];
        let mut p = Para {
            text,
            toks,
            in_quote,
            sentence: Vec::new(),
            lowered,
            last_subject: std::cell::Cell::new(None),
        };
        let n = p.toks.len();
        let mut sentence = vec![(0, n); n];
        let mut start = 0;
        let stamp = p.time_stamp();
        for i in 0..n {
            let stop = p.is_stop(i);
            if stop || i + 1 == n || i + 1 == stamp || i + 1 - start >= MAX_SENTENCE {
                let end = if stop { i } else { i + 1 };
                for s in sentence.iter_mut().take(i + 1).skip(start) {
                    *s = (start, end);
                }
                start = i + 1;
            }
        }
        p.sentence = sentence;
        p
    }
    /// A live blog's time stamp opening the paragraph ("14:05 —", "10:42 GMT -"): the token
    /// after its dash, which opens the first sentence; else 0.
    fn time_stamp(&self) -> usize {
        let digits = |i: usize, most: usize| {
            self.word(i)
                .is_some_and(|w| w.len() <= most && w.bytes().all(|b| b.is_ascii_digit()))
        };
        if !(digits(0, 2) && (self.is_punct(1, ":") || self.is_punct(1, ".")) && digits(2, 2)) {
            return 0;
        }
        // A zone or "am"/"pm" may follow ("GMT", "BST", "pm").
        let zone = self
            .word(3)
            .is_some_and(|w| w.len() <= 4 && w.bytes().all(|b| b.is_ascii_alphabetic()));
        let dash = 3 + usize::from(zone);
        let is_dash = ["\u{2014}", "\u{2013}", "-"]
            .iter()
            .any(|d| self.is_punct(dash, d));
        if is_dash {
            dash + 1
        } else {
            0
        }
    }
    pub(super) fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.sentence.get(i).copied().unwrap_or((i, i))
    }
    pub(super) fn word(&self, i: usize) -> Option<&'t str> {
        self.toks
            .get(i)
            .filter(|t| t.is_word)
            .map(|t| t.text(self.text))
    }
    pub(super) fn lower(&self, i: usize) -> Lower<'_> {
        let (Some(t), Some(cell)) = (self.toks.get(i), self.lowered.get(i)) else {
            return Lower("");
        };
        let word = t.text(self.text);
        if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            return Lower(word);
        }
        Lower(cell.get_or_init(|| crate::analysis::chars::to_lower(word).into_boxed_str()))
    }
    pub(super) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.is_word && t.text(self.text) == p)
    }
    pub(super) fn is_stop(&self, i: usize) -> bool {
        // Asked of every token: a word, or punctuation of more than one byte, is none
        // (all four stops are one byte), without slicing the text.
        if self
            .toks
            .get(i)
            .is_none_or(|t| t.is_word || t.end - t.start != 1)
        {
            return false;
        }
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
    pub(super) fn is_initial(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            && self.toks[i].end == self.toks[i + 1].start
            && i > 0
            && self.capitalized(i - 1)
    }
    pub(super) fn capitalized(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase())
    }
    pub(super) fn span(&self, r: Range<usize>) -> Option<Span> {
        if r.is_empty() || r.end > self.toks.len() {
            return None;
        }
        let start = self.toks[r.start].start;
        let end = self.toks[r.end - 1].end;
        Some(Span {
            text: self.text.get(start..end).unwrap_or("").to_string(),
            start,
            end,
        })
    }
    /// Does the comma at `comma` close an appositive that follows a name ("Zane Ortiz, a nurse
    /// at the clinic,")? An earlier comma of the sentence stands right after a capital.
    pub(super) fn after_appositive(&self, comma: usize) -> bool {
        let start = self.sentence_of(comma).0;
        (start.max(comma.saturating_sub(14))..comma)
            .rev()
            .find(|&k| self.is_punct(k, ","))
            .is_some_and(|k| {
                // "Zane Ortiz, a nurse, says" or "Its president, Carmen Liu, says": a name on
                // one side of the appositive's first comma.
                k > start
                    && (self.capitalized(k - 1)
                        || (self.capitalized(k + 1) && self.capitalized(comma - 1)))
                    && (k + 1..comma).all(|x| self.toks[x].is_word && self.in_quote[x].is_none())
            })
    }
    /// A reporting cue at token `i` (outside quotes): its class and how many tokens it spans.
    pub(super) fn cue_at(&self, i: usize) -> Option<(CueClass, usize)> {
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
        // "went on to say", "went on to warn": a verb of speech after the particle and "to"
        // is part of the cue.
        let n = match lemma.split_once(' ') {
            Some((_, particle)) if self.lower(i + 1) == particle => {
                let then = self.lower(i + 3);
                let speech = lexicon::cue(&then)
                    .is_some_and(|(c, l)| c == CueClass::Speech && l == then.as_str());
                if self.lower(i + 2) == "to" && speech {
                    4
                } else {
                    2
                }
            }
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
            && (w.ends_with("ed") || irregular_past().contains(w.as_str()))
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
        let prev = if i > 0 { self.lower(i - 1) } else { Lower("") };
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
        if !(w.ends_with("ed") || w.ends_with("ing") || irregular_past().contains(w.as_str())) {
            let plural_form = w.ends_with('s');
            let subject_like = i > 0 && {
                let t = self.toks[i - 1];
                let pw = t.text(self.text);
                let pl = pw.to_lower();
                (t.is_word
                    && (pronouns().contains(pl.as_str())
                        || matches!(pl.as_str(), "you" | "who" | "that" | "which" | "to")
                        || between_subject_and_verb().contains(pl.as_str())
                        || pl.ends_with("n't")
                        || is_adverb(&pl)
                        || pw.chars().next().is_some_and(char::is_uppercase)
                        || lexicon::role_group(&pl).is_some()
                        || lexicon::is_organisation_word(&pl)
                        || (!plural_form && pl.ends_with('s'))
                        // "the letter says": a singular noun after its determiner.
                        || (plural_form
                            && !pl.ends_with('s')
                            && !determiners().contains(pl.as_str())
                            && (i.saturating_sub(4)..i - 1)
                                .any(|k| determiners().contains(self.lower(k).as_str())))))
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

pub(super) fn is_adverb(w: &str) -> bool {
    static NOUNS: crate::analysis::lazy::Lazy<crate::analysis::fasthash::HashSet<&'static str>> =
        crate::analysis::lazy::Lazy::new();
    w.len() > 4
        && w.ends_with("ly")
        && w.chars().all(|c| c.is_lowercase())
        && !NOUNS
            .get_or_init(|| lexicon::lines(lexicon::LY_NOT_ADVERBS).collect())
            .contains(w)
}
