//! The generator's promises: same seed, same bytes; lengths in range;
//! every style; documents independent of the corpus size.

use entente_bench::{Generator, Shape, Style};
use entente_kb::Kb;

fn kb() -> Kb {
    Kb::bundled().expect("bundled KB")
}

#[test]
fn same_seed_same_bytes() {
    let kb = kb();
    let a: Vec<_> = Generator::new(&kb, 7).docs(300).collect();
    let b: Vec<_> = Generator::new(&kb, 7).docs(300).collect();
    assert_eq!(a, b);
    let c: Vec<_> = Generator::new(&kb, 8).docs(300).collect();
    assert!(a.iter().zip(&c).all(|(x, y)| x.text != y.text));
}

#[test]
fn a_document_does_not_depend_on_the_corpus_size() {
    let kb = kb();
    let g = Generator::new(&kb, 7);
    let tenth = g.docs(10).nth(9).unwrap();
    assert_eq!(tenth, g.doc(9));
    assert_eq!(tenth.id, "gen-7-0000009");
}

#[test]
fn default_lengths_span_half_to_twenty_kb() {
    let kb = kb();
    let lens: Vec<usize> = Generator::new(&kb, 7)
        .docs(1000)
        .map(|d| d.text.len())
        .collect();
    assert!(lens.iter().all(|&n| (512..=20 * 1024).contains(&n)));
    // spread over the whole range, not bunched at one end
    assert!(lens.iter().any(|&n| n < 1024));
    assert!(lens.iter().any(|&n| n > 16 * 1024));
    let median = {
        let mut s = lens.clone();
        s.sort();
        s[s.len() / 2]
    };
    assert!((2048..=6144).contains(&median), "median {median}");
}

#[test]
fn narrow_shapes_are_kept() {
    let kb = kb();
    for kib in [1usize, 4, 16] {
        let shape = Shape::around(kib * 1024);
        let g = Generator::new(&kb, 3).with_shape(shape);
        for d in g.docs(100) {
            let n = d.text.len();
            assert!(shape.min <= n && n <= shape.max, "{kib} KB: {n} bytes");
        }
    }
}

#[test]
fn every_style_appears_with_some_noise() {
    let kb = kb();
    let docs: Vec<_> = Generator::new(&kb, 7).docs(300).collect();
    for style in Style::ALL {
        assert!(docs.iter().any(|d| d.style == style), "{}", style.name());
    }
    assert!(docs.iter().any(|d| d.text.contains("Share this")
        || d.text.contains("ADVERTISEMENT")
        || d.text.contains("Read more")));
    assert!(docs.iter().any(|d| !d.text.is_ascii()));
}

#[test]
fn jsonl_lines_round_trip() {
    let kb = kb();
    let d = Generator::new(&kb, 7).doc(4);
    let line = d.to_jsonl();
    assert!(!line.contains('\n'));
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["id"], d.id.as_str());
    assert_eq!(v["text"], d.text.as_str());
}
