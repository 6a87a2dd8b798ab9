//! Decoding and cleaning of input files: bytes → the article text a reader reads, plus metadata
//! (headline, date, source) and the page furniture that was set aside.
//!
//! First version: UTF-8 plain text. Formats, encodings and furniture rules grow here.

use super::report::{InputError, SetAside};

/// Limits on what is accepted.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_bytes: usize,
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

/// Reads one input file into one or more documents.
pub fn read(name: &str, bytes: &[u8], limits: &Limits) -> Result<Vec<Document>, InputError> {
    if bytes.is_empty() {
        return Err(InputError {
            code: "empty".into(),
            message: format!("{name} is empty: there is no text to analyse."),
        });
    }
    if bytes.len() > limits.max_bytes {
        return Err(InputError {
            code: "too-large".into(),
            message: format!(
                "{name} is too large: {} MB, the limit is {} MB.",
                bytes.len() / (1024 * 1024),
                limits.max_bytes / (1024 * 1024)
            ),
        });
    }
    let raw = String::from_utf8_lossy(bytes);
    Ok(vec![from_text(name, &raw)])
}

/// Cleans plain text: one paragraph per blank-line-separated block or line.
pub fn from_text(name: &str, raw: &str) -> Document {
    let paragraphs: Vec<&str> = raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Document {
        name: name.to_string(),
        format: "text".into(),
        encoding: "UTF-8".into(),
        headline: paragraphs.first().map(|s| s.to_string()),
        text: paragraphs.join("\n\n"),
        ..Document::default()
    }
}
