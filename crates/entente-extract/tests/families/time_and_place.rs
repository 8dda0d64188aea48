//! Dates and places: weekdays, relative days, ranges, datelines, venues
//! and places talked of but not met in.

use super::*;

#[test]
fn weekdays_count_back_from_the_dateline_day() {
    // 21 January 2025 was a Tuesday
    let r = extract("date 2025-01-21\nPARIS, January 21 (Wire) - India and France held talks in Paris on Monday.");
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2025-01-20"));
    let r = extract(
        "date 2025-01-21\nTOKYO, Jan 21 (Wire) - Japan and India held talks in Tokyo on Friday.",
    );
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2025-01-17"));
    let r = extract("date 2025-01-21\nThe ministers of Japan and India met in Tokyo yesterday.");
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2025-01-20"));
}

#[test]
fn a_wire_without_a_year_is_dated_by_who_holds_office_and_its_weekdays() {
    // Merz became chancellor in May 2025; 5 June 2025 was a Thursday. The
    // only year written is background.
    let r = extract("PARIS, June 5 (Agency) - German Chancellor Friedrich Merz held talks with President Emmanuel Macron in Paris on Thursday, their first since the treaty anniversary of 1963 was marked.");
    assert_eq!(r.published.as_deref(), Some("2025-06-05"));
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2025-06-05"));
    // nobody named: the weekday alone, on the dateline's day rather than
    // the day before (3 March 2025 was a Monday, 3 March 2026 a Tuesday)
    let r = extract("OTTAWA, March 3 (Agency) - Canada and Mexico held talks on trade on Monday, officials said, a year after a dispute that began in 2024.");
    assert_eq!(r.published.as_deref(), Some("2025-03-03"));
    // a year ahead written without a word that says so is no bound: Vo Van
    // Thuong was president until March 2024, and 30 January 2024 a Tuesday
    let r = extract("HANOI, Jan 30 (Agency) - President Vo Van Thuong held talks with President Ferdinand Marcos Jr. in Hanoi on Tuesday. They also prepared for the Philippines' chairmanship of ASEAN in 2026.");
    assert_eq!(r.published.as_deref(), Some("2024-01-30"));
    // a lead dated "today": a weekday after it is an earlier day, not the
    // dateline's (14 November 2024 was a Thursday, 17 November a Sunday)
    let r = extract("LIMA, Nov 17 (Agency) - Chinese President Xi Jinping leaves Peru today after a state visit. Xi arrived in Lima on Thursday and held talks with President Dina Boluarte, in office since 2022.");
    assert_eq!(r.published.as_deref(), Some("2024-11-17"));
}

#[test]
fn a_noun_phrase_act_is_dated_by_the_date_after_it() {
    // 27 May 2025 was a Tuesday
    let r = extract("date 2025-05-27\nWARSAW, May 27 (Wire) - Poland summoned Russia's ambassador on Tuesday after a Russian drone strike on the city of Lviv, near the border, killed five people on Monday.");
    assert_eq!(find(&r, "protest").date.as_deref(), Some("2025-05-27"));
    assert_eq!(find(&r, "fight").date.as_deref(), Some("2025-05-26"));
}

#[test]
fn later_the_same_day_and_dates_of_relative_clauses() {
    // 21 August 2025 was a Thursday
    let r = extract("date 2025-08-21\nMOSCOW, Aug 21 (Wire) - External Affairs Minister S. Jaishankar held talks with Foreign Minister Sergey Lavrov in Moscow on Thursday.\n\nJaishankar, who arrived here on Tuesday on a three-day visit to Moscow, also called on President Vladimir Putin at the Kremlin later in the day.");
    let putin = r
        .events
        .iter()
        .find(|e| e.kind == "meeting" && names(e).contains(&"Vladimir Putin"))
        .unwrap_or_else(|| panic!("{:?}", r.events));
    assert_eq!(putin.date.as_deref(), Some("2025-08-21"), "{putin:?}");
    assert_eq!(find(&r, "visit").date.as_deref(), Some("2025-08-19"));
}

