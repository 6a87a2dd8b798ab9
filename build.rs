//! Packs the two largest word lists for the binary, and the wasm most of all: gzip of the whole
//! module compresses their text less well than a denser form (`analysis::lexicon::packed`
//! unpacks them once, on first use, into the very text the files hold without their comments).
//! - `common_words.txt`, one word a line in sorted order: each line is the length of the prefix
//!   it shares with the line before, then the rest (front coding).
//! - `sentiment_vader.txt`, `weight <tab> words` with each line's words sorted: the weights in
//!   the order of their lines, then every word of the file in sorted order, front coded, then,
//!   one byte a word, the line it belongs to. (A word's neighbours in the alphabet share more
//!   with it than its neighbours of equal weight do.)

use std::fs;
use std::path::Path;

const LISTS: &str = "src/analysis/lexicon";

/// The byte that stands for a shared prefix of `n` bytes (at most [`MAX_PREFIX`]) at the start
/// of a packed line: printable, and never a line break.
fn prefix_byte(n: usize) -> u8 {
    0x20 + n as u8
}
const MAX_PREFIX: usize = 0x5e;

/// The lines `list!` keeps (`analysis::lexicon`): all but the comments, where a comment is a
/// line whose first non-blank is `#` and that is no `## ` heading or `# licence:` line.
fn kept_lines(raw: &str) -> Vec<&str> {
    raw.split_inclusive('\n')
        .filter(|line| {
            let t = line.trim_start();
            !t.starts_with('#') || t.starts_with("## ") || t.starts_with("# licence:")
        })
        .collect()
}

fn shared_prefix(a: &[u8], b: &[u8]) -> usize {
    a.iter()
        .zip(b)
        .take(MAX_PREFIX)
        .take_while(|(x, y)| x == y)
        .count()
}

/// Each line (without its line break) as its shared prefix's byte and the rest, `\n` after each.
fn front_code<'a>(lines: impl Iterator<Item = &'a str>, out: &mut Vec<u8>) {
    let mut previous: &[u8] = b"";
    for line in lines {
        let line = line.as_bytes();
        let shared = shared_prefix(previous, line);
        out.push(prefix_byte(shared));
        out.extend_from_slice(&line[shared..]);
        out.push(b'\n');
        previous = line;
    }
}

/// Header lines (`# licence:`, kept verbatim and counted first), then the front-coded lines.
/// The text must end in a line break and hold no line the packing cannot restore.
fn pack_sorted(raw: &str) -> Vec<u8> {
    let lines = kept_lines(raw);
    let (header, data): (Vec<&str>, Vec<&str>) =
        lines.iter().partition(|l| l.trim_start().starts_with('#'));
    assert!(
        lines.len() == header.len() + data.len()
            && lines[..header.len()] == header[..]
            && data.iter().all(|l| l.ends_with('\n')),
        "common_words.txt: header lines first, then one word a line"
    );
    let mut out = format!("{}\n", header.len()).into_bytes();
    for h in &header {
        out.extend_from_slice(h.as_bytes());
    }
    front_code(data.iter().map(|l| &l[..l.len() - 1]), &mut out);
    out
}

fn pack_grouped(raw: &str) -> Vec<u8> {
    let lines = kept_lines(raw);
    let header: Vec<&str> = lines
        .iter()
        .copied()
        .take_while(|l| l.trim_start().starts_with('#'))
        .collect();
    let mut weights = Vec::new();
    let mut words: Vec<(&str, usize)> = Vec::new();
    for line in &lines[header.len()..] {
        let body = line
            .strip_suffix('\n')
            .expect("sentiment_vader.txt ends in a line break");
        let (weight, list) = body
            .split_once('\t')
            .expect("sentiment_vader.txt: weight <tab> words");
        let line_words: Vec<&str> = list.split(' ').collect();
        assert!(
            !weight.contains(' ')
                && line_words.iter().all(|w| !w.is_empty())
                && line_words.windows(2).all(|p| p[0] < p[1]),
            "sentiment_vader.txt: each line's words sorted, one space apart: {body}"
        );
        words.extend(line_words.iter().map(|w| (*w, weights.len())));
        weights.push(weight);
    }
    assert!(weights.len() < 0x60, "sentiment_vader.txt: too many lines");
    words.sort();
    assert!(
        words.windows(2).all(|p| p[0].0 != p[1].0),
        "sentiment_vader.txt: a word twice"
    );
    let mut out = format!("{}\n", header.len()).into_bytes();
    for h in &header {
        out.extend_from_slice(h.as_bytes());
    }
    out.extend_from_slice(format!("{}\n{}\n", weights.join(" "), words.len()).as_bytes());
    front_code(words.iter().map(|(w, _)| *w), &mut out);
    out.extend(words.iter().map(|(_, line)| 0x20 + *line as u8));
    out
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (file, pack) in [
        ("common_words.txt", pack_sorted as fn(&str) -> Vec<u8>),
        ("sentiment_vader.txt", pack_grouped),
    ] {
        let path = Path::new(LISTS).join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        let raw = fs::read_to_string(&path).expect("a word list");
        fs::write(
            Path::new(&out_dir).join(format!("{file}.packed")),
            pack(&raw),
        )
        .expect("OUT_DIR is writable");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
