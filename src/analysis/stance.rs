//! Stance: which speaker is for or against which target, with the evidence.

use super::report::{DocumentReport, Quote, SpeakerSummary, StanceCell, StanceJudgement};
use super::UserTarget;

/// Judges the stance of each speaker toward each target within one document.
pub fn judge(_quotes: &[Quote], _targets: &[UserTarget]) -> Vec<StanceJudgement> {
    Vec::new()
}

/// Aggregates the per-document judgements into the speaker x target matrix of a batch.
pub fn aggregate(_documents: &[DocumentReport]) -> Vec<StanceCell> {
    Vec::new()
}

/// One readable line per main speaker.
pub fn summarize(_matrix: &[StanceCell], _documents: &[DocumentReport]) -> Vec<SpeakerSummary> {
    Vec::new()
}
