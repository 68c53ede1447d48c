//! Stage 3: the reference date and the country of a document.
//!
//! Year-less dates ("On 3 January", "In May") need a year, and places and
//! actors need a country. Both come, in order, from the manifest, the HTML
//! metadata, or the report's own header ("MALI 2021", "Amnesty International
//! Report 2021/22", "This report covers the period January to December
//! 2009"). Never from today's date.
//!
//! A multi-country report (an annual report of some 150 country chapters)
//! has no one country: each chapter has its own (`chapters`), and the
//! document's country is only what the manifest gives.
//!
//! A report that states the period it covers is resolved within that period
//! even when a publication date is known: an annual report published in March
//! 2022 about 2021 means February 2021 by "In February".

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::document::{Document, ReferenceSource};
use crate::extract::dates::{self, DateContext, DatePrecision, Reference, ReferenceKind};
use crate::extract::{actors, places};

mod chapters;

/// How far into a document the header is looked for.
const HEADER_BYTES: usize = 4000;

/// Fill `doc.reference`, `doc.reference_source`, `doc.country`,
/// `doc.chapters` and the sections' datelines. Every chapter is resolved
/// against the document's reference (an annual report's period).
pub fn resolve(doc: &mut Document) {
    let header_end = floor_char_boundary(&doc.text, HEADER_BYTES);
    let header = &doc.text[..header_end];
    let period = covered_period(doc, header).or_else(|| running_head_period(&doc.text));

    if let Some(end) = period {
        doc.reference = Some(Reference {
            date: end,
            kind: ReferenceKind::PeriodEnd,
        });
        doc.reference_source = ReferenceSource::Header;
    } else if let Some(published) = doc.meta.published {
        doc.reference = Some(Reference {
            date: published,
            kind: ReferenceKind::Published,
        });
        doc.reference_source = doc
            .meta
            .published_source
            .unwrap_or(ReferenceSource::Manifest);
    }

    doc.set_chapters(chapters::find(&doc.text));
    let manifest_country = doc
        .meta
        .country
        .as_deref()
        .and_then(|c| places::country_by_name(c).or_else(|| places::country_by_iso3(c)));
    doc.country = if doc.chapters.is_empty() {
        manifest_country
            .or_else(|| header_country(doc))
            .or_else(|| places::detect_country_with(&doc.text, &actors::country_votes(&doc.text)))
            .map(|c| (c.name, c.iso3))
            .or_else(|| country_of_places(doc))
    } else {
        // The header and the majority of a multi-country report name only
        // its first or its most written-about chapter.
        manifest_country.map(|c| (c.name, c.iso3))
    };

    find_datelines(doc);
}

/// The last day of the period a report says it covers.
fn covered_period(doc: &Document, header: &str) -> Option<NaiveDate> {
    static COVERS: OnceLock<Regex> = OnceLock::new();
    static REPORT: OnceLock<Regex> = OnceLock::new();
    static COUNTRY_YEAR: OnceLock<Regex> = OnceLock::new();
    let covers = COVERS.get_or_init(|| {
        Regex::new(r"(?i)\bcover(?:s|ing)\s+(?:the\s+period\s+|events\s+(?:from|in)\s+)?(?:[A-Za-z]+\s+)?(?:(?:to|-|–)\s+[A-Za-z]+\s+)?((?:19|20)\d\d)\b").unwrap()
    });
    let report = REPORT.get_or_init(|| {
        Regex::new(r"(?i)\breport\s+((?:19|20)\d\d)(?:\s*/\s*(\d\d(?:\d\d)?))?\b").unwrap()
    });
    let country_year = COUNTRY_YEAR
        .get_or_init(|| Regex::new(r"^([\p{Lu}][\p{Lu}'’ .\-]+?)\s+((?:19|20)\d\d)$").unwrap());

    let year_end = |y: i32| NaiveDate::from_ymd_opt(y, 12, 31);
    if let Some(c) = covers.captures(header) {
        return year_end(c[1].parse().ok()?);
    }
    // A country chapter's own heading: "MALI 2021".
    for block in doc.blocks.iter().take(12) {
        let text = doc.slice(block.span).trim();
        if let Some(c) = country_year.captures(text) {
            if places::country_by_name(c[1].trim()).is_some() {
                return year_end(c[2].parse().ok()?);
            }
        }
    }
    // "Report 2021/22" covers 2021; a single-year edition ("Amnesty
    // International Report 2010", "World Report 2012") covers the year
    // before it, as annual human-rights reports do.
    if let Some(c) = report.captures(header) {
        let year: i32 = c[1].parse().ok()?;
        return if c.get(2).is_some() {
            year_end(year)
        } else {
            year_end(year - 1)
        };
    }
    None
}

