//! From a sentence to place mentions: candidate spans, namesake choice,
//! unlisted villages, and the words that look like places and are not.
//!
//! The sentence is cut into word tokens once. Country words come from the
//! country table's automaton; gazetteer candidates from folded word n-grams
//! (longest first) that start with a capital; unlisted places from cue
//! patterns ("the village of X", "X village", "in X (Mopti region)").
//! Every candidate is then checked against the company it keeps: a place
//! name glued to another capitalised name ("Katiba Macina", "Moctar Ouane")
//! is part of that name, and a place name that is an English word ("Police",
//! "Said") needs a cue ("in Said").

use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;

use super::countries::{self, CountryWordKind};
use super::gazetteer::{fold_into, gazetteer, plain_name, Entry, Gazetteer, Place, NONE};
use super::{PlaceContext, PlaceKind, PlaceMention};
use crate::extract::{is_word_char, word_after, Span};

#[derive(Clone, Debug)]
struct Token<'a> {
    start: usize,
    end: usize,
    /// Folded (`fold_into`), borrowed from one buffer per sentence.
    folded: &'a str,
    /// Starts with an upper-case letter.
    capital: bool,
    /// An ASCII word, whose folded form is its own bytes in the sentence
    /// lower-cased (`Sentence::lower`).
    in_place: bool,
    /// `is_unlisted_word`'s answer, once asked: the unlisted-name scan asks
    /// it of a word several times (as a name's first word, as the word
    /// after an opener, as a word going on a name), and each answer is up
    /// to six hashed look-ups.
    unlisted_word: Cell<Option<bool>>,
}

/// Lower-case words allowed inside a multi-word place name
/// ("Deir ez-Zor", "Sant Julià de Lòria", "Isle of Man").
const PARTICLES: &[&str] = &[
    "de", "del", "della", "des", "du", "la", "le", "les", "el", "al", "ad", "ar", "as", "an", "az",
    "ash", "at", "ath", "ez", "es", "en", "y", "da", "do", "dos", "das", "di", "van", "der", "den",
    "am", "im", "bin", "ibn", "bou", "ben", "wa", "sur", "sous", "of", "on", "upon", "e", "i", "d",
    "l",
];

/// Capitalised words that open a sentence or a name without being part of
/// a place's name.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "in",
    "on",
    "at",
    "a",
    "an",
    "from",
    "near",
    "to",
    "and",
    "of",
    "for",
    "by",
    "with",
    "between",
    "around",
    "during",
    "after",
    "before",
    "since",
    "while",
    "when",
    "where",
    "this",
    "that",
    "these",
    "those",
    "several",
    "some",
    "many",
    "also",
    "but",
    "or",
    "as",
    "into",
    "outside",
    "inside",
    "across",
    "towards",
    "toward",
    "through",
    "via",
    "according",
    "over",
    "under",
    "about",
    "against",
    "among",
    "within",
    "without",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "upper",
    "lower",
    "greater",
    "middle",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// Words after a name that make it an administrative unit, and the level.
fn unit_word(word: &str) -> Option<UnitLevel> {
    Some(match word {
        "region" | "regions" | "province" | "provinces" | "state" | "governorate" | "oblast"
        | "wilaya" | "departement" | "department" | "krai" | "emirate" => UnitLevel::Admin1,
        "cercle" | "district" | "county" | "prefecture" | "municipality" | "lga"
        | "subprefecture" | "rayon" | "division" | "tehsil" | "territory" | "zone" => {
            UnitLevel::Admin2
        }
        "commune" | "village" | "town" | "city" | "area" | "neighbourhood" | "neighborhood"
        | "quarter" | "locality" | "hamlet" | "camp" | "settlement" | "township" | "suburb"
        | "valley" | "axis" | "sector" | "forest" | "villages" | "towns" | "frontline"
        | "areas" | "communes" | "tambon" | "seaport" | "sanctuary" => UnitLevel::Local,
        _ => return None,
    })
}

/// "clashed with the Kandahar Division" in a report on Syria: a name
/// before a capitalised Division names an army's or an armed group's unit
/// when the gazetteer holds it only outside the document's country; a
/// division that is a country's unit ("Dhaka Division", "Sagaing
/// Division") is listed there.
fn unit_named_division(
    gaz: &Gazetteer,
    sentence: &Sentence,
    c: &Candidate,
    ctx_iso2: Option<&str>,
) -> bool {
    if c.unit_len != 1 || c.to - c.unit_len <= c.from {
        return false;
    }
    // An unlisted name may be a unit spelled otherwise ("Ayeyarwaddy
    // Division"), matched later.
    let listed_abroad = match &c.what {
        What::Gazetteer(entries) => {
            ctx_iso2.is_some_and(|cc| !entry_countries(gaz, entries).contains(&cc))
        }
        _ => false,
    };
    if !listed_abroad {
        return false;
    }
    let unit = &sentence.tokens[c.to - 1];
    &sentence.text[unit.start..unit.end] == "Division"
}

/// "a Forest Department office", "the Flood Control Department": a
/// capitalised Department after an English word names a government body,
/// not a country's department, unless the gazetteer holds the name in the
/// document's country ("the Pool Department" in a report on Congo).
fn government_department(
    gaz: &Gazetteer,
    sentence: &Sentence,
    c: &Candidate,
    ctx_iso2: Option<&str>,
) -> bool {
    let tokens = &sentence.tokens;
    let name_to = c.to - c.unit_len;
    if c.unit != Some(UnitLevel::Admin1) || c.unit_len != 1 || name_to <= c.from {
        return false;
    }
    let unit = &tokens[c.to - 1];
    if &sentence.text[unit.start..unit.end] != "Department"
        || !gaz.is_common_word(tokens[name_to - 1].folded)
    {
        return false;
    }
    let at_home = |entries: &[Entry]| {
        ctx_iso2.is_some_and(|cc| {
            entries.iter().any(|&e| match e {
                Entry::Admin1(a) => gaz.admin1[a as usize].cc == cc,
                Entry::Admin2(a) => gaz.admin2[a as usize].cc == cc,
                Entry::Place(p) => gaz.places[p as usize].cc == cc,
            })
        })
    };
    !matches!(&c.what, What::Gazetteer(entries) if at_home(entries))
}

/// "Kurram Agency", "Orakzai Agency": Pakistan's former tribal districts
/// were called agencies, and the word is a unit only after the name of
/// one of its districts: "the Federal Agency for ..." or "the Kestrel
/// Energy Agency" is a body, not a place.
fn agency_of_a_district(gaz: &Gazetteer, word: &str, what: &What) -> Option<UnitLevel> {
    let district = |e: &Entry| matches!(e, Entry::Admin2(a) if gaz.admin2[*a as usize].cc == "PK");
    (word == "agency" && matches!(what, What::Gazetteer(entries) if entries.iter().any(district)))
        .then_some(UnitLevel::Admin2)
}

/// A unit word read only after a name: "near Kelto Lake" is the lake's
/// place, as "Kelto Valley" is, but "Lake" before a name opens it ("Lake
/// Dunamo"). A lake is a place only where a place cue comes before its
/// name ("near Kelto Lake", "in the Kelto Lake region"); without one the
/// name mostly describes people or things ("protest by Kelto Lake
/// residents") and the town they are from stays the place.
fn unit_word_after_name(sentence: &Sentence, from: usize, word: &str) -> Option<UnitLevel> {
    unit_word(word).or_else(|| {
        let mut prev = sentence.prev_word(from);
        if prev == Some("the") && from >= 1 {
            prev = sentence.prev_word(from - 1);
        }
        (word == "lake" && prev.is_some_and(place_cue)).then_some(UnitLevel::Local)
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitLevel {
    Admin1,
    Admin2,
    Local,
}

/// Capitalised words after a place name that keep it a place
/// ("Gao Airport", "Kidal Governor", "Bamako Appeal Court").
const FACILITY_WORDS: &[&str] = &[
    "airport",
    "camp",
    "market",
    "hospital",
    "prison",
    "university",
    "mosque",
    "church",
    "bridge",
    "road",
    "checkpoint",
    "station",
    "base",
    "stadium",
    "square",
    "governor",
    "mayor",
    "police",
    "court",
    "appeal",
    "tribunal",
    "high",
    "central",
    "hotel",
    "highway",
    "river",
    "lake",
    "dam",
    "border",
    "crossing",
    "city",
    "town",
    "village",
    "region",
    "province",
    "state",
    "district",
    "cercle",
    "commune",
    "county",
    "governorate",
    "area",
    "municipality",
    "prefecture",
    "zone",
    "division",
    "oblast",
    "rayon",
    "quarter",
    "neighbourhood",
    "neighborhood",
    "sector",
    "axis",
    "forest",
    "valley",
    "junction",
    "district's",
    "school",
    "barracks",
    "garrison",
    "port",
    "harbour",
    "harbor",
    "refugee",
    "idp",
    "primary",
    "secondary",
    "gendarmerie",
    "military",
    "army",
    "security",
    "local",
    "regional",
    "municipal",
    "town's",
    "city's",
    "lga",
    "territory",
];

/// Capitalised words that are never a place by themselves, whatever the
/// gazetteer holds (months, days, titles, faiths, institutions).
const NEVER_PLACES: &[&str] = &[
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "president",
    "minister",
    "prime",
    "general",
    "colonel",
    "captain",
    "commander",
    "army",
    "police",
    "government",
    "ministry",
    "islamic",
    "islam",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "god",
    "allah",
    "un",
    "eu",
    "au",
    "ecowas",
    "minusma",
    "amnesty",
    "international",
    "human",
    "rights",
    "watch",
    "national",
    "assembly",
    "council",
    "court",
    "day",
    "independence",
    "republic",
    "state",
    "states",
    "united",
    "nations",
    "union",
    "african",
    "france",
    "barkhane",
    "operation",
    // "Terminal 2": a building's part; GeoNames holds a Mexican village.
    "terminal",
    "jnim",
    "isis",
    "isil",
    "is",
    "aqim",
    "boko",
    "haram",
    "fama",
    "dozo",
    "dozos",
    "fulani",
    "peul",
    "peuls",
    "dogon",
    "dogons",
    "bambara",
    "tuareg",
    "tuaregs",
    "arab",
    "arabs",
    "kurd",
    "kurds",
    "katiba",
    "ansar",
    "macina",
    "dine",
    "gsim",
    "mujao",
    "alqaeda",
    "qaeda",
    "alshabaab",
    "shabaab",
    "alshabab",
    "shabab",
    "taliban",
    "maoist",
    "maoists",
    "naxal",
    "naxals",
    "naxalite",
    "naxalites",
    "hezbollah",
    "hamas",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sheikh",
    "imam",
    "king",
    "queen",
    "prince",
    "royal",
    "pope",
    "saint",
    "covid",
    "ebola",
    "molotov",
    "coronavirus",
    "reuters",
    "afp",
    "bbc",
    "twitter",
    "facebook",
    "whatsapp",
    "english",
    "french",
    "arabic",
    "internet",
    "gendarmerie",
    "forces",
    "military",
    "africa",
    "europe",
    "asia",
    "sahel",
    "maghreb",
    "oceania",
    "antarctica",
    "arctic",
    "caribbean",
    "americas",
    "sahara",
    "levant",
    "balkans",
    "caucasus",
];

/// Peoples, ethnic groups, faiths and sects, singular, plural and
/// adjective: "the Shia pilgrims", "a Hazara shopkeeper", "Songhai
/// villagers" name people, not places, whatever namesake the gazetteer
/// holds. Written for the whole world from general knowledge. Names that
/// stand bare for a region as well ("in Rakhine", "in Tigray", "Shan",
/// "Amhara", "Afar", "Somali") are left out: a unit word is not always
/// written after them.
const PEOPLES: &[&str] = &[
    // Faiths and sects.
    "shia",
    "shias",
    "shiite",
    "shiites",
    // A common misspelling of Shiite.
    "shite",
    "shi'ite",
    "shi'ites",
    "shi'a",
    "sunni",
    "sunnis",
    "sufi",
    "sufis",
    "alawite",
    "alawites",
    "alawi",
    "druze",
    "ismaili",
    "ismailis",
    "ahmadi",
    "ahmadis",
    "ahmadiyya",
    "yazidi",
    "yazidis",
    "yezidi",
    "yezidis",
    "hindu",
    "hindus",
    "sikh",
    "sikhs",
    "buddhist",
    "buddhists",
    "jewish",
    "jews",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "orthodox",
    "coptic",
    "copt",
    "copts",
    "maronite",
    "maronites",
    "chaldean",
    "chaldeans",
    "evangelical",
    "evangelicals",
    "pentecostal",
    "salafi",
    "salafis",
    "salafist",
    "salafists",
    "wahhabi",
    "deobandi",
    "barelvi",
    "bahai",
    "baha'i",
    "zoroastrian",
    "jain",
    "jains",
    "animist",
    "animists",
    "christianity",
    "hinduism",
    "buddhism",
    "judaism",
    // Africa.
    "fula",
    "fulbe",
    "peuhl",
    "peuhls",
    "fulanis",
    "bambaras",
    "touareg",
    "touaregs",
    "songhai",
    "songhay",
    "sonrai",
    "bozo",
    "bozos",
    "mossi",
    "hausa",
    "haoussa",
    "yoruba",
    "igbo",
    "ibo",
    "ijaw",
    "tiv",
    "kanuri",
    "berom",
    "jukun",
    "kikuyu",
    "luo",
    "kalenjin",
    "luhya",
    "kamba",
    "maasai",
    "masai",
    "oromo",
    "tigrayan",
    "tigrayans",
    "gurage",
    "hutu",
    "hutus",
    "tutsi",
    "tutsis",
    "twa",
    "hema",
    "lendu",
    "banyamulenge",
    "nande",
    "bembe",
    "zulu",
    "xhosa",
    "shona",
    "dinka",
    "nuer",
    "shilluk",
    "murle",
    "masalit",
    "zaghawa",
    "baggara",
    "misseriya",
    "rizeigat",
    "berber",
    "berbers",
    "amazigh",
    "bedouin",
    "bedouins",
    "toubou",
    "tebu",
    "zarma",
    "djerma",
    "wolof",
    "serer",
    "diola",
    "jola",
    "mandinka",
    "malinke",
    "soninke",
    "senufo",
    "gourmantche",
    "konkomba",
    "dagomba",
    "ewe",
    "ashanti",
    "bamileke",
    "gbaya",
    "kurdish",
    // Asia and Europe.
    "hazara",
    "hazaras",
    "pashtun",
    "pashtuns",
    "pashtoon",
    "pathan",
    "pathans",
    "tajiks",
    "uzbeks",
    "baloch",
    "baluch",
    "balochi",
    "sindhi",
    "sindhis",
    "punjabi",
    "punjabis",
    "muhajir",
    "mohajir",
    "rohingya",
    "rohingyas",
    "kuki",
    "meitei",
    "bodo",
    "bodos",
    "santhal",
    "adivasi",
    "adivasis",
    "dalit",
    "dalits",
    "tamil",
    "tamils",
    "sinhalese",
    "sinhala",
    "uighur",
    "uighurs",
    "uyghur",
    "uyghurs",
    "tibetan",
    "tibetans",
    "lumad",
    "moro",
    "acehnese",
    "papuan",
    "papuans",
    "madurese",
    "dayak",
    "hmong",
    "basque",
    "basques",
    "chechen",
    "chechens",
    "ingush",
    "avar",
    "avars",
    "lezgin",
    "ossetian",
    "ossetians",
    "circassian",
    "circassians",
    "turkmen",
    "roma",
    "sinti",
];

/// Preceding words that say the next name is a place; "of" and "to" are
/// left out ("Ministry of Labor", "to Said").
fn place_cue(prev: &str) -> bool {
    matches!(
        prev,
        "in" | "near"
            | "at"
            | "around"
            | "outside"
            | "from"
            | "towards"
            | "toward"
            | "between"
            | "into"
            | "across"
            | "via"
            | "through"
            | "within"
            | "inside"
    )
}

/// "central", "northern", "south-western": the part of a place a cue
/// may stand before ("in central Van").
fn part_of_place_word(w: &str) -> bool {
    w == "central" || w.strip_suffix("ern").is_some_and(is_compass)
}

/// "(coded as Hombori at geoprecision 2)", "coded to Athens": ACLED's
/// notes name the place the event was coded to.
fn coded_as(sentence: &Sentence, i: usize) -> bool {
    i >= 2
        && sentence
            .prev_word(i)
            .is_some_and(|w| matches!(w, "as" | "to" | "at"))
        && sentence.prev_word(i - 1) == Some("coded")
}

/// Preceding words that say the place is only near the event.
fn near_cue(prev: &str) -> bool {
    matches!(
        prev,
        "near" | "around" | "outside" | "from" | "towards" | "toward"
    )
}

struct Sentence<'a> {
    text: &'a str,
    /// `text` in ASCII lower case, then the folded forms of the words
    /// beyond ASCII.
    lower: &'a str,
    tokens: Vec<Token<'a>>,
    /// `gaps[i]` is the text between tokens `i` and `i + 1` and what it
    /// allows, worked out once: the resolver asks whether a word follows
    /// another after whitespace, or is joined or hyphened to it, several
    /// times for every word of every sentence.
    gaps: Vec<Gap<'a>>,
}

/// The text between two neighbouring tokens, and what it says about them.
struct Gap<'a> {
    text: &'a str,
    /// `GAP_*` bits.
    flags: u8,
}

/// The ASCII letters and digits, by byte: `is_word_char` of an ASCII
/// char, and false for every byte beyond ASCII.
const ASCII_WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Only whitespace between the two tokens (`prev_word`).
const GAP_WHITESPACE: u8 = 1;
/// Exactly one space.
const GAP_SPACE: u8 = 16;
/// Only whitespace and hyphens (`next_word`).
const GAP_WHITESPACE_OR_HYPHEN: u8 = 2;
/// The two tokens can sit inside one name (`joined`).
const GAP_JOINED: u8 = 4;
/// The two tokens are halves of one hyphenated word (`hyphen_between`).
const GAP_HYPHEN: u8 = 8;

impl<'a> Sentence<'a> {
    /// Cut `text` into word tokens, folding them all into `buf` (one
    /// allocation per sentence rather than one per word).
    fn new(text: &'a str, buf: &'a mut String) -> Sentence<'a> {
        // The whole sentence in ASCII lower case: an ASCII word's folded
        // form is its own bytes there (folding an ASCII word only lowers
        // its case), and the other words' folded forms go after it. One
        // copy and one pass for the sentence instead of a copy and a pass
        // per word.
        buf.clear();
        buf.reserve(text.len() + text.len() / 2);
        buf.push_str(text);
        buf.make_ascii_lowercase();
        // (start, end, folded start, folded end, capital)
        let mut spans: Vec<(usize, usize, usize, usize, bool)> =
            Vec::with_capacity(text.len() / 4 + 1);
        let mut word = String::new();
        let mut push = |s: usize, e: usize, ascii: bool, buf: &mut String| {
            let w = &text[s..e];
            if ascii {
                spans.push((s, e, s, e, w.as_bytes()[0].is_ascii_uppercase()));
            } else {
                fold_into(w, &mut word);
                let from = buf.len();
                buf.push_str(&word);
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                spans.push((s, e, from, buf.len(), capital));
            }
        };
        // Words are runs of `is_word_char`, read a byte at a time where the
        // text is ASCII (where `is_word_char` is `is_ascii_alphanumeric`)
        // and a char at a time elsewhere: the same runs as a walk over
        // `char_indices`.
        let bytes = text.as_bytes();
        // Whether the char at `at` (a char boundary) is a word char, and
        // its length.
        let char_at = |at: usize| -> (bool, usize) {
            let b = bytes[at];
            if b.is_ascii() {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = text[at..].chars().next().unwrap_or_default();
                (is_word_char(c), c.len_utf8())
            }
        };
        let mut i = 0;
        while i < bytes.len() {
            let (is_word, len) = char_at(i);
            i += len;
            if !is_word {
                continue;
            }
            let start = i - len;
            let mut ascii = len == 1;
            loop {
                // ASCII letters and digits, most of a word, in a tight loop.
                while i < bytes.len() && ASCII_WORD_BYTES[usize::from(bytes[i])] {
                    i += 1;
                }
                // A word goes on through a char beyond ASCII that is a
                // word char, and ends at any other.
                if i < bytes.len() && !bytes[i].is_ascii() {
                    let (is_word, len) = char_at(i);
                    if is_word {
                        ascii = false;
                        i += len;
                        continue;
                    }
                }
                break;
            }
            push(start, i, ascii, buf);
        }
        let buf: &'a str = buf;
        let tokens: Vec<Token<'a>> = spans
            .into_iter()
            .map(|(start, end, fs, fe, capital)| Token {
                start,
                end,
                folded: &buf[fs..fe],
                capital,
                in_place: fs == start,
                unlisted_word: Cell::new(None),
            })
            .collect();
        let gaps = (1..tokens.len())
            .map(|right| {
                let left = right - 1;
                let gap = &text[tokens[left].end..tokens[right].start];
                // The usual gap, one space, answered at once.
                let flags = if gap == " " {
                    GAP_SPACE | GAP_WHITESPACE | GAP_WHITESPACE_OR_HYPHEN | GAP_JOINED
                } else {
                    let mut flags = 0;
                    if gap.chars().all(char::is_whitespace) {
                        flags |= GAP_WHITESPACE;
                    }
                    if gap.chars().all(|c| c.is_whitespace() || c == '-') {
                        flags |= GAP_WHITESPACE_OR_HYPHEN;
                    }
                    if joined_by(gap, &tokens[left], &tokens[right]) {
                        flags |= GAP_JOINED;
                    }
                    if hyphened_by(text, &tokens, left, gap) {
                        flags |= GAP_HYPHEN;
                    }
                    flags
                };
                Gap { text: gap, flags }
            })
            .collect();
        Sentence {
            text,
            lower: buf,
            tokens,
            gaps,
        }
    }

    /// The text between two tokens.
    fn gap(&self, left: usize, right: usize) -> &str {
        if right == left + 1 {
            self.gaps[left].text
        } else {
            &self.text[self.tokens[left].end..self.tokens[right].start]
        }
    }

    /// Whether tokens `i` and `i + 1` can sit inside one name (see
    /// `joined_by`); false after the last token, which nothing follows.
    fn joined(&self, i: usize) -> bool {
        self.gaps.get(i).is_some_and(|g| g.flags & GAP_JOINED != 0)
    }

    /// Tokens `i` and `i + 1` are halves of one hyphenated word (see
    /// `hyphened_by`); false after the last token.
    fn hyphen_between(&self, i: usize) -> bool {
        self.gaps.get(i).is_some_and(|g| g.flags & GAP_HYPHEN != 0)
    }

    fn prev_word(&self, i: usize) -> Option<&str> {
        if i == 0 {
            return None;
        }
        if self.gaps[i - 1].flags & GAP_WHITESPACE != 0 {
            Some(self.tokens[i - 1].folded)
        } else {
            None
        }
    }

    fn next_word(&self, end: usize) -> Option<&str> {
        if end >= self.tokens.len() {
            return None;
        }
        if self.gaps[end - 1].flags & GAP_WHITESPACE_OR_HYPHEN != 0 {
            Some(self.tokens[end].folded)
        } else {
            None
        }
    }

    /// The folded words `from..to` joined by single spaces, as the
    /// gazetteer's keys are written: borrowed from the lower-cased sentence
    /// where it holds them so (ASCII words one space apart, most names),
    /// else built.
    fn key(&self, from: usize, to: usize) -> Cow<'a, str> {
        if from < to
            && self.tokens[from..to].iter().all(|t| t.in_place)
            && self.gaps[from..to - 1]
                .iter()
                .all(|g| g.flags & GAP_SPACE != 0)
        {
            return Cow::Borrowed(&self.lower[self.tokens[from].start..self.tokens[to - 1].end]);
        }
        Cow::Owned(self.built_key(from, to))
    }

    fn built_key(&self, from: usize, to: usize) -> String {
        // Room for the whole key at once (the words and a space after each).
        let mut key = String::with_capacity(
            self.tokens[from..to]
                .iter()
                .map(|t| t.folded.len() + 1)
                .sum(),
        );
        for t in &self.tokens[from..to] {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(t.folded);
        }
        key
    }
}

/// Whether a gap lets the tokens either side of it sit inside one name:
/// only spaces, a hyphen or an apostrophe between them ("Koulogon-Peul",
/// "N'Djamena", "St. Louis").
fn joined_by(gap: &str, left: &Token, right: &Token) -> bool {
    if gap.len() > 4 || gap.contains('\n') {
        return false;
    }
    // "J&K": initials joined by an ampersand abbreviate one name.
    if gap == "&" {
        let initial = |t: &Token| t.capital && t.folded.len() == 1;
        return initial(left) && initial(right);
    }
    gap.chars().all(|c| {
        c == ' '
            || c == '-'
            || c == '\''
            || c == '’'
            || c == '‘'
            || c == '\u{a0}'
            || (c == '.' && left.folded.len() <= 3 && left.capital)
    })
}

/// Whether `gap`, the text between tokens `i` and `i + 1`, makes them
/// halves of one hyphenated word.
fn hyphened_by(text: &str, tokens: &[Token], i: usize, gap: &str) -> bool {
    // "Dar'a", "Ma'arrat", "Ba'quba": an apostrophe inside a word
    // joins too, when a lower-case part follows it ("Freddy's" is a
    // possessive, not a name).
    gap == "-"
        || gap == "\u{2011}"
        || ((gap == "'" || gap == "’") && !tokens[i + 1].capital && tokens[i + 1].folded != "s")
        || (gap == "- " && pdf_line_hyphen(text, tokens, i))
}

/// "Stoke- on-Trent": text taken from a PDF keeps a hyphen that ended
/// a line with the space that replaced the line break. A lower-case
/// word after it that goes on, hyphened, to a capitalised word is the
/// middle of one hyphened name, not a new word ("Anti- terrorism" and
/// "Fatah- led" stay apart: nothing capitalised is hyphened on).
fn pdf_line_hyphen(text: &str, tokens: &[Token], i: usize) -> bool {
    i + 2 < tokens.len()
        && tokens[i].capital
        && !tokens[i + 1].capital
        && tokens[i + 1].folded.len() <= 3
        && &text[tokens[i + 1].end..tokens[i + 2].start] == "-"
        && tokens[i + 2].capital
}

/// A span found in the sentence, before resolution.
#[derive(Clone, Debug)]
struct Candidate {
    /// Token range [from, to).
    from: usize,
    to: usize,
    what: What,
    /// A unit word follows ("region", "Cercle", "village") and was taken
    /// into the span.
    unit: Option<UnitLevel>,
    /// A word before says it is a place ("in", "village of").
    cued: bool,
    /// The cue stands before a part of the place ("in central Van"):
    /// enough for a listed town, not to make a village of a name the
    /// gazetteer holds only as a region ("in central Sinai").
    cued_part: bool,
    near: bool,
    /// How many unit words the span took after the name ("district
    /// center" is two).
    unit_len: usize,
    /// Part of a facility's name ("Eidgah Market", "Columbine High
    /// School"): the place only if the sentence names no other.
    facility: bool,
}

impl Candidate {
    /// A span found by name alone: no unit word taken, no cue seen yet.
    fn new(from: usize, to: usize, what: What) -> Candidate {
        Candidate {
            from,
            to,
            what,
            unit: None,
            cued: false,
            cued_part: false,
            near: false,
            facility: false,
            unit_len: 0,
        }
    }
}

/// Capitalised words after a name that make it a street's name.
const STREET_WORDS: &[&str] = &[
    "road",
    "street",
    "st",
    "avenue",
    "ave",
    "highway",
    "boulevard",
    "blvd",
    "lane",
    "alley",
    "expressway",
    "motorway",
    "drive",
    "rd",
];

/// Capitalised words after a name that make it a building's or a site's name.
const BUILDING_WORDS: &[&str] = &[
    "market",
    "school",
    "high",
    "university",
    "college",
    "hospital",
    "clinic",
    "mosque",
    "temple",
    "church",
    "cathedral",
    "shrine",
    "station",
    "gate",
    "tunnel",
    "bridge",
    "airport",
    "stadium",
    "hotel",
    "prison",
    "jail",
    "bazaar",
    "mall",
    "plaza",
    "park",
    "tower",
    "palace",
    "cinema",
    "theatre",
    "theater",
    "club",
    "restaurant",
    "cafe",
    "bank",
    "office",
    "building",
    "nightclub",
    "supermarket",
    "farm",
    "factory",
    "monument",
    "masjid",
    "imambargah",
    "madrasa",
    "madrassa",
    "embassy",
    "consulate",
    "warehouse",
    "courthouse",
    "museum",
    "mausoleum",
    "synagogue",
];

/// Capitalised words after a name that make it an organisation's name.
const ORG_WORDS: &[&str] = &[
    "brigade",
    "brigades",
    "battalion",
    "regiment",
    "front",
    "movement",
    "party",
    "group",
    "militia",
    "forces",
    "force",
    "corps",
    "council",
    "committee",
    "union",
    "association",
    "liberation",
    "company",
    "tigers",
    "rifles",
    "army",
    "coalition",
    "alliance",
    "network",
    "foundation",
    "institute",
    "organization",
    "organisation",
    "federation",
    "brotherhood",
    // "a candidate from the Kelto Assembly seat", "the Dunamo Assembly
    // passed a bill": a legislature or an electoral seat named after the
    // town or region it serves is a body, not where the act was. ("Branch"
    // was measured too and left out: "the X Branch of a committee" made an
    // annual-report event take the region X, and won no dev row.)
    "assembly",
    // "the Dunamo Operation": a military operation named after a place.
    "operation",
    // A company's or a club's: "Dunamo Mining Corp.", "Ketara FC".
    "corp",
    "corporation",
    "inc",
    "ltd",
    "fc",
    "cf",
];

#[derive(Clone, Debug)]
enum What {
    Country(usize),
    Gazetteer(Vec<Entry>),
    /// A name the gazetteer lacks, found by a cue.
    Unlisted,
}

