//! Open-vocabulary targets: the noun phrase a stance is about, found from the grammar around
//! a stance word rather than from a list of known issues. "backed the transit levy", "the
//! zoning bylaw is a disgrace", "called for scrapping the like-kind rule": the object of a
//! stance verb, the subject of an evaluation after a copula.
//!
//! There is no tagger: a phrase runs over words that are not closed-class words
//! (`lexicon/phrase_words.txt`), may take one "of" complement, and is cut at a clause word, a
//! verb-looking participle after its head, or seven words. Leading determiners are dropped
//! from its label; the key folds case and plurals so "the levy" and "levies" meet.

use super::grammar::{Class, PHRASE_BITS};
use crate::analysis::lazy::Lazy;
use crate::analysis::word_set::WordSet;
use std::ops::Range;

use super::tokens::{tok, Kind, Token};
use crate::analysis::lexicon;

/// The closed classes of `phrase_words.txt`.
pub struct Classes {
    pub det: Class,
    pub prep: Class,
    pub conj: WordSet,
    pub aux: WordSet,
    pub copula: Class,
    pub regard: WordSet,
    pub transparent: WordSet,
    pub pron: WordSet,
    pub link: WordSet,
    pub adv: WordSet,
    pub time: WordSet,
    pub when: WordSet,
    pub naming: WordSet,
    pub generic: WordSet,
    pub to_noun: WordSet,
    pub kinds: WordSet,
    pub for_noun: WordSet,
    pub act: WordSet,
    pub pointing: WordSet,
    /// aux, pron, prep and link in one set: polarity's closed-class test, asked of most words
    /// of a unit, in one look-up instead of four.
    pub aux_pron_prep_link: Class,
    /// [`closed`]'s six classes in one.
    pub closed: Class,
}

impl Classes {
    /// The classes with a bit among the grammar's (`grammar::PHRASE_BITS`).
    pub fn with_bits(&self) -> [&Class; 5] {
        [
            &self.det,
            &self.prep,
            &self.copula,
            &self.aux_pron_prep_link,
            &self.closed,
        ]
    }
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn classes() -> &'static Classes {
    static C: Lazy<Classes> = Lazy::new();
    C.get_or_init(|| {
        let mut by = lexicon::word_classes(lexicon::PHRASE_WORDS);
        let mut take = |c: &str| by.remove(c).unwrap_or_default();
        let [det, prep, copula, aux_pron_prep_link, closed] = PHRASE_BITS;
        let mut c = Classes {
            aux_pron_prep_link: Class::new(WordSet::new(), aux_pron_prep_link),
            closed: Class::new(WordSet::new(), closed),
            det: Class::new(take("det"), det),
            prep: Class::new(take("prep"), prep),
            conj: take("conj"),
            aux: take("aux"),
            copula: Class::new(take("copula"), copula),
            regard: take("regard"),
            transparent: take("transparent"),
            pron: take("pron"),
            link: take("link"),
            adv: take("adv"),
            time: take("time"),
            when: take("when"),
            naming: take("naming"),
            generic: take("generic"),
            to_noun: take("to_noun"),
            kinds: take("kinds"),
            for_noun: take("for_noun"),
            act: take("act"),
            pointing: take("pointing"),
        };
        let aux_pron_prep_link = [&c.aux, &c.pron, c.prep.set(), &c.link]
            .iter()
            .flat_map(|set| set.iter().copied())
            .collect();
        c.aux_pron_prep_link = Class::new(aux_pron_prep_link, c.aux_pron_prep_link.bit());
        let closed = [c.prep.set(), &c.conj, &c.aux, &c.pron, &c.link, &c.adv]
            .iter()
            .flat_map(|set| set.iter().copied())
            .collect();
        c.closed = Class::new(closed, c.closed.bit());
        c
    })
}

/// Longest phrase, in words.
const MAX_WORDS: usize = 7;

pub fn closed(c: &Classes, w: &str) -> bool {
    c.prep.contains(w)
        || c.conj.contains(w)
        || c.aux.contains(w)
        || c.pron.contains(w)
        || c.link.contains(w)
        || c.adv.contains(w)
}

