//! Browser tests of the input half of the app, run by `wasm-pack test --headless`: the reducer's
//! file statuses and batch progress, the worker's message answer, the IndexedDB store, and the
//! App analysing the bundled samples on the main thread when it has no worker.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use js_sys::{Reflect, Uint8Array};
use quotelens::web::components::{App, AppProps};
use quotelens::web::engine::analyse_in_worker;
use quotelens::web::input::samples::SAMPLES;
use quotelens::web::slices;
use quotelens::web::state::{Action, Failure, FileEntry, FileStatus, Progress, State};
use quotelens::web::store::{Kept, Saved, Store};
use quotelens::{analyze, DocumentReport, Input, Options};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use yew::Reducible;

mod web_support;
use web_support::{all, sleep};

wasm_bindgen_test_configure!(run_in_browser);

fn queued(id: usize) -> FileEntry {
    FileEntry {
        id,
        name: format!("{id}.txt"),
        status: FileStatus::Queued,
    }
}

fn report(name: &str, text: &str) -> Vec<Rc<DocumentReport>> {
    analyze(
        Input {
            name,
            bytes: text.as_bytes(),
        },
        &Options::default(),
    )
    .into_iter()
    .map(Rc::new)
    .collect()
}

fn reduce(state: Rc<State>, action: Action) -> Rc<State> {
    state.reduce(action)
}

fn labels(state: &State) -> Vec<&'static str> {
    state.files.iter().map(|f| f.status.label()).collect()
}

#[wasm_bindgen_test]
fn statuses_move_from_queued_to_done_and_progress_counts_them() {
    let state = Rc::new(State::default());
    assert_eq!(state.progress(), None, "no progress before the first file");
    let state = reduce(state, Action::Add((1..=4).map(queued).collect()));
    assert_eq!(labels(&state), ["queued"; 4]);
    assert_eq!(
        state.progress().map(|p| p.text()).as_deref(),
        Some("0 of 4 analysed")
    );

    let seed = include_str!("fixtures/seeds/001_bdbef122728239ac.txt");
    let state = reduce(
        state,
        Action::Progress {
            started: vec![1, 2],
            finished: vec![(1, Ok(report("1.txt", seed)))],
        },
    );
    assert_eq!(labels(&state), ["done", "analysing", "queued", "queued"]);
    assert_eq!(state.busy(), 3);

    let state = reduce(
        state,
        Action::Progress {
            started: vec![3],
            finished: vec![
                (2, Ok(report("2.txt", ""))),
                (
                    3,
                    Err(Failure::Unreadable(
                        "3.txt could not be read by the browser: gone".into(),
                    )),
                ),
            ],
        },
    );
    // An empty file is the core's error; an unreadable one the browser's.
    assert_eq!(labels(&state), ["done", "error", "error", "queued"]);
    let progress = state.progress().unwrap();
    assert_eq!(
        progress,
        Progress {
            total: 4,
            done: 3,
            cancelled: 0
        }
    );
    assert!(progress.is_running());
    assert!(state.quote_count() > 0);
}

#[wasm_bindgen_test]
fn a_file_the_core_crashed_on_is_an_error_and_the_batch_goes_on() {
    let state = reduce(
        Rc::new(State::default()),
        Action::Add((1..=3).map(queued).collect()),
    );
    let message = "2.txt could not be analysed: QuoteLens stopped with an internal error";
    let state = reduce(
        state,
        Action::Progress {
            started: vec![1, 2, 3],
            finished: vec![(2, Err(Failure::Crashed(message.into())))],
        },
    );
    assert_eq!(labels(&state), ["analysing", "error", "analysing"]);
    assert_eq!(state.files[1].status, FileStatus::Crashed(message.into()));
    assert_eq!(state.progress().unwrap().done, 1);
    assert!(state.progress().unwrap().is_running());
}

#[wasm_bindgen_test]
fn cancel_stops_the_queued_files_and_keeps_the_finished_ones() {
    let state = reduce(
        Rc::new(State::default()),
        Action::Add((1..=5).map(queued).collect()),
    );
    let state = reduce(
        state,
        Action::Progress {
            started: vec![1, 2],
            finished: vec![(1, Ok(report("1.txt", "Some words.")))],
        },
    );
    let state = reduce(state, Action::Cancel(vec![3, 4, 5]));
    assert_eq!(
        labels(&state),
        ["done", "analysing", "cancelled", "cancelled", "cancelled"]
    );
    // The file being analysed finishes; a late answer for a cancelled one is dropped.
    let state = reduce(
        state,
        Action::Progress {
            started: vec![],
            finished: vec![
                (2, Ok(report("2.txt", "More words."))),
                (4, Ok(report("4.txt", "Late."))),
            ],
        },
    );
    assert_eq!(
        labels(&state),
        ["done", "done", "cancelled", "cancelled", "cancelled"]
    );
    let progress = state.progress().unwrap();
    assert_eq!(progress.text(), "2 of 5 analysed, 3 cancelled");
    assert!(!progress.is_running());

    // A new batch starts counting afresh once the last one is over.
    let state = reduce(state, Action::Add(vec![queued(6)]));
    assert_eq!(state.progress().unwrap().text(), "0 of 1 analysed");
}

