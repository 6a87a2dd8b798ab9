//! Summaries: one readable line per main speaker, written from the stance matrix
//! ("Dmitry Peskov (Kremlin spokesman): favours a peace settlement; opposes a ceasefire;
//! praises Donald Trump."). The wording depends only on the kind of target and the stance.

use std::collections::HashMap;

use super::words::lists;
use crate::analysis::report::{DocumentReport, Polarity, SpeakerSummary, StanceCell, TargetKind};

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
        TargetKind::Person => None,
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
    let mut by_speaker: Vec<(&str, Vec<&StanceCell>)> = Vec::new();
    for cell in matrix {
        if cell.stance == Polarity::Neutral || cell.confidence < MIN_CONFIDENCE {
            continue;
        }
        match by_speaker.iter_mut().find(|(s, _)| *s == cell.speaker) {
            Some((_, cells)) => cells.push(cell),
            None => by_speaker.push((&cell.speaker, vec![cell])),
        }
    }
    let weight = |cells: &[&StanceCell]| -> f32 {
        cells
            .iter()
            .map(|c| c.confidence * c.evidence.len().max(1) as f32)
            .sum()
    };
    by_speaker.sort_by(|a, b| weight(&b.1).total_cmp(&weight(&a.1)).then(a.0.cmp(b.0)));
    by_speaker
        .into_iter()
        .take(MAX_SPEAKERS)
        .map(|(speaker, mut cells)| {
            let rank = |k: TargetKind| match k {
                TargetKind::Issue => 0,
                TargetKind::Organisation => 1,
                TargetKind::Person => 2,
            };
            cells.sort_by(|a, b| {
                let strength = |c: &StanceCell| c.confidence * c.evidence.len().max(1) as f32;
                strength(b).total_cmp(&strength(a))
            });
            cells.truncate(MAX_ITEMS);
            cells.sort_by_key(|c| rank(c.target_kind));
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
