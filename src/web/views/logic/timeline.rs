//! The timeline's data: one point per date (per month when there are more than
//! [`MAX_POINTS`] dates) with the documents of that date and their (filtered) quotes counted by
//! the stance they carry, and day numbers so that the chart spaces dates truly.

/// Above this many distinct dates, documents are grouped by month.
pub const MAX_POINTS: usize = 60;

use super::corpus::Corpus;
use super::filters::Filters;
use crate::Polarity;

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The documents of this date, by index into the corpus.
    pub docs: Vec<usize>,
    /// "2025-02-23", or "2025-02" for a month.
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

/// Points of the dates with at least one visible quote, oldest first; and how many documents
/// with visible quotes have no date.
pub fn points(corpus: &Corpus, visible: &[Vec<usize>], filters: &Filters) -> (Vec<Point>, usize) {
    let mut dated: Vec<(i64, &str, usize)> = Vec::new();
    let mut undated = 0;
    for (d, doc) in corpus.docs.iter().enumerate() {
        if visible.get(d).is_none_or(Vec::is_empty) {
            continue;
        }
        match doc
            .date
            .as_deref()
            .and_then(|date| Some((day_number(date)?, date)))
        {
            Some((day, date)) => dated.push((day, date, d)),
            None => undated += 1,
        }
    }
    dated.sort();
    let mut days: Vec<i64> = dated.iter().map(|x| x.0).collect();
    days.dedup();
    let by_month = days.len() > MAX_POINTS;
    let mut out: Vec<Point> = Vec::new();
    for (day, date, d) in dated {
        let (label, day) = if by_month {
            let month = &date[..7];
            (month, day_number(&format!("{month}-01")).unwrap_or(day))
        } else {
            (&date[..10], day)
        };
        if out.last().is_none_or(|p| p.date != label) {
            out.push(Point {
                docs: Vec::new(),
                date: label.to_string(),
                day,
                quotes: 0,
                favor: 0,
                against: 0,
                mixed: 0,
            });
        }
        let Some(p) = out.last_mut() else { continue };
        p.docs.push(d);
        for &q in visible.get(d).map(Vec::as_slice).unwrap_or(&[]) {
            p.quotes += 1;
            match corpus.docs[d]
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
    }
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

    #[test]
    fn documents_of_one_date_share_a_point_and_many_dates_make_months() {
        use crate::DocumentReport;
        use std::rc::Rc;
        let doc = |date: String| {
            Rc::new(DocumentReport {
                date: Some(date),
                ..DocumentReport::default()
            })
        };
        let mut docs: Vec<_> = (1..=3).map(|_| doc("2025-03-01".into())).collect();
        docs.push(doc("2025-03-02".into()));
        let corpus = Corpus::new(docs);
        let visible = vec![vec![0]; 4];
        let (p, _) = points(&corpus, &visible, &Filters::default());
        assert_eq!(p.iter().map(|p| p.docs.len()).collect::<Vec<_>>(), [3, 1]);
        assert_eq!(p[0].quotes, 3, "visible quotes are counted");

        let many: Vec<_> = (0..100)
            .map(|i| doc(format!("2024-{:02}-{:02}", 1 + i / 28, 1 + i % 28)))
            .collect();
        let corpus = Corpus::new(many);
        let visible = vec![vec![0]; 100];
        let (p, undated) = points(&corpus, &visible, &Filters::default());
        let months: Vec<&str> = p.iter().map(|p| p.date.as_str()).collect();
        assert_eq!(months, ["2024-01", "2024-02", "2024-03", "2024-04"]);
        assert_eq!(p.iter().map(|p| p.docs.len()).sum::<usize>(), 100);
        assert_eq!(undated, 0);
    }
}