#[test]
fn a_pledge_made_on_a_call_has_no_place() {
    for text in [
        "date 2025-03-10\nTOKYO, March 10 - Prime Minister Shigeru Ishiba and President Lee Jae-myung spoke by phone on Monday. The two leaders agreed to meet in person soon.",
        "date 2025-03-10\nBRASILIA, March 10 - Foreign Minister Mauro Vieira held a telephone conversation with Foreign Minister Ronald Lamola on Monday. They pledged to deepen cooperation in agriculture and health.",
    ] {
        let r = extract(text);
        let pledge = find(&r, "intent_to_cooperate");
        assert!(pledge.place.is_none(), "{text}: {:?}", pledge.place);
    }
}

#[test]
fn an_act_a_day_after_which_the_report_comes_is_dated_back() {
    // 19 July 2024 was a Friday
    let r = extract("date 2024-07-20\nSEOUL, July 20 - North Korea on Friday condemned the allies, a day after South Korea and the United States held talks in Seoul.");
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2024-07-18"));
    let r = extract("date 2024-07-20\nCAIRO, July 20 - Egypt on Friday urged Israel to open the crossings, two days after Egyptian and Qatari mediators met an Israeli delegation in Cairo.");
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2024-07-17"));
    // an act of the main clause keeps its day, and so does what follows it
    let r = extract("date 2024-07-20\nSEOUL, July 20 - South Korea summoned the Japanese ambassador on Friday, hours after Japan's defence white paper was published. Seoul also urged Tokyo to withdraw its claim.");
    assert_eq!(find(&r, "protest").date.as_deref(), Some("2024-07-19"));
    assert_eq!(find(&r, "appeal").date.as_deref(), Some("2024-07-19"));
}

#[test]
fn a_year_written_as_ahead_dates_the_report_before_it() {
    // 12 March 2025 was a Wednesday; no year but the one agreed on
    let r = extract("ADDIS ABABA, March 12 (Agency) - Ethiopia and Kenya held their Joint Ministerial Commission here yesterday. The co-chairs, Foreign Minister Gedion Timothewos and Prime Cabinet Secretary Musalia Mudavadi, agreed to hold the next session in Nairobi in 2026.");
    assert_eq!(r.published.as_deref(), Some("2025-03-12"));
    // "agreed to celebrate 2026 as ...": ahead too; the weekday decides
    let r = extract("MARSEILLE, Feb 12 (Agency) - Prime Minister Narendra Modi and President Emmanuel Macron held talks on Wednesday, a year after the summit in Seoul in 2024. They agreed to celebrate 2026 as a year of innovation.");
    assert_eq!(r.published.as_deref(), Some("2025-02-12"));
}

#[test]
fn narrative_days_and_reference_points() {
    // the day told just before: "landed on Wednesday. He was received by
    // X for a private meeting" (17 April 2024 was a Wednesday)
    let r = extract("date 2024-04-18\nBOGOTA, April 18 (Agency) - President Lula ends a state visit to Colombia today.\n\nLula landed in the Colombian capital on Wednesday morning. He was received by President Gustavo Petro at the Casa de Narino for a private meeting.");
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2024-04-17"));
    // "the first visit abroad since he was sworn in on 2 April": the
    // visit's day is another
    let r = extract("date 2024-04-19\nPresident Bassirou Diomaye Faye paid a working visit to Nouakchott on Thursday 18 April 2024. This was the first visit abroad of President Faye since he was sworn in on 2 April 2024. The two Heads of State then held talks at the Presidential Palace with President Mohamed Ould Cheikh El Ghazouani.");
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2024-04-18"));
}