#[wasm_bindgen_test]
fn restored_files_go_first_in_their_order_and_clear_empties_everything() {
    let state = reduce(Rc::new(State::default()), Action::Add(vec![queued(10)]));
    let restored = |id: usize| FileEntry {
        id,
        name: format!("kept-{id}.txt"),
        status: FileStatus::Analysed(report("kept.txt", "Kept words.")),
    };
    let state = reduce(state, Action::Restore(vec![restored(1), restored(2)]));
    let state = reduce(state, Action::Restore(vec![restored(3)]));
    let ids: Vec<usize> = state.files.iter().map(|f| f.id).collect();
    assert_eq!(ids, [1, 2, 3, 10]);
    // Kept files are not part of this visit's batch.
    assert_eq!(state.progress().unwrap().text(), "0 of 1 analysed");

    let state = reduce(state, Action::StoreReady);
    let state = reduce(state, Action::Clear);
    assert!(state.files.is_empty());
    assert_eq!(state.progress(), None);
    assert!(state.store_ready);
}

#[wasm_bindgen_test]
fn a_new_pasted_text_is_numbered_past_the_ones_on_the_page() {
    let named = |id: usize, name: &str| FileEntry {
        id,
        name: name.into(),
        status: FileStatus::Queued,
    };
    let state = Rc::new(State::default());
    assert_eq!(state.next_paste_number(), 1);
    let state = reduce(
        state,
        Action::Restore(vec![named(1, "pasted text 1"), named(2, "pasted text 3")]),
    );
    let state = reduce(state, Action::Add(vec![named(3, "pasted text notes.txt")]));
    assert_eq!(state.next_paste_number(), 4);
}

