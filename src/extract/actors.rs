//! Actors: who did what to whom, named and typed the way ACLED does.

use std::collections::HashMap;

use serde::Serialize;

use super::Span;

/// ACLED's actor types (inter codes 1-8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ActorType {
    #[serde(rename = "State forces")]
    StateForces = 1,
    #[serde(rename = "Rebel group")]
    RebelGroup = 2,
    #[serde(rename = "Political militia")]
    PoliticalMilitia = 3,
    #[serde(rename = "Identity militia")]
    IdentityMilitia = 4,
    #[serde(rename = "Rioters")]
    Rioters = 5,
    #[serde(rename = "Protesters")]
    Protesters = 6,
    #[serde(rename = "Civilians")]
    Civilians = 7,
    #[serde(rename = "External/Other forces")]
    External = 8,
}

impl ActorType {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::StateForces => "State forces",
            ActorType::RebelGroup => "Rebel group",
            ActorType::PoliticalMilitia => "Political militia",
            ActorType::IdentityMilitia => "Identity militia",
            ActorType::Rioters => "Rioters",
            ActorType::Protesters => "Protesters",
            ActorType::Civilians => "Civilians",
            ActorType::External => "External/Other forces",
        }
    }

    /// ACLED's inter code.
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<ActorType> {
        Some(match code {
            1 => ActorType::StateForces,
            2 => ActorType::RebelGroup,
            3 => ActorType::PoliticalMilitia,
            4 => ActorType::IdentityMilitia,
            5 => ActorType::Rioters,
            6 => ActorType::Protesters,
            7 => ActorType::Civilians,
            8 => ActorType::External,
            _ => return None,
        })
    }
}

/// One actor named in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActorMention {
    pub span: Span,
    /// The words of the text ("Malian soldiers").
    pub text: String,
    /// The name as ACLED writes it ("Military Forces of Mali").
    pub name: String,
    pub actor_type: ActorType,
    /// ISO 3166-1 alpha-3 of the actor's country, when it has one.
    pub country_iso3: Option<String>,
}

/// What the actor extractor knows besides the sentence.
#[derive(Clone, Debug, Default)]
pub struct ActorContext {
    /// The document's country (ISO alpha-3), for "the army", "gunmen".
    pub country_iso3: Option<String>,
    /// Acronyms the document defined: "GSIM" -> "The Group for the Support of
    /// Islam and Muslims".
    pub acronyms: HashMap<String, String>,
}

/// Acronyms a document defines for itself: "The Group for the Support of
/// Islam and Muslims (GSIM)".
pub fn learn_acronyms(_text: &str) -> HashMap<String, String> {
    HashMap::new()
}

/// Find every actor in `text` (a sentence starting at `base`).
pub fn extract(_text: &str, _base: usize, _ctx: &ActorContext) -> Vec<ActorMention> {
    Vec::new()
}
