//! The article view's text: the cleaned text cut into plain runs and highlighted quotations.
//! Quote offsets are byte offsets from the core; here they are clamped to the text and moved
//! onto character boundaries, and a quote inside another (a fragment inside reported speech)
//! is nested in it, so that slicing the text can never panic. A passage opened from the Stance
//! view (evidence, which may be a reporter's sentence with no quote) is one more span, `Focus`.

use crate::analysis::sorting::StableSort;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::{Rc, Weak};

use crate::DocumentReport;

#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(Range<usize>),
    /// `quote` indexes the document's quotes.
    Quote {
        quote: usize,
        children: Vec<Piece>,
    },
    /// The passage the reader asked to see.
    Focus {
        children: Vec<Piece>,
    },
    /// The headline, when the text starts with it: shown once, as the heading.
    Headline {
        children: Vec<Piece>,
    },
}

/// Marks the focus span among the quote indices.
const FOCUS: usize = usize::MAX;
const HEADLINE: usize = usize::MAX - 1;

/// The text of `doc` as pieces, highlighting the quotes whose indices are in `quotes`.
pub fn pieces(doc: &DocumentReport, quotes: &[usize]) -> Vec<Piece> {
    pieces_focused(doc, quotes, None)
}

/// [`pieces`], with the byte range `focus` marked as well: it nests with the quotes like one of
/// them, and is the outer one when it covers exactly a quote.
pub fn pieces_focused(
    doc: &DocumentReport,
    quotes: &[usize],
    focus: Option<(usize, usize)>,
) -> Vec<Piece> {
    pieces_in(doc, quotes, focus, 0..doc.text.len())
}

/// [`pieces_focused`] for the bytes `range` of the text only (a page of a long article): a
/// quotation crossing the page's edge is cut there and shown on both pages.
pub fn pieces_in(
    doc: &DocumentReport,
    quotes: &[usize],
    focus: Option<(usize, usize)>,
    range: Range<usize>,
) -> Vec<Piece> {
    let text = doc.text.as_str();
    let (from, to) = (
        text.floor_char_boundary(range.start),
        text.ceil_char_boundary(range.end),
    );
    let clamp = |(start, end, i): (usize, usize, usize)| {
        let (start, end) = (start.max(from), end.min(to));
        (start < end).then_some((start, end, i))
    };
    let mut spans: Vec<(usize, usize, usize)> = quotes
        .iter()
        .filter_map(|&i| {
            let q = doc.quotes.get(i)?;
            let start = text.floor_char_boundary(q.start);
            let end = text.ceil_char_boundary(q.end.max(q.start));
            clamp((start, end, i))
        })
        .collect();
    if let Some(h) = doc.headline.as_deref().filter(|h| !h.is_empty()) {
        if text.starts_with(h) {
            spans.extend(clamp((0, h.len(), HEADLINE)));
        }
    }
    if let Some((start, end)) = focus {
        let (start, end) = (
            text.floor_char_boundary(start),
            text.ceil_char_boundary(end),
        );
        spans.extend(clamp((start, end, FOCUS)));
    }
    // Outer quotes first: by start, the longer before the shorter; at equal ranges the
    // headline, then the focus, outside the quote.
    spans.stable_sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    nest(&spans, from, to)
}

fn nest(spans: &[(usize, usize, usize)], from: usize, to: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut pos = from;
    let mut i = 0;
    while i < spans.len() {
        let (start, end, quote) = spans[i];
        if start < pos || start >= to {
            // Starts inside an earlier sibling it is not nested in: shown in that one only.
            i += 1;
            continue;
        }
        let end = end.min(to);
        if pos < start {
            out.push(Piece::Text(pos..start));
        }
        let mut j = i + 1;
        while j < spans.len() && spans[j].0 < end {
            j += 1;
        }
        let children = nest(&spans[i + 1..j], start, end);
        out.push(match quote {
            FOCUS => Piece::Focus { children },
            HEADLINE => Piece::Headline { children },
            _ => Piece::Quote { quote, children },
        });
        pos = end;
        i = j;
    }
    if pos < to {
        out.push(Piece::Text(pos..to));
    }
    out
}

/// A speaker's name and number of quotes ("" for quotes with no speaker).
pub type SpeakerCounts = Rc<Vec<(String, usize)>>;

