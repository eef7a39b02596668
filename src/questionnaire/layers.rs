//! Layers and crosswalks: which file an item came from, and the ids it maps to in other frameworks.

use super::*;

/// One file in a stack of questionnaire layers: the base questionnaire, or an overlay on it.
#[derive(Debug, Clone, Default, serde::Deserialize, PartialEq, Eq)]
pub struct Layer {
    pub id: String,
    pub version: String,
    pub title: String,
    /// What it extends, as `id@version`; empty for the base.
    #[serde(default)]
    pub extends: String,
    /// The rules it states, when an overlay names its own (a company standard).
    #[serde(default)]
    pub policy: Option<Policy>,
    /// Where it was read from.
    #[serde(default)]
    pub source: String,
    /// SHA-256 of its own text, hex.
    #[serde(default)]
    pub content_hash: String,
}

/// Without a policy of its own, a layer's `policy` is left out of JSON and TOML (which have no
/// empty value for it); a compact format (the questionnaire stored by build.rs) reads its
/// fields by position, so there it is always written.
impl Serialize for Layer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let skip_policy = self.policy.is_none() && serializer.is_human_readable();
        let mut s = serializer.serialize_struct("Layer", 7 - usize::from(skip_policy))?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("version", &self.version)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("extends", &self.extends)?;
        if skip_policy {
            s.skip_field("policy")?;
        } else {
            s.serialize_field("policy", &self.policy)?;
        }
        s.serialize_field("source", &self.source)?;
        s.serialize_field("content_hash", &self.content_hash)?;
        s.end()
    }
}

/// Another framework's identifier that a safeguard or requirement maps to.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Mapping {
    /// `framework:item`, e.g. `eu-ai-act:art-14`.
    pub id: String,
    pub relationship: Relationship,
}

/// How closely a safeguard or requirement matches another framework's item.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    /// It asks for the same thing.
    Equal,
    /// It covers part of what the item asks.
    PartOf,
    /// It bears on the item without covering it.
    Related,
}

impl Relationship {
    pub fn name(self) -> &'static str {
        match self {
            Self::Equal => "equal",
            Self::PartOf => "part of",
            Self::Related => "related",
        }
    }
}

/// A framework that items map to: identifiers and short titles only, never its text.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Framework {
    pub id: String,
    pub title: String,
    /// Where its text is published.
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub items: Vec<FrameworkItem>,
    /// The layer that declared it.
    #[serde(default)]
    pub layer: usize,
}

#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct FrameworkItem {
    pub id: String,
    pub title: String,
}