#[test]
fn parts_of_the_day_and_portfolios_before_names() {
    // 4 June 2025: "this morning" is the report's day, "last night" the eve
    let r = extract("date 2025-06-04\nBERLIN, June 4 - Jordanian Foreign Minister Ayman Safadi visited Berlin. This morning, Safadi met Federal Minister for Economic Cooperation and Development Reem Alabali-Radovan.");
    let m = find(&r, "meeting");
    assert_eq!(m.date.as_deref(), Some("2025-06-04"));
    assert!(names(m).contains(&"Reem Alabali-Radovan"), "{:?}", names(m));
    let r = extract("date 2025-06-04\nTOKYO, June 4 - Foreign Minister Takeshi Iwaya spoke by phone with Foreign Minister Penny Wong last night.");
    assert_eq!(find(&r, "phone_call").date.as_deref(), Some("2025-06-03"));
    // an honorific ends a portfolio whatever its words
    let r = extract("date 2025-06-04\nNEW DELHI, June 4 - Union Minister for Information and Broadcasting Shri Ashwini Vaishnaw said, \"Every district will have a modern facility close to home.\"");
    assert_eq!(r.statements[0].speaker.as_deref(), Some("Ashwini Vaishnaw"));
}

#[test]
fn a_visit_is_dated_from_its_first_day() {
    // the length of a visit with its end or its start
    for (text, start, end) in [
        (
            "SEOUL, June 5 (Wire) - Japanese Prime Minister Fumio Kishida held talks with President Yoon Suk Yeol in Seoul on Wednesday, concluding a three-day visit to South Korea.",
            "2024-06-03",
            "2024-06-05",
        ),
        (
            "date 2024-06-03\nPrime Minister Narendra Modi began a two-day official visit to Austria on Monday and met Chancellor Karl Nehammer in Vienna.",
            "2024-06-03",
            "2024-06-04",
        ),
    ] {
        let r = extract(text);
        let v = find(&r, "visit");
        assert_eq!(
            (v.date.as_deref(), v.end_date.as_deref()),
            (Some(start), Some(end)),
            "{text}"
        );
    }
    // the visitor's arrival a day before the day told
    let r = extract(
        "BERLIN, Oct 9 (Wire) - Polish Foreign Minister Radoslaw Sikorski met German Foreign Minister Annalena Baerbock in Berlin on Wednesday during his visit to Germany. Sikorski had arrived in the German capital on Tuesday evening.",
    );
    let v = find(&r, "visit");
    assert_eq!(v.date.as_deref(), Some("2024-10-08"), "{:?}", v);
    // the visitor's talks in the host state the day before the report
    let r = extract(
        "CANBERRA, Feb 7 (Wire) - Australia and Japan held their Foreign and Defence Ministerial Consultations on Thursday, with Foreign Minister Yoko Kamikawa and Foreign Minister Penny Wong in the chair.\n\nKamikawa, who is on a two-day visit to Australia, told reporters the talks had been useful.",
    );
    let v = find(&r, "visit");
    let talks = &r.events.iter().find(|e| e.kind != "visit").expect("talks");
    assert_eq!(v.date, talks.date, "{:?}", r.events);
}

#[test]
fn the_nth_of_the_month_is_a_day_of_the_report_month() {
    let r = extract(
        "Pretoria, 14 March 2025\n\nThe Foreign Minister of Ghana paid a working visit to South Africa from 12 to 14 March 2025. On the 13th, Minister Samuel Okudzeto Ablakwa met Minister Ronald Lamola in Pretoria.",
    );
    let m = find(&r, "meeting");
    assert_eq!(m.date.as_deref(), Some("2025-03-13"), "{:?}", r.events);
}

#[test]
fn the_next_day_follows_the_day_told_before() {
    let r = extract(
        "date 2025-09-12\nExternal Affairs Minister S. Jaishankar visited Singapore on 8 and 9 September. On 8 September he held talks with Foreign Minister Vivian Balakrishnan. The next day, he called on Prime Minister Lawrence Wong.",
    );
    let dates: Vec<_> = of_kind(&r, "meeting")
        .iter()
        .map(|e| e.date.clone().unwrap_or_default())
        .collect();
    assert_eq!(dates, ["2025-09-08", "2025-09-09"], "{:?}", r.events);
    // "last Saturday" written on a Saturday is a week before
    let r = extract(
        "Saturday, 22 February 2025\n\nGhana's Foreign Minister Samuel Okudzeto Ablakwa met his Nigerian counterpart Yusuf Tuggar last Saturday in Addis Ababa.",
    );
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2025-02-15"));
}

