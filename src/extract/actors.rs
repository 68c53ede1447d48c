//! Actors: who did what to whom, named and typed the way ACLED does.
//!
//! The knowledge base lives in `src/data/actors/*.csv` (data, not code) and
//! is compiled once into two Aho-Corasick automata over every alias (one
//! for acronym-like aliases that must match in their own case, one that
//! ignores ASCII case for the rest):
//!
//! - `groups.csv`: named actors (armed groups, named state units, missions)
//!   with the ACLED-style name, the inter code and the country;
//! - `state.csv`: words for state forces ("soldiers", "the gendarmerie") that
//!   take their country from a demonym ("Nigerian soldiers"), an "of"
//!   phrase ("the army of Mali") or the document's country;
//! - `generic.csv`: unnamed actors ("gunmen", "villagers", "protesters");
//! - `ethnic.csv`: ethnic and communal labels ("Fulani", "Dozo") that turn a
//!   following "militia"/"gunmen" into an identity militia, with the
//!   country most of the people live in when one country holds most of
//!   them (evidence of the document's country; blank for peoples spread
//!   over several, as the Fulani are);
//! - `kinds.csv`: the name template and type of each kind of unnamed actor;
//! - `parties.csv`: the named groups of `groups.csv` that are political
//!   parties, whose members attacked are civilians, not a side in a battle
//!   (a party's armed wing stays a militia and is not listed);
//! - `variants.csv`: names that depend on the document's country ("Islamic
//!   State" is "Islamic State (Iraq)" in Iraq; "peacekeepers" are MINUSMA in
//!   Mali).
//!
//! Conventions follow ACLED's codebook where the brief and ACLED disagree:
//! a state's forces acting outside their own country are External/Other
//! forces (inter 8), as ACLED codes French forces in Mali; unarmed officials
//! who are targeted (mayors, prefects) are Civilians; unnamed "militants" and
//! "terrorists" are an Unidentified Armed Group (inter 3); unnamed
//! "jihadists"/"Islamist militants" are ACLED's "Islamist Militia" (inter 3).
//! ACLED's period suffixes ("Military Forces of Mali (2013-2020)") are left
//! out: they depend on the event's date, which this stage does not know.
//!
//! How a sentence becomes mentions:
//!
//! 1. Aliases are found as whole words, longest first; hits joined only by
//!    spaces, hyphens, parentheses or words like "affiliated" form one
//!    phrase ("suspected Katiba Macina (JNIM) militants").
//! 2. A phrase resolves to a named actor when it holds one (a group in
//!    parentheses is the coalition ACLED codes; "JNIM and/or ISGS" keeps
//!    both), else to an identity militia (ethnic label + armed word), state
//!    forces (country from a demonym, "of <Country>" or the document), or
//!    an unnamed actor. Hedges ("suspected", "presumed", "alleged",
//!    "unidentified") belong to the mention's text, never to its name.
//! 3. Sentence rules: whoever demonstrates is Protesters (Rioters when the
//!    sentence has riot cues) unless an armed actor leads the sentence; an
//!    explosive device, or a killing with no one named before it, stands
//!    for an "Unidentified Armed Group" (ACLED's convention for unnamed
//!    perpetrators).
//! 4. Acronyms the document defines ("Full Name (ACR)", "ACR (Full Name)")
//!    are recognised in every sentence; unknown ones are named "ACR: Full
//!    Name" with a type guessed from their words ("Front" a rebel group,
//!    "Police" state forces), or dropped when the words name no armed actor.

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA as ContiguousNfa;
use aho_corasick::MatchKind;
use regex::Regex;
use serde::Serialize;

use super::places::{country_by_iso3, country_by_name, densely_listed};
use super::{occurrences, replace_occurrences, LeanRegex, LeanSet, Span};

/// ACLED's actor types (inter codes 1-8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ActorType {
    #[serde(rename = "State forces")]
    StateForces = 1,
    #[serde(rename = "Rebel group")]
    RebelGroup = 2,
    #[serde(rename = "Political militia")]
    PoliticalMilitia = 3,
    #[serde(rename = "Identity militia")]
    IdentityMilitia = 4,
    #[serde(rename = "Rioters")]
    Rioters = 5,
    #[serde(rename = "Protesters")]
    Protesters = 6,
    #[serde(rename = "Civilians")]
    Civilians = 7,
    #[serde(rename = "External/Other forces")]
    External = 8,
}

impl ActorType {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::StateForces => "State forces",
            ActorType::RebelGroup => "Rebel group",
            ActorType::PoliticalMilitia => "Political militia",
            ActorType::IdentityMilitia => "Identity militia",
            ActorType::Rioters => "Rioters",
            ActorType::Protesters => "Protesters",
            ActorType::Civilians => "Civilians",
            ActorType::External => "External/Other forces",
        }
    }

    /// ACLED's inter code.
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<ActorType> {
        Some(match code {
            1 => ActorType::StateForces,
            2 => ActorType::RebelGroup,
            3 => ActorType::PoliticalMilitia,
            4 => ActorType::IdentityMilitia,
            5 => ActorType::Rioters,
            6 => ActorType::Protesters,
            7 => ActorType::Civilians,
            8 => ActorType::External,
            _ => return None,
        })
    }
}

/// One actor named in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActorMention {
    pub span: Span,
    /// The words of the text ("Malian soldiers").
    pub text: String,
    /// The name as ACLED writes it ("Military Forces of Mali").
    pub name: String,
    pub actor_type: ActorType,
    /// ISO 3166-1 alpha-3 of the actor's country, when it has one.
    pub country_iso3: Option<String>,
    /// The words do not name the actor but imply one: a protest word
    /// standing for its protesters, an explosive device or a killing with
    /// no one named standing for an "Unidentified Armed Group". Assembly
    /// may prefer a named actor over an implicit one.
    pub implicit: bool,
}

/// What the actor extractor knows besides the sentence.
#[derive(Clone, Debug, Default)]
pub struct ActorContext {
    /// The document's country (ISO alpha-3), for "the army", "gunmen".
    pub country_iso3: Option<String>,
    /// Acronyms the document defined: "GSIM" -> "The Group for the Support of
    /// Islam and Muslims".
    pub acronyms: Acronyms,
}

/// The acronyms a document defines (a map from acronym to full name, which
/// it derefs to), indexed by the first word of each acronym and full name.
///
/// Every sentence looks for every learned name; an annual report defines
/// hundreds, and checking each of them against each sentence was a fifth of
/// the pipeline's time. With the index a sentence looks up its own words
/// and searches only for the names that start with one of them.
///
/// Each country chapter of an annual report has its own context, all with
/// the same acronyms: they are shared, not copied per chapter.
#[derive(Clone, Debug, Default)]
pub struct Acronyms {
    index: Arc<AcronymIndex>,
}

#[derive(Debug, Default)]
struct AcronymIndex {
    map: HashMap<String, String>,
    /// (acronym, full name), in the map's iteration order: the order in
    /// which hits of equal length and start were always pushed.
    entries: Vec<(String, String)>,
    /// First word of a needle -> (entry, 0 for the acronym, 1 for the full
    /// name), in entry order.
    by_first_word: FxHashMap<String, Vec<(u32, u8)>>,
    /// A bit per pair of first two bytes of `by_first_word`'s keys (see
    /// [`first_pair`]): most words of a sentence are no key, and this
    /// answers for them without hashing them.
    first_pairs: Vec<u64>,
    /// Needles with no word at all, searched in every sentence.
    wordless: Vec<(u32, u8)>,
}

impl From<HashMap<String, String>> for Acronyms {
    fn from(map: HashMap<String, String>) -> Acronyms {
        let entries: Vec<(String, String)> =
            map.iter().map(|(a, f)| (a.clone(), f.clone())).collect();
        let mut by_first_word: FxHashMap<String, Vec<(u32, u8)>> = FxHashMap::default();
        let mut wordless = Vec::new();
        for (e, (acronym, full)) in entries.iter().enumerate() {
            for (n, needle) in [acronym, full].into_iter().enumerate() {
                if needle.is_empty() {
                    continue;
                }
                let key = (e as u32, n as u8);
                match needle.split(is_name_sep).find(|w| !w.is_empty()) {
                    Some(first) => by_first_word
                        .entry(first.to_string())
                        .or_default()
                        .push(key),
                    None => wordless.push(key),
                }
            }
        }
        let mut first_pairs = vec![0u64; 1 << 16 >> 6];
        for key in by_first_word.keys() {
            let pair = first_pair(key);
            first_pairs[pair >> 6] |= 1 << (pair & 63);
        }
        Acronyms {
            index: Arc::new(AcronymIndex {
                map,
                entries,
                by_first_word,
                first_pairs,
                wordless,
            }),
        }
    }
}

impl std::ops::Deref for Acronyms {
    type Target = HashMap<String, String>;

    fn deref(&self) -> &HashMap<String, String> {
        &self.index.map
    }
}

impl Acronyms {
    /// The (acronym, full name, needle) triples whose needle's first word is
    /// one of `words` (a text's words, as [`word_spans`] cuts them), in the
    /// order of the entries and acronym before full name.
    fn candidates<'a, 'w>(
        &'a self,
        words: impl Iterator<Item = &'w str>,
    ) -> impl Iterator<Item = (&'a str, &'a str, &'a str)> {
        let index = &*self.index;
        let mut wanted = index.wordless.clone();
        if !index.by_first_word.is_empty() {
            for w in words {
                // A key equal to `w` has `w`'s first pair.
                let pair = first_pair(w);
                if index.first_pairs[pair >> 6] & 1 << (pair & 63) == 0 {
                    continue;
                }
                if let Some(keys) = index.by_first_word.get(w) {
                    wanted.extend_from_slice(keys);
                }
            }
        }
        wanted.sort_unstable();
        wanted.dedup();
        wanted.into_iter().map(move |(e, n)| {
            let (acronym, full) = &index.entries[e as usize];
            let needle = if n == 0 { acronym } else { full };
            (acronym.as_str(), full.as_str(), needle.as_str())
        })
    }
}

/// A word's first two bytes as a number below 2^16 (the second is 0 for
/// a one-byte word).
fn first_pair(word: &str) -> usize {
    let bytes = word.as_bytes();
    usize::from(bytes.first().copied().unwrap_or(0)) << 8
        | usize::from(bytes.get(1).copied().unwrap_or(0))
}

/// What separates the words of a learned name.
fn is_name_sep(c: char) -> bool {
    !is_word_char(c)
}

// ---------------------------------------------------------------------------
// Knowledge base

/// What an alias stands for.
#[derive(Clone, Debug)]
enum Atom {
    /// A named actor from groups.csv; `name` may be a `@key` of variants.csv.
    Group {
        name: String,
        actor_type: ActorType,
        iso3: Option<String>,
    },
    /// A word for state forces; the country comes from the context.
    State { kind: usize, weak: bool },
    /// An unnamed actor ("gunmen", "villagers").
    Generic { kind: usize, weak: bool },
    /// An ethnic or communal label ("Fulani"); `alone` when the label by
    /// itself names the militia ("Dozos"); `home` the country where most of
    /// its people live, when one country holds most of them ("Dogon"),
    /// as evidence of the document's country.
    Ethnic {
        label: String,
        alone: bool,
        home: Option<String>,
    },
}

impl Atom {
    /// Which atom wins when two aliases cover the same words.
    fn rank(&self) -> u8 {
        match self {
            Atom::Group { .. } => 0,
            Atom::State { .. } => 1,
            Atom::Generic { .. } => 2,
            Atom::Ethnic { .. } => 3,
        }
    }
}

/// A kind of unnamed actor: its name template and type.
#[derive(Clone, Debug)]
struct Kind {
    name: String,
    template: String,
    actor_type: ActorType,
}

struct Pattern {
    /// The alias as written in the data file.
    alias: String,
    /// Acronym-like aliases ("ISIS", "JeM") match only in their own case so
    /// that "isis" or "Jem" in running text do not count.
    case_sensitive: bool,
    atoms: Vec<Atom>,
}

/// One set of aliases, found by walking a leftmost-longest automaton
/// anchored at each word start: the longest alias there, or a shorter one
/// where the longest does not end on a word boundary ("Barkhane force" in
/// "Barkhane forces" falls back to "Barkhane").
struct Aliases {
    /// Leftmost-longest, walked anchored by [`Aliases::walk`].
    longest: ContiguousNfa,
    /// Whether `longest` holds the aliases ASCII-lower-cased and must read
    /// the text lower-cased (ASCII only, so every offset stays the same).
    lower: bool,
    /// The pairs of bytes an alias opens with, a bit each (`first << 8 |
    /// second`, lower-cased like the keys; a one-byte alias sets every pair
    /// it opens): a walk from a word start whose first two bytes are no
    /// such pair would die there without a match, so it is not made.
    openings: Vec<u64>,
    /// Pattern index in `Kb::patterns` of each automaton pattern.
    ids: Vec<usize>,
    /// For each automaton pattern, the last one spelled the same up to
    /// ASCII case (itself when it has no such twin): of several aliases
    /// matching the same words, [`shorter_at`] answers with that one.
    last_twin: Vec<usize>,
}

struct Kb {
    /// Aliases that ignore ASCII case, and the pattern index of each.
    folded: Aliases,
    /// Acronym-like aliases, matched in their own case: kept apart so that
    /// "IS" or "AA" do not report a match inside every "is" and "aa".
    exact: Aliases,
    patterns: Vec<Pattern>,
    kinds: Vec<Kind>,
    /// `(key, iso3 or "*")` -> (name, type) for country-dependent names.
    variants: HashMap<(String, String), (String, ActorType)>,
    /// Folded alias -> pattern index, to resolve full names learned from
    /// the text ("Group for the Support of Islam and Muslims (GSIM)").
    by_folded: HashMap<String, usize>,
}

const KINDS_CSV: &str = include_str!("../data/actors/kinds.csv");
const STATE_CSV: &str = include_str!("../data/actors/state.csv");
const GENERIC_CSV: &str = include_str!("../data/actors/generic.csv");
const ETHNIC_CSV: &str = include_str!("../data/actors/ethnic.csv");
const GROUPS_CSV: &str = include_str!("../data/actors/groups.csv");
const VARIANTS_CSV: &str = include_str!("../data/actors/variants.csv");
const PARTIES_CSV: &str = include_str!("../data/actors/parties.csv");

/// Whether a named actor (its name from groups.csv) is a political party.
/// Parties are typed political militia, the type of the violence their
/// members commit; their members who are attacked are civilians.
pub fn is_political_party(name: &str) -> bool {
    static PARTIES: OnceLock<Vec<String>> = OnceLock::new();
    PARTIES
        .get_or_init(|| {
            rows(PARTIES_CSV)
                .filter_map(|r| r.get(0).map(|n| n.trim().to_string()))
                .collect()
        })
        .iter()
        .any(|p| p == name)
}

