//! The act extractor (killings, arrests, protests, ...) on any sentence.
#![no_main]

use eventcoder::extract::acts;
use eventcoder_fuzz::{check_span, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: eventcoder_fuzz::warm_up(), |data: &[u8]| {
    let Some(input) = Input::new(data) else {
        return;
    };
    for m in acts::extract(input.text(), input.base) {
        check_span("act", m.span, input.base, &input.doc);
        assert!(!m.span.is_empty(), "act: empty span {:?}", m.span);
    }
});
