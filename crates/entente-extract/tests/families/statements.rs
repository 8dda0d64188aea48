//! Statements: quotes and their speakers, before and after the quote,
//! by title, pronoun, post author line or organisation.

use super::*;

#[test]
fn statements_find_their_speakers_before_and_after() {
    let r = extract(
        "date 2025-01-21\nIn a post on X, MEA spokesperson Randhir Jaiswal stated, \"The talks with France were productive and wide-ranging.\"\n\n\
         \"We agreed to meet again in the spring,\" he added.\n\n\
         \"India stands with the people of Sri Lanka in this difficult hour,\" the External Affairs Ministry said in a statement.",
    );
    let s = &r.statements;
    assert_eq!(s.len(), 3);
    assert_eq!(s[0].speaker.as_deref(), Some("Randhir Jaiswal"));
    assert_eq!(s[0].channel.as_deref(), Some("social-media"));
    assert_eq!(s[1].speaker.as_deref(), Some("Randhir Jaiswal"));
    assert_eq!(s[2].speaker, None);
    assert_eq!(s[2].org.as_deref(), Some("Ministry of External Affairs"));
    let r = extract(
        "date 2025-02-20\nHAL Chairman D.K. Sunil described the deal. \"It opens a new chapter in our long association,\" said Mr. Sunil.",
    );
    assert_eq!(r.statements[0].speaker.as_deref(), Some("D. K. Sunil"));
    let r = extract(
        "date 2025-02-20\n\"We want a stable and predictable partnership with the region,\" the spokesperson of the Dutch foreign ministry, \
         Marieke Imaginaire, told reporters.",
    );
    assert_eq!(
        r.statements[0].speaker.as_deref(),
        Some("Marieke Imaginaire")
    );
    assert_eq!(r.statements[0].channel.as_deref(), Some("briefing"));
    let r = extract(
        "date 2025-03-06\nNEW DELHI, March 6 (Wire) - According to the External Affairs Ministry, \"the talks covered trade, defence and the Indo-Pacific.\" \
         \"Both sides agreed to meet again in the autumn,\" the readout said.",
    );
    for s in &r.statements {
        assert_eq!(
            (s.speaker.as_deref(), s.org.as_deref()),
            (None, Some("Ministry of External Affairs")),
            "{s:?}"
        );
    }
}

#[test]
fn statements_of_organisations_named_before() {
    // "the ministry said", "it said", "a ... spokesperson said": the
    // organisation named last before the quotation speaks, KB or not
    let r = extract(
        "date 2025-04-02\nHANOI, April 2 (Wire) - Vietnam's trade ministry on Tuesday objected to the new tariff.\n\n\
         \"The measure is unfair to our exporters and we will respond in kind,\" the ministry said in a statement.\n\n\
         Canberra's Department of Home Affairs answered within hours. \"Our rules apply to every partner alike. \
         Nothing here singles out Vietnam,\" it said.\n\n\
         Sailors of the Royal Australian Navy joined the drill. \"The drill went smoothly from start to end,\" a Navy spokesperson said.",
    );
    let s = &r.statements;
    assert_eq!(s.len(), 3, "{s:?}");
    let orgs: Vec<(Option<&str>, Option<&str>)> = s
        .iter()
        .map(|s| (s.speaker.as_deref(), s.org.as_deref()))
        .collect();
    assert_eq!(
        orgs,
        vec![
            (None, Some("Ministry of Trade")),
            (None, Some("Department of Home Affairs")),
            (None, Some("Royal Australian Navy")),
        ]
    );
    assert_eq!(s[0].country.as_deref(), Some("VNM"));
}

#[test]
fn a_speaker_after_an_opening_phrase_is_the_subject() {
    // "Leaving the ministry, X struck a tone. '...,' she said": the
    // sentence's subject after its opening phrase, in its fullest spelling
    let r = extract(
        "date 2025-05-12\nEnvoy Tiago Okonkwo-Barros met the deputy minister.\n\nAfter the talks in the capital, Okonkwo-Barros sounded upbeat. \
         ‘The two delegations found common ground on the fisheries question,’ she told reporters.\n\n\
         Speaking to the press on Friday, Lindqvist-Oyelaran was blunt. “Nothing has been settled yet,” he said.",
    );
    let speakers: Vec<Option<&str>> = r.statements.iter().map(|s| s.speaker.as_deref()).collect();
    // the second speaker is never named in full: the name as given, not
    // the other person named before
    assert_eq!(
        speakers,
        vec![Some("Tiago Okonkwo-Barros"), Some("Lindqvist-Oyelaran")]
    );
}

