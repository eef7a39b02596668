#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benches fail loudly by design
//! Speed of the pure core on the default questionnaire: loading, evaluating, rendering.
//! Run with `cargo bench`.

use raia::assessment::{Assessment, parse_assessment};
use raia::questionnaire::{
    DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_NAME, Questionnaire, parse_questionnaire,
};

fn main() {
    divan::main();
}

fn default_q() -> Questionnaire {
    parse_questionnaire(DEFAULT_QUESTIONNAIRE_NAME, DEFAULT_QUESTIONNAIRE).unwrap()
}

/// The richest example assessment available, or a blank one.
fn example(q: &Questionnaire) -> Assessment {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/clinical-triage-assistant.toml"
    ));
    text.ok()
        .and_then(|t| parse_assessment("example.toml", &t, q).ok())
        .unwrap_or_else(|| Assessment::new(q))
}

#[divan::bench]
fn load_default_questionnaire() -> Questionnaire {
    parse_questionnaire(
        DEFAULT_QUESTIONNAIRE_NAME,
        divan::black_box(DEFAULT_QUESTIONNAIRE),
    )
    .unwrap()
}

/// What every command does instead: read back the questionnaire loaded at build time.
#[divan::bench]
fn stored_default_questionnaire() -> Questionnaire {
    raia::questionnaire::default_questionnaire().unwrap()
}

/// Compiling both Markdown templates, which every command that loaded templates did before.
#[divan::bench]
fn compile_both_templates(b: divan::Bencher) {
    b.bench(|| {
        let t = raia::report::Templates::builtin().unwrap();
        t.check().unwrap();
        t
    });
}

#[divan::bench]
fn evaluate_example(b: divan::Bencher) {
    let q = default_q();
    let a = example(&q);
    b.bench(|| raia::engine::evaluate(divan::black_box(&q), divan::black_box(&a)));
}

#[divan::bench]
fn parse_example_assessment(b: divan::Bencher) {
    let q = default_q();
    let text = example(&q).to_toml(&q);
    b.bench(|| parse_assessment("example.toml", divan::black_box(&text), &q).unwrap());
}

#[divan::bench(args = ["md", "toml", "json", "csv", "info-request"])]
fn render_report(b: divan::Bencher, format: &str) {
    let q = default_q();
    let a = example(&q);
    let templates = raia::report::Templates::load(None).unwrap();
    let format = raia::report::Format::ALL
        .into_iter()
        .find(|f| f.name() == format)
        .unwrap();
    b.bench(|| raia::report::render(&q, &a, format, &templates).unwrap());
}
