//! Scoring documents and summing the figures (score.py: `Scorer`).

use crate::figures::{Accuracy, AccuracyField, Prf};
use crate::normalise::shared_names;
use crate::pairing::{date_ok, pair_events, pair_statements, type_ok};
use crate::records::{Doc, Event, Slot, Statement};
use serde_json::{json, Value};

/// What went right and wrong in one gold document.
///
/// Counts are `[tp, fp, fn]`; `None` where gold does not have the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocResult {
    /// Document id (the gold file name without `.gold.json`).
    pub id: String,
    /// No prediction had this id (scored as an empty record).
    pub missing: bool,
    /// Event pairs by CAMEO root and countries.
    pub root: Option<[usize; 3]>,
    /// Event pairs whose type and date also agree.
    pub strict: Option<[usize; 3]>,
    /// Statement pairs.
    pub statements: Option<[usize; 3]>,
    /// Whether `published` was right.
    pub published: Option<bool>,
    /// Whether the dateline place was right.
    pub dateline: Option<bool>,
    /// Unpaired gold events, described (`g1 meeting 2025-01-20 FRA,IND [names]`).
    pub missed: Vec<String>,
    /// Unpaired predicted events, described.
    pub spurious: Vec<String>,
    /// Pairs that are not strict pairs, with the disagreeing values.
    pub not_strict: Vec<String>,
    /// Unpaired gold statements, described.
    pub statements_missed: Option<Vec<String>>,
    /// Unpaired predicted statements, described.
    pub statements_spurious: Option<Vec<String>>,
    /// (gold, predicted) `published`, as the text report shows them.
    pub(crate) published_values: (String, String),
    /// (gold, predicted) dateline place, as the text report shows them.
    pub(crate) dateline_values: (String, String),
}

impl DocResult {
    /// score.py's `doc_has_errors`: listed in the text report.
    pub fn has_errors(&self) -> bool {
        let wrong = |c: &Option<[usize; 3]>| c.is_some_and(|[_, fp, fn_]| fp > 0 || fn_ > 0);
        self.missing
            || wrong(&self.root)
            || wrong(&self.strict)
            || wrong(&self.statements)
            || self.published == Some(false)
            || self.dateline == Some(false)
    }

    pub(crate) fn to_json(&self) -> Value {
        json!({
            "missing": self.missing,
            "root": self.root,
            "strict": self.strict,
            "statements": self.statements,
            "published": self.published,
            "dateline": self.dateline,
            "missed": self.missed,
            "spurious": self.spurious,
            "not_strict": self.not_strict,
            "statements_missed": self.statements_missed,
            "statements_spurious": self.statements_spurious,
        })
    }
}

/// Running totals over documents.
#[derive(Debug, Default)]
pub(crate) struct Scorer {
    pub(crate) root: Prf,
    pub(crate) strict: Prf,
    pub(crate) participants: Prf,
    pub(crate) areas: Prf,
    pub(crate) statements: Prf,
    pub(crate) acc: [Accuracy; 8],
    pub(crate) docs: Vec<DocResult>,
}

/// Which gold and which predicted items are paired.
fn paired(pairs: &[(usize, usize)], n_gold: usize, n_pred: usize) -> (Vec<bool>, Vec<bool>) {
    let (mut g, mut p) = (vec![false; n_gold], vec![false; n_pred]);
    for &(gi, pj) in pairs {
        g[gi] = true;
        p[pj] = true;
    }
    (g, p)
}

/// The items left unpaired, with their indices.
fn unpaired<'a, T>(items: &'a [T], paired: &'a [bool]) -> impl Iterator<Item = (usize, &'a T)> {
    items.iter().enumerate().filter(|(i, _)| !paired[*i])
}

impl Scorer {
    fn acc(&mut self, field: AccuracyField, ok: bool) {
        self.acc[field.index()].add(ok);
    }

