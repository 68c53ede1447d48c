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

use regex_syntax::hir::{Class, Hir, HirKind};
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

/// Where `needle` occurs in `text`, left to right and without overlap: the
/// starts `str::match_indices` gives (every character boundary for an empty
/// needle).
///
/// `match_indices` sets up a two-way searcher on every call, hundreds of
/// instructions for a name of a few words, more than searching a sentence
/// costs; here `memchr` finds the needle's first byte and the rest is
/// compared in place. The first byte of a `str` starts a character, so
/// every start is a character boundary.
pub(crate) fn occurrences<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = usize> + 't {
    let (hay, pat) = (text.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let Some(&first) = pat.first() else {
            let at = from;
            from = match text.get(at..)?.chars().next() {
                Some(c) => at + c.len_utf8(),
                None => hay.len() + 1,
            };
            return Some(at);
        };
        while from + pat.len() <= hay.len() {
            let at = from + memchr::memchr(first, &hay[from..=hay.len() - pat.len()])?;
            if hay[at..].starts_with(pat) {
                from = at + pat.len();
                return Some(at);
            }
            from = at + 1;
        }
        None
    })
}

/// `text.replace(needle, with)`, with the needle found by [`occurrences`]:
/// the standard library's searcher costs more to set up than replacing a
/// placeholder in a short name does.
pub(crate) fn replace_occurrences(text: &str, needle: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for at in occurrences(text, needle) {
        out.push_str(&text[copied..at]);
        out.push_str(with);
        copied = at + needle.len();
    }
    out.push_str(&text[copied..]);
    out
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

/// A regex built like the regex crate's `Regex::new` minus its search for
/// literals, for the rules' regexes that only test, find or iterate.
///
/// Under `(?i)` with Unicode case folding ("s" also matches "ſ", "k" the
/// Kelvin sign) the literals of a word list outgrow regex-syntax's
/// extractor limits, so the regex crate spent about a third of each build
/// (a tenth of a run on one annual report) looking for a prefilter it then
/// did not build. This is the same meta engine the regex crate wraps, with
/// its syntax defaults, match semantics and size limits (10 MB for the NFA,
/// 2 MB for the lazy DFA's cache), so the matches are the same too.
///
/// The pattern is parsed once and its alternations factored by their
/// first characters ([`factor_prefixes`]: the same matches, and a lazy DFA
/// that builds its states at a fraction of the cost); each engine is
/// compiled on first use. A
/// test (`is_match`) needs only the forward lazy DFA, which the meta
/// engine runs for it anyway, but the meta engine also compiles a reverse
/// NFA (to find where a match starts) and the capture states of its
/// forward NFA: for a regex that is only ever tested (the word-list gates
/// of [`WordRegex`]) that was about half of its build. The full meta regex
/// is compiled on the first `find`. Where the forward DFA gives up (a
/// Unicode `\b` and a non-ASCII byte, or a thrashing cache) the test falls
/// back on the engines the meta engine would use, built from the same NFA,
/// so the answers stay the meta engine's.
pub(crate) struct LeanRegex {
    hir: regex_syntax::hir::Hir,
    forward: std::sync::OnceLock<Option<ForwardMatcher>>,
    meta: std::sync::OnceLock<regex_automata::meta::Regex>,
    /// Whether a text with non-ASCII characters is searched piece by piece
    /// between its non-ASCII characters that are not word characters (see
    /// [`splits_at_non_word`]).
    splits: bool,
}

fn lean_config() -> regex_automata::meta::Config {
    regex_automata::meta::Config::new()
        .auto_prefilter(false)
        .nfa_size_limit(Some(NFA_SIZE_LIMIT))
        .hybrid_cache_capacity(HYBRID_CACHE_CAPACITY)
}

/// The regex crate's limits (`RegexBuilder::size_limit` and
/// `dfa_size_limit` defaults).
const NFA_SIZE_LIMIT: usize = 10 * (1 << 20);
const HYBRID_CACHE_CAPACITY: usize = 2 * (1 << 20);

impl LeanRegex {
    /// Panics on an invalid pattern, like `Regex::new(..).unwrap()` on a
    /// constant pattern.
    pub(crate) fn new(pattern: &str) -> LeanRegex {
        let hir =
            factor_prefixes(regex_automata::util::syntax::parse(pattern).expect("a valid pattern"));
        LeanRegex {
            splits: splits_at_non_word(&hir),
            hir,
            forward: std::sync::OnceLock::new(),
            meta: std::sync::OnceLock::new(),
        }
    }

    /// The pieces of `text` to search one by one instead of the whole,
    /// with their offsets, or None to search the whole: see
    /// [`splits_at_non_word`].
    fn pieces<'t>(&self, text: &'t str) -> Option<impl Iterator<Item = (usize, &'t str)> + 't> {
        if !self.splits || text.is_ascii() {
            return None;
        }
        let mut from = 0;
        let mut cuts = text
            .char_indices()
            .filter(|&(_, c)| !c.is_ascii() && !regex_syntax::is_word_character(c))
            .map(|(at, c)| (at, at + c.len_utf8()))
            .chain(std::iter::once((text.len(), text.len())));
        Some(std::iter::from_fn(move || loop {
            let (cut, next) = cuts.next()?;
            let piece = (from, &text[from..cut]);
            from = next;
            if !piece.1.is_empty() {
                return Some(piece);
            }
        }))
    }

    fn meta(&self) -> &regex_automata::meta::Regex {
        self.meta.get_or_init(|| {
            regex_automata::meta::Regex::builder()
                .configure(lean_config())
                .build_from_hir(&self.hir)
                .expect("a valid pattern")
        })
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        let forward = self.forward.get_or_init(|| ForwardMatcher::new(&self.hir));
        match forward {
            Some(forward) => match forward.try_is_match(text) {
                Some(found) => found,
                None => match self.pieces(text) {
                    Some(mut pieces) => pieces.any(|(_, piece)| forward.is_match(piece)),
                    None => forward.is_match_without_dfa(text),
                },
            },
            None => self.meta().is_match(text),
        }
    }

    pub(crate) fn find<'t>(&self, text: &'t str) -> Option<RegexMatch<'t>> {
        if let Some(mut pieces) = self.pieces(text) {
            return pieces.find_map(|(at, piece)| {
                let m = self.meta().find(piece)?;
                Some(RegexMatch::at(text, at, m))
            });
        }
        self.meta().find(text).map(|m| RegexMatch::new(text, m))
    }

    /// The first match, as [`LeanRegex::find`] finds it, for a regex whose
    /// every match starts at an ASCII word boundary (it begins with
    /// `(?-u:\b)`). The meta engine finds where a match starts by a reverse
    /// search, whose lazy DFA builds its states anew for each regex; for a
    /// regex with Unicode classes and repeats (several words spelled out
    /// with `\w`) those states cost a few hundred thousand instructions a
    /// search, for the few sentences that have a match. Here an anchored
    /// search runs from each word boundary in turn: the first that matches
    /// is the leftmost match, with the leftmost-first end, and an anchored
    /// search needs no reverse one.
    pub(crate) fn find_from_word_boundary<'t>(&self, text: &'t str) -> Option<RegexMatch<'t>> {
        debug_assert!(
            matches!(self.hir.kind(), regex_syntax::hir::HirKind::Concat(parts)
                if matches!(parts[0].kind(), regex_syntax::hir::HirKind::Look(regex_syntax::hir::Look::WordAscii))),
            "the regex begins with an ASCII word boundary"
        );
        let meta = self.meta();
        let bytes = text.as_bytes();
        let word = |i: usize| bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_';
        (0..=text.len())
            .filter(|&at| {
                let before = at > 0 && word(at - 1);
                let after = at < text.len() && word(at);
                before != after
            })
            .find_map(|at| {
                let input = regex_automata::Input::new(text)
                    .range(at..)
                    .anchored(regex_automata::Anchored::Yes);
                meta.search(&input)
            })
            .map(|m| RegexMatch::new(text, m))
    }

    pub(crate) fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = RegexMatch<'t>> + use<'r, 't> {
        let meta = self.meta();
        match self.pieces(text) {
            // The matches of the pieces are gathered at once: the case is
            // rare (a non-ASCII text), and an iterator that chained the
            // pieces' searches lazily would make every call move a larger
            // iterator around.
            Some(pieces) => Matches::Gathered(
                pieces
                    .flat_map(|(at, piece)| {
                        meta.find_iter(piece)
                            .map(move |m| RegexMatch::at(text, at, m))
                    })
                    .collect::<Vec<_>>()
                    .into_iter(),
            ),
            None => Matches::Whole(text, meta.find_iter(text)),
        }
    }
}

