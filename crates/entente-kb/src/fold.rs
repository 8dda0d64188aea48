//! Folding for lookups: diacritics removed, case folded, white space
//! collapsed. "Descôtes" and "DESCOTES" fold to the same key.

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Text without diacritics ("Jean-Noël" -> "Jean-Noel"); case kept.
pub fn strip_diacritics(s: &str) -> String {
    s.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(|c| {
            // letters that do not decompose: "Radosław" -> "Radoslaw"
            let r: &str = match c {
                'ł' => "l",
                'Ł' => "L",
                'ø' => "o",
                'Ø' => "O",
                'đ' => "d",
                'Đ' => "D",
                'ı' => "i",
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "Ae",
                'œ' => "oe",
                'Œ' => "Oe",
                'þ' => "th",
                _ => return either(c),
            };
            r.chars().collect::<Vec<_>>()
        })
        .collect()
}

fn either(c: char) -> Vec<char> {
    vec![c]
}

/// The lookup key of a name: diacritics stripped, lower case, single spaces,
/// curly apostrophes made straight.
pub fn key(s: &str) -> String {
    // most names are ASCII: skip the normalisation and its allocations
    let folded;
    let s = if s.is_ascii() {
        s
    } else {
        folded = strip_diacritics(s).replace('’', "'");
        &folded
    };
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_ascii() {
        out.make_ascii_lowercase();
        out
    } else {
        out.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds() {
        assert_eq!(super::key(" Anne-Marie  DESCÔTES "), "anne-marie descotes");
        assert_eq!(super::strip_diacritics("Élysée"), "Elysee");
        assert_eq!(
            super::strip_diacritics("Radosław Sikorski"),
            "Radoslaw Sikorski"
        );
        assert_eq!(super::strip_diacritics("Erdoğan"), "Erdogan");
    }
}
