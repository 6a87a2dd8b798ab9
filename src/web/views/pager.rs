//! The pager every long list shares: Previous, "Page 3 of 40", Next, and a box to go to a page
//! when there are many. Shown only when there is more than one page.

use yew::prelude::*;

use super::filter_bar::event_value;
use super::logic::paging::Page;

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    pub page: Page,
    /// What is paged, for screen readers: "Pages of quotations".
    pub label: AttrValue,
    /// The pager's `data-testid`; its parts add "-prev", "-next", "-go".
    pub testid: AttrValue,
    pub on_page: Callback<usize>,
    /// "Page" by default; "Quotations" reads "Quotations 51–100 of 900" when `size` is given.
    #[prop_or_default]
    pub unit: Option<(AttrValue, usize, usize)>,
}

/// Numbers each pager's page box, so that the ids of several pagers on a page differ.
static PAGERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let number = use_state(|| PAGERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    let p = &props.page;
    if p.count <= 1 {
        return Html::default();
    }
    let go = |to: usize| props.on_page.reform(move |_: MouseEvent| to);
    let where_ = match &props.unit {
        Some((unit, size, len)) => {
            let first = p.index * size + 1;
            format!("{unit} {first}–{} of {len}", (first + size - 1).min(*len))
        }
        None => format!("Page {} of {}", p.index + 1, p.count),
    };
    let testid = &props.testid;
    let jump = {
        let (on_page, count) = (props.on_page.clone(), p.count);
        Callback::from(move |e: Event| {
            if let Ok(n) = event_value(&e).trim().parse::<usize>() {
                on_page.emit(n.clamp(1, count) - 1);
            }
        })
    };
    let input_id = format!("{testid}-go-{}", *number);
    html! {
        <nav class="pager" aria-label={props.label.clone()} data-testid={testid.clone()}>
            <button type="button" class="button secondary" disabled={p.index == 0}
                data-testid={format!("{testid}-prev")} onclick={go(p.index.saturating_sub(1))}>{ "Previous" }</button>
            <span class="pager-where" data-testid={format!("{testid}-at")}>{ where_ }</span>
            <button type="button" class="button secondary" disabled={p.index + 1 >= p.count}
                data-testid={format!("{testid}-next")} onclick={go(p.index + 1)}>{ "Next" }</button>
            if p.count > 3 {
                <span class="pager-go">
                    <label for={input_id.clone()}>{ "Go to page" }</label>
                    <input id={input_id} data-testid={format!("{testid}-go")} type="number" inputmode="numeric"
                        min="1" max={p.count.to_string()} value={(p.index + 1).to_string()} onchange={jump} />
                </span>
            }
        </nav>
    }
}
