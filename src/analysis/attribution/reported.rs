//! Reported speech without quotation marks: "X said (that) …", "…, X said", "according to X,
//! …", and the frames of `report_frames.tsv` ("criticized the plan", "vowed to …").

use super::*;

/// After a short time adverbial at `j` ("Monday", "on Tuesday", "last week", "this
/// morning", "Monday night") when a clause follows it, the token after it; else `j`.
pub(super) fn skip_time(p: &Para<'_>, j: usize, sent_end: usize) -> usize {
    let time = |k: usize| {
        let w = p.lower(k);
        WEEKDAYS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "today"
                    | "yesterday"
                    | "tonight"
                    | "week"
                    | "month"
                    | "year"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "weekend"
            )
    };
    let mut k = j;
    if matches!(
        p.lower(k).as_str(),
        "on" | "last" | "this" | "late" | "early"
    ) && time(k + 1)
    {
        k += 1;
    }
    if !time(k) {
        return j;
    }
    k += 1;
    while k < sent_end && time(k) {
        k += 1;
    }
    if p.is_punct(k, ",") {
        k += 1;
    }
    // Only when a clause follows: a subject word, not a preposition or punctuation.
    let clause = k < sent_end
        && crate::analysis::text::word(&p.toks, k).is_word
        && p.in_quote[k].is_none()
        && !not_clause_start().contains(p.lower(k).as_str());
    if clause {
        k
    } else {
        j
    }
}

/// Does a reported clause open at `j` with a subordinate clause ("said while many families
/// got help, others …") or a demonstrative subject ("said this was …"), rather than with an
/// adverbial ("said while visiting Ohio", "said this week")?
pub(super) fn subordinate_clause(p: &Para<'_>, j: usize, sent_end: usize) -> bool {
    let w = p.lower(j);
    let next = p.lower(j + 1);
    if w == "this" {
        return matches!(
            next.as_str(),
            "is" | "was" | "would" | "will" | "could" | "should" | "has" | "had" | "means"
        );
    }
    let subordinator = matches!(
        w.as_str(),
        "while" | "when" | "if" | "because" | "although" | "though" | "once" | "unless"
    );
    // The subordinate clause has its own subject, then a comma and the main clause.
    let own_subject = p.toks.get(j + 1).is_some_and(|t| t.is_word)
        && !next.ends_with("ing")
        && !next.ends_with("ed")
        && !not_clause_start().contains(next.as_str());
    let comma = (j + 2..sent_end).find(|&k| p.is_punct(k, ","));
    subordinator && own_subject && comma.is_some_and(|c| c + 3 <= sent_end)
}

