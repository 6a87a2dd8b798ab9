//! The whole pipeline on any bytes, under any of the names the formats are chosen by: the
//! first byte picks the name, the rest is the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &[
    "a.txt", "a.html", "a.md", "a.json", "a.jsonl", "a.docx", "a", "a.htm", "a.ndjson", "a.bin",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    quotelens_fuzz::run(NAMES[usize::from(pick) % NAMES.len()], bytes);
});
