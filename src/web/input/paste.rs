//! A box to paste an article's text into, for text copied from a web page or an e-mail.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::web::state::PASTED;
use crate::web::worker::{NewFile, Source};

#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    pub on_files: Callback<Vec<NewFile>>,
    /// The N of the next "pasted text N".
    #[prop_or(1)]
    pub number: usize,
}

#[component]
pub fn PasteBox(props: &PasteBoxProps) -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let onsubmit = {
        let (text, on_files, number) = (text.clone(), props.on_files.clone(), props.number);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if text.trim().is_empty() {
                return;
            }
            let bytes: Rc<[u8]> = Rc::from(text.as_bytes());
            on_files.emit(vec![NewFile {
                name: format!("{PASTED}{number}"),
                source: Source::Bytes(bytes),
            }]);
            text.set(String::new());
        })
    };
    html! {
        <form class="paste" data-testid="paste" {onsubmit}>
            <label for="paste-text">{ "Or paste an article's text" }</label>
            <textarea
                id="paste-text"
                data-testid="paste-text"
                rows="5"
                value={(*text).clone()}
                {oninput}
            />
            <button type="submit" class="button" data-testid="paste-analyse" disabled={text.trim().is_empty()}>
                { "Analyse" }
            </button>
        </form>
    }
}
