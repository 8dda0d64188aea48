//! The bundled knowledge base loads and resolves; overlays extend it; every
//! kind of injected error is caught with its file, entry and problem.

use std::path::PathBuf;

use chrono::NaiveDate;
use entente_kb::{Kb, KbError, Target};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn overlay(files: &[(&str, &str)]) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let p = vec![dir.path().to_path_buf()];
    (dir, p)
}

fn problems(files: &[(&str, &str)]) -> String {
    let (_d, p) = overlay(files);
    match Kb::load(&p) {
        Ok(_) => panic!("the overlay should have been refused"),
        Err(e) => e.to_string(),
    }
}

fn person(kb: &Kb, name: &str) -> usize {
    let found = kb.person_by_name(name);
    assert_eq!(found.len(), 1, "{name}: {found:?}");
    found[0]
}

#[test]
fn bundled_kb_is_valid_and_complete_enough() {
    let kb = Kb::bundled().unwrap();
    let counts: std::collections::HashMap<_, _> = kb.counts().into_iter().collect();
    assert_eq!(counts["countries"], 249);
    assert!(counts["people"] > 500 && counts["offices"] > 200 && counts["CAMEO codes"] > 250);
    for code in ["EUR", "UNO", "NAT", "ASN"] {
        assert!(kb.body(code).is_some(), "{code}");
    }
    assert_eq!(kb.event_types.len(), 24);
    assert_eq!(kb.areas.len(), 20);
}

#[test]
fn titles_resolve_by_country_and_date_across_tenures() {
    let kb = Kb::bundled().unwrap();
    let fs = |d: &str| {
        kb.resolve_kind("foreign-secretary", "IND", day(d))
            .map(|h| kb.people[h.person].name.clone())
    };
    assert_eq!(fs("2024-03-05").as_deref(), Some("Vinay Mohan Kwatra"));
    assert_eq!(fs("2024-07-14").as_deref(), Some("Vinay Mohan Kwatra"));
    assert_eq!(fs("2024-07-15").as_deref(), Some("Vikram Misri"));
    assert_eq!(fs("2025-01-20").as_deref(), Some("Vikram Misri"));
    let fm = |d: &str| {
        kb.resolve_kind("foreign-minister", "FRA", day(d))
            .map(|h| kb.people[h.person].name.clone())
    };
    assert_eq!(fm("2023-06-01").as_deref(), Some("Catherine Colonna"));
    assert_eq!(fm("2024-03-01").as_deref(), Some("Stéphane Séjourné"));
    assert_eq!(fm("2025-01-20").as_deref(), Some("Jean-Noël Barrot"));
    let hos = kb
        .resolve_kind("head-of-state", "FRA", day("2025-01-20"))
        .unwrap();
    assert_eq!(kb.people[hos.person].name, "Emmanuel Macron");
    let sos = |d: &str| {
        kb.resolve_kind("foreign-minister", "USA", day(d))
            .map(|h| kb.people[h.person].name.clone())
    };
    assert_eq!(sos("2024-06-01").as_deref(), Some("Antony Blinken"));
    assert_eq!(sos("2025-06-01").as_deref(), Some("Marco Rubio"));
}

#[test]
fn names_variants_and_handles_find_people() {
    let kb = Kb::bundled().unwrap();
    let d = person(&kb, "Anne-Marie Descotes");
    assert_eq!(kb.people[d].name, "Anne-Marie Descôtes");
    assert_eq!(
        person(&kb, "S. Jaishankar"),
        person(&kb, "Subrahmanyam Jaishankar")
    );
    assert_eq!(person(&kb, "@VikramMisri"), person(&kb, "Vikram Misri"));
    assert_eq!(person(&kb, "ISHIBA Shigeru"), person(&kb, "Shigeru Ishiba"));
    let misri = person(&kb, "Vikram Misri");
    let office = kb.office_of(misri, Some(day("2025-01-20")), None).unwrap();
    assert_eq!(kb.offices[office].title, "Foreign Secretary");
}

#[test]
fn gazetteer_knows_adjectives_prefixes_seats_and_acronyms() {
    let kb = Kb::bundled().unwrap();
    let text = "Indo-French talks at the Elysée; the Kremlin and AI but not ai.";
    let hits = kb.gazetteer().find(text);
    let forms: Vec<&str> = hits.iter().map(|h| h.span.of(text)).collect();
    assert!(
        forms.contains(&"Indo-") && forms.contains(&"French"),
        "{forms:?}"
    );
    assert!(forms.contains(&"AI") && !forms.contains(&"ai"), "{forms:?}");
    let kremlin = hits
        .iter()
        .find(|h| h.span.of(text).contains("Kremlin"))
        .unwrap();
    assert!(kremlin
        .targets
        .iter()
        .any(|t| matches!(t, Target::Seat(i) if kb.countries[*i].code == "RUS")));
}

