//! Countries and territories: names as ACLED writes them, ISO codes,
//! aliases, demonyms and capitals, from `src/data/countries.tsv`.
//!
//! The table is parsed once, on first use, into a `Vec` plus lookup maps;
//! one Aho-Corasick automaton over every name, alias and demonym finds
//! country words in running text.

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};

use super::Country;
use crate::extract::is_word_char;

const COUNTRIES_TSV: &str = include_str!("../../data/countries.tsv");

/// How a country word was written in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CountryWordKind {
    /// The name or one of its aliases ("Mali", "Côte d'Ivoire").
    Name,
    /// A demonym ("Malian", "Burkinabe"): evidence of the country, not a
    /// place mention.
    Demonym,
}

/// A country word found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CountryWord {
    pub start: usize,
    pub end: usize,
    /// Index into `table().countries`.
    pub country: usize,
    pub kind: CountryWordKind,
}

pub(crate) struct CountryTable {
    pub countries: Vec<Country>,
    by_key: FxHashMap<String, usize>,
    by_iso3: FxHashMap<String, usize>,
    by_iso2: FxHashMap<String, usize>,
    /// Anchored searches only: see [`CountryTable::words`].
    finder: AhoCorasick,
    /// The pairs of bytes a pattern opens with, as a bit set indexed by
    /// `first << 8 | second`.
    opening_pairs: Vec<u64>,
    /// The bytes a pattern of one byte is (none today).
    single_bytes: [bool; 256],
    /// Per pair of `opening_pairs`: the length of the shortest pattern
    /// opening with it, at most [`MAX_PREFIX`] (1 after a pattern of one
    /// byte; 0 for a pair no pattern opens with).
    prefix_len: Vec<u8>,
    /// The first `prefix_len` bytes of every pattern, as a bit set indexed
    /// by [`prefix_hash`]; see [`CountryTable::leftmost_longest`].
    opening_prefixes: Vec<u64>,
    /// The bytes a pattern opens with: a byte that opens no pattern opens
    /// no pair of `opening_pairs` either, and most bytes of a text are such.
    opening_bytes: [bool; 256],
    /// How far into a pattern its first anchor byte (an ASCII capital or a
    /// byte beyond ASCII, see [`next_anchor`]) may lie: 4 for "the States",
    /// 1 for "eSwatini", 0 for the rest. None if a pattern has no anchor.
    anchor_reach: Option<usize>,
    /// Per automaton pattern: the country and whether it is a demonym.
    pattern_info: Vec<(usize, CountryWordKind)>,
    /// The automaton's patterns, for the test that checks its searches.
    #[cfg(test)]
    patterns: Vec<String>,
}

