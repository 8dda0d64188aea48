//! Template sentences, by style of document.
//!
//! `{key}` slots are filled by [`crate::compose`]: `A`/`B` are the two
//! officials (title and name; `An` name, `As` surname, `At` title), `X`/`Y`
//! their states (`Xa` adjective, `Xc` capital), `city` the place of the
//! event (in `Y`), `date`/`dm`/`dm2`/`wd` dates, `mech`/`ord` a mechanism
//! and its round; `area`, `third`, `body`, `num`, `bn`, `pct`, `official`
//! draw afresh at each use. All sentences are written for this corpus.

/// The kinds of text entente reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A ministry's press release: ministry line, place / date line, headline.
    PressRelease,
    /// A news-agency wire with a dateline (`PARIS, March 5 (Desk) -`).
    Wire,
    /// A call readout.
    Readout,
    /// A joint statement with numbered paragraphs.
    JointStatement,
    /// A report on a joint military exercise.
    Exercise,
    /// Friction: summons, expulsions, condemnations.
    Friction,
}

impl Style {
    pub const ALL: [Style; 6] = [
        Style::PressRelease,
        Style::Wire,
        Style::Readout,
        Style::JointStatement,
        Style::Exercise,
        Style::Friction,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Style::PressRelease => "press-release",
            Style::Wire => "wire",
            Style::Readout => "readout",
            Style::JointStatement => "joint-statement",
            Style::Exercise => "exercise",
            Style::Friction => "friction",
        }
    }

    /// Opening paragraphs (the event itself).
    pub fn leads(self) -> &'static [&'static str] {
        match self {
            Style::PressRelease => &[
                "{A} held talks with {B} of {Y} in {city} on {date}.",
                "{A} met {B} in {city} today. The two sides reviewed the full range of {Xa}-{Ya} relations, including {area} and {area}.",
                "At the invitation of {B}, {A} paid an official visit to {Y} from {dm} to {dm2}.",
                "{A} and {B} co-chaired the {ord} round of the {mech} in {city} on {date}.",
            ],
            Style::Wire => &[
                "{X} and {Y} agreed on {wd} to step up cooperation in {area}, after talks between {A} and {B} in {city}.",
                "{A} met {Ya} counterpart {Bn} in {city} on {wd}, the {Xa} foreign ministry said.",
                "{A} will travel to {Y} next week for talks on {area} and {area}, officials said.",
                "{A} arrived in {city} on {wd} on a two-day visit aimed at reviving stalled talks on {area}.",
            ],
            Style::Readout => &[
                "{A} spoke by telephone today with {B} of {Y}.",
                "{A} held a telephone conversation with {B} on {wd}.",
                "{A} had a video call with {B} on {date}. The call lasted about {num} minutes.",
            ],
            Style::JointStatement => &[
                "At the invitation of {B}, {A} paid a state visit to {Y} from {dm} to {dm2}. The two sides held wide-ranging talks in {city}.",
                "{A} and {B} met in {city} on {date} and adopted the following joint statement.",
            ],
            Style::Exercise => &[
                "The {ord} edition of the {Xa}-{Ya} joint military exercise {exname} commenced in {city} on {date}.",
                "Troops from {X} and {Y} began the joint exercise {exname} at a training area near {city} on {wd}.",
                "Naval ships of {X} and {Y} set sail from {city} on {date} for the {ord} edition of exercise {exname}.",
            ],
            Style::Friction => &[
                "{X} summoned the {Ya} ambassador on {wd} to protest {friction}, the foreign ministry said.",
                "{X} expelled two {Ya} diplomats on {wd} over {friction}.",
                "{A} condemned {Y} on {wd} for {friction}, calling it unacceptable.",
            ],
        }
    }

    /// Sentences for the following paragraphs.
    pub fn body(self) -> &'static [&'static str] {
        match self {
            Style::PressRelease => &[
                "The two Ministers reviewed progress in {area}, {area} and {area}.",
                "Both sides agreed to deepen cooperation in {area} and to hold the next round of the {mech} in {Xc} later this year.",
                "{As} also called on {official} and discussed ways to expand trade, which stood at {bn} billion dollars last year.",
                "The two sides signed a memorandum of understanding on {area}.",
                "\"{X} and {Y} share a commitment to a rules-based international order,\" {As} said.",
                "They exchanged views on regional and global issues, including developments in {third} and cooperation at the {body}.",
                "{As} thanked {Bs} for the warm hospitality extended to the delegation.",
                "The visit follows the {ord} round of the {mech}, held in {Yc} earlier this year.",
            ],
            Style::Wire => &[
                "The talks, the first at this level since {prevyear}, focused on {area} and {area}, according to a statement.",
                "Officials said the two sides were close to an agreement on {area}, but gave no timeline.",
                "Trade between the two countries reached {bn} billion dollars in {prevyear}, up {pct} percent from a year earlier.",
                "\"We had a very productive discussion,\" {Bs} told reporters after the meeting.",
                "{Y} has sought closer ties with {X} as it diversifies its partnerships beyond {third}.",
                "Analysts said the meeting signalled a thaw after months of tension over {friction}.",
                "The {Ya} foreign ministry did not respond to a request for comment.",
                "{Bs} is expected to visit {third} later this month.",
            ],
            Style::Readout => &[
                "The two leaders discussed {area}, {area} and the situation in {third}.",
                "{As} underlined {X}'s commitment to working with {Y} on {area}.",
                "They agreed to remain in close touch and to meet on the sidelines of the {body} summit.",
                "Both sides welcomed progress on {area} and looked forward to an early conclusion of negotiations on a trade agreement.",
                "{As} conveyed condolences on the loss of lives in the recent floods in {Y}.",
                "{As} invited {Bs} to visit {X} at an early date.",
            ],
            Style::JointStatement => &[
                "The two sides welcomed the outcomes of the {ord} round of the {mech} and agreed to hold the next round in {Xc}.",
                "The leaders reaffirmed their commitment to deepening cooperation in {area}, {area} and {area}.",
                "They welcomed the signing of agreements on {area} and {area}.",
                "The two sides condemned terrorism in all its forms and manifestations.",
                "They called for a peaceful resolution of the conflict in {third} in accordance with international law.",
                "{A} invited {B} to visit {X} at a mutually convenient time, and the invitation was accepted.",
                "Both sides noted that bilateral trade had grown by {pct} percent and set a target of {bn} billion dollars by {nextyear}.",
            ],
            Style::Exercise => &[
                "A contingent of {num}0 personnel from each side is taking part in the exercise, which will run for {num} days.",
                "The exercise aims to enhance interoperability in counter-terrorism operations in semi-urban terrain.",
                "The two navies will conduct anti-submarine drills, air defence serials and a replenishment at sea.",
                "{A} said the exercise reflected the growing trust between the armed forces of the two countries.",
                "The previous edition was held near {Xc} in {prevyear}.",
                "Observers from {third} attended the opening ceremony.",
            ],
            Style::Friction => &[
                "{Y} rejected the accusations as baseless and said it would respond with reciprocal measures.",
                "\"This is a deliberate provocation and it will not go unanswered,\" {As} told reporters in {Xc}.",
                "The {Ya} embassy in {Xc} said it had not received any formal note.",
                "{spk}, a spokesperson for the {Ya} foreign ministry, said {X} was pursuing a campaign of disinformation.",
                "{X} recalled its ambassador from {Yc} for consultations.",
                "The dispute over {friction} has strained relations that were already tense.",
                "{third} called on both sides to show restraint.",
            ],
        }
    }
}

