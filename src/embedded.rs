//! The built-in questionnaires in their loaded form. `build.rs` parses and validates each
//! version's TOML text with the same loader at build time and stores the result; reading it
//! back here takes a small fraction of the time parsing the text takes, on every run of every
//! command (issue 7).

use crate::questionnaire::{BUILTIN, Questionnaire};

// `LOADED`: the stored forms, in the order of `BUILTIN`; `STRINGS`: the string table of each;
// `HASHES`: the SHA-256 of each text.
include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The built-in questionnaire of file `name` as the build loaded it, or `None` if it is not
/// built in or does not read back (the caller then parses the text).
pub(crate) fn builtin(name: &str) -> Option<Questionnaire> {
    let i = BUILTIN.iter().position(|(n, _)| *n == name)?;
    let stored: &'static [u8] = LOADED.get(i)?;
    // Its strings borrow from the table the build wrote beside it (issue 7).
    let mut q: Questionnaire =
        crate::questionnaire::borrowing_from(STRINGS.get(i)?, || postcard::from_bytes(stored))
            .ok()?;
    q.reindex();
    Some(q)
}

/// The SHA-256 of the built-in questionnaire text of file `name`, computed by the build: every
/// command checks whether its questionnaire imitates the built-in one.
pub(crate) fn builtin_hash(name: &str) -> Option<&'static str> {
    let i = BUILTIN.iter().position(|(n, _)| *n == name)?;
    HASHES.get(i).copied()
}
