//! Places: from a name in a sentence to a point on the map.

use serde::Serialize;

use super::Span;

mod countries;

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
pub fn detect_country(text: &str) -> Option<Country> {
    countries::detect(text).cloned()
}

/// Find and resolve every place in `text` (a sentence starting at `base`).
pub fn extract(_text: &str, _base: usize, _ctx: &PlaceContext) -> Vec<PlaceMention> {
    Vec::new()
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
