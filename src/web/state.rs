//! The app's state, in one place: the files the user gave, in the order given, and what the
//! core found in each. Components render it; only [`State::reduce`] changes it.

use std::rc::Rc;

use yew::Reducible;

use crate::{analyze, DocumentReport, Input, Options};

/// One file the user dropped or picked.
#[derive(Debug, Clone, PartialEq)]
pub struct FileEntry {
    /// Unique within the session; the key that async results come back with.
    pub id: usize,
    pub name: String,
    pub status: FileStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FileStatus {
    /// The browser is still reading the file or the core is analysing it.
    Pending,
    /// What the core reported: usually one document, several for a multi-article export, or
    /// one document carrying the core's error for input it cannot read.
    Analysed(Vec<Rc<DocumentReport>>),
    /// The browser could not read the file at all (permissions, a file removed meanwhile).
    Unreadable(String),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub files: Vec<FileEntry>,
    /// True while something is dragged over the drop zone.
    pub dragging: bool,
}

pub enum Action {
    /// Files accepted, with their ids, in the order given.
    Add(Vec<(usize, String)>),
    /// A file's bytes were read and analysed (or could not be read).
    Finished(usize, Result<Vec<DocumentReport>, String>),
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
                next.files
                    .extend(files.into_iter().map(|(id, name)| FileEntry {
                        id,
                        name,
                        status: FileStatus::Pending,
                    }));
            }
            Action::Finished(id, result) => {
                // A result for a file cleared meanwhile finds no entry and is dropped.
                if let Some(entry) = next.files.iter_mut().find(|f| f.id == id) {
                    entry.status = match result {
                        Ok(docs) => FileStatus::Analysed(docs.into_iter().map(Rc::new).collect()),
                        Err(message) => FileStatus::Unreadable(message),
                    };
                }
            }
            Action::Dragging(dragging) => next.dragging = dragging,
            Action::Clear => next.files.clear(),
        }
        Rc::new(next)
    }
}

impl State {
    pub fn pending(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.status == FileStatus::Pending)
            .count()
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

/// Reads a file's bytes and hands them to the core.
pub async fn read_and_analyze(file: web_sys::File) -> Result<Vec<DocumentReport>, String> {
    let name = file.name();
    let bytes = gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(file))
        .await
        .map_err(|e| format!("{name} could not be read by the browser: {e}"))?;
    Ok(analyze(
        Input {
            name: &name,
            bytes: &bytes,
        },
        &Options::default(),
    ))
}