/// Whether a named actor is a wing of a listed party: its name is the
/// party's acronym followed by a hyphen or a space and more words, as
/// ACLED names a party's youth league or faction
/// ("CNDD-FDD-Imbonerakure: ..." of "CNDD-FDD: ...").
pub fn is_party_wing(name: &str) -> bool {
    static ACRONYMS: OnceLock<Vec<String>> = OnceLock::new();
    ACRONYMS
        .get_or_init(|| {
            rows(PARTIES_CSV)
                .filter_map(|r| {
                    r.get(0)
                        .and_then(|n| n.split_once(':'))
                        .map(|(a, _)| a.trim().to_string())
                })
                .collect()
        })
        .iter()
        .any(|acronym| {
            name.strip_prefix(acronym.as_str())
                .is_some_and(|rest| rest.starts_with('-') || rest.starts_with(' '))
        })
}

/// Rows of a shipped CSV file with its header skipped. The files are part
/// of the binary, so a malformed row is a build-time bug that the unit
/// tests catch; at run time such a row is skipped rather than panicking.
fn rows(data: &'static str) -> impl Iterator<Item = csv::StringRecord> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(data.as_bytes())
        .into_records()
        .filter_map(Result::ok)
}

fn parse_type(field: &str) -> Option<ActorType> {
    field
        .trim()
        .parse::<u8>()
        .ok()
        .and_then(ActorType::from_code)
}

fn is_case_sensitive(alias: &str) -> bool {
    let upper = alias.chars().filter(|c| c.is_uppercase()).count();
    let has_lower = alias.chars().any(|c| c.is_lowercase());
    (upper >= 2 && !alias.contains(' ')) || (upper >= 1 && !has_lower)
}

/// Lower-case, accent-free, single-spaced, without a leading "the": the
/// form used to compare names.
fn fold(s: &str) -> String {
    let ascii = deunicode::deunicode(s).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for word in ascii
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        if out.is_empty() && word == "the" {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(build_kb)
}

fn build_kb() -> Kb {
    let mut kinds = Vec::new();
    let mut kind_index = HashMap::new();
    for row in rows(KINDS_CSV) {
        let (Some(name), Some(template), Some(ty)) = (row.get(0), row.get(1), row.get(2)) else {
            continue;
        };
        let Some(actor_type) = parse_type(ty) else {
            continue;
        };
        kind_index.insert(name.to_string(), kinds.len());
        kinds.push(Kind {
            name: name.to_string(),
            template: template.to_string(),
            actor_type,
        });
    }

    let mut patterns: Vec<Pattern> = Vec::new();
    let mut by_alias: HashMap<String, usize> = HashMap::new();
    let mut add = |alias: &str, atom: Atom, force_case: bool| {
        let alias = alias.trim();
        if alias.is_empty() {
            return;
        }
        let idx = *by_alias.entry(alias.to_string()).or_insert_with(|| {
            patterns.push(Pattern {
                alias: alias.to_string(),
                case_sensitive: force_case || is_case_sensitive(alias),
                atoms: Vec::new(),
            });
            patterns.len() - 1
        });
        patterns[idx].atoms.push(atom);
    };

    for row in rows(GROUPS_CSV) {
        let (Some(alias), Some(name), Some(ty), Some(iso3)) =
            (row.get(0), row.get(1), row.get(2), row.get(3))
        else {
            continue;
        };
        let Some(actor_type) = parse_type(ty) else {
            continue;
        };
        let iso3 = (!iso3.is_empty()).then(|| iso3.to_string());
        add(
            alias,
            Atom::Group {
                name: name.to_string(),
                actor_type,
                iso3,
            },
            false,
        );
    }
    for (data, is_state) in [(STATE_CSV, true), (GENERIC_CSV, false)] {
        for row in rows(data) {
            let (Some(alias), Some(kind), Some(weak)) = (row.get(0), row.get(1), row.get(2)) else {
                continue;
            };
            let Some(&kind) = kind_index.get(kind) else {
                continue;
            };
            let weak = weak == "1";
            let atom = if is_state {
                Atom::State { kind, weak }
            } else {
                Atom::Generic { kind, weak }
            };
            add(alias, atom, false);
        }
    }
    for row in rows(ETHNIC_CSV) {
        let (Some(word), Some(label), Some(alone)) = (row.get(0), row.get(1), row.get(2)) else {
            continue;
        };
        // Ethnic names are proper nouns; matching them in any case would
        // turn "fur" or "bodo" in running text into militias.
        add(
            word,
            Atom::Ethnic {
                label: label.to_string(),
                alone: alone == "1",
                home: row
                    .get(4)
                    .map(str::trim)
                    .filter(|h| !h.is_empty())
                    .map(String::from),
            },
            true,
        );
    }
    for p in &mut patterns {
        p.atoms.sort_by_key(Atom::rank);
    }

    let mut variants = HashMap::new();
    for row in rows(VARIANTS_CSV) {
        let (Some(key), Some(iso3), Some(name), Some(ty)) =
            (row.get(0), row.get(1), row.get(2), row.get(3))
        else {
            continue;
        };
        let Some(actor_type) = parse_type(ty) else {
            continue;
        };
        variants.insert(
            (key.to_string(), iso3.to_string()),
            (name.to_string(), actor_type),
        );
    }

    let mut by_folded = HashMap::new();
    for (i, p) in patterns.iter().enumerate() {
        if p.atoms.iter().any(|a| matches!(a, Atom::Group { .. })) {
            by_folded.entry(fold(&p.alias)).or_insert(i);
        }
    }

    let build = |case_sensitive: bool| {
        let ids: Vec<usize> = (0..patterns.len())
            .filter(|&i| patterns[i].case_sensitive == case_sensitive)
            .collect();
        // Aliases that ignore ASCII case are searched lower-cased in a
        // lower-cased text (the same matches, at the same offsets): half the
        // transitions of an automaton that ignores case itself, so a faster
        // build and search.
        let keys: Vec<String> = ids
            .iter()
            .map(|&i| {
                let alias = &patterns[i].alias;
                if case_sensitive {
                    alias.clone()
                } else {
                    alias.to_ascii_lowercase()
                }
            })
            .collect();
        // A full DFA measured no faster than the contiguous NFA on the gold
        // texts, and takes megabytes and a slow build. The walks are
        // anchored, so no prefilter is built.
        let longest = aho_corasick::nfa::contiguous::NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(&keys)
            .expect("the actor aliases form a valid automaton");
        let mut openings = vec![0u64; 65536 / 64];
        for key in &keys {
            let bytes = key.as_bytes();
            let pairs = match bytes {
                [first] => usize::from(*first) << 8..(usize::from(*first) + 1) << 8,
                [first, second, ..] => {
                    let pair = usize::from(*first) << 8 | usize::from(*second);
                    pair..pair + 1
                }
                [] => 0..65536,
            };
            for pair in pairs {
                openings[pair / 64] |= 1 << (pair % 64);
            }
        }
        let mut last: HashMap<&str, usize> = HashMap::new();
        for (n, key) in keys.iter().enumerate() {
            last.insert(key, n);
        }
        let last_twin = keys.iter().map(|key| last[key.as_str()]).collect();
        Aliases {
            longest,
            lower: !case_sensitive,
            openings,
            ids,
            last_twin,
        }
    };
    let folded = build(false);
    let exact = build(true);
    Kb {
        folded,
        exact,
        patterns,
        kinds,
        variants,
        by_folded,
    }
}

// ---------------------------------------------------------------------------
// Acronyms defined in the text

fn acronym_in_parens() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\(([A-Z][A-Za-z0-9&'/-]{1,11})\)").unwrap())
}

/// "ACR (Full Name)" where the acronym starts a word. The word boundary is
/// ASCII's, so that the regex crate's fast engine runs over the whole
/// document (with Unicode's it fell back to the PikeVM at the first curly
/// quote, a few per cent of the pipeline); [`acronyms_then_parens`] drops
/// the matches that Unicode's boundary would not allow.
fn acronym_then_parens() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?-u:\b)([A-Z][A-Za-z0-9&/-]{1,11}) \(([A-Z][^()]{4,120})\)").unwrap()
    })
}

/// The matches of `\b([A-Z]...) \((...)\)` with Unicode's word boundary,
/// in order. The pattern starts with an ASCII capital, so the two
/// boundaries differ only after a non-ASCII letter or digit ("éABC"), where
/// ASCII sees a boundary and Unicode does not: such a match is dropped and
/// the search goes on from the next character, exactly as the Unicode
/// regex would have searched.
fn acronyms_then_parens(text: &str) -> impl Iterator<Item = regex::Captures<'_>> {
    let re = acronym_then_parens();
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let caps = re.captures_at(text, pos)?;
        let whole = caps.get(0)?;
        let glued = text[..whole.start()]
            .chars()
            .next_back()
            // Unicode's \w, by the table regex-syntax gives the regex
            // crate (compiling `^\w$` to ask it cost more than the
            // extraction of a short report).
            .is_some_and(|c| !c.is_ascii() && regex_syntax::is_word_character(c));
        if glued {
            pos = whole.start() + 1;
            continue;
        }
        pos = whole.end();
        return Some(caps);
    })
}

/// Words that may sit inside a proper name without a capital.
const NAME_GLUE: &[&str] = &[
    "of", "the", "for", "and", "de", "du", "des", "la", "le", "les", "l", "d", "in", "al", "el",
    "wal", "wa", "lid", "ul", "e", "i", "et", "en", "pour", "au", "aux", "à", "del", "y",
];

fn looks_like_acronym(acr: &str) -> bool {
    acr.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The proper name that ends just before byte `end` of `text`: the longest
/// run of capitalized words and glue words, trimmed so that it starts with
/// a capitalized word, preferably one whose initial is the acronym's.
fn name_before(text: &str, end: usize, acr: &str) -> Option<String> {
    let head = text.get(..end)?.trim_end();
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut rest = head;
    while words.len() < 14 {
        let trimmed = rest.trim_end();
        if trimmed.is_empty() {
            break;
        }
        // After the last whitespace char, which may be wider than a byte
        // (U+2000 and its kin).
        let start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &trimmed[start..];
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() || word.ends_with([',', ';', ':', '.', ')']) {
            break;
        }
        let glue = NAME_GLUE.contains(&bare.to_lowercase().as_str())
            || bare
                .split(['\'', '’'])
                .next()
                .is_some_and(|p| NAME_GLUE.contains(&p.to_lowercase().as_str()) && p.len() <= 2);
        if !(is_capitalized(bare) || glue) {
            break;
        }
        words.push((start, word));
        rest = &trimmed[..start];
    }
    words.reverse();
    let first_letter = acr.chars().next()?.to_ascii_uppercase();
    let capital_at = |i: usize| is_capitalized(words[i].1.trim_start_matches(['(', '"', '“']));
    let starts: Vec<usize> = (0..words.len()).filter(|&i| capital_at(i)).collect();
    let chosen = starts
        .iter()
        .copied()
        .find(|&i| {
            words.len() - i >= 2
                && deunicode::deunicode(words[i].1)
                    .chars()
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(|c| c.to_ascii_uppercase() == first_letter)
        })
        .or_else(|| starts.first().copied())?;
    let capitals = (chosen..words.len()).filter(|&i| capital_at(i)).count();
    if words.len() - chosen < 2 || capitals < 2 {
        return None;
    }
    let name = head.get(words[chosen].0..)?.trim();
    Some(name.to_string())
}

/// Acronyms a document defines for itself: "The Group for the Support of
/// Islam and Muslims (GSIM)".
pub fn learn_acronyms(text: &str) -> Acronyms {
    let mut found = HashMap::new();
    for caps in acronym_in_parens().captures_iter(text) {
        let (Some(whole), Some(acr)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if !looks_like_acronym(acr.as_str()) || found.contains_key(acr.as_str()) {
            continue;
        }
        if let Some(name) = name_before(text, whole.start(), acr.as_str()) {
            found.insert(acr.as_str().to_string(), name);
        }
    }
    for caps in acronyms_then_parens(text) {
        let (Some(acr), Some(inner)) = (caps.get(1), caps.get(2)) else {
            continue;
        };
        let inner = inner.as_str().trim();
        let capitals = inner
            .split_whitespace()
            .filter(|w| is_capitalized(w))
            .count();
        if !looks_like_acronym(acr.as_str())
            || found.contains_key(acr.as_str())
            || capitals < 2
            || inner.contains(',')
        {
            continue;
        }
        found.insert(acr.as_str().to_string(), inner.to_string());
    }
    Acronyms::from(found)
}

/// A type for a name the knowledge base does not know, guessed from its
/// words; `None` when the words do not suggest an armed actor (an NGO, a
/// ministry, a place).
fn guess_type(name: &str) -> Option<ActorType> {
    let folded = fold(name);
    let has = |w: &str| folded.split(' ').any(|x| x == w);
    let has_phrase = |p: &str| folded.contains(p);
    if has("mission") && (has("nations") || has("union") || has("stabilization"))
        || has("multinational")
        || has_phrase("united nations")
        || has_phrase("african union")
    {
        return Some(ActorType::External);
    }
    let rebel_words = [
        "liberation",
        "revolutionary",
        "rebel",
        "rebels",
        "resistance",
        "jihad",
        "mujahideen",
        "islamic",
        "insurgent",
        "separatist",
        "front",
        "movement",
    ];
    let rebel = rebel_words.iter().any(|w| has(w));
    let state = has("police")
        || has("gendarmerie")
        || has_phrase("armed forces")
        || has_phrase("defence force")
        || has_phrase("defense force")
        || has_phrase("security forces")
        || has_phrase("national guard")
        || has_phrase("national army")
        || has("intelligence");
    if state && !rebel {
        return Some(ActorType::StateForces);
    }
    if has("militia") || has("militias") || has("vigilante") || has("vigilantes") {
        let identity = [
            "ethnic",
            "communal",
            "community",
            "hunters",
            "tribal",
            "clan",
        ]
        .iter()
        .any(|w| has(w));
        return Some(if identity {
            ActorType::IdentityMilitia
        } else {
            ActorType::PoliticalMilitia
        });
    }
    if has("self") && (has("defense") || has("defence")) || has("brigade") || has("brigades") {
        return Some(ActorType::PoliticalMilitia);
    }
    if rebel || has("army") || has("forces") || has("coalition") || has("alliance") {
        return Some(ActorType::RebelGroup);
    }
    None
}

// ---------------------------------------------------------------------------
// Matching

/// One alias found in the sentence (offsets relative to the sentence).
#[derive(Clone, Debug)]
struct Hit {
    start: usize,
    end: usize,
    what: HitKind,
}

#[derive(Clone, Debug)]
enum HitKind {
    Pattern(usize),
    /// An acronym or full name the document defined.
    Learned {
        acronym: String,
        full: String,
    },
}

fn is_word_char(c: char) -> bool {
    super::is_word_char(c)
}

fn at_word_bounds(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// "government-held areas", "army-run camps": the actor word describes a
/// thing, not an actor doing something.
fn is_adjectival(after: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "-held",
        "-controlled",
        "-run",
        "-owned",
        "-occupied",
        "-appointed",
        "-sponsored",
        "-operated",
        "-manned",
    ];
    SUFFIXES.iter().any(|s| {
        after.len() >= s.len() && after.as_bytes()[..s.len()].eq_ignore_ascii_case(s.as_bytes())
    })
}

/// Whether `[start, end)` is a whole-word alias occurrence that names an
/// actor rather than describing a thing.
fn is_whole(text: &str, start: usize, end: usize) -> bool {
    text.is_char_boundary(end)
        && at_word_bounds(text, start, end)
        && !is_adjectival(&text[end..])
        && !is_jurisdiction(text, start, end)
}

/// "in Kewata village under Dalsing Sarai police station", "within the
/// police station limits": in South Asian reports a police station names
/// the area a place lies in, not a force that acted.
fn is_jurisdiction(text: &str, start: usize, end: usize) -> bool {
    // The words after the hit, compared ignoring ASCII case in place (not
    // in a lower-cased copy of the rest of the sentence, which every whole
    // alias hit paid for).
    let starts = |s: &[u8], word: &str| {
        s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word.as_bytes())
    };
    let after = &text.as_bytes()[end..];
    if !starts(after, " station") {
        return false;
    }
    let rest = &after[" station".len()..];
    let rest = match rest.first() {
        Some(b's' | b'S') => &rest[1..],
        _ => rest,
    };
    if [" limits", " area", " jurisdiction"]
        .iter()
        .any(|w| starts(rest, w))
    {
        return true;
    }
    let mut from = start.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text[from..start].to_ascii_lowercase();
    before
        .rfind("under ")
        .is_some_and(|i| !before[i..].contains([',', ';', '.']))
}

/// The words of `text` (maximal runs of word characters, as
/// `text.split(is_name_sep)` gives the non-empty ones) as byte ranges:
/// found once per sentence for the alias walks, which start at word starts,
/// and for the learned names' first words.
fn word_spans(text: &str, out: &mut Vec<(usize, usize)>) {
    // Each byte's class: an ASCII byte is a word character exactly when it
    // is a letter or a digit (no combining mark is ASCII); a non-ASCII
    // byte begins a character that `is_word_char` decides. The runs of
    // ASCII bytes of one class are skipped by a plain scan of the table.
    const SEPARATOR: u8 = 0;
    const WORD: u8 = 1;
    const NON_ASCII: u8 = 2;
    const CLASS: [u8; 256] = {
        let mut class = [NON_ASCII; 256];
        let mut b = 0;
        while b < 0x80 {
            class[b] = if (b as u8).is_ascii_alphanumeric() {
                WORD
            } else {
                SEPARATOR
            };
            b += 1;
        }
        class
    };
    let bytes = text.as_bytes();
    let class = |b: u8| CLASS[usize::from(b)];
    // The character at `i` (a non-ASCII one): whether it is a word
    // character, and its length.
    let decode = |i: usize| {
        let c = text[i..].chars().next().unwrap_or_default();
        (is_word_char(c), c.len_utf8())
    };
    let mut i = 0;
    loop {
        // The characters between two words.
        loop {
            match bytes[i..].iter().position(|&b| class(b) != SEPARATOR) {
                Some(skip) => i += skip,
                None => return,
            }
            if class(bytes[i]) == WORD {
                break;
            }
            let (word, len) = decode(i);
            if word {
                break;
            }
            i += len;
        }
        let start = i;
        loop {
            match bytes[i..].iter().position(|&b| class(b) != WORD) {
                Some(skip) => i += skip,
                None => {
                    i = bytes.len();
                    break;
                }
            }
            if class(bytes[i]) == SEPARATOR {
                break;
            }
            let (word, len) = decode(i);
            if !word {
                break;
            }
            i += len;
        }
        out.push((start, i));
    }
}

impl Aliases {
    /// Whether an alias may begin at `start`, by the text's first two bytes
    /// there (see `openings`; the last byte of the text may begin one).
    fn may_open(&self, text: &str, start: usize) -> bool {
        let bytes = text.as_bytes();
        let Some(&second) = bytes.get(start + 1) else {
            return true;
        };
        let (first, second) = if self.lower {
            (
                bytes[start].to_ascii_lowercase(),
                second.to_ascii_lowercase(),
            )
        } else {
            (bytes[start], second)
        };
        let pair = usize::from(first) << 8 | usize::from(second);
        self.openings[pair / 64] & 1 << (pair % 64) != 0
    }

    /// Every alias the text spells from `start` on, as `(end, automaton
    /// pattern)` in the order of their ends: the walk an anchored
    /// leftmost-longest search of `longest` makes (aho-corasick's
    /// `try_find_fwd` with `Anchored::Yes`), with every match it passes
    /// kept, not just the last. The longest alias at `start` is the last
    /// one; the longest ending by some offset is the last one ending by
    /// it. `lower` automata read the text lower-cased (ASCII only).
    fn walk(&self, text: &str, start: usize, out: &mut Vec<(usize, usize)>) {
        out.clear();
        let nfa = &self.longest;
        let anchored = aho_corasick::Anchored::Yes;
        let Ok(mut sid) = nfa.start_state(anchored) else {
            return;
        };
        if nfa.is_match(sid) {
            out.push((start, nfa.match_pattern(sid, 0).as_usize()));
        }
        for (at, &b) in (start..).zip(&text.as_bytes()[start..]) {
            let b = if self.lower {
                b.to_ascii_lowercase()
            } else {
                b
            };
            sid = nfa.next_state(anchored, sid, b);
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    return;
                }
                if nfa.is_match(sid) {
                    let pid = nfa.match_pattern(sid, 0);
                    // A state's first match may be one copied from its
                    // failure state for unanchored searches, which starts
                    // after `start`: the anchored search skips it too.
                    if at < start + nfa.pattern_len(pid) {
                        out.push((at + 1, pid.as_usize()));
                    }
                }
            }
        }
    }
}

