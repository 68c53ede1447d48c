//! Dates: every way a report says when.

use chrono::NaiveDate;
use serde::Serialize;

use super::Span;

/// How precise a date is, in the words of events.csv.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Range,
    Week,
    Month,
    Quarter,
    Year,
    Unknown,
}

impl DatePrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Range => "range",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Quarter => "quarter",
            DatePrecision::Year => "year",
            DatePrecision::Unknown => "unknown",
        }
    }
}

/// What a year-less or relative date is resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub date: NaiveDate,
    pub kind: ReferenceKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceKind {
    /// The document was published on `date`: year-less dates fall on or
    /// before it ("On 30 December" in a report of 7 January is last year).
    Published,
    /// The document covers a period ending on `date` (an annual report's
    /// "MALI 2021"): year-less dates fall in that period's year.
    PeriodEnd,
}

/// What the date extractor knows besides the sentence.
#[derive(Clone, Debug, Default)]
pub struct DateContext {
    pub reference: Option<Reference>,
    /// The date of the previous event, for "the following day", "later that
    /// month".
    pub previous: Option<(NaiveDate, NaiveDate)>,
    /// `Some(true)` when the document writes 03/01/2021 for 3 January.
    pub day_first: Option<bool>,
}

/// One date in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    pub span: Span,
    pub text: String,
    /// First and last day the mention covers; `None` when the year is
    /// unknown (no year in the text and no reference date).
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub precision: DatePrecision,
    /// The date with an unknown year in EDTF form ("XXXX-01-03"), when
    /// `start` is `None` for that reason.
    pub yearless: Option<String>,
    /// True when the year came from the text itself, not the reference.
    pub year_explicit: bool,
}

/// Find every date in `text` (a sentence starting at byte `base` of the
/// document).
pub fn extract(_text: &str, _base: usize, _ctx: &DateContext) -> Vec<DateMention> {
    Vec::new()
}
