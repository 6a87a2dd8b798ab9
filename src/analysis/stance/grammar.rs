//! The closed-class words the stance reader's grammar relies on (conjunctions, determiners,
//! prepositions, pronouns, auxiliaries), loaded once from `lexicon/stance_grammar.txt`.

use crate::analysis::fasthash::HashSet;
use std::sync::OnceLock;

use crate::analysis::lexicon;

pub struct Grammar {
    pub coordinators: HashSet<&'static str>,
    pub determiners: HashSet<&'static str>,
    pub prepositions: HashSet<&'static str>,
    pub subject_pronouns: HashSet<&'static str>,
    pub first_person: HashSet<&'static str>,
    pub others: HashSet<&'static str>,
    pub be: HashSet<&'static str>,
    pub auxiliaries: HashSet<&'static str>,
    pub object_prepositions: HashSet<&'static str>,
    pub linkers: HashSet<&'static str>,
    pub locatives: HashSet<&'static str>,
    pub governing: HashSet<&'static str>,
    pub topic_openers: HashSet<&'static str>,
    pub empty_verbs: HashSet<&'static str>,
    pub effort: HashSet<&'static str>,
    pub verbal_preds: HashSet<&'static str>,
    pub modified_heads: HashSet<&'static str>,
    pub subordinators: HashSet<&'static str>,
    pub adjectival: HashSet<&'static str>,
    pub sooner: HashSet<&'static str>,
    pub harms: HashSet<&'static str>,
    pub leave: HashSet<&'static str>,
    pub charge: HashSet<&'static str>,
    pub venues: HashSet<&'static str>,
    pub venue_surnames: HashSet<&'static str>,
    pub possess: HashSet<&'static str>,
    pub lack: HashSet<&'static str>,
    pub qualities: HashSet<&'static str>,
    pub quality_modifiers: HashSet<&'static str>,
    pub necessity: HashSet<&'static str>,
    pub fate_end: HashSet<&'static str>,
    pub fate_on: HashSet<&'static str>,
    pub onward: HashSet<&'static str>,
    pub permit: HashSet<&'static str>,
    pub mandative: HashSet<&'static str>,
    pub keep: HashSet<&'static str>,
    pub kept: HashSet<&'static str>,
}

pub fn grammar() -> &'static Grammar {
    static G: OnceLock<Grammar> = OnceLock::new();
    G.get_or_init(|| {
        let mut by = lexicon::word_classes(lexicon::STANCE_GRAMMAR);
        let mut take = |c: &str| by.remove(c).unwrap_or_default();
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
            charge: take("charge"),
            venues: take("venues"),
            venue_surnames: take("venue_surnames"),
            possess: take("possess"),
            lack: take("lack"),
            qualities: take("qualities"),
            quality_modifiers: take("quality_modifiers"),
            necessity: take("necessity"),
            fate_end: take("fate_end"),
            fate_on: take("fate_on"),
            onward: take("onward"),
            permit: take("permit"),
            mandative: take("mandative"),
            keep: take("keep"),
            kept: take("kept"),
        }
    })
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
}
