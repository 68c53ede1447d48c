//! The casualty-count extractor on any sentence.
#![no_main]

use eventcoder::extract::counts;
use eventcoder_fuzz::{check_estimate, check_span, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: eventcoder_fuzz::warm_up(), |data: &[u8]| {
    let Some(input) = Input::new(data) else {
        return;
    };
    for m in counts::extract(input.text(), input.base) {
        check_span("count", m.span, input.base, &input.doc);
        check_span("count trigger", m.trigger, input.base, &input.doc);
        check_estimate("count", m.low, m.best, m.high);
    }
});
