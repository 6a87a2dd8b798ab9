//! The closed-class words the stance reader's grammar relies on (conjunctions, determiners,
//! prepositions, pronouns, auxiliaries), loaded once from `lexicon/stance_grammar.txt`.
//!
//! Each class has a bit. A token keeps the bits of its word's classes, filled in at its first
//! test against any class (one look-up of the word in `Grammar::masks`), so the rules' many
//! tests of the same tokens (units overlap, and a rule asks several classes of a word) read
//! a bit instead of looking the word up in each class's list again.

use crate::analysis::lazy::Lazy;

use crate::analysis::lexicon;
use crate::analysis::text::tokens::{Token, CLASSES_KNOWN};
use crate::analysis::word_set::{WordMap, WordSet};

/// The words of one class and the class's bit.
pub struct Class {
    set: WordSet,
    bit: u64,
}

/// Bits of the phrase classes (`phrases::Classes`), above the grammar's 57 (bits 0 to 56):
/// a new grammar class needs these moved up, or a second word of bits.
pub const PHRASE_BITS: [u64; 5] = [1 << 57, 1 << 58, 1 << 59, 1 << 60, 1 << 61];

impl Class {
    /// A class outside the grammar's (see [`PHRASE_BITS`]).
    pub fn new(set: WordSet, bit: u64) -> Class {
        Class { set, bit }
    }

    fn add_to(&self, masks: &mut WordMap<&'static str, u64>) {
        for &w in self.set.iter() {
            let m = masks.get(w).copied().unwrap_or(0);
            masks.insert(w, m | self.bit);
        }
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.set.contains(w)
    }

    pub fn set(&self) -> &WordSet {
        &self.set
    }

    pub fn bit(&self) -> u64 {
        self.bit
    }

    /// Whether the token's word (its `norm`) is in the class.
    #[inline]
    pub fn holds(&self, t: &Token) -> bool {
        let mut c = t.classes();
        if c & CLASSES_KNOWN == 0 {
            c = fill(t);
        }
        c & self.bit != 0
    }
}

pub struct Grammar {
    /// Every word of the classes below with the bits of the classes holding it.
    masks: WordMap<&'static str, u64>,
    pub coordinators: Class,
    pub determiners: Class,
    pub prepositions: Class,
    pub subject_pronouns: Class,
    pub first_person: Class,
    pub others: Class,
    pub be: Class,
    pub auxiliaries: Class,
    pub object_prepositions: Class,
    pub linkers: Class,
    pub locatives: Class,
    pub governing: Class,
    pub topic_openers: Class,
    pub empty_verbs: Class,
    pub effort: Class,
    pub verbal_preds: Class,
    pub modified_heads: Class,
    pub subordinators: Class,
    pub adjectival: Class,
    pub sooner: Class,
    pub harms: Class,
    pub leave: Class,
    pub leave_bare: Class,
    pub feelings: Class,
    pub comparative_uses: Class,
    pub opinion_verbs: Class,
    pub faults: Class,
    pub passive_marks: Class,
    pub embedded_questions: Class,
    pub charge: Class,
    pub venues: Class,
    pub venue_surnames: Class,
    pub possess: Class,
    pub resultative: Class,
    pub bad_states: Class,
    pub befallen: Class,
    pub no_verdict_states: Class,
    pub ease_states: Class,
    pub lack: Class,
    pub qualities: Class,
    pub commit: Class,
    pub blunders: Class,
    pub quality_modifiers: Class,
    pub necessity: Class,
    pub fate_end: Class,
    pub fate_on: Class,
    pub onward: Class,
    pub permit: Class,
    pub mandative: Class,
    pub keep: Class,
    pub kept: Class,
    pub refusal: Class,
    pub relative_heads: Class,
    pub actors: Class,
    pub control: Class,
    pub to_complement: Class,
    pub hold_views: Class,
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn grammar() -> &'static Grammar {
    static G: Lazy<Grammar> = Lazy::new();
    G.get_or_init(|| {
        let mut by = lexicon::word_classes(lexicon::STANCE_GRAMMAR);
        let mut masks: WordMap<&'static str, u64> = WordMap::default();
        for c in super::phrases::classes().with_bits() {
            c.add_to(&mut masks);
        }
        let mut next = 0;
        let mut take = |c: &str| {
            let class = Class {
                set: by.remove(c).unwrap_or_default(),
                bit: 1u64 << next,
            };
            next += 1;
            class.add_to(&mut masks);
            class
        };
        Grammar {
            coordinators: take("coordinators"),
            determiners: take("determiners"),
            prepositions: take("prepositions"),
            subject_pronouns: take("subject_pronouns"),
            first_person: take("first_person"),
            others: take("others"),
            be: take("be"),
            auxiliaries: take("auxiliaries"),
            object_prepositions: take("object_prepositions"),
            linkers: take("linkers"),
            locatives: take("locatives"),
            governing: take("governing"),
            topic_openers: take("topic_openers"),
            empty_verbs: take("empty_verbs"),
            effort: take("effort"),
            verbal_preds: take("verbal_preds"),
            modified_heads: take("modified_heads"),
            subordinators: take("subordinators"),
            adjectival: take("adjectival"),
            sooner: take("sooner"),
            harms: take("harms"),
            leave: take("leave"),
            leave_bare: take("leave_bare"),
            feelings: take("feelings"),
            comparative_uses: take("comparative_uses"),
            opinion_verbs: take("opinion_verbs"),
            faults: take("faults"),
            passive_marks: take("passive_marks"),
            embedded_questions: take("embedded_questions"),
            charge: take("charge"),
            venues: take("venues"),
            venue_surnames: take("venue_surnames"),
            possess: take("possess"),
            resultative: take("resultative"),
            bad_states: take("bad_states"),
            befallen: take("befallen"),
            no_verdict_states: take("no_verdict_states"),
            ease_states: take("ease_states"),
            lack: take("lack"),
            qualities: take("qualities"),
            commit: take("commit"),
            blunders: take("blunders"),
            quality_modifiers: take("quality_modifiers"),
            necessity: take("necessity"),
            fate_end: take("fate_end"),
            fate_on: take("fate_on"),
            onward: take("onward"),
            permit: take("permit"),
            mandative: take("mandative"),
            keep: take("keep"),
            kept: take("kept"),
            refusal: take("refusal"),
            relative_heads: take("relative_heads"),
            actors: take("actors"),
            control: take("control"),
            to_complement: take("to_complement"),
            hold_views: take("hold_views"),
            masks: std::mem::take(&mut masks),
        }
    })
}

