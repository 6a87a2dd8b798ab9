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

use crate::analysis::chars::ToLower;
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{analyze_many, Input, Options, Report, UserTarget};

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
    let named = name.is_some();
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
            // The core's messages start with the file name; a text given without one is
            // "The text", not a file name the caller never chose.
            let message = match error.message.strip_prefix(DEFAULT_NAME) {
                Some(rest) if !named => format!("The text{rest}"),
                _ => error.message.clone(),
            };
            return Err(js_error(&error.code, &message));
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

/// The option keys the core reads; anything else is refused so that a misspelt option
/// (`maxBytes`) is not silently ignored.
const OPTION_KEYS: [&str; 2] = ["max_bytes", "targets"];

fn invalid_options(message: String) -> JsValue {
    js_error("invalid-options", &message)
}

/// A short description of a JS value for a message: `"lots"`, `5.5`, `an array`, `null`.
fn describe(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        let short: String = text.chars().take(40).collect();
        let more = if short.len() < text.len() { "…" } else { "" };
        return format!("the string \"{short}{more}\"");
    }
    if value.as_f64().is_some() {
        // JavaScript's own spelling of the number ("5.5", "1e+21"), so the wasm carries no float
        // formatting of its own.
        let number: String = js_sys::Number::unchecked_from_js_ref(value)
            .to_string_with_radix(10)
            .map_or_else(|_| "?".into(), String::from);
        return format!("the number {number}");
    }
    if let Some(flag) = value.as_bool() {
        return format!("{flag}");
    }
    if value.is_null() {
        return "null".into();
    }
    if value.is_undefined() {
        return "undefined".into();
    }
    if Array::is_array(value) {
        return "an array".into();
    }
    if value.is_function() {
        return "a function".into();
    }
    if value.is_object() {
        return "an object".into();
    }
    "a value of another type".into()
}

/// The own enumerable keys of a plain object.
fn keys_of(value: &JsValue) -> Vec<String> {
    js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>())
        .iter()
        .filter_map(|k| k.as_string())
        .collect()
}

/// A known key that `key` is probably a misspelling of (`maxBytes` for `max_bytes`).
fn suggestion(key: &str, known: &[&str]) -> String {
    let squash = |k: &str| k.replace(['_', '-'], "").to_lower();
    known
        .iter()
        .find(|k| squash(k) == squash(key) || squash(k).trim_end_matches('s') == squash(key))
        .map(|k| format!(" (did you mean `{k}`?)"))
        .unwrap_or_default()
}

/// `undefined` and `null` mean the defaults; otherwise an object with the keys of `Options`,
/// each checked here so that a wrong value gets a message naming the option and what it needs.
fn parse_options(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || Array::is_array(&options) || options.is_function() {
        return Err(invalid_options(format!(
            "options must be an object such as {{targets: [\"ceasefire\"], max_bytes: 1000000}}, not {}",
            describe(&options)
        )));
    }
    let mut parsed = Options::default();
    for key in keys_of(&options) {
        let value = Reflect::get(&options, &key.as_str().into()).unwrap_or(JsValue::UNDEFINED);
        if value.is_undefined() && OPTION_KEYS.contains(&key.as_str()) {
            continue; // an option left out on purpose: its default
        }
        match key.as_str() {
            "max_bytes" => parsed.max_bytes = parse_max_bytes(&value)?,
            "targets" => parsed.targets = parse_targets(&value)?,
            _ => {
                return Err(invalid_options(format!(
                    "unknown option `{key}`{}: the options are {}",
                    suggestion(&key, &OPTION_KEYS),
                    OPTION_KEYS.map(|k| format!("`{k}`")).join(" and ")
                )))
            }
        }
    }
    Ok(parsed)
}

fn parse_max_bytes(value: &JsValue) -> Result<usize, JsValue> {
    match value.as_f64() {
        Some(n) if n.is_finite() && n >= 1.0 && n.fract() == 0.0 && n <= usize::MAX as f64 => {
            Ok(n as usize)
        }
        _ => Err(invalid_options(format!(
            "`max_bytes` must be a whole number of bytes, at least 1 (such as 1000000), not {}",
            describe(value)
        ))),
    }
}

/// Targets as "a, b", ["a", "b"] or [{name, synonyms}]; blank names are dropped.
fn parse_targets(value: &JsValue) -> Result<Vec<UserTarget>, JsValue> {
    let plain = |name: &str| UserTarget {
        name: name.trim().to_string(),
        synonyms: Vec::new(),
    };
    if let Some(list) = value.as_string() {
        return Ok(list
            .split(',')
            .map(plain)
            .filter(|t| !t.name.is_empty())
            .collect());
    }
    if !Array::is_array(value) {
        return Err(invalid_options(format!(
            "`targets` must be a string (\"ceasefire, sanctions\") or an array of strings and \
             {{name, synonyms}} objects, not {}",
            describe(value)
        )));
    }
    let mut targets = Vec::new();
    for (i, item) in Array::from(value).iter().enumerate() {
        let target = if let Some(name) = item.as_string() {
            plain(&name)
        } else {
            parse_target_object(i, &item)?
        };
        if !target.name.is_empty() {
            targets.push(target);
        }
    }
    Ok(targets)
}

fn parse_target_object(index: usize, item: &JsValue) -> Result<UserTarget, JsValue> {
    let wrong = |what: String| invalid_options(format!("`targets[{index}]` {what}"));
    if !item.is_object() || Array::is_array(item) {
        return Err(wrong(format!(
            "must be a string or an object {{name, synonyms}}, not {}",
            describe(item)
        )));
    }
    let known = ["name", "synonyms"];
    if let Some(key) = keys_of(item)
        .into_iter()
        .find(|k| !known.contains(&k.as_str()))
    {
        return Err(wrong(format!(
            "has an unknown key `{key}`{}: a target has `name` and `synonyms`",
            suggestion(&key, &known)
        )));
    }
    let get = |key: &str| Reflect::get(item, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let name = get("name").as_string().ok_or_else(|| {
        wrong(format!(
            "needs a `name` string, not {}",
            describe(&get("name"))
        ))
    })?;
    let synonyms = get("synonyms");
    let synonyms = if synonyms.is_undefined() || synonyms.is_null() {
        Vec::new()
    } else if Array::is_array(&synonyms) {
        Array::from(&synonyms)
            .iter()
            .map(|s| {
                s.as_string().ok_or_else(|| {
                    wrong(format!(
                        "has a synonym that is {}, not a string",
                        describe(&s)
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?
    } else {
        return Err(wrong(format!(
            "`synonyms` must be an array of strings, not {}",
            describe(&synonyms)
        )));
    };
    Ok(UserTarget {
        name: name.trim().to_string(),
        synonyms,
    })
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

/// The report as the CLI's JSON, parsed by the JS engine: `null` for absent values, plain
/// objects and arrays, and each `f32` as the number the JSON spells (0.7, not the wider
/// 0.699999988…). One serializer (serde_json, which the engine needs for the page's worker
/// anyway) instead of a second one that builds the objects through the JS boundary.
fn to_js(report: &Report) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(report)
        .map_err(|e| js_error("internal", &format!("cannot convert the report: {e}")))?;
    js_sys::JSON::parse(&json)
}
