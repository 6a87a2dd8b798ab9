//! Time per MB of the whole pipeline as inputs grow: article-like text (the seed articles'
//! paragraphs shuffled, with generated quotations by generated people) and hostile shapes (one
//! endless paragraph, nothing but quotation marks, deeply nested HTML, a name in every line).
//! Linear work shows as a flat ms/MB column; the house rule is that no input costs time out of
//! proportion to its size. A benchmark, not a test: it prints and asserts nothing.
//! `cargo run --release --example scaling_bench -- [MAX_MB]` (default 4).
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;

    use quotelens::{analyze, Input, Options};

    let max_mb: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(4.0);
    let mut paragraphs = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir("tests/fixtures/seeds")
        .expect("run from the repository root")
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(p).unwrap();
        paragraphs.extend(text.split("\n\n").map(str::to_string));
    }
    // A small deterministic generator, so that every run measures the same text.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    const FIRST: [&str; 6] = ["Anna", "Per", "Maria", "Jon", "Kari", "Lars"];
    const LAST: [&str; 6] = ["Berg", "Lund", "Lopez", "Dahl", "Holm", "Okafor"];
    const CUES: [&str; 4] = ["said", "told reporters", "added", "warned"];
    let mut article_like = |bytes: usize| {
        let mut out = String::with_capacity(bytes + 4096);
        while out.len() < bytes {
            if next(3) == 0 {
                let who = format!("{} {}", FIRST[next(6)], LAST[next(6)]);
                let quote = &paragraphs[next(paragraphs.len())];
                let words: String = quote
                    .split_whitespace()
                    .take(25)
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push_str(&format!(
                    "\u{201c}{words},\u{201d} {who} {} on Tuesday.",
                    CUES[next(4)]
                ));
            } else {
                out.push_str(&paragraphs[next(paragraphs.len())]);
            }
            out.push_str("\n\n");
        }
        out
    };
    let endless = |bytes: usize| "the council said that it would ".repeat(bytes / 31 + 1);
    let marks = |bytes: usize| "\u{201c}\"'\u{ab}\u{bb}\u{201d}\u{2019} ".repeat(bytes / 18 + 1);
    let nested = |bytes: usize| {
        let n = bytes / 16;
        format!(
            "<html><body>{}\u{201c}Deep,\u{201d} she said.{}</body></html>",
            "<div><span>".repeat(n / 2),
            "</span></div>".repeat(n / 2)
        )
    };
    let names = |bytes: usize| {
        "Mr. Anna Berg-Lund, the Kremlin spokesman Dmitry Peskov, and Per O'Neill said so.\n"
            .repeat(bytes / 83 + 1)
    };

    println!("{:<14} {:>8} {:>10} {:>8}", "input", "MB", "ms", "ms/MB");
    let mut mb = 0.125;
    while mb <= max_mb {
        let bytes = (mb * 1024.0 * 1024.0) as usize;
        let inputs: [(&str, &str, String); 5] = [
            ("article-like", "a.txt", article_like(bytes)),
            ("endless", "a.txt", endless(bytes)),
            ("marks", "a.txt", marks(bytes)),
            ("nested-html", "a.html", nested(bytes)),
            ("names", "a.txt", names(bytes)),
        ];
        for (what, name, text) in &inputs {
            let started = Instant::now();
            let docs = analyze(
                Input {
                    name,
                    bytes: text.as_bytes(),
                },
                &Options::default(),
            );
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            let size = text.len() as f64 / (1024.0 * 1024.0);
            std::hint::black_box(docs);
            println!("{what:<14} {size:>8.2} {ms:>10.1} {:>8.1}", ms / size);
        }
        mb *= 2.0;
    }
}
