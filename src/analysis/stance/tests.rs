//! Native tests of the stance analysis on hand-written sentences, and checks that every
//! judgement's evidence points at a real quote whose clause holds the cue words.

use super::{aggregate, by_rank_then_confidence, judge, summarize, within_reach};
use crate::analysis::report::{
    DocumentReport, Polarity, Quote, QuoteKind, Speaker, StanceJudgement,
};
use crate::analysis::{text, UserTarget};

/// A quote of `speaker` over the first occurrence of `words` in `doc`.
fn quote(doc: &str, words: &str, kind: QuoteKind, speaker: &str) -> Quote {
    let start = doc.find(words).expect("quote text in the document");
    Quote {
        id: String::new(),
        text: words.to_string(),
        kind,
        start,
        end: start + words.len(),
        speaker: Some(Speaker {
            name: speaker.to_string(),
            aliases: Vec::new(),
            role: None,
            person: None,
        }),
        cue: None,
        mention: None,
        confidence: 1.0,
    }
}

fn numbered(mut quotes: Vec<Quote>) -> Vec<Quote> {
    quotes.sort_by_key(|q| q.start);
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = format!("q{}", i + 1);
    }
    quotes
}

/// Judges a document whose only quote is its first quoted passage, spoken by Anna Berg.
fn judge_direct(doc: &str, words: &str) -> Vec<StanceJudgement> {
    let quotes = numbered(vec![quote(doc, words, QuoteKind::Direct, "Anna Berg")]);
    let out = judge(doc, &quotes, &[], &[], &all_domains());
    check_evidence(doc, &quotes, &out);
    out
}

fn stance_of<'a>(out: &'a [StanceJudgement], target: &str) -> Option<&'a StanceJudgement> {
    out.iter().find(|j| j.target == target)
}

fn polarity_of(out: &[StanceJudgement], target: &str) -> Option<Polarity> {
    stance_of(out, target).map(|j| j.stance)
}