/// The longest whole alias starting at `start`, when the longest match
/// there is not whole, from the matches [`Aliases::walk`] found there.
fn shorter_at(
    aliases: &Aliases,
    text: &str,
    start: usize,
    matches: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let mut window_end = (start + 96).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    // The longest alias at `start` ending by `window_end`, then by the byte
    // before that one's end, and so on: the first whole one is the longest
    // whole one (no automaton of every overlapping match is needed). The
    // walk records at most one alias per end, so these are its matches
    // ending by `window_end`, longest first.
    for &(end, pattern) in matches.iter().rev() {
        if end > window_end {
            continue;
        }
        if is_whole(text, start, end) {
            return Some((end, aliases.last_twin[pattern]));
        }
        if end <= start {
            return None;
        }
    }
    None
}

/// The words of `text`, as [`word_spans`] cuts them.
fn words_of(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::with_capacity(text.len() / 4 + 1);
    word_spans(text, &mut words);
    words
}

/// The actor hits of `text`, whose words are `words` (see [`words_of`]).
fn find_hits(text: &str, words: &[(usize, usize)], ctx: &ActorContext) -> Vec<Hit> {
    let kb = kb();
    let mut hits = Vec::new();
    let mut matches = Vec::new();
    // The longest alias at each word start, walked anchored there: the
    // hits a leftmost-longest scan of the whole sentence gave when it moved
    // past a match inside a word ("man" in "command") to the word's end
    // and past a hit to its end. Every alias begins with a word character
    // (a unit test checks), so only a word start can begin a hit; and a
    // word start no hit covers has no alias at all, or that scan would
    // have found it first. A match that starts a word but does not end
    // one looks for a shorter alias at the same place.
    for aliases in [&kb.folded, &kb.exact] {
        let mut pos = 0;
        for &(start, _) in words {
            if start < pos || !aliases.may_open(text, start) {
                continue;
            }
            aliases.walk(text, start, &mut matches);
            let Some(&(end, pattern)) = matches.last() else {
                continue;
            };
            let found = if is_whole(text, start, end) {
                Some((end, pattern))
            } else {
                shorter_at(aliases, text, start, &matches)
            };
            if let Some((end, pattern)) = found {
                hits.push(Hit {
                    start,
                    end,
                    what: HitKind::Pattern(aliases.ids[pattern]),
                });
                pos = end;
            }
        }
    }
    // Only the learned names whose first word is a word of the sentence
    // can match (see `Acronyms`).
    let words = words.iter().map(|&(s, e)| &text[s..e]);
    for (acronym, full, needle) in ctx.acronyms.candidates(words) {
        for start in occurrences(text, needle) {
            let end = start + needle.len();
            if at_word_bounds(text, start, end) {
                hits.push(Hit {
                    start,
                    end,
                    what: HitKind::Learned {
                        acronym: acronym.to_string(),
                        full: full.to_string(),
                    },
                });
            }
        }
    }
    // Longest wins; among equals, the knowledge base before learned names
    // and the earlier hit first.
    hits.sort_by_key(|h| {
        (
            std::cmp::Reverse(h.end - h.start),
            h.start,
            matches!(h.what, HitKind::Learned { .. }),
        )
    });
    let mut chosen: Vec<Hit> = Vec::new();
    for h in hits {
        if chosen.iter().all(|c| h.end <= c.start || c.end <= h.start) {
            chosen.push(h);
        }
    }
    chosen.sort_by_key(|h| h.start);
    chosen
}

/// The countries of the named actors of a text, as evidence of the
/// text's country: `(iso3, is a state's force)` per mention of a group
/// that `groups.csv` ties to a country. Only the first 20,000 bytes are
/// read, as for the places' votes.
pub fn country_votes(text: &str) -> Vec<(String, bool)> {
    let kb = kb();
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    find_hits(text, &words_of(text), &ActorContext::default())
        .into_iter()
        // "Turkish forces" is a listed name, but its demonym already
        // counted among the country words.
        .filter(|h| {
            let first = text[h.start..h.end].split(' ').next().unwrap_or("");
            country_by_name(first).is_none()
        })
        .filter_map(|h| match h.what {
            HitKind::Pattern(p) => match kb.patterns[p].atoms.first() {
                // A state's force may be abroad; a mission's country is
                // where it serves ("MINUSMA": Mali), like an armed group's.
                // A state's operation abroad ("Barkhane", typed External)
                // is its state's force still.
                Some(Atom::Group {
                    name,
                    actor_type,
                    iso3: Some(iso3),
                }) => Some((
                    iso3.clone(),
                    *actor_type == ActorType::StateForces
                        || name.starts_with("Military Forces of")
                        || name.starts_with("Police Forces of"),
                )),
                // A people that lives mostly in one country ("Dogon
                // militiamen") counts like a demonym.
                Some(Atom::Ethnic {
                    home: Some(iso3), ..
                }) => Some((iso3.clone(), false)),
                _ => None,
            },
            HitKind::Learned { .. } => None,
        })
        .collect()
}

/// Words allowed between two parts of one actor phrase: "JNIM-affiliated
/// militants", "Katiba Macina (JNIM) militants".
const JOINERS: &[&str] = &[
    "affiliated",
    "linked",
    "allied",
    "aligned",
    "backed",
    "led",
    "loyal",
    "affiliate",
];

/// Small words allowed in a gap only next to a participle joiner:
/// "insurgents linked to the Islamic State", not "soldiers to the
/// militants".
const JOINER_GLUE: &[&str] = &["to", "with", "the"];

fn joinable(gap: &str) -> bool {
    if gap.len() > 40 {
        return false;
    }
    let words = || {
        gap.split(|c: char| c.is_whitespace() || matches!(c, '-' | '(' | ')' | '/'))
            .filter(|w| !w.is_empty())
    };
    let is = |set: &[&str], w: &str| set.iter().any(|j| j.eq_ignore_ascii_case(w));
    let participle = words().any(|w| is(JOINERS, w));
    words().all(|w| is(JOINERS, w) || (participle && is(JOINER_GLUE, w)))
}

/// Words that hedge an attribution; they belong to the mention's text but
/// not to the name.
const HEDGES: &[&str] = &[
    "suspected",
    "presumed",
    "alleged",
    "unidentified",
    "purported",
    "likely",
    "reportedly",
    "possible",
    "probable",
];

/// Byte offset where the hedges just before `start` begin.
fn hedge_start(text: &str, start: usize) -> usize {
    let mut begin = start;
    loop {
        let before = text[..begin].trim_end();
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric()))
            .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or(0);
        let word = &before[word_start..];
        if word.is_empty() || !HEDGES.iter().any(|h| h.eq_ignore_ascii_case(word)) {
            return begin;
        }
        begin = word_start;
    }
}

