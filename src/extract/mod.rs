//! Extractors: each reads one sentence (or clause) and returns mentions that
//! carry the byte span they came from in the document text.
//!
//! Every extractor has the same shape: `extract(text, base, ctx)`, where
//! `text` is the sentence, `base` the byte offset of `text` in the document,
//! and `ctx` what the document already knows (reference date, country,
//! acronyms). Spans in the returned mentions are absolute: `base + offset`.

pub mod actors;
pub mod acts;
pub mod counts;
pub mod dates;
pub mod places;

use serde::Serialize;

/// A half-open byte range `[start, end)` in a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Shift a span relative to a sentence into document coordinates.
    pub fn offset(self, base: usize) -> Span {
        Span::new(self.start + base, self.end + base)
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}