#[test]
fn a_post_is_dated_by_its_author_line() {
    let r = extract(
        "date 2025-09-24\nPosts on X by the Minister\n\nPenny Wong @SenatorWong · Sep 22, 2025\n\"Met @DrSJaishankar in New York this morning. A warm conversation on the Quad.\"\n",
    );
    let m = find(&r, "meeting");
    assert_eq!(m.date.as_deref(), Some("2025-09-22"), "{:?}", r.events);
}

#[test]
fn a_date_in_a_relative_clause_after_the_trigger_is_the_clauses() {
    let r = extract(
        "date 2025-03-12\nEthiopia and Kenya held talks in Addis Ababa yesterday. The talks were co-chaired by Foreign Minister Gedion Timothewos and Kenyan Foreign Minister Musalia Mudavadi, who arrived in Addis Ababa on Monday for a three-day official visit.",
    );
    for e in r.events.iter().filter(|e| e.kind != "visit") {
        assert_eq!(e.date.as_deref(), Some("2025-03-11"), "{:?}", r.events);
    }
}

fn place_name(e: &EventRecord) -> Option<&str> {
    e.place.as_ref().map(|p| p.name.as_str())
}

#[test]
fn a_place_talked_of_or_planned_is_not_where_talks_were() {
    for (text, want) in [
        ("date 2025-04-10\nBUENOS AIRES, April 9 (Agency) - The Brazilian and Argentine foreign ministers held talks on Wednesday on trade and the crisis in Venezuela.", "Buenos Aires"),
        ("date 2025-04-10\nRIYADH, April 9 (Agency) - The Saudi and Turkish foreign ministers met on Wednesday to discuss developments in Sudan and in Libya.", "Riyadh"),
        ("date 2024-11-20\nATHENS, Nov 19 (Agency) - Greece and Egypt held talks on Tuesday, exchanging views on the humanitarian situation in the Gaza Strip.", "Athens"),
        ("date 2025-04-10\nHELSINKI, April 9 (Agency) - Finland and Sweden held talks on Wednesday on security in the Baltic Sea and the Arctic.", "Helsinki"),
        ("date 2025-04-10\nOSLO, April 9 (Agency) - Norway and Denmark held talks on Wednesday and agreed to hold the next round in Copenhagen in 2026.", "Oslo"),
    ] {
        let r = extract(text);
        let m = find(&r, "meeting");
        assert_eq!(place_name(m), Some(want), "{text}");
    }
}

#[test]
fn a_venue_is_no_place_the_city_is() {
    for text in [
        "date 2025-06-04\nBERLIN, June 3 (Agency) - Chancellor Friedrich Merz received Jordan's King Abdullah II at the Federal Chancellery on Tuesday.",
        "date 2025-06-04\nBERLIN, June 3 (Agency) - The German and Estonian foreign ministers held talks at the Villa Borsig on Tuesday.",
        "date 2025-06-04\nBERLIN, June 3 (Agency) - The German and Chilean foreign ministers met at the Rio Branco Institute on Tuesday.",
    ] {
        let r = extract(text);
        let m = find(&r, "meeting");
        assert_eq!(place_name(m), Some("Berlin"), "{text}");
    }
}

#[test]
fn talks_beside_a_gathering_are_where_the_dateline_is() {
    for text in [
        "date 2025-06-01\nSINGAPORE, May 31 (Agency) - The Australian and Japanese defence ministers held talks on Saturday on the sidelines of the security forum.",
        "date 2025-06-01\nSINGAPORE, May 31 (Agency) - Philippine Defence Secretary Gilberto Teodoro met his Japanese counterpart on Saturday.",
    ] {
        let r = extract(text);
        let m = find(&r, "meeting");
        assert_eq!(place_name(m), Some("Singapore"), "{text}");
    }
}

