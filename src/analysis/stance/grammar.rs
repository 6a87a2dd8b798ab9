//! The closed-class words the stance reader's grammar relies on (conjunctions, determiners,
//! prepositions, pronouns, auxiliaries), loaded once from `lexicon/stance_grammar.txt`.

use crate::analysis::lazy::Lazy;

use crate::analysis::lexicon;
use crate::analysis::word_set::WordSet;

pub struct Grammar {
    pub coordinators: WordSet,
    pub determiners: WordSet,
    pub prepositions: WordSet,
    pub subject_pronouns: WordSet,
    pub first_person: WordSet,
    pub others: WordSet,
    pub be: WordSet,
    pub auxiliaries: WordSet,
    pub object_prepositions: WordSet,
    pub linkers: WordSet,
    pub locatives: WordSet,
    pub governing: WordSet,
    pub topic_openers: WordSet,
    pub empty_verbs: WordSet,
    pub effort: WordSet,
    pub verbal_preds: WordSet,
    pub modified_heads: WordSet,
    pub subordinators: WordSet,
    pub adjectival: WordSet,
    pub sooner: WordSet,
    pub harms: WordSet,
    pub leave: WordSet,
    pub leave_bare: WordSet,
    pub feelings: WordSet,
    pub comparative_uses: WordSet,
    pub opinion_verbs: WordSet,
    pub faults: WordSet,
    pub passive_marks: WordSet,
    pub embedded_questions: WordSet,
    pub charge: WordSet,
    pub venues: WordSet,
    pub venue_surnames: WordSet,
    pub possess: WordSet,
    pub resultative: WordSet,
    pub bad_states: WordSet,
    pub befallen: WordSet,
    pub no_verdict_states: WordSet,
    pub ease_states: WordSet,
    pub lack: WordSet,
    pub qualities: WordSet,
    pub commit: WordSet,
    pub blunders: WordSet,
    pub quality_modifiers: WordSet,
    pub necessity: WordSet,
    pub fate_end: WordSet,
    pub fate_on: WordSet,
    pub onward: WordSet,
    pub permit: WordSet,
    pub mandative: WordSet,
    pub keep: WordSet,
    pub kept: WordSet,
    pub refusal: WordSet,
    pub relative_heads: WordSet,
    pub actors: WordSet,
    pub control: WordSet,
    pub to_complement: WordSet,
    pub hold_views: WordSet,
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn grammar() -> &'static Grammar {
    static G: Lazy<Grammar> = Lazy::new();
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
