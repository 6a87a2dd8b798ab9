//! A forgiving tokenizer for tag soup: the HTML of web pages, stray tags in pasted text and the
//! XML inside .docx files. It never fails: whatever does not parse as markup is text.

use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Raw text; entities are not decoded yet (see [`decode_entities`]).
    Text(&'a str),
    /// A start tag; `name` is lower-cased, `attrs` is the raw attribute source.
    Start {
        name: String,
        attrs: &'a str,
        self_closing: bool,
    },
    End {
        name: String,
    },
    /// CDATA content, to be taken literally.
    CData(&'a str),
    /// Comments, doctypes, processing instructions.
    Other,
}

/// HTML elements whose content is text up to the matching end tag, never markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

pub struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    html: bool,
    raw_until: Option<String>,
}

impl<'a> Tokenizer<'a> {
    /// HTML rules: script, style and the like hold raw text.
    pub fn html(src: &'a str) -> Self {
        Tokenizer {
            src,
            pos: 0,
            html: true,
            raw_until: None,
        }
    }

    /// XML rules: every element may hold markup.
    pub fn xml(src: &'a str) -> Self {
        Tokenizer {
            src,
            pos: 0,
            html: false,
            raw_until: None,
        }
    }

    /// Byte offset of the next token in the source.
    pub fn offset(&self) -> usize {
        self.pos
    }

    fn markup(&mut self, rest: &'a str) -> Option<(Token<'a>, usize)> {
        let b = rest.as_bytes();
        if let Some(body) = rest.strip_prefix("<!--") {
            let end = crate::analysis::substr::find(body, "-->").map_or(rest.len(), |i| 4 + i + 3);
            return Some((Token::Other, end));
        }
        if let Some(body) = rest.strip_prefix("<![CDATA[") {
            return Some(match crate::analysis::substr::find(body, "]]>") {
                Some(i) => (Token::CData(body.get(..i).unwrap_or("")), 9 + i + 3),
                None => (Token::CData(body), rest.len()),
            });
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            return Some((Token::Other, end));
        }
        let closing = b.get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'_' | b'-' | b'.'))
            .count();
        let name_end = name_start + name_len;
        let name = rest
            .get(name_start..name_end)
            .unwrap_or("")
            .to_ascii_lowercase();
        let close = tag_end(&b[name_end..])? + name_end;
        if closing {
            return Some((Token::End { name }, close + 1));
        }
        let inner = rest.get(name_end..close).unwrap_or("");
        let self_closing = inner.trim_end().ends_with('/');
        let attrs = inner.trim_end().trim_end_matches('/');
        if self.html && !self_closing && RAW_TEXT.contains(&name.as_str()) {
            self.raw_until = Some(name.clone());
        }
        Some((
            Token::Start {
                name,
                attrs,
                self_closing,
            },
            close + 1,
        ))
    }
}

/// Index of the `>` that ends a tag, skipping quoted attribute values; a quote left open falls
/// back to the first `>`.
fn tag_end(b: &[u8]) -> Option<usize> {
    // No real tag is longer; the cap keeps pathological input linear.
    const MAX_TAG: usize = 1 << 20;
    let mut quote = None;
    for (i, &c) in b.iter().enumerate().take(MAX_TAG) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return Some(i),
            None if c == b'<' => return None,
            None => {}
        }
    }
    if quote.is_some() {
        // An unclosed quote: the tag ends at the first `>` before the next `<`, if any.
        b.iter()
            .take_while(|&&c| c != b'<')
            .position(|&c| c == b'>')
    } else {
        None
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if self.pos >= self.src.len() {
            return None;
        }
        if let Some(name) = self.raw_until.take() {
            let rest = self.src.get(self.pos..).unwrap_or("");
            let end = find_ascii_ci(rest, &format!("</{name}")).unwrap_or(rest.len());
            if end > 0 {
                self.pos += end;
                return Some(Token::Text(rest.get(..end).unwrap_or("")));
            }
        }
        let rest = self.src.get(self.pos..).unwrap_or("");
        if rest.starts_with('<') {
            if let Some((token, len)) = self.markup(rest) {
                self.pos += len;
                return Some(token);
            }
            let end = rest
                .char_indices()
                .skip(1)
                .find(|&(_, c)| c == '<')
                .map_or(rest.len(), |(i, _)| i);
            self.pos += end;
            return Some(Token::Text(rest.get(..end).unwrap_or("")));
        }
        let end = rest.find('<').unwrap_or(rest.len());
        self.pos += end;
        Some(Token::Text(rest.get(..end).unwrap_or("")))
    }
}

/// Byte index of `needle` (ASCII) in `hay`, ignoring ASCII case.
pub fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The value of attribute `key` in raw attribute source, entities decoded.
pub fn attr(attrs: &str, key: &str) -> Option<String> {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = attrs.get(start..i).unwrap_or("");
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vstart = i + 1;
                let vend = b[vstart..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(b.len(), |p| vstart + p);
                value = attrs.get(vstart..vend).unwrap_or("");
                i = (vend + 1).min(b.len());
            } else {
                let vstart = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = attrs.get(vstart..i).unwrap_or("");
            }
        } else if name.is_empty() {
            i += 1;
        }
        if !name.is_empty() && name.eq_ignore_ascii_case(key) {
            return Some(decode_entities(value).into_owned());
        }
    }
    None
}

/// Whether the attribute is present at all (`hidden`, `hidden=""`).
pub fn has_attr(attrs: &str, key: &str) -> bool {
    attr(attrs, key).is_some()
}

