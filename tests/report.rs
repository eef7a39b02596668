//! Reports: every format renders, machine formats parse back, output is deterministic, user
//! text cannot break the Markdown, sign-offs go stale, incomplete assessments say so, and
//! template overrides are used or rejected with a located error.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

mod common;

use proptest::prelude::*;
use raia::answer::Answer;
use raia::assessment::{Assessment, SafeguardEntry, SafeguardStatus, SignOff};
use raia::questionnaire::{Questionnaire, Tier};
use raia::report::{
    CSV_HEADER, Format, REPORT_SCHEMA_VERSION, Report, Templates, render, render_on,
};

/// A Markdown report's text: `above`, then raia's marker line with the checksum of `above`.
fn with_marker(above: &str) -> String {
    format!("{above}{}\n", raia::report::markdown_marker(above))
}

/// `text` with the checksum in raia's marker line replaced by `[SHA256]`, so a snapshot shows
/// the line without changing whenever any other line does (the checksum is tested on its own).
fn redact_seal(text: &str) -> String {
    match text.rfind("sha256:") {
        Some(i) if text.len() >= i + 7 + 64 => {
            format!("{}[SHA256]{}", &text[..i + 7], &text[i + 7 + 64..])
        }
        _ => text.to_string(),
    }
}

/// The built-in questionnaire and one of the repository's assessments read against it.
fn builtin_case(path: &str) -> (Questionnaire, Assessment) {
    let q = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let a = raia::assessment::read_assessment(&path, &q).unwrap();
    (q, a)
}

fn q() -> Questionnaire {
    common::docs_example()
}

fn builtin() -> Templates {
    Templates::builtin().expect("built-in templates parse")
}

/// A hiring assistant that decides on its own (with the note that answer needs), one safeguard
/// recorded with evidence and one required safeguard missing.
fn realistic(q: &Questionnaire) -> Assessment {
    let mut a = Assessment::new(q);
    a.metadata.system = "Candidate screening assistant".into();
    a.metadata.description = "Ranks job applications for open engineering roles and rejects those \
                              that miss the hard requirements (work authorisation, location)."
        .into();
    a.metadata.organisation = "Example Corp".into();
    a.metadata.owner_team = "Talent Platform".into();
    a.metadata.assessor = "Dana Reviewer".into();
    a.metadata.contact = "talent-platform@example.com".into();
    a.metadata.created = "2026-01-12".into();
    a.metadata.updated = "2026-02-03".into();
    a.answers
        .insert("voice-clone".into(), Answer::Choice("no".into()));
    a.answers.insert("hiring".into(), Answer::Bool(true));
    a.answers
        .insert("role".into(), Answer::Choice("decides".into()));
    a.notes.insert(
        "role".into(),
        "Rejections for missing work authorisation are automatic; a recruiter reviews every other outcome."
            .into(),
    );
    a.answers.insert(
        "owner".into(),
        Answer::Text("Head of Talent Acquisition".into()),
    );
    a.safeguards.insert(
        "named-owner".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: "RACI: https://wiki.example.com/talent/raci".into(),
        },
    );
    a
}

/// Answers that leave a required question open and a required note unwritten.
fn incomplete(q: &Questionnaire) -> Assessment {
    let mut a = Assessment::new(q);
    a.metadata.system = "Half done".into();
    a.answers.insert("hiring".into(), Answer::Bool(true));
    a.answers
        .insert("role".into(), Answer::Choice("decides".into()));
    a
}

fn signoff(name: &str, hash: &str) -> SignOff {
    SignOff {
        name: name.into(),
        role: "Risk reviewer".into(),
        date: "2026-02-04".into(),
        decision: Some(raia::assessment::Decision::Approved),
        comment: String::new(),
        assessment_hash: hash.into(),
        questionnaire_version: String::new(),
        questionnaire_hash: String::new(),
    }
}

fn all_formats(q: &Questionnaire, a: &Assessment) -> Vec<(Format, String)> {
    let t = builtin();
    Format::ALL
        .iter()
        .map(|f| {
            (
                *f,
                render(q, a, *f, &t).unwrap_or_else(|e| panic!("{} fails: {e:#}", f.name())),
            )
        })
        .collect()
}

#[test]
fn every_format_renders_the_result() {
    let q = q();
    let a = realistic(&q);
    let hash = a.answers_hash(&q);
    for (f, out) in all_formats(&q, &a) {
        assert!(out.ends_with('\n'), "{} ends with a newline", f.name());
        assert!(
            out.contains(&hash),
            "{} carries the assessment hash",
            f.name()
        );
        match f {
            Format::Markdown => {
                assert!(
                    out.starts_with("# Responsible AI assessment: Candidate screening assistant\n")
                );
                assert!(out.contains("**Result: HIGH.**"));
                assert!(
                    out.contains(
                        "A trained person reviews every rejection before it takes effect."
                    )
                );
                assert!(out.contains("not legal advice"));
            }
            Format::InfoRequest => {
                assert!(
                    out.starts_with(
                        "# Intended use and compliance: Candidate screening assistant\n"
                    )
                );
                assert!(out.contains("**HIGH.**"));
                // Intended use falls back to the description; other slots say they are absent.
                assert!(out.contains("**Intended use.** Ranks job applications"));
                assert!(out.contains("**Models.** Not stated in the assessment."));
                assert!(out.contains("not legal advice"));
            }
            Format::Csv => assert!(out.starts_with("id,title,requirement,")),
            Format::Toml => assert!(out.contains("tier = \"high\"")),
            Format::Json => assert!(out.contains("\"tier\": \"high\"")),
        }
    }
}

#[test]
fn toml_and_json_parse_back_with_schema_version_tier_and_hash() {
    let q = q();
    let a = realistic(&q);
    let t = builtin();
    let toml_text = render(&q, &a, Format::Toml, &t).unwrap();
    let json_text = render(&q, &a, Format::Json, &t).unwrap();
    let tv: toml::Value = toml::from_str(&toml_text).expect("report TOML parses");
    let jv: serde_json::Value = serde_json::from_str(&json_text).expect("report JSON parses");
    assert_eq!(
        tv["schema_version"].as_integer(),
        Some(i64::from(REPORT_SCHEMA_VERSION))
    );
    assert_eq!(jv["schema_version"], REPORT_SCHEMA_VERSION);
    assert_eq!(tv["tier"].as_str(), Some("high"));
    assert_eq!(jv["tier"], "high");
    assert_eq!(
        tv["assessment_hash"].as_str(),
        Some(a.answers_hash(&q).as_str())
    );
    assert_eq!(jv["assessment_hash"], a.answers_hash(&q));
    assert_eq!(
        jv["generator"],
        format!("raia {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(jv["questionnaire"]["hash"], q.content_hash);
    // The two serialisations carry the same model, each with the checksum of its own text.
    let mut from_toml: serde_json::Value = serde_json::to_value(&tv).unwrap();
    let mut jv = jv;
    let seals = [&mut from_toml, &mut jv].map(|v| {
        v.as_object_mut()
            .unwrap()
            .remove("report_sha256")
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    });
    assert!(seals.iter().all(|h| h.len() == 64), "{seals:?}");
    assert_ne!(seals[0], seals[1]);
    assert_eq!(from_toml, jv);
    // Answers are reachable by question id, with prompt, answer text and note.
    assert_eq!(jv["answers_by_id"]["role"]["answer"], "Decides on its own");
    assert!(
        jv["answers_by_id"]["role"]["note"]
            .as_str()
            .unwrap()
            .starts_with("Rejections")
    );
    assert_eq!(jv["gaps"][0]["safeguard"], "human-review");
    // With the answer that comes with it (the system recommends; a person decides), the
    // autonomy points go too, not only the safeguard's credit.
    assert_eq!(jv["gaps"][0]["score_after"], 2);
}

#[test]
fn the_same_inputs_give_byte_identical_output() {
    let q = q();
    let mut a = realistic(&q);
    a.signoff.push(signoff("Sam", &a.answers_hash(&q)));
    let first = all_formats(&q, &a);
    let second = all_formats(&q, &a);
    for ((f, x), (_, y)) in first.iter().zip(&second) {
        assert_eq!(x, y, "{} differs between two renders", f.name());
    }
    // A fresh Templates (new tera instance, new hash seeds) gives the same bytes too.
    let t = Templates::builtin().unwrap();
    assert_eq!(render(&q, &a, Format::Markdown, &t).unwrap(), first[0].1);
}

#[test]
fn report_model_lists_visible_and_hidden_answers_separately() {
    let q = q();
    let mut a = realistic(&q);
    // "role" is shown only when hiring = yes; with hiring = no its answer is kept, not counted.
    a.answers.insert("hiring".into(), Answer::Bool(false));
    let r = Report::build(&q, &a);
    let visible: Vec<&str> = r
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(visible, ["voice-clone", "hiring", "owner"]);
    assert_eq!(
        r.not_counted
            .iter()
            .map(|x| x.id.as_str())
            .collect::<Vec<_>>(),
        ["role"]
    );
    assert!(!r.answers_by_id.contains_key("role"));
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(md.contains("### Answers kept but not counted"));
    assert!(md.contains("- What does the system do in the decision? (`role`): Decides on its own"));
}

const HOSTILE_NAME: &str = "# Owned | x\n## y";
const HOSTILE_TEXT: &str = "a | b || c\n# heading?\n- list\n1. numbered\n```\ncode\n```\n<script>alert(1)</script>\n> quote\n\n\n    indented\n===";

fn hostile(q: &Questionnaire) -> Assessment {
    let mut a = realistic(q);
    a.metadata.system = HOSTILE_NAME.into();
    a.metadata.description = HOSTILE_TEXT.into();
    a.metadata.organisation = "| Org |".into();
    a.metadata.owner_team = "`team`".into();
    a.answers
        .insert("owner".into(), Answer::Text(HOSTILE_TEXT.into()));
    a.notes.insert("role".into(), HOSTILE_TEXT.into());
    a.safeguards.insert(
        "named-owner".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: HOSTILE_TEXT.into(),
        },
    );
    a.signoff.push(SignOff {
        name: HOSTILE_NAME.into(),
        role: "| r |".into(),
        date: "2026-02-04".into(),
        decision: Some(raia::assessment::Decision::Rejected),
        comment: String::new(),
        assessment_hash: "x` | y".into(),
        questionnaire_version: String::new(),
        questionnaire_hash: String::new(),
    });
    a
}

/// Counts the cell separators of a table row: `|` not escaped by an odd run of backslashes.
fn columns(row: &str) -> usize {
    let mut n = 0;
    let mut backslashes = 0;
    for c in row.chars() {
        if c == '|' && backslashes % 2 == 0 {
            n += 1;
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    n
}

/// Every table keeps the column count of its header row.
fn assert_tables_intact(doc: &str) {
    let mut header: Option<usize> = None;
    for line in doc.lines() {
        if line.starts_with('|') {
            let n = columns(line);
            match header {
                None => header = Some(n),
                Some(h) => assert_eq!(n, h, "table row lost its shape: {line}"),
            }
        } else {
            header = None;
        }
    }
}

fn headings(doc: &str) -> Vec<&str> {
    let mut in_fence = false;
    doc.lines()
        .filter(|l| {
            if l.starts_with("```") {
                in_fence = !in_fence;
            }
            !in_fence && l.starts_with('#')
        })
        .collect()
}

#[test]
fn hostile_text_cannot_break_headings_tables_or_inject_html() {
    let q = q();
    let a = hostile(&q);
    let benign = realistic(&q);
    let t = builtin();
    for f in [Format::Markdown, Format::InfoRequest] {
        let out = render(&q, &a, f, &t).unwrap();
        let calm = render(&q, &benign, f, &t).unwrap();
        assert_tables_intact(&out);
        // The same headings as with ordinary text, apart from the system name in the title.
        let h = headings(&out);
        let h_calm = headings(&calm);
        assert_eq!(
            h.len(),
            h_calm.len(),
            "{}: headings added or lost:\n{h:#?}",
            f.name()
        );
        assert_eq!(h[1..], h_calm[1..], "{}", f.name());
        assert!(
            h[0].ends_with(": \\# Owned \\| x<br>\\#\\# y"),
            "{}: {}",
            f.name(),
            h[0]
        );
        for line in out.lines() {
            assert!(!line.starts_with("## y"), "user text became a heading");
            assert!(
                !line.starts_with("- list") && !line.starts_with("1. numbered"),
                "user text became a list: {line}"
            );
            assert!(
                !line.starts_with("> quote") && !line.starts_with("    indented"),
                "user text became a block: {line}"
            );
            assert!(
                !line.starts_with("==="),
                "user text became a heading underline"
            );
        }
        assert!(
            !out.contains("<script>"),
            "{}: raw HTML passed through",
            f.name()
        );
        assert!(
            out.contains("\\<script\\>alert(1)\\</script\\>"),
            "{}: the text is still shown",
            f.name()
        );
        // Only the template's own code fence (the sign-off snippet in the report) remains.
        let fences = out.lines().filter(|l| l.starts_with("```")).count();
        let calm_fences = calm.lines().filter(|l| l.starts_with("```")).count();
        assert_eq!(
            fences,
            calm_fences,
            "{}: user text opened a code block",
            f.name()
        );
    }
}

#[test]
fn hostile_text_survives_the_machine_formats_exactly() {
    let q = q();
    let a = hostile(&q);
    let t = builtin();
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    assert_eq!(jv["metadata"]["system"], HOSTILE_NAME);
    assert_eq!(jv["answers_by_id"]["owner"]["answer"], HOSTILE_TEXT);
    let tv: toml::Value = toml::from_str(&render(&q, &a, Format::Toml, &t).unwrap()).unwrap();
    assert_eq!(tv["metadata"]["description"].as_str(), Some(HOSTILE_TEXT));
}

#[test]
fn signoffs_are_current_or_stale() {
    let q = q();
    let mut a = realistic(&q);
    let old = a.answers_hash(&q);
    // Sam approved earlier answers; then a note changed and Kim approved the new ones.
    a.signoff.push(signoff("Sam Earlier", &old));
    a.notes.insert(
        "role".into(),
        "A recruiter now reviews every rejection.".into(),
    );
    let now = a.answers_hash(&q);
    assert_ne!(old, now);
    a.signoff.push(signoff("Kim Current", &now));

    let r = Report::build(&q, &a);
    let states: Vec<(&str, bool, &str)> = r
        .signoffs
        .iter()
        .map(|s| (s.name.as_str(), s.current, s.state.as_str()))
        .collect();
    assert_eq!(
        states,
        [
            ("Sam Earlier", false, "STALE"),
            ("Kim Current", true, "current")
        ]
    );

    let t = builtin();
    let md = render(&q, &a, Format::Markdown, &t).unwrap();
    let row = |name: &str| {
        md.lines()
            .find(|l| l.starts_with(&format!("| {name} |")))
            .unwrap()
            .to_string()
    };
    assert!(
        row("Sam Earlier").ends_with("| **STALE** |"),
        "{}",
        row("Sam Earlier")
    );
    assert!(
        row("Kim Current").ends_with("| current |"),
        "{}",
        row("Kim Current")
    );
    assert!(
        md.contains(
            "- **Sign-off:** current: approved by Kim Current (given while 1 safeguard the policy requires is not in place), 1 STALE (given for earlier answers)."
        ),
        "{md}"
    );

    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(info.contains("| Kim Current | Risk reviewer | 2026-02-04 | approved |"));
    assert!(
        !info.contains("Sam Earlier"),
        "a stale sign-off is not presented as approval"
    );
    assert!(info.contains("1 earlier sign-off was given for different answers and is STALE."));

    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    assert_eq!(jv["signoffs"][0]["current"], false);
    assert_eq!(jv["signoffs"][1]["current"], true);
}

#[test]
fn incomplete_assessments_say_so_in_every_format() {
    let q = q();
    let a = incomplete(&q);
    let r = Report::build(&q, &a);
    assert!(!r.status.complete);
    assert_eq!(
        r.status
            .unanswered
            .iter()
            .map(|u| u.id.as_str())
            .collect::<Vec<_>>(),
        ["voice-clone"]
    );
    assert_eq!(r.status.notes_missing[0].id, "role");
    assert_eq!(
        r.status.notes_missing[0].hint,
        "Say why no person reviews the decision."
    );
    for (f, out) in all_formats(&q, &a) {
        match f {
            Format::Markdown => {
                assert!(out.contains("> **Incomplete assessment:** 1 required question unanswered and 1 required note missing."));
                assert!(out.contains("## What is missing"));
                assert!(out.contains("- Does the system reproduce a real person's voice? (`voice-clone`, section The use case)"));
                assert!(
                    out.contains("The note should cover: Say why no person reviews the decision.")
                );
                assert!(out.contains("- Answer: **not answered (required)**"));
                assert!(out.contains("- Note: **required but missing**"));
            }
            Format::InfoRequest => {
                assert!(
                    out.contains("> **Draft: the assessment behind this response is incomplete.**")
                );
            }
            Format::Toml => {
                let v: toml::Value = toml::from_str(&out).unwrap();
                assert_eq!(v["status"]["complete"].as_bool(), Some(false));
                assert_eq!(
                    v["status"]["unanswered"][0]["id"].as_str(),
                    Some("voice-clone")
                );
            }
            Format::Json => {
                let v: serde_json::Value = serde_json::from_str(&out).unwrap();
                assert_eq!(v["status"]["complete"], false);
                assert_eq!(v["status"]["label"], "incomplete");
            }
            Format::Csv => {
                let mut rd = csv::Reader::from_reader(out.as_bytes());
                for row in rd.records() {
                    assert_eq!(&row.unwrap()[14], "incomplete");
                }
            }
        }
    }
    // And a complete one says it is complete.
    let done = render(&q, &realistic(&q), Format::Csv, &builtin()).unwrap();
    assert!(done.lines().skip(1).all(|l| l.contains(",complete,")));
}

#[test]
fn csv_has_one_row_per_safeguard_and_round_trips() {
    let q = q();
    let mut a = realistic(&q);
    let evidence = "Review log, \"weekly\"\nsecond line, with commas";
    a.safeguards.insert(
        "human-review".into(),
        SafeguardEntry {
            status: SafeguardStatus::Planned,
            evidence: evidence.into(),
        },
    );
    a.safeguards.insert(
        "named-owner".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: "=HYPERLINK(\"http://evil\")".into(),
        },
    );
    let out = render(&q, &a, Format::Csv, &builtin()).unwrap();
    let mut rd = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(rd.headers().unwrap().iter().collect::<Vec<_>>(), CSV_HEADER);
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), q.safeguards.len());
    let row = |id: &str| rows.iter().find(|r| &r[0] == id).unwrap().clone();
    let hr = row("human-review");
    assert_eq!(
        hr.iter().collect::<Vec<_>>(),
        [
            "human-review",
            "Human review of adverse decisions",
            "human-oversight",
            "Responsible AI requirements",
            "true",
            "planned",
            "planned",
            "policy",
            "must",
            "assessment",
            evidence,
            "required because the use involves a consequential decision (Hiring and termination)",
            "3",
            "",
            "complete",
            a.answers_hash(&q).as_str(),
            "false",
            "false",
            "required by the policy",
            "true",
            "",
            "",
            "planned, but with no owner and no target date: record both beside its status",
        ]
    );
    // A cell that a spreadsheet would run as a formula is kept as text.
    assert_eq!(&row("named-owner")[10], "'=HYPERLINK(\"http://evil\")");
    // A recommendation reads as one, never as the policy's requirement: called for by this use
    // (`required`), but no obligation of the policy.
    assert_eq!(&row("named-owner")[7], "practice");
    assert_eq!(&row("named-owner")[4], "true");
    assert_eq!(&row("named-owner")[19], "false");

    // A safeguard this use does not require still has its row.
    let mut low = Assessment::new(&q);
    low.answers
        .insert("voice-clone".into(), Answer::Choice("no".into()));
    low.answers.insert("hiring".into(), Answer::Bool(false));
    let out = render(&q, &low, Format::Csv, &builtin()).unwrap();
    let mut rd = csv::Reader::from_reader(out.as_bytes());
    let required: Vec<(String, String)> = rd
        .records()
        .map(|r| r.unwrap())
        .map(|r| (r[0].to_string(), r[4].to_string()))
        .collect();
    assert_eq!(
        required,
        [
            ("named-owner".to_string(), "true".to_string()),
            ("human-review".to_string(), "false".to_string())
        ]
    );
}