/// "Mr", "Dr", "Gov" before a full stop: a title's abbreviation, not a sentence end.
pub fn is_title_abbreviation(t: &Token) -> bool {
    // "U.S." is an initialism, not a title, even where "U.S. senator" makes it part of one.
    // "St. Brigid", "Feb. 8": the lexicon's abbreviations too, as `text::sentences` reads them.
    t.cap
        && t.norm().len() <= 4
        && !t.surface().contains('.')
        && (crate::analysis::names::is_title(t.surface())
            || crate::analysis::text::is_abbreviation_word(t.surface()))
}

/// "U.S.", "D.C.": a single capital letter before a full stop is an initial, not a sentence
/// end.
pub fn is_initial(t: &Token) -> bool {
    t.is_word() && t.cap && t.surface().chars().count() == 1
}

/// A lower-case "-ly" word is an adverb ("unbelievably"), which no target phrase holds.
pub fn adverb(t: &Token) -> bool {
    !t.cap && t.norm().len() > 4 && t.norm().ends_with("ly") && !t.norm().ends_with("ply")
}

/// A gerund opening a phrase ("eliminating the tax break"): its object belongs to it.
/// "their own experience" is the holder's own, "the other side" nobody in particular: a
/// phrase opening with "own" or made of a vague head and words that only point ("other",
/// "same", "whole") is no target.
fn vague(c: &Classes, content: &[&Token]) -> bool {
    let Some(head) = content.last() else {
        return false;
    };
    content.first().is_some_and(|t| t.norm() == "own")
        || (c.generic.contains(head.norm())
            && content[..content.len() - 1]
                .iter()
                .all(|t| c.pointing.contains(t.norm())))
}

fn gerund(t: &Token) -> bool {
    !t.cap && t.norm().len() > 5 && t.norm().ends_with("ing")
}

/// Where a complement of the phrase's head opens at token `from` ("of the purge", "to the
/// clinic", "like installing panels"): its first open-class word after determiners.
fn complement_at(toks: &[Token], from: usize, limit: usize) -> Option<usize> {
    let c = classes();
    let mut j = from;
    while j < limit && c.det.holds(tok(toks, j)) {
        j += 1;
    }
    (j < limit && tok(toks, j).is_word() && !c.closed.holds(tok(toks, j))).then_some(j)
}

