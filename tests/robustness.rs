//! The core never panics, whatever it is given (a panic would kill the wasm module), and every
//! report it gives is well formed: offsets on char boundaries inside the cleaned text, span texts
//! equal to their slices, the same report for the same input, and a lossless JSON round trip.
//!
//! Inputs are arbitrary strings and bytes, quote-heavy strings, and article-like text: the seed
//! articles cut, spliced and sprinkled with quotation marks, so that the properties are checked
//! where the attribution and stance stages have something to do.

#[path = "support/invariants.rs"]
mod invariants;

use proptest::prelude::*;
use quotelens::{analyze, analyze_many, Input, Options};

fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the seed articles")
        .map(|e| e.expect("a seed entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a seed article"))
        .collect()
}

/// Runs the whole pipeline and checks the report (`invariants::analyse_checked`).
fn analyse_and_check(name: &str, bytes: &[u8]) -> Result<quotelens::Report, TestCaseError> {
    invariants::analyse_checked(name, bytes).map_err(TestCaseError::fail)
}

/// Marks and characters that stress the quote and sentence scanners.
const SPRINKLES: &[&str] = &[
    "\"",
    "'",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "\n\n",
    "\n",
    " said ",
    ", he said.",
    "\u{2014}",
    "\u{2026}",
    "\u{fe0f}",
    "e\u{301}",
    "\u{1f600}",
    "\u{200b}",
    "\r\n",
    "\t",
    ".",
    "?\u{201d} ",
    "Mr. ",
    "U.S. ",
];

/// An article-like text: a seed article with pieces cut out, repeated, and marks sprinkled in.
/// Positions are taken modulo the text length and moved to char boundaries.
fn article_like() -> impl Strategy<Value = String> {
    let edits = prop::collection::vec(
        (any::<u16>(), any::<u16>(), 0usize..SPRINKLES.len(), 0u8..4),
        0..24,
    );
    (0usize..5, edits).prop_map(|(which, edits)| {
        let seeds = seeds();
        let mut text = seeds[which % seeds.len()].clone();
        for (at, len, sprinkle, op) in edits {
            let floor = |t: &str, mut i: usize| {
                i = i.min(t.len());
                while !t.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let start = floor(&text, at as usize % (text.len() + 1));
            let end = floor(&text, start + len as usize % 200);
            match op {
                0 => text.insert_str(start, SPRINKLES[sprinkle]),
                1 => text.replace_range(start..end, ""),
                2 => {
                    let piece = text[start..end].to_string();
                    text.insert_str(end, &piece);
                }
                _ => text.replace_range(start..end, SPRINKLES[sprinkle]),
            }
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string_gives_a_well_formed_report(s in "\\PC{0,400}") {
        analyse_and_check("x.txt", s.as_bytes())?;
    }

    #[test]
    fn quote_heavy_strings_give_well_formed_reports(
        s in "[\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}\u{201e}`a-zA-Z ,.:;!?()\\-\n]{0,300}"
    ) {
        analyse_and_check("x.txt", s.as_bytes())?;
    }

    #[test]
    fn any_bytes_give_a_well_formed_report(
        b in proptest::collection::vec(any::<u8>(), 0..300),
        ext in prop::sample::select(vec!["txt", "html", "json", "jsonl", "md", "docx", "bin"]),
    ) {
        analyse_and_check(&format!("x.{ext}"), &b)?;
    }
}

proptest! {
    // Each case runs the whole pipeline over an article of a few KB.
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn article_like_text_gives_a_well_formed_report(text in article_like()) {
        analyse_and_check("article.txt", text.as_bytes())?;
    }

    #[test]
    fn article_like_html_gives_a_well_formed_report(text in article_like()) {
        let html: String = text
            .split("\n\n")
            .map(|p| format!("<p>{}</p>\n", p.replace('&', "&amp;").replace('<', "&lt;")))
            .collect();
        let page = format!("<!doctype html><html><head><title>T</title></head><body><article>{html}</article></body></html>");
        analyse_and_check("article.html", page.as_bytes())?;
    }

    #[test]
    fn the_same_input_gives_the_same_report(text in article_like()) {
        let once = analyse_and_check("article.txt", text.as_bytes())?;
        let twice = analyse_and_check("article.txt", text.as_bytes())?;
        prop_assert_eq!(&once, &twice);
        // And the same JSON, byte for byte: nothing depends on hash order.
        prop_assert_eq!(
            serde_json::to_string(&once).expect("to JSON"),
            serde_json::to_string(&twice).expect("to JSON")
        );
    }
}

/// The seed articles themselves have quotes, cues, mentions, evidence and set-aside blocks:
/// the checks are not vacuous.
#[test]
fn the_seed_reports_are_well_formed_and_non_trivial() {
    let seeds = seeds();
    let inputs: Vec<Input> = seeds
        .iter()
        .map(|s| Input {
            name: "seed.txt",
            bytes: s.as_bytes(),
        })
        .collect();
    let report = analyze_many(&inputs, &Options::default());
    invariants::check_report(&report).expect("well formed");
    let docs = &report.documents;
    assert!(docs.iter().map(|d| d.quotes.len()).sum::<usize>() > 20);
    assert!(docs
        .iter()
        .flat_map(|d| &d.quotes)
        .any(|q| q.cue.is_some() && q.mention.is_some()));
    assert!(docs.iter().any(|d| !d.unattributed.is_empty()));
    assert!(docs.iter().any(|d| !d.set_aside.is_empty()));
    assert!(docs
        .iter()
        .flat_map(|d| &d.stance)
        .any(|s| !s.evidence.is_empty()));
}

/// The checker itself catches a span whose text is not its slice, and one that splits a char.
#[test]
fn the_checker_rejects_broken_offsets() {
    let seed = &seeds()[0];
    let mut doc = analyze(
        Input {
            name: "seed.txt",
            bytes: seed.as_bytes(),
        },
        &Options::default(),
    )
    .remove(0);
    let q = doc
        .quotes
        .iter()
        .position(|q| q.cue.is_some())
        .expect("a quote with a cue");
    let good = doc.clone();
    doc.quotes[q].cue.as_mut().unwrap().start += 1;
    assert!(invariants::check_document(&doc)
        .unwrap_err()
        .contains("cue"));
    let mut doc = good.clone();
    let curly = doc
        .text
        .find('\u{201c}')
        .expect("a curly quote in the seed");
    // Inside the three bytes of the mark.
    doc.quotes[q].start = curly + 1;
    doc.quotes[q].end = curly + 2;
    assert!(invariants::check_document(&doc)
        .unwrap_err()
        .contains("char boundaries"));
    invariants::check_document(&good).expect("the unchanged document");
}