/// The matches [`LeanRegex::find_iter`] gives: those of a search of the
/// whole text, or those of its pieces, gathered.
enum Matches<'r, 't> {
    Whole(&'t str, regex_automata::meta::FindMatches<'r, 't>),
    Gathered(std::vec::IntoIter<RegexMatch<'t>>),
}

impl<'t> Iterator for Matches<'_, 't> {
    type Item = RegexMatch<'t>;

    fn next(&mut self) -> Option<RegexMatch<'t>> {
        match self {
            Matches::Whole(text, matches) => matches.next().map(|m| RegexMatch::new(text, m)),
            Matches::Gathered(matches) => matches.next(),
        }
    }
}

/// Whether a regex finds the same matches in a text as in the pieces of
/// it between its non-ASCII characters that are not word characters
/// (curly quotes, dashes, bullets), each searched as a text of its own, and
/// gains by it: its lazy DFA gives up at the first non-ASCII byte when the
/// regex has a Unicode word boundary, and the engines that take over (the
/// bounded backtracker, the PikeVM) cost tens of thousands of instructions
/// a sentence, while the pieces of most sentences are ASCII only.
///
/// The matches are the same when
/// - no match can hold such a character: every class and literal of the
///   regex matches, beyond ASCII, only word characters (and no byte class
///   matches a byte above 0x7F), so a match lies within one piece;
/// - its only assertions are word boundaries of any kind, which read
///   whether the characters on either side are word characters: at the
///   edge of a piece that is the cut character, which is not one, and for
///   a piece searched alone it is the end of the text, which counts as not
///   one either (for ASCII and Unicode boundaries alike: regex-syntax's
///   word table, which cuts the pieces and builds `\w`, and
///   regex-automata's, which its engines read, are both Unicode 16.0's);
///   no `^`, `$` or
///   line anchor, which would read the piece's edge as the text's;
/// - no match is empty, so iterating over the pieces steps over matches as
///   iterating over the whole text does (each search starts where the last
///   match ended, and the leftmost-first match from there lies in the
///   same piece or a later one, found there with the same priority).
fn splits_at_non_word(hir: &Hir) -> bool {
    fn unicode_word_boundary(hir: &Hir) -> bool {
        use regex_syntax::hir::Look;
        match hir.kind() {
            HirKind::Look(look) => matches!(
                look,
                Look::WordUnicode
                    | Look::WordUnicodeNegate
                    | Look::WordStartUnicode
                    | Look::WordEndUnicode
                    | Look::WordStartHalfUnicode
                    | Look::WordEndHalfUnicode
            ),
            HirKind::Repetition(rep) => unicode_word_boundary(&rep.sub),
            HirKind::Capture(cap) => unicode_word_boundary(&cap.sub),
            HirKind::Concat(items) | HirKind::Alternation(items) => {
                items.iter().any(unicode_word_boundary)
            }
            HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => false,
        }
    }
    fn only_word_characters_beyond_ascii(
        hir: &Hir,
        non_word: &regex_syntax::hir::ClassUnicode,
    ) -> bool {
        use regex_syntax::hir::Look;
        match hir.kind() {
            HirKind::Empty => true,
            HirKind::Literal(lit) => std::str::from_utf8(&lit.0).is_ok_and(|s| {
                s.chars()
                    .all(|c| c.is_ascii() || regex_syntax::is_word_character(c))
            }),
            HirKind::Class(Class::Unicode(class)) => {
                let mut beyond = class.clone();
                beyond.intersect(non_word);
                beyond.ranges().is_empty()
            }
            HirKind::Class(Class::Bytes(class)) => class.ranges().iter().all(|r| r.end() < 0x80),
            HirKind::Look(look) => !matches!(
                look,
                Look::Start
                    | Look::End
                    | Look::StartLF
                    | Look::EndLF
                    | Look::StartCRLF
                    | Look::EndCRLF
            ),
            HirKind::Repetition(rep) => only_word_characters_beyond_ascii(&rep.sub, non_word),
            HirKind::Capture(cap) => only_word_characters_beyond_ascii(&cap.sub, non_word),
            HirKind::Concat(items) | HirKind::Alternation(items) => items
                .iter()
                .all(|item| only_word_characters_beyond_ascii(item, non_word)),
        }
    }
    if !unicode_word_boundary(hir) || hir.properties().minimum_len().is_none_or(|n| n == 0) {
        return false;
    }
    // The non-ASCII characters that are not word characters.
    let Ok(word) = regex_syntax::parse(r"\w") else {
        return false;
    };
    let HirKind::Class(Class::Unicode(word)) = word.into_kind() else {
        return false;
    };
    let mut non_word =
        regex_syntax::hir::ClassUnicode::new([regex_syntax::hir::ClassUnicodeRange::new(
            '\u{80}',
            char::MAX,
        )]);
    non_word.difference(&word);
    only_word_characters_beyond_ascii(hir, &non_word)
}

