//! All analysed documents of the session in one place, with the stance matrix, summaries and
//! topics the core computes over them, and look-ups the views share. The stance across
//! documents is computed by the worker once the documents are analysed (`worker::stance`) and
//! handed in when it arrives; until then the views say it is being worked out.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::analysis::stance::{aggregate_with, batch_people, summarize, topics_with};
use crate::{DocumentReport, Quote, SpeakerSummary, StanceCell, TopicSummary};

#[derive(Debug, Default)]
pub struct Corpus {
    pub docs: Vec<Rc<DocumentReport>>,
    by_name: HashMap<String, usize>,
    /// Address of each document's report -> its index (the app holds the same `Rc`s).
    by_ptr: HashMap<usize, usize>,
    /// The matrix, summaries and topics of these documents, once the worker has sent them.
    stance: Option<Rc<CorpusStance>>,
    /// Per document, quote id -> index, made on first use: evidence names its quotes by id,
    /// and a cell of a long article has thousands.
    quote_ids: OnceCell<Vec<HashMap<String, usize>>>,
    /// Per document, target -> the ids of the quotes that are evidence about it.
    evidence: OnceCell<Vec<HashMap<String, std::collections::HashSet<String>>>>,
    /// The pages of each article's text shown so far: cutting 20 MB of text is done once, not
    /// on every tap in the Article view.
    pages: std::cell::RefCell<HashMap<usize, Rc<Vec<std::ops::Range<usize>>>>>,
}

/// What the core computes across the batch: the speaker x target matrix, the one-line
/// summaries and the topics.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusStance {
    pub matrix: Vec<StanceCell>,
    pub summaries: Vec<SpeakerSummary>,
    pub topics: Vec<TopicSummary>,
}

impl CorpusStance {
    /// The core's stance across `docs`, in their order: the one place the web layer calls
    /// `aggregate`, `summarize` and `topics` (in the worker, or on the page without one).
    pub fn of(docs: &[DocumentReport]) -> Self {
        let people = batch_people(docs);
        let matrix = aggregate_with(docs, &people);
        let summaries = summarize(&matrix, docs);
        CorpusStance {
            topics: topics_with(docs, &people),
            matrix,
            summaries,
        }
    }
}

/// A corpus is built once per list of documents and shared behind an `Rc`: two are the same
/// when they are the same object, which keeps props comparisons and memo keys cheap.
impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The JSON shape `quotelens analyze` prints (`Report`), borrowed instead of cloned.
#[derive(Serialize)]
struct ReportRef<'a> {
    documents: Vec<&'a DocumentReport>,
    stance_matrix: &'a [StanceCell],
    summaries: &'a [SpeakerSummary],
    topics: &'a [TopicSummary],
}

impl Corpus {
    /// The documents, with no stance across them yet.
    pub fn new(docs: Vec<Rc<DocumentReport>>) -> Self {
        Self::with_stance(docs, None)
    }

    /// The documents with the stance across them computed here, at once (tests).
    pub fn computed(docs: Vec<Rc<DocumentReport>>) -> Self {
        let owned: Vec<DocumentReport> = docs.iter().map(|d| (**d).clone()).collect();
        let stance = CorpusStance::of(&owned);
        Self::with_stance(docs, Some(Rc::new(stance)))
    }