/// Fold a name to its lookup key: accents dropped, lower case, periods and
/// apostrophe variants removed, spaces collapsed, a leading "the" dropped
/// ("The Gambia" and "Gambia" are the same key).
pub(crate) fn name_key(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for word in ascii
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
    {
        let word: String = word
            .chars()
            .filter(|c| !matches!(c, '.' | '\'' | ',' | '(' | ')'))
            .collect();
        if word.is_empty() {
            continue;
        }
        if out.is_empty() && word == "the" {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// Aliases that are ordinary words or other things too often to count as
/// country evidence in running text ("US" the pronoun in capitals, "Chad" the
/// first name, "Georgia" the US state, "Congo" the river): they still work in
/// `country_by_name`, where the caller knows it holds a country name.
const WEAK_IN_TEXT: &[&str] = &[
    "US",
    "America",
    "Korea",
    "Salvador",
    "Saint Helena",
    "Trinidad",
    "Tobago",
    "Nevis",
    "Saba",
    "Antigua",
    "Bonaire",
    "Congo",
    "Burkina",
    "Holland",
    "Emirates",
    "Vatican",
    "Dominica",
    "Jersey",
    "Guernsey",
    "Georgia",
    "Jordan",
    "Chad",
    "Bermuda",
    "Chinese",
    "English",
    "Scots",
    "Swiss",
    "Turks",
    "Poles",
    "Finn",
    "Danish",
    "Dutch",
    "Indian",
    "Indians",
    "Khmer",
    "Kiwi",
    "Kiwis",
    "Chamorro",
    "Manx",
    "Lao",
    "Persian",
    "Persians",
    "Scot",
    "Pole",
    "Vatican",
    "Philippine",
    "Papuan",
    "Papuans",
    "Korean",
    "Koreans",
    "Timorese",
    "Statesman",
    "CAR",
    "PNG",
    "OPT",
    "KSA",
    "RSA",
    "ROK",
    "PRC",
    "SADR",
    "RDC",
    "BiH",
    "Gaza",
    "West Bank",
    "East Jerusalem",
    "Somaliland",
    "Puntland",
    "Zanzibar",
    "Tahiti",
    "Saipan",
    "Sint Eustatius",
    "Wales",
    "Scotland",
    "England",
    "Northern Ireland",
    "Zaire",
    "Zaïre",
];

pub(crate) fn table() -> &'static CountryTable {
    static TABLE: OnceLock<CountryTable> = OnceLock::new();
    TABLE.get_or_init(build_table)
}

fn build_table() -> CountryTable {
    let mut countries = Vec::new();
    let mut by_key = FxHashMap::default();
    let mut by_iso3 = FxHashMap::default();
    let mut by_iso2 = FxHashMap::default();
    let mut patterns: Vec<String> = Vec::new();
    let mut pattern_info = Vec::new();
    for line in COUNTRIES_TSV.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let col = |i: usize| cols.get(i).copied().unwrap_or("").trim();
        let list = |i: usize| -> Vec<String> {
            col(i)
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        };
        let country = Country {
            name: col(0).to_string(),
            iso3: col(1).to_string(),
            iso2: col(2).to_string(),
            aliases: list(3),
            demonyms: list(4),
            capital: Some(col(5).to_string()).filter(|c| !c.is_empty()),
        };
        let index = countries.len();
        by_iso3.entry(country.iso3.clone()).or_insert(index);
        by_iso2.entry(country.iso2.clone()).or_insert(index);
        let names = std::iter::once(&country.name).chain(country.aliases.iter());
        for name in names {
            by_key.entry(name_key(name)).or_insert(index);
            push_text_forms(
                name,
                index,
                CountryWordKind::Name,
                &mut patterns,
                &mut pattern_info,
            );
        }
        for demonym in &country.demonyms {
            by_key.entry(name_key(demonym)).or_insert(index);
            push_text_forms(
                demonym,
                index,
                CountryWordKind::Demonym,
                &mut patterns,
                &mut pattern_info,
            );
        }
        countries.push(country);
    }
    let finder = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(&patterns)
        .expect("country patterns are plain strings");
    let mut opening_pairs = vec![0u64; (1 << 16) / 64];
    let mut single_bytes = [false; 256];
    let mut prefix_len = vec![0u8; 1 << 16];
    let mut opening_bytes = [false; 256];
    for pattern in &patterns {
        let bytes = pattern.as_bytes();
        if let Some(&first) = bytes.first() {
            opening_bytes[usize::from(first)] = true;
        }
        let seconds = match bytes {
            [] => continue,
            [only] => {
                single_bytes[usize::from(*only)] = true;
                0..=u8::MAX
            }
            [_, second, ..] => *second..=*second,
        };
        let len = u8::try_from(bytes.len().min(MAX_PREFIX)).expect("MAX_PREFIX fits a byte");
        for second in seconds {
            let pair = usize::from(bytes[0]) << 8 | usize::from(second);
            opening_pairs[pair / 64] |= 1 << (pair % 64);
            if prefix_len[pair] == 0 || len < prefix_len[pair] {
                prefix_len[pair] = len;
            }
        }
    }
    let anchor_reach = patterns
        .iter()
        .map(|p| p.bytes().position(is_anchor))
        .try_fold(0, |reach, at| at.map(|at| reach.max(at)));
    // Every pattern is at least as long as its pair's shortest, so its
    // first `prefix_len` bytes are all there.
    let mut opening_prefixes = vec![0u64; PREFIX_BITS / 64];
    for pattern in &patterns {
        let bytes = pattern.as_bytes();
        // A pattern of one byte gives every pair it opens a `prefix_len`
        // of 1: its own byte is that opening.
        let len = match bytes {
            [] => continue,
            [_] => 1,
            [first, second, ..] => prefix_len[usize::from(*first) << 8 | usize::from(*second)],
        };
        let at = prefix_hash(&bytes[..usize::from(len)]);
        opening_prefixes[at / 64] |= 1 << (at % 64);
    }
    CountryTable {
        countries,
        by_key,
        by_iso3,
        by_iso2,
        finder,
        opening_pairs,
        single_bytes,
        prefix_len,
        opening_prefixes,
        opening_bytes,
        anchor_reach,
        pattern_info,
        #[cfg(test)]
        patterns,
    }
}

/// The most opening bytes of a pattern `opening_prefixes` holds: "the
/// States" and "the Ukraine" need five to be told from "the people".
const MAX_PREFIX: usize = 8;

/// Bits of `opening_prefixes`: some two thousand patterns set at most one
/// in thirty, so a place whose pair opens a pattern passes on a collision
/// alone about that rarely.
const PREFIX_BITS: usize = 1 << 16;

/// An ASCII capital or a byte beyond ASCII: every country word holds one
/// within its first few bytes (see `CountryTable::anchor_reach`), and
/// running text holds few.
fn is_anchor(b: u8) -> bool {
    b.is_ascii_uppercase() || !b.is_ascii()
}

/// The offset of the first anchor byte (see [`is_anchor`]) in `bytes`,
/// read eight bytes at a time.
fn next_anchor(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("chunks of eight"));
        // Per byte, its low seven bits v plus a constant sets the byte's
        // high bit when v reaches a bound, with no carry into the next
        // byte (v + 0x3f <= 0xbe): v >= b'A' and not v >= b'Z' + 1 is a
        // capital, and a high bit set in the byte itself is beyond ASCII.
        let v = w & !HIGH;
        let from_a = v + ONES * u64::from(0x80 - b'A');
        let past_z = v + ONES * u64::from(0x80 - b'Z' - 1);
        let hits = ((from_a & !past_z) | w) & HIGH;
        if hits != 0 {
            // Little-endian: the lowest set bit is the first byte's.
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| is_anchor(b))
        .map(|k| at + k)
}