/// What one thread needs to run a [`ForwardMatcher`]'s engines.
struct ForwardCache {
    dfa: regex_automata::hybrid::dfa::Cache,
    backtrack: regex_automata::nfa::thompson::backtrack::Cache,
    pikevm: regex_automata::nfa::thompson::pikevm::Cache,
}

type ForwardCacheFn = Box<
    dyn Fn() -> ForwardCache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe,
>;

/// The engines the meta engine would run to test a [`LeanRegex`], over a
/// forward NFA without capture states: its lazy DFA (configured as the meta
/// engine configures its own: limits, cache, Unicode word-boundary
/// heuristic, give-up rule) and, where the DFA gives up, the bounded
/// backtracker on a short text or the PikeVM.
struct ForwardMatcher {
    dfa: regex_automata::hybrid::dfa::DFA,
    backtrack: regex_automata::nfa::thompson::backtrack::BoundedBacktracker,
    pikevm: regex_automata::nfa::thompson::pikevm::PikeVM,
    caches: regex_automata::util::pool::Pool<ForwardCache, ForwardCacheFn>,
}

impl ForwardMatcher {
    /// None when an engine cannot be built within the limits (the meta
    /// engine then decides as it would have).
    fn new(hir: &regex_syntax::hir::Hir) -> Option<ForwardMatcher> {
        use regex_automata::{
            hybrid,
            nfa::thompson::{self, backtrack::BoundedBacktracker, pikevm::PikeVM},
        };
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(NFA_SIZE_LIMIT))
                    .shrink(false)
                    .which_captures(thompson::WhichCaptures::None),
            )
            .build_from_hir(hir)
            .ok()?;
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .starts_for_each_pattern(true)
                    .unicode_word_boundary(true)
                    .cache_capacity(HYBRID_CACHE_CAPACITY)
                    .skip_cache_capacity_check(false)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .ok()?;
        let backtrack = BoundedBacktracker::new_from_nfa(nfa.clone()).ok()?;
        let pikevm = PikeVM::new_from_nfa(nfa).ok()?;
        let (for_dfa, for_backtrack, for_pikevm) = (dfa.clone(), backtrack.clone(), pikevm.clone());
        let create: ForwardCacheFn = Box::new(move || ForwardCache {
            dfa: for_dfa.create_cache(),
            backtrack: for_backtrack.create_cache(),
            pikevm: for_pikevm.create_cache(),
        });
        Some(ForwardMatcher {
            dfa,
            backtrack,
            pikevm,
            caches: regex_automata::util::pool::Pool::new(create),
        })
    }

    /// Whether the regex matches somewhere in `text`, by the lazy DFA
    /// alone: None where it gives up.
    fn try_is_match(&self, text: &str) -> Option<bool> {
        let mut cache = self.caches.get();
        let input = regex_automata::Input::new(text).earliest(true);
        self.dfa
            .try_search_fwd(&mut cache.dfa, &input)
            .ok()
            .map(|found| found.is_some())
    }

    /// Whether the regex matches somewhere in `text`.
    fn is_match(&self, text: &str) -> bool {
        self.try_is_match(text)
            .unwrap_or_else(|| self.is_match_without_dfa(text))
    }

    /// Whether the regex matches somewhere in `text`, by the engines that
    /// take over where the lazy DFA gives up.
    fn is_match_without_dfa(&self, text: &str) -> bool {
        let mut cache = self.caches.get();
        let input = regex_automata::Input::new(text).earliest(true);
        // The meta engine's choice when its lazy DFA fails: the backtracker
        // only on a short text it can hold.
        if text.len() <= 128 && text.len() < self.backtrack.max_haystack_len() {
            if let Ok(found) = self
                .backtrack
                .try_is_match(&mut cache.backtrack, input.clone())
            {
                return found;
            }
        }
        self.pikevm.is_match(&mut cache.pikevm, input)
    }
}

