//! Sentence segmentation with byte spans.
//!
//! Rules, in the order they apply:
//! * a blank line always ends a sentence (paragraphs, list blocks);
//! * a single line break ends one unless the line before is long prose
//!   without final punctuation (hard-wrapped text);
//! * `.`, `!` or `?` (with any closing quotes or brackets) followed by space
//!   and a capital, a digit, an opening quote or a bullet ends one, unless the
//!   word before the dot is a known abbreviation (`Shri.`, `H.E.`, `Jan.`,
//!   `No.`), an initial (`S. Jaishankar`) or a dotted acronym (`U.S.`).
//!
//! Spans never include the white space around a sentence.

use entente_core::Span;

/// Abbreviations after which a dot does not end a sentence when more of
/// the sentence follows. Compared case-insensitively, without the dot.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "shri", "smt", "rt", "hon'ble", "excl", "sh", "km", "st",
    "mt", "no", "nos", "nr", "vol", "art", "para", "sec", "gen", "lt", "col", "maj", "capt", "cdr",
    "adm", "brig", "sgt", "cpl", "gov", "govt", "sen", "rep", "hon", "amb", "pres", "jr", "sr",
    "rev", "fr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "vs", "viz", "approx", "ca", "inc", "ltd", "co", "corp", "dept", "min", "est", "fig",
    "e.g", "i.e", "cf", "al",
];

/// Sentences of `text` from byte `from` on, skipping the `skip` spans.
pub fn sentences(text: &str, from: usize, skip: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = from;
    let bytes = text.as_bytes();
    let mut i = from;
    let push = |out: &mut Vec<Span>, s: usize, e: usize| {
        let piece = &text[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let sp = Span::new(s + lead, s + lead + trimmed.len());
            if !skip.iter().any(|k| k.contains(sp)) {
                out.push(sp);
            }
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1).max(start);
            let prev_line = text[line_start..i].trim();
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            let blank = j < bytes.len() && bytes[j] == b'\n';
            let hard_wrap = prev_line.len() > 60
                && !prev_line.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')'])
                && !blank;
            if blank || !hard_wrap || skip.iter().any(|k| k.start == j || k.end == i) {
                push(&mut out, start, i);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            // take closing quotes/brackets with the sentence
            let mut end = i + 1;
            while end < text.len() {
                let ch = text[end..].chars().next().unwrap();
                if matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
                    end += ch.len_utf8();
                } else {
                    break;
                }
            }
            let after = &text[end..];
            let ws = after.len() - after.trim_start_matches([' ', '\t', '\u{a0}']).len();
            let next = after[ws..].chars().next();
            let opens = next.is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '•' | '-' | '*' | '@')
            });
            if ws > 0 && opens && !(b == b'.' && is_abbreviation(text, i)) {
                push(&mut out, start, end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, text.len());
    out
}

/// Whether the dot at byte `dot` belongs to an abbreviation, an initial or
/// a dotted acronym rather than ending a sentence.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '['))
        .map_or(0, |p| p + before[p..].chars().next().unwrap().len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // an initial: "S." "K." (one capital letter)
    let letters: Vec<char> = word.chars().collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    // dotted acronyms: "U.S", "H.E", "U.K"
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && !p.is_empty())
    {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t, 0, &[]).iter().map(|s| s.of(t)).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "Shri. Modi met H.E. Mr. Macron in Paris. Dr. S. Jaishankar joined the U.S. delegation on Jan. 5. The talks ended.";
        assert_eq!(
            split(t),
            vec![
                "Shri. Modi met H.E. Mr. Macron in Paris.",
                "Dr. S. Jaishankar joined the U.S. delegation on Jan. 5.",
                "The talks ended."
            ]
        );
        assert_eq!(
            split("They met at No. 10 Downing Street. Then left.").len(),
            2
        );
        assert_eq!(split("Cooperation in S&T was discussed. Next.").len(), 2);
    }

    #[test]
    fn quotes_and_paragraphs() {
        let t = "He said, \"We agreed. More will follow.\" The minister left.\n\nA new paragraph\nwith a heading line";
        assert_eq!(
            split(t),
            vec![
                "He said, \"We agreed.",
                "More will follow.\"",
                "The minister left.",
                "A new paragraph",
                "with a heading line"
            ]
        );
        let t = "\"We agreed,\" he said. \"Good.\"";
        assert_eq!(split(t), vec!["\"We agreed,\" he said.", "\"Good.\""]);
    }

    #[test]
    fn lists_and_wrapped_lines() {
        let t = "The sides agreed to:\n- expand trade;\n- hold talks.\nIt ended.";
        assert_eq!(
            split(t),
            vec![
                "The sides agreed to:",
                "- expand trade;",
                "- hold talks.",
                "It ended."
            ]
        );
        let t = "This is a long line of prose that was wrapped by the sender's mail program\nand goes on here.";
        assert_eq!(split(t).len(), 1);
    }

    #[test]
    fn spans_are_exact_bytes() {
        let t = "  Été à Paris. Début ici.  ";
        let s = sentences(t, 0, &[]);
        assert_eq!(s[0].of(t), "Été à Paris.");
        assert_eq!(s[1].of(t), "Début ici.");
    }
}