/// Reported speech around the cue at token `i`, if it introduces one.
pub(super) fn reported_clause(p: &Para<'_>, i: usize, pi: usize) -> Option<Found> {
    let (class, n) = p.cue_at(i)?;
    let (sent_start, sent_end) = p.sentence_of(i);
    let sent_end = sent_end.max(i + n).min(p.toks.len());
    // "Asked whether he thought the penalty was fair, Kestler said …": the opening
    // participle's clause is the question put to the speaker, not anyone's report.
    if i > sent_start
        && p.lower(sent_start) == "asked"
        && !(sent_start..i).any(|k| p.is_punct(k, ","))
    {
        return None;
    }
    // "wrote a memoir, "Dust and Rain", about …": the thing written, not what was said.
    if lexicon::cue(&p.lower(i)).is_some_and(|(_, lemma)| work_verbs().contains(lemma))
        && work_object(p, i + n, sent_end)
    {
        return None;
    }
    // "called for talks", "vowed to cut taxes", "criticized the plan": a frame, no clause.
    if let Some(f) = frame_report(p, i, n, sent_start, sent_end, pi) {
        return Some(f);
    }
    if class == CueClass::Label {
        return None;
    }
    let according = p.lower(i) == "according";

    // "…, Peskov said." / "…, said Peskov." / "…, according to Peskov.": clause before.
    if let Some(f) = clause_before(p, i, n, sent_start, sent_end, according, pi) {
        return Some(f);
    }
    if according {
        // "According to Peskov, …" / "According to preliminary findings, …": the source runs
        // to the comma.
        let np = np_after(p, i + n, sent_end);
        let np = if !np.is_empty() && p.is_punct(np.end, ",") {
            np
        } else {
            let comma = (i + n..sent_end.min(i + n + 9)).find(|&k| p.is_punct(k, ","))?;
            if comma == i + n
                || (i + n..comma).any(|k| !crate::analysis::text::word(&p.toks, k).is_word)
            {
                return None;
            }
            i + n..comma
        };
        return clause_found(p, i..i + n, np.clone(), np.end + 1, sent_end, pi);
    }
    // "Peskov said (on Monday) (that) …"
    // "X sent an email on Friday saying …": a participle's noun phrase that is the object of
    // an earlier verb (a word stands before it) is what X said through; X speaks.
    let object_of_verb = |np: &Range<usize>| {
        p.lower(i).ends_with("ing")
            && np.start > sent_start
            && crate::analysis::text::word(&p.toks, np.start - 1).is_word
            && !not_clause_start().contains(p.lower(np.start - 1).as_str())
            && !p.capitalized(np.start)
            && !receiving_verbs().contains(p.lower(np.start - 1).as_str())
    };
    // "spoke in Tulsa, Oklahoma, arguing …", "in Dayton, arguing …": a place right before a
    // participle's comma, after a preposition or another name and a comma, says where.
    let where_said = |np: &Range<usize>| {
        let participle = i > 0 && p.is_punct(i - 1, ",") && p.lower(i).ends_with("ing");
        if !participle || np.start <= sent_start {
            return false;
        }
        let after = p.is_punct(np.start - 1, ",") && p.capitalized(np.start.saturating_sub(2))
            || matches!(&*p.lower(np.start - 1), "in" | "at" | "from" | "near");
        let place = (np.start..np.end)
            .filter_map(|k| p.word(k))
            .collect::<Vec<_>>()
            .join(" ");
        after && lexicon::place(&place).is_some()
    };
    let subject = match subject_before(p, i, sent_start) {
        Some(np) if object_of_verb(&np) => sentence_subject(p, sent_start, np.start).or(Some(np)),
        Some(np) if where_said(&np) => None,
        found => found,
    };
    let subject = subject.or_else(|| {
        // A participle after a comma ("…, adding that …", "disclosed the breach, saying …")
        // shares the sentence's subject.
        if i > 0 && p.is_punct(i - 1, ",") && p.lower(i).ends_with("ing") {
            (sent_start..i)
                .find(|&k| p.cue_at(k).is_some() && k != i)
                .and_then(|first| subject_before(p, first, sent_start))
                .or_else(|| sentence_subject(p, sent_start, i))
        } else {
            None
        }
    });
    let subject = subject.or_else(|| plain_subject(p, i, sent_start));
    // Without a subject, only an unmistakable report stands: "…, and said that …",
    // "tweets … saying that …". It is kept with no speaker rather than a guessed one.
    let subject = match subject {
        Some(np) => np,
        None => {
            // "… and said", "… but has said": auxiliaries may stand after the conjunction.
            let mut k = i;
            while k > sent_start && between_subject_and_verb().contains(p.lower(k - 1).as_str()) {
                k -= 1;
            }
            let coordinated = k > 0 && matches!(p.lower(k - 1).as_str(), "and" | "but");
            // "and alleged mistreatment": many past forms double as adjectives, so after
            // "and" only the plain speech verbs, or any verb with "that", report.
            let plain_speech = matches!(
                lexicon::cue(&p.lower(i)).map(|c| c.1),
                Some(
                    "say"
                        | "tell"
                        | "add"
                        | "claim"
                        | "argue"
                        | "insist"
                        | "note"
                        | "warn"
                        | "write"
                )
            );
            // "denied the report and suggested it was …": a clause with its own subject.
            let clause_follows = matches!(
                p.lower(i + n).as_str(),
                "that" | "it" | "he" | "she" | "they" | "we" | "i" | "there"
            ) || (class == CueClass::Speech && determiner_clause(p, i + n));
            let unmistakable = (coordinated && (plain_speech || clause_follows))
                || (p.lower(i + n) == "that" && p.lower(i).ends_with("ing"));
            if !unmistakable {
                return None;
            }
            // "X met the press and said that …": the sentence's first subject.
            (sent_start..i)
                .find(|&k| p.cue_at(k).is_some())
                .and_then(|k| subject_before(p, k, sent_start))
                .or_else(|| sentence_subject(p, sent_start, i))
                .unwrap_or(i..i)
        }
    };
    let mut j = i + n;
    let mut clause_here = false;
    // "told reporters", "told CNN", "told him", "told staff": the listener, up to the
    // clause's own subject ("told the House the vote was …", "told staff the service had …").
    let tell_like = matches!(
        lexicon::cue(&p.lower(i)).map(|c| c.1),
        Some("tell" | "assure" | "inform" | "warn" | "urge" | "advise" | "ask")
    );
    let plain_noun = |k: usize| {
        p.toks.get(k).is_some_and(|t| t.is_word)
            && p.in_quote.get(k).is_some_and(|q| q.is_none())
            && !p.capitalized(k)
            && !not_clause_start().contains(p.lower(k).as_str())
            && !determiners().contains(p.lower(k).as_str())
            && !pronouns().contains(p.lower(k).as_str())
            && p.lower(k) != "that"
    };
    // A subject of its own and a finite verb after it.
    let clause_at = |m: usize| {
        (determiners().contains(p.lower(m).as_str()) || pronouns().contains(p.lower(m).as_str()))
            && has_finite_verb(p, m + 1, sent_end)
    };
    if tell_like
        && (listener_start().contains(p.lower(j).as_str()) || p.capitalized(j) || plain_noun(j))
    {
        let mut k = j + 1;
        while k < sent_end
            && k < j + 4
            && p.lower(k) != "that"
            && !pronouns().contains(p.lower(k).as_str())
            && !(determiners().contains(p.lower(k).as_str()) && k > j)
            && (np_word(p, k)
                || listener_start().contains(p.lower(k).as_str())
                // "told the meeting the council faced …": a noun after the listener's article.
                || (k == j + 1
                    && determiners().contains(p.lower(j).as_str())
                    && plain_noun(k)
                    && clause_at(k + 1)))
            && !(p.capitalized(k) && p.lower(k + 1) == "would")
        {
            k += 1;
        }
        j = k;
        // "told reporters at Westminster the fund was …": a place after the listener, then a
        // clause with its own subject and verb.
        if matches!(p.lower(j).as_str(), "at" | "in" | "outside") {
            let mut m = j + 1 + usize::from(p.lower(j + 1) == "the");
            let place = m;
            while m < sent_end.min(place + 4) && p.capitalized(m) && p.in_quote[m].is_none() {
                m += 1;
            }
            if m == place && place > j + 1 && plain_noun(m) {
                m += 1;
            }
            if m > place && clause_at(m) {
                j = m;
                clause_here = true;
            }
        }
    }
    // "said Monday it had …", "said on Tuesday it had …": a time adverbial before the clause.
    if p.lower(j) != "that" {
        j = skip_time(p, j, sent_end);
    }
    // Skip adverbials up to a "that" within reach ("said at a campaign stop in Toledo, Ohio,
    // that …"; a listener "told MSNBC's "Morning Joe" on Friday that …"), or up to a
    // pronoun subject with its verb ("said after the convention he would …").
    let adverbial = adverbial_start().contains(p.lower(j).as_str())
        || WEEKDAYS.contains(&p.lower(j).as_str())
        || (tell_like && j > i + n);
    let reach = || {
        (j..sent_end.min(j + 14)).take_while(|&k| {
            (p.word(k).is_some() || p.is_punct(k, ",") || (tell_like && p.in_quote[k].is_some()))
                && p.cue_at(k).is_none()
        })
    };
    let that = if p.lower(j) == "that" {
        Some(j)
    } else if adverbial && !clause_here {
        reach()
            .find(|&k| p.lower(k) == "that" && p.in_quote[k].is_none())
            .or_else(|| {
                reach()
                    .find(|&k| k > j && pronoun_clause(p, k) && !p.is_punct(k - 1, ","))
                    .map(|k| k - 1)
            })
    } else {
        None
    };
    let start = match that {
        Some(k) => k + 1,
        // "announced it would …", "acknowledged he was …": a verb that wants "that" takes a
        // clause without it when a pronoun subject and its verb follow.
        None if class == CueClass::That
            && (pronoun_clause(p, j)
                || (possessive_clause(p, j)
                    && !lexicon::cue(&p.lower(i))
                        .is_some_and(|(_, lemma)| belief_verbs().contains(lemma)))) =>
        {
            j
        }
        None => {
            if class == CueClass::That {
                return None;
            }
            // Not a clause: a preposition, a quote, punctuation, or nothing ("said about 20
            // people …" opens with a number, not a preposition).
            let w = p.lower(j);
            let number_follows = matches!(w.as_str(), "about" | "nearly" | "almost" | "roughly")
                && p.word(j + 1)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            if j >= sent_end
                || !crate::analysis::text::word(&p.toks, j).is_word
                || p.in_quote[j].is_some()
                || (not_clause_start().contains(w.as_str())
                    && !subordinate_clause(p, j, sent_end)
                    && !number_follows
                    && !possessive_clause(p, j))
                || is_adverb(&w)
            {
                return None;
            }
            // "has added 300 family doctors": an object, no clause.
            if lexicon::cue(&p.lower(i)).is_some_and(|(_, lemma)| object_verbs().contains(lemma))
                && !has_finite_verb(p, j, sent_end)
            {
                return None;
            }
            j
        }
    };
    clause_found(p, i..i + n, subject, start, sent_end, pi)
}

