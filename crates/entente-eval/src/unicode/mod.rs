//! The parts of Python's `str` that score.py relies on, character for
//! character: `isspace`, `split()`, `strip()`, `lower()`, `casefold()`,
//! `unicodedata.category`/`combining`/NFKD, `isprintable` and the regex `\w`.
//!
//! Rust's own Unicode data is newer than the Python that runs score.py, and
//! its notions differ in places (Rust's `\w` takes combining marks, Python's
//! does not; `casefold` is not `to_lowercase`).  So the character classes come
//! from a table generated from Python itself (`tables.rs`), and Rust's case
//! mappings are used only for characters that Python knows.

mod tables;

use tables::{ALNUM, CASED, CASEFOLD, CASE_IGNORABLE, CATEGORY_MASK, COMBINING, RUNS, UNASSIGNED};

/// Class byte of `c` (see the bit constants in `tables.rs`).
fn class(c: char) -> u8 {
    let i = RUNS.partition_point(|&(start, _)| start <= c as u32);
    RUNS[i - 1].1
}

/// Major general category letter of `c` (`L`, `M`, `N`, `P`, `S`, `Z`, `C`).
fn major_category(c: char) -> u8 {
    b"LMNPSZC"[usize::from(class(c) & CATEGORY_MASK)]
}

/// `str.isspace()` for one character (includes U+001C..U+001F, which Rust's
/// `char::is_whitespace` does not).
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..='\u{1f}'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Punctuation, symbol, separator or other (`unicodedata.category(c)[0] in "PSZC"`).
pub(crate) fn is_edge(c: char) -> bool {
    matches!(major_category(c), b'P' | b'S' | b'Z' | b'C')
}

/// Python's `\w` on a `str` pattern: `isalnum()` or the underscore.
pub(crate) fn is_word(c: char) -> bool {
    c == '_' || class(c) & ALNUM != 0
}

/// `str.isprintable()` for one character (used by `repr`).
pub(crate) fn is_printable(c: char) -> bool {
    c == ' ' || !matches!(major_category(c), b'Z' | b'C')
}

/// `unicodedata.combining(c) != 0`.
fn is_combining(c: char) -> bool {
    class(c) & COMBINING != 0
}

fn is_unassigned(c: char) -> bool {
    class(c) & UNASSIGNED != 0
}

/// `str.split()` without arguments: runs of `isspace` characters separate,
/// empty pieces are dropped.
pub(crate) fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_space).filter(|t| !t.is_empty())
}

/// `" ".join(s.split())`.
pub(crate) fn collapse(s: &str) -> String {
    split(s).collect::<Vec<_>>().join(" ")
}

/// `str.strip()` without arguments.
pub(crate) fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// `unicodedata.normalize("NFKD", s)` without the characters whose combining
/// class is non-zero.  Canonical reordering only permutes runs of such
/// characters, which are all dropped, so decomposing each character suffices.
/// Characters Python does not know yet are left alone, as Python does.
pub(crate) fn strip_marks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_unassigned(c) {
            out.push(c);
        } else {
            unicode_normalization::char::decompose_compatible(c, |d| {
                if !is_combining(d) {
                    out.push(d);
                }
            });
        }
    }
    out
}

/// Lower-case mapping of one character other than U+03A3, as Python has it.
fn push_lower(c: char, out: &mut String) {
    if is_unassigned(c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// `str.lower()`: full lower-case mapping, with the final-sigma rule.
pub(crate) fn lower(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '\u{3a3}' {
            out.push(if final_sigma(&chars, i) { 'ς' } else { 'σ' });
        } else {
            push_lower(c, &mut out);
        }
    }
    out
}

/// Python's `handle_capital_sigma`: a cased letter before (skipping
/// case-ignorable ones) and none after.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let cased_at = |c: char| class(c) & CASED != 0;
    let ignorable = |c: char| class(c) & CASE_IGNORABLE != 0;
    match chars[..i].iter().rev().find(|&&c| !ignorable(c)) {
        Some(&c) if cased_at(c) => {}
        _ => return false,
    }
    match chars[i + 1..].iter().find(|&&c| !ignorable(c)) {
        Some(&c) => !cased_at(c),
        None => true,
    }
}

/// `str.casefold()`: full case folding, character by character.
pub(crate) fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match CASEFOLD.binary_search_by(|&(k, _)| k.cmp(&c)) {
            Ok(i) => out.push_str(CASEFOLD[i].1),
            Err(_) => push_lower(c, &mut out),
        }
    }
    out
}

/// The first `n` characters of `s` (Python's `s[:n]`).
pub(crate) fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// `s` without its first `n` characters (Python's `s[n:]`).
pub(crate) fn skip(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[i..],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        assert!(is_edge('.') && is_edge('«') && is_edge('€') && is_edge('\u{a0}'));
        assert!(is_edge('\u{200b}') && is_edge('\u{378}'));
        assert!(!is_edge('a') && !is_edge('7') && !is_edge('\u{301}'));
        assert!(is_word('_') && is_word('é') && is_word('٣') && is_word('²'));
        assert!(!is_word('\u{301}') && !is_word('-'));
        assert!(is_space('\u{1f}') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(is_printable('é') && !is_printable('\u{a0}') && !is_printable('\u{7f}'));
        assert_eq!(tables::UNIDATA_VERSION.split('.').count(), 3);
    }

    #[test]
    fn case_mappings() {
        assert_eq!(casefold("Straße ǅ ΣΑΣ"), "strasse ǆ σασ");
        assert_eq!(lower("ΣΑΣ ΑΣ. Σ"), "σας ας. σ");
        assert_eq!(lower("İ"), "i\u{307}");
        // unassigned in Python's Unicode data: left alone
        assert_eq!(lower("\u{1c89}"), "\u{1c89}");
    }

    #[test]
    fn marks_and_slices() {
        assert_eq!(strip_marks("Descôtes ﬁ ①"), "Descotes fi 1");
        assert_eq!(collapse(" a \u{2003} b\u{1c}c "), "a b c");
        assert_eq!(strip("\u{85} x \u{a0}"), "x");
        assert_eq!(prefix("ßab", 2), "ßa");
        assert_eq!(skip("ßab", 2), "b");
        assert_eq!(skip("ab", 5), "");
    }
}
