//! The core never panics, whatever it is given: a panic would kill the wasm module.

use proptest::prelude::*;
use quotelens::{analyze, analyze_many, Input, Options};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string_is_analysed_without_panic(s in "\\PC{0,400}") {
        let _ = analyze(Input { name: "x.txt", bytes: s.as_bytes() }, &Options::default());
    }

    #[test]
    fn quote_heavy_strings_are_analysed_without_panic(
        s in "[\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}\u{201e}`a-zA-Z ,.:;!?()\\-\n]{0,300}"
    ) {
        let r = analyze(Input { name: "x.txt", bytes: s.as_bytes() }, &Options::default());
        for d in &r {
            for q in &d.quotes {
                prop_assert!(q.start <= q.end && q.end <= d.text.len());
            }
        }
    }

    #[test]
    fn any_bytes_are_analysed_without_panic(b in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = analyze_many(&[Input { name: "x.bin", bytes: &b }], &Options::default());
    }
}
