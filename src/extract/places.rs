//! Places: from a name in a sentence to a point on the map.

use serde::Serialize;

use super::Span;

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

/// One place in the text, resolved as far as it can be.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlaceMention {
    pub span: Span,
    /// The words of the text.
    pub text: String,
    /// The place's name as reported in `location` (the text's spelling for
    /// unlisted places, the gazetteer's otherwise).
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
}

/// Look up a country by any of its names or demonyms ("Mali", "Malian",
/// "Côte d'Ivoire", "Ivory Coast").
pub fn country_by_name(_name: &str) -> Option<Country> {
    None
}

/// Look up a country by its ISO 3166-1 alpha-3 code.
pub fn country_by_iso3(_iso3: &str) -> Option<Country> {
    None
}

/// The country a text is most about, when it is clear.
pub fn detect_country(_text: &str) -> Option<Country> {
    None
}

/// Find and resolve every place in `text` (a sentence starting at `base`).
pub fn extract(_text: &str, _base: usize, _ctx: &PlaceContext) -> Vec<PlaceMention> {
    Vec::new()
}
