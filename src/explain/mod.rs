//! The one place that turns what the engine decides into words. The engine returns structured
//! causes, states and failures; every mode (command line, plain mode, wizard) and every report
//! words them through these functions, so a reason reads the same everywhere and never shows an
//! id or condition syntax.

use crate::assessment::{Assessment, SafeguardStatus};
use crate::engine::{
    AppliesBecause, Binding, Cause, Conflict, Evaluation, GateFailure, RequiredBecause,
    RequirementResult, RequirementState, SafeguardResult, StatusSource, Subject, WhatIf,
    risk_points,
};
use crate::questionnaire::{Basis, Obligation, Questionnaire, Tier};

/// A tier in the questionnaire's words.
pub fn tier(q: &Questionnaire, t: Tier) -> String {
    q.vocabulary.tier(t).to_string()
}

/// A safeguard status recorded in the file, in words, for listings that show a raw status.
pub fn status(s: SafeguardStatus) -> &'static str {
    s.label()
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first letter in lower case, unless the word is an acronym ("AWS").
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.next()) {
        (Some(f), Some(n)) if !n.is_uppercase() => {
            f.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_string(),
    }
}

/// The first letter in upper case.
pub fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

mod answers;
mod gate;
mod layers;
mod safeguards;
mod tier;

pub use answers::*;
pub use gate::*;
pub use layers::*;
pub use safeguards::*;
pub use tier::*;
