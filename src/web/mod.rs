//! The wasm shell: the JS API and the Yew app. It converts types and delegates to `analysis`;
//! no rule about quotations or speakers lives here.
//!
//! - [`api`]: `analyze` and `analyzeMany` for JavaScript callers (a CMS, the e2e tests).
//! - [`state`]: the app's one state (the files and what was found in them) and its reducer.
//! - [`components`]: the app component.
//! - [`views`]: the results: file cards, article, speakers, stance and timeline views.
//! - [`input`]: drop zone, file and folder pickers, paste box, samples, progress and Cancel.
//! - [`worker`]: the queue of files and the Web Worker (or main-thread fallback) analysing them.
//! - [`store`]: the analysed files kept in IndexedDB between visits.
//! - [`mount`]: starts the app inside an element of the page.
//!
//! Everything but `api` needs the `app` feature (on by default); the embeddable API-only bundle
//! is built without it.

pub mod api;
#[cfg(feature = "app")]
pub mod components;
#[cfg(feature = "app")]
pub mod input;
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

/// The IndexedDB database the page keeps analysed files in.
#[cfg(feature = "app")]
pub const STORE_NAME: &str = "quotelens";

/// Renders the QuoteLens app into `root`, replacing its placeholder content. `worker` analyses
/// the files off the main thread: any Worker whose script answers messages with
/// `analyseInWorker` (see [`worker`]), or better a function that starts one, which also
/// replaces a worker that crashed; without one (`undefined`/`null`), or if it fails to start,
/// the files are analysed on the main thread.
#[cfg(feature = "app")]
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, worker: JsValue) {
    root.set_inner_html("");
    let props = components::AppProps {
        worker: worker::Workers::from_js(worker),
        store: Some(STORE_NAME.into()),
    };
    yew::Renderer::<components::App>::with_root_and_props(root, props).render();
}
