//! Polarity: for each target mentioned in a stretch of text, whether the words around it favour
//! or oppose it, and which words decided.
//!
//! The text is cut into clauses (sentence stops, "but", "that" after a reporting verb, a comma
//! before a new subject or a participle). Within a clause a target takes its polarity from the
//! nearest stance cue: a verb or preposition before it ("welcomed the talks", "grateful to the
//! United States") or an evaluation before or after it ("the language of ultimatums is
//! unacceptable"). Verbs that turn their complement around compose with it ("no one prevents
//! them from launching a peace process" favours the peace process), negation flips the next
//! cue, contrast gives the opposite ("peace, not a ceasefire") unless it only sets one party or
//! place against another ("a deal with X, not with Y"), an evaluation of the clause's subject
//! skips a target in a prepositional adjunct of it, and hedges, conditionals and questions
//! weaken. A cue in the reporter's words counts only when the speaker is its subject.
//! With no cue in the clause, a general sentiment lexicon decides, weakly.

use crate::analysis::fasthash::HashSet;
use crate::analysis::sorting::StableSort;
use std::ops::Range;

use super::grammar::grammar;
use super::phrases;
use super::targets::{Catalogue, Mention};
use super::tokens::{tok, Kind, Token};
use super::words::{lists, Cue, CueKind};
use crate::analysis::report::TargetKind;

/// A stretch of the document read for one speaker.
pub struct Unit<'a> {
    /// The document's tokens; the unit is `range` of them.
    pub tokens: &'a [Token],
    pub range: Range<usize>,
    /// Byte ranges of the speaker's own words (the quotation or reported clause).
    pub own: Vec<Range<usize>>,
    /// The part of `own` in quotation marks: there "he" and "she" are somebody else, while in
    /// a reported clause ("Ruiz said she opposed …") they are the speaker.
    pub quoted: Vec<Range<usize>>,
    /// Byte ranges of quotations by other speakers in the unit.
    pub foreign: Vec<Range<usize>>,
    /// Those of `foreign` that are direct quotations.
    pub foreign_direct: Vec<Range<usize>>,
}

/// Who speaks: the words that name them and the entities they belong to.
pub struct Holder<'a> {
    pub words: &'a HashSet<String>,
    pub side: &'a HashSet<usize>,
    pub person_key: Option<String>,
    /// Whether "he"/"she" in the reporter's words stand for the holder: true where the
    /// attribution chose the holder as the speaker of the passage, false in a sentence read
    /// only because it names them.
    pub pronouns: bool,
    /// Whether the holder is an organisation, for which "it" stands as "he"/"she" stand for
    /// a person.
    pub organisation: bool,
    /// In a sentence read because its subject is "it" and the sentence before names the
    /// holder, an organisation, first: the token of that "it", which stands for the holder.
    pub it_at: Option<usize>,
}

impl Holder<'_> {
    /// Whether the "it" at token `k` (lower case `word`) stands for the holder: the "it" a
    /// sentence was read for, or any "it" in an organisation's own passage.
    fn is_it(&self, k: usize, word: &str) -> bool {
        self.it_at == Some(k) || (word == "it" && self.organisation && self.pronouns)
    }
}

/// One target's polarity in one clause.
#[derive(Debug, Clone)]
pub struct Finding {
    pub target: usize,
    /// +1 favour, -1 oppose, 0 a mention without polarity.
    pub sign: f32,
    pub weight: f32,
    /// Byte ranges of the deciding words.
    pub cues: Vec<Range<usize>>,
    /// Byte range of the clause.
    pub clause: Range<usize>,
    /// Byte offset of the mention.
    pub at: usize,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    i: usize,
    n: usize,
    cue: Cue,
}

impl Hit {
    fn end(&self) -> usize {
        self.i + self.n
    }
    fn polar(&self) -> bool {
        matches!(self.cue.kind, CueKind::Obj | CueKind::Pred | CueKind::Shift)
    }
}

fn is_self(cat: &Catalogue, holder: &Holder, target: usize) -> bool {
    let t = &cat.targets[target];
    (t.person_key.is_some() && t.person_key == holder.person_key)
        || t.entity.is_some_and(|e| holder.side.contains(&e))
}

/// Index of mention `m` in `list`.
fn mi_others(list: &[&Mention], m: &Mention) -> usize {
    list.iter()
        .position(|o| o.start == m.start && o.end == m.end)
        .unwrap_or(0)
}

/// `ranges` sorted and disjoint (see [`merged`]): a bisection, since a unit may hold
/// thousands of quotations and every token of it is asked about.
fn inside(ranges: &[Range<usize>], pos: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= pos);
    ranges.get(i).is_some_and(|r| r.start <= pos)
}