/// A hash of a pattern's opening bytes, below [`PREFIX_BITS`].
fn prefix_hash(bytes: &[u8]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48) as usize
}

/// Add the forms a country word takes in running text: as written, and in
/// capitals for headers ("MALI", "BURKINA FASO"). Weak aliases are left out.
fn push_text_forms(
    word: &str,
    index: usize,
    kind: CountryWordKind,
    patterns: &mut Vec<String>,
    info: &mut Vec<(usize, CountryWordKind)>,
) {
    // Two-letter forms count only in capitals ("UK"), never "us".
    let short = word.chars().count() < 3;
    if WEAK_IN_TEXT.contains(&word) || (short && word.chars().any(char::is_lowercase)) {
        return;
    }
    patterns.push(word.to_string());
    info.push((index, kind));
    let upper = word.to_uppercase();
    if upper != word {
        patterns.push(upper);
        info.push((index, kind));
    }
}

/// Weak aliases that are the country after a locative cue ("in Jordan",
/// "across Chad", "from Georgia"): a first name or a river is not where
/// things happen "in". The place stage still prefers a namesake in the
/// document's own country ("in Georgia" in a report on the United States).
const COUNTRY_AFTER_CUE: &[&str] = &[
    "Jordan", "Chad", "Georgia", "Bermuda", "Dominica", "Holland", "Jersey", "Guernsey",
];

impl CountryTable {
    /// The country a weak alias names after a locative cue (see
    /// `COUNTRY_AFTER_CUE`), as an index into `countries`.
    pub(crate) fn after_cue(&self, word: &str) -> Option<usize> {
        if !COUNTRY_AFTER_CUE.contains(&word) {
            return None;
        }
        self.by_key.get(&name_key(word)).copied()
    }

    pub fn by_name(&self, name: &str) -> Option<&Country> {
        let key = name_key(name);
        self.by_key
            .get(&key)
            .or_else(|| {
                // Country columns sometimes carry extra words ("Japan.",
                // "across Iraq", "northern Nigeria"): drop a leading
                // direction or "across" and try again.
                let rest = key.split_once(' ')?.1;
                let first = key.split(' ').next()?;
                const LEAD: &[&str] = &[
                    "across",
                    "northern",
                    "southern",
                    "eastern",
                    "western",
                    "central",
                    "north",
                    "south",
                    "east",
                    "west",
                    "northwest",
                    "northeast",
                    "southwest",
                    "southeast",
                    "northwestern",
                    "northeastern",
                    "southwestern",
                    "southeastern",
                    "midwestern",
                ];
                if LEAD.contains(&first) {
                    self.by_key.get(rest)
                } else {
                    None
                }
            })
            .map(|&i| &self.countries[i])
    }

