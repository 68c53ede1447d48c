//! The rows of the output tables. Field order is column order.

use serde::Serialize;

use crate::assemble::Event;
use crate::extract::counts::CountMention;
use crate::extract::places::PlaceMention;

use super::defuse;

/// One row of events.csv / events.json. The first 31 columns are the
/// codebook's; the rest follow ACLED's inter codes and time precision and
/// say where a date came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EventRow {
    pub event_id: String,
    pub doc_id: String,
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub date_precision: String,
    pub event_type: String,
    pub sub_event_type: String,
    pub actor1: Option<String>,
    pub actor1_type: Option<String>,
    pub actor2: Option<String>,
    pub actor2_type: Option<String>,
    pub location: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub country: Option<String>,
    pub iso3: Option<String>,
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
    pub section: String,
    pub quote: String,
    pub char_start: usize,
    pub char_end: usize,
    pub time_precision: Option<u8>,
    pub inter1: Option<u8>,
    pub inter2: Option<u8>,
    pub date_text: Option<String>,
    pub date_note: Option<String>,
    pub location_text: Option<String>,
}

/// Five decimals are about a metre: more would only show the gazetteer's
/// single-precision storage ("14.355199813842773").
fn round_coordinate(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

fn cell(s: &str, safe: bool) -> String {
    if safe {
        defuse(s)
    } else {
        s.to_string()
    }
}

fn opt(s: Option<&str>, safe: bool) -> Option<String> {
    s.filter(|s| !s.is_empty()).map(|s| cell(s, safe))
}

impl EventRow {
    /// `safe`: defuse text cells for spreadsheets (CSV); JSON gets the raw
    /// text.
    pub fn new(e: &Event, safe: bool) -> EventRow {
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
            event_id: e.event_id.clone(),
            doc_id: cell(&e.doc_id, safe),
            date_start: date.and_then(|d| d.start).map(|d| d.to_string()),
            date_end: date.and_then(|d| d.end).map(|d| d.to_string()),
            date_precision: precision.to_string(),
            event_type: e.event_type.to_string(),
            sub_event_type: e.sub_event_type.to_string(),
            actor1: e.actor1.as_ref().map(|a| cell(&a.name, safe)),
            actor1_type: e.actor1.as_ref().map(|a| a.actor_type.as_str().to_string()),
            actor2: e.actor2.as_ref().map(|a| cell(&a.name, safe)),
            actor2_type: e.actor2.as_ref().map(|a| a.actor_type.as_str().to_string()),
            location: place.map(|p| cell(&p.name, safe)),
            admin1: opt(place.and_then(|p| p.admin1.as_deref()), safe),
            admin2: opt(place.and_then(|p| p.admin2.as_deref()), safe),
            country: e.country.as_ref().map(|c| cell(&c.0, safe)),
            iso3: e.country.as_ref().map(|c| c.1.clone()),
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
pub struct CasualtyRow {
    pub event_id: String,
    pub doc_id: String,
    pub kind: String,
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
    pub victim_group: String,
    pub quantity_text: String,
    pub role: String,
    pub quote: String,
    pub char_start: usize,
    pub char_end: usize,
}

impl CasualtyRow {
    pub fn new(e: &Event, c: &CountMention, text: &str, safe: bool) -> CasualtyRow {
        let quote = text.get(c.span.start..c.span.end).unwrap_or("");
        CasualtyRow {
            event_id: e.event_id.clone(),
            doc_id: cell(&e.doc_id, safe),
            kind: c.kind.as_str().to_string(),
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
            .to_string(),
            quote: cell(quote, safe),
            char_start: c.span.start,
            char_end: c.span.end,
        }
    }
}

/// One row of places.csv: one place mention and how it was resolved.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlaceRow {
    pub doc_id: String,
    pub text: String,
    pub char_start: usize,
    pub char_end: usize,
    pub location: String,
    pub kind: String,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub country: Option<String>,
    pub iso3: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: u8,
    pub geonames_id: Option<u32>,
    pub candidates_lost: String,
}

impl PlaceRow {
    pub fn new(doc_id: &str, p: &PlaceMention, safe: bool) -> PlaceRow {
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
            iso3: p.iso3.clone(),
            latitude: p.latitude.map(round_coordinate),
            longitude: p.longitude.map(round_coordinate),
            geo_precision: p.geo_precision,
            geonames_id: p.geonames_id,
            candidates_lost: cell(&p.candidates_lost.join("; "), safe),
        }
    }
}
