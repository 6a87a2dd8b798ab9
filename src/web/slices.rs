//! A large result in slices. The engine (in the worker) cuts a document with a long text or
//! many quotations into small pieces (the text in byte chunks, each list in JSON arrays of
//! [`ITEMS`] items) and sends them one message each (`www/worker.js`), so that no message takes
//! long to receive;
//! the page puts them back together a few at a time, yielding to the browser between tasks, so
//! that reading a 20 MB article's 100,000 quotations never holds the main thread for long. The
//! browser's storage keeps the same pieces, one record each, and a reload reads them back the
//! same way. The page sends a document the worker does not hold (one restored from storage) in
//! the same pieces, and the worker's cross-document stance comes back in pieces too
//! ([`stance_pieces`]).
//!
//! The shape: an array of pieces `{key, value}` in order. Each document starts with its
//! `head` (its JSON with the text and lists empty), then its `text` pieces (`Uint8Array`s),
//! then its lists' pieces (`set_aside`, `quotes`, `unattributed`, `people`, `stance`: JSON
//! array strings). A stance judgement with more than [`EVIDENCE`] pieces of evidence (one of a
//! 20 MB article has 23,000, 2.5 MB of JSON) travels without them, followed by `evidence`
//! pieces (JSON arrays) that belong to it. The stance across documents is `matrix`,
//! `summaries` and `topics` pieces.
//!
//! Cutting and reading single pieces is shared; the worker's side (`slice`, `stance_pieces`)
//! is built with the engine, the page's (`assemble`, paced over tasks) with the app.

use js_sys::{Array, Object, Reflect, Uint8Array};
#[cfg(feature = "app")]
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::analysis::report_json;
#[cfg(feature = "app")]
use crate::view_logic::article::{keep, Counter, SpeakerCounts, KEEP_OVER};
#[cfg(any(feature = "app", feature = "engine"))]
use crate::view_logic::corpus::CorpusStance;
use crate::DocumentReport;

/// Items of a list per JSON part: a few milliseconds of parsing each (500 quotations took 30 ms
/// on a busy machine).
pub const ITEMS: usize = 200;
/// Stance judgements' pieces of evidence per part (about 110 KB of JSON).
pub const EVIDENCE: usize = 1000;
/// Bytes of text per part.
pub const TEXT_BYTES: usize = 1 << 20;
/// A result is sliced when one of its documents is longer than this or has more quotations
/// than [`ITEMS`]; smaller ones travel as one JSON string.
pub const LARGE_TEXT: usize = 256 * 1024;
/// Bytes of JSON per part of the cross-document stance, whose items vary in size (a matrix
/// cell of a long article lists thousands of evidence quotes).
#[cfg(feature = "engine")]
const STANCE_BYTES: usize = 64 * 1024;
/// Work done on the page's thread before it yields to the browser.
#[cfg(feature = "app")]
const BUDGET_MS: f64 = 12.0;

/// True when `docs` should travel in slices.
pub fn is_large(docs: &[DocumentReport]) -> bool {
    docs.iter()
        .any(|d| d.text.len() > LARGE_TEXT || d.quotes.len() > ITEMS || d.stance.len() > ITEMS)
}

fn piece(key: &str, value: &JsValue) -> JsValue {
    let piece = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&piece, &"key".into(), &key.into());
    let _ = Reflect::set(&piece, &"value".into(), value);
    piece.into()
}

fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    // Report types are plain data: serialising them cannot fail.
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// A file's documents as the JSON that crosses to the page and is stored.
pub fn docs_json(docs: &[DocumentReport]) -> String {
    to_json(docs)
}

/// Cuts `text` into chunks of about [`TEXT_BYTES`], each ending on a character boundary.
pub fn text_chunks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.ceil_char_boundary(TEXT_BYTES.min(rest.len()));
        out.push(rest.get(..end).unwrap_or(""));
        rest = rest.get(end..).unwrap_or("");
    }
    out
}

/// One piece of a document, before it is made: pieces are made one at a time, so that the
/// page can send a long document a few pieces per task.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Plan {
    Head,
    /// Bytes of the text.
    Text(usize, usize),
    /// A list by its key, items `from..to`.
    List(&'static str, usize, usize),
    /// Stance judgement `j` without its evidence, which follows in [`Plan::Evidence`] parts.
    Judgement(usize),
    /// Pieces of evidence `from..to` of stance judgement `j`.
    Evidence(usize, usize, usize),
}

