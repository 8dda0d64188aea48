//! Friction: criticism, condemnation, summons, expulsions, sanctions,
//! threats and coercion, with their direction.

use super::*;

#[test]
fn friction_has_direction_and_one_act_per_target() {
    let r = extract("date 2024-08-20\nWARSAW, Aug 20 (Wire) - Russia's charge d'affaires was summoned to the foreign ministry in Warsaw on Monday by Poland.");
    let p = find(&r, "protest");
    assert_eq!(
        (p.source.as_deref(), p.target.as_deref()),
        (Some("POL"), Some("RUS"))
    );
    let r =
        extract("date 2025-03-14\nLithuania summoned the envoys of Russia and Belarus on Friday.");
    let targets: Vec<_> = r
        .events
        .iter()
        .filter(|e| e.kind == "protest")
        .filter_map(|e| e.target.clone())
        .collect();
    assert_eq!(targets, vec!["RUS", "BLR"]);
    let r = extract(
        "date 2025-03-03\nIndia strongly condemned the terrorist attack in Mogadishu on Sunday.",
    );
    assert!(
        r.events.is_empty(),
        "condemning an attack is no interstate event: {:?}",
        kinds(&r)
    );
}

#[test]
fn joint_appeals_and_sanctions_name_their_target() {
    let r = extract("date 2024-08-26\nCAIRO, Aug 26 (Wire) - Egypt and Qatar on Monday jointly called on Israel to open the crossings.");
    let a = find(&r, "appeal");
    assert_eq!(
        (a.source.as_deref(), a.target.as_deref()),
        (None, Some("ISR"))
    );
    assert_eq!(a.countries, vec!["EGY", "ISR", "QAT"]);
    let r = extract(
        "date 2024-05-03\nWASHINGTON, May 3 - The United States on Wednesday imposed sanctions on companies based in China for helping Russia.",
    );
    let s = find(&r, "reduce_relations");
    assert_eq!(
        (s.source.as_deref(), s.target.as_deref()),
        (Some("USA"), Some("CHN"))
    );
    assert_eq!(s.cameo, "163");
}

#[test]
fn noun_phrase_attacks_take_their_source_from_the_phrase() {
    let r = extract(
        "date 2025-03-11\nWARSAW, March 11 (Wire) - Poland summoned Belarus's charge d'affaires on Tuesday after a Belarusian drone attack on a Polish border post.\n\n\
         The ministers met as Russia keeps up its drone and missile attacks on Ukrainian towns.",
    );
    let fight = find(&r, "fight");
    assert_eq!(
        (fight.source.as_deref(), fight.target.as_deref()),
        (Some("BLR"), Some("POL"))
    );
    // no state in the phrase: no act
    assert_eq!(of_kind(&r, "fight").len(), 1);
}

#[test]
fn sanctions_adopted_or_listed() {
    let r = extract(
        "date 2025-03-18\nBRUSSELS, March 18 (Wire) - The European Union adopted a new package of sanctions against Iran on Monday.\n\n\
         Canada added four Iranian officials to its sanctions list the same day.",
    );
    let mut pairs: Vec<(Option<&str>, Option<&str>)> = r
        .events
        .iter()
        .filter(|e| e.cameo == "163")
        .map(|e| (e.source.as_deref(), e.target.as_deref()))
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        vec![(Some("CAN"), Some("IRN")), (Some("EUR"), Some("IRN"))]
    );
}

#[test]
fn announced_retaliation_is_a_threat() {
    let r = extract(
        "date 2024-05-03\nMOSCOW, May 3 (Wire) - Estonia expelled a Russian diplomat on Thursday.\n\n\
         Foreign ministry spokeswoman Maria Zakharova said Russia would respond to Tallinn's step in kind.",
    );
    let t = find(&r, "threat");
    assert_eq!(
        (t.source.as_deref(), t.target.as_deref()),
        (Some("RUS"), Some("EST"))
    );
    // a plan to answer a letter is no threat: nothing hostile is announced
    let r = extract(
        "date 2024-05-03\nThe ministry said it would reply to the Estonian note next week.",
    );
    assert!(r.events.iter().all(|e| e.kind != "threat"));
}

#[test]
fn friction_phrasings() {
    for (body, kind) in [
        (
            "Poland's foreign ministry called in Russia's charge d'affaires on Tuesday.",
            "protest",
        ),
        (
            "Poland handed a protest note to the Russian embassy on Tuesday.",
            "protest",
        ),
        (
            "Poland recalled its ambassador from Moscow on Tuesday.",
            "reduce_relations",
        ),
    ] {
        let r = extract(&format!(
            "date 2025-03-12\nWARSAW, March 12 (Wire) - {body}"
        ));
        let e = find(&r, kind);
        assert_eq!(
            (e.source.as_deref(), e.target.as_deref()),
            (Some("POL"), Some("RUS")),
            "{body}"
        );
    }
    // recalling an earlier meeting is still background
    let r =
        extract("date 2025-03-12\nThe minister recalled the meeting of Poland and Russia in 2019.");
    assert!(r.events.is_empty());
}

