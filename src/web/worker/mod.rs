//! Runs the analysis of the user's files, off the page's main thread when it can, so that the
//! page stays responsive while hundreds of articles are analysed.
//!
//! The app links no analysis: the engine (`web::engine`, the API-only wasm in pkg/) does it.
//! The page gives [`Analyser`] a Web Worker (or none). Any worker whose script initialises the
//! engine's module and answers each message with its `analyseInWorker` will do
//! (`www/worker.js`, or a worker built from a Blob URL by a single-file build):
//!
//! ```js
//! self.onmessage = (event) => self.postMessage(analyseInWorker(event.data));
//! ```
//!
//! A message is `{id, name, file}` (a `File`, which the worker reads itself) or `{id, name,
//! bytes}` (a `Uint8Array`); the answer is `{id, json}` (the core's documents as JSON), `{id,
//! sliced}` (a large result in pieces, see [`slices`]) or `{id, error}`. Without a worker, or
//! when the worker fails to start, files are analysed on the main thread, one per tick, by the
//! engine loaded on the page (the `here` function the page gives, which answers the same
//! messages). Results are collected and handed to the app at most every [`FLUSH_MS`], and
//! written to the browser's storage in the same step.
//!
//! A panic in the core (a bug; the fuzz targets hunt for them) traps the wasm instance, which is
//! then unusable. `www/worker.js` catches it and answers `{id, crashed}` before closing itself:
//! that file is marked failed with a clear message, and when the page gave a function that
//! starts workers ([`Workers::Start`]) a fresh worker takes the files that were waiting. A worker
//! that says `{ready: true}` once its module has loaded is known to have started, so an error
//! event from it afterwards is a crash too, not a failure to start.
//!
//! `keep` is the part that deals with the store; `stance` asks for the stance across documents.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{File, MessageEvent, Worker};
use yew::UseReducerDispatcher;

mod keep;
mod stance;

pub use stance::FileDocs;

use super::slices;
use super::state::{Action, Failure, FileEntry, FileStatus, Outcome, State};
use super::store::{Kept, Saved, Store};
use super::{refused, unreadable};
use crate::web::views::logic::article::SpeakerCounts;
use crate::DocumentReport;

/// Results are applied to the page at most this often.
pub const FLUSH_MS: u32 = 100;
/// Files handed to the worker ahead of their turn, so that it never waits for the page.
const WINDOW: usize = 2;

/// The worker the page gives: a started one, or a function that starts one (called again to
/// replace a worker that crashed).
#[derive(Clone, PartialEq)]
pub enum Workers {
    One(Worker),
    Start(js_sys::Function),
}

impl Workers {
    /// `null`/`undefined` (none), a `Worker`, or a function returning one.
    pub fn from_js(value: JsValue) -> Option<Workers> {
        if let Some(start) = value.dyn_ref::<js_sys::Function>() {
            Some(Workers::Start(start.clone()))
        } else {
            value.dyn_into::<Worker>().ok().map(Workers::One)
        }
    }
}

/// What the user gave: a file, or text from the paste box or the bundled samples.
#[derive(Clone)]
pub enum Source {
    File(File),
    Bytes(Rc<[u8]>),
}

/// A named input, before it has an id.
#[derive(Clone)]
pub struct NewFile {
    pub name: String,
    pub source: Source,
}

/// A result as it arrives: the documents as JSON, or a large result already put back
/// together from its parts (kept as those parts).
enum Payload {
    Json(String),
    /// The documents, their speaker counts (see `slices::count_speakers`) and their parts.
    Docs(Vec<DocumentReport>, Vec<Option<SpeakerCounts>>, JsValue),
}

struct Job {
    id: usize,
    name: String,
    source: Source,
}

enum Engine {
    Worker {
        worker: Worker,
        /// True once the worker has said it is ready or answered a message, so it did start.
        answered: bool,
        _listeners: [EventListener; 2],
    },
    /// `current` is the job being analysed, if any.
    MainThread { current: Option<usize> },
}

