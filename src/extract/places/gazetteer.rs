//! The shipped gazetteer: GeoNames cities500 with admin1/admin2 names,
//! compressed in `src/data/gazetteer.tsv.gz` (built by
//! `src/data/build_gazetteer.py`, format described there).
//!
//! `build.rs` parses that file once at build time into a binary blob that
//! is part of the executable (`gazetteer_table.rs`); loading reads its
//! fixed-size records, every name borrowed from the blob (`&'static str`, no
//! allocation per name), and its presorted index from folded-name hashes to
//! entries. Text is
//! matched by folding word n-grams the same way and looking their hash up,
//! which makes accents and hyphens irrelevant ("Ségou" == "Segou",
//! "Koulogon-Peul" == "Koulogon Peul") without an automaton per spelling.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::gazetteer_table::{decode, hash_key, Tables};
pub(crate) use super::gazetteer_table::{Admin, Entry, Place, NONE};

/// The tables in their binary form, written by `build.rs` from
/// `src/data/gazetteer.tsv.gz` (see `gazetteer_table.rs`).
static GAZETTEER_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

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
    /// `common_buckets[b]..common_buckets[b + 1]` is the range of
    /// `common_words` whose hashes start with the 12 bits `b`: the resolver
    /// asks about every word n-gram of every sentence, and a binary search
    /// over all 64,000 words was a few per cent of the pipeline.
    common_buckets: Vec<u32>,
    /// The longest indexed name, in words.
    pub max_words: usize,
    /// (country, name as [`plain_name`] writes it) of every name that two
    /// or more first-level units of one country share, built on first use.
    admin1_shared: OnceLock<HashSet<(&'static str, String)>>,
}

pub(crate) fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(load)
}

