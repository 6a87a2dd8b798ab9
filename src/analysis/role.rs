//! Tidies the role text found around a name into a job title a reader can use.
//!
//! The phrase before a name often carries more than the title: "he summoned his senior climate
//! adviser Brian Deese", "WASHINGTON -- President Obama", "But Mr. Grassley and Mr. Leahy".
//! The title is the run of title-like words that ends the phrase; a phrase with no title word
//! in it ("CNN's", "Republican") is no role at all.

use super::lexicon;
use super::names::is_capitalized as is_capitalised;
use crate::analysis::chars::ToLower;
use crate::analysis::fasthash::HashSet;
use crate::analysis::lazy::Lazy;

/// One section of `lexicon/role_words.txt`, parsed once.
macro_rules! role_words {
    ($name:literal) => {{
        static SET: Lazy<HashSet<&'static str>> = Lazy::new();
        SET.get_or_init(|| lexicon::section(lexicon::ROLE_WORDS, $name).collect())
    }};
}

/// Words that end a title run when walking back from the name: clause openers and pronouns.
fn stoppers() -> &'static HashSet<&'static str> {
    role_words!("stoppers")
}

/// Lower-case modifiers that belong to a title ("former minister", "senior adviser").
fn modifiers() -> &'static HashSet<&'static str> {
    role_words!("modifiers")
}

/// Title heads the role lexicon has no group for (abbreviations, ranks, offices).
fn heads() -> &'static HashSet<&'static str> {
    role_words!("heads")
}

fn bare(w: &str) -> String {
    crate::analysis::names::trim_possessives(
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}'),
    )
    .to_lower()
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("s'")
}

pub(crate) fn is_role_noun(w: &str) -> bool {
    let b = bare(w);
    lexicon::role_group(&b).is_some() || heads().contains(b.as_str()) || lexicon::is_occupation(&b)
}

fn is_plural(b: &str) -> bool {
    b.len() > 3
        && b.ends_with('s')
        && !b.ends_with("ss")
        && lexicon::role_group(b.get(..b.len() - 1).unwrap_or("")).is_some()
}

/// Adjectives of nationality or field: "regional", "Russian", "presidential", "Western".
fn is_adjective(b: &str) -> bool {
    ["al", "an", "ern", "ish", "ese", "ic", "ary", "ive"]
        .iter()
        .any(|s| b.len() > 4 && b.ends_with(s))
}

/// The start of the run of title-like words that ends just before `end`.
fn title_run_start(words: &[&str], end: usize) -> usize {
    let mut k = end;
    while k > 0 {
        let w = words[k - 1];
        let b = bare(w);
        let prev = (k >= 2).then(|| bare(words[k - 2]));
        let next = words.get(k).copied();
        let ok = if b.is_empty() || b.chars().any(|c| c.is_ascii_digit()) {
            false
        } else if b == "and" {
            // "economist and tax expert": two titles of one person.
            prev.as_deref()
                .is_some_and(|p| lexicon::role_group(p).is_some())
        } else if b == "the" {
            // "press secretary of the Russian president"
            prev.as_deref() == Some("of")
        } else if stoppers().contains(b.as_str()) {
            false
        } else if is_capitalised(w) || is_possessive(w) {
            true
        } else {
            b == "of"
                || is_role_noun(w)
                || modifiers().contains(b.as_str())
                || is_adjective(&b)
                || lexicon::is_organisation_word(&b)
                // "climate adviser", "campaign chairman": a noun before a lower-case title.
                || (lexicon::cue(&b).is_none()
                    && next.is_some_and(|n| !is_capitalised(n) && is_role_noun(n)))
        };
        if !ok {
            break;
        }
        k -= 1;
    }
    k
}

/// Drops connecting words left at either end of a title.
fn trim_ends<'a>(mut kept: &'a [&'a str]) -> &'a [&'a str] {
    let connective = |w: &str| matches!(bare(w).as_str(), "of" | "and" | "the");
    while let [first, rest @ ..] = kept {
        if !connective(first) {
            break;
        }
        kept = rest;
    }
    while let [rest @ .., last] = kept {
        if !connective(last) {
            break;
        }
        kept = rest;
    }
    kept
}

/// A title names one person: a singular title noun ("Senators Grassley and Leahy" names several).
fn has_title(words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| is_role_noun(w) && !is_plural(&bare(w)))
}

/// The title in one comma-free part of a role phrase, if it has one.
fn title_of(part: &str) -> Option<String> {
    let words: Vec<&str> = part.split_whitespace().collect();
    let kept = trim_ends(&words[title_run_start(&words, words.len())..]);
    if has_title(kept) {
        return Some(kept.join(" "));
    }
    // "leader of the opposition group": the title noun, then a short complement after it.
    let h = words
        .iter()
        .rposition(|w| is_role_noun(w) && !is_plural(&bare(w)))?;
    let tail = &words[h + 1..];
    let complement = tail
        .first()
        .is_some_and(|w| matches!(bare(w).as_str(), "of" | "for" | "at" | "in" | "on" | "to"))
        && tail.len() <= 6
        && tail.iter().all(|w| {
            let b = bare(w);
            !stoppers().contains(b.as_str()) || matches!(b.as_str(), "the" | "a" | "an" | "to")
        });
    complement.then(|| trim_ends(&words[title_run_start(&words, h + 1)..]).join(" "))
}

/// The job title in a role phrase, or `None` when the phrase holds no title.
pub fn tidy(raw: &str) -> Option<String> {
    let parts: Vec<String> = crate::analysis::substr::split(raw, ", ")
        .filter_map(title_of)
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn keeps_the_title_that_ends_the_phrase() {
        let cases = [
            ("Kremlin spokesperson", Some("Kremlin spokesperson")),
            (
                "he summoned his senior climate adviser",
                Some("senior climate adviser"),
            ),
            ("WASHINGTON -- President", Some("President")),
            ("group also views President", Some("President")),
            (
                "press secretary of the Russian president",
                Some("press secretary of the Russian president"),
            ),
            (
                "11 because the court\u{2019}s chief judge",
                Some("court\u{2019}s chief judge"),
            ),
            ("economist and tax expert", Some("economist and tax expert")),
            ("Lt. Gov.", Some("Lt. Gov.")),
            ("regional governor", Some("regional governor")),
            (
                "leader of the opposition group",
                Some("leader of the opposition group"),
            ),
            ("harbour master", Some("harbour master")),
            ("told spokesman", Some("spokesman")),
            ("editor in chief", Some("editor in chief")),
            ("head of the central bank", Some("head of the central bank")),
            (
                "executive director of AROS",
                Some("executive director of AROS"),
            ),
            ("Putin's press secretary", Some("Putin's press secretary")),
            ("Another RT America host", Some("RT America host")),
            (
                "Kremlin spokesman, Putin's press secretary",
                Some("Kremlin spokesman, Putin's press secretary"),
            ),
        ];
        for (raw, want) in cases {
            assert_eq!(tidy(raw).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn a_phrase_without_a_title_is_no_role() {
        for raw in [
            "CNN\u{2019}s",
            "Republican",
            "the",
            "When",
            "Chief Justice Roberts said",
            "the governor called on",
            "told",
            "But Mr. Grassley and Mr.",
            "Former White House",
            "week's",
            "Senators",
            "Mr.",
            "Mrs.",
            "Presidential candidates",
        ] {
            assert_eq!(tidy(raw), None, "{raw}");
        }
    }
}
