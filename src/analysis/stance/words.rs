//! The parsed word lists of the stance analysis (see `analysis::lexicon`), read once, and a
//! matcher for multi-word patterns over tokens.

use crate::analysis::fasthash::HashSet;
use crate::analysis::lazy::Lazy;
use crate::analysis::sorting::StableSort;

use super::tokens::{Kind, Token};
use crate::analysis::lexicon;

/// One word of a pattern.
#[derive(Debug, Clone)]
enum Part {
    Exact(String),
    Prefix(String),
}

impl Part {
    fn parse(word: &str) -> Part {
        match word.strip_suffix('*') {
            Some(p) => Part::Prefix(p.to_string()),
            None => Part::Exact(word.to_string()),
        }
    }

    fn matches(&self, word: &str) -> bool {
        match self {
            Part::Exact(w) => w == word,
            Part::Prefix(p) => word.starts_with(p.as_str()) && word.len() > p.len(),
        }
    }
}

/// A fast hasher for the short words the pattern index is keyed by (FxHash); looked up
/// several times per token, where SipHash dominated the profile. Keys come from our own word
/// lists, so there is no hash flooding to defend against.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Whole chunks of eight bytes as one load each, the rest (zero-padded, as before) by
        // shifts: a copy of variable length into a buffer called `memcpy` per word.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            if let Ok(b) = <[u8; 8]>::try_from(chunk) {
                self.mix(u64::from_le_bytes(b));
            }
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let v = rest
                .iter()
                .enumerate()
                .fold(0u64, |v, (k, &b)| v | u64::from(b) << (8 * k));
            self.mix(v);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type WordMap<V> = std::collections::HashMap<String, V, std::hash::BuildHasherDefault<WordHasher>>;

/// Multi-word patterns, each with a value; finds the longest pattern starting at a token.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    /// Every pattern in the order added; a pattern's index there is its id.
    patterns: Vec<(Vec<Part>, T)>,
    /// Ids of the patterns starting with an exact word, by that word.
    exact: WordMap<Vec<usize>>,
    /// Ids of the patterns starting with a prefix.
    prefixed: Vec<usize>,
    /// The patterns of `prefixed` by the prefix of their first word (in insertion order), and
    /// the lengths those prefixes have: a token's candidates are found by a few lookups of
    /// its own prefixes instead of a test of every prefixed pattern.
    by_prefix: WordMap<Vec<usize>>,
    prefix_lengths: Vec<usize>,
    /// The first two bytes of the exact first words and of the first prefixes, a bit per pair
    /// (see [`pair`]): most tokens start no pattern and are turned away without hashing.
    exact_starts: Vec<u64>,
    prefix_starts: Vec<u64>,
    /// A bit per [`shape`] of the exact first words (first two bytes and length): a word whose
    /// first two bytes begin some exact first word but whose length fits none of them is
    /// turned away without hashing.
    exact_shapes: Vec<u64>,
    /// The first `HEAD` bytes of every first prefix at least that long, sorted: a word whose
    /// head is not among them starts none of those prefixes, and is turned away with one
    /// search instead of a hash lookup per prefix length.
    prefix_heads: Vec<[u8; HEAD]>,
    /// Whether some first prefix is shorter than `HEAD` bytes (then every length is tried).
    short_prefix: bool,
    /// Compare the tokens' surface (capitals as written) instead of their lower case.
    case_sensitive: bool,
}

/// Bytes of a prefix's head (see `PhraseSet::prefix_heads`).
const HEAD: usize = 4;

/// The first two bytes of a word as one number (0 for a missing second byte).
fn pair(word: &str) -> usize {
    let b = word.as_bytes();
    (usize::from(b.first().copied().unwrap_or(0)) << 8)
        | usize::from(b.get(1).copied().unwrap_or(0))
}

/// The first two bytes and the length of a word as one number below 65,536 (different words
/// may share one: it only turns words away).
fn shape(word: &str) -> usize {
    (pair(word) ^ (word.len().min(63) << 10)) & 0xffff
}

fn has_pair(bits: &[u64], pair: usize) -> bool {
    bits.get(pair / 64)
        .is_some_and(|w| w & (1 << (pair % 64)) != 0)
}

/// Sets a pair's bit; the bits are made at the first pattern (a set with none, like a
/// document's user targets when it has none, costs no 8 KB to make and clear).
fn add_pair(bits: &mut Vec<u64>, pair: usize) {
    if bits.is_empty() {
        bits.resize(1024, 0);
    }
    if let Some(w) = bits.get_mut(pair / 64) {
        *w |= 1 << (pair % 64);
    }
}