/// The noun phrase starting at token `from` (after determiners, which it skips), ending before
/// `limit`. `stop` marks tokens that may not be inside (other stance cues).
pub fn object_at(
    toks: &[Token],
    from: usize,
    limit: usize,
    stop: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let c = classes();
    let limit = limit.min(toks.len());
    let mut k = from;
    // Quotation marks around a titled thing, determiners.
    let mut open = false;
    while k < limit
        && (tok(toks, k).kind == super::tokens::Kind::Quote || c.det.holds(tok(toks, k)))
    {
        open ^= tok(toks, k).kind == super::tokens::Kind::Quote;
        k += 1;
    }
    // A word after a quoted one that goes on with the phrase: "a “fair” levy".
    let goes_on = |j: usize| {
        toks.get(j).is_some_and(|n| {
            n.is_word()
                && !c.closed.holds(n)
                && !adverb(n)
                && !c.when.contains(n.norm())
                && !c.det.holds(n)
                && !stop(j)
        })
    };
    let start = k;
    let mut words = 0;
    let mut took_of = false;
    let mut end = start;
    // "more oversight", "fewer beds": a quantity word opens the phrase and stays in it.
    let quantity = |j: usize| {
        j == start
            && matches!(tok(toks, j).norm(), "more" | "less" | "fewer")
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_word() && !c.closed.holds(n) && !c.det.holds(n))
    };
    while k < limit && words < MAX_WORDS {
        let t = tok(toks, k);
        if quantity(k) {
            words += 1;
            k += 1;
            end = k;
            continue;
        }
        if t.is_punct('.')
            && k > start
            && (is_title_abbreviation(tok(toks, k - 1)) || is_initial(tok(toks, k - 1)))
        {
            // "Mr. Obama's approach": the abbreviation's full stop stays inside.
            k += 1;
            continue;
        }
        if !t.is_word() {
            // "the term 'outreach'": the quoted expression is what is talked about.
            let named = t.kind == super::tokens::Kind::Quote
                && words == 1
                && c.naming.contains(tok(toks, k - 1).norm())
                && toks.get(k + 1).is_some_and(|n| n.is_word());
            if named {
                let inner = k + 1;
                // The closing mark, or a comma or full stop inside it ("'outreach,'").
                let quote = |j: usize| {
                    toks.get(j)
                        .is_some_and(|q| q.kind == super::tokens::Kind::Quote)
                };
                let close = (inner..limit.min(inner + MAX_WORDS + 1))
                    .find(|&j| !tok(toks, j).is_word())
                    .filter(|&j| {
                        quote(j)
                            || ((tok(toks, j).is_punct(',') || tok(toks, j).is_punct('.'))
                                && quote(j + 1))
                    })?;
                return Some(inner..close);
            }
            // Quoted words inside the phrase, as a reporter marks a term or a loaded word:
            // "a “fair” levy", "taxing so-called “pass through” income". Only when the phrase
            // goes on after the closing mark; a quotation after the phrase is not part of it.
            if t.kind == super::tokens::Kind::Quote {
                if open {
                    open = false;
                    if words > 0 && goes_on(k + 1) {
                        k += 1;
                        continue;
                    }
                } else if words > 0 {
                    let close = (k + 1..limit.min(k + 1 + MAX_WORDS))
                        .find(|&j| !tok(toks, j).is_word())
                        .filter(|&j| j > k + 1 && tok(toks, j).kind == super::tokens::Kind::Quote);
                    let inner_ok = close.is_some_and(|e| {
                        !c.closed.holds(tok(toks, k + 1))
                            && toks[k + 1..e].iter().all(|w| !c.det.holds(w))
                    });
                    if let Some(e) = close.filter(|&e| inner_ok && goes_on(e + 1)) {
                        words += e - k - 1;
                        k = e + 1;
                        end = k;
                        continue;
                    }
                }
            }
            // A hyphenated or quoted inner word is already one token; any other mark ends it.
            break;
        }
        let w = t.norm();
        // "concern about political resistance to …": one or two plain words before a noun
        // cue modify it; they are no phrase of their own (a verb form, or a plural before it
        // that may be its subject, still ends the phrase there).
        let modified_cue = k - start <= 2
            && !closed(c, w)
            && !c.prep.contains(w)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && (!w.ends_with('s') || w.ends_with("ss"))
            && (start..k).all(|j| {
                let m = tok(toks, j);
                m.is_word() && !m.cap && !c.closed.holds(m) && !m.norm().ends_with('s') && !stop(j)
            });
        if stop(k) && k > start {
            let noun_cue = || {
                super::words::lists()
                    .cues
                    .longest_at(toks, k)
                    .is_some_and(|(_, cue)| {
                        matches!(
                            cue.kind,
                            super::words::CueKind::Obj | super::words::CueKind::Shift
                        )
                    })
            };
            if modified_cue && noun_cue() {
                return None;
            }
            break;
        }
        // "a cut to overtime pay", "access to the clinic": the complement of such a noun.
        let complement = (w == "to" && c.to_noun.contains(tok(toks, k - 1).norm()))
            || (w == "for" && c.for_noun.contains(tok(toks, k - 1).norm()));
        if complement && !took_of && k > start {
            if let Some(j) = complement_at(toks, k + 1, limit) {
                took_of = true;
                k = j;
                continue;
            }
            break;
        }
        // "projects like installing solar panels", "measures such as a vacancy levy": the
        // example says what a head that names only a kind of thing is.
        if !took_of && k > start && c.kinds.contains(tok(toks, k - 1).norm()) {
            let opener = match w {
                "like" | "including" => Some(k + 1),
                "such" if toks.get(k + 1).is_some_and(|n| n.norm() == "as") => Some(k + 2),
                _ => None,
            };
            if let Some(j) = opener.and_then(|j| complement_at(toks, j, limit)) {
                took_of = true;
                k = j;
                continue;
            }
        }
        // A named place qualifies the head: "the war in Iraq", "the shooting in Tulsa".
        if matches!(w, "in" | "at")
            && !took_of
            && k > start
            && toks.get(k + 1).is_some_and(|n| n.cap && n.is_word())
        {
            took_of = true;
            k += 1;
            continue;
        }
        if w == "of" && !took_of && k > start {
            // One "of" complement: "the purge of inactive voters".
            if let Some(j) = complement_at(toks, k + 1, limit).filter(|&j| !adverb(tok(toks, j))) {
                took_of = true;
                k = j;
                continue;
            }
            break;
        }
        if c.det.contains(w) && k > start {
            // A determiner after a gerund opens its object: "releasing his tax returns".
            if !gerund(tok(toks, k - 1)) {
                break;
            }
            k += 1;
            continue;
        }
        if closed(c, w) || adverb(t) || (words > 0 && c.when.contains(w)) {
            break;
        }
        // "the rule known as the green clause": the name follows (`known_as`).
        if w == "known" && words > 0 && toks.get(k + 1).is_some_and(|n| n.norm() == "as") {
            break;
        }
        // A participle after the head is a verb when what follows cannot continue a noun
        // phrase: "the plan announced last week", "the levy approved by council" (but
        // "so-called carried interest" goes on).
        // A hyphenated one ("so-called", "state-owned") is an adjective.
        let participle = k > start
            && !t.cap
            && w.ends_with("ed")
            && !w.contains('-')
            && !tok(toks, k - 1).poss
            && words > 0;
        if participle {
            // After a plural head it is the verb: "community health centers helped convince".
            let p = tok(toks, k - 1).norm();
            let after_plural =
                tok(toks, k - 1).is_word() && p.len() > 3 && p.ends_with('s') && !p.ends_with("ss");
            if after_plural && toks.get(k + 1).is_some_and(|n| n.is_word() && !n.cap) {
                break;
            }
            let next_ends = toks.get(k + 1).is_none_or(|n| {
                (!n.is_word() && n.kind != super::tokens::Kind::Quote)
                    || c.closed.holds(n)
                    || c.det.holds(n)
                    || c.time.contains(n.norm())
                    || n.norm() == "last"
                    || n.norm() == "next"
            });
            if next_ends {
                break;
            }
        }
        words += 1;
        k += 1;
        end = k;
        // "the city's plan": a possessive continues; any other word is a candidate head.
    }
    if end <= start {
        return None;
    }
    // A possessive cannot end the phrase: "Smith's" alone is Smith, found as a name.
    while end > start && tok(toks, end - 1).poss {
        end -= 1;
    }
    let content: Vec<&Token> = toks[start..end].iter().filter(|t| t.is_word()).collect();
    let head = content.last()?;
    let lone = content.len() == 1;
    // "the ruling", "the funding": after a determiner an "-ing" word is a noun.
    let noun_ing = start > 0 && c.det.holds(tok(toks, start - 1));
    if content
        .iter()
        .all(|t| c.time.contains(t.norm()) || t.norm().chars().all(|ch| ch.is_ascii_digit()))
        || (lone
            && (c.generic.contains(head.norm())
                || (gerund(head) && !noun_ing)
                || head.norm().len() < 3))
        || vague(c, &content)
    {
        return None;
    }
    // "the automatic budget cuts known as sequestration": the name the phrase goes by
    // joins it, and stands for it in its label (`named_as`).
    let end = known_as(toks, end, limit, stop).unwrap_or(end);
    Some(start..end)
}

