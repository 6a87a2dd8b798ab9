//! The Stance view's topic summary: the core's topics narrowed by the filters, and the words
//! each line shows (who, what kind of evidence, where it was published).

use super::filters::Filters;
use crate::{StanceLine, TopicSummary};

/// One side of a topic as the view lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Favor,
    Against,
    Unclear,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::Favor, Side::Against, Side::Unclear];

    pub fn heading(self) -> &'static str {
        match self {
            Side::Favor => "For",
            Side::Against => "Against",
            Side::Unclear => "No clear stance",
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Side::Favor => "favor",
            Side::Against => "against",
            Side::Unclear => "neutral",
        }
    }

    pub fn lines(self, topic: &TopicSummary) -> &[StanceLine] {
        match self {
            Side::Favor => &topic.favor,
            Side::Against => &topic.against,
            Side::Unclear => &topic.unclear,
        }
    }
}

/// "Name, role, organisation", leaving out what is unknown or already in the name.
pub fn who(line: &StanceLine) -> String {
    let mut parts = vec![line.speaker.clone()];
    for extra in [&line.role, &line.organisation].into_iter().flatten() {
        let extra = extra.trim();
        if !extra.is_empty() && !parts.iter().any(|p| p.eq_ignore_ascii_case(extra)) {
            parts.push(extra.to_string());
        }
    }
    parts.join(", ")
}

/// How the evidence was reported, in a reader's words.
pub fn evidence_label(kind: &str) -> &'static str {
    match kind {
        "direct" => "direct quotation",
        "partial" => "partial quotation",
        "indirect" => "paraphrase",
        _ => "reporter's account",
    }
}

/// "Source, date" or whichever of the two is known, else the document's name.
pub fn provenance(line: &StanceLine) -> String {
    match (&line.source, &line.date) {
        (Some(s), Some(d)) => format!("{s}, {d}"),
        (Some(s), None) => s.clone(),
        (None, Some(d)) => format!("{}, {d}", line.document),
        (None, None) => line.document.clone(),
    }
}

impl Filters {
    /// A topic line passes the speaker, target, kind and text filters by its own fields: the
    /// target filter names a target phrase, which passes when the topic groups it.
    pub fn line_matches(&self, topic: &TopicSummary, line: &StanceLine) -> bool {
        if self.speaker.as_ref().is_some_and(|s| s != &line.speaker) {
            return false;
        }
        if let Some(t) = &self.target {
            if !topic.targets.contains(t) && &line.target != t {
                return false;
            }
        }
        if let Some(k) = self.kind {
            if super::export::kind_label(k) != line.evidence_kind {
                return false;
            }
        }
        let needle = self.text.trim().to_lowercase();
        needle.is_empty()
            || [
                Some(&line.evidence),
                Some(&line.speaker),
                Some(&line.target),
                line.role.as_ref(),
                line.organisation.as_ref(),
            ]
            .into_iter()
            .flatten()
            .any(|hay| hay.to_lowercase().contains(&needle))
    }
}

/// The topics with at least one line passing the filters, each side narrowed to those lines.
pub fn visible_topics(topics: &[TopicSummary], filters: &Filters) -> Vec<TopicSummary> {
    topics
        .iter()
        .filter_map(|t| {
            let keep = |lines: &[StanceLine]| -> Vec<StanceLine> {
                lines
                    .iter()
                    .filter(|l| filters.line_matches(t, l))
                    .cloned()
                    .collect()
            };
            let topic = TopicSummary {
                favor: keep(&t.favor),
                against: keep(&t.against),
                unclear: keep(&t.unclear),
                ..t.clone()
            };
            let empty =
                topic.favor.is_empty() && topic.against.is_empty() && topic.unclear.is_empty();
            (!empty).then_some(topic)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::corpus::tests::seed_corpus;
    use super::*;
    use crate::QuoteKind;

    #[test]
    fn the_seeds_have_a_topic_with_peskov_against_a_ceasefire() {
        let corpus = seed_corpus();
        let topics = visible_topics(corpus.topics(), &Filters::default());
        assert_eq!(topics.len(), corpus.topics().len());
        let line = topics
            .iter()
            .flat_map(|t| t.against.iter())
            .find(|l| l.speaker == "Dmitry Peskov" && l.target.contains("ceasefire"))
            .expect("Peskov against a ceasefire");
        // The evidence range names the evidence in its document's text.
        let d = corpus
            .doc_index(&line.document)
            .expect("document of the line");
        let text = &corpus.docs[d].text;
        assert_eq!(text.get(line.start..line.end), Some(line.evidence.as_str()));
        assert!(who(line).starts_with("Dmitry Peskov, "), "{}", who(line));
    }

    #[test]
    fn filters_narrow_lines_and_drop_empty_topics() {
        let corpus = seed_corpus();
        let all = corpus.topics();
        let rubio = Filters {
            speaker: Some("Marco Rubio".into()),
            ..Filters::default()
        };
        let shown = visible_topics(all, &rubio);
        assert!(shown.len() < all.len());
        for t in &shown {
            for side in Side::ALL {
                assert!(side.lines(t).iter().all(|l| l.speaker == "Marco Rubio"));
            }
        }
        let nothing = Filters {
            text: "zzzz no such words".into(),
            ..Filters::default()
        };
        assert!(visible_topics(all, &nothing).is_empty());
        let direct = Filters {
            kind: Some(QuoteKind::Direct),
            ..Filters::default()
        };
        let direct_lines: Vec<StanceLine> = visible_topics(all, &direct)
            .iter()
            .flat_map(|t| Side::ALL.map(|s| s.lines(t).to_vec()).concat())
            .collect();
        assert!(!direct_lines.is_empty());
        assert!(direct_lines.iter().all(|l| l.evidence_kind == "direct"));
    }

    fn line(
        role: Option<&str>,
        org: Option<&str>,
        source: Option<&str>,
        date: Option<&str>,
    ) -> StanceLine {
        StanceLine {
            speaker: "Ana Ruiz".into(),
            role: role.map(Into::into),
            organisation: org.map(Into::into),
            target: "the transit levy".into(),
            stance: crate::Polarity::Against,
            confidence: 0.8,
            evidence: "a tax on commuters".into(),
            evidence_kind: "reporter".into(),
            document: "levy.txt".into(),
            quote_id: String::new(),
            start: 0,
            end: 18,
            date: date.map(Into::into),
            source: source.map(Into::into),
            documents: 1,
        }
    }

    #[test]
    fn a_line_says_who_and_where() {
        let l = line(
            Some("councillor"),
            Some("Lakeside Council"),
            Some("Herald"),
            Some("2024-03-01"),
        );
        assert_eq!(who(&l), "Ana Ruiz, councillor, Lakeside Council");
        assert_eq!(provenance(&l), "Herald, 2024-03-01");
        let bare = line(None, Some("  "), None, None);
        assert_eq!(who(&bare), "Ana Ruiz");
        assert_eq!(provenance(&bare), "levy.txt");
        assert_eq!(
            provenance(&line(None, None, None, Some("2024-03-01"))),
            "levy.txt, 2024-03-01"
        );
        assert_eq!(evidence_label("reporter"), "reporter's account");
        assert_eq!(evidence_label("indirect"), "paraphrase");
    }
}
