//! Dates: every way a report says when.
//!
//! [`extract`] reads a sentence token by token and, at each token that can
//! open a date, keeps the longest reading: day dates in any order ("3
//! January 2021", "January 3, 2021", "the 3rd of January", "03/01/2021",
//! "2021-01-03"), months and years ("in August 2020", "since 2015"), parts
//! of them ("mid-March", "the first half of 2020", "the end of the year"),
//! ranges ("between 2 and 20 January", "January-March 2021", "for six
//! months until April"), dates relative to the publication date or to the
//! previous event ("yesterday", "last week", "the following day", "later
//! that month") and the same in French ("le 1er mai", "du 2 au 20 janvier").
//!
//! Year-less dates take their year from, in order: a year written earlier
//! in the sentence, then the [`Reference`] (the latest such date on or
//! before a publication date; the period's year for an annual report). With
//! neither, `start`/`end` stay `None` and `yearless` carries the EDTF form.
//! Today's date is never used.
//!
//! What is deliberately not a date: ages, durations without an end
//! ("for two months"), counts, identifiers ("Law 2019-12", "AFR
//! 12/001/2010"), clock times ("at 0045", "evening around 1930"), money,
//! percentages, bare numbers, "May" the verb and names ("Good Friday",
//! "Mai-Mai", "the March 14 alliance").

use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
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
///
/// Mentions come back in text order with absolute spans and never overlap:
/// at each position the longest reading wins ("between 2 and 20 January" is
/// one range, not a day and a date).
pub fn extract(text: &str, base: usize, ctx: &DateContext) -> Vec<DateMention> {
    let toks = tokenize(text);
    let parser = Parser {
        t: &toks,
        ctx,
        anchor: Cell::new(None),
        anchor_day: Cell::new(None),
        day_first: ctx.day_first.or_else(|| day_first_of(&toks)),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !parser.may_start(i) || parser.opens_nothing(i) {
            i += 1;
            continue;
        }
        match parser.best_at(i) {
            Some((end, None)) => i = end,
            Some((end, Some(found))) => {
                // A written year carries to the year-less dates after it in
                // the sentence, unless it is a year alone ("In 2020, 14 were
                // killed; in September ..." speaks of two periods).
                if found.explicit && found.precision != DatePrecision::Year {
                    parser.anchor.set(found.start);
                }
                if found.precision == DatePrecision::Day && found.start.is_some() {
                    parser.anchor_day.set(found.start);
                }
                let start_byte = toks[i].start;
                let end_byte = toks[end - 1].end;
                out.push(DateMention {
                    span: Span::new(start_byte, end_byte).offset(base),
                    text: text[start_byte..end_byte].to_string(),
                    start: found.start,
                    end: found.end,
                    precision: found.precision,
                    yearless: found.yearless,
                    year_explicit: found.explicit,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Guess whether a document writes numeric dates day first, from the dates
/// whose first or second part is over 12 ("26/06/2017" can only be day
/// first). `None` when nothing in the text decides; the pipeline can pass
/// the answer to every sentence as [`DateContext::day_first`].
pub fn infer_day_first(text: &str) -> Option<bool> {
    // A numeric date lies within one line, and a line's first token starts
    // after white space whether the line is read alone or in the whole
    // text: only the lines that hold a digit, a separator ('/', '.' or '-')
    // and a digit need tokenizing, not the whole of a long report. The
    // separators are found by a vectorised search, not by reading every
    // byte, and each such line is read once.
    let (mut day_first, mut month_first) = (0u32, 0u32);
    let bytes = text.as_bytes();
    // Where the line after the last one read starts.
    let mut unread = 0;
    for at in memchr::memchr3_iter(b'/', b'.', b'-', bytes) {
        if at < unread.max(1) || at + 1 >= bytes.len() {
            continue;
        }
        if !(bytes[at - 1].is_ascii_digit() && bytes[at + 1].is_ascii_digit()) {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        let (d, m) = day_first_tally(&tokenize(&text[start..end]));
        day_first += d;
        month_first += m;
        unread = end + 1;
    }
    habit(day_first, month_first)
}

/// The numeric-date habit of a run of tokens, as [`infer_day_first`].
fn day_first_of(toks: &[Tok]) -> Option<bool> {
    let (day_first, month_first) = day_first_tally(toks);
    habit(day_first, month_first)
}

fn habit(day_first: u32, month_first: u32) -> Option<bool> {
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    }
}

/// How many unambiguous numeric dates put the day first, and how many the
/// month.
fn day_first_tally(toks: &[Tok]) -> (u32, u32) {
    let (mut day_first, mut month_first) = (0u32, 0u32);
    for i in 0..toks.len() {
        if toks[i].kind != Kind::Num {
            continue;
        }
        if let Some((a, b, _)) = numeric_parts(toks, i) {
            if a.1 <= 2 && b.1 <= 2 {
                if a.0 > 12 && b.0 <= 12 {
                    day_first += 1;
                } else if b.0 > 12 && a.0 <= 12 {
                    month_first += 1;
                }
            }
        }
    }
    (day_first, month_first)
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MonthClass {
    /// A full month name that is nothing else ("January", "août").
    Full,
    /// A month name that is also a common word ("May", "mars", "mai"): read
    /// as a month only next to a number or after a word like "in".
    Weak,
    /// An abbreviation ("Jan.", "Sept", "févr."): read as a month only next
    /// to a number or after a word like "in".
    Abbr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lex {
    Plain,
    /// Month number, class, and whether the word is English (English month
    /// names are capitalised; French ones are not).
    Month(u32, MonthClass, bool),
    /// Weekday and whether the word is English.
    Weekday(Weekday, bool),
    /// A number word ("two", "deux", "a").
    Count(u32),
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    kind: Kind,
    start: usize,
    end: usize,
    text: &'a str,
    /// Whitespace separates this token from the previous one.
    space_before: bool,
    /// The first character is upper case.
    cap: bool,
    /// What the lexicon knows of the word, if anything.
    entry: Option<&'static Entry>,
    /// Value and digit count of a number token.
    value: u32,
    digits: usize,
}

impl Tok<'_> {
    /// The lower-cased word when the lexicon knows it.
    fn key(&self) -> Option<&'static str> {
        self.entry.map(|e| e.key)
    }

    fn lex(&self) -> Lex {
        self.entry.map_or(Lex::Plain, |e| e.lex)
    }

    /// The word can open a date ("between", "the", "yesterday"), so the
    /// parser tries it; most words, even known ones ("in", "of"), cannot.
    fn starts(&self) -> bool {
        self.entry.is_some_and(|e| e.starts)
    }

    /// The relative-date rules that begin with this word.
    fn rules(&self) -> &'static [u16] {
        self.entry.map_or(&[], |e| e.rules)
    }
}

/// Split `text` into words (letters only), digit runs and single
/// punctuation characters. Whitespace is dropped but remembered, because
/// "03/01/2021" and "03 / 01" must read differently.
fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let lexicon = lexicon();
    let gate = lexicon_gate();
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut lower = String::new();
    let mut space = true;
    let mut i = 0;
    // Work on bytes: ASCII decides almost every step, and a multi-byte
    // character is decoded only where one starts.
    let char_at = |i: usize| text[i..].chars().next().unwrap_or(' ');
    while i < bytes.len() {
        // The spaces between words, taken in a tight loop: for a space the
        // general step below only marks the space and moves on.
        if bytes[i] == b' ' {
            space = true;
            i += 1;
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            continue;
        }
        let b = bytes[i];
        let start = i;
        let mut tok = Tok {
            kind: Kind::Punct,
            start,
            end: start,
            text: "",
            space_before: space,
            cap: false,
            entry: None,
            value: 0,
            digits: 0,
        };
        if b.is_ascii_digit() {
            let mut value: u64 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                value = (value * 10 + (bytes[i] - b'0') as u64).min(u64::from(u32::MAX));
                i += 1;
            }
            tok.kind = Kind::Num;
            tok.digits = i - start;
            tok.value = value as u32;
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && char_at(i).is_alphabetic()) {
            let mut ascii = true;
            // Eight bytes at a time while they are ASCII letters (most
            // words); the byte loop below takes the rest of the word.
            while i + 8 <= bytes.len() {
                let run = ascii_letters_at(bytes, i);
                i += run;
                if run < 8 {
                    break;
                }
            }
            while i < bytes.len() {
                let c = bytes[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 {
                    let ch = char_at(i);
                    // Combining accents (a "c" followed by a caron) belong to their word.
                    let combining = ('\u{300}'..='\u{36f}').contains(&ch);
                    if !ch.is_alphabetic() && !combining {
                        break;
                    }
                    ascii = false;
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
            tok.kind = Kind::Word;
            tok.cap = if b < 0x80 {
                b.is_ascii_uppercase()
            } else {
                char_at(start).is_uppercase()
            };
            let word = &text[start..i];
            tok.text = word;
            // Keywords are short: longer words skip the lookup.
            let entry = if word.len() > 16 {
                None
            } else if ascii {
                // No key of this length opens with this letter: no lookup.
                let first = u64::from((b | 0x20) & 63);
                if gate[word.len()] >> first & 1 == 0 {
                    None
                } else {
                    lexicon.get(&pack_ascii_at(bytes, start, i))
                }
            } else {
                lower.clear();
                lower.extend(word.chars().flat_map(char::to_lowercase));
                (lower.len() <= 16)
                    .then(|| lexicon.get(&pack(lower.as_bytes(), false)))
                    .flatten()
            };
            if let Some(entry) = entry {
                tok.entry = Some(entry);
            }
        } else if b < 0x80 {
            if b.is_ascii_whitespace() || b == 0x0b {
                space = true;
                i += 1;
                continue;
            }
            i += 1;
        } else {
            let ch = char_at(i);
            i += ch.len_utf8();
            if ch.is_whitespace() {
                space = true;
                continue;
            }
        }
        tok.end = i;
        // A word has its text already (one slice, one boundary check).
        if tok.kind != Kind::Word {
            tok.text = &text[start..i];
        }
        toks.push(tok);
        space = false;
    }
    toks
}

/// The English months, lower case, January first.
pub(crate) const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Words that may come before a month named alone ("in May", "since Sept").
const MONTH_CUES: &[&str] = &[
    "in",
    "on",
    "since",
    "of",
    "until",
    "till",
    "by",
    "from",
    "to",
    "between",
    "during",
    "through",
    "throughout",
    "before",
    "after",
    "early",
    "mid",
    "late",
    "last",
    "next",
    "this",
    "en",
    "depuis",
    "de",
    "du",
    "au",
    "à",
    "jusqu",
    "fin",
    "début",
    "debut",
    "mi",
    "courant",
    "entre",
    "dès",
    "avant",
    "après",
    "for",
];

/// Words that make a bare four-digit number a year ("in 2019", "since 2015").
const YEAR_CUES: &[&str] = &[
    "in",
    "since",
    "during",
    "until",
    "till",
    "by",
    "from",
    "between",
    "early",
    "mid",
    "late",
    "before",
    "after",
    "throughout",
    "of",
    "year",
    "circa",
    "en",
    "depuis",
    "année",
    "dès",
    "fin",
    "début",
    "debut",
    "mi",
    "through",
    "avant",
    "après",
    "jusqu",
    "courant",
];

/// Nouns that make "March 14" the name of a group, not a date.
const NAME_NOUNS: &[&str] = &["alliance", "coalition", "movement", "bloc", "camp", "party"];

/// Nouns that make a weekday a name ("Friday prayers").
const WEEKDAY_NOUNS: &[&str] = &[
    "prayers", "prayer", "sermon", "sermons", "edition", "market",
];

/// Words that make a nearby four-digit number a clock time.
const TIME_WORDS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "midnight",
    "noon",
    "hours",
    "hrs",
    "gmt",
    "utc",
    "heures",
    "matin",
    "soir",
    "nuit",
];

/// Nouns after which a bare year names an event ("the 2019 elections").
const YEAR_NOUNS: &[&str] = &[
    "elections",
    "election",
    "polls",
    "referendum",
    "census",
    "coup",
    "uprising",
    "protests",
    "crisis",
    "budget",
    "constitution",
    "ceasefire",
    "agreement",
    "accord",
    "presidential",
    "legislative",
    "parliamentary",
    "municipal",
    "general",
    "peace",
    "floods",
    "drought",
    "revolution",
    "unrest",
    "report",
];

/// Words before a number that make it an identifier, not a year ("Law
/// 2019-12", "Decree No. 2020-0123", "Resolution 2085 of 2012").
const ID_WORDS: &[&str] = &[
    "law",
    "act",
    "decree",
    "resolution",
    "no",
    "article",
    "ordinance",
    "order",
    "case",
    "code",
    "number",
    "loi",
    "décret",
    "page",
    "chapter",
    "section",
    "paragraph",
    "n",
];

/// Lower-case words that may follow a year after a comma ("May 21, 2019
/// in Gao"); any other lower-case word makes the number a count ("May 21,
/// 2000 people").
const FOLLOW_YEAR: &[&str] = &[
    "in", "at", "on", "and", "the", "when", "after", "before", "a", "an", "to", "by", "for",
    "with", "from", "during", "while", "as", "or", "until", "near", "around", "between", "et", "à",
    "le", "la", "les", "des", "dans", "au",
];

const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "er", "re", "ère", "e", "eme", "ème"];

/// A word of up to 16 bytes packed into one integer, lower-cased when
/// `ascii_fold` (then the word must be ASCII letters only): the lexicon is keyed by these, so a lookup hashes one
/// integer and compares no strings (most words of a report are looked up).
fn pack(bytes: &[u8], ascii_fold: bool) -> u128 {
    let mut buf = [0u8; 16];
    let n = bytes.len().min(16);
    buf[..n].copy_from_slice(&bytes[..n]);
    let key = u128::from_le_bytes(buf);
    if !ascii_fold {
        return key;
    }
    // Only ASCII letters are folded here, and for them lower case is the
    // 0x20 bit: one OR over the whole word.
    let mask = if n == 16 {
        u128::MAX
    } else {
        (1u128 << (8 * n)) - 1
    };
    key | (u128::from_le_bytes([0x20; 16]) & mask)
}

/// [`pack`] of the ASCII word `bytes[start..end]` (at most 16 bytes),
/// folded. Most words of a sentence have 16 bytes after their start: those
/// are read at once and the word's own bytes kept by a mask, the same key
/// as `pack` builds by copying the word into a zeroed buffer, without the
/// call to `memcpy` that the copy of a variable length costs.
fn pack_ascii_at(bytes: &[u8], start: usize, end: usize) -> u128 {
    let n = end - start;
    match bytes.get(start..start + 16) {
        Some(window) if n <= 16 => {
            let mask = if n == 16 {
                u128::MAX
            } else {
                (1u128 << (8 * n)) - 1
            };
            let mut buf = [0u8; 16];
            buf.copy_from_slice(window);
            let key = u128::from_le_bytes(buf) & mask;
            key | (u128::from_le_bytes([0x20; 16]) & mask)
        }
        _ => pack(&bytes[start..end], true),
    }
}

/// Hashes a packed word by one multiply: nothing here needs resistance to
/// hash flooding, and SipHash would cost more than the rest of the lookup.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u128(&mut self, n: u128) {
        let folded = (n as u64) ^ ((n >> 64) as u64).rotate_left(29);
        self.0 = folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (folded >> 31);
    }
}

#[derive(Debug)]
struct Entry {
    key: &'static str,
    lex: Lex,
    /// The word can open a date.
    starts: bool,
    /// The word opens no date when a word the lexicon does not know
    /// follows it (see [`Parser::opens_nothing`]).
    needs_known_next: bool,
    rules: &'static [u16],
}

/// Packed lower-case word -> what it is.
type Lexicon = HashMap<u128, Entry, BuildHasherDefault<WordHasher>>;

/// Plain words that can open a date; the others only continue one.
const STARTERS: &[&str] = &[
    "the",
    "between",
    "from",
    "entre",
    "du",
    "de",
    "d",
    "for",
    "during",
    "pendant",
    "over",
    "early",
    "mid",
    "late",
    "début",
    "debut",
    "fin",
    "mi",
    "first",
    "q",
    "le",
    "la",
    "l",
    "last",
    "past",
    "this",
    "that",
    "ce",
    "cette",
    "earlier",
    "later",
    "today",
    "tonight",
    "yesterday",
    "hier",
    "aujourd",
    "avant",
];

/// For each key length (1 to 16 bytes), a bit set of the keys' first bytes
/// (modulo 64). A word's key has no zero byte in its length and zeros
/// after, and an ASCII word's first key byte is its first letter OR 0x20,
/// so a word whose (length, first letter) has no bit is no key of the
/// lexicon, and [`tokenize`] skips its lookup.
fn lexicon_gate() -> &'static [u64; 17] {
    static GATE: OnceLock<[u64; 17]> = OnceLock::new();
    GATE.get_or_init(|| {
        let mut gate = [0u64; 17];
        for &key in lexicon().keys() {
            let len = 16 - key.leading_zeros() as usize / 8;
            gate[len] |= 1 << ((key as u8) & 63);
        }
        gate
    })
}

/// How many of the eight bytes at `bytes[i..]` are ASCII letters before the
/// first that is not (8 if all are). A byte `c` is an ASCII letter exactly
/// when `c | 0x20` is in `a..=z` (OR-ing 0x20 maps only `A..=Z` and
/// `a..=z` there, and a byte of 0x80 or more stays at 0xa0 or more); the
/// range test is done on the low seven bits of each byte, whose sums with
/// 0x1f and 0x05 cannot carry into the next byte, and the high bit must be
/// clear.
#[inline]
fn ascii_letters_at(bytes: &[u8], i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let w = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"));
    let x = w | (ONES * 0x20);
    let low = x & !HIGHS;
    // High bit of each byte: at least 'a' (0x61), and not above 'z' (0x7a).
    let at_least_a = low + ONES * (0x80 - 0x61);
    let above_z = low + ONES * (0x80 - 0x7b);
    let letters = at_least_a & !above_z & !x & HIGHS;
    ((!letters & HIGHS).trailing_zeros() / 8) as usize
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map: HashMap<&'static str, Lex> = HashMap::new();
        let plain: &[&[&str]] = &[
            MONTH_CUES,
            YEAR_CUES,
            YEAR_NOUNS,
            ID_WORDS,
            ORDINAL_SUFFIXES,
            FOLLOW_YEAR,
            TIME_WORDS,
            NAME_NOUNS,
            WEEKDAY_NOUNS,
            &[
                "and",
                "or",
                "et",
                "ou",
                "thru",
                "the",
                "le",
                "la",
                "l",
                "d",
                "a",
                "à",
                "q",
                "beginning",
                "start",
                "end",
                "middle",
                "half",
                "quarter",
                "week",
                "weeks",
                "day",
                "days",
                "month",
                "months",
                "years",
                "ago",
                "later",
                "earlier",
                "following",
                "previous",
                "same",
                "that",
                "this",
                "past",
                "over",
                "pendant",
                "up",
                "afterwards",
                "afterward",
                "plus",
                "tard",
                "tôt",
                "jour",
                "jours",
                "semaine",
                "semaines",
                "mois",
                "an",
                "ans",
                "années",
                "first",
                "second",
                "third",
                "fourth",
                "weekend",
                "premier",
                "première",
                "moitié",
                "semestre",
                "trimestre",
            ],
        ];
        for list in plain {
            for w in *list {
                map.insert(w, Lex::Plain);
            }
        }
        for rule in RELATIVE_RULES {
            for w in rule.0 {
                if w.chars().all(char::is_alphabetic) {
                    map.entry(w).or_insert(Lex::Plain);
                }
            }
        }
        for (n, w) in [
            (1, "one"),
            (2, "two"),
            (3, "three"),
            (4, "four"),
            (5, "five"),
            (6, "six"),
            (7, "seven"),
            (8, "eight"),
            (9, "nine"),
            (10, "ten"),
            (11, "eleven"),
            (12, "twelve"),
            (14, "fourteen"),
            (15, "fifteen"),
            (18, "eighteen"),
            (20, "twenty"),
            (30, "thirty"),
            (1, "a"),
            (1, "an"),
            (1, "un"),
            (1, "une"),
            (2, "deux"),
            (3, "trois"),
            (4, "quatre"),
            (5, "cinq"),
            (8, "huit"),
            (9, "neuf"),
            (10, "dix"),
            (12, "douze"),
            (15, "quinze"),
        ] {
            map.insert(w, Lex::Count(n));
        }
        for (i, w) in EN_MONTHS.iter().enumerate() {
            let class = if *w == "may" {
                MonthClass::Weak
            } else {
                MonthClass::Full
            };
            map.insert(w, Lex::Month(i as u32 + 1, class, true));
        }
        for (i, w) in FR_MONTHS.iter().enumerate() {
            let class = if *w == "mars" || *w == "mai" {
                MonthClass::Weak
            } else {
                MonthClass::Full
            };
            map.insert(w, Lex::Month(i as u32 + 1, class, false));
        }
        for (m, w) in [(2, "fevrier"), (8, "aout"), (12, "decembre")] {
            // French written without its accents, as plain-text archives do.
            map.insert(w, Lex::Month(m, MonthClass::Full, false));
        }
        for (m, w) in [
            (1, "jan"),
            (2, "feb"),
            (3, "mar"),
            (4, "apr"),
            (6, "jun"),
            (7, "jul"),
            (8, "aug"),
            (9, "sep"),
            (9, "sept"),
            (10, "oct"),
            (11, "nov"),
            (12, "dec"),
            (1, "janv"),
            (2, "févr"),
            (2, "fevr"),
            (2, "fév"),
            (2, "fev"),
            (4, "avr"),
            (7, "juil"),
            (12, "déc"),
        ] {
            // Abbreviations shared by both languages ("oct", "sept") count
            // as English; only the French-only ones are marked French.
            let french = w.len() > 3 && !matches!(w, "sept") || !w.is_ascii();
            map.insert(w, Lex::Month(m, MonthClass::Abbr, !french));
        }
        for (d, en, fr) in [
            (Weekday::Mon, "monday", "lundi"),
            (Weekday::Tue, "tuesday", "mardi"),
            (Weekday::Wed, "wednesday", "mercredi"),
            (Weekday::Thu, "thursday", "jeudi"),
            (Weekday::Fri, "friday", "vendredi"),
            (Weekday::Sat, "saturday", "samedi"),
            (Weekday::Sun, "sunday", "dimanche"),
        ] {
            map.insert(en, Lex::Weekday(d, true));
            map.insert(fr, Lex::Weekday(d, false));
        }
        map.into_iter()
            .filter(|(k, _)| k.len() <= 16)
            .map(|(key, lex)| {
                let mut rules: Vec<u16> = (0..RELATIVE_RULES.len() as u16)
                    .filter(|&r| RELATIVE_RULES[r as usize].0[0] == key)
                    .collect();
                // One-word rules first, so that `relative` stops at the
                // first longer rule when the next word is one no rule
                // knows. The order of rules of one length is kept, and
                // only that order matters: of the rules that read, the
                // longest wins and, among equals, the first.
                rules.sort_by_key(|&r| RELATIVE_RULES[r as usize].0.len() > 1);
                let starts = lex != Lex::Plain || STARTERS.contains(&key) || !rules.is_empty();
                let needs_known_next = matches!(lex, Lex::Plain | Lex::Count(_))
                    && rules
                        .first()
                        .is_none_or(|&r| RELATIVE_RULES[r as usize].0.len() > 1);
                let entry = Entry {
                    key,
                    lex,
                    starts,
                    needs_known_next,
                    // Built once per process; leaking keeps tokens `Copy`.
                    rules: Vec::leak(rules),
                };
                (pack(key.as_bytes(), false), entry)
            })
            .collect()
    })
}