impl Grammar {
    /// The bits of the classes holding the word.
    #[inline]
    pub fn classes_of(&self, w: &str) -> u64 {
        self.masks.get(w).copied().unwrap_or(0)
    }
}

/// Looks the token's word up and keeps its classes in the token.
#[inline(never)]
fn fill(t: &Token) -> u64 {
    let c = grammar().classes_of(t.norm()) | CLASSES_KNOWN;
    t.set_classes(c);
    c
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_class_has_words() {
        let g = super::grammar();
        assert!(g.determiners.contains("the"));
        assert!(g.coordinators.contains(","));
        assert!(g.empty_verbs.contains("make"));
        assert!(g.modified_heads.contains("member"));
    }

    #[test]
    fn the_grammar_bits_lie_below_the_phrase_bits() {
        let g = super::grammar();
        // Bits are given in order from 1: the last class's bit is the highest.
        assert_eq!(g.coordinators.bit(), 1);
        assert_eq!(g.hold_views.bit(), 1 << 56);
        assert!(super::PHRASE_BITS.iter().all(|&b| b > g.hold_views.bit()));
        assert!(super::PHRASE_BITS
            .iter()
            .all(|&b| b & super::CLASSES_KNOWN == 0));
    }

    /// A token's class bits answer as the class's list does, at its first test and after.
    #[test]
    fn a_token_holds_what_its_class_contains() {
        use crate::analysis::text::tokens::tokenize;
        let g = super::grammar();
        let p = super::super::phrases::classes();
        let classes = [
            &g.coordinators,
            &g.determiners,
            &g.prepositions,
            &g.subject_pronouns,
            &g.first_person,
            &g.others,
            &g.be,
            &g.auxiliaries,
            &g.object_prepositions,
            &g.linkers,
            &g.locatives,
            &g.governing,
            &g.qualities,
            &g.empty_verbs,
            &g.subordinators,
            &g.feelings,
            &g.harms,
            &g.kept,
            &g.hold_views,
            &p.det,
            &p.prep,
            &p.copula,
            &p.aux_pron_prep_link,
            &p.closed,
        ];
        let mut text = String::from(
            "The Harbour Board's chair, Mirela Oduya, said on Tuesday that the ferry levy \
             \u{201c}is a disgrace\u{201d} and that the nurses' wages should rise; they'd \
             rather it didn't. Gardeners in Brnovo were THRILLED. Он сказал: нет.\n\n",
        );
        for c in classes {
            for w in c.set().iter() {
                text.push_str(w);
                text.push(' ');
            }
        }
        let toks = tokenize(&text, 0..text.len());
        assert!(toks.iter().all(|t| t.classes() == 0));
        for round in 0..2 {
            for t in &toks {
                for (k, c) in classes.iter().enumerate() {
                    assert_eq!(
                        c.holds(t),
                        c.contains(t.norm()),
                        "{:?}, class {k}, round {round}",
                        t.norm()
                    );
                }
            }
        }
        assert!(toks.iter().all(|t| t.classes() & super::CLASSES_KNOWN != 0));
        // "said" is in none of these classes; "the" is a determiner and closed to nothing else.
        let said = toks.iter().find(|t| t.norm() == "said").unwrap();
        assert!(!g.be.holds(said) && !p.det.holds(said));
        let the = toks.iter().find(|t| t.norm() == "the").unwrap();
        assert!(g.determiners.holds(the) && p.det.holds(the) && !g.be.holds(the));
    }
}
