//! The timeline's data: one point per dated document with its (filtered) quotes counted by the
//! stance they carry, and day numbers so that the chart spaces dates truly.

use super::corpus::Corpus;
use super::filters::Filters;
use crate::Polarity;

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub doc: usize,
    pub date: String,
    /// Days since 1970-01-01.
    pub day: i64,
    pub quotes: usize,
    pub favor: usize,
    pub against: usize,
    pub mixed: usize,
}

/// Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (a longer timestamp is cut to its date).
pub fn day_number(date: &str) -> Option<i64> {
    let d = date.get(..10)?;
    let mut parts = d.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || d.len() != 10 {
        return None;
    }
    // Days from civil (proleptic Gregorian), March-based year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The stance a quote carries in its document: the polarities of the judgements it is
/// evidence in (toward the filtered target only, when one is set).
fn polarity(corpus: &Corpus, doc: usize, quote_id: &str, filters: &Filters) -> Option<Polarity> {
    let (mut favor, mut against) = (false, false);
    for j in &corpus.docs[doc].stance {
        if filters.target.as_ref().is_some_and(|t| t != &j.target) {
            continue;
        }
        for e in j.evidence.iter().filter(|e| e.quote_id == quote_id) {
            match e.polarity {
                Polarity::Favor => favor = true,
                Polarity::Against => against = true,
                Polarity::Mixed => (favor, against) = (true, true),
                Polarity::Neutral => {}
            }
        }
    }
    match (favor, against) {
        (true, true) => Some(Polarity::Mixed),
        (true, false) => Some(Polarity::Favor),
        (false, true) => Some(Polarity::Against),
        (false, false) => None,
    }
}

/// Points of the dated documents with at least one visible quote, oldest first; and how many
/// documents with visible quotes have no date.
pub fn points(corpus: &Corpus, visible: &[Vec<usize>], filters: &Filters) -> (Vec<Point>, usize) {
    let mut out = Vec::new();
    let mut undated = 0;
    for (d, doc) in corpus.docs.iter().enumerate() {
        let quotes = visible.get(d).map(Vec::as_slice).unwrap_or(&[]);
        if quotes.is_empty() {
            continue;
        }
        let Some((date, day)) = doc
            .date
            .as_deref()
            .and_then(|date| Some((date.to_string(), day_number(date)?)))
        else {
            undated += 1;
            continue;
        };
        let mut p = Point {
            doc: d,
            date,
            day,
            quotes: quotes.len(),
            favor: 0,
            against: 0,
            mixed: 0,
        };
        for &q in quotes {
            match doc
                .quotes
                .get(q)
                .and_then(|q| polarity(corpus, d, &q.id, filters))
            {
                Some(Polarity::Favor) => p.favor += 1,
                Some(Polarity::Against) => p.against += 1,
                Some(Polarity::Mixed) => p.mixed += 1,
                _ => {}
            }
        }
        out.push(p);
    }
    out.sort_by(|a, b| a.day.cmp(&b.day).then(a.doc.cmp(&b.doc)));
    (out, undated)
}

#[cfg(test)]
mod tests {
    use super::super::corpus::tests::seed_corpus;
    use super::super::filters::visible_quotes;
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("2025-02-23T10:00:00Z"), Some(20_142));
        assert_eq!(
            day_number("2025-12-10").unwrap() - day_number("2025-02-23").unwrap(),
            290
        );
        for bad in [
            "",
            "2025",
            "2025-13-01",
            "20x5-01-01",
            "2025-1-1",
            "2025-01-١",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_seeds_dated_documents_in_order() {
        let corpus = seed_corpus();
        let f = Filters::default();
        let (points, undated) = points(&corpus, &visible_quotes(&corpus, &f), &f);
        let dates: Vec<&str> = points.iter().map(|p| p.date.as_str()).collect();
        assert_eq!(dates, ["2025-02-23", "2025-04-30", "2025-12-10"]);
        assert_eq!(undated, 2);
        assert_eq!(points[0].quotes, 10);
        assert!(points
            .iter()
            .all(|p| p.favor + p.against + p.mixed <= p.quotes));
        assert!(points.iter().any(|p| p.favor > 0) && points.iter().any(|p| p.against > 0));
    }
}
