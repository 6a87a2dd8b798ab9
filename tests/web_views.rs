//! Browser tests of the results views, run by `wasm-pack test --headless` in Chromium and
//! Firefox: the Article view highlights every quotation of a real report and survives offsets
//! that fall inside characters; the Stance view opens a cell's evidence; the Speakers view
//! shows a speaker's role and stance chips; a topic line opens its evidence, and the Article
//! view marks that passage.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use quotelens::web::views::article::{Article, ArticleProps};
use quotelens::web::views::logic::corpus::Corpus;
use quotelens::web::views::logic::filters::{visible_quotes, Filters};
use quotelens::web::views::speakers::{Speakers, SpeakersProps};
use quotelens::web::views::stance::{Stance, StanceProps};
use quotelens::{analyze, DocumentReport, Input, Options, Quote, QuoteKind};
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::Callback;

mod web_support;
use web_support::{all, host, shown};

wasm_bindgen_test_configure!(run_in_browser);

const SEEDS: [(&str, &str); 2] = [
    (
        "000.txt",
        include_str!("fixtures/seeds/000_d2c38d9ee408bbd1.txt"),
    ),
    (
        "001.txt",
        include_str!("fixtures/seeds/001_bdbef122728239ac.txt"),
    ),
];

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn corpus(docs: Vec<DocumentReport>) -> Rc<Corpus> {
    Rc::new(Corpus::computed(docs.into_iter().map(Rc::new).collect()))
}

fn seeds() -> Rc<Corpus> {
    corpus(
        SEEDS
            .iter()
            .flat_map(|(name, text)| {
                analyze(
                    Input {
                        name,
                        bytes: text.as_bytes(),
                    },
                    &Options::default(),
                )
            })
            .collect(),
    )
}

async fn render_article(corpus: Rc<Corpus>, doc: usize) -> Element {
    render_article_at(corpus, doc, None).await
}

async fn render_article_at(
    corpus: Rc<Corpus>,
    doc: usize,
    focus: Option<(usize, usize)>,
) -> Element {
    let root = host();
    let visible = Rc::new(visible_quotes(&corpus, &Filters::default()));
    let props = ArticleProps {
        corpus,
        visible,
        doc: Some(doc),
        focus,
        on_doc: Callback::noop(),
    };
    yew::Renderer::<Article>::with_root_and_props(root.clone(), props).render();
    shown(&root, "[data-testid=article-text]").await;
    root
}

#[wasm_bindgen_test]
async fn article_highlights_every_quotation_of_a_real_report() {
    let corpus = seeds();
    let root = render_article(corpus.clone(), 1).await;
    let doc = &corpus.docs[1];
    let article = &all(&root, "[data-testid=article-text]")[0];
    assert_eq!(text(article), doc.text, "the cleaned text, all of it");
    let marks = all(&root, "[data-testid=hl]");
    assert_eq!(marks.len(), doc.quotes.len());
    let peace = marks
        .iter()
        .find(|m| text(m).starts_with("We are working on peace"))
        .expect("Peskov's quotation is highlighted");
    assert_eq!(
        peace.get_attribute("data-speaker").as_deref(),
        Some("Dmitry Peskov")
    );
    assert_eq!(peace.get_attribute("tabindex").as_deref(), Some("0"));
}

#[wasm_bindgen_test]
async fn article_survives_offsets_inside_characters_and_past_the_end() {
    let quote = |id: &str, start, end| Quote {
        id: id.into(),
        text: String::new(),
        kind: QuoteKind::Direct,
        start,
        end,
        speaker: None,
        cue: None,
        mention: None,
        confidence: 1.0,
    };
    let doc = DocumentReport {
        name: "odd.txt".into(),
        text: "Пески: «мир», — сказал он.".into(),
        quotes: vec![
            quote("q1", 3, 17),
            quote("q2", 15, 9_999),
            quote("q3", 400, 2),
        ],
        ..DocumentReport::default()
    };
    let root = render_article(corpus(vec![doc.clone()]), 0).await;
    assert_eq!(text(&all(&root, "[data-testid=article-text]")[0]), doc.text);
    assert!(!all(&root, "[data-testid=hl]").is_empty());
}

