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

/// The first word after byte `at` of `text`, lower-cased ("" at the end or
/// before a punctuation mark).
pub(crate) fn word_after(text: &str, at: usize) -> String {
    text[at..]
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// A letter or digit of a word, or a combining mark inside one.
///
/// Text taken from PDFs often spells accented letters as a base letter and
/// a combining mark ("Naxc\u{327}ivan" for Naxçivan). Such a mark is not
/// alphanumeric, so a reader that stops at it cuts the name in two.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The combining diacritical blocks (a mark that changes the letter
/// before it), without a Unicode table.
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}')
}

/// A regex of whole words (`(?i)\b(?:...)\b`) with a gate in front of it.
///
/// With Unicode word boundaries the regex crate's lazy DFA gives up at the
/// first non-ASCII character of a sentence (a curly apostrophe is enough)
/// and the search starts again on the PikeVM, many times slower; profiles
/// of the annual reports had such searches among the top entries. The same
/// pattern without its `\b`s stays on the DFA and matches wherever the full
/// one does (dropping an assertion only allows more matches), so a sentence
/// it rejects needs no second search. Results are exactly the full regex's.
///
/// The full regex is compiled the first time the gate lets a text through:
/// compiling the rules' regexes is a fixed cost of every run (a quarter of
/// the instructions on one annual report), and a rare cue's full pattern is
/// often never needed.
pub(crate) struct WordRegex {
    pattern: String,
    full: std::sync::OnceLock<regex::Regex>,
    gate: regex::Regex,
}

impl WordRegex {
    /// Panics on an invalid pattern, like `Regex::new(..).unwrap()` on a
    /// constant pattern (the gate is compiled here; the full pattern, the
    /// same with its `\b`s, on first use).
    pub(crate) fn new(pattern: &str) -> WordRegex {
        WordRegex {
            pattern: pattern.to_string(),
            full: std::sync::OnceLock::new(),
            gate: regex::Regex::new(&pattern.replace(r"\b", "")).expect("a valid pattern"),
        }
    }

    fn full(&self) -> &regex::Regex {
        self.full
            .get_or_init(|| regex::Regex::new(&self.pattern).expect("a valid pattern"))
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.gate.is_match(text) && self.full().is_match(text)
    }

    pub(crate) fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        if self.gate.is_match(text) {
            self.full().find(text)
        } else {
            None
        }
    }

    /// Every match, or none at all without a search when the gate rejects
    /// the text.
    pub(crate) fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = regex::Match<'t>> + use<'r, 't> {
        self.gate
            .is_match(text)
            .then(|| self.full().find_iter(text))
            .into_iter()
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::WordRegex;

    #[test]
    fn word_regex_matches_exactly_like_the_full_regex() {
        let pattern = r"(?i)\b(?:convoys?|police posts?)\b";
        let full = regex::Regex::new(pattern).unwrap();
        let gated = WordRegex::new(pattern);
        for text in [
            "Gunmen ambushed a convoy near the town.",
            "The attackers\u{2019} convoys were seen.",
            "They reconvoyed nothing.",
            "A POLICE POST was burned.",
            "Police postsé",
            "Convoyé stopped.",
            "",
        ] {
            assert_eq!(gated.is_match(text), full.is_match(text), "{text}");
            assert_eq!(
                gated.find(text).map(|m| m.range()),
                full.find(text).map(|m| m.range()),
                "{text}"
            );
            assert_eq!(
                gated.find_iter(text).map(|m| m.range()).collect::<Vec<_>>(),
                full.find_iter(text).map(|m| m.range()).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }
}
