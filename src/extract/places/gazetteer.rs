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

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

const GAZETTEER_GZ: &[u8] = include_bytes!("../../data/gazetteer.tsv.gz");

/// A populated place from cities500.
#[derive(Debug)]
pub(crate) struct Place {
    pub id: u32,
    pub name: &'static str,
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
    /// `buckets[b]..buckets[b + 1]` is the range of `index` whose hashes
    /// start with the 16 bits `b`: a lookup touches two cache lines instead
    /// of binary-searching 8 MB.
    buckets: Vec<u32>,
    /// Hashes of common English words, sorted.
    common_words: Vec<u64>,
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

/// `hash_key(fold(name))` and the number of words, without building the
/// folded string: the loader does this for half a million names.
fn hash_folded(name: &str) -> (u64, usize) {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut words = 0;
    let mut pending_space = false;
    let mut push = |b: u8| {
        if b.is_ascii_alphanumeric() {
            if words == 0 || pending_space {
                if words > 0 {
                    h ^= u64::from(b' ');
                    h = h.wrapping_mul(PRIME);
                }
                words += 1;
            }
            pending_space = false;
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(PRIME);
        } else {
            pending_space = true;
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            push(c as u8);
        } else if let Some(s) = deunicode::deunicode_char(c) {
            for b in s.bytes() {
                push(b);
            }
        } else {
            push(b' ');
        }
    }
    (h, words)
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
    // The P lines come last and are nine tenths of the file: they are cut
    // into chunks at line ends and parsed in parallel.
    let split = text.find("\nP\t").map_or(text.len(), |i| i + 1);
    let (head, tail) = text.split_at(split);
    let mut admin1 = Vec::new();
    let mut admin2 = Vec::new();
    let mut country_centroid = HashMap::new();
    let mut index: Vec<(u64, u32)> = Vec::new();
    let mut common_words = Vec::with_capacity(70_000);
    let mut max_words = 1;
    let mut add = |name: &str, entry: Entry, index: &mut Vec<(u64, u32)>| {
        let (hash, words) = hash_folded(name);
        if words > 0 {
            max_words = max_words.max(words);
            index.push((hash, entry.pack()));
        }
    };
    for line in head.lines() {
        let mut f = line.split('\t');
        match f.next() {
            Some("A1") => {
                let cols: [&str; 6] = std::array::from_fn(|_| f.next().unwrap_or(""));
                let [code, name, short, aliases, lat, lon] = cols;
                let i = admin1.len() as u32;
                let short = if short.is_empty() { name } else { short };
                admin1.push(Admin {
                    cc: code.split('.').next().unwrap_or(""),
                    short,
                    parent: NONE,
                    lat: num(lat),
                    lon: num(lon),
                });
                add(name, Entry::Admin1(i), &mut index);
                add(short, Entry::Admin1(i), &mut index);
                for alias in aliases.split('|').filter(|a| !a.is_empty()) {
                    add(alias, Entry::Admin1(i), &mut index);
                }
            }
            Some("A2") => {
                let cols: [&str; 5] = std::array::from_fn(|_| f.next().unwrap_or(""));
                let [code, name, lat, lon, parent] = cols;
                let i = admin2.len() as u32;
                let short = strip_admin_words(name);
                admin2.push(Admin {
                    cc: code.split('.').next().unwrap_or(""),
                    short,
                    parent: parent.parse().unwrap_or(NONE),
                    lat: num(lat),
                    lon: num(lon),
                });
                add(name, Entry::Admin2(i), &mut index);
                if short != name {
                    add(short, Entry::Admin2(i), &mut index);
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
                    common_words.push(hash_key(word));
                }
            }
            _ => {}
        }
    }
    // Parsed on scoped threads of its own, never on rayon's pool: this runs
    // inside a OnceLock initialiser, and a rayon worker that stole another
    // document's job while waiting here would reach the same OnceLock and
    // deadlock (it did, on a folder of documents with two threads).
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8);
    let chunks = line_chunks(tail, workers);
    let parsed: Vec<ParsedChunk> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| scope.spawn(move || parse_places(chunk)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("gazetteer chunk parser"))
            .collect()
    });
    let mut places = Vec::with_capacity(parsed.iter().map(|p| p.0.len()).sum());
    for (chunk_places, chunk_index, words) in parsed {
        let offset = places.len() as u32;
        places.extend(chunk_places);
        index.extend(chunk_index.into_iter().map(|(h, i)| (h, i + offset)));
        max_words = max_words.max(words);
    }
    index.sort_unstable();
    index.dedup();
    common_words.sort_unstable();
    let mut buckets = vec![0u32; (1 << 16) + 1];
    for &(h, _) in &index {
        buckets[(h >> 48) as usize + 1] += 1;
    }
    for b in 1..buckets.len() {
        buckets[b] += buckets[b - 1];
    }
    Gazetteer {
        buckets,
        places,
        admin1,
        admin2,
        country_centroid,
        index,
        common_words,
        max_words,
    }
}