/// Every evidence item names a quote of the document, its cue words are written inside the
/// clause it gives, and that clause lies in the quote or, for a partial or reported quote, in
/// the sentence around it.
fn check_evidence(doc: &str, quotes: &[Quote], judgements: &[StanceJudgement]) {
    let sentences: Vec<std::ops::Range<usize>> = text::paragraphs(doc)
        .into_iter()
        .flat_map(|p| text::sentences(doc, p))
        .collect();
    for j in judgements {
        assert!(!j.evidence.is_empty(), "{j:?}");
        for e in &j.evidence {
            let clause = doc
                .get(e.start..e.end)
                .expect("evidence clause in the text");
            for cue in &e.cues {
                assert!(clause.contains(cue.as_str()), "{cue:?} not in {clause:?}");
            }
            // A reporter's sentence that names the speaker has no quote.
            if e.quote_id.is_empty() {
                assert!(
                    sentences
                        .iter()
                        .any(|s| s.start <= e.start && e.end <= s.end),
                    "{e:?} is not inside one sentence"
                );
                continue;
            }
            let q = quotes
                .iter()
                .find(|q| q.id == e.quote_id)
                .unwrap_or_else(|| panic!("evidence quote {} missing", e.quote_id));
            match q.kind {
                QuoteKind::Direct => {
                    assert!(q.start <= e.start && e.end <= q.end, "{e:?} outside {q:?}");
                    for cue in &e.cues {
                        assert!(q.text.contains(cue.as_str()), "{cue:?} not in {:?}", q.text);
                    }
                }
                _ => {
                    let around = sentences
                        .iter()
                        .filter(|s| s.start < q.end && q.start < s.end)
                        .fold(q.start..q.end, |r, s| {
                            r.start.min(s.start)..r.end.max(s.end)
                        });
                    assert!(
                        around.start <= e.start && e.end <= around.end,
                        "{e:?} outside the sentence of {q:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn contrast_favours_one_and_opposes_the_other() {
    let doc = "\u{201c}We are working on peace, not on a ceasefire,\u{201d} Berg said.";
    let out = judge_direct(doc, "We are working on peace, not on a ceasefire,");
    assert_eq!(polarity_of(&out, "peace settlement"), Some(Polarity::Favor));
    assert_eq!(polarity_of(&out, "ceasefire"), Some(Polarity::Against));

    let doc =
        "\u{201c}Kyiv should engage in talks rather than count on sanctions,\u{201d} Berg said.";
    let out = judge_direct(
        doc,
        "Kyiv should engage in talks rather than count on sanctions,",
    );
    // The verb asked for is a stance verb itself: its object is the target.
    assert_eq!(polarity_of(&out, "talks"), Some(Polarity::Favor), "{out:?}");
    assert_eq!(polarity_of(&out, "sanctions"), Some(Polarity::Against));
}

#[test]
fn contrast_without_a_stance_says_nothing() {
    // "with Ukraine, not with America": a choice of partner, no polarity toward either.
    let doc = "\u{201c}The agreement will be signed in Minsk, not in Geneva with the United States.\u{201d}";
    let out = judge_direct(
        doc,
        "The agreement will be signed in Minsk, not in Geneva with the United States.",
    );
    assert_ne!(polarity_of(&out, "United States"), Some(Polarity::Against));
}

#[test]
fn a_contrast_of_parties_or_places_opposes_no_one() {
    // Two prepositional phrases set against each other say who takes part, not whom the
    // speaker is against.
    for (words, y) in [
        (
            "We welcome a treaty with Poland, not with Germany.",
            "Germany",
        ),
        (
            "We are ready to sign a deal with Poland rather than with the United States.",
            "United States",
        ),
    ] {
        let doc = format!("\u{201c}{words}\u{201d}");
        let out = judge_direct(&doc, words);
        assert!(
            !matches!(
                polarity_of(&out, y),
                Some(Polarity::Against | Polarity::Mixed)
            ),
            "{words}: {out:?}"
        );
    }

    // So the gratitude said elsewhere decides, unweakened.
    let doc = "\u{201c}We are grateful to Germany for its patience,\u{201d} Berg said. \
               \u{201c}But we welcome a treaty with Poland, not with Germany.\u{201d}";
    let quotes = numbered(vec![
        quote(
            doc,
            "We are grateful to Germany for its patience,",
            QuoteKind::Direct,
            "Anna Berg",
        ),
        quote(
            doc,
            "But we welcome a treaty with Poland, not with Germany.",
            QuoteKind::Direct,
            "Anna Berg",
        ),
    ]);
    let out = judge(doc, &quotes, &[], &[], &all_domains());
    check_evidence(doc, &quotes, &out);
    let germany = stance_of(&out, "Germany").expect("a judgement of Germany");
    assert_eq!(germany.stance, Polarity::Favor);
    assert!(germany
        .evidence
        .iter()
        .all(|e| e.polarity != Polarity::Against));

    // A contrast of the things themselves still opposes the second.
    let doc = "\u{201c}We thank Poland, not Germany.\u{201d}";
    let out = judge_direct(doc, "We thank Poland, not Germany.");
    assert_eq!(polarity_of(&out, "Poland"), Some(Polarity::Favor));
    assert_eq!(polarity_of(&out, "Germany"), Some(Polarity::Against));
}

#[test]
fn negation_flips_the_next_cue_within_its_clause() {
    let doc = "\u{201c}We do not support sanctions.\u{201d}";
    let out = judge_direct(doc, "We do not support sanctions.");
    assert_eq!(polarity_of(&out, "sanctions"), Some(Polarity::Against));

    let doc = "\u{201c}We will never accept a truce.\u{201d}";
    let out = judge_direct(doc, "We will never accept a truce.");
    assert_eq!(polarity_of(&out, "ceasefire"), Some(Polarity::Against));

    // The negation of the first clause does not reach the second.
    let doc = "\u{201c}We did not say much, but we welcome the truce.\u{201d}";
    let out = judge_direct(doc, "We did not say much, but we welcome the truce.");
    assert_eq!(polarity_of(&out, "ceasefire"), Some(Polarity::Favor));

    // A negated negative: "not unacceptable" leans favourable.
    let doc = "\u{201c}The cease-fire is not unacceptable.\u{201d}";
    let out = judge_direct(doc, "The cease-fire is not unacceptable.");
    assert_eq!(polarity_of(&out, "ceasefire"), Some(Polarity::Favor));
}

#[test]
fn verbs_that_turn_their_complement_around_compose() {
    let doc =
        "\u{201c}What matters is that no one prevents them from launching peace talks.\u{201d}";
    let out = judge_direct(
        doc,
        "What matters is that no one prevents them from launching peace talks.",
    );
    assert_eq!(polarity_of(&out, "peace settlement"), Some(Polarity::Favor));

    // What others do, even in the speaker's words, is not the speaker's stance: "they are
    // trying to block the negotiations" names the negotiations without a side.
    let doc = "\u{201c}They are trying to block the negotiations.\u{201d}";
    let out = judge_direct(doc, "They are trying to block the negotiations.");
    assert_eq!(polarity_of(&out, "negotiations"), Some(Polarity::Neutral));
    let doc = "\u{201c}We are trying to block the negotiations.\u{201d}";
    let out = judge_direct(doc, "We are trying to block the negotiations.");
    assert_eq!(polarity_of(&out, "negotiations"), Some(Polarity::Against));
}

#[test]
fn evaluations_apply_to_their_subject_not_to_whom_they_matter() {
    let doc = "\u{201c}The language of ultimatums is unacceptable for Germany.\u{201d}";
    let out = judge_direct(
        doc,
        "The language of ultimatums is unacceptable for Germany.",
    );
    assert_eq!(polarity_of(&out, "ultimatums"), Some(Polarity::Against));
    assert_ne!(polarity_of(&out, "Germany"), Some(Polarity::Against));
}

#[test]
fn evaluations_after_a_prepositional_object_skip_it() {
    // The thing evaluated is the clause's subject, not an owner or place in an adjunct.
    for words in [
        "Ending the fighting according to Germany's schedule would be unacceptable.",
        "Holding elections in Germany this year would be a mistake.",
    ] {
        let doc = format!("\u{201c}{words}\u{201d}");
        let out = judge_direct(&doc, words);
        assert!(
            !matches!(
                polarity_of(&out, "Germany"),
                Some(Polarity::Against | Polarity::Mixed)
            ),
            "{words}: {out:?}"
        );
    }

    // An evaluation inside the adjunct's own phrase is still about it, and the subject itself
    // still takes what is predicated of it, possessive or not.
    let doc = "\u{201c}The outcome came down to Germany's failure.\u{201d}";
    let out = judge_direct(doc, "The outcome came down to Germany's failure.");
    assert_eq!(polarity_of(&out, "Germany"), Some(Polarity::Against));
    // What the subject owns is what is judged: the target names it with its owner.
    let doc = "\u{201c}Germany's demands are unacceptable.\u{201d}";
    let out = judge_direct(doc, "Germany's demands are unacceptable.");
    assert_eq!(
        polarity_of(&out, "Germany's demands"),
        Some(Polarity::Against)
    );
    let doc = "\u{201c}The language of ultimatums from Germany is unacceptable.\u{201d}";
    let out = judge_direct(
        doc,
        "The language of ultimatums from Germany is unacceptable.",
    );
    assert_eq!(polarity_of(&out, "ultimatums"), Some(Polarity::Against));
}

#[test]
fn conditionals_and_questions_weaken() {
    let plain = "\u{201c}The ceasefire is unacceptable.\u{201d}";
    let plain = judge_direct(plain, "The ceasefire is unacceptable.");
    let plain = stance_of(&plain, "ceasefire").expect("judged").clone();
    assert_eq!(plain.stance, Polarity::Against);

    let cond = "\u{201c}If the ceasefire is unacceptable, we will say so.\u{201d}";
    let cond = judge_direct(cond, "If the ceasefire is unacceptable, we will say so.");
    let cond = stance_of(&cond, "ceasefire").expect("judged").clone();
    assert!(cond.confidence < plain.confidence / 2.0, "{cond:?}");

    let question = "\u{201c}Is the ceasefire unacceptable?\u{201d}";
    let question = judge_direct(question, "Is the ceasefire unacceptable?");
    let question = stance_of(&question, "ceasefire").expect("judged").clone();
    assert!(question.confidence < plain.confidence / 2.0, "{question:?}");
}

#[test]
fn user_named_targets_with_synonyms() {
    let doc = "\u{201c}We reject the Black Sea initiative and welcome the talks.\u{201d}";
    let quotes = numbered(vec![quote(
        doc,
        "We reject the Black Sea initiative and welcome the talks.",
        QuoteKind::Direct,
        "Anna Berg",
    )]);
    let targets = [UserTarget {
        name: "grain deal".into(),
        synonyms: vec!["Black Sea initiative".into(), "grain corridor".into()],
    }];
    let out = judge(doc, &quotes, &[], &targets, &all_domains());
    check_evidence(doc, &quotes, &out);
    assert_eq!(polarity_of(&out, "grain deal"), Some(Polarity::Against));
    assert_eq!(polarity_of(&out, "talks"), Some(Polarity::Favor));
}

#[test]
fn partial_quotes_read_the_reporters_sentence() {
    let doc = "Berg described the dialogue between the two sides as \u{201c}very promising\u{201d} on Monday.";
    let quotes = numbered(vec![quote(
        doc,
        "very promising",
        QuoteKind::Partial,
        "Anna Berg",
    )]);
    let out = judge(doc, &quotes, &[], &[], &all_domains());
    check_evidence(doc, &quotes, &out);
    assert_eq!(polarity_of(&out, "dialogue"), Some(Polarity::Favor));
}

#[test]
fn reporters_words_count_only_when_the_speaker_acts() {
    let doc = "Karl Olsen, commenting on Western support for Ukraine, said the plan was \u{201c}dead\u{201d}.";
    let quotes = numbered(vec![quote(doc, "dead", QuoteKind::Partial, "Karl Olsen")]);
    let out = judge(doc, &quotes, &[], &[], &all_domains());
    check_evidence(doc, &quotes, &out);
    assert_ne!(polarity_of(&out, "Ukraine"), Some(Polarity::Favor));
}

#[test]
fn a_long_alias_does_not_put_the_speaker_on_every_side() {
    let doc = "Minister Karl Olsen of Norway, commenting on aid for Ukraine, said the Ukrainian \
               government was \u{201c}hostile\u{201d}.";
    let mut q = quote(doc, "hostile", QuoteKind::Partial, "Karl Olsen");
    if let Some(s) = q.speaker.as_mut() {
        s.aliases = vec!["Minister of Norway, commenting on aid for Ukraine".into()];
    }
    let quotes = numbered(vec![q]);
    let out = judge(doc, &quotes, &[], &[], &all_domains());
    check_evidence(doc, &quotes, &out);
    assert_eq!(polarity_of(&out, "Ukraine"), Some(Polarity::Against));
}

#[test]
fn surnames_resolve_to_full_names_and_spellings_group() {
    let doc = "Senator Maria Lopez met Prime Minister Volodymyr Zelenskyy on Monday.\n\n\
               \u{201c}I praise Zelensky for his courage, and I criticise Kowalski,\u{201d} Lopez said. \
               Minister Jan Kowalski did not comment.";
    let quotes = numbered(vec![quote(
        doc,
        "I praise Zelensky for his courage, and I criticise Kowalski,",
        QuoteKind::Direct,
        "Maria Lopez",
    )]);
    let out = judge(doc, &quotes, &[], &[], &all_domains());
    check_evidence(doc, &quotes, &out);
    assert_eq!(
        polarity_of(&out, "Volodymyr Zelenskyy"),
        Some(Polarity::Favor)
    );
    assert_eq!(polarity_of(&out, "Jan Kowalski"), Some(Polarity::Against));
}

#[test]
fn own_side_and_self_are_not_targets() {
    let doc = "Foreign Minister Jan Kowalski of Poland said: \u{201c}Poland welcomes the truce, and Kowalski supports it.\u{201d}";
    let quotes = numbered(vec![quote(
        doc,
        "Poland welcomes the truce, and Kowalski supports it.",
        QuoteKind::Direct,
        "Jan Kowalski",
    )]);
    let out = judge(doc, &quotes, &[], &[], &all_domains());
    check_evidence(doc, &quotes, &out);
    assert_eq!(polarity_of(&out, "ceasefire"), Some(Polarity::Favor));
    assert!(polarity_of(&out, "Jan Kowalski").is_none());
}

#[test]
fn evidence_of_a_mixed_document_is_sound() {
    let doc = "Diplomats gathered in Vienna on Tuesday.\n\n\
               \u{201c}We welcome the mediation of the United Nations. Sanctions are a mistake,\u{201d} \
               said Foreign Minister Ana Silva. She called the talks \u{201c}useful\u{201d}, adding that \
               the ceasefire should hold unless the rebels reject it.\n\n\
               Rebel spokesman Tomas Ruiz said the talks were a \u{201c}waste of time\u{201d} and \
               rejected any truce.";
    let quotes = numbered(vec![
        quote(
            doc,
            "We welcome the mediation of the United Nations. Sanctions are a mistake,",
            QuoteKind::Direct,
            "Ana Silva",
        ),
        quote(doc, "useful", QuoteKind::Partial, "Ana Silva"),
        quote(
            doc,
            "the ceasefire should hold unless the rebels reject it",
            QuoteKind::Indirect,
            "Ana Silva",
        ),
        quote(doc, "waste of time", QuoteKind::Partial, "Tomas Ruiz"),
        quote(
            doc,
            "the talks were a \u{201c}waste of time\u{201d}",
            QuoteKind::Indirect,
            "Tomas Ruiz",
        ),
    ]);
    let out = judge(doc, &quotes, &[], &[], &all_domains());
    check_evidence(doc, &quotes, &out);
    let of = |speaker: &str, target: &str| {
        out.iter()
            .find(|j| j.speaker == speaker && j.target == target)
            .map(|j| j.stance)
    };
    assert_eq!(of("Ana Silva", "mediation"), Some(Polarity::Favor));
    assert_eq!(of("Ana Silva", "sanctions"), Some(Polarity::Against));
    assert_eq!(of("Ana Silva", "talks"), Some(Polarity::Favor));
    assert_eq!(of("Ana Silva", "ceasefire"), Some(Polarity::Favor));
    assert_eq!(of("Tomas Ruiz", "ceasefire"), Some(Polarity::Against));
}

#[test]
fn the_pipeline_keeps_evidence_sound_on_the_fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(bytes) = std::fs::read(entry.path()) else {
            continue;
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        let input = crate::analysis::Input {
            name: &name,
            bytes: &bytes,
        };
        for d in crate::analysis::analyze(input, &crate::analysis::Options::default()) {
            check_evidence(&d.text, &d.quotes, &d.stance);
        }
    }
}

#[test]
fn aggregation_counts_documents_and_summaries_are_generated() {
    let doc = |name: &str, date: &str, body: &str, words: &str| {
        let quotes = numbered(vec![quote(body, words, QuoteKind::Direct, "Ana Silva")]);
        DocumentReport {
            name: name.into(),
            date: Some(date.into()),
            text: body.into(),
            stance: judge(body, &quotes, &[], &[], &all_domains()),
            quotes,
            ..DocumentReport::default()
        }
    };
    let docs = vec![
        doc(
            "a.txt",
            "2025-03-02",
            "\u{201c}We reject the ceasefire and welcome the talks.\u{201d}",
            "We reject the ceasefire and welcome the talks.",
        ),
        doc(
            "b.txt",
            "2025-03-01",
            "\u{201c}The truce is unacceptable.\u{201d}",
            "The truce is unacceptable.",
        ),
    ];
    let matrix = aggregate(&docs);
    let cell = matrix
        .iter()
        .find(|c| c.speaker == "Ana Silva" && c.target == "ceasefire")
        .expect("a ceasefire cell");
    assert_eq!((cell.against, cell.favor), (2, 0));
    assert_eq!(cell.stance, Polarity::Against);
    assert_eq!(cell.dates, ["2025-03-01", "2025-03-02"]);
    assert_eq!(cell.evidence.len(), 2);
    let lines = summarize(&matrix, &docs);
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0].line,
        "Ana Silva: opposes a ceasefire; favours talks."
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn on_any_text_and_offsets(
            body in "[a-zA-Z \u{201c}\u{201d}'’.,;:?!é—\n-]{0,200}",
            spans in proptest::collection::vec((0usize..260, 0usize..260, 0u8..3), 0..5),
            target in "[a-zA-Z ]{0,12}",
        ) {
            let quotes: Vec<Quote> = spans
                .iter()
                .enumerate()
                .map(|(i, &(a, b, k))| Quote {
                    id: format!("q{}", i + 1),
                    text: String::new(),
                    kind: [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect][k as usize],
                    start: a,
                    end: b,
                    speaker: Some(Speaker {
                        name: if i % 2 == 0 { "Ana Silva".into() } else { String::new() },
                        aliases: vec!["Silva".into()],
                        role: Some("Foreign Minister".into()),
                        person: None,
                    }),
                    cue: None,
                    mention: None,
                    confidence: 1.0,
                })
                .collect();
            let targets = [UserTarget { name: target, synonyms: vec![String::new()] }];
            let out = judge(&body, &quotes, &[], &targets, &all_domains());
            let docs = vec![DocumentReport { text: body.clone(), stance: out, quotes, ..DocumentReport::default() }];
            let matrix = aggregate(&docs);
            let _ = summarize(&matrix, &docs);
        }
    }
}

fn all_domains() -> Vec<String> {
    super::DOMAINS.iter().map(|d| d.to_string()).collect()
}

/// A sentence read for a name reaches at most UNIT_CONTEXT bytes either side of it, as a
/// quotation's unit does; a news sentence is read whole.
#[test]
fn a_named_sentence_is_read_within_reach_of_the_name() {
    let reach = super::UNIT_CONTEXT;
    assert_eq!(within_reach(100, 300, 150), (100, 300));
    assert_eq!(
        within_reach(0, 10 * reach, 3 * reach),
        (2 * reach, 4 * reach)
    );
    assert_eq!(within_reach(0, 10 * reach, 10), (0, 10 + reach));
    assert_eq!(within_reach(5, usize::MAX, 7), (5, 7 + reach));
}

mod judgement_order {
    use super::*;
    use crate::analysis::report::{Polarity, StanceJudgement, TargetKind};
    use proptest::prelude::*;

    proptest! {
        /// The counting sort by speaker rank and the sort by confidence within each speaker
        /// give the order of one stable sort by both.
        #[test]
        fn is_one_stable_sort_by_rank_then_confidence(
            items in proptest::collection::vec((0usize..6, 0u8..5), 0..60),
            shuffle in proptest::collection::vec(0usize..6, 6),
        ) {
            // A rank per speaker: any permutation-like mapping (ties between speakers allowed
            // by the sort, though `judge_with` gives each speaker its own rank).
            let mut rank: Vec<usize> = (0..6).collect();
            for (i, &j) in shuffle.iter().enumerate() {
                rank.swap(i, j);
            }
            let order: Vec<(usize, usize)> = items.iter().map(|&(s, _)| (s, 0)).collect();
            let out: Vec<StanceJudgement> = items
                .iter()
                .map(|&(_, c)| StanceJudgement {
                    speaker: String::new(),
                    target: String::new(),
                    target_kind: TargetKind::default(),
                    stance: Polarity::Neutral,
                    score: 0.0,
                    confidence: f32::from(c) / 4.0,
                    evidence: Vec::new(),
                })
                .collect();
            let mut reference: Vec<usize> = (0..out.len()).collect();
            reference.sort_by(|&a, &b| {
                rank[order[a].0]
                    .cmp(&rank[order[b].0])
                    .then(out[b].confidence.total_cmp(&out[a].confidence))
            });
            prop_assert_eq!(by_rank_then_confidence(&order, &out, &rank), reference);
        }
    }
}