/// Does a clause open at `k` with a subject pronoun and a finite verb ("it would", "he was")?
pub(super) fn pronoun_clause(p: &Para<'_>, k: usize) -> bool {
    matches!(
        p.lower(k).as_str(),
        "it" | "he" | "she" | "they" | "we" | "i"
    ) && p.in_quote.get(k).is_some_and(Option::is_none)
        && (auxiliaries().contains(p.lower(k + 1).as_str())
            || matches!(p.lower(k + 1).as_str(), "would" | "will" | "had" | "has"))
}

/// Does a clause open at `k` with a possessive noun phrase and a finite verb ("his side had
/// ridden …", "their plan would …")?
pub(super) fn possessive_clause(p: &Para<'_>, k: usize) -> bool {
    matches!(
        p.lower(k).as_str(),
        "his" | "her" | "their" | "its" | "our" | "my"
    ) && verb_after_noun(p, k)
}

/// Does a clause open at `k` with a determiner's noun phrase and a finite verb ("the work
/// could be …", "a deal was …")?
pub(super) fn determiner_clause(p: &Para<'_>, k: usize) -> bool {
    determiners().contains(p.lower(k).as_str())
        && p.in_quote.get(k).is_some_and(Option::is_none)
        && verb_after_noun(p, k)
}

