//! Aggregation: the findings of one document into one judgement per speaker and target, and
//! the judgements of a batch into the speaker x target matrix with counts and dates.

use crate::analysis::chars::ToLower;
use crate::analysis::fasthash::{HashMap, HashMapExt, HashSet, HashSetExt};
use crate::analysis::sorting::StableSort;

use super::polarity::Finding;
use crate::analysis::identity::People;
use crate::analysis::report::{
    DocumentReport, Evidence, Polarity, StanceCell, StanceJudgement, TargetKind,
};

/// Share of the evidence weight the leading side needs to decide.
const DECISIVE: f32 = 0.3;
/// Confidence a for or against judgement needs to be reported as one. Chosen from the
/// precision by confidence band on the even half of the PolNeAR dev stance gold: below it
/// fewer than one claim in four was right.
pub const CLEAR: f32 = 0.4;

fn polarity_of(sign: f32) -> Polarity {
    if sign > 0.0 {
        Polarity::Favor
    } else if sign < 0.0 {
        Polarity::Against
    } else {
        Polarity::Neutral
    }
}

/// Decides from the weights for and against: (stance, score in -1..1, confidence in 0..1).
fn decide(favor: f32, against: f32) -> (Polarity, f32, f32) {
    let total = favor + against;
    if total < 0.1 {
        return (Polarity::Neutral, 0.0, 0.1);
    }
    let balance = (favor - against) / total;
    let score = ((favor - against) / (total + 0.5)).clamp(-1.0, 1.0);
    let strength = 1.0 - (-1.5 * total).exp();
    let stance = if balance >= DECISIVE {
        Polarity::Favor
    } else if balance <= -DECISIVE {
        Polarity::Against
    } else if favor.min(against) >= 0.25 {
        Polarity::Mixed
    } else {
        Polarity::Neutral
    };
    let confidence = match stance {
        Polarity::Mixed => (1.0 - balance.abs()) * strength,
        _ => balance.abs() * strength,
    };
    // Abstain: a weak for or against (a hedge, a question, a cue far from its target) is
    // shown as no clear stance rather than guessed; the evidence stays for the reader.
    let stance = match stance {
        Polarity::Favor | Polarity::Against if confidence < CLEAR => Polarity::Neutral,
        s => s,
    };
    (stance, score, confidence.clamp(0.0, 1.0))
}

/// One speaker's judgement of one target from the findings (quote id, finding).
pub fn judgement(
    text: &str,
    speaker: &str,
    target: &str,
    kind: TargetKind,
    items: &[(&str, &Finding)],
) -> StanceJudgement {
    let favor: f32 = items
        .iter()
        .filter(|(_, f)| f.sign > 0.0)
        .map(|(_, f)| f.weight)
        .sum();
    let against: f32 = items
        .iter()
        .filter(|(_, f)| f.sign < 0.0)
        .map(|(_, f)| f.weight)
        .sum();
    let (stance, score, confidence) = decide(favor, against);
    let mut evidence: Vec<Evidence> = items
        .iter()
        .map(|(quote_id, f)| Evidence {
            quote_id: quote_id.to_string(),
            polarity: polarity_of(f.sign),
            cues: f
                .cues
                .iter()
                .filter_map(|r| text.get(r.clone()))
                .map(str::to_string)
                .collect(),
            start: f.clause.start,
            end: f.clause.end,
            weight: (f.weight * 100.0).round() / 100.0,
        })
        .collect();
    evidence.stable_sort_by(|a, b| b.weight.total_cmp(&a.weight));
    evidence
        .dedup_by(|a, b| a.quote_id == b.quote_id && a.polarity == b.polarity && a.cues == b.cues);
    StanceJudgement {
        speaker: speaker.to_string(),
        target: target.to_string(),
        target_kind: kind,
        stance,
        score: (score * 100.0).round() / 100.0,
        confidence: (confidence * 100.0).round() / 100.0,
        evidence,
    }
}

/// The batch's table of people, from its speakers and person targets (see `identity`).
pub fn batch_people(documents: &[DocumentReport]) -> People {
    People::new(documents.iter().enumerate().flat_map(|(d, doc)| {
        doc.stance.iter().flat_map(move |j| {
            let target = (j.target_kind == TargetKind::Person).then_some((j.target.as_str(), d));
            std::iter::once((j.speaker.as_str(), d)).chain(target)
        })
    }))
}

