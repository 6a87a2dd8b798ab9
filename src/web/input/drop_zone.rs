//! The drop target for files and folders and, for the keyboard and touch screens, the "Choose
//! files" and "Choose folder" pickers.

use crate::analysis::sorting::StableSort;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, Event, HtmlInputElement};
use yew::prelude::*;

use super::folders;
use crate::web::worker::NewFile;

#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    pub dragging: bool,
    pub on_files: Callback<Vec<NewFile>>,
    pub on_drag: Callback<bool>,
}

#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    // Cancelling dragenter and dragover is what makes an element a drop target.
    let ondragover = {
        let (on_drag, dragging) = (props.on_drag.clone(), props.dragging);
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(dt) = e.data_transfer() {
                dt.set_drop_effect("copy");
            }
            if !dragging {
                on_drag.emit(true);
            }
        })
    };
    let ondragleave = {
        let on_drag = props.on_drag.clone();
        Callback::from(move |_: DragEvent| on_drag.emit(false))
    };
    let ondrop = {
        let (on_files, on_drag) = (props.on_files.clone(), props.on_drag.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            on_drag.emit(false);
            let Some(dt) = e.data_transfer() else {
                return;
            };
            let dropped = folders::dropped(&dt);
            let on_files = on_files.clone();
            spawn_local(async move { on_files.emit(folders::collect(dropped).await) });
        })
    };
    let picker = |folder: bool| {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut files = folders::picked(input.files());
            if folder {
                files.stable_sort_by(|a, b| a.name.cmp(&b.name));
            }
            // So that picking the same file again is a change too.
            input.set_value("");
            on_files.emit(files);
        })
    };
    html! {
        <section
            class={classes!("drop-zone", props.dragging.then_some("dragging"))}
            data-testid="drop-zone"
            aria-labelledby="drop-title"
            ondragenter={ondragover.clone()} {ondragover} {ondragleave} {ondrop}
        >
            <h2 id="drop-title">{ "Add articles" }</h2>
            <p>{ "Drop article files or a folder here, or" }</p>
            <div class="pickers">
                <input
                    id="file-input"
                    class="visually-hidden"
                    type="file"
                    multiple=true
                    data-testid="file-input"
                    aria-describedby="drop-hint"
                    onchange={picker(false)}
                />
                <label for="file-input" class="button">{ "Choose files…" }</label>
                <input
                    id="folder-input"
                    class="visually-hidden"
                    type="file"
                    multiple=true
                    webkitdirectory=true
                    data-testid="folder-input"
                    aria-describedby="drop-hint"
                    onchange={picker(true)}
                />
                <label for="folder-input" class="button secondary">{ "Choose folder…" }</label>
            </div>
            <p id="drop-hint" class="hint">
                { "News articles as plain text, Markdown, HTML, Word (.docx) or JSON exports, \
                   up to 50 MB each. The files are analysed in this browser; nothing is uploaded." }
            </p>
        </section>
    }
}
