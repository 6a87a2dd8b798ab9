//! Word lists used by the analysis, as data files included at compile time and parsed once.
//! Each list names its licence in its header line; all were written for QuoteLens (MIT) except
//! `sentiment_vader.txt`, a subset of the VADER lexicon (MIT, C.J. Hutto), and
//! `common_words.txt`, derived from the English Web Treebank (CC BY-SA 4.0); see the README's
//! "Lexicons" section. The stance lists are exposed raw and parsed by `analysis::stance`.

use crate::analysis::chars::ToLower;
use crate::analysis::fasthash::{HashMap, HashMapExt, HashSet};
use crate::analysis::lazy::Lazy;

/// A list file without its comment lines, at compile time: the lists keep their explanations
/// in the repository while the binary, and the wasm most of all, carries only the data (a fifth
/// of the lists' bytes, 8 KB of the wasm gzip). Kept: every data line, the `# licence:` header
/// line and the `## name` headings that [`section`] reads; the readers skip the rest anyway.
macro_rules! list {
    ($file:literal) => {{
        const RAW: &str = include_str!($file);
        const KEPT: [u8; kept_len(RAW)] = strip_comments(RAW);
        const TEXT: &str = match std::str::from_utf8(&KEPT) {
            Ok(text) => text,
            Err(_) => panic!("a list without its comments is not UTF-8"),
        };
        TEXT
    }};
}

/// The end of the line that starts at `at`, and where the next one starts.
const fn line_end(raw: &[u8], at: usize) -> (usize, usize) {
    let mut end = at;
    while end < raw.len() && raw[end] != b'\n' {
        end += 1;
    }
    (end, if end < raw.len() { end + 1 } else { end })
}

/// Whether the line `raw[from..to]` is a comment that no reader needs.
const fn is_comment(raw: &[u8], from: usize, to: usize) -> bool {
    let mut i = from;
    while i < to && raw[i].is_ascii_whitespace() {
        i += 1;
    }
    if i >= to || raw[i] != b'#' {
        return false;
    }
    !(has_prefix(raw, i, to, b"## ") || has_prefix(raw, i, to, b"# licence:"))
}

const fn has_prefix(raw: &[u8], at: usize, to: usize, prefix: &[u8]) -> bool {
    if to - at < prefix.len() {
        return false;
    }
    let mut k = 0;
    while k < prefix.len() {
        if raw[at + k] != prefix[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// The length of `raw` without its comment lines.
const fn kept_len(raw: &str) -> usize {
    let raw = raw.as_bytes();
    let (mut at, mut len) = (0, 0);
    while at < raw.len() {
        let (end, next) = line_end(raw, at);
        if !is_comment(raw, at, end) {
            len += next - at;
        }
        at = next;
    }
    len
}

/// `raw` without its comment lines (see [`list!`]).
const fn strip_comments<const N: usize>(raw: &str) -> [u8; N] {
    let raw = raw.as_bytes();
    let mut out = [0u8; N];
    let (mut at, mut len) = (0, 0);
    while at < raw.len() {
        let (end, next) = line_end(raw, at);
        if !is_comment(raw, at, end) {
            let mut i = at;
            while i < next {
                out[len] = raw[i];
                len += 1;
                i += 1;
            }
        }
        at = next;
    }
    out
}

// After `list!`, which its tests use.
mod packed;

/// Weekday names, lower case.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// How a reporting cue behaves (see the header of `cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    Speech,
    That,
    Label,
}

use crate::analysis::word_set::WordMap;

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Asked of every token outside quotations: most words are no reporting verb, and the word
/// map's gate turns them away before hashing.
fn cues() -> &'static WordMap<&'static str, (CueClass, &'static str)> {
    static CUES: Lazy<WordMap<&'static str, (CueClass, &'static str)>> = Lazy::new();
    CUES.get_or_init(|| {
        let mut map = WordMap::new();
        for line in data_lines(list!("cues.tsv")) {
            let mut cols = line.split('\t');
            let (Some(lemma), Some(class), Some(forms)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let class = match class {
                "speech" => CueClass::Speech,
                "that" => CueClass::That,
                _ => CueClass::Label,
            };
            for form in forms.split_whitespace() {
                // The first line giving a form keeps it.
                if !map.contains_key(form) {
                    map.insert(form, (class, lemma));
                }
            }
        }
        map
    })
}

/// The class and lemma of a reporting verb form ("told" → Speech, "tell").
pub fn cue(word_lower: &str) -> Option<(CueClass, &'static str)> {
    cues().get(word_lower).copied()
}

fn frames() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static FRAMES: Lazy<HashMap<&'static str, Vec<&'static str>>> = Lazy::new();
    FRAMES.get_or_init(|| {
        data_lines(list!("report_frames.tsv"))
            .filter_map(|line| {
                let (lemma, frames) = line.split_once('\t')?;
                Some((lemma, frames.split_whitespace().collect()))
            })
            .collect()
    })
}

/// What a reporting verb's content looks like without a clause (see `report_frames.tsv`):
/// "to", "object", "object-for", "object-to" or a preposition. Empty for a verb with no such frame.
pub fn frames_of(lemma: &str) -> &'static [&'static str] {
    frames().get(lemma).map_or(&[], Vec::as_slice)
}