struct Inner {
    dispatch: UseReducerDispatcher<State>,
    /// When this page was opened: with a file's id, the key it is kept under.
    visit: f64,
    next_id: usize,
    queue: VecDeque<Job>,
    engine: Engine,
    /// Starts a fresh worker after a crash; `None` when the page gave a single worker.
    start_worker: Option<js_sys::Function>,
    /// The engine on the page's own thread, for when there is no worker (see [`ask_here`]).
    here: Option<js_sys::Function>,
    /// Files whose documents the engine on the page's thread holds.
    held_here: std::collections::HashSet<usize>,
    /// Jobs the worker has and has not answered yet; kept to be re-run if the worker dies.
    in_flight: Vec<Job>,
    started: Vec<usize>,
    /// Pieces of large results still arriving, one message each: id → the pieces so far.
    pieces: std::collections::HashMap<usize, js_sys::Array>,
    /// Answers not yet applied: id, the file's name, the core's documents or an error.
    finished: Vec<(usize, String, Result<Payload, Failure>)>,
    flush_timer: Option<Timeout>,
    tick_timer: Option<Timeout>,
    store: StoreState,
    /// Counts "Clear all"s, so that files still being restored from storage are not brought
    /// back after one.
    clears: u32,
    /// Counts the workers started, so that work for one that was replaced stops.
    generation: u32,
    /// True once the app was told that files are analysed on the page's thread.
    said_on_page: bool,
    /// Files whose documents the current worker holds, for the stance across documents.
    held: std::collections::HashSet<usize>,
    stance: stance::StanceJob,
}

enum StoreState {
    /// Nothing is kept (the component tests).
    Off,
    /// Opening; what to write meanwhile, and whether "Clear all" was pressed.
    Opening {
        writes: Vec<Kept>,
        clear: bool,
    },
    Open(Rc<Store>),
}

/// The queue of files and the engine that analyses them. Cheap to clone (a shared handle).
#[derive(Clone)]
pub struct Analyser(Rc<RefCell<Inner>>);

impl PartialEq for Analyser {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Analyser {
    /// Starts with the given worker (or on the main thread) and, when `store` names a
    /// database, opens it and brings back the files analysed in earlier visits.
    /// Without a worker the files are analysed by `here` (see [`ask_here`]).
    pub fn new(
        dispatch: UseReducerDispatcher<State>,
        workers: Option<Workers>,
        here: Option<js_sys::Function>,
        store: Option<String>,
    ) -> Analyser {
        let analyser = Analyser(Rc::new(RefCell::new(Inner {
            dispatch,
            visit: js_sys::Date::now(),
            next_id: 0,
            queue: VecDeque::new(),
            engine: Engine::MainThread { current: None },
            start_worker: match &workers {
                Some(Workers::Start(f)) => Some(f.clone()),
                _ => None,
            },
            here,
            held_here: Default::default(),
            in_flight: Vec::new(),
            started: Vec::new(),
            pieces: std::collections::HashMap::new(),
            finished: Vec::new(),
            flush_timer: None,
            tick_timer: None,
            clears: 0,
            generation: 0,
            said_on_page: false,
            held: Default::default(),
            stance: Default::default(),
            store: if store.is_some() {
                StoreState::Opening {
                    writes: Vec::new(),
                    clear: false,
                }
            } else {
                StoreState::Off
            },
        })));
        match workers {
            Some(Workers::One(worker)) => analyser.use_worker(worker),
            Some(Workers::Start(_)) => {
                if let Some(worker) = analyser.start_worker() {
                    analyser.use_worker(worker);
                }
            }
            None => {}
        }
        if let Some(name) = store {
            let this = analyser.clone();
            spawn_local(async move { this.open_store(&name).await });
        }
        analyser
    }