/// One to three plain lower-case words after token `k`, then an auxiliary.
fn verb_after_noun(p: &Para<'_>, k: usize) -> bool {
    (k + 2..k + 5).any(|v| {
        (k + 1..v).all(|x| {
            p.toks.get(x).is_some_and(|t| t.is_word)
                && p.in_quote[x].is_none()
                && !p.capitalized(x)
                && p.cue_at(x).is_none()
                && !auxiliaries().contains(p.lower(x).as_str())
        }) && auxiliaries().contains(p.lower(v).as_str())
    })
}

/// The subject a verb shares with an earlier one of its sentence: "… and vowed to …", "…, but
/// has said …", "…, promising to …" (auxiliaries and adverbs may stand before the verb).
pub(super) fn shared_subject(p: &Para<'_>, i: usize, sent_start: usize) -> Option<Range<usize>> {
    let mut k = i;
    while k > sent_start && between_subject_and_verb().contains(p.lower(k - 1).as_str()) {
        k -= 1;
    }
    let coordinated = k > sent_start && matches!(p.lower(k - 1).as_str(), "and" | "but");
    let participle =
        k == i && k > sent_start && p.is_punct(k - 1, ",") && p.lower(i).ends_with("ing");
    if !(coordinated || participle) {
        return None;
    }
    (sent_start..k)
        .find(|&c| p.cue_at(c).is_some())
        .and_then(|c| subject_before(p, c, sent_start))
        .or_else(|| sentence_subject(p, sent_start, k))
}

