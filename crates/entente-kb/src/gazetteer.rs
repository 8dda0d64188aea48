//! The compiled matcher: every surface form the knowledge base knows
//! (names, aliases, adjectives, titles, handles, area synonyms...) in one
//! Aho-Corasick automaton, searched leftmost-longest so that
//! "Indo-Pacific" wins over "Indo-" and "civil nuclear energy" over "energy".
//!
//! Matching is ASCII-case-insensitive, except for short all-capital forms
//! (acronyms such as "AI", "US", "FS"), which must match exactly, and
//! derived surnames, which must be capitalised. A hit must stand on word
//! boundaries; a compound prefix ("Franco-") must be followed by a letter.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use entente_core::Span;
use std::collections::HashMap;

/// What a surface form denotes. Indices point into the [`crate::Kb`]'s tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A country by its name or alias.
    Country(usize),
    /// A country's adjective or demonym ("French").
    Adjective(usize),
    /// A compound prefix ("Indo-").
    Prefix(usize),
    /// A seat of power standing for the state ("the Kremlin").
    Seat(usize),
    /// A city (index into `Kb::places`).
    Place(usize),
    Body(usize),
    Institution(usize),
    Office(usize),
    /// A generic title (index into `Kb::title_kinds`).
    Title(usize),
    Person(usize),
    Handle(usize),
    /// A surname derived from a person's name: only meaningful once the
    /// person has been named in full.
    Surname(usize),
    Mechanism(usize),
    Area(usize),
    /// A phrase that looks like an area but names a format.
    NotArea,
}

/// One match in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    pub targets: Vec<Target>,
}

#[derive(Debug, Default)]
struct Pattern {
    targets: Vec<Target>,
    /// must match with the same case (acronyms)
    exact: Option<String>,
    /// first letter must be upper case in the text (surnames)
    capitalised: bool,
    prefix: bool,
}

/// A compiled set of surface forms.
pub struct Gazetteer {
    ac: AhoCorasick,
    patterns: Vec<Pattern>,
    /// Which openings some form begins with: most word starts begin no
    /// form, and this answers that for them without entering the
    /// automaton.
    openings: Openings,
}

/// The first bytes (ASCII-folded) forms open with: each form's first four
/// bytes, or the whole form when shorter, hashed into one bit table (a
/// false hit only costs the automaton's look). Four bytes tell "the " and
/// "and " (no form opens so) from "the Hague".
struct Openings {
    bits: Box<[u64; 2048]>,
}

impl Openings {
    /// The bit of an opening of one to four bytes: multiplicative hashing,
    /// the top 17 bits of the product (text holds no NUL to pad with).
    fn bit(opening: &[u8]) -> (usize, u64) {
        let mut b = [0u8; 4];
        b[..opening.len()].copy_from_slice(opening);
        let h = (u32::from_le_bytes(b).wrapping_mul(0x9E37_79B1) >> 15) as usize;
        (h / 64, 1 << (h % 64))
    }

    fn new(forms: &[String]) -> Openings {
        let mut bits = Box::new([0u64; 2048]);
        for form in forms.iter().map(String::as_bytes).filter(|f| !f.is_empty()) {
            let (w, bit) = Self::bit(&form[..form.len().min(4)]);
            bits[w] |= bit;
        }
        Openings { bits }
    }

    /// False when no form can begin at the start of `rest`.
    fn may_open(&self, rest: &[u8]) -> bool {
        if rest.len() < 4 {
            return true;
        }
        (1..=4).rev().any(|n| {
            let (w, bit) = Self::bit(&rest[..n]);
            self.bits[w] & bit != 0
        })
    }
}

/// Collects surface forms before compilation.
#[derive(Default)]
pub struct GazetteerBuilder {
    forms: Vec<String>,
    index: HashMap<String, usize>,
    patterns: Vec<Pattern>,
}

fn is_acronym(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase())
}

impl GazetteerBuilder {
    /// Adds `form` (and its diacritic-free spelling) for `target`.
    pub fn add(&mut self, form: &str, target: Target) {
        let form = form.trim();
        if form.is_empty() {
            return;
        }
        let plain = crate::fold::strip_diacritics(form);
        self.add_one(form, target, false);
        if plain != form {
            self.add_one(&plain, target, false);
        }
        // straight and curly apostrophes are written interchangeably
        if form.contains('\'') {
            self.add_one(&form.replace('\'', "’"), target, false);
        }
    }

    /// Adds a surname form, matched only when capitalised.
    pub fn add_surname(&mut self, form: &str, person: usize) {
        let plain = crate::fold::strip_diacritics(form);
        self.add_one(form, Target::Surname(person), true);
        if plain != form {
            self.add_one(&plain, Target::Surname(person), true);
        }
    }

    fn add_one(&mut self, form: &str, target: Target, surname: bool) {
        let exact = is_acronym(form);
        // acronyms keep their own entry, apart from a same-letters word
        let key = if exact {
            format!("\u{0}{form}")
        } else {
            form.to_lowercase()
        };
        let idx = *self.index.entry(key).or_insert_with(|| {
            // ASCII case is folded on both sides (forms here, the text in
            // `find`): an automaton without case-insensitive transitions
            // compiles in half the time
            self.forms.push(form.to_ascii_lowercase());
            self.patterns.push(Pattern {
                exact: exact.then(|| form.to_string()),
                capitalised: surname,
                prefix: form.ends_with('-'),
                ..Pattern::default()
            });
            self.patterns.len() - 1
        });
        let p = &mut self.patterns[idx];
        // a form that is also a full name is not only a surname
        if !surname {
            p.capitalised = false;
        }
        if !p.targets.contains(&target) {
            p.targets.push(target);
        }
    }

