//! Places: from a name in a sentence to a point on the map.

use serde::Serialize;

use super::Span;

mod countries;
mod gazetteer;
mod gazetteer_table;
mod resolve;

/// What kind of place a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Country,
    Admin1,
    Admin2,
    /// A populated place found in the gazetteer.
    Locality,
    /// A place the text names ("Bounti village") that the gazetteer lacks.
    Unlisted,
}

impl PlaceKind {
    /// How wide the place is: 0 a locality or an unlisted place, 1 a
    /// district, 2 a region, 3 a country (lower is more specific).
    pub fn breadth(self) -> u8 {
        match self {
            PlaceKind::Locality | PlaceKind::Unlisted => 0,
            PlaceKind::Admin2 => 1,
            PlaceKind::Admin1 => 2,
            PlaceKind::Country => 3,
        }
    }
}

/// One place in the text, resolved as far as it can be.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlaceMention {
    pub span: Span,
    /// The words of the text.
    pub text: String,
    /// The place's name as reported in `location`: the text's spelling
    /// ("Ar-Raqqa", "Marinka"), as ACLED's coders write it; countries by
    /// their ACLED name.
    pub name: String,
    pub kind: PlaceKind,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub country: Option<String>,
    pub iso3: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// ACLED's scale: 1 the named place, 2 near it or part of a region,
    /// 3 only the region or country is known.
    pub geo_precision: u8,
    pub geonames_id: Option<u32>,
    /// Namesakes that were considered and not chosen ("Boni, Mali (lost: Boni, Nigeria)").
    pub candidates_lost: Vec<String>,
    /// The gazetteer's name for the chosen place ("Ar Raqqah"), when the
    /// place is in the gazetteer.
    pub gazetteer_name: Option<String>,
}

impl PlaceMention {
    /// A place read from `text` at `span` and named `name`, not yet resolved
    /// to any unit: kind Unlisted, no units, no coordinates.
    pub fn unlisted(span: Span, text: String, name: String, geo_precision: u8) -> PlaceMention {
        PlaceMention {
            span,
            text,
            name,
            kind: PlaceKind::Unlisted,
            admin1: None,
            admin2: None,
            country: None,
            iso3: None,
            latitude: None,
            longitude: None,
            geo_precision,
            geonames_id: None,
            candidates_lost: Vec::new(),
            gazetteer_name: None,
        }
    }
}

/// What the place resolver knows besides the sentence.
#[derive(Clone, Debug, Default)]
pub struct PlaceContext {
    /// The document's country (ISO 3166-1 alpha-3), when known.
    pub country_iso3: Option<String>,
}

/// A country, as the rest of the pipeline needs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Country {
    /// The name ACLED uses ("Mali", "Democratic Republic of Congo").
    pub name: String,
    pub iso3: String,
    /// "Malian", "Malians".
    pub demonyms: Vec<String>,
    /// ISO 3166-1 alpha-2 ("ML"), the code the gazetteer uses.
    pub iso2: String,
    /// Other names: "Côte d'Ivoire", "DRC", "Burma", "U.S.".
    pub aliases: Vec<String>,
    /// The capital's usual English name, when the territory has one.
    pub capital: Option<String>,
}

/// Look up a country by any of its names or demonyms ("Mali", "Malian",
/// "Côte d'Ivoire", "Ivory Coast").
pub fn country_by_name(name: &str) -> Option<Country> {
    countries::table().by_name(name).cloned()
}

/// Look up a country by its ISO 3166-1 alpha-3 code.
pub fn country_by_iso3(iso3: &str) -> Option<Country> {
    countries::table().by_iso3(iso3).cloned()
}

/// Look up a country by its ISO 3166-1 alpha-2 code.
pub fn country_by_iso2(iso2: &str) -> Option<Country> {
    countries::table().by_iso2(iso2).cloned()
}

/// The country a text is most about, when it is clear: a header line that
/// names a country ("MALI", "MALI 2021") wins; otherwise the country named
/// most often (a name counts twice a demonym), if it leads clearly.
///
/// Places count too: a region of the country ("the Mopti region") or a
/// sizeable town of it counts as much as its name, so that "French forces
/// killed militants in the Mopti region" is about Mali.
pub fn detect_country(text: &str) -> Option<Country> {
    detect_country_with(text, &[])
}

/// [`detect_country`] with the countries of the named actors of the text
/// as further evidence, each `(iso3, is a state's force)`: an armed group
/// counts like a demonym ("JNIM" for Mali), a state's force or unit only
/// as the forces' demonyms do, since forces fight abroad.
pub fn detect_country_with(text: &str, named: &[(String, bool)]) -> Option<Country> {
    let (mut votes, unlisted_place, placed) = resolve::country_votes(text);
    // "Islamic Jihad claimed the bombing in Afula": armed groups strike
    // abroad, so a town of some size with no namesake elsewhere holds its
    // own against the home country of a group named beside it, when the
    // text names no place of the group's country (a tie leaves the
    // document without a country, and the town keeps its own).
    let table = countries::table();
    for &(town_country, sizeable) in &placed {
        let group_from_elsewhere = named.iter().any(|(iso3, force)| {
            !force
                && table.index_of_iso3(iso3).is_some_and(|home| {
                    home != town_country && !placed.iter().any(|&(c, _)| c == home)
                })
        });
        if sizeable && group_from_elsewhere {
            votes.push((town_country, 1));
        }
    }
    countries::detect(text, &votes, named, unlisted_place).cloned()
}

/// Whether the gazetteer lists the towns of this country (ISO alpha-3) so
/// thoroughly that a place it does not know is unlikely to be one of
/// them: such a country's force in a document found to be of no country
/// was set aside as deployed abroad.
pub fn densely_listed(iso3: &str) -> bool {
    let table = countries::table();
    table
        .index_of_iso3(iso3)
        .is_some_and(|c| countries::densely_listed(table, c))
}