/// Gated (`WordMap`): asked of most capitalised words and of every word of a speaker's phrase.
fn roles() -> &'static crate::analysis::word_set::WordMap<&'static str, &'static str> {
    static ROLES: Lazy<crate::analysis::word_set::WordMap<&'static str, &'static str>> =
        Lazy::new();
    ROLES.get_or_init(|| {
        let mut map = crate::analysis::word_set::WordMap::new();
        for line in data_lines(list!("roles.tsv")) {
            let Some((group, words)) = line.split_once('\t') else {
                continue;
            };
            for w in words.split_whitespace() {
                // The first group that lists a word keeps it.
                if !map.contains_key(w) {
                    map.insert(w, group);
                }
            }
        }
        map
    })
}

/// The role group of a job-title word ("spokesman" → "spokesperson").
/// Two-word titles are looked up joined by a hyphen ("press-secretary").
pub fn role_group(word_lower: &str) -> Option<&'static str> {
    let w = word_lower.trim_end_matches('.');
    roles()
        .get(w)
        .or_else(|| roles().get(w.trim_end_matches('s')))
        .copied()
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn organisations() -> &'static HashSet<&'static str> {
    static ORGS: Lazy<HashSet<&'static str>> = Lazy::new();
    ORGS.get_or_init(|| data_lines(list!("organisations.txt")).collect())
}

fn organisation_descriptions() -> &'static HashSet<&'static str> {
    static SET: Lazy<HashSet<&'static str>> = Lazy::new();
    SET.get_or_init(|| data_lines(list!("organisation_descriptions.txt")).collect())
}

/// Is this a common noun that stands for an organisation the text has named ("the utility",
/// "the company", "the union")?
pub fn is_organisation_description(word_lower: &str) -> bool {
    organisation_descriptions().contains(word_lower)
}

/// Is this the head word of an institution ("Kremlin", "government", "officials")?
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_organisation_word(word_lower: &str) -> bool {
    organisations().contains(word_lower)
}

fn places() -> &'static HashMap<String, &'static str> {
    static PLACES: Lazy<HashMap<String, &'static str>> = Lazy::new();
    PLACES.get_or_init(|| {
        let mut map = HashMap::new();
        for line in data_lines(list!("places.txt")) {
            let mut names = line.split('|');
            let Some(canonical) = names.next() else {
                continue;
            };
            map.insert(canonical.to_lower(), canonical);
            for n in names {
                map.entry(n.to_lower()).or_insert(canonical);
            }
        }
        map
    })
}

/// Is this lower-case word an occupation written before names like a title ("developer")?
pub fn is_occupation(word_lower: &str) -> bool {
    static SET: crate::analysis::lazy::Lazy<crate::analysis::fasthash::HashSet<&'static str>> =
        crate::analysis::lazy::Lazy::new();
    SET.get_or_init(|| lines(OCCUPATIONS).collect())
        .contains(word_lower)
}

/// The place a name or adjective refers to ("Russian" → "Russia", "Kiev" → "Kyiv").
pub fn place(word: &str) -> Option<&'static str> {
    crate::analysis::lower::with_lower(word, |w| places().get(w).copied())
}

