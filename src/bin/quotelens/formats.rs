//! The output formats of `analyze`: the JSON report (whole, with the batch's stance matrix),
//! JSON Lines (one document per line, written as it comes), CSV (one quotation a row, the
//! page's export columns after the document's name) and a readable text listing.

use std::io::{self, Write};

use quotelens::analysis::stance;
use quotelens::view_logic::export::{csv_field, kind_label, CSV_HEADER};
use quotelens::{DocumentReport, SpeakerSummary, StanceCell};
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// {"documents": [...], "stance_matrix": [...], "summaries": [...]}, built at the end.
    Json,
    /// One document per line, written as each finishes, in constant memory.
    Jsonl,
    /// One quotation a row: document, headline, date, speaker, role, kind, quote, cue.
    Csv,
    /// A readable listing of each article's quotations, then the stance summary.
    Text,
}

pub struct Writer<W: Write> {
    format: Format,
    out: W,
    no_text: bool,
    /// The documents the format needs at the end: all of them for JSON, without their text and
    /// quotations' context for the text listing's stance summary.
    kept: Vec<DocumentReport>,
    count: usize,
}

impl<W: Write> Writer<W> {
    pub fn new(format: Format, out: W, no_text: bool) -> Self {
        Writer {
            format,
            out,
            no_text,
            kept: Vec::new(),
            count: 0,
        }
    }

    pub fn document(&mut self, mut doc: DocumentReport) -> io::Result<()> {
        if self.count == 0 && self.format == Format::Csv {
            let mut header = vec!["document"];
            header.extend(CSV_HEADER);
            write_csv_record(&mut self.out, &header)?;
        }
        self.count += 1;
        match self.format {
            Format::Json => {
                if self.no_text {
                    doc.text = String::new();
                }
                self.kept.push(doc);
            }
            Format::Jsonl => {
                write_document(&mut self.out, &doc, self.no_text)?;
                self.out.write_all(b"\n")?;
            }
            Format::Csv => {
                for q in &doc.quotes {
                    let speaker = q.speaker.as_ref();
                    let record = [
                        doc.name.as_str(),
                        doc.headline.as_deref().unwrap_or(""),
                        doc.date.as_deref().unwrap_or(""),
                        speaker.map(|s| s.name.as_str()).unwrap_or(""),
                        speaker.and_then(|s| s.role.as_deref()).unwrap_or(""),
                        kind_label(q.kind),
                        q.text.as_str(),
                        q.cue.as_ref().map(|c| c.text.as_str()).unwrap_or(""),
                    ];
                    write_csv_record(&mut self.out, &record)?;
                }
            }
            Format::Text => {
                write_listing(&mut self.out, &doc)?;
                // The stance summary needs each document's judgements, people and quotes, not
                // its text.
                doc.text = String::new();
                doc.set_aside = Vec::new();
                doc.unattributed = Vec::new();
                for q in &mut doc.quotes {
                    q.text = String::new();
                }
                self.kept.push(doc);
            }
        }
        Ok(())
    }

    /// Writes what comes after the documents and flushes.
    pub fn finish(mut self) -> io::Result<()> {
        match self.format {
            Format::Json => {
                let stance_matrix = stance::aggregate(&self.kept);
                let summaries = stance::summarize(&stance_matrix, &self.kept);
                let report = ReportOut {
                    documents: Documents {
                        docs: &self.kept,
                        no_text: self.no_text,
                    },
                    stance_matrix: &stance_matrix,
                    summaries: &summaries,
                };
                serde_json::to_writer_pretty(&mut self.out, &report)?;
                self.out.write_all(b"\n")?;
            }
            Format::Text => {
                let matrix = stance::aggregate(&self.kept);
                let summaries = stance::summarize(&matrix, &self.kept);
                let articles = if self.count == 1 {
                    "article"
                } else {
                    "articles"
                };
                writeln!(self.out, "== stance across {} {articles}", self.count)?;
                if summaries.is_empty() {
                    writeln!(self.out, "  no speaker takes a clear stance")?;
                }
                for s in &summaries {
                    writeln!(self.out, "  {}", s.line)?;
                }
            }
            Format::Jsonl | Format::Csv => {}
        }
        self.out.flush()
    }
}

#[derive(Serialize)]
struct ReportOut<'a> {
    documents: Documents<'a>,
    stance_matrix: &'a [StanceCell],
    summaries: &'a [SpeakerSummary],
}

/// The documents, each without its `text` field when `no_text` is set.
struct Documents<'a> {
    docs: &'a [DocumentReport],
    no_text: bool,
}

impl Serialize for Documents<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.docs.len()))?;
        for d in self.docs {
            if self.no_text {
                seq.serialize_element(&without_text(d).map_err(serde::ser::Error::custom)?)?;
            } else {
                seq.serialize_element(d)?;
            }
        }
        seq.end()
    }
}

fn without_text(doc: &DocumentReport) -> serde_json::Result<serde_json::Value> {
    let mut value = serde_json::to_value(doc)?;
    if let Some(map) = value.as_object_mut() {
        map.remove("text");
    }
    Ok(value)
}

fn write_document(out: &mut impl Write, doc: &DocumentReport, no_text: bool) -> io::Result<()> {
    if no_text {
        serde_json::to_writer(&mut *out, &without_text(doc)?)?;
    } else {
        serde_json::to_writer(&mut *out, doc)?;
    }
    Ok(())
}

/// One CSV record ended by CRLF (RFC 4180, as the page's export).
fn write_csv_record(out: &mut impl Write, fields: &[&str]) -> io::Result<()> {
    let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    out.write_all(fields.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

/// One article of the text listing: a heading, then one line per quotation.
fn write_listing(out: &mut impl Write, doc: &DocumentReport) -> io::Result<()> {
    let about: Vec<&str> = [doc.date.as_deref(), doc.source.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    write!(out, "== {}", doc.name)?;
    if let Some(h) = &doc.headline {
        write!(out, ": {h}")?;
    }
    if !about.is_empty() {
        write!(out, " ({})", about.join(", "))?;
    }
    writeln!(out)?;
    if let Some(e) = &doc.error {
        writeln!(out, "  not analysed: {}", e.message)?;
    } else if doc.quotes.is_empty() {
        writeln!(out, "  no quotations")?;
    }
    for q in &doc.quotes {
        let who = match &q.speaker {
            Some(s) => match s.role.as_deref().filter(|r| !r.trim().is_empty()) {
                Some(role) => format!("{} ({role})", s.name),
                None => s.name.clone(),
            },
            None => "unattributed".to_string(),
        };
        let words = one_line(&q.text);
        match q.kind {
            quotelens::QuoteKind::Indirect => {
                writeln!(out, "  {who}, {}: {words}", kind_label(q.kind))?
            }
            _ => writeln!(out, "  {who}, {}: “{words}”", kind_label(q.kind))?,
        }
    }
    writeln!(out)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