/// The period of an annual report named only in its running heads: the
/// part of an edition that holds the country chapters starts with a
/// chapter, not the title page, but every page repeats "Amnesty
/// International Report 2006" on a line of its own. The same "Report YYYY"
/// line at least three times is the edition; as in the header, a
/// single-year edition covers the year before it and "Report 2021/22"
/// covers 2021.
fn running_head_period(text: &str) -> Option<NaiveDate> {
    static HEAD: OnceLock<Regex> = OnceLock::new();
    let head = HEAD.get_or_init(|| {
        Regex::new(r"^(?:\p{Lu}[\p{L}'’]*\s+){0,5}Report\s+((?:19|20)\d\d)(\s*/\s*\d\d(?:\d\d)?)?$")
            .unwrap()
    });
    let mut counts: Vec<((i32, bool), usize)> = Vec::new();
    for line in text.lines() {
        if !line.contains("eport") {
            continue;
        }
        let line = line.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = head.captures(line) else {
            continue;
        };
        let Ok(year) = c[1].parse::<i32>() else {
            continue;
        };
        let key = (year, c.get(2).is_some());
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    let ((year, split), _) = counts
        .into_iter()
        .filter(|(_, n)| *n >= 3)
        .max_by_key(|(_, n)| *n)?;
    let year = if split { year } else { year - 1 };
    NaiveDate::from_ymd_opt(year, 12, 31)
}

/// A country named in a chapter heading ("MALI 2021", "REPUBLIC OF MALI").
fn header_country(doc: &Document) -> Option<places::Country> {
    for block in doc.blocks.iter().take(12) {
        let text = doc.slice(block.span).trim();
        if text.len() > 60 {
            continue;
        }
        let words: String = text
            .trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
            .to_string();
        let name = words
            .strip_prefix("REPUBLIC OF ")
            .or_else(|| words.strip_prefix("Republic of "))
            .unwrap_or(&words);
        if name.chars().any(|c| c.is_alphabetic())
            && name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase())
        {
            if let Some(c) = places::country_by_name(name) {
                return Some(c);
            }
        }
    }
    None
}

/// The country of the places a document names, when no header, manifest or
/// country name says it ("gunmen stole cattle between Ansongo and
/// Bourem" is in Mali): the places of its first sentences vote, and a
/// clear majority wins.
fn country_of_places(doc: &Document) -> Option<(String, String)> {
    let ctx = places::PlaceContext::default();
    let mut votes: Vec<((String, String), usize)> = Vec::new();
    let mut total = 0;
    for s in doc.sentences.iter().take(30) {
        for p in places::extract(doc.slice(s.span), s.span.start, &ctx) {
            let (Some(name), Some(iso3)) = (p.country.clone(), p.iso3.clone()) else {
                continue;
            };
            total += 1;
            match votes.iter_mut().find(|(k, _)| k.1 == iso3) {
                Some((_, n)) => *n += 1,
                None => votes.push(((name, iso3), 1)),
            }
        }
    }
    let (best, n) = votes.into_iter().max_by_key(|(_, n)| *n)?;
    (n * 2 > total).then_some(best)
}