/// Stance cues: support and opposition words, negation, hedges, conditionals, contrast.
pub const STANCE_CUES: &str = list!("stance_cues.txt");
/// Closed-class words that bound a noun phrase (stance targets without a tagger).
pub const PHRASE_WORDS: &str = list!("phrase_words.txt");
/// Closed-class words of the stance reader's grammar.
pub const STANCE_GRAMMAR: &str = list!("stance_grammar.txt");
/// Words naming documents, recordings and figures: never the holder of a stance.
pub const DOCUMENTS: &str = list!("documents.txt");
/// Domain packs: issues of one field of news with their variants, in the order of
/// `stance::DOMAINS` ("conflict", "politics").
pub const DOMAIN_PACKS: [&str; 2] = [list!("domains/conflict.txt"), list!("domains/politics.txt")];
/// Countries, governments and organisations with their aliases and adjectives.
pub const ENTITIES: &str = list!("entities.txt");
/// Capitalised words that are titles, not names (read by `analysis::names`).
pub const NAME_TITLES: &str = list!("name_titles.txt");
/// Occupations written before a name like a title ("Developer Raj Mehta").
pub const OCCUPATIONS: &str = list!("occupations.txt");
/// Capitalised words that never begin or continue a name (read by `analysis::names`).
pub const NAME_STOP_CAPS: &str = list!("name_stop_caps.txt");
/// Function words that never end a name, though capitalised (read by `analysis::names`).
pub const NAME_FUNCTION_WORDS: &str = list!("name_function_words.txt");
/// Lower-case particles inside names (read by `analysis::names`).
pub const NAME_PARTICLES: &str = list!("name_particles.txt");
/// Last words that make a capitalised name an organisation's (read by `analysis::names`).
pub const ORG_NAME_HEADS: &str = list!("org_name_heads.txt");
/// Words that tell a person's gender ("Mrs.", "spokesman"; read by `analysis::names`).
pub const GENDER_WORDS: &str = list!("gender_words.tsv");
/// Abbreviations whose full stop ends no sentence ("Sen.", "Feb."; read by `analysis::text`).
pub const ABBREVIATIONS: &str = list!("abbreviations.txt");
/// Generational suffixes after a surname ("Jr.", "III").
pub const NAME_SUFFIXES: &str = list!("name_suffixes.txt");
/// Word classes of the people stage.
pub const PEOPLE_WORDS: &str = list!("people_words.txt");
/// The role reader's word classes, in sections (read by `analysis::role`).
pub const ROLE_WORDS: &str = list!("role_words.txt");
/// Given names that usually tell a person's grammatical gender.
pub const FIRST_NAMES: &str = list!("first_names.tsv");
/// Common English words, almost never proper nouns (derived from the English Web Treebank,
/// CC BY-SA 4.0): a capitalised one opening a sentence is no person's name. Packed (`packed`).
pub use packed::common_words;
/// Words after which a capitalised quotation names a work or programme ("memoir", "on").
pub const WORK_NOUNS: &str = list!("work_nouns.txt");
/// Words ending in "-ly" that are not adverbs ("family", "ally"): they may be a subject's head.
pub const LY_NOT_ADVERBS: &str = list!("ly_not_adverbs.txt");
/// General sentiment lexicon (VADER subset, MIT), the stance fallback when no cue is found.
/// Packed (`packed`).
pub use packed::sentiment;
/// Evaluative words for copula predicates that the sentiment list lacks (ours, MIT).
pub const EVALUATIONS: &str = list!("evaluations.txt");
/// Topic words the sentiment fallback ignores.
pub const SENTIMENT_SKIP: &str = list!("sentiment_skip.txt");

/// Closed-class words of the attribution rules, in "## name" sections (see `section`).
pub const ATTRIBUTION_WORDS: &str = list!("attribution_words.txt");

