//! PDF ingest: any bytes -> the PDF reader (page order, running heads,
//! hyphens) -> Document, or a reason; never a panic that escapes.
#![no_main]

use eventcoder::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| eventcoder_fuzz::check_ingest(data, Format::Pdf));
