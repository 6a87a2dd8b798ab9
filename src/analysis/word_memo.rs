//! A memo of yes-or-no answers about single words (natively): a direct-mapped table, per
//! thread, of recent short words with the answers found for them so far. Names, people,
//! attribution and stance ask the same few word-list questions ("is it a title, a stop word, a
//! name word?") of each mention of a name; a text of thousands of names asks them of the same
//! few hundred distinct words again and again. Each question is pure (its answer depends on
//! the word alone), so a remembered answer is the answer.
//!
//! A word is looked up by a hash of its bytes in one slot of a fixed table; a slot holds one
//! word (at most [`MAX_LEN`] bytes) and, per question, whether it was asked and the answer. A
//! different word hashed to the same slot replaces it. Longer words are not remembered. Each
//! look-up is constant time, so the memo keeps every caller linear. The wasm asks each
//! question afresh (the table would cost its bytes and memory there).

/// The questions the memo keeps an answer to, one bit each.
#[derive(Clone, Copy)]
pub enum Ask {
    /// `names::is_stopword`
    Stopword = 0,
    /// `names::is_title`
    Title = 1,
    /// `names::is_suffix`
    Suffix = 2,
    /// `names::is_name_word`
    NameWord = 3,
    /// `names::is_organisation_name`'s test of a name's last word
    OrgHead = 4,
    /// `names::continues_name`'s tests of the word alone
    ContinuesAlone = 5,
}

/// The longest word remembered.
#[cfg(not(target_arch = "wasm32"))]
const MAX_LEN: usize = 23;

/// Slots in the table (a power of two).
#[cfg(not(target_arch = "wasm32"))]
const SLOTS: usize = 2048;

/// A slot: the word's bytes, zero-padded, in three words with its length in the last byte,
/// then which questions were asked of it (a bit per [`Ask`]) and their answers.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy)]
struct Slot {
    key: [u64; 3],
    known: u8,
    yes: u8,
}

#[cfg(not(target_arch = "wasm32"))]
const EMPTY: Slot = Slot {
    key: [0; 3],
    known: 0,
    yes: 0,
};

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    // Initialised without code and with nothing to drop, so a look-up is an address.
    static TABLE: std::cell::UnsafeCell<[Slot; SLOTS]> =
        const { std::cell::UnsafeCell::new([EMPTY; SLOTS]) };
}

/// A word's key: its bytes zero-padded to 24 with its length last (no word of at most
/// [`MAX_LEN`] bytes shares another's key).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn key_of(b: &[u8]) -> [u64; 3] {
    // Whole eight-byte chunks as single loads, the rest byte by byte (a copy into a padded
    // buffer was a `memcpy` call per look-up).
    let mut k = [0u64; 3];
    let mut chunks = b.chunks_exact(8);
    let mut i = 0;
    for c in chunks.by_ref() {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        k[i] = u64::from_le_bytes(w);
        i += 1;
    }
    let mut last = 0u64;
    for (j, &c) in chunks.remainder().iter().enumerate() {
        last |= u64::from(c) << (j * 8);
    }
    if let Some(x) = k.get_mut(i) {
        *x = last;
    }
    k[2] |= (b.len() as u64) << 56;
    k
}

#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn slot_of(k: &[u64; 3]) -> usize {
    let h =
        (k[0] ^ k[1].rotate_left(21) ^ k[2].rotate_left(42)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 53) as usize & (SLOTS - 1)
}

/// `answer(word)`, remembered for short words natively. `answer` must depend on the word alone.
#[inline]
pub fn ask(word: &str, q: Ask, answer: impl FnOnce(&str) -> bool) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let b = word.as_bytes();
        if b.is_empty() || b.len() > MAX_LEN {
            return answer(word);
        }
        let bit = 1u8 << (q as u8);
        let key = key_of(b);
        let at = slot_of(&key);
        // SAFETY: the table is this thread's; each access below is a copy in or out with no
        // reference kept across the call to `answer` (which may ask the memo itself).
        let slot = TABLE.with(|t| unsafe { (*t.get())[at] });
        if slot.key == key && slot.known & bit != 0 {
            return slot.yes & bit != 0;
        }
        let yes = answer(word);
        TABLE.with(|t| {
            // SAFETY: as above; no other reference to the table is live.
            let s = unsafe { &mut (*t.get())[at] };
            if s.key != key {
                *s = Slot { key, ..EMPTY };
            }
            s.known |= bit;
            if yes {
                s.yes |= bit;
            } else {
                s.yes &= !bit;
            }
        });
        yes
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = q;
        answer(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_answers_per_word_and_question() {
        // A question's answer comes back for its own word only, under collisions and
        // replacement: thousands of words through a table of fewer slots.
        let words: Vec<String> = (0..5000).map(|i| format!("W{i}x")).collect();
        let truth =
            |w: &str, q: u8| (w.len() + w.as_bytes()[1] as usize + q as usize).is_multiple_of(3);
        for round in 0..3 {
            for w in &words {
                for (q, a) in [
                    Ask::Stopword,
                    Ask::Title,
                    Ask::Suffix,
                    Ask::NameWord,
                    Ask::OrgHead,
                    Ask::ContinuesAlone,
                ]
                .into_iter()
                .enumerate()
                {
                    let q = q as u8;
                    assert_eq!(ask(w, a, |w| truth(w, q)), truth(w, q), "{w} {q} {round}");
                }
            }
        }
        // Long and empty words are answered, not remembered.
        let long = "Abcdefghijklmnopqrstuvwxyz";
        assert!(ask(long, Ask::Title, |_| true));
        assert!(!ask(long, Ask::Title, |_| false));
        assert!(!ask("", Ask::Title, |_| false));
    }

    #[test]
    fn an_answer_that_asks_the_memo_itself_is_kept() {
        let inner = |w: &str| ask(w, Ask::Suffix, |w| w.ends_with('r'));
        assert!(ask("Junior", Ask::NameWord, |w| inner(w)));
        assert!(ask("Junior", Ask::NameWord, |_| false));
        assert!(ask("Junior", Ask::Suffix, |_| false));
    }
}
