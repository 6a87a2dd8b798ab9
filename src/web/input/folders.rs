//! Turns what was dropped or picked into named files: a dropped folder is walked through
//! (`webkitGetAsEntry`, every level down), a folder picked with "Choose folder" names each file
//! by its path inside the folder. Hidden files (`.DS_Store`, `.git/...`) are left out of folders.

use crate::analysis::sorting::StableSort;
use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DataTransfer, File, FileList, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry,
};

use crate::web::worker::{NewFile, Source};

/// One dropped item, taken while the drop event lasts (the browser empties it afterwards).
pub enum Dropped {
    File(File),
    Folder(FileSystemDirectoryEntry),
}

/// The dropped items, in their order; folders still to be walked through.
pub fn dropped(dt: &DataTransfer) -> Vec<Dropped> {
    let items = dt.items();
    let mut found = Vec::new();
    for i in 0..items.length() {
        let Some(item) = items.get(i).filter(|item| item.kind() == "file") else {
            continue;
        };
        let folder = item
            .webkit_get_as_entry()
            .ok()
            .flatten()
            .filter(|entry| entry.is_directory());
        match folder {
            Some(entry) => found.push(Dropped::Folder(entry.unchecked_into())),
            None => {
                if let Ok(Some(file)) = item.get_as_file() {
                    found.push(Dropped::File(file));
                }
            }
        }
    }
    // Browsers without DataTransfer.items still give the plain list of files.
    if found.is_empty() {
        found = files(dt.files()).into_iter().map(Dropped::File).collect();
    }
    found
}

/// The files of the dropped items, each folder's files sorted by their path in it.
pub async fn collect(dropped: Vec<Dropped>) -> Vec<NewFile> {
    let mut out = Vec::new();
    for item in dropped {
        match item {
            Dropped::File(file) => out.push(named(file.name(), file)),
            Dropped::Folder(dir) => {
                let mut inside = Vec::new();
                walk(dir, &mut inside).await;
                inside.stable_sort_by(|a, b| a.name.cmp(&b.name));
                out.extend(inside);
            }
        }
    }
    out
}

/// Every file under `root`, depth first, without recursion (async recursion needs boxing).
async fn walk(root: FileSystemDirectoryEntry, out: &mut Vec<NewFile>) {
    let mut folders = vec![root];
    while let Some(dir) = folders.pop() {
        let reader = dir.create_reader();
        // readEntries gives a directory's entries a hundred or so at a time, then an empty list.
        loop {
            let batch = match read_entries(&reader).await {
                Ok(batch) if batch.length() > 0 => batch,
                Ok(_) => break,
                Err(e) => {
                    web_sys::console::warn_2(&"QuoteLens could not list a folder".into(), &e);
                    break;
                }
            };
            for entry in batch.iter() {
                let entry: FileSystemEntry = entry.unchecked_into();
                if entry.name().starts_with('.') {
                    continue;
                }
                if entry.is_directory() {
                    folders.push(entry.unchecked_into());
                } else if entry.is_file() {
                    let path = entry.full_path().trim_start_matches('/').to_string();
                    match entry_file(entry.unchecked_ref()).await {
                        Ok(file) => out.push(named(path, file)),
                        Err(e) => web_sys::console::warn_2(&path.into(), &e),
                    }
                }
            }
        }
    }
}

async fn read_entries(reader: &web_sys::FileSystemDirectoryReader) -> Result<Array, JsValue> {
    let mut called = Ok(());
    let promise = Promise::new(&mut |resolve, reject| {
        called = reader.read_entries_with_callback_and_callback(&resolve, &reject);
    });
    called?;
    Ok(JsFuture::from(promise).await?.unchecked_into())
}

async fn entry_file(entry: &FileSystemFileEntry) -> Result<File, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        entry.file_with_callback_and_callback(&resolve, &reject);
    });
    Ok(JsFuture::from(promise).await?.unchecked_into())
}

/// The files of a file input; for "Choose folder", named by their path in the folder.
pub fn picked(list: Option<FileList>) -> Vec<NewFile> {
    files(list)
        .into_iter()
        .filter_map(|file| {
            let path = Reflect::get(&file, &"webkitRelativePath".into())
                .ok()
                .and_then(|p| p.as_string())
                .filter(|p| !p.is_empty());
            match path {
                Some(path) if path.split('/').any(|part| part.starts_with('.')) => None,
                Some(path) => Some(named(path, file)),
                None => Some(named(file.name(), file)),
            }
        })
        .collect()
}

fn named(name: String, file: File) -> NewFile {
    NewFile {
        name,
        source: Source::File(file),
    }
}

fn files(list: Option<FileList>) -> Vec<File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}
