//! A review as Markdown, as one self-contained HTML file (inline CSS and
//! an SVG chart per pillar, nothing fetched), or as JSON.

use std::fmt::Write;

use crate::report::{MechanismReview, Review};

/// Markdown for reading in a terminal or a pull request.
pub fn markdown(r: &Review) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {} — progress review", r.name);
    let _ = writeln!(
        s,
        "\nPartnership {}; window {} to {}; {} events of the partnership considered.\n",
        r.partnership.join("–"),
        r.since.as_deref().unwrap_or("the beginning"),
        r.until,
        r.events_considered
    );
    for p in &r.pillars {
        let _ = writeln!(s, "## {}\n", p.name);
        if !p.momentum.is_empty() {
            let m: Vec<String> = p
                .momentum
                .iter()
                .map(|(q, n)| format!("{q}: {n}"))
                .collect();
            let _ = writeln!(
                s,
                "Momentum (linked events per quarter): {}\n",
                m.join(", ")
            );
        }
        for c in &p.commitments {
            let _ = writeln!(
                s,
                "### {} — {}\n\nStatus: **{}**; last activity: {}.",
                c.title,
                c.id,
                c.status,
                c.last_activity.as_deref().unwrap_or("none")
            );
            if let Some(t) = &c.target {
                let _ = writeln!(s, "Target: {t}.");
            }
            for e in &c.evidence {
                let _ = writeln!(
                    s,
                    "- {} {} ({}): “{}” [{}; {}]",
                    e.date.as_deref().unwrap_or("undated"),
                    e.kind,
                    if e.participants.is_empty() {
                        "-".into()
                    } else {
                        e.participants.join(", ")
                    },
                    e.sentence,
                    e.doc_id,
                    e.reasons.join(", ")
                );
            }
            s.push('\n');
        }
    }
    let _ = writeln!(s, "## Mechanisms\n");
    s.push_str(&mechanisms_markdown(&r.mechanisms));
    s
}

/// The mechanisms table (also `entente mechanisms`).
pub fn mechanisms_markdown(ms: &[MechanismReview]) -> String {
    let mut s = String::new();
    if ms.is_empty() {
        s.push_str("No round of a standing mechanism in the record.\n");
    }
    for m in ms {
        let since = m
            .months_since_last
            .map_or("-".to_string(), |n| format!("{n} months"));
        let _ = writeln!(
            s,
            "- **{}**: {} round(s); last {} ({} ago)",
            m.name,
            m.rounds.len(),
            m.last_round.as_deref().unwrap_or("-"),
            since
        );
        for r in &m.rounds {
            let _ = writeln!(
                s,
                "  - {}{} in {}; co-chairs: {}",
                r.date.as_deref().unwrap_or("undated"),
                r.round.map_or(String::new(), |n| format!(" (round {n})")),
                r.place.as_deref().unwrap_or("-"),
                if r.co_chairs.is_empty() {
                    "-".into()
                } else {
                    r.co_chairs.join(", ")
                }
            );
        }
    }
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One HTML file, readable offline.
pub fn html(r: &Review) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>\
         body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}}\
         h2{{border-bottom:1px solid #ccc}} .st{{font-weight:bold}} .active{{color:#176d2c}} .quiet{{color:#a15c00}}\
         .none{{color:#888}} li{{margin:.3rem 0}} .why{{color:#666;font-size:.85em}} svg{{display:block;margin:.5rem 0}}\
         </style></head><body><h1>{} — progress review</h1><p>Partnership {}; window {} to {}; {} events considered.</p>",
        esc(&r.name),
        esc(&r.name),
        esc(&r.partnership.join("–")),
        esc(r.since.as_deref().unwrap_or("the beginning")),
        esc(&r.until),
        r.events_considered
    );
    for p in &r.pillars {
        let _ = write!(s, "<h2>{}</h2>", esc(&p.name));
        s.push_str(&chart(&p.momentum));
        for c in &p.commitments {
            let class = if c.status == "active" {
                "active"
            } else if c.status.starts_with("quiet") {
                "quiet"
            } else {
                "none"
            };
            let _ = write!(
                s,
                "<h3>{}</h3><p><span class=\"st {class}\">{}</span>; last activity {}.</p>",
                esc(&c.title),
                esc(&c.status),
                esc(c.last_activity.as_deref().unwrap_or("none"))
            );
            if let Some(t) = &c.target {
                let _ = write!(s, "<p>Target: {}</p>", esc(t));
            }
            if !c.evidence.is_empty() {
                s.push_str("<ul>");
                for e in &c.evidence {
                    let _ = write!(
                        s,
                        "<li>{} <b>{}</b> {}: “{}” <span class=\"why\">[{}; {}]</span></li>",
                        esc(e.date.as_deref().unwrap_or("undated")),
                        esc(&e.kind),
                        esc(&e.participants.join(", ")),
                        esc(&e.sentence),
                        esc(&e.doc_id),
                        esc(&e.reasons.join(", "))
                    );
                }
                s.push_str("</ul>");
            }
        }
    }
    s.push_str("<h2>Mechanisms</h2><ul>");
    for m in &r.mechanisms {
        let _ = write!(
            s,
            "<li><b>{}</b>: {} round(s), last {}{}</li>",
            esc(&m.name),
            m.rounds.len(),
            esc(m.last_round.as_deref().unwrap_or("-")),
            m.months_since_last
                .map_or(String::new(), |n| format!(" ({n} months ago)"))
        );
    }
    s.push_str("</ul></body></html>\n");
    s
}

/// A small bar chart of events per quarter.
fn chart(m: &std::collections::BTreeMap<String, usize>) -> String {
    if m.is_empty() {
        return "<p class=\"none\">No linked events in the window.</p>".into();
    }
    let max = *m.values().max().unwrap_or(&1) as f64;
    let w = 36;
    let h = 80.0;
    let mut s = format!(
        "<svg width=\"{}\" height=\"110\" role=\"img\" aria-label=\"linked events per quarter\">",
        m.len() * w + 10
    );
    for (i, (q, n)) in m.iter().enumerate() {
        let bh = (*n as f64 / max * h).max(2.0);
        let x = i * w + 5;
        let _ = write!(
            s,
            "<rect x=\"{x}\" y=\"{:.1}\" width=\"{}\" height=\"{bh:.1}\" fill=\"#3b6ea5\"><title>{q}: {n}</title></rect>\
             <text x=\"{}\" y=\"105\" font-size=\"8\" text-anchor=\"middle\">{}</text>",
            h + 10.0 - bh,
            w - 8,
            x + (w - 8) / 2,
            esc(&q.replace("-Q", " Q"))
        );
    }
    s.push_str("</svg>");
    s
}

/// JSON, for tools.
pub fn json(r: &Review) -> String {
    serde_json::to_string_pretty(r).expect("a review serialises")
}
