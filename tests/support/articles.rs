//! Analysing invented test articles: one alone, or several as one batch. Shared by the
//! attribution, people and stance test files, which include this file by path.
// Each test file uses only what it needs of this module.
#![allow(dead_code)]

use quotelens::{analyze, analyze_many, DocumentReport, Input, Options, Report};

/// The report of one article, with the default options.
pub fn run(text: &str) -> DocumentReport {
    analyze(
        Input {
            name: "t.txt",
            bytes: text.as_bytes(),
        },
        &Options::default(),
    )
    .remove(0)
}

/// Two or more articles analysed as one batch: (file name, text).
pub fn batch(articles: &[(&str, &str)]) -> Report {
    let inputs: Vec<Input> = articles
        .iter()
        .map(|(name, text)| Input {
            name,
            bytes: text.as_bytes(),
        })
        .collect();
    analyze_many(&inputs, &Options::default())
}
