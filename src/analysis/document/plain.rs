//! Plain text and Markdown to paragraphs. Blank lines separate paragraphs; inside a block each
//! line is a paragraph unless it visibly continues the line before (hard-wrapped prose, a line
//! broken mid-sentence). HTML tags left in pasted text are removed without gluing words.

use crate::analysis::chars::ToLower;
use std::borrow::Cow;

use super::markup::{decode_entities, Token, Tokenizer};

/// The byte a character stands for when UTF-8 was read as Windows-1252 (or Latin-1).
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0x80..=0xFF).contains(&u) {
        return u8::try_from(u).ok();
    }
    Some(match c {
        '\u{20AC}' => 0x80,
        '\u{201A}' => 0x82,
        '\u{0192}' => 0x83,
        '\u{201E}' => 0x84,
        '\u{2026}' => 0x85,
        '\u{2020}' => 0x86,
        '\u{2021}' => 0x87,
        '\u{02C6}' => 0x88,
        '\u{2030}' => 0x89,
        '\u{0160}' => 0x8A,
        '\u{2039}' => 0x8B,
        '\u{0152}' => 0x8C,
        '\u{017D}' => 0x8E,
        '\u{2018}' => 0x91,
        '\u{2019}' => 0x92,
        '\u{201C}' => 0x93,
        '\u{201D}' => 0x94,
        '\u{2022}' => 0x95,
        '\u{2013}' => 0x96,
        '\u{2014}' => 0x97,
        '\u{02DC}' => 0x98,
        '\u{2122}' => 0x99,
        '\u{0161}' => 0x9A,
        '\u{203A}' => 0x9B,
        '\u{0153}' => 0x9C,
        '\u{017E}' => 0x9E,
        '\u{0178}' => 0x9F,
        _ => return None,
    })
}

fn repair_once(chars: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let lead = cp1252_byte(chars[i]).filter(|b| (0xC2..=0xF4).contains(b));
        if let Some(b) = lead {
            let n = match b {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            let mut bytes = vec![b];
            for k in 1..n {
                match chars
                    .get(i + k)
                    .and_then(|&c| cp1252_byte(c))
                    .filter(|b| (0x80..=0xBF).contains(b))
                {
                    Some(b) => bytes.push(b),
                    None => break,
                }
            }
            if let Ok(t) = std::str::from_utf8(&bytes) {
                if bytes.len() == n {
                    out.extend(t.chars());
                    i += n;
                    continue;
                }
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Repairs UTF-8 that was read as Windows-1252, once or several times over ("FranÃ§ois",
/// "FranÃƒÂ§ois" → "François", "Itâ€™s" → "It’s"): a lead byte's character followed by
/// continuation bytes' characters that together are valid UTF-8. Real text never has such runs.
pub fn repair_mojibake(s: &str) -> Cow<'_, str> {
    // Whether `s` holds one of 'Â', 'Ã', 'Ä', 'Å', 'Ð', 'Ñ', 'â' (U+00C2 … U+00E2, which UTF-8
    // writes as 0xC3 and a second byte), searched as bytes.
    let bytes = s.as_bytes();
    let suspect = bytes.contains(&0xC3)
        && bytes.windows(2).any(|w| {
            w[0] == 0xC3 && matches!(w[1], 0x82 | 0x83 | 0x84 | 0x85 | 0x90 | 0x91 | 0xA2)
        });
    if !suspect {
        return Cow::Borrowed(s);
    }
    let mut chars: Vec<char> = s.chars().collect();
    // Each pass undoes one wrong decoding; texts seen in the wild carry up to three.
    for _ in 0..4 {
        let next = repair_once(&chars);
        if next == chars {
            break;
        }
        chars = next;
    }
    Cow::Owned(chars.into_iter().collect())
}

/// Collapses whitespace to single spaces, drops invisible characters, repairs mojibake, trims.
pub fn normalize(s: &str) -> String {
    let s = repair_mojibake(s);
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII: white space and controls are the bytes up to the space and DEL; a run of
        // the others, single spaces between them included, is copied whole.
        let (start, c) = if b.is_ascii() {
            if b <= b' ' || b == 0x7F {
                space = true;
                i += 1;
                continue;
            }
            let visible = |b: u8| b > b' ' && b < 0x7F;
            let start = i;
            while let Some(&b) = bytes.get(i) {
                if visible(b) {
                    i += 1;
                } else if b == b' ' && bytes.get(i + 1).is_some_and(|&n| visible(n)) {
                    i += 2;
                } else {
                    break;
                }
            }
            (start, None)
        } else {
            let c = s.get(i..).unwrap_or("").chars().next().unwrap_or_default();
            i += c.len_utf8();
            if matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}') {
                continue;
            }
            if c.is_whitespace() || c.is_control() {
                space = true;
                continue;
            }
            (i - c.len_utf8(), Some(c))
        };
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match c {
            Some(c) => out.push(c),
            None => out.push_str(s.get(start..i).unwrap_or("")),
        }
    }
    out
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with([
        '.', '!', '?', ':', ';', '"', '\u{201D}', '\u{2019}', '\'', ')', ']', '\u{BB}', '\u{2026}',
    ])
}

/// A line that stops on a comma or a function word has not finished its sentence.
fn ends_mid_clause(line: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
        "but", "that", "which", "who", "as", "than", "is", "are", "was", "were", "be", "has",
        "have", "had", "his", "her", "its", "their", "our", "this", "these", "those",
    ];
    let line = line.trim_end();
    line.ends_with(',')
        || line
            .rsplit(' ')
            .next()
            .is_some_and(|w| line.contains(' ') && FUNCTION_WORDS.contains(&w))
}