/// Key of a speaker across the batch: its identity in the table of people, else its name.
pub(super) fn speaker_key(people: &People, speaker: &str) -> String {
    match people.id(speaker) {
        Some(id) => format!("#{id}"),
        None => speaker.to_lower(),
    }
}

/// Key of a target across the batch: a person by their identity, also when a phrase target
/// names one person of the table ("Trump" read as a phrase); other phrases folded ("tax return"
/// and "tax returns", "The Levy" and "the levy" are one target). With the person's identity.
pub(super) fn target_key(
    people: &People,
    target: &str,
    kind: TargetKind,
) -> (String, Option<usize>) {
    let person = match kind {
        TargetKind::Person => people.id(target),
        // A lone plural ("Muslims", "Mexicans") names a group, not a person.
        TargetKind::Issue if target.contains(' ') || !target.ends_with('s') => {
            people.resolve(target)
        }
        TargetKind::Issue => None,
        TargetKind::Organisation | TargetKind::Action => None,
    };
    match (person, kind) {
        (Some(id), _) => (format!("person:#{id}"), Some(id)),
        (None, TargetKind::Person) => (format!("person:{}", target.to_lower()), None),
        (None, _) => (
            format!(
                "other:{}",
                target
                    .to_lower()
                    .split_whitespace()
                    .map(super::phrases::fold_plural)
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            None,
        ),
    }
}

/// Aggregates the per-document judgements into the speaker x target matrix of a batch.
pub fn aggregate(documents: &[DocumentReport]) -> Vec<StanceCell> {
    aggregate_with(documents, &batch_people(documents))
}

/// [`aggregate`] with the batch's table of people made already ([`batch_people`]).
pub fn aggregate_with<'a>(documents: &'a [DocumentReport], people: &People) -> Vec<StanceCell> {
    struct Acc<'a> {
        /// The spellings of the speaker and of the target with how often each is used, kept
        /// only when no identity names them.
        speakers: Vec<(&'a str, usize)>,
        targets: Vec<(&'a str, usize)>,
        /// The identities of the speaker and of a person target: one name for each.
        speaker_id: Option<usize>,
        target_id: Option<usize>,
        kind: TargetKind,
        counts: [usize; 4],
        scores: Vec<(f32, f32)>,
        evidence: Vec<(String, String)>,
        dates: Vec<String>,
    }
    // One table each for the batch, not three per cell (a long document gives hundreds of
    // thousands of cells): (cell, target or speaker, spelling) → the spelling's place in the
    // cell's list, and each cell's evidence as pairs borrowed from the documents (a speaker
    // and target of a long document can have thousands).
    let mut spelling_at: HashMap<(usize, bool, &str), usize> = HashMap::new();
    let mut evidence_seen: HashSet<(usize, &str, &str)> = HashSet::new();
    let mut tally = |list: &mut Vec<(&'a str, usize)>, key: (usize, bool, &'a str)| {
        let i = *spelling_at.entry(key).or_insert(list.len());
        if i == list.len() {
            list.push((key.2, 0));
        }
        list[i].1 += 1;
    };
    // The cells in the order first met, and the index of each key among them. A cell's key is
    // its speaker's and target's keys, each made once per distinct name and numbered (a
    // document can give hundreds of thousands of judgements over far fewer names).
    let mut cells: Vec<Acc> = Vec::new();
    let mut index: HashMap<(usize, usize), usize> = HashMap::new();
    let mut key_ids: HashMap<String, usize> = HashMap::new();
    let mut intern = |key: String| {
        let next = key_ids.len();
        *key_ids.entry(key).or_insert(next)
    };
    let mut speaker_keys: HashMap<&str, usize> = HashMap::new();
    let mut target_keys: HashMap<(&str, TargetKind), (usize, Option<usize>)> = HashMap::new();
    let mut last_speaker: Option<(&str, usize)> = None;
    for d in documents {
        for j in &d.stance {
            let (target, person) = match target_keys.get(&(j.target.as_str(), j.target_kind)) {
                Some(&known) => known,
                None => {
                    let (key, person) = target_key(people, &j.target, j.target_kind);
                    let known = (intern(key), person);
                    target_keys.insert((j.target.as_str(), j.target_kind), known);
                    known
                }
            };
            // A document's judgements come by speaker: the last one's key is asked first.
            let speaker = match last_speaker.filter(|&(s, _)| s == j.speaker.as_str()) {
                Some((_, known)) => known,
                None => match speaker_keys.get(j.speaker.as_str()) {
                    Some(&known) => known,
                    None => {
                        let known = intern(speaker_key(people, &j.speaker));
                        speaker_keys.insert(j.speaker.as_str(), known);
                        known
                    }
                },
            };
            last_speaker = Some((j.speaker.as_str(), speaker));
            let at = *index.entry((speaker, target)).or_insert_with(|| {
                cells.push(Acc {
                    speakers: Vec::new(),
                    targets: Vec::new(),
                    speaker_id: people.id(&j.speaker),
                    target_id: person,
                    kind: if person.is_some() {
                        TargetKind::Person
                    } else {
                        j.target_kind
                    },
                    counts: [0; 4],
                    scores: Vec::new(),
                    evidence: Vec::new(),
                    dates: Vec::new(),
                });
                cells.len() - 1
            });
            let acc = &mut cells[at];
            if acc.speaker_id.is_none() {
                tally(&mut acc.speakers, (at, false, j.speaker.as_str()));
            }
            if acc.target_id.is_none() {
                tally(&mut acc.targets, (at, true, j.target.as_str()));
            }
            let slot = match j.stance {
                Polarity::Favor => 0,
                Polarity::Against => 1,
                Polarity::Neutral => 2,
                Polarity::Mixed => 3,
            };
            acc.counts[slot] += 1;
            if j.stance != Polarity::Neutral {
                acc.scores.push((j.score, j.confidence));
            }
            for e in &j.evidence {
                let pair = (d.name.as_str(), e.quote_id.as_str());
                if evidence_seen.insert((at, pair.0, pair.1)) {
                    acc.evidence.push((pair.0.to_string(), pair.1.to_string()));
                }
            }
            if let Some(date) = &d.date {
                if !acc.dates.contains(date) {
                    acc.dates.push(date.clone());
                }
            }
        }
    }

    let most_common = |m: &[(&str, usize)]| {
        m.iter()
            .max_by(|a, b| {
                a.1.cmp(&b.1)
                    .then(b.0.len().cmp(&a.0.len()).reverse())
                    // Equal count and length ("Donald Trump", "Ivanka Trump"): the first in
                    // alphabetical order, whatever order they were met in.
                    .then(b.0.cmp(a.0))
            })
            .map(|(k, _)| k.to_string())
            .unwrap_or_default()
    };
    // Each cell's lists move into the report rather than being copied.
    let mut out: Vec<StanceCell> = cells
        .into_iter()
        .map(|acc| {
            let [favor, against, neutral, mixed] = acc.counts;
            let weight: f32 = acc.scores.iter().map(|(_, c)| c.max(0.05)).sum();
            let score = if weight > 0.0 {
                acc.scores.iter().map(|(s, c)| s * c.max(0.05)).sum::<f32>() / weight
            } else {
                0.0
            };
            let polar = favor + against + mixed;
            let stance = if polar == 0 {
                Polarity::Neutral
            } else if favor > 0 && against == 0 && favor >= mixed {
                Polarity::Favor
            } else if against > 0 && favor == 0 && against >= mixed {
                Polarity::Against
            } else if score >= DECISIVE / 2.0 && favor > against {
                Polarity::Favor
            } else if score <= -DECISIVE / 2.0 && against > favor {
                Polarity::Against
            } else {
                Polarity::Mixed
            };
            let agreement = match stance {
                Polarity::Favor => favor as f32 / polar.max(1) as f32,
                Polarity::Against => against as f32 / polar.max(1) as f32,
                _ => 0.5,
            };
            let mean_conf = if acc.scores.is_empty() {
                0.1
            } else {
                acc.scores.iter().map(|(_, c)| c).sum::<f32>() / acc.scores.len() as f32
            };
            let mut dates = acc.dates;
            dates.stable_sort();
            StanceCell {
                speaker: match acc.speaker_id {
                    Some(id) => people.name(id).to_string(),
                    None => most_common(&acc.speakers),
                },
                target: match acc.target_id {
                    Some(id) => people.name(id).to_string(),
                    None => most_common(&acc.targets),
                },
                target_kind: acc.kind,
                stance,
                favor,
                against,
                neutral,
                mixed,
                score: (score * 100.0).round() / 100.0,
                confidence: ((mean_conf * agreement) * 100.0).round() / 100.0,
                evidence: acc.evidence,
                dates,
            }
        })
        .collect();
    out.stable_sort_by(|a, b| {
        a.speaker
            .cmp(&b.speaker)
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.target.cmp(&b.target))
    });
    out
}