/// The same positions as `ranges`, as sorted, disjoint ranges.
fn merged(ranges: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sorted = ranges.to_vec();
    sorted.stable_sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
    for r in sorted {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

fn decay(distance: usize) -> f32 {
    if distance <= 2 {
        1.0
    } else {
        (1.0 - 0.07 * (distance - 2) as f32).max(0.3)
    }
}

/// Reads one unit: the findings for every target mentioned in it.
pub fn read(unit: &Unit, cat: &mut Catalogue, holder: &Holder) -> Vec<Finding> {
    let Some(toks) = unit.tokens.get(unit.range.clone()) else {
        return Vec::new();
    };
    if toks.is_empty() {
        return Vec::new();
    }
    let unit = &Unit {
        tokens: unit.tokens,
        range: unit.range.clone(),
        own: merged(&unit.own),
        quoted: merged(&unit.quoted),
        foreign: merged(&unit.foreign),
        foreign_direct: merged(&unit.foreign_direct),
    };
    let mut mentions: Vec<Mention> = cat.mentions(toks, 0..toks.len());
    let mut hits = find_hits(toks, &mentions, cat);
    // Another speaker's direct quotation inside the holder's reported words ("Republicans
    // said the same, including Romney -- ''It is disqualifying …''") is not the holder's.
    if !unit.foreign_direct.is_empty() {
        hits.retain(|h| !inside(&unit.foreign_direct, tok(toks, h.i).start));
    }
    let actions = add_phrases(
        toks,
        &hits,
        &mut mentions,
        cat,
        unit.tokens,
        unit.range.start,
    );
    resolve_it(unit, &hits, &mut mentions, cat);
    let about = cat.said_of(unit.tokens, unit.range.end, holder.person_key.as_deref());
    let quoted: Vec<bool> = toks.iter().map(|t| inside(&unit.quoted, t.start)).collect();
    resolve_pronouns(
        toks,
        unit.range.start,
        about,
        &quoted,
        &hits,
        &mut mentions,
        cat,
        holder,
    );
    // Mentions never overlap ("his" resolved inside "releasing his tax returns"): the earlier
    // and longer one stays.
    mentions.stable_sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut last_end = 0;
    mentions.retain(|m| {
        let keep = m.start >= last_end;
        if keep {
            last_end = m.end;
        }
        keep
    });
    let mentions = mentions;
    let mut out = Vec::new();
    for clause in clauses(toks, &hits) {
        read_clause(
            toks, unit, &clause, &hits, &mentions, &actions, cat, holder, &mut out,
        );
    }
    specificational(toks, unit, &hits, &mentions, cat, &mut out);
    out
}

/// The bytes of each cue's words.
fn cue_bytes(toks: &[Token], hs: &[Hit]) -> Vec<Range<usize>> {
    hs.iter()
        .map(|h| tok(toks, h.i).start..tok(toks, h.end() - 1).end)
        .collect()
}

/// "The person who cannot tell the truth … is Hillary Clinton", "the one who lied to the
/// council was Hale": in the speaker's own words, an evaluation inside a relative clause on
/// a bare head that opens the sentence judges the person the copula then names.
fn specificational(
    toks: &[Token],
    unit: &Unit,
    hits: &[Hit],
    mentions: &[Mention],
    cat: &Catalogue,
    out: &mut Vec<Finding>,
) {
    let c = phrases::classes();
    for h in hits.iter().filter(|h| h.cue.kind == CueKind::Pred) {
        if !inside(&unit.own, tok(toks, h.i).start) {
            continue;
        }
        let start = sentence_start(toks, h.i);
        // The sentence opens (after quotation marks) with "the" and a bare head before "who".
        let mut k = start;
        while toks.get(k).is_some_and(|t| t.kind == Kind::Quote) {
            k += 1;
        }
        let opens = toks.get(k).is_some_and(|t| t.norm() == "the")
            && toks
                .get(k + 1)
                .is_some_and(|t| grammar().relative_heads.holds(t));
        let who = (k + 2..h.i.min(k + 8)).find(|&j| tok(toks, j).norm() == "who");
        let (true, Some(who)) = (opens, who) else {
            continue;
        };
        // Nothing but a short prepositional phrase between the head and "who".
        if toks[k + 2..who]
            .iter()
            .any(|t| !t.is_word() || c.aux.contains(t.norm()))
        {
            continue;
        }
        // The copula after the relative clause, and the person it names right after.
        let end = (h.end()..toks.len().min(h.end() + 30))
            .find(|&j| matches!(tok(toks, j).kind, Kind::Punct('.' | '?' | '!')))
            .unwrap_or(toks.len().min(h.end() + 30));
        let Some(m) = (h.end() + 1..end).find_map(|j| {
            (matches!(tok(toks, j - 1).norm(), "is" | "was"))
                .then(|| mentions.iter().find(|m| m.start == j))
                .flatten()
        }) else {
            continue;
        };
        if !cat.targets[m.target].kind.is_actor() {
            continue;
        }
        // It replaces the bare mention the clause reading found there.
        let at = tok(toks, m.start).start;
        out.retain(|f| !(f.target == m.target && f.at == at && f.sign == 0.0));
        out.push(Finding {
            target: m.target,
            sign: h.cue.sign,
            weight: 0.7 * h.cue.weight,
            cues: cue_bytes(toks, std::slice::from_ref(h)),
            clause: tok(toks, start).start..tok(toks, m.end - 1).end,
            at,
        });
    }
}

/// Where the subject of an evaluation ends: `pred` is an evaluation after a copula ("is a
/// disgrace", "would be great", "remains deeply flawed"); the subject ends before the copula
/// and the auxiliaries before it.
fn subject_end(toks: &[Token], pred: usize, effect: bool) -> Option<usize> {
    let c = phrases::classes();
    // "The levy makes no sense", "the plan does not go far enough", "the levy will hurt
    // families" (`effect`: read from a verb of effect): the evaluation carries its own verb,
    // and the subject ends right before it (and before any auxiliary).
    if effect
        || toks
            .get(pred)
            .is_some_and(|t| grammar().verbal_preds.holds(t))
    {
        let mut k = pred;
        // The quotation may open at a verb of effect: Lee "will hurt families" (not at a
        // noun: "his supposed “lies”").
        while k > 0
            && (c.aux.contains(tok(toks, k - 1).norm())
                || c.adv.contains(tok(toks, k - 1).norm())
                || (effect && tok(toks, k - 1).kind == Kind::Quote))
        {
            k -= 1;
        }
        return (k > 0 && tok(toks, k - 1).is_word()).then_some(k);
    }
    let mut k = pred;
    let mut steps = 0;
    while k > 0 && steps < 6 {
        let p = tok(toks, k - 1);
        let skip = c.adv.contains(p.norm())
            || c.det.holds(p)
            || p.kind == Kind::Quote
            // A coordinated predicate: "is trigger-happy and very unstable", "was painful but
            // necessary".
            || (matches!(p.norm(), "and" | "," | "but")
                && k >= 2
                && tok(toks, k - 2).is_word()
                && !closed_token(tok(toks, k - 2)));
        // "should be seen as intolerable", "was deemed unworkable": a passive verb of judging
        // links like the copula before it.
        let regard_as = p.norm() == "as" && k >= 2 && c.regard.contains(tok(toks, k - 2).norm());
        if regard_as || c.regard.contains(p.norm()) && k >= 2 && c.copula.holds(tok(toks, k - 2)) {
            k -= if regard_as { 2 } else { 1 };
            steps += 1;
            continue;
        }
        // "a total disaster", "a cheap political stunt": plain modifiers between the article
        // and a noun of blame (praise nouns after a modifier are mostly no verdict: "a
        // start-up kind of guy", "a close friend").
        let blame = || {
            toks.get(pred)
                .and_then(|t| lists().sentiment.get(t.norm()))
                .is_some_and(|&v| v <= -1.0)
        };
        if !skip && steps == 0 && !p.cap && p.is_word() && !closed_token(p) && blame() {
            let mut j = k - 1;
            while j > 0
                && k - j < 2
                && tok(toks, j - 1).is_word()
                && !tok(toks, j - 1).cap
                && !closed_token(tok(toks, j - 1))
                && !c.det.holds(tok(toks, j - 1))
            {
                j -= 1;
            }
            if j > 0 && phrases::is_article(tok(toks, j - 1)) {
                k = j;
                steps += 1;
                continue;
            }
        }
        if !skip {
            break;
        }
        k -= if matches!(p.norm(), "and" | "," | "but") {
            2
        } else {
            1
        };
        steps += 1;
    }
    // "has proven himself (to be) unstable", "showed herself a leader": a verb of showing
    // with a reflexive links the subject to the evaluation.
    let reflexive = |j: usize| {
        matches!(
            tok(toks, j).norm(),
            "himself" | "herself" | "themselves" | "itself" | "myself" | "ourselves"
        )
    };
    let mut r = k;
    if r >= 2 && tok(toks, r - 1).norm() == "be" && tok(toks, r - 2).norm() == "to" {
        r -= 2;
    }
    if r >= 2
        && reflexive(r - 1)
        && matches!(
            tok(toks, r - 2).norm(),
            "proven" | "proved" | "proves" | "prove" | "shown" | "showed" | "shows"
        )
    {
        let mut k = r - 2;
        while k > 0
            && (c.aux.contains(tok(toks, k - 1).norm()) || c.adv.contains(tok(toks, k - 1).norm()))
        {
            k -= 1;
        }
        return (k > 0 && tok(toks, k - 1).is_word()).then_some(k);
    }
    // "she's", "it's": the tokenizer keeps the pronoun and folds the "'s" (is) into it.
    // "There's no chance …", "there is a need": an existential states, it judges nothing.
    if k > 0 && tok(toks, k - 1).poss && c.pron.contains(tok(toks, k - 1).norm()) {
        return (tok(toks, k - 1).norm() != "there").then_some(k);
    }
    if k == 0 || !c.copula.holds(tok(toks, k - 1)) {
        return None;
    }
    k -= 1;
    // "the ferry “is a waste”": the quotation may open at the copula.
    while k > 0
        && (c.aux.contains(tok(toks, k - 1).norm())
            || c.adv.contains(tok(toks, k - 1).norm())
            || tok(toks, k - 1).kind == Kind::Quote)
    {
        k -= 1;
    }
    if k > 0 && tok(toks, k - 1).norm() == "there" {
        return None;
    }
    // "He played every minute, was at the top of his game": a second predicate after a comma
    // shares the subject the sentence opens with, when that is a pronoun and a verb follows it.
    if k > 1 && tok(toks, k - 1).is_punct(',') {
        let mut s = sentence_start(toks, k - 1);
        while s + 1 < k && tok(toks, s).kind == Kind::Quote {
            s += 1;
        }
        let opens = toks.get(s).is_some_and(|t| {
            matches!(t.norm(), "he" | "she" | "they" | "it")
                && toks.get(s + 1).is_some_and(|v| {
                    v.is_word() && !v.cap && (c.aux.contains(v.norm()) || v.norm().ends_with("ed"))
                })
        });
        let plain = toks[s..k - 1]
            .iter()
            .all(|t| t.is_word() || t.kind == Kind::Quote);
        return (opens && plain).then_some(s + 1);
    }
    Some(k)
}

/// The first token at or after `k` that is no determiner.
fn past_determiners(toks: &[Token], mut k: usize) -> usize {
    while toks.get(k).is_some_and(|t| grammar().determiners.holds(t)) {
        k += 1;
    }
    k
}

/// "backed his owner", "very smart for the president to say": a bare role at token `r` that
/// the text gives to one person names that person. Adds its mention, unless a mention holds
/// the token already; whether it did.
fn role_mention(
    toks: &[Token],
    r: usize,
    mentions: &[Mention],
    added: &mut Vec<Mention>,
    cat: &mut Catalogue,
) -> bool {
    let taken = |m: &Mention| m.start <= r && r < m.end;
    if mentions.iter().any(taken) || added.iter().any(taken) {
        return false;
    }
    let Some(target) = cat.role_target(tok(toks, r).norm()) else {
        return false;
    };
    added.push(Mention {
        start: r,
        end: r + 1,
        target,
    });
    true
}

/// "Harbourside Arena": a name, capitals at both ends, that ends in a venue's word (not "the
/// new stadium").
fn named_venue(name: &str) -> bool {
    let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    capital(name.split_whitespace().next())
        && capital(name.split_whitespace().last())
        && super::venue(name)
}

/// A word that owns what follows ("Lee's plan"): "he's", "it's" are a pronoun and "is".
fn possessor(t: &Token) -> bool {
    t.poss && !phrases::classes().pron.contains(t.norm())
}

/// An aux, pronoun, preposition or linking word (one set holds the four classes).
fn closed_word(w: &str) -> bool {
    phrases::classes().aux_pron_prep_link.contains(w)
}

/// [`closed_word`] of a token's word.
fn closed_token(t: &Token) -> bool {
    phrases::classes().aux_pron_prep_link.holds(t)
}

/// Targets the catalogue does not know, found by their place: the object of a stance verb
/// ("backed the transit levy"), the subject of an evaluation ("the levy is a disgrace").
fn add_phrases(
    toks: &[Token],
    hits: &[Hit],
    mentions: &mut Vec<Mention>,
    cat: &mut Catalogue,
    all: &[Token],
    offset: usize,
) -> Vec<Action> {
    let stop = |k: usize| {
        hits.iter()
            .any(|h| h.i <= k && k < h.end() && h.cue.kind != CueKind::Pred)
    };
    let mut added: Vec<Mention> = Vec::new();
    let mut actions: Vec<Action> = Vec::new();
    // Actions asked for by a construction rather than a word: the infinitive after an
    // extraposed evaluation ("it was a mistake to use private email") and the clause after
    // "the sooner" ("the sooner the city acts, the better"). Each is (where the action's verb
    // phrase is looked for, the cue asking, the sign of the asking).
    let mut constructions: Vec<(Hit, Hit, f32)> = Vec::new();
    for (subject_end, better) in sooner_the_better(toks) {
        let hit = Hit {
            i: better,
            n: 1,
            cue: asked_in_own_words(0.8),
        };
        let opening = Hit {
            i: subject_end - 1,
            ..hit
        };
        constructions.push((opening, hit, 1.0));
    }
    for (subject_end, why, sign) in rhetorical_why(toks) {
        let hit = Hit {
            i: why,
            n: 1,
            cue: asked_in_own_words(0.7),
        };
        let opening = Hit {
            i: subject_end - 1,
            ..hit
        };
        constructions.push((opening, hit, sign));
    }
    for h in hits.iter().filter(|h| h.cue.kind == CueKind::Pred) {
        if let Some(to) = extraposed(toks, h) {
            let opening = Hit {
                i: to,
                n: 1,
                cue: Cue {
                    kind: CueKind::Deontic,
                    ..h.cue
                },
            };
            constructions.push((opening, *h, h.cue.sign));
        }
    }
    for (opening, hit, factor) in constructions {
        // "why don't you vote for the levy?": a stance verb right after a rhetorical "why"
        // question's subject is what it asks for (add_action reads its object).
        let why = tok(toks, hit.i).norm() == "why";
        let stance_verb = |k: usize| {
            hits.iter()
                .any(|x| x.i == k && matches!(x.cue.kind, CueKind::Obj | CueKind::Shift))
        };
        let stop_after = |k: usize| !(why && k == opening.end() && stance_verb(k)) && stop(k);
        if let Some((range, sign)) = action_after(toks, &opening, &stop_after) {
            let asked = Asked {
                hit,
                sign: sign * factor,
            };
            add_action(
                toks,
                range,
                asked,
                hits,
                mentions,
                cat,
                &mut added,
                &mut actions,
            );
        }
    }
    // Verbs of fate already read with the deontic or mandative that asks for them.
    let mut fated: Vec<usize> = Vec::new();
    for h in hits {
        if fated.contains(&h.i) {
            continue;
        }
        if h.cue.kind == CueKind::Pred && extraposed(toks, h).is_some() {
            // "it's very smart for the president to say …": a bare role who is to act names
            // the one person the text gives it to.
            let r = past_determiners(toks, h.end() + 1);
            let role = toks.get(h.end()).is_some_and(|t| t.norm() == "for")
                && r > h.end() + 1
                && toks.get(r).is_some_and(|t| t.is_word() && !t.cap)
                && infinitive_subject(toks, r + 1);
            if role {
                role_mention(toks, r, mentions, &mut added, cat);
            }
            continue;
        }
        if let Some(Passive {
            subject,
            part,
            sign,
            fate,
        }) = passive_action(toks, h, &stop)
        {
            let overlaps = |m: &Mention| m.start < subject.end && subject.start < m.end;
            if let Some(fate) = fate {
                // "the pilot should continue", "urged that the fund expire": the verb's own
                // sign settles the stance on its subject, a name or a phrase.
                // A name or phrase already known for the whole subject takes it; one inside
                // it ("the clinic" in "the waiting lists at the clinic") gives way.
                let known = mentions
                    .iter()
                    .chain(added.iter())
                    .find(|m| m.start == subject.start && m.end >= subject.end)
                    .map(|m| m.start);
                let start = match known {
                    Some(start) => start,
                    None => {
                        let m = phrase_mention(toks, subject.clone(), cat);
                        let start = m.start;
                        added.push(m);
                        start
                    }
                };
                actions.push(Action {
                    start,
                    hit: asking(h, subject.start, part),
                    sign: sign * fate,
                    firm: true,
                });
                fated.push(part);
                continue;
            }
            if mentions.iter().any(overlaps) || added.iter().any(overlaps) {
                continue;
            }
            {
                // "the levy should be scrapped": a stance verb judges the thing itself;
                // "the bylaws should be modernized" asks for an action on it.
                let verb = hits
                    .iter()
                    .find(|x| x.i == part && x.n == 1 && x.cue.kind == CueKind::Obj);
                let mention = match verb {
                    Some(v) => {
                        let m = phrase_mention(toks, subject.clone(), cat);
                        actions.push(Action {
                            start: m.start,
                            hit: asking(h, subject.start, part),
                            sign: sign * v.cue.sign,
                            firm: true,
                        });
                        m
                    }
                    None => {
                        // "the plan should be developed" after "a contingency plan": the
                        // phrase joins the earlier one with its head.
                        let thing = phrase_mention(toks, subject.clone(), cat).target;
                        let object = cat.targets[thing].name.clone();
                        let key = phrases::key(toks, subject.clone());
                        let doing = gerund_of(tok(toks, part).norm());
                        let target = cat
                            .action_target(format!("{doing} {object}"), format!("{doing} {key}"));
                        actions.push(Action {
                            start: subject.start,
                            hit: asking(h, subject.start, part),
                            sign,
                            firm: true,
                        });
                        Mention {
                            start: subject.start,
                            end: subject.end,
                            target,
                        }
                    }
                };
                added.push(mention);
                continue;
            }
        }
        if matches!(h.cue.kind, CueKind::Deontic | CueKind::Demand) {
            // "called on the minister to resign": asking somebody to leave opposes them.
            if h.cue.kind == CueKind::Demand {
                if let Some(r) = told_to_leave(toks, h, &stop) {
                    let asked = Asked {
                        hit: *h,
                        sign: -1.0,
                    };
                    act_on_phrase(
                        toks,
                        r,
                        asked,
                        true,
                        mentions,
                        cat,
                        &mut added,
                        &mut actions,
                    );
                    continue;
                }
            }
            // "should do so", "urged him to do so": the action named before.
            if let Some((v, sign)) = do_so(toks, h) {
                if let Some(r) = do_so_antecedent(all, offset + v) {
                    let overlaps = |m: &Mention| m.start < v + 2 && v < m.end;
                    if !added.iter().any(overlaps) {
                        let target =
                            cat.action_target(phrases::label(all, r.clone()), phrases::key(all, r));
                        added.push(Mention {
                            start: v,
                            end: v + 2,
                            target,
                        });
                        actions.push(Action {
                            start: v,
                            hit: *h,
                            sign,
                            firm: false,
                        });
                    }
                    continue;
                }
            }
            let first = action_after(toks, h, &stop);
            // "should follow the precedent … and release his tax returns": a verb after "and"
            // with its own object is asked for too.
            let second = first
                .as_ref()
                .and_then(|(r, sign)| coordinated_action(toks, r.end, &stop).map(|r| (r, *sign)));
            for (range, sign) in first.into_iter().chain(second) {
                let asked = Asked { hit: *h, sign };
                add_action(
                    toks,
                    range,
                    asked,
                    hits,
                    mentions,
                    cat,
                    &mut added,
                    &mut actions,
                );
            }
            continue;
        }
        let range = match h.cue.kind {
            CueKind::Obj | CueKind::Shift | CueKind::Call => {
                // "support for the levy", "lined up behind the mayor".
                let mut from = h.end();
                // "support for the levy", but "the rate she proposed for individuals": after a
                // past-tense verb "for" opens an adjunct, not the object.
                let past = h.n == 1 && tok(toks, h.i).norm().ends_with("ed");
                let adjunct = past && toks.get(from).is_some_and(|t| t.norm() == "for");
                if !adjunct
                    && toks
                        .get(from)
                        .is_some_and(|t| grammar().object_prepositions.holds(t))
                {
                    from += 1;
                }
                // "backed his owner", "criticised the mayor": a bare role the text gives to
                // one person names that person.
                let r = past_determiners(toks, from);
                let bare_role = toks
                    .get(r)
                    .filter(|t| t.is_word() && !t.poss)
                    .is_some_and(|_| {
                        toks.get(r + 1)
                            .is_none_or(|n| !n.is_word() || (!n.cap && closed_token(n)))
                    });
                if bare_role && role_mention(toks, r, mentions, &mut added, cat) {
                    continue;
                }
                // "ready to end …", "refused to define": after "to" comes a verb, and what
                // it governs is an action, not a thing; only a determiner, a gerund or a name
                // opens an object there ("committed to the plan", "opposed to raising fees").
                let after_to = toks[h.i..h.end()].last().is_some_and(|t| t.norm() == "to");
                let opens = toks.get(from).is_some_and(|t| {
                    t.cap
                        || t.norm().ends_with("ing")
                        || phrases::classes().det.holds(t)
                        || t.kind == Kind::Quote
                });
                if after_to && !opens {
                    continue;
                }
                // "ease concerns about the stadium", "dispel doubts about her fitness": an
                // object that is itself a stance noun with its object is no target; the two
                // cues read as one ("ease" turns "concerns about" round).
                if h.cue.kind == CueKind::Shift
                    && hits.iter().any(|o| {
                        // "dispel any remaining doubts about": a modifier may stand before it.
                        (r..=r + 1).contains(&o.i)
                            && toks[r..o.i].iter().all(|t| t.is_word() && !t.cap)
                            && o.n >= 2
                            && matches!(o.cue.kind, CueKind::Obj | CueKind::Shift)
                            && phrases::classes()
                                .prep
                                .contains(tok(toks, o.end() - 1).norm())
                    })
                {
                    continue;
                }
                // "called the interview important": after a naming verb the evaluation
                // follows its object and is no part of it.
                let stop_any = |k: usize| hits.iter().any(|o| o.i <= k && k < o.end());
                if h.cue.kind == CueKind::Call {
                    phrases::object_at(toks, from, toks.len(), &stop_any)
                } else if grammar().charge.holds(tok(toks, h.end() - 1)) {
                    // "accused the board of lying": the "of" gives the charge, not the board.
                    let of =
                        (from..toks.len().min(from + 10)).find(|&k| tok(toks, k).norm() == "of");
                    phrases::object_at(toks, from, of.unwrap_or(toks.len()), &stop)
                } else {
                    phrases::object_at(toks, from, toks.len(), &stop)
                }
            }
            CueKind::Pred => subject_end(toks, h.i, h.cue.effect).and_then(|end| {
                let plain = phrases::subject_before(toks, 0, end, &stop);
                // "Bringing our midwives together in one place is the right decision": the
                // gerund's whole clause, when the plain walk stops inside it.
                match phrases::gerund_subject(toks, 0, end) {
                    Some(g) if plain.as_ref().is_none_or(|p| g.start < p.start) => Some(g),
                    _ => plain,
                }
            }),
            _ => None,
        };
        // "questioned the need for a new fence", "backs the push for an arena": a head that
        // only asks for something passes the stance on to what it asks for.
        let range = range.map(|r| {
            let c = phrases::classes();
            let lone_head = toks[r.clone()].iter().filter(|t| t.is_word()).count() == 1
                && c.transparent.contains(tok(toks, r.end - 1).norm());
            let asked = (lone_head
                && matches!(h.cue.kind, CueKind::Obj | CueKind::Shift)
                && toks.get(r.end).is_some_and(|t| t.norm() == "for"))
            .then(|| phrases::object_at(toks, r.end + 1, toks.len(), &|_| false))
            .flatten();
            asked.unwrap_or(r)
        });
        // "ease the tensions", "dispel any doubts": being against a bad thing is no stance a
        // reader looks for, and the bad thing is no topic.
        if h.cue.kind == CueKind::Shift
            && range.as_ref().is_some_and(|r| {
                let head = tok(toks, r.end - 1).norm();
                lists().sentiment.get(head).is_some_and(|&v| v <= -1.0)
            })
        {
            continue;
        }
        let Some(r) = range else {
            // "an overhaul of the justice system, which Obama championed": a stance verb with
            // no object after it takes the phrase its relative pronoun stands for.
            if let Some(r) = relative_object(toks, h, hits, &stop) {
                let asked = Asked {
                    hit: *h,
                    sign: h.cue.sign,
                };
                act_on_phrase(
                    toks,
                    r,
                    asked,
                    false,
                    mentions,
                    cat,
                    &mut added,
                    &mut actions,
                );
            }
            continue;
        };
        // A possessor opening the phrase ("Russia's invasion of Ukraine") does not stand in
        // for it.
        let blocking = |m: &Mention| {
            m.start < r.end
                && r.start < m.end
                && !(possessor(tok(toks, m.end - 1)) && m.end < r.end)
        };
        if mentions.iter().any(blocking) || added.iter().any(blocking) {
            continue;
        }
        if h.cue.kind != CueKind::Pred
            && infinitive_subject(toks, r.end)
            && !purpose_infinitive(toks, hits, h, r.clone())
        {
            continue;
        }
        // "admire her courage", "doubts about Ruiz's fitness to serve": a quality of a person
        // judges the person, who stays the target.
        if h.cue.kind != CueKind::Pred && possessed_quality(toks, r.clone()) {
            continue;
        }
        // "deciding what information could be useful": an indirect question states nothing.
        let asked = r.start > 0
            && matches!(
                tok(toks, r.start - 1).norm(),
                "what" | "whether" | "how" | "which" | "why"
            );
        if h.cue.kind == CueKind::Pred && asked {
            continue;
        }
        // A proper name nobody knows as a person or organisation ("Springfield is a wonderful
        // place") is most often a place, a product or an event: a word of general mood
        // does not make it a target.
        let proper = toks[r.clone()]
            .iter()
            .filter(|t| t.is_word())
            .all(|t| t.cap);
        if h.cue.general && proper {
            continue;
        }
        // "opposed the casino, the stadium and the parking levy": the conjuncts of the object
        // take the cue too (read as coordinated targets).
        let conjuncts = if matches!(h.cue.kind, CueKind::Obj | CueKind::Shift) {
            conjuncts_after(toks, r.end, &stop)
        } else {
            Vec::new()
        };
        added.push(phrase_mention(toks, r, cat));
        for r2 in conjuncts {
            let overlaps = |m: &Mention| m.start < r2.end && r2.start < m.end;
            if mentions.iter().any(overlaps) || added.iter().any(overlaps) {
                break;
            }
            added.push(phrase_mention(toks, r2, cat));
        }
    }
    // A phrase replaces the possessor mention it opens with, so mentions never overlap.
    mentions.retain(|m| !added.iter().any(|a| m.start < a.end && a.start < m.end));
    mentions.extend(added);
    mentions.stable_sort_by_key(|m| m.start);
    actions
}

/// The noun phrases coordinated after an object ending at `from`: ", the stadium and the
/// parking levy", "and a lower fare". Each opens with a determiner; a list counts only when an
/// "and" or "or" closes it, and a conjunct with a verb after it opens a clause of its own
/// ("backed the levy and the council approved it").
fn conjuncts_after(toks: &[Token], from: usize, stop: &dyn Fn(usize) -> bool) -> Vec<Range<usize>> {
    let c = phrases::classes();
    let mut out = Vec::new();
    let mut k = from;
    for _ in 0..6 {
        let comma = toks.get(k).is_some_and(|t| t.is_punct(','));
        let mut j = k + usize::from(comma);
        let and = toks
            .get(j)
            .is_some_and(|t| matches!(t.norm(), "and" | "or"));
        j += usize::from(and);
        // An article opens it; a possessive ("her support for X and her work on Y") more
        // often coordinates with the cue's own noun than with its object.
        let opens = toks
            .get(j)
            .is_some_and(|t| !t.cap && matches!(t.norm(), "the" | "a" | "an"));
        if !(comma || and) || !opens {
            return Vec::new();
        }
        let Some(r) = phrases::object_at(toks, j, toks.len(), stop) else {
            return Vec::new();
        };
        // "the relationship it has to …": a relative clause follows, whose subject opens it.
        let relative = toks.get(r.end).is_some_and(|t| c.pron.contains(t.norm()));
        if verb_after(toks, r.end) || relative || r.end <= j {
            return Vec::new();
        }
        k = r.end;
        out.push(r);
        if and {
            return out;
        }
    }
    Vec::new()
}

/// Whether phrase `r` is a person's quality: "her courage" (the pronoun before the phrase) or
/// "Ana Ruiz's fitness to serve" (a name opening it), with a word of `qualities` next.
fn possessed_quality(toks: &[Token], r: Range<usize>) -> bool {
    let pronoun = r.start > 0 && matches!(tok(toks, r.start - 1).norm(), "his" | "her");
    let named = toks[r.clone()]
        .iter()
        .position(|t| !(t.is_word() && t.cap) || t.poss)
        .filter(|&n| n > 0 && tok(toks, r.start + n).poss)
        .map(|n| r.start + n + 1);
    let from = named.or(pronoun.then_some(r.start));
    from.is_some_and(|q| {
        toks[q.min(r.end)..r.end]
            .iter()
            .take(2)
            .any(|t| grammar().qualities.holds(t))
    })
}

/// "The council unveiled the transit levy. \u{201c}I oppose it\u{201d}": "it" as the whole object
/// of a stance verb stands for the last common noun phrase before it, in its sentence or the
/// one before. (As a subject, "it" and "this" mostly stand for a situation: "this is a
/// dangerous time", "it's heartbreaking"; they are left alone.)
fn resolve_it(unit: &Unit, hits: &[Hit], mentions: &mut Vec<Mention>, cat: &mut Catalogue) {
    let all = unit.tokens;
    let toks = &all[unit.range.clone()];
    let mut found: Vec<usize> = Vec::new();
    for h in hits {
        if !matches!(h.cue.kind, CueKind::Obj | CueKind::Shift) {
            continue;
        }
        let k = h.end();
        let whole = toks.get(k + 1).is_none_or(|t| !t.is_word());
        if toks.get(k).is_none_or(|t| t.norm() != "it") || !whole {
            continue;
        }
        if !mentions.iter().any(|m| m.start <= k && k < m.end) && !found.contains(&k) {
            found.push(k);
        }
    }
    for k in found {
        let at = unit.range.start + k;
        let Some(r) = antecedent(all, at) else {
            continue;
        };
        let target = cat.phrase_target(phrases::label(all, r.clone()), phrases::key(all, r));
        mentions.push(Mention {
            start: k,
            end: k + 1,
            target,
        });
    }
    // resolve_pronouns looks back through the mentions in text order.
    mentions.stable_sort_by_key(|m| m.start);
}

/// The last common noun phrase opened by a determiner before token `at`, in its sentence or
/// the one before: "the transit levy" in "The council unveiled the transit levy on Monday."
fn antecedent(all: &[Token], at: usize) -> Option<Range<usize>> {
    let c = phrases::classes();
    back_two_sentences(all, at).find_map(|j| {
        let t = &all[j];
        if !c.det.holds(t) || t.norm() == "that" {
            return None;
        }
        let r = phrases::object_at(all, j, at, &|_| false)?;
        let head = &all[r.end - 1];
        // "our clubs voted for it": the subject of the pronoun's own verb is not what the
        // pronoun stands for.
        let mut k = r.end;
        while k < at && (c.aux.contains(all[k].norm()) || c.adv.contains(all[k].norm())) {
            k += 1;
        }
        let verb = k < at && all[k].is_word() && !all[k].cap && !closed_token(&all[k]);
        let subject = verb && (k + 1 == at || (k + 2 == at && c.prep.holds(&all[k + 1])));
        (head.is_word() && !head.cap && !c.time.contains(head.norm()) && !subject).then_some(r)
    })
}

/// The tokens before `at`, nearest first, within its sentence and the one before (at most 80
/// back), sentence marks left out: where an anaphor's antecedent is looked for.
fn back_two_sentences(all: &[Token], at: usize) -> impl Iterator<Item = usize> + '_ {
    let floor = at.saturating_sub(80);
    let mut stops = 0;
    (floor..at.min(all.len()))
        .rev()
        .take_while(move |&j| {
            if matches!(all[j].kind, Kind::Punct('.' | '?' | '!')) {
                stops += 1;
            }
            stops < 2
        })
        .filter(move |&j| !matches!(all[j].kind, Kind::Punct('.' | '?' | '!')))
}

/// "should do so", "urged him to do so", "must not do so": the token of "do" and the sign of
/// the asking.
fn do_so(toks: &[Token], h: &Hit) -> Option<(usize, f32)> {
    let mut v = h.end();
    if h.cue.kind == CueKind::Demand {
        let to = (v..toks.len().min(v + 6)).find(|&k| tok(toks, k).norm() == "to")?;
        if !toks[v..to].iter().all(|t| t.is_word()) {
            return None;
        }
        v = to + 1;
    }
    let mut sign = 1.0;
    while let Some(t) = toks.get(v) {
        if t.norm() == "not" || t.norm() == "never" {
            sign = -sign;
        } else if !phrases::classes().adv.contains(t.norm()) {
            break;
        }
        v += 1;
    }
    (toks.get(v)?.norm() == "do" && toks.get(v + 1)?.norm() == "so").then_some((v, sign))
}

/// The verb phrase "do so" at `at` stands for: the nearest one before it, in its sentence or
/// the one before, opened by "to" or a modal ("urged Lee to release the files … she should do
/// so"), with an object of its own.
fn do_so_antecedent(all: &[Token], at: usize) -> Option<Range<usize>> {
    let c = phrases::classes();
    back_two_sentences(all, at).find_map(|j| {
        if !matches!(all[j].norm(), "to" | "should" | "must" | "will" | "would") {
            return None;
        }
        let verb = all.get(j + 1)?;
        if !verb.is_word()
            || verb.cap
            || closed_token(verb)
            || c.det.holds(verb)
            || grammar().empty_verbs.holds(verb)
            || verb.norm().ends_with("ly")
        {
            return None;
        }
        // The verb takes an object: a determiner, a possessive, a name or a noun follows.
        let object = phrases::object_at(all, j + 2, at, &|_| false)?;
        let whole =
            object.start == j + 2 || all[j + 2..object.start].iter().all(|t| c.det.holds(t));
        whole.then_some(j + 1..object.end)
    })
}

/// The open noun phrase at `range` as a mention of its phrase target.
fn phrase_mention(toks: &[Token], range: Range<usize>, cat: &mut Catalogue) -> Mention {
    let target = cat.phrase_target(
        phrases::label(toks, range.clone()),
        phrases::key(toks, range.clone()),
    );
    Mention {
        start: range.start,
        end: range.end,
        target,
    }
}

/// A stance taken on the phrase at `range` by what asks about it ("the levy, which Ruiz
/// opposed"; "urged the minister to resign"): a name the catalogue knows there stands for
/// itself, any other phrase becomes a mention of its own; nothing when a phrase already added
/// covers part of it. `firm`: the construction settles the stance by itself.
#[allow(clippy::too_many_arguments)]
fn act_on_phrase(
    toks: &[Token],
    range: Range<usize>,
    asked: Asked,
    firm: bool,
    mentions: &[Mention],
    cat: &mut Catalogue,
    added: &mut Vec<Mention>,
    actions: &mut Vec<Action>,
) {
    let overlaps = |m: &Mention| m.start < range.end && range.start < m.end;
    if added.iter().any(overlaps) {
        return;
    }
    let start = match mentions.iter().find(|m| overlaps(m)) {
        Some(m) => m.start,
        None => {
            added.push(phrase_mention(toks, range.clone(), cat));
            range.start
        }
    };
    actions.push(Action {
        start,
        hit: asked.hit,
        sign: asked.sign,
        firm,
    });
}

/// Records the action at `range` as a mention of its own target, unless a phrase already
/// added covers part of it.
/// What asks for an action: the cue, and +1 asked for or -1 asked against.
struct Asked {
    hit: Hit,
    sign: f32,
}

#[allow(clippy::too_many_arguments)]
fn add_action(
    toks: &[Token],
    range: Range<usize>,
    asked: Asked,
    hits: &[Hit],
    mentions: &[Mention],
    cat: &mut Catalogue,
    added: &mut Vec<Mention>,
    actions: &mut Vec<Action>,
) {
    let Asked { hit, sign } = asked;
    if added
        .iter()
        .any(|m| m.start < range.end && range.start < m.end)
    {
        return;
    }
    // "should scrap the levy", "urged council to reject the fare hike": an action whose verb
    // is itself a stance verb is a stance on that verb's object.
    let verb = hits.iter().find(|x| {
        x.i == range.start && matches!(x.cue.kind, CueKind::Obj | CueKind::Shift) && !x.cue.own_only
    });
    let object = verb
        .and_then(|v| {
            phrases::object_at(toks, v.end(), range.end, &|_| false).map(|r| (r, v.cue.sign))
        })
        .or_else(|| kept_as_is(toks, range.clone()).map(|r| (r, 1.0)));
    if let Some((object, verb_sign)) = object {
        let start = match mentions.iter().find(|m| m.start == object.start) {
            Some(m) => m.start,
            None => {
                let m = phrase_mention(toks, object, cat);
                let start = m.start;
                added.push(m);
                start
            }
        };
        actions.push(Action {
            start,
            hit,
            sign: sign * verb_sign,
            firm: true,
        });
        return;
    }
    let target = cat.action_target(
        phrases::label(toks, range.clone()),
        phrases::key(toks, range.clone()),
    );
    added.push(Mention {
        start: range.start,
        end: range.end,
        target,
    });
    // "to refuse to fund the clinic": the turned-around action settles the stance, which a
    // cue word read on the phrase alone would miss.
    let turned = range.start >= 2 && refusal_at(toks, range.start - 2);
    actions.push(Action {
        start: range.start,
        hit,
        sign,
        firm: turned,
    });
}

/// "leave the program intact", "keep the clinic open": the object an action keeps as it is.
fn kept_as_is(toks: &[Token], range: Range<usize>) -> Option<Range<usize>> {
    let g = grammar();
    if !toks.get(range.start).is_some_and(|t| g.keep.holds(t)) {
        return None;
    }
    // The state closes the phrase ("keep the clinic open,"), so it is not read as its head.
    let state_at =
        |k: usize| g.kept.holds(tok(toks, k)) && toks.get(k + 1).is_none_or(|t| !t.is_word());
    let object = phrases::object_at(toks, range.start + 1, toks.len(), &state_at)?;
    let state = toks.get(object.end)?;
    let in_place = state.norm() == "in"
        && toks
            .get(object.end + 1)
            .is_some_and(|t| t.norm() == "place");
    (g.kept.holds(state) || in_place).then_some(object)
}

/// An action a speaker asks for: the verb phrase after "should", "must", "have to" or after
/// the "to" of a demand ("urged the council to drop the fee").
#[derive(Debug, Clone, Copy)]
struct Action {
    /// Token where the action's mention starts.
    start: usize,
    /// The deontic or demand cue asking for it.
    hit: Hit,
    /// +1 asked for, -1 asked against ("should not close the clinic").
    sign: f32,
    /// Read from a construction that settles the stance by itself ("the levy should be
    /// scrapped"): it outranks a cue word found near the phrase.
    firm: bool,
}

/// The phrase a relative pronoun before a stance verb stands for, when the verb has no object
/// of its own: "the plan, which Ruiz opposed." gives "the plan".
fn relative_object(
    toks: &[Token],
    h: &Hit,
    hits: &[Hit],
    stop: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    if !matches!(h.cue.kind, CueKind::Obj | CueKind::Shift) {
        return None;
    }
    // Nothing the verb could take as object follows it ("which she championed last year":
    // a time adverbial is no object).
    let gap = toks.get(h.end()).is_none_or(|t| {
        matches!(t.kind, Kind::Punct('.' | ',' | ';' | ')' | '?' | '!'))
            || grammar().locatives.holds(t)
            || phrases::classes().when.contains(t.norm())
            || (grammar().prepositions.holds(t) && t.norm() != "of")
            || grammar().auxiliaries.holds(t)
            || grammar().be.holds(t)
            || t.norm() == "when"
    });
    if !gap {
        return None;
    }
    // "which" or "that", then the subject (a few words, "Ms." included), then the verb.
    let Some(rel) = (h.i.saturating_sub(6)..h.i)
        .rev()
        .find(|&k| matches!(tok(toks, k).norm(), "which" | "that"))
    else {
        return reduced_relative(toks, h, stop);
    };
    let subject_word = |k: usize| {
        tok(toks, k).is_word()
            || tok(toks, k).is_punct('.')
                && k > rel + 1
                && phrases::is_title_abbreviation(tok(toks, k - 1))
    };
    if !(rel + 1..h.i).all(subject_word) || rel + 1 == h.i {
        return None;
    }
    // "said in February that he was ready for": after a verb of saying "that" opens what was
    // said, and stands for nothing before it.
    let said = hits.iter().any(|o| {
        matches!(o.cue.kind, CueKind::Say | CueKind::Demand) && o.end() <= rel && o.end() + 4 > rel
    });
    if said {
        return None;
    }
    let mut end = rel;
    if end > 0 && tok(toks, end - 1).is_punct(',') {
        end -= 1;
    }
    phrases::subject_before(toks, 0, end, stop).map(|r| with_of(toks, r, stop))
}

/// "an overhaul of the transit system, which …": the antecedent of a relative clause takes
/// in the noun its "of" phrase completes.
fn with_of(toks: &[Token], r: Range<usize>, stop: &dyn Fn(usize) -> bool) -> Range<usize> {
    let mut k = r.start;
    if k > 0 && phrases::classes().det.holds(tok(toks, k - 1)) {
        k -= 1;
    }
    if k == 0 || tok(toks, k - 1).norm() != "of" {
        return r;
    }
    match phrases::subject_before(toks, 0, k - 1, stop) {
        Some(head) => head.start..r.end,
        None => r,
    }
}

/// "the top rate he has proposed", "the stadium deal Ruiz backed": a relative clause with no
/// pronoun, a subject pronoun or name right after a common noun and before the verb.
fn reduced_relative(toks: &[Token], h: &Hit, stop: &dyn Fn(usize) -> bool) -> Option<Range<usize>> {
    let c = phrases::classes();
    let mut k = h.i;
    while k > 0
        && (c.aux.contains(tok(toks, k - 1).norm()) || c.adv.contains(tok(toks, k - 1).norm()))
    {
        k -= 1;
    }
    let subject_end = k;
    let pronoun = |t: &Token| matches!(t.norm(), "he" | "she" | "they" | "we" | "i");
    if k > 0 && pronoun(tok(toks, k - 1)) {
        k -= 1;
    } else {
        while k > 0
            && (tok(toks, k - 1).is_word() && tok(toks, k - 1).cap
                || tok(toks, k - 1).is_punct('.')
                    && k > 1
                    && phrases::is_title_abbreviation(tok(toks, k - 2)))
        {
            k -= 1;
        }
    }
    if k == subject_end || k == 0 || subject_end - k > 4 {
        return None;
    }
    // The word before the subject ends a noun phrase: a lower-case content word that is not a
    // verb of its own ("said he backed" is no relative clause).
    let noun = tok(toks, k - 1);
    let content = noun.is_word()
        && !noun.cap
        && !stop(k - 1)
        && !noun.norm().ends_with("ed")
        && !noun.norm().ends_with("ly")
        && !c.det.holds(noun)
        && !c.prep.holds(noun)
        && !c.conj.contains(noun.norm())
        && !c.aux.contains(noun.norm())
        && !c.link.contains(noun.norm())
        && !c.adv.contains(noun.norm())
        && !grammar().be.holds(noun)
        && !grammar().subject_pronouns.holds(noun);
    if !content {
        return None;
    }
    phrases::subject_before(toks, 0, k, stop).map(|r| with_of(toks, r, stop))
}

/// What a deontic or a mandative "that" asks to be done to a phrase: the subject, the verb
/// that says it, the sign (negative when negated) and, for a verb of ending or going on with
/// no object ("expire", "continue"), that verb's own sign.
struct Passive {
    subject: Range<usize>,
    part: usize,
    sign: f32,
    fate: Option<f32>,
}

/// A deontic before a passive or a verb of fate: "the levy should be scrapped", "the bylaws
/// must not be modernized", "the pilot should continue", "the fund must be allowed to
/// expire"; and the same asked in a mandative clause: "urged that the fee be dropped",
/// "recommended that the subsidy end".
fn passive_action(toks: &[Token], h: &Hit, stop: &dyn Fn(usize) -> bool) -> Option<Passive> {
    let g = grammar();
    let mandative = !matches!(h.cue.kind, CueKind::Deontic)
        && h.n == 1
        && g.mandative.holds(tok(toks, h.i))
        && toks.get(h.end()).is_some_and(|t| t.norm() == "that");
    if !(h.cue.kind == CueKind::Deontic || mandative) || h.i == 0 {
        return None;
    }
    // The mandative's subject comes first, after its "that"; the deontic's stands before it.
    let subject = if mandative {
        let s = phrases::object_at(toks, h.end() + 1, toks.len(), stop)?;
        let whole = s.start == h.end() + 1
            || toks[h.end() + 1..s.start]
                .iter()
                .all(|t| phrases::classes().det.holds(t));
        if !whole {
            return None;
        }
        Some(s)
    } else {
        None
    };
    let c = phrases::classes();
    let mut k = subject.as_ref().map_or(h.end(), |s| s.end);
    let mut sign = 1.0;
    let mut be = false;
    while let Some(t) = toks.get(k) {
        if t.norm() == "not" || t.norm() == "never" || t.norm().ends_with("n't") {
            sign = -sign;
        } else if t.norm() == "be" && !be {
            be = true;
        } else if !(t.is_word() && (c.adv.contains(t.norm()) || phrases::adverb(t))) {
            break;
        }
        k += 1;
    }
    let part = toks.get(k)?;
    // "be allowed to expire": the asking passes to the verb after "to".
    let permitted = be && g.permit.holds(part) && toks.get(k + 1).is_some_and(|t| t.norm() == "to");
    let fate_at = if permitted { k + 2 } else { k };
    let fate = (!be || permitted)
        .then(|| fate_sign(toks, fate_at))
        .flatten();
    let participle = be
        && part.is_word()
        && !part.cap
        && part.norm().len() > 4
        && part.norm().ends_with("ed")
        && !closed_token(part)
        && !g.adjectival.holds(part);
    // "should be recognized as intolerable": the evaluation after "as" judges the subject.
    let as_at = k + 1;
    let regarded = (be
        && phrases::classes().regard.contains(part.norm())
        && toks.get(as_at).is_some_and(|t| t.norm() == "as"))
    .then(|| {
        toks.iter()
            .enumerate()
            .skip(as_at + 1)
            .take(4)
            .take_while(|(_, t)| t.is_word() || t.kind == Kind::Quote)
            .find_map(|(j, t)| {
                let v = *lists().sentiment.get(t.norm())?;
                (v.abs() >= 1.0).then_some((j, v.signum()))
            })
    })
    .flatten();
    let (fate, fate_at) = match regarded {
        Some((j, v)) => (Some(v), j),
        None => (fate, fate_at),
    };
    // "must be allowed to …", "should be seen as a start": what follows decides.
    let complement = toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.norm(), "as" | "to"));
    if fate.is_none() && (!participle || complement) {
        return None;
    }
    let part = if fate.is_some() { fate_at } else { k };
    if let Some(subject) = subject {
        // "recommended that no charges be filed": the subject's "no" negates what is asked.
        if toks[h.end() + 1..subject.start]
            .iter()
            .chain(toks.get(subject.start))
            .any(|t| t.norm() == "no")
        {
            sign = -sign;
        }
        return Some(Passive {
            subject,
            part,
            sign,
            fate,
        });
    }
    let subject = phrases::subject_before(toks, 0, h.i, stop)?;
    // The subject must be whole: it ends right at the deontic ("the levy should") and opens
    // the clause or follows a determiner or a mark ("killing unarmed people should …" is the
    // end of a longer subject).
    let opens = subject.start == 0 || {
        let p = tok(toks, subject.start - 1);
        // "the waiting lists at the clinic should …": a phrase after a preposition ends a
        // longer subject.
        let after_prep =
            c.det.holds(p) && subject.start > 1 && c.prep.holds(tok(toks, subject.start - 2));
        !after_prep
            && (!p.is_word()
                || c.det.holds(p)
                || c.link.contains(p.norm())
                || c.conj.contains(p.norm()))
    };
    (subject.end == h.i && opens).then_some(Passive {
        subject,
        part,
        sign,
        fate,
    })
}

