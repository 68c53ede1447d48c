//! Casualty counts: who was hurt, and how many.

use rustc_hash::FxHashMap;
use std::cell::Cell;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use serde::Serialize;

use super::Span;

/// What happened to the people counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountKind {
    Killed,
    Injured,
    /// Arrested or detained.
    Arrested,
    /// Disappeared, abducted, kidnapped, taken hostage.
    Disappeared,
    Tortured,
    SexualViolence,
    Displaced,
    SentencedToDeath,
}

impl CountKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CountKind::Killed => "killed",
            CountKind::Injured => "injured",
            CountKind::Arrested => "arrested",
            CountKind::Disappeared => "disappeared",
            CountKind::Tortured => "tortured",
            CountKind::SexualViolence => "sexual_violence",
            CountKind::Displaced => "displaced",
            CountKind::SentencedToDeath => "sentenced_to_death",
        }
    }
}

/// How a count relates to the other counts of the same kind in its event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountRole {
    /// Added to the other counts of its kind ("two soldiers and three
    /// civilians were killed" is 2 + 3).
    #[default]
    Additive,
    /// Part of a total already counted ("22 killed, including 19
    /// civilians"): never added.
    Subset,
    /// A restated or revised toll ("the toll rose to 31"): replaces the
    /// earlier figure instead of adding to it.
    Revision,
}

/// One count of people in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountMention {
    /// The span of the quantity and its noun ("at least 30 people").
    pub span: Span,
    /// The span of the word that gives the kind ("killed", "arrested").
    pub trigger: Span,
    pub kind: CountKind,
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
    /// "civilians", "soldiers", or the text's own noun.
    pub victim_group: String,
    /// The words of the quantity as written ("at least 30", "dozens").
    pub quantity_text: String,
    pub role: CountRole,
}

impl CountMention {
    /// One person killed, told by a word of the sentence ("himself", "his
    /// body", "him"): no range, added to the others.
    fn one_killed(span: Span, trigger: Span, victim_group: String, quantity_text: String) -> Self {
        CountMention::killed(span, trigger, 1, victim_group, quantity_text)
    }

    /// Exactly `n` people killed, added to the others (attackers a
    /// suicide attack or a detonation tells dead).
    fn killed(
        span: Span,
        trigger: Span,
        n: u32,
        victim_group: String,
        quantity_text: String,
    ) -> Self {
        CountMention {
            span,
            trigger,
            kind: CountKind::Killed,
            low: Some(n),
            best: Some(n),
            high: Some(n),
            victim_group,
            quantity_text,
            role: CountRole::Additive,
        }
    }

    /// Whether the count is a vague word's coding of ten or more
    /// ("several", "many", "dozens of", "hundreds"), not a number the text
    /// gives ("as many as 15", "as many civilians") nor a small amount ("a
    /// few", "a couple of").
    pub fn is_vague(&self) -> bool {
        let lower = self.quantity_text.to_ascii_lowercase();
        let words: Vec<&str> = quantity_words(&lower).collect();
        let numbered = words.iter().any(|w| is_number_word(w));
        !numbered
            && (0..words.len()).any(|i| {
                (i == 0 || words[i - 1] != "as")
                    && vague_word(&words[i..]).is_some_and(|(_, best, _)| best >= 10)
            })
    }

    /// Whether the count is a number the text writes ("12", "at least
    /// twenty-two", "up to 50"), not a vague word nor one person told by
    /// an article or a pronoun ("a policeman", "the bomber", "himself").
    pub fn states_number(&self) -> bool {
        quantity_words(&self.quantity_text.to_ascii_lowercase()).any(is_number_word)
    }
}

/// The words of a count's quantity text, lower-cased by the caller.
fn quantity_words(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

/// A word that writes a number: digits ("12", "1,200" in pieces), a number
/// word ("twenty-two") or a multiplier ("dozen", "hundred").
fn is_number_word(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        || hyphen_number(w).is_some()
        || matches!(w, "dozen" | "hundred" | "thousand")
}

/// Find every casualty count in `text` (a sentence starting at byte `base`).
///
/// A number becomes a count only when a word of harm governs it ("killed
/// 22", "22 people were killed", "the deaths of 9 demonstrators"): numbers
/// with no such word (years, ages, doses, trials, populations) never come
/// out. Mentions come in text order with absolute spans.
///
/// The vague words are coded as ACLED codes them (dozens 12, several 10,
/// ...); see [`vague_word`] for the table and the README for the reasons.
/// `victim_group` is empty when the text names no group ("22 killed").
pub fn extract(text: &str, base: usize) -> Vec<CountMention> {
    if !prefilter().is_match(text) {
        return Vec::new();
    }
    let lower = text.to_ascii_lowercase();
    let toks = tokenize(text);
    if toks.is_empty() {
        return Vec::new();
    }
    let sc = Scanner::new(text, &lower, toks);
    sc.run(base)
}

/// Word stems without which a sentence cannot hold a count; most sentences
/// of a report have none, and skipping them keeps the extractor fast.
#[rustfmt::skip]
fn prefilter() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        let stems = [
            "kill", "dead", "death", "die", "injur", "wound", "hurt", "maim", "arrest", "detain",
            "detention", "apprehend", "captur", "jail", "imprison", "custody", "rounded up",
            "disappear", "abduct", "kidnap", "hostage", "tortur", "treat", "rape", "raping",
            "sexual", "displace", "fled", "flee", "homes", "evict", "uproot", "execut", "massacr",
            "murder", "slain", "slaughter", "assassin", "behead", "decapitat", "lynch", "perish", "fatal",
            "bodies", "corpse", "toll", "lives", "life", "hospital", "casualt", "sentenced",
            "condemned", "gunned", "kiled", "kileld", "stabb", "stabs", "succumb", "tué", "tue", "bless", "arrêt", "interpell", "enlev", "body", "missing", "viol", "déplac", "hospitalis", "hospitaliz", "enlèv",
            "disparu", "mort", "décè", "exécut", "massacré", "crucif", "butcher",
            // "slit the throats of", "burned four men alive".
            "throat", "alive", "heads cut", "heads were cut", "remains of", "off the head",
            // "shot in the leg": a wound to a limb.
            "shot",
            // An attacker's own death with no other word of death.
            "blew himself", "blew herself", "blows himself", "blows herself", "blown himself",
            "blown herself", "blowing himself", "blowing herself",
            // A suicide attacker who struck died in the attack.
            "suicide",
        ];
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(stems)
            .expect("static patterns build")
    })
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    /// Letters, possibly with inner digits, hyphens and apostrophes.
    Word,
    /// Digits, with thousands separators or a decimal part.
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    s: usize,
    e: usize,
    kind: TokKind,
}

/// Is `c` a space that may separate groups of three digits ("1 200")?
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The character starting at byte `i`, `None` past the end (or inside a
/// character, which the callers never ask).
///
/// The tokenizer asks this of every character: an ASCII byte is a whole
/// character and always a boundary (UTF-8 continuation bytes are 0x80 and
/// above), so it is answered without the boundary check and the decoder.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// Exactly three ASCII digits at `i`, not followed by another digit or letter.
fn three_digits_at(b: &[u8], i: usize) -> bool {
    i + 3 <= b.len()
        && b[i..i + 3].iter().all(u8::is_ascii_digit)
        && b.get(i + 3).is_none_or(|c| !c.is_ascii_alphanumeric())
}

fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < b.len() {
        // A space between words is skipped (as `is_whitespace` below
        // would) before the character tests.
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else { break };
        let cl = c.len_utf8();
        if c.is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let first_group = i - s;
            loop {
                if i < b.len() && b[i] == b',' && first_group <= 3 && three_digits_at(b, i + 1) {
                    i += 4;
                } else if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    break;
                } else if first_group <= 3 {
                    match char_at(text, i) {
                        Some(sp) if is_group_space(sp) && three_digits_at(b, i + sp.len_utf8()) => {
                            i += sp.len_utf8() + 3;
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            // "11people", "40civilians": a count glued to its noun is two
            // words.
            let letters = b[i..].iter().take_while(|x| x.is_ascii_lowercase()).count();
            let glued = &text[i..i + letters];
            if letters >= 4
                && b.get(i + letters)
                    .is_none_or(|x| !x.is_ascii_alphanumeric())
                && (person_noun(glued).is_some() || glued == "others")
            {
                toks.push(Tok {
                    s,
                    e: i,
                    kind: TokKind::Num,
                });
                continue;
            }
            // "47-year-old", "2nd", "1990s", "5-10": a word that starts with digits.
            let mut kind = TokKind::Num;
            loop {
                match char_at(text, i) {
                    Some(c2) if c2.is_alphanumeric() => {
                        kind = TokKind::Word;
                        i += c2.len_utf8();
                    }
                    Some('-') if char_at(text, i + 1).is_some_and(char::is_alphanumeric) => {
                        kind = TokKind::Word;
                        i += 1;
                    }
                    _ => break,
                }
            }
            toks.push(Tok { s, e: i, kind });
        } else if c.is_alphanumeric() {
            let s = i;
            i += cl;
            // Most of a word is ASCII letters and digits, which the loop
            // below would take one at a time: take them here without
            // decoding and without the inner-punctuation test.
            while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            while let Some(c2) = char_at(text, i) {
                let inner = matches!(c2, '-' | '\'' | '’')
                    && char_at(text, i + c2.len_utf8()).is_some_and(char::is_alphanumeric);
                if c2.is_alphanumeric() || inner {
                    i += c2.len_utf8();
                } else {
                    break;
                }
            }
            // "U.S.", "U.N.": single capitals with full stops are one word,
            // so that "two U.S. soldiers" stays one noun phrase.
            if i - s == 1 && b[s].is_ascii_uppercase() {
                while i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_uppercase() {
                    let after = b.get(i + 2).copied();
                    if after.is_some_and(|x| x.is_ascii_alphanumeric()) {
                        break;
                    }
                    i += 2;
                }
                if i - s > 1 && b.get(i) == Some(&b'.') {
                    i += 1;
                }
            }
            toks.push(Tok {
                s,
                e: i,
                kind: TokKind::Word,
            });
        } else if c.is_whitespace() {
            i += cl;
        } else {
            toks.push(Tok {
                s: i,
                e: i + cl,
                kind: TokKind::Punct,
            });
            i += cl;
        }
    }
    toks
}

// ---------------------------------------------------------------------------
// Lexicon

/// Numbers one to ninety-nine as single words, English and French.
const SMALL_NUMBERS: &[(u8, &[&str])] = &[
    (1, &["one", "un", "une"]),
    (2, &["two", "deux"]),
    (3, &["three", "trois"]),
    (4, &["four", "quatre"]),
    (5, &["five", "cinq"]),
    (6, &["six"]),
    (7, &["seven", "sept"]),
    (8, &["eight", "huit"]),
    (9, &["nine", "neuf"]),
    (10, &["ten", "dix"]),
    (11, &["eleven", "onze"]),
    (12, &["twelve", "douze"]),
    (13, &["thirteen", "treize"]),
    (14, &["fourteen", "quatorze"]),
    (15, &["fifteen", "quinze"]),
    (16, &["sixteen", "seize"]),
    (17, &["seventeen"]),
    (18, &["eighteen"]),
    (19, &["nineteen"]),
    (20, &["twenty", "vingt", "vingts"]),
    (30, &["thirty", "trente"]),
    (40, &["forty", "quarante"]),
    (50, &["fifty", "cinquante"]),
    (60, &["sixty", "soixante"]),
    (70, &["seventy"]),
    (80, &["eighty"]),
    (90, &["ninety"]),
];

/// The number a single word writes (see [`SMALL_NUMBERS`]).
pub(crate) fn small_number(w: &str) -> Option<u64> {
    number_of(lex(w))
}

/// "twenty-two", "vingt-deux", "dix-sept", "quatre-vingt-dix", "vingt-et-un".
fn hyphen_number(w: &str) -> Option<u64> {
    // Asked of most words: a plain loop finds the hyphen in a short word
    // for less than the `memchr` behind `str::contains` costs.
    if !w.bytes().any(|b| b == b'-') {
        return small_number(w);
    }
    let parts: Vec<&str> = w.split('-').filter(|p| *p != "et").collect();
    let mut rest = &parts[..];
    let mut total = 0;
    if rest.len() >= 2 && rest[0] == "quatre" && matches!(rest[1], "vingt" | "vingts") {
        total = 80;
        rest = &rest[2..];
    }
    for p in rest {
        total += small_number(p)?;
    }
    (total > 0 && total < 100).then_some(total)
}

/// "one-hundred", "two-thousand": a small number and a multiplier joined
/// by a hyphen, as (number, multiplier).
fn hyphen_multiple(w: &str) -> Option<(u64, u64)> {
    // Asked of every word: a plain loop finds the hyphen in a short word
    // for less than a memrchr call costs.
    let at = w.bytes().rposition(|b| b == b'-')?;
    let (number, times) = (&w[..at], &w[at + 1..]);
    let times = multiplier(times).filter(|&m| m <= 1_000)?;
    Some((hyphen_number(number)?, times))
}

/// Words that multiply the number before them.
const MULTIPLIERS: &[(u64, &[&str])] = &[
    (100, &["hundred", "cent", "cents"]),
    (1_000, &["thousand", "mille"]),
    (1_000_000, &["million", "millions"]),
];

fn multiplier(w: &str) -> Option<u64> {
    multiplier_of(lex(w))
}

/// How a qualifier bends the stated number into low/best/high.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Qual {
    Exact,
    /// "at least 30", "more than 40": low and best are the number (ACLED
    /// codes the stated figure), no high.
    Min,
    /// "nearly 100", "up to 12": best and high are the number, no low.
    Max,
    /// "about 50", "some 20": best only.
    Approx,
}

/// Qualifier words at the start of `words`; returns the qualifier and how
/// many words it takes.
fn qualifier(words: &[&str]) -> Option<(Qual, usize)> {
    let w0 = *words.first()?;
    let w1 = words.get(1).copied().unwrap_or("");
    let w2 = words.get(2).copied().unwrap_or("");
    let two = |q| Some((q, 2));
    match (w0, w1, w2) {
        ("at", "least", _) => two(Qual::Min),
        ("no", "fewer" | "less", "than") | ("not", "less" | "fewer", "than") => {
            Some((Qual::Min, 3))
        }
        ("a", "minimum", "of") => Some((Qual::Min, 3)),
        ("more" | "greater", "than", _) => two(Qual::Min),
        ("upwards" | "upward", "of", _) => two(Qual::Min),
        ("in", "excess", "of") => Some((Qual::Min, 3)),
        ("over", _, _) => Some((Qual::Min, 1)),
        ("au", "moins", _) => two(Qual::Min),
        ("plus", "de" | "d", _) => two(Qual::Min),
        ("nearly" | "almost", _, _) => Some((Qual::Max, 1)),
        ("close", "to", _) | ("up", "to", _) | ("just", "under" | "below", _) => two(Qual::Max),
        ("as", "many", "as") => Some((Qual::Max, 3)),
        ("fewer" | "less", "than", _) => two(Qual::Max),
        ("at", "most", _) => two(Qual::Max),
        ("no" | "not", "more", "than") => Some((Qual::Max, 3)),
        ("a", "maximum", "of") => Some((Qual::Max, 3)),
        ("près", "de" | "d", _) | ("pres", "de" | "d", _) | ("jusqu", "à", _) => two(Qual::Max),
        ("about" | "around" | "some" | "approximately" | "roughly" | "circa", _, _) => {
            Some((Qual::Approx, 1))
        }
        ("an", "estimated", _) => two(Qual::Approx),
        ("estimated" | "environ" | "approx", _, _) => Some((Qual::Approx, 1)),
        _ => None,
    }
}

/// A vague quantity word: (low, best) as coded, how many words it takes,
/// and whether it needs a following "of" ("dozens of").
///
/// | words | low | best | why |
/// |---|---|---|---|
/// | a few, a handful of | 2 | 3 | ACLED codes "a few" as 3 |
/// | a couple of | 2 | 2 | two |
/// | several, many, numerous | 3 | 10 | ACLED codes 10 |
/// | a number of | 2 | 10 | ACLED codes 10 |
/// | tens of | 10 | 10 | ACLED codes 10 |
/// | dozens of, des dizaines de | 12 | 12 | ACLED codes 12 |
/// | scores of | 20 | 20 | ACLED codes 20 |
/// | hundreds of, des centaines de | 100 | 100 | ACLED codes 100 |
/// | thousands of | 1000 | 1000 | same rule |
/// | une dizaine de, une centaine de | - | 10, 100 | "about ten" |
fn vague_word(words: &[&str]) -> Option<(Option<u64>, u64, usize)> {
    let w0 = *words.first()?;
    let w1 = words.get(1).copied().unwrap_or("");
    let w2 = words.get(2).copied().unwrap_or("");
    let r = match (w0, w1, w2) {
        ("tens", "of", "thousands") => (Some(10_000), 10_000, 3),
        ("hundreds", "of", "thousands") => (Some(100_000), 100_000, 3),
        ("a", "few", _) => (Some(2), 3, 2),
        ("a", "handful", _) => (Some(2), 3, 2),
        ("a", "couple", _) => (Some(2), 2, 2),
        ("a", "number", _) => (Some(2), 10, 2),
        ("several" | "many" | "numerous" | "plusieurs", _, _) => (Some(3), 10, 1),
        ("tens", _, _) => (Some(10), 10, 1),
        ("dozens", _, _) => (Some(12), 12, 1),
        ("scores", _, _) => (Some(20), 20, 1),
        ("hundreds", _, _) => (Some(100), 100, 1),
        ("thousands", _, _) => (Some(1000), 1000, 1),
        ("millions", _, _) => (Some(1_000_000), 1_000_000, 1),
        ("des", "dizaines", _) => (Some(12), 12, 2),
        ("des", "centaines", _) => (Some(100), 100, 2),
        ("une", "dizaine", _) => (None, 10, 2),
        ("une", "vingtaine", _) => (None, 20, 2),
        ("une", "centaine", _) => (None, 100, 2),
        _ => return None,
    };
    Some(r)
}

/// A month's name, English (also abbreviated) or French, lower case.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "janvier", "février", "fevrier", "mars", "avril", "mai",
    "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre",
    "decembre",
];

/// Whether `w` is a month's name (see [`MONTHS`]).
pub(crate) fn is_month(w: &str) -> bool {
    lex(w) & LEX_MONTH != 0
}

/// Nouns that are counted but are not people: a number before one of them
/// is never a casualty count.
#[rustfmt::skip]
fn is_non_person(w: &str) -> bool {
    non_person_of(w, lex(w))
}

/// [`is_non_person`] of the word `w` whose facts ([`lex`]) are `facts`.
fn non_person_of(w: &str, facts: u64) -> bool {
    // Asked of most words of a sentence with a count cue: a short word is
    // read faster window by window than by `str::contains`, which sets up
    // a substring searcher on each call.
    let holds = |part: &[u8]| w.as_bytes().windows(part.len()).any(|x| x == part);
    if holds(b"year") || holds(b"month") || w.ends_with("-old") {
        return true;
    }
    facts & (LEX_MONTH | LEX_NON_PERSON) != 0
}

/// The counted nouns of [`is_non_person`] besides months and the words
/// holding "year" or "month" or ending in "-old".
#[rustfmt::skip]
const NON_PERSON_NOUNS: &[&str] = &[
    "years", "year", "months", "weeks", "week", "days", "day", "hours", "hour", "minutes",
    "minute", "seconds", "decades", "nights", "times", "km", "kilometres", "kilometers",
    "kilometre", "kilometer", "miles", "mile", "metres", "meters", "feet", "percent", "per",
    "cent", "dollars", "euros", "pounds", "francs", "cfa", "usd", "rupees", "naira",
    "shillings", "birr", "dinars", "rials", "yuan", "pesos", "tonnes", "tons", "kg",
    "kilograms", "litres", "liters", "doses", "dose", "vaccines", "vaccinations", "cases",
    "trials", "laws", "countries", "villages", "towns", "cities", "districts", "provinces",
    "regions", "communes", "localities", "vehicles", "cars", "trucks", "lorries", "buses",
    "motorcycles", "motorbikes", "boats", "aircraft", "planes", "helicopters", "drones",
    "buildings", "houses", "homes", "huts", "shops", "stores", "schools", "hospitals",
    "clinics", "churches", "mosques", "bombs", "rockets", "shells", "mortars", "missiles",
    "grenades", "rounds", "bullets", "ieds", "devices", "explosives", "attacks", "attack",
    "incidents", "incident", "strikes", "airstrikes", "raids", "operations", "cattle", "cows",
    "goats", "sheep", "camels", "animals", "livestock", "heads", "donkeys", "horses", "oxen",
    "bulls", "calves", "mules", "pigs", "buffaloes", "chickens", "dogs", "tanks", "weapons",
    "guns", "rifles", "articles", "article", "pages", "page", "reports", "votes", "seats",
    "hectares", "acres", "floors", "points", "goals", "charges", "counts", "sentences",
    "verdicts", "convictions", "judgments", "judgements", "hearings", "complaints", "petitions",
    "decrees", "bills", "resolutions", "o'clock", "am", "pm", "hrs", "km2", "sq", "square",
    "billion", "billions", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "group", "groups", "lakh", "crore", "ans", "mois", "jours", "semaines", "heures",
    "fois", "villages,", "camps", "sites", "locations", "checkpoints", "positions", "bases",
    "posts", "shelters", "tents", "families'", "properties", "farms", "fields", "wells",
    "bridges", "roads", "kilos", "grams", "bags", "sacks", "litre", "parcels", "plots",
    "cases,", "offences", "crimes", "murders,", "episodes", "videos", "photos", "images",
    "letters", "messages", "calls", "organizations", "organisations", "ngos", "parties",
    "companies", "states", "nations", "municipalities", "neighbourhoods", "neighborhoods",
    "zones", "areas", "sessions", "events", "shots", "explosions", "blasts", "bombings",
    "shootings", "clashes", "battles", "assaults", "ambushes", "occasions", "locations,",
    "sectors",
];

/// A vehicle, singular or plural: after a person noun ("passenger bus",
/// "police vans") it is the head of the phrase.
fn is_vehicle_noun(w: &str) -> bool {
    matches!(
        w,
        "bus"
            | "buses"
            | "minibus"
            | "minibuses"
            | "train"
            | "trains"
            | "plane"
            | "planes"
            | "aircraft"
            | "jet"
            | "jets"
            | "flight"
            | "flights"
            | "vehicle"
            | "vehicles"
            | "car"
            | "cars"
            | "van"
            | "vans"
            | "coach"
            | "coaches"
            | "boat"
            | "boats"
            | "ferry"
            | "ferries"
            | "ship"
            | "ships"
            | "truck"
            | "trucks"
            | "lorry"
            | "lorries"
    )
}

/// A person noun: its canonical group name and whether it is singular.
/// Canonical names are plural ("soldiers", "police", "people").
#[rustfmt::skip]
/// One person told by the words `i..b`, the first of them standing for
/// the number: "his son", "Ali's nephew", "a policeman".
fn one_person(i: usize, b: usize, group: &str, definite: bool) -> Quantity {
    Quantity {
        a: i,
        qb: i + 1,
        b,
        low: Some(1),
        best: Some(1),
        high: Some(1),
        group: group.to_string(),
        partitive_subset: false,
        strong_partitive: false,
        zero: false,
        definite,
        name: false,
    }
}

/// The person nouns with their group names, which are plural
/// ("soldiers", "police", "people"), and whether they are singular;
/// "others" and "more" have no group of their own. A word here is read
/// before the lists of [`OWN_PLURAL`] and [`OWN_SINGULAR`].
#[rustfmt::skip]
const PERSON_NOUNS: &[(&str, bool, &[&str])] = &[
    ("people", false, &[
        "people", "persons", "personnes", "individuals", "humans", "citizens", "nationals",
    ]),
    ("people", true, &["citizen", "national"]),
    ("people", true, &["person", "personne", "individual"]),
    ("civilians", false, &["civilians", "civils", "civiles"]),
    ("civilians", true, &["civilian"]),
    ("children", false, &["children", "enfants", "kids", "minors"]),
    ("children", true, &["child", "enfant", "minor", "infant", "baby"]),
    ("children", false, &["infants", "babies"]),
    ("women", false, &["women", "femmes"]),
    ("women", true, &["woman", "femme"]),
    ("men", false, &["men", "hommes"]),
    ("men", true, &["man", "homme"]),
    ("boys", false, &["boys"]),
    ("boys", true, &["boy"]),
    ("girls", false, &["girls"]),
    ("girls", true, &["girl"]),
    ("protesters", false, &["protesters", "protestors", "demonstrators", "manifestants"]),
    ("protesters", true, &["protester", "protestor", "demonstrator", "manifestant"]),
    ("soldiers", false, &[
        "soldiers", "troops", "servicemen", "soldats", "militaires", "marines", "paratroopers",
    ]),
    ("soldiers", true, &["soldier", "serviceman", "soldat", "militaire", "marine", "trooper"]),
    ("police", false, &["police", "policemen", "policewomen", "policiers", "constables"]),
    ("police", true, &["policeman", "policewoman", "policier", "constable", "cop"]),
    ("officers", false, &["officers"]),
    ("officers", true, &["officer"]),
    ("gendarmes", false, &["gendarmes"]),
    ("gendarmes", true, &["gendarme"]),
    ("militants", false, &["militants", "fighters", "combatants", "combattants"]),
    ("militants", true, &["militant", "fighter", "combatant"]),
    ("journalists", false, &["journalists", "reporters", "journalistes"]),
    ("journalists", true, &["journalist", "reporter", "journaliste"]),
    ("detainees", false, &["detainees", "prisoners", "inmates", "détenus"]),
    ("detainees", true, &["detainee", "prisoner", "inmate"]),
    ("migrants", false, &["migrants", "refugees", "asylum-seekers"]),
    ("migrants", true, &["migrant", "refugee", "asylum-seeker"]),
    ("assailants", false, &[
        "assailants", "attackers", "gunmen", "perpetrators", "bombers", "assaillants",
        "shooters", "aggressors",
    ]),
    ("assailants", true, &[
        "assailant", "attacker", "gunman", "perpetrator", "bomber", "assaillant", "shooter",
        "aggressor",
    ]),
    ("hostages", false, &["hostages", "otages"]),
    ("hostages", true, &["hostage", "otage"]),
    ("victims", false, &["victims", "victimes"]),
    ("victims", true, &["victim", "victime"]),
    ("", false, &["others", "more", "autres"]),
];

fn person_noun(w: &str) -> Option<(&'static str, bool)> {
    person_of(lex(w))
}

/// Person nouns kept in the text's own words ("villagers", "pilgrims"):
/// each plural is its own group, and each singular the group of its
/// plural. A plural listed also as a singular is read as the plural.
#[rustfmt::skip]
const OWN_PLURAL: &[&str] = &[
    "villagers", "residents", "farmers", "herders", "herdsmen", "traders", "merchants",
    "students", "pupils", "teachers", "workers", "employees", "staff", "passengers",
    "travellers", "travelers", "drivers", "pilgrims", "worshippers", "worshipers",
    "activists", "lawyers", "judges", "officials", "politicians", "candidates", "members",
    "leaders", "commanders", "chiefs", "elders", "youths", "youth", "teenagers", "doctors",
    "nurses", "guards", "bodyguards", "rebels", "insurgents", "jihadists", "terrorists",
    "extremists", "islamists", "suspects", "bystanders", "motorists", "shepherds",
    "fishermen", "miners", "tourists", "marketgoers", "shoppers", "customers", "guests",
    "relatives", "mourners", "voters", "supporters", "opponents", "clerics", "imams",
    "priests", "monks", "nuns", "pastors", "villageois", "agents", "personnel",
    "peacekeepers", "militiamen", "militia", "dozos", "hunters", "vigilantes", "recruits",
    "cadets", "guardsmen", "rangers", "contractors", "subcontractors", "engineers",
    "diplomats", "deputies",
    "councillors", "councilors", "mayors", "governors", "ministers", "servants", "defenders",
    "unionists", "bloggers", "artists", "musicians", "athletes", "settlers", "spectators",
    "onlookers", "commuters", "pedestrians", "companions", "labourers", "laborers", "porters", "family",
    "families", "households", "sympathizers", "collaborators", "informants", "informers",
    "smugglers", "bandits", "robbers", "kidnappers", "pirates", "gangsters", "criminals",
    "thieves", "owners", "rioters", "looters", "cattle-herders", "herdsman", "survivors", "wounded", "humanitarians",
    "aid-workers", "volunteers", "interns", "inhabitants", "displaced", "evacuees",
    "deportees", "returnees", "nomads", "locals", "natives", "parishioners", "believers",
    "congregants", "churchgoers", "pupils", "schoolchildren", "schoolgirls", "schoolboys",
    "babies", "toddlers", "adults", "elderly", "husbands", "wives", "sons", "daughters",
    "brothers", "sisters", "fathers", "mothers", "parents", "siblings", "cousins", "friends",
    "colleagues", "crew", "crewmen", "sailors", "pilots", "airmen", "seamen", "fishers",
    "witnesses", "accused", "defendants", "convicts", "detenus", "employés", "élèves",
    "étudiants", "commerçants", "éleveurs", "agriculteurs", "forains", "orpailleurs",
    "chauffeurs", "passagers", "fidèles", "membres", "jihadistes", "terroristes", "gardes",
    "doormen", "visitors", "guides", "mechanics", "shopkeepers", "vendors", "cooks",
    "waiters", "watchmen", "clerks", "cashiers", "bankers", "accountants", "pharmacists",
    "surgeons", "midwifes", "paramedics", "firefighters", "photographers", "cameramen",
    "translators", "interpreters", "technicians", "electricians", "plumbers", "builders",
    "farmhands", "tailors", "barbers", "butchers", "bakers", "diners", "patients", "patrons",
    "tenants", "landlords", "neighbours", "neighbors", "nephews", "nieces", "uncles",
    "aunts", "grandsons", "granddaughters", "grandfathers", "grandmothers", "coworkers",
    "co-workers", "bureaucrats", "magistrates", "prosecutors", "attorneys", "corporals",
    "conscripts", "headmen", "sheikhs", "missionaries", "dentists", "adolescents",
    "pensioners", "veterans", "cyclists", "poachers", "traffickers", "headmasters",
    "lecturers", "professors", "scholars", "preachers", "bishops", "muezzins",
    "entrepreneurs", "rabbis", "legislators", "parliamentarians", "mps", "tribesmen",
    "footballers", "singers", "poets", "jewellers", "landowners", "assistants", "aides",
    "brothers-in-law", "sisters-in-law", "sons-in-law", "daughters-in-law",
    "fathers-in-law", "mothers-in-law", "girlfriends", "boyfriends", "fiancees",
    "experts", "specialists", "administrators", "associates",
];
#[rustfmt::skip]
const OWN_SINGULAR: &[(&str, &str)] = &[
    ("villager", "villagers"), ("resident", "residents"), ("farmer", "farmers"),
    ("herder", "herders"), ("trader", "traders"), ("merchant", "merchants"),
    ("student", "students"), ("pupil", "pupils"), ("teacher", "teachers"),
    ("schoolteacher", "schoolteachers"), ("jogger", "joggers"),
    ("worker", "workers"), ("employee", "employees"), ("passenger", "passengers"),
    ("traveller", "travellers"), ("traveler", "travelers"), ("driver", "drivers"),
    ("pilgrim", "pilgrims"), ("worshipper", "worshippers"), ("activist", "activists"),
    ("lawyer", "lawyers"), ("judge", "judges"), ("official", "officials"),
    ("politician", "politicians"), ("candidate", "candidates"), ("member", "members"),
    ("leader", "leaders"), ("commander", "commanders"), ("chief", "chiefs"),
    ("elder", "elders"), ("teenager", "teenagers"), ("doctor", "doctors"),
    ("nurse", "nurses"), ("guard", "guards"), ("bodyguard", "bodyguards"),
    ("colleague", "colleagues"), ("companion", "companions"), ("friend", "friends"),
    ("aide", "aides"), ("brother-in-law", "brothers-in-law"),
    ("sister-in-law", "sisters-in-law"), ("son-in-law", "sons-in-law"),
    ("daughter-in-law", "daughters-in-law"), ("father-in-law", "fathers-in-law"),
    ("mother-in-law", "mothers-in-law"), ("girlfriend", "girlfriends"),
    ("boyfriend", "boyfriends"), ("fiancee", "fiancees"),
    ("rebel", "rebels"), ("insurgent", "insurgents"), ("jihadist", "jihadists"),
    ("terrorist", "terrorists"), ("suspect", "suspects"), ("bystander", "bystanders"),
    ("motorist", "motorists"), ("shepherd", "shepherds"), ("fisherman", "fishermen"),
    ("miner", "miners"), ("tourist", "tourists"), ("customer", "customers"),
    ("guest", "guests"), ("relative", "relatives"), ("cleric", "clerics"), ("imam", "imams"),
    ("priest", "priests"), ("pastor", "pastors"), ("monk", "monks"), ("agent", "agents"),
    ("peacekeeper", "peacekeepers"), ("militiaman", "militiamen"), ("hunter", "hunters"),
    ("contractor", "contractors"), ("subcontractor", "subcontractors"),
    ("engineer", "engineers"), ("diplomat", "diplomats"),
    ("deputy", "deputies"), ("councillor", "councillors"), ("mayor", "mayors"),
    ("governor", "governors"), ("minister", "ministers"), ("servant", "servants"),
    ("defender", "defenders"), ("blogger", "bloggers"), ("settler", "settlers"),
    ("pedestrian", "pedestrians"), ("labourer", "labourers"), ("bandit", "bandits"),
    ("owner", "owners"), ("rioter", "rioters"), ("looter", "looters"),
    ("herdsman", "herdsmen"), ("businessman", "businessmen"),
    ("businesswoman", "businesswomen"), ("volunteer", "volunteers"), ("husband", "husbands"),
    ("wife", "wives"), ("son", "sons"), ("daughter", "daughters"), ("brother", "brothers"),
    ("sister", "sisters"), ("father", "fathers"), ("mother", "mothers"),
    ("sailor", "sailors"), ("pilot", "pilots"), ("witness", "witnesses"), ("youth", "youths"),
    ("local", "locals"), ("trainee", "trainees"), ("cadet", "cadets"), ("ranger", "rangers"),
    ("vigilante", "vigilantes"), ("smuggler", "smugglers"), ("robber", "robbers"),
    ("inhabitant", "inhabitants"), ("spectator", "spectators"),
    ("president", "presidents"), ("commissioner", "commissioners"),
    ("director", "directors"), ("editor", "editors"), ("chairman", "chairmen"),
    ("secretary", "secretaries"), ("ambassador", "ambassadors"), ("senator", "senators"),
    ("lawmaker", "lawmakers"), ("colonel", "colonels"), ("captain", "captains"),
    ("lieutenant", "lieutenants"), ("sergeant", "sergeants"), ("passerby", "passersby"),
    ("classmate", "classmates"), ("opponent", "opponents"), ("supporter", "supporters"),
    ("doorman", "doormen"), ("visitor", "visitors"), ("guide", "guides"),
    ("mechanic", "mechanics"), ("shopkeeper", "shopkeepers"), ("vendor", "vendors"),
    ("cook", "cooks"), ("waiter", "waiters"), ("watchman", "watchmen"), ("clerk", "clerks"),
    ("cashier", "cashiers"), ("banker", "bankers"), ("accountant", "accountants"),
    ("pharmacist", "pharmacists"), ("surgeon", "surgeons"), ("midwife", "midwifes"),
    ("paramedic", "paramedics"), ("firefighter", "firefighters"),
    ("photographer", "photographers"), ("cameraman", "cameramen"),
    ("translator", "translators"), ("interpreter", "interpreters"),
    ("technician", "technicians"), ("electrician", "electricians"), ("plumber", "plumbers"),
    ("builder", "builders"), ("farmhand", "farmhands"), ("tailor", "tailors"),
    ("barber", "barbers"), ("butcher", "butchers"), ("baker", "bakers"), ("diner", "diners"),
    ("patient", "patients"), ("patron", "patrons"), ("tenant", "tenants"),
    ("landlord", "landlords"), ("neighbour", "neighbours"), ("neighbor", "neighbors"),
    ("nephew", "nephews"), ("niece", "nieces"), ("cousin", "cousins"), ("uncle", "uncles"),
    ("aunt", "aunts"), ("grandson", "grandsons"), ("granddaughter", "granddaughters"),
    ("grandfather", "grandfathers"), ("grandmother", "grandmothers"),
    ("coworker", "coworkers"), ("co-worker", "co-workers"), ("bureaucrat", "bureaucrats"),
    ("magistrate", "magistrates"), ("prosecutor", "prosecutors"), ("attorney", "attorneys"),
    ("corporal", "corporals"), ("conscript", "conscripts"), ("recruit", "recruits"),
    ("headman", "headmen"), ("sheikh", "sheikhs"), ("missionary", "missionaries"),
    ("dentist", "dentists"), ("schoolboy", "schoolboys"), ("schoolgirl", "schoolgirls"),
    ("toddler", "toddlers"), ("adolescent", "adolescents"), ("pensioner", "pensioners"),
    ("veteran", "veterans"), ("cyclist", "cyclists"), ("commuter", "commuters"),
    ("mourner", "mourners"), ("defendant", "defendants"), ("convict", "convicts"),
    ("thief", "thieves"), ("poacher", "poachers"), ("trafficker", "traffickers"),
    ("kidnapper", "kidnappers"), ("informant", "informants"), ("informer", "informers"),
    ("collaborator", "collaborators"), ("headmaster", "headmasters"),
    ("lecturer", "lecturers"), ("professor", "professors"), ("scholar", "scholars"),
    ("preacher", "preachers"), ("bishop", "bishops"), ("muezzin", "muezzins"),
    ("nun", "nuns"), ("entrepreneur", "entrepreneurs"), ("rabbi", "rabbis"),
    ("legislator", "legislators"), ("parliamentarian", "parliamentarians"),
    ("mp", "mps"), ("tribesman", "tribesmen"), ("footballer", "footballers"),
    ("singer", "singers"), ("poet", "poets"), ("jeweller", "jewellers"),
    ("landowner", "landowners"), ("administrator", "administrators"),
    ("associate", "associates"),
];

/// Adjectives dropped from a group in the text's own words
/// ("presumed terrorists" -> "terrorists").
#[rustfmt::skip]
fn is_dropped_modifier(w: &str) -> bool {
    w.ends_with("ed")
        || w.ends_with("ly")
        || matches!(
            w,
            "local" | "other" | "more" | "additional" | "further" | "young" | "elderly" | "old"
            | "innocent" | "unarmed" | "armed" | "unknown" | "several" | "many" | "all" | "both"
            | "former" | "senior" | "junior" | "female" | "male" | "foreign" | "unidentified"
            | "alleged" | "presumed" | "suspected" | "peaceful"
        )
}

/// An age written as one word: "47-year-old", "6-years-old".
fn is_age_word(w: &str) -> bool {
    w.strip_suffix("-year-old")
        .or_else(|| w.strip_suffix("-years-old"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Words that end a noun phrase: prepositions, verbs of being, conjunctions,
/// relatives, pronouns, and time adverbs.
#[rustfmt::skip]
const NP_STOPS: &[&str] = &[
    "in", "on", "at", "from", "of", "during", "near", "by", "with", "after", "before", "and",
    "or", "but", "while", "who", "whose", "whom", "which", "that", "were", "was", "are", "is",
    "be", "been", "being", "have", "has", "had", "to", "for", "into", "when", "as", "across",
    "inside", "outside", "including", "among", "between", "over", "under", "since", "until",
    "yesterday", "today", "overnight", "earlier", "later", "last", "this", "the", "a", "an",
    "his", "her", "their", "its", "them", "they", "he", "she", "it", "we", "also", "reportedly",
    "allegedly", "both", "all", "each", "apiece", "ont", "a-t-il", "sont", "dans", "à", "au",
    "près", "lors", "par", "et", "dont", "qui", "le", "la", "les", "des", "du", "de", "d", "l",
    "en", "sur", "respectively", "so", "far", "per", "according", "amid", "along", "against",
    "within", "without", "toward", "towards", "through", "where", "whereas", "because", "than",
    "not",
];

fn is_np_stop(w: &str) -> bool {
    lex(w) & LEX_NP_STOP != 0
}

/// Words passed over between a trigger and the number after it
/// ("killed at least", "the killing of", "arrested a total of").
#[rustfmt::skip]
fn is_left_filler(w: &str) -> bool {
    matches!(
        w,
        "reported" | "estimated" |
        "the" | "of" | "another" | "further" | "additional" | "a" | "an" | "total" | "all"
        | "also" | "reportedly" | "allegedly" | "some" | "them" | "those" | "these" | "up"
        | "least" | "respectively" | "de" | "d" | "des" | "les" | "au" | "moins" | "ont" | "été"
        | "were" | "was" | "are" | "is" | "been" | "had" | "have" | "has" | "deliberately"
        | "summarily" | "extrajudicially" | "arbitrarily" | "unlawfully" | "forcibly" | "brutally"
        | "at" | "only" | "just" | "roughly" | "about" | "against"
        // "wounding critically two customers", "injured other five girls".
        | "seriously" | "critically" | "severely" | "slightly" | "lightly" | "badly" | "gravely"
        | "moderately" | "other"
        // "before killing the remaining two".
        | "remaining"
    )
}

#[rustfmt::skip]
fn is_subset_marker(w: &str) -> bool {
    matches!(
        w,
        "including" | "include" | "includes" | "included" | "among" | "amongst" | "whom" | "incl"
        | "dont" | "parmi" | "which"
    )
}

#[rustfmt::skip]
fn is_revision_word(w: &str) -> bool {
    matches!(
        w,
        "rose" | "risen" | "rises" | "rise" | "rising" | "climbed" | "climbs" | "increased"
        | "jumped" | "reached" | "reaches" | "stood" | "stands" | "stand" | "to" | "at" | "now"
        | "later" | "since" | "subsequently" | "final" | "official" | "bringing" | "raising"
        | "revised" | "grew" | "grown" | "upwards" | "upward" | "coded" | "as"
    )
}

/// Words between a counted noun and a following trigger
/// ("22 people were reportedly killed", "13 miners whose bodies ...").
#[rustfmt::skip]
fn right_filler(w: &str) -> Option<RightFill> {
    Some(match w {
        "were" | "was" | "are" | "is" | "been" | "being" | "be" | "got" | "get" | "ont" | "été"
        | "sont" | "a" | "ete" | "have" | "has" | "had" | "were," => RightFill::Copula,
        "who" | "whose" | "that" | "which" | "qui" => RightFill::Relative,
        "reportedly" | "allegedly" | "also" | "all" | "both" | "later" | "subsequently"
        | "eventually" | "then" | "confirmed" | "reported" | "found" | "feared" | "believed"
        | "said" | "thought" | "to" | "left" | "fatally" | "critically" | "seriously"
        | "severely" | "slightly" | "lightly" | "badly" | "suffered" | "sustained" | "received"
        | "apparently" | "immediately" | "instantly" | "respectively" | "presumed" | "being,"
        | "either" | "initially" | "pronounced" | "declared" | "may" | "already" | "still" | "tragically" | "mortally" | "subject"
        | "also," | "bodies" | "ensuite" | "tous" | "toutes" => RightFill::Other,
        _ if w.ends_with("ly") && w.len() > 4 => RightFill::Other,
        _ => return None,
    })
}

/// Words that say how bad wounds were ("minor", "gunshot", "light to
/// moderate"), between "suffered" and "injuries".
#[rustfmt::skip]
fn is_wound_modifier(w: &str) -> bool {
    matches!(
        w,
        "minor" | "light" | "slight" | "moderate" | "serious" | "severe" | "critical" | "grave"
            | "major" | "multiple" | "various" | "gunshot" | "bullet" | "shrapnel" | "stab"
            | "burn" | "head" | "life-threatening" | "non-life-threatening" | "to"
            | "and" | "mild" | "superficial" | "heavy" | "horrific" | "significant" | "some"
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RightFill {
    Copula,
    Relative,
    Other,
}

/// A word for an illness or epidemic, whose deaths are no violence.
fn is_illness(w: &str) -> bool {
    matches!(
        w,
        "virus"
            | "hiv"
            | "aids"
            | "hiv/aids"
            | "malaria"
            | "cholera"
            | "tuberculosis"
            | "ebola"
            | "covid-19"
            | "covid"
            | "measles"
            | "epidemic"
            | "pandemic"
            | "disease"
            | "diseases"
            | "illness"
    )
}

/// Words of intent before "to": the harm was planned or feared, not done.
#[rustfmt::skip]
fn is_intent(w: &str) -> bool {
    matches!(
        w,
        "attempted" | "attempt" | "attempts" | "attempting" | "wanted" | "want" | "wants"
        | "hoped" | "hoping" | "seeking" | "sought" | "seek" | "threatened" | "threats" | "threat"
        | "threatening" | "threaten" | "trying" | "tried" | "try" | "failed" | "failing" | "fail"
        | "intended" | "intending" | "intend" | "intends" | "going" | "plan" | "plans" | "planned"
        | "planning" | "plot" | "plotted" | "plotting" | "vowed" | "vow" | "aimed" | "aiming"
        | "designed" | "conspiracy" | "conspired" | "order" | "bid" | "effort" | "efforts"
        | "calls" | "call" | "called" | "urged" | "wishing" | "wished" | "preparing" | "prepared"
        | "ready" | "likely" | "set" | "about" | "expected" | "decided" | "refused" | "ordered"
        | "tend"
    )
}

/// Words that open an aside after a comma ("four people, including the
/// assailant, were killed").
#[rustfmt::skip]
fn is_aside_start(w: &str) -> bool {
    matches!(
        w,
        "including" | "identified" | "among" | "aged" | "mostly" | "most" | "many" | "all"
            | "both" | "mainly" | "not" | "in" | "excluding" | "besides" | "primarily"
            | "largely" | "predominantly" | "reportedly" | "mainly," | "majority"
    )
}

/// Asides that may list several people, comma after comma, before the
/// verb ("seven people, including a guard, two drivers and a child, died").
fn is_list_aside(w: &str) -> bool {
    matches!(w, "including" | "excluding" | "besides" | "among")
}

/// The groups every user filters on: always named the same way.
#[rustfmt::skip]
fn is_standard_group(g: &str) -> bool {
    matches!(
        g,
        "people" | "civilians" | "children" | "women" | "men" | "boys" | "girls" | "protesters"
            | "soldiers" | "police" | "officers" | "gendarmes" | "militants" | "journalists"
            | "detainees" | "migrants" | "assailants" | "hostages" | "victims"
    )
}

/// Triggers that are nouns: a name right before one is not its victim
/// ("No fatalities", "Amnesty deaths report").
#[rustfmt::skip]
fn is_noun_trigger(w: &str) -> bool {
    matches!(
        w,
        "fatalities" | "fatality" | "deaths" | "death" | "injuries" | "injury" | "killings"
            | "killing" | "arrests" | "arrest" | "detention" | "abduction" | "abductions"
            | "kidnapping" | "kidnappings" | "disappearance" | "disappearances" | "torture"
            | "rape" | "rapes" | "displacement" | "execution" | "executions" | "massacre"
            | "murder" | "murders" | "bodies" | "corpses" | "toll" | "wounds" | "casualties"
    )
}

/// Slips of the keyboard in hand-written event lists, read as the word
/// meant: "were killled", "killling 12", and "where" for "were" before a
/// participle of harm ("nine people where killed").
fn typo<'a>(w: &'a str, next: &str) -> &'a str {
    match w {
        "killled" | "kiled" | "kileld" => "killed",
        "killling" => "killing",
        // "killing thee civilians": "thee" before a plural noun of people
        // is a slip for "three", never the old pronoun.
        "thee" if matches!(person_noun(next), Some((_, false))) => "three",
        "where"
            if next.ends_with("ed")
                && matches!(
                    trigger_word(next),
                    Some(CountKind::Killed | CountKind::Injured)
                ) =>
        {
            "were"
        }
        _ => w,
    }
}

/// Words that are never part of a name (`Scanner::is_name_word`), though
/// written with a capital at the start of a sentence: prepositions,
/// pronouns, determiners, conjunctions, and the nouns and adjectives of
/// the bodies that act ("police", "army", "unidentified").
#[rustfmt::skip]
const NOT_NAME_WORDS: &[&str] = &[
    "on", "in", "at", "after", "when", "while", "according", "police", "authorities", "government",
    "army", "security", "state", "forces", "unknown", "unidentified", "suspected", "armed", "local",
    "officials", "residents", "witnesses", "sources", "some", "two", "several", "we", "i", "you",
    "there", "however", "later", "earlier", "meanwhile", "also", "then", "it", "this", "these",
    "those", "his", "her", "their", "its", "our", "no", "neither", "nor", "not", "none", "all",
    "each", "every", "either", "any", "many", "few", "one", "other", "another", "he", "she", "they",
    "who", "what", "which", "if", "as", "but", "so", "yet", "for", "from", "with", "by", "during",
    "following", "since", "until", "before", "between", "among", "my", "your", "that", "such",
    "most", "more", "less",
];

fn is_quote(t: &str) -> bool {
    matches!(t, "\"" | "“" | "”" | "‘" | "’" | "«" | "»" | "'")
}

/// Single words that name a harm.
#[rustfmt::skip]
const TRIGGER_WORDS: &[(CountKind, &[&str])] = {
    use CountKind::*;
    &[
        (Killed, &[
            "kill", "kills", "killed", "killing", "killings", "dead", "died", "die", "dies",
            "dying", "death", "deaths", "executed", "execution", "executions", "executing",
            "massacred", "massacre", "massacring", "murdered", "murder", "murders",
            "murdering", "slain", "slaughtered", "slaughter", "assassinated",
            "assassination", "assassinations", "beheaded", "beheading", "decapitated", "lynched",
            "lynching", "perished", "fatalities", "fatality", "bodies", "corpses", "body", "corpse",
            "deceased", "gunned", "tués", "tuées", "tué", "tuée", "tuant", "morts",
            "mortes", "mort", "décès", "exécutés", "exécuté", "massacrés", "toll",
            // The historical present of event lists ("militants behead a
            // hostage"), and killings told by their manner.
            "beheads", "behead", "executes", "execute", "crucified", "crucifies",
            "crucify", "butchered",
        ]),
        (Injured, &[
            "injured", "injure", "injures", "injuring", "injuries", "injury", "wounded",
            "wounding", "wounds", "hurt", "maimed", "hospitalised", "hospitalized",
            "blessés", "blessé", "blessée", "blessées", "blessant", "hospitalizing", "hospitalising",
            // Misspellings seen in hand-written event lists.
            "injuried", "injurid", "wunded", "inuring",
        ]),
        (Arrested, &[
            "arrested", "arrest", "arrests", "arresting", "detained", "detain", "detaining",
            "detention", "apprehended", "captured", "jailed", "imprisoned", "arrêtés",
            "arrêté", "arrêtées", "arrêtée", "interpellés", "interpellées", "interpellé",
            "interpellation", "arrestation", "arrestations",
        ]),
        (Disappeared, &[
            "disappeared", "disappearance", "disappearances", "abducted", "abduct",
            "abducting", "abduction", "abductions", "kidnapped", "kidnap", "kidnapping",
            "kidnappings", "kidnaps", "hostage", "enlevés", "enlevées", "enlevé",
            "enlèvement", "disparus", "disparues", "missing",
        ]),
        (Tortured, &[
            "tortured", "torture", "torturing", "tortures", "ill-treatment", "ill-treated",
            "mistreated", "mistreatment", "ill-treating", "torturés",
        ]),
        (SexualViolence, &[
            "raped", "rape", "rapes", "raping", "gang-raped", "violées",
        ]),
        (Displaced, &[
            "displaced", "displacing", "displacement", "fled", "flee", "fleeing", "uprooted",
            "evicted", "déplacés", "déplacées",
        ]),
    ]
};

/// The kind of harm a single word names (see [`TRIGGER_WORDS`]).
fn trigger_word(w: &str) -> Option<CountKind> {
    trigger_of(lex(w))
}

/// The first words of the triggers `Scanner::trigger_at` reads beyond a
/// single word of harm (see [`trigger_word`]), save "<participle> to
/// death": a word outside this list is a trigger only by itself.
#[rustfmt::skip]
const TRIGGER_PHRASE_OPENERS: &[&str] = &[
    "sentenced", "condemned", "condamnés", "condamné", "death", "casualty",
    "fatality", "injury", "arrest", "body", "bodies", "shot", "shooting", "fatally", "gunned",
    "remains", "burned", "burnt", "burning", "burns", "burn", "buried",
    "buries", "bury", "burying", "throats", "heads", "slit", "slits",
    "slitting", "cut", "cuts", "cutting", "lost", "claimed", "claiming",
    "claim", "claims", "took", "taking", "taken", "held", "rounded",
    "sexually", "sexual", "forced", "driven", "fled", "from", "succumbed",
    "succumbs", "succumb", "succumbing", "stabbed", "stabbing", "stabs",
    "lives", "wound", "wounds", "sending", "sent", "send", "sends", "rushed",
    "transported", "evacuated", "admitted", "brought", "airlifted", "report",
    "ferried", "to", "hostage",
];

/// "al-Zintani", "el-Sisi", "bin-Laden": a lowercase particle joined to a
/// capitalised surname is still a name.
fn particle_name(r: &str) -> bool {
    r.split_once(['-', '\'', '’']).is_some_and(|(p, rest)| {
        matches!(
            p,
            "al" | "el"
                | "ad"
                | "as"
                | "ash"
                | "az"
                | "ar"
                | "an"
                | "ul"
                | "bin"
                | "ibn"
                | "abu"
                | "d"
                | "de"
                | "di"
                | "da"
                | "du"
                | "o"
        ) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

// ---------------------------------------------------------------------------
// Scanner

#[derive(Clone, Copy, Debug)]
struct Trigger {
    /// Token range [a, b).
    a: usize,
    b: usize,
    kind: CountKind,
    /// "could have killed", "threatened to kill", "were not injured".
    blocked: bool,
    toll: bool,
}

#[derive(Clone, Debug)]
struct Quantity {
    /// Token range of the qualifier and number words [a, qb), and of the
    /// whole noun phrase [a, b).
    a: usize,
    qb: usize,
    b: usize,
    low: Option<u32>,
    best: Option<u32>,
    high: Option<u32>,
    group: String,
    /// "12 of those killed", "five of them".
    partitive_subset: bool,
    /// "of those killed", "of the dead": a subset even when the total is in
    /// another sentence.
    strong_partitive: bool,
    /// "no one", "no civilians": only linked to a following trigger.
    zero: bool,
    /// "the driver": a count of one only when a trigger follows or precedes
    /// it directly.
    definite: bool,
    /// A person's name ("Moussa Keita", "Farid Osman"): one person,
    /// linked only through a verb of being or a verb right before it.
    name: bool,
}
impl Quantity {
    /// One person the text names ("Ivo Marsh", "Captain Ivo Marsh"), from
    /// token `a` to `end`: exactly one, definite, and a name, so that a
    /// description after it is the same person.
    fn named_person(a: usize, end: usize, group: String) -> Quantity {
        Quantity {
            a,
            qb: end,
            b: end,
            low: Some(1),
            best: Some(1),
            high: Some(1),
            group,
            partitive_subset: false,
            strong_partitive: false,
            zero: false,
            definite: true,
            name: true,
        }
    }
}

struct Scanner<'t> {
    text: &'t str,
    lower: &'t str,
    toks: Vec<Tok>,
    /// Trigger index by token, for every token a trigger covers.
    trig_at: Vec<Option<usize>>,
    triggers: Vec<Trigger>,
    /// Each token's word as the scanner reads it (lower case, slips mended),
    /// worked out once: `w` is called many times per token.
    words: Vec<&'t str>,
    /// Each word's facts ([`lex`]), looked up once.
    facts: Vec<u64>,
    /// Each token's answer to `is_name_word` once asked
    /// ([`NAME_WORD_UNKNOWN`] before).
    name_word: Vec<Cell<u8>>,
    /// Which of the words that open a sentence-wide pass of `run` the
    /// sentence holds (see [`PASS_CUES`]).
    cues: u8,
}

/// The words without which a pass of `Scanner::run` over every token finds
/// nothing: each pass reads on from a token only where that token's word
/// (or the next one's, for "days after" and "not including") is one of
/// its cue words, and changes nothing before. The words are looked up once
/// per sentence, and a pass whose cue is missing is skipped.
const CUE_ZERO: u8 = 1;
const CUE_BODY: u8 = 1 << 1;
const CUE_INCLUDING: u8 = 1 << 2;
const CUE_BLEW: u8 = 1 << 3;
const CUE_DETONATED: u8 = 1 << 4;
const CUE_AFTER_BEFORE: u8 = 1 << 5;
const CUE_SUICIDE: u8 = 1 << 6;

/// The words besides number words that may open a count, as qualifiers,
/// articles, possessives or vague amounts (see `Scanner::may_start_quantity`).
#[rustfmt::skip]
const QUANTITY_OPENERS: &[&str] = &[
    "a", "an", "the", "another", "both", "his", "her", "their", "its", "no", "nobody", "none",
    "no-one", "not", "between", "entre", "at", "more", "greater", "upwards", "upward", "in",
    "over", "au", "plus", "nearly", "almost", "close", "up", "just", "as", "fewer", "less",
    "près", "pres", "jusqu", "about", "around", "some", "approximately", "roughly", "circa",
    "estimated", "environ", "approx", "tens", "hundreds", "several", "many", "numerous",
    "plusieurs", "dozens", "scores", "thousands", "millions", "des", "une", "un", "dozen",
];

/// The words of each pass cue (see [`CUE_ZERO`]).
#[rustfmt::skip]
const PASS_CUES: &[(u8, &[&str])] = &[
    // `zero_nouns`.
    (CUE_ZERO, &["no", "without", "zero", "aucune", "aucun", "sans"]),
    // `body_found`.
    (CUE_BODY, &["body", "bodies", "corpse", "corpses"]),
    // `not_including`.
    (CUE_INCLUDING, &["including"]),
    // `blew_self_up`.
    (CUE_BLEW, &["blew", "blows", "blown", "blowing"]),
    // `attacker_detonated`.
    (CUE_DETONATED, &["detonated"]),
    // `drop_earlier_incident` ("two days after").
    (CUE_AFTER_BEFORE, &["after", "before"]),
    // `suicide_attacker`.
    (CUE_SUICIDE, &["suicide"]),
];

/// What one hash look-up tells of a word: the facts the scanner asks of
/// every token of a sentence with a count cue, packed in a `u64`. Each
/// list was a `match` on the word, which compares the word with the
/// literals of its length one after another; the look-up is made once
/// per token (`Scanner::facts`) and answers them all. Bits 0-6 are the
/// pass cue ([`PASS_CUES`]).
const LEX_CUES: u64 = 0x7f;
/// A word of [`TRIGGER_PHRASE_OPENERS`].
const LEX_OPENS_PHRASE: u64 = 1 << 7;
/// A word of [`QUANTITY_OPENERS`].
const LEX_STARTS_QUANTITY: u64 = 1 << 8;
/// Bits 9-11: the kind of harm the word names, as its place in
/// [`TRIGGER_WORDS`] plus one.
const LEX_TRIGGER_SHIFT: u32 = 9;
/// Bits 12-18: the number the word writes ([`SMALL_NUMBERS`]).
const LEX_NUMBER_SHIFT: u32 = 12;
/// Bits 19-20: the word's multiplier, as its place in [`MULTIPLIERS`]
/// plus one.
const LEX_MULTIPLIER_SHIFT: u32 = 19;
/// A word of [`MONTHS`].
const LEX_MONTH: u64 = 1 << 21;
/// A word of [`NON_PERSON_NOUNS`].
const LEX_NON_PERSON: u64 = 1 << 22;
/// A word of [`NP_STOPS`].
const LEX_NP_STOP: u64 = 1 << 23;
/// A word without a hyphen that `Scanner::number_at` can read a number
/// from: a number word ([`SMALL_NUMBERS`]) or one of [`NUMBER_OPENERS`].
const LEX_OPENS_NUMBER: u64 = 1 << 24;
/// A word of [`QUALIFIER_OPENERS`].
const LEX_OPENS_QUALIFIER: u64 = 1 << 25;
/// A word of [`VAGUE_OPENERS`].
const LEX_OPENS_VAGUE: u64 = 1 << 26;
/// A word of [`NOT_NAME_WORDS`].
const LEX_NOT_NAME: u64 = 1 << 27;
/// Bits 32-47: the word's reading as a person noun ([`person_noun`]), as
/// its place in `Lexicon::persons` plus one.
const LEX_PERSON_SHIFT: u32 = 32;

/// The words besides number words at which the loop of
/// `Scanner::number_at` can read a number from a word without a hyphen.
/// Its first step, with nothing read yet, goes on only at a number word
/// (`number_word`; without a hyphen, `hyphen_number` is `small_number`),
/// at "hundred", "thousand", "cent" or "mille" (any other multiplier
/// stops it), at "a" before a multiplier or "dozen" and at "dozen" after
/// "a"; `hyphen_multiple` needs a hyphen, and "and" needs a number read.
const NUMBER_OPENERS: &[&str] = &["hundred", "thousand", "cent", "mille", "a", "dozen"];

/// The first words of the phrases of [`qualifier`]: at any other word it
/// finds none.
#[rustfmt::skip]
const QUALIFIER_OPENERS: &[&str] = &[
    "at", "no", "not", "a", "more", "greater", "upwards", "upward", "in", "over", "au", "plus",
    "nearly", "almost", "close", "up", "just", "as", "fewer", "less", "près", "pres", "jusqu",
    "about", "around", "some", "approximately", "roughly", "circa", "an", "estimated",
    "environ", "approx",
];

/// The first words of the phrases of [`vague_word`]: at any other word it
/// finds none.
#[rustfmt::skip]
const VAGUE_OPENERS: &[&str] = &[
    "tens", "hundreds", "a", "several", "many", "numerous", "plusieurs", "dozens", "scores",
    "thousands", "millions", "des", "une",
];

struct Lexicon {
    facts: FxHashMap<&'static str, u64>,
    /// The group and number of each person noun, as [`person_noun`] gives.
    persons: Vec<(&'static str, bool)>,
}

/// Every word of the lexicon with its facts, and the person nouns'
/// readings the facts point to (see [`LEX_PERSON_SHIFT`]).
#[allow(clippy::type_complexity)]
fn lexicon_words() -> (FxHashMap<&'static str, u64>, Vec<(&'static str, bool)>) {
    let mut m: FxHashMap<&'static str, u64> = FxHashMap::default();
    let mut add = |words: &[&'static str], fact: u64| {
        for w in words {
            *m.entry(*w).or_insert(0) |= fact;
        }
    };
    for (cue, words) in PASS_CUES {
        add(words, u64::from(*cue));
    }
    add(TRIGGER_PHRASE_OPENERS, LEX_OPENS_PHRASE);
    add(QUANTITY_OPENERS, LEX_STARTS_QUANTITY);
    for (k, (_, words)) in (1..).zip(TRIGGER_WORDS) {
        add(words, k << LEX_TRIGGER_SHIFT);
    }
    for (n, words) in SMALL_NUMBERS {
        add(words, u64::from(*n) << LEX_NUMBER_SHIFT);
    }
    for (k, (_, words)) in (1..).zip(MULTIPLIERS) {
        add(words, k << LEX_MULTIPLIER_SHIFT);
    }
    add(MONTHS, LEX_MONTH);
    add(NON_PERSON_NOUNS, LEX_NON_PERSON);
    add(NP_STOPS, LEX_NP_STOP);
    for (_, words) in SMALL_NUMBERS {
        add(words, LEX_OPENS_NUMBER);
    }
    add(NUMBER_OPENERS, LEX_OPENS_NUMBER);
    add(QUALIFIER_OPENERS, LEX_OPENS_QUALIFIER);
    add(VAGUE_OPENERS, LEX_OPENS_VAGUE);
    add(NOT_NAME_WORDS, LEX_NOT_NAME);
    // A person noun takes its first reading: [`PERSON_NOUNS`] before
    // the own plurals, and those before the own singulars.
    let mut persons: Vec<(&'static str, bool)> = Vec::new();
    let mut person_read: FxHashMap<&'static str, (&'static str, bool)> = FxHashMap::default();
    for (group, one, words) in PERSON_NOUNS {
        for w in *words {
            person_read.entry(*w).or_insert((*group, *one));
        }
    }
    for p in OWN_PLURAL {
        person_read.entry(*p).or_insert((*p, false));
    }
    for (s, p) in OWN_SINGULAR {
        person_read.entry(*s).or_insert((*p, true));
    }
    for (w, reading) in person_read {
        persons.push(reading);
        *m.entry(w).or_insert(0) |= (persons.len() as u64) << LEX_PERSON_SHIFT;
    }
    (m, persons)
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let (facts, persons) = lexicon_words();
        Lexicon { facts, persons }
    })
}

/// The facts of the word `w` (see [`LEX_CUES`]); 0 for a word no list
/// holds, such as "".
fn lex(w: &str) -> u64 {
    lexicon().facts.get(w).copied().unwrap_or(0)
}

/// The person noun a word with these facts is ([`person_noun`]).
fn person_of(facts: u64) -> Option<(&'static str, bool)> {
    let k = (facts >> LEX_PERSON_SHIFT) & 0xffff;
    (k > 0).then(|| lexicon().persons[k as usize - 1])
}

/// The kind of harm of a word with these facts ([`trigger_word`]).
fn trigger_of(facts: u64) -> Option<CountKind> {
    let k = (facts >> LEX_TRIGGER_SHIFT) & 7;
    (k > 0).then(|| TRIGGER_WORDS[k as usize - 1].0)
}

/// The number a word with these facts writes ([`small_number`]).
fn number_of(facts: u64) -> Option<u64> {
    let n = (facts >> LEX_NUMBER_SHIFT) & 0x7f;
    (n > 0).then_some(n)
}

/// The multiplier a word with these facts is ([`multiplier`]).
fn multiplier_of(facts: u64) -> Option<u64> {
    let k = (facts >> LEX_MULTIPLIER_SHIFT) & 3;
    (k > 0).then(|| MULTIPLIERS[k as usize - 1].0)
}

/// The states of `Scanner::name_word`.
const NAME_WORD_UNKNOWN: u8 = 0;
const NAME_WORD_NO: u8 = 1;
const NAME_WORD_YES: u8 = 2;

impl<'t> Scanner<'t> {
    fn new(text: &'t str, lower: &'t str, toks: Vec<Tok>) -> Scanner<'t> {
        let mut sc = Scanner {
            text,
            lower,
            trig_at: vec![None; toks.len()],
            name_word: vec![Cell::new(NAME_WORD_UNKNOWN); toks.len()],
            toks,
            triggers: Vec::new(),
            words: Vec::new(),
            facts: Vec::new(),
            cues: 0,
        };
        sc.words = (0..sc.toks.len()).map(|i| sc.mended(i)).collect();
        sc.facts = sc.words.iter().map(|w| lex(w)).collect();
        sc.cues = sc
            .facts
            .iter()
            .fold(0, |cues, f| cues | (f & LEX_CUES) as u8);
        sc.find_triggers();
        sc
    }

    fn w(&self, i: usize) -> &'t str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The facts of the word of token `i` ([`lex`]); 0 past the end, as
    /// for the "" that `w` gives there.
    fn facts(&self, i: usize) -> u64 {
        self.facts.get(i).copied().unwrap_or(0)
    }

    /// The token after "were" where the verb of harm should stand: past
    /// adverbs ("later", "then", "subsequently", "-ly" words, "all",
    /// "both") before `limit`, and past a "found" ("found dead", "found
    /// beheaded", "found shot dead").
    fn past_adverbs(&self, mut j: usize, limit: usize) -> usize {
        while j < limit
            && (self.w(j).ends_with("ly")
                || matches!(
                    self.w(j),
                    "later" | "then" | "subsequently" | "all" | "both"
                ))
        {
            j += 1;
        }
        if self.w(j) == "found" {
            j += 1;
        }
        j
    }

    /// The word of token `i` with the slips of `typo` and "at least a" read.
    fn mended(&self, i: usize) -> &'t str {
        match self.toks.get(i) {
            Some(t) => {
                let w = &self.lower[t.s..t.e];
                if matches!(w, "a" | "an") && self.at_least_a(i) {
                    return "one";
                }
                // Only "thee" and "where" are mended by the word after them:
                // the others need not slice it (this runs for every token).
                let next = if matches!(w, "thee" | "where") {
                    self.next_raw(i)
                } else {
                    ""
                };
                typo(w, next)
            }
            None => "",
        }
    }

    /// "killed at least a civilian": the article after "at least" is the
    /// number one, unless it opens a vague amount ("at least a dozen").
    fn at_least_a(&self, i: usize) -> bool {
        let raw = |k: usize| self.toks.get(k).map_or("", |t| &self.lower[t.s..t.e]);
        i >= 2
            && raw(i - 1) == "least"
            && raw(i - 2) == "at"
            && !matches!(
                raw(i + 1),
                "dozen"
                    | "few"
                    | "handful"
                    | "couple"
                    | "hundred"
                    | "thousand"
                    | "million"
                    | "number"
                    | "total"
                    | "score"
                    | "minimum"
                    | "maximum"
                    | "further"
                    | "lot"
                    | "third"
                    | "quarter"
                    | "half"
                    | "tenth"
                    | "fifth"
            )
    }

    /// The lowercased token after `i`, as written (no typo mended).
    fn next_raw(&self, i: usize) -> &'t str {
        match self.toks.get(i + 1) {
            Some(t) => &self.lower[t.s..t.e],
            None => "",
        }
    }

    /// "killed and buried a herder", "executed and dumped three men": the
    /// word at `k` is a second verb after "and" and a verb of harm, and
    /// shares that verb's object.
    fn second_verb_of_harm(&self, k: usize) -> bool {
        k >= 2
            && matches!(
                self.w(k),
                "buried"
                    | "decapitated"
                    | "mutilated"
                    | "dumped"
                    | "dismembered"
                    | "robbed"
                    | "burned"
                    | "burnt"
                    | "hanged"
                    | "stripped"
                    | "threw"
                    | "mutilating"
            )
            && self.w(k - 1) == "and"
            && self.trig_at[k - 2].is_some()
    }

    fn raw(&self, i: usize) -> &'t str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.s..t.e],
            None => "",
        }
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// [`person_noun`] of the word of token `k`, from its facts.
    fn person(&self, k: usize) -> Option<(&'static str, bool)> {
        person_of(self.facts(k))
    }

    /// [`is_non_person`] of the word of token `k`.
    fn non_person(&self, k: usize) -> bool {
        non_person_of(self.w(k), self.facts(k))
    }

    /// [`is_np_stop`] of the word of token `k`, from its facts.
    fn np_stop(&self, k: usize) -> bool {
        self.facts(k) & LEX_NP_STOP != 0
    }

    /// [`is_month`] of the word of token `k`, from its facts.
    fn month(&self, k: usize) -> bool {
        self.facts(k) & LEX_MONTH != 0
    }

    /// [`hyphen_number`] of the word of token `k`: a word without a hyphen
    /// is read from its facts, as `hyphen_number` reads it by
    /// `small_number`.
    fn number_word(&self, k: usize) -> Option<u64> {
        let w = self.w(k);
        if w.bytes().any(|b| b == b'-') {
            hyphen_number(w)
        } else {
            number_of(self.facts(k))
        }
    }

    /// The next four words from `i` ("" past the end), without allocating.
    fn words_from(&self, i: usize) -> [&'t str; 4] {
        [self.w(i), self.w(i + 1), self.w(i + 2), self.w(i + 3)]
    }

    /// [`qualifier`] of the words from `i`. Most words open no qualifier,
    /// which the facts of the first word tell without the comparisons.
    fn qualifier_at(&self, i: usize) -> Option<(Qual, usize)> {
        if self.facts(i) & LEX_OPENS_QUALIFIER == 0 {
            return None;
        }
        qualifier(&self.words_from(i))
    }

    /// [`vague_word`] of the words from `i`, told "no" at once by the first
    /// word's facts as `qualifier_at` is.
    fn vague_at(&self, i: usize) -> Option<(Option<u64>, u64, usize)> {
        if self.facts(i) & LEX_OPENS_VAGUE == 0 {
            return None;
        }
        vague_word(&self.words_from(i))
    }

    fn find_triggers(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if let Some((kind, len, toll)) = self.trigger_at(i) {
                let blocked = self.is_blocked(i, kind);
                let idx = self.triggers.len();
                self.triggers.push(Trigger {
                    a: i,
                    b: i + len,
                    kind,
                    blocked,
                    toll,
                });
                for j in i..i + len {
                    self.trig_at[j] = Some(idx);
                }
                i += len;
            } else {
                i += 1;
            }
        }
    }

    /// The trigger starting at token `i`: kind, length in tokens, and
    /// whether it is a toll ("death toll").
    ///
    /// Run on every token of a sentence with a count cue: most words open
    /// no phrase, and skip the rules of [`Scanner::trigger_rules`] (and
    /// their number look-ups) for the single word of harm. Under test, the
    /// skip is checked against the rules on every token the cases read, so
    /// a rule whose first word is missing from [`TRIGGER_PHRASE_OPENERS`]
    /// fails the cases instead of being skipped silently.
    fn trigger_at(&self, i: usize) -> Option<(CountKind, usize, bool)> {
        let w0 = self.w(i);
        let facts = self.facts(i);
        if facts & LEX_OPENS_PHRASE != 0 || (self.w(i + 1) == "to" && self.w(i + 2) == "death") {
            return self.trigger_rules(i);
        }
        let word = trigger_of(facts).map(|k| (k, 1, w0 == "toll"));
        #[cfg(test)]
        assert_eq!(
            word,
            self.trigger_rules(i),
            "a phrase rule of trigger_rules opens on {w0:?}: add it to TRIGGER_PHRASE_OPENERS"
        );
        word
    }

    /// Every rule of [`Scanner::trigger_at`]: all but the last (a single
    /// word of harm) start at a word of [`TRIGGER_PHRASE_OPENERS`] or at
    /// "<participle> to death"; a new rule's first word goes into that list.
    fn trigger_rules(&self, i: usize) -> Option<(CountKind, usize, bool)> {
        use CountKind::*;
        let w0 = self.w(i);
        let w1 = self.w(i + 1);
        let w2 = self.w(i + 2);
        let w3 = self.w(i + 3);
        match (w0, w1, w2) {
            (
                "sentenced" | "condemned" | "condamnés" | "condamné",
                "to" | "à",
                "death" | "mort",
            ) => return Some((SentencedToDeath, 3, false)),
            ("death", "sentence" | "sentences", _) => return Some((SentencedToDeath, 2, false)),
            ("death" | "casualty" | "fatality", "toll", _) => return Some((Killed, 2, true)),
            ("injury", "toll", _) => return Some((Injured, 2, true)),
            ("death", "penalty" | "threat" | "threats" | "squad" | "squads" | "row", _) => {
                return None
            }
            ("arrest", "warrant" | "warrants", _) => return None,
            // "one hostage died", "two hostages were executed": the
            // hostage is the one killed, no count of abduction.
            ("hostage", "died" | "perished", _) => return None,
            // "the Joint Management Body of the UN": a capitalised "Body"
            // inside a sentence is an organisation's name, not a corpse.
            ("body" | "bodies", _, _)
                if i > 0 && self.raw(i).chars().next().is_some_and(char::is_uppercase) =>
            {
                return None
            }
            (
                "hostage",
                "was" | "were",
                "killed" | "executed" | "murdered" | "beheaded" | "shot",
            ) => return None,
            ("shot", "dead", _) => return Some((Killed, 2, false)),
            (
                "fatally",
                "shot" | "stabbed" | "wounded" | "injured" | "assaulted" | "beaten" | "shooting"
                | "stabbing" | "wounding",
                _,
            ) => return Some((Killed, 2, false)),
            // "shot him dead", "shot them dead": the verb alone is the
            // trigger, so that `pronoun_objects` finds the pronoun after it.
            ("shot", "him" | "her" | "them", "dead") => return Some((Killed, 1, false)),
            ("gunned", "down", _) => return Some((Killed, 2, false)),
            // "the remains of at least 40 people were found": like "the
            // bodies of"; only before a number, as "the remains of the
            // device" or "what remains of the town" are no deaths; and only
            // when they were found (or lie in a grave), as the remains of a
            // war's victims that a commission exhumes, identifies or reburies
            // years later are no deaths of the time told.
            ("remains", "of", _)
                if self.w(i.wrapping_sub(1)) == "the"
                    && (self.number_at(i + 2).is_some()
                        || matches!(
                            w2,
                            "at" | "over" | "more" | "some" | "about" | "nearly" | "around"
                        ) && (i + 3..i + 5).any(|k| self.number_at(k).is_some()))
                    && (i.saturating_sub(4)..i + 12).any(|k| {
                        matches!(
                            self.w(k),
                            "found"
                                | "discovered"
                                | "recovered"
                                | "uncovered"
                                | "unearthed"
                                | "grave"
                                | "graves"
                                | "containing"
                        )
                    }) =>
            {
                return Some((Killed, 1, false))
            }
            ("burned" | "burnt" | "buried", "alive", _) => return Some((Killed, 2, false)),
            // "had their throats slit", "with their throats cut", "their
            // heads were cut off": a killing of the people the pronoun
            // stands for, who come before it.
            ("throats" | "heads", "slit" | "cut", _)
            | ("throats" | "heads", "were" | "had", "slit" | "cut")
                if self.w(i.wrapping_sub(1)) == "their" =>
            {
                let n = if w1 == "slit" || w1 == "cut" { 2 } else { 3 };
                return Some((Killed, n, false));
            }
            // "slit the throats of four herders", "cut the throat of a guard":
            // a killing, whose victims follow "of".
            (
                "slit" | "slits" | "slitting" | "cut" | "cuts" | "cutting",
                "the",
                "throat" | "throats",
            ) if w3 == "of" => return Some((Killed, 4, false)),
            // "cut off the heads of two hostages": a beheading, whose
            // victims follow "of".
            ("cut" | "cuts" | "cutting", "off", "the")
                if matches!(w3, "head" | "heads") && self.w(i + 4) == "of" =>
            {
                return Some((Killed, 5, false))
            }
            // "slit her throat": the pronoun's person was killed (see
            // `pronoun_objects`).
            ("slit" | "slits" | "slitting" | "cut" | "cutting", "his" | "her", "throat")
            | ("slit" | "slitting" | "cut" | "cutting", "their", "throats") => {
                return Some((Killed, 1, false))
            }
            ("lost", "their" | "his" | "her", "lives" | "life") => return Some((Killed, 3, false)),
            (
                "claimed" | "claiming" | "claim" | "claims" | "took" | "taking",
                "the",
                "lives" | "life",
            ) => return Some((Killed, 3, false)),
            ("taken" | "held", "hostage", _) => return Some((Disappeared, 2, false)),
            ("taken", "into", "custody") => return Some((Arrested, 3, false)),
            ("rounded", "up", _) => return Some((Arrested, 2, false)),
            ("sexually", "assaulted" | "abused", _) => return Some((SexualViolence, 2, false)),
            ("sexual", "violence" | "assault" | "abuse", _) => {
                return Some((SexualViolence, 2, false))
            }
            ("forced" | "driven", "from", "their") if w3 == "homes" => {
                return Some((Displaced, 4, false))
            }
            ("forced", "to", "flee" | "leave") => return Some((Displaced, 3, false)),
            ("fled", "their", "homes") => return Some((Displaced, 3, false)),
            ("from", "their", "homes" | "home" | "villages" | "land") => {
                return Some((Displaced, 3, false))
            }
            _ => {}
        }
        // "burned nine villagers alive": the victims stand between the verb
        // and "alive", within the clause.
        if matches!(
            w0,
            "burned"
                | "burnt"
                | "burning"
                | "burns"
                | "burn"
                | "buried"
                | "buries"
                | "bury"
                | "burying"
        ) {
            let alive = (i + 2..(i + 8).min(self.toks.len()))
                .take_while(|&k| self.is_word(k))
                .any(|k| self.w(k) == "alive");
            if alive {
                return Some((Killed, 1, false));
            }
        }
        // "stabbed to death", "beaten to death": any participle before "to death".
        if w1 == "to"
            && w2 == "death"
            && (w0.ends_with("ed") || matches!(w0, "burnt" | "beaten" | "shot"))
        {
            return Some((Killed, 3, false));
        }
        // "stabbed three people", "a guard was stabbed": a stabbing that
        // the text does not say killed anyone wounded them. The verb gives
        // way to one that says more: "stabbed a man to death", "stabbed and
        // killed", "stabbed two policemen, killing one and wounding the
        // other".
        // "one succumbed to his wounds", "two later succumbed to their
        // injuries": a death, whose "wounds" are no count of their own.
        if matches!(w0, "succumbed" | "succumbs" | "succumb" | "succumbing") && w1 == "to" {
            let wounds = (i + 2..(i + 6).min(self.toks.len()))
                .find(|&k| matches!(self.w(k), "wounds" | "wound" | "injuries" | "injury"));
            if let Some(k) = wounds {
                if (i + 2..k).all(|j| self.is_word(j) && self.trig_at[j].is_none()) {
                    return Some((Killed, k + 1 - i, false));
                }
            }
        }
        // "wounded a guard who succumbed the next day": with nothing to
        // succumb to, the word is a death like "died".
        if matches!(w0, "succumbed" | "succumbs") && w1 != "to" {
            return Some((Killed, 1, false));
        }
        // "a stabbing attack" names the attack, not its victims.
        let participle = w0 == "stabbed"
            || self.number_at(i + 1).is_some()
            || matches!(
                w1,
                "a" | "an" | "the" | "his" | "her" | "their" | "two" | "three"
            );
        if matches!(w0, "stabbed" | "stabbing" | "stabs") && participle {
            let end = (i + 24).min(self.toks.len());
            let clause_end = (i + 1..end)
                .find(|&k| matches!(self.w(k), "." | ";" | ":"))
                .unwrap_or(end);
            let to_death = (i + 1..(i + 16).min(clause_end))
                .any(|k| self.w(k) == "to" && self.w(k + 1) == "death");
            // "shot, stabbed and killed", "was stabbed and later died",
            // "stabbed several times and died at the scene".
            let second_verb = matches!(w1, "and" | "," | "or")
                && matches!(trigger_word(w2), Some(Killed | Injured))
                || (i + 1..(i + 7).min(clause_end)).any(|k| {
                    matches!(self.w(k), "died" | "killed")
                        && matches!(self.w(k - 1), "and" | "later" | ",")
                        && !matches!(self.w(k.saturating_sub(2)), "was" | "were")
                });
            let breakdown = (i + 1..end).any(|k| {
                self.w(k) == ","
                    && matches!(
                        self.w(k + 1),
                        "killing" | "injuring" | "wounding" | "leaving" | "left"
                    )
                    && (k + 2..(k + 6).min(self.toks.len()))
                        .any(|j| self.number_at(j).is_some() || self.w(j) == "one")
            });
            return (!to_death && !second_verb && !breakdown).then_some((Injured, 1, false));
        }
        // "sentenced 12 people to death": the kind is settled by "to death"
        // a few words on.
        if matches!(w0, "sentenced" | "condemned") {
            for j in i + 1..(i + 9).min(self.toks.len()) {
                if self.w(j) == "to" && self.w(j + 1) == "death" {
                    return Some((SentencedToDeath, 1, false));
                }
            }
            return None;
        }
        if w0 == "death" && w1 == "to" {
            return None;
        }
        // "claimed another 16 lives", "cost 12 lives".
        if w0 == "lives" && i >= 2 && self.number_at(i - 1).is_some_and(|(_, e)| e == i) {
            let verb = (i.saturating_sub(4)..i).any(|k| {
                matches!(
                    self.w(k),
                    "claimed" | "claiming" | "cost" | "costing" | "took" | "taking"
                )
            });
            if verb {
                return Some((Killed, 1, false));
            }
        }
        // "killing two and wound four", "kill a guard and wound nine
        // people": "wound" after "and" with people after it is the verb, not
        // the noun ("a wound").
        if matches!(w0, "wound" | "wounds")
            && i >= 1
            && self.w(i - 1) == "and"
            && (self.number_at(i + 1).is_some()
                || matches!(w1, "a" | "an" | "at" | "dozens" | "several" | "scores"))
        {
            return Some((Injured, 1, false));
        }
        // "shot in the leg", "shot twice in both knees", "shot in his
        // arms": a gunshot to a limb wounds; it is told so when no one died.
        if matches!(w0, "shot" | "shooting") {
            let end = (i + 7).min(self.toks.len());
            let limb = (i + 1..end)
                .take_while(|&k| self.is_word(k) || self.number_at(k).is_some())
                .any(|k| {
                    matches!(self.w(k), "in" | "on")
                        && (k + 1..(k + 3).min(self.toks.len())).any(|j| {
                            matches!(
                                self.w(j),
                                "leg"
                                    | "legs"
                                    | "knee"
                                    | "knees"
                                    | "kneecap"
                                    | "kneecaps"
                                    | "arm"
                                    | "arms"
                                    | "hand"
                                    | "hands"
                                    | "foot"
                                    | "feet"
                                    | "thigh"
                                    | "thighs"
                                    | "ankle"
                                    | "ankles"
                                    | "shoulder"
                            )
                        })
                });
            if limb {
                return Some((Injured, 1, false));
            }
        }
        // "sending 42 to the hospital", "12 others were taken to hospital",
        // "causing six officers to report to hospital": people carried to
        // hospital after an attack were hurt in it.
        if matches!(
            w0,
            "sending"
                | "sent"
                | "send"
                | "sends"
                | "taken"
                | "rushed"
                | "transported"
                | "evacuated"
                | "admitted"
                | "brought"
                | "airlifted"
                | "report"
                | "ferried"
        ) {
            // "sending 42 to hospital", "sending another 29 to hospital",
            // "sent at least 12 to hospital".
            let to = (i + 1..(i + 5).min(self.toks.len()))
                .find(|&k| self.w(k) == "to")
                .unwrap_or(i + 1);
            let mut h = to + 1;
            while h < to + 3
                && matches!(
                    self.w(h),
                    "the" | "a" | "local" | "nearby" | "various" | "area"
                )
            {
                h += 1;
            }
            if self.w(to) == "to" && matches!(self.w(h), "hospital" | "hospitals") {
                return Some((Injured, 1, false));
            }
        }
        if w0 == "to" && w1 == "death" {
            let lo = i.saturating_sub(8);
            let sentenced = (lo..i).any(|k| matches!(self.w(k), "sentenced" | "condemned"));
            return (!sentenced).then_some((Killed, 2, false));
        }
        trigger_of(self.facts(i)).map(|k| (k, 1, w0 == "toll"))
    }

    /// A harm that did not happen: "threatened to kill", "could have killed",
    /// "were not injured", "attempted murder", "calls for the arrest of".
    fn is_blocked(&self, i: usize, kind: CountKind) -> bool {
        if self.hypothetical_participle(i) {
            return true;
        }
        // "killed them by slitting their throats", "killed six, including
        // slitting the throat of a driver": the manner of a killing the
        // sentence has counted already.
        if i >= 1
            && matches!(
                self.w(i),
                "slit" | "slits" | "slitting" | "cut" | "cuts" | "cutting"
            )
            && matches!(self.w(i - 1), "by" | "including")
        {
            return true;
        }
        let mut j = i;
        let mut passed_perfect = false;
        while j > 0 {
            j -= 1;
            let w = self.w(j);
            match w {
                "have" | "has" | "had" | "been" => passed_perfect = true,
                "was" | "were" | "is" | "are" | "be" | "being" | "reportedly" | "allegedly"
                | "also" | "all" | "both" => {}
                _ => {
                    let blocked_here = match w {
                        "not" | "never" | "n't" | "nor" | "could" | "would" | "should"
                        | "might" | "attempted" | "attempt" | "attempts" | "attempting"
                        | "threatened" | "threatening" | "tried" | "plan" | "plans" | "planned"
                        | "planning" | "plot" | "intended" | "failed" | "vowed" | "avoid"
                        | "avoided" | "prevent" | "prevented" | "risk" | "ne" | "pas"
                        | "threat" => true,
                        // "threatened to kill" is blocked; "managed to kill" and
                        // "set off a bomb to kill 17" report a harm done.
                        "to" => {
                            !passed_perfect
                                && kind != CountKind::SentencedToDeath
                                && j > 0
                                && is_intent(self.w(j - 1))
                        }
                        _ => false,
                    };
                    if blocked_here {
                        return true;
                    }
                    break;
                }
            }
        }
        // "3 militants were killed, injured or captured", "23 fighters
        // killed or captured": a number split between death and capture in
        // unknown shares counts neither the dead nor the wounded.
        if matches!(kind, CountKind::Killed | CountKind::Injured) && self.or_captured(i) {
            return true;
        }
        // "protesting against the killing of a student": the cause of a
        // protest, told as background, not a death in this event.
        // A participle after a comma ("shot against the rioters, killing
        // one") tells a death of its own, not a protest's cause.
        let lo = i.saturating_sub(4);
        let participle = self.w(i) == "killing" && i > 0 && self.w(i - 1) == ",";
        if kind == CountKind::Killed
            && !participle
            && matches!(self.w(i), "death" | "killing" | "murder" | "assassination")
            && (lo..i).any(|k| {
                matches!(
                    self.w(k),
                    "over"
                        | "against"
                        | "protest"
                        | "protesting"
                        | "protested"
                        | "protests"
                        | "condemn"
                        | "condemning"
                        | "condemned"
                        | "denounce"
                        | "denouncing"
                        | "denounced"
                        | "mourn"
                        | "mourning"
                        | "commemorate"
                        | "commemorating"
                        | "anniversary"
                        | "justice"
                        | "demanding"
                        | "demand"
                        | "demanded"
                )
            })
        {
            return true;
        }
        // "the virus caused 2.1 million deaths", "deaths from cholera": an
        // illness's toll, no violence; but not a prisoner's who "died of
        // malaria after being denied treatment", a death the jailers caused.
        if kind == CountKind::Killed
            && matches!(self.w(i), "deaths" | "death" | "died" | "dead")
            && (i.saturating_sub(5)..i + 4).any(|k| is_illness(self.w(k)))
            && !self.words.iter().any(|w| matches!(*w, "denied" | "denial"))
        {
            return true;
        }
        // "calls for the arrest of", "a warrant for the arrest of".
        (lo..i).any(|k| {
            matches!(
                self.w(k),
                "warrant"
                    | "warrants"
                    | "calls"
                    | "called"
                    | "calling"
                    | "demanded"
                    | "demanding"
                    | "demand"
                    | "threats"
                    | "threatened"
                    | "plotting"
                    | "attempted"
                    | "would"
                    | "could"
            )
        })
    }

    /// "The blast could have set off a fire, killing hundreds": a
    /// participle after a comma, in a clause that tells what might have
    /// happened ("could have", "would have", "might have"), harms no one.
    fn hypothetical_participle(&self, i: usize) -> bool {
        if i < 3
            || self.w(i - 1) != ","
            || !matches!(self.w(i), "killing" | "injuring" | "wounding")
        {
            return false;
        }
        for k in (i.saturating_sub(14)..i - 1).rev() {
            match self.w(k) {
                "." | ";" | ":" => return false,
                "could" | "would" | "might" if self.w(k + 1) == "have" => return true,
                _ => {}
            }
        }
        false
    }

    /// "Seven people, not including the bomber, were killed": the people
    /// after "not including" are left out of the toll, so they are no
    /// subset of it either.
    fn not_including(&self, base: usize, out: &mut Vec<CountMention>) {
        if self.cues & CUE_INCLUDING == 0 {
            return;
        }
        for k in 2..self.toks.len() {
            if self.w(k - 2) == "not" && self.w(k - 1) == "including" {
                let at = self.tok_span(k, k + 1).offset(base).start;
                out.retain(|m| m.span.start != at);
            }
        }
    }

    /// Whether the harm word at `i` heads a list of outcomes ending in "or"
    /// and a capture: "killed, injured or captured", "killed or arrested",
    /// "wounded or taken prisoner".
    fn or_captured(&self, i: usize) -> bool {
        let mut k = i + 1;
        let end = (i + 6).min(self.toks.len());
        while k < end {
            match self.w(k) {
                "," | "and/or" | "killed" | "injured" | "wounded" | "dead" => k += 1,
                "or" => {
                    return matches!(
                        self.w(k + 1),
                        "captured" | "arrested" | "detained" | "abducted" | "kidnapped"
                    ) || (self.w(k + 1) == "taken" && self.w(k + 2) == "prisoner");
                }
                _ => return false,
            }
        }
        false
    }

    /// Parse a quantity (qualifier, number or vague word, and its noun) at
    /// token `i`.
    fn quantity_at(&self, i: usize) -> Option<Quantity> {
        if !self.may_open_quantity(i) {
            return None;
        }
        self.read_quantity(i)
    }

    /// Whether [`Scanner::quantity_at`] can find a count at token `i`,
    /// told cheaply: it is asked of every capitalised word, most of them
    /// names. A punctuation mark opens none. A word without a hyphen opens
    /// one only as the first word of a zero ("none", "nobody", "no", "not
    /// a single"), a family ("a family of"), a qualifier, "between", a
    /// vague word, a number (`number_at`; a range such as "20-25" has a
    /// hyphen) or a single person (`singular_at`: "another", "the",
    /// "his", "both", "a" ...), and all of those are words of
    /// [`QUANTITY_OPENERS`], [`QUALIFIER_OPENERS`], [`VAGUE_OPENERS`] or
    /// number openers, which the lexicon marks.
    fn may_open_quantity(&self, i: usize) -> bool {
        const OPENS: u64 =
            LEX_STARTS_QUANTITY | LEX_OPENS_NUMBER | LEX_OPENS_QUALIFIER | LEX_OPENS_VAGUE;
        match self.toks.get(i).map(|t| t.kind) {
            Some(TokKind::Num) => true,
            Some(TokKind::Word) => {
                self.facts(i) & OPENS != 0 || self.w(i).bytes().any(|b| b == b'-')
            }
            Some(TokKind::Punct) | None => false,
        }
    }

    /// [`Scanner::quantity_at`] without its quick refusal.
    fn read_quantity(&self, i: usize) -> Option<Quantity> {
        let t = self.toks.get(i)?;
        if t.kind == TokKind::Punct {
            return None;
        }
        // Zero: "no one", "nobody", "none", "no civilians".
        let w0 = self.w(i);
        // "none of the 170 passengers were injured": the number counts
        // those the harm spared, so the whole phrase is the zero.
        if w0 == "none" && self.w(i + 1) == "of" {
            let k = if matches!(self.w(i + 2), "the" | "these" | "those" | "its" | "their") {
                i + 3
            } else {
                i + 2
            };
            if let Some(inner) = self.quantity_at(k).filter(|q| !q.zero && !q.name) {
                let mut q = self.zero_quantity(i, inner.b.max(inner.qb), inner.group);
                q.qb = i + 1;
                return Some(q);
            }
        }
        if matches!(w0, "nobody" | "none" | "no-one") || (w0 == "no" && self.w(i + 1) == "one") {
            let len = if w0 == "no" { 2 } else { 1 };
            return Some(self.zero_quantity(i, i + len, String::new()));
        }
        // "killed a family of three": the family's size counts its people.
        // "A family of 5 people": the people after the number are counted
        // on their own.
        // "an entire family of five", "the whole family of four".
        let fam = if matches!(self.w(i + 1), "entire" | "whole") {
            i + 2
        } else {
            i + 1
        };
        if matches!(w0, "a" | "an" | "the")
            && self.w(fam) == "family"
            && self.w(fam + 1) == "of"
            && self
                .number_at(fam + 2)
                .is_some_and(|(_, end)| self.person(end).is_none())
        {
            let (v, end) = self.number_at(fam + 2)?;
            let v = to_u32(v)?;
            return Some(Quantity {
                a: i,
                qb: end,
                b: end,
                low: Some(v),
                best: Some(v),
                high: Some(v),
                group: "family members".to_string(),
                partitive_subset: false,
                strong_partitive: false,
                zero: false,
                definite: false,
                name: false,
            });
        }
        let qualified = self.qualifier_at(i);
        if qualified.is_none()
            && (w0 == "no" || (w0 == "not" && self.w(i + 1) == "a" && self.w(i + 2) == "single"))
        {
            let k = if w0 == "no" { i + 1 } else { i + 3 };
            if let Some((g, _)) = self.person(k) {
                if !g.is_empty() {
                    let mut q = self.zero_quantity(i, k + 1, g.to_string());
                    q.qb = k;
                    return Some(q);
                }
            }
            // "No Americans were killed": a people's name in the plural
            // is a group of people like "no civilians", and a zero of its
            // own, not one person named.
            let capital = |j: usize| {
                self.is_word(j) && self.raw(j).chars().next().is_some_and(char::is_uppercase)
            };
            if capital(k)
                && self.raw(k).ends_with('s')
                && !capital(k + 1)
                && matches!(self.w(k + 1), "were" | "had" | "have" | "died")
            {
                let mut q = self.zero_quantity(i, k + 1, self.w(k).to_string());
                q.qb = k;
                return Some(q);
            }
            return None;
        }
        let (qual, qlen) = qualified.unwrap_or((Qual::Exact, 0));
        let j = i + qlen;
        // "between 10 and 15".
        let between = qlen == 0 && matches!(w0, "between" | "entre");
        let j = if between { j + 1 } else { j };
        // "at least another 20 villagers": more people, counted by the
        // number after "another".
        let j = if qlen > 0 && self.w(j) == "another" && self.number_at(j + 1).is_some() {
            j + 1
        } else {
            j
        };
        let (lowv, bestv, mut highv, mut k, vague) = if let Some((vl, vb, len)) = self.vague_at(j) {
            (vl, vb, None, j + len, true)
        } else if let Some((v, end)) = self.number_at(j) {
            (Some(v), v, Some(v), end, false)
        } else if let Some((lo, hi)) = self.digit_range(j) {
            // "20-25 were wounded": one token holding a range.
            (Some(lo), lo, Some(hi), j + 1, false)
        } else {
            return self.singular_at(i, qlen);
        };
        let mut low = lowv;
        let best = bestv;
        // Ranges: "between 10 and 15", "10 to 15", "two or three", "10-15".
        if !vague {
            let sep = self.w(k);
            // "between 2 to 4" mixes the two forms; it is the same range.
            let ok_sep = if between {
                matches!(sep, "and" | "et" | "to")
            } else {
                matches!(sep, "to" | "or" | "-" | "–" | "—")
            };
            if ok_sep {
                if let Some((v2, end2)) = self.number_at(k + 1) {
                    if v2 > bestv {
                        highv = Some(v2);
                        k = end2;
                    }
                }
            } else if between {
                return None;
            }
        }
        let qb = k;
        let (mut low, mut best, mut high) = match qual {
            Qual::Exact => (low.take(), Some(best), highv),
            Qual::Min => (Some(best), Some(best), None),
            Qual::Max => (None, Some(best), Some(highv.unwrap_or(best))),
            Qual::Approx => (None, Some(best), None),
        };
        if vague {
            // The vague word's own low holds whatever the qualifier.
            low = lowv;
            high = None;
        } else if highv != Some(bestv) && qual == Qual::Exact {
            // A range: low is the lower figure, as is best (ACLED).
            low = Some(bestv);
            best = Some(bestv);
        }
        if self.is_not_a_count(i, j, qb) {
            return None;
        }
        // "dozens of", "hundreds of": the "of" belongs to the quantity.
        let mut np_start = qb;
        if vague && matches!(self.w(np_start), "of" | "de" | "d") {
            np_start += 1;
        }
        let mut q = Quantity {
            a: i,
            qb,
            b: np_start,
            low: low.and_then(to_u32),
            best: best.and_then(to_u32),
            high: high.and_then(to_u32),
            group: String::new(),
            partitive_subset: false,
            strong_partitive: false,
            zero: false,
            definite: false,
            name: false,
        };
        q.best?;
        if !self.noun_phrase(&mut q, np_start, vague) {
            return None;
        }
        // A bare year ("in 2019") is never a count; "2000 people" may be.
        if !vague
            && self.is_year_like(j)
            && (self
                .person(q.b.saturating_sub(1))
                .is_none_or(|(g, _)| g.is_empty())
                || matches!(
                    self.w(i.wrapping_sub(1)),
                    "in" | "since" | "the" | "of" | "from" | "until" | "by"
                ))
        {
            return None;
        }
        Some(q)
    }

    /// From a token `k`, step back over a named apposition (", Bah Ndaw,")
    /// and return the token before it; `k` itself when there is none.
    fn skip_apposition_back(&self, k: usize) -> Option<usize> {
        if self.w(k) != "," {
            return Some(k);
        }
        let mut j = k;
        let mut names = 0;
        while j > 0 {
            j -= 1;
            let raw = self.raw(j);
            if self.w(j) == "," {
                return (names > 0 && j > 0).then(|| j - 1);
            }
            // "one policeman, identified as Omar Dule, and a civilian".
            if names > 0 && j >= 3 && self.identified_names_close(j - 2) == Some(k) {
                return Some(j - 3);
            }
            if !self.is_word(j) || !raw.chars().next().is_some_and(char::is_uppercase) || names > 4
            {
                return Some(k);
            }
            names += 1;
        }
        Some(k)
    }

    /// The token that closes the names which the comma at `comma` opens
    /// with "identified as" or "named" ("two farmers, identified as Omar
    /// Dule and Karl Venn, were killed"): a comma, or the end of the
    /// sentence. The names say who the people counted before the comma
    /// were; they are no victims of their own.
    fn identified_names_close(&self, comma: usize) -> Option<usize> {
        if self.w(comma) != "," {
            return None;
        }
        let start = match (self.w(comma + 1), self.w(comma + 2)) {
            ("identified", "as") => comma + 3,
            ("named", _) => comma + 2,
            _ => return None,
        };
        let capital = |n: usize| {
            self.is_word(n)
                && self.trig_at[n].is_none()
                && self.raw(n).chars().next().is_some_and(char::is_uppercase)
        };
        // "Omar P. Dule": the full stop of an initial is part of the name.
        let initial = |n: usize| {
            self.w(n) == "."
                && self.raw(n - 1).len() == 1
                && self.raw(n - 1).chars().all(|c| c.is_ascii_uppercase())
                && capital(n + 1)
        };
        if !capital(start) {
            return None;
        }
        let limit = (start + 24).min(self.toks.len());
        for n in start + 1..=limit {
            let w = self.w(n);
            if n == self.toks.len() || (w == "." && !initial(n)) {
                return Some(n);
            }
            let joins = (w == "and" || w == ",") && capital(n + 1);
            // "Sa'id al-'Attar", "Jan van Dijk": a lowercase particle.
            let particle = matches!(
                w,
                "al" | "el" | "bin" | "ibn" | "abu" | "de" | "del" | "da" | "van" | "von"
            );
            if !(capital(n) || joins || particle || initial(n) || matches!(w, "-" | "'")) {
                return (w == ",").then_some(n);
            }
        }
        None
    }

    /// A cheap test run on every token: can a count start here? Most words
    /// cannot, and skipping them keeps the scanner fast. It must accept
    /// every first word that `quantity_at` and `name_at` accept.
    fn may_start_quantity(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind == TokKind::Num {
            return true;
        }
        if t.kind != TokKind::Word {
            return false;
        }
        let raw = &self.text[t.s..t.e];
        let first = raw.chars().next().unwrap_or(' ');
        if first.is_uppercase() || first.is_ascii_digit() {
            return true;
        }
        // Whether the word holds a hyphen, asked once: the word as the
        // scanner reads it (`w`) has one exactly where `raw` has, being
        // `raw` lower-cased or a mended slip, and no slip or its mending
        // holds one.
        let hyphen = raw.bytes().any(|b| b == b'-');
        // "killed al-Fahal": a name after its lowercase particle.
        if hyphen
            && raw.split_once('-').is_some_and(|(p, rest)| {
                matches!(p, "al" | "el" | "bin" | "ibn" | "abu")
                    && rest.starts_with(char::is_uppercase)
            })
        {
            return true;
        }
        // "killing bin Tamar": the particle written apart (see `name_at`).
        if i > 0 && self.trig_at[i - 1].is_some() && self.particle_opening_name(i) {
            return true;
        }
        let w = self.w(i);
        let facts = self.facts(i);
        // The hyphen decides which number readings can hold, since
        // `hyphen_number` of a word without one is `small_number` and
        // `hyphen_multiple` needs one.
        let number_word = if hyphen {
            hyphen_number(w).is_some() || hyphen_multiple(w).is_some()
        } else {
            number_of(facts).is_some()
        };
        number_word || multiplier_of(facts).is_some() || facts & LEX_STARTS_QUANTITY != 0
    }

    /// Whether the word of token `k` may be part of a name (see
    /// `name_at`). Asked of the same token by `name_at` at several
    /// starts; worked out once per token and kept, the answer depending on
    /// the token's words and the triggers only, which are fixed once the
    /// scanner is made.
    fn is_name_word(&self, k: usize) -> bool {
        let Some(known) = self.name_word.get(k) else {
            // Past the end there is no word.
            return false;
        };
        match known.get() {
            NAME_WORD_NO => false,
            NAME_WORD_YES => true,
            _ => {
                let yes = self.name_word_uncached(k);
                known.set(if yes { NAME_WORD_YES } else { NAME_WORD_NO });
                yes
            }
        }
    }

    fn name_word_uncached(&self, k: usize) -> bool {
        let r = self.raw(k);
        let w = self.w(k);
        self.is_word(k)
            && (r.chars().next().is_some_and(char::is_uppercase) || particle_name(r))
            && !r.chars().any(|c| c.is_ascii_digit())
            && !w.ends_with("ing")
            && self.person(k).is_none()
            && !self.non_person(k)
            && !self.np_stop(k)
            && !self.month(k)
            && self.trig_at[k].is_none()
            && self.qualifier_at(k).is_none()
            && self.vague_at(k).is_none()
            && self.number_word(k).is_none()
            && self.facts(k) & LEX_NOT_NAME == 0
    }

    /// A person named by capitalised words, standing where a count could
    /// stand: "Moussa Keita was arbitrarily detained", "killed Farid
    /// Osman". Known nouns, places in prepositional phrases and words
    /// before a lowercase noun ("JNIM militants") are not names.
    fn name_at(&self, i: usize) -> Option<Quantity> {
        let raw = self.raw(i);
        // The object of a verb of harm ("the blast killed al-Fahal").
        let object_of_verb = i > 0 && self.trig_at[i - 1].is_some();
        // "killing bin Tamar and two others": a name may open with a
        // lowercase particle written apart, right after the verb.
        let lead_particle = object_of_verb && self.particle_opening_name(i);
        if !self.is_word(i)
            || !(raw.chars().next().is_some_and(char::is_uppercase)
                || lead_particle
                || (object_of_verb && particle_name(raw)))
        {
            return None;
        }
        if !(self.is_name_word(i) || (lead_particle && self.is_name_word(i + 1))) {
            return None;
        }
        // "Ikurakure's assassination": a possessive name belongs to the
        // noun after it, which is counted (or not) on its own.
        // "Arun's body was found" is his death, though.
        if (raw.ends_with("'s") || raw.ends_with("’s"))
            && !matches!(self.w(i + 1), "body" | "corpse" | "remains")
        {
            // "killed Jasim's nephew": the one person the noun names, like
            // "his nephew".
            return match self.person(i + 1) {
                Some((g, true)) if !g.is_empty() && i > 0 && self.trig_at[i - 1].is_some() => {
                    Some(one_person(i, i + 2, g, true))
                }
                _ => None,
            };
        }
        // "Heather D. Heyer": the surname after an initial is the end of a
        // name that started earlier, counted there or not at all.
        if i >= 2 && self.w(i - 1) == "." && {
            let r = self.raw(i - 2);
            r.len() == 1 && r.chars().all(|c| c.is_ascii_uppercase())
        } {
            return None;
        }
        // "supporters of al Sistani", "in northeastern Syria": a lowercase
        // particle or a compass adjective makes the word part of a phrase
        // that started before it (a place, or a name read from its start).
        if i >= 1 {
            let b = self.w(i - 1);
            let compass = b.ends_with("ern")
                && ["north", "south", "east", "west"]
                    .iter()
                    .any(|d| b.starts_with(d));
            let particle = matches!(
                self.raw(i - 1),
                "al" | "el"
                    | "bin"
                    | "ibn"
                    | "van"
                    | "von"
                    | "de"
                    | "da"
                    | "di"
                    | "du"
                    | "le"
                    | "la"
            );
            if compass || b == "central" || particle {
                return None;
            }
        }
        // Names inside a phrase ("members of the group", "identified as Omar")
        // or beside a description that is counted already ("Mendes, a
        // local councillor, was shot dead") are not counted again.
        let before = if i > 0 { self.w(i - 1) } else { "" };
        if matches!(
            before,
            "of" | "from"
                | "in"
                | "at"
                | "by"
                | "with"
                | "as"
                | "for"
                | "to"
                | "on"
                | "near"
                | "against"
                | "named"
                | "identified"
                | "called"
                | "("
                | "the"
                | "a"
                | "an"
                | "'s"
                | "’s"
        ) || (i > 0 && self.is_name_word(i - 1))
        {
            return None;
        }
        // "The teacher, Amina Bello, was wounded": a name in apposition
        // to a person noun repeats it.
        // "prime minister Moctar Ouane": the title is counted already.
        if person_noun(before).is_some_and(|(g, _)| !g.is_empty()) {
            return None;
        }
        // "the office of Prime Minister Nuri Saleh": a capitalised title
        // inside a phrase makes the name part of that phrase.
        if i >= 2
            && self
                .raw(i - 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && (matches!(self.w(i - 2), "of" | "the" | "'s" | "’s")
                || (i >= 3 && matches!(self.w(i - 3), "of" | "the")))
        {
            return None;
        }
        if before == "," && i >= 2 && self.person(i - 2).is_some() {
            return None;
        }
        // "two guards in Tessby, Ohio were shot": a name after a place that
        // a preposition after a word opens, and a comma, is that place's
        // region or country, not a person.
        if before == "," && i >= 2 && self.is_name_word(i - 2) {
            let mut s = i - 2;
            while s > 0 && self.is_name_word(s - 1) {
                s -= 1;
            }
            // "In Hama, Omar Said died": a place that opens the sentence or
            // a clause is no part of a noun phrase, and the name after it
            // is the subject.
            if s > 1
                && matches!(self.w(s - 1), "in" | "at" | "near" | "from" | "outside")
                && self.is_word(s - 2)
            {
                return None;
            }
        }
        let mut end = i + 1;
        while end < self.toks.len() && end < i + 5 {
            if self.is_name_word(end) {
                end += 1;
            } else if matches!(
                self.w(end),
                "bin" | "ibn" | "al" | "de" | "da" | "van" | "von"
            ) && self.is_name_word(end + 1)
            {
                end += 2;
            } else if self.raw(end).starts_with(char::is_uppercase)
                && self.person(end).is_some_and(|(_, one)| one)
                && self
                    .toks
                    .get(end + 1)
                    .is_none_or(|t| t.kind == TokKind::Punct)
            {
                // "killed Omar Sheikh, a trader": a title word written as a
                // surname ends the name that opened before it.
                end += 1;
                break;
            } else {
                break;
            }
        }
        // The name must end the phrase: a lowercase noun after it makes it
        // a modifier, and a possessive makes it someone else's.
        let next = self.w(end);
        let closes = self.toks.get(end).is_none_or(|t| t.kind == TokKind::Punct)
            && !matches!(next, "'" | "’")
            || right_filler(next).is_some()
            || matches!(
                next,
                "and" | "in" | "on" | "at" | "near" | "by" | "after" | "during"
            )
            || self.trig_at.get(end).copied().flatten().is_some()
            // "shot and killed Farid Osman with a rifle", "killed Omar Said
            // while he prayed": what follows the object tells how or when.
            || (object_of_verb && matches!(next, "with" | "while" | "as" | "outside" | "inside"));
        // "Mendes, a local councillor, was shot dead": the description is
        // counted, not the name. But the object of a verb of harm ("gunmen
        // shot and killed Farid Osman, a journalist,") is the name: the
        // description after it is never linked to the verb.
        if !closes
            || (next == ","
                && (matches!(self.w(end + 1), "a" | "an" | "the")
                    // A relative clause that a verb of being closes is
                    // passed (`relative_clause_close`), and the counts in
                    // it are not linked past it: the name is the subject.
                    || (self.w(end + 1) == "who" && self.relative_clause_close(end).is_none()))
                && !object_of_verb)
        {
            return None;
        }
        Some(Quantity::named_person(i, end, String::new()))
    }

    /// "shot dead Captain Ivo Marsh", "wounding journalist Ana Ruiz": a
    /// title with no article right after a verb of harm, then a name, is
    /// one person. The name alone is not counted after a title
    /// (`name_at`), and a title alone takes an article to be counted.
    fn titled_name_at(&self, i: usize) -> Option<Quantity> {
        let ti = self.trig_at.get(i.checked_sub(1)?).copied().flatten()?;
        let t = self.triggers[ti];
        // "killing" is a noun after an article or a preposition ("the
        // killing of", "accused of killing"), a verb opening a clause after
        // a comma or "and" ("opened fire, killing Senator X").
        let participle =
            self.w(i - 1).ends_with("ing") && i >= 2 && matches!(self.w(i - 2), "," | "and");
        let verb = matches!(t.kind, CountKind::Killed | CountKind::Injured)
            && t.b == i
            && !t.toll
            && (participle || !is_noun_trigger(self.w(i - 1)));
        // "the assassinated former president X": an adjective, not a verb.
        let adjective = i >= 2 && matches!(self.w(i - 2), "the" | "a" | "an" | "his" | "her");
        if !verb || adjective {
            return None;
        }
        // "Chief Warrant Officer", "police officer": at most two words
        // before the title noun.
        let title = (i..(i + 3).min(self.toks.len()))
            .find(|&k| self.person(k).is_some_and(|(g, one)| one && !g.is_empty()))?;
        if (i..title).any(|k| !self.is_word(k) || self.trig_at[k].is_some() || self.np_stop(k)) {
            return None;
        }
        let mut end = title + 1;
        while end < (title + 5).min(self.toks.len())
            && self.is_word(end)
            && self.raw(end).starts_with(char::is_uppercase)
            && self.person(end).is_none()
            && !self.non_person(end)
            && !self.month(end)
        {
            end += 1;
        }
        if end == title + 1 {
            return None;
        }
        // After a participle, only a title and name written in capitals
        // that end the phrase ("killing Colonel Ivo Marsh and two guards"),
        // not a unit before a plural ("killing four Varo National Army
        // soldiers").
        if participle && is_noun_trigger(self.w(i - 1)) {
            let capitals = (i..end).all(|k| {
                self.raw(k).starts_with(char::is_uppercase) && number_of(self.facts(k)).is_none()
            });
            let closes = self.toks.get(end).is_none_or(|t| t.kind == TokKind::Punct)
                || matches!(
                    self.w(end),
                    "and" | "in" | "on" | "at" | "near" | "while" | "as" | "with" | "outside"
                );
            if !capitals || !closes {
                return None;
            }
        }
        // A name, so a description after it is the same person.
        let group = self.person(title)?.0.to_string();
        Some(Quantity::named_person(i, end, group))
    }

    /// "the president and prime minister": a singular noun with no article
    /// after "and" is one more person.
    fn bare_singular_at(&self, i: usize) -> Option<Quantity> {
        for k in i..(i + 3).min(self.toks.len()) {
            if !self.is_word(k) || self.trig_at[k].is_some() || self.np_stop(k) {
                return None;
            }
            // "killing six guards and taking one prisoner": a number after
            // the first word opens a phrase of its own, the object of a
            // verb the "and" joins, not a bare noun.
            if k > i && (number_of(self.facts(k)).is_some() || self.number_at(k).is_some()) {
                return None;
            }
            if let Some((g, true)) = self.person(k) {
                if g.is_empty() {
                    return None;
                }
                return Some(Quantity {
                    a: i,
                    qb: k + 1,
                    b: k + 1,
                    low: Some(1),
                    best: Some(1),
                    high: Some(1),
                    group: g.to_string(),
                    partitive_subset: false,
                    strong_partitive: false,
                    zero: false,
                    definite: true,
                    name: false,
                });
            }
        }
        None
    }

    fn zero_quantity(&self, a: usize, b: usize, group: String) -> Quantity {
        Quantity {
            a,
            qb: b,
            b,
            low: Some(0),
            best: Some(0),
            high: Some(0),
            group,
            partitive_subset: false,
            strong_partitive: false,
            zero: true,
            definite: false,
            name: false,
        }
    }

    /// "a man", "an elderly woman", "one soldier", "the driver": one person.
    fn singular_at(&self, i: usize, qlen: usize) -> Option<Quantity> {
        if qlen != 0 {
            return None;
        }
        let w0 = self.w(i);
        // "and another was injured", "the other was wounded": one more.
        let pronoun_end = match (w0, self.w(i + 1)) {
            ("another", _) => Some(i + 1),
            ("the", "other") => Some(i + 2),
            _ => None,
        };
        if let Some(end) = pronoun_end {
            let nxt = self.w(end);
            let trigger_starts = |k: usize| {
                self.trig_at
                    .get(k)
                    .copied()
                    .flatten()
                    .is_some_and(|t| self.triggers[t].a == k)
            };
            let clause_ends =
                is_np_stop(nxt) || self.toks.get(end).is_none_or(|t| t.kind == TokKind::Punct);
            // "killing one and injuring the other": the object of a verb of
            // harm.
            let object_of_harm = w0 == "the"
                && i >= 1
                && self.trig_at[i - 1].is_some()
                && self.w(i - 1).ends_with("ing");
            let ok = matches!(nxt, "was" | "is" | "died" | "had" | "has" | "being")
                || (w0 == "another" && clause_ends)
                || (object_of_harm && clause_ends)
                || trigger_starts(end)
                // "one died and another sustained (serious) injuries".
                || (matches!(nxt, "sustained" | "suffered" | "received")
                    && (trigger_starts(end + 1)
                        || (is_wound_modifier(self.w(end + 1)) && trigger_starts(end + 2))))
                // "one was killed and another seriously wounded".
                || (nxt.len() > 4 && nxt.ends_with("ly") && trigger_starts(end + 1));
            if ok {
                return Some(Quantity {
                    a: i,
                    qb: end,
                    b: end,
                    low: Some(1),
                    best: Some(1),
                    high: Some(1),
                    group: String::new(),
                    partitive_subset: false,
                    strong_partitive: false,
                    zero: false,
                    definite: false,
                    name: false,
                });
            }
        }
        // "their parents were injured": a mother and a father.
        if matches!(w0, "his" | "her" | "their") && self.w(i + 1) == "parents" {
            return Some(Quantity {
                a: i,
                qb: i + 1,
                b: i + 2,
                low: Some(2),
                best: Some(2),
                high: Some(2),
                group: "parents".to_string(),
                partitive_subset: false,
                strong_partitive: false,
                zero: false,
                definite: true,
                name: false,
            });
        }
        // "his son", "her husband": one person, like "the driver"; so is
        // "its driver" or "its pilot", the one of a vehicle or a body.
        if matches!(w0, "his" | "her" | "their" | "its") {
            if let Some((g, true)) = self.person(i + 1) {
                if !g.is_empty() {
                    return Some(one_person(i, i + 2, g, true));
                }
            }
            // "his security guard", "her younger brother": one plain word
            // before the noun describes the same one person, and so does
            // an age ("his 47-year-old wife").
            let plain = self.is_word(i + 1)
                && (self
                    .raw(i + 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                    || is_age_word(self.w(i + 1)))
                && self.trig_at[i + 1].is_none()
                && !self.np_stop(i + 1)
                && self.person(i + 1).is_none();
            if let Some((g, true)) = self.person(i + 2).filter(|_| plain) {
                if !g.is_empty() && self.trig_at[i + 2].is_none() {
                    return Some(one_person(i, i + 3, g, true));
                }
            }
            // "his assistant": a person only after a possessive; "an
            // assistant village chief" is one chief.
            if self.w(i + 1) == "assistant" {
                return Some(one_person(i, i + 2, "assistants", true));
            }
            return None;
        }
        if w0 == "both" {
            // "both of them died", "both of the assailants were killed".
            let of_the = self.w(i + 1) == "of";
            let after_of = match self.w(i + 2) {
                "them" | "those" | "these" if of_the => Some((i + 3, "")),
                "the" | "their" | "its" | "his" | "her" if of_the => match self.person(i + 3) {
                    Some((g, false)) => Some((i + 4, g)),
                    _ => None,
                },
                _ => None,
            };
            // "both Lotu Front (LF) activists": a name of the body they
            // belong to, with its acronym, before the noun.
            let mut named = i + 1;
            while named < i + 6
                && self.is_word(named)
                && self
                    .raw(named)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                named += 1;
            }
            if named > i + 1 && self.w(named) == "(" && self.w(named + 2) == ")" {
                named += 3;
            }
            let after_name = (named > i + 1)
                .then(|| self.person(named))
                .flatten()
                .filter(|&(_, one)| !one)
                .map(|(g, _)| (named + 1, g));
            let (end, group) = match (after_of, self.person(i + 1)) {
                (Some(found), _) => found,
                (None, Some((g, false))) => (i + 2, g),
                (None, None) if after_name.is_some() => after_name.unwrap_or_default(),
                _ if matches!(self.w(i + 1), "were" | "died") => (i + 1, ""),
                _ => return None,
            };
            return Some(Quantity {
                a: i,
                qb: i + 1,
                b: end,
                low: Some(2),
                best: Some(2),
                high: Some(2),
                group: group.to_string(),
                partitive_subset: false,
                strong_partitive: false,
                zero: false,
                definite: false,
                name: false,
            });
        }
        // "another soldier was wounded" is one more person, like "a soldier";
        // "another two soldiers", "the four officers" are the number's.
        if matches!(w0, "another" | "the") && self.number_at(i + 1).is_some() {
            return None;
        }
        // "one of the victims was a student": what a person counted
        // already was, not one more person.
        if matches!(w0, "a" | "an")
            && i >= 1
            && matches!(self.w(i - 1), "was" | "is")
            && !(i >= 2 && self.w(i - 2) == "there")
        {
            return None;
        }
        let definite = match w0 {
            "a" | "an" | "another" => false,
            "the" => true,
            _ => return None,
        };
        // Up to a few modifiers ("a 47-year-old local man", "a Road
        // Transport Authority (RTA) employee").
        let mut k = i;
        let mut limit = (i + 8).min(self.toks.len());
        // Past a linking word the capitalised words are a name's ("the
        // Inspector General of Police" is no police officer).
        let mut linked = false;
        while k + 1 < limit {
            k += 1;
            if self.w(k) == "(" && self.is_word(k + 1) && self.w(k + 2) == ")" {
                k += 2;
                continue;
            }
            // "a United Nations Programme on Refugees (UNPR) field worker":
            // a long name, its lowercase linking words and its acronym are
            // one modifier; they do not use up the few words allowed.
            let capital_at = |j: usize| {
                self.is_word(j) && self.raw(j).chars().next().is_some_and(char::is_uppercase)
            };
            if k > i + 1 && capital_at(k - 1) {
                let linking = matches!(self.w(k), "on" | "of" | "for") && capital_at(k + 1);
                if linking || capital_at(k) {
                    limit = (limit + 1).min(i + 16).min(self.toks.len());
                }
                if linking {
                    linked = true;
                    continue;
                }
            }
            // "a 25 year-old woman": an age written apart from its number.
            if self.toks[k].kind == TokKind::Num
                && matches!(self.w(k + 1), "year-old" | "years-old")
            {
                k += 1;
                continue;
            }
            if !self.is_word(k) {
                return None;
            }
            // "an additional three police officers": the number counts
            // them, not the article.
            if self.number_at(k).is_some() {
                return None;
            }
            let w = self.w(k);
            if self.trig_at[k].is_some() || self.np_stop(k) {
                return None;
            }
            // "the National Guard", "the Police Service": an institution.
            let capital = self.raw(k).chars().next().is_some_and(char::is_uppercase);
            if capital && matches!(w, "guard" | "guards" | "national") && definite {
                return None;
            }
            // "a Road Transport Authority (RTA) employee": a capitalised
            // noun inside a longer name is part of the name.
            let next_raw = self.raw(k + 1);
            if capital
                && (next_raw.chars().next().is_some_and(char::is_uppercase) || next_raw == "(")
            {
                continue;
            }
            // "the bomb caused minor injuries": an adjective of wounds.
            if w == "minor"
                && (is_wound_modifier(self.w(k + 1)) || trigger_word(self.w(k + 1)).is_some())
            {
                return None;
            }
            // "the village head and his wife": a person. Read only here, after
            // an article and at the end of its phrase, because elsewhere the
            // word is mostly the body part ("wounds to his head", "head
            // injuries") or a title whose list belongs to another clause
            // ("including the head of the service").
            if w == "head" {
                let after_preposition =
                    i > 0 && matches!(self.w(i - 1), "to" | "in" | "on" | "at" | "into");
                let next = self.w(k + 1);
                let modifier = self.is_word(k + 1) && !self.np_stop(k + 1);
                // "killed the head of the council": the object of a killing
                // is a person, whose list is that killing's.
                let object_of_killing = i > 0
                    && self.trig_at[i - 1]
                        .is_some_and(|t| self.triggers[t].kind == CountKind::Killed);
                if after_preposition || (next == "of" && !object_of_killing) {
                    return None;
                }
                if modifier {
                    continue;
                }
                return Some(one_person(i, k + 1, "heads", definite));
            }
            // "an elderly couple": two people, a husband and a wife, as
            // "their parents" are ("a couple of" is vague). "The couple"
            // are the two told before, and names in apposition ("a British
            // couple, Karl and Ana Venn,") are counted as names.
            let names_follow = self.w(k + 1) == ","
                && self
                    .raw(k + 2)
                    .starts_with(|c: char| c.is_ascii_uppercase());
            if w == "couple" && !definite && self.w(k + 1) != "of" && !names_follow {
                return Some(Quantity {
                    low: Some(2),
                    best: Some(2),
                    high: Some(2),
                    group: "couples".to_string(),
                    ..one_person(i, k + 1, "", definite)
                });
            }
            if let Some((g, singular)) = self.person(k) {
                if linked && capital {
                    return None;
                }
                // "a passenger bus", "a police van": a person noun before a
                // vehicle says what the vehicle carries; it counts no one.
                if is_vehicle_noun(self.w(k + 1)) {
                    return None;
                }
                // "a police officer": the plural-looking "police" is a modifier.
                let next_singular = matches!(self.person(k + 1), Some((_, true)));
                // "an elderly fruit vendor": an adjective that is also a
                // plural noun describes the noun after it.
                if !singular && w == "elderly" && k == i + 1 {
                    continue;
                }
                // "a man and a women were killed": "women" or "men" right
                // after "a" and ending the phrase is a slip of the keyboard
                // for one person ("a women's group" goes on).
                let slip = matches!(w, "women" | "men")
                    && k == i + 1
                    && !definite
                    && (self.np_stop(k + 1)
                        || self.trig_at.get(k + 1).copied().flatten().is_some()
                        || matches!(self.w(k + 1), "" | "," | "." | ";" | ":" | ")"));
                if slip {
                    return Some(one_person(i, k + 1, g, definite));
                }
                if !singular && w != "police" && !next_singular {
                    return None;
                }
                if g.is_empty() {
                    return None;
                }
                // "the police officer": take the last person noun.
                let mut end = k + 1;
                let mut group = g;
                if let Some((g2, true)) = self.person(end) {
                    group = if g == "police" { g } else { g2 };
                    end += 1;
                }
                return Some(one_person(i, end, group, definite));
            }
            if self.non_person(k) && !w.contains("-old") && !w.contains("year") {
                return None;
            }
        }
        None
    }

    /// A number at token `j`: digits, words ("a hundred and five"), "two
    /// dozen", "1.5 million". Returns the value and the token after it.
    fn number_at(&self, j: usize) -> Option<(u64, usize)> {
        if !self.may_open_number(j) {
            return None;
        }
        self.read_number(j)
    }

    /// Whether [`Scanner::number_at`] can find a number at token `j`, told
    /// cheaply: it is asked of most tokens of a sentence, most of them
    /// words that open none. A figure may; a punctuation mark never does;
    /// a word without a hyphen may only where the first step of the word
    /// loop of `read_number` goes on, at the words the lexicon marks (see
    /// [`NUMBER_OPENERS`]).
    fn may_open_number(&self, j: usize) -> bool {
        match self.toks.get(j).map(|t| t.kind) {
            Some(TokKind::Num) => true,
            Some(TokKind::Word) => {
                self.facts(j) & LEX_OPENS_NUMBER != 0 || self.w(j).bytes().any(|b| b == b'-')
            }
            Some(TokKind::Punct) | None => false,
        }
    }

    /// [`Scanner::number_at`] without its quick refusal.
    fn read_number(&self, j: usize) -> Option<(u64, usize)> {
        let t = self.toks.get(j)?;
        if t.kind == TokKind::Num {
            let raw = &self.text[t.s..t.e];
            let mut k = j + 1;
            // A figure of whole digits (nearly every one) is read in place:
            // up to 15 digits it is exactly the float the parse of its
            // digits gives, without building the string.
            let (mut whole, mut digit_count) = (0u64, 0usize);
            for b in raw.bytes() {
                if b.is_ascii_digit() {
                    whole = whole.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
                    digit_count += 1;
                }
            }
            let value: f64 = if (1..=15).contains(&digit_count) && !raw.contains('.') {
                whole as f64
            } else {
                let digits: String = raw
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                digits.parse().ok()?
            };
            let mult = multiplier_of(self.facts(k));
            let value = match mult {
                Some(m) if m >= 1000 => {
                    k += 1;
                    value * m as f64
                }
                _ => {
                    if raw.contains('.') {
                        return None;
                    }
                    if self.w(k) == "dozen" {
                        k += 1;
                        value * 12.0
                    } else {
                        value
                    }
                }
            };
            if !(0.0..4.0e9).contains(&value) {
                return None;
            }
            return Some((value.round() as u64, k));
        }
        if t.kind != TokKind::Word {
            return None;
        }
        // "5-10" as one token is a range, handled by the caller through
        // number_at on its parts being impossible; take the first figure.
        let w = self.w(j);
        // The text before the first hyphen (an ASCII byte, so a char
        // boundary), found by a plain loop: `split_once` sets up a
        // searcher for each call.
        if let Some(at) = w.bytes().position(|b| b == b'-') {
            let a = &w[..at];
            if a.bytes().all(|c| c.is_ascii_digit()) && !a.is_empty() {
                return None;
            }
        }
        let mut total: u64 = 0;
        let mut current: u64 = 0;
        let mut k = j;
        let mut any = false;
        let mut last_small: Option<u64> = None;
        loop {
            let w = self.w(k);
            if let Some(v) = self.number_word(k) {
                match last_small {
                    Some(prev) if prev % 10 == 0 && prev >= 20 && v < 10 => {}
                    Some(_) => break,
                    None => {}
                }
                current += v;
                last_small = Some(v);
                any = true;
                k += 1;
            } else if let Some((v, m)) = last_small.is_none().then(|| hyphen_multiple(w)).flatten()
            {
                // "one-hundred and thirty-two", "two-thousand": the number
                // and its multiplier written as one word.
                current += v;
                if m == 100 {
                    current *= 100;
                } else {
                    total += current * m;
                    current = 0;
                }
                last_small = None;
                any = true;
                k += 1;
            } else if let Some(m) = multiplier_of(self.facts(k)) {
                if !any && w != "hundred" && w != "thousand" && w != "cent" && w != "mille" {
                    break;
                }
                if m == 100 {
                    current = current.max(1) * 100;
                } else {
                    total += current.max(1) * m;
                    current = 0;
                }
                last_small = None;
                any = true;
                k += 1;
            } else if w == "a"
                && !any
                && (multiplier_of(self.facts(k + 1)).is_some_and(|m| m <= 1000)
                    || self.w(k + 1) == "dozen")
            {
                current = 1;
                k += 1;
            } else if w == "dozen" && (any || self.w(k.wrapping_sub(1)) == "a") {
                current = current.max(1) * 12;
                any = true;
                last_small = None;
                k += 1;
            } else if w == "and" && any && last_small.is_none() && self.number_word(k + 1).is_some()
            {
                k += 1;
            } else {
                break;
            }
        }
        if !any {
            return None;
        }
        Some((total + current, k))
    }

    /// "3-5", "20-25": a range written as one token; the second figure
    /// must be the larger.
    fn digit_range(&self, j: usize) -> Option<(u64, u64)> {
        if !self.is_word(j) {
            return None;
        }
        let (a, b) = self.w(j).split_once('-')?;
        let lo: u64 = a.parse().ok()?;
        let hi: u64 = b.parse().ok()?;
        (lo < hi && hi < 1_000_000).then_some((lo, hi))
    }

    fn is_year_like(&self, j: usize) -> bool {
        let Some(t) = self.toks.get(j) else {
            return false;
        };
        let raw = &self.text[t.s..t.e];
        t.kind == TokKind::Num
            && raw.len() == 4
            && raw.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
    }

    /// Dates, ages, money, percentages, rates and numbered things.
    fn is_not_a_count(&self, a: usize, num: usize, qb: usize) -> bool {
        let before = if a > 0 { self.w(a - 1) } else { "" };
        let after = self.w(qb);
        let after_head = after.split('-').next().unwrap_or(after);
        if is_month(after)
            || is_month(after_head)
            || (is_month(before) && self.toks[num].kind == TokKind::Num)
        {
            return true;
        }
        // "two girls aged 6 and 4", "aged 12, 14 and 15": every age of a
        // list after "aged" is an age.
        if a >= 3
            && matches!(before, "and" | "," | "to")
            && self.number_at(a - 2).is_some()
            && matches!(self.w(a - 3), "aged" | "ages" | "," | "and")
        {
            let mut k = a - 2;
            while k >= 2 && matches!(self.w(k - 1), "," | "and") && self.number_at(k - 2).is_some()
            {
                k -= 2;
            }
            if k >= 1 && matches!(self.w(k - 1), "aged" | "ages") {
                return true;
            }
        }
        if matches!(
            before,
            "aged"
                | "age"
                | "ages"
                | "page"
                | "pages"
                | "p"
                | "article"
                | "section"
                | "no"
                | "number"
                | "chapter"
                | "resolution"
                | "route"
                | "highway"
                | "paragraph"
                | "$"
                | "€"
                | "£"
                | "₦"
                | "/"
                | "#"
                | "rs"
                | "usd"
                | "us$"
                | "para"
                | "law"
                | "decree"
                | "âgé"
                | "âgés"
                | "âgée"
                | "km"
        ) {
            return true;
        }
        // "with many unaccounted for": people missing, of unknown fate,
        // not dead, hurt or taken by anyone known.
        if matches!(
            after,
            "%" | "/" | ":" | "percent" | "per" | "pc" | "°" | "h" | "unaccounted"
        ) {
            return true;
        }
        let numtok = self.toks[num];
        let raw = &self.text[numtok.s..numtok.e];
        if numtok.kind == TokKind::Num && raw.len() > 1 && raw.starts_with('0') {
            return true;
        }
        if after == "-" && self.w(qb + 1).contains("year") {
            return true;
        }
        // "Ali Musa, 25, was shot": digits set off by commas right after a
        // name are the person's age.
        if numtok.kind == TokKind::Num
            && before == ","
            && after == ","
            && a >= 2
            && self.is_word(a - 2)
            && self
                .raw(a - 2)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            return true;
        }
        // "shot them dead one by one": a manner, not one more victim.
        if self.w(a) == "one" && after == "by" && self.w(qb + 1) == "one" {
            return true;
        }
        // "left six dead horses": the dead are beasts, not people.
        if matches!(after, "dead" | "injured" | "wounded")
            && matches!(
                self.w(qb + 1),
                "horses"
                    | "cows"
                    | "cattle"
                    | "goats"
                    | "sheep"
                    | "camels"
                    | "animals"
                    | "livestock"
                    | "donkeys"
                    | "dogs"
                    | "pigs"
                    | "mules"
                    | "oxen"
                    | "chickens"
            )
        {
            return true;
        }
        // "(1.7%": a decimal never counts people unless a multiplier took it.
        false
    }

    /// Read the noun after a quantity and record its group; false when the
    /// noun is not people ("12 trials", "six months").
    fn noun_phrase(&self, q: &mut Quantity, start: usize, vague: bool) -> bool {
        let mut k = start;
        // Partitives: "12 of those killed", "five of them", "one of the attackers".
        if !vague && matches!(self.w(k), "of" | "d'entre") {
            match self.w(k + 1) {
                "his" | "her" | "their" | "its" => k += 2,
                "those" | "them" | "whom" | "which" | "these" | "eux" | "elles" => {
                    q.partitive_subset = true;
                    q.strong_partitive = matches!(self.w(k + 1), "those" | "these")
                        && self.trig_at.get(k + 2).copied().flatten().is_some();
                    q.b = k + 2;
                    return true;
                }
                "the" => {
                    let w2 = self.w(k + 2);
                    // "one of the people killed was a teacher", "one of the
                    // Varo soldiers killed": some of a toll told before,
                    // like "one of the dead". One word may stand before
                    // the noun.
                    let plural_people = |at: usize| {
                        self.person(at)
                            .filter(|&(g, singular)| !g.is_empty() && !singular)
                            .filter(|_| {
                                matches!(self.w(at + 1), "killed" | "dead" | "wounded" | "injured")
                            })
                            .map(|(g, _)| (g, at))
                    };
                    let described = || {
                        (self.is_word(k + 2) && self.trig_at[k + 2].is_none())
                            .then(|| plural_people(k + 3))
                            .flatten()
                    };
                    if let Some((g, at)) = plural_people(k + 2).or_else(described) {
                        q.partitive_subset = true;
                        q.strong_partitive = true;
                        q.group = g.to_string();
                        q.b = at + 1;
                        return true;
                    }
                    if matches!(
                        w2,
                        "dead"
                            | "victims"
                            | "killed"
                            | "wounded"
                            | "injured"
                            | "casualties"
                            | "deceased"
                            | "detainees"
                            | "hostages"
                            | "abducted"
                            | "arrested"
                    ) {
                        // "one of the wounded died later": the wounded who
                        // died are killed, one more death, not a subset.
                        let dies_later = matches!(w2, "wounded" | "injured")
                            && self.triggers.iter().find(|t| t.a > k + 2).is_some_and(|t| {
                                t.a <= k + 6
                                    && !t.blocked
                                    && matches!(
                                        self.w(t.a),
                                        "died" | "dies" | "succumbed" | "succumbs" | "perished"
                                    )
                            });
                        if dies_later {
                            q.b = k + 3;
                            return true;
                        }
                        q.partitive_subset = true;
                        q.strong_partitive = matches!(
                            w2,
                            "dead" | "killed" | "wounded" | "injured" | "deceased" | "casualties"
                        );
                        if let Some((g, _)) = person_noun(w2) {
                            q.group = g.to_string();
                        }
                        q.b = if self.trig_at[k + 2].is_some() {
                            k + 2
                        } else {
                            k + 3
                        };
                        return true;
                    }
                    // "12 of the 30 detainees": the inner number is the
                    // group's size, not another count.
                    if let Some((_, end)) = self.number_at(k + 2) {
                        k = end;
                    } else {
                        k += 2;
                    }
                }
                _ => {}
            }
        }
        // "the two wounded later succumbed": those wounded before are now
        // dead; the number belongs to the verb of death after them.
        if !vague
            && q.a >= 1
            && self.w(q.a - 1) == "the"
            && matches!(self.w(k), "wounded" | "injured")
            && ((k + 1)..(k + 4).min(self.toks.len())).any(|j| {
                matches!(self.w(j), "died" | "succumbed" | "perished") && self.trig_at[j].is_some()
            })
        {
            q.b = k + 1;
            return true;
        }
        let mut mods: Vec<usize> = Vec::new();
        let mut head: Option<(usize, &'static str)> = None;
        while k < self.toks.len() && k < start + 8 {
            let t = self.toks[k];
            if t.kind != TokKind::Word {
                // An acronym in brackets inside the phrase: "one Rapid
                // Action Battalion (RAB) officer".
                if self.w(k) == "(" && self.is_word(k + 1) && self.w(k + 2) == ")" {
                    k += 3;
                    continue;
                }
                if t.kind == TokKind::Num {
                    break;
                }
                // Closing quotes and apostrophes inside a phrase are fine.
                break;
            }
            let w = self.w(k);
            // "seven other injured": "other" stands for "others" right before
            // the verb.
            // Not "two other assassination attempts": only a participle.
            if w == "other"
                && k == start
                && self.trig_at.get(k + 1).copied().flatten().is_some()
                && matches!(
                    self.w(k + 1),
                    "injured"
                        | "wounded"
                        | "hurt"
                        | "killed"
                        | "dead"
                        | "abducted"
                        | "kidnapped"
                        | "arrested"
                        | "detained"
                        | "missing"
                )
            {
                head = Some((k, ""));
                break;
            }
            // "5 displaced civilians", "three wounded soldiers": a
            // participle before a person noun describes it.
            // So does "hostage" ("the two hostage victims").
            let describes = self.trig_at[k].is_some()
                && k == start
                && (w.ends_with("ed") || w == "hostage")
                && self.person(k + 1).is_some_and(|(g, _)| !g.is_empty());
            let raw = self.raw(k);
            let acronym = raw.len() >= 2 && raw.chars().all(|c| c.is_ascii_uppercase());
            // "two National Directorate of Security (NDS) members", "two
            // Central Reserve Police Force (CRPF) personnel": the name of a
            // body, to its acronym, describes the noun after it.
            if k > start
                && self
                    .raw(k - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                if let Some(h) = self.noun_after_acronym_name(k) {
                    mods.extend(k..h);
                    head = Some((h, self.person(h).map_or("", |(g, _)| g)));
                    break;
                }
            }
            if (self.trig_at[k].is_some() && !describes) || (self.np_stop(k) && !acronym) {
                break;
            }
            let capital = self.raw(k).chars().next().is_some_and(char::is_uppercase);
            // "4 military fatalities": a word that names no people by
            // itself says whose deaths they were.
            let of_deaths = matches!(self.w(k + 1), "fatalities" | "fatality" | "deaths");
            // "13 weapons experts", "four cattle herders": a thing before a
            // known noun of people says what they deal with.
            let of_people = self.is_word(k + 1)
                && self.trig_at[k + 1].is_none()
                && self.person(k + 1).is_some_and(|(g, _)| !g.is_empty());
            if self.non_person(k) && (!capital || k == start) && !of_deaths && !of_people {
                return false;
            }
            // "eight more Shia pilgrims", "two more Afghan soldiers": "more"
            // before a named group is a modifier, not the head.
            if w == "more" && self.more_before_group(k) {
                mods.push(k);
                k += 1;
                continue;
            }
            if let Some((g, singular)) = self.person(k) {
                // "two civilian workers", "12 Kenya Defence Forces soldiers":
                // a singular noun after a plural number describes the next.
                // Also past an acronym in brackets: "two Border Guard (BG)
                // members".
                let bracketed = self.w(k + 1) == "(" && self.w(k + 3) == ")";
                let next = if bracketed { k + 4 } else { k + 1 };
                if singular
                    && q.best.is_some_and(|b| b > 1)
                    && k + 1 < start + 6
                    && self.is_word(next)
                    && !self.np_stop(next)
                    && self.trig_at.get(next).copied().flatten().is_none()
                {
                    mods.push(k);
                    k += 1;
                    continue;
                }
                head = Some((k, g));
                // "police officers", "militia members": keep the last noun.
                if self.person(k + 1).is_some() && self.trig_at[k + 1].is_none() {
                    mods.push(k);
                    k += 1;
                    continue;
                }
                // "women mission teachers", "police conscripts": a later
                // plural noun, right before a verb, is the head.
                let plain = |n: usize| {
                    self.is_word(n)
                        && self.trig_at[n].is_none()
                        && !self.np_stop(n)
                        && !self.non_person(n)
                        && self.raw(n).chars().next().is_some_and(char::is_lowercase)
                };
                let later = (k + 1..(k + 3).min(self.toks.len()))
                    .take_while(|&n| plain(n))
                    .find(|&n| {
                        let w = self.w(n);
                        let known = person_noun(w).is_some_and(|(g, _)| !g.is_empty());
                        let plural = w.ends_with('s') && w.len() > 3 && !w.ends_with("ss");
                        let before_verb =
                            matches!(right_filler(self.w(n + 1)), Some(RightFill::Copula))
                                || self.trig_at.get(n + 1).copied().flatten().is_some();
                        (known || plural) && before_verb
                    });
                if let Some(n) = later {
                    mods.extend(k..n);
                    head = Some((n, self.person(n).map_or("", |(g, _)| g)));
                }
                break;
            }
            mods.push(k);
            k += 1;
        }
        match head {
            Some((h, g)) => {
                q.b = h + 1;
                q.group = self.group_name(&mods, h, g);
                // "women and girls", "men and boys": one group of two nouns.
                // "police officers and volunteer fighters": one plain
                // modifier before the second noun.
                let modifier = self.is_word(h + 2)
                    && self.raw(h + 2).chars().next().is_some_and(char::is_lowercase)
                    && self.trig_at.get(h + 2).copied().flatten().is_none()
                    && number_of(self.facts(h + 2)).is_none()
                    // A singular noun may be a modifier ("volunteer", "local").
                    && !matches!(self.person(h + 2), Some((_, false)))
                    && !self.np_stop(h + 2)
                    && !matches!(
                        self.w(h + 2),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "other" | "some"
                            | "many" | "several" | "all" | "both"
                    );
                let second = if modifier { h + 3 } else { h + 2 };
                if self.w(h + 1) == "and" {
                    if let Some((g2, false)) = self.person(second) {
                        let next = self.w(second + 1);
                        if !g2.is_empty()
                            && next != "of"
                            && self.trig_at.get(second).copied().flatten().is_none()
                        {
                            q.b = second + 1;
                            q.group = format!("{} and {}", q.group, g2);
                        }
                    }
                }
            }
            None => {
                // An unknown word: the text's own noun if it looks like one
                // ("marketgoers", "Fulani"); otherwise no noun at all.
                if let Some(&last) = mods.last() {
                    let w = self.w(last);
                    let raw = self.raw(last);
                    let plural = w.ends_with('s') && w.len() > 3 && !w.ends_with("ss");
                    let proper = raw.chars().next().is_some_and(char::is_uppercase);
                    let next = self.w(last + 1);
                    let ends_ok = self
                        .toks
                        .get(last + 1)
                        .is_none_or(|t| t.kind == TokKind::Punct)
                        || is_np_stop(next)
                        || self.trig_at.get(last + 1).copied().flatten().is_some();
                    let subject = matches!(next, "were" | "was" | "are" | "had" | "have");
                    let of_deaths = matches!(next, "fatalities" | "fatality" | "deaths");
                    if (plural || proper || subject || of_deaths) && ends_ok && !w.ends_with("ly") {
                        q.b = last + 1;
                        let h = last;
                        let m: Vec<usize> = mods[..mods.len() - 1].to_vec();
                        q.group = self.group_name(&m, h, "");
                    }
                }
            }
        }
        true
    }

    /// The group's name: the canonical noun, or the text's own noun with
    /// its lowercase compound modifiers ("bus travellers").
    fn group_name(&self, mods: &[usize], head: usize, canon: &str) -> String {
        // "others", "more": people not named as a group.
        if canon.is_empty()
            && (matches!(self.person(head), Some(("", _))) || self.w(head) == "other")
        {
            return String::new();
        }
        // "police officers" are police.
        if canon == "officers" && mods.iter().any(|&m| self.w(m) == "police") {
            return "police".to_string();
        }
        if is_standard_group(canon) {
            return canon.to_string();
        }
        // The text's own noun keeps its lowercase compound words ("bus
        // travellers", "opposition activists"); adjectives and proper
        // names before them are dropped.
        let mut parts: Vec<&str> = Vec::new();
        for &m in mods {
            let raw = self.raw(m);
            let w = self.w(m);
            let lowercase = raw.chars().next().is_some_and(char::is_lowercase);
            if lowercase && !is_dropped_modifier(w) && !w.chars().any(|c| c.is_ascii_digit()) {
                parts.push(w);
            } else {
                parts.clear();
            }
        }
        parts.push(if canon.is_empty() {
            self.w(head)
        } else {
            canon
        });
        parts.join(" ")
    }

    fn run(&self, base: usize) -> Vec<CountMention> {
        // Pass 1: quantities, left to right, none overlapping.
        let n = self.toks.len();
        let mut quants: Vec<Quantity> = Vec::new();
        let mut q_at: Vec<Option<usize>> = vec![None; n];
        let mut q_end: Vec<Option<usize>> = vec![None; n];
        let mut i = 0;
        while i < n {
            if self.trig_at[i].is_some() && self.w(i) != "dead" {
                i += 1;
                continue;
            }
            // "... and prime minister": a bare noun joined to a counted one.
            // "... and prime minister", also after a named apposition: "the
            // former president, Bah Ndaw, and prime minister".
            let before_and = if i >= 2 && self.w(i - 1) == "and" {
                self.skip_apposition_back(i - 2)
            } else {
                None
            };
            let joined = before_and.is_some_and(|k| q_end[k].is_some())
                && !before_and.is_some_and(|k| self.one_person_two_roles(i, k, &quants, &q_end));
            let titled = self.titled_name_at(i);
            if !joined && titled.is_none() && !self.may_start_quantity(i) {
                i += 1;
                continue;
            }
            let found = titled
                .or_else(|| self.quantity_at(i))
                .or_else(|| joined.then(|| self.bare_singular_at(i)).flatten())
                .or_else(|| self.name_at(i));
            // "two policemen and as many civilians": "as many" repeats the
            // number before it; with no such number ("the toll may rise as
            // many bodies ...") the "as" is a conjunction and "many" no count.
            let found = match found {
                // "it is unclear how many were killed": a question, no count.
                Some(q)
                    if q.a >= 1
                        && self.w(q.a - 1) == "how"
                        && matches!(self.w(q.a), "many" | "much" | "few") =>
                {
                    None
                }
                Some(mut q)
                    if self.w(q.a) == "many"
                        && q.a >= 1
                        && self.w(q.a - 1) == "as"
                        && self.w(q.a + 1) != "as" =>
                {
                    let prev = (q.a >= 3 && self.w(q.a - 2) == "and")
                        .then(|| q_end[q.a - 3])
                        .flatten();
                    prev.map(|pi| {
                        let p = &quants[pi];
                        q.low = p.low;
                        q.best = p.best;
                        q.high = p.high;
                        q.a -= 1;
                        q
                    })
                }
                other => other,
            };
            // "four students of the Faculty of Law and Jurisprudence were
            // killed": a name inside the description of a count before it
            // is no victim of its own.
            let found = found.filter(|q| {
                !(q.name
                    && (self.name_in_description(q, &quants) || self.name_identified(q, &quants)))
            });
            // "a man suspected to be an army informer", "a man believed
            // to be the group's leader": the noun after "to be" says what
            // the person before it was; it is no one more.
            let found = found.filter(|q| {
                !(q.a >= 2
                    && self.w(q.a - 1) == "be"
                    && self.w(q.a - 2) == "to"
                    && matches!(self.w(q.a), "a" | "an" | "the"))
            });
            if let Some(q) = found {
                let idx = quants.len();
                q_at[q.a] = Some(idx);
                let last = q.b.max(q.qb).max(q.a + 1) - 1;
                q_end[last] = Some(idx);
                i = q.b.max(q.qb).max(i + 1);
                quants.push(q);
            } else {
                i += 1;
            }
        }
        let mut out: Vec<CountMention> = Vec::new();
        for qi in 0..quants.len() {
            let q = &quants[qi];
            if self.description_before_next_verb(q, &quants, &q_end) {
                continue;
            }
            let right = self
                .link_right(q, &quants, &q_at)
                .filter(|_| !self.in_relative_clause(q));
            let (left, left_subset) = if q.zero {
                (None, false)
            } else {
                self.link_left(q, &quants, &q_end)
            };
            let right = match (right, left) {
                (None, None) => self.passive_subject(q, &q_at).map(|t| (t, true)),
                _ => right,
            };
            let left = left.map(|t| (t, left_subset));
            // A verb right before the number governs it ("killed three
            // civilians was ..."), whatever follows the noun.
            let tight_left = left.is_some_and(|(lt, _)| {
                let t = self.triggers[lt];
                (t.b..q.a).all(|k| {
                    matches!(
                        self.w(k),
                        "the" | "of" | "a" | "an" | "some" | "another" | "all"
                    )
                })
            });
            // A name may also follow other objects of the verb: "arrested
            // Ali Musa and Omar Said".
            let tight_list = tight_left
                || left.is_some_and(|(lt, _)| {
                    let t = self.triggers[lt];
                    let mut k = t.b;
                    while k < q.a {
                        if let Some(qj) = q_at[k] {
                            k = quants[qj].b.max(quants[qj].qb).max(k + 1);
                        } else if matches!(
                            self.w(k),
                            "the" | "a" | "an" | "and" | "," | "himself" | "herself"
                        ) {
                            // "killing himself and Omar Dule": the attacker is
                            // counted on his own (see `reflexive`).
                            k += 1;
                        } else {
                            return false;
                        }
                    }
                    true
                });
            // "1 killed 3 injured": a count right before its own verb, after
            // another count's verb.
            let own_right = right.is_some_and(|(t, _)| self.triggers[t].a == q.b.max(q.qb))
                && left.is_some_and(|(lt, _)| {
                    let a = self.triggers[lt].a;
                    a > 0 && (self.number_at(a - 1).is_some() || q_end[a - 1].is_some())
                });
            // "Nine people were killed, including a guard and a driver, and
            // 40 were wounded": the people of an "including" aside that opens
            // right after a verb are some of that verb's people, even where
            // the list runs on into the next verb. A count standing right
            // before that next verb after "and" ("and 40 were wounded") is
            // its subject, no item of the list.
            let aside_item = match (right, left) {
                (Some((rt, _)), Some((lt, _))) => {
                    let t = self.triggers[lt];
                    let r = self.triggers[rt];
                    let opens = if self.w(t.b) == "," { t.b + 1 } else { t.b };
                    let end = q.b.max(q.qb);
                    // "..., including 21 police officers, 73 others were
                    // wounded": "others" are no item of the list.
                    let others = matches!(self.w(end.saturating_sub(1)), "others" | "more");
                    // "..., including five assailants, one person was
                    // wounded": a count after a comma and right before "was"
                    // and a verb of another kind is that verb's subject.
                    let comma_subject =
                        self.w(q.a.wrapping_sub(1)) == "," && matches!(self.w(end), "was" | "were");
                    let own_subject =
                        (self.w(q.a.wrapping_sub(1)) == "and" || others || comma_subject)
                            && (end..r.a).all(|k| right_filler(self.w(k)).is_some());
                    r.kind != t.kind
                        && matches!(self.w(opens), "including" | "among")
                        && opens < q.a
                        && (opens..q.a).all(|k| self.trig_at[k].is_none())
                        && !own_subject
                }
                _ => false,
            };
            // "was killed along with three officers and four others were
            // wounded": the people after "along with" share the verb
            // before it, not the one of the next clause.
            let along_with = {
                let a = if matches!(self.w(q.a.wrapping_sub(1)), "his" | "her" | "their") {
                    q.a - 1
                } else {
                    q.a
                };
                a >= 2 && self.w(a - 1) == "with" && matches!(self.w(a - 2), "along" | "together")
            } || self.added_after_verb(q);
            let (trig, subset_left) = match (right, left) {
                _ if aside_item => (left.map(|(lt, _)| lt), true),
                (Some((t, strong)), Some((lt, sub))) => {
                    // "killed along with 27 members wounded": a verb right
                    // after the noun is still its own.
                    if along_with && self.triggers[t].a != q.b.max(q.qb) {
                        (Some(lt), sub)
                    } else if (strong && !tight_left) || own_right {
                        (Some(t), sub)
                    } else {
                        (Some(lt), sub)
                    }
                }
                (Some((t, strong)), None) => {
                    // A name links forward only through "was", "were", "who":
                    // "Moussa Keita was detained", not "Neither fatalities ...".
                    let tr = self.triggers[t];
                    let object_follows = self.number_at(tr.b).is_some()
                        || q_at.get(tr.b).copied().flatten().is_some()
                        || matches!(self.w(tr.b), "the" | "a" | "an" | "his" | "her" | "their");
                    // Towns are captured and people displaced as places are.
                    let place_verb = matches!(self.w(tr.a), "captured" | "displaced" | "evicted");
                    let be_next =
                        strong && !is_noun_trigger(self.w(tr.a)) && !object_follows && !place_verb;
                    if (q.definite && !strong) || (q.name && !be_next) {
                        (None, false)
                    } else {
                        (Some(t), false)
                    }
                }
                (None, Some((lt, sub))) => {
                    if q.name && !tight_list {
                        (None, false)
                    } else {
                        (Some(lt), sub)
                    }
                }
                (None, None) => (None, left_subset),
            };
            // "two of them were children" is a subset only when a count of
            // that kind came before; "one of the victims died" adds one.
            // "including 19 civilians" is a subset only of an earlier count
            // of its kind; with none before, it is the only figure given.
            let prior_same_kind = trig.map_or(!out.is_empty(), |ti| {
                out.iter().any(|m| m.kind == self.triggers[ti].kind)
            });
            // A subset marker passed on the way left counts even when the
            // verb is found on the right ("five people, including four
            // women and one officer, were killed").
            // "injuring six soldiers, three seriously": how badly some of
            // them were hurt, not more people.
            let end = q.b.max(q.qb);
            let manner = q.group.is_empty()
                && self.w(end).ends_with("ly")
                && self
                    .toks
                    .get(end + 1)
                    .is_none_or(|t| t.kind == TokKind::Punct)
                && q.a > 0
                && self.w(q.a - 1) == ",";
            let marked = manner
                || subset_left
                || left_subset
                || q.partitive_subset
                || self.subset_marker_before(q.a)
                || self.in_list_aside(q.a)
                || self.in_apposition(q.a, &quants, &q_at, &q_end);
            // "Among them were 19 civilians." opening a sentence refers back
            // to a total in the sentence before.
            let opens_sentence = out.is_empty() && q.a <= 4 && marked;
            // "among those killed were three children", "among the dead
            // were two nurses": the toll they belong to was told before,
            // in this sentence or an earlier one.
            let among_the_dead = trig.is_some_and(|ti| {
                let t = self.triggers[ti];
                t.a >= 2
                    && t.b <= q.a
                    && matches!(self.w(t.a - 1), "the" | "those")
                    && matches!(self.w(t.a - 2), "among" | "amongst")
            });
            // "The man killed was a driver", "the barber who was killed is
            // yet to be named": a definite noun with its verb of harm as a
            // reduced or relative clause, then "was" or "is", says who one
            // of the dead was; it points back at a toll, or stands alone.
            let the_one_killed_was = trig.is_some_and(|ti| {
                let t = self.triggers[ti];
                let end = q.b.max(q.qb);
                self.w(q.a) == "the"
                    && t.a >= end
                    && (end..t.a).all(|k| matches!(self.w(k), "who" | "that" | "was" | "were"))
                    && matches!(self.w(t.b), "was" | "is" | "were" | "are")
            });
            let subset = q.strong_partitive
                || among_the_dead
                || the_one_killed_was
                || self.of_the_toll_opening(q, trig)
                || (marked && (prior_same_kind || opens_sentence));
            let (kind, trigger_span) = match trig {
                Some(ti) => {
                    let t = self.triggers[ti];
                    if t.blocked {
                        continue;
                    }
                    (t.kind, self.tok_span(t.a, t.b))
                }
                None => {
                    let taken = matches!(
                        self.w(q.a.wrapping_sub(1)),
                        "took"
                            | "take"
                            | "taking"
                            | "taken"
                            | "seized"
                            | "seizing"
                            | "holding"
                            | "held"
                            | "captured"
                    );
                    let before_the = if q.a >= 1 && self.w(q.a - 1) == "the" {
                        q.a - 1
                    } else {
                        q.a
                    };
                    let in_addition = before_the >= 3
                        && self.w(before_the - 3) == "in"
                        && self.w(before_the - 2) == "addition"
                        && self.w(before_the - 1) == "to";
                    let next_trigger = self.triggers[..]
                        .iter()
                        .find(|t| t.a >= q.b && !t.blocked && !t.toll);
                    if let Some(t) = next_trigger.filter(|_| in_addition && !q.zero) {
                        (t.kind, self.tok_span(t.a, t.b))
                    } else if q.group == "hostages" && !q.zero && taken {
                        (CountKind::Disappeared, self.tok_span(q.b - 1, q.b))
                    } else if let Some(ti) = self.revision_before(q.a).filter(|_| !q.zero) {
                        let t = self.triggers[ti];
                        (t.kind, self.tok_span(t.a, t.b))
                    } else if marked {
                        // The earlier mention's trigger is already in
                        // document coordinates; back to the sentence's.
                        match out.last() {
                            Some(prev) => (
                                prev.kind,
                                Span::new(prev.trigger.start - base, prev.trigger.end - base),
                            ),
                            None => continue,
                        }
                    } else {
                        continue;
                    }
                }
            };
            // "the three slain victims were identified as ...": a definite
            // number with the verb of harm as its adjective restates a toll
            // told before.
            let restated_definite = trig.is_some_and(|ti| {
                let t = self.triggers[ti];
                q.a >= 1 && self.w(q.a - 1) == "the" && t.a == q.qb && self.person(t.b).is_some()
            });
            // "five members of one family": the family is not one more victim.
            if q.a >= 1
                && self.w(q.a - 1) == "of"
                && matches!(
                    q.group.as_str(),
                    "family" | "families" | "household" | "households"
                )
            {
                continue;
            }
            // "nine relatives of the late mayor", "six members of the
            // village guard": the one the "of" phrase names owns the
            // counted people; he is not one more victim.
            if self.possessor_of_counted(q, &quants, &q_end) {
                continue;
            }
            // "A total of 11 people died in the blasts": a sum of the counts
            // told before; it replaces them.
            let total_of =
                q.a >= 2 && self.w(q.a - 1) == "of" && self.w(q.a - 2) == "total" && !q.zero;
            // "was among the seven officers killed": the dead of a toll told
            // already, named again with "the".
            let among_the = q.a >= 2
                && self.w(q.a - 1) == "the"
                && self.w(q.a - 2) == "among"
                && trig.is_some_and(|ti| self.triggers[ti].a == q.b.max(q.qb));
            // "Overall, at least 21 people were killed": the sum of the
            // counts told before, like "a total of".
            let overall = q.a >= 2
                && self.w(q.a - 1) == ","
                && self.w(q.a - 2) == "overall"
                && (q.a == 2 || matches!(self.w(q.a - 3), "." | ";"))
                && !q.zero;
            let revision = restated_definite
                || total_of
                || overall
                || among_the
                || trig.is_some_and(|ti| self.triggers[ti].toll)
                || (self.revision_before(q.a).is_some() && !q.zero);
            // ACLED's closing "3 fatalities." restates the total, as do
            // "(coded as 15 fatalities)", "(total of 12 fatalities)" and
            // "Total fatalities 2.".
            let restated = trig.is_some_and(|ti| {
                let t = self.triggers[ti];
                let tally = matches!(self.w(t.a), "fatalities" | "fatality");
                let closing = matches!(self.w(t.b), "." | "" | ")" | ";" | "(");
                let before = |k: usize| if q.a >= k { self.w(q.a - k) } else { "" };
                let stated_total = q.a == 0
                    || matches!(before(1), "." | ":" | ";" | "(" | "[")
                    || (before(1) == "as" && before(2) == "coded")
                    || (before(1) == "of" && before(2) == "total");
                (t.a == q.b.max(q.qb) && tally && stated_total && closing)
                    || (tally
                        && t.a >= 1
                        && t.b == q.a
                        && self.w(t.a - 1) == "total"
                        && matches!(self.w(q.b.max(q.qb)), "." | "" | ")" | ";"))
            });
            let role = if subset {
                CountRole::Subset
            } else if revision || restated {
                CountRole::Revision
            } else {
                CountRole::Additive
            };
            let qt = self.tok_span(q.a, q.qb.max(q.a + 1));
            let span = self.tok_span(q.a, q.b.max(q.qb).max(q.a + 1));
            let m = CountMention {
                span: span.offset(base),
                trigger: trigger_span.offset(base),
                kind,
                low: q.low,
                best: q.best,
                high: q.high,
                victim_group: q.group.clone(),
                quantity_text: self.text[qt.start..qt.end].to_string(),
                role,
            };
            // "no one was killed or injured": both harms are zero;
            // "17 villagers were kidnapped and murdered": both happened.
            let right_linked = right.is_some_and(|(t, _)| Some(t) == trig);
            if q.zero || right_linked {
                if let Some(ti) = trig {
                    let t = self.triggers[ti];
                    let joins = if q.zero {
                        &["or", "and", "nor"][..]
                    } else {
                        &["and"][..]
                    };
                    // "were abducted, beaten and killed": a list of acts
                    // ending in a killing; the killing closes the sequence.
                    // Only for an exact count: "tens of thousands were
                    // kidnapped, raped and killed" tells of some of them;
                    // a name may be a place misread as a person.
                    let exact = q.high.is_some() && q.low == q.best && !q.name;
                    let chain_end = if q.zero || !exact {
                        None
                    } else {
                        self.killing_ends_chain(t.b)
                    };
                    if let Some(t2) = chain_end {
                        let t2 = self.triggers[t2];
                        if t2.kind != kind {
                            let m2 = self.told_again(&m, t2, base);
                            out.push(m);
                            out.push(m2);
                            continue;
                        }
                    }
                    if joins.contains(&self.w(t.b)) {
                        if let Some(t2) = self.trig_at.get(t.b + 1).copied().flatten() {
                            let t2 = self.triggers[t2];
                            // "were killed and injured" mixes two groups; only a
                            // zero or a sequence ("kidnapped and murdered")
                            // applies to everyone.
                            let mix = matches!(
                                (kind, t2.kind),
                                (CountKind::Killed, CountKind::Injured)
                                    | (CountKind::Injured, CountKind::Killed)
                            );
                            if t2.kind != kind && (q.zero || !mix) {
                                let m2 = self.told_again(&m, t2, base);
                                out.push(m);
                                out.push(m2);
                                continue;
                            }
                        }
                    }
                }
            }
            out.push(m);
        }
        self.pronoun_objects(&quants, base, &mut out);
        self.pronoun_subjects(&quants, base, &mut out);
        mark_breakdowns(&mut out);
        self.zero_nouns(base, &mut out);
        self.reflexive(base, &mut out);
        self.body_found(base, &mut out);
        self.not_including(base, &mut out);
        self.blew_self_up(base, &mut out);
        self.suicide_attacker(base, &mut out);
        self.other_attackers(base, &mut out);
        self.attacker_detonated(base, &mut out);
        self.attacker_dies_after(&quants, base, &mut out);
        self.one_died_later(&quants, base, &mut out);
        self.wounded_then_died(&quants, base, &mut out);
        self.found_dead_pronoun(base, &mut out);
        self.resulting_in_death(base, &mut out);
        self.held_then_killed(base, &mut out);
        self.own_verb_then_next_item(&quants, base, &mut out);
        out.sort_by_key(|m| (m.span.start, m.trigger.start));
        self.trailing_subsets(base, &mut out);
        self.drop_earlier_incident(base, &mut out);
        drop_rival_in_brackets(self.text, base, &mut out);
        self.total_of_both_kinds(base, &mut out);
        out
    }

    /// "were abducted, tortured and killed", "kidnapped, beaten, and shot
    /// dead": from the comma at `k` after a first verb of a passive list, the
    /// verb of killing that closes the list, when every item between is a
    /// lone past participle and the last one follows "and". A plain "and"
    /// right after the first verb is left to the pair rule.
    fn killing_ends_chain(&self, k: usize) -> Option<usize> {
        if self.w(k) != "," {
            return None;
        }
        let mut k = k;
        for _ in 0..4 {
            let mut n = k + 1;
            let after_and = self.w(k) == "and" || self.w(n) == "and";
            if self.w(n) == "and" {
                n += 1;
            }
            if let Some(ti) = self.trig_at.get(n).copied().flatten() {
                let t = self.triggers[ti];
                if after_and && t.a == n && t.kind == CountKind::Killed && !t.toll {
                    // "and killed two guards": an object makes it another act.
                    let object = self.number_at(t.b).is_some()
                        || matches!(self.w(t.b), "a" | "an" | "the" | "his" | "her" | "their");
                    return (!object).then_some(ti);
                }
                if t.a != n || t.b != n + 1 {
                    return None;
                }
            } else {
                let w = self.w(n);
                let participle = (w.ends_with("ed") && w.len() > 4) || w == "beaten";
                if !participle || self.raw(n).starts_with(char::is_uppercase) {
                    return None;
                }
            }
            if after_and || !matches!(self.w(n + 1), "," | "and") {
                return None;
            }
            k = n + 1;
        }
        None
    }

    /// "A woman wounded in the raid later died of her injuries": the one
    /// person whose wounding stands between her and the verb at `k` (a
    /// past participle of wounding right after the count, then a few words
    /// with no clause or list word) is the subject of that verb.
    fn wounded_before<'q>(&self, quants: &'q [Quantity], k: usize) -> Option<&'q Quantity> {
        quants.iter().rev().find(|q| {
            let end = q.b.max(q.qb).max(q.a + 1);
            if q.best != Some(1) || q.zero || end >= k || k - end > 8 {
                return false;
            }
            let Some(ti) = self.trig_at[end] else {
                return false;
            };
            let t = self.triggers[ti];
            t.kind == CountKind::Injured
                && t.a == end
                && matches!(self.w(end), "wounded" | "injured" | "hurt")
                && (t.b..k).all(|n| {
                    self.is_word(n)
                        && self.trig_at[n].is_none()
                        && !matches!(
                            self.w(n),
                            "and" | "who" | "which" | "that" | "but" | "while" | "when"
                        )
                })
        })
    }

    /// "He was later found dead", "she was found killed the next day": a
    /// singular pronoun found dead is one death. Like a pronoun object
    /// ("killing him") it carries no group of its own: the person may be one
    /// an earlier sentence told as abducted or wounded, which assembly
    /// decides.
    fn found_dead_pronoun(&self, base: usize, out: &mut Vec<CountMention>) {
        let adverb = |w: &str| {
            matches!(
                w,
                "later" | "then" | "subsequently" | "eventually" | "afterwards"
            ) || (w.ends_with("ly") && w.len() > 4)
        };
        for t in &self.triggers {
            if t.blocked || t.toll || t.kind != CountKind::Killed {
                continue;
            }
            let mut k = t.a;
            if self.w(k) != "found" {
                if k == 0 || self.w(k - 1) != "found" {
                    continue;
                }
                k -= 1;
            }
            if !matches!(self.w(t.b - 1), "dead" | "killed" | "murdered" | "lifeless") {
                continue;
            }
            while k > 0 && adverb(self.w(k - 1)) {
                k -= 1;
            }
            if k < 2 || self.w(k - 1) != "was" {
                continue;
            }
            let pron = k - 2;
            if !matches!(self.w(pron), "he" | "she") {
                continue;
            }
            if pron > 0 && !matches!(self.w(pron - 1), "." | ";" | "," | "and" | "but") {
                continue;
            }
            let trigger = self.tok_span(t.a, t.b).offset(base);
            if out.iter().any(|m| m.trigger.overlaps(trigger)) {
                continue;
            }
            out.push(CountMention::one_killed(
                self.tok_span(pron, pron + 1).offset(base),
                trigger,
                String::new(),
                self.raw(pron).to_string(),
            ));
        }
    }

    /// "shot a trader, resulting in his death", "beat a detainee, leading
    /// to her death", "causing his death": one person died of the harm told
    /// before. A wounding of one person counted just before is that
    /// person's; it becomes the death. With a death counted already in the
    /// sentence, "his death" is that one.
    fn resulting_in_death(&self, base: usize, out: &mut Vec<CountMention>) {
        for t in &self.triggers {
            if t.blocked || t.toll || t.kind != CountKind::Killed || t.a < 3 {
                continue;
            }
            let a = t.a;
            if self.w(a) != "death" || !matches!(self.w(a - 1), "his" | "her") {
                continue;
            }
            // A participle clause after a comma, not "which led to his
            // death" (a cause the text may tell of an earlier death).
            let cause = match (self.w(a - 3), self.w(a - 2)) {
                ("resulting", "in") | ("leading", "to") => a >= 4 && self.w(a - 4) == ",",
                (",", "causing") => true,
                _ => false,
            };
            let trigger = self.tok_span(t.a, t.b).offset(base);
            if !cause
                || out
                    .iter()
                    .any(|m| m.kind == CountKind::Killed || m.trigger.overlaps(trigger))
            {
                continue;
            }
            let before = out
                .iter_mut()
                .filter(|m| m.span.end <= trigger.start)
                .max_by_key(|m| m.span.end);
            if let Some(m) = before {
                if m.kind == CountKind::Injured
                    && m.best == Some(1)
                    && m.role == CountRole::Additive
                {
                    m.kind = CountKind::Killed;
                    m.trigger = trigger;
                    continue;
                }
            }
            out.push(CountMention::one_killed(
                self.tok_span(a - 1, a).offset(base),
                trigger,
                String::new(),
                self.raw(a - 1).to_string(),
            ));
        }
    }

    /// "abducted six men and executed them", "fired on a trader, killing
    /// him", "seized two herders and hacked them to death": a pronoun object
    /// of a verb of killing or injuring stands for the nearest count of
    /// people before it in the same sentence, told with another verb (or
    /// none). The attackers ("gunmen ... killing them") are never the
    /// antecedent, nor is a count the verb's kind already covers.
    ///
    /// With no such count in the sentence, "him" or "her" is still one
    /// person and "them both" two ("They later killed him", "killing them
    /// both"); a plain "them" says no number and stays uncounted. These
    /// carry no group of their own (an empty group and the pronoun as their
    /// words): the person may be one an earlier sentence already counted,
    /// which assembly decides.
    fn pronoun_objects(&self, quants: &[Quantity], base: usize, out: &mut Vec<CountMention>) {
        for t in &self.triggers {
            if t.blocked || t.toll || !matches!(t.kind, CountKind::Killed | CountKind::Injured) {
                continue;
            }
            let throat = matches!(self.w(t.b + 1), "throat" | "throats");
            // "beat him to death": the pronoun stands before the trigger.
            let to_death = t.a >= 1 && self.w(t.a) == "to" && self.w(t.a + 1) == "death";
            // "found with their throats cut": the pronoun before the trigger.
            let their_throats = t.a >= 1
                && self.w(t.a - 1) == "their"
                && matches!(self.w(t.a), "throats" | "heads");
            let (pron, plural) = match (self.w(t.b), self.w(t.b + 1), self.w(t.b + 2)) {
                _ if their_throats => (t.a - 1, true),
                _ if to_death => match self.w(t.a - 1) {
                    "them" => (t.a - 1, true),
                    "him" | "her" => (t.a - 1, false),
                    _ => continue,
                },
                ("them", _, _) => (t.b, true),
                ("his" | "her", _, _) if throat => (t.b, false),
                ("their", _, _) if throat => (t.b, true),
                ("both" | "all", "of", "them") => (t.b + 2, true),
                ("him" | "her", _, _) => (t.b, false),
                _ => continue,
            };
            // "killing them both", "killed both of them": two.
            let both = (self.w(pron) == "them" && self.w(pron + 1) == "both")
                || (pron >= 2 && self.w(pron - 2) == "both" && self.w(pron - 1) == "of");
            let found = quants.iter().rev().find(|q| {
                q.b.max(q.qb) <= t.a
                    && !q.zero
                    && q.best.is_some()
                    && q.group != "assailants"
                    && if plural {
                        q.best.is_some_and(|b| b > 1)
                    } else {
                        q.best == Some(1)
                    }
            });
            // "Seven people, including five guards, had their throats
            // cut": a plural pronoun after an aside of "including" stands
            // for the whole count before the aside.
            let found = found.map(|q| {
                plural
                    .then(|| self.superset_before_aside(quants, q))
                    .flatten()
                    .unwrap_or(q)
            });
            let trigger = self.tok_span(t.a, t.b).offset(base);
            let pron_span = self.tok_span(pron, pron + 1).offset(base);
            let Some(q) = found else {
                let n = match (plural, both) {
                    (false, _) => 1,
                    (true, true) => 2,
                    (true, false) => continue,
                };
                if t.kind != CountKind::Killed || out.iter().any(|m| m.trigger == trigger) {
                    continue;
                }
                out.push(CountMention {
                    span: pron_span,
                    trigger,
                    kind: t.kind,
                    low: Some(n),
                    best: Some(n),
                    high: Some(n),
                    victim_group: String::new(),
                    quantity_text: self.raw(pron).to_string(),
                    role: CountRole::Additive,
                });
                continue;
            };
            let q_span = self.tok_span(q.a, q.b.max(q.qb).max(q.a + 1)).offset(base);
            // "killing him and two others": the people after "and" are more
            // people of the verb, not the pronoun's.
            let joined_after =
                |m: &CountMention| self.w(pron + 1) == "and" && m.span.start > pron_span.end;
            if out.iter().any(|m| {
                m.kind == t.kind
                    && (m.span.overlaps(q_span) || (m.trigger == trigger && !joined_after(m)))
            }) {
                continue;
            }
            out.push(CountMention {
                span: self.tok_span(pron, pron + 1).offset(base),
                trigger: self.tok_span(t.a, t.b).offset(base),
                kind: t.kind,
                low: q.low,
                best: q.best,
                high: q.high,
                victim_group: q.group.clone(),
                quantity_text: self.raw(pron).to_string(),
                role: CountRole::Additive,
            });
        }
    }

    /// "21 soldiers whose bodies were found after they were forcibly
    /// disappeared": the subject pronoun of a later passive verb of harm
    /// stands for the nearest count of people before it in the same
    /// sentence, so the same people carry a second kind. They are never
    /// added twice to one kind, killed and injured never pass to each other
    /// (the dead are not also the wounded), and a pronoun with no count
    /// before it in the sentence stays uncounted.
    fn pronoun_subjects(&self, quants: &[Quantity], base: usize, out: &mut Vec<CountMention>) {
        for t in &self.triggers {
            if t.blocked || t.toll {
                continue;
            }
            // Walk back over adverbs and the auxiliaries of a passive verb.
            let mut k = t.a;
            let mut aux = false;
            while k > 0 {
                let w = self.w(k - 1);
                if matches!(
                    w,
                    "was" | "were" | "been" | "had" | "have" | "has" | "being"
                ) {
                    aux = true;
                } else if !(w.ends_with("ly") || matches!(w, "later" | "then" | "all" | "both")) {
                    break;
                }
                k -= 1;
            }
            if !aux || k == 0 {
                continue;
            }
            let pron = k - 1;
            let plural = match self.w(pron) {
                "they" => true,
                "he" | "she" => false,
                _ => continue,
            };
            let Some(q) = quants.iter().rev().find(|q| {
                q.b.max(q.qb) <= pron
                    && !q.zero
                    && q.group != "assailants"
                    && if plural {
                        q.best.is_some_and(|b| b > 1)
                    } else {
                        q.best == Some(1)
                    }
            }) else {
                continue;
            };
            let q_span = self.tok_span(q.a, q.b.max(q.qb).max(q.a + 1)).offset(base);
            let trigger = self.tok_span(t.a, t.b).offset(base);
            // The antecedent must be a victim already counted, of another
            // kind that may pass to this one.
            let counted: Vec<CountKind> = out
                .iter()
                .filter(|m| m.span.overlaps(q_span))
                .map(|m| m.kind)
                .collect();
            let mix = |a: CountKind, b: CountKind| {
                matches!(
                    (a, b),
                    (CountKind::Killed, CountKind::Injured)
                        | (CountKind::Injured, CountKind::Killed)
                )
            };
            if counted.is_empty()
                || counted.iter().any(|&k| k == t.kind || mix(k, t.kind))
                || out.iter().any(|m| m.trigger == trigger)
            {
                continue;
            }
            out.push(CountMention {
                span: self.tok_span(pron, pron + 1).offset(base),
                trigger,
                kind: t.kind,
                low: q.low,
                best: q.best,
                high: q.high,
                victim_group: q.group.clone(),
                quantity_text: self.raw(pron).to_string(),
                role: CountRole::Additive,
            });
        }
    }

    /// The same people counted again under a second verb that applies to
    /// all of them ("were kidnapped and murdered"): a copy of `m` with
    /// that verb's kind and trigger span.
    fn told_again(&self, m: &CountMention, t2: Trigger, base: usize) -> CountMention {
        let mut m2 = m.clone();
        m2.kind = t2.kind;
        m2.trigger = self.tok_span(t2.a, t2.b).offset(base);
        m2
    }

    fn tok_span(&self, a: usize, b: usize) -> Span {
        let b = b.min(self.toks.len()).max(a + 1);
        Span::new(self.toks[a].s, self.toks[b - 1].e)
    }

    /// The trigger after a quantity's noun. Returns the trigger and whether
    /// the link is strong (a verb of being or a relative between, or the
    /// trigger right after the number).
    fn link_right(
        &self,
        q: &Quantity,
        quants: &[Quantity],
        q_at: &[Option<usize>],
    ) -> Option<(usize, bool)> {
        let mut k = q.b.max(q.qb);
        let mut copula = false;
        let mut relative = false;
        // Passed a name set off by commas: "the teacher, Amina Bello,
        // died" links its verb as firmly as "was killed" does.
        let mut named_aside = false;
        let mut steps = 0;
        while k < self.toks.len() && steps < 12 {
            steps += 1;
            if let Some(ti) = self.trig_at[k] {
                let t = self.triggers[ti];
                if t.a != k {
                    return None;
                }
                if relative && !copula && self.w(k) != "bodies" {
                    // "the soldier who killed ...": the noun is the agent.
                    return None;
                }
                // "An assailant stabbed tourists": before the active verb
                // stands the one who stabbed; only "was stabbed" links.
                if !copula && !relative && self.w(k) == "stabbed" {
                    return None;
                }
                let transitive = !matches!(t.kind, CountKind::Displaced)
                    && !matches!(
                        self.w(t.a),
                        "died" | "dead" | "perished" | "succumbed" | "succumbs"
                    );
                if !copula && !relative && transitive && self.w(k.wrapping_sub(1)) != "to" {
                    // "three gunmen killed two police": active voice.
                    // "the group tortured and executed 13 people": the
                    // object follows the last of the joined verbs of harm.
                    // Not after "hostage", no verb: "took 40 people hostage
                    // and killed 12".
                    let mut tb = t.b;
                    while self.w(tb) == "and" && !matches!(self.w(t.a), "hostage" | "hostages") {
                        match self.trig_at.get(tb + 1).copied().flatten() {
                            Some(tj) if self.triggers[tj].a == tb + 1 => {
                                tb = self.triggers[tj].b;
                            }
                            _ => break,
                        }
                    }
                    let nxt = self.w(tb);
                    // "1 killed 3 injured": the next number has its own verb.
                    let own_verb = self
                        .number_at(tb)
                        .is_some_and(|(_, e)| self.trig_at.get(e).copied().flatten().is_some());
                    let object_count =
                        self.number_at(tb).is_some() || q_at.get(tb).copied().flatten().is_some();
                    // "attacks across Iraq claimed the lives of 27 people":
                    // the subject of "claimed the lives of" is what killed
                    // them, and the victims follow "of".
                    let lives_of = nxt == "of"
                        && matches!(self.w(tb - 1), "lives" | "life")
                        && matches!(
                            self.w(t.a),
                            "claimed" | "claiming" | "claim" | "claims" | "took" | "taking"
                        );
                    // "eight herders abducted the day before were found
                    // dead": a phrase of time, not an object, follows.
                    let time_after = nxt == "the"
                        && ((is_time_unit(self.w(tb + 1))
                            || matches!(self.w(tb + 1), "night" | "morning" | "evening"))
                            && matches!(self.w(tb + 2), "before" | "earlier")
                            || matches!(self.w(tb + 1), "previous" | "preceding")
                                && (is_time_unit(self.w(tb + 2))
                                    || matches!(self.w(tb + 2), "night" | "morning" | "evening")));
                    let agent = (object_count && !own_verb)
                        || lives_of
                        || !time_after
                            && matches!(
                                nxt,
                                "his"
                                    | "her"
                                    | "their"
                                    | "the"
                                    | "a"
                                    | "an"
                                    | "himself"
                                    | "herself"
                                    | "themselves"
                                    | "him"
                                    | "them"
                                    | "at"
                                    | "dozens"
                                    | "several"
                                    | "many"
                                    | "scores"
                                    | "hundreds"
                                    | "some"
                                    | "more"
                            )
                            && !matches!(
                                self.w(t.a),
                                "dead"
                                    | "deaths"
                                    | "death"
                                    | "fatality"
                                    | "fatalities"
                                    | "bodies"
                                    | "injuries"
                                    | "wounded"
                                    | "injured"
                            );
                    // "resulting in 1 death at the market": a noun of
                    // death names its own count, whatever follows.
                    if agent
                        && !matches!(
                            self.w(t.a),
                            "dead" | "deaths" | "death" | "fatality" | "fatalities"
                        )
                    {
                        return None;
                    }
                }
                let strong = copula || relative || named_aside || k == q.b.max(q.qb);
                return Some((ti, strong));
            }
            let w = self.w(k);
            let tok = self.toks[k];
            if tok.kind == TokKind::Punct && is_quote(&self.text[tok.s..tok.e]) {
                k += 1;
                continue;
            }
            // "a woman believed to be a trader died": the noun after "to
            // be" says who she was (it is no count of its own); the verb
            // after it is hers.
            if w == "be"
                && k > 0
                && self.w(k - 1) == "to"
                && matches!(self.w(k + 1), "a" | "an" | "the")
            {
                let limit = (k + 7).min(self.toks.len());
                let verb = (k + 2..limit).take_while(|&n| self.is_word(n)).find(|&n| {
                    (self.trig_at[n].is_some() && !is_noun_trigger(self.w(n)))
                        || matches!(self.w(n), "were" | "was" | "are" | "is")
                });
                match verb {
                    Some(n) => {
                        k = n;
                        continue;
                    }
                    None => return None,
                }
            }
            // "two girls aged 6 and 4 were killed": the ages describe the
            // people counted.
            if k == q.b.max(q.qb) {
                if let Some(end) = self.age_phrase_end(k) {
                    k = end;
                    continue;
                }
            }
            // "suffered light to moderate injuries", "sustained serious
            // gunshot wounds": the words that say how bad the wounds were
            // stand between the verb of suffering and the wounds.
            if is_wound_modifier(w) {
                let mut j = k;
                while j > q.b && is_wound_modifier(self.w(j - 1)) {
                    j -= 1;
                }
                if j > q.b
                    && matches!(
                        self.w(j - 1),
                        "suffered" | "sustained" | "received" | "suffering" | "sustaining"
                    )
                {
                    k += 1;
                    continue;
                }
            }
            // An aside: "four people, including the assailant, were killed".
            let aside_comma = w == ","
                && (is_aside_start(self.w(k + 1))
                    || q_at
                        .get(k + 1)
                        .copied()
                        .flatten()
                        .is_some_and(|qj| quants[qj].partitive_subset));
            let aside_bare = w == "including" && q.b > q.a;
            if aside_comma || aside_bare {
                let mut n = if aside_bare { k + 1 } else { k + 2 };
                // "At least nine people, including two guards, a driver and
                // four assailants, were killed": a list aside runs past its
                // own commas to the one that closes it before the verb.
                if let Some(close) = aside_comma.then(|| self.list_aside_close(k)).flatten() {
                    k = close + 1;
                    continue;
                }
                let limit = (k + 16).min(self.toks.len());
                // A bare "including" runs to the verb, commas and all.
                while n < limit
                    && (aside_bare || self.w(n) != ",")
                    && self.trig_at[n].is_none()
                    // "a" is a filler only in French ("ont a"); here it
                    // opens the item ("12 soldiers including a colonel").
                    && !(aside_bare
                        && self.w(n) != "a"
                        // "including a woman suspected to be an informer":
                        // "to be" describes the person in the aside.
                        && !(self.w(n) == "be" && self.w(n - 1) == "to")
                        && right_filler(self.w(n)) == Some(RightFill::Copula))
                {
                    // Quantities inside the aside are skipped whole.
                    if let Some(qj) = q_at.get(n).copied().flatten() {
                        n = quants[qj].b.max(quants[qj].qb).max(n + 1);
                        continue;
                    }
                    n += 1;
                }
                if n < self.toks.len() && self.w(n) == "," {
                    // "four civilians, including two women, who were in
                    // the van, were killed": past a relative clause too.
                    k = match self.w(n + 1) {
                        "who" => self.relative_clause_close(n).map_or(n + 1, |c| c + 1),
                        _ => n + 1,
                    };
                    continue;
                }
                if n < self.toks.len()
                    && self.trig_at[n].is_some()
                    && right_filler(self.w(n - 1)).is_some()
                {
                    k = n - 1;
                    continue;
                }
                if aside_bare && n < limit && right_filler(self.w(n)) == Some(RightFill::Copula) {
                    k = n;
                    continue;
                }
                // "Six people including the attacker died": a bare aside
                // that runs straight into its verb leaves the total before
                // it as the subject; without this the subset alone linked.
                if aside_bare && n < limit && self.trig_at[n].is_some() {
                    k = n;
                    continue;
                }
                return None;
            }
            // An aside between dashes: "eight people - five soldiers and
            // three civilians - were killed". The people in it are the same
            // people; the count before it is the subject.
            if matches!(w, "-" | "–" | "—") {
                let limit = (k + 20).min(self.toks.len());
                let close = (k + 1..limit)
                    .take_while(|&n| self.trig_at[n].is_none() && self.w(n) != ".")
                    .find(|&n| self.w(n) == w);
                match close {
                    Some(n) => {
                        k = n + 1;
                        continue;
                    }
                    None => return None,
                }
            }
            // A parenthesis: "4 people (including 1 journalist) were killed".
            if w == "(" {
                let limit = (k + 20).min(self.toks.len());
                let close = (k + 1..limit).find(|&n| self.w(n) == ")");
                match close {
                    Some(n) => {
                        k = n + 1;
                        continue;
                    }
                    None => return None,
                }
            }
            // "three men as well as one gendarme were killed".
            if w == "as" && self.w(k + 1) == "well" && self.w(k + 2) == "as" {
                if let Some(qj) = q_at.get(k + 3).copied().flatten() {
                    k = quants[qj].b.max(quants[qj].qb);
                    continue;
                }
                return None;
            }
            // "two soldiers, Ali Musa and Omar Said, and three policemen
            // died", "Ali Musa, the mayor, and his driver were killed": an
            // apposition right after the count, then the next item of the
            // list.
            if w == "," && k == q.b.max(q.qb) {
                if let Some(close) = self.apposition_then_item(q, k, q_at) {
                    k = close;
                    continue;
                }
            }
            // "two men, identified as Ali Musa and Omar Said, were killed".
            if let Some(c) = self.identified_names_close(k) {
                if matches!(self.w(c + 1), "were" | "was") {
                    k = c;
                    continue;
                }
            }
            // "three people: Ali Musa, Omar Said and Karl Venn were
            // killed": the names after a colon say who the counted people
            // were; the verb after them is the count's.
            if w == ":" && k == q.b.max(q.qb) && q.b > q.qb && q.best.is_some_and(|b| b >= 2) {
                if let Some(verb) = self.colon_names_end(k) {
                    named_aside = true;
                    k = verb;
                    continue;
                }
            }
            // A name in apposition: "the teacher, Amina Bello, was wounded".
            if w == ","
                && self
                    .raw(k + 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                let limit = (k + 7).min(self.toks.len());
                let close = (k + 1..limit).find(|&n| self.w(n) == ",");
                // "Tom P. Brask": the full stop of an initial is part of the
                // name.
                let initial = |n: usize| {
                    n > k + 1
                        && self.w(n) == "."
                        && self.raw(n - 1).len() == 1
                        && self.raw(n - 1).chars().all(|c| c.is_ascii_uppercase())
                };
                let all_caps = close.is_some_and(|c| {
                    (k + 1..c).all(|n| {
                        initial(n)
                            || (self.is_word(n)
                                && self.raw(n).chars().next().is_some_and(char::is_uppercase))
                    })
                });
                if let (true, Some(c)) = (all_caps, close) {
                    // The verb right after the closing comma is the
                    // person's: "the teacher, Amina Bello, died".
                    named_aside = self.being_or_death_verb(c + 1);
                    k = if named_aside { c + 1 } else { c };
                    continue;
                }
                // "two men, Ali Musa and Omar Said, were killed".
                let counted_noun = q.b > q.qb && q.best.is_some_and(|b| b >= 2);
                if let Some(verb) = counted_noun.then(|| self.name_list_close(k)).flatten() {
                    named_aside = true;
                    k = verb;
                    continue;
                }
            }
            // A description between commas: "two people, a nun and a
            // parishioner, were killed". The people it names are the same
            // people (see `in_apposition`).
            if w == "," && k == q.b.max(q.qb) {
                if let Some(close) = self.apposition_close(k) {
                    // A noun after the number: "Omar Said, 63, the owner,
                    // was injured" gives an age, not a count.
                    if q.best.is_some_and(|b| b >= 1) && q.b > q.qb {
                        k = close;
                        continue;
                    }
                }
            }
            // A closing comma before the verb: "..., were killed". Not
            // "a" (French "ont a"): after a comma in English it opens the
            // next item of a list ("two boys, a man and a woman were
            // killed").
            if w == ","
                && self.w(k + 1) != "a"
                && right_filler(self.w(k + 1)) == Some(RightFill::Copula)
            {
                k += 1;
                continue;
            }
            // "leaving two with moderate wounds", "three men with gunshot
            // injuries": the people have the wounds.
            if w == "with" {
                let mut n = k + 1;
                while n < k + 4 && is_wound_modifier(self.w(n)) && self.w(n) != "to" {
                    n += 1;
                }
                if matches!(self.w(n), "wounds" | "injuries" | "injury")
                    && self.trig_at[n].is_some()
                {
                    copula = true;
                    k = n;
                    continue;
                }
            }
            // A short place or vehicle: "six travellers in a pickup were
            // killed". Only a verb of being after it makes the link.
            if !copula
                && matches!(
                    w,
                    "on" | "in"
                        | "at"
                        | "from"
                        | "near"
                        | "inside"
                        | "aboard"
                        | "of"
                        | "with"
                        | "for"
                )
            {
                let limit = (k + 7).min(self.toks.len());
                let mut n = k + 1;
                let be =
                    |x: &str| matches!(x, "were" | "was" | "are" | "is" | "had" | "have" | "has");
                // "eight soldiers with the Assistance Force (ISAF) were
                // killed": an acronym in brackets takes no room.
                let brackets = (k + 1..(k + 14).min(self.toks.len()))
                    .filter(|&n| self.w(n) == "(" && self.w(n + 2) == ")")
                    .count()
                    * 3;
                let limit = (limit + 3 + brackets).min(self.toks.len());
                while n < limit
                    && (self.is_word(n) || matches!(self.w(n), "(" | ")"))
                    && self.trig_at[n].is_none()
                {
                    // An acronym in brackets is passed whole: "from the
                    // Islamic State (IS) were" holds no verb "is".
                    if self.w(n) == "(" && self.w(n + 2) == ")" {
                        n += 3;
                        continue;
                    }
                    // "four members of the pro-government paramilitary
                    // forces and three militants were killed": the next
                    // counted item ends the phrase; the coordination below
                    // carries on from it.
                    // Only after a partitive "of" and a count of several,
                    // and when the verb follows that item at once.
                    let next_item = |n: usize| {
                        w == "of"
                            && q.best.is_some_and(|b| b > 1)
                            && self.w(n) == "and"
                            && q_at.get(n + 1).copied().flatten().is_some_and(|qj| {
                                let e = quants[qj].b.max(quants[qj].qb);
                                be(self.w(e)) || self.trig_at.get(e).copied().flatten().is_some()
                            })
                    };
                    if be(self.w(n)) || next_item(n) {
                        break;
                    }
                    // "a firefight with troops in which three herders died":
                    // a relative clause has its own subject.
                    if matches!(self.w(n), "which" | "whom" | "whose") {
                        return None;
                    }
                    n += 1;
                }
                let next_item = w == "of"
                    && q.best.is_some_and(|b| b > 1)
                    && self.w(n) == "and"
                    && q_at.get(n + 1).copied().flatten().is_some();
                // "the mayor of the town, and two other officers were
                // killed": a serial comma ends the "of" phrase before the
                // next item as the "and" alone does, for one person too.
                let serial_item = w == "of"
                    && self.w(n) == ","
                    && self.w(n + 1) == "and"
                    && q_at.get(n + 2).copied().flatten().is_some_and(|qj| {
                        let e = quants[qj].b.max(quants[qj].qb);
                        be(self.w(e)) || self.trig_at.get(e).copied().flatten().is_some()
                    });
                let next_item = next_item || serial_item;
                let comma_aside =
                    self.w(n) == "," && (is_aside_start(self.w(n + 1)) || be(self.w(n + 1)));
                // "leaving seven members of the Republican Guard injured".
                let left_state = q.a > 0
                    && matches!(self.w(q.a - 1), "leaving" | "left" | "leave")
                    && matches!(self.w(n), "dead" | "injured" | "wounded" | "hurt");
                // "five members of the gang died in the shoot-out", "three
                // members of the militia killed in a clash": after a
                // partitive "of", a verb that takes no object ends the
                // phrase as well as a verb of being does; "members of the
                // gang killed two guards" (an object follows) stays unlinked.
                // The same holds after a place: "six guards from the
                // northern province died".
                let intransitive = !matches!(w, "with" | "for")
                    && n < limit
                    && self.trig_at[n].is_some()
                    && (matches!(self.w(n), "died" | "perished" | "succumbed")
                        || (matches!(self.w(n), "killed" | "injured" | "wounded")
                            && matches!(
                                self.w(n + 1),
                                "in" | "during"
                                    | "when"
                                    | "after"
                                    | "as"
                                    | "by"
                                    | ","
                                    | "."
                                    | "on"
                                    | "at"
                                    | "near"
                                    | ""
                            )));
                if n < limit
                    && n > k + 1
                    && (be(self.w(n)) || comma_aside || left_state || intransitive || next_item)
                {
                    k = n;
                    continue;
                }
                return None;
            }
            // "a guard identified as Omar Said and a driver were killed":
            // the name says who the counted person was; the list goes on.
            if matches!(w, "named" | "identified" | "called") {
                let start = if w == "identified" && self.w(k + 1) == "as" {
                    k + 2
                } else {
                    k + 1
                };
                let mut n = start;
                while n < start + 4
                    && self.is_word(n)
                    && self.raw(n).starts_with(char::is_uppercase)
                {
                    n += 1;
                }
                if n > start {
                    k = n;
                    continue;
                }
            }
            // A relative clause between commas: "three farmers, who were
            // asleep in the house, were killed" (or "that were"). It holds
            // no verb of harm, and a verb of being follows its closing comma.
            if w == "," && matches!(self.w(k + 1), "who" | "that") {
                if let Some(close) = self.relative_clause_close(k) {
                    k = close + 1;
                    continue;
                }
            }
            // Coordination: "two soldiers and three civilians were killed".
            if matches!(w, "and" | "or" | "," | "&" | "et") {
                let mut n = k + 1;
                if self.w(n) == "and" {
                    n += 1;
                }
                // "a guard and the two gunmen died": the article before
                // the next item's number.
                if self.w(n) == "the"
                    && q_at.get(n).copied().flatten().is_none()
                    && self.number_at(n + 1).is_some()
                {
                    n += 1;
                }
                // "four soldiers and all five attackers were killed".
                if self.w(n) == "all"
                    && q_at.get(n).copied().flatten().is_none()
                    && q_at.get(n + 1).copied().flatten().is_some()
                {
                    n += 1;
                }
                if let Some(qj) = q_at.get(n).copied().flatten() {
                    let other = &quants[qj];
                    let bare = q.group.is_empty() && q.b <= q.qb;
                    if !other.zero && (!bare || w != ",") {
                        k = other.b.max(other.qb);
                        // "the guard and a villager, members of the Lotu
                        // Front, were killed": a description after the last
                        // item names the people of the list again.
                        if other.b > other.qb {
                            if let Some(close) = self.apposition_close(k) {
                                k = close;
                            }
                        }
                        continue;
                    }
                }
                return None;
            }
            // "were identified and killed", "were abducted and later killed".
            // Not "were later released, bodies of three men were found":
            // after a comma, a noun of harm opens another clause.
            if copula
                && (w.ends_with("ed") || w.ends_with("en") || w == "shot")
                && matches!(self.w(k + 1), "and" | ",")
                && !(self.w(k + 1) == "," && is_noun_trigger(self.w(k + 2)))
            {
                k += 2;
                continue;
            }
            // "three women dressed in burkas were killed", "two police
            // guarding the site were also killed", "five assailants that were
            // in the vehicle were killed": a participle phrase or a relative
            // clause between the noun and its verb.
            let participle = !copula
                && !relative
                && k == q.b.max(q.qb)
                && q.b > q.a
                && (w.ends_with("ing") || w.ends_with("ed"))
                && right_filler(w).is_none();
            if participle || (relative && copula && right_filler(w).is_none()) {
                if let Some(n) = self.skip_modifier(k) {
                    k = n;
                    continue;
                }
                return None;
            }
            match right_filler(w) {
                Some(RightFill::Copula) => copula = true,
                Some(RightFill::Relative) => relative = true,
                Some(RightFill::Other) => {
                    // "sustained bullet wounds", "suffered serious injuries".
                    if matches!(w, "sustained" | "suffered" | "received") {
                        let mut n = k + 1;
                        while n < k + 3 && self.is_word(n) && self.trig_at[n].is_none() {
                            n += 1;
                        }
                        if self.trig_at.get(n).copied().flatten().is_some() {
                            k = n;
                            continue;
                        }
                    }
                }
                None => return None,
            }
            k += 1;
        }
        None
    }

    /// The end of an age phrase at `k` right after a counted noun: "aged 6
    /// and 4", "aged between 20 and 30", ", aged 25 and 26," (with both its
    /// commas), "aged 15 to 17 years".
    fn age_phrase_end(&self, k: usize) -> Option<usize> {
        let comma = self.w(k) == ",";
        let mut n = if comma { k + 1 } else { k };
        if self.w(n) != "aged" {
            return None;
        }
        n += 1;
        if matches!(self.w(n), "between" | "from") {
            n += 1;
        }
        n = self.number_at(n)?.1;
        while matches!(self.w(n), "and" | "to" | "or" | "-" | "–" | ",") {
            match self.number_at(n + 1) {
                Some((_, e)) => n = e,
                None => break,
            }
        }
        if self.w(n) == "years" {
            n += 1;
            if self.w(n) == "old" {
                n += 1;
            }
        }
        if comma {
            if self.w(n) != "," {
                return None;
            }
            n += 1;
        }
        Some(n)
    }

    /// Whether the name `q` stands in a prepositional phrase that describes
    /// the count right before it ("four employees of the company
    /// Blackwater", "eight soldiers with the US-led Assistance Force",
    /// "three minors belonging to the community Wayu"): only words, a
    /// preposition and brackets between, no verb, comma or clause word,
    /// after a count of two or more,
    /// and no "and" that joins the name to a lowercase noun ("two soldiers
    /// of the brigade and Ali Musa" are two victims and one more).
    fn name_in_description(&self, q: &Quantity, quants: &[Quantity]) -> bool {
        let Some(prev) = quants.last() else {
            return false;
        };
        // A group of people, not "a court" or "the man".
        if prev.name || prev.zero || prev.best.is_none_or(|b| b < 2) {
            return false;
        }
        let from = prev.b.max(prev.qb);
        if q.a <= from || q.a - from > 12 {
            return false;
        }
        let mut preposition = false;
        for k in from..q.a {
            let w = self.w(k);
            if self.trig_at[k].is_some() || self.number_at(k).is_some() {
                return false;
            }
            if !self.is_word(k) && !matches!(w, "(" | ")" | "-" | "'") {
                return false;
            }
            if w == "and" {
                let joined_to_lower = k + 1 == q.a
                    && !self
                        .raw(k - 1)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase);
                if joined_to_lower {
                    return false;
                }
            }
            if matches!(
                w,
                "who" | "which" | "that" | "were" | "was" | "are" | "is" | "had" | "have" | "has"
            ) || (w.ends_with("ed") && w.len() > 3 && !w.contains('-'))
                || (w.ends_with("ing") && w != "belonging")
            {
                return false;
            }
            preposition |= matches!(w, "of" | "from" | "with" | "to" | "for" | "in");
        }
        preposition
    }

    /// Whether the name `q` stands in ", identified as ..." right after a
    /// count ("one policeman, identified as Omar Dule, and a civilian"):
    /// the person counted before, not one more.
    fn name_identified(&self, q: &Quantity, quants: &[Quantity]) -> bool {
        let Some(prev) = quants.last() else {
            return false;
        };
        if prev.name || prev.zero {
            return false;
        }
        // The comma that opens the names, after the count (which may go
        // on with "of the department" before it).
        let from = prev.b.max(prev.qb);
        (from..q.a)
            .rev()
            .find(|&c| self.w(c) == ",")
            .and_then(|c| self.identified_names_close(c))
            .is_some_and(|close| close > q.a)
    }

    /// A counted subject that opens its clause and a passive verb of harm
    /// further on, past a long name or description that the nearer links
    /// give up on: "Four traders of the Kara valley market association were
    /// killed", "three herders, accused of theft, were executed", "two
    /// guards escorting the convoy have been killed". Only words that cannot
    /// start a clause of their own may stand between: no number, no other
    /// verb of harm, no clause word, and a past form only right after the
    /// noun or a comma when a preposition follows it ("suspected of",
    /// "abducted by"), so an active verb ("opened fire", "stormed the
    /// house") ends the search.
    fn passive_subject(&self, q: &Quantity, q_at: &[Option<usize>]) -> Option<usize> {
        if q.zero || q.definite || q.name || q.best.is_none() {
            return None;
        }
        // "In total 92 people, ...": a sum opens the clause as well.
        // "The three gunmen who stormed the post were later killed": an
        // article before the number opens it too.
        let start = if q.a > 0 && self.w(q.a - 1) == "the" && self.number_at(q.a).is_some() {
            q.a - 1
        } else {
            q.a
        };
        // "The chief said that 3 farmers were taken for rebels and shot
        // dead": a clause reported after a verb of saying opens too.
        let reported = start >= 2
            && self.w(start - 1) == "that"
            && matches!(
                self.w(start - 2),
                "says" | "said" | "reported" | "reports" | "stated" | "claimed" | "confirmed"
            );
        let opens = start == 0
            || reported
            || matches!(self.w(start - 1), "," | ":")
            || (q.a >= 2 && self.w(q.a - 1) == "total" && self.w(q.a - 2) == "in");
        if !opens {
            return None;
        }
        // "Omar Said, 63, the owner, was injured": a bare number after a
        // comma is an age.
        if q.a > 0 && self.w(q.a - 1) == "," && q.b <= q.qb {
            return None;
        }
        let end = q.b.max(q.qb);
        let limit = (end + 30).min(self.toks.len());
        let mut k = end;
        // Inside a relative clause on the noun ("two guards who worked at
        // the depot were killed", "nine pilgrims, who were travelling in 3
        // buses, were killed"): its own verbs and the things it counts
        // belong to it; the first verb of harm after it is the noun's.
        let mut relative = false;
        while k < limit {
            if let Some(ti) = self.trig_at[k] {
                // "Three members of the militia killed in a clash", "one
                // member of the mission died": a verb that takes no object.
                let t = self.triggers[ti];
                let intransitive = matches!(self.w(k), "died" | "perished")
                    || (matches!(self.w(k), "killed" | "injured" | "wounded")
                        && matches!(self.w(k + 1), "in" | "during" | "when" | "by"));
                // Not an apposition's own count: "one of the hostages, a
                // nurse, died" adds no one.
                let apposed = q.a > 0 && self.w(q.a - 1) == ",";
                // A reported clause needs its passive: "sources said that
                // one prisoner died every week" tells a rate.
                if t.a == k && !t.toll && !relative && !apposed && !reported && intransitive {
                    return Some(ti);
                }
                return None;
            }
            // "A trader accused of stealing 40 goats was beaten to death": a
            // number of things in the description counts no one.
            let counted = self
                .number_at(k)
                .is_some_and(|(_, after)| !self.non_person(after));
            if q_at[k].is_some() || (counted && !relative) {
                return None;
            }
            let w = self.w(k);
            if !relative
                && matches!(w, "who" | "that")
                && (k == end || (k == end + 1 && self.w(end) == ","))
            {
                relative = true;
                k += 1;
                continue;
            }
            // The relative clause's own "were travelling", "was based";
            // but "who stormed the post were later killed" is the noun's
            // own verb of harm, past an adverb.
            let mut after_adverbs = k + 1;
            while after_adverbs < limit
                && (matches!(
                    self.w(after_adverbs),
                    "also" | "later" | "all" | "both" | "then"
                ) || (self.w(after_adverbs).ends_with("ly") && self.w(after_adverbs).len() > 4))
            {
                after_adverbs += 1;
            }
            if relative
                && matches!(w, "were" | "was" | "are" | "is")
                && self.trig_at.get(after_adverbs).copied().flatten().is_none()
                && self.w(k + 1) != "been"
            {
                k += 1;
                continue;
            }
            match w {
                "(" => {
                    let close = (k + 1..limit).find(|&n| self.w(n) == ")")?;
                    k = close + 1;
                    continue;
                }
                "were" | "was" | "are" | "is" | "have" | "has" | "had" => {
                    let mut n = k + 1;
                    if self.w(n) == "been" {
                        n += 1;
                    } else if matches!(w, "have" | "has" | "had") {
                        return None;
                    }
                    while n < limit
                        && self.trig_at[n].is_none()
                        && (matches!(
                            self.w(n),
                            "all" | "both" | "also" | "later" | "then" | "found"
                        ) || (self.w(n).ends_with("ly") && self.w(n).len() > 4))
                    {
                        n += 1;
                    }
                    // "were found to have been executed".
                    if n >= 1
                        && self.w(n - 1) == "found"
                        && self.w(n) == "to"
                        && self.w(n + 1) == "have"
                        && self.w(n + 2) == "been"
                    {
                        n += 3;
                    }
                    let ti = match self.trig_at.get(n).copied().flatten() {
                        Some(ti) => ti,
                        None => {
                            let ti = self.participle_then_harm(n, limit)?;
                            n = self.triggers[ti].a;
                            ti
                        }
                    };
                    let t = self.triggers[ti];
                    // "were killed", not "were dead bodies" or "was a death".
                    if t.a != n || t.toll || is_noun_trigger(self.w(n)) {
                        return None;
                    }
                    return Some(ti);
                }
                "who" | "whom" | "whose" | "which" | "that" | "where" | "when" | "while"
                | "after" | "before" | "but" | "because" | "as" | "if" | "than" | "since"
                | "until" | "said" | "told" | "shot" | "took" | "threw" | "hit" | "struck"
                | "set" | "blew" | "drove" | "ran" | "fled" | "came" | "went" | "fought"
                | "led" | "held" | "brought" | "caught" | "left" | "made" | "sent" | "began"
                | "broke" | "stole" | "will" | "would" | "could" | "did" | "do" | "does" => {
                    return None
                }
                "and"
                    if matches!(
                        self.w(k + 1),
                        "the" | "his" | "her" | "their" | "its" | "a" | "an" | "then"
                    ) =>
                {
                    return None
                }
                _ => {}
            }
            let tok = self.toks[k];
            if tok.kind == TokKind::Punct && !matches!(w, "," | "-" | "'" | "/") {
                return None;
            }
            if w == "," && self.w(k + 1) == "and" {
                return None;
            }
            // "Integrated Mission", "United Nations": part of a name.
            let capital = self.raw(k).chars().next().is_some_and(char::is_uppercase);
            // "soldiers and alleged mercenaries": a past form that only
            // qualifies the next noun is no verb.
            let qualifier = matches!(
                w,
                "alleged" | "suspected" | "presumed" | "armed" | "unidentified" | "masked"
            );
            if w.ends_with("ed") && w.len() > 3 && !capital && !relative && !qualifier {
                // "two planters presumably sent by the group, were killed":
                // an adverb may open the participle phrase.
                let after_head_or_comma = k == end
                    || self.w(k - 1) == ","
                    || (k == end + 1 && self.w(end).ends_with("ly"));
                let preposition = matches!(
                    self.w(k + 1),
                    "by" | "of" | "in" | "on" | "at" | "from" | "with" | "near" | "to" | "during"
                );
                // "soldiers of the militias allied to the government":
                // a past form before "to" describes the noun before it.
                let describes = self.w(k + 1) == "to";
                if !((after_head_or_comma || describes) && preposition) {
                    return None;
                }
            }
            k += 1;
        }
        None
    }

    /// "were pulled from the boat and killed", "were taken for rebels and
    /// killed": a participle of another act before the verb
    /// of harm, both of the same subject. The trigger right after the "and"
    /// that ends the participle's phrase (a few words, no punctuation,
    /// number or clause word on the way), if `n` starts such a phrase.
    fn participle_then_harm(&self, n: usize, limit: usize) -> Option<usize> {
        let w = self.w(n);
        let participle = (w.ends_with("ed") && w.len() > 4)
            || matches!(
                w,
                "taken" | "mistaken" | "beaten" | "driven" | "shot" | "led"
            );
        if !participle || self.raw(n).chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        for m in n + 1..(n + 8).min(limit) {
            if self.trig_at[m].is_some() || self.number_at(m).is_some() {
                return None;
            }
            let w = self.w(m);
            if self.toks[m].kind == TokKind::Punct
                || matches!(
                    w,
                    "who" | "which" | "that" | "when" | "while" | "after" | "before" | "but" | "or"
                )
            {
                return None;
            }
            if w == "and" {
                let ti = self.trig_at.get(m + 1).copied().flatten()?;
                let t = self.triggers[ti];
                return (t.a == m + 1 && t.kind == CountKind::Killed).then_some(ti);
            }
        }
        None
    }

    /// The end of a modifier between a noun and its verb ("dressed in
    /// burkas", "guarding the site", "in the vehicle"): the index of the
    /// "were"/"was" or the intransitive verb ("died") that follows it within
    /// a few words, with no number, comma, verb of harm or clause word on
    /// the way.
    fn skip_modifier(&self, from: usize) -> Option<usize> {
        let limit = (from + 9).min(self.toks.len());
        for n in from..limit {
            let w = self.w(n);
            if n > from && matches!(w, "were" | "was") {
                return Some(n);
            }
            if n > from && matches!(w, "also" | "later") {
                if matches!(self.w(n + 1), "died" | "perished") {
                    return Some(n + 1);
                }
                continue;
            }
            if n > from && self.trig_at[n].is_some() {
                return matches!(w, "died" | "perished").then_some(n);
            }
            // "dressed as soldiers", "disguised as police": "as" right after
            // the participle is part of it.
            if n == from + 1 && w == "as" {
                continue;
            }
            let stop = !self.is_word(n) && !matches!(w, "(" | ")" | "-")
                || self.number_at(n).is_some()
                || matches!(
                    w,
                    "and"
                        | "or"
                        | "but"
                        | "where"
                        | "when"
                        | "while"
                        | "after"
                        | "before"
                        | "named"
                        | "identified"
                        | "called"
                        | "who"
                        | "which"
                        | "that"
                        | "as"
                        | "killing"
                        | "injuring"
                        | "wounding"
                        | "leaving"
                        | "had"
                        | "have"
                        | "has"
                        | "is"
                        | "are"
                );
            if stop {
                return None;
            }
        }
        None
    }

    /// The trigger before a quantity: "killed 22", "the deaths of 14",
    /// "killed two soldiers and three civilians". Returns the trigger and
    /// whether a subset marker ("including") was passed.
    /// "one died at the scene and another overnight", "one guard was
    /// killed on Monday and another on Tuesday": after "and another" a
    /// short phrase of time or place that ends the sentence leaves the verb
    /// out; it is the verb told of "one" before. ("the other" is read the
    /// same way when it is counted at all.)
    fn gapped_verb(&self, q: &Quantity) -> Option<usize> {
        let pronoun = q.group.is_empty()
            && (self.w(q.a) == "another" || (self.w(q.a) == "the" && self.w(q.a + 1) == "other"));
        if !pronoun || q.a < 3 || self.w(q.a - 1) != "and" {
            return None;
        }
        let start = q.b.max(q.qb);
        if !matches!(
            self.w(start),
            "overnight" | "later" | "hours" | "days" | "shortly" | "in" | "at" | "on"
        ) {
            return None;
        }
        let mut end = start;
        while end < self.toks.len() && self.is_word(end) && end < start + 5 {
            let w = self.w(end);
            // "and another in critical condition" is alive.
            if self.trig_at[end].is_some()
                || matches!(w, "condition" | "critical" | "serious" | "stable" | "state")
            {
                return None;
            }
            end += 1;
        }
        if end < self.toks.len() && !matches!(self.w(end), "." | ";") {
            return None;
        }
        let mut k = q.a - 1;
        while k > 0 && k + 10 > q.a {
            k -= 1;
            if !self.is_word(k) {
                return None;
            }
            if let Some(ti) = self.trig_at[k] {
                let t = self.triggers[ti];
                let one = (t.a.saturating_sub(6)..t.a).any(|s| self.w(s) == "one");
                return (one && !t.toll && !is_noun_trigger(self.w(t.a))).then_some(ti);
            }
        }
        None
    }

    /// A count added after a verb of harm by "plus" or "and also" ("was
    /// killed plus two attackers"), with no verb of its own right after it
    /// ("and also two gunmen were arrested" has one).
    fn added_after_verb(&self, q: &Quantity) -> bool {
        let before = |n: usize| q.a.checked_sub(n).map_or("", |k| self.w(k));
        let added = before(1) == "plus" || (before(1) == "also" && before(2) == "and");
        let end = q.b.max(q.qb);
        added
            && !matches!(
                self.w(end),
                "was" | "were" | "is" | "are" | "had" | "have" | "has" | "fled" | "escaped"
            )
    }

    fn link_left(
        &self,
        q: &Quantity,
        quants: &[Quantity],
        q_end: &[Option<usize>],
    ) -> (Option<usize>, bool) {
        if let Some(ti) = self.gapped_verb(q) {
            return (Some(ti), false);
        }
        let mut k = q.a;
        let mut subset = false;
        let mut revision = false;
        let mut after_conj = false;
        let mut copula = false;
        let mut passed_comma = false;
        // Passed a serial comma: ", and" before this item.
        let mut serial = false;
        // The list item last passed on the way left, if any.
        let mut after_item: Option<usize> = None;
        // Passed a name set off by commas right before this item.
        let mut named = false;
        let mut steps = 0;
        while k > 0 && steps < 14 {
            k -= 1;
            steps += 1;
            if let Some(ti) = self.trig_at[k] {
                let t = self.triggers[ti];
                if after_conj && !subset {
                    return (None, subset);
                }
                // "one of the dead was a child", "the victim killed was an
                // official", "among the 15 executed were five men": after a
                // verb of being, a noun phrase of the dead names who they
                // were; it adds no one.
                let before = |n: usize| self.w(t.a.wrapping_sub(n));
                let the_dead = before(1) == "the"
                    || (before(2) == "the"
                        && (self.number_at(t.a - 1).is_some()
                            || matches!(before(1), "victim" | "victims" | "person" | "people")));
                if copula && the_dead && t.a >= 2 {
                    subset = true;
                }
                let tally = t.toll
                    || matches!(self.w(t.a), "fatalities" | "deaths")
                    || (self.w(t.a.wrapping_sub(1)) == "of"
                        && self.w(t.a.wrapping_sub(2)) == "number");
                if revision && !tally {
                    return (None, subset);
                }
                return (Some(ti), subset);
            }
            let w = self.w(k);
            let tok = self.toks[k];
            if tok.kind == TokKind::Punct && is_quote(&self.text[tok.s..tok.e]) {
                continue;
            }
            // "the former president, Bah Ndaw, and ...": pass the name.
            if after_conj && w == "," {
                if let Some(j) = self.skip_apposition_back(k) {
                    if j < k {
                        k = j + 1;
                        named = true;
                        continue;
                    }
                }
            }
            // "killing him and his two guards": the pronoun is counted on
            // its own (see `pronoun_objects`); the list goes on past it.
            if after_conj
                && (matches!(w, "himself" | "herself" | "themselves")
                    || (matches!(w, "him" | "them") && self.w(k + 1) == "and"))
            {
                after_conj = false;
                continue;
            }
            // "her four children", "his two bodyguards".
            // Also before an earlier item of the list: "killed his three
            // bodyguards and one soldier".
            let item = after_item.map_or(q, |i| &quants[i]);
            if k + 1 == item.a
                && matches!(w, "his" | "her" | "their")
                && self.number_at(item.a).is_some()
                && item.b > item.qb
            {
                continue;
            }
            // "killed 30 cattle and two herders": other things killed.
            if after_conj && is_non_person(w) && k > 0 && self.number_at(k - 1).is_some() {
                k -= 1;
                after_conj = false;
                continue;
            }
            // "killed four soldiers, two police officers, and three
            // civilians": a serial comma before the last "and" joins no
            // more than the "and" alone.
            // Not after an aside, though: in "three guards, including the
            // chief, and 13 attackers" the comma closes the aside, and what
            // follows adds to the count before it (see `serial` below).
            if after_conj && w == "," && self.w(k + 1) == "and" {
                serial = true;
                continue;
            }
            if after_conj {
                // "killed Farid Osman, a journalist": a description after a
                // name and a comma is the same person, not one more.
                if let Some(qj) = q_end[k] {
                    // Nor is a number after a name ("Hadi Saleh, 30, a
                    // journalist" gives his age); only more names make a list.
                    // But "killed Omar Tabe, two guards and a driver": a
                    // number of people above one, right after one name,
                    // cannot describe that name.
                    let p = &quants[qj];
                    let lone_name = p.a == 0 || !matches!(self.w(p.a - 1), "and" | "," | "&");
                    let item = after_item.map_or(q, |i| &quants[i]);
                    let many = item.best.is_some_and(|b| b >= 2) && !item.group.is_empty();
                    if p.name && self.w(k + 1) == "," && !q.name && !(lone_name && many) {
                        return (None, subset);
                    }
                }
                // Only a counted noun may stand before "and" ("killed two
                // soldiers and three civilians").
                if let Some(qj) = q_end[k] {
                    // "killed the wife of a police officer and two guards":
                    // the owner named after "of" is no item; the list goes
                    // on from the counted noun before the "of".
                    if self.possessor_of_counted(&quants[qj], quants, q_end) {
                        k = quants[qj].a - 1;
                        continue;
                    }
                    k = quants[qj].a;
                    after_item = Some(qj);
                    after_conj = false;
                    // "killed a man identified as a guard and two others":
                    // the item after "identified as" says who the counted
                    // person before it was; the list goes on from that one.
                    if k >= 3 && self.w(k - 1) == "as" && self.w(k - 2) == "identified" {
                        if let Some(pj) = q_end[k - 3] {
                            k = quants[pj].a;
                            after_item = Some(pj);
                        }
                    }
                    continue;
                }
                // "killed the mayor of the town and his driver": a short
                // "of" phrase after the counted noun belongs to it. After a
                // comma only a possessive opens the next item: "two members
                // of the Front, a militia backed by ..." describes the Front.
                // Nor does a count of several that a further item follows:
                // "killed the chief of the council, two members and four
                // guards".
                let item = after_item.map_or(q, |i| &quants[i]);
                let counted_item = item.a == k + 2
                    && self.number_at(item.a).is_some()
                    && item.best.is_some_and(|b| b >= 2)
                    && self.w(item.b.max(item.qb)) == "and";
                // "killed the mayor of the town, Omar Tabe, and two
                // guards": the name repeats the counted noun before "of".
                let next_item = self.w(k + 1) == "and"
                    || (self.w(k + 1) == ","
                        && (named
                            || matches!(self.w(k + 2), "his" | "her" | "their")
                            || counted_item));
                named = false;
                // So does a unit the people came from: "killed 12
                // policemen from the district force and a driver".
                let of_phrase = (k.saturating_sub(5)..k).rev().find(|&o| {
                    next_item
                        && matches!(self.w(o), "of" | "from")
                        && o > 0
                        && q_end[o - 1].is_some()
                        && (o + 1..=k).all(|n| self.is_word(n) && self.trig_at[n].is_none())
                });
                if let Some(qj) = of_phrase.and_then(|o| q_end[o - 1]) {
                    k = quants[qj].a;
                    after_conj = false;
                    continue;
                }
                // "killed seven fighters who backed the government and five
                // policemen": a short relative clause with no verb of harm,
                // count or comma in it closes the counted noun before "and";
                // the list goes on from that noun.
                let relative = (self.w(k + 1) == "and")
                    .then(|| {
                        (k.saturating_sub(7)..k)
                            .rev()
                            .find(|&r| matches!(self.w(r), "who" | "that"))
                    })
                    .flatten()
                    .filter(|&r| {
                        r > 0
                            && (r..=k).all(|n| {
                                self.is_word(n) && self.trig_at[n].is_none() && q_end[n].is_none()
                            })
                    })
                    .and_then(|r| q_end[r - 1]);
                if let Some(qj) = relative {
                    k = quants[qj].a;
                    after_item = Some(qj);
                    after_conj = false;
                    continue;
                }
                if !subset {
                    return (None, subset);
                }
                after_conj = false;
            }
            // "killing the governor, Karl Venn, his two guards and a
            // driver": a name set off by commas after a counted noun is
            // that person again, and the list goes on before it.
            if w == "," && !after_conj {
                let item = after_item.map_or(q, |i| &quants[i]);
                let many = item.best.is_some_and(|b| b >= 2) && !item.group.is_empty();
                if let Some(j) = self.skip_apposition_back(k).filter(|&j| j + 1 < k && many) {
                    if q_end[j].is_some_and(|qi| !quants[qi].name && !quants[qi].group.is_empty()) {
                        k = j + 1;
                        after_conj = true;
                        continue;
                    }
                }
            }
            if matches!(w, "and" | "," | "&" | "or" | "et") {
                after_conj = true;
                passed_comma |= w == ",";
                continue;
            }
            // "was shot dead along with his driver and three guards".
            if w == "with" && matches!(self.w(k.wrapping_sub(1)), "along" | "together") {
                k -= 1;
                // "four guards were wounded, along with a driver":
                // the verb right before the comma is theirs too (not a
                // noun of harm: "her disappearance, along with hundreds of
                // others" tells of no event).
                if k >= 2
                    && self.w(k - 1) == ","
                    && self.trig_at[k - 2].is_some()
                    && !is_noun_trigger(self.w(k - 2))
                {
                    k -= 1;
                } else if k >= 1 && q_end[k - 1].is_some() {
                    // "killed a trader along with four of his relatives":
                    // one more item of the list the verb governs, as after
                    // "and".
                    after_conj = true;
                }
                continue;
            }
            // "one civilian was killed plus two attackers", "a guard was
            // killed and also two gunmen": people added after a verb of harm
            // by "plus" or "and also" share it, as after "along with"; after
            // a counted noun they are one more item of its list.
            if !after_conj && (w == "plus" || (w == "also" && self.w(k.wrapping_sub(1)) == "and")) {
                if w == "also" {
                    k -= 1;
                }
                let mut j = k.wrapping_sub(1);
                if self.w(j) == "," && j > 0 {
                    j -= 1;
                }
                let verb = self.trig_at.get(j).copied().flatten().filter(|&ti| {
                    !self.triggers[ti].toll && !is_noun_trigger(self.w(self.triggers[ti].a))
                });
                if verb.is_some() && self.added_after_verb(q) {
                    k = j + 1;
                } else {
                    after_conj = true;
                }
                continue;
            }
            // "wounding five others as well as two policemen", "four
            // engineers were hurt, as well as a translator": people
            // added to the count before, or to the verb before, by "as well
            // as" share its verb.
            if w == "as"
                && k >= 3
                && self.w(k - 1) == "well"
                && self.w(k - 2) == "as"
                && !after_conj
            {
                let mut j = k - 3;
                if self.w(j) == "," && j > 0 {
                    j -= 1;
                }
                if let Some(qj) = q_end[j] {
                    k = quants[qj].a;
                    continue;
                }
                if let Some(ti) = self.trig_at[j] {
                    if !self.triggers[ti].toll {
                        return (Some(ti), subset);
                    }
                }
                return (None, subset);
            }
            // "the guard was killed, as were two soldiers", "four soldiers
            // died in the raid, as did six militants": the verb of harm of
            // the clause before, a few words back.
            if w == "did" && k > 0 && self.w(k - 1) == "as" {
                k -= 1;
            }
            if self.w(k) == "as" && matches!(self.w(k + 1), "were" | "was" | "did") {
                if k > 0 && self.w(k - 1) == "," {
                    k -= 1;
                }
                let earlier = (k.saturating_sub(10)..k)
                    .rev()
                    .take_while(|&m| !matches!(self.w(m), "." | ";" | ","))
                    .find_map(|m| self.trig_at[m].filter(|&ti| self.triggers[ti].a == m));
                if let Some(ti) = earlier.filter(|&ti| !self.triggers[ti].toll) {
                    if self.w(k + 1) == "did" || self.w(k + 2) == "did" {
                        return (Some(ti), subset);
                    }
                }
                continue;
            }
            if self.second_verb_of_harm(k) {
                k -= 1;
                continue;
            }
            if is_subset_marker(w)
                && (!matches!(w, "whom" | "which")
                    || matches!(self.w(k.wrapping_sub(1)), "of" | "among"))
            {
                // "Including the driver, 12 people were killed": the phrase
                // that opens the sentence names part of the count after its
                // comma; that count is the whole.
                if w == "including"
                    && passed_comma
                    && (k == 0 || matches!(self.w(k - 1), "." | ";" | ":"))
                {
                    return (None, false);
                }
                // "shot dead five pilgrims, including two boys, and a
                // guard": the comma closes the aside, and the item after it
                // joins the count before "including", whose verb it shares.
                if serial {
                    let before = (w == "including" && k >= 2 && self.w(k - 1) == ",")
                        .then(|| q_end[k - 2])
                        .flatten();
                    if let Some(qj) = before {
                        k = quants[qj].a;
                        after_item = Some(qj);
                        serial = false;
                        continue;
                    }
                    return (None, false);
                }
                subset = true;
                continue;
            }
            // "causing injuries to 45 others", "minor injuries to three
            // people": the people hurt follow "to" after the noun of
            // wounds; no toll rising "to" a figure.
            if w == "to" && k > 0 && matches!(self.w(k - 1), "injuries" | "injury" | "wounds") {
                continue;
            }
            if is_revision_word(w) {
                revision = true;
                continue;
            }
            if is_left_filler(w) {
                copula |= matches!(w, "were" | "was" | "are" | "is");
                continue;
            }
            return (None, subset);
        }
        (None, subset)
    }

    /// "including 19 civilians", "among them five children", "of whom 12".
    fn subset_marker_before(&self, a: usize) -> bool {
        let mut k = a;
        let mut steps = 0;
        while k > 0 && steps < 4 {
            k -= 1;
            steps += 1;
            let w = self.w(k);
            if self.second_verb_of_harm(k) {
                k -= 1;
                continue;
            }
            if is_subset_marker(w)
                && (!matches!(w, "whom" | "which")
                    || matches!(self.w(k.wrapping_sub(1)), "of" | "among"))
            {
                return true;
            }
            if !matches!(
                w,
                "," | "them"
                    | "those"
                    | "the"
                    | "were"
                    | "was"
                    | "are"
                    | "dead"
                    | "victims"
                    | "killed"
                    | "("
                    | "-"
                    | "–"
                    | "—"
            ) {
                return false;
            }
        }
        false
    }

    /// "seven people, including a guard, two drivers and a child, were
    /// killed": a later item of a list aside is as much a subset as the
    /// first, though "including" is several commas back. The walk left stops
    /// at anything that ends the list: a verb of harm or of being, a clause
    /// word or a place ("in the village where three soldiers died").
    fn in_list_aside(&self, a: usize) -> bool {
        let mut k = a;
        let mut steps = 0;
        while k > 0 && steps < 48 {
            k -= 1;
            steps += 1;
            if self.trig_at[k].is_some() {
                return false;
            }
            let w = self.w(k);
            if w == ")" {
                if let Some(o) = (k.saturating_sub(5)..k).rev().find(|&o| self.w(o) == "(") {
                    k = o;
                    continue;
                }
                return false;
            }
            if matches!(w, "including" | "among") {
                return k > 0
                    && self.w(k - 1) == ","
                    && self.list_aside_close(k - 1).is_some_and(|close| close > a);
            }
            if matches!(
                w,
                "." | ";"
                    | ":"
                    | "("
                    | ")"
                    | "where"
                    | "when"
                    | "while"
                    | "who"
                    | "whom"
                    | "which"
                    | "that"
                    | "in"
                    | "at"
                    | "on"
                    | "near"
                    | "after"
                    | "before"
                    | "during"
                    | "as"
                    | "but"
                    | "by"
                    | "with"
            ) || right_filler(w) == Some(RightFill::Copula) && w != "a"
            {
                return false;
            }
        }
        false
    }

    /// The comma that closes a list aside opened by the comma at `comma`
    /// ("seven people, including a guard, two drivers and a child, were
    /// killed"), when the list has commas of its own: the first comma after
    /// the list word that a verb of being, an adverb or a verb of harm
    /// follows. None for an aside of one item (the caller's simple rule
    /// reads it) and for "including the chief, and two soldiers were
    /// killed", where no comma closes the list and the last item is no part
    /// of it.
    fn list_aside_close(&self, comma: usize) -> Option<usize> {
        if self.w(comma) != "," || !is_list_aside(self.w(comma + 1)) {
            return None;
        }
        let limit = (comma + 48).min(self.toks.len());
        let mut inner = false;
        let mut n = comma + 1;
        while n + 1 < limit {
            n += 1;
            // A short parenthesis inside an item: "two United States (US)
            // soldiers".
            if self.w(n) == "(" {
                match (n + 1..(n + 6).min(limit)).find(|&c| self.w(c) == ")") {
                    Some(c) => {
                        n = c;
                        continue;
                    }
                    None => return None,
                }
            }
            if self.trig_at[n].is_some() {
                return self.serial_list_end(comma, n, inner);
            }
            if matches!(self.w(n), "." | ";" | ":" | ")") {
                return None;
            }
            if self.w(n) != "," {
                continue;
            }
            // "a" is a filler only in French ("ont a"); in a list it opens
            // the next item ("a driver, a guard").
            let x = self.w(n + 1);
            let closes = self.trig_at.get(n + 1).copied().flatten().is_some()
                || right_filler(x).is_some() && !matches!(x, "a" | "all" | "both");
            if closes {
                return inner.then_some(n);
            }
            inner = true;
        }
        None
    }

    /// "eight people, including a guard, two drivers, and five attackers
    /// were killed": a list aside of three items or more that a serial
    /// comma closes runs into the verb at `verb` with no closing comma of
    /// its own; the last item after ", and" is part of the list, as the
    /// serial comma says. The token before the verb's fillers ("were")
    /// ends the list. None for a single item ("including the chief, and
    /// two soldiers were killed", where the last item is no part of it).
    fn serial_list_end(&self, comma: usize, verb: usize, inner: bool) -> Option<usize> {
        if !inner {
            return None;
        }
        let mut end = verb;
        while end > comma && right_filler(self.w(end - 1)) == Some(RightFill::Copula) {
            end -= 1;
        }
        // The list is the subject of "were killed": a verb of being before
        // the verb of harm, not a noun of harm ("..., and ongoing arrests").
        if end == verb || is_noun_trigger(self.w(verb)) {
            return None;
        }
        // The last item: ", and" then a few plain words, no comma.
        let serial = (comma + 2..end).rev().take(6).find(|&c| self.w(c) == ",")?;
        // "two attackers, including the bomber, and four guards were
        // killed": an aside of one item ends at its comma.
        if !(comma + 2..serial).any(|c| self.w(c) == ",") {
            return None;
        }
        // Items are short noun phrases: "including prisoners of
        // conscience, remained behind bars, but ..." is no list.
        let mut item_start = comma + 1;
        for c in comma + 2..=serial {
            if self.w(c) == "," {
                if c - item_start > 8 {
                    return None;
                }
                item_start = c;
            }
        }
        let plain = (serial + 2..end).all(|n| self.is_word(n) && self.trig_at[n].is_none());
        (self.w(serial + 1) == "and" && end > serial + 2 && plain).then(|| end - 1)
    }

    /// A token of a person's name in a list of names: a capitalised word
    /// that is no verb of harm, or the full stop of an initial ("Tom P.
    /// Brask").
    fn in_name(&self, n: usize) -> bool {
        let capital = self.is_word(n)
            && self.trig_at[n].is_none()
            && self.raw(n).chars().next().is_some_and(char::is_uppercase);
        let initial = self.w(n) == "."
            && n > 0
            && self.raw(n - 1).len() == 1
            && self.raw(n - 1).chars().all(|c| c.is_ascii_uppercase());
        capital || initial
    }

    /// The verb of being or dying after a list of names joined by "and"
    /// that the comma at `comma` opens ("two men, Ali Musa and Omar Said,
    /// were killed"; the closing comma is often left out: "three people,
    /// Ali Musa, Omar Said and Karl Venn were killed"): the names say who
    /// the counted people were.
    fn name_list_close(&self, comma: usize) -> Option<usize> {
        let limit = (comma + 20).min(self.toks.len());
        let mut joined = false;
        for n in comma + 1..limit {
            let w = self.w(n);
            // "two men, Ali Musa and Omar Said, were killed", "..., died".
            if w == "," && n > comma + 1 && self.being_or_death_verb(n + 1) {
                return joined.then_some(n + 1);
            }
            if joined && self.being_or_death_verb(n) {
                return Some(n);
            }
            if w == "and" && n > comma + 1 {
                joined = true;
                continue;
            }
            if !(self.in_name(n) || w == ",") {
                return None;
            }
        }
        None
    }

    /// The verb of being or dying right after a list of names joined by
    /// "and" that the colon at `colon` opens ("three people: Ali Musa, Omar
    /// Said and Karl Venn were killed"): the names say who the counted
    /// people were.
    fn colon_names_end(&self, colon: usize) -> Option<usize> {
        if self.w(colon) != ":" {
            return None;
        }
        let limit = (colon + 24).min(self.toks.len());
        let mut joined = false;
        for n in colon + 1..limit {
            let w = self.w(n);
            if n > colon + 1 && self.being_or_death_verb(n) {
                return joined.then_some(n);
            }
            if w == "and" && n > colon + 1 {
                joined = true;
                continue;
            }
            if !(self.in_name(n) || (w == "," && n > colon + 1)) {
                return None;
            }
        }
        None
    }

    /// "killing the driver, a father of three, and wounding two others": a
    /// person with an indefinite article set off by commas right after one
    /// definite counted person, and closed by ", and" and a verb, describes
    /// that person; a second item of the list would need no comma before
    /// "and".
    fn description_before_next_verb(
        &self,
        q: &Quantity,
        quants: &[Quantity],
        q_end: &[Option<usize>],
    ) -> bool {
        let end = q.b.max(q.qb);
        // The person described is a definite one ("the driver", a name);
        // "killing a guard, a driver, and wounding two" is a loose list.
        let prior_one = q.a >= 2
            && self.w(q.a - 1) == ","
            && q_end[q.a - 2].is_some_and(|qj| {
                let p = &quants[qj];
                p.best == Some(1) && (p.name || self.w(p.a) == "the")
            });
        let verb_next = self.w(end) == ","
            && self.w(end + 1) == "and"
            && self.w(end + 2).ends_with("ing")
            && self
                .trig_at
                .get(end + 2)
                .copied()
                .flatten()
                .is_some_and(|ti| self.triggers[ti].a == end + 2);
        prior_one && verb_next && q.best == Some(1) && matches!(self.w(q.a), "a" | "an")
    }

    /// Whether the token at `k` is "were"/"was" or a verb of death that
    /// takes no object ("died", "perished", "succumbed"): the verb that
    /// follows an aside about the people before it.
    /// "bin Tamar", "van Dijk": a lowercase particle written apart, with
    /// the capitalised name it opens right after it.
    fn particle_opening_name(&self, i: usize) -> bool {
        matches!(
            self.raw(i),
            "bin" | "ibn" | "al" | "el" | "van" | "von" | "de"
        ) && self.raw(i + 1).starts_with(char::is_uppercase)
    }

    fn being_or_death_verb(&self, k: usize) -> bool {
        matches!(self.w(k), "were" | "was")
            || (self.trig_at.get(k).copied().flatten().is_some()
                && matches!(self.w(k), "died" | "perished" | "succumbed"))
    }

    /// Whether `q` stands inside a relative clause between commas ("the
    /// boy, who was defended by two lawyers, was injured"): the verb after
    /// the clause is its head's, not the count's.
    fn in_relative_clause(&self, q: &Quantity) -> bool {
        let mut k = q.a;
        while k > 1 && q.a - k < 16 {
            k -= 1;
            if self.trig_at[k].is_some() || matches!(self.w(k), "." | ";" | ":" | ",") {
                return false;
            }
            if self.w(k) == "who" && self.w(k - 1) == "," {
                return self
                    .relative_clause_close(k - 1)
                    .is_some_and(|close| close >= q.b.max(q.qb));
            }
        }
        false
    }

    /// The comma closing a clause set off by the comma at `comma` (", who
    /// ...," or a description), when the clause holds no verb of harm and a
    /// verb of being follows.
    fn relative_clause_close(&self, comma: usize) -> Option<usize> {
        let limit = (comma + 16).min(self.toks.len());
        for n in comma + 2..limit {
            if self.trig_at[n].is_some() || matches!(self.w(n), "." | ";" | ":" | "(" | ")") {
                return None;
            }
            if self.w(n) == "," {
                return matches!(self.w(n + 1), "were" | "was").then_some(n);
            }
        }
        None
    }

    /// The comma that closes a description opened by the comma at `comma`
    /// ("two men, a driver and his helper, were killed"): it opens with
    /// a determiner, or with a bare plural of people and what they belong
    /// to ("the guard and a villager, members of the Lotu Front, were
    /// killed"), holds no verb of harm, and is followed by a verb of being.
    fn apposition_close(&self, comma: usize) -> Option<usize> {
        let determiner = matches!(
            self.w(comma + 1),
            "a" | "an" | "the" | "his" | "her" | "their" | "one" | "both"
        );
        let members_of = self
            .person(comma + 1)
            .is_some_and(|(g, singular)| !singular && !g.is_empty())
            && matches!(self.w(comma + 2), "of" | "from");
        if self.w(comma) != "," || !(determiner || members_of) {
            return None;
        }
        self.relative_clause_close(comma)
    }

    /// The end of a description of one counted person opened by the comma
    /// at `comma` ("killed one man, the grocer's cousin, as he fled"): a
    /// definite noun phrase with no verb of harm, number or conjunction
    /// inside, closed by the sentence's end or by a comma that no further
    /// item follows. A list puts a conjunction before its last item ("a
    /// soldier, the driver, and a boy").
    fn one_described_close(&self, comma: usize, q_at: &[Option<usize>]) -> Option<usize> {
        if !matches!(self.w(comma + 1), "the" | "his" | "her" | "their") {
            return None;
        }
        let limit = (comma + 12).min(self.toks.len());
        let close = (comma + 2..limit).find(|&n| {
            self.trig_at[n].is_some()
                || self.number_at(n).is_some()
                || matches!(
                    self.w(n),
                    "," | "." | ";" | ":" | "(" | ")" | "and" | "or" | "who" | "which" | "that"
                )
        })?;
        match self.w(close) {
            "." => Some(close),
            "," => {
                let mut next = close + 1;
                if matches!(self.w(next), "and" | "or") {
                    next += 1;
                }
                let item = q_at.get(next).copied().flatten().is_some();
                (!item).then_some(close)
            }
            _ => None,
        }
    }

    /// The comma closing an apposition opened by the comma at `comma` when
    /// ", and" and a further count follow it ("two soldiers, Ali Musa and
    /// Omar Said, and three policemen", "Ali Musa, the mayor of the town,
    /// and his driver"): a list of names joined by "and", or a description
    /// that opens with a determiner, with no verb of harm, number or
    /// clause word inside. The apposition names the people counted before
    /// it; the list goes on after it.
    fn apposition_then_item(
        &self,
        head: &Quantity,
        comma: usize,
        q_at: &[Option<usize>],
    ) -> Option<usize> {
        let first = comma + 1;
        let capital = |n: usize| {
            self.is_word(n)
                && self.trig_at[n].is_none()
                && self.raw(n).chars().next().is_some_and(char::is_uppercase)
        };
        // A name is described ("Ali Musa, the mayor,"); a counted noun of
        // several is named ("two soldiers, Ali Musa and Omar Said,"). A
        // single person before a comma opens a plain list ("a guard, a
        // driver, and two soldiers"), and so do names ("Ali Musa, Omar
        // Said, and Sami Bello").
        let described = head.name && matches!(self.w(first), "a" | "an" | "the");
        let named =
            !head.name && head.b > head.qb && head.best.is_some_and(|b| b >= 2) && capital(first);
        if !described && !named {
            return None;
        }
        // "Rex L. Cole-Hart": the full stop of an initial and the hyphen of
        // a double name are part of the name.
        let initial = |n: usize| {
            (self.w(n) == "."
                && self.raw(n - 1).len() == 1
                && self.raw(n - 1).chars().all(|c| c.is_ascii_uppercase()))
                || (named && self.w(n) == "-" && capital(n - 1) && capital(n + 1))
        };
        let limit = (first + 14).min(self.toks.len());
        let close = (first + 1..limit).find(|&n| !self.is_word(n) && !initial(n))?;
        if self.w(close) != "," || self.w(close + 1) != "and" {
            return None;
        }
        let inside_ok = (first..close).all(|n| {
            let w = self.w(n);
            self.trig_at[n].is_none()
                && self.number_at(n).is_none()
                && !matches!(
                    w,
                    "who" | "which" | "that" | "whose" | "including" | "among"
                )
                && right_filler(w).is_none_or(|_| w == "a")
                && (described || capital(n) || w == "and" || initial(n))
        });
        let next = q_at.get(close + 2).copied().flatten().is_some();
        (inside_ok && next).then_some(close)
    }

    /// Whether the count at `a` stands in a description of a counted
    /// noun before it ("two men, a driver and his helper,
    /// were killed"): the same people again, a subset.
    fn in_apposition(
        &self,
        a: usize,
        quants: &[Quantity],
        q_at: &[Option<usize>],
        q_end: &[Option<usize>],
    ) -> bool {
        let mut k = a;
        while k > 0 && a - k < 16 {
            k -= 1;
            // "three people: Ali Musa and Omar Said were killed".
            if self.w(k) == ":" && k > 0 {
                return q_end[k - 1].is_some_and(|qj| {
                    let head = &quants[qj];
                    head.best.is_some_and(|b| b >= 2) && head.b > head.qb
                }) && self.colon_names_end(k).is_some_and(|verb| verb > a);
            }
            if self.trig_at[k].is_some() || matches!(self.w(k), "." | ";" | ":") {
                return false;
            }
            if self.w(k) != "," || k == 0 {
                continue;
            }
            // "One person, a teacher, was hurt" as well as "two
            // men, a driver and his helper, were killed".
            let counted_head = q_end[k - 1].is_some_and(|qj| {
                let head = &quants[qj];
                head.best.is_some_and(|b| b >= 1) && head.b > head.qb
            });
            // "Ali Musa, the mayor, and his driver": a name's description
            // followed by the next item names no one more.
            let apposed = q_end[k - 1]
                .and_then(|qj| self.apposition_then_item(&quants[qj], k, q_at))
                .is_some_and(|close| close > a);
            if apposed {
                return true;
            }
            if counted_head {
                let one = q_end[k - 1].is_some_and(|qj| quants[qj].best == Some(1));
                return self
                    .apposition_close(k)
                    .or_else(|| self.name_list_close(k))
                    .or_else(|| one.then(|| self.one_described_close(k, q_at)).flatten())
                    .is_some_and(|close| close > a);
            }
        }
        false
    }

    /// "the toll rose to 31", "bringing the death toll to 31".
    fn revision_before(&self, a: usize) -> Option<usize> {
        let mut k = a;
        let mut steps = 0;
        let mut passed_revision_word = false;
        while k > 0 && steps < 10 {
            k -= 1;
            steps += 1;
            let w = self.w(k);
            if let Some(ti) = self.trig_at[k] {
                let t = self.triggers[ti];
                let tally = t.toll || matches!(self.w(t.a), "fatalities" | "deaths");
                if tally && (passed_revision_word || (t.toll && steps <= 2)) {
                    return Some(ti);
                }
                if !t.toll {
                    return None;
                }
                continue;
            }
            if matches!(w, "." | ";" | ":" | "!" | "?" | "(" | ")") {
                return None;
            }
            if is_revision_word(w) {
                passed_revision_word = true;
            }
        }
        None
    }

    /// "no casualties were reported", "no deaths or injuries", "without
    /// casualties": zero counts named by a noun.
    fn zero_nouns(&self, base: usize, out: &mut Vec<CountMention>) {
        if self.cues & CUE_ZERO == 0 {
            return;
        }
        let n = self.toks.len();
        for i in 0..n {
            let w = self.w(i);
            if !matches!(w, "no" | "without" | "zero" | "aucune" | "aucun" | "sans") {
                continue;
            }
            let mut k = i + 1;
            while k < n
                && k < i + 4
                && matches!(
                    self.w(k),
                    "reported"
                        | "immediate"
                        | "further"
                        | "other"
                        | "known"
                        | "any"
                        | "reports"
                        | "report"
                        | "of"
                        | "confirmed"
                        | "human"
                        | "word"
                        | "on"
                )
            {
                k += 1;
            }
            let mut first = true;
            while k < n {
                let kind = match self.w(k) {
                    "casualties" | "casualty" | "fatalities" | "deaths" | "dead" | "death"
                    | "victims" | "victime" | "victimes" | "perte" | "pertes" | "mort"
                    | "morts" => CountKind::Killed,
                    "injuries" | "injured" | "wounded" | "injury" | "blessé" | "blessés" => {
                        CountKind::Injured
                    }
                    _ => break,
                };
                // "No death sentences were handed down", "no death threats
                // were reported": the noun says what kind of sentence or
                // threat, it tells no toll.
                if matches!(self.w(k), "death" | "mort")
                    && (crate::extract::acts::death_names_a_kind(self.w(k + 1))
                        || matches!(self.w(k + 1), "warrant" | "warrants" | "toll" | "tolls"))
                {
                    break;
                }
                if out.iter().any(|m| {
                    m.kind == kind && m.best == Some(0) && m.span.start == self.toks[i].s + base
                }) {
                    break;
                }
                out.push(CountMention {
                    span: self.tok_span(i, k + 1).offset(base),
                    trigger: self.tok_span(k, k + 1).offset(base),
                    kind,
                    low: Some(0),
                    best: Some(0),
                    high: Some(0),
                    victim_group: String::new(),
                    quantity_text: self.text[self.toks[i].s..self.toks[i].e].to_string(),
                    role: CountRole::Additive,
                });
                first = false;
                if matches!(self.w(k + 1), "or" | "and" | "nor") {
                    k += 2;
                } else {
                    break;
                }
            }
            let _ = first;
        }
    }

    /// "an attacker killed himself and six others": the attacker is
    /// one of the dead, as GTD and Wikipedia count.
    fn reflexive(&self, base: usize, out: &mut Vec<CountMention>) {
        for (k, t) in self.triggers.iter().enumerate() {
            let _ = k;
            if t.kind != CountKind::Killed || t.blocked || t.toll {
                continue;
            }
            // "killing only himself": the adverb does not change who died.
            let at = if self.w(t.b) == "only" { t.b + 1 } else { t.b };
            let w = self.w(at);
            if matches!(w, "himself" | "herself") {
                out.push(CountMention::one_killed(
                    self.tok_span(at, at + 1).offset(base),
                    self.tok_span(t.a, t.b).offset(base),
                    "assailants".to_string(),
                    self.raw(at).to_string(),
                ));
            }
        }
    }
    /// "His body was found in a ditch", "a man's body was recovered near
    /// the road": one person's body found is one death. Only a body that is
    /// someone's (a possessive before it) and a verb of finding after it
    /// count, and nothing is added when the sentence counts a death already
    /// ("shot dead a trader; his body was found"). "The body" or "the
    /// corpses" found after people the sentence tells abducted or arrested
    /// are theirs ("abducted a herder, the corpse was found days later").
    fn body_found(&self, base: usize, out: &mut Vec<CountMention>) {
        if self.cues & CUE_BODY == 0 {
            return;
        }
        if out.iter().any(|m| m.kind == CountKind::Killed) {
            return;
        }
        let n = self.toks.len();
        let found_after = |i: usize| {
            (i + 1..(i + 6).min(n))
                .take_while(|&k| self.is_word(k))
                .any(|k| {
                    matches!(
                        self.w(k),
                        "found" | "discovered" | "recovered" | "dumped" | "retrieved"
                    )
                })
        };
        for i in 1..n {
            let plural = matches!(self.w(i), "bodies" | "corpses");
            if self.w(i - 1) == "the" && (plural || matches!(self.w(i), "body" | "corpse")) {
                let at = self.tok_span(i - 1, i).offset(base).start;
                let taken = out.iter().rev().find(|m| {
                    matches!(m.kind, CountKind::Disappeared | CountKind::Arrested)
                        && m.role == CountRole::Additive
                        && m.span.end <= at
                });
                let Some(taken) = taken else {
                    continue;
                };
                let Some(people) = taken.best else {
                    continue;
                };
                let Some(ti) = self.trig_at[i] else {
                    continue;
                };
                let t = self.triggers[ti];
                if t.blocked || (people > 1) != plural || !found_after(i) {
                    continue;
                }
                let group = taken.victim_group.clone();
                out.push(CountMention::killed(
                    self.tok_span(i - 1, i + 1).offset(base),
                    self.tok_span(t.a, t.b).offset(base),
                    people,
                    group,
                    self.raw(i - 1).to_string(),
                ));
                return;
            }
            if !matches!(self.w(i), "body" | "corpse") {
                continue;
            }
            // "his mutilated body", "a man's bullet-riddled body".
            let mut p = i - 1;
            if p >= 1 && self.is_word(p) && (self.w(p).ends_with("ed") || self.w(p).contains('-')) {
                p -= 1;
            }
            let owner = self.w(p);
            let possessive = matches!(owner, "his" | "her")
                || ((owner.ends_with("'s") || owner.ends_with("’s"))
                    && person_noun(owner.trim_end_matches("'s").trim_end_matches("’s"))
                        .is_some_and(|(_, singular)| singular));
            if !possessive || !found_after(i) {
                continue;
            }
            let Some(ti) = self.trig_at[i] else {
                continue;
            };
            let t = self.triggers[ti];
            if t.blocked {
                continue;
            }
            out.push(CountMention::one_killed(
                self.tok_span(p, i + 1).offset(base),
                self.tok_span(t.a, t.b).offset(base),
                String::new(),
                self.raw(p).to_string(),
            ));
            return;
        }
    }

    /// "a suicide bomber blew himself up at the gate": the text states the
    /// attacker's own death, and the attacker is one of the dead (as with
    /// "killing himself"). Nothing is added when the sentence already counts
    /// the attacker ("killing himself and six others", "including the
    /// bomber", "including himself"), nor beside a general toll of the same
    /// sentence ("killing five people", "killing 12", "one man was
    /// killed"): such tolls include the bomber as often as not, while
    /// "killing four soldiers" names people the bomber is not one of. "Blew themselves up" gives no
    /// number and stays uncounted.
    fn blew_self_up(&self, base: usize, out: &mut Vec<CountMention>) {
        if self.cues & CUE_BLEW == 0 {
            return;
        }
        let counted = general_toll_or_attacker;
        for i in 0..self.toks.len() {
            if !matches!(self.w(i), "blew" | "blows" | "blown" | "blowing")
                || !matches!(self.w(i + 1), "himself" | "herself" | "themselves")
                || self.w(i + 2) != "up"
            {
                continue;
            }
            // "two attackers blew themselves up": as many as the subject
            // counts, the nearest number before the verb in its clause.
            let number = if self.w(i + 1) == "themselves" {
                let subject = (i.saturating_sub(8)..i)
                    .rev()
                    .take_while(|&k| self.is_word(k) && self.trig_at[k].is_none())
                    .find_map(|k| number_of(self.facts(k)));
                match subject.and_then(to_u32) {
                    Some(v) if v >= 2 => v,
                    _ => return,
                }
            } else {
                1
            };
            let included = (1..self.toks.len()).any(|k| {
                matches!(self.w(k - 1), "including" | "among")
                    && matches!(self.w(k), "himself" | "herself")
            });
            if counted(out) || included {
                return;
            }
            out.push(CountMention {
                span: self.tok_span(i + 1, i + 2).offset(base),
                trigger: self.tok_span(i, i + 3).offset(base),
                kind: CountKind::Killed,
                low: Some(number),
                best: Some(number),
                high: Some(number),
                victim_group: "assailants".to_string(),
                quantity_text: self.raw(i + 1).to_string(),
                role: CountRole::Additive,
            });
            return;
        }
    }
}

impl Scanner<'_> {
    /// "A suicide bomber detonated his vest at the checkpoint": a suicide
    /// attacker who carried out the attack died in it, and GTD, ACLED and
    /// UCDP count the attacker among the dead. The attacker is counted when
    /// a verb of the attack follows the noun in the sentence and nothing
    /// says the attack failed or the attacker was caught. Nothing is added
    /// when the sentence counts the attacker already ("blew himself up",
    /// "including the bomber", "the bomber was shot dead"). "Suicide
    /// bombers" with no number gives no count.
    fn suicide_attacker(&self, base: usize, out: &mut Vec<CountMention>) {
        if self.cues & CUE_SUICIDE == 0 {
            return;
        }
        let n = self.toks.len();
        let Some(at) = (0..n).find(|&i| self.w(i) == "suicide") else {
            return;
        };
        // "suicide bomber", "suicide car bomber", "suicide truck bombers".
        let noun = (at + 1..(at + 3).min(n))
            .find(|&k| matches!(self.w(k), "bomber" | "bombers" | "attacker" | "attackers"));
        let Some(noun) = noun else {
            self.suicide_act(at, base, out);
            return;
        };
        if noun == at + 2 && !matches!(self.w(at + 1), "car" | "truck" | "vehicle") {
            return;
        }
        let plural = self.w(noun).ends_with('s');
        let before = if at >= 1 { self.w(at - 1) } else { "" };
        // "two female suicide bombers", "three Taliban suicide bombers":
        // words that describe the bombers may stand between the number and
        // "suicide" (a capitalised name, with "in"/"of" inside it).
        let count_word = if plural {
            let mut k = at;
            let mut steps = 0;
            while k >= 2 && steps < 5 && number_of(self.facts(k - 1)).is_none() {
                let w = self.w(k - 1);
                let capital = self
                    .raw(k - 1)
                    .starts_with(|c: char| c.is_ascii_uppercase());
                let inside_name = matches!(w, "in" | "of" | "al")
                    && self.raw(k).starts_with(|c: char| c.is_ascii_uppercase());
                let describes = matches!(
                    w,
                    "female" | "male" | "teenage" | "young" | "suspected" | "alleged"
                );
                if !(capital || inside_name || describes) || !self.is_word(k - 1) {
                    break;
                }
                k -= 1;
                steps += 1;
            }
            if k >= 1 {
                self.w(k - 1)
            } else {
                ""
            }
        } else {
            before
        };
        // "One of four suicide bombers detonated himself": one of them.
        let one_of = at >= 3 && self.w(at - 2) == "of" && self.w(at - 3) == "one";
        let number = if plural && one_of {
            1
        } else if plural {
            match small_number(count_word) {
                Some(v) if v >= 2 => v,
                _ => return,
            }
        } else {
            // "a would-be suicide bomber" may never have struck.
            if matches!(before, "would-be" | "potential") {
                return;
            }
            1
        };
        let verbs = |w: &str| {
            matches!(
                w,
                "detonated"
                    | "detonates"
                    | "detonating"
                    | "exploded"
                    | "blew"
                    | "blows"
                    | "rammed"
                    | "drove"
                    | "struck"
                    | "attacked"
                    | "targeted"
                    | "killed"
                    | "killing"
            )
        };
        // "detonate", "blow" tell the act in the present of a list of
        // attacks ("Two suicide bombers detonate in a market"), not after
        // "to" or a modal ("before they could detonate").
        let acts = |k: usize| {
            let w = self.w(k);
            let present = matches!(w, "detonate" | "blow");
            (verbs(w) || present)
                && !(present
                    && matches!(
                        self.w(k - 1),
                        "to" | "could" | "would" | "can" | "cannot" | "might" | "may" | "not"
                    ))
        };
        if !(noun + 1..n).any(acts) {
            return;
        }
        if self.tells_failed_attack() {
            return;
        }
        // "Eleven guests died, not including the suicide bomber"
        // leaves the bomber out of the toll, whatever toll it is.
        let excluded = (2..n)
            .any(|k| self.w(k - 2) == "not" && self.w(k - 1) == "including" && self.w(k) == "the");
        let included = !excluded
            && (1..n).any(|k| {
                matches!(self.w(k - 1), "including" | "among")
                    && (matches!(self.w(k), "himself" | "herself" | "themselves")
                        || (self.w(k) == "the"
                            && matches!(
                                self.w(k + 1),
                                "bomber"
                                    | "bombers"
                                    | "attacker"
                                    | "attackers"
                                    | "suicide"
                                    | "perpetrator"
                                    | "perpetrators"
                                    | "assailant"
                                    | "assailants"
                            )))
            });
        let verb = (noun + 1..n).find(|&k| acts(k)).unwrap_or(noun);
        // "Two suicide bombers detonated their vests, killing 16 people":
        // bombers a number counts who set off their charges are told apart
        // from the toll of the people their blasts killed, which holds them
        // far less often than the toll beside a lone bomber does.
        let detonated_apart = plural
            && number >= 2
            && matches!(
                self.w(verb),
                "detonated" | "detonate" | "detonates" | "detonating"
            );
        let toll_holds = if detonated_apart {
            out.iter()
                .any(|m| m.kind == CountKind::Killed && m.victim_group == "assailants")
        } else {
            general_toll_or_attacker(out)
        };
        if included || (!excluded && toll_holds) {
            return;
        }
        let Some(v) = to_u32(number) else {
            return;
        };
        out.push(CountMention::killed(
            self.tok_span(noun, noun + 1).offset(base),
            self.tok_span(at, verb + 1).offset(base),
            v,
            "assailants".to_string(),
            self.raw(noun).to_string(),
        ));
    }
}

impl Scanner<'_> {
    /// "Two soldiers were killed in a suicide bombing", "a guard was
    /// wounded in a suicide car bomb attack": the act names no attacker,
    /// but a suicide attack that struck has one who died in it, as with "a
    /// suicide bomber detonated" (see `suicide_attacker`). One attacker for
    /// "a suicide bombing", two for "a double suicide bombing" or "two
    /// suicide bombings"; a plural with no number gives none. The sentence
    /// must tell people harmed by the attack, and the same exceptions hold:
    /// a failed or foiled attack, a toll that holds the attacker already,
    /// and a general toll ("five people were killed"), which holds him as
    /// often as not.
    fn suicide_act(&self, at: usize, base: usize, out: &mut Vec<CountMention>) {
        let n = self.toks.len();
        // "suicide bombing", "suicide car bombing", "suicide truck bomb".
        let Some(noun) = (at + 1..(at + 3).min(n)).find(|&k| {
            matches!(
                self.w(k),
                "bombing" | "bombings" | "attack" | "attacks" | "blast" | "blasts" | "bomb"
            )
        }) else {
            return;
        };
        if noun == at + 2 && !matches!(self.w(at + 1), "car" | "truck" | "vehicle" | "bomb") {
            return;
        }
        // "a suicide bomb attack": the act is the last noun.
        let noun = if self.w(noun) == "bomb" {
            if !matches!(self.w(noun + 1), "attack" | "blast") {
                return;
            }
            noun + 1
        } else {
            noun
        };
        let plural = self.w(noun).ends_with('s');
        // The word before "suicide", past words that describe the attack
        // ("a deadly suicide bombing", "a Taliban suicide attack") and the
        // number of attackers a word of it may give ("a double suicide
        // bombing").
        let mut k = at;
        let mut attackers = 1;
        while k >= 2 {
            let w = self.w(k - 1);
            let capital = self.is_word(k - 1)
                && self
                    .raw(k - 1)
                    .starts_with(|c: char| c.is_ascii_uppercase());
            match w {
                "double" | "twin" => attackers = 2,
                "triple" => attackers = 3,
                "deadly" | "large" | "massive" | "major" | "huge" | "powerful" | "coordinated" => {}
                _ if capital => {}
                _ => break,
            }
            k -= 1;
        }
        let det = if k >= 1 { self.w(k - 1) } else { "" };
        // Only the attack in which the people told were harmed: "killed
        // in a suicide bombing". A suicide attack that is the subject of
        // the killing ("a suicide car bomb killed two soldiers") is told
        // as often with its attacker inside the toll as not.
        if k < 2 || self.w(k - 2) != "in" {
            return;
        }
        let number = match det {
            "a" | "an" | "the" if !plural => attackers,
            _ if plural => match small_number(det) {
                Some(v) if v >= 2 => v,
                _ => return,
            },
            _ => return,
        };
        // The people the attack harmed, told in the sentence.
        if !out
            .iter()
            .any(|m| matches!(m.kind, CountKind::Killed | CountKind::Injured) && m.best.is_some())
        {
            return;
        }
        let failed = self.tells_failed_attack();
        // An attacker the sentence names tells his own fate ("the bomber
        // was shot dead", "blew himself up"), read by the rules for him.
        let attacker_told = (0..n).any(|j| {
            is_attacker_noun(self.w(j)) || matches!(self.w(j), "himself" | "herself" | "themselves")
        });
        if failed || attacker_told || general_toll_or_attacker(out) {
            return;
        }
        let Some(v) = to_u32(number) else {
            return;
        };
        out.push(CountMention::killed(
            self.tok_span(at, noun + 1).offset(base),
            self.tok_span(at, noun + 1).offset(base),
            v,
            "assailants".to_string(),
            self.raw(noun).to_string(),
        ));
    }

    /// Whether the sentence tells an attack that failed or an attacker
    /// taken alive ("a foiled bombing", "the would-be bomber was arrested",
    /// "the device was defused"): no suicide attacker died in it.
    fn tells_failed_attack(&self) -> bool {
        (0..self.toks.len()).any(|k| {
            matches!(
                self.w(k),
                "failed"
                    | "foiled"
                    | "thwarted"
                    | "arrested"
                    | "captured"
                    | "detained"
                    | "defused"
                    | "would-be"
                    | "attempted"
                    | "tried"
                    | "prevented"
                    | "apprehended"
                    | "surrendered"
            )
        })
    }

    /// "Guards shot one of the assailants while the other detonated", "One
    /// of the bombers detonated his vest": an attacker who detonated with no
    /// device named, or the vest or belt he wore, died in his own blast, as
    /// GTD and ACLED count him. The subject must be an attacker ("one of the
    /// bombers", "the second assailant", "two of the attackers") or an
    /// ordinal standing for one after an attacker noun of the sentence ("the
    /// fourth detonated"). "The bomb detonated" names a device, and "killing
    /// himself" counts the attacker on its own (see `reflexive`).
    fn attacker_detonated(&self, base: usize, out: &mut Vec<CountMention>) {
        if self.cues & CUE_DETONATED == 0 {
            return;
        }
        let n = self.toks.len();
        let ordinal = |w: &str| {
            matches!(
                w,
                "first" | "second" | "third" | "fourth" | "fifth" | "last" | "other" | "remaining"
            )
        };
        for k in 0..n {
            if self.w(k) != "detonated" {
                continue;
            }
            let next = self.w(k + 1);
            let clause_ends = self
                .toks
                .get(k + 1)
                .is_none_or(|t| t.kind == TokKind::Punct)
                || matches!(
                    next,
                    "while"
                        | "and"
                        | "killing"
                        | "injuring"
                        | "wounding"
                        | "himself"
                        | "herself"
                        | "at"
                        | "near"
                        | "in"
                        | "inside"
                        | "outside"
                );
            // "detonated his vest", "detonated a suicide car bomb".
            let worn = matches!(next, "his" | "her" | "their" | "an" | "a")
                && (k + 2..(k + 5).min(n))
                    .any(|j| matches!(self.w(j), "vest" | "vests" | "belt" | "belts" | "suicide"));
            if !(clause_ends || worn) {
                continue;
            }
            // "killing himself" tells the death on its own; a general toll
            // of the sentence may hold the attacker already (as in
            // `suicide_attacker`).
            let general = out.iter().any(|m| {
                m.kind == CountKind::Killed
                    && m.role != CountRole::Subset
                    && m.victim_group != "assailants"
                    && general_toll_or_attacker(std::slice::from_ref(m))
            });
            if general
                || (k + 2..n).any(|j| matches!(self.w(j), "himself" | "herself" | "themselves"))
            {
                return;
            }
            let mut s = k;
            while s > 0 && matches!(self.w(s - 1), "then" | "successfully" | "also" | "later") {
                s -= 1;
            }
            if s == 0 {
                continue;
            }
            let mut a = s - 1;
            let number = if is_attacker_noun(self.w(a)) {
                let plural = self.w(a).ends_with('s');
                if a >= 1 && self.w(a - 1) == "suicide" {
                    a -= 1;
                }
                let det = if a >= 1 { self.w(a - 1) } else { "" };
                if plural {
                    // "one of the bombers", "two of the assailants".
                    if a < 3 || self.w(a - 1) != "the" || self.w(a - 2) != "of" {
                        continue;
                    }
                    a -= 3;
                    match number_of(self.facts(a)) {
                        Some(v) => v,
                        None => continue,
                    }
                } else if matches!(det, "one" | "another") {
                    a -= 1;
                    1
                } else if a >= 2 && self.w(a - 2) == "the" && ordinal(det) {
                    a -= 2;
                    1
                } else if det == "the" {
                    a -= 1;
                    1
                } else {
                    continue;
                }
            } else if a >= 1 && self.w(a - 1) == "the" && ordinal(self.w(a)) {
                // "the fourth detonated": an attacker named before in the
                // sentence.
                if !(0..a).any(|j| is_attacker_noun(self.w(j))) {
                    continue;
                }
                a -= 1;
                1
            } else {
                continue;
            };
            let span = self.tok_span(a, s).offset(base);
            let trigger = self.tok_span(a, k + 1).offset(base);
            let told = out.iter().any(|m| {
                m.kind == CountKind::Killed
                    && (m.span.overlaps(span)
                        || m.trigger.overlaps(self.tok_span(k, k + 1).offset(base)))
            });
            let Some(v) = to_u32(number) else {
                continue;
            };
            if told {
                continue;
            }
            out.push(CountMention::killed(
                span,
                trigger,
                v,
                "assailants".to_string(),
                self.raw(a).to_string(),
            ));
        }
    }

    /// "One of the bombers detonated while the other four were killed by
    /// the guards": "the other" after one attacker named in the sentence are
    /// the other attackers, not more victims.
    fn other_attackers(&self, base: usize, out: &mut [CountMention]) {
        let n = self.toks.len();
        for m in out.iter_mut() {
            if m.kind != CountKind::Killed || !m.victim_group.is_empty() {
                continue;
            }
            let Some(i) = (0..n).find(|&i| self.toks[i].s + base == m.span.start) else {
                continue;
            };
            // "the other", "the other four".
            let at = if self.w(i) == "the" && self.w(i + 1) == "other" {
                i
            } else if i >= 2 && self.w(i - 1) == "other" && self.w(i - 2) == "the" {
                i - 2
            } else {
                continue;
            };
            // "one of the assailants", "one bomber", "one suicide bomber".
            let one_before = (0..at).any(|j| {
                is_attacker_noun(self.w(j))
                    && ((j >= 1 && self.w(j - 1) == "one")
                        || (j >= 2 && self.w(j - 1) == "suicide" && self.w(j - 2) == "one")
                        || (j >= 3
                            && self.w(j - 1) == "the"
                            && self.w(j - 2) == "of"
                            && number_of(self.facts(j - 3)).is_some()))
            });
            if one_before {
                m.victim_group = "assailants".to_string();
            }
        }
    }
}

impl Scanner<'_> {
    /// "A man stabbed two guards and was shot dead by police", "Three
    /// gunmen killed five people before they were shot dead", "killing nine
    /// before committing suicide": the sentence's subject, the attackers,
    /// died after the attack. The death is theirs, not that of the people
    /// counted just before "and" (a "was" cannot agree with "two guards").
    /// Only a subject the sentence counts as no victim is read, and the
    /// number must agree with "was"/"were", "he"/"they".
    fn attacker_dies_after(&self, quants: &[Quantity], base: usize, out: &mut Vec<CountMention>) {
        let Some(subj) = quants.first() else {
            return;
        };
        let n = self.toks.len();
        for k in 0..n {
            if !matches!(self.w(k), "and" | "before" | "but" | "then") {
                continue;
            }
            let mut j = k + 1;
            let mut plural = match self.w(j) {
                "he" | "she" => Some(false),
                "they" => Some(true),
                _ => None,
            };
            if plural.is_some() {
                j += 1;
            }
            let (ta, tb) =
                if matches!(self.w(j), "committing" | "committed") && self.w(j + 1) == "suicide" {
                    (j, j + 2)
                } else {
                    match self.w(j) {
                        "was" => plural = plural.or(Some(false)),
                        "were" => plural = plural.or(Some(true)),
                        "being" => {}
                        _ => continue,
                    }
                    j += 1;
                    if matches!(self.w(j), "later" | "then" | "subsequently" | "also") {
                        j += 1;
                    }
                    j = self.shot_and(j);
                    let Some(ti) = self.trig_at.get(j).copied().flatten() else {
                        continue;
                    };
                    let t = self.triggers[ti];
                    if t.kind != CountKind::Killed || t.a != j || t.blocked || t.toll {
                        continue;
                    }
                    (t.a, t.b)
                };
            let Some(best) = subj.best else {
                return;
            };
            let agrees = match plural {
                Some(true) => best >= 2,
                Some(false) => best == 1,
                None => true,
            };
            let subj_end = subj.b.max(subj.qb).max(subj.a + 1);
            let subj_span = self.tok_span(subj.a, subj_end).offset(base);
            if subj.zero
                || subj_end > k
                || !agrees
                || (0..subj.a).any(|i| self.trig_at[i].is_some())
                || out.iter().any(|m| m.span.overlaps(subj_span))
            {
                return;
            }
            // "The victim was a farmer and was killed": a subject a verb
            // of being describes did nothing before its death; it is the
            // victim, of its own group.
            let described = matches!(self.w(subj_end), "was" | "were")
                && matches!(
                    self.w(subj_end + 1),
                    "a" | "an" | "the" | "one" | "his" | "her" | "their"
                );
            let group = if described {
                subj.group.clone()
            } else {
                "assailants".to_string()
            };
            let trigger = self.tok_span(ta, tb).offset(base);
            out.retain(|m| m.trigger != trigger);
            out.push(CountMention {
                span: subj_span,
                trigger,
                kind: CountKind::Killed,
                low: subj.low,
                best: subj.best,
                high: subj.high,
                victim_group: group,
                quantity_text: self.raw(subj.a).to_string(),
                role: CountRole::Additive,
            });
            return;
        }
    }
}

impl Scanner<'_> {
    /// "three were released, and one was killed": a count with a verb of
    /// its own that is no verb of harm ("were released", "was freed"),
    /// then ", and" and a later count of the same verb of harm, does not
    /// share that verb; its mention is dropped.
    fn own_verb_then_next_item(
        &self,
        quants: &[Quantity],
        base: usize,
        out: &mut Vec<CountMention>,
    ) {
        let mut drop: Vec<Span> = Vec::new();
        for q in quants {
            let e = q.b.max(q.qb);
            if !matches!(self.w(e), "were" | "was")
                || !self.is_word(e + 1)
                || self.trig_at.get(e + 1).copied().flatten().is_some()
                || !self.w(e + 1).ends_with("ed")
                || self.w(e + 2) != ","
                || self.w(e + 3) != "and"
            {
                continue;
            }
            let span = self.tok_span(q.a, e).offset(base);
            let Some(m) = out.iter().find(|m| m.span == span) else {
                continue;
            };
            let later = out
                .iter()
                .any(|m2| m2.trigger == m.trigger && m2.span.start > m.span.end);
            if later {
                drop.push(span);
            }
        }
        out.retain(|m| !drop.contains(&m.span));
    }
}

impl Scanner<'_> {
    /// The verb after "shot and" / "stabbed and" at `j` ("before being shot
    /// and killed"), whose killing is the death; `j` itself otherwise.
    fn shot_and(&self, j: usize) -> usize {
        if matches!(self.w(j), "shot" | "stabbed" | "beaten") && self.w(j + 1) == "and" {
            j + 2
        } else {
            j
        }
    }
}

impl Scanner<'_> {
    /// People counted with one verb and then, in the same clause, said to
    /// have been killed: "3 men arrested by soldiers at Kona were allegedly
    /// executed", "eight herders abducted the day before were found dead",
    /// "was detained and later found killed", "were abducted by gunmen and
    /// subsequently found dead": after a first verb (its end at `b`) and a
    /// few plain words, "and", an adverb of time or "found" at least, and a
    /// verb of killing. A plain "and killed" is left to the pair rule of
    /// [`Scanner::run`].
    ///
    /// A longer stretch of the place and the captors, commas and all, may
    /// come before ", and later" ("were abducted by rebels from Lotu
    /// village in Kano district, Nigeria, and later shot and killed"), up
    /// to `limit`: the adverb of time says the clause goes on.
    fn and_later_killed(&self, b: usize, limit: usize) -> Option<Trigger> {
        let plain = |k: usize| self.trig_at[k].is_none() && self.number_at(k).is_none();
        let near = (b..(b + 6).min(limit))
            .take_while(|&k| self.is_word(k) && plain(k))
            .find(|&k| self.w(k) == "and");
        let far = || {
            (b..limit)
                .take_while(|&k| (self.is_word(k) || matches!(self.w(k), "," | "'")) && plain(k))
                .find(|&k| {
                    self.w(k) == "and"
                        && self.w(k - 1) == ","
                        && matches!(self.w(k + 1), "later" | "subsequently" | "then")
                })
        };
        let and = near.or_else(far)?;
        let j = self.past_adverbs(and + 1, limit);
        if j == and + 1 {
            return None;
        }
        let j = self.shot_and(j);
        let t2 = self.triggers[self.trig_at.get(j).copied().flatten()?];
        (t2.a == j && t2.kind == CountKind::Killed && !t2.blocked && !t2.toll).then_some(t2)
    }

    /// "five traders who had been kidnapped were later killed". The count
    /// stands before its first verb (its subject), and the clause goes on
    /// to "were" (or "was" for one person), a few adverbs, perhaps "found",
    /// and a verb of killing, with no other count on the way. The same
    /// people then count as killed too. A wounding is left alone (the dead
    /// are not also the wounded), as is a count that already has a death.
    fn held_then_killed(&self, base: usize, out: &mut Vec<CountMention>) {
        let mut found: Vec<CountMention> = Vec::new();
        for m in out.iter() {
            if m.role != CountRole::Additive
                || matches!(m.kind, CountKind::Killed | CountKind::Injured)
                || m.best.is_none_or(|b| b == 0)
            {
                continue;
            }
            // "soldiers arrested four herders who were later executed": the
            // people, object of the verb, are the subject of a relative
            // clause right after them.
            if m.span.start >= m.trigger.end {
                let Some(end) = (0..self.toks.len())
                    .find(|&k| self.toks[k].e + base == m.span.end)
                    .map(|k| k + 1)
                else {
                    continue;
                };
                // A short phrase of place or origin may stand between
                // ("four herders in Karvan who were ...").
                let Some(rel) = (end..(end + 9).min(self.toks.len()))
                    .take_while(|&k| self.is_word(k) && self.trig_at[k].is_none())
                    .find(|&k| matches!(self.w(k), "who" | "that" | "whom"))
                else {
                    continue;
                };
                let plural = m.best.is_some_and(|b| b > 1);
                let mut j = rel + 1;
                while self.w(j).ends_with("ly")
                    || matches!(self.w(j), "later" | "then" | "subsequently")
                {
                    j += 1;
                }
                if !((plural && self.w(j) == "were") || (!plural && self.w(j) == "was")) {
                    continue;
                }
                let j = self.past_adverbs(j + 1, self.toks.len());
                if let Some(ti) = self.trig_at.get(j).copied().flatten() {
                    let t2 = self.triggers[ti];
                    if t2.kind == CountKind::Killed && !t2.blocked && !t2.toll && t2.a == j {
                        let mut dead = m.clone();
                        dead.kind = CountKind::Killed;
                        dead.trigger = self.tok_span(t2.a, t2.b).offset(base);
                        found.push(dead);
                    }
                }
                continue;
            }
            if m.span.end > m.trigger.start {
                continue;
            }
            // A verb ("abducted", "arrested"), not a noun ("eighteen
            // hostage takers were killed").
            let Some(t) = self
                .triggers
                .iter()
                .find(|t| self.tok_span(t.a, t.b).offset(base) == m.trigger)
                .filter(|t| self.w(t.b - 1).ends_with("ed"))
            else {
                continue;
            };
            let plural = m.best.is_some_and(|b| b > 1);
            let limit = (t.b + 16).min(self.toks.len());
            if let Some(t2) = self.and_later_killed(t.b, (t.b + 28).min(self.toks.len())) {
                let mut dead = m.clone();
                dead.kind = CountKind::Killed;
                dead.trigger = self.tok_span(t2.a, t2.b).offset(base);
                found.push(dead);
                continue;
            }
            let mut k = t.b;
            let mut hit = None;
            while k < limit {
                let w = self.w(k);
                // A span of time ("two days earlier") is not another count.
                if matches!(w, "." | ";" | ":")
                    || self
                        .number_at(k)
                        .is_some_and(|(_, e)| !is_time_unit(self.w(e)))
                {
                    break;
                }
                if (plural && w == "were") || (!plural && w == "was") {
                    let j = self.past_adverbs(k + 1, limit);
                    // "fled but were located and killed": a plain participle
                    // and "and" may come before the verb of killing.
                    let ti = self.trig_at.get(j).copied().flatten().or_else(|| {
                        self.participle_then_harm(j, limit)
                            .filter(|&ti| self.triggers[ti].kind == CountKind::Killed)
                    });
                    if let Some(ti) = ti {
                        let t2 = self.triggers[ti];
                        if t2.kind == CountKind::Killed && !t2.blocked && !t2.toll {
                            hit = Some(t2);
                        }
                    }
                    break;
                }
                k += 1;
            }
            let Some(t2) = hit else { continue };
            let trigger = self.tok_span(t2.a, t2.b).offset(base);
            let mut dead = m.clone();
            dead.kind = CountKind::Killed;
            dead.trigger = trigger;
            found.push(dead);
        }
        for d in found {
            if !out.iter().any(|m| {
                m.kind == CountKind::Killed && (m.trigger == d.trigger || m.span == d.span)
            }) {
                out.push(d);
            }
        }
    }
}

impl Scanner<'_> {
    /// The count `q` when it opens an aside of "including" right after
    /// another count ("Seven people, including five guards,"): that other
    /// count, the whole of which `q` is a part.
    fn superset_before_aside<'q>(
        &self,
        quants: &'q [Quantity],
        q: &Quantity,
    ) -> Option<&'q Quantity> {
        let marker = q.a.checked_sub(1)?;
        if !matches!(self.w(marker), "including" | "among") {
            return None;
        }
        // "arrested three herders including two farmers and a trader and
        // burned them": the aside may also open with no comma.
        let comma = match marker.checked_sub(1) {
            Some(c) if self.w(c) == "," => c,
            _ => marker,
        };
        quants.iter().find(|p| {
            p.b.max(p.qb).max(p.a + 1) == comma
                && !p.zero
                && !p.partitive_subset
                && p.best.is_some_and(|b| q.best.is_some_and(|n| b > n))
        })
    }

    /// "Three soldiers, who were badly wounded in the ambush, later died
    /// of their injuries": people told as wounded in a relative clause
    /// between commas, then as dead by the main verb, are killed, not
    /// wounded. The count of wounded for them, if any, becomes the death.
    fn wounded_then_died(&self, quants: &[Quantity], base: usize, out: &mut Vec<CountMention>) {
        let skippable = |w: &str| {
            matches!(
                w,
                "later" | "then" | "subsequently" | "eventually" | "since" | "have" | "has" | "had"
            ) || (w.ends_with("ly") && w.len() > 4)
        };
        for t in &self.triggers {
            if t.blocked || t.toll || t.kind != CountKind::Killed {
                continue;
            }
            if !matches!(
                self.w(t.a),
                "died" | "dies" | "succumbed" | "succumbs" | "perished"
            ) {
                continue;
            }
            let mut k = t.a;
            while k > 0 && skippable(self.w(k - 1)) {
                k -= 1;
            }
            if k < 4 || self.w(k - 1) != "," {
                continue;
            }
            let close = k - 1;
            // Back to ", who", within the clause.
            let lo = close.saturating_sub(30);
            let mut j = close;
            let mut who = None;
            while j > lo.max(1) {
                j -= 1;
                let w = self.w(j);
                if w == "who" && self.w(j - 1) == "," {
                    who = Some(j);
                    break;
                }
                if matches!(w, "," | "." | ";" | ":" | "who" | "which") {
                    break;
                }
            }
            let Some(who) = who else { continue };
            // "who were (badly) wounded": the clause's verb is a wounding.
            if !matches!(self.w(who + 1), "was" | "were") {
                continue;
            }
            let mut v = who + 2;
            while v < close && self.w(v).ends_with("ly") {
                v += 1;
            }
            let wounding = matches!(self.w(v), "wounded" | "injured" | "hurt")
                && self.trig_at[v].is_some_and(|ti| self.triggers[ti].kind == CountKind::Injured);
            if !wounding {
                continue;
            }
            let Some(q) = quants
                .iter()
                .find(|q| q.b.max(q.qb).max(q.a + 1) == who - 1 && !q.zero && q.best.is_some())
            else {
                continue;
            };
            let q_span = self.tok_span(q.a, q.b.max(q.qb).max(q.a + 1)).offset(base);
            if out
                .iter()
                .any(|m| m.kind == CountKind::Killed && m.span.overlaps(q_span))
            {
                continue;
            }
            out.retain(|m| !(m.kind == CountKind::Injured && m.span.overlaps(q_span)));
            out.push(CountMention {
                span: q_span,
                trigger: self.tok_span(t.a, t.b).offset(base),
                kind: CountKind::Killed,
                low: q.low,
                best: q.best,
                high: q.high,
                victim_group: q.group.clone(),
                quantity_text: {
                    let qt = self.tok_span(q.a, q.qb.max(q.a + 1));
                    self.text[qt.start..qt.end].to_string()
                },
                role: CountRole::Additive,
            });
        }
    }

    /// One person who dies of what was done to them: "the guard was shot
    /// twice and later died of his wounds", "a nurse, Ama Boateng, was badly
    /// hurt and later succumbed to her injuries", "he died in hospital", "the
    /// driver later died". "died" takes no object, so its subject is the
    /// pronoun or count of one right before it (past adverbs), or, after
    /// "and", the singular subject of the "was" that opens the clause. A
    /// count of injured for that same person becomes the death; a person
    /// already counted as killed is left alone.
    fn one_died_later(&self, quants: &[Quantity], base: usize, out: &mut Vec<CountMention>) {
        let adverb = |w: &str| {
            matches!(
                w,
                "later" | "then" | "subsequently" | "eventually" | "soon" | "afterwards" | "also"
            ) || (w.ends_with("ly") && w.len() > 4)
        };
        for t in &self.triggers {
            if t.blocked || t.toll || t.kind != CountKind::Killed {
                continue;
            }
            let intransitive = matches!(self.w(t.a), "died" | "dies" | "succumbed" | "succumbs");
            // "was abducted by three men and stabbed to death": a second
            // passive verb of killing after "and" shares the subject of the
            // first, when no object follows it.
            let object_follows = self.number_at(t.b).is_some()
                || quants.iter().any(|q| q.a == t.b)
                || matches!(
                    self.w(t.b),
                    "him" | "her" | "them" | "the" | "a" | "an" | "his" | "their" | "its"
                );
            let passive_after_and = !intransitive
                && !self.w(t.a).ends_with("ing")
                && !is_noun_trigger(self.w(t.a))
                && !object_follows;
            if !intransitive && !passive_after_and {
                continue;
            }
            let trigger = self.tok_span(t.a, t.b).offset(base);
            if out.iter().any(|m| m.trigger == trigger) {
                continue;
            }
            let mut k = t.a;
            while k > 0 && adverb(self.w(k - 1)) {
                k -= 1;
            }
            if k == 0 {
                continue;
            }
            let one = |end: usize| {
                quants
                    .iter()
                    .find(|q| q.b.max(q.qb).max(q.a + 1) == end && q.best == Some(1) && !q.zero)
            };
            // The subject's token range and victim group.
            // "was holding a bomb when he died": a death told as the
            // time of something else was counted where it was told.
            let time_clause = k >= 2
                && matches!(
                    self.w(k - 2),
                    "when" | "as" | "before" | "after" | "until" | "while" | "since"
                );
            let subject = if !intransitive && self.w(k - 1) != "and" {
                None
            } else if matches!(self.w(k - 1), "he" | "she") && !time_clause {
                Some((k - 1, k, String::new()))
            } else if let Some(q) = one(k) {
                Some((q.a, k, q.group.clone()))
            } else if let Some(q) = (intransitive && self.w(k - 1) == "who")
                .then(|| one(k - 1))
                .flatten()
                .filter(|q| {
                    let span = self.tok_span(q.a, k - 1).offset(base);
                    out.iter()
                        .any(|m| m.kind == CountKind::Injured && m.span.overlaps(span))
                })
            {
                // "wounded a guard who died in hospital": the wounded
                // person's death turns the wounding into a death. A death
                // told of no one counted ("to honour a man who died") adds
                // nothing here.
                Some((q.a, k - 1, q.group.clone()))
            } else if let Some(q) = intransitive
                .then(|| self.wounded_before(quants, k))
                .flatten()
            {
                Some((q.a, q.b.max(q.qb).max(q.a + 1), q.group.clone()))
            } else if self.w(k - 1) == "and" || (intransitive && self.w(k - 1) == "but") {
                // Back to the "was" of the first verb: "was shot ... and",
                // "was rushed to hospital but died".
                let lo = k.saturating_sub(16);
                let mut j = k - 1;
                let mut was = None;
                while j > lo {
                    j -= 1;
                    let w = self.w(j);
                    if w == "was" {
                        was = Some(j);
                        break;
                    }
                    let killing = self.trig_at[j]
                        .is_some_and(|ti| self.triggers[ti].kind == CountKind::Killed);
                    if killing || matches!(w, "were" | ";" | "." | "and" | "who" | "which") {
                        break;
                    }
                }
                was.filter(|&v| v > 0).and_then(|v| {
                    if matches!(self.w(v - 1), "he" | "she") {
                        return Some((v - 1, v, String::new()));
                    }
                    // "a teacher, Ama Boateng, was": the name or the noun
                    // before it.
                    let before_apposition = || {
                        quants.iter().rev().find(|q| {
                            let e = q.b.max(q.qb).max(q.a + 1);
                            e < v && e + 6 >= v && q.best == Some(1) && !q.zero
                        })
                    };
                    one(v)
                        .or_else(|| (self.w(v - 1) == ",").then(before_apposition).flatten())
                        .map(|q| (q.a, q.b.max(q.qb).max(q.a + 1), q.group.clone()))
                })
            } else {
                None
            };
            let Some((a, b, group)) = subject else {
                continue;
            };
            let span = self.tok_span(a, b).offset(base);
            if out
                .iter()
                .any(|m| m.kind == CountKind::Killed && m.span.overlaps(span))
            {
                continue;
            }
            if let Some(m) = out.iter_mut().find(|m| {
                m.kind == CountKind::Injured && m.span.overlaps(span) && m.best == Some(1)
            }) {
                m.kind = CountKind::Killed;
                m.trigger = trigger;
                continue;
            }
            out.push(CountMention::one_killed(
                span,
                trigger,
                group,
                self.raw(a).to_string(),
            ));
        }
    }

    /// Counts that a later word makes part of a total told just before:
    /// "killed 22 people, at least five children among them" (the marker
    /// comes after the count), and "killed 29 people, one woman who was
    /// pregnant" (one of the people, described by a relative clause).
    fn trailing_subsets(&self, base: usize, out: &mut [CountMention]) {
        const GENERAL: &[&str] = &[
            "",
            "people",
            "persons",
            "civilians",
            "victims",
            "individuals",
            "men",
        ];
        for i in 1..out.len() {
            if out[i].role != CountRole::Additive {
                continue;
            }
            let prev = &out[i - 1];
            let total_before = prev.kind == out[i].kind
                && prev.trigger == out[i].trigger
                && prev.role == CountRole::Additive
                && GENERAL.contains(&prev.victim_group.as_str())
                && prev.best.zip(out[i].best).is_some_and(|(t, p)| p < t)
                && self
                    .lower
                    .get(prev.span.end - base..out[i].span.start - base)
                    .is_some_and(|between| between.trim() == ",");
            if !total_before {
                continue;
            }
            let after = self
                .lower
                .get(out[i].span.end - base..)
                .unwrap_or("")
                .trim_start();
            let marked = [
                "among them",
                "among the dead",
                "among the victims",
                "who ",
                "whose ",
                // "two men, one from the market and the other from the
                // port": where each came from, item by item.
                "from ",
            ]
            .iter()
            .any(|cue| after.starts_with(cue));
            if marked {
                out[i].role = CountRole::Subset;
            }
        }
    }
}

impl Scanner<'_> {
    /// "gunned down three workers, just days after a similar attack killed
    /// 10 labourers": the clause after "days after" or "weeks before" tells
    /// another incident, and its toll is not this one's. "Two days after
    /// the attack, ..." points back to this incident and is left alone, as
    /// is anything after the clause's comma.
    fn drop_earlier_incident(&self, base: usize, out: &mut Vec<CountMention>) {
        if self.cues & CUE_AFTER_BEFORE == 0 {
            return;
        }
        let n = self.toks.len();
        for i in 0..n {
            if !matches!(
                self.w(i),
                "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
            ) || !matches!(self.w(i + 1), "after" | "before")
            {
                continue;
            }
            let same_incident = self.w(i + 2) == "the"
                && matches!(
                    self.w(i + 3),
                    "attack"
                        | "attacks"
                        | "blast"
                        | "blasts"
                        | "bombing"
                        | "explosion"
                        | "incident"
                        | "ambush"
                        | "shooting"
                        | "raid"
                        | "assault"
                );
            // "eight herders abducted the day before were found dead": the
            // phrase closes a description of the subject, and the verb that
            // follows is the sentence's own event, not an earlier one.
            if same_incident || matches!(self.w(i + 2), "were" | "was") {
                continue;
            }
            // "... two days after" closing the text: no clause follows.
            if i + 2 >= n {
                continue;
            }
            let end = (i + 2..n)
                .find(|&k| matches!(self.w(k), "," | ";" | "." | ":"))
                .unwrap_or(n);
            let clause = self.tok_span(i + 2, end.max(i + 3)).offset(base);
            out.retain(|m| !(m.trigger.start >= clause.start && m.trigger.end <= clause.end));
        }
    }

    /// "A total of 31 people died and 64 others were hurt", "a total of
    /// 12 dead and 40 wounded": the total covers the count of the other
    /// kind joined to it by "and" as well; both replace the counts told
    /// before. Runs on `out` sorted by position.
    fn total_of_both_kinds(&self, base: usize, out: &mut [CountMention]) {
        for i in 0..out.len().saturating_sub(1) {
            let total = &out[i];
            let Some(before) = self.lower.get(..total.span.start - base) else {
                continue;
            };
            if total.role != CountRole::Revision || !before.trim_end().ends_with("total of") {
                continue;
            }
            let end = total.span.end.max(total.trigger.end) - base;
            let kind = total.kind;
            let next = &mut out[i + 1];
            let between = self
                .lower
                .get(end..next.span.start.saturating_sub(base))
                .unwrap_or("");
            if next.kind != kind
                && next.role == CountRole::Additive
                && next.span.start - base >= end
                && between.trim() == "and"
            {
                next.role = CountRole::Revision;
            }
        }
    }
}

/// A unit of time after a number ("two days earlier", "48 hours later"):
/// the number measures time, not people.
impl Scanner<'_> {
    /// "Omar, a teacher and activist, was killed": a bare noun after "and"
    /// (at `i`) that follows one person counted with "a" or "an" (the
    /// counted noun ends at `k`) is a second role of that person when the
    /// clause's verb of being is singular. "The president and prime
    /// minister were detained" (plural verb) stays two people. A bare
    /// "former" after the "and" marks a past role of the same person
    /// whatever follows: "killed a teacher and former mayor".
    fn one_person_two_roles(
        &self,
        i: usize,
        k: usize,
        quants: &[Quantity],
        q_end: &[Option<usize>],
    ) -> bool {
        let Some(p) = q_end[k].map(|qj| &quants[qj]) else {
            return false;
        };
        if p.best != Some(1) || p.name || !matches!(self.w(p.a), "a" | "an") {
            return false;
        }
        if self.w(i) == "former" {
            return true;
        }
        let limit = (i + 12).min(self.toks.len());
        for n in i + 1..limit {
            match self.w(n) {
                "was" | "is" | "has" => return true,
                "were" | "are" | "have" | "." | ";" | ":" | "and" => return false,
                _ => {}
            }
        }
        false
    }

    /// "nine relatives of the late mayor", "the wife of a police officer":
    /// one person named by "the", "a" or "an" right after "of" and a counted
    /// noun owns the people counted before; he is not counted himself.
    fn possessor_of_counted(
        &self,
        q: &Quantity,
        quants: &[Quantity],
        q_end: &[Option<usize>],
    ) -> bool {
        if q.a < 2 || self.w(q.a - 1) != "of" || q.best != Some(1) || q.name || q.zero {
            return false;
        }
        if !matches!(self.w(q.a), "the" | "a" | "an") {
            return false;
        }
        q_end[q.a - 2].is_some_and(|pj| {
            let p = &quants[pj];
            !p.group.is_empty() && p.b > p.qb && !p.zero
        })
    }

    /// The noun of people after the name of a body that ends in its
    /// acronym in brackets, from `k` inside the name: "two National
    /// Directorate of Security (NDS) members", "two Central Reserve Police
    /// Force (CRPF) personnel". The name runs over capitalised words and
    /// "of", "and", "for" or "the" between two of them, at most eight
    /// words; a word of the name that names people ("Police") is no head
    /// of the phrase. None when no bracketed acronym and lowercase noun of
    /// people close the name.
    fn noun_after_acronym_name(&self, k: usize) -> Option<usize> {
        let capital = |n: usize| {
            self.is_word(n) && self.raw(n).chars().next().is_some_and(char::is_uppercase)
        };
        let mut n = k;
        while n < k + 8 {
            if self.w(n) == "(" {
                let acronym = self.raw(n + 1);
                let closed = self.w(n + 2) == ")"
                    && acronym.len() >= 2
                    && acronym.chars().all(|c| c.is_ascii_uppercase() || c == '-');
                let h = n + 3;
                let noun = self.is_word(h)
                    && self.raw(h).chars().next().is_some_and(char::is_lowercase)
                    && self.trig_at.get(h).copied().flatten().is_none()
                    && self.person(h).is_some_and(|(g, _)| !g.is_empty());
                return (closed && n > k && noun).then_some(h);
            }
            let linking = matches!(self.w(n), "of" | "and" | "for" | "the")
                && capital(n - 1)
                && capital(n + 1);
            if !(capital(n) || linking) {
                return None;
            }
            n += 1;
        }
        None
    }

    /// Whether a person noun naming a group follows "more" at `k` within
    /// three words that are plain words, such as "Shia" in "eight more Shia
    /// pilgrims".
    fn more_before_group(&self, k: usize) -> bool {
        for n in k + 1..(k + 4).min(self.toks.len()) {
            if !self.is_word(n) || self.trig_at[n].is_some() || self.np_stop(n) {
                return false;
            }
            if let Some((g, _)) = self.person(n) {
                return !g.is_empty();
            }
        }
        false
    }

    /// "Of the seven killed, four were soldiers": a sentence that opens
    /// with "Of the N killed" names a toll told before to break it down;
    /// the number is no new count.
    fn of_the_toll_opening(&self, q: &Quantity, trig: Option<usize>) -> bool {
        let opens = q.a == 2 || (q.a > 2 && matches!(self.w(q.a - 3), "." | ";" | ":"));
        opens
            && self.w(q.a - 1) == "the"
            && self.w(q.a - 2) == "of"
            && q.best.is_some()
            && !q.definite
            && trig.is_some_and(|ti| {
                let t = self.triggers[ti];
                t.a >= q.qb && t.a <= q.b + 1 && self.w(t.b) == ","
            })
    }
}

fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "hour"
            | "hours"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
    )
}

/// "Deaths counted as 3 (the rebels claimed 6 deaths)": a figure in
/// brackets right after a total that replaces the running one is another
/// party's rival figure for the same toll, not more dead.
fn drop_rival_in_brackets(text: &str, base: usize, out: &mut Vec<CountMention>) {
    let mut rival: Vec<(CountKind, Span)> = Vec::new();
    for r in out.iter().filter(|m| m.role == CountRole::Revision) {
        let after = &text[r.span.end - base..];
        let Some(rest) = after.trim_start().strip_prefix('(') else {
            continue;
        };
        let open = r.span.end + (after.len() - rest.len());
        let close = rest.find(')').map_or(text.len() + base, |k| open + k);
        rival.push((r.kind, Span::new(open, close)));
    }
    if rival.is_empty() {
        return;
    }
    out.retain(|m| {
        m.role == CountRole::Revision
            || !rival
                .iter()
                .any(|(kind, b)| m.kind == *kind && m.span.start >= b.start && m.span.end <= b.end)
    });
}

/// Whether the counts of a sentence already hold the attacker's death or a
/// general toll ("killing five people", "12 were killed") that may include
/// it: an attacker's death the sentence implies is then not added.
fn general_toll_or_attacker(out: &[CountMention]) -> bool {
    out.iter().any(|m| {
        m.kind == CountKind::Killed
            && (m.victim_group == "assailants"
                || (m.role != CountRole::Subset
                    && !names_one_person(m)
                    && matches!(
                        m.victim_group.as_str(),
                        "" | "people"
                            | "men"
                            | "persons"
                            | "individuals"
                            | "victims"
                            | "casualties"
                            | "others"
                    )))
    })
}

/// "killing Omar Dulek and two guards": a count of one person the text
/// names is a victim the attacker is not, like "four soldiers", and no
/// general toll. The words are a name when they open on a capital and are
/// no number, article or pronoun ("One", "A man", "He" are general), or
/// on a particle before a capital ("al-Hashimi").
fn names_one_person(m: &CountMention) -> bool {
    let first = m.quantity_text.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    // "al-Hashimi", "el-Baz": a particle written onto the name.
    let bare = ["al-", "el-"]
        .iter()
        .find_map(|p| first.strip_prefix(p))
        .unwrap_or(first);
    m.best == Some(1)
        && bare.starts_with(|c: char| c.is_uppercase())
        && !first.chars().any(|c| c.is_ascii_digit())
        && small_number(&lower).is_none()
        && !matches!(
            lower.as_str(),
            "a" | "an"
                | "the"
                | "another"
                | "someone"
                | "somebody"
                | "he"
                | "she"
                | "his"
                | "her"
                | "him"
                | "it"
                | "this"
                | "that"
        )
}

/// "killing five people, three soldiers and two civilians": when the counts
/// after a general total add up to it exactly, they break the total down
/// and are subsets, not more deaths.
fn mark_breakdowns(out: &mut [CountMention]) {
    let mut i = 0;
    while i < out.len() {
        let head = &out[i];
        let general = matches!(
            head.victim_group.as_str(),
            "" | "people" | "men" | "victims"
        );
        let mut j = i + 1;
        let mut sum: u64 = 0;
        while j < out.len()
            && out[j].trigger == head.trigger
            && out[j].kind == head.kind
            && out[j].role == CountRole::Additive
        {
            sum += u64::from(out[j].best.unwrap_or(0));
            j += 1;
        }
        if general
            && head.role == CountRole::Additive
            && j - i >= 3
            && head.best.is_some_and(|b| u64::from(b) == sum && b > 0)
        {
            for m in &mut out[i + 1..j] {
                m.role = CountRole::Subset;
            }
        }
        i = j.max(i + 1);
    }
}

/// The nouns for attackers that a detonation or "the other" refers back
/// to.
fn is_attacker_noun(w: &str) -> bool {
    matches!(
        w,
        "bomber" | "bombers" | "assailant" | "assailants" | "attacker" | "attackers"
    )
}

fn to_u32(v: u64) -> Option<u32> {
    u32::try_from(v).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct CaseFile {
        case: Vec<Case>,
    }

    #[derive(serde::Deserialize)]
    struct Case {
        name: String,
        text: String,
        #[serde(default)]
        counts: Vec<Expected>,
    }

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Expected {
        kind: String,
        low: Option<u32>,
        best: Option<u32>,
        high: Option<u32>,
        #[serde(default)]
        victim_group: Option<String>,
        #[serde(default)]
        quantity_text: Option<String>,
        #[serde(default)]
        role: Option<String>,
    }

    fn role_str(r: CountRole) -> &'static str {
        match r {
            CountRole::Additive => "additive",
            CountRole::Subset => "subset",
            CountRole::Revision => "revision",
        }
    }

    fn show(m: &CountMention) -> String {
        format!(
            "{} low={:?} best={:?} high={:?} group={:?} q={:?} role={}",
            m.kind.as_str(),
            m.low,
            m.best,
            m.high,
            m.victim_group,
            m.quantity_text,
            role_str(m.role)
        )
    }

    /// A case pins kind and numbers always; group, quantity text and role
    /// when it states them (role defaults to additive).
    fn matches(m: &CountMention, e: &Expected) -> bool {
        m.kind.as_str() == e.kind
            && m.low == e.low
            && m.best == e.best
            && m.high == e.high
            && e.victim_group.as_ref().is_none_or(|g| *g == m.victim_group)
            && e.quantity_text
                .as_ref()
                .is_none_or(|q| *q == m.quantity_text)
            && e.role.as_deref().unwrap_or("additive") == role_str(m.role)
    }

    /// "No death sentences were handed down": "death" says what kind of
    /// sentence, it is no toll of zero; "no deaths were reported" is.
    #[test]
    fn no_death_sentences_is_no_zero_toll() {
        for text in [
            "No death sentences were handed down.",
            "No death threats against the journalists were investigated.",
            "There was no death penalty in the new code.",
        ] {
            let got = extract(text, 0);
            assert!(
                got.iter().all(|c| c.kind != CountKind::Killed),
                "{text}: {got:#?}"
            );
        }
        let got = extract("No deaths were reported.", 0);
        assert!(
            got.iter()
                .any(|c| c.kind == CountKind::Killed && c.best == Some(0)),
            "{got:#?}"
        );
    }

    #[test]
    fn cases() {
        let file: CaseFile =
            toml::from_str(include_str!("../../fixtures/cases/counts.toml")).expect("cases parse");
        let mut failures = Vec::new();
        for case in &file.case {
            let got = extract(&case.text, 0);
            let ok = got.len() == case.counts.len()
                && got.iter().zip(&case.counts).all(|(m, e)| matches(m, e));
            if !ok {
                let got: Vec<String> = got.iter().map(show).collect();
                failures.push(format!(
                    "{}\n  text: {}\n  got:  {:#?}\n  want: {:#?}",
                    case.name, case.text, got, case.counts
                ));
            }
            for m in extract(&case.text, 0) {
                assert!(case.text.get(m.span.start..m.span.end).is_some());
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
    fn spans_are_absolute() {
        let text = "Soldiers killed at least 30 people.";
        let m = &extract(text, 100)[0];
        assert_eq!(m.span, Span::new(100 + 16, 100 + 34));
        assert_eq!(&text[m.trigger.start - 100..m.trigger.end - 100], "killed");
    }

    /// Regression (found by the extract_counts fuzz target): a count that
    /// borrows the trigger of the count before it ("a nurse" in brackets
    /// after "died") had the sentence's offset added to that trigger twice,
    /// pointing past the end of a sentence that does not start the document.
    #[test]
    fn borrowed_trigger_is_offset_once() {
        let text = "At least 9 people (including a teacher) died.";
        for base in [0, 40] {
            let found = extract(text, base);
            assert!(found.len() >= 2, "{found:?}");
            for m in &found {
                let t = Span::new(m.trigger.start - base, m.trigger.end - base);
                assert_eq!(&text[t.start..t.end], "died", "{m:?}");
            }
        }
    }

    /// A tiny deterministic generator: no dependency, same inputs each run.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }
    }

    #[test]
    fn arbitrary_input_never_panics_and_keeps_order() {
        let pieces = [
            "killed",
            "at least",
            "30",
            "1,200",
            "1 200",
            "people",
            "é",
            "’",
            "–",
            "dozens",
            "of",
            "and",
            "were",
            "no one",
            "wounded",
            "twenty-two",
            "a hundred and",
            "5",
            "“",
            "”",
            "including",
            "the toll rose to",
            "between",
            "up to",
            "nearly",
            ",",
            ".",
            "vingt-deux",
            "tués",
            "ﬁ",
            "😀",
            "-",
            "1.5",
            "million",
            "a man",
            "sentenced",
            "to death",
            "himself",
            "%",
            "/",
            "4294967296",
            "99999999999999999999",
            "0",
        ];
        let mut rng = Lcg(7);
        for _ in 0..4000 {
            let n = (rng.next() % 14) as usize;
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(pieces[(rng.next() as usize) % pieces.len()]);
                if rng.next() % 3 != 0 {
                    s.push(' ');
                }
            }
            for m in extract(&s, 3) {
                if let (Some(l), Some(b)) = (m.low, m.best) {
                    assert!(l <= b, "{s:?}: {m:?}");
                }
                if let (Some(b), Some(h)) = (m.best, m.high) {
                    assert!(b <= h, "{s:?}: {m:?}");
                }
                assert!(m.span.start >= 3 && m.span.end <= s.len() + 3);
            }
        }
        // Found by cargo-fuzz: a text that ends right after "days after"
        // (the clause of another incident, empty).
        for s in [
            "Gunmen killed 12 traders two days after",
            "four died, days before",
        ] {
            let _ = extract(s, 0);
        }
        // Raw bytes made into text, every char boundary tested.
        for _ in 0..2000 {
            let bytes: Vec<u8> = (0..(rng.next() % 40))
                .map(|_| (rng.next() % 256) as u8)
                .collect();
            let s = String::from_utf8_lossy(&bytes).to_string() + " killed 3 people";
            let _ = extract(&s, 0);
        }
    }

    /// Number-like pieces, names and slips for the word soups.
    #[rustfmt::skip]
    const SOUP_EXTRA_WORDS: &[&str] = &[
        "twenty-two", "one-hundred", "two-thousand", "quatre-vingt-dix", "vingt-et-un", "5-10",
        "3", "1,200", "1.5", "al-Fahal", "Omar", "Killed", "A", "The", "At", "x-ray", "12-year-old",
        "killled", "kiled", "killling", "thee", "where", "-", ",", ".",
    ];

    /// The words that continue a qualifier, a vague word or a number.
    #[rustfmt::skip]
    const SOUP_GLUE_WORDS: &[&str] = &[
        "of", "than", "least", "most", "to", "the", "a", "an", "hundred", "thousand", "million",
        "dozen", "few", "handful", "couple", "number", "excess", "minimum", "maximum", "moins",
        "de", "d", "à", "many", "as", "fewer", "less", "under", "below", "estimated", "more",
        "dizaines", "centaines", "dizaine", "vingtaine", "centaine", "and", "one", "two",
        "twenty", "twenty-two", "et", "at", "thousands", "people", "civilians", "killed",
        "wounded",
    ];

    /// The scanner's quick refusals (`may_open_number`,
    /// `may_open_quantity`, `qualifier_at`, `vague_at`) refuse only where
    /// the full reading finds nothing, and a word read without `mended` is
    /// the word it gives: checked at every token of 30,000 word soups of
    /// the lexicon's words, number-like pieces and the words that continue
    /// a qualifier, a vague word or a number.
    #[test]
    fn quick_refusals_refuse_only_what_finds_nothing() {
        let (map, _) = lexicon_words();
        let mut vocab: Vec<&str> = map.keys().copied().collect();
        vocab.sort_unstable();
        vocab.extend(SOUP_EXTRA_WORDS);
        let mut rng = Lcg(11);
        for _ in 0..30_000 {
            let n = 1 + (rng.next() % 8) as usize;
            let text = (0..n)
                .map(|_| {
                    if rng.next() % 2 == 0 {
                        SOUP_GLUE_WORDS[(rng.next() as usize) % SOUP_GLUE_WORDS.len()]
                    } else {
                        vocab[(rng.next() as usize) % vocab.len()]
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let lower = text.to_ascii_lowercase();
            let sc = Scanner::new(&text, &lower, tokenize(&text));
            for j in 0..=sc.toks.len() + 1 {
                if j < sc.toks.len() {
                    assert_eq!(sc.words[j], sc.mended(j), "{text:?} at {j}");
                    assert_eq!(sc.facts[j], lex(sc.words[j]), "{text:?} at {j}");
                }
                if !sc.may_open_number(j) {
                    assert_eq!(sc.read_number(j), None, "{text:?} at {j}");
                }
                if !sc.may_open_quantity(j) {
                    assert!(sc.read_quantity(j).is_none(), "{text:?} at {j}");
                }
                let words = sc.words_from(j);
                assert_eq!(sc.qualifier_at(j), qualifier(&words), "{text:?} at {j}");
                assert_eq!(sc.vague_at(j), vague_word(&words), "{text:?} at {j}");
            }
        }
    }

    // ----- Measurement against the gold files (read only, skipped when absent).

    fn gold_path(name: &str) -> Option<std::path::PathBuf> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/gold")
            .join(name);
        p.exists().then_some(p)
    }

    /// Whole-text sum of additive counts of one kind; a revision replaces
    /// the running total, subsets are ignored.
    fn whole_text_total(text: &str, kind: CountKind) -> u32 {
        let mut total = 0u32;
        for m in extract(text, 0) {
            if m.kind != kind {
                continue;
            }
            let v = m.best.unwrap_or(0);
            match m.role {
                CountRole::Additive => total = total.saturating_add(v),
                CountRole::Revision => total = v,
                CountRole::Subset => {}
            }
        }
        total
    }

    #[test]
    #[ignore = "reads ../shared/gold/dev-events.csv; run with --ignored --nocapture"]
    fn measure_dev_events() {
        let Some(path) = gold_path("dev-events.csv") else {
            eprintln!("gold absent: skipped");
            return;
        };
        let mut rdr = csv::Reader::from_path(path).expect("csv");
        let headers = rdr.headers().expect("headers").clone();
        let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
        let (c_src, c_text, c_fat, c_inj) = (
            col("source"),
            col("text"),
            col("fatalities"),
            col("injured"),
        );
        let (c_fit, c_iit) = (col("fatalities_in_text"), col("injured_in_text"));
        let mut per: std::collections::BTreeMap<String, [u32; 4]> = Default::default();
        let mut misses = Vec::new();
        for rec in rdr.records() {
            let rec = rec.expect("record");
            let src = rec[c_src].to_string();
            let text = &rec[c_text];
            let e = per.entry(src.clone()).or_default();
            if &rec[c_fit] == "1" {
                let want: u32 = rec[c_fat]
                    .trim()
                    .parse::<f64>()
                    .map(|v| v as u32)
                    .unwrap_or(0);
                let got = whole_text_total(text, CountKind::Killed);
                e[1] += 1;
                if got == want {
                    e[0] += 1;
                } else {
                    misses.push(format!(
                        "K {src} want {want} got {got}: {}",
                        text.replace('\n', " ")
                    ));
                }
            }
            if &rec[c_iit] == "1" && (src.starts_with("GTD") || src.starts_with("WIKIPEDIA")) {
                let want: u32 = rec[c_inj]
                    .trim()
                    .parse::<f64>()
                    .map(|v| v as u32)
                    .unwrap_or(0);
                let got = whole_text_total(text, CountKind::Injured);
                e[3] += 1;
                if got == want {
                    e[2] += 1;
                } else {
                    misses.push(format!(
                        "I {src} want {want} got {got}: {}",
                        text.replace('\n', " ")
                    ));
                }
            }
        }
        let (mut a, mut b, mut c, mut d) = (0, 0, 0, 0);
        for (src, v) in &per {
            println!(
                "{src:24} fatalities {}/{} = {:.3}   injured {}/{} = {:.3}",
                v[0],
                v[1],
                v[0] as f64 / v[1].max(1) as f64,
                v[2],
                v[3],
                v[2] as f64 / v[3].max(1) as f64
            );
            a += v[0];
            b += v[1];
            c += v[2];
            d += v[3];
        }
        println!(
            "OVERALL fatalities {a}/{b} = {:.3}   injured {c}/{d} = {:.3}",
            a as f64 / b as f64,
            c as f64 / d as f64
        );
        // COUNTS_MISSES=path writes every miss, for study outside the project.
        if let Ok(path) = std::env::var("COUNTS_MISSES") {
            std::fs::write(path, misses.join("\n")).expect("write misses");
        }
        let step = (misses.len() / 30).max(1);
        for m in misses.iter().step_by(step).take(30) {
            println!("{m}");
        }
    }

    /// The counts a careful coder records from the Mali chapter (read from
    /// the gold file at run time, never copied): how many come out with the
    /// right kind and figure inside the quoted words.
    #[test]
    fn amnesty_chapter_events_when_present() {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/amnesty-mali-2021.txt");
        let (Ok(text), Some(events)) = (
            std::fs::read_to_string(p),
            gold_path("amnesty-mali-2021.events.csv"),
        ) else {
            return;
        };
        let got = extract(&text, 0);
        let mut rdr = csv::Reader::from_path(events).expect("csv");
        let headers = rdr.headers().expect("headers").clone();
        let (mut hits, mut total) = (0, 0);
        for rec in rdr.records() {
            let rec = rec.expect("record");
            let quote = &rec[0];
            let Some(at) = text.find(quote) else { continue };
            let span = Span::new(at, at + quote.len());
            for (col, kind) in [
                ("killed", CountKind::Killed),
                ("injured", CountKind::Injured),
                ("arrested", CountKind::Arrested),
                ("disappeared", CountKind::Disappeared),
                ("tortured", CountKind::Tortured),
            ] {
                let i = headers.iter().position(|h| h == col).expect(col);
                let want = rec[i].trim();
                if want.is_empty() {
                    continue;
                }
                total += 1;
                let inside: Vec<&CountMention> = got
                    .iter()
                    .filter(|m| m.kind == kind && span.overlaps(m.span))
                    .collect();
                let sum: u32 = inside
                    .iter()
                    .filter(|m| m.role == CountRole::Additive)
                    .filter_map(|m| m.best)
                    .sum();
                let ok = want == sum.to_string()
                    || inside
                        .iter()
                        .any(|m| want.ends_with(m.quantity_text.to_lowercase().as_str()));
                hits += usize::from(ok);
                if !ok {
                    eprintln!("missed {col}={want}: {quote}");
                }
            }
        }
        eprintln!("Mali chapter counts: {hits}/{total}");
        // Named single persons ("Moussa Keita was detained") are not counted
        // by this extractor; every numbered count must be.
        assert!(hits >= 14, "{hits}/{total}");
    }

    #[test]
    fn amnesty_chapter_when_present() {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/amnesty-mali-2021.txt");
        let Ok(text) = std::fs::read_to_string(p) else {
            return;
        };
        let got = extract(&text, 0);
        for m in &got {
            eprintln!("{:<70} | {}", &text[m.span.start..m.span.end], show(m));
        }
        // No number of the not-casualties list may come out as a count.
        if let Some(nc) = gold_path("amnesty-mali-2021.not-casualties.csv") {
            let mut rdr = csv::Reader::from_path(nc).expect("csv");
            for rec in rdr.records() {
                let quote = rec.expect("record")[0].to_string();
                let at = text.find(&quote).expect("quote in text");
                let span = Span::new(at, at + quote.len());
                let bad: Vec<String> = got
                    .iter()
                    .filter(|m| span.overlaps(m.span))
                    .map(show)
                    .collect();
                assert!(bad.is_empty(), "{quote}: {bad:?}");
            }
        }
    }
}

#[cfg(test)]
mod debug {
    /// `COUNTS_FUZZ=path cargo test --lib counts::debug -- --nocapture`:
    /// every window of a real text, cut at char boundaries, must not panic
    /// and must keep low <= best <= high.
    #[test]
    fn fuzz_env() {
        let Ok(path) = std::env::var("COUNTS_FUZZ") else {
            return;
        };
        let text = std::fs::read_to_string(path).expect("read");
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(7).collect();
        for (n, &a) in bounds.iter().enumerate() {
            for &b in bounds[n + 1..].iter().take(40) {
                for m in super::extract(&text[a..b], a) {
                    assert!(m.low <= m.best || m.low.is_none() || m.best.is_none());
                    assert!(m.span.end <= b);
                }
            }
        }
    }

    /// `COUNTS_SHOW="sentence|sentence" cargo test --lib counts::debug -- --nocapture`
    /// prints what the extractor finds; a tool for writing rules.
    #[test]
    fn show_env() {
        let Ok(s) = std::env::var("COUNTS_SHOW") else {
            return;
        };
        for text in s.split('|') {
            println!("{text}");
            for m in super::extract(text, 0) {
                println!("   {:?}", m);
            }
        }
    }
}

#[cfg(test)]
mod speed {
    /// `cargo test --release --lib counts::speed -- --ignored --nocapture`:
    /// throughput on the Mali chapter repeated, sentence by sentence.
    #[test]
    #[ignore = "timing; run in release"]
    fn throughput() {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/amnesty-mali-2021.txt");
        let Ok(text) = std::fs::read_to_string(p) else {
            return;
        };
        let sentences: Vec<&str> = text.split_inclusive(". ").collect();
        let start = std::time::Instant::now();
        let mut bytes = 0usize;
        let mut found = 0usize;
        for _ in 0..300 {
            for s in &sentences {
                found += super::extract(s, 0).len();
                bytes += s.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!("{:.1} MB/s ({found} counts)", bytes as f64 / secs / 1e6);
    }
}
