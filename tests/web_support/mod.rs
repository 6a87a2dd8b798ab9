//! DOM helpers the browser tests share: a host element per test, waiting for Yew to render,
//! and querying what it rendered. Each test file uses some of them.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

pub fn page() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the page for one test's component.
pub fn host() -> Element {
    let el = page().create_element("div").unwrap();
    page().body().unwrap().append_child(&el).unwrap();
    el
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Yew renders on its own schedule: wait (up to 5 s) until `ready` holds.
pub async fn until(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

/// Waits until `root` holds an element matching `selector`.
pub async fn shown(root: &Element, selector: &str) {
    until(selector, || {
        root.query_selector(selector).ok().flatten().is_some()
    })
    .await;
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into().ok())
        .collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}
