//! eval: measure accuracy against gold event tables.
//!
//! Two modes. `dev` reads a table of short event texts with coded values
//! (../shared/gold/dev-events.csv), treats each text as a document whose
//! reference date is its `published` column, and scores each field of the
//! document's primary event (the one with the most people killed, else the
//! first) as ../shared/gold/README.md defines it. `report` matches each gold
//! event of a long report to a predicted event whose quote contains the gold
//! quote and counts the fields that agree.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Deserialize;

use crate::assemble::Event;
use crate::document::{Document, Meta, ReferenceSource};
use crate::extract::actors::ActorType;
use crate::extract::places;
use crate::run::{process_document, BatchError};

/// The fields scored, in print order.
pub const FIELDS: &[&str] = &[
    "date",
    "fatalities",
    "injured",
    "location",
    "admin1",
    "actor1",
    "actor1_type",
    "event_type",
];

#[derive(Debug, Deserialize)]
struct DevRow {
    source: String,
    id: String,
    text: String,
    published: String,
    date_start: String,
    fatalities: String,
    injured: String,
    event_type: String,
    actor1: String,
    inter1: String,
    location: String,
    admin1: String,
    #[serde(default)]
    date_in_text: String,
    #[serde(default)]
    fatalities_in_text: String,
    #[serde(default)]
    injured_in_text: String,
    #[serde(default)]
    location_in_text: String,
    #[serde(default)]
    admin1_in_reach: String,
    #[serde(default)]
    latitude: String,
    #[serde(default)]
    longitude: String,
}

/// Hits and totals of one field: on the rows whose text states the value
/// (headline) and on every row the field applies to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub hit: usize,
    pub total: usize,
    pub hit_all: usize,
    pub total_all: usize,
}

impl Tally {
    pub fn rate(&self) -> Option<f64> {
        (self.total > 0).then(|| self.hit as f64 / self.total as f64)
    }
    pub fn rate_all(&self) -> Option<f64> {
        (self.total_all > 0).then(|| self.hit_all as f64 / self.total_all as f64)
    }
}

/// Scores per source and overall.
#[derive(Clone, Debug, Default)]
pub struct DevScores {
    pub by_source: BTreeMap<String, BTreeMap<&'static str, Tally>>,
    pub overall: BTreeMap<&'static str, Tally>,
    pub rows: usize,
    /// (source, id, field, gold, predicted, text) for every miss.
    pub misses: Vec<[String; 6]>,
    /// Great-circle distance in km between our coordinates and the gold
    /// latitude/longitude, on the rows where both exist.
    pub distances_km: Vec<f64>,
    /// The same, on the rows where our place is a named place (geo_precision
    /// 1 or 2), not a region's or country's centroid.
    pub placed_km: Vec<f64>,
}

impl DevScores {
    /// The median of `distances_km`, and the share within 25 km.
    pub fn distance_summary(&self) -> Option<(f64, f64)> {
        median_within(&self.distances_km)
    }
}

/// The median of `distances`, and the share within 25 km.
fn median_within(distances: &[f64]) -> Option<(f64, f64)> {
    {
        if distances.is_empty() {
            return None;
        }
        let mut d = distances.to_vec();
        d.sort_by(f64::total_cmp);
        let n = d.len();
        let median = if n % 2 == 1 {
            d[n / 2]
        } else {
            (d[n / 2 - 1] + d[n / 2]) / 2.0
        };
        let within = d.iter().filter(|&&x| x <= 25.0).count() as f64 / n as f64;
        Some((median, within))
    }
}

