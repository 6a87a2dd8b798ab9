//! A large result in slices. The worker cuts a document with a long text or many quotations
//! into small pieces (the text in byte chunks, each list in JSON arrays of [`ITEMS`] items) and
//! sends them one message each (`www/worker.js`), so that no message takes long to receive;
//! the page puts them back together a few at a time, yielding to the browser between tasks, so
//! that reading a 20 MB article's 100,000 quotations never holds the main thread for long. The
//! browser's storage keeps the same pieces, one record each, and a reload reads them back the
//! same way.
//!
//! The shape: an array of pieces `{key, value}` in order. Each document starts with its
//! `head` (its JSON with the text and lists empty), then its `text` pieces (`Uint8Array`s),
//! then its lists' pieces (`set_aside`, `quotes`, `unattributed`, `people`, `stance`: JSON
//! array strings).

use js_sys::{Array, Object, Reflect, Uint8Array};
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::DocumentReport;

/// Items of a list per JSON part: a few milliseconds of parsing each.
pub const ITEMS: usize = 500;
/// Bytes of text per part.
pub const TEXT_BYTES: usize = 1 << 20;
/// A result is sliced when one of its documents is longer than this or has more quotations
/// than [`ITEMS`]; smaller ones travel as one JSON string.
pub const LARGE_TEXT: usize = 256 * 1024;
/// Work done on the page's thread before it yields to the browser.
const BUDGET_MS: f64 = 12.0;

/// True when `docs` should travel in slices.
pub fn is_large(docs: &[DocumentReport]) -> bool {
    docs.iter()
        .any(|d| d.text.len() > LARGE_TEXT || d.quotes.len() > ITEMS || d.stance.len() > ITEMS)
}

fn piece(key: &str, value: &JsValue) -> JsValue {
    let piece = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&piece, &"key".into(), &key.into());
    let _ = Reflect::set(&piece, &"value".into(), value);
    piece.into()
}

fn json_pieces<T: serde::Serialize>(out: &Array, key: &str, items: &[T]) {
    for chunk in items.chunks(ITEMS) {
        // Report types are plain data: serialising them cannot fail.
        let json = serde_json::to_string(chunk).unwrap_or_else(|_| "[]".into());
        out.push(&piece(key, &json.into()));
    }
}

/// Cuts `text` into chunks of about [`TEXT_BYTES`], each ending on a character boundary.
pub fn text_chunks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut end = TEXT_BYTES.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// The worker's side: `docs` as an array of pieces.
pub fn slice(docs: Vec<DocumentReport>) -> JsValue {
    let out = Array::new();
    for mut doc in docs {
        let text = std::mem::take(&mut doc.text);
        let (set_aside, quotes, unattributed, people, stance) = (
            std::mem::take(&mut doc.set_aside),
            std::mem::take(&mut doc.quotes),
            std::mem::take(&mut doc.unattributed),
            std::mem::take(&mut doc.people),
            std::mem::take(&mut doc.stance),
        );
        let head = serde_json::to_string(&doc).unwrap_or_else(|_| "{}".into());
        out.push(&piece("head", &head.into()));
        for chunk in text_chunks(&text) {
            out.push(&piece("text", &Uint8Array::from(chunk.as_bytes())));
        }
        json_pieces(&out, "set_aside", &set_aside);
        json_pieces(&out, "quotes", &quotes);
        json_pieces(&out, "unattributed", &unattributed);
        json_pieces(&out, "people", &people);
        json_pieces(&out, "stance", &stance);
    }
    out.into()
}

/// How many pieces a sliced result has: the unit of the page's progress.
pub fn part_count(sliced: &JsValue) -> usize {
    Array::from(sliced).length() as usize
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Gives the browser its turn once the budget of this task is spent.
struct Pacer {
    since: f64,
}

impl Pacer {
    async fn step(&mut self) {
        if js_sys::Date::now() - self.since >= BUDGET_MS {
            super::next_task().await;
            self.since = js_sys::Date::now();
        }
    }
}

fn parse_list<T: DeserializeOwned>(
    into: &mut Vec<T>,
    part: &JsValue,
    what: &str,
) -> Result<(), String> {
    let json = part
        .as_string()
        .ok_or_else(|| format!("a part of the {what} is not text"))?;
    let items: Vec<T> = serde_json::from_str(&json)
        .map_err(|e| format!("a part of the {what} could not be read: {e}"))?;
    into.extend(items);
    Ok(())
}

/// The page's side: puts a sliced result back together, a few pieces per task; `progress` is
/// told how many pieces are done whenever it yields, and at the end.
pub async fn assemble(
    sliced: &JsValue,
    mut progress: impl FnMut(usize),
) -> Result<Vec<DocumentReport>, String> {
    if !Array::is_array(sliced) {
        return Err("the sliced result is not a list of pieces".into());
    }
    let mut pacer = Pacer {
        since: js_sys::Date::now(),
    };
    let mut docs: Vec<DocumentReport> = Vec::new();
    let mut bytes: Vec<u8> = Vec::new();
    // The text of the document being read is complete once its lists begin.
    let finish_text = |docs: &mut Vec<DocumentReport>, bytes: &mut Vec<u8>| -> Result<(), String> {
        if let Some(doc) = docs.last_mut().filter(|_| !bytes.is_empty()) {
            doc.text = String::from_utf8(std::mem::take(bytes))
                .map_err(|e| format!("the text is not UTF-8: {e}"))?;
        }
        Ok(())
    };
    for (done, piece) in Array::from(sliced).iter().enumerate() {
        let key = get(&piece, "key").as_string().unwrap_or_default();
        let value = get(&piece, "value");
        if key == "head" {
            finish_text(&mut docs, &mut bytes)?;
            let head = value.as_string().ok_or("a document's head is not text")?;
            docs.push(
                serde_json::from_str(&head)
                    .map_err(|e| format!("a document's head could not be read: {e}"))?,
            );
        } else if key == "text" {
            let chunk = value
                .dyn_into::<Uint8Array>()
                .map_err(|_| "a piece of the text is not bytes")?;
            bytes.extend(chunk.to_vec());
        } else {
            finish_text(&mut docs, &mut bytes)?;
            let doc = docs.last_mut().ok_or("a list comes before its document")?;
            match key.as_str() {
                "set_aside" => parse_list(&mut doc.set_aside, &value, &key)?,
                "quotes" => parse_list(&mut doc.quotes, &value, &key)?,
                "unattributed" => parse_list(&mut doc.unattributed, &value, &key)?,
                "people" => parse_list(&mut doc.people, &value, &key)?,
                "stance" => parse_list(&mut doc.stance, &value, &key)?,
                other => return Err(format!("a piece has an unknown key {other:?}")),
            }
        }
        let before = pacer.since;
        pacer.step().await;
        if pacer.since != before {
            progress(done + 1);
        }
    }
    finish_text(&mut docs, &mut bytes)?;
    progress(part_count(sliced));
    Ok(docs)
}
