//! Quotation and attribution behaviour on small hand-written articles (written for these
//! tests) and on the seed articles: each quote form, each attribution layout, each
//! resolution rule.

#[path = "support/articles.rs"]
mod articles;

use articles::run;
use quotelens::{analyze, Input, Options, QuoteKind};

/// (kind, speaker name, text) of every quote.
fn quotes(text: &str) -> Vec<(QuoteKind, String, String)> {
    run(text)
        .quotes
        .into_iter()
        .map(|q| {
            (
                q.kind,
                q.speaker.map(|s| s.name).unwrap_or_default(),
                q.text,
            )
        })
        .collect()
}

fn speaker_of(text: &str, quote_start: &str) -> String {
    quotes(text)
        .into_iter()
        .find(|q| q.2.starts_with(quote_start))
        .map(|q| q.1)
        .unwrap_or_else(|| panic!("no quote starting {quote_start:?}"))
}

#[test]
fn quote_then_name_and_role() {
    let t = "Storm hits coast\n\n\"We are ready for the worst,\" regional governor Anna Berg said on Monday.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert_eq!(q[0].1, "Anna Berg");
    let person = &run(t).people[0];
    assert_eq!(person.role.as_deref(), Some("regional governor"));
}

#[test]
fn inverted_attribution_with_appositive() {
    let t = "\"Prices will fall,\" said the head of the central bank, Tomas Lind.";
    assert_eq!(speaker_of(t, "Prices"), "Tomas Lind");
}

#[test]
fn colon_introduces_a_direct_quote_in_single_marks() {
    let t = "Minister Carla Ruiz said: 'That's all. I've said what I could.'";
    let q = quotes(t);
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert_eq!(q[0].1, "Carla Ruiz");
    assert_eq!(q[0].2, "That's all. I've said what I could.");
}

#[test]
fn pronoun_resolves_to_the_person_being_quoted() {
    let t = "Mayor Paul Okafor opened the bridge.\n\n\"It took ten years,\" he said. \"It was worth it.\"";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|x| x.1 == "Paul Okafor"), "{q:?}");
}

#[test]
fn surname_and_role_noun_resolve_to_the_full_name() {
    let t = "City spokeswoman Maria Lopez spoke to reporters.\n\n\"The roads are closed,\" Lopez said.\n\n\"Nobody should travel,\" the spokeswoman told reporters.";
    assert_eq!(speaker_of(t, "The roads"), "Maria Lopez");
    assert_eq!(speaker_of(t, "Nobody"), "Maria Lopez");
}

#[test]
fn spelling_variants_are_one_person() {
    let t = "President Ivan Petrenkoy arrived.\n\n\"We will rebuild,\" Petrenko said.";
    let r = run(t);
    assert_eq!(r.quotes[0].speaker.as_ref().unwrap().name, "Ivan Petrenkoy");
}

#[test]
fn unattributed_paragraph_carries_the_previous_speaker() {
    let t = "Coach Dana White said the team had improved.\n\n\"We trained harder than ever this year and it shows.\"";
    assert_eq!(speaker_of(t, "We trained"), "Dana White");
}

#[test]
fn partial_quote_takes_the_subject_of_its_verb() {
    let t = "Senator Omar Haddad described the plan as \"deeply flawed,\" calling it \"a gift to lobbyists.\"";
    let q = quotes(t);
    let partials: Vec<_> = q.iter().filter(|x| x.0 == QuoteKind::Partial).collect();
    assert_eq!(partials.len(), 2, "{q:?}");
    assert!(partials.iter().all(|x| x.1 == "Omar Haddad"), "{q:?}");
}

#[test]
fn scare_quotes_are_not_quotations() {
    let r = run("The so-called \"reform\" passed on Tuesday after a long night.");
    assert!(
        r.quotes.iter().all(|q| q.kind == QuoteKind::Indirect),
        "{:?}",
        r.quotes
    );
    assert_eq!(r.unattributed.len(), 1);
}