fn starts_lower(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase())
}

/// Groups the lines of one block into paragraphs.
pub fn join_lines(lines: &[&str]) -> Vec<String> {
    let lines: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let long = |l: &str| longest >= 40 && l.chars().count() * 10 >= longest * 7;
    // Hard-wrapped prose: most lines are long and run on past their end.
    let run_on = lines
        .iter()
        .take(lines.len().saturating_sub(1))
        .filter(|l| long(l) && !ends_sentence(l))
        .count();
    let wrapped = lines.len() >= 3 && run_on * 2 >= lines.len().saturating_sub(1);
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<&str> = None;
    for line in lines {
        let continues = prev.is_some_and(|p| {
            !ends_sentence(p) && (starts_lower(line) || (wrapped && long(p)) || ends_mid_clause(p))
        });
        match out.last_mut() {
            Some(last) if continues => {
                last.push(' ');
                last.push_str(line);
            }
            _ => out.push(line.to_string()),
        }
        prev = Some(line);
    }
    out.iter().map(|p| normalize(p)).collect()
}

/// Paragraphs of plain text.
pub fn paragraphs(text: &str) -> Vec<String> {
    let text = strip_stray_tags(text);
    let text = decode_entities(&text);
    blocks(&text)
        .iter()
        .flat_map(|b| join_lines(b))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Blocks of lines separated by blank lines.
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Elements that start a new paragraph when their tags turn up in text.
pub const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "caption",
    "head",
    "title",
];

/// Inline elements: their tags vanish, but never glue two words together.
pub const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var", "wbr", "img", "label", "nobr",
];

/// Removes HTML tags that turn up in text (`Peskov<u>said</u> Wednesday`): block tags become
/// line breaks, inline tags vanish but leave a space where two words would otherwise touch.
/// Anything that is not a known tag (`a < b`, `<not a tag>`) stays.
pub fn strip_stray_tags(text: &str) -> String {
    if !text.contains('<') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut boundary = false;
    let mut tokens = Tokenizer::xml(text);
    let mut last = 0;
    while let Some(token) = tokens.next() {
        let raw = text.get(last..tokens.offset()).unwrap_or("");
        last = tokens.offset();
        match token {
            Token::Text(t) | Token::CData(t) => {
                if boundary && ends_alnum(&out) && t.starts_with(char::is_alphanumeric) {
                    out.push(' ');
                }
                boundary = false;
                out.push_str(t);
            }
            Token::Start { name, .. } | Token::End { name } => {
                if BLOCK_TAGS.contains(&name.as_str()) {
                    out.push('\n');
                } else if INLINE_TAGS.contains(&name.as_str()) {
                    boundary = true;
                } else {
                    // Not an HTML tag: keep it as written.
                    boundary = false;
                    out.push_str(raw);
                }
            }
            Token::Other => {
                if !raw.starts_with("<!--") {
                    out.push_str(raw);
                }
            }
        }
    }
    out
}