/// The words a caller of [`words_before`] asks for (at most eight), kept
/// on the stack: a slice of them, nearest first.
struct WordsBefore<'t> {
    words: [(usize, &'t str); 8],
    len: usize,
}

impl<'t> std::ops::Deref for WordsBefore<'t> {
    type Target = [(usize, &'t str)];

    fn deref(&self) -> &[(usize, &'t str)] {
        &self.words[..self.len]
    }
}

/// The words just before `start`, nearest first, each with its offset.
fn words_before(text: &str, start: usize, max: usize) -> WordsBefore<'_> {
    words_before_while(text, start, max, |_| true)
}

/// [`words_before`] up to the first word that `keep` refuses: the words
/// it gives are the same first ones.
fn words_before_while(
    text: &str,
    start: usize,
    max: usize,
    keep: impl Fn(&str) -> bool,
) -> WordsBefore<'_> {
    let mut out = WordsBefore {
        words: [(0, ""); 8],
        len: 0,
    };
    let max = max.min(out.words.len());
    let mut end = start;
    while out.len < max {
        let before = &text[..end];
        let trimmed = before.trim_end_matches([' ', '-']);
        // Only spaces and hyphens may separate the words of a modifier.
        if trimmed.len() == before.len() && !out.is_empty() {
            break;
        }
        if trimmed.len() + 3 < before.len() {
            break;
        }
        let word_start = trimmed
            .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.'))
            .map(|i| i + trimmed[i..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or(0);
        let word = &trimmed[word_start..];
        if word.is_empty() || !keep(word) {
            break;
        }
        out.words[out.len] = (word_start, word);
        out.len += 1;
        end = word_start;
    }
    out
}

/// A country named by a demonym or name just before `start` ("Malian
/// soldiers", "Burkina Faso's army", "South Sudanese troops"): the country's
/// ISO code and where its words begin.
fn country_before(text: &str, start: usize) -> Option<(String, usize)> {
    // Only capitalised words can make the country's name, nearest first:
    // the words past the first other one are never read.
    let words = words_before_while(text, start, 4, is_capitalized);
    for n in (1..=words.len()).rev() {
        let first = words[n - 1].0;
        if !words[..n].iter().all(|(_, w)| is_capitalized(w)) {
            continue;
        }
        let phrase = text[first..start].trim_end_matches([' ', '-']);
        let phrase = phrase
            .strip_suffix("'s")
            .or_else(|| phrase.strip_suffix("’s"))
            .unwrap_or(phrase);
        if let Some(country) = country_by_name(phrase) {
            return Some((country.iso3, first));
        }
    }
    None
}

/// A country named by "of <Country>" just after `end` ("the army of Mali",
/// "Military Forces of Burkina Faso"): its ISO code and where it ends.
fn country_after(text: &str, end: usize) -> Option<(String, usize)> {
    let rest = &text[end..];
    let rest_trim = rest.strip_prefix(" of ")?;
    let offset = end + 4;
    let rest_trim = rest_trim.strip_prefix("the ").unwrap_or(rest_trim);
    let skip = rest.len() - 4 - rest_trim.len();
    let mut ends = Vec::new();
    let mut pos = 0;
    for word in rest_trim.split(' ').take(5) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !is_capitalized(bare) && !matches!(bare, "of" | "the" | "and") {
            break;
        }
        pos += bare.len();
        ends.push(pos);
        if bare.len() != word.len() {
            break;
        }
        pos += 1;
    }
    for &e in ends.iter().rev() {
        if let Some(country) = country_by_name(&rest_trim[..e]) {
            return Some((country.iso3, offset + skip + e));
        }
    }
    None
}

/// The country's ACLED name. Looked up once per thread and code: the
/// lookup returns a whole `Country` (aliases, demonyms), too much to build
/// for every mention.
fn country_name(iso3: Option<&str>) -> Option<String> {
    thread_local! {
        static NAMES: std::cell::RefCell<HashMap<String, Option<String>>> =
            std::cell::RefCell::new(HashMap::new());
    }
    let iso3 = iso3?;
    NAMES.with(|names| {
        if let Some(name) = names.borrow().get(iso3) {
            return name.clone();
        }
        let name = country_by_iso3(iso3).map(|c| c.name);
        names.borrow_mut().insert(iso3.to_string(), name.clone());
        name
    })
}

/// Fill a name template: "{country}" becomes the country's name; without a
/// country, " of {country}" and " ({country})" are dropped.
fn fill(template: &str, country: Option<&str>) -> String {
    // Most names have no "{country}" to fill: none of the replacements
    // below would change them.
    if !template.contains('{') {
        return template.to_string();
    }
    match country {
        Some(name) => replace_occurrences(template, "{country}", name),
        None => replace_occurrences(
            &replace_occurrences(
                &replace_occurrences(template, " of {country}", ""),
                " ({country})",
                "",
            ),
            "{country}",
            "",
        ),
    }
}

/// The name of an unnamed actor of `kind` in `country` ("Military Forces
/// of Mali"): its kind's template filled with the country's name. It
/// depends on nothing else, and most sentences' actors are a few kinds of
/// the document's country, so each thread keeps the names it made (by
/// country, then kind) instead of looking the country up and filling the
/// template again.
fn unnamed_name(kind: usize, country: Option<&str>) -> String {
    type Names = Vec<Option<String>>;
    thread_local! {
        static MADE: std::cell::RefCell<(Names, FxHashMap<String, Names>)> =
            std::cell::RefCell::new(Default::default());
    }
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        let (without, by_country) = &mut *made;
        let names = match country {
            None => without,
            Some(iso3) => {
                if !by_country.contains_key(iso3) {
                    by_country.insert(iso3.to_string(), Vec::new());
                }
                by_country.get_mut(iso3).expect("inserted")
            }
        };
        if names.len() <= kind {
            names.resize(kind + 1, None);
        }
        names[kind]
            .get_or_insert_with(|| {
                fill(&kb().kinds[kind].template, country_name(country).as_deref())
            })
            .clone()
    })
}

/// One phrase that names one actor: hits joined by spaces, hyphens and
/// parentheses, with its modifiers.
struct Phrase {
    start: usize,
    end: usize,
    hits: Vec<Hit>,
    /// "JNIM and/or ISGS militants": ACLED names such an attribution with
    /// both groups joined by "and/or".
    alternatives: bool,
}

fn is_group_hit(hit: &Hit) -> bool {
    match hit.what {
        HitKind::Pattern(p) => matches!(kb().patterns[p].atoms.first(), Some(Atom::Group { .. })),
        HitKind::Learned { .. } => false,
    }
}

fn phrases(text: &str, hits: Vec<Hit>) -> Vec<Phrase> {
    let mut out: Vec<Phrase> = Vec::new();
    for hit in hits {
        if let Some(last) = out.last_mut() {
            let gap = &text[last.end..hit.start];
            let alternative = matches!(gap, " and/or " | " or " | "/")
                && is_group_hit(&hit)
                && last.hits.last().is_some_and(is_group_hit);
            if joinable(gap) || alternative {
                last.end = hit.end;
                last.hits.push(hit);
                last.alternatives |= alternative;
                continue;
            }
        }
        out.push(Phrase {
            start: hit.start,
            end: hit.end,
            hits: vec![hit],
            alternatives: false,
        });
    }
    // "Katiba Macina (JNIM" ends inside its parenthesis: take the ")" too.
    for phrase in &mut out {
        let inner = &text[phrase.start..phrase.end];
        if inner.matches('(').count() > inner.matches(')').count()
            && text[phrase.end..].starts_with(')')
        {
            phrase.end += 1;
        }
    }
    out
}

/// What a phrase resolves to before the country is filled in.
struct Resolved {
    name: String,
    actor_type: ActorType,
    country: Option<String>,
    /// The kind when the actor is an unnamed one (for protest rewriting).
    kind: Option<usize>,
}

fn resolve_group(
    name: &str,
    actor_type: ActorType,
    iso3: Option<&str>,
    ctx_iso3: Option<&str>,
) -> Resolved {
    let kb = kb();
    if name.starts_with('@') {
        let key = (name.to_string(), ctx_iso3.unwrap_or("*").to_string());
        let fallback = (name.to_string(), "*".to_string());
        if let Some((n, t)) = kb.variants.get(&key).or_else(|| kb.variants.get(&fallback)) {
            return Resolved {
                name: n.clone(),
                actor_type: *t,
                country: ctx_iso3.map(str::to_string),
                kind: None,
            };
        }
    }
    let mut actor_type = actor_type;
    // ACLED codes a state's forces outside its own territory as
    // External/Other forces (French forces in Mali, Turkish forces in Syria).
    if actor_type == ActorType::StateForces && iso3.is_some_and(|own| abroad(own, ctx_iso3)) {
        actor_type = ActorType::External;
    }
    Resolved {
        name: name.to_string(),
        actor_type,
        country: iso3.map(str::to_string),
        kind: None,
    }
}

/// Whether a state's forces of `own` act outside their country: the
/// document is another country's, or it is of no country although a
/// force would name its own country when nothing else did, and the
/// gazetteer would know that country's places (the document's country
/// was set aside as the force's, as deployed abroad).
fn abroad(own: &str, ctx_iso3: Option<&str>) -> bool {
    match ctx_iso3 {
        Some(here) => own != here,
        None => densely_listed(own),
    }
}

fn pick_group<'a>(atoms: &'a [Atom], ctx_iso3: Option<&str>) -> Option<&'a Atom> {
    let groups = atoms.iter().filter(|a| matches!(a, Atom::Group { .. }));
    let mut first = None;
    for a in groups {
        if let Atom::Group { iso3, .. } = a {
            if iso3.as_deref().is_some_and(|i| Some(i) == ctx_iso3) {
                return Some(a);
            }
            first.get_or_insert(a);
        }
    }
    first
}

/// Whether an ethnic label with no armed word after it stands where a side
/// of a fight or an attacker stands: "fighting between Tiv and Jukun", "a
/// camp attacked by suspected Fulani". ACLED codes a people who fight as
/// that people's ethnic militia; elsewhere ("a Fulani village", "Dogon
/// traders") the label only describes.
fn side_in_fight(text: &str, start: usize) -> bool {
    // Nearest word first.
    let words = words_before(text, start, 3);
    let lower: Vec<String> = words.iter().map(|(_, w)| w.to_ascii_lowercase()).collect();
    let hedge = |w: &str| matches!(w, "alleged" | "suspected" | "presumed" | "armed");
    match lower.as_slice() {
        [h, by, ..] if by == "by" && hedge(h) => true,
        [last, ..] if last == "between" || last == "by" => true,
        // The second side: "between Tiv and Jukun" (a capitalised first
        // side: a people or a family, not "between farmers and herders").
        [and, _, between, ..] if and == "and" && between == "between" => words
            .get(1)
            .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_uppercase())),
        _ => false,
    }
}

/// Whether "families" names the two sides of a fight: "clashes between
/// two families", "a gunfight between the Al Hassan and Al Jaber
/// families". ACLED codes families who fight each other as clan militias;
/// elsewhere ("families fled", "the families of the victims") they are
/// civilians.
fn families_in_fight(text: &str, phrase: &Phrase) -> bool {
    let head = &text[phrase.start..phrase.end];
    if !head.eq_ignore_ascii_case("families") {
        return false;
    }
    // The words between "between" and the head: numbers, articles and
    // capitalised family names only.
    let words = words_before(text, phrase.start, 8);
    let Some(at) = words
        .iter()
        .position(|(_, w)| w.eq_ignore_ascii_case("between"))
    else {
        return false;
    };
    let sides_only = words[..at].iter().all(|(_, w)| {
        w.starts_with(|c: char| c.is_uppercase())
            || *w == "2"
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "two" | "the" | "and" | "rival" | "feuding" | "armed" | "&"
            )
    });
    if !sides_only {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    [
        "clash", "fight", "fire", "shoot", "violence", "feud", "battle",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Whether a people's herders are the subject of an attack: "Fulani
/// herders attacked the village". ACLED codes herders who attack or clash
/// as their people's ethnic militia; herders who are attacked ("gunmen
/// killed Fulani herders") stay civilians.
fn herders_who_attack(text: &str, phrase: &Phrase) -> bool {
    let head = text[phrase.start..phrase.end].to_ascii_lowercase();
    if !(head.ends_with("herders") || head.ends_with("herdsmen")) {
        return false;
    }
    let after = text[phrase.end..].trim_start();
    let verb = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        verb.as_str(),
        "attacked"
            | "raided"
            | "killed"
            | "clashed"
            | "stormed"
            | "invaded"
            | "ambushed"
            | "shot"
            | "opened"
            | "burned"
            | "torched"
            | "set"
            | "stabbed"
            | "abducted"
            | "kidnapped"
            | "fought"
            | "attack"
            | "raid"
            | "kill"
            | "clash"
    )
}

/// Whether a community's people are told as armed with weapons of war:
/// "armed pastoralists", "youths armed with rifles", "villagers, armed
/// with machetes and spears". ACLED codes such a group as a communal (or,
/// with a people's name, an ethnic) militia; a crowd with sticks and
/// stones riots, and "armed" alone before a head that is no community
/// ("armed men") is an unidentified armed group (see generic.csv).
fn armed_crowd(text: &str, phrase: &Phrase) -> bool {
    let head = text[phrase.start..phrase.end].to_ascii_lowercase();
    let community = [
        "youths",
        "youth",
        "young men",
        "villagers",
        "residents",
        "locals",
        "farmers",
        "herders",
        "herdsmen",
        "pastoralists",
        "community members",
        "inhabitants",
    ]
    .iter()
    .any(|w| head.ends_with(w));
    if !community {
        return false;
    }
    let armed_before = words_before(text, phrase.start, 2)
        .iter()
        .any(|(_, w)| w.eq_ignore_ascii_case("armed"));
    static WITH: OnceLock<LeanRegex> = OnceLock::new();
    let with = WITH.get_or_init(|| {
        LeanRegex::new(
            r"(?i)^[\s,]*(?:(?:from|of|in) (?:the )?(?:\w+ ){0,3})?armed with (?:\w+ ){0,3}?(?:guns|firearms|rifles|weapons|machetes|swords|knives|spears|bows|arrows|blades?|blade weapons|Kalashnikovs|AK-?47s?)\b",
        )
    });
    // "two groups of farmers clashed with machetes", "villagers attacked
    // the hamlet with spears and arrows": the crowd's own act done with
    // such weapons (not "were attacked with machetes", which arms the
    // attackers, not them).
    static WIELDING: OnceLock<Regex> = OnceLock::new();
    let wielding = WIELDING.get_or_init(|| {
        Regex::new(
            r"(?i)^[\s,]*((?:\w+ ){1,6}?)with (?:\w+ ){0,2}?(?:guns|firearms|rifles|machetes|swords|spears|bows|arrows|blade weapons|Kalashnikovs|AK-?47s?)\b",
        )
        .unwrap()
    });
    let after = &text[phrase.end..];
    let own_act = wielding.captures(after).is_some_and(|c| {
        !c[1].split_whitespace().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "were" | "was" | "been" | "being" | "by"
            )
        })
    });
    armed_before || with.is_match(after) || own_act
}

