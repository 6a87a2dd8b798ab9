//! The Yew function components. [`App`] owns the one [`State`] and turns user events into
//! actions; every other component only renders its props. `data-testid` attributes are the
//! hooks the browser tests hold on to.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, Event, File, FileList, HtmlInputElement};
use yew::prelude::*;

use super::state::{read_and_analyze, Action, State};
// The results moved to `views`; re-exported so that callers keep their paths.
pub use super::views::cards::{
    kind_label, DocumentView, DocumentViewProps, FileCard, FileCardProps, QuoteItem, QuoteItemProps,
};
pub use super::views::{Results, ResultsProps};

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let next_id = use_mut_ref(|| 0usize);

    let on_files = {
        let dispatcher = state.dispatcher();
        Callback::from(move |files: Vec<File>| {
            let files: Vec<(usize, File)> = files
                .into_iter()
                .map(|file| {
                    let mut n = next_id.borrow_mut();
                    *n += 1;
                    (*n, file)
                })
                .collect();
            dispatcher.dispatch(Action::Add(
                files.iter().map(|(id, f)| (*id, f.name())).collect(),
            ));
            for (id, file) in files {
                let dispatcher = dispatcher.clone();
                spawn_local(async move {
                    let result = read_and_analyze(file).await;
                    dispatcher.dispatch(Action::Finished(id, result));
                });
            }
        })
    };
    let on_drag = {
        let dispatcher = state.dispatcher();
        Callback::from(move |dragging| dispatcher.dispatch(Action::Dragging(dragging)))
    };
    let on_clear = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Clear))
    };

    // A file dropped beside the drop zone would make the browser leave the page to show it.
    use_effect_with((), |_| {
        let window = gloo::utils::window();
        let guards = ["dragover", "drop"].map(|kind| {
            EventListener::new_with_options(
                &window,
                kind,
                EventListenerOptions::enable_prevent_default(),
                |e| e.prevent_default(),
            )
        });
        move || drop(guards)
    });

    html! {
        <>
            <header class="top">
                <h1>{ "QuoteLens" }</h1>
                <p class="tagline">{ "Finds the quotations in news articles and who said them." }</p>
            </header>
            <main>
                <DropZone dragging={state.dragging} {on_files} {on_drag} />
                if !state.files.is_empty() {
                    <Results state={Rc::new((*state).clone())} {on_clear} />
                }
            </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    pub dragging: bool,
    pub on_files: Callback<Vec<File>>,
    pub on_drag: Callback<bool>,
}

/// The drop target and, for the keyboard and for touch screens, a file picker.
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
        let on_files = props.on_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let files = e.data_transfer().and_then(|dt| dt.files());
            on_files.emit(file_vec(files));
        })
    };
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files = file_vec(input.files());
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
            <p>{ "Drop article files here, or" }</p>
            <input
                id="file-input"
                class="visually-hidden"
                type="file"
                multiple=true
                data-testid="file-input"
                aria-describedby="drop-hint"
                {onchange}
            />
            <label for="file-input" class="button">{ "Choose files…" }</label>
            <p id="drop-hint" class="hint">
                { "News articles as plain text, Markdown, HTML, Word (.docx) or JSON exports. \
                   The files are analysed in this browser; nothing is uploaded." }
            </p>
        </section>
    }
}

fn file_vec(list: Option<FileList>) -> Vec<File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}
