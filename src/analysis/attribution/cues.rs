//! The speaker of a cue: the noun phrase before the verb (through appositives, parentheses and
//! dashes) or after an inverted one, and the subject a participle shares.

use super::*;
use crate::analysis::chars::ToLower;

/// The end of the subject before the verb at `verb`: auxiliaries, adverbs, time words,
/// a parenthesis ("(D-Wis.)") and commas are not part of it.
pub(super) fn trim_before_verb(p: &Para<'_>, verb: usize, floor: usize) -> usize {
    let mut e = verb;
    while e > floor {
        let w = p.lower(e - 1);
        if p.is_punct(e - 1, ")") {
            match (floor..e - 1).rev().find(|&k| p.is_punct(k, "(")) {
                Some(k) => e = k,
                None => break,
            }
        } else if spaced_dash(p, e - 1) {
            // "Ben Aldo — a former teacher — said": the appositive between dashes.
            match (floor.max(e.saturating_sub(14))..e - 1)
                .rev()
                .find(|&k| spaced_dash(p, k))
            {
                Some(k) if k > floor => e = k,
                _ => break,
            }
        } else if names::can_continue_name(p.word(e - 1).unwrap_or_default())
            && e >= floor + 2
            && p.capitalized(e - 2)
        {
            // "Nora May said": a surname, not the modal.
            break;
        } else if between_subject_and_verb().contains(w.as_str())
            // "Colm Farrelly said": a surname ending in -ly is no adverb.
            || (is_adverb(&w) && !p.capitalized(e - 1))
            || WEEKDAYS.contains(&w.as_str())
            || (w == "on" && WEEKDAYS.contains(&p.lower(e).as_str()))
            || p.is_punct(e - 1, ",")
            || p.is_punct(e - 1, "\u{2019}")
        {
            e -= 1;
        } else {
            break;
        }
    }
    e
}

/// Is token `i` a word that can belong to a speaker's noun phrase?
pub(super) fn np_word(p: &Para<'_>, i: usize) -> bool {
    let Some(w) = p.word(i) else {
        // A hyphen joined to the words around it; "NEW YORK -- Lumina" is a dateline.
        let joined = |a: usize, b: usize| matches!((p.toks.get(a), p.toks.get(b)), (Some(x), Some(y)) if x.end == y.start);
        // "The Northfield Residents' Association": a plural possessive inside a name.
        let plural_possessive = (p.is_punct(i, "'") || p.is_punct(i, "\u{2019}"))
            && i > 0
            && joined(i - 1, i)
            && p.capitalized(i - 1)
            && p.lower(i - 1).ends_with('s')
            && p.capitalized(i + 1);
        return plural_possessive
            || p.is_punct(i, "-")
                && i > 0
                && joined(i - 1, i)
                && joined(i, i + 1)
                && crate::analysis::text::word(&p.toks, i - 1).is_word
                && crate::analysis::text::word(&p.toks, i + 1).is_word;
    };
    let l = w.to_lower();
    if p.capitalized(i) {
        // "In", "After", "However" open a sentence; they are never part of a speaker's name.
        return !names::is_stopword(w)
            || determiners().contains(l.as_str())
            || pronouns().contains(l.as_str())
            // "Nora May", "Dana Every": a surname that is a common word.
            || (names::can_continue_name(w) && i > 0 && p.capitalized(i - 1));
    }
    np_lower().contains(l.as_str())
        || pronouns().contains(l.as_str())
        || lexicon::role_group(&l).is_some()
        // "Steelheads captain Ryan Whitecloud", "Green councillor Amir Shah".
        || (names::is_title(&l) && p.capitalized(i + 1))
        || lexicon::is_organisation_word(&l)
        || generic_heads().contains(l.as_str())
        || l.ends_with("'s")
        || l.ends_with("\u{2019}s")
        || l == "spokesperson"
}

