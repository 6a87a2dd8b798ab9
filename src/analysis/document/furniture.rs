//! Page furniture: the parts of a page that are not the article a reader reads. Decided by
//! general rules (a paragraph's shape, cue phrases, its position), each with a reason the user
//! can check:
//!
//! - end-of-article blocks opened by a heading ("Related Articles", "Comments", "Hashtags"),
//!   with everything after them;
//! - legal disclaimers and copyright lines;
//! - photo captions and credits, bylines, timestamps, status notes ("Being updated"), prompts and
//!   calls to action, "Read more" teasers, hashtags, comment counters, share and ad labels,
//!   labelled and bare URLs;
//! - the headline (kept once: its repeats go), the dateline and the agency sign-off.

use super::dates;
use super::metadata::{self, Dateline};
use crate::analysis::chars::ToLower;
use crate::analysis::report::SetAside;

#[derive(Debug, Clone)]
struct Item {
    text: String,
    /// `text` in lower case and its `key`, made once for the rules that read them (before
    /// the dateline and sign-off cut `text`; nothing reads them after).
    lower: String,
    key: String,
    drop: Option<(&'static str, String)>,
    /// Parts cut from the start (a dateline) or the end (a sign-off) of a kept paragraph.
    cut_before: Option<SetAside>,
    cut_after: Option<SetAside>,
}

impl Item {
    fn kept(&self) -> bool {
        self.drop.is_none()
    }
}

/// What cleaning found besides the kept paragraphs.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub paragraphs: Vec<String>,
    pub set_aside: Vec<SetAside>,
    pub headline: Option<String>,
    pub dateline: Option<Dateline>,
    /// Agency that signs off the copy.
    pub signoff: Option<String>,
    /// A URL given as the article's origin ("Original url:"), or a lone link.
    pub url: Option<String>,
    /// "Source: X" lines.
    pub source_line: Option<String>,
    /// Texts of set-aside timestamp lines, in order.
    pub stamps: Vec<String>,
}

/// Lower-cased, without surrounding punctuation, bullets and ellipses: the key for cue phrases.
fn key(s: &str) -> String {
    s.trim()
        .trim_start_matches(['-', '•', '*', '·', '|', '>', ' '])
        .trim_end_matches(['.', ':', '…', '!', ' ', '|', '›', '»', '→'])
        .to_lower()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`key`] of a text, from the text in lower case (`text.to_lowercase()`): lower-casing
/// changes none of the marks trimmed or the white space split on, so trimming and splitting
/// the lower case gives the same key without lower-casing the text twice.
fn key_of_lower(lower: &str) -> String {
    let t = lower
        .trim()
        .trim_start_matches(['-', '•', '*', '·', '|', '>', ' '])
        .trim_end_matches(['.', ':', '…', '!', ' ', '|', '›', '»', '→']);
    // Most keys are words with single spaces between them: already split and joined. White
    // space outside ASCII starts with one of four lead bytes (C2, E1, E2, E3); only characters
    // led by those are decoded (curly quotes and dashes, E2, are not white space).
    let bytes = t.as_bytes();
    let mut joined = true;
    for (i, &b) in bytes.iter().enumerate() {
        let fine = if b < 0x80 {
            b > b' ' || (b == b' ' && bytes.get(i + 1) > Some(&b' '))
        } else {
            !matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
                || !t
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_whitespace)
        };
        if !fine {
            joined = false;
            break;
        }
    }
    if joined {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// `words(s) <= max`, without counting the words of a long paragraph past `max`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn few_words(s: &str, max: usize) -> bool {
    s.split_whitespace().nth(max).is_none()
}

fn has_quote_marks(s: &str) -> bool {
    s.contains(['"', '“', '”', '«', '»'])
}

