//! The batch's progress ("12 of 500 analysed") with its Cancel button, and the status word each
//! file card shows.

use yew::prelude::*;

use crate::web::state::{FileStatus, Progress};

#[derive(Properties, PartialEq)]
pub struct BatchProgressProps {
    pub progress: Progress,
    pub on_cancel: Callback<MouseEvent>,
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
            <p class="progress-text" data-testid="progress-text">{ text }</p>
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