#[test]
fn a_prohibited_use_is_reported_as_such() {
    let q = q();
    let mut a = realistic(&q);
    a.answers
        .insert("voice-clone".into(), Answer::Choice("no-consent".into()));
    let t = builtin();
    let md = render(&q, &a, Format::Markdown, &t).unwrap();
    assert!(
        md.contains("**Result: PROHIBITED.** Prohibited: the answers confirm a prohibited use")
    );
    assert!(md.contains(
        "| **Likeness without consent**<br>Prohibitions | **CONFIRMED: must not proceed** | Does the system reproduce a real person's voice? → Yes, without consent |"
    ));
    assert!(md.contains("> A confirmed prohibited use cannot be made acceptable by safeguards."));
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(info.contains(
        "| Likeness without consent (Prohibitions) | **The assessment records this use** (Does the system reproduce a real person's voice? → Yes, without consent). Under the policy the system must not be used this way. |"
    ));
    // The next action is to stop the use, not to add safeguards.
    assert!(md.contains("- **Next actions:** stop or redesign the prohibited use (Likeness without consent); no safeguard makes it acceptable."));
}

#[test]
fn template_override_from_a_directory_is_used() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("report.md.tera"),
        "Custom report for {{ metadata.system | cell }}: {{ tier }}\n",
    )
    .unwrap();
    let t = Templates::load(Some(dir.path())).unwrap();
    let q = q();
    let mut a = realistic(&q);
    a.metadata.system = "Sys | tem".into();
    assert_eq!(
        render(&q, &a, Format::Markdown, &t).unwrap(),
        with_marker("Custom report for Sys \\| tem: high\n\n")
    );
    // The other template stays built in.
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(info.starts_with("# Intended use and compliance: Sys \\| tem\n"));
    assert_eq!(
        t.source("report.md.tera"),
        Some(&raia::report::TemplateSource::File(
            dir.path().join("report.md.tera")
        ))
    );
    assert_eq!(
        t.source("information-request.md.tera"),
        Some(&raia::report::TemplateSource::BuiltIn)
    );
}

#[test]
fn a_broken_override_gives_a_located_error_with_a_fix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.md.tera");
    std::fs::write(&path, "# Report\n{% if status.complete %}\nComplete.\n").unwrap();
    let err = Templates::load(Some(dir.path())).unwrap_err().to_string();
    let p = path.display();
    assert_eq!(
        err,
        format!(
            "{p}:2:1: template syntax error: this {{% if %}} is never closed\n  help: add {{% endif %}} where the block should end; or remove {p} to use the built-in template"
        )
    );

    std::fs::write(&path, "ok\n  {{ metadata.system | }}\n").unwrap();
    let err = Templates::load(Some(dir.path())).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "{p}:2:24: template syntax error: Found `}}}}` but expected identifier.\n  help: fix the template syntax at this position (tera 2: {{{{ value | filter }}}}, {{% if cond %}}...{{% endif %}}, {{% for x in list %}}...{{% endfor %}}); or remove {p} to use the built-in template"
        )
    );
}

#[test]
fn a_template_that_reads_a_missing_field_fails_at_render_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("information-request.md.tera");
    std::fs::write(&path, "Hello\n{{ metadata.nickname }}\n").unwrap();
    let t = Templates::load(Some(dir.path())).unwrap();
    let q = q();
    let err = render(&q, &realistic(&q), Format::InfoRequest, &t)
        .unwrap_err()
        .to_string();
    let p = path.display();
    assert!(
        err.starts_with(&format!(
            "{p}:2:13: template error while rendering: Field `nickname` is not defined."
        )),
        "{err}"
    );
    assert!(
        err.contains("help: use only fields of the report model"),
        "{err}"
    );
}

#[test]
fn a_missing_templates_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let err = Templates::load(Some(&missing)).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "{}: templates directory not found",
            missing.display()
        )),
        "{err}"
    );
}

#[test]
fn snapshot_of_a_realistic_report() {
    let q = q();
    let mut a = realistic(&q);
    a.signoff.push(signoff(
        "Sam Earlier",
        "0000000000000000000000000000000000000000000000000000000000000000",
    ));
    let t = builtin();
    insta::assert_snapshot!(
        "report_md",
        redact_seal(&render(&q, &a, Format::Markdown, &t).unwrap())
    );
    insta::assert_snapshot!(
        "information_request_md",
        redact_seal(&render(&q, &a, Format::InfoRequest, &t).unwrap())
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever people type, the report keeps its headings and its tables keep their columns.
    #[test]
    fn any_text_keeps_the_markdown_structure(
        name in "\\PC{0,30}",
        text in "[a-z|#`<>*_\\[\\]\\\\\n\r\t -=+0-9.)~$!]{0,60}",
    ) {
        let q = q();
        let calm = realistic(&q);
        let mut a = realistic(&q);
        a.metadata.system = format!("x{name}");
        a.metadata.description = text.clone();
        // An owner named, whatever follows (a letter alone names no one).
        a.answers.insert("owner".into(), Answer::Text(format!("Dana Reyes, Head of Talent Acquisition and Hiring Operations at Example Ltd {text}")));
        // A note that says something whatever follows (a note of "n" alone now counts as none).
        a.notes.insert("role".into(), format!("Reviewed by Sam Ortiz: {text}"));
        // Evidence that says something whatever follows ("-x :" alone is none, and rightly
        // opens a gap of its own: a heading the calm report does not have; nor may a short one
        // end in what reads as an unfilled slot, "... raci <a>").
        a.safeguards.insert("named-owner".into(), SafeguardEntry { status: SafeguardStatus::InPlace, evidence: format!("RACI for the hiring system, kept on the wiki at https://wiki.example.com/talent/raci {text}") });
        let t = builtin();
        for f in [Format::Markdown, Format::InfoRequest] {
            let out = render(&q, &a, f, &t).unwrap();
            assert_tables_intact(&out);
            let h = headings(&out);
            let calm_out = render(&q, &calm, f, &t).unwrap();
            let h_calm = headings(&calm_out);
            // The text may read as the owner's evidence not done ("... raci wip"): the gap it
            // opens is the one heading it may add, and no text forges one.
            let added: Vec<&&str> = h.iter().skip(1).filter(|x| !h_calm.contains(x)).collect();
            prop_assert!(
                added.iter().all(|x| x.starts_with("### ") && x.contains("Named accountable owner")),
                "{:?}",
                added
            );
            prop_assert!(h.len() <= h_calm.len() + 1);
            prop_assert!(h.len() >= h_calm.len());
        }
    }
}

#[test]
fn one_risk_point_is_one_point_not_points() {
    // A new user read "1 (1 risk points, ...)" in the report.
    let q = raia::questionnaire::default_questionnaire().unwrap();
    let mut a = Assessment::new(&q);
    a.answers
        .insert("users".into(), Answer::Choices(vec!["business".into()]));
    assert_eq!(Report::build(&q, &a).score.raw, 1);
    for f in [Format::Markdown, Format::InfoRequest] {
        let out = render(&q, &a, f, &builtin()).unwrap();
        assert!(out.contains("(1 risk point, 0 taken off"), "{out}");
        assert!(!out.contains("1 risk points"), "{out}");
    }
}

#[test]
fn a_gap_whose_credit_is_capped_says_the_score_will_not_move() {
    let q = q();
    let mut a = Assessment::new(&q);
    a.answers
        .insert("voice-clone".into(), Answer::Choice("no".into()));
    a.answers.insert("hiring".into(), Answer::Bool(true));
    // Recommends: shows human review in place (credit 3), more than the cap of 2 on 4 points.
    a.answers
        .insert("role".into(), Answer::Choice("recommends".into()));
    let r = Report::build(&q, &a);
    assert_eq!(
        (r.score.raw, r.score.mitigation_cap, r.score.total),
        (4, 2, 2)
    );
    assert_eq!(r.gaps.len(), 1);
    // Closing it is worked out all the same, and says the score stays.
    assert!(!r.gaps[0].lowers_score);
    assert_eq!(r.gaps[0].score_after, Some(2));
    assert!(
        r.gaps[0].change.contains("score unchanged"),
        "{}",
        r.gaps[0].change
    );
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    // The cap is explained once above the gaps; each gap then just says the score stays.
    assert!(md.contains(
        "Safeguards already take off the most the rules allow (2 of 4 risk points), so closing these gaps meets requirements without moving the score."
    ), "{md}");
    assert!(md.contains("- **Effect of closing it:** Named accountable owner: score unchanged, tier stays high, 1 gap a requirement of the policy waits on closed."), "{md}");
    // The safeguard an answer showed in place names that answer as its evidence.
    assert!(md.contains("| in place | What does the system do in the decision? → Recommends; a person decides | shown by an answer |"));
}

/// The docs example plus questions that declare the roles the information-request template
/// reads (under ids of their own: the template reads roles, never ids), an end-user upload
/// question that raises a likeness concern, and the safeguard that answers it.
fn with_info_questions() -> Questionnaire {
    let mut text = common::docs_example_text();
    for (id, role, prompt) in [
        ("intended-use", "intended-use", "What is the system for?"),
        ("intended-users", "intended-users", "Who uses the system?"),
        (
            "affected-people",
            "affected-people",
            "Whom do its outputs affect?",
        ),
        (
            "out-of-scope-uses",
            "out-of-scope",
            "What must it not be used for?",
        ),
        (
            "aws-services",
            "services",
            "Which AWS services does it use?",
        ),
        ("models", "models", "Which models does it use?"),
        (
            "monitoring",
            "monitoring",
            "How is it monitored in production?",
        ),
        (
            "incident-response",
            "incidents",
            "What happens when something goes wrong?",
        ),
        (
            "known-limits",
            "limitations",
            "What are its known limitations?",
        ),
    ] {
        text.push_str(&format!(
            "\n[[question]]\nid = \"{id}\"\nsection = \"use\"\ntype = \"long_text\"\nrole = \"{role}\"\nprompt = \"{prompt}\"\noptional = true\n"
        ));
    }
    text.push_str(
        r#"
[[question]]
id = "uploads"
section = "use"
type = "yes_no"
prompt = "Can end users upload other people's photos or voices?"

[[question.option]]
id = "yes"
concerns = ["likeness"]

[[safeguard]]
id = "consent-records"
title = "Consent records for uploaded likenesses"
good = "An upload is accepted only with a recorded consent from the person shown."
requirement = "accountability"
clause = "Prohibitions (likeness)"
required_when = { concern = "likeness" }
basis = "practice"
"#,
    );
    raia::questionnaire::parse_questionnaire("info.toml", &text).expect("extended example loads")
}

#[test]
fn info_request_reads_answers_by_well_known_question_ids() {
    let q = with_info_questions();
    let mut a = realistic(&q);
    for (id, text) in [
        (
            "intended-use",
            "Shortlist applicants for engineering roles.",
        ),
        ("intended-users", "Recruiters at Example Corp."),
        ("affected-people", "Job applicants | external candidates"),
        (
            "out-of-scope-uses",
            "Performance reviews.\nTermination decisions.",
        ),
        ("aws-services", "Amazon Bedrock, Amazon S3"),
        ("models", "Anthropic Claude via Bedrock"),
        ("monitoring", "Weekly adverse-impact dashboard."),
        (
            "incident-response",
            "Pager rota; model can be switched off within an hour.",
        ),
        ("known-limits", "Weak on CVs that are not in English."),
    ] {
        a.answers.insert(id.into(), Answer::Text(text.into()));
    }
    a.notes.insert(
        "monitoring".into(),
        "Owned by the Talent Platform on-call.".into(),
    );
    a.answers.insert("uploads".into(), Answer::Bool(true));
    a.safeguards.insert(
        "consent-records".into(),
        SafeguardEntry {
            status: SafeguardStatus::Planned,
            evidence: String::new(),
        },
    );
    let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    for expected in [
        // The question's answer wins over the metadata description.
        "**Intended use.** Shortlist applicants for engineering roles.",
        "**Intended users.** Recruiters at Example Corp.",
        "## 3. People affected\n\nJob applicants \\| external candidates\n",
        "## 4. Uses that are out of scope\n\nPerformance reviews. Termination decisions.\n",
        "**AI services.** Amazon Bedrock, Amazon S3",
        "**Models.** Anthropic Claude via Bedrock",
        "**Monitoring.** Weekly adverse-impact dashboard.\n\n*Note:* Owned by the Talent Platform on-call.",
        "**Incident response.** Pager rota; model can be switched off within an hour.",
        "## 10. Limitations and residual risk\n\nWeak on CVs that are not in English.",
        "| Likeness without consent (Prohibitions) | A concern the answers raise (Can end users upload other people's photos or voices? → Yes); safeguards against it: Consent records for uploaded likenesses (planned). |",
        "- Possible misuse that safeguards must keep stopping: Likeness without consent.",
    ] {
        assert!(info.contains(expected), "missing {expected:?} in:\n{info}");
    }
    // What this small questionnaire asks no question for is said to be unstated, never left
    // out (a reports review could not tell "not asked" from "not answered").
    // The owner's answer stands in for a name where no question asks one.
    assert!(
        info.contains("| Accountable owner | Head of Talent Acquisition |"),
        "{info}"
    );
    for unstated in [
        "| Stage | Not stated in the assessment |",
        "**Tests passed for this use.** Not stated in the assessment.",
        "**Testing done.** Not stated in the assessment.",
    ] {
        assert!(info.contains(unstated), "missing {unstated:?} in:\n{info}");
    }
    assert_eq!(
        info.matches("Not stated in the assessment").count(),
        3,
        "{info}"
    );

    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(md.contains("| **Likeness without consent**<br>Prohibitions | concern left open: no safeguard against it is in place | Can end users upload other people's photos or voices? → Yes |"));
    assert!(md.contains("- **Prohibited uses:** none confirmed. 1 concern that safeguards must address, with none against it in place (Likeness without consent)."), "{md}");
}

#[test]
fn templates_in_the_config_directory_override_the_built_in_ones() {
    let config = tempfile::tempdir().unwrap();
    std::fs::create_dir(config.path().join("templates")).unwrap();
    std::fs::write(
        config
            .path()
            .join("templates")
            .join("information-request.md.tera"),
        "From config: {{ metadata.system | cell }} is {{ tier }}\n",
    )
    .unwrap();
    let work = tempfile::tempdir().unwrap();
    let qpath = work.path().join("mini.toml");
    std::fs::write(&qpath, common::docs_example_text()).unwrap();
    let q = q();
    let apath = work.path().join("a.toml");
    std::fs::write(&apath, realistic(&q).to_toml(&q)).unwrap();
    let run = |format: &str| {
        assert_cmd::Command::cargo_bin("raia")
            .unwrap()
            .env("RAIA_CONFIG_DIR", config.path())
            .env("RAIA_DATA_DIR", work.path())
            .args(["report", "--questionnaire"])
            .arg(&qpath)
            .arg(&apath)
            .args(["--format", format])
            .output()
            .unwrap()
    };
    let out = run("info-request");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        with_marker("From config: Candidate screening assistant is high\n\n")
    );
    // The report template is not in the config directory, so the built-in one is used.
    let out = run("md");
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("# Responsible AI assessment: Candidate screening assistant\n")
    );
}

