//! The Yew function components. [`App`] owns the one [`State`] and turns user events into
//! actions; every other component only renders its props. `data-testid` attributes are the
//! hooks the browser tests hold on to.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use super::input::{BatchProgress, Intake};
use super::state::{Action, State};
use super::worker::{Analyser, NewFile, Workers};
// The results live in `views`; re-exported so that callers keep their paths.
pub use super::views::cards::{
    kind_label, DocumentView, DocumentViewProps, FileCard, FileCardProps, QuoteItem, QuoteItemProps,
};
pub use super::views::{Results, ResultsProps};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The Web Worker that analyses files, or a function that starts one (so that a worker
    /// that crashed can be replaced); without one, files are analysed on the main thread.
    #[prop_or_default]
    pub worker: Option<Workers>,
    /// The engine on the page's own thread, for when there is no worker: a function that
    /// answers as the engine's `analyseInWorker` does (see `worker::ask_here`). `None` uses the
    /// engine built into this module, if it is (the browser tests).
    #[prop_or_default]
    pub here: Option<js_sys::Function>,
    /// The IndexedDB database that keeps analysed files between visits; `None` keeps nothing.
    #[prop_or_default]
    pub store: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    let analyser = {
        let (dispatcher, worker, here, store) = (
            state.dispatcher(),
            props.worker.clone(),
            props.here.clone(),
            props.store.clone(),
        );
        use_memo((), move |_| {
            Analyser::new(dispatcher, worker, here, store.map(|s| s.to_string()))
        })
    };
    let on_files = {
        let analyser = analyser.clone();
        Callback::from(move |files: Vec<NewFile>| analyser.add(files))
    };
    let on_drag = {
        let dispatcher = state.dispatcher();
        Callback::from(move |dragging| dispatcher.dispatch(Action::Dragging(dragging)))
    };
    let on_clear = {
        let analyser = analyser.clone();
        Callback::from(move |_: MouseEvent| analyser.clear())
    };
    let on_cancel = {
        let analyser = analyser.clone();
        Callback::from(move |_: MouseEvent| analyser.cancel())
    };

    // Once every file is analysed (and the kept ones restored), the stance across them is
    // worked out, in the worker.
    {
        let files = state.analysed();
        let ids: Vec<usize> = files.iter().map(|(id, _)| *id).collect();
        let idle = state.busy() == 0 && state.store_ready;
        let analyser = analyser.clone();
        use_effect_with((ids, idle), move |(_, idle)| {
            if *idle {
                analyser.want_stance(files);
            }
        });
    }

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
                <Intake
                    dragging={state.dragging}
                    store_ready={state.store_ready}
                    next_paste={state.next_paste_number()}
                    {on_files}
                    {on_drag}
                />
                if let Some(progress) = state.progress() {
                    <BatchProgress {progress} receiving={state.receiving.clone()} on_page={state.on_page} {on_cancel} />
                }
                if !state.files.is_empty() {
                    <Results state={Rc::new((*state).clone())} {on_clear} />
                }
            </main>
        </>
    }
}
