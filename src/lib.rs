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

// The wasm allocates with talc instead of Rust's default dlmalloc: the analysis makes and drops
// many small strings and vectors, and talc does so in fewer instructions and fewer bytes. The
// wasm is single-threaded (no atomics), which talc's unsynchronised cell requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use analysis::report::*;
pub use analysis::{analyze, analyze_many, report_of, Input, Options, UserTarget};