#[test]
fn a_gate_that_screened_every_prohibition_is_stated_once() {
    let (q, a) = builtin_case("examples/cv-screener-auto-reject.toml");
    let r = raia::report::Report::build(&q, &a);
    assert!(!r.screened_all_by.is_empty());
    assert!(
        r.screened_all_by
            .iter()
            .any(|x| x.question == "capabilities")
    );
    assert!(r.prohibitions.iter().all(|p| {
        p.screened_by_own
            .iter()
            .all(|x| x.question != "capabilities")
    }));
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert_eq!(
        md.matches("Every prohibited use was screened through")
            .count(),
        1
    );
    assert!(md.contains("ruled out by the screening answers above"));
    // No effect line is repeated within one answer.
    for line in md.lines().filter(|l| l.starts_with("- Effect: ")) {
        let parts: Vec<&str> = line["- Effect: ".len()..].split("; ").collect();
        let mut unique = parts.clone();
        unique.dedup();
        assert_eq!(parts.len(), unique.len(), "{line}");
    }
    let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    assert!(
        !info.contains("`risk-assessment`"),
        "ids, not titles, in:\n{info}"
    );
}

#[test]
fn a_contradicted_safeguard_status_is_called_out_in_the_report() {
    let q = common::docs_example();
    let mut a = raia::assessment::Assessment::new(&q);
    a.answers
        .insert("voice-clone".into(), Answer::Choice("no".into()));
    a.answers
        .insert("hiring".into(), raia::answer::Answer::Bool(true));
    a.answers
        .insert("role".into(), Answer::Choice("decides".into()));
    a.safeguards.insert(
        "human-review".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: "We review".into(),
        },
    );
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(md.contains("- **To be confirmed:** 1 safeguard status the answers contradict: Human review of adverse decisions;"), "{md}");
    assert!(md.contains("**Check:** recorded as in place, but the answers that could show it do not: What does the system do in the decision? → Decides on its own"));
    // Never "in place" while contradicted.
    assert!(md.contains("| **to be confirmed** |"), "{md}");
}

/// The CSV report's row for one safeguard.
fn csv_row(csv_text: &str, id: &str) -> csv::StringRecord {
    csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == id)
        .unwrap_or_else(|| panic!("no CSV row for {id}:\n{csv_text}"))
}

#[test]
fn machine_formats_carry_notes_and_evidence_exactly() {
    let q = q();
    let mut a = realistic(&q);
    let note = "\n  Recruiters decide.\r\n\tSee the policy.  \n";
    let evidence = " https://wiki.example.com/owners \n\n";
    a.notes.insert("role".into(), note.into());
    a.safeguards.insert(
        "named-owner".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: evidence.into(),
        },
    );
    let t = builtin();
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    assert_eq!(jv["answers_by_id"]["role"]["note"], note);
    let in_json = |v: &serde_json::Value| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "named-owner")
            .map(|s| s["evidence"].clone())
    };
    assert_eq!(
        in_json(&jv["safeguards"]["required"])
            .or_else(|| in_json(&jv["safeguards"]["not_required"]))
            .unwrap(),
        evidence
    );
    let tv: toml::Value = toml::from_str(&render(&q, &a, Format::Toml, &t).unwrap()).unwrap();
    assert_eq!(
        tv["answers_by_id"]["role"]["note"].as_str(),
        Some(note),
        "TOML"
    );
    let csv_text = render(&q, &a, Format::Csv, &t).unwrap();
    assert_eq!(&csv_row(&csv_text, "named-owner")[10], evidence, "CSV");
    // Blank is none, in every format.
    a.notes.insert("role".into(), " \n ".into());
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    assert_eq!(jv["answers_by_id"]["role"]["note"], "");
}

/// A second policy fits the format: the illustrative AI Act screening in tests/fixtures uses
/// every feature of the format and its own words, and no report made from it says "AWS".
#[test]
fn a_second_questionnaire_reads_in_its_own_words_in_every_report() {
    let q = common::eu_example();
    let mut a = Assessment::new(&q);
    a.metadata.system = "Shift planner".into();
    a.questionnaire.hash = q.content_hash.clone();
    for (id, answer) in [
        (
            "purpose",
            Answer::Text("Ranks applicants for warehouse shifts.".into()),
        ),
        ("interacts", Answer::Bool(true)),
        ("children", Answer::Bool(true)),
        ("scale", Answer::Number(5000.0)),
        ("practices", Answer::Choices(vec!["none".into()])),
        (
            "areas",
            Answer::Choices(vec!["hiring".into(), "exams".into()]),
        ),
        ("narrow", Answer::Choice("no".into())),
        ("role", Answer::Choice("decides".into())),
        (
            "controls",
            Answer::Choices(vec!["stop".into(), "risk-file".into()]),
        ),
    ] {
        a.answers.insert(id.into(), answer);
    }
    let e = raia::engine::evaluate(&q, &a);
    // Its own tier names, floors, contradictions and conditional requirement.
    assert_eq!(e.tier, Tier::High);
    assert_eq!(raia::explain::tier(&q, e.tier), "high-risk");
    assert_eq!(e.categories.len(), 2);
    assert_eq!(e.categories[1].floor, Tier::Medium, "education's own floor");
    assert_eq!(e.floors.len(), 1, "children set a floor by condition");
    assert_eq!(e.contradictions[0].id, "decides-but-stopped");
    let transparency = e
        .requirements
        .iter()
        .find(|r| r.id == "transparency")
        .unwrap();
    assert!(
        transparency.applies && transparency.obligation == raia::questionnaire::Obligation::Should
    );
    assert!(e.safeguard("bias-audit").unwrap().required);
    assert_eq!(
        raia::explain::safeguard_state(e.safeguard("stop-button").unwrap()),
        "to be confirmed"
    );
    let reasons = raia::explain::tier_reasons(&q, &e);
    assert!(
        reasons.iter().any(|r| r.starts_with(
            "High-risk use: Employment and worker management sets the floor at high-risk"
        )),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("our reading: we count internal promotion tools")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r
                .starts_with("A system that interacts with children sets the floor at limited")),
        "{reasons:?}"
    );
    let t = builtin();
    for format in [
        Format::Markdown,
        Format::InfoRequest,
        Format::Toml,
        Format::Json,
        Format::Csv,
    ] {
        let out = render(&q, &a, format, &t).unwrap();
        for word in ["AWS", "Amazon", "consequential decision", "prohibited use"] {
            assert!(!out.contains(word), "{format:?} says {word:?}:\n{out}");
        }
    }
    let md = render(&q, &a, Format::Markdown, &t).unwrap();
    assert!(md.contains("**Result: HIGH-RISK.**"), "{md}");
    assert!(
        md.contains("An illustrative screening for tests only."),
        "{md}"
    );
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(info.contains("intended uses of AI systems"), "{info}");
    // Its own question ids, filled in by role.
    assert!(
        info.contains("**Intended use.** Ranks applicants for warehouse shifts."),
        "{info}"
    );

    // A later answer removes the categories again (a derogation), and says so.
    a.answers
        .insert("narrow".into(), Answer::Choice("preparatory".into()));
    a.notes.insert(
        "narrow".into(),
        "It only converts CVs to one layout.".into(),
    );
    let e = raia::engine::evaluate(&q, &a);
    assert!(e.categories.is_empty(), "{:?}", e.categories);
    assert_eq!(e.cleared.len(), 2);
    assert!(!e.is_visible("role"));
    assert_eq!(e.tier, Tier::Medium, "the children's floor still holds");
    let reasons = raia::explain::tier_reasons(&q, &e);
    assert!(reasons.iter().any(|r| r.starts_with("Employment and worker management no longer applies: Does it only perform a narrow preparatory task? → Yes: it only formats the files people decide on")), "{reasons:?}");
}

// ---------------------------------------------------------------------------------------------
// Crosswalks (issue 12): nothing is called addressed that the answers do not settle.

const CROSSWALK: &str = "[questionnaire]\nid = \"cw\"\nversion = \"1\"\ntitle = \"Crosswalk\"\nextends = \"example-mini@1\"\n\n[[framework]]\nid = \"fw\"\ntitle = \"Framework\"\nsource = \"https://example.com/fw\"\n\n[[framework.item]]\nid = \"oversight\"\ntitle = \"Oversight\"\n\n[[framework.item]]\nid = \"owner\"\ntitle = \"Owner\"\n\n[[framework.item]]\nid = \"literacy\"\ntitle = \"Literacy\"\n\n# Human review is the framework's oversight.\n[[map]]\nsafeguard = \"human-review\"\nmaps_to = [{ id = \"fw:oversight\", relationship = \"equal\" }]\n\n# A named owner bears on the framework's owner item.\n[[map]]\nsafeguard = \"named-owner\"\nmaps_to = [{ id = \"fw:owner\", relationship = \"related\" }]\n";

fn crosswalk_status(a: &Assessment, item: &str) -> raia::report::crosswalk::CrosswalkStatus {
    let q = raia::questionnaire::apply_overlay(q(), "cw.toml", CROSSWALK).unwrap();
    let c = raia::report::crosswalk::build(&q, a, "fw", None).unwrap();
    c.items.iter().find(|i| i.item == item).unwrap().status
}

#[test]
fn a_crosswalk_item_is_addressed_only_when_settled_and_unmapped_items_are_never_covered() {
    use raia::report::crosswalk::CrosswalkStatus as C;
    let q = q();
    let mut a = Assessment::new(&q);
    a.questionnaire.hash = q.content_hash.clone();
    a.answers
        .insert("voice-clone".into(), Answer::Choice("no".into()));
    a.answers.insert("hiring".into(), Answer::Bool(true));
    a.answers
        .insert("role".into(), Answer::Choice("recommends".into()));
    a.answers
        .insert("owner".into(), Answer::Text("Head of Talent".into()));
    // Human review shown in place by the answer, the owner too: complete and bound.
    assert_eq!(crosswalk_status(&a, "oversight"), C::Addressed);
    assert_eq!(crosswalk_status(&a, "owner"), C::RelatedOnly);
    assert_eq!(crosswalk_status(&a, "literacy"), C::NotCovered);
    // Incomplete: nothing is called addressed.
    let mut incomplete = a.clone();
    incomplete.answers.remove("role");
    assert_ne!(crosswalk_status(&incomplete, "oversight"), C::Addressed);
    // The review missing: a gap.
    let mut gap = a.clone();
    gap.answers
        .insert("role".into(), Answer::Choice("decides".into()));
    gap.notes.insert("role".into(), "Rejects alone.".into());
    assert_eq!(crosswalk_status(&gap, "oversight"), C::Gap);
    // Not hiring at all: nothing mapped to oversight is required.
    let mut none = a.clone();
    none.answers.insert("hiring".into(), Answer::Bool(false));
    none.answers.remove("role");
    assert_eq!(crosswalk_status(&none, "oversight"), C::NotRequired);
    // Unbound: not settled either.
    let mut unbound = a;
    unbound.questionnaire.hash = String::new();
    assert_eq!(crosswalk_status(&unbound, "oversight"), C::ToBeConfirmed);
}

/// Issue 9: planned safeguards carry an owner and a target date, and both the Markdown report
/// and the information-request response carry a remediation plan built from them; a planned
/// safeguard without either says so.
#[test]
fn planned_safeguards_make_a_remediation_plan_with_owner_and_date() {
    let q = q();
    let mut a = realistic(&q);
    // `realistic` leaves human review missing; now it is planned, with nobody and no date.
    a.safeguards.insert(
        "human-review".into(),
        SafeguardEntry {
            status: SafeguardStatus::Planned,
            evidence: "Review queue for rejections".into(),
        },
    );
    let r = Report::build(&q, &a);
    let row = r
        .remediation
        .iter()
        .find(|p| p.safeguard == "human-review")
        .unwrap();
    assert_eq!((row.owner.as_str(), row.target.as_str()), ("", ""));
    assert_eq!(
        row.plan,
        "planned, but with no owner and no target date: record both beside its status"
    );
    let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    assert!(info.contains("**Remediation plan.**"), "{info}");
    assert!(
        info.contains("| Human review of adverse decisions | planned; required by the policy | none named | none set |"),
        "{info}"
    );
    assert!(
        info.contains("Planned without an owner or a target date, so not yet a plan a reviewer can hold the team to: Human review of adverse decisions."),
        "{info}"
    );
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains("- **Plan:** planned, but with no owner and no target date: record both beside its status."),
        "{md}"
    );

    a.plans.insert(
        "human-review".into(),
        raia::assessment::SafeguardPlan {
            owner: "Head of Talent Acquisition".into(),
            target: "2026-06-30".into(),
        },
    );
    let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    assert!(
        info.contains("| Human review of adverse decisions | planned; required by the policy | Head of Talent Acquisition | 2026-06-30 |"),
        "{info}"
    );
    assert!(!info.contains("Planned without an owner"), "{info}");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains(
            "- **Plan:** planned: Head of Talent Acquisition to put it in place by 2026-06-30."
        ),
        "{md}"
    );
}

/// The CSV report goes to stdout by default: a control character from the assessment is
/// written as a visible escape, never as itself (an ESC or OSC 8 link in evidence used to reach
/// the terminal), while line breaks stay inside the cell.
#[test]
fn csv_never_sends_a_control_character_from_the_assessment_to_the_terminal() {
    let q = q();
    let mut a = realistic(&q);
    let evidence = "x\u{1b}[31mRED\u{1b}]8;;http://evil\u{1b}\\link\u{9b}2J\r\nsecond line";
    a.safeguards.insert(
        "named-owner".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: evidence.into(),
        },
    );
    let csv_text = render(&q, &a, Format::Csv, &builtin()).unwrap();
    common::assert_terminal_safe("CSV report", csv_text.as_bytes());
    assert_eq!(
        &csv_row(&csv_text, "named-owner")[10],
        "x\\x1b[31mRED\\x1b]8;;http://evil\\x1b\\link\\x9b2J\r\nsecond line"
    );
}

