//! Casualty counts: who was hurt, and how many.

use serde::Serialize;

use super::Span;

/// What happened to the people counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountKind {
    Killed,
    Injured,
    /// Arrested or detained.
    Arrested,
    /// Disappeared, abducted, kidnapped, taken hostage.
    Disappeared,
    Tortured,
    SexualViolence,
    Displaced,
    SentencedToDeath,
}

impl CountKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CountKind::Killed => "killed",
            CountKind::Injured => "injured",
            CountKind::Arrested => "arrested",
            CountKind::Disappeared => "disappeared",
            CountKind::Tortured => "tortured",
            CountKind::SexualViolence => "sexual_violence",
            CountKind::Displaced => "displaced",
            CountKind::SentencedToDeath => "sentenced_to_death",
        }
    }
}

/// How a count relates to the other counts of the same kind in its event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountRole {
    /// Added to the other counts of its kind ("two soldiers and three
    /// civilians were killed" is 2 + 3).
    #[default]
    Additive,
    /// Part of a total already counted ("22 killed, including 19
    /// civilians"): never added.
    Subset,
    /// A restated or revised toll ("the toll rose to 31"): replaces the
    /// earlier figure instead of adding to it.
    Revision,
}

/// One count of people in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountMention {
    /// The span of the quantity and its noun ("at least 30 people").
    pub span: Span,
    /// The span of the word that gives the kind ("killed", "arrested").
    pub trigger: Span,
    pub kind: CountKind,
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
    /// "civilians", "soldiers", or the text's own noun.
    pub victim_group: String,
    /// The words of the quantity as written ("at least 30", "dozens").
    pub quantity_text: String,
    pub role: CountRole,
}

/// Find every casualty count in `text` (a sentence starting at byte `base`).
pub fn extract(_text: &str, _base: usize) -> Vec<CountMention> {
    Vec::new()
}
