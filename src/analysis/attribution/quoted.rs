//! The kind and attribution of each quotation: the cue before or after it ("said Peskov",
//! `"…," Blige sings`, a colon after a subject) and the speaker's mention.

use super::*;

pub(super) struct QuoteAttr {
    pub(super) kind: QuoteKind,
    /// (cue tokens, speaker mention tokens)
    pub(super) attr: Option<(Range<usize>, Range<usize>)>,
}

/// Kind and attribution of the quote whose tokens are `first..=last` (its marks included).
pub(super) fn quote_attribution(
    p: &Para<'_>,
    first: usize,
    last: usize,
    span: &QuoteSpan,
    in_headline: bool,
) -> QuoteAttr {
    let multi = span.paragraph != span.last_paragraph;
    let inner = p.text.get(span.start()..span.end()).unwrap_or("");
    let ends_clause = inner
        .trim_end()
        .ends_with([',', '.', '!', '?', '\u{2026}', '\u{2014}', '-']);
    let starts_capital = inner
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '[' || c == '(' || c == '\u{2026}');
    // The reporter's words before the quote, back to the sentence start.
    let sentence_start = p.sentence_of(first).0;
    let mut s = first;
    while s > sentence_start && p.in_quote[s - 1].is_none() {
        s -= 1;
    }
    let before = s..first;
    let lead_in = before.clone().rev().find(|&i| {
        crate::analysis::text::word(&p.toks, i).is_word || {
            let t = crate::analysis::text::word(&p.toks, i).text(p.text);
            t == ":" || t == ","
        }
    });
    let after_colon = lead_in.is_some_and(|i| p.is_punct(i, ":"));
    // "…, including Mitt Romney -- "…"": a name, a dash, then the quotation.
    let dash = dash_lead_in(p, s, first);
    let after_comma = lead_in.is_some_and(|i| p.is_punct(i, ","));
    // What follows the quote, to the sentence end.
    let sentence_end = p.sentence_of(last).1.max(last + 1);
    let mut e = last + 1;
    while e < sentence_end && p.in_quote[e].is_none() {
        e += 1;
    }
    let after = last + 1..e;

    // A quotation that ends its sentence (`"… comics." In Ruiz, he found …`) takes a cue after
    // it only when the attribution follows at once, never from the next sentence.
    let closes_sentence = inner.trim_end().ends_with(['.', '!', '?']);
    // `"…," Blige sings to Clinton`: after a quotation cut by a comma, a name and any verb
    // sign it, even one that is not a verb of saying.
    let cue_before = cue_in(p, before.clone());
    // `"This is fantastic!" beamed Nell Crowe`: an exclamation or question goes on the same.
    let comma_close = (inner.trim_end().ends_with(',')
        || (inner.trim_end().ends_with(['!', '?'])
            && p.toks.get(last + 1).is_some_and(|t| t.is_word)
            && !p.capitalized(last + 1)))
        && starts_capital
        && before.is_empty();
    let cue_after = attribution_after(p, after.clone(), closes_sentence)
        .filter(|(cue, np)| !(inner.trim_end().ends_with('.') && opens_report(p, cue, np)))
        .or_else(|| comma_close.then(|| manner_cue(p, after.clone())).flatten());

    let standalone_start =
        before.is_empty() || after_colon || dash.is_some() || (after_comma && cue_before.is_some());
    // `Mitt Romney -- "It is disqualifying …" -- and …`: a quotation set off by a second dash
    // stands as the named person's own sentence.
    let dash_closed = dash.is_some()
        && ["-", "\u{2014}", "\u{2013}"]
            .iter()
            .any(|d| p.is_punct(after.start, d));
    let direct = starts_capital
        && standalone_start
        && (ends_clause || multi || after.is_empty() || cue_after.is_some() || dash_closed);
    let kind = if direct {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    let attr = match kind {
        QuoteKind::Direct => cue_after
            .or_else(|| {
                if after_colon || after_comma {
                    cue_before.and_then(|c| speaker_of_cue(p, c, s))
                } else {
                    None
                }
            })
            .or_else(|| {
                let colon = lead_in.filter(|_| in_headline && after_colon)?;
                headline_subject(p, sentence_start, colon).map(|np| (colon..colon + 1, np))
            })
            .or_else(|| dash.clone())
            .or_else(|| {
                // "Dr. Omar Haddad is more blunt: "…"": the subject of the sentence the colon
                // ends speaks.
                let colon = lead_in.filter(|_| after_colon && !in_headline)?;
                let np = sentence_subject(p, sentence_start, colon + 1)?;
                (np.clone())
                    .any(|k| p.capitalized(k) && !p.word(k).is_some_and(names::is_stopword))
                    .then_some((colon..colon + 1, np))
            })
            .or_else(|| {
                // "Professor Ivo Stanek agreed. "The numbers …"": a quotation opening its
                // sentence right after one that is only a named subject and its verb of
                // saying.
                if !before.is_empty() || sentence_start == 0 || in_headline {
                    return None;
                }
                let (ps, _) = p.sentence_of(sentence_start - 1);
                let stop = (ps..sentence_start)
                    .rev()
                    .find(|&k| !crate::analysis::text::word(&p.toks, k).is_word)?;
                let closed = p.is_punct(stop, ".") || p.is_punct(stop, ":");
                if !closed
                    || stop + 1 != sentence_start
                    || (ps..stop).any(|k| p.in_quote[k].is_some())
                {
                    return None;
                }
                let cue = cue_in(p, ps..stop).filter(|c| c.end == stop)?;
                let (cue, np) = speaker_of_cue(p, cue, ps)?;
                (np.start == ps && np.end == cue.start && np.clone().any(|k| p.capitalized(k)))
                    .then_some((cue, np))
            }),
        // The sentence's first reporting verb governs the fragment ("X demanded that Y agree
        // to … 'massive' …" is X's); a labelling verb only when there is no other.
        _ => before
            .clone()
            .filter_map(|i| p.cue_at(i).map(|(c, n)| (c, i..i + n)))
            .filter(|(c, _)| *c != CueClass::Label)
            .find_map(|(_, c)| speaker_of_cue(p, c, s))
            .or_else(|| cue_before.and_then(|c| speaker_of_cue(p, c, s)))
            // A cue right after the closing mark (`,'' said Mr. Kamin, who …`) attributes the
            // quote however long the rest of the sentence runs.
            .or_else(|| {
                cue_after.filter(|(c, n)| {
                    after.len() <= 12
                        || (c.start.min(n.start) <= after.start + 2 && starts_np(p, n))
                })
            }),
    };
    QuoteAttr { kind, attr }
}