/// A [`LeanRegex`] of several patterns that says which of them match, like
/// the regex crate's `RegexSet` (the same engine and semantics, without
/// the search for literals).
pub(crate) struct LeanSet(regex_automata::meta::Regex);

impl LeanSet {
    pub(crate) fn new(patterns: &[&str]) -> LeanSet {
        let config = lean_config()
            .match_kind(regex_automata::MatchKind::All)
            .which_captures(regex_automata::nfa::thompson::WhichCaptures::None);
        let hirs: Vec<Hir> = patterns
            .iter()
            .map(|p| {
                factor_prefixes(regex_automata::util::syntax::parse(p).expect("a valid pattern"))
            })
            .collect();
        LeanSet(
            regex_automata::meta::Regex::builder()
                .configure(config)
                .build_many_from_hir(&hirs)
                .expect("valid patterns"),
        )
    }

    /// Which patterns match somewhere in `text`.
    pub(crate) fn matches(&self, text: &str) -> regex_automata::PatternSet {
        let mut found = regex_automata::PatternSet::new(self.0.pattern_len());
        self.0
            .which_overlapping_matches(&regex_automata::Input::new(text), &mut found);
        found
    }
}

/// A match of a [`LeanRegex`] or [`WordRegex`]: a byte range of the text
/// searched.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RegexMatch<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> RegexMatch<'t> {
    fn new(text: &'t str, m: regex_automata::Match) -> RegexMatch<'t> {
        RegexMatch::at(text, 0, m)
    }

    /// A match in the piece of `text` that starts at byte `at`.
    fn at(text: &'t str, at: usize, m: regex_automata::Match) -> RegexMatch<'t> {
        RegexMatch {
            text,
            start: at + m.start(),
            end: at + m.end(),
        }
    }

    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }

    pub(crate) fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
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
/// often never needed. Both are [`LeanRegex`]es.
pub(crate) struct WordRegex {
    pattern: String,
    full: std::sync::OnceLock<LeanRegex>,
    gate: LeanRegex,
}

impl WordRegex {
    /// Panics on an invalid pattern, like `Regex::new(..).unwrap()` on a
    /// constant pattern (the gate is compiled here; the full pattern, the
    /// same with its `\b`s, on first use).
    pub(crate) fn new(pattern: &str) -> WordRegex {
        WordRegex {
            pattern: pattern.to_string(),
            full: std::sync::OnceLock::new(),
            gate: LeanRegex::new(&pattern.replace(r"\b", "")),
        }
    }

    fn full(&self) -> &LeanRegex {
        self.full.get_or_init(|| LeanRegex::new(&self.pattern))
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.gate.is_match(text) && self.full().is_match(text)
    }

    pub(crate) fn find<'t>(&self, text: &'t str) -> Option<RegexMatch<'t>> {
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
    ) -> impl Iterator<Item = RegexMatch<'t>> + use<'r, 't> {
        self.gate
            .is_match(text)
            .then(|| self.full().find_iter(text))
            .into_iter()
            .flatten()
    }
}