/// The noun phrase after an inverted cue: "said Peskov", "said the press secretary of the
/// Russian president, Dmitry Peskov".
pub(super) fn np_after(p: &Para<'_>, from: usize, end: usize) -> Range<usize> {
    let mut j = from;
    // "told reporters", "said in a statement" have no subject after the cue.
    while j < end {
        if said_of_person(p, j, end) {
            break;
        }
        let appositive = p.is_punct(j, ",") && j + 1 < end && p.capitalized(j + 1);
        if !(np_word(p, j) || appositive) {
            // "said retired teacher Alma Ruiz": lower-case description words before a name.
            match descriptor_to_name(p, j, end) {
                Some(k) => {
                    j = k;
                    continue;
                }
                None => break,
            }
        }
        j += 1;
    }
    // Must name someone: a capitalized word, a pronoun or a role/organisation word.
    let names = (from..j).any(|k| {
        p.capitalized(k)
            || lexicon::role_group(&p.lower(k)).is_some()
            || lexicon::is_organisation_word(&p.lower(k))
    });
    if names {
        from..j
    } else {
        from..from
    }
}

/// "said councillor Ed Reyes of Mayor Ana Ruiz": an "of" after a capitalised word that opens
/// a person (a title, or a first name, before a capitalised word) says whom the words are
/// about; it is no part of the speaker's name ("of the University of Leeds" is).
fn said_of_person(p: &Para<'_>, j: usize, end: usize) -> bool {
    let word = |x: usize| p.word(x).unwrap_or_default();
    j + 2 < end
        && p.lower(j) == "of"
        && j > 0
        && p.capitalized(j - 1)
        && p.capitalized(j + 1)
        && p.capitalized(j + 2)
        && (names::is_title(&p.lower(j + 1)) || names::is_first_name(word(j + 1)))
        && !lexicon::is_organisation_word(&p.lower(j + 2))
}

/// From token `from`, a run of at most six plain lower-case words (a description: "retired
/// teacher", "volunteer media coordinator") that reaches a capitalised word or an appositive
/// comma before one: the index where the run stops. Prepositions, pronouns, cues and words in
/// quotation end it, so "said in a statement" or "said he would" never reach a name.
pub(super) fn descriptor_to_name(p: &Para<'_>, from: usize, end: usize) -> Option<usize> {
    let mut k = from;
    while k < end && k < from + 7 {
        if p.capitalized(k) && k > from {
            return Some(k);
        }
        if p.is_punct(k, ",") && k > from && p.capitalized(k + 1) && k + 1 < end {
            return Some(k);
        }
        let w = p.lower(k);
        // "9/11 widow Terry Strada": a slash joined to numbers on both sides.
        let joined_slash = p.is_punct(k, "/")
            && k > from
            && p.toks
                .get(k + 1)
                .is_some_and(|t| t.start == crate::analysis::text::word(&p.toks, k).end)
            && crate::analysis::text::word(&p.toks, k - 1).end
                == crate::analysis::text::word(&p.toks, k).start;
        if joined_slash {
            k += 1;
            continue;
        }
        // "veteran school cook and union steward Bridget Nolan", "the union's health and
        // safety officer": "and" joins two plain words of one description.
        let joins = w == "and"
            && k > from
            && crate::analysis::text::word(&p.toks, k - 1).is_word
            && p.toks.get(k + 1).is_some_and(|t| t.is_word)
            && !p.capitalized(k + 1)
            && !determiners().contains(p.lower(k + 1).as_str())
            && !pronouns().contains(p.lower(k + 1).as_str())
            && p.cue_at(k + 1).is_none();
        if joins {
            k += 1;
            continue;
        }
        let plain = crate::analysis::text::word(&p.toks, k).is_word
            && p.in_quote[k].is_none()
            && w.chars().all(|c| {
                c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}'
            })
            && !not_clause_start().contains(w.as_str())
            && !pronouns().contains(w.as_str())
            && !matches!(
                w.as_str(),
                "that" | "who" | "which" | "is" | "was" | "has" | "had"
            )
            // "says the rules favour the Crown": a second determiner starts another phrase.
            && !determiners().contains(w.as_str())
            && p.cue_at(k).is_none();
        if !plain {
            return None;
        }
        k += 1;
    }
    None
}