/// The cue of a construction that asks for an action in the speaker's own words ("the sooner
/// …, the better", a rhetorical "why", a mandative clause), with its weight.
fn asked_in_own_words(weight: f32) -> Cue {
    Cue {
        kind: CueKind::Deontic,
        sign: 1.0,
        weight,
        own_only: true,
        general: false,
        effect: false,
    }
}

/// The cue that asks for what `passive_action` read: the deontic itself, or for a mandative
/// (whose "that" opens a clause of its own) the verb at `part` inside that clause, read as
/// asking in the speaker's words.
fn asking(h: &Hit, subject: usize, part: usize) -> Hit {
    if h.i < subject {
        Hit {
            i: part,
            n: 1,
            cue: asked_in_own_words(0.8),
        }
    } else {
        *h
    }
}

/// "should be recognized as …", "must be seen as …": the deontic asks how its subject is
/// to be regarded.
fn regarded_as(toks: &[Token], d: &Hit) -> bool {
    let mut k = d.end();
    while toks.get(k).is_some_and(|t| {
        t.is_word() && (phrases::classes().adv.contains(t.norm()) || t.norm() == "not")
    }) {
        k += 1;
    }
    toks.get(k).is_some_and(|t| t.norm() == "be")
        && toks
            .get(k + 1)
            .is_some_and(|t| phrases::classes().regard.contains(t.norm()))
        && toks.get(k + 2).is_some_and(|t| t.norm() == "as")
}

/// The sign of a verb of fate at `k` with nothing after it in its clause: -1 for one that
/// ends its subject ("expire", "go"), +1 for one that keeps it ("continue", "go ahead").
fn fate_sign(toks: &[Token], k: usize) -> Option<f32> {
    let g = grammar();
    let verb = toks.get(k).filter(|t| t.is_word() && !t.cap)?.norm();
    let mut end = k + 1;
    let mut sign = if g.fate_on.contains(verb) {
        1.0
    } else if g.fate_end.contains(verb) {
        -1.0
    } else if matches!(verb, "move" | "press" | "carry") {
        0.0
    } else {
        return None;
    };
    if toks.get(end).is_some_and(|t| g.onward.holds(t))
        && matches!(verb, "go" | "move" | "press" | "carry")
    {
        sign = 1.0;
        end += 1;
    }
    // Nothing the verb could take after it: the clause ends ("the levy must go.", "… go,
    // because", "… go and the fund with it").
    let closes = toks.get(end).is_none_or(|t| {
        matches!(t.kind, Kind::Punct('.' | ',' | ';' | '!' | '?' | ')'))
            || t.kind == Kind::Quote
            || g.subordinators.holds(t)
            || matches!(
                t.norm(),
                "and" | "but" | "or" | "now" | "immediately" | "altogether"
            )
    });
    (sign != 0.0 && closes).then_some(sign)
}

/// "The sooner the board acts, the better": where the subject after "the sooner" ends (the
/// action asked for starts there) and the token of "better". The subject is a pronoun, a name
/// or a short phrase opened by a determiner.
fn sooner_the_better(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in 1..toks.len() {
        if tok(toks, k - 1).norm() != "the" || !grammar().sooner.holds(tok(toks, k)) {
            continue;
        }
        let end = toks.len().min(k + 30);
        let Some(better) = (k + 1..end)
            .take_while(|&j| !matches!(tok(toks, j).kind, Kind::Punct('.' | ';' | '?' | '!')))
            .find(|&j| {
                tok(toks, j).norm() == "better"
                    && tok(toks, j - 1).norm() == "the"
                    && tok(toks, j - 2).is_punct(',')
            })
        else {
            continue;
        };
        let c = phrases::classes();
        let mut s = k + 1;
        if toks
            .get(s)
            .is_some_and(|t| grammar().subject_pronouns.holds(t))
        {
            s += 1;
        } else if toks.get(s).is_some_and(|t| t.cap || c.det.holds(t)) {
            let det = !tok(toks, s).cap;
            s += 1;
            let limit = (s + 4).min(better);
            while s < limit
                && tok(toks, s).is_word()
                && (tok(toks, s).cap || det && !closed_token(tok(toks, s)))
            {
                // A determiner's phrase ends before its verb: the first word ending in "s" or
                // "ed" after a noun is taken as the verb.
                if det
                    && s > k + 2
                    && (tok(toks, s).norm().ends_with('s') || tok(toks, s).norm().ends_with("ed"))
                {
                    break;
                }
                s += 1;
            }
        } else {
            continue;
        }
        if s < better {
            out.push((s, better));
        }
    }
    out
}

/// A rhetorical "why" question: "Why won't he release his tax returns?" asks for the action,
/// "Why should taxpayers fund a stadium?" asks against it. Gives where the subject ends (the
/// action starts there), the token of "why" and the sign.
fn rhetorical_why(toks: &[Token]) -> Vec<(usize, usize, f32)> {
    let mut out = Vec::new();
    for k in 0..toks.len() {
        if tok(toks, k).norm() != "why" {
            continue;
        }
        let Some(aux) = toks.get(k + 1) else {
            continue;
        };
        let sign = match aux.norm() {
            "would" | "should" => -1.0,
            a if a.ends_with("n't")
                && grammar()
                    .auxiliaries
                    .contains(a.get(..a.len() - 3).unwrap_or("")) =>
            {
                1.0
            }
            "won't" | "don't" | "doesn't" | "didn't" | "can't" | "isn't" | "aren't" => 1.0,
            _ => continue,
        };
        // The subject: a pronoun, a name of up to three words, or a determiner and one word.
        let mut s = k + 2;
        match toks.get(s) {
            Some(t) if grammar().subject_pronouns.holds(t) && !t.norm().contains('\'') => {
                s += 1;
                // "why don't you all …": a quantifier floats after the pronoun.
                if toks
                    .get(s)
                    .is_some_and(|t| matches!(t.norm(), "all" | "both" | "just"))
                {
                    s += 1;
                }
            }
            Some(t) if t.cap && t.is_word() => {
                while s < (k + 5).min(toks.len()) && tok(toks, s).cap && tok(toks, s).is_word() {
                    s += 1;
                }
            }
            Some(t) if phrases::classes().det.holds(t) => {
                if !toks
                    .get(s + 1)
                    .is_some_and(|n| n.is_word() && !n.cap && !closed_token(n))
                {
                    continue;
                }
                s += 2;
            }
            // "Why should taxpayers fund …", "why would corporate brands want …", "why would
            // anyone …": a bare plural, perhaps after one modifier, or an indefinite pronoun.
            Some(t) if t.is_word() && !t.cap => {
                let bare = |j: usize| {
                    toks.get(j).is_some_and(|w| {
                        w.is_word()
                            && !w.cap
                            && !closed_token(w)
                            && !phrases::classes().det.holds(w)
                    })
                };
                let plural = |j: usize| bare(j) && tok(toks, j).norm().ends_with('s');
                let head = if matches!(t.norm(), "anyone" | "anybody" | "people") || plural(s) {
                    s
                } else if bare(s) && plural(s + 1) {
                    s + 1
                } else {
                    continue;
                };
                if !bare(head + 1) {
                    continue;
                }
                s = head + 1;
            }
            _ => continue,
        }
        // "why would anyone want to close …": the action is the verb after "want to".
        if toks
            .get(s)
            .is_some_and(|t| matches!(t.norm(), "want" | "need" | "try" | "have"))
            && toks.get(s + 1).is_some_and(|t| t.norm() == "to")
        {
            s += 2;
        }
        // A question: the sentence ends in "?" without another sentence mark before it.
        let asked = toks[s..toks.len().min(s + 30)]
            .iter()
            .find(|t| matches!(t.kind, Kind::Punct('.' | ';' | '?' | '!')))
            .is_some_and(|t| t.is_punct('?'));
        if asked {
            out.push((s, k, sign));
        }
    }
    out
}

/// The gerund of a regular past participle: "modernized" → "modernizing", "scrapped" →
/// "scrapping", "carried" → "carrying".
fn gerund_of(participle: &str) -> String {
    if let Some(stem) = participle.strip_suffix("ied") {
        return format!("{stem}ying");
    }
    let stem = participle.strip_suffix("ed").unwrap_or(participle);
    format!("{stem}ing")
}

/// A second verb phrase joined by "and" within the sentence after `from`: "and" right before a
/// verb whose object opens with a determiner or possessive.
fn coordinated_action(
    toks: &[Token],
    from: usize,
    stop: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let c = phrases::classes();
    let limit = toks.len().min(from + 25);
    for k in from..limit {
        let t = tok(toks, k);
        if matches!(t.kind, Kind::Punct('.' | ';' | '?' | '!')) {
            return None;
        }
        // "how to heal and understand": the "and" joins the infinitive, not the action.
        if t.norm() == "to" {
            return None;
        }
        if t.norm() != "and" {
            continue;
        }
        let (Some(verb), Some(next)) = (toks.get(k + 1), toks.get(k + 2)) else {
            return None;
        };
        let verb_like = verb.is_word()
            && !verb.cap
            && !closed_token(verb)
            && !c.det.holds(verb)
            && !verb.norm().ends_with("ly")
            // "called on Ottawa to fund a program and demanded that …": a past tense opens a
            // predicate of the subject's own, not a second thing to do ("proceed", "shed" are
            // base forms).
            && !(verb.norm().ends_with("ed") && !verb.norm().ends_with("eed") && verb.norm().len() > 4);
        if verb_like && next.norm() != "that" && c.det.holds(next) {
            let object = phrases::object_at(toks, k + 2, toks.len(), stop)?;
            return Some(k + 1..object.end);
        }
    }
    None
}

/// The person a demand tells to leave their post: "urged the minister to resign", "called on
/// Lee to step down". Returns the phrase of the person told.
fn told_to_leave(toks: &[Token], h: &Hit, stop: &dyn Fn(usize) -> bool) -> Option<Range<usize>> {
    let from = h.end();
    let to = (from..toks.len().min(from + 8)).find(|&k| tok(toks, k).norm() == "to")?;
    let verb = toks.get(to + 1)?;
    let g = grammar();
    // "to resign after the audit", "to quit over the scandal": a time or reason after a verb
    // that needs no particle; "to step in", "to go after the gangs" are not leaving.
    let leaves = g.leave.holds(verb)
        && toks.get(to + 2).is_none_or(|n| {
            !n.is_word()
                || matches!(n.norm(), "down" | "aside" | "immediately" | "now")
                || (g.leave_bare.holds(verb)
                    && (g.subordinators.holds(n)
                        || g.locatives.holds(n)
                        || g.prepositions.holds(n)))
        });
    if !leaves || to == from {
        return None;
    }
    let r = phrases::object_at(toks, from, to, stop)?;
    (r.end == to).then_some(r)
}

