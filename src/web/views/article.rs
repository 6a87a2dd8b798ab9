//! The Article view: one document's cleaned text with every (visible) quotation highlighted in
//! its speaker's colour and underlined by kind; a legend names the colours, and pressing a
//! speaker in it highlights only theirs. Tapping, clicking, focusing or hovering a quotation
//! writes its speaker, role, kind and cue into a line under the legend. The headline is shown
//! once: as the heading of the text when the text starts with it.

use std::rc::Rc;

use yew::prelude::*;

use super::logic::article::{pieces_in, speakers, speakers_of, Piece};
use super::logic::corpus::Corpus;
use super::logic::export::kind_label;
use super::logic::paging::{page, page_of};
use super::pager::Pager;
use crate::{DocumentReport, Quote};

/// Articles listed in the chooser at a time, and speakers in the legend.
const CHOOSER: usize = 100;
const LEGEND: usize = 24;

/// Number of distinct speaker colours (`.c0` … `.c7` in the style sheet).
const COLOURS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub corpus: Rc<Corpus>,
    pub visible: Rc<Vec<Vec<usize>>>,
    /// The chosen document, by index into the corpus.
    pub doc: Option<usize>,
    /// A passage to mark and scroll to (byte range in the chosen document's text).
    #[prop_or_default]
    pub focus: Option<(usize, usize)>,
    pub on_doc: Callback<usize>,
}

/// The id of the marked passage, scrolled into view when it is set.
const FOCUS_ID: &str = "article-focus";

/// What the details line says about a quotation.
fn describe(q: &Quote) -> String {
    let who = match &q.speaker {
        Some(s) => match &s.role {
            Some(role) => format!("{}, {role}", s.name),
            None => s.name.clone(),
        },
        None => "Speaker not found".to_string(),
    };
    let cue = q
        .cue
        .as_ref()
        .map(|c| format!("; cue “{}”", c.text))
        .unwrap_or_default();
    format!("{who} — {} quotation{cue}", kind_label(q.kind))
}

