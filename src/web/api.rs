//! The JavaScript API. Returns the same `Report` the command line prints, as a plain JS object
//! (`null` for absent values, arrays for lists), and throws `QuoteLensError`s carrying a stable
//! `code` and a `message` for people.
//!
//! ```js
//! import init, { analyze, analyzeMany } from "./pkg/quotelens.js";
//! await init();
//! const report = analyze(articleText, "article.txt");
//! const batch = analyzeMany([{ name: "a.txt", text }, { name: "b.html", bytes: uint8array }]);
//! ```
//!
//! These are synchronous and built into both bundles (the app and the API-only one). Embedding
//! pages use the promise wrapper `www/quotelens-api.js` on top of them (`analyze(text, {name,
//! targets})`, rejections instead of throws), typed by `www/quotelens-api.d.ts`.

use js_sys::{Array, Reflect, Uint8Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{analyze_many, Input, Options, Report};

/// Name given to a text passed to `analyze` without one.
const DEFAULT_NAME: &str = "input.txt";

/// A JS `Error` whose `name` is "QuoteLensError", with a `code` property.
pub fn js_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("QuoteLensError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}

/// Analyses one text. Returns a `Report` with its document(s); throws when the text cannot be
/// analysed at all (code "empty", "too-large", ... from the core) or the options are invalid.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_text(
    text: &str,
    name: Option<String>,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = parse_options(options)?;
    let name = name.unwrap_or_else(|| DEFAULT_NAME.to_string());
    let report = analyze_many(
        &[Input {
            name: &name,
            bytes: text.as_bytes(),
        }],
        &options,
    );
    // A single input that gave nothing but errors is the caller's error, not a result.
    if report.documents.iter().all(|d| d.error.is_some()) {
        if let Some(error) = report.documents.iter().find_map(|d| d.error.as_ref()) {
            return Err(js_error(&error.code, &error.message));
        }
    }
    to_js(&report)
}

/// Analyses a batch: an array of `{name, text}` or `{name, bytes}` (a `Uint8Array` or
/// `ArrayBuffer`). A file that cannot be read becomes a document carrying its `error`, so one
/// bad file never stops the others; only malformed arguments throw ("invalid-input",
/// "invalid-options").
#[wasm_bindgen(js_name = analyzeMany)]
pub fn analyze_many_js(inputs: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let options = parse_options(options)?;
    let owned = parse_inputs(&inputs)?;
    let borrowed: Vec<Input<'_>> = owned
        .iter()
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    to_js(&analyze_many(&borrowed, &options))
}

/// `undefined` and `null` mean the defaults; otherwise an object with `Options` fields.
fn parse_options(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| js_error("invalid-options", &format!("invalid options: {e}")))
}

fn parse_inputs(inputs: &JsValue) -> Result<Vec<(String, Vec<u8>)>, JsValue> {
    if !Array::is_array(inputs) {
        return Err(js_error(
            "invalid-input",
            "analyzeMany expects an array of {name, text} or {name, bytes} objects",
        ));
    }
    Array::from(inputs)
        .iter()
        .enumerate()
        .map(|(i, item)| parse_input(i, &item))
        .collect()
}

fn parse_input(index: usize, item: &JsValue) -> Result<(String, Vec<u8>), JsValue> {
    let invalid = |what: &str| js_error("invalid-input", &format!("input {index}: {what}"));
    if !item.is_object() {
        return Err(invalid("expected an object {name, text} or {name, bytes}"));
    }
    let get = |key: &str| Reflect::get(item, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let name = get("name")
        .as_string()
        .ok_or_else(|| invalid("`name` must be a string"))?;
    let text = get("text");
    let bytes = get("bytes");
    let content = if let Some(text) = text.as_string() {
        text.into_bytes()
    } else if let Some(array) = bytes.dyn_ref::<Uint8Array>() {
        array.to_vec()
    } else if let Some(buffer) = bytes.dyn_ref::<js_sys::ArrayBuffer>() {
        Uint8Array::new(buffer).to_vec()
    } else {
        return Err(invalid(&format!(
            "{name} needs `text` (a string) or `bytes` (a Uint8Array)"
        )));
    };
    Ok((name, content))
}

fn to_js(report: &Report) -> Result<JsValue, JsValue> {
    // json_compatible: None becomes null and maps become plain objects, as in the CLI's JSON.
    report
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error("internal", &format!("cannot convert the report: {e}")))
}