/// Reported speech without a clause, by the frames of `report_frames.tsv`: "called for talks",
/// "warned of sanctions", "vowed to cut taxes", "criticized the plan", "urged voters to stay".
pub(super) fn frame_report(
    p: &Para<'_>,
    i: usize,
    n: usize,
    sent_start: usize,
    sent_end: usize,
    pi: usize,
) -> Option<Found> {
    let lemma = lexicon::cue(&p.lower(i))?.1;
    let frames = lexicon::frames_of(lemma);
    if frames.is_empty() {
        return None;
    }
    let next = i + n;
    if p.in_quote.get(next)?.is_some() || !crate::analysis::text::word(&p.toks, next).is_word {
        return None;
    }
    // "asked not to be named", "asked to remain anonymous": a condition of the report itself.
    let mut k = next;
    if p.lower(k) == "not" {
        k += 1;
    }
    if p.lower(k) == "to"
        && (anonymity_words().contains(p.lower(k + 1).as_str())
            || (p.lower(k + 1) == "be" && anonymity_words().contains(p.lower(k + 2).as_str())))
    {
        return None;
    }
    let w = p.lower(next);
    // A to-infinitive: "to" and a lower-case verb.
    let infinitive = |k: usize| {
        p.lower(k) == "to"
            && p.toks.get(k + 1).is_some_and(|t| t.is_word)
            && !p.capitalized(k + 1)
            && !determiners().contains(p.lower(k + 1).as_str())
    };
    let comma_or_end = |from: usize| {
        (from..sent_end)
            .find(|&k| p.is_punct(k, ",") && p.in_quote[k].is_none())
            .unwrap_or(sent_end)
    };
    let time_word =
        |k: usize| WEEKDAYS.contains(&p.lower(k).as_str()) || skip_time(p, k, sent_end) != k;
    // "asked Clinton about her emails": a short object before the preposition.
    let object_then = || {
        (next + 1..sent_end.min(next + 5))
            .take_while(|&k| {
                let l = p.lower(k - 1);
                crate::analysis::text::word(&p.toks, k - 1).is_word
                    && p.in_quote[k - 1].is_none()
                    && (p.capitalized(k - 1)
                        || matches!(l.as_str(), "him" | "her" | "them" | "us" | "me" | "the")
                        || np_word(p, k - 1))
            })
            .find(|&k| {
                crate::analysis::text::word(&p.toks, k).is_word
                    && frames.contains(&p.lower(k).as_str())
                    && p.lower(k) != "to"
            })
    };
    // "asked whether …", "explained why …": an embedded question.
    let wh = frames.contains(&"wh")
        && (matches!(
            w.as_str(),
            "whether" | "how" | "why" | "what" | "who" | "where"
        ) || (matches!(lemma, "ask" | "wonder") && matches!(w.as_str(), "if" | "when")));
    let (cue_end, start, end) = if wh {
        (next, next, sent_end)
    } else if frames.contains(&w.as_str()) && w != "to" {
        // A preposition: "called for talks" (never "called on Monday").
        if time_word(next + 1) {
            return None;
        }
        (next + 1, next + 1, comma_or_end(next + 1))
    } else if let Some(prep) = object_then().filter(|&k| !time_word(k + 1)) {
        (next, prep + 1, comma_or_end(prep + 1))
    } else if frames.contains(&"to") && infinitive(next) {
        (next, next, sent_end)
    } else if frames.contains(&"object-to") {
        // "urged European nations to bolster …": a short listener, then "to".
        if w == "not" {
            return None;
        }
        let to = (next..sent_end.min(next + 7))
            .take_while(|&k| {
                crate::analysis::text::word(&p.toks, k).is_word && p.in_quote[k].is_none()
            })
            .find(|&k| infinitive(k))?;
        if to == next {
            return None;
        }
        (next, next, sent_end)
    } else if frames.contains(&"object") || frames.contains(&"object-for") {
        // "criticized the party's lack of …": an object, not an adverbial or a clause.
        if not_clause_start().contains(w.as_str())
            || w == "that"
            || is_adverb(&w)
            || time_word(next)
            || p.cue_at(next).is_some()
        {
            return None;
        }
        let end = comma_or_end(next);
        // "thanked voters for their support" reports words; "thanked the charity" and
        // "thanked his volunteers and said …" report an act.
        if !frames.contains(&"object") && !(next..end).any(|k| p.lower(k) == "for") {
            return None;
        }
        (next, next, end)
    } else {
        return None;
    };
    if end <= start + 1 {
        return None;
    }
    // A quotation in the content carries the speaker's own words ("praised Trump as an
    // "absolutely unique president""): the fragment is the report, not the frame around it.
    if (start..end).any(|k| p.in_quote[k].is_some()) {
        return None;
    }
    // A participle ("…, citing rising costs", "… and blaming him") describes what the subject
    // did as often as what it said: only a finite verb shares the sentence's subject.
    let participle = p.lower(i).ends_with("ing");
    // "sent a letter to Mr. Castro criticizing …": a participle's noun phrase after another
    // word is that verb's object, not the speaker.
    let subject = subject_before(p, i, sent_start)
        .filter(|np| {
            !participle
                || np.start == sent_start
                || !crate::analysis::text::word(&p.toks, np.start - 1).is_word
        })
        .or_else(|| {
            (!participle)
                .then(|| shared_subject(p, i, sent_start))
                .flatten()
        })?;
    clause_found(p, i..cue_end, subject, start, end, pi)
}

