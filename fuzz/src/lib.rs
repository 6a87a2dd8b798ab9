//! What the fuzz targets share: running the whole pipeline on one input and checking the
//! report with the same invariants as the property tests, so that a malformed report (an
//! offset off a char boundary, a span that does not hold its words, a NaN score that breaks
//! the JSON round trip) fails as loudly as a panic.

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use quotelens::{analyze_many, Input, Options, UserTarget};

/// Analyses `bytes` as a file called `name` and panics when the report breaks an invariant.
pub fn run(name: &str, bytes: &[u8]) {
    let options = Options {
        targets: vec![UserTarget {
            name: "ceasefire".into(),
            synonyms: vec!["truce".into()],
        }],
        ..Options::default()
    };
    let report = analyze_many(&[Input { name, bytes }], &options);
    if let Err(why) = invariants::check_report(&report) {
        panic!("malformed report for {name}: {why}");
    }
}

/// The CRC-32 (IEEE) a zip entry carries, so that generated archives pass the reader's check.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip archive holding `entries` (name, content), each deflated when `deflate` is set and
/// stored otherwise: a well-formed container, so that the fuzzer's bytes reach the XML reader.
pub fn zip(entries: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, content) in entries {
        let (method, data) = if deflate {
            (8u16, miniz_oxide::deflate::compress_to_vec(content, 6))
        } else {
            (0u16, content.to_vec())
        };
        let crc = crc32(content);
        let offset = out.len() as u32;
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // version needed
            h.extend(0u16.to_le_bytes()); // flags
            h.extend(method.to_le_bytes());
            h.extend(0u32.to_le_bytes()); // time and date
            h.extend(crc.to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((content.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            if central {
                h.extend(0u16.to_le_bytes()); // comment
                h.extend(0u16.to_le_bytes()); // disk
                h.extend(0u16.to_le_bytes()); // internal attributes
                h.extend(0u32.to_le_bytes()); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(&data);
        directory.extend(header(0x0201_4b50, true));
    }
    let dir_start = out.len() as u32;
    out.extend(&directory);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]); // disk numbers
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((directory.len() as u32).to_le_bytes());
    out.extend(dir_start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}
