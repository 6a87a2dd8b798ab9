//! Aggregation: the findings of one document into one judgement per speaker and target, and
//! the judgements of a batch into the speaker x target matrix with counts and dates.

use crate::analysis::fasthash::{HashMap, HashMapExt, HashSet, HashSetExt};
use crate::analysis::sorting::StableSort;

use super::polarity::Finding;
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

/// Key of a speaker or person target across documents, by the one rule of `names`: names
/// with one surname key are one person ("Donald J. Trump", "Donald Trump", "Mr. Trump",
/// "Trump") unless their first names disagree ("Bill Clinton", "Hillary Clinton"); a surname
/// alone joins the full name it ends when the batch has exactly one.
fn person_keys(names: &[String]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    // Per surname key, the first initials of the full names seen, each standing for its
    // person: within one key, `names::same_person` tells full names apart by their initial
    // alone, so the key and initial of each name are computed once.
    let mut people: HashMap<String, Vec<char>> = HashMap::new();
    let keyed: Vec<(String, Option<char>)> = names
        .iter()
        .map(|n| {
            (
                crate::analysis::names::key(n),
                crate::analysis::names::first_initial(n),
            )
        })
        .collect();
    for (surname, initial) in &keyed {
        let Some(initial) = initial else {
            continue;
        };
        // An empty key is nobody's (`same_person` never holds for it).
        if surname.is_empty() {
            continue;
        }
        let group = people.entry(surname.clone()).or_default();
        if !group.contains(initial) {
            group.push(*initial);
        }
    }
    for (n, (surname, initial)) in names.iter().zip(keyed) {
        if surname.is_empty() {
            out.insert(n.clone(), n.to_lowercase());
            continue;
        }
        let group = people.get(&surname).map(Vec::as_slice).unwrap_or_default();
        let person = match initial {
            Some(i) => group.iter().position(|&g| g == i),
            // "Trump" alone: the one full name with that surname, if only one.
            None => (group.len() == 1).then_some(0),
        };
        let key = match person {
            Some(i) => format!("{surname}#{i}"),
            None => format!("{surname}#{}", n.to_lowercase()),
        };
        out.insert(n.clone(), key);
    }
    out
}

/// Aggregates the per-document judgements into the speaker x target matrix of a batch.
pub fn aggregate(documents: &[DocumentReport]) -> Vec<StanceCell> {
    let mut speaker_names: Vec<String> = documents
        .iter()
        .flat_map(|d| d.stance.iter().map(|j| j.speaker.clone()))
        .collect();
    speaker_names.stable_sort();
    speaker_names.dedup();
    let speaker_key = person_keys(&speaker_names);
    let target_key = |j: &StanceJudgement| match j.target_kind {
        // Transliterations and first-name variants of one person ("Volodymyr Zelenskyy",
        // "Vladimir Zelensky") meet on the surname.
        TargetKind::Person => format!(
            "person:{}",
            j.target
                .split_whitespace()
                .last()
                .map(crate::analysis::names::fold)
                .unwrap_or_default()
        ),
        // "tax return" and "tax returns", "The Levy" and "the levy" are one target.
        _ => format!(
            "other:{}",
            j.target
                .to_lowercase()
                .split_whitespace()
                .map(super::phrases::fold_plural)
                .collect::<Vec<_>>()
                .join(" ")
        ),
    };

    struct Acc {
        speakers: HashMap<String, usize>,
        targets: HashMap<String, usize>,
        kind: TargetKind,
        counts: [usize; 4],
        scores: Vec<(f32, f32)>,
        evidence: Vec<(String, String)>,
        /// `evidence` as a set once it has `SMALL` items (a speaker and target of a long
        /// document can have thousands); empty before, when a look through the list is cheaper.
        evidence_seen: HashSet<(String, String)>,
        dates: Vec<String>,
    }
    // The cells in the order first met, and the index of each key among them.
    let mut cells: Vec<Acc> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for d in documents {
        for j in &d.stance {
            let key = (
                speaker_key
                    .get(&j.speaker)
                    .cloned()
                    .unwrap_or_else(|| j.speaker.to_lowercase()),
                target_key(j),
            );
            let at = *index.entry(key).or_insert_with(|| {
                cells.push(Acc {
                    speakers: HashMap::new(),
                    targets: HashMap::new(),
                    kind: j.target_kind,
                    counts: [0; 4],
                    scores: Vec::new(),
                    evidence: Vec::new(),
                    evidence_seen: HashSet::new(),
                    dates: Vec::new(),
                });
                cells.len() - 1
            });
            let acc = &mut cells[at];
            *acc.speakers.entry(j.speaker.clone()).or_default() += 1;
            *acc.targets.entry(j.target.clone()).or_default() += 1;
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
                const SMALL: usize = 16;
                let pair = (d.name.clone(), e.quote_id.clone());
                let new = if acc.evidence.len() < SMALL {
                    !acc.evidence.contains(&pair)
                } else {
                    if acc.evidence_seen.is_empty() {
                        acc.evidence_seen.extend(acc.evidence.iter().cloned());
                    }
                    acc.evidence_seen.insert(pair.clone())
                };
                if new {
                    acc.evidence.push(pair);
                }
            }
            if let Some(date) = &d.date {
                if !acc.dates.contains(date) {
                    acc.dates.push(date.clone());
                }
            }
        }
    }

    let most_common = |m: &HashMap<String, usize>| {
        m.iter()
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then(b.0.len().cmp(&a.0.len()).reverse())
                    // Equal count and length ("Donald Trump", "Ivanka Trump"): the first in
                    // alphabetical order, not whichever the hash map yields last.
                    .then(b.0.cmp(a.0))
            })
            .map(|(k, _)| k.clone())
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
                speaker: most_common(&acc.speakers),
                target: most_common(&acc.targets),
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