/// The end of the name after a phrase ending at `end` that "known as" or "also known as"
/// gives: a determiner, then up to four words that are no closed-class word, no cue, and
/// (after the first) no determiner.
fn known_as(
    toks: &[Token],
    end: usize,
    limit: usize,
    stop: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let c = classes();
    let mut k = end;
    if toks.get(k).is_some_and(|t| t.norm() == "also") {
        k += 1;
    }
    if !(toks.get(k)?.norm() == "known" && toks.get(k + 1)?.norm() == "as") {
        return None;
    }
    k += 2;
    while k < limit && c.det.holds(tok(toks, k)) {
        k += 1;
    }
    let from = k;
    while k < limit.min(from + 4)
        && tok(toks, k).is_word()
        && !c.closed.holds(tok(toks, k))
        && !c.det.holds(tok(toks, k))
        && !stop(k)
    {
        k += 1;
    }
    (k > from).then_some(k)
}

/// A phrase that ends in the name it is known by, split into what comes before the
/// description and the name: "an end to the automatic budget cuts known as sequestration" is
/// ("an end to", "sequestration"), so the label reads "end to sequestration"; a description
/// that opens the phrase leaves the name alone.
fn named_as(toks: &[Token], range: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let c = classes();
    let known = (range.start..range.end.saturating_sub(2))
        .find(|&k| tok(toks, k).norm() == "known" && tok(toks, k + 1).norm() == "as")?;
    let mut name = known + 2;
    while name < range.end && c.det.holds(tok(toks, name)) {
        name += 1;
    }
    // The description opens at the last preposition before it that a determiner follows.
    let opens = (range.start..known)
        .rev()
        .find(|&k| c.prep.holds(tok(toks, k)) && toks.get(k + 1).is_some_and(|n| c.det.holds(n)))
        .map_or(range.start, |k| k + 1);
    Some((range.start..opens, name..range.end))
}

