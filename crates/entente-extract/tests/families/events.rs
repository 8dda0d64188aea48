//! Interactions: meetings, visits, calls and rounds of mechanisms, one event
//! per interaction; negation, plans and background.

use super::*;

#[test]
fn negated_and_future_interactions_are_not_events() {
    for text in [
        "date 2024-05-10\nThe External Affairs Minister did not meet his Chinese counterpart in Vientiane.",
        "date 2024-05-10\nPrime Minister Narendra Modi will visit Japan next month.",
        "date 2024-05-10\nIndia and France are expected to sign an agreement on space cooperation.",
        "date 2024-05-10\nThe two sides may hold talks later this year, officials said.",
        "date 2024-05-10\nMacron is set to travel to Britain for a state visit in July.",
        "date 2025-03-11\nWong leaves for Phnom Penh on Wednesday for talks with Cambodian officials.",
        "date 2025-03-11\nThe Chancellor departs for Tokyo tomorrow to meet Prime Minister Ishiba.",
    ] {
        let r = extract(text);
        assert!(r.events.is_empty(), "{text}: {:?}", kinds(&r));
    }
}

#[test]
fn calling_on_several_people_is_one_meeting_each() {
    let r = extract(
        "date 2025-01-21\nForeign Secretary Vikram Misri also called on France's Minister for Europe and Foreign Affairs, \
         Jean-Noel Barrot and Diplomatic Advisor to France's President, Emmanuel Bonne.",
    );
    let meetings = of_kind(&r, "meeting");
    assert_eq!(meetings.len(), 2, "{:?}", kinds(&r));
    for m in &meetings {
        assert!(names(m).contains(&"Vikram Misri"));
        assert_eq!(m.countries, vec!["FRA", "IND"]);
    }
}

#[test]
fn visits_go_from_visitor_to_host_with_the_visitor_only() {
    let r = extract("date 2024-03-12\nGerman Foreign Minister Annalena Baerbock paid an official visit to India on 11 March 2024.");
    let v = find(&r, "visit");
    assert_eq!(
        (v.source.as_deref(), v.target.as_deref()),
        (Some("DEU"), Some("IND"))
    );
    assert_eq!(names(v), vec!["Annalena Baerbock"]);
    let r = extract("date 2025-05-07\nChancellor Friedrich Merz paid his inaugural visits to France and Poland today.");
    let targets: Vec<_> = r
        .events
        .iter()
        .filter(|e| e.kind == "visit")
        .map(|e| e.target.clone().unwrap())
        .collect();
    assert_eq!(targets, vec!["FRA", "POL"]);
}

#[test]
fn standing_mechanisms_are_consultations_with_their_round() {
    let r = extract(
        "date 2024-06-19\nIndia and France held the 36th round of their Strategic Dialogue in Paris on Tuesday. \
         The previous round was held in New Delhi last year.",
    );
    let c = of_kind(&r, "consultation");
    assert_eq!(
        c.len(),
        1,
        "background rounds are not events: {:?}",
        kinds(&r)
    );
    assert_eq!(c[0].mechanism.as_deref(), Some("Strategic Dialogue"));
    assert_eq!(c[0].round, Some(36));
    assert_eq!(c[0].place.as_ref().map(|p| p.name.as_str()), Some("Paris"));
}

#[test]
fn a_round_s_sitting_and_plans() {
    // the round names no one; the sitting told right after gives its people
    let r = extract(
        "date 2025-06-12\nTOKYO, June 12 (Wire) - Japan and the United States held their \"2+2\" Security Consultative Committee in Tokyo on Wednesday.\n\n\
         Secretary of State Marco Rubio and Secretary of Defense Pete Hegseth sat down with Foreign Minister Takeshi Iwaya and Defence Minister Gen Nakatani for two hours.\n\n\
         Hegseth is scheduled to travel to Canberra on Friday for talks with Australian Deputy Prime Minister Richard Marles.",
    );
    assert_eq!(kinds(&r), vec!["consultation"], "{:?}", r.events);
    let mut people = names(&r.events[0]);
    people.sort();
    assert_eq!(
        people,
        vec![
            "Gen Nakatani",
            "Marco Rubio",
            "Pete Hegseth",
            "Takeshi Iwaya"
        ]
    );
}

#[test]
fn receiving_hosting_and_meetings_between_people_of_rank() {
    for body in [
        "India's External Affairs Minister S. Jaishankar received French Foreign Minister Jean-Noel Barrot on Tuesday.",
        "External Affairs Minister S. Jaishankar hosted French Foreign Minister Jean-Noel Barrot for talks on Tuesday.",
        "A meeting between External Affairs Minister S. Jaishankar and French Foreign Minister Jean-Noel Barrot took place on Tuesday.",
    ] {
        let r = extract(&format!("date 2025-03-12\nNEW DELHI, March 12 (Wire) - {body}"));
        let m = find(&r, "meeting");
        let mut who = names(m);
        who.sort();
        assert_eq!(who, vec!["Jean-Noël Barrot", "Subrahmanyam Jaishankar"], "{body}");
        assert_eq!(m.date.as_deref(), Some("2025-03-11"), "{body}");
    }
    // receiving a letter is no meeting
    let r = extract("date 2025-03-12\nNEW DELHI, March 12 (Wire) - India received a letter from France on Tuesday.");
    assert!(r.events.iter().all(|e| e.kind != "meeting"));
}

#[test]
fn a_quoted_post_about_a_meeting_is_that_meeting() {
    let r = extract(
        "date 2025-07-08\nBERLIN, July 8 (Wire) - Federal Foreign Minister Johann Wadephul met Polish Foreign Minister Radoslaw Sikorski in Berlin on Tuesday.\n\n\
         Sikorski later wrote on X: \"Good talks with my friend Johann Wadephul in Berlin today.\"",
    );
    assert_eq!(of_kind(&r, "meeting").len(), 1, "{:?}", r.events);
}

#[test]
fn during_the_meeting_refers_back_to_the_round() {
    // "During the meeting, ..." tells what the round discussed: no second
    // event, and the areas are the round's
    let r = extract(
        "date 2025-04-08\nNEW DELHI, April 8 (Wire) - The India-Japan Strategic Dialogue was held in New Delhi on Monday, co-chaired by \
         Foreign Secretary Vikram Misri and Japan's Vice-Minister for Foreign Affairs Takehiro Funakoshi.\n\n\
         During the meeting, the two sides covered defence, space and civil nuclear energy.",
    );
    assert_eq!(kinds(&r), vec!["consultation"], "{:?}", r.events);
    let areas = &r.events[0].areas;
    for a in ["defence", "space", "civil-nuclear"] {
        assert!(areas.iter().any(|x| x == a), "{a} in {areas:?}");
    }
}