fn get(value: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn the_worker_answers_a_message_with_the_cores_documents_as_json() {
    let message = js_sys::Object::new();
    let seed = SAMPLES[1].1;
    Reflect::set(&message, &"id".into(), &7.into()).unwrap();
    Reflect::set(&message, &"name".into(), &"001.txt".into()).unwrap();
    Reflect::set(&message, &"bytes".into(), &Uint8Array::from(seed)).unwrap();
    let answer = analyse_in_worker(message.into());
    assert_eq!(get(&answer, "id").as_f64(), Some(7.0));
    let json = get(&answer, "json").as_string().expect("json");
    let docs: Vec<DocumentReport> = serde_json::from_str(&json).unwrap();
    let direct = analyze(
        Input {
            name: "001.txt",
            bytes: seed,
        },
        &Options::default(),
    );
    assert_eq!(docs, direct, "the same report as analysing on this thread");

    let empty = js_sys::Object::new();
    Reflect::set(&empty, &"id".into(), &8.into()).unwrap();
    let answer = analyse_in_worker(empty.into());
    assert!(get(&answer, "json").is_undefined());
    assert!(get(&answer, "error")
        .as_string()
        .unwrap()
        .contains("neither a file nor bytes"));
}

#[wasm_bindgen_test]
async fn a_large_result_travels_in_slices_and_is_put_back_whole() {
    // Short paragraphs, each with a quotation, until the text is over the size that is sliced
    // (the seeds end with page furniture that closes the article, so they cannot be repeated).
    let mut text = String::from("A long record of the council\n\n");
    let mut n = 0;
    while text.len() <= slices::LARGE_TEXT {
        n += 1;
        text.push_str(&format!(
            "\"We will publish budget number {n} on Friday,\" said Anna Berg, the council \
             spokeswoman. The council met for the {n}th time.\n\n"
        ));
    }
    let message = js_sys::Object::new();
    Reflect::set(&message, &"id".into(), &3.into()).unwrap();
    Reflect::set(&message, &"name".into(), &"long.txt".into()).unwrap();
    let bytes = Uint8Array::from(text.as_bytes());
    Reflect::set(&message, &"bytes".into(), &bytes).unwrap();
    let answer = analyse_in_worker(message.into());
    assert!(get(&answer, "json").is_undefined(), "no single JSON string");
    let sliced = get(&answer, "sliced");
    let parts = slices::part_count(&sliced);
    let direct = analyze(
        Input {
            name: "long.txt",
            bytes: text.as_bytes(),
        },
        &Options::default(),
    );
    assert!(
        parts > 2 + direct[0].quotes.len() / slices::ITEMS,
        "{parts} parts"
    );
    let mut seen = Vec::new();
    let docs = slices::assemble(&sliced, |done| seen.push(done))
        .await
        .unwrap();
    assert_eq!(docs, direct, "the same report as analysing on this thread");
    assert_eq!(
        seen.last(),
        Some(&parts),
        "progress ends at every part read"
    );
    // A damaged part is an error that says which, not a panic.
    let pieces = js_sys::Array::from(&sliced);
    let quotes = pieces
        .iter()
        .find(|p| get(p, "key").as_string().as_deref() == Some("quotes"))
        .unwrap();
    Reflect::set(&quotes, &"value".into(), &"[{\"id\": 1".into()).unwrap();
    let error = slices::assemble(&sliced, |_| {}).await.unwrap_err();
    assert!(error.contains("quotes could not be read"), "{error}");
}

#[wasm_bindgen_test]
async fn a_judgement_with_much_evidence_travels_in_small_parts() {
    // A long article's judgement has tens of thousands of pieces of evidence; here one of the
    // seeds' judgements is given 2,500 (its own, repeated) and another a few.
    let seed = std::str::from_utf8(SAMPLES[0].1).unwrap();
    let mut docs: Vec<DocumentReport> = report("seed.txt", seed)
        .into_iter()
        .map(|d| (*d).clone())
        .collect();
    let stance = &mut docs[0].stance;
    assert!(stance.len() >= 2, "the seed has stance judgements");
    let own = stance[0].evidence.clone();
    assert!(!own.is_empty());
    while stance[0].evidence.len() < 2500 {
        let mut more = own.clone();
        let n = stance[0].evidence.len();
        for (i, e) in more.iter_mut().enumerate() {
            e.quote_id = format!("q{}", n + i);
        }
        stance[0].evidence.extend(more);
    }
    let big = stance[0].evidence.len();
    let sliced = slices::slice(&docs);
    let pieces: Vec<(String, String)> = js_sys::Array::from(&sliced)
        .iter()
        .filter_map(|p| Some((get(&p, "key").as_string()?, get(&p, "value").as_string()?)))
        .collect();
    let evidence_parts = pieces.iter().filter(|(k, _)| k == "evidence").count();
    assert_eq!(
        evidence_parts,
        big.div_ceil(slices::EVIDENCE),
        "the big judgement's evidence in parts of {}",
        slices::EVIDENCE
    );
    for (key, json) in pieces.iter().filter(|(key, _)| key != "head") {
        let items: Vec<serde_json::Value> = serde_json::from_str(json).unwrap();
        if key == "evidence" {
            assert!(items.len() <= slices::EVIDENCE);
        }
        if key == "stance" {
            let weight: usize = items
                .iter()
                .map(|j| 1 + j["evidence"].as_array().map_or(0, Vec::len))
                .sum();
            assert!(weight <= slices::EVIDENCE, "a stance part of {weight}");
        }
    }
    let back = slices::assemble(&sliced, |_| {}).await.unwrap();
    assert_eq!(back, docs, "put back whole");
}

#[wasm_bindgen_test]
async fn the_store_keeps_files_in_order_until_cleared() {
    let name = format!("quotelens-test-{}", js_sys::Math::random());
    let store = Rc::new(Store::open(&name).await.expect("IndexedDB opens"));
    let kept = |visit: f64, id: usize, name: &str| Kept {
        visit,
        id,
        name: name.into(),
        data: Saved::Json(format!("[{id}]")),
    };
    // Stored as they finish; given back in the order they were given, visit by visit.
    store.put_all(&[kept(200.0, 2, "b.txt"), kept(100.0, 9, "a.txt")]);
    store.put_all(&[kept(200.0, 1, "c.txt")]);
    let kept = store.load().await.unwrap();
    assert_eq!(
        kept,
        [
            ("a.txt".to_string(), Saved::Json("[9]".into())),
            ("c.txt".into(), Saved::Json("[1]".into())),
            ("b.txt".into(), Saved::Json("[2]".into()))
        ]
    );
    // A large result is kept as its pieces, written over several tasks, and read back whole.
    let pieces: js_sys::Array = (0..20)
        .map(|k| wasm_bindgen::JsValue::from(format!("piece {k}")))
        .collect();
    store.put_all(&[Kept {
        visit: 300.0,
        id: 1,
        name: "long.txt".into(),
        data: Saved::Sliced(pieces.clone().into()),
    }]);
    sleep(300).await;
    let loaded = store.load().await.unwrap();
    assert_eq!(loaded.len(), 4);
    assert_eq!(loaded[3].0, "long.txt");
    let Saved::Sliced(back) = &loaded[3].1 else {
        panic!("the pieces come back as pieces");
    };
    let back: Vec<String> = js_sys::Array::from(back)
        .iter()
        .filter_map(|p| p.as_string())
        .collect();
    let sent: Vec<String> = pieces.iter().filter_map(|p| p.as_string()).collect();
    assert_eq!(back, sent);
    store.clear().await.unwrap();
    assert!(store.load().await.unwrap().is_empty());
    // A second connection sees the same, as a reload would.
    let again = Store::open(&name).await.unwrap();
    assert!(again.load().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn without_a_worker_the_app_analyses_the_samples_on_the_main_thread() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::default()).render();
    sleep(50).await;
    let button: HtmlElement = root
        .query_selector("[data-testid=samples]")
        .unwrap()
        .expect("the samples button")
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Try the sample articles");
    button.click();

    let mut statuses = Vec::new();
    for _ in 0..500 {
        statuses = all(&root, "[data-testid=file-status]")
            .iter()
            .map(|s| s.get_attribute("data-status").unwrap_or_default())
            .collect();
        if statuses.len() == 5 && statuses.iter().all(|s| s == "done") {
            break;
        }
        sleep(10).await;
    }
    assert_eq!(statuses, ["done"; 5]);
    let names: Vec<String> = all(&root, "[data-testid=file-name]")
        .iter()
        .map(|n| n.text_content().unwrap_or_default())
        .collect();
    let expected: Vec<&str> = SAMPLES.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, expected);
    assert!(!all(&root, "[data-testid=quote]").is_empty());
    let progress = root
        .query_selector("[data-testid=progress-text]")
        .unwrap()
        .unwrap();
    assert_eq!(progress.text_content().unwrap(), "5 of 5 analysed");
}