/// The tokens of a phrase that its label and key read: all of them, or for a phrase known by a
/// name (`named_as`) the words before its description and the name.
fn shown(toks: &[Token], range: Range<usize>) -> impl Iterator<Item = &Token> {
    let (before, name) = named_as(toks, range.clone()).unwrap_or((range, 0..0));
    toks[before].iter().chain(&toks[name])
}

/// The subject phrase that ends right before token `end` (a copula): walks left over phrase
/// words, at most seven, stopping at the clause start, a mark or a closed-class word.
pub fn subject_before(
    toks: &[Token],
    clause_start: usize,
    end: usize,
    stop: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let c = classes();
    let mut k = end;
    let mut words = 0;
    while k > clause_start && words < MAX_WORDS {
        let t = tok(toks, k - 1);
        // A verb before the subject ("said", "approved") is not part of it.
        // "said", "approved" before the subject are verbs; "the revised plan", "killing
        // unarmed teenagers" have a participle as adjective inside the phrase.
        let adjective_ed = k >= 2 + clause_start && {
            let p = tok(toks, k - 2).norm();
            c.det.contains(p) || c.prep.contains(p) || (p.len() > 5 && p.ends_with("ing"))
        };
        let verb =
            stop(k - 1) || (!t.cap && t.norm().ends_with("ed") && words > 0 && !adjective_ed);
        if !t.is_word() || c.closed.holds(t) || adverb(t) || verb {
            // "the cost of the levy is": one "of" complement inside the subject.
            if t.norm() == "of" && k - 1 > clause_start && words > 0 {
                k -= 1;
                continue;
            }
            break;
        }
        if c.det.holds(t) {
            break;
        }
        words += 1;
        k -= 1;
    }
    if words == 0 || k >= end {
        return None;
    }
    // "A ban on phones will hurt pupils", "The cap on rents is a mistake": a noun (and at most
    // one modifier) that opens the sentence after its determiner keeps its prepositional
    // complement.
    // "a ban on the sprays": past the complement's own article.
    let inner_article =
        k > clause_start + 3 && is_article(tok(toks, k - 1)) && c.prep.holds(tok(toks, k - 2));
    let prep_at = if inner_article { k - 1 } else { k };
    if prep_at > clause_start + 2 && c.prep.holds(tok(toks, prep_at - 1)) {
        let p = prep_at - 1;
        let mut m = p;
        while m > clause_start && p - m < 2 && {
            let t = tok(toks, m - 1);
            t.is_word() && !t.cap && !c.closed.holds(t) && !c.det.holds(t)
        } {
            m -= 1;
        }
        // The sentence's start, or with an article a reported clause's: "warned (that) a ban
        // on phones …" ("says his meeting with X" is his).
        let article = m > 0 && is_article(tok(toks, m - 1));
        let opens = m > clause_start
            && c.det.holds(tok(toks, m - 1))
            && (m - 1 == clause_start
                || !tok(toks, m - 2).is_word()
                || article
                    && (tok(toks, m - 2).norm() == "that"
                        || crate::analysis::lexicon::cue(tok(toks, m - 2).norm()).is_some()));
        if m < p && opens && !c.pron.contains(tok(toks, m - 1).norm()) {
            k = m;
        }
    }
    // "Cutting the night sailings is insane": a gerund opening the subject is what is judged,
    // and the phrase keeps it (the sailings themselves are not called insane).
    let mut j = k;
    if j > clause_start && c.det.holds(tok(toks, j - 1)) {
        j -= 1;
    }
    // A verb of saying before the gerund opens its report: "said closing the ward was reckless".
    let opens = |g: usize| {
        g == clause_start
            || !tok(toks, g - 1).is_word()
            || c.conj.contains(tok(toks, g - 1).norm())
            || c.link.contains(tok(toks, g - 1).norm())
            || crate::analysis::lexicon::cue(tok(toks, g - 1).norm()).is_some()
            // "Physically assaulting a reporter is a fireable offense".
            || tok(toks, g - 1).norm().len() > 4
                && tok(toks, g - 1).norm().ends_with("ly")
                && (g - 1 == clause_start || !tok(toks, g - 2).is_word())
    };
    // "The decision to close the ward was reckless": the action a definite noun names with its
    // "to" belongs to the subject (the ward is not called reckless).
    let to_at = if j <= clause_start {
        None
    } else if j == k && tok(toks, j - 1).norm() == "to" {
        Some(j - 1)
    } else if j > clause_start + 1 && tok(toks, j - 2).norm() == "to" && !tok(toks, j - 1).cap {
        Some(j - 2)
    } else {
        None
    };
    if let Some(to) = to_at.filter(|&to| to > clause_start + 1) {
        let mut n = to;
        while n > clause_start
            && to - n < 3
            && tok(toks, n - 1).is_word()
            && !tok(toks, n - 1).cap
            && !c.closed.holds(tok(toks, n - 1))
            && !c.det.holds(tok(toks, n - 1))
        {
            n -= 1;
        }
        if n < to && n > clause_start && c.det.holds(tok(toks, n - 1)) {
            k = n;
            j = n - 1;
        }
    }
    if j > clause_start {
        let g = tok(toks, j - 1);
        // "…, saying the plan was reckless": a verb of saying opens a report, not the subject.
        let gerund_word = g.norm().len() > 5
            && g.norm().ends_with("ing")
            && g.is_word()
            && crate::analysis::lexicon::cue(g.norm()).is_none();
        if gerund_word && opens(j - 1) {
            k = j - 1;
        }
    }
    // "Not voting is not a strategy", "not building the bridge would be a disaster": a
    // negated gerund opening the subject is judged whole, negation and all.
    let negated_gerund = k > clause_start
        && matches!(tok(toks, k - 1).norm(), "not" | "never")
        && opens(k - 1)
        && gerund(tok(toks, k));
    let negated_gerund_object = !negated_gerund
        && j > clause_start + 1
        && matches!(tok(toks, j - 2).norm(), "not" | "never")
        && opens(j - 2)
        && gerund(tok(toks, j - 1));
    if negated_gerund {
        k -= 1;
    } else if negated_gerund_object {
        k = j - 2;
    }
    let negated_gerund = negated_gerund || negated_gerund_object;
    // The phrase must start at the clause start or right after a determiner or mark: a
    // subject buried after a verb ("they said the plan is") still qualifies, since what ends
    // the walk is a closed-class word.
    let range = k..end;
    let content: Vec<&Token> = toks[range.clone()].iter().filter(|t| t.is_word()).collect();
    if content.first().is_some_and(|t| t.norm() == "of") {
        return None;
    }
    let head = content.last()?;
    let noun_ing = range.start > 0 && c.det.holds(tok(toks, range.start - 1));
    if content.iter().all(|t| c.time.contains(t.norm()))
        || (content.len() == 1 && (c.generic.contains(head.norm()) || (gerund(head) && !noun_ing)))
            && !negated_gerund
        || vague(c, &content)
    {
        return None;
    }
    Some(range)
}