#[test]
fn an_act_of_words_in_a_quotation_is_the_speakers() {
    // the quotation names the other side first; the speaker still acts
    let r = extract("date 2024-09-03\nMANILA, Sept 3 (Wire) - Tension rose again at the shoal this week.\n\n\"The Philippine side's provocations will not go unanswered,\" Chinese foreign ministry spokesperson Mao Ning told reporters in Beijing on Tuesday.");
    let e = find(&r, "threat");
    assert_eq!(e.source.as_deref(), Some("CHN"), "{e:?}");
    assert_eq!(e.target.as_deref(), Some("PHL"), "{e:?}");
    assert!(names(e).contains(&"Mao Ning"), "{e:?}");
    // a sentence all in quotation marks: the speaker named just before
    let r = extract("date 2023-04-07\nHELSINKI, April 7 (Wire) - Finland joined NATO this week.\n\nIn Moscow on Thursday, Russian foreign ministry spokeswoman Maria Zakharova spoke at length about the accession.\n\n\"Helsinki has chosen confrontation, and we will respond.\"");
    let e = find(&r, "threat");
    assert_eq!(e.source.as_deref(), Some("RUS"), "{e:?}");
    assert_eq!(e.target.as_deref(), Some("FIN"), "{e:?}");
    // dated by the opening phrase of the sentence before
    assert_eq!(e.date.as_deref(), Some("2023-04-06"), "{e:?}");
    // threats of a price to pay
    for (text, source) in [
        ("date 2024-04-15\nJERUSALEM, April 15 (Wire) - \"Iran will pay a heavy price for this attack,\" Israeli Defence Minister Yoav Gallant said on Sunday.", "ISR"),
        ("date 2024-04-15\nTEHRAN, April 15 (Wire) - Iran's foreign minister said on Monday that Israel would pay dearly for any strike on Iranian soil.", "IRN"),
    ] {
        let r = extract(text);
        let e = find(&r, "threat");
        assert_eq!(e.source.as_deref(), Some(source), "{text}: {e:?}");
    }
    // a visit a quotation tells of is still the visitor's
    let r = extract("date 2025-02-10\nNEW DELHI, Feb 10 (Wire) - The spokesperson of the Ministry of External Affairs, Randhir Jaiswal, posted a greeting on Monday.\n\n\"A warm welcome to Foreign Minister Penny Wong of Australia on her official visit to India.\"");
    if let Some(e) = r.events.iter().find(|e| e.kind == "visit") {
        assert_eq!(e.source.as_deref(), Some("AUS"), "{e:?}");
    }
}

#[test]
fn first_person_posts_are_their_authors_acts() {
    // a thread of posts: each headed by its author's name and handle
    let r = extract(
        "date 2024-07-10\nPenny Wong\n@SenatorWong\n\nArrived in Hanoi to begin my official visit. Looking forward to two days of talks.\n10:02 AM · Jul 10, 2024\n\nPenny Wong\n@SenatorWong\n\nGreat to sit down with Foreign Minister Bui Thanh Son this morning to talk about trade, climate and maritime security.\n1:15 PM · Jul 10, 2024",
    );
    let v = find(&r, "visit");
    assert_eq!(
        (v.source.as_deref(), v.target.as_deref()),
        (Some("AUS"), Some("VNM")),
        "{v:?}"
    );
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["AUS", "VNM"], "{m:?}");
    assert!(names(m).contains(&"Penny Wong"), "{m:?}");
    // quoted in a report: the quotation's speaker is the author
    let r = extract(
        "date 2024-07-10\nJAKARTA, July 10 (Wire) - Indonesia's foreign minister Retno Marsudi hosted talks on Wednesday.\n\nIn a post on X, Japanese Foreign Minister Yoko Kamikawa wrote: \"Honoured to call on President Joko Widodo today.\"",
    );
    let m = find(&r, "meeting");
    assert!(names(m).contains(&"Yoko Kamikawa"), "{m:?}");
    assert!(names(m).contains(&"Joko Widodo"), "{m:?}");
}

#[test]
fn receptions_joint_appeals_and_travel_to_gatherings() {
    // "received" with the guest's name first and the title after
    for text in [
        "date 2025-03-04\nForeign Minister Penny Wong today received Winston Peters, Deputy Prime Minister and Minister of Foreign Affairs of New Zealand, for talks in Canberra.",
        "date 2025-03-04\nThe Minister of Foreign Affairs of Egypt, Badr Abdelatty, received in Cairo H.E. Mr. Ayman Safadi on Tuesday.",
        "date 2025-03-04\nPresident Joe Biden and President Xi Jinping met for about four hours on Monday near San Francisco.",
    ] {
        let r = extract(text);
        let m = find(&r, "meeting");
        assert_eq!(m.participants.len(), 2, "{text}: {m:?}");
    }
    // received things, not people, are no meetings
    let r =
        extract("date 2025-03-04\nIndia received a letter from Japan on Monday about the talks.");
    assert!(
        r.events.iter().all(|e| e.kind != "meeting"),
        "{:?}",
        kinds(&r)
    );
    // "the two ministers called on X to ...": a joint appeal of the report's two states
    let r = extract("date 2024-10-13\nThe foreign ministers of Egypt and Jordan met in Cairo on Sunday.\n\nThe two Ministers called on Israel, the occupying Power, to immediately cease its operations in Gaza.");
    let a = find(&r, "appeal");
    assert_eq!(a.source, None, "{a:?}");
    assert_eq!(a.target.as_deref(), Some("ISR"), "{a:?}");
    assert_eq!(a.countries, vec!["EGY", "ISR", "JOR"], "{a:?}");
    // travel to a gathering is no state visit (rule 9); the meeting held there stands
    let r = extract("date 2024-02-21\nOn February 21, Foreign Minister Yoko Kamikawa, who is visiting Rio de Janeiro, the Federative Republic of Brazil, to attend the G20 Foreign Ministers' Meeting, held a meeting with Foreign Minister Cho Tae-yul of the Republic of Korea.");
    assert!(
        r.events.iter().all(|e| e.kind != "visit"),
        "{:?}",
        kinds(&r)
    );
    assert_eq!(find(&r, "meeting").countries, vec!["JPN", "KOR"]);
}

