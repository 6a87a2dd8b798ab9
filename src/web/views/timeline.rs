//! The Timeline view: the dated documents on a time axis, drawn as SVG by the app, with ticks
//! by day, week, month or year as the range needs. Each bar is one date (or month, or year),
//! its height the (filtered) quotations of its documents, split by the stance they carry; a
//! table below says the same in words for screen readers and for exact numbers, and becomes
//! one card per date on a phone.

use std::rc::Rc;

use yew::prelude::*;

use super::logic::corpus::Corpus;
use super::logic::filters::Filters;
use super::logic::paging::page;
use super::logic::timeline::{points, ticks, Point};
use super::pager::Pager;
use super::speakers::stance_legend;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub corpus: Rc<Corpus>,
    pub visible: Rc<Vec<Vec<usize>>>,
    pub filters: Filters,
}

const W: f64 = 640.0;
const W_NARROW: f64 = 340.0;
const H: f64 = 220.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 28.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 36.0;
const BAR: f64 = 22.0;

/// The bar's parts, bottom up: (class, count).
fn parts(p: &Point) -> [(&'static str, usize); 4] {
    let other = p.quotes.saturating_sub(p.favor + p.against + p.mixed);
    [
        ("favor", p.favor),
        ("against", p.against),
        ("mixed", p.mixed),
        ("other", other),
    ]
}

/// A point's documents: the headline of a lone one, else how many.
fn what(corpus: &Corpus, p: &Point) -> String {
    match p.docs.as_slice() {
        [d] => corpus.docs.get(*d).map_or_else(String::new, |doc| {
            doc.headline.clone().unwrap_or_else(|| doc.name.clone())
        }),
        docs => format!("{} documents", docs.len()),
    }
}

/// One drawing of the chart, `w` units wide with at most `most` date ticks: the page draws
/// it twice, wide and narrow, and the style sheet shows the one that fits the screen, so that
/// its words are never shrunk to an unreadable size.
fn chart(corpus: &Corpus, points: &[Point], desc: &str, w: f64, most: usize, narrow: bool) -> Html {
    let (first, last) = (points[0].day, points[points.len() - 1].day);
    let span = (last - first).max(1) as f64;
    let max = points.iter().map(|p| p.quotes).max().unwrap_or(1).max(1) as f64;
    // Bars are centred on their day: keep half a bar of room at either end.
    let inset = BAR;
    let plot_w = w - LEFT - RIGHT - 2.0 * inset;
    let plot_h = H - TOP - BOTTOM;
    let base = TOP + plot_h;
    let x_of = |day: i64| {
        if last == first {
            LEFT + inset + plot_w / 2.0
        } else {
            LEFT + inset + (day - first) as f64 / span * plot_w
        }
    };
    // Bars narrow when there are many of them.
    let bar = (plot_w / points.len() as f64 - 2.0).clamp(2.0, BAR);
    let suffix = if narrow { "-narrow" } else { "" };
    let bars = points.iter().map(|p| {
        let centre = x_of(p.day);
        let x = (centre - bar / 2.0).clamp(LEFT + 1.0, w - RIGHT - bar);
        let top = base - p.quotes as f64 / max * plot_h;
        let mut y = base;
        let rects = parts(p)
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(class, n)| {
                let h = n as f64 / max * plot_h;
                y -= h;
                html! { <rect class={classes!("bar", class)} x={format!("{x:.1}")} y={format!("{y:.1}")}
                    width={format!("{bar:.1}")} height={format!("{h:.1}")} /> }
            })
            .collect::<Html>();
        html! {
            <g data-testid={format!("timeline-bar{suffix}")} data-date={p.date.clone()} data-quotes={p.quotes.to_string()}>
                <title>{ format!("{}: {} — {} quotations", p.date, what(corpus, p), p.quotes) }</title>
                { rects }
                if points.len() <= if narrow { 8 } else { 24 } {
                    <text class="count" x={format!("{:.1}", x + bar / 2.0)} y={format!("{:.1}", top - 4.0)} text-anchor="middle">{ p.quotes }</text>
                }
            </g>
        }
    });
    // Ticks by day, week, month or year, as the range needs; a single date gets its own.
    let ticks = if last == first {
        vec![(first, points[0].date.clone())]
    } else {
        ticks(first, last, most)
    };
    let tick_marks = ticks.iter().map(|(day, label)| {
        let x = x_of(*day);
        html! {
            <g class="tick-mark" data-testid={format!("timeline-tick{suffix}")}>
                <line class="axis" x1={format!("{x:.1}")} y1={base.to_string()} x2={format!("{x:.1}")} y2={(base + 5.0).to_string()} />
                <text class="tick" x={format!("{x:.1}")} y={(H - 12.0).to_string()} text-anchor="middle">{ label }</text>
            </g>
        }
    });
    let title_id = format!("timeline-title{suffix}");
    let desc_id = format!("timeline-desc{suffix}");
    html! {
        <svg class={classes!("timeline", if narrow { "timeline-narrow" } else { "timeline-wide" })}
            viewBox={format!("0 0 {w} {H}")} role="img"
            aria-labelledby={format!("{title_id} {desc_id}")} data-testid={format!("timeline{suffix}")}>
            <title id={title_id}>{ "Quotations per document over time" }</title>
            <desc id={desc_id}>{ desc }</desc>
            <line class="axis" x1={LEFT.to_string()} y1={base.to_string()} x2={(w - RIGHT).to_string()} y2={base.to_string()} />
            <line class="axis" x1={LEFT.to_string()} y1={TOP.to_string()} x2={LEFT.to_string()} y2={base.to_string()} />
            <text class="tick" x={(LEFT - 6.0).to_string()} y={(TOP + 10.0).to_string()} text-anchor="end">{ max.to_string() }</text>
            <text class="tick" x={(LEFT - 6.0).to_string()} y={base.to_string()} text-anchor="end">{ "0" }</text>
            { for tick_marks }
            { for bars }
        </svg>
    }
}

