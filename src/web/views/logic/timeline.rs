//! The timeline's data: one point per date (per month when there are more than
//! [`MAX_POINTS`] dates, per year when there are more months than that) with the documents of
//! that date and their (filtered) quotes counted by the stance they carry, day numbers so that
//! the chart spaces dates truly, and the ticks of its date axis (by day, week, month or year,
//! as the range needs).

/// Above this many distinct dates, documents are grouped by month; above this many months, by
/// year. The chart and its table never have more points than this and the years.
pub const MAX_POINTS: usize = 60;

use super::corpus::Corpus;
use super::filters::Filters;
use crate::analysis::sorting::StableSort;
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

/// The stance each quote of a document carries: the polarities of the judgements it is
/// evidence in (toward the filtered target only, when one is set), by quote index. Made once
/// per document: looking through every judgement for each quote made a long article
/// quadratic, and a map by quote id hashed each piece of evidence's id.
fn polarities(corpus: &Corpus, doc: usize, filters: &Filters) -> Vec<Option<Polarity>> {
    let quotes = corpus.docs[doc].quotes.len();
    let mut sides: Vec<(bool, bool)> = vec![(false, false); quotes];
    for j in &corpus.docs[doc].stance {
        if filters.target.as_ref().is_some_and(|t| t != &j.target) {
            continue;
        }
        for e in &j.evidence {
            let Some((favor, against)) = corpus
                .quote_index(doc, &e.quote_id)
                .and_then(|q| sides.get_mut(q))
            else {
                continue;
            };
            match e.polarity {
                Polarity::Favor => *favor = true,
                Polarity::Against => *against = true,
                Polarity::Mixed => (*favor, *against) = (true, true),
                Polarity::Neutral => {}
            }
        }
    }
    sides
        .into_iter()
        .map(|side| match side {
            (true, true) => Some(Polarity::Mixed),
            (true, false) => Some(Polarity::Favor),
            (false, true) => Some(Polarity::Against),
            (false, false) => None,
        })
        .collect()
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
    dated.stable_sort();
    let mut days: Vec<i64> = dated.iter().map(|x| x.0).collect();
    days.dedup();
    let mut months: Vec<&str> = dated.iter().map(|x| x.1.get(..7).unwrap_or("")).collect();
    months.dedup();
    let by_year = months.len() > MAX_POINTS;
    let by_month = days.len() > MAX_POINTS;
    let mut out: Vec<Point> = Vec::new();
    for (day, date, d) in dated {
        let (label, day) = if by_year {
            let year = date.get(..4).unwrap_or("");
            (year, day_number(&format!("{year}-01-01")).unwrap_or(day))
        } else if by_month {
            let month = date.get(..7).unwrap_or("");
            (month, day_number(&format!("{month}-01")).unwrap_or(day))
        } else {
            (date.get(..10).unwrap_or(""), day)
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
        let stances = polarities(corpus, d, filters);
        for &q in visible.get(d).map(Vec::as_slice).unwrap_or(&[]) {
            p.quotes += 1;
            match stances.get(q).copied().flatten() {
                Some(Polarity::Favor) => p.favor += 1,
                Some(Polarity::Against) => p.against += 1,
                Some(Polarity::Mixed) => p.mixed += 1,
                _ => {}
            }
        }
    }
    (out, undated)
}

/// The date (year, month, day) of a day number: the inverse of [`day_number`].
pub use crate::analysis::document::dates::civil_from_days as civil;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The ticks of a date axis from day `first` to day `last`: at most `most` of them, every day,
/// every week (Mondays), every month (the 1st) or every year (1 January), taking the finest
/// step that fits, in steps of 1, 2, 3 or 6 months or several years when needed. Each tick is
/// (day number, label): "23 Feb" for days and weeks, "Feb 2025" for months, "2025" for years;
/// a day or week label carries its year when the range crosses a new year.
pub fn ticks(first: i64, last: i64, most: usize) -> Vec<(i64, String)> {
    let most = most.max(2);
    let (last, first) = (last.max(first), first);
    let span = last - first;
    let (fy, _, _) = civil(first);
    let (ly, _, _) = civil(last);
    let day_label = |d: i64| {
        let (y, m, day) = civil(d);
        if fy != ly {
            format!("{day} {} {y}", MONTHS[m as usize - 1])
        } else {
            format!("{day} {}", MONTHS[m as usize - 1])
        }
    };
    // Days: every one, or every week from the first Monday.
    if span < most as i64 {
        return (first..=last).map(|d| (d, day_label(d))).collect();
    }
    // Weeks for up to about three months; beyond, months read better.
    for weeks in [1, 2].into_iter().filter(|_| span <= 92) {
        // 1970-01-01 was a Thursday: day 4 was a Monday.
        let monday = first + (4 - first).rem_euclid(7);
        let step = 7 * weeks;
        if (last - monday) / step < most as i64 {
            return (0..)
                .map(|i| monday + i * step)
                .take_while(|&d| d <= last)
                .map(|d| (d, day_label(d)))
                .collect();
        }
    }
    // Months: the 1st of every n-th month from the first month.
    let (first_y, first_m, _) = civil(first);
    let month_index = |y: i64, m: u32| y * 12 + i64::from(m) - 1;
    let (start, end) = (
        month_index(first_y, first_m),
        month_index(ly, civil(last).1),
    );
    for step in [1, 2, 3, 6] {
        let from = start + (step - start.rem_euclid(step)) % step;
        let firsts: Vec<i64> = (0..)
            .map(|i| from + i * step)
            .take_while(|&m| m <= end)
            .filter_map(|m| day_number(&format!("{:04}-{:02}-01", m / 12, m % 12 + 1)))
            .filter(|&d| d >= first && d <= last)
            .collect();
        if !firsts.is_empty() && firsts.len() <= most {
            return firsts
                .into_iter()
                .map(|d| {
                    let (y, m, _) = civil(d);
                    (d, format!("{} {y}", MONTHS[m as usize - 1]))
                })
                .collect();
        }
    }
    // Years: every 1, 2, 5, 10, 20, 50, ... years, on years divisible by the step.
    let first_year = if day_number(&format!("{fy:04}-01-01")) == Some(first) {
        fy
    } else {
        fy + 1
    };
    let mut step = 1i64;
    loop {
        let from = first_year + (step - first_year.rem_euclid(step)) % step;
        let n = if from > ly { 0 } else { (ly - from) / step + 1 };
        if n as usize <= most {
            return (0..n)
                .filter_map(|i| {
                    let y = from + i * step;
                    Some((day_number(&format!("{y:04}-01-01"))?, y.to_string()))
                })
                .collect();
        }
        step = match step.to_string().as_bytes()[0] {
            b'1' => step * 2,
            b'2' => step * 5 / 2,
            _ => step * 2,
        };
    }
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
    fn civil_dates_invert_day_numbers() {
        for date in [
            "1970-01-01",
            "2000-02-29",
            "2025-02-23",
            "2025-12-31",
            "1899-03-01",
        ] {
            let (y, m, d) = civil(day_number(date).unwrap());
            assert_eq!(format!("{y:04}-{m:02}-{d:02}"), date);
        }
    }

    fn labels(first: &str, last: &str, most: usize) -> Vec<String> {
        let (a, b) = (day_number(first).unwrap(), day_number(last).unwrap());
        let t = ticks(a, b, most);
        assert!(t.len() <= most.max(2), "{t:?}");
        assert!(t.iter().all(|&(d, _)| d >= a && d <= b), "{t:?}");
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        t.into_iter().map(|(_, l)| l).collect()
    }

    #[test]
    fn axis_ticks_by_day_week_month_or_year() {
        assert_eq!(
            labels("2025-03-01", "2025-03-04", 8),
            ["1 Mar", "2 Mar", "3 Mar", "4 Mar"]
        );
        // Three weeks: Mondays (3, 10, 17 March 2025).
        assert_eq!(
            labels("2025-03-01", "2025-03-20", 8),
            ["3 Mar", "10 Mar", "17 Mar"]
        );
        // The seeds' range, February to December: months, every other one (Jan, Mar, ...) to
        // fit six.
        assert_eq!(
            labels("2025-02-23", "2025-12-10", 6),
            ["Mar 2025", "May 2025", "Jul 2025", "Sep 2025", "Nov 2025"]
        );
        assert_eq!(
            labels("2025-02-23", "2025-12-10", 12),
            [
                "Mar 2025", "Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025",
                "Oct 2025", "Nov 2025", "Dec 2025"
            ]
        );
        assert_eq!(
            labels("1990-06-01", "2025-01-01", 6),
            ["2000", "2010", "2020"]
        );
        // Days across a new year name it.
        assert_eq!(
            labels("2024-12-31", "2025-01-01", 6),
            ["31 Dec 2024", "1 Jan 2025"]
        );
        assert_eq!(labels("2025-05-05", "2025-05-05", 6), ["5 May"]);
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
        let corpus = Corpus::computed(docs);
        let visible = vec![vec![0]; 4];
        let (p, _) = points(&corpus, &visible, &Filters::default());
        assert_eq!(p.iter().map(|p| p.docs.len()).collect::<Vec<_>>(), [3, 1]);
        assert_eq!(p[0].quotes, 3, "visible quotes are counted");

        let many: Vec<_> = (0..100)
            .map(|i| doc(format!("2024-{:02}-{:02}", 1 + i / 28, 1 + i % 28)))
            .collect();
        let corpus = Corpus::computed(many);
        let visible = vec![vec![0]; 100];
        let (p, undated) = points(&corpus, &visible, &Filters::default());
        let months: Vec<&str> = p.iter().map(|p| p.date.as_str()).collect();
        assert_eq!(months, ["2024-01", "2024-02", "2024-03", "2024-04"]);
        assert_eq!(p.iter().map(|p| p.docs.len()).sum::<usize>(), 100);
        assert_eq!(undated, 0);

        // Ten years of monthly articles: one point a year.
        let years: Vec<_> = (0..120)
            .map(|i| doc(format!("{}-{:02}-15", 2010 + i / 12, 1 + i % 12)))
            .collect();
        let corpus = Corpus::computed(years);
        let (p, _) = points(&corpus, &vec![vec![0]; 120], &Filters::default());
        assert_eq!(p.len(), 10);
        assert_eq!(p[0].date, "2010");
        assert!(p.iter().all(|p| p.docs.len() == 12));
    }
}
