//! Quoted words that nobody is said to say: titles of works and programmes, named terms
//! ("so-called", "dubbed") and nicknames. (Sub-headings that repeat a later quotation: `repeats`.)

use super::*;

/// The words of a quotation, hyphenated parts apart, without their punctuation.
pub(super) fn title_words(quote: &str) -> Vec<&str> {
    quote
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

pub(super) fn capitalised(w: &&str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Does a quotation read as the title of a work or an event ("Legend in the Coal Fields",
/// "State of the Union") rather than someone's words? Every longer word is capitalised.
pub(super) fn is_title(quote: &str) -> bool {
    let words = title_words(quote);
    let long: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().count() >= 4)
        .collect();
    (2..=10).contains(&words.len())
        && !long.is_empty()
        && long.iter().all(capitalised)
        && words.iter().skip(1).filter(|w| capitalised(w)).count() >= 2
}

/// After a possessive ("CBS's "Face the Nation"", "MSNBC's "Morning Joe""), a quotation whose
/// longer words are all capitalised names a programme or a work, even when it is one word.
pub(super) fn is_name_of_work(quote: &str) -> bool {
    let words = title_words(quote);
    words.first().is_some_and(capitalised)
        && words.len() <= 8
        && words
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .all(capitalised)
}

pub(super) fn work_nouns() -> &'static crate::analysis::fasthash::HashSet<&'static str> {
    static SET: crate::analysis::lazy::Lazy<crate::analysis::fasthash::HashSet<&'static str>> =
        crate::analysis::lazy::Lazy::new();
    SET.get_or_init(|| lexicon::lines(lexicon::WORK_NOUNS).collect())
}

/// Does the quotation whose opening mark is token `first` follow a word that introduces a
/// title ("her 2015 memoir, "…"", "said on "…"", "a short history of the estate, "…"")?
pub(super) fn after_work_noun(p: &Para<'_>, first: usize) -> bool {
    let mut k = first;
    if k > 0 && p.is_punct(k - 1, ",") {
        k -= 1;
    }
    if k > 0
        && crate::analysis::text::word(&p.toks, k - 1).is_word
        && work_nouns().contains(p.lower(k - 1).as_str())
    {
        return true;
    }
    // A work noun with a short "of"/"about" phrase after it.
    let from = k.saturating_sub(6);
    (from..k)
        .rev()
        .take_while(|&x| crate::analysis::text::word(&p.toks, x).is_word)
        .any(|x| {
            x + 1 < k
                && work_nouns().contains(p.lower(x).as_str())
                && matches!(p.lower(x + 1).as_str(), "of" | "about")
        })
}

/// Does a noun phrase that names a work by its quoted title open at token `j` ("a memoir,
/// "Dust and Rain", …", "a short history of the estate, "…"")? After a verb of writing it is
/// the thing written, not a clause of what was said.
pub(super) fn work_object(p: &Para<'_>, j: usize, end: usize) -> bool {
    let opens = |k: usize| {
        determiners().contains(p.lower(k).as_str())
            || p.lower(k).ends_with("'s")
            || matches!(
                p.lower(k).as_str(),
                "his" | "her" | "their" | "its" | "our" | "my"
            )
    };
    if j >= end || !crate::analysis::text::word(&p.toks, j).is_word || !opens(j) {
        return false;
    }
    (j + 1..end.min(j + 5))
        .take_while(|&k| {
            crate::analysis::text::word(&p.toks, k).is_word
                && !p.capitalized(k)
                && p.in_quote[k].is_none()
        })
        .find(|&k| work_nouns().contains(p.lower(k).as_str()))
        .is_some_and(|k| {
            let follows = k + 1 >= end
                || !crate::analysis::text::word(&p.toks, k + 1).is_word
                || work_noun_followers().contains(p.lower(k + 1).as_str());
            // The title follows in quotation marks, after a comma or a short phrase.
            let titled = (k + 1..end.min(k + 8))
                .take_while(|&m| {
                    p.in_quote[m].is_some()
                        || crate::analysis::text::word(&p.toks, m).is_word
                        || p.is_punct(m, ",")
                })
                .any(|m| p.in_quote[m].is_some());
            follows && titled
        })
}

/// Words after a work's noun that go on describing the work ("a memoir about …", "a book of
/// poems", "a play called …"), not a verb of a clause.
fn work_noun_followers() -> &'static crate::analysis::word_set::WordSet {
    word_set!("work_noun_followers")
}

/// Verbs whose object can be a work ("wrote a memoir", "published a cookbook").
pub(super) fn work_verbs() -> &'static crate::analysis::word_set::WordSet {
    word_set!("work_verbs")
}

/// A term in quotation marks that the sentence names rather than quotes: after "so-called",
/// "dubbed", "known as", or "call(s) this effect" ("Analysts call this effect "differential
/// nonresponse"").
pub(super) fn labelled_term(p: &Para<'_>, first: usize, quote: &str) -> bool {
    if quote.split_whitespace().count() > 4 {
        return false;
    }
    let from = p.sentence_of(first).0.max(first.saturating_sub(5));
    (from..first).any(|k| {
        let w = p.lower(k);
        let lemma = lexicon::cue(&w).map(|c| c.1);
        // "call them "extraordinary presidents"" and "calling it "a gift"" judge and are
        // quoted; "call this effect "…"" and "call this "the long dry"" name a thing.
        let names_a_thing = lemma == Some("call")
            && matches!(p.lower(k + 1).as_str(), "this" | "that")
            && ((first == k + 3 && !p.capitalized(k + 2))
                || (first == k + 2 && p.lower(k + 1) == "this"));
        let naming = names_a_thing
            || matches!(w.as_str(), "so-called" | "dubbed" | "termed" | "nicknamed")
            || (w == "known" && p.lower(k + 1) == "as");
        naming
            && (k + 1..first)
                .all(|x| crate::analysis::text::word(&p.toks, x).is_word && p.in_quote[x].is_none())
    })
}

/// `Warren Hammers Wells Fargo CEO: 'You Should Be Criminally Investigated.'`: a headline is
/// title-cased throughout, and a quotation after its colon is what its subject said.
pub(super) fn headline_says(text: &str, span: &QuoteSpan, in_headline: bool) -> bool {
    in_headline
        && text
            .get(..span.open)
            .unwrap_or("")
            .trim_end()
            .ends_with(':')
}

/// `Marcia "Cia" Price`: one or two quoted words standing between the parts of a name.
pub(super) fn is_nickname(text: &str, span: &QuoteSpan) -> bool {
    let capitalised = |w: Option<&str>| {
        w.and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let before = text.get(..span.open).unwrap_or("").strip_suffix(' ');
    let after = text.get(span.close..).and_then(|t| t.strip_prefix(' '));
    let inner = text.get(span.start()..span.end()).unwrap_or("");
    before.is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_punctuation()))
        && capitalised(before.and_then(|b| b.rsplit(' ').next()))
        && capitalised(after.and_then(|a| a.split(' ').next()))
        && inner.split_whitespace().count() <= 2
        && !inner.ends_with(|c: char| !c.is_alphanumeric())
}
