//! The built-in questionnaire in its loaded form. `build.rs` parses and validates the TOML
//! text with the same loader at build time and stores the result; reading it back here takes a
//! small fraction of the time parsing the text takes, on every run of every command (issue 7).

use crate::questionnaire::Questionnaire;

static LOADED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default-questionnaire.postcard"));

/// The built-in questionnaire as the build loaded it, or `None` if it does not read back (the
/// caller then parses the text).
pub(crate) fn questionnaire() -> Option<Questionnaire> {
    let mut q: Questionnaire = postcard::from_bytes(LOADED).ok()?;
    q.reindex();
    Some(q)
}
