//! The app's state, in one place: the files the user gave, in the order given, where each one
//! is on its way through the analysis, and what the core found in it. Components render it;
//! only [`State::reduce`] changes it.

use std::rc::Rc;

use yew::Reducible;

use crate::DocumentReport;

/// How a pasted text is named: "pasted text 1", "pasted text 2", ...
pub const PASTED: &str = "pasted text ";

/// One file the user dropped, picked, pasted or asked for as a sample.
#[derive(Debug, Clone, PartialEq)]
pub struct FileEntry {
    /// Unique within the session; the key that async results come back with.
    pub id: usize,
    pub name: String,
    pub status: FileStatus,
}

#[derive(Debug, Clone)]
pub enum FileStatus {
    /// Waiting for its turn.
    Queued,
    /// Being read and analysed.
    Analysing,
    /// What the core reported: usually one document, several for a multi-article export, or
    /// one document carrying the core's error for input it cannot read (empty, too large, ...).
    Analysed(Vec<Rc<DocumentReport>>),
    /// The browser could not read the file at all (permissions, a file removed meanwhile).
    Unreadable(String),
    /// The core crashed on the file (a bug); the other files were analysed all the same.
    Crashed(String),
    /// The user cancelled the batch before this file's turn came.
    Cancelled,
}

/// Analysed files are equal when they hold the same reports (the same allocations): a file
/// card then compares its props in constant time instead of walking every quotation, which
/// matters when 500 cards are compared on each batch of results.
impl PartialEq for FileStatus {
    fn eq(&self, other: &Self) -> bool {
        use FileStatus::*;
        match (self, other) {
            (Analysed(a), Analysed(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| Rc::ptr_eq(x, y))
            }
            (Unreadable(a), Unreadable(b)) | (Crashed(a), Crashed(b)) => a == b,
            (Queued, Queued) | (Analysing, Analysing) | (Cancelled, Cancelled) => true,
            _ => false,
        }
    }
}

impl FileStatus {
    /// True while the file still waits for its result.
    pub fn is_busy(&self) -> bool {
        matches!(self, FileStatus::Queued | FileStatus::Analysing)
    }

    /// The word a file card shows for this status; also its `data-status`.
    pub fn label(&self) -> &'static str {
        match self {
            FileStatus::Queued => "queued",
            FileStatus::Analysing => "analysing",
            FileStatus::Analysed(docs) if docs.iter().all(|d| d.error.is_some()) => "error",
            FileStatus::Analysed(_) => "done",
            FileStatus::Unreadable(_) | FileStatus::Crashed(_) => "error",
            FileStatus::Cancelled => "cancelled",
        }
    }
}

/// Why a file has no report.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The browser could not read it, or the result could not be read back.
    Unreadable(String),
    /// The core crashed while analysing it.
    Crashed(String),
}

/// A file's result as it arrives: the core's documents, or why there are none.
pub type Outcome = Result<Vec<Rc<DocumentReport>>, Failure>;

/// How far the current batch is: the files added since the queue was last empty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub total: usize,
    /// Analysed, or refused with an error: every file that has its result.
    pub done: usize,
    pub cancelled: usize,
}

impl Progress {
    pub fn is_running(&self) -> bool {
        self.done + self.cancelled < self.total
    }

