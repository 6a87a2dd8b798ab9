//! The file cards of the Documents view: one card per file, one article per document in it,
//! one item per quotation. `data-testid` attributes are the hooks the browser tests hold on to.

use std::rc::Rc;

use yew::prelude::*;

use super::export::CopyButton;
use super::logic::article::{speakers, speakers_of};
use super::logic::export::attribution;
use super::logic::paging::page;
use super::pager::Pager;
use crate::web::input::FileState;
use crate::web::state::{FileEntry, FileStatus};
use crate::{DocumentReport, Quote, QuoteKind};

pub use super::logic::export::kind_label;

#[derive(Properties, PartialEq)]
pub struct FileCardProps {
    pub entry: FileEntry,
    /// For each document of an analysed file, the quotations to show (by index) when the
    /// filters narrow them; `None`, or no entry, shows them all.
    #[prop_or_default]
    pub visible: Vec<Option<Rc<[usize]>>>,
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
        FileStatus::Crashed(message) => html! {
            <p class="error" role="alert" data-testid="file-error" data-code="crashed">{ message }</p>
        },
        FileStatus::Analysed(docs) => html! {
            { for docs.iter().enumerate().map(|(i, doc)| html! {
                <DocumentView doc={doc.clone()} show_name={docs.len() > 1}
                    visible={props.visible.get(i).cloned().flatten()} />
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
    /// The quotations to show, by index, when the filters narrow them (all when `None`): the
    /// view pages through these rather than through a narrowed copy of the document, which
    /// for a 20 MB article copied its text and 133,000 quotations on each render.
    #[prop_or_default]
    pub visible: Option<Rc<[usize]>>,
}

/// Quotations (and unattributed spans) of an article shown at a time.
pub const QUOTES_PAGE: usize = 50;

/// One article: its headline and its quotations, a page at a time, or the core's error for it.
#[component]
pub fn DocumentView(props: &DocumentViewProps) -> Html {
    let doc = &props.doc;
    let quote_page = use_state(|| 0usize);
    let span_page = use_state(|| 0usize);
    let narrowed = props.visible.as_deref();
    let total = narrowed.map_or(doc.quotes.len(), <[usize]>::len);
    let quotes = page(total, QUOTES_PAGE, *quote_page);
    let on_page: Vec<&Quote> = match narrowed {
        Some(v) => v[quotes.items.clone()]
            .iter()
            .filter_map(|&i| doc.quotes.get(i))
            .collect(),
        None => doc.quotes[quotes.items.clone()].iter().collect(),
    };
    let spans = page(doc.unattributed.len(), QUOTES_PAGE, *span_page);
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
            <p class="meta" data-testid="doc-counts">{ counts(doc, narrowed) }</p>
            // What the core noticed while reading: a guessed encoding, entries it skipped.
            if !doc.warnings.is_empty() {
                <ul class="warnings" aria-label="Notes on reading this file">
                    { for doc.warnings.iter().map(|w| html! {
                        <li class="warning" data-testid="warning"><strong>{ "Note:" }</strong>{ " " }{ w }</li>
                    }) }
                </ul>
            }
            if total == 0 {
                <p class="none" data-testid="no-quotes">{ "No quotations found." }</p>
            } else {
                <ContextProvider<QuoteSource> context={QuoteSource(doc.clone())}>
                    <ol class="quotes" data-testid="quotes" aria-label="Quotations"
                        start={(quotes.items.start + 1).to_string()}>
                        { for on_page.iter().map(|q| html! { <QuoteItem key={q.id.clone()} quote={(*q).clone()} /> }) }
                    </ol>
                </ContextProvider<QuoteSource>>
                <Pager page={quotes} label="Pages of quotations" testid="quote-pager"
                    unit={Some((AttrValue::from("Quotations"), QUOTES_PAGE, total))}
                    on_page={{ let p = quote_page.clone(); Callback::from(move |n| p.set(n)) }} />
            }
            // Words in quotation marks that the core attributes to nobody (scare quotes, titles,
            // or speech in a language it has no speech verbs for): shown, claimed for no one.
            if !doc.unattributed.is_empty() {
                <div class="unattributed" data-testid="unattributed">
                    <p class="unattributed-head">{ "In quotation marks, but no speaker found:" }</p>
                    <ul>
                        { for doc.unattributed[spans.items.clone()].iter().map(|span| html! {
                            <li><q data-testid="unattributed-text">{ &span.text }</q></li>
                        }) }
                    </ul>
                    <Pager page={spans} label="Pages of words in quotation marks" testid="unattributed-pager"
                        unit={Some((AttrValue::from("Spans"), QUOTES_PAGE, doc.unattributed.len()))}
                        on_page={{ let p = span_page.clone(); Callback::from(move |n| p.set(n)) }} />
                </div>
            }
        </article>
    }
}

/// "10 quotations · 6 speakers", of the quotations shown.
fn counts(doc: &Rc<DocumentReport>, narrowed: Option<&[usize]>) -> String {
    let speakers = match narrowed {
        None => speakers(doc),
        Some(v) => speakers_of(doc, v),
    };
    let q = narrowed.map_or(doc.quotes.len(), <[usize]>::len);
    let s = speakers.iter().filter(|(name, _)| !name.is_empty()).count();
    format!(
        "{q} {} · {s} {}",
        plural(q, "quotation", "quotations"),
        plural(s, "speaker", "speakers")
    )
}

pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The article a quote item belongs to, for its "copy with attribution" button; a quote item
/// rendered on its own has none and shows no button.
#[derive(Clone, PartialEq)]
pub struct QuoteSource(pub Rc<DocumentReport>);

#[derive(Properties, PartialEq)]
pub struct QuoteItemProps {
    pub quote: Quote,
}

/// One quotation: its kind, its words and who said them.
#[component]
pub fn QuoteItem(props: &QuoteItemProps) -> Html {
    let quote = &props.quote;
    let source = use_context::<QuoteSource>();
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
            if let Some(QuoteSource(doc)) = source {
                <CopyButton text={AttrValue::from(attribution(&doc, quote))} />
            }
        </li>
    }
}
