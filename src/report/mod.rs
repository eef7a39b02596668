//! Reports: one [`Report`] model built from the questionnaire, the assessment and the
//! evaluation, rendered as Markdown and as an information-request response (tera templates),
//! as TOML and JSON (serde, never a template) and as CSV (one row per safeguard).
//!
//! Rendering is deterministic: the same inputs give byte-identical output.

use crate::assessment::Assessment;
use crate::diag::Diagnostic;
use crate::questionnaire::Questionnaire;
pub use model::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tera::{Context, ErrorKind, Kwargs, State, Tera, Value};

pub mod crosswalk;

pub mod escape;

mod model;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Toml,
    Json,
    Csv,
    InfoRequest,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Toml,
        Format::Json,
        Format::Csv,
        Format::InfoRequest,
    ];

    /// The name used on the command line (`--format`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Toml => "toml",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::InfoRequest => "info-request",
        }
    }

    /// File extension for a default output path: two parts, so a report named after the
    /// assessment (`triage.toml` gives `triage.report.json`) can never be the assessment itself,
    /// whatever the assessment's own extension, and rarely anyone else's file.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "report.md",
            Format::Toml => "report.toml",
            Format::Json => "report.json",
            Format::Csv => "report.csv",
            Format::InfoRequest => "info-request.md",
        }
    }
}

/// Renders one report. The same inputs always give byte-identical output.
pub fn render(
    q: &Questionnaire,
    a: &Assessment,
    format: Format,
    templates: &Templates,
) -> anyhow::Result<String> {
    render_on(q, a, format, templates, None)
}

/// [`render`] as of `today`: the gate failures it lists then include evidence that has expired
/// and a review that is overdue, as `raia score --gate` on that day finds them.
pub fn render_on(
    q: &Questionnaire,
    a: &Assessment,
    format: Format,
    templates: &Templates,
    today: Option<&str>,
) -> anyhow::Result<String> {
    // Only the answer lists the format reads are built (see `Report::build_for`).
    let template = match format {
        Format::Markdown => Some(REPORT_TEMPLATE),
        Format::InfoRequest => Some(INFO_REQUEST_TEMPLATE),
        _ => None,
    };
    let named = template.and_then(|name| templates.fields_alone(name));
    let (report, out) = std::thread::scope(|t| {
        // The template compiles on another thread while the answers are judged: neither needs
        // the other, and compiling the Markdown report's template was a quarter of `raia
        // report` (issue 7). Rendering waits for it, or compiles it itself without a thread.
        if let Some(name) = template.filter(|_| named.is_some()) {
            let _ = std::thread::Builder::new().spawn_scoped(t, move || {
                let _ = templates.tera(name);
            });
        }
        let report = match (format, named) {
            (Format::Csv, _) => Report::build_for(q, a, today, &|_| false),
            (_, Some(fields)) => Report::build_for(q, a, today, &|field| fields.contains(&field)),
            _ => Report::build_on(q, a, today),
        };
        let out = render_report(&report, format, templates);
        (report, out)
    });
    if is_large(&report) {
        drop_later(report);
    }
    out
}

/// Whether a report lists so many answers that freeing it takes noticeable time.
fn is_large(report: &Report) -> bool {
    // Any of the answer lists may be left empty for a format that does not read it.
    let in_sections: usize = report.sections.iter().map(|s| s.questions.len()).sum();
    report.answers_by_id.len().max(in_sections) > 1_000
}

/// Frees `value` on another thread, so a caller waiting for a large report does not also wait
/// for its thousands of small allocations to be freed: at 10,000 questions freeing the template
/// context took a quarter of rendering the Markdown report (issue 7). Without a thread, it is
/// freed here.
fn drop_later<T: Send + 'static>(value: T) {
    // On failure the closure, and the value with it, is dropped right away.
    let _ = std::thread::Builder::new()
        .name("raia-free".into())
        .spawn(move || drop(value));
}

