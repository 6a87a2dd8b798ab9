//! The seed articles, bundled into the app, behind a "Try the sample articles" button: a
//! first-time user sees what QuoteLens does without having articles at hand.

use std::rc::Rc;

use yew::prelude::*;

use crate::web::worker::{NewFile, Source};

/// The five seed articles of the test suite, by file name.
pub const SAMPLES: [(&str, &[u8]); 5] = [
    (
        "000_d2c38d9ee408bbd1.txt",
        include_bytes!("../../../tests/fixtures/seeds/000_d2c38d9ee408bbd1.txt"),
    ),
    (
        "001_bdbef122728239ac.txt",
        include_bytes!("../../../tests/fixtures/seeds/001_bdbef122728239ac.txt"),
    ),
    (
        "002_b9fcb18f2f7b7f57.txt",
        include_bytes!("../../../tests/fixtures/seeds/002_b9fcb18f2f7b7f57.txt"),
    ),
    (
        "003_27879f57c91dcf80.txt",
        include_bytes!("../../../tests/fixtures/seeds/003_27879f57c91dcf80.txt"),
    ),
    (
        "004_41cd36088b348d8f.txt",
        include_bytes!("../../../tests/fixtures/seeds/004_41cd36088b348d8f.txt"),
    ),
];

pub fn sample_files() -> Vec<NewFile> {
    SAMPLES
        .iter()
        .map(|(name, bytes)| NewFile {
            name: (*name).to_string(),
            source: Source::Bytes(Rc::from(*bytes)),
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct SamplesButtonProps {
    pub on_files: Callback<Vec<NewFile>>,
}

#[component]
pub fn SamplesButton(props: &SamplesButtonProps) -> Html {
    let onclick = {
        let on_files = props.on_files.clone();
        Callback::from(move |_: MouseEvent| on_files.emit(sample_files()))
    };
    html! {
        <button type="button" class="button secondary" data-testid="samples" {onclick}>
            { "Try the sample articles" }
        </button>
    }
}
