//! What the fuzz targets share: running the whole pipeline on one input and checking the
//! report with the same invariants as the property tests, so that a malformed report (an
//! offset off a char boundary, a span that does not hold its words, a NaN score that breaks
//! the JSON round trip) fails as loudly as a panic.

#[path = "../../tests/support/invariants.rs"]
mod invariants;

/// A zip archive holding `entries` (name, content), each deflated when `deflate` is set and
/// stored otherwise: a well-formed container, so that the fuzzer's bytes reach the XML reader.
/// The core's own test writer, beside the reader it feeds.
pub use quotelens::analysis::document::zip::testing::write as zip;

/// Analyses `bytes` as a file called `name` and panics when the report breaks an invariant.
pub fn run(name: &str, bytes: &[u8]) {
    if let Err(why) = invariants::analyse_checked(name, bytes) {
        panic!("malformed report for {name}: {why}");
    }
}
