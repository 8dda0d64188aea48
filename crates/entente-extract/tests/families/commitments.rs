//! Commitments: agreements signed or exchanged, pledges and their occasion,
//! aid, exercises and declarations.

use super::*;

#[test]
fn pledges_merge_and_take_the_meeting_s_day_but_not_its_people() {
    let r = extract(
        "date 2024-07-10\nJapan's Prime Minister Fumio Kishida and Australia's Prime Minister Anthony Albanese held talks in Tokyo on Tuesday. \
         The two leaders agreed to expand cooperation on critical minerals. They also decided to launch a dialogue on hydrogen.",
    );
    let pledges = of_kind(&r, "intent_to_cooperate");
    assert_eq!(pledges.len(), 1, "{:?}", kinds(&r));
    let meeting = find(&r, "meeting");
    assert_eq!(pledges[0].date, meeting.date);
    assert_eq!(pledges[0].countries, vec!["AUS", "JPN"]);
    // the seed's gold gives a pledge "the two sides" made no people, as do
    // most writers: the meeting's people are the meeting's
    assert!(names(pledges[0]).is_empty(), "{:?}", names(pledges[0]));
    // ...while people the pledge's own sentence names made it
    let r = extract("date 2024-07-10\nTOKYO, July 10 - Prime Minister Fumio Kishida and Prime Minister Anthony Albanese agreed on Tuesday to expand cooperation on critical minerals.");
    assert!(names(find(&r, "intent_to_cooperate")).contains(&"Anthony Albanese"));
    assert!(
        pledges[0].areas.contains(&"energy".to_string()),
        "{:?}",
        pledges[0].areas
    );
}

#[test]
fn each_signed_document_is_an_agreement() {
    let r = extract(
        "date 2025-03-11\nIndia and Saudi Arabia signed an MoU on renewable energy, an agreement on space cooperation \
         and a letter of intent on health in New Delhi on Monday.",
    );
    assert_eq!(of_kind(&r, "agreement").len(), 3, "{:?}", kinds(&r));
    let r = extract(
        "date 2023-01-23\nThe President of France and the German Chancellor signed a Joint Declaration on the anniversary of the Élysée Treaty.",
    );
    assert_eq!(of_kind(&r, "agreement").len(), 1, "{:?}", kinds(&r));
    let r = extract("date 2025-02-12\nSafran and Hindustan Aeronautics Limited signed a contract for forgings, the companies said.");
    assert!(
        r.events.is_empty(),
        "company deals are no state events: {:?}",
        kinds(&r)
    );
}

#[test]
fn rounds_agreed_on_and_acronyms_of_other_relations() {
    // a round agreed on for later is no round held
    let r = extract("date 2025-06-18\nNAIROBI, 18 June 2025 - Kenya and Ghana held the second session of their Joint Commission for Cooperation on Tuesday.\n\nThe two sides agreed to convene the third Session of the Commission in Accra in 2027, and to hold the next meeting of senior officials early next year.");
    assert_eq!(of_kind(&r, "consultation").len(), 1, "{:?}", kinds(&r));
    // "JCC" is India and Bangladesh's Joint Consultative Commission only
    // in a report on India and Bangladesh
    let r = extract("date 2025-06-18\nNAIROBI, 18 June 2025 - Kenya and Ghana held the second session of the JCC on Tuesday.");
    assert!(
        r.events
            .iter()
            .all(|e| e.mechanism.as_deref() != Some("Joint Consultative Commission")),
        "{:?}",
        r.events
    );
}

#[test]
fn a_meeting_s_pledges_are_one_event_with_the_union_of_their_areas() {
    let r = extract("date 2025-01-25\nNEW DELHI, Jan 25 (Wire) - Prime Minister Narendra Modi held talks with President Prabowo Subianto of Indonesia on Saturday.\n\nThe leaders agreed to deepen defence industrial cooperation.\n\nThey resolved to strengthen maritime security in the Indian Ocean.\n\nThey also agreed to cooperate in health and pharmaceuticals and in food security.");
    let pledges = of_kind(&r, "intent_to_cooperate");
    assert_eq!(pledges.len(), 1, "{:?}", r.events);
    for a in ["defence", "health", "agriculture-food"] {
        assert!(
            pledges[0].areas.iter().any(|x| x == a),
            "{a}: {:?}",
            pledges[0]
        );
    }
}