/// The three numbers of "03/01/2021" (value, digits) and the separator,
/// when the tokens at `i` spell such a date with nothing glued around it.
#[allow(clippy::type_complexity)]
fn numeric_parts(t: &[Tok], i: usize) -> Option<((u32, usize), (u32, usize), (u32, usize))> {
    let get = |k: usize| t.get(k);
    let a = get(i)?;
    let s1 = get(i + 1)?;
    let b = get(i + 2)?;
    let s2 = get(i + 3)?;
    let c = get(i + 4)?;
    if a.kind != Kind::Num || b.kind != Kind::Num || c.kind != Kind::Num {
        return None;
    }
    if s1.kind != Kind::Punct || s1.text != s2.text || !matches!(s1.text, "/" | "." | "-") {
        return None;
    }
    if s1.space_before || b.space_before || s2.space_before || c.space_before {
        return None;
    }
    // "1.2.3.4" and "12/03/2021/5" are not dates.
    if let Some(n) = get(i + 5) {
        if !n.space_before
            && (n.kind != Kind::Punct
                || (n.text == s1.text
                    && get(i + 6).is_some_and(|m| !m.space_before && m.kind == Kind::Num)))
        {
            return None;
        }
    }
    if i > 0 && !a.space_before {
        let p = &t[i - 1];
        // A dash may join two dates ("5/23/1977-6/11/1977") unless it is
        // this date's own separator.
        let own_dash = p.text == "-" && s1.text == "-";
        if p.kind != Kind::Punct || own_dash || matches!(p.text, "/" | "." | "," | "$" | "#") {
            return None;
        }
    }
    let sep_ok_for_short_year = s1.text == "/";
    let parts = (
        (a.value, a.digits),
        (b.value, b.digits),
        (c.value, c.digits),
    );
    let short_year = c.digits == 2 && sep_ok_for_short_year;
    if (a.digits == 4 && b.digits <= 2 && c.digits <= 2)
        || (a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || short_year))
    {
        Some(parts)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// What a date means before its year is known

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Day(u32, u32),
    Month(u32),
    /// Days `from..=to` of month `m`; `to == 0` is the month's last day and
    /// `from == 0` its last seven days.
    MonthPart(u32, u32, u32, DatePrecision),
    /// Months `from..=to` of a year.
    Months(u32, u32, DatePrecision),
    Year,
}

