//! People and organisations: name mentions, aliases and roles, and the resolution of each
//! speaker mention (full name, surname, pronoun, role noun, institution) to one entry of the
//! document's people. Attribution's claims are read, never written: [`resolve`] returns the
//! table of people and a person id per claim.
//!
//! One scan of the document finds full names with the titles and appositives around them
//! ("Kremlin spokesman Dmitry Peskov", "Putin's press secretary, Dmitry Peskov"); surnames and
//! spelling variants (Zelensky/Zelenskyy) fold into the same person by a normalised key.

use crate::analysis::chars;
use crate::analysis::chars::ToLower;
use crate::analysis::fasthash::{HashMap, HashSet};
use crate::analysis::sorting::StableSort;
use std::ops::Range;

use super::attribution::{Attributed, Via};
use super::lexicon;
use super::lower::with_lower;
use super::names::{self, bare, first_initial, is_capitalized};
use super::report::{Person, QuoteKind, Span};
use super::text::{self, Word};

/// One section of `lexicon/people_words.txt`, parsed once.
macro_rules! people_words {
    ($name:literal) => {{
        static SET: crate::analysis::lazy::Lazy<HashSet<&'static str>> =
            crate::analysis::lazy::Lazy::new();
        SET.get_or_init(|| lexicon::section(lexicon::PEOPLE_WORDS, $name).collect())
    }};
}

/// Organisation words too vague to name a speaker on their own ("a report", "the poll").
fn generic_organisations() -> &'static HashSet<&'static str> {
    people_words!("generic_organisations")
}

/// Verbs of speech that ask ("asked", "pressed"): the answer is the addressee's.
fn question_cues() -> &'static HashSet<&'static str> {
    people_words!("question_cues")
}

/// What a person writes or says through: "her statement read", "his letter says".
fn document_nouns() -> &'static HashSet<&'static str> {
    people_words!("document_nouns")
}

/// Descriptions that fit any organisation ("the company" for "Harrow Foods"), where other
/// kinds that also end names ("the ministry", "the union") fit only a name ending in them.
fn any_organisation_nouns() -> &'static HashSet<&'static str> {
    people_words!("any_organisation_nouns")
}

/// A description → the other last words of names it fits ("agency" → "administration").
fn description_kinds() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static MAP: crate::analysis::lazy::Lazy<HashMap<&'static str, Vec<&'static str>>> =
        crate::analysis::lazy::Lazy::new();
    MAP.get_or_init(|| {
        lexicon::section(lexicon::PEOPLE_WORDS, "description_kinds")
            .filter_map(|line| {
                let mut words = line.split_whitespace();
                Some((words.next()?, words.collect()))
            })
            .collect()
    })
}

/// "they", "the two", "both": several people named together just before.
fn group_mentions() -> &'static HashSet<&'static str> {
    people_words!("group_mentions")
}

/// Days and holidays named like people ("Labor Day").
fn holidays() -> &'static HashSet<&'static str> {
    people_words!("holidays")
}

/// Last words of a street's name ("Quay Street"): no person.
fn street_words() -> &'static HashSet<&'static str> {
    people_words!("street_words")
}

/// Function words that never modify a title noun.
fn not_modifiers() -> &'static HashSet<&'static str> {
    people_words!("not_modifiers")
}

/// "former minister", "acting director": modifiers of a title without an adjective's suffix.
fn role_adjectives() -> &'static HashSet<&'static str> {
    people_words!("role_adjectives")
}

/// Titles after which a lone capitalised word is a person's surname ("Mr. Obama").
fn honorifics() -> &'static HashSet<&'static str> {
    people_words!("honorifics")
}

/// How many name mentions back a pronoun or role noun looks for its antecedent.
const LOOK_BACK: usize = 64;

/// An adjective of nationality, not the place's own name ("Cuban", not "Cuba").
fn is_demonym(w: &str) -> bool {
    is_capitalized(w)
        && !w.ends_with('s')
        && lexicon::place(w).is_some_and(|place| !place.eq_ignore_ascii_case(w))
}

/// "the 34-year-old", "the fifteen-year-old": the age a description of a person gives.
fn age_of_mention(text: &str) -> Option<u32> {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [the, age] if the.eq_ignore_ascii_case("the") => age_before_year_old(age),
        _ => None,
    }
}

/// The number that opens "34-year-old" or "twenty-two-year-old".
fn age_before_year_old(word: &str) -> Option<u32> {
    let lower = word.to_lower();
    let number = lower.strip_suffix("-year-old")?;
    if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
        return number.parse().ok().filter(|&n| n < 130);
    }
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let unit = |w: &str| UNITS.iter().position(|u| *u == w).map(|n| n as u32);
    let ten = |w: &str| {
        TENS.iter()
            .position(|t| *t == w)
            .map(|n| 20 + 10 * n as u32)
    };
    match number.split_once('-') {
        Some((t, u)) => Some(ten(t)? + unit(u).filter(|&n| (1..10).contains(&n))?),
        None => unit(number).or_else(|| ten(number)),
    }
}

/// The age the text states for the name at `at`: "Fifteen-year-old Anouk Verhaegen" or
/// "the 34-year-old nurse Ada Lee" before it, "Casimir Wolski, 41," or "Wolski (41)" after it.
fn stated_age(text: &str, at: usize) -> Option<u32> {
    let mut from = at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..at).unwrap_or("");
    let head = head
        .rsplit(['.', '"', '\u{201c}', '\n'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = head.split_whitespace().collect();
    if let Some(k) = words
        .iter()
        .rposition(|w| w.to_lower().ends_with("-year-old"))
    {
        let between = &words[k + 1..];
        if between.len() <= 2
            && between
                .iter()
                .all(|w| !is_capitalized(w) && !w.contains(','))
        {
            if let Some(n) = age_before_year_old(words[k]) {
                return Some(n);
            }
        }
    }
    let tail = text.get(at..).unwrap_or("");
    let mut rest = tail;
    // The name's own words: capitalised words and their joins.
    loop {
        let word_end = rest.find([' ', ',', '(', '.', '\n']).unwrap_or(rest.len());
        let word = rest.get(..word_end).unwrap_or("");
        if word.is_empty() || !is_capitalized(word) {
            break;
        }
        rest = rest.get(word_end..).unwrap_or("");
        match rest.strip_prefix(' ') {
            Some(r) if r.chars().next().is_some_and(char::is_uppercase) => rest = r,
            _ => break,
        }
    }
    let digits = |s: &str| -> Option<(u32, usize)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        let v = s
            .get(..n)?
            .parse()
            .ok()
            .filter(|&v: &u32| (1..130).contains(&v))?;
        Some((v, n))
    };
    if let Some(r) = rest.strip_prefix(", ") {
        let (n, len) = digits(r)?;
        return matches!(r.get(len..len + 1), Some(",") | Some(".")).then_some(n);
    }
    let r = rest.strip_prefix(" (")?;
    let (n, len) = digits(r)?;
    (r.get(len..len + 1) == Some(")")).then_some(n)
}

/// What a speaker mention is.
#[derive(Debug, Clone, PartialEq)]
enum Mention {
    /// He, she, I, we: a person from the context (of that gender, when the pronoun has one).
    Pronoun(Option<names::Gender>),
    /// "the 34-year-old": the person the paragraph has just named, else as a pronoun.
    Age,
    /// "her statement", "his letter": the owner of a document speaks through it.
    Owner(Option<names::Gender>),
    /// "the utility", "the company": the organisation the text has just named.
    Description { noun: String },
    /// They, it: an institution or group from the context.
    Plural,
    /// A person's name with whatever role the mention gives.
    Name { name: String, role: Option<String> },
    /// An institution or place speaking ("the Kremlin", "Germany's government").
    Organisation { name: String },
    /// A role noun that names someone holding it ("the Kremlin spokesman").
    Role {
        group: &'static str,
        modifiers: Vec<String>,
    },
    /// Nobody in particular ("sources", "a source").
    Generic,
}

/// Reads a mention's words; a parenthesis ("(D-Virgin Islands)") is left out, and so is a
/// relative clause after a comma ("The Teachers Association, which represents staff at
/// Fairview Elementary": a name in it is somebody else).
fn classify(text: &str) -> Mention {
    if let Some(at) = crate::analysis::substr::find(text, ", wh").filter(|&at| {
        let rest = text.get(at + 2..).unwrap_or("");
        ["who ", "which ", "whose "]
            .iter()
            .any(|r| rest.starts_with(r))
    }) {
        return classify(text.get(..at).unwrap_or(""));
    }
    if let (Some(a), Some(b)) = (text.find('('), text.find(')')) {
        if a < b {
            let outside = format!(
                "{}{}",
                text.get(..a).unwrap_or(""),
                text.get(b + 1..).unwrap_or("")
            );
            let outside = outside.split_whitespace().collect::<Vec<_>>().join(" ");
            if !outside.is_empty() {
                return classify_words(&outside);
            }
        }
    }
    classify_words(text)
}