impl<T: Clone> PhraseSet<T> {
    pub fn new(case_sensitive: bool) -> Self {
        PhraseSet {
            patterns: Vec::new(),
            exact: WordMap::default(),
            prefixed: Vec::new(),
            by_prefix: WordMap::default(),
            prefix_lengths: Vec::new(),
            exact_starts: Vec::new(),
            prefix_starts: Vec::new(),
            exact_shapes: Vec::new(),
            prefix_heads: Vec::new(),
            short_prefix: false,
            case_sensitive,
        }
    }

    pub fn add(&mut self, pattern: &str, value: T) {
        let parts: Vec<Part> = pattern.split_whitespace().map(Part::parse).collect();
        let id = self.patterns.len();
        match parts.first() {
            Some(Part::Exact(w)) => {
                add_pair(&mut self.exact_starts, pair(w));
                add_pair(&mut self.exact_shapes, shape(w));
                self.exact.entry(w.clone()).or_default().push(id);
                self.patterns.push((parts, value));
            }
            Some(Part::Prefix(p)) => {
                let p = p.clone();
                if p.len() >= 2 {
                    add_pair(&mut self.prefix_starts, pair(&p));
                } else {
                    // A prefix of one byte (or none) starts too many words to filter by.
                    self.prefix_starts = vec![u64::MAX; 1024];
                }
                match p.as_bytes().first_chunk::<HEAD>() {
                    Some(head) => {
                        if let Err(at) = self.prefix_heads.binary_search(head) {
                            self.prefix_heads.insert(at, *head);
                        }
                    }
                    None => self.short_prefix = true,
                }
                if !self.prefix_lengths.contains(&p.len()) {
                    self.prefix_lengths.push(p.len());
                    self.prefix_lengths.stable_sort();
                }
                self.by_prefix
                    .entry(p)
                    .or_default()
                    .push(self.prefixed.len());
                self.prefixed.push(id);
                self.patterns.push((parts, value));
            }
            None => {}
        }
    }

    fn word<'t>(&self, t: &'t Token) -> &'t str {
        if self.case_sensitive {
            t.surface()
        } else {
            t.norm()
        }
    }

    /// The longest pattern matching the words from `i` on: (number of tokens, value).
    /// Only word tokens match; a possessive may only end a match.
    pub fn longest_at(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        self.longest_id_at(tokens, i)
            .map(|(n, id)| (n, &self.patterns[id].1))
    }

    /// The value of pattern `id` (see [`PhraseSet::longest_id_at`]).
    pub fn value(&self, id: usize) -> &T {
        &self.patterns[id].1
    }

    /// The number of words of pattern `id`.
    pub fn pattern_len(&self, id: usize) -> usize {
        self.patterns[id].0.len()
    }

    /// Whether a pattern could start at token `i`, by its first two bytes alone: false for
    /// most tokens, and then [`PhraseSet::longest_at`] finds nothing there.
    #[inline]
    pub fn may_start(&self, tokens: &[Token], i: usize) -> bool {
        tokens.get(i).filter(|t| t.is_word()).is_some_and(|t| {
            let word = self.word(t);
            let start = pair(word);
            (has_pair(&self.exact_starts, start) && has_pair(&self.exact_shapes, shape(word)))
                || has_pair(&self.prefix_starts, start)
        })
    }

    /// [`PhraseSet::longest_at`] with the matching pattern's id instead of its value.
    pub fn longest_id_at(&self, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        if self.patterns.is_empty() {
            return None;
        }
        let first = tokens.get(i).filter(|t| t.is_word())?;
        let word = self.word(first);
        // The number of tokens a pattern spans from `i`, when it matches. A quotation mark may
        // stand between its words: she was "thrilled" with the bylaw.
        let matches = |parts: &[Part]| -> Option<usize> {
            let n = parts.len();
            let mut j = i;
            for (k, p) in parts.iter().enumerate() {
                if k > 0 && tokens.get(j).is_some_and(|t| t.kind == Kind::Quote) {
                    j += 1;
                }
                let t = tokens.get(j)?;
                if !(t.is_word() && (k + 1 == n || !t.poss) && p.matches(self.word(t))) {
                    return None;
                }
                j += 1;
            }
            Some(j - i)
        };
        // The first longest match in the order the patterns are tried: exact ones in the order
        // they were added, then prefixed ones in the order they were added.
        let start = pair(word);
        // (words of the pattern, id, tokens spanned)
        let mut best: Option<(usize, usize, usize)> = None;
        let exact = (has_pair(&self.exact_starts, start)
            && has_pair(&self.exact_shapes, shape(word)))
        .then(|| self.exact.get(word))
        .flatten();
        for &id in exact.into_iter().flatten() {
            let parts = &self.patterns[id].0;
            if best.is_none_or(|(len, _, _)| parts.len() > len) {
                if let Some(span) = matches(parts) {
                    best = Some((parts.len(), id, span));
                }
            }
        }
        // Prefixed patterns whose first prefix begins `word` (and is shorter): the longest
        // match, the earliest added among equals, without collecting them.
        let mut prefixed: Option<(usize, usize, usize)> = None;
        let headed = || {
            self.short_prefix
                || word
                    .as_bytes()
                    .first_chunk::<HEAD>()
                    .is_some_and(|h| self.prefix_heads.binary_search(h).is_ok())
        };
        let prefix_lengths = if has_pair(&self.prefix_starts, start) && headed() {
            &self.prefix_lengths[..]
        } else {
            &[]
        };
        for &n in prefix_lengths {
            if n >= word.len() {
                break;
            }
            let Some(list) = word.get(..n).and_then(|p| self.by_prefix.get(p)) else {
                continue;
            };
            for &k in list {
                let parts = &self.patterns[self.prefixed[k]].0;
                let better = prefixed
                    .is_none_or(|(len, at, _)| parts.len() > len || (parts.len() == len && k < at));
                if better {
                    if let Some(span) = matches(parts) {
                        prefixed = Some((parts.len(), k, span));
                    }
                }
            }
        }
        if let Some((n, k, span)) = prefixed {
            if best.is_none_or(|(len, _, _)| n > len) {
                best = Some((n, self.prefixed[k], span));
            }
        }
        best.map(|(_, id, span)| (span, id))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// Favours (+1) or opposes (-1) what follows.
    Obj,
    /// Evaluates what it describes, before or after it.
    Pred,
    /// Turns what follows around; opposes its object when nothing polar follows.
    Shift,
    Neg,
    Modal,
    Cond,
    Deontic,
    /// A verb of demand whose person is told to act ("urged the council to drop the fee"):
    /// the speaker favours the action.
    Demand,
    Contrast,
    Say,
    /// A naming verb ("calling it X").
    Call,
    /// A verb of effect ("will hurt families", "would protect jobs"): judges its subject by
    /// what it does to its object.
    Effect,
    /// A verb of change ("will raise costs", "cuts crime"): judges a subject that is a thing
    /// (a plan, a law), not a person, by what it does to its object.
    Change,
    None,
}

