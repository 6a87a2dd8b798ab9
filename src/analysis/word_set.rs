//! Sets and maps of lexicon words with a gate in front of their hash tables. Stance and people
//! ask their word lists ("aux", "det", "possess", gender words, the sentiment lexicon, …) about
//! nearly every token, and most words are in none of them: hashing each one to find that out
//! was a twentieth of the profile. The gate keeps one bit per fingerprint of the members
//! (length, first two and last byte), so most other words are turned away in a few instructions,
//! without hashing; a word that passes is looked up as before, so every answer is the hash
//! table's.

use std::borrow::Borrow;
use std::hash::Hash;

use crate::analysis::fasthash::HashMap;

/// Gate bits per member at least, so that most words outside the list are turned away. The
/// gate grows with the list, from 256 bits (32 bytes) to 64 Kbit (8 KB).
const BITS_PER_WORD: usize = 16;
const MIN_BITS_LOG: u32 = 8;
const MAX_BITS_LOG: u32 = 16;

/// The gate itself: a bit per fingerprint.
#[derive(Clone)]
struct Gate {
    bits: Vec<u64>,
    /// log2 of the number of bits.
    bits_log: u32,
}

impl Gate {
    fn new() -> Gate {
        Gate {
            bits: vec![0; (1 << MIN_BITS_LOG) / 64],
            bits_log: MIN_BITS_LOG,
        }
    }

    /// The bit of a word: its length, first two and last byte, mixed.
    #[inline]
    fn slot(&self, w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => (f, l),
            _ => (0, 0),
        };
        self.slot_of(b.len(), first, b.get(1).copied().unwrap_or(0), last)
    }

    /// The bit of a word of `len` bytes with these first, second and last bytes (0 where the
    /// word has none).
    #[inline]
    fn slot_of(&self, len: usize, first: u8, second: u8, last: u8) -> usize {
        let (first, second, last) = (u32::from(first), u32::from(second), u32::from(last));
        let len = len.min(255) as u32;
        let mixed = ((len << 24) | (second << 16) | (last << 8) | first).wrapping_mul(0x9E37_79B1);
        (mixed >> (32 - self.bits_log)) as usize
    }

    /// `may_hold` of the ASCII lower case of `raw`, an ASCII word, without lower-casing more
    /// than the three bytes the gate reads.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline]
    fn may_hold_lowered(&self, raw: &[u8]) -> bool {
        let at = |i: usize| raw.get(i).map_or(0, u8::to_ascii_lowercase);
        let last = raw.last().map_or(0, u8::to_ascii_lowercase);
        let s = self.slot_of(raw.len(), at(0), at(1), last);
        self.bits
            .get(s / 64)
            .is_some_and(|b| b & (1 << (s % 64)) != 0)
    }

    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let s = self.slot(w);
        self.bits
            .get(s / 64)
            .is_some_and(|b| b & (1 << (s % 64)) != 0)
    }

    fn add(&mut self, w: &str) {
        let s = self.slot(w);
        if let Some(b) = self.bits.get_mut(s / 64) {
            *b |= 1 << (s % 64);
        }
    }

    /// After a new member (`members` of them now): twice the bits when the list has outgrown
    /// them, every member's bit set again.
    fn grow<'a>(&mut self, members: usize, all: impl Iterator<Item = &'a str>) {
        if members * BITS_PER_WORD > 1 << self.bits_log && self.bits_log < MAX_BITS_LOG {
            self.bits_log += 1;
            self.bits = vec![0; (1 << self.bits_log) / 64];
            for w in all {
                self.add(w);
            }
        }
    }
}

/// A map from words to values, with the gate.
#[derive(Clone)]
pub struct WordMap<K, V> {
    map: HashMap<K, V>,
    gate: Gate,
}

impl<K: Borrow<str> + Hash + Eq, V> WordMap<K, V> {
    pub fn new() -> Self {
        WordMap {
            map: HashMap::default(),
            gate: Gate::new(),
        }
    }

    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        if !self.gate.may_hold(w) {
            return None;
        }
        self.map.get(w)
    }

    #[inline]
    pub fn contains_key(&self, w: &str) -> bool {
        self.gate.may_hold(w) && self.map.contains_key(w)
    }

    /// As `HashMap::insert`: a word already there takes the new value.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        self.gate.add(k.borrow());
        let old = self.map.insert(k, v);
        if old.is_none() {
            let map = &self.map;
            self.gate.grow(map.len(), map.keys().map(|k| k.borrow()));
        }
        old
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.map.iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.map.keys()
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.map.values()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl<K: Borrow<str> + Hash + Eq, V> Default for WordMap<K, V> {
    fn default() -> Self {
        WordMap::new()
    }
}

impl<K: Borrow<str> + Hash + Eq, V> Extend<(K, V)> for WordMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, items: I) {
        for (k, v) in items {
            self.insert(k, v);
        }
    }
}

