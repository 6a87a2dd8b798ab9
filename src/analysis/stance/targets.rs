//! Targets: the people, organisations and issues a quotation talks about, grouped so that
//! variants count as one ("peace talks", "negotiations", "a peaceful settlement"; "Zelensky",
//! "Zelenskyy", "Volodymyr Zelensky"), plus the targets the user names.
//!
//! A [`Catalogue`] is built once per document: it learns the people's full names from the
//! quotes' speakers, the document's people and name phrases in the text ("President Donald
//! Trump"), so that a surname alone resolves to the full name. Targets are created when first
//! mentioned.

use crate::analysis::chars::ToLower;
use crate::analysis::fasthash::{HashMap, HashMapExt, HashSet, HashSetExt};
use crate::analysis::sorting::StableSort;
use std::borrow::Cow;

use super::memo::Memo;
use super::tokens::Token;

/// The memo slots of the word lists looked up per token (see [`Memo`]).
const ALIASES: usize = 0;
const ADJECTIVES: usize = 1;
const ISSUES: usize = 2;
const CUES: usize = 3;
use super::words::{lists, Cue, PhraseSet};
use crate::analysis::lexicon;
use crate::analysis::names::{self, Gender};
use crate::analysis::report::{Person, Quote, TargetKind};
use crate::analysis::UserTarget;

#[derive(Debug, Clone)]
pub struct Target {
    pub name: String,
    pub kind: TargetKind,
    /// Index into the entity list, for countries and organisations.
    pub entity: Option<usize>,
    /// Surname key, for people.
    pub person_key: Option<String>,
}

/// A mention of a target over tokens `start..end` (token indices).
#[derive(Debug, Clone)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub target: usize,
}

/// A person the document names in full.
#[derive(Debug, Clone)]
struct KnownPerson {
    full: String,
    first: Option<String>,
    /// The person's target, once made (see `Catalogue::person_target`).
    target: Option<usize>,
    /// One of two or more people the document names with one surname (see `namesakes`).
    namesake: bool,
    /// The gender the first name or role tells, read for namesakes only (the text's pronouns
    /// after a shared surname cannot say which of them they follow).
    gender: Option<Gender>,
    /// `names::first_initial` of `full`, read once: namesakes compare it for every name learnt
    /// and every speaker's key.
    initial: Option<char>,
}

pub struct Catalogue<'d> {
    pub targets: Vec<Target>,
    /// The document's tokens, and the word lists' matches in them as units look them up.
    doc: &'d [Token],
    memo: Memo,
    by_key: HashMap<String, usize>,
    user: PhraseSet<usize>,
    /// Person key to the person's full name: the surname key, or for namesakes (see
    /// `namesakes`) the surname key, a space and the first initial ("clinton h").
    people: HashMap<String, KnownPerson>,
    /// Surname key that two or more people of the document bear ("Bill Clinton", "Hillary
    /// Clinton") to their person keys, in the order learnt.
    namesakes: HashMap<String, Vec<String>>,
    /// Per document token of a namesakes' surname, the person key it names, or none when the
    /// text does not tell which of them (see [`Catalogue::resolve_namesakes`]).
    namesake_at: HashMap<usize, Option<String>>,
    /// Per namesake's person key, the positions of the surname tokens that name them.
    namesake_positions: HashMap<String, Vec<usize>>,
    /// Name key to the positions of the name words carrying it in the document's tokens (the
    /// ones the catalogue was built from), so that a speaker's mentions are found without
    /// scanning the document once per speaker.
    name_at: HashMap<String, Vec<usize>>,
    /// Every position where a known person is named, in text order, with the index of their
    /// key in `person_keys`: made at the first [`Catalogue::last_person_before`] (the people and
    /// their positions are fixed once the catalogue is made), so that a pronoun looks only at
    /// the names within its reach instead of at every person of the document.
    person_at: Option<Vec<(usize, usize)>>,
    person_keys: Vec<String>,
    /// Head word of a phrase target to its key, so that "the pact" joins "the UN migration
    /// pact" named before it.
    heads: HashMap<String, String>,
    /// Name key to how often the text speaks of the person as "he" and as "she" (the first
    /// third-person pronoun or gender word after a mention, and a title before it).
    gender: HashMap<String, (u32, u32)>,
    /// Per issue of the domain packs: whether its pack is switched on.
    domains: Vec<bool>,
    /// The head word of a person's role ("owner", "mayor") to the person's name key; none
    /// when two people share it ("the president" of a text naming two).
    roles: HashMap<String, Option<String>>,
    /// Per name key, the entities named in the words around that name's mentions (see
    /// `side_of`): the same for every speaker whose descriptions end in the key, so found once.
    side_near: HashMap<String, Vec<usize>>,
    /// Per document token, [`Catalogue::plain_word`]'s answer: [`UNASKED`], 0 or 1.
    plain: Vec<u8>,
    /// Per document token, the person target [`Catalogue::person_target_at`] found there, or
    /// [`UNASKED_PERSON`] or [`NO_PERSON`].
    person_of: Vec<u32>,
    /// Per document token, what [`Catalogue::key_at`] found of its name key once the people
    /// are all learnt: [`UNASKED`], or one of the `KEY_` answers (overlapping units ask it of
    /// each name word many times, each a look-up among thousands of people).
    key_kind: Vec<u8>,
}

/// [`Catalogue::key_at`]'s answers (apart from [`UNASKED`]): the token's own key names a
/// person, none, or a namesakes' surname (resolved per token by `namesake_at`).
const KEY_OWN: u8 = 0;
const KEY_NONE: u8 = 1;
const KEY_NAMESAKE: u8 = 3;

/// What the words before a namesakes' surname tell (see [`Catalogue::told_at`]).
enum Told {
    /// This one of them (an index into their keys).
    Person(usize),
    /// A given name none of them has: somebody else.
    Stranger,
    Nothing,
}

/// Tokens within which two namesakes named last can be in one sentence; further apart, they
/// are not (and the search for a full stop between them stays short).
const SENTENCE_REACH: usize = 60;

/// Whether a sentence ends between tokens `a` and `b` (a full stop, question or exclamation
/// mark that ends no title or initial, or a line break).
fn sentence_between(tokens: &[Token], a: usize, b: usize) -> bool {
    (a + 1..=b.min(tokens.len().saturating_sub(1))).any(|k| {
        let t = &tokens[k];
        t.line_start
            || t.is_punct('?')
            || t.is_punct('!')
            || (t.is_punct('.')
                && !(k > 0
                    && (super::phrases::is_title_abbreviation(&tokens[k - 1])
                        || super::phrases::is_initial(&tokens[k - 1]))))
    })
}

const UNASKED_PERSON: u32 = u32::MAX;
/// None (asked again each time: it is rare).
const NO_PERSON: u32 = u32::MAX - 1;

/// Not asked yet (see `Catalogue::plain`).
const UNASKED: u8 = 2;