/// Decodes character references: `&amp;`, `&#8220;`, `&#x201C;` and the common named ones.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        rest = rest.get(i..).unwrap_or("");
        match entity(rest) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                rest = rest.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = rest.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// One reference at the start of `s` ("&..."): its text and its length in bytes.
fn entity(s: &str) -> Option<(String, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let start = if hex { 3 } else { 2 };
        let digits = b[start..]
            .iter()
            .take_while(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 || digits > 8 {
            return None;
        }
        let num = u32::from_str_radix(
            s.get(start..start + digits).unwrap_or(""),
            if hex { 16 } else { 10 },
        )
        .ok()?;
        let mut len = start + digits;
        if b.get(len) == Some(&b';') {
            len += 1;
        }
        return Some((numeric_char(num).to_string(), len));
    }
    let name_len = b[1..]
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    let name = s.get(1..1 + name_len).unwrap_or("");
    let terminated = b.get(1 + name_len) == Some(&b';');
    let c = named(name)?;
    if terminated {
        Some((c.to_string(), name_len + 2))
    } else if matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp") {
        // Legacy references without the semicolon, as browsers accept them.
        Some((c.to_string(), name_len + 1))
    } else {
        None
    }
}

/// A numeric reference as browsers read it: 0x80..0x9F are windows-1252 code points.
fn numeric_char(n: u32) -> char {
    const C1: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}',
        '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}',
        '\u{178}',
    ];
    match n {
        0x80..=0x9F => C1[(n - 0x80) as usize],
        0 => '\u{FFFD}',
        _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
    }
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "lrm" => '\u{200E}',
        "rlm" => '\u{200F}',
        "shy" => '\u{AD}',
        "ndash" => '–',
        "mdash" => '—',
        "minus" => '−',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "prime" => '′',
        "Prime" => '″',
        "dagger" => '†',
        "Dagger" => '‡',
        "permil" => '‰',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "sup1" => '¹',
        "sup2" => '²',
        "sup3" => '³',
        "micro" => 'µ',
        "para" => '¶',
        "sect" => '§',
        "cent" => '¢',
        "pound" => '£',
        "euro" => '€',
        "yen" => '¥',
        "curren" => '¤',
        "iexcl" => '¡',
        "iquest" => '¿',
        "ordf" => 'ª',
        "ordm" => 'º',
        "not" => '¬',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "le" => '≤',
        "ge" => '≥',
        "ne" => '≠',
        "circ" => 'ˆ',
        "tilde" => '˜',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Atilde" => 'Ã',
        "Auml" => 'Ä',
        "Aring" => 'Å',
        "AElig" => 'Æ',
        "Ccedil" => 'Ç',
        "Egrave" => 'È',
        "Eacute" => 'É',
        "Ecirc" => 'Ê',
        "Euml" => 'Ë',
        "Igrave" => 'Ì',
        "Iacute" => 'Í',
        "Icirc" => 'Î',
        "Iuml" => 'Ï',
        "ETH" => 'Ð',
        "Ntilde" => 'Ñ',
        "Ograve" => 'Ò',
        "Oacute" => 'Ó',
        "Ocirc" => 'Ô',
        "Otilde" => 'Õ',
        "Ouml" => 'Ö',
        "Oslash" => 'Ø',
        "Ugrave" => 'Ù',
        "Uacute" => 'Ú',
        "Ucirc" => 'Û',
        "Uuml" => 'Ü',
        "Yacute" => 'Ý',
        "THORN" => 'Þ',
        "szlig" => 'ß',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "auml" => 'ä',
        "aring" => 'å',
        "aelig" => 'æ',
        "ccedil" => 'ç',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "igrave" => 'ì',
        "iacute" => 'í',
        "icirc" => 'î',
        "iuml" => 'ï',
        "eth" => 'ð',
        "ntilde" => 'ñ',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ouml" => 'ö',
        "oslash" => 'ø',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "yacute" => 'ý',
        "thorn" => 'þ',
        "yuml" => 'ÿ',
        "OElig" => 'Œ',
        "oelig" => 'œ',
        "Scaron" => 'Š',
        "scaron" => 'š',
        "Yuml" => 'Ÿ',
        "fnof" => 'ƒ',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_of_tag_soup() {
        let toks: Vec<Token> =
            Tokenizer::html("a<b class='x>y'>b</b> 1 < 2 <!-- c --><script>if (a<b) x()</script>")
                .collect();
        assert_eq!(toks[0], Token::Text("a"));
        assert!(
            matches!(&toks[1], Token::Start { name, attrs, .. } if name == "b" && attr(attrs, "class").as_deref() == Some("x>y"))
        );
        assert_eq!(toks[2], Token::Text("b"));
        assert_eq!(toks[3], Token::End { name: "b".into() });
        assert_eq!(toks[4], Token::Text(" 1 "));
        assert_eq!(toks[5], Token::Text("< 2 "));
        assert_eq!(toks[6], Token::Other);
        assert_eq!(toks[8], Token::Text("if (a<b) x()"));
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("AT&amp;T &ldquo;yes&rdquo; &#8217; &#x2014; &#147; &bogus; &amp"),
            "AT&T “yes” ’ — “ &bogus; &"
        );
    }

    #[test]
    fn attributes() {
        let a = r#" name="description" content='It&#39;s' hidden data-x=1"#;
        assert_eq!(attr(a, "content").as_deref(), Some("It's"));
        assert_eq!(attr(a, "DATA-X").as_deref(), Some("1"));
        assert!(has_attr(a, "hidden"));
        assert!(!has_attr(a, "id"));
    }
}
