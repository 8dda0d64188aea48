//! French readouts: France's ministry and presidency publish in French.
//! Dates with French month names, calls and talks ("s'est entretenu"),
//! pledges ("sont convenus de"), areas and quotations in « ».

use super::*;

#[test]
fn a_french_call_readout_is_a_call_with_its_day_areas_and_pledge() {
    let text = "Japon – Entretien téléphonique de M. Jean-Noël Barrot avec M. Takeshi Iwaya\n\nPublié le 12 mars 2025\n\nLe ministre de l'Europe et des affaires étrangères, M. Jean-Noël BARROT, s'est entretenu ce mercredi 12 mars avec son homologue japonais, M. Takeshi IWAYA. Les deux ministres ont fait le point sur la coopération en matière de défense et dans le domaine spatial. Ils sont convenus de se retrouver prochainement à Tokyo.";
    let r = extract(text);
    assert_eq!(
        r.published.as_ref().map(|d| d.to_string()).as_deref(),
        Some("2025-03-12")
    );
    let call = find(&r, "phone_call");
    assert_eq!(call.countries, vec!["FRA", "JPN"]);
    assert_eq!(call.date.as_deref(), Some("2025-03-12"));
    assert!(
        call.areas.contains(&"defence".to_string()),
        "{:?}",
        call.areas
    );
    assert!(
        call.areas.contains(&"space".to_string()),
        "{:?}",
        call.areas
    );
    assert_eq!(
        find(&r, "intent_to_cooperate").countries,
        vec!["FRA", "JPN"]
    );
}

#[test]
fn talks_in_french_without_a_telephone_are_a_meeting() {
    let r = extract("Publié le 3 avril 2025\n\nÀ Paris, M. Jean-Noël Barrot s'est entretenu avec son homologue marocain, M. Nasser Bourita, le 3 avril 2025.");
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["FRA", "MAR"]);
    assert_eq!(m.date.as_deref(), Some("2025-04-03"));
}

#[test]
fn quotations_in_guillemets_and_the_head_of_government_of_another_state() {
    let text = "Élysée — Communiqué\n21 août 2025\n\nLe Président de la République s'est entretenu par téléphone avec le Premier ministre de l'Inde, M. Narendra MODI. Sur le réseau X, M. Emmanuel Macron a écrit : « L'Inde est un partenaire essentiel de la France. »";
    let r = extract(text);
    let call = find(&r, "phone_call");
    assert!(names(call).contains(&"Narendra Modi"), "{:?}", names(call));
    assert!(
        !names(call)
            .iter()
            .any(|n| *n != "Narendra Modi" && *n != "Emmanuel Macron"),
        "{:?}",
        names(call)
    );
    assert_eq!(r.statements.len(), 1, "{:?}", r.statements);
    assert_eq!(
        r.statements[0].quote,
        "L'Inde est un partenaire essentiel de la France."
    );
    assert_eq!(r.statements[0].speaker.as_deref(), Some("Emmanuel Macron"));
}

#[test]
fn a_french_visit_report_gives_the_visit_its_meetings_and_their_days() {
    let r = extract(
        "Communiqué – 13 mars 2025\n\n\
         M. Jean-Noël BARROT, ministre de l'Europe et des affaires étrangères, s'est rendu à Brasilia les mercredi 12 et jeudi 13 mars pour une visite officielle.\n\n\
         Mercredi, le ministre a été reçu au palais du Planalto par le président de la République fédérative du Brésil, M. Luiz Inácio LULA DA SILVA.\n\n\
         Le ministre s'est ensuite entretenu avec son homologue, M. Mauro VIEIRA, ministre des relations extérieures.",
    );
    let v = find(&r, "visit");
    assert_eq!(
        (v.source.as_deref(), v.target.as_deref()),
        (Some("FRA"), Some("BRA"))
    );
    assert_eq!(v.date.as_deref(), Some("2025-03-12"));
    let meetings = of_kind(&r, "meeting");
    assert_eq!(meetings.len(), 2, "{:?}", r.events);
    for m in &meetings {
        assert_eq!(m.countries, vec!["BRA", "FRA"]);
    }
    // "Mercredi": the Wednesday before the release
    assert!(meetings
        .iter()
        .any(|m| m.date.as_deref() == Some("2025-03-12")));
}

#[test]
fn what_french_talks_bore_on_are_their_areas() {
    let r = extract(
        "Communiqué – 13 mars 2025\n\n\
         Mercredi, M. Jean-Noël BARROT s'est entretenu avec son homologue brésilien, M. Mauro VIEIRA. \
         Leur entretien a porté sur la transition énergétique, la santé, la coopération culturelle et la lutte contre la criminalité organisée.",
    );
    let m = find(&r, "meeting");
    for a in ["counter-terrorism", "culture-people", "energy", "health"] {
        assert!(m.areas.contains(&a.to_string()), "{a}: {:?}", m.areas);
    }
}