/// The verb phrase a deontic or demand cue asks for, and its sign: a verb (not "be", which
/// states rather than asks) and its object or prepositional complement ("release the
/// contract", "apologize to the mayor").
fn action_after(
    toks: &[Token],
    h: &Hit,
    stop: &dyn Fn(usize) -> bool,
) -> Option<(Range<usize>, f32)> {
    let c = phrases::classes();
    let mut v = h.end();
    if h.cue.kind == CueKind::Demand {
        // "was urged to resign", "were asked to comment": told to act, not telling.
        if h.i > 0 && grammar().be.holds(tok(toks, h.i - 1)) {
            return None;
        }
        // "urged the council to drop": the person told to act stands between, perhaps with an
        // appositive: "asked Lester Holt, the moderator of the debate, to fact check …".
        let limit = toks.len().min(v + 16);
        let to = (v..limit).find(|&k| tok(toks, k).norm() == "to")?;
        let commas = toks[v..to].iter().filter(|t| t.is_punct(',')).count();
        if to > v + 8 && commas != 2 {
            return None;
        }
        // "campaigned against plans to close the mill": the action is somebody else's.
        if commas % 2 == 1
            || toks[v..to].iter().any(|t| {
                (!t.is_word() && !t.is_punct(','))
                    || matches!(t.norm(), "against" | "plan" | "plans")
            })
        {
            return None;
        }
        v = to + 1;
    }
    // "Nobody should have to wait eight hours", "No child should have to learn hungry": what
    // nobody should do is opposed.
    let negation = |t: &Token| matches!(t.norm(), "not" | "never") || t.norm().ends_with("n't");
    let mut s = h.i;
    let mut negated = false;
    while s > 0 {
        let t = tok(toks, s - 1);
        if negation(t) {
            negated = !negated;
        } else if !(c.aux.contains(t.norm()) || c.adv.contains(t.norm())) {
            break;
        }
        s -= 1;
    }
    let nobody = h.cue.kind == CueKind::Deontic
        && s > 0
        && (tok(toks, s - 1).norm() == "nobody"
            || (s > 1
                && tok(toks, s - 2).norm() == "no"
                && tok(toks, s - 1).is_word()
                && (tok(toks, s - 1).norm() == "one" || !c.pron.contains(tok(toks, s - 1).norm())))
            // "There is no reason (why) we should have to queue".
            || (s > 2 && c.pron.contains(tok(toks, s - 1).norm()) && {
                let mut j = s - 2;
                if matches!(tok(toks, j).norm(), "why" | "that") {
                    j = j.saturating_sub(1);
                }
                j > 0
                    && matches!(tok(toks, j).norm(), "reason" | "need" | "excuse")
                    && tok(toks, j - 1).norm() == "no"
            }));
    // "People should not have to move", "Tenants shouldn't need to wait": a necessity
    // ("have to", "need to") that should not be is against what nobody should be made to do.
    // Without "should" ("you don't have to share my faith to …") it only says the action is
    // not needed: no stance either way.
    let negated_need = h.cue.kind == CueKind::Deontic
        && negated
        && toks
            .get(h.i)
            .is_some_and(|t| matches!(t.norm(), "have" | "has" | "need" | "needs"));
    if negated_need
        && !toks[s..h.i]
            .iter()
            .any(|t| matches!(t.norm(), "should" | "shouldn't" | "must" | "mustn't"))
    {
        return None;
    }
    let mut sign = if nobody != negated_need { -1.0 } else { 1.0 };
    while let Some(t) = toks.get(v) {
        if t.norm() == "not" || t.norm() == "never" || t.norm().ends_with("n't") {
            sign = -sign;
        } else if !(c.adv.contains(t.norm()) || (t.norm().len() > 4 && t.norm().ends_with("ly"))) {
            break;
        }
        v += 1;
    }
    // "to refuse to release the returns": the action is releasing them, turned around.
    while refusal_at(toks, v) {
        sign = -sign;
        v += 2;
    }
    let mut verb = toks.get(v)?;
    // "do everything possible to improve policing", "do more to fix the roads": the action
    // asked for is the purpose after an empty verb and words of effort.
    if grammar().empty_verbs.holds(verb) {
        let effort = (v + 1..toks.len().min(v + 7))
            .take_while(|&k| tok(toks, k).norm() == "to" || grammar().effort.holds(tok(toks, k)))
            .find(|&k| tok(toks, k).norm() == "to")
            .filter(|&k| k > v + 1);
        if let Some(to) = effort {
            v = to + 1;
            verb = toks.get(v)?;
        }
    }
    if !verb.is_word() || verb.cap || closed_token(verb) || c.copula.holds(verb) {
        return None;
    }
    // Verbs that ask for nothing a reader could take a side on ("do so", "make it a …"); a
    // stance verb ("should dispel the doubts", "should back the plan") carries its own cue.
    if grammar().empty_verbs.holds(verb) || stop(v) {
        return None;
    }
    let mut from = v + 1;
    let prep = toks
        .get(from)
        .is_some_and(|t| c.prep.holds(t) && t.norm() != "that");
    if prep {
        from += 1;
    }
    // "improve policing", "cut funding": a lone "-ing" word is no target by itself (most are
    // verbs), but as the object of the action asked for it is a noun.
    let lone_noun = || {
        let t = toks.get(from)?;
        let ends = toks
            .get(from + 1)
            .is_none_or(|n| !n.is_word() || closed_token(n));
        (t.is_word() && !t.cap && !closed_token(t) && t.norm().ends_with("ing") && ends)
            .then_some(from..from + 1)
    };
    let object = phrases::object_at(toks, from, toks.len(), stop).or_else(lone_noun)?;
    Some((v..object.end, sign))
}

/// How far back (tokens) an object pronoun looks for the start of its clause.
const SUBJECT_REACH: usize = 60;

/// "him", "her", "his" name the last person mentioned before them (not the speaker); "he",
/// "she" too when they are the subject of an evaluation ("he would be a great senator"); "it",
/// "this", "that" after a naming verb ("calling it hostile") or as the subject of an
/// evaluation ("it is a disgrace") the last thing mentioned that is not the speaker's own side.
#[allow(clippy::too_many_arguments)]
fn resolve_pronouns(
    toks: &[Token],
    before: usize,
    about: Option<usize>,
    quoted: &[bool],
    hits: &[Hit],
    mentions: &mut Vec<Mention>,
    cat: &mut Catalogue,
    holder: &Holder,
) {
    let l = lists();
    let mut evaluated: HashSet<usize> = hits
        .iter()
        .filter(|h| h.cue.kind == CueKind::Pred)
        .filter_map(|h| subject_end(toks, h.i, h.cue.effect))
        .filter(|&e| e > 0)
        .map(|e| e - 1)
        .collect();
    // "we have her back": the possessive is whom the idiom stands by, like a subject. (Not
    // any possessive before an evaluation: "this was his mistake" points back too far for
    // the last person named to be a safe guess.)
    evaluated.extend(
        hits.iter()
            .filter(|h| h.cue.kind == CueKind::Pred && h.i > 0 && tok(toks, h.i).norm() == "back")
            .filter(|h| matches!(tok(toks, h.i - 1).norm(), "his" | "her"))
            .map(|h| h.i - 1),
    );
    // "admire her courage", "doubts about his fitness": the owner of a quality is judged, and
    // resolved like a subject.
    // Only a head ("his leadership team" is a team), right after the cue in its clause, and
    // of the other gender than the holder's ("Clinton touted her credentials" are her own).
    // "her physical fitness": one modifier may stand before the quality.
    let quality_at = |k: usize| {
        let modifier = toks
            .get(k + 1)
            .is_some_and(|t| t.is_word() && !t.cap && !closed_token(t));
        [k + 1, k + 2]
            .into_iter()
            .filter(|&q| q == k + 1 || modifier)
            .find(|&q| toks.get(q).is_some_and(|t| grammar().qualities.holds(t)))
    };
    evaluated.extend((0..toks.len().saturating_sub(1)).filter(|&k| {
        let Some(q) = quality_at(k) else {
            return false;
        };
        let head = toks
            .get(q + 1)
            .is_none_or(|n| !n.is_word() || n.norm() == "to" || closed_token(n));
        let own_gender = holder.person_key.as_deref().is_none_or(|key| {
            cat.fits_gender(
                key,
                crate::analysis::names::pronoun_gender(tok(toks, k).norm()),
            )
        });
        matches!(tok(toks, k).norm(), "his" | "her")
            && head
            && !own_gender
            && hits.iter().any(|h| {
                matches!(h.cue.kind, CueKind::Obj | CueKind::Shift)
                    && h.end() <= k
                    && k - h.end() <= 3
                    && toks[h.end()..k].iter().all(Token::is_word)
            })
    }));
    // "he refuses", "she has attacked": the subject of a stance verb is resolved too.
    let c = phrases::classes();
    for h in hits
        .iter()
        .filter(|h| matches!(h.cue.kind, CueKind::Obj | CueKind::Shift))
    {
        let mut k = h.i;
        while k > 0
            && h.i - k < 3
            && (c.aux.contains(tok(toks, k - 1).norm()) || c.adv.contains(tok(toks, k - 1).norm()))
        {
            k -= 1;
        }
        if k > 0 && matches!(tok(toks, k - 1).norm(), "he" | "she") {
            evaluated.insert(k - 1);
        }
    }
    // The dummy "it" of "it was a mistake to …" stands for nothing.
    let dummy: HashSet<usize> = hits
        .iter()
        .filter(|h| h.cue.kind == CueKind::Pred && extraposed(toks, h).is_some())
        .filter_map(|h| subject_end(toks, h.i, h.cue.effect))
        .filter_map(|e| e.checked_sub(1))
        .collect();
    // Whom the passage is said to be about stands for "he" or "she" only if the gender fits.
    let about_fitting = |cat: &Catalogue, gender| {
        about.filter(|&a| {
            cat.targets[a]
                .person_key
                .as_deref()
                .is_none_or(|key| cat.fits_gender(key, gender))
        })
    };
    let mut added = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if dummy.contains(&k) {
            continue;
        }
        let subject = evaluated.contains(&k);
        let person = matches!(t.norm(), "him" | "his" | "her")
            || (subject && matches!(t.norm(), "he" | "she"));
        let thing = (t.norm() == "it"
            && k > 0
            && l.cues
                .longest_at(toks, k - 1)
                .is_some_and(|(_, c)| c.kind == CueKind::Call))
            || (subject && matches!(t.norm(), "it" | "this" | "that"));
        if !person && !thing {
            continue;
        }
        let gender = crate::analysis::names::pronoun_gender(t.norm());
        // "this is a dangerous time": a demonstrative points at a situation more often than
        // at the last thing named, so it stands only for whom the quotation is said to be
        // about.
        let demonstrative = matches!(t.norm(), "this" | "that");
        // An object "him"/"her" is never the subject of its own clause ("Lee, Ruiz and the
        // union all lined up behind him": none of them): the people named between the clause's
        // start and its first stance verb are passed over.
        let object = t.norm() == "him"
            || (t.norm() == "her"
                && toks
                    .get(k + 1)
                    .is_none_or(|n| !n.is_word() || c.closed.holds(n)));
        let subject_span = object
            .then(|| {
                // A clause is short: the walk back stops within SUBJECT_REACH tokens, so a
                // long unit without stops stays linear in its pronouns.
                let start = (k.saturating_sub(SUBJECT_REACH)..k)
                    .rev()
                    .find(|&j| {
                        let abbreviation = tok(toks, j).is_punct('.')
                            && j > 0
                            && (phrases::is_title_abbreviation(tok(toks, j - 1))
                                || phrases::is_initial(tok(toks, j - 1)));
                        // "Northam, who is running, lined up behind him": a relative clause
                        // set off by commas tells about a subject, whose clause goes on.
                        let aside = j > 0 && tok(toks, j - 1).is_punct(',');
                        (matches!(
                            tok(toks, j).kind,
                            Kind::Punct('.' | '?' | '!' | ':' | ';') | Kind::Quote
                        ) && !abbreviation)
                            || (c.link.contains(tok(toks, j).norm()) && !aside)
                    })
                    .map_or(k.saturating_sub(SUBJECT_REACH), |j| j + 1);
                // Hits are in text order: the first at or after the clause's start.
                let verb = hits
                    .get(hits.partition_point(|h| h.i < start))
                    .map(|h| h.i)
                    .filter(|&i| i < k)?;
                Some(start..verb)
            })
            .flatten();
        let antecedent = mentions.iter().rev().find(|m| {
            if m.end > k || demonstrative {
                return false;
            }
            if subject_span
                .as_ref()
                .is_some_and(|r| r.start <= m.start && m.end <= r.end)
            {
                return false;
            }
            let target = &cat.targets[m.target];
            if person {
                target.kind == TargetKind::Person
                    && target.person_key != holder.person_key
                    && target
                        .person_key
                        .as_deref()
                        .is_none_or(|key| cat.fits_gender(key, gender))
            } else {
                // "Cruz, general secretary of the Association of Head Teachers, said it was
                // overdue": the holder's own organisation is not what "it" stands for.
                let own = || {
                    target.name.split_whitespace().all(|w| {
                        crate::analysis::lower::with_lower(w, |w| holder.words.contains(w))
                    })
                };
                target.kind != TargetKind::Person
                    && !target.entity.is_some_and(|e| holder.side.contains(&e))
                    && !own()
            }
        });
        // "'He must resign,' Ruiz said of Vance": in a quotation, whom it is said to be about
        // comes before anybody named earlier in the passage.
        let said_of = (person && subject && quoted.get(k).copied().unwrap_or(false))
            .then(|| about_fitting(cat, gender))
            .flatten();
        let target = said_of.or(antecedent.map(|a| a.target)).or_else(|| {
            // "He would be a great senator": with nobody named before it in the passage, the
            // subject is the person the article named last before the passage. Only in a
            // quotation or a sentence read only because it names the holder: in Brandt's
            // reported "Brandt said he was shocked", "he" is Brandt.
            (person && subject && (quoted.get(k).copied().unwrap_or(false) || !holder.pronouns))
                .then(|| {
                    about_fitting(cat, gender).or_else(|| {
                        cat.last_person_before(
                            before,
                            holder.person_key.as_deref(),
                            crate::analysis::names::pronoun_gender(t.norm()),
                        )
                    })
                })
                .flatten()
                // "That was an outrageous tweet," Park said of Frey: what the quotation judges
                // is the person it is said to be about.
                .or(if thing && subject { about } else { None })
                // "… all lined up behind him": an object pronoun with nobody fitting named
                // before it in the passage is the person the article named last before the
                // passage, unless that is one of the clause's own subjects.
                .or_else(|| {
                    let span = subject_span.as_ref()?;
                    let passage = quoted.get(k).copied().unwrap_or(false) || !holder.pronouns;
                    if !passage {
                        return None;
                    }
                    let found = about_fitting(cat, gender).or_else(|| {
                        cat.last_person_before(before, holder.person_key.as_deref(), gender)
                    })?;
                    let key = cat.targets[found].person_key.clone();
                    let own_subject = mentions.iter().any(|m| {
                        span.start <= m.start
                            && m.end <= span.end
                            && key.is_some()
                            && cat.targets[m.target].person_key == key
                    });
                    (!own_subject).then_some(found)
                })
        });
        if let Some(target) = target {
            added.push(Mention {
                start: k,
                end: k + 1,
                target,
            });
        }
    }
    mentions.extend(added);
    mentions.stable_sort_by_key(|m| m.start);
}

/// A noun of stance and its preposition with a relative clause between them that says who
/// holds it: "doubts that any voters have about her fitness", "the concerns residents raised
/// over the depot". The hit spans the noun to the preposition, read as the cue "doubts about".
/// Only when the view is the speaker's ("the doubts I have about") or a verb before turns it
/// ("dispel any remaining doubts that voters have about"): "understood the concerns tenants
/// have about the rules" is the tenants' view, not the speaker's.
///
/// `holds`: per token, whether it is a verb of holding a view; asked first, since this is
/// tried at every word of every unit and such a verb is rarely near.
fn gapped_cue(
    toks: &[Token],
    i: usize,
    covered: &[bool],
    holds: &[bool],
    before: &[Hit],
) -> Option<Hit> {
    let noun = toks.get(i)?;
    if !noun.is_word() || noun.cap || covered[i] {
        return None;
    }
    // The verb stands two to seven tokens after the noun (see the walk below).
    if !holds
        .get(i + 2..holds.len().min(i + 8))
        .is_some_and(|w| w.contains(&true))
    {
        return None;
    }
    let g = grammar();
    let c = phrases::classes();
    let mut k = i + 1;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.norm(), "that" | "which"))
    {
        k += 1;
    }
    // The relative clause's subject: one to four words, then a verb of holding a view.
    let from = k;
    while k < toks.len().min(from + 5) {
        let t = tok(toks, k);
        if !t.is_word() || covered[k] {
            return None;
        }
        if k > from && holds[k] {
            break;
        }
        if closed_token(t) && !c.det.holds(t) && !g.first_person.holds(t) {
            return None;
        }
        k += 1;
    }
    if holds.get(k) != Some(&true) {
        return None;
    }
    let prep = toks.get(k + 1).filter(|t| c.prep.holds(t))?;
    let own = toks[from..k].iter().all(|t| g.first_person.holds(t));
    let turned = before.last().is_some_and(|h| {
        h.cue.kind == CueKind::Shift
            && h.end() <= i
            && i - h.end() <= 2
            && toks[h.end()..i]
                .iter()
                .all(|t| t.is_word() && !t.cap && !closed_token(t) || c.det.holds(t))
    });
    if !(own || turned) {
        return None;
    }
    let pair = [noun.clone(), prep.clone()];
    let (n, cue) = lists().cues.longest_at(&pair, 0)?;
    (n == 2 && matches!(cue.kind, CueKind::Obj | CueKind::Shift)).then_some(Hit {
        i,
        n: k + 2 - i,
        cue: *cue,
    })
}

fn find_hits(toks: &[Token], mentions: &[Mention], cat: &mut Catalogue) -> Vec<Hit> {
    let mut covered = vec![false; toks.len()];
    let hold_views = &grammar().hold_views;
    let holds: Vec<bool> = toks
        .iter()
        .map(|t| t.is_word() && hold_views.contains(t.norm()))
        .collect();
    for m in mentions {
        for c in covered.iter_mut().take(m.end).skip(m.start) {
            *c = true;
        }
    }
    let mut hits = Vec::new();
    let mut sort = false;
    let mut i = 0;
    while i < toks.len() {
        if covered[i] {
            i += 1;
            continue;
        }
        // "came to a stop", "the attack": a one-word verb cue after a determiner is a noun,
        // and a noun takes its object through "of", "for" or "to".
        // "in two tower blocks": so is one after a number, or a plural after a number and a
        // modifier ("two senators opposed" keeps its verb).
        let number = |k: usize| {
            let w = tok(toks, k).norm();
            w.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w,
                    "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "dozen"
                        | "dozens"
                        | "hundreds"
                        | "thousands"
                        | "several"
                )
        };
        // "the ban was a disaster", "a blanket ban": after an article, with or without one
        // modifier, a verb cue is a noun, the thing judged.
        let article = |k: usize| phrases::is_article(tok(toks, k));
        let noun_use = |n: usize, cue: &Cue| {
            n == 1
                && i > 0
                && (cue.kind == CueKind::Obj && article(i - 1)
                    || cue.kind == CueKind::Shift
                        && !tok(toks, i).norm().ends_with("ing")
                        && toks.get(i + 1).is_none_or(|t| {
                            let c = phrases::classes();
                            // "The ban made the game more dangerous": a past tense after it
                            // is the verb of the noun.
                            !t.is_word()
                                || c.aux.contains(t.norm())
                                || c.copula.holds(t)
                                || c.conj.contains(t.norm())
                                || !t.cap && (t.norm().ends_with("ed") || c.act.contains(t.norm()))
                        })
                        && (article(i - 1)
                            || i > 1
                                && article(i - 2)
                                && tok(toks, i - 1).is_word()
                                && !tok(toks, i - 1).cap
                                && !closed_token(tok(toks, i - 1)))
                    || matches!(cue.kind, CueKind::Obj | CueKind::Shift)
                        && tok(toks, i).norm().ends_with('s')
                        && (number(i - 1)
                            || i > 1
                                && number(i - 2)
                                && tok(toks, i - 1).is_word()
                                && !tok(toks, i - 1).cap
                                && !closed_token(tok(toks, i - 1))))
                && !toks
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.norm(), "of" | "for" | "to" | "behind"))
        };
        if let Some(hit) = gapped_cue(toks, i, &covered, &holds, &hits) {
            hits.push(hit);
            i = hit.end();
            continue;
        }
        // Before the cues: "lacks" alone negates, "lacks the temperament" judges.
        if let Some(hit) = possession(toks, i, &covered).or_else(|| resultative(toks, i)) {
            // A hit from a relative clause opens at the copula before it.
            sort |= hits.last().is_some_and(|h: &Hit| h.i > hit.i);
            hits.push(hit);
            i += 1;
            continue;
        }
        // "thus disqualifying Cruz", "damaging the party": an "-ing" evaluation with an
        // object after it is a verb, which judges nothing by itself.
        let verb_use = |n: usize, cue: &Cue| {
            n == 1
                && cue.kind == CueKind::Pred
                && tok(toks, i).norm().ends_with("ing")
                && toks
                    .get(i + 1)
                    .is_some_and(|t| t.is_word() && (t.cap || phrases::classes().det.holds(t)))
        };
        // "a banned substance", "Blocked footpaths made it impossible": a participle between
        // a determiner, a preposition or the sentence's start and a noun describes the noun;
        // it does nothing to it.
        let attributive = |n: usize, cue: &Cue| {
            n == 1
                && matches!(cue.kind, CueKind::Obj | CueKind::Shift)
                && tok(toks, i).norm().ends_with("ed")
                && (after_mark(toks, i) || {
                    // Not "that" or a quantifier, which may be the verb's subject ("all
                    // supported Bush"), nor a comma, after which a verb may follow its subject.
                    let p = tok(toks, i - 1);
                    phrases::classes().det.holds(p)
                        && !matches!(p.norm(), "that" | "all" | "both" | "some" | "any" | "each")
                        || grammar().prepositions.holds(p)
                })
                && toks.get(i + 1).is_some_and(|t| {
                    let c = phrases::classes();
                    t.is_word()
                        && !t.cap
                        && !closed_token(t)
                        && !c.prep.holds(t)
                        && !c.det.holds(t)
                        && !c.pron.contains(t.norm())
                        && !phrases::adverb(t)
                })
        };
        // "The Harwick Trust said", "the Liberty Alliance": a capitalised organisation's
        // head after another capital ends its name and is no verb.
        let name_head = i > 0
            && tok(toks, i).cap
            && tok(toks, i - 1).cap
            && tok(toks, i - 1).is_word()
            && crate::analysis::names::is_organisation_head(tok(toks, i).norm());
        match cat.cue_at(toks, i).filter(|(n, c)| {
            !name_head
                && !noun_use(*n, c)
                && !verb_use(*n, c)
                && !attributive(*n, c)
                && !subject_gerund(toks, i, *n, c)
                && !subject_noun_cue(toks, i, *n, c)
                && !proposal_content(toks, i)
        }) {
            Some((n, &cue)) => {
                if !(i..i + n).any(|k| covered.get(k).copied().unwrap_or(false)) {
                    let mut cue = cue;
                    if matches!(cue.kind, CueKind::Effect | CueKind::Change) {
                        // "would be devastating": a verb of effect used as an adjective is
                        // the copula's evaluation.
                        if let Some(hit) = effect_hit(toks, i, n, cue).or_else(|| {
                            let adjective = n == 1
                                && i > 0
                                && tok(toks, i).norm().ends_with("ing")
                                && phrases::classes().copula.holds(tok(toks, i - 1))
                                && toks.get(i + 1).is_none_or(|t| {
                                    !t.is_word()
                                        || phrases::classes().prep.holds(t)
                                        || phrases::classes().conj.contains(t.norm())
                                });
                            predicate_sentiment(toks, i).filter(|_| adjective)
                        }) {
                            hits.push(hit);
                        }
                        i += n;
                        continue;
                    }
                    // "he really does love us", "the league betrayed us": a stance verb
                    // whose object is the speaker's own side judges its subject, as a verb
                    // of effect does.
                    // So does a verb of failing somebody ("the board ignored the community").
                    if cue.kind == CueKind::Obj
                        && (first_person_object(toks, i + n)
                            || n == 1
                                && grammar().faults.holds(tok(toks, i))
                                && !passive_at(toks, i))
                        && third_person_subject(toks, i)
                    {
                        cue.kind = CueKind::Pred;
                        cue.effect = true;
                    }
                    // "more often than not she was right": no negation.
                    if cue.kind == CueKind::Neg && i > 0 && tok(toks, i - 1).norm() == "than" {
                        i += n;
                        continue;
                    }
                    // ", not X" and "but not X" contrast rather than negate.
                    let mut manner = false;
                    if cue.kind == CueKind::Neg
                        && tok(toks, i).norm() == "not"
                        && i > 0
                        && (tok(toks, i - 1).is_punct(',') || tok(toks, i - 1).norm() == "but")
                    {
                        cue.kind = CueKind::Contrast;
                        // "We support modernisation, but not on the backs of passengers": a
                        // phrase after a preposition says how or at whose cost, and is no
                        // second thing contrasted with the first, unless the first stands
                        // after the same preposition ("working on peace, not on a ceasefire").
                        manner = toks.get(i + 1).is_some_and(|p| {
                            phrases::classes().prep.holds(p)
                                && !toks[sentence_start(toks, i)..i]
                                    .iter()
                                    .any(|t| t.norm() == p.norm())
                        });
                    }
                    if !manner {
                        hits.push(Hit { i, n, cue });
                    }
                }
                i += n;
            }
            None => {
                if let Some(hit) = predicate_sentiment(toks, i) {
                    hits.push(hit);
                }
                i += 1
            }
        }
    }
    if sort {
        hits.stable_sort_by_key(|h| h.i);
    }
    hits
}