#[test]
fn reported_speech_forms() {
    let t = "Health Minister Lena Vogt said the clinics would reopen next week.\n\n\
             The vaccine supply is sufficient, the ministry said.\n\n\
             According to Vogt, the first patients will be seen on Monday.";
    let q = quotes(t);
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == QuoteKind::Indirect).collect();
    assert_eq!(indirect.len(), 3, "{q:?}");
    assert_eq!(indirect[0].2, "the clinics would reopen next week");
    assert_eq!(indirect[0].1, "Lena Vogt");
    assert_eq!(indirect[1].2, "The vaccine supply is sufficient");
    assert_eq!(indirect[1].1, "ministry");
    assert_eq!(indirect[2].2, "the first patients will be seen on Monday");
    assert_eq!(indirect[2].1, "Lena Vogt");
}

#[test]
fn organisations_speak() {
    let t = "The Kremlin said on Monday that the talks would go ahead.";
    let q = quotes(t);
    assert_eq!(q[0].1, "Kremlin");
    assert_eq!(q[0].2, "the talks would go ahead");
}

#[test]
fn split_sentence_quote_is_one_quote() {
    let t = "\"By acting now,\" the mayor, Ruth Adler, said, \"we save money later.\"";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "By acting now, we save money later.");
    assert_eq!(q[0].1, "Ruth Adler");
}

#[test]
fn seeds_give_their_main_speakers() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let r = analyze(
            Input {
                name: &name,
                bytes: &bytes,
            },
            &Options::default(),
        )
        .remove(0);
        assert!(r.error.is_none());
        assert!(!r.quotes.is_empty(), "{name}: no quotes");
        names.push((name, r));
    }
    names.sort_by(|a, b| a.0.cmp(&b.0));
    let spoke = |i: usize, start: &str| -> String {
        names[i]
            .1
            .quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .and_then(|q| q.speaker.as_ref())
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    assert_eq!(spoke(0, "For us, what is important"), "Dmitry Peskov");
    // "he said" after a paragraph about Peskov.
    assert_eq!(spoke(0, "Zelenskyy has made indecent"), "Dmitry Peskov");
    // "the Kremlin spokesman" → the press secretary named earlier.
    assert_eq!(spoke(1, "We are working on peace"), "Dmitry Peskov");
    // A quote paragraph with no attribution of its own.
    assert_eq!(spoke(2, "This approach, aimed precisely"), "Dmitry Peskov");
    assert_eq!(spoke(2, "That's all."), "Dmitry Peskov");
    assert_eq!(spoke(4, "even if Zelensky were replaced"), "Sergey Lavrov");
}

#[test]
fn topic_of_a_report_and_any_source_after_according_to() {
    let t = "Governor Lena Marsh called for an inquiry into the fire.\n\n\
             Rents rose by a third last year, according to a survey of city landlords.";
    let q = quotes(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2, "an inquiry into the fire");
    assert_eq!(q[0].1, "Lena Marsh");
    assert_eq!(q[1].2, "Rents rose by a third last year");
}

#[test]
fn multi_paragraph_quote_needs_the_same_opening_mark() {
    let t = "\"A quoted block from another paper opens here and never closes.\n\n\
             \u{201c}We never thought so,\u{201d} she said.";
    let q = quotes(t);
    assert!(q.iter().any(|x| x.2 == "We never thought so,"), "{q:?}");
}

#[test]
fn common_noun_and_relative_subjects_report() {
    let t = "The city sent a letter on Friday. The letter says the permit was never valid.\n\n\
             She met a farmer who said the river had risen overnight.";
    let q = quotes(t);
    let texts: Vec<&str> = q.iter().map(|x| x.2.as_str()).collect();
    assert!(texts.contains(&"the permit was never valid"), "{q:?}");
    assert!(texts.contains(&"the river had risen overnight"), "{q:?}");
}