impl<K: Borrow<str> + Hash + Eq, V> FromIterator<(K, V)> for WordMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let mut map = WordMap::new();
        map.extend(items);
        map
    }
}

impl<K: std::fmt::Debug, V: std::fmt::Debug> std::fmt::Debug for WordMap<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.map.iter()).finish()
    }
}

/// A set of lexicon words, with the gate.
#[derive(Clone, Default)]
pub struct WordSet {
    map: WordMap<&'static str, ()>,
}

impl WordSet {
    pub fn new() -> WordSet {
        WordSet::default()
    }

    /// Whether the set may hold the ASCII lower case of the ASCII word `raw`: false only when it
    /// holds no such word, so a caller lower-cases and looks up only the words that pass.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline]
    pub fn may_hold_lowered(&self, raw: &[u8]) -> bool {
        self.map.gate.may_hold_lowered(raw)
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.map.contains_key(w)
    }

    pub fn insert(&mut self, w: &'static str) -> bool {
        self.map.insert(w, ()).is_none()
    }

    pub fn iter(&self) -> impl Iterator<Item = &&'static str> {
        self.map.keys()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl Extend<&'static str> for WordSet {
    fn extend<I: IntoIterator<Item = &'static str>>(&mut self, words: I) {
        for w in words {
            self.insert(w);
        }
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        let mut set = WordSet::new();
        set.extend(words);
        set
    }
}

impl std::fmt::Debug for WordSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.map.keys()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::fasthash::HashSet;
    use proptest::prelude::*;

    const WORDS: [&str; 8] = ["", "a", "the", "would", "can't", "née", "über-rich", "x"];

    #[test]
    fn members_pass_the_gate() {
        let set: WordSet = WORDS.into_iter().collect();
        for w in WORDS {
            assert!(set.contains(w), "{w:?}");
        }
        for w in ["an", "they", "woulds", "can", "nee", "X", " "] {
            assert!(!set.contains(w), "{w:?}");
        }
        assert_eq!(set.len(), WORDS.len());
    }

    #[test]
    fn a_later_value_replaces_an_earlier_one() {
        let map: WordMap<String, f32> = [("good", 1.0), ("bad", -1.0), ("good", 2.0)]
            .into_iter()
            .map(|(w, v)| (w.to_string(), v))
            .collect();
        assert_eq!(map.get("good"), Some(&2.0));
        assert_eq!(map.get("bad"), Some(&-1.0));
        assert_eq!(map.get("ugly"), None);
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn a_large_list_grows_its_gate_and_keeps_every_member() {
        let words: Vec<&'static str> = (0..5000)
            .map(|i| &*Box::leak(format!("w{i}x").into_boxed_str()))
            .collect();
        let set: WordSet = words.iter().copied().collect();
        assert_eq!(set.map.gate.bits_log, MAX_BITS_LOG);
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("w5000x") && !set.contains("w1"));
    }

    proptest! {
        // Whatever the gate lets through or not, the answer is the hash set's.
        #[test]
        fn same_answers_as_a_hash_set(words in proptest::collection::vec("[a-z'é-]{0,8}", 0..400),
                                      asked in proptest::collection::vec("[a-z'é-]{0,8}", 0..100)) {
            let leaked: Vec<&'static str> =
                words.into_iter().map(|w| &*Box::leak(w.into_boxed_str())).collect();
            let set: WordSet = leaked.iter().copied().collect();
            let plain: HashSet<&str> = leaked.iter().copied().collect();
            prop_assert_eq!(set.len(), plain.len());
            for w in leaked.iter().copied().chain(asked.iter().map(String::as_str)) {
                prop_assert_eq!(set.contains(w), plain.contains(w));
            }
        }

        /// The gate read from an ASCII word's raw bytes is the gate of its lower case, so it
        /// passes every word whose lower case is a member.
        #[cfg(not(target_arch = "wasm32"))]
        #[test]
        fn the_gate_of_raw_bytes_is_that_of_the_lower_case(
            words in proptest::collection::vec("[a-z'.-]{0,8}", 0..400),
            asked in proptest::collection::vec("[A-Za-z'.-]{0,8}", 0..100),
        ) {
            let leaked: Vec<&'static str> =
                words.into_iter().map(|w| &*Box::leak(w.into_boxed_str())).collect();
            let set: WordSet = leaked.iter().copied().collect();
            for w in leaked.iter().map(|w| w.to_string()).chain(asked) {
                let lower = w.to_ascii_lowercase();
                prop_assert_eq!(set.may_hold_lowered(w.as_bytes()), set.map.gate.may_hold(&lower));
                prop_assert_eq!(set.may_hold_lowered(lower.as_bytes()), set.map.gate.may_hold(&lower));
                let upper = w.to_ascii_uppercase();
                prop_assert!(!set.contains(&lower) || set.may_hold_lowered(upper.as_bytes()));
            }
        }
    }
}