/// Whether token `i` opens the text or follows a quotation mark or a mark that ends a
/// sentence or opens a list (".", "!", "?", ":").
fn after_mark(toks: &[Token], i: usize) -> bool {
    i == 0
        || matches!(
            tok(toks, i - 1).kind,
            Kind::Quote | Kind::Punct('.' | '!' | '?' | ':')
        )
}

/// "Scrapping the scheme was a mistake", "Banning phones will hurt pupils": a gerund stance
/// verb opening a clause, with its object and then a copula, an auxiliary or a verb of effect
/// before any mark, is the subject's head: the action the predicate judges, not the
/// speaker's stance on its object.
fn subject_gerund(toks: &[Token], i: usize, n: usize, cue: &Cue) -> bool {
    let opens = after_mark(toks, i) || {
        let p = tok(toks, i - 1);
        p.norm() == "that" || crate::analysis::lexicon::cue(p.norm()).is_some()
    };
    if n != 1
        || !matches!(cue.kind, CueKind::Obj | CueKind::Shift | CueKind::Demand)
        || !tok(toks, i).norm().ends_with("ing")
        || !opens
    {
        return false;
    }
    // "Asking a woman in labour to travel 30 miles on a winding road is dangerous": a long
    // gerund clause up to its predicate.
    if after_mark(toks, i) && phrases::gerund_predicate(toks, i).is_some() {
        return true;
    }
    if cue.kind == CueKind::Demand {
        return false;
    }
    predicate_within(toks, i + 2..toks.len().min(i + 9))
}

/// Whether a predicate (a copula, an auxiliary or a verb of effect) opens within `words`
/// before any mark; a condition's verb does not count ("suggested boycotting Apple if the
/// company did not help").
fn predicate_within(toks: &[Token], words: Range<usize>) -> bool {
    let g = grammar();
    words
        .map(|k| (k, lists().cues.longest_at(toks, k).map(|(_, c)| c.kind)))
        .take_while(|&(k, kind)| tok(toks, k).is_word() && kind != Some(CueKind::Cond))
        .any(|(k, kind)| {
            let t = tok(toks, k);
            g.be.holds(t)
                || g.auxiliaries.holds(t)
                || matches!(kind, Some(CueKind::Effect | CueKind::Change))
        })
}

/// "A ban on phones will hurt pupils", "The support for the levy is fragile": a noun of stance
/// opening the sentence after its determiner, with its object and then a copula, an
/// auxiliary or a verb of effect, heads the subject the predicate judges; it is no stance of
/// the speaker's.
fn subject_noun_cue(toks: &[Token], i: usize, n: usize, cue: &Cue) -> bool {
    let c = phrases::classes();
    let last = tok(toks, i + n - 1).norm();
    if i == 0
        || !matches!(cue.kind, CueKind::Obj | CueKind::Shift)
        || !c.det.holds(tok(toks, i - 1))
        // "Our opposition to the tower is well known" is the speaker's own.
        || matches!(tok(toks, i - 1).norm(), "our" | "my")
        || !(after_mark(toks, i - 1) || reported_that(toks, i - 1))
        || !(n > 1 && c.prep.contains(last) || toks.get(i + n).is_some_and(|t| c.prep.holds(t)))
    {
        return false;
    }
    if predicate_within(toks, i + n..toks.len().min(i + n + 8)) {
        return true;
    }
    // "a ban on the sprays, due to take effect next year, will slash yields": past an aside
    // between commas right after the object.
    let Some(open) = (i + n..toks.len().min(i + n + 6)).find(|&k| !tok(toks, k).is_word()) else {
        return false;
    };
    if !tok(toks, open).is_punct(',') {
        return false;
    }
    let close = (open + 1..toks.len().min(open + 12)).find(|&k| !tok(toks, k).is_word());
    close.is_some_and(|k| {
        tok(toks, k).is_punct(',') && predicate_within(toks, k + 1..toks.len().min(k + 4))
    })
}

/// "Farmers warned (that) a ban …": the determiner at `i` opens a reported clause.
fn reported_that(toks: &[Token], i: usize) -> bool {
    let said = |k: usize| crate::analysis::lexicon::cue(tok(toks, k).norm()).is_some();
    (i >= 1 && said(i - 1)) || (i >= 2 && tok(toks, i - 1).norm() == "that" && said(i - 2))
}

/// "The council will vote on a proposal to ban cars": a verb after the "to" of a noun of
/// intent (`to_noun`: a plan, a proposal, a decision, a bid) after an article or a
/// demonstrative is what that plan would do, not the speaker's stance, unless the phrase is
/// a verb's object. A possessive keeps it (in the reporter's words "his bid to stop Lee" is
/// the holder's own), and without a determiner the noun may be a verb ("plans to support").
fn proposal_content(toks: &[Token], i: usize) -> bool {
    let noun = if tok(toks, i).norm() == "to" {
        i.checked_sub(1)
    } else if i > 1 && tok(toks, i - 1).norm() == "to" {
        Some(i - 2)
    } else {
        None
    };
    let Some(noun) = noun.filter(|&k| {
        let t = tok(toks, k);
        t.is_word() && !t.cap && phrases::classes().to_noun.contains(t.norm())
    }) else {
        return false;
    };
    // The article, past at most two modifiers ("the jingoistic bid to block").
    let article = (noun.saturating_sub(3)..noun).rev().find(|&k| {
        let t = tok(toks, k);
        !(t.is_word() && !t.cap && !closed_token(t))
            || matches!(
                t.norm(),
                "a" | "an" | "the" | "this" | "that" | "these" | "those"
            )
    });
    let Some(article) = article.filter(|&k| {
        matches!(
            tok(toks, k).norm(),
            "a" | "an" | "the" | "this" | "that" | "these" | "those"
        )
    }) else {
        return false;
    };
    // The object of a verb ("joined the bid to block", "made a decision to vote for", "we
    // have a plan to cut") is the subject's own plan; after a preposition, a conjunction, a
    // copula or at the sentence's start it is somebody's plan that is talked about.
    let before = tok(toks, article.wrapping_sub(1));
    let object_of_verb = article > 0
        && before.is_word()
        && !before.cap
        && (!closed_token(before) || matches!(before.norm(), "have" | "has" | "had" | "'ve"));
    !object_of_verb
}

/// "refuse to", "failed to" at token `k`: a verb that turns the action after its "to" round.
fn refusal_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| grammar().refusal.holds(t))
        && toks.get(k + 1).is_some_and(|t| t.norm() == "to")
}

/// Whether the word at `k` is a finite verb opening a predicate: an auxiliary ("will",
/// "has"), or an "-s"/"-ed" form followed by a determiner, a pronoun, "that" or "to"
/// ("wants the same", "said that").
fn verb_after(toks: &[Token], k: usize) -> bool {
    let c = phrases::classes();
    let Some(t) = toks.get(k).filter(|t| t.is_word() && !t.cap) else {
        return false;
    };
    let w = t.norm();
    let inflected = (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed");
    c.aux.contains(w)
        || inflected
            && toks.get(k + 1).is_some_and(|n| {
                c.det.holds(n) || c.pron.contains(n.norm()) || matches!(n.norm(), "that" | "to")
            })
}

/// Whether the participle at `v` is passive or a state ("was ignored", "felt abandoned",
/// "has been misled"): a form of "be", "get" or a verb of seeming before it, past auxiliaries
/// and adverbs, makes its subject the one it was done to.
fn passive_at(toks: &[Token], v: usize) -> bool {
    let c = phrases::classes();
    toks[..v]
        .iter()
        .rev()
        .take_while(|t| {
            t.is_word() && (c.aux.contains(t.norm()) || c.adv.contains(t.norm()) || passive_word(t))
        })
        .any(passive_word)
}

fn passive_word(t: &Token) -> bool {
    phrases::classes().copula.holds(t) || grammar().passive_marks.holds(t)
}

/// "us" or "me" standing alone as an object at `k` (not "us all to …", "me the report").
fn first_person_object(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| matches!(t.norm(), "us" | "me"))
        && toks.get(k + 1).is_none_or(|n| {
            !n.is_word() || matches!(n.norm(), "and" | "again" | "now" | "today" | "every")
        })
}

/// Whether the subject of the verb at `v` (before its auxiliaries and adverbs) may be
/// somebody else than the speaker or the one spoken to ("you've been critical of me" names
/// nobody).
fn third_person_subject(toks: &[Token], v: usize) -> bool {
    let c = phrases::classes();
    let mut k = v;
    while k > 0
        && (c.aux.contains(tok(toks, k - 1).norm()) || c.adv.contains(tok(toks, k - 1).norm()))
    {
        k -= 1;
    }
    k > 0 && {
        let s = tok(toks, k - 1).norm();
        let person = s.split('\'').next().unwrap_or(s);
        tok(toks, k - 1).is_word()
            && !grammar().first_person.contains(s)
            && !matches!(person, "you" | "i" | "we" | "why" | "who" | "what")
    }
}

/// Having or lacking a quality, read as an evaluation of who has it: "Ostrow has the
/// experience to fix transit", "she showed real courage" favour her, "he lacks the temperament",
/// "has no vision" oppose him. "X is the only candidate who has the judgment": the hit opens at
/// the copula, so that the relative clause judges the copula's subject. Read like a verb of
/// effect: the subject ends right before the hit.
fn possession(toks: &[Token], i: usize, covered: &[bool]) -> Option<Hit> {
    let g = grammar();
    let c = phrases::classes();
    let verb = toks.get(i).filter(|t| t.is_word() && !t.cap)?.norm();
    // "We have his back", "they've got Lee's back": standing by the one whose back it is.
    // The hit stands right after the possessor, which it judges like "Lee's failure".
    if matches!(verb, "have" | "has" | "had" | "got" | "'ve") {
        let owner = toks.get(i + 1).filter(|t| {
            matches!(t.norm(), "his" | "her" | "their") || (t.poss && (t.cap || covered[i + 1]))
        });
        let back = toks.get(i + 2).is_some_and(|t| t.norm() == "back")
            && toks
                .get(i + 3)
                .is_none_or(|t| !t.is_word() || c.closed.holds(t));
        if owner.is_some() && back {
            return Some(Hit {
                i: i + 2,
                n: 1,
                cue: Cue {
                    kind: CueKind::Pred,
                    sign: 1.0,
                    weight: 0.8,
                    own_only: true,
                    general: false,
                    effect: false,
                },
            });
        }
    }
    let lack = g.lack.contains(verb);
    // "the council has made a mistake": a blunder faults whoever made it.
    let commit = g.commit.contains(verb);
    if !(lack || commit || g.possess.contains(verb)) {
        return None;
    }
    let deed = |w: &str| {
        if commit {
            g.blunders.contains(w)
        } else {
            g.qualities.contains(w)
        }
    };
    let l = lists();
    let mut sign = if lack || commit { -1.0 } else { 1.0 };
    // "has no vision": a "no" before the quality (since any first conjunct) turns it round.
    let mut no = false;
    let mut k = i + 1;
    while k < toks.len().min(i + 6) && !covered[k] {
        let w = tok(toks, k).norm();
        if deed(w) && !tok(toks, k).cap {
            break;
        }
        // "has no plan and no credibility": a first conjunct and its "and" before the quality.
        let conjunct = tok(toks, k).is_word()
            && !tok(toks, k).cap
            && !phrases::closed(c, w)
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.norm(), "and" | "or"));
        let and = matches!(w, "and" | "or") && k > i + 1;
        let modifier = c.det.contains(w)
            || c.adv.contains(w)
            || conjunct
            || and
            || g.quality_modifiers.contains(w)
            // "a terrible mistake": any judgement may stand before a blunder, and so may any
            // plain word ("a serious mistake", "a strategic error"): the blunder still ends
            // the phrase.
            || l.sentiment.get(w).is_some_and(|&v| v > 0.0 || commit)
            || commit && tok(toks, k).is_word() && !tok(toks, k).cap && !phrases::closed(c, w);
        if !tok(toks, k).is_word() || !modifier {
            return None;
        }
        if and {
            no = false;
        } else if w == "no" {
            no = true;
        }
        k += 1;
    }
    if no {
        sign = -sign;
    }
    let quality = toks.get(k).filter(|t| t.is_word() && !covered[k])?;
    if !deed(quality.norm()) {
        return None;
    }
    // "a heart attack", "substance abuse": a noun after it makes a compound of something else.
    if toks
        .get(k + 1)
        .is_some_and(|t| t.is_word() && !c.closed.holds(t) && t.norm() != "and")
    {
        return None;
    }
    // "the only candidate who has …": back over the relative pronoun and its head to a copula.
    let mut start = i;
    while start > 0
        && c.aux.contains(tok(toks, start - 1).norm())
        && !c.copula.holds(tok(toks, start - 1))
    {
        start -= 1;
    }
    // "saying the other lacks the judgment": a subject that only points names nobody; "we've
    // made mistakes" is the speaker's own admission, no stance.
    if start > 0
        && (c.pointing.contains(tok(toks, start - 1).norm())
            || commit && g.first_person.holds(tok(toks, start - 1)))
    {
        return None;
    }
    if start >= 2 && matches!(tok(toks, start - 1).norm(), "who" | "that") {
        let mut j = start - 1;
        let mut steps = 0;
        while j > 0 && steps < 4 && tok(toks, j - 1).is_word() && !tok(toks, j - 1).cap {
            if c.copula.holds(tok(toks, j - 1)) {
                return Some(Hit {
                    i: j - 1,
                    n: k + 1 - (j - 1),
                    cue: possession_cue(sign),
                });
            }
            j -= 1;
            steps += 1;
        }
        return None;
    }
    Some(Hit {
        i,
        n: k + 1 - i,
        cue: possession_cue(sign),
    })
}

fn possession_cue(sign: f32) -> Cue {
    Cue {
        kind: CueKind::Pred,
        sign,
        weight: 0.8,
        // In the reporter's words a quality is a description ("Lee, who has experience …").
        own_only: true,
        general: false,
        effect: true,
    }
}

/// A verb of effect or change read as an evaluation of its subject: "the levy will hurt
/// families" opposes the levy, "the plan would cut crime" favours the plan (what is done to
/// a bad thing turns the sign). The verb must follow its subject, after auxiliaries; a change
/// verb ("raise", "cut") judges only a thing, since a person who cuts or raises something is
/// acting, not being judged; nor does any effect verb judge the speaker ("we will hurt them").
fn effect_hit(toks: &[Token], i: usize, n: usize, cue: Cue) -> Option<Hit> {
    let c = phrases::classes();
    let g = grammar();
    let mut k = i;
    let mut modal = false;
    while k > 0
        && (c.aux.contains(tok(toks, k - 1).norm())
            || c.adv.contains(tok(toks, k - 1).norm())
            || tok(toks, k - 1).kind == Kind::Quote)
    {
        // "steps to increase the vetting": an infinitive has no subject here.
        if tok(toks, k - 1).norm() == "to" {
            return None;
        }
        modal |= c.aux.contains(tok(toks, k - 1).norm());
        k -= 1;
    }
    // Without an auxiliary a bare or plural form is as likely a noun ("budget cuts known as
    // sequestration", "the harm"): a change verb is read only as a prediction ("would raise
    // rents") and an effect verb only with an auxiliary or an "-s"/"-ed" ending.
    let last = tok(toks, i + n - 1).norm();
    let inflected =
        last.ends_with("ed") || last == "made" || (last.ends_with('s') && !last.ends_with("ss"));
    if !modal && (cue.kind == CueKind::Change || !inflected) {
        return None;
    }
    let subject = toks.get(k.checked_sub(1)?)?;
    if !subject.is_word() || c.det.holds(subject) || c.prep.holds(subject) {
        return None;
    }
    // Who acts: a pronoun, a name, a body ("the council") or a role ("the mayor", "workers").
    let w = subject.norm();
    let person = matches!(w, "he" | "she" | "they" | "who")
        || (subject.cap && !crate::analysis::names::is_stopword(subject.surface()))
        || crate::analysis::names::is_organisation_head(w)
        || crate::analysis::names::is_organisation_head(w.strip_suffix('s').unwrap_or(w))
        || crate::analysis::names::is_title(w)
        || ["ers", "ors", "ists"]
            .iter()
            .any(|s| w.len() > 5 && w.ends_with(s));
    if g.first_person.contains(w)
        || matches!(w, "you" | "to" | "it" | "this" | "that" | "which" | "what")
        || (cue.kind == CueKind::Change && person)
    {
        return None;
    }
    // What the verb does it to: a bad thing ("crime", "costs") turns the sign.
    let l = lists();
    let bad = toks
        .iter()
        .skip(i + n)
        .take_while(|t| t.is_word() && (t.norm() == "of" || !c.closed.holds(t)))
        .take(6)
        .any(|t| g.harms.holds(t) || l.sentiment.get(t.norm()).is_some_and(|&v| v <= -1.0));
    // An object follows: a determiner, a pronoun ("hurt us") or an open word, never an
    // auxiliary ("the tax cut will …" has no verb "cut").
    let object = toks.get(i + n).is_some_and(|t| {
        t.is_word()
            && (matches!(t.norm(), "us" | "them" | "everyone" | "everybody") || !c.closed.holds(t))
    });
    if !object {
        return None;
    }
    let sign = if bad { -cue.sign } else { cue.sign };
    Some(Hit {
        i,
        n,
        cue: Cue {
            kind: CueKind::Pred,
            sign,
            weight: cue.weight,
            own_only: true,
            // A change verb is read as weakly as a word of general mood.
            general: cue.kind == CueKind::Change,
            effect: true,
        },
    })
}

/// "The ban would make the game more dangerous", "the fee makes life harder for families":
/// a verb giving its object a state (`resultative`) is a verb of effect on its subject, with
/// the state's sign ("less" turns it; a comparative reads as its base word, "safer" as
/// "safe"). Read like `effect_hit`, which also decides whether the verb has a subject here.
fn resultative(toks: &[Token], i: usize) -> Option<Hit> {
    let g = grammar();
    let c = phrases::classes();
    if !toks
        .get(i)
        .is_some_and(|t| t.is_word() && !t.cap && g.resultative.holds(t))
    {
        return None;
    }
    let l = lists();
    // A state's value: its own sentiment, its base word's for a comparative ("safer",
    // "easier"), or a bad state's.
    let value = |w: &str| {
        let base = w.strip_suffix("ier").map_or_else(
            || w.strip_suffix("er").map(str::to_string),
            |b| {
                let mut y = b.to_string();
                y.push('y');
                Some(y)
            },
        );
        l.sentiment
            .get(w)
            .or_else(|| base.as_deref().and_then(|b| l.sentiment.get(b)))
            .copied()
            .or_else(|| g.bad_states.contains(w).then_some(-2.0))
    };
    // The object: one to four words, pronouns such as "it", "us", "life" included, up to the
    // state.
    let mut k = i + 1;
    while k < toks.len().min(i + 5) {
        let t = tok(toks, k);
        let w = t.norm();
        let object_word = t.is_word()
            && (c.det.contains(w)
                || matches!(w, "it" | "us" | "them" | "him" | "her" | "me" | "everyone")
                || !phrases::closed(c, w));
        // "made reckless promises": a judging word inside the object modifies a noun, and
        // what the verb makes is no state.
        if k == i + 1 && value(w).is_some() {
            return None;
        }
        let state = k > i + 1 && !c.det.holds(tok(toks, k - 1)) && value(w).is_some();
        if !object_word || state || matches!(w, "more" | "less" | "much" | "even" | "far") {
            break;
        }
        k += 1;
    }
    if k == i + 1 {
        return None;
    }
    let mut sign = 1.0;
    let marked = matches!(tok(toks, k).norm(), "more" | "less");
    // "made an impromptu stop": after "a" the last word is the noun's head, not a state,
    // unless "more" or "less" marks it.
    if !marked && matches!(tok(toks, i + 1).norm(), "a" | "an") {
        return None;
    }
    // "made Obama look too good": an excess is no praise.
    while matches!(
        tok(toks, k).norm(),
        "more" | "less" | "much" | "even" | "far" | "so"
    ) {
        if tok(toks, k).norm() == "less" {
            sign = -sign;
        }
        k += 1;
    }
    let state = tok(toks, k);
    let w = state.norm();
    // A plural is a noun ("made bold promises"), not a state.
    let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous");
    if !state.is_word() || state.cap || plural || g.no_verdict_states.contains(w) {
        return None;
    }
    // "made it clear that …" states a fact; "incapable of …", "harder on Beijing" judge
    // the object, not what is done to it.
    let value = value(w)?;
    if value.abs() < 1.0
        || toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.norm(), "that" | "of" | "on"))
    {
        return None;
    }
    // "making killing a lot easier": easing a bad thing is bad.
    let bad_object = toks[i + 1..k]
        .iter()
        .any(|t| g.harms.holds(t) || l.sentiment.get(t.norm()).is_some_and(|&v| v <= -1.0));
    if bad_object && g.ease_states.contains(w) {
        sign = -sign;
    }
    let cue = Cue {
        kind: CueKind::Effect,
        sign: sign * value.signum(),
        weight: 0.8,
        own_only: true,
        general: false,
        effect: true,
    };
    effect_hit(toks, i, 1, cue).map(|h| Hit {
        n: k + 1 - i,
        cue: Cue {
            sign: cue.sign,
            ..h.cue
        },
        ..h
    })
}

/// Whether a naming verb ("called", "described") ends within `reach` tokens before token `i`,
/// with its object between ("called the ruling a huge win").
fn named_before(toks: &[Token], i: usize, reach: usize) -> bool {
    (i.saturating_sub(reach)..i).any(|k| {
        lists()
            .cues
            .longest_at(toks, k)
            .is_some_and(|(n, c)| c.kind == CueKind::Call && k + n < i)
    })
}