/// Evidence the sentence gives about where things are.
#[derive(Default)]
struct Evidence {
    /// ISO2 codes of countries named (by name) in the sentence.
    countries: Vec<String>,
    /// ISO2 codes of demonyms.
    demonym_countries: Vec<String>,
    /// Admin1 indexes named in the sentence.
    admin1: Vec<u32>,
    admin2: Vec<u32>,
    /// Per gazetteer candidate (by its first token), the countries where
    /// the sentence's other listed names have a namesake, with a weight:
    /// a name found in one country only says more than one found in many.
    neighbours: Vec<(usize, Vec<(&'static str, f64)>)>,
    /// Candidates (by first token) that close a "Town, Region" pair: the
    /// name after a comma that says where the name before it lies.
    qualifiers: Vec<usize>,
}

impl Evidence {
    /// How much the other places of the sentence point to country `cc`
    /// for the candidate starting at token `from`.
    fn neighbour_weight(&self, from: usize, cc: &str) -> f64 {
        let Some((_, votes)) = self.neighbours.iter().find(|(f, _)| *f == from) else {
            return 0.0;
        };
        let sum: f64 = votes.iter().filter(|(c, _)| *c == cc).map(|(_, w)| w).sum();
        sum.min(60.0)
    }
}

/// Every country where a candidate's entries lie.
fn entry_countries(gaz: &Gazetteer, entries: &[Entry]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for e in entries {
        let cc = match *e {
            Entry::Place(p) => gaz.places[p as usize].cc,
            Entry::Admin1(a) => gaz.admin1[a as usize].cc,
            Entry::Admin2(a) => gaz.admin2[a as usize].cc,
        };
        if !out.contains(&cc) {
            out.push(cc);
        }
    }
    out
}

/// `vec![value; n]` through malloc rather than calloc: glibc's calloc
/// passes by its per-thread cache of small blocks, and these vectors are
/// made for every sentence (a quarter of a million calls a run, a few
/// hundred instructions each).
fn filled<T: Clone>(n: usize, value: T) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.resize(n, value);
    v
}

pub(super) fn extract(text: &str, base: usize, ctx: &PlaceContext) -> Vec<PlaceMention> {
    let gaz = gazetteer();
    let table = countries::table();
    let mut folded = String::new();
    let sentence = Sentence::new(text, &mut folded);
    let ctx_iso2 = ctx
        .country_iso3
        .as_deref()
        .and_then(|iso3| table.by_iso3(iso3))
        .map(|c| c.iso2.as_str());

    let mut evidence = Evidence::default();
    let mut candidates = Vec::new();
    // Country words, by token range.
    let mut country_at: Vec<Option<(usize, usize)>> = filled(sentence.tokens.len(), None);
    for word in table.words(text) {
        let Some(from) = sentence.tokens.iter().position(|t| t.start == word.start) else {
            continue;
        };
        let Some(to) = sentence.tokens.iter().position(|t| t.end == word.end) else {
            continue;
        };
        let iso2 = table.countries[word.country].iso2.clone();
        match word.kind {
            CountryWordKind::Demonym => {
                evidence.demonym_countries.push(iso2);
                for slot in &mut country_at[from..=to] {
                    *slot = Some((usize::MAX, to + 1));
                }
            }
            CountryWordKind::Name => {
                // "the Gaza Strip": an alias that is also a first-level
                // region of that very country is reported as the region,
                // which says more than the country; it still counts as
                // evidence of the country.
                // The country's own spelling is its key: only another
                // spelling needs both keys built.
                let written = &text[word.start..word.end];
                let name = &table.countries[word.country].name;
                let region_of_it = written != name.as_str()
                    && countries::name_key(written) != countries::name_key(name)
                    && gaz.lookup(&sentence.key(from, to + 1)).any(
                        |e| matches!(e, Entry::Admin1(a) if gaz.admin1[a as usize].cc == iso2),
                    );
                evidence.countries.push(iso2);
                if !region_of_it {
                    country_at[from] = Some((word.country, to + 1));
                }
            }
        }
    }

    // "in Jordan", "across Chad": a weak alias after a locative cue is the
    // country, unless the document's country has a place of that name
    // ("in Georgia" in a report on the United States) or the name goes on
    // ("in Jordan Valley").
    for (i, t) in sentence.tokens.iter().enumerate().skip(1) {
        if country_at[i].is_some() || !t.capital {
            continue;
        }
        let Some(country) = table.after_cue(&text[t.start..t.end]) else {
            continue;
        };
        if !sentence.prev_word(i).is_some_and(place_cue)
            || (i + 1 < sentence.tokens.len()
                && sentence.joined(i)
                && sentence.tokens[i + 1].capital)
        {
            continue;
        }
        let at_home = ctx_iso2.is_some_and(|cc| {
            cc != table.countries[country].iso2
                && gaz
                    .lookup(t.folded)
                    .any(|e| entry_countries(gaz, &[e]).contains(&cc))
        });
        if !at_home {
            evidence
                .countries
                .push(table.countries[country].iso2.clone());
            country_at[i] = Some((country, i + 1));
        }
    }

    let n = sentence.tokens.len();
    let mut i = 0;
    while i < n {
        // "Guatemala City", "Kuwait City", "Mali Zvornik": a gazetteer
        // name that starts with a country's name and goes on is that place,
        // not the country.
        let longer_place = |to: usize| {
            can_start_name(&sentence, i)
                && longest_gazetteer_match(gaz, &sentence, i, &country_at)
                    .is_some_and(|(end, _)| end > to)
        };
        // "Kuwait city": a country's name before a lower-case "city" is
        // its capital when the gazetteer holds the two words as a place.
        if let Some((country, to)) = country_at[i].filter(|&(c, to)| {
            c != usize::MAX
                && to < n
                && sentence.tokens[to].folded == "city"
                && !sentence.tokens[to].capital
                && sentence.gap(to - 1, to) == " "
        }) {
            let entries: Vec<Entry> = gaz
                .lookup(&sentence.key(i, to + 1))
                .filter(|e| matches!(e, Entry::Place(_)))
                .collect();
            if !entries.is_empty()
                && entry_countries(gaz, &entries).contains(&table.countries[country].iso2.as_str())
            {
                candidates.push(Candidate::new(i, to + 1, What::Gazetteer(entries)));
                i = to + 1;
                continue;
            }
        }
        if let Some((country, to)) =
            country_at[i].filter(|&(c, to)| c == usize::MAX || !longer_place(to))
        {
            if country != usize::MAX {
                // A gazetteer name that covers more ("Niger State" is gone
                // already; "Guinea Bissau" is a country) is not looked for.
                candidates.push(Candidate::new(i, to, What::Country(country)));
            }
            i = to;
            continue;
        }
        if !can_start_name(&sentence, i) && !lower_case_town_name(gaz, &sentence, i) {
            i += 1;
            continue;
        }
        // "Ar-Raqqa", "al-Bukamal": with the article, else without it.
        let article =
            is_article(sentence.tokens[i].folded) && i + 1 < n && sentence.hyphen_between(i);
        let without_article = || {
            if article {
                longest_gazetteer_match(gaz, &sentence, i + 1, &country_at)
            } else {
                None
            }
        };
        let found = match longest_gazetteer_match(gaz, &sentence, i, &country_at) {
            // A region known by its name with the article ("Ar-Raqqa")
            // whose seat is listed without it ("Raqqa"): "Ar-Raqqa city"
            // is the seat.
            Some((to, mut entries))
                if article
                    && entries.iter().all(|e| !matches!(e, Entry::Place(_)))
                    && sentence.next_word(to).and_then(unit_word) == Some(UnitLevel::Local) =>
            {
                if let Some((to2, more)) = without_article() {
                    if to2 == to {
                        for e in more {
                            if !entries.contains(&e) {
                                entries.push(e);
                            }
                        }
                    }
                }
                Some((to, entries))
            }
            Some(found) => Some(found),
            None => without_article(),
        };
        // "Côte d'Ombrin": the word after an elided particle ends the name
        // begun before it and opens no name of its own, unless it is a
        // region or a city a body is named after ("the Université
        // d'Orvan", "the Front Patriotique d'Elmar").
        let found = found.filter(|(_, entries)| {
            !elided_particle(&sentence, i.saturating_sub(1))
                || entries.iter().any(|e| match e {
                    Entry::Place(p) => gaz.places[*p as usize].population >= CITY_POPULATION,
                    Entry::Admin1(_) => true,
                    Entry::Admin2(_) => false,
                })
        });
        match found {
            // "Bab al Kelto", "Tal al-Dunamo": a listed word before an
            // Arabic article and a capitalised word is only the first word
            // of a longer name the gazetteer lacks, read as an unlisted one.
            Some((to, _)) if to == i + 1 && article_continues_name(&sentence, to) => i = to,
            Some((to, entries)) => {
                candidates.push(Candidate::new(i, to, What::Gazetteer(entries)));
                i = to;
            }
            None => i += 1,
        }
    }

    // Unit words, cues, and names that are part of longer names.
    for c in &mut candidates {
        let mut prev = sentence.prev_word(c.from);
        // "in el Khiam": the cue stands before a lower-case article.
        if c.from >= 2
            && prev.is_some_and(is_article)
            && !sentence.tokens[c.from - 1].capital
            && !matches!(prev, Some("at" | "an" | "as"))
        {
            prev = sentence.prev_word(c.from - 1);
        }
        // "in central Van", "in northern Kidal": a part of the place
        // named between the cue and the name.
        let part = c.from >= 2
            && !sentence.tokens[c.from - 1].capital
            && prev.is_some_and(part_of_place_word);
        if part {
            prev = sentence.prev_word(c.from - 1);
        }
        c.cued_part = part && prev.is_some_and(place_cue);
        // "axis Kelto-Dunamo", "the Kelto-Dunamo road": an end of a road
        // is a place as surely as a name after "in"; a name the gazetteer
        // holds only abroad is then a village of home it lacks.
        c.cued = prev.is_some_and(place_cue)
            || preceded_by_unit_of(&sentence, c.from)
            || after_town_part(&sentence, c.from)
            || coded_as(&sentence, c.from)
            || town_at_road_end(&sentence, c);
        c.near = prev.is_some_and(near_cue) || preceded_by_distance(&sentence, c.from);
        // "the Green Zone", "a Red Zone": a colour before "Zone" names a
        // guarded site, not an administrative zone; the site yields to the
        // town it is in (site_name_after).
        let colour_zone = c.to == c.from + 1
            && sentence.next_word(c.to) == Some("zone")
            && matches!(
                sentence.tokens[c.from].folded,
                "green" | "red" | "blue" | "yellow" | "orange" | "white" | "black"
            );
        if let Some(next) = sentence.next_word(c.to).filter(|_| {
            !colour_zone
                && !region_before_town_of(&sentence, c.from, c.to)
                && !unit_word_names_a_road(&sentence, c.to)
        }) {
            if let Some(level) = unit_word_after_name(&sentence, c.from, next)
                .or_else(|| agency_of_a_district(gaz, next, &c.what))
            {
                c.unit = Some(level);
                c.to += 1;
                c.unit_len = 1;
                // "Gulran district center": the district's seat, a town.
                if level != UnitLevel::Local
                    && sentence.next_word(c.to).is_some_and(|w| {
                        matches!(w, "center" | "centre" | "headquarters" | "capital" | "seat")
                    })
                {
                    c.unit = Some(UnitLevel::Local);
                    c.to += 1;
                    c.unit_len = 2;
                } else if level == UnitLevel::Local
                    && sentence.next_word(c.to).and_then(unit_word) == Some(UnitLevel::Local)
                {
                    // "Shahpur sector area": two words for one local unit.
                    c.to += 1;
                    c.unit_len = 2;
                }
            }
        }
    }
    for c in &mut candidates {
        // "the Kelto district of the Indian state of Dunamo": a name after
        // a lower-case "state of" that the gazetteer lists as a first-level
        // region is the region, not a town of the same name.
        if c.unit.is_none()
            && c.from >= 2
            && sentence.prev_word(c.from) == Some("of")
            && sentence.prev_word(c.from - 1) == Some("state")
            && !sentence.tokens[c.from - 2].capital
            && matches!(&c.what, What::Gazetteer(e) if e.iter().any(|e| matches!(e, Entry::Admin1(_))))
        {
            c.unit = Some(UnitLevel::Admin1);
        }
        // "in Dunamo Bazaar, Dolpa District": a listed name (often a town
        // abroad) then "Bazaar" before its district is a market town's
        // name, read whole, as bazaar_town reads an unlisted one.
        if c.unit.is_none()
            && matches!(c.what, What::Gazetteer(_))
            && bazaar_town(&sentence, c.from, c.to)
        {
            c.what = What::Unlisted;
            c.to += 1;
            c.cued = true;
        }
        // "in the Sinai peninsula", "on Kalora's Tamba island", "on the
        // Kelto river": a listed name before a lower-case "peninsula" or
        // "island", or before "river", names the feature, read whole as a
        // place the gazetteer lacks (a town, province or country of the
        // first word's name is often elsewhere, only a namesake). Not when
        // the gazetteer holds the name in the document's country: the
        // island's town or province is listed there, with its region.
        let river_after = |to: usize| {
            sentence.tokens.get(to).is_some_and(|t| t.folded == "river")
                && sentence.gap(to - 1, to) == " "
        };
        if c.unit.is_none()
            && matches!(&c.what, What::Gazetteer(entries)
                if !ctx_iso2.is_some_and(|cc| entry_countries(gaz, entries).contains(&cc)))
            && (lower_feature_after(&sentence, c.to) || river_after(c.to))
            && feature_cued(&sentence, c.from)
        {
            c.what = What::Unlisted;
            c.to += 1;
            c.cued = true;
        }
        // "the Assam Rifles", "the Luhansk People's Militia", "Punjab
        // National Bank", "a Dakar Airways plane", "the Ketara President":
        // a body or an office named after a place, like a building, yields
        // to the sentence's other place.
        // "under Dunamo Police Station limits" names the town the station
        // serves (police_station_area), not a body.
        let station_town = police_station_area(&sentence, c);
        c.facility = natural_feature(&sentence, c.from, c.to)
            || c.unit.is_none()
                && !station_town
                && (next_capital(&sentence, c.to).is_some_and(|w| {
                    is_building_word(w)
                        || is_org_word(w)
                        || matches!(
                            w,
                            "people"
                                | "national"
                                | "police"
                                | "department"
                                | "defense"
                                | "defence"
                                | "airlines"
                                | "airways"
                                | "president"
                        )
                }) || site_name_after(&sentence, c.to)
                    // "the director of the Dunamo charity": a charity
                    // named after a town, its word in lower case.
                    || sentence.next_word(c.to) == Some("charity"))
            || possessor_of_site(&sentence, c.to)
            || c.unit.is_none() && region_before_town_of(&sentence, c.from, c.to)
            || quarter_of_a_town(&sentence, c)
            || site_word_before(&sentence, c.from)
            || university_of(&sentence, c.from, c.to)
            || ends_a_body_named_by_acronym(&sentence, c);
    }
    candidates.retain(|c| keep_candidate(gaz, &sentence, c));

    // Admin units named in the sentence are evidence for the others.
    for c in &candidates {
        if let What::Gazetteer(entries) = &c.what {
            if matches!(c.unit, Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2)) || {
                entries
                    .iter()
                    .all(|e| matches!(e, Entry::Admin1(_) | Entry::Admin2(_)))
            } {
                for e in entries {
                    match *e {
                        Entry::Admin1(a) => evidence.admin1.push(a),
                        Entry::Admin2(a) => {
                            evidence.admin2.push(a);
                            let parent = gaz.admin2[a as usize].parent;
                            if parent != NONE {
                                evidence.admin1.push(parent);
                            }
                        }
                        Entry::Place(_) => {}
                    }
                }
            }
        }
    }

    evidence.qualifiers = candidates
        .iter()
        .filter(|c| qualifies_previous_name(&sentence, c))
        .map(|c| c.from)
        .collect();

    // "Boni" beside "Douentza" is the Malian Boni: each listed name votes
    // for the countries of the others, strongly when it has one country.
    let countries_of: Vec<(usize, Vec<&'static str>)> = candidates
        .iter()
        .filter_map(|c| match &c.what {
            What::Gazetteer(entries) => Some((c.from, entry_countries(gaz, entries))),
            _ => None,
        })
        .collect();
    // "Berezovka, Donetsk": the region says which country the name
    // before it is in, as a name of one country does.
    let qualified: Vec<(usize, usize, Vec<&'static str>)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, q)| evidence.qualifiers.contains(&q.from))
        .filter_map(|(k, q)| {
            let before = candidates[..k].last()?;
            let region_countries = region_countries(gaz, q);
            (before.to + 3 >= q.from && !region_countries.is_empty()).then_some((
                before.from,
                q.from,
                region_countries,
            ))
        })
        .collect();
    for (from, _) in &countries_of {
        let mut votes = Vec::new();
        for (other, ccs) in &countries_of {
            if other == from || ccs.is_empty() {
                continue;
            }
            if let Some((_, _, regions)) = qualified
                .iter()
                .find(|(town, region, _)| town == from && region == other)
            {
                votes.extend(regions.iter().map(|&cc| (cc, 40.0)));
                continue;
            }
            let weight = if ccs.len() == 1 { 40.0 } else { 8.0 };
            votes.extend(ccs.iter().map(|&cc| (cc, weight)));
        }
        evidence.neighbours.push((*from, votes));
    }

    // Unlisted places found by cue patterns, where no candidate stands.
    let mut unlisted = unlisted_candidates(gaz, &sentence, &candidates, ctx_iso2);
    // "the Tessit, Talataye and Inekar communes": the list before a
    // plural unit word, when its last name is in the gazetteer.
    for c in &candidates {
        let plural = c.unit == Some(UnitLevel::Local)
            && sentence.tokens[c.to - 1].folded.ends_with('s')
            && matches!(c.what, What::Gazetteer(_));
        if plural {
            let taken = |i: usize| candidates.iter().any(|o| o.from <= i && i < o.to);
            for l in list_names(&sentence, c.from, false, &taken) {
                if !unlisted.iter().any(|u| u.from == l.from) {
                    unlisted.push(l);
                }
            }
        }
    }
    candidates.extend(
        unlisted
            .into_iter()
            .filter(|c| {
                let next = next_capital(&sentence, c.to);
                // "attacked Kestrel Daily offices", "at Orvan League (OL)
                // members": a name before a word for a body's people or
                // premises names that body, not a place.
                !next.is_some_and(|w| is_street_word(w) || is_org_word(w))
                    && !compass_part_of_next_place(&sentence, c)
                    && (c.unit.is_some() || !body_after(&sentence, c.to))
                    && !after_a_title(&sentence, c.from)
                    && !person_named_after_a_title(gaz, &sentence, c.from)
                    && !beside_ould(&sentence, c)
                    && !origin_of_people(&sentence, c.from)
                    && !carried_to_hospital(&sentence, c)
                    && !generic_word_as_name(&sentence, c)
            })
            .map(|mut c| {
                // "the Kelto Checkpoint in Ketara", "at the Dunamo Grand
                // Mosque": an unlisted name before a site's capitalised
                // word names the site, as a listed one does; not the town
                // a police station serves ("under Kelto Police Station
                // limits", police_station_area).
                c.facility |= natural_feature(&sentence, c.from, c.to)
                    || c.unit.is_none()
                        && site_named_after(&sentence, c.to, |w| w == "chowk")
                        && !police_station_area(&sentence, &c)
                    || site_word_before(&sentence, c.from)
                    || c.unit.is_none() && region_before_town_of(&sentence, c.from, c.to)
                    || ends_a_body_named_by_acronym(&sentence, &c);
                c
            }),
    );
    candidates.retain(|c| {
        !government_department(gaz, &sentence, c, ctx_iso2)
            && !unit_named_division(gaz, &sentence, c, ctx_iso2)
    });
    candidates.sort_by_key(|c| (c.from, c.to));
    // "the Kabala area of Bamako", "Sarakeina quarter of Timbuktu city",
    // "Jari neighborhood, Hit": the part is reported as the place that
    // holds it, as ACLED and GTD code it.
    let starts: Vec<usize> = candidates.iter().map(|c| c.from).collect();
    // "the Kelo area, Sri Lanka": a country after the comma holds the area
    // as a region would, and the area is the place. Not a neighbourhood:
    // "Kelo neighborhood, Hong Kong" is a part of the city the country is
    // named after.
    let country_starts: Vec<usize> = candidates
        .iter()
        .filter(|c| matches!(c.what, What::Country(_)))
        .map(|c| c.from)
        .collect();
    // A region written without its unit word ("Balochistan") counts as one
    // when the gazetteer lists the name only as a unit, never as a town.
    let region_only = |c: &Candidate| {
        c.unit.is_none()
            && sentence.tokens[c.to - 1].folded != "city"
            && matches!(&c.what, What::Gazetteer(e) if e.iter().all(|e| !matches!(e, Entry::Place(_))))
    };
    // A name the gazetteer lists only as first-level regions, written
    // without its unit word ("Balochistan").
    let bare_regions: Vec<usize> = candidates
        .iter()
        .filter(|c| {
            c.unit.is_none()
                && matches!(&c.what, What::Gazetteer(e)
                    if !e.is_empty() && e.iter().all(|e| matches!(e, Entry::Admin1(_))))
                // "the Kelto area of Sorvi's Dunamo district": the region's
                // possessive names the unit that holds the area.
                && !(c.to < sentence.tokens.len()
                    && sentence.tokens[c.to].folded == "s"
                    && matches!(sentence.gap(c.to - 1, c.to), "'" | "’"))
        })
        .map(|c| c.from)
        .collect();
    let candidates_units: Vec<(usize, usize, Option<UnitLevel>, bool)> = candidates
        .iter()
        .map(|c| (c.from, c.to, c.unit, region_only(c)))
        .collect();
    // "the Ketara neighbourhood of Sorvi", "the western Ketara quarter of
    // Lumbo": written the other way round, a city of 100,000 or more before
    // the part word holds the part named after "of", and the event is coded
    // to the city. Not a suburb: "the Ketara suburb of Lumbo" is as often
    // coded to the suburb as to the city. Recorded first: the part comes
    // later in the sentence.
    let mut parts_of_a_city_first: Vec<usize> = Vec::new();
    let mut city_first: Vec<usize> = Vec::new();
    // A name and a word for a part of a town, with more words after it.
    let is_part = |c: &Candidate| {
        c.unit == Some(UnitLevel::Local)
            && c.to < sentence.tokens.len()
            && matches!(
                sentence.tokens[c.to - 1].folded,
                "area" | "quarter" | "neighbourhood" | "neighborhood" | "suburb" | "sector"
            )
    };
    for c in &candidates {
        if !is_part(c)
            || sentence.tokens[c.to - 1].folded == "suburb"
            || c.unit_len != 1
            || !sentence.gap(c.to - 1, c.to).trim().is_empty()
            || sentence.next_word(c.to) != Some("of")
            || !city_sized(gaz, c)
        {
            continue;
        }
        let after = c.to + 1;
        let Some(part) = candidates.iter().find(|o| o.from == after) else {
            continue;
        };
        // "the Ketara area of Sorvi province": a region after "of" is no
        // part of the city.
        if part.unit.is_some() || city_sized(gaz, part) {
            continue;
        }
        city_first.push(c.from);
        parts_of_a_city_first.push(after);
    }
    let seat_starts: Vec<usize> = candidates
        .iter()
        .filter(|c| region_seat(gaz, &sentence, c, &candidates))
        .map(|c| c.from)
        .collect();
    // "the Kelo village of Tarvi district": after "the", a village named
    // before the district that holds it is told as a part of that
    // district, as "the Kelo area of Tarvi district" is, and the event is
    // coded to the district; "in Kelo village of Tarvi district", with no
    // article, names the village itself.
    let the_village_of_a_district = |c: &Candidate| {
        c.unit == Some(UnitLevel::Local)
            && c.unit_len == 1
            && c.to < sentence.tokens.len()
            && sentence.tokens[c.to - 1].folded == "village"
            && sentence.prev_word(c.from) == Some("the")
            && sentence.next_word(c.to) == Some("of")
            && candidates_units.iter().any(|&(from, to, unit, _)| {
                from == c.to + 1
                    && unit == Some(UnitLevel::Admin2)
                    && sentence.tokens[to - 1].folded == "district"
            })
    };
    candidates.retain(|c| {
        if parts_of_a_city_first.contains(&c.from) {
            return false;
        }
        if city_first.contains(&c.from) {
            return true;
        }
        if the_village_of_a_district(c) {
            return false;
        }
        if !is_part(c) {
            return true;
        }
        // "Sur Baghal area, Maywand district", "Kalbarosh area, Balochistan": an
        // area written before a district or a region is the place itself;
        // only a town holds it.
        let unit_at = |at: usize| {
            candidates_units.iter().any(|&(from, to, unit, region)| {
                from == at
                    && (matches!(unit, Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2))
                        || region
                        || sentence.next_word(to) == Some("countryside"))
            })
        };
        let gap = sentence.gap(c.to - 1, c.to).trim();
        if gap == "," {
            return !starts.contains(&c.to)
                || unit_at(c.to)
                || (sentence.tokens[c.to - 1].folded == "area" && country_starts.contains(&c.to));
        }
        if !matches!(sentence.next_word(c.to), Some("of") | Some("in")) {
            return true;
        }
        let after_of = c.to + 1;
        let mut after_the = if sentence
            .tokens
            .get(after_of)
            .is_some_and(|t| t.folded == "the")
        {
            after_of + 1
        } else {
            after_of
        };
        // "the Souk area of central Qaim": a compass word before the town
        // is no part of its name.
        if sentence.tokens.get(after_the).is_some_and(|t| {
            !t.capital
                && matches!(
                    t.folded,
                    "central" | "northern" | "southern" | "eastern" | "western"
                )
        }) {
            after_the += 1;
        }
        // "Ein Issa area in Ar-Raqqa province", "Sharan area in Aleppo
        // countryside": the part of a region, not of a town, is the place.
        // "Ein Issa area in Ar-Raqqa province", "Sharan area in Aleppo
        // countryside": the part of a region is the place; "the Charka
        // area of Maidan Shar district" is coded to the district.
        // "the Kelto area of Sorvi" with Sorvi listed only as a region, "the
        // Kelto area in the Dunamo Valley": a bare first-level region or a
        // valley or a forest holds no town the area could be part of.
        let region_after = candidates_units.iter().any(|&(from, to, unit, _)| {
            from == after_the
                && (unit == Some(UnitLevel::Admin1)
                    || sentence.next_word(to) == Some("countryside")
                    || (unit == Some(UnitLevel::Local)
                        && matches!(sentence.tokens[to - 1].folded, "valley" | "forest")))
        }) || bare_regions.contains(&after_the);
        // "the Karak area in Dar'a": "in" a town named like its region,
        // which may stand for the region (see area_in_a_region_seat).
        let in_seat = sentence.next_word(c.to) == Some("in") && seat_starts.contains(&after_the);
        // "the Kelto area of Ruritania": a country holds no town the area
        // could be part of, as after a comma ("the Kelo area, Sri Lanka").
        let area_of_country =
            sentence.tokens[c.to - 1].folded == "area" && country_starts.contains(&after_the);
        !starts.contains(&after_the) || region_after || in_seat || area_of_country
    });

    let mut mentions: Vec<PlaceMention> = Vec::new();
    let mut facility: Vec<bool> = Vec::new();
    // Named before an organisation's word ("Assam Rifles").
    let mut body: Vec<bool> = Vec::new();
    // Named before an organisation's word alone ("the Dunamo Operation",
    // "the Dunamo Brigade"): a body is not where its name's place is.
    let mut org_named: Vec<bool> = Vec::new();
    // An end of a road or a trip ("the Kelto-Dunamo highway in Sorvi
    // Province", "on the road from Kelto to Dunamo, in Sorvi district").
    let mut road_end: Vec<bool> = Vec::new();
    let mut last_end = 0;
    for c in &candidates {
        if c.from < last_end {
            continue;
        }
        let mention = resolve(gaz, &sentence, c, &evidence, ctx_iso2, &candidates);
        if let Some(m) = mention {
            // "in Santa Ana de Kelto prison", "towards Kelto de Dara
            // square": a name joined by a particle to more capitalised
            // words before a site's word is all the site's name, and the
            // names inside it are no places of their own.
            let particle_end = past_particle_name(&sentence, c.to);
            let particle_site =
                c.unit.is_none() && particle_end > c.to && site_in_place(&sentence, particle_end);
            last_end = if particle_site { particle_end } else { c.to };
            mentions.push(m);
            body.push(c.facility);
            org_named
                .push(c.unit.is_none() && next_capital(&sentence, c.to).is_some_and(is_org_word));
            road_end.push(
                c.unit.is_none()
                    && ((in_road_pair(&sentence, c.to - 1) && site_in_place(&sentence, c.to + 1))
                        || road_end_by_place(&sentence, c)),
            );
            facility.push(
                c.facility
                    || camp_of_a_people(&sentence, c)
                    || c.unit.is_none()
                        && (next_capital(&sentence, c.to).is_some_and(is_building_word)
                            || particle_site
                            || (site_in_place(&sentence, c.to)
                                && !police_station_area(&sentence, c))
                            // "the Dhaka-Chittagong highway in Daudkandi":
                            // both ends of a road that runs by the place.
                            || (in_road_pair(&sentence, c.to - 1)
                                && site_in_place(&sentence, c.to + 1))
                            || road_end_by_place(&sentence, c)
                            || home_of_a_person(&sentence, c)
                            || ends_a_named_body(&sentence, c)),
            );
        }
    }
    let local = |m: &PlaceMention| matches!(m.kind, PlaceKind::Locality | PlaceKind::Unlisted);
    let other_place = mentions.iter().zip(&facility).any(|(m, &f)| local(m) && !f);
    // "the Dunamo Operation ... at the Ketara Grand Hotel": a site named
    // after its town stands in it; a body named after a place need not.
    let other_site = |i: usize| {
        mentions
            .iter()
            .zip(&org_named)
            .enumerate()
            .any(|(k, (m, &o))| k != i && local(m) && !o)
    };
    // "fired on Assam Rifles personnel in Chamol, Manipur", "an Israel
    // Defense Forces checkpoint in Hebron": a region or a country that
    // names a body is no place of the event where the sentence names
    // another place of its own.
    let other_any = mentions.iter().zip(&facility).any(|(_, &f)| !f);
    // The ends of a road yield to the district or the region the sentence
    // sets the road in, when it names no town of its own: the event lies
    // somewhere along the road, not at an end.
    // The unit must be set "in" after the road's last comma: "from Kelto to
    // Dunamo, Sorvi region" gives the second end's region.
    let set_in = |m: &PlaceMention| {
        let before = &text[..m.span.start.min(text.len())];
        let clause = before.rsplit([',', ';', '(']).next().unwrap_or(before);
        clause.split_whitespace().any(|w| w == "in")
    };
    let other_unit = mentions
        .iter()
        .zip(&facility)
        .any(|(m, &f)| !f && matches!(m.kind, PlaceKind::Admin1 | PlaceKind::Admin2) && set_in(m));
    let drop: Vec<bool> = facility
        .iter()
        .zip(&body)
        .zip(&mentions)
        .enumerate()
        .map(|(i, ((&f, &b), m))| {
            if local(m) {
                f && (other_place || org_named[i] && other_site(i) || road_end[i] && other_unit)
            } else {
                b && other_any
            }
        })
        .collect();
    let mut drop = drop.into_iter();
    mentions.retain(|_| !drop.next().unwrap_or(false));
    apply_qualifiers(gaz, text, &mut mentions);
    districts_as_regions(&mut mentions);
    drop_parts_of_cities(gaz, text, &mut mentions);
    drop_parts_of_cities_named_like_units(gaz, text, &mut mentions);
    drop_areas_placed_by_bearing(gaz, text, &mut mentions);
    drop_towns_a_unit_is_placed_from(text, &mut mentions);
    drop_unlisted_placed_near_another(gaz, text, &mut mentions);
    drop_area_of_listed_villages(text, &mut mentions);
    drop_villages_listed_in_a_unit(text, &mut mentions);
    drop_unlisted_in_a_town_given_its_region(text, &mut mentions);
    drop_unlisted_in_the_area_of_another(gaz, text, &mut mentions);
    drop_unlisted_beside_a_place_given_its_region(text, &mut mentions);
    drop_unlisted_before_its_city(gaz, text, &mut mentions);
    drop_unlisted_outside_the_address(text, &mut mentions);
    drop_districts_before_their_city(text, &mut mentions);
    drop_places_in_a_part_of_a_city(gaz, text, &mut mentions);
    listed_districts_of_cities_as_places(gaz, text, &mut mentions);
    regions_within_a_region(text, &mut mentions);
    regions_that_open_an_address(text, &mut mentions);
    for m in &mut mentions {
        m.span = m.span.offset(base);
    }
    mentions
}

/// "the Kelo region of Dahuk", "Kelo province of Sokoto": a region the
/// gazetteer lacks, named as a part of a listed region (or of the town that
/// names one), is an area within it, not a first-level unit: the place the
/// event is coded to, in that region, as ACLED codes such areas.
fn regions_within_a_region(text: &str, mentions: &mut [PlaceMention]) {
    for i in 1..mentions.len() {
        let (head, tail) = mentions.split_at_mut(i);
        let (u, l) = (&mut head[i - 1], &tail[0]);
        let unlisted_region = u.kind == PlaceKind::Admin1
            && u.gazetteer_name.is_none()
            && matches!(
                last_word_lower(&u.text).as_str(),
                "region" | "province" | "governorate"
            );
        let of = matches!(
            text.get(u.span.end..l.span.start),
            Some(" of " | " of the ")
        );
        if !unlisted_region
            || !of
            || !matches!(l.kind, PlaceKind::Admin1 | PlaceKind::Locality)
            || l.admin1.is_none()
            || u.iso3.as_ref().is_some_and(|c| l.iso3.as_ref() != Some(c))
        {
            continue;
        }
        local_place_of(u, l);
        u.admin2 = None;
        u.country.clone_from(&l.country);
        u.iso3.clone_from(&l.iso3);
    }
}

/// `u` becomes a local place (ACLED's geo_precision 2) in the region of
/// `l`, at `l`'s point: a name the gazetteer cannot place, read by where
/// the text puts it.
fn local_place_of(u: &mut PlaceMention, l: &PlaceMention) {
    u.kind = PlaceKind::Unlisted;
    u.admin1.clone_from(&l.admin1);
    u.latitude = l.latitude;
    u.longitude = l.longitude;
    u.geo_precision = 2;
}

/// "in Kelo, Arequipa, nurses staged a protest": an address opens on the
/// smallest place, so a first-level region's name written bare before a
/// comma and a town or region of the same country in another region is a
/// local place named like that region, in the region of the place after
/// it, also when that place opens the address in brackets ("in Kelo
/// (Ambalavao, Haute Matsiatra)"). Not in a list ("in Ghor, Laghman and
/// Balkh").
fn regions_that_open_an_address(text: &str, mentions: &mut [PlaceMention]) {
    for i in 1..mentions.len() {
        let (head, tail) = mentions.split_at_mut(i);
        let (u, l) = (&mut head[i - 1], &tail[0]);
        // Written bare: "Kelo", not "Kelo Region".
        let bare_region =
            u.kind == PlaceKind::Admin1 && u.gazetteer_name.is_some() && u.name == u.text;
        let set_at = matches!(
            last_word_lower(&text[..u.span.start]).as_str(),
            "in" | "at" | "near"
        );
        // "in Kelo (Ambalavao, Haute Matsiatra)": the note's address in
        // brackets opens on the town that holds the place.
        let gap = text.get(u.span.end..l.span.start);
        let bracket = gap == Some(" (");
        let address = (gap == Some(", ") || bracket)
            && matches!(l.kind, PlaceKind::Locality | PlaceKind::Admin1)
            && l.iso3.is_some()
            && l.iso3 == u.iso3
            && l.admin1.is_some()
            && l.admin1 != u.admin1;
        // The address ends after the second place: a comma and lower-case
        // words, or the clause's end; not another place of a list.
        let rest = &text[l.span.end..];
        let listed = tail.get(1).is_some_and(|m| {
            let gap = text.get(l.span.end..m.span.start).unwrap_or("");
            matches!(gap.trim(), "," | "and" | ", and" | "or" | "&")
        });
        let ends = rest.starts_with([',', '.', ';']) && !rest.starts_with(", and");
        if !bare_region || !set_at || !address || (!bracket && (listed || !ends)) {
            continue;
        }
        local_place_of(u, l);
        u.gazetteer_name = None;
        u.admin2.clone_from(&l.admin2);
    }
}

/// Words after a name that make it a part of a town ("Potira
/// neighborhood", "Mocoto community", "Indoamerica square").
const TOWN_PART_WORDS: &[&str] = &[
    "neighborhood",
    "neighbourhood",
    "quarter",
    "sector",
    "colony",
    "community",
    "parish",
    "ward",
    "suburb",
    "mohalla",
    "square",
    "mall",
    "bazaar",
    "chowk",
];

/// Words after a listed place that make it a part of a town: the town
/// parts that are areas where people live (not a square, mall or bazaar).
const NEIGHBOURHOOD_WORDS: &[&str] = TOWN_PART_WORDS.split_at(10).0;

/// A town of at least this many people holds the listed places the text
/// calls its neighbourhoods.
const TOWN_POPULATION: u32 = 20_000;

/// A city of at least this many people holds its neighbourhoods: event
/// datasets code an event in one of them to the city.
const CITY_POPULATION: u32 = 100_000;

/// "in Jardim Oasis neighborhood ... in Iguatu", "Mehedibagan in Burdwan
/// town", "Ferozabad, Karachi": a place the gazetteer lacks that is a part
/// of a listed city is reported as the city, as ACLED and GTD code it (the
/// rule "the Kabala area of Bamako" follows, for names the text marks as
/// parts or that stand right before a city). A village ("Singhpur village
/// in Gaya") is a place of its own and stays.
/// The first few dozen characters of `s`, lower-cased: enough for the cue
/// words read right after a name, without lower-casing the rest of a long
/// text once per mention (quadratic on the 20 kB a country vote reads).
fn lower_head(s: &str) -> String {
    let mut end = s.len().min(WINDOW);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_lowercase()
}

/// The first word after the rest of a name that the mention at `at` only
/// began: "Parque das Flores neighborhood" read as "Parque" still ends in
/// "neighborhood". Up to three more words of the name (capitalised, or a
/// particle such as "do", "da", "de") are passed over, never a comma.
fn word_after_name(text: &str, at: usize) -> String {
    let mut words = text[at..].split_whitespace();
    for _ in 0..4 {
        let Some(w) = words.next() else {
            break;
        };
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let name_word = bare.starts_with(char::is_uppercase)
            || matches!(
                bare,
                "do" | "da" | "de" | "dos" | "das" | "del" | "di" | "du"
            );
        if !name_word || w.ends_with(|c: char| !c.is_alphanumeric()) {
            return bare.to_lowercase();
        }
    }
    String::new()
}

/// The last few dozen characters of `s`, lower-cased (see [`lower_head`]).
fn lower_tail(s: &str) -> String {
    let mut start = s.len().saturating_sub(WINDOW);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    s[start..].to_lowercase()
}

/// The last word of a mention, lower-cased ("Kalaban Village" -> "village").
fn last_word_lower(text: &str) -> String {
    text.split_whitespace().last().unwrap_or("").to_lowercase()
}

/// Bytes of context [`lower_head`] and [`lower_tail`] keep: longer than
/// any cue they are matched against.
const WINDOW: usize = 64;

/// The population of a listed place (0 for any other mention).
fn population(gaz: &Gazetteer, m: &PlaceMention) -> u32 {
    let Some(id) = m.geonames_id else { return 0 };
    let key = super::gazetteer::fold(m.gazetteer_name.as_deref().unwrap_or(&m.name));
    gaz.lookup(&key)
        .find_map(|e| match e {
            Entry::Place(p) if gaz.places[p as usize].id == id => {
                Some(gaz.places[p as usize].population)
            }
            _ => None,
        })
        .unwrap_or(0)
}

/// "the Karak area in Dar'a": a town named like its region, with no word
/// saying it is the town, may stand for the region, and an area set "in"
/// it is then one of the region's towns. An area "of" it is a part of the
/// city, as is an area in a national capital or a metropolis ("the Hamra
/// area in Beirut"), or in a town followed by "city" or by its region
/// ("in Baghdad, Baghdad").
fn area_in_a_region_seat(
    gaz: &Gazetteer,
    text: &str,
    u: &PlaceMention,
    l: &PlaceMention,
    mentions: &[PlaceMention],
) -> bool {
    if l.span.start < u.span.end
        || !named_like_its_region(l)
        || !(last_word_lower(&u.text) == "area" || word_after(text, u.span.end) == "area")
    {
        return false;
    }
    let gap = text[u.span.end..l.span.start].trim();
    if gap.len() > 16 {
        return false;
    }
    let gap = gap.to_lowercase();
    let gap = gap.strip_prefix("area").unwrap_or(&gap).trim_start();
    if !matches!(gap, "in" | "in the") {
        return false;
    }
    let region_next = text[l.span.end..].starts_with(',')
        && mentions.iter().any(|r| {
            r.kind == PlaceKind::Admin1
                && r.span.start > l.span.end
                && text[l.span.end + 1..r.span.start].trim().is_empty()
        });
    !region_next
        && !matches!(word_after(text, l.span.end).as_str(), "city" | "town")
        && population(gaz, l) < METROPOLIS_POPULATION
        && !national_capital(gaz, l)
}

/// Whether a listed place is its country's capital.
fn national_capital(gaz: &Gazetteer, m: &PlaceMention) -> bool {
    let Some(id) = m.geonames_id else {
        return false;
    };
    let key = super::gazetteer::fold(m.gazetteer_name.as_deref().unwrap_or(&m.name));
    gaz.lookup(&key).any(|e| match e {
        Entry::Place(p) => {
            let p = &gaz.places[p as usize];
            p.id == id && p.feature == "PPLC"
        }
        _ => false,
    })
}

fn drop_parts_of_cities(gaz: &Gazetteer, text: &str, mentions: &mut Vec<PlaceMention>) {
    // Every rule below drops a part for another mention that holds it: the
    // town of a part (`town_of_part` asks of two different mentions),
    // the city after a district or a village (`next_mention` starts after
    // the part ends, so it is no part itself, and an empty span would give
    // an empty gap, which no rule takes), or a city that holds it (a
    // listed part asks of a mention with another span, an unlisted one of
    // a listed town, which it is not). With one mention nothing is dropped,
    // and the per-mention facts read below are not worked out.
    if mentions.len() < 2 {
        return;
    }
    let population = |m: &PlaceMention| population(gaz, m);
    // A city that is also its region's name ("in Idleb", "Ar-Raqqa
    // countryside") may stand for the region: it holds only the parts the
    // text names as such, right before it (below). None: no city here;
    // Some(true): a city named like its region.
    let city = |m: &PlaceMention| -> Option<bool> {
        if m.kind != PlaceKind::Locality {
            return None;
        }
        let region_named = named_like_its_region(m);
        let after = lower_head(text[m.span.end..].trim_start());
        let region_word = [
            "countryside",
            "province",
            "governorate",
            "region",
            "district",
            "state",
        ]
        .iter()
        .any(|w| after.starts_with(w));
        (!region_word).then_some(region_named)
    };
    // "in Sorriso, Mato Grosso, a man was shot in the Vila Nova neighborhood":
    // a place the text calls a neighbourhood is a part of the town the
    // sentence names, however small the town; event datasets code it to
    // the town. Worked out once per mention: each is asked about the others.
    let neighbourhood: Vec<bool> = mentions
        .iter()
        .map(|m| {
            let last = last_word_lower(&m.text);
            let next = word_after_name(text, m.span.end);
            NEIGHBOURHOOD_WORDS.iter().any(|w| last == *w || next == *w)
        })
        .collect();
    // "the Pando area of Peshawar", "Kotla area, Jhelum": an area named
    // right before a town is a part of it too; an area of a district or
    // region ("Charka area of Maidan Shar district") is not (see below).
    // "Locality" is said of a town's part as "area" is ("the Kelto
    // locality of Dunamo").
    let area_word = |w: &str| matches!(w, "area" | "locality");
    let area: Vec<bool> = mentions
        .iter()
        .map(|m| area_word(&last_word_lower(&m.text)) || area_word(&word_after(text, m.span.end)))
        .collect();
    let town_of_part = |u: usize, l: usize| -> bool {
        let (m, t) = (&mentions[u], &mentions[l]);
        let area_of_town = area[u] && t.span.start >= m.span.end && {
            let gap = text[m.span.end..t.span.start].trim();
            // The gaps below hold at most 29 characters besides spaces
            // ("area", "on the outskirts of", "the city of"), and lower
            // casing never turns a character into a space: a gap with more
            // is none of them, however long (a list of places can put
            // pages between two of them), and is not lower-cased.
            gap.chars().filter(|c| !c.is_whitespace()).nth(40).is_none() && {
                let gap = gap.to_lowercase();
                let gap = ["area", "locality"]
                    .iter()
                    .find_map(|w| gap.strip_prefix(w))
                    .unwrap_or(&gap)
                    .trim_start();
                // "of the city of Peshawar", "on the outskirts of Gardez"; not
                // "of West Midnapore", a district named with its compass word.
                let gap = ["the city of", "city of"]
                    .iter()
                    .find_map(|w| gap.strip_suffix(w))
                    .map_or(gap, str::trim_end);
                matches!(
                    gap,
                    "," | "in" | "of" | "in the" | "of the" | ", in" | "on the outskirts of"
                )
            }
        };
        if area_of_town && !neighbourhood[u] && area_in_a_region_seat(gaz, text, m, t, mentions) {
            return false;
        }
        if !(neighbourhood[u] || area_of_town)
            || neighbourhood[l]
            || !matches!(t.kind, PlaceKind::Locality | PlaceKind::Unlisted)
        {
            return false;
        }
        // "Mankote sector (Poonch district)": a district named like its
        // town holds the place, which is coded to itself.
        let unit_after = word_after(text, t.span.end);
        let unit = |w: &str| {
            w == "countryside"
                || matches!(unit_word(w), Some(UnitLevel::Admin1 | UnitLevel::Admin2))
        };
        if unit(&unit_after) || unit(&last_word_lower(&t.text)) {
            return false;
        }
        if m.iso3.is_some() && t.iso3 != m.iso3 {
            return false;
        }
        // A name the gazetteer lacks is a town when the text gives its
        // region after a comma ("in Sorriso, Mato Grosso"); alone it may be
        // a person ("threw a grenade at Maulana Farooqi in X suburb").
        if t.kind == PlaceKind::Unlisted {
            let rest = &text[t.span.end..];
            let region_next = rest.starts_with(',')
                && mentions.iter().any(|r| {
                    matches!(r.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
                        && r.span.start > t.span.end
                        && text[t.span.end + 1..r.span.start].trim().is_empty()
                });
            if !region_next {
                return false;
            }
        }
        let (a, b) = if t.span.start >= m.span.end {
            (m.span.end, t.span.start)
        } else {
            (t.span.end.min(m.span.start), m.span.start)
        };
        !text[a..b]
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("near"))
    };
    let mut drop = filled(mentions.len(), false);
    for (i, u) in mentions.iter().enumerate() {
        if matches!(u.kind, PlaceKind::Locality | PlaceKind::Unlisted)
            && (0..mentions.len()).any(|l| l != i && town_of_part(i, l))
        {
            drop[i] = true;
            continue;
        }
        let last = last_word_lower(&u.text);
        // "in Recife, Pernambuco, a trader was stabbed in Boa Vista neighborhood":
        // a listed place the text calls a neighbourhood is one, of the town
        // the sentence names.
        let listed_part = u.kind == PlaceKind::Locality && neighbourhood[i];
        // "the Ruvello district of Montebianco", "Ruvello District in
        // Montebianco": a listed place the text calls a district of a city
        // right after it is a part of that city (a district of a province or
        // of a city named like its region is not: see district_of_city).
        if u.kind == PlaceKind::Locality && district_of_city(text, u, mentions, &city, &population)
        {
            drop[i] = true;
            continue;
        }
        if u.kind != PlaceKind::Unlisted && !listed_part {
            continue;
        }
        let before = lower_tail(text[..u.span.start].trim_end());
        // "Orangi Town, Karachi", "Model Town in Lahore": a town (or a
        // "City" the gazetteer lacks) written with a capital as part of its
        // name is a district of the city.
        let town_of_city = matches!(u.text.split_whitespace().last(), Some("Town" | "City"));
        let village = matches!(last.as_str(), "village" | "villages" | "hamlet")
            || (last == "town" && !town_of_city)
            || ["village of", "hamlet of", "town of"]
                .iter()
                .any(|w| before.ends_with(w));
        if village {
            drop[i] = village_of_a_metropolis(gaz, text, u, mentions);
            continue;
        }
        let after = lower_head(text[u.span.end..].trim_start());
        // "the neighbourhood of Dar Salam in Mosul", "Dar Salam, a
        // neighbourhood of Mosul": the part word before the name, or in an
        // apposition right after it.
        let named_before = |w: &str| {
            before
                .strip_suffix(" of")
                .is_some_and(|b| b.ends_with(w) && b[..b.len() - w.len()].ends_with(' '))
        };
        // Not "X, a suburb of Y": a suburb is as often a town of its own.
        let apposition = |w: &str| {
            w != "suburb"
                && [", a ", ", the "]
                    .iter()
                    .any(|a| after.strip_prefix(a).is_some_and(|r| r.starts_with(w)))
        };
        let part = town_of_city
            || TOWN_PART_WORDS.iter().any(|w| {
                last == *w
                    || after.split(|c: char| !c.is_alphanumeric()).next() == Some(w)
                    || (u.kind == PlaceKind::Unlisted && (named_before(w) || apposition(w)))
            });
        // "the Sadr City area of Baghdad", "Waziriya neighborhood, Baghdad":
        // a part the text names as such.
        let named_part = part
            || ["area", "district", "sub-district", "locality"]
                .iter()
                .any(|w| {
                    last == *w || after.split(|c: char| !c.is_alphanumeric()).next() == Some(w)
                });
        let holds = mentions.iter().any(|l| {
            if listed_part {
                if l.kind != PlaceKind::Locality || l.span == u.span || l.iso3 != u.iso3 {
                    return false;
                }
                let (a, b) = if l.span.start >= u.span.end {
                    (u.span.end, l.span.start)
                } else {
                    (l.span.end.min(u.span.start), u.span.start)
                };
                let near = text[a..b]
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("near"));
                return !near && population(l) >= TOWN_POPULATION;
            }
            let Some(region_named) = city(l) else {
                return false;
            };
            if l.iso3 != u.iso3 && u.iso3.is_some() {
                return false;
            }
            // "in southern Montebianco" names the south of the region a smaller
            // city shares its name with; a metropolis, or a city the text
            // calls one, is the city itself.
            let the_city = !region_named
                || population(l) >= METROPOLIS_POPULATION
                || last_word_lower(&l.text) == "city"
                || word_after(text, l.span.end) == "city";
            if in_a_quarter_of(text, u, l) && population(l) >= CITY_POPULATION && the_city {
                return true;
            }
            if region_named {
                // Right before the city, not "near" it, and not "West
                // Midnapore" (a district named with a compass word).
                let close = l.span.start >= u.span.end && {
                    let gap = &text[u.span.end..l.span.start];
                    gap.len() <= 40
                        && !gap
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case("near"))
                };
                let before_city = lower_tail(text[..l.span.start].trim_end());
                let compass = ["west", "east", "north", "south", "upper", "lower"]
                    .iter()
                    .any(|w| before_city.ends_with(w));
                return named_part
                    && close
                    && !compass
                    && population(l) >= CITY_POPULATION
                    && !area_in_a_region_seat(gaz, text, u, l, mentions);
            }
            let adjacent = l.span.start >= u.span.end && {
                let gap = text[u.span.end..l.span.start].trim();
                (gap.len() <= 8
                    && matches!(
                        gap.to_lowercase().as_str(),
                        "," | "in" | "of" | "in the" | "of the" | ", in" | ""
                    ))
                    || city_named_between(gap)
            };
            let big = population(l) >= CITY_POPULATION;
            (part && (big || adjacent)) || (adjacent && big)
        });
        drop[i] = holds;
    }
    drop_marked(mentions, &drop);
}