    pub fn by_iso3(&self, iso3: &str) -> Option<&Country> {
        // The resolver asks with codes already in capitals: no allocation.
        self.by_iso3
            .get(iso3)
            .or_else(|| self.by_iso3.get(&iso3.trim().to_ascii_uppercase()))
            .map(|&i| &self.countries[i])
    }

    pub fn by_iso2(&self, iso2: &str) -> Option<&Country> {
        self.by_iso2
            .get(iso2)
            .or_else(|| self.by_iso2.get(&iso2.trim().to_ascii_uppercase()))
            .map(|&i| &self.countries[i])
    }

    /// Every country word in `text`, on word boundaries, in text order.
    /// A name followed by a word that makes it something else ("Niger
    /// State", "Niger River", "Congo Basin") is left out.
    pub fn words(&self, text: &str) -> Vec<CountryWord> {
        let mut out = Vec::new();
        for m in self.leftmost_longest(text) {
            let (start, end) = (m.start(), m.end());
            if !is_word_boundary(text, start, end) {
                continue;
            }
            let (country, kind) = self.pattern_info[m.pattern().as_usize()];
            if kind == CountryWordKind::Name
                && (followed_by_non_country_noun(&text[end..])
                    || ends_a_body_name(&text[..start], &text[start..end]))
            {
                continue;
            }
            out.push(CountryWord {
                start,
                end,
                country,
                kind,
            });
        }
        out
    }
}

impl CountryTable {
    /// The automaton's leftmost-longest matches in `text`, left to right
    /// and without overlap, as `find_iter` of an unanchored automaton gives
    /// them.
    ///
    /// Names open with a capital (or "the", "e"), so a sentence has few
    /// places where one can start, and an unanchored automaton stepping
    /// through every byte of every sentence was a few per cent of a run.
    /// Here the bytes are read for a pair some pattern opens with and the
    /// automaton runs anchored there: the first place with a match holds
    /// the leftmost match, and the anchored leftmost-longest search gives
    /// its longest pattern, so the matches are the same.
    fn leftmost_longest<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = aho_corasick::Match> + 't {
        let bytes = text.as_bytes();
        // A match starting at `at` is a pattern opening with the pair
        // there, at least as long as the pair's `prefix_len`, so the
        // text's next `prefix_len` bytes are its opening, whose bit is set:
        // a clear bit rules out a match (every "the" but "the States" and
        // "the Ukraine", every "The" but "Thai..."), a set one may be a
        // collision, which the automaton then rejects. Near the text's end
        // the automaton decides.
        let may_open = move |at: usize| match bytes.get(at + 1) {
            Some(&second) => {
                let pair = usize::from(bytes[at]) << 8 | usize::from(second);
                self.opening_pairs[pair / 64] & (1 << (pair % 64)) != 0
                    && bytes
                        .get(at..at + usize::from(self.prefix_len[pair]))
                        .is_none_or(|opening| {
                            let h = prefix_hash(opening);
                            self.opening_prefixes[h / 64] & (1 << (h % 64)) != 0
                        })
            }
            None => self.single_bytes[usize::from(bytes[at])],
        };
        let mut from = 0;
        std::iter::from_fn(move || {
            loop {
                if from >= bytes.len() {
                    return None;
                }
                // A match starting at `at` holds an anchor byte at most
                // `anchor_reach` bytes on, at or after `from`, so it starts
                // no earlier than `anchor_reach` before the first anchor
                // from `from`, and none starts where no anchor follows:
                // only the places from there to the anchor are read, in
                // order, and `from` then moves past the anchor. Most text
                // is lower case and passed eight bytes at a time.
                let (window_start, window_end) = match self.anchor_reach {
                    Some(reach) => {
                        let anchor = from + next_anchor(&bytes[from..])?;
                        (anchor.saturating_sub(reach).max(from), anchor + 1)
                    }
                    None => (from, bytes.len()),
                };
                for (k, &b) in bytes[window_start..window_end].iter().enumerate() {
                    let at = window_start + k;
                    // A byte no pattern opens with is passed over by a
                    // table look-up before its pair is read: `may_open` is
                    // false there.
                    if !self.opening_bytes[usize::from(b)] || !may_open(at) {
                        continue;
                    }
                    let input = aho_corasick::Input::new(text)
                        .span(at..text.len())
                        .anchored(aho_corasick::Anchored::Yes);
                    if let Some(m) = self.finder.find(input) {
                        from = m.end();
                        return Some(m);
                    }
                }
                from = window_end;
            }
        })
    }
}

