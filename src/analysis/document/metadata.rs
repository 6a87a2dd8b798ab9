//! Metadata that news copy carries in its own words: the dateline ("Moscow, Feb 23 (EFE).-",
//! "WASHINGTON (AP) —", "MOSCOW, December 10. /TASS/."), the agency sign-off at the end
//! ("... as unnecessary. EFE", "mos-sk"), and the publisher of a URL.

use super::dates::{self, Date};
use crate::analysis::chars::ToLower;

/// News agencies, as they sign their copy. Matching ignores case.
const AGENCIES: &[&str] = &[
    "EFE",
    "AFP",
    "AP",
    "Reuters",
    "TASS",
    "RIA Novosti",
    "RIA",
    "Interfax",
    "Sputnik",
    "Xinhua",
    "ANSA",
    "dpa",
    "Anadolu",
    "AA",
    "PTI",
    "IANS",
    "ANI",
    "UNI",
    "Yonhap",
    "Kyodo",
    "Jiji",
    "Bernama",
    "Antara",
    "AAP",
    "KUNA",
    "WAM",
    "SPA",
    "IRNA",
    "MENA",
    "Prensa Latina",
    "Europa Press",
    "Notimex",
    "Lusa",
    "PAP",
    "CTK",
    "MTI",
    "BTA",
    "Agerpres",
    "APA",
    "Belga",
    "ANP",
    "NTB",
    "Ritzau",
    "HINA",
    "Tanjug",
    "UNIAN",
    "Ukrinform",
    "UPI",
    "Bloomberg",
    "CNA",
    "KCNA",
    "EPA",
    "IPS",
    "Agencia EFE",
    "Associated Press",
    "Agence France-Presse",
];

/// The agency's usual spelling, if `s` names one.
pub fn agency(s: &str) -> Option<&'static str> {
    let s = s.trim();
    AGENCIES.iter().copied().find(|a| a.eq_ignore_ascii_case(s))
}

/// A dateline at the start of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    pub place: String,
    pub date: Option<Date>,
    pub agency: Option<String>,
    /// Byte length of the dateline, separator and following space included.
    pub len: usize,
}

fn is_place(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && !words.iter().any(|w| dates::is_calendar_word(w))
        && words.len() <= 4
        && s.chars().count() <= 40
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
        })
}

/// Story labels that stand where a dateline's place would: "EXCLUSIVE —", "UPDATE —".
fn is_label(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "exclusive",
        "breaking",
        "update",
        "updated",
        "watch",
        "analysis",
        "opinion",
        "editorial",
        "commentary",
        "live",
        "video",
        "photos",
        "breaking news",
        "fact check",
        "correction",
    ];
    LABELS.contains(&s.to_lower().as_str())
}

fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Length of a dash-like separator at the start of `s` (after optional spaces), with the
/// spaces after it.
fn separator(s: &str) -> Option<usize> {
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    for sep in [".-", "--", "-", "–", "—", ":"] {
        if let Some(rest) = trimmed.strip_prefix(sep) {
            let after = rest.len() - rest.trim_start().len();
            // "Moscow-based" is not a dateline: a hyphen needs a space on one side at least.
            if sep == "-" && lead == 0 && after == 0 {
                return None;
            }
            return Some(lead + sep.len() + after);
        }
    }
    None
}

/// Parses "PLACE[, REGION][, DATE]": the place and the date if any.
fn place_and_date(head: &str) -> Option<(String, Option<Date>)> {
    let head = head.trim().trim_end_matches('.').trim();
    let mut parts = head.split(',').map(str::trim);
    let place = parts.next()?;
    if !is_place(place) {
        return None;
    }
    let mut date = None;
    for part in parts {
        let found = dates::find(part);
        let covers = found.first().is_some_and(|(_, r)| {
            part.get(..r.start).unwrap_or("").trim().is_empty()
                && part.get(r.end..).unwrap_or("").trim().is_empty()
        });
        if covers {
            date = found.first().map(|(d, _)| *d);
        } else if !is_place(part) || part.split_whitespace().count() > 3 {
            return None;
        }
    }
    Some((place.to_string(), date))
}

/// The dateline at the start of `p`, if it has one.
pub fn dateline(p: &str) -> Option<Dateline> {
    let window: usize = p.char_indices().nth(100).map_or(p.len(), |(i, _)| i);
    let head = p.get(..window).unwrap_or("");
    let d = with_agency(p, head)
        .or_else(|| with_slashed_agency(p, head))
        .or_else(|| with_dash(p, head))
        .or_else(|| with_dated_stop(head))?;
    let rest = p.get(d.len..)?;
    let starts_sentence = rest.starts_with(|c: char| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '«')
    });
    starts_sentence.then_some(d)
}