#[test]
fn adjectival_past_forms_are_not_reports() {
    let q = quotes("The report covers fraud and alleged abuse of public funds in the region.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn same_surname_different_first_names_are_two_people() {
    let t = "Former president Bill Carter spoke first. \"We built this,\" Bill Carter said.\n\n\
             Later Senator Hannah Carter took the stage. \"We will defend it,\" Hannah Carter said.\n\n\
             \"It is our duty,\" Carter added.";
    let q = quotes(t);
    assert_eq!(q[0].1, "Bill Carter");
    assert_eq!(q[1].1, "Hannah Carter");
    // A surname alone goes to the Carter named last.
    assert_eq!(q[2].1, "Hannah Carter");
}

#[test]
fn newspaper_names_are_not_people() {
    let q = quotes("The New York Times reported that the deal had collapsed.");
    assert_eq!(q[0].1, "New York Times");
}

#[test]
fn cue_right_after_the_closing_mark_attributes_a_quote_in_a_long_sentence() {
    let t = "Budget plan\n\nAs for the costs, ''trimming the subsidies and closing the gaps will take some paperwork,'' said Ms. Okafor, who added that the office would publish its figures before the vote next month.";
    assert_eq!(speaker_of(t, "trimming"), "Okafor");
}

#[test]
fn as_someone_put_it_attributes_the_quote() {
    let t = "Budget plan\n\nAs Lena Varga, a tax lawyer in Leeds, recently put it, ''Is this a tax cut or a tax shift?''";
    assert_eq!(speaker_of(t, "Is this"), "Lena Varga");
}

#[test]
fn a_programme_named_after_a_possessive_is_not_a_quotation() {
    let t = "Talks resume\n\nIn an interview on Channel 4's \"Sunday Politics,\" Mayor Ruth Ames said the ferry would run again in March. She spoke to MSNBC's \"Breakfast Show\" as well.";
    let q = quotes(t);
    assert!(
        q.iter()
            .all(|(_, _, text)| !text.contains("Sunday Politics")
                && !text.contains("Breakfast Show")),
        "{q:?}"
    );
    let names: Vec<String> = run(t).unattributed.into_iter().map(|s| s.text).collect();
    assert!(
        names.iter().any(|n| n.contains("Sunday Politics")),
        "{names:?}"
    );
}

#[test]
fn a_nickname_inside_a_name_is_not_a_quotation() {
    let t = "Rally\n\n\"This is our year!\" the mayor's sister, state Del. Margaret \"Peg\" Holloway (D-Ashford), shouted to the crowd.";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.contains("Holloway"), "{q:?}");
}

#[test]
fn a_reversed_closing_mark_still_closes_the_quote() {
    let t = "Jobs\n\nOn Monday, Senator Mara Quist made the following comment:\n\n\u{201c}For young people the rate is 30 percent. For older workers it is 12 percent.\u{201c}\n\nThe office disputed the figures.";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].2.ends_with("12 percent."), "{q:?}");
}

#[test]
fn a_double_closing_mark_closes_an_inner_single_quote_left_open() {
    let t = "Debate\n\nHe continued: \u{201c}The critics are saying, \u{2018}Normally that is true, but not this time \u{2014} not with him, that is all we can cover.\u{201d}\n\nThe next speaker disagreed.";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(
        q[0].2.starts_with("The critics") && q[0].2.ends_with("cover."),
        "{q:?}"
    );
}

#[test]
fn a_headline_quote_after_a_colon_is_its_subjects() {
    let t = "Anna Berg Grills Port Authority Chief: \u{2018}You Should Step Down.\u{2019}\n\nRegional governor Anna Berg questioned the port chief on Tuesday.";
    assert_eq!(speaker_of(t, "You Should"), "Anna Berg");
}