/// Hostile review (second round): a C1 control (U+009B, a one-byte CSI) in an answer reached a
/// terminal raw from the JSON report piped on. JSON writes it as `\u009B`: the same text read
/// back, and nothing a terminal obeys.
#[test]
fn the_json_report_escapes_c1_controls_and_reads_back_the_same_text() {
    let q = q();
    let mut a = realistic(&q);
    a.metadata.system = "Evil\u{9b}31m \u{202e}name".into();
    let json = render(&q, &a, Format::Json, &builtin()).unwrap();
    assert!(
        !json.contains('\u{9b}') && !json.contains('\u{202e}'),
        "{json}"
    );
    assert!(json.contains("Evil\\u009B31m \\u202Ename"), "{json}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["metadata"]["system"], "Evil\u{9b}31m \u{202e}name");
}

/// The TOML report piped on carried C1 controls and bidi overrides raw: toml writes them as they
/// are, and writes a string with a backslash or a quote (a Windows path as evidence) as a literal
/// string, where an escape would be text. Such a string is now a basic string with the character
/// escaped, and the report reads back as exactly the text answered.
#[test]
fn the_toml_report_escapes_c1_controls_even_where_toml_writes_a_literal_string() {
    let q = q();
    let mut a = realistic(&q);
    a.metadata.system = "Evil\u{9b}31m \u{202e}name".into();
    let evidence = "see \\\\share\\audit \"2025\"\u{9d}52;c;aGk=\u{7}";
    a.safeguards.insert(
        "named-owner".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: evidence.into(),
        },
    );
    let text = render(&q, &a, Format::Toml, &builtin()).unwrap();
    common::assert_terminal_safe("TOML report", text.as_bytes());
    assert!(text.contains("\"Evil\\u009B31m \\u202Ename\""), "{text}");
    let v: toml::Value = toml::from_str(&text).unwrap();
    assert_eq!(
        v["metadata"]["system"].as_str(),
        Some("Evil\u{9b}31m \u{202e}name")
    );
    fn strings(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::String(s) => out.push(s.clone()),
            toml::Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
            toml::Value::Table(t) => t.values().for_each(|i| strings(i, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    strings(&v, &mut all);
    assert!(all.iter().any(|s| s == evidence), "{text}");
}

/// Hostile review (third round): the templates printed the questionnaire's own words (its
/// vocabulary, status labels) without a filter, so ESC, BEL and C1 controls in a shared
/// questionnaire reached `cat report.md`. Both built-in reports now hold none of them, and
/// neither does a team's template that prints text without a filter.
#[test]
fn the_questionnaires_own_words_never_put_a_control_character_in_a_markdown_report() {
    let mut q = q();
    let evil = "x\u{1b}]0;PWNED\u{7}\u{9b}31m\u{202e}\u{0}y";
    for word in [
        &mut q.vocabulary.tier_low,
        &mut q.vocabulary.tier_medium,
        &mut q.vocabulary.tier_high,
        &mut q.vocabulary.tier_prohibited,
        &mut q.vocabulary.consequential,
        &mut q.vocabulary.prohibited_use,
        &mut q.vocabulary.reading,
        &mut q.policy.name,
    ] {
        *word = format!("{word}{evil}").into();
    }
    let a = realistic(&q);
    for format in [Format::Markdown, Format::InfoRequest] {
        let text = render(&q, &a, format, &builtin()).unwrap();
        common::assert_terminal_safe(format.name(), text.as_bytes());
        assert!(
            text.contains("PWNED"),
            "the words are kept, without the controls"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("report.md.tera"),
        "{{ metadata.system }} / {{ vocabulary.prohibited_use }}\n",
    )
    .unwrap();
    let mut a = a;
    a.metadata.system = evil.into();
    let team = Templates::load(Some(dir.path())).unwrap();
    let text = render(&q, &a, Format::Markdown, &team).unwrap();
    common::assert_terminal_safe("a team's template", text.as_bytes());
    assert!(text.starts_with("x]0;PWNED31my / "), "{text:?}");
}

/// Hostile review (second round): an overlay question with the role "monitoring" put the team's
/// free text ("Every decision is monitored 24/7") in place of the evaluated status ("missing")
/// in the information-request response. The status comes first; the statement is beside it.
#[test]
fn a_role_answer_about_monitoring_never_replaces_the_evaluated_status() {
    let base = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let overlay = format!(
        "[questionnaire]\nid = \"acme\"\nversion = \"1\"\ntitle = \"Acme\"\nextends = \"aws-responsible-ai@{}\"\n\n[policy]\nname = \"Acme Standard\"\ndate = \"2025-01-01\"\nurl = \"https://acme.example/standard\"\n\n[[question]]\nid = \"acme-monitoring\"\nsection = \"operations\"\ntype = \"text\"\nrole = \"monitoring\"\noptional = true\nprompt = \"How is it monitored?\"\n",
        base.version
    );
    let q = raia::questionnaire::apply_overlay(base, "o.toml", &overlay).unwrap();
    let text = std::fs::read_to_string("examples/cv-screener-auto-reject.toml")
        .unwrap()
        .replace("id = \"aws-responsible-ai\"", "id = \"acme\"")
        .replacen("version = \"2023-09-28.2\"", "version = \"1\"", 1);
    let mut a = raia::assessment::parse_assessment("cv.toml", &text, &q).unwrap();
    a.answers
        .insert("operations".into(), Answer::Choices(vec!["none".into()]));
    a.answers.insert(
        "acme-monitoring".into(),
        Answer::Text("Every decision is monitored 24/7.".into()),
    );
    let e = raia::engine::evaluate(&q, &a);
    let status = e.safeguard("monitoring").unwrap();
    assert!(!status.holds(), "{status:?}");
    let md = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    let line = md
        .lines()
        .find(|l| l.starts_with("**Monitoring.**"))
        .unwrap_or_else(|| panic!("{md}"));
    let title = &status.title;
    assert!(
        line.starts_with(&format!("**Monitoring.** {title}: missing")),
        "{line}"
    );
    assert!(
        line.ends_with("Every decision is monitored 24/7."),
        "{line}"
    );
}

/// A recommendation never reads as an obligation: each safeguard's reasons open with the word
/// its basis allows ("required" only where the policy's words bind it), and the summary counts
/// the safeguards by basis instead of calling them all required (a new-user review saw
/// "recommended practice" beside "Required because the use involves ...").
#[test]
fn reasons_for_a_recommendation_do_not_say_required() {
    let (q, a) = builtin_case("examples/cv-screener-auto-reject.toml");
    let r = Report::build(&q, &a);
    let rows = &r.safeguards.required;
    let practice: Vec<_> = rows
        .iter()
        .filter(|s| s.basis == raia::questionnaire::Basis::Practice)
        .collect();
    let policy: Vec<_> = rows
        .iter()
        .filter(|s| s.basis == raia::questionnaire::Basis::Policy)
        .collect();
    assert!(!practice.is_empty() && !policy.is_empty());
    for s in &practice {
        assert!(!s.why_required.is_empty(), "{}", s.id);
        // One of the safeguards the gate waits on is "needed" (one of them must be in place),
        // never "required" like the policy's own measures; so is one in place that shows such
        // a requirement met.
        let lead = if s.against_misuse || s.shows_requirement || s.basis_label.starts_with("shows ")
        {
            "needed "
        } else {
            "recommended "
        };
        for why in &s.why_required {
            assert!(why.starts_with(lead), "{}: {why}", s.id);
        }
    }
    for s in policy
        .iter()
        .filter(|s| s.obligation == Some(raia::questionnaire::Obligation::Must))
    {
        for why in &s.why_required {
            assert!(why.starts_with("required "), "{}: {why}", s.id);
        }
    }
    // What the policy says should be done reads so, never "called for for every use".
    let should_rows: Vec<_> = policy
        .iter()
        .filter(|s| s.obligation == Some(raia::questionnaire::Obligation::Should))
        .collect();
    assert!(!should_rows.is_empty());
    for s in &should_rows {
        for why in &s.why_required {
            assert!(why.starts_with("should be in place "), "{}: {why}", s.id);
        }
    }
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(!md.contains("## Required safeguards"));
    let must = policy
        .iter()
        .filter(|s| s.obligation == Some(raia::questionnaire::Obligation::Must))
        .count();
    let should = policy.len() - must;
    let needed = practice
        .iter()
        .filter(|s| s.against_misuse || s.shows_requirement)
        .count();
    // Those in place that show a requirement of the policy met are counted too, apart.
    let keeps = practice.iter().filter(|s| s.keeps_requirement).count();
    // Exactly those whose basis says they show it met, not those needed to show it.
    for s in &practice {
        assert_eq!(
            s.keeps_requirement,
            s.basis_label.starts_with("shows \"")
                && s.basis_label.contains("which the policy requires, is met"),
            "{}: {}",
            s.id,
            s.basis_label
        );
    }
    let kept = match keeps {
        0 => String::new(),
        1 => {
            ", of which 1 shows a requirement of the policy met and must stay in place".to_string()
        }
        n => format!(", of which {n} show a requirement of the policy met and must stay in place"),
    };
    // One line for each thing that asks for safeguards (a new user's trial could not tell
    // obligations from recommendations in one sentence of counts).
    for line in [
        format!(
            "- **Safeguards this use calls for:** {}, by what asks for them:\n  - required by the policy: {must}; ",
            rows.len()
        ),
        format!("\n  - that the policy says should be in place: {should}; "),
        format!("\n  - recommended, but needed now, as said below: {needed}; "),
        format!(
            "\n  - recommended (an open one is not a breach): {}{kept}; ",
            practice.len() - needed
        ),
    ] {
        assert!(md.contains(&line), "{line}\n{md}");
    }
    assert!(md.contains("**Why it is recommended:** recommended because"));
}

/// A reason is drawn from answers given: "... is not ..." of a question never asked holds only
/// because nothing was said, so it is left out (a new-user review read the weapon question in
/// an insurance tool's reasons for an appeal path).
#[test]
fn reasons_never_cite_a_question_that_was_not_asked() {
    let (q, a) = builtin_case("tests/fixtures/insurance-claim-replies.toml");
    assert!(!a.answers.contains_key("weapon-function"));
    let r = Report::build(&q, &a);
    let appeal = r
        .safeguards
        .required
        .iter()
        .find(|s| s.id == "appeal-path")
        .expect("an appeal path is called for");
    assert!(!appeal.why_required.is_empty());
    for s in &r.safeguards.required {
        for why in &s.why_required {
            assert!(!why.contains("weapon"), "{}: {why}", s.id);
        }
    }
    assert!(
        appeal
            .why_required
            .iter()
            .any(|w| w.contains("Other decisions affecting rights, health or safety")),
        "{:?}",
        appeal.why_required
    );
}

/// Several answers to one question that show a safeguard are said under its prompt once (a
/// new-user review read the information-request prompt three times in one cell).
#[test]
fn a_prompt_is_said_once_for_the_answers_that_show_a_safeguard() {
    let (q, a) = builtin_case("examples/clinical-triage-assistant.toml");
    let r = Report::build(&q, &a);
    let row = r
        .safeguards
        .required
        .iter()
        .find(|s| s.id == "documented-uses")
        .unwrap();
    assert_eq!(
        row.evidence.matches("What could you hand AWS").count(),
        1,
        "{}",
        row.evidence
    );
    assert!(
        row.evidence
            .contains("\"A named contact who answers such requests\"")
    );
    assert!(
        row.evidence
            .contains("Intended and out-of-scope uses, written down")
    );
}

/// An information-request response never sets the team's statement of intent before AWS
/// alone when the answers show misuse left open: a hostile review's face-swap app told AWS
/// "the system is built so its users cannot do them" with nothing checking whose face it was.
#[test]
fn a_statement_of_intent_is_followed_by_misuse_left_open() {
    let (q, a) = builtin_case("tests/fixtures/judgement/37-faceswap-anyones-face.toml");
    let r = Report::build(&q, &a);
    assert!(
        r.compliance.misuse_left_open.starts_with(
            "the answers show the system could be used for Violating privacy rights ("
        ) && r
            .compliance
            .misuse_left_open
            .contains("; for Voice or likeness without consent ("),
        "{}",
        r.compliance.misuse_left_open
    );
    let text = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    let intent = text.find("**Our statement of intent:**").unwrap();
    let against = text
        .find("**The answers do not bear out this statement:** the answers show")
        .unwrap();
    assert!(against > intent);
    // A team unsure of its intent claimed nothing to refute: the misuse is said as it is.
    let mut unsure = a.clone();
    unsure
        .answers
        .insert("intent".into(), Answer::Choice("unsure".into()));
    unsure.notes.insert(
        "intent".into(),
        "Not sure users cannot swap in anyone's face.".into(),
    );
    let text = render(&q, &unsure, Format::InfoRequest, &builtin()).unwrap();
    assert!(
        text.contains("**Misuse the answers leave open:** the answers show"),
        "{text}"
    );
    assert!(!text.contains("do not bear out"));
    // A file whose concerns are guarded says nothing of the kind.
    let (q, a) = builtin_case("examples/homework-helper-children.toml");
    assert!(Report::build(&q, &a).compliance.misuse_left_open.is_empty());
    let text = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    assert!(!text.contains("do not bear out"));
    assert!(!text.contains("Misuse the answers leave open"));
    // The screening table tells a guarded concern from one left open (a review read
    // "safeguards required" on both).
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains("| concern, guarded: a safeguard against it is in place |"),
        "{md}"
    );
    assert!(!md.contains("concern left open"), "{md}");
}

/// A recommendation the answers contradict (an appeal route answered in place, and a note that
/// says applicants cannot appeal) is to be confirmed and fails the gate, but does not make the
/// policy's own requirement it sits under "to be confirmed" while the required safeguard beside
/// it is in place (an end-to-end review read "Human oversight (required by the policy): to be
/// confirmed" and "Compliance ... is to be confirmed" on the appeal alone).
#[test]
fn a_contradicted_recommendation_leaves_the_policys_requirement_met_and_fails_the_gate() {
    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    a.notes.insert(
        "appeal".into(),
        "Applicants cannot appeal; the decision is final.".into(),
    );
    let e = raia::engine::evaluate(&q, &a);
    let appeal = e.safeguard("appeal-path").unwrap();
    assert!(appeal.is_contradicted());
    assert_eq!(raia::explain::safeguard_state(appeal), "to be confirmed");
    let oversight = e
        .requirements
        .iter()
        .find(|r| r.id == "human-oversight")
        .unwrap();
    assert!(oversight.is_met(), "{oversight:?}");
    assert!(!e.gate(raia::engine::Binding::Bound, false).is_empty());
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains(
            "No gap against the AWS Responsible AI Policy's own requirements was found in the \
             answers, but they disagree on whether \"Appeal to a person\" is in place \
             (recommended practice, not a requirement of the policy); settle that before relying \
             on this result."
        ),
        "{md}"
    );
    assert!(!md.contains("No gaps"), "{md}");
    // Without the note, the appeal is in place and nothing is in doubt.
    a.notes.remove("appeal");
    let e = raia::engine::evaluate(&q, &a);
    assert!(!e.safeguard("appeal-path").unwrap().is_contradicted());
}

/// A safeguard whose status the answers contradict is no gap, but the report must not say that
/// every safeguard is in place (consent records recorded missing beside "we keep the signed
/// records" read "No gaps: every safeguard this use calls for is in place").
#[test]
fn no_gaps_is_never_said_beside_a_status_to_be_confirmed() {
    let (q, a) = builtin_case("tests/fixtures/judgement/42-narrator-licence-record-missing.toml");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(!md.contains("No gaps"), "{md}");
    assert!(md.contains(
        "To be confirmed, as the answers contradict the status recorded: Consent or licence \
         records (see \"Safeguards this use calls for\" above, where each says which answers \
         disagree). No other safeguard this use calls for is open."
    ));
    // The section it points to is there (a review found a pointer to a heading the report
    // does not have).
    assert!(md.contains("\n## Safeguards this use calls for\n"), "{md}");
    assert!(!md.contains("see \"To be confirmed\""), "{md}");
    let (q, a) = builtin_case("examples/voice-clone-licensed.toml");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(md.contains("No gaps: every safeguard this use calls for is in place"));
}

/// Review: "we keep the signed records" beside consent records the file does not back (recorded
/// missing, or left out with no evidence) read "clear" on the likeness row, in every format. The
/// answers keep the use clear only through those records, so the row is to be confirmed, and
/// says which safeguard it waits on.
#[test]
fn a_use_kept_clear_by_a_safeguard_the_file_does_not_back_is_to_be_confirmed() {
    let (q, mut a) =
        builtin_case("tests/fixtures/judgement/42-narrator-licence-record-missing.toml");
    for recorded in [true, false] {
        if !recorded {
            a.safeguards.remove("consent-records");
        }
        let r = Report::build(&q, &a);
        let row = r.prohibitions.iter().find(|p| p.id == "likeness").unwrap();
        assert_eq!(row.unbacked_by, "Consent or licence records", "{recorded}");
        let v: serde_json::Value =
            serde_json::from_str(&render(&q, &a, Format::Json, &builtin()).unwrap()).unwrap();
        let likeness = v["prohibitions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == "likeness")
            .unwrap();
        assert_eq!(likeness["status"], "to-be-confirmed");
        let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
        assert!(
            md.contains(
                "| **to be confirmed: clear only while \"Consent or licence records\" is in place, \
                 which the file does not show** |"
            ),
            "{md}"
        );
        assert!(md.contains("**1 to be confirmed**: clear only while a safeguard is in place that the file does not show, or leaves to be confirmed (Voice or likeness without consent)."));
        let ir = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
        assert!(ir.contains(
            "**To be confirmed.** The answers rule it out only while \"Consent or licence \
             records\" is in place"
        ));
    }
    // With the records in place on evidence, the row is clear again.
    a.safeguards.insert(
        "consent-records".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: "Licences with all 14 narrators, signed 2026-03-02, kept in the rights \
                       register"
                .into(),
        },
    );
    let r = Report::build(&q, &a);
    let row = r.prohibitions.iter().find(|p| p.id == "likeness").unwrap();
    assert_eq!(row.status_label, "clear");
    assert!(row.unbacked_by.is_empty());
}

/// A review: the response to AWS listed content filters and a risk assessment as safeguards
/// against the likeness concern, a few lines above "none of ... is in place"; and the report
/// gave the same reason twice for the consent records. Only what counts against a concern is
/// listed, and each reason is given once.
#[test]
fn a_concern_lists_only_the_safeguards_that_count_against_it() {
    let (q, a) = builtin_case("tests/fixtures/judgement/44-faceswap-filters-only.toml");
    let ir = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    let row = ir
        .lines()
        .find(|l| l.starts_with("| Voice or likeness without consent"))
        .unwrap();
    assert!(
        row.ends_with("safeguards against it: Consent or licence records (missing). |"),
        "{row}"
    );
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    let row = md
        .lines()
        .find(|l| l.starts_with("| **Consent or licence records**"))
        .unwrap();
    assert_eq!(
        row.matches("consent is assumed but not recorded").count(),
        1,
        "{row}"
    );
}

/// A review: a voice licence signed for a term of three years that had ended read "in place",
/// the likeness row "clear" and the gaps "none". As of a day after the term, the row says the
/// evidence expired, the gaps section asks for it to be renewed, and the likeness row, kept
/// clear only by the licence, is to be confirmed.
#[test]
fn a_safeguard_on_lapsed_evidence_is_never_a_plain_in_place() {
    let (q, mut a) = builtin_case("examples/voice-clone-licensed.toml");
    a.safeguards.insert(
        "consent-records".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: "Voice licence HLA-VL-2021-011 signed on 2021-02-01 for a term of three \
                       years (contracts system)."
                .into(),
        },
    );
    let md = |today: &str| render_on(&q, &a, Format::Markdown, &builtin(), Some(today)).unwrap();
    let during = md("2023-06-01");
    assert!(during.contains("No gaps: every safeguard"), "{during}");
    let after = md("2026-12-01");
    assert!(
        after.contains("| **in place, but its evidence expired on 2024-02-01** |"),
        "{after}"
    );
    assert!(after.contains(
        "To renew, as the evidence has expired or is dated after today: Consent or licence \
         records (in place, but its evidence expired on 2024-02-01)."
    ));
    assert!(!after.contains("No gaps"));
    assert!(after.contains(
        "| **to be confirmed: clear only while \"Consent or licence records\" is in place, which \
         the file does not show on evidence still current** |"
    ));
}

/// The headline names misuse left open first, as the gate fails on it: a children's chat with no
/// filters read "1 answer contradicted; 2 recommended open" at the top of its report.
#[test]
fn the_headline_names_misuse_left_open() {
    let (q, a) = builtin_case("tests/fixtures/judgement/44-faceswap-filters-only.toml");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains(
            "**Result: HIGH.** High risk (score 21, in the high band). 2 prohibited uses the \
             answers show possible (Violating privacy rights; Voice or likeness without consent) \
             with no safeguard against them shown to be in place; "
        ),
        "{md}"
    );
    let (q, a) = builtin_case("tests/fixtures/judgement/47-kids-chat-filters-not-applicable.toml");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(md.contains(
        "2 prohibited uses the answers show possible (Deliberate disinformation or deception; \
         Harm or abuse of minors) with no safeguard against them shown to be in place; "
    ));
    // Guarded concerns say nothing of the kind.
    let (q, a) = builtin_case("examples/homework-helper-children.toml");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(!md.contains("the answers show possible"));
    // Nor "concerns that safeguards must address", which read as open under the prohibitions
    // beside the guardrails that guard them (a review of honest teams).
    assert!(
        md.contains(
            "- **Prohibited uses:** none confirmed. 3 concerns guarded by a safeguard in place \
             against each (Deliberate disinformation or deception; Harm or abuse of minors; \
             Harassing or harming people or groups)."
        ),
        "{md}"
    );
    assert!(!md.contains("must address"), "{md}");
}