/// Haversine distance in km between two WGS84 points (mean Earth radius
/// 6,371 km: good to about 0.5%, far below a place's own extent).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// Fold a name for comparison: accents, case and parentheses away.
pub fn fold(s: &str) -> String {
    let ascii = deunicode::deunicode(s).to_lowercase();
    ascii
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '\'' {
                c
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Location agreement: the gold place (before any comma) equals ours, or one
/// contains the other as whole words.
pub fn location_matches(gold: &str, predicted: &str) -> bool {
    // "Al-Arish" and "Al Arish" are one place: hyphens separate words here.
    let gold = fold(&gold.split(',').next().unwrap_or("").replace('-', " "));
    let pred = fold(&predicted.replace('-', " "));
    if gold.is_empty() || pred.is_empty() {
        return gold == pred;
    }
    gold == pred
        || contains_words(&gold, &pred)
        || contains_words(&pred, &gold)
        || near_in_spelling(&letters(&gold), &letters(&pred)) && places::same_entry(&gold, &pred)
}

/// The letters and digits of a folded name.
fn letters(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Two names within an edit distance of two fifths of the longer ("jedda"
/// and "jeddah", "alqamishli" and "kamishli"): spellings of one name, when
/// the gazetteer also gives them one entry.
fn near_in_spelling(a: &[char], b: &[char]) -> bool {
    let longer = a.len().max(b.len());
    longer > 0 && places::edit_distance(a, b) * 5 <= longer * 2
}

/// Admin1 agreement: the same name after folding (hyphens as spaces, as
/// for places), or two spellings of one name that the gazetteer gives the
/// very same unit ("Idleb" and "Idlib", "Tombouctou" and "Timbuktu",
/// "Omsk Oblast" and "Omsk"). Another name of the unit ("Aybak", its
/// capital, for Samangan) is no spelling of it.
pub fn admin1_matches(gold: &str, predicted: &str) -> bool {
    let plain = |s: &str| fold(&s.replace('-', " "));
    if predicted.trim().is_empty() {
        return false;
    }
    if plain(gold) == plain(predicted) {
        return true;
    }
    // The name without the unit's kind, letters only.
    let core = |s: &str| -> Vec<char> {
        plain(s)
            .split([' ', '\''])
            .filter(|w| !ADMIN1_KIND_WORDS.contains(w))
            .flat_map(str::chars)
            .collect()
    };
    near_in_spelling(&core(gold), &core(predicted)) && places::same_admin1(gold, predicted)
}

/// Words for the kind of a first-level unit, which a name may carry or
/// drop ("Omsk Oblast", "Homyel' Voblasc'", "Saint James Parish").
const ADMIN1_KIND_WORDS: &[&str] = &[
    "oblast",
    "voblasc",
    "region",
    "province",
    "governorate",
    "parish",
    "state",
];

fn contains_words(hay: &str, needle: &str) -> bool {
    format!(" {hay} ").contains(&format!(" {needle} "))
}

/// Actor agreement: the names share at least half of their words (ignoring
/// "of", "the" and parentheses), or one is the other's acronym.
pub fn actor_matches(gold: &str, predicted: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        fold(s)
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && *w != "of" && *w != "the")
            .map(str::to_string)
            .collect()
    };
    let (g, p) = (words(gold), words(predicted));
    if g.is_empty() || p.is_empty() {
        return g.is_empty() && p.is_empty();
    }
    let shared = g.iter().filter(|w| p.contains(w)).count();
    if shared * 2 >= g.len().max(p.len()) {
        return true;
    }
    let single = |ws: &[String]| ws.len() == 1;
    (single(&p) && acronyms(gold).contains(&p[0]))
        || (single(&g) && acronyms(predicted).contains(&g[0]))
}

/// The acronyms a name can stand for: the initials of all its words, and of
/// its capitalised words ("Group for Support of Islam and Muslims" is GSIM),
/// for the whole name and for each part of "JNIM: Group for ...".
fn acronyms(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let head = name.split('(').next().unwrap_or(name).trim();
    let parts = std::iter::once(name)
        .chain(name.split(':').map(str::trim))
        .chain(std::iter::once(head));
    for part in parts {
        let words: Vec<&str> = part
            .split(|c: char| c.is_whitespace() || c == '-' || c == '(' || c == ')')
            .filter(|w| !w.is_empty())
            .collect();
        let all: String = words
            .iter()
            .filter(|w| !matches!(w.to_lowercase().as_str(), "of" | "the"))
            .filter_map(|w| w.chars().next())
            .collect();
        let caps: String = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect();
        // A part that is itself an acronym ("JNIM" in "JNIM: Group for ...").
        let itself = if words.len() == 1
            && words[0]
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            words[0].to_string()
        } else {
            String::new()
        };
        for a in [all, caps, itself] {
            let a = fold(&a);
            if a.len() >= 2 && !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

fn flag(s: &str) -> bool {
    s.trim() == "1" || s.trim() == "1.0"
}

fn count_value(s: &str) -> u32 {
    s.trim().parse::<f64>().map(|f| f as u32).unwrap_or(0)
}

/// The document's primary event: the most people killed, else the first.
pub fn primary(events: &[Event]) -> Option<&Event> {
    let most = events
        .iter()
        .filter(|e| e.fatalities.and_then(|f| f.best).unwrap_or(0) > 0)
        .max_by_key(|e| {
            (
                e.fatalities.and_then(|f| f.best).unwrap_or(0),
                std::cmp::Reverse(e.span.start),
            )
        });
    most.or_else(|| events.first())
}

/// Score a dev table (dev-events.csv).
pub fn eval_dev(path: &Path) -> Result<DevScores, BatchError> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| BatchError(format!("{}: {e}", path.display())))?;
    let rows: Vec<DevRow> = reader
        .deserialize()
        .collect::<Result<_, _>>()
        .map_err(|e| BatchError(format!("{}: {e}", path.display())))?;
    let results: Vec<(Vec<FieldScore>, Option<Distance>)> =
        rows.par_iter().map(score_row).collect();
    let mut scores = DevScores {
        rows: rows.len(),
        ..DevScores::default()
    };
    for (row, (fields, distance)) in rows.iter().zip(results) {
        if let Some((km, placed)) = distance {
            scores.distances_km.push(km);
            if placed {
                scores.placed_km.push(km);
            }
        }
        for (field, headline, hit, gold, pred) in fields {
            for tally in [
                scores
                    .by_source
                    .entry(row.source.clone())
                    .or_default()
                    .entry(field)
                    .or_default(),
                scores.overall.entry(field).or_default(),
            ] {
                tally.total_all += 1;
                tally.hit_all += hit as usize;
                if headline == Some(true) {
                    tally.total += 1;
                    tally.hit += hit as usize;
                }
            }
            if headline == Some(true) && !hit {
                scores.misses.push([
                    row.source.clone(),
                    row.id.clone(),
                    field.to_string(),
                    gold,
                    pred,
                    row.text.clone(),
                ]);
            }
        }
    }
    Ok(scores)
}

/// (field, in text?, hit, gold, predicted).
type FieldScore = (&'static str, Option<bool>, bool, String, String);

/// The scores of each field that applies to the row's source, and the
/// distance between our coordinates and the gold ones when both exist.
/// Km between our point and the gold's, and whether ours is a named place.
type Distance = (f64, bool);

fn score_row(row: &DevRow) -> (Vec<FieldScore>, Option<Distance>) {
    let published = NaiveDate::parse_from_str(row.published.trim(), "%Y-%m-%d").ok();
    let meta = Meta {
        published,
        published_source: published.map(|_| ReferenceSource::Manifest),
        encoding: "utf-8".to_string(),
        format: "text".to_string(),
        ..Meta::default()
    };
    let doc = Document::from_text(&row.id, row.text.clone(), meta);
    let (_, assembled) = process_document(doc);
    let event = primary(&assembled.events);

    let acled = row.source.starts_with("ACLED");
    let acled_dated = row.source.starts_with("ACLED_MLI") || row.source.starts_with("ACLED_GLOBAL");
    let gtd = row.source.starts_with("GTD");
    let wiki = row.source.starts_with("WIKIPEDIA");
    let mut out = Vec::new();

    if acled_dated || gtd {
        let pred = event
            .and_then(|e| e.date.as_ref())
            .and_then(|d| d.start)
            .map(|d| d.to_string())
            .unwrap_or_default();
        out.push((
            "date",
            Some(flag(&row.date_in_text)),
            pred == row.date_start.trim(),
            row.date_start.clone(),
            pred,
        ));
    }
    let killed = event
        .and_then(|e| e.fatalities)
        .and_then(|f| f.best)
        .unwrap_or(0);
    out.push((
        "fatalities",
        Some(flag(&row.fatalities_in_text)),
        killed == count_value(&row.fatalities),
        row.fatalities.clone(),
        killed.to_string(),
    ));
    if gtd || wiki {
        let injured = event.and_then(|e| e.injured).unwrap_or(0);
        out.push((
            "injured",
            Some(flag(&row.injured_in_text)),
            injured == count_value(&row.injured),
            row.injured.clone(),
            injured.to_string(),
        ));
    }
    let gold_point = (
        row.latitude.trim().parse::<f64>(),
        row.longitude.trim().parse::<f64>(),
    );
    let ours = event
        .and_then(|e| e.place.as_ref())
        .and_then(|p| Some((p.latitude?, p.longitude?)));
    let placed = event
        .and_then(|e| e.place.as_ref())
        .is_some_and(|p| p.geo_precision <= 2);
    let distance = match (gold_point, ours) {
        ((Ok(glat), Ok(glon)), Some((lat, lon))) => {
            Some((haversine_km(glat, glon, lat, lon), placed))
        }
        _ => None,
    };
    let location = event
        .and_then(|e| e.place.as_ref())
        .map(|p| p.name.clone())
        .unwrap_or_default();
    out.push((
        "location",
        Some(flag(&row.location_in_text)),
        location_matches(&row.location, &location),
        row.location.clone(),
        location,
    ));
    if acled {
        let admin1 = event
            .and_then(|e| e.place.as_ref())
            .and_then(|p| p.admin1.clone())
            .unwrap_or_default();
        out.push((
            "admin1",
            Some(flag(&row.admin1_in_reach)),
            admin1_matches(&row.admin1, &admin1),
            row.admin1.clone(),
            admin1,
        ));
        let actor1 = event.and_then(|e| e.actor1.as_ref());
        let name = actor1.map(|a| a.name.clone()).unwrap_or_default();
        out.push((
            "actor1",
            Some(true),
            actor_matches(&row.actor1, &name),
            row.actor1.clone(),
            name,
        ));
        let gold_type = row
            .inter1
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(|c| ActorType::from_code(c as u8));
        let pred_type = actor1.map(|a| a.actor_type);
        out.push((
            "actor1_type",
            Some(true),
            gold_type.is_some() && gold_type == pred_type,
            gold_type
                .map(|t| t.as_str().to_string())
                .unwrap_or_default(),
            pred_type
                .map(|t| t.as_str().to_string())
                .unwrap_or_default(),
        ));
        let et = event.map(|e| e.event_type.to_string()).unwrap_or_default();
        out.push((
            "event_type",
            Some(true),
            et == row.event_type.trim(),
            row.event_type.clone(),
            et,
        ));
    }
    (out, distance)
}

/// Print dev scores as a table: one line per source and field.
pub fn print_dev(scores: &DevScores, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        w,
        "eval on {} rows; headline = rows whose text states the value; _all = every row",
        scores.rows
    )?;
    let line =
        |w: &mut dyn Write, name: &str, t: &BTreeMap<&'static str, Tally>| -> std::io::Result<()> {
            write!(w, "{name:<24}")?;
            for f in FIELDS {
                if let Some(t) = t.get(f) {
                    write!(
                        w,
                        " {f}={} ({}/{}) {f}_all={}",
                        t.rate()
                            .map(|r| format!("{r:.3}"))
                            .unwrap_or_else(|| "-".into()),
                        t.hit,
                        t.total,
                        t.rate_all()
                            .map(|r| format!("{r:.3}"))
                            .unwrap_or_else(|| "-".into())
                    )?;
                }
            }
            writeln!(w)
        };
    for (source, t) in &scores.by_source {
        line(w, source, t)?;
    }
    line(w, "OVERALL", &scores.overall)?;
    if let Some((median, within)) = scores.distance_summary() {
        writeln!(
            w,
            "coordinates: {} rows with ours and gold; median distance {median:.1} km; within 25 km {within:.3}",
            scores.distances_km.len()
        )?;
    }
    if let Some((median, within)) = median_within(&scores.placed_km) {
        writeln!(
            w,
            "  of which a named place (geo_precision 1-2): {} rows; median distance {median:.1} km; within 25 km {within:.3}",
            scores.placed_km.len()
        )?;
    }
    writeln!(w)?;
    writeln!(w, "{:<12} {:>10} {:>10}", "field", "headline", "all rows")?;
    for f in FIELDS {
        if let Some(t) = scores.overall.get(f) {
            writeln!(
                w,
                "{:<12} {:>10} {:>10}",
                f,
                t.rate()
                    .map(|r| format!("{r:.3}"))
                    .unwrap_or_else(|| "-".into()),
                t.rate_all()
                    .map(|r| format!("{r:.3}"))
                    .unwrap_or_else(|| "-".into())
            )?;
        }
    }
    Ok(())
}

/// Write misses as CSV for a developer to read.
pub fn write_misses(path: &Path, header: &[&str], misses: &[Vec<String>]) -> std::io::Result<()> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(header)?;
    for m in misses {
        w.write_record(m)?;
    }
    w.flush()
}

