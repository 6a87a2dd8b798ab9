//! Stance: which speaker is for or against which target, with the evidence.
//!
//! Per document, [`judge`] reads each speaker's quotations and reported clauses, and for
//! partial and reported quotes the reporter's sentence around them ("described the dialogue as
//! “very promising”"): `targets` finds what they talk about, `polarity` whether they favour
//! or oppose it and which words decided, and `aggregate` turns the findings into one judgement
//! per speaker and target. Across documents, [`aggregate()`] builds the speaker x target
//! matrix and [`summarize`] one readable line per main speaker.

mod aggregate;
mod grammar;
mod memo;
mod phrases;
mod polarity;
mod summary;
mod targets;
mod words;

// Stance reads the document's tokens made once by `text`; its parts name them `super::tokens`.
use crate::analysis::chars::ToLower;
use crate::analysis::text::tokens;

use crate::analysis::sorting::StableSort;
use std::collections::BTreeMap;

use crate::analysis::fasthash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::ops::Range;

pub use aggregate::{aggregate, aggregate_with, batch_people};
pub use summary::{summarize, topics, topics_with};
pub use words::DOMAINS;

use super::report::{Person, Quote, QuoteKind, StanceJudgement};
use super::text;
use super::UserTarget;
use crate::analysis::names;
use polarity::{Finding, Holder, Unit};
use targets::Catalogue;

/// Weight of a finding read from a sentence that only names the speaker (no quotation).
const REPORTED_ONLY: f32 = 0.8;

/// A finding with the speaker and quote it belongs to.
struct Attributed {
    speaker: usize,
    /// The quote the finding belongs to; none for a reporter's sentence naming the speaker.
    quote: Option<usize>,
    finding: Finding,
}

/// How far (bytes) a partial or reported quote's unit reaches into its sentence on each side;
/// news sentences end well within it.
const UNIT_CONTEXT: usize = 1000;

/// The sentence context read around partial and reported quotes, and the sentences read for
/// people named in them, each in all at most this many times the document's length. News
/// stays far below (PolNeAR: at most 1.1 and 3.6); a text of thousands of names and "said"
/// in one sentence would otherwise read every clause with the same 2,000 bytes around it.
/// Past the budget a quote is read alone and further named sentences are not read.
const CONTEXT_BUDGET: usize = 2;
const NAMED_BUDGET: usize = 6;
/// All that stance reads of a document (its quotations' units with their context, the named
/// and pronoun sentences) comes to at most this many times the document's length: units read
/// the same bytes again where they overlap, and news reads each byte at most 3.4 times (PolNeAR
/// dev and train; ordinary text 0.7). "A said B said C said …" would read each byte about
/// fourteen times. Past the budget a quotation's unit is not read (its speaker gets no
/// judgement from it) and no further sentences are read, in document order.
const READ_BUDGET: usize = 4;
/// How many organisations an "it" is tested against; news names far fewer.
const ORGANISATIONS: usize = 64;

/// The stretch of `sentence` around byte `at` that none of `quotes` (sorted by start)
/// overlaps; none when `at` is inside one of them.
fn outside_quotes(
    sentence: &Range<usize>,
    at: usize,
    quotes: &[Range<usize>],
) -> Option<(usize, usize)> {
    let (mut start, mut end) = (sentence.start, sentence.end);
    let from = quotes.partition_point(|q| q.end <= sentence.start);
    for q in quotes[from..].iter().take_while(|q| q.start < sentence.end) {
        if q.start <= at && at < q.end {
            return None;
        }
        if q.end <= at {
            start = start.max(q.end);
        } else {
            end = end.min(q.start);
            break;
        }
    }
    (start < end).then_some((start, end))
}

/// Whether a name at byte `at` is a clause's subject: it opens the sentence or a clause
/// after a comma and a conjunction ("…, but the Tenants Union, which …, wants"), after
/// at most a determiner.
fn opens_clause(tokens: &[tokens::Token], sentences: &[Range<usize>], at: usize) -> bool {
    let mut k = tokens.partition_point(|t| t.start < at);
    // The whole name: "Central and East European Coalition" where the people list knows
    // "East European Coalition".
    while k > 0 && tokens[k - 1].cap
        || k > 1 && matches!(tokens[k - 1].norm(), "and" | "of" | "&") && tokens[k - 2].cap
    {
        k -= 1;
    }
    if k > 0 && phrases::classes().det.holds(&tokens[k - 1]) {
        k -= 1;
    }
    let Some(sentence) = sentences.get(sentences.partition_point(|s| s.end <= at)) else {
        return false;
    };
    let first = tokens.partition_point(|t| t.start < sentence.start);
    k == subject_at(tokens, first, sentence.end)
        || (k >= 2
            && phrases::classes().conj.contains(tokens[k - 1].norm())
            && matches!(tokens[k - 2].kind, tokens::Kind::Punct(',' | ';')))
}