/// "the Kelto area of the city of Dunamo", "Kelto in the Ruritanian city
/// of Dunamo": the words between a place and the next one say that the
/// next is the city the place lies in.
fn city_named_between(gap: &str) -> bool {
    // At most five short words: a longer gap (pages may lie between two
    // mentions) is none of these and is not split.
    if gap.len() > 64 {
        return false;
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    match words.as_slice() {
        ["of" | "in", "the", "city", "of"] => true,
        ["of" | "in", "the", people, "city", "of"] => {
            people.starts_with(|c: char| c.is_ascii_uppercase())
                && people.chars().all(char::is_alphabetic)
        }
        _ => false,
    }
}

/// A city of at least this many people is coded for the villages the
/// text places in it: GTD codes the villages of a metropolis's district
/// to the metropolis.
const METROPOLIS_POPULATION: u32 = 1_000_000;

/// The first mention that starts after `u` ends.
fn next_mention<'a>(u: &PlaceMention, mentions: &'a [PlaceMention]) -> Option<&'a PlaceMention> {
    mentions
        .iter()
        .filter(|l| l.span.start >= u.span.end)
        .min_by_key(|l| l.span.start)
}

/// "Ruvello village of Montebianco", "Ruvello village, Montebianco,
/// Lower Province": a village the gazetteer lacks, set right before a
/// metropolis (a listed city of METROPOLIS_POPULATION or more, or the
/// district named like one: bare, called a city, or "of" its district), lies in
/// its sprawl and is coded to it. A village of a smaller town, or on a
/// metropolis's outskirts, near it or in its province, stays a place of
/// its own.
fn village_of_a_metropolis(
    gaz: &Gazetteer,
    text: &str,
    u: &PlaceMention,
    mentions: &[PlaceMention],
) -> bool {
    let Some(l) = next_mention(u, mentions) else {
        return false;
    };
    if !matches!(l.kind, PlaceKind::Locality | PlaceKind::Admin2)
        || l.span.start - u.span.end > 24
        || u.iso3.is_some() && l.iso3 != u.iso3
    {
        return false;
    }
    let gap = text[u.span.end..l.span.start].trim().to_lowercase();
    let gap = ["villages", "village"]
        .iter()
        .find_map(|w| gap.strip_prefix(w))
        .unwrap_or(&gap)
        .trim_start();
    if !matches!(gap, "," | "of" | "of the") {
        return false;
    }
    let unit = last_word_lower(&l.text);
    let unit = if unit_word(&unit).is_some() {
        unit
    } else {
        word_after(text, l.span.end)
    };
    // "Ruvello village of the Montebianco district" names the metropolis's
    // district; "Ruvello village, Montebianco district" as often a rural
    // district named like its town.
    let district = unit == "district" && gap != ",";
    if unit_word(&unit).is_some() && unit != "city" && !district {
        return false;
    }
    let Some(cc) = iso2_of(l.iso3.as_deref()) else {
        return false;
    };
    let name = ["city", "City", "district", "District"]
        .iter()
        .find_map(|w| l.text.strip_suffix(w))
        .map_or(l.text.as_str(), str::trim_end);
    let key = super::gazetteer::fold(name);
    gaz.lookup(&key).any(|e| match e {
        Entry::Place(p) => {
            let p = &gaz.places[p as usize];
            p.cc == cc && p.population >= METROPOLIS_POPULATION
        }
        _ => false,
    })
}

/// "in Ruvello, western Montebianco", "the Ruvello area of central
/// Montebianco": a place set in a quarter of the city after it, named by a
/// compass adjective written in lower case, lies in that city (not "West
/// Midnapore", a district whose name opens on a compass word). The caller
/// asks that the city be a listed one of CITY_POPULATION or more.
fn in_a_quarter_of(text: &str, u: &PlaceMention, l: &PlaceMention) -> bool {
    if l.span.start < u.span.end || l.span.start - u.span.end > 40 {
        return false;
    }
    let gap = text[u.span.end..l.span.start].trim();
    let Some((link, quarter)) = gap.rsplit_once(' ') else {
        return false;
    };
    if !is_bearing(quarter) {
        return false;
    }
    // "Ruvello, western", "Ruvello area of central", "Ruvello
    // sub-district in southern".
    let link = link.to_lowercase();
    let link = [
        "area",
        "district",
        "sub-district",
        "neighborhood",
        "neighbourhood",
    ]
    .iter()
    .find_map(|w| link.strip_prefix(w))
    .unwrap_or(&link)
    .trim_start();
    matches!(link, "," | "in" | "of" | "in the" | "of the" | ", in")
}

/// "the Ruvello district of Montebianco": `u` is called a district and the
/// next place, right after "of" or "in", is a listed city of at least
/// CITY_POPULATION people, larger than `u`, that is not named like its
/// region ("the Nawa district of Helmand" names a province's district) and
/// not followed by a unit word. The city's country wins over `u`'s: a
/// district's name is often a namesake elsewhere.
fn district_of_city(
    text: &str,
    u: &PlaceMention,
    mentions: &[PlaceMention],
    city: &impl Fn(&PlaceMention) -> Option<bool>,
    population: &impl Fn(&PlaceMention) -> u32,
) -> bool {
    let district = |w: &str| w == "district" || w == "districts";
    let called = district(&last_word_lower(&u.text)) || district(&word_after(text, u.span.end));
    if !called {
        return false;
    }
    let Some(l) = next_mention(u, mentions) else {
        return false;
    };
    let gap = text[u.span.end..l.span.start].trim().to_lowercase();
    let gap = gap
        .strip_prefix("districts")
        .or_else(|| gap.strip_prefix("district"))
        .unwrap_or(&gap)
        .trim();
    matches!(gap, "of" | "in" | "of the" | "in the")
        && match city(l) {
            Some(false) => true,
            // "of Montebianco city": the city, not its region.
            Some(true) => {
                last_word_lower(&l.text) == "city" || word_after(text, l.span.end) == "city"
            }
            None => false,
        }
        && population(l) >= CITY_POPULATION
        && population(u) < population(l)
}

/// "the al-Rafi area, north of Baiji": an unlisted area placed by its
/// bearing from a listed town or district is too small to be coded; ACLED
/// and GTD code such an event to the place it is measured from. Without
/// the unit word ("Sinjar, west of X"), or as a village, the name is as
/// often the place itself, so it is kept; so is an area placed from a
/// region ("north of Raqqa province"). "in al-Nahda, Mosul": a name opened
/// by a lower-case article, then a comma and a listed place, is an
/// address's quarter of that place, and is coded to it.
fn drop_areas_placed_by_bearing(gaz: &Gazetteer, text: &str, mentions: &mut Vec<PlaceMention>) {
    let mut drop = filled(mentions.len(), false);
    for i in 0..mentions.len().saturating_sub(1) {
        let u = &mentions[i];
        if u.kind != PlaceKind::Unlisted {
            continue;
        }
        let l = &mentions[i + 1];
        if l.kind == PlaceKind::Country || l.kind == PlaceKind::Unlisted {
            continue;
        }
        let Some(gap) = text.get(u.span.end..l.span.start) else {
            continue;
        };
        let lower_article = u.text.starts_with(|c: char| c.is_lowercase())
            && u.text.split(['-', ' ']).next().is_some_and(is_article);
        // "al-Fawwar junction area, Hebron": lower-case words may come
        // between the name and the comma.
        let address = gap.trim_end().strip_suffix(',').is_some_and(|before| {
            before
                .split_whitespace()
                .all(|w| w.chars().all(|c| c.is_lowercase()))
        });
        // "in al-Qarnabit, Diyala": before a region the name is a town of
        // that region, not a quarter; not before a region that has a city
        // of its name ("in al-Qarnabit, Baghdad").
        let region_only = l.kind == PlaceKind::Admin1
            && !gaz
                .lookup(&super::gazetteer::fold(
                    l.gazetteer_name.as_deref().unwrap_or(&l.name),
                ))
                .any(|e| matches!(e, Entry::Place(_)));
        if region_only {
            continue;
        }
        if lower_article && address {
            drop[i] = true;
            continue;
        }
        if l.kind == PlaceKind::Admin1 {
            continue;
        }
        let gap = gap.to_lowercase();
        let mut words = gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty());
        let last = last_word_lower(&u.text);
        let unit = |w: &str| matches!(w, "area" | "region");
        let mut next = words.next();
        if !unit(&last) {
            if !next.is_some_and(unit) {
                continue;
            }
            next = words.next();
        }
        let bearing = next.is_some_and(|w| is_compass(w.strip_suffix("ern").unwrap_or(w)));
        let of = words.next() == Some("of");
        let rest: Vec<&str> = words.collect();
        drop[i] = bearing && of && (rest.is_empty() || rest == ["the"]);
    }
    drop_marked(mentions, &drop);
}

/// "the village of Kerou, 12 km from Sabou", "Tiby, near Dalla": a place
/// the gazetteer lacks, placed by its distance from or nearness to the
/// next place, is coded to that place, as ACLED codes an event near a
/// town it can find (geo-precision 2). A listed place keeps its own name
/// ("Kati, near Bamako"), and so does a place set beside a country
/// ("near the border with Niger"), a region or a city of 100,000 or more
/// ("Mishrifa village near Homs"), whose suburbs are places of their own.
fn drop_unlisted_placed_near_another(
    gaz: &Gazetteer,
    text: &str,
    mentions: &mut Vec<PlaceMention>,
) {
    drop_unlisted_coded_to_next(text, mentions, |u, l, gap| {
        let gap = gap.to_lowercase();
        matches!(l.kind, PlaceKind::Locality | PlaceKind::Unlisted)
            && measured_from(&gap)
            && population(gaz, l) < CITY_POPULATION
            && !area_near(u, &gap)
            && !approximate_location_note(text, l.span.end)
    });
}

/// "Kelto, about 30 km west of Sokoura (coded at approximate location)",
/// "(approx coordinates used)": a note that the place was coded at
/// approximate coordinates says the village itself was located, by its
/// distance from the town, and is the place. A note that names the place
/// it was coded to ("coded as Sokoura at ...") is read as such elsewhere.
fn approximate_location_note(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let Some(note) = rest.trim_start().strip_prefix('(') else {
        return false;
    };
    // Within 80 bytes: a note, not a search to the document's next bracket.
    let Some(close) = note.bytes().take(80).position(|b| b == b')') else {
        return false;
    };
    let note = note[..close].to_ascii_lowercase();
    note.contains("approx") && !note.contains("coded as") && !note.contains("coded to")
}

/// "the Kelto area near Sokoura", "in the Kelto area, close to Sokoura":
/// an area the text names by its own name and sets near a town, without a
/// distance, is where event datasets code the event (a village near the
/// town, or an area some kilometres from it, is coded to the town).
fn area_near(u: &PlaceMention, gap: &str) -> bool {
    let mut w = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let mut next = w.next();
    if last_word_lower(&u.text) != "area" {
        if next != Some("area") {
            return false;
        }
        next = w.next();
    }
    match next {
        Some("near") => true,
        Some("close") => w.next() == Some("to"),
        _ => false,
    }
}