/// A review: JSON and TOML said `binding_label = "Not bound to these rules"` beside
/// `binding = "bound"` for every assessment bound to its rules. Bound, the label is empty;
/// unbound, it says so.
#[test]
fn a_bound_assessment_is_never_labelled_unbound() {
    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    let t = builtin();
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    assert_eq!(jv["questionnaire"]["binding"], "bound");
    assert_eq!(jv["questionnaire"]["binding_label"], "");
    let tv: toml::Value = toml::from_str(&render(&q, &a, Format::Toml, &t).unwrap()).unwrap();
    assert_eq!(tv["questionnaire"]["binding_label"].as_str(), Some(""));
    a.questionnaire.hash = "ffff".into();
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    assert_ne!(jv["questionnaire"]["binding"], "bound");
    assert_eq!(
        jv["questionnaire"]["binding_label"],
        "Not bound to these rules"
    );
}

/// `obligation` is the policy's word, so a recommendation has none, in JSON and TOML as in
/// the CSV and the docs (a review saw 399 recommended-practice rows read "must" in the JSON).
#[test]
fn a_recommendation_carries_no_obligation_in_any_format() {
    let (q, a) = builtin_case("examples/clinical-triage-assistant.toml");
    let json: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &builtin()).unwrap()).unwrap();
    let rows: Vec<&serde_json::Value> = json["safeguards"]["required"]
        .as_array()
        .unwrap()
        .iter()
        .chain(json["safeguards"]["not_required"].as_array().unwrap())
        .chain(json["requirements"].as_array().unwrap())
        .collect();
    let (mut practice, mut policy) = (0, 0);
    for r in rows {
        match r["basis"].as_str() {
            Some("practice") => {
                practice += 1;
                assert_eq!(r["obligation"], "", "{r}");
            }
            _ => {
                policy += 1;
                assert!(
                    r["obligation"] == "must" || r["obligation"] == "should",
                    "{r}"
                );
            }
        }
    }
    assert!(practice > 0 && policy > 0);
    let toml = render(&q, &a, Format::Toml, &builtin()).unwrap();
    assert!(
        toml.contains("basis = \"practice\"\nobligation = \"\"\n"),
        "{toml}"
    );
    assert!(!toml.contains("basis = \"practice\"\nobligation = \"must\""));
}

/// A review: the one safeguard the gate failed on (age assurance, against harm to minors left
/// open by an adult companion chat) read "recommended practice" in the Markdown table, the CSV
/// and the JSON, while the summary said "not compliant".
#[test]
fn a_guard_against_misuse_left_open_says_so_in_every_format() {
    let (q, a) = builtin_case("tests/fixtures/judgement/64-adult-companion-age-only-declared.toml");
    let csv = render(&q, &a, Format::Csv, &builtin()).unwrap();
    let mut rd = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    let age = rows.iter().find(|r| &r[0] == "age-assurance").unwrap();
    assert_eq!((&age[7], &age[16]), ("practice", "true"));
    let owner = rows.iter().find(|r| &r[0] == "named-owner").unwrap();
    assert_eq!(&owner[16], "false");
    let json: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &builtin()).unwrap()).unwrap();
    let row = json["safeguards"]["required"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "age-assurance")
        .unwrap();
    assert_eq!(row["against_misuse"], true);
    assert_eq!(row["basis_label"], raia::explain::MISUSE_GUARD);
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    let line = md
        .lines()
        .find(|l| l.starts_with("| **Age assurance**"))
        .unwrap();
    assert!(line.contains(raia::explain::MISUSE_GUARD), "{line}");
    assert!(!line.contains("| recommended practice |"), "{line}");
    // The one-line result counts it apart too, as the summary under it does (a review read "4
    // recommended safeguards are open" above "1 against misuse left open, 3 recommended").
    assert!(
        md.contains("with no safeguard against it shown to be in place; 1 safeguard against it is open and must be in place; 3 recommended safeguards are open."),
        "{md}"
    );
    assert_eq!(
        json["verdict"]
            .as_str()
            .map(|v| v.contains("4 recommended")),
        Some(false)
    );
}

/// A review: the gate failed only on "Safeguards specific to the use case", yet the only ways
/// to meet it were listed as "recommended practice, not a breach", the summary counted "0 the
/// policy requires", and the next action named a safeguard that would not clear the gate.
#[test]
fn the_safeguards_that_can_show_a_requirement_met_are_listed_apart() {
    let (q, mut a) = builtin_case("examples/cv-screener-auto-reject.toml");
    // Everything else the policy asks for is in place: only the use-specific safeguards remain.
    for (id, evidence) in [
        (
            "human-review",
            "Recruiter reviews every rejection; log HR-1, 2026-10-01.",
        ),
        (
            "risk-assessment",
            "Risk assessment RA-3 approved 2026-09-01.",
        ),
        (
            "bias-testing",
            "Adverse-impact test AI-2 on 2026 applicants, 2026-09-15.",
        ),
        (
            "output-spot-checks",
            "Weekly sample of 50 decisions checked; log OC-1.",
        ),
    ] {
        a.safeguards.insert(
            id.into(),
            raia::assessment::SafeguardEntry {
                status: SafeguardStatus::InPlace,
                evidence: evidence.into(),
            },
        );
    }
    let r = Report::build(&q, &a);
    assert!(r.compliance.policy_gaps.is_empty(), "{:?}", r.compliance);
    assert_eq!(
        r.compliance.requirement_guards,
        vec!["explanation".to_string(), "alternative-process".to_string()]
    );
    assert!(
        !r.compliance
            .recommendations
            .contains(&"explanation".to_string())
    );
    // The first action is one that can show the requirement met.
    assert!(
        ["explanation", "alternative-process"].contains(&r.gaps[0].safeguard.as_str()),
        "{:?}",
        r.gaps[0]
    );
    assert_eq!(
        r.gaps[0].basis_label,
        raia::explain::requirement_guard("Safeguards specific to the use case")
    );
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains("2 to show a requirement of the policy is met (one under each such requirement must be in place)"),
        "{md}"
    );
    // The headline and each gap's reason say so too, not "recommended".
    assert!(
        md.contains("2 safeguards are open to show a requirement of the policy is met; one under each such requirement must be in place"),
        "{md}"
    );
    assert!(md.contains("- **Why one of these is needed:** needed because the use involves Hiring and termination\n"), "{md}");
    assert!(
        !md.contains("- **Why one of these is needed:** recommended"),
        "{md}"
    );
    // The CSV marks them in a column of their own, and no other recommendation (a review
    // filtered the documented columns and found nothing binding among these rows).
    let csv = render(&q, &a, Format::Csv, &builtin()).unwrap();
    let mut rd = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(rd.headers().unwrap().get(17), Some("shows_requirement"));
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    let cell = |id: &str, col: usize| rows.iter().find(|r| &r[0] == id).unwrap()[col].to_string();
    for (id, shows) in [
        ("explanation", "true"),
        ("alternative-process", "true"),
        ("ai-notice", "false"),
        ("appeal-path", "false"),
        ("human-review", "false"),
    ] {
        assert_eq!(cell(id, 17), shows, "{id}");
    }
    assert_eq!(
        cell("explanation", 11),
        "needed because the use involves Hiring and termination"
    );
    assert!(cell("appeal-path", 11).starts_with("recommended because"));
    // The JSON requirement row lists them apart from its recommendations.
    let json: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &builtin()).unwrap()).unwrap();
    let req = json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "use-case-safeguards")
        .unwrap();
    assert_eq!(
        req["needs_one_of"],
        serde_json::json!(["explanation", "alternative-process"])
    );
    assert_eq!(req["recommendations"], serde_json::json!(["ai-notice"]));
    let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    assert!(
        info.contains("- To show that a requirement of the policy is met (see the requirements above), none of these is in place, and one under each such requirement must be: Explanation to affected people (missing); Alternative process and adjustments (missing)."),
        "{info}"
    );
}

/// A review of the response to AWS: "built so its users cannot do them" went out above raia's
/// own finding that they can, and a remediation target 14 months past read as a live plan.
#[test]
fn the_response_marks_what_the_answers_do_not_bear_out_and_targets_passed() {
    let (q, a) = builtin_case("tests/fixtures/judgement/64-adult-companion-age-only-declared.toml");
    let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    assert!(
        info.contains("**The answers do not bear out this statement:** the answers show the system could be used for Harm or abuse of minors"),
        "{info}"
    );
    // A prohibited use recorded, or one to be confirmed, refutes it too (a second review).
    for (case, against) in [
        (
            "tests/fixtures/judgement/40-warehouse-staff-location-scoring.toml",
            "**The answers do not bear out this statement:** the answers record a prohibited use: Violating privacy rights.",
        ),
        (
            "tests/fixtures/judgement/53-targeting-aid-some-unreviewed.toml",
            "**The answers do not bear out this statement:** Lethal weapon functions without human control is to be confirmed: clear only while",
        ),
    ] {
        let (q, a) = builtin_case(case);
        let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
        assert!(info.contains(against), "{case}:\n{info}");
    }
    let (q, a) = builtin_case("examples/cv-screener-auto-reject.toml");
    let on = |today: &str, f: Format| render_on(&q, &a, f, &builtin(), Some(today)).unwrap();
    let info = on("2026-12-15", Format::InfoRequest);
    assert!(info.contains("| 2025-09-30 (passed) |"), "{info}");
    assert!(!info.contains("(the date of this response)"), "{info}");
    assert!(
        on("2026-12-15", Format::Markdown).contains("by 2025-09-30, a target that has passed."),
    );
    // Before the target, the plan stands as it is.
    let info = on("2025-09-01", Format::InfoRequest);
    assert!(info.contains("| 2025-09-30 |"), "{info}");
    assert!(!on("2025-09-01", Format::Markdown).contains("a target that has passed"),);
}

/// A review of the response to AWS: section 10 ended "every safeguard this use calls for is in
/// place" beside a human review the answers contradict and the gate failed on.
#[test]
fn the_response_never_says_everything_is_in_place_beside_a_status_to_confirm() {
    let (q, a) = builtin_case("tests/fixtures/judgement/29-mixed-credit-limits.toml");
    let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    let residual = info
        .split("## 10. ")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .unwrap();
    assert!(
        !residual.contains("Every safeguard this use calls for is in place"),
        "{residual}"
    );
    assert!(
        residual.contains("- Safeguards the policy requires that are not yet in place: Human review of adverse decisions (not in place: recorded as not applicable, but the policy requires it for this use, as raia reads it, and it cannot be when What part does the system play in the decision or the advice? → \"It recommends in most cases, and decides alone in some\")."),
        "{residual}"
    );
}

/// A review: the gate failed on "information on request" left to be confirmed, yet the one
/// safeguard that shows it met was called a recommendation in every format.
#[test]
fn the_safeguard_that_shows_information_on_request_is_not_a_mere_recommendation() {
    let (q, a) = builtin_case("tests/fixtures/judgement/05a-covert-unsettled.toml");
    let r = Report::build(&q, &a);
    assert_eq!(
        r.compliance.requirement_guards,
        vec!["documented-uses".to_string()]
    );
    assert!(
        !r.compliance
            .recommendations
            .contains(&"documented-uses".to_string())
    );
    let csv = render(&q, &a, Format::Csv, &builtin()).unwrap();
    let row = csv
        .lines()
        .find(|l| l.starts_with("documented-uses,"))
        .unwrap();
    assert!(row.contains(",false,true,"), "{row}");
    // One of several that can show the requirement met: needed, but not itself an obligation.
    assert!(row.ends_with(",\"needed to show \"\"Information on request\"\", which the policy requires, is met: one such safeguard must be in place\",false,,,not planned: no owner and no target date recorded"), "{row}");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains(
            "1 safeguard that must be in place to show a requirement of the policy is met is open"
        ),
        "{md}"
    );
}

