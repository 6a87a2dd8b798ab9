//! Summaries: one readable line per main speaker, written from the stance matrix
//! ("Dmitry Peskov (Kremlin spokesman): favours a peace settlement; opposes a ceasefire;
//! praises Donald Trump."). The wording depends only on the kind of target and the stance.

use crate::analysis::fasthash::{HashMap, HashMapExt};
use crate::analysis::sorting::StableSort;

use super::words::lists;
use crate::analysis::identity::People;
use crate::analysis::report::{
    DocumentReport, Evidence, Person, Polarity, Quote, QuoteKind, Speaker, SpeakerSummary,
    StanceCell, StanceJudgement, StanceLine, TargetKind, TopicSummary,
};

/// At most this many speakers and this many stances per line.
const MAX_SPEAKERS: usize = 12;
const MAX_ITEMS: usize = 5;
/// Cells below this confidence are left out of the summary.
const MIN_CONFIDENCE: f32 = 0.1;

/// How a target reads in a sentence: issues and organisations with their article ("a
/// ceasefire", "the United States"), people and user targets by name.
fn phrase(cell: &StanceCell) -> String {
    let l = lists();
    let found = match cell.target_kind {
        TargetKind::Issue => l
            .issues
            .iter()
            .find(|i| i.name == cell.target)
            .map(|i| i.phrase.clone()),
        TargetKind::Organisation => l
            .entities
            .iter()
            .find(|e| e.name == cell.target)
            .map(|e| e.phrase.clone()),
        TargetKind::Person | TargetKind::Action => None,
    };
    found.unwrap_or_else(|| cell.target.clone())
}

fn item(cell: &StanceCell) -> Option<String> {
    let verb = match (cell.target_kind, cell.stance) {
        (TargetKind::Person, Polarity::Favor) => "praises",
        (TargetKind::Person, Polarity::Against) => "criticises",
        (TargetKind::Person, Polarity::Mixed) => "is ambivalent about",
        (TargetKind::Organisation, Polarity::Favor) => "speaks well of",
        (TargetKind::Organisation, Polarity::Against) => "criticises",
        (TargetKind::Organisation, Polarity::Mixed) => "is ambivalent about",
        (TargetKind::Issue, Polarity::Favor) => "favours",
        (TargetKind::Issue, Polarity::Against) => "opposes",
        (TargetKind::Issue, Polarity::Mixed) => "is divided on",
        (TargetKind::Action, Polarity::Favor) => "calls to",
        (TargetKind::Action, Polarity::Against) => "rejects calls to",
        (TargetKind::Action, Polarity::Mixed) => "is divided on whether to",
        (_, Polarity::Neutral) => return None,
    };
    Some(format!("{verb} {}", phrase(cell)))
}

