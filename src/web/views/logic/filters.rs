//! The filters every view applies: speaker, stance target, kind of quotation and a text search.
//! A quote passes when it passes each filter that is set; views show the quotes that pass and
//! leave out documents, speakers, cells and dates left with none.

use crate::analysis::sorting::StableSort;
use std::collections::HashMap;

/// `entry` by a borrowed key, copying it only when it is new.
trait EntryRef {
    fn entry_ref(&mut self, key: &str) -> &mut usize;
}

impl EntryRef for HashMap<String, usize> {
    fn entry_ref(&mut self, key: &str) -> &mut usize {
        if !self.contains_key(key) {
            self.insert(key.to_string(), 0);
        }
        self.get_mut(key).expect("inserted just now")
    }
}

use super::article::speakers;
use super::corpus::Corpus;
use crate::{Quote, QuoteKind, StanceCell};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    pub speaker: Option<String>,
    pub target: Option<String>,
    pub kind: Option<QuoteKind>,
    /// Case-insensitive; searched in the quote, its speaker's name and role, and its cue.
    pub text: String,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        self.speaker.is_some()
            || self.target.is_some()
            || self.kind.is_some()
            || !self.text.trim().is_empty()
    }

    /// Everything but the target: what a quote says and who said it.
    fn quote_passes(&self, quote: &Quote) -> bool {
        let name = quote.speaker.as_ref().map(|s| s.name.as_str());
        if self.speaker.as_deref().is_some_and(|s| Some(s) != name) {
            return false;
        }
        if self.kind.is_some_and(|k| k != quote.kind) {
            return false;
        }
        let needle = self.text.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let role = quote.speaker.as_ref().and_then(|s| s.role.as_deref());
        let cue = quote.cue.as_ref().map(|c| c.text.as_str());
        [Some(quote.text.as_str()), name, role, cue]
            .into_iter()
            .flatten()
            .any(|hay| contains_lowercase(hay, &needle))
    }

    /// Whether quote `quote` of document `doc` passes every filter set.
    pub fn quote_matches(&self, corpus: &Corpus, doc: usize, quote: &Quote) -> bool {
        if let Some(target) = &self.target {
            if !corpus.is_evidence_about(doc, &quote.id, target) {
                return false;
            }
        }
        self.quote_passes(quote)
    }

    /// A matrix cell passes when its target passes and one of its evidence quotes passes the
    /// other filters (so a speaker filter keeps the speaker's row, a search the cells it hit).
    pub fn cell_matches(&self, corpus: &Corpus, cell: &StanceCell) -> bool {
        if self.target.as_ref().is_some_and(|t| t != &cell.target) {
            return false;
        }
        if self.speaker.is_none() && self.kind.is_none() && self.text.trim().is_empty() {
            return true;
        }
        cell.evidence.iter().any(|(doc, id)| {
            corpus
                .find_quote(doc, id)
                .and_then(|(d, q)| corpus.quote(d, q))
                .is_some_and(|q| self.quote_passes(q))
        })
    }
}

/// Whether `hay`, lowercased, contains `needle` (lowercase already). ASCII text is compared
/// in place: lowercasing a copy of each of a long article's 133,000 quotations took 56 ms.
fn contains_lowercase(hay: &str, needle: &str) -> bool {
    if !(hay.is_ascii() && needle.is_ascii()) {
        return hay.to_lowercase().contains(needle);
    }
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    needle.is_empty()
        || hay
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// For each document of the corpus, the indices of its quotes that pass.
pub fn visible_quotes(corpus: &Corpus, filters: &Filters) -> Vec<Vec<usize>> {
    if !filters.is_active() {
        return corpus
            .docs
            .iter()
            .map(|doc| (0..doc.quotes.len()).collect())
            .collect();
    }
    corpus
        .docs
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            (0..doc.quotes.len())
                .filter(|&q| filters.quote_matches(corpus, d, &doc.quotes[q]))
                .collect()
        })
        .collect()
}

/// The counts behind the filter menus, kept between calls: while a batch is analysed the
/// documents grow at the end a few at a time, and counting all of a 2,000-article batch's
/// speakers and targets again on each update was most of that update's work.
#[derive(Default)]
struct Tally {
    /// The documents counted, in order (held weakly: a document dropped since fails the
    /// comparison, and its address cannot be reused while it is held).
    docs: Vec<std::rc::Weak<crate::DocumentReport>>,
    speakers: HashMap<String, usize>,
    targets: HashMap<String, usize>,
}

thread_local! {
    static TALLY: std::cell::RefCell<Tally> = Default::default();
}

