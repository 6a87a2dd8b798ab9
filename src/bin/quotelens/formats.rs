//! The output formats of `analyze`: the JSON report (whole, with the batch's stance matrix),
//! JSON Lines (one document per line, written as it comes), CSV (one quotation a row, the
//! page's export columns after the document's name) and a readable text listing.

use std::io::{self, Write};

use quotelens::analysis::stance;
use quotelens::view_logic::export::{csv_field, kind_label, quote_record, CSV_HEADER};
use quotelens::DocumentReport;

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
            write_csv_record(&mut self.out, &CSV_HEADER)?;
        }
        self.count += 1;
        match self.format {
            // Kept whole, text too: the batch's topics quote it. --no-text cuts it at the end.
            Format::Json => self.kept.push(doc),
            Format::Jsonl => {
                if self.no_text {
                    doc.text = String::new();
                }
                write_document(&mut self.out, &doc, self.no_text)?;
                self.out.write_all(b"\n")?;
            }
            Format::Csv => {
                for q in &doc.quotes {
                    let record = quote_record(&doc, q);
                    let fields: Vec<&str> = record.iter().map(String::as_str).collect();
                    write_csv_record(&mut self.out, &fields)?;
                }
            }
            Format::Text => {
                write_listing(&mut self.out, &doc)?;
                // The stance summary needs each document's judgements, people and quotes, and
                // its text for the topics' evidence passages; not what was set aside.
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
                let report = quotelens::report_of(std::mem::take(&mut self.kept));
                if self.no_text {
                    let mut out = WithoutText::new(&mut self.out);
                    serde_json::to_writer_pretty(&mut out, &report)?;
                    out.flush()?;
                } else {
                    serde_json::to_writer_pretty(&mut self.out, &report)?;
                }
                self.out.write_all(b"\n")?;
            }
            Format::Text => {
                let people = stance::batch_people(&self.kept);
                let matrix = stance::aggregate_with(&self.kept, &people);
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
                write_topics(&mut self.out, &stance::topics_with(&self.kept, &people))?;
            }
            Format::Jsonl | Format::Csv => {}
        }
        self.out.flush()
    }
}

// Without its text, a document is printed as it would be with it, less the one field: the JSON
// is cut, not rebuilt through `serde_json::Value` (which would sort the keys and print each f32
// score widened to f64, 0.699999988079071 for 0.7).

/// Passes the pretty-printed report through, less each document's own `"text"` line (a string
/// holds no raw line break): six spaces deep, inside `documents` (the report's first field,
/// closed by a line `  ],`). A quotation's text is deeper, every other field is outside.
struct WithoutText<W: Write> {
    out: W,
    line: Vec<u8>,
    in_documents: bool,
}

impl<W: Write> WithoutText<W> {
    fn new(out: W) -> Self {
        WithoutText {
            out,
            line: Vec::new(),
            in_documents: true,
        }
    }

    fn pass_line(&mut self) -> io::Result<()> {
        let line = self.line.strip_suffix(b"\n").unwrap_or(&self.line);
        if self.in_documents && matches!(line, b"  ]," | b"  ]") {
            self.in_documents = false;
        }
        if !(self.in_documents && line.starts_with(b"      \"text\": ")) {
            self.out.write_all(&self.line)?;
        }
        self.line.clear();
        Ok(())
    }
}

impl<W: Write> Write for WithoutText<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for part in buf.split_inclusive(|&b| b == b'\n') {
            self.line.extend_from_slice(part);
            if part.ends_with(b"\n") {
                self.pass_line()?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.line.is_empty() {
            self.pass_line()?;
        }
        self.out.flush()
    }
}

/// A document (its text already emptied) as one line of JSON without its `text` field.
fn compact_without_text(doc: &DocumentReport) -> serde_json::Result<String> {
    let json = serde_json::to_string(doc)?;
    const FIELD: &str = ",\"text\":\"\"";
    match json.find(FIELD) {
        // The first match is the document's own field when no object or array opens before it.
        Some(at) if doc.text.is_empty() && !json[1..at].contains(['{', '[']) => {
            Ok(format!("{}{}", &json[..at], &json[at + FIELD.len()..]))
        }
        _ => serde_json::to_string(&rebuilt_without_text(doc)?),
    }
}

/// The slow, always-correct way, for a document whose JSON does not have the expected shape.
fn rebuilt_without_text(doc: &DocumentReport) -> serde_json::Result<serde_json::Value> {
    let mut value: serde_json::Value = serde_json::from_str(&serde_json::to_string(doc)?)?;
    if let Some(map) = value.as_object_mut() {
        map.remove("text");
    }
    Ok(value)
}

fn write_document(out: &mut impl Write, doc: &DocumentReport, no_text: bool) -> io::Result<()> {
    if no_text {
        out.write_all(compact_without_text(doc)?.as_bytes())?;
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

/// The batch's topics: each side with who (role, organisation), the target as their article
/// names it, the shortest evidence, its kind, source and date.
fn write_topics(out: &mut impl Write, topics: &[quotelens::TopicSummary]) -> io::Result<()> {
    const MAX_TOPICS: usize = 20;
    if topics.is_empty() {
        return Ok(());
    }
    writeln!(out, "== stance by topic")?;
    for t in topics.iter().take(MAX_TOPICS) {
        writeln!(out, "  {}", t.topic)?;
        for (side, lines) in [
            ("for", &t.favor),
            ("against", &t.against),
            ("unclear", &t.unclear),
        ] {
            for l in lines.iter() {
                let who = [
                    Some(l.speaker.as_str()),
                    l.role.as_deref(),
                    l.organisation.as_deref(),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
                let from = [l.source.as_deref(), l.date.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                let from = if from.is_empty() {
                    l.document.as_str()
                } else {
                    from.as_str()
                };
                writeln!(
                    out,
                    "    {side}: {who} on {}: \u{201c}{}\u{201d} ({}; {from})",
                    l.target, l.evidence, l.evidence_kind
                )?;
            }
        }
    }
    if topics.len() > MAX_TOPICS {
        writeln!(
            out,
            "  … and {} more topics (in the JSON report)",
            topics.len() - MAX_TOPICS
        )?;
    }
    Ok(())
}
