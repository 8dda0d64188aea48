//! Document records (score.py: `Doc`).

use super::{Ctx, Event, Slot, Statement};
use crate::normalise::norm;
use crate::pyjson::{py_str, Json, Object};

/// A document record (gold or predicted).
#[derive(Debug, Clone, Default)]
pub(crate) struct Doc {
    pub(crate) has_published: bool,
    pub(crate) has_dateline: bool,
    pub(crate) has_events: bool,
    pub(crate) has_statements: bool,
    pub(crate) published: Slot<String>,
    pub(crate) dateline_null: bool,
    pub(crate) dateline_place: Slot<String>,
    /// The dateline place as the report shows it when the dateline is not null.
    pub(crate) dateline_shown: String,
    pub(crate) events: Vec<Event>,
    pub(crate) statements: Vec<Statement>,
}

impl Doc {
    pub(crate) fn parse(raw: &Object, ctx: &mut Ctx) -> Doc {
        let gold = ctx.gold;
        let mut doc = Doc {
            dateline_null: true,
            ..Doc::default()
        };
        let (ok, v) = ctx.field(raw, "published", "record", true, !gold);
        if ok {
            doc.has_published = true;
            doc.published = v;
        }

        match raw.get("dateline") {
            None if !gold => ctx.bad("record: missing 'dateline'"),
            None => {}
            Some(Json::Null) => doc.has_dateline = true,
            Some(Json::Object(o)) => {
                doc.has_dateline = true;
                doc.dateline_null = false;
                let place = o.get("place").unwrap_or(&Json::Null);
                doc.dateline_shown = match place {
                    Json::Str(s) => s.clone(),
                    Json::Null => "None".into(),
                    other if gold => py_str(other),
                    _ => "<invalid>".into(),
                };
                doc.dateline_place = match place {
                    Json::Str(s) => Slot::Val(norm(s)),
                    Json::Null => Slot::Null,
                    other => {
                        ctx.bad(format!("record: dateline 'place' is {}", other.type_name()));
                        if gold {
                            Slot::Null
                        } else {
                            Slot::Invalid
                        }
                    }
                };
            }
            Some(v) => {
                ctx.bad(format!("record: 'dateline' is {}", v.type_name()));
                if !gold {
                    doc.has_dateline = true;
                    doc.dateline_null = false;
                    doc.dateline_place = Slot::Invalid;
                    doc.dateline_shown = "<invalid>".into();
                }
            }
        }

        for key in ["events", "statements"] {
            let has = match raw.get(key) {
                None => {
                    if !gold {
                        ctx.bad(format!("record: missing '{key}'"));
                    }
                    false
                }
                Some(Json::Array(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        if key == "events" {
                            doc.events.push(Event::parse(item, i, ctx));
                        } else {
                            doc.statements.push(Statement::parse(item, i, ctx));
                        }
                    }
                    true
                }
                Some(v) => {
                    ctx.bad(format!("record: '{key}' is {}, not a list", v.type_name()));
                    !gold
                }
            };
            if key == "events" {
                doc.has_events = has;
            } else {
                doc.has_statements = has;
            }
        }
        doc
    }
}