#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub kind: CueKind,
    pub sign: f32,
    pub weight: f32,
    /// Counts only in the speaker's own words, not in the reporter's ("against", "seeking").
    pub own_only: bool,
    /// Comes from the general sentiment lexicon, not from the stance cues.
    pub general: bool,
    /// An evaluation read from a verb of effect and its object: it judges the subject only,
    /// never what follows it.
    pub effect: bool,
}

/// The domain packs of `lexicon/domains/`, by name.
pub const DOMAINS: &[&str] = &["conflict", "politics"];

/// An issue of a domain pack.
#[derive(Debug, Clone)]
pub struct Issue {
    /// The pack it comes from (one of [`DOMAINS`]).
    pub domain: &'static str,
    pub name: String,
    pub phrase: String,
    pub qualified: bool,
}

/// An entity of `entities.txt`.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub phrase: String,
}

pub struct Lists {
    pub cues: PhraseSet<Cue>,
    pub issues: Vec<Issue>,
    pub issue_patterns: PhraseSet<usize>,
    pub entities: Vec<Entity>,
    /// Aliases (case-sensitive) to entity index.
    pub entity_aliases: PhraseSet<usize>,
    /// Adjectives (case-sensitive) to entity index.
    pub entity_adjectives: PhraseSet<usize>,
    pub sentiment: crate::analysis::word_set::WordMap<String, f32>,
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn lists() -> &'static Lists {
    static LISTS: Lazy<Lists> = Lazy::new();
    LISTS.get_or_init(load)
}

