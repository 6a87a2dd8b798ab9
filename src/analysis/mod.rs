//! The pure analysis core: bytes in, [`report::Report`] out. No wasm, web or UI dependency.
//!
//! The flow: `document` (decode, clean, metadata) → `text` (paragraphs, sentences) →
//! `quotes` (quotation spans) → `attribution` (cues and speakers) → `people` (a person per
//! claim, one table of people) → `stance` (targets and polarity).

pub mod attribution;
pub mod chars;
pub mod document;
pub mod fasthash;
pub mod identity;
pub mod lazy;
pub mod lexicon;
pub mod lower;
pub mod names;
pub mod people;
pub mod quotes;
pub mod report;
pub mod report_json;
pub mod role;
pub mod short_str;
pub mod sorting;
pub mod stance;
pub mod substr;
pub mod text;
pub mod word_memo;
pub mod word_set;

use report::{DocumentReport, Report};
use serde::{Deserialize, Serialize};

/// One input: a file name and its raw bytes.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// A target the user names, with the words that count as it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UserTarget {
    pub name: String,
    #[serde(default)]
    pub synonyms: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Options {
    /// Inputs larger than this are refused with a "too-large" error.
    pub max_bytes: usize,
    /// Targets the user wants stance for, besides the ones found automatically.
    pub targets: Vec<UserTarget>,
    /// Domain packs of known issues used as labels for stance targets (`lexicon/domains/`:
    /// "conflict", "politics"). Targets are found from the grammar without any; a pack only
    /// names the ones it knows alike across articles ("peace talks" and "a peaceful
    /// settlement" both read "peace settlement"). `[]` turns them off.
    pub domains: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: 50 * 1024 * 1024,
            targets: Vec::new(),
            domains: stance::DOMAINS.iter().map(|d| d.to_string()).collect(),
        }
    }
}

/// Analyses one input file. A file that holds several articles (a JSON Lines export) gives
/// several documents; a file that cannot be read gives one document carrying the error.
pub fn analyze(input: Input<'_>, options: &Options) -> Vec<DocumentReport> {
    analyze_staged(input, options, &mut Untimed)
}

/// The stages of the pipeline in order, as `quotelens bench` names them in its profile.
pub const STAGES: [&str; 8] = [
    "document",
    "text",
    "quotes",
    "attribution",
    "people",
    "finish",
    "stance",
    "batch",
];

/// Runs each stage of the pipeline (an index into [`STAGES`]); the benchmark's runner times
/// them, so that it profiles this very pipeline rather than a copy of it.
pub trait Stages {
    fn run<T>(&mut self, stage: usize, f: impl FnOnce() -> T) -> T;
}

/// Runs the stages and nothing else.
pub struct Untimed;

impl Stages for Untimed {
    #[inline(always)]
    fn run<T>(&mut self, _stage: usize, f: impl FnOnce() -> T) -> T {
        f()
    }
}

/// [`analyze`], each stage run by `stages`.
pub fn analyze_staged(
    input: Input<'_>,
    options: &Options,
    stages: &mut impl Stages,
) -> Vec<DocumentReport> {
    let limits = document::Limits {
        max_bytes: options.max_bytes,
    };
    match stages.run(0, || document::read(input.name, input.bytes, &limits)) {
        Ok(docs) => docs
            .into_iter()
            .map(|doc| analyze_document_staged(doc, options, stages))
            .collect(),
        Err(error) => vec![DocumentReport {
            name: input.name.to_string(),
            error: Some(error),
            ..DocumentReport::default()
        }],
    }
}

/// The report [`analyze`] gives for an input of `len` bytes that is refused for its size alone
/// (empty, or over `options.max_bytes`), or `None` when its size is acceptable. Lets a caller
/// refuse a file without reading it.
pub fn refuse_by_size(name: &str, len: u64, options: &Options) -> Option<DocumentReport> {
    let limits = document::Limits {
        max_bytes: options.max_bytes,
    };
    document::check_size(name, len, &limits)
        .err()
        .map(|error| DocumentReport {
            name: name.to_string(),
            error: Some(error),
            ..DocumentReport::default()
        })
}

