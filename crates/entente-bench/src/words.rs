//! Word pools that the knowledge base does not provide: invented people
//! (so that the "unknown official" path of the extractor is exercised),
//! outlets, exercise names, friction topics and noise lines.
//!
//! Every name here is invented for the benchmark corpus.

pub const GIVEN: &[&str] = &[
    "Anna",
    "Rahul",
    "Maria",
    "Kenji",
    "Fatima",
    "Lukas",
    "Ines",
    "Tomasz",
    "Amara",
    "Diego",
    "Sofia",
    "Arjun",
    "Yuki",
    "Omar",
    "Elena",
    "Pieter",
    "Leila",
    "Mateo",
    "Nadia",
    "Chen",
    "Hannah",
    "Kwame",
    "Priya",
    "Jonas",
    "Zeynep",
    "Élodie",
    "Radosław",
    "Siddharth",
];

pub const FAMILY: &[&str] = &[
    "Keller",
    "Varga",
    "Morales",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Tanaka",
    "Novak",
    "Brennan",
    "Rossi",
    "Petrova",
    "Mensah",
    "Kapoor",
    "Dubois",
    "Jansen",
    "Aydın",
    "Castillo",
    "Horvat",
    "Nakamura",
    "Osei",
    "Fischer",
    "Sørensen",
    "Malik",
    "Quintero",
    "Wójcik",
    "Rao",
];

/// Titles for invented officials: generic enough to read in any country.
pub const MINOR_TITLES: &[&str] = &[
    "Ambassador",
    "Deputy Foreign Minister",
    "Spokesperson",
    "Joint Secretary",
    "Director General",
    "Secretary (West)",
    "Deputy Chief of Mission",
    "Vice Minister",
    "Trade Commissioner",
    "Defence Attaché",
];

pub const OUTLETS: &[&str] = &[
    "Wire Desk",
    "Global Newswire",
    "Meridian Press",
    "Capital Wire",
    "Herald Agency",
    "World Desk",
    "Continental Press",
];

pub const EXERCISES: &[&str] = &[
    "Harbour Shield",
    "Desert Falcon",
    "Northern Accord",
    "Blue Horizon",
    "Mountain Eagle",
    "Coastal Guard",
    "Iron Monsoon",
    "Silver Trident",
];

/// What two governments quarrel about, as a noun phrase.
pub const FRICTIONS: &[&str] = &[
    "the detention of a journalist",
    "repeated airspace violations",
    "remarks made by a senior official",
    "a cyber campaign against government networks",
    "the seizure of a fishing vessel",
    "the treatment of its nationals",
    "a border incident in which two soldiers were injured",
    "the expulsion of a trade delegation",
];

/// Lines that surround real articles: share bars, credits, scraping debris.
pub const NOISE: &[&str] = &[
    "Share this: Facebook | X | WhatsApp | Email",
    "(Reporting by the Wire Desk; Editing by the Night Desk)",
    "Click here to subscribe to our daily newsletter",
    "ADVERTISEMENT",
    "***",
    "Posted On: {time} by the Press Information Desk",
    "Image: File photo.&nbsp;Courtesy: official handout",
    "Follow us on X @worlddesk and on Instagram for more updates 🌐",
    "Read more: https://example.org/news/{num}/diplomacy?ref=rss&utm_source=feed",
    "Tags: diplomacy, foreign policy, bilateral relations, #Diplomacy",
    "—",
    "Also read | Markets close higher as investors weigh policy signals",
    "Copyright © 2026. All rights reserved.",
    "[Photo caption: delegations at the talks] · 3 min read",
    "Updated: {time} IST",
];

pub const MONTHS: &[&str] = &entente_ingest::datetext::MONTHS;

pub const WEEKDAYS: &[&str] = &entente_ingest::datetext::WEEKDAYS;

/// `1st`, `2nd`, `3rd`, `4th`, ..., `11th`, `21st`.
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101]
            .iter()
            .map(|&n| super::ordinal(n))
            .collect();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]
        );
    }
}
