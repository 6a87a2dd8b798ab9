//! The view switcher: an ARIA tab list. Arrow keys, Home and End move between the tabs (and
//! show the tab moved to); only the selected tab is in the Tab order.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Documents,
    Article,
    Speakers,
    Stance,
    Timeline,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Documents,
        Tab::Article,
        Tab::Speakers,
        Tab::Stance,
        Tab::Timeline,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Tab::Documents => "documents",
            Tab::Article => "article",
            Tab::Speakers => "speakers",
            Tab::Stance => "stance",
            Tab::Timeline => "timeline",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Documents => "Documents",
            Tab::Article => "Article",
            Tab::Speakers => "Speakers",
            Tab::Stance => "Stance",
            Tab::Timeline => "Timeline",
        }
    }

    pub fn tab_id(self) -> String {
        format!("tab-{}", self.id())
    }

    pub fn panel_id(self) -> String {
        format!("panel-{}", self.id())
    }
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub active: Tab,
    pub on_select: Callback<Tab>,
}

#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    let onkeydown = {
        let (active, on_select) = (props.active, props.on_select.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = Tab::ALL.len();
            let i = Tab::ALL.iter().position(|t| *t == active).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => (i + 1) % n,
                "ArrowLeft" => (i + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            let tab = Tab::ALL[next];
            on_select.emit(tab);
            if let Some(el) = gloo::utils::document()
                .get_element_by_id(&tab.tab_id())
                .and_then(|el| el.dyn_into::<HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label="Views" data-testid="tabs" {onkeydown}>
            { for Tab::ALL.iter().map(|&tab| {
                let selected = tab == props.active;
                let onclick = props.on_select.reform(move |_: MouseEvent| tab);
                html! {
                    <button
                        type="button"
                        role="tab"
                        id={tab.tab_id()}
                        class="tab"
                        aria-selected={selected.to_string()}
                        aria-controls={tab.panel_id()}
                        tabindex={if selected { "0" } else { "-1" }}
                        data-testid={format!("tab-{}", tab.id())}
                        {onclick}
                    >
                        { tab.label() }
                    </button>
                }
            }) }
        </div>
    }
}