/// Analyses a batch and aggregates stance across it.
pub fn analyze_many(inputs: &[Input<'_>], options: &Options) -> Report {
    let documents: Vec<DocumentReport> = inputs
        .iter()
        .flat_map(|input| analyze(input.clone(), options))
        .collect();
    report_of(documents)
}

/// The report of a batch whose documents are already analysed (the command line analyses them
/// in parallel): what is aggregated across them, stance matrix, summaries and topics.
pub fn report_of(documents: Vec<DocumentReport>) -> Report {
    report_of_staged(documents, &mut Untimed)
}

/// [`report_of`], its work run by `stages` as the last stage ("batch").
pub fn report_of_staged(documents: Vec<DocumentReport>, stages: &mut impl Stages) -> Report {
    let (stance_matrix, summaries, topics) = stages.run(7, || {
        // One table of people for the matrix and the topics.
        let people = stance::batch_people(&documents);
        let stance_matrix = stance::aggregate_with(&documents, &people);
        let summaries = stance::summarize(&stance_matrix, &documents);
        let topics = stance::topics_with(&documents, &people);
        (stance_matrix, summaries, topics)
    });
    Report {
        documents,
        stance_matrix,
        summaries,
        topics,
    }
}

/// Panics, on purpose: the crash-recovery tests of the page call this (through a message field
/// only a test's worker sets, see `web::worker`) to stand for a bug in the core.
#[doc(hidden)]
pub fn panic_for_tests(name: &str) -> ! {
    panic!("a panic forced by a test while analysing {name}")
}

/// Runs the text stages over one decoded, cleaned document.
pub fn analyze_document(doc: document::Document, options: &Options) -> DocumentReport {
    analyze_document_staged(doc, options, &mut Untimed)
}

/// [`analyze_document`], each stage run by `stages`.
pub fn analyze_document_staged(
    doc: document::Document,
    options: &Options,
    stages: &mut impl Stages,
) -> DocumentReport {
    // The one text model: paragraphs, their sentences and the tokens, made once and read by
    // every stage after.
    let model = stages.run(1, || text::Model::new(&doc.text));
    let paragraphs = &model.paragraphs;
    let spans = stages.run(2, || quotes::find(&doc.text, paragraphs));
    let attributed = stages.run(3, || {
        // The headline paragraph, when the text opens with it (a lone sentence with a full
        // stop is the article's first sentence, not a headline).
        let headline = paragraphs
            .first()
            .map(|r| doc.text.get(r.clone()).unwrap_or("").trim())
            .filter(|first| {
                paragraphs.len() > 1
                    && doc.headline.as_deref() == Some(*first)
                    && !first.ends_with('.')
            })
            .map(|_| 0);
        attribution::attribute(&doc.text, paragraphs, &model.tokens, &spans, headline)
    });
    let resolved = stages.run(4, || {
        people::resolve_with(&doc.text, paragraphs, &model.sentences, &attributed)
    });
    let quotes = stages.run(5, || {
        attribution::finish(
            attributed.found,
            &resolved.of_claim,
            &resolved.groups,
            &resolved.people,
        )
    });
    let people = resolved.people;
    let stance = stages.run(6, || {
        stance::judge_with(
            &doc.text,
            &model.tokens,
            &model.sentences.concat(),
            &quotes,
            &people,
            &options.targets,
            &options.domains,
        )
    });
    DocumentReport {
        name: doc.name,
        format: doc.format,
        encoding: doc.encoding,
        headline: doc.headline,
        date: doc.date,
        source: doc.source,
        dateline: doc.dateline,
        url: doc.url,
        text: doc.text,
        set_aside: doc.set_aside,
        quotes,
        unattributed: attributed.unattributed,
        people,
        stance,
        error: None,
        warnings: doc.warnings,
    }
}
