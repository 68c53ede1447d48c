//! The whole pipeline on a short document: ingest (text or HTML), reference
//! date and country, every extractor, assembly, and the output rows.
#![no_main]

use std::path::Path;

use eventcoder::assemble;
use eventcoder::ingest::{self, Format, KnownMeta};
use eventcoder::output::rows::{CasualtyRow, EventRow, PlaceRow};
use eventcoder::run::process_document;
use eventcoder_fuzz::{check_dates, check_document, check_estimate, check_span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: eventcoder_fuzz::warm_up(), |data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let (path, format) = if selector & 1 == 0 {
        ("input.txt", Format::Text)
    } else {
        ("input.html", Format::Html)
    };
    // Half the inputs come with what a manifest would say.
    let known = if selector & 2 == 0 {
        KnownMeta::default()
    } else {
        KnownMeta {
            published: chrono::NaiveDate::from_ymd_opt(2021, 6, 30),
            country: Some("Mali".to_string()),
            title: None,
        }
    };
    let Ok(doc) = ingest::read_bytes_as("fuzz", Path::new(path), Some(format), bytes, &known)
    else {
        return;
    };
    let (doc, assembled) = process_document(doc);
    check_document(&doc);
    let text = &doc.text;
    for e in &assembled.events {
        check_span("event", e.span, 0, text);
        if let Some(d) = &e.date {
            check_dates("event date", d.start, d.end);
            if let Some(span) = d.span {
                check_span("event date", span, 0, text);
            }
        }
        for actor in [&e.actor1, &e.actor2].into_iter().flatten() {
            if let Some(span) = actor.span {
                check_span("event actor", span, 0, text);
            }
        }
        if let Some(p) = &e.place {
            check_span("event place", p.span, 0, text);
        }
        if let Some(f) = e.fatalities {
            check_estimate("fatalities", f.low, f.best, f.high);
        }
        for c in &e.counts {
            check_span("event count", c.span, 0, text);
            check_estimate("event count", c.low, c.best, c.high);
            let _ = CasualtyRow::new(e, c, text, true);
        }
        let _ = EventRow::new(e, true);
    }
    for p in &assembled.places {
        check_span("place", p.span, 0, text);
        let _ = PlaceRow::new(&doc.doc_id, p, true);
    }
    let _ = assemble::explain(&doc);
});
