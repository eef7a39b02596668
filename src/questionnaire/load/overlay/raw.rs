//! An overlay file as it is written: the tables an overlay may hold, read with their positions.

use super::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOverlay {
    pub(crate) questionnaire: RawOverlayHeader,
    #[serde(default)]
    pub(crate) policy: Option<RawPolicy>,
    #[serde(default)]
    pub(crate) tiers: Option<RawOverlayTiers>,
    #[serde(default)]
    pub(crate) prohibition: Vec<RawEntry>,
    #[serde(default)]
    pub(crate) category: Vec<RawEntry>,
    #[serde(default)]
    pub(crate) requirement: Vec<RawRequirement>,
    #[serde(default)]
    pub(crate) factor: Vec<RawFactor>,
    #[serde(default)]
    pub(crate) safeguard: Vec<RawSafeguard>,
    #[serde(default)]
    pub(crate) section: Vec<RawSection>,
    #[serde(default)]
    pub(crate) question: Vec<RawQuestion>,
    #[serde(default)]
    pub(crate) contradiction: Vec<RawContradiction>,
    #[serde(default)]
    pub(crate) floor: Vec<RawFloor>,
    #[serde(default)]
    pub(crate) vocabulary: Option<RawVocabulary>,
    #[serde(default)]
    pub(crate) amend: Vec<RawAmend>,
    #[serde(default)]
    pub(crate) raise: Vec<RawRaise>,
    #[serde(default)]
    pub(crate) map: Vec<RawMap>,
    #[serde(default)]
    pub(crate) framework: Vec<RawFramework>,
    /// How an assessment made with this overlay's previous version carries over, as in a
    /// questionnaire: an overlay has versions of its own, and `raia migrate` follows them.
    #[serde(default)]
    pub(crate) migration: Option<Spanned<crate::questionnaire::Migration>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOverlayHeader {
    pub(crate) id: Spanned<String>,
    pub(crate) version: String,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) description: String,
    pub(crate) extends: Spanned<String>,
}

/// Thresholds an overlay sets: each only stricter than the layer below.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOverlayTiers {
    pub(crate) medium_at: Option<Spanned<u32>>,
    pub(crate) high_at: Option<Spanned<u32>>,
    pub(crate) consequential_floor: Option<Spanned<Tier>>,
    pub(crate) max_mitigation_percent: Option<Spanned<u32>>,
    pub(crate) review_months: Option<Spanned<RawReviewMonths>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReviewMonths {
    pub(crate) low: Option<u32>,
    pub(crate) medium: Option<u32>,
    pub(crate) high: Option<u32>,
}

/// Changes to a question of a layer below: reworded help, new options, effects added to
/// existing options.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAmend {
    pub(crate) question: Spanned<String>,
    pub(crate) help: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) option: Vec<Spanned<RawOption>>,
}

/// A category's floor, raised.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRaise {
    pub(crate) category: Spanned<String>,
    pub(crate) floor: Spanned<Tier>,
}

/// Mappings added to a safeguard or requirement of any layer.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMap {
    pub(crate) safeguard: Option<Spanned<String>>,
    pub(crate) requirement: Option<Spanned<String>>,
    pub(crate) maps_to: Vec<Spanned<RawMapping>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMapping {
    pub(crate) id: Spanned<String>,
    pub(crate) relationship: Relationship,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFramework {
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) source: String,
    #[serde(default)]
    pub(crate) item: Vec<RawFrameworkItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFrameworkItem {
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
}

/// Only the header, to tell an overlay from a whole questionnaire.
#[derive(Deserialize)]
pub(crate) struct Peek {
    pub(crate) questionnaire: Option<PeekHeader>,
}

#[derive(Deserialize)]
pub(crate) struct PeekHeader {
    pub(crate) id: Option<String>,
    pub(crate) version: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) extends: Option<String>,
}