fn classify_words(text: &str) -> Mention {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = words.iter().map(|w| bare(w)).collect();
    // The last word, lower-cased: the head the rules below ask about.
    let head_word: &str = lower.last().map_or("", String::as_str);
    if words.len() == 1 && matches!(lower[0].as_str(), "he" | "she" | "i" | "we") {
        return Mention::Pronoun(names::pronoun_gender(&lower[0]));
    }
    // "the 23-year-old said": a person described by age is the one just named.
    if let [the, age] = lower.as_slice() {
        let years = age.split('-').collect::<Vec<_>>();
        if the == "the"
            && matches!(years.as_slice(), [n, "year", "old"] if n.chars().all(|c| c.is_ascii_digit()))
        {
            return Mention::Age;
        }
    }
    // "the regional emergency service": lower-case words before an organisation's kind.
    if (3..=5).contains(&lower.len())
        && matches!(lower[0].as_str(), "the" | "its" | "their")
        && words[1..].iter().all(|w| !is_capitalized(w))
        && lexicon::is_organisation_description(head_word)
        && !text.contains(',')
    {
        return Mention::Description {
            noun: head_word.to_string(),
        };
    }
    // "Councillor Ana Ruiz's letter said": a named owner speaks through the document, which is
    // never the holder.
    if let [.., owner, _] = words.as_slice() {
        if document_nouns().contains(head_word)
            && is_capitalized(owner)
            && (owner.ends_with("'s") || owner.ends_with("\u{2019}s"))
        {
            return classify_words(&words[..words.len() - 1].join(" "));
        }
    }
    if let [owner, noun] = lower.as_slice() {
        if matches!(owner.as_str(), "his" | "her") && document_nouns().contains(noun.as_str()) {
            return Mention::Owner(names::pronoun_gender(owner));
        }
        if matches!(owner.as_str(), "the" | "its" | "their")
            && !is_capitalized(words[1])
            && lexicon::is_organisation_description(noun)
        {
            return Mention::Description { noun: noun.clone() };
        }
    }
    if words.len() == 1 && matches!(lower[0].as_str(), "they" | "it") {
        return Mention::Plural;
    }
    // A lone possessive ("Trump's" of "Trump's remarks") names its owner.
    if let [one] = words.as_slice() {
        let owner = names::trim_possessives(one);
        if owner.len() < one.len() && names::is_name_word(owner) {
            return Mention::Name {
                name: owner.to_string(),
                role: None,
            };
        }
    }
    // "Candidate Ivo Marsh's" of "Candidate Ivo Marsh's claim": the owner with the words
    // before the name.
    if let [.., last] = words.as_slice() {
        let owner = names::trim_possessives(last);
        if words.len() > 1 && owner.len() < last.len() && is_capitalized(owner) {
            let mut bare = words[..words.len() - 1].join(" ");
            bare.push(' ');
            bare.push_str(owner);
            return classify_words(&bare);
        }
    }
    // "Cuban said": a lone adjective of nationality cannot be the subject of a verb; it is a
    // surname that looks like one (a country speaks as "Cuba", its people as "Cubans").
    if let [one] = words.as_slice() {
        if is_demonym(one) {
            return Mention::Name {
                name: one.to_string(),
                role: None,
            };
        }
    }
    // "Regional Affairs", "Queen City Poultry": a capitalised name ending in an organisation
    // word, though a word in it looks like a title.
    let bare_name = strip_determiner(text);
    let bare_words: Vec<&str> = bare_name.split_whitespace().collect();
    // A comma only inside the name ("Department for Environment, Food and Rural Affairs").
    if (!text.contains(',')
        && bare_words.iter().all(|w| is_capitalized(w))
        && names::is_organisation_name(bare_name))
        || names::organisation_len(&bare_words) == Some(bare_words.len())
    {
        return Mention::Organisation {
            name: bare_name.to_string(),
        };
    }
    // "A spokeswoman for Leeds City Council", "a spokesperson": an unnamed person is nobody
    // the text has named; one who speaks for an organisation gives its words.
    if let Some(m) = indefinite_role(&words, &lower) {
        return m;
    }
    // "Factory workers", "local residents": a lower-case plural names nobody in particular.
    if (1..=3).contains(&words.len())
        && words.iter().skip(1).all(|w| !is_capitalized(w))
        && words
            .last()
            .is_some_and(|w| !is_capitalized(w) || words.len() == 1)
        && head_word.ends_with('s')
        && !head_word.ends_with("ss")
        && !lexicon::is_organisation_word(head_word)
        && lexicon::role_group(head_word).is_none()
        && !lower
            .iter()
            .any(|w| matches!(w.as_str(), "his" | "her" | "its" | "their"))
        && words.len() >= 2
    {
        return Mention::Generic;
    }
    // "the Reyes campaign", "the Trump administration": a name before a lower-case
    // institution word names the institution.
    if words.len() >= 2
        && words.len() <= 4
        && !text.contains(',')
        && lexicon::is_organisation_word(head_word)
        && words.last().is_some_and(|w| !is_capitalized(w))
        && lexicon::role_group(head_word).is_none()
        && words[..words.len() - 1]
            .iter()
            .any(|w| is_capitalized(w) && !names::is_stopword(w))
        && !generic_organisations().contains(head_word)
    {
        return Mention::Organisation {
            name: strip_determiner(text).to_string(),
        };
    }
    // "South Korea said": a place the lexicon knows, whole, speaks as an institution (its
    // first word alone is no person's name).
    if !text.contains(',')
        && lexicon::place(strip_determiner(text))
            .is_some_and(|place| place.eq_ignore_ascii_case(strip_determiner(text)))
    {
        return Mention::Organisation {
            name: strip_determiner(text).to_string(),
        };
    }
    // "A Department of Health spokeswoman": an organisation's name with a joining word before
    // the role speaks, not its last capitalised word as a person.
    if matches!(lower.first().map(String::as_str), Some("a" | "an"))
        && lexicon::role_group(head_word) == Some("spokesperson")
    {
        if let Some(name) = organisation_before_role(text)
            .filter(|n| n.split_whitespace().any(|w| !is_capitalized(w)))
        {
            return Mention::Organisation { name };
        }
    }
    // Appositives: the part with a name is the person, the rest is the role.
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // "The inquiry's report, seen by the Gazette,": a participle's agent does not speak.
    let agent = |part: &str| {
        let mut w = part.split_whitespace();
        w.next().is_some_and(|v| !is_capitalized(v)) && w.next() == Some("by")
    };
    if parts.len() > 1 && parts.iter().skip(1).any(|p| agent(p)) {
        let rest: Vec<&str> = parts.iter().copied().filter(|p| !agent(p)).collect();
        return classify_words(&rest.join(", "));
    }
    for (pi, part) in parts.iter().enumerate() {
        if let Some((name, before)) = name_in(part) {
            let mut role: Vec<String> = Vec::new();
            if !before.is_empty() {
                role.push(before);
            }
            for (oi, other) in parts.iter().enumerate() {
                // Appositives that hold a title are roles; participial asides are not.
                let titled = other
                    .split_whitespace()
                    .any(|w| lexicon::role_group(&bare(w)).is_some());
                if oi != pi && titled && name_in(other).is_none() {
                    role.push(strip_determiner(other).to_string());
                }
            }
            let role = role.join(", ");
            return Mention::Name {
                name,
                role: (!role.is_empty()).then_some(role),
            };
        }
    }
    // "The Calder River Alliance, an environmental group, said": a description set off by
    // commas after an organisation's name is no part of the name.
    if let [first, rest @ ..] = parts.as_slice() {
        let described = |r: &&str| {
            r.split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "a" | "an" | "the"))
        };
        if !rest.is_empty() && rest.iter().all(described) {
            if let m @ Mention::Organisation { .. } = classify_words(first) {
                return m;
            }
        }
    }
    // Institutions: an organisation head word or a place.
    let head = lower.last().cloned().unwrap_or_default();
    let has_place = words
        .iter()
        .any(|w| lexicon::place(names::trim_possessives(w)).is_some());
    let capitals = words
        .iter()
        .any(|w| is_capitalized(w) && !names::is_stopword(w));
    if let Some(group) = lower.iter().rev().find_map(|w| lexicon::role_group(w)) {
        // "officials" of a named institution speak for it ("Kremlin officials").
        if !(group == "officer" && head.ends_with('s') && capitals) {
            let modifiers = lower
                .iter()
                .filter(|w| lexicon::role_group(w).is_none())
                .filter(|w| {
                    !matches!(
                        w.as_str(),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "of"
                    )
                })
                .cloned()
                .collect();
            return Mention::Role { group, modifiers };
        }
    }
    if lexicon::is_organisation_word(&head) && (capitals || has_place)
        || (words.len() <= 3 && has_place)
        || (capitals && !words.is_empty() && lower.iter().all(|w| !w.is_empty()))
    {
        let name = strip_determiner(text);
        if words.len() <= 2 {
            if let Some(place) = words
                .iter()
                .find_map(|w| lexicon::place(names::trim_possessives(w)))
                .filter(|_| !lexicon::is_organisation_word(&head) || words.len() == 1)
            {
                return Mention::Organisation {
                    name: place.to_string(),
                };
            }
        }
        let only_titles = lower
            .iter()
            .all(|w| names::is_title(w) || names::is_stopword(w));
        if (capitals || has_place) && !only_titles {
            return Mention::Organisation {
                name: name.to_string(),
            };
        }
    }
    // "the ministry", "the campaign": an institution named by its kind.
    if lexicon::is_organisation_word(&head)
        && words.len() <= 3
        && !generic_organisations().contains(head.as_str())
    {
        return Mention::Organisation {
            name: strip_determiner(text).to_string(),
        };
    }
    // "the former councillor", "the retired teacher": a definite description ending in a
    // title or occupation is the person the text is about, like a pronoun.
    if lower.first().is_some_and(|w| w == "the")
        && words.len() >= 2
        && words[1..]
            .iter()
            .all(|w| !is_capitalized(w) || names::is_title(w))
        && super::role::is_role_noun(&head)
        && !head.ends_with('s')
    {
        return Mention::Pronoun(words.iter().find_map(|w| names::gender_of_word(w)));
    }
    Mention::Generic
}

/// "A spokesman", "a spokeswoman for the trust", "an official at Northgate Power", "a nurse":
/// a role after "a"/"an" introduces someone new. What follows "for", "at", "of" or "with" is
/// the organisation speaking; without one, a spokesperson speaks for the organisation just
/// named, and anyone else is nobody in particular.
fn indefinite_role(words: &[&str], lower: &[String]) -> Option<Mention> {
    if !matches!(lower.first()?.as_str(), "a" | "an") {
        return None;
    }
    // Commas only inside the organisation's name ("for the Department for Environment, Food
    // and Rural Affairs").
    if let Some(c) = words.iter().position(|w| w.contains(',')) {
        let of = words[..c]
            .iter()
            .position(|w| matches!(*w, "for" | "at" | "of" | "with"))?;
        let name = &words[of + 1..];
        let name = name.strip_prefix(&["the"]).unwrap_or(name);
        if names::organisation_len(name) != Some(name.len()) {
            return None;
        }
    }
    let role = (1..lower.len().min(4)).find(|&k| lexicon::role_group(&lower[k]).is_some())?;
    if (1..role).any(|k| is_capitalized(words[k])) {
        return None;
    }
    let group = lexicon::role_group(&lower[role])?;
    match lower.get(role + 1).map(String::as_str) {
        Some("for" | "at" | "of" | "with") => {
            let rest = strip_determiner(&words[role + 2..].join(" ")).to_string();
            let rest_words: Vec<&str> = rest.split_whitespace().collect();
            let head = bare(rest_words.last()?);
            if rest_words.iter().any(|w| is_capitalized(w)) {
                Some(Mention::Organisation { name: rest })
            } else if lexicon::is_organisation_description(&head)
                || lexicon::is_organisation_word(&head)
            {
                Some(Mention::Description { noun: head })
            } else {
                Some(Mention::Generic)
            }
        }
        None if group == "spokesperson" => Some(Mention::Plural),
        None => Some(Mention::Generic),
        Some(_) => None,
    }
}

fn strip_determiner(s: &str) -> &str {
    let t = s.trim();
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = t.strip_prefix(d) {
            return rest.trim();
        }
    }
    t
}