/// The role most often given to a speaker in the documents' quotes.
fn role_of(speaker: &str, documents: &[DocumentReport]) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for d in documents {
        for q in &d.quotes {
            if let Some(s) = q.speaker.as_ref().filter(|s| s.name == speaker) {
                if let Some(r) = s.role.as_deref().filter(|r| !r.trim().is_empty()) {
                    *counts.entry(r).or_default() += 1;
                }
            }
        }
        for p in d.people.iter().filter(|p| p.name == speaker) {
            if let Some(r) = p.role.as_deref().filter(|r| !r.trim().is_empty()) {
                *counts.entry(r).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(r, _)| r.to_string())
}

/// One readable line per main speaker: those with the most clear stances first.
pub fn summarize(matrix: &[StanceCell], documents: &[DocumentReport]) -> Vec<SpeakerSummary> {
    // Speakers in the order first met, each found through an index: a search of the list per
    // cell was quadratic in a batch of thousands of speakers (many-people: 0.31 G instructions
    // a MB at 1 MB, 0.78 G at 4 MB).
    let mut by_speaker: Vec<(&str, Vec<&StanceCell>)> = Vec::new();
    let mut speaker_at: HashMap<&str, usize> = HashMap::new();
    for cell in matrix {
        if cell.stance == Polarity::Neutral || cell.confidence < MIN_CONFIDENCE {
            continue;
        }
        match speaker_at.get(cell.speaker.as_str()) {
            Some(&i) => by_speaker[i].1.push(cell),
            None => {
                speaker_at.insert(&cell.speaker, by_speaker.len());
                by_speaker.push((&cell.speaker, vec![cell]));
            }
        }
    }
    let weight = |cells: &[&StanceCell]| -> f32 {
        cells
            .iter()
            .map(|c| c.confidence * c.evidence.len().max(1) as f32)
            .sum()
    };
    // Each speaker's weight summed once, not per comparison.
    let mut weighed: Vec<(f32, &str, Vec<&StanceCell>)> = by_speaker
        .into_iter()
        .map(|(speaker, cells)| (weight(&cells), speaker, cells))
        .collect();
    weighed.stable_sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    weighed
        .into_iter()
        .take(MAX_SPEAKERS)
        .map(|(_, speaker, mut cells)| {
            let rank = |k: TargetKind| match k {
                TargetKind::Issue | TargetKind::Action => 0,
                TargetKind::Organisation => 1,
                TargetKind::Person => 2,
            };
            cells.stable_sort_by(|a, b| {
                let strength = |c: &StanceCell| c.confidence * c.evidence.len().max(1) as f32;
                strength(b).total_cmp(&strength(a))
            });
            cells.truncate(MAX_ITEMS);
            cells.stable_sort_by_key(|c| rank(c.target_kind));
            let items: Vec<String> = cells.iter().filter_map(|c| item(c)).collect();
            let role = role_of(speaker, documents);
            let head = match &role {
                Some(r) => format!("{speaker} ({r})"),
                None => speaker.to_string(),
            };
            SpeakerSummary {
                speaker: speaker.to_string(),
                role,
                line: format!("{head}: {}.", items.join("; ")),
            }
        })
        .collect()
}

/// Topic key of a judgement's target: people by their identity in the batch's table of
/// people (`identity`), other phrases folded (case, plurals). A one-word phrase ("the
/// pipeline") joins the one longer phrase of the batch with the same head ("the Northgate
/// pipeline"), when there is exactly one.
fn topic_keys<'a>(
    documents: &'a [DocumentReport],
    people: &People,
) -> HashMap<(TargetKind, &'a str), (String, Option<usize>)> {
    // Keyed by the target as the documents hold it: no copy per judgement.
    let mut keys: HashMap<(TargetKind, &str), (String, Option<usize>)> = HashMap::new();
    let mut by_head: HashMap<String, Vec<String>> = HashMap::new();
    for j in documents.iter().flat_map(|d| &d.stance) {
        if keys.contains_key(&(j.target_kind, j.target.as_str())) {
            continue;
        }
        let (key, person) = super::aggregate::target_key(people, &j.target, j.target_kind);
        let key = key
            .strip_prefix("other:")
            .map_or(key.clone(), str::to_string);
        if person.is_none() && j.target_kind != TargetKind::Person && key.contains(' ') {
            let head = key.rsplit(' ').next().unwrap_or_default().to_string();
            let longer = by_head.entry(head).or_default();
            if !longer.contains(&key) {
                longer.push(key.clone());
            }
        }
        keys.insert((j.target_kind, j.target.as_str()), (key, person));
    }
    for (key, _) in keys.values_mut() {
        if let Some([only]) = by_head.get(key.as_str()).map(Vec::as_slice) {
            *key = only.clone();
        }
    }
    keys
}

/// The judgements of a batch grouped by topic, each side with its speakers and their
/// shortest evidence; topics with the most speakers taking a side first.
pub fn topics(documents: &[DocumentReport]) -> Vec<TopicSummary> {
    topics_with(documents, &super::aggregate::batch_people(documents))
}