fn ends_alnum(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// Paragraphs of Markdown, and the front-matter fields (`title:`, `date:`, `url:`) if any.
pub fn markdown(text: &str) -> (Vec<String>, Vec<(String, String)>) {
    let mut front = Vec::new();
    let mut body = text;
    if let Some(rest) = text.trim_start().strip_prefix("---\n") {
        if let Some(end) = crate::analysis::substr::find(rest, "\n---") {
            for line in rest.get(..end).unwrap_or("").lines() {
                if let Some((k, v)) = line.split_once(':') {
                    let v = v.trim().trim_matches(['"', '\'']);
                    front.push((k.trim().to_lower(), v.to_string()));
                }
            }
            body = rest.get(end + 4..).unwrap_or("").trim_start_matches('-');
        }
    }
    let mut paragraphs = Vec::new();
    let mut block: Vec<String> = Vec::new();
    let mut in_code = false;
    let flush = |block: &mut Vec<String>, out: &mut Vec<String>| {
        let lines: Vec<&str> = block.iter().map(String::as_str).collect();
        out.extend(join_lines(&lines));
        block.clear();
    };
    for line in body.lines() {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_code = !in_code;
            flush(&mut block, &mut paragraphs);
            continue;
        }
        if in_code {
            continue;
        }
        if t.is_empty() || is_rule(t) {
            flush(&mut block, &mut paragraphs);
            continue;
        }
        if is_setext_underline(t) && !block.is_empty() {
            // The lines above were a heading.
            flush(&mut block, &mut paragraphs);
            continue;
        }
        let t = t.trim_start_matches('>').trim_start();
        if let Some(h) = heading(t) {
            flush(&mut block, &mut paragraphs);
            paragraphs.push(inline_markdown(h));
            continue;
        }
        if let Some(item) = list_item(t) {
            flush(&mut block, &mut paragraphs);
            block.push(inline_markdown(item));
            continue;
        }
        block.push(inline_markdown(t));
    }
    flush(&mut block, &mut paragraphs);
    let paragraphs = paragraphs
        .into_iter()
        .map(|p| normalize(&decode_entities(&strip_stray_tags(&p))))
        .filter(|p| !p.is_empty())
        .collect();
    (paragraphs, front)
}

fn is_rule(t: &str) -> bool {
    let c: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    c.len() >= 3
        && (c.chars().all(|x| x == '-')
            || c.chars().all(|x| x == '*')
            || c.chars().all(|x| x == '_'))
}

fn is_setext_underline(t: &str) -> bool {
    t.len() >= 2 && t.chars().all(|c| c == '=')
}

fn heading(t: &str) -> Option<&str> {
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && t.get(hashes..).unwrap_or("").starts_with(' ') {
        Some(
            t.get(hashes..)
                .unwrap_or("")
                .trim()
                .trim_end_matches('#')
                .trim(),
        )
    } else {
        None
    }
}

fn list_item(t: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = t.strip_prefix(marker) {
            return Some(rest);
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = t.get(digits..).unwrap_or("");
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(r);
        }
    }
    None
}