/// Whether a lower-case word after a name is the noun the name qualifies ("U.S. intelligence",
/// "EU rules"), as far as the word's shape tells without a tagger: no closed-class word, no
/// time word, no stance cue, and none of the endings verbs take ("Russia said", "Ukraine
/// wants", "Kyiv insisted", "Moscow denying").
fn noun_modifier_slot(t: &Token) -> bool {
    let c = super::phrases::classes();
    let w = t.norm();
    t.is_word()
        && !(c.prep.contains(w)
            || c.conj.contains(w)
            || c.aux.contains(w)
            || c.pron.contains(w)
            || c.link.contains(w)
            || c.adv.contains(w)
            || c.det.contains(w)
            || c.time.contains(w))
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with('s')
        && !w.ends_with("ing")
        && lexicon::cue(w).is_none()
}

/// "NATO bases in the east", "Medicaid rules, which": a plural noun after an entity, known
/// from what follows it (a preposition, a conjunction or a mark; a verb such as "says" or
/// "wants" takes a determiner, "that", "to" or a pronoun).
fn plural_head(t: &Token, after: Option<&Token>) -> bool {
    let c = super::phrases::classes();
    let w = t.norm();
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s");
    plural
        && lexicon::cue(w).is_none()
        && after.is_some_and(|a| {
            matches!(a.kind, super::tokens::Kind::Punct(',' | '.' | ';' | ')'))
                || (a.is_word()
                    && (c.prep.holds(a) || c.conj.contains(a.norm()))
                    && !matches!(a.norm(), "to" | "that"))
        })
}

/// A capitalised word that can be part of a person's name. Precomputed per token.
fn is_name_word(t: &Token) -> bool {
    t.name
}

