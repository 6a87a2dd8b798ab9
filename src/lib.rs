//! QuoteLens: finds the quotations in news articles, who said them, and who is for or against what.
//!
//! The public API is [`analyze`] (one input file) and [`analyze_many`] (a batch, with the
//! cross-document stance matrix). All the analysis lives in [`analysis`]; the wasm shell in
//! `web` (wasm32 only) converts types and delegates.

pub mod analysis;
// Timed pipeline and scaling benchmark for `quotelens bench` (a native clock, and generators that
// encode with encoding_rs, a native dependency only).
#[cfg(not(target_arch = "wasm32"))]
pub mod bench;
#[cfg(target_arch = "wasm32")]
pub mod web;
// The web views' pure logic (filters, CSV, highlighting, the stance across documents) needs no
// browser: compiled natively as well so that `cargo test` covers it. In wasm the views reach it
// as `web::views::logic`, and the worker's engine uses its `CorpusStance`.
#[path = "web/views/logic/mod.rs"]
pub mod view_logic;

pub use analysis::report::*;
pub use analysis::{analyze, analyze_many, report_of, Input, Options, UserTarget};