fn num(s: &str) -> Option<f32> {
    s.parse::<f32>().ok()
}

/// Cut `text` into about `n` pieces, each ending at a line end.
fn line_chunks(text: &str, n: usize) -> Vec<&str> {
    let mut out = Vec::with_capacity(n);
    let step = text.len() / n + 1;
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + step).min(text.len());
        while end < text.len() && text.as_bytes()[end - 1] != b'\n' {
            end += 1;
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

/// A chunk's places, its index entries (pointing into those places) and its
/// longest name in words.
type ParsedChunk = (Vec<Place>, Vec<(u64, u32)>, usize);

/// Parse P lines; the index entries point into the returned places.
fn parse_places(chunk: &'static str) -> ParsedChunk {
    let mut places = Vec::with_capacity(chunk.len() / 70);
    let mut index = Vec::with_capacity(chunk.len() / 30);
    let mut max_words = 1;
    for line in chunk.lines() {
        let mut f = line.split('\t');
        if f.next() != Some("P") {
            continue;
        }
        let cols: [&str; 10] = std::array::from_fn(|_| f.next().unwrap_or(""));
        let [id, name, alts, cc, a1, a2, lat, lon, pop, feature] = cols;
        let i = places.len() as u32;
        places.push(Place {
            id: id.parse().unwrap_or(0),
            name,
            cc,
            admin1: a1.parse().unwrap_or(NONE),
            admin2: a2.parse().unwrap_or(NONE),
            lat: num(lat).unwrap_or(0.0),
            lon: num(lon).unwrap_or(0.0),
            population: pop.parse().unwrap_or(0),
            feature,
        });
        for n in std::iter::once(name).chain(alts.split('|')) {
            let (hash, words) = hash_folded(n);
            if words > 0 {
                max_words = max_words.max(words);
                index.push((hash, Entry::Place(i).pack()));
            }
        }
    }
    (places, index, max_words)
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
        let b = (h >> 48) as usize;
        let bucket = self
            .index
            .get(self.buckets[b] as usize..self.buckets[b + 1] as usize)
            .unwrap_or(&[]);
        let start = bucket.partition_point(|&(k, _)| k < h);
        bucket[start..]
            .iter()
            .take_while(move |&&(k, _)| k == h)
            .map(|&(_, v)| Entry::unpack(v))
    }

    /// True when a folded name is also a common English word ("police").
    pub fn is_common_word(&self, key: &str) -> bool {
        self.common_words.binary_search(&hash_key(key)).is_ok()
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
    fn hash_folded_agrees_with_fold() {
        for name in [
            "Ségou",
            "Koulogon-Peul",
            " N’Djamena ",
            "Łódź",
            "São Paulo",
            "-",
            "",
        ] {
            let folded = fold(name);
            let words = if folded.is_empty() {
                0
            } else {
                folded.split(' ').count()
            };
            assert_eq!(hash_folded(name), (hash_key(&folded), words), "{name}");
        }
    }

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

#[cfg(test)]
mod timing {
    use super::*;

    /// `cargo test --release --lib places::gazetteer::timing -- --ignored --nocapture`
    #[test]
    #[ignore = "prints load times; meaningful in release mode"]
    fn load_time() {
        // Process CPU time (user + system, in clock ticks of 10 ms) beside
        // wall time: on a shared machine the wall time mostly measures the
        // other processes.
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
        let cpu_start = cpu_ms();
        let started = std::time::Instant::now();
        let mut text = String::new();
        flate2::read::GzDecoder::new(GAZETTEER_GZ)
            .read_to_string(&mut text)
            .unwrap();
        let inflated = started.elapsed();
        let cpu_inflate = cpu_ms() - cpu_start;
        let text: &'static str = Box::leak(text.into_boxed_str());
        let gaz = parse(text);
        let total = started.elapsed();
        println!(
            "gazetteer: {} bytes gzip, {} bytes text, {} places, {} names indexed; \
             inflate {:?} wall, {} ms CPU; total load {:?} wall, {} ms CPU",
            GAZETTEER_GZ.len(),
            text.len(),
            gaz.places.len(),
            gaz.index.len(),
            inflated,
            cpu_inflate,
            total,
            cpu_ms() - cpu_start
        );
    }
}
