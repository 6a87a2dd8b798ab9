//! The wasm shell: the JS API and the Yew app. It converts types and delegates to `analysis`;
//! no rule about quotations or speakers lives here.
//!
//! - [`api`]: `analyze` and `analyzeMany` for JavaScript callers (a CMS, the e2e tests).
//! - [`state`]: the app's one state (the files and what was found in them) and its reducer.
//! - [`components`]: the app component and its drop zone.
//! - [`views`]: the results: file cards, article, speakers, stance and timeline views.
//! - [`mount`]: starts the app inside an element of the page.

pub mod api;
pub mod components;
pub mod state;
pub mod views;

use wasm_bindgen::prelude::*;

/// Renders the QuoteLens app into `root`, replacing its placeholder content.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    root.set_inner_html("");
    yew::Renderer::<components::App>::with_root(root).render();
}