fn resolve_phrase(text: &str, phrase: &mut Phrase, ctx: &ActorContext) -> Option<Resolved> {
    let kb = kb();
    let ctx_iso3 = ctx.country_iso3.as_deref();

    // A named actor anywhere in the phrase wins: "French Barkhane forces",
    // "suspected JNIM militants". A group named in parentheses is the
    // coalition the first one belongs to, which is what ACLED codes:
    // "Katiba Macina (JNIM) militants" is JNIM.
    let in_parens = |h: &Hit| text[..h.start].trim_end().ends_with('(');
    let mut ordered: Vec<&Hit> = phrase.hits.iter().filter(|h| in_parens(h)).collect();
    ordered.extend(phrase.hits.iter().filter(|h| !in_parens(h)));
    if phrase.alternatives {
        let mut names: Vec<String> = Vec::new();
        let mut first: Option<Resolved> = None;
        for hit in &phrase.hits {
            let HitKind::Pattern(p) = hit.what else {
                continue;
            };
            if let Some(Atom::Group {
                name,
                actor_type,
                iso3,
            }) = pick_group(&kb.patterns[p].atoms, ctx_iso3)
            {
                let r = resolve_group(name, *actor_type, iso3.as_deref(), ctx_iso3);
                if !names.contains(&r.name) {
                    names.push(r.name.clone());
                }
                first.get_or_insert(r);
            }
        }
        if let Some(mut r) = first {
            r.name = names.join(" and/or ");
            return Some(r);
        }
    }
    for hit in ordered {
        match &hit.what {
            HitKind::Pattern(p) => {
                if let Some(Atom::Group {
                    name,
                    actor_type,
                    iso3,
                }) = pick_group(&kb.patterns[*p].atoms, ctx_iso3)
                {
                    return Some(resolve_group(name, *actor_type, iso3.as_deref(), ctx_iso3));
                }
            }
            HitKind::Learned { acronym, full } => {
                let known = kb
                    .by_folded
                    .get(&fold(full))
                    .or_else(|| kb.by_folded.get(&fold(acronym)));
                if let Some(Atom::Group {
                    name,
                    actor_type,
                    iso3,
                }) = known.and_then(|&p| pick_group(&kb.patterns[p].atoms, ctx_iso3))
                {
                    return Some(resolve_group(name, *actor_type, iso3.as_deref(), ctx_iso3));
                }
                if let Some(actor_type) = guess_type(full) {
                    let full = full
                        .strip_prefix("The ")
                        .or_else(|| full.strip_prefix("the "))
                        .unwrap_or(full);
                    return Some(Resolved {
                        name: format!("{acronym}: {full}"),
                        actor_type,
                        country: ctx_iso3.map(str::to_string),
                        kind: None,
                    });
                }
            }
        }
    }

    let atoms: Vec<&Atom> = phrase
        .hits
        .iter()
        .filter_map(|h| match h.what {
            HitKind::Pattern(p) => kb.patterns[p].atoms.first(),
            HitKind::Learned { .. } => None,
        })
        .collect();
    let ethnic = atoms.iter().find_map(|a| match a {
        Atom::Ethnic { label, .. } => Some(label.as_str()),
        _ => None,
    });
    // "Dogon Dozos": the first label names the militia, and any label that
    // names a militia by itself makes the phrase one.
    let ethnic_alone = atoms
        .iter()
        .any(|a| matches!(a, Atom::Ethnic { alone: true, .. }));
    let ethnic = ethnic.map(|label| (label, ethnic_alone));
    let state = atoms.iter().filter_map(|a| match a {
        Atom::State { kind, weak } => Some((*kind, *weak)),
        _ => None,
    });
    let state: Vec<(usize, bool)> = state.collect();
    let generics: Vec<(usize, bool)> = atoms
        .iter()
        .filter_map(|a| match a {
            Atom::Generic { kind, weak } => Some((*kind, *weak)),
            _ => None,
        })
        .collect();
    let generic = generics
        .iter()
        .rev()
        .find(|(_, weak)| !weak)
        .or(generics.last())
        .copied();

    let unnamed = |kind: usize, country: Option<&str>| {
        let k = &kb.kinds[kind];
        Resolved {
            name: unnamed_name(kind, country),
            actor_type: k.actor_type,
            country: country.map(str::to_string),
            kind: Some(kind),
        }
    };
    let kind_named = |name: &str| kb.kinds.iter().position(|k| k.name == name);

    if let Some((label, alone)) = ethnic {
        // "Fulani civilians" are civilians and "Muslim rioters" rioters;
        // only an armed head makes the label a militia.
        let armed = !matches!(
            generic.map(|(k, _)| kb.kinds[k].actor_type),
            Some(ActorType::Civilians | ActorType::Protesters | ActorType::Rioters)
        );
        if let (Some((kind, _)), false) = (generic, armed) {
            if !herders_who_attack(text, phrase) && !armed_crowd(text, phrase) {
                return Some(unnamed(kind, ctx_iso3));
            }
        }
        if generic.is_some() || alone || side_in_fight(text, phrase.start) {
            let country = country_name(ctx_iso3);
            let name = match country {
                Some(c) => format!("{label} ({c})"),
                None => label.to_string(),
            };
            return Some(Resolved {
                name,
                actor_type: ActorType::IdentityMilitia,
                country: ctx_iso3.map(str::to_string),
                kind: None,
            });
        }
    }

    if !state.is_empty() {
        // The most specific state kind in the phrase ("army special forces"
        // is special forces); a weak word alone ("forces") needs a country.
        let (kind, _) = *state
            .iter()
            .find(|(k, weak)| !weak && kb.kinds[*k].name != "military")
            .or_else(|| state.iter().find(|(_, weak)| !weak))
            .unwrap_or(&state[0]);
        let all_weak = state.iter().all(|(_, weak)| *weak);
        let before = country_before(text, phrase.start);
        let after = country_after(text, phrase.end);
        if let Some((_, begin)) = before {
            phrase.start = begin;
        }
        if let Some((_, end)) = after {
            phrase.end = end;
        }
        let named = before.or(after).map(|(iso, _)| iso);
        if all_weak && named.is_none() {
            return None;
        }
        let country = named.as_deref().or(ctx_iso3);
        let mut resolved = unnamed(kind, country);
        if resolved.actor_type == ActorType::StateForces
            && named.as_deref().is_some_and(|own| abroad(own, ctx_iso3))
        {
            resolved.actor_type = ActorType::External;
        }
        return Some(resolved);
    }

    if let Some((kind, weak)) = generic {
        let before = words_before(text, phrase.start, 1);
        // "HBDH militants": an acronym the knowledge base does not know,
        // written before a fighters' word, names an armed group; ACLED
        // codes most such groups as rebels.
        if let Some(&(at, word)) = before.first() {
            let fighters = kb.kinds[kind].name == "unidentified"
                || kb.kinds[kind].name == "rebels"
                || kb.kinds[kind].name == "islamist";
            let acronym = (2..=8).contains(&word.len())
                && word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && word.chars().filter(char::is_ascii_uppercase).count() >= 2;
            if fighters && acronym && country_by_name(word).is_none() {
                phrase.start = at;
                return Some(Resolved {
                    name: word.to_string(),
                    actor_type: ActorType::RebelGroup,
                    country: ctx_iso3.map(str::to_string),
                    kind: None,
                });
            }
        }
        if weak {
            return None;
        }
        if kb.kinds[kind].actor_type == ActorType::Civilians && armed_crowd(text, phrase) {
            if let Some(k) = kind_named("communal") {
                return Some(unnamed(k, ctx_iso3));
            }
        }
        if kb.kinds[kind].actor_type == ActorType::Civilians && families_in_fight(text, phrase) {
            if let Some(k) = kind_named("clan") {
                return Some(unnamed(k, ctx_iso3));
            }
        }
        // "Islamist" is written before many heads; ACLED names them all
        // Islamist Militia.
        let islamist = before.first().is_some_and(|(_, w)| {
            matches!(
                w.to_lowercase().as_str(),
                "islamist" | "jihadist" | "islamic" | "djihadiste" | "jihadi"
            )
        });
        if islamist && kb.kinds[kind].actor_type != ActorType::Civilians {
            if let Some(k) = kind_named("islamist") {
                phrase.start = before[0].0;
                return Some(unnamed(k, ctx_iso3));
            }
        }
        return Some(unnamed(kind, ctx_iso3));
    }
    None
}

const PROTEST_CUES: &str = r"(?i)(?-u:\b)(?:protest(?:s|ed|ing)?|demonstrat(?:ed|ing|ion|ions|e)|rall(?:y|ies|ied)|sit-ins?|took to the streets|on strike|hunger strike|general strike|strike action|picket(?:ed|ing)?|boycott(?:ed)?|dharna|gherao|sit-in protest)(?-u:\b)|(?-u:\b)(?-i:march(?:ed|es)?)(?-u:\b)";

fn protest_words() -> &'static LeanRegex {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    RE.get_or_init(|| LeanRegex::new(PROTEST_CUES))
}

// "barricaded" but not "barricaded themselves (into an office)": people
// who shut themselves in occupy a place, they raise no barricade (no
// look-ahead in the regex crate, so the next word is spelled out as "not
// them...").
const RIOT_CUES: &str = r"(?i)(?-u:\b)(?:riot(?:ed|ing)|vandali[sz](?:ed|ing)|barricad(?:ing|es)|barricaded (?:[a-su-z]|t(?:[a-gi-z]|h(?:[a-df-z]|e(?:[a-ln-z]|(?-u:\b)))))\w*|burn(?:ed|t) (?:a|the|down|several|houses|shops|cars|vehicles|buildings?)|set (?:fire|ablaze|alight)|torched|burn(?:ed|t|ing)? (?:tires|tyres)|threw (?:stones|rocks)|throwing (?:stones|rocks)|pelt(?:ed|ing)|stone[- ]pelting|lynch(?:ed|ing)?|ransack(?:ed|ing)|violent (?:protest|demonstration)s?|clashed with (?:the )?(?:police|security forces))(?-u:\b)";

fn riot_words() -> &'static LeanRegex {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    RE.get_or_init(|| LeanRegex::new(RIOT_CUES))
}

const EXPLOSIVE_CUES: &str = r"(?i)(?-u:\b)(?:IEDs?|VBIEDs?|improvised explosive devices?|explosive devices?|(?:land|anti-tank |anti-personnel |anti-vehicle )mines?|mine (?:blast|attack|explosion)s?|on a mine|booby[- ]trap\w*|grenades?|bombs?|explosions?|detonations?|blasts?)(?-u:\b)";

fn explosive_words() -> &'static LeanRegex {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    RE.get_or_init(|| LeanRegex::new(EXPLOSIVE_CUES))
}

const KILLING_CUES: &str = r"(?i)(?-u:\b)(?:shot dead|shot and killed|shot to death|gunned down|murdered|assassinated|found (?:dead|murdered|killed|executed)|drive-by shooting|abducted|kidnapped)(?-u:\b)";

/// A place of detention ("in the central prison", "in police custody",
/// "at a detention centre"): harm done there with no one named is the
/// jailers' or the police's.
const CUSTODY_CUES: &str = r"(?i)(?-u:\b)(?:in|inside|at|while in) (?:(?:the|a|an|their|his|her|its|\w+'s|(?-i:[A-Z][\w-]*)|military|central|state|district|local|police|security|secret|government|detention|regime|unidentified|unknown|one of) ){0,4}(?:prisons?|jails?|gaols?|detention (?:centres?|centers?|facilit(?:y|ies))|police (?:custody|stations?|cells?)|custody|detention)(?-u:\b)";

fn custody_words() -> &'static LeanRegex {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    RE.get_or_init(|| LeanRegex::new(CUSTODY_CUES))
}

/// Harm that befalls detainees: torture, beating, death.
const CUSTODY_HARM: &str = r"(?i)(?-u:\b)(?:tortur\w*|ill[- ]treat\w*|mistreat\w*|beat(?:en|ing)?|died|death|killed|abused)(?-u:\b)";

fn custody_harm_words() -> &'static LeanRegex {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    RE.get_or_init(|| LeanRegex::new(CUSTODY_HARM))
}

fn killing_words() -> &'static LeanRegex {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    RE.get_or_init(|| LeanRegex::new(KILLING_CUES))
}

/// Which of the four cue families a sentence contains, found in one pass;
/// most sentences contain none, and then no cue regex runs at all.
#[derive(Clone, Copy, Default)]
struct Cues {
    protest: bool,
    riot: bool,
    explosive: bool,
    killing: bool,
    air: bool,
    custody: bool,
}

const AIR_CUES: &str = r"(?i)(?-u:\b)(?:air ?raids?|air ?strikes?|aerial (?:bombardments?|attacks?|strikes?)|barrel bombs?|warplanes?|fighter jets?|helicopter gunships?)(?-u:\b)";

fn air_words() -> &'static LeanRegex {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    RE.get_or_init(|| LeanRegex::new(AIR_CUES))
}

/// The cue families in the order of [`Cues`]' fields.
const CUE_FAMILIES: [&str; 6] = [
    PROTEST_CUES,
    RIOT_CUES,
    EXPLOSIVE_CUES,
    KILLING_CUES,
    AIR_CUES,
    CUSTODY_CUES,
];

/// Words that every match of a cue family holds, spelled as
/// [`CUE_GATE_MAP`] reads a text: ASCII lower case, every byte other than
/// `[0-9a-z_]` a space. Each family's pattern begins with `(?-u:\b)`, so
/// an alternative that starts a match starts at an ASCII letter after a
/// byte that is not an ASCII word byte (or at the text's start), which is
/// where each needle's first letter is looked for (the leading space
/// stands for that byte); inside a pattern a space is a literal space and
/// a hyphen a byte that maps to a space. Each needle below is spelled from
/// its family's alternatives so: " burn" is in "burned the", "burnt tyres"
/// and "burning tires"; " mine" in "anti-tank mines", "mine blast" and "on
/// a mine"; " strike" in "on strike", "hunger strike", "strike action";
/// the custody places follow a space of the "in ... " words. The families
/// are case-insensitive (Unicode): an ASCII letter matches only its two
/// cases there, except "k" (also the Kelvin sign) and "s" (also the long
/// s), so a text with either of those two signs is not gated (a unit test
/// checks the folding).
const CUE_NEEDLES: [&[&str]; 6] = [
    // protest
    &[
        " protest",
        " demonstrat",
        " rally",
        " rallie",
        " sit in",
        " took to the streets",
        " strike",
        " picket",
        " boycott",
        " dharna",
        " gherao",
        " march",
    ],
    // riot
    &[
        " riot",
        " vandali",
        " barricad",
        " burn",
        // "set fire", "set ablaze", "set alight"
        " set a",
        " set f",
        " torched",
        " threw ",
        " throwing ",
        " pelt",
        " lynch",
        " ransack",
        " violent ",
        " clashed with ",
    ],
    // explosive
    &[
        " ied",
        " vbied",
        " explosive",
        " landmine",
        " mine",
        " booby",
        " grenade",
        " bomb",
        " explosion",
        " detonation",
        " blast",
    ],
    // killing
    &[
        " shot ",
        " gunned down",
        " murdered",
        " assassinated",
        " found dead",
        " found murdered",
        " found killed",
        " found executed",
        " drive by shooting",
        " abducted",
        " kidnapped",
    ],
    // air
    &[
        " air raid",
        " airraid",
        " air strike",
        " airstrike",
        " aerial ",
        " barrel bomb",
        " warplane",
        " fighter jet",
        " helicopter gunship",
    ],
    // custody
    &[
        " prison",
        " jail",
        " gaol",
        " detention",
        " custody",
        " police station",
        " police cell",
    ],
];

