//! HTML ingest: any bytes -> decode -> parse -> Document, or a reason.
#![no_main]

use std::path::Path;

use eventcoder::ingest::{self, Format, KnownMeta};
use eventcoder_fuzz::check_document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Sniffing the format reads the first bytes of anything.
    let _ = ingest::detect_format(Path::new("input"), data);
    let read = ingest::read_bytes_as(
        "fuzz",
        Path::new("input.html"),
        Some(Format::Html),
        data,
        &KnownMeta::default(),
    );
    match read {
        Ok(doc) => check_document(&doc),
        // The reason is what a user reads in documents.csv: building it
        // must not fail either.
        Err(e) => assert!(!e.reason().is_empty()),
    }
});
