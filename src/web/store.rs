//! Keeps the analysed files in the browser's IndexedDB, so that the user's work survives a
//! reload; nothing is sent anywhere. Each record is `{name, json}`: the file's name and the
//! core's documents for it as JSON, under the key `[visit, id]` (when the page was opened, the
//! file's id in that visit), so that files come back in the order they were given, whichever
//! finished first.

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const FILES: &str = "files";
const VERSION: u32 = 1;

/// One analysed file to keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// When the page that analysed it was opened (ms since 1970), then its id in that visit.
    pub visit: f64,
    pub id: usize,
    pub name: String,
    pub json: String,
}

pub struct Store {
    db: IdbDatabase,
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
        })
    }

    /// Every kept file as `(name, json)`, in the order given.
    pub async fn load(&self) -> Result<Vec<(String, String)>, JsValue> {
        let tx = self.db.transaction_with_str(FILES)?;
        let all = done(&tx.object_store(FILES)?.get_all()?).await?;
        Ok(Array::from(&all)
            .iter()
            .filter_map(|record| {
                let get = |k: &str| Reflect::get(&record, &k.into()).ok()?.as_string();
                Some((get("name")?, get("json")?))
            })
            .collect())
    }

    /// Adds files in one transaction. Failures (a full disk) are reported on the console; the
    /// files stay on the page.
    pub fn put_all(&self, files: &[Kept]) {
        if files.is_empty() {
            return;
        }
        if let Err(e) = self.try_put_all(files) {
            web_sys::console::warn_2(&"QuoteLens could not keep the analysed files".into(), &e);
        }
    }

    fn try_put_all(&self, files: &[Kept]) -> Result<(), JsValue> {
        let tx = self
            .db
            .transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(FILES)?;
        for file in files {
            let record = js_sys::Object::new();
            Reflect::set(&record, &"name".into(), &file.name.as_str().into())?;
            Reflect::set(&record, &"json".into(), &file.json.as_str().into())?;
            let key = Array::of2(&file.visit.into(), &(file.id as f64).into());
            store.put_with_key(&record, &key)?;
        }
        Ok(())
    }

    /// Deletes every kept file; resolves once the deletion is committed.
    pub async fn clear(&self) -> Result<(), JsValue> {
        let tx = self
            .db
            .transaction_with_str_and_mode(FILES, IdbTransactionMode::Readwrite)?;
        tx.object_store(FILES)?.clear()?;
        committed(&tx).await
    }
}

/// Resolves with a request's result once it succeeds.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
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
    JsFuture::from(promise).await
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