/// An evaluative word of the general lexicon (VADER) standing as the predicate of a copula:
/// "NATO may be obsolete", "she's very unstable", "the levy is a trap". Attached to its
/// subject by the grammar, it counts as an evaluation of it; anywhere else it is only mood.
fn predicate_sentiment(toks: &[Token], i: usize) -> Option<Hit> {
    let t = toks.get(i).filter(|t| t.is_word() && !t.cap)?;
    let &v = lists().sentiment.get(t.norm())?;
    if v.abs() < 1.0 {
        return None;
    }
    // "Voters are angry", "nurses were exhausted": a feeling describes its subject; it judges
    // only what a "to" or a clause after it says ("glad Lee won", "pleased to nominate Ruiz").
    if grammar().feelings.holds(t)
        && !toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.norm(), "to" | "that") || (n.is_word() && n.cap))
    {
        return None;
    }
    // "was badly injured", "is badly damaged": an adverb of degree before a harm says what
    // befell the subject, no judgement of it ("badly designed", "poorly run" judge it).
    // "The patient is poorly" is British for unwell: "poorly" judges only a participle.
    let participle = toks.get(i + 1).filter(|n| {
        n.is_word() && !n.cap && (n.norm().ends_with("ed") || grammar().befallen.holds(n))
    });
    if t.norm().ends_with("ly")
        && participle.is_some_and(|n| {
            grammar().befallen.holds(n)
                || lists().sentiment.get(n.norm()).is_some_and(|&v| v <= -1.0)
        })
        || t.norm() == "poorly" && participle.is_none()
    {
        return None;
    }
    // "The money would be better spent on nurses", "families are worse off": a comparative
    // before a participle is an adverb, no evaluation of the subject.
    if matches!(t.norm(), "better" | "best" | "worse" | "worst")
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && (grammar().comparative_uses.holds(n)
                    || n.norm().len() > 4 && n.norm().ends_with("ed"))
        })
    {
        return None;
    }
    // After a copula, or after a naming verb and its object ("called the ruling a huge win").
    let named = named_before(toks, i, 8);
    let after_copula = subject_end(toks, i, false).is_some();
    // After a naming verb only a word of some force counts ("a disgrace", not "lone").
    if !(after_copula || named && v.abs() >= 1.5) {
        return None;
    }
    Some(Hit {
        i,
        n: 1,
        cue: Cue {
            kind: CueKind::Pred,
            sign: v.signum(),
            weight: (v.abs() / 2.5).clamp(0.6, 1.0),
            // In the reporter's words only what a naming verb reports ("called it a
            // disgrace") is the speaker's; a copula there is the reporter's own description.
            own_only: !named,
            general: true,
            effect: false,
        },
    })
}

struct Clause {
    range: Range<usize>,
    /// A reporter's aside after a comma ("..., a reference to ...").
    aside: bool,
    /// A clause resumed after an appositive ("Rivera, a member of the board, has backed …"):
    /// the clause before the appositive, where its subject is.
    resumes: Option<Range<usize>>,
}

fn clauses(toks: &[Token], hits: &[Hit]) -> Vec<Clause> {
    // Marked once: asking the hits at every "that" made a long sentence quadratic.
    let mut say_at = vec![false; toks.len()];
    for h in hits
        .iter()
        .filter(|h| matches!(h.cue.kind, CueKind::Say | CueKind::Demand))
    {
        if let Some(s) = say_at.get_mut(h.i) {
            *s = true;
        }
    }
    let is_say = |k: usize| say_at[k];
    let mut hit_at = vec![false; toks.len()];
    let mut pred_at = vec![false; toks.len()];
    for h in hits {
        if let Some(s) = hit_at.get_mut(h.i) {
            *s = true;
        }
        if let Some(s) = pred_at.get_mut(h.i).filter(|_| h.cue.kind == CueKind::Pred) {
            *s = true;
        }
    }
    // "painful but necessary": a "but" between two evaluations of one subject joins them.
    let joins_evaluations = |k: usize| k > 0 && pred_at[k - 1] && pred_at.get(k + 1) == Some(&true);
    // Whether a verb opens the words from `k`: an auxiliary or a cue, after adverbs.
    let verb_at = |k: usize| {
        let c = phrases::classes();
        let k = (k..toks.len())
            .find(|&j| {
                !(tok(toks, j).is_word()
                    && (c.adv.contains(tok(toks, j).norm())
                        || phrases::adverb(tok(toks, j))
                        || matches!(tok(toks, j).norm(), "all" | "both")))
            })
            .unwrap_or(toks.len());
        toks.get(k)
            .is_some_and(|t| t.is_word() && !t.cap && (c.aux.contains(t.norm()) || hit_at[k]))
    };
    let mut out: Vec<Clause> = Vec::new();
    let mut start = 0;
    let mut aside = false;
    // The clause an appositive aside interrupts, while the aside runs; then the clause that
    // resumes it, while that one runs.
    let mut interrupted: Option<Range<usize>> = None;
    let mut resumes: Option<Range<usize>> = None;
    for k in 0..toks.len() {
        let t = tok(toks, k);
        let next = toks.get(k + 1).map(|n| n.norm()).unwrap_or("");
        let after_comma = k > 0 && tok(toks, k - 1).is_punct(',');
        let mut new_aside = false;
        // "Rivera, a member of the board, has backed …": the aside closes at the comma before
        // the verb, and the clause it interrupted goes on.
        if aside && after_comma && k > start && verb_at(k) {
            if let Some(before) = interrupted.take() {
                out.push(Clause {
                    range: start..k,
                    aside,
                    resumes: None,
                });
                start = k;
                aside = false;
                resumes = Some(before);
            }
        }
        let before = match t.norm() {
            "but" => next != "not" && !joins_evaluations(k),
            // "Capping rents while doing nothing … is wrong": inside a gerund clause opening
            // the sentence, a gerund after it opens no clause of its own.
            "however" | "whereas" | "although" | "though" | "while" => {
                let opening = (start..k).find(|&j| tok(toks, j).is_word());
                !opening.is_some_and(|g| {
                    after_mark(toks, g) && phrases::gerund_predicate(toks, g).is_some_and(|p| p > k)
                })
            }
            "that" => (k.saturating_sub(3)..k).any(is_say),
            _ if after_comma => {
                if grammar().subject_pronouns.holds(t) {
                    true
                } else if matches!(t.norm(), "and" | "so") {
                    grammar().subject_pronouns.contains(next)
                } else if matches!(t.norm(), "a" | "an" | "who" | "which") {
                    // An appositive ("Rivera, a member of the board, has …") or a relative
                    // clause ("Northam, who is running for governor, lined up …") interrupts
                    // the clause, which resumes at the comma before its verb.
                    new_aside = true;
                    true
                } else {
                    t.is_word() && !t.cap && t.norm().len() > 5 && t.norm().ends_with("ing")
                }
            }
            _ => false,
        };
        if before && k > start {
            let range = start..k;
            interrupted = (new_aside && !aside).then(|| range.clone());
            out.push(Clause {
                range,
                aside,
                resumes: resumes.take(),
            });
            start = k;
            aside = new_aside;
        }
        // "Mr. Obama": the full stop of a title's abbreviation ends nothing.
        let abbreviation = t.is_punct('.')
            && k > 0
            && (phrases::is_title_abbreviation(tok(toks, k - 1))
                || phrases::is_initial(tok(toks, k - 1)));
        let stop = !abbreviation
            && matches!(
                t.kind,
                Kind::Punct('.' | ';' | ':' | '?' | '!' | '\u{2026}')
            );
        if stop {
            out.push(Clause {
                range: start..k + 1,
                aside,
                resumes: resumes.take(),
            });
            start = k + 1;
            aside = false;
            interrupted = None;
        }
    }
    if start < toks.len() {
        out.push(Clause {
            range: start..toks.len(),
            aside,
            resumes,
        });
    }
    out
}

fn locative_between(toks: &[Token], from: usize, to: usize) -> bool {
    toks.get(from..to)
        .is_some_and(|s| s.iter().any(|t| grammar().locatives.holds(t)))
}

/// Whether the mention starting at token `start` is the object of a preposition ("according
/// to X's timeline", "the war in the X", "talks with X"), looking back over determiners. Such a
/// mention is an adjunct of the clause's subject, so what the clause predicates of its subject
/// is not said of it.
fn prepositional_object(toks: &[Token], start: usize, clause_start: usize) -> bool {
    let mut k = start;
    while k > clause_start {
        k -= 1;
        let t = tok(toks, k);
        if !t.is_word() {
            return false;
        }
        if grammar().governing.holds(t) {
            return true;
        }
        if !grammar().determiners.holds(t) {
            return false;
        }
    }
    false
}

/// Number of word tokens strictly between two token positions.
fn words_between(toks: &[Token], from: usize, to: usize) -> usize {
    toks.get(from..to)
        .map_or(0, |s| s.iter().filter(|t| t.is_word()).count())
}

#[allow(clippy::too_many_arguments)]
fn read_clause(
    toks: &[Token],
    unit: &Unit,
    clause: &Clause,
    all_hits: &[Hit],
    all_mentions: &[Mention],
    actions: &[Action],
    cat: &Catalogue,
    holder: &Holder,
    out: &mut Vec<Finding>,
) {
    let (a, b) = (clause.range.start, clause.range.end);
    let own = |k: usize| toks.get(k).is_some_and(|t| inside(&unit.own, t.start));
    let clause_own = (a..b).any(own);
    let foreign = (a..b).any(|k| inside(&unit.foreign, tok(toks, k).start));
    // "Sethi, an outspoken opponent of the closures, said …", "Vance, who backs the bill,
    // spoke": an appositive or relative clause after the holder's name describes the holder.
    let describes_holder = clause.aside
        && a >= 2
        && tok(toks, a - 1).is_punct(',')
        && holder.words.contains(tok(toks, a - 2).norm())
        && matches!(tok(toks, a).norm(), "a" | "an" | "who");
    if (foreign || clause.aside) && !clause_own && !describes_holder {
        return;
    }
    // Both lists are in text order: the clause's part is found by bisection, not by a walk
    // over every hit and mention of the unit for each of its clauses.
    let part = |lo: usize, hi: usize| lo..hi.max(lo);
    let hits: Vec<Hit> = all_hits[part(
        all_hits.partition_point(|h| h.i < a),
        all_hits.partition_point(|h| h.i < b),
    )]
    .to_vec();
    let mentions: Vec<&Mention> = all_mentions[part(
        all_mentions.partition_point(|m| m.start < a),
        all_mentions.partition_point(|m| m.start < b),
    )]
    .iter()
    .collect();
    if mentions.is_empty() {
        return;
    }
    let byte_range = tok(toks, a).start..tok(toks, b - 1).end;
    let question = toks[a..b].iter().any(|t| t.is_punct('?'));
    let modal = hits.iter().any(|h| h.cue.kind == CueKind::Modal);
    let until_comma = |from: usize| (from..b).find(|&k| tok(toks, k).is_punct(',')).unwrap_or(b);
    let conditional: Vec<Range<usize>> = hits
        .iter()
        .filter(|h| h.cue.kind == CueKind::Cond)
        .map(|h| h.i..until_comma(h.end()))
        .collect();
    // "would consider it a personal insult if they did not vote for Clinton", "it would be a
    // shame if the clinic closed": an evaluation right before the condition judges what the
    // condition says, which is then no hedge. The sign of that evaluation, per condition.
    let judged: Vec<Option<f32>> = conditional
        .iter()
        .map(|r| {
            if tok(toks, r.start).norm() != "if" {
                return None;
            }
            let word = (a..r.start)
                .rev()
                .find(|&k| !(tok(toks, k).kind == Kind::Quote || tok(toks, k).is_punct(',')))?;
            let &v = lists().sentiment.get(tok(toks, word).norm())?;
            if v.abs() < 1.0 || !tok(toks, word).is_word() || tok(toks, word).cap {
                return None;
            }
            // An evaluation ("would be a shame", "consider it an insult"), not "can win if".
            // "would consider it a personal insult if …": "it" as the object of any verb,
            // with the evaluation after it.
            let small_clause = (word.saturating_sub(4)..word)
                .any(|k| tok(toks, k).norm() == "it" && k > 0 && tok(toks, k - 1).is_word());
            let evaluation = small_clause
                || named_before(toks, word, 6)
                || subject_end(toks, word, false).is_some();
            evaluation.then_some(v.signum())
        })
        .collect();
    let judged_sign = |i: usize| {
        conditional
            .iter()
            .zip(&judged)
            .find(|(r, _)| r.contains(&i))
            .and_then(|(_, s)| *s)
    };
    let contrasts: Vec<(Hit, Range<usize>)> = hits
        .iter()
        .filter(|h| h.cue.kind == CueKind::Contrast)
        .map(|h| (*h, h.end()..until_comma(h.end())))
        .collect();
    let in_contrast = |k: usize| contrasts.iter().any(|(_, y)| y.contains(&k));
    let factor = |m: &Mention, h: Option<&Hit>| {
        let mut f = 1.0;
        // A rhetorical "why" question asks for what it names; any other question hedges.
        if question && h.is_none_or(|h| tok(toks, h.i).norm() != "why") {
            f *= 0.25;
        }
        if modal {
            f *= 0.6;
        }
        let cond = conditional.iter().zip(&judged).any(|(r, j)| {
            j.is_none() && (r.contains(&m.start) || h.is_some_and(|h| r.contains(&h.i)))
        });
        if cond {
            f *= 0.3;
        }
        f
    };
    let quoted = |k: usize| toks.get(k).is_some_and(|t| inside(&unit.quoted, t.start));
    // The mentions of the clause an appositive interrupted, where the subject is.
    let resumed: Option<(Range<usize>, Vec<&Mention>)> = clause.resumes.clone().map(|r| {
        let ms = all_mentions
            .iter()
            .filter(|m| m.start >= r.start && m.end <= r.end)
            .collect();
        (r, ms)
    });
    // Who does what the cue at `i` says.
    let agent_at = |i: usize| {
        let agent = subject_of(
            toks,
            a,
            i,
            &hits,
            &mentions,
            all_mentions,
            cat,
            holder,
            &quoted,
        );
        // "Vance, who backs the bill": the relative pronoun right before the verb is the holder.
        let who_holder = describes_holder
            && tok(toks, a).norm() == "who"
            && toks[a + 1..i].iter().all(|t| {
                phrases::classes().aux.contains(t.norm())
                    || phrases::classes().adv.contains(t.norm())
                    || phrases::adverb(t)
                    || t.norm() == "long"
            });
        match &resumed {
            _ if who_holder => Agent::Speaker,
            _ if describes_holder && agent == Agent::Unknown => Agent::Speaker,
            Some((r, ms)) if agent == Agent::Unknown => subject_of(
                toks,
                r.start,
                r.end,
                &hits,
                ms,
                all_mentions,
                cat,
                holder,
                &quoted,
            ),
            _ => agent,
        }
    };
    // "…, calling for X" hangs on the sentence's subject: the speaker only when the sentence
    // opens with them ("It issued a paper …, calling for …" is not the speaker's call).
    let sentence_start = sentence_start(toks, a);
    let opens_with_speaker = || {
        let end = a.min(sentence_start + 30);
        for (k, t) in toks.iter().enumerate().take(end).skip(sentence_start) {
            if !t.is_word() {
                continue;
            }
            // "… took the stage at the University of Miami, Trump opened with a call for …":
            // the holder named inside a prepositional phrase is not the sentence's subject.
            let in_phrase = || {
                let mut j = k;
                while j > sentence_start
                    && (tok(toks, j - 1).cap || phrases::classes().det.holds(tok(toks, j - 1)))
                {
                    j -= 1;
                }
                j > sentence_start && phrases::classes().prep.holds(tok(toks, j - 1))
            };
            if holder.words.contains(t.norm()) && in_phrase() {
                continue;
            }
            if holder.words.contains(t.norm())
                || grammar().first_person.holds(t)
                || holder.is_it(k, t.norm())
            {
                return true;
            }
            let actor = all_mentions
                .iter()
                .any(|m| m.start <= k && k < m.end && cat.targets[m.target].kind.is_actor());
            if actor || matches!(t.norm(), "it" | "they" | "this") {
                return false;
            }
            if matches!(t.norm(), "he" | "she") {
                return holder.pronouns;
            }
            if all_hits.iter().any(|h| h.i == k) {
                return false;
            }
        }
        true
    };
    let hangs_on_speaker = |i: usize| participle_clause(toks, a, i) && opens_with_speaker();
    // The speaker's own name or side ("Berg described ...", "Russia is working on ...") is the
    // subject, never the thing a cue is about.
    let others: Vec<&Mention> = mentions
        .iter()
        .copied()
        .filter(|m| !is_self(cat, holder, m.target))
        .collect();
    let mut results: Vec<Option<(f32, f32, Vec<Hit>)>> = vec![None; mentions.len()];
    // Mentions reached through a prepositional phrase after the cue's object ("welcome a
    // deal with X"): a party or place of what is judged.
    let mut adjunct = vec![false; mentions.len()];
    for (mi, m) in mentions.iter().enumerate() {
        if in_contrast(m.start) || is_self(cat, holder, m.target) {
            continue;
        }
        let Some((chosen, sign, mut chain, distance, pp)) =
            choose_cue(toks, &hits, &others, mi_others(&others, m), a, cat)
        else {
            continue;
        };
        let judged_cue = judged_sign(chosen.i);
        // The evaluation judges the condition's event, not who is named in it.
        if judged_sign(m.start).is_some() && judged_cue.is_none() {
            continue;
        }
        // Unless the evaluation is already in the chain the cue was composed with.
        let composed = conditional
            .iter()
            .find(|r| r.contains(&chosen.i))
            .is_some_and(|r| chain.iter().any(|h| h.i < r.start));
        let sign = if composed {
            sign
        } else {
            sign * judged_cue.unwrap_or(1.0)
        };
        let mut weight = chosen.cue.weight * decay(distance) * factor(m, Some(&chosen));
        // "called the interview important": a naming verb makes even a mild word an explicit
        // evaluation, where "the arguments are important" only describes.
        let named_by = |h: &Hit| h.cue.kind == CueKind::Call && h.i < chosen.i && h.i >= a;
        if chosen.cue.kind == CueKind::Pred && hits.iter().any(named_by) {
            weight = weight.max(0.7 * decay(distance) * factor(m, Some(&chosen)));
        }
        if pp {
            // "accepting refugees from Syria", "a deal with Ottawa": a place or country after
            // the object says where or with whom, not what is judged.
            let t = &cat.targets[m.target];
            if t.entity.is_some() || crate::analysis::lexicon::place(&t.name).is_some() {
                continue;
            }
            weight *= 0.5;
        }
        if sign > 0.0 && chain.iter().any(|h| h.cue.kind == CueKind::Neg) && chosen.cue.sign < 0.0 {
            weight *= 0.7;
        }
        // "We cannot protect our food supply if we destroy the pollinators": a negated
        // ability with a condition after its object says what the action needs, no stance
        // against it ("we cannot support the plan" still opposes it).
        let unable = chain.iter().any(|h| {
            h.cue.kind == CueKind::Neg
                && matches!(tok(toks, h.i).norm(), "cannot" | "can't" | "couldn't")
        });
        // The condition is the speakers' own doing ("if we destroy …"); one about the target
        // ("couldn't see herself supporting Clinton if she becomes the nominee") keeps the
        // stance.
        let condition_after = || {
            let after = &toks[m.end.min(toks.len())..];
            after
                .windows(2)
                .take(8)
                .take_while(|w| !matches!(w[0].kind, Kind::Punct('.' | ';' | '?' | '!')))
                .any(|w| {
                    matches!(w[0].norm(), "if" | "unless") && grammar().first_person.holds(&w[1])
                })
        };
        if matches!(chosen.cue.kind, CueKind::Obj | CueKind::Shift) && unable && condition_after() {
            continue;
        }
        let self_spoken = own(chosen.i);
        if chosen.cue.own_only && !self_spoken {
            continue;
        }
        // A place is a target only as the object of a stance verb ("sanctions against
        // Springfield"); "a wonderful place" describes it, nobody's side.
        // Governments the entity list knows ("Ukraine", "the Kremlin") are actors, judged
        // like people.
        let place = cat.targets[m.target].entity.is_none()
            && (crate::analysis::lexicon::place(&cat.targets[m.target].name).is_some()
                || named_venue(&cat.targets[m.target].name));
        if place && chosen.cue.kind == CueKind::Pred {
            continue;
        }
        // Who does what a judged condition says does not matter: the speaker judges the event.
        let agent = if judged_cue.is_some() {
            Agent::Speaker
        } else {
            agent_at(chosen.i)
        };
        match chosen.cue.kind {
            // "..., commenting on Western support for Kiev": the topic, not a stance.
            CueKind::Obj | CueKind::Shift if !self_spoken && topic_clause(toks, a) => continue,
            // What somebody else does or wants, even in the speaker's words ("he refuses to
            // take responsibility"), is not the speaker's stance toward it.
            CueKind::Obj | CueKind::Shift => match agent {
                Agent::Other => {
                    // In a quotation, a person said to act against something is criticised:
                    // "He refuses to take responsibility", "Lee has been disrespecting our
                    // veterans" are against him and Lee.
                    if sign < 0.0 && quoted(chosen.i) {
                        if let Some(ai) = acting_person(toks, &mentions, chosen.i, cat, holder) {
                            if results[ai].is_none() {
                                let w = 0.6 * factor(mentions[ai], Some(&chosen));
                                results[ai] = Some((-1.0, w, vec![chosen]));
                            }
                        }
                    }
                    continue;
                }
                // In the reporter's words a stance verb counts when the speaker is its subject,
                // or opens a participle clause hanging on the speaker ("..., calling for X").
                Agent::Unknown if !self_spoken => {
                    if !hangs_on_speaker(chosen.i) {
                        continue;
                    }
                    weight *= 0.6;
                }
                _ => {}
            },
            _ if !self_spoken => {
                // An evaluation in the reporter's words counts only when the speaker names it
                // so ("called the levy a disgrace", "calling it hostile"); otherwise it is the
                // reporter's own framing.
                let namer = hits
                    .iter()
                    .rev()
                    .find(|h| h.i < chosen.i && matches!(h.cue.kind, CueKind::Call | CueKind::Obj));
                // The speaker must be the subject of the naming verb, not of the evaluation.
                let by_speaker =
                    namer.is_some_and(|h| hangs_on_speaker(h.i) || agent_at(h.i) == Agent::Speaker);
                if !by_speaker {
                    continue;
                }
            }
            _ => {}
        }
        chain.stable_sort_by_key(|h| h.i);
        results[mi] = Some((sign, weight, chain));
        adjunct[mi] = pp;
    }

    // Actions asked for: "should release the contract" in the speaker's words; "urged the
    // council to drop the fee" when the speaker is the one who urged.
    for (mi, m) in mentions.iter().enumerate() {
        let Some(action) = actions.iter().find(|x| x.start == m.start) else {
            continue;
        };
        if (results[mi].is_some() && !action.firm) || in_contrast(m.start) || action.hit.i < a {
            continue;
        }
        let verb = matches!(
            action.hit.cue.kind,
            CueKind::Demand | CueKind::Obj | CueKind::Shift
        );
        // What somebody else wants, even in the speaker's words ("they want to use our
        // water"), is theirs, not the speaker's.
        let agent = if verb {
            agent_at(action.hit.i)
        } else {
            Agent::Unknown
        };
        let by_speaker = (own(action.hit.i) && agent != Agent::Other)
            || (verb && (hangs_on_speaker(action.hit.i) || agent == Agent::Speaker));
        if !by_speaker {
            continue;
        }
        let weight = 0.6 * factor(m, Some(&action.hit));
        results[mi] = Some((action.sign, weight, vec![action.hit]));
    }

    // Contrast: the first target after the marker takes the opposite of the last one before.
    for (hit, y) in &contrasts {
        let Some(yi) = mentions.iter().position(|m| y.contains(&m.start)) else {
            continue;
        };
        let Some(xi) = mentions.iter().rposition(|m| m.end <= hit.i) else {
            continue;
        };
        // "welcome a deal signed with X, not with Y": two prepositional phrases set against
        // each other name who takes part or where, not whom the speaker favours; Y is only
        // mentioned. ("thank X, not Y" and "rather than rely on Y" still oppose Y.)
        let parallel_phrase = toks
            .get(hit.end())
            .is_some_and(|t| grammar().governing.holds(t));
        if adjunct[xi] && parallel_phrase {
            continue;
        }
        if let Some((sign, weight, chain)) = results[xi].clone() {
            let mut chain = chain;
            chain.push(*hit);
            results[yi] = Some((-sign, weight * 0.9, chain));
        }
    }

    // Advocacy: "should", "must" weakly favour the issues of the clause.
    // ("should be seen as …" asks for a view of its subject, for nothing in the clause.)
    if let Some(d) = hits
        .iter()
        .find(|h| h.cue.kind == CueKind::Deontic && !regarded_as(toks, h))
    {
        let negated = hits
            .iter()
            .find(|h| h.cue.kind == CueKind::Neg && (h.i == d.end() || h.end() == d.i));
        for (mi, m) in mentions.iter().enumerate() {
            let issue = !cat.targets[m.target].kind.is_actor();
            if results[mi].is_some() || !issue || in_contrast(m.start) || !own(m.start) {
                continue;
            }
            let mut chain = vec![*d];
            let mut sign = 1.0;
            if let Some(n) = negated {
                chain.push(*n);
                sign = -1.0;
            }
            results[mi] = Some((sign, 0.5 * factor(m, Some(d)), chain));
        }
    }

    for (mi, m) in mentions.iter().enumerate() {
        let at = tok(toks, m.start).start;
        match &results[mi] {
            Some((sign, weight, chain)) => {
                // The evidence holds its cues even when the cue stands outside the clause
                // (a relative clause's verb after its antecedent).
                let cues = cue_bytes(toks, chain);
                let clause = cues.iter().fold(byte_range.clone(), |r, c| {
                    r.start.min(c.start)..r.end.max(c.end)
                });
                out.push(Finding {
                    target: m.target,
                    sign: *sign,
                    weight: *weight,
                    cues,
                    clause,
                    at,
                })
            }
            // A mention in the speaker's own words with no stance word attached to it: shown
            // as "no clear stance", never guessed from the mood of the words around it.
            None if own(m.start) => out.push(Finding {
                target: m.target,
                sign: 0.0,
                weight: 0.0,
                cues: Vec::new(),
                clause: byte_range.clone(),
                at,
            }),
            None => {}
        }
    }
}

