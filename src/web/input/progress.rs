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
    let percent = if p.total == 0 {
        0.0
    } else {
        100.0 * (p.done + p.cancelled) as f64 / p.total as f64
    };
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
                <div class="progress-fill" style={format!("width: {percent:.1}%")}></div>
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