/// `…, including Mitt Romney -- "…"`: a quotation right after a dash ("--", "—", "–") that
/// follows a name of two or more capitalised words is the name's, as after a colon. Returns
/// (the dash, the name). `from` is where the reporter's words before the quotation start.
fn dash_lead_in(p: &Para<'_>, from: usize, first: usize) -> Option<(Range<usize>, Range<usize>)> {
    let dash = |k: usize| {
        ["-", "\u{2014}", "\u{2013}"]
            .iter()
            .any(|d| p.is_punct(k, d))
    };
    let mut k = first;
    while k > from && first - k < 2 && dash(k - 1) {
        k -= 1;
    }
    // One em or en dash, or two hyphens: a single hyphen joins words.
    let marks = first - k;
    let one_long = marks == 1 && !p.is_punct(k, "-");
    if !(one_long || (marks == 2 && p.is_punct(k, "-"))) {
        return None;
    }
    let mut j = k;
    while j > from && p.capitalized(j - 1) {
        j -= 1;
    }
    // "The Harbour Authority", "Sen. Hal Brennan": determiners and titles open no name.
    while j < k
        && p.word(j)
            .is_some_and(|w| names::is_stopword(w) || names::is_title(w))
    {
        j += 1;
    }
    // A dateline ("LOS ANGELES --"), a place or an organisation is no speaker here.
    let words: Vec<&str> = (j..k).filter_map(|x| p.word(x)).collect();
    let shouting = words.iter().all(|w| !w.chars().any(char::is_lowercase));
    (k - j >= 2 && !shouting && crate::analysis::identity::person_like(&words.join(" ")))
        .then_some((k..first, j..k))
}

/// After a quotation closed by a full stop, `Doyle said the boats …`: the subject, its verb
/// and a reported clause of their own make a new sentence, not the quotation's attribution.
fn opens_report(p: &Para<'_>, cue: &Range<usize>, np: &Range<usize>) -> bool {
    np.end <= cue.start
        && reported_clause(p, cue.start, 0)
            .is_some_and(|f| f.start() >= crate::analysis::text::word(&p.toks, cue.end - 1).end)
}

