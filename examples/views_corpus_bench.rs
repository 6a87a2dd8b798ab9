//! Times building the views' corpus, its stance matrix and summaries (computed on first use) and
//! the filter pass for a batch of documents: the seed articles repeated to N documents.
//! `cargo run --release --example views_corpus_bench -- 500`
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::rc::Rc;
    use std::time::Instant;

    use quotelens::view_logic::corpus::Corpus;
    use quotelens::view_logic::filters::{visible_quotes, Filters};
    use quotelens::{analyze, Input, Options};

    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(500);
    let dir = std::path::Path::new("tests/fixtures/seeds");
    let mut texts: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    texts.sort();
    let docs: Vec<_> = (0..n)
        .flat_map(|i| {
            let name = format!("{i:04}.txt");
            analyze(
                Input {
                    name: &name,
                    bytes: &texts[i % texts.len()],
                },
                &Options::default(),
            )
        })
        .map(Rc::new)
        .collect();
    let t = Instant::now();
    let corpus = Corpus::new(docs);
    let built = t.elapsed();
    let t = Instant::now();
    let cells = corpus.matrix().len();
    let matrix = t.elapsed();
    let t = Instant::now();
    let visible = visible_quotes(
        &corpus,
        &Filters {
            text: "peace".into(),
            ..Filters::default()
        },
    );
    let filtered = t.elapsed();
    println!(
        "{n} documents: corpus {:.1} ms, stance matrix ({cells} cells) {:.1} ms, text filter {:.1} ms ({} quotes pass)",
        built.as_secs_f64() * 1e3,
        matrix.as_secs_f64() * 1e3,
        filtered.as_secs_f64() * 1e3,
        visible.iter().map(Vec::len).sum::<usize>()
    );
}
