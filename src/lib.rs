//! QuoteLens: finds the quotations in news articles, who said them, and who is for or against what.
//!
//! The public API is [`analyze`] (one input file) and [`analyze_many`] (a batch, with the
//! cross-document stance matrix). All the analysis lives in [`analysis`]; the wasm shell in
//! `web` (wasm32 only) converts types and delegates.

pub mod analysis;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use analysis::report::*;
pub use analysis::{analyze, analyze_many, Input, Options, UserTarget};
