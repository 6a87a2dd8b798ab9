//! The page's side of the stance across the session's documents (the core's matrix, summaries
//! and topics, see `views::logic::corpus::CorpusStance`), worked out by the engine in the worker
//! once a batch is analysed, so that opening Speakers or Stance on a 20 MB article never holds
//! the page's thread; the app links no analysis and only reads the answer.
//!
//! The engine holds the documents it analysed, by file id (`web::engine::held`). When the
//! page's files are all analysed, the page sends the worker the documents it lacks (files
//! restored from storage, or analysed by a worker that has since been replaced) in the pieces
//! of `slices`, a few per task, then asks `{stance: n, ids}`; the worker answers `{stance: n,
//! sliced}` (sent a piece a message) and the page reads the pieces a few per task. One question
//! is asked at a time; a newer list of files waits for the answer to the older. Without a
//! worker, or when the worker stops while it works on a question, the page asks the engine on
//! its own thread the same way.

use std::rc::Rc;

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;

use super::{ask_here, get, next_task, object, warn, Analyser, Engine};
use crate::web::slices::{self, Pacer};
use crate::web::state::{Action, Stance};
use crate::web::views::logic::corpus::CorpusStance;
use crate::DocumentReport;

/// A file's id and its documents, as the page holds them.
pub type FileDocs = (usize, Vec<Rc<DocumentReport>>);

/// Where the page is with the stance.
#[derive(Default)]
pub(super) struct StanceJob {
    /// Numbers the questions, so that an answer to an old one is known.
    seq: u32,
    /// The question being answered, and its files.
    asked: Option<(u32, Vec<FileDocs>)>,
    /// Pieces of its answer so far.
    pieces: Option<Array>,
    /// A newer list of files, asked about once the answer to `asked` is in.
    next: Option<Vec<FileDocs>>,
    /// The files of the last stance handed to the app.
    done: Option<Vec<usize>>,
}

fn ids(files: &[FileDocs]) -> Vec<usize> {
    files.iter().map(|(id, _)| *id).collect()
}

impl StanceJob {
    /// Forgets everything but the count ("Clear all").
    pub(super) fn reset(&mut self) {
        *self = StanceJob {
            seq: self.seq,
            ..StanceJob::default()
        };
    }
}

impl Analyser {
    /// The app's files are all analysed: works out the stance across them, unless it has been
    /// (or is being) already.
    pub fn want_stance(&self, files: Vec<FileDocs>) {
        let wanted = ids(&files);
        {
            let mut inner = self.0.borrow_mut();
            let job = &mut inner.stance;
            if job.done.as_ref() == Some(&wanted)
                || job.asked.as_ref().is_some_and(|(_, f)| ids(f) == wanted)
            {
                job.next = None;
                return;
            }
            if job.asked.is_some() {
                job.next = Some(files);
                return;
            }
        }
        self.ask_stance(files);
    }

    fn ask_stance(&self, files: Vec<FileDocs>) {
        if files.is_empty() {
            // Nothing to ask about (no files yet, or all cleared).
            let mut inner = self.0.borrow_mut();
            inner.stance.done = Some(Vec::new());
            inner.stance.next = None;
            return;
        }
        let (seq, worker) = {
            let mut inner = self.0.borrow_mut();
            inner.stance.seq += 1;
            let seq = inner.stance.seq;
            inner.stance.asked = Some((seq, files.clone()));
            inner.stance.pieces = None;
            let worker = match &inner.engine {
                Engine::Worker { worker, .. } => Some((worker.clone(), inner.generation)),
                Engine::MainThread { .. } => None,
            };
            (seq, worker)
        };
        let this = self.clone();
        match worker {
            Some((worker, generation)) => spawn_local(async move {
                this.send_and_ask(seq, generation, &worker, files).await;
            }),
            None => spawn_local(async move {
                // Let the page say it is working on it before the long task.
                next_task().await;
                this.on_page(seq, &files).await;
            }),
        }
    }

    /// Whether question `seq` is still the one asked, of the worker of `generation`.
    fn still_asked(&self, seq: u32, generation: u32) -> bool {
        let inner = self.0.borrow();
        inner.generation == generation && inner.stance.asked.as_ref().is_some_and(|a| a.0 == seq)
    }