#[wasm_bindgen_test]
async fn stance_cell_shows_its_evidence() {
    let corpus = seeds();
    let cell = corpus
        .matrix()
        .iter()
        .position(|c| c.speaker == "Dmitry Peskov" && c.target == "ceasefire")
        .expect("Peskov on a ceasefire");
    let root = host();
    let props = StanceProps {
        corpus: corpus.clone(),
        filters: Filters::default(),
        selected: Some(cell),
        on_select: Callback::noop(),
        on_open: Callback::noop(),
    };
    yew::Renderer::<Stance>::with_root_and_props(root.clone(), props).render();
    shown(&root, "[data-testid=evidence]").await;
    let quotes: Vec<String> = all(&root, "[data-testid=evidence-quote]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(quotes.len(), corpus.matrix()[cell].evidence.len());
    assert!(quotes
        .iter()
        .any(|q| q.starts_with("We are working on peace")));
    let pressed: Vec<Element> = all(&root, "[data-testid=cell][aria-pressed=true]");
    assert_eq!(pressed.len(), 1);
    assert_eq!(
        pressed[0].get_attribute("data-target").as_deref(),
        Some("ceasefire")
    );
}

#[wasm_bindgen_test]
async fn speakers_show_role_and_stance_chips() {
    let corpus = seeds();
    let root = host();
    let props = SpeakersProps {
        visible: Rc::new(visible_quotes(&corpus, &Filters::default())),
        corpus,
        filters: Filters::default(),
    };
    yew::Renderer::<Speakers>::with_root_and_props(root.clone(), props).render();
    shown(&root, "[data-testid=speaker-row]").await;
    let first = &all(&root, "[data-testid=speaker-row]")[0];
    assert_eq!(
        text(&all(first, "[data-testid=speaker-row-name]")[0]),
        "Dmitry Peskov"
    );
    let chips: Vec<String> = all(first, "[data-testid=stance-chip]")
        .iter()
        .map(text)
        .collect();
    assert!(
        chips.iter().any(|c| c == "▼ against ceasefire"),
        "{chips:?}"
    );
}

#[wasm_bindgen_test]
async fn a_topic_line_opens_its_evidence_and_the_article_marks_it() {
    use std::cell::RefCell;
    let corpus = seeds();
    let opened: Rc<RefCell<Option<(usize, usize, usize)>>> = Rc::default();
    let root = host();
    let props = StanceProps {
        corpus: corpus.clone(),
        filters: Filters::default(),
        selected: None,
        on_select: Callback::noop(),
        on_open: {
            let opened = opened.clone();
            Callback::from(move |at| *opened.borrow_mut() = Some(at))
        },
    };
    yew::Renderer::<Stance>::with_root_and_props(root.clone(), props).render();
    shown(&root, "[data-testid=topic-line]").await;
    let lines = all(&root, "[data-testid=topic-line]");
    let peskov = lines
        .iter()
        .find(|l| {
            l.get_attribute("data-speaker").as_deref() == Some("Dmitry Peskov")
                && l.get_attribute("data-stance").as_deref() == Some("against")
        })
        .expect("a line with Peskov against something");
    let button: web_sys::HtmlElement =
        wasm_bindgen::JsCast::dyn_into(all(peskov, "[data-testid=topic-open]")[0].clone()).unwrap();
    button.click();
    let (d, start, end) = opened
        .borrow()
        .expect("the line asked to open its evidence");
    let evidence = text(&all(peskov, "[data-testid=topic-evidence]")[0]);
    let passage = &corpus.docs[d].text[start..end];
    assert_eq!(evidence, passage, "the line quotes the passage it opens");

    let article = render_article_at(corpus.clone(), d, Some((start, end))).await;
    let marked = all(&article, "[data-testid=focus]");
    assert_eq!(marked.len(), 1);
    assert_eq!(text(&marked[0]), passage);
    assert_eq!(
        text(&all(&article, "[data-testid=article-text]")[0]),
        corpus.docs[d].text
    );
}
