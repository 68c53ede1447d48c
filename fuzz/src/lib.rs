//! What every fuzz target shares: turning libFuzzer's bytes into a sentence
//! and its context, and the properties every stage must keep whatever the
//! input. A broken property panics with the values, so libFuzzer saves the
//! input as a crash just as it does for a panic inside the library.

use chrono::NaiveDate;
use eventcoder::document::Document;
use eventcoder::extract::Span;

/// The first bytes of an input choose the context (reference date, country,
/// where the sentence starts in the document); the rest is the text.
pub struct Input {
    params: [u8; 6],
    /// The document text: a prefix, then the fuzzed sentence.
    pub doc: String,
    /// Where the fuzzed sentence starts in `doc`.
    pub base: usize,
}

/// Text that comes before the sentence, so spans are checked at a non-zero
/// offset that is not always ASCII-aligned.
const PREFIXES: &[&str] = &["", "Préambule. ", "Le 3 mai — « Mopti ». "];

/// Countries the place and actor contexts take: none, a few the fixtures
/// cover, and codes that are not countries at all.
const COUNTRIES: &[Option<&str>] = &[
    None,
    Some("MLI"),
    Some("NGA"),
    Some("SYR"),
    Some("UKR"),
    Some("COD"),
    Some("XXX"),
    Some(""),
];

impl Input {
    /// `None` when there are too few bytes to choose a context from.
    pub fn new(data: &[u8]) -> Option<Input> {
        if data.len() < 6 {
            return None;
        }
        let (head, rest) = data.split_at(6);
        let params: [u8; 6] = head.try_into().ok()?;
        let prefix = PREFIXES[params[0] as usize % PREFIXES.len()];
        // Lossy: most mutations break UTF-8, and the extractors only ever
        // see valid strings; replacement characters are text too.
        let text = String::from_utf8_lossy(rest);
        let mut doc = String::with_capacity(prefix.len() + text.len());
        doc.push_str(prefix);
        doc.push_str(&text);
        Some(Input {
            params,
            doc,
            base: prefix.len(),
        })
    }

    pub fn text(&self) -> &str {
        &self.doc[self.base..]
    }

    /// A reference date anywhere in the years an HTML page's metadata can
    /// give (0000-9999), or none.
    pub fn reference_date(&self) -> Option<NaiveDate> {
        if self.params[1].is_multiple_of(4) {
            return None;
        }
        let year = i32::from(u16::from_le_bytes([self.params[2], self.params[3]]) % 10_000);
        let month = u32::from(self.params[4] % 12) + 1;
        let day = u32::from(self.params[5] % 31) + 1;
        NaiveDate::from_ymd_opt(year, month, day)
            .or_else(|| NaiveDate::from_ymd_opt(year, month, 1))
    }

    /// A second selector, for whatever else a target varies.
    pub fn choice(&self, n: usize) -> usize {
        (self.params[1] as usize / 4) % n
    }

    pub fn country(&self) -> Option<String> {
        COUNTRIES[self.params[0] as usize / PREFIXES.len() % COUNTRIES.len()].map(str::to_string)
    }
}

/// A span lies inside `text`, within `[lo, text.len()]`, and on char
/// boundaries (so slicing it never panics).
#[track_caller]
pub fn check_span(what: &str, span: Span, lo: usize, text: &str) {
    assert!(
        lo <= span.start && span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside {lo}..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
}

/// A non-empty span that reads `words` in `text`.
#[track_caller]
pub fn check_words(what: &str, span: Span, words: &str, lo: usize, text: &str) {
    check_span(what, span, lo, text);
    assert!(!span.is_empty(), "{what}: empty span {span:?}");
    assert_eq!(
        &text[span.start..span.end],
        words,
        "{what}: span {span:?} does not read its text"
    );
}

/// low <= best <= high wherever both are given.
#[track_caller]
pub fn check_estimate(what: &str, low: Option<u32>, best: Option<u32>, high: Option<u32>) {
    let pairs = [(low, best), (best, high), (low, high)];
    for (a, b) in pairs {
        if let (Some(a), Some(b)) = (a, b) {
            assert!(
                a <= b,
                "{what}: low/best/high out of order: {low:?}/{best:?}/{high:?}"
            );
        }
    }
}

/// First day on or before the last.
#[track_caller]
pub fn check_dates(what: &str, start: Option<NaiveDate>, end: Option<NaiveDate>) {
    if let (Some(s), Some(e)) = (start, end) {
        assert!(s <= e, "{what}: date_start {s} after date_end {e}");
    }
}

/// Blocks and sentences of a document point into its text, in order, and
/// name blocks and sections that exist.
pub fn check_document(doc: &Document) {
    let mut last = 0;
    for block in &doc.blocks {
        check_span("block", block.span, last, &doc.text);
        assert!(
            block.section < doc.sections.len(),
            "block section out of range"
        );
        last = block.span.end;
    }
    let mut last = 0;
    for s in &doc.sentences {
        check_span("sentence", s.span, last, &doc.text);
        assert!(s.block < doc.blocks.len(), "sentence block out of range");
        assert!(
            s.section < doc.sections.len(),
            "sentence section out of range"
        );
        assert!(
            doc.blocks[s.block].span.contains(s.span),
            "sentence {:?} outside its block {:?}",
            s.span,
            doc.blocks[s.block].span
        );
        last = s.span.end;
    }
}

/// Build the lazily loaded tables (gazetteer, actor knowledge base, regex
/// sets) before libFuzzer starts timing: loading them takes seconds on a
/// busy machine, and the first input would be reported as a timeout.
pub fn warm_up() {
    use eventcoder::document::Meta;
    let text = "On 3 May 2021, soldiers killed 4 civilians in Mopti, Mali.".to_string();
    let doc = Document::from_text("warm-up", text, Meta::default());
    let _ = eventcoder::run::process_document(doc);
}

/// Ingest any bytes as `format`: a Document that keeps the document
/// properties, or an error with a reason a user can read.
pub fn check_ingest(data: &[u8], format: eventcoder::ingest::Format) {
    use eventcoder::ingest::{self, Format, KnownMeta};
    use std::path::Path;
    // Sniffing the format reads the first bytes of anything.
    let _ = ingest::detect_format(Path::new("input"), data);
    let path = match format {
        Format::Text => "input.txt",
        Format::Html => "input.html",
        Format::Pdf => "input.pdf",
    };
    match ingest::read_bytes_as(
        "fuzz",
        Path::new(path),
        Some(format),
        data,
        &KnownMeta::default(),
    ) {
        Ok(doc) => check_document(&doc),
        // The reason is what a user reads in documents.csv: building it
        // must not fail either.
        Err(e) => assert!(!e.reason().is_empty()),
    }
}