/// The subject of the cue at token `cue`, looking back no further than token `floor`. The
/// paragraph keeps the last answer: a reported clause asks the same twice (a text of names
/// followed by "said" spent a sixteenth of its time finding each subject again).
pub(super) fn subject_before(p: &Para<'_>, cue: usize, floor: usize) -> Option<Range<usize>> {
    if let Some((asked, found)) = p.last_subject.get() {
        if asked == (cue, floor) {
            return found.map(|(s, e)| s..e);
        }
    }
    let found = find_subject_before(p, cue, floor);
    p.last_subject.set(Some((
        (cue, floor),
        found.as_ref().map(|r| (r.start, r.end)),
    )));
    found
}

/// [`subject_before`] found afresh.
pub(super) fn find_subject_before(p: &Para<'_>, cue: usize, floor: usize) -> Option<Range<usize>> {
    let j = trim_before_verb(p, cue, floor);
    let had_comma = cue > floor && (j..cue).any(|k| p.is_punct(k, ","));
    if let Some(x) = comma_organisation(p, floor, j) {
        return Some(np_start(p, x + 1, floor)..j);
    }
    if had_comma {
        // "Lavrov, commenting on …, warned" / "Jane Doe, the mayor, one of …, said": the
        // subject is the noun phrase before the first comma of the chain.
        let mut end = j;
        // "Ms Quinn, who wrote a history of the estate, "…", in 2015, said": a relative clause
        // holds commas of its own.
        let relative = (floor..j).any(|k| {
            p.is_punct(k, ",") && matches!(p.lower(k + 1).as_str(), "who" | "whose" | "which")
        });
        for _ in 0..if relative { 6 } else { 3 } {
            let Some(k) = (floor..end).rev().find(|&k| p.is_punct(k, ",")) else {
                break;
            };
            // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said": the party and state in
            // parentheses close the name.
            let name_end = match k
                .checked_sub(1)
                .filter(|&c| c > floor && p.is_punct(c, ")"))
            {
                Some(c) => (floor.max(c.saturating_sub(8))..c)
                    .rev()
                    .find(|&x| p.is_punct(x, "("))
                    .unwrap_or(k),
                None => k,
            };
            let mut start = np_start(p, name_end, floor);
            // "A nurse on the ward, who asked not to be named, said": a common noun phrase
            // opening the sentence with its determiner, before a relative clause, holds a
            // place after a preposition.
            if start >= floor + 3
                && matches!(p.lower(k + 1).as_str(), "who" | "whose")
                && matches!(
                    p.lower(start - 1).as_str(),
                    "on" | "at" | "in" | "from" | "with" | "of" | "for"
                )
                && (determiners().contains(p.lower(floor).as_str()) || p.lower(floor) == "one")
                && np_start(p, start - 1, floor) == floor
            {
                start = floor;
            }
            // "Lena Ruiz, Minister of Trade, Industry and Labour, said": a part that opens
            // with a title is the role; the name stands before it.
            if start < k && start > floor && p.is_punct(start - 1, ",") {
                let w = p.word(start).unwrap_or_default();
                if names::is_title(w) || lexicon::role_group(&p.lower(start)).is_some() {
                    end = start;
                    continue;
                }
            }
            let names = (start..name_end)
                .any(|x| p.capitalized(x) || pronouns().contains(p.lower(x).as_str()));
            // "As Steven Rosenthal, a tax lawyer, put it": a sentence opener may precede.
            let opens = start == floor
                || !crate::analysis::text::word(&p.toks, start - 1).is_word
                || (start - 1 == floor && p.word(floor).is_some_and(names::is_stopword));
            if start < name_end && names && opens {
                return Some(start..j);
            }
            // "Local angler Pete Sowerby, who …, said": a short lower-case description opens
            // the sentence before the name.
            let described = start > floor
                && start - floor <= 4
                && p.capitalized(start)
                && (floor..start).all(|x| {
                    crate::analysis::text::word(&p.toks, x).is_word
                        && p.in_quote[x].is_none()
                        && (x == floor || !p.capitalized(x))
                        && p.cue_at(x).is_none()
                        && !not_clause_start().contains(p.lower(x).as_str())
                });
            if start < name_end && names && described {
                return Some(floor..j);
            }
            end = k;
        }
        // "…, he said" after a clause: the words right before the verb.
        let start = np_start(p, j, floor);
        return (start < j && start > floor && p.is_punct(start - 1, ",")).then_some(start..j);
    }
    let start = np_start(p, j, floor);
    // "… opposed by Green councillor Amir Shah, who said …": the relative pronoun stands for
    // the named phrase before its comma.
    if start + 1 == j && p.lower(start) == "who" && start > floor + 1 && p.is_punct(start - 1, ",")
    {
        let named = np_start(p, start - 1, floor);
        if named + 1 < start && (named..start - 1).any(|k| p.capitalized(k)) {
            return Some(named..start - 1);
        }
    }
    // "Tim Guest with the Harbour Health Authority says": the person before the preposition.
    if start >= floor + 2
        && matches!(p.lower(start - 1).as_str(), "with" | "at" | "of" | "from")
        && p.capitalized(start - 2)
    {
        let person = np_start(p, start - 1, floor);
        if person < start - 1 && (person..start - 1).all(|k| p.capitalized(k)) {
            return Some(person..j);
        }
    }
    // "Dairy farmers in the Welland Valley say": a place after a common noun is where the
    // speakers are, not who they are; so after a plural opening the sentence ("Residents near
    // Fairview Park said"), unless "in" or "from" makes them its members ("Democrats in …").
    let prep = p.lower(start.saturating_sub(1));
    let members = matches!(prep.as_str(), "in" | "from");
    if start >= floor + 2
        && (members || matches!(prep.as_str(), "across" | "near" | "around" | "outside"))
        && p.capitalized(start + usize::from(determiners().contains(p.lower(start).as_str())))
    {
        let head = np_start(p, start - 1, floor);
        let first = p.lower(floor);
        let group =
            !members && start - 2 == floor && first.ends_with('s') && !first.ends_with("ss");
        if head < start - 1
            && (!p.capitalized(start - 2) || group)
            && crate::analysis::text::word(&p.toks, start - 2).is_word
        {
            return Some(head..start - 1);
        }
    }
    (start < j).then_some(start..j)
}