// ---------------------------------------------------------------------------
// Prefix factoring of the rules' patterns

/// How many alternatives one alternation may grow to when its branches'
/// leading groups and optional parts are spelled out.
const MAX_BRANCHES: usize = 4096;

/// How large a part that spelling out a branch copies may be (see
/// [`weight`]): copies grow the NFA, and a larger NFA fills the lazy DFA's
/// cache sooner (16 measured best on the act lexicon).
const MAX_COPIED: usize = 16;

/// The pattern `hir` with its alternations factored by their first
/// character, as a trie: `(?i)kill(?:ed|ing)|kidnap` becomes
/// `(?i)ki(?:ll(?:ed|ing)|dnap)`. Capture groups are dropped.
///
/// The lazy DFA builds each state from the set of NFA states it stands
/// for, and the cost of a new state grows with that set: over a word list
/// of a few hundred words every state held the first letter of every word.
/// Factored, a state holds one branch per distinct next letter.
///
/// The result matches the same texts and, under leftmost-first semantics,
/// reports the same match at each start as `hir` (a backtracking search
/// tries its branches in the same order), since each step keeps that order:
/// - `(?:X|Y)Z` is `XZ|YZ` (the search tries X then Y, each followed by Z),
///   `X?Z` is `XZ|Z` (`Z|XZ` when lazy), and `cAB|cCD` is `c(?:AB|CD)`;
/// - a branch is only moved ahead of branches whose first byte it cannot
///   share (one that matches at a position excludes the other there), so
///   the first branch that matches at a position stays the first;
/// - captures only record where groups matched; the callers ask for the
///   overall match only.
fn factor_prefixes(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Alternation(subs) => factor_branches(subs.into_iter().map(|s| vec![s]).collect()),
        HirKind::Concat(items) => Hir::concat(items.into_iter().map(factor_prefixes).collect()),
        HirKind::Repetition(mut rep) => {
            rep.sub = Box::new(factor_prefixes(*rep.sub));
            Hir::repetition(rep)
        }
        HirKind::Capture(cap) => factor_prefixes(*cap.sub),
        kind => leaf(kind),
    }
}

/// A pattern of one part back from its kind.
fn leaf(kind: HirKind) -> Hir {
    match kind {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => Hir::literal(lit.0),
        HirKind::Class(class) => Hir::class(class),
        HirKind::Look(look) => Hir::look(look),
        HirKind::Repetition(rep) => Hir::repetition(rep),
        HirKind::Capture(cap) => Hir::capture(cap),
        HirKind::Concat(items) => Hir::concat(items),
        HirKind::Alternation(subs) => Hir::alternation(subs),
    }
}

/// The branches of one alternation, each a sequence of parts, in order.
fn factor_branches(branches: Vec<Vec<Hir>>) -> Hir {
    let mut budget = MAX_BRANCHES.saturating_sub(branches.len());
    let mut spelled = Vec::new();
    for branch in branches {
        spell_out_front(branch, &mut spelled, &mut budget);
    }
    // Branches that open with the same part, in their order; a branch
    // joins an earlier group only past groups it cannot compete with.
    struct Group {
        head: Option<Hir>,
        tails: Vec<Vec<Hir>>,
        firsts: FirstBytes,
    }
    let mut groups: Vec<Group> = Vec::new();
    for mut branch in spelled {
        let firsts = first_bytes_of_parts(&branch);
        let head = (!branch.is_empty()).then(|| branch.remove(0));
        let mut joined = false;
        if head.is_some() {
            for group in groups.iter_mut().rev() {
                if group.head == head {
                    group.tails.push(std::mem::take(&mut branch));
                    group.firsts = union(group.firsts, firsts);
                    joined = true;
                    break;
                }
                if !disjoint(group.firsts, firsts) {
                    break;
                }
            }
        }
        if !joined {
            groups.push(Group {
                head,
                tails: vec![branch],
                firsts,
            });
        }
    }
    let built = groups
        .into_iter()
        .map(|mut group| {
            let Some(head) = group.head else {
                return Hir::empty();
            };
            let head = factor_prefixes(head);
            if group.tails.len() == 1 {
                let mut parts = vec![head];
                parts.extend(group.tails.pop().into_iter().flatten().map(factor_prefixes));
                Hir::concat(parts)
            } else {
                Hir::concat(vec![head, factor_branches(group.tails)])
            }
        })
        .collect();
    Hir::alternation(built)
}