#[test]
fn split_quotes_and_straight_single_quotes() {
    let r = extract(
        "date 2024-11-05\nOSLO, Nov 5 (Wire) - Norway and Chile agreed to study a salmon accord.\n\n\
         \"We have narrowed the gaps,\" Foreign Minister Espen Barth Eide said, \"and the rest is a matter of weeks.\"\n\n\
         The opposition leader, Sylvi Listhaug, was unconvinced. 'Nothing in this deal protects the coastal towns,' Listhaug told the Storting.",
    );
    let s = &r.statements;
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(
        s[0].quote,
        "We have narrowed the gaps, and the rest is a matter of weeks."
    );
    assert_eq!(s[0].speaker.as_deref(), Some("Espen Barth Eide"));
    assert_eq!(
        s[1].quote,
        "Nothing in this deal protects the coastal towns,"
    );
    assert_eq!(s[1].speaker.as_deref(), Some("Sylvi Listhaug"));
    // apostrophes are no quotation marks
    let r = extract("date 2024-11-05\nThe ministers' talks went well, the envoy's aide said.");
    assert!(r.statements.is_empty());
}

#[test]
fn subjects_past_titles_pronouns_and_relative_clauses() {
    let r = extract(
        "date 2025-03-02\nVice Admiral Ingrid Sørbø-Kavli, the navy's chief of staff, inspected the frigate. 'The crews are ready,' she said.\n\n\
         Ambassador Tomás Ferreira-Lund met the press at noon. He was brief. \"No date has been set for a new round,\" he said.\n\n\
         Ferreira-Lund, who arrived in the capital last month from the Foreign Ministry, replied on X: \"Thank you for a warm welcome.\"\n\n\
         The minister described the talks as \"substantive\".",
    );
    let who: Vec<Option<&str>> = r.statements.iter().map(|s| s.speaker.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Ingrid Sørbø-Kavli"),
            Some("Tomás Ferreira-Lund"),
            Some("Tomás Ferreira-Lund"),
            // a one-word quote the text calls something is a statement; no
            // minister is named, so no speaker
            None,
        ],
        "{:?}",
        r.statements
    );
    assert_eq!(r.statements[3].quote, "substantive");
}

#[test]
fn speakers_by_state_adjective_surname_and_past_relative_clauses() {
    let pre = "date 2025-03-12\nPARIS, March 12 (Wire) - French Foreign Minister Jean-Noel Barrot met Indian External Affairs Minister S. Jaishankar on Tuesday.\n\n";
    let speaker = |body: &str| {
        let r = extract(&format!("{pre}{body}"));
        r.statements
            .first()
            .map(|s| (s.speaker.clone(), s.org.clone()))
    };
    let who = |n: &str| Some((Some(n.to_string()), None::<String>));
    assert_eq!(
        speaker("\"We are ready to work together,\" the French minister said.").map(|s| s.0),
        who("Jean-Noël Barrot").map(|s| s.0)
    );
    // the relative clause names someone else; the surname alone is the
    // president, the only Macron in office
    for body in [
        "\"India is a friend,\" Macron, who hosted a dinner for Jaishankar, said.",
        "\"India is a friend,\" said Macron, who hosted a dinner for Jaishankar.",
    ] {
        assert_eq!(
            speaker(body).and_then(|s| s.0).as_deref(),
            Some("Emmanuel Macron"),
            "{body}"
        );
    }
    let org = speaker("The Elysee said in a statement: \"India is a friend.\"").unwrap();
    assert_eq!(org.0, None);
    assert!(org.1.is_some());
}