/// Whether the tokens ending at `at` spell `words` (a name), letter case aside, and the name
/// ends there ("Bank of America", not "Bank of America Stadium").
fn whole_name_ends_at(tokens: &[tokens::Token], at: usize, words: &[&str]) -> bool {
    at + 1 >= words.len()
        && tokens.get(at + 1).is_none_or(|t| !(t.is_word() && t.cap))
        && words.iter().rev().enumerate().all(|(i, w)| {
            tokens.get(at - i).is_some_and(|t| {
                t.surface()
                    .eq_ignore_ascii_case(w.strip_suffix("'s").unwrap_or(w))
            })
        })
}

/// The part of the stretch `start..end` within UNIT_CONTEXT bytes of byte `at`: a sentence
/// read for a name or pronoun at `at` reaches no further than a quotation's unit does (in a
/// text without sentence stops the sentence is the whole paragraph).
fn within_reach(start: usize, end: usize, at: usize) -> (usize, usize) {
    (
        start.max(at.saturating_sub(UNIT_CONTEXT)),
        end.min(at.saturating_add(UNIT_CONTEXT)),
    )
}

/// The token where a sentence's subject starts: its first, or the first after a short
/// opening phrase set off by a comma ("Recently, however, it issued …", "On Monday, she
/// said …"). `first` is the sentence's first token.
fn subject_at(tokens: &[tokens::Token], first: usize, end: usize) -> usize {
    let mut at = first;
    // At most two phrases of at most four words each.
    for _ in 0..2 {
        let comma = tokens[at.min(tokens.len())..]
            .iter()
            .take(5)
            .position(|t| t.norm() == ",");
        match comma {
            Some(n)
                if n > 0
                    && tokens[at..at + n]
                        .iter()
                        .all(|t| t.is_word() && t.start < end) =>
            {
                at += n + 1
            }
            _ => break,
        }
    }
    at
}

/// The lower-case words that name a holder in a clause ("Rivera", "mayor").
fn holder_words(descriptions: &[String]) -> HashSet<String> {
    descriptions
        .iter()
        .filter_map(|d| d.split([',', ';', '(']).next())
        .flat_map(|d| d.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lower())
        // "of", "the", "to" in "Bank of America", "adviser to the campaign" name nobody.
        .filter(|w| {
            let c = phrases::classes();
            w.len() > 1 && w != "of" && !phrases::closed(c, w) && !c.det.contains(w.as_str())
        })
        .collect()
}

/// Whether a lower-case word names a document, recording or figure ("brief", "video", "polls").
fn is_document(word: &str) -> bool {
    static DOCUMENTS: crate::analysis::lazy::Lazy<HashSet<&'static str>> =
        crate::analysis::lazy::Lazy::new();
    DOCUMENTS
        .get_or_init(|| {
            crate::analysis::lexicon::lines(crate::analysis::lexicon::DOCUMENTS)
                .flat_map(str::split_whitespace)
                .collect()
        })
        .contains(word)
}

/// Whether a speaker can hold a stance: not a document, recording or figure ("the video",
/// "Polls", "Trump's brief"), not a place ("Tulsa" in "Tulsa police said" is where, not who).
fn can_hold(name: &str) -> bool {
    let document = name.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        crate::analysis::lower::with_lower(w, is_document)
    });
    // "agency", "the company": a speaker the text never names holds no stance a reader can
    // place.
    let named = name.chars().any(char::is_uppercase);
    named && !document && crate::analysis::lexicon::place(name.trim()).is_none() && !venue(name)
}

/// "Bank of America Stadium", "Romare Bearden Park": a name ending in the word for a venue
/// names a place, which holds no views. Words that are also surnames ("Park", "Hall") count
/// only after two other words ("Lee Park" may be a person).
pub(super) fn venue(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let g = grammar::grammar();
    crate::analysis::lower::with_lower(last, |last| {
        (words.len() >= 2 && g.venues.contains(last))
            || (words.len() >= 3 && g.venue_surnames.contains(last))
    })
}

/// Judges the stance of each speaker toward each target within one document. `text` is the
/// document's cleaned text, which the quotes' offsets point into.
pub fn judge(
    text: &str,
    quotes: &[Quote],
    people: &[Person],
    user_targets: &[UserTarget],
    domains: &[String],
) -> Vec<StanceJudgement> {
    let model = text::Model::new(text);
    judge_with(
        text,
        &model.tokens,
        &model.sentences.concat(),
        quotes,
        people,
        user_targets,
        domains,
    )
}

