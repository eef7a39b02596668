//! Loads the built-in questionnaires at build time (issue 7). Every command used to parse and
//! validate the default questionnaire's TOML text on every run, which took longer than the rest
//! of `raia score`. This runs the crate's own loader (the modules below, included by path) on
//! the text of every built-in version, fails the build if one is invalid, and stores each
//! loaded form for `src/embedded.rs` to read back. The texts stay embedded too (`raia questions
//! --format source`), and each stored form carries its text's SHA-256, as a questionnaire
//! loaded at run time does. tests/questionnaire.rs checks that the stored forms equal a parse
//! of the texts.
#![forbid(unsafe_code)]

#[allow(dead_code)]
#[path = "src/answer.rs"]
mod answer;
// The lints that hold back for the library's public API apply to these private copies.
#[allow(dead_code, clippy::wrong_self_convention)]
#[path = "src/diag.rs"]
mod diag;
#[allow(dead_code)]
#[path = "src/number.rs"]
mod number;
#[allow(dead_code, unused_imports)]
#[path = "src/questionnaire/mod.rs"]
mod questionnaire;
#[allow(dead_code)]
#[path = "src/term_text.rs"]
mod term_text;
#[allow(dead_code)]
#[path = "src/textfile.rs"]
mod textfile;

/// What the loader needs of the rest of the crate, for the build: no config directory, and no
/// stored questionnaire yet (this is what stores it).
mod paths {
    pub fn config_dir() -> Option<std::path::PathBuf> {
        None
    }

    pub fn project_questionnaire(_start: &std::path::Path) -> Option<std::path::PathBuf> {
        None
    }

    pub fn project_dir(_start: &std::path::Path) -> Option<std::path::PathBuf> {
        None
    }
}

mod embedded {
    pub(crate) fn builtin(_name: &str) -> Option<crate::questionnaire::Questionnaire> {
        None
    }

    pub(crate) fn builtin_hash(_name: &str) -> Option<&'static str> {
        None
    }
}

// Cargo reads its instructions from the build script's stdout; nothing here reaches a terminal.
#[allow(clippy::disallowed_macros)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    for path in [
        "build.rs",
        "questionnaires",
        "src/questionnaire",
        "src/answer.rs",
        "src/diag.rs",
        "src/number.rs",
        "src/term_text.rs",
        "src/textfile.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR")?);
    // The stored forms, in the order of `BUILTIN`, as one static of byte strings, and their
    // texts' hashes.
    let mut list = String::from("static LOADED: &[&[u8]] = &[\n");
    let mut strings = String::from("static STRINGS: &[&str] = &[\n");
    let mut hashes = String::from("static HASHES: &[&str] = &[\n");
    for (i, (name, text)) in questionnaire::BUILTIN.iter().enumerate() {
        let q = questionnaire::parse_questionnaire(name, text)
            .map_err(|e| format!("the built-in questionnaire {name} is invalid:\n{e}"))?;
        let file = out.join(format!("builtin-{i}.postcard"));
        let (stored, table) = questionnaire::with_string_table(|| postcard::to_allocvec(&q));
        std::fs::write(&file, stored?)?;
        let table_file = out.join(format!("builtin-{i}.strings"));
        std::fs::write(&table_file, table)?;
        list.push_str(&format!(
            "    include_bytes!({:?}),\n",
            file.display().to_string()
        ));
        strings.push_str(&format!(
            "    include_str!({:?}),\n",
            table_file.display().to_string()
        ));
        hashes.push_str(&format!("    {:?},\n", q.content_hash));
    }
    list.push_str("];\n");
    list.push_str(&strings);
    list.push_str("];\n");
    list.push_str(&hashes);
    list.push_str("];\n");
    std::fs::write(out.join("builtin.rs"), list)?;
    Ok(())
}
