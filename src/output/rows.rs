//! The rows of the output tables. Field order is column order.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::assemble::Event;
use crate::extract::counts::CountMention;
use crate::extract::places::PlaceMention;

use super::{defuse, defuse_cow};

/// One row of events.csv / events.json. The first 31 columns are the
/// codebook's; the rest follow ACLED's inter codes and time precision and
/// say where a date came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EventRow<'a> {
    pub event_id: Cow<'a, str>,
    pub doc_id: Cow<'a, str>,
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub date_precision: Cow<'a, str>,
    pub event_type: Cow<'a, str>,
    pub sub_event_type: Cow<'a, str>,
    pub actor1: Option<Cow<'a, str>>,
    pub actor1_type: Option<Cow<'a, str>>,
    pub actor2: Option<Cow<'a, str>>,
    pub actor2_type: Option<Cow<'a, str>>,
    pub location: Option<Cow<'a, str>>,
    pub admin1: Option<Cow<'a, str>>,
    pub admin2: Option<Cow<'a, str>>,
    pub country: Option<Cow<'a, str>>,
    pub iso3: Option<Cow<'a, str>>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: Option<u8>,
    pub fatalities: Option<u32>,
    pub fatalities_low: Option<u32>,
    pub fatalities_high: Option<u32>,
    pub injured: Option<u32>,
    pub arrested: Option<u32>,
    pub disappeared: Option<u32>,
    pub tortured: Option<u32>,
    pub displaced: Option<u32>,
    pub section: Cow<'a, str>,
    pub quote: Cow<'a, str>,
    pub char_start: usize,
    pub char_end: usize,
    pub time_precision: Option<u8>,
    pub inter1: Option<u8>,
    pub inter2: Option<u8>,
    pub date_text: Option<Cow<'a, str>>,
    pub date_note: Option<Cow<'a, str>>,
    pub location_text: Option<Cow<'a, str>>,
}

/// Five decimals are about a metre: more would only show the gazetteer's
/// single-precision storage ("14.355199813842773").
fn round_coordinate(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

/// A date as chrono's `Display` writes it ("2008-03-05"). chrono writes a
/// date one character at a time through a formatter, about a thousand
/// instructions a date (two per event, and events are rendered twice);
/// the digits are written here directly, and a year outside 0..=9999 (which
/// chrono writes with a sign) still goes through chrono.
fn iso_date(d: NaiveDate) -> String {
    let year = d.year();
    if !(0..=9999).contains(&year) {
        return d.to_string();
    }
    let mut s = String::with_capacity(10);
    push_digits(&mut s, year as u32, 4);
    s.push('-');
    push_digits(&mut s, d.month(), 2);
    s.push('-');
    push_digits(&mut s, d.day(), 2);
    s
}

/// `n`'s last `width` digits, zero-padded.
fn push_digits(s: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        s.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
    }
}

/// A text cell, borrowed from the event unless it must be defused: rows
/// are built for every event of every table, and few cells need a change.
fn cell(s: &str, safe: bool) -> Cow<'_, str> {
    if safe {
        defuse_cow(s)
    } else {
        Cow::Borrowed(s)
    }
}

fn opt(s: Option<&str>, safe: bool) -> Option<Cow<'_, str>> {
    s.filter(|s| !s.is_empty()).map(|s| cell(s, safe))
}

impl<'a> EventRow<'a> {
    /// `safe`: defuse text cells for spreadsheets (CSV); JSON gets the raw
    /// text.
    pub fn new(e: &'a Event, safe: bool) -> EventRow<'a> {
        let date = e.date.as_ref();
        let precision = date.map(|d| d.precision.as_str()).unwrap_or("unknown");
        let time_precision = date.and_then(|d| {
            let (s, t) = (d.start?, d.end?);
            let days = (t - s).num_days();
            Some(if days == 0 {
                1
            } else if days < 7 {
                2
            } else {
                3
            })
        });
        let place = e.place.as_ref();
        let fatalities = e.fatalities.unwrap_or_default();
        EventRow {
            event_id: Cow::Borrowed(&e.event_id),
            doc_id: cell(&e.doc_id, safe),
            date_start: date.and_then(|d| d.start).map(iso_date),
            date_end: date.and_then(|d| d.end).map(iso_date),
            date_precision: Cow::Borrowed(precision),
            event_type: Cow::Borrowed(e.event_type),
            sub_event_type: Cow::Borrowed(e.sub_event_type),
            actor1: e.actor1.as_ref().map(|a| cell(&a.name, safe)),
            actor1_type: e
                .actor1
                .as_ref()
                .map(|a| Cow::Borrowed(a.actor_type.as_str())),
            actor2: e.actor2.as_ref().map(|a| cell(&a.name, safe)),
            actor2_type: e
                .actor2
                .as_ref()
                .map(|a| Cow::Borrowed(a.actor_type.as_str())),
            location: place.map(|p| cell(&p.name, safe)),
            admin1: opt(place.and_then(|p| p.admin1.as_deref()), safe),
            admin2: opt(place.and_then(|p| p.admin2.as_deref()), safe),
            country: e.country.as_ref().map(|c| cell(&c.0, safe)),
            iso3: e.country.as_ref().map(|c| Cow::Borrowed(c.1.as_str())),
            latitude: place.and_then(|p| p.latitude).map(round_coordinate),
            longitude: place.and_then(|p| p.longitude).map(round_coordinate),
            geo_precision: place.map(|p| p.geo_precision),
            fatalities: fatalities.best,
            fatalities_low: fatalities.low,
            fatalities_high: fatalities.high,
            injured: e.injured,
            arrested: e.arrested,
            disappeared: e.disappeared,
            tortured: e.tortured,
            displaced: e.displaced,
            section: cell(&e.section, safe),
            quote: cell(&e.quote, safe),
            char_start: e.span.start,
            char_end: e.span.end,
            time_precision,
            inter1: e.actor1.as_ref().map(|a| a.actor_type.code()),
            inter2: e.actor2.as_ref().map(|a| a.actor_type.code()),
            date_text: opt(date.map(|d| d.text.as_str()), safe),
            date_note: opt(date.map(|d| d.note.as_str()), safe),
            location_text: opt(place.map(|p| p.text.as_str()), safe),
        }
    }
}

/// One row of documents.csv.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocumentRow {
    pub doc_id: String,
    pub path: String,
    pub format: String,
    pub encoding: String,
    pub bytes: u64,
    pub title: String,
    pub lang: String,
    pub country: String,
    pub iso3: String,
    pub reference_date: String,
    pub reference_kind: String,
    pub reference_source: String,
    pub published: String,
    pub sections: usize,
    pub sentences: usize,
    pub events: usize,
    pub status: String,
    pub reason: String,
    /// XXH3-128 of the input's bytes (32 hex digits; empty when they could
    /// not be read): what `--resume` compares.
    pub content_hash: String,
}

