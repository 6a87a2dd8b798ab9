//! The filter form above the views: speaker, target, kind and a text search. Every change
//! emits the whole new [`Filters`]; the views do the filtering. A menu with more than
//! [`MENU`] choices (a large batch has thousands of speakers) lists that many and gets a box
//! to search the rest.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::logic::filters::{menu, Filters, MENU};
use crate::QuoteKind;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub filters: Filters,
    pub speakers: Rc<Vec<String>>,
    pub targets: Rc<Vec<String>>,
    pub on_change: Callback<Filters>,
    /// "Showing 5 of 58 quotations."
    pub status: AttrValue,
}

/// The `value` of the element an event came from (a select), read without the
/// HtmlSelectElement binding, which the app's web-sys features do not include.
pub fn event_value(e: &Event) -> String {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn parse_kind(value: &str) -> Option<QuoteKind> {
    match value {
        "direct" => Some(QuoteKind::Direct),
        "partial" => Some(QuoteKind::Partial),
        "indirect" => Some(QuoteKind::Indirect),
        _ => None,
    }
}

fn select(
    id: &'static str,
    label: &'static str,
    all: &'static str,
    options: &[(String, String)],
    value: Option<&str>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="filter">
            <label for={id}>{ label }</label>
            <select {id} data-testid={id} {onchange}>
                <option value="" selected={value.is_none()}>{ all }</option>
                { for options.iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={value == Some(v.as_str())}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ChoiceProps {
    id: &'static str,
    label: &'static str,
    all: &'static str,
    /// What is chosen from, for the search box: "speakers".
    what: &'static str,
    options: Rc<Vec<String>>,
    value: Option<String>,
    onchange: Callback<Event>,
}

/// A menu of choices; a long one lists [`MENU`] of them, narrowed by a search box.
#[component]
fn Choice(props: &ChoiceProps) -> Html {
    let query = use_state(String::new);
    if props.options.len() <= MENU {
        let options: Vec<(String, String)> = props
            .options
            .iter()
            .map(|s| (s.clone(), s.clone()))
            .collect();
        return select(
            props.id,
            props.label,
            props.all,
            &options,
            props.value.as_deref(),
            props.onchange.clone(),
        );
    }
    let (shown, matched) = menu(&props.options, &query, props.value.as_deref(), MENU);
    let options: Vec<(String, String)> = shown
        .iter()
        .map(|s| (s.to_string(), s.to_string()))
        .collect();
    let find_id = format!("{}-find", props.id);
    let note_id = format!("{}-note", props.id);
    let on_find = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let note = if matched > MENU {
        format!("{MENU} of {matched} {} listed: type to narrow.", props.what)
    } else {
        format!("{matched} of {} {} match.", props.options.len(), props.what)
    };
    html! {
        <div class="filter filter-long">
            <label for={find_id.clone()}>{ format!("Find {}", props.what) }</label>
            <input id={find_id.clone()} type="search" data-testid={find_id} value={(*query).clone()}
                aria-describedby={note_id.clone()} placeholder="part of a name" oninput={on_find} />
            <p class="filter-note" id={note_id} data-testid={format!("{}-note", props.id)} aria-live="polite">{ note }</p>
            { select(props.id, props.label, props.all, &options, props.value.as_deref(), props.onchange.clone()) }
        </div>
    }
}

#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let f = &props.filters;
    let change = |set: fn(&mut Filters, String)| {
        let (filters, on_change) = (f.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let value = event_value(&e);
            let mut next = filters.clone();
            set(&mut next, value);
            on_change.emit(next);
        })
    };
    let on_speaker = change(|f, v| f.speaker = (!v.is_empty()).then_some(v));
    let on_target = change(|f, v| f.target = (!v.is_empty()).then_some(v));
    let on_kind = change(|f, v| f.kind = parse_kind(&v));
    let on_text = {
        let (filters, on_change) = (f.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(Filters {
                text: input.value(),
                ..filters.clone()
            });
        })
    };
    let on_reset = props.on_change.reform(|_: MouseEvent| Filters::default());
    let kinds: Vec<(String, String)> = ["direct", "partial", "indirect"]
        .iter()
        .map(|k| (k.to_string(), k.to_string()))
        .collect();
    let kind = f.kind.map(super::logic::export::kind_label);
    html! {
        <form class="filters" role="search" aria-label="Filter quotations" data-testid="filters"
            onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <Choice id="f-speaker" label="Speaker" all="All speakers" what="speakers"
                options={props.speakers.clone()} value={f.speaker.clone()} onchange={on_speaker} />
            <Choice id="f-target" label="Stance target" all="All targets" what="targets"
                options={props.targets.clone()} value={f.target.clone()} onchange={on_target} />
            { select("f-kind", "Kind", "All kinds", &kinds, kind, on_kind) }
            <div class="filter filter-text">
                <label for="f-text">{ "Search" }</label>
                <input id="f-text" type="search" data-testid="f-text" value={f.text.clone()}
                    placeholder="words in a quote" oninput={on_text} />
            </div>
            <div class="filter-foot">
                <p class="filter-status" role="status" data-testid="filter-status">{ &props.status }</p>
                if f.is_active() {
                    <button type="button" class="link-button" data-testid="f-reset" onclick={on_reset}>
                        { "Clear filters" }
                    </button>
                }
            </div>
        </form>
    }
}