/// A review: the licence records that keep a narrator's voice clone clear of the likeness
/// prohibition, recorded missing while the answers say they are kept, read "recommended
/// practice" beside "to be confirmed" in every format but SARIF.
#[test]
fn a_safeguard_that_keeps_a_prohibited_use_clear_is_never_called_a_recommendation() {
    let (q, a) = builtin_case("tests/fixtures/judgement/42-narrator-licence-record-missing.toml");
    let r = Report::build(&q, &a);
    let row = r
        .safeguards
        .required
        .iter()
        .find(|s| s.id == "consent-records")
        .unwrap();
    assert!(row.against_misuse);
    assert_eq!(
        row.basis_label,
        raia::explain::keeps_clear("Voice or likeness without consent")
    );
    assert!(
        row.why_required.iter().all(|w| w.starts_with("needed ")),
        "{:?}",
        row.why_required
    );
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    let line = md
        .lines()
        .find(|l| l.starts_with("| **Consent or licence records**"))
        .unwrap();
    assert!(!line.contains("| recommended practice |"), "{line}");
}

/// A requirement that does not apply is neither met nor unmet: a review read `"met": false` on
/// an internal summariser's consequential requirements as three breaches. JSON says null and
/// TOML leaves the key out; a requirement that applies and is not shown stays false.
#[test]
fn a_requirement_that_does_not_apply_is_not_reported_unmet() {
    let (q, a) = builtin_case("examples/internal-doc-summariser.toml");
    let t = builtin();
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    let req = |id: &str| {
        jv["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(req("human-oversight")["applies"], false);
    assert!(req("human-oversight")["met"].is_null());
    // Nor labelled as an obligation of this use.
    assert_eq!(
        req("human-oversight")["basis_label"],
        "required by the policy where it applies"
    );
    assert_eq!(req("accountability")["basis_label"], "recommended practice");
    // raia's reading of the policy's words is given where they bind this use: beside a
    // recommendation it read as a rule the verdict broke (a reports review).
    assert_eq!(req("use-case-safeguards")["basis"], "practice");
    assert_eq!(req("use-case-safeguards")["reading"], "");
    assert_eq!(req("output-evaluation")["met"], false);
    assert_eq!(req("output-evaluation")["state"], "not-shown");
    assert_eq!(req("accountability")["met"], true);
    let tv: toml::Value = toml::from_str(&render(&q, &a, Format::Toml, &t).unwrap()).unwrap();
    let treq = |id: &str| {
        tv["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"].as_str() == Some(id))
            .unwrap()
            .clone()
    };
    assert!(treq("human-oversight").get("met").is_none());
    assert_eq!(treq("output-evaluation")["met"].as_bool(), Some(false));
}

/// A reports review: a safeguard planned beyond what the use requires, with its owner and date,
/// was in the response to AWS and the JSON but not in the report a reviewer signs off.
#[test]
fn the_markdown_report_shows_what_is_planned_beyond_what_is_required() {
    let (q, a) = builtin_case("examples/clinical-triage-assistant.toml");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains("Planned beyond what this use requires: Alternative process and adjustments (planned; Dr. Helen Moss, Chief Clinical Information Officer; by 2027-03-31)."),
        "{md}"
    );
    let (q, a) = builtin_case("examples/internal-doc-summariser.toml");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(!md.contains("Planned beyond"), "{md}");
}

/// A hostile review: with a question blank, the safeguard it would show was in no count of the
/// report's summary, which added up to less than its gaps. It is counted as not shown yet, in
/// the Markdown and in the JSON.
#[test]
fn a_safeguard_not_shown_yet_is_counted_in_every_format() {
    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    a.answers.remove("human-review");
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains("  - required by the policy: 4; 1 not shown yet (a question that could show it is unanswered)\n"),
        "{md}"
    );
    assert!(
        md.contains("- **Next actions:** answer the questions that could show 1 safeguard the policy requires"),
        "{md}"
    );
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &builtin()).unwrap()).unwrap();
    assert_eq!(
        jv["compliance"]["not_shown_yet"],
        serde_json::json!(["human-review"])
    );
    assert_eq!(jv["compliance"]["policy_gaps"], serde_json::json!([]));
}

/// A reports review: with the triage example's testing, owner and medical questions blank, JSON
/// counted 7 safeguards not shown yet while the Markdown said 2, calling the 5 recommended ones
/// "open". Every format says the 5 are not shown yet, and they stay recommendations.
#[test]
fn recommendations_not_shown_yet_are_said_so_in_every_format() {
    let (q, mut a) = builtin_case("examples/clinical-triage-assistant.toml");
    for id in [
        "tests-done",
        "owner-name",
        "lifecycle",
        "human-review",
        "owner",
        "medical-controls",
    ] {
        a.answers.remove(id);
    }
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &builtin()).unwrap()).unwrap();
    let pending = jv["compliance"]["recommendations_not_shown_yet"]
        .as_array()
        .unwrap()
        .len();
    let must = jv["compliance"]["not_shown_yet"].as_array().unwrap().len();
    assert!(pending > 0, "{}", jv["compliance"]);
    assert_eq!(
        jv["safeguards"]["counts"]["not_shown_yet"].as_u64(),
        Some((pending + must) as u64)
    );
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains(&format!(
            "open; {pending} of them not shown yet, as a question that could show them is unanswered\n"
        )),
        "{md}"
    );
    assert!(
        md.contains(&format!(
            "{pending} recommended safeguards are not shown yet, as questions that could show them are unanswered"
        )),
        "{md}"
    );
    assert!(!md.contains("recommended safeguards are open"), "{md}");
}

