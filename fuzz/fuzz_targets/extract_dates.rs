//! The date extractor on any sentence, with any reference date.
#![no_main]

use eventcoder::extract::dates::{self, DateContext, Reference, ReferenceKind};
use eventcoder_fuzz::{check_dates, check_words, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: eventcoder_fuzz::warm_up(), |data: &[u8]| {
    let Some(input) = Input::new(data) else {
        return;
    };
    let reference = input.reference_date().map(|date| Reference {
        date,
        kind: if input.choice(2) == 0 {
            ReferenceKind::Published
        } else {
            ReferenceKind::PeriodEnd
        },
    });
    let ctx = DateContext {
        reference,
        // The previous event is the reference day itself, when there is one.
        previous: reference.map(|r| (r.date, r.date)),
        day_first: [None, Some(true), Some(false)][input.choice(3)],
    };
    let _ = dates::infer_day_first(input.text());
    let mentions = dates::extract(input.text(), input.base, &ctx);
    let mut last = input.base;
    for m in &mentions {
        check_words("date", m.span, &m.text, last, &input.doc);
        check_dates("date", m.start, m.end);
        // Mentions are in text order and never overlap.
        last = m.span.end;
    }
});
