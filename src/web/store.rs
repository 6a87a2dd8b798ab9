//! Keeps the analysed files in the browser's IndexedDB, so that the user's work survives a
//! reload; nothing is sent anywhere. A reload reads the records back a few at a time. Each record is `{name, json}`: the file's name and the
//! core's documents for it as JSON (or `{name, pieces: n}` for a large result, followed by its
//! n pieces as records `{piece}` under `[visit, id, k]`, see `web::slices`), under the key `[visit, id]` (when the page was opened, the
//! file's id in that visit), so that files come back in the order they were given, whichever
//! finished first.

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbKeyRange, IdbRequest, IdbTransaction, IdbTransactionMode};

const FILES: &str = "files";
const VERSION: u32 = 1;

/// One analysed file to keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// When the page that analysed it was opened (ms since 1970), then its id in that visit.
    pub visit: f64,
    pub id: usize,
    pub name: String,
    pub data: Saved,
}

/// A file's documents as kept: JSON, or a large result's parts.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    Json(String),
    Sliced(JsValue),
}

pub struct Store {
    db: IdbDatabase,
    /// Counts the clears: writes left for later tasks are dropped after one.
    clears: std::cell::Cell<u32>,
}

impl Store {
    /// Opens (creating on first use) the database `name`.
    pub async fn open(name: &str) -> Result<Store, JsValue> {
        let factory = gloo::utils::window()
            .indexed_db()?
            .ok_or_else(|| JsValue::from_str("this browser offers no IndexedDB"))?;
        let request = factory.open_with_u32(name, VERSION)?;
        let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new({
            let request = request.clone();
            move |_| {
                let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) else {
                    return;
                };
                if !db.object_store_names().contains(FILES) {
                    let _ = db.create_object_store(FILES);
                }
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let db = done(&request).await;
        request.set_onupgradeneeded(None);
        drop(upgrade);
        Ok(Store {
            db: db?.dyn_into()?,
            clears: Default::default(),
        })
    }

    /// Every kept file as `(name, documents)`, in the order given. A large result whose pieces
    /// were not all written (the page was closed meanwhile) is left out.
    pub async fn load(&self) -> Result<Vec<(String, Saved)>, JsValue> {
        let all = self.read_all().await?;
        let mut out = Vec::new();
        // The pieces come right after their file's record: keys sort [visit, id] before
        // [visit, id, 0].
        let mut open: Option<(String, u32, Array)> = None;
        let get = |record: &JsValue, k: &str| Reflect::get(record, &k.into()).ok();
        for record in Array::from(&all).iter() {
            if let Some(piece) = get(&record, "piece").filter(|p| !p.is_undefined()) {
                if let Some((_, _, pieces)) = &mut open {
                    pieces.push(&piece);
                }
                continue;
            }
            if let Some((name, count, pieces)) = open.take() {
                if pieces.length() == count {
                    out.push((name, Saved::Sliced(pieces.into())));
                }
            }
            let Some(name) = get(&record, "name").and_then(|n| n.as_string()) else {
                continue;
            };
            if let Some(json) = get(&record, "json").and_then(|j| j.as_string()) {
                out.push((name, Saved::Json(json)));
            } else if let Some(count) = get(&record, "pieces").and_then(|n| n.as_f64()) {
                open = Some((name, count as u32, Array::new()));
            }
        }
        if let Some((name, count, pieces)) = open {
            if pieces.length() == count {
                out.push((name, Saved::Sliced(pieces.into())));
            }
        }
        Ok(out)
    }

    /// Every record, in key order, read 16 at a time with the browser's turn in between:
    /// a large result is hundreds of pieces of up to a megabyte, and reading them in one
    /// request would hold the page while the browser copies them all.
    async fn read_all(&self) -> Result<Array, JsValue> {
        const BATCH: u32 = 16;
        let all = Array::new();
        let mut after: Option<JsValue> = None;
        loop {
            let tx = self.db.transaction_with_str(FILES)?;
            let store = tx.object_store(FILES)?;
            let range = match &after {
                Some(key) => IdbKeyRange::lower_bound_with_open(key, true)?.into(),
                None => JsValue::UNDEFINED,
            };
            // Both requests are made (and listened to) before either is awaited.
            let keys = done(&store.get_all_keys_with_key_and_limit(&range, BATCH)?);
            let values = done(&store.get_all_with_key_and_limit(&range, BATCH)?);
            let (keys, values) = (Array::from(&keys.await?), values.await?);
            for value in Array::from(&values).iter() {
                all.push(&value);
            }
            if keys.length() < BATCH {
                return Ok(all);
            }
            after = Some(keys.get(keys.length() - 1));
            crate::web::worker::next_task().await;
        }
    }

    /// Adds files a few per transaction, the first ones now and the rest in later tasks; the
    /// pieces of a large result follow in later tasks too, a few per transaction, so that
    /// copying them for storage never holds the page for long (a trace of a 2,000-article
    /// batch showed the browser copying a whole batch of results in the task that shows
    /// them). Failures (a full disk) are reported on the console; the files stay on the page.
    pub fn put_all(self: &std::rc::Rc<Self>, files: &[Kept]) {
        const PER_TASK: usize = 8;
        if files.is_empty() {
            return;
        }
        let (now, later) = files.split_at(files.len().min(PER_TASK));
        if let Err(e) = self.try_put_all(now) {
            warn_not_kept(&e);
        }
        if !later.is_empty() {
            let (store, later, clears) = (self.clone(), later.to_vec(), self.clears.get());
            wasm_bindgen_futures::spawn_local(async move {
                for group in later.chunks(PER_TASK) {
                    crate::web::worker::next_task().await;
                    if store.clears.get() != clears {
                        return;
                    }
                    if let Err(e) = store.try_put_all(group) {
                        warn_not_kept(&e);
                    }
                }
            });
        }
        for file in files {
            if let Saved::Sliced(pieces) = &file.data {
                let (store, pieces) = (self.clone(), Array::from(pieces));
                let (visit, id) = (file.visit, file.id);
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = store.put_pieces(visit, id, &pieces).await {
                        warn_not_kept(&e);
                    }
                });
            }
        }
    }