    /// Sends the worker the documents it lacks, a few pieces per task, then the question.
    async fn send_and_ask(
        &self,
        seq: u32,
        generation: u32,
        worker: &web_sys::Worker,
        files: Vec<FileDocs>,
    ) {
        let mut pacer = Pacer::new();
        for (id, docs) in &files {
            if self.0.borrow().held.contains(id) {
                continue;
            }
            let owned: Vec<&DocumentReport> = docs.iter().map(|d| &**d).collect();
            let large = owned
                .iter()
                .any(|d| slices::is_large(std::slice::from_ref(*d)));
            let mut messages: Vec<JsValue> = Vec::new();
            if !large {
                let json = serde_json::to_string(&owned).unwrap_or_else(|_| "[]".into());
                messages.push(keep_message(*id, &[("json", json.into())]));
                if post(worker, &messages).is_err() {
                    return self.stance_lost(seq);
                }
            } else {
                let plans: Vec<(usize, slices::Plan)> = owned
                    .iter()
                    .enumerate()
                    .flat_map(|(d, doc)| slices::plan(doc, true).into_iter().map(move |p| (d, p)))
                    .collect();
                let count = plans.len() as f64;
                for (index, (d, plan)) in plans.into_iter().enumerate() {
                    let piece = slices::make(owned[d], plan);
                    let message = keep_message(
                        *id,
                        &[
                            ("piece", piece),
                            ("index", (index as f64).into()),
                            ("count", count.into()),
                        ],
                    );
                    if post(worker, &[message]).is_err() {
                        return self.stance_lost(seq);
                    }
                    if pacer.step().await && !self.still_asked(seq, generation) {
                        return;
                    }
                }
            }
            self.0.borrow_mut().held.insert(*id);
            if pacer.step().await && !self.still_asked(seq, generation) {
                return;
            }
        }
        if !self.still_asked(seq, generation) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = Reflect::set(&message, &"stance".into(), &seq.into());
        let list: Array = files
            .iter()
            .map(|(id, _)| JsValue::from(*id as f64))
            .collect();
        let _ = Reflect::set(&message, &"ids".into(), &list);
        if worker.post_message(&message).is_err() {
            self.stance_lost(seq);
        }
    }

    /// The worker's answer `{stance, sliced | piece, index, count, missing}`.
    pub(super) fn on_stance_answer(&self, data: &JsValue) {
        let Some(seq) = get(data, "stance").as_f64().map(|n| n as u32) else {
            return;
        };
        let sliced = {
            let mut inner = self.0.borrow_mut();
            if inner.stance.asked.as_ref().map(|a| a.0) != Some(seq) {
                return;
            }
            let missing = Array::from(&get(data, "missing"));
            if missing.length() > 0 {
                // The worker lost documents the page thought it held: not expected; the page
                // works the stance out itself rather than ask again.
                drop(inner);
                return self.stance_lost(seq);
            }
            let piece = get(data, "piece");
            if piece.is_undefined() {
                get(data, "sliced")
            } else {
                let count = get(data, "count").as_f64().unwrap_or(0.0) as u32;
                let pieces = inner.stance.pieces.get_or_insert_with(Array::new);
                pieces.push(&piece);
                if pieces.length() < count {
                    return;
                }
                inner
                    .stance
                    .pieces
                    .take()
                    .map_or(JsValue::UNDEFINED, JsValue::from)
            }
        };
        let this = self.clone();
        spawn_local(async move {
            match slices::assemble_stance(&sliced).await {
                Ok(stance) => this.stance_done(seq, stance),
                Err(e) => {
                    warn("QuoteLens could not read the stance", &e.into());
                    this.stance_lost(seq);
                }
            }
        });
    }

    /// The worker stopped, or answered what cannot be read, while question `seq` was open:
    /// the page works it out itself.
    pub(super) fn stance_lost(&self, seq: u32) {
        let files = {
            let inner = self.0.borrow();
            match &inner.stance.asked {
                Some((s, files)) if *s == seq => files.clone(),
                _ => return,
            }
        };
        let this = self.clone();
        spawn_local(async move {
            next_task().await;
            this.on_page(seq, &files).await;
        });
    }