#[test]
fn a_currency_is_no_state_and_a_date_in_the_trigger_dates_it() {
    let text = "date 2025-04-04\nSouth Korea's Ministry of Foreign Affairs said on Monday that the government would provide US$2 million in humanitarian assistance to Myanmar following the earthquake that struck the country on 28 March.";
    let r = extract(text);
    let e = find(&r, "intent_to_cooperate");
    assert_eq!(e.countries, vec!["KOR", "MMR"]);
    assert_eq!(e.date.as_deref(), Some("2025-03-31"));
}

#[test]
fn background_since_a_year_and_summits_followed_on() {
    for text in [
        "date 2024-11-15\nRelations between the two countries have been at a low since 2021, when Prague expelled dozens of Russian embassy employees after blaming Russian military intelligence for an explosion.",
        "date 2025-10-17\nThe ministers discussed preparations for the AI Impact Summit, following the AI Action Summit co-chaired by President Emmanuel Macron and Prime Minister Narendra Modi in Paris last February.",
    ] {
        let r = extract(text);
        assert!(r.events.is_empty(), "{text}: {:?}", kinds(&r));
    }
}

#[test]
fn a_place_line_in_a_briefings_heading_is_its_dateline() {
    let text = "date 2024-05-28\nDepartment Press Briefing - May 28, 2024\n\nMatthew Miller, Department Spokesperson\nWashington, DC\n1:12 p.m. EDT\n\nQUESTION: Last week President William Ruto was here for a state visit. Do you have a date for the deployment?\n\nMR MILLER: Let me say first that we condemn in the strongest possible terms Russia's strike on a crowded hypermarket in Kharkiv.";
    let r = extract(text);
    assert_eq!(
        r.dateline.as_ref().map(|d| d.place.as_str()),
        Some("Washington")
    );
    let v = find(&r, "visit");
    assert_eq!(
        (v.source.as_deref(), v.target.as_deref()),
        (Some("KEN"), Some("USA"))
    );
    let c = find(&r, "criticism");
    assert_eq!(
        (c.source.as_deref(), c.target.as_deref()),
        (Some("USA"), Some("RUS"))
    );
}

#[test]
fn an_act_in_a_year_long_past_is_background() {
    let r = extract("date 2025-06-03\nCAIRO, June 3 (Agency) - Egypt and Iran severed diplomatic relations in 1980 and have since been represented by interest sections.");
    assert!(r.events.is_empty(), "{:?}", kinds(&r));
    let r = extract("date 2025-06-03\nCAIRO, June 3 (Agency) - Egypt and Iran signed a trade agreement on Monday.");
    assert_eq!(kinds(&r), vec!["agreement"]);
}

#[test]
fn a_palace_named_without_its_state_makes_no_party() {
    for text in [
        "date 2024-11-14\nLIMA, Nov 14 (Wire) - President Dina Boluarte received Chinese President Xi Jinping at the Government Palace on Thursday.",
        "date 2024-11-14\nBANGKOK, Nov 14 (Wire) - Thai Prime Minister Paetongtarn Shinawatra received Japanese Foreign Minister Takeshi Iwaya at the palace on Thursday.",
    ] {
        let r = extract(text);
        assert_eq!(find(&r, "meeting").countries.len(), 2, "{:?}", r.events);
    }
}

#[test]
fn a_wire_without_a_year_told_late_on_a_weekday_is_dated_from_the_day_before() {
    // July 31 is a Tuesday in 2018 and a Wednesday in 2024: "late on
    // Tuesday" in a wire filed on July 31 is the day before it
    let r = extract("ALGIERS, July 31 (Agency) - Algeria recalled its ambassador to France, the foreign ministry said late on Tuesday, after President Emmanuel Macron backed Morocco's plan for Western Sahara.");
    assert_eq!(
        r.published.map(|d| d.to_string()).as_deref(),
        Some("2024-07-31")
    );
}

