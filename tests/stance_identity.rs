//! One person, one row and one column across a batch: invented articles (names, places and
//! events made up for these tests) on hospitals, transit, the docks, ferries, farming and
//! housing, analysed together. A person spelled two ways in two articles is one target and
//! one speaker; two people who share a surname stay two, and a surname alone that could be
//! either of them joins neither. Within one article too: a role, a title or a first name tells
//! namesakes apart, and a surname alone that could be either names nobody.

#[path = "support/articles.rs"]
mod articles;

use articles::batch;
use quotelens::{Polarity, Report, TargetKind};

/// The distinct target names of the matrix's for/against cells whose target contains `part`.
fn columns(report: &Report, part: &str) -> Vec<String> {
    let mut out: Vec<String> = report
        .stance_matrix
        .iter()
        .filter(|c| matches!(c.stance, Polarity::Favor | Polarity::Against))
        .filter(|c| c.target.contains(part))
        .map(|c| c.target.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The topics whose phrases contain `part`, as (topic, phrases, for, against).
fn topics(report: &Report, part: &str) -> Vec<(String, Vec<String>, usize, usize)> {
    report
        .topics
        .iter()
        .filter(|t| t.targets.iter().any(|x| x.contains(part)))
        .map(|t| {
            (
                t.topic.clone(),
                t.targets.clone(),
                t.favor.len(),
                t.against.len(),
            )
        })
        .collect()
}

fn cells(report: &Report) -> Vec<(String, String, Polarity)> {
    report
        .stance_matrix
        .iter()
        .map(|c| (c.speaker.clone(), c.target.clone(), c.stance))
        .collect()
}

const HOSPITAL: &str = "Hospital Chief Under Fire\n\n\
    Dr. Lena Okafor, a surgeon at Millbrook General, criticised health minister Mykola \
    Horodetsky on Tuesday. \"Horodetsky has failed our patients,\" Okafor said.\n";
const NURSES: &str = "Nurses Back Minister\n\n\
    Union leader Tom Berg praised Mykola Horodetskyy for the new staffing plan. \
    \"Horodetskyy is the right minister for nurses,\" Berg said.\n";
const CLINIC: &str = "Clinic Queues\n\n\
    Pharmacist Rosa Lind criticised Horodetsky on Friday. \"Horodetsky has let the queues \
    grow,\" Lind said.\n";

#[test]
fn hospitals_one_minister_spelled_two_ways_is_one_column_and_one_topic() {
    let report = batch(&[("a.txt", HOSPITAL), ("b.txt", NURSES), ("c.txt", CLINIC)]);
    let cols = columns(&report, "Horodetsk");
    assert_eq!(cols.len(), 1, "{cols:?}: {:?}", cells(&report));
    let t = topics(&report, "Horodetsk");
    assert_eq!(t.len(), 1, "{t:?}");
    let (_, phrases, favor, against) = &t[0];
    // Berg for; Okafor and Lind (who names him by surname alone) against.
    assert_eq!((*favor, *against), (1, 2), "{t:?}");
    assert!(phrases.iter().any(|p| p == "Horodetsky"), "{phrases:?}");
    assert!(report
        .stance_matrix
        .iter()
        .filter(|c| c.target.contains("Horodetsk"))
        .all(|c| c.target_kind == TargetKind::Person));
}

const TRANSIT: &str = "Transit Strike Looms\n\n\
    Transit union leader Maria Costa said on Monday that the strike would go ahead. \
    Councillor Ivo Marsh criticised Costa. \"Costa is holding the city hostage,\" Marsh said.\n";
const DOCKS: &str = "Dock Workers Vote\n\n\
    Harbour commissioner Paulo Costa backed the new contract. Dock worker Ana Ruiz praised \
    Costa. \"Costa listened to us,\" Ruiz said.\n";
const FERRY: &str = "Ferry Fares\n\n\
    Ferry captain Ines Park criticised Costa on Friday. \"Costa has broken every promise,\" \
    Park said.\n";

#[test]
fn transit_and_docks_two_people_with_one_surname_are_two_columns() {
    let report = batch(&[("a.txt", TRANSIT), ("b.txt", DOCKS), ("c.txt", FERRY)]);
    let cols = columns(&report, "Costa");
    assert!(
        cols.contains(&"Maria Costa".to_string()) && cols.contains(&"Paulo Costa".to_string()),
        "{cols:?}: {:?}",
        cells(&report)
    );
    // Marsh against Maria Costa, Ruiz for Paulo Costa: never one topic with both sides.
    for (topic, phrases, _, _) in topics(&report, "Costa") {
        assert!(
            !(phrases.iter().any(|p| p.contains("Maria"))
                && phrases.iter().any(|p| p.contains("Paulo"))),
            "{topic}: {phrases:?}"
        );
        // "Costa" alone could be either: it joins neither.
        if phrases.iter().any(|p| p == "Costa") {
            assert!(phrases.iter().all(|p| p == "Costa"), "{topic}: {phrases:?}");
        }
    }
}

const FARM_A: &str = "Grain Subsidy Row\n\n\
    Farmer Helga Brandvold criticised agriculture minister Ruslan Tkachenko on Monday. \
    \"Tkachenko has abandoned the prairie,\" Brandvold said.\n";
const FARM_B: &str = "Minister Visits Co-op\n\n\
    Co-op manager Dev Anand praised Ruslan Tkatchenko after the visit. \"Tkatchenko kept \
    his word,\" Anand said.\n";
const FARM_C: &str = "Silo Fire Inquiry\n\n\
    Fire chief Ola Brun praised Irina Tkatchenko for her report. \"Tkatchenko did \
    careful work,\" Brun said.\n";

#[test]
fn farming_long_surnames_one_letter_apart_join_only_under_one_given_name() {
    let report = batch(&[("a.txt", FARM_A), ("b.txt", FARM_B), ("c.txt", FARM_C)]);
    let cols = columns(&report, "Tka");
    // Ruslan Tkachenko / Ruslan Tkatchenko: one person; Irina Tkatchenko: another.
    assert_eq!(cols.len(), 2, "{cols:?}: {:?}", cells(&report));
    assert!(cols.iter().any(|c| c.starts_with("Ruslan")), "{cols:?}");
    assert!(cols.iter().any(|c| c.starts_with("Irina")), "{cols:?}");
}

const HOUSING_A: &str = "Rent Cap Vote\n\n\
    Housing minister Harriet K. Lomax praised the rent cap on Tuesday. \"The rent cap is \
    a lifeline for tenants,\" Lomax said.\n";
const HOUSING_B: &str = "Landlords Push Back\n\n\
    Harriet Lomax defended the rent cap again on Friday. \"The rent cap is fair,\" Lomax \
    said.\n";
const HOUSING_C: &str = "Lomax Jr. Speaks\n\n\
    Developer Harriet Lomax Jr. opposed the rent cap. \"The rent cap is a disaster for \
    builders,\" said Harriet Lomax Jr.\n";

#[test]
fn housing_one_speaker_with_and_without_a_middle_initial_is_one_row() {
    let report = batch(&[
        ("a.txt", HOUSING_A),
        ("b.txt", HOUSING_B),
        ("c.txt", HOUSING_C),
    ]);
    let rows: Vec<(String, Polarity)> = report
        .stance_matrix
        .iter()
        .filter(|c| c.target.to_lowercase().contains("rent cap"))
        .map(|c| (c.speaker.clone(), c.stance))
        .collect();
    // The minister's two articles: one row, in favour; the developer, "Jr.", another, against.
    let favor: Vec<_> = rows.iter().filter(|r| r.1 == Polarity::Favor).collect();
    let against: Vec<_> = rows.iter().filter(|r| r.1 == Polarity::Against).collect();
    assert_eq!(favor.len(), 1, "{rows:?}");
    assert_eq!(against.len(), 1, "{rows:?}");
    assert_ne!(favor[0].0, against[0].0, "{rows:?}");
    let lines: Vec<&str> = report
        .summaries
        .iter()
        .map(|s| s.speaker.as_str())
        .filter(|s| s.contains("Lomax"))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
}

// Two people with one surname in one article: each is a person of their own, a role or a
// first name tells which one is meant, and a surname alone that could be either names nobody.

/// The for/against judgements of the one article of `report`, as (speaker, target, polarity).
fn claims_of(report: &Report) -> Vec<(String, String, Polarity)> {
    report.documents[0]
        .stance
        .iter()
        .filter(|j| matches!(j.stance, Polarity::Favor | Polarity::Against))
        .map(|j| (j.speaker.clone(), j.target.clone(), j.stance))
        .collect()
}

fn has(claims: &[(String, String, Polarity)], speaker: &str, target: &str, p: Polarity) -> bool {
    claims
        .iter()
        .any(|(s, t, q)| s == speaker && t == target && *q == p)
}

#[test]
fn housing_a_role_names_the_namesake_who_holds_it() {
    let report = batch(&[(
        "a.txt",
        "Minister and Daughter Clash on Rents\n\n\
         Housing minister Owen Pryce announced a new rent plan on Monday. His daughter, \
         tenant organiser Delia Pryce, said she would fight it.\n\n\
         Tenant leader Sam Obi praised Delia Pryce. \"Delia Pryce is the bravest person in \
         this fight,\" Obi said.\n\n\
         Landlord Gus Fenn criticised the minister. \"The minister is out of touch,\" Fenn \
         said.\n",
    )]);
    let claims = claims_of(&report);
    // "The minister" is Owen Pryce, who holds the role, never his daughter.
    assert!(
        has(&claims, "Gus Fenn", "Owen Pryce", Polarity::Against),
        "{claims:?}"
    );
    assert!(
        !claims
            .iter()
            .any(|(s, t, _)| s == "Gus Fenn" && t == "Delia Pryce"),
        "{claims:?}"
    );
    // Named in full, each is their own target.
    assert!(
        claims
            .iter()
            .any(|(s, t, p)| s.contains("Obi") && t == "Delia Pryce" && *p == Polarity::Favor),
        "{claims:?}"
    );
}

#[test]
fn politics_a_title_before_the_surname_tells_the_president_from_the_first_lady() {
    let report = batch(&[(
        "a.txt",
        "Harbour Bridge Row Divides the Capital\n\n\
         President Arthur Vell and his wife, Marguerite Vell, visited the harbour on \
         Monday.\n\n\
         Senator Jo Amadi criticised the president. \"The president has abandoned the \
         harbour towns,\" Amadi said.\n\n\
         Union leader Sam Okoro praised Marguerite Vell. \"Marguerite Vell listens to \
         workers,\" Okoro said.\n\n\
         \"President Vell is a disgrace,\" said dock worker Lena Ruiz.\n",
    )]);
    let claims = claims_of(&report);
    assert!(
        has(&claims, "Jo Amadi", "Arthur Vell", Polarity::Against),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Lena Ruiz", "Arthur Vell", Polarity::Against),
        "{claims:?}"
    );
    // Only Okoro speaks of the first lady, and for her.
    let of_her: Vec<_> = claims
        .iter()
        .filter(|(_, t, _)| t == "Marguerite Vell")
        .collect();
    assert_eq!(of_her.len(), 1, "{claims:?}");
    assert_eq!(of_her[0].2, Polarity::Favor, "{claims:?}");
}

#[test]
fn farming_a_surname_alone_right_after_both_brothers_names_nobody() {
    let report = batch(&[(
        "a.txt",
        "Brothers Split on Dairy Quota\n\n\
         Ewan Calder backed the new dairy quota on Tuesday. \"The quota will save small \
         farms,\" Ewan Calder said.\n\n\
         Rory Calder opposed the quota. \"The quota is a disaster for young farmers,\" he \
         said.\n\n\
         Ewan Calder and Rory Calder have not spoken since the vote. \"Calder is a \
         disgrace,\" said Mina Holt, a neighbour.\n",
    )]);
    let claims = claims_of(&report);
    assert!(
        has(&claims, "Ewan Calder", "new dairy quota", Polarity::Favor),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Rory Calder", "new dairy quota", Polarity::Against),
        "{claims:?}"
    );
    // Either brother could be meant: abstain rather than guess.
    assert!(
        !claims
            .iter()
            .any(|(s, t, _)| s == "Mina Holt" && t.contains("Calder")),
        "{claims:?}"
    );
}

#[test]
fn farming_a_surname_alone_goes_to_the_brother_the_article_has_been_calling_by_it() {
    let report = batch(&[(
        "a.txt",
        "Co-op Vote Goes Ahead\n\n\
         Ewan Calder, who chairs the dairy co-op, backed the new quota on Tuesday.\n\n\
         Mina Holt criticised Calder. \"Calder is a disgrace to this valley,\" Holt said.\n\n\
         Later that day, Ewan Calder's brother, Rory Calder, said he would stand for the \
         co-op board.\n",
    )]);
    let claims = claims_of(&report);
    // Before his brother is named, "Calder" can only be Ewan Calder.
    assert!(
        has(&claims, "Mina Holt", "Ewan Calder", Polarity::Against),
        "{claims:?}"
    );
    assert!(
        !claims.iter().any(|(_, t, _)| t == "Rory Calder"),
        "{claims:?}"
    );
}

#[test]
fn hockey_a_speakers_stance_on_a_namesake_is_no_stance_on_themselves() {
    let report = batch(&[(
        "a.txt",
        "Father and Son at Odds Over the Rink\n\n\
         Coach Dale Mercer and his son, forward Tyler Mercer, disagree about the new \
         rink.\n\n\
         \"Dale Mercer is a disgrace to this club,\" Tyler Mercer said on Tuesday.\n\n\
         \"The new rink is a waste of money,\" the coach said.\n",
    )]);
    let claims = claims_of(&report);
    assert!(
        has(&claims, "Tyler Mercer", "Dale Mercer", Polarity::Against),
        "{claims:?}"
    );
    assert!(
        claims
            .iter()
            .any(|(s, t, p)| s == "Dale Mercer" && t.contains("rink") && *p == Polarity::Against),
        "{claims:?}"
    );
}