    /// The question left open when the worker was replaced, if any.
    pub(super) fn open_stance(&self) -> Option<u32> {
        self.0.borrow().stance.asked.as_ref().map(|a| a.0)
    }

    /// Whether question `seq` is still open.
    fn asked(&self, seq: u32) -> bool {
        self.0.borrow().stance.asked.as_ref().map(|a| a.0) == Some(seq)
    }

    /// Asks the engine on the page's thread (no worker), as [`Self::send_and_ask`] asks the
    /// worker: first the documents it does not hold, then the question.
    async fn on_page(&self, seq: u32, files: &[FileDocs]) {
        // A second round only if the engine lost documents the page thought it held.
        for _ in 0..2 {
            let here = self.0.borrow().here.clone();
            for (id, docs) in files {
                if !self.asked(seq) {
                    return;
                }
                if self.0.borrow().held_here.contains(id) {
                    continue;
                }
                let owned: Vec<&DocumentReport> = docs.iter().map(|d| &**d).collect();
                let json = serde_json::to_string(&owned).unwrap_or_else(|_| "[]".into());
                let message = keep_message(*id, &[("json", json.into())]);
                match ask_here(here.clone(), message).await {
                    Ok(answer) if !get(&answer, "ack").is_undefined() => {
                        if self.asked(seq) {
                            self.0.borrow_mut().held_here.insert(*id);
                        }
                    }
                    Ok(answer) => return self.no_stance(seq, &get(&answer, "error")),
                    Err(e) => return self.no_stance(seq, &e),
                }
            }
            let list: Array = files
                .iter()
                .map(|(id, _)| JsValue::from(*id as f64))
                .collect();
            let question = object(&[("stance", seq.into()), ("ids", list.into())]);
            let answer = match ask_here(here, question).await {
                Ok(answer) => answer,
                Err(e) => return self.no_stance(seq, &e),
            };
            let missing = Array::from(&get(&answer, "missing"));
            if missing.length() > 0 {
                let mut inner = self.0.borrow_mut();
                for id in missing.iter() {
                    inner
                        .held_here
                        .remove(&(id.as_f64().unwrap_or(-1.0) as usize));
                }
                continue;
            }
            return match slices::assemble_stance(&get(&answer, "sliced")).await {
                Ok(stance) => self.stance_done(seq, stance),
                Err(e) => self.no_stance(seq, &e.into()),
            };
        }
        self.no_stance(seq, &"the engine lost the documents".into());
    }

    /// The engine on the page's thread could not answer question `seq` either: the views show
    /// no stance across documents rather than wait for it.
    fn no_stance(&self, seq: u32, why: &JsValue) {
        warn(
            "QuoteLens could not work out the stance across documents",
            why,
        );
        self.stance_done(seq, CorpusStance::default());
    }

    fn stance_done(&self, seq: u32, stance: CorpusStance) {
        let (dispatch, files, next) = {
            let mut inner = self.0.borrow_mut();
            if inner.stance.asked.as_ref().map(|a| a.0) != Some(seq) {
                return;
            }
            let Some((_, files)) = inner.stance.asked.take() else {
                return;
            };
            inner.stance.done = Some(ids(&files));
            let next = inner.stance.next.take();
            (inner.dispatch.clone(), files, next)
        };
        dispatch.dispatch(Action::Stance(Rc::new(Stance {
            ids: ids(&files),
            of: Rc::new(stance),
        })));
        if let Some(files) = next {
            self.want_stance(files);
        }
    }
}

fn keep_message(id: usize, fields: &[(&str, JsValue)]) -> JsValue {
    let message = object(&[("keep", (id as f64).into())]);
    for (key, value) in fields {
        let _ = Reflect::set(&message, &(*key).into(), value);
    }
    message
}

fn post(worker: &web_sys::Worker, messages: &[JsValue]) -> Result<(), JsValue> {
    for m in messages {
        worker.post_message(m)?;
    }
    Ok(())
}
