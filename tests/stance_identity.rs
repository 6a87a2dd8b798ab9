//! One person, one row and one column across a batch: invented articles (names, places and
//! events made up for these tests) on hospitals, transit, the docks, ferries, farming and
//! housing, analysed together. A person spelled two ways in two articles is one target and
//! one speaker; two people who share a surname stay two, and a surname alone that could be
//! either of them joins neither.

use quotelens::{analyze_many, Input, Options, Polarity, Report, TargetKind};

fn batch(articles: &[(&str, &str)]) -> Report {
    let inputs: Vec<Input> = articles
        .iter()
        .map(|(name, text)| Input {
            name,
            bytes: text.as_bytes(),
        })
        .collect();
    analyze_many(&inputs, &Options::default())
}

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