/// The lists of a document, by key, with their lengths.
fn lists(doc: &DocumentReport) -> [(&'static str, usize); 5] {
    [
        ("set_aside", doc.set_aside.len()),
        ("quotes", doc.quotes.len()),
        ("unattributed", doc.unattributed.len()),
        ("people", doc.people.len()),
        ("stance", doc.stance.len()),
    ]
}

/// The pieces of `doc` in order; with `for_stance`, only what the stance across documents
/// reads (the text, quotes, people and judgements, not what was set aside or left unattributed).
pub fn plan(doc: &DocumentReport, for_stance: bool) -> Vec<Plan> {
    let mut out = vec![Plan::Head];
    let mut at = 0;
    for chunk in text_chunks(&doc.text) {
        out.push(Plan::Text(at, at + chunk.len()));
        at += chunk.len();
    }
    for (key, len) in lists(doc) {
        if for_stance && matches!(key, "set_aside" | "unattributed") {
            continue;
        }
        if key == "stance" {
            plan_stance(doc, &mut out);
            continue;
        }
        for from in (0..len).step_by(ITEMS) {
            out.push(Plan::List(key, from, (from + ITEMS).min(len)));
        }
    }
    out
}

/// The pieces of `doc`'s stance judgements: at most [`ITEMS`] judgements and about
/// [`EVIDENCE`] pieces of evidence a part; a judgement with more evidence than that is a part
/// of its own, its evidence in the parts after it.
fn plan_stance(doc: &DocumentReport, out: &mut Vec<Plan>) {
    let (mut from, mut weight) = (0, 0);
    for (j, judgement) in doc.stance.iter().enumerate() {
        let w = 1 + judgement.evidence.len();
        if from < j && (weight + w > EVIDENCE || j - from >= ITEMS) {
            out.push(Plan::List("stance", from, j));
            (from, weight) = (j, 0);
        }
        if w > EVIDENCE {
            out.push(Plan::Judgement(j));
            let len = judgement.evidence.len();
            for at in (0..len).step_by(EVIDENCE) {
                out.push(Plan::Evidence(j, at, (at + EVIDENCE).min(len)));
            }
            (from, weight) = (j + 1, 0);
            continue;
        }
        weight += w;
    }
    if from < doc.stance.len() {
        out.push(Plan::List("stance", from, doc.stance.len()));
    }
}

/// Makes one planned piece of `doc`.
pub fn make(doc: &DocumentReport, plan: Plan) -> JsValue {
    match plan {
        Plan::Head => piece("head", &to_json(&head(doc)).into()),
        Plan::Text(from, to) => piece(
            "text",
            &Uint8Array::from(doc.text.as_bytes().get(from..to).unwrap_or_default()),
        ),
        Plan::List(key, from, to) => {
            let json = match key {
                "set_aside" => to_json(&doc.set_aside[from..to]),
                "quotes" => to_json(&doc.quotes[from..to]),
                "unattributed" => to_json(&doc.unattributed[from..to]),
                "people" => to_json(&doc.people[from..to]),
                _ => to_json(&doc.stance[from..to]),
            };
            piece(key, &json.into())
        }
        Plan::Judgement(j) => {
            // Cloned whole and emptied, so that a field added to the report travels too; this
            // runs in the worker, once per judgement this large.
            let bare: Vec<_> = doc
                .stance
                .get(j)
                .into_iter()
                .map(|judgement| {
                    let mut bare = judgement.clone();
                    bare.evidence = Vec::new();
                    bare
                })
                .collect();
            piece("stance", &to_json(&bare).into())
        }
        Plan::Evidence(j, from, to) => {
            let evidence = doc
                .stance
                .get(j)
                .and_then(|judgement| judgement.evidence.get(from..to))
                .unwrap_or_default();
            piece("evidence", &to_json(evidence).into())
        }
    }
}

/// `doc` without its text and lists, copied field by field (a new field of the report must be
/// added here, or it would not travel).
fn head(doc: &DocumentReport) -> DocumentReport {
    DocumentReport {
        name: doc.name.clone(),
        format: doc.format.clone(),
        encoding: doc.encoding.clone(),
        headline: doc.headline.clone(),
        date: doc.date.clone(),
        source: doc.source.clone(),
        dateline: doc.dateline.clone(),
        url: doc.url.clone(),
        text: String::new(),
        set_aside: Vec::new(),
        quotes: Vec::new(),
        unattributed: Vec::new(),
        people: Vec::new(),
        stance: Vec::new(),
        error: doc.error.clone(),
        warnings: doc.warnings.clone(),
    }
}

/// The worker's side: `docs` as an array of pieces.
#[cfg(feature = "engine")]
pub fn slice(docs: &[DocumentReport]) -> JsValue {
    let out = Array::new();
    for doc in docs {
        for p in plan(doc, false) {
            out.push(&make(doc, p));
        }
    }
    out.into()
}

/// JSON arrays of `items` of at most about [`STANCE_BYTES`] each (an item longer than that is
/// a part of its own).
#[cfg(feature = "engine")]
fn sized_pieces<T: serde::Serialize>(out: &Array, key: &str, items: &[T]) {
    let mut json = String::from("[");
    for item in items {
        if json.len() > 1 {
            json.push(',');
        }
        json.push_str(&to_json(item));
        if json.len() >= STANCE_BYTES {
            json.push(']');
            out.push(&piece(
                key,
                &std::mem::replace(&mut json, "[".into()).into(),
            ));
        }
    }
    if json.len() > 1 {
        json.push(']');
        out.push(&piece(key, &json.into()));
    }
}

/// The worker's side: the stance across documents as an array of pieces.
#[cfg(feature = "engine")]
pub fn stance_pieces(stance: &CorpusStance) -> JsValue {
    let out = Array::new();
    sized_pieces(&out, "matrix", &stance.matrix);
    sized_pieces(&out, "summaries", &stance.summaries);
    sized_pieces(&out, "topics", &stance.topics);
    out.into()
}

/// How many pieces a sliced result has: the unit of the page's progress.
pub fn part_count(sliced: &JsValue) -> usize {
    Array::from(sliced).length() as usize
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Gives the browser its turn once the budget of this task is spent.
#[cfg(feature = "app")]
pub(crate) struct Pacer {
    since: f64,
}

#[cfg(feature = "app")]
impl Pacer {
    pub(crate) fn new() -> Pacer {
        Pacer {
            since: js_sys::Date::now(),
        }
    }

    /// Yields when the budget is spent; true when it did.
    pub(crate) async fn step(&mut self) -> bool {
        if js_sys::Date::now() - self.since >= BUDGET_MS {
            crate::web::worker::next_task().await;
            self.since = js_sys::Date::now();
            return true;
        }
        false
    }
}

#[cfg(feature = "app")]
fn parse_list<T: DeserializeOwned>(
    into: &mut Vec<T>,
    part: &JsValue,
    what: &str,
) -> Result<(), String> {
    let json = part
        .as_string()
        .ok_or_else(|| format!("a part of the {what} is not text"))?;
    let items: Vec<T> = serde_json::from_str(&json)
        .map_err(|e| format!("a part of the {what} could not be read: {e}"))?;
    into.extend(items);
    Ok(())
}

/// Adds the items of a JSON array part to `into`, each read by `item` (`analysis::report_json`:
/// the engine carries no derived deserializers for the report).
fn parse_items<T>(
    into: &mut Vec<T>,
    part: &JsValue,
    what: &str,
    item: fn(&serde_json::Value) -> Result<T, String>,
) -> Result<(), String> {
    let json = part
        .as_string()
        .ok_or_else(|| format!("a part of the {what} is not text"))?;
    let value: serde_json::Value = serde_json::from_str(&json)
        .map_err(|e| format!("a part of the {what} could not be read: {e}"))?;
    let items = report_json::list(&value, item)
        .map_err(|e| format!("a part of the {what} could not be read: {e}"))?;
    into.extend(items);
    Ok(())
}

/// Puts documents back together from their pieces, one piece at a time: the page does it over
/// several tasks ([`assemble`]), the worker at once for a document the page sends it.
#[derive(Default)]
pub struct Assembler {
    docs: Vec<DocumentReport>,
    /// The text of the last document so far; complete once its lists begin.
    bytes: Vec<u8>,
}

impl Assembler {
    fn finish_text(&mut self) -> Result<(), String> {
        if let Some(doc) = self.docs.last_mut().filter(|_| !self.bytes.is_empty()) {
            doc.text = String::from_utf8(std::mem::take(&mut self.bytes))
                .map_err(|e| format!("the text is not UTF-8: {e}"))?;
        }
        Ok(())
    }

    pub fn add(&mut self, piece: &JsValue) -> Result<(), String> {
        let key = get(piece, "key").as_string().unwrap_or_default();
        let value = get(piece, "value");
        if key == "head" {
            self.finish_text()?;
            let head = value.as_string().ok_or("a document's head is not text")?;
            let head = serde_json::from_str(&head)
                .map_err(|e| e.to_string())
                .and_then(|head| report_json::document(&head))
                .map_err(|e| format!("a document's head could not be read: {e}"))?;
            self.docs.push(head);
        } else if key == "text" {
            let chunk = value
                .dyn_into::<Uint8Array>()
                .map_err(|_| "a piece of the text is not bytes")?;
            self.bytes.extend(chunk.to_vec());
        } else {
            self.finish_text()?;
            let doc = self
                .docs
                .last_mut()
                .ok_or("a list comes before its document")?;
            match key.as_str() {
                "set_aside" => {
                    parse_items(&mut doc.set_aside, &value, &key, report_json::set_aside)?
                }
                "quotes" => parse_items(&mut doc.quotes, &value, &key, report_json::quote)?,
                "unattributed" => {
                    parse_items(&mut doc.unattributed, &value, &key, report_json::span)?
                }
                "people" => parse_items(&mut doc.people, &value, &key, report_json::person)?,
                "stance" => parse_items(&mut doc.stance, &value, &key, report_json::judgement)?,
                "evidence" => {
                    let judgement = doc
                        .stance
                        .last_mut()
                        .ok_or("evidence comes before its stance judgement")?;
                    parse_items(&mut judgement.evidence, &value, &key, report_json::evidence)?
                }
                other => return Err(format!("a piece has an unknown key `{other}`")),
            }
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<Vec<DocumentReport>, String> {
        self.finish_text()?;
        Ok(self.docs)
    }
}

/// The page's side: puts a sliced result back together, a few pieces per task; `progress` is
/// told how many pieces are done whenever it yields, and at the end.
#[cfg(feature = "app")]
pub async fn assemble(
    sliced: &JsValue,
    mut progress: impl FnMut(usize),
) -> Result<Vec<DocumentReport>, String> {
    if !Array::is_array(sliced) {
        return Err("the sliced result is not a list of pieces".into());
    }
    let mut pacer = Pacer::new();
    let mut assembler = Assembler::default();
    for (done, piece) in Array::from(sliced).iter().enumerate() {
        assembler.add(&piece)?;
        if pacer.step().await {
            progress(done + 1);
        }
    }
    let docs = assembler.finish()?;
    progress(part_count(sliced));
    Ok(docs)
}

/// The page's side: counts the speakers of each long document a slice of quotations per task,
/// for [`keep`] once the app holds the document (see `views::logic::article::speakers`), so
/// that the first render of the results, the filter menus and the Article view find them
/// counted; `None` for a short document, counted when asked.
#[cfg(feature = "app")]
pub async fn count_speakers(docs: &[DocumentReport]) -> Vec<Option<SpeakerCounts>> {
    const QUOTES: usize = 2000;
    let mut pacer = Pacer::new();
    let mut out = Vec::with_capacity(docs.len());
    for doc in docs {
        if doc.quotes.len() <= KEEP_OVER {
            out.push(None);
            continue;
        }
        let mut counter = Counter::new(doc);
        for chunk in doc.quotes.chunks(QUOTES) {
            counter.add(chunk);
            pacer.step().await;
        }
        out.push(Some(std::rc::Rc::new(counter.finish())));
    }
    out
}

/// The app's documents: `docs` each in an `Rc`, with the speaker counts made for them kept.
#[cfg(feature = "app")]
pub fn held(
    docs: Vec<DocumentReport>,
    counts: Vec<Option<SpeakerCounts>>,
) -> Vec<std::rc::Rc<DocumentReport>> {
    let mut counts = counts.into_iter();
    docs.into_iter()
        .map(|doc| {
            let doc = std::rc::Rc::new(doc);
            if let Some(counts) = counts.next().flatten() {
                keep(&doc, counts);
            }
            doc
        })
        .collect()
}

/// The page's side: the stance across documents from its pieces, a few per task.
#[cfg(feature = "app")]
pub async fn assemble_stance(sliced: &JsValue) -> Result<CorpusStance, String> {
    if !Array::is_array(sliced) {
        return Err("the stance is not a list of pieces".into());
    }
    let mut pacer = Pacer::new();
    let mut stance = CorpusStance::default();
    for piece in Array::from(sliced).iter() {
        let key = get(&piece, "key").as_string().unwrap_or_default();
        let value = get(&piece, "value");
        match key.as_str() {
            "matrix" => parse_list(&mut stance.matrix, &value, &key)?,
            "summaries" => parse_list(&mut stance.summaries, &value, &key)?,
            "topics" => parse_list(&mut stance.topics, &value, &key)?,
            other => {
                return Err(format!(
                    "a piece of the stance has an unknown key `{other}`"
                ))
            }
        }
        pacer.step().await;
    }
    Ok(stance)
}
