//! Everything that brings articles in: the drop zone with its file and folder pickers, the
//! paste box, the sample articles, and the batch progress with its Cancel button.

pub mod drop_zone;
pub mod folders;
pub mod paste;
pub mod progress;
pub mod samples;

use yew::prelude::*;

pub use drop_zone::DropZone;
pub use paste::PasteBox;
pub use progress::{BatchProgress, FileState};
pub use samples::SamplesButton;

use crate::web::worker::NewFile;

#[derive(Properties, PartialEq)]
pub struct IntakeProps {
    pub dragging: bool,
    /// Files kept from earlier visits are back (`data-store-ready`, for tests).
    #[prop_or_default]
    pub store_ready: bool,
    /// The N of the next "pasted text N".
    #[prop_or(1)]
    pub next_paste: usize,
    pub on_files: Callback<Vec<NewFile>>,
    pub on_drag: Callback<bool>,
}

/// The input half of the page: drop zone and pickers, then the paste box and the samples.
#[component]
pub fn Intake(props: &IntakeProps) -> Html {
    html! {
        <div class="intake" data-testid="intake" data-store-ready={props.store_ready.to_string()}>
            <DropZone dragging={props.dragging} on_files={props.on_files.clone()} on_drag={props.on_drag.clone()} />
            <div class="more-input">
                <PasteBox on_files={props.on_files.clone()} number={props.next_paste} />
                <SamplesButton on_files={props.on_files.clone()} />
            </div>
        </div>
    }
}