#[test]
fn speakers_after_possessives_figures_of_speech_and_ranks() {
    // "Latvia's X": whose, then who
    assert_eq!(
        speakers("date 2025-03-12\nLithuania's Kęstutis Budrys backed Warsaw. \"We stand with Poland,\" he said."),
        vec![Some("Kęstutis Budrys".to_string())]
    );
    // a state's unnamed-in-the-KB minister, named after the possessive
    assert_eq!(
        speakers("date 2025-02-03\nChile's trade minister, Alberto Lindqvist, spoke to reporters. \"We have a deal,\" he said."),
        vec![Some("Alberto Lindqvist".to_string())]
    );
    // "as X put it"
    assert_eq!(
        speakers("date 2024-07-29\nAs @DrSJaishankar put it this morning, \"the partnership is here to stay.\""),
        vec![Some("Subrahmanyam Jaishankar".to_string())]
    );
    // "accused X of '...'", and a rank before the name
    assert_eq!(
        speakers("date 2025-08-24\nThe navy's spokesperson, Rear Admiral Liang Wenhua, accused Manila of \"stirring up trouble at sea\"."),
        vec![Some("Liang Wenhua".to_string())]
    );
}

#[test]
fn speakers_the_knowledge_base_does_not_know_and_institutions_without_their_state() {
    let r = extract("date 2024-10-16\nNEW DELHI, Oct 16 (Wire) - India and France held defence talks on Tuesday.\n\n\"Co-development is the real test of this partnership,\" said Meera Raghavan, a defence analyst at a New Delhi think tank.\n\n\"It will take years,\" said Tomas Berger of the Institute for Security Studies.");
    let speakers: Vec<Option<&str>> = r.statements.iter().map(|s| s.speaker.as_deref()).collect();
    assert_eq!(speakers, vec![Some("Meera Raghavan"), Some("Tomas Berger")]);
    // the state after an institution's name is the record's country
    let r = extract("date 2025-02-20\nMINSK, Feb 20 (Wire) - Belarus's foreign ministry called the expulsion of its diplomat \"a hostile and unfriendly step\".");
    let s = &r.statements[0];
    assert_eq!(s.speaker, None);
    assert!(
        !s.org.as_deref().unwrap_or("").contains(" of the Republic"),
        "{s:?}"
    );
}

#[test]
fn missions_in_lower_case_and_short_quotes_after_according_to() {
    let r = extract("date 2025-03-04\nNEW DELHI, March 4 (Wire) - India and France held talks on Monday.\n\nIn a statement, the French embassy in New Delhi said: \"France is India's most reliable partner in Europe.\"\n\nAccording to Foreign Secretary Vikram Misri, the talks were \"substantive and forward-looking\".");
    let s = &r.statements;
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].speaker, None, "{s:?}");
    assert!(
        s[0].org
            .as_deref()
            .is_some_and(|o| o.starts_with("Embassy of France")),
        "{s:?}"
    );
    assert_eq!(s[1].speaker.as_deref(), Some("Vikram Misri"), "{s:?}");
}

#[test]
fn a_pronoun_speaks_for_the_person_who_opens_the_sentence_before() {
    for text in [
        "date 2024-04-06\nMEXICO CITY, April 6 - President Andrés Manuel López Obrador broke off relations with Ecuador on Friday. He described the raid as \"a flagrant violation of international law and of our sovereignty\" and said more.",
        "date 2024-04-06\nQUITO, April 6 - The raid shocked the region. Within hours, President Andrés Manuel López Obrador announced a break in relations. \"This is a flagrant violation of international law,\" he wrote.",
    ] {
        assert_eq!(
            speakers(text),
            vec![Some("Andrés Manuel López Obrador".to_string())],
            "{text}"
        );
    }
}