/// [`topics`] with the batch's table of people made already.
pub fn topics_with(documents: &[DocumentReport], people: &People) -> Vec<TopicSummary> {
    let keys = topic_keys(documents, people);
    // Topic key -> (target phrases with counts, speaker key -> best line).
    struct Topic {
        kind: TargetKind,
        /// The person the topic is, shown by the table's name for them.
        person: Option<usize>,
        targets: Vec<(String, usize)>,
        lines: Vec<(String, StanceLine)>,
    }
    let mut topics: Vec<(String, Topic)> = Vec::new();
    // Indexes into `topics`, and into each topic's targets and lines: a large batch has
    // thousands of each.
    let mut topic_at: HashMap<String, usize> = HashMap::new();
    let mut target_at: Vec<HashMap<String, usize>> = Vec::new();
    let mut line_at: Vec<HashMap<(String, Polarity), usize>> = Vec::new();
    // Each speaker's key, made once per name.
    let mut speaker_keys: HashMap<&str, String> = HashMap::new();
    for d in documents {
        // Made at the document's first line: a document of mentions alone has none (names
        // followed by "said": 358,000 judgements a MB, 43,000 quotations and people).
        let mut index = None;
        for j in &d.stance {
            // Lines only where the speaker said something about it: a polar judgement, or
            // evidence with weight (a mention alone is no line).
            let weighty = j.evidence.iter().any(|e| e.weight > 0.0);
            if !weighty {
                continue;
            }
            let Some((key, person)) = keys.get(&(j.target_kind, j.target.as_str())) else {
                continue;
            };
            let index = index.get_or_insert_with(|| DocIndex::new(d));
            let Some(line) = line_of(d, index, j) else {
                continue;
            };
            let at = match topic_at.get(key) {
                Some(&i) => i,
                None => {
                    topics.push((
                        key.clone(),
                        Topic {
                            kind: if person.is_some() {
                                TargetKind::Person
                            } else {
                                j.target_kind
                            },
                            person: *person,
                            targets: Vec::new(),
                            lines: Vec::new(),
                        },
                    ));
                    topic_at.insert(key.clone(), topics.len() - 1);
                    target_at.push(HashMap::new());
                    line_at.push(HashMap::new());
                    topics.len() - 1
                }
            };
            let topic = &mut topics[at].1;
            match target_at[at].get(&j.target) {
                Some(&t) => topic.targets[t].1 += 1,
                None => {
                    target_at[at].insert(j.target.clone(), topic.targets.len());
                    topic.targets.push((j.target.clone(), 1));
                }
            }
            let speaker_key = match speaker_keys.get(j.speaker.as_str()) {
                Some(k) => k.clone(),
                None => {
                    let k = super::aggregate::speaker_key(people, &j.speaker);
                    speaker_keys.insert(j.speaker.as_str(), k.clone());
                    k
                }
            };
            let line_key = (speaker_key, line.stance);
            match line_at[at].get(&line_key).map(|&l| &mut topic.lines[l]) {
                Some((_, kept)) => {
                    let documents = kept.documents + 1;
                    if line.evidence.len() < kept.evidence.len() {
                        *kept = line;
                    }
                    kept.documents = documents;
                }
                None => {
                    line_at[at].insert(line_key.clone(), topic.lines.len());
                    topic.lines.push((line_key.0, line));
                }
            }
        }
    }
    let mut out: Vec<TopicSummary> = topics
        .into_iter()
        .map(|(_, t)| {
            let mut targets = t.targets;
            targets.stable_sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let side = |p: &[Polarity]| -> Vec<StanceLine> {
                let mut v: Vec<StanceLine> = t
                    .lines
                    .iter()
                    .filter(|(_, l)| p.contains(&l.stance))
                    .map(|(_, l)| l.clone())
                    .collect();
                v.stable_sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
                v
            };
            TopicSummary {
                topic: match t.person {
                    Some(id) => people.name(id).to_string(),
                    None => targets.first().map(|t| t.0.clone()).unwrap_or_default(),
                },
                target_kind: t.kind,
                targets: targets.into_iter().map(|t| t.0).collect(),
                favor: side(&[Polarity::Favor]),
                against: side(&[Polarity::Against]),
                unclear: side(&[Polarity::Mixed, Polarity::Neutral]),
            }
        })
        .filter(|t| !(t.favor.is_empty() && t.against.is_empty()))
        .collect();
    out.stable_sort_by(|a, b| {
        (b.favor.len() + b.against.len())
            .cmp(&(a.favor.len() + a.against.len()))
            .then(a.topic.cmp(&b.topic))
    });
    out
}