/// The first word of an organisation's name that holds commas and ends at token `j` ("the
/// Department for Environment, Food and Rural Affairs said"), by `names::organisation_len`.
fn comma_organisation(p: &Para<'_>, floor: usize, j: usize) -> Option<usize> {
    let from = floor.max(j.saturating_sub(14));
    let word = |k: usize| match p.word(k) {
        Some(w) => w,
        None if p.is_punct(k, ",") => ",",
        None => "",
    };
    // Only a start before the last comma gives words holding one (most subjects have none).
    let last_comma = (from..j).rev().find(|&k| word(k) == ",")?;
    (from..=last_comma).find(|&x| {
        p.capitalized(x) && {
            let words: Vec<&str> = (x..j).map(word).collect();
            names::organisation_len(&words) == Some(words.len())
        }
    })
}

/// Start of the noun phrase ending just before token `end`.
pub(super) fn np_start(p: &Para<'_>, end: usize, floor: usize) -> usize {
    if end > floor
        && (pronouns().contains(p.lower(end - 1).as_str())
            || matches!(p.lower(end - 1).as_str(), "who" | "which"))
    {
        return end - 1;
    }
    let mut k = end;
    // Set once "and" has joined two roles: the first role's plain words belong too.
    let mut joined_roles = false;
    let plain = |x: usize| {
        crate::analysis::text::word(&p.toks, x).is_word
            && !p.capitalized(x)
            && p.cue_at(x).is_none()
    };
    while k > floor
        && (np_word(p, k - 1) || (joined_roles && plain(k - 1)))
        && !pronouns().contains(p.lower(k - 1).as_str())
    {
        // "and" joins two speakers only between capitals ("Putin and Trump"), or two roles of
        // one person under one determiner ("the former first lady and U.S. senator").
        let is_role = |x: usize| {
            let l = p.lower(x);
            !p.capitalized(x) && (lexicon::role_group(&l).is_some() || names::is_title(&l))
        };
        let one_determiner = || {
            (floor.max(k.saturating_sub(6))..k - 1)
                .rev()
                .find(|&x| !(np_word(p, x) || plain(x)) || p.lower(x) == "the")
                .is_some_and(|x| p.lower(x) == "the")
        };
        if p.lower(k - 1) == "and" && !(p.capitalized(k.saturating_sub(2)) && p.capitalized(k)) {
            if k >= 2
                && is_role(k - 2)
                && is_role(end - 1)
                && !p.lower(end - 1).ends_with('s')
                && one_determiner()
            {
                joined_roles = true;
            } else {
                break;
            }
        }
        k -= 1;
        if matches!(p.lower(k).as_str(), "the" | "a" | "an") {
            break;
        }
    }
    // Trim leading "of"/"and" and a trailing possessive-less "for".
    while k < end && matches!(p.lower(k).as_str(), "of" | "and" | "for") {
        k += 1;
    }
    // "The Commission on Rural Broadband said", "the Committee for a Balanced Budget said": a
    // joining word stopped the walk inside an organisation's name; the name is taken whole.
    let named_from = k + usize::from(matches!(p.lower(k).as_str(), "a" | "an" | "the"));
    if named_from > floor
        && named_from < end
        && p.capitalized(named_from)
        && matches!(
            p.lower(named_from - 1).as_str(),
            "on" | "a" | "an" | "the" | "of" | "for"
        )
    {
        let word = |x: usize| p.word(x).unwrap_or_default();
        if let Some(x) = (floor.max(end.saturating_sub(12))..named_from - 1).find(|&x| {
            p.capitalized(x) && {
                let words: Vec<&str> = (x..end).map(word).collect();
                names::organisation_len(&words) == Some(words.len())
            }
        }) {
            k = x;
        }
    }
    // "The regional emergency service said": lower-case modifiers of an organisation's kind,
    // back to their determiner.
    if k + 1 == end && !p.capitalized(k) && lexicon::is_organisation_description(&p.lower(k)) {
        let mut m = k;
        while m > floor && k - m < 4 {
            let l = p.lower(m - 1);
            if determiners().contains(l.as_str()) {
                if m < k {
                    k = m - 1;
                }
                break;
            }
            let plain = crate::analysis::text::word(&p.toks, m - 1).is_word
                && p.in_quote[m - 1].is_none()
                && !p.capitalized(m - 1)
                && p.cue_at(m - 1).is_none()
                && !not_clause_start().contains(l.as_str())
                && !pronouns().contains(l.as_str());
            if !plain {
                break;
            }
            m -= 1;
        }
    }
    // A noun phrase must name someone.
    let names = (k..end).any(|i| {
        let l = p.lower(i);
        p.capitalized(i)
            || lexicon::role_group(&l).is_some()
            || lexicon::is_organisation_word(&l)
            || generic_heads().contains(l.as_str())
    });
    if names {
        return k;
    }
    // A common noun with its determiner speaks too ("the letter says", "73 percent said",
    // "its defenders say"): up to three lower-case words after a determiner or possessive.
    let mut d = end;
    while d > floor
        && end - d < 4
        && crate::analysis::text::word(&p.toks, d - 1).is_word
        && p.in_quote[d - 1].is_none()
    {
        d -= 1;
        let l = p.lower(d);
        // "One victim, who …, said": a sentence opening with "One" and a noun.
        let starts = determiners().contains(l.as_str())
            || (l == "one" && d == floor)
            || l.ends_with("'s")
            || l.ends_with("\u{2019}s")
            || l.chars().all(|c| c.is_ascii_digit());
        if starts && d + 1 < end {
            return d;
        }
        // "Factory workers have said": a plural noun after the sentence's first word.
        if p.capitalized(d) && d == floor && d + 1 < end && p.lower(end - 1).ends_with('s') {
            return d;
        }
        if p.cue_at(d).is_some() || not_clause_start().contains(l.as_str()) || p.capitalized(d) {
            break;
        }
    }
    end
}