/// Moscow, Feb 23 (EFE).-   WASHINGTON (AP) —   LONDON, March 3 (Reuters) -
fn with_agency(p: &str, head: &str) -> Option<Dateline> {
    let open = head.find('(')?;
    let close = open + head.get(open..).unwrap_or("").find(')')?;
    let inner = head.get(open + 1..close).unwrap_or("");
    let (place, date) = place_and_date(head.get(..open).unwrap_or(""))?;
    // An agency we do not know stands after a place in capitals ("LAGOS, Nigeria (Wire) —"):
    // one or two capitalised words.
    let outlet = |s: &str| {
        let n = s.split_whitespace().count();
        (1..=2).contains(&n)
            && s.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
            })
    };
    let agency = match agency(inner) {
        Some(a) => a,
        None if all_caps(&place) && outlet(inner) => inner.trim(),
        None => return None,
    };
    let after = p.get(close + 1..).unwrap_or("");
    let dot = usize::from(after.starts_with('.') && !after.starts_with(".-"));
    let sep = separator(after.get(dot..).unwrap_or(""))?;
    Some(Dateline {
        place,
        date,
        agency: Some(agency.to_string()),
        len: close + 1 + dot + sep,
    })
}

/// MOSCOW, December 10. /TASS/.
fn with_slashed_agency(p: &str, head: &str) -> Option<Dateline> {
    let slash = crate::analysis::substr::find(head, " /")? + 1;
    let close = slash + 1 + head.get(slash + 1..).unwrap_or("").find('/')?;
    let agency = agency(head.get(slash + 1..close).unwrap_or(""))?;
    let (place, date) = place_and_date(head.get(..slash).unwrap_or(""))?;
    let after = p.get(close + 1..).unwrap_or("");
    let dot = usize::from(after.starts_with('.'));
    let space =
        after.get(dot..).unwrap_or("").len() - after.get(dot..).unwrap_or("").trim_start().len();
    Some(Dateline {
        place,
        date,
        agency: Some(agency.to_string()),
        len: close + 1 + dot + space,
    })
}

/// KYIV, Ukraine —   Moscow, 10 December —
fn with_dash(p: &str, head: &str) -> Option<Dateline> {
    let dash = head
        .char_indices()
        .find(|&(i, c)| matches!(c, '—' | '–') || head.get(i..).unwrap_or("").starts_with(" - "))
        .map(|(i, _)| i)?;
    let (place, date) = place_and_date(head.get(..dash).unwrap_or(""))?;
    if date.is_none() && (!all_caps(&place) || is_label(&place)) {
        return None;
    }
    Some(Dateline {
        place,
        date,
        agency: None,
        len: dash + separator(p.get(dash..).unwrap_or(""))?,
    })
}

/// Moscow, 12 March 2024. The ...   (a place and a full stop need a date between them)
fn with_dated_stop(head: &str) -> Option<Dateline> {
    // Each ". " in turn (as `match_indices`; two of them cannot overlap).
    let mut from = 0;
    while let Some(i) = head
        .get(from..)
        .and_then(|rest| crate::analysis::substr::find(rest, ". "))
        .map(|i| from + i)
    {
        let found = place_and_date(head.get(..i).unwrap_or("")).and_then(|(place, date)| {
            date.map(|date| Dateline {
                place,
                date: Some(date),
                agency: None,
                len: i + 2,
            })
        });
        if found.is_some() {
            return found;
        }
        from = i + 2;
    }
    None
}

/// An agency name signing off the last paragraph ("... as unnecessary. EFE"): the byte index
/// where the sign-off starts, and the agency.
pub fn signoff(p: &str) -> Option<(usize, &'static str)> {
    let t = p.trim_end();
    let end_of_sentence = t
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '»'))
        .map(|(i, c)| i + c.len_utf8());
    let cut = end_of_sentence.unwrap_or(0);
    let tail = t.get(cut..).unwrap_or("");
    if cut > 0 && !tail.starts_with(char::is_whitespace) {
        return None;
    }
    let name = tail.trim().trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '(' | ')' | '/' | '-' | '–' | '—' | '.')
    });
    agency(name).map(|a| (cut, a))
}