#[derive(Debug, Deserialize)]
struct GoldEvent {
    quote: String,
    date_start: String,
    date_end: String,
    event_type: String,
    actor1: String,
    actor2: String,
    location: String,
    admin1: String,
    killed: String,
    injured: String,
    arrested: String,
    disappeared: String,
    tortured: String,
}

/// The result of a report evaluation.
#[derive(Clone, Debug, Default)]
pub struct ReportScores {
    pub gold: usize,
    pub found: usize,
    /// field -> (agree, compared)
    pub fields: BTreeMap<&'static str, (usize, usize)>,
    pub not_casualties: usize,
    pub violations: Vec<String>,
    pub misses: Vec<Vec<String>>,
}

impl ReportScores {
    /// Agreement over the fields the acceptance names: date_start, the
    /// counts, location and actor1.
    pub fn core_agreement(&self) -> (usize, usize) {
        [
            "date_start",
            "killed",
            "injured",
            "arrested",
            "disappeared",
            "tortured",
            "location",
            "actor1",
        ]
        .iter()
        .filter_map(|f| self.fields.get(f))
        .fold((0, 0), |(a, b), (x, y)| (a + x, b + y))
    }
}

/// A vague count in the gold ("dozens", "nearly 100") read as ACLED codes it.
fn gold_count(s: &str) -> Option<u32> {
    let s = s.trim().to_lowercase();
    if s.is_empty() {
        return None;
    }
    if let Ok(n) = s.parse::<u32>() {
        return Some(n);
    }
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    if let Ok(n) = digits.parse::<u32>() {
        return Some(n);
    }
    Some(match s.as_str() {
        "dozens" => 12,
        "scores" => 20,
        "hundreds" => 100,
        "several" | "many" | "tens" => 10,
        _ => return None,
    })
}

