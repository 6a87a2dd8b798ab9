//! Plain text and Markdown: the cleaning, furniture and metadata rules, then every text stage.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    quotelens_fuzz::run("article.txt", text.as_bytes());
    // The same words read as Markdown (front matter, headings, links).
    quotelens_fuzz::run("article.md", text.as_bytes());
});