/// [`judge`] with the document's tokens (`text::tokens::tokenize` of the whole text) and
/// sentences (`text::sentences` of each of `text::paragraphs`, in order) made already: the
/// pipeline makes them once, in its text model, for every stage.
pub fn judge_with(
    text: &str,
    tokens: &[tokens::Token],
    sentences: &[Range<usize>],
    quotes: &[Quote],
    people: &[Person],
    user_targets: &[UserTarget],
    domains: &[String],
) -> Vec<StanceJudgement> {
    let mut cat = Catalogue::new(tokens, quotes, people, user_targets, domains);
    let sorted_sentences = sentences
        .windows(2)
        .all(|w| w[0].start <= w[1].start && w[0].end <= w[1].end);

    // Speakers, by name, with what names them and the side they are on.
    let mut speakers: Vec<String> = Vec::new();
    // Index of each name in `speakers`: a document can name thousands of speakers.
    let mut speaker_index: HashMap<String, usize> = HashMap::new();
    let mut holders: Vec<(HashSet<String>, HashSet<usize>, Option<String>)> = Vec::new();
    // What describes each holder, until the words and side it gives (`holder_words`,
    // `Catalogue::side_of`) are made, at the holder's first unit read: most of the thousands
    // of speakers of a text past the reading budget have none.
    let mut described: Vec<Option<Vec<String>>> = Vec::new();
    let mut speaker_of: Vec<Option<usize>> = Vec::new();
    let mut group_aliases: Vec<(usize, Vec<String>)> = Vec::new();
    for q in quotes {
        // A name already indexed passed `can_hold`: it is asked once per speaker, not per quote.
        // A group ("they" after two people named together) is read as one holder, whose
        // judgements go to each member below.
        let Some(s) = q.speaker.as_ref().filter(|s| {
            speaker_index.contains_key(&s.name) || (!s.name.trim().is_empty() && can_hold(&s.name))
        }) else {
            speaker_of.push(None);
            continue;
        };
        let index = match speaker_index.get(&s.name) {
            Some(&i) => i,
            None => {
                let mut descriptions = vec![s.name.clone()];
                descriptions.extend(s.aliases.iter().cloned());
                descriptions.extend(s.role.iter().cloned());
                // A group has no one person's key: sentences naming a member are the member's.
                let key = (!s.is_group())
                    .then(|| cat.person_key_of(&s.name))
                    .flatten();
                holders.push((HashSet::new(), HashSet::new(), key));
                described.push(Some(descriptions));
                speakers.push(s.name.clone());
                speaker_index.insert(s.name.clone(), speakers.len() - 1);
                if s.is_group() {
                    group_aliases.push((speakers.len() - 1, s.aliases.clone()));
                }
                speakers.len() - 1
            }
        };
        speaker_of.push(Some(index));
    }
    // The document's other people and organisations: what they do in the reporter's words
    // ("Rivera voted against the levy") is a stance too, read below from the sentences that
    // name them.
    for p in people {
        if speaker_index.contains_key(&p.name) || p.name.trim().is_empty() || !can_hold(&p.name) {
            continue;
        }
        let mut descriptions = vec![p.name.clone()];
        descriptions.extend(p.aliases.iter().cloned());
        holders.push((HashSet::new(), HashSet::new(), cat.person_key_of(&p.name)));
        described.push(Some(descriptions));
        speakers.push(p.name.clone());
        speaker_index.insert(p.name.clone(), speakers.len() - 1);
    }

    // Units: a direct quote is read alone; a partial or reported one with its sentence.
    let mut units: BTreeMap<(usize, usize, usize), Vec<usize>> = BTreeMap::new();
    let mut context_left = CONTEXT_BUDGET.saturating_mul(text.len());
    let mut read_left = READ_BUDGET.saturating_mul(text.len());
    for (qi, q) in quotes.iter().enumerate() {
        let Some(speaker) = speaker_of[qi] else {
            continue;
        };
        if q.start >= q.end || text.get(q.start..q.end).is_none() {
            continue;
        }
        let range = match q.kind {
            QuoteKind::Direct => q.start..q.end,
            QuoteKind::Partial | QuoteKind::Indirect => {
                // Sentences in order (starts and ends ascending) bound the search; otherwise
                // every sentence is tested.
                let window = if sorted_sentences {
                    let from = sentences.partition_point(|s| s.end <= q.start);
                    let to = sentences.partition_point(|s| s.start < q.end);
                    &sentences[from..to.max(from)]
                } else {
                    sentences
                };
                let around: Vec<&Range<usize>> = window
                    .iter()
                    .filter(|s| s.start < q.end && q.start < s.end)
                    .collect();
                // At most UNIT_CONTEXT bytes of sentence on either side: in a text without
                // sentence stops every reported clause would otherwise be read with the whole
                // paragraph, and the document in time quadratic in its length.
                match (around.first(), around.last()) {
                    (Some(f), Some(l)) => {
                        f.start
                            .min(q.start)
                            .max(q.start.saturating_sub(UNIT_CONTEXT))
                            ..l.end.max(q.end).min(q.end + UNIT_CONTEXT)
                    }
                    _ => q.start..q.end,
                }
            }
        };
        let context = range.len() - (q.end - q.start);
        // A unit read already (two quotations in one clause) costs nothing more.
        let fits = |r: &Range<usize>| {
            r.len() <= read_left || units.contains_key(&(speaker, r.start, r.end))
        };
        let range = if context <= context_left && fits(&range) {
            context_left -= context;
            range
        } else if fits(&(q.start..q.end)) {
            q.start..q.end
        } else {
            continue;
        };
        let unit = units.entry((speaker, range.start, range.end)).or_default();
        if unit.is_empty() {
            read_left -= range.len();
        }
        unit.push(qi);
    }

    // Sentences that name a speaker by surname are read for that speaker too, as the
    // reporter's words: a stance verb there counts only with the speaker as its subject.
    let mut named_units: HashSet<(usize, usize, usize)> = HashSet::new();
    let mut keys_seen: HashSet<&str> = HashSet::new();
    let mut named_left = NAMED_BUDGET.saturating_mul(text.len());
    // Per speaker, the starts of their quote units and the greatest end among the units up to
    // each: a window overlaps one iff the greatest end of those starting before it ends
    // after it starts. (A walk over the speaker's units per name was quadratic in a long
    // document naming one person thousands of times.)
    // Only units read with their sentence count: a direct quotation's unit is the quotation
    // alone, so the reporter's words around it ("stressed her support of the raid and said:
    // “…”") are read as a named sentence with the quotation cut out (`outside_quotes`).
    let mut quote_units: HashMap<usize, (Vec<usize>, Vec<usize>)> = HashMap::new();
    let mut direct_of: HashMap<usize, Vec<Range<usize>>> = HashMap::new();
    for (qi, q) in quotes.iter().enumerate() {
        if let (Some(si), QuoteKind::Direct) = (speaker_of[qi], q.kind) {
            direct_of.entry(si).or_default().push(q.start..q.end);
        }
    }
    for ranges in direct_of.values_mut() {
        ranges.stable_sort_by_key(|r| r.start);
    }
    for &(si, s, e) in units.keys() {
        if direct_of.get(&si).is_some_and(|d| {
            d.binary_search_by_key(&s, |r| r.start)
                .is_ok_and(|i| d[i].end == e)
        }) {
            continue;
        }
        let (starts, max_end) = quote_units.entry(si).or_default();
        let before = max_end.last().copied().unwrap_or(0);
        starts.push(s);
        max_end.push(before.max(e));
    }
    // Two people with one surname ("Bobby Scott", "Tim Scott"): a sentence that says only
    // "Scott" cannot tell them apart, so only the first (a quoted speaker before the people
    // the document merely names) reads it; one that gives the first name ("Tim Scott") goes
    // to its owner.
    let first_of: Vec<String> = speakers
        .iter()
        .map(|s| {
            crate::analysis::names::first_name(s)
                .map(crate::analysis::chars::to_lower)
                .unwrap_or_default()
        })
        .collect();
    let mut namesakes_of: HashMap<&str, Vec<usize>> = HashMap::new();
    for (si, (_, _, key)) in holders.iter().enumerate() {
        if let Some(key) = key {
            namesakes_of.entry(key.as_str()).or_default().push(si);
        }
    }
    // The stretch of a sentence read for holder `si` around byte `at`: without the holder's
    // own direct quotations, which are read as units of their own.
    let around = |si: usize, sentence: &Range<usize>, at: usize| {
        outside_quotes(sentence, at, direct_of.get(&si).map_or(&[], Vec::as_slice))
    };
    let opens_clause = |at: usize| opens_clause(tokens, sentences, at);
    for (si, (_, _, holder_key)) in holders.iter().enumerate() {
        // An organisation named with "of" ("Royal College of Nursing") has no surname key: its
        // sentences are the ones that give its whole name, found at its last word.
        let whole: Vec<&str> = match holder_key {
            Some(_) => Vec::new(),
            None if targets::organisation_of_name(&speakers[si]) => {
                speakers[si].split_whitespace().collect()
            }
            None => continue,
        };
        let org_key;
        let key = match holder_key {
            Some(k) => k,
            None => {
                let Some(last) = whole.last() else {
                    continue;
                };
                org_key = crate::analysis::names::fold(last);
                &org_key
            }
        };
        let namesakes = if whole.is_empty() {
            namesakes_of
                .get(key.as_str())
                .map_or(&[][..], Vec::as_slice)
        } else {
            &[][..]
        };
        let first_reader = match holder_key {
            Some(k) => keys_seen.insert(k.as_str()),
            None => true,
        };
        let own_first = first_of[si].as_str();
        // The greatest end of this speaker's named units so far: with sentences in order their
        // starts only grow, so an earlier one overlaps a window iff it ends after its start.
        let mut named_end = 0;
        for &at in cat.name_positions(key) {
            let Some(t) = tokens.get(at) else {
                continue;
            };
            // Only where it is a clause's subject: "… took the stage at the University of
            // Miami, Trump opened with …" says nothing of the university.
            let subject = || {
                whole_name_ends_at(tokens, at, &whole)
                    && tokens
                        .get((at + 1).saturating_sub(whole.len()))
                        .is_some_and(|first| opens_clause(first.start))
            };
            if !whole.is_empty() && !subject() {
                continue;
            }
            if namesakes.len() > 1 {
                let before = at
                    .checked_sub(1)
                    .and_then(|b| tokens.get(b))
                    .map_or("", |b| b.norm());
                let given = namesakes
                    .iter()
                    .any(|&o| !first_of[o].is_empty() && first_of[o] == before);
                // "Mr. Obama" beside "Michelle Obama": a title's gender tells them apart when
                // the first names of all but one of them give the other gender.
                let titled = at
                    .checked_sub(if before == "." { 2 } else { 1 })
                    .and_then(|b| tokens.get(b))
                    .and_then(|b| crate::analysis::names::gender_of_word(b.norm()));
                let fitting = |o: usize| {
                    titled.is_some()
                        && crate::analysis::names::first_name_gender(&speakers[o])
                            .is_none_or(|g| Some(g) == titled)
                };
                let mine = if given {
                    !own_first.is_empty() && own_first == before
                } else if namesakes.iter().filter(|&&o| fitting(o)).count() == 1 {
                    fitting(si)
                } else {
                    first_reader
                };
                if !mine {
                    continue;
                }
            } else if !first_reader {
                continue;
            }
            let si_sentence = sentences.partition_point(|s| s.end <= t.start);
            let Some(sentence) = sentences.get(si_sentence).filter(|s| s.start <= t.start) else {
                continue;
            };
            let Some((start, end)) = around(si, sentence, t.start) else {
                continue;
            };
            // At most UNIT_CONTEXT bytes either side of the name, as for a quotation's unit.
            let (start, end) = within_reach(start, end, t.start);
            let k = (si, start, end);
            // A sentence that holds the speaker's own quotation was read with it.
            let read = if sorted_sentences {
                let quoted = quote_units.get(&si).is_some_and(|(starts, max_end)| {
                    let n = starts.partition_point(|&s| s < end);
                    n > 0 && max_end[n - 1] > start
                });
                quoted || named_end > start
            } else {
                units
                    .range((si, 0, 0)..(si + 1, 0, 0))
                    .any(|(&(_, s, e), _)| s < end && start < e)
            };
            if !read
                && !named_units.contains(&k)
                && end - start <= named_left
                && end - start <= read_left
            {
                named_left -= end - start;
                read_left -= end - start;
                named_end = named_end.max(sentence.end);
                units.insert(k, Vec::new());
                named_units.insert(k);
            }
        }
    }

    // A sentence that opens with "He" or "She" goes on about the person the sentence before
    // it names first (outside quotations), when the text gives that person the pronoun's
    // gender: "Scott arrived in 1993. He promptly voted against the crime bill." It is read
    // like a named sentence, with the pronoun standing for that person.
    let mut pronoun_units: HashSet<(usize, usize, usize)> = HashSet::new();
    let mut it_units: HashMap<(usize, usize, usize), usize> = HashMap::new();
    // Which holders are organisations; at most ORGANISATIONS of them are looked for in the
    // sentence before an "it".
    let mut organisation = vec![false; speakers.len()];
    let mut organisations: Vec<(usize, &str)> = Vec::new();
    for p in people.iter().filter(|p| p.is_organisation) {
        let Some(&si) = speaker_index.get(&p.name) else {
            continue;
        };
        organisation[si] = true;
        if p.name.len() > 2 && organisations.len() < ORGANISATIONS {
            organisations.push((si, p.name.as_str()));
        }
    }
    let mut holder_of_key: HashMap<&str, usize> = HashMap::new();
    for (si, (_, _, key)) in holders.iter().enumerate() {
        if let Some(k) = key {
            holder_of_key.entry(k.as_str()).or_insert(si);
        }
    }
    let mut spoken: Vec<Range<usize>> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect && q.start < q.end)
        .map(|q| q.start..q.end)
        .collect();
    spoken.stable_sort_by_key(|r| r.start);
    let mut merged_spoken: Vec<Range<usize>> = Vec::new();
    for r in spoken {
        match merged_spoken.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged_spoken.push(r),
        }
    }
    let in_quotation = |at: usize| {
        let n = merged_spoken.partition_point(|r| r.start <= at);
        n > 0 && merged_spoken[n - 1].end > at
    };
    let named_at = cat.person_positions();
    if sorted_sentences {
        for w in sentences.windows(2) {
            let (before, sentence) = (&w[0], &w[1]);
            let first = tokens.partition_point(|t| t.start < sentence.start);
            // "He"/"She" open the sentence; "it" may follow a short opening phrase.
            let at = Some(subject_at(tokens, first, sentence.end))
                .filter(|&at| tokens.get(at).is_some_and(|t| t.norm() == "it"))
                .unwrap_or(first);
            let Some(opening) = tokens
                .get(at)
                .filter(|t| (t.cap || at > first) && t.start < sentence.end)
            else {
                continue;
            };
            // "It" stands for an organisation the sentence before names first; not the "it"
            // of "it is time to …".
            let it = opening.norm() == "it"
                && tokens
                    .get(at + 1)
                    .is_some_and(|t| t.is_word() && !phrases::classes().copula.holds(t));
            let gender = crate::analysis::names::pronoun_gender(opening.norm())
                .filter(|_| matches!(opening.norm(), "he" | "she"));
            if (gender.is_none() && !it) || in_quotation(opening.start) {
                continue;
            }
            let from = tokens.partition_point(|t| t.start < before.start);
            let lo = named_at.partition_point(|(p, _)| *p < from);
            let hi = named_at.partition_point(|(p, _)| *p < first);
            // The first person of that gender; or, when the sentence names one person only,
            // that person unless the text gives them the other gender.
            let named: Vec<&str> = named_at[lo..hi.max(lo)]
                .iter()
                .filter(|(p, _)| !in_quotation(tokens[*p].start))
                .map(|(_, k)| *k)
                .collect();
            let si = match gender {
                Some(gender) => {
                    let only = named.first().filter(|k| {
                        named.iter().all(|o| o == *k) && cat.fits_gender(k, Some(gender))
                    });
                    named
                        .iter()
                        .find(|k| cat.is_gender(k, gender))
                        .or(only)
                        .and_then(|k| holder_of_key.get(k).copied())
                }
                None => {
                    // The organisation named first in the sentence before, when no person
                    // is named ahead of it.
                    let person_at = named_at[lo..hi.max(lo)]
                        .iter()
                        .map(|(p, _)| tokens[*p].start)
                        .find(|&p| !in_quotation(p))
                        .unwrap_or(usize::MAX);
                    organisations
                        .iter()
                        .filter_map(|&(si, name)| {
                            let at = before.start
                                + text
                                    .get(before.clone())
                                    .and_then(|t| crate::analysis::substr::find(t, name))?;
                            (at < person_at && !in_quotation(at) && opens_clause(at))
                                .then_some((at, si))
                        })
                        .min()
                        .map(|(_, si)| si)
                }
            };
            let Some(si) = si else {
                continue;
            };
            let Some((start, end)) = around(si, sentence, opening.start) else {
                continue;
            };
            let (start, end) = within_reach(start, end, opening.start);
            let k = (si, start, end);
            let read = quote_units.get(&si).is_some_and(|(starts, max_end)| {
                let n = starts.partition_point(|&s| s < end);
                n > 0 && max_end[n - 1] > start
            });
            if !read
                && !units.contains_key(&k)
                && end - start <= named_left
                && end - start <= read_left
            {
                named_left -= end - start;
                read_left -= end - start;
                units.insert(k, Vec::new());
                pronoun_units.insert(k);
                if it {
                    it_units.insert(k, at);
                }
            }
        }
    }

    // Attributed quotes by start, to find those overlapping a unit without testing every
    // quote: one overlapping `start..end` starts before `end` and after `start - longest`.
    let mut by_start: Vec<usize> = (0..quotes.len())
        .filter(|&qi| speaker_of[qi].is_some())
        .collect();
    by_start.stable_sort_by_key(|&qi| quotes[qi].start);
    let longest = by_start
        .iter()
        .map(|&qi| quotes[qi].end.saturating_sub(quotes[qi].start))
        .max()
        .unwrap_or(0);
    // Each quote's extent and kind, and the starts in `by_start`'s order, read per unit
    // without touching the quotes themselves (a unit of names followed by "said" overlaps
    // sixty of them).
    let spans: Vec<(usize, usize, QuoteKind)> =
        quotes.iter().map(|q| (q.start, q.end, q.kind)).collect();
    let starts: Vec<usize> = by_start.iter().map(|&qi| spans[qi].0).collect();

    let mut found: Vec<Attributed> = Vec::new();
    // `names::fold` of each speaker, and of each target as it is met: a unit gives many findings.
    let speaker_keys: Vec<String> = speakers.iter().map(|s| names::fold(s)).collect();
    let mut target_keys: Vec<Option<String>> = Vec::new();
    for ((speaker, start, end), members) in &units {
        let range = *start..*end;
        let first = tokens.partition_point(|t| t.start < range.start);
        let last = tokens.partition_point(|t| t.start < range.end);
        let in_unit = |qi: usize| spans[qi].0 < range.end && range.start < spans[qi].1;
        let from = starts.partition_point(|&s| s + longest < range.start);
        let to = starts.partition_point(|&s| s < range.end);
        let mut near: Vec<usize> = by_start[from..to.max(from)]
            .iter()
            .copied()
            .filter(|&qi| in_unit(qi))
            .collect();
        near.stable_sort();
        let extent = |qi: usize| spans[qi].0..spans[qi].1;
        let own: Vec<Range<usize>> = near
            .iter()
            .filter(|&&qi| speaker_of[qi] == Some(*speaker))
            .map(|&qi| extent(qi))
            .collect();
        let foreign: Vec<Range<usize>> = near
            .iter()
            .filter(|&&qi| speaker_of[qi] != Some(*speaker))
            .map(|&qi| extent(qi))
            .filter(|q| !own.iter().any(|o| o.start <= q.start && q.end <= o.end))
            .collect();
        let foreign_direct: Vec<Range<usize>> = near
            .iter()
            .filter(|&&qi| speaker_of[qi] != Some(*speaker) && spans[qi].2 == QuoteKind::Direct)
            .map(|&qi| extent(qi))
            .collect();
        let quoted: Vec<Range<usize>> = near
            .iter()
            .filter(|&&qi| speaker_of[qi] == Some(*speaker) && spans[qi].2 != QuoteKind::Indirect)
            .map(|&qi| extent(qi))
            .collect();
        let unit = Unit {
            tokens,
            range: first..last,
            own,
            quoted,
            foreign,
            foreign_direct,
        };
        if let Some(descriptions) = described[*speaker].take() {
            holders[*speaker].0 = holder_words(&descriptions);
            holders[*speaker].1 = cat.side_of(tokens, &descriptions);
        }
        let (words, side, person_key) = &holders[*speaker];
        let holder = Holder {
            words,
            side,
            person_key: person_key.clone(),
            pronouns: !named_units.contains(&(*speaker, *start, *end)),
            organisation: organisation[*speaker],
            it_at: it_units.get(&(*speaker, *start, *end)).copied(),
        };
        let named_only = named_units.contains(&(*speaker, *start, *end))
            || pronoun_units.contains(&(*speaker, *start, *end));
        for mut finding in polarity::read(&unit, &mut cat, &holder) {
            // The reporter's account of what somebody did is weaker evidence of where they
            // stand than their own words.
            if named_only {
                finding.weight *= REPORTED_ONLY;
            }
            let target = &cat.targets[finding.target];
            let own_self = target.person_key.is_some() && target.person_key == holder.person_key;
            let own_side = target.entity.is_some_and(|e| side.contains(&e));
            if target_keys.len() <= finding.target {
                target_keys.resize(finding.target + 1, None);
            }
            let mut same_name = || {
                let key =
                    target_keys[finding.target].get_or_insert_with(|| names::fold(&target.name));
                *key == speaker_keys[*speaker]
            };
            if own_self || own_side || same_name() {
                continue;
            }
            let quote = members
                .iter()
                .copied()
                .find(|&qi| quotes[qi].start <= finding.at && finding.at < quotes[qi].end)
                .or_else(|| {
                    members.iter().copied().min_by_key(|&qi| {
                        let q = &quotes[qi];
                        q.start.abs_diff(finding.at).min(q.end.abs_diff(finding.at))
                    })
                })
                .or(members.first().copied());
            found.push(Attributed {
                speaker: *speaker,
                quote,
                finding,
            });
        }
    }

    // One judgement per speaker and target; a clause read twice (a partial quote inside a
    // reported one) counts once.
    let mut seen = HashSet::new();
    // Each pair's place in `order` and `groups`, found by one probe of a small table per
    // finding (a document of names followed by "said" gives 358,000 pairs).
    let mut group_of: HashMap<(usize, usize), usize> = HashMap::new();
    let mut order: Vec<(usize, usize)> = Vec::new();
    let mut groups: Vec<Vec<&Attributed>> = Vec::new();
    for a in &found {
        let key = (
            a.speaker,
            a.finding.target,
            a.finding.at,
            a.finding.clause.start,
        );
        if !seen.insert(key) {
            continue;
        }
        let k = (a.speaker, a.finding.target);
        let g = *group_of.entry(k).or_insert_with(|| {
            order.push(k);
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(a);
    }
    let out: Vec<StanceJudgement> = order
        .iter()
        .zip(&groups)
        .map(|(k, group)| {
            let target = &cat.targets[k.1];
            let items: Vec<(&str, &Finding)> = group
                .iter()
                .map(|a| (a.quote.map_or("", |qi| quotes[qi].id.as_str()), &a.finding))
                .collect();
            aggregate::judgement(text, &speakers[k.0], &target.name, target.kind, &items)
        })
        .collect();
    let (order, out) = to_members(order, out, &group_aliases, &speaker_index, &speakers);
    // By speaker name, then confidence. `speakers` are distinct, so their order by name is found
    // once and the judgements sorted by rank (comparing names per pair and moving whole
    // judgements were a twentieth of a document naming thousands of speakers).
    let mut by_name: Vec<usize> = (0..speakers.len()).collect();
    by_name.stable_sort_by(|&a, &b| speakers[a].cmp(&speakers[b]));
    let mut rank = vec![0; speakers.len()];
    for (r, &si) in by_name.iter().enumerate() {
        rank[si] = r;
    }
    let sorted = by_rank_then_confidence(&order, &out, &rank);
    let mut slots: Vec<Option<StanceJudgement>> = out.into_iter().map(Some).collect();
    sorted.iter().filter_map(|&i| slots[i].take()).collect()
}

/// The order of `out` (judgements, with their speakers in `order`) by the rank of their
/// speaker, then by confidence, highest first, ties in their order: the same as one stable
/// sort by both, done as a stable counting sort by rank and a sort by confidence within each
/// speaker's few judgements (one comparison sort of tens of thousands of judgements was a
/// twentieth of stance for a text of names followed by "said").
fn by_rank_then_confidence(
    order: &[(usize, usize)],
    out: &[StanceJudgement],
    rank: &[usize],
) -> Vec<usize> {
    let mut starts = vec![0usize; rank.len() + 1];
    for &(si, _) in order {
        starts[rank[si] + 1] += 1;
    }
    for r in 1..starts.len() {
        starts[r] += starts[r - 1];
    }
    let mut next = starts.clone();
    let mut sorted = vec![0usize; order.len()];
    for (i, &(si, _)) in order.iter().enumerate() {
        sorted[next[rank[si]]] = i;
        next[rank[si]] += 1;
    }
    for w in starts.windows(2) {
        sorted[w[0]..w[1]].stable_sort_by(|&a, &b| out[b].confidence.total_cmp(&out[a].confidence));
    }
    sorted
}

/// A group's judgements ("Ruiz and Bell … They said the levy must go") go to each member the
/// document knows as a speaker, unless the member has a judgement of their own on the target;
/// a group none of whose members is known holds none.
fn to_members(
    order: Vec<(usize, usize)>,
    out: Vec<StanceJudgement>,
    group_aliases: &[(usize, Vec<String>)],
    speaker_index: &HashMap<String, usize>,
    speakers: &[String],
) -> (Vec<(usize, usize)>, Vec<StanceJudgement>) {
    if group_aliases.is_empty() {
        return (order, out);
    }
    let members: HashMap<usize, Vec<usize>> = group_aliases
        .iter()
        .map(|(g, aliases)| {
            let known = aliases
                .iter()
                .filter_map(|a| speaker_index.get(a).copied())
                .filter(|m| m != g)
                .collect();
            (*g, known)
        })
        .collect();
    let own: HashSet<(usize, usize)> = order
        .iter()
        .copied()
        .filter(|k| !members.contains_key(&k.0))
        .collect();
    let mut placed: HashSet<(usize, usize)> = HashSet::new();
    let mut new_order = Vec::with_capacity(order.len());
    let mut new_out = Vec::with_capacity(out.len());
    for (k, j) in order.into_iter().zip(out) {
        let Some(ms) = members.get(&k.0) else {
            new_order.push(k);
            new_out.push(j);
            continue;
        };
        for &m in ms {
            if own.contains(&(m, k.1)) || !placed.insert((m, k.1)) {
                continue;
            }
            new_order.push((m, k.1));
            new_out.push(StanceJudgement {
                speaker: speakers[m].clone(),
                ..j.clone()
            });
        }
    }
    (new_order, new_out)
}

#[cfg(test)]
mod tests;
