//! The shipped gazetteer: GeoNames cities500 with admin1/admin2 names,
//! compressed in `src/data/gazetteer.tsv.gz` (built by
//! `src/data/build_gazetteer.py`, format described there).
//!
//! Loading decompresses the file once into a leaked `String` so that every
//! place borrows its names from it (`&'static str`, no allocation per name),
//! and builds one sorted index from folded-name hashes to entries. Text is
//! matched by folding word n-grams the same way and looking their hash up,
//! which makes accents and hyphens irrelevant ("Ségou" == "Segou",
//! "Koulogon-Peul" == "Koulogon Peul") without an automaton per spelling.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::OnceLock;

const GAZETTEER_GZ: &[u8] = include_bytes!("../../data/gazetteer.tsv.gz");

/// A populated place from cities500.
#[derive(Debug)]
pub(crate) struct Place {
    pub id: u32,
    pub name: &'static str,
    /// ASCII and Latin-script alternate names, "|"-separated.
    pub alts: &'static str,
    pub cc: &'static str,
    /// Index into `Gazetteer::admin1`, or `NONE`.
    pub admin1: u32,
    /// Index into `Gazetteer::admin2`, or `NONE`.
    pub admin2: u32,
    pub lat: f32,
    pub lon: f32,
    pub population: u32,
    pub feature: &'static str,
}

pub(crate) const NONE: u32 = u32::MAX;

/// An administrative unit (admin1 or admin2).
#[derive(Debug)]
pub(crate) struct Admin {
    pub cc: &'static str,
    /// The name without the kind of unit ("Borno", "Ansongo"), as ACLED
    /// writes admin names.
    pub short: &'static str,
    /// For admin2: its admin1 index, or `NONE`.
    pub parent: u32,
    pub lat: Option<f32>,
    pub lon: Option<f32>,
}

/// What a folded name points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    Place(u32),
    Admin1(u32),
    Admin2(u32),
}

impl Entry {
    fn pack(self) -> u32 {
        match self {
            Entry::Place(i) => i,
            Entry::Admin1(i) => (1 << 30) | i,
            Entry::Admin2(i) => (2 << 30) | i,
        }
    }

    fn unpack(v: u32) -> Entry {
        let i = v & ((1 << 30) - 1);
        match v >> 30 {
            0 => Entry::Place(i),
            1 => Entry::Admin1(i),
            _ => Entry::Admin2(i),
        }
    }
}

pub(crate) struct Gazetteer {
    pub places: Vec<Place>,
    pub admin1: Vec<Admin>,
    pub admin2: Vec<Admin>,
    /// Country centroids by ISO2.
    pub country_centroid: HashMap<&'static str, (f32, f32)>,
    /// (folded-name hash, packed entry), sorted.
    index: Vec<(u64, u32)>,
    /// Hashes of folded names that are also common English words.
    common_words: HashSet<u64>,
    /// The longest indexed name, in words.
    pub max_words: usize,
}

pub(crate) fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(load)
}

/// FNV-1a: the keys are short and the index is built once, so a simple
/// hash beats SipHash here; a collision only adds a candidate that the
/// resolver then compares by name.
pub(crate) fn hash_key(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Fold a name into `out`: accents off, lower case, each run of other
/// characters one space, no space at either end.
pub(crate) fn fold_into(name: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    let mut push = |c: char, out: &mut String| {
        if c.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_space = true;
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            push(c, out);
        } else if let Some(s) = deunicode::deunicode_char(c) {
            for d in s.chars() {
                push(d, out);
            }
        } else {
            push(' ', out);
        }
    }
}

pub(crate) fn fold(name: &str) -> String {
    let mut out = String::new();
    fold_into(name, &mut out);
    out
}