#[test]
fn an_envoy_named_after_a_summons_is_of_the_summoned_state() {
    for (text, state) in [
        (
            "date 2024-06-04\nWARSAW, June 4 (Wire) - Poland summoned Belarus's ambassador on Monday over repeated airspace violations.\n\nAmbassador Pavel Dronov was handed a protest note at the foreign ministry, officials said.",
            "BLR",
        ),
        (
            "date 2023-03-02\nTHE HAGUE, March 2 (Wire) - The Dutch foreign ministry called in the Iranian envoy on Wednesday.\n\nEnvoy Reza Kamali was told that the arrests were unacceptable, the ministry said.",
            "IRN",
        ),
    ] {
        let r = extract(text);
        let e = find(&r, "protest");
        let p = e
            .participants
            .iter()
            .find(|p| p.country.as_deref() == Some(state))
            .unwrap_or_else(|| panic!("{text}: {:?}", e.participants));
        assert!(
            matches!(p.title.as_deref(), Some("Ambassador" | "Envoy")),
            "{p:?}"
        );
    }
}

#[test]
fn the_cause_of_a_summons_is_no_second_act() {
    let r = extract("date 2025-03-04\nRussia's foreign ministry summoned Japan's ambassador on Tuesday over new sanctions.");
    assert_eq!(kinds(&r), vec!["protest"]);
}

#[test]
fn the_people_a_criticism_is_aimed_at_are_no_participants() {
    let r = extract("date 2024-04-16\nSEOUL, April 16 (Wire) - North Korea's defence ministry on Tuesday condemned remarks by South Korean Defence Minister Shin Won-sik as reckless.");
    let e = find(&r, "criticism");
    assert_eq!(e.source.as_deref(), Some("PRK"), "{e:?}");
    assert!(!names(e).contains(&"Shin Won-sik"), "{e:?}");
}

#[test]
fn a_charge_d_affaires_summoned_takes_part() {
    let r = extract("date 2024-10-15\nNEW DELHI, Oct 15 (Wire) - India's foreign ministry summoned Canada's charge d'affaires, Stewart Wheeler, on Monday evening.");
    let p = find(&r, "protest");
    assert_eq!(names(p), vec!["Stewart Wheeler"], "{p:?}");
    assert_eq!(p.participants[0].country.as_deref(), Some("CAN"), "{p:?}");
}

#[test]
fn expulsions_in_the_words_of_notes_and_recalls_of_named_envoys() {
    for text in [
        "date 2024-08-08\nBRASILIA, Aug 8 - The Brazilian Government today notified the Ambassador of Nicaragua in Brasilia that she must leave Brazilian territory.",
        "date 2024-08-08\nNEW DELHI, Aug 8 - India on Thursday asked a senior Canadian diplomat to leave the country within five days.",
        "date 2024-08-08\nMANAGUA, Aug 8 - The Government of Nicaragua withdrew its approval of the Ambassador of Brazil on Wednesday.",
        "date 2024-05-06\nBERLIN, May 6 - Foreign Minister Annalena Baerbock has today recalled the German Ambassador to the Russian Federation to Berlin for consultations.",
    ] {
        let r = extract(text);
        assert_eq!(kinds(&r), vec!["reduce_relations"], "{text}");
    }
}