impl<'d> Catalogue<'d> {
    /// Learns the document's people and the user's targets.
    pub fn new(
        tokens: &'d [Token],
        quotes: &[Quote],
        people: &[Person],
        user_targets: &[UserTarget],
        domains: &[String],
    ) -> Catalogue<'d> {
        let mut cat = Catalogue {
            targets: Vec::new(),
            doc: tokens,
            memo: Memo::default(),
            by_key: HashMap::new(),
            user: PhraseSet::new(false),
            people: HashMap::new(),
            namesakes: HashMap::new(),
            namesake_at: HashMap::new(),
            namesake_positions: HashMap::new(),
            name_at: HashMap::new(),
            person_at: None,
            person_keys: Vec::new(),
            heads: HashMap::new(),
            gender: HashMap::new(),
            roles: HashMap::new(),
            side_near: HashMap::new(),
            plain: Vec::new(),
            person_of: Vec::new(),
            key_kind: Vec::new(),
            domains: lists()
                .issues
                .iter()
                .map(|i| domains.iter().any(|d| d == i.domain))
                .collect(),
        };
        for (i, t) in tokens.iter().enumerate() {
            if is_name_word(t) {
                // A key is allocated once, at its first mention.
                match cat.name_at.get_mut(t.key()) {
                    Some(at) => at.push(i),
                    None => {
                        cat.name_at.insert(t.key().to_string(), vec![i]);
                    }
                }
            }
        }
        cat.gender = genders(tokens, &HashMap::new());
        for ut in user_targets {
            let name = ut.name.trim();
            if name.is_empty() {
                continue;
            }
            let index = cat.intern(format!("user:{}", name.to_lower()), || Target {
                name: name.to_string(),
                kind: TargetKind::Issue,
                entity: None,
                person_key: None,
            });
            for phrase in std::iter::once(&ut.name).chain(ut.synonyms.iter()) {
                let words: Vec<String> = super::tokens::tokenize(phrase, 0..phrase.len())
                    .iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.norm().to_string())
                    .collect();
                if words.is_empty() {
                    continue;
                }
                let pattern = words.join(" ");
                cat.user.add(&pattern, index);
                // Plurals: "sanction" also finds "sanctions".
                if !pattern.ends_with('s') {
                    cat.user.add(&format!("{pattern}s"), index);
                }
            }
        }
        // Borrowed, not copied: a document of thousands of speakers names each several times.
        let mut names: Vec<&str> = Vec::new();
        for q in quotes {
            if let Some(s) = &q.speaker {
                if !s.is_group() {
                    names.push(&s.name);
                }
                names.extend(s.aliases.iter().map(String::as_str));
            }
        }
        for p in people.iter().filter(|p| !p.is_organisation) {
            names.push(&p.name);
            names.extend(p.aliases.iter().map(String::as_str));
        }
        // `learn_name` gives a name already learnt or turned away nothing new: each distinct
        // name is learnt once, in the order first met (a speaker is named once per quotation).
        // Only the people the attribution stage told apart make namesakes: a name run found in
        // the text ("Rival Hillary Clinton") may be no person of its own.
        let scanned = scan_names(tokens);
        let mut learnt: HashSet<&str> = HashSet::new();
        let trusted = names.len();
        for (k, n) in names
            .iter()
            .copied()
            .chain(scanned.iter().map(String::as_str))
            .enumerate()
        {
            if learnt.insert(n) {
                cat.learn_name(n, k < trusted);
            }
        }
        let roles = people
            .iter()
            .filter(|p| !p.is_organisation)
            .map(|p| (&p.name, &p.role));
        for (name, role) in roles {
            // The key only for a person with a role (most of a long list of names have none).
            let Some(role) = role else {
                continue;
            };
            let Some(key) = cat.person_key_of(name) else {
                continue;
            };
            if !cat.people.contains_key(&key) {
                continue;
            }
            let role = role.split([',', '(']).next().unwrap_or_default().to_lower();
            // "former governor" is not who "the governor" is now.
            if role
                .split_whitespace()
                .any(|w| matches!(w, "former" | "ex" | "late" | "then" | "outgoing"))
                || crate::analysis::substr::contains(&role, "ex-")
            {
                continue;
            }
            let Some(head) = role.split_whitespace().last() else {
                continue;
            };
            let head = head.to_lower();
            if let Some(p) = cat.people.get_mut(&key).filter(|p| p.namesake) {
                p.gender = p.gender.or_else(|| names::gender_of_word(&head));
            }
            match cat.roles.get(&head) {
                Some(Some(k)) if *k != key => {
                    cat.roles.insert(head, None);
                }
                Some(_) => {}
                None => {
                    cat.roles.insert(head, Some(key));
                }
            }
        }
        if !cat.namesakes.is_empty() {
            cat.resolve_namesakes(tokens);
            cat.gender = genders(tokens, &cat.namesake_at);
        }
        // The people are settled: `key_at` may keep its answers from here on.
        cat.key_kind = vec![UNASKED; tokens.len()];
        cat
    }

    /// Which of two or more namesakes each mention of their surname names. Told by the words
    /// before it: the first name ("Hillary Clinton"), a role only one of them holds
    /// ("President Obama", "Coach Mercer") or a title whose gender fits only one ("Mrs.
    /// Obama"). A surname alone goes by salience: the one the text called by the surname alone
    /// while they were the only one named (the article's convention), and the one named last
    /// in this paragraph or the one before. When these disagree, when two are named in one
    /// sentence just before, or when neither tells, the mention names nobody: a stance or a
    /// quotation given to the wrong one of two people is worse than none.
    fn resolve_namesakes(&mut self, tokens: &[Token]) {
        let mut paragraph: Vec<u32> = Vec::with_capacity(tokens.len());
        let mut n = 0u32;
        for t in tokens {
            n += u32::from(t.line_start);
            paragraph.push(n);
        }
        let mut surnames: Vec<String> = self.namesakes.keys().cloned().collect();
        surnames.stable_sort();
        for surname in surnames {
            let ids = self.namesakes[&surname].clone();
            let at: Vec<usize> = self.name_at.get(&surname).cloned().unwrap_or_default();
            // Mentions that name one of them, in text order: (token, index into `ids`).
            // Per namesake, their latest telling mention and how many there were; and the
            // latest of all, as (token, index into `ids`). Kept as the mentions go by, so that
            // a document naming them thousands of times stays linear.
            let mut last_of: Vec<Option<usize>> = vec![None; ids.len()];
            let mut counts: Vec<usize> = vec![0; ids.len()];
            let mut last: Option<(usize, usize)> = None;
            let mut convention: Option<usize> = None;
            for p in at {
                // A first name ("Calder Smith"), not the surname of a mention.
                let inside = tokens
                    .get(p + 1)
                    .is_some_and(|n| is_name_word(n) && !tokens[p].poss && !n.line_start);
                let who = if inside {
                    None
                } else {
                    match self.told_at(tokens, p, &ids) {
                        Told::Person(i) => Some(i),
                        Told::Stranger => None,
                        Told::Nothing => {
                            let mut named = last_of.iter().enumerate().filter(|(_, l)| l.is_some());
                            if let (None, Some((only, _)), None) =
                                (convention, named.next(), named.next())
                            {
                                convention = Some(only);
                            }
                            // "expects Clinton to recover from her pneumonia": the pronoun
                            // after the name fits one of them only.
                            let after = self.told_after(tokens, p, &ids);
                            let recent = last
                                .filter(|&(q, _)| paragraph[p].saturating_sub(paragraph[q]) <= 1);
                            // Two of them in the sentence named last ("Ewan and Rory Calder
                            // run the farm. Calder said …"): either could be meant.
                            let crowded = recent.is_some_and(|(q, i)| {
                                (0..ids.len())
                                    .filter(|&o| o != i)
                                    .filter_map(|o| last_of[o])
                                    .max()
                                    .is_some_and(|o| {
                                        q - o < SENTENCE_REACH && !sentence_between(tokens, o, q)
                                    })
                            });
                            match (after, convention, recent) {
                                (Some(i), _, _) => Some(i),
                                (None, _, Some(_)) if crowded => None,
                                (None, Some(c), Some((_, r))) => (c == r).then_some(c),
                                (None, Some(c), None) => Some(c),
                                (None, None, Some((_, r))) => Some(r),
                                // Far from any of them: the one the text has named most, by
                                // far.
                                (None, None, None) => {
                                    let top = (0..ids.len()).max_by_key(|&i| counts[i]);
                                    top.filter(|&t| {
                                        counts[t] >= 2
                                            && (0..ids.len())
                                                .all(|o| o == t || counts[t] >= 2 * counts[o])
                                    })
                                }
                            }
                        }
                    }
                };
                if let Some(i) = who {
                    last_of[i] = Some(p);
                    counts[i] += 1;
                    last = Some((p, i));
                }
                let key = who.map(|i| ids[i].clone());
                if let Some(k) = &key {
                    self.namesake_positions
                        .entry(k.clone())
                        .or_default()
                        .push(p);
                }
                self.namesake_at.insert(p, key);
            }
        }
    }

    /// What the words before the surname at token `p` tell of which of the namesakes `ids`
    /// it names.
    fn told_at(&self, tokens: &[Token], p: usize, ids: &[String]) -> Told {
        let mut j = p;
        let mut steps = 0;
        while j > 0 && steps < 3 && !tokens[j].line_start {
            let mut b = j - 1;
            // "Mrs. Obama": the title's full stop.
            if tokens[b].is_punct('.')
                && b > 0
                && super::phrases::is_title_abbreviation(&tokens[b - 1])
            {
                b -= 1;
            }
            let t = &tokens[b];
            if !t.is_word() || t.poss || !(t.cap || names::is_title(t.norm())) {
                break;
            }
            let first = ids.iter().position(|id| {
                self.people
                    .get(id)
                    .is_some_and(|person| person.first.as_deref() == Some(t.key()))
            });
            if let Some(i) = first {
                return Told::Person(i);
            }
            if let Some(Some(holder)) = self.roles.get(t.norm()) {
                if let Some(i) = ids.iter().position(|id| id == holder) {
                    return Told::Person(i);
                }
            }
            if let Some(i) = names::gender_of_word(t.norm()).and_then(|g| self.only_fit(ids, g)) {
                return Told::Person(i);
            }
            // Another person's given name: "Ruth Calder" beside Ewan and Rory Calder.
            if !names::is_title(t.norm()) && names::is_first_name(t.surface()) {
                return Told::Stranger;
            }
            j = b;
            steps += 1;
        }
        Told::Nothing
    }

    /// Which of the namesakes `ids` the first third-person pronoun or gender word after the
    /// surname at token `p` fits, when it fits one only: the same evidence as [`genders`]
    /// reads, before another name and within the sentence or the next one's first word.
    fn told_after(&self, tokens: &[Token], p: usize, ids: &[String]) -> Option<usize> {
        let gender_at = |t: &Token| {
            matches!(
                t.norm(),
                "he" | "she" | "his" | "her" | "himself" | "herself"
            )
            .then(|| names::pronoun_gender(t.norm()))
            .flatten()
            .or_else(|| names::gender_of_word(t.norm()))
        };
        let mut g = None;
        for k in p + 1..tokens.len().min(p + 17) {
            let t = &tokens[k];
            if is_name_word(t) {
                break;
            }
            if t.is_punct('.') || t.is_punct('?') || t.is_punct('!') {
                g = tokens
                    .get(k + 1)
                    .filter(|n| matches!(n.norm(), "he" | "she"))
                    .and_then(|n| names::pronoun_gender(n.norm()));
                break;
            }
            if let Some(x) = gender_at(t) {
                g = Some(x);
                break;
            }
        }
        self.only_fit(ids, g?)
    }

    /// The one of the namesakes `ids` whose gender (known or not) fits `g`, when only one does.
    fn only_fit(&self, ids: &[String], g: names::Gender) -> Option<usize> {
        let mut fitting = (0..ids.len()).filter(|&i| {
            self.people
                .get(&ids[i])
                .is_some_and(|person| person.gender.is_none_or(|x| x == g))
        });
        let first = fitting.next()?;
        fitting.next().is_none().then_some(first)
    }

    /// The person key named at token `k` of `window` (a stretch of the document's tokens):
    /// its own name key, or for a namesakes' surname the one it was resolved to.
    fn key_at<'t>(&mut self, window: &'t [Token], k: usize) -> Option<Cow<'t, str>> {
        let t = window.get(k)?;
        let a = super::memo::offset_in(self.doc, window).map(|at| at + k);
        let kind = match a.and_then(|a| self.key_kind.get(a)) {
            Some(&kind) if kind != UNASKED => kind,
            _ => {
                let kind = if self.people.contains_key(t.key()) {
                    KEY_OWN
                } else if self.namesakes.contains_key(t.key()) {
                    KEY_NAMESAKE
                } else {
                    KEY_NONE
                };
                if let Some(slot) = a.and_then(|a| self.key_kind.get_mut(a)) {
                    *slot = kind;
                }
                kind
            }
        };
        match kind {
            KEY_OWN => Some(Cow::Borrowed(t.key())),
            KEY_NAMESAKE => self.namesake_at.get(&a?)?.clone().map(Cow::Owned),
            _ => None,
        }
    }

    /// A namesake of whose gender the text's pronouns tell nothing: their first name or role
    /// may.
    fn namesake_untold(&self, key: &str) -> Option<&KnownPerson> {
        self.people
            .get(key)
            .filter(|p| p.namesake && !self.gender.contains_key(key))
    }

    /// Positions of the surname tokens that name the person with key `key`.
    fn positions(&self, key: &str) -> &[usize] {
        self.namesake_positions
            .get(key)
            .or_else(|| self.name_at.get(key))
            .map_or(&[], Vec::as_slice)
    }

    /// The person a bare role names ("backed the owner", "his coach"), when the text gives
    /// that role to one person only.
    pub fn role_target(&mut self, role: &str) -> Option<usize> {
        let key = self.roles.get(role)?.clone()?;
        self.person_target(&key)
    }

    /// Records a full name ("Donald Trump") under its surname key; the first full name seen
    /// for a surname is the one reported. A `trusted` name (a person the attribution stage
    /// told apart) whose first initial differs from those already learnt under its surname
    /// is a namesake ("Hillary Clinton" after "Bill Clinton"): each gets a key of their own.
    fn learn_name(&mut self, name: &str, trusted: bool) {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 || words.len() > 4 || crate::analysis::lexicon::place(name).is_some() {
            return;
        }
        let initial = names::first_initial(name);
        // A name whose key is known already changes nothing unless it names a namesake:
        // skip the tests below.
        if let Some(surname) = words.last().map(|last| names::fold(last)) {
            let known: Vec<&KnownPerson> = match self.namesakes.get(&surname) {
                Some(ids) => ids.iter().filter_map(|id| self.people.get(id)).collect(),
                None => self.people.get(&surname).into_iter().collect(),
            };
            if !known.is_empty()
                && (!trusted
                    || initial.is_none()
                    || known
                        .iter()
                        .any(|p| p.initial.is_none_or(|c| Some(c) == initial)))
            {
                return;
            }
        }
        let all_caps = words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        let l = lists();
        if !all_caps
            || words
                .iter()
                .any(|w| names::is_title(w) || names::is_stopword(w))
        {
            return;
        }
        // "the Steve Harvey Morning Show", "Harbour Nurses Union": an organisation's name.
        if crate::analysis::names::is_organisation_name(name) {
            return;
        }
        // "Al Arabiya Russia" (a caption run into a headline) is no person.
        let as_tokens = super::tokens::tokenize_unkeyed(name, 0..name.len());
        if (0..as_tokens.len()).any(|k| {
            l.entity_aliases.longest_at(&as_tokens, k).is_some()
                || l.entity_adjectives.longest_at(&as_tokens, k).is_some()
        }) {
            return;
        }
        let Some(last) = words.last() else {
            return;
        };
        let key = names::fold(last);
        if key.len() < 2 {
            return;
        }
        let person = KnownPerson {
            // The same words as `name`'s, so the same initial.
            initial,
            full: words.join(" "),
            first: words.first().map(|w| names::fold(w)),
            target: None,
            namesake: false,
            gender: None,
        };
        let Some(initial) =
            initial.filter(|_| self.namesakes.contains_key(&key) || self.people.contains_key(&key))
        else {
            self.people.entry(key).or_insert(person);
            return;
        };
        // A namesake: the one known under the bare surname key moves to a key of its own.
        if let Some(mut first) = self.people.remove(&key) {
            let Some(c) = first.initial else {
                self.people.insert(key, first);
                return;
            };
            first.namesake = true;
            first.gender = names::first_name_gender(&first.full);
            let id = format!("{key} {c}");
            self.people.insert(id.clone(), first);
            self.namesakes.entry(key.clone()).or_default().push(id);
        }
        let id = format!("{key} {initial}");
        self.people.insert(
            id.clone(),
            KnownPerson {
                namesake: true,
                gender: names::first_name_gender(&person.full),
                ..person
            },
        );
        self.namesakes.entry(key).or_default().push(id);
    }

    fn intern(&mut self, key: String, make: impl FnOnce() -> Target) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let i = self.targets.len();
        self.targets.push(make());
        self.by_key.insert(key, i);
        i
    }

    /// A target named by a noun phrase of the text (see `phrases`): `label` as shown, `key`
    /// folded. A one-word phrase is the earlier phrase with the same head, when there is one.
    pub fn phrase_target(&mut self, label: String, key: String) -> usize {
        let key = match self.heads.get(&key) {
            Some(full) if !key.contains(' ') => full.clone(),
            _ => key,
        };
        let head = key.rsplit(' ').next().unwrap_or_default().to_string();
        self.heads.entry(head).or_insert_with(|| key.clone());
        self.intern(format!("phrase:{key}"), || Target {
            name: label,
            kind: TargetKind::Issue,
            entity: None,
            person_key: None,
        })
    }

    /// An action somebody is asked to take ("release the full contract"): a target of its
    /// own, never the one a later bare head ("the contract") joins.
    pub fn action_target(&mut self, label: String, key: String) -> usize {
        self.intern(format!("action:{key}"), || Target {
            name: label,
            kind: TargetKind::Action,
            entity: None,
            person_key: None,
        })
    }

    /// Whether a pronoun of gender `g` can stand for the person with name key `key`: yes
    /// unless the text speaks of them more often with the other gender.
    pub fn fits_gender(&self, key: &str, g: Option<Gender>) -> bool {
        if let Some(p) = self.namesake_untold(key) {
            return g.is_none() || p.gender.is_none_or(|x| Some(x) == g);
        }
        match (g, self.gender.get(key)) {
            (Some(Gender::Male), Some(&(m, f))) => m >= f,
            (Some(Gender::Female), Some(&(m, f))) => f >= m,
            _ => true,
        }
    }

    /// The person a quotation is said to be about: "…," Hobbs said of Vance. Looks from
    /// token `from` to the end of the sentence for "of" or "about" and the name after it.
    pub fn said_of(
        &mut self,
        tokens: &[Token],
        from: usize,
        except: Option<&str>,
    ) -> Option<usize> {
        let end = tokens.len().min(from + 12);
        let mut k = from;
        while k + 1 < end {
            let t = &tokens[k];
            if t.is_punct('.') || t.is_punct('?') || t.is_punct('!') || t.is_punct(';') {
                return None;
            }
            if matches!(t.norm(), "of" | "about") {
                let mut j = k + 1;
                while j < end && names::is_title(tokens[j].norm()) {
                    j += 1;
                }
                while j + 1 < end && is_name_word(&tokens[j + 1]) && !tokens[j].poss {
                    j += 1;
                }
                tokens.get(j).filter(|t| is_name_word(t))?;
                let key = self.key_at(tokens, j)?;
                if Some(key.as_ref()) == except {
                    return None;
                }
                return self.person_target(&key);
            }
            k += 1;
        }
        None
    }

    fn person_target(&mut self, key: &str) -> Option<usize> {
        let person = self.people.get(key)?;
        // A person is asked for per mention: the target is made once and kept with them.
        if let Some(i) = person.target {
            return Some(i);
        }
        let full = person.full.clone();
        let i = self.intern(format!("person:{key}"), || Target {
            name: full,
            kind: TargetKind::Person,
            entity: None,
            person_key: Some(key.to_string()),
        });
        if let Some(person) = self.people.get_mut(key) {
            person.target = Some(i);
        }
        Some(i)
    }

    /// [`Catalogue::person_target`] of `key`, the key of token `k` of `window`, kept per
    /// document token: overlapping units name the same person at the same token many times.
    fn person_target_at(&mut self, window: &[Token], k: usize, key: &str) -> Option<usize> {
        let Some(a) = super::memo::offset_in(self.doc, window)
            .map(|at| at + k)
            .filter(|&a| a < self.doc.len() && k < window.len())
        else {
            return self.person_target(key);
        };
        if self.person_of.len() != self.doc.len() {
            self.person_of = vec![UNASKED_PERSON; self.doc.len()];
        }
        match self.person_of[a] {
            UNASKED_PERSON => {
                let target = self.person_target(key);
                self.person_of[a] = target
                    .and_then(|t| u32::try_from(t).ok())
                    .filter(|&t| t < NO_PERSON)
                    .unwrap_or(NO_PERSON);
                target
            }
            NO_PERSON => self.person_target(key),
            t => Some(t as usize),
        }
    }

    fn entity_target(&mut self, entity: usize) -> usize {
        let name = lists().entities[entity].name.clone();
        self.intern(format!("org:{name}"), || Target {
            name,
            kind: TargetKind::Organisation,
            entity: Some(entity),
            person_key: None,
        })
    }

    fn issue_target(&mut self, issue: usize, actor: Option<(usize, &str)>) -> usize {
        let name = lists().issues[issue].name.clone();
        match actor {
            Some((entity, surface)) => {
                let actor = surface.replace('.', "");
                let entity_name = &lists().entities[entity].name;
                self.intern(format!("issue:{entity_name}:{name}"), || Target {
                    name: format!("{actor} {name}"),
                    kind: TargetKind::Issue,
                    entity: None,
                    person_key: None,
                })
            }
            None => self.intern(format!("issue:{name}"), || Target {
                name,
                kind: TargetKind::Issue,
                entity: None,
                person_key: None,
            }),
        }
    }

    /// A person mention at token `i`: a known surname, with the first name before it when
    /// written. Returns (start, end, surname key).
    fn person_at<'t>(
        &mut self,
        tokens: &'t [Token],
        i: usize,
    ) -> Option<(usize, usize, Cow<'t, str>)> {
        let l = lists();
        let t = tokens.get(i).filter(|t| is_name_word(t))?;
        // A first name followed by the surname.
        if tokens
            .get(i + 1)
            .is_some_and(|n| is_name_word(n) && !t.poss)
        {
            let key = self.key_at(tokens, i + 1);
            if let Some((key, p)) = key.and_then(|k| self.people.get(k.as_ref()).map(|p| (k, p))) {
                let first = p.first.as_deref() == Some(t.key());
                if first
                    || self.plain_word(tokens, i) && {
                        let (memo, doc) = (&mut self.memo, self.doc);
                        memo.longest_at(ADJECTIVES, &l.entity_adjectives, doc, tokens, i)
                            .is_none()
                            && memo
                                .longest_at(ALIASES, &l.entity_aliases, doc, tokens, i)
                                .is_none()
                    }
                {
                    return Some((i, i + 2, key));
                }
            }
        }
        self.key_at(tokens, i).map(|k| (i, i + 1, k))
    }

    /// Whether token `i` of `window` is neither a stop word nor a title (`names::is_stopword`,
    /// `names::is_title`), asked once per document token: units overlap, and a text of names
    /// asks it of every name word in every unit that reaches it.
    fn plain_word(&mut self, window: &[Token], i: usize) -> bool {
        let ask = |t: &Token| !names::is_stopword(t.norm()) && !names::is_title(t.norm());
        let Some(a) = super::memo::offset_in(self.doc, window)
            .map(|at| at + i)
            .filter(|&a| a < self.doc.len() && i < window.len())
        else {
            return window.get(i).is_some_and(ask);
        };
        if self.plain.len() != self.doc.len() {
            self.plain = vec![UNASKED; self.doc.len()];
        }
        if self.plain[a] == UNASKED {
            self.plain[a] = u8::from(ask(&self.doc[a]));
        }
        self.plain[a] == 1
    }

    /// The word lists' longest matches at token `i` of `window` (see [`Memo`]).
    fn alias_at(&mut self, window: &[Token], i: usize) -> Option<(usize, &'static usize)> {
        let set = &lists().entity_aliases;
        self.memo.longest_at(ALIASES, set, self.doc, window, i)
    }

    fn adjective_at(&mut self, window: &[Token], i: usize) -> Option<(usize, &'static usize)> {
        let set = &lists().entity_adjectives;
        self.memo.longest_at(ADJECTIVES, set, self.doc, window, i)
    }

    /// [`Memo`]'s `lists().cues.longest_at(window, i)`.
    pub fn cue_at(&mut self, window: &[Token], i: usize) -> Option<(usize, &'static Cue)> {
        let set = &lists().cues;
        self.memo.longest_at(CUES, set, self.doc, window, i)
    }

    fn issue_at(&mut self, window: &[Token], i: usize) -> Option<(usize, &'static usize)> {
        let set = &lists().issue_patterns;
        self.memo.longest_at(ISSUES, set, self.doc, window, i)
    }

    /// All target mentions in `tokens[range]`, left to right, without overlaps.
    pub fn mentions(&mut self, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<Mention> {
        let l = lists();
        let enabled = self.domains.clone();
        fn on<'a>(
            enabled: &[bool],
            found: Option<(usize, &'a usize)>,
        ) -> Option<(usize, &'a usize)> {
            found.filter(|(_, &k)| enabled.get(k).copied().unwrap_or(false))
        }
        let mut out = Vec::new();
        let mut i = range.start;
        let end = range.end.min(tokens.len());
        while i < end {
            let window = &tokens[..end];
            if let Some((n, &target)) = self.user.longest_at(window, i) {
                out.push(Mention {
                    start: i,
                    end: i + n,
                    target,
                });
                i += n;
                continue;
            }
            // An actor qualifying an issue: "US mediation", "European sanctions".
            let alias = self.alias_at(window, i);
            let actor = alias.or_else(|| self.adjective_at(window, i));
            if let Some((n, &entity)) = actor {
                if let Some((m, &issue)) = on(&enabled, self.issue_at(window, i + n)) {
                    if l.issues[issue].qualified && !tokens[i + n - 1].poss {
                        let surface = tokens[i..i + n]
                            .iter()
                            .map(|t| t.surface())
                            .collect::<Vec<_>>()
                            .join(" ");
                        let target = self.issue_target(issue, Some((entity, &surface)));
                        out.push(Mention {
                            start: i,
                            end: i + n + m,
                            target,
                        });
                        i += n + m;
                        continue;
                    }
                }
            }
            let person = self.person_at(window, i);
            let issue = on(&enabled, self.issue_at(window, i));
            let person_len = person.as_ref().map_or(0, |p| p.1 - p.0);
            let alias_len = alias.map_or(0, |a| a.0);
            let issue_len = issue.map_or(0, |a| a.0);
            if person_len > 0 && person_len >= alias_len && person_len >= issue_len {
                if let Some((s, e, key)) = person {
                    if let Some(target) = self.person_target_at(window, e - 1, &key) {
                        out.push(Mention {
                            start: s,
                            end: e,
                            target,
                        });
                        i = e;
                        continue;
                    }
                }
            }
            if let Some((n, &entity)) = alias.filter(|_| alias_len >= issue_len) {
                // "US President", "Kremlin spokesman": the entity only describes a person.
                let next = tokens
                    .get(i + n)
                    .filter(|t| t.is_word() && !tokens[i + n - 1].poss);
                let describes_person = next.is_some_and(|t| names::is_title(t.norm()));
                // "the Ukraine war", "Ukraine peace": the entity only qualifies a noun.
                let qualifies = next.is_some_and(|t| {
                    !t.cap
                        && (super::grammar::grammar().modified_heads.holds(t)
                            || on(&enabled, self.issue_at(window, i + n)).is_some()
                            || noun_modifier_slot(t)
                            || plural_head(t, tokens.get(i + n + 1)))
                });
                if !describes_person && !qualifies {
                    let target = self.entity_target(entity);
                    out.push(Mention {
                        start: i,
                        end: i + n,
                        target,
                    });
                }
                i += n;
                continue;
            }
            if let Some((n, &issue)) = issue {
                let target = self.issue_target(issue, None);
                out.push(Mention {
                    start: i,
                    end: i + n,
                    target,
                });
                i += n;
                continue;
            }
            i += 1;
        }
        out
    }

    /// Entities a speaker belongs to, read from their name, aliases and role, and from the
    /// words written before their name in the document ("Russian Foreign Minister Sergey
    /// Lavrov", "Kremlin spokesman Dmitry Peskov"). `tokens` are the ones the catalogue was
    /// built from.
    pub fn side_of(&mut self, tokens: &[Token], descriptions: &[String]) -> HashSet<usize> {
        let mut side = HashSet::new();
        let (memo, doc) = (&mut self.memo, self.doc);
        let mut scan = |toks: &[Token]| {
            entities_in(memo, doc, toks, |e| {
                side.insert(e);
            })
        };
        for d in descriptions {
            // Only the description itself: "Russian Foreign Minister, commenting on Western
            // support for Kiev" belongs to Russia, not to the West or Ukraine.
            let head = d
                .split([',', ';', '(', '\u{2014}'])
                .next()
                .unwrap_or_default();
            scan(&super::tokens::tokenize_unkeyed(head, 0..head.len()));
        }
        // Words before a full-name mention of the speaker.
        let keys: HashSet<String> = descriptions
            .iter()
            .filter_map(|d| d.split_whitespace().last().map(names::fold))
            .collect();
        // `side` is a set, so the order the mentions are visited in does not matter, and what
        // the words around one key's mentions name is found once per document (`side_near`).
        for k in &keys {
            if let Some(near) = self.side_near.get(k) {
                side.extend(near.iter().copied());
                continue;
            }
            let near = self.side_near_key(tokens, k);
            side.extend(near.iter().copied());
            self.side_near.insert(k.clone(), near);
        }
        side
    }

    /// The entities named in the words around the mentions of name key `key` (see
    /// [`Catalogue::side_of`]), each once, in the order found.
    fn side_near_key(&mut self, tokens: &[Token], key: &str) -> Vec<usize> {
        let mut side: Vec<usize> = Vec::new();
        let (memo, doc) = (&mut self.memo, self.doc);
        let mut scan = |toks: &[Token]| {
            entities_in(memo, doc, toks, |e| {
                if !side.contains(&e) {
                    side.push(e);
                }
            })
        };
        let at = self
            .name_at
            .get(key)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|&i| i < tokens.len());
        for i in at {
            let mut j = i;
            let mut steps = 0;
            // The description stays on the name's line: a headline above it that ends without
            // a full stop ("Talks Move To Berlin" over "Minister Jan Kowalski said ...") is
            // not part of it, and would put the speaker on the side of whatever it names.
            while j > 0 && steps < 6 && !tokens[j].line_start {
                let p = &tokens[j - 1];
                if !p.is_word() || !(p.cap || names::is_title(p.norm()) || p.norm() == "of") {
                    break;
                }
                j -= 1;
                steps += 1;
            }
            scan(&tokens[j..i]);
            // After the name: "Jan Kowalski of Poland".
            let mut after = i + 1;
            while after < tokens.len() && tokens[after].name && !tokens[after - 1].poss {
                after += 1;
            }
            if tokens.get(after).is_some_and(|t| t.norm() == "of") {
                let end = (after + 4).min(tokens.len());
                scan(&tokens[after + 1..end]);
            }
            // An appositive: "the press secretary of the Russian president, Dmitry Peskov".
            if j > 0 && tokens[j - 1].is_punct(',') {
                let end = j - 1;
                let start = (end.saturating_sub(8)..end)
                    .rev()
                    .take_while(|&k| tokens[k].is_word())
                    .last()
                    .unwrap_or(end);
                if (start..end).any(|k| names::is_title(tokens[k].norm())) {
                    scan(&tokens[start..end]);
                }
            }
        }
        side
    }

    /// The person the document names last before token `at` (a surname the catalogue knows),
    /// other than `except`.
    pub fn last_person_before(
        &mut self,
        at: usize,
        except: Option<&str>,
        gender: Option<Gender>,
    ) -> Option<usize> {
        if self.person_at.is_none() {
            let mut keys: Vec<&String> = self.people.keys().collect();
            keys.stable_sort();
            let mut at_list: Vec<(usize, usize)> = keys
                .iter()
                .enumerate()
                .flat_map(|(i, k)| self.positions(k).iter().map(move |&p| (p, i)))
                .collect();
            at_list.stable_sort();
            self.person_keys = keys.into_iter().cloned().collect();
            self.person_at = Some(at_list);
        }
        // Known means the text gives them this gender more often than the other: a key two
        // namesakes share ("Bill Clinton", "Hillary Clinton") is no known "he".
        let known = |k: &str| gender.is_some_and(|g| self.is_gender(k, g));
        let count = |k: &str| self.positions(k).len();
        // The people named within reach before `at` (the others' last mention is further
        // back), each at their last mention, read from the index.
        let all = self.person_at.as_deref().unwrap_or(&[]);
        let from = all.partition_point(|&(p, _)| p < at.saturating_sub(GENDER_REACH - 1));
        let to = all.partition_point(|&(p, _)| p < at);
        let mut near: Vec<(usize, &str)> = Vec::new();
        for &(p, i) in all.get(from..to).unwrap_or(&[]).iter().rev() {
            let k = self.person_keys.get(i).map_or("", String::as_str);
            if near.iter().any(|&(_, seen)| seen == k) {
                continue;
            }
            near.push((p, k));
        }
        near.retain(|&(_, k)| Some(k) != except && self.fits_gender(k, gender));
        // Within a few paragraphs, a person the text already calls "she" beats one it has
        // never called anything, and the one the article names most (whom it is about) beats
        // one named once in passing; further back, the last one named.
        let chosen = near
            .iter()
            .filter(|(_, k)| known(k))
            .max_by_key(|(p, k)| (count(k), *p))
            .or_else(|| near.iter().max_by_key(|(p, k)| (count(k), *p)))
            .map(|&(_, k)| k.to_string());
        if let Some(key) = chosen {
            return self.person_target(&key);
        }
        // Keys borrowed, not copied: this is asked per pronoun of every person the text knows,
        // and only the chosen key is copied.
        let last: Vec<(usize, &str)> = self
            .people
            .keys()
            .filter(|k| Some(k.as_str()) != except && self.fits_gender(k, gender))
            .filter_map(|k| {
                let at_key = self.positions(k);
                let n = at_key.partition_point(|&p| p < at);
                n.checked_sub(1).map(|i| (at_key[i], k.as_str()))
            })
            .collect();
        // Nobody within reach: the last one named.
        let key = last.iter().max()?.1.to_string();
        self.person_target(&key)
    }

    /// Positions of the capitalised tokens whose name key is `key`.
    pub fn name_positions(&self, key: &str) -> &[usize] {
        self.positions(key)
    }

    /// Every position where a person the catalogue knows is named, in text order, with the
    /// person's key.
    pub fn person_positions(&self) -> Vec<(usize, &str)> {
        let mut out: Vec<(usize, &str)> = self
            .people
            .keys()
            .flat_map(|k| self.positions(k).iter().map(move |&p| (p, k.as_str())))
            .collect();
        out.stable_sort();
        out
    }

    /// Whether the text speaks of the person with key `key` as gender `g`, and more often
    /// than as the other.
    pub fn is_gender(&self, key: &str, g: Gender) -> bool {
        if let Some(p) = self.namesake_untold(key) {
            return p.gender == Some(g);
        }
        match (g, self.gender.get(key)) {
            (Gender::Male, Some(&(m, f))) => m > f,
            (Gender::Female, Some(&(m, f))) => f > m,
            _ => false,
        }
    }

    /// The person key of a holder: its last word folded, or a namesake's own key. A name with
    /// "of" or "for" inside, not after a title ("Bank of America", "Friends of the Earth", not
    /// "Secretary of State"), names an organisation, whose last word ("America") is no surname
    /// to find it by.
    pub fn person_key_of(&self, name: &str) -> Option<String> {
        if organisation_of_name(name) {
            return None;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let key = names::fold(words.last()?);
        // One of namesakes: the one whose first initial the name gives.
        if let Some(ids) = self.namesakes.get(&key) {
            let initial = names::first_initial(name);
            let own = ids.iter().find(|id| {
                initial.is_some()
                    && self
                        .people
                        .get(id.as_str())
                        .is_some_and(|p| p.initial == initial)
            });
            if let Some(id) = own {
                return Some(id.clone());
            }
        }
        Some(key)
    }
}

