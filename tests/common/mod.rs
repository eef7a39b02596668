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

/// Characters a terminal obeys rather than shows, other than the line break and tab that
/// multi-line messages keep: C0 controls, DEL, C1 controls (0x9b is a one-byte CSI), and the bidi
/// embeddings, overrides and isolates. Defined here, independently of raia's own list.
pub fn obeyed_by_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Fails when `bytes` (the stdout or stderr of `what`) is not UTF-8 or holds a character a
/// terminal would obey.
pub fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    // A carriage return right before a line break ends the line, as the break alone does: CSV
    // keeps Windows line breaks in a cell exactly.
    let text = text.replace("\r\n", "\n");
    if let Some((i, c)) = text.char_indices().find(|(_, c)| obeyed_by_terminal(*c)) {
        panic!(
            "{what}: {:?} reaches the terminal at byte {i} of:\n{text:?}",
            c
        );
    }
}

/// Text as hostile as a shared file can hold: letters and spaces mixed with C0 and C1 controls
/// and bidi overrides, with at least one character a terminal would obey.
pub fn hostile_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let obeyed: Vec<char> = (0u32..0x20)
        .chain([0x7f])
        .chain(0x80..0xa0)
        .chain([0x202a, 0x202e, 0x2066, 0x2069])
        .filter_map(char::from_u32)
        .filter(|c| obeyed_by_terminal(*c))
        .collect();
    let mix = prop_oneof![
        3 => prop::char::range('a', 'z'),
        1 => Just(' '),
        1 => Just('\n'),
        2 => prop::sample::select(obeyed.clone()),
    ];
    (
        prop::collection::vec(mix, 0..12),
        prop::sample::select(obeyed),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(mut chars, bad, at)| {
            chars.insert(at.index(chars.len() + 1), bad);
            chars.into_iter().collect()
        })
}

/// The docs example questionnaire with `extra` appended to every piece of text a person reads
/// (titles, prompts, labels, help, policy name...), as a hostile shared questionnaire would.
pub fn hostile_questionnaire_text(extra: &str) -> String {
    fn walk(v: &mut toml::Value, extra: &str) {
        const TEXT: &[&str] = &[
            "title",
            "description",
            "summary",
            "clause",
            "good",
            "prompt",
            "help",
            "label",
            "intro",
            "note_hint",
            "placeholder",
            "name",
        ];
        match v {
            toml::Value::Table(t) => {
                for (k, v) in t.iter_mut() {
                    match v {
                        toml::Value::String(s) if TEXT.contains(&k.as_str()) => s.push_str(extra),
                        // The words a questionnaire gives its own terms reach every report.
                        toml::Value::Table(words)
                            if matches!(k.as_str(), "vocabulary" | "terms") =>
                        {
                            for (_, w) in words.iter_mut() {
                                if let toml::Value::String(s) = w {
                                    s.push_str(extra);
                                }
                            }
                        }
                        _ => walk(v, extra),
                    }
                }
            }
            toml::Value::Array(items) => items.iter_mut().for_each(|i| walk(i, extra)),
            _ => {}
        }
    }
    let mut v: toml::Value = toml::from_str(&docs_example_text()).expect("docs example is TOML");
    // The questionnaire's own names for the tiers reach status, diff and every report.
    if let toml::Value::Table(t) = &mut v {
        let words: toml::Table = [
            ("tier_low", "low"),
            ("tier_medium", "medium"),
            ("tier_high", "high"),
            ("tier_prohibited", "prohibited"),
        ]
        .into_iter()
        .map(|(k, w)| (k.to_string(), toml::Value::String(w.to_string())))
        .collect();
        t.entry("vocabulary").or_insert(toml::Value::Table(words));
    }
    walk(&mut v, extra);
    toml::to_string(&v).expect("serialises")
}

/// A TOML string literal.
pub fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// The second, non-AWS questionnaire in tests/fixtures: every feature of the format, its own words.
pub fn eu_example() -> Questionnaire {
    parse_questionnaire(
        "eu-ai-act-screening.toml",
        include_str!("../fixtures/eu-ai-act-screening.toml"),
    )
    .expect("the EU screening example loads")
}

/// Asserts that every diagnostic points at a real place in `text`: a line the text has (or the
/// line just after a final newline) and a column within that line, counted in characters. A
/// located error that points outside the file sends the user looking for nothing.
pub fn assert_located_within(text: &str, diags: &[raia::diag::Diagnostic]) {
    assert!(
        !diags.is_empty(),
        "an error must come with at least one diagnostic"
    );
    let lines: Vec<&str> = text.split('\n').collect();
    for d in diags {
        assert!(
            d.line >= 1 && d.line <= lines.len(),
            "line {} is outside the text's {} lines: {d:?}",
            d.line,
            lines.len()
        );
        let width = lines[d.line - 1].chars().count();
        assert!(
            d.column >= 1 && d.column <= width + 1,
            "column {} is outside line {} ({width} characters): {d:?}",
            d.column,
            d.line
        );
        assert!(!d.help.is_empty(), "no help for {d:?}");
    }
}
