//! The result of scoring: typed figures, score.py's text report
//! (`render_text`) and its `--json` object.

use crate::figures::{Accuracy, AccuracyField, Prf};
use crate::problems::Problems;
use crate::pyjson::{dumps, Json};
use crate::scorer::DocResult;
use serde_json::{json, Map, Value};

/// Document counts of a scoring run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Documents {
    /// Readable gold documents.
    pub gold: usize,
    /// Distinct prediction ids.
    pub predicted: usize,
    /// Gold documents that had a prediction.
    pub scored: usize,
    /// Gold ids without a prediction, sorted.
    pub missing: Vec<String>,
    /// Prediction ids not in gold (not scored), sorted.
    pub extra: Vec<String>,
}

/// Everything score.py reports about one run.
#[derive(Debug, Clone)]
pub struct Report {
    pub(crate) gold_dir: String,
    pub(crate) predictions: String,
    pub(crate) documents: Documents,
    pub(crate) events_root: Prf,
    pub(crate) events_strict: Prf,
    pub(crate) participants: Prf,
    pub(crate) areas: Prf,
    pub(crate) statements: Prf,
    pub(crate) accuracy: [Accuracy; 8],
    pub(crate) prediction_problems: Problems,
    pub(crate) gold_problems: Problems,
    pub(crate) docs: Vec<DocResult>,
}

/// score.py's `_f`: a figure in a 7-wide column.
fn figure(x: Option<f64>) -> String {
    // Rust's `{:.3}` rounds the exact binary value half-to-even, as `%.3f`.
    x.map_or_else(|| "  n/a".to_string(), |x| format!("{x:.3}"))
}

/// score.py's `_c`: `tp/fp/fn` or `n/a`.
fn counts(c: &Option<[usize; 3]>) -> String {
    c.map_or_else(|| "n/a".to_string(), |[a, b, d]| format!("{a}/{b}/{d}"))
}

impl Report {
    /// The gold directory's label (`gold_dir` in JSON).
    pub fn gold_dir(&self) -> &str {
        &self.gold_dir
    }

    /// The predictions' label (`predictions` in JSON).
    pub fn predictions(&self) -> &str {
        &self.predictions
    }

    /// Document counts, missing and extra ids.
    pub fn documents(&self) -> &Documents {
        &self.documents
    }

    /// Event P/R/F1 by CAMEO root and countries.
    pub fn events_root(&self) -> Prf {
        self.events_root
    }

    /// Event P/R/F1 counting only pairs whose type and date also agree.
    pub fn events_strict(&self) -> Prf {
        self.events_strict
    }

    /// Participant-name P/R/F1 on paired events.
    pub fn participants(&self) -> Prf {
        self.participants
    }

    /// Area P/R/F1 on paired events.
    pub fn areas(&self) -> Prf {
        self.areas
    }

    /// Statement P/R/F1.
    pub fn statements(&self) -> Prf {
        self.statements
    }

    /// Accuracy of one field.
    pub fn accuracy(&self, field: AccuracyField) -> Accuracy {
        self.accuracy[field.index()]
    }

    /// Problems in the predictions (reading and records).
    pub fn prediction_problems(&self) -> &Problems {
        &self.prediction_problems
    }

    /// Problems in the gold files.
    pub fn gold_problems(&self) -> &Problems {
        &self.gold_problems
    }

    /// Results per gold document, in id order.
    pub fn per_document(&self) -> &[DocResult] {
        &self.docs
    }

