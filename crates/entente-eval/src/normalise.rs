//! Comparing names, places and quotes (score.py: `norm`, `tokens`,
//! `jaccard`, `same_person`, `shared_names`).

use crate::unicode::{
    casefold, collapse, is_edge, is_space, is_word, lower, skip, split, strip_marks,
};
use std::collections::{BTreeSet, HashSet};

/// Honorifics dropped as whole tokens (compared case-folded, after trailing
/// `,;:`).  The bare "HE" is dropped only when written in capitals, so that
/// the surname "He" survives.
const HONORIFICS: [&str; 17] = [
    "shri", "shri.", "smt", "smt.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "h.e.",
    "h.e", "prof", "prof.", "sir",
];

/// Honorifics written glued to the name ("Dr.S. Jaishankar", "Mr.Modi"), in
/// the order they are tried ("mrs." before "mr.").
const GLUED: [&str; 8] = [
    "h.e.", "shri.", "smt.", "mrs.", "mr.", "ms.", "dr.", "prof.",
];

/// Strips punctuation, symbols, separators and control characters from both
/// ends (`_strip_punct`).
fn strip_punct(s: &str) -> &str {
    s.trim_matches(is_edge)
}

/// Normalised form of a name, place, mechanism, speaker or org: NFKD without
/// combining marks, case-folded, honorifics removed, surrounding punctuation
/// stripped, white space collapsed.
pub fn norm(s: &str) -> String {
    let marks_off = collapse(&strip_marks(s));
    let mut kept = Vec::new();
    for tok in split(strip_punct(&marks_off)) {
        let low = casefold(tok);
        let trim = |t: &str| t.trim_end_matches([',', ';', ':']).to_string();
        if HONORIFICS.contains(&trim(&low).as_str()) || trim(tok) == "HE" {
            continue;
        }
        let glued = GLUED
            .iter()
            .find(|pre| low.starts_with(*pre) && low.chars().count() > pre.len());
        // Python slices the original token by the prefix's length.
        kept.push(glued.map_or(tok, |pre| skip(tok, pre.len())));
    }
    let folded = strip_marks(&casefold(&kept.join(" ")));
    collapse(strip_punct(&folded))
}

/// The set of `\w+` tokens of the lower-cased quote.
pub fn tokens(quote: &str) -> HashSet<String> {
    let low = lower(quote);
    let mut out = HashSet::new();
    let mut word = String::new();
    for c in low.chars() {
        if is_word(c) {
            word.push(c);
        } else if !word.is_empty() {
            out.insert(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.insert(word);
    }
    out
}

/// Jaccard similarity of two token sets; 1.0 for two empty sets.
pub fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    inter as f64 / union as f64
}

/// Parts of a normalised name, split at white space, dots and hyphens.
fn name_parts(n: &str) -> Vec<&str> {
    n.split(|c: char| is_space(c) || c == '.' || c == '-')
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether two normalised names denote the same person: equal, or the
/// shorter has at least two parts, each full word of it is a word of the
/// other, each initial of it starts a word of the other, and it has at least
/// one full word (S. Jaishankar = Subrahmanyam Jaishankar; Vinay Kwatra =
/// Vinay Mohan Kwatra; Ishiba Shigeru = Shigeru Ishiba).
pub fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (mut pa, mut pb) = (name_parts(a), name_parts(b));
    if pa.len() > pb.len() {
        std::mem::swap(&mut pa, &mut pb);
    }
    if pa.len() < 2 {
        return false;
    }
    let one_char = |t: &str| t.chars().count() == 1;
    let covered = pa.iter().all(|t| {
        if one_char(t) {
            pb.iter().any(|w| w.starts_with(t))
        } else {
            pb.contains(t)
        }
    });
    covered && pa.iter().any(|t| !one_char(t))
}

/// Size of a greedy one-to-one pairing of names by [`same_person`], gold
/// names and predicted names each taken in sorted order.
pub(crate) fn shared_names(gold: &BTreeSet<String>, pred: &BTreeSet<String>) -> usize {
    let mut used: HashSet<&str> = HashSet::new();
    for g in gold {
        if let Some(p) = pred
            .iter()
            .find(|p| !used.contains(p.as_str()) && same_person(g, p))
        {
            used.insert(p);
        }
    }
    used.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_strips_marks_case_and_honorifics() {
        assert_eq!(norm("  Anne-Marie  Descôtes "), "anne-marie descotes");
        assert_eq!(norm("Dr.S. Jaishankar"), "s. jaishankar");
        assert_eq!(norm("Shri Narendra Modi,"), "narendra modi");
        assert_eq!(norm("H.E. Mr. Emmanuel Macron"), "emmanuel macron");
        assert_eq!(norm("HE Wang Yi"), "wang yi");
        assert_eq!(norm("He Lifeng"), "he lifeng");
        assert_eq!(norm("Mrs.Smith"), "smith");
        assert_eq!(norm("Sir, Keir Starmer"), "keir starmer");
        assert_eq!(norm("«STRASSE»"), "strasse");
        assert_eq!(norm("Straße"), "strasse");
        assert_eq!(norm("Dr."), "");
        assert_eq!(norm("ＰＡＲＩＳ"), "paris");
        assert_eq!(norm("\"São Paulo\"."), "sao paulo");
    }

    #[test]
    fn same_person_rules() {
        assert!(same_person("s. jaishankar", "subrahmanyam jaishankar"));
        assert!(same_person("vinay kwatra", "vinay mohan kwatra"));
        assert!(same_person("ishiba shigeru", "shigeru ishiba"));
        assert!(!same_person("modi", "narendra modi"));
        assert!(!same_person("n. m.", "narendra modi"));
        assert!(!same_person("rahul gandhi", "sonia gandhi"));
        assert!(same_person("x", "x"));
    }

    #[test]
    fn shared_names_is_one_to_one() {
        let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        let both = shared_names(
            &set(&["s. jaishankar", "vikram misri"]),
            &set(&["misri vikram", "subrahmanyam jaishankar"]),
        );
        assert_eq!(both, 2);
        assert_eq!(
            shared_names(
                &set(&["vinay kwatra", "vinay mohan kwatra"]),
                &set(&["vinay mohan kwatra"])
            ),
            1
        );
        assert_eq!(shared_names(&set(&["a. b"]), &set(&["alpha b"])), 0);
    }

    #[test]
    fn tokens_and_jaccard() {
        let t = tokens("Café, CAFÉ! cafe\u{301} x_1 ΟΔΟΣ");
        let mut v: Vec<_> = t.iter().cloned().collect();
        v.sort();
        assert_eq!(v, ["cafe", "café", "x_1", "οδος"]);
        assert_eq!(jaccard(&tokens("a b c"), &tokens("b c d")), 0.5);
        assert_eq!(jaccard(&tokens(""), &tokens("...")), 1.0);
    }
}