/// The person name in a phrase, and the words before it (its role): the last run of
/// capitalised name words ("Kremlin spokesperson Dmitry Peskov" → "Dmitry Peskov").
fn name_in(phrase: &str) -> Option<(String, String)> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let mut best: Option<Range<usize>> = None;
    let mut i = 0;
    while i < words.len() {
        if names::is_name_word(words[i]) {
            let mut j = i + 1;
            while j < words.len() && names::continues_name(words[j], words.get(j + 1).copied()) {
                j += 1;
            }
            if j == i + 1
                && words
                    .get(j)
                    .is_some_and(|w| names::brand_surname(words[i], w, words.get(j + 1).copied()))
            {
                j += 1;
            }
            // "New York Times", "Democratic National Committee", "Harbour Health Authority":
            // an institution's name.
            // "Toronto General Hospital": a capitalised run that names an institution, titles
            // included, is no name and holds none.
            let mut k = j;
            while words.get(k).is_some_and(|w| is_capitalized(w)) {
                k += 1;
            }
            if k > j && names::is_organisation_name(&words[i..k].join(" ")) {
                j = k;
            }
            let institution = words
                .get(j)
                .is_some_and(|w| is_capitalized(w) && lexicon::is_organisation_word(&bare(w)))
                || {
                    let run = words[i..j].join(" ");
                    lexicon::place(&run).is_some() || names::is_organisation_name(&run)
                };
            // "Tim Guest with the Harbour …", "Lorraine Bélanger of Kemptville": a name after a
            // preposition is where the person is from, when a name came before.
            // "Rep. Lina Torres of the Virgin Islands": also after the preposition's "the".
            let preposition = |k: usize| {
                with_lower(words[k], |w| {
                    matches!(
                        w,
                        "of" | "from" | "at" | "with" | "in" | "for" | "outside" | "near" | "on"
                    )
                })
            };
            let after_preposition = i > 0
                && best.is_some()
                && (preposition(i - 1)
                    || (i > 1 && words[i - 1].eq_ignore_ascii_case("the") && preposition(i - 2)));
            if !institution && !after_preposition {
                best = Some(i..j);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    let r = best?;
    let name = words[r.clone()]
        .iter()
        .map(|w| names::trim_possessives(w))
        .collect::<Vec<_>>()
        .join(" ");
    // A possessive name is an owner, not the speaker ("Putin's press secretary").
    if words[r.end - 1].ends_with("'s") || words[r.end - 1].ends_with("\u{2019}s") {
        return None;
    }
    let before = strip_determiner(&words[..r.start].join(" ")).to_string();
    Some((name, before))
}

/// A full name found in the text, with its role if the text gives one.
#[derive(Debug, Clone)]
struct NameMention {
    at: usize,
    paragraph: usize,
    person: usize,
    /// First name-bearing word of its sentence: the sentence's subject.
    subject: bool,
    /// A surname alone, titled or not ("Trump", "Mr. Trump").
    bare: bool,
}

#[derive(Debug, Default)]
struct Registry<'t> {
    people: Vec<Person>,
    /// Surname key → the person last registered under it.
    by_key: HashMap<String, Vec<usize>>,
    mentions: Vec<NameMention>,
    /// Words the document writes in lower case: a capitalised one of them opening a name is
    /// a sentence-initial common word ("Rival Hillary Clinton").
    lower_words: LowerWords<'t>,
    /// Role groups of each person's role and aliases, for `role_holder`.
    roles: RoleIndex,
    /// Person → (male, female) evidence: titles, role words and pronouns that refer back.
    gender: HashMap<usize, (u32, u32)>,
    /// Person → the gender its first name usually tells, when the text tells none.
    first_gender: HashMap<usize, names::Gender>,
    /// Per person: its entries in `mentions`, ascending. A lookup of the person mentioned
    /// last among a few candidates then bisects their lists instead of walking back over
    /// every mention of the document.
    mentions_of: Vec<Vec<usize>>,
    /// Folded surname and first name of every name a person has had → the people (for
    /// `by_first_name`; candidates are checked against their current name).
    name_parts: HashMap<String, Vec<usize>>,
    /// Per person: `first_initial` of its current name (read for every earlier bearer of a
    /// surname each time the surname is met again).
    initials: Vec<Option<char>>,
}

/// The role groups each person's role and aliases name, extended as people gain roles and
/// aliases, so that a role noun ("the spokesman") is not answered by re-reading every person's
/// words; and the first name mention of each person.
#[derive(Debug, Default)]
struct RoleIndex {
    /// Per person: whether its role was read, and how many of its aliases.
    read: Vec<(bool, usize)>,
    groups: Vec<Vec<&'static str>>,
    /// Per person: index of its first entry in `Registry::mentions`, `usize::MAX` if none.
    first_mention: Vec<usize>,
    /// Role group → the people whose role or aliases name it, ascending.
    by_group: HashMap<&'static str, Vec<usize>>,
    /// People whose name, role or aliases changed since the index was last brought up to date.
    changed: Vec<usize>,
}

impl Registry<'_> {
    /// Is `w`, opening a sentence, an ordinary word rather than a name ("Small groups of
    /// protesters …", "Several said", "Maybe Trump …"): a name word by its shape that is a
    /// common English word (`common_words.txt`) or one the document also writes in lower case.
    /// A given name the lexicon knows ("Bill", "Mark") is not.
    fn ordinary(&mut self, w: &str) -> bool {
        // A plural the document also writes in lower case names a group that speaks
        // ("Delegates questioned …", "Critics said"): a source, if nobody in particular.
        let plural = w.ends_with('s') && !w.ends_with("ss");
        names::is_name_word(w)
            && !names::is_first_name(w)
            && (names::is_common_word(w)
                || (!plural
                    && with_lower(names::trim_possessives(w), |l| self.lower_words.contains(l))))
    }

    /// An organisation named at byte `at`: its entry (made on first sight) and the mention.
    fn organisation_mention(&mut self, name: &str, at: usize, paragraph: usize, subject: bool) {
        let person = self.person(name, None, true);
        self.mention(NameMention {
            at,
            paragraph,
            person,
            subject,
            bare: false,
        });
    }

    fn mention(&mut self, m: NameMention) {
        if self.mentions_of.len() <= m.person {
            self.mentions_of.resize_with(m.person + 1, Vec::new);
        }
        self.mentions_of[m.person].push(self.mentions.len());
        self.mentions.push(m);
    }

    /// Of `cands`, the one whose latest entry in `mentions[..bound]` is latest.
    fn mentioned_last(&self, cands: impl Iterator<Item = usize>, bound: usize) -> Option<usize> {
        cands
            .filter_map(|p| {
                let list = self.mentions_of.get(p)?;
                let n = list.partition_point(|&k| k < bound);
                n.checked_sub(1).map(|i| list[i])
            })
            .max()
            .map(|k| self.mentions[k].person)
    }

    /// Indexes the folded surname and first name of a person's (new) name.
    /// `fresh`: the person was just added, so is in no list yet (a first name shared by
    /// thousands of people made the membership test a walk over all of them per person).
    fn index_name(&mut self, person: usize, fresh: bool) {
        let name = &self.people[person].name;
        let mut parts = vec![names::key(name)];
        parts.extend(names::first_name(name).map(names::fold));
        // "Tim Tim": one entry, as the membership test gave.
        if parts.len() == 2 && parts[0] == parts[1] {
            parts.pop();
        }
        for part in parts {
            let list = self.name_parts.entry(part).or_default();
            if fresh || !list.contains(&person) {
                list.push(person);
            }
        }
    }

    /// Brings `roles` up to date with the people, their roles and aliases.
    fn index_roles(&mut self) {
        let index = &mut self.roles;
        if index.first_mention.is_empty() && !self.mentions.is_empty() {
            for (k, m) in self.mentions.iter().enumerate() {
                if index.first_mention.len() <= m.person {
                    index.first_mention.resize(m.person + 1, usize::MAX);
                }
                index.first_mention[m.person] = index.first_mention[m.person].min(k);
            }
        }
        let mut changed = std::mem::take(&mut index.changed);
        changed.extend(index.read.len()..self.people.len());
        changed.stable_sort();
        changed.dedup();
        while index.read.len() < self.people.len() {
            index.read.push((false, 0));
            index.groups.push(Vec::new());
        }
        for i in changed {
            let p = &self.people[i];
            let (role_read, aliases_read) = &mut index.read[i];
            let groups = &mut index.groups[i];
            let by_group = &mut index.by_group;
            let mut add = |r: &str| {
                for w in r.split(|c: char| !chars::is_alphanumeric(c) && c != '-') {
                    if let Some(g) = lexicon::role_group(&w.to_lower()) {
                        if !groups.contains(&g) {
                            groups.push(g);
                            let list = by_group.entry(g).or_default();
                            if let Err(at) = list.binary_search(&i) {
                                list.insert(at, i);
                            }
                        }
                    }
                }
            };
            if !*role_read {
                if let Some(r) = &p.role {
                    add(r);
                    // "Chief financial officer Julia Price … The CFO said": a role of three
                    // or four words is also its initials, when the lexicon has them as a role.
                    let words: Vec<&str> = r.split_whitespace().collect();
                    if words.len() >= 3 {
                        let tail = &words[words.len().saturating_sub(4)..];
                        for from in 0..tail.len().saturating_sub(2) {
                            let initials: String = tail[from..]
                                .iter()
                                .filter_map(|w| w.chars().next())
                                .collect::<String>()
                                .to_lower();
                            if lexicon::role_group(&initials) == Some(initials.as_str()) {
                                add(&initials);
                            }
                        }
                    }
                    *role_read = true;
                }
            }
            for a in &p.aliases[*aliases_read..] {
                add(a);
            }
            *aliases_read = p.aliases.len();
        }
    }

    fn vote(&mut self, person: usize, g: Option<names::Gender>) {
        let e = self.gender.entry(person).or_default();
        match g {
            Some(names::Gender::Male) => e.0 += 1,
            Some(names::Gender::Female) => e.1 += 1,
            None => {}
        }
    }

    /// The person's gender when the evidence leans one way.
    fn gender_of(&self, person: usize) -> Option<names::Gender> {
        self.told_gender(person)
            .or_else(|| self.first_gender.get(&person).copied())
    }

    /// The gender the text itself tells (titles, role words, pronouns), without first names.
    fn told_gender(&self, person: usize) -> Option<names::Gender> {
        let &(m, f) = self.gender.get(&person)?;
        match m.cmp(&f) {
            std::cmp::Ordering::Greater => Some(names::Gender::Male),
            std::cmp::Ordering::Less => Some(names::Gender::Female),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// Can a pronoun of gender `g` refer to this person?
    fn fits(&self, person: usize, g: Option<names::Gender>) -> bool {
        // "Liberal Democrats", "Senate Republicans": a name ending in a group's word
        // (`generic_heads`) is no "he" or "she".
        let group = || {
            let last = self.people[person]
                .name
                .rsplit(' ')
                .next()
                .unwrap_or_default();
            super::attribution::is_group_word(&last.to_lower())
        };
        !self.people[person].is_organisation
            && (g.is_none() || (self.gender_of(person).is_none_or(|x| Some(x) == g) && !group()))
    }

    fn person(&mut self, name: &str, role: Option<&str>, organisation: bool) -> usize {
        let organisation = organisation || names::is_organisation_name(name);
        // Only a phrase with a title noun is a role: "Mr." or "Mrs." alone says nothing of what
        // someone does.
        let tidied = role.and_then(super::role::tidy);
        let role = tidied.as_deref();
        // Drop sentence-initial common words from the front of a longer name.
        let words: Vec<&str> = name.split_whitespace().collect();
        let skip = if words.len() <= 2 {
            0
        } else {
            let lower_words = &mut self.lower_words;
            words
                .iter()
                .take_while(|w| with_lower(w, |l| lower_words.contains(l)))
                .count()
                .min(words.len() - 2)
        };
        // "Demonstrator Yusuf Karimi": a word before a known first name, itself none, describes
        // the person.
        let skip = if skip == 0
            && words.len() >= 3
            && names::is_first_name(words[1])
            && !names::is_first_name(words[0])
        {
            1
        } else {
            skip
        };
        let trimmed = words[skip..].join(" ");
        let name = if organisation { name } else { trimmed.as_str() };
        let last = name.split_whitespace().last().unwrap_or(name);
        let key = if organisation {
            format!("org:{}", name.to_lower())
        } else {
            names::fold(last)
        };
        // Two full names with the same surname and different first names are two people
        // (Bill and Hillary Clinton); a surname alone joins the one named last.
        let initial = first_initial(name);
        // "Mr. Obama …, the first lady, Michelle Obama": a first name of the other gender than
        // the text has told of a lone surname is someone else.
        let first_gender = (!organisation)
            .then(|| names::first_name_gender(name))
            .flatten();
        let known = self.by_key.get(&key).and_then(|cands| {
            cands.iter().rev().copied().find(|&i| {
                let same_initial = match (self.initials.get(i).copied().flatten(), initial) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                // Only a surname the text has not given a first name to.
                let other_gender = first_gender.is_some_and(|g| {
                    self.initials.get(i).copied().flatten().is_none()
                        && self.told_gender(i).is_some_and(|t| t != g)
                });
                same_initial && !other_gender
            })
        });
        if let Some(i) = known {
            self.roles.changed.push(i);
            let p = &mut self.people[i];
            // A fuller name replaces a surname-only one.
            let renamed = name.split_whitespace().count() > p.name.split_whitespace().count();
            if renamed {
                let old = std::mem::replace(&mut p.name, name.to_string());
                add_alias(p, &old);
                if let Some(x) = self.initials.get_mut(i) {
                    *x = initial;
                }
            } else {
                add_alias(p, name);
            }
            if renamed {
                self.index_name(i, false);
            }
            let p = &mut self.people[i];
            if let Some(r) = role.filter(|r| !r.is_empty()) {
                if p.role.is_none() {
                    p.role = Some(r.to_string());
                } else {
                    add_alias(p, r);
                }
            }
            return i;
        }
        let mut p = Person {
            name: name.to_string(),
            aliases: Vec::new(),
            role: role.filter(|r| !r.is_empty()).map(str::to_string),
            organisation: None,
            is_organisation: organisation,
            quote_count: 0,
        };
        if !organisation && name.contains(' ') {
            add_alias(&mut p, last);
        }
        if let Some(r) = &p.role.clone() {
            p.organisation = organisation_of(r);
            add_alias(&mut p, r);
        }
        self.people.push(p);
        self.initials.push(initial);
        self.index_name(self.people.len() - 1, true);
        self.by_key
            .entry(key)
            .or_default()
            .push(self.people.len() - 1);
        self.people.len() - 1
    }

    /// The person a name mention at byte `at` refers to: the same first initial for a full
    /// name; for a surname alone, the bearer named last before `at`.
    /// `lookup` for a mention whose title tells a gender ("Mr. Vance"): a namesake known to
    /// be of the other gender ("Clara Vance") is passed over.
    fn lookup_titled(&self, name: &str, at: usize, g: Option<names::Gender>) -> Option<usize> {
        let found = self.lookup(name, at)?;
        // "Mr. Trump" after "Ivana Trump", of whom the text tells no gender: the one namesake
        // known to be of the title's gender, not the one named last.
        if let Some(g) = g.filter(|&g| self.gender_of(found) != Some(g) && !name.contains(' ')) {
            let known: Vec<usize> = self
                .by_key
                .get(&names::fold(name))
                .into_iter()
                .flatten()
                .copied()
                .filter(|&p| self.fits(p, Some(g)) && self.gender_of(p) == Some(g))
                .collect();
            if let [only] = known.as_slice() {
                return Some(*only);
            }
        }
        let Some(g) = g.filter(|&g| !self.fits(found, Some(g)) && !name.contains(' ')) else {
            return Some(found);
        };
        let cands = self.by_key.get(&names::fold(name))?;
        let fitting = cands.iter().copied().filter(|&p| self.fits(p, Some(g)));
        let bound = self.mentions.partition_point(|m| m.at < at);
        self.mentioned_last(fitting.clone(), bound)
            .or_else(|| fitting.clone().next_back())
            .or(Some(found))
    }

    /// The organisation learned as this one word ("Quillsoft"), if any.
    fn one_word_organisation(&self, name: &str) -> Option<usize> {
        if name.contains(' ') {
            return None;
        }
        let cands = self.by_key.get(&format!("org:{}", name.to_lower()))?;
        cands.last().copied()
    }

    fn lookup(&self, name: &str, at: usize) -> Option<usize> {
        let last = name.split_whitespace().last()?;
        let Some(cands) = self.by_key.get(&names::fold(last)) else {
            return self.by_first_name(name, at);
        };
        if let Some(initial) = first_initial(name) {
            return cands.iter().copied().find(|&i| {
                // Each person's initial is kept as its name changes.
                let known = self.initials.get(i).copied();
                known
                    .unwrap_or_else(|| first_initial(&self.people[i].name))
                    .is_none_or(|c| c == initial)
            });
        }
        if cands.len() > 1 {
            let bound = self.mentions.partition_point(|m| m.at < at);
            if let Some(p) = self.mentioned_last(cands.iter().copied(), bound) {
                return Some(self.convention(cands, bound, at).unwrap_or(p));
            }
        }
        cands.last().copied()
    }

    /// Of namesakes `cands`, the one a surname alone at byte `at` names by the article's
    /// convention rather than the one named last: the one it called by the surname alone before
    /// it named any other ("Donald Trump … Trump said …", then "Ivanka Trump"), when the one
    /// named last was last named in an earlier paragraph. Within the paragraph that named them,
    /// the one named last stays.
    fn convention(&self, cands: &[usize], bound: usize, at: usize) -> Option<usize> {
        let first = |p: usize| self.mentions_of.get(p).and_then(|l| l.first().copied());
        let mut order: Vec<(usize, usize)> = cands
            .iter()
            .filter_map(|&p| first(p).map(|k| (k, p)))
            .collect();
        // The pairs are distinct (one per candidate), so any sort gives one order: the stable
        // one is the wasm's shared sort (`sorting`), where `sort_unstable` was 8 KB of quicksort.
        order.stable_sort();
        let (&(_, lead), &(second, _)) = (order.first()?, order.get(1)?);
        let before = self.mentions_of[lead].partition_point(|&k| k < second);
        if !self.mentions_of[lead][..before]
            .iter()
            .any(|&k| self.mentions[k].bare)
        {
            return None;
        }
        let last = cands
            .iter()
            .filter_map(|&p| {
                let list = self.mentions_of.get(p)?;
                let n = list.partition_point(|&k| k < bound);
                n.checked_sub(1).map(|i| list[i])
            })
            .max()?;
        let m = &self.mentions[last];
        if m.person == lead {
            return None;
        }
        // The text between: a blank line is a new paragraph; far enough, it surely is.
        let text = self.lower_words.text;
        let apart = at.saturating_sub(m.at) > PARAGRAPH_REACH
            || text
                .get(m.at..at)
                .is_some_and(|t| crate::analysis::substr::contains(t, "\n\n"));
        apart.then_some(lead)
    }
}

impl Registry<'_> {
    /// A first name alone ("Jordan said") for a person named in full before `at` (the one
    /// mentioned last, if several share it).
    fn by_first_name(&self, name: &str, at: usize) -> Option<usize> {
        if name.split_whitespace().count() != 1 {
            return None;
        }
        // Whoever `is_alias` accepts has `name` folded as surname or first name, so is in
        // `name_parts` under it.
        let words = names::name_words(name);
        let [word] = words.as_slice() else {
            return None;
        };
        let cands = self.name_parts.get(&names::fold(word))?;
        let bound = self.mentions.partition_point(|m| m.at < at);
        self.mentioned_last(
            cands.iter().copied().filter(|&p| {
                !self.people[p].is_organisation
                    && names::first_name(&self.people[p].name).is_some()
                    && names::is_alias(name, &self.people[p].name)
            }),
            bound,
        )
    }
}

/// Bytes past which two mentions are in different paragraphs without looking (see
/// `Registry::convention`), so that the search stays short.
const PARAGRAPH_REACH: usize = 2000;

fn add_alias(p: &mut Person, alias: &str) {
    let a = alias.trim();
    if !a.is_empty() && a != p.name && !p.aliases.iter().any(|x| x == a) {
        p.aliases.push(a.to_string());
    }
}

/// The institution a role names ("Kremlin spokesman" → "Kremlin").
fn organisation_of(role: &str) -> Option<String> {
    role.split_whitespace()
        .map(names::trim_possessives)
        .find(|w| {
            is_capitalized(w)
                && (lexicon::is_organisation_word(&w.to_lower()) || lexicon::place(w).is_some())
        })
        .map(|w| lexicon::place(w).unwrap_or(w).to_string())
}

/// The words a text writes in lower case, asked of the first word of every name of three words
/// or more. The first few questions search the text (most documents ask a few), as long as
/// the searches read no more than `SEARCH_BYTES` in all; after them the words are collected
/// into a set once, so a document of many names stays linear.
#[derive(Debug, Default)]
struct LowerWords<'t> {
    text: &'t str,
    searched: usize,
    set: Option<crate::analysis::fasthash::HashSet<&'t str>>,
}