#[test]
fn a_document_reads_its_own_words() {
    let t = "Archive\n\n\u{201c}Business leaders honoured the builder yesterday for the comeback of the year,\u{201d} the article read.";
    let report = run(t);
    assert_eq!(report.quotes.len(), 1, "{:?}", report.quotes);
    let cue = report.quotes[0].cue.as_ref().map(|c| c.text.as_str());
    assert_eq!(cue, Some("read"));
}

#[test]
fn russian_quotes_with_a_dash_and_an_inverted_verb() {
    let t = "Мост откроют осенью\n\nЗаместитель мэра Андрей Соколов провёл заседание во вторник.\n\n«Мы закончим работы в сентябре», — заявил Соколов журналистам.\n\n\"Денег хватит\", - сказала депутат Ольга Иванова.";
    let q = quotes(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "Андрей Соколов");
    assert!(q[0].2.starts_with("Мы закончим"));
    assert_eq!(q[1].1, "Ольга Иванова");
}

#[test]
fn an_appositive_ending_the_sentence_gives_the_role() {
    let t = "Harbour\n\n\"The bridge opens in May,\" said Per Lund, the harbour director.";
    let report = run(t);
    assert_eq!(
        report.quotes[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Per Lund")
    );
    assert_eq!(report.people[0].role.as_deref(), Some("harbour director"));
}

#[test]
fn an_appositive_after_the_name_may_hold_a_plural_possessive_an_occupation_or_a_relative() {
    let role_of = |t: &str, name: &str| {
        run(t)
            .people
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.role.clone())
    };
    // A plural possessive inside the title ("the nurses' union").
    assert_eq!(
        role_of(
            "Ward\n\n\"This plan puts patients at risk,\" said Amara Quist, president of the local nurses' union.",
            "Amara Quist"
        )
        .as_deref(),
        Some("president of the local nurses' union")
    );
    // An occupation that is no title group ("a nurse").
    assert_eq!(
        role_of(
            "Ward\n\n\"We are exhausted,\" said Lena Morrow, a nurse at the clinic.",
            "Lena Morrow"
        )
        .as_deref(),
        Some("nurse at the clinic")
    );
    // A relative clause after the title is no part of it.
    assert_eq!(
        role_of(
            "Rink\n\n\"The ban is absurd,\" said Ivo Brandt, a player agent whose firm represents him.",
            "Ivo Brandt"
        )
        .as_deref(),
        Some("player agent")
    );
    // A title followed by another name names that person, not the speaker.
    assert_eq!(
        role_of(
            "Bay\n\n\"We will sue,\" said Nora Vale, housing activist Tom Reese, and others.",
            "Nora Vale"
        ),
        None
    );
}

#[test]
fn a_noun_before_a_lower_case_title_is_part_of_the_role() {
    let t = "Port\n\n\"We will keep the gates open,\" harbour master Paul Okafor told reporters.";
    let report = run(t);
    assert_eq!(report.people[0].name, "Paul Okafor");
    assert_eq!(report.people[0].role.as_deref(), Some("harbour master"));
}

#[test]
fn titles_of_works_and_named_terms_are_not_people() {
    let t =
        "Farm memoir\n\nThe farmer wrote a memoir, \"Dust and Rain\", about the drought years. \
She appeared on \"Country Hour\" last week, and later the film \"Harvest Moon\" was shown in \
town. She also read from Pike's \"Field Notes\" at the fair. Locals dubbed the drought \"the \
Big Thirst\".\n\n\"We never gave up,\" Sara Pike said.";
    let doc = run(t);
    let people: Vec<&str> = doc.people.iter().map(|p| p.name.as_str()).collect();
    for work in [
        "Dust",
        "Country Hour",
        "Harvest Moon",
        "Field Notes",
        "Big Thirst",
    ] {
        assert!(
            !people.iter().any(|p| p.contains(work)),
            "{work} in {people:?}"
        );
    }
    let set_apart: Vec<&str> = doc.unattributed.iter().map(|u| u.text.as_str()).collect();
    assert!(set_apart.contains(&"Harvest Moon"), "{set_apart:?}");
    assert_eq!(speaker_of(t, "We never"), "Sara Pike");
}

