//! The engine's side of the stance across the session's documents (the core's matrix,
//! summaries and topics, `views::logic::corpus::CorpusStance`): it holds the documents it
//! analysed, by file id (without what was set aside or left unattributed, which the stance does
//! not read), takes those the page sends it (in the pieces of [`slices`]) and answers the page's
//! question `{stance: n, ids}` in pieces. The page's side is `worker/stance.rs`.

use crate::analysis::fasthash::HashMap;
use std::cell::RefCell;

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;

use crate::view_logic::corpus::CorpusStance;
use crate::web::slices::{self, Assembler};
use crate::DocumentReport;

#[derive(Default)]
struct Held {
    docs: HashMap<u64, Vec<DocumentReport>>,
    /// Documents the page is sending in pieces: id -> the pieces so far.
    arriving: HashMap<u64, (Assembler, u32)>,
}

thread_local! {
    static HELD: RefCell<Held> = RefCell::new(Held::default());
}

fn id_of(value: &JsValue) -> Option<u64> {
    value.as_f64().filter(|n| *n >= 0.0).map(|n| n as u64)
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Keeps a file's documents for the stance, without what the stance does not read.
pub(super) fn hold(id: &JsValue, mut docs: Vec<DocumentReport>) {
    let Some(id) = id_of(id) else { return };
    for d in &mut docs {
        d.set_aside = Vec::new();
        d.unattributed = Vec::new();
    }
    HELD.with(|h| h.borrow_mut().docs.insert(id, docs));
}

fn answer(key: &str, value: &JsValue) -> JsValue {
    let out = js_sys::Object::new();
    let _ = Reflect::set(&out, &key.into(), value);
    out.into()
}

/// The worker's answer to the page's messages about the stance, or `None` when the message is
/// about something else: `{keep: id, json}` or `{keep: id, piece, index, count}` (documents the
/// page sends), `{forget: true}` ("Clear all"), `{stance: n, ids}` (the question).
pub(super) fn answer_message(message: &JsValue) -> Option<JsValue> {
    let keep = get(message, "keep");
    if let Some(id) = id_of(&keep) {
        let result = HELD.with(|h| receive(&mut h.borrow_mut(), id, message));
        return Some(match result {
            Ok(()) => answer("ack", &keep),
            Err(e) => answer(
                "error",
                &format!("the page's documents could not be read: {e}").into(),
            ),
        });
    }
    if get(message, "forget").is_truthy() {
        HELD.with(|h| *h.borrow_mut() = Held::default());
        return Some(answer("ack", &"forget".into()));
    }
    let seq = get(message, "stance");
    if seq.as_f64().is_some() {
        let ids: Vec<u64> = Array::from(&get(message, "ids"))
            .iter()
            .filter_map(|v| id_of(&v))
            .collect();
        let out = answer("stance", &seq);
        let (stance, missing) = HELD.with(|h| work_out(&mut h.borrow_mut(), &ids));
        let _ = Reflect::set(&out, &"sliced".into(), &slices::stance_pieces(&stance));
        let missing: Array = missing
            .into_iter()
            .map(|id| JsValue::from(id as f64))
            .collect();
        let _ = Reflect::set(&out, &"missing".into(), &missing);
        return Some(out);
    }
    None
}

fn receive(held: &mut Held, id: u64, message: &JsValue) -> Result<(), String> {
    if let Some(json) = get(message, "json").as_string() {
        let docs = crate::analysis::report_json::documents_from_str(&json)?;
        held.docs.insert(id, docs);
        return Ok(());
    }
    let count = get(message, "count").as_f64().unwrap_or(0.0) as u32;
    let (assembler, got) = held.arriving.entry(id).or_default();
    assembler.add(&get(message, "piece"))?;
    *got += 1;
    if *got >= count {
        let (assembler, _) = held.arriving.remove(&id).unwrap_or_default();
        held.docs.insert(id, assembler.finish()?);
    }
    Ok(())
}

/// The core's stance across the files `ids`, in that order, and the ids it does not hold.
fn work_out(held: &mut Held, ids: &[u64]) -> (CorpusStance, Vec<u64>) {
    // The documents are moved out and back rather than copied: a long article's are large.
    let mut taken: Vec<(u64, usize)> = Vec::new();
    let mut all: Vec<DocumentReport> = Vec::new();
    let mut missing = Vec::new();
    for &id in ids {
        match held.docs.remove(&id) {
            Some(docs) => {
                taken.push((id, docs.len()));
                all.extend(docs);
            }
            None => missing.push(id),
        }
    }
    let stance = CorpusStance::of(&all);
    let mut rest = all.into_iter();
    for (id, n) in taken {
        held.docs.insert(id, rest.by_ref().take(n).collect());
    }
    (stance, missing)
}