/// True when `text[start..end]` is not glued to letters or digits on either side.
pub(crate) fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// "Kelto Security USA", "Amnesty International UK": a country's
/// abbreviation in capitals one space after a capitalised name is the last
/// word of a company's or a body's name, no sign of where things happened.
/// Not after a number or a determiner ("Two US soldiers", "The UK
/// government"), nor after a name in capitals ("NATO US").
fn ends_a_body_name(before: &str, written: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "the", "a", "an", "no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "all", "some", "any", "many", "several", "both", "each", "every", "our",
        "their", "his", "her", "its", "former", "other", "more", "most", "few", "unnamed",
    ];
    if written.len() > 4 || !written.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let word_start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |k| {
            k + head[k..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &head[word_start..];
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.any(char::is_lowercase)
        && !NOT_NAMES.contains(&word.to_lowercase().as_str())
}

/// Words after a country name that turn it into a river, a state, a street.
fn followed_by_non_country_noun(rest: &str) -> bool {
    const NOUNS: &[&str] = &[
        "river",
        "state",
        "delta",
        "basin",
        "street",
        "avenue",
        "road",
        "boulevard",
        "valley",
        "lake",
        "bend",
        "inland",
        "province",
        "region",
        "county",
        "hotel",
        "airways",
        "airlines",
        "square",
        "bridge",
        "mountains",
    ];
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    NOUNS.contains(&word.as_str())
}

/// The country of a header line ("MALI", "MALI 2021", "Burkina Faso 2020").
fn header_country(table: &CountryTable, text: &str) -> Option<usize> {
    for line in text.lines().take(400) {
        let line = line.trim();
        if line.is_empty() || line.len() > 60 {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let name_words: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !(w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())))
            .collect();
        if name_words.is_empty() || name_words.len() == words.len() && !is_all_caps(line) {
            // A title-case line counts only with a year beside it; a line in
            // capitals counts alone ("MALI").
            continue;
        }
        let name = name_words.join(" ");
        if let Some(&index) = table.by_key.get(&name_key(&name)) {
            let country = &table.countries[index];
            // A header names the country, not its people ("MALIAN").
            let is_demonym = country
                .demonyms
                .iter()
                .any(|d| name_key(d) == name_key(&name));
            if !is_demonym {
                return Some(index);
            }
        }
    }
    None
}

fn is_all_caps(line: &str) -> bool {
    line.chars().any(|c| c.is_alphabetic()) && !line.chars().any(|c| c.is_lowercase())
}