/// The speaker of a cue: the subject before it, or for a participle after a comma
/// ("…, calling them …") the subject of the sentence's first cue.
pub(super) fn speaker_of_cue(
    p: &Para<'_>,
    cue: Range<usize>,
    floor: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    // "Trump was defensive …, saying, "…"", "Blige sings to Clinton before asking her, "…"":
    // a participle after a comma or a subordinator shares the sentence's named subject.
    let sentence = p.sentence_of(cue.start).0;
    if p.lower(cue.start).ends_with("ing")
        && cue.start > sentence
        && (p.is_punct(cue.start - 1, ",")
            || matches!(
                p.lower(cue.start - 1).as_str(),
                "before" | "after" | "while" | "when" | "without" | "by"
            ))
    {
        if let Some(np) = sentence_subject(p, sentence, cue.start).filter(|np| {
            np.clone()
                .any(|k| p.capitalized(k) && !names::is_stopword(p.word(k).unwrap_or_default()))
        }) {
            return Some((cue, np));
        }
    }
    // "Trump's remarks calling him a 'dictator'": the owner of the remarks speaks.
    if p.lower(cue.start).ends_with("ing") && cue.start > floor {
        let noun = p.lower(cue.start - 1);
        if speech_nouns().contains(noun.as_str()) {
            let owner = (floor.max(cue.start.saturating_sub(4))..cue.start - 1)
                .rev()
                .find(|&k| {
                    p.capitalized(k)
                        && (p.lower(k).ends_with("'s") || p.lower(k).ends_with("\u{2019}s"))
                });
            if let Some(k) = owner {
                return Some((cue, k..k + 1));
            }
        }
    }
    if let Some(np) = subject_before(p, cue.start, floor) {
        // "Mr. Trump, who …, issued a statement Tuesday saying, "…"": a participle after the
        // object of another verb shares the sentence's subject.
        let object = p.lower(cue.start).ends_with("ing")
            && np.start > sentence
            && crate::analysis::text::word(&p.toks, np.start - 1).is_word
            && !p.capitalized(np.start)
            && !not_clause_start().contains(p.lower(np.start - 1).as_str());
        if object {
            if let Some(s) = sentence_subject(p, sentence, np.start).or_else(|| {
                // The name opening the sentence before its appositive's comma.
                let k = (sentence..np.start)
                    .take_while(|&x| p.capitalized(x) || p.is_punct(x, "."))
                    .last()?
                    + 1;
                // "In Washington, …" is an adverbial, not a name.
                let named = (!names::is_stopword(p.word(sentence)?)
                    || determiners().contains(p.lower(sentence).as_str()))
                    && (sentence..k)
                        .any(|x| p.capitalized(x) && !names::is_stopword(p.word(x).unwrap_or("")));
                (named && p.is_punct(k, ",")).then_some(sentence..k)
            }) {
                return Some((cue, s));
            }
        }
        return Some((cue, np));
    }
    // Inverted: "said Peskov: '…'".
    let np = np_after(p, cue.end, p.toks.len());
    if !np.is_empty()
        && np.end < p.toks.len()
        && (p.is_punct(np.end, ":") || p.is_punct(np.end, ","))
    {
        return Some((cue, np));
    }
    // Participle or second verb of a sentence: take the first subject of the sentence,
    // looking back through earlier quotations of the same sentence.
    let floor = p.sentence_of(cue.start).0.min(floor);
    let first_cue = (floor..cue.start).find(|&i| p.cue_at(i).is_some())?;
    let np = subject_before(p, first_cue, floor).or_else(|| {
        let np = np_start(p, first_cue, floor);
        (np < first_cue).then_some(np..first_cue)
    })?;
    Some((cue, np))
}

