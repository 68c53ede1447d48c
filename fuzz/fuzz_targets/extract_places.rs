//! The place extractor and resolver on any sentence, with or without a
//! document country.
#![no_main]

use eventcoder::extract::places::{self, PlaceContext};
use eventcoder_fuzz::{check_span, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: eventcoder_fuzz::warm_up(), |data: &[u8]| {
    let Some(input) = Input::new(data) else {
        return;
    };
    let _ = places::detect_country(input.text());
    let ctx = PlaceContext {
        country_iso3: input.country(),
    };
    let mut mentions = places::extract(input.text(), input.base, &ctx);
    places::infer_regions(&input.doc, &mut mentions);
    for m in &mentions {
        check_span("place", m.span, input.base, &input.doc);
        assert!(!m.span.is_empty(), "place: empty span {:?}", m.span);
        assert!(
            (1..=3).contains(&m.geo_precision),
            "place: geo_precision {}",
            m.geo_precision
        );
        if let (Some(lat), Some(lon)) = (m.latitude, m.longitude) {
            assert!(
                (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon),
                "place: coordinates {lat}, {lon}"
            );
        }
    }
});