impl LowerWords<'_> {
    const SEARCHES: usize = 16;
    const SEARCH_BYTES: usize = 128 * 1024;

    /// Whether the text writes `lower` (in lower case) as a word.
    fn contains(&mut self, lower: &str) -> bool {
        if self.set.is_none()
            && self.searched < Self::SEARCHES
            && (self.searched + 1) * self.text.len() <= Self::SEARCH_BYTES
        {
            self.searched += 1;
            return writes_word(self.text, lower);
        }
        let text = self.text;
        self.set
            .get_or_insert_with(|| lower_words(text))
            .contains(lower)
    }
}

fn is_word_char(c: char) -> bool {
    chars::is_alphanumeric(c) || c == '\'' || c == '\u{2019}'
}

/// Whether `word` is one of [`lower_words`] of `text`, by searching the text for it.
fn writes_word(text: &str, word: &str) -> bool {
    if !word.chars().next().is_some_and(char::is_lowercase)
        || !word.chars().all(is_word_char)
        || !crate::analysis::substr::contains(text, word)
    {
        return false;
    }
    // A match with a word character on either side is part of a longer word; such a match
    // never overlaps one that is a word of its own, so non-overlapping matches miss none.
    crate::analysis::substr::match_starts(text, word).any(|p| {
        !text
            .get(..p)
            .unwrap_or("")
            .chars()
            .next_back()
            .is_some_and(is_word_char)
            && !text
                .get(p + word.len()..)
                .unwrap_or("")
                .chars()
                .next()
                .is_some_and(is_word_char)
    })
}

/// The words `text` writes in lower case (for `Registry::lower_words`).
/// Its words are the runs of letters, digits and apostrophes (one walk over the bytes, ASCII
/// tested without the Unicode tables).
fn lower_words(text: &str) -> crate::analysis::fasthash::HashSet<&str> {
    use crate::analysis::fasthash::HashSetExt;
    // About one distinct word in eight bytes of news: room made once, not grown.
    let mut set = crate::analysis::fasthash::HashSet::with_capacity(text.len() / 8);
    let bytes = text.as_bytes();
    // Characters beyond ASCII as (character, in a word, lower case), from the Unicode tables
    // once per character and slot: a text in another script repeats a few dozen letters.
    let mut seen = [('\0', false, false); 64];
    // The character at `i`, its length, whether it belongs to a word and is lower case.
    let mut at = |i: usize| -> (usize, bool, bool) {
        let b = bytes[i];
        if b.is_ascii() {
            return (
                1,
                b.is_ascii_alphanumeric() || b == b'\'',
                b.is_ascii_lowercase(),
            );
        }
        let c = text
            .get(i..)
            .unwrap_or("")
            .chars()
            .next()
            .unwrap_or_default();
        let slot = &mut seen[c as usize % 64];
        if slot.0 != c {
            *slot = (c, is_word_char(c), c.is_lowercase());
        }
        (c.len_utf8(), slot.1, slot.2)
    };
    let mut i = 0;
    while i < bytes.len() {
        let (len, in_word, lower) = at(i);
        if !in_word {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        while i < bytes.len() {
            let (len, in_word, _) = at(i);
            if !in_word {
                break;
            }
            i += len;
        }
        if lower {
            set.insert(text.get(start..i).unwrap_or(""));
        }
    }
    set
}

/// Does byte `at` of `text` open a sentence: only spaces, opening quotation marks, brackets or
/// dashes between it and the start of the text, a line break, or the end of a sentence
/// (".", "!", "?", ":", also before a closing quotation mark)?
fn opens_sentence(text: &str, at: usize) -> bool {
    let mut before = text.get(..at).unwrap_or_default().chars().rev().peekable();
    while let Some(c) = before.next() {
        match c {
            '\n' => return true,
            '.' | '!' | '?' | ':' => return true,
            c if c.is_whitespace() => {}
            '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{2014}' | '\u{2013}' | '-' => {}
            // A closing mark ends a sentence after its stop ("… win.” Small …"); a straight
            // one after a space opens a quotation.
            '"' | '\'' | '\u{201d}' | '\u{2019}' => match before.peek() {
                Some('.' | '!' | '?') => return true,
                Some(p) if p.is_whitespace() && matches!(c, '"' | '\'') => {}
                None => return true,
                Some(_) => return false,
            },
            _ => return false,
        }
    }
    true
}

/// Scans the text for full names with their titles and appositives.
/// `sentences` and `tokens`: each paragraph's sentences and tokens; a sentence's tokens are
/// those starting inside it (no token runs over the space that ends a sentence).
fn scan_names(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Vec<Range<usize>>],
    tokens: &[Vec<Word>],
    quoted: &[Range<usize>],
    reg: &mut Registry<'_>,
) {
    // A sentence's tokens outside quotations, the one vector reused for every sentence.
    let mut toks: Vec<Word> = Vec::new();
    let mut facts = WordFacts::default();
    for (pi, para) in paragraphs.iter().enumerate() {
        let para_tokens = tokens.get(pi).map_or(&[][..], Vec::as_slice);
        for sentence in sentences
            .get(pi)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .cloned()
        {
            let from = para_tokens.partition_point(|t| t.start < sentence.start);
            let to = para_tokens.partition_point(|t| t.start < sentence.end);
            toks.clear();
            toks.extend(para_tokens[from..to.max(from)].iter().copied().filter(|t| {
                // `quoted` is sorted: the one range that could hold this token.
                let k = quoted.partition_point(|q| q.end < t.end);
                !quoted
                    .get(k)
                    .is_some_and(|q| q.start <= t.start && t.end <= q.end)
            }));
            // Title Case lines (headlines, teasers, captions) capitalise every word: no names
            // to learn. Numbers ("(9/17/16)") are not counted either way.
            let lettered = |t: &&Word| {
                t.is_word
                    && t.text(text)
                        .chars()
                        .next()
                        .is_some_and(chars::is_alphabetic)
            };
            let words = toks.iter().filter(lettered).count();
            let caps = toks
                .iter()
                .filter(|t| lettered(t) && is_capitalized(t.text(text)))
                .count();
            // A short one is a title when it is a paragraph of its own without a stop ("Plan
            // Divides Fans"), not a sentence ("Ana Ruiz won.").
            let title_line = words >= 3
                && caps == words
                && text.get(sentence.clone()).unwrap_or("").trim()
                    == text.get(para.clone()).unwrap_or("").trim()
                && !text
                    .get(para.clone())
                    .unwrap_or("")
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '\u{201d}']);
            if (words >= 5 && caps * 10 >= words * 7) || title_line {
                continue;
            }
            let mut first_in_sentence = true;
            // "Asked whether he had spoken to referee Colin Marsh, Greaves said": a name in an
            // opening participle's clause is no subject; the subject follows its comma.
            let word = |k: usize| toks.get(k).filter(|t| t.is_word).map(|t| t.text(text));
            let opener = word(0)
                .filter(|w| {
                    (w.ends_with("ed") || w.ends_with("ing"))
                        && names::is_common_word(w)
                        && word(1).is_some_and(|n| !is_capitalized(n))
                })
                .and_then(|_| toks.iter().position(|t| t.text(text) == ","));
            let past_opener = |i: usize| opener.is_none_or(|o| i > o);
            let mut i = 0;
            while i < toks.len() {
                let w = text::word(&toks, i).text(text);
                if let Some(e) = organisation_at(text, &toks, i, &mut facts) {
                    // "The Northfield Residents' Association", "the Royal College of Nursing":
                    // an organisation named whole, referred to later as "the association".
                    let name = text
                        .get(text::word(&toks, i).start..text::word(&toks, i + e - 1).end)
                        .unwrap_or("");
                    reg.organisation_mention(
                        name,
                        text::word(&toks, i).start,
                        pi,
                        first_in_sentence && past_opener(i),
                    );
                    first_in_sentence &= !past_opener(i);
                    i += e;
                    continue;
                }
                if !(text::word(&toks, i).is_word && is_capitalized(w) && facts.of(w).name_word) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < toks.len()
                    && text::word(&toks, j).is_word
                    && names::continues_name(
                        text::word(&toks, j).text(text),
                        toks.get(j + 1).filter(|t| t.is_word).map(|t| t.text(text)),
                    )
                    && text::word(&toks, j).start - text::word(&toks, j - 1).end <= 1
                {
                    j += 1;
                }
                let org_word = |k: usize| {
                    toks.get(k).is_some_and(|t| {
                        let w = t.text(text);
                        t.is_word && is_capitalized(w) && lexicon::is_organisation_word(&bare(w))
                    })
                };
                let word = |k: usize| toks.get(k).filter(|t| t.is_word).map(|t| t.text(text));
                let brand_surname =
                    j == i + 1 && word(j).is_some_and(|b| names::brand_surname(w, b, word(j + 1)));
                // "Mark Cuban said", "Judith French, a developer": an adjective of nationality
                // after a name's words, before a verb or punctuation, is a surname ("Trump
                // Muslim ban" stays an adjective before its noun).
                let demonym_surname = !brand_surname
                    && toks
                        .get(j)
                        .is_some_and(|t| t.is_word && is_demonym(t.text(text)))
                    && lexicon::place(text::word(&toks, i).text(text)).is_none()
                    && !names::is_title(text::word(&toks, i).text(text))
                    && toks.get(j + 1).is_none_or(|t| {
                        let w = t.text(text);
                        (!t.is_word && matches!(w, "," | "." | ";" | ")"))
                            || (t.is_word
                                && (lexicon::cue(w).is_some() || lexicon::is_auxiliary(w)))
                    });
                if brand_surname || demonym_surname {
                    j += 1;
                }
                let institution = !brand_surname && org_word(j);
                let words: Vec<&str> = toks[i..j].iter().map(|t| t.text(text)).collect();
                // "Maybe Trump will …", "Several Cruz supporters …": an ordinary word opening
                // the sentence before the name of someone already known is no part of it.
                if words.len() >= 2
                    && toks[..i].iter().all(|t| !t.is_word)
                    && reg.ordinary(words[0])
                    && reg
                        .lookup(&words[1..].join(" "), text::word(&toks, i + 1).start)
                        .is_some_and(|p| !reg.people[p].is_organisation)
                {
                    i += 1;
                    continue;
                }
                if institution {
                    // "The Harbour Transit Union": the organisation is named, and may be
                    // referred to later as "the union" or "it".
                    let mut e = j;
                    while org_word(e) {
                        e += 1;
                    }
                    let name: Vec<&str> = toks[i..e].iter().map(|t| t.text(text)).collect();
                    let name = name.join(" ");
                    if lexicon::place(&words.join(" ")).is_none() && !name.ends_with("'s") {
                        reg.organisation_mention(
                            &name,
                            text::word(&toks, i).start,
                            pi,
                            first_in_sentence,
                        );
                    }
                    first_in_sentence = false;
                    i = e;
                    continue;
                }
                if lexicon::place(&words.join(" ")).is_some()
                    || holidays().contains(words.join(" ").to_lower().as_str())
                    || (words.len() >= 2
                        && words
                            .last()
                            .is_some_and(|w| street_words().contains(w.to_lower().as_str())))
                {
                    first_in_sentence = false;
                    i = j;
                    continue;
                }
                let possessive = words
                    .last()
                    .is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"));
                let name = words
                    .iter()
                    .map(|w| names::trim_possessives(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                // "Liberal Democrat councillor Nia Evans", "Clinton spokesman Brian Fallon": a
                // capitalised phrase before a lower-case title and the name after it modifies
                // the title; it is no new person, and the sentence's subject is the name.
                let is_title_word = |t: &Word| {
                    let w = t.text(text);
                    t.is_word
                        && !is_capitalized(w)
                        && (names::is_title(w) || lexicon::role_group(w).is_some())
                };
                // "Maharashtra industries minister Sunil Deshpande", "Trump campaign chairman
                // Paul Manafort": after one capitalised word, a lower-case word or two of the
                // office may stand between them; never a verb ("Voss met minister Ivo Rees").
                let office = |k: usize| {
                    toks.get(k).is_some_and(|t| {
                        let w = t.text(text);
                        t.is_word
                            && j == i + 1
                            && !is_capitalized(w)
                            && !super::attribution::main_verb_pasts().contains(w)
                            && !is_title_word(t)
                            && !w.ends_with("ed")
                            && !names::is_stopword(w)
                            && lexicon::cue(w).is_none()
                            && !lexicon::is_auxiliary(w)
                    })
                };
                let mut t0 = j;
                while t0 < j + 2 && office(t0) {
                    t0 += 1;
                }
                let before_title = toks.get(t0).is_some_and(is_title_word);
                let modifier = before_title && {
                    let mut k = t0;
                    while toks.get(k).is_some_and(is_title_word) {
                        k += 1;
                    }
                    toks.get(k)
                        .is_some_and(|t| t.is_word && names::is_name_word(t.text(text)))
                };
                // "Retired U.S. Air Force Gen. Ada Moss", "Coast Guard Capt. Ines Duarte": a
                // capitalised phrase before a capitalised title (its stop included) and a name
                // is the service the title belongs to, no person.
                let modifier = modifier || {
                    let mut k = j;
                    while toks.get(k).is_some_and(|t| {
                        let w = t.text(text);
                        (t.is_word && is_capitalized(w) && names::is_title(w))
                            || (k > j && w == ".")
                    }) {
                        k += 1;
                    }
                    // "Martin Luther King Jr.": a title before a suffix is a surname.
                    k > j
                        && toks.get(k).is_some_and(|t| {
                            let w = t.text(text);
                            t.is_word && names::is_name_word(w) && !names::is_suffix(w)
                        })
                };
                // "Mr. Obama dismissed the criticism", "Coach Varga said": after an honorific a
                // lone surname names a person even when the text never gives the full name.
                let honorific = words.len() == 1
                    && !modifier
                    && i > 0
                    && text::word(&toks, i - 1).is_word
                    && is_capitalized(text::word(&toks, i - 1).text(text))
                    && honorifics().contains(
                        bare(text::word(&toks, i - 1).text(text))
                            .to_lower()
                            .as_str(),
                    )
                    && reg.lookup(&name, text::word(&toks, i).start).is_none();
                let person = if honorific {
                    // "President Obama": the honorific is the role when it names one.
                    let title = text::word(&toks, i - 1).text(text).trim_end_matches('.');
                    Some(reg.person(&name, Some(title), false))
                } else if words.len() >= 2 && !modifier {
                    let role = if possessive {
                        None
                    } else {
                        role_around(text, &toks, i, j)
                    };
                    // "Riverside Timber will close its mill": a subject its own predicate
                    // refers back to with "its" is an organisation.
                    let its = first_in_sentence
                        && !possessive
                        && role.is_none()
                        && names::first_name_gender(&name).is_none()
                        && reg.lookup(&name, text::word(&toks, i).start).is_none()
                        && refers_back_with_its(text, &toks[j..]);
                    Some(reg.person(&name, role.as_deref(), its))
                } else {
                    // "Mr. Vance": the namesake of the title's gender.
                    let titled = i
                        .checked_sub(1)
                        .and_then(|k| names::gender_of_word(text::word(&toks, k).text(text)));
                    let at = text::word(&toks, i).start;
                    match reg.lookup_titled(&name, at, titled) {
                        Some(p) => Some(p).filter(|&p| !reg.people[p].is_organisation),
                        // The one word an organisation was learned as ("Quillsoft, the …
                        // maker, …" / "Shares in Quillsoft rose").
                        None if words.len() == 1 && reg.one_word_organisation(&name).is_some() => {
                            reg.one_word_organisation(&name)
                        }
                        // "Quillsoft, the accounting software maker, will cut …": one word
                        // described as an organisation is one.
                        // "Brightwave chief executive Lena Sorensen": one word before a
                        // company officer's title is the company.
                        None if words.len() == 1
                            && !possessive
                            && names::first_name_gender(&name).is_none()
                            && lexicon::place(&name).is_none()
                            && (described_as_organisation(text, &toks[j..])
                                || (modifier && company_officer(text, &toks[t0..]))) =>
                        {
                            Some(reg.person(&name, None, true))
                        }
                        None => None,
                    }
                };
                if let Some(p) = person {
                    reg.mention(NameMention {
                        at: text::word(&toks, i).start,
                        paragraph: pi,
                        person: p,
                        subject: first_in_sentence && !possessive && !modifier && past_opener(i),
                        bare: words.len() == 1,
                    });
                    if !possessive && !modifier && !reg.people[p].is_organisation {
                        // "Her collaborator, Joseph Nkemelu, said she had …": a pronoun after
                        // the name that its usual first name contradicts is someone else's,
                        // unless a title before the name tells ("Ms Jean Park … she").
                        let fg = names::first_name_gender(&name);
                        let titled = i > 0
                            && names::gender_of_word(text::word(&toks, i - 1).text(text)).is_some();
                        let g = gender_around(text, &toks, i, j)
                            .filter(|&g| titled || fg.is_none_or(|f| f == g));
                        reg.vote(p, g);
                        if let Some(fg) = fg {
                            reg.first_gender.insert(p, fg);
                        }
                    }
                }
                // "Conservative councillor Margaret Ellwood said", "Health minister Gareth
                // Lloyd": a capitalised word that is nobody, before a lower-case title, leaves
                // the subject to the name after the title.
                if !modifier && (person.is_some() || !before_title) && past_opener(i) {
                    first_in_sentence = false;
                }
                i = j;
            }
        }
    }
}