#[test]
fn a_transcript_speaker_is_no_party_to_what_the_answer_reports() {
    let r = extract("Transcript of the Regular Press Conference on March 4, 2025\n\nLin Jian: Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira in Beijing on Monday.\n\nShri Randhir Jaiswal, Official Spokesperson: External Affairs Minister S. Jaishankar met Australian Foreign Minister Penny Wong in New Delhi on Monday.");
    for e in &r.events {
        assert!(
            !names(e).contains(&"Lin Jian") && !names(e).contains(&"Randhir Jaiswal"),
            "{e:?}"
        );
    }
    assert_eq!(of_kind(&r, "meeting").len(), 2, "{:?}", kinds(&r));
}

#[test]
fn the_co_chairs_talks_are_their_round_and_a_shared_guest_makes_two_meetings() {
    let r = extract("date 2023-11-23\nNational Security Adviser Ajit Doval and Emmanuel Bonne, Diplomatic Adviser to the President of the French Republic, co-chaired the India-France Strategic Dialogue in New Delhi on 23 November 2023.\n\nMr. Bonne is in New Delhi on a visit from 22 to 24 November 2023.\n\nDoval and Mr. Bonne held detailed discussions on defence, civil nuclear cooperation and space.\n\nMr. Bonne also called on Prime Minister Narendra Modi.");
    let c = find(&r, "consultation");
    for a in ["defence", "civil-nuclear", "space"] {
        assert!(c.areas.iter().any(|x| x == a), "{a}: {c:?}");
    }
    assert!(
        r.events.iter().any(|e| e.kind == "visit"),
        "{:?}",
        kinds(&r)
    );
    let meetings = of_kind(&r, "meeting");
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    assert!(names(meetings[0]).contains(&"Narendra Modi"));
}

#[test]
fn a_visit_told_in_a_relative_clause_or_as_a_visit_of_x_to_y_is_the_guest_s() {
    for (text, guest, source, target) in [
        ("date 2025-03-04\nPresident Emmanuel Macron hosted Prime Minister Narendra Modi, who is on a state visit to France, at the Elysee Palace on Monday.", "Narendra Modi", "IND", "FRA"),
        ("date 2025-03-04\nJapanese Prime Minister Shigeru Ishiba welcomed Philippine President Ferdinand Marcos Jr., who arrived in Tokyo on Monday for an official visit.", "Ferdinand Marcos Jr.", "PHL", "JPN"),
        ("date 2025-03-04\nDuring the official visit of the President of Kenya, William Ruto, to China, President Xi Jinping held talks with him in Beijing on Monday.", "William Ruto", "KEN", "CHN"),
    ] {
        let r = extract(text);
        let v = find(&r, "visit");
        assert_eq!(names(v), vec![guest], "{text}: {v:?}");
        assert_eq!(
            (v.source.as_deref(), v.target.as_deref()),
            (Some(source), Some(target)),
            "{text}: {v:?}"
        );
    }
}

#[test]
fn purposes_and_topics_after_the_counterpart_are_no_parties() {
    for text in [
        "date 2025-03-04\nCanadian Foreign Minister Melanie Joly spoke by phone with her Mexican counterpart Juan Ramon de la Fuente on Thursday to coordinate their response to U.S. tariffs.",
        "date 2025-03-04\nBrazil's Mauro Vieira and Argentina's Gerardo Werthein met for three hours on Tuesday, discussing bilateral trade and the Mercosur-European Union agreement.",
    ] {
        let r = extract(text);
        assert_eq!(r.events.len(), 1, "{text}: {:?}", r.events);
        assert_eq!(r.events[0].countries.len(), 2, "{text}: {:?}", r.events);
    }
}

#[test]
fn talks_with_several_qualifiers_are_one_meeting_with_its_own_date() {
    let r = extract("date 2025-01-26\nNew Delhi, 26 January 2025. Minister Piyush Goyal called on President Prabowo on 24 January. Prime Minister Modi and President Prabowo held restricted and delegation-level talks in New Delhi on 25 January 2025.");
    let meetings = of_kind(&r, "meeting");
    assert_eq!(meetings.len(), 2, "{:?}", kinds(&r));
    assert!(meetings
        .iter()
        .any(|m| m.date.as_deref() == Some("2025-01-25")));
}

#[test]
fn meetings_with_people_who_speak_for_no_state_are_no_events() {
    let r = extract("date 2025-03-11\nMUMBAI, March 11 - German Foreign Minister Annalena Baerbock held talks with External Affairs Minister S. Jaishankar in New Delhi on Monday. On Tuesday, she met representatives of Indian civil society. She also met leading Indian CEOs in Mumbai and later met members of the Indian diaspora.");
    assert_eq!(of_kind(&r, "meeting").len(), 1, "{:?}", kinds(&r));
    // a named official after the verb is a counterpart, whatever follows
    let r = extract("date 2025-03-11\nNAIROBI, March 11 - Foreign Minister Penny Wong met Kenyan Prime Cabinet Secretary Musalia Mudavadi on Tuesday, and later met Kenyan business leaders.");
    assert_eq!(of_kind(&r, "meeting").len(), 1, "{:?}", kinds(&r));
}

#[test]
fn a_future_tense_reaches_over_commas_in_its_clause() {
    let r = extract("date 2024-11-19\nRIO DE JANEIRO, Nov 19 - Prime Minister Narendra Modi met Prime Minister Keir Starmer on Tuesday. Modi will depart for Georgetown, Guyana, on Wednesday morning for the first visit by an Indian Prime Minister to that country in five decades.");
    assert!(!kinds(&r).contains(&"visit"), "{:?}", kinds(&r));
    // a relative clause in the future does not govern the main verb
    let r = extract("date 2024-11-19\nTOKYO, Nov 19 - Foreign Minister Penny Wong, who will travel to Manila next week, held talks with Foreign Minister Takeshi Iwaya in Tokyo on Tuesday.");
    assert!(kinds(&r).contains(&"meeting"), "{:?}", kinds(&r));
}

#[test]
fn an_apposition_after_a_visit_names_no_further_host() {
    let r = extract("date 2025-01-15\nANKARA, Jan 15 - Iraqi Foreign Minister Fuad Hussein arrived in Ankara on Tuesday for a two-day visit, his first since the fall of Bashar al-Assad in neighbouring Syria last month.");
    let visits = of_kind(&r, "visit");
    assert_eq!(visits.len(), 1, "{:?}", kinds(&r));
    assert_eq!(visits[0].countries, vec!["IRQ", "TUR"]);
}