#[test]
fn attributions_after_quotes_pronoun_clauses_and_coordinated_verbs() {
    let said = |text: &str| -> Vec<(Option<String>, Option<String>)> {
        extract(text)
            .statements
            .into_iter()
            .map(|s| (s.speaker, s.org))
            .collect()
    };
    // a sentence that ended inside a quotation: "The ministry said" after it
    let r = said("date 2025-02-09\nAMMAN, Feb 9 - In a statement, the Jordanian Ministry of Foreign Affairs said the kingdom \"firmly rejects these remarks, which serve no one.\" The ministry said the right of return was \"not open to negotiation\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|(s, o)| s.is_none() && o.is_some()), "{r:?}");
    // a clause a pronoun opens, however long, and "expressed"
    let r = said("date 2024-09-04\nBANGKOK, Sept 4 - Thailand has a new foreign minister, Maris Sangiampongsa. He gave no timetable for any trips abroad, saying only that he hoped to meet his counterparts \"as soon as the schedule allows.\"");
    assert_eq!(r[0].0.as_deref(), Some("Maris Sangiampongsa"), "{r:?}");
    let r = said("date 2025-01-12\nDHAKA, Jan 12 - On Sunday, Bangladesh Foreign Secretary Md Jashim Uddin summoned the Indian High Commissioner and expressed \"deep concern\" over the fencing.");
    assert_eq!(r[0].0.as_deref(), Some("Md Jashim Uddin"), "{r:?}");
}

#[test]
fn speakers_after_abbreviated_titles_and_postings() {
    assert_eq!(
        speakers("date 2025-07-11\nKUALA LUMPUR, July 11 - FM Sugiono met Wang Yi on Thursday. \"We want this partnership to bring jobs,\" said FM Sugiono after the meeting."),
        vec![Some("Sugiono".to_string())]
    );
    assert_eq!(
        speakers("date 2024-04-22\nMANILA, April 22 - British Ambassador to the Philippines Laure Beaufils told the cadets that the two navies were \"partners at sea and friends ashore.\""),
        vec![Some("Laure Beaufils".to_string())]
    );
    assert_eq!(
        speakers("date 2024-04-22\nTOKYO, April 22 - Canadian Ambassador to Japan Ian McKay said the allies were \"closer than at any time before.\""),
        vec![Some("Ian McKay".to_string())]
    );
}

#[test]
fn posts_under_their_author_s_line_are_the_author_s() {
    let r = extract("date 2025-06-03\nPosts on X by Foreign Minister Penny Wong, 2-3 June 2025\n\nPenny Wong @SenatorWong · Jun 2, 2025\n“Met @SecRubio in Washington this morning. We discussed critical minerals and the Pacific.”\n\nPenny Wong @SenatorWong · Jun 3, 2025\n“Warm welcome for our Pacific partners in Canberra today. Australia stands with the Pacific family.”");
    assert_eq!(r.statements.len(), 2, "{:?}", r.statements);
    for s in &r.statements {
        assert_eq!(s.speaker.as_deref(), Some("Penny Wong"));
        assert_eq!(s.channel.as_deref(), Some("social-media"));
    }
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["AUS", "USA"], "{m:?}");
}

#[test]
fn a_pronoun_opening_the_subject_and_leaders_joined_by_another() {
    // "On Wednesday, he and President X": he is the one the text is about
    let r = extract("date 2024-04-13\nWASHINGTON, April 13 - Japanese Prime Minister Fumio Kishida began a state visit to the United States on Monday. On Wednesday, he and President Joe Biden held talks at the White House.");
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["JPN", "USA"], "{m:?}");
    assert!(names(m).contains(&"Fumio Kishida"), "{:?}", names(m));
    // "were joined by": one meeting of all three states
    let r = extract("date 2024-04-13\nWASHINGTON, April 13 - On Thursday, Biden and Prime Minister Fumio Kishida were joined at the White House by Philippine President Ferdinand Marcos Jr. for a trilateral summit.");
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["JPN", "PHL", "USA"], "{m:?}");
    // a minister joined by a colleague of the same state is no meeting
    let r = extract("date 2024-04-13\nTOKYO, April 13 - Foreign Minister Yoko Kamikawa was joined by Defence Minister Minoru Kihara at the ceremony.");
    assert!(of_kind(&r, "meeting").is_empty(), "{:?}", kinds(&r));
}

#[test]
fn a_pronoun_after_a_short_opening_phrase_without_a_comma() {
    let r = extract("date 2025-02-21\nCENTRAL ASIA WEEK, Feb 21\n\nKyrgyz Foreign Minister Jeenbek Kulubaev was in Moscow on a working visit on Wednesday and Thursday. On Wednesday he held talks with Russian Foreign Minister Sergei Lavrov.");
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["KGZ", "RUS"], "{m:?}");
}