/// Spell out the front of `parts` until it opens with a single character,
/// class, assertion or repetition, pushing the branches in the order a
/// backtracking search tries them.
fn spell_out_front(mut parts: Vec<Hir>, out: &mut Vec<Vec<Hir>>, budget: &mut usize) {
    if parts.is_empty() {
        out.push(parts);
        return;
    }
    // `parts` is the rest of the branch after its first part.
    let first = parts.remove(0);
    let with = |head: Hir, parts: Vec<Hir>| -> Vec<Hir> {
        let mut v = Vec::with_capacity(parts.len() + 1);
        v.push(head);
        v.extend(parts);
        v
    };
    match first.into_kind() {
        HirKind::Empty => spell_out_front(parts, out, budget),
        HirKind::Concat(mut items) => {
            items.extend(parts);
            spell_out_front(items, out, budget)
        }
        HirKind::Capture(cap) => spell_out_front(with(*cap.sub, parts), out, budget),
        HirKind::Alternation(subs)
            if *budget >= subs.len()
                && (subs.len() - 1) * weight_of_parts(&parts) <= MAX_COPIED =>
        {
            *budget -= subs.len() - 1;
            for sub in subs {
                spell_out_front(with(sub, parts.clone()), out, budget);
            }
        }
        HirKind::Repetition(rep)
            if rep.min == 0
                && rep.max == Some(1)
                && *budget >= 1
                && weight_of_parts(&parts) <= MAX_COPIED =>
        {
            *budget -= 1;
            let greedy = rep.greedy;
            let with_it = with(*rep.sub, parts.clone());
            let (one, two) = if greedy {
                (with_it, parts)
            } else {
                (parts, with_it)
            };
            spell_out_front(one, out, budget);
            spell_out_front(two, out, budget);
        }
        HirKind::Literal(lit) => {
            // One character at the head, the rest after it.
            let bytes = lit.0;
            let len = utf8_len(bytes[0]).min(bytes.len());
            let mut v = Vec::with_capacity(parts.len() + 2);
            if len < bytes.len() {
                v.push(Hir::literal(bytes[..len].to_vec()));
                v.push(Hir::literal(bytes[len..].to_vec()));
            } else {
                v.push(Hir::literal(bytes));
            }
            v.extend(parts);
            out.push(v);
        }
        kind => out.push(with(leaf(kind), parts)),
    }
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The bytes a match can begin with, or None when it may be empty (or is
/// not worked out): an over-estimate, so that two branches with disjoint
/// sets can never match at the same position.
type FirstBytes = Option<[u64; 4]>;

fn union(a: FirstBytes, b: FirstBytes) -> FirstBytes {
    let (a, b) = (a?, b?);
    Some([a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3]])
}

fn disjoint(a: FirstBytes, b: FirstBytes) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (0..4).all(|i| a[i] & b[i] == 0),
        _ => false,
    }
}

fn byte_range(set: &mut [u64; 4], lo: u8, hi: u8) {
    for b in lo..=hi {
        set[usize::from(b >> 6)] |= 1 << (b & 63);
    }
}

fn first_bytes(hir: &Hir) -> FirstBytes {
    let mut set = [0u64; 4];
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => return None,
        HirKind::Literal(lit) => byte_range(&mut set, lit.0[0], lit.0[0]),
        HirKind::Class(Class::Unicode(class)) => {
            let mut buf = [0u8; 4];
            for r in class.ranges() {
                let lo = r.start().encode_utf8(&mut buf).as_bytes()[0];
                let hi = r.end().encode_utf8(&mut buf).as_bytes()[0];
                byte_range(&mut set, lo, hi);
            }
        }
        HirKind::Class(Class::Bytes(class)) => {
            for r in class.ranges() {
                byte_range(&mut set, r.start(), r.end());
            }
        }
        HirKind::Repetition(rep) => {
            return if rep.min == 0 {
                None
            } else {
                first_bytes(&rep.sub)
            }
        }
        HirKind::Capture(cap) => return first_bytes(&cap.sub),
        HirKind::Concat(items) => return first_bytes_of_parts(items),
        HirKind::Alternation(subs) => {
            let mut acc = Some(set);
            for sub in subs {
                acc = union(acc, first_bytes(sub));
            }
            return acc;
        }
    }
    Some(set)
}