    /// A fresh worker from the page's function, or `None` when it gave none or it failed.
    fn start_worker(&self) -> Option<Worker> {
        let start = self.0.borrow().start_worker.clone()?;
        match start.call0(&JsValue::NULL) {
            Ok(worker) => worker.dyn_into::<Worker>().ok(),
            Err(e) => {
                warn("QuoteLens analyses on the main thread: no worker", &e);
                None
            }
        }
    }

    fn use_worker(&self, worker: Worker) {
        let weak = Rc::downgrade(&self.0);
        let on_message = EventListener::new(&worker, "message", move |event| {
            if let (Some(this), Some(event)) = (upgrade(&weak), event.dyn_ref::<MessageEvent>()) {
                this.on_worker_answer(&event.data());
            }
        });
        let weak = Rc::downgrade(&self.0);
        let on_error = EventListener::new(&worker, "error", move |event| {
            // The worker's script did not load or start, or a worker that did start stopped
            // with an error it did not catch.
            event.prevent_default();
            let message = Reflect::get(event, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .filter(|m| !m.is_empty());
            if let Some(this) = upgrade(&weak) {
                this.on_worker_error(message);
            }
        });
        let mut inner = self.0.borrow_mut();
        inner.engine = Engine::Worker {
            worker,
            answered: false,
            _listeners: [on_message, on_error],
        };
        inner.generation += 1;
        inner.held.clear();
    }

    /// The worker is gone: what it held is gone with it, and a question about the stance it
    /// had is answered on the page.
    fn worker_gone(&self) {
        {
            let mut inner = self.0.borrow_mut();
            inner.generation += 1;
            inner.held.clear();
        }
        if let Some(seq) = self.open_stance() {
            self.stance_lost(seq);
        }
    }

    /// Queues the files in the order given.
    pub fn add(&self, files: Vec<NewFile>) {
        if files.is_empty() {
            return;
        }
        let entries: Vec<FileEntry> = {
            let mut inner = self.0.borrow_mut();
            files
                .into_iter()
                .map(|file| {
                    inner.next_id += 1;
                    let id = inner.next_id;
                    inner.queue.push_back(Job {
                        id,
                        name: file.name.clone(),
                        source: file.source,
                    });
                    FileEntry {
                        id,
                        name: file.name,
                        status: FileStatus::Queued,
                    }
                })
                .collect()
        };
        let dispatch = self.0.borrow().dispatch.clone();
        dispatch.dispatch(Action::Add(entries));
        self.pump();
    }

    /// Stops the files still waiting; those being analysed finish, finished ones stay.
    pub fn cancel(&self) {
        self.flush();
        let ids: Vec<usize> = {
            let mut inner = self.0.borrow_mut();
            inner.queue.drain(..).map(|job| job.id).collect()
        };
        let dispatch = self.0.borrow().dispatch.clone();
        dispatch.dispatch(Action::Cancel(ids));
    }

    /// Forgets every file, here and in the browser's storage.
    pub fn clear(&self) {
        let store = {
            let mut inner = self.0.borrow_mut();
            inner.clears += 1;
            inner.queue.clear();
            // Answers still coming from the worker find no job and are dropped.
            inner.in_flight.clear();
            inner.pieces.clear();
            inner.started.clear();
            inner.finished.clear();
            inner.flush_timer = None;
            inner.tick_timer = None;
            inner.stance.reset();
            inner.held.clear();
            if !std::mem::take(&mut inner.held_here).is_empty() {
                let here = inner.here.clone();
                spawn_local(async move {
                    let _ = ask_here(here, forget_message()).await;
                });
            }
            match &mut inner.engine {
                Engine::MainThread { current } => *current = None,
                Engine::Worker { worker, .. } => {
                    let _ = worker.post_message(&forget_message());
                }
            }
            match &mut inner.store {
                StoreState::Open(store) => Some(store.clone()),
                StoreState::Opening { writes, clear } => {
                    writes.clear();
                    *clear = true;
                    None
                }
                StoreState::Off => None,
            }
        };
        let dispatch = self.0.borrow().dispatch.clone();
        dispatch.dispatch(Action::Clear);
        if let Some(store) = store {
            spawn_local(async move {
                if let Err(e) = store.clear().await {
                    warn("QuoteLens could not clear its storage", &e);
                }
            });
        }
        self.pump();
    }

    /// Hands out work: to the worker, up to [`WINDOW`] files ahead; on the main thread, the
    /// next file in a fresh task.
    fn pump(&self) {
        let mut announce = false;
        let mut guard = self.0.borrow_mut();
        let inner = &mut *guard;
        match &inner.engine {
            Engine::Worker { worker, .. } => {
                let worker = worker.clone();
                while inner.in_flight.len() < WINDOW {
                    let Some(job) = inner.queue.pop_front() else {
                        break;
                    };
                    if let Err(e) = worker.post_message(&job_message(&job)) {
                        // A File that cannot be sent to the worker; report it and go on.
                        let error = unreadable(&job.name, &e);
                        let failure = Failure::Unreadable(error);
                        inner.finished.push((job.id, job.name, Err(failure)));
                        continue;
                    }
                    inner.started.push(job.id);
                    inner.in_flight.push(job);
                }
            }
            Engine::MainThread { current } => {
                if current.is_none() && inner.tick_timer.is_none() && !inner.queue.is_empty() {
                    announce = !std::mem::replace(&mut inner.said_on_page, true);
                    let weak = Rc::downgrade(&self.0);
                    inner.tick_timer = Some(Timeout::new(0, move || {
                        if let Some(this) = upgrade(&weak) {
                            this.tick();
                        }
                    }));
                }
            }
        }
        if !inner.started.is_empty() || !inner.finished.is_empty() {
            schedule_flush(&self.0, inner);
        }
        let dispatch = inner.dispatch.clone();
        drop(guard);
        if announce {
            dispatch.dispatch(Action::OnPage(true));
        }
    }

    /// Main thread: analyses the next file, then yields to the browser before the one after.
    fn tick(&self) {
        let job = {
            let mut inner = self.0.borrow_mut();
            inner.tick_timer = None;
            let Some(job) = inner.queue.pop_front() else {
                return;
            };
            inner.engine = Engine::MainThread {
                current: Some(job.id),
            };
            inner.started.push(job.id);
            job
        };
        let this = self.clone();
        spawn_local(async move {
            // The card says "analysing" and the page is drawn before the file holds the thread.
            this.flush();
            next_frame().await;
            let here = this.0.borrow().here.clone();
            let (answer, holder) = analyse_here(here, &job).await;
            {
                let mut inner = this.0.borrow_mut();
                let Engine::MainThread { current } = &mut inner.engine else {
                    return;
                };
                // Cleared meanwhile: the result belongs to no file any more.
                if current.take() != Some(job.id) {
                    return;
                }
            }
            this.take_answer(job.id, job.name, &answer, get(&answer, "sliced"), holder);
            this.pump();
        });
    }

    fn on_worker_answer(&self, data: &JsValue) {
        let get = |key: &str| Reflect::get(data, &key.into()).unwrap_or(JsValue::UNDEFINED);
        if get("ready").is_truthy() {
            if let Engine::Worker { answered, .. } = &mut self.0.borrow_mut().engine {
                *answered = true;
            }
            return;
        }
        if !get("stance").is_undefined() {
            self.on_stance_answer(data);
            return;
        }
        if !get("ack").is_undefined() {
            return;
        }
        let Some(id) = get("id").as_f64().map(|n| n as usize) else {
            // Not an answer to a job (the worker could not start its module): work here.
            self.fall_back();
            return;
        };
        if let Some(why) = get("crashed").as_string() {
            self.on_crash(Some(id), &why);
            return;
        }
        {
            let mut inner = self.0.borrow_mut();
            if let Engine::Worker { answered, .. } = &mut inner.engine {
                *answered = true;
            }
            let Some(at) = inner.in_flight.iter().position(|j| j.id == id) else {
                return;
            };
            // One piece of a large result: kept until the last one has come.
            let piece = get("piece");
            let sliced = if piece.is_undefined() {
                get("sliced")
            } else {
                let count = get("count").as_f64().unwrap_or(0.0) as u32;
                let pieces = inner.pieces.entry(id).or_default();
                pieces.push(&piece);
                if pieces.length() < count {
                    return;
                }
                inner
                    .pieces
                    .remove(&id)
                    .map_or(JsValue::UNDEFINED, JsValue::from)
            };
            let job = inner.in_flight.remove(at);
            drop(inner);
            self.take_answer(id, job.name, data, sliced, Holder::Worker);
        }
        self.pump();
    }

    /// An engine's answer to file `id`: its documents as JSON or in pieces (`sliced`, put
    /// together already from the messages that brought them), an error, or a crash; `holder`
    /// is the engine that keeps the documents for the stance across documents.
    fn take_answer(
        &self,
        id: usize,
        name: String,
        data: &JsValue,
        sliced: JsValue,
        holder: Holder,
    ) {
        let json = get(data, "json").as_string();
        let mut inner = self.0.borrow_mut();
        if !sliced.is_undefined() || json.is_some() {
            match holder {
                Holder::Worker => inner.held.insert(id),
                Holder::Here => inner.held_here.insert(id),
                Holder::Nobody => false,
            };
        }
        if !sliced.is_undefined() {
            drop(inner);
            self.receive(id, name, sliced);
            return;
        }
        let result = match (json, get(data, "crashed").as_string()) {
            (Some(json), _) => Ok(Payload::Json(json)),
            (None, Some(why)) => Err(Failure::Crashed(crash_message(&name, &why))),
            (None, None) => Err(Failure::Unreadable(
                get(data, "error")
                    .as_string()
                    .unwrap_or_else(|| format!("{name} could not be analysed.")),
            )),
        };
        inner.finished.push((id, name, result));
    }

    /// Puts a large result back together in the background, a few parts per task, saying how
    /// far it is; the worker meanwhile goes on with the next file.
    fn receive(&self, id: usize, name: String, sliced: JsValue) {
        let this = self.clone();
        let clears = self.0.borrow().clears;
        let total = slices::part_count(&sliced);
        spawn_local(async move {
            let dispatch = this.0.borrow().dispatch.clone();
            let report = |done| dispatch.dispatch(Action::Receiving { id, done, total });
            report(0);
            let result = match slices::assemble(&sliced, report).await {
                Ok(docs) => {
                    let counts = slices::count_speakers(&docs).await;
                    Ok((docs, counts))
                }
                Err(e) => Err(e),
            };
            let mut inner = this.0.borrow_mut();
            // Cleared meanwhile: the result belongs to no file any more.
            if inner.clears != clears {
                return;
            }
            let result = result
                .map(|(docs, counts)| Payload::Docs(docs, counts, sliced))
                .map_err(|e| Failure::Unreadable(format!("{name}: {e}")));
            inner.finished.push((id, name, result));
            let inner = &mut *inner;
            schedule_flush(&this.0, inner);
        });
    }

    /// An error event: a worker that started has crashed on the file it was analysing; one
    /// that never started cannot, and the files are analysed here instead.
    fn on_worker_error(&self, message: Option<String>) {
        let started = matches!(
            &self.0.borrow().engine,
            Engine::Worker { answered: true, .. }
        );
        if started && self.0.borrow().start_worker.is_some() {
            let why = message.unwrap_or_else(|| "the worker stopped with an error".into());
            self.on_crash(None, &why);
        } else {
            self.fall_back();
        }
    }

    /// The core panicked on job `id` (or, when `None`, on the oldest job the worker had): that
    /// file is marked failed, the worker is replaced by a fresh one and given the files that
    /// were waiting, in their order. Without a way to start a worker, the rest are analysed on
    /// the main thread.
    fn on_crash(&self, id: Option<usize>, why: &str) {
        {
            let mut inner = self.0.borrow_mut();
            let Engine::Worker { worker, .. } = &inner.engine else {
                return;
            };
            worker.terminate();
            inner.pieces.clear();
            let at = match id {
                Some(id) => inner.in_flight.iter().position(|j| j.id == id),
                None => (!inner.in_flight.is_empty()).then_some(0),
            };
            if let Some(at) = at {
                let job = inner.in_flight.remove(at);
                let failure = Failure::Crashed(crash_message(&job.name, why));
                inner.finished.push((job.id, job.name, Err(failure)));
            }
            let jobs: Vec<Job> = inner.in_flight.drain(..).collect();
            for job in jobs.into_iter().rev() {
                inner.queue.push_front(job);
            }
            inner.engine = Engine::MainThread { current: None };
        }
        self.worker_gone();
        if let Some(worker) = self.start_worker() {
            self.use_worker(worker);
        }
        self.pump();
    }

    /// Stops using the worker and re-queues the files it had, in their order. A worker that
    /// has answered before did start: its error came from the file it was analysing, which
    /// is reported as failed rather than tried again here.
    fn fall_back(&self) {
        {
            let mut inner = self.0.borrow_mut();
            let Engine::Worker {
                worker, answered, ..
            } = &inner.engine
            else {
                return;
            };
            worker.terminate();
            let answered = *answered;
            inner.pieces.clear();
            inner.engine = Engine::MainThread { current: None };
            let mut jobs: Vec<Job> = inner.in_flight.drain(..).collect();
            if answered && !jobs.is_empty() {
                let job = jobs.remove(0);
                let failure = Failure::Crashed(crash_message(&job.name, "the worker stopped"));
                inner.finished.push((job.id, job.name, Err(failure)));
            }
            for job in jobs.into_iter().rev() {
                inner.queue.push_front(job);
            }
        }
        self.worker_gone();
        self.pump();
    }

    /// Applies what arrived since the last flush in one action and keeps the results.
    fn flush(&self) {
        let (started, finished) = {
            let mut inner = self.0.borrow_mut();
            inner.flush_timer = None;
            (
                std::mem::take(&mut inner.started),
                std::mem::take(&mut inner.finished),
            )
        };
        if started.is_empty() && finished.is_empty() {
            return;
        }
        let mut outcomes = Vec::with_capacity(finished.len());
        let mut keep = Vec::new();
        for (id, name, result) in finished {
            let outcome: Outcome = match result {
                Ok(Payload::Docs(docs, counts, sliced)) => {
                    keep.push((id, name, Saved::Sliced(sliced)));
                    Ok(slices::held(docs, counts))
                }
                Ok(Payload::Json(json)) => match serde_json::from_str::<Vec<DocumentReport>>(&json)
                {
                    Ok(docs) => {
                        keep.push((id, name, Saved::Json(json)));
                        Ok(docs.into_iter().map(Rc::new).collect())
                    }
                    Err(e) => Err(Failure::Unreadable(format!(
                        "The analysis result could not be read: {e}"
                    ))),
                },
                Err(failure) => Err(failure),
            };
            outcomes.push((id, outcome));
        }
        let dispatch = self.0.borrow().dispatch.clone();
        dispatch.dispatch(Action::Progress {
            started,
            finished: outcomes,
        });
        self.save(keep);
    }
}

/// What a file card says when the core crashed on the file.
fn crash_message(name: &str, why: &str) -> String {
    format!(
        "{name} could not be analysed: QuoteLens stopped with an internal error on this file \
         ({why}). The other files are analysed as usual. This is a bug: please report it with \
         the file."
    )
}

fn upgrade(weak: &Weak<RefCell<Inner>>) -> Option<Analyser> {
    weak.upgrade().map(Analyser)
}

fn schedule_flush(rc: &Rc<RefCell<Inner>>, inner: &mut Inner) {
    if inner.flush_timer.is_none() {
        let weak = Rc::downgrade(rc);
        inner.flush_timer = Some(Timeout::new(FLUSH_MS, move || {
            if let Some(this) = upgrade(&weak) {
                this.flush();
            }
        }));
    }
}

fn job_message(job: &Job) -> JsValue {
    match &job.source {
        Source::File(file) => object(&[
            ("id", (job.id as f64).into()),
            ("name", job.name.as_str().into()),
            ("file", file.into()),
        ]),
        Source::Bytes(bytes) => bytes_message(job, Uint8Array::from(&bytes[..])),
    }
}

fn bytes_message(job: &Job, bytes: Uint8Array) -> JsValue {
    object(&[
        ("id", (job.id as f64).into()),
        ("name", job.name.as_str().into()),
        ("bytes", bytes.into()),
    ])
}

fn forget_message() -> JsValue {
    object(&[("forget", true.into())])
}

/// A plain object with these properties.
pub(crate) fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let out = js_sys::Object::new();
    for (key, value) in fields {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&out, &(*key).into(), value);
    }
    out.into()
}