#[test]
fn pledges_in_a_numbered_summary_belong_to_its_one_meeting() {
    let r = extract("Japan-ROK Foreign Ministers' Meeting\n\nOn March 3, 2025, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs of the Republic of Korea, in Tokyo.\n\n1.\nThe two ministers welcomed the progress of the partnership.\n\n2.\nThey exchanged views on the region.\n\n3.\nThey discussed energy.\n\n4.\nThey discussed critical minerals.\n\n5.\nThey discussed education.\n\n6.\nThe two ministers agreed to work together toward the Japan-China-ROK process and to cooperate on critical minerals.");
    let p = find(&r, "intent_to_cooperate");
    // the trilateral named in the pledge is what was pledged, not a party
    assert_eq!(p.countries, vec!["JPN", "KOR"], "{p:?}");
    assert_eq!(p.date.as_deref(), Some("2025-03-03"), "{p:?}");
}

#[test]
fn one_side_s_signatures_and_old_treaties_are_no_agreements() {
    for text in [
        "date 2025-02-03\nWASHINGTON, Feb 3 (Wire) - The President signed an executive order on Saturday imposing tariffs on goods from Canada.",
        "date 2022-10-04\nWARSAW, Oct 4 (Wire) - Foreign Minister Zbigniew Rau signed a diplomatic note to Germany on Monday demanding talks.",
        "date 2025-05-31\nSINGAPORE, May 31 (Wire) - \"We are not going anywhere, and neither is the order Australia and Japan signed up to,\" Marles said.",
        "date 2025-05-31\nThe ministers of Australia and Japan discussed the Reciprocal Access Agreement the two countries signed in 2022.",
    ] {
        let r = extract(text);
        assert!(r.events.iter().all(|e| e.kind != "agreement"), "{text}: {:?}", kinds(&r));
    }
    // a letter of intent and a memorandum are agreements
    let r = extract("date 2024-10-14\nNEW DELHI, Oct 14 (Wire) - India and France signed a Letter of Intent on defence space cooperation on Monday.");
    assert!(
        r.events.iter().any(|e| e.kind == "agreement"),
        "{:?}",
        kinds(&r)
    );
}

#[test]
fn a_pledge_s_people_are_those_who_made_it() {
    let r = extract("date 2024-11-19\nRIO DE JANEIRO, Nov 19 (Wire) - Prime Minister Narendra Modi and Prime Minister Anthony Albanese agreed on Tuesday to launch a renewable energy partnership.");
    let p = find(&r, "intent_to_cooperate");
    assert_eq!(names(p), vec!["Narendra Modi", "Anthony Albanese"], "{p:?}");
}

#[test]
fn aid_s_recipient_after_a_list_of_what_was_given() {
    let r = extract("date 2025-02-20\nTOKYO, Feb 20 (Wire) - India and Japan held talks.\n\nJapan handed over emergency relief supplies, including tents, water purifiers and generators, to the government of Vanuatu in Port Vila on Tuesday.");
    let a = find(&r, "aid");
    assert_eq!(
        (a.source.as_deref(), a.target.as_deref()),
        (Some("JPN"), Some("VUT")),
        "{a:?}"
    );
}