#[test]
fn an_occupation_before_a_name_is_the_role() {
    let doc = run("Housing\n\nDeveloper Raj Mehta said the towers would open next spring.");
    let p = doc
        .people
        .iter()
        .find(|p| p.name == "Raj Mehta")
        .expect("Raj Mehta is a person");
    assert_eq!(
        p.role.as_deref().map(str::to_lowercase),
        Some("developer".into())
    );
    // After a first name with no name following, the same word is a surname.
    let doc = run("Farm\n\n\"Prices are too low,\" said Paul Farmer, a grower.");
    assert!(doc.people.iter().any(|p| p.name == "Paul Farmer"));
}

#[test]
fn every_quote_names_its_person_by_an_id_into_the_people_table() {
    let doc = run(
        "Court\n\nJudge Amy Brandt said the trial would resume. \"We are ready,\" \
defence lawyer Omar Haddad said. He added that his client would testify.",
    );
    assert!(doc.quotes.len() >= 3);
    for q in &doc.quotes {
        let s = q.speaker.as_ref().expect("every quote has a speaker");
        let id = s.person.expect("a speaker carries its person id");
        assert_eq!(doc.people[id].name, s.name);
    }
    let added = doc
        .quotes
        .iter()
        .find(|q| q.text.starts_with("his client"))
        .and_then(|q| q.speaker.as_ref())
        .map(|s| s.name.as_str());
    assert_eq!(added, Some("Omar Haddad"));
}

#[test]
fn a_lone_surname_after_an_honorific_is_a_person() {
    // The text never gives either full name: "Coach Varga" and "Mr. Osei" are still people,
    // and "he said" after "Mr. Osei …" is Osei, not the critic quoted before.
    let text = "Arena Row\n\n\
        Critic Nadia Ferrante called the arena deal \u{201c}a giveaway.\u{201d}\n\n\
        Mr. Osei dismissed the criticism. \u{201c}I respect her,\u{201d} he said.\n\n\
        Coach Varga was blunt. \u{201c}We need the ice,\u{201d} he said.";
    assert_eq!(speaker_of(text, "I respect her"), "Osei");
    assert_eq!(speaker_of(text, "We need the ice"), "Varga");
}

/// "They" after two people named together: one group speaker whose aliases are the members'
/// names and who is no one person; the members' quotation counts are theirs, and the group
/// holds no stance of its own.
#[test]
fn a_group_speaks_as_its_members() {
    let t = "Ferry Fares Frozen\n\nHarbour pilots Iris Vane and Milo Grant met the board on Monday. \
             They said the fare rise must be scrapped.\n\n\"Islanders cannot pay more,\" they said.";
    let doc = run(t);
    let q = doc
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Islanders"))
        .expect("the quotation is found");
    let s = q.speaker.as_ref().expect("the group speaks");
    assert_eq!(s.name, "Iris Vane and Milo Grant");
    assert_eq!(s.aliases, ["Iris Vane", "Milo Grant"]);
    assert_eq!(s.person, None);
    assert!(s.is_group());
    for name in ["Iris Vane", "Milo Grant"] {
        let p = doc
            .people
            .iter()
            .find(|p| p.name == name)
            .expect("member known");
        assert_eq!(p.quote_count, 2, "{name}");
    }
    assert!(
        doc.stance.iter().all(|j| !j.speaker.contains(" and ")),
        "{:?}",
        doc.stance
    );
    // One person speaking is no group.
    let one = run("Ferry Fares Frozen\n\n\"Islanders cannot pay more,\" pilot Iris Vane said.");
    assert!(one.quotes[0]
        .speaker
        .as_ref()
        .is_some_and(|s| !s.is_group()));
}

