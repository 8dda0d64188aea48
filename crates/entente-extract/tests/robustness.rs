//! No input makes extraction panic: texts built from the characters that
//! trip byte-offset code (multi-byte quotes, accents, dots, line breaks)
//! in many random orders, from a fixed seed.

use entente_core::Document;
use entente_extract::Extractor;
use entente_kb::Kb;

const PIECES: &[&str] = &[
    "India",
    "France",
    " ",
    "  ",
    ".",
    ",",
    ":",
    ";",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "é",
    "Descôtes",
    "\n",
    "\n\n",
    "met",
    "held talks",
    "called on",
    "agreed to",
    "signed an MoU",
    "on Monday",
    "13–14 July",
    "Paris [France], ",
    "H.E.",
    "Shri",
    "U.S.",
    "—",
    "-",
    "@VikramMisri",
    "said",
    "he added",
    "Foreign Secretary",
    "the",
    "in",
    "2024",
    "(ANI)",
    "Strategic Dialogue",
    "defence",
    "Ishiba",
    "Mr.",
    "?",
    "!",
    "«",
    "»",
    "中国",
    "🙂",
    "date 2025-01-21 ",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_texts_never_panic() {
    let kb = Kb::bundled().unwrap();
    let ex = Extractor::new(&kb);
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    for n in 0..1500 {
        let len = 1 + (rng.next() % 60) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
            .collect();
        let rec = ex.extract(Document::new(format!("r{n}"), text.clone()));
        for e in &rec.events {
            for ev in &e.evidence {
                assert!(
                    ev.start < ev.end && ev.end <= text.len(),
                    "bad evidence in {text:?}"
                );
                assert!(text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end));
            }
        }
    }
}
