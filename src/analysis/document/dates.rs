//! Dates as news pages write them: "April 30, 2025", "Feb 23", "20 February 2025",
//! "10.12.2025", "2025-04-30T09:08:00Z", "/2025/04/30/" in a URL, Unix times in exports.
//! Also tells whether a line is nothing but a timestamp ("09:08 GMT 10.12.2025 (Updated: ...)").

use crate::analysis::chars;
use std::ops::Range;

/// A calendar date; the year is unknown in forms like "Feb 23".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// YYYY-MM-DD, when the year is known.
    pub fn iso(&self) -> Option<String> {
        self.year
            .map(|y| format!("{y:04}-{:02}-{:02}", self.month, self.day))
    }

    fn valid(year: Option<i32>, month: u32, day: u32) -> Option<Date> {
        let max = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 => match year {
                Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
                _ => 29,
            },
            _ => return None,
        };
        if year.is_some_and(|y| !(1900..=2100).contains(&y)) || day == 0 || day > max {
            return None;
        }
        Some(Date { year, month, day })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok<'a> {
    Word(&'a str),
    Num(&'a str),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Lexed<'a> {
    tok: Tok<'a>,
    range: Range<usize>,
    /// Whitespace separates this token from the previous one.
    spaced: bool,
}

fn lex(s: &str) -> Vec<Lexed<'_>> {
    lex_upto(s, usize::MAX)
}

/// The first `max` tokens of `s` (a prefix of `lex(s)`; a caller that refuses long lines
/// need not read a whole paragraph).
fn lex_upto(s: &str, max: usize) -> Vec<Lexed<'_>> {
    Lexer::new(s).take(max).collect()
}

/// The tokens of `s` one at a time (`lex` collects them).
struct Lexer<'a> {
    s: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
}

