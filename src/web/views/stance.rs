//! The Stance view: the core's topics (each side's speakers with the specific target, the
//! shortest evidence, its kind, source and date; each line opens its evidence in the Article
//! view), the speaker × target matrix of the core's `stance::aggregate` (a button per cell;
//! pressing it lists the evidence quotes with their article and cue words) and the core's
//! one-line summaries. No stance is judged here.

use crate::analysis::sorting::StableSort;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::cards::plural;
use super::export::CopyButton;
use super::logic::corpus::Corpus;
use super::logic::export::attribution;
use super::logic::filters::Filters;
use super::logic::paging::page;
use super::logic::topics::{evidence_label, provenance, visible_topics, who, Side};
use super::pager::Pager;
use super::speakers::{stance_class, stance_label, stance_legend};
use crate::{Polarity, QuoteKind, StanceCell};

#[derive(Properties, PartialEq)]
pub struct StanceProps {
    pub corpus: Rc<Corpus>,
    pub filters: Filters,
    /// The selected cell, by index into the matrix.
    pub selected: Option<usize>,
    pub on_select: Callback<Option<usize>>,
    /// Opens a passage in the Article view: document index, byte range.
    pub on_open: Callback<(usize, usize, usize)>,
}

/// More targets than fit beside the speaker column at 1280 px: the reader is told it scrolls.
const WIDE: usize = 8;

/// Topics a page (a large batch has hundreds), lines of each side of a topic a page, speakers
/// and targets of the matrix a page, evidence quotes and summaries a page.
const TOPICS_PAGE: usize = 25;
const LINES_PAGE: usize = 6;
const ROWS_PAGE: usize = 20;
const COLUMNS_PAGE: usize = 24;
const EVIDENCE_PAGE: usize = 20;
const SUMMARIES_PAGE: usize = 20;

/// The rows and columns shown, and the cell of each (speaker, target), by index into the
/// matrix.
#[derive(Debug, PartialEq)]
struct Layout {
    speakers: Vec<String>,
    targets: Vec<String>,
    cells: HashMap<(String, String), usize>,
}

/// The speakers and targets with a cell that passes the filters (leaving out neutral mentions
/// unless asked), most cells first; counted in maps, as a large batch has thousands of each.
fn layout(corpus: &Corpus, filters: &Filters, neutral: bool) -> Layout {
    let mut cells = HashMap::new();
    let mut speakers: HashMap<&str, usize> = HashMap::new();
    let mut targets: HashMap<&str, usize> = HashMap::new();
    for (i, c) in corpus.matrix().iter().enumerate() {
        if !(neutral || c.stance != Polarity::Neutral) || !filters.cell_matches(corpus, c) {
            continue;
        }
        *speakers.entry(&c.speaker).or_default() += 1;
        *targets.entry(&c.target).or_default() += 1;
        // Two cells of one speaker and target: the first, as a scan would find.
        cells
            .entry((c.speaker.clone(), c.target.clone()))
            .or_insert(i);
    }
    let ranked = |counts: HashMap<&str, usize>| {
        let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
        v.stable_sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        v.into_iter()
            .map(|(k, _)| k.to_string())
            .collect::<Vec<_>>()
    };
    Layout {
        speakers: ranked(speakers),
        targets: ranked(targets),
        cells,
    }
}

fn cell_text(cell: &StanceCell) -> String {
    let n = match cell.stance {
        Polarity::Favor => cell.favor,
        Polarity::Against => cell.against,
        Polarity::Mixed => cell.mixed,
        Polarity::Neutral => cell.neutral,
    };
    format!("{} {n}", stance_label(cell.stance).0)
}

fn cell_label(cell: &StanceCell) -> String {
    let docs = |n: usize| format!("{n} {}", plural(n, "document", "documents"));
    format!(
        "{} on {}: {} (for in {}, against in {}, mixed in {}, neutral in {})",
        cell.speaker,
        cell.target,
        stance_class(cell.stance),
        docs(cell.favor),
        docs(cell.against),
        docs(cell.mixed),
        docs(cell.neutral),
    )
}

#[derive(Properties, PartialEq)]
struct TopicsProps {
    corpus: Rc<Corpus>,
    filters: Filters,
    on_open: Callback<(usize, usize, usize)>,
}