#[test]
fn what_was_agreed_or_offered_is_no_act_told() {
    // the trigger is the content of a plan, an invitation or a hope
    for text in [
        "date 2025-03-10\nTOKYO, March 10 - Prime Minister Shigeru Ishiba and President Lee Jae-myung spoke by phone on Monday. The two leaders agreed to meet in person soon, possibly during a bilateral visit to Seoul.",
        "date 2025-03-10\nCANBERRA, March 10 - Foreign Minister Penny Wong spoke by telephone with Foreign Minister Sugiono on Monday. Sugiono accepted an invitation to pay an official visit to Australia.",
        "date 2025-03-10\nOTTAWA, March 10 - Foreign Minister Mélanie Joly spoke by phone with Foreign Minister Mauro Vieira on Monday. Both ministers said they looked forward to the state visit of the Brazilian president in the autumn.",
    ] {
        let r = extract(text);
        assert!(!kinds(&r).contains(&"visit"), "{text}: {:?}", kinds(&r));
    }
    // a later clause with its own verb is told: the plan's reach ends there
    let r = extract("date 2025-03-10\nNAIROBI, March 10 - Kenya and India agreed to launch talks on an investment treaty as their foreign ministers co-chaired the 4th session of the India-Kenya Joint Commission in Nairobi on Monday.");
    assert!(kinds(&r).contains(&"consultation"), "{:?}", kinds(&r));
    let r = extract("date 2025-03-10\nMANILA, March 10 - The Philippines and Japan agreed on Monday to expand joint patrols after their defence ministers met in Manila.");
    assert!(kinds(&r).contains(&"meeting"), "{:?}", kinds(&r));
}

#[test]
fn documents_exchanged_or_listed_after_bare_markers() {
    // "witnessed the exchange of": one agreement per document
    let r = extract("date 2025-04-02\nHANOI, April 2 - Foreign Minister Bui Thanh Son met Foreign Minister Penny Wong in Hanoi on Wednesday. The two ministers witnessed the exchange of a Memorandum of Understanding on Cooperation in Higher Education.");
    assert_eq!(of_kind(&r, "agreement").len(), 1, "{:?}", kinds(&r));
    // list markers cut off as sentences of their own ("i.", "2.")
    let r = extract("date 2025-04-02\nACCRA, 2 April 2025 - At the close of the session the two Ministers signed the following instruments:\ni.\nMemorandum of Understanding on Cooperation in Fisheries;\nii.\nAgreement on the Avoidance of Double Taxation;\niii.\nCultural Exchange Programme for the years 2025-2028.\n4.\nThe Ministers agreed that the next session under the Framework Agreement would be held in Lome.\nTogo and Ghana are neighbours.");
    assert_eq!(of_kind(&r, "agreement").len(), 3, "{:?}", kinds(&r));
}

#[test]
fn what_was_discussed_before_a_pledge_is_the_occasion_s() {
    for text in [
        "date 2025-03-10\nPresident Lula spoke by phone with President Cyril Ramaphosa on Monday. The two presidents discussed tariffs and agreed to strengthen cooperation in health.",
        "date 2025-03-10\nForeign Minister Penny Wong met Foreign Minister Sugiono in Jakarta on Monday. They reviewed maritime security and pledged to expand cooperation in education.",
    ] {
        let r = extract(text);
        let occasion = r
            .events
            .iter()
            .find(|e| e.kind == "phone_call" || e.kind == "meeting")
            .unwrap_or_else(|| panic!("{text}: {:?}", kinds(&r)));
        let pledge = find(&r, "intent_to_cooperate");
        assert!(occasion.areas.len() >= 2, "{text}: {:?}", occasion.areas);
        assert_eq!(pledge.areas.len(), 1, "{text}: {:?}", pledge.areas);
    }
}

