//! The gazetteer's tables and their prebuilt binary form.
//!
//! This file is compiled twice: by `build.rs` (through `#[path]`), which
//! parses the shipped `src/data/gazetteer.tsv.gz` once at build time and
//! writes the tables as a flat little-endian blob into `OUT_DIR`, and by the
//! library, which reads that blob at start. Reading fixed-size records and a
//! presorted index is a few milliseconds, where inflating and parsing the
//! 18 MB text took about 180 ms of CPU on every run. The TSV stays the
//! shipped source of truth (`src/data/build_gazetteer.py` rebuilds it), and
//! [`parse_tsv`] is the one definition of what it means, so the blob cannot
//! drift from it: a unit test in `gazetteer.rs` checks both agree.
//!
//! Only `std` and `deunicode` may be used here: build scripts see no other
//! crate of the library.

// The library itself only reads the blob; the parser and the writer are
// there for build.rs and the tests, so they look unused to the library.
#![cfg_attr(not(test), allow(dead_code))]

use std::collections::{HashMap, HashSet};

/// A populated place from cities500.
#[derive(Debug, PartialEq)]
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
#[derive(Debug, PartialEq)]
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
    pub(crate) fn pack(self) -> u32 {
        match self {
            Entry::Place(i) => i,
            Entry::Admin1(i) => (1 << 30) | i,
            Entry::Admin2(i) => (2 << 30) | i,
        }
    }

    pub(crate) fn unpack(v: u32) -> Entry {
        let i = v & ((1 << 30) - 1);
        match v >> 30 {
            0 => Entry::Place(i),
            1 => Entry::Admin1(i),
            _ => Entry::Admin2(i),
        }
    }
}

/// Everything the gazetteer holds, before the lookup buckets are built.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Tables {
    pub places: Vec<Place>,
    pub admin1: Vec<Admin>,
    pub admin2: Vec<Admin>,
    /// Country centroids by ISO2.
    pub country_centroid: HashMap<&'static str, (f32, f32)>,
    /// (folded-name hash, packed entry), sorted, without duplicates.
    pub index: Vec<(u64, u32)>,
    /// Hashes of common English words, sorted.
    pub common_words: Vec<u64>,
    /// The longest indexed name, in words.
    pub max_words: usize,
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