/// Score a long report against its gold events, and a not-casualties file
/// against its counts.
pub fn eval_report(
    gold_path: &Path,
    report_path: &Path,
    not_casualties: Option<&Path>,
) -> Result<ReportScores, BatchError> {
    let err = |p: &Path, e: String| BatchError(format!("{}: {e}", p.display()));
    let mut reader =
        csv::Reader::from_path(gold_path).map_err(|e| err(gold_path, e.to_string()))?;
    let gold: Vec<GoldEvent> = reader
        .deserialize()
        .collect::<Result<_, _>>()
        .map_err(|e| err(gold_path, e.to_string()))?;
    let name = report_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let doc = crate::ingest::read_file(&name, report_path, &Default::default(), u64::MAX)
        .map_err(|e| BatchError(e.to_string()))?;
    let (_, assembled) = process_document(doc);
    let events = assembled.events;

    let mut scores = ReportScores {
        gold: gold.len(),
        ..ReportScores::default()
    };
    for g in &gold {
        let candidates: Vec<&Event> = events
            .iter()
            .filter(|e| e.quote.contains(g.quote.trim()))
            .collect();
        // Several events may share the gold's sentence: take the one that
        // agrees on most fields.
        let best = candidates
            .iter()
            .map(|e| (report_fields(g, e), *e))
            .max_by_key(|(f, _)| f.iter().filter(|(_, ok, _)| *ok).count());
        match best {
            None => scores.misses.push(vec![
                g.quote.clone(),
                "not found".into(),
                String::new(),
                String::new(),
            ]),
            Some((fields, _)) => {
                scores.found += 1;
                for (field, ok, pred) in fields {
                    let t = scores.fields.entry(field).or_default();
                    t.1 += 1;
                    if ok {
                        t.0 += 1;
                    } else {
                        scores.misses.push(vec![
                            g.quote.clone(),
                            field.to_string(),
                            gold_value(g, field),
                            pred,
                        ]);
                    }
                }
            }
        }
    }
    if let Some(p) = not_casualties {
        let mut reader = csv::Reader::from_path(p).map_err(|e| err(p, e.to_string()))?;
        for record in reader.records() {
            let record = record.map_err(|e| err(p, e.to_string()))?;
            let quote = record.get(0).unwrap_or("").trim().to_string();
            scores.not_casualties += 1;
            let numbers: Vec<String> = quote
                .split(|c: char| !(c.is_ascii_digit() || c == ','))
                .map(|n| n.trim_matches(',').replace(',', ""))
                .filter(|n| !n.is_empty())
                .collect();
            for e in &events {
                for c in &e.counts {
                    let Some(text) = e.quote.get(
                        c.span.start.saturating_sub(e.span.start)
                            ..c.span.end.saturating_sub(e.span.start),
                    ) else {
                        continue;
                    };
                    // A count taken from inside the quote, or one whose number
                    // is one of the quote's numbers in the quote's sentence.
                    let inside = e.quote.contains(&quote) && quote.contains(text.trim());
                    let same_number = e.quote.contains(&quote)
                        && c.best.is_some_and(|b| numbers.contains(&b.to_string()));
                    if inside || same_number {
                        scores.violations.push(format!(
                            "{quote} -> {} {}",
                            c.kind.as_str(),
                            c.best.map(|b| b.to_string()).unwrap_or_default()
                        ));
                    }
                }
            }
        }
    }
    Ok(scores)
}