/// Rows of the table a page (one per date: a batch over years has hundreds).
const ROWS_PAGE: usize = 20;

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let asked = use_state(|| 0usize);
    let (points, undated) = points(&props.corpus, &props.visible, &props.filters);
    if points.is_empty() {
        return html! {
            <p class="none" data-testid="no-timeline">
                { format!("No dated document with matching quotations ({undated} without a date).") }
            </p>
        };
    }
    let max = points.iter().map(|p| p.quotes).max().unwrap_or(0);
    let desc = format!(
        "{} dated documents from {} to {}; the tallest bar has {} quotations.{}",
        points.iter().map(|p| p.docs.len()).sum::<usize>(),
        points[0].date,
        points[points.len() - 1].date,
        max,
        if undated > 0 {
            format!(" {undated} documents have no date and are not shown.")
        } else {
            String::new()
        }
    );
    let corpus = &props.corpus;
    let rows = page(points.len(), ROWS_PAGE, *asked);
    html! {
        <div class="timeline-view">
            { chart(corpus, &points, &desc, W, 8, false) }
            { chart(corpus, &points, &desc, W_NARROW, 4, true) }
            { stance_legend("timeline-legend", "other quotations", "") }
            <p class="meta">{ desc.clone() }</p>
            // On a phone each row stands as a card with its labels (`data-label`).
            <div class="table-wrap" role="region" aria-label="Timeline as a table" tabindex="0">
                <table class="timeline-table stackable" data-testid="timeline-table">
                    <caption class="visually-hidden">{ "Dated documents and their quotations" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Date" }</th><th scope="col">{ "Documents" }</th>
                        <th scope="col">{ "Quotes" }</th><th scope="col">{ "For" }</th>
                        <th scope="col">{ "Against" }</th><th scope="col">{ "Mixed" }</th>
                    </tr></thead>
                    <tbody>
                        { for points[rows.items.clone()].iter().map(|p| {
                            html! { <tr data-testid="timeline-row">
                                <th scope="row" data-label="Date">{ &p.date }</th>
                                <td data-label="Documents">{ what(corpus, p) }</td>
                                <td data-label="Quotes">{ p.quotes }</td>
                                <td data-label="For">{ p.favor }</td>
                                <td data-label="Against">{ p.against }</td>
                                <td data-label="Mixed">{ p.mixed }</td>
                            </tr> }
                        }) }
                    </tbody>
                </table>
            </div>
            <Pager page={rows} label="Pages of dates" testid="timeline-pager"
                unit={Some((AttrValue::from("Dates"), ROWS_PAGE, points.len()))}
                on_page={{ let asked = asked.clone(); Callback::from(move |n| asked.set(n)) }} />
        </div>
    }
}
