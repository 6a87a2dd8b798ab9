//! The hash maps and sets of the analysis: std's tables with foldhash instead of SipHash,
//! which was a tenth of the profile (names, words and spans are looked up per token). The
//! hasher is seeded per process, like std's, so a hostile file cannot choose colliding keys
//! ahead of time; no output depends on the order of a map.

pub use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