fn gold_value(g: &GoldEvent, field: &str) -> String {
    match field {
        "date_start" => g.date_start.clone(),
        "date_end" => g.date_end.clone(),
        "event_type" => g.event_type.clone(),
        "actor1" => g.actor1.clone(),
        "actor2" => g.actor2.clone(),
        "location" => g.location.clone(),
        "admin1" => g.admin1.clone(),
        "killed" => g.killed.clone(),
        "injured" => g.injured.clone(),
        "arrested" => g.arrested.clone(),
        "disappeared" => g.disappeared.clone(),
        "tortured" => g.tortured.clone(),
        _ => String::new(),
    }
}

fn report_fields(g: &GoldEvent, e: &Event) -> Vec<(&'static str, bool, String)> {
    let date = e.date.as_ref();
    let ds = date
        .and_then(|d| d.start)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let de = date
        .and_then(|d| d.end)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let location = e.place.as_ref().map(|p| p.name.clone()).unwrap_or_default();
    let admin1 = e
        .place
        .as_ref()
        .and_then(|p| p.admin1.clone())
        .unwrap_or_default();
    let actor =
        |a: &Option<crate::assemble::Actor>| a.as_ref().map(|a| a.name.clone()).unwrap_or_default();
    let mut out = vec![
        ("date_start", ds == g.date_start.trim(), ds),
        ("date_end", de == g.date_end.trim(), de),
        (
            "event_type",
            e.event_type == g.event_type.trim(),
            e.event_type.to_string(),
        ),
    ];
    let a1 = actor(&e.actor1);
    out.push(("actor1", actor_matches(&g.actor1, &a1), a1));
    let a2 = actor(&e.actor2);
    out.push(("actor2", actor_matches(&g.actor2, &a2), a2));
    // Any of several gold places ("A|B|C") is right.
    let loc_ok = if g.location.trim().is_empty() {
        location.is_empty()
    } else {
        g.location
            .split('|')
            .any(|l| location_matches(l, &location))
    };
    out.push(("location", loc_ok, location));
    let admin_ok = g.admin1.trim().is_empty() || admin1_matches(&g.admin1, &admin1);
    out.push(("admin1", admin_ok, admin1));
    let counts = [
        ("killed", &g.killed, e.fatalities.and_then(|f| f.best)),
        ("injured", &g.injured, e.injured),
        ("arrested", &g.arrested, e.arrested),
        ("disappeared", &g.disappeared, e.disappeared),
        ("tortured", &g.tortured, e.tortured),
    ];
    for (field, gold, pred) in counts {
        let want = gold_count(gold);
        out.push((
            field,
            want == pred || (want.is_none() && pred == Some(0)),
            pred.map(|p| p.to_string()).unwrap_or_default(),
        ));
    }
    out
}

