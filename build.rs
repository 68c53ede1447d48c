//! Turns the shipped gazetteer (`src/data/gazetteer.tsv.gz`, an 18 MB text
//! once inflated) into the binary tables the library embeds, so that no run
//! pays for inflating and parsing it (see
//! `src/extract/places/gazetteer_table.rs`). Reads only files of this
//! repository: no network.

use std::io::Read;
use std::path::PathBuf;

// The module allows its own unused items (the library side is unused here).
#[path = "src/extract/places/gazetteer_table.rs"]
mod gazetteer_table;

fn main() {
    const TSV: &str = "src/data/gazetteer.tsv.gz";
    const ALIASES: &str = "src/data/admin1_aliases.tsv";
    println!("cargo:rerun-if-changed={TSV}");
    println!("cargo:rerun-if-changed={ALIASES}");
    println!("cargo:rerun-if-changed=src/extract/places/gazetteer_table.rs");
    let gz = std::fs::read(TSV).unwrap_or_else(|e| panic!("{TSV}: {e}"));
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("{TSV}: not a gzip-compressed UTF-8 text: {e}"));
    let aliases = std::fs::read_to_string(ALIASES).unwrap_or_else(|e| panic!("{ALIASES}: {e}"));
    let tables = gazetteer_table::parse_tsv(
        Box::leak(text.into_boxed_str()),
        Box::leak(aliases.into_boxed_str()),
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join("gazetteer.bin");
    std::fs::write(&path, gazetteer_table::encode(&tables))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