#[test]
fn a_pronoun_in_a_where_clause_is_named_before_it_or_in_the_sentence_before() {
    // the person named in the sentence, before the clause
    let r = extract("date 2025-02-28\nWEEK IN DIPLOMACY, Feb 28\n\nForeign Minister Yassine Fall visited Rabat on Monday.\n\nASEAN Secretary-General Kao Kim Hourn was in Dili on Thursday, where he met Prime Minister Xanana Gusmao.");
    let m = of_kind(&r, "meeting");
    assert!(
        m.iter().all(|e| !e.countries.contains(&"SEN".to_string())),
        "{m:?}"
    );
    // the person of the sentence before: "where she had held talks"
    let r = extract("date 2024-05-04\nADELAIDE, May 4 - German Foreign Minister Annalena Baerbock condemned the cyberattacks on Friday. \"This cannot go unanswered,\" she told reporters in Adelaide, where she had held talks with Australian Foreign Minister Penny Wong.");
    let m = find(&r, "meeting");
    assert_eq!(m.countries, vec!["AUS", "DEU"], "{m:?}");
}

#[test]
fn the_unnamed_spokesperson_speaks_for_the_organisation_named_with_them() {
    let r = extract("date 2024-07-31\nPARIS, July 31 - A spokesperson for the French foreign ministry said the decision was not directed against anyone. \"France wishes to pursue its relationship with Algeria in a spirit of calm,\" the spokesperson told reporters.");
    let s = &r.statements[0];
    assert_eq!(s.speaker, None);
    assert!(
        s.org
            .as_deref()
            .is_some_and(|o| o.contains("Foreign Affairs")),
        "{s:?}"
    );
}

#[test]
fn him_or_her_after_the_verb_is_the_person_just_spoken_of() {
    for text in [
        "date 2025-09-12\nThe Foreign Minister of Paraguay, Rubén Ramírez Lezcano, is on an official visit to India from 10 to 13 September. Yesterday, External Affairs Minister S. Jaishankar held talks with him in New Delhi.",
        "date 2024-11-15\nGerman Foreign Minister Annalena Baerbock arrived in Warsaw on Thursday. Polish Foreign Minister Radosław Sikorski met her at the ministry.",
    ] {
        let r = extract(text);
        let m = find(&r, "meeting");
        assert_eq!(m.countries.len(), 2, "{text}: {:?}", r.events);
        assert_eq!(names(m).len(), 2, "{text}: {:?}", r.events);
    }
}

#[test]
fn posts_opening_on_an_adverb_and_people_the_kb_lacks() {
    let text = "date 2025-03-12\nMark Rutte (@SecGenNATO), NATO Secretary General:\n\"Just spoke with @ZelenskyyUa. NATO Allies will keep supporting Ukraine.\"\n\nASEAN (@ASEAN):\n\"Secretary-General of ASEAN Dr. Kao Kim Hourn today received H.E. Bendito dos Santos Freitas, Minister of Foreign Affairs and Cooperation of Timor-Leste, at the ASEAN Secretariat in Jakarta.\"\n\nAlso trending: posts ahead of Saturday's video call on Ukraine hosted by UK Prime Minister Keir Starmer.";
    let r = extract(text);
    let call = find(&r, "phone_call");
    assert_eq!(call.countries, vec!["NAT", "UKR"]);
    let ms = of_kind(&r, "meeting");
    assert_eq!(
        ms.len(),
        1,
        "{:?}",
        ms.iter().map(|m| &m.countries).collect::<Vec<_>>()
    );
    assert_eq!(ms[0].countries, vec!["ASN", "TLS"]);
    assert!(
        names(ms[0]).contains(&"Bendito dos Santos Freitas"),
        "{:?}",
        names(ms[0])
    );
}