/// The byte map of [`cue_gate_text`].
const CUE_GATE_MAP: [u8; 256] = {
    let mut map = [b' '; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            map[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    map
};

/// The needles of [`CUE_NEEDLES`] by their first three letters (see
/// [`letter_triple`]): `needles[starts[t]..starts[t + 1]]` are the
/// (needle without its space and first three letters, family) pairs of
/// triple `t`.
struct CueNeedles {
    starts: Vec<usize>,
    needles: Vec<(&'static [u8], usize)>,
}

/// Three lower-case ASCII letters as a number below 26^3, or None.
fn letter_triple(a: u8, b: u8, c: u8) -> Option<usize> {
    let letter = |x: u8| x.is_ascii_lowercase().then(|| usize::from(x - b'a'));
    Some((letter(a)? * 26 + letter(b)?) * 26 + letter(c)?)
}

fn cue_needles() -> &'static CueNeedles {
    static NEEDLES: OnceLock<CueNeedles> = OnceLock::new();
    NEEDLES.get_or_init(|| {
        let mut by_triple: Vec<(usize, &'static [u8], usize)> = Vec::new();
        for (family, words) in CUE_NEEDLES.iter().enumerate() {
            for word in *words {
                let word = &word.as_bytes()[1..];
                let triple = letter_triple(word[0], word[1], word[2]).expect("three letters");
                by_triple.push((triple, &word[3..], family));
            }
        }
        by_triple.sort_by_key(|&(triple, _, _)| triple);
        let mut starts = vec![0; 26 * 26 * 26 + 1];
        for &(triple, _, _) in &by_triple {
            starts[triple + 1] += 1;
        }
        for t in 1..starts.len() {
            starts[t] += starts[t - 1];
        }
        let needles = by_triple
            .into_iter()
            .map(|(_, rest, family)| (rest, family))
            .collect();
        CueNeedles { starts, needles }
    })
}

/// Which cue families may match `text`, whose words (see [`word_spans`])
/// are `words`: those with a needle at a place where a match could start.
/// None for a text the needles cannot gate.
fn possible_cues(text: &str, words: &[(usize, usize)]) -> Option<[bool; 6]> {
    // The two non-ASCII signs that fold to ASCII letters (see
    // `CUE_NEEDLES`).
    let ascii = text.is_ascii();
    if !ascii && (text.contains('\u{17F}') || text.contains('\u{212A}')) {
        return None;
    }
    let gate = cue_needles();
    let bytes = text.as_bytes();
    let map = |i: usize| bytes.get(i).map_or(b' ', |&b| CUE_GATE_MAP[usize::from(b)]);
    let mut possible = [false; 6];
    let mut try_at = |at: usize| {
        let Some(triple) = letter_triple(map(at), map(at + 1), map(at + 2)) else {
            return;
        };
        let needles = &gate.needles[gate.starts[triple]..gate.starts[triple + 1]];
        for &(rest, family) in needles {
            if rest.iter().enumerate().all(|(j, &b)| map(at + 3 + j) == b) {
                possible[family] = true;
            }
        }
    };
    // A match starts at an ASCII letter after no ASCII word byte. Such a
    // letter begins a word (a run of word characters) unless a non-ASCII
    // word character stands before it ("\u{e9}prison"): in a word with
    // non-ASCII characters, each ASCII letter after one is tried too.
    for &(start, end) in words {
        try_at(start);
        if !ascii && !bytes[start..end].is_ascii() {
            for at in start + 1..end {
                if bytes[at] < 0x80 && bytes[at - 1] >= 0x80 {
                    try_at(at);
                }
            }
        }
    }
    Some(possible)
}

fn cues(text: &str, words: &[(usize, usize)]) -> Cues {
    // Most sentences hold no cue at all, and most others one family's: a
    // family's regex runs only where one of its needles is (see
    // `CUE_NEEDLES`), looked for at the sentence's word starts. A text
    // the needles cannot gate (rare) gets one overlapping search of the six
    // families together.
    let Some(possible) = possible_cues(text, words) else {
        static SET: OnceLock<LeanSet> = OnceLock::new();
        let set = SET.get_or_init(|| LeanSet::new(&CUE_FAMILIES));
        let m = set.matches(text);
        let matched = |i: usize| m.contains(regex_automata::PatternID::must(i));
        return Cues {
            protest: matched(0),
            riot: matched(1),
            explosive: matched(2),
            killing: matched(3),
            air: matched(4),
            custody: matched(5),
        };
    };
    let family = |i: usize, re: fn() -> &'static LeanRegex| possible[i] && re().is_match(text);
    Cues {
        protest: family(0, protest_words),
        riot: family(1, riot_words),
        explosive: family(2, explosive_words),
        killing: family(3, killing_words),
        air: family(4, air_words),
        custody: family(5, custody_words),
    }
}

/// Whether a sentence tells fire across a border or a line of control
/// ("exchanged fire across the LoC", "cross-border shelling"); troops who
/// pursue someone across the border are abroad.
fn across_border(text: &str) -> bool {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        LeanRegex::new(r"(?i)(?-u:\b)(?:(?:fir(?:e|ed|es|ing)|shell(?:s|ed|ing)?|mortars?|artillery)(?-u:\b)[^.;]{0,60}(?-u:\b)(?:across|along|on) the (?:border|LoC|line of control)|cross-border (?:fire|firing|shelling|exchanges?))(?-u:\b)")
    });
    re.is_match(text)
}

fn is_armed_non_state(t: ActorType) -> bool {
    matches!(
        t,
        ActorType::RebelGroup | ActorType::PoliticalMilitia | ActorType::IdentityMilitia
    )
}

/// ACLED codes an attack whose perpetrator the report does not name as the
/// work of an "Unidentified Armed Group (<Country>)". When a sentence
/// reports an explosive device, or a killing or abduction with no one
/// before it who could have done it, the weapon or the act stands for that
/// unnamed perpetrator.
fn implicit_perpetrator(
    text: &str,
    base: usize,
    ctx: &ActorContext,
    cues: Cues,
    mentions: &mut Vec<(ActorMention, Option<usize>)>,
) {
    if mentions
        .iter()
        .any(|(m, _)| is_armed_non_state(m.actor_type))
    {
        return;
    }
    let kb = kb();
    // Air power belongs to states in nearly every conflict ACLED covers: an
    // air raid with no one named is the state's ("2 killed in air raid").
    let anyone = mentions
        .iter()
        .any(|(m, _)| !matches!(m.actor_type, ActorType::Civilians));
    let air = (cues.air && !anyone && ctx.country_iso3.is_some())
        .then(|| air_words().find(text))
        .flatten()
        .zip(kb.kinds.iter().position(|k| k.name == "military"));
    let explosive = cues
        .explosive
        .then(|| explosive_words().find_from_word_boundary(text))
        .flatten();
    let unnamed = explosive.or_else(|| {
        let killing = cues.killing.then(|| killing_words().find(text)).flatten();
        killing.filter(|k| {
            !mentions.iter().any(|(m, _)| {
                m.span.start < k.start() + base && !matches!(m.actor_type, ActorType::Civilians)
            })
        })
    });
    let unnamed = unnamed.zip(kb.kinds.iter().position(|k| k.name == "unidentified"));
    // "died under torture in the central prison", "was beaten in police
    // custody": with no one named, the jailers or the police did it.
    // A state's own mention ("the government's prison") leaves the
    // jailers unnamed still.
    let foreign = mentions
        .iter()
        .any(|(m, _)| matches!(m.actor_type, ActorType::External));
    let custody = (cues.custody && !foreign && custody_harm_words().is_match(text))
        .then(|| custody_words().find_from_word_boundary(text))
        .flatten()
        .and_then(|found| {
            let lower = found.as_str().to_ascii_lowercase();
            // "died in detention" after an arrest: held by the police
            // (a prison is named as such).
            let kind = if lower.contains("police")
                || lower.ends_with("custody")
                || lower.ends_with(" detention")
            {
                "police"
            } else {
                "prison"
            };
            // The place's own noun stands for the jailers, so that a
            // state named in its words ("the government's prison") keeps
            // its mention.
            let noun = if lower.ends_with("custody") || lower.contains(" police ") {
                lower.rfind("police").unwrap_or(0)
            } else {
                lower.rfind(' ').map_or(0, |i| i + 1)
            };
            let noun = lower
                .rfind("detention ")
                .filter(|_| kind == "prison")
                .map_or(noun, |d| d.min(noun));
            Some((found.start() + noun, found.end()))
                .zip(kb.kinds.iter().position(|k| k.name == kind))
        });
    let Some((found, kind)) = air
        .or(unnamed.filter(|_| custody.is_none()))
        .map(|(m, k)| ((m.start(), m.end()), k))
        .or(custody)
        .or(unnamed.map(|(m, k)| ((m.start(), m.end()), k)))
    else {
        return;
    };
    let span = Span::new(found.0, found.1).offset(base);
    if mentions.iter().any(|(m, _)| m.span.overlaps(span)) {
        return;
    }
    let k = &kb.kinds[kind];
    let mention = ActorMention {
        span,
        text: text[found.0..found.1].to_string(),
        name: fill(
            &k.template,
            country_name(ctx.country_iso3.as_deref()).as_deref(),
        ),
        actor_type: k.actor_type,
        country_iso3: ctx.country_iso3.clone(),
        implicit: true,
    };
    let at = mentions
        .iter()
        .position(|(m, _)| m.span.start > span.start)
        .unwrap_or(mentions.len());
    mentions.insert(at, (mention, Some(kind)));
}

/// Words that say a named group's people act as a crowd, not as fighters:
/// "members of a union staged a march", "ANC supporters".
fn is_membership(text: &str, m: &ActorMention, base: usize) -> bool {
    let lower = m.text.to_lowercase();
    let own = [
        "members",
        "supporters",
        "activists",
        "cadres",
        "workers",
        "member",
    ]
    .iter()
    .any(|w| lower.ends_with(w));
    let start = m.span.start.saturating_sub(base);
    let from = start.saturating_sub(24);
    let before = (from..=start)
        .find(|&i| text.is_char_boundary(i))
        .and_then(|i| text.get(i..start))
        .unwrap_or("")
        .to_lowercase();
    own || before.ends_with("members of the ")
        || before.ends_with("members of ")
        || before.ends_with("supporters of the ")
        || before.ends_with("supporters of ")
}

fn rewrite(m: &mut ActorMention, kind: &mut Option<usize>, target: usize, ctx: &ActorContext) {
    let k = &kb().kinds[target];
    m.name = fill(
        &k.template,
        country_name(ctx.country_iso3.as_deref()).as_deref(),
    );
    m.actor_type = k.actor_type;
    m.country_iso3 = ctx.country_iso3.clone();
    *kind = Some(target);
}

/// ACLED codes whoever demonstrates as Protesters (Rioters when the
/// demonstration turns violent, or a crowd attacks), whatever the report
/// calls them: "students staged a demonstration" is Protesters (Mali),
/// "members of a party staged a sit-in" Protesters (India), "residents
/// threw stones at health workers" Rioters. People named after the protest
/// word are its participants only when they follow it closely ("a protest
/// by teachers"); an armed actor before the protest word means the sentence
/// reports an attack that sparked protests, and nothing is rewritten.
fn demonstrators(
    text: &str,
    base: usize,
    ctx: &ActorContext,
    cues: Cues,
    mentions: &mut Vec<(ActorMention, Option<usize>)>,
) {
    let kb = kb();
    let protest = cues.protest.then(|| protest_words().find(text)).flatten();
    let riot = cues
        .riot
        .then(|| riot_words().find_from_word_boundary(text))
        .flatten();
    let Some(trigger) = protest.or(riot) else {
        return;
    };
    let target = if riot.is_some() {
        "rioters"
    } else {
        "protesters"
    };
    let Some(target) = kb.kinds.iter().position(|k| k.name == target) else {
        return;
    };
    let at = trigger.start() + base;
    // Named political militias (parties, their youth wings) demonstrate;
    // unnamed gunmen and gangs do not.
    let convertible = |m: &ActorMention, kind: Option<usize>| {
        m.actor_type == ActorType::Civilians
            || (protest.is_some()
                && kind.is_none()
                && !matches!(m.actor_type, ActorType::StateForces | ActorType::External)
                // The group must be the protest's subject, close before
                // the protest word: "members of a party staged a sit-in",
                // not "cadres attacked musicians hired for rallies".
                && m.span.end <= at
                && at - m.span.end <= 40
                && (m.actor_type == ActorType::PoliticalMilitia || is_membership(text, m, base)))
    };
    if protest.is_none() {
        // Without protest words, only a crowd that is the sentence's first
        // actor and does the violence itself counts as rioters:
        // "community members set alight a tavern".
        let Some((first, kind)) = mentions.first_mut() else {
            return;
        };
        let between = text
            .get(first.span.end.saturating_sub(base)..trigger.start())
            .unwrap_or("");
        let passive = between
            .split_whitespace()
            .any(|w| matches!(w, "was" | "were" | "been" | "by"));
        let crowd = first.actor_type == ActorType::Civilians
            || (kind.is_none()
                && first.actor_type == ActorType::PoliticalMilitia
                && is_membership(text, first, base));
        if crowd && first.span.end <= at && !passive {
            rewrite(first, kind, target, ctx);
        }
        return;
    }
    let blocked = mentions.iter().any(|(m, kind)| {
        m.span.end <= at
            && !convertible(m, *kind)
            && !matches!(
                m.actor_type,
                ActorType::StateForces | ActorType::Protesters | ActorType::Rioters
            )
    });
    if blocked {
        return;
    }
    let mut any = false;
    for (m, kind) in mentions.iter_mut() {
        let near = m.span.end <= at || m.span.start < trigger.end() + base + 40;
        if near && convertible(m, *kind) {
            rewrite(m, kind, target, ctx);
        }
        any |= matches!(m.actor_type, ActorType::Protesters | ActorType::Rioters);
    }
    if any {
        return;
    }
    // No one is named: the demonstration itself stands for its participants.
    let span = Span::new(trigger.start(), trigger.end()).offset(base);
    if mentions.iter().any(|(m, _)| m.span.overlaps(span)) {
        return;
    }
    let k = &kb.kinds[target];
    let mention = ActorMention {
        span,
        text: trigger.as_str().to_string(),
        name: fill(
            &k.template,
            country_name(ctx.country_iso3.as_deref()).as_deref(),
        ),
        actor_type: k.actor_type,
        country_iso3: ctx.country_iso3.clone(),
        implicit: true,
    };
    let pos = mentions
        .iter()
        .position(|(m, _)| m.span.start > span.start)
        .unwrap_or(mentions.len());
    mentions.insert(pos, (mention, Some(target)));
}

/// "families of soldiers", "relatives of detainees": an actor after "of"
/// that completes a group of people describes that group, and is not a
/// second actor; the pair becomes one mention of the first.
fn merge_of_phrases(text: &str, base: usize, mentions: &mut Vec<(ActorMention, Option<usize>)>) {
    let mut i = 0;
    while i + 1 < mentions.len() {
        let (a, b) = (&mentions[i].0, &mentions[i + 1].0);
        let gap = text
            .get(a.span.end - base..b.span.start - base)
            .unwrap_or("");
        let people = matches!(a.actor_type, ActorType::Civilians) && !a.implicit && !b.implicit;
        if people && matches!(gap, " of " | " of the ") {
            let end = b.span.end;
            mentions.remove(i + 1);
            let a = &mut mentions[i].0;
            a.span.end = end;
            a.text = text[a.span.start - base..end - base].to_string();
            continue;
        }
        i += 1;
    }
}

/// Find every actor in `text` (a sentence starting at `base`).
pub fn extract(text: &str, base: usize, ctx: &ActorContext) -> Vec<ActorMention> {
    // The sentence's words, for the alias walks and the cue needles.
    let words = words_of(text);
    let hits = find_hits(text, &words, ctx);
    let mut mentions: Vec<(ActorMention, Option<usize>)> = Vec::new();
    for mut phrase in phrases(text, hits) {
        let Some(mut resolved) = resolve_phrase(text, &mut phrase, ctx) else {
            continue;
        };
        // Neighbours' forces that fire across their border or a line of
        // control are on their own side of it: each is its state's forces
        // (ACLED's External/Other forces are forces operating abroad).
        if resolved.actor_type == ActorType::External
            && ["Military Forces of", "Police Forces of"]
                .iter()
                .any(|p| resolved.name.starts_with(p))
            && across_border(text)
        {
            resolved.actor_type = ActorType::StateForces;
        }
        // "French Barkhane forces": a demonym of the actor's own country
        // belongs to the mention.
        if let (Some(own), Some((iso3, begin))) = (
            resolved.country.as_deref(),
            country_before(text, phrase.start),
        ) {
            if own == iso3 {
                phrase.start = begin;
            }
        }
        let start = hedge_start(text, phrase.start);
        let end = phrase.end;
        if let Some((last, _)) = mentions.last() {
            if last.span.end > start + base {
                continue;
            }
        }
        mentions.push((
            ActorMention {
                span: Span::new(start, end).offset(base),
                text: text[start..end].to_string(),
                name: resolved.name,
                actor_type: resolved.actor_type,
                country_iso3: resolved.country,
                implicit: false,
            },
            resolved.kind,
        ));
    }

    merge_of_phrases(text, base, &mut mentions);
    let cues = cues(text, &words);
    demonstrators(text, base, ctx, cues, &mut mentions);
    implicit_perpetrator(text, base, ctx, cues, &mut mentions);
    mentions.into_iter().map(|(m, _)| m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasickBuilder;

    /// Searching from each word boundary finds what the meta engine's
    /// forward and reverse search finds, wherever the text is cut.
    #[test]
    fn cue_search_from_word_boundaries_finds_the_first_match() {
        let text = "The herders of Kalumbe, held at a detention centre, rioted; in the \
            district's central prison at Oyaro's jail inside Obanti's old police station \
            while in custody they were beaten. Youths burnt tyres, threw stones and \
            barricaded the road, not barricaded themselves; a landmine, two IEDs and \
            booby-trapped grenades, a mine blast in Mbeso. Stra\u{df}e, caf\u{e9} in \
            N\u{e9}ma's prison, \u{c9}cole at the jail_s in jails.";
        for (pattern, re) in [
            (EXPLOSIVE_CUES, explosive_words()),
            (CUSTODY_CUES, custody_words()),
            (RIOT_CUES, riot_words()),
        ] {
            assert!(pattern.starts_with(r"(?i)(?-u:\b)"));
            let mut found = 0;
            for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                for cut in [&text[start..], &text[..start]] {
                    let expected = re.find(cut).map(|m| (m.start(), m.end()));
                    let got = re
                        .find_from_word_boundary(cut)
                        .map(|m| (m.start(), m.end()));
                    assert_eq!(got, expected, "{pattern} on {cut:?}");
                    found += usize::from(expected.is_some());
                }
            }
            assert!(found > 100, "{pattern}");
        }
    }

    /// The cue needles' gate rests on two facts about the families'
    /// patterns: under `(?i)` an ASCII letter matches only its own two
    /// cases, but for "k" and "s" also one sign each, which the gate looks
    /// for; and each needle is a space and three letters at least, spelled
    /// as the gate reads a text.
    #[test]
    fn cue_needles_fold_and_are_spelled_as_read() {
        use regex_syntax::hir::{Class, HirKind};
        for letter in b'a'..=b'z' {
            let hir = regex_syntax::parse(&format!("(?i){}", letter as char)).unwrap();
            let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
                panic!("{letter} is a class");
            };
            let mut chars: Vec<char> = class.iter().flat_map(|r| r.start()..=r.end()).collect();
            chars.retain(|c| !c.is_ascii());
            let expected: &[char] = match letter {
                b'k' => &['\u{212A}'],
                b's' => &['\u{17F}'],
                _ => &[],
            };
            assert_eq!(chars, expected, "{}", letter as char);
        }
        for needle in CUE_NEEDLES.iter().flat_map(|n| n.iter()) {
            assert!(needle.starts_with(' ') && needle.len() >= 4, "{needle:?}");
            assert!(
                needle[1..4].bytes().all(|b| b.is_ascii_lowercase()),
                "{needle:?}"
            );
            assert!(
                needle.bytes().all(|b| CUE_GATE_MAP[usize::from(b)] == b),
                "{needle:?}"
            );
        }
    }

    /// The gated families answer as the one overlapping search of all six
    /// patterns that they replaced, on sentences of every cue, cut short,
    /// in capitals, and with the signs that fold to "k" and "s".
    #[test]
    fn gated_cues_are_the_cue_sets_answer() {
        let set = LeanSet::new(&CUE_FAMILIES);
        let sentences = [
            "Police fired on protesters who took to the streets in March; a rally was banned.",
            "They held a sit-in and a hunger strike; workers went on strike; the march ended.",
            "Rioters vandalised shops, burnt tyres, set ablaze cars and threw stones at police.",
            "Youths barricaded the road but not barricaded themselves; stone-pelting followed.",
            "Two VBIEDs and an IED exploded; a landmine and anti-tank mines, a mine blast.",
            "Booby-trapped grenades, bombs, explosions, detonations and blasts were reported.",
            "He was shot dead, gunned down, murdered and found executed after a drive-by shooting.",
            "Warplanes and helicopter gunships carried out airstrikes and air raids; barrel bombs.",
            "He died in police custody at the Evin prison while in detention in a police station.",
            "She was tortured inside Oyaro's jail, at a detention facility, in police cells.",
            "The army said the \u{17F}ituation in Pri\u{17F}on was calm; \u{212A}idnapped men.",
            "IN THE CENTRAL PRISON, RIOTED; GHERAO; DHARNA; LYNCHED; RANSACKED; PELTING.",
            "Nothing happened here at all, the report said, and the government denied it.",
            "died carried denied tried applied determine examine undermine generally",
        ];
        for sentence in sentences {
            for end in (0..=sentence.len()).filter(|&i| sentence.is_char_boundary(i)) {
                for text in [&sentence[..end], &sentence[end..]] {
                    let m = set.matches(text);
                    let c = cues(text, &words_of(text));
                    let got = [c.protest, c.riot, c.explosive, c.killing, c.air, c.custody];
                    for (i, &g) in got.iter().enumerate() {
                        assert_eq!(
                            g,
                            m.contains(regex_automata::PatternID::must(i)),
                            "family {i} on {text:?}"
                        );
                    }
                }
            }
        }
    }

    /// `word_spans` cuts a text as `split(is_name_sep)` does, on random
    /// texts of ASCII and non-ASCII letters, marks and separators.
    #[test]
    fn word_spans_are_the_split_words() {
        let alphabet = [
            "a",
            "Z",
            "7",
            "_",
            " ",
            "-",
            ".",
            "'",
            "\u{e9}",
            "\u{2019}",
            "\u{301}",
            "\u{4e2d}",
            "\u{a0}",
            "\u{1f600}",
            "\u{17f}",
            "\n",
        ];
        let mut rng = super::super::test_rng(7);
        let mut words = Vec::new();
        for _ in 0..20_000 {
            let len = rng(12);
            let text: String = (0..len).map(|_| alphabet[rng(alphabet.len())]).collect();
            words.clear();
            word_spans(&text, &mut words);
            let got: Vec<&str> = words.iter().map(|&(s, e)| &text[s..e]).collect();
            let expected: Vec<&str> = text.split(is_name_sep).filter(|w| !w.is_empty()).collect();
            assert_eq!(got, expected, "{text:?}");
        }
    }

    /// The anchored search of `shorter_at` answers as the overlapping
    /// search of every alias did, also where two aliases differ only in
    /// case ("Myanmar army" and "Myanmar Army"): for each alias followed by
    /// letters that keep it from ending a word, and by a plural.
    #[test]
    fn shorter_alias_is_the_longest_whole_overlapping_match() {
        let kb = kb();
        for (aliases, case_sensitive) in [(&kb.folded, false), (&kb.exact, true)] {
            let every = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(!case_sensitive)
                .build(aliases.ids.iter().map(|&i| kb.patterns[i].alias.as_str()))
                .unwrap();
            let overlapping = |text: &str| {
                let mut window_end = 96.min(text.len());
                while !text.is_char_boundary(window_end) {
                    window_end -= 1;
                }
                every
                    .find_overlapping_iter(aho_corasick::Input::new(text).span(0..window_end))
                    .filter(|m| m.start() == 0 && is_whole(text, 0, m.end()))
                    .map(|m| (m.end(), m.pattern().as_usize()))
                    .max_by_key(|&(end, _)| end)
            };
            for &i in &aliases.ids {
                let alias = &kb.patterns[i].alias;
                for text in [format!("{alias}zq went"), format!("{alias}s went")] {
                    let mut matches = Vec::new();
                    aliases.walk(&text, 0, &mut matches);
                    assert_eq!(
                        shorter_at(aliases, &text, 0, &matches),
                        overlapping(&text),
                        "{text}"
                    );
                }
            }
        }
    }

    /// `find_hits` walks the aliases only from word starts, which finds
    /// every hit only while no alias begins with a character that is not a
    /// word character.
    #[test]
    fn every_alias_begins_with_a_word_character() {
        for p in &kb().patterns {
            assert!(
                p.alias.chars().next().is_some_and(is_word_char),
                "{:?} begins with no word character",
                p.alias
            );
        }
    }

    /// The alias hits of the walks from each word start are those of the
    /// leftmost-longest scan of the whole sentence that they replaced (which
    /// moved past a match inside a word to the word's end, and past a hit to
    /// its end), on texts made of every alias: inside a word, cut short,
    /// followed by letters, in another case, and next to another alias.
    #[test]
    fn alias_walks_find_what_the_unanchored_scan_found() {
        use aho_corasick::{AhoCorasick, AhoCorasickKind, StartKind};
        fn next_word(text: &str, start: usize) -> usize {
            let mut chars = text[start..]
                .char_indices()
                .skip_while(|(_, c)| !is_word_char(*c));
            chars
                .find(|(_, c)| !is_word_char(*c))
                .map_or(text.len(), |(i, _)| start + i)
        }
        fn shorter_by_search(
            scan: &AhoCorasick,
            aliases: &Aliases,
            text: &str,
            haystack: &str,
            start: usize,
        ) -> Option<(usize, usize)> {
            let mut window_end = (start + 96).min(text.len());
            while !text.is_char_boundary(window_end) {
                window_end -= 1;
            }
            loop {
                let input = aho_corasick::Input::new(haystack)
                    .span(start..window_end)
                    .anchored(aho_corasick::Anchored::Yes);
                let m = scan.find(input)?;
                if is_whole(text, start, m.end()) {
                    return Some((m.end(), aliases.last_twin[m.pattern().as_usize()]));
                }
                if m.end() <= start {
                    return None;
                }
                window_end = m.end() - 1;
            }
        }
        let kb = kb();
        let scans: Vec<(&Aliases, AhoCorasick)> = [&kb.folded, &kb.exact]
            .into_iter()
            .map(|aliases| {
                let keys = aliases.ids.iter().map(|&i| {
                    let alias = &kb.patterns[i].alias;
                    if aliases.lower {
                        alias.to_ascii_lowercase()
                    } else {
                        alias.clone()
                    }
                });
                let scan = AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Both)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(keys)
                    .unwrap();
                (aliases, scan)
            })
            .collect();
        let by_scan = |text: &str| {
            let mut hits = Vec::new();
            for (aliases, scan) in &scans {
                let haystack = if aliases.lower {
                    text.to_ascii_lowercase()
                } else {
                    text.to_string()
                };
                let mut pos = 0;
                while pos < text.len() {
                    let input = aho_corasick::Input::new(&haystack).span(pos..text.len());
                    let Some(m) = scan.find(input) else {
                        break;
                    };
                    let start = m.start();
                    let starts_word = text.is_char_boundary(start)
                        && !text[..start].chars().next_back().is_some_and(is_word_char);
                    if !starts_word {
                        pos = next_word(text, start);
                        continue;
                    }
                    let found = if is_whole(text, start, m.end()) {
                        Some((m.end(), m.pattern().as_usize()))
                    } else {
                        shorter_by_search(scan, aliases, text, &haystack, start)
                    };
                    match found {
                        Some((end, pattern)) => {
                            hits.push((start, end, aliases.ids[pattern]));
                            pos = end;
                        }
                        None => pos = next_word(text, start),
                    }
                }
            }
            hits
        };
        let by_walk = |text: &str| {
            find_hits(text, &words_of(text), &ActorContext::default())
                .into_iter()
                .filter_map(|h| match h.what {
                    HitKind::Pattern(p) => Some((h.start, h.end, p)),
                    HitKind::Learned { .. } => None,
                })
                .collect::<Vec<_>>()
        };
        let sorted = |mut hits: Vec<(usize, usize, usize)>| {
            // find_hits keeps the longest of overlapping hits, sorted by start.
            hits.sort_by_key(|&(s, e, _)| (std::cmp::Reverse(e - s), s));
            let mut chosen: Vec<(usize, usize, usize)> = Vec::new();
            for h in hits {
                if chosen.iter().all(|c| h.1 <= c.0 || c.1 <= h.0) {
                    chosen.push(h);
                }
            }
            chosen.sort_by_key(|h| h.0);
            chosen
        };
        let aliases: Vec<&str> = kb.patterns.iter().map(|p| p.alias.as_str()).collect();
        let mut checked = 0;
        for (n, alias) in aliases.iter().enumerate() {
            let next = aliases[(n * 7 + 3) % aliases.len()];
            let upper = alias.to_uppercase();
            let mut half = alias.len() / 2 + 1;
            while !alias.is_char_boundary(half) {
                half -= 1;
            }
            let cut = &alias[..half];
            for text in [
                format!("The {alias} and {next} attacked."),
                format!("x{alias} {alias}s, {cut} ({alias}) {next}{alias}"),
                format!("{upper}-{alias}zq {alias}-{next} é{alias} {alias}é"),
                format!("{alias}{alias} {next} {next}s {alias} {next}"),
            ] {
                assert_eq!(by_walk(&text), sorted(by_scan(&text)), "{text}");
                checked += 1;
            }
        }
        assert!(checked > 1000);
        // ACTORS_CORPUS=<folder of .txt files> checks every line of them
        // too (the annual reports: 0 differences when the walks came in).
        let Ok(folder) = std::env::var("ACTORS_CORPUS") else {
            return;
        };
        let mut paths: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for line in text.lines() {
                assert_eq!(by_walk(line), sorted(by_scan(line)), "{line}");
                checked += 1;
            }
        }
        println!("{checked} texts checked");
    }

    /// Every listed party is a political militia of groups.csv by its exact
    /// name, so a typo in parties.csv cannot silently drop the rule.
    #[test]
    fn parties_are_political_militias_of_groups() {
        for party in rows(PARTIES_CSV) {
            let name = party.get(0).unwrap_or("").trim();
            assert!(
                rows(GROUPS_CSV).any(|g| g.get(1) == Some(name) && g.get(2) == Some("3")),
                "{name} in parties.csv is no political militia of groups.csv"
            );
        }
    }

    /// Words of an actor name as the gold README compares them: lower case,
    /// parentheses dropped, "of" and "the" ignored.
    fn name_words(name: &str) -> Vec<String> {
        name.to_lowercase()
            .replace(['(', ')', ':', ','], " ")
            .split_whitespace()
            .filter(|w| !matches!(*w, "of" | "the" | "-"))
            .map(str::to_string)
            .collect()
    }

    fn is_acronym_of(short: &str, long: &[String]) -> bool {
        let initials: String = long.iter().filter_map(|w| w.chars().next()).collect();
        initials.len() >= 2 && short.to_lowercase() == initials
    }

    /// The gold README's actor1 rule: the names share at least half of
    /// their words, or one is the other's acronym.
    fn same_actor(gold: &str, predicted: &str) -> bool {
        let g = name_words(gold);
        let p = name_words(predicted);
        if g.is_empty() || p.is_empty() {
            return false;
        }
        let common = g.iter().filter(|w| p.contains(w)).count();
        if common * 2 >= g.len().max(p.len()) {
            return true;
        }
        (g.len() == 1 && is_acronym_of(&g[0], &p)) || (p.len() == 1 && is_acronym_of(&p[0], &g))
    }

    #[derive(serde::Deserialize)]
    struct CaseFile {
        case: Vec<Case>,
    }

    #[derive(serde::Deserialize)]
    struct Case {
        name: String,
        text: String,
        country: Option<String>,
        document: Option<String>,
        mentions: Vec<Expected>,
    }

    #[derive(serde::Deserialize, PartialEq, Debug)]
    struct Expected {
        text: String,
        name: String,
        #[serde(rename = "type")]
        actor_type: u8,
    }

    #[test]
    fn acronym_before_parens_needs_a_unicode_word_start() {
        let unicode = Regex::new(r"\b([A-Z][A-Za-z0-9&/-]{1,11}) \(([A-Z][^()]{4,120})\)").unwrap();
        for text in [
            "The rebels of the MLC (Movement for Liberation) and “FDLR (Democratic Forces of Rwanda)” fought.",
            "éMLC (Movement for Liberation) then FDLR (Democratic Forces) left.",
            "ÉtatMLC (Movement for Liberation), ٣ABC (Alpha Beta Corps), _ABC (Alpha Beta Corps).",
            "AéBC (Alpha Beta Corps) CDE (Charlie Delta Echo)",
            "",
        ] {
            let ours: Vec<_> = acronyms_then_parens(text)
                .map(|c| (c[0].to_string(), c.get(0).unwrap().start()))
                .collect();
            let theirs: Vec<_> = unicode
                .captures_iter(text)
                .map(|c| (c[0].to_string(), c.get(0).unwrap().start()))
                .collect();
            assert_eq!(ours, theirs, "{text}");
        }
    }

    #[test]
    fn cases() {
        let file: CaseFile =
            toml::from_str(include_str!("../../fixtures/cases/actors.toml")).unwrap();
        let mut failures = Vec::new();
        for case in &file.case {
            let document = case.document.as_deref().unwrap_or(&case.text);
            let Some(base) = document.find(&case.text) else {
                failures.push(format!("{}: text is not in the document", case.name));
                continue;
            };
            let ctx = ActorContext {
                country_iso3: case.country.clone(),
                acronyms: learn_acronyms(document),
            };
            let got = extract(&case.text, base, &ctx);
            for m in &got {
                if document.get(m.span.start..m.span.end) != Some(m.text.as_str()) {
                    failures.push(format!(
                        "{}: span {:?} is not {:?}",
                        case.name, m.span, m.text
                    ));
                }
            }
            let got: Vec<Expected> = got
                .into_iter()
                .map(|m| Expected {
                    text: m.text,
                    name: m.name,
                    actor_type: m.actor_type.code(),
                })
                .collect();
            if got != case.mentions {
                failures.push(format!(
                    "{}\n    got:      {:?}\n    expected: {:?}",
                    case.name, got, case.mentions
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed:\n{}",
            failures.len(),
            file.case.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn named_groups_vote_for_their_country() {
        let votes = country_votes("Al-Shabaab fighters and AMISOM troops clashed near the town.");
        assert!(votes.contains(&("SOM".to_string(), false)), "{votes:?}");
        // A listed name that starts with a demonym ("Turkish forces") was
        // counted with the country words already.
        let votes = country_votes("Turkish forces shelled the village.");
        assert!(votes.is_empty(), "{votes:?}");
    }

    #[test]
    fn missions_and_peoples_of_one_country_vote_for_it() {
        // A mission serves in the country it is named for: it votes as an
        // armed group does, not as a force that may be abroad.
        let votes = country_votes("UNMISS peacekeepers escorted a convoy out of the camp.");
        assert_eq!(votes, vec![("SSD".to_string(), false)]);
        // A people living mostly in one country counts like a demonym;
        // one spread over several does not.
        let votes = country_votes("Bambara hunters raided a hamlet and Fulani herders fled.");
        assert_eq!(votes, vec![("MLI".to_string(), false)]);
        // The OSCE's monitoring mission served in Ukraine only.
        let votes = country_votes("The OSCE SMM counted nine blasts near a quarry overnight.");
        assert_eq!(votes, vec![("UKR".to_string(), false)]);
    }

    #[test]
    fn implied_actors_are_marked_implicit() {
        let ctx = ActorContext {
            country_iso3: Some("MLI".into()),
            ..ActorContext::default()
        };
        let got = extract("A bus struck an IED near Boni.", 0, &ctx);
        assert_eq!(got.len(), 1);
        assert!(got[0].implicit && got[0].text == "IED");
        let got = extract("A protest took place in Kayes.", 0, &ctx);
        assert!(got[0].implicit && got[0].name == "Protesters (Mali)");
        let got = extract("Gunmen killed two traders.", 0, &ctx);
        assert!(got.iter().all(|m| !m.implicit));
    }

    /// A fuzzer's find: a name whose words are parted by a space wider
    /// than a byte (U+2000) was cut inside that space.
    #[test]
    fn acronym_name_after_a_wide_space() {
        let acronyms = learn_acronyms("The National\u{2000}Democratic Congress (NDC) met.");
        assert_eq!(
            acronyms.get("NDC").map(String::as_str),
            Some("National\u{2000}Democratic Congress")
        );
    }

    #[test]
    fn no_panic_on_awkward_text() {
        let ctx = ActorContext {
            country_iso3: Some("MLI".into()),
            acronyms: learn_acronyms("(É) (ÉÉ) The Éé Ñu (ÑU) x (AB"),
        };
        for text in [
            "é(",
            "soldiers’",
            "(JNIM",
            "’s army",
            "Malian’s army of",
            " of ",
            "é of Malí",
        ] {
            let _ = extract(text, 0, &ctx);
        }
    }

    #[test]
    fn same_actor_follows_the_gold_rule() {
        assert!(same_actor(
            "Military Forces of Mali (2013-2020)",
            "Military Forces of Mali"
        ));
        assert!(!same_actor(
            "JNIM: Group for Support of Islam and Muslims",
            "Military Forces of Mali"
        ));
    }

    /// Accuracy on the ACLED rows of the shared gold file, with the first
    /// mention that is not Civilians standing in for the pipeline's actor1.
    /// Run with `cargo test --release --lib extract::actors -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn gold_actor1_accuracy() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold/dev-events.csv");
        let Ok(mut reader) = csv::Reader::from_path(path) else {
            eprintln!("{path} is absent: skipped");
            return;
        };
        let headers = reader.headers().unwrap().clone();
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
        let (c_source, c_text, c_country, c_actor1, c_inter1) = (
            col("source"),
            col("text"),
            col("country"),
            col("actor1"),
            col("inter1"),
        );
        let mut per_source: std::collections::BTreeMap<String, (usize, usize, usize)> =
            Default::default();
        let mut misses = Vec::new();
        let mut unseen: HashMap<String, usize> = HashMap::new();
        let mut found_anywhere = 0;
        let (mut other_rows, mut other_found) = (0, 0);
        let mut type_confusion: HashMap<String, usize> = HashMap::new();
        let mut other_unseen: HashMap<String, usize> = HashMap::new();
        let _ = kb();
        let started = std::time::Instant::now();
        let mut bytes = 0;
        for row in reader.records() {
            let row = row.unwrap();
            let source = &row[c_source];
            if !source.starts_with("ACLED_") {
                // GTD and Wikipedia name perpetrators in their own style;
                // the share found among the mentions still shows gaps in
                // the knowledge base.
                let gold = row[c_actor1].trim_end_matches(" (suspected)");
                if !gold.is_empty() && gold != "Unknown" {
                    let text = &row[c_text];
                    let ctx = ActorContext {
                        country_iso3: country_by_name(&row[c_country]).map(|c| c.iso3),
                        acronyms: learn_acronyms(text),
                    };
                    other_rows += 1;
                    if extract(text, 0, &ctx)
                        .iter()
                        .any(|m| same_actor(gold, &m.name))
                    {
                        other_found += 1;
                    } else {
                        *other_unseen.entry(gold.to_string()).or_default() += 1;
                    }
                }
                continue;
            }
            let text = &row[c_text];
            bytes += text.len();
            let iso3 = country_by_name(&row[c_country]).map(|c| c.iso3);
            let ctx = ActorContext {
                country_iso3: iso3,
                acronyms: learn_acronyms(text),
            };
            let mentions = extract(text, 0, &ctx);
            let first = mentions
                .iter()
                .find(|m| m.actor_type != ActorType::Civilians);
            let gold = &row[c_actor1];
            let gold_type: u8 = row[c_inter1].parse().unwrap_or(0);
            let name_ok = first.is_some_and(|m| same_actor(gold, &m.name));
            let type_ok = first.is_some_and(|m| m.actor_type.code() == gold_type);
            if mentions.iter().any(|m| same_actor(gold, &m.name)) {
                found_anywhere += 1;
            } else {
                *unseen.entry(gold.to_string()).or_default() += 1;
            }
            if name_ok && !type_ok {
                *type_confusion
                    .entry(format!(
                        "{gold} ({gold_type}) -> {}",
                        first.map_or(0, |m| m.actor_type.code())
                    ))
                    .or_default() += 1;
            }
            let entry = per_source.entry(source.to_string()).or_default();
            entry.0 += 1;
            entry.1 += name_ok as usize;
            entry.2 += type_ok as usize;
            let show_all = std::env::var_os("ACTORS_ALL_MISSES").is_some();
            let seen = mentions.iter().any(|m| same_actor(gold, &m.name));
            let wanted = std::env::var("ACTORS_GOLD").map_or(true, |g| gold.contains(&g));
            if !name_ok && (show_all || !seen) && wanted {
                misses.push(format!(
                    "{gold} | {} | {}",
                    first.map_or("-".to_string(), |m| format!("{} [{}]", m.name, m.text)),
                    text.chars().take(160).collect::<String>()
                ));
            }
        }
        let (mut n, mut a, mut t) = (0, 0, 0);
        for (source, (rows, name_ok, type_ok)) in &per_source {
            println!(
                "{source}: rows {rows} actor1 {:.3} actor1_type {:.3}",
                *name_ok as f64 / *rows as f64,
                *type_ok as f64 / *rows as f64
            );
            n += rows;
            a += name_ok;
            t += type_ok;
        }
        println!(
            "ALL: rows {n} actor1 {:.3} actor1_type {:.3} ({:.1} MB/s)",
            a as f64 / n as f64,
            t as f64 / n as f64,
            bytes as f64 / 1e6 / started.elapsed().as_secs_f64()
        );
        println!(
            "gold actor1 among the mentions: {:.3}",
            found_anywhere as f64 / n as f64
        );
        let mut confusion: Vec<_> = type_confusion.into_iter().collect();
        confusion.sort_by_key(|u| std::cmp::Reverse(u.1));
        for (what, count) in confusion.iter().take(15) {
            println!("TYPE {count} {what}");
        }
        let mut unseen: Vec<_> = unseen.into_iter().collect();
        unseen.sort_by_key(|u| std::cmp::Reverse(u.1));
        for (name, count) in unseen.iter().take(40) {
            println!("UNSEEN {count} {name}");
        }
        println!(
            "GTD/Wikipedia perpetrator among the mentions: {:.3} of {other_rows}",
            other_found as f64 / other_rows.max(1) as f64
        );
        let mut other_unseen: Vec<_> = other_unseen.into_iter().collect();
        other_unseen.sort_by_key(|u| std::cmp::Reverse(u.1));
        if std::env::var_os("ACTORS_OTHER").is_some() {
            for (name, count) in other_unseen.iter().take(150) {
                println!("OTHER-UNSEEN {count} {name}");
            }
        }
        let step = (misses.len() / 60).max(1);
        println!("{} misses", misses.len());
        for m in misses.iter().step_by(step) {
            println!("MISS {m}");
        }
    }
}

#[cfg(test)]
mod bench {
    use super::*;

    /// Print the mentions of one text: `ACTORS_TEXT=... ACTORS_COUNTRY=MLI
    /// cargo test --lib extract::actors::bench::show -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn show() {
        let text = std::env::var("ACTORS_TEXT").unwrap_or_default();
        let ctx = ActorContext {
            country_iso3: std::env::var("ACTORS_COUNTRY").ok(),
            acronyms: learn_acronyms(&text),
        };
        for m in extract(&text, 0, &ctx) {
            println!(
                "{:?} {:?} -> {} ({})",
                m.span,
                m.text,
                m.name,
                m.actor_type.as_str()
            );
        }
    }

    /// Every prefix and suffix of every gold text, cut at each char
    /// boundary step, runs without a panic.
    #[test]
    #[ignore]
    fn no_panic_on_gold_slices() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold/dev-events.csv");
        let Ok(mut reader) = csv::Reader::from_path(path) else {
            return;
        };
        let ctx = ActorContext {
            country_iso3: Some("MLI".into()),
            acronyms: learn_acronyms("The Front for Renewal (FR) and the Kivu Militia (KM)."),
        };
        for row in reader.records().filter_map(Result::ok) {
            let text = &row[2];
            for (i, _) in text.char_indices().step_by(7) {
                let _ = extract(&text[i..], i, &ctx);
                let _ = extract(&text[..i], 0, &ctx);
                let _ = learn_acronyms(&text[i..]);
            }
        }
    }

    /// Throughput of `learn_acronyms` and `extract` on the gold texts.
    /// Run with `cargo test --release --lib extract::actors::bench -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn throughput() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold/dev-events.csv");
        let Ok(mut reader) = csv::Reader::from_path(path) else {
            return;
        };
        let texts: Vec<String> = reader
            .records()
            .filter_map(Result::ok)
            .map(|r| r[2].to_string())
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let ctx = ActorContext {
            country_iso3: Some("MLI".into()),
            acronyms: Acronyms::default(),
        };
        let _ = extract("warm up", 0, &ctx);
        let t = std::time::Instant::now();
        let mut hits = 0;
        for text in &texts {
            hits += cues(text, &words_of(text)).protest as usize;
        }
        let set = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        for text in &texts {
            hits += protest_words().is_match(text) as usize
                + riot_words().is_match(text) as usize
                + explosive_words().is_match(text) as usize
                + killing_words().is_match(text) as usize;
        }
        let four = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        for text in &texts {
            hits += find_hits(text, &words_of(text), &ctx).len();
        }
        let ac = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let mut raw = 0;
        let mut matches = Vec::new();
        for text in &texts {
            let folded = &kb().folded;
            let mut words = Vec::new();
            word_spans(text, &mut words);
            for &(start, _) in &words {
                folded.walk(text, start, &mut matches);
                raw += matches.len();
            }
        }
        println!(
            "raw folded walks {raw} matches {:.1} MB/s",
            bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
        );
        println!(
            "{hits}: cue set {:.1} MB/s, four regexes {:.1} MB/s, find_hits {:.1} MB/s",
            bytes as f64 / 1e6 / set,
            bytes as f64 / 1e6 / four,
            bytes as f64 / 1e6 / ac
        );
        let t = std::time::Instant::now();
        let mut n = 0;
        for text in &texts {
            n += learn_acronyms(text).len();
        }
        let acr = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        for text in &texts {
            n += extract(text, 0, &ctx).len();
        }
        let ext = t.elapsed().as_secs_f64();
        println!(
            "{n} found; learn_acronyms {:.1} MB/s, extract {:.1} MB/s",
            bytes as f64 / 1e6 / acr,
            bytes as f64 / 1e6 / ext
        );
    }
}
