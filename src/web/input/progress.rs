//! The batch's progress ("12 of 500 analysed") with its Cancel button, and the status word each
//! file card shows.

use yew::prelude::*;

use gloo::timers::callback::Interval;

use crate::web::state::{FileStatus, Progress, Receiving};

#[derive(Properties, PartialEq)]
pub struct BatchProgressProps {
    pub progress: Progress,
    /// A large result being read in parts.
    #[prop_or_default]
    pub receiving: Option<Receiving>,
    /// True when the files are analysed on the page's own thread (no worker).
    #[prop_or_default]
    pub on_page: bool,
    pub on_cancel: Callback<MouseEvent>,
}

/// Seconds since the batch began, counted while it runs: a single large file shows "0 of 1
/// analysed" for a while, and the clock says the page is still at it.
#[component]
fn Elapsed() -> Html {
    let seconds = use_state(|| 0u32);
    {
        let seconds = seconds.clone();
        use_effect_with((), move |_| {
            let mut n = 0;
            let tick = Interval::new(1000, move || {
                n += 1;
                seconds.set(n);
            });
            move || drop(tick)
        });
    }
    html! { <span class="meta" data-testid="progress-elapsed">{ format!(" · {} s", *seconds) }</span> }
}

#[component]
pub fn BatchProgress(props: &BatchProgressProps) -> Html {
    let p = props.progress;
    let text = p.text();
    html! {
        <section class="progress" aria-label="Analysis progress" data-testid="progress">
            <div
                class="progress-bar"
                role="progressbar"
                aria-label="Files analysed"
                aria-valuemin="0"
                aria-valuemax={p.total.to_string()}
                aria-valuenow={p.done.to_string()}
                aria-valuetext={text.clone()}
                data-testid="progress-bar"
            >
                // The visible bar: a native meter, because a width set in a style attribute is
                // refused by a strict Content-Security-Policy. The div above speaks for it.
                <progress
                    class="progress-fill"
                    aria-hidden="true"
                    max={p.total.max(1).to_string()}
                    value={(p.done + p.cancelled).to_string()}
                ></progress>
            </div>
            // Not a live region: it changes ten times a second; the bar carries the same words.
            <p class="progress-line">
                <span class="progress-text" data-testid="progress-text">{ text }</span>
                if p.is_running() { <Elapsed /> }
            </p>
            if let Some(r) = &props.receiving {
                <p class="meta" data-testid="progress-receiving">{ r.text() }</p>
            }
            if props.on_page && p.is_running() {
                <p class="meta" data-testid="progress-on-page">
                    { "This browser did not start a background worker, so the files are analysed on \
                       the page itself, one at a time: while a large one is analysed the page does \
                       not respond." }
                </p>
            }
            if p.is_running() {
                <button type="button" class="button secondary" data-testid="cancel" onclick={props.on_cancel.clone()}>
                    { "Cancel" }
                </button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct FileStateProps {
    pub status: FileStatus,
}

/// "Queued", "Analysing…", "Done", "Error" or "Cancelled", as a badge on the file card.
#[component]
pub fn FileState(props: &FileStateProps) -> Html {
    let label = props.status.label();
    let text = match label {
        "queued" => "Queued",
        "analysing" => "Analysing…",
        "done" => "Done",
        "error" => "Error",
        _ => "Cancelled",
    };
    html! {
        <span class={classes!("file-status", format!("status-{label}"))} data-testid="file-status" data-status={label}>
            { text }
        </span>
    }
}
