//! Legacy and Unicode encodings: the first byte chooses a byte-order mark or a declared
//! charset (an HTML meta tag) to put before the bytes, or none (the core guesses).
#![no_main]

use libfuzzer_sys::fuzz_target;

const LABELS: &[&str] = &[
    "windows-1251",
    "koi8-r",
    "windows-1252",
    "iso-8859-2",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "gb18030",
    "big5",
    "euc-kr",
    "utf-16",
    "utf-16be",
    "x-user-defined",
    "replacement",
    "macintosh",
    "ibm866",
    "bogus-label",
];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut file = Vec::with_capacity(rest.len() + 64);
    let name = match mode % 6 {
        0 => "legacy.txt",
        1 => {
            file.extend(b"\xEF\xBB\xBF");
            "utf8-bom.txt"
        }
        2 => {
            file.extend(b"\xFF\xFE");
            "utf16le.txt"
        }
        3 => {
            file.extend(b"\xFE\xFF");
            "utf16be.txt"
        }
        _ => {
            let label = LABELS[usize::from(mode / 6) % LABELS.len()];
            file.extend(format!("<html><head><meta charset=\"{label}\"></head><body>").as_bytes());
            "declared.html"
        }
    };
    file.extend(rest);
    quotelens_fuzz::run(name, &file);
});