/// The words of one "## name" section of a list. Read once per list, so not inlined into each
/// of the 29 places that ask (as LLVM did, copying the `format!` each time).
#[inline(never)]
pub fn section(list: &'static str, name: &str) -> impl Iterator<Item = &'static str> {
    let heading = format!("## {name}");
    list.lines()
        .map(str::trim)
        .skip_while(move |l| *l != heading)
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A list of word classes (`CLASS <tab> words`), by class; a class may span several lines.
pub fn word_classes(list: &'static str) -> WordClasses {
    let mut by: crate::analysis::fasthash::HashMap<&str, crate::analysis::word_set::WordSet> =
        crate::analysis::fasthash::HashMap::new();
    for line in lines(list) {
        if let Some((class, words)) = line.split_once('\t') {
            by.entry(class.trim())
                .or_default()
                .extend(words.split_whitespace());
        }
    }
    WordClasses(by)
}

/// The word sets of a list's classes, by class name ([`word_classes`]).
pub struct WordClasses(
    crate::analysis::fasthash::HashMap<&'static str, crate::analysis::word_set::WordSet>,
);

impl WordClasses {
    /// Takes out the words of one class. Out of line in the wasm: the stance's word classes
    /// take dozens of classes one after another, and a map lookup inlined at each was 5 KB raw.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn remove(&mut self, class: &str) -> Option<crate::analysis::word_set::WordSet> {
        self.0.remove(class)
    }
}

/// The data lines of a list: comments and blank lines dropped, ends trimmed.
pub fn lines(list: &'static str) -> impl Iterator<Item = &'static str> {
    data_lines(list)
}

/// A weight in a list ("2.5", "-0.75", "3"): the `f32` that `str::parse` gives, for plain
/// decimals of up to seven digits, else `None`. Read by hand so that the wasm carries no float
/// parser (core's tables and code were about 12 KB gzip); the quotient of two integers exact in
/// `f32` is rounded once, as the parser rounds. A test checks every weight in the lists.
pub fn weight(s: &str) -> Option<f32> {
    let (negative, body) = match s.as_bytes().first()? {
        b'-' => (true, s.get(1..).unwrap_or("")),
        b'+' => (false, s.get(1..).unwrap_or("")),
        _ => (false, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = int.len() + frac.len();
    if digits == 0 || digits > 7 || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa = int
        .bytes()
        .chain(frac.bytes())
        .fold(0u32, |m, b| m * 10 + u32::from(b - b'0'));
    let value = mantissa as f32 / 10u32.pow(frac.len() as u32) as f32;
    Some(if negative { -value } else { value })
}

/// Is this lower-case word an auxiliary or copular verb ("has", "was", "would")? The list is
/// the `auxiliaries` section of `attribution_words.txt`.
pub fn is_auxiliary(word_lower: &str) -> bool {
    static SET: Lazy<HashSet<&'static str>> = Lazy::new();
    SET.get_or_init(|| section(ATTRIBUTION_WORDS, "auxiliaries").collect())
        .contains(word_lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_read_as_the_float_parser_reads_them() {
        let same = |w: &str| weight(w).map(f32::to_bits) == w.parse::<f32>().ok().map(f32::to_bits);
        let mut checked = 0;
        for line in lines(STANCE_CUES) {
            if let Some(w) = line.split('\t').nth(2) {
                assert!(same(w.trim()), "stance_cues.txt: {line}");
                checked += 1;
            }
        }
        // VADER's words, one line a weight: each word once, so no order of lines decides one.
        let mut seen = HashSet::default();
        for line in lines(sentiment()) {
            let (w, words) = line.split_once('\t').expect("weight <tab> words");
            assert!(same(w.trim()), "{line}");
            for word in words.split_whitespace() {
                assert!(seen.insert(word), "sentiment_vader.txt: {word} twice");
                checked += 1;
            }
        }
        for line in lines(EVALUATIONS) {
            let (_, w) = line.split_once('\t').expect("word <tab> weight");
            assert!(same(w.trim()), "{line}");
            checked += 1;
        }
        assert!(checked > 5000);
        for w in [
            "0", "-0", "+1.5", ".5", "5.", "0.1", "3.3", "-2.9", "1234567", "0.000001",
        ] {
            assert!(same(w), "{w}");
        }
        for w in ["", ".", "-", "own", "1e3", "1,5", "12345678", "inf"] {
            assert_eq!(weight(w), None, "{w}");
        }
    }

    #[test]
    fn lists_parse() {
        assert_eq!(cue("told"), Some((CueClass::Speech, "tell")));
        assert_eq!(cue("described").map(|c| c.0), Some(CueClass::Label));
        assert_eq!(role_group("spokeswoman"), Some("spokesperson"));
        assert_eq!(role_group("officials"), Some("officer"));
        assert!(is_organisation_word("kremlin"));
        assert_eq!(place("Russian"), Some("Russia"));
        assert_eq!(place("U.S."), Some("United States"));
        assert_eq!(frames_of("call"), ["for", "on"]);
        assert_eq!(frames_of("say"), ["wh"]);
        assert!(frames_of("insist").is_empty());
        assert!(section(ATTRIBUTION_WORDS, "pronouns").any(|w| w == "she"));
        assert!(!section(ATTRIBUTION_WORDS, "pronouns").any(|w| w == "the"));
        // Every verb with a frame is a cue.
        for line in data_lines(list!("report_frames.tsv")) {
            let lemma = line.split('\t').next().unwrap_or_default();
            assert!(cues().values().any(|c| c.1 == lemma), "{lemma}");
        }
    }

    #[test]
    fn every_stance_list_names_its_licence_first() {
        for list in [
            STANCE_CUES,
            PHRASE_WORDS,
            STANCE_GRAMMAR,
            DOCUMENTS,
            DOMAIN_PACKS[0],
            DOMAIN_PACKS[1],
            ENTITIES,
            NAME_TITLES,
            OCCUPATIONS,
            NAME_STOP_CAPS,
            NAME_PARTICLES,
            NAME_FUNCTION_WORDS,
            ORG_NAME_HEADS,
            GENDER_WORDS,
            FIRST_NAMES,
            common_words(),
            PEOPLE_WORDS,
            ROLE_WORDS,
            NAME_SUFFIXES,
            ABBREVIATIONS,
            WORK_NOUNS,
            LY_NOT_ADVERBS,
            ATTRIBUTION_WORDS,
            sentiment(),
            EVALUATIONS,
            SENTIMENT_SKIP,
        ] {
            let first = list.lines().next().unwrap_or_default();
            assert!(first.starts_with("# licence: "), "{first}");
        }
    }
}
