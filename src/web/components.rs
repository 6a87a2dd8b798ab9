//! The Yew function components. [`App`] owns the one [`State`] and turns user events into
//! actions; every other component only renders its props. `data-testid` attributes are the
//! hooks the browser tests hold on to.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use super::input::{BatchProgress, FileState, Intake};
use super::state::{Action, FileEntry, FileStatus, State};
use super::worker::{Analyser, NewFile};
use crate::{DocumentReport, Quote, QuoteKind};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The Web Worker that analyses files; without one, files are analysed on the main thread.
    #[prop_or_default]
    pub worker: Option<web_sys::Worker>,
    /// The IndexedDB database that keeps analysed files between visits; `None` keeps nothing.
    #[prop_or_default]
    pub store: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    let analyser = {
        let (dispatcher, worker, store) = (
            state.dispatcher(),
            props.worker.clone(),
            props.store.clone(),
        );
        use_memo((), move |_| {
            Analyser::new(dispatcher, worker, store.map(|s| s.to_string()))
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
                    <BatchProgress {progress} {on_cancel} />
                }
                if !state.files.is_empty() {
                    <Results state={Rc::new((*state).clone())} {on_clear} />
                }
            </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub state: Rc<State>,
    pub on_clear: Callback<MouseEvent>,
}

/// The list of files, with a running count.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let state = &props.state;
    let files = state.files.len();
    let pending = state.pending();
    let summary = format!(
        "{files} {}, {} {}{}",
        plural(files, "file", "files"),
        state.quote_count(),
        plural(state.quote_count(), "quotation", "quotations"),
        if pending > 0 {
            format!("; {pending} still being analysed")
        } else {
            String::new()
        }
    );
    html! {
        <section class="results" aria-labelledby="results-title">
            <div class="results-head">
                <h2 id="results-title">{ "Results" }</h2>
                <p role="status" data-testid="summary">{ summary }</p>
                <button type="button" class="button secondary" data-testid="clear" onclick={props.on_clear.clone()}>
                    { "Clear all" }
                </button>
            </div>
            <ul class="files" data-testid="files">
                { for state.files.iter().map(|entry| html! { <FileCard key={entry.id} entry={entry.clone()} /> }) }
            </ul>
        </section>
    }
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

#[derive(Properties, PartialEq)]
pub struct FileCardProps {
    pub entry: FileEntry,
}

/// One file: its name, then what was found in it or why it could not be read.
#[component]
pub fn FileCard(props: &FileCardProps) -> Html {
    let entry = &props.entry;
    let pending = entry.status.is_busy();
    let body = match &entry.status {
        FileStatus::Unreadable(message) => html! {
            <p class="error" role="alert" data-testid="file-error" data-code="unreadable">{ message }</p>
        },
        FileStatus::Analysed(docs) => html! {
            { for docs.iter().map(|doc| html! {
                <DocumentView doc={doc.clone()} show_name={docs.len() > 1} />
            }) }
        },
        // Queued, analysing or cancelled: the status badge says it all.
        _ => Html::default(),
    };
    let info = match &entry.status {
        FileStatus::Analysed(docs) => file_info(docs),
        _ => Html::default(),
    };
    html! {
        <li class="file" data-testid="file" data-name={entry.name.clone()} aria-busy={pending.to_string()}>
            <h3 class="file-name" data-testid="file-name">{ &entry.name }</h3>
            <FileState status={entry.status.clone()} />
            { info }
            { body }
        </li>
    }
}

/// How the core read the file: its format and the text encoding of its bytes, so a user who
/// sees odd characters can tell which encoding was assumed. The articles of one file share
/// both, so each distinct value is shown once; a file the core could not read reports neither.
fn file_info(docs: &[Rc<DocumentReport>]) -> Html {
    let formats = distinct(docs.iter().map(|d| d.format.as_str()));
    let encodings = distinct(docs.iter().map(|d| d.encoding.as_str()));
    if formats.is_empty() && encodings.is_empty() {
        return Html::default();
    }
    let labels: Vec<&str> = formats.iter().map(|f| format_label(f)).collect();
    html! {
        <dl class="file-info" data-testid="file-info">
            if !formats.is_empty() {
                <div>
                    <dt>{ "Format" }</dt>
                    <dd data-testid="file-format" data-format={formats.join(" ")}>{ labels.join(", ") }</dd>
                </div>
            }
            if !encodings.is_empty() {
                <div>
                    <dt>{ "Text encoding" }</dt>
                    <dd data-testid="file-encoding">{ encodings.join(", ") }</dd>
                </div>
            }
        </dl>
    }
}

/// The non-empty values, each once, in the order first seen.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for v in values.filter(|v| !v.is_empty()) {
        if !seen.contains(&v) {
            seen.push(v);
        }
    }
    seen
}