#[test]
fn speakers_named_by_title_apposition_or_rank() {
    // the bloc's foreign policy chief is the EU's High Representative
    assert_eq!(
        speakers("date 2025-05-21\n\"We will not stay silent while our citizens are held,\" the bloc's foreign policy chief told reporters on Tuesday."),
        vec![Some("Kaja Kallas".to_string())]
    );
    // "the Foreign Minister" is the one named with those words, not the
    // counterpart the title merely fits
    assert_eq!(
        speakers("date 2024-06-04\nFederal Foreign Minister Annalena Baerbock travelled to Warsaw today for talks with her Polish counterpart, Radosław Sikorski.\n\nAhead of her departure, the Foreign Minister said:\n\n\"Poland is one of our closest partners in Europe.\""),
        vec![Some("Annalena Baerbock".to_string())]
    );
    // an unknown name heading its apposition before the verb
    assert_eq!(
        speakers("date 2024-10-16\n\"The China Coast Guard once again chose force,\" Jay Tarriela, the coast guard's spokesperson for the West Philippine Sea, wrote on X."),
        vec![Some("Jay Tarriela".to_string())]
    );
    // a rank before the name
    assert_eq!(
        speakers("date 2024-03-05\n\"Training together is how we stay ready,\" said Gen. Paul LaCamera, Commander of the Combined Forces Command."),
        vec![Some("Paul LaCamera".to_string())]
    );
}

#[test]
fn a_quoted_post_under_a_timed_author_line_is_its_authors() {
    let text = "date 2025-04-08\nSOCIAL MEDIA MONITOR\n\n07:42 - Antonio Tajani (@Antonio_Tajani), Deputy Prime Minister and Foreign Minister of Italy\n\"Cordial phone call this morning with Indian External Affairs Minister @DrSJaishankar.\"\n\n11:03 - Samuel Okudzeto Ablakwa (@S_OkudzetoAblakwa), Minister for Foreign Affairs of Ghana\n\"Held very productive talks with my brother, Nigeria's Foreign Minister @YusufTuggar, in Abuja today.\"";
    let r = extract(text);
    let ms = of_kind(&r, "meeting");
    assert_eq!(ms.len(), 1, "{:?}", kinds(&r));
    assert_eq!(ms[0].countries, vec!["GHA", "NGA"]);
    assert!(
        names(ms[0]).contains(&"Samuel Okudzeto Ablakwa"),
        "{:?}",
        names(ms[0])
    );
}

#[test]
fn a_ministry_named_by_its_portfolio_first_is_named_as_ministries_name_themselves() {
    let r = extract("date 2025-03-10\nMADRID, March 10 - Spain extradited a former officer to Argentina on Monday. \"Cooperation between the two judicial systems has worked,\" the Spanish Interior Ministry said in a statement.");
    let orgs: Vec<Option<&str>> = r.statements.iter().map(|s| s.org.as_deref()).collect();
    assert_eq!(
        orgs,
        vec![Some("Ministry of the Interior")],
        "{:?}",
        r.statements
    );
    // ...and so does one written in lower case
    let r = extract("date 2025-03-10\nMADRID, March 10 - Spain extradited a former officer to Argentina on Monday. \"Cooperation between the two judicial systems has worked,\" the Spanish interior ministry said in a statement.");
    let orgs: Vec<Option<&str>> = r.statements.iter().map(|s| s.org.as_deref()).collect();
    assert_eq!(
        orgs,
        vec![Some("Ministry of the Interior")],
        "{:?}",
        r.statements
    );
}

/// The organisations of a text's statements, in order.
fn orgs(text: &str) -> Vec<Option<String>> {
    extract(text)
        .statements
        .into_iter()
        .map(|s| s.org)
        .collect()
}

/// Each text holds one statement, by the organisation paired with it.
fn assert_orgs(cases: &[(&str, &str)]) {
    for (text, org) in cases {
        assert_eq!(orgs(text), vec![Some(org.to_string())], "{text}");
    }
}