/// A name with "of" or "for" inside, not after a title ("Bank of America", "Friends of the
/// Earth", not "Secretary of State"): an organisation's.
pub fn organisation_of_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words
        .windows(2)
        .any(|w| matches!(w[1], "of" | "for") && !names::is_title(w[0]))
}

/// How far back (tokens) a person of known gender is preferred as the antecedent of "he" or
/// "she" over a nearer one of unknown gender: a few paragraphs.
const GENDER_REACH: usize = 300;

/// Per name key, the genders the text gives the person: a gender word just before the name
/// ("Mrs.", "spokeswoman") and the first gender word or third-person pronoun within a few words
/// after it ("Nora Pell, a spokeswoman", "Hobbs said he …"), unless another name comes first.
/// A namesakes' surname counts for the one `namesake_at` resolves it to, and for nobody when
/// it resolves to none.
fn genders(
    tokens: &[Token],
    namesake_at: &HashMap<usize, Option<String>>,
) -> HashMap<String, (u32, u32)> {
    let mut out: HashMap<String, (u32, u32)> = HashMap::new();
    // Keys and given names borrowed from the tokens: a name run is met once per mention.
    let mut given: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut count = |key: &str, g: Gender| {
        if !out.contains_key(key) {
            out.insert(key.to_string(), (0, 0));
        }
        let Some(e) = out.get_mut(key) else {
            return;
        };
        match g {
            Gender::Male => e.0 += 1,
            Gender::Female => e.1 += 1,
        }
    };
    let gender_at = |t: &Token| {
        crate::analysis::names::pronoun_gender(t.norm())
            .or_else(|| crate::analysis::names::gender_of_word(t.norm()))
    };
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(&tokens[i]) {
            i += 1;
            continue;
        }
        let first = i;
        while i + 1 < tokens.len() && is_name_word(&tokens[i + 1]) && !tokens[i].poss {
            i += 1;
        }
        let key = match namesake_at.get(&i) {
            Some(Some(id)) => id.as_str(),
            Some(None) => {
                i += 1;
                continue;
            }
            None => tokens[i].key(),
        };
        if let Some(g) = first.checked_sub(1).and_then(|k| gender_at(&tokens[k])) {
            count(key, g);
        }
        if let Some(j) = (first..i).find(|&j| !crate::analysis::names::is_title(tokens[j].norm())) {
            given.entry(key).or_default().push(tokens[j].norm());
        }
        // Subject and possessive pronouns only: an object ("who is challenging him") is
        // somebody else. A sentence that goes on with "She said …" continues the scan.
        // Punctuation is no gender word: only words are looked up.
        let pronoun = |t: &Token| {
            if !t.is_word() {
                return None;
            }
            matches!(t.norm(), "he" | "she" | "his" | "himself" | "herself")
                .then(|| crate::analysis::names::pronoun_gender(t.norm()))
                .flatten()
                .or_else(|| crate::analysis::names::gender_of_word(t.norm()))
        };
        let mut k = i + 1;
        while k < tokens.len() && k <= i + 16 {
            let t = &tokens[k];
            if is_name_word(t) {
                break;
            }
            if t.is_punct('.') || t.is_punct('?') || t.is_punct('!') {
                if let Some(g) = tokens.get(k + 1).and_then(|n| {
                    matches!(n.norm(), "he" | "she")
                        .then(|| crate::analysis::names::pronoun_gender(n.norm()))
                        .flatten()
                }) {
                    count(key, g);
                }
                break;
            }
            if let Some(g) = pronoun(t) {
                count(key, g);
                break;
            }
            k += 1;
        }
        i += 1;
    }
    // A given name that usually tells the gender ("Carla Diaz") is one vote, as a title is,
    // unless namesakes share the key ("Bill Clinton", "Hillary Clinton").
    for (key, mut names) in given {
        names.stable_sort();
        names.dedup();
        if let [name] = names.as_slice() {
            if let Some(g) = crate::analysis::names::given_name_gender(name) {
                count(key, g);
            }
        }
    }
    out
}