/// The first bytes of a sequence: those of its first part that must
/// consume a character (an assertion consumes none).
fn first_bytes_of_parts(parts: &[Hir]) -> FirstBytes {
    for part in parts {
        if matches!(part.kind(), HirKind::Look(_)) {
            continue;
        }
        if part.properties().minimum_len() != Some(0) && part.properties().minimum_len().is_some() {
            return first_bytes(part);
        }
        return None;
    }
    None
}

/// How much of an NFA a pattern makes, roughly: one per character, class,
/// assertion or operator.
fn weight(hir: &Hir) -> usize {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(_) => 1,
        HirKind::Literal(lit) => lit.0.len(),
        HirKind::Repetition(rep) => 1 + weight(&rep.sub),
        HirKind::Capture(cap) => weight(&cap.sub),
        HirKind::Concat(items) => weight_of_parts(items),
        HirKind::Alternation(subs) => 1 + weight_of_parts(subs),
    }
}

fn weight_of_parts(parts: &[Hir]) -> usize {
    parts.iter().map(weight).sum()
}

/// A small xorshift generator for the property tests of the extractors:
/// `next(n)` gives a number below `n`, the same sequence for the same seed.
#[cfg(test)]
pub(crate) fn test_rng(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::{factor_prefixes, occurrences, replace_occurrences, LeanSet, WordRegex};

    #[test]
    fn replace_occurrences_is_str_replace() {
        for text in [
            "Government of {country}",
            "Police Forces of {country} ({country})",
            " of {country}{country} of {country}",
            "Unidentified Armed Group ({country})",
            "{{country}}",
            "",
        ] {
            for (needle, with) in [
                ("{country}", "Mali"),
                (" of {country}", ""),
                (" ({country})", ""),
                ("{country}", ""),
                ("", "-"),
            ] {
                assert_eq!(
                    replace_occurrences(text, needle, with),
                    text.replace(needle, with),
                    "{needle:?} in {text:?}"
                );
            }
        }
    }

    /// Factored by first characters, a pattern finds the same matches as
    /// the regex crate does with the pattern as written: at the same
    /// starts, of the same lengths (leftmost-first), including branches
    /// that share a first letter but not their order, optional and lazy
    /// parts, empty branches and a branch that may match anywhere.
    #[test]
    fn factored_patterns_find_what_the_originals_find() {
        let patterns = [
            r"(?i-u)\b(?:kill(?:ed|ing|s)?|killings?|kidnap(?:ped)?|(?:air|drone) ?strikes?|attacks?|attackers?|a|an|)\b",
            r"(?i)(?:set (?:\w+ ){0,3}(?:ablaze|alight)|set fire|sets?|(?-i:[A-Za-z]+) on strike|on strike|s)",
            r"(?:ab|a|abc|(?:x|ab)c|b??a|ba?|ab??|é|éa|e)",
            r"(?i)(?:the (?:attack|attacker)s?|the|th|(?:the )?assault|^a|a$)",
        ];
        let texts = [
            "Gunmen KILLED two men; the killings and kidnappings went on.",
            "an air strike, airstrikes and drone strikes; attackers attack",
            "They set the houses ablaze, set fire to cars; ſet fire. Workers went on strike.",
            "abc ab a xc abcc ba b é éa e",
            "the attackers the assault th The Attack a",
            "",
        ];
        for pattern in patterns {
            let plain = regex::Regex::new(pattern).unwrap();
            let hir = regex_automata::util::syntax::parse(pattern).unwrap();
            let factored = regex_automata::meta::Regex::builder()
                .build_from_hir(&factor_prefixes(hir))
                .unwrap();
            for text in texts {
                let want: Vec<(usize, usize)> = plain
                    .find_iter(text)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                let got: Vec<(usize, usize)> = factored
                    .find_iter(text)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                assert_eq!(got, want, "{pattern} on {text:?}");
                for from in 0..text.len() {
                    if text.is_char_boundary(from) {
                        assert_eq!(
                            factored.find(&text[from..]).map(|m| m.range()),
                            plain.find(&text[from..]).map(|m| m.range()),
                            "{pattern} on {:?}",
                            &text[from..]
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn occurrences_are_the_starts_match_indices_gives() {
        let texts = [
            "the FLN and the FLNC met the FLN",
            "aaaa",
            "Forces Nouvelles (FN) and FN",
            "Ségou, Ségou-Ségou",
            "",
        ];
        for text in texts {
            for needle in ["FLN", "aa", "a", "FN", "Ségou", "é", "the FLN", "x", ""] {
                let want: Vec<usize> = text.match_indices(needle).map(|(at, _)| at).collect();
                let got: Vec<usize> = occurrences(text, needle).collect();
                assert_eq!(got, want, "{needle:?} in {text:?}");
            }
        }
    }

    #[test]
    fn lean_set_says_what_the_regex_set_says() {
        let patterns = [
            r"(?i)(?-u:\b)(?:riot(?:ed|ing)|set (?:fire|ablaze))(?-u:\b)",
            r"(?i)(?-u:\b)(?:in|at) (?:(?:the|\w+'s) ){0,2}(?:prisons?|custody)(?-u:\b)",
            r"(?i-u)\b(?:was|were)\b",
        ];
        let set = regex::RegexSet::new(patterns).unwrap();
        let lean = LeanSet::new(&patterns);
        for text in [
            "Youths RIOTED and set fire to a car.",
            "He died at Kouyaté's prison.",
            "He was held in custody; they were ſet ablaze.",
            "Nothing here.",
            "",
        ] {
            let want: Vec<usize> = set.matches(text).iter().collect();
            let got: Vec<usize> = lean.matches(text).iter().map(|p| p.as_usize()).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A regex with Unicode word boundaries searched piece by piece between
    /// a text's non-ASCII characters that are not word characters finds
    /// what the regex crate finds in the whole text; regexes that may not
    /// be cut (a class that matches a curly quote, an anchor, an empty
    /// match) are searched whole.
    #[test]
    fn pieces_between_non_word_characters_find_what_the_whole_finds() {
        use super::LeanRegex;
        let patterns = [
            (r"(?i)\b(?:convoys?|police posts?|attack\w*)\b", true),
            (r"(?i)\b(?:burn\w*|found (?:\w+ ){0,2}dead|kaboré)\b", true),
            (r"(?i)\B(?:s|ed)\b|\bthe\b", true),
            (r"(?i)\b(?:attackers?\W+\w+)\b", false),
            (r"(?i)\b(?:said|“\w+”)", false),
            (r"(?i)^(?:the|a)\b", false),
            (r"(?i)\b(?:\w*)\b", false),
            (r"(?i-u)\b(?:convoys?)\b", false),
        ];
        let texts = [
            "The attackers’ convoys were seen – near “Kaboré” • police posts.",
            "“Convoy” said the attackers’",
            "’’ attackers’ attack’s burnéd ſeen KABORÉ’s — the",
            "Ségou’s ATTACK — found two Tiédougou dead; found them dead—",
            "plain ASCII convoy text, attacked",
            "’",
            "",
        ];
        for (pattern, splits) in patterns {
            let plain = regex::Regex::new(pattern).unwrap();
            let lean = LeanRegex::new(pattern);
            assert_eq!(lean.splits, splits, "{pattern}");
            for text in texts {
                assert_eq!(
                    lean.is_match(text),
                    plain.is_match(text),
                    "{pattern} on {text:?}"
                );
                assert_eq!(
                    lean.find(text).map(|m| (m.start(), m.end())),
                    plain.find(text).map(|m| (m.start(), m.end())),
                    "{pattern} on {text:?}"
                );
                assert_eq!(
                    lean.find_iter(text)
                        .map(|m| (m.start(), m.end(), m.as_str()))
                        .collect::<Vec<_>>(),
                    plain
                        .find_iter(text)
                        .map(|m| (m.start(), m.end(), m.as_str()))
                        .collect::<Vec<_>>(),
                    "{pattern} on {text:?}"
                );
            }
        }
    }

    #[test]
    fn word_regex_matches_exactly_like_the_full_regex() {
        // Unicode case folding ("ſ" is an "s"), Unicode \w in a bounded
        // repeat, and word boundaries next to accented letters.
        let patterns = [
            r"(?i)\b(?:convoys?|police posts?)\b",
            r"(?i)\b(?:burn\w*|found (?:\w+ ){0,2}dead|kidnapped)\b",
        ];
        let texts = [
            "Gunmen ambushed a convoy near the town.",
            "The attackers\u{2019} convoys were seen.",
            "They reconvoyed nothing.",
            "A POLICE POST was burned.",
            "Police postsé",
            "Convoyé stopped.",
            "Two CONVOYſ passed.",
            "Houses in Kaboré were burnéd; the mayor was found in Tiédougou dead.",
            "They were KIDNAPPED near Ségou and found dead.",
            "",
        ];
        for pattern in patterns {
            let full = regex::Regex::new(pattern).unwrap();
            let gated = WordRegex::new(pattern);
            for text in texts {
                assert_eq!(gated.is_match(text), full.is_match(text), "{text}");
                assert_eq!(
                    gated.find(text).map(|m| (m.start(), m.end(), m.as_str())),
                    full.find(text).map(|m| (m.start(), m.end(), m.as_str())),
                    "{text}"
                );
                assert_eq!(
                    gated
                        .find_iter(text)
                        .map(|m| (m.start(), m.end()))
                        .collect::<Vec<_>>(),
                    full.find_iter(text)
                        .map(|m| (m.start(), m.end()))
                        .collect::<Vec<_>>(),
                    "{text}"
                );
            }
        }
    }
}
