//! Loads the built-in questionnaire at build time (issue 7). Every command used to parse and
//! validate its TOML text on every run, which took longer than the rest of `raia score`.
//! This runs the crate's own loader (the modules below, included by path) on the text, fails
//! the build if the questionnaire is invalid, and stores the loaded form for `src/embedded.rs`
//! to read back. The text itself stays embedded too (`raia questions --format source`), and
//! the stored form carries its SHA-256, as a questionnaire loaded at run time does.
//! tests/questionnaire.rs checks that the stored form equals a parse of the text.
#![forbid(unsafe_code)]

#[allow(dead_code)]
#[path = "src/answer.rs"]
mod answer;
// The lints that hold back for the library's public API apply to these private copies.
#[allow(dead_code, clippy::wrong_self_convention)]
#[path = "src/diag.rs"]
mod diag;
#[allow(dead_code, unused_imports)]
#[path = "src/questionnaire/mod.rs"]
mod questionnaire;

/// What the loader needs of the rest of the crate, for the build: no config directory, and no
/// stored questionnaire yet (this is what stores it).
mod paths {
    pub fn config_dir() -> Option<std::path::PathBuf> {
        None
    }
}

mod embedded {
    pub(crate) fn questionnaire() -> Option<crate::questionnaire::Questionnaire> {
        None
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for path in [
        "build.rs",
        "questionnaires",
        "src/questionnaire",
        "src/answer.rs",
        "src/diag.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let q = questionnaire::parse_questionnaire(
        questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .map_err(|e| format!("the built-in questionnaire is invalid:\n{e}"))?;
    let bytes = postcard::to_allocvec(&q)?;
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(out.join("default-questionnaire.postcard"), bytes)?;
    Ok(())
}