#[test]
fn a_month_of_last_year_is_background_and_no_part_of_todays_act() {
    for text in [
        "date 2025-05-12\nWARSAW, May 12 (Wire) - Poland closed the Russian consulate in Krakow on Monday. Poland closed the Russian consulate in Poznan in October last year, citing sabotage.",
        "date 2025-05-12\nRIGA, May 12 (Wire) - Latvia expelled a Russian diplomat on Monday. Latvia had expelled two Russian diplomats in March last year over espionage.",
    ] {
        let r = extract(text);
        let acts = of_kind(&r, "reduce_relations");
        assert_eq!(acts.len(), 1, "{:?}", r.events);
        assert_eq!(acts[0].date.as_deref(), Some("2025-05-12"));
    }
}

#[test]
fn a_date_still_to_come_dates_no_act_and_a_round_to_be_held_is_none() {
    let text = "date 2025-06-05\nPRETORIA, 5 June 2025 - Foreign Minister Mauro Vieira and Minister Ronald Lamola co-chaired the Fifth Session of the Brazil-South Africa Joint Commission on Thursday. South Africa expressed its full support for Brazil's presidency of COP30, to be held in Belém in November 2025. The Ministers agreed that the Sixth Session of the Joint Commission will be held in Brazil in 2027.";
    let r = extract(text);
    let support = find(&r, "diplomatic_support");
    assert_eq!(support.date.as_deref(), Some("2025-06-05"), "{support:?}");
    assert_eq!(of_kind(&r, "consultation").len(), 1, "{:?}", r.events);
}

#[test]
fn last_september_is_a_month_long_past_and_no_meeting_is_none() {
    let r = extract("date 2025-05-19\nCAIRO, May 19 - Turkish Foreign Minister Hakan Fidan met Egyptian Foreign Minister Badr Abdelatty on Monday. Presidents Recep Tayyip Erdoğan and Abdel Fattah el-Sisi co-chaired the first meeting of the strategic council in Ankara last September.");
    assert_eq!(of_kind(&r, "meeting").len(), 1, "{:?}", r.events);
    let r = extract("date 2024-09-28\nNEW DELHI, Sept 28 - There was no bilateral meeting with the Chinese foreign minister, and no talks were held with Pakistan's foreign minister either.");
    assert!(r.events.is_empty(), "{:?}", r.events);
}

#[test]
fn a_weekday_alone_dates_a_wire_to_a_recent_year() {
    // 1 July was a Sunday in 2018 and a Monday in 2024: a weekday recurs,
    // and alone it does not date a report years back ("on Sunday", the day
    // before the dateline's, in 2024)
    let r = extract("SEOUL, July 1 (Wire) - North Korea on Sunday threatened to respond to a three-way naval drill by the United States, South Korea and Japan.");
    assert_eq!(r.published.as_deref(), Some("2024-07-01"));
    // 19 June was a Tuesday in 2018 and a Thursday in 2025 (a Wednesday in
    // 2024): "on Wednesday", the day before, in 2024 rather than 2018's
    // "Tuesday"
    let r = extract("WELLINGTON, June 19 (Wire) - New Zealand paused its funding for the Cook Islands on Wednesday, saying it had not been consulted.");
    assert!(
        r.published.as_deref().is_some_and(|d| d >= "2022"),
        "{:?}",
        r.published
    );
}

#[test]
fn a_post_copied_on_its_authors_line_is_dated_by_the_line_below() {
    let r = extract(
        "date 2025-03-15\n\nVivian Balakrishnan on X: \"Good call with EU High Representative @kajakallas this evening. We covered the war in Ukraine.\" / X\n12 Mar 2025 · 9:41 PM\n\n\
         Vivian Balakrishnan on X: \"Delighted to host Indonesian FM Sugiono in Singapore today.\" / X\n14 Mar 2025 · 3:05 PM",
    );
    assert_eq!(find(&r, "phone_call").date.as_deref(), Some("2025-03-12"));
    assert_eq!(find(&r, "meeting").date.as_deref(), Some("2025-03-14"));
}