/// Is the lower-case title here a company officer's ("chief executive", "founder", "CFO")?
fn company_officer(text: &str, toks: &[Word]) -> bool {
    toks.iter()
        .take(3)
        .take_while(|t| t.is_word && !is_capitalized(t.text(text)))
        .any(|t| {
            matches!(
                lexicon::role_group(&t.text(text).to_lower()),
                Some("ceo" | "cfo" | "coo" | "cto" | "cio" | "cmo")
            )
        })
}

/// Does an appositive after a name describe an organisation (", the accounting software
/// maker,", ", a Lagos-based payments company,")?
fn described_as_organisation(text: &str, toks: &[Word]) -> bool {
    let word = |k: usize| toks.get(k).map(|t| (t.is_word, t.text(text)));
    if word(0) != Some((false, ",")) {
        return false;
    }
    if !matches!(word(1), Some((true, "the" | "a" | "an"))) {
        return false;
    }
    for k in 2..8 {
        match word(k) {
            Some((false, ",")) => {
                return k > 2
                    && word(k - 1).is_some_and(|(_, w)| {
                        // "a property developer", "a landlord": a person's trade too.
                        let w = w.to_lower();
                        lexicon::is_organisation_description(&w) && !lexicon::is_occupation(&w)
                    });
            }
            Some((true, w)) if !is_capitalized(w) || w.contains('-') => {}
            Some((false, "-")) => {}
            _ => return false,
        }
    }
    false
}

/// Is the first third-person pronoun of a short predicate (no verb of speech before it, no
/// other name) "its"?
fn refers_back_with_its(text: &str, toks: &[Word]) -> bool {
    for t in toks.iter().take(8) {
        let w = t.text(text);
        if !t.is_word {
            if matches!(w, "," | ";" | ":" | "(") {
                return false;
            }
            continue;
        }
        let l = w.to_lower();
        if l == "its" {
            return true;
        }
        if is_capitalized(w)
            || lexicon::cue(&l).is_some()
            || matches!(
                l.as_str(),
                "he" | "she" | "they" | "it" | "his" | "her" | "their" | "him" | "them"
            )
        {
            return false;
        }
    }
    false
}

/// What the scan asks of every capitalised token, worked out once per distinct word of the
/// document (each asks the lexicon several look-ups).
#[derive(Default)]
struct WordFacts<'t> {
    known: crate::analysis::fasthash::HashMap<&'t str, Facts>,
}

#[derive(Clone, Copy)]
struct Facts {
    stopword: bool,
    name_word: bool,
}

impl<'t> WordFacts<'t> {
    fn of(&mut self, w: &'t str) -> Facts {
        *self.known.entry(w).or_insert_with(|| Facts {
            stopword: names::is_stopword(w),
            name_word: names::is_name_word(w),
        })
    }
}

/// The length in tokens of an organisation's name that opens at token `i`, by
/// [`names::organisation_len`] over the words and plural-possessive apostrophes there.
fn organisation_at<'t>(
    text: &'t str,
    toks: &[Word],
    i: usize,
    facts: &mut WordFacts<'t>,
) -> Option<usize> {
    let w = toks.get(i)?.text(text);
    if !text::word(toks, i).is_word || !is_capitalized(w) || facts.of(w).stopword {
        return None;
    }
    let mut words = [""; 14];
    let mut n = 0;
    for t in &toks[i..toks.len().min(i + 14)] {
        let w = t.text(text);
        if !(w.chars().next().is_some_and(chars::is_alphanumeric)
            || matches!(w, "'" | "\u{2019}" | "&" | ","))
        {
            break;
        }
        words[n] = w;
        n += 1;
    }
    names::organisation_len(&words[..n])
}

/// The gender the words around a name give it: a title just before it ("Mrs.", "spokesman")
/// or the first third-person pronoun after it in its sentence, unless another name comes
/// first ("Nadia Perez was on her way" → Female).
fn gender_around(text: &str, toks: &[Word], start: usize, end: usize) -> Option<names::Gender> {
    if let Some(g) = start
        .checked_sub(1)
        .and_then(|k| names::gender_of_word(text::word(toks, k).text(text)))
    {
        return Some(g);
    }
    for t in toks.iter().skip(end).take(24) {
        let w = t.text(text);
        if !t.is_word {
            continue;
        }
        if let Some(g) = names::pronoun_gender(w) {
            return Some(g);
        }
        if is_capitalized(w) && names::is_name_word(w) {
            return None;
        }
    }
    None
}

/// The role written around a name: titles before it ("Kremlin spokesperson", "U.S. Secretary
/// of State"), or an appositive after it (", the Kremlin spokesman,") or before it
/// ("Putin's press secretary, ").
fn role_around(text: &str, toks: &[Word], start: usize, end: usize) -> Option<String> {
    let mut k = start;
    while k > 0 {
        let t = text::word(toks, k - 1);
        let w = t.text(text);
        let b = bare(w);
        let title = t.is_word
            && (names::is_title(&b)
                || lexicon::role_group(&b).is_some()
                || (is_capitalized(w)
                    && (lexicon::is_organisation_word(&b) || lexicon::place(w).is_some()))
                || (b == "of" && k >= 2 && start - k < 5)
                // An adjective on a lower-case title: "regional governor", "former minister".
                || (k < start
                    && !is_capitalized(text::word(toks, k).text(text))
                    && lexicon::role_group(&bare(text::word(toks, k).text(text))).is_some()
                    && (["al", "an", "ern", "ish", "ese", "ior", "ty"].iter().any(|x| b.ends_with(x))
                        || role_adjectives().contains(b.as_str())))
                // A noun on a lower-case title: "harbour master", "campaign chairman".
                || (k < start
                    && !is_capitalized(w)
                    && !is_capitalized(text::word(toks, k).text(text))
                    && lexicon::role_group(&bare(text::word(toks, k).text(text))).is_some()
                    && lexicon::cue(&b).is_none()
                    && !not_modifiers().contains(b.as_str()))
                || w.ends_with("'s")
                || w.ends_with("\u{2019}s"));
        if !title {
            break;
        }
        k -= 1;
    }
    while k < start && bare(text::word(toks, k).text(text)) == "of" {
        k += 1;
    }
    if k < start {
        return Some(
            text.get(text::word(toks, k).start..text::word(toks, start - 1).end)
                .unwrap_or("")
                .to_string(),
        );
    }
    // ", the Kremlin spokesman," after the name.
    if end + 1 < toks.len() && text::word(toks, end).text(text) == "," {
        let mut m = end + 1;
        if matches!(text::word(toks, m).text(text), "the" | "a" | "an") {
            m += 1;
        }
        let from = m;
        let relative = |x: usize| {
            matches!(
                text::word(toks, x).text(text),
                "who" | "whose" | "which" | "that"
            )
        };
        while m < toks.len()
            && (text::word(toks, m).is_word || plural_possessive(text, toks, m))
            && !(m > from && relative(m))
            && m - from < 8
        {
            m += 1;
        }
        // Any title noun (a role group, a title head or an occupation: ", a nurse at the
        // clinic,"); `tidy` keeps only a phrase that holds one. A relative clause after the
        // title is no part of it (", a strategist for the party whose firm …").
        let roles: Vec<usize> = (from..m)
            .filter(|&x| super::role::is_role_noun(text::word(toks, x).text(text)))
            .collect();
        let has_role = !roles.is_empty();
        // ", climate activist Tom Steyer," names someone else by his title.
        let names_another = roles.iter().any(|&x| {
            x + 1 < m
                && !is_capitalized(text::word(toks, x).text(text))
                && is_capitalized(text::word(toks, x + 1).text(text))
        });
        let closed =
            m == toks.len() || matches!(text::word(toks, m).text(text), "," | ".") || relative(m);
        if has_role && !names_another && m > from && closed {
            return Some(
                text.get(text::word(toks, from).start..text::word(toks, m - 1).end)
                    .unwrap_or("")
                    .to_string(),
            );
        }
    }
    // "Putin's press secretary, Dmitry Peskov"
    if start >= 2 && text::word(toks, start - 1).text(text) == "," {
        let mut m = start - 1;
        let to = m;
        while m > 0 && text::word(toks, m - 1).is_word && to - m < 6 {
            m -= 1;
        }
        let has_role =
            (m..to).any(|x| lexicon::role_group(&bare(text::word(toks, x).text(text))).is_some());
        if has_role && m < to {
            let s = strip_determiner(
                text.get(text::word(toks, m).start..text::word(toks, to - 1).end)
                    .unwrap_or(""),
            )
            .to_string();
            if !s.is_empty() {
                return Some(s);
            }
        }
    }
    None
}

