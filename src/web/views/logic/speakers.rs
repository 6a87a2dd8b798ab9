//! The speakers table: everyone quoted across the documents, with the role given most often,
//! organisation, the other names they went by, their quotes, and their stances from the matrix.

use crate::analysis::sorting::StableSort;
use std::collections::{HashMap, HashSet};

use super::corpus::Corpus;
use super::filters::Filters;
use crate::{DocumentReport, Polarity};

#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerRow {
    pub name: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub aliases: Vec<String>,
    pub quotes: usize,
    pub documents: usize,
    /// Indices of the speaker's matrix cells with a favor, against or mixed stance.
    pub stances: Vec<usize>,
}

/// A speaker's row as it is gathered, borrowing from the documents: a long article has
/// 100,000 quotes of a few speakers, so nothing is copied per quote.
#[derive(Default)]
struct Acc<'a> {
    roles: HashMap<&'a str, usize>,
    organisation: Option<&'a str>,
    aliases: Vec<&'a str>,
    /// `aliases` as a set, and the alias lists already read (by address).
    seen: HashSet<&'a str>,
    lists: HashSet<usize>,
    quotes: usize,
    documents: Vec<usize>,
}

impl<'a> Acc<'a> {
    fn add_aliases(&mut self, aliases: &'a [String], name: &str) {
        if aliases.is_empty() || !self.lists.insert(aliases.as_ptr() as usize) {
            return;
        }
        for a in aliases {
            let a = a.trim();
            if !a.is_empty() && a != name && self.seen.insert(a) {
                self.aliases.push(a);
            }
        }
    }
}

/// Every word capitalised, as names are ("Peskov", "Vladimir Zelensky"; not "said Putin's
/// press secretary").
fn looks_like_name(s: &str) -> bool {
    s.split_whitespace().all(|w| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_none_or(char::is_uppercase)
    })
}

/// One document's quotes by one speaker, gathered before they join the speaker's row.
struct Group<'a> {
    name: &'a str,
    quotes: usize,
    /// Roles in the order first given, with their counts (a speaker has a few).
    roles: Vec<(&'a str, usize)>,
    /// The alias lists to read, in the order met: the quotes' own and their people's.
    aliases: Vec<&'a [String]>,
    /// The people (by index into the document's) met, in order, for the organisation.
    people: Vec<usize>,
}

/// The slot of each speaker of one document: by the index of the person the core resolved
/// the speaker to (when that person has the speaker's name), else by name. A long article
/// has 100,000 quotes of a few dozen speakers: a hash of the name (and of the role, and of
/// an alias list) for each quote took most of a 20 MB article's 70 ms.
struct Slots<'a> {
    by_person: Vec<Option<usize>>,
    by_name: HashMap<&'a str, usize>,
}

impl<'a> Slots<'a> {
    fn new(doc: &DocumentReport) -> Self {
        Slots {
            by_person: vec![None; doc.people.len()],
            by_name: HashMap::new(),
        }
    }

    /// The slot of `name` (resolved to `person`), made with `new` the first time.
    fn of(&mut self, name: &'a str, person: Option<usize>, new: impl FnOnce() -> usize) -> usize {
        if let Some(Some(slot)) = person.and_then(|p| self.by_person.get(p)) {
            return *slot;
        }
        let slot = *self.by_name.entry(name).or_insert_with(new);
        if let Some(p) = person.and_then(|p| self.by_person.get_mut(p)) {
            *p = Some(slot);
        }
        slot
    }
}

/// `doc`'s quotes in `visible` grouped by speaker, in the order each was first quoted.
fn groups<'a>(doc: &'a DocumentReport, visible: &[usize]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut slots = Slots::new(doc);
    for &q in visible {
        let Some(speaker) = doc.quotes.get(q).and_then(|q| q.speaker.as_ref()) else {
            continue;
        };
        let name = speaker.name.as_str();
        let same_person = speaker
            .person
            .filter(|&p| doc.people.get(p).is_some_and(|person| person.name == name));
        let g = slots.of(name, same_person, || {
            groups.push(Group {
                name,
                quotes: 0,
                roles: Vec::new(),
                aliases: Vec::new(),
                people: Vec::new(),
            });
            groups.len() - 1
        });
        let group = &mut groups[g];
        group.quotes += 1;
        if let Some(role) = speaker.role.as_deref().filter(|r| !r.trim().is_empty()) {
            match group.roles.iter_mut().find(|(r, _)| *r == role) {
                Some((_, n)) => *n += 1,
                None => group.roles.push((role, 1)),
            }
        }
        // Each quote has its own copy of its speaker's aliases, mostly the same list as the
        // quote before: a list equal to one of the last few read adds nothing.
        if !speaker.aliases.is_empty()
            && !group
                .aliases
                .iter()
                .rev()
                .take(4)
                .any(|l| *l == &speaker.aliases[..])
        {
            group.aliases.push(&speaker.aliases);
        }
        if let Some(p) = speaker.person.filter(|&p| p < doc.people.len()) {
            if !group.people.contains(&p) {
                group.people.push(p);
                group.aliases.push(&doc.people[p].aliases);
            }
        }
    }
    groups
}

