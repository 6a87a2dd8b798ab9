//! The wasm shell, in two halves built into two modules. It converts types and delegates to
//! `analysis`; no rule about quotations or speakers lives here.
//!
//! The engine (feature `engine`, the API-only wasm in pkg/, the npm package's):
//! - [`api`]: `analyze` and `analyzeMany` for JavaScript callers (a CMS, the e2e tests).
//! - [`engine`]: `analyseInWorker`, what the page's worker (or, without one, the page itself
//!   through the same module) answers: each file's documents, and the stance across them.
//!
//! The app (feature `app`, pkg/app/): a thin shell that links no analysis, only the report types
//! and the views' logic; everything it shows comes from the engine as serialized values.
//! - [`state`]: the app's one state (the files and what was found in them) and its reducer.
//! - [`components`]: the app component.
//! - [`views`]: the results: file cards, article, speakers, stance and timeline views.
//! - [`input`]: drop zone, file and folder pickers, paste box, samples, progress and Cancel.
//! - [`worker`]: the queue of files and the Web Worker (or main-thread engine) analysing them.
//! - [`store`]: the analysed files kept in IndexedDB between visits.
//! - [`mount`]: starts the app inside an element of the page.
//!
//! Both: [`slices`], a large result in pieces (cut by the engine, put back by the app).
//! The default features build both halves into one module, for the browser tests.

#[cfg(feature = "engine")]
pub mod api;
#[cfg(feature = "app")]
pub mod components;
#[cfg(feature = "engine")]
pub mod engine;
#[cfg(feature = "app")]
pub mod input;
pub mod slices;
#[cfg(feature = "app")]
pub mod state;
#[cfg(feature = "app")]
pub mod store;
#[cfg(feature = "app")]
pub mod views;
#[cfg(feature = "app")]
pub mod worker;

#[cfg(feature = "app")]
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The IndexedDB database the page keeps analysed files in.
#[cfg(feature = "app")]
pub const STORE_NAME: &str = "quotelens";

/// Renders the QuoteLens app into `root`, replacing its placeholder content. `worker` analyses
/// the files off the main thread: any Worker whose script answers messages with the engine's
/// `analyseInWorker` (see [`worker`]), or better a function that starts one, which also
/// replaces a worker that crashed. Without one (`undefined`/`null`), or if it fails to start,
/// the files are analysed on the main thread by `here`: a function `(message) => answer` (or a
/// promise of it) that answers as `analyseInWorker` does, such as the engine module loaded on
/// the page (`www/main.js`).
#[cfg(feature = "app")]
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, worker: JsValue, here: JsValue) {
    root.set_inner_html("");
    let props = components::AppProps {
        worker: worker::Workers::from_js(worker),
        here: here.dyn_into::<js_sys::Function>().ok(),
        store: Some(STORE_NAME.into()),
    };
    yew::Renderer::<components::App>::with_root_and_props(root, props).render();
}

/// A file's message for a file the browser could not read.
pub fn unreadable(name: &str, error: &wasm_bindgen::JsValue) -> String {
    let why = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown reason".into());
    format!("{name} could not be read by the browser: {why}")
}

/// The core's error document for a file that is empty or over the size limit, found by its size
/// alone so that an 80 MB file is never read. Asking a `File` its size can take a trip to the
/// disk, which is why this runs when the file's turn comes (in the worker, or on the page
/// without one).
pub fn refused(name: &str, file: &web_sys::File) -> Option<crate::DocumentReport> {
    crate::analysis::refuse_by_size(name, file.size() as u64, &crate::Options::default())
}