/// Levenshtein distance between two sequences (of bytes or of chars).
pub fn edit_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Whether two names can stand for one and the same gazetteer entry (a
/// place, or a first- or second-level unit): "Jedda" and "Jeddah",
/// "Groznyy" and "Grozny". Only for scoring: a name's namesakes elsewhere
/// make it share an entry with more names than the one meant, so callers
/// also ask that the two be near in spelling.
pub fn same_entry(a: &str, b: &str) -> bool {
    let ea = entry_ids(a, |e| Some(e.pack()));
    !ea.is_empty()
        && entry_ids(b, |e| Some(e.pack()))
            .iter()
            .any(|e| ea.binary_search(e).is_ok())
}

/// Whether two names of a first-level unit name the same unit: each is a
/// name the gazetteer knows for exactly the same units ("Idleb" and
/// "Idlib", "Dahuk" and "Duhok", "Omsk Oblast" and "Omsk"). A name of two
/// units ("Moscow": the city and the oblast) matches only a name of both.
pub fn same_admin1(a: &str, b: &str) -> bool {
    let admin1 = |e: gazetteer::Entry| match e {
        gazetteer::Entry::Admin1(i) => Some(i),
        _ => None,
    };
    let ua = entry_ids(a, admin1);
    !ua.is_empty() && ua == entry_ids(b, admin1)
}

/// The gazetteer entries a name stands for, as `keep` maps them (dropping
/// those it gives `None`), sorted and without repeats.
fn entry_ids(name: &str, keep: impl Fn(gazetteer::Entry) -> Option<u32>) -> Vec<u32> {
    let mut v: Vec<u32> = gazetteer::gazetteer()
        .lookup(&gazetteer::fold(name))
        .filter_map(keep)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Give unlisted places that their sentence leaves without a region
/// ("an airstrike on Bounti village") the region of the nearest earlier
/// place in the same country and the same part of the document ("Military
/// operations in the Mopti region ..."), with that region's coordinates at
/// geo_precision 3. `mentions` are a whole document's, in text order, with
/// spans into `text`. A heading line or a double blank line between the two
/// ends the search, as does a gap of more than 3,000 bytes.
pub fn infer_regions(text: &str, mentions: &mut [PlaceMention]) {
    resolve::infer_regions(text, mentions)
}

/// Load a fresh gazetteer (not the shared one) and return its number of
/// places: for the load-time benchmark only.
#[doc(hidden)]
pub use gazetteer::load_uncached as load_gazetteer_uncached;

/// Load the gazetteer and the country table on a background thread, so
/// that the first call to `extract` does not wait for them. Calling it is
/// optional and cheap; call it once at start-up.
pub fn preload() {
    std::thread::spawn(|| {
        let _ = gazetteer::gazetteer();
        let _ = countries::table();
    });
}

/// Find and resolve every place in `text` (a sentence starting at `base`).
pub fn extract(text: &str, base: usize, ctx: &PlaceContext) -> Vec<PlaceMention> {
    resolve::extract(text, base, ctx)
}

/// "Kelo hill (Kurdish name) in Dara district", "Kelo area (unknown
/// location) of Dara": which of a sentence's places (`mentions`, spans
/// into `text`) the note marks as a local name or as a place it could not
/// find. Such a place is not where the event was coded; the unit that
/// holds it is. A list the note marks ("Kelo, Sira and Tobi areas
/// (Kurdish names)") goes whole; a sentence that names no other place
/// keeps them.
pub fn marked_unlocated(text: &str, mentions: &[PlaceMention]) -> Vec<bool> {
    resolve::marked_unlocated(text, mentions)
}

/// How far after a name the text may come back to it by the last word
/// alone ("attacked Ravi Menon in Kollam. Menon, a councillor, ...").
const PERSON_WINDOW: usize = 600;

/// Last words of an incident's name ("2011 Dunamo bombings:", "Sorvi
/// ambush:", "the Kelto Raids"), in lower case.
pub const INCIDENT_WORDS: &[&str] = &[
    "massacre",
    "massacres",
    "bombing",
    "bombings",
    "attack",
    "attacks",
    "shooting",
    "shootings",
    "stabbing",
    "stabbings",
    "ambush",
    "siege",
    "hijacking",
    "raid",
    "raids",
    "explosion",
    "explosions",
    "blast",
    "blasts",
    "killings",
    "riots",
    "crisis",
    "crash",
];

/// A word that never names a place ("Taliban", "Monday", "Shia"), lower-cased.
pub fn never_place(word: &str) -> bool {
    resolve::is_never_place(word)
}

/// A name the gazetteer lacks that the text shows to be a person's: of two
/// or more words, and either written with a possessive ("Ravi Menon's
/// house") or taken up again by its last word alone as a person is
/// ("Menon, a councillor", "Menon was injured"), as news and event
/// summaries introduce a victim. `text` is the whole document and `m`'s
/// span points into it. Places come back by their full name ("Kadawa
/// village ... Kadawa") or not at all.
pub fn unlisted_person(text: &str, m: &PlaceMention) -> bool {
    if m.kind != PlaceKind::Unlisted {
        return false;
    }
    if described_as_person(text, m) {
        return true;
    }
    let words: Vec<&str> = m.name.split_whitespace().collect();
    let [.., before_last, last] = words[..] else {
        return false;
    };
    let Some(after) = text.get(m.span.end..) else {
        return false;
    };
    if after.starts_with("'s ") || after.starts_with("\u{2019}s ") {
        return true;
    }
    if last.chars().count() < 3 || !last.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let mut end = (m.span.end + PERSON_WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = &text[m.span.end..end];
    for at in super::occurrences(window, last) {
        let start_ok = window[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = &window[at + last.len()..];
        if !start_ok || rest.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        if window[..at].trim_end().ends_with(before_last) {
            continue;
        }
        let person_after = rest.starts_with(',')
            || rest.starts_with("'s ")
            || rest.starts_with("\u{2019}s ")
            || [" was ", " is ", " had ", " has ", " and ", " were "]
                .iter()
                .any(|w| rest.starts_with(w));
        if person_after {
            return true;
        }
    }
    false
}

/// Whether a place opens the name of a body ("the Tessel Rifles", "a
/// Harlow Airways jet", "Norvik Bank's branch", "the Vardo Defence
/// Forces"): the word right after it is "Airlines", "Airways", "Bank",
/// "Rifles" or "Regiment", or "Defense" or "Defence" before "Forces".
/// Words of sites ("University", "Hospital") are left out: a site named
/// after its town mostly stands in it.
pub fn names_a_body(text: &str, m: &PlaceMention) -> bool {
    let Some(after) = text.get(m.span.end..) else {
        return false;
    };
    if !after.starts_with(' ') {
        return false;
    }
    let mut words = after.split_whitespace().map(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w)
    });
    match words.next() {
        Some("Airlines" | "Airways" | "Bank" | "Rifles" | "Regiment") => true,
        Some("Defense" | "Defence") => words.next().is_some_and(|w| w == "Forces" || w == "Force"),
        _ => false,
    }
}

/// A listed town's one-word name that the text uses as a person's surname
/// ("Mark Halloway ... Halloway then fired at the guards"): the document
/// writes the name right after a given name within PERSON_WINDOW before
/// this mention, and this mention reads as a person, not as a place: no
/// preposition before it ("in Halloway"), and a verb or a comma right
/// after it ("Halloway was", "Halloway, who").
pub fn surname_of_a_person(text: &str, m: &PlaceMention) -> bool {
    // A one-word name the gazetteer lacks, found by a cue ("fired at
    // Halloway", "between Halloway and ..."), needs no verb after it: the
    // full name before it is evidence enough, unless a preposition of
    // place stands before it ("in Halloway").
    let unlisted = m.kind == PlaceKind::Unlisted;
    if !(m.kind == PlaceKind::Locality || unlisted)
        || m.name.contains([' ', '-'])
        || m.text != m.name
    {
        return false;
    }
    let (Some(before), Some(after)) = (text.get(..m.span.start), text.get(m.span.end..)) else {
        return false;
    };
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if unlisted {
        if matches!(
            prev.as_str(),
            "in" | "near" | "inside" | "outside" | "around" | "across" | "into" | "of"
        ) {
            return false;
        }
    } else if PLACE_PREPOSITIONS.contains(&prev.as_str()) || prev == "at" {
        return false;
    }
    let person_after = unlisted
        || after.starts_with(", who ")
        || after.starts_with(", a ")
        || [
            " was ", " is ", " had ", " has ", " then ", " who ", " said ", " shot ", " began ",
        ]
        .iter()
        .any(|w| after.starts_with(w));
    if !person_after {
        return false;
    }
    let mut from = m.span.start.saturating_sub(PERSON_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..m.span.start];
    let name = m.name.as_str();
    super::occurrences(window, name).any(|at| {
        let rest = &window[at + name.len()..];
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
        let Some(lead) = window[..at].strip_suffix(' ') else {
            return false;
        };
        let given = lead
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        given.chars().count() >= 2
            && given.starts_with(char::is_uppercase)
            && given.chars().skip(1).all(char::is_lowercase)
            && resolve::given_name_before(given, name)
    })
}

/// Nouns for what a person is, as an apposition gives it ("Tomas Reyes,
/// a local magistrate,", "Arvo, the party's general secretary of ...").
const PERSON_ROLES: &[&str] = &[
    "magistrate",
    "judge",
    "journalist",
    "reporter",
    "photographer",
    "photojournalist",
    "editor",
    "publisher",
    "blogger",
    "writer",
    "activist",
    "politician",
    "lawmaker",
    "legislator",
    "parliamentarian",
    "senator",
    "minister",
    "mayor",
    "councillor",
    "councilor",
    "official",
    "officer",
    "policeman",
    "constable",
    "soldier",
    "commander",
    "leader",
    "member",
    "secretary",
    "president",
    "chairman",
    "director",
    "administrator",
    "priest",
    "cleric",
    "imam",
    "pastor",
    "monk",
    "teacher",
    "professor",
    "student",
    "doctor",
    "lawyer",
    "engineer",
    "businessman",
    "trader",
    "merchant",
    "shopkeeper",
    "vendor",
    "farmer",
    "driver",
    "worker",
    "employee",
    "contractor",
    "guard",
    "caretaker",
    "informer",
    "candidate",
    "spokesman",
    "man",
    "woman",
    "boy",
    "girl",
];

/// Words before a name that make it a place's, whatever follows it ("In
/// Tarvo, a local councillor, ..." tells where, not who).
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "near", "from", "to", "of", "around", "outside", "inside", "between", "into", "across",
    "towards", "toward", "on",
];

/// A name the gazetteer lacks that the text describes, at this mention or
/// at another one near it, by an apposition of a person's role closed by
/// a comma or "of" ("Tomas Reyes, a local magistrate, was wounded",
/// "Arvo, the general secretary of ..."). A name after "in" or "near"
/// ("In Tarvo, a councillor, ...") is a place and is not read.
fn described_as_person(text: &str, m: &PlaceMention) -> bool {
    let name = m.text.trim();
    if name.is_empty() {
        return false;
    }
    let mut from = m.span.start.saturating_sub(PERSON_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut end = (m.span.end + PERSON_WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = &text[from..end];
    let mut at = 0;
    while let Some(i) = window[at..].find(name) {
        let start = at + i;
        at = start + name.len();
        let before = &window[..start];
        if before.ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        // "fired at Tomas Reyes, a journalist," is about him; "At Tarvo,
        // a soldier, ..." opens a sentence with its place.
        let prev_word = before
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let prev = prev_word.to_lowercase();
        if PLACE_PREPOSITIONS.contains(&prev.as_str()) || prev_word == "At" {
            continue;
        }
        let Some(rest) = window[at..].strip_prefix(", ") else {
            continue;
        };
        let rest = ["a ", "an ", "the "]
            .iter()
            .find_map(|a| rest.strip_prefix(a))
            .unwrap_or(rest);
        // The apposition's words up to the comma, bracket or "of" that
        // closes it; its last word is its head.
        let close = rest
            .find([',', ';', '.'])
            .unwrap_or(rest.len())
            .min(rest.find(" of ").unwrap_or(rest.len()))
            .min(rest.find(" who ").unwrap_or(rest.len()));
        let words: Vec<&str> = rest[..close].split_whitespace().collect();
        if words.is_empty() || words.len() > 8 || close == rest.len() {
            continue;
        }
        let head = words[words.len() - 1]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if PERSON_ROLES.contains(&head.as_str()) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod country_tests {
    use super::*;

    fn iso3(c: Option<Country>) -> Option<String> {
        c.map(|c| c.iso3)
    }

    #[test]
    fn country_names_aliases_and_demonyms() {
        let cases = [
            ("Mali", "MLI"),
            ("Malian", "MLI"),
            ("Malians", "MLI"),
            ("Côte d'Ivoire", "CIV"),
            ("Cote d’Ivoire", "CIV"),
            ("Ivory Coast", "CIV"),
            ("Ivorian", "CIV"),
            ("DRC", "COD"),
            ("DR Congo", "COD"),
            ("Democratic Republic of the Congo", "COD"),
            ("Congolese", "COD"),
            ("Republic of the Congo", "COG"),
            ("Congo-Brazzaville", "COG"),
            ("U.S.", "USA"),
            ("USA", "USA"),
            ("American", "USA"),
            ("UK", "GBR"),
            ("British", "GBR"),
            ("Burma", "MMR"),
            ("Burkinabè", "BFA"),
            ("Burkinabe", "BFA"),
            ("Nigerien", "NER"),
            ("Nigerian", "NGA"),
            ("The Gambia", "GMB"),
            ("West Bank and Gaza Strip", "PSE"),
            ("Russian Federation", "RUS"),
            ("Syrian Arab Republic", "SYR"),
            ("across Iraq", "IRQ"),
            ("northern Nigeria", "NGA"),
            ("Japan.", "JPN"),
            ("Kosovo", "XKX"),
            ("Türkiye", "TUR"),
        ];
        let mut failures = Vec::new();
        for (name, want) in cases {
            let got = iso3(country_by_name(name));
            if got.as_deref() != Some(want) {
                failures.push(format!("{name}: got {got:?}, want {want}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert_eq!(country_by_name("Atlantis"), None);
        assert_eq!(country_by_name(""), None);
    }

    #[test]
    fn acled_names_come_back() {
        let mli = country_by_iso3("MLI").unwrap();
        assert_eq!(mli.name, "Mali");
        assert_eq!(mli.iso2, "ML");
        assert_eq!(mli.capital.as_deref(), Some("Bamako"));
        assert!(mli.demonyms.contains(&"Malians".to_string()));
        assert_eq!(
            country_by_iso3("cod").unwrap().name,
            "Democratic Republic of Congo"
        );
        assert_eq!(country_by_iso3("COG").unwrap().name, "Republic of Congo");
        assert_eq!(country_by_iso3("CIV").unwrap().name, "Ivory Coast");
        assert_eq!(country_by_iso3("PSE").unwrap().name, "Palestine");
        assert_eq!(country_by_iso2("ml").unwrap().iso3, "MLI");
        assert_eq!(country_by_iso3("XYZ"), None);
    }

    #[test]
    fn detect_country_from_header_and_mentions() {
        let header = "MALI 2021\nThe security situation in Niger and Burkina Faso worsened. \
                      Burkinabe soldiers crossed into Niger.";
        assert_eq!(iso3(detect_country(header)).as_deref(), Some("MLI"));
        let caps = "Amnesty International Report\nNIGERIA\nThe army raided villages.";
        assert_eq!(iso3(detect_country(caps)).as_deref(), Some("NGA"));
        let mentions = "Nigerien troops patrolled near Tillabéri. The Nigerien government \
                        said Niger would hold elections; Malian refugees arrived.";
        assert_eq!(iso3(detect_country(mentions)).as_deref(), Some("NER"));
        // "Niger State" and "the Niger River" are not the country.
        let nigeria = "Gunmen attacked a village in Niger State, Nigeria, near the Niger River.";
        assert_eq!(iso3(detect_country(nigeria)).as_deref(), Some("NGA"));
        // Two countries named equally often: not clear.
        let tie = "Talks between Sudan and South Sudan resumed.";
        assert_eq!(detect_country(tie), None);
        assert_eq!(detect_country("No country here at all."), None);
        // "Somali" is not "Mali"; "Guinea-Bissau" is not "Guinea".
        let somali = "Somali forces and Somali police deployed.";
        assert_eq!(iso3(detect_country(somali)).as_deref(), Some("SOM"));
        let bissau = "Protests in Guinea-Bissau continued.";
        assert_eq!(iso3(detect_country(bissau)).as_deref(), Some("GNB"));
    }

    #[test]
    fn forces_abroad_do_not_name_the_country() {
        // A force's demonym gives way to a region of another country...
        let abroad = "Turkish troops shelled two villages near Tell Abiad in Raqqa province.";
        assert_eq!(iso3(detect_country(abroad)).as_deref(), Some("SYR"));
        // ...and to another country's places, but names it when nothing
        // else does.
        let home = "Senegalese soldiers opened fire on smugglers at night.";
        assert_eq!(iso3(detect_country(home)).as_deref(), Some("SEN"));
        // "French and Malian forces": both demonyms are forces.
        let joint = "French and Malian forces raided a camp near Menaka, killing four fighters.";
        assert_eq!(iso3(detect_country(joint)).as_deref(), Some("MLI"));
        // Named groups: an armed group counts like a demonym, a state's
        // unit only as a force does.
        let named = [("SOM".to_string(), false)];
        let group = "Fighters ambushed a supply convoy on the main road.";
        assert_eq!(
            iso3(detect_country_with(group, &named)).as_deref(),
            Some("SOM")
        );
        // A force facing an armed group of another country is abroad.
        let struck = "French troops struck a camp at night.";
        assert_eq!(
            iso3(detect_country_with(struck, &named)).as_deref(),
            Some("SOM")
        );
        let unit = [("RWA".to_string(), true)];
        let over = "The unit crossed into Rutshuru in Nord-Kivu.";
        assert_eq!(
            iso3(detect_country_with(over, &unit)).as_deref(),
            Some("COD")
        );
    }

    #[test]
    fn a_force_of_a_densely_listed_country_near_an_unknown_place_is_abroad() {
        // The gazetteer would know a French or Italian town; a place it
        // does not know is where the force is deployed.
        let deployed = "On 4 May, French soldiers fired on a truck near Qarvalo, killing two men.";
        assert_eq!(detect_country(deployed), None);
        let italian = "Italian troops searched the village of Qarvalo for weapons.";
        assert_eq!(detect_country(italian), None);
        // A country whose small places the gazetteer mostly lacks keeps
        // its force's vote.
        let home = "On 4 May, Malian soldiers fired on a truck near Qarvalo, killing two men.";
        assert_eq!(iso3(detect_country(home)).as_deref(), Some("MLI"));
        // A place of the force's own country still counts for it.
        let listed = "French soldiers searched a house in Qarvalo near Lyon.";
        assert_eq!(iso3(detect_country(listed)).as_deref(), Some("FRA"));
    }

    #[test]
    fn a_neighbour_named_for_its_border_is_not_the_country() {
        // The named country only says where the border runs; the places
        // and people of the text say which side it is on.
        let near = "Gunmen raided a market in Tessit near the Niger border.";
        assert_ne!(iso3(detect_country(near)).as_deref(), Some("NER"));
        let with = "Two herders were shot near the border with Burkina Faso by Malian soldiers.";
        assert_eq!(iso3(detect_country(with)).as_deref(), Some("MLI"));
        let both = "Smugglers crossed the Mali-Niger border, said Malian police.";
        assert_eq!(iso3(detect_country(both)).as_deref(), Some("MLI"));
        // A country named for itself still counts.
        let plain = "Protesters marched in the capital of Niger on Friday.";
        assert_eq!(iso3(detect_country(plain)).as_deref(), Some("NER"));
    }

    #[test]
    fn a_region_abbreviated_with_an_ampersand_names_the_country() {
        // Two countries named alike; the bracketed region decides.
        let text = "Troops of Ruritania and India traded fire in Nowshera sector area \
                    (Rajouri district, J&K).";
        assert_eq!(iso3(detect_country(text)).as_deref(), Some("IND"));
    }

    #[test]
    fn a_force_breaks_a_tie_its_own_country_is_in() {
        // Two groups of the force's country against a sizeable town of
        // another: the force's country wins.
        let named = [("SOM".to_string(), false), ("SOM".to_string(), false)];
        let tied = "Somali soldiers raided a camp near Tamale.";
        assert_eq!(
            iso3(detect_country_with(tied, &named)).as_deref(),
            Some("SOM")
        );
    }

    #[test]
    fn a_group_of_one_country_outweighs_a_lone_namesake_town() {
        // One small town whose name is also a town abroad against a
        // people or an armed group of one country: the group's country.
        let people = "Dogon militiamen burned granaries in Ocotal.";
        assert_eq!(iso3(detect_country(people)).as_deref(), Some("NIC"));
        let named = [("MLI".to_string(), false)];
        assert_eq!(
            iso3(detect_country_with(people, &named)).as_deref(),
            Some("MLI")
        );
        let group = "Militants of the group ambushed a water truck outside Ocotal.";
        assert_eq!(
            iso3(detect_country_with(group, &named)).as_deref(),
            Some("MLI")
        );
    }

    #[test]
    fn a_group_does_not_outvote_a_sizeable_town_abroad() {
        // A town of 20,000 people or more with no namesake elsewhere, and
        // no place of the group's own country: groups strike abroad, so
        // the tie leaves the document without a country and the town
        // keeps its own.
        let named = [("PSE".to_string(), false)];
        let abroad = "A bomb tore through a bus in Dimona. The group claimed the attack.";
        assert_eq!(iso3(detect_country_with(abroad, &named)), None);
        // A place of the group's country beside it keeps the group's vote.
        let home = "A bomb tore through a bus in Dimona and another in Jenin.";
        assert_ne!(
            iso3(detect_country_with(home, &named)).as_deref(),
            Some("ISR")
        );
    }

    #[test]
    fn detect_country_survives_odd_text() {
        for text in [
            "",
            "\u{a0}é’–",
            "MALI\u{2019}S",
            "ÉGYPTE 2020",
            "Mali-based Malian",
        ] {
            let _ = detect_country(text);
        }
    }
}

#[cfg(test)]
mod gold_eval {
    //! Measures the resolver on ../shared/gold/dev-events.csv (skipped when
    //! the file is absent; never copied into the project).
    use super::*;

    fn fold_words(s: &str) -> String {
        let s: String = deunicode::deunicode(s)
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn contains_words(hay: &str, needle: &str) -> bool {
        !needle.is_empty() && format!(" {hay} ").contains(&format!(" {needle} "))
    }

    fn location_ok(gold: &str, ours: &str) -> bool {
        let gold = fold_words(gold.split(',').next().unwrap_or(""));
        let ours = fold_words(ours);
        !ours.is_empty()
            && (gold == ours || contains_words(&gold, &ours) || contains_words(&ours, &gold))
    }

    /// The most specific mention: Locality/Unlisted, then Admin2, Admin1,
    /// Country; the first in text among equals.
    pub(crate) fn most_specific(mentions: &[PlaceMention]) -> Option<&PlaceMention> {
        mentions
            .iter()
            .min_by_key(|m| (m.kind.breadth(), m.span.start))
    }

    #[test]
    #[ignore = "reads ../shared/gold; run with --ignored --nocapture"]
    fn measure_on_dev_events() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold/dev-events.csv");
        let Ok(mut reader) = csv::Reader::from_path(path) else {
            eprintln!("{path} absent: skipped");
            return;
        };
        let headers = reader.headers().unwrap().clone();
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
        let (c_source, c_text, c_loc, c_admin1, c_country) = (
            col("source"),
            col("text"),
            col("location"),
            col("admin1"),
            col("country"),
        );
        let (c_lit, c_reach) = (col("location_in_text"), col("admin1_in_reach"));
        use std::collections::BTreeMap;
        // source -> [loc_ok, loc_n, a1_ok, a1_n] for (with country, without).
        let mut stats: BTreeMap<String, [[usize; 4]; 2]> = BTreeMap::new();
        let mut misses = String::new();
        let started = std::time::Instant::now();
        let mut bytes = 0;
        for row in reader.records() {
            let row = row.unwrap();
            let source = row[c_source].to_string();
            let text = &row[c_text];
            bytes += text.len();
            let acled = source.starts_with("ACLED");
            for (v, with_country) in [true, false].into_iter().enumerate() {
                let ctx = PlaceContext {
                    country_iso3: if with_country {
                        country_by_name(&row[c_country]).map(|c| c.iso3)
                    } else {
                        None
                    },
                };
                let mentions = extract(text, 0, &ctx);
                let best = most_specific(&mentions);
                let st = &mut stats.entry(source.clone()).or_default()[v];
                if &row[c_lit] == "1" {
                    st[1] += 1;
                    let ok = best.is_some_and(|m| location_ok(&row[c_loc], &m.name));
                    if ok {
                        st[0] += 1;
                    } else if with_country {
                        misses.push_str(&format!(
                            "LOC\t{source}\tgold={}\tours={:?}\t{}\n",
                            &row[c_loc],
                            best.map(|m| (&m.name, m.kind)),
                            text
                        ));
                    }
                }
                if acled && &row[c_reach] == "1" {
                    st[3] += 1;
                    let ours = best.and_then(|m| m.admin1.clone()).unwrap_or_default();
                    if fold_words(&ours) == fold_words(&row[c_admin1]) {
                        st[2] += 1;
                    } else if with_country {
                        misses.push_str(&format!(
                            "ADM1\t{source}\tgold={}/{}\tours={}/{:?}\t{}\n",
                            &row[c_admin1],
                            &row[c_loc],
                            ours,
                            best.map(|m| (&m.name, m.kind)),
                            text
                        ));
                    }
                }
            }
        }
        let elapsed = started.elapsed();
        let mut total = [[0usize; 4]; 2];
        for (source, st) in &stats {
            for v in 0..2 {
                for k in 0..4 {
                    total[v][k] += st[v][k];
                }
            }
            print_line(source, st);
        }
        print_line("ALL", &total);
        println!("{} bytes x2 in {:?}", bytes, elapsed);
        let _ = std::fs::write("/tmp/places_misses.tsv", misses);
    }

    fn print_line(source: &str, st: &[[usize; 4]; 2]) {
        let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        println!(
            "{source:28} location {:.3} (no country {:.3}) n={}   admin1 {:.3} (no country {:.3}) n={}",
            r(st[0][0], st[0][1]),
            r(st[1][0], st[1][1]),
            st[0][1],
            r(st[0][2], st[0][3]),
            r(st[1][2], st[1][3]),
            st[0][3]
        );
    }
}

#[cfg(test)]
mod debug {
    use super::*;

    /// `PLACES_TEXT='...' PLACES_ISO3=MLI cargo test --lib places::debug -- --ignored --nocapture`
    #[test]
    #[ignore = "prints the mentions of $PLACES_TEXT"]
    fn print_mentions() {
        if let Ok(path) = std::env::var("PLACES_FILE") {
            // name<TAB>ISO3 or -<TAB>text, one case a line.
            let data = std::fs::read_to_string(path).unwrap_or_default();
            for line in data.lines() {
                let mut cols = line.splitn(3, '\t');
                let (name, iso3, text) = (
                    cols.next().unwrap_or(""),
                    cols.next().unwrap_or("-"),
                    cols.next().unwrap_or(""),
                );
                let ctx = PlaceContext {
                    country_iso3: (iso3 != "-").then(|| iso3.to_string()),
                };
                println!("### {name} [{iso3}] {text}");
                for m in extract(text, 0, &ctx) {
                    println!(
                        "=> {}|{}|{}|{} p{}",
                        m.name,
                        format!("{:?}", m.kind).to_lowercase(),
                        m.admin1.as_deref().unwrap_or("-"),
                        m.iso3.as_deref().unwrap_or("-"),
                        m.geo_precision
                    );
                }
            }
            return;
        }
        let text = std::env::var("PLACES_TEXT").unwrap_or_default();
        let ctx = PlaceContext {
            country_iso3: std::env::var("PLACES_ISO3").ok(),
        };
        for line in text.split('\n') {
            println!("## {line}");
            for m in extract(line, 0, &ctx) {
                if std::env::var("PLACES_COMPACT").is_ok() {
                    println!(
                        "=> {}|{:?}|{}|{} p{}",
                        m.name,
                        m.kind,
                        m.admin1.as_deref().unwrap_or("-"),
                        m.iso3.as_deref().unwrap_or("-"),
                        m.geo_precision
                    );
                    continue;
                }
                println!(
                    "{:?} {:?} name={:?} a1={:?} a2={:?} {:?} {:?},{:?} p{} lost={:?}",
                    m.kind,
                    m.text,
                    m.name,
                    m.admin1,
                    m.admin2,
                    m.iso3,
                    m.latitude,
                    m.longitude,
                    m.geo_precision,
                    m.candidates_lost
                );
            }
        }
    }
}

#[cfg(test)]
mod corpus_check {
    use super::*;

    /// Cut a report into rough sentences (". " and line ends), with offsets.
    fn sentences(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = text.as_bytes();
        for i in 0..bytes.len() {
            let end_here = bytes[i] == b'\n'
                || (bytes[i] == b'.'
                    && bytes.get(i + 1) == Some(&b' ')
                    && text.is_char_boundary(i + 1));
            if end_here {
                out.push((start, &text[start..=i]));
                start = i + 1;
            }
        }
        out.push((start, &text[start..]));
        out
    }

    /// The places of the Amnesty Mali 2021 chapter (../shared/corpus) with
    /// their regions, through the gazetteer and general rules.
    #[test]
    fn amnesty_mali_places_and_regions() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/amnesty-mali-2021.txt"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("{path} absent: skipped");
            return;
        };
        let ctx = PlaceContext {
            country_iso3: Some("MLI".into()),
        };
        let mut mentions = Vec::new();
        for (base, sentence) in sentences(&text) {
            mentions.extend(extract(sentence, base, &ctx));
        }
        infer_regions(&text, &mut mentions);
        let expected = [
            ("Bounti", "Mopti"),
            ("Farabougou", "Ségou"),
            ("Dinagourou", "Mopti"),
            ("Boni", "Mopti"),
            ("Diafarabé", "Mopti"),
            ("Sofara", "Mopti"),
            ("Kati", "Koulikoro"),
            ("Bamako", "Bamako"),
            ("Kayes", "Kayes"),
            ("Koulogon-Peul", "Mopti"),
            ("Ouattagouna", "Ménaka"),
            ("Karou", "Ménaka"),
            ("Daoutegeft", "Ménaka"),
        ];
        let mut failures = Vec::new();
        for (name, admin1) in expected {
            let found: Vec<_> = mentions.iter().filter(|m| m.name == name).collect();
            if found.is_empty() {
                failures.push(format!("{name}: not found"));
            }
            for m in found {
                if m.admin1.as_deref() != Some(admin1) || m.iso3.as_deref() != Some("MLI") {
                    failures.push(format!(
                        "{name}: got {:?} {:?}, want {admin1}",
                        m.admin1, m.iso3
                    ));
                }
            }
        }
        // The Ansongo Cercle is the district, in the region the text gives.
        let ansongo = mentions.iter().find(|m| m.name == "Ansongo");
        match ansongo {
            Some(m) if m.kind == PlaceKind::Admin2 && m.admin1.as_deref() == Some("Ménaka") => {}
            other => failures.push(format!("Ansongo Cercle: {other:?}")),
        }
        // Tomora is found, in Mali; its region is not in the text.
        if !mentions
            .iter()
            .any(|m| m.name == "Tomora" && m.kind == PlaceKind::Unlisted)
        {
            failures.push("Tomora: not found".into());
        }
        // People, groups and holidays are not places.
        for not_place in [
            "Ndaw",
            "Ouane",
            "Bah",
            "Moctar",
            "Independence",
            "Katiba",
            "Serma",
            "Keita",
            "Soundiata",
        ] {
            if let Some(m) = mentions.iter().find(|m| m.text.contains(not_place)) {
                failures.push(format!("{not_place} taken for a place: {m:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

#[cfg(test)]
mod cases {
    //! The named cases of fixtures/cases/places.toml: every mention of each
    //! sentence, in order, as "name|kind|admin1|ISO3" ("-" for none).
    use super::*;

    #[derive(serde::Deserialize)]
    struct Case {
        name: String,
        text: String,
        /// The document's country (ISO3), when the case gives one.
        country: Option<String>,
        places: Vec<String>,
        /// geo_precision of each mention, when the case pins it.
        precisions: Option<Vec<u8>>,
    }

    #[derive(serde::Deserialize)]
    struct Cases {
        case: Vec<Case>,
    }

    fn kind_name(kind: PlaceKind) -> &'static str {
        match kind {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::Admin2 => "admin2",
            PlaceKind::Locality => "locality",
            PlaceKind::Unlisted => "unlisted",
        }
    }

    #[test]
    fn place_cases() {
        let cases: Cases =
            toml::from_str(include_str!("../../fixtures/cases/places.toml")).expect("valid TOML");
        assert!(cases.case.len() >= 150, "{} cases", cases.case.len());
        let mut failures = Vec::new();
        for case in &cases.case {
            let ctx = PlaceContext {
                country_iso3: case.country.clone(),
            };
            // Prefixed, as in a document, so spans are checked as offsets.
            let doc = format!("{:7}{}", "", case.text);
            let mut mentions = extract(&case.text, 7, &ctx);
            // As the events are built: a surname taken up alone is no place,
            // nor is a name the note marks as unlocated.
            mentions.retain(|m| !surname_of_a_person(&doc, m));
            let unlocated = marked_unlocated(&doc, &mentions);
            let mut marks = unlocated.into_iter();
            mentions.retain(|_| !marks.next().unwrap_or(false));
            let got: Vec<String> = mentions
                .iter()
                .map(|m| {
                    format!(
                        "{}|{}|{}|{}",
                        m.name,
                        kind_name(m.kind),
                        m.admin1.as_deref().unwrap_or("-"),
                        m.iso3.as_deref().unwrap_or("-")
                    )
                })
                .collect();
            let mut ok = got == case.places;
            if let Some(precisions) = &case.precisions {
                let got_p: Vec<u8> = mentions.iter().map(|m| m.geo_precision).collect();
                ok &= &got_p == precisions;
            }
            // Spans point at the words they came from.
            for m in &mentions {
                ok &= case.text.get(m.span.start - 7..m.span.end - 7) == Some(m.text.as_str());
            }
            if !ok {
                failures.push(format!(
                    "{}\n    got      {:?} {:?}\n    expected {:?} {:?}",
                    case.name,
                    got,
                    mentions.iter().map(|m| m.geo_precision).collect::<Vec<_>>(),
                    case.places,
                    case.precisions
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed:\n{}",
            failures.len(),
            cases.case.len(),
            failures.join("\n")
        );
    }
}

#[cfg(test)]
mod throughput {
    use super::*;

    /// `cargo test --release --lib places::throughput -- --ignored --nocapture`
    #[test]
    #[ignore = "prints MB/s over the texts of ../shared/gold/dev-events.csv"]
    fn extract_throughput() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold/dev-events.csv");
        let Ok(mut reader) = csv::Reader::from_path(path) else {
            return;
        };
        let texts: Vec<String> = reader
            .records()
            .filter_map(|r| r.ok().map(|r| r[2].to_string()))
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let ctx = PlaceContext {
            country_iso3: Some("MLI".into()),
        };
        let _ = extract("Warm-up in Bamako.", 0, &ctx);
        let cpu_ms = || {
            let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
            let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split(' ').collect();
            let tick = |i: usize| {
                fields
                    .get(i)
                    .and_then(|f| f.parse::<u64>().ok())
                    .unwrap_or(0)
            };
            (tick(12) + tick(13)) * 10
        };
        let cpu0 = cpu_ms();
        let started = std::time::Instant::now();
        let mut n = 0;
        for text in &texts {
            n += extract(text, 0, &ctx).len();
        }
        let wall = started.elapsed().as_secs_f64();
        let cpu = (cpu_ms() - cpu0) as f64 / 1000.0;
        println!(
            "{} texts, {:.1} MB, {n} mentions: {:.1} MB/s wall, {:.1} MB/s CPU",
            texts.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / wall,
            bytes as f64 / 1e6 / cpu
        );
    }
}

#[cfg(test)]
mod person_tests {
    use super::*;

    fn unlisted(text: &str, name: &str) -> PlaceMention {
        let start = text.find(name).unwrap();
        let span = Span::new(start, start + name.len());
        PlaceMention::unlisted(span, name.to_string(), name.to_string(), 1)
    }

    /// A victim introduced by full name and taken up by surname, or named
    /// with a possessive, is a person; a village named twice in full is not.
    #[test]
    fn a_name_taken_up_by_its_surname_is_a_person() {
        let text = "Assailants stabbed Ravi Menon in Kollam. Menon, a councillor, survived.";
        assert!(unlisted_person(text, &unlisted(text, "Ravi Menon")));
        let text = "A bomb hit Lena Ortiz's car in Quito.";
        assert!(unlisted_person(text, &unlisted(text, "Lena Ortiz")));
        let text = "Raiders burned Tali Kuma village. Tali Kuma was empty by then.";
        assert!(!unlisted_person(text, &unlisted(text, "Tali Kuma")));
    }

    #[test]
    fn a_name_given_a_persons_role_is_a_person() {
        // The role told where the name stands, or where the text comes back
        // to it, or after the full name.
        let text = "Gunmen shot Oskarov, a retired magistrate, in Tarvo.";
        assert!(unlisted_person(text, &unlisted(text, "Oskarov")));
        let text = "Gunmen shot Oskarov in Tarvo. Oskarov, a retired magistrate, survived.";
        assert!(unlisted_person(text, &unlisted(text, "Oskarov")));
        let text = "Pelle Varga, the general secretary of the farmers' union, met Varga's rivals.";
        let m = unlisted(text, "Varga");
        assert!(unlisted_person(text, &m));
        // "In Tarvo, a councillor, ..." tells where, not who.
        let text = "In Tarvo, a local councillor, was shot. Gunmen came back to Tarvo.";
        let last = text.rfind("Tarvo").unwrap();
        let m = PlaceMention::unlisted(
            Span::new(last, last + 5),
            "Tarvo".to_string(),
            "Tarvo".to_string(),
            2,
        );
        assert!(!unlisted_person(text, &m));
        // A village's headman is no apposition of the village's name.
        let text = "Raiders burned Tali Kuma, a village of herders, at dawn.";
        assert!(!unlisted_person(text, &unlisted(text, "Tali Kuma")));
    }
}
