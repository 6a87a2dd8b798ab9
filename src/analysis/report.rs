//! The output types. The JSON schema of QuoteLens is these types: the command line prints them,
//! the JS API returns them and the web app renders them.
//!
//! Offsets (`start`, `end`) are byte offsets into the document's cleaned `text`.

use serde::{Deserialize, Serialize};

/// Everything found in a batch of documents.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    pub documents: Vec<DocumentReport>,
    /// Speaker x target stance across all documents of the batch.
    #[serde(default)]
    pub stance_matrix: Vec<StanceCell>,
    /// One readable line per main speaker, generated from `stance_matrix`.
    #[serde(default)]
    pub summaries: Vec<SpeakerSummary>,
    /// The batch's stances grouped by topic (target phrases that name one thing across
    /// articles), each side with who, the specific target and the shortest evidence.
    #[serde(default)]
    pub topics: Vec<TopicSummary>,
}

/// What was found in one input file (or one article of a JSON export).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentReport {
    /// The file name as given (the scorer compares file names only).
    pub name: String,
    /// Detected format: "text", "markdown", "html", "docx", "json".
    #[serde(default)]
    pub format: String,
    /// The encoding the bytes were read with, e.g. "UTF-8", "windows-1251".
    #[serde(default)]
    pub encoding: String,
    pub headline: Option<String>,
    /// ISO date (YYYY-MM-DD) when the article gives one.
    pub date: Option<String>,
    /// Agency or publisher, when the article names one ("EFE", "TASS", a URL's host).
    pub source: Option<String>,
    /// Dateline place ("Moscow" in "Moscow, Feb 23 (EFE).-").
    pub dateline: Option<String>,
    pub url: Option<String>,
    /// The article as a reader reads it: page furniture removed, paragraphs separated by blank lines.
    #[serde(default)]
    pub text: String,
    /// What was set aside as page furniture, and why.
    #[serde(default)]
    pub set_aside: Vec<SetAside>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Quoted fragments with no speaker and no cue (scare quotes, titles, nicknames): shown,
    /// but not claimed as anyone's words.
    #[serde(default)]
    pub unattributed: Vec<Span>,
    #[serde(default)]
    pub people: Vec<Person>,
    /// Stance judgements of this document, one per speaker and target.
    #[serde(default)]
    pub stance: Vec<StanceJudgement>,
    /// Set when the input could not be read; the other fields are then empty.
    pub error: Option<InputError>,
    /// Non-fatal remarks about the input (a guessed encoding, a skipped part).
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// A block of the input that is not article text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SetAside {
    /// "caption", "credit", "dateline", "timestamp", "disclaimer", "related", "prompt",
    /// "hashtags", "headline-repeat", "url", "byline", "navigation", ...
    pub kind: String,
    pub text: String,
    /// Why it was set aside, in words a user can check.
    pub reason: String,
}

/// Why an input could not be analysed. `code` is stable; `message` is for people.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InputError {
    /// "empty", "too-large", "binary", "unsupported", "invalid-json", "invalid-docx", ...
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quotation standing as the speaker's own sentence or sentences.
    Direct,
    /// A quoted fragment inside the reporter's sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

/// A piece of text with its position in the cleaned text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Span {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Quote {
    /// Stable within the document: "q1", "q2", ... in text order.
    pub id: String,
    /// The words without the surrounding quotation marks; for reported speech, the reported clause.
    pub text: String,
    pub kind: QuoteKind,
    pub start: usize,
    pub end: usize,
    /// The resolved speaker, or None when nobody could be found.
    pub speaker: Option<Speaker>,
    /// The words the attribution hangs on ("said", "told reporters", "according to").
    pub cue: Option<Span>,
    /// The mention of the speaker in the text ("he", "the Kremlin spokesman", "Peskov").
    pub mention: Option<Span>,
    /// 0..1, how sure the attribution is.
    pub confidence: f32,
}

/// The speaker of a quote as the scorer and the UI read it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Speaker {
    /// Full name of the person or organisation ("Dmitry Peskov", "Kremlin"); for a group
    /// speaking together, their names joined ("Ana Ruiz and Tom Bell").
    pub name: String,
    /// Other ways the document refers to them ("Peskov", "Kremlin spokesperson"); for a
    /// group, each member's full name.
    #[serde(default)]
    pub aliases: Vec<String>,
    pub role: Option<String>,
    /// Index into `DocumentReport::people`; None for a group ("they", "the two" after two
    /// people named together), whose members are the people named in `aliases`.
    pub person: Option<usize>,
}