#[test]
fn a_state_that_speaks_speaks_through_its_foreign_ministry() {
    // by its name, its capital, or as the subject of "what it called"
    let cases = [
        (
            "date 2024-06-11\nSEOUL, June 11 (Wire) - South Korea lodged a protest with Japan on Tuesday over what it called \"a baseless claim to our islands\".",
            "Ministry of Foreign Affairs",
        ),
        (
            "date 2024-06-11\nTokyo said on Tuesday that the claim was \"entirely unacceptable and without merit\".",
            "Ministry of Foreign Affairs",
        ),
        (
            "date 2025-03-02\nBRASILIA, March 2 - Brazil said the new tariffs were \"a step backwards for the whole hemisphere\".",
            "Ministry of Foreign Affairs",
        ),
        (
            "date 2025-03-02\nCANBERRA, March 2 - Australia summoned Iran's ambassador to object to what it described as \"an intolerable campaign of intimidation\".",
            "Department of Foreign Affairs and Trade",
        ),
    ];
    assert_orgs(&cases);
    // a person is not a state: a name still speaks for himself
    assert_eq!(
        speakers("date 2025-03-02\nMarta Quintela said the tariffs were \"a step backwards for the region\"."),
        vec![Some("Marta Quintela".to_string())]
    );
}

#[test]
fn a_participle_after_a_comma_shares_the_sentence_subject() {
    let cases = [
        (
            "date 2025-05-04\nThe Chinese embassy in Canberra rejected the report in a post on WeChat, saying Australia had \"chosen confrontation over dialogue\".",
            "Embassy of China in Australia",
        ),
        (
            "date 2025-05-04\nThe Indian Army marked the start of the drill on Monday, calling it \"a milestone in our partnership with Japan\".",
            "Indian Army",
        ),
    ];
    assert_orgs(&cases);
    // the person who opens the sentence, not the one named last in it
    assert_eq!(
        speakers("date 2025-05-04\nSubrahmanyam Jaishankar met Penny Wong in Canberra on Monday, adding that ties were \"in their best shape ever\"."),
        vec![Some("Subrahmanyam Jaishankar".to_string())]
    );
}

#[test]
fn an_unnamed_officer_speaks_for_the_service_named_with_him() {
    let cases = [
        (
            "date 2025-05-04\nA Japanese Navy officer described the drill as \"the most complex we have run together\".",
            "Japanese Navy",
        ),
        (
            "date 2025-05-04\n\"Our crews learned a great deal,\" an Indian Navy officer told reporters.",
            "Indian Navy",
        ),
    ];
    assert_orgs(&cases);
}

#[test]
fn a_participle_after_the_quotation_names_no_speaker() {
    // '"...," calling it a breach of the Convention': the speaker is the
    // subject before the quotation, not the words after the participle
    let r = extract(
        "date 2024-04-07\nOn Saturday, Chile's Ministry of Foreign Affairs condemned the raid \"in the strongest possible terms,\" calling it a violation of the Vienna Convention.",
    );
    assert_eq!(r.statements[0].speaker, None);
    assert_eq!(
        r.statements[0].org.as_deref(),
        Some("Ministry of Foreign Affairs")
    );
    // "was quoted as saying": the person named before the verb
    assert_eq!(
        speakers("date 2025-05-12\nMoscow reacted within hours. \"This decision will not go unanswered,\" Maria Zakharova was quoted as saying."),
        vec![Some("Maria Zakharova".to_string())]
    );
}

