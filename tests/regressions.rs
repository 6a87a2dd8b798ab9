//! Inputs that once broke the core or gave a malformed report, found by the fuzz targets
//! (`fuzz/`) and the property tests: each file in `tests/fixtures/regressions/` is analysed
//! (its extension chooses the format) and its report must pass the invariants checks.

#[path = "support/invariants.rs"]
mod invariants;

use quotelens::{analyze_many, Input, Options};

#[test]
fn every_kept_input_gives_a_well_formed_report() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/regressions");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the regressions folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).expect("a kept input");
        if let Err(why) = invariants::analyse_checked(&name, &bytes) {
            failures.push(format!("{name}: {why}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A scare-quoted fragment whose quote runs on into the next paragraph: its span used to end
/// with the first paragraph, so it did not hold the words it carries.
#[test]
fn a_fragment_over_two_paragraphs_spans_both() {
    let text = "\u{201e})\n\u{201e}a\"";
    let report = analyze_many(
        &[Input {
            name: "x.txt",
            bytes: text.as_bytes(),
        }],
        &Options::default(),
    );
    let doc = &report.documents[0];
    let u = &doc.unattributed[0];
    assert_eq!(u.text, ") a");
    assert_eq!(&doc.text[u.start..u.end], "\u{201e})\n\n\u{201e}a\"");
}

/// "They" after two people named together, in a sentence that opens after a closing curly
/// quotation mark: reading the sentence's opening sliced the text inside the mark (a panic).
/// The group is the speaker, and its judgement goes to each member.
#[test]
fn a_group_after_a_closing_curly_quote_speaks() {
    let text = "The council met on Monday to discuss the transit levy and the bus routes.\n\n\
                At the hearing \u{201c}Mira Dahl and Tom Bell\u{201d} spoke, and organisers \
                Mira Dahl and Tom Bell left early. They said the levy must go.\n";
    let report = analyze_many(
        &[Input {
            name: "hearing.txt",
            bytes: text.as_bytes(),
        }],
        &Options::default(),
    );
    let doc = &report.documents[0];
    assert!(doc.error.is_none(), "{:?}", doc.error);
    let q = doc
        .quotes
        .iter()
        .find(|q| q.text == "the levy must go")
        .expect("the reported clause");
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.aliases, ["Mira Dahl", "Tom Bell"]);
    let holders: Vec<&str> = doc
        .stance
        .iter()
        .filter(|j| j.target == "levy")
        .map(|j| j.speaker.as_str())
        .collect();
    assert_eq!(holders, ["Mira Dahl", "Tom Bell"]);
}