/// A document's quotes by id, and its people and quoted speakers by name (the first of
/// each), so that a line does not search the whole document for each piece of evidence.
struct DocIndex<'d> {
    quotes: HashMap<&'d str, &'d Quote>,
    people: HashMap<&'d str, &'d Person>,
    speakers: HashMap<&'d str, &'d Speaker>,
}

impl<'d> DocIndex<'d> {
    fn new(d: &'d DocumentReport) -> Self {
        let mut index = DocIndex {
            quotes: HashMap::new(),
            people: HashMap::new(),
            speakers: HashMap::new(),
        };
        for q in &d.quotes {
            index.quotes.entry(q.id.as_str()).or_insert(q);
            if let Some(s) = &q.speaker {
                index.speakers.entry(s.name.as_str()).or_insert(s);
            }
        }
        for p in &d.people {
            index.people.entry(p.name.as_str()).or_insert(p);
        }
        index
    }
}

/// The line of one judgement: its shortest evidence on the side it takes.
fn line_of(d: &DocumentReport, index: &DocIndex, j: &StanceJudgement) -> Option<StanceLine> {
    let side = |e: &&Evidence| match j.stance {
        Polarity::Favor | Polarity::Against => e.polarity == j.stance,
        _ => e.weight > 0.0,
    };
    let passage = |e: &Evidence| -> Option<(String, String, usize, usize)> {
        match index.quotes.get(e.quote_id.as_str()) {
            Some(q) => {
                let kind = match q.kind {
                    QuoteKind::Direct => "direct",
                    QuoteKind::Partial => "partial",
                    QuoteKind::Indirect => "indirect",
                };
                // A partial quotation reads only with the reporter's sentence around it; of a
                // long quotation (a whole interview) only the clause that decided is shown.
                let (start, end) = match q.kind {
                    QuoteKind::Partial => (e.start.min(q.start), e.end.max(q.end)),
                    _ if e.start >= q.start && e.end <= q.end && e.start < e.end => {
                        (e.start, e.end)
                    }
                    _ => (q.start, q.end),
                };
                let text = d.text.get(start..end)?.trim().to_string();
                Some((text, kind.to_string(), start, end))
            }
            None => {
                let text = d.text.get(e.start..e.end)?.trim().to_string();
                Some((text, "reporter".to_string(), e.start, e.end))
            }
        }
    };
    let (e, (evidence, kind, start, end)) = j
        .evidence
        .iter()
        .filter(side)
        .filter_map(|e| passage(e).map(|p| (e, p)))
        .min_by_key(|(_, p)| p.0.len())?;
    let person = index.people.get(j.speaker.as_str());
    let role = person.and_then(|p| p.role.clone()).or_else(|| {
        index
            .speakers
            .get(j.speaker.as_str())
            .and_then(|s| s.role.clone())
    });
    Some(StanceLine {
        speaker: j.speaker.clone(),
        role,
        organisation: person.and_then(|p| p.organisation.clone()),
        target: j.target.clone(),
        stance: j.stance,
        confidence: j.confidence,
        evidence,
        evidence_kind: kind,
        document: d.name.clone(),
        quote_id: e.quote_id.clone(),
        start,
        end,
        date: d.date.clone(),
        source: d.source.clone(),
        documents: 1,
    })
}
