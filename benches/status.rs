#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benches fail loudly by design
//! `raia status` over 1,000 assessments: find the files under a folder, read and judge each,
//! and print the table, as the command does. Target (docs/ci.md): under one second on the
//! project's machine. Run with `cargo bench --bench status`.

use raia::portfolio;
use raia::questionnaire::{
    DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_NAME, Questionnaire, parse_questionnaire,
};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const ASSESSMENTS: usize = 1_000;

fn main() {
    divan::main();
}

fn default_q() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        parse_questionnaire(DEFAULT_QUESTIONNAIRE_NAME, DEFAULT_QUESTIONNAIRE).unwrap()
    })
}

/// A folder of 1,000 assessments in team subfolders: the examples and the judgement fixtures,
/// copied round-robin, so passing, failing and prohibited files are all there.
fn portfolio_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sources: Vec<PathBuf> = Vec::new();
        for dir in ["examples", "tests/fixtures/judgement"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|x| x == "toml") {
                    sources.push(path);
                }
            }
        }
        sources.sort();
        let dir = tempfile::tempdir().unwrap();
        for i in 0..ASSESSMENTS {
            let team = dir.path().join(format!("team-{:02}", i % 25));
            std::fs::create_dir_all(&team).unwrap();
            std::fs::copy(
                &sources[i % sources.len()],
                team.join(format!("system-{i:04}.toml")),
            )
            .unwrap();
        }
        dir
    })
    .path()
}

#[divan::bench(sample_count = 10)]
fn status_1000_assessments() -> String {
    let q = default_q();
    let files = portfolio::find_files(&[portfolio_dir().to_path_buf()]);
    assert_eq!(files.len(), ASSESSMENTS);
    let entries = portfolio::assess_all(q, &files, portfolio::GateRules::default(), "2026-01-15");
    let rows: Vec<portfolio::Row> = entries.iter().map(|e| portfolio::Row::of(q, e)).collect();
    portfolio::markdown(&rows)
}