/// Headings after which a page has only teasers, tags or comments.
fn tail_heading(k: &str) -> Option<&'static str> {
    const RELATED: &[&str] = &[
        "related articles",
        "related",
        "related stories",
        "related news",
        "related content",
        "related coverage",
        "related posts",
        "related reading",
        "related topics",
        "more stories",
        "more news",
        "more on this story",
        "more on this topic",
        "you may also like",
        "you might also like",
        "you may be interested in",
        "recommended",
        "recommended for you",
        "recommended stories",
        "recommended articles",
        "read next",
        "read more",
        "also read",
        "see also",
        "most read",
        "most popular",
        "most viewed",
        "trending",
        "trending now",
        "trending stories",
        "latest news",
        "latest stories",
        "top stories",
        "editor's picks",
        "editors' picks",
        "from around the web",
        "around the web",
        "sponsored content",
        "sponsored stories",
        "promoted stories",
        "popular stories",
        "what to read next",
        "don't miss",
        "other news",
    ];
    const COMMENTS: &[&str] = &[
        "comments",
        "comment",
        "no comments yet",
        "no comments",
        "leave a comment",
        "leave a reply",
        "add a comment",
        "post a comment",
        "show comments",
        "view comments",
        "load comments",
        "be the first to comment",
        "join the conversation",
        "join the discussion",
        "discussion",
    ];
    const TAGS: &[&str] = &["hashtags", "tags", "topics", "keywords"];
    if RELATED.contains(&k) || (k.starts_with("more from ") && few_words(k, 5)) {
        Some("related")
    } else if COMMENTS.contains(&k) || is_comment_count(k) {
        Some("comments")
    } else if TAGS.contains(&k) {
        Some("hashtags")
    } else {
        None
    }
}

/// "12 comments", "comments (3)".
fn is_comment_count(k: &str) -> bool {
    let rest: String = k
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '(' | ')'))
        .collect();
    k.chars().any(|c| c.is_ascii_digit()) && matches!(rest.trim(), "comments" | "comment")
}

fn is_status(k: &str) -> bool {
    const STATUS: &[&str] = &[
        "being updated",
        "this story is being updated",
        "this article is being updated",
        "this is a developing story",
        "developing story",
        "this story is developing",
        "breaking",
        "breaking news",
        "live",
        "live updates",
        "just in",
        "update",
        "updated",
        "story developing",
    ];
    STATUS.contains(&k)
        || ((k.starts_with("this story has been updated")
            || k.starts_with("this article has been updated"))
            && few_words(k, 25))
}

fn is_share_or_ad(k: &str) -> bool {
    const LABELS: &[&str] = &[
        "advertisement",
        "ad",
        "ads",
        "sponsored",
        "share",
        "tweet",
        "email",
        "print",
        "facebook",
        "twitter",
        "whatsapp",
        "linkedin",
        "telegram",
        "reddit",
        "copy link",
        "share this",
        "share this article",
        "share this story",
        "share article",
        "story continues below",
        "story continues below advertisement",
        "article continues below",
        "article continues after advertisement",
        "continue reading below",
        "scroll to continue",
        "skip advertisement",
    ];
    if LABELS.contains(&k) {
        return true;
    }
    // A row of share buttons: "Facebook Twitter Email".
    const NETWORKS: &[&str] = &[
        "facebook",
        "twitter",
        "x",
        "email",
        "whatsapp",
        "linkedin",
        "telegram",
        "reddit",
        "print",
        "share",
        "copy",
        "link",
        "pinterest",
        "messenger",
        "vk",
    ];
    // (Counted as they are read: a paragraph's first word that is none ends the walk.)
    let mut n = 0;
    k.split_whitespace().all(|w| {
        n += 1;
        NETWORKS.contains(&w)
    }) && n >= 2
}

/// Calls to action and app prompts: "Try Our AI Features", "Sign up for our newsletter".
fn is_prompt(text: &str, k: &str) -> bool {
    const STARTS: &[&str] = &[
        "try our ",
        "try the ",
        "explore what ",
        "explore our ",
        "download our ",
        "download the ",
        "get the app",
        "get our ",
        "sign up",
        "subscribe ",
        "subscribe",
        "follow us",
        "follow our ",
        "join our ",
        "join us on ",
        "click here",
        "tap here",
        "listen to this article",
        "share this ",
        "share on ",
        "log in",
        "login ",
        "register to ",
        "register for ",
        "create a free account",
        "create an account",
        "enable javascript",
        "support our ",
        "support independent ",
        "become a member",
        "become a subscriber",
        "continue reading",
        "skip to ",
        "watch:",
        "watch the video",
        "watch now",
        "click to ",
        "don't miss",
        "have a news tip",
        "got a tip",
        "send us your",
        "we want to hear",
        "print this",
        "email this",
        "already a subscriber",
        "unlock ",
        "start your free trial",
    ];
    STARTS.iter().any(|s| k.starts_with(s)) && few_words(text, 15) && !has_quote_marks(text)
}