impl<'a> Lexer<'a> {
    fn new(s: &'a str) -> Self {
        Lexer {
            s,
            chars: s.char_indices().peekable(),
        }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Lexed<'a>;

    fn next(&mut self) -> Option<Lexed<'a>> {
        let mut spaced = false;
        let (i, c) = loop {
            let (i, c) = self.chars.next()?;
            if c.is_whitespace() {
                spaced = true;
            } else {
                break (i, c);
            }
        };
        let kind = if chars::is_alphabetic(c) {
            1
        } else if c.is_ascii_digit() {
            2
        } else {
            0
        };
        let mut end = i + c.len_utf8();
        if kind != 0 {
            while let Some(&(j, d)) = self.chars.peek() {
                let same = if kind == 1 {
                    chars::is_alphabetic(d)
                } else {
                    d.is_ascii_digit()
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                self.chars.next();
            }
        }
        let text = self.s.get(i..end).unwrap_or("");
        let tok = match kind {
            1 => Tok::Word(text),
            2 => Tok::Num(text),
            _ => Tok::Punct(c),
        };
        Some(Lexed {
            tok,
            range: i..end,
            spaced,
        })
    }
}

/// Month number of a month name; English names must be capitalised ("may" is a verb).
fn month(word: &str) -> Option<u32> {
    crate::analysis::lower::with_lower(word, |lower| month_of(word, lower))
}

/// Month names in lower case with their numbers; English ones (which must be capitalised)
/// first, then Spanish names and Russian genitive forms, as in "23 de febrero" and
/// "10 декабря".
const ENGLISH_MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const OTHER_MONTHS: &[(&str, u32)] = &[
    ("enero", 1),
    ("января", 1),
    ("febrero", 2),
    ("февраля", 2),
    ("marzo", 3),
    ("марта", 3),
    ("abril", 4),
    ("апреля", 4),
    ("mayo", 5),
    ("мая", 5),
    ("junio", 6),
    ("июня", 6),
    ("julio", 7),
    ("июля", 7),
    ("agosto", 8),
    ("августа", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("сентября", 9),
    ("octubre", 10),
    ("октября", 10),
    ("noviembre", 11),
    ("ноября", 11),
    ("diciembre", 12),
    ("декабря", 12),
];

/// What a lower-case calendar word is.
#[derive(Clone, Copy)]
enum Calendar {
    /// A month's number, and whether the name is English (and so must be capitalised).
    Month(u32, bool),
    Weekday,
}

use crate::analysis::word_set::WordMap;

/// Month and weekday names in one table: people ask of every capitalised word whether it is
/// one, several times over (one lookup instead of comparing the word with each name).
fn calendar() -> &'static WordMap<&'static str, Calendar> {
    static MAP: crate::analysis::lazy::Lazy<WordMap<&'static str, Calendar>> =
        crate::analysis::lazy::Lazy::new();
    MAP.get_or_init(|| {
        let mut map = WordMap::default();
        for &(name, m) in ENGLISH_MONTHS {
            map.insert(name, Calendar::Month(m, true));
        }
        for &(name, m) in OTHER_MONTHS {
            map.insert(name, Calendar::Month(m, false));
        }
        for &day in crate::analysis::lexicon::WEEKDAYS {
            map.insert(day, Calendar::Weekday);
        }
        map
    })
}

fn month_of(word: &str, lower: &str) -> Option<u32> {
    match calendar().get(lower)? {
        Calendar::Month(m, true) => {
            Some(*m).filter(|_| word.starts_with(|c: char| c.is_uppercase()))
        }
        Calendar::Month(m, false) => Some(*m),
        Calendar::Weekday => None,
    }
}

fn num(t: &Lexed<'_>, max_digits: usize) -> Option<u32> {
    match t.tok {
        Tok::Num(n) if n.len() <= max_digits => n.parse().ok(),
        _ => None,
    }
}

fn year(t: Option<&Lexed<'_>>) -> Option<i32> {
    match t?.tok {
        Tok::Num(n) if n.len() == 4 => n.parse().ok(),
        _ => None,
    }
}

fn is_punct(t: Option<&Lexed<'_>>, c: char) -> bool {
    t.is_some_and(|t| t.tok == Tok::Punct(c))
}

fn is_word(t: Option<&Lexed<'_>>, words: &[&str]) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::Word(w)) if words.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

/// Every date written in `s`, with its byte range.
pub fn find(s: &str) -> Vec<(Date, Range<usize>)> {
    let toks = lex(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match date_at(&toks, i) {
            Some((date, next)) => {
                out.push((date, toks[i].range.start..toks[next - 1].range.end));
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The first date in `s` whose year is known.
pub fn first_full(s: &str) -> Option<Date> {
    find(s)
        .into_iter()
        .map(|(d, _)| d)
        .find(|d| d.year.is_some())
}

/// A date at token `i`, and the index of the token after it.
fn date_at(t: &[Lexed<'_>], i: usize) -> Option<(Date, usize)> {
    let at = |k: usize| t.get(k);
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.spaced);
    // 2025-04-30, 2025/04/30, 2025.04.30
    if let Some(y) = year(at(i)) {
        for sep in ['-', '/', '.'] {
            if is_punct(at(i + 1), sep) && is_punct(at(i + 3), sep) && glued(i + 1) && glued(i + 4)
            {
                let m = at(i + 2).and_then(|x| num(x, 2))?;
                let d = at(i + 4).and_then(|x| num(x, 2))?;
                return Date::valid(Some(y), m, d).map(|date| (date, i + 5));
            }
        }
    }
    // 10.12.2025 (day first), 4/30/2025 (month first unless the first number exceeds 12)
    if let Some(a) = at(i).and_then(|x| num(x, 2)) {
        for sep in ['.', '/', '-'] {
            if is_punct(at(i + 1), sep) && is_punct(at(i + 3), sep) && (1..=4).all(|k| glued(i + k))
            {
                let b = at(i + 2).and_then(|x| num(x, 2))?;
                let y = year(at(i + 4))?;
                let (m, d) = if sep == '/' && a <= 12 {
                    (a, b)
                } else {
                    (b, a)
                };
                return Date::valid(Some(y), m, d).map(|date| (date, i + 5));
            }
        }
    }
    // April 30, 2025 / Feb. 23 / February 23rd
    if let Some(Tok::Word(w)) = at(i).map(|x| &x.tok) {
        let m = month(w)?;
        let mut k = i + 1;
        if is_punct(at(k), '.') {
            k += 1;
        }
        let d = at(k).and_then(|x| num(x, 2))?;
        k += 1;
        if is_word(at(k), &["st", "nd", "rd", "th"]) {
            k += 1;
        }
        let mut y = None;
        let comma = usize::from(is_punct(at(k), ','));
        if let Some(found) = year(at(k + comma)) {
            y = Some(found);
            k += comma + 1;
        }
        return Date::valid(y, m, d).map(|date| (date, k));
    }
    // 20 February 2025 / 23 de febrero de 2025 / 10 декабря 2025 г.
    if let Some(d) = at(i).and_then(|x| num(x, 2)) {
        let mut k = i + 1;
        if is_word(at(k), &["st", "nd", "rd", "th"]) {
            k += 1;
        }
        if is_word(at(k), &["de", "of"]) {
            k += 1;
        }
        let m = match at(k).map(|x| &x.tok) {
            Some(Tok::Word(w)) => month(w)?,
            _ => return None,
        };
        k += 1;
        if is_punct(at(k), '.') {
            k += 1;
        }
        let skip = usize::from(is_punct(at(k), ',') || is_word(at(k), &["de"]));
        let mut y = None;
        if let Some(found) = year(at(k + skip)) {
            y = Some(found);
            k += skip + 1;
            // Russian "2024 г." (год, year).
            if is_word(at(k), &["г"]) {
                k += 1;
            }
        }
        return Date::valid(y, m, d).map(|date| (date, k));
    }
    None
}

/// A date in a URL path: /2025/04/30/, /2025-04-30-, /20250430/.
pub fn in_url(url: &str) -> Option<Date> {
    let path = crate::analysis::substr::split_once(url, "://").map_or(url, |(_, rest)| {
        rest.find('/').map_or("", |i| rest.get(i..).unwrap_or(""))
    });
    let parts: Vec<&str> = path.split(['/', '-', '_', '.']).collect();
    for w in parts.windows(3) {
        if w[0].len() == 4 && w[1].len() <= 2 && w[2].len() <= 2 {
            if let (Ok(y), Ok(m), Ok(d)) = (w[0].parse(), w[1].parse(), w[2].parse()) {
                if let Some(date) = Date::valid(Some(y), m, d) {
                    return Some(date);
                }
            }
        }
    }
    parts.iter().find_map(|p| {
        if p.len() == 8 && p.bytes().all(|b| b.is_ascii_digit()) {
            let y = p.get(..4).unwrap_or("").parse().ok()?;
            let m = p.get(4..6).unwrap_or("").parse().ok()?;
            let d = p.get(6..).unwrap_or("").parse().ok()?;
            Date::valid(Some(y), m, d)
        } else {
            None
        }
    })
}

/// The date of a Unix time in seconds (or milliseconds, for large values).
pub fn from_unix(t: i64) -> Option<Date> {
    let secs = if t.abs() >= 100_000_000_000 {
        t / 1000
    } else {
        t
    };
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    Date::valid(i32::try_from(year).ok(), month, day)
}

/// The date (year, month, day) of a number of days since 1970-01-01, in the proleptic
/// Gregorian calendar (Howard Hinnant's civil-from-days).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// A weekday or month name ("Tuesday", "Oct").
pub fn is_calendar_word(w: &str) -> bool {
    // A word that opens and ends with an ASCII letter has nothing to trim (people ask this of
    // every capitalised word). Native only: the wasm trims every word, to the same result.
    #[cfg(not(target_arch = "wasm32"))]
    let letters_at_ends = matches!(
        (w.as_bytes().first(), w.as_bytes().last()),
        (Some(f), Some(l)) if f.is_ascii_alphabetic() && l.is_ascii_alphabetic()
    );
    #[cfg(target_arch = "wasm32")]
    let letters_at_ends = false;
    let w = if letters_at_ends {
        w
    } else {
        w.trim_matches(|c: char| !chars::is_alphabetic(c))
    };
    // Every name opens with one of these letters in lower case (or with a letter outside
    // ASCII); people ask this of every capitalised word.
    if w.bytes()
        .next()
        .is_none_or(|b| b.is_ascii() && !b"adefjmnostw".contains(&b.to_ascii_lowercase()))
    {
        return false;
    }
    crate::analysis::lower::with_lower(w, |l| match calendar().get(l) {
        Some(Calendar::Month(_, true)) => w.starts_with(|c: char| c.is_uppercase()),
        Some(_) => true,
        None => false,
    })
}

fn is_weekday(lower: &str) -> bool {
    matches!(calendar().get(lower), Some(Calendar::Weekday))
}

/// Words that may stand in a timestamp line besides dates and times.
const STAMP_WORDS: &[&str] = &[
    "published",
    "updated",
    "update",
    "posted",
    "last",
    "modified",
    "created",
    "on",
    "at",
    "ago",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "h",
    "day",
    "days",
    "week",
    "weeks",
    "an",
    "a",
    "just",
    "now",
    "yesterday",
    "today",
    "read",
    "gmt",
    "utc",
    "z",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "et",
    "pt",
    "msk",
    "cet",
    "cest",
    "eet",
    "eest",
    "bst",
    "ist",
    "jst",
    "aest",
    "am",
    "pm",
    "m",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "date",
    "time",
    "de",
    "г",
];

/// Whether the whole line is a dateline-free timestamp: dates, times, "Updated:", "2 hours ago".
pub fn is_timestamp_line(s: &str) -> bool {
    // Most paragraphs fail on their first word: a token that no date holds and that the loop
    // below refuses rules the line out before it is lexed whole and searched for dates.
    let mut count = 0;
    for t in Lexer::new(s) {
        count += 1;
        if count > 40 || never_in_stamp(&t.tok) {
            return false;
        }
    }
    is_stamp_line_in_full(s)
}

/// [`is_timestamp_line`] without its shortcut.
fn is_stamp_line_in_full(s: &str) -> bool {
    let toks = lex_upto(s, 41);
    if toks.is_empty() || toks.len() > 40 {
        return false;
    }
    let dates = find(s);
    let in_date = |r: &Range<usize>| {
        dates
            .iter()
            .any(|(_, d)| d.start <= r.start && r.end <= d.end)
    };
    let mut evidence = !dates.is_empty();
    for (k, t) in toks.iter().enumerate() {
        if in_date(&t.range) {
            continue;
        }
        match t.tok {
            Tok::Punct(c) => {
                if !stamp_punct(c) {
                    return false;
                }
            }
            Tok::Num(n) => {
                // Times (09:08), years, or counts before "minutes ago".
                let time =
                    is_punct(toks.get(k + 1), ':') || is_punct(toks.get(k.wrapping_sub(1)), ':');
                if time {
                    evidence = true;
                } else if n.len() > 4 {
                    return false;
                }
            }
            Tok::Word(w) => {
                let stamp = crate::analysis::lower::with_lower(w, |lw| {
                    if lw == "ago" {
                        evidence = true;
                    }
                    is_stamp_word(lw)
                });
                if !stamp && month(w).is_none() {
                    return false;
                }
            }
        }
    }
    evidence
}

/// Marks a timestamp line may hold outside its dates.
fn stamp_punct(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ':' | ';' | '|' | '(' | ')' | '/' | '-' | '–' | '—' | '•' | '·' | '[' | ']'
    )
}

fn is_stamp_word(lower: &str) -> bool {
    STAMP_WORDS.contains(&lower) || is_weekday(lower)
}

/// A token that `is_timestamp_line` refuses wherever it stands: a mark or word it refuses
/// outside a date that no date holds either (dates hold only `- / . ,`, numbers, month names,
/// "st", "nd", "rd", "th", "de", "of" and "г", see `date_at`).
fn never_in_stamp(tok: &Tok<'_>) -> bool {
    match *tok {
        Tok::Punct(c) => !stamp_punct(c),
        Tok::Num(_) => false,
        Tok::Word(w) => {
            !crate::analysis::lower::with_lower(w, is_stamp_word)
                && month(w).is_none()
                && !["st", "nd", "rd", "th", "of"]
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(w))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Month names as `month_of` matched them before the table: the reference.
    fn month_of_reference(word: &str, lower: &str) -> Option<u32> {
        let english = match lower {
            "january" | "jan" => Some(1),
            "february" | "feb" => Some(2),
            "march" | "mar" => Some(3),
            "april" | "apr" => Some(4),
            "may" => Some(5),
            "june" | "jun" => Some(6),
            "july" | "jul" => Some(7),
            "august" | "aug" => Some(8),
            "september" | "sept" | "sep" => Some(9),
            "october" | "oct" => Some(10),
            "november" | "nov" => Some(11),
            "december" | "dec" => Some(12),
            _ => None,
        };
        if english.is_some() {
            return english.filter(|_| word.starts_with(|c: char| c.is_uppercase()));
        }
        match lower {
            "enero" | "января" => Some(1),
            "febrero" | "февраля" => Some(2),
            "marzo" | "марта" => Some(3),
            "abril" | "апреля" => Some(4),
            "mayo" | "мая" => Some(5),
            "junio" | "июня" => Some(6),
            "julio" | "июля" => Some(7),
            "agosto" | "августа" => Some(8),
            "septiembre" | "setiembre" | "сентября" => Some(9),
            "octubre" | "октября" => Some(10),
            "noviembre" | "ноября" => Some(11),
            "diciembre" | "декабря" => Some(12),
            _ => None,
        }
    }

    #[test]
    fn the_calendar_table_reads_as_the_match_did() {
        let mut words: Vec<String> = ENGLISH_MONTHS
            .iter()
            .chain(OTHER_MONTHS)
            .map(|(w, _)| w.to_string())
            .chain(
                crate::analysis::lexicon::WEEKDAYS
                    .iter()
                    .map(|w| w.to_string()),
            )
            .collect();
        words.extend(
            [
                "", "Mayor", "Marc", "Monday's", "Jan.", "(Feb)", "МАЯ", "Trump", "d",
            ]
            .map(String::from),
        );
        for w in words.clone() {
            let mut cap = w.chars();
            let capitalised: String = cap
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(cap)
                .collect();
            words.push(capitalised);
            words.push(w.to_uppercase());
        }
        for w in &words {
            let lower = w.to_lowercase();
            assert_eq!(month_of(w, &lower), month_of_reference(w, &lower), "{w}");
            let t = w.trim_matches(|c: char| !chars::is_alphabetic(c));
            let reference = crate::analysis::lower::with_lower(t, |l| month_of_reference(t, l))
                .is_some()
                || crate::analysis::lexicon::WEEKDAYS.contains(&t.to_lowercase().as_str());
            assert_eq!(is_calendar_word(w), reference, "{w}");
        }
    }

    fn iso(s: &str) -> Vec<Option<String>> {
        find(s).iter().map(|(d, _)| d.iso()).collect()
    }

    #[test]
    fn news_forms() {
        assert_eq!(iso("April 30, 2025"), [Some("2025-04-30".into())]);
        assert_eq!(iso("on Sept. 11, 2001, at"), [Some("2001-09-11".into())]);
        assert_eq!(iso("09:08 GMT 10.12.2025"), [Some("2025-12-10".into())]);
        assert_eq!(
            iso("on Thursday, 20 February 2025, in"),
            [Some("2025-02-20".into())]
        );
        assert_eq!(iso("2025-04-30T09:08:00Z"), [Some("2025-04-30".into())]);
        assert_eq!(
            iso("4/30/2025 and 30/4/2025"),
            [Some("2025-04-30".into()), Some("2025-04-30".into())]
        );
        assert_eq!(iso("23 de febrero de 2025"), [Some("2025-02-23".into())]);
        assert_eq!(iso("10 декабря 2025 г."), [Some("2025-12-10".into())]);
        assert_eq!(
            find("10 декабря 2025 г. Дальше")[0].1,
            0.."10 декабря 2025 г".len()
        );
        let feb = find("Moscow, Feb 23 (EFE)");
        assert_eq!(
            feb[0].0,
            Date {
                year: None,
                month: 2,
                day: 23
            }
        );
        assert!(find("they may 5 times").is_empty());
        assert!(find("February 30, 2025").is_empty());
        assert!(find("in December 2019").is_empty());
    }

    #[test]
    fn url_and_unix() {
        assert_eq!(
            in_url("https://x.com/2025/04/30/story-a1").and_then(|d| d.iso()),
            Some("2025-04-30".into())
        );
        assert_eq!(
            in_url("https://x.com/news/20250430/a").and_then(|d| d.iso()),
            Some("2025-04-30".into())
        );
        assert_eq!(in_url("https://x.com/2025/story"), None);
        assert_eq!(
            from_unix(1_746_000_000).and_then(|d| d.iso()),
            Some("2025-04-30".into())
        );
        assert_eq!(
            from_unix(1_746_000_000_000).and_then(|d| d.iso()),
            Some("2025-04-30".into())
        );
    }

    #[test]
    fn timestamp_lines() {
        assert!(is_timestamp_line(
            "09:08 GMT 10.12.2025 (Updated: 09:22 GMT 10.12.2025)"
        ));
        assert!(is_timestamp_line("April 30, 2025"));
        assert!(is_timestamp_line("37 minutes ago"));
        assert!(is_timestamp_line("an hour ago"));
        assert!(is_timestamp_line(
            "Published: Monday, May 12, 2025 10:30 a.m. ET"
        ));
        assert!(!is_timestamp_line(
            "On Monday, Putin announced a ceasefire."
        ));
        assert!(!is_timestamp_line("2025"));
        assert!(!is_timestamp_line("Updated"));
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_shortcut_changes_no_answer(
            s in "((April|May|may|Feb|febrero|Monday|Updated|updated|ago|minutes|an|hour|the|St|th|of|de|г|GMT|said|[0-9]{1,5}|[ ,.:/()-]|—|!|\\?) ?){0,12}",
        ) {
            prop_assert_eq!(is_timestamp_line(&s), is_stamp_line_in_full(&s));
        }
    }
}