/// A name without accents, in lower case ("Ségou" is "segou").
pub(crate) fn plain_name(name: &str) -> String {
    deunicode::deunicode(name).to_lowercase()
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

/// The ways one Arabic place-name prefix is written in Latin letters:
/// "tall" (a mound) and "ayn" (a spring) open many names of the Levant and
/// Iraq, and reports and GeoNames spell them differently.
const ARABIC_PREFIXES: &[&[&str]] = &[&["tal", "tall", "tel", "tell"], &["ain", "ayn", "ein"]];

/// A word of [`ARABIC_PREFIXES`], told by a match instead of a search of
/// the table: it gates the look-up of every name the gazetteer lacks.
fn is_arabic_prefix(w: &[u8]) -> bool {
    matches!(
        w,
        b"tal" | b"tall" | b"tel" | b"tell" | b"ain" | b"ayn" | b"ein"
    )
}

/// The other spellings of a folded name of two or more words that include
/// an Arabic prefix ("tal tamer" -> "tall tamer", "tel tamer", "tell
/// tamer"), with an article next to such a prefix as "al" or "el" ("ras el
/// ain" -> "ras al ayn"). A prefix alone is left as it is (a person called
/// Tal is not a mound), and so is one that ends a name after another word
/// than an article, and an article elsewhere. Empty when the name has no
/// prefix or too many spellings.
fn arabic_spellings(key: &str) -> Vec<String> {
    let group = |w: &str| ARABIC_PREFIXES.iter().copied().find(|g| g.contains(&w));
    // Asked of every name the gazetteer lacks: most hold no prefix, and
    // are answered before anything is allocated. The words are split on
    // the space byte (the same cut as on the space char): the standard
    // library's char searcher cost more to set up than these keys are long.
    let mut pieces = 0;
    let mut prefix = false;
    for w in key.as_bytes().split(|&b| b == b' ') {
        pieces += 1;
        prefix |= is_arabic_prefix(w);
    }
    // One piece: no space, a name of one word.
    if pieces < 2 || !prefix {
        return Vec::new();
    }
    let words: Vec<&str> = key.split(' ').collect();
    if words.len() < 2 || words.len() > 6 {
        return Vec::new();
    }
    let next_to_prefix = |i: usize| {
        (i > 0 && group(words[i - 1]).is_some())
            || words.get(i + 1).is_some_and(|w| group(w).is_some())
    };
    let mut any = false;
    let choices: Vec<&[&str]> = words
        .iter()
        .enumerate()
        .map(|(i, w)| match group(w) {
            // A prefix opens its name, or ends it after an article ("Ras
            // el Ain"): "at Tel" (the English "at" before "Tel Aviv") is
            // not the town "At Tall".
            Some(g) if i + 1 < words.len() || i > 0 && matches!(words[i - 1], "al" | "el") => {
                any = true;
                g
            }
            None if matches!(*w, "al" | "el") && next_to_prefix(i) => &["al", "el"][..],
            _ => std::slice::from_ref(&words[i]),
        })
        .collect();
    if !any {
        return Vec::new();
    }
    let mut out = vec![String::new()];
    for choice in &choices {
        out = out
            .iter()
            .flat_map(|o| {
                choice.iter().map(move |w| {
                    if o.is_empty() {
                        (*w).to_string()
                    } else {
                        format!("{o} {w}")
                    }
                })
            })
            .collect();
        if out.len() > 64 {
            return Vec::new();
        }
    }
    out.retain(|k| k != key);
    out
}

fn load() -> Gazetteer {
    // The blob is part of the binary and checked when built; a failure here
    // is a build defect, and an empty gazetteer keeps the pipeline running
    // on countries alone.
    from_tables(decode(GAZETTEER_BIN).unwrap_or_default())
}

/// Load the gazetteer afresh (not the shared instance) and return its number
/// of places: what the load-time benchmark measures.
#[doc(hidden)]
pub fn load_uncached() -> usize {
    load().places.len()
}

/// Bucket starts for sorted hashes by their top `bits` bits: entry `b`
/// is the first position whose hash starts with `b`.
fn bucket_starts(hashes: impl Iterator<Item = u64>, bits: u32) -> Vec<u32> {
    let mut buckets = vec![0u32; (1 << bits) + 1];
    for h in hashes {
        buckets[(h >> (64 - bits)) as usize + 1] += 1;
    }
    for b in 1..buckets.len() {
        buckets[b] += buckets[b - 1];
    }
    buckets
}

fn from_tables(t: Tables) -> Gazetteer {
    Gazetteer {
        buckets: bucket_starts(t.index.iter().map(|&(h, _)| h), 16),
        common_buckets: bucket_starts(t.common_words.iter().copied(), 12),
        places: t.places,
        admin1: t.admin1,
        admin2: t.admin2,
        country_centroid: t.country_centroid,
        index: t.index,
        common_words: t.common_words,
        max_words: t.max_words,
        admin1_shared: OnceLock::new(),
    }
}

impl Gazetteer {
    /// Every entry whose folded name is `key` (already folded); when none,
    /// those of all its Arabic spellings ("Tal Tamer" is GeoNames' "Tell
    /// Tamer", "Ras al Ain" its "Ras el Ain"; see [`arabic_spellings`]).
    pub fn lookup(&self, key: &str) -> impl Iterator<Item = Entry> + '_ {
        let entries = self.entries(hash_key(key));
        let mut spelled: Vec<u32> = Vec::new();
        if entries.is_empty() {
            for k in arabic_spellings(key) {
                for &(_, v) in self.entries(hash_key(&k)) {
                    // One place may list several of the spellings.
                    if !spelled.contains(&v) {
                        spelled.push(v);
                    }
                }
            }
        }
        entries
            .iter()
            .map(|&(_, v)| v)
            .chain(spelled)
            .map(Entry::unpack)
    }

    /// The index entries of one folded-name hash.
    fn entries(&self, h: u64) -> &[(u64, u32)] {
        let b = (h >> 48) as usize;
        let bucket = self
            .index
            .get(self.buckets[b] as usize..self.buckets[b + 1] as usize)
            .unwrap_or(&[]);
        let start = bucket.partition_point(|&(k, _)| k < h);
        let len = bucket[start..].partition_point(|&(k, _)| k == h);
        &bucket[start..start + len]
    }

    /// True when a folded name is also a common English word ("police").
    pub fn is_common_word(&self, key: &str) -> bool {
        self.is_common_hash(hash_key(key))
    }

    fn is_common_hash(&self, h: u64) -> bool {
        let b = (h >> 52) as usize;
        self.common_words
            .get(self.common_buckets[b] as usize..self.common_buckets[b + 1] as usize)
            .is_some_and(|bucket| bucket.binary_search(&h).is_ok())
    }

    /// Whether another first-level unit of `unit`'s country has its name,
    /// as [`plain_name`] writes it ("Lima" is a province and a region).
    ///
    /// A set built once: the scan over every unit that answered it before
    /// ran for each region named with its kind ("Borno State").
    pub fn admin1_name_shared(&self, unit: &Admin) -> bool {
        self.admin1_shared
            .get_or_init(|| {
                let mut seen = HashSet::new();
                let mut shared = HashSet::new();
                for a in &self.admin1 {
                    let key = (a.cc, plain_name(a.short));
                    if !seen.insert(key.clone()) {
                        shared.insert(key);
                    }
                }
                shared
            })
            .contains(&(unit.cc, plain_name(unit.short)))
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
    use super::super::gazetteer_table::{encode, hash_folded, parse_tsv};
    use super::*;
    use std::io::Read;

    /// The shipped TSV, parsed the slow way.
    fn tsv_tables() -> Tables {
        let gz = include_bytes!("../../data/gazetteer.tsv.gz");
        let mut text = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut text)
            .expect("gazetteer.tsv.gz inflates");
        parse_tsv(
            Box::leak(text.into_boxed_str()),
            include_str!("../../data/admin1_aliases.tsv"),
        )
    }

    #[test]
    fn the_built_blob_holds_exactly_the_shipped_tsv() {
        let from_tsv = tsv_tables();
        assert!(from_tsv.places.len() > 150_000);
        let from_blob = decode(GAZETTEER_BIN).expect("the built blob decodes");
        assert!(
            from_blob == from_tsv,
            "gazetteer.bin differs from gazetteer.tsv.gz"
        );
        // And the encoding round-trips on its own.
        let again: &'static [u8] = Box::leak(encode(&from_tsv).into_boxed_slice());
        assert!(decode(again).expect("round trip") == from_tsv);
    }

    #[test]
    fn a_damaged_blob_is_refused_not_misread() {
        assert!(decode(b"").is_none());
        assert!(decode(b"not a gazetteer blob").is_none());
        let cut: &'static [u8] = &GAZETTEER_BIN[..GAZETTEER_BIN.len() / 2];
        assert!(decode(cut).is_none());
    }

    #[test]
    fn common_word_buckets_agree_with_a_search_of_the_whole_list() {
        let gaz = gazetteer();
        assert!(gaz.common_words.len() > 10_000);
        for &h in &gaz.common_words {
            assert!(gaz.is_common_hash(h));
            for other in [h ^ 1, h.wrapping_add(1 << 52), !h] {
                assert_eq!(
                    gaz.is_common_hash(other),
                    gaz.common_words.binary_search(&other).is_ok()
                );
            }
        }
    }

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
    fn the_prefix_gate_knows_every_prefix() {
        let words: Vec<&str> = ARABIC_PREFIXES
            .iter()
            .flat_map(|g| g.iter().copied())
            .collect();
        assert!(
            words.iter().all(|w| is_arabic_prefix(w.as_bytes())),
            "{words:?}"
        );
        assert_eq!(words.len(), 7);
    }

    #[test]
    fn arabic_prefixes_are_spelled_every_way_but_alone_or_after_an_english_word() {
        let tal = arabic_spellings("tal kuvet");
        assert_eq!(tal, ["tall kuvet", "tel kuvet", "tell kuvet"]);
        let ras = arabic_spellings("ras el ain");
        assert!(ras.iter().any(|k| k == "ras al ayn"), "{ras:?}");
        assert!(ras.iter().all(|k| k.starts_with("ras ")), "{ras:?}");
        // The article swaps only next to a prefix.
        assert!(arabic_spellings("ayn al bir el kuvet")
            .iter()
            .all(|k| k.ends_with(" el kuvet")));
        assert!(arabic_spellings("tal").is_empty());
        assert!(arabic_spellings("at tel").is_empty());
        assert!(arabic_spellings("kuvet el bir").is_empty());
    }

    #[test]
    fn a_prefix_spelled_otherwise_finds_the_gazetteer_town() {
        let gaz = gazetteer();
        let syria = |key: &str| {
            gaz.lookup(key).any(|e| match e {
                Entry::Place(p) => gaz.places[p as usize].cc == "SY",
                _ => false,
            })
        };
        assert!(syria("tal tamer"));
        assert!(syria("ras al ain"));
        assert!(syria("tell rifaat") || syria("tal refaat"));
        assert!(!syria("at tel"));
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