#[test]
fn signings_in_the_passive_by_the_co_chairs_and_in_lettered_lists() {
    // documents named before "were signed" / "were exchanged"
    let r = extract("date 2024-09-04\nANKARA, Sept 4 - Presidents Erdogan and Sisi met in Ankara on Wednesday. In the presence of the two Presidents, a Memorandum of Understanding on Cooperation in Tourism and an Agreement on Cooperation in Higher Education were signed by the relevant ministers.");
    assert_eq!(of_kind(&r, "agreement").len(), 2, "{:?}", kinds(&r));
    let r = extract("date 2025-04-28\nHANOI, April 28 - Prime Minister Ishiba held talks with Prime Minister Pham Minh Chinh in Hanoi on Monday. In the presence of the two prime ministers, the Exchange of Notes concerning a loan for a bridge and the Exchange of Notes concerning grant aid for flood control were exchanged.");
    assert_eq!(of_kind(&r, "agreement").len(), 2, "{:?}", kinds(&r));
    // "the two co-chairs signed": no state named, the report's pair
    let r = extract("date 2025-03-12\nADDIS ABABA, March 12 - Ethiopia and Kenya held the fourth session of their Joint Ministerial Commission on Tuesday. At the end of the session, the two co-chairs signed three memoranda of understanding: on tourism, on livestock, and on diplomatic training.");
    assert_eq!(of_kind(&r, "agreement").len(), 3, "{:?}", kinds(&r));
    // a summit held and a roadmap adopted under its own name
    let r = extract("date 2025-07-23\nTOKYO, July 23 - The EU and Japan held their annual summit in Tokyo on Wednesday. The leaders adopted the EU-Japan Roadmap on Critical Raw Materials.");
    // (an annual summit is the round of a mechanism)
    assert_eq!(kinds(&r), vec!["consultation", "agreement"]);
    // lettered items each name their own signatories
    let r = extract("date 2025-07-09\nBRASILIA, July 9 - The Presidents witnessed the signing of the following instruments:\na) Memorandum of Understanding on Energy, signed by Foreign Minister Mauro Vieira and Foreign Minister Sugiono;\nb) Memorandum of Understanding on Agriculture, signed by Minister Carlos Favaro and Minister Andi Amran Sulaiman.");
    let ags = of_kind(&r, "agreement");
    assert_eq!(ags.len(), 2, "{:?}", kinds(&r));
    assert!(
        names(ags[0]).contains(&"Mauro Vieira"),
        "{:?}",
        names(ags[0])
    );
    assert!(
        !names(ags[1]).contains(&"Mauro Vieira"),
        "{:?}",
        names(ags[1])
    );
    // a company's contracts are no agreement between states
    let r = extract("date 2025-04-29\nNEW DELHI, April 29 - Dassault Aviation signed contracts with several Indian suppliers for aircraft parts.");
    assert!(of_kind(&r, "agreement").is_empty(), "{:?}", kinds(&r));
}

#[test]
fn a_pledge_naming_no_state_is_between_the_states_of_its_occasion() {
    // a digest: the report's main pair is elsewhere, the pledge follows
    // the summit told just before it
    let r = extract("date 2024-04-13\nWEEK IN REVIEW, April 13\n\nMexico and Ecuador broke off relations on Saturday after Ecuador's police raided the Mexican embassy in Quito. Mexico said it would take the case to the International Court of Justice.\n\nOn Thursday, President Joe Biden hosted Prime Minister Fumio Kishida and President Ferdinand Marcos Jr. at the White House for a trilateral summit. The leaders agreed to launch a Luzon Economic Corridor.");
    let p = find(&r, "intent_to_cooperate");
    assert_eq!(p.countries, vec!["JPN", "PHL", "USA"], "{p:?}");
}

#[test]
fn bodies_named_in_what_two_leaders_pledged_are_no_parties() {
    let r = extract("date 2025-04-28\nHANOI, April 28 - Prime Minister Shigeru Ishiba held talks with Prime Minister Pham Minh Chinh in Hanoi on Monday. The two leaders confirmed that they would cooperate closely in multilateral frameworks such as ASEAN and the United Nations.");
    let p = find(&r, "intent_to_cooperate");
    assert_eq!(p.countries, vec!["JPN", "VNM"], "{p:?}");
}

#[test]
fn announced_aid_is_a_pledge() {
    for text in [
        "date 2025-06-04\nThe Minister announced that Germany would provide an additional 40 million euros for water projects in Jordan.",
        "date 2025-05-12\nFrench Foreign Minister Jean-Noël Barrot announced in Beirut that France will mobilise 15 million euros to rebuild schools in southern Lebanon.",
    ] {
        let r = extract(text);
        assert_eq!(kinds(&r), ["intent_to_cooperate"], "{text}: {:?}", r.events);
    }
}

#[test]
fn a_signing_naming_no_state_is_of_its_occasion() {
    let r = extract(
        "date 2024-05-28\nRussia and Uzbekistan held talks in Tashkent on Monday.\n\nSouth Korean President Yoon Suk Yeol hosted Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida in Seoul on Monday for the ninth trilateral summit. The leaders discussed trade and adopted a joint declaration at the end of the meeting.",
    );
    let a = find(&r, "agreement");
    assert_eq!(a.countries, ["CHN", "JPN", "KOR"], "{:?}", r.events);
}