    /// Scores one gold document against its prediction (`None`: missing).
    pub(crate) fn score_doc(&mut self, id: &str, gold: &Doc, pred: Option<&Doc>) {
        let mut res = DocResult {
            id: id.to_string(),
            missing: pred.is_none(),
            root: None,
            strict: None,
            statements: None,
            published: None,
            dateline: None,
            missed: Vec::new(),
            spurious: Vec::new(),
            not_strict: Vec::new(),
            statements_missed: None,
            statements_spurious: None,
            published_values: Default::default(),
            dateline_values: Default::default(),
        };
        if gold.has_events {
            self.score_events(&mut res, &gold.events, pred.map_or(&[], |p| &p.events));
        }

        if gold.has_statements {
            let (gst, pst) = (
                &gold.statements,
                pred.map_or(&[][..], |p| &p.statements[..]),
            );
            let pairs = pair_statements(gst, pst);
            let counts = [
                pairs.len(),
                pst.len() - pairs.len(),
                gst.len() - pairs.len(),
            ];
            self.statements.add(counts);
            res.statements = Some(counts);
            let (paired_g, paired_p) = paired(&pairs, gst.len(), pst.len());
            let describe = |items: &[Statement], paired: &[bool]| {
                unpaired(items, paired)
                    .map(|(_, s)| s.description.clone())
                    .collect()
            };
            res.statements_missed = Some(describe(gst, &paired_g));
            res.statements_spurious = Some(describe(pst, &paired_p));
        }

        if gold.has_published {
            // a missing predicted 'published' (reported as a problem) reads as null
            let ok = pred.is_some_and(|p| gold.published.equals(&p.published));
            res.published = Some(ok);
            res.published_values = (
                gold.published.shown(),
                pred.map_or("<missing>".into(), |p| p.published.shown()),
            );
            self.acc(AccuracyField::Published, ok);
        }

        if gold.has_dateline {
            let ok = match pred {
                None => false,
                Some(p) if gold.dateline_null => p.dateline_null,
                Some(p) => !p.dateline_null && gold.dateline_place.equals(&p.dateline_place),
            };
            res.dateline = Some(ok);
            let shown = |d: &Doc| {
                if d.dateline_null {
                    "None".to_string()
                } else {
                    d.dateline_shown.clone()
                }
            };
            res.dateline_values = (shown(gold), pred.map_or("<missing>".into(), shown));
            self.acc(AccuracyField::DatelinePlace, ok);
        }
        self.docs.push(res);
    }

    fn score_events(&mut self, res: &mut DocResult, gev: &[Event], pev: &[Event]) {
        let pairs = pair_events(gev, pev);
        let is_strict =
            |&(gi, pj): &(usize, usize)| type_ok(&gev[gi], &pev[pj]) && date_ok(&gev[gi], &pev[pj]);
        let n_tp = pairs.len();
        let n_st = pairs.iter().filter(|p| is_strict(p)).count();
        res.root = Some([n_tp, pev.len() - n_tp, gev.len() - n_tp]);
        res.strict = Some([n_st, pev.len() - n_st, gev.len() - n_st]);
        self.root.add(res.root.unwrap_or_default());
        self.strict.add(res.strict.unwrap_or_default());

        let (paired_g, paired_p) = paired(&pairs, gev.len(), pev.len());
        res.missed = unpaired(gev, &paired_g)
            .map(|(i, e)| format!("g{i} {}", e.description))
            .collect();
        res.spurious = unpaired(pev, &paired_p)
            .map(|(j, e)| format!("p{j} {}", e.description))
            .collect();

        for &(gi, pj) in &pairs {
            let (g, p) = (&gev[gi], &pev[pj]);
            if !is_strict(&(gi, pj)) {
                let mut diffs = Vec::new();
                if !type_ok(g, p) {
                    diffs.push(format!(
                        "type {}/{}",
                        g.type_.shown(),
                        p.type_.text().unwrap_or("?")
                    ));
                }
                if !date_ok(g, p) {
                    let pd = if p.date == Slot::Invalid {
                        "?".into()
                    } else {
                        p.date.shown()
                    };
                    diffs.push(format!("date {}/{pd}", g.date.shown()));
                }
                res.not_strict.push(format!(
                    "g{gi}~p{pj} {} (gold/pred {})",
                    g.description,
                    diffs.join(", ")
                ));
            }
            self.score_pair(g, p);
        }
    }

    /// Field accuracies and name/area P/R/F1 of one event pair.
    fn score_pair(&mut self, g: &Event, p: &Event) {
        if g.has.type_ {
            self.acc(AccuracyField::Type, g.type_.equals(&p.type_));
        }
        let scored = |has: bool, null: bool| has && !null;
        if scored(g.has.date, g.date.is_null()) {
            self.acc(AccuracyField::Date, g.date.equals(&p.date));
        }
        if scored(g.has.place, g.place.is_null()) {
            self.acc(AccuracyField::Place, g.place.equals(&p.place));
        }
        if scored(g.has.mechanism, g.mechanism.is_null()) {
            self.acc(AccuracyField::Mechanism, g.mechanism.equals(&p.mechanism));
        }
        if scored(g.has.source, g.source.is_null()) {
            self.acc(AccuracyField::Source, g.source.equals(&p.source));
        }
        if scored(g.has.target, g.target.is_null()) {
            self.acc(AccuracyField::Target, g.target.equals(&p.target));
        }
        if g.has.participants {
            let k = shared_names(&g.names, &p.names);
            self.participants
                .add([k, p.names.len() - k, g.names.len() - k]);
        }
        if g.has.areas {
            let shared = g.areas.intersection(&p.areas).count();
            self.areas
                .add([shared, p.areas.len() - shared, g.areas.len() - shared]);
        }
    }
}