/// An agency's sign-off code closing the copy: "mos-sk", "jlr/dm", "EFE mos-sk".
pub fn is_agency_code(p: &str) -> bool {
    let t = p.trim().trim_matches(|c| c == '(' || c == ')');
    if t.is_empty() || t.len() > 40 {
        return false;
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    let code = |w: &str| {
        let parts: Vec<&str> = w.split(['-', '/']).collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|x| (1..=5).contains(&x.len()) && x.chars().all(|c| c.is_ascii_lowercase()))
    };
    tokens.len() <= 4
        && tokens.iter().any(|w| code(w))
        && tokens.iter().all(|w| code(w) || agency(w).is_some())
}

/// The publisher named by a URL: its host without "www.".
pub fn host(url: &str) -> Option<String> {
    let rest = crate::analysis::substr::split_once(url, "://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#', ' '])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (host.contains('.') && host.len() > 3).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let d = dateline("Moscow, Feb 23 (EFE).- The Kremlin on Sunday urged").unwrap();
        assert_eq!(d.place, "Moscow");
        assert_eq!(
            d.date,
            Some(Date {
                year: None,
                month: 2,
                day: 23
            })
        );
        assert_eq!(d.agency.as_deref(), Some("EFE"));
        assert_eq!(
            &"Moscow, Feb 23 (EFE).- The Kremlin"[d.len..],
            "The Kremlin"
        );
        let ap = dateline("WASHINGTON (AP) — President Biden said").unwrap();
        assert_eq!(
            (ap.place.as_str(), ap.agency.as_deref()),
            ("WASHINGTON", Some("AP"))
        );
        let tass = dateline("MOSCOW, December 10. /TASS/. Russia is working").unwrap();
        assert_eq!(tass.agency.as_deref(), Some("TASS"));
        assert_eq!(
            tass.date
                .and_then(|d| if d.month == 12 { Some(d.day) } else { None }),
            Some(10)
        );
        let wire = dateline("LAGOS, Nigeria (Wire) — Fuel prices rose").unwrap();
        assert_eq!(
            (wire.place.as_str(), wire.agency.as_deref()),
            ("LAGOS", Some("Wire"))
        );
        assert!(dateline("Lagos, Nigeria (Wire) — Fuel prices rose").is_none());
        assert!(dateline("OSLO (the capital) — Fuel prices rose").is_none());
        let caps = dateline("KYIV, Ukraine — Drones struck").unwrap();
        assert_eq!((caps.place.as_str(), caps.agency), ("KYIV", None));
        let reuters = dateline("LONDON, March 3 (Reuters) - Prices rose").unwrap();
        assert_eq!(reuters.agency.as_deref(), Some("Reuters"));
        assert!(dateline("Clinton (D-N.Y.) — said the bill").is_none());
        assert!(dateline("Meanwhile — the talks went on").is_none());
        assert!(dateline("EXCLUSIVE – The senator told us").is_none());
        assert!(dateline("The Moscow-based group said").is_none());
        assert!(dateline("Peskov said (EFE) nothing").is_none());
        let ru = dateline("Москва, 12 марта 2024 г. Мэрия обещает").unwrap();
        assert_eq!(
            (ru.place.as_str(), ru.date.and_then(|d| d.iso())),
            ("Москва", Some("2024-03-12".into()))
        );
        let us = dateline("Washington, Jan. 5. The president said").unwrap();
        assert_eq!(us.date.map(|d| (d.month, d.day)), Some((1, 5)));
        assert!(dateline("Tuesday, Oct. 4. Here is the news").is_none());
        assert!(dateline("Washington, D.C. The capital").is_none());
    }

    #[test]
    fn signoffs_and_codes() {
        let p = "Putin dismissed European involvement as unnecessary. EFE";
        let (cut, a) = signoff(p).unwrap();
        assert_eq!(
            (&p[..cut], a),
            (
                "Putin dismissed European involvement as unnecessary.",
                "EFE"
            )
        );
        assert!(signoff("He said so. (AFP)").is_some());
        assert!(signoff("He met the head of NATO.").is_none());
        assert!(signoff("He said the AP reported it").is_none());
        assert!(is_agency_code("mos-sk"));
        assert!(is_agency_code("EFE jlr/dm"));
        assert!(!is_agency_code("EFE"));
        assert!(!is_agency_code("The end-of-year review"));
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host("https://www.themoscowtimes.com/2025/04/30/x").as_deref(),
            Some("themoscowtimes.com")
        );
        assert_eq!(host("not a url"), None);
    }
}