#[wasm_bindgen_test]
async fn the_worker_works_out_the_stance_across_what_it_analysed_and_what_it_was_sent() {
    use quotelens::web::views::logic::corpus::CorpusStance;
    let analyse = |id: u32, i: usize| {
        let message = js_sys::Object::new();
        Reflect::set(&message, &"id".into(), &id.into()).unwrap();
        Reflect::set(&message, &"name".into(), &SAMPLES[i].0.into()).unwrap();
        Reflect::set(&message, &"bytes".into(), &Uint8Array::from(SAMPLES[i].1)).unwrap();
        analyse_in_worker(message.into())
    };
    let ask = |seq: u32, ids: &[u32]| {
        let message = js_sys::Object::new();
        Reflect::set(&message, &"stance".into(), &seq.into()).unwrap();
        let list: js_sys::Array = ids
            .iter()
            .map(|&id| wasm_bindgen::JsValue::from(id))
            .collect();
        Reflect::set(&message, &"ids".into(), &list).unwrap();
        analyse_in_worker(message.into())
    };
    let docs = |i: usize| {
        analyze(
            Input {
                name: SAMPLES[i].0,
                bytes: SAMPLES[i].1,
            },
            &Options::default(),
        )
    };
    let forget = js_sys::Object::new();
    Reflect::set(&forget, &"forget".into(), &true.into()).unwrap();
    assert!(!get(&analyse_in_worker(forget.into()), "ack").is_undefined());
    // Two files analysed here, a third sent as the page sends a restored file.
    analyse(11, 0);
    analyse(12, 1);
    let keep = js_sys::Object::new();
    Reflect::set(&keep, &"keep".into(), &13.into()).unwrap();
    let json = serde_json::to_string(&docs(2)).unwrap();
    Reflect::set(&keep, &"json".into(), &json.into()).unwrap();
    assert_eq!(
        get(&analyse_in_worker(keep.into()), "ack").as_f64(),
        Some(13.0)
    );

    let answer = ask(7, &[13, 11, 12]);
    assert_eq!(get(&answer, "stance").as_f64(), Some(7.0));
    assert_eq!(js_sys::Array::from(&get(&answer, "missing")).length(), 0);
    let stance = slices::assemble_stance(&get(&answer, "sliced"))
        .await
        .unwrap();
    let mut all = docs(2);
    all.extend(docs(0));
    all.extend(docs(1));
    let here = CorpusStance::of(&all);
    assert!(!here.matrix.is_empty() && !here.topics.is_empty());
    assert_eq!(
        stance, here,
        "the same stance as worked out on this thread, in the files' order"
    );

    // A file the worker does not hold is named, not guessed; after "Clear all" it holds none.
    let answer = ask(8, &[11, 99]);
    let missing: Vec<f64> = js_sys::Array::from(&get(&answer, "missing"))
        .iter()
        .filter_map(|v| v.as_f64())
        .collect();
    assert_eq!(missing, [99.0]);
    let forget = js_sys::Object::new();
    Reflect::set(&forget, &"forget".into(), &true.into()).unwrap();
    analyse_in_worker(forget.into());
    let answer = ask(9, &[11]);
    assert_eq!(js_sys::Array::from(&get(&answer, "missing")).length(), 1);
}