/// A reports review: JSON and TOML counted a safeguard whose recorded status the answers
/// contradict as "in place" (20 of 20), and ones an unanswered question could show as missing.
/// The counts follow what a reviewer reads, and every required safeguard is in one of them.
#[test]
fn safeguard_counts_follow_the_state_a_reviewer_reads() {
    let counts = |q: &Questionnaire, a: &Assessment| -> serde_json::Value {
        let json = raia::report::render(q, a, Format::Json, &builtin()).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["safeguards"]["counts"].clone()
    };
    let sum = |c: &serde_json::Value| -> u64 {
        [
            "in_place",
            "planned",
            "missing",
            "not_applicable",
            "not_shown_yet",
            "to_be_confirmed",
            "unsupported",
        ]
        .iter()
        .map(|k| c[k].as_u64().unwrap())
        .sum()
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for sub in ["examples", "tests/fixtures/judgement"] {
        for f in std::fs::read_dir(dir.join(sub)).unwrap() {
            let p = f.unwrap().path();
            if p.extension().is_some_and(|x| x == "toml") {
                files.push(format!(
                    "{sub}/{}",
                    p.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert!(files.len() > 90);
    for f in &files {
        let (q, a) = builtin_case(f);
        let c = counts(&q, &a);
        assert_eq!(sum(&c), c["required"].as_u64().unwrap(), "{f}: {c}");
    }

    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    let before = counts(&q, &a);
    assert_eq!(before["to_be_confirmed"], 0);
    a.answers
        .insert("human-review".into(), Answer::Choice("sampled".into()));
    a.safeguards.insert(
        "human-review".into(),
        raia::assessment::SafeguardEntry {
            status: raia::assessment::SafeguardStatus::InPlace,
            evidence: "Credit officers review declines".into(),
        },
    );
    let c = counts(&q, &a);
    assert_eq!(c["to_be_confirmed"], 1, "{c}");
    assert_eq!(
        c["in_place"].as_u64(),
        before["in_place"].as_u64().map(|n| n - 1),
        "{c}"
    );

    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    a.answers.remove("tests-done");
    let c = counts(&q, &a);
    assert!(c["not_shown_yet"].as_u64().unwrap() >= 1, "{c}");
    assert_eq!(c["missing"], 0, "{c}");
}

/// A reports review: in the response to AWS, "- drift caught only by monitoring + plus one"
/// and "2. second End. Thin-file ..." ran the author's lines into list items. A list item ("+ "
/// too) keeps its own line, and so does the line after it; prose lines still join.
#[test]
fn list_items_and_the_line_after_them_keep_their_own_lines() {
    let md = raia::report::escape::md(
        "Known limits:\n- thin files\n- drift\n+ plus one\n1. first\n2. second\nEnd. Thin-file\napplicants wrap here.",
    );
    assert_eq!(
        md,
        "Known limits:\\\n\\- thin files\\\n\\- drift\\\n\\+ plus one\\\n1\\. first\\\n2\\. second\\\nEnd. Thin-file applicants wrap here."
    );
}

/// A second reports review: with the risk assessment's evidence expired, the JSON said the
/// requirement was met (`met: true`) while the gate failed on it, and the Markdown summary
/// counted it nowhere. It is to be confirmed in every format, and the summary says to renew it.
#[test]
fn a_requirement_on_lapsed_evidence_is_to_be_confirmed_in_every_format() {
    let (q, mut a) = builtin_case("examples/clinical-triage-assistant.toml");
    a.evidence_dates.insert(
        "risk-assessment".into(),
        raia::assessment::EvidenceDates {
            expires: "2025-01-01".into(),
            ..Default::default()
        },
    );
    let t = builtin();
    let json = raia::report::render_on(&q, &a, Format::Json, &t, Some("2026-12-15")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let r = v["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "risk-evaluation")
        .unwrap();
    assert_eq!(r["met"], false, "{r}");
    assert_eq!(r["state"], "to-be-confirmed", "{r}");
    assert_eq!(v["safeguards"]["counts"]["unsupported"], 1);
    let md = raia::report::render_on(&q, &a, Format::Markdown, &t, Some("2026-12-15")).unwrap();
    assert!(
        md.contains("  - required by the policy: 4; 1 in place on evidence to renew\n"),
        "{md}"
    );
    assert!(
        md.contains(
            "- **Next actions:** renew or confirm the evidence of Documented risk assessment ("
        ),
        "{md}"
    );
}

/// A second reports review: the response to AWS said "Not stated in the assessment" for an
/// owner the file states ("No one has been named", with why).
#[test]
fn the_response_gives_the_owner_answer_when_no_name_is_asked() {
    let (q, a) = builtin_case("examples/deepfake-political-ad.toml");
    let info = render(&q, &a, Format::InfoRequest, &builtin()).unwrap();
    let row = info
        .lines()
        .find(|l| l.starts_with("| Accountable owner |"))
        .unwrap();
    assert!(row.contains("No one has been named"), "{row}");
}

/// A reports review: with "a named person" chosen and no name given, the response to AWS gave
/// the option's label as the accountable owner; and a vacancy or a team in the name's place
/// was sent as a person. Neither reads as a name.
#[test]
fn the_response_never_sends_a_label_or_a_vacancy_as_the_owner() {
    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    let row = |a: &raia::assessment::Assessment| {
        let info = render(&q, a, Format::InfoRequest, &builtin()).unwrap();
        info.lines()
            .find(|l| l.starts_with("| Accountable owner |"))
            .unwrap()
            .to_string()
    };
    assert!(
        row(&a).starts_with("| Accountable owner | Andre Wilson,"),
        "{}",
        row(&a)
    );
    a.answers.insert(
        "owner-name".into(),
        raia::answer::Answer::Text("Head of Lending (post to be filled)".into()),
    );
    assert_eq!(
        row(&a),
        "| Accountable owner | No named person: the answer is \"Head of Lending (post to be filled)\" |"
    );
    a.answers.remove("owner-name");
    assert!(
        row(&a).starts_with(
            "| Accountable owner | No name given; the answers say: \"A named person, with the authority"
        ),
        "{}",
        row(&a)
    );
}

/// A review of honest answers read "Testing done. Not stated in the assessment." under the
/// tests a translation service had passed: the summary of the tests is asked of consequential
/// uses only, so elsewhere the response to AWS leaves the line out rather than deny the tests.
#[test]
fn the_response_says_testing_not_stated_only_where_it_was_asked() {
    let t = builtin();
    let (q, a) = builtin_case("examples/internal-doc-summariser.toml");
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(info.contains("**Tests passed for this use.**"), "{info}");
    assert!(!info.contains("**Testing done.**"), "{info}");
    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(
        info.contains("**Testing done.** Out-of-time validation"),
        "{info}"
    );
    a.answers.remove("test-summary");
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(
        info.contains("**Testing done.** Not stated in the assessment."),
        "{info}"
    );
}

/// A reports review: the visa chatbot answers that it tells migrants what to do about their
/// legal position, and also "no decision area". The contradiction was named, but the reports
/// said "No answer marks a consequential decision", "nothing is required", "Testing: met" under
/// "recommended practice", and the response to AWS that the system gives no such advice.
#[test]
fn answers_that_may_hide_a_consequential_decision_leave_its_requirements_to_be_confirmed() {
    let (q, a) = builtin_case("tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml");
    let t = builtin();
    let md = render(&q, &a, Format::Markdown, &t).unwrap();
    assert!(
        !md.contains("No answer marks a consequential decision"),
        "{md}"
    );
    assert!(md.contains("the answers leave one open, so whether the requirements that come with one apply is **to be confirmed**"));
    assert!(md.contains("- the answers disagree in a way that may hide one: One answer says the system tells people what to do"));
    for title in [
        "Evaluate the risks of the use case",
        "Human oversight",
        "Testing",
    ] {
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| **{title}**")))
            .unwrap_or_else(|| panic!("{title}: {md}"));
        assert!(
            row.contains("| required by the policy where it applies | **to be confirmed**: it applies to a use that involves a consequential decision, and the answers leave that to be confirmed |"),
            "{row}"
        );
    }
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(
        !info.contains("The assessment found no consequential decision"),
        "{info}"
    );
    assert!(info.contains("**To be confirmed.** No current answer marks a consequential decision, but the answers leave one open"));
    assert!(info.contains("- Human oversight: to be confirmed (it applies to a use that involves a consequential decision, and the answers leave that to be confirmed)"), "{info}");
    let json: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    let reqs = json["requirements"].as_array().unwrap();
    let oversight = reqs.iter().find(|r| r["id"] == "human-oversight").unwrap();
    assert_eq!(oversight["state"], "to-be-confirmed");
    assert_eq!(oversight["in_doubt"], true);
    assert_eq!(oversight["met"], serde_json::Value::Bool(false));
    // Once the answers agree that it is legal advice, it is a consequential decision.
    let mut b = a.clone();
    b.answers.insert(
        "decision-areas".into(),
        Answer::Choices(vec!["legal-advice".into()]),
    );
    let e = raia::engine::evaluate(&q, &b);
    assert!(!e.consequential_in_doubt());
    assert!(e.requirements.iter().all(|r| !r.in_doubt));
}

/// A hostile review's overlay reworded the help of the question that marks consequential
/// decisions to tell teams to answer "none" for tools that recommend to a manager, and no report
/// said so. The Markdown report and the JSON name every help an overlay reworded, with the layer.
#[test]
fn reports_name_every_help_an_overlay_reworded() {
    let base = q();
    let over = raia::questionnaire::apply_overlay(
        base,
        "o.toml",
        "[questionnaire]\nid = \"acme\"\nversion = \"1\"\ntitle = \"Acme Standard 1\"\nextends = \"example-mini@1\"\n\n[[amend]]\nquestion = \"role\"\nhelp = \"Tools that recommend to a manager decide nothing: answer that a person decides.\"\n\n[[question]]\nid = \"acme-note\"\nsection = \"decisions\"\ntype = \"text\"\nprompt = \"Anything else?\"\nhelp = \"Insurance is not a decision area.\"\noptional = true\n\n[[question]]\nid = \"acme-ruling\"\nsection = \"decisions\"\ntype = \"yes_no\"\nprompt = \"Group Legal has ruled this is no decision; agreed?\"\noptional = true\n",
    )
    .unwrap();
    let mut a = realistic(&over);
    a.questionnaire.hash = over.content_hash.clone();
    let t = builtin();
    let md = render(&over, &a, Format::Markdown, &t).unwrap();
    let row = md
        .lines()
        .find(|l| l.starts_with("| Questions and help from an overlay"))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(
        row.contains("(Acme Standard 1): Tools that recommend to a manager decide nothing"),
        "{row}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&render(&over, &a, Format::Json, &t).unwrap()).unwrap();
    let reworded = json["questionnaire"]["reworded_help"].as_array().unwrap();
    // The amended help, and the help of a question the overlay adds in a base section.
    assert_eq!(reworded.len(), 3);
    assert_eq!(reworded[0]["question"], "role");
    assert_eq!(reworded[0]["by"], "Acme Standard 1");
    assert_eq!(reworded[1]["question"], "acme-note");
    assert_eq!(reworded[1]["help"], "Insurance is not a decision area.");
    // Its own question with no help: the prompt alone reached the people answering.
    assert_eq!(reworded[2]["question"], "acme-ruling");
    assert!(
        row.contains("**Group Legal has ruled this is no decision; agreed?** (Acme Standard 1)"),
        "{row}"
    );
    // Without an overlay, no such row.
    let plain = render(&q(), &realistic(&q()), Format::Markdown, &t).unwrap();
    assert!(!plain.contains("Questions and help from an overlay"));
}

/// A hostile review: while the answers leave a consequential decision in doubt (the flood model
/// of case 100), the reports and plain mode said every safeguard the use calls for was in place
/// and "No gaps", and the summary gave a hidden answer as the reason. They now say the
/// safeguards a consequential decision would call for are to be confirmed with it.
#[test]
fn no_output_says_all_in_place_while_a_consequential_decision_is_in_doubt() {
    let (q, a) = builtin_case("tests/fixtures/judgement/100-flood-model-refuses-home-cover.toml");
    let t = builtin();
    let md = render(&q, &a, Format::Markdown, &t).unwrap();
    assert!(!md.contains("No gaps: every safeguard"), "{md}");
    assert!(md.contains("No gaps among the safeguards the answers call for now; what a consequential decision would call for is to be confirmed with it"));
    assert!(md.contains("none marked by the answers shown, but **to be confirmed**: the answers leave one open (see below)."));
    assert!(!md.contains("an answer kept for a hidden question marks one"));
    assert!(md.contains("Safeguards in the catalogue the answers do not call for now (a consequential decision, to be confirmed above, may call for some of them): "));
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert!(
        !info.contains("- Every safeguard this use calls for is in place"),
        "{info}"
    );
    assert!(info.contains("- Every safeguard the answers call for now is in place or not applicable with a reason; those a consequential decision would call for are to be confirmed with it (section 7)."));
    // The CSV, with no other word of the doubt, says it in the state of each safeguard a
    // consequential decision could bring (a later hostile review read "not required").
    let csv = render(&q, &a, Format::Csv, &t).unwrap();
    let row = csv
        .lines()
        .find(|l| l.starts_with("human-review,"))
        .unwrap_or_else(|| panic!("{csv}"));
    assert!(row.contains("not required by the answers as they stand; a consequential decision, to be confirmed, may require it"), "{row}");
    let e = raia::engine::evaluate(&q, &a);
    let panel = raia::explain::open_safeguards(&e, Some("2026-12-15"));
    assert!(
        panel.contains("those a consequential decision would call for are to be confirmed with it"),
        "{panel}"
    );
    assert_eq!(
        raia::explain::requirements_in_doubt(&e).as_deref(),
        Some(
            "To be confirmed with it, as the policy requires them for a consequential decision: Evaluate the risks of the use case; Human oversight; Testing; Safeguards specific to the use case."
        )
    );
}

/// A review of honest teams: the response to AWS said "Every safeguard this use calls for is in
/// place or not applicable with a reason" beside "none of the safeguards it calls for is in
/// place", of two safeguards recorded not applicable. It says what is open, in the same words
/// in every format.
#[test]
fn a_requirement_nothing_shows_met_is_never_beside_every_safeguard_in_place() {
    let (q, a) = builtin_case(
        "tests/fixtures/judgement/128-claims-fraud-referral-safeguards-not-applicable.toml",
    );
    for format in [Format::InfoRequest, Format::Markdown] {
        let text = render(&q, &a, format, &builtin()).unwrap();
        assert!(
            !text.contains("Every safeguard this use calls for is in place"),
            "{text}"
        );
        assert!(
            text.contains(
                "No safeguard this use calls for is missing or planned, but nothing in place shows"
            ),
            "{text}"
        );
        assert!(
            text.contains("are recorded not applicable, so none shows it met"),
            "{text}"
        );
    }
}

/// A hostile review: the safeguards table showed human review and the appeal route "in place"
/// by the options picked, while the notes on those answers (reviewers overturn nothing; the
/// appeal goes back to whoever decided) stood only in the appendix. The note on an answer that
/// shows a safeguard now stands beside it, in the report and in the response to AWS, as
/// written; a note on another answer does not.
#[test]
fn the_note_on_an_answer_that_shows_a_safeguard_stands_beside_it() {
    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    let said = "Officers confirm about 900 proposed declines a day | median 11 seconds;\nnone was overturned in 2026.";
    a.notes.insert("human-review".into(), said.into());
    let t = builtin();
    let md = render(&q, &a, Format::Markdown, &t).unwrap();
    assert_tables_intact(&md);
    let row = |title: &str| -> String {
        md.lines()
            .find(|l| l.starts_with(&format!("| **{title}** `")))
            .unwrap_or_else(|| panic!("no row for {title}:\n{md}"))
            .to_string()
    };
    let review = row("Human review of adverse decisions");
    assert!(
        review.contains("<br>Note on \"When does a person review the outcome?\": Officers confirm about 900 proposed declines a day \\| median 11 seconds;<br>none was overturned in 2026."),
        "{review}"
    );
    assert!(!row("Appeal to a person").contains("Officers confirm"));
    // A safeguard recorded in the assessment carries its own evidence, not the notes.
    assert!(!row("Documented risk assessment").contains("Note on"));
    let info = render(&q, &a, Format::InfoRequest, &t).unwrap();
    assert_tables_intact(&info);
    assert!(
        info.contains("<br>Note on \"When does a person review the outcome?\": Officers confirm"),
        "{info}"
    );
    // The machine formats carry the note exactly.
    let json: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &t).unwrap()).unwrap();
    let found = json["safeguards"]["required"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["id"] == "human-review")
        .unwrap_or_else(|| panic!("{json}"));
    assert_eq!(found["answer_notes"][0]["note"], said);
    assert_eq!(
        found["answer_notes"][0]["prompt"],
        "When does a person review the outcome?"
    );
}

/// A new-user trial read "recommended practice ... never a breach" beside the only safeguards
/// that met "Safeguards specific to the use case", a requirement the gate fails without, and
/// "needed to show ... is met" once they were missing. In place, they say they show it met;
/// one the reading does not count stays a recommendation.
#[test]
fn a_recommendation_that_shows_a_requirement_met_says_so() {
    let (q, a) = builtin_case("examples/loan-pre-approval.toml");
    let r = Report::build(&q, &a);
    let row = |id: &str| {
        r.safeguards
            .required
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    for id in ["explanation", "adverse-action-reasons"] {
        let s = row(id);
        assert_eq!(s.status, raia::assessment::SafeguardStatus::InPlace, "{id}");
        assert_eq!(
            s.basis_label,
            "shows \"Safeguards specific to the use case\", which the policy requires, is met: one such safeguard must stay in place",
            "{id}"
        );
        assert!(!s.shows_requirement, "{id}: not counted as a gap to close");
    }
    assert_eq!(
        row("documented-uses").basis_label,
        "shows \"Information on request\", which the policy requires, is met: one such safeguard must stay in place"
    );
    for id in ["ai-notice", "alternative-process"] {
        assert_eq!(row(id).basis_label, "recommended practice", "{id}");
    }
    let md = raia::report::render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains("| **Explanation to affected people** `explanation`<br>Safeguards specific to the use case; Responsible AI Requirements, 1st paragraph, 1st sentence | shows \"Safeguards specific to the use case\", which the policy requires, is met: one such safeguard must stay in place | in place |"),
        "{md}"
    );
}

/// A new-user trial read the gate's "1 policy requirement is not shown to be met by the answers
/// (Safeguards specific to the use case)" and found it nowhere in the summary's "Not compliant
/// ... not met:" line, which named only the other three. The line names it, in the gate's words.
#[test]
fn the_compliance_line_names_what_is_not_shown_to_be_met_as_the_gate_does() {
    let (q, a) = builtin_case("examples/cv-screener-auto-reject.toml");
    let md = raia::report::render(&q, &a, Format::Markdown, &builtin()).unwrap();
    let line = md
        .lines()
        .find(|l| l.starts_with("**Against the policy's requirements:**"))
        .unwrap();
    assert!(
        line.contains("Testing (as raia reads it for this use: Bias and adverse-impact testing not in place); not shown to be met by the answers: Safeguards specific to the use case."),
        "{line}"
    );
    assert!(
        line.contains("1 policy requirement is not shown to be met by the answers (Safeguards specific to the use case)"),
        "{line}"
    );
}

/// A fifth review's tenant screener read "Lawful basis and privacy notice: in place" beside the
/// team's own words that the notice does not cover the use. While words that describe a privacy
/// violation by saying people were not told stand, no answer shows the notice in place; words
/// of another kind leave it as the answers show it.
#[test]
fn words_that_say_the_notice_does_not_cover_the_use_leave_it_to_be_confirmed() {
    let (q, mut a) = builtin_case("examples/benefits-eligibility-triage.toml");
    let status = |a: &raia::assessment::Assessment| {
        let e = raia::engine::evaluate(&q, a);
        let s = e.safeguard("lawful-basis-notice").unwrap();
        (s.status, s.is_contradicted())
    };
    assert_eq!(
        status(&a),
        (raia::assessment::SafeguardStatus::InPlace, false)
    );
    a.notes.insert(
        "identification".into(),
        "The tax-audit cross-match is not in the privacy notice yet.".into(),
    );
    let e = raia::engine::evaluate(&q, &a);
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "words-describe-privacy"
                && c.blocks.iter().any(|b| b == "lawful-basis-notice")),
        "{:?}",
        e.contradictions
    );
    assert!(status(&a).1, "the notice is to be confirmed");
    let md = raia::report::render(&q, &a, Format::Markdown, &builtin()).unwrap();
    let row = md
        .lines()
        .find(|l| l.starts_with("| **Lawful basis and privacy notice**"))
        .unwrap();
    assert!(row.contains("| **to be confirmed** |"), "{row}");
    // Sealed court records used: a privacy violation of another kind, which leaves the notice
    // as the answers show it.
    a.notes.insert(
        "identification".into(),
        "Claim files are also matched against sealed and expunged court records scraped from county dockets.".into(),
    );
    let e = raia::engine::evaluate(&q, &a);
    let found = e
        .contradictions
        .iter()
        .find(|c| c.id == "words-describe-privacy")
        .expect("sealed records read as privacy");
    assert!(found.blocks.is_empty(), "{:?}", found.blocks);
    assert_eq!(
        status(&a),
        (raia::assessment::SafeguardStatus::InPlace, false)
    );
    // The sealed records first and the notice after, in one note or in another: the finding
    // comes from the first sentence, and the later one still leaves the notice to be confirmed
    // (a fifth review's tenant screener).
    let sealed = "Claim files are also matched against sealed and expunged court records scraped from county dockets.";
    let untold = "The tax-audit cross-match is not in the privacy notice yet.";
    a.notes
        .insert("identification".into(), format!("{sealed} {untold}"));
    assert!(status(&a).1, "one note: the notice is to be confirmed");
    a.notes.insert("identification".into(), sealed.into());
    a.notes.insert("personal-data".into(), untold.into());
    assert!(
        a.answers.contains_key("personal-data"),
        "the second note sits on an answered question"
    );
    assert!(status(&a).1, "two notes: the notice is to be confirmed");
}

/// Health data used with no lawful basis recorded, beside policy gaps: the one-line statement
/// says the possible prohibited use too, not the gaps alone (a new-user pass read only the
/// gaps there while the gate's first reason was the privacy concern).
#[test]
fn the_compliance_statement_names_misuse_left_open_beside_the_gaps() {
    let (q, mut a) = builtin_case("examples/benefits-eligibility-triage.toml");
    a.answers.insert(
        "privacy-controls".into(),
        Answer::Choices(vec!["minimise".into(), "no-training".into()]),
    );
    a.answers
        .insert("sensitive-basis".into(), Answer::Choice("none".into()));
    a.notes.insert(
        "sensitive-basis".into(),
        "Claim files reused from the old scheme; no basis recorded yet.".into(),
    );
    a.answers.insert(
        "tests-done".into(),
        Answer::Choices(vec!["accuracy".into()]),
    );
    let e = raia::engine::evaluate(&q, &a);
    assert!(
        !e.unguarded_concerns().is_empty(),
        "the privacy concern is open"
    );
    assert!(e.gaps.iter().any(|g| g == "bias-testing"), "{:?}", e.gaps);
    let said = raia::explain::compliance_statement(&q, &e, None);
    assert!(said.starts_with("Not compliant with"), "{said}");
    assert!(
        said.contains(
            "Besides, the answers show the system could be used for Violating privacy rights"
        ),
        "{said}"
    );
}

/// A lawful basis recorded with the privacy notice still to come (a new-user pass found no
/// option for it and answered "none is recorded"): the answer says so in its own words, the
/// privacy concern stays open until the notice covers the use, an impact assessment does not
/// guard it, and the notice recorded in place beside the answer is to be confirmed.
#[test]
fn a_privacy_notice_still_to_come_keeps_the_concern_open_in_its_own_words() {
    let (q, mut a) = builtin_case("examples/benefits-eligibility-triage.toml");
    a.answers.insert(
        "privacy-controls".into(),
        Answer::Choices(vec!["pia".into(), "minimise".into(), "no-training".into()]),
    );
    a.answers.insert(
        "sensitive-basis".into(),
        Answer::Choice("notice-pending".into()),
    );
    a.notes.insert(
        "sensitive-basis".into(),
        "Public task basis, recorded in ROPA-22; the privacy notice update goes out in January."
            .into(),
    );
    let e = raia::engine::evaluate(&q, &a);
    let open = e.unguarded_concerns();
    assert_eq!(open.len(), 1, "{open:?}");
    let (p, against) = &open[0];
    assert_eq!(p.id, "privacy");
    let ids: Vec<&str> = against.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["lawful-basis-notice"], "only the notice guards it");
    let said = raia::explain::compliance_statement(&q, &e, None);
    assert!(
        said.contains("the privacy notice does not cover this use so far"),
        "{said}"
    );
    assert!(!said.contains("None is recorded"), "{said}");
    // The notice recorded in place while the answer says it is to come.
    a.safeguards.insert(
        "lawful-basis-notice".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: "Privacy notice v4 (2026-01), ROPA-22".into(),
        },
    );
    let e = raia::engine::evaluate(&q, &a);
    let notice = e.safeguard("lawful-basis-notice").unwrap();
    assert!(notice.is_contradicted(), "{:?}", notice.conflicts);
}

/// Section 2 of the information request quotes the team's own account of a person's part ("every
/// proposed decline goes to a credit officer"); where the answers leave human oversight in doubt
/// it says so right there, not only in section 7 (a compliance review read the claim unflagged
/// while a note in section 13 withdrew it). A file whose oversight is met gets no such line.
#[test]
fn the_information_request_flags_oversight_in_doubt_where_it_quotes_the_teams_account() {
    let (q, a) = builtin_case("tests/fixtures/loan-reviewed-messy.toml");
    let ir = render_on(&q, &a, Format::InfoRequest, &builtin(), Some("2026-12-06")).unwrap();
    let section2 = ir
        .split("## 2. ")
        .nth(1)
        .and_then(|s| s.split("## 3. ").next())
        .unwrap();
    assert!(
        section2.contains("**Read with section 7.** Human oversight (required by the policy): to be confirmed (the answers leave the status of \"Human review of adverse decisions\" to be confirmed)."),
        "{section2}"
    );
    let (q, a) = builtin_case("examples/loan-pre-approval.toml");
    let ir = render_on(&q, &a, Format::InfoRequest, &builtin(), Some("2026-12-06")).unwrap();
    assert!(!ir.contains("Read with section 7"), "{ir}");
    // Missing outright, it names the safeguard missing.
    let (q, a) = builtin_case("examples/cv-screener-auto-reject.toml");
    let ir = render_on(&q, &a, Format::InfoRequest, &builtin(), Some("2026-12-06")).unwrap();
    assert!(
        ir.contains("**Read with section 7.** Human oversight (required by the policy): not met; Human review of adverse decisions (missing)."),
        "{ir}"
    );
}

/// A compliance review's messy loan file: statuses the answers contradict and evidence that
/// expired. Each basis's line says what is in doubt under it (not "none open"), the gaps lists
/// of `raia score` and the Markdown name the expired evidence beside the statuses to confirm,
/// a crosswalk does not call expired evidence a contradiction, and SARIF says which of the
/// contradicted statuses are recommended practice.
#[test]
fn a_messy_file_says_what_is_in_doubt_under_each_basis_and_everywhere_it_lists_gaps() {
    let (q, a) = builtin_case("tests/fixtures/loan-reviewed-messy.toml");
    let md = render_on(&q, &a, Format::Markdown, &builtin(), Some("2026-12-06")).unwrap();
    assert!(
        md.contains(
            "  - required by the policy: 4; 2 to be confirmed, 1 in place on evidence to renew\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("must stay in place; 3 to be confirmed\n"),
        "{md}"
    );
    assert!(
        !md.contains("  - also:"),
        "counted once, on its own line: {md}"
    );
    // Its note on the tests passed opens on robustness testing: that one is doubted, not the
    // accuracy evaluation the same answer shows.
    let e = raia::engine::evaluate(&q, &a);
    assert!(e.safeguard("robustness-testing").unwrap().is_contradicted());
    assert!(
        !e.safeguard("accuracy-evaluation")
            .unwrap()
            .is_contradicted()
    );
    assert!(
        md.contains("To renew, as the evidence has expired or is dated after today: Documented risk assessment (in place, but its evidence expired on 2026-11-18). No other safeguard this use calls for is open."),
        "{md}"
    );
    let (name, text) = raia::questionnaire::BUILTIN_OVERLAYS[0];
    let with_crosswalk = raia::questionnaire::apply_overlay(q.clone(), name, text).unwrap();
    let cw = raia::report::crosswalk::build(&with_crosswalk, &a, "eu-ai-act", Some("2026-12-06"))
        .unwrap();
    let art9 = cw.items.iter().find(|i| i.item == "art-9").unwrap();
    assert!(
        !art9
            .status_label
            .contains("the answers contradict a status"),
        "{}",
        art9.status_label
    );
    // The words SARIF and the gate give each finding.
    let e = raia::engine::evaluate(&q, &a);
    let findings = e.gate_on(raia::engine::Binding::of(&q, &a), false, Some("2026-12-06"));
    let words: Vec<String> = findings
        .iter()
        .flat_map(|f| {
            f.subjects
                .iter()
                .map(|s| raia::explain::gate_finding(&q, &a, &e, &f.failure, s))
                .collect::<Vec<_>>()
        })
        .collect();
    let robustness = words
        .iter()
        .find(|l| l.contains("\"Robustness testing\" is to be confirmed"))
        .unwrap();
    assert!(
        robustness.ends_with("(recommended practice: the gate fails on the answers disagreeing, not on the safeguard being absent)"),
        "{robustness}"
    );
    let review = words
        .iter()
        .find(|l| l.contains("\"Human review of adverse decisions\" is to be confirmed"))
        .unwrap();
    assert!(!review.contains("recommended practice"), "{review}");
}

/// A report says the day it was judged on; written on an earlier day and otherwise the same, it
/// is still up to date (the export screen would otherwise call every report stale the next
/// morning), while a change to anything else is not.
#[test]
fn a_report_from_an_earlier_day_is_up_to_date_when_nothing_else_changed() {
    let (q, a) = builtin_case("examples/internal-doc-summariser.toml");
    let t = builtin();
    let today = raia::session::today();
    let dir = tempfile::tempdir().unwrap();
    for (format, marker) in [
        (Format::Markdown, "| Judged as of | "),
        (Format::Json, "\"judged_on\": \""),
        (Format::Toml, "judged_on = \""),
    ] {
        let now = render_on(&q, &a, format, &t, Some(&today)).unwrap();
        assert!(now.contains(&format!("{marker}{today}")), "{now}");
        let earlier = now.replacen(
            &format!("{marker}{today}"),
            &format!("{marker}2026-01-02"),
            1,
        );
        let path = dir.path().join("report");
        std::fs::write(&path, &earlier).unwrap();
        assert_eq!(
            raia::report::up_to_date(&q, &a, format, &t, &path),
            Some(true)
        );
        std::fs::write(&path, earlier.replacen("Staff", "Stuff", 1)).unwrap();
        assert_eq!(
            raia::report::up_to_date(&q, &a, format, &t, &path),
            Some(false)
        );
    }
}

/// A review that is likely nominal is raia's judgement on what the answers add up to, not two
/// answers at odds: every mode says so in words, and the gate still fails on it (a new-user
/// trial read "1 pair of answers contradict each other" beside "The review is likely nominal").
#[test]
fn a_judgement_on_the_answers_is_not_called_answers_that_contradict() {
    let (q, mut a) = builtin_case("examples/benefits-eligibility-triage.toml");
    a.answers
        .insert("override-rate".into(), Answer::Choice("rarely".into()));
    let e = raia::engine::evaluate(&q, &a);
    let nominal = e
        .contradictions
        .iter()
        .find(|c| c.id == "nominal-oversight")
        .expect("the review reads as likely nominal");
    assert!(nominal.judgement);
    assert_eq!(e.contradictions.len(), 1, "{:?}", e.contradictions);
    let gate = e.gate(raia::engine::Binding::Bound, false);
    assert!(
        gate.contains(&raia::engine::GateFailure::Contradictions {
            count: 0,
            judgements: vec!["The review is likely nominal".to_string()],
            prohibitions: Vec::new(),
        }),
        "{gate:?}"
    );
    let said = raia::explain::gate_failures(&gate, &q).join("\n");
    assert!(
        said.contains("1 judgement on the answers to settle (the review is likely nominal)"),
        "{said}"
    );
    assert!(!said.contains("contradict each other"), "{said}");
    // The review safeguard waits on the judgement; nothing disagrees on its status, and it is
    // not counted as a second thing the answers contradict (a new-user pass).
    assert!(
        said.contains("1 safeguard is to be confirmed until the contradiction or judgement on the answers that holds it back is settled (Human review of adverse decisions)"),
        "{said}"
    );
    assert!(!said.contains("disagree on whether"), "{said}");
    assert_eq!(
        raia::explain::contradicted(&e),
        "1 judgement on the answers is to be settled and 1 safeguard status waits on what holds it back"
    );
    // A crosswalk says which of its reasons keeps items to be confirmed.
    let (name, text) = raia::questionnaire::BUILTIN_OVERLAYS[0];
    let with_crosswalk = raia::questionnaire::apply_overlay(q.clone(), name, text).unwrap();
    let cw = raia::report::crosswalk::build(&with_crosswalk, &a, "eu-ai-act", None).unwrap();
    let labels: Vec<&str> = cw.items.iter().map(|i| i.status_label.as_str()).collect();
    assert!(
        labels.contains(&"to be confirmed: a contradiction or judgement on the answers is to be settled first, and nothing is called addressed until it is"),
        "{labels:?}"
    );
    assert!(
        !labels.iter().any(|l| l.contains(", or contradicts itself")),
        "{labels:?}"
    );
    let lines = raia::explain::disagreements(&q, &e);
    assert!(lines[0].starts_with("raia's judgement: The review is likely nominal"));
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("is to be confirmed until the judgement above is settled")),
        "{lines:?}"
    );
    let md = raia::report::render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains("raia judges that the review is likely nominal"),
        "{md}"
    );
    assert!(md.contains("- **raia's judgement, to settle:** The review is likely nominal"));
    assert!(md.contains("1 judgement on the answers is to be settled"));
    assert!(!md.contains("pair of answers contradict"), "{md}");
    // Beside answers at odds, each is counted as what it is.
    a.notes.insert(
        "identification".into(),
        "The tax-audit cross-match is not in the privacy notice yet.".into(),
    );
    let e = raia::engine::evaluate(&q, &a);
    let judged = e.contradictions.iter().filter(|c| c.judgement).count();
    let pairs = e.contradictions.len() - judged;
    assert!(pairs > 0 && judged == 1, "{:?}", e.contradictions);
    let said = raia::explain::contradicting(&e.contradictions);
    assert!(
        said.starts_with(&format!("{pairs} pair"))
            && said
                .ends_with("; 1 judgement on the answers to settle (the review is likely nominal)"),
        "{said}"
    );
}

/// A new user's trial: a tenant-screening tool's nominal review said no answer showed "Human
/// review of adverse decisions; Professional oversight of advice" in place, though the use
/// gives no advice. Only the safeguards this use calls for are named.
#[test]
fn a_judgement_names_only_the_safeguards_this_use_calls_for() {
    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    a.answers
        .insert("override-rate".into(), Answer::Choice("rarely".into()));
    let md = render(&q, &a, Format::Markdown, &builtin()).unwrap();
    assert!(
        md.contains("**raia's judgement, to settle:** The review is likely nominal"),
        "{md}"
    );
    assert!(
        md.contains("Until resolved, no answer shows Human review of adverse decisions in place."),
        "{md}"
    );
    assert!(
        !md.contains("Professional oversight of advice in place"),
        "{md}"
    );
    let jv: serde_json::Value =
        serde_json::from_str(&render(&q, &a, Format::Json, &builtin()).unwrap()).unwrap();
    let nominal = jv["contradictions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "nominal-oversight")
        .unwrap();
    assert_eq!(
        nominal["blocks"],
        serde_json::json!(["Human review of adverse decisions"])
    );
}

/// The loan example as a compliance review altered it: bias testing and monitoring recorded
/// planned, with owners and target dates (monitoring's already passed on 2026-12-06), while the
/// answers tick both as in place; a note that says robustness testing was not run; the
/// alternative process marked not applicable with a reason a reviewer must confirm.
fn loan_with_plans() -> (Questionnaire, Assessment) {
    let (q, mut a) = builtin_case("examples/loan-pre-approval.toml");
    a.notes.insert(
        "tests-done".into(),
        "Robustness testing has not actually been run yet: the thin-file stress tests are \
         scheduled for Q2 2027."
            .into(),
    );
    for (id, evidence, owner, target) in [
        (
            "bias-testing",
            "Re-run of adverse-impact testing on 2025 applications commissioned from Model Risk.",
            "Priya Natarajan, Head of Model Risk",
            "2027-03-31",
        ),
        (
            "monitoring",
            "Drift dashboard being built.",
            "Lending Analytics",
            "2026-10-31",
        ),
    ] {
        a.safeguards.insert(
            id.into(),
            SafeguardEntry {
                status: SafeguardStatus::Planned,
                evidence: evidence.into(),
            },
        );
        a.plans.insert(
            id.into(),
            raia::assessment::SafeguardPlan {
                owner: owner.into(),
                target: target.into(),
            },
        );
    }
    a.safeguards.insert(
        "alternative-process".into(),
        SafeguardEntry {
            status: SafeguardStatus::NotApplicable,
            evidence: "Not relevant: online is our main channel.".into(),
        },
    );
    (q, a)
}

#[test]
fn a_plan_recorded_beside_a_status_to_be_confirmed_is_in_every_report() {
    let (q, a) = loan_with_plans();
    let on = |f: Format| render_on(&q, &a, f, &builtin(), Some("2026-12-06")).unwrap();

    let info = on(Format::InfoRequest);
    assert!(
        info.contains(
            "| Bias and adverse-impact testing | recorded planned; the answers say it is in place, \
             so it is to be confirmed; required by the policy | Priya Natarajan, Head of Model \
             Risk | 2027-03-31 |"
        ),
        "{info}"
    );
    assert!(
        info.contains(
            "| Monitoring in operation | recorded planned; the answers say it is in place, so it \
             is to be confirmed; recommended practice | Lending Analytics | 2026-10-31 (passed) |"
        ),
        "{info}"
    );

    let md = on(Format::Markdown);
    assert!(
        md.contains(
            "Plans the assessment records for safeguards not counted as gaps: Bias and \
             adverse-impact testing (recorded planned; the answers say it is in place, so it is \
             to be confirmed; planned: Priya Natarajan, Head of Model Risk to put it in place by \
             2027-03-31); Monitoring in operation (recorded planned; the answers say it is in \
             place, so it is to be confirmed; planned: Lending Analytics to put it in place by \
             2026-10-31, a target that has passed)."
        ),
        "{md}"
    );

    let json: serde_json::Value = serde_json::from_str(&on(Format::Json)).unwrap();
    let plan = |id: &str| {
        json["remediation"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["safeguard"] == id)
            .unwrap_or_else(|| panic!("no plan for {id}: {}", json["remediation"]))
            .clone()
    };
    let bias = plan("bias-testing");
    assert_eq!(bias["owner"], "Priya Natarajan, Head of Model Risk");
    assert_eq!(bias["target"], "2027-03-31");
    assert_eq!(bias["target_passed"], false);
    assert_eq!(bias["gap"], false);
    assert_eq!(
        bias["status_label"],
        "recorded planned; the answers say it is in place, so it is to be confirmed"
    );
    let monitoring = plan("monitoring");
    assert_eq!(monitoring["target_passed"], true);
    assert_eq!(
        monitoring["plan"],
        "planned: Lending Analytics to put it in place by 2026-10-31, a target that has passed"
    );

    let toml_doc = on(Format::Toml);
    assert!(
        toml_doc
            .contains("owner = \"Priya Natarajan, Head of Model Risk\"\ntarget = \"2027-03-31\"\n"),
        "{toml_doc}"
    );

    let csv_text = on(Format::Csv);
    let column = |name: &str| CSV_HEADER.iter().position(|h| *h == name).unwrap();
    let row = csv_row(&csv_text, "bias-testing");
    assert_eq!(
        &row[column("plan_owner")],
        "Priya Natarajan, Head of Model Risk"
    );
    assert_eq!(&row[column("plan_target")], "2027-03-31");
    assert_eq!(
        &row[column("plan")],
        "planned: Priya Natarajan, Head of Model Risk to put it in place by 2027-03-31"
    );
    let row = csv_row(&csv_text, "monitoring");
    assert_eq!(
        &row[column("plan")],
        "planned: Lending Analytics to put it in place by 2026-10-31, a target that has passed"
    );
    // A safeguard with no plan has none.
    assert_eq!(&csv_row(&csv_text, "human-review")[column("plan")], "");
}

#[test]
fn the_response_to_aws_states_a_disagreement_without_the_teams_advice() {
    let (q, a) = loan_with_plans();
    let on = |f: Format| render_on(&q, &a, f, &builtin(), Some("2026-12-06")).unwrap();
    let info = on(Format::InfoRequest);
    for advice in [
        "(correct those words, or change the answer)",
        "(if part of it is in place, record it in place with evidence that says what is still to come; otherwise change the answer)",
        "change the answer",
    ] {
        assert!(!info.contains(advice), "{advice} in:\n{info}");
    }
    assert!(
        info.contains(
            "| Monitoring in operation | recommended practice | to be confirmed (recorded as \
             planned, but the answers say it is in place: Which of these are in place now that \
             the system runs? → Quality, drift and misuse are monitored, with alerts to a named \
             team) |"
        ),
        "{info}"
    );
    assert!(
        info.contains(
            "Robustness testing: an answer shows it in place (Which tests has the system passed \
             for this use? → Robustness: edge cases, unusual or noisy input, drift), but the note \
             on \"Which tests has the system passed for this use?\" says the work was not done."
        ),
        "{info}"
    );
    // The team's own report keeps what to do.
    let md = on(Format::Markdown);
    assert!(md.contains("says the work was not done (correct those words, or change the answer)"));
    assert!(md.contains(
        "Fair-lending testing for disparate impact across protected groups; Which tests has the \
         system passed for this use? → Bias or adverse-impact testing across groups of people \
         (if part of it is in place, record it in place with evidence that says what is still \
         to come; otherwise change the answer)"
    ));
}

#[test]
fn both_documents_say_the_day_they_were_judged_as_of() {
    let (q, a) = loan_with_plans();
    let on = |f: Format| render_on(&q, &a, f, &builtin(), Some("2026-12-06")).unwrap();
    let md = on(Format::Markdown);
    assert!(
        md.contains(
            "| Judged as of | 2026-12-06 (the day against which evidence expiry, review dates \
             and target dates are read) |\n"
        ),
        "{md}"
    );
    let info = on(Format::InfoRequest);
    assert!(
        info.contains("This response is drawn from a self-assessment with SHA-256 `")
            && info.contains(
                "`. Judged as of 2026-12-06: evidence that expires, review dates and target dates \
             are read against that day.\n"
            ),
        "{info}"
    );
    let json: serde_json::Value = serde_json::from_str(&on(Format::Json)).unwrap();
    assert_eq!(json["judged_on"], "2026-12-06");
}

#[test]
fn not_applicable_for_a_reviewer_to_confirm_reads_so_in_every_report() {
    let (q, a) = loan_with_plans();
    let on = |f: Format| render_on(&q, &a, f, &builtin(), Some("2026-12-06")).unwrap();
    let md = on(Format::Markdown);
    assert!(
        md.contains(
            "Marked not applicable, for a reviewer to confirm: Alternative process and adjustments."
        ),
        "{md}"
    );
    let csv_text = on(Format::Csv);
    let state = CSV_HEADER.iter().position(|h| *h == "state").unwrap();
    assert_eq!(
        &csv_row(&csv_text, "alternative-process")[state],
        "not applicable, for a reviewer to confirm"
    );
    let info = on(Format::InfoRequest);
    assert!(
        info.contains(
            "| Alternative process and adjustments | recommended practice | not applicable, for a \
             reviewer to confirm | Not relevant: online is our main channel. |"
        ),
        "{info}"
    );
}
