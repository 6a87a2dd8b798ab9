//! `analysis::report_json` (the wasm engine's reader of documents sent back as JSON) reads what
//! serde's derived deserializers read, on the documents of real files: the seed articles, the
//! documents fixtures (every format, errors included) and the regression inputs.

use std::fs;
use std::path::Path;

use quotelens::analysis::report_json;
use quotelens::{analyze, DocumentReport, Input, Options};

fn documents_of(dir: &str) -> Vec<DocumentReport> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            analyze(
                Input {
                    name: &name,
                    bytes: &fs::read(path).unwrap(),
                },
                &Options::default(),
            )
        })
        .collect()
}

fn all_documents() -> Vec<DocumentReport> {
    let mut docs = documents_of("tests/fixtures/seeds");
    docs.extend(documents_of("tests/fixtures/documents"));
    docs.extend(documents_of("tests/fixtures/regressions"));
    docs
}

#[test]
fn reads_every_document_as_serde_does() {
    let docs = all_documents();
    // The fixtures hold what each field can be: quotes with speakers, cues and mentions, people,
    // stance judgements with evidence, set-aside furniture and files refused with an error.
    assert!(docs.iter().any(|d| d.error.is_some()));
    assert!(docs.iter().any(|d| !d.set_aside.is_empty()));
    assert!(docs
        .iter()
        .any(|d| d.stance.iter().any(|j| !j.evidence.is_empty())));
    assert!(docs.iter().any(|d| d
        .quotes
        .iter()
        .any(|q| q.speaker.is_some() && q.cue.is_some())));
    let json = serde_json::to_string(&docs).unwrap();
    let by_serde: Vec<DocumentReport> = serde_json::from_str(&json).unwrap();
    let read = report_json::documents_from_str(&json).unwrap();
    assert_eq!(read.len(), docs.len());
    assert_eq!(read, by_serde);
    assert_eq!(read, docs);
}

#[test]
fn leaves_out_defaults_and_refuses_what_serde_refuses() {
    // Only the fields without a default: serde fills in the rest, and so does the reader.
    let bare = r#"[{"name": "a.txt", "headline": null, "date": null, "source": null,
        "dateline": null, "url": null, "error": null}]"#;
    let by_serde: Vec<DocumentReport> = serde_json::from_str(bare).unwrap();
    assert_eq!(report_json::documents_from_str(bare).unwrap(), by_serde);

    let quote = |kind: &str, confidence: &str| {
        format!(
            r#"[{{"name": "a.txt", "quotes": [{{"id": "q1", "text": "x", "kind": "{kind}",
            "start": 0, "end": 1, "confidence": {confidence}}}]}}]"#
        )
    };
    let fine = quote("partial", "0.7");
    let by_serde: Vec<DocumentReport> = serde_json::from_str(&fine).unwrap();
    let read = report_json::documents_from_str(&fine).unwrap();
    assert_eq!(read, by_serde);
    assert_eq!(read[0].quotes[0].confidence, 0.7_f32);
    for bad in [
        quote("shouted", "0.7"),
        quote("direct", "\"high\""),
        r#"[{"format": "text"}]"#.to_string(),
        r#"{"name": "a.txt"}"#.to_string(),
        r#"[{"name": "a.txt", "people": [{"name": "A", "quote_count": -1}]}]"#.to_string(),
    ] {
        assert!(
            serde_json::from_str::<Vec<DocumentReport>>(&bad).is_err(),
            "{bad}"
        );
        assert!(report_json::documents_from_str(&bad).is_err(), "{bad}");
    }
}
