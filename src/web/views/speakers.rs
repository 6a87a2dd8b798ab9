//! The Speakers view: one card per person or body quoted, across all documents, with their
//! role, organisation, the other names they went by, their quotes and their stance chips.

use std::rc::Rc;

use yew::prelude::*;

use super::cards::plural;
use super::logic::corpus::Corpus;
use super::logic::filters::Filters;
use super::logic::paging::page;
use super::logic::speakers::rows;
use super::pager::Pager;
use crate::Polarity;

/// Speakers per page, and stance chips shown per speaker.
const PAGE: usize = 25;
const CHIPS: usize = 12;

#[derive(Properties, PartialEq)]
pub struct SpeakersProps {
    pub corpus: Rc<Corpus>,
    pub visible: Rc<Vec<Vec<usize>>>,
    pub filters: Filters,
}

/// A stance as a chip reads it, with a symbol so that colour is not the only sign.
pub fn stance_label(p: Polarity) -> (&'static str, &'static str) {
    match p {
        Polarity::Favor => ("▲", "for"),
        Polarity::Against => ("▼", "against"),
        Polarity::Mixed => ("◆", "mixed on"),
        Polarity::Neutral => ("·", "mentions"),
    }
}

/// The key to the stance colours the Stance and Timeline views share: for, against, mixed,
/// then `last` (what the grey stands for in that view) and a `note`.
pub fn stance_legend(testid: &'static str, last: &'static str, note: &'static str) -> Html {
    html! {
        <p class="legend-kinds" data-testid={testid}>
            <span class="chip favor">{ "▲ for" }</span>
            <span class="chip against">{ "▼ against" }</span>
            <span class="chip mixed">{ "◆ mixed" }</span>
            <span class="chip neutral">{ last }</span>
            { note }
        </p>
    }
}

pub fn stance_class(p: Polarity) -> &'static str {
    match p {
        Polarity::Favor => "favor",
        Polarity::Against => "against",
        Polarity::Mixed => "mixed",
        Polarity::Neutral => "neutral",
    }
}

#[component]
pub fn Speakers(props: &SpeakersProps) -> Html {
    let corpus = &props.corpus;
    let asked = use_state(|| 0usize);
    let rows = use_memo(
        (
            props.corpus.clone(),
            props.visible.clone(),
            props.filters.clone(),
        ),
        |(corpus, visible, filters)| rows(corpus, visible, filters),
    );
    if rows.is_empty() {
        return html! { <p class="none" data-testid="no-speakers">{ "No speaker has a quotation that matches the filters." }</p> };
    }
    let shown = page(rows.len(), PAGE, *asked);
    let on_page = {
        let asked = asked.clone();
        Callback::from(move |p| asked.set(p))
    };
    html! {
        <>
        if !corpus.stance_ready() {
            { super::stance::pending(corpus) }
        }
        <ul class="speaker-list" data-testid="speakers">
            { for rows[shown.items.clone()].iter().map(|r| html! {
                <li class="speaker-card" data-testid="speaker-row" data-speaker={r.name.clone()}>
                    <h3 class="speaker-card-name" data-testid="speaker-row-name">{ &r.name }</h3>
                    if r.role.is_some() || r.organisation.is_some() {
                        <p class="speaker-card-role">
                            if let Some(role) = &r.role {
                                <span data-testid="speaker-row-role">{ role }</span>
                            }
                            if let (Some(_), Some(_)) = (&r.role, &r.organisation) { { " · " } }
                            if let Some(org) = &r.organisation {
                                <span data-testid="speaker-row-org">{ org }</span>
                            }
                        </p>
                    }
                    if !r.aliases.is_empty() {
                        <p class="meta" data-testid="speaker-row-aliases">
                            { "Other names: " }{ r.aliases.join("; ") }
                        </p>
                    }
                    <p class="meta" data-testid="speaker-row-count">
                        { format!("{} {} in {} {}", r.quotes, plural(r.quotes, "quotation", "quotations"),
                            r.documents, plural(r.documents, "document", "documents")) }
                    </p>
                    if !r.stances.is_empty() {
                        <ul class="chips" aria-label={format!("Stances of {}", r.name)}>
                            { for r.stances.iter().take(CHIPS).filter_map(|&c| corpus.matrix().get(c)).map(|cell| {
                                let (symbol, word) = stance_label(cell.stance);
                                html! {
                                    <li class={classes!("chip", stance_class(cell.stance))} data-testid="stance-chip">
                                        <span aria-hidden="true">{ symbol }</span>{ format!(" {word} {}", cell.target) }
                                    </li>
                                }
                            }) }
                            if r.stances.len() > CHIPS {
                                <li class="chip neutral" data-testid="stance-chip-more">
                                    { format!("and {} more (Stance view)", r.stances.len() - CHIPS) }
                                </li>
                            }
                        </ul>
                    }
                </li>
            }) }
        </ul>
        <Pager page={shown} label="Pages of speakers" testid="speaker-pager"
            unit={Some((AttrValue::from("Speakers"), PAGE, rows.len()))} {on_page} />
        </>
    }
}