/// The rows, most quoted first, counting only the quotes in `visible` (see
/// [`super::filters::visible_quotes`]); speakers left with no quote are left out.
pub fn rows(corpus: &Corpus, visible: &[Vec<usize>], filters: &Filters) -> Vec<SpeakerRow> {
    let mut acc: HashMap<&str, Acc> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (d, doc) in corpus.docs.iter().enumerate() {
        let visible = visible.get(d).map(Vec::as_slice).unwrap_or(&[]);
        for group in groups(doc, visible) {
            let name = group.name;
            let a = acc.entry(name).or_insert_with(|| {
                order.push(name);
                Acc::default()
            });
            a.quotes += group.quotes;
            if a.documents.last() != Some(&d) {
                a.documents.push(d);
            }
            for (role, n) in group.roles {
                *a.roles.entry(role).or_default() += n;
            }
            for list in group.aliases {
                a.add_aliases(list, name);
            }
            if a.organisation.is_none() {
                a.organisation = group
                    .people
                    .iter()
                    .find_map(|&p| doc.people[p].organisation.as_deref());
            }
        }
    }
    // Each speaker's cells with a stance, found in one walk of the matrix (a large batch has
    // thousands of speakers and of cells).
    let mut cells: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in corpus.matrix().iter().enumerate() {
        if c.stance != Polarity::Neutral {
            cells.entry(c.speaker.as_str()).or_default().push(i);
        }
    }
    let mut rows: Vec<SpeakerRow> = order
        .into_iter()
        .filter_map(|name| {
            let a = acc.remove(name)?;
            // The core also lists descriptions ("Kremlin spokesperson") among the ways a
            // person is referred to: only other names are shown as aliases.
            let aliases = a
                .aliases
                .into_iter()
                .filter(|alias| {
                    looks_like_name(alias) && !a.roles.keys().any(|r| r.eq_ignore_ascii_case(alias))
                })
                .map(str::to_string)
                .collect();
            let mut roles: Vec<(&str, usize)> = a.roles.into_iter().collect();
            roles.stable_sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(y.0)));
            let stances = cells
                .get(name)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&i| filters.cell_matches(corpus, &corpus.matrix()[i]))
                .collect();
            Some(SpeakerRow {
                name: name.to_string(),
                role: roles.into_iter().next().map(|r| r.0.to_string()),
                organisation: a.organisation.map(str::to_string),
                aliases,
                quotes: a.quotes,
                documents: a.documents.len(),
                stances,
            })
        })
        .collect();
    rows.stable_sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
    rows
}

#[cfg(test)]
mod tests {
    use super::super::corpus::tests::seed_corpus;
    use super::super::filters::visible_quotes;
    use super::*;

    #[test]
    fn peskov_leads_with_his_role_aliases_and_stances() {
        let corpus = seed_corpus();
        let f = Filters::default();
        let rows = rows(&corpus, &visible_quotes(&corpus, &f), &f);
        let peskov = &rows[0];
        assert_eq!(peskov.name, "Dmitry Peskov");
        assert_eq!(peskov.documents, 4);
        assert!(peskov.quotes >= 30, "{}", peskov.quotes);
        assert!(peskov.role.as_deref().unwrap().contains("spokes"));
        assert!(
            peskov.aliases.iter().any(|a| a == "Peskov"),
            "{:?}",
            peskov.aliases
        );
        let targets: Vec<&str> = peskov
            .stances
            .iter()
            .map(|&c| corpus.matrix()[c].target.as_str())
            .collect();
        assert!(targets.contains(&"ceasefire") && targets.contains(&"peace settlement"));
        assert_eq!(
            rows.iter().map(|r| r.quotes).sum::<usize>(),
            corpus.quote_count()
        );
    }