#[test]
fn on_the_same_day_is_the_day_of_the_act_not_of_a_quoted_post() {
    let r = extract(
        "date 2024-11-22\nPARIS, November 22 (Agency) - National Security Adviser Ajit Doval and Emmanuel Bonne held the India-France Strategic Dialogue in Paris on Thursday.\n\n\
         In a post on X, MEA spokesperson Randhir Jaiswal wrote, \"NSA Ajit Doval co-chaired the India-France Strategic Dialogue in Paris today.\"\n\n\
         On the same day, Doval also met France's Minister of the Armed Forces, Sebastien Lecornu.",
    );
    let m = of_kind(&r, "meeting")
        .into_iter()
        .find(|e| names(e).contains(&"Sébastien Lecornu"))
        .expect("the meeting with Lecornu");
    assert_eq!(m.date.as_deref(), Some("2024-11-21"));
}

#[test]
fn an_act_weeks_or_months_before_the_one_reported_is_background() {
    for text in [
        "date 2025-11-14\nBEIJING, Nov 14 (Wire) - China summoned Japan's ambassador on Thursday. The dispute comes barely two weeks after Takaichi held her first meeting with Chinese President Xi Jinping in South Korea.",
        "date 2025-11-18\nPARIS, Nov 18 (Wire) - External Affairs Minister S. Jaishankar met French Foreign Minister Jean-Noël Barrot on Monday. The stop comes nine months after Prime Minister Narendra Modi met President Emmanuel Macron in Paris.",
        "date 2025-11-18\nPARIS, Nov 18 (Wire) - External Affairs Minister S. Jaishankar met French Foreign Minister Jean-Noël Barrot on Monday. The stop comes months after Prime Minister Narendra Modi met President Emmanuel Macron in Paris.",
    ] {
        let r = extract(text);
        assert_eq!(of_kind(&r, "meeting").len(), usize::from(text.contains("Jaishankar")), "{text}: {:?}", r.events);
    }
}

#[test]
fn an_act_dated_only_by_a_month_long_past_is_background() {
    for text in [
        "date 2025-06-10\nCOLOMBO, June 10 (Wire) - Sri Lanka's foreign minister met his Indian counterpart in New Delhi on Monday. During the State Visit of President Dissanayake to India in December 2024, the two sides had adopted a joint statement.",
        "date 2023-10-10\nNEW DELHI, Oct 10 (Wire) - The dialogue was the first since India and France adopted the Horizon 2047 roadmap during Prime Minister Narendra Modi's visit to Paris in July 2023.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, "visit").is_empty(), "{text}: {:?}", r.events);
    }
    // a month just past is no background ("last week", "earlier this month")
    let r = extract("date 2025-06-10\nCOLOMBO, June 10 (Wire) - Sri Lanka's foreign minister paid an official visit to India earlier this month.");
    assert_eq!(of_kind(&r, "visit").len(), 1, "{:?}", r.events);
}

#[test]
fn a_text_with_no_day_of_publication_is_read_from_its_latest_full_date() {
    // no date line: "ce vendredi 7 février" before the summit "des 10 et 11
    // février 2025" is 7 February 2025
    let r = extract(
        "Ministère de l'Europe et des Affaires étrangères\n\n\
         Inde – Entretien de M. Jean-Noël Barrot avec M. Subrahmanyam Jaishankar\n\n\
         Le ministre, M. Jean-Noël BARROT, s'est entretenu ce vendredi 7 février par téléphone avec son homologue indien, M. Subrahmanyam JAISHANKAR.\n\n\
         À quelques jours du Sommet pour l'action sur l'intelligence artificielle des 10 et 11 février 2025 à Paris, les deux ministres ont passé en revue le partenariat.",
    );
    assert_eq!(r.published, None);
    assert_eq!(find(&r, "phone_call").date.as_deref(), Some("2025-02-07"));
}
