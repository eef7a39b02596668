//! Overlays: a questionnaire file that says `extends = "id@version"` adds to the questionnaire
//! below it (sections, questions, options, safeguards, requirements, effects on existing options,
//! stricter thresholds and floors, reworded help, vocabulary, crosswalk mappings) and never
//! removes or weakens anything. The merge happens at run time, on top of a loaded
//! [`Questionnaire`]: the overlay's new items are checked by the same validator as a whole
//! questionnaire, against stand-ins for the items below it, so every error is located in the
//! overlay's own text.

use super::*;

/// Overlays built into raia, as (file name, text): they can be named by `extends` and by
/// `raia report --crosswalk`.
pub const BUILTIN_OVERLAYS: &[(&str, &str)] = &[(
    "crosswalk-eu-ai-act-nist-ai-rmf.toml",
    include_str!("../../../../questionnaires/crosswalk-eu-ai-act-nist-ai-rmf.toml"),
)];

/// How to fix a threshold an overlay weakens.
const TIERS_HELP: &str = "an overlay can only make thresholds stricter: a lower medium_at or high_at, a higher consequential_floor, a lower max_mitigation_percent, shorter review_months";

/// How many overlays may stack on one another: more is taken for a loop of `extends`.
const MAX_DEPTH: usize = 16;

/// Items that know the layer they come from.
pub(crate) trait Layered {
    fn set_layer(&mut self, layer: usize);
}

macro_rules! layered {
    ($($t:ty),*) => {
        $(impl Layered for $t {
            fn set_layer(&mut self, layer: usize) {
                self.layer = layer;
            }
        })*
    };
}

layered!(CatalogueEntry, Requirement, Safeguard, Section, Framework);

// Declared last, so that the macros above are in scope in them.
mod checks;
mod find;
mod join;
mod merge;
mod raw;
mod stubs;

pub use find::*;
pub use join::*;
pub use merge::*;
pub(crate) use raw::*;
pub(crate) use stubs::*;
