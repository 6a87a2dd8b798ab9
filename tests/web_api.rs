//! Browser tests of the JS API (`analyze`, `analyzeMany`), run by `wasm-pack test --headless`
//! in Chromium and Firefox: the Report comes back as a plain JS object equal to what the core
//! computes natively, and bad input throws a `QuoteLensError` carrying a code.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, Uint8Array, JSON};
use quotelens::web::api::{analyze_many_js, analyze_text};
use quotelens::{analyze_many, Input, Options, Report};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED_000: &str = include_str!("fixtures/seeds/000_d2c38d9ee408bbd1.txt");
const SEED_001: &str = include_str!("fixtures/seeds/001_bdbef122728239ac.txt");

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("property access")
}

fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &(*k).into(), v).unwrap();
    }
    o.into()
}

/// The JS value read back through JSON, as the Rust type a CMS would see described in the docs.
fn as_report(value: &JsValue) -> Report {
    let json = JSON::stringify(value).unwrap().as_string().unwrap();
    serde_json::from_str(&json).expect("the JS result is a Report")
}

fn error_code_and_message(error: &JsValue) -> (String, String) {
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "thrown value is an Error"
    );
    assert_eq!(
        get(error, "name").as_string().as_deref(),
        Some("QuoteLensError")
    );
    (
        get(error, "code").as_string().expect("code is a string"),
        get(error, "message")
            .as_string()
            .expect("message is a string"),
    )
}

#[wasm_bindgen_test]
fn analyze_returns_the_report_the_core_computes() {
    let result = analyze_text(SEED_001, Some("001.txt".into()), JsValue::UNDEFINED).unwrap();
    let native = analyze_many(
        &[Input {
            name: "001.txt",
            bytes: SEED_001.as_bytes(),
        }],
        &Options::default(),
    );
    assert_eq!(as_report(&result), native);

    let documents = Array::from(&get(&result, "documents"));
    assert_eq!(documents.length(), 1);
    let doc = documents.get(0);
    assert_eq!(get(&doc, "name").as_string().as_deref(), Some("001.txt"));
    // Absent values are null, as in the command line's JSON, not undefined.
    assert!(get(&doc, "error").is_null());
    let quotes = Array::from(&get(&doc, "quotes"));
    assert!(
        quotes.iter().any(|q| get(&q, "text")
            .as_string()
            .is_some_and(|t| t.contains("We are working on peace, not on a ceasefire"))),
        "the seed's best-known quote is found"
    );
    assert!(quotes.iter().all(|q| matches!(
        get(&q, "kind").as_string().as_deref(),
        Some("direct" | "partial" | "indirect")
    )));
}

#[wasm_bindgen_test]
fn analyze_without_a_name_or_options_uses_defaults() {
    let result = analyze_text(SEED_000, None, JsValue::NULL).unwrap();
    let report = as_report(&result);
    assert_eq!(report.documents[0].name, "input.txt");
    assert!(!report.documents[0].quotes.is_empty());
}

#[wasm_bindgen_test]
fn analyze_throws_the_core_error_for_empty_text() {
    let error = analyze_text("", Some("blank.txt".into()), JsValue::UNDEFINED).unwrap_err();
    let (code, message) = error_code_and_message(&error);
    assert_eq!(code, "empty");
    assert!(
        message.contains("blank.txt"),
        "message names the file: {message}"
    );
}

#[wasm_bindgen_test]
fn analyze_honours_options_and_rejects_bad_ones() {
    let small = obj(&[("max_bytes", JsValue::from(100))]);
    let error = analyze_text(SEED_000, None, small).unwrap_err();
    assert_eq!(error_code_and_message(&error).0, "too-large");

    let bad = obj(&[("max_bytes", JsValue::from("lots"))]);
    let (code, message) = error_code_and_message(&analyze_text(SEED_000, None, bad).unwrap_err());
    assert_eq!(code, "invalid-options");
    assert_eq!(
        message,
        "`max_bytes` must be a whole number of bytes, at least 1 (such as 1000000), not the string \"lots\""
    );
}

/// The message of the invalid-options error that `options` gives.
fn options_message(options: JsValue) -> String {
    let (code, message) =
        error_code_and_message(&analyze_text(SEED_000, None, options).unwrap_err());
    assert_eq!(code, "invalid-options", "{message}");
    message
}

