//! Word documents. The first byte chooses: the bytes as a whole .docx (the zip reader on
//! damaged archives), or the bytes as word/document.xml inside a well-formed archive, stored
//! or deflated (the XML reader, past the zip's CRC checks).
#![no_main]

use libfuzzer_sys::fuzz_target;

const CONTENT_TYPES: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => quotelens_fuzz::run("article.docx", rest),
        m => {
            let archive = quotelens_fuzz::zip(
                &[
                    ("[Content_Types].xml", CONTENT_TYPES),
                    ("word/document.xml", rest),
                ],
                m == 2,
            );
            quotelens_fuzz::run("article.docx", &archive);
        }
    }
});
