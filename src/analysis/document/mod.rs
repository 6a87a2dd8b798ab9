//! Decoding and cleaning of input files: bytes → the article text a reader reads, plus metadata
//! (headline, date, source, dateline, URL) and the page furniture that was set aside, with why.
//!
//! `read` sniffs the format from the content (and the file name), decodes the text, extracts
//! paragraphs per format (plain text, Markdown, HTML, .docx, JSON/JSON Lines exports), then
//! applies the same furniture rules and metadata readers to every format.

pub mod dates;
pub use dates::is_calendar_word;
mod decode;
mod detect;
mod docx;
mod encodings;
mod furniture;
mod html;
mod json;
mod markup;
mod metadata;
mod plain;
// Public (hidden) only for its test writer, which the fuzz targets build archives with.
#[doc(hidden)]
pub mod zip;

use super::report::{InputError, SetAside};

/// Limits on what is accepted.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 50 * 1024 * 1024,
        }
    }
}

/// A decoded, cleaned article, ready for the text stages.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub name: String,
    pub format: String,
    pub encoding: String,
    pub headline: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub dateline: Option<String>,
    pub url: Option<String>,
    /// Cleaned text: paragraphs separated by one blank line.
    pub text: String,
    pub set_aside: Vec<SetAside>,
    pub warnings: Vec<String>,
}

/// Metadata a container format states outright (HTML meta tags, JSON fields, front matter).
#[derive(Debug, Clone, Default)]
pub(crate) struct Hints {
    pub headline: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

/// What a format reader hands to cleaning.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    pub paragraphs: Vec<String>,
    pub hints: Hints,
    /// Parts the format's structure already marked as furniture (`<nav>`, `<figcaption>`).
    pub set_aside: Vec<SetAside>,
    pub warnings: Vec<String>,
}

#[inline(never)] // Rare, and asked in 17 places.
fn error(code: &str, message: String) -> InputError {
    InputError {
        code: code.into(),
        message,
    }
}

