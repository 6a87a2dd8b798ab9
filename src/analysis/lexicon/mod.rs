//! Word lists used by the analysis, as data files included at compile time.
//! Each list's licence is named in its file header and in the README.