/// Longest gerund clause read as a subject, in tokens.
const GERUND_CLAUSE: usize = 16;

/// Where the predicate of a clause opened by the gerund at `g` starts: its first auxiliary
/// or copula, when every token before it is a word of the gerund's clause: words, a
/// subordinate gerund clause ("while doing nothing", ", without asking anyone,") and a
/// comma right before the predicate. None past `GERUND_CLAUSE` tokens, at a mark, a clause
/// word ("that", "who") or a comma that opens anything else ("Speaking to reporters, the
/// mayor is …").
pub fn gerund_predicate(toks: &[Token], g: usize) -> Option<usize> {
    let c = classes();
    let t = tok(toks, g);
    // "law-abiding" is an adjective.
    let gerund_word = t.is_word()
        && t.norm().len() > 5
        && t.norm().ends_with("ing")
        && !t.norm().contains('-')
        && !c.closed.holds(t);
    if !gerund_word {
        return None;
    }
    let subordinate = |k: usize| {
        matches!(
            tok(toks, k).norm(),
            "while" | "whereas" | "when" | "without"
        )
    };
    // "while doing nothing": "doing" is shorter than `gerund` asks.
    let opens_gerund = |k: usize| {
        let t = tok(toks, k + 1);
        t.is_word() && !t.cap && t.norm().len() >= 5 && t.norm().ends_with("ing")
    };
    let mut k = g + 1;
    while k < toks.len().min(g + GERUND_CLAUSE) {
        let t = tok(toks, k);
        let w = t.norm();
        if c.aux.contains(w) || c.copula.contains(w) {
            // "to become" is no finite predicate.
            return (k > g + 1 && tok(toks, k - 1).norm() != "to").then_some(k);
        }
        // "Closing our A&E at night": an ampersand inside a name.
        let ampersand = t.is_punct('&') && tok(toks, k - 1).is_word() && tok(toks, k + 1).is_word();
        if ampersand {
            k += 1;
            continue;
        }
        if t.is_punct(',') {
            let next = tok(toks, k + 1);
            if c.aux.contains(next.norm()) || c.copula.holds(next) {
                return Some(k + 1);
            }
            if !(subordinate(k + 1) && opens_gerund(k + 1)) {
                return None;
            }
        } else if !t.is_word()
            || c.link.contains(w) && !(subordinate(k) && opens_gerund(k))
            // A verb of saying is a finite verb: "Housing adviser Pat Moss said the quota was
            // …" opens with a noun.
            || (w == "said" || w.ends_with("ed") || w.ends_with('s'))
                && crate::analysis::lexicon::cue(w).is_some()
            // A name after a plain word ("Housing adviser Pat Moss") is a noun phrase's, not a
            // gerund's object ("Banning Uber", "Capping rents in Elmsford").
            || t.cap && {
                let p = tok(toks, k - 1);
                k > g + 1 && p.is_word() && !p.cap && !c.closed.holds(p) && !c.det.holds(p)
            }
            // A subject of its own ("Speaking to reporters he is …").
            || matches!(w, "i" | "you" | "he" | "she" | "it" | "we" | "they" | "there")
        {
            return None;
        }
        k += 1;
    }
    None
}