/// A quotation running over several paragraphs whose last paragraph carries its own
/// attribution after the closing mark (`"We do not want that," Brook added.`) is two: the
/// paragraphs before, and that last paragraph's quotation with its cue.
pub(super) fn split_attributed_tail(
    text: &str,
    paragraphs: &[Range<usize>],
    s: &QuoteSpan,
) -> Vec<QuoteSpan> {
    let n = s.segments.len();
    if n < 2 || s.last_paragraph == s.paragraph {
        return vec![s.clone()];
    }
    let last = s.segments[n - 1].clone();
    let para_end = paragraphs.get(s.last_paragraph).map_or(last.end, |r| r.end);
    let after = text.get(s.close..para_end).unwrap_or("").trim();
    // The last paragraph opens with its own mark (a continuation) and has words after its close.
    let open = text
        .get(..last.start)
        .unwrap_or("")
        .char_indices()
        .next_back()
        .map(|(k, _)| k)
        .unwrap_or(last.start);
    let reopened = text.get(open..last.start).unwrap_or("").chars().any(|c| {
        matches!(
            c,
            '"' | '\u{201c}' | '\'' | '\u{2018}' | '\u{ab}' | '\u{201e}'
        )
    });
    if !reopened || after.split_whitespace().count() < 2 {
        return vec![s.clone()];
    }
    let prev_end = s.segments[n - 2].end;
    let prev_para = paragraphs
        .partition_point(|r| r.end < prev_end)
        .min(s.last_paragraph);
    vec![
        QuoteSpan {
            segments: s.segments[..n - 1].to_vec(),
            open: s.open,
            close: prev_end,
            paragraph: s.paragraph,
            last_paragraph: prev_para,
        },
        QuoteSpan {
            segments: vec![last],
            open,
            close: s.close,
            paragraph: s.last_paragraph,
            last_paragraph: s.last_paragraph,
        },
    ]
}

/// Does the mention open like a noun phrase (a name, a pronoun, "the spokesman"), rather than
/// with a preposition or verb that an over-long subject search ran back into?
pub(super) fn starts_np(p: &Para<'_>, np: &Range<usize>) -> bool {
    let w = p.lower(np.start);
    p.capitalized(np.start) || pronouns().contains(w.as_str()) || determiners().contains(w.as_str())
}

/// `Elizabeth Warren Hammers Wells Fargo CEO: '…'`: a headline names its speaker first. Every
/// headline word is capitalised, so only the first two words are taken as the name.
pub(super) fn headline_subject(p: &Para<'_>, start: usize, colon: usize) -> Option<Range<usize>> {
    let n = (start..colon)
        .take(2)
        .take_while(|&k| p.capitalized(k) && crate::analysis::text::word(&p.toks, k).is_word)
        .count();
    (n > 0).then_some(start..start + n)
}

/// The last cue (any class) in `range`: its token range.
pub(super) fn cue_in(p: &Para<'_>, range: Range<usize>) -> Option<Range<usize>> {
    range
        .clone()
        .rev()
        .find_map(|i| p.cue_at(i).map(|(_, n)| i..i + n))
        .filter(|c| c.end <= range.end)
}