/// `hash_key(fold(name))` and the number of words, without building the
/// folded string: the table holds half a million names.
pub(crate) fn hash_folded(name: &str) -> (u64, usize) {
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

fn num(s: &str) -> Option<f32> {
    s.parse::<f32>().ok()
}

/// Parse the shipped TSV (format in `src/data/build_gazetteer.py`) and the
/// admin1 aliases (`src/data/admin1_aliases.tsv`: a GeoNames admin1 code, a
/// tab, names joined by "|"; "#" starts a comment line).
pub(crate) fn parse_tsv(text: &'static str, admin1_aliases: &'static str) -> Tables {
    let mut t = Tables {
        max_words: 1,
        ..Tables::default()
    };
    let add = |name: &str, entry: Entry, t: &mut Tables| {
        let (hash, words) = hash_folded(name);
        if words > 0 {
            t.max_words = t.max_words.max(words);
            t.index.push((hash, entry.pack()));
        }
    };
    let mut admin1_codes: HashMap<&str, u32> = HashMap::new();
    let mut turkish_districts: Vec<u32> = Vec::new();
    for line in text.lines() {
        let mut f = line.split('\t');
        match f.next() {
            Some("A1") => {
                let cols: [&str; 6] = std::array::from_fn(|_| f.next().unwrap_or(""));
                let [code, name, short, aliases, lat, lon] = cols;
                let i = t.admin1.len() as u32;
                admin1_codes.insert(code, i);
                let short = if short.is_empty() { name } else { short };
                t.admin1.push(Admin {
                    cc: code.split('.').next().unwrap_or(""),
                    short,
                    parent: NONE,
                    lat: num(lat),
                    lon: num(lon),
                });
                add(name, Entry::Admin1(i), &mut t);
                add(short, Entry::Admin1(i), &mut t);
                for alias in aliases.split('|').filter(|a| !a.is_empty()) {
                    add(alias, Entry::Admin1(i), &mut t);
                }
            }
            Some("A2") => {
                let cols: [&str; 5] = std::array::from_fn(|_| f.next().unwrap_or(""));
                let [code, name, lat, lon, parent] = cols;
                let i = t.admin2.len() as u32;
                let short = strip_admin_words(name);
                t.admin2.push(Admin {
                    cc: code.split('.').next().unwrap_or(""),
                    short,
                    parent: parent.parse().unwrap_or(NONE),
                    lat: num(lat),
                    lon: num(lon),
                });
                add(name, Entry::Admin2(i), &mut t);
                if name.ends_with(TURKISH_DISTRICT) {
                    turkish_districts.push(i);
                } else if short != name {
                    add(short, Entry::Admin2(i), &mut t);
                }
            }
            Some("C") => {
                let cols: [&str; 3] = std::array::from_fn(|_| f.next().unwrap_or(""));
                if let (Some(lat), Some(lon)) = (num(cols[1]), num(cols[2])) {
                    t.country_centroid.insert(cols[0], (lat, lon));
                }
            }
            Some("W") => {
                if let Some(word) = f.next() {
                    t.common_words.push(hash_key(word));
                }
            }
            Some("P") => {
                let cols: [&str; 10] = std::array::from_fn(|_| f.next().unwrap_or(""));
                let [id, name, alts, cc, a1, a2, lat, lon, pop, feature] = cols;
                let i = t.places.len() as u32;
                t.places.push(Place {
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
                    add(n, Entry::Place(i), &mut t);
                }
            }
            _ => {}
        }
    }
    // GeoNames lists each of Turkey's districts under its seat's name
    // ("Nusaybin İlçesi"), and "the Nusaybin district" in a report means
    // the seat town, as ACLED and GTD code it: the short name is the
    // district's only where no town of that name lies in its province.
    let seats: HashSet<(u64, u32)> = t
        .places
        .iter()
        .filter(|p| p.cc == "TR")
        .map(|p| (hash_folded(p.name).0, p.admin1))
        .collect();
    for i in turkish_districts {
        let (short, province) = (t.admin2[i as usize].short, t.admin2[i as usize].parent);
        if !seats.contains(&(hash_folded(short).0, province)) {
            add(short, Entry::Admin2(i), &mut t);
        }
    }
    // The English names reports use where GeoNames writes another
    // ("Wardak" for "Maidan Wardak", "Gomel" for "Homyel’ Voblasc’").
    for line in admin1_aliases.lines().filter(|l| !l.starts_with('#')) {
        let Some((code, names)) = line.split_once('\t') else {
            continue;
        };
        if let Some(&i) = admin1_codes.get(code.trim()) {
            for alias in names.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                add(alias, Entry::Admin1(i), &mut t);
            }
        }
    }
    t.index.sort_unstable();
    t.index.dedup();
    t.common_words.sort_unstable();
    t
}

/// The word GeoNames puts after each Turkish district's name.
const TURKISH_DISTRICT: &str = " İlçesi";

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
        // Pakistan's former tribal areas: "South Waziristan Agency" is
        // written "South Waziristan" as often as in full.
        " Agency",
        // Turkey's districts are listed as "Gerger İlçesi" ("Gerger
        // district"); reports write the name alone or with "district".
        // Only where no town has the name (see `parse_tsv`).
        TURKISH_DISTRICT,
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

/// The blob starts with this, so that a blob of another layout is refused
/// instead of misread.
const MAGIC: &[u8; 8] = b"ECGAZ\x00\x00\x01";

/// The blob: `MAGIC`, then the string pool (length, UTF-8 bytes), then the
/// tables, each a count followed by fixed-size records. Strings are (offset,
/// length) pairs into the pool; an `Option<f32>` is a flag word and the
/// bits. All numbers little-endian.
pub(crate) fn encode(t: &Tables) -> Vec<u8> {
    let mut pool = String::new();
    let mut interned: HashMap<&str, (u32, u32)> = HashMap::new();
    let mut body = Vec::new();
    let put = |v: u32, body: &mut Vec<u8>| body.extend_from_slice(&v.to_le_bytes());
    let mut intern = |s: &'static str, body: &mut Vec<u8>| {
        let (off, len) = *interned.entry(s).or_insert_with(|| {
            let off = pool.len() as u32;
            pool.push_str(s);
            (off, s.len() as u32)
        });
        body.extend_from_slice(&off.to_le_bytes());
        body.extend_from_slice(&len.to_le_bytes());
    };
    put(t.places.len() as u32, &mut body);
    for p in &t.places {
        put(p.id, &mut body);
        intern(p.name, &mut body);
        intern(p.cc, &mut body);
        put(p.admin1, &mut body);
        put(p.admin2, &mut body);
        put(p.lat.to_bits(), &mut body);
        put(p.lon.to_bits(), &mut body);
        put(p.population, &mut body);
        intern(p.feature, &mut body);
    }
    for admins in [&t.admin1, &t.admin2] {
        put(admins.len() as u32, &mut body);
        for a in admins {
            intern(a.cc, &mut body);
            intern(a.short, &mut body);
            put(a.parent, &mut body);
            for v in [a.lat, a.lon] {
                put(u32::from(v.is_some()), &mut body);
                put(v.unwrap_or(0.0).to_bits(), &mut body);
            }
        }
    }
    // Sorted, so that the blob is the same on every build.
    let mut centroids: Vec<_> = t.country_centroid.iter().collect();
    centroids.sort_unstable_by_key(|(cc, _)| **cc);
    put(centroids.len() as u32, &mut body);
    for (cc, (lat, lon)) in centroids {
        intern(cc, &mut body);
        put(lat.to_bits(), &mut body);
        put(lon.to_bits(), &mut body);
    }
    put(t.index.len() as u32, &mut body);
    for &(h, e) in &t.index {
        body.extend_from_slice(&h.to_le_bytes());
        put(e, &mut body);
    }
    put(t.common_words.len() as u32, &mut body);
    for &h in &t.common_words {
        body.extend_from_slice(&h.to_le_bytes());
    }
    put(t.max_words as u32, &mut body);

    let mut out = Vec::with_capacity(MAGIC.len() + 4 + pool.len() + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(pool.len() as u32).to_le_bytes());
    out.extend_from_slice(pool.as_bytes());
    out.extend_from_slice(&body);
    out
}