/// "Bringing our midwives together in one place is the right decision", "Capping rents while
/// doing nothing to build homes is the wrong priority": a sentence opened by a gerund whose
/// clause runs to the copula at `end` (`gerund_predicate`) has the gerund's action as its
/// subject, however many nouns its clause holds; none of them is what the predicate judges.
/// The phrase shown is the gerund with what follows it up to its first subordinate clause
/// or comma, at most `MAX_WORDS` words.
pub fn gerund_subject(toks: &[Token], clause_start: usize, end: usize) -> Option<Range<usize>> {
    // Back over the predicate's auxiliaries ("would be") to the first of them.
    let c = classes();
    let mut first = end;
    while first > clause_start && c.aux.contains(tok(toks, first - 1).norm()) {
        first -= 1;
    }
    let mut g = first;
    while g > clause_start && first - g < GERUND_CLAUSE {
        let p = tok(toks, g - 1);
        if !(p.is_word() || p.is_punct(',') || p.is_punct('&')) {
            break;
        }
        g -= 1;
    }
    // At the sentence's start: after a comma a gerund goes on with the clause before it
    // ("…, saying the plan was reckless").
    let opens = g == clause_start
        || tok(toks, g - 1).kind == Kind::Quote
        || matches!(
            tok(toks, g - 1).kind,
            Kind::Punct('.' | '!' | '?' | ':' | ';')
        );
    if !opens || gerund_predicate(toks, g)? != first {
        return None;
    }
    let mut cut = g + 1;
    while cut < first
        && cut - g < MAX_WORDS
        && (tok(toks, cut).is_word() || tok(toks, cut).is_punct('&'))
        && !c.link.contains(tok(toks, cut).norm())
        && tok(toks, cut).norm() != "without"
    {
        cut += 1;
    }
    Some(g..cut)
}