/// Is token `k` the apostrophe of a plural possessive ("the nurses' union", "the players'
/// association"): right after a word ending in "s", before a word?
fn plural_possessive(text: &str, toks: &[Word], k: usize) -> bool {
    let (Some(prev), Some(t), Some(next)) = (
        k.checked_sub(1).and_then(|j| toks.get(j)),
        toks.get(k),
        toks.get(k + 1),
    ) else {
        return false;
    };
    matches!(t.text(text), "'" | "\u{2019}")
        && prev.is_word
        && prev.end == t.start
        && prev.text(text).ends_with(['s', 'S'])
        && next.is_word
        && next.start > t.end
}

/// The people of a document and, for each claim of attribution, the person who made it.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// The document's one table of people; the ids below index into it.
    pub people: Vec<Person>,
    /// For each claim (in the order given to [`resolve`]), its speaker's id, if any.
    pub of_claim: Vec<Option<usize>>,
    /// For each claim, the people who speak together ("they", "the two" after two people
    /// named together), in the order named; empty when one person or nobody speaks.
    pub groups: Vec<Vec<usize>>,
}

/// Does a quotation set apart as no one's words read as the name of a work or a named term
/// ("Harvest Moon", "the Big Thirst": a few words, the longer ones capitalised)? A longer
/// set-apart sentence keeps its names, which later pronouns and surnames refer to.
fn names_a_work(quoted: &str) -> bool {
    let words: Vec<&str> = quoted.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && words
            .iter()
            .filter(|w| w.chars().filter(|&c| chars::is_alphabetic(c)).count() >= 4)
            .all(|w| is_capitalized(w))
}

/// Builds the document's people and finds the person behind each claim of attribution.
/// Names inside quotations and inside titles of works and named terms that attribution set
/// apart as no one's words ("Harvest Moon", "the Big Thirst") are not learned as people.
pub fn resolve(text: &str, paragraphs: &[Range<usize>], attributed: &Attributed) -> Resolved {
    let sentences: Vec<Vec<Range<usize>>> = paragraphs
        .iter()
        .map(|p| text::sentences(text, p.clone()))
        .collect();
    resolve_with(text, paragraphs, &sentences, attributed)
}

/// [`resolve`] with each paragraph's sentences (`text::sentences`) found already: the pipeline
/// finds them once for people and stance.
pub fn resolve_with(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Vec<Range<usize>>],
    attributed: &Attributed,
) -> Resolved {
    let found = &attributed.found[..];
    let mut reg = Registry {
        lower_words: LowerWords {
            text,
            ..LowerWords::default()
        },
        ..Registry::default()
    };
    let mut quoted: Vec<Range<usize>> = found
        .iter()
        .filter(|f| f.kind != QuoteKind::Indirect)
        .flat_map(|f| f.segments.iter().cloned())
        .chain(
            attributed
                .unattributed
                .iter()
                .filter(|u| names_a_work(&u.text))
                .map(|u| u.start..u.end),
        )
        .collect();
    quoted.stable_sort_by_key(|r| r.start);
    scan_names(
        text,
        paragraphs,
        sentences,
        &attributed.tokens,
        &quoted,
        &mut reg,
    );

    let mut of_claim: Vec<Option<usize>> = Vec::with_capacity(found.len());
    let mut groups: Vec<Vec<usize>> = Vec::with_capacity(found.len());
    let mut last = Speakers::default();
    for (k, f) in found.iter().enumerate() {
        let group = match f.via {
            Via::Mention => f
                .mention
                .as_ref()
                .and_then(|m| group_antecedent(m, f.paragraph, &reg))
                .unwrap_or_default(),
            Via::SameParagraph(j) if j < k => groups[j].clone(),
            _ => Vec::new(),
        };
        let person = match f.via {
            _ if !group.is_empty() => None,
            Via::Mention => f
                .mention
                .clone()
                .and_then(|m| resolve_mention(&m, f.paragraph, &mut reg, last)),
            Via::SameParagraph(j) if j < k => of_claim[j],
            Via::SameParagraph(_) => None,
            Via::Carried if last.unnamed.is_some() => None,
            Via::Carried => last
                .any
                .filter(|&(_, para)| f.paragraph <= para + 2)
                .map(|(p, _)| p),
            Via::Repeats(_) | Via::Nothing => None,
        };
        // "One victim, who asked not to be named, said …": the latest speaker is nobody the
        // text names; "she said" after it is that person too, not someone named earlier.
        let spokes = f.via == Via::Mention
            && f.mention
                .as_ref()
                .is_some_and(|m| unnamed_spokesperson(&m.text));
        match person {
            Some(_) => last.unnamed = None,
            None if f.via == Via::Mention
                && f.mention.as_ref().is_some_and(|m| unnamed_person(&m.text)) =>
            {
                last.unnamed = Some(f.paragraph)
            }
            None => {}
        }
        if let Some(m) = f
            .mention
            .as_ref()
            .filter(|_| spokes && person.is_none_or(|p| reg.people[p].is_organisation))
        {
            let g = m.text.split_whitespace().find_map(names::gender_of_word);
            last.spokes = Some((person, f.paragraph, m.end, g));
        } else if f.via == Via::Mention && person.is_some() {
            last.spokes = None;
        }
        of_claim.push(person);
        for &p in &group {
            reg.people[p].quote_count += 1;
        }
        groups.push(group);
        // A possessive source ("Trump's remarks calling …") is reported within another
        // speaker's sentence: it does not become the person the text is quoting.
        let embedded = f
            .mention
            .as_ref()
            .is_some_and(|m| m.text.ends_with("'s") || m.text.ends_with("\u{2019}s"));
        if let Some(p) = person.filter(|_| !embedded) {
            // A quotation over several paragraphs is recent as of its last one.
            let end = f.end();
            let para = paragraphs.partition_point(|r| r.end < end).max(f.paragraph);
            if let Some((q, _)) = last.any.filter(|&(q, _)| q != p) {
                last.before_any = Some((q, last.any_span.0, last.any_span.1));
            }
            last.any = Some((p, para));
            last.any_span = (f.start(), end);
            last.asked = f.cue.as_ref().is_some_and(|c| {
                c.text
                    .split_whitespace()
                    .any(|w| with_lower(w, |l| question_cues().contains(l)))
            });
            if f.kind != QuoteKind::Indirect {
                last.quoted = Some((p, para));
            }
        }
        if let Some(p) = person {
            reg.people[p].quote_count += 1;
        }
    }
    // A sub-heading takes the speaker of the quotation it repeats, found later.
    for k in 0..found.len() {
        if let Via::Repeats(j) = found[k].via {
            of_claim[k] = of_claim.get(j).copied().flatten();
            if let Some(p) = of_claim[k] {
                reg.people[p].quote_count += 1;
            }
            groups[k] = groups.get(j).cloned().unwrap_or_default();
            for &p in &groups[k] {
                reg.people[p].quote_count += 1;
            }
        }
    }
    Resolved {
        people: reg.people,
        of_claim,
        groups,
    }
}

/// Are the names at `a` and `b` two items of one list, joined by `word` (" and ", ", "): the
/// first name's rest (capitalised words, an age), the joining word, at most a few words of
/// the second's title; no sentence or quotation in between.
fn joined(text: &str, a: usize, b: usize, word: &str) -> bool {
    // Far apart, no search: in a text without stops the two can be the whole text apart.
    let Some(between) = text.get(a..b).filter(|between| between.len() <= 120) else {
        return false;
    };
    let Some(i) = crate::analysis::substr::rfind(between, word) else {
        return false;
    };
    !between.contains(['"', '\u{201c}', '\u{201d}', ';', '?', '!', '\n'])
        && !crate::analysis::substr::contains(between, ". ")
        && between
            .get(..i)
            .unwrap_or("")
            .split_whitespace()
            .all(|w| is_capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit()))
        && between.get(..i).unwrap_or("").split_whitespace().count() <= 6
        && between
            .get(i + word.len()..)
            .unwrap_or("")
            .split_whitespace()
            .count()
            <= 3
}

/// "Mayor Ana Ruiz and Councillor Tom Bell met residents. They said …", "… both said": the
/// people a group mention stands for, when the last names before it are two or three people
/// joined by "and" (", " between the first of three) as a sentence's subject, in this
/// paragraph or the one before, and nobody has been named since. Otherwise none: "they" is
/// then an institution, "the two" nobody.
fn group_antecedent(mention: &Span, paragraph: usize, reg: &Registry<'_>) -> Option<Vec<usize>> {
    let said = mention.text.trim().to_lower();
    if !group_mentions().contains(said.as_str()) {
        return None;
    }
    let text = reg.lower_words.text;
    let before = &reg.mentions[..reg.mentions.partition_point(|m| m.at < mention.start)];
    let person = |m: &NameMention| !reg.people[m.person].is_organisation;
    let joined = |a: &NameMention, b: &NameMention, word: &str| joined(text, a.at, b.at, word);
    // Names after the pair in its own sentence ("… toured the Elm Court towers") are objects,
    // passed over; a name in a later sentence ends the search.
    let same_sentence = |a: usize, b: usize| {
        text.get(a..b).is_some_and(|t| {
            !t.contains(['"', '\u{201c}', '\u{201d}', '\n', '?', '!'])
                && !crate::analysis::substr::contains(t, ". ")
        })
    };
    let mut n = before.len();
    while n >= 3
        && !joined(&before[n - 2], &before[n - 1], " and ")
        && !before[n - 1].subject
        && same_sentence(before[n - 2].at, before[n - 1].at)
    {
        n -= 1;
    }
    let before = &before[..n];
    let [.., m1, m2] = before else {
        return None;
    };
    if !person(m1) || !person(m2) || m1.person == m2.person || m2.paragraph + 1 < paragraph {
        return None;
    }
    if !joined(m1, m2, " and ") {
        return None;
    }
    // "Jo Park, Lee Chan and Sam Ito": a third name before, joined by a comma.
    let m0 = before
        .len()
        .checked_sub(3)
        .map(|i| &before[i])
        .filter(|m0| person(m0) && m0.person != m1.person && m0.person != m2.person)
        .filter(|m0| m0.paragraph == m1.paragraph && joined(m0, m1, ", "));
    let first = m0.unwrap_or(m1);
    // The subject: the first name of its sentence, or after a short description of the
    // people ("Tenant organisers Mira Dahl and …"): at most two words and no comma between
    // the sentence's opening (a line break, a quotation mark or ". ") and the first name,
    // read backwards from the name only as far as it takes to tell (a text without stops
    // would otherwise be searched back to its start for every group mention).
    let described = || {
        let Some(t) = text.get(..first.at) else {
            return false;
        };
        let b = t.as_bytes();
        let mut words = 0;
        let mut after_space = true;
        for (i, c) in t.char_indices().rev() {
            if matches!(c, '\n' | '"' | '\u{201d}') || (c == ' ' && i > 0 && b[i - 1] == b'.') {
                break;
            }
            if c == ',' {
                return false;
            }
            let space = c.is_whitespace();
            if !space && after_space {
                words += 1;
                if words > 2 {
                    return false;
                }
            }
            after_space = space;
        }
        true
    };
    if !first.subject && !described() {
        return None;
    }
    Some(m0.into_iter().chain([m1, m2]).map(|m| m.person).collect())
}

/// "One victim", "a neighbour, who asked not to be named", "an elderly woman": a person
/// introduced without a name (an indefinite phrase of lower-case words).
/// "A spokeswoman", "a government spokesman", "a spokesperson for the council": an
/// unnamed person speaking for an organisation.
fn unnamed_spokesperson(mention: &str) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    matches!(
        words.first().map(|w| w.to_lower()).as_deref(),
        Some("a" | "an")
    ) && words.iter().skip(1).take(5).any(|w| {
        lexicon::role_group(&bare(w)) == Some("spokesperson") && !bare(w).starts_with("secretary")
    })
}

fn unnamed_person(mention: &str) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    matches!(
        words.first().map(|w| w.to_lower()).as_deref(),
        Some("a" | "an" | "one")
    ) && words.len() >= 2
        && words[1..].iter().all(|w| !is_capitalized(w))
        // "issued a statement saying …": a document is nobody.
        && !words
            .last()
            .is_some_and(|w| document_nouns().contains(bare(w).as_str()))
        && classify(mention) == Mention::Generic
}