impl DocumentRow {
    pub fn defused(mut self) -> DocumentRow {
        for s in [
            &mut self.doc_id,
            &mut self.path,
            &mut self.title,
            &mut self.reason,
        ] {
            *s = defuse(s);
        }
        self
    }
}

/// One row of casualties.csv: one count, so that counts can be grouped by
/// kind and victim group.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CasualtyRow<'a> {
    pub event_id: Cow<'a, str>,
    pub doc_id: Cow<'a, str>,
    pub kind: Cow<'a, str>,
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
    pub victim_group: Cow<'a, str>,
    pub quantity_text: Cow<'a, str>,
    pub role: Cow<'a, str>,
    pub quote: Cow<'a, str>,
    pub char_start: usize,
    pub char_end: usize,
}

impl<'a> CasualtyRow<'a> {
    pub fn new(e: &'a Event, c: &'a CountMention, text: &'a str, safe: bool) -> CasualtyRow<'a> {
        let quote = text.get(c.span.start..c.span.end).unwrap_or("");
        CasualtyRow {
            event_id: Cow::Borrowed(&e.event_id),
            doc_id: cell(&e.doc_id, safe),
            kind: Cow::Borrowed(c.kind.as_str()),
            low: c.low,
            best: c.best,
            high: c.high,
            victim_group: cell(&c.victim_group, safe),
            quantity_text: cell(&c.quantity_text, safe),
            role: match c.role {
                crate::extract::counts::CountRole::Additive => "additive",
                crate::extract::counts::CountRole::Subset => "subset",
                crate::extract::counts::CountRole::Revision => "revision",
            }
            .into(),
            quote: cell(quote, safe),
            char_start: c.span.start,
            char_end: c.span.end,
        }
    }
}

/// One row of places.csv: one place mention and how it was resolved.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlaceRow<'a> {
    pub doc_id: Cow<'a, str>,
    pub text: Cow<'a, str>,
    pub char_start: usize,
    pub char_end: usize,
    pub location: Cow<'a, str>,
    pub kind: String,
    pub admin1: Option<Cow<'a, str>>,
    pub admin2: Option<Cow<'a, str>>,
    pub country: Option<Cow<'a, str>>,
    pub iso3: Option<Cow<'a, str>>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: u8,
    pub geonames_id: Option<u32>,
    pub candidates_lost: Cow<'a, str>,
}

impl<'a> PlaceRow<'a> {
    pub fn new(doc_id: &'a str, p: &'a PlaceMention, safe: bool) -> PlaceRow<'a> {
        PlaceRow {
            doc_id: cell(doc_id, safe),
            text: cell(&p.text, safe),
            char_start: p.span.start,
            char_end: p.span.end,
            location: cell(&p.name, safe),
            kind: serde_json::to_value(p.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            admin1: opt(p.admin1.as_deref(), safe),
            admin2: opt(p.admin2.as_deref(), safe),
            country: opt(p.country.as_deref(), safe),
            iso3: p.iso3.as_deref().map(Cow::Borrowed),
            latitude: p.latitude.map(round_coordinate),
            longitude: p.longitude.map(round_coordinate),
            geo_precision: p.geo_precision,
            geonames_id: p.geonames_id,
            candidates_lost: cell(&p.candidates_lost.join("; "), safe)
                .into_owned()
                .into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, NaiveDate};

    use super::iso_date;

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        let mut d = NaiveDate::from_ymd_opt(-3, 12, 25).unwrap();
        let end = NaiveDate::from_ymd_opt(10_001, 1, 2).unwrap();
        while d < end {
            assert_eq!(iso_date(d), d.to_string());
            d = d + chrono::Days::new(if d.year() % 97 == 0 { 1 } else { 29 });
        }
        for d in [NaiveDate::MIN, NaiveDate::MAX] {
            assert_eq!(iso_date(d), d.to_string());
        }
    }
}
