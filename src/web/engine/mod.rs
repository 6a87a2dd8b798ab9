//! The engine's answers: what the page's worker (`www/worker.js`) or, without a worker, the page
//! itself passes each message to. It reads a file (after checking its size), runs the core on
//! its bytes and gives the documents as JSON or in slices; it keeps them for the stance across
//! documents ([`held`]). Built into the API-only wasm (pkg/), not into the app's (pkg/app/).
//!
//! A panic traps the wasm instance. So that the page can say what went wrong, the engine
//! installs a panic hook that leaves the panic's message in the global `quotelensPanic` before
//! the trap; `www/worker.js` reads it when it reports the crash.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::File;

use super::{refused, slices, unreadable};
use crate::{analyze, Input, Options};

mod held;

/// The engine's answer for one input: `("json", the documents as JSON)`, or, for a large
/// result, `("sliced", its parts)` (see [`slices`]). The engine keeps the documents under the
/// file's `id` for the stance across documents.
fn answer_bytes(id: &JsValue, name: &str, bytes: &[u8]) -> (&'static str, JsValue) {
    let docs = analyze(Input { name, bytes }, &Options::default());
    let answer = if slices::is_large(&docs) {
        ("sliced", slices::slice(&docs))
    } else {
        ("json", slices::docs_json(&docs).into())
    };
    held::hold(id, docs);
    answer
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

/// Analyses one message `{id, name, file | bytes}` and returns `{id, json}`, `{id, sliced}` (a
/// large result, in parts) or `{id, error}`; answers the page's messages about the stance
/// across documents (see [`held`]). Checks a `File`'s size first, then reads it synchronously,
/// which only a worker may do: on the page's own thread the app reads files itself and sends
/// their `bytes`.
///
/// For the crash-recovery tests only, a message with `testPanic: true` makes the core panic
/// instead of analysing. No document can set it: the page never puts it in a message; only a
/// test's own worker script does.
#[wasm_bindgen(js_name = analyseInWorker)]
pub fn analyse_in_worker(message: JsValue) -> JsValue {
    keep_panic_messages();
    if let Some(answer) = held::answer_message(&message) {
        return answer;
    }
    let get = |key: &str| Reflect::get(&message, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let id = get("id");
    let name = get("name").as_string().unwrap_or_else(|| "file".into());
    if get("testPanic").is_truthy() {
        crate::analysis::panic_for_tests(&name);
    }
    let result = if let Some(file) = get("file").dyn_ref::<File>() {
        if let Some(doc) = refused(&name, file) {
            let json = slices::docs_json(std::slice::from_ref(&doc));
            held::hold(&id, vec![doc]);
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
