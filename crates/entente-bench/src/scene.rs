//! One document's cast and setting, and the filling of `{key}` slots.

use chrono::{Datelike, Days, NaiveDate};

use crate::cast::{window, Cast, Rank, State};
use crate::rng::Rng;
use crate::words::{self, ordinal};

/// A person as the text names them.
#[derive(Debug, Clone)]
pub struct Named {
    pub name: String,
    pub title: String,
}

impl Named {
    fn surname(&self) -> &str {
        self.name.rsplit(' ').next().unwrap_or(&self.name)
    }
}

/// Who, where and when, fixed for one document.
pub struct Scene<'c> {
    pub cast: &'c Cast,
    pub a: Named,
    pub b: Named,
    pub x: &'c State,
    pub y: &'c State,
    /// The day of the event; the document is published that day or the next.
    pub day: NaiveDate,
    pub published: NaiveDate,
    pub city: String,
    pub mech: String,
    pub round: usize,
    pub outlet: &'static str,
    pub exercise: &'static str,
    pub spokesperson: String,
    /// `5 March 2024` or `March 5, 2024`, as a document's house style.
    pub day_first: bool,
}

fn invented(rng: &mut Rng) -> String {
    format!("{} {}", rng.one(words::GIVEN), rng.one(words::FAMILY))
}

fn random_day(rng: &mut Rng, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    let span = (to - from).num_days().max(0) as usize;
    from + Days::new(rng.below(span + 1) as u64)
}

impl<'c> Scene<'c> {
    /// Draws an official and a counterpart of another state serving on the
    /// same day (of the same rank when the KB has one), or an invented one.
    pub fn draw(cast: &'c Cast, rng: &mut Rng) -> Self {
        let (lo, hi) = window();
        let first = rng.pick(&cast.officials);
        // envoys speak for their state but rarely lead a story
        let first = if first.rank == Rank::Envoy {
            rng.pick(&cast.officials)
        } else {
            first
        };
        let day = random_day(rng, first.from.max(lo), first.to.min(hi));
        let peers: Vec<_> = cast
            .officials
            .iter()
            .filter(|o| o.state != first.state && o.rank == first.rank && o.serves_on(day))
            .collect();
        let (b, y) = if !peers.is_empty() && rng.chance(80) {
            let o = rng.one(&peers);
            (
                Named {
                    name: o.name.clone(),
                    title: o.title.clone(),
                },
                o.state,
            )
        } else {
            // a state the KB has no officials for, with a generic title
            let mut y = rng.below(cast.states.len());
            if y == first.state {
                y = (y + 1) % cast.states.len();
            }
            let title = if rng.chance(50) {
                "Foreign Minister".to_string()
            } else {
                rng.one(words::MINOR_TITLES).to_string()
            };
            (
                Named {
                    name: invented(rng),
                    title,
                },
                y,
            )
        };
        let ys = &cast.states[y];
        let city = if !ys.cities.is_empty() && rng.chance(30) {
            rng.pick(&ys.cities).clone()
        } else {
            ys.capital.clone()
        };
        let published = day + Days::new(rng.below(2) as u64);
        Scene {
            cast,
            a: Named {
                name: first.name.clone(),
                title: first.title.clone(),
            },
            b,
            x: &cast.states[first.state],
            y: ys,
            day,
            published,
            city,
            mech: rng.pick(&cast.mechanisms).clone(),
            round: rng.range(2, 40),
            outlet: rng.one(words::OUTLETS),
            exercise: rng.one(words::EXERCISES),
            spokesperson: invented(rng),
            day_first: rng.chance(60),
        }
    }

    pub fn long_date(&self, d: NaiveDate) -> String {
        let month = words::MONTHS[d.month0() as usize];
        if self.day_first {
            format!("{} {month} {}", d.day(), d.year())
        } else {
            format!("{month} {}, {}", d.day(), d.year())
        }
    }

    fn day_month(&self, d: NaiveDate) -> String {
        let month = words::MONTHS[d.month0() as usize];
        if self.day_first {
            format!("{} {month}", d.day())
        } else {
            format!("{month} {}", d.day())
        }
    }

    /// The value of one slot; some draw afresh at each use.
    fn slot(&self, key: &str, rng: &mut Rng) -> String {
        let cast = self.cast;
        match key {
            "A" => format!("{} {}", self.a.title, self.a.name),
            "An" => self.a.name.clone(),
            "As" => self.a.surname().to_string(),
            "At" => self.a.title.clone(),
            "B" => format!("{} {}", self.b.title, self.b.name),
            "Bn" => self.b.name.clone(),
            "Bs" => self.b.surname().to_string(),
            "Bt" => self.b.title.clone(),
            "X" => self.x.name.clone(),
            "Xa" => self.x.adjective.clone(),
            "Xc" => self.x.capital.clone(),
            "Y" => self.y.name.clone(),
            "Ya" => self.y.adjective.clone(),
            "Yc" => self.y.capital.clone(),
            "city" => self.city.clone(),
            "date" => self.long_date(self.day),
            "dm" => self.day_month(self.day),
            "dm2" => self.day_month(self.day + Days::new(2)),
            "wd" => words::WEEKDAYS[self.day.weekday().num_days_from_monday() as usize].into(),
            "prevyear" => (self.day.year() - 1).to_string(),
            "nextyear" => (self.day.year() + rng.range(2, 6) as i32).to_string(),
            "mech" => self.mech.clone(),
            "ord" => ordinal(self.round),
            "exname" => self.exercise.to_string(),
            "spk" => self.spokesperson.clone(),
            "area" => rng.pick(&cast.areas).clone(),
            "third" => rng.pick(&cast.states).name.clone(),
            "body" => rng.pick(&cast.bodies).clone(),
            "friction" => rng.one(words::FRICTIONS).to_string(),
            "official" => format!("{} {}", rng.one(words::MINOR_TITLES), invented(rng)),
            "num" => rng.range(2, 60).to_string(),
            "bn" => rng.range(1, 25).to_string(),
            "pct" => rng.range(3, 40).to_string(),
            "time" => format!("{:02}:{:02}", rng.range(0, 23), rng.range(0, 59)),
            _ => panic!("template slot {{{key}}} is unknown"),
        }
    }

    /// `template` with its `{key}` slots filled.
    pub fn fill(&self, template: &str, rng: &mut Rng) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').expect("closed slot") + open;
            out.push_str(&self.slot(&rest[open + 1..close], rng));
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }
}