/// Prepositions that open an adverbial before a sentence's subject ("Amid the uproar, …").
fn sentence_openers() -> &'static crate::analysis::word_set::WordSet {
    word_set!("sentence_openers")
}

/// When the sentence at `start` opens with an adverbial before its subject ("Speaking Sunday
/// on ABC, Carson said …", "Facing criticism, the mayor …", "Amid the uproar, …", "Shortly
/// after the vote, …"), the token after the adverbial's comma (and any closing quotation
/// mark): where the subject starts.
pub(super) fn after_opener(p: &Para<'_>, start: usize, limit: usize) -> Option<usize> {
    let word = p.word(start)?;
    if !p.capitalized(start) || p.in_quote[start].is_some() {
        return None;
    }
    let w = word.to_lower();
    let next = p.lower(start + 1);
    // "Speaking Sunday", "Facing mounting criticism", not "Acting Director Lee" or "Running
    // mate Tim Kaine" (a participle before a role or a name is part of the speaker).
    let participle = w.len() > 5
        && w.ends_with("ing")
        && p.toks.get(start + 1).is_some_and(|t| t.is_word)
        && (!p.capitalized(start + 1) || p.word(start + 1).is_some_and(names::is_stopword))
        && lexicon::role_group(&next).is_none()
        && !lexicon::is_organisation_word(&next)
        && !np_lower().contains(next.as_str());
    // "Shortly after the vote,", "Finally,": an adverb before a comma or a preposition, not a
    // name that ends like one ("Kelly responded").
    let adverb =
        is_adverb(&w) && (p.is_punct(start + 1, ",") || sentence_openers().contains(next.as_str()));
    let opener = participle || adverb || sentence_openers().contains(w.as_str());
    if !opener {
        return None;
    }
    let comma = (start + 1..limit.min(start + 25)).find(|&k| p.is_punct(k, ","))?;
    let mut k = comma + 1;
    while k < limit
        && p.word(k).is_none()
        && ["\"", "\u{201d}", "'", "\u{2019}"]
            .iter()
            .any(|m| p.is_punct(k, m))
    {
        k += 1;
    }
    (k < limit && crate::analysis::text::word(&p.toks, k).is_word && p.in_quote[k].is_none())
        .then_some(k)
}