/// The topics, each with its three sides; a line's button opens its evidence in the article.
#[component]
fn Topics(props: &TopicsProps) -> Html {
    let asked = use_state(|| 0usize);
    let corpus = &props.corpus;
    let topics = {
        let key = (corpus.clone(), props.filters.clone());
        use_memo(key, |(c, f)| visible_topics(c.topics(), f))
    };
    if topics.is_empty() {
        return html! { <p class="none" data-testid="no-topics">{ "No topic with a stance for the documents and filters." }</p> };
    }
    let shown = page(topics.len(), TOPICS_PAGE, *asked);
    html! {
        <>
            <ul class="topics" data-testid="topics">
                { for topics[shown.items.clone()].iter().map(|t| html! {
                    <TopicItem key={t.topic.clone()} corpus={corpus.clone()} topic={t.clone()} on_open={props.on_open.clone()} />
                }) }
            </ul>
            <Pager page={shown} label="Pages of topics" testid="topics-pager"
                unit={Some((AttrValue::from("Topics"), TOPICS_PAGE, topics.len()))}
                on_page={{ let asked = asked.clone(); Callback::from(move |p| asked.set(p)) }} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TopicItemProps {
    corpus: Rc<Corpus>,
    topic: crate::TopicSummary,
    on_open: Callback<(usize, usize, usize)>,
}

/// One topic with its sides, a few lines of each a page.
#[component]
fn TopicItem(props: &TopicItemProps) -> Html {
    let asked = use_state(|| 0usize);
    let (corpus, t) = (&props.corpus, &props.topic);
    let line = |side: Side, l: &crate::StanceLine| {
        let doc = corpus.doc_index(&l.document);
        let open = doc.map(|d| {
            let (start, end) = (l.start, l.end);
            props.on_open.reform(move |_: MouseEvent| (d, start, end))
        });
        let kind = evidence_label(&l.evidence_kind);
        html! {
            <li class={classes!("topic-line", side.class())} data-testid="topic-line"
                data-speaker={l.speaker.clone()} data-stance={side.class()} data-kind={l.evidence_kind.clone()}>
                <p class="topic-who" data-testid="topic-who">{ who(l) }</p>
                <p class="meta">
                    { "on " }<strong data-testid="topic-target">{ &l.target }</strong>
                    { format!(" · {kind} · ") }
                    <span data-testid="topic-source">{ provenance(l) }</span>
                    if l.documents > 1 { { format!(" · in {} documents", l.documents) } }
                </p>
                if l.evidence_kind == "direct" || l.evidence_kind == "partial" {
                    <q class="quote-text" data-testid="topic-evidence">{ &l.evidence }</q>
                } else {
                    <p class="quote-text reported" data-testid="topic-evidence">{ &l.evidence }</p>
                }
                if let Some(onclick) = open {
                    <button type="button" class="link-button" data-testid="topic-open" {onclick}
                        aria-label={format!("Show in the article: {} on {}", l.speaker, l.target)}>
                        { "Show in the article" }
                    </button>
                }
            </li>
        }
    };
    let longest = Side::ALL
        .iter()
        .map(|s| s.lines(t).len())
        .max()
        .unwrap_or(0);
    let shown = page(longest, LINES_PAGE, *asked);
    html! {
        <li class="topic" data-testid="topic" data-topic={t.topic.clone()}>
            <h4 class="topic-name">{ &t.topic }</h4>
            if t.targets.len() > 1 {
                <p class="meta topic-targets">{ format!("Also named: {}", t.targets.iter().filter(|x| **x != t.topic).cloned().collect::<Vec<_>>().join("; ")) }</p>
            }
            <div class="sides">
                { for Side::ALL.iter().filter(|s| !s.lines(t).is_empty()).map(|&side| {
                    let lines = side.lines(t);
                    let on_page = &lines[shown.items.start.min(lines.len())..shown.items.end.min(lines.len())];
                    html! {
                        <section class={classes!("side", side.class())} data-testid={format!("side-{}", side.class())}>
                            <h5>{ format!("{} ({})", side.heading(), lines.len()) }</h5>
                            <ul class="topic-lines">{ for on_page.iter().map(|l| line(side, l)) }</ul>
                        </section>
                    }
                }) }
            </div>
            <Pager page={shown} label={format!("Pages of the lines on {}", t.topic)} testid="topic-lines-pager"
                on_page={{ let asked = asked.clone(); Callback::from(move |p| asked.set(p)) }} />
        </li>
    }
}

#[component]
pub fn Stance(props: &StanceProps) -> Html {
    let neutral = use_state(|| false);
    let row_page = use_state(|| 0usize);
    let column_page = use_state(|| 0usize);
    let summary_page = use_state(|| 0usize);
    let corpus = &props.corpus;
    let shape = use_memo(
        (corpus.clone(), props.filters.clone(), *neutral),
        |(c, f, n)| layout(c, f, *n),
    );
    let (all_speakers, all_targets) = (&shape.speakers, &shape.targets);
    let rows = page(all_speakers.len(), ROWS_PAGE, *row_page);
    let columns = page(all_targets.len(), COLUMNS_PAGE, *column_page);
    let speakers = &all_speakers[rows.items.clone()];
    let targets = &all_targets[columns.items.clone()];
    let find = |s: &str, t: &str| shape.cells.get(&(s.to_string(), t.to_string())).copied();
    let toggle_neutral = {
        let neutral = neutral.clone();
        Callback::from(move |_: Event| neutral.set(!*neutral))
    };
    let matrix = if speakers.is_empty() {
        html! { <p class="none" data-testid="no-stance">{ "No stance found for the documents and filters." }</p> }
    } else {
        html! {
            <>
            <div class="matrix-wrap" role="region" aria-label="Stance matrix, scrollable" tabindex="0">
                <table class="matrix" data-testid="matrix">
                    <caption class="visually-hidden">{ "Stance of each speaker toward each target" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Speaker" }</th>
                            { for targets.iter().map(|t| html! { <th scope="col">{ t }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for speakers.iter().map(|s| html! {
                            <tr>
                                <th scope="row">{ s }</th>
                                { for targets.iter().map(|t| match find(s, t) {
                                    Some(i) => {
                                        let cell = &corpus.matrix()[i];
                                        let pressed = props.selected == Some(i);
                                        let onclick = props.on_select.reform(move |_: MouseEvent| {
                                            if pressed { None } else { Some(i) }
                                        });
                                        html! {
                                            <td>
                                                <button type="button"
                                                    class={classes!("cell", stance_class(cell.stance))}
                                                    aria-pressed={pressed.to_string()}
                                                    aria-label={cell_label(cell)}
                                                    title={cell_label(cell)}
                                                    data-testid="cell"
                                                    data-speaker={cell.speaker.clone()}
                                                    data-target={cell.target.clone()}
                                                    data-stance={stance_class(cell.stance)}
                                                    {onclick}>
                                                    { cell_text(cell) }
                                                </button>
                                            </td>
                                        }
                                    }
                                    None => html! { <td></td> },
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if targets.len() > WIDE {
                <p class="meta matrix-scroll" data-testid="matrix-scroll">
                    { format!("{} targets: the table scrolls sideways; the speaker column stays in place.", targets.len()) }
                </p>
            }
            <Pager page={columns.clone()} label="Pages of targets in the matrix" testid="matrix-columns"
                unit={Some((AttrValue::from("Targets"), COLUMNS_PAGE, all_targets.len()))}
                on_page={{ let p = column_page.clone(); Callback::from(move |n| p.set(n)) }} />
            // A phone gets the same cells as one card per speaker (the style sheet shows one of the two).
            <ul class="matrix-cards" data-testid="matrix-cards" aria-label="Stance of each speaker toward each target">
                { for speakers.iter().map(|s| html! {
                    <li class="matrix-card">
                        <p class="matrix-card-name">{ s }</p>
                        <ul class="chips">
                            { for targets.iter().filter_map(|t| find(s, t)).map(|i| {
                                let cell = &corpus.matrix()[i];
                                let pressed = props.selected == Some(i);
                                let onclick = props.on_select.reform(move |_: MouseEvent| {
                                    if pressed { None } else { Some(i) }
                                });
                                html! {
                                    <li>
                                        <button type="button"
                                            class={classes!("cell", "cell-card", stance_class(cell.stance))}
                                            aria-pressed={pressed.to_string()}
                                            aria-label={cell_label(cell)}
                                            data-testid="cell-card"
                                            data-speaker={cell.speaker.clone()}
                                            data-target={cell.target.clone()}
                                            {onclick}>
                                            { format!("{} {}", cell_text(cell), cell.target) }
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
            <Pager page={rows.clone()} label="Pages of speakers in the matrix" testid="matrix-rows"
                unit={Some((AttrValue::from("Speakers"), ROWS_PAGE, all_speakers.len()))}
                on_page={{ let p = row_page.clone(); Callback::from(move |n| p.set(n)) }} />
            </>
        }
    };
    let evidence = props
        .selected
        .and_then(|i| corpus.matrix().get(i))
        .map(|cell| html! { <Evidence corpus={corpus.clone()} cell={cell.clone()} filters={props.filters.clone()} /> });
    let summaries: Vec<&crate::SpeakerSummary> = corpus
        .summaries()
        .iter()
        .filter(|s| all_speakers.contains(&s.speaker))
        .collect();
    let summary_shown = page(summaries.len(), SUMMARIES_PAGE, *summary_page);
    if !corpus.stance_ready() {
        return pending(corpus);
    }
    html! {
        <div class="stance-view">
            <h3>{ "Topics" }</h3>
            <Topics corpus={corpus.clone()} filters={props.filters.clone()} on_open={props.on_open.clone()} />
            <h3>{ "Speakers × targets" }</h3>
            <div class="matrix-head">
                { stance_legend("matrix-legend", "· neutral",
                    " The number is how many documents show that stance. Press a cell for its evidence.") }
                <label class="check">
                    <input type="checkbox" checked={*neutral} onchange={toggle_neutral} data-testid="show-neutral" />
                    { " Show neutral mentions" }
                </label>
            </div>
            { matrix }
            { evidence.unwrap_or_default() }
            <h3>{ "Summaries" }</h3>
            <ul class="summaries" data-testid="summaries">
                { for summaries[summary_shown.items.clone()].iter().map(|s| html! { <li data-testid="summary-line">{ &s.line }</li> }) }
            </ul>
            <Pager page={summary_shown} label="Pages of summaries" testid="summaries-pager"
                unit={Some((AttrValue::from("Summaries"), SUMMARIES_PAGE, summaries.len()))}
                on_page={{ let p = summary_page.clone(); Callback::from(move |n| p.set(n)) }} />
        </div>
    }
}

/// What the view says while the stance across documents is worked out (after the files are
/// analysed, in the worker).
pub fn pending(corpus: &Corpus) -> Html {
    let n = corpus.docs.len();
    html! {
        <p class="none" role="status" data-testid="stance-pending">
            { format!("Working out the stance across the {n} {} once every file is analysed…", plural(n, "document", "documents")) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct EvidenceProps {
    corpus: Rc<Corpus>,
    cell: StanceCell,
    filters: Filters,
}

/// The quotes a cell rests on, each with its article and the words that decided the stance.
#[component]
fn Evidence(props: &EvidenceProps) -> Html {
    let asked = use_state(|| 0usize);
    let (corpus, cell) = (&props.corpus, &props.cell);
    let found: Vec<(usize, &crate::Quote)> = cell
        .evidence
        .iter()
        .filter_map(|(name, id)| {
            let (d, q) = corpus.find_quote(name, id)?;
            let quote = corpus.quote(d, q)?;
            props
                .filters
                .quote_matches(corpus, d, quote)
                .then_some((d, quote))
        })
        .collect();
    let shown = page(found.len(), EVIDENCE_PAGE, *asked);
    let items = found[shown.items.clone()].iter().map(|&(d, quote)| {
        let id = &quote.id;
        let doc = &corpus.docs[d];
        // The stance words from the document's own judgement on this quote.
        let mut cues: Vec<String> = Vec::new();
        for j in doc.stance.iter().filter(|j| j.target == cell.target) {
            for e in j.evidence.iter().filter(|e| &e.quote_id == id) {
                for c in &e.cues {
                    if !cues.contains(c) {
                        cues.push(c.clone());
                    }
                }
            }
        }
        let headline = doc.headline.clone().unwrap_or_else(|| doc.name.clone());
        html! {
            <li class="evidence" data-testid="evidence">
                <p class="meta">
                    <span data-testid="evidence-headline">{ headline }</span>
                    if let Some(date) = &doc.date { { format!(" · {date}") } }
                </p>
                // Reported speech has no quotation marks in the article, so none are added here.
                if quote.kind == QuoteKind::Indirect {
                    <p class="quote-text reported" data-testid="evidence-quote">{ &quote.text }</p>
                } else {
                    <q class="quote-text" data-testid="evidence-quote">{ &quote.text }</q>
                }
                <p class="speaker">
                    { "— " }{ quote.speaker.as_ref().map(|s| s.name.clone()).unwrap_or_default() }
                    if let Some(cue) = &quote.cue { { format!(" ({})", cue.text) } }
                </p>
                <p class="cues" data-testid="evidence-cues">
                    { if cues.is_empty() { "No stance words: a mention.".to_string() } else { format!("Stance words: {}", cues.join(", ")) } }
                </p>
                <CopyButton text={AttrValue::from(attribution(doc, quote))} />
            </li>
        }
    });
    html! {
        <section class="evidence-panel" aria-labelledby="evidence-title" data-testid="evidence-panel">
            <h3 id="evidence-title">{ format!("{} on {}: {}", cell.speaker, cell.target, stance_class(cell.stance)) }</h3>
            <ol class="quotes" start={(shown.items.start + 1).to_string()}>{ for items }</ol>
            <Pager page={shown} label="Pages of evidence" testid="evidence-pager"
                unit={Some((AttrValue::from("Quotations"), EVIDENCE_PAGE, found.len()))}
                on_page={{ let asked = asked.clone(); Callback::from(move |n| asked.set(n)) }} />
        </section>
    }
}
