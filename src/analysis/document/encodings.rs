//! The WHATWG encodings by name, and decoding bytes in one of them. Natively the decoders are
//! encoding_rs's; in wasm they are the browser's own `TextDecoder` (the same standard, in Firefox
//! the same code), so the bundle carries no legacy-encoding tables. Both give the same text and
//! the same names.

/// The encodings' names as the Encoding Standard spells them (the `encoding` of a report).
const NAMES: &[&str] = &[
    "UTF-8",
    "IBM866",
    "ISO-8859-2",
    "ISO-8859-3",
    "ISO-8859-4",
    "ISO-8859-5",
    "ISO-8859-6",
    "ISO-8859-7",
    "ISO-8859-8",
    "ISO-8859-8-I",
    "ISO-8859-10",
    "ISO-8859-13",
    "ISO-8859-14",
    "ISO-8859-15",
    "ISO-8859-16",
    "KOI8-R",
    "KOI8-U",
    "macintosh",
    "windows-874",
    "windows-1250",
    "windows-1251",
    "windows-1252",
    "windows-1253",
    "windows-1254",
    "windows-1255",
    "windows-1256",
    "windows-1257",
    "windows-1258",
    "x-mac-cyrillic",
    "GBK",
    "gb18030",
    "Big5",
    "EUC-JP",
    "ISO-2022-JP",
    "Shift_JIS",
    "EUC-KR",
    "UTF-16BE",
    "UTF-16LE",
    "x-user-defined",
];

/// The standard's spelling of an encoding's name, whatever its case.
pub fn canonical(name: &str) -> Option<&'static str> {
    NAMES.iter().copied().find(|n| n.eq_ignore_ascii_case(name))
}

/// The encoding a charset label stands for (`latin1`, `cp1251`, `sjis`, …), by the standard's
/// table of labels. The "replacement" encoding (labels of encodings too dangerous to decode) is
/// no answer: such a label is ignored like an unknown one.
pub fn for_label(label: &str) -> Option<&'static str> {
    imp::for_label(label.trim())
}

/// `bytes` decoded as `encoding` (one of the names above) with no byte-order-mark handling,
/// malformed sequences replaced with U+FFFD; and whether there were any.
pub fn decode(encoding: &'static str, bytes: &[u8]) -> (String, bool) {
    match encoding {
        "UTF-8" => {
            let text = String::from_utf8_lossy(bytes);
            let had_errors = matches!(text, std::borrow::Cow::Owned(_));
            (text.into_owned(), had_errors)
        }
        "UTF-16LE" => utf16(bytes, u16::from_le_bytes),
        "UTF-16BE" => utf16(bytes, u16::from_be_bytes),
        _ => imp::decode(encoding, bytes),
    }
}

/// UTF-16 code units to text; an unpaired surrogate or an odd last byte becomes U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, bool) {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut had_errors = bytes.len() % 2 == 1;
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        text.push(c.unwrap_or_else(|_| {
            had_errors = true;
            '\u{FFFD}'
        }));
    }
    if bytes.len() % 2 == 1 {
        text.push('\u{FFFD}');
    }
    (text, had_errors)
}

/// The encoding a byte-order mark at the start of `bytes` announces, and the mark's length.
pub fn for_bom(bytes: &[u8]) -> Option<(&'static str, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some(("UTF-8", 3)),
        [0xFF, 0xFE, ..] => Some(("UTF-16LE", 2)),
        [0xFE, 0xFF, ..] => Some(("UTF-16BE", 2)),
        _ => None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use encoding_rs::Encoding;

    pub fn for_label(label: &str) -> Option<&'static str> {
        let encoding = Encoding::for_label_no_replacement(label.as_bytes())?;
        super::canonical(encoding.name())
    }

    pub fn decode(encoding: &'static str, bytes: &[u8]) -> (String, bool) {
        let Some(encoding) = Encoding::for_label_no_replacement(encoding.as_bytes()) else {
            return (String::from_utf8_lossy(bytes).into_owned(), true);
        };
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        (text.into_owned(), had_errors)
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use web_sys::{TextDecoder, TextDecoderOptions};

    pub fn for_label(label: &str) -> Option<&'static str> {
        let decoder = TextDecoder::new_with_label(label).ok()?;
        super::canonical(&decoder.encoding())
    }

    pub fn decode(encoding: &'static str, bytes: &[u8]) -> (String, bool) {
        // A fatal decoder first tells whether any sequence is malformed; only then the bytes are
        // decoded again with replacement characters.
        let options = TextDecoderOptions::new();
        options.set_fatal(true);
        if let Ok(decoder) = TextDecoder::new_with_label_and_options(encoding, &options) {
            if let Ok(text) = decoder.decode_with_u8_array(bytes) {
                return (text, false);
            }
        }
        match TextDecoder::new_with_label(encoding).and_then(|d| d.decode_with_u8_array(bytes)) {
            Ok(text) => (text, true),
            Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_name_the_standard_encodings() {
        assert_eq!(for_label("cp1251"), Some("windows-1251"));
        assert_eq!(for_label(" latin1 "), Some("windows-1252"));
        assert_eq!(for_label("sjis"), Some("Shift_JIS"));
        assert_eq!(for_label("koi8-r"), Some("KOI8-R"));
        assert_eq!(for_label("iso-2022-kr"), None, "the replacement encoding");
        assert_eq!(for_label("bogus"), None);
    }

    #[test]
    fn utf16_with_broken_surrogates_and_odd_bytes() {
        assert_eq!(decode("UTF-16LE", b"h\0i\0"), ("hi".to_string(), false));
        assert_eq!(
            decode("UTF-16BE", b"\xD8\x00\0a\0"),
            ("\u{FFFD}a\u{FFFD}".to_string(), true)
        );
        assert_eq!(decode("UTF-8", b"a\xC3b"), ("a\u{FFFD}b".to_string(), true));
    }

    #[test]
    fn legacy_single_byte() {
        assert_eq!(
            decode("windows-1251", b"\xcc\xee\xf1\xea\xe2\xe0"),
            ("Москва".to_string(), false)
        );
        assert_eq!(
            decode("KOI8-U", b"\xed\xcf\xd3\xcb\xd7\xc1"),
            ("Москва".to_string(), false)
        );
    }
}