/// `," Peskov said.` / `," said Peskov.` / `," the Kremlin spokesman told journalists.` /
/// `," Rep. Jane Doe (D-Wis.), who …, said.` / `” ― Jane Doe`
pub(super) fn attribution_after(
    p: &Para<'_>,
    after: Range<usize>,
    strict: bool,
) -> Option<(Range<usize>, Range<usize>)> {
    let mut i = after.start;
    // `", - сказал Соколов` / `», — заявил Песков`: a comma, a dash and an inverted cue.
    if p.is_punct(i, ",") && is_dash(p, i + 1) {
        if let Some((_, n)) = p.cue_at(i + 2).filter(|(c, _)| *c != CueClass::Label) {
            let np = np_after(p, i + 2 + n, after.end);
            return (!np.is_empty()).then_some((i + 2..i + 2 + n, np));
        }
    }
    if i < after.end && is_dash(p, i) {
        // A dash and a name closing the paragraph or sentence sign the quote.
        let np = np_after(p, i + 1, after.end);
        let rest_is_name = np.end >= after.end || p.is_punct(np.end, ".");
        return (!np.is_empty() && rest_is_name).then_some((i..i + 1, np));
    }
    while i < after.end && p.is_punct(i, ",") {
        i += 1;
    }
    let limit = (i + 40).min(after.end);
    let mut in_apposition = false;
    // Inside "…, who has criticized the plan, said": the relative clause's verbs are not the cue.
    let mut relative = false;
    let mut depth = 0usize;
    for j in i..limit {
        if p.is_punct(j, "(") {
            depth += 1;
            continue;
        }
        if p.is_punct(j, ")") {
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth > 0 {
            continue;
        }
        if in_apposition && matches!(p.lower(j).as_str(), "who" | "which") {
            relative = true;
            continue;
        }
        if relative && !p.is_punct(j, ",") {
            continue;
        }
        relative = false;
        if let Some((class, n)) = p.cue_at(j) {
            if class == CueClass::Label {
                return None;
            }
            // "… is expected to survive": a passive is no attribution, nor, after a quote that
            // closed its sentence, a verb of belief ("found", "expects").
            let passive = j > 0
                && matches!(
                    p.lower(j - 1).as_str(),
                    "is" | "was" | "are" | "were" | "be" | "been" | "being"
                );
            let belief = matches!(
                lexicon::cue(&p.lower(j)).map(|c| c.1),
                Some(
                    "expect"
                        | "hope"
                        | "fear"
                        | "know"
                        | "feel"
                        | "find"
                        | "estimate"
                        | "believe"
                        | "think"
                )
            );
            if passive || (strict && belief) {
                return None;
            }
            if j == i {
                // Inverted: "said Peskov", "according to Peskov".
                let np = np_after(p, j + n, after.end);
                return (!np.is_empty()).then_some((j..j + n, np));
            }
            let e = trim_before_verb(p, j, i);
            return (e > i).then_some((j..j + n, i..e));
        }
        // "Gomez — the former mayor — said": dashes set off an appositive as commas do.
        if p.is_punct(j, ",") || (j > i && spaced_dash(p, j)) {
            in_apposition = true;
            continue;
        }
        let w = p.lower(j);
        let between = between_subject_and_verb().contains(w.as_str())
            || is_adverb(&w)
            || WEEKDAYS.contains(&w.as_str());
        // A few lower-case modifiers may precede a title ("regional governor Anna Berg").
        let description = || descriptor_to_name(p, j, limit).is_some();
        if !in_apposition
            && !np_word(p, j)
            && !between
            && (j - i >= 3
                || (strict && j == i)
                || !crate::analysis::text::word(&p.toks, j).is_word)
            && !description()
        {
            return None;
        }
        if !in_apposition && j - i > 14 {
            return None;
        }
    }
    None
}

/// `"…," Blige sings` / `"…," Ruiz laughed`: one to three capitalised name words right after
/// the quotation, then a lower-case verb in -s or -ed that is not an auxiliary.
pub(super) fn manner_cue(
    p: &Para<'_>,
    after: Range<usize>,
) -> Option<(Range<usize>, Range<usize>)> {
    let i = after.start;
    // `"…," scoffed Tara Quill`: the verb first, then the name.
    let w = p.lower(i);
    let inverted_verb = i < after.end
        && crate::analysis::text::word(&p.toks, i).is_word
        && !p.capitalized(i)
        && w.ends_with("ed")
        && w.len() > 4
        && !auxiliaries().contains(w.as_str())
        && !not_clause_start().contains(w.as_str())
        && !is_adverb(&w);
    if inverted_verb {
        let name = (i + 1..after.end.min(i + 4))
            .take_while(|&k| {
                p.capitalized(k)
                    && p.word(k).is_some_and(|w| !names::is_stopword(w))
                    && np_word(p, k)
            })
            .count();
        if name > 0 {
            return Some((i..i + 1, i + 1..i + 1 + name));
        }
    }
    let name = (i..after.end.min(i + 3))
        .take_while(|&k| {
            p.capitalized(k) && p.word(k).is_some_and(|w| !names::is_stopword(w)) && np_word(p, k)
        })
        .count();
    let v = i + name;
    let w = p.lower(v);
    let verb = name > 0
        && v < after.end
        && crate::analysis::text::word(&p.toks, v).is_word
        && !p.capitalized(v)
        && (w.ends_with('s') || w.ends_with("ed"))
        && w.len() > 3
        && !auxiliaries().contains(w.as_str())
        && !not_clause_start().contains(w.as_str())
        && !is_adverb(&w);
    verb.then_some((v..v + 1, i..v))
}

/// A dash standing apart from the words around it (" — "), not a hyphen inside "R-Texas".
pub(super) fn spaced_dash(p: &Para<'_>, i: usize) -> bool {
    is_dash(p, i)
        && i > 0
        && p.toks
            .get(i + 1)
            .is_some_and(|t| t.start > crate::analysis::text::word(&p.toks, i).end)
        && crate::analysis::text::word(&p.toks, i - 1).end
            < crate::analysis::text::word(&p.toks, i).start
}

pub(super) fn is_dash(p: &Para<'_>, i: usize) -> bool {
    ["\u{2015}", "\u{2014}", "\u{2013}", "-"]
        .iter()
        .any(|d| p.is_punct(i, d))
}
