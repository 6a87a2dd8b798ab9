//! The filter form above the views: speaker, target, kind and a text search. Every change
//! emits the whole new [`Filters`]; the views do the filtering.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::logic::filters::Filters;
use crate::QuoteKind;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub filters: Filters,
    pub speakers: Vec<String>,
    pub targets: Vec<String>,
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
    let pairs = |v: &[String]| -> Vec<(String, String)> {
        v.iter().map(|s| (s.clone(), s.clone())).collect()
    };
    let kinds: Vec<(String, String)> = ["direct", "partial", "indirect"]
        .iter()
        .map(|k| (k.to_string(), k.to_string()))
        .collect();
    let kind = f.kind.map(super::logic::export::kind_label);
    html! {
        <form class="filters" role="search" aria-label="Filter quotations" data-testid="filters"
            onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { select("f-speaker", "Speaker", "All speakers", &pairs(&props.speakers), f.speaker.as_deref(), on_speaker) }
            { select("f-target", "Stance target", "All targets", &pairs(&props.targets), f.target.as_deref(), on_target) }
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
