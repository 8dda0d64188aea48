//! Linking and reviewing on a small roadmap and events written for the test.

use chrono::NaiveDate;
use entente_core::record::{EventRecord, Evidence, Participant, Place};
use entente_kb::Kb;
use entente_review::link::{link, Decision, ReviewEvent};
use entente_review::report::review;
use entente_review::{render, roadmap};

const ROADMAP: &str = r#"
[roadmap]
id = "test-2047"
name = "Test Roadmap"
partnership = ["FRA", "IND"]
adopted = "2023-07-14"

[[pillar]]
id = "security"
name = "Security"

[[pillar]]
id = "people"
name = "People"

[[commitment]]
id = "submarines"
pillar = "security"
title = "Submarines"
areas = ["defence"]
keywords = ["Scorpène", "Scorpene"]
mechanisms = ["Annual Defence Dialogue"]

[[commitment]]
id = "students"
pillar = "people"
title = "Students"
areas = ["education"]
keywords = ["Indian students"]
[commitment.target]
metric = "Indian students in France"
value = 30000
by = "2030-12-31"
"#;

fn event(
    date: &str,
    kind: &str,
    countries: &[&str],
    mechanism: Option<&str>,
    areas: &[&str],
    sentence: &str,
) -> (String, EventRecord) {
    let e = EventRecord {
        kind: kind.into(),
        cameo: "040".into(),
        date: Some(date.into()),
        end_date: None,
        place: Some(Place {
            name: "Paris".into(),
            country: Some("FRA".into()),
        }),
        countries: countries.iter().map(|s| s.to_string()).collect(),
        source: None,
        target: None,
        participants: vec![Participant {
            name: "Rajnath Singh".into(),
            title: None,
            country: Some("IND".into()),
            role: Some("co-chair".into()),
        }],
        mechanism: mechanism.map(str::to_string),
        areas: areas.iter().map(|s| s.to_string()).collect(),
        evidence: vec![Evidence {
            start: 0,
            end: sentence.len(),
        }],
        round: Some(5),
        status: None,
    };
    (sentence.to_string(), e)
}

fn events() -> Vec<ReviewEvent> {
    let list = [
        event(
            "2025-01-10",
            "meeting",
            &["FRA", "IND"],
            None,
            &["defence"],
            "The ministers discussed the Scorpene programme.",
        ),
        event(
            "2025-03-02",
            "consultation",
            &["FRA", "IND"],
            Some("Annual Defence Dialogue"),
            &["defence"],
            "The Annual Defence Dialogue was held.",
        ),
        event(
            "2025-02-01",
            "meeting",
            &["FRA", "IND"],
            None,
            &["defence"],
            "The ministers discussed defence cooperation.",
        ),
        event(
            "2025-02-01",
            "meeting",
            &["DEU", "IND"],
            None,
            &["defence"],
            "Germany and India discussed Scorpène exports.",
        ),
    ];
    list.iter()
        .enumerate()
        .map(|(i, (text, e))| ReviewEvent::from_record(&format!("d{i}"), text, e))
        .collect()
}

fn rm() -> roadmap::Roadmap {
    roadmap::parse("test.toml", ROADMAP).unwrap()
}

#[test]
fn keywords_and_mechanisms_link_areas_alone_do_not() {
    let ev = events();
    let links = link(&rm(), &ev, &[]);
    let linked: Vec<usize> = links
        .iter()
        .filter(|l| l.commitment == "submarines")
        .map(|l| l.event)
        .collect();
    assert_eq!(
        linked,
        vec![0],
        "a keyword links; a mechanism alone, a defence meeting alone and another partnership do not"
    );
    assert!(links[0].reasons.iter().any(|r| r.contains("Scorpene")));
}

#[test]
fn analysts_decisions_override_the_rules() {
    let ev = events();
    let decisions = vec![
        Decision {
            event_key: ev[0].key.clone(),
            commitment: "submarines".into(),
            confirmed: false,
        },
        Decision {
            event_key: ev[2].key.clone(),
            commitment: "students".into(),
            confirmed: true,
        },
    ];
    let links = link(&rm(), &ev, &decisions);
    assert!(!links
        .iter()
        .any(|l| l.event == 0 && l.commitment == "submarines"));
    assert!(links
        .iter()
        .any(|l| l.event == 2 && l.commitment == "students" && l.by == "confirmed"));
}

#[test]
fn review_reports_status_momentum_targets_and_mechanisms() {
    let ev = events();
    let r = rm();
    let links = link(&r, &ev, &[]);
    let until = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let rev = review(&r, &ev, &links, None, until);
    let subs = &rev.pillars[0].commitments[0];
    assert_eq!(subs.status, "quiet for 11 months");
    assert_eq!(subs.last_activity.as_deref(), Some("2025-01-10"));
    assert_eq!(subs.momentum.get("2025-Q1"), Some(&1));
    let students = &rev.pillars[1].commitments[0];
    assert_eq!(students.status, "no evidence");
    assert!(students
        .target
        .as_ref()
        .unwrap()
        .contains("30000 Indian students in France by 2030-12-31"));
    assert_eq!(rev.mechanisms.len(), 1);
    assert_eq!(rev.mechanisms[0].months_since_last, Some(9));
    assert_eq!(rev.mechanisms[0].rounds[0].co_chairs, vec!["Rajnath Singh"]);
    let soon = review(
        &r,
        &ev,
        &links,
        Some(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()),
        NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
    );
    assert_eq!(soon.pillars[0].commitments[0].status, "active");
    let later = review(
        &r,
        &ev,
        &links,
        Some(NaiveDate::from_ymd_opt(2025, 2, 1).unwrap()),
        NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
    );
    assert_eq!(
        later.pillars[0].commitments[0].status, "no evidence",
        "the window leaves January out"
    );
}

#[test]
fn renderings_are_complete_and_self_contained() {
    let ev = events();
    let r = rm();
    let rev = review(
        &r,
        &ev,
        &link(&r, &ev, &[]),
        None,
        NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
    );
    let md = render::markdown(&rev);
    assert!(
        md.contains("### Submarines")
            && md.contains("Annual Defence Dialogue")
            && md.contains("no evidence")
    );
    let html = render::html(&rev);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg") && !html.contains("http"));
    let json: serde_json::Value = serde_json::from_str(&render::json(&rev)).unwrap();
    assert_eq!(json["pillars"][0]["commitments"][0]["id"], "submarines");
}

#[test]
fn bad_roadmaps_are_refused_with_file_and_entry() {
    let kb = Kb::bundled().unwrap();
    let bad = ROADMAP
        .replace("pillar = \"people\"", "pillar = \"nowhere\"")
        .replace("[\"education\"]", "[\"schooling\"]");
    let r = roadmap::parse("bad.toml", &bad).unwrap();
    let problems = roadmap::check(&r, &kb);
    assert!(
        problems
            .iter()
            .any(|p| p == "bad.toml: commitment students: unknown pillar nowhere"),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown area schooling")),
        "{problems:?}"
    );
    assert!(roadmap::parse("x.toml", "[roadmap]\nid = 1").is_err());
}
