//! Assembling one document: header in the style's form, a lead paragraph,
//! body paragraphs until the drawn length, noise lines in some documents.

use chrono::Datelike;

use crate::rng::Rng;
use crate::scene::Scene;
use crate::styles::{Style, COMMON, FILLERS, HEADLINES};
use crate::words::{self, NOISE};
use crate::Shape;

/// A length drawn about log-uniformly in `shape`, as article lengths are
/// spread: an octave (`[lo, 2·lo)`) weighted by its share of the log range,
/// then uniformly inside it. Integer arithmetic only (see `rng`).
pub fn target_len(rng: &mut Rng, shape: Shape) -> usize {
    let mut octaves = Vec::new();
    let mut lo = shape.min.max(1);
    while lo < shape.max {
        let hi = (lo * 2).min(shape.max);
        // a partial last octave weighs its linear share (close enough)
        octaves.push((lo, hi, 1024 * (hi - lo) / lo));
        lo = hi;
    }
    let total: usize = octaves.iter().map(|o| o.2).sum();
    if total == 0 {
        return shape.max;
    }
    let mut r = rng.below(total);
    for &(lo, hi, w) in &octaves {
        if r < w {
            return rng.range(lo, hi);
        }
        r -= w;
    }
    shape.max
}

fn header(s: &Scene, style: Style, rng: &mut Rng) -> String {
    let p = s.published;
    let iso = p.format("%Y-%m-%d");
    let month = words::MONTHS[p.month0() as usize];
    let headline = |rng: &mut Rng| {
        let h = s.fill(rng.one(HEADLINES), rng);
        if rng.chance(50) {
            h.to_uppercase()
        } else {
            h
        }
    };
    let wire = |rng: &mut Rng| match rng.below(4) {
        0 => format!(
            "date {iso}\n{}, {month} {} ({}) - ",
            s.x.capital.to_uppercase(),
            p.day(),
            s.outlet
        ),
        1 => format!("{}, {} — ", s.x.capital, s.long_date(p)),
        2 => format!(
            "date {iso}\n{} [{}], {month} {} : ",
            s.x.capital,
            s.x.name,
            p.day()
        ),
        _ => format!("date {iso}\n{} — ", s.x.capital.to_uppercase()),
    };
    match style {
        Style::PressRelease => {
            let ministry =
                s.x.ministry
                    .as_deref()
                    .unwrap_or("Ministry of Foreign Affairs");
            let dateline = if rng.chance(50) {
                format!("{} / {:02} {month} {}", s.x.capital, p.day(), p.year())
            } else {
                format!("{}, {}", s.x.capital, s.long_date(p))
            };
            format!("{ministry}\n\n{dateline}\n\n{}\n\n", headline(rng))
        }
        Style::Wire | Style::Friction => wire(rng),
        Style::Readout => format!(
            "date {iso}\nReadout of {} {}'s call with {} {}\n\n",
            s.a.title,
            s.fill("{As}", rng),
            s.b.title,
            s.b.name
        ),
        Style::JointStatement => format!(
            "{}-{} Joint Statement\n{}, {}\n\n1. ",
            s.x.adjective,
            s.y.adjective,
            s.y.capital,
            s.long_date(p)
        ),
        Style::Exercise => format!(
            "{}, {}\n\n{}\n\n",
            s.x.capital,
            s.long_date(p),
            s.fill("{Xa}-{Ya} joint exercise {exname} begins", rng)
                .to_uppercase()
        ),
    }
}

fn paragraph(s: &Scene, style: Style, rng: &mut Rng) -> String {
    let n = rng.range(1, 4);
    let mut out = String::new();
    for k in 0..n {
        let pool = if rng.chance(75) { style.body() } else { COMMON };
        if k > 0 {
            out.push(' ');
        }
        out.push_str(&s.fill(rng.one(pool), rng));
    }
    out
}

/// Hard-wraps a paragraph at `width` columns, as plain-text mailers do.
fn wrap(par: &str, width: usize) -> String {
    let mut out = String::with_capacity(par.len() + par.len() / width);
    let mut col = 0;
    for word in par.split(' ') {
        if col > 0 && col + 1 + word.chars().count() > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += word.chars().count();
    }
    out
}

/// Cuts `text` to at most `max` bytes at a space (only needed when a
/// narrow shape meets a long header).
fn cut(text: &mut String, max: usize) {
    if text.len() <= max {
        return;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let end = text[..end].rfind(' ').unwrap_or(end);
    text.truncate(end);
}

/// One document of `style` about `scene`, its length in `shape`.
pub fn document(s: &Scene, style: Style, rng: &mut Rng, shape: Shape) -> String {
    let target = target_len(rng, shape);
    let noisy = rng.chance(35);
    let wrapped = rng.chance(10);
    let numbered = style == Style::JointStatement;
    let mut text = header(s, style, rng);
    text.push_str(&s.fill(rng.one(style.leads()), rng));
    let mut number = 1;
    while text.len() < target {
        let mut par = if noisy && rng.chance(20) {
            s.fill(rng.one(NOISE), rng)
        } else {
            let p = paragraph(s, style, rng);
            let p = if wrapped { wrap(&p, 72) } else { p };
            if numbered {
                number += 1;
                format!("{number}. {p}")
            } else {
                p
            }
        };
        if text.len() + 2 + par.len() > shape.max {
            // one short sentence may still fit; else stop here
            par = s.fill(rng.one(FILLERS), rng);
            if text.len() + 2 + par.len() > shape.max {
                break;
            }
        }
        text.push_str("\n\n");
        text.push_str(&par);
    }
    if noisy && rng.chance(50) {
        let line = s.fill(rng.one(NOISE), rng);
        if text.len() + 1 + line.len() <= shape.max {
            text.push('\n');
            text.push_str(&line);
        }
    }
    // a narrow shape (the by-size benches) may need a few more bytes
    for _ in 0..8 {
        if text.len() >= shape.min {
            break;
        }
        let f = s.fill(rng.one(FILLERS), rng);
        if text.len() + 1 + f.len() <= shape.max {
            text.push(' ');
            text.push_str(&f);
        }
    }
    cut(&mut text, shape.max);
    // trailing blanks, as scraped pages often have, close any last gap
    while text.len() < shape.min {
        text.push(' ');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_and_width() {
        let p = "one two three four five six seven eight nine ten eleven twelve";
        let w = wrap(p, 20);
        assert_eq!(w.replace('\n', " "), p);
        assert!(w.lines().all(|l| l.len() <= 20));
    }

    #[test]
    fn targets_stay_in_shape() {
        let mut rng = Rng::new(1);
        let shape = Shape {
            min: 512,
            max: 20480,
        };
        for _ in 0..10_000 {
            let t = target_len(&mut rng, shape);
            assert!((512..=20480).contains(&t));
        }
        let fixed = Shape {
            min: 4096,
            max: 4096,
        };
        assert_eq!(target_len(&mut rng, fixed), 4096);
    }
}