#[test]
fn an_occasion_after_a_comma_and_a_preposition_is_outside_the_plan() {
    let r = extract("date 2025-03-12\nADDIS ABABA, March 12 - Ethiopia and Kenya have agreed to speed up work on their road corridor, at the close of the fourth session of the Ethiopia-Kenya Joint Ministerial Commission held here yesterday.");
    assert!(kinds(&r).contains(&"consultation"), "{:?}", kinds(&r));
}

#[test]
fn talks_in_a_city_with_someone_and_audiences_with_a_monarch() {
    let r = extract("date 2025-04-09\nTOKYO, April 9 - NATO Secretary General Mark Rutte began a two-day visit to Japan on Wednesday with talks in Tokyo with Prime Minister Shigeru Ishiba.");
    assert!(kinds(&r).contains(&"meeting"), "{:?}", kinds(&r));
    let r = extract("date 2025-01-07\nKUALA LUMPUR, Jan 7 - Earlier in the morning, Singapore Prime Minister Lawrence Wong was accorded an audience with His Majesty Sultan Ibrahim, King of Malaysia, at Istana Negara.");
    assert!(kinds(&r).contains(&"meeting"), "{:?}", kinds(&r));
}

#[test]
fn a_situation_somewhere_named_is_a_regional_issue() {
    let r = extract("date 2024-04-18\nBOGOTA, April 18 - President Lula held talks with President Gustavo Petro in Bogota on Wednesday. The two presidents also discussed the political situation in Venezuela.");
    let m = find(&r, "meeting");
    assert!(
        m.areas.contains(&"global-regional-issues".to_string()),
        "{:?}",
        m.areas
    );
}

#[test]
fn a_call_with_people_of_two_states_is_two_calls() {
    for text in [
        "date 2025-07-28\nOn Thursday, Malaysian Prime Minister Anwar Ibrahim spoke by telephone with Hun Manet and with Phumtham about the clashes.",
        "date 2024-10-03\nU.S. Secretary of State Antony Blinken spoke by phone on Tuesday with both Israeli Prime Minister Benjamin Netanyahu and Egyptian Foreign Minister Badr Abdelatty, separately.",
    ] {
        let r = extract(text);
        let calls = of_kind(&r, "phone_call");
        assert_eq!(calls.len(), 2, "{text}: {:?}", r.events);
        assert!(calls.iter().all(|c| c.countries.len() == 2 && c.place.is_none()));
    }
    // a conference call stays one
    let r = extract(
        "date 2024-10-03\nThe leaders of France, Germany and Italy held a joint video call with President Volodymyr Zelenskyy and Prime Minister Keir Starmer.",
    );
    assert!(of_kind(&r, "phone_call").len() <= 1, "{:?}", r.events);
}

#[test]
fn spoken_with_is_a_call_and_a_leaked_call_is_none() {
    let r = extract(
        "date 2025-11-20\nMexican President Claudia Sheinbaum told reporters she had spoken with U.S. President Donald Trump by telephone last week.",
    );
    assert_eq!(kinds(&r), ["phone_call"], "{:?}", r.events);
    let r = extract(
        "date 2025-07-03\nThai Prime Minister Paetongtarn Shinawatra was suspended over a leaked phone call with Cambodia's former leader Hun Sen.",
    );
    assert!(of_kind(&r, "phone_call").is_empty(), "{:?}", r.events);
}

#[test]
fn arranged_talks_crisis_staff_and_where_the_subject_is_are_no_parties() {
    // talks being arranged are no talks
    let r = extract(
        "date 2025-10-22\nMotegi said arrangements for talks with U.S. Secretary of State Marco Rubio were being made.",
    );
    assert!(r.events.is_empty(), "{:?}", r.events);
    // a ministry's crisis staff meeting is no meeting between states
    let r = extract(
        "date 2024-08-26\nGermany condemned the attack in Burkina Faso. The Federal Foreign Office's crisis unit met on Sunday to check whether Germans were among the victims.",
    );
    assert!(of_kind(&r, "meeting").is_empty(), "{:?}", r.events);
    // a relative clause on where the subject is names no party
    let r = extract(
        "date 2024-07-27\nOn July 27, Foreign Minister Yoko Kamikawa, who is visiting Vientiane, Laos, to attend the ASEAN-related meetings, held a meeting with Foreign Minister Cho Tae-yul of the Republic of Korea.",
    );
    let m = find(&r, "meeting");
    assert_eq!(m.countries, ["JPN", "KOR"], "{:?}", r.events);
}

#[test]
fn the_guest_is_who_the_visit_belongs_to() {
    // a relative clause after the guest's title
    let r = extract(
        "date 2024-10-20\nForeign Minister Badr Abdelatty received on Sunday Mr. Ayman Safadi, Deputy Prime Minister and Foreign Minister of Jordan, who is on a working visit to Cairo.",
    );
    let v = find(&r, "visit");
    assert_eq!(
        (v.source.as_deref(), v.target.as_deref()),
        (Some("JOR"), Some("EGY")),
        "{:?}",
        r.events
    );
    // a possessive before the visit
    let r = extract(
        "date 2025-02-28\nForeign Minister Takeshi Iwaya welcomed Foreign Minister Cho Tae-yul's visit to Japan in the anniversary year.",
    );
    let v = find(&r, "visit");
    assert_eq!(v.source.as_deref(), Some("KOR"), "{:?}", r.events);
}

#[test]
fn one_guest_received_by_two_hosts_is_two_meetings() {
    let r = extract(
        "date 2024-10-20\nForeign Minister Badr Abdelatty received Jordanian Foreign Minister Ayman Safadi in Cairo on Sunday. Later in the day, President Abdel Fattah El-Sisi received Minister Safadi.",
    );
    assert_eq!(of_kind(&r, "meeting").len(), 2, "{:?}", r.events);
}

#[test]
fn talks_called_off_or_asked_about_are_no_events() {
    for text in [
        "date 2025-02-14\nTalks between Tajik officials and Afghan representatives, which had been expected in Khorog on Thursday, did not take place.",
        "date 2025-02-14\nThe meeting between Prime Minister Narendra Modi and Prime Minister Shehbaz Sharif in Astana was called off at the last minute.",
        "date 2022-05-12\nAsked whether the Foreign Secretary had met the French armed forces minister last week, the spokesperson said there had been no such meeting.",
    ] {
        let r = extract(text);
        assert!(r.events.is_empty(), "{text}: {:?}", r.events);
    }
}