#[test]
fn an_overlay_adds_and_replaces_entries() {
    let (_d, p) = overlay(&[(
        "mine.toml",
        r#"
[[mechanism]]
name = "Foreign Office Consultations"
aliases = ["Foreign Office talks"]
pairs = [["FRA", "IND"]]

# replaces the bundled entry (same name and country): the tenure now ends
[[person]]
name = "Vikram Misri"
country = "IND"
tenures = [{ office = "IND-FS", from = "2024-07-15", to = "2029-12-31" }]

[[person]]
name = "Asha Imaginary"
country = "IND"
tenures = [{ office = "IND-FS", from = "2030-01-01" }]
"#,
    )]);
    let kb = Kb::load(&p).unwrap();
    assert_eq!(
        kb.resolve_kind("foreign-secretary", "IND", day("2030-02-01"))
            .map(|h| kb.people[h.person].name.clone())
            .as_deref(),
        Some("Asha Imaginary")
    );
    let m = kb
        .mechanisms
        .iter()
        .find(|m| m.name == "Foreign Office Consultations")
        .unwrap();
    assert_eq!(m.aliases, vec!["Foreign Office talks"]);
}

#[test]
fn injected_errors_are_named_by_file_entry_and_problem() {
    let e = problems(&[("a.toml", "[[person]]\nname = \"X Y\"\ncountry = \"ZZZ\"\n")]);
    assert!(
        e.contains("a.toml: person X Y (ZZZ): unknown country code ZZZ"),
        "{e}"
    );

    let e = problems(&[("b.toml", "[[person]]\nname = \"X Y\"\ncountry = \"IND\"\ntenures = [{ office = \"IND-NOPE\", from = \"2020-01-01\" }]\n")]);
    assert!(
        e.contains("b.toml: person X Y (IND): tenure names unknown office IND-NOPE"),
        "{e}"
    );

    let e = problems(&[("c.toml", "[[person]]\nname = \"X Y\"\ncountry = \"IND\"\ntenures = [{ office = \"IND-FS\", from = \"2020-05-01\", to = \"2020-01-01\" }]\n")]);
    assert!(
        e.contains("ends (2020-01-01) before it starts (2020-05-01)"),
        "{e}"
    );

    let e = problems(&[("d.toml", "[[person]]\nname = \"X Y\"\ncountry = \"IND\"\ntenures = [{ office = \"IND-FS\", from = \"5 May 2020\" }]\n")]);
    assert!(e.contains("date \"5 May 2020\" is not YYYY-MM-DD"), "{e}");

    // a second Foreign Secretary while Misri holds the office
    let e = problems(&[("e.toml", "[[person]]\nname = \"X Y\"\ncountry = \"IND\"\ntenures = [{ office = \"IND-FS\", from = \"2025-01-01\", to = \"2025-02-01\" }]\n")]);
    assert!(
        e.contains("office IND-FS: two holders of a single-holder office"),
        "{e}"
    );

    let e = problems(&[(
        "areas.toml",
        "[[area]]\nslug = \"defence\"\nsynonyms = [\"army\"]\nexercise_signs = [\" \"]\n",
    )]);
    assert!(e.contains("area defence: an empty exercise sign"), "{e}");

    let e = problems(&[(
        "f.toml",
        "[[office]]\nid = \"IND-X\"\ncountry = \"IND\"\nkind = \"wizard\"\ntitle = \"Wizard\"\n",
    )]);
    assert!(
        e.contains("f.toml: office IND-X: unknown kind \"wizard\""),
        "{e}"
    );

    let e = problems(&[(
        "g.toml",
        "[[area]]\nslug = \"space\"\nsynonyms = [\"defence\"]\n",
    )]);
    assert!(e.contains("synonym \"defence\""), "{e}");

    let e = problems(&[(
        "h.toml",
        "[[code]]\ncode = \"99\"\nname = \"x\"\ngoldstein = 0.0\n",
    )]);
    assert!(e.contains("code 99: must be 3 or 4 digits"), "{e}");

    let e = problems(&[(
        "i.toml",
        "[[person]]\nname = \"X Y\"\ncountry = \"IND\"\nbirthday = \"x\"\n",
    )]);
    assert!(
        e.contains("i.toml: not valid knowledge-base TOML") && e.contains("birthday"),
        "{e}"
    );

    let e = problems(&[("j.toml", "[[body]]\ncode = \"IND\"\nname = \"Fake\"\n")]);
    assert!(e.contains("code is also a country's code"), "{e}");

    let e = problems(&[(
        "k.toml",
        "[[person]]\nname = \"X Y\"\ncountry = \"IND\"\nhandles = [\"nohandle\"]\n",
    )]);
    assert!(e.contains("handle \"nohandle\" must start with @"), "{e}");

    // duplicates within one layer are reported, with both files named
    let e = problems(&[
        ("l1.toml", "[[mechanism]]\nname = \"Tea Talks\"\n"),
        ("l2.toml", "[[mechanism]]\nname = \"Tea Talks\"\n"),
    ]);
    assert!(e.contains("mechanism Tea Talks: defined twice"), "{e}");

    let e = problems(&[(
        "m.toml",
        "[[institution]]\nid = \"IND-CAB\"\ncountry = \"IND\"\nkind = \"other\"\nname = \"Cabinet\"\n",
    )]);
    assert!(
        e.contains("institution IND-CAB: \"Cabinet\" is a common noun"),
        "{e}"
    );
}

#[test]
fn a_missing_overlay_folder_is_an_error() {
    let e = Kb::load(&[PathBuf::from("/nonexistent/kb")]).err().unwrap();
    assert!(matches!(e, KbError::Io { .. }));
    assert!(e.to_string().contains("/nonexistent/kb"));
}
