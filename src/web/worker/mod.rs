//! Runs the analysis of the user's files, off the page's main thread when it can, so that the
//! page stays responsive while hundreds of articles are analysed.
//!
//! The page gives [`Analyser`] a Web Worker (or none). Any worker whose script initialises this
//! wasm module and answers each message with [`analyse_in_worker`] will do (`www/worker.js`, or a
//! worker built from a Blob URL by a single-file build):
//!
//! ```js
//! self.onmessage = (event) => self.postMessage(analyseInWorker(event.data));
//! ```
//!
//! A message is `{id, name, file}` (a `File`, which the worker reads itself) or `{id, name,
//! bytes}` (a `Uint8Array`); the answer is `{id, json}` (the core's documents as JSON) or `{id,
//! error}`. Without a worker, or when the worker fails, files are analysed on the main thread,
//! one per tick. Results are collected and handed to the app at most every [`FLUSH_MS`], and
//! written to the browser's storage in the same step.
//!
//! `answer` is the worker's side; `keep` is the part that deals with the store.

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

mod answer;
mod keep;

pub use answer::analyse_in_worker;
use answer::{analyse_bytes, read_file, refused, unreadable};

use super::state::{Action, FileEntry, FileStatus, Outcome, State};
use super::store::{Kept, Store};
use crate::DocumentReport;

/// Results are applied to the page at most this often.
pub const FLUSH_MS: u32 = 100;
/// Files handed to the worker ahead of their turn, so that it never waits for the page.
const WINDOW: usize = 2;

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

struct Job {
    id: usize,
    name: String,
    source: Source,
}

enum Engine {
    Worker {
        worker: Worker,
        /// True once the worker has answered a message, so it did start.
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
    /// Jobs the worker has and has not answered yet; kept to be re-run if the worker dies.
    in_flight: Vec<Job>,
    started: Vec<usize>,
    /// Answers not yet applied: id, the file's name, the core's documents as JSON or an error.
    finished: Vec<(usize, String, Result<String, String>)>,
    flush_timer: Option<Timeout>,
    tick_timer: Option<Timeout>,
    store: StoreState,
    /// Counts "Clear all"s, so that files still being restored from storage are not brought
    /// back after one.
    clears: u32,
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
    pub fn new(
        dispatch: UseReducerDispatcher<State>,
        worker: Option<Worker>,
        store: Option<String>,
    ) -> Analyser {
        let analyser = Analyser(Rc::new(RefCell::new(Inner {
            dispatch,
            visit: js_sys::Date::now(),
            next_id: 0,
            queue: VecDeque::new(),
            engine: Engine::MainThread { current: None },
            in_flight: Vec::new(),
            started: Vec::new(),
            finished: Vec::new(),
            flush_timer: None,
            tick_timer: None,
            clears: 0,
            store: if store.is_some() {
                StoreState::Opening {
                    writes: Vec::new(),
                    clear: false,
                }
            } else {
                StoreState::Off
            },
        })));
        if let Some(worker) = worker {
            analyser.use_worker(worker);
        }
        if let Some(name) = store {
            let this = analyser.clone();
            spawn_local(async move { this.open_store(&name).await });
        }
        analyser
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
            // The worker's script did not load or start: analyse here instead.
            event.prevent_default();
            if let Some(this) = upgrade(&weak) {
                this.fall_back();
            }
        });
        self.0.borrow_mut().engine = Engine::Worker {
            worker,
            answered: false,
            _listeners: [on_message, on_error],
        };
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
            inner.started.clear();
            inner.finished.clear();
            inner.flush_timer = None;
            inner.tick_timer = None;
            if let Engine::MainThread { current } = &mut inner.engine {
                *current = None;
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
        let mut inner = self.0.borrow_mut();
        let inner = &mut *inner;
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
                        inner.finished.push((job.id, job.name, Err(error)));
                        continue;
                    }
                    inner.started.push(job.id);
                    inner.in_flight.push(job);
                }
            }
            Engine::MainThread { current } => {
                if current.is_none() && inner.tick_timer.is_none() && !inner.queue.is_empty() {
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
            let result = match &job.source {
                Source::Bytes(bytes) => Ok(analyse_bytes(&job.name, bytes)),
                Source::File(file) => match refused(&job.name, file) {
                    Some(json) => Ok(json),
                    None => read_file(file)
                        .await
                        .map(|bytes| analyse_bytes(&job.name, &bytes))
                        .map_err(|e| unreadable(&job.name, &e)),
                },
            };
            {
                let mut inner = this.0.borrow_mut();
                let Engine::MainThread { current } = &mut inner.engine else {
                    return;
                };
                // Cleared meanwhile: the result belongs to no file any more.
                if current.take() != Some(job.id) {
                    return;
                }
                inner.finished.push((job.id, job.name, result));
            }
            this.pump();
        });
    }

    fn on_worker_answer(&self, data: &JsValue) {
        let get = |key: &str| Reflect::get(data, &key.into()).unwrap_or(JsValue::UNDEFINED);
        let Some(id) = get("id").as_f64().map(|n| n as usize) else {
            // Not an answer to a job (the worker could not start its module): work here.
            self.fall_back();
            return;
        };
        {
            let mut inner = self.0.borrow_mut();
            if let Engine::Worker { answered, .. } = &mut inner.engine {
                *answered = true;
            }
            let Some(at) = inner.in_flight.iter().position(|j| j.id == id) else {
                return;
            };
            let job = inner.in_flight.remove(at);
            let result = match get("json").as_string() {
                Some(json) => Ok(json),
                None => Err(get("error")
                    .as_string()
                    .unwrap_or_else(|| format!("{} could not be analysed.", job.name))),
            };
            inner.finished.push((id, job.name, result));
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
            inner.engine = Engine::MainThread { current: None };
            let mut jobs: Vec<Job> = inner.in_flight.drain(..).collect();
            if answered && !jobs.is_empty() {
                let job = jobs.remove(0);
                let message = format!(
                    "{} could not be analysed: the analysis stopped with an internal error.",
                    job.name
                );
                inner.finished.push((job.id, job.name, Err(message)));
            }
            for job in jobs.into_iter().rev() {
                inner.queue.push_front(job);
            }
        }
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
                Ok(json) => match serde_json::from_str::<Vec<DocumentReport>>(&json) {
                    Ok(docs) => {
                        keep.push((id, name, json));
                        Ok(docs.into_iter().map(Rc::new).collect())
                    }
                    Err(e) => Err(format!("The analysis result could not be read: {e}")),
                },
                Err(message) => Err(message),
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
    let message = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&message, &key.into(), value);
    };
    set("id", &(job.id as f64).into());
    set("name", &job.name.as_str().into());
    match &job.source {
        Source::File(file) => set("file", file),
        Source::Bytes(bytes) => set("bytes", &Uint8Array::from(&bytes[..])),
    }
    message.into()
}

/// Resolves in a later task, letting the browser render and handle input meanwhile.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn warn(what: &str, error: &JsValue) {
    web_sys::console::warn_2(&what.into(), error);
}