/// Background sentences that fit any style.
pub const COMMON: &[&str] = &[
    "Relations between {X} and {Y} have broadened in recent years to cover {area} and {area}.",
    "The {Xa} side also raised the issue of visas for students and professionals.",
    "On the sidelines, business leaders from the two countries discussed investment in {area}.",
    "The two countries also work together in the {body}.",
    "{official} accompanied the delegation.",
    "A joint working group on {area} is due to meet in {Yc} next month.",
    "{Y} is among {X}'s ten largest trading partners, with investment flows of about {bn} billion dollars.",
    "Earlier, {As} laid a wreath at a memorial in {city}.",
    // long articles are mostly prose with few names
    "The meeting came at a time of rapid change in the global economy, with supply chains being redrawn and new technologies reshaping trade.",
    "Observers noted that the tone of the talks was markedly warmer than at the previous encounter.",
    "Officials on both sides spent months preparing the ground for the visit, according to people familiar with the planning.",
    "The government has made economic diplomacy a priority, seeking investment in manufacturing and infrastructure.",
    "Critics argue that the partnership has yet to deliver concrete results for ordinary citizens.",
    "A senior official, speaking on condition of anonymity, said more announcements were expected in the coming weeks.",
    "Business groups welcomed the outcome, saying it would give companies greater certainty.",
    "The agenda also covered education, tourism and people-to-people ties.",
    "Security was tight around the venue, and several roads in the city centre were closed to traffic.",
    "The two sides last met in {Yc} in {prevyear}, when they agreed to set up a working group on {area}.",
];

/// Short sentences that bring a document to its minimum length.
pub const FILLERS: &[&str] = &[
    "Details were not disclosed.",
    "No joint statement was issued.",
    "More talks are planned.",
    "The talks lasted {num} minutes.",
    "Both sides called the meeting useful.",
];

/// Headlines, upper-cased in some documents.
pub const HEADLINES: &[&str] = &[
    "{At} {As} holds talks with {Bt} of {Y}",
    "{Xa}-{Ya} talks in {city}",
    "{X} and {Y} to deepen cooperation in {area}",
    "Visit of {A} to {Y}",
];