fn load() -> Lists {
    let mut cues = PhraseSet::new(false);
    for line in lexicon::lines(lexicon::STANCE_CUES) {
        let mut cols = line.split('\t');
        let (Some(pattern), Some(kind)) = (cols.next(), cols.next()) else {
            continue;
        };
        let weight = cols
            .next()
            .and_then(|w| lexicon::weight(w.trim()))
            .unwrap_or(1.0);
        let own_only = cols.next().is_some_and(|c| c.trim() == "own");
        let (kind, sign) = match kind.trim() {
            "+obj" => (CueKind::Obj, 1.0),
            "-obj" => (CueKind::Obj, -1.0),
            "+pred" => (CueKind::Pred, 1.0),
            "-pred" => (CueKind::Pred, -1.0),
            "shift" => (CueKind::Shift, -1.0),
            "neg" => (CueKind::Neg, -1.0),
            "modal" => (CueKind::Modal, 1.0),
            "cond" => (CueKind::Cond, 1.0),
            "deontic" => (CueKind::Deontic, 1.0),
            "demand" => (CueKind::Demand, 1.0),
            "contrast" => (CueKind::Contrast, 1.0),
            "say" => (CueKind::Say, 1.0),
            "call" => (CueKind::Call, 1.0),
            "+effect" => (CueKind::Effect, 1.0),
            "-effect" => (CueKind::Effect, -1.0),
            "+change" => (CueKind::Change, 1.0),
            "-change" => (CueKind::Change, -1.0),
            _ => (CueKind::None, 0.0),
        };
        cues.add(
            pattern.trim(),
            Cue {
                kind,
                sign,
                weight,
                own_only,
                general: false,
                effect: false,
            },
        );
    }

    let mut issues = Vec::new();
    let mut issue_patterns = PhraseSet::new(false);
    for (domain, pack) in DOMAINS.iter().zip(lexicon::DOMAIN_PACKS) {
        for line in lexicon::lines(pack) {
            let cols: Vec<&str> = line.split('|').map(str::trim).collect();
            if cols.len() < 3 {
                continue;
            }
            let index = issues.len();
            issues.push(Issue {
                domain,
                name: cols[0].to_string(),
                phrase: cols[1].to_string(),
                qualified: cols.get(3) == Some(&"qualified"),
            });
            for p in cols[2].split(',').map(str::trim).filter(|p| !p.is_empty()) {
                issue_patterns.add(p, index);
            }
        }
    }

    let mut entities = Vec::new();
    let mut entity_aliases = PhraseSet::new(true);
    let mut entity_adjectives = PhraseSet::new(true);
    for line in lexicon::lines(lexicon::ENTITIES) {
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        if cols.len() < 3 {
            continue;
        }
        let index = entities.len();
        let adjectives = cols.get(3).copied().unwrap_or_default();
        for a in adjectives
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            entity_adjectives.add(a, index);
        }
        entities.push(Entity {
            name: cols[0].to_string(),
            phrase: cols[1].to_string(),
        });
        for a in cols[2].split(',').map(str::trim).filter(|a| !a.is_empty()) {
            entity_aliases.add(a, index);
        }
    }

    let set = |list: &'static str| -> HashSet<String> {
        lexicon::lines(list)
            .map(crate::analysis::chars::to_lower)
            .collect()
    };
    let skip = set(lexicon::SENTIMENT_SKIP);
    // VADER's lines are `valence <tab> words`, ours `word <tab> valence`; ours come last, so a
    // word in both takes our score.
    let vader = lexicon::lines(lexicon::sentiment()).flat_map(|l| {
        let (v, words) = l.split_once('\t').unwrap_or_default();
        let v = lexicon::weight(v.trim());
        words.split_whitespace().filter_map(move |w| Some((w, v?)))
    });
    let ours = lexicon::lines(lexicon::EVALUATIONS).filter_map(|l| {
        let (w, v) = l.split_once('\t')?;
        Some((w, lexicon::weight(v.trim())?))
    });
    let sentiment = vader
        .chain(ours)
        .filter(|(w, _)| !skip.contains(*w))
        .map(|(w, v)| (w.to_string(), v))
        .collect();

    Lists {
        cues,
        issues,
        issue_patterns,
        entities,
        entity_aliases,
        entity_adjectives,
        sentiment,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The hasher's value is the one its chunk-by-chunk form gave (a zero-padded copy of each
    /// chunk of eight bytes), for words of every length.
    #[test]
    fn word_hasher_reads_chunks_as_before() {
        use std::hash::Hasher;
        let reference = |bytes: &[u8]| {
            let mut h = 0u64;
            for chunk in bytes.chunks(8) {
                let mut b = [0u8; 8];
                b[..chunk.len()].copy_from_slice(chunk);
                h = (h.rotate_left(5) ^ u64::from_le_bytes(b))
                    .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            }
            h
        };
        for n in 0..40 {
            let w: String = "abcdefghijklmnopqrstuvwxyzé"
                .chars()
                .cycle()
                .take(n)
                .collect();
            let mut h = WordHasher::default();
            h.write(w.as_bytes());
            assert_eq!(h.0, reference(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn lists_parse() {
        let l = lists();
        assert!(l.issues.iter().any(|i| i.name == "ceasefire"));
        assert!(l.entities.iter().any(|e| e.name == "United States"));
        assert!(l.sentiment.len() > 1000);
        assert!(!l.sentiment.contains_key("war"));
    }

    #[test]
    fn longest_pattern_wins_and_prefixes_match() {
        let l = lists();
        let s = "they ruled out peace talks and criticised it";
        let t = tokenize(s, 0..s.len());
        let (n, cue) = l.cues.longest_at(&t, 1).expect("ruled out");
        assert_eq!((n, cue.kind, cue.sign), (2, CueKind::Obj, -1.0));
        let (n, _) = l.issue_patterns.longest_at(&t, 3).expect("peace talks");
        assert_eq!(n, 2);
        assert!(l.cues.longest_at(&t, 6).is_some());
    }
}