    async fn put_pieces(&self, visit: f64, id: usize, pieces: &Array) -> Result<(), JsValue> {
        const PER_TASK: u32 = 2;
        let clears = self.clears.get();
        let mut k = 0;
        while k < pieces.length() {
            crate::web::worker::next_task().await;
            if self.clears.get() != clears {
                return Ok(());
            }
            let tx = self
                .db
                .transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite)?;
            let store = tx.object_store(FILES)?;
            for k in k..(k + PER_TASK).min(pieces.length()) {
                let record = js_sys::Object::new();
                Reflect::set(&record, &"piece".into(), &pieces.get(k))?;
                let key = Array::of3(&visit.into(), &(id as f64).into(), &k.into());
                store.put_with_key(&record, &key)?;
            }
            k += PER_TASK;
        }
        Ok(())
    }

    fn try_put_all(&self, files: &[Kept]) -> Result<(), JsValue> {
        let tx = self
            .db
            .transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(FILES)?;
        for file in files {
            let record = js_sys::Object::new();
            Reflect::set(&record, &"name".into(), &file.name.as_str().into())?;
            match &file.data {
                Saved::Json(json) => Reflect::set(&record, &"json".into(), &json.as_str().into())?,
                Saved::Sliced(pieces) => {
                    let count = Array::from(pieces).length();
                    Reflect::set(&record, &"pieces".into(), &count.into())?
                }
            };
            let key = Array::of2(&file.visit.into(), &(file.id as f64).into());
            store.put_with_key(&record, &key)?;
        }
        Ok(())
    }

    /// Deletes every kept file; resolves once the deletion is committed.
    pub async fn clear(&self) -> Result<(), JsValue> {
        self.clears.set(self.clears.get() + 1);
        let tx = self
            .db
            .transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite)?;
        tx.object_store(FILES)?.clear()?;
        committed(&tx).await
    }
}

fn warn_not_kept(e: &JsValue) {
    web_sys::console::warn_2(&"QuoteLens could not keep the analysed files".into(), e);
}

/// Resolves with a request's result once it succeeds; listens from the moment it is called.
fn done(request: &IdbRequest) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = request.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::UNDEFINED));
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Resolves once a transaction is committed.
async fn committed(tx: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed.error().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::UNDEFINED));
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}