impl Speaker {
    /// Several people speaking together rather than one person or organisation.
    pub fn is_group(&self) -> bool {
        self.person.is_none() && self.aliases.len() >= 2
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// "Kremlin spokesman", "Russian President".
    pub role: Option<String>,
    pub organisation: Option<String>,
    /// True for organisations, governments, places speaking as institutions.
    #[serde(default)]
    pub is_organisation: bool,
    #[serde(default)]
    pub quote_count: usize,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Favor,
    Against,
    Neutral,
    Mixed,
}

/// What a stance target is.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    Person,
    /// A country, government or organisation.
    Organisation,
    /// An issue ("a ceasefire", "sanctions") or a target the user named.
    #[default]
    Issue,
    /// An action a speaker asks for or warns against ("release the full contract").
    Action,
}

impl TargetKind {
    /// A person or organisation: somebody who can act and be praised, not a thing.
    pub fn is_actor(self) -> bool {
        matches!(self, TargetKind::Person | TargetKind::Organisation)
    }
}

/// One speaker's stance toward one target within a document.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StanceJudgement {
    pub speaker: String,
    pub target: String,
    #[serde(default)]
    pub target_kind: TargetKind,
    pub stance: Polarity,
    /// Net score in -1..1 (favor positive).
    pub score: f32,
    pub confidence: f32,
    pub evidence: Vec<Evidence>,
}

/// Why a stance was judged: the quote and the words that decided.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Evidence {
    pub quote_id: String,
    pub polarity: Polarity,
    /// Words that decided the polarity ("grateful", "not", "unacceptable"), as written in
    /// the text between `start` and `end`.
    pub cues: Vec<String>,
    /// The clause the cues were read in: inside the quote, or the reporter's sentence around a
    /// partial or reported quote ("described the dialogue as “very promising”").
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
    /// How much this piece of evidence weighs (0 for a mention without polarity).
    #[serde(default)]
    pub weight: f32,
}

/// Stance of one speaker toward one target across all documents.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StanceCell {
    pub speaker: String,
    pub target: String,
    #[serde(default)]
    pub target_kind: TargetKind,
    pub stance: Polarity,
    /// Documents in which the speaker's stance toward the target was judged favor, against,
    /// neutral (mixed documents count in `mixed`).
    pub favor: usize,
    pub against: usize,
    pub neutral: usize,
    #[serde(default)]
    pub mixed: usize,
    pub score: f32,
    pub confidence: f32,
    /// (document name, quote id) pairs.
    pub evidence: Vec<(String, String)>,
    /// Dates of the documents the evidence comes from, for the timeline.
    #[serde(default)]
    pub dates: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SpeakerSummary {
    pub speaker: String,
    pub role: Option<String>,
    pub line: String,
}

/// One topic of a batch: the target phrases that name one thing across its articles, and who
/// stands where on it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TopicSummary {
    /// How the topic is named: its most common target phrase.
    pub topic: String,
    pub target_kind: TargetKind,
    /// Every target phrase grouped under the topic.
    pub targets: Vec<String>,
    pub favor: Vec<StanceLine>,
    pub against: Vec<StanceLine>,
    /// Speakers divided on it, or whose words about it show no clear side.
    pub unclear: Vec<StanceLine>,
}

/// One speaker's stance on a topic, with the evidence an editor checks it by.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StanceLine {
    pub speaker: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    /// The target as this speaker's article names it ("the Northgate pipeline").
    pub target: String,
    pub stance: Polarity,
    pub confidence: f32,
    /// The shortest passage supporting the stance: the quotation, or the reporter's sentence.
    pub evidence: String,
    /// "direct", "partial", "indirect" (the speaker's words, quoted or reported) or
    /// "reporter" (the reporter's account of what the speaker did).
    pub evidence_kind: String,
    /// Where the evidence is: the document, its quote (empty for a reporter's sentence) and
    /// the byte range of the passage in the document's text.
    pub document: String,
    pub quote_id: String,
    pub start: usize,
    pub end: usize,
    pub date: Option<String>,
    pub source: Option<String>,
    /// In how many documents the speaker took this side on the topic.
    pub documents: usize,
}