/// "in Kelo district, south of Tikrit", "in Kelo Province, around 240
/// miles east of Algiers": a listed district or region, placed by its
/// bearing from a town, is the place; the town only says where the unit
/// lies. Without the drop the town would win as the more specific place.
fn drop_towns_a_unit_is_placed_from(text: &str, mentions: &mut Vec<PlaceMention>) {
    let mut drop = filled(mentions.len(), false);
    for i in 1..mentions.len() {
        let (u, l) = (&mentions[i - 1], &mentions[i]);
        // A unit the text names by its word alone, that the gazetteer
        // cannot place in a region ("al-Kelo district, east of Baghdad"),
        // is as often a quarter of the town.
        if !matches!(u.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
            || u.admin1.is_none()
            || !matches!(l.kind, PlaceKind::Locality | PlaceKind::Unlisted)
        {
            continue;
        }
        if let Some(gap) = text.get(u.span.end..l.span.start) {
            drop[i] = bearing_from(&gap.to_lowercase());
        }
    }
    drop_marked(mentions, &drop);
}

/// The words after a place that give its bearing from the next one: ",
/// south of", ", about 20 km north-east of", ", some 240 miles west of".
fn bearing_from(gap: &str) -> bool {
    let Some(rest) = gap.trim_start().strip_prefix(',') else {
        return false;
    };
    let mut w: Vec<&str> = rest.split_whitespace().collect();
    if w.first().is_some_and(|f| {
        matches!(
            *f,
            "about" | "some" | "around" | "approximately" | "roughly" | "nearly"
        )
    }) {
        w.remove(0);
    }
    let distance_unit = |w: &str| {
        matches!(
            w,
            "km" | "kms" | "kilometres" | "kilometers" | "miles" | "mi"
        )
    };
    if w.len() >= 2 && w[0].chars().all(|c| c.is_ascii_digit()) && distance_unit(w[1]) {
        w.drain(..2);
    }
    matches!(w.as_slice(), [bearing, "of"] if is_compass(bearing))
}

/// Drops each mention `u` the gazetteer lacks whose next mention `l` it
/// is coded to, as `codes_to(u, l, gap)` says from the text between the
/// two.
fn drop_unlisted_coded_to_next(
    text: &str,
    mentions: &mut Vec<PlaceMention>,
    codes_to: impl Fn(&PlaceMention, &PlaceMention, &str) -> bool,
) {
    let mut drop = filled(mentions.len(), false);
    for i in 0..mentions.len().saturating_sub(1) {
        let (u, l) = (&mentions[i], &mentions[i + 1]);
        if u.kind != PlaceKind::Unlisted {
            continue;
        }
        if let Some(gap) = text.get(u.span.end..l.span.start) {
            drop[i] = codes_to(u, l, gap);
        }
    }
    drop_marked(mentions, &drop);
}

/// Removes the mentions marked in `drop` (one flag per mention).
fn drop_marked(mentions: &mut Vec<PlaceMention>, drop: &[bool]) {
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// See [`super::marked_unlocated`]: "Kelo hill (Kurdish name)", "Kelo
/// area (unknown location)".
pub(super) fn marked_unlocated(text: &str, mentions: &[PlaceMention]) -> Vec<bool> {
    let marked = |end: usize| -> bool {
        let Some(rest) = text.get(end..) else {
            return false;
        };
        // Within 80 bytes: not a search to the document's next bracket.
        let Some(open) = rest.bytes().take(81).position(|b| b == b'(') else {
            return false;
        };
        let Some((note, _)) = rest[open + 1..].split_once(')') else {
            return false;
        };
        let note = note.to_lowercase();
        let two_words = note.split(' ').count() == 2;
        let plural = note == "unknown location" || two_words && note.ends_with(" names");
        if !(plural || two_words && note.ends_with(" name")) {
            return false;
        }
        // Up to three lower-case words before the note ("hill",
        // "military guard post"); a list's further names only before a
        // note for several ("Kelo, Sira and Tobi areas (Kurdish names)").
        let mut lower = 0;
        for w in rest[..open].split([' ', ',']).filter(|w| !w.is_empty()) {
            if w.chars().all(|c| c.is_ascii_lowercase()) && w != "and" {
                lower += 1;
            } else if !(plural && (w == "and" || w.starts_with(char::is_uppercase))) {
                return false;
            }
        }
        lower <= 3
    };
    let mut drop: Vec<bool> = mentions
        .iter()
        .map(|m| m.kind == PlaceKind::Unlisted && marked(m.span.end))
        .collect();
    // A sentence that names no other place keeps them.
    if drop.iter().all(|&d| d) {
        drop.fill(false);
    }
    drop
}

/// "protests in several villages of Kelo district including Dara": the
/// village the list opens on is where the event was, not the area that
/// holds the villages.
fn drop_area_of_listed_villages(text: &str, mentions: &mut Vec<PlaceMention>) {
    let mut drop = filled(mentions.len(), false);
    for i in 0..mentions.len().saturating_sub(1) {
        let before = lower_tail(text[..mentions[i].span.start].trim_end());
        let of_villages = [
            "villages of",
            "villages in",
            "villages of the",
            "villages in the",
        ]
        .iter()
        .any(|w| before.ends_with(w));
        drop[i] = of_villages
            && mentions[i + 1..].iter().any(|l| {
                matches!(l.kind, PlaceKind::Unlisted | PlaceKind::Locality)
                    && text
                        .get(mentions[i].span.end..l.span.start)
                        .is_some_and(|gap| gap.len() <= 40 && gap.trim_end().ends_with("including"))
            });
    }
    drop_marked(mentions, &drop);
}

/// "in the Kelo and Dara villages of Tamba district", "the villages of
/// Kelo, Dara and Sumo, all in Tamba territory": an event spread over
/// several places that the text names together, under a plural word, and
/// then sets in one unit is coded to that unit, not to one of its places.
/// A unit is a district, a region or a name the text calls a unit
/// ("Tamba sector"); the parts of a city ("the Kelo and Dara
/// neighbourhoods of Ketara") take the city. Not between two villages,
/// which is a road's shape.
fn drop_villages_listed_in_a_unit(text: &str, mentions: &mut Vec<PlaceMention>) {
    const PLURAL: [&str; 11] = [
        "villages",
        "localities",
        "hamlets",
        "settlements",
        "communes",
        "districts",
        "areas",
        "neighbourhoods",
        "neighborhoods",
        "quarters",
        "suburbs",
    ];
    const UNIT: [&str; 17] = [
        "district",
        "township",
        "subdivision",
        "territory",
        "locality",
        "sector",
        "county",
        "municipality",
        "commune",
        "upazila",
        "tehsil",
        "payam",
        "division",
        "zone",
        "cercle",
        "prefecture",
        "subprefecture",
    ];
    let separator = |gap: &str| matches!(gap.trim(), "," | "and" | ", and" | "&");
    let mut drop = filled(mentions.len(), false);
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.kind.breadth() > 1 {
            continue;
        }
        // The members of the list: the mentions joined to this one by
        // commas and "and" (a member the gazetteer lacks is no mention).
        let (mut first, mut last) = (i, i);
        while first > 0
            && mentions[first - 1].span.end <= mentions[first].span.start
            && separator(&text[mentions[first - 1].span.end..mentions[first].span.start])
        {
            first -= 1;
        }
        // "Kelo and Dara villages": the plural ends the list.
        // "Kelo and Dara villages": the plural ends the list, past the
        // names the gazetteer lacks ("Kelo and Dara areas" with Dara
        // unlisted); whether it passed over such a name.
        let plural_after = |k: usize| {
            let w = last_word_lower(&mentions[k].text);
            if PLURAL.contains(&w.as_str()) {
                return Some((w, mentions[k].span.end, false));
            }
            let mut at = mentions[k].span.end;
            let mut passed = false;
            for _ in 0..8 {
                let rest = &text[at..];
                let skip = rest.len() - rest.trim_start_matches([' ', ',']).len();
                let rest = &rest[skip..];
                let len = rest
                    .find([' ', ',', '.', ';', '(', ')'])
                    .unwrap_or(rest.len());
                let w = &rest[..len];
                if w.is_empty() {
                    return None;
                }
                at += skip + len;
                if PLURAL.contains(&w) {
                    return Some((w.to_string(), at, passed));
                }
                if w == "and" || w == "&" {
                    continue;
                }
                if !w.starts_with(char::is_uppercase) {
                    return None;
                }
                passed = true;
            }
            None
        };
        while plural_after(last).is_none()
            && last + 1 < mentions.len()
            && mentions[last].span.end <= mentions[last + 1].span.start
            && separator(&text[mentions[last].span.end..mentions[last + 1].span.start])
        {
            last += 1;
        }
        let before = lower_tail(text[..mentions[first].span.start].trim_end());
        let before = before.strip_suffix(" the").unwrap_or(&before);
        if before.ends_with("between") {
            continue;
        }
        let listed_before = text[..mentions[first].span.start]
            .trim_end()
            .ends_with(" and")
            || text[..mentions[first].span.start]
                .trim_end()
                .ends_with([',', '&']);
        let (plural, end) = if let Some((w, at, _)) =
            plural_after(last).filter(|p| first < last || listed_before || p.2)
        {
            (w, at)
        } else if let Some(w) = before
            .strip_suffix(" of")
            .and_then(|b| PLURAL.iter().find(|w| b.ends_with(**w)))
        {
            // "the villages of Kelo, Dara and Sumo": the list goes on
            // after this name, through names the gazetteer may lack.
            // A name the text calls a unit is the unit the villages are
            // in ("the villages of Tamba district, Kelo"), not one of them.
            let after = &text[mentions[last].span.end..];
            let named_unit = mentions[first..=last].iter().any(|m| {
                m.kind.breadth() > 0
                    || m.text
                        .split_whitespace()
                        .skip(1)
                        .any(|w| UNIT.contains(&w.to_lowercase().as_str()))
            });
            if named_unit || !(after.starts_with(',') || after.starts_with(" and ")) {
                continue;
            }
            (w.to_string(), mentions[last].span.end)
        } else {
            continue;
        };
        // Names of the list the scan passed over are its members too.
        let Some(next) = (last + 1..mentions.len()).find(|&k| mentions[k].span.start >= end) else {
            continue;
        };
        let l = &mentions[next];
        if l.kind == PlaceKind::Country {
            continue;
        }
        // The link to the unit: "of", "in", "all in", a comma; past the
        // list's other names when the plural came first.
        let gap = &text[end..l.span.start];
        if gap.contains(['.', ';', '(', ')']) || gap.len() > 80 {
            continue;
        }
        let mut words = gap
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .filter(|w| !w.is_empty())
            .skip_while(|w| *w == "and" || w.starts_with(char::is_uppercase));
        if !words.all(|w| matches!(w, "of" | "in" | "under" | "all" | "the" | "within")) {
            continue;
        }
        // A region is too wide a place for villages ("the Kelo and Dara
        // communes of the Tamba region" stay places); not for districts.
        let unit = l.kind == PlaceKind::Admin2
            || (l.kind == PlaceKind::Admin1 && plural == "districts")
            || l.kind != PlaceKind::Admin1
                && l.text
                    .split_whitespace()
                    .skip(1)
                    .any(|w| UNIT.contains(&w.to_lowercase().as_str()))
            || l.kind != PlaceKind::Admin1 && UNIT.contains(&word_after(text, l.span.end).as_str());
        let city_part = matches!(
            plural.as_str(),
            "areas" | "neighbourhoods" | "neighborhoods" | "quarters" | "suburbs" | "districts"
        ) && gap.trim().ends_with("of");
        // Two names at least: "and" joins them somewhere in the list.
        let several = text[mentions[first].span.start..l.span.start].contains(" and ")
            || text[..mentions[first].span.start]
                .trim_end()
                .ends_with(" and");
        if (unit || city_part) && several {
            drop[first..next].fill(true);
        }
    }
    drop_marked(mentions, &drop);
}

/// "Kerou village in Sabou (Boulkiemde)", "Dar Salam in Kerou parish
/// (Central Region)": a place the gazetteer lacks set in a town that the
/// note then gives its region in brackets is coded to that town, as ACLED
/// codes it; not in a county, district or province, which is too large.
fn drop_unlisted_in_a_town_given_its_region(text: &str, mentions: &mut Vec<PlaceMention>) {
    let mut drop = filled(mentions.len(), false);
    for i in 0..mentions.len().saturating_sub(1) {
        let (u, l) = (&mentions[i], &mentions[i + 1]);
        if u.kind != PlaceKind::Unlisted
            || !matches!(
                l.kind,
                PlaceKind::Locality | PlaceKind::Unlisted | PlaceKind::Admin2
            )
        {
            continue;
        }
        let in_town = text.get(u.span.end..l.span.start) == Some(" in ");
        let mut rest = text.get(l.span.end..).unwrap_or("");
        let mut unit = last_word_lower(&l.text);
        // "in Binya parish (Omoro)": the town's unit word may stand
        // outside its name.
        if let Some(word) = rest
            .strip_prefix(' ')
            .and_then(|r| r.split(' ').next())
            .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
        {
            unit = word.to_string();
            rest = &rest[word.len() + 1..];
        }
        let Some(bracket) = rest
            .strip_prefix(" (")
            .filter(|r| r.starts_with(char::is_uppercase))
        else {
            continue;
        };
        // "Wuji village in Lainya county (Central Equatoria)": a county or
        // a district is too large to code the event to. "in Ngaba (Aba)
        // county": the unit word may follow the brackets.
        let large = |w: &str| {
            matches!(
                w,
                "county" | "district" | "block" | "province" | "state" | "region"
            )
        };
        let after_bracket = bracket
            .split_once(')')
            .and_then(|(_, after)| after.split_whitespace().next())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .unwrap_or("");
        let large_unit = large(&unit) || large(after_bracket);
        drop[i] = in_town && !large_unit;
    }
    drop_marked(mentions, &drop);
}

/// "in Kelo (Sokoto)", "near Kelo (Dara, Sokoto)": a place the note gives
/// its own region in brackets is the place it codes the event to, as ACLED
/// writes it; a name the gazetteer lacks elsewhere in the sentence ("in
/// Sira farm", "in Tobi village, in Kelo (Sokoto)") is a site or a village
/// too small to code, and goes. Only after a word that sets the event at
/// the place ("in", "near", "of", ...): not in a list or an address ("Sira
/// and Kelo (Sokoto)", "Tobi village, Kelo (Sokoto)"), where the brackets
/// hold for more than one name, nor in a name ("the Kelo (Sokoto)
/// massacre").
fn drop_unlisted_beside_a_place_given_its_region(text: &str, mentions: &mut Vec<PlaceMention>) {
    let given: Vec<bool> = (0..mentions.len())
        .map(|i| region_in_brackets(text, mentions, i))
        .collect();
    if !given.contains(&true) {
        return;
    }
    // The regions in the brackets are districts and regions: they stay. A
    // place told right before the given one as near it ("Tobi village near
    // Kelo (Sokoto)", "Tobi boma near Kelo", "Tobi on the outskirts of
    // Kelo") is left to the rules for places near another.
    let told_beside = |i: usize| {
        mentions
            .get(i + 1)
            .zip(given.get(i + 1))
            .is_some_and(|(p, &g)| {
                let gap = text[mentions[i].span.end..p.span.start].to_lowercase();
                let after_word = gap.trim_start().split_once(' ').map_or("", |(_, r)| r);
                g && (measured_from(&gap)
                    || measured_from(after_word)
                    || gap.trim_end().ends_with("outskirts of"))
            })
    };
    let drop: Vec<bool> = (0..mentions.len())
        .map(|i| !given[i] && mentions[i].kind == PlaceKind::Unlisted && !told_beside(i))
        .collect();
    drop_marked(mentions, &drop);
}

/// Whether the place `mentions[i]` is a town or village followed by its
/// region in brackets ("Kelo (Dara, Sokoto)", "Kelo (Sokoto state)"): only
/// districts and regions the sentence names, between commas, then the
/// bracket's end; and set at by the word before it.
fn region_in_brackets(text: &str, mentions: &[PlaceMention], i: usize) -> bool {
    let p = &mentions[i];
    // The brackets open right after the place, or this is none of it.
    if !text[p.span.end..].starts_with(" (") {
        return false;
    }
    // "in Kelo district (Sokoto)": a district, a block or a county is too
    // large to code an event in one of its villages to.
    let large = matches!(
        last_word_lower(&p.text).as_str(),
        "district" | "tehsil" | "block" | "county" | "province" | "state" | "region"
    );
    if large || !matches!(p.kind, PlaceKind::Locality | PlaceKind::Unlisted) {
        return false;
    }
    let before = last_word_lower(&text[..p.span.start]);
    if !matches!(
        before.as_str(),
        "in" | "at" | "near" | "of" | "around" | "outside"
    ) {
        return false;
    }
    let mut at = p.span.end;
    let mut opener = " (";
    for q in &mentions[i + 1..] {
        if text.get(at..q.span.start) != Some(opener)
            || !matches!(q.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
        {
            return false;
        }
        // "(South Kelo district, Dara)": a unit word may follow a name.
        let rest = &text[q.span.end..];
        let unit = rest.strip_prefix(' ').and_then(|r| {
            [
                "district",
                "state",
                "province",
                "region",
                "county",
                "governorate",
            ]
            .iter()
            .find(|w| r.starts_with(*w))
        });
        at = q.span.end + unit.map_or(0, |w| w.len() + 1);
        if text[at..].starts_with(')') {
            return true;
        }
        opener = ", ";
    }
    false
}

/// "Kelo village in the area of Dara", "the area of Kelo in the Dara
/// area", "Kelo, area of Dara", "Kelo in the commune of Dara": a place the
/// gazetteer lacks, set in the area or commune of another, is coded to
/// that place, as ACLED codes an event in an area it names (geo-precision
/// 2). Not a city of 100,000 or more, whose parts are places of their own;
/// and not "the Kelo area of Dara", where Kelo is the area.
fn drop_unlisted_in_the_area_of_another(
    gaz: &Gazetteer,
    text: &str,
    mentions: &mut Vec<PlaceMention>,
) {
    drop_unlisted_coded_to_next(text, mentions, |_, l, gap| {
        if !matches!(
            l.kind,
            PlaceKind::Locality | PlaceKind::Unlisted | PlaceKind::Admin2
        ) || population(gaz, l) >= CITY_POPULATION
        {
            return false;
        }
        let gap = gap.to_lowercase();
        let mut w: Vec<&str> = gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        // "Kelo village situated in ...".
        while w.first().is_some_and(|f| {
            matches!(
                *f,
                "village" | "locality" | "hamlet" | "settlement" | "situated" | "located"
            )
        }) {
            w.remove(0);
        }
        // The mention may hold its unit word ("the Dara area").
        let area_after = last_word_lower(&l.text) == "area"
            || lower_head(&text[l.span.end..]).starts_with(" area");
        // "Kelo, commune of Dara" names Kelo's commune, as an address
        // does; Kelo stays.
        match w.as_slice() {
            ["in", "the", "area" | "commune", "of"] | ["area", "of"] => true,
            ["in", "the"] => area_after,
            _ => false,
        }
    });
}

/// "at the Qasr Hall, a wedding venue, in Darwaza neighborhood, Karbala
/// city, Karbala governorate, Iraq": when a sentence writes an address (names
/// linked by commas down to a region or a country), the event is in that
/// address, and a name the gazetteer lacks that stands outside it is a
/// building, a firm, a person or a group ("stormed Alpha Foods", "fired on
/// Omar Saleh in ..."), not the place. A name kept as a place anyway: one
/// the text calls a village, area or the like ("Dara village", "the village
/// of Dara"), and one given its own region in brackets ("Dara (Kaimur,
/// Bihar)", "under Dara police station (Kaimur, Bihar)"), as ACLED writes
/// it.
fn drop_unlisted_outside_the_address(text: &str, mentions: &mut Vec<PlaceMention>) {
    let n = mentions.len();
    if n < 3 || !mentions.iter().any(|m| m.kind == PlaceKind::Unlisted) {
        return;
    }
    let linked = |a: &PlaceMention, b: &PlaceMention| {
        b.span.start >= a.span.end && address_link(&text[a.span.end..b.span.start])
    };
    let mut in_address = filled(n, false);
    let mut address = false;
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n && linked(&mentions[j], &mentions[j + 1]) {
            j += 1;
        }
        if j > i {
            in_address[i..=j].iter_mut().for_each(|a| *a = true);
            address |= mentions[i].kind != PlaceKind::Admin1
                && mentions[i].kind != PlaceKind::Country
                && matches!(mentions[j].kind, PlaceKind::Admin1 | PlaceKind::Country);
        }
        i = j + 1;
    }
    if !address {
        return;
    }
    let keep: Vec<bool> = mentions
        .iter()
        .zip(&in_address)
        .map(|(m, &linked)| {
            if m.kind != PlaceKind::Unlisted || linked {
                return true;
            }
            if unit_word(&last_word_lower(&m.text)).is_some() {
                return true;
            }
            let before = lower_tail(text[..m.span.start].trim_end());
            if ["village of", "area of", "town of", "hamlet of"]
                .iter()
                .any(|w| before.ends_with(w))
            {
                return true;
            }
            // "from village Dara in Kelo, Region": the unit word in lower
            // case right before the name calls it a village, as "Dara
            // village" does (the word order of many reports on the
            // Caucasus and Central Asia).
            // Not after "a": "two men, one of them a village Headman"
            // names a village's officer, not the village.
            let mut words_before = text[..m.span.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let unit_before = words_before
                .next()
                .is_some_and(|w| matches!(w, "village" | "hamlet" | "settlement"));
            if unit_before && !words_before.next().is_some_and(|w| matches!(w, "a" | "an")) {
                return true;
            }
            if set_in_the_address(text, m, mentions, &in_address) {
                return true;
            }
            if first_of_two_between(text, m, mentions) {
                return true;
            }
            if called_a_town_of_its_own(&text[m.span.end..]) {
                return true;
            }
            // Its own region in brackets, right after it or after a few
            // lower-case words ("police station area"); the station's words
            // may have capitals ("Dara Police Station limits").
            let after = &text[m.span.end..];
            let end = (0..=after.len().min(60))
                .rev()
                .find(|&i| after.is_char_boundary(i))
                .unwrap_or(0);
            let head = &after[..end];
            head.split_once('(').is_some_and(|(words, _)| {
                let words: Vec<&str> = words.split_whitespace().collect();
                words.len() <= 4
                    && words.iter().all(|w| {
                        w.chars().all(char::is_lowercase)
                            || matches!(w.to_lowercase().as_str(), "police" | "station" | "limits")
                    })
            })
        })
        .collect();
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// "Kalo, a suburb of Sorvi, Ghana", "Kalo, a small village near Sorvi":
/// an apposition right after a name calls it a town of its own, and the
/// address that follows says where that town lies. GTD and Wikipedia code
/// such a suburb to itself (5 of the 6 dev rows), unlike a quarter or a
/// neighbourhood, which drop_parts_of_cities codes to its city.
fn called_a_town_of_its_own(after: &str) -> bool {
    let head = lower_head(after);
    let Some(rest) = [", a ", ", an "].iter().find_map(|a| head.strip_prefix(a)) else {
        return false;
    };
    // One qualifier at most before the word: "a small village", "a
    // northern suburb".
    rest.split_whitespace().take(2).any(|w| {
        matches!(
            w.trim_end_matches(','),
            "suburb" | "town" | "village" | "city" | "hamlet" | "settlement"
        )
    })
}

/// "a bridge between Kalo and Dara villages (Sorvi, Assam)", "between Kalo
/// and Dara towns, Sorvi Township": the plural unit word after the second
/// name calls both names villages or towns, so the first is a link of the
/// address as the second is, however the gazetteer lists them. Only after
/// "between": "Kalo and Dara villages" alone lists places that ACLED codes
/// to their unit or to either village alike.
fn first_of_two_between(text: &str, m: &PlaceMention, mentions: &[PlaceMention]) -> bool {
    if !lower_tail(text[..m.span.start].trim_end()).ends_with("between") {
        return false;
    }
    let Some(second) = mentions.iter().find(|o| o.span.start >= m.span.end) else {
        return false;
    };
    &text[m.span.end..second.span.start] == " and "
        && matches!(
            last_word_lower(&second.text).as_str(),
            "villages" | "towns" | "cities" | "hamlets"
        )
}

/// "near Kalo, in Sorvi district, Assam state", "in Kalo in the northern
/// district of Sorvi": a name "in" or "near" introduces, set "in" the next
/// name of the address, is the address's first link, not a name outside
/// it. Not one "at" introduces: "at Kalo Hills in Sorvi district" names a
/// site as often as a town, and GTD codes it to the district.
fn set_in_the_address(
    text: &str,
    m: &PlaceMention,
    mentions: &[PlaceMention],
    in_address: &[bool],
) -> bool {
    let cued = matches!(
        last_word_lower(text[..m.span.start].trim_end()).as_str(),
        "in" | "near" | "outside"
    );
    if !cued {
        return false;
    }
    let Some(k) = mentions.iter().position(|o| o.span.start >= m.span.end) else {
        return false;
    };
    let gap = text[m.span.end..mentions[k].span.start].to_lowercase();
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    in_address[k]
        && gap.len() <= 40
        && words.first() == Some(&"in")
        && words.len() <= 5
        && words[1..].iter().all(|w| {
            is_compass(w)
                || unit_word(w).is_some()
                || matches!(
                    *w,
                    "of" | "the" | "western" | "eastern" | "northern" | "southern" | "central"
                )
        })
}

/// The words between two names of one address: a comma, with at most a
/// unit or compass word or two ("Dara subdistrict, West Kota",
/// "Dara, Cercle of Kota").
fn address_link(gap: &str) -> bool {
    if gap.len() > 50 || !gap.contains(',') {
        return false;
    }
    let gap = gap.to_lowercase();
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 4
        && words.iter().all(|w| {
            is_compass(w)
                || unit_word(w).is_some()
                || matches!(
                    *w,
                    "of" | "the"
                        | "western"
                        | "eastern"
                        | "northern"
                        | "southern"
                        | "central"
                        | "sub"
                        | "sub-district"
                        | "subdistrict"
                )
        })
}

/// "a bomb went off in Kelo in southern Montebianco", "Kelo village in
/// Dara district in the east of Montebianco": a town written after "in"
/// and a bearing is a city the places named just before it lie in (its
/// quarters, or villages of its outskirts), and event lists code the event
/// to the city, in every dev row of the shape but one. Not a region or a
/// country ("in northern Iraq"), nor a city named with a region's word
/// ("in eastern Aleppo countryside", "southern Kelo province"). The words
/// between may only chain names with "in", "of" and unit words: a clause
/// of its own ("a market in southern Montebianco") breaks the chain.
fn drop_places_in_a_part_of_a_city(gaz: &Gazetteer, text: &str, mentions: &mut Vec<PlaceMention>) {
    // The words between two names of the chain, longest seen: "village in
    // Dara district in the south-east of".
    const CHAIN: usize = 80;
    let mut drop = filled(mentions.len(), false);
    for (k, city) in mentions.iter().enumerate() {
        if city.kind != PlaceKind::Locality || k == 0 {
            continue;
        }
        // Cheap test first: the word right before the city is a bearing
        // or "of" ("in the east of").
        let head = text[..city.span.start].trim_end();
        // A capital bearing is part of the name ("in West Kelo"), not a
        // bearing.
        let last = head.rsplit(' ').next().unwrap_or("");
        if !(last == "of" || is_bearing(last)) {
            continue;
        }
        // A town named like its region ("in southern Idleb") stands for
        // the region, unless it is a city of a million people or more,
        // whose quarters and outskirts the text places in it.
        if named_like_its_region(city) && population(gaz, city) < METROPOLIS_POPULATION {
            continue;
        }
        let after = word_after(text, city.span.end);
        if after == "countryside"
            || matches!(
                unit_word(&after),
                Some(UnitLevel::Admin1 | UnitLevel::Admin2)
            )
        {
            continue;
        }
        let mut next_start = city.span.start;
        for j in (0..k).rev() {
            let u = &mentions[j];
            if u.span.end > next_start
                || !matches!(
                    u.kind,
                    PlaceKind::Locality | PlaceKind::Unlisted | PlaceKind::Admin2
                )
                || city.span.start - u.span.end > CHAIN
            {
                break;
            }
            let gap = text[u.span.end..city.span.start].to_lowercase();
            let words: Vec<&str> = gap.split_whitespace().collect();
            let raw: Vec<&str> = text[u.span.end..city.span.start]
                .split_whitespace()
                .collect();
            // The bearing in the text's own case, lower (see above).
            let cue = raw.last().is_some_and(|w| is_bearing(w) || *w == "of")
                && match words.as_slice() {
                    [.., "in", b] | [.., "in", "the", b] => is_bearing(b),
                    [.., "in", "the", b, "of"] => is_compass(b),
                    _ => false,
                };
            // Only names (a capital or an article such as "al-"), unit
            // words and the words that chain them.
            let chained = raw.iter().zip(&words).all(|(r, w)| {
                !w.contains([',', ';', '.', ':', '(', ')', '"'])
                    && (matches!(*w, "in" | "the" | "of")
                        || is_bearing(w)
                        || unit_word(w).is_some()
                        || r.starts_with(|c: char| c.is_uppercase())
                        || ["al-", "el-", "ad-", "as-", "an-", "ar-", "ash-"]
                            .iter()
                            .any(|a| w.starts_with(a)))
            });
            if !cue || !chained {
                break;
            }
            drop[j] = true;
            next_start = u.span.start;
        }
    }
    drop_marked(mentions, &drop);
}

/// "in Ruvello district, Montebianco city, Lario province": a district the
/// text writes before a comma and a place it calls a city is a district of
/// that city, and GTD codes the event to the city (every such dev row does).
fn drop_districts_before_their_city(text: &str, mentions: &mut Vec<PlaceMention>) {
    let called = |m: &PlaceMention, w: &str| {
        last_word_lower(&m.text) == w || word_after(text, m.span.end) == w
    };
    let mut drop = filled(mentions.len(), false);
    for i in 0..mentions.len().saturating_sub(1) {
        let (u, l) = (&mentions[i], &mentions[i + 1]);
        // The city may be read as its region ("Baghdad city"): its name
        // is what counts.
        if matches!(u.kind, PlaceKind::Admin1 | PlaceKind::Country)
            || l.kind == PlaceKind::Country
            || l.span.start < u.span.end
        {
            continue;
        }
        let gap = text[u.span.end..l.span.start].to_lowercase();
        let gap = gap.trim();
        let gap = gap.strip_prefix("district").map_or(gap, str::trim_start);
        drop[i] = gap == "," && called(u, "district") && called(l, "city");
    }
    drop_marked(mentions, &drop);
}

/// "the Ruvello district of Montebianco" where the gazetteer lists Ruvello
/// as a district (admin2) of the city's own country: a city split into
/// official districts has events coded to the district, so the district is
/// read as the place, ahead of the city (a locality, first in the text).
/// Its region comes from the city when the gazetteer gave none. Only the
/// kind changes: the country vote and the other rules have already run.
fn listed_districts_of_cities_as_places(
    gaz: &Gazetteer,
    text: &str,
    mentions: &mut [PlaceMention],
) {
    for i in 0..mentions.len().saturating_sub(1) {
        let (u, l) = (&mentions[i], &mentions[i + 1]);
        if u.kind != PlaceKind::Admin2
            || l.kind != PlaceKind::Locality
            || l.span.start < u.span.end
            || u.iso3.is_none()
            || u.iso3 != l.iso3
        {
            continue;
        }
        let called =
            last_word_lower(&u.text) == "district" || word_after(text, u.span.end) == "district";
        let gap = text[u.span.end..l.span.start].trim().to_lowercase();
        let gap = gap
            .strip_prefix("district")
            .map_or(gap.as_str(), str::trim_start);
        let holds = called
            && matches!(gap, "of" | "in")
            && unit_word(&word_after(text, l.span.end)).is_none()
            && population(gaz, l) >= CITY_POPULATION
            && admin2_named(gaz, &u.name, u.iso3.as_deref());
        if holds {
            let admin1 = l.admin1.clone();
            let u = &mut mentions[i];
            u.kind = PlaceKind::Locality;
            if u.admin1.is_none() {
                u.admin1 = admin1;
            }
        }
    }
}

/// "Dara, Kota, Lima Province": a name the gazetteer lacks, written before
/// a comma and a city of CITY_POPULATION or more (bare, or called a city)
/// that the address goes on from, is a part of that city, and the event is
/// coded to the city, as GTD codes it. A village or town the text calls one
/// stays, and so does a name before a district or a province ("Dara, Kota
/// district"): GTD codes those to the village as often as not. Unlike
/// drop_parts_of_cities_named_like_units, this holds when only the country
/// follows ("Dara, Kota, Peru"), for a city this large: on the dev rows
/// that gained six places and lost none. A listed name goes too when the
/// text calls the next one a city ("Kelo, Dara city, ..."): seven more dev
/// rows, none lost.
fn drop_unlisted_before_its_city(gaz: &Gazetteer, text: &str, mentions: &mut Vec<PlaceMention>) {
    let mut drop = filled(mentions.len(), false);
    for i in 0..mentions.len().saturating_sub(2) {
        let (u, l, r) = (&mentions[i], &mentions[i + 1], &mentions[i + 2]);
        let unit = last_word_lower(&l.text);
        let unit = if unit_word(&unit).is_some() {
            unit
        } else {
            word_after(text, l.span.end)
        };
        // "in Kelo, Dara city, ...": a name the text calls a city holds
        // the name before it, listed or not (a listed one is often a
        // namesake abroad: GTD codes every such dev row to the city), even
        // where the city's name is also its region's.
        let called_city = unit == "city";
        let listed_part = u.kind == PlaceKind::Locality
            && called_city
            && u.iso3 == l.iso3
            && unit_word(&last_word_lower(&u.text)).is_none()
            && unit_word(&word_after(text, u.span.end)).is_none();
        if !(u.kind == PlaceKind::Unlisted || listed_part)
            || !(matches!(l.kind, PlaceKind::Locality | PlaceKind::Admin2)
                || called_city && l.kind == PlaceKind::Admin1)
            || l.span.start < u.span.end
            || text[u.span.end..l.span.start].trim() != ","
            || r.span.start < l.span.end
            || text[l.span.end..r.span.start].trim() != ","
        {
            continue;
        }
        if matches!(
            last_word_lower(&u.text).as_str(),
            "village" | "villages" | "hamlet" | "town"
        ) {
            continue;
        }
        if unit_word(&unit).is_some() && !called_city {
            continue;
        }
        let Some(cc) = iso2_of(l.iso3.as_deref()) else {
            continue;
        };
        let name = ["city", "City"]
            .iter()
            .find_map(|w| l.text.strip_suffix(w))
            .map_or(l.text.as_str(), str::trim_end);
        let key = super::gazetteer::fold(name);
        drop[i] = gaz.lookup(&key).any(|e| match e {
            Entry::Place(p) => {
                let p = &gaz.places[p as usize];
                p.cc == cc && p.population >= CITY_POPULATION
            }
            _ => false,
        });
    }
    drop_marked(mentions, &drop);
}

/// The words between two places that set the first near the second:
/// ", near", " village, 10 km from", ", about 30 km north-east of",
/// " close to the town of", " in rural" (a village in the countryside
/// of a town).
fn measured_from(gap: &str) -> bool {
    let unit = |w: &str| {
        matches!(
            w,
            "village" | "locality" | "area" | "camp" | "town" | "hamlet" | "settlement"
        )
    };
    let mut w: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    while w.first().is_some_and(|f| unit(f)) {
        w.remove(0);
    }
    // "... near the town of", "... near the".
    if w.len() >= 3 && w[w.len() - 1] == "of" && unit(w[w.len() - 2]) && w[w.len() - 3] == "the" {
        w.truncate(w.len() - 3);
    } else if w.last() == Some(&"the") {
        w.pop();
    }
    match w.as_slice() {
        ["near"]
        | ["close", "to"]
        | ["not", "far", "from"]
        | ["in", "the", "vicinity", "of"]
        | ["in", "rural"] => {
            return true;
        }
        _ => {}
    }
    // "[about] 10 km [north of|from]", "10km from".
    let mut rest = w.as_slice();
    if rest.first().is_some_and(|f| {
        matches!(
            *f,
            "about" | "some" | "around" | "approximately" | "roughly" | "nearly" | "at"
        )
    }) {
        rest = &rest[1..];
    }
    let distance_unit = |w: &str| matches!(w, "km" | "kms" | "kilometres" | "kilometers");
    let Some((number, after)) = rest.split_first() else {
        return false;
    };
    let digits = number.trim_end_matches(|c: char| c.is_alphabetic());
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut after = after;
    if digits.len() == number.len() {
        match after.split_first() {
            Some((u, more)) if distance_unit(u) => after = more,
            _ => return false,
        }
    } else if !distance_unit(&number[digits.len()..]) {
        return false;
    }
    match after {
        ["from"] => true,
        [bearing, "of" | "from"] => is_compass(bearing),
        _ => false,
    }
}

/// "Qadisyah, Mosul, Nineveh", "Garhi Shahu, Lahore, Punjab": a name the
/// gazetteer lacks, written before a comma and a unit that shares its name
/// with a city of the unit ("Lahore" the district and the city), then the
/// region, is a part of that city, and the event is coded to the city, as
/// GTD codes it. A unit the text calls one ("Garissa province")
/// and a village ("Galmagalla village, Garissa") are not read so.
fn drop_parts_of_cities_named_like_units(
    gaz: &Gazetteer,
    text: &str,
    mentions: &mut Vec<PlaceMention>,
) {
    let mut drop = filled(mentions.len(), false);
    // The capitals that stand for their region (below): cities again.
    let mut city = filled(mentions.len(), false);
    for i in 0..mentions.len().saturating_sub(1) {
        let (u, l) = (&mentions[i], &mentions[i + 1]);
        if u.kind != PlaceKind::Unlisted
            || !matches!(l.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
            || l.span.start < u.span.end
            || text[u.span.end..l.span.start].trim() != ","
        {
            continue;
        }
        let last = last_word_lower(&u.text);
        let before = lower_tail(text[..u.span.start].trim_end());
        let village = matches!(last.as_str(), "village" | "villages" | "hamlet" | "town")
            || before.ends_with("village of")
            || before.ends_with("town of");
        let next_word = word_after(text, l.span.end);
        // An address read from the small to the large: the town, then its
        // region ("Qadisyah, Mosul, Nineveh"). A name with only the country
        // after it ("Dand, Kandahar, Afghanistan") or nothing ("Tene,
        // Segou") is the region, and the name before it its town.
        let chain = mentions.get(i + 2).is_some_and(|r| {
            r.kind == PlaceKind::Admin1
                && r.name != l.name
                && r.span.start >= l.span.end
                && text[l.span.end..r.span.start].trim() == ","
        });
        // "Karte Char, Kabul, Afghanistan": with only the country after
        // it, a region named like the national capital stands for the
        // capital, whose quarter the name before it is. Other regions
        // named like their seat ("Dand, Kandahar, Afghanistan") hold
        // towns as often as quarters, so they stay regions.
        let country_next = mentions.get(i + 2).is_some_and(|r| {
            r.kind == PlaceKind::Country
                && r.span.start >= l.span.end
                && text[l.span.end..r.span.start].trim() == ","
        });
        if village || unit_word(&next_word).is_some() || !(chain || country_next) {
            continue;
        }
        let Some(cc) = iso2_of(l.iso3.as_deref()) else {
            continue;
        };
        let key = super::gazetteer::fold(&l.text);
        drop[i] = gaz.lookup(&key).any(|e| match e {
            Entry::Place(p) => {
                let p = &gaz.places[p as usize];
                p.cc == cc && p.population >= CITY_POPULATION && (chain || p.feature == "PPLC")
            }
            _ => false,
        });
        if drop[i] && !chain {
            city[i + 1] = true;
        }
    }
    for (m, &c) in mentions.iter_mut().zip(&city) {
        if c {
            m.kind = PlaceKind::Locality;
        }
    }
    drop_marked(mentions, &drop);
}

/// "Dioura (Tenenkou, Mopti)", "Marinka, Donetsk", "As Sabaa (Tripoli)":
/// names right after a place, in brackets or after a comma, say which
/// district and region it is in. They give the place its admin names (in
/// the text's spelling) and step back to Admin2/Admin1 so that the place
/// itself stays the most specific mention.
fn apply_qualifiers(gaz: &Gazetteer, text: &str, mentions: &mut [PlaceMention]) {
    let mut k = 0;
    while k < mentions.len() {
        // A district qualifies too: "Maywand district, Kandahar".
        if !matches!(
            mentions[k].kind,
            PlaceKind::Locality | PlaceKind::Unlisted | PlaceKind::Admin2
        ) {
            k += 1;
            continue;
        }
        let end = mentions[k].span.end;
        let rest = &text[end..];
        let trimmed = rest.trim_start();
        let open = end + (rest.len() - trimmed.len());
        let mut quals: Vec<usize> = Vec::new();
        if trimmed.starts_with('(') {
            if let Some(close) = text[open..].find(')').map(|x| open + x) {
                quals = (k + 1..mentions.len())
                    .take_while(|&j| mentions[j].span.end <= close)
                    .collect();
                // Only names, commas and unit words inside the brackets:
                // "(coded as Mopti at geoprecision 3)" is not a qualifier.
                let mut inside = String::new();
                let mut at = open + 1;
                for &j in &quals {
                    inside.push_str(&text[at..mentions[j].span.start]);
                    at = mentions[j].span.end;
                }
                inside.push_str(&text[at.min(close)..close]);
                let clean = inside
                    .split(|ch: char| !ch.is_alphanumeric())
                    .all(|w| w.is_empty() || unit_word(&w.to_lowercase()).is_some() || w == "the");
                if !clean || quals.len() > 3 {
                    quals.clear();
                }
            }
        } else if let Some(after_comma) = trimmed.strip_prefix(',') {
            let j = k + 1;
            let q_start = text.len() - after_comma.trim_start().len();
            let gap_ok = mentions.get(j).is_some_and(|m| m.span.start == q_start);
            if j < mentions.len() && gap_ok {
                let q = &mentions[j];
                let after = text[q.span.end..].trim_start();
                let ends = after.is_empty()
                    || after.starts_with(['.', ',', ';', ':', ')'])
                    || after.chars().next().is_some_and(char::is_lowercase)
                        && !after.starts_with("and ")
                        && !after.starts_with("or ");
                let unit_like = matches!(q.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
                    || admin1_named(gaz, &q.name, q.iso3.as_deref())
                    || admin2_named(gaz, &q.name, q.iso3.as_deref());
                let same_country = q.iso3 == mentions[k].iso3 || mentions[k].iso3.is_none();
                if ends && unit_like && same_country && q.kind != PlaceKind::Country {
                    quals.push(j);
                }
            }
        }
        if quals.is_empty() {
            k += 1;
            continue;
        }
        let last = *quals.last().unwrap_or(&k);
        let iso3 = mentions[k].iso3.clone().or(mentions[last].iso3.clone());
        let q = mentions[last].clone();
        // A region's admin1 is its name as reported, with the kind where
        // that tells two regions apart ("Lima Province").
        let admin1 = if q.kind == PlaceKind::Admin1 {
            q.admin1.clone().or(Some(q.name.clone()))
        } else if admin1_named(gaz, &q.name, iso3.as_deref()) {
            Some(q.name.clone())
        } else {
            q.admin1.clone()
        };
        if admin1.is_some() {
            mentions[k].admin1 = admin1;
        }
        if quals.len() >= 2 {
            mentions[k].admin2 = Some(mentions[quals[0]].name.clone());
        }
        if mentions[k].kind == PlaceKind::Unlisted && mentions[k].geo_precision > 1 {
            let first = mentions[quals[0]].clone();
            if first.latitude.is_some() && first.iso3 == iso3 {
                mentions[k].latitude = first.latitude;
                mentions[k].longitude = first.longitude;
                mentions[k].geo_precision = 2;
            }
        }
        if mentions[k].iso3.is_none() {
            mentions[k].iso3 = q.iso3.clone();
            mentions[k].country = q.country.clone();
        }
        for (n, &j) in quals.iter().enumerate() {
            if matches!(mentions[j].kind, PlaceKind::Locality | PlaceKind::Unlisted) {
                let named_admin1 = admin1_named(gaz, &mentions[j].name, iso3.as_deref());
                mentions[j].kind = if n + 1 == quals.len() && quals.len() > 1 || named_admin1 {
                    PlaceKind::Admin1
                } else {
                    PlaceKind::Admin2
                };
                // "Acapulco, Guerrero": the state, not a town called Guerrero.
                if named_admin1 {
                    mentions[j].admin1 = Some(mentions[j].name.clone());
                }
            }
        }
        k = last + 1;
    }
}

/// Second-level units of GeoNames that event datasets report as the
/// first level, by country (ISO alpha-3) and the unit's name, "*" for all
/// of the country's. GeoNames groups Uganda's districts into four regions
/// (Northern, Central...) that ACLED and GADM do not use: a place's region
/// is its district ("Gulu", "Kampala"). Serbia's capital is a region of its
/// own (Belgrade beside Central Serbia and Vojvodina), which GeoNames
/// files as a district of Central Serbia.
const DISTRICTS_AS_REGIONS: &[(&str, &str)] = &[("UGA", "*"), ("SRB", "Belgrade")];

/// Give the places of the units in [`DISTRICTS_AS_REGIONS`] their district
/// as their admin1.
fn districts_as_regions(mentions: &mut [PlaceMention]) {
    for m in mentions.iter_mut() {
        if m.kind == PlaceKind::Admin1 {
            continue;
        }
        let (Some(iso3), Some(admin2)) = (m.iso3.as_deref(), m.admin2.as_deref()) else {
            continue;
        };
        let district = DISTRICTS_AS_REGIONS
            .iter()
            .any(|&(c, name)| c == iso3 && (name == "*" || name == admin2));
        if district {
            m.admin1 = Some(admin2.to_string());
        }
    }
}

fn iso2_of(iso3: Option<&str>) -> Option<&'static str> {
    iso3.and_then(|c| countries::table().by_iso3(c))
        .map(|c| c.iso2.as_str())
}

/// An admin1 of that country bears this name.
fn admin1_named(gaz: &Gazetteer, name: &str, iso3: Option<&str>) -> bool {
    let Some(cc) = iso2_of(iso3) else {
        return false;
    };
    gaz.lookup(&super::gazetteer::fold(name))
        .any(|e| matches!(e, Entry::Admin1(a) if gaz.admin1[a as usize].cc == cc))
}

/// An admin2 of that country bears this name.
fn admin2_named(gaz: &Gazetteer, name: &str, iso3: Option<&str>) -> bool {
    let Some(cc) = iso2_of(iso3) else {
        return false;
    };
    gaz.lookup(&super::gazetteer::fold(name))
        .any(|e| matches!(e, Entry::Admin2(a) if gaz.admin2[a as usize].cc == cc))
}

/// A name starts with a capital, or with an Arabic article before one
/// ("al-Bukamal", "el Marj"), and not inside a hyphenated word.
fn can_start_name(sentence: &Sentence, i: usize) -> bool {
    let t = &sentence.tokens[i];
    // Asked of every word: the article's hashed look-up comes last, after
    // the flags that most lower-case words fail (the order of these pure
    // tests changes no answer).
    let starts = t.capital
        || (i + 1 < sentence.tokens.len()
            && sentence.tokens[i + 1].capital
            && sentence.joined(i)
            && is_article(t.folded));
    starts && !(i > 0 && sentence.hyphen_between(i - 1) && !in_road_pair(sentence, i - 1))
}

/// "the Syrian town of kelto": a town's name written in lower case after
/// "town of", "city of" or "village of" is still looked up, when it is no
/// English word ("the city of origin").
fn lower_case_town_name(gaz: &Gazetteer, sentence: &Sentence, i: usize) -> bool {
    let t = &sentence.tokens[i];
    // Asked of most lower-case words: the cheap tests come first.
    !t.capital
        && i >= 2
        && sentence.tokens[i - 1].folded == "of"
        && t.folded.len() >= 4
        && t.folded.chars().all(char::is_alphabetic)
        && sentence.prev_word(i) == Some("of")
        && matches!(sentence.prev_word(i - 1), Some("town" | "city" | "village"))
        && !gaz.is_common_word(t.folded)
        && !is_function_word(t.folded)
}

/// Lower-case particles that join two capitalised words of one name
/// ("Passo da Caveira", "Sol de America", "Ruken al-Din"). Not "of" or
/// "on": "Bank of X" and "X on Y" join two names, not one.
fn name_particle(word: &str) -> bool {
    is_article(word)
        || matches!(
            word,
            "de" | "del"
                | "della"
                | "des"
                | "du"
                | "do"
                | "dos"
                | "da"
                | "das"
                | "di"
                | "la"
                | "le"
                | "les"
                | "bin"
                | "ibn"
        )
}

/// An Arabic article written with a capital inside a name ("Zawiyat Al
/// Bahr", "Ras El Ma"); "At" and "An" are left out, being English words
/// a title may capitalise.
fn inner_article(word: &str) -> bool {
    is_article(word) && !matches!(word, "at" | "an")
}

/// Arabic articles that may open a place name in lower case.
const ARTICLES: &[&str] = &[
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es",
];

/// The longest run of tokens from `i` that is a gazetteer name.
fn longest_gazetteer_match(
    gaz: &Gazetteer,
    sentence: &Sentence,
    i: usize,
    country_at: &[Option<(usize, usize)>],
) -> Option<(usize, Vec<Entry>)> {
    let n = sentence.tokens.len();
    let mut end = i + 1;
    // How far a name can reach: joined tokens, inner particles, capitals,
    // and an inner "and" ("Jammu and Kashmir", "Bosnia and Herzegovina":
    // only a name the gazetteer holds whole matches across it).
    while end < n && end - i < gaz.max_words && sentence.joined(end - 1) {
        let t = &sentence.tokens[end];
        if !(t.capital
            || is_particle(t.folded)
            || t.folded == "and"
            || sentence.hyphen_between(end - 1))
        {
            break;
        }
        if country_at[end].is_some() {
            break;
        }
        end += 1;
    }
    for to in (i + 1..=end).rev() {
        if !sentence.tokens[to - 1].capital && to - 1 != i && !sentence.hyphen_between(to - 2) {
            continue;
        }
        // "Nord" is not a name inside "Nord-Kivu", nor "Kar" inside
        // "Kar'ema": a name does not stop in the middle of a word.
        if to < n
            && sentence.hyphen_between(to - 1)
            && (sentence.tokens[to].capital
                || matches!(sentence.gap(to - 1, to), "'" | "\u{2019}")
                || joining_particle(sentence, to))
            && !in_road_pair(sentence, to - 1)
        {
            continue;
        }
        // A 64-bit hash over half a million names: a collision is about
        // as likely as a cosmic ray, so the names are not compared again.
        // Most reaches are no name: nothing is collected for them.
        let mut entries = gaz.lookup(&sentence.key(i, to)).peekable();
        if entries.peek().is_some() {
            return Some((to, entries.collect()));
        }
    }
    None
}

/// A lower-case particle hyphened into a name between two capitalised
/// parts ("Mazar-i-Sharif", "Rostov-on-Don"): the word before it is no
/// name of its own, the compound names another place than its first part.
fn joining_particle(sentence: &Sentence, k: usize) -> bool {
    let tokens = &sentence.tokens;
    let t = &tokens[k];
    !t.capital
        && t.folded.len() <= 3
        && k + 1 < tokens.len()
        && tokens[k + 1].capital
        && sentence.hyphen_between(k)
}

/// "Kelto d'Or", "Dunamo l'Ancienne": a French particle elided before a
/// vowel ("d'", "l'"), glued by its apostrophe to a capitalised word and
/// written after a capitalised word, joins the two into one name.
fn elided_particle(sentence: &Sentence, k: usize) -> bool {
    let tokens = &sentence.tokens;
    k > 0
        && k + 1 < tokens.len()
        && matches!(tokens[k].folded, "d" | "l")
        && !tokens[k].capital
        && tokens[k + 1].capital
        && tokens[k - 1].capital
        && sentence.gap(k - 1, k) == " "
        && matches!(sentence.gap(k, k + 1), "'" | "\u{2019}")
        // "Côte d'Ivoire" is read as the country it names.
        && countries::table()
            .by_name(&sentence.text[tokens[k - 1].start..tokens[k + 1].end])
            .is_none()
}

/// The token after a particle and the capitalised words it joins to the
/// name ending at `to` ("Santa Ana| de Kelto", "Kelto| de la Dara"), or
/// `to` when no particle follows. Up to three capitalised words; "de" alone
/// ("the mayor de facto") joins nothing.
fn past_particle_name(sentence: &Sentence, to: usize) -> usize {
    let tokens = &sentence.tokens;
    // "Kelto el Dara square": an Arabic article with a space joins as
    // "de" does; "Kelto d'Or square": an elided particle joins the word
    // its apostrophe is glued to.
    let particle = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            !t.capital
                && matches!(
                    t.folded,
                    "de" | "del" | "da" | "do" | "dos" | "das" | "di" | "du" | "des" | "el" | "al"
                )
        })
    };
    if to == 0 {
        return to;
    }
    if elided_particle(sentence, to) {
        let mut k = to + 2;
        while k < tokens.len() && k < to + 4 && tokens[k].capital && sentence.gap(k - 1, k) == " " {
            k += 1;
        }
        return k;
    }
    if !particle(to) || sentence.gap(to - 1, to) != " " {
        return to;
    }
    let mut k = to + 1;
    // "de la", "de los": an article may follow the particle.
    if tokens
        .get(k)
        .is_some_and(|t| !t.capital && matches!(t.folded, "la" | "las" | "los" | "le"))
        && sentence.gap(k - 1, k) == " "
    {
        k += 1;
    }
    let first = k;
    while k < tokens.len() && k < first + 3 && tokens[k].capital && sentence.gap(k - 1, k) == " " {
        k += 1;
    }
    if k == first {
        to
    } else {
        k
    }
}

/// "the Medine market in Sikasso", "Camp X in Kidal": a site named after
/// a place, then the town it stands in. A building ("Kanu school", "Oyo
/// prison") is a site whatever follows; the sentence's other place, if it
/// names one, is where it stands.
fn site_in_place(sentence: &Sentence, to: usize) -> bool {
    let tokens = &sentence.tokens;
    if to + 1 >= tokens.len()
        || tokens[to].capital
        || !sentence.gap(to - 1, to).chars().all(|ch| ch == ' ')
    {
        return false;
    }
    // "Kedur refugee camp", "Hazira industrial area": a kind of site may
    // come first.
    let site = |w: &str| {
        is_building_word(w)
            || is_street_word(w)
            || matches!(
                w,
                "camp"
                    | "checkpoint"
                    | "post"
                    | "base"
                    | "airbase"
                    | "crossing"
                    | "beach"
                    | "junction"
                    | "intersection"
                    | "crossroads"
                    | "complex"
                    | "branch"
                    | "bypass"
            )
            || named_site(w)
    };
    // "the Sorvi company", "in Kelto square", "the Dunamo presidential
    // palace": words that make the name before them a site's or a firm's
    // whatever follows, as a building's word does.
    fn named_site(w: &str) -> bool {
        matches!(
            w,
            "square" | "roundabout" | "palace" | "company" | "cemetery"
        )
    }
    let mut end = to + 1;
    if !site(tokens[to].folded) {
        let kind = matches!(
            tokens[to].folded,
            "train"
                | "bus"
                // "the Dunamo railway station, Ketara", "Kelto metro
                // station": a station named after a quarter or a village.
                | "railway"
                | "railroad"
                | "metro"
                | "subway"
                | "refugee"
                | "idp"
                | "industrial"
                | "housing"
                | "shopping"
                | "press"
                | "military"
                | "police"
                | "border"
                | "presidential"
                // "the Kelto health centre in Sokoura": a clinic named
                // after the village it serves.
                | "health"
        );
        let second = tokens.get(to + 1).is_some_and(|t| {
            !t.capital
                && (site(t.folded)
                    || matches!(t.folded, "area" | "unit" | "center" | "centre" | "terminal"))
        });
        if kind && second && to + 2 < tokens.len() {
            end = to + 2;
        } else {
            return described_site(sentence, to, &site);
        }
    }
    // "Shalla prison close to El Fasher", "Geo office on Murree road",
    // "the Kasese highway at Kyempara".
    match sentence.next_word(end) {
        Some("in" | "of" | "near" | "on" | "at") => true,
        Some("close") => sentence.next_word(end + 1) == Some("to"),
        // "a demonstration in front of Kanu school demanding ...".
        _ => is_building_word(tokens[end - 1].folded) || named_site(tokens[end - 1].folded),
    }
}

/// "the Kelto informal settlement in Dunamo", "the Sorvi social housing
/// project in Ketara": a name, one or two lower-case words that say what
/// kind of site it is, then the site's word and the town it stands in. The
/// name is the site's; the town after "in" or "at" is where it stands.
/// Words that are themselves places ("village", "district") or that open
/// a clause ("and", "the") end the description.
fn described_site(sentence: &Sentence, to: usize, site: &dyn Fn(&str) -> bool) -> bool {
    let tokens = &sentence.tokens;
    let describes = |k: usize| {
        let t = &tokens[k];
        !t.capital
            && t.folded.len() > 2
            && t.folded.bytes().all(|b| b.is_ascii_lowercase())
            && sentence.gap(k - 1, k) == " "
            && unit_word(t.folded).is_none()
            && !matches!(
                t.folded,
                "and"
                    | "the"
                    | "for"
                    | "from"
                    | "near"
                    | "with"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "was"
                    | "were"
                    | "are"
                    | "has"
                    | "have"
                    | "had"
                    | "who"
                    | "which"
                    | "that"
            )
    };
    let site_word = |w: &str| {
        site(w)
            || matches!(
                w,
                "project" | "settlement" | "centre" | "center" | "compound"
            )
    };
    for words in 1..=2 {
        let end = to + words;
        if end + 1 >= tokens.len() || !(to..end).all(describes) {
            return false;
        }
        if sentence.gap(end - 1, end) == " " && site_word(tokens[end].folded) {
            return matches!(sentence.next_word(end + 1), Some("in" | "at"));
        }
    }
    false
}

/// "attacked an Ifoghas camp in Tinaberi": a camp the text counts with
/// "a" or "an" is one camp of a people or a group, named for them, set in
/// the place that follows; "the Kedur camp", "in Kedur camp" name a camp
/// of their own. Two peoples may share the camp ("a Kel Ansar and Ifoghas
/// camp in Tinaberi"): the name after "and" is counted by the same "a".
fn camp_of_a_people(sentence: &Sentence, c: &Candidate) -> bool {
    c.unit.is_some()
        && c.to > c.from + 1
        && sentence.tokens[c.to - 1].folded == "camp"
        && counted_by_a(sentence, c.from)
        && matches!(
            sentence.next_word(c.to),
            Some("in" | "at" | "near" | "outside")
        )
}

/// "a Kelto camp", "an Ifoghas and Kel Ansar camp": the name at `from`
/// follows "a" or "an", or follows "and" after up to three capitalised
/// words that follow "a" or "an".
fn counted_by_a(sentence: &Sentence, from: usize) -> bool {
    let tokens = &sentence.tokens;
    match sentence.prev_word(from) {
        Some("a" | "an") => true,
        Some("and") => {
            let mut k = from - 1;
            let mut names = 0;
            while k > 0 && names < 3 && tokens[k - 1].capital && sentence.prev_word(k).is_some() {
                k -= 1;
                names += 1;
            }
            names > 0 && matches!(sentence.prev_word(k), Some("a" | "an"))
        }
        _ => false,
    }
}

/// "under Rampur police station", "Rampur police station limits": the
/// area a police station serves, named for its town, not the building.
fn police_station_area(sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    tokens.get(c.to).is_some_and(|t| t.folded == "police")
        && (sentence.prev_word(c.from) == Some("under")
            || tokens
                .get(c.to + 2)
                .is_some_and(|t| matches!(t.folded, "limits" | "area" | "jurisdiction")))
}

/// Where a person comes from, not where the event was: "a man from
/// Harwal was shot in Dera", "farmers from Kot Ali blocked the road at
/// Sanda". Dropped only where the sentence names another town, and only
/// where a place is cued after it ("in", "at", "near", "between" and a
/// name that is no month): "the killings of civilians from Kalo in
/// January", tried by a court elsewhere, were in Kalo.
/// "the Regional Directorate for Health of Kelo (DRS-K) in Dunamo": a town
/// after "of" that closes a capitalised name its acronym follows in
/// brackets names a body, not where the event was.
fn ends_a_named_body(sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    if c.from < 2
        || c.to >= tokens.len()
        || sentence.prev_word(c.from) != Some("of")
        || !tokens[c.from - 2].capital
        || sentence.gap(c.to - 1, c.to) != " ("
    {
        return false;
    }
    let t = &tokens[c.to];
    let word = &sentence.text[t.start..t.end];
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && sentence.text[t.end..].starts_with(')')
}

fn home_of_a_person(sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    let month = |w: &str| crate::extract::dates::EN_MONTHS.contains(&w);
    let placed_after = (c.to..tokens.len().saturating_sub(1)).any(|k| {
        matches!(tokens[k].folded, "in" | "at" | "near" | "between")
            && tokens[k + 1].capital
            && !month(tokens[k + 1].folded)
    });
    // "the mayor of Kelo was shot at his home in Dara", "abducted the
    // village chief of Kelo in Dara": the town a local office holder
    // serves tells who he is, not where the event was.
    let office_of = c.from > 1
        && sentence.prev_word(c.from) == Some("of")
        && sentence.prev_word(c.from - 1).is_some_and(|w| {
            matches!(
                w,
                "mayor" | "major" | "prefect" | "subprefect" | "chief" | "imam"
            )
        });
    // "searching for the mayor of Kelo in the village of Dara".
    let placed_in_unit = (c.to..tokens.len().saturating_sub(3)).any(|k| {
        matches!(tokens[k].folded, "in" | "at" | "near")
            && tokens[k + 1].folded == "the"
            && matches!(
                tokens[k + 2].folded,
                "village" | "town" | "area" | "locality"
            )
            && tokens[k + 3].folded == "of"
    });
    if (placed_after || placed_in_unit) && office_of {
        return true;
    }
    // "police officer Omar Dule of Kelo was killed in Dara": a person
    // introduced by his role and his full name, then "of" and a town, is
    // from that town.
    let named_person_of = c.from > 3 && sentence.prev_word(c.from) == Some("of") && {
        let mut k = c.from - 1;
        while k > 0
            && c.from - 1 - k < 4
            && tokens[k - 1].capital
            && sentence.prev_word(k).is_some()
        {
            k -= 1;
        }
        c.from - 1 - k >= 2
            && sentence
                .prev_word(k)
                .is_some_and(|w| super::PERSON_ROLES.contains(&w))
    };
    if placed_after && named_person_of {
        return true;
    }
    placed_after
        && c.from > 1
        && sentence.prev_word(c.from) == Some("from")
        && sentence.prev_word(c.from - 1).is_some_and(|w| {
            matches!(
                w,
                "man"
                    | "men"
                    | "woman"
                    | "women"
                    | "boy"
                    | "girl"
                    | "youth"
                    | "youths"
                    | "teenager"
                    | "civilian"
                    | "civilians"
                    | "individual"
                    | "individuals"
                    | "person"
                    | "people"
                    | "volunteer"
                    | "farmer"
                    | "farmers"
                    | "herder"
                    | "herders"
                    | "merchants"
                    | "traders"
                    | "villagers"
                    | "member"
                    | "members"
                    | "fighters"
                    | "militants"
                    | "native"
                    | "hailing"
            )
        })
}

/// Either end of a road that the sentence places at another town: "the
/// Quetta-Sibi Road in Sariab", "on the Peshawar-Torkham highway, in
/// Jamrud", "axis Gao-Gossi near Ntillit"; or the town a bus or train was
/// bound for ("Karachi-bound buses in Mastung"). The road's ends are where
/// it runs, not where the event was.
fn road_end_by_place(sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    // "Karachi-bound": the destination of a vehicle.
    if tokens.get(c.to).is_some_and(|t| t.folded == "bound") && sentence.hyphen_between(c.to - 1) {
        return true;
    }
    if destination_of_a_trip(sentence, c.from) {
        return true;
    }
    // "a train travelling from Multan to Lahore": both ends of the trip.
    // Not an area's extent: "the area stretching from A to B in C".
    let extent = |k: usize| {
        k > 1
            && matches!(
                sentence.prev_word(k - 1),
                Some("stretching" | "extending" | "ranging" | "spanning" | "running")
            )
    };
    if sentence.prev_word(c.from) == Some("from")
        && !extent(c.from)
        && sentence.next_word(c.to) == Some("to")
        && tokens.get(c.to + 1).is_some_and(|t| t.capital)
    {
        return true;
    }
    if sentence.prev_word(c.from) == Some("to") {
        // Back over the first end's words (up to four) to "from".
        let mut k = c.from - 1;
        while k > 0 && c.from - k <= 4 && tokens[k - 1].capital {
            k -= 1;
            if sentence.prev_word(k) == Some("from") && !extent(k) {
                return true;
            }
        }
    }
    // The token of the pair's second end.
    let second = if in_road_pair(sentence, c.to - 1) {
        c.to
    } else if c.from > 0 && c.to == c.from + 1 && in_road_pair(sentence, c.from - 1) {
        c.from
    } else {
        return false;
    };
    let is_road = is_route_word;
    // After the road word when it follows the pair ("Gao-Gossi road"),
    // else right after the pair ("axis Gao-Gossi").
    // A second end of several words ("Kelto-Deir Dunamo road") ends
    // before the road word.
    let mut last = second;
    while last + 1 < tokens.len()
        && last < second + 4
        && sentence.gap(last, last + 1) == " "
        && !is_road(tokens[last + 1].folded)
        && (tokens[last + 1].capital || is_article(tokens[last + 1].folded))
    {
        last += 1;
    }
    if !tokens.get(last + 1).is_some_and(|t| is_road(t.folded)) {
        last = second;
    }
    let after = if tokens.get(last + 1).is_some_and(|t| is_road(t.folded)) {
        last + 2
    } else {
        last + 1
    };
    if after >= tokens.len() {
        return false;
    }
    let gap = sentence.gap(after - 1, after).trim();
    (gap.is_empty() || gap == ",") && matches!(tokens[after].folded, "in" | "at" | "near")
}

/// The candidate is one end of a road named by its two towns ("axis
/// Kelto-Dunamo", "the Kelto-Dunamo road"). Not a prefix before a people's
/// word ("the Pan-American highway", "the Trans-African road"): there
/// the pair is one adjective, and neither word is a town.
fn town_at_road_end(sentence: &Sentence, c: &Candidate) -> bool {
    let people = |i: usize| countries::table().is_country_word(sentence.tokens[i].folded);
    let pair_at = |i: usize| in_road_pair(sentence, i) && !people(i) && !people(i + 1);
    pair_at(c.to - 1) || (c.from > 0 && pair_at(c.from - 1))
}

/// A word for a road, a railway or a train that its two ends name ("the
/// Gao-Gossi road", "axis Gao-Gossi", "the Kelto-Dunamo train", "the train
/// Kelto–Dunamo"): a train's ends are its route's, as a road's are.
fn is_route_word(w: &str) -> bool {
    matches!(
        w,
        "road"
            | "highway"
            | "axis"
            | "route"
            | "railway"
            | "track"
            | "corridor"
            | "motorway"
            | "train"
    )
}

/// "a train bound for Kelto", "a plane heading for Dunamo", "pilgrims en
/// route to Ketara": where a vehicle or a party was going, not where the
/// event befell it. Not "on their way to": marchers may well be there.
fn destination_of_a_trip(sentence: &Sentence, from: usize) -> bool {
    // "en route to Kelto and Dunamo": each town of the list is a
    // destination, the last as the first.
    if matches!(sentence.prev_word(from), Some("and" | "or")) {
        let and = from - 1;
        let mut k = and;
        while k > 0
            && and - k < 3
            && sentence.tokens[k - 1].capital
            && sentence.prev_word(k).is_some()
        {
            k -= 1;
        }
        if k < and && destination_cued(sentence, k) {
            return true;
        }
    }
    destination_cued(sentence, from)
}

/// The words right before `from` say it is where a trip was going.
fn destination_cued(sentence: &Sentence, from: usize) -> bool {
    let before = || sentence.prev_word(from - 1);
    match sentence.prev_word(from) {
        Some("for") => matches!(before(), Some("bound" | "heading" | "headed" | "destined")),
        // "the highway (which leads to Kelto)", "the road leading to
        // Dunamo": where a road goes, not where it was hit.
        Some("to") => matches!(
            before(),
            Some("route" | "heading" | "headed" | "leads" | "leading")
        ),
        _ => false,
    }
}

/// Tokens `i` and `i + 1` are the two ends of a road ("the Gao-Gossi
/// road", "on the Hombori-Douentza axis", "axis Gao-Gossi"): two places,
/// not one name.
fn in_road_pair(sentence: &Sentence, i: usize) -> bool {
    let tokens = &sentence.tokens;
    let is_road = is_route_word;
    // The capitals first: most words are no half of a hyphenated pair, and
    // this runs on every word of every sentence.
    if !(i + 1 < tokens.len() && tokens[i].capital && tokens[i + 1].capital) {
        return false;
    }
    // "the Kelto - Dunamo road", "Kelto- Dunamo road": a hyphen with a
    // space by it joins the two ends as well.
    // An en dash joins them as a hyphen does ("the train Kelto–Dunamo").
    let hyphen = sentence.hyphen_between(i) || sentence.gap(i, i + 1) == "\u{2013}";
    let spaced = !hyphen && {
        let gap = sentence.gap(i, i + 1);
        gap.contains(' ') && matches!(gap.trim(), "-" | "\u{2013}")
    };
    if !(hyphen || spaced) {
        return false;
    }
    let k = i + 2;
    if k < tokens.len() && sentence.hyphen_between(k - 1) {
        return false;
    }
    // "the Gao-Gossi road", or the road word first as Sahel reports write
    // it: "axis Gao-Gossi", "on the road Ansongo-Menaka".
    let road_at = |k: usize| {
        k < tokens.len()
            && sentence.gap(k - 1, k).chars().all(char::is_whitespace)
            && is_road(tokens[k].folded)
    };
    let before = i > 0
        && !sentence.hyphen_between(i - 1)
        && sentence.gap(i - 1, i).chars().all(char::is_whitespace)
        && is_road(tokens[i - 1].folded);
    if road_at(k) || before {
        return true;
    }
    // "the Kelto-Deir Dunamo road", "the Kelto - Dahr el Dunamo road": a
    // second end of up to four words, a particle among them, before the
    // road word.
    let mut k = k;
    while k < tokens.len()
        && k < i + 5
        && sentence.gap(k - 1, k) == " "
        && !is_road(tokens[k].folded)
        && (tokens[k].capital
            || (is_article(tokens[k].folded)
                && k + 1 < tokens.len()
                && tokens[k + 1].capital
                && sentence.joined(k)))
    {
        k += 1;
    }
    k > i + 2 && !(k < tokens.len() && sentence.hyphen_between(k - 1)) && road_at(k)
}

/// "in the Kelto neighborhood, Dunamo, ...": the name after a part of a
/// town and a comma is the town the part lies in, so it is a place though
/// the gazetteer lacks it or it is also an English word (a town called
/// "Hit"). The part's own name must stand before its word, capitalised.
fn after_town_part(sentence: &Sentence, i: usize) -> bool {
    let tokens = &sentence.tokens;
    i >= 2
        && !tokens[i - 1].capital
        && matches!(
            tokens[i - 1].folded,
            "neighborhood" | "neighbourhood" | "quarter"
        )
        && tokens[i - 2].capital
        && sentence.gap(i - 2, i - 1) == " "
        && sentence.gap(i - 1, i).trim() == ","
}

/// "the village of X", "the Cercle of X", "the town of X".
fn preceded_by_unit_of(sentence: &Sentence, i: usize) -> bool {
    if i < 2 || sentence.prev_word(i) != Some("of") {
        return false;
    }
    // "the kibbutz of Ein Dor", "the moshav of Nevatim": a kibbutz or a
    // moshav is a village. Neither word is a unit word of its own, as
    // written with a capital it opens the name ("Kibbutz Ein Dor").
    sentence
        .prev_word(i - 1)
        .is_some_and(|w| unit_word(w).is_some() || matches!(w, "kibbutz" | "moshav"))
}

/// "the Kelto-Dara state highway", "the Kelto district road": a unit's
/// word at token `at`, right before a road's, is part of the road's name,
/// not the unit of the name before it.
fn unit_word_names_a_road(sentence: &Sentence, at: usize) -> bool {
    sentence
        .next_word(at)
        .is_some_and(|w| unit_word(w).is_some_and(|l| l != UnitLevel::Local))
        && sentence
            .next_word(at + 1)
            .is_some_and(|w| matches!(w, "highway" | "highways" | "road" | "roads"))
}

/// The ISO2 of a country named right after token `to` (", Mali").
fn followed_by_country(sentence: &Sentence, to: usize) -> Option<String> {
    let t = sentence.tokens.get(to)?;
    if sentence.gap(to - 1, to).trim() != "," {
        return None;
    }
    let table = countries::table();
    // The country's name is at most a few words long.
    let last = sentence.tokens[(to + 4).min(sentence.tokens.len() - 1)].end;
    let word = table
        .words(&sentence.text[t.start..last])
        .into_iter()
        .next()
        .filter(|w| w.start == 0 && w.kind == CountryWordKind::Name)?;
    Some(table.countries[word.country].iso2.clone())
}

/// Whether candidate `c` is followed by its address in brackets that names
/// a region or district of `home` ("residents of Kelo (Dara, Sokoto)",
/// "near Kelo (Sokoto)"), as ACLED's notes write a place: the brackets say
/// the name is a place of that country, as a cue would.
fn bracket_address_at_home(
    gaz: &Gazetteer,
    sentence: &Sentence,
    c: &Candidate,
    all: &[Candidate],
    home: &str,
) -> bool {
    // "Congo (Kinshasa)": a country's name before its capital is no
    // place of the country.
    let tokens = &sentence.tokens;
    if c.to >= tokens.len() || countries::table().is_country_word(tokens[c.from].folded) {
        return false;
    }
    // "hundreds of Kelo residents (Djugu, Ituri)": the people's word
    // between the name and its address leaves the address the name's.
    let open = if sentence.gap(c.to - 1, c.to).trim() == "(" {
        c.to
    } else if c.to + 1 < tokens.len()
        && !tokens[c.to].capital
        && sentence.gap(c.to - 1, c.to) == " "
        && matches!(
            tokens[c.to].folded,
            "residents" | "inhabitants" | "villagers"
        )
        && sentence.gap(c.to, c.to + 1).trim() == "("
    {
        c.to + 1
    } else {
        return false;
    };
    // The bracket's names: from the token after it up to its close.
    let close = (open..tokens.len())
        .find(|&k| k + 1 >= tokens.len() || sentence.gap(k, k + 1).contains(')'))
        .unwrap_or(open);
    all.iter().any(|o| {
        o.from >= open
            && o.to <= close + 1
            && match &o.what {
                What::Gazetteer(entries) => entries.iter().any(|e| match *e {
                    Entry::Admin1(a) => gaz.admin1[a as usize].cc == home,
                    Entry::Admin2(a) => gaz.admin2[a as usize].cc == home,
                    Entry::Place(_) => false,
                }),
                _ => false,
            }
    })
}

/// Verbs of attack whose object is usually a place ("attacked Kassa").
fn verb_cued(sentence: &Sentence, i: usize) -> bool {
    if present_verb_cued(sentence, i) {
        return true;
    }
    sentence.prev_word(i).is_some_and(|w| {
        matches!(
            w,
            "attacked"
                | "raided"
                | "shelled"
                | "stormed"
                | "entered"
                | "besieged"
                | "bombed"
                | "struck"
                | "targeted"
                | "occupied"
                | "captured"
                | "seized"
                | "reached"
                | "overran"
                | "looted"
                | "burned"
                | "burnt"
                | "torched"
        )
    })
}

/// "Militia attack Kelto", "Army bomb Dunamo": a note written as a
/// headline puts the verb in the present tense, and its object is a place
/// as after "attacked". After an article or a word that makes a noun of
/// the verb ("a car bomb", "the attack", "a military raid") it is no verb;
/// nor is a name before "'s" the place ("bomb McGurk's bar": the site's
/// owner).
fn present_verb_cued(sentence: &Sentence, i: usize) -> bool {
    let tokens = &sentence.tokens;
    if i < 2
        || sentence.prev_word(i - 1).is_none()
        || !sentence.prev_word(i).is_some_and(is_present_attack_verb)
        || is_noun_maker(tokens[i - 2].folded)
    {
        return false;
    }
    let mut end = i + 1;
    while end < tokens.len() && tokens[end].capital && sentence.gap(end - 1, end) == " " {
        end += 1;
    }
    let possessive = end < tokens.len()
        && matches!(sentence.gap(end - 1, end), "'" | "\u{2019}")
        && tokens[end].folded == "s";
    !possessive
}

/// Verbs of attack in the present tense, as notes written like headlines
/// use them ("Militia attack Kelto").
const PRESENT_ATTACK_VERBS: &[&str] = &[
    "attack", "attacks", "bomb", "bombs", "shell", "shells", "raid", "raids", "storm", "storms",
    "loot", "loots", "torch", "torches",
];

/// Words before "attack", "bomb" or "raid" that make a noun of it ("a car
/// bomb", "the attack", "a military raid").
const NOUN_MAKERS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "its",
    "their",
    "his",
    "her",
    "car",
    "suicide",
    "roadside",
    "truck",
    "mortar",
    "rocket",
    "air",
    "terror",
    "terrorist",
    "deadly",
    "another",
    "each",
    "every",
    "no",
    "any",
    "of",
    "for",
    "petrol",
    "pipe",
    "nail",
    "parcel",
    "letter",
    "fire",
    "gas",
    "cluster",
    "barrel",
    "dirty",
    "time",
    "sticky",
    "magnetic",
    "militant",
    "insurgent",
    "rebel",
    "armed",
    "coordinated",
    "suspected",
    "failed",
    "foiled",
    "planned",
    "first",
    "second",
    "latest",
    "recent",
    "last",
    "military",
    "aerial",
    "drone",
    "night",
    "dawn",
    "joint",
    "naval",
    "ground",
    "commando",
    "airborne",
    "overnight",
    "predawn",
];