    /// Compiles the automaton.
    pub fn build(self) -> Gazetteer {
        let ac = AhoCorasickBuilder::new()
            // searches start only where a word may start (see `find`)
            .start_kind(aho_corasick::StartKind::Anchored)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&self.forms)
            .expect("gazetteer automaton");
        let openings = Openings::new(&self.forms);
        Gazetteer {
            ac,
            patterns: self.patterns,
            openings,
        }
    }
}

impl Gazetteer {
    /// All hits in `text`, in order, non-overlapping.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        // same byte offsets as `text`: only ASCII letters change
        let folded = text.to_ascii_lowercase();
        // a form starts where a word may start: after a character that is
        // not alphanumeric (and not '@', unless the form is a handle); an
        // anchored search there costs the few bytes the trie follows,
        // where an unanchored scan meets every form inside every word
        let mut prev: Option<char> = None;
        let mut next_free = 0;
        for (p, c) in text.char_indices() {
            let start_ok = p >= next_free
                && prev.is_none_or(|b| !b.is_alphanumeric() && (b != '@' || c == '@'));
            prev = Some(c);
            if !start_ok {
                continue;
            }
            if !self.openings.may_open(&folded.as_bytes()[p..]) {
                continue;
            }
            if let Some(hit) = self.longest_at(text, &folded, p, c) {
                next_free = hit.span.end;
                out.push(hit);
            }
        }
        out
    }

    /// The longest form starting at `p` that ends at a word's end: when
    /// the longest runs into a longer word ("Estonian Foreign Minister" in
    /// "Estonian foreign ministers"), a shorter one ("Estonian") may not.
    fn longest_at(&self, text: &str, folded: &str, p: usize, first: char) -> Option<Hit> {
        let mut end = text.len();
        // a handful of shorter forms at most share one opening
        for _ in 0..4 {
            let input = aho_corasick::Input::new(folded)
                .span(p..end)
                .anchored(aho_corasick::Anchored::Yes);
            let m = self.ac.find(input)?;
            let pat = &self.patterns[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            let after = text[e..].chars().next();
            let after_ok = if pat.prefix {
                after.is_some_and(|c| c.is_alphabetic())
            } else {
                after.is_none_or(|c| !c.is_alphanumeric())
            };
            let case_ok = match &pat.exact {
                Some(f) => &text[s..e] == f,
                None => !pat.capitalised || first.is_uppercase(),
            };
            if after_ok && case_ok {
                return Some(Hit {
                    span: Span::new(s, e),
                    targets: pat.targets.clone(),
                });
            }
            // only a form that ran into a longer word gives way to a
            // shorter one; a wrongly cased form does not
            if after_ok || e - 1 <= p {
                return None;
            }
            end = e - 1;
        }
        None
    }

    /// Number of distinct surface forms.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when no form was added.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> Gazetteer {
        let mut b = GazetteerBuilder::default();
        b.add("India", Target::Country(0));
        b.add("Indo-", Target::Prefix(0));
        b.add("Indo-Pacific", Target::Area(1));
        b.add("AI", Target::Area(2));
        b.add("Anne-Marie Descôtes", Target::Person(3));
        b.add_surname("Descôtes", 3);
        b.add("energy", Target::Area(4));
        b.add("civil nuclear energy", Target::Area(5));
        b.build()
    }

    fn forms(text: &str) -> Vec<&str> {
        g().find(text).iter().map(|h| h.span.of(text)).collect()
    }

    #[test]
    fn longest_and_boundaries() {
        assert_eq!(
            forms("Indo-Pacific and Indo-French ties"),
            vec!["Indo-Pacific", "Indo-"]
        );
        assert_eq!(
            forms("civil nuclear energy and energy"),
            vec!["civil nuclear energy", "energy"]
        );
        assert_eq!(forms("Indians in INDIA"), vec!["INDIA"]);
    }

    #[test]
    fn a_shorter_form_when_the_longest_runs_into_a_word() {
        let mut b = GazetteerBuilder::default();
        b.add("Estonian", Target::Adjective(0));
        b.add("Estonian Foreign Minister", Target::Person(1));
        let g = b.build();
        let text = "the Estonian foreign ministers; the Estonian Foreign Minister";
        let found: Vec<&str> = g.find(text).iter().map(|h| h.span.of(text)).collect();
        assert_eq!(found, vec!["Estonian", "Estonian Foreign Minister"]);
        // no shorter form inside a longer word
        assert!(g.find("Estonianness").is_empty());
    }

    #[test]
    fn case_rules() {
        assert_eq!(forms("AI and ai and said"), vec!["AI"]);
        assert_eq!(
            forms("Anne-Marie Descotes; descotes; DESCOTES"),
            vec!["Anne-Marie Descotes", "DESCOTES"]
        );
    }

    #[test]
    fn short_forms_pass_the_openings_filter() {
        // forms of one and two bytes have no three-byte opening of their own
        let mut b = GazetteerBuilder::default();
        b.add("Q", Target::Area(0));
        b.add("EU", Target::Country(1));
        b.add("Kenya", Target::Country(2));
        let g = b.build();
        let found: Vec<String> = g
            .find("Q and the EU met Kenya; EUR and Qatar did not")
            .iter()
            .map(|h| format!("{:?}", h.span))
            .collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(!g.openings.may_open(b"zzzz"));
        assert!(g.openings.may_open(b"keny"));
        assert!(g.openings.may_open(b"eu m"));
    }
}
