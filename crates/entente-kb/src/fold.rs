//! Folding for lookups: diacritics removed, case folded, white space
//! collapsed. "Descôtes" and "DESCOTES" fold to the same key.

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Text without diacritics ("Jean-Noël" -> "Jean-Noel"); case kept.
pub fn strip_diacritics(s: &str) -> String {
    s.nfkd().filter(|c| !is_combining_mark(*c)).collect()
}

/// The lookup key of a name: diacritics stripped, lower case, single spaces,
/// curly apostrophes made straight.
pub fn key(s: &str) -> String {
    let s = strip_diacritics(s).replace('’', "'");
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds() {
        assert_eq!(super::key(" Anne-Marie  DESCÔTES "), "anne-marie descotes");
        assert_eq!(super::strip_diacritics("Élysée"), "Elysee");
    }
}