/// The latest speakers as (person, paragraph): of a quotation, and of anything (reported
/// speech included).
#[derive(Debug, Clone, Copy, Default)]
struct Speakers {
    quoted: Option<(usize, usize)>,
    any: Option<(usize, usize)>,
    /// The paragraph of a claim made since then by someone the text does not name.
    unnamed: Option<usize>,
    /// Whether the latest claim of `any` was a question ("asked"): `question_cues`.
    asked: bool,
    /// The speaker and bytes of the claim before `any`'s latest, when another person made it.
    before_any: Option<(usize, usize, usize)>,
    /// The bytes of `any`'s latest claim.
    any_span: (usize, usize),
    /// The organisation (or nobody) an unnamed spokesperson of the latest claim spoke for,
    /// and its paragraph: "A government spokeswoman said … She said" is that spokeswoman.
    /// Also the mention's end and the gender its noun tells.
    spokes: Option<(Option<usize>, usize, usize, Option<names::Gender>)>,
}

fn resolve_mention(
    mention: &Span,
    paragraph: usize,
    reg: &mut Registry<'_>,
    last: Speakers,
) -> Option<usize> {
    // "Mr. Vance", "Ms. Vance": the gender a title tells.
    let titled = mention
        .text
        .split_whitespace()
        .find_map(names::gender_of_word);
    // "Fox added": a one-word mention that is the surname of a person named in full.
    let one = names::strip_titles(&mention.text);
    if !one.contains(' ') && is_capitalized(&one) {
        if let Some(p) = reg
            .lookup_titled(&one, mention.start, titled)
            .filter(|&p| !reg.people[p].is_organisation && reg.people[p].name.contains(' '))
        {
            return Some(p);
        }
    }
    // "Portmere said in a statement that … "…," the statement said.": "the" and a document
    // that the latest claim's own cue, in its sentence outside what was said, names ("said
    // in a statement"), this paragraph or the one before, is that speaker's; else nobody's.
    if let Some(("the", noun)) = mention.text.split_once(' ') {
        if document_nouns().contains(noun) {
            let (from, to) = last.any_span;
            let b = reg.lower_words.text.as_bytes();
            let stop = |c: &u8| matches!(c, b'.' | b'\n');
            // The last naming of the document before the mention: in the claim's sentence
            // before it, or after it up to the sentence's end; one named later ("Clinton's
            // campaign sent out an email") or only inside the claim is another.
            let issued = from <= to && to <= mention.start && mention.start - from <= 600 && {
                let lo = from.saturating_sub(300);
                let found = b[lo..mention.start]
                    .windows(noun.len())
                    .rposition(|w| w == noun.as_bytes())
                    .map(|k| lo + k);
                let end = b[to..mention.start]
                    .iter()
                    .position(stop)
                    .map_or(mention.start, |k| to + k);
                found.is_some_and(|k| {
                    (k < from && !b[k..from].iter().any(stop)) || (to <= k && k < end)
                })
            };
            return last
                .any
                .filter(|&(_, para)| issued && paragraph <= para + 1)
                .map(|(p, _)| p);
        }
    }
    // "Small groups of protesters …", "Several said", "Another RT America host, Abby Martin":
    // an ordinary word opening the sentence names nobody; the mention is read without it, but
    // a name after it stays whole unless its rest is someone known ("Will Rogers"), and so
    // does an organisation's name.
    let text = reg.lower_words.text;
    if let Some(first) = mention.text.split_whitespace().next() {
        let known = |reg: &Registry<'_>, name: &str| {
            reg.lookup(name, mention.start)
                .is_some_and(|p| !reg.people[p].is_organisation)
        };
        if opens_sentence(text, mention.start) && !known(reg, first) && reg.ordinary(first) {
            let at = crate::analysis::substr::find(&mention.text, first).unwrap_or_default()
                + first.len();
            let rest = mention.text.get(at..).unwrap_or("").trim_start();
            if rest.is_empty() {
                return None;
            }
            let next = rest.split_whitespace().next().unwrap_or_default();
            // "Regional Affairs said": a capitalised word after it that is no name word may
            // make the whole an organisation's name.
            let strip = !is_capitalized(next)
                || known(reg, rest)
                || (!names::is_name_word(next)
                    && !matches!(classify(&mention.text), Mention::Organisation { .. }));
            if strip {
                // "Two-thirds of Democratic insiders", "Nearly eight in 10 voters": a quantity of
                // a group is nobody in particular, not an organisation.
                if matches!(classify(rest), Mention::Organisation { name } if !is_capitalized(&name))
                {
                    return None;
                }
                let rest = Span {
                    text: rest.to_string(),
                    start: mention.start + (mention.text.len() - rest.len()),
                    end: mention.end,
                };
                return resolve_mention(&rest, paragraph, reg, last);
            }
        }
    }
    match classify(&mention.text) {
        Mention::Name { name, role } => {
            let known = reg
                .lookup_titled(&name, mention.start, titled)
                .filter(|&p| !reg.people[p].is_organisation);
            // "Quillsoft said": the one word an organisation was learned as is still it.
            if let Some(p) = known
                .is_none()
                .then(|| reg.one_word_organisation(&name))
                .flatten()
            {
                return Some(p);
            }
            Some(match known {
                // A surname alone would join the namesake registered last: keep the one found.
                Some(p)
                    if !names::strip_titles(&name).contains(' ')
                        && !reg.people[p].name.contains(' ')
                        && role.as_deref().and_then(super::role::tidy).is_none() =>
                {
                    p
                }
                Some(p) => {
                    let full = reg.people[p].name.clone();
                    reg.person(&full, role.as_deref(), false)
                }
                None => reg.person(&name, role.as_deref(), false),
            })
        }
        Mention::Organisation { name } => Some(reg.person(&name, None, true)),
        // "Plough driver Dmitri Sokolov has worked … The 34-year-old said": an age stands
        // for the person the paragraph named last, in whatever position.
        // A person the text gave that age ("Fifteen-year-old Anouk Verhaegen", "Wolski, 41,")
        // comes first; one given another age is somebody else. With nobody named in its own
        // paragraph, the latest sentence subject of the paragraph before ("Fly-half Jonny
        // Reece kicked … / "…," the 22-year-old said").
        Mention::Age => {
            let before = &reg.mentions[..reg.mentions.partition_point(|m| m.at < mention.start)];
            let years = age_of_mention(&mention.text);
            let text = reg.lower_words.text;
            let aged = |m: &NameMention| stated_age(text, m.at);
            let person = |m: &&NameMention| !reg.people[m.person].is_organisation;
            let told: Vec<(usize, u32)> = before
                .iter()
                .rev()
                .take(LOOK_BACK)
                .filter(person)
                .filter_map(|m| Some((m.person, aged(m)?)))
                .collect();
            if let Some(years) = years {
                let mut same = told.iter().filter(|t| t.1 == years).map(|t| t.0);
                if let Some(p) = same.next() {
                    if same.all(|q| q == p) {
                        return Some(p);
                    }
                }
            }
            let other_age =
                |p: usize| years.is_some_and(|y| told.iter().any(|&(q, n)| q == p && n != y));
            let mut near = before.iter().rev().take(LOOK_BACK).filter(person);
            let pick = match near.next() {
                Some(m) if m.paragraph == paragraph => Some(m.person),
                Some(m) if m.paragraph + 1 == paragraph => std::iter::once(m)
                    .chain(near.take_while(|n| n.paragraph == m.paragraph))
                    .find(|n| n.subject)
                    .map(|n| n.person),
                _ => None,
            };
            pick.filter(|&p| !other_age(p))
                .or_else(|| pronoun_antecedent(mention.start, paragraph, None, reg, last))
                .filter(|&p| !other_age(p))
        }
        Mention::Pronoun(Some(_)) if last.unnamed.is_some_and(|u| paragraph <= u + 1) => None,
        // "A government spokeswoman said … / She said": the spokeswoman still, when no person
        // was named since.
        Mention::Pronoun(Some(g))
            if last.spokes.is_some_and(|(_, u, end, told)| {
                paragraph <= u + 1
                    && told.is_none_or(|t| t == g)
                    && !reg.mentions[reg.mentions.partition_point(|m| m.at < end)
                        ..reg.mentions.partition_point(|m| m.at < mention.start)]
                        .iter()
                        .any(|m| !reg.people[m.person].is_organisation)
            }) =>
        {
            last.spokes.and_then(|(p, ..)| p)
        }
        Mention::Pronoun(g) | Mention::Owner(g) => {
            let p = pronoun_antecedent(mention.start, paragraph, g, reg, last);
            if let Some(p) = p {
                reg.vote(p, g);
            }
            p
        }
        Mention::Plural => organisation_antecedent(mention.start, paragraph, None, reg, last.any),
        Mention::Description { noun } => {
            // "the agency" alone may stand for a name of a kin kind; "the law enforcement
            // agency" says more than the kind, so only a name ending in its noun.
            let bare = mention.text.split_whitespace().count() == 2;
            let kinds = bare
                .then(|| description_kinds().get(noun.as_str()))
                .flatten();
            organisation_antecedent(
                mention.start,
                paragraph,
                Some((&noun, kinds)),
                reg,
                last.any,
            )
            .or_else(|| Some(reg.person(strip_determiner(&mention.text), None, true)))
        }
        // "the mayor said", "The former librarian and city councillor said": the holder of
        // the role, else, for a definite description, the person the text is about.
        Mention::Role { group, modifiers } => {
            // "Analysts at Corran Bank wrote": holders of the role at a named organisation or
            // place speak, not one the text places elsewhere.
            let plural = mention
                .text
                .split_whitespace()
                .map(bare)
                .rfind(|w| lexicon::role_group(w).is_some())
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"));
            let holder = role_holder(group, &modifiers, mention.start, plural, reg);
            if let Some(org) = holder
                .is_none()
                .then(|| organisation_before_role(&mention.text))
                .flatten()
                .filter(|_| group == "spokesperson")
            {
                return Some(reg.person(&org, None, true));
            }
            // "A spokeswoman for the Island Ferry Authority said … "…," the spokeswoman
            // said": a spokesperson nobody is named as speaks for the organisation, as "a
            // spokeswoman" does.
            let speaks_for = || {
                (group == "spokesperson")
                    .then(|| organisation_antecedent(mention.start, paragraph, None, reg, last.any))
                    .flatten()
            };
            holder.or_else(speaks_for).or_else(|| {
                let words: Vec<&str> = mention.text.split_whitespace().collect();
                // Lower-case words and titles only ("the former first lady and U.S. senator"):
                // "the Indiana governor" carries a place the nearest subject may not have.
                let definite = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                    && words.len() >= 2
                    && words[1..]
                        .iter()
                        .all(|w| !is_capitalized(w) || names::is_title(w))
                    && words.last().is_some_and(|w| !w.ends_with('s'));
                let g = words.iter().find_map(|w| names::gender_of_word(w));
                definite
                    .then(|| pronoun_antecedent(mention.start, paragraph, g, reg, last))
                    .flatten()
            })
        }
        Mention::Generic => None,
    }
}

/// "A Met Office spokesperson", "a Harbour Board spokeswoman": the capitalised words just
/// before the role noun, the last an organisation's word, name the organisation spoken for.
fn organisation_before_role(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let r = words
        .iter()
        .rposition(|w| lexicon::role_group(&bare(w)).is_some())?;
    // "A Department of Health spokeswoman": a joining word between capitals is in the name.
    let joins = |k: usize| {
        k > 0
            && matches!(words[k], "of" | "for" | "and" | "on")
            && is_capitalized(words[k - 1])
            && !names::is_stopword(words[k - 1])
    };
    let from = (0..r)
        .rev()
        .find(|&k| (!is_capitalized(words[k]) || names::is_stopword(words[k])) && !joins(k))
        .map_or(0, |k| k + 1);
    let last = words.get(r.checked_sub(1)?)?;
    let name = &words[from.min(r)..r];
    (from < r
        && (lexicon::is_organisation_word(&bare(last))
            || (name.len() > 2 && names::organisation_len(name) == Some(name.len()))))
    .then(|| name.join(" "))
}