/// The cue deciding mention `mi`: (cue, composed sign, cues of the chain, distance in words,
/// whether the mention sits in a prepositional phrase after the cue's object).
fn choose_cue(
    toks: &[Token],
    hits: &[Hit],
    mentions: &[&Mention],
    mi: usize,
    clause_start: usize,
    cat: &Catalogue,
) -> Option<(Hit, f32, Vec<Hit>, usize, bool)> {
    let m = mentions[mi];
    // `hits` are in text order: those starting before the mention, and from its end on.
    let (hits_before, hits_after) = (
        &hits[..hits.partition_point(|h| h.i < m.start)],
        &hits[hits.partition_point(|h| h.i < m.end)..],
    );
    // "Russia's invasion", "the council's plan": a possessor only qualifies the thing it owns,
    // which is what a cue judges.
    // Unless the owned noun is itself the evaluation ("Germany's failure", "Lee's lies").
    let owned_is_evaluation = hits_after
        .iter()
        .take_while(|h| h.i == m.end)
        .any(|h| h.cue.kind == CueKind::Pred);
    // "[Suu Kyi's] incarceration": an editor's bracket between changes nothing.
    let owned_at = if toks
        .get(m.end)
        .is_some_and(|t| matches!(t.kind, Kind::Punct(']' | ')')))
    {
        m.end + 1
    } else {
        m.end
    };
    // Nor when it is a quality of the owner ("Ruiz's fitness to serve"): see `possessed_quality`.
    let owned_quality = toks
        .get(owned_at)
        .is_some_and(|t| grammar().qualities.holds(t));
    if possessor(tok(toks, m.end - 1))
        && toks.get(owned_at).is_some_and(Token::is_word)
        && !owned_is_evaluation
        && !owned_quality
    {
        return None;
    }
    // Positions of the contrast cues, sorted: `blocked` is asked once per candidate cue, and a
    // scan of every hit each time made a long clause cubic.
    let mut contrast_at: Vec<usize> = hits
        .iter()
        .filter(|h| h.cue.kind == CueKind::Contrast)
        .map(|h| h.i)
        .collect();
    contrast_at.stable_sort();
    let blocked = |from: usize, to: usize| {
        let k = contrast_at.partition_point(|&i| i < from);
        contrast_at.get(k).is_some_and(|&i| i < to)
    };
    let is_entity = cat.targets[m.target].kind.is_actor();

    // Before the mention: the nearest polar cue whose object it can be, in the same clause
    // ("so many lies that Clinton could ..." does not call Clinton a liar).
    let linked = |from: usize, to: usize| {
        toks.get(from..to)
            .is_some_and(|s| s.iter().any(|t| grammar().linkers.holds(t)))
    };
    let before = hits_before
        .iter()
        .rev()
        .find(|h| h.polar() && h.end() <= m.start && !blocked(h.end(), m.start))
        .filter(|h| !linked(h.end(), m.start))
        // "patient advocate Lina Varga said the plan …": a reporting verb between opens what
        // is said, which the word before it does not reach.
        .filter(|h| {
            !hits_before
                .iter()
                .any(|s| s.cue.kind == CueKind::Say && s.i >= h.end() && s.i < m.start)
        })
        // "called for the city to drop the fee": the city is who should act, not what is
        // called for.
        .filter(|h| {
            !(h.cue.kind != CueKind::Pred
                && infinitive_subject(toks, m.end)
                && !purpose_infinitive(toks, hits, h, m.start..m.end))
        })
        // "praise from X", "criticised by X": X gives it, X is not its object.
        .filter(|h| {
            !(h.cue.kind == CueKind::Obj
                && toks
                    .get(h.end())
                    .is_some_and(|t| t.norm() == "from" || t.norm() == "by"))
        })
        // An evaluation before its target qualifies it closely ("indecent statements"); one
        // read from a verb of effect judges only its subject.
        // Nor across a modal: "terrorist attacks in Libya must include the records" says
        // nothing of the records.
        .filter(|h| {
            h.cue.kind != CueKind::Pred
                || (!h.cue.effect
                    && words_between(toks, h.end(), m.start) <= 4
                    && !toks[h.end()..m.start].iter().any(|t| {
                        matches!(
                            t.norm(),
                            "must"
                                | "should"
                                | "will"
                                | "would"
                                | "can"
                                | "could"
                                | "may"
                                | "might"
                        )
                    }))
        })
        .filter(|h| match h.cue.kind {
            _ if is_entity && locative_between(toks, h.end(), m.start) => false,
            CueKind::Pred => {
                // "unacceptable for Russia", "hostile to Moscow": the one it matters to.
                let mut k = h.end();
                let prep = toks
                    .get(k)
                    .is_some_and(|t| t.norm() == "for" || t.norm() == "to");
                if prep {
                    k += 1;
                    while k < m.start && grammar().determiners.holds(tok(toks, k)) {
                        k += 1;
                    }
                }
                // "it's very smart for the president to say …": the one who is to act is
                // judged with the act.
                let acts = tok(toks, h.end()).norm() == "for"
                    && infinitive_subject(toks, m.end)
                    && !toks[h.i..h.end()]
                        .iter()
                        .any(|t| grammar().necessity.holds(t));
                !(is_entity && prep && k == m.start && !acts)
            }
            _ => {
                // Another target between the cue and this one takes the cue, unless the two
                // are coordinated ("Putin and Trump") or the same target. A conjunct with a
                // verb after it opens a clause of its own ("called for subsidies, and Ottawa
                // wants the same").
                // In a list ("the casino, the stadium and the levy") the conjuncts between
                // are part of the coordination.
                let listed = |k: usize| mentions[..mi].iter().any(|o| o.start <= k && k < o.end);
                mentions[..mi].iter().all(|o| {
                    o.end <= h.i
                        || o.target == m.target
                        || (o.end..m.start.max(o.end)).all(|k| {
                            let t = tok(toks, k);
                            grammar().coordinators.holds(t)
                                || crate::analysis::names::is_title(t.norm())
                                || grammar().determiners.holds(t)
                                || !t.is_word()
                                || listed(k)
                        }) && !verb_after(toks, m.end)
                })
            }
        });

    // After the mention: an evaluation of the clause's subject ("X is unacceptable"), or a
    // passive ("X was rejected by"), when the mention is the first thing named.
    let first_in_clause = mentions[..mi].iter().all(|o| {
        o.start < clause_start
            || o.target == m.target
            || toks
                .get(o.end..m.start)
                .unwrap_or_default()
                .iter()
                .all(|t| grammar().coordinators.holds(t) || !t.is_word())
    });
    let named = |at: usize| {
        hits.iter().any(|c| {
            c.cue.kind == CueKind::Call && c.i >= clause_start && c.i < m.start && c.end() <= at
        }) || toks[m.end..at].iter().any(|t| t.norm() == "as")
    };
    // "Lee has made indecent remarks": the evaluation of what the subject did judges them.
    let acted = |at: usize| {
        let c = phrases::classes();
        let between = toks.get(m.end..at).unwrap_or_default();
        words_between(toks, m.end, at) <= 5
            && between.iter().any(|t| c.act.contains(t.norm()))
            && between.iter().all(|t| {
                c.act.contains(t.norm())
                    || c.aux.contains(t.norm())
                    || c.adv.contains(t.norm())
                    || c.det.holds(t)
                    || !t.is_word()
            })
    };
    let verb_object = |start: usize| {
        hits.iter().any(|v| {
            matches!(v.cue.kind, CueKind::Obj | CueKind::Shift)
                && v.end() <= start
                && start - v.end() <= 1
                && toks[v.end()..start]
                    .iter()
                    .all(|t| grammar().determiners.holds(t))
        })
    };
    let in_gerund_clause = |h: &Hit| {
        subject_end(toks, h.i, h.cue.effect)
            .and_then(|end| phrases::gerund_subject(toks, 0, end))
            .is_some_and(|g| g.start < m.start && m.start < h.i)
    };
    let after = hits_after
        .iter()
        .find(|h| {
            h.i >= m.end
                && !blocked(m.end, h.i)
                && match h.cue.kind {
                    // "the party would be wise to wait": the action is judged, not the party.
                    // An evaluation after its subject is linked to it by a copula ("X is
                    // a disgrace") or stands right after it ("X's failure"); anywhere else
                    // ("X has done nothing since the great scream") it is about something else.
                    // "described the talks as promising" names it so.
                    // "officers killing unarmed teenagers should be recognized as
                    // intolerable": the object of a verb inside the subject is not what the
                    // evaluation judges.
                    CueKind::Pred if verb_object(m.start) && h.i > m.end => false,
                    // A verb of effect judges the phrase that ends right before it.
                    // "Bringing our midwives together in one place is the right decision":
                    // a noun inside a gerund's clause is not what is judged.
                    CueKind::Pred if in_gerund_clause(h) => false,
                    CueKind::Pred if h.cue.effect => {
                        subject_end(toks, h.i, h.cue.effect) == Some(m.end)
                            && !(h.cue.general && is_entity)
                    }
                    CueKind::Pred => {
                        !infinitive_subject(toks, h.end())
                            && (h.i == m.end
                                || subject_end(toks, h.i, h.cue.effect).is_some()
                                || named(h.i)
                                || acted(h.i))
                    }
                    CueKind::Obj | CueKind::Shift => {
                        let passive_be = h.i > 0 && grammar().be.holds(tok(toks, h.i - 1));
                        let by = toks.get(h.end()).is_some_and(|t| t.norm() == "by");
                        passive_be || by
                    }
                    _ => false,
                }
        })
        // "ending the war according to X's timeline would be complicated": the predicate
        // describes the subject, of which X is an adjunct ("X's own failure" stays X's).
        .filter(|h| {
            first_in_clause
                && !(prepositional_object(toks, m.start, clause_start)
                    && toks
                        .get(m.end..h.i)
                        .unwrap_or_default()
                        .iter()
                        .any(|t| grammar().be.holds(t) || grammar().auxiliaries.holds(t)))
        })
        // "Cruz, secretary of the Head Teachers' Association, said the change was overdue":
        // what a reporting verb between them opens is another subject's (a parenthetical
        // "Ruiz said," before a comma does not bound it).
        .filter(|h| {
            !hits_after.iter().any(|s| {
                s.cue.kind == CueKind::Say
                    && s.i >= m.end
                    && s.end() < h.i
                    && toks.get(s.end()).is_some_and(Token::is_word)
            })
        })
        // Only when no other polar cue stands between the mention and it.
        .filter(|h| {
            !hits_after
                .iter()
                .take_while(|o| o.i < h.i)
                .any(|o| o.polar() && o.i >= m.end)
        });

    // "painful but necessary": of two evaluations joined by "but", the second is the verdict;
    // when the lexicon does not know the second ("painful but unavoidable"), there is none.
    let after = after.and_then(|h| {
        if h.cue.kind != CueKind::Pred || toks.get(h.end()).is_none_or(|t| t.norm() != "but") {
            return Some(h);
        }
        let second = h.end() + 1;
        let verdict = hits_after
            .iter()
            .find(|o| o.i == second && o.cue.kind == CueKind::Pred);
        let unknown = toks
            .get(second)
            .is_some_and(|t| t.is_word() && !t.cap && !phrases::classes().closed.holds(t))
            && toks.get(second + 1).is_none_or(|t| !t.is_word());
        match verdict {
            Some(v) => Some(v),
            None if unknown => None,
            None => Some(h),
        }
    });
    let d_before = before.map(|h| words_between(toks, h.end(), m.start));
    let d_after = after.map(|h| words_between(toks, m.end, h.i));
    let use_before = match (before, after) {
        (Some(bh), Some(_)) => bh.cue.kind != CueKind::Pred || d_before <= d_after,
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => return None,
    };
    let (chosen, distance) = if use_before {
        (*before?, d_before.unwrap_or(0))
    } else {
        (*after?, d_after.unwrap_or(0))
    };
    let pp = use_before
        && (chosen.end()..m.start).any(|k| {
            grammar().prepositions.holds(tok(toks, k))
                && k > chosen.end()
                && !grammar().determiners.holds(tok(toks, k - 1))
        });
    let (sign, chain) = compose(toks, hits, mentions, &chosen, use_before);
    Some((chosen, sign, chain, distance, pp))
}

/// "was not her view and dismissed the reports": a negation whose phrase ended before an "and"
/// or "but" that opens the cue's verb phrase does not reach the cue. A negation a mark ends
/// ("who voted no, said he backed the levy", "No, the levy is fair") negates nothing after it.
fn negation_closed(toks: &[Token], from: usize, cue: usize) -> bool {
    toks.get(from)
        .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | ';' | ':' | '.')))
        || cue > from + 1
            && matches!(tok(toks, cue - 1).norm(), "and" | "but")
            && toks[from..cue - 1]
                .iter()
                .any(|t| phrases::classes().det.holds(t))
}

/// "Capping rents while doing nothing is wrong": a negation inside the gerund clause that is
/// the subject of the evaluation `h` belongs to that clause and does not turn the evaluation.
fn in_gerund_subject(toks: &[Token], at: usize, h: &Hit) -> bool {
    h.cue.kind == CueKind::Pred
        && subject_end(toks, h.i, h.cue.effect).is_some_and(|end| {
            at < end && phrases::gerund_subject(toks, 0, end).is_some_and(|g| g.start < at)
        })
}

/// The sign of a cue composed with the negations and the shifting or polar cues before it
/// ("urged against obstructing ... from initiating" is favourable).
fn compose(
    toks: &[Token],
    hits: &[Hit],
    mentions: &[&Mention],
    chosen: &Hit,
    walk_back: bool,
) -> (f32, Vec<Hit>) {
    let mut used_neg: Vec<usize> = Vec::new();
    // "I don't think the levy is fair", "we do not believe it will work": a negated verb of
    // opinion negates the first judgement of its clause ("I don't think you can discount how
    // important she is" negates "discount", which turns "important" itself).
    let raised = |n: &Hit, h: &Hit| {
        let v = n.end();
        toks.get(v)
            .is_some_and(|t| grammar().opinion_verbs.holds(t))
            && words_between(toks, v + 1, h.i) <= 8
            && !hits.iter().any(|o| {
                o.i > v && o.i < h.i && !matches!(o.cue.kind, CueKind::Say | CueKind::Demand)
            })
            && !toks[v + 1..h.i].iter().any(|t| {
                matches!(t.kind, Kind::Punct('.' | ';' | '?' | '!' | ','))
                    || grammar().embedded_questions.holds(t)
            })
    };
    let mut negate = |h: &Hit, chain: &mut Vec<Hit>| -> f32 {
        let neg = hits.iter().find(|n| {
            n.cue.kind == CueKind::Neg
                && n.end() <= h.i
                && (words_between(toks, n.end(), h.i) <= 3 || raised(n, h))
                && !used_neg.contains(&n.i)
                && !negation_closed(toks, n.end(), h.i)
                && !in_gerund_subject(toks, n.i, h)
        });
        match neg {
            Some(n) => {
                used_neg.push(n.i);
                chain.push(*n);
                -1.0
            }
            None => 1.0,
        }
    };
    let mut chain = vec![*chosen];
    let mut sign = chosen.cue.sign * negate(chosen, &mut chain);
    if !walk_back || chosen.cue.kind == CueKind::Pred {
        return (sign, chain);
    }
    let mut current = *chosen;
    for e in hits
        .iter()
        .rev()
        .filter(|e| e.polar() && e.end() <= chosen.i)
    {
        let coordinated =
            current.i > 0 && matches!(tok(toks, current.i - 1).norm(), "and" | "or" | ",");
        // "While denying Kyiv would be excluded, Putin dismissed …": a comma between the two
        // cues closes the earlier one's clause.
        let comma_between = toks[e.end()..current.i].iter().any(|t| t.is_punct(','));
        // "protesters continued to call for": a noun for people is the later cue's subject,
        // not a verb governing it.
        let agent_noun = e.n == 1
            && ["ers", "ors", "ists", "ics"]
                .iter()
                .any(|s| tok(toks, e.i).norm().ends_with(s));
        if coordinated || comma_between || agent_noun {
            break;
        }
        // A target between the two cues is the earlier cue's own object, unless it is the
        // agent of the later one ("prevent X from ...").
        let object_between = mentions
            .iter()
            .any(|m| m.start >= e.end() && m.end <= current.i);
        let complement = current.i > 0
            && (toks[..current.i].iter().rev().find(|t| t.is_word()))
                .is_some_and(|t| t.norm() == "from" || t.norm() == "to");
        if object_between && !complement {
            break;
        }
        sign *= e.cue.sign * negate(e, &mut chain);
        chain.push(*e);
        current = *e;
    }
    (sign, chain)
}

/// The person mention that is the subject of the verb at `cue`: right before it, with only
/// auxiliaries, adverbs or a negation between ("Lee has been disrespecting", "he refuses").
fn acting_person(
    toks: &[Token],
    mentions: &[&Mention],
    cue: usize,
    cat: &Catalogue,
    holder: &Holder,
) -> Option<usize> {
    let c = phrases::classes();
    let (i, m) = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.end <= cue)
        .max_by_key(|(_, m)| m.end)?;
    let target = &cat.targets[m.target];
    let person = target.kind == TargetKind::Person && target.person_key != holder.person_key;
    let between = &toks[m.end..cue];
    let close = between.len() <= 3
        && between
            .iter()
            .all(|t| c.aux.contains(t.norm()) || c.adv.contains(t.norm()) || t.norm() == "not");
    (person && close).then_some(i)
}

/// Whether the phrase ending before token `end` is followed by "to" and a verb, which makes it
/// the subject of that infinitive.
/// "It was a mistake to use private email", "it is important to fund the clinics": an
/// evaluation with a dummy "it" for subject judges the infinitive after it. Returns the
/// position of that "to".
fn extraposed(toks: &[Token], pred: &Hit) -> Option<usize> {
    let end = subject_end(toks, pred.i, pred.cue.effect)?;
    let subject = toks.get(end.checked_sub(1)?)?;
    if subject.norm() != "it" {
        return None;
    }
    // "for" and who is to act may stand between: "it is disqualifying for a modern-day
    // presidential nominee to refuse …".
    let reach = if toks.get(pred.end()).is_some_and(|t| t.norm() == "for") {
        9
    } else {
        4
    };
    (pred.end()..toks.len().min(pred.end() + reach))
        .find(|&k| {
            tok(toks, k).norm() == "to"
                || !(tok(toks, k).is_word() || tok(toks, k).kind == Kind::Quote)
        })
        .filter(|&k| tok(toks, k).norm() == "to" && infinitive_subject(toks, k))
}

