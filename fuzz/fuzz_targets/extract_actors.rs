//! The actor extractor on any sentence, with the acronyms the sentence
//! itself defines and with or without a document country.
#![no_main]

use eventcoder::extract::actors::{self, ActorContext};
use eventcoder_fuzz::{check_span, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: eventcoder_fuzz::warm_up(), |data: &[u8]| {
    let Some(input) = Input::new(data) else {
        return;
    };
    let ctx = ActorContext {
        country_iso3: input.country(),
        acronyms: actors::learn_acronyms(&input.doc),
    };
    for m in actors::extract(input.text(), input.base, &ctx) {
        check_span("actor", m.span, input.base, &input.doc);
        assert!(!m.span.is_empty(), "actor: empty span {:?}", m.span);
        assert!(!m.name.is_empty(), "actor: empty name at {:?}", m.span);
    }
});