/// "he" / "she": the person the text has just been quoting, unless the pronoun's paragraph
/// has since named another person as a sentence subject; then the latest subject, then the
/// latest speaker of reported speech. A candidate known to have the pronoun's gender beats
/// one whose gender the text has not told, and one known to have the other gender is out.
fn pronoun_antecedent(
    at: usize,
    paragraph: usize,
    g: Option<names::Gender>,
    reg: &Registry<'_>,
    last: Speakers,
) -> Option<usize> {
    let before = &reg.mentions[..reg.mentions.partition_point(|m| m.at < at)];
    let subject = before
        .iter()
        .rev()
        .take(LOOK_BACK)
        .find(|m| m.subject && reg.fits(m.person, g));
    let near = |s: Option<(usize, usize)>| {
        s.filter(|&(p, para)| paragraph <= para + 4 && reg.fits(p, g))
            .map(|(p, _)| p)
    };
    let mut order: Vec<usize> = Vec::new();
    // "Conservative councillor Margaret Ellwood said … "…," she said.": the subject of the
    // pronoun's own paragraph, when its gender fits, comes first.
    // A subject whose gender the text has not told still beats a speaker quoted in an
    // earlier paragraph: "Coach Varga was blunt. "…," he said."
    if let Some(s) = subject.filter(|s| s.paragraph == paragraph) {
        let quoted_here = last.quoted.is_some_and(|(_, para)| para == paragraph);
        if g.is_some() && (reg.gender_of(s.person) == g || !quoted_here) {
            return Some(s.person);
        }
        order.push(s.person);
    }
    // "Her son, David Hughes, said the staff … / "She lay in a corridor," he said.": a person
    // introduced with reported speech after the last quotation is the one now quoted (news
    // introduces, paraphrases, then quotes); someone named before keeps no such claim.
    let introduced = |p: usize, para: usize| {
        reg.mentions_of
            .get(p)
            .and_then(|list| list.first())
            .is_some_and(|&k| reg.mentions[k].paragraph == para)
    };
    // Someone reported as speaking in the paragraph just before, after the last quotation,
    // is the one now quoted too ("…," DeSantis said. / … can step in, Wilcox said. / "…," he
    // said.), unless that report was a question: the answer is the addressee's.
    // "…," Peskov said. / The Kremlin reviewed the interview with Trump, Peskov said. / On
    // Tuesday, Trump stated that … / "…," he told journalists.": a reporter whom the quoted
    // speaker's own latest words named is background to them, not the next voice.
    let named_by_quoted = |p: usize| {
        last.before_any.is_some_and(|(q, from, to)| {
            last.quoted.is_some_and(|(lq, _)| lq == q)
                && reg.mentions_of.get(p).is_some_and(|list| {
                    list.iter()
                        .any(|&k| (from..to).contains(&reg.mentions[k].at))
                })
        })
    };
    let newer_report = matches!((last.any, last.quoted),
        (Some((p, a)), Some((_, q)))
            if a > q
                && (introduced(p, a)
                    || (a + 1 == paragraph && !last.asked && !named_by_quoted(p))));
    if newer_report {
        if let Some(p) = near(last.any).filter(|_| g.is_some()) {
            return Some(p);
        }
        order.extend(near(last.any));
    }
    order.extend(near(last.quoted));
    order.extend(subject.map(|s| s.person));
    order.extend(near(last.any));
    if order.is_empty() {
        return before
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find(|m| reg.fits(m.person, g))
            .map(|m| m.person);
    }
    // A candidate the text has told the pronoun's gender of beats one it has not; a first
    // name's usual gender counts only after that.
    let known = g.and_then(|g| {
        order
            .iter()
            .copied()
            .find(|&p| reg.told_gender(p) == Some(g))
            .or_else(|| order.iter().copied().find(|&p| reg.gender_of(p) == Some(g)))
    });
    if known.is_some() {
        return known;
    }
    let first = order.first().copied()?;
    // "Coach Dana Varga and striker Robin Olsen spoke … "…," she said.": nothing tells the
    // gender of either, so choosing one would be a guess; another sentence subject (or one
    // joined to a subject by "and") of this paragraph or the one before whom the pronoun could
    // fit as well leaves it unresolved.
    let recent = &before[before.len().saturating_sub(LOOK_BACK)..];
    let recent = &recent[recent.partition_point(|m| m.paragraph + 1 < paragraph)..];
    // The subject of the pronoun's own paragraph ("Kerr Putney … said …, but he said …")
    // is no guess.
    let own = subject.is_some_and(|s| s.paragraph == paragraph && s.person == first);
    let rival = g.is_some()
        && !own
        && recent.iter().enumerate().any(|(i, m)| {
            let subject = m.subject
                || (i > 0
                    && recent[i - 1].subject
                    && joined(reg.lower_words.text, recent[i - 1].at, m.at, " and "));
            subject && m.person != first && reg.fits(m.person, g)
        });
    (!rival).then_some(first)
}

/// "it", "they", "the utility": the organisation the text has just named or quoted, within
/// two paragraphs. With a noun, an organisation whose name ends in it is preferred ("the
/// union" → "Harbour Nurses Union").
fn organisation_antecedent(
    at: usize,
    paragraph: usize,
    noun: Option<(&str, Option<&Vec<&str>>)>,
    reg: &Registry<'_>,
    last_speaker: Option<(usize, usize)>,
) -> Option<usize> {
    let is_org = |p: usize| reg.people[p].is_organisation;
    let before = &reg.mentions[..reg.mentions.partition_point(|m| m.at < at)];
    // The head of the name, before an "of" phrase ("Elementary Teachers' Federation of
    // Ontario" → "federation").
    let head = |name: &str| {
        crate::analysis::substr::split(name, " of ")
            .next()
            .and_then(|n| crate::analysis::substr::split(n, " for ").next())
            .and_then(|n| n.split_whitespace().last())
            .map(|w| w.to_lower())
    };
    // "The United Auto Workers union said … According to the company, …": a description any
    // organisation fits ("the company") is no name of a kind with a description of its own
    // (`description_kinds`: a union, an agency, a council, a hospital, a team).
    // "The group" is as vague as any (`generic_organisations`) and fits an association too.
    let company = noun.is_some_and(|(n, _)| {
        any_organisation_nouns().contains(n) && !generic_organisations().contains(n)
    });
    let fits = |p: usize| {
        is_org(p)
            && !(company
                && head(&reg.people[p].name)
                    .is_some_and(|w| description_kinds().contains_key(w.as_str())))
    };
    if let Some((noun, kinds)) = noun {
        let named = before.iter().rev().take(LOOK_BACK).find(|m| {
            is_org(m.person) && head(&reg.people[m.person].name).is_some_and(|w| w == noun)
        });
        if let Some(m) = named {
            return Some(m.person);
        }
        // "The Federal Transit Administration … the agency said": a name of a kind the
        // description fits (`description_kinds`), the one named last.
        if let Some(kinds) = kinds {
            let kin = before.iter().rev().take(LOOK_BACK).find(|m| {
                is_org(m.person)
                    && paragraph <= m.paragraph + 2
                    && head(&reg.people[m.person].name).is_some_and(|w| kinds.contains(&w.as_str()))
            });
            if let Some(m) = kin {
                return Some(m.person);
            }
        }
        // "the ministry" after only a union was named: a kind of institution that names its
        // own kind is not some other organisation ("the company" may be any).
        if names::is_organisation_head(noun) && !any_organisation_nouns().contains(noun) {
            return None;
        }
    }
    let mentioned = before
        .iter()
        .rev()
        .take(LOOK_BACK)
        .find(|m| fits(m.person) && m.subject && paragraph <= m.paragraph + 2)
        .map(|m| (m.person, m.paragraph));
    let spoke = last_speaker.filter(|&(p, para)| fits(p) && paragraph <= para + 2);
    // "Shares of Orbitron Systems fell … / …, the company said.": a description any company
    // fits, with no organisation as subject or speaker since, is the one name ending in an
    // organisation's word ("Systems") in its paragraph or the one before, when only one is.
    // Further back, the one organisation of the article so far that it fits ("Quillsoft said
    // … / Shares in Quillsoft rose … / The company said").
    if spoke.is_none() && mentioned.is_none() && company {
        let mut near = before
            .iter()
            .rev()
            .take(LOOK_BACK)
            .take_while(|m| paragraph <= m.paragraph + 1)
            .filter(|m| fits(m.person) && names::is_organisation_name(&reg.people[m.person].name))
            .map(|m| m.person);
        if let Some(first) = near.next() {
            return near.all(|p| p == first).then_some(first);
        }
        let mut any = before
            .iter()
            .rev()
            .take(LOOK_BACK)
            .filter(|m| {
                is_org(m.person)
                    && !generic_organisations()
                        .contains(reg.people[m.person].name.to_lower().as_str())
            })
            .map(|m| m.person);
        // A name ending in a kind of institution ("Peterson Institute …", "Supreme Court")
        // is no company.
        let first = any.next().filter(|&p| {
            fits(p)
                && head(&reg.people[p].name).is_some_and(|w| {
                    let w = names::trim_possessives(&w);
                    noun.is_some_and(|(n, _)| n == w) || !lexicon::is_organisation_description(w)
                })
        })?;
        return any.all(|p| p == first).then_some(first);
    }
    match (spoke, mentioned) {
        (Some((a, pa)), Some((b, pb))) => Some(if pb > pa { b } else { a }),
        (a, b) => a.or(b).map(|(p, _)| p),
    }
}

/// "the Kremlin spokesman" → the person whose role is a spokesman's, the Kremlin's if several.
fn role_holder(
    group: &str,
    modifiers: &[String],
    at: usize,
    plural: bool,
    reg: &mut Registry<'_>,
) -> Option<usize> {
    reg.index_roles();
    let reg = &*reg;
    // "The former first lady and U.S. senator": a gendered word in the description leaves out
    // holders the text gives the other gender.
    let gender = modifiers.iter().find_map(|m| names::gender_of_word(m));
    let holders: Vec<usize> = reg
        .roles
        .by_group
        .get(group)
        .into_iter()
        .flatten()
        .copied()
        .filter(|&i| !reg.people[i].is_organisation)
        .filter(|&i| gender.is_none() || reg.gender_of(i).is_none_or(|g| Some(g) == gender))
        .collect();
    // The modifiers that name a place or an organisation, with the place each names, read
    // once rather than for every holder.
    let named: Vec<(&String, Option<&str>)> = modifiers
        .iter()
        .map(|m| (m, lexicon::place(m)))
        .filter(|(m, place)| place.is_some() || lexicon::is_organisation_word(m))
        .collect();
    let fits = |i: &usize| {
        if named.is_empty() {
            return true;
        }
        let role = reg.people[*i].role.clone().unwrap_or_default().to_lower();
        named.iter().all(|(m, place)| {
            crate::analysis::substr::contains(&role, m)
                || place.is_some_and(|pl| {
                    crate::analysis::substr::contains(&role, &pl.to_lower())
                        || role
                            .split_whitespace()
                            .any(|w| lexicon::place(w) == Some(pl))
                })
        })
    };
    let pick = |cands: &[usize]| -> Option<usize> {
        // The holder mentioned last before the role noun, else the first mentioned after.
        // `cands` is in person order; the first mention of any of them is the earliest of
        // their first mentions.
        reg.mentions[..reg.mentions.partition_point(|m| m.at < at)]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find(|m| cands.binary_search(&m.person).is_ok())
            .map(|m| m.person)
            .or_else(|| {
                cands
                    .iter()
                    .filter_map(|&c| {
                        let k = *reg.roles.first_mention.get(c)?;
                        (k != usize::MAX).then_some((k, c))
                    })
                    .min()
                    .map(|(_, c)| c)
            })
            .or_else(|| cands.first().copied())
    };
    let fitting: Vec<usize> = holders.iter().copied().filter(fits).collect();
    if !fitting.is_empty() {
        pick(&fitting)
    } else if plural && !named.is_empty() {
        None
    } else {
        pick(&holders)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_variants_share_a_key() {
        assert_eq!(names::fold("Zelensky"), names::fold("Zelenskyy"));
        assert_eq!(names::fold("Zelenskiy"), names::fold("Zelensky"));
        assert_ne!(names::fold("Peskov"), names::fold("Putin"));
    }

    #[test]
    fn mentions_are_classified() {
        assert_eq!(
            classify("Kremlin spokesperson Dmitry Peskov"),
            Mention::Name {
                name: "Dmitry Peskov".into(),
                role: Some("Kremlin spokesperson".into())
            }
        );
        assert_eq!(
            classify("the press secretary of the Russian president, Dmitry Peskov"),
            Mention::Name {
                name: "Dmitry Peskov".into(),
                role: Some("press secretary of the Russian president".into())
            }
        );
        assert_eq!(classify("he"), Mention::Pronoun(Some(names::Gender::Male)));
        assert_eq!(
            classify("The Kremlin"),
            Mention::Organisation {
                name: "Kremlin".into()
            }
        );
        assert_eq!(
            classify("the U.S."),
            Mention::Organisation {
                name: "United States".into()
            }
        );
        assert!(matches!(
            classify("the Kremlin spokesman"),
            Mention::Role {
                group: "spokesperson",
                ..
            }
        ));
        assert_eq!(classify("sources"), Mention::Generic);
        assert_eq!(classify("A spokeswoman"), Mention::Plural);
        assert_eq!(classify("the 23-year-old"), Mention::Age);
        assert_eq!(
            classify("The regional emergency service"),
            Mention::Description {
                noun: "service".into()
            }
        );
        assert_eq!(classify("a nurse"), Mention::Generic);
        assert_eq!(
            classify("A spokesman for Leeds City Council"),
            Mention::Organisation {
                name: "Leeds City Council".into()
            }
        );
        assert_eq!(
            classify("The Northfield Residents' Association"),
            Mention::Organisation {
                name: "Northfield Residents' Association".into()
            }
        );
        assert_eq!(
            classify("Kremlin officials"),
            Mention::Organisation {
                name: "Kremlin officials".into()
            }
        );
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn lower_words_are_the_lower_case_runs(
            text in "[aZ1 .'\u{2019}\u{e9}\u{c9}\u{436}\u{416}\u{661}-]{0,40}|(the|The|it's|\u{c9}t\u{e9}| |, |\u{2019}s)*",
        ) {
            let reference: crate::analysis::fasthash::HashSet<&str> = text
                .split(|c: char| !chars::is_alphanumeric(c) && c != '\'' && c != '\u{2019}')
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .collect();
            prop_assert_eq!(lower_words(&text), reference);
        }

        #[test]
        fn a_search_finds_the_words_the_set_holds(
            text in "[aZ1 .'\u{2019}\u{e9}\u{c9}\u{436}\u{416}-]{0,40}|(the|The|it's|the's|\u{c9}t\u{e9}|a|aa| |, |\u{2019}s)*",
            word in "[aZ1'\u{e9}.]{0,3}|the|it's|aa|a|\u{e9}t\u{e9}|",
        ) {
            prop_assert_eq!(writes_word(&text, &word), lower_words(&text).contains(word.as_str()));
        }
    }
}