/// Full names written in the text: two or three capitalised words after a title ("President
/// Donald Trump", "spokesman Dmitry Peskov") or whose last word also stands alone elsewhere.
fn scan_names(tokens: &[Token]) -> Vec<String> {
    let l = lists();
    let mut alone: HashSet<&str> = HashSet::new();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].is_word() && tokens[i].cap) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len()
            && tokens[j].is_word()
            && tokens[j].cap
            && !tokens[j - 1].poss
            && !tokens[j].line_start
        {
            j += 1;
        }
        if j - i == 1 {
            alone.insert(tokens[i].key());
        }
        runs.push((i, j));
        i = j;
    }
    let mut out = Vec::new();
    for (s, e) in runs {
        let titled_before =
            s > 0 && tokens[s - 1].is_word() && names::is_title(tokens[s - 1].norm());
        let last_title = (s..e).rev().find(|&k| names::is_title(tokens[k].norm()));
        let mut start = last_title.map_or(s, |k| k + 1);
        while start < e
            && (names::is_stopword(tokens[start].norm())
                || l.entity_adjectives
                    .longest_at(&tokens[..e], start)
                    .is_some()
                || l.entity_aliases.longest_at(&tokens[..e], start).is_some())
        {
            start += 1;
        }
        let n = e - start;
        if !(2..=3).contains(&n) || !(start..e).all(|k| is_name_word(&tokens[k])) {
            continue;
        }
        if l.issue_patterns.longest_at(&tokens[..e], start).is_some() {
            continue;
        }
        let titled = titled_before || last_title.is_some();
        let surname_alone = alone.contains(tokens[e - 1].key());
        if titled || surname_alone {
            out.push(
                tokens[start..e]
                    .iter()
                    .map(|t| t.surface())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
    }
    out
}

/// Each entity an alias or adjective of the word lists names in `toks` (a window of `doc`), in
/// text order: "Russian Foreign Minister" names Russia.
fn entities_in(memo: &mut Memo, doc: &[Token], toks: &[Token], mut found: impl FnMut(usize)) {
    let l = lists();
    for i in 0..toks.len() {
        for (slot, set) in [
            (ALIASES, &l.entity_aliases),
            (ADJECTIVES, &l.entity_adjectives),
        ] {
            if let Some((_, &e)) = memo.longest_at(slot, set, doc, toks, i) {
                found(e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn all_domains() -> Vec<String> {
        super::super::DOMAINS
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    fn names_in(cat: &mut Catalogue, s: &str) -> Vec<String> {
        let t = tokenize(s, 0..s.len());
        cat.mentions(&t, 0..t.len())
            .into_iter()
            .map(|m| cat.targets[m.target].name.clone())
            .collect()
    }

    #[test]
    fn surnames_resolve_to_full_names_and_variants_group() {
        let text = "US President Donald Trump met Ukrainian President Volodymyr Zelenskyy. \
                    Trump said Zelensky must accept a cease-fire, and the peace talks resumed.";
        let t = tokenize(text, 0..text.len());
        let mut cat = Catalogue::new(&t, &[], &[], &[], &all_domains());
        let found = names_in(&mut cat, text);
        assert_eq!(
            found,
            [
                "Donald Trump",
                "Volodymyr Zelenskyy",
                "Donald Trump",
                "Volodymyr Zelenskyy",
                "ceasefire",
                "peace settlement"
            ]
        );
    }

    #[test]
    fn actors_qualify_issues_and_titles_are_not_entities() {
        let text = "Kremlin spokesman Dmitry Peskov criticised U.S. mediation and Russia.";
        let t = tokenize(text, 0..text.len());
        let mut cat = Catalogue::new(&t, &[], &[], &[], &all_domains());
        assert_eq!(
            names_in(&mut cat, text),
            ["Dmitry Peskov", "US mediation", "Russia"]
        );
    }

    #[test]
    fn a_speakers_side_is_read_on_the_line_of_their_name() {
        let l = lists();
        let entity = |name: &str| l.entities.iter().position(|e| e.name == name).unwrap();
        let descriptions = ["Jan Kowalski".to_string()];

        // A headline ending in a capitalised place, then the speaker's line.
        let text = "Warsaw Wants Talks, Not With Washington\n\n\
                    Polish Foreign Minister Jan Kowalski said the talks would go on.";
        let t = tokenize(text, 0..text.len());
        let mut cat = Catalogue::new(&t, &[], &[], &[], &all_domains());
        let side = cat.side_of(&t, &descriptions);
        assert!(side.contains(&entity("Poland")));
        assert!(!side.contains(&entity("United States")));

        // Within one line the words before the name still count.
        let text = "Talks resumed. US envoy Jan Kowalski said so.";
        let t = tokenize(text, 0..text.len());
        let mut cat = Catalogue::new(&t, &[], &[], &[], &all_domains());
        assert!(cat
            .side_of(&t, &descriptions)
            .contains(&entity("United States")));
    }

    #[test]
    fn user_targets_take_precedence() {
        let text = "They rejected the grain deal and the sanctions.";
        let t = tokenize(text, 0..text.len());
        let user = [UserTarget {
            name: "Black Sea grain deal".into(),
            synonyms: vec!["grain deal".into()],
        }];
        let mut cat = Catalogue::new(&t, &[], &[], &user, &all_domains());
        assert_eq!(
            names_in(&mut cat, text),
            ["Black Sea grain deal", "sanctions"]
        );
    }
}