#[derive(Clone, Copy, Debug)]
struct Atom {
    year: Option<i32>,
    shape: Shape,
    /// The year was written in the text.
    explicit: bool,
}

impl Atom {
    fn yearless(shape: Shape) -> Atom {
        Atom {
            year: None,
            shape,
            explicit: false,
        }
    }

    fn month(self) -> Option<u32> {
        match self.shape {
            Shape::Day(m, _) | Shape::Month(m) | Shape::MonthPart(m, ..) => Some(m),
            _ => None,
        }
    }
}

/// A resolved reading, before it becomes a [`DateMention`].
#[derive(Clone, Debug, PartialEq)]
struct Found {
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    precision: DatePrecision,
    yearless: Option<String>,
    explicit: bool,
}

impl Found {
    fn span(start: NaiveDate, end: NaiveDate, precision: DatePrecision, explicit: bool) -> Found {
        Found {
            start: Some(start),
            end: Some(end),
            precision,
            yearless: None,
            explicit,
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn last_day(y: i32, m: u32) -> Option<NaiveDate> {
    let next = if m == 12 {
        ymd(y + 1, 1, 1)?
    } else {
        ymd(y, m + 1, 1)?
    };
    next.pred_opt()
}

/// First day, last day and precision of `shape` in year `y`.
fn bounds(shape: Shape, y: i32) -> Option<(NaiveDate, NaiveDate, DatePrecision)> {
    if !(1..=9998).contains(&y) {
        return None;
    }
    Some(match shape {
        Shape::Day(m, d) => {
            let x = ymd(y, m, d)?;
            (x, x, DatePrecision::Day)
        }
        Shape::Month(m) => (ymd(y, m, 1)?, last_day(y, m)?, DatePrecision::Month),
        Shape::MonthPart(m, from, to, p) => {
            let last = last_day(y, m)?;
            let s = if from == 0 {
                last - Duration::days(6)
            } else {
                ymd(y, m, from)?
            };
            let e = if to == 0 { last } else { ymd(y, m, to)? };
            (s, e, p)
        }
        Shape::Months(a, b, p) => (ymd(y, a, 1)?, last_day(y, b)?, p),
        Shape::Year => (ymd(y, 1, 1)?, ymd(y, 12, 31)?, DatePrecision::Year),
    })
}

/// The EDTF form of a date whose year is unknown ("XXXX-01-03").
fn edtf(shape: Shape) -> String {
    // 2000 is a leap year, so "29 February" stays possible.
    match shape {
        Shape::Day(m, d) => format!("XXXX-{m:02}-{d:02}"),
        Shape::Month(m) => format!("XXXX-{m:02}"),
        Shape::Months(a, b, _) if a == b => format!("XXXX-{a:02}"),
        Shape::Months(a, b, _) => format!("XXXX-{a:02}/XXXX-{b:02}"),
        Shape::MonthPart(..) => match bounds(shape, 2000) {
            Some((s, e, _)) => format!("{}/{}", s.format("XXXX-%m-%d"), e.format("XXXX-%m-%d")),
            None => String::new(),
        },
        Shape::Year => String::new(),
    }
}

/// What a span of days is, in the words of events.csv: a range unless it is
/// exactly one day, month, quarter or year.
fn classify(s: NaiveDate, e: NaiveDate) -> DatePrecision {
    if s == e {
        return DatePrecision::Day;
    }
    if s.day() == 1 && s.year() == e.year() && last_day(e.year(), e.month()) == Some(e) {
        let months = e.month() - s.month() + 1;
        if months == 1 {
            return DatePrecision::Month;
        }
        if months == 3 && s.month() % 3 == 1 {
            return DatePrecision::Quarter;
        }
        if months == 12 {
            return DatePrecision::Year;
        }
    }
    DatePrecision::Range
}

/// The year of a date written without one. A report of known publication
/// date speaks of the latest such date on or before it ("On 30 December" in
/// a report of 7 January is last year; "In May" in a report of 10 May is
/// this May); a report about a period speaks of that period's year.
///
/// A date written with its year earlier in the same sentence (`anchor`)
/// comes before either: the year-less date is the one nearest to it
/// ("Around 2 June 2019 (between 31 May and 3 June)" is 2019; "arrested in
/// December 2020 and released in April" is April 2021).
fn choose_year(
    ctx: &DateContext,
    anchor: Option<NaiveDate>,
    first_day: impl Fn(i32) -> Option<NaiveDate>,
) -> Option<i32> {
    if let Some(a) = anchor {
        let y = a.year();
        // Nothing happens after its report was published.
        let published = ctx
            .reference
            .filter(|r| r.kind == ReferenceKind::Published)
            .map(|r| r.date);
        let nearest = [y, y + 1, y - 1]
            .into_iter()
            .filter_map(|y| Some((y, first_day(y)?)))
            .filter(|&(_, d)| published.is_none_or(|p| d <= p))
            .map(|(y, d)| (y, (d - a).num_days().abs()))
            .min_by_key(|&(_, distance)| distance);
        if let Some((y, _)) = nearest {
            return Some(y);
        }
    }
    let r = ctx.reference?;
    let y0 = r.date.year();
    // Eight years back reaches a leap year from anywhere ("29 February").
    (0..8)
        .map(|k| y0 - k)
        .find(|&y| match (r.kind, first_day(y)) {
            (ReferenceKind::Published, Some(d)) => d <= r.date,
            (ReferenceKind::PeriodEnd, Some(_)) => true,
            (_, None) => false,
        })
}

fn resolve_atom(a: Atom, ctx: &DateContext, anchor: Option<NaiveDate>) -> Option<Found> {
    if let Some(y) = a.year {
        let (s, e, p) = bounds(a.shape, y)?;
        return Some(Found::span(s, e, p, a.explicit));
    }
    if a.shape == Shape::Year {
        return None;
    }
    if ctx.reference.is_some() || anchor.is_some() {
        let y = choose_year(ctx, anchor, |y| bounds(a.shape, y).map(|b| b.0))?;
        let (s, e, p) = bounds(a.shape, y)?;
        return Some(Found::span(s, e, p, false));
    }
    let (_, _, p) = bounds(a.shape, 2000)?;
    Some(Found {
        start: None,
        end: None,
        precision: p,
        yearless: Some(edtf(a.shape)),
        explicit: false,
    })
}

/// A range from `x` to `y`; a year written on one end applies to both, and
/// the start falls before the end ("December to March 2021" starts in
/// December 2020).
fn resolve_range(
    mut x: Atom,
    mut y: Atom,
    ctx: &DateContext,
    anchor: Option<NaiveDate>,
) -> Option<Found> {
    if (x.shape == Shape::Year) != (y.shape == Shape::Year) {
        return None;
    }
    let start_of = |a: Atom, yr: i32| bounds(a.shape, yr).map(|b| b.0);
    match (x.year, y.year) {
        (Some(_), Some(_)) => {}
        (None, Some(yy)) => {
            let same = start_of(x, yy)? <= start_of(y, yy)?;
            x.year = Some(if same { yy } else { yy - 1 });
            x.explicit = y.explicit;
        }
        (Some(xy), None) => {
            let same = start_of(y, xy)? >= start_of(x, xy)?;
            y.year = Some(if same { xy } else { xy + 1 });
            y.explicit = x.explicit;
        }
        (None, None) => {
            if ctx.reference.is_none() && anchor.is_none() {
                let (xs, _, _) = bounds(x.shape, 2000)?;
                let (ys, ye, _) = bounds(y.shape, 2000)?;
                let precision = if xs <= ys {
                    classify(xs, ye)
                } else {
                    DatePrecision::Range
                };
                return Some(Found {
                    start: None,
                    end: None,
                    precision,
                    yearless: Some(format!("{}/{}", edtf(x.shape), edtf(y.shape))),
                    explicit: false,
                });
            }
            let mut xy = choose_year(ctx, anchor, |yr| start_of(x, yr))?;
            let same = start_of(y, xy)? >= start_of(x, xy)?;
            // A report on a period speaks of spans that end in it: "from
            // December to March" in a 2021 report is December 2020 to March
            // 2021.
            let period_end = ctx
                .reference
                .filter(|r| r.kind == ReferenceKind::PeriodEnd && anchor.is_none());
            if let (Some(r), false) = (period_end, same) {
                if bounds(y.shape, xy + 1).is_some_and(|b| b.1 > r.date) {
                    xy -= 1;
                }
            }
            x.year = Some(xy);
            y.year = Some(if same { xy } else { xy + 1 });
        }
    }
    let (s, _, _) = bounds(x.shape, x.year?)?;
    let (_, e, _) = bounds(y.shape, y.year?)?;
    if s > e {
        return None;
    }
    Some(Found::span(s, e, classify(s, e), x.explicit || y.explicit))
}

/// Monday of the week holding `d`.
fn monday(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new((-n) as u32))
    }
}

fn month_of(d: NaiveDate, shift: i64) -> Option<Found> {
    let first = add_months(d.with_day(1)?, shift)?;
    let last = last_day(first.year(), first.month())?;
    Some(Found::span(first, last, DatePrecision::Month, false))
}

fn year_of(y: i32) -> Option<Found> {
    let (s, e, p) = bounds(Shape::Year, y)?;
    Some(Found::span(s, e, p, false))
}

fn week_of(d: NaiveDate) -> Found {
    let m = monday(d);
    Found::span(m, m + Duration::days(6), DatePrecision::Week, false)
}

// ---------------------------------------------------------------------------
// Relative dates

#[derive(Clone, Copy, Debug)]
enum Rel {
    /// The reference date plus n days.
    RefDay(i64),
    RefWeek(i64),
    RefMonth(i64),
    RefYear(i64),
    /// The Saturday and Sunday on or before the reference date.
    RefWeekend,
    /// The previous event's date plus n days (its end when n >= 0, its
    /// start when n < 0).
    PrevDay(i64),
    PrevWeek(i64),
    PrevMonth(i64),
    PrevYear(i64),
    /// Relative to the previous event when there is one, else the reference
    /// ("in the previous year").
    PrevElseRefYear(i64),
}

/// Fixed phrases, matched word by word ("'" and "-" match any apostrophe
/// or dash).
const RELATIVE_RULES: &[(&[&str], Rel)] = &[
    (&["today"], Rel::RefDay(0)),
    (&["this", "morning"], Rel::RefDay(0)),
    (&["this", "afternoon"], Rel::RefDay(0)),
    (&["this", "evening"], Rel::RefDay(0)),
    (&["tonight"], Rel::RefDay(0)),
    (&["aujourd", "'", "hui"], Rel::RefDay(0)),
    (&["yesterday"], Rel::RefDay(-1)),
    (&["last", "night"], Rel::RefDay(-1)),
    (&["hier"], Rel::RefDay(-1)),
    (&["the", "day", "before", "yesterday"], Rel::RefDay(-2)),
    (&["avant", "-", "hier"], Rel::RefDay(-2)),
    (&["last", "week"], Rel::RefWeek(-1)),
    (&["this", "week"], Rel::RefWeek(0)),
    (&["earlier", "this", "week"], Rel::RefWeek(0)),
    (&["la", "semaine", "dernière"], Rel::RefWeek(-1)),
    (&["la", "semaine", "passée"], Rel::RefWeek(-1)),
    (&["cette", "semaine"], Rel::RefWeek(0)),
    (&["last", "month"], Rel::RefMonth(-1)),
    (&["this", "month"], Rel::RefMonth(0)),
    (&["earlier", "this", "month"], Rel::RefMonth(0)),
    (&["le", "mois", "dernier"], Rel::RefMonth(-1)),
    (&["le", "mois", "passé"], Rel::RefMonth(-1)),
    (&["ce", "mois", "-", "ci"], Rel::RefMonth(0)),
    (&["last", "year"], Rel::RefYear(-1)),
    (&["this", "year"], Rel::RefYear(0)),
    (&["earlier", "this", "year"], Rel::RefYear(0)),
    (&["l", "'", "année", "dernière"], Rel::RefYear(-1)),
    (&["l", "'", "an", "dernier"], Rel::RefYear(-1)),
    (&["l", "'", "année", "passée"], Rel::RefYear(-1)),
    (&["cette", "année"], Rel::RefYear(0)),
    (&["last", "weekend"], Rel::RefWeekend),
    (&["this", "weekend"], Rel::RefWeekend),
    (&["this", "past", "weekend"], Rel::RefWeekend),
    (&["the", "following", "day"], Rel::PrevDay(1)),
    (&["the", "next", "day"], Rel::PrevDay(1)),
    (&["the", "day", "after"], Rel::PrevDay(1)),
    (&["the", "next", "morning"], Rel::PrevDay(1)),
    (&["the", "following", "morning"], Rel::PrevDay(1)),
    (&["the", "next", "night"], Rel::PrevDay(1)),
    (&["the", "following", "night"], Rel::PrevDay(1)),
    (&["the", "following", "evening"], Rel::PrevDay(1)),
    (&["le", "lendemain"], Rel::PrevDay(1)),
    (&["the", "same", "day"], Rel::PrevDay(0)),
    (&["that", "day"], Rel::PrevDay(0)),
    (&["later", "that", "day"], Rel::PrevDay(0)),
    (&["earlier", "that", "day"], Rel::PrevDay(0)),
    (&["that", "night"], Rel::PrevDay(0)),
    (&["that", "morning"], Rel::PrevDay(0)),
    (&["that", "evening"], Rel::PrevDay(0)),
    (&["the", "same", "night"], Rel::PrevDay(0)),
    (&["le", "même", "jour"], Rel::PrevDay(0)),
    (&["the", "previous", "day"], Rel::PrevDay(-1)),
    (&["the", "day", "before"], Rel::PrevDay(-1)),
    (&["the", "previous", "night"], Rel::PrevDay(-1)),
    (&["the", "night", "before"], Rel::PrevDay(-1)),
    (&["la", "veille"], Rel::PrevDay(-1)),
    (&["the", "following", "week"], Rel::PrevWeek(1)),
    (&["the", "next", "week"], Rel::PrevWeek(1)),
    (&["the", "previous", "week"], Rel::PrevWeek(-1)),
    (&["the", "week", "before"], Rel::PrevWeek(-1)),
    (&["that", "week"], Rel::PrevWeek(0)),
    (&["the", "same", "week"], Rel::PrevWeek(0)),
    (&["later", "that", "week"], Rel::PrevWeek(0)),
    (&["la", "semaine", "suivante"], Rel::PrevWeek(1)),
    (&["later", "that", "month"], Rel::PrevMonth(0)),
    (&["earlier", "that", "month"], Rel::PrevMonth(0)),
    (&["later", "in", "the", "month"], Rel::PrevMonth(0)),
    (&["that", "month"], Rel::PrevMonth(0)),
    (&["the", "same", "month"], Rel::PrevMonth(0)),
    (&["le", "même", "mois"], Rel::PrevMonth(0)),
    (&["the", "following", "month"], Rel::PrevMonth(1)),
    (&["the", "next", "month"], Rel::PrevMonth(1)),
    (&["le", "mois", "suivant"], Rel::PrevMonth(1)),
    (&["the", "previous", "month"], Rel::PrevMonth(-1)),
    (&["the", "month", "before"], Rel::PrevMonth(-1)),
    (&["le", "mois", "précédent"], Rel::PrevMonth(-1)),
    (&["that", "year"], Rel::PrevYear(0)),
    (&["the", "same", "year"], Rel::PrevYear(0)),
    (&["later", "that", "year"], Rel::PrevYear(0)),
    (&["earlier", "that", "year"], Rel::PrevYear(0)),
    (&["la", "même", "année"], Rel::PrevYear(0)),
    (&["the", "following", "year"], Rel::PrevElseRefYear(1)),
    (&["the", "next", "year"], Rel::PrevElseRefYear(1)),
    (&["l", "'", "année", "suivante"], Rel::PrevElseRefYear(1)),
    (&["the", "previous", "year"], Rel::PrevElseRefYear(-1)),
    (&["the", "year", "before"], Rel::PrevElseRefYear(-1)),
    (&["l", "'", "année", "précédente"], Rel::PrevElseRefYear(-1)),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lead {
    None,
    Between,
    From,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Early,
    Begin,
    Mid,
    Late,
    End,
    Half(u32),
    Quarter(u32),
    Week(u32),
    /// Months `from..=to` of a year.
    Months(u32, u32),
}

// ---------------------------------------------------------------------------
// The parser: each reading returns the token index just past it.

struct Parser<'t, 'a> {
    t: &'t [Tok<'a>],
    ctx: &'t DateContext,
    /// The document's numeric-date habit, else the sentence's own ("on
    /// 03/04/2021 and 15/04/2021" is day first throughout).
    day_first: Option<bool>,
    /// The last date written with its year in the sentence so far.
    anchor: Cell<Option<NaiveDate>>,
    /// The last day read in the sentence so far, for a weekday after it
    /// ("06/02/2015: On Tuesday night ...").
    anchor_day: Cell<Option<NaiveDate>>,
}

impl Parser<'_, '_> {
    fn key(&self, i: usize) -> Option<&'static str> {
        self.t.get(i).and_then(|t| t.key())
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.key(i) == Some(word)
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.key(i).is_some_and(|k| words.contains(&k))
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.text == p)
    }

    fn dash(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            t.kind == Kind::Punct && matches!(t.text, "-" | "–" | "—" | "‐" | "‑" | "−")
        })
    }

    fn apostrophe(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && matches!(t.text, "'" | "’" | "ʼ"))
    }

    /// Token `i` exists and touches the one before it.
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    fn may_start(&self, i: usize) -> bool {
        let t = &self.t[i];
        match t.kind {
            Kind::Num => true,
            Kind::Word => t.starts(),
            Kind::Punct => false,
        }
    }

    /// Whether the word at `i` is one that [`Self::best_at`] reads nothing
    /// at because the word after it is one the lexicon does not know ("the
    /// government", "a village", "for years"): a fast path, since such
    /// words ("the", "a", "for", "this") are the most common starters.
    ///
    /// It holds for a word that is neither a month nor a weekday and
    /// opens no one-word relative rule ("today"), followed by an unknown
    /// word `u`, by every reading `best_at` tries: a numeric date, a year
    /// or a day number needs a number at `i`; "Q1" a number after "q"; a
    /// month or weekday reading needs one at `i` or `i + 1` (`u` is
    /// neither); "the 3rd of May" a day number after "the"; a part
    /// ("early", "the first half of", "fin") a month, a year, a known word
    /// or "the"/"that"/"this"/"l" after it; a range's first end after
    /// "between"/"from" a date at `u`, and "d'" an apostrophe; a span ("for
    /// six months until") and a shift ("two days later") a unit word
    /// after their quantity; the longer relative rules and "the past two
    /// weeks" a known word or a punctuation mark after the first word,
    /// which the rules' own early stop already asks. So `best_at` gives
    /// `None` there, and the caller moves on by one token.
    fn opens_nothing(&self, i: usize) -> bool {
        self.t[i].entry.is_some_and(|e| e.needs_known_next)
            && self
                .t
                .get(i + 1)
                .is_some_and(|n| n.kind == Kind::Word && n.entry.is_none())
    }

    /// The longest reading at `i`, or `(end, None)` for a date that reads
    /// but does not exist ("31 February 2021"), so that no part of it is
    /// read on its own.
    fn best_at(&self, i: usize) -> Option<(usize, Option<Found>)> {
        let mut best: Option<(usize, Found)> = None;
        let atom = self.atom(i, false);
        let candidates = [
            self.range(i, atom),
            self.until_span(i),
            atom.and_then(|(e, a)| Some((e, resolve_atom(a, self.ctx, self.anchor.get())?))),
            self.relative(i),
        ];
        for (end, found) in candidates.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| end > b.0) {
                best = Some((end, found));
            }
        }
        match (best, atom) {
            (Some((end, found)), _) => Some((end, Some(found))),
            (None, Some((end, _))) => Some((end, None)),
            (None, None) => None,
        }
    }

    // -- pieces ------------------------------------------------------------

    /// A day of the month: "3", "03", "3rd", "1er"; not a time, decimal,
    /// percentage or a number glued to letters.
    fn day_num(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Num || t.digits > 2 || !(1..=31).contains(&t.value) {
            return None;
        }
        // "the night of 21/22 May": two days joined by a slash before a
        // month; any other slash makes a fraction or a numeric date.
        let night = |a: usize| {
            self.t
                .get(a + 2)
                .is_some_and(|b| b.kind == Kind::Num && b.digits <= 2)
                && matches!(self.t.get(a + 3).map(|m| m.lex()), Some(Lex::Month(..)))
        };
        if i > 0 && !t.space_before {
            let p = &self.t[i - 1];
            let slash_ok = p.text == "/" && i >= 2 && night(i - 2);
            if p.kind != Kind::Punct
                || (matches!(p.text, "$" | "€" | "£" | "#" | "." | "," | ":" | "/") && !slash_ok)
            {
                return None;
            }
        }
        let mut j = i + 1;
        if self.glued(j) {
            let n = &self.t[j];
            match n.kind {
                Kind::Word => {
                    if self.is_any(j, ORDINAL_SUFFIXES) {
                        j += 1;
                    } else {
                        return None;
                    }
                }
                Kind::Num => return None,
                Kind::Punct => {
                    if n.text == "%" {
                        return None;
                    }
                    if matches!(n.text, ":" | "." | "," | "/" | "h")
                        && !(n.text == "/" && night(i))
                        && self
                            .t
                            .get(j + 1)
                            .is_some_and(|m| m.kind == Kind::Num && !m.space_before)
                    {
                        return None;
                    }
                }
            }
        }
        Some((j, t.value))
    }

    /// A month word; abbreviations may carry their full stop ("Jan.").
    fn month(&self, i: usize) -> Option<(usize, u32, MonthClass)> {
        let t = self.t.get(i)?;
        let Lex::Month(m, class, english) = t.lex() else {
            return None;
        };
        if english && class != MonthClass::Abbr && !t.cap {
            return None;
        }
        let mut e = i + 1;
        if self.glued(e) {
            if class == MonthClass::Abbr && self.punct(e, ".") {
                e += 1;
            } else if self.t[e].kind == Kind::Num
                || (class == MonthClass::Abbr && self.t[e].kind == Kind::Word)
            {
                return None;
            }
        }
        Some((e, m, class))
    }

    /// A four-digit year, not a percentage, decimal, decade ("2020s") or the
    /// first half of an identifier ("2019-12").
    fn year(&self, i: usize) -> Option<(usize, i32)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Num || t.digits != 4 || !(1900..=2099).contains(&t.value) {
            return None;
        }
        // "evening around 1930", "between 2000 and 2030 hours":
        // four digits next to a time of day are a clock time.
        if (t.value % 100) < 60 && t.value < 2400 {
            // Look back over a few words, stopping at a month or a number
            // ("Friday 12 June 2020" is a date).
            let mut clock = self.is_any(i + 1, TIME_WORDS);
            for d in 1..=3.min(i) {
                let p = &self.t[i - d];
                if p.kind == Kind::Num || matches!(p.lex(), Lex::Month(..)) {
                    break;
                }
                if self.is_any(i - d, TIME_WORDS) || matches!(p.lex(), Lex::Weekday(..)) {
                    clock = true;
                    break;
                }
            }
            if clock {
                return None;
            }
        }
        if i > 0 && !t.space_before {
            let p = &self.t[i - 1];
            if p.kind != Kind::Punct || matches!(p.text, "$" | "€" | "£" | "#" | "№" | "." | ",")
            {
                return None;
            }
        }
        let j = i + 1;
        if self.glued(j) {
            let n = &self.t[j];
            match n.kind {
                Kind::Word | Kind::Num => return None,
                Kind::Punct => {
                    if n.text == "%" {
                        return None;
                    }
                    if let Some(m) = self.t.get(j + 1) {
                        let digits_follow = m.kind == Kind::Num && !m.space_before;
                        if digits_follow
                            && (matches!(n.text, "." | "," | ":" | "/")
                                || (self.dash(j) && m.digits != 4))
                        {
                            return None;
                        }
                    }
                }
            }
        }
        Some((j, t.value as i32))
    }

    fn weekday(&self, i: usize) -> Option<(usize, Weekday)> {
        let t = self.t.get(i)?;
        let Lex::Weekday(d, english) = t.lex() else {
            return None;
        };
        if english && !t.cap {
            return None;
        }
        Some((i + 1, d))
    }

    /// A quantity: digits or a number word ("six", "a").
    fn qty(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t.get(i)?;
        match (t.kind, t.lex()) {
            (Kind::Num, _) if t.digits <= 3 && !self.glued(i + 1) => Some((i + 1, t.value)),
            (Kind::Word, Lex::Count(n)) => Some((i + 1, n)),
            _ => None,
        }
    }

    fn unit(&self, i: usize) -> Option<(usize, Unit)> {
        let u = match self.key(i)? {
            "day" | "days" | "jour" | "jours" => Unit::Day,
            "week" | "weeks" | "semaine" | "semaines" => Unit::Week,
            "month" | "months" | "mois" => Unit::Month,
            "year" | "years" | "an" | "ans" | "année" | "années" => Unit::Year,
            _ => return None,
        };
        // "a four-year-old" is an age.
        if self.dash(i + 1) && self.glued(i + 1) {
            return None;
        }
        Some((i + 1, u))
    }

    /// A year after `i` ("2021", ", 2021" when `comma`), else no year.
    fn trailing_year(&self, k: usize, comma: bool) -> (usize, Option<i32>) {
        if comma && self.punct(k, ",") {
            if let Some((e, y)) = self.year(k + 1) {
                // "On May 21, 2000 people marched": a year after a known
                // publication year is a count, not a year.
                let near_reference = self
                    .ctx
                    .reference
                    .is_some_and(|r| (r.date.year() - 1..=r.date.year()).contains(&y));
                let future = self
                    .ctx
                    .reference
                    .is_some_and(|r| r.kind == ReferenceKind::Published && y > r.date.year());
                let noun_follows = self.t.get(e).is_some_and(|t| {
                    t.kind == Kind::Word && !t.cap && !self.is_any(e, FOLLOW_YEAR)
                });
                if !future && (near_reference || !noun_follows) {
                    return (e, Some(y));
                }
            }
        }
        if let Some((e, y)) = self.year(k) {
            return (e, Some(y));
        }
        (k, None)
    }

    /// The year after a date: written ([`Self::trailing_year`], explicit)
    /// or named relative to the reference ("last year", not explicit).
    fn year_after(&self, k: usize, comma: bool) -> (usize, Option<i32>, bool) {
        match self.trailing_year(k, comma) {
            (e, Some(y)) => (e, Some(y), true),
            _ => {
                let (e, y) = self.relative_year(k);
                (e, y, false)
            }
        }
    }

    /// "late May last year", "in March this year": a year named
    /// relative to the reference after a year-less date.
    fn relative_year(&self, k: usize) -> (usize, Option<i32>) {
        let Some(r) = self.ctx.reference else {
            return (k, None);
        };
        let k2 = if self.is(k, "of") { k + 1 } else { k };
        if self.is(k2 + 1, "year") {
            match self.key(k2) {
                Some("last") => return (k2 + 2, Some(r.date.year() - 1)),
                Some("this") => return (k2 + 2, Some(r.date.year())),
                _ => {}
            }
        }
        (k, None)
    }

    /// A cue word before `i` makes a month named alone a month.
    fn month_cue(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        if self.is_any(i - 1, MONTH_CUES) {
            return true;
        }
        // Lists and spans of months: "April and May", "April, May", "April-May".
        let joins = self.is_any(i - 1, &["and", "or", "et", "ou"])
            || self.punct(i - 1, ",")
            || self.dash(i - 1)
            || self.punct(i - 1, "/");
        joins && i >= 2 && matches!(self.t[i - 2].lex(), Lex::Month(..))
    }

    fn year_cue(&self, i: usize) -> bool {
        let id_before = |k: usize| {
            self.t
                .get(k)
                .is_some_and(|t| t.kind == Kind::Num || self.is_any(k, ID_WORDS))
        };
        if i > 0 && self.t[i].space_before {
            if let Some(k) = self.key(i - 1) {
                if k == "of" {
                    return i < 2 || !id_before(i - 2);
                }
                if YEAR_CUES.contains(&k) {
                    return true;
                }
                if matches!(k, "and" | "or" | "et") && i >= 2 && self.year(i - 2).is_some() {
                    return true;
                }
            }
        }
        if self.is_any(i + 1, YEAR_NOUNS) {
            let prev_ok = i == 0
                || (!id_before(i - 1) && self.t[i - 1].kind != Kind::Punct)
                || self.punct(i - 1, "(");
            return prev_ok;
        }
        false
    }

    // -- atoms: one date -----------------------------------------------------

    /// The longest single date at `i`. `relaxed` drops the cue a weak month
    /// or a bare year needs (inside a range its partner is the cue).
    fn atom(&self, i: usize, relaxed: bool) -> Option<(usize, Atom)> {
        let mut best: Option<(usize, Atom)> = None;
        let candidates = [
            self.numeric(i),
            self.day_month(i),
            self.month_year(i),
            self.month_alone(i, relaxed),
            self.part(i),
            self.bare_year(i, relaxed),
            self.quarter_q(i),
        ];
        for (end, atom) in candidates.into_iter().flatten() {
            if best.is_none_or(|b| end > b.0) {
                best = Some((end, atom));
            }
        }
        best
    }

    /// "03/01/2021", "2021-01-03", "3.1.2021". Day or month first: a part
    /// over 12 decides, else the document's habit, else month first,
    /// because the sources that write numeric dates in event summaries (GTD,
    /// US news wires) write MM/DD/YYYY, while reports that write day first
    /// usually spell the month out.
    fn numeric(&self, i: usize) -> Option<(usize, Atom)> {
        let (a, b, c) = numeric_parts(self.t, i)?;
        // "AFR 12/001/2010" is a document index: a code in capitals before
        // the numbers.
        if i > 0 {
            let p = &self.t[i - 1];
            let code = p.kind == Kind::Word
                && p.text.len() >= 2
                && p.key().is_none()
                && p.text.chars().all(|c| c.is_ascii_uppercase());
            if code {
                return None;
            }
        }
        let (y, m, d) = if a.1 == 4 {
            (a.0 as i32, b.0, c.0)
        } else {
            let y = if c.1 == 2 {
                if c.0 <= 50 {
                    2000 + c.0 as i32
                } else {
                    1900 + c.0 as i32
                }
            } else {
                c.0 as i32
            };
            let day_first = if a.0 > 12 && b.0 <= 12 {
                true
            } else if b.0 > 12 && a.0 <= 12 {
                false
            } else {
                self.day_first.unwrap_or(false)
            };
            if day_first {
                (y, b.0, a.0)
            } else {
                (y, a.0, b.0)
            }
        };
        if !(1900..=2099).contains(&y) {
            return None;
        }
        // "09/00/2013": the day is unknown (GTD writes such dates), the
        // month is not.
        let shape = if d == 0 && (1..=12).contains(&m) && b.0 == 0 {
            Shape::Month(m)
        } else {
            ymd(y, m, d)?;
            Shape::Day(m, d)
        };
        Some((
            i + 5,
            Atom {
                year: Some(y),
                shape,
                explicit: true,
            },
        ))
    }

    /// "3 January 2021", "3rd of January", "Sunday 3 January", "January 3,
    /// 2021", "Jan. 3", "le 3 janvier 2021", "1er mai".
    fn day_month(&self, i: usize) -> Option<(usize, Atom)> {
        // "on Tuesday [14 March]": a bracketed date after its weekday.
        if let Some((mut k, _)) = self.weekday(i) {
            if self.punct(k, ",") {
                k += 1;
            }
            if self.punct(k, "(") || self.punct(k, "[") {
                let (end, atom) = self.day_month_plain(k + 1)?;
                let closed = self.punct(end, ")") || self.punct(end, "]");
                return Some((if closed { end + 1 } else { end }, atom));
            }
        }
        self.day_month_plain(i)
    }

    fn day_month_plain(&self, i: usize) -> Option<(usize, Atom)> {
        let mut k = i;
        if let Some((e, _)) = self.weekday(k) {
            k = e;
            if self.punct(k, ",") {
                k += 1;
            }
            if self.is(k, "the") {
                k += 1;
            }
        }
        // "le 3 janvier" reads from the number, like "on 3 January".
        if k == i && self.is(k, "le") {
            return None;
        }
        // "the 3rd of January" keeps its article; "the 9 August 2020
        // election" does not.
        let the = self.is_any(k, &["the", "le"]);
        if the {
            if self.is(k, "the") && !self.is(self.day_num(k + 1)?.0, "of") {
                return None;
            }
            k += 1;
        }
        if let Some((e, d)) = self.day_num(k) {
            let mut e = e;
            if self.is_any(e, &["of", "de"]) {
                e += 1;
            }
            if let Some((e, m, _)) = self.month(e) {
                let (e, year, explicit) = self.year_after(e, true);
                return Some((e, self.day_atom(m, d, year, explicit)));
            }
        }
        if the {
            return None;
        }
        let (e, m, _) = self.month(k)?;
        let mut e = e;
        if self.is(e, "the") {
            e += 1;
        }
        // "on March, 14th" and "on June, 2.": a comma between month
        // and day, trusted only with an ordinal suffix or after "on" with no
        // word following (else "In May, 12 people" would be a day).
        if self.punct(e, ",") {
            let (de, d) = self.day_num(e + 1)?;
            let ordinal = de > e + 2;
            let after_on = k == i && i > 0 && self.is(i - 1, "on");
            let word_follows = self.t.get(de).is_some_and(|t| t.kind == Kind::Word);
            if !(ordinal || (after_on && !word_follows)) {
                return None;
            }
            let (end, year, explicit) = self.year_after(de, true);
            return Some((end, self.day_atom(m, d, year, explicit)));
        }
        let (e, d) = self.day_num(e)?;
        let (end, year, explicit) = self.year_after(e, true);
        // "the March 14 alliance" is a political camp.
        if year.is_none() && self.is_any(end, NAME_NOUNS) {
            return None;
        }
        // "In July 9 people died": after "in", a month followed by
        // a bare number and a word is a month and a count.
        if year.is_none()
            && k == i
            && i > 0
            && self.is(i - 1, "in")
            && self.t.get(end).is_some_and(|t| t.kind == Kind::Word)
        {
            return None;
        }
        Some((end, self.day_atom(m, d, year, explicit)))
    }

    fn day_atom(&self, m: u32, d: u32, year: Option<i32>, explicit: bool) -> Atom {
        Atom {
            year,
            shape: Shape::Day(m, d),
            explicit,
        }
    }

    /// "January 2021", "May 2020", "March of 2019", "janvier 2021".
    fn month_year(&self, i: usize) -> Option<(usize, Atom)> {
        let (mut e, m, _) = self.month(i)?;
        if self.punct(e, ",") || self.is(e, "of") {
            e += 1;
        }
        let (e, y) = self.year(e)?;
        Some((
            e,
            Atom {
                year: Some(y),
                shape: Shape::Month(m),
                explicit: true,
            },
        ))
    }

    /// A month named alone: "In August", "en août", "since Sept".
    fn month_alone(&self, i: usize, relaxed: bool) -> Option<(usize, Atom)> {
        let (e, m, class) = self.month(i)?;
        // "the May elections": a month used as an adjective.
        let adjective = i > 0
            && self.is(i - 1, "the")
            && self
                .t
                .get(e)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap);
        if class != MonthClass::Full && !relaxed && !self.month_cue(i) && !adjective {
            return None;
        }
        // "Arenys de Mar", "Mar del Plata": an abbreviation after "de" or
        // "of" is a place name.
        if class == MonthClass::Abbr
            && !relaxed
            && self.is_any(i.wrapping_sub(1), &["de", "du", "of", "del", "à", "au"])
        {
            return None;
        }
        // An abbreviation before a capitalised word is a name ("led by Jan
        // Kowalski").
        if class == MonthClass::Abbr && self.t.get(e).is_some_and(|t| t.kind == Kind::Word && t.cap)
        {
            return None;
        }
        // French writes its months in lower case: "Mai-Mai" and "Mai
        // Khao" are names.
        if class == MonthClass::Weak
            && matches!(self.t[i].lex(), Lex::Month(_, _, false))
            && self.t[i].cap
        {
            return None;
        }
        if let (e, Some(y)) = self.relative_year(e) {
            return Some((
                e,
                Atom {
                    year: Some(y),
                    shape: Shape::Month(m),
                    explicit: false,
                },
            ));
        }
        if self
            .day_num(e)
            .is_some_and(|(k, _)| self.is_any(k, NAME_NOUNS))
        {
            return None;
        }
        // "a March for justice" is a march; "a June report" is a month.
        // ("a March directive" is a month again: a noun follows, not a
        // preposition).
        let noun_follows = self
            .t
            .get(e)
            .is_some_and(|t| t.kind == Kind::Word && !t.cap && !self.is_any(e, FOLLOW_YEAR));
        if !relaxed && m == 3 && i > 0 && self.is_any(i - 1, &["a", "an"]) && !noun_follows {
            return None;
        }
        // "a 5km March to demand": without a cue before it, "March"
        // followed by where or what for is a march.
        if !relaxed
            && m == 3
            && matches!(self.t[i].lex(), Lex::Month(_, _, true))
            && !self.month_cue(i)
            && self.is_any(
                e,
                &[
                    "to", "for", "against", "from", "through", "towards", "toward",
                ],
            )
        {
            return None;
        }
        Some((e, Atom::yearless(Shape::Month(m))))
    }

    fn bare_year(&self, i: usize, relaxed: bool) -> Option<(usize, Atom)> {
        let (e, y) = self.year(i)?;
        if !relaxed && !self.year_cue(i) {
            return None;
        }
        Some((
            e,
            Atom {
                year: Some(y),
                shape: Shape::Year,
                explicit: true,
            },
        ))
    }

    /// "Q1 2020".
    fn quarter_q(&self, i: usize) -> Option<(usize, Atom)> {
        let t = self.t.get(i)?;
        if t.key() != Some("q") || !t.cap || !self.glued(i + 1) {
            return None;
        }
        let n = self.t[i + 1].value;
        if self.t[i + 1].kind != Kind::Num || !(1..=4).contains(&n) || self.t[i + 1].digits != 1 {
            return None;
        }
        let mut k = i + 2;
        if self.dash(k) || self.punct(k, "/") {
            k += 1;
        }
        let (e, y) = self.year(k)?;
        Some((
            e,
            Atom {
                year: Some(y),
                shape: Shape::Months(3 * n - 2, 3 * n, DatePrecision::Quarter),
                explicit: true,
            },
        ))
    }

    /// Parts of months and years: "early March", "mid-2020", "the end of the
    /// year", "the first half of 2020", "the last week of May", "fin mars".
    fn part(&self, i: usize) -> Option<(usize, Atom)> {
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        let ordinal = |k: usize| match self.key(k) {
            Some("first") | Some("premier") | Some("première") => Some(1),
            Some("second") => Some(2),
            Some("third") => Some(3),
            Some("fourth") => Some(4),
            Some("last") => Some(0),
            _ => None,
        };
        let (part, k) = match self.key(k)? {
            "early" => (Part::Early, k + 1),
            "mid" | "mi" => (Part::Mid, k + 1),
            "late" => (Part::Late, k + 1),
            "beginning" | "start" if self.is(k + 1, "of") => (Part::Begin, k + 2),
            "end" if self.is(k + 1, "of") => (Part::End, k + 2),
            "middle" if self.is(k + 1, "of") => (Part::Mid, k + 2),
            "début" | "debut" | "fin" => {
                let p = if self.is(k, "fin") {
                    Part::End
                } else {
                    Part::Begin
                };
                if self.is(k + 1, "de") {
                    (p, k + 2)
                } else if self.is(k + 1, "d") && self.apostrophe(k + 2) {
                    (p, k + 3)
                } else {
                    (p, k + 1)
                }
            }
            _ => {
                let n = ordinal(k)?;
                // "the first six months of 2009".
                if let Some((q, count)) = self.qty(k + 1) {
                    if self.is(q, "months") && self.is(q + 1, "of") && (1..12).contains(&count) {
                        let p = if n == 0 {
                            Part::Months(13 - count, 12)
                        } else if n == 1 {
                            Part::Months(1, count)
                        } else {
                            return None;
                        };
                        return self.part_target(p, q + 2);
                    }
                }
                let what = self.key(k + 1)?;
                if !self.is(k + 2, "of") {
                    return None;
                }
                let p = match what {
                    "half" if n == 1 || n == 2 => Part::Half(n),
                    "half" if n == 0 => Part::Half(2),
                    "quarter" => Part::Quarter(if n == 0 { 4 } else { n }),
                    "week" => Part::Week(n),
                    _ => return None,
                };
                (p, k + 3)
            }
        };
        self.part_target(part, k)
    }

    /// What a part is a part of: a month (with its year), a year, or "the
    /// year".
    fn part_target(&self, part: Part, mut k: usize) -> Option<(usize, Atom)> {
        if self.dash(k) {
            k += 1;
        }
        // The target: a month (with its year), a year, or "the year".
        if let Some((e, m, _)) = self.month(k) {
            let (e, year, explicit) = self.year_after(e, false);
            let shape = match part {
                Part::Early | Part::Begin => Shape::MonthPart(m, 1, 10, DatePrecision::Range),
                Part::Mid => Shape::MonthPart(m, 11, 20, DatePrecision::Range),
                Part::Late | Part::End => Shape::MonthPart(m, 21, 0, DatePrecision::Range),
                Part::Half(1) => Shape::MonthPart(m, 1, 15, DatePrecision::Range),
                Part::Half(_) => Shape::MonthPart(m, 16, 0, DatePrecision::Range),
                Part::Week(0) => Shape::MonthPart(m, 0, 0, DatePrecision::Week),
                Part::Week(n) => Shape::MonthPart(m, 7 * n - 6, 7 * n, DatePrecision::Week),
                Part::Quarter(_) | Part::Months(..) => return None,
            };
            return Some((
                e,
                Atom {
                    year,
                    shape,
                    explicit,
                },
            ));
        }
        let shape = match part {
            Part::Early => Shape::Months(1, 4, DatePrecision::Range),
            Part::Begin => Shape::Months(1, 1, DatePrecision::Month),
            Part::Mid => Shape::Months(5, 8, DatePrecision::Range),
            Part::Late => Shape::Months(9, 12, DatePrecision::Range),
            Part::End => Shape::Months(12, 12, DatePrecision::Month),
            Part::Half(1) => Shape::Months(1, 6, DatePrecision::Range),
            Part::Half(_) => Shape::Months(7, 12, DatePrecision::Range),
            Part::Quarter(n) => Shape::Months(3 * n - 2, 3 * n, DatePrecision::Quarter),
            Part::Months(a, b) if b - a == 2 && a % 3 == 1 => {
                Shape::Months(a, b, DatePrecision::Quarter)
            }
            Part::Months(a, b) => Shape::Months(a, b, DatePrecision::Range),
            Part::Week(_) => return None,
        };
        if let Some((e, y)) = self.year(k) {
            return Some((
                e,
                Atom {
                    year: Some(y),
                    shape,
                    explicit: true,
                },
            ));
        }
        // "the end of the year": the previous event's year, else this
        // document's (resolved like any year-less date).
        let the_year = (self.is_any(k, &["the", "that"]) && self.is(k + 1, "year"))
            .then_some(k + 2)
            .or_else(|| {
                (self.is(k, "l") && self.apostrophe(k + 1) && self.is(k + 2, "année"))
                    .then_some(k + 3)
            });
        if let Some(e) = the_year {
            let year = self.ctx.previous.map(|p| p.0.year());
            return Some((
                e,
                Atom {
                    year,
                    shape,
                    explicit: false,
                },
            ));
        }
        if self.is(k, "this") && self.is(k + 1, "year") {
            let r = self.ctx.reference?;
            return Some((
                k + 2,
                Atom {
                    year: Some(r.date.year()),
                    shape,
                    explicit: false,
                },
            ));
        }
        None
    }

    // -- ranges ---------------------------------------------------------------

    /// "between 2 and 20 January", "from April to August", "2-20 January",
    /// "January-March 2021", "January 3-5, 2021", "du 2 au 20 janvier".
    ///
    /// `at_i` is the single date at `i`, already read by the caller.
    fn range(&self, i: usize, at_i: Option<(usize, Atom)>) -> Option<(usize, Found)> {
        let (lead, k) = match self.key(i) {
            Some("between") | Some("entre") => (Lead::Between, i + 1),
            Some("from") | Some("du") | Some("de") => (Lead::From, i + 1),
            Some("d") if self.apostrophe(i + 1) => (Lead::From, i + 2),
            _ => (Lead::None, i),
        };
        let led = lead != Lead::None;
        let mut best: Option<(usize, Found)> = None;
        let mut keep = |end: usize, found: Option<Found>| {
            if let Some(f) = found {
                if best.as_ref().is_none_or(|b| end > b.0) {
                    best = Some((end, f));
                }
            }
        };

        // The first end: a full date, or a bare day whose month comes later.
        let first = if k == i { at_i } else { self.atom(k, led) };
        if let Some((kx, x)) = first {
            if let Some(kc) = self.connector(kx, lead, false) {
                if let Some((ky, y)) = self.atom(kc, true) {
                    keep(ky, resolve_range(x, y, self.ctx, self.anchor.get()));
                }
            }
            // "January 3-5, 2021", "May 12 and 13": the second end is a bare
            // day, after a date that ends with its day ("5 February to 12
            // years" is a sentence).
            let ends_with_day = kx > 0
                && (self.t[kx - 1].kind == Kind::Num || self.is_any(kx - 1, ORDINAL_SUFFIXES));
            if let (Shape::Day(m, _), Some(kc), true) =
                (x.shape, self.connector(kx, lead, true), ends_with_day)
            {
                let mut kd = kc;
                if self.is_any(kd, &["the", "le"]) {
                    kd += 1;
                }
                if let Some((ke, d)) = self.day_num(kd) {
                    let (ke, year) = if x.year.is_none() {
                        self.trailing_year(ke, true)
                    } else {
                        (ke, None)
                    };
                    // "On May 3 and 12 people were killed" is a count.
                    let count_follows = year.is_none()
                        && self
                            .t
                            .get(ke)
                            .is_some_and(|t| t.kind == Kind::Word && !self.is_any(ke, FOLLOW_YEAR));
                    if self.month(ke).is_none() && !count_follows {
                        let mut x = x;
                        if year.is_some() {
                            x.year = year;
                            x.explicit = true;
                        }
                        let y = Atom {
                            year: x.year,
                            shape: Shape::Day(m, d),
                            explicit: x.explicit,
                        };
                        keep(ke, resolve_range(x, y, self.ctx, self.anchor.get()));
                    }
                }
            }
        }
        let mut kd = k;
        if led && self.is_any(kd, &["the", "le"]) {
            kd += 1;
        }
        if let Some((kx, d)) = self.day_num(kd) {
            if let Some(kc) = self.connector(kx, lead, true) {
                let kc = if self.is(kc, "le") { kc + 1 } else { kc };
                if let Some((ky, y)) = self.atom(kc, true) {
                    if let Shape::Day(m, _) = y.shape {
                        let x = Atom {
                            year: y.year,
                            shape: Shape::Day(m, d),
                            explicit: y.explicit,
                        };
                        keep(ky, resolve_range(x, y, self.ctx, self.anchor.get()));
                    }
                }
            }
        }
        // A weak month opens a range when the other end is a month too
        // ("May to July 2019").
        if let Some((kx, m, _)) = self.month(k) {
            if let Some(kc) = self.connector(kx, lead, false) {
                if let Some((ky, y)) = self.atom(kc, true) {
                    if y.month().is_some() {
                        keep(
                            ky,
                            resolve_range(
                                Atom::yearless(Shape::Month(m)),
                                y,
                                self.ctx,
                                self.anchor.get(),
                            ),
                        );
                    }
                }
            }
        }
        best
    }

    /// The word between the two ends of a range; `bare_day` when the first
    /// end is a day number alone, which only a lead word or a dash allows.
    ///
    /// When both ends are days of one month (`days`), a list or a night
    /// joins them too: "12 and 13 June", "the night of 21/22 May", "5 to 6
    /// June"; the range starts on the first day named.
    fn connector(&self, k: usize, lead: Lead, days: bool) -> Option<usize> {
        if self.dash(k) || (days && lead == Lead::None && self.punct(k, "/")) {
            return Some(k + 1);
        }
        if days && lead == Lead::None && self.punct(k, "&") {
            return Some(k + 1);
        }
        let key = self.key(k)?;
        let ok = match lead {
            Lead::Between => matches!(key, "and" | "et"),
            Lead::From => matches!(
                key,
                "to" | "through" | "thru" | "until" | "till" | "au" | "à" | "a"
            ),
            Lead::None => {
                matches!(key, "to" | "through" | "thru" | "until" | "till" | "au")
                    || (days && matches!(key, "and" | "et" | "or" | "ou"))
            }
        };
        ok.then_some(k + 1)
    }

    /// "for six months until April": a span ending with the date and
    /// starting that long before (months count from the first of the end's
    /// month: six months until April 2021 is October 2020 to April 2021).
    fn until_span(&self, i: usize) -> Option<(usize, Found)> {
        let mut k = i;
        if self.is_any(k, &["for", "during", "pendant", "over"]) {
            k += 1;
            if self.is(k, "the") {
                k += 1;
            }
        }
        let (k, n) = self.qty(k)?;
        let (k, unit) = self.unit(k)?;
        let k = if self.is_any(k, &["until", "till", "through"]) {
            k + 1
        } else if self.is(k, "up") && self.is(k + 1, "to") {
            k + 2
        } else if self.is(k, "jusqu") && self.apostrophe(k + 1) {
            if self.is_any(k + 2, &["en", "au", "à"]) {
                k + 3
            } else {
                k + 2
            }
        } else {
            return None;
        };
        let (e, y) = self.atom(k, true)?;
        let end = resolve_atom(y, self.ctx, self.anchor.get())?;
        let (ys, ye) = (end.start?, end.end?);
        let n = n as i64;
        let start = match unit {
            Unit::Day => ys - Duration::days(n),
            Unit::Week => ys - Duration::days(7 * n),
            Unit::Month => add_months(ys.with_day(1)?, -n)?,
            Unit::Year => add_months(ys.with_day(1)?, -12 * n)?,
        };
        Some((e, Found::span(start, ye, classify(start, ye), end.explicit)))
    }

    // -- relative dates ----------------------------------------------------------

    fn relative(&self, i: usize) -> Option<(usize, Found)> {
        let mut best: Option<(usize, Found)> = None;
        // Most "the ..." and "that ..." go on with a word no rule knows.
        let next_known = self
            .t
            .get(i + 1)
            .is_some_and(|t| t.key().is_some() || t.kind == Kind::Punct);
        for &r in self.t[i].rules() {
            let (words, rel) = &RELATIVE_RULES[r as usize];
            if words.len() > 1 && !next_known {
                // The longer rules come last (see `lexicon`).
                break;
            }
            let mut k = i;
            let matched = words.iter().all(|w| {
                let ok = match *w {
                    "'" => self.apostrophe(k),
                    "-" => self.dash(k),
                    _ => self.is(k, w),
                };
                k += 1;
                ok
            });
            if !matched || best.as_ref().is_some_and(|b| b.0 >= k) {
                continue;
            }
            // "the weekend of 5-6 June" names its own dates.
            if matches!(rel, Rel::RefWeekend) && self.is(k, "of") {
                continue;
            }
            if let Some(found) = self.apply(*rel) {
                best = Some((k, found));
            }
        }
        for b in [self.shifted(i), self.past_window(i)].into_iter().flatten() {
            if best.as_ref().is_none_or(|x| b.0 > x.0) {
                best = Some(b);
            }
        }
        if let Some(b) = self.weekday_alone(i) {
            if best.as_ref().is_none_or(|x| b.0 > x.0) {
                best = Some(b);
            }
        }
        best
    }

    /// The event date "the following day" counts from: a day read earlier
    /// in this sentence ("arrested on 3 May and released the following
    /// day"), else the previous event's.
    fn previous(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.anchor_day.get().map(|d| (d, d)).or(self.ctx.previous)
    }

    fn apply(&self, rel: Rel) -> Option<Found> {
        // "today" or "last week" in an annual report speaks of the day it
        // was written, which the end of its period is not.
        let published = self
            .ctx
            .reference
            .is_some_and(|r| r.kind == ReferenceKind::Published);
        let needs_publication = matches!(
            rel,
            Rel::RefDay(_) | Rel::RefWeek(_) | Rel::RefMonth(_) | Rel::RefWeekend
        );
        if needs_publication && !published {
            return None;
        }
        let r = self.ctx.reference.map(|r| r.date);
        let prev = self.previous();
        let day = |d: NaiveDate| Found::span(d, d, DatePrecision::Day, false);
        match rel {
            Rel::RefDay(n) => Some(day(r? + Duration::days(n))),
            Rel::RefWeek(n) => Some(week_of(r? + Duration::days(7 * n))),
            Rel::RefMonth(n) => month_of(r?, n),
            Rel::RefYear(n) => year_of(r?.year() + n as i32),
            Rel::RefWeekend => {
                let r = r?;
                let back = (r.weekday().num_days_from_sunday()) as i64;
                let sunday = r - Duration::days(back);
                Some(Found::span(
                    sunday - Duration::days(1),
                    sunday,
                    DatePrecision::Range,
                    false,
                ))
            }
            Rel::PrevDay(n) => {
                let (s, e) = prev?;
                let anchor = if n >= 0 { e } else { s };
                Some(day(anchor + Duration::days(n)))
            }
            Rel::PrevWeek(n) => {
                let (s, e) = prev?;
                let anchor = if n > 0 { e } else { s };
                Some(week_of(anchor + Duration::days(7 * n)))
            }
            Rel::PrevMonth(n) => {
                let (s, e) = prev?;
                month_of(if n > 0 { e } else { s }, n)
            }
            Rel::PrevYear(n) => year_of(prev?.0.year() + n as i32),
            Rel::PrevElseRefYear(n) => {
                let y = match prev {
                    Some((s, _)) => s.year(),
                    None => r?.year(),
                };
                year_of(y + n as i32)
            }
        }
    }

    /// "the past two weeks", "the last month": the days up to a publication
    /// date.
    fn past_window(&self, i: usize) -> Option<(usize, Found)> {
        let r = self.ctx.reference?;
        if r.kind != ReferenceKind::Published || !self.is(i, "the") {
            return None;
        }
        if !self.is_any(i + 1, &["past", "last"]) {
            return None;
        }
        let (k, n) = self.qty(i + 2).unwrap_or((i + 2, 1));
        let (e, unit) = self.unit(k)?;
        // "the last week of May" is a part of May.
        if self.is(e, "of") {
            return None;
        }
        let n = n as i64;
        let start = match unit {
            Unit::Day => r.date - Duration::days(n),
            Unit::Week => r.date - Duration::days(7 * n),
            Unit::Month => add_months(r.date, -n)?,
            Unit::Year => add_months(r.date, -12 * n)?,
        };
        Some((
            e,
            Found::span(start, r.date, classify(start, r.date), false),
        ))
    }

    /// "two days later", "three weeks after", "six months earlier", "two
    /// days ago", "deux jours plus tard".
    fn shifted(&self, i: usize) -> Option<(usize, Found)> {
        // "detained for a week after he spoke" is a duration.
        if i > 0 && self.is_any(i - 1, &["for", "during", "over", "pendant", "within"]) {
            return None;
        }
        let (k, n) = self.qty(i)?;
        let (k, unit) = self.unit(k)?;
        let n = n as i64;
        let (e, sign, from_ref) = match self.key(k)? {
            "later" | "after" | "afterwards" | "afterward" => (k + 1, 1, false),
            "earlier" | "before" => (k + 1, -1, false),
            "ago" => (k + 1, -1, true),
            "plus" if self.is(k + 1, "tard") => (k + 2, 1, false),
            "plus" if self.is(k + 1, "tôt") => (k + 2, -1, false),
            _ => return None,
        };
        let anchor = if from_ref {
            self.ctx.reference?.date
        } else {
            let (s, end) = self.previous()?;
            if sign > 0 {
                end
            } else {
                s
            }
        };
        let found = match unit {
            Unit::Day => {
                let d = anchor + Duration::days(sign * n);
                Found::span(d, d, DatePrecision::Day, false)
            }
            Unit::Week => week_of(anchor + Duration::days(sign * 7 * n)),
            Unit::Month => month_of(anchor, sign * n)?,
            Unit::Year => year_of(anchor.year() + (sign * n) as i32)?,
        };
        Some((e, found))
    }

    /// "on Sunday", "last Friday", "dimanche dernier": the latest such day on
    /// or before the publication date (before it, for "last").
    ///
    /// After a day in the same sentence, the weekday is the one nearest to
    /// it ("06/02/2015: On Tuesday night" is that Tuesday, whatever the
    /// publication date).
    fn weekday_alone(&self, i: usize) -> Option<(usize, Found)> {
        let near_day = self.anchor_day.get();
        let r = match self.ctx.reference {
            Some(r) if r.kind == ReferenceKind::Published || near_day.is_some() => r,
            _ if near_day.is_some() => Reference {
                date: near_day?,
                kind: ReferenceKind::Published,
            },
            _ => return None,
        };
        let (mut k, last) = if self.is_any(i, &["last", "past"]) {
            (i + 1, true)
        } else {
            (i, false)
        };
        let (e, wd) = self.weekday(k)?;
        // "Good Friday", "Bloody Sunday", "the Sunday Times" are names.
        let named_before = k > 0
            && self.t[k - 1].kind == Kind::Word
            && self.t[k - 1].cap
            && !self.t[k - 1].starts()
            && !self.is_any(k - 1, MONTH_CUES);
        let named_after = self
            .t
            .get(e)
            .is_some_and(|t| t.kind == Kind::Word && t.cap && t.key().is_none())
            || self.is_any(e, WEEKDAY_NOUNS);
        if named_before || named_after {
            return None;
        }
        k = e;
        let last = last || self.is_any(k, &["dernier"]);
        if self.is(k, "dernier") {
            k += 1;
        }
        if let (Some(day), false) = (near_day, last) {
            let d = (-3..=3)
                .map(|n| day + Duration::days(n))
                .find(|d| d.weekday() == wd)?;
            return Some((k, Found::span(d, d, DatePrecision::Day, false)));
        }
        let mut back = (7 + r.date.weekday().num_days_from_monday() as i64
            - wd.num_days_from_monday() as i64)
            % 7;
        if last && back == 0 {
            back = 7;
        }
        let d = r.date - Duration::days(back);
        Some((k, Found::span(d, d, DatePrecision::Day, false)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_runs_by_words_are_letter_runs_by_bytes() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"abcdEFGHxyz";
                bytes[at] = b;
                let by_bytes = bytes[..8]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                assert_eq!(ascii_letters_at(&bytes, 0), by_bytes, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn every_lexicon_key_passes_the_gate() {
        let gate = lexicon_gate();
        for e in lexicon().values() {
            if e.key.len() <= 16 && e.key.bytes().all(|b| b.is_ascii_alphabetic()) {
                let first = u64::from((e.key.as_bytes()[0] | 0x20) & 63);
                assert_eq!(gate[e.key.len()] >> first & 1, 1, "{}", e.key);
            }
        }
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a YYYY-MM-DD date")
    }

    fn context(case: &toml::Value) -> DateContext {
        let get = |k: &str| case.get(k).and_then(|v| v.as_str());
        let kind = match get("reference_kind") {
            Some("period_end") => ReferenceKind::PeriodEnd,
            _ => ReferenceKind::Published,
        };
        DateContext {
            reference: get("reference").map(|d| Reference {
                date: date(d),
                kind,
            }),
            previous: get("previous").map(|d| {
                let end = get("previous_end").map(date).unwrap_or(date(d));
                (date(d), end)
            }),
            day_first: case.get("day_first").and_then(|v| v.as_bool()),
        }
    }

    fn show(m: &DateMention, with_explicit: bool) -> String {
        let d = |x: Option<NaiveDate>| x.map(|d| d.to_string()).unwrap_or_default();
        let mut s = format!(
            "{{ text = {:?}, start = {:?}, end = {:?}, precision = {:?}",
            m.text,
            d(m.start),
            d(m.end),
            m.precision.as_str()
        );
        if let Some(y) = &m.yearless {
            s.push_str(&format!(", yearless = {y:?}"));
        }
        if with_explicit {
            s.push_str(&format!(", explicit = {}", m.year_explicit));
        }
        s.push_str(" }");
        s
    }

    fn expected(v: &toml::Value) -> String {
        let get = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("");
        let mut s = format!(
            "{{ text = {:?}, start = {:?}, end = {:?}, precision = {:?}",
            get("text"),
            get("start"),
            get("end"),
            get("precision")
        );
        if let Some(y) = v.get("yearless").and_then(|x| x.as_str()) {
            s.push_str(&format!(", yearless = {y:?}"));
        }
        if let Some(e) = v.get("explicit").and_then(|x| x.as_bool()) {
            s.push_str(&format!(", explicit = {e}"));
        }
        s.push_str(" }");
        s
    }

    #[test]
    fn cases() {
        let file: toml::Value =
            toml::from_str(include_str!("../../fixtures/cases/dates.toml")).expect("valid TOML");
        let cases = file["case"].as_array().expect("[[case]] tables");
        let mut failures = Vec::new();
        for case in cases {
            let name = case["name"].as_str().expect("a name");
            let text = case["text"].as_str().expect("a text");
            let ctx = context(case);
            let base = 1000;
            let got = extract(text, base, &ctx);
            for m in &got {
                assert_eq!(
                    &text[m.span.start - base..m.span.end - base],
                    m.text,
                    "{name}"
                );
            }
            let want_items = case["dates"].as_array().expect("dates = [...]");
            // `explicit` (year_explicit) is checked where a case states it.
            let got: Vec<String> = got
                .iter()
                .enumerate()
                .map(|(k, m)| {
                    let with = want_items
                        .get(k)
                        .is_some_and(|w| w.get("explicit").is_some());
                    show(m, with)
                })
                .collect();
            let want: Vec<String> = want_items.iter().map(expected).collect();
            if got != want {
                failures.push(format!(
                    "{name}\n  text: {text}\n  got:  {}\n  want: {}",
                    got.join("\n        "),
                    want.join("\n        ")
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
        assert!(cases.len() >= 250, "only {} cases", cases.len());
    }

    /// Every mention of every input has a sane span and start <= end.
    fn check_invariants(text: &str, ctx: &DateContext) {
        let got = extract(text, 7, ctx);
        let mut last_end = 7;
        for m in &got {
            assert!(m.span.start >= last_end, "overlap in {text:?}");
            assert_eq!(&text[m.span.start - 7..m.span.end - 7], m.text);
            last_end = m.span.end;
            if let (Some(s), Some(e)) = (m.start, m.end) {
                assert!(s <= e, "start after end in {text:?}: {m:?}");
            }
            assert_eq!(m.start.is_some(), m.end.is_some());
        }
    }

    fn contexts() -> Vec<DateContext> {
        let r = |d: &str, kind| {
            Some(Reference {
                date: date(d),
                kind,
            })
        };
        vec![
            DateContext::default(),
            DateContext {
                reference: r("2021-01-07", ReferenceKind::Published),
                previous: Some((date("2020-12-30"), date("2021-01-02"))),
                day_first: Some(true),
            },
            DateContext {
                reference: r("2020-02-29", ReferenceKind::PeriodEnd),
                previous: None,
                day_first: Some(false),
            },
        ]
    }

    #[test]
    fn no_panics_on_odd_input() {
        let odd = [
            "",
            " ",
            "é",
            "’",
            "–",
            "3",
            "31",
            "31 février",
            "29 February",
            "30 February 2021",
            "between",
            "between 2 and",
            "from April to",
            "for six months until",
            "9999-12-31",
            "00/00/0000",
            "99/99/2020",
            "13/13/2020",
            "1/2/3/4/5",
            "4294967296 May",
            "99999999999999999999 January 2020",
            "Q4 2099",
            "Q0 2020",
            "late December 2099 to early January",
            "the last week of February",
            "the following day the following day",
            "l’année dernière en août – début mars 2021 1er mai",
            "日本語 3 January 2021 😀 May 5",
            "May",
            "May May May 2020 2020",
            "December to March",
            "29 February to 1 March",
            "1 March to 29 February",
            "2100-01-01",
            "1900-01-01 to 1899",
        ];
        for ctx in contexts() {
            for s in odd {
                check_invariants(s, &ctx);
            }
        }
    }

    #[test]
    fn no_panics_on_slices_of_the_cases() {
        let file: toml::Value =
            toml::from_str(include_str!("../../fixtures/cases/dates.toml")).expect("valid TOML");
        let texts: Vec<&str> = file["case"]
            .as_array()
            .expect("cases")
            .iter()
            .filter_map(|c| c["text"].as_str())
            .collect();
        let joined = texts.join(" ");
        let contexts = contexts();
        // A small linear congruential generator: reproducible, no crate.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n.max(1)
        };
        for round in 0..3000 {
            let a = next(joined.len());
            let b = (a + next(120)).min(joined.len());
            let (mut a, mut b) = (a, b);
            while !joined.is_char_boundary(a) {
                a -= 1;
            }
            while !joined.is_char_boundary(b) {
                b += 1;
            }
            check_invariants(&joined[a..b], &contexts[round % contexts.len()]);
        }
        for text in texts {
            for ctx in &contexts {
                check_invariants(text, ctx);
            }
        }
    }

    /// The fast path of `extract` skips a word that `best_at` would read
    /// nothing at: checked on every lexicon word followed by words the
    /// lexicon does not know, with and without a day read before, in each
    /// context, and on random soups of lexicon and unknown words.
    #[test]
    fn opens_nothing_only_where_best_at_reads_nothing() {
        let unknown = ["government", "Village", "xyz", "Ségou", "Ab"];
        let mut words: Vec<&str> = lexicon().values().map(|e| e.key).collect();
        words.sort_unstable();
        let check = |text: &str, ctx: &DateContext| {
            let toks = tokenize(text);
            for anchor_day in [None, Some(date("2021-01-05"))] {
                let parser = Parser {
                    t: &toks,
                    ctx,
                    anchor: Cell::new(anchor_day),
                    anchor_day: Cell::new(anchor_day),
                    day_first: ctx.day_first,
                };
                for i in 0..toks.len() {
                    if parser.opens_nothing(i) {
                        assert!(parser.best_at(i).is_none(), "{text:?} at {i}");
                    }
                }
            }
        };
        let contexts = contexts();
        for ctx in &contexts {
            for w in &words {
                for u in unknown {
                    for cap in [false, true] {
                        let w = if cap {
                            let mut c = w.chars();
                            c.next().map_or(String::new(), |f| {
                                f.to_uppercase().chain(c).collect::<String>()
                            })
                        } else {
                            w.to_string()
                        };
                        check(&format!("on 3 May {w} {u} of 2020 until June"), ctx);
                        check(&format!("{w} {u}"), ctx);
                        check(&format!("last {w} {u} 12 and"), ctx);
                    }
                }
            }
        }
        let mut next = crate::extract::test_rng(0x2545_f491_4f6c_dd1d);
        for round in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + next(9) {
                if next(3) == 0 {
                    text.push_str(unknown[next(unknown.len())]);
                } else {
                    text.push_str(words[next(words.len())]);
                }
                text.push(if next(4) == 0 { '-' } else { ' ' });
            }
            check(&text, &contexts[round % contexts.len()]);
        }
    }

    #[test]
    fn no_panics_on_date_word_soup() {
        let words = [
            "between",
            "and",
            "from",
            "to",
            "the",
            "of",
            "le",
            "du",
            "au",
            "entre",
            "et",
            "d",
            "'",
            "’",
            "-",
            "–",
            "/",
            ".",
            ",",
            "(",
            "[",
            ")",
            "]",
            "0",
            "00",
            "1",
            "1er",
            "3rd",
            "12",
            "29",
            "31",
            "32",
            "99",
            "1999",
            "2020",
            "2099",
            "0045",
            "May",
            "may",
            "March",
            "Feb.",
            "févr.",
            "mai",
            "août",
            "Sunday",
            "dimanche",
            "last",
            "this",
            "next",
            "year",
            "week",
            "month",
            "months",
            "days",
            "later",
            "ago",
            "earlier",
            "for",
            "until",
            "jusqu",
            "en",
            "early",
            "mid",
            "late",
            "end",
            "first",
            "half",
            "quarter",
            "Q4",
            "that",
            "following",
            "day",
            "six",
            "a",
            "in",
            "on",
            "since",
            "é",
            "日本",
        ];
        let contexts = contexts();
        let mut next = crate::extract::test_rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..20_000 {
            let len = 1 + next(9);
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(words[next(words.len())]);
                if next(3) > 0 {
                    text.push(' ');
                }
            }
            check_invariants(&text, &contexts[round % contexts.len()]);
        }
    }

    #[test]
    fn infers_day_first_from_the_document() {
        assert_eq!(infer_day_first("On 26/06/2017 and 03/07/2017"), Some(true));
        assert_eq!(infer_day_first("06/26/2017: attack"), Some(false));
        assert_eq!(infer_day_first("03/04/2017"), None);
    }

    /// Accuracy on the dated rows of ../shared/gold/dev-events.csv:
    /// `cargo test --release --lib extract::dates::tests::gold_dev_events -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn gold_dev_events() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold/dev-events.csv");
        let Ok(mut reader) = csv::Reader::from_path(path) else {
            eprintln!("{path} is absent: nothing to measure");
            return;
        };
        let headers = reader.headers().expect("a header row").clone();
        let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
        let (source, text, published, start, in_text) = (
            col("source"),
            col("text"),
            col("published"),
            col("date_start"),
            col("date_in_text"),
        );
        let mut tally: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
        let mut misses = Vec::new();
        for row in reader.records() {
            let row = row.expect("a CSV row");
            let src = &row[source];
            // The dated sources, as the gold README scores them: the ACLED
            // Mali and global sets (not the 2016 Africa rows) and GTD.
            let scored =
                (src.starts_with("ACLED_") && !src.contains("2016")) || src.starts_with("GTD_");
            if !scored || &row[in_text] != "1" {
                continue;
            }
            let ctx = DateContext {
                reference: Some(Reference {
                    date: date(&row[published]),
                    kind: ReferenceKind::Published,
                }),
                ..Default::default()
            };
            let found = extract(&row[text], 0, &ctx);
            let predicted = found.iter().find(|m| m.start.is_some());
            let ok = predicted
                .and_then(|m| m.start)
                .map(|d| d.to_string())
                .as_deref()
                == Some(&row[start]);
            let entry = tally.entry(src.to_string()).or_default();
            entry.1 += 1;
            if ok {
                entry.0 += 1;
            } else {
                misses.push(format!(
                    "{src} pub={} gold={} got={:?}\n    {}",
                    &row[published],
                    &row[start],
                    predicted.map(|m| (m.text.clone(), m.start)),
                    &row[text].chars().take(220).collect::<String>()
                ));
            }
        }
        let (mut ok, mut all) = (0, 0);
        for (src, (k, n)) in &tally {
            println!("{src:24} {k:6} / {n:6} = {:.4}", *k as f64 / *n as f64);
            ok += k;
            all += n;
        }
        println!(
            "{:24} {ok:6} / {all:6} = {:.4}",
            "overall",
            ok as f64 / all as f64
        );
        let step = if std::env::var("DATES_ALL_MISSES").is_ok() {
            1
        } else {
            (misses.len() / 30).max(1)
        };
        for m in misses
            .iter()
            .step_by(step)
            .take(if step == 1 { usize::MAX } else { 30 })
        {
            println!("{m}");
        }
    }

    /// Throughput over the dev texts:
    /// `cargo test --release --lib extract::dates::tests::throughput -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn throughput() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold/dev-events.csv");
        let Ok(mut reader) = csv::Reader::from_path(path) else {
            eprintln!("{path} is absent: nothing to measure");
            return;
        };
        let texts: Vec<String> = reader
            .records()
            .filter_map(|r| r.ok().map(|r| r[2].to_string()))
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let ctx = contexts().swap_remove(1);
        let started = std::time::Instant::now();
        let mut found = 0;
        for _ in 0..5 {
            for t in &texts {
                found += extract(t, 0, &ctx).len();
            }
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{:.1} MB/s ({found} mentions)",
            5.0 * bytes as f64 / secs / 1e6
        );
        let started = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..5 {
            for t in &texts {
                n += tokenize(t).len();
            }
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "tokenize alone {:.1} MB/s ({n} tokens)",
            5.0 * bytes as f64 / secs / 1e6
        );
    }

    /// Every mention in the dev texts with its context, to $DATES_DUMP (a
    /// debugging aid for reading false positives).
    #[test]
    #[ignore]
    fn dump_mentions() {
        if let (Ok(out), Ok(file), Ok(end)) = (
            std::env::var("DATES_DUMP"),
            std::env::var("DATES_FILE"),
            std::env::var("DATES_PERIOD_END"),
        ) {
            let text = std::fs::read_to_string(file).expect("a UTF-8 file");
            let ctx = DateContext {
                reference: Some(Reference {
                    date: date(&end),
                    kind: ReferenceKind::PeriodEnd,
                }),
                ..Default::default()
            };
            let mut lines = Vec::new();
            for line in text.lines() {
                for m in extract(line, 0, &ctx) {
                    lines.push(format!(
                        "{}\t{}\t{:?}\t{}",
                        m.text,
                        m.precision.as_str(),
                        m.start,
                        line
                    ));
                }
            }
            std::fs::write(out, lines.join("\n")).expect("writable dump");
            return;
        }
        let (Ok(out), Ok(mut reader)) = (
            std::env::var("DATES_DUMP"),
            csv::Reader::from_path(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../shared/gold/dev-events.csv"
            )),
        ) else {
            return;
        };
        let mut lines = Vec::new();
        for row in reader.records().flatten() {
            let ctx = DateContext {
                reference: NaiveDate::parse_from_str(&row[3], "%Y-%m-%d")
                    .ok()
                    .map(|date| Reference {
                        date,
                        kind: ReferenceKind::Published,
                    }),
                ..Default::default()
            };
            let text = &row[2];
            for m in extract(text, 0, &ctx) {
                let mut a = m.span.start.saturating_sub(30);
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (m.span.end + 30).min(text.len());
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                lines.push(format!(
                    "{}\t{}\t{}\t{:?}\t{}",
                    &row[0],
                    m.text,
                    m.precision.as_str(),
                    m.start,
                    text[a..b].replace('\n', " ")
                ));
            }
        }
        std::fs::write(out, lines.join("\n")).expect("writable dump");
    }

    /// Print what the extractor reads in $DATES_TEXT (a debugging aid).
    #[test]
    #[ignore]
    fn show_text() {
        let Ok(text) = std::env::var("DATES_TEXT") else {
            return;
        };
        let kind = match std::env::var("DATES_KIND").as_deref() {
            Ok("period_end") => ReferenceKind::PeriodEnd,
            _ => ReferenceKind::Published,
        };
        let reference = std::env::var("DATES_REF").ok().map(|d| Reference {
            date: date(&d),
            kind,
        });
        let ctx = DateContext {
            reference,
            ..Default::default()
        };
        for m in extract(&text, 0, &ctx) {
            println!("{}", show(&m, true));
        }
    }
}