fn extension(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Formats recognised by their first bytes that QuoteLens cannot read, with advice.
fn unsupported(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    const SAVE_TEXT: &str =
        "Copy the article text into a .txt file, or save the web page as HTML, and try again.";
    let starts = |m: &[u8]| bytes.starts_with(m);
    let at = |off: usize, m: &[u8]| bytes.get(off..off + m.len()) == Some(m);
    if starts(b"%PDF") {
        Some(("a PDF document", SAVE_TEXT))
    } else if starts(b"\x89PNG")
        || starts(b"\xFF\xD8\xFF")
        || starts(b"GIF87a")
        || starts(b"GIF89a")
        || (starts(b"RIFF") && at(8, b"WEBP"))
        || starts(b"II*\0")
        || starts(b"MM\0*")
        || (at(4, b"ftyp") && (at(8, b"heic") || at(8, b"avif") || at(8, b"heix")))
    {
        Some(("an image", SAVE_TEXT))
    } else if starts(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Some((
            "a Word 97-2003 (.doc) or other legacy Office file",
            "Open it in Word or LibreOffice and save it as .docx, or as plain text.",
        ))
    } else if starts(b"{\\rtf") {
        Some((
            "an RTF document",
            "Open it in a word processor and save it as .docx or plain text.",
        ))
    } else if starts(b"\x1F\x8B")
        || starts(b"7z\xBC\xAF\x27\x1C")
        || starts(b"Rar!\x1A\x07")
        || starts(b"BZh") && bytes.len() > 4 && at(4, b"1AY&SY")
        || starts(b"\xFD7zXZ\0")
    {
        Some((
            "a compressed archive",
            "Unpack it and open the article files inside.",
        ))
    } else if starts(b"\x7FELF") || starts(b"\xCA\xFE\xBA\xBE") || starts(b"\0asm") {
        Some(("a program", SAVE_TEXT))
    } else if at(4, b"ftyp")
        || starts(b"OggS")
        || starts(b"fLaC")
        || starts(b"ID3")
        || starts(b"\x1A\x45\xDF\xA3")
        || (starts(b"RIFF") && (at(8, b"WAVE") || at(8, b"AVI ")))
    {
        Some((
            "an audio or video file",
            "QuoteLens reads written articles; use a transcript saved as text.",
        ))
    } else if starts(b"SQLite format 3\0") {
        Some(("a database", SAVE_TEXT))
    } else if starts(b"wOFF") || starts(b"wOF2") {
        Some(("a font file", SAVE_TEXT))
    } else {
        None
    }
}

/// Refuses an input for its size alone ("empty", "too-large"), so that a caller holding only a
/// file's length (the browser, before reading an 80 MB file) gives the same message as [`read`].
pub fn check_size(name: &str, len: u64, limits: &Limits) -> Result<(), InputError> {
    if len == 0 {
        return Err(error(
            "empty",
            format!("{name} is empty: there is no text to analyse."),
        ));
    }
    if len > limits.max_bytes as u64 {
        return Err(error(
            "too-large",
            format!(
                "{name} is too large: {}, the limit is {}. Split it into smaller files.",
                size(len),
                size(limits.max_bytes as u64)
            ),
        ));
    }
    Ok(())
}

/// Reads one input file into one or more documents.
pub fn read(name: &str, bytes: &[u8], limits: &Limits) -> Result<Vec<Document>, InputError> {
    check_size(name, bytes.len() as u64, limits)?;
    let ext = extension(name);
    if zip::is_zip(bytes) {
        return read_zip(name, bytes, &ext, limits).map(|d| vec![d]);
    }
    if let Some((what, advice)) = unsupported(bytes) {
        return Err(error(
            "unsupported",
            format!("{name} is {what}, which QuoteLens cannot read. {advice}"),
        ));
    }
    if ext == "docx" {
        return Err(error(
            "invalid-docx",
            format!("{name} is named .docx but is not a Word document (a .docx file is a zip archive). Save it again from Word, or as plain text."),
        ));
    }
    let looks_like_markup = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF))
        == Some(&b'<');
    let declared = if looks_like_markup || matches!(ext.as_str(), "html" | "htm" | "xhtml") {
        decode::declared_charset(bytes)
    } else {
        None
    };
    let decoded = decode::decode(bytes, declared.as_deref()).map_err(|why| {
        let detail = match why {
            decode::NotText::Nul => "it contains NUL bytes".to_string(),
            decode::NotText::Controls { count, total } => {
                format!("{count} of its {total} bytes are control characters")
            }
            decode::NotText::Utf32 => "it is UTF-32 text, which is not supported (save it as UTF-8)".to_string(),
        };
        error(
            "binary",
            format!("{name} looks like binary data, not text: {detail}. QuoteLens reads plain text, Markdown, HTML, .docx and JSON files."),
        )
    })?;
    if decoded.text.trim().is_empty() {
        return Err(error(
            "empty",
            format!("{name} contains only whitespace: there is no text to analyse."),
        ));
    }
    let text = decoded.text.trim_start_matches('\u{FEFF}');
    let format = text_format(&ext, text);
    let mut docs = match format {
        "json" => read_json(name, text, &ext, limits)?,
        "html" => vec![finish(name, "html", html::extract(text))],
        "markdown" => {
            let (paragraphs, front) = plain::markdown(text);
            let field = |k: &str| front.iter().find(|(f, _)| f == k).map(|(_, v)| v.clone());
            let hints = Hints {
                headline: field("title"),
                date: field("date"),
                source: field("source").or_else(|| field("publisher")),
                url: field("url").or_else(|| field("link")),
            };
            vec![finish(
                name,
                "markdown",
                Extracted {
                    paragraphs,
                    hints,
                    ..Extracted::default()
                },
            )]
        }
        _ => vec![from_text(name, text)],
    };
    for doc in &mut docs {
        doc.encoding = decoded.encoding.to_string();
        doc.warnings.splice(0..0, decoded.warnings.iter().cloned());
    }
    docs.into_iter().map(require_text).collect()
}

