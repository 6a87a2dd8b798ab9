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
    fs::write(Path::new(&out_dir).join("case_tables.rs"), case_tables())
        .expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
}

/// Lower-case facts of every character, as this compiler's standard library has them, for
/// `analysis::chars` (so the wasm carries them in a denser form than core's
/// `LOWERCASE_TABLE`, 11 KB raw; the tests there compare every character with `std` again):
/// - `LOWER_RUNS`: `(head, delta)` for each run of characters whose lower case is one other
///   character at the same distance `delta`, the run's characters one or two apart: `head` is
///   the first character, its length (bits 21 to 30) and whether they are two apart (bit 31).
///   "İ", the one character with a longer lower case, is left to the reader.
/// - `CASE_IGNORABLE`: where Unicode's Case_Ignorable property turns on and off, in order, as
///   `str::to_lowercase` reads it for a final sigma.
/// - `CASED_OTHERWISE`: the characters (not case-ignorable) whose Cased property differs from
///   `is_lowercase() || is_uppercase()` (the title-case letters).
fn case_tables() -> String {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new(); // start, len, stride, delta
    let mut ignorable = Vec::new();
    let mut otherwise = Vec::new();
    let mut was_ignorable = false;
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let lower: Vec<char> = c.to_lowercase().collect();
        if lower.len() > 1 {
            assert_eq!((c, lower.as_slice()), ('İ', &['i', '\u{307}'][..]));
        } else if lower[0] != c {
            let (i, delta) = (c as u32, lower[0] as i64 - c as i64);
            match runs.last_mut() {
                Some(r) if r.3 == delta && r.1 == 1 && (i - r.0 == 1 || i - r.0 == 2) => {
                    r.2 = i - r.0;
                    r.1 = 2;
                }
                Some(r) if r.3 == delta && i == r.0 + r.1 * r.2 && r.1 < 1023 => r.1 += 1,
                _ => runs.push((i, 1, 1, delta)),
            }
        }
        // "A", c, capital sigma: a final sigma unless c is neither ignorable nor cased; capital
        // sigma, c: a final sigma unless c is cased and not ignorable. Both: c is ignorable.
        let is_final = |s: String| s.to_lowercase().ends_with('ς');
        let before = is_final(format!("A{c}Σ"));
        let ignored = before && format!("AΣ{c}").to_lowercase().starts_with("aς");
        if ignored != was_ignorable {
            ignorable.push(c as u32);
            was_ignorable = ignored;
        }
        if !ignored && is_final(format!("{c}Σ")) != (c.is_lowercase() || c.is_uppercase()) {
            otherwise.push(c as u32);
        }
    }
    let mut out = String::new();
    let list = |v: &[String]| v.join(", ");
    let runs: Vec<String> = runs
        .iter()
        .map(|&(start, len, stride, delta)| {
            let head = start | len << 21 | u32::from(stride == 2) << 31;
            format!("({head:#x}, {})", delta as i32)
        })
        .collect();
    let hex = |v: &[u32]| v.iter().map(|x| format!("{x:#x}")).collect::<Vec<_>>();
    out += &format!(
        "const LOWER_RUNS: [(u32, i32); {}] = [{}];\n",
        runs.len(),
        list(&runs)
    );
    out += &format!(
        "const CASE_IGNORABLE: [u32; {}] = [{}];\n",
        ignorable.len(),
        list(&hex(&ignorable))
    );
    out += &format!(
        "const CASED_OTHERWISE: [u32; {}] = [{}];\n",
        otherwise.len(),
        list(&hex(&otherwise))
    );
    out
}