/// "a", "an", "the".
pub fn is_article(t: &Token) -> bool {
    matches!(t.norm(), "a" | "an" | "the")
}

/// How the phrase is shown: its words as written, determiners and quotation marks dropped.
pub fn label(toks: &[Token], range: Range<usize>) -> String {
    let mut out = String::new();
    let mut after_initial = false;
    let mut joined = false;
    for t in shown(toks, range) {
        if t.is_punct('.') && after_initial {
            out.push('.');
            continue;
        }
        // "A&E", "AT&T": written without spaces.
        if t.is_punct('&') && !out.is_empty() {
            out.push('&');
            joined = true;
            continue;
        }
        if !t.is_word() || is_title_abbreviation(t) {
            continue;
        }
        // "U.S." stays one word.
        if !(out.is_empty() || joined || after_initial && is_initial(t)) {
            out.push(' ');
        }
        joined = false;
        out.push_str(t.surface());
        if t.plural_poss() {
            out.push('\'');
        } else if t.poss {
            out.push_str("'s");
        }
        after_initial = is_initial(t);
    }
    out
}

/// Folds a phrase for grouping: lower case, plural endings dropped from each word.
pub fn key(toks: &[Token], range: Range<usize>) -> String {
    shown(toks, range)
        .filter(|t| t.is_word())
        .map(|t| fold_plural(t.norm()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "levies" → "levy", "returns" → "return", "bases" → "base"; short words and "-ss" stay.
pub fn fold_plural(w: &str) -> String {
    if w.len() <= 3 || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if let Some(stem) = w.strip_suffix('s') {
        return stem.to_string();
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn obj(s: &str, from: usize) -> Option<String> {
        let t = tokenize(s, 0..s.len());
        object_at(&t, from, t.len(), &|_| false).map(|r| label(&t, r))
    }

    #[test]
    fn objects_stop_at_clause_words() {
        assert_eq!(
            obj("backed the new transit levy for the region", 1).as_deref(),
            Some("new transit levy")
        );
        assert_eq!(
            obj("opposed the purge of inactive voters because it", 1).as_deref(),
            Some("purge of inactive voters")
        );
        assert_eq!(
            obj(
                "called for eliminating the carried-interest tax break in 2017",
                2
            )
            .as_deref(),
            Some("eliminating the carried-interest tax break")
        );
        assert_eq!(
            obj("praised the council's housing plan announced last week", 1).as_deref(),
            Some("council's housing plan")
        );
        assert_eq!(obj("rejected it on Monday", 1), None);
        assert_eq!(obj("welcomed last week", 1), None);
    }

    #[test]
    fn subjects_end_at_the_copula() {
        let s = "She said the hospital merger is a mistake";
        let t = tokenize(s, 0..s.len());
        let r = subject_before(&t, 0, 5, &|_| false).expect("subject");
        assert_eq!(label(&t, r), "hospital merger");
    }

    #[test]
    fn keys_fold_plurals() {
        let s = "levies";
        let t = tokenize(s, 0..s.len());
        assert_eq!(key(&t, 0..1), "levy");
        assert_eq!(fold_plural("bus"), "bus");
        assert_eq!(fold_plural("returns"), "return");
    }
}