/// The choices the filter menus offer: speakers by number of quotes, then the targets of the
/// documents' stance judgements by number of judgements; ties alphabetically.
pub fn choices(corpus: &Corpus) -> (Vec<String>, Vec<String>) {
    TALLY.with(|tally| {
        let mut tally = tally.borrow_mut();
        let counted = tally.docs.len();
        let same_start = corpus.docs.len() >= counted
            && tally
                .docs
                .iter()
                .zip(&corpus.docs)
                .all(|(was, doc)| std::ptr::eq(was.as_ptr(), std::rc::Rc::as_ptr(doc)));
        let from = if same_start {
            counted
        } else {
            *tally = Tally::default();
            0
        };
        for doc in &corpus.docs[from..] {
            for (name, n) in speakers(doc).iter().filter(|(name, _)| !name.is_empty()) {
                *tally.speakers.entry_ref(name) += n;
            }
            for j in &doc.stance {
                *tally.targets.entry_ref(&j.target) += 1;
            }
            tally.docs.push(std::rc::Rc::downgrade(doc));
        }
        (by_count(&tally.speakers), by_count(&tally.targets))
    })
}

/// Choices a filter menu lists at once; a longer list is searched.
pub const MENU: usize = 100;

/// What a filter menu lists for `query`: the choices containing it (ignoring case), in their
/// order, at most `limit`, with `selected` kept in even when it is past the limit; and how
/// many choices match in all.
pub fn menu<'a>(
    options: &'a [String],
    query: &str,
    selected: Option<&str>,
    limit: usize,
) -> (Vec<&'a str>, usize) {
    let needle = query.trim().to_lowercase();
    let mut matched = 0;
    let mut shown: Vec<&str> = Vec::new();
    for o in options {
        if needle.is_empty() || o.to_lowercase().contains(&needle) {
            matched += 1;
            if shown.len() < limit {
                shown.push(o);
            }
        }
    }
    if let Some(s) = selected.and_then(|s| options.iter().find(|o| *o == s)) {
        if !shown.contains(&s.as_str()) {
            shown.insert(0, s);
        }
    }
    (shown, matched)
}

