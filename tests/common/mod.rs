//! Helpers shared by the integration tests.
#![allow(dead_code)]

use raia::questionnaire::{Questionnaire, parse_questionnaire};

/// The example questionnaire embedded in docs/questionnaire-format.md.
pub fn docs_example_text() -> String {
    let doc = include_str!("../../docs/questionnaire-format.md");
    let start = doc
        .find("## A small complete example")
        .expect("example heading");
    let rest = &doc[start..];
    let open = rest.find("```toml\n").expect("toml block") + "```toml\n".len();
    let close = rest[open..].find("```").expect("closing fence");
    rest[open..open + close].to_string()
}

pub fn docs_example() -> Questionnaire {
    parse_questionnaire("docs-example.toml", &docs_example_text()).expect("docs example loads")
}
