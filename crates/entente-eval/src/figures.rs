//! The figures of a report: micro precision/recall/F1 and accuracies
//! (score.py: `PRF`, `Acc`).  A figure over nothing is `None` ("n/a").

use serde_json::{json, Value};

/// True positives, false positives and false negatives, summed over
/// documents, with precision, recall and F1 derived from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    pub(crate) fn add(&mut self, [tp, fp, fn_]: [usize; 3]) {
        self.tp += tp;
        self.fp += fp;
        self.fn_ += fn_;
    }

    /// True positives (pairs).
    pub fn tp(&self) -> usize {
        self.tp
    }

    /// False positives (unpaired predictions).
    pub fn fp(&self) -> usize {
        self.fp
    }

    /// False negatives (unpaired gold items).
    pub fn fn_(&self) -> usize {
        self.fn_
    }

    fn is_empty(&self) -> bool {
        self.tp + self.fp + self.fn_ == 0
    }

    /// tp / (tp + fp); 0.0 when nothing was predicted; `None` (n/a) when
    /// tp = fp = fn = 0.
    pub fn precision(&self) -> Option<f64> {
        (!self.is_empty()).then(|| ratio(self.tp, self.tp + self.fp))
    }

    /// tp / (tp + fn); 0.0 when there was nothing to find; `None` (n/a) when
    /// tp = fp = fn = 0.
    pub fn recall(&self) -> Option<f64> {
        (!self.is_empty()).then(|| ratio(self.tp, self.tp + self.fn_))
    }

    /// Harmonic mean of precision and recall (0.0 when both are 0); `None`
    /// (n/a) when tp = fp = fn = 0.
    pub fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        // same operation order as score.py, so the same binary result
        Some(if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        })
    }

    pub(crate) fn to_json(self) -> Value {
        json!({"tp": self.tp, "fp": self.fp, "fn": self.fn_,
               "precision": self.precision(), "recall": self.recall(), "f1": self.f1()})
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Correct out of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accuracy {
    correct: usize,
    total: usize,
}

impl Accuracy {
    pub(crate) fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += usize::from(ok);
    }

    /// Items scored correct.
    pub fn correct(&self) -> usize {
        self.correct
    }

    /// Items scored.
    pub fn total(&self) -> usize {
        self.total
    }

    /// correct / total; `None` (n/a) over zero items.
    pub fn accuracy(&self) -> Option<f64> {
        (self.total > 0).then(|| self.correct as f64 / self.total as f64)
    }

    pub(crate) fn to_json(self) -> Value {
        json!({"correct": self.correct, "total": self.total, "accuracy": self.accuracy()})
    }
}

/// The fields whose accuracy is reported: per paired event, or per document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccuracyField {
    /// Event type, on paired events.
    Type,
    /// Event date, on paired events whose gold date is not null.
    Date,
    /// Event place name, on paired events whose gold place name is not null.
    Place,
    /// Mechanism, on paired events whose gold mechanism is not null.
    Mechanism,
    /// Source actor(s), on paired events whose gold source is not null.
    Source,
    /// Target actor(s), on paired events whose gold target is not null.
    Target,
    /// The record's `published` date, per document.
    Published,
    /// The record's dateline place, per document.
    DatelinePlace,
}

impl AccuracyField {
    /// All fields, in report order.
    pub const ALL: [AccuracyField; 8] = [
        AccuracyField::Type,
        AccuracyField::Date,
        AccuracyField::Place,
        AccuracyField::Mechanism,
        AccuracyField::Source,
        AccuracyField::Target,
        AccuracyField::Published,
        AccuracyField::DatelinePlace,
    ];

    /// The key in score.py's JSON (`"type"`, ..., `"dateline_place"`).
    pub fn key(self) -> &'static str {
        match self {
            AccuracyField::Type => "type",
            AccuracyField::Date => "date",
            AccuracyField::Place => "place",
            AccuracyField::Mechanism => "mechanism",
            AccuracyField::Source => "source",
            AccuracyField::Target => "target",
            AccuracyField::Published => "published",
            AccuracyField::DatelinePlace => "dateline_place",
        }
    }

    /// Whether the accuracy is per document rather than per event pair.
    pub fn per_document(self) -> bool {
        matches!(
            self,
            AccuracyField::Published | AccuracyField::DatelinePlace
        )
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}