/// A size for people: "80 MB", "2.5 MB", "300 KB", "12 bytes". Megabytes are rounded in
/// integers, half to even, as `format!("{:.1}", n as f64 / MB)` rounds them: the wasm then
/// carries no float formatting.
fn size(n: u64) -> String {
    const MB: u64 = 1024 * 1024;
    // n / MB in units of `scale`, rounded to nearest, ties to even.
    let rounded = |scale: u64| {
        let (q, r) = ((n * scale) / MB, (n * scale) % MB);
        q + u64::from(r > MB / 2 || (r == MB / 2 && q % 2 == 1))
    };
    if n >= 10 * MB {
        format!("{} MB", rounded(1))
    } else if n * 10 >= MB {
        let tenths = rounded(10);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else if n >= 1024 {
        format!("{} KB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

/// A document whose cleaning left nothing is an error, not an empty report.
fn require_text(doc: Document) -> Result<Document, InputError> {
    if doc.text.trim().is_empty() {
        let removed = doc.set_aside.len();
        return Err(error(
            "no-text",
            if removed > 0 {
                format!(
                    "{} has no article text: all {removed} parts of it look like page furniture (menus, captions, links).",
                    doc.name
                )
            } else {
                format!("{} has no article text.", doc.name)
            },
        ));
    }
    Ok(doc)
}

/// The text format, from the file name first and the content second.
fn text_format(ext: &str, text: &str) -> &'static str {
    let head = text.trim_start();
    let lower: String = head
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    match ext {
        "html" | "htm" | "xhtml" => return "html",
        "json" | "jsonl" | "ndjson" => return "json",
        "md" | "markdown" | "mdown" | "mkd" => return "markdown",
        _ => {}
    }
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with("<?xml") && crate::analysis::substr::contains(&lower, "<html"))
        || (head.starts_with('<')
            && [
                "<head", "<body", "<article", "<div", "<p>", "<p ", "<meta", "<title", "<h1",
            ]
            .iter()
            .any(|t| lower.starts_with(t)))
    {
        return "html";
    }
    if (head.starts_with('{') || head.starts_with('['))
        && serde_json::from_str::<serde_json::Value>(head.lines().next().unwrap_or("")).is_ok()
        || (head.starts_with('{') || head.starts_with('['))
            && serde_json::from_str::<serde_json::Value>(head).is_ok()
    {
        return "json";
    }
    if looks_like_markdown(text) {
        return "markdown";
    }
    "text"
}

/// Two or more kinds of Markdown syntax, or a `# Heading` first line.
fn looks_like_markdown(text: &str) -> bool {
    let first = text.trim_start().lines().next().unwrap_or("");
    if first.starts_with("# ") || first == "---" {
        return true;
    }
    let mut kinds = 0;
    if text
        .lines()
        .any(|l| l.starts_with("## ") || l.starts_with("# "))
    {
        kinds += 1;
    }
    if crate::analysis::substr::contains(text, "](http")
        || crate::analysis::substr::contains(text, "](/")
    {
        kinds += 1;
    }
    // (`text.matches("**").count() >= 2` without a substring searcher: most texts have no '*'.)
    if text.contains('*')
        && crate::analysis::substr::match_starts(text, "**")
            .nth(1)
            .is_some()
    {
        kinds += 1;
    }
    if text
        .lines()
        .filter(|l| l.starts_with("- ") || l.starts_with("* "))
        .count()
        >= 2
    {
        kinds += 1;
    }
    kinds >= 2
}

fn read_zip(name: &str, bytes: &[u8], ext: &str, limits: &Limits) -> Result<Document, InputError> {
    let names = zip::local_names(bytes);
    let word = ext == "docx"
        || names
            .iter()
            .any(|n| n.starts_with("word/") || n == "[Content_Types].xml");
    match docx::extract(bytes, limits.max_bytes) {
        Ok(ex) => {
            let mut doc = finish(name, "docx", ex);
            doc.encoding = "UTF-8".into();
            Ok(doc)
        }
        Err(docx::DocxError::NotWord) => {
            let what = match zip::Archive::open(bytes) {
                Ok(a) if a.has("content.xml") => "an OpenDocument file (.odt, .ods or .odp); save it as .docx",
                Ok(a) if a.entries.iter().any(|e| e.name.starts_with("xl/")) => "an Excel workbook, not an article",
                Ok(a) if a.entries.iter().any(|e| e.name.starts_with("ppt/")) => "a PowerPoint presentation, not an article",
                Ok(a) if a.has("META-INF/container.xml") => "an EPUB e-book; export the chapter as text",
                _ => "a zip archive; unpack it and open the article files inside",
            };
            Err(error(
                "unsupported",
                format!("{name} is {what}. QuoteLens reads .docx, plain text, Markdown, HTML and JSON."),
            ))
        }
        Err(docx::DocxError::Zip(zip::ZipError::Truncated)) if word => Err(error(
            "invalid-docx",
            format!("{name} is a damaged Word document: it ends before the zip directory that a .docx file closes with, so it was probably cut short (truncated) while copying or downloading. Save or download it again."),
        )),
        Err(docx::DocxError::Zip(zip::ZipError::Truncated)) => Err(error(
            "unsupported",
            format!("{name} is a damaged zip archive (it was cut short). QuoteLens reads .docx, plain text, Markdown, HTML and JSON."),
        )),
        Err(docx::DocxError::Zip(zip::ZipError::Encrypted)) => Err(error(
            "invalid-docx",
            format!("{name} is password-protected. Remove the password in Word and save it again."),
        )),
        Err(docx::DocxError::Zip(zip::ZipError::TooLarge)) => Err(error(
            "too-large",
            format!("{name} unpacks to more than {} of text, the limit.", size(limits.max_bytes as u64)),
        )),
        Err(docx::DocxError::Zip(e)) => Err(error(
            "invalid-docx",
            format!("{name} is a damaged Word document ({}). Save it again from Word.", match e {
                zip::ZipError::Damaged(what) => what.to_string(),
                zip::ZipError::UnsupportedMethod(m) => format!("its text is compressed with method {m}, which is not supported"),
                _ => "its text part cannot be read".to_string(),
            }),
        )),
        Err(docx::DocxError::BadXml) => Err(error(
            "invalid-docx",
            format!("{name} is a damaged Word document: its text part (word/document.xml) is not valid UTF-8."),
        )),
    }
}

fn read_json(
    name: &str,
    text: &str,
    ext: &str,
    _limits: &Limits,
) -> Result<Vec<Document>, InputError> {
    let lines_first = matches!(ext, "jsonl" | "ndjson");
    let articles = json::articles(text, lines_first).map_err(|e| match e {
        json::JsonError::Syntax {
            line,
            column,
            message,
        } => error(
            "invalid-json",
            format!("{name} is not valid JSON: {message} at line {line}, column {column}."),
        ),
        json::JsonError::NoArticles => error(
            "no-articles",
            format!("{name} is JSON but holds no articles: expected objects with a \"text\", \"body\" or \"content\" field (and optionally \"title\", \"date\", \"url\")."),
        ),
    })?;
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for (i, article) in articles.into_iter().enumerate() {
        let doc_name = format!("{name}#{}", i + 1);
        let Some(a) = article else {
            skipped.push(i + 1);
            continue;
        };
        let mut paragraphs = if crate::analysis::substr::contains(&a.body, "</")
            || crate::analysis::substr::contains(&a.body, "<p")
            || crate::analysis::substr::contains(&a.body, "<br")
        {
            html::fragment(&a.body)
        } else {
            plain::paragraphs(&a.body)
        };
        if let Some(t) = &a.title {
            let t = plain::normalize(t);
            if paragraphs.first() != Some(&t) && !t.is_empty() {
                paragraphs.insert(0, t);
            }
        }
        let hints = Hints {
            headline: a.title.clone(),
            date: a.date,
            source: a.source,
            url: a.url,
        };
        let mut doc = finish(
            &doc_name,
            "json",
            Extracted {
                paragraphs,
                hints,
                ..Extracted::default()
            },
        );
        if doc.text.trim().is_empty() {
            skipped.push(i + 1);
            continue;
        }
        doc.name = doc_name;
        docs.push(doc);
    }
    if docs.is_empty() {
        return Err(error(
            "no-articles",
            format!("{name} holds no article with text."),
        ));
    }
    if !skipped.is_empty() {
        let list: Vec<String> = skipped.iter().map(usize::to_string).collect();
        let (what, verb) = if skipped.len() == 1 {
            ("entry", "has")
        } else {
            ("entries", "have")
        };
        docs[0].warnings.push(format!(
            "{name}: {what} {} {verb} no text and {} skipped.",
            list.join(", "),
            if skipped.len() == 1 { "was" } else { "were" }
        ));
    }
    Ok(docs)
}

/// Cleans plain text: blank-line paragraphs (or one per line), furniture set aside, metadata read.
pub fn from_text(name: &str, raw: &str) -> Document {
    let mut doc = finish(
        name,
        "text",
        Extracted {
            paragraphs: plain::paragraphs(raw),
            ..Extracted::default()
        },
    );
    doc.encoding = "UTF-8".into();
    doc
}

/// The furniture rules and metadata readers shared by every format.
fn finish(name: &str, format: &str, ex: Extracted) -> Document {
    let Extracted {
        paragraphs,
        hints,
        set_aside: mut structural,
        warnings,
    } = ex;
    let cleaned = furniture::clean(paragraphs, hints.headline.as_deref());
    structural.extend(cleaned.set_aside.iter().cloned());
    let mut doc = Document {
        name: name.to_string(),
        format: format.to_string(),
        headline: cleaned
            .headline
            .clone()
            .or_else(|| hints.headline.clone().map(|h| plain::normalize(&h))),
        text: cleaned.paragraphs.join("\n\n"),
        set_aside: structural,
        warnings,
        ..Document::default()
    };
    doc.url = hints.url.clone().or_else(|| cleaned.url.clone());
    doc.dateline = cleaned.dateline.as_ref().map(|d| d.place.clone());
    doc.source = cleaned
        .signoff
        .clone()
        .or_else(|| cleaned.dateline.as_ref().and_then(|d| d.agency.clone()))
        .or_else(|| hints.source.clone())
        .or_else(|| cleaned.source_line.clone())
        .or_else(|| doc.url.as_deref().and_then(metadata::host));
    if let Some((d, w)) = date_with_warning(&hints, &cleaned, &doc) {
        doc.date = d;
        if let Some(w) = w {
            doc.warnings.push(w);
        }
    }
    doc
}

/// The article's date: stated metadata, then a timestamp line, then the dateline (its year
/// taken from another full date in the document), then a date in the URL.
fn date_with_warning(
    hints: &Hints,
    cleaned: &furniture::Cleaned,
    doc: &Document,
) -> Option<(Option<String>, Option<String>)> {
    if let Some(d) = hints.date.as_deref().and_then(parse_any_date) {
        return Some((Some(d), None));
    }
    if let Some(d) = cleaned
        .stamps
        .iter()
        .find_map(|s| dates::first_full(s))
        .and_then(|d| d.iso())
    {
        return Some((Some(d), None));
    }
    let url_date = doc.url.as_deref().and_then(dates::in_url);
    if let Some(d) = cleaned.dateline.as_ref().and_then(|d| d.date) {
        if d.year.is_some() {
            return Some((d.iso(), None));
        }
        let year = url_date.and_then(|u| u.year).or_else(|| infer_year(doc, d));
        return match year {
            Some(y) => Some((
                dates::Date { year: Some(y), ..d }.iso(),
                None,
            )),
            None => Some((
                None,
                Some(format!(
                    "The dateline gives {}/{} but no year, and no other date in the text gives one.",
                    d.month, d.day
                )),
            )),
        };
    }
    url_date.map(|d| (d.iso(), None))
}

/// The year of the full date nearest in the calendar to a month and day, from the furniture
/// first (captions and stamps are written the same day) and the article second.
fn infer_year(doc: &Document, md: dates::Date) -> Option<i32> {
    let furniture: String = doc
        .set_aside
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for source in [furniture.as_str(), doc.text.as_str()] {
        let found: Vec<dates::Date> = dates::find(source)
            .into_iter()
            .map(|(d, _)| d)
            .filter(|d| d.year.is_some())
            .collect();
        let best = found.iter().min_by_key(|d| {
            let a = i64::from(d.month) * 31 + i64::from(d.day);
            let b = i64::from(md.month) * 31 + i64::from(md.day);
            (a - b).abs()
        });
        if let Some(d) = best {
            return d.year;
        }
    }
    None
}

/// A date in any form a field may hold: ISO, RFC 2822 ("Wed, 30 Apr 2025 ..."), prose.
fn parse_any_date(s: &str) -> Option<String> {
    if let Ok(n) = s.trim().parse::<i64>() {
        return dates::from_unix(n).and_then(|d| d.iso());
    }
    dates::first_full(s).and_then(|d| d.iso())
}

#[cfg(test)]
mod tests {
    use super::size;

    /// The float formatting `size` replaced, as the reference.
    fn size_by_float(n: u64) -> String {
        let mb = n as f64 / (1024.0 * 1024.0);
        if mb >= 10.0 {
            format!("{mb:.0} MB")
        } else if mb >= 0.1 {
            format!("{mb:.1} MB")
        } else if n >= 1024 {
            format!("{} KB", n / 1024)
        } else {
            format!("{n} bytes")
        }
    }

    #[test]
    fn sizes_read_as_the_float_formatting_did_ties_and_boundaries_included() {
        let mb = 1024 * 1024;
        let mut cases = vec![
            0,
            1,
            1023,
            1024,
            104_857,
            104_858,
            262_144,
            3 * 262_144,
            10 * mb - 1,
        ];
        cases.extend([
            10 * mb,
            10 * mb + mb / 2,
            11 * mb + mb / 2,
            50 * mb,
            80 * mb + 1,
        ]);
        cases.extend((0..4000u64).map(|i| i * 2_621 + 7));
        for n in cases {
            assert_eq!(size(n), size_by_float(n), "{n} bytes");
        }
        assert_eq!(size(262_144), "0.2 MB");
        assert_eq!(size(10 * mb + mb / 2), "10 MB");
        assert_eq!(size(11 * mb + mb / 2), "12 MB");
    }
}