/// One-line teasers pointing elsewhere: "Related article: ...", "Read the rest here."
fn is_teaser(k: &str, text: &str, lower: &str) -> bool {
    const LABELS: &[&str] = &[
        "related article:",
        "related:",
        "related story:",
        "related content:",
        "related news:",
        "read more:",
        "read also:",
        "also read:",
        "see also:",
        "read:",
        "more:",
        "recommended:",
        "listen:",
        "watch:",
        "read next:",
        "must read:",
        "opinion:",
    ];
    const WHOLE: &[&str] = &[
        "read the rest here",
        "read the full story",
        "read the full article",
        "read the rest",
        "read more here",
        "read the full story here",
        "read the full article here",
        "continue reading",
        "click here to read more",
        "read the original article",
        "read the original",
    ];
    let lower = lower.trim_start();
    (LABELS.iter().any(|l| lower.starts_with(l))
        || WHOLE.contains(&k)
        || k.starts_with("read more at ")
        || k.starts_with("this article originally appeared")
        || k.starts_with("this story originally appeared")
        || k.starts_with("this article was originally published")
        || k.starts_with("this story was originally published")
        || k.starts_with("originally published")
        || k.starts_with("originally appeared"))
        && few_words(text, 30)
}

fn is_hashtags(text: &str, k: &str) -> bool {
    let tags = text
        .split_whitespace()
        .all(|w| w.starts_with('#') && w.len() > 1);
    let labelled = ["tags:", "topics:", "keywords:", "hashtags:"]
        .iter()
        .any(|l| k.starts_with(l))
        && few_words(text, 25);
    tags || labelled
}

fn is_disclaimer(text: &str, l: &str) -> bool {
    // Every paragraph is searched: a word that each of a group of phrases holds is looked for
    // first, so that prose is searched a few times rather than once per phrase.
    let as_is = || {
        crate::analysis::substr::contains(l, "\"as is\"")
            || crate::analysis::substr::contains(l, "“as is”")
            || crate::analysis::substr::contains(l, "as-is")
            || crate::analysis::substr::contains(l, " as is ")
    };
    (crate::analysis::substr::contains(l, "warrant") && as_is())
        || (crate::analysis::substr::contains(l, "responsibility")
            && (crate::analysis::substr::contains(l, "do not accept any responsibility")
                || crate::analysis::substr::contains(l, "does not accept any responsibility")
                || crate::analysis::substr::contains(l, "accepts no responsibility")
                || crate::analysis::substr::contains(l, "accept no responsibility")))
        || (crate::analysis::substr::contains(l, "liability")
            && crate::analysis::substr::contains(l, "accuracy")
            && crate::analysis::substr::contains(l, "information"))
        || crate::analysis::substr::contains(l, "all rights reserved")
        || (crate::analysis::substr::contains(l, "may not be")
            && (crate::analysis::substr::contains(l, "may not be published, broadcast, rewritten")
                || crate::analysis::substr::contains(l, "may not be reproduced")))
        || ((l.starts_with("copyright") || l.starts_with('©') || l.starts_with("(c) "))
            && few_words(text, 30))
        || (l.starts_with("the views")
            && crate::analysis::substr::contains(l, "expressed")
            && crate::analysis::substr::contains(l, "do not necessarily"))
}

fn is_disclaimer_heading(k: &str) -> bool {
    matches!(
        k,
        "legal disclaimer" | "disclaimer" | "legal notice" | "copyright notice"
    )
}

/// Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Reporting by ...".
fn is_byline(text: &str, k: &str) -> bool {
    const CREDITS: &[&str] = &[
        "reporting by ",
        "additional reporting by ",
        "writing by ",
        "editing by ",
        "written by ",
        "compiled by ",
        "(reporting by ",
        "(additional reporting by ",
        "(writing by ",
        "(editing by ",
        "author:",
        "authors:",
    ];
    if CREDITS.iter().any(|c| k.starts_with(c)) && few_words(text, 30) {
        return true;
    }
    let Some(rest) = text.trim().strip_prefix("By ") else {
        return false;
    };
    let name_part = rest.split([',', '|', '\u{2014}']).next().unwrap_or("");
    let name_words: Vec<&str> = name_part.split_whitespace().collect();
    const CONNECTORS: &[&str] = &[
        "and", "de", "da", "van", "von", "la", "del", "bin", "al", "le", "di",
    ];
    !name_words.is_empty()
        && name_words.len() <= 8
        && few_words(text, 14)
        && !text.trim_end().ends_with(['.', '!', '?'])
        && name_words.iter().all(|w| {
            CONNECTORS.contains(w)
                || w.starts_with(|c: char| c.is_uppercase())
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// Words of photo agencies and picture desks that credits are built from.
const CREDIT_WORDS: &[&str] = &[
    "ap",
    "afp",
    "epa",
    "efe",
    "reuters",
    "getty",
    "images",
    "handout",
    "pool",
    "sputnik",
    "tass",
    "xinhua",
    "anadolu",
    "photo",
    "shutterstock",
    "alamy",
    "bloomberg",
    "ria",
    "novosti",
    "ansa",
    "dpa",
    "zuma",
    "sipa",
    "abaca",
    "nurphoto",
    "kremlin",
    "press",
    "wire",
    "file",
    "instagram",
    "twitter",
    "facebook",
];

/// Marks of a picture credit written in capitals anywhere in a paragraph.
const CREDIT_MARKS: &[&str] = &[
    "HANDOUT",
    "EDITORIAL USE ONLY",
    "NO SALES",
    "NO ARCHIVES",
    "MANDATORY CREDIT",
    "POOL PHOTO",
    "FILE PHOTO",
];

/// Whether the end of a paragraph is a picture credit: "EFE-EPA/Name/HANDOUT",
/// "Natalia Shatokhina / NEWS.ru / TASS", "(Photo: Jane Doe)", "REUTERS/Jane Doe".
fn has_credit(text: &str) -> bool {
    // Each of them holds a capital O (a test checks it); most paragraphs have none, and are
    // not searched seven times.
    if text.as_bytes().contains(&b'O')
        && CREDIT_MARKS
            .iter()
            .any(|u| crate::analysis::substr::contains(text, u))
    {
        return true;
    }
    let t = text.trim_end().trim_end_matches('.');
    // (`rfind(". ")` as bytes: a substring searcher set up per paragraph cost more than this.)
    let last = t
        .as_bytes()
        .windows(2)
        .rposition(|w| w == b". ")
        .map_or(t, |i| t.get(i + 2..).unwrap_or(""))
        .trim();
    // A credit closes the paragraph and is short; "a Reuters/Ipsos poll" mid-sentence is not one.
    if !few_words(last, 8) {
        return false;
    }
    let slashed_agency = last.split_whitespace().any(|w| {
        w.contains('/')
            && w.split(['/', '-', '(', ')'])
                .any(|part| CREDIT_WORDS.contains(&part.to_lower().as_str()))
    });
    let parts: Vec<&str> = crate::analysis::substr::split(last, " / ").collect();
    let spaced = parts.len() >= 2
        && parts.iter().all(|p| {
            let n = words(p);
            (1..=4).contains(&n) && p.trim().starts_with(|c: char| c.is_uppercase())
        });
    let lower = last.to_lower();
    let labelled = [
        "(photo",
        "photo:",
        "photo by",
        "photograph:",
        "image:",
        "credit:",
        "picture:",
        "(getty images)",
        "(ap photo",
        "photo credit",
    ]
    .iter()
    .any(|l| crate::analysis::substr::contains(&lower, l));
    slashed_agency || spaced || labelled
}

/// Picture captions and credits. Before the headline, a credit alone is enough; elsewhere the
/// paragraph must be short or describe a picture.
fn is_caption(text: &str, lower: &str, leading: bool) -> bool {
    // Leading white space lower-cases to itself.
    let lower = lower.trim_start();
    const LABELS: &[&str] = &[
        "photo:",
        "photo credit",
        "photos:",
        "image:",
        "picture:",
        "photograph:",
        "caption:",
        "credit:",
        "file photo",
        "(photo",
        "illustration:",
        "image credit",
        "pictured:",
    ];
    if LABELS.iter().any(|l| lower.starts_with(l)) && few_words(text, 60) {
        return true;
    }
    if !has_credit(text) {
        return false;
    }
    let first = crate::analysis::substr::split(lower, ". ")
        .next()
        .unwrap_or("");
    const CUES: &[&str] = &[
        "photo",
        "image",
        "picture",
        "handout",
        "pictured",
        "poses",
        "screenshot",
        "illustration",
        "file photo",
        "seen ",
    ];
    few_words(text, 45)
        || CUES
            .iter()
            .any(|c| crate::analysis::substr::contains(first, c))
        || (leading && few_words(text, 80))
}

fn is_url(s: &str) -> bool {
    let t = s.trim();
    (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
        && few_words(t, 2)
}

/// "Original url:", "Source:" and the like, introducing the article's origin.
fn url_label(k: &str) -> bool {
    matches!(
        k,
        "original url"
            | "original article"
            | "original link"
            | "source url"
            | "source link"
            | "url"
            | "link"
            | "source"
            | "read the original"
            | "read original article"
            | "article link"
            | "originally published at"
    )
}

/// The headline's shape: a short line that is not a sentence ending in a colon or comma.
fn title_like(text: &str) -> bool {
    let n = words(text);
    let t = text.trim_end();
    (1..=30).contains(&n)
        && t.chars().count() <= 250
        && !t.ends_with([':', ',', ';'])
        && (!t.ends_with('.') || n <= 25)
        && metadata::dateline(text).is_none()
}

/// Whether `a` and `b` have the same letters and digits, ignoring case (compared as they are
/// read, without copies: the headline is compared with every paragraph).
fn same_text(a: &str, b: &str) -> bool {
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(crate::analysis::chars::lower_chars)
    }
    letters(a).next().is_some() && letters(a).eq(letters(b))
}

/// Sorts paragraphs into the article and its furniture.
pub fn clean(paragraphs: Vec<String>, headline_hint: Option<&str>) -> Cleaned {
    let mut items: Vec<Item> = paragraphs
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .map(|text| {
            let lower = crate::analysis::lower::lowercase(&text);
            Item {
                key: key_of_lower(&lower),
                lower,
                text,
                drop: None,
                cut_before: None,
                cut_after: None,
            }
        })
        .collect();
    let mut out = Cleaned::default();
    tail_blocks(&mut items);
    disclaimers(&mut items);
    single_paragraphs(&mut items, &mut out);
    headline(&mut items, &mut out, headline_hint);
    dateline(&mut items, &mut out);
    signoff(&mut items, &mut out);
    if out.url.is_none() {
        out.url = set_aside_url(&items);
    }
    for item in items {
        out.set_aside.extend(item.cut_before);
        out.set_aside.extend(item.cut_after);
        match item.drop {
            None => out.paragraphs.push(item.text),
            Some((kind, reason)) => {
                if kind == "timestamp" {
                    out.stamps.push(item.text.clone());
                }
                out.set_aside.push(SetAside {
                    kind: kind.into(),
                    text: item.text,
                    reason,
                });
            }
        }
    }
    out
}

/// From an end-of-article heading on, the rest of the page is teasers, tags or comments. An
/// early "Related" heading only takes the teaser titles right after it.
fn tail_blocks(items: &mut [Item]) {
    let n = items.len();
    let Some((start, kind)) = items.iter().enumerate().find_map(|(i, it)| {
        (few_words(&it.text, 6))
            .then(|| tail_heading(&it.key))
            .flatten()
            .map(|k| (i, k))
    }) else {
        return;
    };
    let mut heading = items[start].text.clone();
    let mut current = kind;
    let at_end = kind != "related" || start * 3 >= n;
    items[start].drop = Some((
        kind,
        format!("The heading \"{heading}\" closes the article."),
    ));
    for it in items.iter_mut().skip(start + 1) {
        if !at_end {
            let teaser_title =
                few_words(&it.text, 20) && !it.text.trim_end().ends_with(['.', '"', '”']);
            if !(teaser_title || dates::is_timestamp_line(&it.text)) {
                break;
            }
        }
        if let Some(next) = (few_words(&it.text, 6))
            .then(|| tail_heading(&it.key))
            .flatten()
        {
            current = next;
            heading = it.text.clone();
            it.drop = Some((
                next,
                format!("The heading \"{heading}\" of page furniture after the article."),
            ));
            continue;
        }
        let own = classify(it, false)
            .map(|(k, _)| k)
            .filter(|k| *k != "source");
        it.drop = Some((
            own.unwrap_or(current),
            format!("Follows the heading \"{heading}\": page furniture after the article."),
        ));
    }
}

fn disclaimers(items: &mut [Item]) {
    for i in 0..items.len() {
        if !items[i].kept() {
            continue;
        }
        let heading = is_disclaimer_heading(&items[i].key);
        let inline = ["legal disclaimer:", "disclaimer:"]
            .iter()
            .any(|l| items[i].lower.starts_with(l));
        if heading || inline || is_disclaimer(&items[i].text, &items[i].lower) {
            items[i].drop = Some((
                "disclaimer",
                "A legal disclaimer or copyright notice, not article text.".into(),
            ));
            if heading {
                if let Some(next) = items.get_mut(i + 1) {
                    if next.kept() {
                        next.drop = Some((
                            "disclaimer",
                            "The text of a legal disclaimer (after its heading).".into(),
                        ));
                    }
                }
            }
        }
    }
}

/// The rule a single paragraph falls under, judged on its own.
fn classify(item: &Item, leading: bool) -> Option<(&'static str, &'static str)> {
    let (text, lower, k) = (item.text.as_str(), item.lower.as_str(), item.key.as_str());
    Some(
        if labelled_url(text).is_some()
            || is_url(text)
            || (text.trim_end().ends_with(':') && url_label(k))
        {
            (
                "url",
                "A link to the article or a label for it, not article text.",
            )
        } else if dates::is_timestamp_line(text) {
            ("timestamp", "A date or time stamp line.")
        } else if is_status(k) {
            ("status", "A publishing status note.")
        } else if is_hashtags(text, k) {
            ("hashtags", "Hashtags or a tag list.")
        } else if few_words(text, 6) && tail_heading(k).is_some() {
            (
                tail_heading(k).unwrap_or("related"),
                "A heading of the page around the article.",
            )
        } else if is_share_or_ad(k) {
            ("share", "Share buttons or an advertisement label.")
        } else if is_teaser(k, text, lower) {
            ("related", "A teaser pointing to another article.")
        } else if is_prompt(text, k) {
            (
                "prompt",
                "A call to action or app prompt, not article text.",
            )
        } else if is_byline(text, k) {
            ("byline", "The byline: who wrote or edited the article.")
        } else if is_caption(text, lower, leading) {
            ("caption", "A picture caption or photo credit.")
        } else if source_line(text).is_some() {
            ("source", "A line naming the source.")
        } else {
            return None;
        },
    )
}

fn single_paragraphs(items: &mut [Item], out: &mut Cleaned) {
    // Whether an item before `i` is kept. An iteration sets aside only its own item and the
    // next, so the items before `i` are settled when it starts (a walk over them per item was
    // quadratic in a page of furniture).
    let mut kept_before = false;
    for i in 0..items.len() {
        if i > 0 {
            kept_before |= items[i - 1].kept();
        }
        if !items[i].kept() {
            continue;
        }
        let leading = !kept_before;
        let Some((kind, reason)) = classify(&items[i], leading) else {
            continue;
        };
        let text = items[i].text.clone();
        if kind == "url" {
            if text.trim_end().ends_with(':') && url_label(&items[i].key) {
                // "Original url:" with the link in the next paragraph.
                if let Some(next) = items.get_mut(i + 1).filter(|n| n.kept() && is_url(&n.text)) {
                    let link = next
                        .text
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_string();
                    out.url.get_or_insert(link);
                    next.drop = Some(("url", "The link to the original article.".into()));
                }
            } else if let Some(link) = labelled_url(&text) {
                out.url.get_or_insert(link);
            } else if out.url.is_none() {
                out.url = text.split_whitespace().next().map(str::to_string);
            }
        }
        if kind == "source" {
            out.source_line = out.source_line.take().or_else(|| source_line(&text));
        }
        items[i].drop = Some((kind, reason.into()));
    }
}

/// A link among paragraphs set aside inside other blocks: a labelled one first, else any.
fn set_aside_url(items: &[Item]) -> Option<String> {
    let first_word = |t: &str| t.split_whitespace().next().map(str::to_string);
    let labelled = items.windows(2).find_map(|w| {
        let label = w[0].text.trim_end().ends_with(':') && url_label(&key(&w[0].text));
        (label && is_url(&w[1].text))
            .then(|| first_word(&w[1].text))
            .flatten()
    });
    labelled
        .or_else(|| items.iter().find_map(|it| labelled_url(&it.text)))
        .or_else(|| {
            items
                .iter()
                .filter(|it| !it.kept() && is_url(&it.text))
                .find_map(|it| first_word(&it.text))
        })
}

/// "Original url: https://..." in one paragraph: the link.
fn labelled_url(text: &str) -> Option<String> {
    let (label, rest) = text.split_once(':')?;
    let rest = rest.trim();
    (is_url(rest) && url_label(&key(label)))
        .then(|| rest.split_whitespace().next().unwrap_or("").to_string())
}

/// "Source: Reuters": the source.
fn source_line(text: &str) -> Option<String> {
    let (label, rest) = text.split_once(':')?;
    let rest = rest.trim().trim_end_matches('.');
    // The words after the label are counted no further than the limit, before the label is keyed.
    ((1..=6).contains(&rest.split_whitespace().take(7).count())
        && matches!(key(label).as_str(), "source" | "sources" | "via"))
    .then(|| rest.to_string())
}

/// The first title-like paragraph is the headline (or the one the page's metadata names);
/// short labels above it and its repeats below it are set aside.
fn headline(items: &mut [Item], out: &mut Cleaned, hint: Option<&str>) {
    let kept: Vec<usize> = (0..items.len()).filter(|&i| items[i].kept()).collect();
    let by_hint = hint.and_then(|h| {
        kept.iter()
            .take(5)
            .copied()
            .find(|&i| same_text(&items[i].text, h))
    });
    let Some(h) = by_hint.or_else(|| {
        kept.first()
            .copied()
            .filter(|&i| title_like(&items[i].text))
    }) else {
        return;
    };
    for &i in kept.iter().take_while(|&&i| i < h) {
        if few_words(&items[i].text, 5) {
            items[i].drop = Some(("navigation", "A section label above the headline.".into()));
        }
    }
    let title = items[h].text.clone();
    for it in items.iter_mut().skip(h + 1) {
        if it.kept() && same_text(&it.text, &title) {
            it.drop = Some(("headline-repeat", "The headline, repeated.".into()));
        }
    }
    out.headline = Some(title);
}

/// A dateline opening the first paragraph after the headline is set aside and read.
fn dateline(items: &mut [Item], out: &mut Cleaned) {
    let headline = out.headline.as_deref();
    let first = items
        .iter_mut()
        .filter(|it| it.kept())
        .find(|it| headline.is_none_or(|h| !same_text(&it.text, h)));
    let Some(item) = first else {
        return;
    };
    let Some(d) = metadata::dateline(&item.text) else {
        return;
    };
    let prefix = item.text.get(..d.len).unwrap_or("").trim().to_string();
    item.text = item.text.get(d.len..).unwrap_or("").to_string();
    item.cut_before = Some(SetAside {
        kind: "dateline".into(),
        text: prefix,
        reason: "The dateline: where and when the story was filed, and by which agency.".into(),
    });
    out.dateline = Some(d);
}

/// Agency codes and an agency name closing the copy.
fn signoff(items: &mut [Item], out: &mut Cleaned) {
    for _ in 0..2 {
        let Some(last) = items.iter_mut().rev().find(|it| it.kept()) else {
            return;
        };
        if metadata::is_agency_code(&last.text) {
            last.drop = Some(("signoff", "An agency's sign-off code.".into()));
        } else {
            break;
        }
    }
    let Some(last) = items.iter_mut().rev().find(|it| it.kept()) else {
        return;
    };
    if let Some((cut, agency)) = metadata::signoff(&last.text) {
        let tail = last.text.get(cut..).unwrap_or("").trim().to_string();
        out.signoff = Some(agency.to_string());
        if cut == 0 {
            last.drop = Some(("signoff", "The agency's sign-off.".into()));
        } else {
            last.text = last.text.get(..cut).unwrap_or("").trim_end().to_string();
            last.cut_after = Some(SetAside {
                kind: "signoff".into(),
                text: tail,
                reason: "The agency's sign-off at the end of the copy.".into(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(paras: &[&str]) -> Cleaned {
        clean(paras.iter().map(|s| s.to_string()).collect(), None)
    }

    #[test]
    fn rules_by_class() {
        assert!(is_caption(
            "Kremlin spokesman Dmitry Peskov. Natalia Shatokhina / NEWS.ru / TASS",
            &"Kremlin spokesman Dmitry Peskov. Natalia Shatokhina / NEWS.ru / TASS".to_lowercase(),
            false
        ));
        assert!(is_caption(
            "Protesters in Berlin on Thursday. REUTERS/Jane Doe",
            &"Protesters in Berlin on Thursday. REUTERS/Jane Doe".to_lowercase(),
            false
        ));
        assert!(!is_caption(
            "He said the plan was and/or would be 24/7 work.",
            &"He said the plan was and/or would be 24/7 work.".to_lowercase(),
            false
        ));
        assert!(is_byline(
            "By Jane Doe and John Roe, Reuters",
            "by jane doe and john roe, reuters"
        ));
        assert!(!is_byline(
            "By contrast, the senators agreed.",
            "by contrast, the senators agreed"
        ));
        assert!(is_prompt(
            "Try Our AI Features",
            &key("Try Our AI Features")
        ));
        assert!(is_prompt(
            "Explore what Example AI can do for you:",
            &key("Explore what Example AI can do for you:")
        ));
        assert!(!is_prompt(
            "Try as they might, \"no\" was the answer.",
            &key("Try as they might")
        ));
        for teaser in ["Read the rest here.", "Related article: Some Title"] {
            assert!(is_teaser(&key(teaser), teaser, &teaser.to_lowercase()));
        }
        assert!(is_hashtags("#Ukraine #Peace", "#ukraine #peace"));
        let disclaimer = |t: &str| is_disclaimer(t, &t.to_lowercase());
        assert!(disclaimer(
            "The provider supplies this content \"as is\" without warranty of any kind."
        ));
        assert!(!disclaimer("He accepted the result as is customary."));
        assert!(is_share_or_ad("facebook twitter email"));
        assert!(title_like(
            "Kremlin urges against blocking Putin-Trump push for Ukraine peace"
        ));
        assert!(!title_like(
            "Moscow, Feb 23 (EFE).- The Kremlin on Sunday urged."
        ));
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn keys_from_the_lower_case_are_the_keys(
            s in "[ \t\n\u{a0}\u{85}\u{1680}\u{2003}\u{2028}\u{202f}\u{205f}\u{3000}\u{201c}\u{2014}\u{e9}aA\u{3a3}\u{3c3}\u{391}\u{130}.:!|*>\u{b7}\u{2022}\u{2026}\u{203a}\u{bb}\u{2192}-]{0,16}",
        ) {
            prop_assert_eq!(key_of_lower(&s.to_lowercase()), key(&s));
        }
    }

    #[test]
    fn every_credit_mark_holds_the_letter_its_search_waits_for() {
        assert!(CREDIT_MARKS.iter().all(|m| m.contains('O')));
        assert!(is_caption(
            "Firefighters at the scene. EDITORIAL USE ONLY",
            "firefighters at the scene. editorial use only",
            false
        ));
    }

    #[test]
    fn teaser_block_after_heading() {
        let c = run(&[
            "A headline",
            "Body one said \"yes\".",
            "Body two.",
            "Comments",
            "No comments yet...",
            "Related Articles",
            "Other site",
            "37 minutes ago",
            "A long teaser paragraph with a \"quote\" that is not this article at all.",
        ]);
        assert_eq!(
            c.paragraphs,
            ["A headline", "Body one said \"yes\".", "Body two."]
        );
        assert_eq!(c.set_aside.len(), 6);
    }

    #[test]
    fn early_related_heading_takes_only_titles() {
        let c = run(&[
            "A headline",
            "Related",
            "Another Story Title",
            "Yet Another Title",
            "The article goes on here, and he said so.",
            "More body.",
            "Even more body.",
            "The end of the body.",
            "Really the end.",
        ]);
        assert_eq!(c.paragraphs.len(), 6);
        assert_eq!(c.paragraphs[1], "The article goes on here, and he said so.");
    }

    #[test]
    fn headline_repeats_dateline_signoff() {
        let c = run(&[
            "Peace Talks Resume - Kremlin",
            "Peace Talks Resume - Kremlin",
            "Moscow, Feb 23 (EFE).- Talks resumed, the Kremlin said.",
            "The talks will go on. EFE",
            "mos-sk",
        ]);
        assert_eq!(
            c.paragraphs,
            [
                "Peace Talks Resume - Kremlin",
                "Talks resumed, the Kremlin said.",
                "The talks will go on."
            ]
        );
        assert_eq!(c.headline.as_deref(), Some("Peace Talks Resume - Kremlin"));
        assert_eq!(c.signoff.as_deref(), Some("EFE"));
        assert_eq!(c.dateline.map(|d| d.place), Some("Moscow".to_string()));
    }
}
