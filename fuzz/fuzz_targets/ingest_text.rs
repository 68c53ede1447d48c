//! Plain-text ingest: any bytes -> decode -> Document, or a reason.
#![no_main]

use eventcoder::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| eventcoder_fuzz::check_ingest(data, Format::Text));
