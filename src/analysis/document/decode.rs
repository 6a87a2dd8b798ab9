//! Bytes to text: byte-order marks, UTF-8, UTF-16 without a mark, a declared charset, and
//! legacy single- and multi-byte encodings guessed by `detect` (windows-1251, KOI8-U,
//! windows-1252, ...). Also refuses binary data, which no encoding turns into an article.

use super::{detect, encodings};

/// Decoded text and the name of the encoding it was read with.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub warnings: Vec<String>,
}

/// Why bytes are not text.
#[derive(Debug, PartialEq, Eq)]
pub enum NotText {
    /// NUL bytes outside UTF-16.
    Nul,
    /// Too many control characters for prose.
    Controls { count: usize, total: usize },
    /// A UTF-32 byte-order mark.
    Utf32,
}

pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, NotText> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(NotText::Utf32);
    }
    if let Some((encoding, bom_len)) = encodings::for_bom(bytes) {
        return Ok(with(encoding, &bytes[bom_len..], Vec::new()));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let warning = format!(
            "The file has no byte-order mark; it was read as {encoding} because every other byte is zero."
        );
        return Ok(with(encoding, bytes, vec![warning]));
    }
    check_controls(bytes)?;
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
            warnings: Vec::new(),
        });
    }
    if let Some(encoding) = declared
        .and_then(encodings::for_label)
        .filter(|e| !matches!(*e, "UTF-8" | "UTF-16LE" | "UTF-16BE"))
    {
        return Ok(with(encoding, bytes, Vec::new()));
    }
    let encoding = detect::guess(bytes);
    let warning = format!(
        "The text is not UTF-8 and declares no encoding; it was read as {encoding} (detected)."
    );
    Ok(with(encoding, bytes, vec![warning]))
}

fn with(encoding: &'static str, bytes: &[u8], mut warnings: Vec<String>) -> Decoded {
    let (text, had_errors) = encodings::decode(encoding, bytes);
    if had_errors {
        warnings.push(format!(
            "Some bytes are not valid {encoding}; they were replaced with \u{FFFD}."
        ));
    }
    Decoded {
        text,
        encoding,
        warnings,
    }
}

/// UTF-16 text without a byte-order mark shows as ASCII with a zero in every other byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let zero_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let mostly = |n: usize| n * 10 >= pairs * 7;
    let rarely = |n: usize| n * 20 <= pairs;
    if mostly(zero_odd) && rarely(zero_even) {
        Some("UTF-16LE")
    } else if mostly(zero_even) && rarely(zero_odd) {
        Some("UTF-16BE")
    } else {
        None
    }
}

/// Prose has tabs and line breaks but hardly any other control characters; binary data has many.
fn check_controls(bytes: &[u8]) -> Result<(), NotText> {
    if bytes.contains(&0) {
        return Err(NotText::Nul);
    }
    let count = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    let total = bytes.len();
    if count * 10 > total || (count > 8 && count * 100 > total) {
        return Err(NotText::Controls { count, total });
    }
    Ok(())
}

/// The charset a document declares in its first bytes: `<meta charset=...>`,
/// `content="text/html; charset=..."` or `<?xml encoding="..."?>`.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(2048)];
    let head: String = head
        .iter()
        .map(|&b| b.to_ascii_lowercase() as char)
        .collect();
    let at = crate::analysis::substr::find(&head, "charset=")
        .map(|i| i + 8)
        .or_else(|| crate::analysis::substr::find(&head, "encoding=").map(|i| i + 9))?;
    let value: String = head
        .get(at..)
        .unwrap_or("")
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_and_utf8() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi", None).unwrap().text, "hi");
        let le = decode(b"\xFF\xFEh\0i\0", None).unwrap();
        assert_eq!((le.text.as_str(), le.encoding), ("hi", "UTF-16LE"));
        let be = decode(b"\xFE\xFF\0h\0i", None).unwrap();
        assert_eq!((be.text.as_str(), be.encoding), ("hi", "UTF-16BE"));
        assert_eq!(decode("héllo".as_bytes(), None).unwrap().encoding, "UTF-8");
    }

    #[test]
    fn utf16_without_mark() {
        let bytes: Vec<u8> = "Hello, world"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&bytes, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Hello, world", "UTF-16LE"));
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(b"abc\0def", None).unwrap_err(), NotText::Nul);
        assert!(matches!(
            decode(b"\x01\x02\x03\x04abc", None),
            Err(NotText::Controls { .. })
        ));
        assert_eq!(
            decode(b"\xFF\xFE\0\0a\0\0\0", None).unwrap_err(),
            NotText::Utf32
        );
    }

    #[test]
    fn declared_charset_is_found() {
        assert_eq!(
            declared_charset(b"<html><meta charset=\"windows-1251\">").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            declared_charset(b"<meta http-equiv=Content-Type content='text/html; charset=KOI8-R'>")
                .as_deref(),
            Some("koi8-r")
        );
        assert_eq!(declared_charset(b"plain text"), None);
    }
}