/// "15 km from X", "30 kilometres north of X".
fn preceded_by_distance(sentence: &Sentence, i: usize) -> bool {
    if i < 2 {
        return false;
    }
    let prev = sentence.tokens[i - 1].folded;
    let prev2 = sentence.tokens[i - 2].folded;
    let dist = |w: &str| {
        matches!(
            w,
            "km" | "kms" | "kilometres" | "kilometers" | "miles" | "mi" | "metres" | "meters"
        )
    };
    ((prev == "from" || prev == "of") && dist(prev2))
        || (prev == "of" && (is_compass(prev2) || matches!(prev2, "outskirts" | "vicinity")))
}

/// Whether a candidate is a place here, given its neighbours.
fn keep_candidate(gaz: &Gazetteer, sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    let key = sentence.key(c.from, c.to - c.unit_len);
    if origin_of_people(sentence, c.from) {
        return false;
    }
    // "launched Operation Kelto", "airstrikes (operation 'Dunamo')": the
    // name right after the word operation, bare or quoted, is the
    // operation's code name, chosen for its sound, not where it struck.
    let code_name = c.from > 0
        && tokens[c.from - 1].folded == "operation"
        && sentence
            .gap(c.from - 1, c.from)
            .chars()
            .all(|ch| ch == ' ' || matches!(ch, '\'' | '"' | '\u{2018}' | '\u{201c}'));
    if code_name {
        return false;
    }
    if let What::Country(_) = c.what {
        // "the Front for the Liberation of Mozambique": a country
        // in a movement's name is no place of the event.
        let movement = c.from >= 2
            && tokens[c.from - 1].folded == "of"
            && matches!(tokens[c.from - 2].folded, "liberation" | "independence");
        // "killed Ravi Mali, a party leader": a country's name written
        // straight after a capitalised name word that is neither an
        // English word nor a place the gazetteer holds is that person's
        // surname ("Kurdistan Iraq" keeps its country). A longer run of
        // capitalised words before it is more often an institution's name
        // that ends in the country ("the Universiti Putra Malaysia").
        let surname = c.from > 0 && c.to == c.from + 1 && {
            let prev = &tokens[c.from - 1];
            let opens_run = c.from == 1 || !tokens[c.from - 2].capital;
            let prev_text = &sentence.text[prev.start..prev.end];
            prev.capital
                && opens_run
                && sentence.gap(c.from - 1, c.from) == " "
                && prev_text.chars().any(|ch| ch.is_lowercase())
                && is_name_word(gaz, prev.folded)
                && !is_title_word(prev.folded)
                && !is_never_place(prev.folded)
                && gaz.lookup(prev.folded).next().is_none()
        };
        return !movement && !surname;
    }
    // Glued to another capitalised name that is not an English word: part
    // of a person's or a group's name.
    let glued_before = c.from > 0
        && sentence.gap(c.from - 1, c.from).chars().all(|ch| ch == ' ')
        && tokens[c.from - 1].capital
        && (is_name_word(gaz, tokens[c.from - 1].folded)
            || is_given_name_word(tokens[c.from - 1].folded));
    // After the name, any capitalised word but a unit, a facility, a
    // building, a street or a function word makes a longer name ("Tal
    // Tamer", "Beni Amir"), unless the name is a sizeable town.
    let glued_after = c.unit.is_none()
        && c.to < tokens.len()
        && sentence.gap(c.to - 1, c.to).chars().all(|ch| ch == ' ')
        && tokens[c.to].capital
        && {
            let w = tokens[c.to].folded;
            !is_facility_word(w)
                && !is_building_word(w)
                && !is_street_word(w)
                && !is_org_word(w)
                // "Kelto Governorship": the office of the province named,
                // not a longer name.
                && w != "governorship"
                // "the Kelto Raids", "Dunamo Massacre:": the incident
                // named after the place, not a longer name.
                && !super::INCIDENT_WORDS.contains(&w)
                // "the Ketara Mi-8 crash": a model's code, not a name.
                && !model_code(sentence, c.to)
                // "a Ketara NATO base", "the Dunamo UNHCR office": a
                // body's acronym between the place and a lower-case noun
                // names whose site it is, not a longer name.
                && !acronym_before_noun(sentence, c.to)
                && !is_function_word(w)
                && !is_never_place(w)
                && unit_word(w).is_none()
                && !countries::table().is_country_word(w)
                && (is_name_word(gaz, w) || !sizeable(gaz, c))
        }
        // "the Dunamo Grand Hotel", "Ketara Air Base": a name, then a run
        // of capitalised English words that ends in a building's or a
        // site's word, is a site called after the place (flagged a
        // facility above), and the place stays where the sentence names
        // no other. After a city, a name may come first ("the Kabul
        // Lotus Hotel"); after a small place it is more often a longer
        // name that begins like a village ("Abu Salim Prison").
        && !(site_name_after(sentence, c.to + 1)
            && (!is_name_word(gaz, tokens[c.to].folded) || city_sized(gaz, c)));
    if glued_before || glued_after {
        return false;
    }
    if after_a_title(sentence, c.from)
        || person_named_after_a_title(gaz, sentence, c.from)
        || beside_ould(sentence, c)
        || carried_to_hospital(sentence, c)
    {
        return false;
    }
    if vehicle_model(sentence, c) {
        return false;
    }
    // "at 10 pm Ketara time": a time zone, not the place.
    if c.unit.is_none()
        && c.to < tokens.len()
        && !tokens[c.to].capital
        && tokens[c.to].folded == "time"
        && sentence.gap(c.to - 1, c.to) == " "
    {
        return false;
    }
    // "University Road", "Hagai Street": a street, not the town.
    if c.unit.is_none() && next_capital(sentence, c.to).is_some_and(is_street_word) {
        return false;
    }
    // "Golani Brigade": an organisation named after a place.
    if matches!(c.what, What::Unlisted) && next_capital(sentence, c.to).is_some_and(is_org_word) {
        return false;
    }
    let single = c.to - c.unit_len - c.from == 1;
    // "in the Kelto Road area", "the University Town of Ketara", "near
    // Dunamo Chowk": a street's, a building's or a square's word alone is
    // the end of a site's name, however many hamlets the gazetteer calls
    // so; the town named beside it is the place.
    if single && (is_street_word(&key) || building_or_chowk(&key)) {
        return false;
    }
    // "appointed as District Chief": a lower-case article alone is no name,
    // even before a unit's word.
    if single && !tokens[c.from].capital && is_article(tokens[c.from].folded) {
        return false;
    }
    // "the Christian town of Qaa" is no place called Christian; "the Sahel
    // region" is Burkina Faso's region all the same.
    let admin_unit = matches!(c.unit, Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2));
    // "in Central Mali": a direction, not the place called Central.
    if single
        && (is_never_place(&key) || is_function_word(&key) || is_feast(&key))
        && !admin_unit
        && !called_a_village(sentence, c.from)
    {
        return false;
    }
    if compass_part_of_next_place(sentence, c) {
        return false;
    }
    // English words and one- or two-letter names need a cue.
    let weak = gaz.is_common_word(&key) || key.len() <= 2 || is_never_place(&key);
    // "near Shikharkh, Tartar.": a region's name written after a place and
    // a comma, ending the clause, is that place's region, English word or
    // not.
    let region_after_place = || {
        let admin = match &c.what {
            What::Gazetteer(entries) => entries
                .iter()
                .any(|e| matches!(e, Entry::Admin1(_) | Entry::Admin2(_))),
            _ => false,
        };
        let ends_clause = c.to >= tokens.len()
            || sentence
                .gap(c.to - 1, c.to)
                .trim_start()
                .starts_with(['.', ',', ';', ')']);
        admin
            && single
            && c.from > 0
            && tokens[c.from - 1].capital
            && sentence.gap(c.from - 1, c.from).trim() == ","
            && ends_clause
    };
    if weak && !(c.cued || c.unit.is_some() || region_after_place() || site_of_a_place(sentence, c))
    {
        return false;
    }
    // Words in capitals are headings or acronyms ("UN", "MINUSMA"), not
    // places, unless a cue says otherwise; one before a part ("in eastern
    // CAR") does not.
    let all_caps = sentence.text[tokens[c.from].start..tokens[c.from].end]
        .chars()
        .all(|ch| !ch.is_lowercase());
    // "J&K": initials joined by an ampersand are a listed abbreviation, not
    // a heading.
    let initials = c.to - c.from >= 2 && sentence.gap(c.from, c.from + 1) == "&";
    let cued_whole = c.cued && !c.cued_part;
    if all_caps && tokens[c.from].folded.len() <= 5 && !cued_whole && !initials {
        return false;
    }
    true
}