/// A cursor over the blob; every read is bounds-checked and a short or
/// malformed blob gives `None`.
struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> Option<&'static [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn f32(&mut self) -> Option<f32> {
        self.u32().map(f32::from_bits)
    }

    fn opt_f32(&mut self) -> Option<Option<f32>> {
        let some = self.u32()? != 0;
        let v = self.f32()?;
        Some(some.then_some(v))
    }

    fn str(&mut self, pool: &'static str) -> Option<&'static str> {
        let off = self.u32()? as usize;
        let len = self.u32()? as usize;
        pool.get(off..off.checked_add(len)?)
    }

    /// A count, refused when the rest of the blob cannot hold that many
    /// records of `size` bytes (so a corrupt count cannot ask for memory).
    fn count(&mut self, size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(size)? <= self.bytes.len() - self.at).then_some(n)
    }
}

/// Read a blob written by [`encode`]; `None` when it is not one.
pub(crate) fn decode(bytes: &'static [u8]) -> Option<Tables> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len())? != MAGIC {
        return None;
    }
    let pool_len = r.u32()? as usize;
    let pool = std::str::from_utf8(r.take(pool_len)?).ok()?;
    let n = r.count(48)?;
    let mut places = Vec::with_capacity(n);
    for _ in 0..n {
        places.push(Place {
            id: r.u32()?,
            name: r.str(pool)?,
            cc: r.str(pool)?,
            admin1: r.u32()?,
            admin2: r.u32()?,
            lat: r.f32()?,
            lon: r.f32()?,
            population: r.u32()?,
            feature: r.str(pool)?,
        });
    }
    let admins = |r: &mut Reader| -> Option<Vec<Admin>> {
        let n = r.count(36)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(Admin {
                cc: r.str(pool)?,
                short: r.str(pool)?,
                parent: r.u32()?,
                lat: r.opt_f32()?,
                lon: r.opt_f32()?,
            });
        }
        Some(out)
    };
    let admin1 = admins(&mut r)?;
    let admin2 = admins(&mut r)?;
    let n = r.count(16)?;
    let mut country_centroid = HashMap::with_capacity(n);
    for _ in 0..n {
        let cc = r.str(pool)?;
        country_centroid.insert(cc, (r.f32()?, r.f32()?));
    }
    let n = r.count(12)?;
    let raw = r.take(n * 12)?;
    let index = raw
        .chunks_exact(12)
        .map(|c| {
            let (h, e) = c.split_at(8);
            (
                u64::from_le_bytes(h.try_into().unwrap_or_default()),
                u32::from_le_bytes(e.try_into().unwrap_or_default()),
            )
        })
        .collect();
    let n = r.count(8)?;
    let raw = r.take(n * 8)?;
    let common_words = raw
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
        .collect();
    let max_words = r.u32()? as usize;
    Some(Tables {
        places,
        admin1,
        admin2,
        country_centroid,
        index,
        common_words,
        max_words,
    })
}