#[test]
fn a_pronoun_after_a_quotation_of_several_sentences_is_its_speaker() {
    // the sentence before the pronoun lies inside the earlier quotation:
    // its capitalised first word is no name
    let texts = [
        "date 2025-06-02\nAt the press conference, Kaja Kallas said: \"Trade is only one part of this. Whatever happens in the Gulf matters to us too.\"\n\n\"We have agreed to work together on maritime security,\" she added.",
        "date 2025-06-02\nPenny Wong opened the meeting. \"Our region needs more dialogue. Seventy years of friendship show what patience can do,\" Wong said.\n\nShe added that the talks were \"frank, warm and useful for both sides\".",
    ];
    let want = ["Kaja Kallas", "Penny Wong"];
    for (text, who) in texts.iter().zip(want) {
        let s = speakers(text);
        assert_eq!(s.last().cloned().flatten().as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_page_of_one_persons_posts_is_its_authors() {
    // the page's first line names its author with a handle; each post sits
    // under a day's label and names no speaker
    let r = extract(
        "ON X THIS WEEK | Foreign Minister Penny Wong (@SenatorWong)\nCompiled Friday 14 March 2025\n\n\
         Tuesday 11 March:\n\n\"Good call with Foreign Minister Winston Peters. We discussed the Pacific and our trade agenda.\"\n\n\
         Thursday 13 March:\n\n\"Australia condemns the missile launch by North Korea in the strongest terms.\"",
    );
    let who: Vec<Option<&str>> = r.statements.iter().map(|s| s.speaker.as_deref()).collect();
    assert_eq!(who, vec![Some("Penny Wong"), Some("Penny Wong")]);
    // "Good call with X": the author's call, with the author's state
    let call = find(&r, "phone_call");
    assert_eq!(call.countries, vec!["AUS", "NZL"]);
    assert!(names(call).contains(&"Penny Wong"), "{:?}", names(call));
}

#[test]
fn an_acronym_the_text_spelled_out_speaks_by_its_full_name() {
    let cases = [
        (
            "date 2024-07-01\nAccording to South Korea's Joint Chiefs of Staff (JCS), the drills covered missile defence.\n\n\"The drill lifted our cooperation to a new level,\" the JCS said.",
            "Joint Chiefs of Staff",
        ),
        (
            "date 2024-07-01\nThe Philippine Coast Guard (PCG) tracked the vessels for six hours.\n\n\"We will not be deterred from our own waters,\" the PCG said in a statement.",
            "Philippine Coast Guard",
        ),
    ];
    assert_orgs(&cases);
}

#[test]
fn an_organisation_named_inside_a_quotation_is_no_speaker() {
    // "the spokesperson" speaks for the ministry named for them, not for
    // NATO, which the quotation before names
    let r = extract(
        "date 2024-07-01\nA spokesperson for the North Korean foreign ministry accused Washington of building an \"Asian version of NATO\" in the region. \
         \"The U.S. should be mindful that its reckless moves will be met with countermeasures,\" the spokesperson said.",
    );
    let orgs: Vec<Option<&str>> = r.statements.iter().map(|s| s.org.as_deref()).collect();
    assert_eq!(orgs, vec![Some("Ministry of Foreign Affairs"); 2]);
    assert!(r
        .statements
        .iter()
        .all(|s| s.country.as_deref() == Some("PRK")));
}

#[test]
fn a_capitalised_word_is_no_verb_of_speech() {
    // "States" in "the United States" does not attribute the quotation
    // to the words before it
    let r = extract(
        "date 2024-07-01\nIn a statement, a spokesperson for the Chinese foreign ministry accused the United States of building \"a small yard with high fences\" around technology.",
    );
    assert_eq!(r.statements[0].speaker, None);
    assert_eq!(
        r.statements[0].org.as_deref(),
        Some("Ministry of Foreign Affairs")
    );
    assert_eq!(r.statements[0].country.as_deref(), Some("CHN"));
}

#[test]
fn a_post_quoted_after_a_colon_is_the_sentence_subjects() {
    // a predicate before the colon ("opened his day with his Brazilian
    // counterpart:") and a pronoun after an opening phrase ("Later on
    // Thursday he posted a photograph with X:") name the poster, not X
    let r = extract(
        "date 2025-02-21\nSouth Africa's Minister of International Relations and Cooperation, Ronald Lamola, opened his day with his Brazilian counterpart: \"Warm and substantive bilateral with Minister Mauro Vieira today.\"\n\n\
         Later on Thursday he posted a photograph with China's Foreign Minister Wang Yi: \"Productive exchange with Foreign Minister Wang Yi on the margins of the meeting.\"",
    );
    let who: Vec<Option<&str>> = r.statements.iter().map(|s| s.speaker.as_deref()).collect();
    assert_eq!(who, vec![Some("Ronald Lamola"), Some("Ronald Lamola")]);
}

#[test]
fn the_statement_quoted_x_as_saying_is_xs() {
    let r = extract(
        "date 2025-03-10\nBANGKOK, March 10 (Wire) - Foreign Minister Maris Sangiampongsa met his Myanmar counterpart on Monday.\n\n\
         \"Thailand will not allow its territory to be used as a transit route for criminal networks,\" the statement quoted Maris as saying.",
    );
    assert_eq!(
        r.statements[0].speaker.as_deref(),
        Some("Maris Sangiampongsa")
    );
}