/// Inline Markdown to text: links keep their words, images go, emphasis marks go.
pub fn inline_markdown(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() {
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        let image = c == '!' && chars.get(i + 1) == Some(&'[');
        if c == '[' || image {
            let open = if image { i + 1 } else { i };
            if let Some((label_end, link_end)) = link_at(&chars, open) {
                if !image {
                    out.extend(&chars[open + 1..label_end]);
                }
                i = link_end;
                continue;
            }
        }
        if c == '<' {
            // Autolinks: <https://...>
            let rest: String = chars[i + 1..].iter().take(8).collect();
            if rest.starts_with("http://") || rest.starts_with("https:/") {
                if let Some(end) = chars[i..].iter().position(|&x| x == '>') {
                    i += end + 1;
                    continue;
                }
            }
        }
        if c == '*' || c == '_' {
            let run = chars[i..].iter().take_while(|&&x| x == c).count();
            let before = i.checked_sub(1).map(|k| chars[k]);
            let after = chars.get(i + run).copied();
            let opens = after.is_some_and(|a| !a.is_whitespace())
                && before.is_none_or(|b| b.is_whitespace() || (b.is_ascii_punctuation() && b != c));
            let closes = before.is_some_and(|b| !b.is_whitespace())
                && after.is_none_or(|a| a.is_whitespace() || (a.is_ascii_punctuation() && a != c));
            if (opens || closes) && run <= 3 {
                i += run;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// `[label](target)` starting at `open`: the index of `]` and the index after `)`.
fn link_at(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let mut depth = 0;
    let mut close = None;
    for (k, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = chars[close + 2..].iter().position(|&c| c == ')')? + close + 2;
    Some((close, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `normalize` as a walk over the characters, as it was written before its ASCII runs:
    /// the reference it is held to.
    fn normalize_by_chars(s: &str) -> String {
        let s = if s.contains([
            '\u{C3}', '\u{C2}', '\u{C5}', '\u{C4}', '\u{E2}', '\u{D0}', '\u{D1}',
        ]) {
            repair_mojibake(s)
        } else {
            Cow::Borrowed(s)
        };
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for c in s.chars() {
            if matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}') {
                continue;
            }
            if c.is_whitespace() || c.is_control() {
                space = true;
                continue;
            }
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
        out
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn normalize_agrees_with_the_character_walk(
            s in "[ a\t\n\r\x00\x1f\x7f\u{85}\u{a0}\u{ad}\u{200b}\u{2060}\u{feff}\u{2028}\u{c3}\u{c2}\u{a7}\u{e2}\u{80}\u{99}\u{e9}\u{436}~!]{0,24}",
        ) {
            prop_assert_eq!(normalize(&s), normalize_by_chars(&s));
        }
    }

    #[test]
    fn stray_tags_do_not_glue_words() {
        assert_eq!(
            strip_stray_tags("Peskov<u>said</u> Wednesday and <u>ruled out</u> talks"),
            "Peskov said Wednesday and ruled out talks"
        );
        assert_eq!(strip_stray_tags("a < b and c > d"), "a < b and c > d");
        assert_eq!(strip_stray_tags("one<br>two"), "one\ntwo");
        assert_eq!(strip_stray_tags("x <foo> y"), "x <foo> y");
    }

    #[test]
    fn lines_broken_mid_sentence_are_joined() {
        let p = paragraphs(
            "Headline Here\nThe Kremlin has reviewed the interview with Donald Trump\nthat addressed Russia, Peskov said.\nNext paragraph.",
        );
        assert_eq!(
            p,
            [
                "Headline Here",
                "The Kremlin has reviewed the interview with Donald Trump that addressed Russia, Peskov said.",
                "Next paragraph."
            ]
        );
    }

    #[test]
    fn hard_wrapped_prose_is_reflowed() {
        let text = "The committee met on Tuesday and after a long debate the members\nagreed that the proposal should go to a vote before the end of the\nmonth, the chairman told reporters after the session had ended.\n\nShort one.";
        let p = paragraphs(text);
        assert_eq!(p.len(), 2);
        assert!(p[0].starts_with("The committee") && p[0].ends_with("had ended."));
    }

    #[test]
    fn markdown_to_paragraphs() {
        let md = "---\ntitle: \"A title\"\ndate: 2025-04-30\n---\n# The **headline**\n\nA [link](http://x.y) and ![photo](p.jpg) *emphasis* snake_case.\n\n- item one\n- item two\n\n```\ncode\n```\n";
        let (p, front) = markdown(md);
        assert_eq!(
            p,
            [
                "The headline",
                "A link and emphasis snake_case.",
                "item one",
                "item two"
            ]
        );
        assert_eq!(front[0], ("title".to_string(), "A title".to_string()));
    }

    #[test]
    fn mojibake_is_repaired_once_or_twice_over() {
        assert_eq!(
            normalize("Fran\u{C3}\u{A7}ois Hollande"),
            "Fran\u{E7}ois Hollande"
        );
        assert_eq!(
            normalize("Fran\u{C3}\u{83}\u{C2}\u{A7}ois Hollande"),
            "Fran\u{E7}ois Hollande"
        );
        assert_eq!(normalize("It\u{E2}\u{20AC}\u{2122}s"), "It\u{2019}s");
        // Real accents and signs stay as they are.
        assert_eq!(
            normalize("Ã la carte, Âge d’or, São Paulo"),
            "Ã la carte, Âge d’or, São Paulo"
        );
    }
}