/// "The ministry said" after only a commission was named is not that commission: a kind of
/// institution fits the kinds the lexicon gives it ("the agency" an administration or an
/// authority), not any organisation.
#[test]
fn a_description_fits_only_its_kin_kinds() {
    let t = "Fishing Quota Cut\n\nThe Coastal Fisheries Commission cut the cod quota on Monday. \
             The ministry said boats would be compensated.";
    assert_ne!(
        speaker_of(t, "boats would be"),
        "Coastal Fisheries Commission"
    );
    let t =
        "Fishing Quota Cut\n\nThe Coastal Fisheries Administration cut the cod quota on Monday. \
             The agency said boats would be compensated.";
    assert_eq!(
        speaker_of(t, "boats would be"),
        "Coastal Fisheries Administration"
    );
}

#[test]
fn a_pronoun_after_a_report_in_the_paragraph_before_is_that_reporter() {
    // Surnames alone, so no first name tells a gender: the speaker of reported speech in the
    // paragraph just before, after the last quotation, is the one the pronoun quotes.
    let text = "Coaches were split on the new schedule.\n\n\
        \"I love the idea of the break, but the travel is brutal,\" MacAulay said.\n\n\
        Pelletier, who has coached the club since 2019, said he would raise the matter with \
        the other managers.\n\n\
        \"Let them fine me,\" he said. \"Somebody has to say it.\"\n";
    assert_eq!(speaker_of(text, "Let them fine me"), "Pelletier");
    assert_eq!(speaker_of(text, "I love the idea"), "MacAulay");

    // A question is answered by whoever was asked: the asker is no newer speaker.
    let asked = "\"The ward is safe,\" Okonjo said.\n\n\
        Brandvold then asked Okonjo which nurses would move.\n\n\
        \"Those who volunteer first,\" he said.\n";
    assert_eq!(speaker_of(asked, "Those who volunteer"), "Okonjo");
}

/// "A said B said C said …": a reported clause holds at most five further verbs of speech
/// (news nests two or three, a poll report five) and ends before the sixth; a clause with five
/// runs on to the end of the sentence.
#[test]
fn reported_clause_ends_before_its_sixth_nested_verb_of_speech() {
    let t = "Fare rise\n\nAna Ruiz said Ben Ruiz said Cal Ruiz said Dora Ruiz said Eli Ruiz said \
             Fay Ruiz said Gus Ruiz said Hal Ruiz said the council must scrap the bus levy\n";
    let q = quotes(t);
    let of = |who: &str| {
        q.iter()
            .find(|q| q.1 == who)
            .map(|q| q.2.clone())
            .unwrap_or_else(|| panic!("no quote of {who}: {q:?}"))
    };
    // Ben's clause holds six verbs of speech (Cal's to Hal's): cut before Hal's.
    assert!(of("Ben Ruiz").starts_with("Cal Ruiz said"), "{q:?}");
    assert!(!of("Ben Ruiz").contains("levy"), "{q:?}");
    assert!(!of("Ana Ruiz").contains("levy"), "{q:?}");
    // Cal's holds five (Dora's to Hal's) and reaches the levy.
    assert!(
        of("Cal Ruiz").ends_with("the council must scrap the bus levy"),
        "{q:?}"
    );
    assert_eq!(of("Hal Ruiz"), "the council must scrap the bus levy");
}

#[test]
fn a_chamber_of_commerce_is_named_whole() {
    let t = "Bus cuts\n\nThe Eastvale Chamber of Commerce said the cuts were necessary.\n\n\
             \"We must live within our means,\" said the Harbour Chamber of Commerce.";
    assert_eq!(
        speaker_of(t, "the cuts were necessary"),
        "Eastvale Chamber of Commerce"
    );
    assert_eq!(speaker_of(t, "We must live"), "Harbour Chamber of Commerce");
}