/// Verbs of plain saying: with one of them, any short phrase before the verb is its subject.
pub(super) fn plain_saying(p: &Para<'_>, i: usize) -> bool {
    matches!(
        lexicon::cue(&p.lower(i)).map(|c| c.1),
        Some("say" | "tell" | "add" | "write" | "note" | "argue" | "claim" | "insist" | "explain")
    ) && !p.lower(i).ends_with("ing")
}

/// The subject of a verb of plain saying when no rule for names or roles finds it ("all the
/// experts I interviewed said", "…, attorneys for the family said"): the plain words back to
/// the sentence start or a comma, at most eight, with no quotation, verb or clause word among them.
pub(super) fn plain_subject(p: &Para<'_>, i: usize, sent_start: usize) -> Option<Range<usize>> {
    if !plain_saying(p, i) {
        return None;
    }
    let end = trim_before_verb(p, i, sent_start);
    let mut k = end;
    while k > sent_start && end - k < 8 {
        let j = k - 1;
        let w = p.lower(j);
        let plain = crate::analysis::text::word(&p.toks, j).is_word
            && p.in_quote[j].is_none()
            && p.cue_at(j).is_none()
            && !matches!(
                w.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "but"
                    | "when"
                    | "while"
                    | "whereas"
                    | "as"
                    | "if"
                    | "because"
                    | "after"
                    | "before"
                    | "since"
            );
        if !plain {
            break;
        }
        k = j;
    }
    let opens = k == sent_start
        || p.is_punct(k - 1, ",")
        || (k >= sent_start + 2
            && clause_conjunctions().contains(p.lower(k - 1).as_str())
            && p.is_punct(k - 2, ","));
    (k < end && opens).then_some(k..end)
}

/// Conjunctions that open a second clause after a comma (", while landlords argued …").
fn clause_conjunctions() -> &'static crate::analysis::word_set::WordSet {
    word_set!("clause_conjunctions")
}

