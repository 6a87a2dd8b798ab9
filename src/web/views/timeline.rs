//! The Timeline view: the dated documents on a time axis, drawn as SVG by the app. Each bar is
//! one date (or month), its height the (filtered) quotations of its documents, split by the stance they carry; a table
//! below says the same in words for screen readers and for exact numbers.

use std::rc::Rc;

use yew::prelude::*;

use super::logic::corpus::Corpus;
use super::logic::filters::Filters;
use super::logic::timeline::{points, Point};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub corpus: Rc<Corpus>,
    pub visible: Rc<Vec<Vec<usize>>>,
    pub filters: Filters,
}

const W: f64 = 480.0;
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

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let (points, undated) = points(&props.corpus, &props.visible, &props.filters);
    if points.is_empty() {
        return html! {
            <p class="none" data-testid="no-timeline">
                { format!("No dated document with matching quotations ({undated} without a date).") }
            </p>
        };
    }
    let (first, last) = (points[0].day, points[points.len() - 1].day);
    let span = (last - first).max(1) as f64;
    let max = points.iter().map(|p| p.quotes).max().unwrap_or(1).max(1) as f64;
    // Bars are centred on their day: keep half a bar of room at either end.
    let inset = BAR;
    let plot_w = W - LEFT - RIGHT - 2.0 * inset;
    let plot_h = H - TOP - BOTTOM;
    let base = TOP + plot_h;
    // Bars narrow when there are many of them.
    let bar = (plot_w / points.len() as f64 - 2.0).clamp(2.0, BAR);
    let mut bars = Vec::new();
    let mut dates = Vec::new();
    // A date under each bar while they fit (about 90 units each), else the first and last.
    let labels = points.len() as f64 * 90.0 <= plot_w
        && points
            .windows(2)
            .all(|w| (w[1].day - w[0].day) as f64 / span * plot_w >= 90.0);
    for p in &points {
        let centre = if last == first {
            LEFT + inset + plot_w / 2.0
        } else {
            LEFT + inset + (p.day - first) as f64 / span * plot_w
        };
        let x = (centre - bar / 2.0).clamp(LEFT + 1.0, W - RIGHT - bar);
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
        bars.push(html! {
            <g data-testid="timeline-bar" data-date={p.date.clone()} data-quotes={p.quotes.to_string()}>
                <title>{ format!("{}: {} — {} quotations", p.date, what(&props.corpus, p), p.quotes) }</title>
                { rects }
                if points.len() <= 24 {
                    <text class="count" x={format!("{:.1}", x + bar / 2.0)} y={format!("{:.1}", top - 4.0)} text-anchor="middle">{ p.quotes }</text>
                }
            </g>
        });
        if labels {
            dates.push(html! {
                <text class="tick" x={format!("{centre:.1}")} y={(H - 10.0).to_string()} text-anchor="middle">{ &p.date }</text>
            });
        }
    }
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
    html! {
        <div class="timeline-view">
            <svg class="timeline" viewBox={format!("0 0 {W} {H}")} role="img"
                aria-labelledby="timeline-title timeline-desc" data-testid="timeline">
                <title id="timeline-title">{ "Quotations per document over time" }</title>
                <desc id="timeline-desc">{ desc.clone() }</desc>
                <line class="axis" x1={LEFT.to_string()} y1={base.to_string()} x2={(W - RIGHT).to_string()} y2={base.to_string()} />
                <line class="axis" x1={LEFT.to_string()} y1={TOP.to_string()} x2={LEFT.to_string()} y2={base.to_string()} />
                <text class="tick" x={(LEFT - 6.0).to_string()} y={(TOP + 10.0).to_string()} text-anchor="end">{ max.to_string() }</text>
                <text class="tick" x={(LEFT - 6.0).to_string()} y={base.to_string()} text-anchor="end">{ "0" }</text>
                if labels {
                    { for dates }
                } else {
                    <text class="tick" x={LEFT.to_string()} y={(H - 10.0).to_string()} text-anchor="start">{ &points[0].date }</text>
                    if last != first {
                        <text class="tick" x={(W - RIGHT).to_string()} y={(H - 10.0).to_string()} text-anchor="end">{ &points[points.len() - 1].date }</text>
                    }
                }
                { for bars }
            </svg>
            <p class="legend-kinds">
                <span class="chip favor">{ "▲ for" }</span>
                <span class="chip against">{ "▼ against" }</span>
                <span class="chip mixed">{ "◆ mixed" }</span>
                <span class="chip neutral">{ "other quotations" }</span>
            </p>
            <p class="meta">{ desc }</p>
            <div class="table-wrap" role="region" aria-label="Timeline as a table, scrollable" tabindex="0">
                <table class="timeline-table" data-testid="timeline-table">
                    <caption class="visually-hidden">{ "Dated documents and their quotations" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Date" }</th><th scope="col">{ "Documents" }</th>
                        <th scope="col">{ "Quotes" }</th><th scope="col">{ "For" }</th>
                        <th scope="col">{ "Against" }</th><th scope="col">{ "Mixed" }</th>
                    </tr></thead>
                    <tbody>
                        { for points.iter().map(|p| {
                            html! { <tr>
                                <td>{ &p.date }</td>
                                <td>{ what(&props.corpus, p) }</td>
                                <td>{ p.quotes }</td><td>{ p.favor }</td><td>{ p.against }</td><td>{ p.mixed }</td>
                            </tr> }
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