/// The core's format codes as a reader names them.
fn format_label(format: &str) -> &str {
    match format {
        "text" => "Plain text",
        "markdown" => "Markdown",
        "html" => "HTML",
        "docx" => "Word (.docx)",
        "json" => "JSON",
        other => other,
    }
}

#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    pub doc: Rc<DocumentReport>,
    /// For files holding several articles, each article's own name.
    #[prop_or_default]
    pub show_name: bool,
}

/// One article: its headline and its quotations, or the core's error for it.
#[component]
pub fn DocumentView(props: &DocumentViewProps) -> Html {
    let doc = &props.doc;
    if let Some(error) = &doc.error {
        return html! {
            <article class="document" data-testid="document">
                <p class="error" role="alert" data-testid="file-error" data-code={error.code.clone()}>
                    { &error.message }
                </p>
            </article>
        };
    }
    let meta: Vec<&str> = [doc.date.as_deref(), doc.source.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    html! {
        <article class="document" data-testid="document">
            <h4 class="headline" data-testid="headline">
                { doc.headline.as_deref().unwrap_or("(no headline)") }
            </h4>
            if props.show_name {
                <p class="meta" data-testid="document-name">{ &doc.name }</p>
            }
            if !meta.is_empty() {
                <p class="meta">{ meta.join(" · ") }</p>
            }
            // What the core noticed while reading: a guessed encoding, entries it skipped.
            if !doc.warnings.is_empty() {
                <ul class="warnings" aria-label="Notes on reading this file">
                    { for doc.warnings.iter().map(|w| html! {
                        <li class="warning" data-testid="warning"><strong>{ "Note:" }</strong>{ " " }{ w }</li>
                    }) }
                </ul>
            }
            if doc.quotes.is_empty() {
                <p class="none" data-testid="no-quotes">{ "No quotations found." }</p>
            } else {
                <ol class="quotes" data-testid="quotes" aria-label="Quotations">
                    { for doc.quotes.iter().map(|q| html! { <QuoteItem key={q.id.clone()} quote={q.clone()} /> }) }
                </ol>
            }
            // Words in quotation marks that the core attributes to nobody (scare quotes, titles,
            // or speech in a language it has no speech verbs for): shown, claimed for no one.
            if !doc.unattributed.is_empty() {
                <div class="unattributed" data-testid="unattributed">
                    <p class="unattributed-head">{ "In quotation marks, but no speaker found:" }</p>
                    <ul>
                        { for doc.unattributed.iter().map(|span| html! {
                            <li><q data-testid="unattributed-text">{ &span.text }</q></li>
                        }) }
                    </ul>
                </div>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuoteItemProps {
    pub quote: Quote,
}

/// One quotation: its kind, its words and who said them.
#[component]
pub fn QuoteItem(props: &QuoteItemProps) -> Html {
    let quote = &props.quote;
    let kind = kind_label(quote.kind);
    let speaker = match &quote.speaker {
        Some(s) => html! {
            <>
                <span class="speaker-name" data-testid="speaker-name">{ &s.name }</span>
                if let Some(role) = &s.role {
                    { ", " }
                    <span class="speaker-role" data-testid="speaker-role">{ role }</span>
                }
            </>
        },
        None => html! { <span class="unknown">{ "speaker not found" }</span> },
    };
    html! {
        <li class="quote" data-testid="quote" data-kind={kind}>
            <span class={classes!("kind", format!("kind-{kind}"))} data-testid="quote-kind">{ kind }</span>
            // Reported speech has no quotation marks in the article, so none are added here.
            if quote.kind == QuoteKind::Indirect {
                <p class="quote-text reported" data-testid="quote-text">{ &quote.text }</p>
            } else {
                <q class="quote-text" data-testid="quote-text">{ &quote.text }</q>
            }
            <p class="speaker" data-testid="quote-speaker">{ "— " }{ speaker }</p>
        </li>
    }
}

pub fn kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}
