//! HTML pages: the tokenizer, entities, structural furniture (nav, figcaption), meta tags.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    quotelens_fuzz::run("page.html", data);
});