/// A JSON document with every character a terminal could obey written as a `\uXXXX` escape
/// (every JSON document raia prints goes through it: reports, `status`, `diff`, SARIF,
/// `questions`):
/// C1 controls (U+009B is a one-byte CSI) and bidi overrides are valid in JSON strings, and
/// serde_json writes them as they are (a hostile review saw U+009B in `raia report --format
/// json` piped on). serde_json writes only double-quoted strings, where the escape reads back as
/// the same character, so the text is exact; C0 controls it escapes already.
pub(crate) fn json_terminal_safe(text: String) -> String {
    // Pretty JSON always holds line breaks, which stay: only the other unsafe characters send
    // the text through the copy below (it went through it every time, a fifth of the JSON
    // report at 10,000 questions; issue 7).
    if !has_unsafe_beyond_newlines(text.as_bytes()) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if crate::term_text::is_unsafe(c) && c != '\n' {
            out.push_str(&format!("\\u{:04X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// A rendered Markdown report without a character a terminal could obey: line breaks and tabs
/// stay, every other control and bidi override is dropped, as the `md` and `cell` filters drop
/// them. The built-in templates pass all text through those filters; this catches text a
/// template prints without one (a hostile review found the questionnaire's own words printed
/// so), in a template a team wrote too, so that `cat report.md` is always safe.
pub(crate) fn markdown_terminal_safe(text: String) -> String {
    if !has_unsafe_beyond_newlines(text.as_bytes()) {
        return text;
    }
    text.chars()
        .filter(|&c| matches!(c, '\n' | '\t') || !crate::term_text::is_unsafe(c))
        .collect()
}

/// Whether UTF-8 `bytes` hold a character [`crate::term_text::is_unsafe`] other than a line
/// break, found by its bytes: a C0 control or DEL, a C1 control (0xC2 0x80..0x9F) or a bidi
/// control (0xE2 0x80 0xAA..0xAE, 0xE2 0x81 0xA6..0xA9). In UTF-8 0xC2 and 0xE2 only ever
/// start a character, so no other character matches.
///
/// Blocks of 64 bytes are first screened for a byte that could start one, in a loop the compiler
/// turns into vector instructions: the byte-by-byte test alone was an eighth of the TOML report
/// at 10,000 questions (issue 7).
pub(crate) fn has_unsafe_beyond_newlines(bytes: &[u8]) -> bool {
    const BLOCK: usize = 64;
    bytes.chunks(BLOCK).enumerate().any(|(n, block)| {
        let suspect = block.iter().fold(false, |acc, &b| {
            acc | ((b < 0x20) & (b != b'\n')) | (b == 0x7f) | (b == 0xc2) | (b == 0xe2)
        });
        let start = n * BLOCK;
        suspect && (start..start + block.len()).any(|i| unsafe_at(bytes, i))
    })
}

/// Whether an unsafe character other than a line break starts at byte `i` of `bytes`.
fn unsafe_at(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(b'\n') | None => false,
        Some(0..=0x1f | 0x7f) => true,
        Some(0xc2) => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        Some(0xe2) => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        Some(_) => false,
    }
}

/// `value` as pretty JSON with a final line break. Written into room for the whole of a
/// common report: grown from 128 bytes by doubling, each new buffer was faulted in a page at a
/// time and copied, a tenth of `raia report --format json` (issue 7). Room not written to costs
/// nothing: the system gives memory a page at a time as it is written.
pub(crate) fn pretty_json<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<String> {
    let mut out = Vec::with_capacity(256 * 1024);
    serde_json::to_writer_pretty(&mut out, value)?;
    out.push(b'\n');
    Ok(String::from_utf8(out)?)
}

/// Renders a report already built.
pub fn render_report(
    report: &Report,
    format: Format,
    templates: &Templates,
) -> anyhow::Result<String> {
    match format {
        Format::Markdown => templates
            .render(REPORT_TEMPLATE, report)
            .map(markdown_terminal_safe)
            .map(with_marker),
        Format::InfoRequest => templates
            .render(INFO_REQUEST_TEMPLATE, report)
            .map(markdown_terminal_safe)
            .map(with_marker),
        Format::Toml => Ok(sealed(
            toml_terminal_safe(toml::to_string_pretty(report)?),
            false,
        )),
        Format::Json => Ok(sealed(json_terminal_safe(pretty_json(report)?), true)),
        Format::Csv => safeguards_csv(report),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::prelude::*;

    proptest::proptest! {
        /// Finding an unsafe character by its bytes finds what decoding the characters finds.
        #[test]
        fn unsafe_characters_are_found_by_their_bytes(
            // Long runs put characters across the 64-byte blocks the search screens.
            lead in "[ -~\n]{0,130}",
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    "[ -~\n]{0,8}",
                    proptest::char::range('\u{0}', '\u{3000}').prop_map(String::from),
                    proptest::sample::select(vec!['\u{9b}', '\u{85}', '\u{a0}', '\u{202a}',
                        '\u{202e}', '\u{202f}', '\u{2029}', '\u{2066}', '\u{2069}', '\u{206a}',
                        '→', '…', '\u{7f}', '\t', '\r']).prop_map(String::from),
                ],
                0..12,
            )
        ) {
            let text = lead + &parts.concat();
            let by_chars = text.chars().any(|c| crate::term_text::is_unsafe(c) && c != '\n');
            prop_assert_eq!(has_unsafe_beyond_newlines(text.as_bytes()), by_chars);
        }
    }

    #[test]
    fn unclosed_block_points_at_the_innermost_open_tag() {
        assert_eq!(unclosed_block("{% if a %}x{% endif %}"), None);
        assert_eq!(
            unclosed_block("{% if a %}\n  {%- for x in xs -%}\n{% endif %}"),
            // The `endif` does not close the `for`, so the `for` is what is left open.
            Some((2, 3, "for".to_string()))
        );
        assert_eq!(
            unclosed_block("{% for x in xs %}{% endfor %}\n{% if b %}"),
            Some((2, 1, "if".to_string()))
        );
        assert_eq!(unclosed_block("{% set x = 1 %}{% if a %}{% endif %}"), None);
        assert_eq!(
            unclosed_block("{% set x %}captured"),
            Some((1, 1, "set".to_string()))
        );
        // Tags inside raw are text.
        assert_eq!(unclosed_block("{% raw %}{% if %}{% endraw %}"), None);
    }

    #[test]
    fn built_in_templates_parse() -> anyhow::Result<()> {
        let t = Templates::builtin()?;
        t.check()?;
        // Each compiles on its own too, as they are compiled when first used.
        for (name, text) in BUILTIN_TEMPLATES {
            compile(&[(name, text.to_string().into(), TemplateSource::BuiltIn)])?;
        }
        assert_eq!(t.source(REPORT_TEMPLATE), Some(&TemplateSource::BuiltIn));
        assert_eq!(
            t.source(INFO_REQUEST_TEMPLATE),
            Some(&TemplateSource::BuiltIn)
        );
        Ok(())
    }
}

mod out;
mod spreadsheet;
mod templates;
mod toml_text;

pub(crate) use toml_text::{breaks_lines_with_crlf, toml_terminal_safe, with_crlf_line_breaks};

pub use out::*;
pub use spreadsheet::*;
pub use templates::*;