/// "backed a levy to fund the buses", "proposed a fee to cover repairs": after the object of a
/// stance verb, "to" and a verb give a thing's purpose; the thing is what the verb judges, not
/// who is to act. Not after a person, a body or a group (`actors`, roles, organisations:
/// "backed Ruiz to win", "called for the council to act"), nor after a verb that ends in its
/// preposition ("called for", "pressed on") or whose object is who acts (`control`), nor
/// after a noun that takes the "to" itself (`to_complement`, qualities, cues: "her willingness
/// to serve").
fn purpose_infinitive(toks: &[Token], hits: &[Hit], h: &Hit, r: Range<usize>) -> bool {
    // The head of "the creation of a federal agency" is "creation".
    let end = toks[r.clone()]
        .iter()
        .position(|t| t.norm() == "of")
        .map_or(r.end, |k| r.start + k);
    let Some(head) = end.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    let verb = tok(toks, h.end() - 1).norm();
    let g = grammar();
    let w = head.norm();
    // A noun phrase: opened by a determiner or a possessor ("a levy", "the EU's contribution")
    // or a gerund with its object ("pitching a bigger tent"); not "his support fell to …",
    // "fought hard to …", "stopped short of …".
    let opened = r.start > 0
        && phrases::classes()
            .det
            .contains(tok(toks, r.start - 1).norm())
        || tok(toks, r.start).poss
        || (tok(toks, r.start).norm().ends_with("ing") && r.len() > 1);
    // "supporters", "activists": people, who may be who is to act.
    let people = ["ers", "ists", "ians"].iter().any(|e| w.ends_with(e));
    matches!(h.cue.kind, CueKind::Obj | CueKind::Shift)
        && opened
        && !people
        && !w.ends_with("ed")
        && end > h.end().max(r.start)
        && !phrases::classes().prep.contains(verb)
        && !g.control.contains(verb)
        && head.is_word()
        && !head.cap
        && !head.poss
        && !closed_word(w)
        && !g.actors.contains(w)
        && !g.to_complement.contains(w)
        && !g.qualities.contains(w)
        && !g.others.contains(w)
        && !crate::analysis::role::is_role_noun(w)
        && !crate::analysis::lexicon::is_organisation_description(w)
        && !crate::analysis::lexicon::is_organisation_word(w)
        // "resist the urge to spend": a head that is a cue of its own takes its "to" itself.
        && !hits.iter().any(|x| x.i < end && end <= x.end())
}

fn infinitive_subject(toks: &[Token], end: usize) -> bool {
    toks.get(end).is_some_and(|t| t.norm() == "to")
        && toks.get(end + 1).is_some_and(|t| {
            t.is_word() && !t.cap && !phrases::classes().det.holds(t) && !t.norm().ends_with("ing")
        })
}

/// Whether the cue at `cue` opens a participle clause ("..., calling for X", "welcoming X"):
/// the first word of the clause is the cue itself or an "-ing" word right before it.
fn participle_clause(toks: &[Token], start: usize, cue: usize) -> bool {
    let first = (start..cue.max(start))
        .find(|&k| tok(toks, k).is_word())
        .unwrap_or(cue);
    first == cue && tok(toks, cue).norm().ends_with("ing")
        || first + 1 == cue && tok(toks, first).norm().ends_with("ing")
}

/// A clause that only says what the speaker was talking about.
fn topic_clause(toks: &[Token], start: usize) -> bool {
    toks.get(start..)
        .and_then(|s| s.iter().find(|t| t.is_word()))
        .is_some_and(|t| grammar().topic_openers.holds(t))
}

/// The first token of the sentence holding token `k`: the one after the last stop before it.
fn sentence_start(toks: &[Token], k: usize) -> usize {
    // "Staff at St. Brigid Hospital rejected …": the stop of an abbreviation or an initial
    // the tokenizer wrote apart ends no sentence (as for `text::sentences`).
    let abbreviation = |j: usize| {
        j > 0
            && (phrases::is_initial(tok(toks, j - 1))
                || phrases::is_title_abbreviation(tok(toks, j - 1)))
    };
    (0..k)
        .rev()
        .find(|&j| match tok(toks, j).kind {
            Kind::Punct('?' | '!') => true,
            Kind::Punct('.') => !abbreviation(j),
            _ => false,
        })
        .map_or(0, |j| j + 1)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agent {
    Speaker,
    Other,
    Unknown,
}

/// Whether the possessive at `k` owns a document it speaks through ("Ruiz's letter").
fn speaks_through(toks: &[Token], k: usize) -> bool {
    tok(toks, k).poss
        && toks
            .get(k + 1)
            .is_some_and(|n| super::is_document(n.norm()))
}

/// Who does what the cue says: the subject words between the clause start and the cue.
#[allow(clippy::too_many_arguments)]
fn subject_of(
    toks: &[Token],
    clause_start: usize,
    cue: usize,
    hits: &[Hit],
    mentions: &[&Mention],
    sentence_mentions: &[Mention],
    cat: &Catalogue,
    holder: &Holder,
    quoted: &dyn Fn(usize) -> bool,
) -> Agent {
    let l = lists();
    let holder_or_other = |k: usize| {
        holder.words.contains(tok(toks, k).norm())
            || grammar().first_person.holds(tok(toks, k))
            || mentions
                .iter()
                .any(|m| m.start <= k && k < m.end && cat.targets[m.target].kind.is_actor())
    };
    if hits
        .iter()
        .any(|h| h.cue.kind == CueKind::Deontic && h.i >= clause_start && h.i < cue)
    {
        return Agent::Speaker;
    }
    // "Porter's opposition to the pipeline", "Ruiz's long support for the levy": a cue right
    // after a named possessor (perhaps past a modifier or two) is a noun, and the possessor
    // holds it.
    let mut p = cue;
    while p > clause_start + 1
        && cue - p < 2
        && tok(toks, p - 1).is_word()
        && !tok(toks, p - 1).cap
        && !tok(toks, p - 1).poss
        && !closed_token(tok(toks, p - 1))
        && !tok(toks, p - 1).norm().ends_with('s')
    {
        p -= 1;
    }
    // "Clinton's aide criticized": past a word, a finite verb has that word as its subject.
    let finite = |w: &str| w.ends_with("ed") || w.ends_with('s') || w.ends_with("ing");
    // "boost Halvorson's support": without its object a noun of stance is the backing a
    // person has, not one they give.
    let with_object = hits.iter().any(|h| {
        h.i == cue
            && (h.end() - 1..=h.end()).any(|k| {
                toks.get(k).is_some_and(|t| {
                    grammar().object_prepositions.holds(t) || matches!(t.norm(), "to" | "against")
                })
            })
    });
    if p > clause_start
        && with_object
        && (p == cue || !finite(tok(toks, cue).norm()))
        && tok(toks, p - 1).poss
        && tok(toks, p - 1).cap
        && tok(toks, p - 1).is_word()
    {
        // "blasted Trump's call for a deportation force": the phrase is the object of another
        // cue, whose reading would turn the possessor's own stance around.
        let governed = hits
            .iter()
            .any(|h| h.i >= clause_start && h.end() < p && h.cue.kind != CueKind::Say);
        return if holder.words.contains(tok(toks, p - 1).norm()) && !governed {
            Agent::Speaker
        } else {
            Agent::Other
        };
    }
    // "he"/"she" take the subject of their sentence: the first person it names before them.
    let other_person_before = |k: usize| {
        let start = sentence_start(toks, k);
        let first = sentence_mentions.iter().find(|m| {
            m.start >= start && m.end <= k && cat.targets[m.target].kind == TargetKind::Person
        });
        first.is_some_and(|m| cat.targets[m.target].person_key != holder.person_key)
    };
    let holder_named_before = |k: usize| {
        let start = sentence_start(toks, k);
        sentence_mentions.iter().any(|m| {
            m.start >= start
                && m.end <= k
                && holder.person_key.is_some()
                && cat.targets[m.target].person_key == holder.person_key
        })
    };
    // "Trump has attacked loopholes that benefit others, and has called for …", "Ruiz praised
    // Lee and backed the levy": a coordinated verb shares the subject the sentence opened with.
    let coordinated = (clause_start + 1..cue).rev().find(|&j| {
        tok(toks, j).norm() == "and"
            && toks[j + 1..cue].iter().all(|t| {
                phrases::classes().aux.contains(t.norm())
                    || phrases::classes().adv.contains(t.norm())
            })
    });
    if let Some(j) = coordinated {
        // "… described Lee as a disgrace after she attacked X and blamed Y": the verbs share
        // the subject of the subordinate clause they stand in.
        // A subordinate clause with no subject of its own ("after working on reform, and
        // voted …") is an adjunct: the verbs share the main clause's subject.
        let from = (clause_start..j)
            .rev()
            .find(|&k| {
                grammar().subordinators.holds(tok(toks, k))
                    && !toks
                        .get(k + 1)
                        .is_some_and(|n| n.is_word() && !n.cap && n.norm().ends_with("ing"))
            })
            .map_or(clause_start, |k| k + 1);
        let pronoun_at = (from..j).find(|&k| matches!(tok(toks, k).norm(), "he" | "she"));
        // The subject comes before the first verb of the clause, and is no possessor or word
        // after a determiner ("issued a paper welcoming the Ruiz administration's plans, and
        // calling for …" is not Ruiz's call).
        let verb = hits
            .iter()
            .filter(|h| h.i >= from && h.i < j)
            .map(|h| h.i)
            .min()
            .unwrap_or(j);
        let in_object = |k: usize| {
            (tok(toks, k).poss && !speaks_through(toks, k))
                || toks
                    .get(k + 1)
                    .is_some_and(|n| n.poss && n.cap && !speaks_through(toks, k + 1))
                || (k > 0 && phrases::classes().det.holds(tok(toks, k - 1)))
        };
        let first =
            (from..verb).find(|&k| tok(toks, k).is_word() && holder_or_other(k) && !in_object(k));
        if let Some(p) = pronoun_at.filter(|&p| first.is_none_or(|f| p < f)) {
            let gender = crate::analysis::names::pronoun_gender(tok(toks, p).norm());
            let other_gender = holder
                .person_key
                .as_deref()
                .is_some_and(|key| !cat.fits_gender(key, gender));
            if quoted(p) || other_gender || !holder.pronouns || other_person_before(p) {
                return Agent::Other;
            }
            return Agent::Speaker;
        }
        if let Some(k) = first {
            return if holder.words.contains(tok(toks, k).norm())
                || grammar().first_person.holds(tok(toks, k))
            {
                Agent::Speaker
            } else {
                Agent::Other
            };
        }
        // "Ruiz said that was not her view and dismissed the reports": a reported clause that
        // names nobody leaves the verb joined to it with the subject of the verb of saying.
        let said = (from.saturating_sub(3)..from).find(|&k| {
            lists()
                .cues
                .longest_at(toks, k)
                .is_some_and(|(n, c)| c.kind == CueKind::Say && from - (k + n) <= 1)
        });
        if let (Some(at), None) = (said, pronoun_at) {
            let subject = sentence_start(toks, at)..at;
            if subject.clone().any(|k| {
                holder.words.contains(tok(toks, k).norm())
                    && (!tok(toks, k).poss || speaks_through(toks, k))
            }) {
                return Agent::Speaker;
            }
        }
    }
    // "Okafor and Mayor Farrow voted against the levy", "the union, Ruiz and Okafor all backed
    // …": the name at `k` ends a list of subjects that names the holder too.
    let coordinated_with_holder = |k: usize| {
        let c = phrases::classes();
        let mut j = mentions
            .iter()
            .find(|m| m.start <= k && k < m.end)
            .map_or(k, |m| m.start);
        let mut joined = false;
        while j > clause_start && k - j < 30 {
            j -= 1;
            let t = tok(toks, j);
            if t.is_punct(',') || matches!(t.norm(), "and" | "or") {
                joined = true;
                continue;
            }
            if t.is_punct('(')
                || t.is_punct(')')
                || t.is_punct('.') && j > 0 && tok(toks, j - 1).cap
            {
                continue;
            }
            // "Wilder - himself a former governor - and Northam": an aside between dashes.
            if let Kind::Punct(d @ ('-' | '\u{2013}' | '\u{2014}')) = t.kind {
                match (clause_start..j).rev().find(|&i| tok(toks, i).is_punct(d)) {
                    Some(open) => {
                        j = open;
                        continue;
                    }
                    None => return false,
                }
            }
            if !t.is_word()
                || hits.iter().any(|h| h.i <= j && j < h.end())
                || c.link.contains(t.norm())
                || c.aux.contains(t.norm())
                || c.prep.holds(t)
            {
                return false;
            }
            // "Okafor's deputy, Farrow, …": a possessor is not in the list.
            let possessor = t.poss
                || (j + 1..toks.len().min(j + 4))
                    .take_while(|&i| tok(toks, i).is_word() && tok(toks, i).cap)
                    .any(|i| tok(toks, i).poss);
            if joined && !possessor && holder.words.contains(t.norm()) {
                return true;
            }
        }
        false
    };
    // The nearest candidate before the cue is its subject: "Ruiz attacked Lee for her support
    // of the levy" makes Lee, not Ruiz, the one who supports.
    // "Quiros was accused of …": a passive makes its subject the one acted on.
    let passive = cue > 0
        && grammar().be.holds(tok(toks, cue - 1))
        && tok(toks, cue).norm().ends_with("ed")
        && hits
            .iter()
            .any(|h| h.i == cue && h.n == 1 && h.cue.kind == CueKind::Obj);
    if passive {
        return Agent::Other;
    }
    // "accused the board of ignoring patients", "praised Lee for backing the levy": a gerund
    // after the object of another stance verb has that object as its subject.
    let gerund_of_object = cue > 1
        && tok(toks, cue).norm().ends_with("ing")
        && matches!(tok(toks, cue - 1).norm(), "of" | "for")
        && hits.iter().any(|h| {
            h.i >= clause_start
                && h.end() + 1 < cue
                && matches!(h.cue.kind, CueKind::Obj | CueKind::Shift | CueKind::Call)
        });
    if gerund_of_object {
        return Agent::Other;
    }
    // "the board had ignored patients": a common noun phrase right before the verb is its
    // subject, somebody or something other than the speaker.
    let c = phrases::classes();
    let mut k = cue;
    while k > clause_start
        && (c.aux.contains(tok(toks, k - 1).norm())
            || c.adv.contains(tok(toks, k - 1).norm())
            || tok(toks, k - 1).norm() == "not")
    {
        k -= 1;
    }
    // Only before a verb: an auxiliary, or a finite form ("ignored", "backs"); not a noun
    // cue ("a consistent supporter of").
    // A bare form after a plural ("farmers oppose") is a verb too.
    let verb = k < cue || {
        let w = tok(toks, cue).norm();
        let plural_before = k > clause_start && {
            let p = tok(toks, k - 1).norm();
            p.ends_with('s') && !p.ends_with("ss") && !p.ends_with("'s")
        };
        w.ends_with("ed")
            || (w.ends_with('s') && !w.ends_with("ss"))
            || (plural_before && !w.ends_with("ing"))
    };
    let noun = verb && k > clause_start && {
        let t = tok(toks, k - 1);
        // "Voters rallied behind …": a capital that only opens the sentence, on a word that
        // names nobody the catalogue knows, is a common noun.
        let initial_common = t.cap
            && sentence_start(toks, k - 1) == k - 1
            && !mentions.iter().any(|m| m.start < k && k - 1 < m.end);
        t.is_word()
            && (!t.cap || initial_common)
            && !closed_token(t)
            && !t.norm().ends_with("ing")
            && !c.conj.contains(t.norm())
    };
    if noun {
        let mut j = k - 1;
        let mut words = 0;
        while j > clause_start && words < 3 && tok(toks, j - 1).is_word() && !tok(toks, j - 1).cap {
            if c.det.holds(tok(toks, j - 1)) {
                if !matches!(tok(toks, j - 1).norm(), "our" | "my") {
                    return Agent::Other;
                }
                break;
            }
            if closed_token(tok(toks, j - 1))
                || c.conj.contains(tok(toks, j - 1).norm())
                || hits.iter().any(|h| h.i == j - 1)
            {
                break;
            }
            j -= 1;
            words += 1;
        }
        // "Farmers oppose the tariff, said Doyle", "many voters rallied behind …", "… and
        // drivers will simply ignore it": a bare plural opening the sentence (or, in a
        // quotation, a clause joined to it) is its subject, and names other people.
        let plural =
            tok(toks, k - 1).norm().ends_with('s') && !tok(toks, k - 1).norm().ends_with("ss");
        let opens = j == sentence_start(toks, j)
            || tok(toks, j - 1).kind == Kind::Quote
            || matches!(tok(toks, j - 1).norm(), "many" | "some" | "most" | "few")
            || (j + 1 == k && quoted(j) && c.conj.contains(tok(toks, j - 1).norm()));
        if plural && opens {
            return Agent::Other;
        }
    }
    // "Hillary Clinton's campaign has asked": a possessor's whole name is not the subject.
    let mut possessor_from = usize::MAX;
    for k in (clause_start..cue).rev() {
        let t = tok(toks, k);
        if !t.is_word() {
            continue;
        }
        // "Trump's interview": a possessor is not the subject ("Trump's brief said", where
        // she speaks through the document, excepted).
        if t.poss && !speaks_through(toks, k) {
            if t.cap {
                possessor_from = k;
            }
            continue;
        }
        if possessor_from == k + 1 && t.cap && (t.name || phrases::is_initial(t)) {
            possessor_from = k;
            continue;
        }
        // "apologize to Donald Trump for accusing him": the object of a preposition is not
        // the subject of what follows.
        let mut first = k;
        while first > clause_start && t.cap {
            let p = tok(toks, first - 1);
            if p.is_word() && p.cap {
                first -= 1;
            } else if p.is_punct('.')
                && first > clause_start + 1
                && (phrases::is_title_abbreviation(tok(toks, first - 2))
                    || phrases::is_initial(tok(toks, first - 2)))
            {
                // "at St. Brigid Hospital": the name goes on over its abbreviation's stop.
                first -= 2;
            } else {
                break;
            }
        }
        // "welcoming the Ruiz administration's plans": a name in a verb's object is no subject.
        let in_object = first > 1
            && t.cap
            && phrases::classes().det.holds(tok(toks, first - 1))
            && tok(toks, first - 1).norm() != "that"
            && (hits.iter().any(|h| h.i <= first - 2 && first - 2 < h.end())
                || tok(toks, first - 2).is_word()
                    && !tok(toks, first - 2).cap
                    && !phrases::classes()
                        .conj
                        .contains(tok(toks, first - 2).norm()));
        if first > 0
            && (grammar().prepositions.holds(tok(toks, first - 1)) || in_object)
            && holder_or_other(k)
        {
            continue;
        }
        // An unquoted "he"/"she" is the speaker, unless the passage named another person
        // before it ("Lee said Trump is reduced to insults because he cannot defend …").
        // In a sentence read for naming the holder, a pronoun after the holder's own name
        // with nobody else named first is the holder ("Trump has called for …, far lower
        // than the rate he has proposed").
        let pronoun = !quoted(k)
            && (matches!(t.norm(), "he" | "she") && (holder.pronouns || holder_named_before(k))
                || holder.is_it(k, t.norm()));
        // "Christie called Lee a disgrace after she attacked …": a pronoun of the other
        // gender is somebody else.
        let gender = crate::analysis::names::pronoun_gender(t.norm());
        let other_gender = holder
            .person_key
            .as_deref()
            .is_some_and(|key| !cat.fits_gender(key, gender));
        if pronoun && (other_person_before(k) || other_gender) {
            return Agent::Other;
        }
        // "Thunder coach blasts league", "a Kremlin aide said": a name before a role noun only
        // says whom the person works for; the coach is somebody else. A spokesperson speaks
        // for the name ("a Thunder spokesman criticised …").
        let modifies_role = t.cap
            && toks.get(k + 1).is_some_and(|n| {
                k + 1 < cue
                    && n.is_word()
                    && !n.cap
                    && crate::analysis::role::is_role_noun(n.surface())
                    && crate::analysis::lexicon::role_group(n.norm()) != Some("spokesperson")
            });
        if modifies_role && holder.words.contains(t.norm()) {
            return Agent::Other;
        }
        if grammar().first_person.holds(t) || holder.words.contains(t.norm()) || pronoun {
            return Agent::Speaker;
        }
        for set in [&l.entity_aliases, &l.entity_adjectives] {
            if set
                .longest_at(toks, k)
                .is_some_and(|(_, e)| holder.side.contains(e))
            {
                return Agent::Speaker;
            }
        }
        // "the parties, who oppose the motion": a relative pronoun stands for the noun
        // before it, which is the holder only when it names them.
        if t.norm() == "whose" {
            return Agent::Other;
        }
        if matches!(t.norm(), "who" | "which") {
            let antecedent = toks[clause_start..k]
                .iter()
                .rev()
                .find(|p| p.is_word())
                .is_some_and(|p| holder.words.contains(p.norm()));
            return if antecedent {
                Agent::Speaker
            } else {
                Agent::Other
            };
        }
        let other = mentions.iter().any(|m| {
            m.start <= k && k < m.end && {
                let t = &cat.targets[m.target];
                t.kind.is_actor() && t.person_key != holder.person_key
            }
        });
        if other && coordinated_with_holder(k) {
            return Agent::Speaker;
        }
        if other
            || grammar().others.holds(t)
            || (quoted(k) && matches!(t.norm(), "he" | "she"))
            || (!holder.pronouns && matches!(t.norm(), "he" | "she" | "they"))
        {
            return Agent::Other;
        }
    }
    let other_named = mentions.iter().any(|m| {
        m.start >= clause_start && m.end <= cue && {
            let t = &cat.targets[m.target];
            t.kind.is_actor() && t.person_key != holder.person_key
        }
    });
    let other_word = (clause_start..cue).any(|k| {
        let t = tok(toks, k);
        grammar().others.holds(t) || (quoted(k) && matches!(t.norm(), "he" | "she"))
    });
    // "Western support", "European leaders": another side's adjective.
    let other_side = (clause_start..cue).any(|k| {
        [&l.entity_aliases, &l.entity_adjectives].iter().any(|set| {
            set.longest_at(toks, k)
                .is_some_and(|(_, e)| !holder.side.contains(e))
        })
    });
    if other_named || other_word || other_side {
        Agent::Other
    } else {
        Agent::Unknown
    }
}
