//! The worker's side of the analysis, and what both sides share: reading a file (after
//! checking its size) and running the core on its bytes, giving the documents as JSON.
//!
//! A panic traps the wasm instance. So that the page can say what went wrong, the worker's side
//! installs a panic hook that leaves the panic's message in the worker's global
//! `quotelensPanic` before the trap; `www/worker.js` reads it when it reports the crash.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::File;

use super::{slices, stance};
use crate::analysis::refuse_by_size;
use crate::{analyze, DocumentReport, Input, Options};

/// The core's error document (as JSON) for a file that is empty or over the size limit, found
/// by its size alone so that an 80 MB file is never read. Asking a `File` its size can take a
/// trip to the disk, which is why this runs when the file's turn comes, in the worker.
pub(super) fn refused(name: &str, file: &File) -> Option<String> {
    refuse_by_size(name, file.size() as u64, &Options::default()).map(|doc| to_json(&[doc]))
}

/// The core's documents for one input, as the JSON that crosses to the page and is stored.
pub(super) fn analyse_bytes(name: &str, bytes: &[u8]) -> String {
    to_json(&analyze(Input { name, bytes }, &Options::default()))
}

/// The worker's answer for one input: `("json", the documents as JSON)`, or, for a large
/// result, `("sliced", its parts)` (see [`super::slices`]). The worker keeps the documents
/// under the file's `id` for the stance across documents.
fn answer_bytes(id: &JsValue, name: &str, bytes: &[u8]) -> (&'static str, JsValue) {
    let docs = analyze(Input { name, bytes }, &Options::default());
    let answer = if slices::is_large(&docs) {
        ("sliced", slices::slice(&docs))
    } else {
        ("json", to_json(&docs).into())
    };
    stance::hold(id, docs);
    answer
}

pub(super) fn to_json(docs: &[DocumentReport]) -> String {
    // Report types are plain data: serialising them cannot fail.
    serde_json::to_string(docs).unwrap_or_else(|_| "[]".into())
}

pub(super) fn unreadable(name: &str, error: &JsValue) -> String {
    let why = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown reason".into());
    format!("{name} could not be read by the browser: {why}")
}

pub(super) async fn read_file(file: &File) -> Result<Vec<u8>, JsValue> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The global a panic's message is left in, for `www/worker.js` to report.
const PANIC_GLOBAL: &str = "quotelensPanic";

/// Installs (once) the hook that leaves a panic's message in [`PANIC_GLOBAL`].
fn keep_panic_messages() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        // The hook before this one (a test runner's, say) still runs.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = Reflect::set(
                &js_sys::global(),
                &PANIC_GLOBAL.into(),
                &info.to_string().into(),
            );
            previous(info);
        }));
    });
}

/// The worker's side: analyses one message `{id, name, file | bytes}` and returns `{id, json}`,
/// `{id, sliced}` (a large result, in parts) or `{id, error}`; answers the page's messages
/// about the stance across documents (see [`super::stance`]). Checks a `File`'s size first, then reads it synchronously, which only a
/// worker may do.
///
/// For the crash-recovery tests only, a message with `testPanic: true` makes the core panic
/// instead of analysing. No document can set it: the page never puts it in a message; only a
/// test's own worker script does.
#[wasm_bindgen(js_name = analyseInWorker)]
pub fn analyse_in_worker(message: JsValue) -> JsValue {
    keep_panic_messages();
    if let Some(answer) = stance::answer_message(&message) {
        return answer;
    }
    let get = |key: &str| Reflect::get(&message, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let id = get("id");
    let name = get("name").as_string().unwrap_or_else(|| "file".into());
    if get("testPanic").is_truthy() {
        crate::analysis::panic_for_tests(&name);
    }
    let result = if let Some(file) = get("file").dyn_ref::<File>() {
        if let Some(json) = refused(&name, file) {
            let docs: Vec<DocumentReport> = serde_json::from_str(&json).unwrap_or_default();
            stance::hold(&id, docs);
            Ok(("json", json.into()))
        } else {
            web_sys::FileReaderSync::new()
                .and_then(|reader| reader.read_as_array_buffer(file))
                .map(|buffer| answer_bytes(&id, &name, &Uint8Array::new(&buffer).to_vec()))
                .map_err(|e| unreadable(&name, &e))
        }
    } else if let Some(bytes) = get("bytes").dyn_ref::<Uint8Array>() {
        Ok(answer_bytes(&id, &name, &bytes.to_vec()))
    } else {
        Err(format!(
            "{name}: the message holds neither a file nor bytes"
        ))
    };
    let answer = js_sys::Object::new();
    let _ = Reflect::set(&answer, &"id".into(), &id);
    let _ = match result {
        Ok((key, value)) => Reflect::set(&answer, &key.into(), &value),
        Err(error) => Reflect::set(&answer, &"error".into(), &error.into()),
    };
    answer.into()
}