/// `CLAUSE, NP CUE [adverbials].` or `CLAUSE, CUE NP.` ending the sentence.
pub(super) fn clause_before(
    p: &Para<'_>,
    i: usize,
    n: usize,
    sent_start: usize,
    sent_end: usize,
    according: bool,
    pi: usize,
) -> Option<Found> {
    // The attribution must come last in the sentence, after a comma.
    let (np, comma) = if i > sent_start && p.is_punct(i - 1, ",") {
        // Inverted: ", said Peskov." / ", according to Peskov." The source after
        // "according to" may be any phrase ("a survey of voter lists"), up to a comma.
        let np = if according {
            let end = (i + n..sent_end)
                .find(|&k| p.is_punct(k, ",") || p.in_quote[k].is_some())
                .unwrap_or(sent_end);
            i + n..end
        } else {
            np_after(p, i + n, sent_end)
        };
        if np.is_empty() {
            return None;
        }
        (np, i - 1)
    } else {
        if according {
            return None;
        }
        // "…, attorneys for the family said.": any short plain phrase after the comma speaks
        // when the verb is one of plain saying.
        let np = subject_before(p, i, sent_start)
            .filter(|np| np.start > sent_start && p.is_punct(np.start - 1, ","))
            .or_else(|| plain_subject(p, i, sent_start).filter(|np| np.start > sent_start))?;
        if !p.is_punct(np.start - 1, ",") {
            return None;
        }
        (np.clone(), np.start - 1)
    };
    // Only adverbials may follow: "told journalists in response to a question." Or, when the
    // attribution stands inside the content ("Too often, Karla Voss says, patients wait six
    // hours."), the rest of the content after a comma.
    let tail_start = np.end.max(i + n);
    let tail = (tail_start..sent_end).count();
    let rest = tail_start + 1;
    let parenthetical = p.is_punct(tail_start, ",")
        && (3..=40).contains(&tail)
        && (rest..sent_end).all(|k| p.in_quote[k].is_none() && p.cue_at(k).is_none())
        && !p.lower(rest).ends_with("ing")
        && !matches!(
            p.lower(rest).as_str(),
            "who" | "which" | "according" | "and" | "but" | "as" | "in" | "on" | "at"
        )
        && !adverbial_start().contains(p.lower(rest).as_str())
        && !WEEKDAYS.contains(&p.lower(rest).as_str())
        && !p.is_punct(sent_end.saturating_sub(1), ",");
    if parenthetical {
        if comma <= sent_start || tail + comma - sent_start < 5 {
            return None;
        }
        let cue = p.span(i..i + n)?;
        let first = crate::analysis::text::word(&p.toks, sent_start).start
            ..crate::analysis::text::word(&p.toks, comma - 1).end;
        let second = crate::analysis::text::word(&p.toks, rest).start
            ..crate::analysis::text::word(&p.toks, sent_end - 1).end;
        let text = format!(
            "{} {}",
            p.text.get(first.clone()).unwrap_or(""),
            p.text.get(second.clone()).unwrap_or("")
        );
        return Some(Found {
            kind: QuoteKind::Indirect,
            segments: vec![first, second],
            text,
            cue: Some(cue),
            mention: p.span(np),
            via: Via::Mention,
            paragraph: pi,
            confidence: 0.7,
        });
    }
    if tail > 12 || (tail_start..sent_end).any(|k| p.in_quote[k].is_some()) {
        return None;
    }
    if tail > 0 {
        let first = p.lower(tail_start);
        let listener = listener_start().contains(first.as_str())
            && matches!(
                lexicon::cue(&p.lower(i)).map(|c| c.1),
                Some("tell" | "assure" | "inform" | "warn")
            );
        if !(adverbial_start().contains(first.as_str())
            || WEEKDAYS.contains(&first.as_str())
            || listener
            || p.is_punct(tail_start, ","))
        {
            return None;
        }
    }
    if comma <= sent_start + 2 {
        return None;
    }
    // The clause must not be a quotation (then it is a direct quote, attributed already).
    let quoted = (sent_start..comma)
        .filter(|&k| p.in_quote[k].is_some())
        .count();
    if quoted * 2 > comma - sent_start {
        return None;
    }
    let cue = p.span(i..i + n)?;
    let start = crate::analysis::text::word(&p.toks, sent_start).start;
    let end = crate::analysis::text::word(&p.toks, comma - 1).end;
    Some(Found {
        kind: QuoteKind::Indirect,
        segments: std::iter::once(start..end).collect(),
        text: p.text.get(start..end).unwrap_or("").to_string(),
        cue: Some(cue),
        mention: p.span(np),
        via: Via::Mention,
        paragraph: pi,
        confidence: 0.75,
    })
}

/// Verbs of speech a reported clause may hold before it is cut (see `clause_found`).
const MAX_NESTED_CUES: usize = 5;