#[test]
fn signing_a_law_and_exercises_of_recent_years_are_no_events() {
    let r = extract(
        "date 2024-11-08\nChina summoned the Philippine ambassador on Friday, hours after President Ferdinand Marcos signed the Maritime Zones Act and the Archipelagic Sea Lanes Act into law.",
    );
    assert!(of_kind(&r, "agreement").is_empty(), "{:?}", r.events);
    let r = extract(
        "date 2025-06-10\nThe High Representative and the Minister took note of the joint naval exercises conducted in recent years by EU and Indian ships in the Gulf of Aden.",
    );
    assert!(
        of_kind(&r, "material_cooperation").is_empty(),
        "{:?}",
        r.events
    );
}

#[test]
fn ties_raised_in_the_passive_and_memoranda_exchanged() {
    let r = extract("date 2025-04-04\nIndian Prime Minister Narendra Modi held talks with Thai Prime Minister Paetongtarn Shinawatra in Bangkok on Thursday. The two prime ministers announced that relations would be elevated to a Strategic Partnership, and officials exchanged a memorandum of understanding on small enterprises.");
    assert!(kinds(&r).contains(&"diplomatic_support"), "{:?}", kinds(&r));
    assert!(kinds(&r).contains(&"agreement"), "{:?}", kinds(&r));
}

#[test]
fn signings_counted_then_named_are_one_agreement_each() {
    let text = "date 2024-08-14\nBRASILIA, Aug 14 (Agency) - Nigeria's Foreign Minister Yusuf Tuggar on Wednesday ended a two-day visit to Brazil during which the two countries signed two cooperation instruments.\n\nOn Tuesday, Tuggar and Brazilian Foreign Minister Mauro Vieira held talks. At the end of the talks, Tuggar and Vieira signed a Memorandum of Understanding on Political Consultations and an Agreement on Technical Cooperation in Agriculture.\n\nAccording to a statement signed by the ministry's spokesperson, the talks were cordial.";
    let r = extract(text);
    let a = of_kind(&r, "agreement");
    assert_eq!(a.len(), 2, "{:?}", kinds(&r));
    // the day the visit ended is not the signing's
    assert!(
        a.iter().all(|x| x.date.as_deref() == Some("2024-08-13")),
        "{:?}",
        a.iter().map(|x| &x.date).collect::<Vec<_>>()
    );
}

#[test]
fn an_exercise_has_every_state_whose_forces_take_part_but_not_observers() {
    let text = "date 2024-04-23\nQUEZON CITY, Philippines - The Armed Forces of the Philippines and the United States military opened Exercise Balikatan this morning in a ceremony at the AFP General Headquarters.\n\nRunning from April 22 to May 10, the exercise brings together some 11,000 American and 5,000 Filipino troops, alongside contingents from the Australian Defence Force and the French Navy. Delegations from 14 countries, among them Japan and India, are attending as observers.";
    let r = extract(text);
    let e = find(&r, "material_cooperation");
    assert_eq!(e.countries, vec!["AUS", "FRA", "PHL", "USA"]);
}

#[test]
fn meals_declarations_and_ongoing_measures_are_acts() {
    let r = extract("date 2024-09-11\nEarlier on Tuesday, South African Foreign Minister Ronald Lamola held a working breakfast with the Vice President of Brazil, Geraldo Alckmin.");
    assert_eq!(find(&r, "meeting").countries, vec!["BRA", "ZAF"]);
    let r = extract("date 2025-11-12\nEstonia's foreign ministry summoned Russia's charge d'affaires in Tallinn on Tuesday and handed him a note declaring a second secretary of the Russian embassy persona non grata.");
    assert!(kinds(&r).contains(&"reduce_relations"), "{:?}", kinds(&r));
    let r = extract("date 2024-05-21\nToday the Department of State is imposing sanctions on more than a dozen entities in Russia.");
    assert!(kinds(&r).contains(&"reduce_relations"), "{:?}", kinds(&r));
}

