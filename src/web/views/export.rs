//! The browser half of exporting: downloads (a Blob behind an object URL, clicked through an
//! `a[download]`, revoked afterwards) and copying a quote with its attribution to the clipboard,
//! with a fallback that shows the text when the page may not write to the clipboard.

use gloo::timers::callback::Timeout;
use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
// Blob, BlobPropertyBag and Url are web-sys features gloo-file turns on, HtmlElement one yew
// turns on: the app has them without a feature list of its own.
use web_sys::{Blob, BlobPropertyBag, HtmlElement, Url};
use yew::prelude::*;

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let err = |e: JsValue| format!("{name} could not be saved: {e:?}");
    let parts = Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = gloo::utils::document();
    let a: HtmlElement = document
        .create_element("a")
        .map_err(err)?
        .dyn_into()
        .map_err(|_| format!("{name} could not be saved"))?;
    a.set_attribute("href", &url).map_err(err)?;
    a.set_attribute("download", name).map_err(err)?;
    a.set_hidden(true);
    let body = gloo::utils::body();
    body.append_child(&a).map_err(err)?;
    a.click();
    a.remove();
    // The download has taken its copy once the click is handled; the URL can then go.
    Timeout::new(1_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Writes `text` to the clipboard; Err when the browser offers no clipboard or refuses.
pub async fn copy_to_clipboard(text: &str) -> Result<(), ()> {
    let window: JsValue = gloo::utils::window().into();
    let navigator = Reflect::get(&window, &"navigator".into()).map_err(|_| ())?;
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).map_err(|_| ())?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(());
    }
    let write: Function = Reflect::get(&clipboard, &"writeText".into())
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let promise: Promise = write
        .call1(&clipboard, &text.into())
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What is copied: the quote with its attribution.
    pub text: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// "Copy with attribution", then "Copied" or the text itself to copy by hand.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let (copied, text) = (copied.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, text) = (copied.clone(), text.clone());
            spawn_local(async move {
                copied.set(match copy_to_clipboard(&text).await {
                    Ok(()) => Copied::Done,
                    Err(()) => Copied::Failed,
                });
            });
        })
    };
    html! {
        <div class="copy">
            <button type="button" class="link-button" data-testid="copy" {onclick}>
                { "Copy with attribution" }
            </button>
            <span role="status" class="copy-status" data-testid="copy-status">
                if *copied == Copied::Done { { "Copied." } }
            </span>
            if *copied == Copied::Failed {
                <p class="copy-fallback" data-testid="copy-fallback">
                    { "This browser did not allow copying. Select the text and copy it: " }
                    <span class="copy-text">{ &props.text }</span>
                </p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    pub report_json: Callback<(), String>,
    pub quotes_csv: Callback<(), String>,
    /// How many quotes the CSV will hold.
    pub quotes: usize,
    /// False while the stance across documents, part of the report, is being worked out.
    #[prop_or(true)]
    pub stance_ready: bool,
}

/// The two download buttons; the content is built only when a button is pressed.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let error = use_state(|| None::<String>);
    let save = |name: &'static str, mime: &'static str, content: Callback<(), String>| {
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            error.set(download(name, mime, &content.emit(())).err());
        })
    };
    let json = save(
        "quotelens-report.json",
        "application/json",
        props.report_json.clone(),
    );
    let csv = save(
        "quotelens-quotes.csv",
        "text/csv;charset=utf-8",
        props.quotes_csv.clone(),
    );
    html! {
        <div class="export" data-testid="export">
            <button type="button" class="button secondary" data-testid="export-json" onclick={json}
                disabled={!props.stance_ready}>
                { if props.stance_ready { "Download report (JSON)" } else { "Report (JSON): working out the stance…" } }
            </button>
            <button type="button" class="button secondary" data-testid="export-csv" onclick={csv}>
                { format!("Download {} quotes (CSV)", props.quotes) }
            </button>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
        </div>
    }
}
