//! SARIF 2.1.0 output for CI: each gate finding as a result on the assessment file's own line,
//! so code review shows it as an annotation there. The words come from `crate::explain`; the
//! findings from `Evaluation::gate_findings`. Nothing here decides anything.

use crate::assessment::Assessment;
use crate::assessment::locate::Locator;
use crate::diag::Diagnostic;
use crate::engine::{Evaluation, GateFinding};
use crate::questionnaire::Questionnaire;
use serde_json::{Value, json};

/// The rule for a file that does not load: an error, not a finding.
const LOAD_ERROR: &str = "file-does-not-load";

/// A SARIF log being built: one run of raia over one or more assessment files.
#[derive(Default)]
pub struct Log {
    rules: Vec<(String, String)>,
    results: Vec<Value>,
}

impl Log {
    pub fn new() -> Self {
        Self::default()
    }

    fn rule(&mut self, id: &str, description: String) -> usize {
        match self.rules.iter().position(|(r, _)| r == id) {
            Some(i) => i,
            None => {
                self.rules.push((id.to_string(), description));
                self.rules.len() - 1
            }
        }
    }

    fn push(&mut self, rule: usize, level: &str, text: String, uri: &str, line: usize) {
        self.results.push(json!({
            "ruleId": self.rules.get(rule).map_or("", |r| &r.0),
            "ruleIndex": rule,
            "level": level,
            "message": { "text": text },
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri_reference(uri) },
                    "region": { "startLine": line }
                }
            }]
        }));
    }

    /// Adds each finding of a failed gate on `path` (whose text is `text`), one result per
    /// answer, safeguard or requirement it is about.
    pub fn add_findings(
        &mut self,
        q: &Questionnaire,
        a: &Assessment,
        e: &Evaluation,
        findings: &[GateFinding],
        path: &str,
        text: &str,
    ) {
        let at = Locator::new(text);
        for f in findings {
            let rule = self.rule(
                f.failure.rule_id(),
                crate::explain::gate_rule(&f.failure, q),
            );
            for subject in &f.subjects {
                let words = crate::explain::gate_finding(q, a, e, &f.failure, subject);
                self.push(
                    rule,
                    "error",
                    crate::explain::capital(&words),
                    path,
                    at.subject_line(q, e, subject),
                );
            }
        }
    }

    /// Adds a file that does not load, at the line its first problem names.
    pub fn add_load_error(&mut self, path: &str, problems: &[Diagnostic], fallback: &str) {
        let rule = self.rule(
            LOAD_ERROR,
            "The assessment file does not load: raia cannot judge it".to_string(),
        );
        if problems.is_empty() {
            self.push(rule, "error", fallback.to_string(), path, 1);
        }
        for d in problems {
            let text = if d.help.is_empty() {
                d.message.clone()
            } else {
                format!("{} ({})", d.message, d.help)
            };
            self.push(rule, "error", text, path, d.line.max(1));
        }
    }

    /// The SARIF 2.1.0 document.
    pub fn to_json(&self) -> Value {
        let rules: Vec<Value> = self
            .rules
            .iter()
            .map(|(id, description)| {
                json!({
                    "id": id,
                    "shortDescription": { "text": description },
                    "defaultConfiguration": { "level": "error" }
                })
            })
            .collect();
        json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {
                    "driver": {
                        "name": "raia",
                        "version": env!("CARGO_PKG_VERSION"),
                        "rules": rules
                    }
                },
                "results": self.results
            }]
        })
    }

    /// The document as text, with a final line break.
    pub fn to_text(&self) -> String {
        // Serialising a serde_json::Value to a string cannot fail.
        crate::report::json_terminal_safe(
            serde_json::to_string_pretty(&self.to_json()).unwrap_or_default() + "\n",
        )
    }
}

/// A path as a SARIF URI reference: forward slashes, and anything outside the unreserved
/// characters percent-encoded, so "my assessments/x.toml" is still a valid reference.
fn uri_reference(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.strip_prefix("./").map_or(out.clone(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::uri_reference;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri_reference("./examples/a b.toml"), "examples/a%20b.toml");
        assert_eq!(uri_reference("dir\\x.toml"), "dir/x.toml");
        assert_eq!(uri_reference("é.toml"), "%C3%A9.toml");
    }
}
