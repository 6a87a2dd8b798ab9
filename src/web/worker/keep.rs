//! Keeping the analysed files between visits: the [`Analyser`]'s side of the IndexedDB store
//! (writes held until the store is open, the restore of earlier visits' files, a "Clear all"
//! that happens while the store is still opening).

use std::rc::Rc;

use super::{next_task, warn, Analyser, StoreState};
use crate::web::slices;
use crate::web::state::{Action, FileEntry, FileStatus};
use crate::web::store::{Kept, Saved, Store};
use crate::DocumentReport;

impl Analyser {
    /// Writes analysed files to storage, or holds them until it is open.
    pub(super) fn save(&self, files: Vec<(usize, String, Saved)>) {
        if files.is_empty() {
            return;
        }
        let mut inner = self.0.borrow_mut();
        let visit = inner.visit;
        let files: Vec<Kept> = files
            .into_iter()
            .map(|(id, name, data)| Kept {
                visit,
                id,
                name,
                data,
            })
            .collect();
        match &mut inner.store {
            StoreState::Open(store) => store.put_all(&files),
            StoreState::Opening { writes, .. } => writes.extend(files),
            StoreState::Off => {}
        }
    }

    pub(super) async fn open_store(&self, name: &str) {
        self.open_and_restore(name).await;
        let dispatch = self.0.borrow().dispatch.clone();
        dispatch.dispatch(Action::StoreReady);
    }

    async fn open_and_restore(&self, name: &str) {
        let store = match Store::open(name).await {
            Ok(store) => Rc::new(store),
            Err(e) => {
                warn("QuoteLens cannot keep files between visits", &e);
                self.0.borrow_mut().store = StoreState::Off;
                return;
            }
        };
        let previous = std::mem::replace(
            &mut self.0.borrow_mut().store,
            StoreState::Open(store.clone()),
        );
        let (writes, clear) = match previous {
            StoreState::Opening { writes, clear } => (writes, clear),
            _ => (Vec::new(), false),
        };
        if clear {
            if let Err(e) = store.clear().await {
                warn("QuoteLens could not clear its storage", &e);
            }
        } else {
            match store.load().await {
                Ok(saved) => self.restore(saved).await,
                Err(e) => warn("QuoteLens could not read the files kept earlier", &e),
            }
        }
        store.put_all(&writes);
    }

    /// Brings back saved files, a few per task so that a long list does not freeze the page;
    /// a large one is put back together from its parts over several tasks.
    async fn restore(&self, saved: Vec<(String, Saved)>) {
        const CHUNK: usize = 40;
        let clears = self.0.borrow().clears;
        let mut saved = saved.into_iter().peekable();
        while saved.peek().is_some() {
            let mut entries: Vec<FileEntry> = Vec::new();
            while entries.len() < CHUNK {
                let Some((name, data)) = saved.next() else {
                    break;
                };
                let docs = match data {
                    Saved::Json(json) => serde_json::from_str::<Vec<DocumentReport>>(&json)
                        .ok()
                        .map(|docs| docs.into_iter().map(Rc::new).collect()),
                    Saved::Sliced(parts) => {
                        let docs = match slices::assemble(&parts, |_| {}).await {
                            Ok(docs) => {
                                let counts = slices::count_speakers(&docs).await;
                                Some(slices::held(docs, counts))
                            }
                            Err(_) => None,
                        };
                        // One large file is a step of its own.
                        if !entries.is_empty()
                            && self
                                .restored(clears, std::mem::take(&mut entries))
                                .is_none()
                        {
                            return;
                        }
                        docs
                    }
                };
                let Some(docs) = docs else { continue };
                let mut inner = self.0.borrow_mut();
                inner.next_id += 1;
                entries.push(FileEntry {
                    id: inner.next_id,
                    name,
                    status: FileStatus::Analysed(docs),
                });
            }
            if self.restored(clears, entries).is_none() {
                return;
            }
            next_task().await;
        }
    }

    /// Puts restored files on the page, unless "Clear all" was pressed since the restore began.
    fn restored(&self, clears: u32, entries: Vec<FileEntry>) -> Option<()> {
        if self.0.borrow().clears != clears {
            return None;
        }
        let dispatch = self.0.borrow().dispatch.clone();
        dispatch.dispatch(Action::Restore(entries));
        Some(())
    }
}