/// "NATO" in "a Ketara NATO air base": a word of two to six capital
/// letters, written after a name in ordinary case and followed by a
/// lower-case word, is a body's acronym used as a modifier, as the place
/// before it is. A name in capitals ("KETARA NORTH") is a heading and
/// does not count.
fn acronym_before_noun(sentence: &Sentence, k: usize) -> bool {
    let tokens = &sentence.tokens;
    if k == 0 || k + 1 >= tokens.len() || sentence.gap(k, k + 1) != " " {
        return false;
    }
    let word = &sentence.text[tokens[k].start..tokens[k].end];
    let before = &sentence.text[tokens[k - 1].start..tokens[k - 1].end];
    let noun = tokens[k + 1].folded;
    (2..=6).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        // "Tarvo Lenk III": a ruler's number, not an acronym.
        && !word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && before.bytes().any(|b| b.is_ascii_lowercase())
        && !tokens[k + 1].capital
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        // "Kelto FM and Radio Dunamo", "the Ketara SVCU after a search":
        // a small word after the acronym ends the name there, and "the
        // Sorvi GIDC locality" names a quarter, a longer place name.
        && !is_function_word(noun)
        && unit_word(noun).is_none()
}

/// "Mi-8", "An-26", "T-72": a capitalised word of up to three letters
/// hyphened to a number is the code of an aircraft's, a vehicle's or a
/// weapon's model. Written after a place, it names what crashed or was
/// used there, and makes no longer name of the place.
fn model_code(sentence: &Sentence, k: usize) -> bool {
    let tokens = &sentence.tokens;
    let t = &tokens[k];
    t.capital
        && t.folded.len() <= 3
        && k + 1 < tokens.len()
        && sentence.gap(k, k + 1) == "-"
        && tokens[k + 1]
            .folded
            .starts_with(|ch: char| ch.is_ascii_digit())
}

/// "the prison of Sale", "the port of Nice": after a lower-case
/// building's or site's word and "of", a listed name is the town the site
/// stands in, though it is also an English word.
fn site_of_a_place(sentence: &Sentence, c: &Candidate) -> bool {
    matches!(c.what, What::Gazetteer(_))
        && c.from >= 2
        && sentence.prev_word(c.from) == Some("of")
        && !sentence.tokens[c.from - 2].capital
        && sentence.prev_word(c.from - 1).is_some_and(|w| {
            matches!(
                w,
                "prison" | "jail" | "port" | "harbour" | "harbor" | "airport" | "hospital"
            )
        })
}

/// "in the Ring Road area", "in Dunamo Cafe in Ketara", "the Crossfell
/// area of County Dunamo": a cue before one word for a street, a building,
/// a body or a county found the end of a longer name, and not a village;
/// nor is "the Tarvo League" one. The town named beside it is the place.
fn generic_word_as_name(sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    let end = c.to - c.unit_len;
    if end <= c.from {
        return false;
    }
    let last = tokens[end - 1].folded;
    if end - c.from >= 2 {
        // "the Mission in Darfur Jordanian peacekeepers", "the Block
        // Development Officer": a people's adjective or a post ends no
        // village's name.
        let people_after = c.unit.is_none()
            && c.to < tokens.len()
            && !tokens[c.to].capital
            && sentence.gap(c.to - 1, c.to) == " ";
        return is_org_word(last)
            || is_title_word(last)
            || matches!(last, "league" | "officer")
            || (people_after && countries::table().is_country_word(last));
    }
    is_street_word(last) || building_or_chowk(last) || is_org_word(last) || last == "county"
}

/// "a Ketara truck", "from a Dunamo car": one name between an article and
/// a word for a motor vehicle is the vehicle's make or model (many are
/// named after rivers, mountains and towns), not where it was. "a Ketara
/// car bomb" is a bombing in Ketara.
fn vehicle_model(sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    c.unit.is_none()
        && c.to - c.from == 1
        && matches!(sentence.prev_word(c.from), Some("a" | "an"))
        && c.to < tokens.len()
        && !tokens[c.to].capital
        && sentence.gap(c.to - 1, c.to) == " "
        && matches!(
            tokens[c.to].folded,
            "car" | "truck" | "lorry" | "jeep" | "sedan" | "van" | "minivan" | "pickup"
        )
        && !sentence
            .next_word(c.to + 1)
            .is_some_and(|w| w.starts_with("bomb") || w == "explosion" || w == "attack")
}

/// Whether the word after token range ending at `to` (past an acronym in
/// brackets: "Orvan League (OL) members") is a lower-case word for the
/// people or the premises of a body: its members, its fighters, its
/// offices. Written after a place, such words are rare ("Kidal
/// residents" names a place, and is not listed).
fn body_after(sentence: &Sentence, to: usize) -> bool {
    let tokens = &sentence.tokens;
    let mut j = to;
    if j + 1 < tokens.len()
        && sentence.gap(j - 1, j).trim() == "("
        && sentence.gap(j, j + 1).trim() == ")"
        && sentence.text[tokens[j].start..tokens[j].end]
            .chars()
            .all(|ch| ch.is_uppercase())
    {
        j += 1;
    }
    j < tokens.len()
        && !tokens[j].capital
        && sentence
            .gap(j - 1, j)
            .trim_start_matches(')')
            .trim()
            .is_empty()
        && is_body_word(tokens[j].folded)
}

/// "the North Zone of Rio de Janeiro": a part of the place named next, not
/// a unit called North (but "the North Region of Cameroon" is one).
fn compass_part_of_next_place(sentence: &Sentence, c: &Candidate) -> bool {
    c.to - c.unit_len - c.from == 1
        && matches!(
            sentence.tokens[c.from].folded,
            "north"
                | "south"
                | "east"
                | "west"
                | "central"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        )
        && c.unit.is_some()
        && sentence.next_word(c.to) == Some("of")
        && next_capital(sentence, c.to + 1).is_some_and(|w| !countries::table().is_country_word(w))
}

/// A city whose name its region shares (the first four letters, folded):
/// "Idleb" in Idlib, "Baghdad" in Baghdad. Such a name may stand for the
/// region.
fn named_like_its_region(m: &PlaceMention) -> bool {
    let prefix = |s: &str| {
        super::gazetteer::fold(s)
            .chars()
            .take(4)
            .collect::<String>()
    };
    m.admin1
        .as_deref()
        .is_some_and(|a| prefix(a) == prefix(&m.name))
}

/// A bearing written in lower case: a compass point or its adjective
/// ("north", "southern", "north-eastern") or "central".
fn is_bearing(w: &str) -> bool {
    w == "central" || is_compass(w) || w.strip_suffix("ern").is_some_and(is_compass)
}

/// A compass point: "north", "south-east", "northwest".
fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
    )
}

/// A city of 200,000 people or more among the candidate's entries.
fn sizeable(gaz: &Gazetteer, c: &Candidate) -> bool {
    match &c.what {
        What::Gazetteer(entries) => entries.iter().any(|e| match e {
            Entry::Place(p) => gaz.places[*p as usize].population >= 200_000,
            _ => false,
        }),
        _ => false,
    }
}

/// A city of 100,000 people or more among the candidate's entries.
fn city_sized(gaz: &Gazetteer, c: &Candidate) -> bool {
    match &c.what {
        What::Gazetteer(entries) => entries.iter().any(|e| match e {
            Entry::Place(p) => gaz.places[*p as usize].population >= CITY_POPULATION,
            _ => false,
        }),
        _ => false,
    }
}

/// A name the gazetteer lists both as a first-level region and as a town
/// of that region, written bare (no "city" or "town" after it, and not
/// followed by a comma and a region, as in "Baghdad, Baghdad"): the town
/// may stand for its region. Not a national capital or a metropolis,
/// which the text means as the city.
fn region_seat(gaz: &Gazetteer, sentence: &Sentence, c: &Candidate, all: &[Candidate]) -> bool {
    let What::Gazetteer(entries) = &c.what else {
        return false;
    };
    if c.unit.is_some() || matches!(sentence.next_word(c.to), Some("city" | "town")) {
        return false;
    }
    let region_next = c.to < sentence.tokens.len()
        && sentence.gap(c.to - 1, c.to).trim() == ","
        && all.iter().any(|o| {
            o.from == c.to
                && matches!(&o.what, What::Gazetteer(e) if e.iter().any(|e| matches!(e, Entry::Admin1(_))))
        });
    if region_next {
        return false;
    }
    let regions: Vec<u32> = entries
        .iter()
        .filter_map(|e| match e {
            Entry::Admin1(a) => Some(*a),
            _ => None,
        })
        .collect();
    let mut seat = false;
    for e in entries {
        if let Entry::Place(p) = e {
            let p = &gaz.places[*p as usize];
            if p.population >= METROPOLIS_POPULATION || p.feature == "PPLC" {
                return false;
            }
            seat |= regions.contains(&p.admin1);
        }
    }
    seat
}

/// "in Kelto Bazaar, Dolpa District": a name (listed or not), then
/// "Bazaar" and a comma before the district or province, names a market
/// town of South Asia, not a market; "the Kelto Bazaar in Peshawar" stays
/// a market.
fn bazaar_town(sentence: &Sentence, from: usize, to: usize) -> bool {
    next_capital(sentence, to) == Some("bazaar")
        && to + 1 < sentence.tokens.len()
        && sentence.gap(to, to + 1).trim() == ","
        && !matches!(sentence.prev_word(from), Some("the" | "a" | "an"))
}

/// "in Al Hadba", "Al Karak town": a capitalised Arabic article then,
/// after a space, a capitalised English word is a town's name, not the
/// word, when a place cue stands before it or a lower-case local unit word
/// after it; without either it may be a person ("Al Green") or a title.
fn article_before_english_name(
    gaz: &Gazetteer,
    sentence: &Sentence,
    i: usize,
    taken: &impl Fn(usize) -> bool,
) -> bool {
    let tokens = &sentence.tokens;
    let to = i + 1;
    if to >= tokens.len()
        || !tokens[i].capital
        || !matches!(tokens[i].folded, "al" | "el")
        || sentence.gap(i, to) != " "
        || !tokens[to].capital
        || taken(to)
    {
        return false;
    }
    let w = tokens[to].folded;
    let english = w.len() >= 3
        && gaz.is_common_word(w)
        && !is_function_word(w)
        && !is_never_place(w)
        && unit_word(w).is_none()
        && !countries::table().is_country_word(w);
    let unit_after = to + 1 < tokens.len()
        && !tokens[to + 1].capital
        && sentence.next_word(to + 1).and_then(unit_word) == Some(UnitLevel::Local);
    english && (sentence.prev_word(i).is_some_and(place_cue) || unit_after)
}

/// A building's word, or "chowk" (a square or crossing in South Asian
/// towns), that ends a name written before it.
fn building_or_chowk(w: &str) -> bool {
    is_building_word(w) || w == "chowk"
}

/// "Dunamo Central Prison", "Ketara International Airport", "Sorvi
/// Square", "Lumbo Crossing": a run of a few capitalised words after a
/// name that ends in a building's or a site's word names a site called
/// after the place, as a building right after the name does.
fn site_name_after(sentence: &Sentence, to: usize) -> bool {
    site_named_after(sentence, to, |w| {
        matches!(w, "square" | "crossing" | "junction" | "zone")
    })
}

/// "at the Kelto Checkpoint", "the Dunamo African Methodist Church": a name
/// before a capitalised word for a building or a guarded site, within four
/// words, names that site. `also` adds more words: a listed name before a
/// square, a crossing or a junction names it too, but an unlisted one
/// there ("near Kelto Junction") is more often the place reported itself.
fn site_named_after(sentence: &Sentence, to: usize, also: impl Fn(&str) -> bool) -> bool {
    let mut at = to;
    while at < sentence.tokens.len() && at < to + 4 && next_capital(sentence, at).is_some() {
        let w = sentence.tokens[at].folded;
        if is_building_word(w) || matches!(w, "camp" | "checkpoint" | "base" | "airbase") || also(w)
        {
            // "the Dunamo District Hospital (Ketara, North
            // Province)": a site whose district follows in brackets is
            // told by the town it is named after.
            let mut end = at + 1;
            while end < sentence.tokens.len() && next_capital(sentence, end).is_some() {
                end += 1;
            }
            return end >= sentence.tokens.len()
                || !sentence.gap(end - 1, end).trim_start().starts_with('(');
        }
        at += 1;
    }
    false
}

/// "the Anbar town of Hit", "the Sinai city of Arish": a lower-case town
/// word after a name, then "of" and a capitalised name, is the later
/// name's; the name before it tells the town's region (or its people), and
/// is no town called so. Like a building's name, it yields to the town.
fn region_before_town_of(sentence: &Sentence, from: usize, to: usize) -> bool {
    // After "the", as a name's qualifier is written ("the northern Sinai
    // town of"): "in Kelo village of Tarvi district" is the village Kelo
    // of a district, and so is one whose later name has a unit word ("the
    // Kelo village of Tarvi district").
    let mut before = from;
    if before >= 1 && sentence.prev_word(before).is_some_and(part_of_place_word) {
        before -= 1;
    }
    let the = sentence.prev_word(before) == Some("the");
    let unit_after = || {
        let mut end = to + 3;
        while end < sentence.tokens.len()
            && sentence.tokens[end].capital
            && sentence.joined(end - 1)
        {
            end += 1;
        }
        sentence
            .next_word(end)
            .is_some_and(|w| unit_word(w).is_some())
    };
    // "the Sinai peninsula capital of Arish": a capital is a town too.
    the && sentence
        .next_word(to)
        .is_some_and(|w| matches!(w, "town" | "city" | "village" | "capital"))
        && !sentence.tokens[to].capital
        && sentence.next_word(to + 1) == Some("of")
        && sentence
            .tokens
            .get(to + 2)
            .is_some_and(|t| t.capital && sentence.gap(to + 1, to + 2) == " ")
        && !unit_after()
}

/// "the United Nations Mission in Kordia (UNMIK)", "a Police Training
/// Centre (PTC)", "the Front for the Liberation of Ketara (FLK)": a place
/// that ends a capitalised name, whose initials the acronym in brackets
/// right after it spells, is part of the name of a body (a mission, a
/// group, a school), which yields to the sentence's other place as a
/// building does. The name must have two capitalised words before the
/// place, and neither they nor the place a region's or district's word
/// ("the Autonomous Region of Kordia (ARK)", "North Ketara Province (NKP)"
/// are regions), nor the place a country: "the UN Mission in Liberia
/// (UNMIL)" is in that country, which a sentence may name for nothing
/// else.
fn ends_a_body_named_by_acronym(sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    if c.from == 0
        || c.to >= tokens.len()
        || sentence.gap(c.to - 1, c.to) != " ("
        || matches!(c.unit, Some(UnitLevel::Admin1 | UnitLevel::Admin2))
        || matches!(c.what, What::Country(_))
    {
        return false;
    }
    let acronym = &sentence.text[tokens[c.to].start..tokens[c.to].end];
    if acronym.len() < 3 || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // The capitalised words before the place, back to the name's start,
    // over the small words a name holds ("of", "in", "for the").
    let mut initials = Vec::new();
    let mut i = c.from;
    while i > 0 && matches!(sentence.gap(i - 1, i), " " | "-") {
        let t = &tokens[i - 1];
        if t.capital {
            if matches!(
                unit_word(t.folded),
                Some(UnitLevel::Admin1 | UnitLevel::Admin2)
            ) {
                return false;
            }
            initials.push(t.folded.as_bytes()[0].to_ascii_uppercase());
        } else if !matches!(t.folded, "of" | "in" | "for" | "the" | "and" | "on") {
            break;
        }
        i -= 1;
    }
    if initials.len() < 2 {
        return false;
    }
    initials.reverse();
    initials.extend(
        tokens[c.from..c.to - c.unit_len]
            .iter()
            .filter(|t| t.capital)
            .map(|t| t.folded.as_bytes()[0].to_ascii_uppercase()),
    );
    // The initials, in order, within the acronym, from its first letter.
    let mut letters = acronym.bytes();
    initials[0] == acronym.as_bytes()[0] && initials.iter().all(|&x| letters.any(|l| l == x))
}

/// "Ketara's Gate", "St. Anselm's Parish Church", "Dunamo's Grill": a name
/// that owns a named site (a saint's church, a shop, a city gate) is a
/// place only when the sentence names no other; the site stands in the
/// town named beside it. Not a town's square ("Dunamo's Red Square"): a
/// public square belongs to the town that owns it, which is the place.
fn possessor_of_site(sentence: &Sentence, to: usize) -> bool {
    let tokens = &sentence.tokens;
    to + 1 < tokens.len()
        && tokens[to].folded == "s"
        && matches!(sentence.gap(to - 1, to), "'" | "\u{2019}")
        && (site_named_after(sentence, to + 1, |w| {
            matches!(w, "crossing" | "junction" | "zone")
        }) || next_capital(sentence, to + 1).is_some_and(is_org_word))
}

/// "former Prime Minister Tarvo Lenk", "Senator Dunamo", "Mr. Ketara": a
/// name right after a person's title is the person's, whatever town the
/// gazetteer lists under it. A title the gazetteer writes as part of a
/// town's name ("General Santos") is matched with it and never comes
/// here. Titles that are also ordinary words count only when capitalised.
fn after_a_title(sentence: &Sentence, from: usize) -> bool {
    if from == 0 {
        return false;
    }
    let t = &sentence.tokens[from - 1];
    let gap = sentence.gap(from - 1, from);
    if !matches!(gap, " " | ". " | "\u{a0}") || !is_title_word(t.folded) {
        return false;
    }
    t.capital
        || matches!(
            t.folded,
            "president" | "minister" | "premier" | "senator" | "mr" | "mrs" | "ms" | "dr"
        )
}

/// "MP Tarvo al Kenzi", "Governor Sadiq bin Lerra": a name a few name
/// words after a person's title ends the person's name, not a place; the
/// walk back crosses only capitalised words that are no English words and
/// the lower-case particles of Arabic names.
fn person_named_after_a_title(gaz: &Gazetteer, sentence: &Sentence, from: usize) -> bool {
    let tokens = &sentence.tokens;
    let mut k = from;
    while k > 0 && from - k < 3 && sentence.gap(k - 1, k) == " " {
        let t = &tokens[k - 1];
        let name = if t.capital {
            is_name_word(gaz, t.folded) && !is_title_word(t.folded)
        } else {
            name_particle(t.folded)
        };
        if !name {
            break;
        }
        k -= 1;
    }
    k < from && after_a_title(sentence, k)
}

/// "Sidi ould Brahim", "Ahmed Ould Kerra": the Hassaniya "ould" (son of)
/// joins a man's given name to his father's; a name written beside it is
/// part of a person's name, whatever town the gazetteer lists under it.
fn beside_ould(sentence: &Sentence, c: &Candidate) -> bool {
    let tokens = &sentence.tokens;
    let before = c.from > 0
        && tokens[c.from - 1].folded == "ould"
        && sentence.gap(c.from - 1, c.from) == " ";
    let after = c.unit.is_none()
        && c.to < tokens.len()
        && tokens[c.to].folded == "ould"
        && sentence.gap(c.to - 1, c.to) == " ";
    before || after
}

/// "whose fighters are from Kelto", "the victims were originally from
/// Dunamo", "both men hail from Sorvi": the place people come from is
/// their home, not where the event happened.
fn origin_of_people(sentence: &Sentence, from: usize) -> bool {
    let tokens = &sentence.tokens;
    if from < 2 || tokens[from - 1].folded != "from" || sentence.gap(from - 1, from) != " " {
        return false;
    }
    matches!(
        tokens[from - 2].folded,
        "are" | "is" | "were" | "hail" | "hails" | "hailed" | "hailing" | "originally"
    ) && sentence.gap(from - 2, from - 1) == " "
}

/// "was rushed to Dunamo District Hospital", "taken to the Ketara
/// Clinic": the town a hospital is named after is where a victim was
/// carried, not where the event happened.
fn carried_to_hospital(sentence: &Sentence, c: &Candidate) -> bool {
    if c.unit.is_some() {
        return false;
    }
    let tokens = &sentence.tokens;
    let mut at = c.to;
    let mut hospital = false;
    while at < tokens.len() && at < c.to + 4 && next_capital(sentence, at).is_some() {
        if matches!(
            tokens[at].folded,
            "hospital" | "clinic" | "infirmary" | "medical"
        ) {
            hospital = true;
            break;
        }
        at += 1;
    }
    // "evacuated to the hospital Ketara": the hospital's word may come
    // first, its name right after it.
    let mut start = c.from;
    if !hospital
        && c.from > 0
        && matches!(tokens[c.from - 1].folded, "hospital" | "clinic")
        && sentence.gap(c.from - 1, c.from) == " "
    {
        hospital = true;
        start = c.from - 1;
    }
    if !hospital || start < 2 {
        return false;
    }
    let mut to_at = start - 1;
    if tokens[to_at].folded == "the" && to_at > 0 {
        to_at -= 1;
    }
    if tokens[to_at].folded != "to" {
        return false;
    }
    (to_at.saturating_sub(3)..to_at).any(|k| {
        matches!(
            tokens[k].folded,
            "rushed"
                | "taken"
                | "brought"
                | "admitted"
                | "transferred"
                | "evacuated"
                | "airlifted"
                | "moved"
                | "referred"
                | "shifted"
                | "carried"
                | "flown"
                | "sent"
                | "driven"
        )
    })
}

/// "Camp Ketara", "Plaza Dunamo", "Fort Sorvi": a name after a
/// capitalised word for a base, a square or a fort is that site's name,
/// called after a person or another town; so is a saint's or an imam's
/// name ("the Church of Saint Dunamo", "the mosque of Imam Ketara"), which
/// names the building dedicated to him. The site yields to the town the
/// sentence names beside it. A town whose name holds the word ("Saint
/// Louis") is matched whole and never comes here.
fn site_word_before(sentence: &Sentence, from: usize) -> bool {
    if from == 0 || !sentence.tokens[from - 1].capital {
        return false;
    }
    match sentence.tokens[from - 1].folded {
        "camp" | "plaza" | "fort" | "saint" | "imam" => sentence.gap(from - 1, from) == " ",
        "st" => matches!(sentence.gap(from - 1, from), " " | ". "),
        _ => false,
    }
}

/// "the University of Sorvi campus in Kalo", "Technical University of
/// Sorvi staff in Kalo": a place after "University of" names the
/// university, which may stand elsewhere; like a site, it yields to the
/// town named "in" right after it. Only then: in "the University of
/// Sorvi's Department of Law" the place is Sorvi's.
fn university_of(sentence: &Sentence, from: usize, to: usize) -> bool {
    let tokens = &sentence.tokens;
    from >= 2
        && tokens[from - 1].folded == "of"
        && tokens[from - 2].capital
        && matches!(tokens[from - 2].folded, "university" | "universities")
        && (to..tokens.len().min(to + 3))
            .any(|i| tokens[i].folded == "in" && tokens.get(i + 1).is_some_and(|t| t.capital))
}

/// "the Old City", "the Old Town": a name every town may give one of its
/// quarters. The gazetteer holds a few places so called, but where the
/// sentence names a town, the quarter is part of it and the town is the
/// place.
fn quarter_of_a_town(sentence: &Sentence, c: &Candidate) -> bool {
    let key = sentence.key(c.from, c.to);
    matches!(
        &*key,
        "old city" | "old town" | "city centre" | "city center"
    )
}

/// "the Dunamo forest", "Ketara Valley", "the Sorvi River": a valley, a
/// forest or a river is where the event was only when the sentence names
/// no town; the town it names is the place event datasets code.
fn natural_feature(sentence: &Sentence, from: usize, to: usize) -> bool {
    let feature = |w: &str| matches!(w, "valley" | "forest" | "river" | "lake" | "sanctuary");
    let tokens = &sentence.tokens;
    let last = to > from && feature(tokens[to - 1].folded);
    let next = to < tokens.len()
        && feature(tokens[to].folded)
        && sentence.gap(to - 1, to).chars().all(|c| c == ' ');
    // "Dunamo forest area (Ketara, North State)": the district in
    // brackets says the feature is the place that was coded.
    let mut end = if next { to + 1 } else { to };
    if tokens.get(end).is_some_and(|t| t.folded == "area") {
        end += 1;
    }
    let qualified =
        end > 0 && end < tokens.len() && sentence.gap(end - 1, end).trim_start().starts_with('(');
    (last || next) && !qualified
}

/// A lower-case "peninsula" or "island" right after a name, one space
/// apart: the name is the feature's ("the Sinai peninsula").
fn lower_feature_after(sentence: &Sentence, to: usize) -> bool {
    sentence.tokens.get(to).is_some_and(|t| {
        !t.capital
            && matches!(t.folded, "peninsula" | "island" | "islands")
            && sentence.gap(to - 1, to) == " "
    })
}

/// "in the Sinai peninsula", "on Pemba island", "on Indonesia's Sumatra
/// island": a cue ("on" among them) within three words before a feature's
/// name, lower-case words or a country's possessive between; not "the
/// oil-rich Kelto peninsula remained", which only names it.
fn feature_cued(sentence: &Sentence, from: usize) -> bool {
    let tokens = &sentence.tokens;
    let mut k = from;
    let mut steps = 0;
    while k > 0 && steps < 3 {
        let w = tokens[k - 1].folded;
        if place_cue(w) || w == "on" {
            return true;
        }
        let possessive = w == "s"
            && k >= 2
            && matches!(sentence.gap(k - 2, k - 1), "'" | "’")
            && countries::table().is_country_word(tokens[k - 2].folded);
        if possessive {
            k -= 2;
        } else if tokens[k - 1].capital {
            return false;
        } else {
            k -= 1;
        }
        steps += 1;
    }
    false
}

/// The next token, folded, when it is capitalised and follows after spaces.
fn next_capital<'s>(sentence: &'s Sentence, to: usize) -> Option<&'s str> {
    let t = sentence.tokens.get(to)?;
    let gap = sentence.gap(to - 1, to);
    (t.capital && !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
        .then_some(t.folded)
}

/// A capitalised word that reads as part of a proper name: not a function
/// word, not an English word, not a direction.
fn is_name_word(gaz: &Gazetteer, folded: &str) -> bool {
    !is_function_word(folded)
        && !gaz.is_common_word(folded)
        && !folded.chars().all(|c| c.is_ascii_digit())
        && !countries::table().is_country_word(folded)
}