/// Documents with more quotations than this have their speakers counted in slices as they
/// arrive (see `web::slices::count_speakers`).
pub const KEEP_OVER: usize = 2000;

/// Counts kept: the document, held weakly (its allocation, and so the address the counts are
/// kept under, cannot be reused by another document while it is held), and its counts.
type Kept = (Weak<DocumentReport>, SpeakerCounts);

thread_local! {
    /// The speaker counts of each document, by the address of the app's `Rc` of it: the
    /// filter menus, the file cards and the Article view ask for them on every render, and
    /// counting a 20 MB article's 133,000 quotations is tens of milliseconds of reading each
    /// one's speaker from memory, which the page does once, in slices, as the document arrives.
    static KEPT: RefCell<HashMap<usize, Kept>> = RefCell::new(HashMap::new());
}

/// Keeps `counts` as `doc`'s speaker counts (made with a [`Counter`] over all its quotes).
pub fn keep(doc: &Rc<DocumentReport>, counts: SpeakerCounts) {
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        // The counts of documents dropped since (a "Clear all") go when the table has grown.
        if kept.len() >= 1024 && kept.len().is_power_of_two() {
            kept.retain(|_, (doc, _)| doc.strong_count() > 0);
        }
        kept.insert(Rc::as_ptr(doc) as usize, (Rc::downgrade(doc), counts));
    });
}

/// The speakers of a document in order of first quote, with their number of quotes: the
/// order fixes each speaker's colour in the legend.
pub fn speakers(doc: &Rc<DocumentReport>) -> SpeakerCounts {
    if doc.quotes.is_empty() {
        return Rc::default();
    }
    let found = KEPT.with(|kept| {
        kept.borrow()
            .get(&(Rc::as_ptr(doc) as usize))
            .filter(|(held, _)| std::ptr::eq(held.as_ptr(), Rc::as_ptr(doc)))
            .map(|(_, counts)| counts.clone())
    });
    if let Some(counts) = found {
        return counts;
    }
    let counts = Rc::new(count_all(doc));
    keep(doc, counts.clone());
    counts
}

fn count_all(doc: &DocumentReport) -> Vec<(String, usize)> {
    let mut counter = Counter::new(doc);
    counter.add(&doc.quotes);
    counter.finish()
}

/// [`speakers`] of the quotes `quotes` (indices into the document's) only.
pub fn speakers_of(doc: &Rc<DocumentReport>, quotes: &[usize]) -> SpeakerCounts {
    // Every quote passes when no filter is set: the document's own counts.
    if quotes.len() == doc.quotes.len() {
        return speakers(doc);
    }
    let mut counter = Counter::new(doc);
    for &i in quotes {
        if let Some(q) = doc.quotes.get(i) {
            counter.add(std::slice::from_ref(q));
        }
    }
    Rc::new(counter.finish())
}

/// Counts quotes by speaker, a slice at a time (so that the page can count a long article
/// over several tasks). By the index of the person the core resolved each speaker to, when
/// that person has the speaker's name, and by name otherwise: hashing the name of each of a
/// long article's 100,000 quotes held the page for 40 ms.
pub struct Counter<'a> {
    doc: &'a DocumentReport,
    out: Vec<(String, usize)>,
    by_person: Vec<Option<usize>>,
    by_name: HashMap<&'a str, usize>,
}

impl<'a> Counter<'a> {
    pub fn new(doc: &'a DocumentReport) -> Self {
        Counter {
            doc,
            out: Vec::new(),
            by_person: vec![None; doc.people.len()],
            by_name: HashMap::new(),
        }
    }

    /// Counts `quotes` (the document's own, in order).
    pub fn add(&mut self, quotes: &'a [crate::Quote]) {
        let people = &self.doc.people;
        for q in quotes {
            let (name, person) = match &q.speaker {
                Some(s) => (
                    s.name.as_str(),
                    s.person
                        .filter(|&p| people.get(p).is_some_and(|person| person.name == s.name)),
                ),
                None => ("", None),
            };
            let slot = match person.and_then(|p| self.by_person[p]) {
                Some(slot) => slot,
                None => {
                    let out = &mut self.out;
                    let slot = *self.by_name.entry(name).or_insert_with(|| {
                        out.push((name.to_string(), 0));
                        out.len() - 1
                    });
                    if let Some(p) = person {
                        self.by_person[p] = Some(slot);
                    }
                    slot
                }
            };
            self.out[slot].1 += 1;
        }
    }

