//! JSON and JSON Lines exports: articles found in objects and arrays, HTML bodies, dates in
//! any field form. The first byte chooses .json or .jsonl.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let name = if mode & 1 == 0 {
        "export.json"
    } else {
        "export.jsonl"
    };
    quotelens_fuzz::run(name, rest);
});