#[test]
fn a_post_about_a_call_is_the_call() {
    let r = extract(
        "date 2025-10-16\nPrime Minister Narendra Modi spoke with French President Emmanuel Macron by telephone on Thursday. Sharing details in a post on X, Modi wrote: \"Had a warm and productive conversation with my friend President @EmmanuelMacron. We reviewed our strategic partnership.\"",
    );
    assert_eq!(kinds(&r), ["phone_call"], "{:?}", r.events);
}

#[test]
fn project_names_visits_to_come_and_a_cabinets_weekly_session() {
    // a state inside a project's hyphenated name is no party
    let r = extract(
        "date 2025-02-18\nEthiopia and Kenya agreed to speed up the Lamu Port-South Sudan-Ethiopia Transport corridor.",
    );
    for e in &r.events {
        assert!(!e.countries.contains(&"SSD".to_string()), "{:?}", r.events);
    }
    // visits still to come
    let r = extract(
        "date 2025-07-10\nThe Minister will not travel on to Riga on this trip. Visits to Latvia and Estonia are to follow after the summer break.",
    );
    assert!(of_kind(&r, "visit").is_empty(), "{:?}", r.events);
    // a state's own council in its weekly session
    let r = extract(
        "Jeddah, July 8, 2025 -- The Council of Ministers held its weekly session today, chaired by the Crown Prince. It authorised the Minister of Energy to discuss a memorandum with the Tajik side.",
    );
    assert!(of_kind(&r, "consultation").is_empty() && of_kind(&r, "meeting").is_empty());
    // "on his first visit": the guest named before
    let r = extract(
        "date 2025-04-28\nVietnamese Prime Minister Pham Minh Chinh welcomed Japanese Prime Minister Shigeru Ishiba on his first visit to Viet Nam.",
    );
    let v = find(&r, "visit");
    assert_eq!(v.source.as_deref(), Some("JPN"), "{:?}", r.events);
}

#[test]
fn a_sentence_opening_on_talks_with_someone_is_about_the_visitor() {
    for text in [
        "date 2024-05-29\nRussian President Vladimir Putin ended a state visit to Uzbekistan on Tuesday. In talks with President Shavkat Mirziyoyev in Tashkent on Monday, the two leaders covered energy and migration.",
        "date 2024-05-29\nRussian President Vladimir Putin arrived in Uzbekistan on Sunday for a state visit. During talks with President Shavkat Mirziyoyev on Monday, he raised gas supplies.",
    ] {
        let r = extract(text);
        let m = find(&r, "meeting");
        assert_eq!(m.countries, vec!["RUS", "UZB"], "{text}");
        assert!(names(m).contains(&"Vladimir Putin"), "{text}: {:?}", names(m));
        assert!(names(m).contains(&"Shavkat Mirziyoyev"), "{text}: {:?}", names(m));
    }
}

#[test]
fn an_unquoted_post_opening_on_its_verb_is_its_authors() {
    let text = "date 2025-03-18\nKaja Kallas @kajakallas · Mar 17, 2025\nGood meeting with Ukraine's Foreign Minister @andrii_sybiha in Brussels this morning.\n\nKaja Kallas @kajakallas · Mar 17, 2025\nSpoke with @DrSJaishankar about trade and security in the Indo-Pacific.";
    let r = extract(text);
    let call = find(&r, "phone_call");
    assert_eq!(call.countries, vec!["EUR", "IND"]);
    assert!(names(call).contains(&"Kaja Kallas"), "{:?}", names(call));
}

#[test]
fn a_joint_act_of_several_states_has_no_single_source() {
    for (text, want) in [
        ("date 2025-03-11\nJapanese Foreign Minister Yoko Kamikawa and Philippine Foreign Secretary Enrique Manalo condemned North Korea on Monday.", vec!["JPN", "PHL", "PRK"]),
        ("date 2025-03-11\nSpain, Ireland and Norway criticised Israel on Monday.", vec!["ESP", "IRL", "ISR", "NOR"]),
        ("date 2025-03-11\nBritain, Canada and Australia imposed sanctions on Russia on Monday.", vec!["AUS", "CAN", "GBR", "RUS"]),
    ] {
        let r = extract(text);
        assert_eq!(r.events.len(), 1, "{text}: {:?}", kinds(&r));
        let e = &r.events[0];
        assert_eq!(e.countries, want, "{text}");
        assert_eq!(e.source, None, "{text}");
        assert_eq!(e.target.as_deref(), want.iter().find(|c| ["PRK", "ISR", "RUS", "PSE"].contains(c)).copied(), "{text}");
    }
    // one state acting alone keeps its source
    let r = extract("date 2025-03-11\nSpain criticised Israel on Monday.");
    assert_eq!(find(&r, "criticism").source.as_deref(), Some("ESP"));
}

#[test]
fn separate_talks_with_each_guest_are_one_meeting_each() {
    for text in [
        "date 2024-05-28\nSouth Korean President Yoon Suk Yeol hosted Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida in Seoul on Monday for a trilateral summit. On Sunday, Yoon held separate bilateral talks with each of his two guests.",
        "date 2024-05-28\nSouth Korean President Yoon Suk Yeol hosted Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida in Seoul on Monday for a trilateral summit. A day earlier Yoon had met both guests separately.",
        "date 2024-05-28\nIndian Prime Minister Narendra Modi held separate talks with French President Emmanuel Macron and Japanese Prime Minister Fumio Kishida on Monday.",
    ] {
        let r = extract(text);
        let pairs: Vec<Vec<String>> = of_kind(&r, "meeting")
            .iter()
            .filter(|m| m.countries.len() == 2)
            .map(|m| m.countries.clone())
            .collect();
        assert_eq!(pairs.len(), 2, "{text}: {pairs:?}");
    }
}

#[test]
fn direction_with_no_state_in_the_subject_and_no_passive_in_a_noun() {
    let r = extract("date 2025-10-15\nRIGA, Oct 15 (Agency) - Latvia expelled two Russian diplomats. The ministry summoned Russia's charge d'affaires in Riga on Tuesday.");
    let p = find(&r, "protest");
    assert_eq!(
        (p.source.as_deref(), p.target.as_deref()),
        (Some("LVA"), Some("RUS"))
    );
    let r = extract("date 2024-09-12\nSouth African Foreign Minister Ronald Lamola arrived in Brasilia on Wednesday for an official visit. It was his first visit to Brazil since taking office.");
    let visits = of_kind(&r, "visit");
    assert!(
        visits.iter().all(|v| v.source.as_deref() == Some("ZAF")),
        "{:?}",
        visits.iter().map(|v| &v.source).collect::<Vec<_>>()
    );
}