/// Print report scores.
pub fn print_report(s: &ReportScores, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, "gold events found: {}/{}", s.found, s.gold)?;
    for (field, (ok, n)) in &s.fields {
        writeln!(w, "  {field:<12} {ok}/{n}")?;
    }
    let (ok, n) = s.core_agreement();
    if n > 0 {
        writeln!(
            w,
            "core fields (date_start, counts, location, actor1): {ok}/{n} = {:.3}",
            ok as f64 / n as f64
        )?;
    }
    if s.not_casualties > 0 {
        writeln!(
            w,
            "not-casualty numbers reported as counts: {} (of {} checked)",
            s.violations.len(),
            s.not_casualties
        )?;
        for v in &s.violations {
            writeln!(w, "  {v}")?;
        }
    }
    Ok(())
}

/// Read a whole file as UTF-8, for the CLI's error messages.
pub fn exists(p: &Path) -> bool {
    fs::metadata(p).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_and_distance_summary() {
        // Bamako to Mopti: about 460 km as the crow flies.
        let d = haversine_km(12.6392, -8.0029, 14.4843, -4.1830);
        assert!((d - 460.0).abs() < 15.0, "{d}");
        assert_eq!(haversine_km(14.0, -4.0, 14.0, -4.0), 0.0);
        // One degree of latitude is about 111 km anywhere.
        let degree = haversine_km(10.0, 30.0, 11.0, 30.0);
        assert!((degree - 111.2).abs() < 0.5, "{degree}");
        let scores = DevScores {
            distances_km: vec![40.0, 0.0, 10.0, 300.0],
            ..DevScores::default()
        };
        assert_eq!(scores.distance_summary(), Some((25.0, 0.5)));
        assert_eq!(DevScores::default().distance_summary(), None);
    }

    #[test]
    fn location_rules() {
        assert!(location_matches("Ségou, Mali", "Segou"));
        assert!(location_matches("Helmand Province", "Helmand"));
        assert!(location_matches("Bamako", "Bamako (Kabala)"));
        assert!(!location_matches("Bamako", "Kati"));
        assert!(!location_matches("Boni", "Bonifacio"));
        assert!(location_matches("Al Arish", "Al-Arish"));
        // Two spellings of one gazetteer place, near in spelling.
        assert!(location_matches("Qandahar", "Kandahar"));
        assert!(location_matches("Benghazi, Libya", "Banghazi"));
        // Near in spelling, but two places.
        assert!(!location_matches("Kati", "Kita"));
        // One place's names, but not one name's spellings.
        assert!(!location_matches("Bombay", "Mumbai"));
    }

    #[test]
    fn admin1_rules() {
        assert!(admin1_matches("Ségou", "Segou"));
        assert!(admin1_matches("Thi-Qar", "Thi Qar"));
        // Two spellings of one unit's name.
        assert!(admin1_matches("Idleb", "Idlib"));
        assert!(admin1_matches("Tombouctou", "Timbuktu"));
        assert!(admin1_matches("Omsk Oblast", "Omsk"));
        // Another name of the unit, or a name of another unit, is not it.
        assert!(!admin1_matches("Samangan", "Aybak"));
        assert!(!admin1_matches("Minsk", "Minsk City"));
        assert!(!admin1_matches("Mopti", "Segou"));
        assert!(!admin1_matches("Mopti", ""));
    }

    #[test]
    fn actor_rules() {
        assert!(actor_matches(
            "Military Forces of Mali (2021-)",
            "Military Forces of Mali"
        ));
        assert!(actor_matches(
            "Unidentified Armed Group (Mali)",
            "Unidentified Armed Group"
        ));
        assert!(actor_matches("ISGS", "Islamic State Greater Sahara"));
        assert!(actor_matches(
            "GSIM",
            "JNIM: Group for Support of Islam and Muslims"
        ));
        assert!(actor_matches(
            "JNIM",
            "JNIM: Group for Support of Islam and Muslims"
        ));
        assert!(!actor_matches(
            "JNIM: Group for Support of Islam and Muslims",
            "Military Forces of Mali"
        ));
    }

    #[test]
    fn vague_gold_counts() {
        assert_eq!(gold_count("dozens"), Some(12));
        assert_eq!(gold_count("nearly 100"), Some(100));
        assert_eq!(gold_count(""), None);
    }
}