/// Cue patterns for places the gazetteer does not hold.
fn unlisted_candidates(
    gaz: &Gazetteer,
    sentence: &Sentence,
    found: &[Candidate],
    _ctx_iso2: Option<&str>,
) -> Vec<Candidate> {
    let tokens = &sentence.tokens;
    let n = tokens.len();
    // Which words the gazetteer's names already cover, marked once: this
    // loop asks it of nearly every word, and scanning `found` each time
    // cost more than the rest of the test. The mask reaches the furthest
    // end of any candidate, so every word a candidate covers is marked and
    // any other word, inside the sentence or past it, is not.
    let mut covered = vec![false; found.iter().map(|c| c.to).max().unwrap_or(0)];
    for c in found.iter().filter(|c| c.from < c.to) {
        covered[c.from..c.to].fill(true);
    }
    let taken = |i: usize| covered.get(i).copied().unwrap_or(false);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // "in al-Jeel", "in el Marj", "the al-Sekak area": an Arabic
        // article in lower case opens the name of the capitalised word it
        // is joined to. "at", "an" and "as" only with a hyphen: with a
        // space they are English words before a name ("at Kinda").
        // (The article's hashed look-up after the flags most words fail.)
        let lower_article = !tokens[i].capital
            && i + 1 < n
            && tokens[i + 1].capital
            && is_article(tokens[i].folded)
            && !taken(i + 1)
            // "Ras al-Ain": inside a name; "In al-Jaw, ..." opens one.
            && !(i > 0
                && tokens[i - 1].capital
                && sentence.joined(i - 1)
                && !is_function_word(tokens[i - 1].folded))
            && (sentence.hyphen_between(i)
                || (sentence.gap(i, i + 1) == " "
                    && !matches!(tokens[i].folded, "at" | "an" | "as")));
        if !(tokens[i].capital || lower_article)
            || taken(i)
            || (i > 0 && sentence.hyphen_between(i - 1) && !in_road_pair(sentence, i - 1))
            || (i > 0 && elided_particle(sentence, i - 1))
        {
            i += 1;
            continue;
        }
        // Read only for a word that can start a name: this loop runs on
        // every word of every sentence.
        let second_of_road = i > 0 && in_road_pair(sentence, i - 1);
        // A hyphenated word counts whole ("I-n-Deliman", "Djingarey-ber").
        let mut to = i + 1;
        while to < n
            && sentence.hyphen_between(to - 1)
            && !taken(to)
            && !in_road_pair(sentence, to - 1)
        {
            to += 1;
        }
        // "the Shi'ite town of Dunamo": a people's word joined by an
        // apostrophe is still a people's word.
        if to > i + 1 {
            let whole: String = tokens[i..to].iter().map(|t| t.folded).collect();
            // "the Rebel-held town of X", "a Kurdish-controlled city",
            // "Kelto-owned land": who holds the place, not its name.
            let holder = matches!(
                tokens[to - 1].folded,
                "controlled" | "held" | "dominated" | "majority" | "occupied" | "owned"
            );
            if is_never_place(&whole) || holder {
                i = to;
                continue;
            }
        }
        // "Sixth of October city", "the 10th of Ramadan City": a town named
        // for a date is one name, month or feast and all.
        let ordinal_town = ordinal_town_name(sentence, i);
        if let Some(end) = ordinal_town {
            to = end;
        }
        // "the town of Sheikh Talun", "the city of Saint Arvel": a title
        // that alone is no place opens a town's name after its unit word,
        // and in an address ("in Imam Qasim, Nineveh").
        let town_of = (i >= 2
            && sentence.prev_word(i) == Some("of")
            && sentence.prev_word(i - 1).is_some_and(|w| {
                matches!(
                    w,
                    "town" | "city" | "village" | "hamlet" | "towns" | "villages" | "cities"
                )
            }))
            || title_in_address(sentence, i);
        // An article or an English word may open a name whose next word is
        // a name ("As Sabaa", "Al Hishah", "Tin Zaouaten"); alone, neither
        // is one.
        let opener = to == i + 1
            && to < n
            && sentence.joined(i)
            && !sentence.hyphen_between(i)
            && tokens[to].capital
            && !taken(to)
            && (is_unlisted_word(gaz, sentence, to) || elided_particle(sentence, to + 1))
            && (is_article(tokens[i].folded)
                || (gaz.is_common_word(tokens[i].folded)
                    && !is_function_word(tokens[i].folded)
                    && !is_never_place(tokens[i].folded)
                    && unit_word(tokens[i].folded).is_none())
                || (town_of && is_never_place(tokens[i].folded))
                || tamasheq_in(sentence, i));
        let opener = opener || article_before_english_name(gaz, sentence, i, &taken);
        if opener {
            to += 1;
        }
        // "Um al-Dawar", "Umm Seltu": "Um" ("mother of") opens an Arabic
        // town's name, with or without an article; alone it is too short
        // to be one.
        let mother = to == i + 1
            && tokens[i].capital
            && matches!(tokens[i].folded, "um" | "umm")
            && to < n
            && sentence.joined(i)
            && !sentence.hyphen_between(i);
        if mother {
            // After a hyphenated article ("al-Sawn") any capitalised word
            // is the name, English or not.
            let article = is_article(tokens[to].folded) && sentence.joined(to);
            let name_at = if article { to + 1 } else { to };
            if name_at < n
                && tokens[name_at].capital
                && !taken(name_at)
                && if article && sentence.hyphen_between(to) {
                    !is_function_word(tokens[name_at].folded)
                } else {
                    is_unlisted_word(gaz, sentence, name_at)
                }
            {
                to = name_at + 1;
            }
        }
        let mother = mother && to > i + 1;
        if lower_article && to == i + 1 {
            i += 1;
            continue;
        }
        // "Bambara-Maoude": a hyphen makes a name of a word that alone is
        // a people's name.
        let hyphenated = to > i + 1 && sentence.hyphen_between(i);
        // "Residents of I-n-Tillit", "the inhabitants of Bore".
        let people_of = i >= 2
            && sentence.prev_word(i) == Some("of")
            && matches!(
                tokens[i - 2].folded,
                "residents"
                    | "inhabitants"
                    | "villagers"
                    | "people"
                    | "population"
                    | "natives"
                    | "mayor"
                    // "the major of Kelto": a common misspelling of mayor
                    // in translated reports; no army rank is "of" a town.
                    | "major"
                    | "governor"
                    | "prefect"
                    | "subprefect"
                    | "chief"
                    | "market"
                    | "site"
                    | "outskirts"
                    | "vicinity"
                    | "surroundings"
                    | "entrance"
                    // "took to the streets of Kelto", "the imam of Kelto".
                    | "streets"
                    | "imam"
                    // "during the shelling of Kelto": what was shelled.
                    | "shelling"
                    | "bombardment"
                    | "siege"
            );
        // "at the entrance to Kelto", as "the entrance of Kelto"; troops
        // "deployed to Kelto", "reinforcements to Kelto", fighters
        // "advancing on Kelto": where the forces went. Not "entry to":
        // migrants "gain entry to European states".
        let people_of = people_of
            || i >= 2
                && match sentence.prev_word(i) {
                    Some("to") => {
                        matches!(
                            tokens[i - 2].folded,
                            "entrance" | "deployed" | "redeployed" | "reinforcements"
                        )
                        // "an airstrike at the entry to Kelto": a site at
                        // the edge of the town, as "at the entrance to".
                        || tokens[i - 2].folded == "entry"
                            && i >= 4
                            && tokens[i - 3].folded == "the"
                            && tokens[i - 4].folded == "at"
                    }
                    Some("on") => tokens[i - 2].folded == "advancing",
                    _ => false,
                }
            || after_town_part(sentence, i);
        // "village Bore" names a village; "the City Hall", "City
        // Corporation" name an office: a unit word written with a capital
        // is part of the name that follows, not a cue for it.
        let lower_unit_before = i >= 1
            && !tokens[i - 1].capital
            && sentence
                .prev_word(i)
                .is_some_and(|w| unit_word(w) == Some(UnitLevel::Local));
        let strong = people_of || preceded_by_unit_of(sentence, i) || lower_unit_before;
        // "in Tin-Kar", "near In-Salah": after a place cue, capitalised
        // words hyphened into one are a name, though each alone is an
        // English word.
        let cued_compound = hyphenated
            && tokens[i..to].iter().all(|t| t.capital)
            && sentence.prev_word(i).is_some_and(place_cue);
        // "Kelto Côte d'Or": English words before an elided particle
        // begin a French name.
        let elided_next = elided_particle(sentence, to);
        let word_ok = if ordinal_town.is_some() {
            true
        } else if to - i > 1 {
            let whole = sentence.key(i, to);
            whole.len() >= 3
                && (!is_function_word(tokens[i].folded)
                    || opener
                    || lower_article
                    || mother
                    || cued_compound)
                && (!is_never_place(tokens[i].folded) || hyphenated || town_of)
                && (cued_compound
                    || elided_next
                    || !tokens[i..to].iter().all(|t| gaz.is_common_word(t.folded)))
        } else {
            // After "village of" or "village", even a short name or an
            // English word is a name ("the village of Pe", "village Bore").
            is_unlisted_word(gaz, sentence, i)
                || (elided_next
                    && tokens[i].folded.len() >= 3
                    && !is_function_word(tokens[i].folded)
                    && !is_never_place(tokens[i].folded)
                    && unit_word(tokens[i].folded).is_none())
                || english_name_before_address(sentence, i, found)
                || (strong
                    && tokens[i].folded.len() >= 2
                    && !tokens[i].folded.chars().all(|c| c.is_ascii_digit())
                    && !is_function_word(tokens[i].folded)
                    && (!is_never_place(tokens[i].folded) || called_a_village(sentence, i))
                    && !countries::table().is_country_word(tokens[i].folded))
        };
        // "BR-282", "PD3", "AK-47": letters glued to digits, or capitals
        // then a number, are a road's, a block's or a weapon's code, not a
        // place's ("Zolote-4", a word then a number, is a settlement).
        let has_digit = |t: &Token| t.folded.bytes().any(|b| b.is_ascii_digit());
        let has_letter = |t: &Token| t.folded.bytes().any(|b| b.is_ascii_alphabetic());
        let abbreviation = {
            let w = &sentence.text[tokens[i].start..tokens[i].end];
            w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase())
        };
        let coded = tokens[i..to]
            .iter()
            .any(|t| has_digit(t) && (has_letter(t) || abbreviation));
        if !word_ok || coded {
            i = to;
            continue;
        }
        // Then capitalised words joined by spaces ("Tin Telout", "Pyaung
        // Pike"); an English word may continue a name, not start one. A
        // name particle between two capitalised words belongs to the name
        // ("Vila das Flores", "Jurf al-Sakhar"), so that the word after the
        // whole name ("neighborhood", "prison") is read, not the particle.
        loop {
            // "Kelto d'Or": after an elided particle any capitalised word
            // goes on the name, an English one too.
            if to + 1 < n && to - i < 5 && elided_particle(sentence, to) && !taken(to + 1) {
                to += 2;
                continue;
            }
            if to + 1 < n
                && to - i < 5
                && name_particle(tokens[to].folded)
                && (!tokens[to].capital || inner_article(tokens[to].folded))
                && sentence.joined(to - 1)
                && sentence.joined(to)
                && tokens[to + 1].capital
                && !taken(to)
                && !taken(to + 1)
                && (is_unlisted_word(gaz, sentence, to + 1)
                    || word_after_inner_article(sentence, to))
            {
                to += 2;
                continue;
            }
            // "the Kelo Dara - Dunamo road": a spaced hyphen between two
            // ends of a road parts the names. "the Kelto-e-Sar Imambargah",
            // "Dar-ul-Noor Chowk": after a hyphened name, a building's or a
            // square's word ends it, though the gazetteer lacks the word.
            if !(to < n
                && to - i < 4
                && sentence.joined(to - 1)
                && tokens[to].capital
                && !taken(to)
                && !(hyphenated && building_or_chowk(tokens[to].folded))
                && (sentence.hyphen_between(to - 1) || !in_road_pair(sentence, to - 1))
                && (is_unlisted_word(gaz, sentence, to)
                    || tokens[to].folded == "city"
                    || (short_name_word(sentence, to) && ends_name(sentence, to))
                    || never_word_before_district(sentence, to)
                    || {
                        let w = tokens[to].folded;
                        w.len() >= 3
                            && !is_function_word(w)
                            && !is_never_place(w)
                            && unit_word(w).is_none()
                            && !is_street_word(w)
                            && !is_building_word(w)
                            && !is_org_word(w)
                            && !is_facility_word(w)
                    }))
            {
                break;
            }
            to += 1;
        }
        if to - i < 4 && !taken(to) && bazaar_town(sentence, i, to) {
            to += 1;
        }
        // "in the Sinai peninsula", "Kalora's Tamba island": a feature's
        // word in lower case ends the name as a capitalised one does.
        if to < n && lower_feature_after(sentence, to) {
            to += 1;
        }
        let prev = sentence.prev_word(i);
        let unit_of = preceded_by_unit_of(sentence, i);
        let next = sentence.next_word(to);
        let unit_after = next
            .and_then(|w| unit_word_after_name(sentence, i, w))
            .filter(|_| !unit_word_names_a_road(sentence, to));
        let after_gap = if to < n { sentence.gap(to - 1, to) } else { "" };
        // "a feud between the Kelto and Dunamo families": a name the
        // gazetteer lacks, right before a kin group's word, names the kin.
        if after_gap == " " && matches!(next, Some("family" | "families" | "clan" | "clans")) {
            i = to;
            continue;
        }
        let paren_after = after_gap.trim_start().starts_with('(');
        // "in rural Saraqab", "near western Kafrnabl".
        let prep = prev.is_some_and(place_cue)
            || (i >= 2
                && prev.is_some_and(|w| {
                    matches!(
                        w,
                        "rural"
                            | "northern"
                            | "southern"
                            | "eastern"
                            | "western"
                            | "central"
                            | "downtown"
                            | "greater"
                            | "northwestern"
                            | "northeastern"
                            | "southwestern"
                            | "southeastern"
                    )
                })
                && sentence.prev_word(i - 1).is_some_and(place_cue));
        // "in the Sinai Peninsula", "near the Hindiya Valley": a name that
        // ends in a word for a natural feature is a place after a cue and
        // its article.
        let feature_after_the = to > i + 1
            && is_feature_word(tokens[to - 1].folded)
            && i >= 2
            && prev == Some("the")
            && sentence.prev_word(i - 1).is_some_and(place_cue);
        // "Egypt's Sinai Peninsula", "Kalora's restive Tamba Valley": a
        // country's possessive, with at most one lower-case word after it,
        // is as good a cue as the article.
        let feature_after_country_possessive =
            to > i + 1 && is_feature_word(tokens[to - 1].folded) && {
                let k = if i >= 1
                    && !tokens[i - 1].capital
                    && prev == Some(tokens[i - 1].folded)
                    && tokens[i - 1].folded != "s"
                {
                    i - 1
                } else {
                    i
                };
                k >= 2
                    && tokens[k - 1].folded == "s"
                    && matches!(sentence.gap(k - 2, k - 1), "'" | "’")
                    && countries::table().is_country_word(tokens[k - 2].folded)
            };
        // "the Dogon village Bore", "village Bih".
        let unit_before =
            lower_unit_before || feature_after_the || feature_after_country_possessive;
        let ok_end = to >= n || {
            let g = after_gap.trim();
            !g.is_empty() || !tokens[to].capital
        };
        let is_first = i == 0;
        // "blockaded Dinagourou in the Mopti region", "Boni (Mopti region)".
        let region_after = {
            let mut j = to;
            if sentence.next_word(j) == Some("in") || paren_after {
                j += usize::from(sentence.next_word(j) == Some("in"));
                if tokens.get(j).is_some_and(|t| t.folded == "the") {
                    j += 1;
                }
                found.iter().any(|c| {
                    c.from == j
                        && (matches!(c.unit, Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2))
                            || matches!(&c.what, What::Gazetteer(e) if e.iter().all(|e| !matches!(e, Entry::Place(_))))
                            // "As Sabaa (Tripoli)", "Tiskat (Gao, Gao)":
                            // a listed town alone in brackets, or first
                            // of a list there, is where the name lies.
                            || (paren_after
                                && matches!(&c.what, What::Gazetteer(_))
                                && c.to < n
                                && {
                                    let g = sentence.gap(c.to - 1, c.to).trim();
                                    g.starts_with(')') || g == ","
                                })
                            || (paren_after
                                && matches!(&c.what, What::Gazetteer(_))
                                && c.to == n
                                && sentence.text[sentence.tokens[c.to - 1].end..].trim_start().starts_with(')')))
                })
            } else {
                false
            }
        };
        // "Bambara-Maoude, Tombouctou Region", "El Furrial, Maturin
        // municipality": a name followed by the unit that holds it.
        let unit_after_comma = after_gap.trim() == ","
            && found.iter().any(|c| {
                c.from == to
                    && (matches!(c.unit, Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2))
                        || matches!(&c.what, What::Gazetteer(e) if e.iter().all(|e| !matches!(e, Entry::Place(_)))))
            });
        // "the Tassiga bridge", "on Ftireh front", "Aydin Governorship": a
        // name before a word for a site or an office is that site's place.
        let site_after = to < n && after_gap.chars().all(|ch| ch == ' ') && {
            let w = tokens[to].folded;
            let lower = !tokens[to].capital;
            is_site_word(w) && (lower || !is_org_word(w))
                // "at the Talmuk border crossing": a crossing named for
                // the place.
                || (w == "border"
                    && tokens
                        .get(to + 1)
                        .is_some_and(|t| !t.capital && t.folded == "crossing"))
        };
        // "under Rampur police station", "Dhanpur Police Station limits":
        // Indian and Bangladeshi reports place a village by the police
        // station whose area holds it, named for its town; "the Sonpur
        // police station" is the town's too. A station's own name, in
        // capitals ("the Tahrir Police Station in Baqubah"), is not.
        let police_station = to + 1 < n
            && after_gap == " "
            && tokens[to].folded == "police"
            && matches!(tokens[to + 1].folded, "station" | "limits")
            && (prev == Some("under")
                || tokens
                    .get(to + 2)
                    .is_some_and(|t| matches!(t.folded, "limits" | "jurisdiction"))
                || (!tokens[to].capital
                    && tokens[to + 1].folded == "station"
                    && tokens.get(to + 2).is_none_or(|t| t.folded != "area")));
        // "20 km east of Lerneb", "south of Serma".
        let distance = preceded_by_distance(sentence, i);
        // "the Kelo Dara - Dunamo road": a first end of several words too.
        let road_end = second_of_road || in_road_pair(sentence, to - 1);
        // "between Segue and Kassogou": the second name too.
        let between_and =
            prev == Some("and") && (i.saturating_sub(6)..i).any(|j| tokens[j].folded == "between");
        // "protests in several villages of the district including Kelo":
        // a name a list of villages opens on is one of them.
        let village_listed = prev == Some("including")
            && (i.saturating_sub(12)..i).any(|j| {
                matches!(
                    tokens[j].folded,
                    "villages" | "towns" | "hamlets" | "localities"
                )
            });
        // "fleeing IS-held Kelto", "in rebel-controlled Dunamo": the
        // holder's word names a place held.
        let held = i >= 2
            && !tokens[i - 1].capital
            && sentence.hyphen_between(i - 2)
            && sentence.gap(i - 1, i) == " "
            && matches!(
                tokens[i - 1].folded,
                "controlled" | "held" | "occupied" | "besieged"
            );
        // "militants burned a school Kelto.": a note written in haste may
        // drop the "in" before a name that ends the sentence right after
        // an object told with "a" or "an".
        let object_then_name = i >= 2
            && !tokens[i - 1].capital
            && matches!(tokens[i - 2].folded, "a" | "an")
            && sentence.gap(i - 2, i - 1) == " "
            && sentence.gap(i - 1, i) == " "
            && !is_function_word(tokens[i - 1].folded)
            && to == n
            && sentence.text[tokens[to - 1].end..]
                .trim_start()
                .starts_with('.');
        let cued = unit_of
            || object_then_name
            || coded_as(sentence, i)
            || (held && ok_end)
            || (village_listed && ok_end)
            || people_of
            || (between_and && ok_end)
            || unit_before
            || (region_after && !is_first)
            || (verb_cued(sentence, i) && ok_end)
            || (unit_after.is_some() && !is_first)
            || (unit_after.is_some() && is_first && tokens.len() > to + 1)
            || (prep && ok_end && (paren_after || !is_first))
            || (unit_after_comma && !is_first)
            || (site_after && !is_first)
            || (police_station && !is_first)
            || (distance && ok_end)
            || road_end;
        if cued {
            let near = prev.is_some_and(near_cue) || preceded_by_distance(sentence, i);
            let mut c = Candidate {
                from: i,
                to,
                what: What::Unlisted,
                unit: None,
                cued: true,
                cued_part: false,
                near,
                facility: false,
                unit_len: 0,
            };
            if let Some(level) = unit_after {
                c.unit = Some(level);
                c.to += 1;
                c.unit_len = 1;
            }
            let plural_after = next.is_some_and(|w| w.ends_with('s') && unit_after.is_some());
            let plural_before = unit_of
                && i >= 2
                && tokens[i - 2].folded.ends_with('s')
                && unit_word(tokens[i - 2].folded).is_some();
            out.push(c);
            // "the Ouattagouna, Karou and Daoutegeft communes", "the
            // villages of Ogossagou, Welingara and Sobane": every name in
            // the list is a place.
            if plural_after {
                out.extend(list_names(sentence, i, false, &taken));
            }
            if plural_before {
                let mut end = to;
                while end < n {
                    match list_names(sentence, end, true, &taken).first() {
                        Some(next) => {
                            end = next.to;
                            out.push(next.clone());
                        }
                        None => break,
                    }
                }
                i = end.max(to);
                continue;
            }
            i = to;
        } else {
            i += 1;
        }
    }
    out
}

/// "in the village of Bambara", "the town of Fulani": a word that alone
/// names a people (or a title) is the name of the village or town a
/// "village of" or "town of" right before it calls so; villages are often
/// named after the people who founded them. Not a month or a day, and not
/// a word that opens a longer capitalised name ("the town of Amnesty
/// International", a page's running head cutting a sentence).
fn called_a_village(sentence: &Sentence, i: usize) -> bool {
    let tokens = &sentence.tokens;
    i >= 2
        && (i + 1 >= tokens.len() || !tokens[i + 1].capital || sentence.gap(i, i + 1) != " ")
        && sentence.prev_word(i) == Some("of")
        && matches!(
            sentence.prev_word(i - 1),
            Some("village" | "town" | "hamlet")
        )
        && !NEVER_PLACES
            .split_at(19)
            .0
            .contains(&sentence.tokens[i].folded)
}

/// "Lamo Boko sub district": a word that alone names a group ("Boko" of
/// Boko Haram) may end a name written before a word for a district; a
/// group's or a people's name is not written so.
fn never_word_before_district(sentence: &Sentence, at: usize) -> bool {
    let tokens = &sentence.tokens;
    let w = tokens[at].folded;
    w.len() >= 3
        && is_listed_never_place(w)
        && !is_people(w)
        && !is_function_word(w)
        && at + 1 < tokens.len()
        && !tokens[at + 1].capital
        && sentence.gap(at, at + 1) == " "
        && matches!(
            tokens[at + 1].folded,
            "sub" | "subdistrict" | "district" | "tambon"
        )
}

/// Titles that alone are no place but open many a town's name ("Sheikh
/// Zuweid", "Imam Sahib", "Saint-Louis").
fn opens_a_town_name(w: &str) -> bool {
    matches!(w, "sheikh" | "shaikh" | "sheik" | "imam" | "saint")
}

/// Whether the title at token `i` opens a town's name written as an
/// address: after "in", "near", "at" or "outside", one or two capitalised
/// words, then a comma or a word for a village or district ("in Imam
/// Qasim, Nineveh", "near Sheikh Barzan, killing", "at Imam Rafi
/// district"). A person is rarely written so: "in Sheikh Omar's house",
/// "near Imam Ali shrine" go on with other words.
fn title_in_address(sentence: &Sentence, i: usize) -> bool {
    let tokens = &sentence.tokens;
    if !tokens[i].capital
        || !opens_a_town_name(tokens[i].folded)
        || !sentence
            .prev_word(i)
            .is_some_and(|w| matches!(w, "in" | "near" | "at" | "outside"))
        || i + 1 >= tokens.len()
        || !tokens[i + 1].capital
        || sentence.gap(i, i + 1) != " "
    {
        return false;
    }
    let mut end = i + 2;
    if end < tokens.len() && tokens[end].capital && sentence.gap(end - 1, end) == " " {
        end += 1;
    }
    if end >= tokens.len() {
        return false;
    }
    sentence.gap(end - 1, end).trim() == ","
        || (!tokens[end].capital && sentence.next_word(end).and_then(unit_word).is_some())
}

/// The end of a town's name made of an ordinal, "of" and a capitalised
/// word, when "city" or "town" follows it ("Sixth of October city",
/// "10th of Ramadan City"): the token after the name.
fn ordinal_town_name(sentence: &Sentence, i: usize) -> Option<usize> {
    const ORDINALS: &[&str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "fifteenth",
        "twentieth",
        "thirtieth",
    ];
    let tokens = &sentence.tokens;
    if i + 3 >= tokens.len() || !tokens[i].capital {
        return None;
    }
    let w = tokens[i].folded;
    let numbered = w.len() >= 3
        && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit())
        && matches!(&w[w.len() - 2..], "st" | "nd" | "rd" | "th");
    let spaced = (i..i + 3).all(|k| sentence.gap(k, k + 1) == " ");
    (spaced
        && (ORDINALS.contains(&w) || numbered)
        && tokens[i + 1].folded == "of"
        && !tokens[i + 1].capital
        && tokens[i + 2].capital
        && matches!(tokens[i + 3].folded, "city" | "town"))
    .then_some(i + 3)
}

/// The names listed before token `i` ("X, Y and" before Z), or the one
/// right after token range ending at `i` (", Y" or "and Y") when `forward`.
fn list_names(
    sentence: &Sentence,
    i: usize,
    forward: bool,
    taken: &dyn Fn(usize) -> bool,
) -> Vec<Candidate> {
    let tokens = &sentence.tokens;
    let n = tokens.len();
    let make = |from: usize, to: usize| Candidate {
        from,
        to,
        what: What::Unlisted,
        unit: None,
        cued: true,
        cued_part: false,
        near: false,
        facility: false,
        unit_len: 0,
    };
    let mut out = Vec::new();
    if forward {
        if i >= n || i == 0 {
            return out;
        }
        let mut j = i;
        let gap = sentence.gap(i - 1, i).trim();
        if gap != "," {
            if !(gap.is_empty() && matches!(tokens[j].folded, "and" | "or")) {
                return out;
            }
        } else if matches!(tokens[j].folded, "and" | "or") {
            j += 1;
        }
        if gap.is_empty() {
            j += 1;
        }
        if j >= n || !tokens[j].capital || taken(j) {
            return out;
        }
        let mut to = j + 1;
        while to < n && sentence.hyphen_between(to - 1) {
            to += 1;
        }
        out.push(make(j, to));
        return out;
    }
    let mut j = i;
    loop {
        let k = if j >= 2
            && matches!(tokens[j - 1].folded, "and" | "or")
            && sentence.gap(j - 1, j).trim().is_empty()
        {
            let before = sentence.gap(j - 2, j - 1).trim();
            if !(before.is_empty() || before == ",") {
                break;
            }
            j - 2
        } else if j >= 1 && sentence.gap(j - 1, j).trim() == "," {
            j - 1
        } else {
            break;
        };
        let mut start = k;
        while start > 0 && sentence.hyphen_between(start - 1) {
            start -= 1;
        }
        if !tokens[start].capital || taken(start) || is_function_word(tokens[start].folded) {
            break;
        }
        out.push(make(start, k + 1));
        j = start;
    }
    out
}

/// "in Bramble, Kelto", "in Cedar Hill, Dunamo Town, a driver was shot",
/// "in Bay View (Kelto District, Dunamo)": after a place cue,
/// capitalised English words right before a comma or a bracket and a
/// listed place that closes a link of the address (a comma, a bracket or
/// the sentence's end after it) are the name of a village or a quarter the
/// gazetteer lacks, as a name of words no dictionary holds would be. Up to
/// three words; none a unit's, a site's, a month's or a title's word.
fn english_name_before_address(sentence: &Sentence, i: usize, found: &[Candidate]) -> bool {
    let tokens = &sentence.tokens;
    if !sentence
        .prev_word(i)
        .is_some_and(|w| matches!(w, "in" | "at" | "near"))
    {
        return false;
    }
    let taken = |k: usize| found.iter().any(|c| c.from <= k && k < c.to);
    let mut end = i;
    while end < tokens.len()
        && end < i + 3
        && tokens[end].capital
        && (end == i || sentence.gap(end - 1, end) == " ")
    {
        let w = tokens[end].folded;
        if w.len() < 3
            || taken(end)
            || is_function_word(w)
            || is_never_place(w)
            || unit_word(w).is_some()
            || is_facility_word(w)
            || is_street_word(w)
            || is_building_word(w)
            || is_org_word(w)
            || countries::table().is_country_word(w)
        {
            return false;
        }
        end += 1;
    }
    if end == i || end >= tokens.len() || !matches!(sentence.gap(end - 1, end), ", " | " (") {
        return false;
    }
    let Some(next) = found.iter().find(|c| c.from == end) else {
        return false;
    };
    let after = sentence.text[tokens[next.to - 1].end..].trim_start();
    after.is_empty() || after.starts_with([',', ')', '.', ';'])
}

/// A capitalised word that can be (part of) an unlisted place's name.
fn is_unlisted_word(gaz: &Gazetteer, sentence: &Sentence, i: usize) -> bool {
    let t = &sentence.tokens[i];
    if let Some(known) = t.unlisted_word.get() {
        return known;
    }
    let word = &sentence.text[t.start..t.end];
    let unlisted = t.folded.len() >= 3
        && !t.folded.chars().all(|c| c.is_ascii_digit())
        && !word.chars().all(|c| !c.is_lowercase())
        && !mixed_case_acronym(word)
        && !is_function_word(t.folded)
        && !is_never_place(t.folded)
        && !gaz.is_common_word(t.folded)
        && unit_word(t.folded).is_none()
        && !countries::table().is_country_word(t.folded);
    t.unlisted_word.set(Some(unlisted));
    unlisted
}

/// "across the LoC", "LeT militants", "VoJ reported": a word of three or
/// four letters that opens and ends on a capital with only lower-case
/// letters between is an acronym that keeps the small words of the name
/// it shortens ("Line of Control", "Lashkar-e-Taiba"), never a place's
/// name.
fn mixed_case_acronym(word: &str) -> bool {
    let b = word.as_bytes();
    (3..=4).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[b.len() - 1].is_ascii_uppercase()
        && b[1..b.len() - 1].iter().all(u8::is_ascii_lowercase)
}

/// "in In Kelto", "near In Dunamo": after a lower-case place cue, a
/// capitalised "In" is no preposition but the first word of a Tamasheq
/// name ("In Salah", "In Khalil"); an English text capitalises the
/// preposition only at the start of a sentence or in a title.
fn tamasheq_in(sentence: &Sentence, i: usize) -> bool {
    let tokens = &sentence.tokens;
    tokens[i].capital
        && tokens[i].folded == "in"
        && i >= 1
        && !tokens[i - 1].capital
        && sentence.prev_word(i).is_some_and(place_cue)
}

/// A one-word name that ends before `to` goes on: a lower-case Arabic
/// article set apart by spaces ("al", "el", not "at", "an" or "as",
/// English words) joins it to a capitalised word ("Bab al Kelto"). Not
/// after a hyphen: "Kelto-el Dunamo" joins two names, and names written
/// "Wadi al-Kelto" are read whole elsewhere.
fn article_continues_name(sentence: &Sentence, to: usize) -> bool {
    let tokens = &sentence.tokens;
    to + 1 < tokens.len()
        && !tokens[to].capital
        && inner_article(tokens[to].folded)
        && tokens[to].folded != "as"
        && sentence.gap(to - 1, to) == " "
        && sentence.gap(to, to + 1) == " "
        && tokens[to + 1].capital
        && tokens[to + 1].folded.len() >= 3
        && !is_function_word(tokens[to + 1].folded)
}

/// "Kelto al Sheikh", "Dunamo Al Imam": after an Arabic article inside a
/// name already begun, the capitalised word is the rest of the name even
/// when it is a title or an English word, as the article says it is one
/// ("the Sheikh" is a place's name there, not a man's title).
fn word_after_inner_article(sentence: &Sentence, k: usize) -> bool {
    let tokens = &sentence.tokens;
    let next = &tokens[k + 1];
    inner_article(tokens[k].folded)
        && tokens[k].folded != "as"
        && next.folded.len() >= 3
        && next.folded.bytes().all(|b| b.is_ascii_alphabetic())
        && !is_function_word(next.folded)
        && unit_word(next.folded).is_none()
        && !countries::table().is_country_word(next.folded)
}

/// Words and abbreviations of two letters, a capital then a lower-case
/// letter, that a capitalised English text puts after a name (titles,
/// "No" for number, pronouns and verbs of a headline) and that are not the
/// function words.
const ENGLISH_TWO_LETTER_WORDS: &[&str] = &[
    "mr", "ms", "dr", "st", "mt", "ft", "jr", "sr", "no", "nr", "co", "rd", "is", "it", "he", "we",
    "me", "my", "us", "up", "so", "do", "go", "be", "if", "am", "pm", "vs", "ex", "oh", "ok",
];

/// "Nahal Oz", "Tin Ma", "Khur Si": a word of two letters, a capital then
/// a lower-case letter, ends a name already begun (Hebrew, Burmese and
/// Kurdish names have such syllables); it never opens one, and inside a
/// longer name ("Dan Na Ambassagou") it is as often an armed group's.
/// English words and abbreviations of that shape ("In", "Mr", "St", "No")
/// are none.
fn short_name_word(sentence: &Sentence, i: usize) -> bool {
    let t = &sentence.tokens[i];
    let mut chars = sentence.text[t.start..t.end].chars();
    let shape = matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(a), Some(b), None) if a.is_ascii_uppercase() && b.is_ascii_lowercase()
    );
    shape
        && !is_function_word(t.folded)
        && !is_never_place(t.folded)
        && !ENGLISH_TWO_LETTER_WORDS.contains(&t.folded)
}

/// The word at `i` ends a name: no capitalised word follows it after a
/// space, and no letters are glued to it ("Na'im" is one word).
fn ends_name(sentence: &Sentence, i: usize) -> bool {
    if i + 1 >= sentence.tokens.len() || !sentence.joined(i) {
        return true;
    }
    !sentence.tokens[i + 1].capital && sentence.gap(i, i + 1).chars().all(char::is_whitespace)
}

/// Turn one candidate into a mention.
fn resolve(
    gaz: &Gazetteer,
    sentence: &Sentence,
    c: &Candidate,
    evidence: &Evidence,
    ctx_iso2: Option<&str>,
    all: &[Candidate],
) -> Option<PlaceMention> {
    let table = countries::table();
    let span = Span::new(sentence.tokens[c.from].start, sentence.tokens[c.to - 1].end);
    let text = sentence.text[span.start..span.end].to_string();
    let name_to = c.to - c.unit_len;
    let text_name =
        sentence.text[sentence.tokens[c.from].start..sentence.tokens[name_to - 1].end].to_string();
    let mut m = PlaceMention::unlisted(span, text, text_name.clone(), 3);
    let set_country = |m: &mut PlaceMention, iso2: &str| {
        if let Some(country) = table.by_iso2(iso2) {
            m.country = Some(country.name.clone());
            m.iso3 = Some(country.iso3.clone());
        }
    };
    match &c.what {
        What::Country(index) => {
            let country = &table.countries[*index];
            m.kind = PlaceKind::Country;
            m.name = country.name.clone();
            m.country = Some(country.name.clone());
            m.iso3 = Some(country.iso3.clone());
            if let Some(&(lat, lon)) = gaz.country_centroid.get(country.iso2.as_str()) {
                m.latitude = Some(f64::from(lat));
                m.longitude = Some(f64::from(lon));
            }
            m.geo_precision = 3;
            Some(m)
        }
        What::Gazetteer(entries) => {
            let key = sentence.key(c.from, name_to);
            let chosen = choose(gaz, entries, c, &key, evidence, ctx_iso2);
            // A cue ("the village of X", "attacked X") before a name the
            // gazetteer holds only as a district or region abroad, in a
            // document about another country, names a village it lacks.
            let cued = (c.cued && !c.cued_part) || c.near || verb_cued(sentence, c.from);
            let Some((best, lost)) = chosen else {
                // A region abroad is known by its name ("fought in
                // Chechnya"), and an English word needs more than a cue.
                let home = ctx_iso2?;
                let region = entries.iter().any(|e| matches!(e, Entry::Admin1(_)));
                // "near Logo (Kelo, Ituri)": the note's address in brackets
                // says the name is a place of home, English word or not.
                let addressed = bracket_address_at_home(gaz, sentence, c, all, home);
                if !(cued || addressed)
                    || region
                    || (gaz.is_common_word(&key) && !addressed)
                    || matches!(c.unit, Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2))
                {
                    return None;
                }
                return Some(unlisted_mention(
                    gaz, sentence, c, evidence, home, m, text_name, all,
                ));
            };
            m.candidates_lost = lost;
            match best {
                Entry::Place(p) => {
                    let place = &gaz.places[p as usize];
                    // A namesake abroad, in a document about another country
                    // that the sentence does not name, is more likely a
                    // village the gazetteer lacks ("Boni" in Mali is not
                    // Watampone, once called Boni), unless it is a city
                    // known by that very name.
                    // "Boni, Mali" with no document country: the country
                    // written right after the name is its home.
                    let comma_country = followed_by_country(sentence, c.to);
                    let home = ctx_iso2.or(comma_country.as_deref());
                    if let Some(home) = home {
                        let named = evidence.countries.iter().any(|x| x == place.cc);
                        // A region of the home country named in the same
                        // sentence ("Palma in Cabo Delgado") outweighs a
                        // famous namesake abroad.
                        let home_admin = evidence
                            .admin1
                            .iter()
                            .any(|&a| gaz.admin1[a as usize].cc == home);
                        if place.cc != home
                            && (!named || comma_country.is_some())
                            && (!(prominent(place) && primary_match(place, &key)) || home_admin)
                        {
                            // Without a cue it may be anything: a name, a
                            // ship, a group; a region of the home country
                            // right after a comma ("the entrance to Kelo,
                            // West Bank") is its address, as good as a cue.
                            let home_region_next = c.to < sentence.tokens.len()
                                && sentence.gap(c.to - 1, c.to).trim() == ","
                                && all.iter().any(|o| {
                                    o.from == c.to && region_countries(gaz, o).contains(&home)
                                });
                            if !(cued
                                || c.unit.is_some()
                                || home_region_next
                                || bracket_address_at_home(gaz, sentence, c, all, home))
                            {
                                return None;
                            }
                            return Some(unlisted_mention(
                                gaz, sentence, c, evidence, home, m, text_name, all,
                            ));
                        }
                    }
                    m.kind = PlaceKind::Locality;
                    m.gazetteer_name = Some(place.name.to_string());
                    m.admin1 = gaz.admin1_name(place.admin1).map(String::from);
                    m.admin2 = gaz.admin2_name(place.admin2).map(String::from);
                    set_country(&mut m, place.cc);
                    m.latitude = Some(f64::from(place.lat));
                    m.longitude = Some(f64::from(place.lon));
                    m.geonames_id = Some(place.id);
                    m.geo_precision = if c.near || c.unit == Some(UnitLevel::Admin2) {
                        2
                    } else {
                        1
                    };
                    // The text's own spelling of the admin1 beats GeoNames'
                    // when it names it ("Idleb" for "Idlib").
                    if let Some(text_admin1) = text_admin1_name(gaz, sentence, all, c, place.admin1)
                    {
                        m.admin1 = Some(text_admin1);
                    } else if entries.contains(&Entry::Admin1(place.admin1))
                        || (place.feature == "PPLA" && place.admin1 != NONE)
                    {
                        // The seat of a region of the same name ("in Dar'a",
                        // "in Idleb"): a variant spelling of the region's
                        // name is the text's; another name ("Timbuktu" for
                        // "Tombouctou") is not.
                        let short = gaz.admin1[place.admin1 as usize].short;
                        if spelling_variant(short, &text_name) {
                            m.admin1 = Some(text_name.clone());
                        }
                    }
                }
                Entry::Admin1(a) => {
                    let admin = &gaz.admin1[a as usize];
                    m.kind = PlaceKind::Admin1;
                    m.gazetteer_name = Some(admin.short.to_string());
                    let display = admin1_display(gaz, &[best], &text_name);
                    // The place is named without the unit's kind, as other
                    // regions are ("Lima" for "Lima Province"); the admin1
                    // keeps it where it tells two regions apart.
                    m.name = match display.rsplit_once(' ') {
                        Some((head, last))
                            if unit_word(&last.to_lowercase())
                                .is_some_and(|l| l != UnitLevel::Local) =>
                        {
                            head.to_string()
                        }
                        _ => display.clone(),
                    };
                    m.admin1 = Some(display);
                    set_country(&mut m, admin.cc);
                    m.latitude = admin.lat.map(f64::from);
                    m.longitude = admin.lon.map(f64::from);
                    m.geo_precision = 3;
                }
                Entry::Admin2(a) => {
                    let admin = &gaz.admin2[a as usize];
                    m.gazetteer_name = Some(admin.short.to_string());
                    m.admin2 = Some(admin.short.to_string());
                    m.admin1 = gaz.admin1_name(admin.parent).map(String::from);
                    // A text that puts the unit in another region (newer
                    // regions GeoNames lacks) is believed.
                    if let Some(a1) = nearest_admin1(gaz, sentence, all, c, &[]) {
                        m.admin1 = Some(a1);
                    }
                    set_country(&mut m, admin.cc);
                    let parent = gaz.admin1.get(admin.parent as usize);
                    m.latitude = admin.lat.or(parent.and_then(|p| p.lat)).map(f64::from);
                    m.longitude = admin.lon.or(parent.and_then(|p| p.lon)).map(f64::from);
                    // "Ansongo Cercle" matched whole is the district too.
                    let named_as_unit = unit_word(sentence.tokens[name_to - 1].folded)
                        .is_some_and(|l| l != UnitLevel::Local)
                        || (name_to - c.from > 1
                            && unit_word(sentence.tokens[c.from].folded).is_some());
                    if named_as_unit {
                        m.name = admin.short.to_string();
                    }
                    if named_as_unit
                        || matches!(c.unit, Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2))
                    {
                        m.kind = PlaceKind::Admin2;
                        m.geo_precision = 3;
                    } else {
                        // A district's name alone ("in Youwarou", "Oicha
                        // town") names its seat, which cities500 often
                        // lacks: a town, placed at the district's centre.
                        m.kind = PlaceKind::Unlisted;
                        m.geo_precision = 2;
                    }
                }
            }
            Some(m)
        }
        What::Unlisted if matches!(c.unit, Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2)) => {
            // "Yagha province", a unit the gazetteer lacks: a unit all the same.
            let home = ctx_iso2
                .map(String::from)
                .or_else(|| evidence.countries.first().cloned());
            if let Some(country) = home.as_deref().and_then(|h| table.by_iso2(h)) {
                m.country = Some(country.name.clone());
                m.iso3 = Some(country.iso3.clone());
                if let Some(&(lat, lon)) = gaz.country_centroid.get(country.iso2.as_str()) {
                    m.latitude = Some(f64::from(lat));
                    m.longitude = Some(f64::from(lon));
                }
            }
            if c.unit == Some(UnitLevel::Admin1) {
                m.kind = PlaceKind::Admin1;
                m.admin1 = Some(text_name);
            } else {
                m.kind = PlaceKind::Admin2;
                m.admin2 = Some(text_name);
            }
            Some(m)
        }
        What::Unlisted => {
            let home = area_of_country(sentence, c, all)
                .map(|index| table.countries[index].iso2.clone())
                .or_else(|| ctx_iso2.map(String::from))
                .or_else(|| evidence.countries.first().cloned())
                .or_else(|| {
                    evidence
                        .admin1
                        .first()
                        .map(|&a| gaz.admin1[a as usize].cc.to_string())
                });
            Some(unlisted_mention(
                gaz,
                sentence,
                c,
                evidence,
                home.as_deref().unwrap_or(""),
                m,
                text_name,
                all,
            ))
        }
    }
}