#[test]
fn an_act_told_separately_is_its_own_event() {
    let text = "date 2025-07-15\n1. The Ministry of Foreign Affairs of the Republic of Korea summoned the Deputy Chief of Mission of the Embassy of Japan today over the white paper.\n2. Separately, the Ministry of National Defense summoned the defense attache of the Japanese Embassy on the same day.";
    let r = extract(text);
    assert_eq!(of_kind(&r, "protest").len(), 2, "{:?}", kinds(&r));
}

#[test]
fn a_bodys_gathering_is_a_setting_and_plans_are_not_held() {
    let r = extract("date 2025-06-13\nWARSAW, June 12 (Agency) - German Foreign Minister Johann Wadephul was received by Polish Prime Minister Donald Tusk on Thursday for a conversation on European security and the upcoming NATO summit in The Hague.");
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["DEU", "POL"]);
    for text in [
        "date 2025-08-11\nThe leaders discussed the meeting between President Trump and President Putin planned for later this week in Alaska.",
        "date 2025-08-11\nThey talked about the summit between Japan and China scheduled for next month.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, "meeting").is_empty(), "{text}: {:?}", kinds(&r));
    }
}

#[test]
fn an_earlier_visit_followed_up_on_or_recalled_is_background() {
    for text in [
        "date 2023-08-01\nPresident Emmanuel Macron spoke by telephone with Prime Minister Narendra Modi. The two leaders followed up on the Prime Minister's visit to Paris for the national day on 14 July.",
        "date 2023-08-01\nPresident Emmanuel Macron spoke by telephone with Prime Minister Narendra Modi. Macron recalled the Prime Minister's state visit to France in July.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, "visit").is_empty(), "{text}: {:?}", kinds(&r));
        assert_eq!(of_kind(&r, "phone_call").len(), 1, "{text}");
    }
}

#[test]
fn phone_talks_in_a_headline_are_a_call() {
    let r = extract("date 2024-01-17\nForeign Minister Cho Tae-yul Holds Phone Talks with U.S. Secretary of State\n\n1. Minister of Foreign Affairs Cho Tae-yul held a telephone conversation with U.S. Secretary of State Antony Blinken on January 17.");
    assert!(of_kind(&r, "meeting").is_empty(), "{:?}", kinds(&r));
    assert_eq!(of_kind(&r, "phone_call").len(), 1);
}

#[test]
fn calls_spoken_separately_with_two_leaders() {
    let text = "date 2025-01-27\nKenyan President William Ruto said he had spoken separately by telephone on Sunday with Congolese President Felix Tshisekedi and Rwandan President Paul Kagame about the crisis.";
    let r = extract(text);
    let calls: Vec<Vec<String>> = of_kind(&r, "phone_call")
        .iter()
        .map(|c| c.countries.clone())
        .collect();
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(
        calls.contains(&vec!["COD".to_string(), "KEN".to_string()]),
        "{calls:?}"
    );
    assert!(
        calls.contains(&vec!["KEN".to_string(), "RWA".to_string()]),
        "{calls:?}"
    );
}

#[test]
fn talks_named_as_a_topic_of_discussion_are_no_meeting() {
    let r = extract("date 2025-06-03\nCAIRO, June 2 (Agency) - Iranian Foreign Minister Abbas Araghchi met Egyptian Foreign Minister Badr Abdelatty on Monday. The two ministers discussed the war in Gaza and the talks between Tehran and Washington over Iran's nuclear programme.");
    let ms = of_kind(&r, "meeting");
    assert_eq!(
        ms.len(),
        1,
        "{:?}",
        ms.iter().map(|m| &m.countries).collect::<Vec<_>>()
    );
    assert_eq!(ms[0].countries, vec!["EGY", "IRN"]);
}

