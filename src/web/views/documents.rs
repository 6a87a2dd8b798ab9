//! The Documents view: the file cards, a page of articles at a time so that a batch of
//! hundreds renders in small steps, narrowed to the quotes the filters let through.

use std::rc::Rc;

use yew::prelude::*;

use super::cards::FileCard;
use super::logic::corpus::Corpus;
use crate::web::state::{FileEntry, FileStatus, State};
use crate::DocumentReport;

/// Articles per page.
pub const PAGE: usize = 10;

#[derive(Properties, PartialEq)]
pub struct DocumentsProps {
    pub state: Rc<State>,
    pub corpus: Rc<Corpus>,
    pub visible: Rc<Vec<Vec<usize>>>,
    pub filtering: bool,
    pub page: usize,
    pub on_page: Callback<usize>,
}

/// One file's part of a page: which of its documents (all for an unanalysed file).
struct Slice<'a> {
    entry: &'a FileEntry,
    docs: Vec<&'a Rc<DocumentReport>>,
}

/// Cuts the files into pages of at most [`PAGE`] articles; a file with more is split.
fn pages<'a>(props: &'a DocumentsProps) -> Vec<Vec<Slice<'a>>> {
    let mut pages: Vec<Vec<Slice>> = vec![Vec::new()];
    let mut on_page = 0;
    let mut push = |slice: Slice<'a>, weight: usize| {
        if on_page + weight > PAGE && on_page > 0 {
            pages.push(Vec::new());
            on_page = 0;
        }
        on_page += weight;
        if let Some(last) = pages.last_mut() {
            last.push(slice);
        }
    };
    for entry in &props.state.files {
        match &entry.status {
            FileStatus::Analysed(docs) => {
                let shown: Vec<&Rc<DocumentReport>> = docs
                    .iter()
                    .filter(|d| !props.filtering || visible_count(props, d) > 0)
                    .collect();
                for chunk in shown.chunks(PAGE) {
                    push(
                        Slice {
                            entry,
                            docs: chunk.to_vec(),
                        },
                        chunk.len(),
                    );
                }
            }
            _ if props.filtering => {}
            _ => push(
                Slice {
                    entry,
                    docs: Vec::new(),
                },
                1,
            ),
        }
    }
    pages
}

fn visible_count(props: &DocumentsProps, doc: &Rc<DocumentReport>) -> usize {
    props
        .corpus
        .index_of(doc)
        .and_then(|i| props.visible.get(i))
        .map_or(0, Vec::len)
}

/// The quotes of `doc` to show, when the filters narrow them.
fn narrowed(props: &DocumentsProps, doc: &Rc<DocumentReport>) -> Option<Rc<[usize]>> {
    let visible = props
        .corpus
        .index_of(doc)
        .and_then(|i| props.visible.get(i))?;
    (props.filtering && visible.len() != doc.quotes.len()).then(|| Rc::from(visible.as_slice()))
}

#[component]
pub fn Documents(props: &DocumentsProps) -> Html {
    let pages = pages(props);
    let count = pages.len();
    let page = props.page.min(count.saturating_sub(1));
    let slices = pages.into_iter().nth(page).unwrap_or_default();
    if slices.is_empty() {
        return html! {
            <p class="none" data-testid="no-documents">{ "No document has a quotation that matches the filters." }</p>
        };
    }
    let cards = slices.iter().map(|slice| {
        let (entry, visible) = match &slice.entry.status {
            FileStatus::Analysed(_) => (
                FileEntry {
                    status: FileStatus::Analysed(slice.docs.iter().map(|&d| d.clone()).collect()),
                    ..slice.entry.clone()
                },
                slice.docs.iter().map(|d| narrowed(props, d)).collect(),
            ),
            _ => (slice.entry.clone(), Vec::new()),
        };
        let key = format!("{}-{page}", entry.id);
        html! { <FileCard {key} {entry} {visible} /> }
    });
    let go = |to: usize| props.on_page.reform(move |_: MouseEvent| to);
    html! {
        <>
            <ul class="files" data-testid="files">{ for cards }</ul>
            if count > 1 {
                <nav class="pager" aria-label="Pages of documents" data-testid="pager">
                    <button type="button" class="button secondary" disabled={page == 0}
                        onclick={go(page.saturating_sub(1))}>{ "Previous" }</button>
                    <span data-testid="page">{ format!("Page {} of {count}", page + 1) }</span>
                    <button type="button" class="button secondary" disabled={page + 1 >= count}
                        onclick={go(page + 1)}>{ "Next" }</button>
                </nav>
            }
        </>
    }
}