pub(crate) fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Asks the engine on the page's own thread: the page's `here` function, `(message) => answer`
/// or a promise of it (`www/main.js` loads the engine's module on first use), or, when this
/// module carries the engine too (the browser tests), the engine itself.
pub(crate) async fn ask_here(
    here: Option<js_sys::Function>,
    message: JsValue,
) -> Result<JsValue, JsValue> {
    match here {
        Some(here) => {
            let answer = here.call1(&JsValue::NULL, &message)?;
            wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&answer)).await
        }
        None => engine_here(message),
    }
}

#[cfg(feature = "engine")]
fn engine_here(message: JsValue) -> Result<JsValue, JsValue> {
    Ok(crate::web::engine::analyse_in_worker(message))
}

#[cfg(not(feature = "engine"))]
fn engine_here(_message: JsValue) -> Result<JsValue, JsValue> {
    Err("this page has no engine to analyse files with".into())
}

/// Which engine keeps a file's documents for the stance across documents.
#[derive(Clone, Copy)]
enum Holder {
    Worker,
    Here,
    /// None: the page made the answer itself (a file refused by its size).
    Nobody,
}

/// Analyses `job` on the page's thread: reads its file (unless its size alone refuses it) and
/// gives the engine the bytes. The answer is the engine's, or `{crashed}` when it failed.
async fn analyse_here(here: Option<js_sys::Function>, job: &Job) -> (JsValue, Holder) {
    let id: JsValue = (job.id as f64).into();
    let bytes = match &job.source {
        Source::Bytes(bytes) => Uint8Array::from(&bytes[..]),
        Source::File(file) => {
            if let Some(doc) = refused(&job.name, file) {
                let json = slices::docs_json(std::slice::from_ref(&doc));
                return (object(&[("id", id), ("json", json.into())]), Holder::Nobody);
            }
            match read_file(file).await {
                Ok(bytes) => bytes,
                Err(e) => {
                    let error = unreadable(&job.name, &e);
                    return (
                        object(&[("id", id), ("error", error.into())]),
                        Holder::Nobody,
                    );
                }
            }
        }
    };
    let answer = match ask_here(here, bytes_message(job, bytes)).await {
        Ok(answer) => answer,
        Err(e) => {
            let why = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| format!("{}: {}", e.name(), e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| "the engine stopped".into());
            object(&[("id", id), ("crashed", why.into())])
        }
    };
    (answer, Holder::Here)
}

async fn read_file(file: &File) -> Result<Uint8Array, JsValue> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
    Ok(Uint8Array::new(&buffer))
}

/// Resolves after the browser has drawn the next frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    // The frame callback runs just before drawing: the next task comes after it.
    next_task().await;
}

/// Resolves in a later task, letting the browser render and handle input meanwhile.
pub(crate) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn warn(what: &str, error: &JsValue) {
    web_sys::console::warn_2(&what.into(), error);
}
