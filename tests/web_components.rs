//! Browser tests of the Yew app, run by `wasm-pack test --headless` in Chromium and Firefox:
//! the components render a report as the page promises, and the App takes files through a real
//! drop event and through the file picker, one bad file among good ones.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use js_sys::{Array, Uint8Array};
use quotelens::web::components::{
    App, DocumentView, DocumentViewProps, FileCard, FileCardProps, QuoteItem, QuoteItemProps,
};
use quotelens::web::state::{FileEntry, FileStatus};
use quotelens::{analyze, DocumentReport, Input, Options, Quote, QuoteKind, Speaker};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    DataTransfer, DragEvent, DragEventInit, Element, File, HtmlElement, HtmlInputElement,
};

mod web_support;
use web_support::{all, host, one, shown, until};

wasm_bindgen_test_configure!(run_in_browser);

const SEED_000: &str = include_str!("fixtures/seeds/000_d2c38d9ee408bbd1.txt");
const SEED_001: &str = include_str!("fixtures/seeds/001_bdbef122728239ac.txt");

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

fn analysed(name: &str, content: &str) -> DocumentReport {
    analysed_bytes(name, content.as_bytes())
}

fn analysed_bytes(name: &str, bytes: &[u8]) -> DocumentReport {
    let mut docs = analyze(Input { name, bytes }, &Options::default());
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

fn quote(speaker: Option<Speaker>) -> Quote {
    Quote {
        id: "q1".into(),
        text: "We are working on peace, not on a ceasefire".into(),
        kind: QuoteKind::Partial,
        start: 0,
        end: 43,
        speaker,
        cue: None,
        mention: None,
        confidence: 0.9,
    }
}

#[wasm_bindgen_test]
async fn quote_item_shows_kind_words_speaker_and_role() {
    let root = host();
    let speaker = Speaker {
        name: "Dmitry Peskov".into(),
        aliases: vec!["Peskov".into()],
        role: Some("Kremlin spokesman".into()),
        person: Some(0),
    };
    let props = QuoteItemProps {
        quote: quote(Some(speaker)),
    };
    yew::Renderer::<QuoteItem>::with_root_and_props(root.clone(), props).render();
    shown(&root, "[data-testid=quote]").await;

    let item = one(&root, "[data-testid=quote]");
    assert_eq!(item.get_attribute("data-kind").as_deref(), Some("partial"));
    assert_eq!(text(&one(&root, "[data-testid=quote-kind]")), "partial");
    let words = one(&root, "[data-testid=quote-text]");
    assert_eq!(words.tag_name(), "Q");
    assert_eq!(text(&words), "We are working on peace, not on a ceasefire");
    assert_eq!(
        text(&one(&root, "[data-testid=speaker-name]")),
        "Dmitry Peskov"
    );
    assert_eq!(
        text(&one(&root, "[data-testid=speaker-role]")),
        "Kremlin spokesman"
    );
}

#[wasm_bindgen_test]
async fn quote_item_without_speaker_says_so() {
    let root = host();
    let props = QuoteItemProps { quote: quote(None) };
    yew::Renderer::<QuoteItem>::with_root_and_props(root.clone(), props).render();
    shown(&root, "[data-testid=quote]").await;

    assert!(text(&one(&root, "[data-testid=quote-speaker]")).contains("speaker not found"));
    assert!(all(&root, "[data-testid=speaker-name]").is_empty());
}

#[wasm_bindgen_test]
async fn reported_speech_is_not_put_in_quotation_marks() {
    let root = host();
    let mut reported = quote(None);
    reported.kind = QuoteKind::Indirect;
    reported.text = "Russia is working on peace, not a ceasefire".into();
    let props = QuoteItemProps { quote: reported };
    yew::Renderer::<QuoteItem>::with_root_and_props(root.clone(), props).render();
    shown(&root, "[data-testid=quote]").await;

    assert_eq!(text(&one(&root, "[data-testid=quote-kind]")), "indirect");
    let words = one(&root, "[data-testid=quote-text]");
    assert_eq!(words.tag_name(), "P");
    assert_eq!(text(&words), "Russia is working on peace, not a ceasefire");
    assert!(all(&root, "q").is_empty());
}

/// Renders one document's view and waits for it.
async fn render_document(doc: DocumentReport) -> Element {
    let root = host();
    let props = DocumentViewProps {
        doc: Rc::new(doc),
        show_name: false,
        visible: None,
    };
    yew::Renderer::<DocumentView>::with_root_and_props(root.clone(), props).render();
    shown(&root, "[data-testid=document]").await;
    root
}

#[wasm_bindgen_test]
async fn document_view_renders_every_quote_of_a_real_report() {
    let doc = analysed("001.txt", SEED_001);
    assert!(!doc.quotes.is_empty(), "the seed has quotations");
    let root = render_document(doc.clone()).await;

    assert_eq!(
        text(&one(&root, "[data-testid=headline]")),
        doc.headline.as_deref().unwrap()
    );
    let shown: Vec<String> = all(&root, "[data-testid=quote-text]")
        .iter()
        .map(text)
        .collect();
    let found: Vec<String> = doc
        .quotes
        .iter()
        .map(|q| q.text.trim().to_string())
        .collect();
    assert_eq!(shown, found);
    let kinds: Vec<String> = all(&root, "[data-testid=quote-kind]")
        .iter()
        .map(text)
        .collect();
    assert!(kinds
        .iter()
        .all(|k| ["direct", "partial", "indirect"].contains(&k.as_str())));
    assert!(all(&root, "[data-testid=file-error]").is_empty());
}

#[wasm_bindgen_test]
async fn document_view_shows_the_core_error_instead_of_quotes() {
    let doc = analysed("blank.txt", "");
    let error = doc.error.clone().expect("an empty file is an error");
    let root = render_document(doc).await;

    let shown = one(&root, "[data-testid=file-error]");
    assert_eq!(shown.get_attribute("data-code"), Some(error.code));
    assert_eq!(shown.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(text(&shown), error.message);
    assert!(all(&root, "[data-testid=headline]").is_empty());
}

/// Renders the card of a file as the App shows it once the core has analysed the bytes.
async fn render_card(name: &str, bytes: &[u8]) -> Element {
    let docs = analyze(Input { name, bytes }, &Options::default());
    let entry = FileEntry {
        id: 1,
        name: name.into(),
        status: FileStatus::Analysed(docs.into_iter().map(Rc::new).collect()),
    };
    let root = host();
    yew::Renderer::<FileCard>::with_root_and_props(
        root.clone(),
        FileCardProps {
            entry,
            visible: Vec::new(),
        },
    )
    .render();
    shown(&root, "[data-testid=document]").await;
    root
}

#[wasm_bindgen_test]
async fn file_card_shows_the_format_and_encoding_the_core_read_it_with() {
    let root = render_card(
        "cp1251.txt",
        include_bytes!("fixtures/documents/cp1251.txt"),
    )
    .await;
    let format = one(&root, "[data-testid=file-format]");
    assert_eq!(text(&format), "Plain text");
    assert_eq!(format.get_attribute("data-format").as_deref(), Some("text"));
    assert_eq!(
        text(&one(&root, "[data-testid=file-encoding]")),
        "windows-1251"
    );
    // A description list, so screen readers announce each value with its term.
    let terms: Vec<String> = all(&root, "[data-testid=file-info] dt")
        .iter()
        .map(text)
        .collect();
    assert_eq!(terms, ["Format", "Text encoding"]);
    assert_eq!(
        text(&one(&root, "[data-testid=headline]")),
        "Мэрия обещает новый мост к осени"
    );
}

#[wasm_bindgen_test]
async fn file_card_names_an_export_format_once_and_an_unreadable_file_none() {
    let root = render_card(
        "export.jsonl",
        include_bytes!("fixtures/documents/export.jsonl"),
    )
    .await;
    assert_eq!(all(&root, "[data-testid=document]").len(), 3);
    assert_eq!(text(&one(&root, "[data-testid=file-format]")), "JSON");
    assert_eq!(text(&one(&root, "[data-testid=file-encoding]")), "UTF-8");
    let names: Vec<String> = all(&root, "[data-testid=document-name]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        names,
        ["export.jsonl#1", "export.jsonl#2", "export.jsonl#4"]
    );

    let root = render_card("doc.pdf", include_bytes!("fixtures/documents/doc.pdf")).await;
    let error = one(&root, "[data-testid=file-error]");
    assert_eq!(
        error.get_attribute("data-code").as_deref(),
        Some("unsupported")
    );
    assert!(all(&root, "[data-testid=file-info]").is_empty());
}

#[wasm_bindgen_test]
async fn document_view_shows_the_core_notes_and_words_it_attributes_to_no_one() {
    // A file in a legacy encoding (the core notes it) whose only quoted words are scare quotes.
    let mut bytes =
        b"Council opens the corridor\n\nThe so-called \"green corridor\" opens in May. The caf"
            .to_vec();
    bytes.extend([0xe9, b's', b' ', b's', b't', b'a', b'y', b'.']);
    let doc = analysed_bytes("corridor.txt", &bytes);
    assert!(doc.quotes.is_empty() && !doc.warnings.is_empty(), "{doc:?}");
    let root = render_document(doc.clone()).await;

    let notes: Vec<String> = all(&root, "[data-testid=warning]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(notes.len(), doc.warnings.len());
    assert_eq!(notes[0], format!("Note: {}", doc.warnings[0]));
    assert!(notes[0].contains("not UTF-8"));
    // In quotation marks, but neither counted nor shown as anyone's quotation.
    let words = all(&root, "[data-testid=unattributed-text]");
    assert_eq!(words.len(), 1);
    assert_eq!(words[0].tag_name(), "Q");
    assert_eq!(text(&words[0]), "green corridor");
    assert!(all(&root, "[data-testid=quote]").is_empty());
    assert!(all(&root, "[data-testid=speaker-name]").is_empty());
    assert_eq!(
        text(&one(&root, "[data-testid=no-quotes]")),
        "No quotations found."
    );
}

fn file(name: &str, content: &str) -> File {
    let parts = Array::of1(&Uint8Array::from(content.as_bytes()));
    File::new_with_u8_array_sequence(&parts, name).unwrap()
}

/// Three files, the middle one empty.
fn transfer() -> DataTransfer {
    let dt = DataTransfer::new().unwrap();
    for f in [
        file("000.txt", SEED_000),
        file("empty.txt", ""),
        file("001.txt", SEED_001),
    ] {
        dt.items().add_with_file(&f).unwrap();
    }
    dt
}

/// Waits for the three files of [`transfer`] and checks what the App shows for each.
async fn assert_three_files_shown(root: &Element) {
    until("three analysed files", || {
        let cards = all(root, "[data-testid=file]");
        cards.len() == 3
            && cards
                .iter()
                .all(|c| c.get_attribute("aria-busy").as_deref() == Some("false"))
    })
    .await;
    let cards = all(root, "[data-testid=file]");
    let names: Vec<String> = cards
        .iter()
        .map(|c| text(&one(c, "[data-testid=file-name]")))
        .collect();
    assert_eq!(names, ["000.txt", "empty.txt", "001.txt"]);

    for good in [&cards[0], &cards[2]] {
        assert!(
            !all(good, "[data-testid=quote]").is_empty(),
            "{} shows quotes",
            text(good)
        );
        assert!(all(good, "[data-testid=file-error]").is_empty());
    }
    let error = one(&cards[1], "[data-testid=file-error]");
    assert_eq!(error.get_attribute("data-code").as_deref(), Some("empty"));
    assert!(text(&error).contains("empty.txt"));
    assert!(all(&cards[1], "[data-testid=quote]").is_empty());

    let quotes: Vec<String> = all(&cards[2], "[data-testid=quote-text]")
        .iter()
        .map(text)
        .collect();
    assert!(
        quotes
            .iter()
            .any(|q| q.contains("We are working on peace, not on a ceasefire")),
        "{quotes:?}"
    );
    assert!(text(&one(root, "[data-testid=summary]")).starts_with("3 files"));
}

#[wasm_bindgen_test]
async fn app_analyses_dropped_files_and_keeps_a_bad_one_apart() {
    let root = host();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    shown(&root, "[data-testid=drop-zone]").await;

    let init = DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&transfer()));
    let drop = DragEvent::new_with_event_init_dict("drop", &init).unwrap();
    one(&root, "[data-testid=drop-zone]")
        .dispatch_event(&drop)
        .unwrap();
    // The app takes the drop, so the browser does not open the file instead.
    assert!(drop.default_prevented());

    assert_three_files_shown(&root).await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn app_analyses_picked_files_and_clears_them() {
    let root = host();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    shown(&root, "[data-testid=file-input]").await;

    let input: HtmlInputElement = one(&root, "[data-testid=file-input]").dyn_into().unwrap();
    input.set_files(transfer().files().as_ref());
    let change = web_sys::Event::new_with_event_init_dict("change", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&change).unwrap();
    assert_three_files_shown(&root).await;
    // The picker is emptied, so choosing the same files again is a change too.
    assert_eq!(input.files().map(|f| f.length()), Some(0));

    let clear: HtmlElement = one(&root, "[data-testid=clear]").dyn_into().unwrap();
    clear.click();
    until("the results to go", || {
        all(&root, "[data-testid=file]").is_empty()
    })
    .await;
    app.destroy();
}