fn by_count(counts: &HashMap<String, usize>) -> Vec<String> {
    let mut v: Vec<(&str, usize)> = counts.iter().map(|(s, n)| (s.as_str(), *n)).collect();
    v.stable_sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    v.into_iter().map(|(s, _)| s.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::super::corpus::tests::seed_corpus;
    use super::*;

    fn count(v: &[Vec<usize>]) -> usize {
        v.iter().map(Vec::len).sum()
    }

    #[test]
    fn no_filter_shows_every_quote() {
        let corpus = seed_corpus();
        let f = Filters::default();
        assert!(!f.is_active());
        assert_eq!(count(&visible_quotes(&corpus, &f)), corpus.quote_count());
    }

    #[test]
    fn speaker_filter_keeps_only_that_speakers_quotes() {
        let corpus = seed_corpus();
        let f = Filters {
            speaker: Some("Marco Rubio".into()),
            ..Filters::default()
        };
        let visible = visible_quotes(&corpus, &f);
        assert_eq!(count(&visible), 2);
        for (d, qs) in visible.iter().enumerate() {
            for &q in qs {
                let s = corpus.docs[d].quotes[q].speaker.as_ref().unwrap();
                assert_eq!(s.name, "Marco Rubio");
            }
        }
    }

    #[test]
    fn kind_and_text_filters_combine() {
        let corpus = seed_corpus();
        let f = Filters {
            kind: Some(QuoteKind::Direct),
            text: "CEASEFIRE".into(),
            ..Filters::default()
        };
        let visible = visible_quotes(&corpus, &f);
        let texts: Vec<&str> = visible
            .iter()
            .enumerate()
            .flat_map(|(d, qs)| qs.iter().map(move |&q| (d, q)))
            .map(|(d, q)| corpus.docs[d].quotes[q].text.as_str())
            .collect();
        assert!(
            texts.iter().any(|t| t.contains("not on a ceasefire")),
            "{texts:?}"
        );
        assert!(texts.iter().all(|t| t.to_lowercase().contains("ceasefire")));
        // Role text is searched too: every quote of the "press secretary" matches.
        let by_role = Filters {
            text: "press secretary".into(),
            ..Filters::default()
        };
        let of_role = corpus
            .docs
            .iter()
            .flat_map(|d| &d.quotes)
            .filter(|q| {
                q.speaker
                    .as_ref()
                    .and_then(|s| s.role.as_deref())
                    .is_some_and(|r| r.contains("press secretary"))
            })
            .count();
        assert!(of_role >= 5, "{of_role}");
        assert_eq!(count(&visible_quotes(&corpus, &by_role)), of_role);
    }

    #[test]
    fn target_filter_keeps_the_evidence_of_that_target() {
        let corpus = seed_corpus();
        let f = Filters {
            target: Some("ceasefire".into()),
            ..Filters::default()
        };
        let visible = visible_quotes(&corpus, &f);
        let n = count(&visible);
        assert!(n >= 3 && n < corpus.quote_count(), "{n}");
        assert!(corpus
            .matrix()
            .iter()
            .all(|c| f.cell_matches(&corpus, c) == (c.target == "ceasefire")));
    }

    #[test]
    fn speaker_filter_keeps_the_speakers_matrix_row() {
        let corpus = seed_corpus();
        let f = Filters {
            speaker: Some("Dmitry Peskov".into()),
            ..Filters::default()
        };
        let cells: Vec<&StanceCell> = corpus
            .matrix()
            .iter()
            .filter(|c| f.cell_matches(&corpus, c))
            .collect();
        assert!(cells.iter().any(|c| c.target == "peace settlement"));
        assert!(
            cells.iter().all(|c| c.speaker == "Dmitry Peskov"),
            "{cells:?}"
        );
    }

    #[test]
    fn the_search_ignores_case_as_lowercasing_would() {
        for (hay, needle) in [
            ("The CEASEFIRE holds", "ceasefire"),
            ("no cease-fire", "ceasefire"),
            ("Žižek SAID", "said"),
            ("ŽIŽEK said", "žižek"),
            ("short", "longer than it"),
            ("anything", ""),
        ] {
            assert_eq!(
                contains_lowercase(hay, needle),
                hay.to_lowercase().contains(needle),
                "{hay} / {needle}"
            );
        }
    }

    #[test]
    fn a_long_menu_lists_a_page_of_matches_and_keeps_the_choice() {
        let options: Vec<String> = (0..2500).map(|i| format!("Speaker {i:04}")).collect();
        let (shown, matched) = menu(&options, "", None, MENU);
        assert_eq!((shown.len(), matched), (MENU, 2500));
        assert_eq!(shown[0], "Speaker 0000");
        let (shown, matched) = menu(&options, " SPEAKER 24", None, MENU);
        assert_eq!((shown.len(), matched), (MENU, 100));
        assert!(shown.iter().all(|s| s.starts_with("Speaker 24")));
        let (shown, matched) = menu(&options, "999", None, MENU);
        assert_eq!((shown, matched), (vec!["Speaker 0999", "Speaker 1999"], 2));
        // The chosen one stays listed, first, even when the search leaves it out.
        let (shown, matched) = menu(&options, "0001", Some("Speaker 2400"), MENU);
        assert_eq!((shown, matched), (vec!["Speaker 2400", "Speaker 0001"], 1));
        assert_eq!(menu(&options, "nobody", None, MENU), (vec![], 0));
    }

    #[test]
    fn choices_counted_as_documents_arrive_are_the_choices_counted_at_once() {
        let corpus = seed_corpus();
        let all = choices(&corpus);
        // A batch growing at its end, two documents, then three more.
        let first_two = Corpus::new(corpus.docs[..2].to_vec());
        let (speakers_of_two, _) = choices(&first_two);
        assert!(speakers_of_two.len() < all.0.len());
        assert_eq!(choices(&Corpus::new(corpus.docs.clone())), all);
        // A document gone from the start: counted again, without it.
        let rest = Corpus::new(corpus.docs[1..].to_vec());
        let (speakers, targets) = choices(&rest);
        assert!(targets.len() <= all.1.len());
        let fresh = |docs: &[std::rc::Rc<crate::DocumentReport>]| {
            let mut n: HashMap<String, usize> = HashMap::new();
            for d in docs {
                for q in &d.quotes {
                    if let Some(s) = &q.speaker {
                        *n.entry(s.name.clone()).or_default() += 1;
                    }
                }
            }
            by_count(&n)
        };
        assert_eq!(speakers, fresh(&corpus.docs[1..]));
        assert_eq!(all.0, fresh(&corpus.docs));
    }

    #[test]
    fn choices_put_the_most_quoted_first() {
        let (speakers, targets) = choices(&seed_corpus());
        assert_eq!(speakers[0], "Dmitry Peskov");
        assert!(targets.contains(&"ceasefire".to_string()));
    }
}