/// The reported clause from token `start` to the end of the sentence, cut before a following
/// attribution ("…, but his spokesman said …", "…, adding that …").
pub(super) fn clause_found(
    p: &Para<'_>,
    cue: Range<usize>,
    np: Range<usize>,
    start: usize,
    sent_end: usize,
    pi: usize,
) -> Option<Found> {
    let mut end = sent_end;
    // "Lind's claim that the vote was rigged angered the council": after a claim noun, the
    // clause ends where the sentence's own verb begins.
    let nominal = cue.start > 0 && {
        let owner = p.lower(cue.start - 1);
        owner.ends_with("'s") || owner.ends_with("\u{2019}s")
    };
    let mut finite = false;
    let mut nested_cues = 0;
    for k in start..sent_end {
        if p.in_quote[k].is_some() {
            continue;
        }
        let w = p.lower(k);
        // "A said B said C said …": each clause would run on to the end of the sentence window,
        // and the report grow with the square of the text. News nests two or three deep (a poll
        // report in PolNeAR train holds five verbs of the lexicon in one clause).
        if k > start && lexicon::cue(&w).is_some_and(|(c, _)| c == lexicon::CueClass::Speech) {
            nested_cues += 1;
            if nested_cues > MAX_NESTED_CUES {
                end = k;
                break;
            }
        }
        if nominal && k > start {
            let prev = p.lower(k - 1);
            let aux = auxiliaries().contains(prev.as_str());
            if finite && !aux && (w.ends_with("ed") || main_verb_pasts().contains(w.as_str())) {
                let joined = matches!(prev.as_str(), "and" | "or" | "but" | "that" | "to" | "who");
                if !joined && crate::analysis::text::word(&p.toks, k - 1).is_word {
                    end = k;
                    break;
                }
            }
        }
        if auxiliaries().contains(w.as_str()) || (w.ends_with("ed") && k > start) {
            finite = true;
        }
        // ", citing …", ", adding that …", ", according to …"
        if k > start
            && p.is_punct(k - 1, ",")
            && (p.cue_at(k).is_some() || matches!(w.as_str(), "citing" | "according"))
        {
            end = k - 1;
            break;
        }
        // "… but requested that …", "… but his spokesman said …"
        if clause_conjunctions().contains(w.as_str()) && k > start + 2 {
            // Any reporting or labelling verb starts a new predicate ("… but requested …").
            let next_cue = (k + 1..sent_end.min(k + 8)).find(|&m| p.cue_at(m).is_some());
            if next_cue.is_some() {
                end = if p.is_punct(k - 1, ",") { k - 1 } else { k };
                break;
            }
        }
    }
    if end <= start || end - start < 3 {
        return None;
    }
    // A clause that opens with a quotation running most of its length is that quotation,
    // attributed already; one that opens with a quoted word ("\"Reyes-era\" policies are …")
    // is reported speech.
    if let Some(q) = p.in_quote[start] {
        let opening = (start..end)
            .take_while(|&k| p.in_quote[k] == Some(q))
            .count();
        let sentence_like = start + opening >= 2
            && ([",", ".", "!", "?"].iter())
                .any(|m| p.is_punct(start + opening - 2, m) || p.is_punct(start + opening - 1, m));
        if opening * 2 >= end - start || sentence_like {
            return None;
        }
    }
    // A clause that is all quotation is a direct quote, attributed already.
    let quoted = (start..end).filter(|&k| p.in_quote[k].is_some()).count();
    if quoted * 10 >= (end - start) * 9 {
        return None;
    }
    let s = crate::analysis::text::word(&p.toks, start).start;
    let mut e = crate::analysis::text::word(&p.toks, end - 1).end;
    // Keep a closing quotation mark out of the clause text only if its opening is outside.
    if e <= s {
        return None;
    }
    let text = p
        .text
        .get(s..e)
        .unwrap_or("")
        .trim_end_matches([',', ';', ':'])
        .to_string();
    e = s + text.len();
    Some(Found {
        kind: QuoteKind::Indirect,
        segments: std::iter::once(s..e).collect(),
        text,
        cue: p.span(cue),
        via: if np.is_empty() {
            Via::Nothing
        } else {
            Via::Mention
        },
        mention: p.span(np),
        paragraph: pi,
        confidence: 0.7,
    })
}

/// Words of a source's wish not to be known ("asked not to be named", "to remain anonymous").
fn anonymity_words() -> &'static crate::analysis::word_set::WordSet {
    word_set!("anonymity_words")
}

/// Verbs of receiving ("receive 911 calls saying …"): their subject is no speaker.
fn receiving_verbs() -> &'static crate::analysis::word_set::WordSet {
    word_set!("receiving_verbs")
}

/// Verbs of speech that take a plain object as often as a clause ("added 300 doctors").
fn object_verbs() -> &'static crate::analysis::word_set::WordSet {
    word_set!("object_verbs")
}

/// Does the stretch from `from` hold a finite verb before its first comma or the sentence's
/// end: an auxiliary or modal, a past form ("-ed", "drew"), or a verb of speech?
fn has_finite_verb(p: &Para<'_>, from: usize, sent_end: usize) -> bool {
    (from..sent_end)
        .take_while(|&k| !p.is_punct(k, ","))
        .filter(|&k| crate::analysis::text::word(&p.toks, k).is_word && p.in_quote[k].is_none())
        .any(|k| {
            let w = p.lower(k);
            auxiliaries().contains(w.as_str())
                || main_verb_pasts().contains(w.as_str())
                || irregular_past().contains(w.as_str())
                || (k > from && w.ends_with("ed"))
                || p.cue_at(k).is_some()
        })
}

/// Verbs of belief and hope ("hope", "fear"): without "that", a noun phrase after them is no
/// reported clause ("hope their neighbour were farther away").
fn belief_verbs() -> &'static crate::analysis::word_set::WordSet {
    word_set!("belief_verbs")
}
