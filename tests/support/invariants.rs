//! What every report must satisfy, whatever the input: shared by the property tests
//! (`tests/robustness.rs`), the kept regressions (`tests/regressions.rs`) and the fuzz targets
//! (`fuzz/`), which include this file by path and analyse through [`analyse_checked`].
//!
//! Every offset lies on a char boundary inside the cleaned text and the text a span carries is
//! that slice; the report survives a JSON round trip unchanged.

use quotelens::{analyze_many, DocumentReport, Input, Options, Report, UserTarget};

/// Runs the whole pipeline on `bytes` as a file called `name` (with a user target, so that the
/// stance stage has work) and checks the report against every invariant below.
pub fn analyse_checked(name: &str, bytes: &[u8]) -> Result<Report, String> {
    let options = Options {
        targets: vec![UserTarget {
            name: "ceasefire".into(),
            synonyms: vec!["truce".into()],
        }],
        ..Options::default()
    };
    let report = analyze_many(&[Input { name, bytes }], &options);
    check_report(&report)?;
    Ok(report)
}

/// The slice `start..end` of `text`, or why it is not one.
fn slice<'a>(text: &'a str, start: usize, end: usize, what: &str) -> Result<&'a str, String> {
    if start > end || end > text.len() {
        return Err(format!(
            "{what}: {start}..{end} is outside the text of {} bytes",
            text.len()
        ));
    }
    text.get(start..end)
        .ok_or_else(|| format!("{what}: {start}..{end} is not on char boundaries"))
}

fn same(text: &str, start: usize, end: usize, carried: &str, what: &str) -> Result<(), String> {
    let found = slice(text, start, end, what)?;
    if found != carried {
        return Err(format!(
            "{what}: carries {carried:?} but the text at {start}..{end} is {found:?}"
        ));
    }
    Ok(())
}

/// Quotation marks of every style the core reads.
const MARKS: &[char] = &[
    '"', '\'', '`', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{ab}', '\u{bb}', '\u{201e}',
    '\u{201a}', '\u{2039}', '\u{203a}',
];

/// Words, split at commas, colons and semicolons too: where the halves of a broken quote are
/// joined, the commas around "he said" are not carried ("peace," he said, "now" reads "peace
/// now"; a stray " ,now" in the span reads "now"; "…, said Muñoz,2024 …" reads "… 2024 …").
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || MARKS.contains(&c) || matches!(c, ',' | ':' | ';'))
        .filter(|w| !w.is_empty())
}

/// True when the words of `text` appear in `span` in order, marks and spacing aside: a quote's
/// text is its span without the quotation marks, with the halves of a quote broken by "he
/// said" joined and a quote running over paragraphs put on one line.
fn words_within(text: &str, span: &str) -> bool {
    let mut in_span = words(span);
    words(text).all(|w| in_span.any(|s| s == w))
}

/// Checks the offsets of one document: quotes, cues, mentions, unattributed spans and stance
/// evidence. Set-aside blocks carry no offsets (they are cut out of the text), so for them
/// only their text and reason are checked to be there.
pub fn check_document(d: &DocumentReport) -> Result<(), String> {
    let text = d.text.as_str();
    if d.error.is_some() && !text.is_empty() {
        return Err(format!("{}: an error document carries text", d.name));
    }
    for q in &d.quotes {
        let at = format!("{} quote {}", d.name, q.id);
        let inside = slice(text, q.start, q.end, &at)?;
        // A quote's words are its span without the marks around it (or the reported clause).
        if !words_within(&q.text, inside) {
            return Err(format!(
                "{at}: text {:?} is not the words of its span {inside:?}",
                q.text
            ));
        }
        if let Some(c) = &q.cue {
            same(text, c.start, c.end, &c.text, &format!("{at} cue"))?;
        }
        if let Some(m) = &q.mention {
            same(text, m.start, m.end, &m.text, &format!("{at} mention"))?;
        }
        if let Some(p) = q.speaker.as_ref().and_then(|s| s.person) {
            if p >= d.people.len() {
                return Err(format!(
                    "{at}: speaker points at person {p} of {}",
                    d.people.len()
                ));
            }
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            return Err(format!("{at}: confidence {} outside 0..1", q.confidence));
        }
    }
    for (i, u) in d.unattributed.iter().enumerate() {
        // Like a quote's, an unattributed span includes the marks and its text does not.
        let at = format!("{} unattributed {i}", d.name);
        let inside = slice(text, u.start, u.end, &at)?;
        if !words_within(&u.text, inside) {
            return Err(format!("{at}: text {:?} is not within {inside:?}", u.text));
        }
    }
    for s in &d.stance {
        for (i, e) in s.evidence.iter().enumerate() {
            let at = format!("{} stance {}/{} evidence {i}", d.name, s.speaker, s.target);
            let clause = slice(text, e.start, e.end, &at)?;
            // An empty id marks a reporter's sentence that names the speaker (no quotation);
            // any other id names a quote of the document.
            if !e.quote_id.is_empty() && !d.quotes.iter().any(|q| q.id == e.quote_id) {
                return Err(format!(
                    "{at}: names quote {} that is not there",
                    e.quote_id
                ));
            }
            let lower = clause.to_lowercase();
            for cue in &e.cues {
                if !clause.contains(cue.as_str()) && !lower.contains(&cue.to_lowercase()) {
                    return Err(format!("{at}: cue {cue:?} is not in {clause:?}"));
                }
            }
        }
    }
    for (i, s) in d.set_aside.iter().enumerate() {
        if s.text.trim().is_empty() || s.reason.trim().is_empty() || s.kind.is_empty() {
            return Err(format!(
                "{} set-aside {i}: empty text, kind or reason",
                d.name
            ));
        }
    }
    Ok(())
}

/// Checks every document, then that the report reads back from its JSON unchanged.
pub fn check_report(r: &Report) -> Result<(), String> {
    for d in &r.documents {
        check_document(d)?;
    }
    // Every topic line's evidence is the passage its offsets give in its document.
    for t in &r.topics {
        for l in t.favor.iter().chain(&t.against).chain(&t.unclear) {
            let at = format!("topic {} line {}", t.topic, l.speaker);
            // Several files may share a name: one of them holds the passage.
            let found = r
                .documents
                .iter()
                .filter(|d| d.name == l.document)
                .any(|d| d.text.get(l.start..l.end).map(str::trim) == Some(l.evidence.as_str()));
            if !found {
                return Err(format!(
                    "{at}: no document {} holds {:?} at {}..{}",
                    l.document, l.evidence, l.start, l.end
                ));
            }
        }
    }
    let json = serde_json::to_string(r).map_err(|e| format!("to JSON: {e}"))?;
    let back: Report = serde_json::from_str(&json).map_err(|e| format!("from JSON: {e}"))?;
    if &back != r {
        return Err("the report changes through a JSON round trip".into());
    }
    Ok(())
}