    /// The text report, byte for byte as score.py prints it (without the
    /// final newline that `print` adds).
    pub fn render_text(&self) -> String {
        let mut l: Vec<String> = Vec::new();
        let d = &self.documents;
        l.push(format!(
            "Gold documents: {}   predicted records: {}   scored: {}   missing: {}   extra (ignored): {}",
            d.gold,
            d.predicted,
            d.scored,
            d.missing.len(),
            d.extra.len()
        ));
        l.push(String::new());
        l.push(format!(
            "{:<20} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}",
            "", "P", "R", "F1", "tp", "fp", "fn"
        ));
        for (m, label) in self.prf_rows() {
            let (p, r, f) = (figure(m.precision()), figure(m.recall()), figure(m.f1()));
            l.push(format!(
                "{label:<20} {p:>7} {r:>7} {f:>7} {:>6} {:>6} {:>6}",
                m.tp(),
                m.fp(),
                m.fn_()
            ));
        }
        l.push(String::new());
        l.push(format!(
            "{:<20} {:>7} {:>13}",
            "accuracy", "", "correct/total"
        ));
        for field in AccuracyField::ALL {
            let a = self.accuracy(field);
            let kind = if field.per_document() { "doc" } else { "pair" };
            let label = format!("{} ({kind})", field.key().replace('_', " "));
            let ratio = format!("{}/{}", a.correct(), a.total());
            l.push(format!(
                "{label:<20} {:>7} {ratio:>13}",
                figure(a.accuracy())
            ));
        }
        if !d.missing.is_empty() {
            l.push(String::new());
            l.push(format!(
                "Missing predictions ({}): {}",
                d.missing.len(),
                d.missing.join(", ")
            ));
        }
        if !d.extra.is_empty() {
            l.push(String::new());
            let more = if d.extra.len() > 20 { " ..." } else { "" };
            let shown = d.extra[..d.extra.len().min(20)].join(", ");
            l.push(format!(
                "Predicted ids not in gold ({}, not scored): {shown}{more}",
                d.extra.len()
            ));
        }
        let pp = &self.prediction_problems;
        if pp.count() > 0 {
            l.push(String::new());
            l.push(format!(
                "Prediction problems ({}; bad values are scored as wrong, missing ones as null):",
                pp.count()
            ));
            l.extend(pp.lines());
        }
        let gp = &self.gold_problems;
        if gp.count() > 0 {
            l.push(String::new());
            l.push(format!("Gold problems ({}):", gp.count()));
            l.extend(gp.lines());
        }
        let bad: Vec<&DocResult> = self.docs.iter().filter(|r| r.has_errors()).collect();
        if !bad.is_empty() {
            l.push(String::new());
            l.push(format!(
                "Documents with errors ({} of {}):",
                bad.len(),
                self.docs.len()
            ));
            for r in bad {
                l.extend(doc_lines(r));
            }
        }
        l.join("\n")
    }

    fn prf_rows(&self) -> [(Prf, &'static str); 5] {
        [
            (self.events_root, "events (root)"),
            (self.events_strict, "events (strict)"),
            (self.participants, "participant names"),
            (self.areas, "areas"),
            (self.statements, "statements"),
        ]
    }

    /// The object `score.py --json` prints (same keys, order and values).
    pub fn to_json(&self) -> Value {
        let d = &self.documents;
        let accuracy: Map<String, Value> = AccuracyField::ALL
            .iter()
            .map(|f| (f.key().to_string(), self.accuracy(*f).to_json()))
            .collect();
        let per_document: Map<String, Value> = self
            .docs
            .iter()
            .map(|r| (r.id.clone(), r.to_json()))
            .collect();
        json!({
            "gold_dir": self.gold_dir,
            "predictions": self.predictions,
            "documents": {"gold": d.gold, "predicted": d.predicted, "scored": d.scored,
                          "missing": d.missing, "extra": d.extra},
            "events_root": self.events_root.to_json(),
            "events_strict": self.events_strict.to_json(),
            "participants": self.participants.to_json(),
            "areas": self.areas.to_json(),
            "statements": self.statements.to_json(),
            "accuracy": accuracy,
            "prediction_problems": self.prediction_problems.to_json(),
            "gold_problems": self.gold_problems.to_json(),
            "per_document": per_document,
        })
    }

    /// [`Report::to_json`] printed byte for byte as score.py prints it
    /// (`json.dumps(..., ensure_ascii=False, indent=1)`, without the final
    /// newline that `print` adds).
    pub fn to_json_string(&self) -> String {
        dumps(&Json::from(self.to_json()), false, Some(1))
    }
}

/// The lines of one document in "Documents with errors".
fn doc_lines(r: &DocResult) -> Vec<String> {
    let missing = if r.missing { " MISSING;" } else { "" };
    let mut head = format!(
        "{}:{missing} root {}, strict {}",
        r.id,
        counts(&r.root),
        counts(&r.strict)
    );
    if r.statements.is_some() {
        head += &format!(", statements {}", counts(&r.statements));
    }
    if r.published == Some(false) {
        head += &format!(
            ", published {} (gold {})",
            r.published_values.1, r.published_values.0
        );
    }
    if r.dateline == Some(false) {
        head += &format!(
            ", dateline {} (gold {})",
            r.dateline_values.1, r.dateline_values.0
        );
    }
    let mut out = vec![head];
    let sections: [(&str, &[String]); 5] = [
        ("  miss      ", &r.missed),
        ("  spurious  ", &r.spurious),
        ("  ~strict   ", &r.not_strict),
        (
            "  stmt miss ",
            r.statements_missed.as_deref().unwrap_or_default(),
        ),
        (
            "  stmt extra ",
            r.statements_spurious.as_deref().unwrap_or_default(),
        ),
    ];
    for (tag, items) in sections {
        out.extend(items.iter().map(|s| format!("{tag}{s}")));
    }
    out
}