/// Count country words; a name counts twice a demonym, since "French forces"
/// in Mali is weaker evidence of France than "in France" is. `extra` adds
/// other votes (the places of the text, by country index).
pub(crate) fn detect(
    text: &str,
    extra: &[(usize, u32)],
    named: &[(String, bool)],
    unlisted_place: bool,
) -> Option<&'static Country> {
    let table = table();
    if let Some(index) = header_country(table, text) {
        return Some(&table.countries[index]);
    }
    let mut scores: HashMap<usize, u32> = HashMap::new();
    // "Turkish troops", "French Barkhane forces": a state's forces are often
    // abroad, so they name the document's country only when nothing else
    // does.
    let mut forces: HashMap<usize, u32> = HashMap::new();
    for word in table.words(text) {
        let weight = match word.kind {
            CountryWordKind::Name => 2,
            CountryWordKind::Demonym => 1,
        };
        // "near the Niger border", "the border with Niger": a neighbour
        // named to say where a place lies, not the country it is in.
        if word.kind == CountryWordKind::Name && names_a_border(text, word.start, word.end) {
            continue;
        }
        let tally = if names_forces(&text[word.end..]) {
            &mut forces
        } else {
            &mut scores
        };
        *tally.entry(word.country).or_default() += weight;
    }
    for &(country, weight) in extra {
        *scores.entry(country).or_default() += weight;
    }
    // Countries an armed group of the text belongs to. A named group or
    // a people of one country ("Dan Na Ambassagou", "Dogon militiamen")
    // counts like the country's name: it outweighs a lone small town that
    // has a namesake abroad.
    let mut group_home: Vec<usize> = Vec::new();
    for (iso3, force) in named {
        if let Some(country) = table.index_of_iso3(iso3) {
            let (tally, weight) = if *force {
                (&mut forces, 1)
            } else {
                (&mut scores, 2)
            };
            *tally.entry(country).or_default() += weight;
            if !*force && !group_home.contains(&country) {
                group_home.push(country);
            }
        }
    }
    // A force counts for its own country unless another country has
    // evidence of its own: a name, a region, a sizeable town, two
    // mentions ("Israeli forces raided Qalqiliyah"), or an armed group of
    // that country ("French forces struck JNIM"); a single small namesake
    // town does not outweigh it.
    // Judged on the other evidence alone, so that the order of the forces
    // does not matter.
    // A force also counts where its own country already has at least as
    // much other evidence as any other ("the Malian army struck a JNIM
    // camp near Yoro": a group of the force's country against one town of
    // a namesake country), so that it breaks the tie.
    let admitted: Vec<(usize, u32)> = forces
        .into_iter()
        .filter(|&(country, _)| {
            let own = scores.get(&country).copied().unwrap_or(0);
            let abroad = scores
                .iter()
                .any(|(&c, &w)| c != country && (w >= 2 || group_home.contains(&c)));
            let leads = own > 0 && scores.iter().all(|(&c, &w)| c == country || w <= own);
            // "French soldiers fired on a truck near Tinfara": the
            // gazetteer lists the small places of a few countries
            // thoroughly, so a place it lacks, in a text that names none
            // of the force's own, is most likely where the force is
            // deployed, not at home.
            let deployed = unlisted_place && own == 0 && densely_listed(table, country);
            (!abroad || leads) && !deployed
        })
        .collect();
    for (country, weight) in admitted {
        *scores.entry(country).or_default() += weight;
    }
    let mut ranked: Vec<(usize, u32)> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    match ranked.as_slice() {
        [] => None,
        [(best, _)] => Some(&table.countries[*best]),
        [(best, first), (_, second), ..] => {
            // Clear means ahead by half again as much.
            if *first * 2 >= *second * 3 && first > second {
                Some(&table.countries[*best])
            } else {
                None
            }
        }
    }
}

/// Countries whose towns the gazetteer lists so thoroughly (7,000 places
/// or more) that a place name it does not know is unlikely to be one of
/// theirs.
pub(crate) fn densely_listed(table: &CountryTable, country: usize) -> bool {
    const DENSE: usize = 7_000;
    static COUNTS: OnceLock<FxHashMap<&'static str, usize>> = OnceLock::new();
    let counts = COUNTS.get_or_init(|| {
        let mut counts: FxHashMap<&'static str, usize> = FxHashMap::default();
        for place in &super::gazetteer::gazetteer().places {
            *counts.entry(place.cc).or_default() += 1;
        }
        counts
    });
    counts
        .get(table.countries[country].iso2.as_str())
        .is_some_and(|&n| n >= DENSE)
}

/// Whether the country name at `text[start..end]` names a border: "the
/// Niger border", "Niger's border", "the Mali-Niger border", "the border
/// with Niger", "the frontier of Niger", "bordering Niger".
fn names_a_border(text: &str, start: usize, end: usize) -> bool {
    let is_border = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "border" | "borders" | "frontier" | "frontiers"
        )
    };
    let after = &text[end..];
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("\u{2019}s"))
        .unwrap_or(after);
    // The border word next, or after another country's capitalised name
    // ("the Mali-Burkina Faso border", "the Mali and Niger border").
    for word in after
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(4)
    {
        if is_border(word) {
            return true;
        }
        if !(word == "and" || word.starts_with(|c: char| c.is_uppercase())) {
            break;
        }
    }
    let before = text[..start].trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    if before.ends_with("bordering") || before.ends_with("Bordering") {
        return true;
    }
    let Some(before) = before
        .strip_suffix("with")
        .or_else(|| before.strip_suffix("of"))
    else {
        return false;
    };
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    is_border(last)
}