#[component]
pub fn Article(props: &ArticleProps) -> Html {
    let only = use_state(|| None::<String>);
    let detail = use_state(|| None::<String>);
    // The page of the text, the group of articles in the chooser and the legend's page; `None`
    // follows the chosen article (and the passage to show).
    let text_page = use_state(|| None::<usize>);
    let chooser_page = use_state(|| None::<usize>);
    let legend_page = use_state(|| 0usize);
    {
        let (text_page, legend_page) = (text_page.clone(), legend_page.clone());
        use_effect_with((props.doc, props.focus), move |_| {
            text_page.set(None);
            legend_page.set(0);
        });
    }
    let corpus = &props.corpus;
    use_effect_with((props.doc, props.focus), |(_, focus)| {
        if focus.is_some() {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(FOCUS_ID))
            {
                el.scroll_into_view();
            }
        }
    });
    let readable: Vec<usize> = (0..corpus.docs.len())
        .filter(|&i| corpus.docs[i].error.is_none())
        .collect();
    // The chosen article, else the first with a quotation the filters let through.
    let has_visible = |d: &usize| props.visible.get(*d).is_some_and(|v| !v.is_empty());
    let chosen = props
        .doc
        .filter(|d| readable.contains(d))
        .or_else(|| readable.iter().copied().find(has_visible))
        .or_else(|| readable.first().copied());
    // Counted once per article (and filters), not on each tap: a long article has 100,000
    // quotations.
    let all_speakers = use_memo((corpus.clone(), chosen), |(corpus, d)| {
        d.map(|d| speakers(&corpus.docs[d])).unwrap_or_default()
    });
    let legend_speakers = use_memo(
        (corpus.clone(), props.visible.clone(), chosen),
        |(corpus, visible, d)| {
            d.map(|d| {
                let visible: &[usize] = visible.get(d).map(Vec::as_slice).unwrap_or(&[]);
                speakers_of(&corpus.docs[d], visible)
            })
            .unwrap_or_default()
        },
    );
    let Some(d) = chosen else {
        return html! { <p class="none">{ "No readable article yet." }</p> };
    };
    let doc = &corpus.docs[d];
    let visible: &[usize] = props.visible.get(d).map(Vec::as_slice).unwrap_or(&[]);

    // Colours follow the speakers of the whole article, so filtering does not repaint them.
    let colour = |name: &str| {
        all_speakers
            .iter()
            .position(|(n, _)| n == name)
            .unwrap_or(0)
            % COLOURS
    };
    let legend = page(legend_speakers.len(), LEGEND, *legend_page);

    let on_choose = {
        let (on_doc, only) = (props.on_doc.clone(), only.clone());
        Callback::from(move |e: Event| {
            if let Ok(i) = super::filter_bar::event_value(&e).parse() {
                only.set(None);
                on_doc.emit(i);
            }
        })
    };
    let ctx = Ctx {
        doc,
        only: (*only).clone(),
        colour: &colour,
        detail: detail.setter(),
    };
    // The passage belongs to the chosen document only.
    let focus = props.focus.filter(|_| props.doc == Some(d));
    let pages = corpus.text_pages(d);
    let asked = text_page.unwrap_or_else(|| focus.map_or(0, |(start, _)| page_of(&pages, start)));
    let shown = page(pages.len(), 1, asked);
    let range = pages.get(shown.index).cloned().unwrap_or(0..0);
    let parts = pieces_in(doc, visible, focus, range);
    let headline_in_text = doc
        .headline
        .as_deref()
        .is_some_and(|h| !h.is_empty() && doc.text.starts_with(h));
    let at = readable.iter().position(|&i| i == d).unwrap_or(0);
    let group = page(
        readable.len(),
        CHOOSER,
        chooser_page.unwrap_or(at / CHOOSER),
    );
    let body = render(&ctx, &parts);
    let toggle = |name: String| {
        let only = only.clone();
        Callback::from(move |_: MouseEvent| {
            only.set(if only.as_deref() == Some(name.as_str()) {
                None
            } else {
                Some(name.clone())
            })
        })
    };
    html! {
        <div class="article-view">
            <div class="filter">
                <label for="article-doc">{ "Article" }</label>
                <select id="article-doc" data-testid="article-doc" onchange={on_choose}>
                    // The chosen article stays in the list while another group is shown.
                    if !group.items.contains(&at) {
                        <option value={d.to_string()} selected=true>
                            { doc.headline.clone().unwrap_or_else(|| doc.name.clone()) }
                        </option>
                    }
                    { for readable[group.items.clone()].iter().map(|&i| {
                        let r = &corpus.docs[i];
                        let title = r.headline.clone().unwrap_or_else(|| r.name.clone());
                        html! { <option value={i.to_string()} selected={i == d}>{ title }</option> }
                    }) }
                </select>
            </div>
            <Pager page={group.clone()} label="Groups of articles in the list" testid="article-doc-pager"
                unit={Some((AttrValue::from("Articles"), CHOOSER, readable.len()))}
                on_page={{ let chooser_page = chooser_page.clone(); Callback::from(move |p| chooser_page.set(Some(p))) }} />
            <div class="legend" data-testid="legend">
                <p class="legend-head" id="legend-speakers">{ "Speakers (press one to show only theirs):" }</p>
                <ul class="legend-list" aria-labelledby="legend-speakers">
                    { for legend_speakers[legend.items.clone()].iter().map(|(name, n)| {
                        let pressed = only.as_deref() == Some(name.as_str());
                        let label = if name.is_empty() { "Speaker not found".to_string() } else { name.clone() };
                        html! {
                            <li>
                                <button type="button" class={classes!("legend-speaker", format!("c{}", colour(name)))}
                                    aria-pressed={pressed.to_string()} data-testid="legend-speaker"
                                    data-speaker={name.clone()} onclick={toggle(name.clone())}>
                                    <span class="swatch" aria-hidden="true"></span>
                                    { format!("{label} ({n})") }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                <Pager page={legend.clone()} label="Pages of speakers" testid="legend-pager"
                    on_page={{ let legend_page = legend_page.clone(); Callback::from(move |p| legend_page.set(p)) }} />
                <p class="legend-kinds">
                    { "Underlines: " }
                    <span class="kind-sample u-direct">{ "direct" }</span>{ ", " }
                    <span class="kind-sample u-partial">{ "partial" }</span>{ ", " }
                    <span class="kind-sample u-indirect">{ "reported (indirect)" }</span>
                </p>
                <p class="hl-detail" aria-live="polite" data-testid="hl-detail">
                    { detail.as_deref().unwrap_or("Tap or focus a highlighted quotation to see who said it.") }
                </p>
            </div>
            // The headline is the heading of the text when the text starts with it (on its first
            // page); otherwise it is shown above, once.
            if !headline_in_text || shown.index > 0 {
                <h3 class="headline" data-testid="article-headline">
                    { doc.headline.as_deref().unwrap_or(&doc.name) }
                </h3>
            }
            <Pager page={shown.clone()} label="Pages of the article" testid="text-pager"
                on_page={{ let text_page = text_page.clone(); Callback::from(move |p| text_page.set(Some(p))) }} />
            <div class="article-text" data-testid="article-text">{ body }</div>
            <Pager page={shown} label="Pages of the article, again" testid="text-pager-end"
                on_page={{ let text_page = text_page.clone(); Callback::from(move |p| text_page.set(Some(p))) }} />
        </div>
    }
}

struct Ctx<'a> {
    doc: &'a DocumentReport,
    only: Option<String>,
    colour: &'a dyn Fn(&str) -> usize,
    detail: UseStateSetter<Option<String>>,
}

fn render(ctx: &Ctx, pieces: &[Piece]) -> Html {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Headline { children } => html! {
                <span class="headline text-headline" role="heading" aria-level="3" data-testid="article-headline">
                    { render(ctx, children) }
                </span>
            },
            Piece::Focus { children } => html! {
                <mark class="focus" id={FOCUS_ID} data-testid="focus">{ render(ctx, children) }</mark>
            },
            Piece::Text(r) => {
                Html::from(ctx.doc.text.get(r.clone()).unwrap_or_default().to_string())
            }
            Piece::Quote { quote, children } => {
                let Some(q) = ctx.doc.quotes.get(*quote) else {
                    return render(ctx, children);
                };
                let name = q.speaker.as_ref().map_or("", |s| s.name.as_str());
                let dim = ctx.only.as_deref().is_some_and(|o| o != name);
                let about = describe(q);
                let show = {
                    let (detail, about) = (ctx.detail.clone(), about.clone());
                    move || detail.set(Some(about.clone()))
                };
                // Yew bubbles events through its own tree: a quotation nested in reported speech
                // would otherwise be described as the speech around it.
                let onfocus = {
                    let show = show.clone();
                    Callback::from(move |e: FocusEvent| {
                        e.stop_propagation();
                        show()
                    })
                };
                let onclick = {
                    let show = show.clone();
                    Callback::from(move |e: MouseEvent| {
                        e.stop_propagation();
                        show()
                    })
                };
                let onmouseover = Callback::from(move |e: MouseEvent| {
                    e.stop_propagation();
                    show()
                });
                html! {
                    <mark
                        class={classes!(
                            "hl",
                            format!("u-{}", kind_label(q.kind)),
                            format!("c{}", (ctx.colour)(name)),
                            dim.then_some("dim"),
                        )}
                        tabindex="0"
                        title={about}
                        data-testid="hl"
                        data-speaker={name.to_string()}
                        data-kind={kind_label(q.kind)}
                        {onfocus}
                        {onclick}
                        {onmouseover}
                    >
                        { render(ctx, children) }
                    </mark>
                }
            }
        })
        .collect()
}