/// The noun phrase that opens the sentence, when it names someone and a verb follows it
/// ("The Harbour Nurses Union disclosed …"): the subject of a later participle. An adverbial
/// before the subject is passed over ("Speaking on Sunday, the mayor …").
pub(super) fn sentence_subject(p: &Para<'_>, start: usize, limit: usize) -> Option<Range<usize>> {
    let start = after_opener(p, start, limit).unwrap_or(start);
    let mut k = start;
    // "The nurses' union": a plural possessive's apostrophe stays in the phrase.
    let apostrophe = |k: usize| {
        k > start
            && (p.is_punct(k, "'") || p.is_punct(k, "\u{2019}"))
            && p.lower(k - 1).ends_with('s')
            && crate::analysis::text::word(&p.toks, k - 1).end
                == crate::analysis::text::word(&p.toks, k).start
    };
    // "The nurses' union": a lower-case modifier before an institution word.
    let modifier = |k: usize| {
        crate::analysis::text::word(&p.toks, k).is_word
            && !p.capitalized(k)
            && p.cue_at(k).is_none()
            && !not_clause_start().contains(p.lower(k).as_str())
            && (k + 1..(k + 3).min(limit)).any(|x| lexicon::is_organisation_word(&p.lower(x)))
    };
    // "defence lawyer Ana Ruiz met …": a lower-case description before the name.
    if !p.capitalized(k) && !np_word(p, k) {
        if let Some(d) = descriptor_to_name(p, k, limit).filter(|&d| p.capitalized(d)) {
            k = d;
        }
    }
    // "the hospital board issued a statement": a past form after the head is the verb.
    let verb_after_head = |k: usize| {
        k > start
            && !p.capitalized(k)
            && (p.lower(k).ends_with("ed") || p.cue_at(k).is_some())
            && ((p.capitalized(k - 1)
                && !determiners().contains(p.lower(k - 1).as_str())
                && !names::is_stopword(p.word(k - 1).unwrap_or_default()))
                || lexicon::is_organisation_word(&p.lower(k - 1))
                || lexicon::role_group(&p.lower(k - 1)).is_some())
    };
    let mut described = false;
    loop {
        while k < limit
            && k < start + 8
            && (np_word(p, k) || apostrophe(k) || modifier(k))
            && !p.is_punct(k, ",")
            && !verb_after_head(k)
        {
            k += 1;
        }
        // "Former finance director Omar Haddad": titles, then a lower-case description, then
        // the name.
        let only_titles = (start..k).all(|x| {
            p.word(x)
                .is_some_and(|w| names::is_title(w) || names::is_stopword(w))
        });
        if described || k == start || !only_titles || k >= limit {
            break;
        }
        match descriptor_to_name(p, k, limit).filter(|&d| p.capitalized(d)) {
            Some(d) => {
                k = d;
                described = true;
            }
            None => break,
        }
    }
    let names = (start..k).any(|x| {
        let l = p.lower(x);
        (p.capitalized(x) && !determiners().contains(l.as_str()))
            || lexicon::role_group(&l).is_some()
            || lexicon::is_organisation_word(&l)
    });
    // "Mitch McConnell (R-Ky.) issued …": the party and state close the name.
    // "Former secretary of state Hillary Clinton: "…"": a transcript's speaker before a colon.
    let verb_follows =
        crate::analysis::text::word(&p.toks, k).is_word || p.is_punct(k, "(") || p.is_punct(k, ":");
    (k > start && k < limit && names && verb_follows).then_some(start..k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The subject the paragraph keeps for a cue and floor is the one found afresh, whatever
    /// was asked in between.
    #[test]
    fn the_kept_subject_is_the_one_found_afresh() {
        for text in [
            "Bal Tolapufal said Dal Tolapufal said Fal Tolapufal said the levy is bad.",
            "Mr. Trump, who spoke Tuesday, issued a statement saying the plan works, and Rivera, \
             a councillor, said she agreed. According to Ana Ruiz, the mayor said no.",
            "The mayor of Springfield said on Monday that taxes rise, adding that fees would too.",
        ] {
            let tokens = crate::analysis::text::tokens::tokenize(text, 0..text.len());
            let toks = crate::analysis::text::words(text, &tokens);
            let n = toks.len();
            let p = Para::new(text, toks, vec![None; n]);
            let cues: Vec<usize> = (0..n).filter(|&i| p.cue_at(i).is_some()).collect();
            assert!(cues.len() >= 2, "{text}");
            for &cue in &cues {
                for floor in [0, p.sentence_of(cue).0, cue.saturating_sub(3)] {
                    let fresh = find_subject_before(&p, cue, floor);
                    assert_eq!(subject_before(&p, cue, floor), fresh);
                    assert_eq!(subject_before(&p, cue, floor), fresh);
                    let other = find_subject_before(&p, cue, 0);
                    assert_eq!(subject_before(&p, cue, 0), other);
                    assert_eq!(subject_before(&p, cue, floor), fresh);
                }
            }
        }
    }
}