    /// The rows gathered one quote at a time, as before the quotes were grouped per document.
    fn rows_quote_by_quote(corpus: &Corpus, visible: &[Vec<usize>]) -> Vec<(String, SpeakerRow)> {
        let mut acc: HashMap<&str, Acc> = HashMap::new();
        let mut order: Vec<&str> = Vec::new();
        for (d, doc) in corpus.docs.iter().enumerate() {
            for &q in &visible[d] {
                let Some(speaker) = doc.quotes[q].speaker.as_ref() else {
                    continue;
                };
                let name = speaker.name.as_str();
                let a = acc.entry(name).or_insert_with(|| {
                    order.push(name);
                    Acc::default()
                });
                a.quotes += 1;
                if a.documents.last() != Some(&d) {
                    a.documents.push(d);
                }
                if let Some(role) = speaker.role.as_deref().filter(|r| !r.trim().is_empty()) {
                    *a.roles.entry(role).or_default() += 1;
                }
                a.add_aliases(&speaker.aliases, name);
                if let Some(person) = speaker.person.and_then(|p| doc.people.get(p)) {
                    a.add_aliases(&person.aliases, name);
                    if a.organisation.is_none() {
                        a.organisation = person.organisation.as_deref();
                    }
                }
            }
        }
        order
            .into_iter()
            .map(|name| {
                let a = acc.remove(name).unwrap();
                let mut roles: Vec<(&str, usize)> = a.roles.into_iter().collect();
                roles.stable_sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(y.0)));
                let row = SpeakerRow {
                    name: name.to_string(),
                    role: roles.first().map(|r| r.0.to_string()),
                    organisation: a.organisation.map(str::to_string),
                    aliases: a.aliases.iter().map(|a| a.to_string()).collect(),
                    quotes: a.quotes,
                    documents: a.documents.len(),
                    stances: Vec::new(),
                };
                (name.to_string(), row)
            })
            .collect()
    }

    #[test]
    fn rows_grouped_per_document_are_the_rows_gathered_quote_by_quote() {
        let corpus = seed_corpus();
        for f in [
            Filters::default(),
            Filters {
                text: "said".into(),
                ..Filters::default()
            },
            Filters {
                kind: Some(crate::QuoteKind::Indirect),
                ..Filters::default()
            },
        ] {
            let visible = visible_quotes(&corpus, &f);
            let expected = rows_quote_by_quote(&corpus, &visible);
            let got = rows(&corpus, &visible, &f);
            assert_eq!(got.len(), expected.len());
            assert!(got.len() > 5, "{} rows", got.len());
            for row in got {
                let (_, want) = expected.iter().find(|(n, _)| *n == row.name).unwrap();
                assert_eq!(
                    (&row.role, &row.organisation, row.quotes, row.documents),
                    (&want.role, &want.organisation, want.quotes, want.documents),
                    "{}",
                    row.name
                );
                // The aliases shown are the ones gathered, in the order met.
                let shown: Vec<&String> = want
                    .aliases
                    .iter()
                    .filter(|a| row.aliases.contains(a))
                    .collect();
                assert_eq!(
                    shown,
                    row.aliases.iter().collect::<Vec<_>>(),
                    "{}",
                    row.name
                );
            }
        }
    }

    #[test]
    fn speaker_counts_are_a_count_by_name() {
        let corpus = seed_corpus();
        for doc in &corpus.docs {
            let mut naive: HashMap<&str, usize> = HashMap::new();
            for q in &doc.quotes {
                if let Some(s) = &q.speaker {
                    *naive.entry(&s.name).or_default() += 1;
                }
            }
            assert!(!naive.is_empty());
            let counts = super::super::article::speakers(doc);
            let named: HashMap<&str, usize> = counts
                .iter()
                .filter(|(name, _)| !name.is_empty())
                .map(|(name, n)| (name.as_str(), *n))
                .collect();
            assert_eq!(named, naive, "{}", doc.name);
        }
    }

    #[test]
    fn a_filter_leaves_out_speakers_without_quotes() {
        let corpus = seed_corpus();
        let f = Filters {
            speaker: Some("Sergey Lavrov".into()),
            ..Filters::default()
        };
        let rows = rows(&corpus, &visible_quotes(&corpus, &f), &f);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].role.as_deref(), Some("Russian Foreign Minister"));
    }
}