#[test]
fn acts_on_something_told_before_are_aimed_where_the_lead_act_was() {
    let r = extract("date 2024-08-14\nAMMAN, Aug 13 - Jordan on Tuesday condemned a visit by Israel's National Security Minister to the Al-Aqsa compound. Saudi Arabia's Foreign Ministry also denounced the visit. Egypt's foreign ministry criticised the move on Tuesday evening.");
    let crit = of_kind(&r, "criticism");
    assert_eq!(crit.len(), 3, "{:?}", kinds(&r));
    for c in crit {
        assert_eq!(c.target.as_deref(), Some("ISR"), "{c:?}");
    }
    // with no act before it to answer, no event
    let r = extract("date 2024-08-14\nCAIRO, Aug 13 - Egypt's foreign ministry criticised the move on Tuesday evening.");
    assert!(r.events.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn sanctions_aim_at_the_first_states_listed_and_the_council_is_the_eu_s() {
    let r = extract("date 2024-10-14\nCouncil of the European Union\nPress release\n\nThe Council today adopted restrictive measures against seven individuals in view of Iran's military support to Russia's war of aggression against Ukraine.");
    let e = find(&r, "reduce_relations");
    assert_eq!(
        (e.source.as_deref(), e.target.as_deref()),
        (Some("EUR"), Some("IRN")),
        "{e:?}"
    );
    assert_eq!(of_kind(&r, "reduce_relations").len(), 1, "{:?}", kinds(&r));
    // the list is the acting side's, what is added its target
    let r = extract("date 2025-03-17\nBRUSSELS, March 17 - The package also adds eight Belarusian defence companies to the EU's asset-freeze list for supplying parts used in Russian drones.");
    let e = find(&r, "reduce_relations");
    assert_eq!(
        (e.source.as_deref(), e.target.as_deref()),
        (Some("EUR"), Some("BLR")),
        "{e:?}"
    );
}

#[test]
fn decisions_against_the_other_side_and_meetings_of_that_december() {
    // "decided to withdraw" is no pledge to cooperate
    let r = extract("date 2024-10-15\nNEW DELHI, Oct 14 - India summoned Canada's charge d'affaires on Monday. Shortly afterwards it said it had decided to withdraw its High Commissioner from Ottawa.");
    assert!(
        of_kind(&r, "intent_to_cooperate").is_empty(),
        "{:?}",
        kinds(&r)
    );
    // "met that December": an earlier time the report recalls
    let r = extract("date 2025-03-03\nGEORGETOWN, March 3 - Guyana protested on Monday after a Venezuelan patrol boat entered its waters. The two presidents met that December in St. Vincent and pledged not to use force.");
    assert!(of_kind(&r, "meeting").is_empty(), "{:?}", kinds(&r));
}

#[test]
fn a_state_s_own_council_and_blame_on_armed_groups_are_no_events() {
    let r = extract("date 2024-01-09\nNAIROBI, Jan 9 - Militants attacked a police camp near the border with Somalia. President William Ruto chaired a meeting of the cabinet at State House on Tuesday, which reviewed the security situation.");
    assert!(
        of_kind(&r, "meeting").is_empty() && of_kind(&r, "consultation").is_empty(),
        "{:?}",
        kinds(&r)
    );
    let r = extract("date 2025-03-22\nNIAMEY, March 22 - Gunmen stormed a mosque near the borders with Mali and Burkina Faso, according to Niger's Interior Ministry, which blamed the Islamic State in the Greater Sahara.");
    assert!(of_kind(&r, "criticism").is_empty(), "{:?}", kinds(&r));
    // a joint council of two states' ministers stays a meeting
    let r = extract("date 2023-10-10\nHAMBURG, Oct 10 - Chancellor Olaf Scholz and President Emmanuel Macron held talks at the Franco-German Council of Ministers in Hamburg on Tuesday.");
    assert!(!r.events.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn charges_against_people_and_figures_of_speech_are_no_criticism() {
    for text in [
        "date 2025-11-18\nMexico on Tuesday handed over 17 people accused of drug trafficking to the United States.",
        "date 2025-03-12\nEstonia declared a Russian diplomat persona non grata, accusing him of helping to organise activities against the state.",
        "date 2025-03-10\n\"Brazil and Argentina are condemned to get along,\" Brazil's Foreign Minister Mauro Vieira said in Buenos Aires.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, "criticism").is_empty(), "{text}: {:?}", r.events);
    }
    // a directed act is between its source and its target only
    let r = extract(
        "date 2024-04-16\nNorth Korea warned the United States on Tuesday and heaped scorn on South Korea's defence minister.",
    );
    for e in &r.events {
        assert_eq!(e.countries.len(), 2, "{:?}", r.events);
    }
}

#[test]
fn breaking_off_relations_and_declaring_several_diplomats_unwelcome() {
    let r = extract(
        "date 2024-04-07\nMexico broke off diplomatic relations with Ecuador on Saturday. Nicaragua went further, announcing on Saturday that it was breaking off diplomatic relations with Ecuador in solidarity with Mexico.",
    );
    let cuts: Vec<(Option<&str>, Option<&str>)> = of_kind(&r, "reduce_relations")
        .iter()
        .map(|e| (e.source.as_deref(), e.target.as_deref()))
        .collect();
    assert_eq!(
        cuts,
        [(Some("MEX"), Some("ECU")), (Some("NIC"), Some("ECU"))],
        "{:?}",
        r.events
    );
    let r = extract(
        "date 2025-05-02\nLithuania's foreign ministry on Wednesday declared one Russian diplomat and one Belarusian diplomat persona non grata.",
    );
    assert_eq!(of_kind(&r, "reduce_relations").len(), 2, "{:?}", r.events);
}

#[test]
fn what_an_appeal_asks_names_no_party() {
    let r = extract(
        "date 2024-10-20\nForeign Ministers Badr Abdelatty of Egypt and Ayman Safadi of Jordan met in Cairo. The two ministers jointly called on Israel to immediately stop its military operations in Gaza and Lebanon and to lift all restrictions.",
    );
    let a = find(&r, "appeal");
    assert_eq!(a.countries, ["EGY", "ISR", "JOR"], "{:?}", r.events);
    assert_eq!(a.target.as_deref(), Some("ISR"));
}

#[test]
fn harassment_at_sea_and_forced_entry_are_coercion_by_the_clause_subject() {
    for (text, src, tgt) in [
        ("date 2025-10-02\nMANILA, Oct 2 (Agency) - The Philippines lodged a diplomatic protest with China on Thursday after a Chinese coast guard ship fired its water cannon at a Philippine fisheries vessel near Scarborough Shoal.", "CHN", "PHL"),
        ("date 2025-06-04\nMANILA, June 4 (Agency) - The Philippines on Tuesday summoned China's envoy over an incident in which Chinese coast guard ships used water cannon against a Philippine supply boat.", "CHN", "PHL"),
        ("date 2024-04-06\nMEXICO CITY, April 6 (Agency) - Mexico broke off relations with Ecuador after Ecuadorian police forced their way into the Mexican embassy in Quito on Friday night.", "ECU", "MEX"),
        ("date 2025-03-20\nHANOI, March 20 (Agency) - Vietnam protested on Thursday after a Chinese vessel rammed a Vietnamese fishing boat near the Paracel Islands.", "CHN", "VNM"),
    ] {
        let r = extract(text);
        let c = find(&r, "coercion");
        assert_eq!((c.source.as_deref(), c.target.as_deref()), (Some(src), Some(tgt)), "{text}");
    }
    // the protest itself stays the protester's
    let r = extract("date 2025-10-02\nMANILA, Oct 2 (Agency) - The Philippines lodged a diplomatic protest with China on Thursday after a Chinese coast guard ship fired water cannon at a Philippine vessel.");
    assert_eq!(find(&r, "protest").source.as_deref(), Some("PHL"));
}

#[test]
fn a_threat_answering_an_act_is_aimed_at_its_doer() {
    let text = "date 2025-10-16\nLatvia expelled three Russian diplomats on Tuesday.\nRussia's foreign ministry spokeswoman Maria Zakharova told her weekly briefing on Wednesday that the expulsions were hostile. \"This hostile step will not go unanswered,\" she said.";
    let r = extract(text);
    let t = find(&r, "threat");
    assert_eq!(
        (t.source.as_deref(), t.target.as_deref()),
        (Some("RUS"), Some("LVA"))
    );
}

#[test]
fn criticism_in_the_present_of_a_statement_or_an_answer() {
    // a quoted statement: the doer, not the one it was done against
    let r = extract("date 2025-06-03\nIn Washington, State Department spokesperson Tammy Bruce spoke late on Monday. \"The United States condemns the dangerous actions of the People's Republic of China against a lawful Philippine maritime operation,\" she said in a statement.");
    let c = of_kind(&r, "criticism");
    assert_eq!(
        c.len(),
        1,
        "{:?}",
        c.iter().map(|e| &e.countries).collect::<Vec<_>>()
    );
    assert_eq!(
        (c[0].source.as_deref(), c[0].target.as_deref()),
        (Some("USA"), Some("CHN"))
    );
    // a transcript's answer: aimed at the state the question was about
    let text = "date 2024-07-12\nForeign Ministry Spokesperson Lin Jian's Regular Press Conference on July 12, 2024\n\nLin Jian: Yesterday Foreign Minister Wang Yi had a phone call with Chilean Foreign Minister Alberto van Klaveren.\n\nKyodo News: Japan's government released its annual defense white paper today. What's your comment?\n\nLin Jian: The white paper smears China's normal defense development. China deplores and firmly opposes this.";
    let r = extract(text);
    let c = find(&r, "criticism");
    assert_eq!(
        (c.source.as_deref(), c.target.as_deref()),
        (Some("CHN"), Some("JPN"))
    );
    assert!(names(c).contains(&"Lin Jian"), "{:?}", names(c));
    // condemning an attack in the strongest terms is still no act between states
    let r = extract("date 2025-07-10\n\"South Africa condemns in the strongest terms the senseless attack on civilians in the Tillaberi region of Niger,\" the department said on Wednesday.");
    assert!(r.events.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn a_participle_describing_a_detainee_is_no_arrest() {
    for text in [
        "date 2025-03-28\nAsked about reports of an Indian national detained in Kuwait, the spokesperson said the embassy was in touch.",
        "date 2023-11-07\nAlbanese said he had raised the case of detained Australian writer Yang Hengjun with Chinese Premier Li Qiang.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, "coercion").is_empty(), "{text}: {:?}", kinds(&r));
    }
    let r = extract("date 2025-09-09\nTOKYO, Sept 9 (Agency) - The Japan Coast Guard arrested the captain of a Chinese fishing boat on Saturday.");
    assert_eq!(of_kind(&r, "coercion").len(), 1);
}

#[test]
fn relations_broken_off_in_the_perfect_and_threats_in_a_participle() {
    let r = extract("date 2025-01-27\nKINSHASA, Jan 27 (Agency) - The Democratic Republic of Congo has broken off diplomatic relations with Rwanda, accusing its neighbour of sending troops.");
    let e = find(&r, "reduce_relations");
    assert_eq!(
        (e.source.as_deref(), e.target.as_deref()),
        (Some("COD"), Some("RWA"))
    );
    let r = extract("date 2025-01-27\nBOGOTA, Jan 27 (Agency) - Colombian President Gustavo Petro struck a defiant tone, threatening to raise duties on U.S. goods by 25% in return.");
    let t = find(&r, "threat");
    assert_eq!(
        (t.source.as_deref(), t.target.as_deref()),
        (Some("COL"), Some("USA"))
    );
}

#[test]
fn relief_flown_asylum_granted_and_present_appeals() {
    let r = extract("date 2024-05-28\nAustralia announced an initial A$2.5 million in humanitarian assistance for Papua New Guinea on Monday, and an Australian Defence Force aircraft flew relief supplies into Port Moresby the same day.");
    let a = find(&r, "aid");
    assert_eq!(
        (a.source.as_deref(), a.target.as_deref()),
        (Some("AUS"), Some("PNG"))
    );
    let r = extract("date 2024-04-06\nMEXICO CITY, April 6 (Agency) - The Mexican government had granted political asylum to Ecuador's former vice president Jorge Glas earlier on Friday.");
    assert_eq!(find(&r, "aid").cameo, "075");
    let r = extract("date 2025-10-20\nThe European Union once again urges Iran to immediately cease its military support to Russia.");
    let p = find(&r, "appeal");
    assert_eq!(
        (p.source.as_deref(), p.target.as_deref()),
        (Some("EUR"), Some("IRN"))
    );
}

#[test]
fn the_cause_of_a_measure_names_no_further_target() {
    for text in [
        "date 2024-07-31\nRABAT, July 31 (Wire) - Morocco has recalled its ambassador to Sweden in protest at Stockholm's decision to allow a rally outside the Iranian embassy.",
        "date 2024-07-31\nVILNIUS, July 31 (Wire) - Lithuania expelled a Russian diplomat in retaliation for the closure of its consulate, the ministry said, citing Belarus's role in the border crisis.",
        "date 2024-07-31\nWARSAW, July 31 (Wire) - Poland closed the Russian consulate in Krakow because of sabotage attacks it blames on Moscow and Minsk.",
    ] {
        let r = extract(text);
        let e = find(&r, "reduce_relations");
        assert_eq!(r.events.iter().filter(|e| e.kind == "reduce_relations").count(), 1, "{:?}", r.events);
        assert_eq!(e.countries.len(), 2, "{:?}", e.countries);
    }
}

#[test]
fn an_envoy_called_back_for_consultations_is_recalled() {
    for (text, pair) in [
        ("date 2025-06-12\nBERLIN, June 12 - The Foreign Office summoned the Russian ambassador on Thursday. In addition, the German Ambassador in Moscow has been called back to Berlin for consultations for a week.", ["DEU", "RUS"]),
        ("date 2025-06-12\nTHE HAGUE, June 12 - The Dutch ambassador to Turkey was recalled for consultations on Thursday after the row over the rally.", ["NLD", "TUR"]),
    ] {
        let r = extract(text);
        let e = find(&r, "reduce_relations");
        assert_eq!(e.countries, pair.to_vec(), "{:?}", r.events);
    }
}

#[test]
fn restrictive_measures_and_designations_are_sanctions() {
    for (text, pair) in [
        ("date 2025-06-23\nBRUSSELS, June 23 - The Council of the EU today imposed restrictive measures on 16 more individuals in view of the Belarusian regime's repression of civil society.", ["BLR", "EUR"]),
        ("date 2024-07-02\nWASHINGTON, July 2 - Today the Department of State and the Department of the Treasury are designating six entities based in Iran that procure drone components.", ["IRN", "USA"]),
        ("date 2024-07-02\nLONDON, July 2 - The United Kingdom has extended its restrictive measures against Russia for another year.", ["GBR", "RUS"]),
    ] {
        let r = extract(text);
        let e = find(&r, "reduce_relations");
        assert_eq!(e.countries, pair.to_vec(), "{:?}", r.events);
        assert_eq!(e.cameo, "163");
    }
}

#[test]
fn the_ministers_of_a_joint_statement_condemn_together() {
    for (text, target) in [
        ("date 2024-07-08\nMANILA, July 8 - Japan and the Philippines held their first 2+2 in Manila on Monday. The Ministers strongly condemned North Korea's continued missile launches and its arms transfers to Russia.", "PRK"),
        ("date 2024-02-01\nMELBOURNE, Feb 1 - Australia and New Zealand held their annual ministerial talks in Melbourne. 4. Ministers called on Russia to withdraw its forces from Ukraine immediately.", "RUS"),
    ] {
        let r = extract(text);
        let e = r
            .events
            .iter()
            .find(|e| e.kind == "criticism" || e.kind == "appeal")
            .unwrap_or_else(|| panic!("{:?}", r.events));
        assert_eq!(e.source, None, "{e:?}");
        assert_eq!(e.target.as_deref(), Some(target), "{e:?}");
        assert_eq!(e.countries.len(), 3, "{:?}", e.countries);
    }
    // the people of the talks where they said it made it
    let r = extract("date 2024-07-08\nMANILA, July 8 - Foreign Secretary Enrique Manalo met Foreign Minister Yoko Kamikawa in Manila on Monday. The Ministers strongly condemned North Korea's continued missile launches.");
    let e = find(&r, "criticism");
    assert!(names(e).contains(&"Yoko Kamikawa"), "{:?}", names(e));
}

#[test]
fn a_vessel_hit_by_water_cannon_suffers_coercion() {
    let r = extract("date 2024-10-15\nMANILA, Oct 15 - The Philippines summoned a Chinese diplomat on Monday over the incident near the shoal.\n\nThe Philippine patrol boat was hit twice by a water cannon on Sunday morning while escorting fishing boats, the coast guard said.");
    let c = find(&r, "coercion");
    assert_eq!(
        (c.source.as_deref(), c.target.as_deref()),
        (Some("CHN"), Some("PHL")),
        "{c:?}"
    );
    assert_eq!(c.date.as_deref(), Some("2024-10-13"));
}

#[test]
fn the_accused_is_a_person_charged_not_an_accusation() {
    let r = extract("date 2025-09-11\nNEW DELHI, Sept 11 - On the attack on the Indian student in Auckland, we understand that the accused has been taken into custody and charged by the New Zealand police.");
    assert!(of_kind(&r, "criticism").is_empty(), "{:?}", r.events);
}

#[test]
fn a_campaign_by_a_states_unit_against_others_is_aimed_at_that_state() {
    let r = extract("date 2024-05-03\nBRUSSELS, May 3 - The European Union strongly condemned the malicious cyber campaign conducted by APT28 against Germany and Czechia, the High Representative said on Friday.");
    let c = find(&r, "criticism");
    assert_eq!(
        (c.source.as_deref(), c.target.as_deref()),
        (Some("EUR"), Some("RUS")),
        "{:?}",
        r.events
    );
    assert_eq!(of_kind(&r, "criticism").len(), 1, "{:?}", r.events);
}

#[test]
fn stern_representations_and_an_envoy_called_in_are_protests() {
    for (text, pair) in [
        ("date 2025-07-18\nBEIJING, July 18 - Spokesperson Mao Ning said China has lodged stern representations with the EU over the listing of Chinese companies.", ("CHN", "EUR")),
        ("date 2025-01-17\nNEW DELHI, Jan 17 - On Monday, the Deputy High Commissioner of Bangladesh was called in at South Block over remarks on the border fence.", ("IND", "BGD")),
    ] {
        let r = extract(text);
        let p = find(&r, "protest");
        assert_eq!((p.source.as_deref(), p.target.as_deref()), (Some(pair.0), Some(pair.1)), "{:?}", r.events);
    }
}

#[test]
fn retaliation_vowed_or_promised_in_a_quotation_ending_a_clause() {
    for text in [
        "date 2025-06-03\nTALLINN, June 3 - Estonia expelled a Russian diplomat on Monday. Maria Zakharova told her weekly briefing that the expulsion was \"a hostile step that will not go unanswered.\"",
        "date 2025-06-03\nLONDON, June 3 - Britain expelled Russia's defence attaché on Monday. Russia vowed on Tuesday to retaliate.",
        "date 2025-06-03\nTALLINN, June 3 - Estonia expelled a Russian diplomat on Monday. Foreign ministry spokeswoman Maria Zakharova said the expulsion would \"not remain without a response\".",
    ] {
        let r = extract(text);
        let t = find(&r, "threat");
        assert_eq!(t.source.as_deref(), Some("RUS"), "{:?}", r.events);
    }
}

#[test]
fn a_call_reiterated_is_an_appeal() {
    let r = extract("date 2024-10-14\nLUXEMBOURG, Oct 14 - The EU adopted new sanctions on Monday. The EU reiterates its call on Iran to immediately stop all military support to Russia.");
    let a = find(&r, "appeal");
    assert_eq!(
        (a.source.as_deref(), a.target.as_deref()),
        (Some("EUR"), Some("IRN")),
        "{a:?}"
    );
}

#[test]
fn exports_or_imports_suspended_are_sanctions() {
    for (text, pair) in [
        ("date 2023-10-15\nJERUSALEM, Oct 15 - Israel has suspended security exports to Colombia, its foreign ministry announced on Sunday.", ("ISR", "COL")),
        ("date 2023-08-24\nBEIJING, Aug 24 - China on Thursday halted all imports of seafood from Japan.", ("CHN", "JPN")),
    ] {
        let r = extract(text);
        let e = find(&r, "reduce_relations");
        assert_eq!((e.source.as_deref(), e.target.as_deref()), (Some(pair.0), Some(pair.1)), "{e:?}");
    }
}

#[test]
fn terms_accepted_and_tariffs_paused_are_concessions() {
    for (text, src) in [
        ("date 2025-01-27\nBOGOTA, Jan 27 - Colombia accepted all of the United States' terms on deportation flights late on Sunday.", "COL"),
        ("date 2025-02-04\nWASHINGTON, Feb 4 - The United States paused the planned tariffs on Mexico for a month after a call on Monday.", "USA"),
    ] {
        let r = extract(text);
        let c = find(&r, "concession");
        assert_eq!(c.source.as_deref(), Some(src), "{c:?}");
    }
}

#[test]
fn withdrawing_diplomats_from_a_list_of_states_is_one_act_per_state() {
    // "from X" names a party, not where the act was
    for text in [
        "date 2024-07-30\nMANAGUA, July 30 (Wire) - Nicaragua said on Tuesday it was withdrawing its entire diplomatic staff from Brazil, Chile and Colombia.",
        "date 2024-07-30\nMANAGUA, July 30 (Wire) - Nicaragua pulled its diplomats from Brazil, Chile and Colombia on Tuesday after a dispute over the election.",
    ] {
        let r = extract(text);
        let mut targets: Vec<&str> = of_kind(&r, "reduce_relations")
            .iter()
            .filter_map(|e| e.target.as_deref())
            .collect();
        targets.sort();
        assert_eq!(targets, vec!["BRA", "CHL", "COL"], "{text}");
        for e in of_kind(&r, "reduce_relations") {
            assert_eq!(e.source.as_deref(), Some("NIC"));
            assert!(e.place.as_ref().is_none_or(|p| p.name != "Brazil"), "{:?}", e.place);
        }
    }
}

#[test]
fn they_after_the_ministers_of_a_joint_statement_are_both_sides() {
    let r = extract(
        "date 2024-02-01\nJoint Statement\n\n\
         1. The Foreign Ministers of Chile and Argentina met in Buenos Aires today.\n\n\
         2. Ministers condemned the attacks on merchant shipping in the Red Sea. They called on Iran to stop arming the groups behind them.",
    );
    let a = find(&r, "appeal");
    assert_eq!(a.countries, vec!["ARG", "CHL", "IRN"]);
    assert_eq!(a.source, None);
    assert_eq!(a.target.as_deref(), Some("IRN"));
}

#[test]
fn a_verb_joined_by_and_shares_the_subject_of_the_verb_before() {
    // "summoned X's ambassador and lodged a protest": one protest, the
    // summoner's, not a second one by the ambassador's state
    for text in [
        "date 2025-11-11\nTOKYO, Nov 11 (Wire) - On Monday, Japan's foreign ministry summoned Chinese Ambassador Wu Jianghao and lodged a strong protest over the post.",
        "date 2025-11-11\nSEOUL, Nov 11 (Wire) - South Korea summoned the Japanese ambassador on Monday and lodged a protest over the white paper.",
    ] {
        let r = extract(text);
        let protests = of_kind(&r, "protest");
        assert_eq!(protests.len(), 1, "{text}: {:?}", r.events);
        assert_ne!(protests[0].source, protests[0].target);
        assert!(matches!(protests[0].source.as_deref(), Some("JPN" | "KOR")), "{:?}", protests[0]);
    }
    // the ministry with no state of its own: the state the envoy is posted to
    let r = extract(
        "date 2024-11-09\nLin Jian: On November 8, the Foreign Ministry summoned Philippine Ambassador to China Jaime FlorCruz and lodged strong protests.",
    );
    let p = find(&r, "protest");
    assert_eq!(
        (p.source.as_deref(), p.target.as_deref()),
        (Some("CHN"), Some("PHL"))
    );
}

#[test]
fn an_act_days_before_the_main_clause_takes_the_day_told_elsewhere() {
    // "days after Tokyo had called in China's envoy": not the day of the
    // main clause; the same summons told later with its day is one event
    let r = extract(
        "date 2025-11-14\nBEIJING, Nov 14 (Wire) - China summoned Japan's ambassador on Thursday, days after Tokyo had called in China's envoy over a post by a Chinese diplomat.\n\n\
         On Monday, Japan's foreign ministry summoned Chinese Ambassador Wu Jianghao and lodged a protest over the post.",
    );
    let by_japan: Vec<_> = of_kind(&r, "protest")
        .into_iter()
        .filter(|e| e.source.as_deref() == Some("JPN"))
        .collect();
    assert_eq!(by_japan.len(), 1, "{:?}", r.events);
    assert_eq!(by_japan[0].date.as_deref(), Some("2025-11-10"));
}

#[test]
fn bodies_that_likewise_condemn_what_was_told_each_act_on_its_doer() {
    // "the campaign": the act told before; the states stood by ("solidarity
    // with X") are no targets; "On the same day": the day told before
    let r = extract(
        "date 2024-05-06\nThe government said on Friday that a cyber campaign against German targets was carried out by a unit of Russia's military intelligence. \
         On the same day, the Russian chargé d'affaires was summoned to the Federal Foreign Office.\n\n\
         The North Atlantic Council and the European Union likewise condemned the campaign on Friday in statements expressing solidarity with Germany.",
    );
    let mut crit: Vec<(String, String)> = of_kind(&r, "criticism")
        .iter()
        .map(|e| {
            (
                e.source.clone().unwrap_or_default(),
                e.target.clone().unwrap_or_default(),
            )
        })
        .collect();
    crit.sort();
    assert!(
        crit.contains(&("EUR".into(), "RUS".into())),
        "{:?}",
        r.events
    );
    assert!(
        crit.contains(&("NAT".into(), "RUS".into())),
        "{:?}",
        r.events
    );
    assert!(!crit.iter().any(|(_, t)| t == "DEU"), "{crit:?}");
    assert_eq!(find(&r, "protest").date.as_deref(), Some("2024-05-03"));
}

#[test]
fn a_ministry_no_state_is_named_for_is_the_reporting_states() {
    let r = extract(
        "date 2025-03-25\nDoha, Tuesday 25 March 2025\n\nOn Saturday the Ministry issued a statement condemning the Israeli airstrikes on several locations in southern Syria.",
    );
    let c = find(&r, "criticism");
    assert_eq!(
        (c.source.as_deref(), c.target.as_deref()),
        (Some("QAT"), Some("ISR")),
        "{:?}",
        r.events
    );
}

#[test]
fn an_envoy_called_to_the_ministry_and_staff_ordered_to_leave() {
    let r = extract(
        "date 2023-06-06\nHELSINKI, June 6 (Wire) - Finland has ordered nine employees of the Russian embassy in Helsinki to leave the country, the government announced on Tuesday. \
         Russia's ambassador was called to the Ministry for Foreign Affairs in Helsinki that afternoon and handed a note setting out the decision.",
    );
    let e = find(&r, "reduce_relations");
    assert_eq!(
        (e.source.as_deref(), e.target.as_deref()),
        (Some("FIN"), Some("RUS"))
    );
    let p = find(&r, "protest");
    assert_eq!(
        (p.source.as_deref(), p.target.as_deref()),
        (Some("FIN"), Some("RUS"))
    );
}

#[test]
fn condemning_a_cowardly_act_of_violence_by_armed_groups_is_no_criticism() {
    let r = extract(
        "date 2025-05-12\nACCRA, May 12 (Wire) - The Ministry of Foreign Affairs learnt with sorrow of the attack carried out by armed groups on Sunday in northern Burkina Faso. \
         The Government of Ghana condemns this cowardly and senseless act of violence in the strongest possible terms.",
    );
    assert!(of_kind(&r, "criticism").is_empty(), "{:?}", r.events);
}

#[test]
fn we_in_a_joint_statement_are_the_states_it_opened_with() {
    let r = extract(
        "date 2023-08-18\nJoint Statement of the Leaders\n\nWe, Prime Minister Kishida Fumio of Japan, President Yoon Suk Yeol of the Republic of Korea, and President Joseph R. Biden, Jr. of the United States, met today at Camp David.\n\n\
         We condemn the DPRK's unprecedented number of ballistic missile launches.",
    );
    let c = find(&r, "criticism");
    assert_eq!(c.countries, vec!["JPN", "KOR", "PRK", "USA"]);
    assert_eq!(
        (c.source.as_deref(), c.target.as_deref()),
        (None, Some("PRK"))
    );
}