/// "the Kelto area of eastern Ruritania": the country an unlisted area is
/// said to be part of (its index in the country table), which outranks
/// the document's own country: a report's text can run one country's
/// chapter into the next.
fn area_of_country(sentence: &Sentence, c: &Candidate, all: &[Candidate]) -> Option<usize> {
    if sentence.tokens[c.to - 1].folded != "area" || sentence.next_word(c.to) != Some("of") {
        return None;
    }
    let mut at = c.to + 1;
    if sentence.next_word(at).is_some_and(|w| w == "the") {
        at += 1;
    }
    if sentence.next_word(at).is_some_and(is_bearing) {
        at += 1;
    }
    all.iter().find_map(|o| match o.what {
        What::Country(index) if o.from == at => Some(index),
        _ => None,
    })
}

/// A village or town the gazetteer lacks: the text's name, the admin units
/// the text gives, and the coordinates of the smallest unit known.
#[allow(clippy::too_many_arguments)]
fn unlisted_mention(
    gaz: &Gazetteer,
    sentence: &Sentence,
    c: &Candidate,
    evidence: &Evidence,
    home: &str,
    mut m: PlaceMention,
    text_name: String,
    all: &[Candidate],
) -> PlaceMention {
    let table = countries::table();
    m.kind = PlaceKind::Unlisted;
    m.name = text_name;
    m.geonames_id = None;
    let same_country = |cc: &str| home.is_empty() || cc == home;
    let admin2 = evidence
        .admin2
        .iter()
        .copied()
        .find(|&a| same_country(gaz.admin2[a as usize].cc));
    let admin1_text = nearest_admin1(gaz, sentence, all, c, &[]);
    let admin1 = evidence
        .admin1
        .iter()
        .copied()
        .find(|&a| same_country(gaz.admin1[a as usize].cc));
    if let Some(a2) = admin2 {
        let unit = &gaz.admin2[a2 as usize];
        m.admin2 = Some(unit.short.to_string());
        m.admin1 = gaz.admin1_name(unit.parent).map(String::from);
        m.latitude = unit.lat.map(f64::from);
        m.longitude = unit.lon.map(f64::from);
        m.geo_precision = 2;
    }
    if let Some(a1) = admin1 {
        let unit = &gaz.admin1[a1 as usize];
        if m.latitude.is_none() {
            m.latitude = unit.lat.map(f64::from);
            m.longitude = unit.lon.map(f64::from);
            m.geo_precision = 2;
        }
        if m.admin1.is_none() {
            m.admin1 = Some(unit.short.to_string());
        }
    }
    if let Some(a1) = admin1_text {
        m.admin1 = Some(a1);
    }
    if m.admin1.is_none() {
        if let Some(p) = city_before_hyphen(gaz, &m.name, home) {
            m.admin1 = gaz.admin1_name(p.admin1).map(String::from);
            m.admin2 = gaz.admin2_name(p.admin2).map(String::from);
            m.latitude = Some(f64::from(p.lat));
            m.longitude = Some(f64::from(p.lon));
            m.geo_precision = 2;
        }
    }
    if m.admin1.is_none() {
        // A listed place named in the same sentence ("near Douentza") lends
        // its region and coordinates.
        if let Some((p, o)) = nearby_listed_place(gaz, all, c, home) {
            m.admin1 = gaz.admin1_name(p.admin1).map(String::from);
            // The seat of a region bearing its name ("in Idleb"): the
            // text's spelling names the region too.
            if let What::Gazetteer(entries) = &o.what {
                if entries.contains(&Entry::Admin1(p.admin1)) {
                    let name_to = o.to - o.unit_len;
                    let start = sentence.tokens[o.from].start;
                    let end = sentence.tokens[name_to - 1].end;
                    let written = &sentence.text[start..end];
                    // Not the town's own name where the region has
                    // another: "Kabara and Timbuktu" are in Tombouctou.
                    let short = gaz.admin1[p.admin1 as usize].short;
                    let town_name = primary_match(p, &super::gazetteer::fold(written));
                    if spelling_variant(short, written) || !town_name {
                        m.admin1 = Some(admin1_display(gaz, entries, written));
                    }
                }
            }
            m.admin2 = gaz.admin2_name(p.admin2).map(String::from);
            m.latitude = Some(f64::from(p.lat));
            m.longitude = Some(f64::from(p.lon));
            m.geo_precision = 2;
        }
    }
    if !home.is_empty() {
        if let Some(country) = table.by_iso2(home) {
            m.country = Some(country.name.clone());
            m.iso3 = Some(country.iso3.clone());
        }
        if m.latitude.is_none() {
            if let Some(&(lat, lon)) = gaz.country_centroid.get(home) {
                m.latitude = Some(f64::from(lat));
                m.longitude = Some(f64::from(lon));
            }
            m.geo_precision = 3;
        }
    }
    m
}

/// "Belgrade-Zemun", "Donetsk-Kirovskyi": a quarter written after its
/// city and a hyphen is in the city (one of 100,000 or more, in `home`
/// when the document has a country), and in its region.
fn city_before_hyphen<'g>(gaz: &'g Gazetteer, name: &str, home: &str) -> Option<&'g Place> {
    let (city, part) = name.split_once('-')?;
    if city.trim().len() < 3 || !part.trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    gaz.lookup(&super::gazetteer::fold(city))
        .filter_map(|e| match e {
            Entry::Place(p) => Some(&gaz.places[p as usize]),
            _ => None,
        })
        .filter(|p| (home.is_empty() || p.cc == home) && p.population >= CITY_POPULATION)
        .max_by_key(|p| p.population)
}

/// A listed place in the sentence, in `home`, other than `c`.
/// The nearest in the text, with its candidate.
fn nearby_listed_place<'g, 'c>(
    gaz: &'g Gazetteer,
    all: &'c [Candidate],
    c: &Candidate,
    home: &str,
) -> Option<(&'g Place, &'c Candidate)> {
    all.iter()
        .filter(|o| o.from != c.from)
        .filter_map(|o| match &o.what {
            What::Gazetteer(entries) => entries
                .iter()
                .filter_map(|e| match e {
                    Entry::Place(p) if home.is_empty() || gaz.places[*p as usize].cc == home => {
                        Some(&gaz.places[*p as usize])
                    }
                    _ => None,
                })
                .max_by_key(|p| p.population)
                .map(|p| (p, o)),
            _ => None,
        })
        .min_by_key(|(_, o)| o.from.abs_diff(c.from))
}

/// The text's spelling of an admin1 named near `c` (the closest admin1
/// candidate), cleaned of "region"/"province".
fn nearest_admin1(
    gaz: &Gazetteer,
    sentence: &Sentence,
    all: &[Candidate],
    c: &Candidate,
    _skip: &[usize],
) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for o in all {
        if o.from == c.from {
            continue;
        }
        let What::Gazetteer(entries) = &o.what else {
            continue;
        };
        let is_admin1 = o.unit == Some(UnitLevel::Admin1)
            || (o.unit.is_none() && entries.iter().all(|e| matches!(e, Entry::Admin1(_))));
        if !is_admin1 || !entries.iter().any(|e| matches!(e, Entry::Admin1(_))) {
            continue;
        }
        let distance = o.from.abs_diff(c.from);
        let name = admin1_display(gaz, entries, region_written(sentence, o));
        if best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, name));
        }
    }
    best.map(|(_, name)| name)
}

/// The words naming a region, with its kind when the text gives one
/// ("Lima Province"): `admin1_display` keeps or drops the kind.
fn region_written<'s>(sentence: &'s Sentence, o: &Candidate) -> &'s str {
    let to = match o.unit {
        Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2) if o.unit_len == 1 => o.to,
        _ => o.to - o.unit_len,
    };
    &sentence.text[sentence.tokens[o.from].start..sentence.tokens[to - 1].end]
}

/// An admin1's name as reported: the text's words when they are the unit's
/// short name in another spelling, else the gazetteer's short name.
fn admin1_display(gaz: &Gazetteer, entries: &[Entry], text: &str) -> String {
    let mut text = text.trim_start_matches("the ").trim();
    let full = text;
    // "Borno State", "Mandera County": the unit's name without its kind.
    if let Some((head, last)) = text.rsplit_once(' ') {
        if unit_word(&last.to_lowercase()).is_some_and(|l| l != UnitLevel::Local) {
            text = head.trim();
        }
    }
    let admin = entries.iter().find_map(|e| match e {
        Entry::Admin1(a) => Some(&gaz.admin1[*a as usize]),
        _ => None,
    });
    // "Lima Province" where the country has a "Lima region" too: the
    // unit's kind is part of its name.
    // (Only asked when the text wrote a kind.)
    if let Some(a) = admin.filter(|_| plain_name(full) != plain_name(text)) {
        if gaz.admin1_name_shared(a) {
            return full.to_string();
        }
    }
    // "J&K", "KZN": an abbreviation stands for the unit's name, which is
    // how a region is reported.
    let abbreviation =
        text.contains('&') || text.len() <= 4 && text.chars().all(|c| c.is_ascii_uppercase());
    // The text's spelling where it writes the name another way ("Deir-ez-
    // Zor" where GeoNames writes "Deir ez-Zor"); GeoNames' where the text
    // only drops accents or capitals ("Segou", "MOPTI" are "Ségou", "Mopti").
    match admin {
        Some(a) if plain_name(a.short) == plain_name(text) || abbreviation => a.short.to_string(),
        Some(_) => text.to_string(),
        None => text.to_string(),
    }
}

/// When the sentence names the admin1 of `admin1` itself, the text's spelling.
fn text_admin1_name(
    gaz: &Gazetteer,
    sentence: &Sentence,
    all: &[Candidate],
    c: &Candidate,
    admin1: u32,
) -> Option<String> {
    if admin1 == NONE {
        return None;
    }
    for o in all {
        let What::Gazetteer(entries) = &o.what else {
            continue;
        };
        // The place's own name is not the region's ("Timbuktu" the town
        // is in "Tombouctou" the region).
        if o.from == c.from {
            continue;
        }
        if entries.contains(&Entry::Admin1(admin1)) {
            let name_to = o.to - o.unit_len;
            let start = sentence.tokens[o.from].start;
            let end = sentence.tokens[name_to - 1].end;
            let written = &sentence.text[start..end];
            // "between Timbuktu and Goundam": a town that shares another
            // name of the region is the town; the region keeps its own
            // name ("Tombouctou") unless the text spells that very name.
            let short = gaz.admin1[admin1 as usize].short;
            let town_too = entries.iter().any(|e| matches!(e, Entry::Place(_)));
            if town_too && o.unit != Some(UnitLevel::Admin1) && !spelling_variant(short, written) {
                return Some(short.to_string());
            }
            return Some(admin1_display(gaz, entries, region_written(sentence, o)));
        }
    }
    None
}

/// The text wrote the place's own name, not one of its alternate names.
/// (The ASCII name folds like the name, so the build script never stores
/// it: comparing with the name is enough.)
fn primary_match(place: &Place, key: &str) -> bool {
    let mut buf = String::new();
    fold_into(place.name, &mut buf);
    buf == key
}

/// What a place matched only by one of its alternate names loses against a
/// seat called exactly that: five orders of magnitude of population (Coro,
/// 250,000 people, against Koro, a district seat of unknown size).
const FOREIGN_NAME_DISCOUNT: f64 = 20.0;

fn prominent(place: &Place) -> bool {
    place.population >= 100_000 || matches!(place.feature, "PPLC" | "PPLA")
}

/// What the readings of a name in a country where it is a region gain
/// where the name closes a "Town, Region" pair: more than a sizeable town
/// of that name abroad (a town of 50,000 people scores about 20) and less
/// than a unit word does.
const QUALIFIER_REGION_BONUS: f64 = 40.0;

/// The countries where candidate `c` names a first-level region.
fn region_countries(gaz: &Gazetteer, c: &Candidate) -> Vec<&'static str> {
    let What::Gazetteer(entries) = &c.what else {
        return Vec::new();
    };
    let regions: Vec<Entry> = entries
        .iter()
        .copied()
        .filter(|e| matches!(e, Entry::Admin1(_)))
        .collect();
    entry_countries(gaz, &regions)
}

/// Whether candidate `c` closes a "Town, Region" pair ("Marinka, Donetsk."):
/// a comma right before it after a capitalised word, and nothing after it
/// but the end of the clause or lower-case words. A name in a list
/// ("Kabul, Ghor, Laghman and Balkh") is not one.
fn qualifies_previous_name(sentence: &Sentence, c: &Candidate) -> bool {
    if c.from == 0 || c.unit.is_some() || sentence.gap(c.from - 1, c.from).trim() != "," {
        return false;
    }
    if !sentence.tokens[c.from - 1].capital {
        return false;
    }
    if c.to >= sentence.tokens.len() {
        return true;
    }
    let after = sentence.gap(c.to - 1, c.to).trim();
    if after.starts_with(['.', ';', ':', ')']) {
        return true;
    }
    after.is_empty()
        && !sentence.tokens[c.to].capital
        && !matches!(sentence.tokens[c.to].folded, "and" | "or")
}

/// Pick the entry a name most likely means here; the others become
/// `candidates_lost` ("Boni (Burkina Faso)").
fn choose(
    gaz: &Gazetteer,
    entries: &[Entry],
    c: &Candidate,
    key: &str,
    evidence: &Evidence,
    ctx_iso2: Option<&str>,
) -> Option<(Entry, Vec<String>)> {
    // Regions and districts abroad are not what a document about another
    // country means, unless the sentence names that country.
    let foreign_admin = |e: &Entry| {
        let cc = match *e {
            Entry::Admin1(a) => gaz.admin1[a as usize].cc,
            Entry::Admin2(a) => gaz.admin2[a as usize].cc,
            Entry::Place(_) => return false,
        };
        ctx_iso2.is_some_and(|home| home != cc) && !evidence.countries.iter().any(|x| x == cc)
    };
    // "in Halba": the town, seat of Akkar, whose name GeoNames also lists
    // for the region; the region only when the text says so ("Halba
    // region") or the name is the region's own ("Mopti").
    let seat_name_of_region = |e: &Entry| {
        let Entry::Admin1(a) = *e else {
            return false;
        };
        let short = gaz.admin1[a as usize].short;
        c.unit != Some(UnitLevel::Admin1)
            && !spelling_variant(short, key)
            && entries.iter().any(|x| match *x {
                Entry::Place(p) => {
                    let place = &gaz.places[p as usize];
                    place.admin1 == a && primary_match(place, key)
                }
                _ => false,
            })
    };
    // "Koro": a district seat called exactly that outweighs a city abroad
    // that some language calls Koro (Coro, Venezuela), unless the text
    // points there.
    let primary_seat = entries.iter().any(|e| match *e {
        Entry::Place(p) => {
            let place = &gaz.places[p as usize];
            primary_match(place, key) && matches!(place.feature, "PPLA" | "PPLA2" | "PPLA3")
        }
        _ => false,
    });
    let mut scored: Vec<(f64, Entry)> = entries
        .iter()
        .filter(|e| !foreign_admin(e) && !seat_name_of_region(e))
        .map(|&e| {
            let mut s = score(gaz, e, c, evidence, ctx_iso2);
            if let Entry::Place(p) = e {
                let place = &gaz.places[p as usize];
                // A large city is known abroad by its foreign names
                // ("Odessa" for Odesa): no discount.
                let world_city = place.population >= 300_000 || place.feature == "PPLC";
                if primary_seat && !world_city && !primary_match(place, key) {
                    s -= FOREIGN_NAME_DISCOUNT;
                }
            }
            (s, e)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let &(_, best) = scored.first()?;
    let best_label = label(gaz, best);
    let mut lost: Vec<String> = Vec::new();
    for &(_, e) in scored.iter().skip(1) {
        if !matches!(e, Entry::Place(_)) {
            continue;
        }
        let l = label(gaz, e);
        if l != best_label && !lost.contains(&l) {
            lost.push(l);
        }
        if lost.len() >= 5 {
            break;
        }
    }
    Some((best, lost))
}

fn label(gaz: &Gazetteer, e: Entry) -> String {
    let table = countries::table();
    let (name, cc, admin1) = match e {
        Entry::Place(p) => {
            let p = &gaz.places[p as usize];
            (p.name, p.cc, gaz.admin1_name(p.admin1))
        }
        Entry::Admin1(a) => {
            let a = &gaz.admin1[a as usize];
            (a.short, a.cc, None)
        }
        Entry::Admin2(a) => {
            let a = &gaz.admin2[a as usize];
            (a.short, a.cc, gaz.admin1_name(a.parent))
        }
    };
    let country = table.by_iso2(cc).map_or(cc, |c| c.name.as_str());
    match admin1 {
        Some(a1) => format!("{name} ({a1}, {country})"),
        None => format!("{name} ({country})"),
    }
}

fn score(
    gaz: &Gazetteer,
    e: Entry,
    c: &Candidate,
    evidence: &Evidence,
    ctx_iso2: Option<&str>,
) -> f64 {
    let (cc, admin1, admin2) = match e {
        Entry::Place(p) => {
            let p = &gaz.places[p as usize];
            (p.cc, p.admin1, p.admin2)
        }
        Entry::Admin1(a) => (gaz.admin1[a as usize].cc, a, NONE),
        Entry::Admin2(a) => (gaz.admin2[a as usize].cc, gaz.admin2[a as usize].parent, a),
    };
    let mut s = 0.0;
    if ctx_iso2 == Some(cc) {
        s += 100.0;
    }
    if evidence.countries.iter().any(|x| x == cc) {
        s += 50.0;
    }
    if evidence.demonym_countries.iter().any(|x| x == cc) {
        s += 20.0;
    }
    // "Sosnovka, Donetsk": the region says where the village lies, not
    // the village where the region lies. A village's namesakes abroad do
    // not vote for the region's country, and a name that is a region
    // somewhere is read as that region.
    let qualifier = evidence.qualifiers.contains(&c.from);
    if !qualifier {
        s += evidence.neighbour_weight(c.from, cc);
    } else if let What::Gazetteer(entries) = &c.what {
        if entries
            .iter()
            .any(|&r| matches!(r, Entry::Admin1(a) if gaz.admin1[a as usize].cc == cc))
        {
            s += QUALIFIER_REGION_BONUS;
        }
    }
    if admin1 != NONE && evidence.admin1.contains(&admin1) && !matches!(e, Entry::Admin1(_)) {
        s += 30.0;
    }
    if admin2 != NONE && evidence.admin2.contains(&admin2) && !matches!(e, Entry::Admin2(_)) {
        s += 30.0;
    }
    match e {
        Entry::Place(p) => {
            let p = &gaz.places[p as usize];
            s += 4.0 * f64::from(p.population).max(1.0).log10();
            s += match p.feature {
                "PPLC" => 15.0,
                "PPLA" => 10.0,
                "PPLA2" => 5.0,
                "PPLX" | "PPLH" | "PPLQ" | "PPLW" => -5.0,
                _ => 0.0,
            };
            // "Mopti region", "Ansongo Cercle": the unit, not the town.
            match c.unit {
                Some(UnitLevel::Admin1) | Some(UnitLevel::Admin2) => s -= 40.0,
                Some(UnitLevel::Local) => s += 10.0,
                None => {}
            }
        }
        Entry::Admin1(_) => {
            // A bare admin1 name competes with a town of that name: the
            // town wins when it is the seat or sizeable, else the unit.
            s += 18.0;
            match c.unit {
                Some(UnitLevel::Admin1) => s += 60.0,
                Some(UnitLevel::Admin2) => s += 10.0,
                Some(UnitLevel::Local) => s -= 40.0,
                None => {}
            }
        }
        Entry::Admin2(_) => {
            s += 12.0;
            match c.unit {
                Some(UnitLevel::Admin2) => s += 60.0,
                Some(UnitLevel::Admin1) => s += 5.0,
                Some(UnitLevel::Local) => s -= 40.0,
                None => {}
            }
        }
    }
    s
}

pub(super) fn infer_regions(text: &str, mentions: &mut [PlaceMention]) {
    let gaz = gazetteer();
    for i in 0..mentions.len() {
        if mentions[i].kind != PlaceKind::Unlisted || mentions[i].admin1.is_some() {
            continue;
        }
        let Some(iso3) = mentions[i].iso3.clone() else {
            continue;
        };
        let start = mentions[i].span.start;
        let source = (0..i).rev().find_map(|j| {
            let m = &mentions[j];
            let between = text.get(m.span.end..start)?;
            if start.saturating_sub(m.span.end) > 3000 || breaks_section(between) {
                return Some(None);
            }
            (m.iso3.as_deref() == Some(iso3.as_str()) && m.admin1.is_some()).then_some(Some(j))
        });
        let Some(Some(j)) = source else {
            continue;
        };
        let admin1 = mentions[j].admin1.clone();
        let coords = admin1.as_deref().and_then(|name| {
            let cc = iso2_of(Some(iso3.as_str()))?;
            gaz.lookup(&super::gazetteer::fold(name))
                .find_map(|e| match e {
                    Entry::Admin1(a) if gaz.admin1[a as usize].cc == cc => {
                        let a = &gaz.admin1[a as usize];
                        Some((a.lat?, a.lon?))
                    }
                    _ => None,
                })
        });
        let m = &mut mentions[i];
        m.admin1 = admin1;
        if let Some((lat, lon)) = coords {
            m.latitude = Some(f64::from(lat));
            m.longitude = Some(f64::from(lon));
            m.geo_precision = 3;
        }
    }
}

/// A heading line or a double blank line: the text moves on to another
/// subject, whose places say nothing of the next ones' region.
fn breaks_section(between: &str) -> bool {
    if between.contains("\n\n\n") || between.contains("\r\n\r\n\r\n") {
        return true;
    }
    let lines: Vec<&str> = between.split('\n').collect();
    // Whole lines only: the first and last pieces belong to the mentions' own lines.
    lines.len() > 2
        && lines[1..lines.len() - 1].iter().any(|line| {
            let line = line.trim();
            !line.is_empty()
                && line.len() < 80
                && !line.ends_with(['.', ':', ';', ',', '"', '”'])
                && line.chars().next().is_some_and(char::is_uppercase)
        })
}

/// What [`country_votes`] returns: the votes by country index, whether
/// the text names a place listed nowhere, and every country with a listed
/// place in the text, with whether one is a sizeable town with no
/// namesake elsewhere.
pub(super) type CountryVotes = (Vec<(usize, u32)>, bool, Vec<(usize, bool)>);

/// Votes for the country a text is about, from its places: 2 for an admin
/// unit or a town of 100,000 people or a regional capital, 1 for another
/// listed town (namesakes make small places weak evidence), by index into
/// the country table. Texts longer than 20,000 bytes are read in their
/// first 20,000 bytes only, to bound the cost.
///
/// Also says whether the text names a place the gazetteer lists nowhere,
/// which [`countries::detect`] reads as a sign that a force of a densely
/// listed country is abroad, and every country the text names a listed
/// place of, by index, with whether one of them is a town of 20,000
/// people or more that has no namesake elsewhere ("Afula").
pub(super) fn country_votes(text: &str) -> CountryVotes {
    let gaz = gazetteer();
    let table = countries::table();
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut votes = Vec::new();
    let mut unlisted = false;
    let mut placed: Vec<(usize, bool)> = Vec::new();
    for m in extract(&text[..end], 0, &PlaceContext::default()) {
        if m.kind == PlaceKind::Unlisted {
            unlisted = true;
        }
        let Some(country) = m.iso3.as_deref().and_then(|c| table.index_of_iso3(c)) else {
            continue;
        };
        // A name with namesakes in other countries ("Boni": a town in
        // Indonesia and one in Mali) says little about the country.
        let ambiguous = m.candidates_lost.iter().any(|lost| {
            m.country
                .as_deref()
                .is_some_and(|c| !lost.trim_end_matches(')').ends_with(c))
        });
        let mut sizeable_unique = false;
        let weight: u32 = match m.kind {
            PlaceKind::Admin1 | PlaceKind::Admin2 => 2,
            PlaceKind::Locality => {
                let place = m.gazetteer_name.as_deref().and_then(|name| {
                    gaz.lookup(&super::gazetteer::fold(name))
                        .find_map(|e| match e {
                            Entry::Place(p) if Some(gaz.places[p as usize].id) == m.geonames_id => {
                                Some(&gaz.places[p as usize])
                            }
                            _ => None,
                        })
                });
                sizeable_unique = m.candidates_lost.is_empty()
                    && place.is_some_and(|p| p.population >= TOWN_POPULATION);
                if place.is_some_and(prominent) {
                    2
                } else {
                    1
                }
            }
            // Country names are counted with the country words already.
            PlaceKind::Country | PlaceKind::Unlisted => 0,
        };
        // A district's seat ("in Niono") is read as unlisted but is still
        // a place of its country.
        if m.kind != PlaceKind::Country {
            match placed.iter_mut().find(|(c, _)| *c == country) {
                Some((_, sizeable)) => *sizeable |= sizeable_unique,
                None => placed.push((country, sizeable_unique)),
            }
        }
        let weight = if ambiguous {
            weight.saturating_sub(1)
        } else {
            weight
        };
        if weight > 0 {
            votes.push((country, weight));
        }
    }
    (votes, unlisted, placed)
}

/// Membership in the word lists above, by hash instead of a linear scan:
/// these run for every capitalised word of every sentence.
///
/// A word longer than every word of its list is not hashed at all: most
/// words of a sentence are ("is_article" is asked of every lower-case one).
macro_rules! word_set {
    ($name:ident, $list:ident) => {
        fn $name(word: &str) -> bool {
            const LONGEST: usize = longest_word($list);
            static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
            word.len() <= LONGEST
                && SET
                    .get_or_init(|| $list.iter().copied().collect())
                    .contains(word)
        }
    };
}

/// The length in bytes of the longest word of `list`.
const fn longest_word(list: &[&str]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < list.len() {
        if list[i].len() > longest {
            longest = list[i].len();
        }
        i += 1;
    }
    longest
}
word_set!(is_function_word, FUNCTION_WORDS);
word_set!(is_present_attack_verb, PRESENT_ATTACK_VERBS);
word_set!(is_noun_maker, NOUN_MAKERS);
word_set!(is_listed_never_place, NEVER_PLACES);
word_set!(is_people, PEOPLES);

pub(super) fn is_never_place(word: &str) -> bool {
    is_listed_never_place(word) || is_people(word)
}

/// Whether a capitalised word can be a person's given name before
/// `surname`: a name word ("Ravi"), or a given name that is also an
/// English word ("Mark", "Lee"); and the two words together are no place
/// the gazetteer holds ("Nazlet Sidon" names a town).
pub(super) fn given_name_before(word: &str, surname: &str) -> bool {
    let gaz = gazetteer();
    let folded = super::gazetteer::fold(word);
    (is_name_word(gaz, &folded) || is_given_name_word(&folded))
        && gaz
            .lookup(&super::gazetteer::fold(&format!("{word} {surname}")))
            .next()
            .is_none()
}
word_set!(is_given_name_word, GIVEN_NAME_WORDS);
word_set!(is_feast, FEASTS);

/// Feasts: "during Passover festivities", "in the month of Ramadan". Alone
/// they are no place (the islands called so have two words); inside a
/// longer name ("Hay Umar Ramadan", a quarter called after a man) they
/// stay part of it.
const FEASTS: &[&str] = &[
    "passover",
    "easter",
    "christmas",
    "ramadan",
    "ashura",
    "hanukkah",
    "diwali",
    "nowruz",
];
word_set!(is_facility_word, FACILITY_WORDS);
word_set!(is_street_word, STREET_WORDS);
word_set!(is_building_word, BUILDING_WORDS);
word_set!(is_org_word, ORG_WORDS);
word_set!(is_particle, PARTICLES);
word_set!(is_article, ARTICLES);
word_set!(is_feature_word, FEATURE_WORDS);

/// Given names that are also English words or country names: before a
/// place's name they make a person's name ("Troy Davis", "Chad Morris",
/// "Grace Mugabe"), as any other capitalised name word does.
#[rustfmt::skip]
const GIVEN_NAME_WORDS: &[&str] = &[
    "amber", "bill", "buck", "chad", "chase", "cliff", "crystal", "daisy", "dawn",
    "dean", "don", "drew", "earl", "faith", "frank", "gene", "glen", "grace", "guy", "harry",
    "heather", "holly", "hope", "iris", "ivy", "jack", "jordan", "joy", "lance", "lee",
    "lily", "mark", "miles", "olive", "pat", "pearl", "ray", "rich", "roger", "rose", "ruby",
    "rusty", "said", "sandy", "troy", "victor", "violet", "wade", "will",
];

word_set!(is_title_word, TITLE_WORDS);

/// Titles written before a person's name ("Interior Minister", "Mr.",
/// "Senator", "Colonel").
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "president", "minister", "premier", "chancellor", "senator", "congressman",
    "congresswoman", "governor", "mayor", "judge", "ambassador", "mr", "mrs", "ms", "dr",
    "general", "colonel", "lieutenant", "captain", "sergeant", "sgt", "commander", "mp",
];

/// Last words of the names of natural features, which name a place whole
/// ("the Sinai Peninsula", "the Nuba Mountains").
const FEATURE_WORDS: &[&str] = &[
    "peninsula",
    "island",
    "islands",
    "valley",
    "mountains",
    "mountain",
    "desert",
    "plateau",
    "delta",
    "hills",
    "coast",
    "basin",
];
word_set!(is_site_word, SITE_WORDS);
word_set!(is_body_word, BODY_WORDS);

/// Lower-case words after a name that make it a body's: its people and
/// its premises ("Kestrel Daily offices", "Tarsa Front positions").
const BODY_WORDS: &[&str] = &[
    "members",
    "member",
    "supporters",
    "activists",
    "militants",
    "fighters",
    "soldiers",
    "troops",
    "positions",
    "personnel",
    "employees",
    "staff",
    "offices",
    "headquarters",
    "supermarket",
    "nightclub",
    "publishing",
    "newspaper",
    "airlines",
    "farmers",
];

/// Words after a name that make it the name of a site or an office there
/// ("the Bamba checkpoint", "Saraqab front", "Aydin Governorship").
const SITE_WORDS: &[&str] = &[
    "front",
    "frontline",
    "airbase",
    "governorship",
    "plain",
    "plains",
    "desert",
    "highway",
    "market",
    "bridge",
    "checkpoint",
    "post",
    "hill",
    "hills",
    "junction",
    "intersection",
    "crossroads",
    "triangle",
    "crossing",
    "roundabout",
    "airport",
    "outpost",
    "subdistrict",
    "ward",
    "upazila",
    "mountains",
    "mountain",
    "oasis",
    "countryside",
];

/// Two spellings of one name: at most one edit apart once folded, spaces
/// dropped ("Idlib"/"Idleb", "Daraa"/"Dar'a").
fn spelling_variant(a: &str, b: &str) -> bool {
    // "Ar-Raqqa" and "Raqqa": an Arabic article in front changes nothing.
    let squash = |s: &str| -> Vec<u8> {
        let folded = super::gazetteer::fold(s);
        let mut words: Vec<&str> = folded.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        if words.len() > 1 && is_article(words[0]) {
            words.remove(0);
        }
        words.concat().into_bytes()
    };
    let (a, b) = (squash(a), squash(b));
    if a.is_empty() || b.is_empty() || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    super::edit_distance(&a, &b) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mentions of `names` in `text`, in order, of the given kinds.
    fn mentions(text: &str, names: &[(&str, PlaceKind)]) -> Vec<PlaceMention> {
        let mut from = 0;
        names
            .iter()
            .map(|&(name, kind)| {
                let start = from + text[from..].find(name).expect("name in text");
                from = start + name.len();
                let mut m = PlaceMention::unlisted(
                    Span::new(start, from),
                    name.to_string(),
                    name.to_string(),
                    2,
                );
                m.kind = kind;
                m
            })
            .collect()
    }

    fn names_left(text: &str, names: &[(&str, PlaceKind)]) -> Vec<String> {
        let mut m = mentions(text, names);
        drop_unlisted_outside_the_address(text, &mut m);
        m.into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn a_shop_named_outside_the_address_is_no_place() {
        let text = "Assailants stormed Velmora Bakery, a family shop, in Gulbahar \
                    neighborhood, Multan, Punjab, Pakistan.";
        let left = names_left(
            text,
            &[
                ("Velmora Bakery", PlaceKind::Unlisted),
                ("Multan", PlaceKind::Locality),
                ("Punjab", PlaceKind::Admin1),
                ("Pakistan", PlaceKind::Country),
            ],
        );
        assert_eq!(left, ["Multan", "Punjab", "Pakistan"]);
    }

    #[test]
    fn a_village_outside_the_address_stays() {
        let text = "Gunmen raided Dorabad village and then fled towards Multan, Punjab, Pakistan.";
        let left = names_left(
            text,
            &[
                ("Dorabad village", PlaceKind::Unlisted),
                ("Multan", PlaceKind::Locality),
                ("Punjab", PlaceKind::Admin1),
                ("Pakistan", PlaceKind::Country),
            ],
        );
        assert_eq!(left, ["Dorabad village", "Multan", "Punjab", "Pakistan"]);
    }

    #[test]
    fn a_name_inside_the_address_stays() {
        let text = "A grenade hit a shop in Dorabad subdistrict, Multan, Punjab, Pakistan.";
        let left = names_left(
            text,
            &[
                ("Dorabad", PlaceKind::Unlisted),
                ("Multan", PlaceKind::Locality),
                ("Punjab", PlaceKind::Admin1),
                ("Pakistan", PlaceKind::Country),
            ],
        );
        assert_eq!(left, ["Dorabad", "Multan", "Punjab", "Pakistan"]);
    }

    #[test]
    fn without_an_address_every_name_stays() {
        let text = "Assailants stormed Velmora Bakery in Multan on Friday.";
        let left = names_left(
            text,
            &[
                ("Velmora Bakery", PlaceKind::Unlisted),
                ("Multan", PlaceKind::Locality),
            ],
        );
        assert_eq!(left, ["Velmora Bakery", "Multan"]);
    }
}