/// Words that make a country word before them a state's armed forces
/// ("Turkish troops", "Russian air strikes", "Saudi-led coalition").
const FORCE_WORDS: &[&str] = &[
    "forces",
    "force",
    "troops",
    "soldiers",
    "soldier",
    "army",
    "armed",
    "military",
    "navy",
    "naval",
    "air",
    "airstrike",
    "airstrikes",
    "aircraft",
    "aircrafts",
    "warplanes",
    "warplane",
    "jets",
    "helicopters",
    "helicopter",
    "drone",
    "drones",
    "warships",
    "artillery",
    "tanks",
    "special",
    "commandos",
    "paratroopers",
    "marines",
    "peacekeepers",
    "contingent",
    "battalion",
    "units",
    "patrol",
    "convoy",
    "column",
    "coalition",
];

/// Whether the words after a country word make it a state's forces: a
/// force word next, or after "-led", one capitalised name ("French
/// Barkhane forces") or "regime".
fn names_forces(rest: &str) -> bool {
    let rest = rest.strip_prefix("-led").unwrap_or(rest);
    let mut words = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty());
    let is_force = |w: &str| FORCE_WORDS.contains(&w.to_lowercase().as_str());
    let Some(first) = words.next() else {
        return false;
    };
    if !rest.starts_with([' ', '\u{a0}']) {
        return false;
    }
    if is_force(first) {
        return true;
    }
    // "French and Malian forces": the first of two demonyms joined by
    // "and" shares the second's head.
    if first == "and" {
        let demonym = words.next();
        let head = words.next();
        return demonym.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            && head.is_some_and(is_force);
    }
    let between = first == "regime" || first.chars().next().is_some_and(char::is_uppercase);
    between && words.next().is_some_and(is_force)
}

impl CountryTable {
    /// Whether a folded single word ("mali", "malian") names a country or
    /// its people; no allocation.
    pub fn is_country_word(&self, folded: &str) -> bool {
        self.by_key.contains_key(folded)
    }

    pub fn index_of_iso3(&self, iso3: &str) -> Option<usize> {
        self.by_iso3.get(iso3).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-byte test finds the first capital or byte beyond ASCII
    /// as a byte-by-byte scan does, for every byte at every offset.
    #[test]
    fn next_anchor_is_the_first_anchor_byte() {
        for b in 0..=u8::MAX {
            for at in 0..20 {
                let mut bytes = [b'a'; 20];
                bytes[at] = b;
                for len in 0..=20 {
                    let want = bytes[..len].iter().position(|&b| is_anchor(b));
                    assert_eq!(next_anchor(&bytes[..len]), want, "{b} at {at} of {len}");
                }
            }
        }
        assert_eq!(table().anchor_reach, Some(4));
    }

    /// The anchored searches at the byte pairs names open with find the
    /// matches an unanchored leftmost-longest automaton finds: names inside
    /// longer ones, glued to words, in capitals, at the text's ends, with
    /// accents and curly apostrophes, and random runs of names and words.
    #[test]
    fn anchored_search_finds_what_find_iter_finds() {
        let table = table();
        let every = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&table.patterns)
            .unwrap();
        let mut texts: Vec<String> = [
            "Troops from Mali and Niger crossed into Nigeria; a Malian and a Nigerien were held.",
            "Somalia, MALI, the Gambia and Guinea-Bissau; Papua New Guinea.",
            "In Côte d’Ivoire and Cote d'Ivoire, Ivorians voted. Zaïre",
            "Mali",
            "eSwatini",
            "",
            "Niger",
            "xMali Malix Mali.",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        let words = [
            "Mali",
            "Niger",
            "Nigeria",
            "the",
            "Gambia",
            "Guinea",
            "Bissau",
            "New",
            "Papua",
            "Malian",
            "Sudan",
            "South",
            "Congo",
            "Democratic",
            "Republic",
            "of",
            "UK",
            "US",
            "Côte",
            "d’Ivoire",
            "Ségou",
            "village",
            "town",
            "x",
            "2021",
            "Korea",
            "North",
            "the States",
            "the Ukraine",
            "the",
            "eSwatini",
            "ESWATINI",
            "Åland",
            "é",
            "THE UKRAINE",
        ];
        let separators = [" ", " ", "-", ", ", "", "’", ".", "\n"];
        let mut next = crate::extract::test_rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..1 + next(16) {
                text.push_str(words[next(words.len())]);
                text.push_str(separators[next(separators.len())]);
            }
            texts.push(text);
        }
        for text in &texts {
            let want: Vec<(usize, usize, usize)> = every
                .find_iter(text.as_str())
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let got: Vec<(usize, usize, usize)> = table
                .leftmost_longest(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