#[wasm_bindgen_test]
fn bad_options_get_messages_for_developers_not_serde_ones() {
    // A misspelt option is refused, naming it, instead of being silently ignored.
    let camel = obj(&[("maxBytes", JsValue::from(100))]);
    assert_eq!(
        options_message(camel),
        "unknown option `maxBytes` (did you mean `max_bytes`?): the options are `max_bytes` and `targets`"
    );
    let fraction = obj(&[("max_bytes", JsValue::from(5.5))]);
    assert!(options_message(fraction).ends_with("not the number 5.5"));
    let number_target = obj(&[(
        "targets",
        Array::of2(&"NATO".into(), &JsValue::from(5)).into(),
    )]);
    assert_eq!(
        options_message(number_target),
        "`targets[1]` must be a string or an object {name, synonyms}, not the number 5"
    );
    let typo = obj(&[(
        "targets",
        Array::of1(&obj(&[
            ("name", "NATO".into()),
            ("synonym", "alliance".into()),
        ]))
        .into(),
    )]);
    assert_eq!(
        options_message(typo),
        "`targets[0]` has an unknown key `synonym` (did you mean `synonyms`?): a target has `name` and `synonyms`"
    );
    assert!(options_message(JsValue::from(42)).ends_with("not the number 42"));
    assert_eq!(
        options_message(obj(&[("targets", JsValue::from(5.0))])),
        "`targets` must be a string (\"ceasefire, sanctions\") or an array of strings and {name, synonyms} objects, not the number 5"
    );
}

#[wasm_bindgen_test]
fn targets_as_a_string_an_array_and_objects_all_reach_the_core() {
    let as_string = obj(&[("targets", "ceasefire, , Ukraine".into())]);
    let report = as_report(&analyze_text(SEED_001, None, as_string).unwrap());
    let targets: std::collections::BTreeSet<&str> = report
        .stance_matrix
        .iter()
        .map(|c| c.target.as_str())
        .collect();
    assert!(targets.contains("ceasefire"), "{targets:?}");
    let objects = obj(&[(
        "targets",
        Array::of1(&obj(&[
            ("name", "ceasefire".into()),
            ("synonyms", Array::of1(&"truce".into()).into()),
        ]))
        .into(),
    )]);
    let report = as_report(&analyze_text(SEED_001, None, objects).unwrap());
    assert!(report.stance_matrix.iter().any(|c| c.target == "ceasefire"));
}

#[wasm_bindgen_test]
fn a_text_without_a_name_is_called_the_text_in_messages() {
    let (code, message) =
        error_code_and_message(&analyze_text("  \n ", None, JsValue::UNDEFINED).unwrap_err());
    assert_eq!(code, "empty");
    assert_eq!(
        message,
        "The text contains only whitespace: there is no text to analyse."
    );
    let small = obj(&[("max_bytes", JsValue::from(10))]);
    let (_, message) = error_code_and_message(&analyze_text(SEED_000, None, small).unwrap_err());
    assert!(message.starts_with("The text is too large: "), "{message}");
    assert!(!message.contains("input.txt"), "{message}");
}

#[wasm_bindgen_test]
fn analyze_many_reads_text_and_bytes_and_keeps_bad_files_apart() {
    let inputs = Array::new();
    inputs.push(&obj(&[("name", "a.txt".into()), ("text", SEED_000.into())]));
    let bytes = Uint8Array::from(SEED_001.as_bytes());
    inputs.push(&obj(&[("name", "b.txt".into()), ("bytes", bytes.into())]));
    inputs.push(&obj(&[("name", "c.txt".into()), ("text", "".into())]));
    let buffer = Uint8Array::from(SEED_001.as_bytes()).buffer();
    inputs.push(&obj(&[("name", "d.txt".into()), ("bytes", buffer.into())]));

    let report = as_report(&analyze_many_js(inputs.into(), JsValue::UNDEFINED).unwrap());
    let names: Vec<&str> = report.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["a.txt", "b.txt", "c.txt", "d.txt"]);
    assert!(!report.documents[0].quotes.is_empty());
    assert!(!report.documents[1].quotes.is_empty());
    assert_eq!(
        report.documents[2].error.as_ref().map(|e| e.code.as_str()),
        Some("empty")
    );
    assert!(report.documents[2].quotes.is_empty());
    assert_eq!(report.documents[3].quotes, report.documents[1].quotes);
}

#[wasm_bindgen_test]
fn analyze_many_rejects_malformed_arguments() {
    let not_array = analyze_many_js("a.txt".into(), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(error_code_and_message(&not_array).0, "invalid-input");

    let inputs = Array::new();
    inputs.push(&obj(&[("name", "a.txt".into()), ("text", SEED_000.into())]));
    inputs.push(&obj(&[
        ("name", "b.txt".into()),
        ("bytes", JsValue::from(42)),
    ]));
    let (code, message) =
        error_code_and_message(&analyze_many_js(inputs.into(), JsValue::UNDEFINED).unwrap_err());
    assert_eq!(code, "invalid-input");
    assert!(
        message.starts_with("input 1:"),
        "message points at the input: {message}"
    );

    let nameless = Array::of1(&obj(&[("text", "x".into())]));
    let error = analyze_many_js(nameless.into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error_code_and_message(&error).1.contains("`name`"));
}