fn load() -> Gazetteer {
    let mut text = String::new();
    // The file is part of the binary; a failure here is a build defect, and
    // an empty gazetteer keeps the pipeline running on countries alone.
    if flate2::read::GzDecoder::new(GAZETTEER_GZ)
        .read_to_string(&mut text)
        .is_err()
    {
        text.clear();
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    parse(text)
}

fn parse(text: &'static str) -> Gazetteer {
    let mut places = Vec::with_capacity(200_000);
    let mut admin1 = Vec::new();
    let mut admin2 = Vec::new();
    let mut admin1_by_code: HashMap<&str, u32> = HashMap::new();
    let mut admin2_by_code: HashMap<&str, u32> = HashMap::new();
    let mut country_centroid = HashMap::new();
    let mut index: Vec<(u64, u32)> = Vec::with_capacity(800_000);
    let mut common_words = HashSet::new();
    let mut key = String::new();
    let mut max_words = 1;
    let mut add = |name: &str, entry: Entry, index: &mut Vec<(u64, u32)>, key: &mut String| {
        fold_into(name, key);
        if !key.is_empty() {
            max_words = max_words.max(key.split(' ').count());
            index.push((hash_key(key), entry.pack()));
        }
    };
    let num = |s: &str| s.parse::<f32>().ok();
    for line in text.lines() {
        let mut f = line.split('\t');
        match f.next() {
            Some("P") => {
                let cols: [&str; 10] = std::array::from_fn(|_| f.next().unwrap_or(""));
                let [id, name, alts, cc, a1, a2, lat, lon, pop, feature] = cols;
                let i = places.len() as u32;
                let lookup =
                    |map: &HashMap<&str, u32>, code: &str| map.get(code).copied().unwrap_or(NONE);
                let a1_code = format_code(cc, a1, None);
                let a2_code = format_code(cc, a1, Some(a2));
                places.push(Place {
                    id: id.parse().unwrap_or(0),
                    name,
                    alts,
                    cc,
                    admin1: lookup(&admin1_by_code, &a1_code),
                    admin2: if a2.is_empty() {
                        NONE
                    } else {
                        lookup(&admin2_by_code, &a2_code)
                    },
                    lat: num(lat).unwrap_or(0.0),
                    lon: num(lon).unwrap_or(0.0),
                    population: pop.parse().unwrap_or(0),
                    feature,
                });
                add(name, Entry::Place(i), &mut index, &mut key);
                for alt in alts.split('|').filter(|a| !a.is_empty()) {
                    add(alt, Entry::Place(i), &mut index, &mut key);
                }
            }
            Some("A1") => {
                let cols: [&str; 6] = std::array::from_fn(|_| f.next().unwrap_or(""));
                let [code, name, short, aliases, lat, lon] = cols;
                let i = admin1.len() as u32;
                admin1_by_code.insert(code, i);
                let short = if short.is_empty() { name } else { short };
                admin1.push(Admin {
                    cc: code.split('.').next().unwrap_or(""),
                    short,
                    parent: NONE,
                    lat: num(lat),
                    lon: num(lon),
                });
                add(name, Entry::Admin1(i), &mut index, &mut key);
                add(short, Entry::Admin1(i), &mut index, &mut key);
                for alias in aliases.split('|').filter(|a| !a.is_empty()) {
                    add(alias, Entry::Admin1(i), &mut index, &mut key);
                }
            }
            Some("A2") => {
                let cols: [&str; 4] = std::array::from_fn(|_| f.next().unwrap_or(""));
                let [code, name, lat, lon] = cols;
                let i = admin2.len() as u32;
                admin2_by_code.insert(code, i);
                let parent_code = code.rsplit_once('.').map_or("", |(p, _)| p);
                let short = strip_admin_words(name);
                admin2.push(Admin {
                    cc: code.split('.').next().unwrap_or(""),
                    short,
                    parent: admin1_by_code.get(parent_code).copied().unwrap_or(NONE),
                    lat: num(lat),
                    lon: num(lon),
                });
                add(name, Entry::Admin2(i), &mut index, &mut key);
                if short != name {
                    add(short, Entry::Admin2(i), &mut index, &mut key);
                }
            }
            Some("C") => {
                let cols: [&str; 3] = std::array::from_fn(|_| f.next().unwrap_or(""));
                if let (Some(lat), Some(lon)) = (num(cols[1]), num(cols[2])) {
                    country_centroid.insert(cols[0], (lat, lon));
                }
            }
            Some("W") => {
                if let Some(word) = f.next() {
                    common_words.insert(hash_key(word));
                }
            }
            _ => {}
        }
    }
    index.sort_unstable();
    index.dedup();
    Gazetteer {
        places,
        admin1,
        admin2,
        country_centroid,
        index,
        common_words,
        max_words,
    }
}

fn format_code(cc: &str, a1: &str, a2: Option<&str>) -> String {
    match a2 {
        Some(a2) => format!("{cc}.{a1}.{a2}"),
        None => format!("{cc}.{a1}"),
    }
}

/// "Ansongo Cercle" -> "Ansongo", "Cercle de Macina" -> "Macina",
/// "Kurdamir District" -> "Kurdamir".
pub(crate) fn strip_admin_words(name: &'static str) -> &'static str {
    const PREFIXES: &[&str] = &[
        "Cercle de ",
        "Province du ",
        "Province de la ",
        "Province de l’",
        "Province de l'",
        "Province des ",
        "Province de ",
        "Préfecture de ",
        "Commune de ",
        "Cercle d’ ",
        "Cercle d'",
        "Cercle d’",
        "Province of ",
        "Département de ",
        "Departamento de ",
        "District of ",
    ];
    const SUFFIXES: &[&str] = &[
        " Cercle",
        " District",
        " Province",
        " Region",
        " State",
        " Governorate",
        " Oblast",
        " Rayon",
        " Prefecture",
        " Department",
        " Municipality",
        " County",
        " Division",
        " Territory",
        " Sub-Prefecture",
        " Subprefecture",
        " Commune",
    ];
    let mut s = name;
    for p in PREFIXES {
        if let Some(rest) = s.strip_prefix(p) {
            s = rest;
            break;
        }
    }
    for suffix in SUFFIXES {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest;
            break;
        }
    }
    let s = s.trim();
    if s.is_empty() {
        name
    } else {
        s
    }
}

impl Gazetteer {
    /// Every entry whose folded name is `key` (already folded).
    pub fn lookup(&self, key: &str) -> impl Iterator<Item = Entry> + '_ {
        let h = hash_key(key);
        let start = self.index.partition_point(|&(k, _)| k < h);
        self.index[start..]
            .iter()
            .take_while(move |&&(k, _)| k == h)
            .map(|&(_, v)| Entry::unpack(v))
    }

    /// True when a folded name is also a common English word ("police").
    pub fn is_common_word(&self, key: &str) -> bool {
        self.common_words.contains(&hash_key(key))
    }

    pub fn admin1_name(&self, i: u32) -> Option<&'static str> {
        self.admin1.get(i as usize).map(|a| a.short)
    }

    pub fn admin2_name(&self, i: u32) -> Option<&'static str> {
        self.admin2.get(i as usize).map(|a| a.short)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_like_the_build_script() {
        assert_eq!(fold("Ségou"), "segou");
        assert_eq!(fold("Koulogon-Peul"), "koulogon peul");
        assert_eq!(fold("N’Djamena"), "n djamena");
        assert_eq!(fold("  Deir ez-Zor "), "deir ez zor");
        assert_eq!(fold("Łódź"), "lodz");
    }

    #[test]
    fn gazetteer_loads_and_finds_cities_of_many_countries() {
        let gaz = gazetteer();
        assert!(gaz.places.len() > 150_000, "{} places", gaz.places.len());
        let find = |name: &str, cc: &str| {
            gaz.lookup(&fold(name)).find_map(|e| match e {
                Entry::Place(i) if gaz.places[i as usize].cc == cc => Some(&gaz.places[i as usize]),
                _ => None,
            })
        };
        let bamako = find("Bamako", "ML").expect("Bamako");
        assert_eq!(gaz.admin1_name(bamako.admin1), Some("Bamako"));
        assert!((bamako.lat - 12.65).abs() < 0.1 && (bamako.lon + 8.0).abs() < 0.1);
        let kati = find("Kati", "ML").expect("Kati");
        assert_eq!(gaz.admin1_name(kati.admin1), Some("Koulikoro"));
        let mosul = find("Mosul", "IQ").expect("Mosul");
        assert_eq!(gaz.admin1_name(mosul.admin1), Some("Nineveh"));
        let maiduguri = find("Maiduguri", "NG").expect("Maiduguri");
        assert_eq!(gaz.admin1_name(maiduguri.admin1), Some("Borno"));
        assert!(find("Kabul", "AF").is_some());
        assert!(find("Lima", "PE").is_some());
        assert!(find("São Paulo", "BR").is_some());
        assert!(find("Sao Paulo", "BR").is_some());
        assert!(find("Kharkiv", "UA").is_some());
        assert!(find("Peshawar", "PK").is_some());
        assert!(gaz.is_common_word("police"));
        assert!(!gaz.is_common_word("bamako"));
    }
}
