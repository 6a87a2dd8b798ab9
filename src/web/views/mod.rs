//! The results: a summary line, the exports, the filters and five views of the analysed
//! documents behind tabs (Documents, Article, Speakers, Stance, Timeline).
//!
//! The view state (tab, filters, chosen article and passage, page, selected matrix cell) lives here, not in
//! the app's [`State`]; the stance matrix comes from the core and is computed once per list of
//! documents.
//!
//! - [`logic`]: what the views show, as pure functions with native tests.
//! - [`cards`]: file cards, articles and quote items (the Documents view's detail).
//! - [`tabs`], [`filter_bar`], [`export`]: the switcher, the filter form, downloads and copying.
//! - [`documents`], [`article`], [`speakers`], [`stance`], [`timeline`]: the five views.

pub mod article;
pub mod cards;
pub mod documents;
pub mod export;
pub mod filter_bar;
pub use crate::view_logic as logic;
pub mod pager;
pub mod speakers;
pub mod stance;
pub mod tabs;
pub mod timeline;

use std::rc::Rc;

use yew::prelude::*;

use self::article::Article;
use self::cards::plural;
use self::documents::Documents;
use self::export::ExportBar;
use self::filter_bar::FilterBar;
use self::logic::corpus::Corpus;
use self::logic::export::quotes_csv;
use self::logic::filters::{choices, visible_quotes, Filters};
use self::speakers::Speakers;
use self::stance::Stance;
use self::tabs::{Tab, Tabs};
use self::timeline::Timeline;
use super::state::{FileStatus, State};
use crate::DocumentReport;

/// Every analysed document of the session, in the order of the files.
pub fn analysed_documents(state: &State) -> Vec<Rc<DocumentReport>> {
    state
        .files
        .iter()
        .filter_map(|f| match &f.status {
            FileStatus::Analysed(docs) => Some(docs.iter().cloned()),
            _ => None,
        })
        .flatten()
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub state: Rc<State>,
    pub on_clear: Callback<MouseEvent>,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let state = &props.state;
    let tab = use_state(|| Tab::Documents);
    let filters = use_state(Filters::default);
    let page = use_state(|| 0usize);
    let article = use_state(|| None::<usize>);
    let cell = use_state(|| None::<usize>);
    // A passage opened from the Stance view: byte range in the chosen article.
    let focus = use_state(|| None::<(usize, usize)>);

    let docs = analysed_documents(state);
    let stance = state.current_stance();
    let key: (Vec<usize>, usize) = (
        docs.iter().map(|d| Rc::as_ptr(d) as usize).collect(),
        stance.as_ref().map_or(0, |s| Rc::as_ptr(s) as usize),
    );
    let corpus: Rc<Corpus> = {
        let memo = use_memo(key, move |_| Rc::new(Corpus::with_stance(docs, stance)));
        (*memo).clone()
    };
    let visible: Rc<Vec<Vec<usize>>> = {
        let memo = use_memo((corpus.clone(), (*filters).clone()), |(c, f)| {
            Rc::new(visible_quotes(c, f))
        });
        (*memo).clone()
    };
    let options = use_memo(corpus.clone(), |c| {
        let (speakers, targets) = choices(c);
        (Rc::new(speakers), Rc::new(targets))
    });
    // New documents renumber the matrix: the selected cell goes. (The page stays: the
    // Documents view clamps it, so a reader paging through a batch is not sent back.)
    {
        let cell = cell.clone();
        use_effect_with(corpus.clone(), move |_| cell.set(None));
    }

    let files = state.files.len();
    let total = corpus.quote_count();
    let pending = state.pending();
    let summary = format!(
        "{files} {}, {total} {}{}",
        plural(files, "file", "files"),
        plural(total, "quotation", "quotations"),
        if pending > 0 {
            format!("; {pending} still being analysed")
        } else {
            String::new()
        }
    );
    let shown: usize = visible.iter().map(Vec::len).sum();
    let status = if filters.is_active() {
        format!(
            "Showing {shown} of {total} {}.",
            plural(total, "quotation", "quotations")
        )
    } else {
        format!(
            "Showing all {total} {}.",
            plural(total, "quotation", "quotations")
        )
    };

    let on_filters = {
        let (filters, page, cell) = (filters.clone(), page.clone(), cell.clone());
        Callback::from(move |f: Filters| {
            filters.set(f);
            page.set(0);
            cell.set(None);
        })
    };
    let report_json = {
        let corpus = corpus.clone();
        Callback::from(move |()| corpus.report_json())
    };
    let csv = {
        let (corpus, visible) = (corpus.clone(), visible.clone());
        Callback::from(move |()| quotes_csv(&corpus, &visible))
    };
    let on_tab = {
        let tab = tab.clone();
        Callback::from(move |t: Tab| tab.set(t))
    };
    let panel = match *tab {
        Tab::Documents => html! {
            <Documents state={state.clone()} corpus={corpus.clone()} visible={visible.clone()}
                filtering={filters.is_active()} page={*page}
                on_page={{ let page = page.clone(); Callback::from(move |p| page.set(p)) }} />
        },
        Tab::Article => html! {
            <Article corpus={corpus.clone()} visible={visible.clone()} doc={*article} focus={*focus}
                on_doc={{
                    let (article, focus) = (article.clone(), focus.clone());
                    Callback::from(move |d| { focus.set(None); article.set(Some(d)) })
                }} />
        },
        Tab::Speakers => html! {
            <Speakers corpus={corpus.clone()} visible={visible.clone()} filters={(*filters).clone()} />
        },
        Tab::Stance => html! {
            <Stance corpus={corpus.clone()} filters={(*filters).clone()} selected={*cell}
                on_select={{ let cell = cell.clone(); Callback::from(move |c| cell.set(c)) }}
                on_open={{
                    let (article, focus, tab) = (article.clone(), focus.clone(), tab.clone());
                    Callback::from(move |(d, start, end)| {
                        article.set(Some(d));
                        focus.set(Some((start, end)));
                        tab.set(Tab::Article);
                    })
                }} />
        },
        Tab::Timeline => html! {
            <Timeline corpus={corpus.clone()} visible={visible.clone()} filters={(*filters).clone()} />
        },
    };
    html! {
        <section class="results" aria-labelledby="results-title">
            <div class="results-head">
                <h2 id="results-title">{ "Results" }</h2>
                <p role="status" data-testid="summary">{ summary }</p>
                <button type="button" class="button secondary" data-testid="clear" onclick={props.on_clear.clone()}>
                    { "Clear all" }
                </button>
            </div>
            if !corpus.docs.is_empty() {
                <ExportBar {report_json} quotes_csv={csv} quotes={shown} stance_ready={corpus.stance_ready()} />
                <FilterBar filters={(*filters).clone()} speakers={options.0.clone()}
                    targets={options.1.clone()} on_change={on_filters} status={status} />
            }
            <Tabs active={*tab} on_select={on_tab} />
            <div class="panel" role="tabpanel" id={tab.panel_id()} aria-labelledby={tab.tab_id()}
                tabindex="0" data-testid={format!("panel-{}", tab.id())}>
                { panel }
            </div>
        </section>
    }
}