    /// "12 of 500 analysed", with the cancelled ones when there are any.
    pub fn text(&self) -> String {
        let mut text = format!("{} of {} analysed", self.done, self.total);
        if self.cancelled > 0 {
            text.push_str(&format!(", {} cancelled", self.cancelled));
        }
        text
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub files: Vec<FileEntry>,
    /// True while something is dragged over the drop zone.
    pub dragging: bool,
    /// Files in the current batch, and how many of them were cancelled.
    batch_total: usize,
    batch_cancelled: usize,
    /// How many entries at the front of `files` came back from the browser's storage.
    restored: usize,
    /// True once the files kept from earlier visits are back on the page (or there is no
    /// readable storage).
    pub store_ready: bool,
    /// A large result being read in parts: the file, and how many of its parts are read.
    pub receiving: Option<Receiving>,
    /// The stance across the analysed files, once worked out (see `worker::stance`).
    pub stance: Option<Rc<Stance>>,
    /// True when files are analysed on the page's own thread, without a worker.
    pub on_page: bool,
}

/// The core's stance across documents, and the files (by id, in order) it was worked out for.
#[derive(Debug, PartialEq)]
pub struct Stance {
    pub ids: Vec<usize>,
    pub of: Rc<crate::web::views::logic::corpus::CorpusStance>,
}

/// How far the page is in reading a large result (see `web::slices`).
#[derive(Debug, Clone, PartialEq)]
pub struct Receiving {
    pub name: String,
    pub id: usize,
    pub done: usize,
    pub total: usize,
}

impl Receiving {
    /// "Reading the results of big.txt: 45%".
    pub fn text(&self) -> String {
        let percent = self.done * 100 / self.total.max(1);
        format!("Reading the results of {}: {percent}%", self.name)
    }
}

pub enum Action {
    /// New files, in the order given: queued, or already refused (too large, empty).
    Add(Vec<FileEntry>),
    /// Files whose analysis began, and files whose results arrived: one action per batch of
    /// results, so that a hundred results cost one render, not a hundred.
    Progress {
        started: Vec<usize>,
        finished: Vec<(usize, Outcome)>,
    },
    /// Parts of a large result read so far, of all its parts.
    Receiving {
        id: usize,
        done: usize,
        total: usize,
    },
    /// These queued files will not be analysed.
    Cancel(Vec<usize>),
    /// Files analysed in an earlier visit, read back from storage; they go before this visit's.
    Restore(Vec<FileEntry>),
    /// Every kept file is restored.
    StoreReady,
    /// The stance across the analysed files has been worked out.
    Stance(Rc<Stance>),
    /// Files are from now on analysed on the page's own thread (true) or in a worker.
    OnPage(bool),
    Dragging(bool),
    Clear,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Add(files) => {
                next.dragging = false;
                if next.busy() == 0 {
                    next.batch_total = 0;
                    next.batch_cancelled = 0;
                }
                next.batch_total += files.len();
                next.files.extend(files);
            }
            Action::Progress { started, finished } => {
                for id in started {
                    if let Some(entry) = next.entry(id) {
                        if entry.status == FileStatus::Queued {
                            entry.status = FileStatus::Analysing;
                        }
                    }
                }
                for (id, outcome) in finished {
                    if next.receiving.as_ref().is_some_and(|r| r.id == id) {
                        next.receiving = None;
                    }
                    // A result for a file cleared or cancelled meanwhile is dropped.
                    if let Some(entry) = next.entry(id).filter(|e| e.status.is_busy()) {
                        entry.status = match outcome {
                            Ok(docs) => FileStatus::Analysed(docs),
                            Err(Failure::Unreadable(message)) => FileStatus::Unreadable(message),
                            Err(Failure::Crashed(message)) => FileStatus::Crashed(message),
                        };
                    }
                }
            }
            Action::Receiving { id, done, total } => {
                let name = next
                    .entry(id)
                    .filter(|e| e.status.is_busy())
                    .map(|e| e.name.clone());
                next.receiving = name.map(|name| Receiving {
                    name,
                    id,
                    done,
                    total,
                });
            }
            Action::Cancel(ids) => {
                for id in ids {
                    if let Some(entry) = next.entry(id).filter(|e| e.status.is_busy()) {
                        entry.status = FileStatus::Cancelled;
                        next.batch_cancelled += 1;
                    }
                }
            }
            Action::Restore(files) => {
                let at = next.restored.min(next.files.len());
                next.restored += files.len();
                next.files.splice(at..at, files);
            }
            Action::StoreReady => next.store_ready = true,
            Action::Stance(stance) => next.stance = Some(stance),
            Action::OnPage(on_page) => next.on_page = on_page,
            Action::Dragging(dragging) => next.dragging = dragging,
            Action::Clear => {
                next = State {
                    dragging: next.dragging,
                    store_ready: next.store_ready,
                    on_page: next.on_page,
                    ..State::default()
                };
            }
        }
        Rc::new(next)
    }
}

impl State {
    fn entry(&mut self, id: usize) -> Option<&mut FileEntry> {
        self.files.iter_mut().find(|f| f.id == id)
    }

    /// Files still waiting for their result.
    pub fn busy(&self) -> usize {
        self.files.iter().filter(|f| f.status.is_busy()).count()
    }

    /// The same as [`State::busy`], under the name the results summary uses.
    pub fn pending(&self) -> usize {
        self.busy()
    }

    /// The current batch, or `None` before the first file.
    pub fn progress(&self) -> Option<Progress> {
        (self.batch_total > 0).then(|| Progress {
            total: self.batch_total,
            done: self
                .batch_total
                .saturating_sub(self.busy() + self.batch_cancelled),
            cancelled: self.batch_cancelled,
        })
    }

    /// The number for the next pasted text: one past the highest "pasted text N" on the page,
    /// so that texts kept from an earlier visit keep their names to themselves.
    pub fn next_paste_number(&self) -> usize {
        self.files
            .iter()
            .filter_map(|f| f.name.strip_prefix(PASTED)?.parse::<usize>().ok())
            .max()
            .unwrap_or(0)
            + 1
    }

    /// The analysed files, by id, with their documents, in the order given.
    pub fn analysed(&self) -> Vec<(usize, Vec<Rc<DocumentReport>>)> {
        self.files
            .iter()
            .filter_map(|f| match &f.status {
                FileStatus::Analysed(docs) => Some((f.id, docs.clone())),
                _ => None,
            })
            .collect()
    }

    /// The stance across the analysed files, when it was worked out for exactly these files.
    pub fn current_stance(&self) -> Option<Rc<crate::web::views::logic::corpus::CorpusStance>> {
        let stance = self.stance.as_ref()?;
        let mut ids = self.files.iter().filter_map(|f| match f.status {
            FileStatus::Analysed(_) => Some(f.id),
            _ => None,
        });
        let same = stance.ids.iter().all(|&id| ids.next() == Some(id)) && ids.next().is_none();
        same.then(|| stance.of.clone())
    }

    /// Quotations found across all analysed files.
    pub fn quote_count(&self) -> usize {
        self.files
            .iter()
            .filter_map(|f| match &f.status {
                FileStatus::Analysed(docs) => Some(docs.iter().map(|d| d.quotes.len())),
                _ => None,
            })
            .flatten()
            .sum()
    }
}