#[test]
fn a_pledge_of_the_two_ministers_is_between_their_states() {
    let text = "date 2025-08-21\nMr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Kenyan Foreign Minister Musalia Mudavadi in Yokohama. The two ministers exchanged views on regional situations, including Sudan, Somalia and the eastern part of the Democratic Republic of the Congo, and confirmed that they would continue to work together.";
    let r = extract(text);
    let p = find(&r, "intent_to_cooperate");
    assert_eq!(p.countries, vec!["JPN", "KEN"]);
}

#[test]
fn tonnes_of_food_handed_over_are_aid() {
    for (text, pair) in [
        ("date 2025-05-20\nLUSAKA, May 20 - China's ambassador handed over 5,000 tonnes of rice to Zambia's disaster management unit on Tuesday.", ("CHN", "ZMB")),
        ("date 2025-05-20\nNEW DELHI, May 20 - India dispatched 1,000 metric tons of wheat to Afghanistan on Tuesday.", ("IND", "AFG")),
    ] {
        let r = extract(text);
        let a = find(&r, "aid");
        assert_eq!((a.source.as_deref(), a.target.as_deref()), (Some(pair.0), Some(pair.1)), "{a:?}");
    }
}

#[test]
fn a_body_named_in_a_pledge_is_no_side_of_it() {
    let r = extract("date 2025-05-06\nBEIRUT, May 6 - Foreign Minister Jean-Noël Barrot met Lebanese Foreign Minister Youssef Rajji in Beirut on Tuesday. The two ministers agreed to work together to secure the renewal of the mandate of the United Nations force in Lebanon.");
    let p = find(&r, "intent_to_cooperate");
    assert_eq!(p.countries, vec!["FRA", "LBN"], "{p:?}");
}

#[test]
fn exercises_talked_of_are_no_exercise_held() {
    for text in [
        "date 2024-10-15\nNEW DELHI, Oct 15 - Defence Minister Rajnath Singh met French Minister Sébastien Lecornu. The talks covered industrial collaboration, maritime cooperation and joint exercises between the three services.",
        "date 2025-07-16\nCANBERRA, July 16 - Australia and Indonesia held their 2+2. Ministers discussed the new agreement's implementation, including more frequent joint exercises.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, "material_cooperation").is_empty(), "{:?}", r.events);
    }
    let r = extract("date 2024-11-12\nJODHPUR, Nov 12 - Soldiers from India and France began the joint exercises on Monday.");
    assert_eq!(
        of_kind(&r, "material_cooperation").len(),
        1,
        "{:?}",
        r.events
    );
}

#[test]
fn a_combined_exercise_once_and_its_days_told_after_no_second() {
    let r = extract("date 2024-03-04\nSEOUL, March 4 - The Republic of Korea and the United States began Freedom Shield 24 (FS 24), their annual combined exercise, on Monday. The exercise runs through March 14 at locations across the country.");
    let ex = of_kind(&r, "material_cooperation");
    assert_eq!(ex.len(), 1, "{:?}", r.events);
    assert_eq!(ex[0].countries, vec!["KOR", "USA"]);
    assert!(ex[0].participants.is_empty(), "{:?}", ex[0].participants);
}

#[test]
fn a_signing_whose_sentence_says_including_is_no_company_deal() {
    // " inc" of "including" is not "Inc."; the document after "including"
    // is one of those counted
    let r = extract(
        "date 2024-01-31\nHANOI, Jan 31 (Wire) - Vietnam and the Philippines signed two memoranda of understanding on Tuesday, including an agreement between their coast guards on incidents at sea.",
    );
    assert_eq!(of_kind(&r, "agreement").len(), 2, "{:?}", r.events);
}

#[test]
fn a_document_described_by_its_earlier_signing_or_a_law_is_no_agreement() {
    for text in [
        "date 2025-03-25\nDOHA, March 25 (Wire) - We are working with Egypt and the United States to bring the parties back to the ceasefire agreement that was signed in January.",
        "date 2024-11-11\nBEIJING, Nov 11 (Wire) - On the same day the act was signed, the Foreign Ministry of China summoned the Philippine Ambassador.",
        "date 2025-04-08\nBUENOS AIRES, April 8 (Wire) - Separately, Brazil's state-controlled Petrobras and Argentina's YPF signed a commercial agreement on gas swaps on Tuesday.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, "agreement").is_empty(), "{text}: {:?}", r.events);
    }
}
