//! The wasm shell: the JS API and the Yew app. It converts types and delegates to `analysis`;
//! no rule about quotations or speakers lives here.
//!
//! - [`api`]: `analyze` and `analyzeMany` for JavaScript callers (a CMS, the e2e tests).
//! - [`state`]: the app's one state (the files and what was found in them) and its reducer.
//! - [`components`]: the app component and its drop zone.
//! - [`views`]: the results: file cards, article, speakers, stance and timeline views.
//! - [`mount`]: starts the app inside an element of the page.
//!
//! Everything but `api` needs the `app` feature (on by default); the embeddable API-only bundle
//! is built without it.

pub mod api;
#[cfg(feature = "app")]
pub mod components;
#[cfg(feature = "app")]
pub mod state;
#[cfg(feature = "app")]
pub mod views;

#[cfg(feature = "app")]
use wasm_bindgen::prelude::*;

/// Renders the QuoteLens app into `root`, replacing its placeholder content.
#[cfg(feature = "app")]
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    root.set_inner_html("");
    yew::Renderer::<components::App>::with_root(root).render();
}
