//! End-to-end tests of the `entente` binary: one test binary, each test in
//! its own temporary folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

fn run(args: &[&str]) -> Output {
    entente()
        .args(args)
        .env_remove("ENTENTE_KB")
        .output()
        .expect("entente runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

const GOOD: &str = "date 2024-03-12\nTOKYO, March 12 (Wire Desk) - Japan and India held talks in Tokyo on Monday. \
Prime Minister Narendra Modi met Prime Minister Kishida Fumio and the two sides agreed to expand cooperation in semiconductors.\n";

fn records(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn extract_prints_one_record_per_document_with_header_fields() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", GOOD.as_bytes());
    let o = run(&["extract", a.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let recs = records(&stdout(&o));
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["id"], "a");
    assert_eq!(r["published"], "2024-03-12");
    assert_eq!(r["dateline"]["place"], "Tokyo");
    assert_eq!(r["dateline"]["country"], "JPN");
    let types: Vec<&str> = r["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert!(types.contains(&"meeting"), "{types:?}");
    assert!(types.contains(&"intent_to_cooperate"), "{types:?}");
    let meeting = r["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "meeting")
        .unwrap();
    assert_eq!(meeting["date"], "2024-03-11");
    assert_eq!(meeting["countries"], serde_json::json!(["IND", "JPN"]));
}

#[test]
fn bad_documents_are_reported_by_name_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let bad_utf8 = write(dir.path(), "latin1.txt", b"Caf\xe9 talks were held.");
    let empty = write(dir.path(), "empty.txt", b"  \n ");
    let binary = write(
        dir.path(),
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    let big = write(
        dir.path(),
        "big.txt",
        "India and France met. ".repeat(100).as_bytes(),
    );
    let missing = dir.path().join("missing.txt");
    let o = run(&[
        "extract",
        "--max-bytes",
        "1000",
        bad_utf8.to_str().unwrap(),
        good.to_str().unwrap(),
        empty.to_str().unwrap(),
        binary.to_str().unwrap(),
        big.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("latin1.txt: not valid UTF-8"), "{err}");
    assert!(err.contains("empty.txt: empty document"), "{err}");
    assert!(err.contains("image.txt: looks binary"), "{err}");
    assert!(
        err.contains("big.txt: 2200 bytes is over the limit of 1000 bytes"),
        "{err}"
    );
    assert!(err.contains("missing.txt: cannot read"), "{err}");
    assert!(err.contains("5 document(s) could not be read"), "{err}");
    let recs = records(&stdout(&o));
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["id"], "good");
}

#[test]
fn jsonl_input_keeps_order_and_reports_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "{}\nnot json\n{}\n",
        serde_json::json!({"id": "one", "text": "India and France held talks in Paris.", "published": "2024-05-02"}),
        serde_json::json!({"id": "two", "text": GOOD}),
    );
    let f = write(dir.path(), "in.jsonl", input.as_bytes());
    let o = run(&["extract", "--jsonl", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("in.jsonl: line 2: not a document record"),
        "{}",
        stderr(&o)
    );
    let recs = records(&stdout(&o));
    assert_eq!(
        recs.iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        vec!["one", "two"]
    );
    assert_eq!(recs[0]["published"], "2024-05-02");
}

#[test]
fn stdin_and_published_flag() {
    let mut child = entente()
        .args(["extract", "--published", "2023-07-14", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"The two leaders met in Paris on Thursday.")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let r = &records(&stdout(&o))[0];
    assert_eq!(r["id"], "stdin");
    assert_eq!(r["published"], "2023-07-14");
}

#[test]
fn html_documents_are_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let html = "<html><head><title>Readout</title><script>var x='India met France';</script></head>\
                <body><p>date 2024-02-01</p><p>India &amp; Japan held talks in Tokyo on Wednesday.</p></body></html>";
    let f = write(dir.path(), "page.html", html.as_bytes());
    let o = run(&["extract", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = &records(&stdout(&o))[0];
    assert_eq!(r["id"], "page");
    assert!(!stdout(&o).contains("var x"));
}

#[test]
fn broken_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "a.txt", GOOD.as_bytes());
    let args: Vec<String> = std::iter::once("extract".to_string())
        .chain(std::iter::repeat_n(f.to_str().unwrap().to_string(), 2000))
        .collect();
    let mut child = entente()
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once
    let o = child.wait_with_output().unwrap();
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn kb_check_and_lookup_across_a_tenure_boundary() {
    let o = run(&["kb", "check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("knowledge base OK"));
    // Misri took over from Kwatra on 15 July 2024
    let fs = |date: &str| {
        stdout(&run(&[
            "kb",
            "lookup",
            "Foreign Secretary",
            "--country",
            "IND",
            "--date",
            date,
        ]))
    };
    assert!(
        fs("2025-01-20").contains("Vikram Misri"),
        "{}",
        fs("2025-01-20")
    );
    assert!(
        fs("2024-03-05").contains("Vinay Mohan Kwatra"),
        "{}",
        fs("2024-03-05")
    );
    assert!(
        fs("2024-07-14").contains("Vinay Mohan Kwatra"),
        "{}",
        fs("2024-07-14")
    );
    assert!(
        fs("2024-07-15").contains("Vikram Misri"),
        "{}",
        fs("2024-07-15")
    );
    // a state's own office form needs no country
    let o = run(&[
        "kb",
        "lookup",
        "External Affairs Minister",
        "--date",
        "2025-01-20",
    ]);
    assert!(
        stdout(&o).contains("Subrahmanyam Jaishankar"),
        "{}",
        stdout(&o)
    );
    let o = run(&["kb", "lookup", "Descotes"]);
    assert!(stdout(&o).contains("Anne-Marie Descôtes"), "{}", stdout(&o));
}

#[test]
fn user_overlay_adds_an_official_without_rebuilding() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "extra.toml",
        br#"
[[office]]
id = "IND-CPV"
country = "IND"
institution = "IND-MEA"
kind = "other"
title = "Secretary (Consular, Passport and Visa)"

[[person]]
name = "Testa Rossa Imaginaria"
country = "IND"
tenures = [{ office = "IND-CPV", from = "2024-01-01" }]
"#,
    );
    let o = run(&[
        "--kb",
        dir.path().to_str().unwrap(),
        "kb",
        "lookup",
        "Testa Rossa Imaginaria",
    ]);
    assert!(
        stdout(&o).contains("Secretary (Consular, Passport and Visa)"),
        "{}",
        stdout(&o)
    );
    // a bad overlay is refused with the file, the entry and the problem
    write(
        dir.path(),
        "bad.toml",
        b"[[person]]\nname = \"Nobody Known\"\ncountry = \"XXX\"\n",
    );
    let o = run(&["--kb", dir.path().to_str().unwrap(), "kb", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("bad.toml: person Nobody Known (XXX): unknown country code XXX"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn demo_runs_on_bundled_samples() {
    let o = run(&["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("in-fr-strategic-dialogue-2024"), "{out}");
    assert!(out.contains("consultation"), "{out}");
}