    pub fn finish(self) -> Vec<(String, usize)> {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Quote, QuoteKind};

    fn quote(start: usize, end: usize) -> Quote {
        Quote {
            id: format!("q{start}"),
            text: String::new(),
            kind: QuoteKind::Direct,
            start,
            end,
            speaker: None,
            cue: None,
            mention: None,
            confidence: 1.0,
        }
    }

    fn doc(text: &str, quotes: Vec<Quote>) -> DocumentReport {
        DocumentReport {
            text: text.into(),
            quotes,
            ..DocumentReport::default()
        }
    }

    /// Renders pieces as text with [brackets] around quotes.
    fn show(text: &str, pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(r) => text[r.clone()].to_string(),
                Piece::Quote { children, .. } => format!("[{}]", show(text, children)),
                Piece::Focus { children } => format!("{{{}}}", show(text, children)),
                Piece::Headline { children } => format!("#{}#", show(text, children)),
            })
            .collect()
    }

    #[test]
    fn quotes_are_cut_out_of_the_text() {
        let d = doc(
            "He said yes and she said no.",
            vec![quote(8, 11), quote(25, 27)],
        );
        assert_eq!(
            show(&d.text, &pieces(&d, &[0, 1])),
            "He said [yes] and she said [no]."
        );
        assert_eq!(
            show(&d.text, &pieces(&d, &[1])),
            "He said yes and she said [no]."
        );
    }

    #[test]
    fn a_fragment_inside_reported_speech_is_nested() {
        let d = doc(
            "Russia will never sell it, he said.",
            vec![quote(0, 25), quote(7, 22)],
        );
        assert_eq!(
            show(&d.text, &pieces(&d, &[0, 1])),
            "[Russia [will never sell] it], he said."
        );
    }

    #[test]
    fn crossing_and_out_of_range_offsets_never_panic() {
        // "é" and "“" are several bytes: offsets 1 and 6 fall inside characters.
        let text = "é “ab” cd";
        let d = doc(
            text,
            vec![quote(1, 6), quote(4, 100), quote(50, 60), quote(5, 2)],
        );
        let p = pieces(&d, &[0, 1, 2, 3, 9]);
        assert_eq!(show(text, &p).replace(['[', ']'], ""), text);
        assert!(matches!(p[0], Piece::Quote { quote: 0, .. }));
    }

    #[test]
    fn a_focused_passage_nests_with_the_quotes() {
        let text = "Russia will never sell it, he said. Then he left.";
        let d = doc(text, vec![quote(0, 25), quote(7, 22)]);
        // A reporter's sentence with no quote of its own.
        assert_eq!(
            show(text, &pieces_focused(&d, &[0, 1], Some((36, 49)))),
            "[Russia [will never sell] it], he said. {Then he left.}"
        );
        // Exactly a quote: the focus is outside it.
        assert_eq!(
            show(text, &pieces_focused(&d, &[0, 1], Some((0, 25)))),
            "{[Russia [will never sell] it]}, he said. Then he left."
        );
        // The sentence around a quote, and a range crossing one, keep every character.
        assert_eq!(
            show(text, &pieces_focused(&d, &[1], Some((0, 35)))),
            "{Russia [will never sell] it, he said.} Then he left."
        );
        let crossing = pieces_focused(&d, &[1], Some((12, 40)));
        assert_eq!(
            show(text, &crossing).replace(['[', ']', '{', '}'], ""),
            text
        );
        assert!(show(text, &crossing).contains('{'));
        // Out of range or empty: no focus, no panic.
        assert!(!show(text, &pieces_focused(&d, &[0], Some((90, 99)))).contains('{'));
        assert!(!show(text, &pieces_focused(&d, &[0], Some((5, 5)))).contains('{'));
    }

    #[test]
    fn a_headline_at_the_top_of_the_text_is_marked_once() {
        let text = "Mayor backs levy\n\n“Fair,” she said.";
        let mut d = doc(text, vec![quote(21, 25)]);
        d.headline = Some("Mayor backs levy".into());
        assert_eq!(
            show(text, &pieces(&d, &[0])),
            "#Mayor backs levy#\n\n“[Fair],” she said."
        );
        d.headline = Some("Another title".into());
        assert!(!show(text, &pieces(&d, &[0])).contains('#'));
    }

    #[test]
    fn a_page_of_the_text_holds_its_part_of_each_quote() {
        let text = "He said yes and she said no.";
        let d = doc(text, vec![quote(8, 11), quote(12, 27)]);
        // The page ends inside the second quote: cut there, continued on the next page.
        assert_eq!(
            show(text, &pieces_in(&d, &[0, 1], None, 0..16)),
            "He said [yes] [and ]"
        );
        assert_eq!(
            show(text, &pieces_in(&d, &[0, 1], None, 16..28)),
            "[she said no]."
        );
        assert_eq!(
            show(text, &pieces_in(&d, &[0, 1], Some((20, 24)), 16..28)),
            "[she {said} no]."
        );
        // Offsets inside a character and a range past the end never panic.
        assert_eq!(
            show("é", &pieces_in(&doc("é", vec![]), &[], None, 1..9)),
            "é"
        );
    }

    #[test]
    fn kept_counts_belong_to_their_document_only() {
        let seeds = super::super::corpus::tests::seed_corpus();
        let by_name = |doc: &DocumentReport| {
            let mut counter = Counter::new(doc);
            counter.add(&doc.quotes);
            counter.finish()
        };
        // Each seed in turn in a fresh allocation, the one before dropped: none is given
        // another's counts, even where the allocator reuses the memory.
        for _ in 0..3 {
            for doc in &seeds.docs {
                let copy = Rc::new((**doc).clone());
                assert_eq!(*speakers(&copy), by_name(doc), "{}", doc.name);
                assert!(Rc::ptr_eq(&speakers(&copy), &speakers(&copy)), "kept");
            }
        }
        // The same quotations said by someone else, made just after the first is dropped:
        // the same number and ids, likely the same memory.
        let mut other = (*seeds.docs[0]).clone();
        for q in &mut other.quotes {
            if let Some(s) = &mut q.speaker {
                s.name = "Someone Else".into();
                s.person = None;
            }
        }
        let first = Rc::new((*seeds.docs[0]).clone());
        assert_eq!(*speakers(&first), by_name(&seeds.docs[0]));
        drop(first);
        let second = Rc::new(other.clone());
        assert_eq!(*speakers(&second), by_name(&other));
        assert_eq!(speakers(&second)[0].0, "Someone Else");
        // Counts made elsewhere (in slices, as a long document arrives) are the ones read.
        let doc = Rc::new((*seeds.docs[0]).clone());
        let made = Rc::new(vec![("Someone".to_string(), 1)]);
        keep(&doc, made.clone());
        assert!(Rc::ptr_eq(&speakers(&doc), &made));
    }

    #[test]
    fn speakers_in_order_of_first_quote() {
        let seeds = super::super::corpus::tests::seed_corpus();
        let s = speakers(&seeds.docs[0]);
        assert_eq!(s[0], ("Kremlin".to_string(), 1));
        assert_eq!(s[1].0, "Dmitry Peskov");
        assert_eq!(
            s.iter().map(|x| x.1).sum::<usize>(),
            seeds.docs[0].quotes.len()
        );
        // Counted by person where the core resolved one, as a count by name would count.
        for doc in &seeds.docs {
            let mut by_name: Vec<(String, usize)> = Vec::new();
            for q in &doc.quotes {
                let name = q.speaker.as_ref().map_or("", |s| s.name.as_str());
                match by_name.iter_mut().find(|(n, _)| n == name) {
                    Some((_, count)) => *count += 1,
                    None => by_name.push((name.to_string(), 1)),
                }
            }
            assert_eq!(*speakers(doc), by_name, "{}", doc.name);
            let odd: Vec<usize> = (0..doc.quotes.len()).step_by(2).collect();
            let of_odd = speakers_of(doc, &odd);
            assert_eq!(
                of_odd.iter().map(|x| x.1).sum::<usize>(),
                odd.len(),
                "{}",
                doc.name
            );
        }
    }
}