/// A heading that is a date ("June 10, 2019 • Press Release") dates the
/// items under it, up to the next such heading.
fn find_datelines(doc: &mut Document) {
    let mut current: Option<NaiveDate> = None;
    let mut found = vec![None; doc.sections.len()];
    for block in &doc.blocks {
        if block.kind != crate::document::BlockKind::Heading {
            continue;
        }
        let text = doc.slice(block.span);
        if text.len() > 80 {
            continue;
        }
        let mentions = dates::extract(text, block.span.start, &DateContext::default());
        if let Some(m) = mentions
            .iter()
            .find(|m| m.precision == DatePrecision::Day && m.start.is_some())
        {
            // The date must be most of the heading: "June 10, 2019 • Report",
            // not a title that happens to hold a date.
            let rest = text.len() - m.span.len();
            if rest <= 30 {
                current = m.start;
            }
        }
        found[block.section] = current;
    }
    // Sections without a heading block of their own keep the last dateline.
    let mut last = None;
    for (i, section) in doc.sections.iter_mut().enumerate() {
        if found[i].is_some() {
            last = found[i];
        }
        section.dateline = last;
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Meta;

    #[test]
    fn running_heads_name_the_edition() {
        let page = |n: usize| {
            format!("Police detained a lawyer in May.\n{n}\nWorld Rights Report 2030\n\n")
        };
        let text: String = (1..=4).map(page).collect();
        assert_eq!(
            running_head_period(&text),
            NaiveDate::from_ymd_opt(2029, 12, 31)
        );
        let text: String = (1..=3)
            .map(|_| "Human Rights Report 2030/31\nText.\n")
            .collect();
        assert_eq!(
            running_head_period(&text),
            NaiveDate::from_ymd_opt(2030, 12, 31)
        );
        // Twice is not a running head, and a sentence that names a report
        // is not one either.
        let text = "World Rights Report 2030\nText.\nWorld Rights Report 2030\nThe army rejected the findings of the UN report 2030.\nThe army rejected the findings of the UN report 2030.\nThe army rejected the findings of the UN report 2030.\n";
        assert_eq!(running_head_period(text), None);
    }

    #[test]
    fn each_chapter_is_a_section_with_its_country() {
        // Text out of a PDF: no blank lines, so one block runs through all
        // three chapters.
        let text = "\
Review of the year 2029
KENYA
REPUBLIC OF KENYA
Head of state and government: A. Person
Police in Kisumu shot dead four traders in March. Courts freed the officers
PERU
REPUBLIC OF PERU
Head of state: B. Person
Soldiers detained nine farmers near Ayacucho in May.
NORWAY
KINGDOM OF NORWAY
Head of state: King D. Person
Asylum-seekers were held for months.
"
        .to_string();
        let mut doc = Document::from_text("review.txt", text, Meta::default());
        resolve(&mut doc);
        assert_eq!(doc.chapters.len(), 3);
        assert_eq!(doc.country, None);
        let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            vec![
                "",
                "KENYA REPUBLIC OF KENYA",
                "PERU REPUBLIC OF PERU",
                "NORWAY KINGDOM OF NORWAY"
            ]
        );
        // No sentence runs from one chapter into the next, and each has its
        // chapter's country.
        let kisumu = doc
            .sentences
            .iter()
            .find(|s| doc.slice(s.span).contains("Courts freed"))
            .unwrap();
        assert!(doc.slice(kisumu.span).ends_with("freed the officers"));
        let country = |needle: &str| {
            let s = doc
                .sentences
                .iter()
                .find(|s| doc.slice(s.span).contains(needle))
                .unwrap();
            doc.country_at(s.span.start).map(|c| c.0.clone())
        };
        assert_eq!(country("Kisumu").as_deref(), Some("Kenya"));
        assert_eq!(country("Ayacucho").as_deref(), Some("Peru"));
        assert_eq!(country("Asylum").as_deref(), Some("Norway"));
        assert_eq!(country("Review of the year"), None);
        // The boxes of facts are read by no extractor.
        assert!(doc
            .sentences
            .iter()
            .all(|s| !doc.slice(s.span).contains("Head of state")));
        assert!(doc
            .slice(doc.sentences[1].span)
            .starts_with("Police in Kisumu"));
    }
}
