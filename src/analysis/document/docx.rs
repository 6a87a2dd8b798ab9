//! Word .docx files: the paragraphs of word/document.xml (runs, tabs, line breaks, hyperlinks),
//! without deleted text or field codes. A paragraph styled Title gives the headline hint.

use super::markup::{attr, decode_entities, Token, Tokenizer};
use super::plain::join_lines;
use super::zip::{Archive, ZipError};
use super::{Extracted, Hints};

#[derive(Debug, PartialEq, Eq)]
pub enum DocxError {
    Zip(ZipError),
    /// The archive is fine but has no word/document.xml.
    NotWord,
    /// word/document.xml is not UTF-8 (or UTF-16) text.
    BadXml,
}

pub fn extract(data: &[u8], limit: usize) -> Result<Extracted, DocxError> {
    let archive = Archive::open(data).map_err(DocxError::Zip)?;
    if !archive.has("word/document.xml") {
        return Err(DocxError::NotWord);
    }
    let xml = archive
        .read("word/document.xml", limit)
        .map_err(DocxError::Zip)?;
    let xml = match xml.as_slice() {
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => {
            let (enc, bom) = super::encodings::for_bom(&xml).ok_or(DocxError::BadXml)?;
            super::encodings::decode(enc, &xml[bom..]).0
        }
        _ => String::from_utf8(xml).map_err(|_| DocxError::BadXml)?,
    };
    let (paragraphs, title) = paragraphs(&xml);
    Ok(Extracted {
        paragraphs,
        hints: Hints {
            headline: title,
            ..Hints::default()
        },
        set_aside: Vec::new(),
        warnings: Vec::new(),
    })
}

/// The paragraphs of document.xml and the text of the first Title-styled paragraph.
fn paragraphs(xml: &str) -> (Vec<String>, Option<String>) {
    let mut out = Vec::new();
    let mut title = None;
    let mut cur = String::new();
    let mut style_title = false;
    // Inside <w:t>: text is content; elsewhere (field codes, deleted runs) it is not.
    let mut in_text = false;
    let mut skip_depth = 0usize;
    for token in Tokenizer::xml(xml) {
        match token {
            Token::Start {
                name,
                attrs,
                self_closing,
            } => match name.as_str() {
                "w:p" if !self_closing => {
                    cur.clear();
                    style_title = false;
                }
                "w:pstyle" => {
                    let style = attr(attrs, "w:val")
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    style_title = style == "title" || style == "heading1";
                }
                "w:t" if !self_closing => in_text = skip_depth == 0,
                "w:tab" | "w:ptab" => cur.push(' '),
                "w:br" | "w:cr" => cur.push('\n'),
                "w:nobreakhyphen" => cur.push('-'),
                "w:del" | "w:instrtext" | "w:deltext" | "w:fldsimple-instr" if !self_closing => {
                    skip_depth += 1
                }
                _ => {}
            },
            Token::End { name } => match name.as_str() {
                "w:t" => in_text = false,
                "w:del" | "w:instrtext" | "w:deltext" => skip_depth = skip_depth.saturating_sub(1),
                "w:p" => {
                    let lines: Vec<&str> = cur.split('\n').collect();
                    let paras = join_lines(&lines);
                    if style_title && title.is_none() {
                        title = paras.first().cloned();
                    }
                    out.extend(paras);
                    cur.clear();
                }
                _ => {}
            },
            Token::Text(t) if in_text => cur.push_str(&decode_entities(t)),
            Token::CData(t) if in_text => cur.push_str(t),
            _ => {}
        }
    }
    (out, title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::document::zip::testing;

    #[test]
    fn paragraphs_runs_and_deletions() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Kremlin &amp; peace</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Peskov </w:t></w:r><w:r><w:rPr><w:u/></w:rPr><w:t>said</w:t></w:r><w:del><w:r><w:delText>never</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> on Monday</w:t><w:tab/><w:t>“yes.”</w:t></w:r></w:p>
<w:p/><w:p><w:r><w:fldChar/><w:instrText>HYPERLINK "x"</w:instrText><w:t>Last</w:t></w:r></w:p>
</w:body></w:document>"#;
        let (p, title) = paragraphs(xml);
        assert_eq!(
            p,
            ["Kremlin & peace", "Peskov said on Monday “yes.”", "Last"]
        );
        assert_eq!(title.as_deref(), Some("Kremlin & peace"));
        let zip = testing::write(&[("word/document.xml", xml.as_bytes())], true);
        assert_eq!(extract(&zip, 1 << 20).unwrap().paragraphs.len(), 3);
        let other = testing::write(&[("content.xml", b"x")], false);
        assert_eq!(extract(&other, 1 << 20).err(), Some(DocxError::NotWord));
    }
}