    /// The documents and, when it has arrived, the stance across them.
    pub fn with_stance(docs: Vec<Rc<DocumentReport>>, stance: Option<Rc<CorpusStance>>) -> Self {
        let mut by_name = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            // Two files of the same name: evidence names the first.
            by_name.entry(d.name.clone()).or_insert(i);
        }
        let by_ptr = docs
            .iter()
            .enumerate()
            .map(|(i, d)| (Rc::as_ptr(d) as usize, i))
            .collect();
        Corpus {
            docs,
            by_name,
            by_ptr,
            stance,
            quote_ids: OnceCell::new(),
            evidence: OnceCell::new(),
            pages: Default::default(),
        }
    }

    /// The pages of document `d`'s text (see [`super::paging::text_pages`]).
    pub fn text_pages(&self, d: usize) -> Rc<Vec<std::ops::Range<usize>>> {
        let text = self.docs.get(d).map_or("", |doc| doc.text.as_str());
        self.pages
            .borrow_mut()
            .entry(d)
            .or_insert_with(|| Rc::new(super::paging::text_pages(text, super::paging::TEXT_PAGE)))
            .clone()
    }

    /// True once the stance across the documents is here (always, for no documents).
    pub fn stance_ready(&self) -> bool {
        self.stance.is_some() || self.docs.is_empty()
    }

    /// The core's speaker x target matrix over all documents (empty until it has arrived).
    pub fn matrix(&self) -> &[StanceCell] {
        self.stance.as_ref().map_or(&[], |s| &s.matrix)
    }

    /// The core's one-line summaries.
    pub fn summaries(&self) -> &[SpeakerSummary] {
        self.stance.as_ref().map_or(&[], |s| &s.summaries)
    }

    /// The core's stances grouped by topic, each side with its evidence.
    pub fn topics(&self) -> &[TopicSummary] {
        self.stance.as_ref().map_or(&[], |s| &s.topics)
    }

    pub fn doc_index(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The index of a document the app holds.
    pub fn index_of(&self, doc: &Rc<DocumentReport>) -> Option<usize> {
        self.by_ptr.get(&(Rc::as_ptr(doc) as usize)).copied()
    }

    /// A quote by document name and quote id, as the matrix's evidence names it.
    pub fn find_quote(&self, doc: &str, quote_id: &str) -> Option<(usize, usize)> {
        let d = self.doc_index(doc)?;
        Some((d, self.quote_index(d, quote_id)?))
    }

    /// The index of quote `quote_id` of document `d`.
    pub fn quote_index(&self, d: usize, quote_id: &str) -> Option<usize> {
        // The core numbers its quotes "q1", "q2", ... in order: the id says where the quote
        // is, and the index (57 ms to build for a 20 MB article's 133,000) is rarely needed.
        let quotes = &self.docs.get(d)?.quotes;
        if let Some(q) = quote_id
            .strip_prefix('q')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| n.checked_sub(1))
            .filter(|&q| quotes.get(q).is_some_and(|quote| quote.id == quote_id))
        {
            return Some(q);
        }
        let ids = self.quote_ids.get_or_init(|| {
            self.docs
                .iter()
                .map(|doc| {
                    let mut ids = HashMap::with_capacity(doc.quotes.len());
                    for (i, q) in doc.quotes.iter().enumerate() {
                        // Two quotes with one id: the first, as a scan would find.
                        ids.entry(q.id.clone()).or_insert(i);
                    }
                    ids
                })
                .collect()
        });
        ids.get(d)?.get(quote_id).copied()
    }

    pub fn quote(&self, doc: usize, quote: usize) -> Option<&Quote> {
        self.docs.get(doc)?.quotes.get(quote)
    }

    /// Whether quote `quote_id` of document `doc` is evidence of a stance toward `target` in
    /// that document's own judgements.
    pub fn is_evidence_about(&self, doc: usize, quote_id: &str, target: &str) -> bool {
        let evidence = self.evidence.get_or_init(|| {
            self.docs
                .iter()
                .map(|d| {
                    let mut by_target: HashMap<String, std::collections::HashSet<String>> =
                        HashMap::new();
                    for j in &d.stance {
                        let ids = by_target.entry(j.target.clone()).or_default();
                        ids.extend(j.evidence.iter().map(|e| e.quote_id.clone()));
                    }
                    by_target
                })
                .collect()
        });
        evidence
            .get(doc)
            .and_then(|d| d.get(target))
            .is_some_and(|ids| ids.contains(quote_id))
    }

    pub fn quote_count(&self) -> usize {
        self.docs.iter().map(|d| d.quotes.len()).sum()
    }

    /// The whole report as `quotelens analyze` prints it.
    pub fn report_json(&self) -> String {
        let report = ReportRef {
            documents: self.docs.iter().map(|d| &**d).collect(),
            stance_matrix: self.matrix(),
            summaries: self.summaries(),
            topics: self.topics(),
        };
        serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{analyze, Input, Options, Report};

    pub const SEEDS: [(&str, &str); 5] = [
        (
            "000.txt",
            include_str!("../../../../tests/fixtures/seeds/000_d2c38d9ee408bbd1.txt"),
        ),
        (
            "001.txt",
            include_str!("../../../../tests/fixtures/seeds/001_bdbef122728239ac.txt"),
        ),
        (
            "002.txt",
            include_str!("../../../../tests/fixtures/seeds/002_b9fcb18f2f7b7f57.txt"),
        ),
        (
            "003.txt",
            include_str!("../../../../tests/fixtures/seeds/003_27879f57c91dcf80.txt"),
        ),
        (
            "004.txt",
            include_str!("../../../../tests/fixtures/seeds/004_41cd36088b348d8f.txt"),
        ),
    ];

    pub fn seed_corpus() -> Corpus {
        let docs = SEEDS
            .iter()
            .flat_map(|(name, text)| {
                analyze(
                    Input {
                        name,
                        bytes: text.as_bytes(),
                    },
                    &Options::default(),
                )
            })
            .map(Rc::new)
            .collect();
        Corpus::computed(docs)
    }

    #[test]
    fn report_json_has_the_shape_analyze_prints() {
        let corpus = seed_corpus();
        let report: Report = serde_json::from_str(&corpus.report_json()).unwrap();
        assert_eq!(report.documents.len(), 5);
        assert_eq!(report.stance_matrix, corpus.matrix());
        assert_eq!(report.topics, corpus.topics());
        assert!(!report.topics.is_empty());
        assert!(report.summaries[0].line.starts_with("Dmitry Peskov"));
    }

    #[test]
    fn evidence_names_quotes_of_the_corpus() {
        let corpus = seed_corpus();
        let cell = corpus
            .matrix()
            .iter()
            .find(|c| c.speaker == "Dmitry Peskov" && c.target == "ceasefire")
            .expect("Peskov on a ceasefire");
        let (doc, quote) = &cell.evidence[0];
        let (d, q) = corpus.find_quote(doc, quote).expect("evidence resolves");
        assert!(corpus.is_evidence_about(d, &corpus.docs[d].quotes[q].id, "ceasefire"));
        assert!(!corpus.is_evidence_about(d, &corpus.docs[d].quotes[q].id, "sanctions"));
        assert_eq!(corpus.find_quote("nope.txt", "q1"), None);
    }
}
