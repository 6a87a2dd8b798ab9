//! Keeping the analysed files between visits: the [`Analyser`]'s side of the IndexedDB store
//! (writes held until the store is open, the restore of earlier visits' files, a "Clear all"
//! that happens while the store is still opening).

use std::rc::Rc;

use super::{next_task, warn, Analyser, StoreState};
use crate::web::state::{Action, FileEntry, FileStatus};
use crate::web::store::{Kept, Store};
use crate::DocumentReport;

impl Analyser {
    /// Writes analysed files to storage, or holds them until it is open.
    pub(super) fn save(&self, files: Vec<(usize, String, String)>) {
        if files.is_empty() {
            return;
        }
        let mut inner = self.0.borrow_mut();
        let visit = inner.visit;
        let files: Vec<Kept> = files
            .into_iter()
            .map(|(id, name, json)| Kept {
                visit,
                id,
                name,
                json,
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

    /// Brings back saved files, a few per task so that a long list does not freeze the page.
    async fn restore(&self, saved: Vec<(String, String)>) {
        const CHUNK: usize = 40;
        let clears = self.0.borrow().clears;
        for chunk in saved.chunks(CHUNK) {
            let entries: Vec<FileEntry> = {
                let mut inner = self.0.borrow_mut();
                if inner.clears != clears {
                    return;
                }
                chunk
                    .iter()
                    .filter_map(|(name, json)| {
                        let docs = serde_json::from_str::<Vec<DocumentReport>>(json).ok()?;
                        inner.next_id += 1;
                        Some(FileEntry {
                            id: inner.next_id,
                            name: name.clone(),
                            status: FileStatus::Analysed(docs.into_iter().map(Rc::new).collect()),
                        })
                    })
                    .collect()
            };
            let dispatch = self.0.borrow().dispatch.clone();
            dispatch.dispatch(Action::Restore(entries));
            next_task().await;
        }
    }
}