#[test]
fn programmes_not_held_businesses_spoken_to_and_other_chinese_names() {
    let text = "date 2023-04-14\nFederal Foreign Minister Annalena Baerbock is visiting China from 13 to 15 April. After arriving in Tianjin on Thursday, where she spoke with representatives of German businesses, the Foreign Minister travelled on to Beijing. She was also received by Vice President Han Zheng.";
    let r = extract(text);
    assert!(of_kind(&r, "phone_call").is_empty(), "{:?}", kinds(&r));
    assert!(
        r.events
            .iter()
            .all(|e| !e.countries.contains(&"KOR".to_string())),
        "{:?}",
        r.events.iter().map(|e| &e.countries).collect::<Vec<_>>()
    );
    let r = extract("date 2023-04-14\nA meeting with President Xi Jinping was not on the programme of the German Foreign Minister.");
    assert!(r.events.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn a_dateline_after_a_headline_is_no_party_of_the_first_sentence() {
    for text in [
        "Secretary General of NATO receives Foreign Minister of Finland\n\nBRUSSELS, 3 March 2025 - The Secretary General of NATO, Mark Rutte, today received the Minister for Foreign Affairs of Finland, Elina Valtonen, at NATO Headquarters.",
        "ASEAN chief meets Japanese envoy\n\nJAKARTA, 12 May 2025 - Secretary-General of ASEAN Kao Kim Hourn met the Ambassador of Japan to ASEAN on Monday to discuss maritime cooperation.",
    ] {
        let r = extract(text);
        let m = find(&r, "meeting");
        assert!(
            !m.countries.iter().any(|c| c == "BEL" || c == "IDN"),
            "{:?}",
            m.countries
        );
        assert_eq!(m.countries.len(), 2, "{:?}", m.countries);
        // ...but it is still where the meeting was
        assert!(m.place.is_some(), "{m:?}");
    }
}

#[test]
fn a_welcome_on_arrival_is_no_meeting_but_the_talks_after_it_are() {
    for text in [
        "date 2025-03-04\nABUJA, March 4 (Wire) - President John Dramani Mahama of Ghana, who landed at the international airport in the morning, was received by Vice-President Kashim Shettima before being driven to the Villa.",
        "date 2025-03-04\nNAIROBI, March 4 (Wire) - On his arrival, Foreign Minister Penny Wong was welcomed by Kenya's Prime Cabinet Secretary Musalia Mudavadi.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, "meeting").is_empty(), "{:?}", kinds(&r));
    }
    let r = extract("date 2025-03-04\nNAIROBI, March 4 (Wire) - On his arrival at the airport, Foreign Minister Penny Wong was welcomed by Kenya's Prime Cabinet Secretary Musalia Mudavadi. The two ministers then held talks at the ministry.");
    assert_eq!(of_kind(&r, "meeting").len(), 1, "{:?}", kinds(&r));
    // a welcome that is also talks is a meeting
    let r = extract("date 2025-03-04\nNAIROBI, March 4 (Wire) - On arrival in Nairobi on Tuesday, Foreign Minister Penny Wong was received by Kenya's Prime Cabinet Secretary Musalia Mudavadi, with whom she discussed trade.");
    assert_eq!(of_kind(&r, "meeting").len(), 1, "{:?}", kinds(&r));
}

#[test]
fn posts_with_their_time_below_hosted_meetings_and_catching_up() {
    let text = "date 2025-09-26\nPenny Wong @SenatorWong\nHosted the Pacific Islands foreign ministers' meeting in Sydney today with FMs Winston Peters of New Zealand and Sitiveni Rabuka of Fiji.\n6:10 PM · Sep 24, 2025\n\nPenny Wong @SenatorWong\nCaught up with Foreign Minister Sugiono of Indonesia this morning. We talked about maritime security.\n11:02 AM · Sep 25, 2025";
    let r = extract(text);
    let meetings = of_kind(&r, "meeting");
    assert_eq!(meetings.len(), 2, "{:?}", r.events);
    assert_eq!(meetings[0].date.as_deref(), Some("2025-09-24"));
    assert!(
        names(meetings[0]).contains(&"Winston Peters"),
        "{:?}",
        names(meetings[0])
    );
    assert_eq!(meetings[1].date.as_deref(), Some("2025-09-25"));
    assert_eq!(meetings[1].countries, vec!["AUS", "IDN"]);
}

#[test]
fn a_question_asks_whether_it_happened() {
    for text in [
        "date 2024-08-20\nQuestion: On Venezuela, has the Secretary-General spoken with President Nicolás Maduro since the election?\n\nSpokesman: No, he has not.",
        "date 2024-08-20\nQ: Did Foreign Minister Wang Yi meet Secretary Antony Blinken in Vientiane?\n\nA: I have nothing to share.",
    ] {
        let r = extract(text);
        assert!(r.events.is_empty(), "{:?}", r.events);
    }
}

#[test]
fn a_pronoun_after_a_time_of_day_is_the_person_just_named() {
    let r = extract("date 2024-08-20\nThe Deputy Secretary-General, Amina Mohammed, is in Accra today. This morning she met with President Nana Akufo-Addo, and they discussed the Sahel.");
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["GHA", "UNO"]);
    assert!(names(m).contains(&"Amina J. Mohammed"), "{:?}", names(m));
}

#[test]
fn support_reiterated_for_a_states_cause_but_not_for_a_reform() {
    let r = extract("date 2025-06-16\nNICOSIA, June 16 - President Nikos Christodoulides hosted Prime Minister Narendra Modi. Cyprus reiterated its support for India's candidature for permanent membership of a reformed UN Security Council. India reaffirmed its consistent position in support of the sovereignty and territorial integrity of the Republic of Cyprus.");
    let support = of_kind(&r, "diplomatic_support");
    assert_eq!(support.len(), 2, "{:?}", r.events);
    assert_eq!(
        (support[0].source.as_deref(), support[0].target.as_deref()),
        (Some("CYP"), Some("IND"))
    );
    assert_eq!(
        (support[1].source.as_deref(), support[1].target.as_deref()),
        (Some("IND"), Some("CYP"))
    );
    let r = extract("date 2026-02-14\nADDIS ABABA, Feb 14 - Secretary-General António Guterres met Prime Minister Abiy Ahmed. The Secretary-General reiterated his support for a reform of the Security Council that gives Africa a fair share.");
    assert!(
        of_kind(&r, "diplomatic_support").is_empty(),
        "{:?}",
        r.events
    );
}

#[test]
fn separate_meetings_held_with_two_ministers_are_two() {
    let r = extract("date 2025-04-10\nTOKYO, April 10 - NATO Secretary General Mark Rutte visited Japan. On Thursday, the Secretary General held separate meetings with Minister of Defense Gen Nakatani and Minister for Foreign Affairs Takeshi Iwaya.");
    let m = of_kind(&r, "meeting");
    assert_eq!(m.len(), 2, "{:?}", r.events);
    assert!(
        names(m[0]).contains(&"Gen Nakatani") && names(m[1]).contains(&"Takeshi Iwaya"),
        "{m:?}"
    );
}

#[test]
fn a_working_session_headed_by_two_ministers_is_a_meeting() {
    for text in [
        "date 2025-09-03\nMEXICO CITY, Sept 3 - Afterwards, Foreign Secretary Juan Ramón de la Fuente and Secretary of State Marco Rubio headed a working session at the Foreign Ministry.",
        "date 2024-01-29\nHANOI, Jan 29 - Foreign Secretary Enrique Manalo and Foreign Minister Bui Thanh Son co-chaired a working meeting on maritime cooperation.",
    ] {
        let r = extract(text);
        let m = find(&r, "meeting");
        assert_eq!(m.participants.len(), 2, "{m:?}");
    }
}

#[test]
fn the_next_day_and_a_place_before_the_pronoun_tell_the_story() {
    let r = extract("date 2025-11-19\nWELLINGTON, Nov 19 - New Zealand's Foreign Minister Winston Peters wrapped up a three-day visit to Indonesia on Wednesday. In Jakarta on Monday he called on ASEAN Secretary-General Kao Kim Hourn. The next day he held talks with his Indonesian counterpart, Sugiono, on maritime cooperation.");
    let m = of_kind(&r, "meeting");
    assert_eq!(m.len(), 2, "{:?}", r.events);
    assert!(
        names(m[0]).contains(&"Winston Peters") && names(m[0]).contains(&"Kao Kim Hourn"),
        "{:?}",
        m[0]
    );
    assert_eq!(m[1].countries, vec!["IDN", "NZL"]);
    assert_eq!(m[1].date.as_deref(), Some("2025-11-18"));
    // ...while "next week" is still a plan
    let r = extract("date 2025-11-19\nWELLINGTON, Nov 19 - Next week he will hold talks with Sugiono in Jakarta.");
    assert!(r.events.is_empty(), "{:?}", r.events);
}

#[test]
fn each_states_recognition_is_its_own_and_rounds_of_talks_on_a_deal_are_negotiations() {
    let r = extract("date 2024-05-31\nMADRID, May 31 - Spain, Ireland and Norway formally recognised the State of Palestine on Tuesday.");
    let rec = of_kind(&r, "diplomatic_support");
    assert_eq!(rec.len(), 3, "{:?}", r.events);
    assert!(
        rec.iter()
            .all(|e| e.target.as_deref() == Some("PSE") && e.countries.len() == 2),
        "{rec:?}"
    );
    let r = extract("date 2025-02-20\nSANTIAGO, Feb 20 - Negotiators from Chile and India held a round of talks on a Comprehensive Economic Partnership Agreement in Santiago from Monday to Wednesday.");
    assert_eq!(find(&r, "negotiation").countries, vec!["CHL", "IND"]);
}

#[test]
fn an_exercise_covers_what_its_troops_trained_for() {
    // the sentences that describe the training carry the exercise's areas;
    // the terrain and the UN mandate it trains under are none
    let r = extract(
        "date 2024-10-02\nThe fifth edition of the joint military exercise between India and Egypt, Cyclone, began at Anshas on Tuesday.\n\n\
         Over two weeks the contingents will rehearse counter-terrorism operations in desert and semi-urban environment under a United Nations mandate.\n\n\
         The drills include raids, hostage rescue and the clearing of improvised explosive devices.",
    );
    let e = find(&r, "material_cooperation");
    assert!(
        e.areas.contains(&"counter-terrorism".to_string()),
        "{:?}",
        e.areas
    );
    assert!(
        !e.areas.contains(&"multilateral".to_string()),
        "{:?}",
        e.areas
    );
    assert!(
        !e.areas.contains(&"climate-environment".to_string()),
        "{:?}",
        e.areas
    );
    // a naval exercise is maritime cooperation, in any sea
    let r = extract(
        "date 2024-06-12\nThe navies of Brazil and Portugal held a joint exercise off Lisbon from June 10 to 12.\n\n\
         Two frigates and a submarine took part in anti-submarine warfare drills.",
    );
    let e = find(&r, "material_cooperation");
    assert!(
        e.areas.contains(&"indo-pacific-maritime".to_string()),
        "{:?}",
        e.areas
    );
    // land drills are not
    let r = extract(
        "date 2024-06-12\nSoldiers of Kazakhstan and Kyrgyzstan held a joint exercise near Almaty on Monday.\n\n\
         The troops trained in mountain warfare and the evacuation of casualties.",
    );
    let e = find(&r, "material_cooperation");
    assert!(
        !e.areas.contains(&"indo-pacific-maritime".to_string()),
        "{:?}",
        e.areas
    );
}

#[test]
fn each_item_of_a_digest_has_its_own_pair_of_states() {
    // "The two ministers agreed ...": the states of the item it stands in,
    // not the pair the whole digest names most
    let r = extract(
        "date 2024-08-02\nTHE WEEK IN THE AMERICAS\n\n\
         Caracas recalls envoys\nVenezuela recalled its ambassadors to Argentina and Chile on Monday. Venezuela said Argentina and Chile had interfered in its affairs. Argentina rejected the charge.\n\n\
         Quito and Lima talk trade\nEcuadorian Foreign Minister Gabriela Sommerfeld received her Peruvian counterpart, Elmer Schialer, in Quito on Tuesday. The two ministers agreed to reopen the border crossing at Huaquillas.\n\n\
         In brief\nThe Chilean foreign ministry opened a new consulate in Mendoza, Argentina.",
    );
    let pledge = find(&r, "intent_to_cooperate");
    assert_eq!(pledge.countries, vec!["ECU", "PER"], "{:?}", r.events);
}

#[test]
fn a_post_on_the_tone_of_a_meeting_is_the_authors_meeting() {
    for post in [
        "Warm and substantive bilateral with Minister Mauro Vieira of Brazil.",
        "Productive exchange with Foreign Minister Wang Yi of China on the margins of the G20.",
        "Excellent discussion with Foreign Minister Mauro Vieira of Brazil today.",
    ] {
        let text =
            format!("date 2025-02-21\nRonald Lamola (@DrRonaldLamola) · Feb 20, 2025\n\"{post}\"");
        let r = extract(&text);
        let m = find(&r, "meeting");
        assert!(
            m.countries.contains(&"ZAF".to_string()),
            "{post}: {:?}",
            m.countries
        );
        assert!(names(m).contains(&"Ronald Lamola"), "{post}");
    }
}

#[test]
fn shipments_and_deliveries_of_goods_to_a_state_are_aid() {
    for (text, from, to) in [
        ("date 2025-03-25\nDOHA, March 25 (Wire) - The second shipment of fuel provided by the State of Qatar to the Lebanese Army arrived in Beirut on Thursday.", "QAT", "LBN"),
        ("date 2025-03-25\nTOKYO, March 25 (Wire) - Japan delivered a consignment of rice to Sri Lanka on Thursday.", "JPN", "LKA"),
        ("date 2025-03-25\nNEW DELHI, March 25 (Wire) - India sent 500 tents and blankets to Myanmar on Thursday after the earthquake.", "IND", "MMR"),
    ] {
        let r = extract(text);
        let a = find(&r, "aid");
        assert_eq!((a.source.as_deref(), a.target.as_deref()), (Some(from), Some(to)), "{text}");
    }
}

#[test]
fn east_african_joint_permanent_commissions_are_joint_commissions() {
    let r = extract(
        "date 2024-03-08\nARUSHA, March 8 (Wire) - Kenya and Tanzania held the 11th session of their Joint Permanent Commission in Arusha on Friday, co-chaired by Kenyan Foreign Minister Musalia Mudavadi and Tanzanian Foreign Minister January Makamba.",
    );
    let c = find(&r, "consultation");
    assert_eq!(c.mechanism.as_deref(), Some("Joint Commission"));
    assert_eq!(c.countries, vec!["KEN", "TZA"]);
}

#[test]
fn it_was_co_chaired_by_names_the_round_just_told() {
    let r = extract(
        "date 2024-03-07\nThe India-France Strategic Dialogue was held in New Delhi on 06 March 2024. It was co-chaired by National Security Adviser Ajit Doval and Emmanuel Bonne.\n\n\
         The two sides held wide-ranging discussions on defence, space and civil nuclear energy.",
    );
    let c = find(&r, "consultation");
    assert_eq!(c.mechanism.as_deref(), Some("Strategic Dialogue"));
    let mut who = names(c);
    who.sort();
    assert_eq!(who, vec!["Ajit Doval", "Emmanuel Bonne"]);
    assert!(of_kind(&r, "meeting").is_empty(), "{:?}", r.events);
}
