#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benches fail loudly by design
//! The command line as a user meets it: exit codes, messages, help.
mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("mini.toml"), common::docs_example_text()).unwrap();
        Self { dir }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// A copy of `examples/{example}` in this environment, named `name`.
    fn example(&self, example: &str, name: &str) -> PathBuf {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let file = self.path(name);
        std::fs::copy(root.join("examples").join(example), &file).unwrap();
        file
    }
    /// `raia` with isolated config/data dirs and a fixed date.
    fn raia(&self) -> Command {
        let mut c = Command::cargo_bin("raia").unwrap();
        c.env("RAIA_CONFIG_DIR", self.path("config"))
            .env("RAIA_DATA_DIR", self.path("data"))
            .env("RAIA_TODAY", "2026-01-15")
            .env_remove("NO_COLOR");
        c
    }
    /// `raia --today DATE score --gate FILE`.
    fn score_gate_on(&self, today: &str, file: &Path) -> Command {
        let mut c = self.raia();
        c.args(["--today", today, "score", "--gate"]).arg(file);
        c
    }
    fn mini(&self) -> Command {
        let mut c = self.raia();
        c.arg("--questionnaire").arg(self.path("mini.toml"));
        c
    }
}

fn write(p: &Path, text: &str) {
    std::fs::write(p, text).unwrap();
}

const ANSWERED: &str = r#"schema_version = 1
[metadata]
system = "Hiring helper"
description = "Ranks applicants for a recruiter"
owner_team = "Talent"
assessor = "Ana"
[questionnaire]
id = "example-mini"
version = "1"
[answers]
voice-clone = "no"
hiring = true
role = "recommends"
[safeguards.named-owner]
status = "in-place"
evidence = "Owner: Talent lead"
"#;

/// ANSWERED (or a variant) bound to the docs example's exact text, as a save would leave it.
fn bound(text: &str) -> String {
    text.replacen(
        "version = \"1\"\n",
        &format!(
            "version = \"1\"\nhash = \"{}\"\n",
            common::docs_example().content_hash
        ),
        1,
    )
}

#[test]
fn every_command_has_examples_in_its_help() {
    let env = Env::new();
    let out = env.raia().arg("--help").assert().success();
    let help = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(help.contains("Examples:"), "{help}");
    // The commands are read from the help itself, so a command added later is checked too.
    let commands: Vec<&str> = help
        .split("Commands:\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    for expected in [
        "new", "init", "score", "report", "sign", "migrate", "status", "diff",
    ] {
        assert!(
            commands.contains(&expected),
            "{expected} missing from {commands:?}"
        );
    }
    for cmd in commands {
        let out = env.raia().args([cmd, "--help"]).assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(
            text.contains("Example"),
            "`raia {cmd} --help` shows no example:\n{text}"
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    env.raia().arg("--frobnicate").assert().code(2);
    // clap quotes what it did not understand: a file name a glob put first, or a value, shown
    // escaped (hostile review: `raia validate *` put an OSC title sequence on the terminal).
    // clap drops ESC sequences from plain text itself; C1 controls and bidi overrides it keeps.
    env.raia()
        .args(["validate", "--x\u{1b}]0;PWNED\u{7}\u{9b}31m\u{202e}.toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: unexpected argument '--x\\x9b31m\\u{202e}.toml' found\n",
        ));
    let out = env
        .raia()
        .args(["report", "a.toml", "--format", "x\u{9b}\u{85}\u{202e}"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    common::assert_terminal_safe("a bad value", &out.stderr);
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .starts_with("error: invalid value 'x\\x9b\\x85\\u{202e}' for '--format <FORMAT>'\n"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.raia().arg("validate").assert().code(2).stderr(
        "error: give assessment files to check, or --questionnaire PATH to check a questionnaire\n",
    );
    env.raia()
        .args(["resume", "no-such-draft"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no assessment file or draft named `no-such-draft`",
        ));
}

#[test]
fn init_writes_a_blank_assessment_that_validates_and_is_owner_only() {
    let env = Env::new();
    let file = env.path("a.toml");
    env.mini().arg("init").arg(&file).assert().success();
    let text = std::fs::read_to_string(&file).unwrap();
    for id in ["voice-clone", "hiring", "role", "owner"] {
        assert!(
            text.contains(&format!("# {id} = ")),
            "{id} missing:\n{text}"
        );
    }
    assert!(text.contains("\"no-consent\"") && text.contains("Yes, without consent"));
    assert!(text.contains("created = \"2026-01-15\""));
    env.mini()
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "loads, with 4 warnings (0 of 3 visible questions answered, incomplete: 2 required questions unanswered",
        ))
        // The four required system details are blank in a fresh file, and each is named.
        .stderr(predicate::str::contains(
            "\"System name\" is blank (metadata.system)",
        ));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // It will not overwrite without --force.
    env.mini()
        .arg("init")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pass --force"));
    env.mini()
        .arg("init")
        .arg(&file)
        .arg("--force")
        .assert()
        .success();
}

#[test]
fn the_built_in_questionnaire_writes_a_valid_blank_assessment() {
    let env = Env::new();
    let file = env.path("blank.toml");
    env.raia().arg("init").arg(&file).assert().success();
    env.raia().arg("validate").arg(&file).assert().success();
}

#[test]
fn a_malformed_assessment_gives_line_and_column_and_exit_1() {
    let env = Env::new();
    let file = env.path("bad.toml");
    write(
        &file,
        &ANSWERED.replace("hiring = true", "hiring = \"perhaps\""),
    );
    let out = env
        .mini()
        .arg("validate")
        .arg(&file)
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert_eq!(
        err,
        format!(
            "error: {}:12:10: `hiring` expects true or false, but the file has the string \"perhaps\"\n  help: write true or false\n",
            file.display()
        )
    );
    // Garbage never panics.
    write(&file, "\u{0}\u{1}[[[ = =");
    env.mini()
        .arg("score")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(":1:").and(predicate::str::contains("panicked").not()));
}

/// A key written in the wrong table of an assessment is told where it belongs (a new-user
/// trial's `review_by` under `[questionnaire]` was told only to remove or rename it); a key
/// that belongs nowhere still gets the list.
#[test]
fn a_key_in_the_wrong_table_is_told_where_it_belongs() {
    let env = Env::new();
    let loan = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/loan-pre-approval.toml"),
    )
    .unwrap();
    let file = env.path("moved.toml");
    let err = |text: &str| {
        write(&file, text);
        let out = env.raia().arg("validate").arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    let under_q = loan.replacen(
        "[questionnaire]\n",
        "[questionnaire]\nreview_by = \"2027-06-01\"\n",
        1,
    );
    let line = under_q
        .lines()
        .position(|l| l.starts_with("review_by"))
        .unwrap()
        + 1;
    assert_eq!(
        err(&under_q),
        format!(
            "error: {}:{line}:1: unknown field `review_by`, expected one of `id`, `version`, `hash`\n  help: this key belongs under [metadata]: move it there\n",
            file.display()
        )
    );
    let in_metadata = loan.replacen("[metadata]\n", "[metadata]\nschema_version = 1\n", 1);
    assert!(err(&in_metadata).contains(
        "help: this key belongs at the top of the file, before the first table: move it there"
    ),);
    let nowhere = loan.replacen("[metadata]\n", "[metadata]\nteam_lead = \"Ana\"\n", 1);
    assert!(
        err(&nowhere)
            .contains("help: remove or rename this key; the expected keys are listed above"),
    );
}

#[test]
fn a_malformed_questionnaire_gives_line_and_column_and_exit_1() {
    let env = Env::new();
    let q = env.path("broken.toml");
    write(
        &q,
        &common::docs_example_text().replace("applies = \"always\"", "applies = \"sometimes\""),
    );
    env.raia()
        .arg("--questionnaire")
        .arg(&q)
        .arg("validate")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("error: {}:", q.display())))
        .stderr(predicate::str::contains(
            "unknown variant `sometimes`, expected `always` or `consequential`",
        ));
    env.mini()
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ok (questionnaire example-mini version 1: 2 sections, 4 questions, 2 safeguards, 0 declared contradictions; content hash",
        ));
    env.raia()
        .arg("--questionnaire")
        .arg(env.path("missing.toml"))
        .arg("questions")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "missing.toml: cannot read questionnaire",
        ));
}

#[test]
fn score_prints_tier_reasons_and_gaps_and_gates() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    env.mini()
        .arg("score")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Hiring helper: tier HIGH"))
        .stdout(predicate::str::contains(
            "Consequential decisions: Hiring and termination",
        ))
        .stdout(predicate::str::contains("Gaps: none"))
        // The optional owner question is left blank: the count says so.
        .stdout(predicate::str::contains(
            "Assessment complete: 3 of 4 questions answered (the rest are optional).",
        ));
    // Unbound to a questionnaire text, the gate fails and says what to do.
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "gate: failed:\n  - the assessment is not bound to a questionnaire text\n",
        ))
        .stderr(predicate::str::contains(format!(
            "write hash = \"{}\" under [questionnaire]",
            common::docs_example().content_hash
        )));
    write(&file, &bound(ANSWERED));
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "gate: passed (no gap in what the policy requires was found; --strict also fails on what it says should be done and on recommendations)",
        ));

    write(
        &file,
        &bound(&ANSWERED.replace("role = \"recommends\"", "role = \"decides\"")),
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "INCOMPLETE: 1 required note missing; the notes explain answers already given, so the result stands",
        ))
        .stdout(predicate::str::contains(
            "  - Human review of adverse decisions: missing (to record it: [safeguards.human-review])",
        ))
        .stderr(predicate::str::contains(
            "gate: failed:\n  - the assessment is incomplete: 1 answer needs the note it asks for (raia validate FILE lists them)\n",
        ));

    write(
        &file,
        &ANSWERED.replace("voice-clone = \"no\"", "voice-clone = \"no-consent\""),
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stdout(predicate::str::contains("tier PROHIBITED"))
        .stdout(predicate::str::contains(
            "CONFIRMED Likeness without consent\n",
        ));
}

#[test]
fn questions_print_in_three_formats() {
    let env = Env::new();
    let json = env
        .mini()
        .args(["questions", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["questions"].as_array().unwrap().len(), 4);
    let toml_out = env
        .mini()
        .args(["questions", "--format", "toml"])
        .output()
        .unwrap();
    let t: toml::Value = toml::from_str(std::str::from_utf8(&toml_out.stdout).unwrap()).unwrap();
    assert_eq!(t["id"].as_str(), Some("example-mini"));
    env.mini()
        .arg("questions")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "### `role`: What does the system do in the decision?",
        ))
        // In words, never ids or condition syntax.
        .stdout(predicate::str::contains(
            "- shown when: Is the system used to decide who is hired? → \"Yes\"",
        ));
}

#[test]
fn list_shows_drafts_with_progress_and_tier() {
    let env = Env::new();
    env.mini()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("No drafts"));
    let drafts = env.path("data").join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    write(&drafts.join("hiring-helper.toml"), ANSWERED);
    write(&drafts.join("broken.toml"), "schema_version = ");
    // Issue 11, point 17: a draft with few answers says "incomplete", never a tier.
    write(
        &drafts.join("partial.toml"),
        &ANSWERED
            .replace("Hiring helper", "Partial")
            .replace("hiring = true\nrole = \"recommends\"\n", ""),
    );
    env.mini()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"hiring-helper\s+Hiring helper\s+3/4\s+high").unwrap())
        .stdout(predicate::str::is_match(r"partial\s+Partial\s+1/\d+\s+incomplete\s+-\n").unwrap())
        .stdout(predicate::str::contains("broken").and(predicate::str::contains("cannot be read")));
}

#[test]
fn a_questionnaire_in_the_config_dir_replaces_the_built_in_one() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("config")).unwrap();
    std::fs::copy(
        env.path("mini.toml"),
        env.path("config").join("questionnaire.toml"),
    )
    .unwrap();
    env.raia()
        .args(["questions", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"id\": \"example-mini\""));
    // When that questionnaire does not fit a file, the error says where it came from.
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/internal-doc-summariser.toml");
    env.raia()
        .arg("score")
        .arg(&example)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "questionnaire in use is `example-mini`",
        ))
        .stderr(predicate::str::contains(
            "note: the questionnaire in use is",
        ))
        .stderr(predicate::str::contains(
            "from raia's config directory; pass --questionnaire PATH to use another",
        ));
}

#[test]
fn every_example_reports_as_toml_and_json_that_ordinary_parsers_read() {
    let env = Env::new();
    let q = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        seen += 1;
        let a = raia::assessment::read_assessment(&path, &q).unwrap();
        let expected = raia::engine::evaluate(&q, &a).tier.name();
        let toml_out = env
            .raia()
            .args(["report", "--format", "toml"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(toml_out.status.success(), "{}", path.display());
        let t: toml::Value =
            toml::from_str(std::str::from_utf8(&toml_out.stdout).unwrap()).unwrap();
        assert_eq!(t["tier"].as_str(), Some(expected), "{}", path.display());
        assert_eq!(t["schema_version"].as_integer(), Some(1));
        let json_out = env
            .raia()
            .args(["report", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        let j: serde_json::Value = serde_json::from_slice(&json_out.stdout).unwrap();
        assert_eq!(j["tier"].as_str(), Some(expected), "{}", path.display());
        assert_eq!(
            j["assessment_hash"].as_str(),
            Some(a.answers_hash(&q).as_str())
        );
        // The other formats render too, and --out writes the same bytes atomically.
        for f in ["md", "csv", "info-request"] {
            let out = env.path(&format!("out.{f}"));
            env.raia()
                .args(["report", "--format", f, "--out"])
                .arg(&out)
                .arg(&path)
                .assert()
                .success();
            let direct = env
                .raia()
                .args(["report", "--format", f])
                .arg(&path)
                .output()
                .unwrap();
            assert_eq!(
                std::fs::read(&out).unwrap(),
                direct.stdout,
                "{f} {}",
                path.display()
            );
            // "--out -" is standard output, not a file named "-".
            let dash = env
                .raia()
                .current_dir(env.path(""))
                .args(["report", "--format", f, "--out", "-"])
                .arg(&path)
                .output()
                .unwrap();
            assert_eq!(dash.stdout, direct.stdout, "{f}");
            assert!(!env.path("-").exists());
        }
    }
    assert!(seen >= 8, "only {seen} examples");
    let summariser = dir.join("internal-doc-summariser.toml");
    env.raia()
        .arg("score")
        .arg(&summariser)
        .assert()
        .success()
        .stdout(predicate::str::contains("tier LOW"));
    let clone = dir.join("voice-clone-no-consent.toml");
    env.raia()
        .args(["score", "--gate"])
        .arg(&clone)
        .assert()
        .code(3)
        .stdout(predicate::str::contains("tier PROHIBITED"));
}

#[test]
fn answers_given_against_other_text_of_the_same_version_get_a_warning() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(
        &file,
        &ANSWERED.replace("version = \"1\"", "version = \"1\"\nhash = \"0000\""),
    );
    env.mini()
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: the answers were given against another text of questionnaire `example-mini` version 1 (hash 0000)",
        ));
}

#[test]
fn list_keeps_columns_aligned_with_wide_characters() {
    let env = Env::new();
    let drafts = env.path("data").join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    write(&drafts.join("cv.toml"), ANSWERED);
    write(
        &drafts.join("jp.toml"),
        &ANSWERED.replace(
            "system = \"Hiring helper\"",
            "system = \"履歴書スクリーナー 🤖\"",
        ),
    );
    let out = env.mini().arg("list").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    use unicode_width::UnicodeWidthStr;
    // The progress column ends at the same terminal cell on every row.
    let ends: Vec<usize> = text
        .lines()
        .filter(|l| l.contains("3/4"))
        .map(|l| l[..l.find("3/4").unwrap() + 3].width())
        .collect();
    assert_eq!(ends.len(), 2, "{text}");
    assert_eq!(ends[0], ends[1], "{text}");
}

#[test]
fn sign_records_a_sign_off_that_goes_stale_when_answers_change() {
    let env = Env::new();
    let file = env.path("a.toml");
    let original = format!("# Reviewed with the talent team; keep this comment.\n{ANSWERED}");
    write(&file, &original);
    env.mini()
        .args(["sign", "--name", "J. Compliance", "--role", "Risk officer"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("approved by J. Compliance"));
    let q = common::docs_example();
    let a = raia::assessment::read_assessment(&file, &q).unwrap();
    assert_eq!(a.signoff.len(), 1);
    assert_eq!(a.signoff[0].date, "2026-01-15");
    assert_eq!(a.signoff[0].assessment_hash, a.answers_hash(&q));
    // --today is the day of the run for sign too, as for the review dates it is judged by.
    let other = env.path("b.toml");
    write(&other, ANSWERED);
    env.mini()
        .args(["--today", "2025-06-01", "sign", "--name", "K. Review"])
        .args(["--decision", "changes-requested"])
        .arg(&other)
        .assert()
        .success();
    let b = raia::assessment::read_assessment(&other, &q).unwrap();
    assert_eq!(b.signoff[0].date, "2025-06-01");
    // The file is edited, not rewritten: comments and layout stay, and the diff is the
    // questionnaire hash it is now bound to plus the sign-off.
    let text = std::fs::read_to_string(&file).unwrap();
    let bound_original = bound(&original);
    assert!(text.starts_with(&bound_original), "{text}");
    assert!(text[bound_original.len()..].starts_with("\n[[signoff]]\nname = \"J. Compliance\""));
    assert_eq!(a.questionnaire.hash, q.content_hash);
    // A file checked out with Windows line breaks gets its sign-off with them too.
    let windows = env.path("c.toml");
    write(&windows, &original.replace('\n', "\r\n"));
    env.mini()
        .args(["sign", "--name", "J. Compliance"])
        .arg(&windows)
        .assert()
        .success();
    let signed = std::fs::read_to_string(&windows).unwrap();
    assert!(
        signed.contains("\r\n[[signoff]]\r\nname = \"J. Compliance\"\r\n"),
        "{signed:?}"
    );
    assert!(!signed.replace("\r\n", "").contains('\n'), "{signed:?}");
    // A byte-order mark stays, and a file with both kinds of line break follows the most of
    // them, not its first line (a hostile review).
    let mixed = env.path("d.toml");
    let (first, rest) = original.split_once('\n').unwrap();
    write(
        &mixed,
        &format!("\u{feff}{first}\n{}", rest.replace('\n', "\r\n")),
    );
    env.mini()
        .args(["sign", "--name", "J. Compliance"])
        .arg(&mixed)
        .assert()
        .success();
    let signed = std::fs::read_to_string(&mixed).unwrap();
    assert!(signed.starts_with('\u{feff}'), "{signed:?}");
    assert!(!signed.replace("\r\n", "").contains('\n'), "{signed:?}");
    let md = env.mini().args(["report"]).arg(&file).output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("| J. Compliance | Risk officer | 2026-01-15 | approved |"),
        "{md}"
    );
    assert!(
        md.contains("**Sign-off:** current: approved by J. Compliance"),
        "{md}"
    );

    // Change an answer: the sign-off is kept but shown as stale.
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("voice-clone = \"no\"", "voice-clone = \"licensed\"");
    write(&file, &text);
    let md = env.mini().args(["report"]).arg(&file).output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("**Sign-off:** no current sign-off, 1 STALE"),
        "{md}"
    );
}

/// A hostile review recorded "approved" with the comment "Not approved for launch until the
/// fair-lending retest is done", and the gate passed on it; a new-user pass signed with a date
/// six years before the assessment was created. Both are refused, saying what to do, and
/// nothing is written; the honest forms are recorded.
#[test]
fn sign_refuses_an_approval_its_comment_withholds_and_a_date_before_the_answers() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/loan-pre-approval.toml")).unwrap();
    let file = env.path("loan.toml");
    write(&file, &text);
    let refused = |args: &[&str], says: &str| {
        let out = env
            .raia()
            .args(["--today", "2026-12-04", "sign", "--name", "Jordan Lee"])
            .args(args)
            .arg(&file)
            .assert()
            .code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(err.contains(says), "{err}");
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            text,
            "nothing written"
        );
    };
    refused(
        &[
            "--comment",
            "Not approved for launch until the fair-lending retest is done.",
        ],
        "the comment says the answers are not approved (\"not approved\"): record the decision it gives, changes requested or rejected, with this comment",
    );
    refused(
        &["--comment", "Do not deploy before Q3."],
        "(\"do not deploy\")",
    );
    refused(
        &["--date", "2020-01-01"],
        "--date 2020-01-01 is before the assessment was created (2024-12-02): a sign-off cannot come before the answers it signs",
    );
    // The same comment with the decision it gives is recorded; an approval after it, dated
    // before it, is refused.
    env.raia()
        .args(["--today", "2026-12-04", "sign", "--name", "Jordan Lee"])
        .args([
            "--decision",
            "changes-requested",
            "--comment",
            "Not approved for launch until the fair-lending retest is done.",
        ])
        .arg(&file)
        .assert()
        .success();
    let out = env
        .raia()
        .args([
            "--today",
            "2026-12-04",
            "sign",
            "--name",
            "Jordan Lee",
            "--date",
            "2026-11-01",
        ])
        .arg(&file)
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("--date 2026-11-01 is before the latest sign-off (Jordan Lee, 2026-12-04)"),
        "{err}"
    );
    // Once the work is done, an approval whose comment says so is recorded.
    env.raia()
        .args(["--today", "2026-12-05", "sign", "--name", "Jordan Lee"])
        .args([
            "--comment",
            "Retest done on 2026-12-05; approved for launch.",
        ])
        .arg(&file)
        .assert()
        .success();
}

/// A new-user pass: `--out /nonexistent/dir/x.md` made the folder at the root and said "wrote".
/// A folder that is not there is refused, and nothing is made.
#[test]
fn report_out_into_a_folder_that_does_not_exist_is_refused() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = env.path("nosuchdir/deeper/x.md");
    let run = env
        .raia()
        .args(["report", "--out"])
        .arg(&out)
        .arg(root.join("examples/loan-pre-approval.toml"))
        .assert()
        .code(2);
    let err = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("does not exist: create it first, or choose another --out"),
        "{err}"
    );
    assert!(!env.path("nosuchdir").exists());
}

#[test]
fn sign_refuses_to_approve_a_prohibited_or_incomplete_assessment() {
    let env = Env::new();
    let file = env.path("a.toml");
    // Each `(edit, why)`: the file so edited cannot be approved, and the refusal says why.
    let refused = |text: String, why: &str| {
        write(&file, &text);
        env.mini()
            .args(["sign", "--name", "Jo Park"])
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(why));
    };
    refused(
        ANSWERED.replace("voice-clone = \"no\"", "voice-clone = \"no-consent\""),
        "confirm a prohibited use, which cannot be approved",
    );
    env.mini()
        .args(["sign", "--name", "Jo Park", "--decision", "rejected"])
        .arg(&file)
        .assert()
        .success();
    refused(
        ANSWERED.replace("role = \"recommends\"\n", ""),
        "the assessment is incomplete (1 required question unanswered",
    );
    // New-user pass (third round): a required detail left blank ("Owning team") could be
    // approved.
    refused(
        ANSWERED.replace("owner_team = \"Talent\"\n", ""),
        "cannot approve: a required detail is blank (Owning team (accountable for the system))",
    );
    let before = std::fs::read_to_string(&file).unwrap();
    env.mini()
        .args(["sign", "--name", "Jo Park", "--date", "2026-02-30"])
        .arg(&file)
        .assert()
        .code(2);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        before,
        "a refused sign-off writes nothing"
    );
}

#[test]
fn commands_that_take_a_file_also_take_a_draft_name() {
    let env = Env::new();
    let drafts = env.path("data").join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    write(&drafts.join("hiring-helper.toml"), ANSWERED);
    // Run from a directory without such a file: the name resolves to the draft.
    let cwd = env.path("elsewhere");
    std::fs::create_dir_all(&cwd).unwrap();
    env.mini()
        .current_dir(&cwd)
        .args(["score", "hiring-helper"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Hiring helper: tier HIGH"));
    env.mini()
        .current_dir(&cwd)
        .args(["report", "hiring-helper", "--format", "json"])
        .assert()
        .success();
    env.mini()
        .current_dir(&cwd)
        .args(["validate", "hiring-helper"])
        .assert()
        .success();
    env.mini()
        .current_dir(&cwd)
        .args(["sign", "hiring-helper", "--name", "Jo Park"])
        .assert()
        .success();
    // An unknown name still names the path it could not read.
    env.mini()
        .current_dir(&cwd)
        .args(["score", "nope"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nope: cannot read assessment"));
}

#[test]
fn a_contradicted_safeguard_shows_in_score_validate_csv_and_fails_the_gate() {
    let env = Env::new();
    let file = env.path("a.toml");
    // role = decides says no person reviews; the file claims human review is in place.
    write(
        &file,
        &format!(
            "{}\n[safeguards.human-review]\nstatus = \"in-place\"\nevidence = \"We review\"\n[notes]\nrole = \"pilot\"\n",
            ANSWERED.replace("role = \"recommends\"", "role = \"decides\"")
        ),
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stdout(predicate::str::contains("To be confirmed (1 safeguard status):"))
        .stdout(predicate::str::contains("  - \"Human review of adverse decisions\" is to be confirmed: recorded as in place, but the answers that could show it do not: What does the system do in the decision? → Decides on its own"))
        .stderr(predicate::str::contains("  - 1 safeguard is to be confirmed: the answers, or the answers and the file, disagree on whether it is in place (Human review of adverse decisions)\n"));
    env.mini()
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: \"Human review of adverse decisions\" is to be confirmed: recorded as in place, but the answers that could show it do not"));
    let csv = env
        .mini()
        .args(["report", "--format", "csv"])
        .arg(&file)
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.lines().next().unwrap().contains(",conflict,"));
    assert!(csv.contains("Decides on its own"), "{csv}");
    let info = env
        .mini()
        .args(["report", "--format", "info-request"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        String::from_utf8(info.stdout)
            .unwrap()
            .contains("| to be confirmed (recorded as in place, but the answers that could show it do not: What does the system do in the decision? → Decides on its own) |")
    );
}

#[test]
fn questions_source_is_the_questionnaire_file_to_customise() {
    let env = Env::new();
    let out = env
        .raia()
        .args(["questions", "--format", "source"])
        .output()
        .unwrap();
    assert_eq!(
        out.stdout,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE.as_bytes()
    );
    let custom = env.path("custom.toml");
    std::fs::write(&custom, &out.stdout).unwrap();
    env.raia()
        .arg("--questionnaire")
        .arg(&custom)
        .arg("validate")
        .assert()
        .success();
}

#[test]
fn every_problem_in_a_questionnaire_gets_its_own_error_line() {
    let env = Env::new();
    let q = env.path("two.toml");
    write(
        &q,
        &common::docs_example_text()
            .replacen("id = \"voice-clone\"", "id = \"owner\"", 1)
            .replacen("risk = { autonomy = 6 }", "risk = { nope = 6 }", 1),
    );
    let out = env
        .raia()
        .arg("--questionnaire")
        .arg(&q)
        .arg("validate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    let starts: Vec<&str> = err.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(starts.len(), 2, "{err}");
    assert!(starts.iter().all(|l| l.contains("two.toml:")), "{err}");
}

#[test]
fn report_out_never_replaces_the_assessment_or_a_file_raia_did_not_write() {
    let env = Env::new();
    let a = env.path("a.toml");
    write(&a, ANSWERED);
    // The assessment itself: refused, even with --force.
    for force in [false, true] {
        let mut c = env.mini();
        c.args(["report", "--format", "json"])
            .arg(&a)
            .arg("--out")
            .arg(&a);
        if force {
            c.arg("--force");
        }
        c.assert().code(2).stderr(predicate::str::contains(format!(
            "{} is the assessment being reported: raia never writes a report over it; choose another --out, e.g. {}",
            a.display(),
            env.path("a.report.json").display()
        )));
        assert_eq!(std::fs::read_to_string(&a).unwrap(), ANSWERED);
    }
    // Someone else's file: only with --force.
    let theirs = env.path("package.json");
    write(&theirs, "{\"name\": \"web\"}\n");
    env.mini()
        .args(["report", "--format", "json"])
        .arg(&a)
        .arg("--out")
        .arg(&theirs)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "package.json exists and raia did not write it: pass --force to replace it",
        ));
    assert_eq!(
        std::fs::read_to_string(&theirs).unwrap(),
        "{\"name\": \"web\"}\n"
    );
    env.mini()
        .args(["report", "--format", "json", "--force"])
        .arg(&a)
        .arg("--out")
        .arg(&theirs)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&theirs)
            .unwrap()
            .contains("\"assessment_hash\"")
    );
    // A report raia wrote is replaced without asking, in every format; so is an empty file.
    for format in ["md", "toml", "json", "csv", "info-request"] {
        let out = env.path(&format!("out.{format}"));
        write(&out, "");
        for _ in 0..2 {
            env.mini()
                .args(["report", "--format", format])
                .arg(&a)
                .arg("--out")
                .arg(&out)
                .assert()
                .success();
        }
    }
}

/// A file name holding `text` (without the characters no file name may hold).
fn hostile_name(dir: &Path, text: &str, suffix: &str) -> PathBuf {
    let safe: String = text.chars().filter(|c| !matches!(c, '/' | '\0')).collect();
    dir.join(format!("{safe}{suffix}"))
}

/// An assessment of the hostile docs example with `h` in every piece of free text. `decides`
/// with human review recorded in place also makes raia print a conflict warning.
fn hostile_assessment(h: &str) -> String {
    let h = common::toml_str(h);
    format!(
        "schema_version = 1\n[metadata]\nsystem = {h}\ndescription = {h}\nowner_team = {h}\n\
         [questionnaire]\nid = \"example-mini\"\nversion = \"1\"\n\
         [answers]\nvoice-clone = \"no\"\nhiring = true\nrole = \"decides\"\nowner = {h}\n\
         [notes]\nrole = {h}\n\
         [safeguards.human-review]\nstatus = \"in-place\"\nevidence = {h}\n\
         [safeguards.named-owner]\nstatus = \"planned\"\nevidence = {h}\n"
    )
}

/// An assessment whose errors quote `h`: a date, an unknown question, an option that is not one.
fn hostile_broken_assessment(h: &str) -> String {
    let hs = common::toml_str(h);
    format!(
        "schema_version = 1\n[metadata]\nsystem = {hs}\ncreated = {hs}\n\
         [questionnaire]\nid = \"example-mini\"\nversion = \"1\"\n\
         [answers]\n{hs} = \"x\"\nvoice-clone = {hs}\nowner = 5\n"
    )
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, ..Default::default() })]

    /// Issue 7, point 10: a hostile system name, answer, note, evidence, questionnaire text or
    /// file name put ESC, BEL, C1 or NUL bytes on stdout or stderr. Every command that prints
    /// for people, on success and on error, must show them escaped.
    #[test]
    fn no_control_character_from_shared_data_reaches_stdout_or_stderr(h in common::hostile_text()) {
        let env = Env::new();
        let dir = env.dir.path();
        let q = hostile_name(dir, &h, "-questionnaire.toml");
        write(&q, &common::hostile_questionnaire_text(&h));
        let good = hostile_name(dir, &h, ".toml");
        write(&good, &hostile_assessment(&h));
        let broken = hostile_name(dir, &h, "-broken.toml");
        write(&broken, &hostile_broken_assessment(&h));
        let drafts = env.path("data/drafts");
        std::fs::create_dir_all(&drafts).unwrap();
        write(&hostile_name(&drafts, &h, ".toml"), &hostile_assessment(&h));
        write(&hostile_name(&drafts, &h, "-broken.toml"), &hostile_broken_assessment(&h));
        let folder = hostile_name(dir, &h, "-folder.toml");
        std::fs::create_dir_all(&folder).unwrap();
        let missing = hostile_name(dir, &h, "-missing.toml");
        let fresh = hostile_name(dir, &h, "-new.toml");
        // A command-line argument cannot hold NUL.
        let arg = h.replace('\0', "");

        let runs: Vec<(&str, Vec<&std::ffi::OsStr>)> = vec![
            ("validate --questionnaire", vec!["validate".as_ref()]),
            ("validate", vec!["validate".as_ref(), good.as_os_str(), broken.as_os_str()]),
            ("score", vec!["score".as_ref(), good.as_os_str()]),
            ("score --gate", vec!["score".as_ref(), "--gate".as_ref(), good.as_os_str()]),
            ("score (errors)", vec!["score".as_ref(), broken.as_os_str()]),
            ("score (missing)", vec!["score".as_ref(), missing.as_os_str()]),
            ("score (folder)", vec!["score".as_ref(), folder.as_os_str()]),
            ("list", vec!["list".as_ref()]),
            ("questions", vec!["questions".as_ref()]),
            ("init", vec!["init".as_ref(), fresh.as_os_str()]),
            ("init (exists)", vec!["init".as_ref(), good.as_os_str()]),
            ("sign", vec!["sign".as_ref(), good.as_os_str(), "--name".as_ref(), arg.as_ref(),
                "--role".as_ref(), arg.as_ref(), "--decision".as_ref(), "changes-requested".as_ref()]),
            ("sign --date", vec!["sign".as_ref(), good.as_os_str(), "--name".as_ref(), "A".as_ref(),
                "--date".as_ref(), arg.as_ref()]),
            ("resume (no such draft)", vec!["resume".as_ref(), arg.as_ref()]),
            // What tools read, printed to a pipe (hostile review: JSON, TOML and SARIF carried
            // C1 controls and bidi overrides, the Markdown reports the questionnaire's words).
            ("report", vec!["report".as_ref(), good.as_os_str()]),
            ("report info-request", vec!["report".as_ref(), good.as_os_str(), "--format".as_ref(), "info-request".as_ref()]),
            ("report json", vec!["report".as_ref(), good.as_os_str(), "--format".as_ref(), "json".as_ref()]),
            ("report toml", vec!["report".as_ref(), good.as_os_str(), "--format".as_ref(), "toml".as_ref()]),
            ("report csv", vec!["report".as_ref(), good.as_os_str(), "--format".as_ref(), "csv".as_ref()]),
            ("status json", vec!["status".as_ref(), dir.as_os_str(), "--format".as_ref(), "json".as_ref()]),
            ("status sarif", vec!["status".as_ref(), dir.as_os_str(), "--format".as_ref(), "sarif".as_ref()]),
            ("status csv", vec!["status".as_ref(), good.as_os_str(), "--format".as_ref(), "csv".as_ref()]),
            ("status", vec!["status".as_ref(), good.as_os_str()]),
            ("diff", vec!["diff".as_ref(), good.as_os_str(), good.as_os_str()]),
            ("score sarif", vec!["score".as_ref(), "--gate".as_ref(), "--format".as_ref(), "sarif".as_ref(), good.as_os_str()]),
            ("diff json", vec!["diff".as_ref(), good.as_os_str(), broken.as_os_str(), "--format".as_ref(), "json".as_ref()]),
            ("questions json", vec!["questions".as_ref(), "--format".as_ref(), "json".as_ref()]),
            ("questions toml", vec!["questions".as_ref(), "--format".as_ref(), "toml".as_ref()]),
            ("questions source", vec!["questions".as_ref(), "--format".as_ref(), "source".as_ref()]),
        ];
        for (what, args) in runs {
            let out = env.raia().arg("--questionnaire").arg(&q).args(&args).output().unwrap();
            common::assert_terminal_safe(&format!("{what} stdout"), &out.stdout);
            common::assert_terminal_safe(&format!("{what} stderr"), &out.stderr);
        }
        // The questionnaire itself, as an error: its path in the message.
        let out = env.raia().arg("--questionnaire").arg(&missing).arg("list").output().unwrap();
        common::assert_terminal_safe("missing questionnaire stderr", &out.stderr);
    }
}

const EVIL: &str = "Evil\u{1b}]0;owned\u{7} \u{9b}31m\u{1b}]52;c;aGk=\u{7}";
const EVIL_SHOWN: &str = "Evil\\x1b]0;owned\\x07 \\x9b31m\\x1b]52;c;aGk=\\x07";

#[test]
fn score_list_and_sign_show_a_hostile_system_name_escaped() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(
        &file,
        &ANSWERED.replace("\"Hiring helper\"", &common::toml_str(EVIL)),
    );
    let out = env.mini().arg("score").arg(&file).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().next().unwrap(),
        format!("{EVIL_SHOWN}: tier HIGH")
    );
    std::fs::create_dir_all(env.path("data/drafts")).unwrap();
    std::fs::copy(&file, env.path("data/drafts/evil\u{1b}[2J.toml")).unwrap();
    let out = env.mini().arg("list").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let row = stdout.lines().nth(2).unwrap();
    // Escaped before measuring, so the columns stay aligned; the system is cut at 40 cells.
    assert_eq!(
        row,
        "evil\\x1b[2J  Evil\\x1b]0;owned\\x07 \\x9b31m\\x1b]52;c;a…        3/4              high        -",
        "{stdout}"
    );
    env.mini()
        .args([
            "sign",
            file.to_str().unwrap(),
            "--name",
            "Mallory\u{7}\u{1b}[8m",
            "--decision",
        ])
        .arg("rejected")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: the name of who signs must be one line of text without control characters; it holds U+0007\n",
        );
}

#[test]
fn errors_show_hostile_values_and_file_names_escaped() {
    let env = Env::new();
    let file = env.path("bad\u{1b}]0;t\u{7}.toml");
    write(
        &file,
        "schema_version = 1\n[questionnaire]\nid = \"example-mini\"\nversion = \"1\"\n[answers]\n\"x\u{9b}6n\" = 1\n",
    );
    let shown = format!("{}/bad\\x1b]0;t\\x07.toml", env.dir.path().display());
    env.mini().arg("score").arg(&file).assert().code(1).stderr(format!(
        "error: {shown}:6:10: answer to unknown question `x\\x9b6n`\n  help: remove it, or check the id with `raia questions`\n"
    ));
    env.mini()
        .arg("score")
        .arg(env.path("gone\u{1b}[31m.toml"))
        .assert()
        .code(1)
        .stderr(format!(
            "error: {}/gone\\x1b[31m.toml: cannot read assessment: No such file or directory (os error 2)\n  help: check the path and its spelling; `raia list` shows the drafts in the data directory\n",
            env.dir.path().display()
        ));
}

/// Makes a named pipe at `path`. Reading one blocks until a writer comes, which none will.
#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

/// Every run here would block forever or exhaust memory on raia's old code; the timeout kills
/// the child, so the test fails instead of hanging.
const NO_HANG: std::time::Duration = std::time::Duration::from_secs(30);

const NOT_REGULAR_HELP: &str = "  help: raia reads only regular files, since a pipe or a device can block forever or never end; save the content to a file and give that file\n";

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_refused_with_the_reason_instead_of_blocking() {
    let env = Env::new();
    let fifo = env.path("pipe.toml");
    mkfifo(&fifo);
    let refused = |path: &Path, what: &str, kind: &str| {
        format!(
            "error: {}: cannot read {what}: it is {kind}, not a regular file\n{NOT_REGULAR_HELP}",
            path.display()
        )
    };
    let fifo_assessment = refused(&fifo, "assessment", "a named pipe (FIFO)");
    for args in [
        vec!["score"],
        vec!["report"],
        vec!["sign", "--name", "A"],
        vec!["resume", "--plain"],
    ] {
        env.mini()
            .args(&args)
            .arg(&fifo)
            .timeout(NO_HANG)
            .assert()
            .code(1)
            .stderr(fifo_assessment.clone());
    }
    // validate goes on to the next file, and prints each problem as every command does.
    env.mini()
        .arg("validate")
        .arg(&fifo)
        .timeout(NO_HANG)
        .assert()
        .code(1)
        .stderr(fifo_assessment.clone());
    env.raia()
        .arg("score")
        .arg("/dev/zero")
        .timeout(NO_HANG)
        .assert()
        .code(1)
        .stderr(refused(
            Path::new("/dev/zero"),
            "assessment",
            "a character device",
        ));
    // The questionnaire, given or in the config directory, and a template.
    for q in [fifo.as_path(), Path::new("/dev/zero")] {
        let kind = if q == fifo {
            "a named pipe (FIFO)"
        } else {
            "a character device"
        };
        env.raia()
            .arg("--questionnaire")
            .arg(q)
            .arg("list")
            .timeout(NO_HANG)
            .assert()
            .code(1)
            .stderr(refused(q, "questionnaire", kind));
    }
    std::fs::create_dir_all(env.path("config")).unwrap();
    let config_q = env.path("config/questionnaire.toml");
    mkfifo(&config_q);
    env.raia()
        .arg("list")
        .timeout(NO_HANG)
        .assert()
        .code(1)
        .stderr(refused(&config_q, "questionnaire", "a named pipe (FIFO)"));
    std::fs::remove_file(&config_q).unwrap();
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    let templates = env.path("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let template = templates.join("report.md.tera");
    mkfifo(&template);
    env.mini()
        .arg("--templates")
        .arg(&templates)
        .arg("report")
        .arg(&file)
        .timeout(NO_HANG)
        .assert()
        .code(1)
        .stderr(refused(&template, "template", "a named pipe (FIFO)"));
}

/// Hostile review (third round): `report --out /dev/zero` read the device to see whether raia
/// wrote it (14 GB in 20 s), `--out FIFO` waited for a reader, and `status` on a folder holding
/// a FIFO named `x.toml` waited forever. A report goes only to a regular file, and a folder's
/// FIFO is passed over.
#[cfg(unix)]
#[test]
fn a_report_is_never_written_to_a_pipe_or_a_device_and_status_passes_a_pipe_over() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    let fifo = env.path("out.md");
    mkfifo(&fifo);
    for (out, kind) in [
        (fifo.as_path(), "a named pipe (FIFO)"),
        (Path::new("/dev/zero"), "a character device"),
        (env.dir.path(), "a directory"),
    ] {
        for force in [false, true] {
            env.mini()
                .arg("report")
                .arg(&file)
                .arg("--out")
                .arg(out)
                .args(force.then_some("--force"))
                .timeout(NO_HANG)
                .assert()
                .code(2)
                .stdout("")
                .stderr(format!(
                    "error: {} is {kind}, not a regular file: raia writes a report to a file of its own, beside it and renamed into place, so it never writes one to a pipe, a device or a folder; leave out --out to print the report, or choose a file, e.g. {}\n",
                    out.display(),
                    env.path("a.report.md").display()
                ));
        }
    }
    let folder = env.path("team");
    std::fs::create_dir_all(&folder).unwrap();
    mkfifo(&folder.join("x.toml"));
    write(&folder.join("a.toml"), ANSWERED);
    let out = env
        .mini()
        .arg("status")
        .arg(&folder)
        .arg("--format")
        .arg("json")
        .timeout(NO_HANG)
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some(),
        "status was killed: it waited on the FIFO"
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    // Named, as not loading, and never waited on: a `.toml` file raia cannot read is not left
    // out of the gate.
    assert_eq!(
        files,
        [
            folder.join("a.toml").to_str().unwrap(),
            folder.join("x.toml").to_str().unwrap()
        ]
    );
    let error = rows[1]["error"].as_str().unwrap();
    assert!(error.contains("not a regular file"), "{error}");
    assert_eq!(out.status.code(), Some(1));
}

/// A team review: an assessment emptied by a failed merge, one behind a broken link and a link
/// that loops were left out of `raia status`, which passed. Each is now a row that does not
/// load, and the exit status says so; an empty `rustfmt.toml` is another tool's, and passed
/// over.
#[cfg(unix)]
#[test]
fn status_names_an_empty_or_unreadable_toml_file_as_not_loading() {
    let env = Env::new();
    let folder = env.path("team");
    std::fs::create_dir_all(&folder).unwrap();
    write(&folder.join("a.toml"), ANSWERED);
    write(&folder.join("emptied.toml"), "\n");
    write(&folder.join("rustfmt.toml"), "");
    std::os::unix::fs::symlink("gone.toml", folder.join("linked.toml")).unwrap();
    std::os::unix::fs::symlink("loop.toml", folder.join("loop.toml")).unwrap();
    let out = env.mini().arg("status").arg(&folder).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let md = String::from_utf8(out.stdout).unwrap();
    let row = |name: &str| {
        md.lines()
            .find(|l| l.contains(&format!("/{name} ")))
            .unwrap_or_else(|| panic!("{name}: {md}"))
            .to_string()
    };
    assert!(!row("a.toml").contains("does not load"), "{md}");
    assert!(
        row("emptied.toml").contains("does not load")
            && row("emptied.toml").contains("the file is empty"),
        "{md}"
    );
    assert!(row("linked.toml").contains("does not load"), "{md}");
    assert!(row("loop.toml").contains("does not load"), "{md}");
    assert!(!md.contains("rustfmt"), "{md}");
    assert!(
        md.contains("4 assessments: 0 pass the gate, 1 fails it, 3 do not load."),
        "{md}"
    );
    // Named on its own, the empty file says how to mend it.
    env.mini()
        .arg("score")
        .arg(folder.join("emptied.toml"))
        .assert()
        .code(1)
        .stderr(
            predicates::str::contains("the file is empty").and(predicates::str::contains(
                "restore the assessment from version control",
            )),
        );
}

/// A team review: a link back up the tree ("sub/up -> ..") named one assessment seven times as
/// passed over. What a link back up leads to is read already, and is not walked again.
#[cfg(unix)]
#[test]
fn status_does_not_follow_a_link_back_up_the_tree() {
    let env = Env::new();
    let folder = env.path("team");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    write(&folder.join("sub/a.toml"), ANSWERED);
    std::os::unix::fs::symlink("..", folder.join("sub/up")).unwrap();
    let out = env.mini().arg("status").arg(&folder).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("passed over"), "{err}");
    let md = String::from_utf8_lossy(&out.stdout);
    assert_eq!(md.matches("a.toml").count(), 1, "{md}");
}

#[test]
fn a_directory_is_refused_with_the_reason() {
    let env = Env::new();
    let dir = env.path("folder.toml");
    std::fs::create_dir_all(&dir).unwrap();
    env.mini().arg("score").arg(&dir).assert().code(1).stderr(format!(
        "error: {}: cannot read assessment: it is a directory, not a regular file\n  help: give the path of a file\n",
        dir.display()
    ));
}

#[test]
fn a_file_over_64_mib_is_refused_without_reading_it() {
    let env = Env::new();
    let big = env.path("big.toml");
    // Sparse: 64 MiB and one byte of zeros, on disk in no time.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(64 * 1024 * 1024 + 1)
        .unwrap();
    let message = |what: &str| {
        format!(
            "error: {}: cannot read {what}: it is larger than 64 MiB\n  help: raia reads at most 64 MiB from one file, so that a wrong or runaway file cannot exhaust memory; check that this is the right file\n",
            big.display()
        )
    };
    env.mini()
        .arg("score")
        .arg(&big)
        .timeout(NO_HANG)
        .assert()
        .code(1)
        .stderr(message("assessment"));
    env.raia()
        .arg("--questionnaire")
        .arg(&big)
        .arg("list")
        .timeout(NO_HANG)
        .assert()
        .code(1)
        .stderr(message("questionnaire"));
}

#[cfg(unix)]
#[test]
fn plain_mode_stops_on_input_that_never_ends() {
    let env = Env::new();
    let file = env.path("a.toml");
    // The shell gives raia /dev/zero as its standard input (assert_cmd would read it first).
    Command::new("sh")
        .args(["-c", "exec \"$0\" \"$@\" < /dev/zero"])
        .arg(assert_cmd::cargo::cargo_bin("raia"))
        .arg("--questionnaire")
        .arg(env.path("mini.toml"))
        .args(["new", "--plain"])
        .arg(&file)
        .env("RAIA_CONFIG_DIR", env.path("config"))
        .env("RAIA_DATA_DIR", env.path("data"))
        .timeout(NO_HANG)
        .assert()
        .code(1)
        .stderr(predicate::str::ends_with(
            "error: standard input: a line is longer than 64 MiB\n  help: raia reads at most that much, so that endless input (such as /dev/zero) cannot exhaust memory; the answers given before it are saved\n",
        ));
}

const UTF8_HELP: &str = "  help: raia reads UTF-8 text: save the file as UTF-8 in your editor, or convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW`\n";

#[test]
fn invalid_utf8_is_located_at_the_first_bad_byte_in_every_file_raia_reads() {
    let env = Env::new();
    // Latin-1 "café" on line 3, after a two-byte character: `system = "Hiring ç caf` is 22
    // characters, so the bad byte is in column 23.
    let file = env.path("latin1.toml");
    let mut bytes = ANSWERED.replace("Hiring helper", "Hiring ç").into_bytes();
    bytes.extend_from_slice(b"\n");
    let at = ANSWERED.find("Hiring helper").unwrap() + "Hiring ç".len();
    bytes.splice(at..at, b" caf\xe9".iter().copied());
    std::fs::write(&file, &bytes).unwrap();
    let located = |path: &Path, line: usize, column: usize| {
        format!(
            "{}:{line}:{column}: invalid UTF-8: byte 0xe9 is not part of a valid character\n{UTF8_HELP}",
            path.display()
        )
    };
    env.mini()
        .arg("score")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(format!("error: {}", located(&file, 3, 23)));
    env.mini()
        .arg("validate")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(format!("error: {}", located(&file, 3, 23)));

    let q = env.path("latin1-questionnaire.toml");
    let mut text = common::docs_example_text().into_bytes();
    text.extend_from_slice(b"# r\xe9sum\xe9\n");
    std::fs::write(&q, &text).unwrap();
    let lines = common::docs_example_text().lines().count();
    env.raia()
        .arg("--questionnaire")
        .arg(&q)
        .arg("list")
        .assert()
        .code(1)
        .stderr(format!("error: {}", located(&q, lines + 1, 4)));

    let templates = env.path("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let template = templates.join("report.md.tera");
    std::fs::write(&template, b"# {{ system }}\n\xe9\n").unwrap();
    write(&env.path("a.toml"), ANSWERED);
    env.mini()
        .arg("--templates")
        .arg(&templates)
        .args(["report", env.path("a.toml").to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(format!("error: {}", located(&template, 2, 1)));
}

/// Verdicts finding 8: a result is bound to the rules that made it. A copy of the built-in
/// questionnaire with the same id and version, edited to drop hiring from human review, must
/// not turn the CV auto-rejecter's oversight into "met" unnoticed.
#[test]
fn an_edited_copy_of_the_questionnaire_with_the_same_version_is_caught() {
    let env = Env::new();
    let file = env.path("cv.toml");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/cv-screener-auto-reject.toml"),
        &file,
    )
    .unwrap();
    env.raia()
        .args([
            "sign",
            "--name",
            "J. Reviewer",
            "--decision",
            "changes-requested",
        ])
        .arg(&file)
        .assert()
        .success();
    let edited = env.path("edited.toml");
    let text = raia::questionnaire::DEFAULT_QUESTIONNAIRE.replacen(
        "  { category = \"employment\" },\n",
        "",
        1,
    );
    assert_ne!(text, raia::questionnaire::DEFAULT_QUESTIONNAIRE);
    write(&edited, &text);
    env.raia()
        .arg("--questionnaire")
        .arg(&edited)
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "warning: the answers were given against another text of questionnaire `aws-responsible-ai` version 2023-09-28.2",
        ))
        .stderr(predicate::str::contains(
            "  - the questionnaire text in use is not the one the answers were given against: check the answers against it, then bind them to it (raia validate FILE says how)\n",
        ))
        // Even once re-bound, an imitation of the built-in rules is named as such.
        .stderr(predicate::str::contains(
            "has the id of the built-in questionnaire but is not one of its releases",
        ));
    let md = env
        .raia()
        .arg("--questionnaire")
        .arg(&edited)
        .args(["report", "--format", "md"])
        .arg(&file)
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("**Not bound to these rules:**"), "{md}");
    assert!(md.contains("**Not the built-in rules:**"), "{md}");
    assert!(md.contains("| **STALE** |"), "{md}");
    assert!(md.contains("edited.toml"), "{md}");
    // Under the built-in text the same file is bound and the sign-off current.
    let md = env
        .raia()
        .args(["report", "--format", "md"])
        .arg(&file)
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(!md.contains("Not bound"), "{md}");
    assert!(md.contains("| current |"), "{md}");
}

/// Verdicts finding 9: validate names what is missing, and validate and score mention answers
/// kept for questions that earlier answers now hide.
#[test]
fn validate_and_score_name_unanswered_questions_and_hidden_answers() {
    let env = Env::new();
    let file = env.path("a.toml");
    // hiring = false hides the role question, whose answer stays in the file.
    write(
        &file,
        &bound(&ANSWERED.replace("hiring = true", "hiring = false")),
    );
    for cmd in ["validate", "score"] {
        env.mini()
            .arg(cmd)
            .arg(&file)
            .assert()
            .success()
            .stderr(predicate::str::contains(
                "warning: 1 answer is kept for questions that earlier answers now hide; they do not count: \"What does the system do in the decision?\" (role) (`raia validate --forget-hidden FILE` removes them)",
            ));
    }
    // A new-user review could clear them only by hand: `validate --forget-hidden` removes them,
    // keeping the rest of the file as written, and the warning goes.
    let before = std::fs::read_to_string(&file).unwrap();
    assert!(before.contains("role = "), "{before}");
    env.mini()
        .args(["validate", "--forget-hidden"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "removed 1 answer kept for hidden questions: \"What does the system do in the decision?\" (role).",
        ));
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(!after.contains("role = "), "{after}");
    assert!(
        after.starts_with(&before.replace("role = \"recommends\"\n", "")),
        "only the kept answer's line goes:\n{before}\n---\n{after}"
    );
    env.mini()
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("kept for questions").not());
    env.mini()
        .args(["validate", "--forget-hidden"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "no answer is kept for a hidden question; nothing changed.",
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), after);
    write(
        &file,
        &bound(&ANSWERED.replace("voice-clone = \"no\"\n", "")),
    );
    env.mini()
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "incomplete: 1 required question unanswered; tier high)\n  unanswered: Does the system reproduce a real person's voice? (voice-clone)\n",
        ));
}

/// Issue 9: `raia init` must not answer for the team. Uncommenting every answer line without
/// choosing gives errors that say what to write, never a valid assessment.
#[test]
fn uncommenting_init_placeholders_never_makes_a_valid_assessment() {
    let env = Env::new();
    let file = env.path("blank.toml");
    env.raia().arg("init").arg(&file).assert().success();
    let text = std::fs::read_to_string(&file).unwrap();
    // Notes are marked where an option needs one, and hand-set safeguards are named.
    assert!(
        text.contains("(needs a note: Say why the decision is automated and what limits it.)"),
        "{text}"
    );
    assert!(
        text.contains(
            "# No answer can show this one in place: set its status here, with evidence."
        ),
        "{text}"
    );
    assert!(
        text.contains("# Shown in place by an answer: When does a person review the outcome? →"),
        "{text}"
    );
    let mut in_answers = false;
    let uncommented: String = text
        .lines()
        .map(|l| {
            if l.starts_with('[') {
                in_answers = l == "[answers]";
            }
            match l.strip_prefix("# ") {
                Some(rest) if in_answers && rest.contains(" = ") && !rest.starts_with(' ') => {
                    rest.to_string()
                }
                _ => l.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(uncommented, text);
    write(&file, &uncommented);
    env.raia()
        .arg("validate")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "`users` has no option \"<choose>\"",
        ))
        .stderr(predicate::str::contains(
            "`ai-role` has no option \"<choose one>\"",
        ));
}

/// Runs a command, checks its exit status and returns what it wrote to stdout.
trait StdoutWith {
    fn stdout_with(&mut self, code: i32) -> Vec<u8>;
}

impl StdoutWith for Command {
    fn stdout_with(&mut self, code: i32) -> Vec<u8> {
        self.assert().code(code).get_output().stdout.clone()
    }
}

/// The SARIF 2.1.0 schema (tests/fixtures/sarif/README.md says where it comes from), with
/// format checks on, so that a `uri` that is not a URI reference fails too. The schema's
/// pattern for `language` (a BCP 47 tag; raia never writes one) has a stray `]` that no strict
/// ECMA regex compiler accepts, so that one keyword is dropped from the copy in memory; the
/// file stays as shipped.
fn sarif_validator() -> jsonschema::Validator {
    fn drop_broken_pattern(v: &mut serde_json::Value) {
        const BROKEN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
        match v {
            serde_json::Value::Object(map) => {
                if map.get("pattern").and_then(|p| p.as_str()) == Some(BROKEN) {
                    map.remove("pattern");
                }
                map.values_mut().for_each(drop_broken_pattern);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(drop_broken_pattern),
            _ => {}
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/fixtures/sarif/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    drop_broken_pattern(&mut schema);
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// (rule id, the text of the line it points at, message) for each SARIF result.
fn sarif_results(log: &serde_json::Value, file: &Path) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let at = &r["locations"][0]["physicalLocation"];
            let line = at["region"]["startLine"].as_u64().unwrap() as usize;
            assert!(line >= 1 && line <= lines.len(), "{r}");
            (
                r["ruleId"].as_str().unwrap().to_string(),
                lines[line - 1].trim().to_string(),
                r["message"]["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_failed_gate_exits_3_and_its_sarif_validates_and_points_at_the_lines() {
    let env = Env::new();
    let validator = sarif_validator();
    // The schema is not a formality: a log that breaks it is refused.
    assert!(!validator.is_valid(&serde_json::json!({"version": "2.0.0", "runs": []})));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut failing = 0;
    for dir in ["examples", "tests/fixtures/judgement"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let file = entry.unwrap().path();
            if file.extension().is_none_or(|x| x != "toml") {
                continue;
            }
            let out = env
                .raia()
                .args(["score", "--gate", "--strict", "--format", "sarif"])
                .arg(&file)
                .output()
                .unwrap();
            let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{}: {errors:?}", file.display());
            let results = sarif_results(&log, &file);
            // Findings and the exit status agree: 3 exactly when there is a finding.
            assert_eq!(
                out.status.code(),
                Some(if results.is_empty() { 0 } else { 3 }),
                "{}",
                file.display()
            );
            failing += usize::from(!results.is_empty());
            for (rule, _, message) in &results {
                // Words, never ids or condition syntax.
                assert!(
                    !message.contains("&&") && !message.contains("=="),
                    "{rule}: {message}"
                );
            }
        }
    }
    assert!(failing > 10, "{failing}");

    // Each finding is on the assessment's own line: a safeguard on its [safeguards.x] table,
    // a requirement on one of its safeguards, an answer on the answer's line.
    let sarif = |file: &Path| -> Vec<(String, String, String)> {
        let out = env
            .raia()
            .args(["score", "--gate", "--format", "sarif"])
            .arg(file)
            .stdout_with(3);
        sarif_results(&serde_json::from_slice(&out).unwrap(), file)
    };
    let cv = root.join("examples/cv-screener-auto-reject.toml");
    let found = sarif(&cv);
    assert!(
        found.contains(&(
            "policy-gap".into(),
            "[safeguards.human-review]".into(),
            "\"Human review of adverse decisions\" is missing; the policy requires it for this use"
                .into()
        )),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|(rule, line, message)| rule == "requirement-not-met"
                && line == "[safeguards.human-review]"
                && message.contains("\"Human oversight\" is not met")),
        "{found:#?}"
    );
    let clone = root.join("examples/voice-clone-no-consent.toml");
    let found = sarif(&clone);
    // The prohibited use first; then the concerns nothing stands against (deception, since the
    // cloned voice is disclosed only around it, and privacy), on each of their safeguards,
    // worded as the recommendation each is; then a policy requirement nothing shows is met (no
    // documentation of intended uses: the information AWS may ask for).
    assert_eq!(found.len(), 5, "{found:#?}");
    for (f, concern) in found[1..4].iter().zip([
        "Deliberate disinformation or deception",
        "Violating privacy rights",
        "Violating privacy rights",
    ]) {
        assert_eq!(f.0, "concern-unguarded");
        assert!(
            f.2.ends_with(&format!(", and no other safeguard against {concern} is in place; it is recommended, but one of them must be, since the policy forbids such uses, whether the system makes them or lets others make them")),
            "{f:?}"
        );
        assert!(!f.2.contains("the policy requires it"), "{f:?}");
    }
    assert_eq!(found[4].0, "requirement-to-confirm");
    assert_eq!(found[4].1, "documentation = [\"none\"]");
    assert_eq!(found[0].0, "prohibited-use");
    assert_eq!(found[0].1, "likeness = \"no-consent\"");
    assert!(
        found[0]
            .2
            .ends_with("confirms a prohibited use: Voice or likeness without consent")
    );
    // A status the answers contradict, with no table of its own: on the answer behind it.
    let triage =
        root.join("tests/fixtures/judgement/20-triage-no-review-but-clinician-decides.toml");
    assert!(
        sarif(&triage)
            .iter()
            .any(|(rule, line, _)| rule == "contradicted-status"
                && line == "human-review = \"none\""),
    );
    // Unbound: on [questionnaire]; incomplete: each unanswered question, on [answers].
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    let out = env
        .mini()
        .args(["score", "--gate", "--format", "sarif"])
        .arg(&file)
        .stdout_with(3);
    let found = sarif_results(&serde_json::from_slice(&out).unwrap(), &file);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("questionnaire-unbound", "[questionnaire]")
    );
}

#[test]
fn exit_codes_keep_errors_usage_and_findings_apart() {
    let env = Env::new();
    let broken = env.path("broken.toml");
    write(&broken, "schema_version = 1\n[answers\n");
    // A file that does not load is an error (1), not a finding (3), in every format.
    for format in ["text", "sarif"] {
        env.mini()
            .args(["score", "--gate", "--format", format])
            .arg(&broken)
            .assert()
            .code(1)
            .stdout("");
    }
    // SARIF lists the gate's findings: without --gate it is a usage mistake.
    let file = env.path("a.toml");
    write(&file, &bound(ANSWERED));
    env.mini()
        .args(["score", "--format", "sarif"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("add --gate"));
    // A passing gate: 0, and an empty SARIF log.
    let out = env
        .mini()
        .args(["score", "--gate", "--format", "sarif"])
        .arg(&file)
        .stdout_with(0);
    let log: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(sarif_validator().is_valid(&log));
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
    // -h and --help say what each status means.
    for help in ["-h", "--help"] {
        env.raia()
            .arg(help)
            .assert()
            .success()
            .stdout(predicate::str::contains(
                "1 an error, such as a file that does not load",
            ))
            .stdout(predicate::str::contains("3 findings: the gate failed"));
    }
}

#[test]
fn status_prints_the_portfolio_in_every_format_with_the_worst_exit_status() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let status = |args: &[&str]| {
        let mut c = env.raia();
        c.current_dir(root).arg("status").args(args);
        c
    };
    let dirs = ["examples/", "tests/fixtures/judgement/"];
    // Assessments in the folders and below (examples/overlays/ holds one made with the company
    // overlay beside it, which status judges by that overlay).
    fn count_in(dir: &Path) -> usize {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| {
                if p.is_dir() {
                    count_in(&p)
                } else {
                    usize::from(
                        p.extension().is_some_and(|x| x == "toml")
                            && std::fs::read_to_string(&p)
                                .unwrap()
                                .contains("schema_version"),
                    )
                }
            })
            .sum()
    }
    let count = |dir: &str| count_in(&root.join(dir));
    let total = count(dirs[0]) + count(dirs[1]);

    // Markdown: a row per assessment, in words.
    let md = status(&dirs).stdout_with(3);
    let md = String::from_utf8(md).unwrap();
    // The company overlay's example is judged by the overlay: each row names its rules.
    assert!(md.starts_with(
        "| File | System | Owner | Tier | Rules | Completeness | Policy gaps | Sign-off | Review due | Gate |\n"
    ));
    let (id, version) = raia::questionnaire::builtin_id_version();
    assert!(md.contains(&format!(
        "| examples/cv-screener-auto-reject.toml | TalentFilter | Talent Acquisition Technology | high | {id} {version} (built-in {}) | complete (35 of 35 answered) | 3 | none | none | fails: 3 safeguards the policy requires are missing, planned, recorded without a reason or evidence, or recorded not applicable where this use needs it (Documented risk assessment; Human review of adverse decisions; Bias and adverse-impact testing); 3 policy requirements are not met (Evaluate the risks of the use case; Human oversight; Testing); 1 policy requirement is not shown to be met by the answers (Safeguards specific to the use case) |",
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME
    )), "{md}");
    assert!(md.contains("| acme-rai-standard 2.1 ("), "{md}");
    assert!(md.contains("| prohibited |"), "{md}");
    assert_eq!(
        md.lines()
            .filter(|l| l.starts_with("| examples/") || l.starts_with("| tests/"))
            .count(),
        total
    );
    assert!(md.contains(&format!("{total} assessments: ")), "{md}");

    // CSV: the same rows, one a line.
    let out = status(&[dirs[0], dirs[1], "--format", "csv"]).stdout_with(3);
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "file");
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), total);
    let voice = records
        .iter()
        .find(|r| &r[0] == "examples/voice-clone-no-consent.toml")
        .unwrap();
    assert_eq!(&voice[3], "prohibited");
    // The field docs/ci.md tells scripts to filter on is a column too (a review found it in
    // the JSON only).
    assert_eq!((&headers[13], &voice[13]), ("gate_passed", "false"));
    assert_eq!(&headers[14], "review_overdue");
    assert_eq!(
        &voice[10],
        "fails: a prohibited use is confirmed (Voice or likeness without consent); the answers show the system could be used for 2 prohibited uses (Deliberate disinformation or deception; Violating privacy rights) and no safeguard against them is shown to be in place; the policy forbids such uses, whether the system makes them or lets others make them; 1 policy requirement is not shown to be met by the answers (Information on request)"
    );

    // JSON: an array of rows with the counts as numbers.
    let out = status(&[dirs[0], dirs[1], "--format", "json"]).stdout_with(3);
    let rows: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), total);
    let cv = rows
        .iter()
        .find(|r| r["file"] == "examples/cv-screener-auto-reject.toml")
        .unwrap();
    assert_eq!(cv["policy_gaps"], 3);
    assert_eq!(cv["signoff"]["state"], "none");
    assert_eq!(cv["gate_passed"], false);

    // SARIF: every finding of every file, valid.
    let out = status(&[dirs[0], dirs[1], "--format", "sarif"]).stdout_with(3);
    let log: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(sarif_validator().is_valid(&log));
    let files: std::collections::BTreeSet<&str> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    let failing = rows.iter().filter(|r| r["gate_passed"] == false).count();
    assert_eq!(files.len(), failing);
    assert!(files.contains("examples/voice-clone-no-consent.toml"));
}

/// A new-user trial read `raia status` on a terminal: Markdown escapes ("\\`scale\\`") in the
/// cells, and an approval given over three policy gaps shown as plain "current: approved". The
/// text format (a terminal's default) has neither, wraps each gate reason under its own dash,
/// and says where to look next; every format says the approval left gaps open.
#[test]
fn status_as_text_reads_without_markup_and_says_an_approval_left_gaps_open() {
    let env = Env::new();
    let dir = env.path("portfolio");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cv-screener-auto-reject.toml"),
        dir.join("cv.toml"),
    )
    .unwrap();
    write(
        &dir.join("bad.toml"),
        "schema_version = 1\n[questionnaire]\nid = \"raia-aws-rai\"\nscale = 3\n",
    );
    env.raia()
        .args(["sign", "--decision", "approved", "--name", "Jordan Alvarez"])
        .arg(dir.join("cv.toml"))
        .assert()
        .success();
    let out = env
        .raia()
        .args(["status", "--format", "text"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a file does not load");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "  Sign-off: current: approved by Jordan Alvarez, 2026-01-15, with 3 policy gaps open\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("  Tier HIGH, complete (35 of 35 answered), 3 policy gaps\n"),
        "{text}"
    );
    assert!(
        text.contains("  Gate: fails\n    - 3 safeguards the policy requires"),
        "{text}"
    );
    // Wrapped under the dash, at a word: the file's own words, never cut inside one.
    assert!(text.contains("\n      "), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    assert!(text.contains("bad.toml: does not load\n  "), "{text}");
    assert!(text.contains("`scale`"), "{text}");
    assert!(!text.contains('\\') && !text.contains(" | "), "{text}");
    assert!(
        text.ends_with(
            "2 assessments: 0 pass the gate, 1 fails it, 1 does not load.\nWhy one fails and what to do: raia score FILE --gate; the whole assessment: raia report FILE.\n"
        ),
        "{text}"
    );
    // A hostile system name reaches no terminal as an escape code, into a pipe either.
    let cv = std::fs::read_to_string(dir.join("cv.toml")).unwrap();
    write(
        &dir.join("cv.toml"),
        &cv.replacen(
            "system = \"TalentFilter\"",
            "system = \"Talent\\u001b]0;owned\\u0007\"",
            1,
        ),
    );
    let hostile = env
        .raia()
        .args(["status", "--format", "text"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        !hostile.stdout.iter().any(|b| *b == 0x1b || *b == 0x07),
        "{}",
        String::from_utf8_lossy(&hostile.stdout)
    );
    assert!(String::from_utf8_lossy(&hostile.stdout).contains("Talent"));
    write(&dir.join("cv.toml"), &cv);
    // A pipe gets the Markdown table, which says the same of the approval.
    let md =
        String::from_utf8(env.raia().arg("status").arg(&dir).output().unwrap().stdout).unwrap();
    assert!(md.starts_with("| File | System |"), "{md}");
    assert!(
        md.contains("| current: approved by Jordan Alvarez, 2026-01-15, with 3 policy gaps open |"),
        "{md}"
    );
    // So does the report's summary.
    let report = env
        .raia()
        .args(["report", "--out", "-"])
        .arg(dir.join("cv.toml"))
        .output()
        .unwrap();
    let report = String::from_utf8(report.stdout).unwrap();
    assert!(
        report.contains("- **Sign-off:** current: approved by Jordan Alvarez (given while 3 safeguards the policy requires are not in place).\n"),
        "{report}"
    );
}

#[test]
fn status_finds_assessments_says_which_sign_offs_hold_and_exits_by_the_worst() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = env.path("portfolio");
    std::fs::create_dir_all(dir.join("team-a/.git")).unwrap();
    let passing = dir.join("team-a/summariser.toml");
    std::fs::copy(root.join("examples/internal-doc-summariser.toml"), &passing).unwrap();
    // Not assessments: a questionnaire, and anything under a hidden folder.
    std::fs::write(dir.join("questionnaire.toml"), common::docs_example_text()).unwrap();
    std::fs::copy(
        root.join("examples/voice-clone-no-consent.toml"),
        dir.join("team-a/.git/x.toml"),
    )
    .unwrap();
    let json = |code: i32| -> Vec<serde_json::Value> {
        let out = env
            .raia()
            .arg("status")
            .arg(&dir)
            .args(["--format", "json"])
            .assert()
            .code(code)
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice::<serde_json::Value>(&out)
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    };
    // Nor the TOML report export writes beside it (a hostile review: "does not load").
    env.raia()
        .args(["report", "--format", "toml", "--out"])
        .arg(dir.join("team-a/summariser.report.toml"))
        .arg(&passing)
        .assert()
        .success();
    let rows = json(0);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["gate_passed"], true);

    // A current sign-off, then a stale one once an answer changes.
    env.raia()
        .args(["sign", "--name", "J. Compliance"])
        .arg(&passing)
        .assert()
        .success();
    let rows = json(0);
    assert_eq!(rows[0]["signoff"]["state"], "current");
    let md = env.raia().arg("status").arg(&dir).stdout_with(0);
    assert!(
        String::from_utf8(md)
            .unwrap()
            .contains("| current: approved by J. Compliance, 2026-01-15 |")
    );
    let text = std::fs::read_to_string(&passing).unwrap();
    write(
        &passing,
        &text.replacen("system = \"DocBrief\"", "system = \"DocBrief 2\"", 1),
    );
    assert_eq!(json(0)[0]["signoff"]["state"], "stale");

    // A failing assessment makes it 3; a file that does not load makes it 1, the worst.
    std::fs::copy(
        root.join("examples/voice-clone-no-consent.toml"),
        dir.join("voice.toml"),
    )
    .unwrap();
    assert_eq!(json(3).len(), 2);
    write(
        &dir.join("broken.toml"),
        "schema_version = 1\n[questionnaire]\nid = 1\n",
    );
    let rows = json(1);
    assert_eq!(rows.len(), 3);
    let broken = rows
        .iter()
        .find(|r| r["file"].as_str().unwrap().ends_with("broken.toml"))
        .unwrap();
    assert!(
        broken["error"].as_str().unwrap().contains("broken.toml:3:"),
        "{broken}"
    );
    // Hostile review: one Latin-1 letter, or a misspelt [questionnaire], left a prohibited use
    // out of the portfolio and the gate passed. Both are taken, and do not load.
    let voice = std::fs::read_to_string(root.join("examples/voice-clone-no-consent.toml")).unwrap();
    let mut latin1 = voice
        .replacen("owner_team = \"", "owner_team = \"Zo\u{eb} ", 1)
        .into_bytes();
    let at = latin1
        .windows(3)
        .position(|w| w == "o\u{eb}".as_bytes())
        .unwrap()
        + 1;
    latin1.splice(at..at + 2, [0xeb]);
    std::fs::write(dir.join("latin1.toml"), &latin1).unwrap();
    write(
        &dir.join("misspelt.toml"),
        &voice.replacen("[questionnaire]", "[questionaire]", 1),
    );
    let rows = json(1);
    assert_eq!(rows.len(), 5, "{rows:?}");
    for name in ["latin1.toml", "misspelt.toml"] {
        let row = rows
            .iter()
            .find(|r| r["file"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("{name} left out: {rows:?}"));
        assert!(!row["error"].as_str().unwrap().is_empty(), "{row}");
    }
    let latin1_row = rows
        .iter()
        .find(|r| r["file"].as_str().unwrap().ends_with("latin1.toml"))
        .unwrap();
    assert!(
        latin1_row["error"]
            .as_str()
            .unwrap()
            .contains("invalid UTF-8"),
        "{latin1_row}"
    );
    std::fs::remove_file(dir.join("latin1.toml")).unwrap();
    std::fs::remove_file(dir.join("misspelt.toml")).unwrap();
    // Its SARIF names the line the error is on.
    let status_sarif = || -> serde_json::Value {
        let out = env
            .raia()
            .arg("status")
            .arg(&dir)
            .args(["--format", "sarif"])
            .stdout_with(1);
        serde_json::from_slice(&out).unwrap()
    };
    let log = status_sarif();
    assert!(sarif_validator().is_valid(&log));
    let load_error = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "file-does-not-load")
        .unwrap();
    assert_eq!(
        load_error["locations"][0]["physicalLocation"]["region"]["startLine"],
        3
    );
    // So does that of a file that is not UTF-8: the line of its first bad byte.
    std::fs::remove_file(dir.join("misspelt.toml")).ok();
    std::fs::write(
        dir.join("latin1.toml"),
        b"schema_version = 1\n\n[metadata]\nsystem = \"Caf\xe9\"\n",
    )
    .unwrap();
    let log = status_sarif();
    let load_error = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .ends_with("latin1.toml")
        })
        .unwrap();
    assert_eq!(
        load_error["locations"][0]["physicalLocation"]["region"]["startLine"], 4,
        "{load_error}"
    );
    assert!(
        load_error["message"]["text"]
            .as_str()
            .unwrap()
            .contains("invalid UTF-8"),
        "{load_error}"
    );
    std::fs::remove_file(dir.join("latin1.toml")).unwrap();

    // Nothing to look at is a usage mistake.
    let empty = env.path("empty");
    std::fs::create_dir_all(&empty).unwrap();
    env.raia()
        .arg("status")
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no assessment files"));
}

#[test]
fn a_review_falls_due_by_tier_after_a_sign_off_or_by_review_by_and_fails_the_gate() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = env.path("portfolio");
    std::fs::create_dir_all(&dir).unwrap();
    // High tier: the built-in questionnaire reviews it 6 months after the sign-off.
    let file = dir.join("triage.toml");
    std::fs::copy(root.join("examples/clinical-triage-assistant.toml"), &file).unwrap();
    let gate = |today: &str| env.score_gate_on(today, &file);
    // Never signed and no review_by: no review date, nothing overdue.
    gate("2030-01-01")
        .assert()
        .success()
        .stdout(predicate::str::contains("Review:").not());
    env.raia()
        .args(["sign", "--name", "J. Compliance", "--date", "2026-01-15"])
        .arg(&file)
        .assert()
        .success();
    gate("2026-07-15")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Review: due by 2026-07-15 (6 months for the high tier, from the sign-off of 2026-01-15)\n",
        ));
    gate("2026-07-16")
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "from the sign-off of 2026-01-15): OVERDUE",
        ))
        .stderr(predicate::str::contains(
            "gate: failed:\n  - the review was due by 2026-07-15: a reviewer reviews the answers and signs them again (raia sign)\n",
        ));
    // The portfolio and its SARIF say so too.
    let out = env
        .raia()
        .args(["--today", "2026-08-01", "status"])
        .arg(&dir)
        .stdout_with(3);
    let md = String::from_utf8(out).unwrap();
    assert!(
        md.contains("| OVERDUE, due by 2026-07-15 | fails: the review was due by 2026-07-15: a reviewer reviews the answers and signs them again (raia sign) |"),
        "{md}"
    );
    // review_by, set by hand, brings the review forward (never later than the sign-off's cycle),
    // and does not stale the sign-off: dates are not answers.
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "[metadata]\n",
        "[metadata]\nreview_by = \"2026-05-30\"\n",
        1,
    );
    write(&file, &text);
    gate("2026-05-01")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Review: due by 2026-05-30 (set in the assessment)",
        ));
    let out = env
        .raia()
        .args(["--today", "2026-06-01", "status", "--format", "sarif"])
        .arg(&dir)
        .stdout_with(3);
    let log: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(sarif_validator().is_valid(&log));
    let found = sarif_results(&log, &file);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "review-overdue");
    assert_eq!(found[0].1, "review_by = \"2026-05-30\"");
    assert!(found[0].2.starts_with("The review is overdue: due by 2026-05-30 (set in the assessment); review the answers, sign the assessment again"), "{}", found[0].2);
    let rows = env
        .raia()
        .args(["--today", "2026-05-01", "status", "--format", "json"])
        .arg(&dir)
        .stdout_with(0);
    let rows: serde_json::Value = serde_json::from_slice(&rows).unwrap();
    assert_eq!(rows[0]["signoff"]["state"], "current");
    assert_eq!(rows[0]["review_due"], "2026-05-30");
    // A date that is not one is refused where it is written.
    write(&file, &text.replacen("2026-05-30", "next spring", 1));
    env.raia()
        .arg("score")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{}:8:1: metadata.review_by = \"next spring\" is not a date",
            file.display()
        )));
    env.raia()
        .args(["--today", "soon", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("soon is not a date"));

    // A questionnaire sets its own months by tier.
    let q = env.path("mini.toml");
    let mini = std::fs::read_to_string(&q).unwrap();
    write(
        &q,
        &mini.replacen("[tiers]\n", "[tiers]\nreview_months = { high = 3 }\n", 1),
    );
    let mine = env.path("a.toml");
    write(&mine, ANSWERED);
    env.mini()
        .args([
            "--today",
            "2026-01-31",
            "sign",
            "--name",
            "R",
            "--decision",
            "approved",
            "--date",
            "2026-01-31",
        ])
        .arg(&mine)
        .assert()
        .success();
    env.mini().arg("score").arg(&mine).assert().success().stdout(predicate::str::contains(
        "Review: due by 2026-04-30 (3 months for the high tier, from the sign-off of 2026-01-31)",
    ));
    write(
        &q,
        &mini.replacen("[tiers]\n", "[tiers]\nreview_months = { high = 0 }\n", 1),
    );
    env.mini()
        .arg("score")
        .arg(&mine)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "tiers.review_months: each tier's months must be from 1 to 120",
        ));
}

/// The clinical triage example, its risk assessment's evidence given `dates` (TOML lines).
fn triage_with_evidence_dates(env: &Env, dates: &str) -> PathBuf {
    triage_edited(
        env,
        "[safeguards.risk-assessment]\nstatus = \"in-place\"\n",
        &format!("[safeguards.risk-assessment]\nstatus = \"in-place\"\n{dates}"),
    )
}

/// The clinical triage example in the test's folder, with `from` replaced by `to` once.
fn triage_edited(env: &Env, from: &str, to: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = env.path("triage.toml");
    let text =
        std::fs::read_to_string(root.join("examples/clinical-triage-assistant.toml")).unwrap();
    assert!(text.contains(from), "{from}");
    write(&file, &text.replacen(from, to, 1));
    file
}

/// Beside requirements to be confirmed, expired evidence is still said in the gaps line (a
/// compliance review read "no other safeguard ... is missing or planned" and nothing of it).
#[test]
fn the_gaps_line_names_expired_evidence_beside_requirements_to_confirm() {
    let env = Env::new();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/loan-reviewed-messy.toml");
    env.raia()
        .args(["--today", "2026-12-06", "score"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Gaps: \"Human oversight\", \"Testing\" to be confirmed (see the requirements above); \"Documented risk assessment\" in place on evidence that has expired, is dated after today or rests on a condition that fell due (see below); no other safeguard this use calls for is missing or planned.",
        ));
}

/// Evidence that has lapsed earns nothing off the score from the day it lapses: a compliance
/// review saw an expired accuracy evaluation still take its points off while the gate failed it.
/// The CV screener takes every credit it has (7 points, under the most it may take, 8), so the
/// score shows the difference; the JSON report and the score agree on it.
#[test]
fn lapsed_evidence_earns_no_credit_from_the_day_it_lapses() {
    let env = Env::new();
    let text = std::fs::read_to_string(manifest("examples/cv-screener-auto-reject.toml")).unwrap()
        + "\n[safeguards.accuracy-evaluation]\nstatus = \"in-place\"\nevidence = \"Hold-out evaluation AE-7 on 2,400 past applications, report filed 2025-06-30.\"\ndate = \"2025-06-30\"\nexpires = \"2026-06-30\"\n";
    let file = env.path("cv.toml");
    write(&file, &text);
    let score = |today: &str| {
        let out = env
            .raia()
            .args(["--today", today, "score"])
            .arg(&file)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let before = score("2026-06-29");
    assert!(
        before.contains("Score 26 = 33 risk points - 7 for safeguards in place"),
        "{before}"
    );
    let after = score("2026-06-30");
    assert!(
        after.contains("Score 28 = 33 risk points - 5 for safeguards in place"),
        "{after}"
    );
    let json = env
        .raia()
        .args(["--today", "2026-06-30", "report", "--format", "json"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(json["score"]["total"], 28, "{}", json["score"]);
    assert!(
        !json["score"]["credits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["safeguard"] == "accuracy-evaluation"),
        "{}",
        json["score"]
    );
}

/// The gate's line for answers at odds names the prohibited use they leave in doubt: a hostile
/// review read only "1 pair of answers contradict each other" under a loan tool whose intended
/// use described texting debtors nine times a day and tagging them on social media. The JSON
/// gate failure carries the same titles.
#[test]
fn the_gate_names_the_prohibited_use_that_contradicting_answers_leave_in_doubt() {
    let env = Env::new();
    let file = env.example("loan-pre-approval.toml", "loan.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let from = "intended-use = \"\"\"";
    assert!(text.contains(from));
    write(
        &file,
        &text.replacen(
            from,
            "intended-use = \"\"\"Collections reuses the score to pick the pressure track: borrowers over 0.6 get up to nine texts a day, calls to their employer and posts tagging them on social media until they pay. ",
            1,
        ),
    );
    env.score_gate_on("2026-12-06", &file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "  - 1 pair of answers contradict each other, leaving in doubt Harassing or harming people or groups, a use the policy prohibits\n",
        ));
    // Answers at odds that leave no prohibited use in doubt say nothing more.
    let messy = manifest("tests/fixtures/loan-reviewed-messy.toml");
    env.score_gate_on("2026-12-06", &messy)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("a use the policy prohibits").not());
}

#[test]
fn expired_evidence_is_a_finding_on_its_safeguard() {
    let env = Env::new();
    let file =
        triage_with_evidence_dates(&env, "date = \"2025-03-01\"\nexpires = \"2026-03-01\"\n");
    let gate = |today: &str| env.score_gate_on(today, &file);
    gate("2026-02-28")
        .assert()
        .success()
        .stdout(predicate::str::contains("Evidence expired").not());
    gate("2026-03-01")
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "Evidence expired: the evidence for \"Documented risk assessment\" expired on 2026-03-01: renew it, then record the new evidence with its date and expires date (where the evidence's own words give an earlier expiry, that one counts, so say the new one in them).",
        ))
        // Never "every safeguard is in place" beside it (a review).
        .stdout(predicate::str::contains(
            "Gaps: \"Documented risk assessment\" to renew (its evidence has expired or is dated after today; see below)",
        ))
        .stdout(predicate::str::contains("Gaps: none").not())
        .stderr(predicate::str::contains(
            "gate: failed:\n  - 1 safeguard is in place on evidence that has expired\n",
        ));
    let out = env
        .raia()
        .args([
            "--today",
            "2026-03-01",
            "score",
            "--gate",
            "--format",
            "sarif",
        ])
        .arg(&file)
        .stdout_with(3);
    let log: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(sarif_validator().is_valid(&log));
    let found = sarif_results(&log, &file);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("evidence-expired", "[safeguards.risk-assessment]")
    );
    let out = env
        .raia()
        .args(["--today", "2026-03-01", "status", "--format", "json"])
        .arg(&file)
        .stdout_with(3);
    let rows: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        rows[0]["gate"][0],
        "1 safeguard is in place on evidence that has expired"
    );
}

/// Evidence dated after the day of the run cannot exist yet: a sixth hostile review saw a risk
/// assessment "dated" next year count as in place, where a sign-off so dated is refused.
#[test]
fn evidence_dated_after_today_fails_the_gate() {
    let env = Env::new();
    let file = triage_with_evidence_dates(&env, "date = \"2026-01-15\"\n");
    let gate = |today: &str| env.score_gate_on(today, &file);
    gate("2026-01-15")
        .assert()
        .success()
        .stdout(predicate::str::contains("Evidence dated later").not());
    gate("2026-01-14")
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "Evidence dated later: the evidence for \"Documented risk assessment\" is dated 2026-01-15, after today: evidence cannot come from a day still to come; record the date it was made, or record the safeguard as planned until then.",
        ))
        .stderr(predicate::str::contains(
            "gate: failed:\n  - 1 safeguard is in place on evidence dated after today\n",
        ));
    let out = env
        .raia()
        .args([
            "--today",
            "2026-01-14",
            "score",
            "--gate",
            "--format",
            "sarif",
        ])
        .arg(&file)
        .stdout_with(3);
    let log: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(sarif_validator().is_valid(&log));
    let found = sarif_results(&log, &file);
    assert_eq!(
        found
            .iter()
            .map(|(rule, at, ..)| (rule.as_str(), at.as_str()))
            .collect::<Vec<_>>(),
        [("evidence-dated-later", "[safeguards.risk-assessment]")]
    );
}

/// A report given where an assessment goes is named as a report, with the file to use, by
/// every command, edited or not (a new-user pass got "key with no value" from one with a line
/// added; `raia score` said so even of an untouched one).
#[test]
fn a_report_given_as_an_assessment_is_named_as_one() {
    let env = Env::new();
    let file = env.example("loan-pre-approval.toml", "loan.toml");
    for (format, name) in [("md", "loan.report.md"), ("json", "loan.report.json")] {
        let out = env.path(name);
        env.raia()
            .args(["report", "--format", format, "--out"])
            .arg(&out)
            .arg(&file)
            .assert()
            .success();
        let mut edited = std::fs::read_to_string(&out).unwrap();
        for text in [edited.clone(), {
            edited.push_str("Added by hand.\n");
            edited.clone()
        }] {
            std::fs::write(&out, &text).unwrap();
            for command in ["score", "validate", "migrate"] {
                env.raia()
                    .arg(command)
                    .arg(&out)
                    .assert()
                    .code(1)
                    .stderr(predicate::str::contains(format!(
                        "{} is a report raia wrote, not an assessment: reports are made from an assessment and cannot be edited back; open the assessment it was written from, {}",
                        out.display(),
                        file.display()
                    )));
            }
        }
    }
}

#[test]
fn diff_says_in_words_what_changed_between_two_assessments() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = env
        .raia()
        .current_dir(root)
        .args([
            "diff",
            "examples/voice-clone-licensed.toml",
            "examples/voice-clone-no-consent.toml",
        ])
        .stdout_with(0);
    let md = String::from_utf8(out).unwrap();
    assert!(md.starts_with("# Changes from examples/voice-clone-licensed.toml to examples/voice-clone-no-consent.toml\n\n- Tier: medium → prohibited\n- Score: 11 → not used (a confirmed prohibited use decides the result)\n"), "{md}");
    // Prompts and option labels, never ids.
    assert!(md.contains("- Does the system reproduce or depict a real, identifiable person's voice, face or likeness, or speak or write as that person (a persona, an impersonation)?\n  \"Yes, with each person's consent or licensed rights, and we keep the signed records (e.g. a voice licence)\" → \"Yes, without consent or rights"), "{md}");
    assert!(md.contains("- Name the accountable owner and their role.\n  \"Ruth Okafor, Head of Audio Production\" → (no answer)\n"), "{md}");
    assert!(
        md.contains("- no longer in place: Consent or licence records\n"),
        "{md}"
    );
    // A count that stayed says so, as the tier does (a new-user trial read "2 → 2").
    assert!(
        md.contains("- Safeguards the policy requires not in place: 0 (unchanged)\n"),
        "{md}"
    );
    assert!(
        !md.contains("likeness = ") && !md.contains("no-consent\""),
        "{md}"
    );
    let out = env
        .raia()
        .current_dir(root)
        .args([
            "diff",
            "examples/voice-clone-licensed.toml",
            "examples/voice-clone-no-consent.toml",
            "--format",
            "json",
        ])
        .stdout_with(0);
    let d: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(d["tier_before"], "medium");
    assert_eq!(d["tier_after"], "prohibited");
    assert!(
        d["answers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["question"] == "likeness")
    );
    // Neither a second file nor --rev: a usage mistake.
    env.raia().args(["diff", "a.toml"]).assert().code(2);
}

#[test]
fn diff_against_a_git_revision_says_whether_the_sign_off_still_holds() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = env.path("repo");
    std::fs::create_dir_all(repo.join("assessments")).unwrap();
    let file = repo.join("assessments/summariser.toml");
    std::fs::copy(root.join("examples/internal-doc-summariser.toml"), &file).unwrap();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .arg("-C")
            .arg(&repo)
            .args([
                "-c",
                "user.name=T",
                "-c",
                "user.email=t@example.com",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(
            ok.status.success(),
            "{}",
            String::from_utf8_lossy(&ok.stderr)
        );
    };
    git(&["init", "-q"]);
    env.raia()
        .args(["sign", "--name", "J. Compliance", "--date", "2026-01-10"])
        .arg(&file)
        .assert()
        .success();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "signed"]);
    // Unchanged: the sign-off holds.
    let out = env
        .raia()
        .args(["diff", "--rev", "HEAD"])
        .arg(&file)
        .stdout_with(0);
    let md = String::from_utf8(out).unwrap();
    assert!(md.contains("## Answers changed (0)\n\nNone.\n"), "{md}");
    assert!(
        md.contains("- approved by J. Compliance on 2026-01-10: holds for the later version\n"),
        "{md}"
    );
    // An answer changes: it no longer holds, and the answer is named in words.
    let text = std::fs::read_to_string(&file).unwrap();
    write(&file, &text.replacen("scale = 900\n", "scale = 5000\n", 1));
    let out = env
        .raia()
        .args(["diff", "--rev", "HEAD"])
        .arg(&file)
        .stdout_with(0);
    let md = String::from_utf8(out).unwrap();
    assert!(md.contains("## Answers changed (1)\n"), "{md}");
    assert!(md.contains("  \"900\" → \"5000\""), "{md}");
    assert!(md.contains("- approved by J. Compliance on 2026-01-10: no longer holds; what it approved changed, so it needs signing again\n"), "{md}");
    // A fourteenth hostile review deleted a reviewer's rejection, or rewrote it as an
    // approval, and the diff said the rejection "holds for the later version".
    write(&file, &text);
    env.raia()
        .args([
            "sign",
            "--name",
            "R. Reviewer",
            "--decision",
            "rejected",
            "--date",
            "2026-01-11",
        ])
        .arg(&file)
        .assert()
        .success();
    git(&["commit", "-q", "-am", "rejected"]);
    let signed = std::fs::read_to_string(&file).unwrap();
    let cut = signed.find("\n[[signoff]]\n").unwrap();
    write(&file, &format!("{}\n", &signed[..cut]));
    let diff = |env: &Env| {
        String::from_utf8(
            env.raia()
                .args(["diff", "--rev", "HEAD", "--today", "2026-01-12"])
                .arg(&file)
                .stdout_with(0),
        )
        .unwrap()
    };
    let md = diff(&env);
    assert!(md.contains("## Answers changed (0)\n"), "{md}");
    assert!(md.contains("- rejected by R. Reviewer on 2026-01-11: REMOVED: the later version's file no longer records it, so the reviewer's decision no longer counts there"), "{md}");
    assert!(
        md.contains("- approved by J. Compliance on 2026-01-10: REMOVED"),
        "{md}"
    );
    assert!(!md.contains("holds for the later version"), "{md}");
    write(
        &file,
        &signed.replacen("decision = \"rejected\"", "decision = \"approved\"", 1),
    );
    let md = diff(&env);
    assert!(
        md.contains("- rejected by R. Reviewer on 2026-01-11: REMOVED"),
        "{md}"
    );
    assert!(
        md.contains(
            "- approved by R. Reviewer on 2026-01-11: ADDED in the later version, and holds for it"
        ),
        "{md}"
    );
    // A date changed by hand is an edit, not a new sign-off (a fifteenth review moved an
    // approval's date to put a review off, and the diff read it as one removed, one added).
    write(
        &file,
        &signed.replacen("date = \"2026-01-11\"", "date = \"2026-01-12\"", 1),
    );
    let md = diff(&env);
    assert!(
        md.contains("- rejected by R. Reviewer on 2026-01-12: EDITED by hand: it was dated 2026-01-11 in the earlier version"),
        "{md}"
    );
    assert!(!md.contains("ADDED"), "{md}");
    // A revision git does not know is an error naming it.
    env.raia()
        .args(["diff", "--rev", "no-such-branch"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("git cannot show"));
    env.raia()
        .args(["diff", "--rev=--output=x"])
        .arg(&file)
        .assert()
        .code(2);
    // A file added since the revision: every answer is new, as git shows an added file (a
    // review saw a pull request's new assessment fail its diff job with exit 1).
    let added = repo.join("assessments/triage.toml");
    std::fs::copy(root.join("examples/clinical-triage-assistant.toml"), &added).unwrap();
    let diff_added = || {
        String::from_utf8(
            env.raia()
                .args(["diff", "--rev", "HEAD"])
                .arg(&added)
                .stdout_with(0),
        )
        .unwrap()
    };
    let md = diff_added();
    assert!(
        md.starts_with("# Changes from HEAD:") && md.contains("(not in HEAD: a new file) to "),
        "{md}"
    );
    assert!(md.contains("- Tier: low → high"), "{md}");
    assert!(md.contains("(no answer) → \"Our own staff\""), "{md}");
    // The pull request that mends a file that does not load at the revision: compared with a
    // blank assessment, and the heading says why (a CI review saw the diff job fail on the fix).
    let text = std::fs::read_to_string(&added).unwrap();
    write(
        &added,
        &text.replacen("scale = 72000", "scale = \"lots\"", 1),
    );
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "broken"]);
    write(&added, &text);
    let md = diff_added();
    let heading = md.lines().next().unwrap_or_default();
    assert!(
        heading.contains("(does not load at HEAD: ")
            && heading.contains("expects a whole number")
            && heading.ends_with(&format!(
                "; compared with a blank assessment) to {}",
                added.display()
            )),
        "{md}"
    );
    assert!(md.contains("- Tier: low → high"), "{md}");
}

#[test]
fn completions_man_page_and_version() {
    let env = Env::new();
    let out = |args: &[&str]| String::from_utf8(env.raia().args(args).stdout_with(0)).unwrap();
    // Each shell's script knows the subcommands, the new ones included.
    let bash = out(&["completions", "bash"]);
    assert!(bash.starts_with("_raia() {"), "{bash}");
    for sub in ["status", "diff", "score", "completions"] {
        assert!(bash.contains(sub), "{sub}");
    }
    assert!(out(&["completions", "zsh"]).starts_with("#compdef raia"));
    assert!(out(&["completions", "fish"]).contains("complete -c raia"));
    env.raia().args(["completions", "tcsh"]).assert().code(2);
    // The man page: roff, with the commands and the exit codes.
    let man = out(&["man"]);
    assert!(man.contains(".TH raia 1"), "{man}");
    assert!(man.contains("3 findings"), "{man}");
    assert!(man.contains("status"), "{man}");
    // Its SUBCOMMANDS name a page for each command, and each is there (a new-user trial found
    // only raia's own), with raia's version in its header.
    assert!(man.contains("raia\\-score(1)"), "{man}");
    let score = out(&["man", "score"]);
    assert!(
        score.contains(&format!(
            ".TH raia-score 1  \"raia {}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "{score}"
    );
    assert!(score.contains("\\-\\-gate"), "{score}");
    let nope = env.raia().args(["man", "nope"]).output().unwrap();
    assert_eq!(nope.status.code(), Some(2));
    assert!(
        String::from_utf8(nope.stderr)
            .unwrap()
            .starts_with("error: raia has no command nope: give one of new, resume, "),
    );
    // --crosswalk completes to the frameworks built in, not to file names.
    assert!(
        bash.contains("--crosswalk)\n                    COMPREPLY=($(compgen -W \"eu-ai-act nist-ai-rmf\" -- \"${cur}\"))"),
        "{bash}"
    );
    // A questionnaire that does not load does not stop them.
    let broken = env.path("broken-q.toml");
    write(&broken, "not toml [");
    env.raia()
        .arg("--questionnaire")
        .arg(&broken)
        .args(["completions", "bash"])
        .assert()
        .success();
    // --version names the built-in questionnaire.
    let version = out(&["--version"]);
    let q = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    assert_eq!(
        version,
        format!(
            "raia {}\nbuilt-in questionnaire: {} version {} (content hash {})\nversions built in: {} 2023-09-28.1, {} {}\n",
            env!("CARGO_PKG_VERSION"),
            q.id,
            q.version,
            &q.content_hash[..12],
            q.id,
            q.id,
            q.version
        )
    );
    // Each built-in version prints by its version; the source is the file itself.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = out(&["questions", "--version", &q.version, "--format", "source"]);
    assert_eq!(
        source,
        std::fs::read_to_string(
            root.join("questionnaires")
                .join(raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME)
        )
        .unwrap()
    );
    assert!(
        out(&["questions", "--version", &q.version])
            .starts_with(&format!("# {} (version {})", q.title, q.version))
    );
    env.raia()
        .args(["questions", "--version", "1999-01-01"])
        .assert()
        .code(2)
        .stderr(format!(
            "error: no built-in questionnaire has version 1999-01-01; built in: {} 2023-09-28.1, {} {}\n",
            q.id, q.id, q.version
        ));
    // The previous release stays built in, as it was released.
    assert_eq!(
        out(&[
            "questions",
            "--version",
            "2023-09-28.1",
            "--format",
            "source"
        ]),
        std::fs::read_to_string(
            root.join("questionnaires")
                .join("aws-responsible-ai-2023-09-28.1.toml")
        )
        .unwrap()
    );
}

#[test]
fn list_shows_when_a_draft_is_due_for_review_and_when_it_is_overdue() {
    let env = Env::new();
    let drafts = env.path("data").join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let draft = drafts.join("hiring-helper.toml");
    write(&draft, ANSWERED);
    env.mini()
        .args([
            "--today",
            "2026-01-31",
            "sign",
            "--name",
            "R",
            "--decision",
            "approved",
            "--date",
            "2026-01-31",
        ])
        .arg(&draft)
        .assert()
        .success();
    let list = |today: &str| {
        String::from_utf8(env.mini().args(["--today", today, "list"]).stdout_with(0)).unwrap()
    };
    let before = list("2026-07-31");
    assert!(
        before.lines().nth(1).unwrap().ends_with("  REVIEW"),
        "{before}"
    );
    assert!(before.contains("  high        2026-07-31\n"), "{before}");
    assert!(list("2026-08-01").contains("  high        OVERDUE, due by 2026-07-31\n"));
}

/// The docs example questionnaire at version 0 and at version 1, which declares how to migrate
/// from 0: a question since renamed, an option since renamed, a question since removed, a
/// question to reconfirm, and a question new in version 1.
fn migration_pair(env: &Env) -> (PathBuf, PathBuf) {
    let mini = common::docs_example_text();
    // The version before: a question since renamed, an option since renamed, a question since
    // removed, and without a question this version adds.
    let old_q = env.path("v0.toml");
    write(
        &old_q,
        &(mini
            .replacen("version = \"1\"", "version = \"0\"", 1)
            .replace("id = \"hiring\"", "id = \"used-for-hiring\"")
            .replace("question = \"hiring\"", "question = \"used-for-hiring\"")
            .replace("id = \"licensed\"", "id = \"consented\"")
            + "\n[[question]]\nid = \"legacy-notes\"\nsection = \"use\"\ntype = \"text\"\nprompt = \"Anything else?\"\noptional = true\n"),
    );
    let new_q = env.path("v1.toml");
    write(
        &new_q,
        &(mini.clone()
            + "\n[[question]]\nid = \"deployment\"\nsection = \"use\"\ntype = \"single\"\nprompt = \"Where does the system run?\"\n\n[[question.option]]\nid = \"internal\"\nlabel = \"Internally\"\n\n[[question.option]]\nid = \"public\"\nlabel = \"For the public\"\n\n[migration]\nfrom = \"0\"\nrenamed = { used-for-hiring = \"hiring\" }\nremoved = { legacy-notes = \"no longer asked: the notes cover it\" }\noptions = { voice-clone = { consented = \"licensed\" } }\nreconfirm = { role = \"the options now say who decides\" }\n"),
    );
    (old_q, new_q)
}

#[test]
fn migrate_carries_answers_over_by_the_declared_table_and_keeps_comments() {
    let env = Env::new();
    let (old_q, new_q) = migration_pair(&env);
    let file = env.path("a.toml");
    let before = "# Hiring helper, assessed against v0.\nschema_version = 1\n\n[metadata]\nsystem = \"Hiring helper\"   # the product name\nowner_team = \"Talent\"\n\n[questionnaire]\nid = \"example-mini\"\nversion = \"0\"   # migrate me\n\n[answers]\n# Consent is on file.\nvoice-clone = \"consented\"   # see the licence\n# It is used for hiring.\nused-for-hiring = true\nrole = \"recommends\"\nowner = \"Ana\"\nlegacy-notes = \"old\"\n\n[notes]\nused-for-hiring = \"Only for shortlisting.\"\n";
    write(&file, before);
    let with = |q: &Path| {
        let mut c = env.raia();
        c.arg("--questionnaire").arg(q);
        c
    };
    with(&old_q)
        .args(["sign", "--name", "R", "--decision", "changes-requested"])
        .arg(&file)
        .assert()
        .success();
    let signed = std::fs::read_to_string(&file).unwrap();
    // A dry run says what would happen and changes nothing.
    let report = String::from_utf8(
        with(&new_q)
            .args(["migrate", "--dry-run", "--from"])
            .arg(&old_q)
            .arg(&file)
            .stdout_with(0),
    )
    .unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), signed);
    assert!(
        report.contains("from version 0 to version 1 of `example-mini`"),
        "{report}"
    );
    assert!(report.contains("Carried over to a renamed question (1):\n  - \"Is the system used to decide who is hired?\" is now \"Is the system used to decide who is hired?\"\n"), "{report}");
    assert!(report.contains("Option renamed (1):\n  - \"Does the system reproduce a real person's voice?\": now \"Yes, with the person's consent\"\n"), "{report}");
    assert!(report.contains("To reconfirm (1):\n  - \"What does the system do in the decision?\": the options now say who decides\n"), "{report}");
    assert!(report.contains("Removed with its question (1):\n  - \"Anything else?\": no longer asked: the notes cover it\n"), "{report}");
    assert!(
        report.contains("New questions to answer (1):\n  - \"Where does the system run?\"\n"),
        "{report}"
    );
    assert!(
        report
            .contains("Carried over unchanged (1):\n  - \"Who is accountable for the system?\"\n"),
        "{report}"
    );
    assert!(report.contains("Dry run:"), "{report}");

    with(&new_q)
        .args(["migrate", "--from"])
        .arg(&old_q)
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Its sign-offs are stale now"));
    let after = std::fs::read_to_string(&file).unwrap();
    // Every comment stays; only the keys that had to change did.
    for kept in [
        "# Hiring helper, assessed against v0.\n",
        "system = \"Hiring helper\"   # the product name\n",
        "# Consent is on file.\nvoice-clone = \"licensed\"   # see the licence\n# It is used for hiring.\nhiring = true\nrole = \"recommends\"\n",
        "version = \"1\"   # migrate me\n",
        "[notes]\nhiring = \"Only for shortlisting.\"\n",
    ] {
        assert!(after.contains(kept), "{kept}\n---\n{after}");
    }
    assert!(!after.contains("legacy-notes"), "{after}");
    // The wizard resumes at the first answer to reconfirm, which is kept with why.
    assert!(
        after.ends_with(
            "\n[wizard]\nposition = \"role\"\n\n[wizard.reconfirm]\nrole = \"the options now say who decides\"\n"
        ),
        "{after}"
    );
    // It loads under the new version, and the sign-off made under the old one is stale.
    let rows = with(&new_q)
        .args(["status", "--format", "json"])
        .arg(&file)
        .stdout_with(3);
    let rows: serde_json::Value = serde_json::from_slice(&rows).unwrap();
    assert_eq!(rows[0]["signoff"]["state"], "stale", "{rows}");
    // Nothing declared from the version it is at now.
    with(&new_q)
        .args(["migrate", "--from"])
        .arg(&new_q)
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "declares no migration from version 1",
        ));
}

// ---------------------------------------------------------------------------------------------
// Overlays and crosswalks (issue 12).

fn manifest(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The Acme overlay's fixture assessment, copied into `env` and bound to `overlay` as it is.
fn acme_fixture_bound_to(env: &Env, overlay: &Path) -> PathBuf {
    let file = env.path("triage.toml");
    std::fs::copy(manifest("tests/fixtures/acme-overlay-gap-only.toml"), &file).unwrap();
    let json = env
        .raia()
        .arg("--questionnaire")
        .arg(overlay)
        .args(["report", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap()
        .stdout;
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let hash = v["questionnaire"]["hash"].as_str().unwrap().to_string();
    let bound: String = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| match l.starts_with("hash = ") {
            true => format!("hash = \"{hash}\"\n"),
            false => format!("{l}\n"),
        })
        .collect();
    write(&file, &bound);
    file
}

/// An overlay has versions of its own: `raia migrate --from` read the old one as a whole
/// questionnaire and refused its `extends` key, and an overlay could not say how its answers
/// carry over. Now it loads as `--questionnaire` does, and a `[migration]` of the overlay's
/// renames its own question.
#[test]
fn an_overlay_migrates_to_its_next_version() {
    let env = Env::new();
    let old = env.path("acme-2.1.toml");
    std::fs::copy(manifest("examples/overlays/acme-rai-standard.toml"), &old).unwrap();
    let text = std::fs::read_to_string(&old).unwrap();
    let next = text
        .replacen("version = \"2.1\"", "version = \"2.2\"", 1)
        .replace("id = \"acme-approved-models\"", "id = \"acme-model-list\"")
        + "\n[migration]\nfrom = \"2.1\"\nrenamed = { acme-approved-models = \"acme-model-list\" }\n";
    let new = env.path("acme-2.2.toml");
    write(&new, &next);
    let file = env.path("screener.toml");
    std::fs::copy(manifest("examples/overlays/acme-cv-screener.toml"), &file).unwrap();
    let migrate = || {
        let mut c = env.raia();
        c.arg("--questionnaire").arg(&new).arg("migrate");
        c
    };
    // Without the old version's text, it says where to give it.
    let out = migrate().arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("was made with version 2.1, which is not built in: pass --from PATH"),
        "{out:?}"
    );
    let said =
        String::from_utf8(migrate().arg("--from").arg(&old).arg(&file).stdout_with(0)).unwrap();
    assert!(
        said.contains("from version 2.1 to version 2.2 of `acme-rai-standard`"),
        "{said}"
    );
    assert!(
        said.contains("Carried over to a renamed question (1):"),
        "{said}"
    );
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(after.contains("acme-model-list = \"yes\""), "{after}");
    assert!(!after.contains("acme-approved-models"), "{after}");
    assert!(after.contains("version = \"2.2\""), "{after}");
    // The migrated file loads under the new version.
    env.raia()
        .arg("--questionnaire")
        .arg(&new)
        .arg("validate")
        .arg(&file)
        .assert()
        .success();
    // A migration that names a question the overlay does not have is refused at its line.
    write(
        &new,
        &next.replace("= \"acme-model-list\" }", "= \"acme-models\" }"),
    );
    let out = migrate()
        .arg("--from")
        .arg(&old)
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("migration: `acme-models` is not a question of this version"),
        "{err}"
    );
}

/// A seventh hostile review: with every requirement of the AWS policy met and only the company
/// overlay's register rule open, the response to AWS said "Not compliant with the AWS
/// Responsible AI Policy and Acme Responsible AI Standard" and "1 safeguard the policy requires
/// is not in place". An overlay's rule is named as the organisation's own.
#[test]
fn an_overlay_gap_is_never_said_to_be_the_policys() {
    let env = Env::new();
    let overlay = manifest("examples/overlays/acme-rai-standard.toml");
    let acme = || {
        let mut c = env.raia();
        c.arg("--questionnaire").arg(&overlay);
        c
    };
    // Bound to the overlay as it is now.
    let file = acme_fixture_bound_to(&env, &overlay);
    let out = acme()
        .args(["report", "--format", "info-request"])
        .arg(&file)
        .output()
        .unwrap();
    let info = String::from_utf8(out.stdout).unwrap();
    assert!(
        info.contains("No gap against the AWS Responsible AI Policy's own requirements was found in the answers; not compliant with Acme Responsible AI Standard as answered: not met: Registered with the Acme AI register (Entry in the Acme AI register not in place)."),
        "{info}"
    );
    assert!(
        info.contains("1 safeguard Acme Responsible AI Standard requires is not in place"),
        "{info}"
    );
    assert!(
        !info.contains("safeguard the policy requires, as raia reads it, is not in place"),
        "{info}"
    );
    // The gate names the overlay's rules too, never the policy.
    let (stdout, err) = gate_fails(&env, &file, Some(&overlay));
    assert!(
        err.contains("gate: failed:\n  - 1 safeguard Acme Responsible AI Standard requires is missing, planned, recorded without a reason or evidence, or recorded not applicable where this use needs it (Entry in the Acme AI register)\n"),
        "{stdout}{err}"
    );
    assert!(!err.contains("the policy requires"), "{err}");
}

/// A hostile review: the overlay example extended the older built-in release, so every
/// assessment under it was judged by rules that miss the newer release's checks, and passed
/// the gate and was signed off with no word of it. The gate fails, and says what to change.
#[test]
fn an_overlay_on_an_older_release_fails_the_gate_and_says_so() {
    let env = Env::new();
    let overlay = env.path("acme-old.toml");
    let text = std::fs::read_to_string(manifest("examples/overlays/acme-rai-standard.toml"))
        .unwrap()
        .replace(
            &format!(
                "extends = \"aws-responsible-ai@{}\"",
                raia::questionnaire::builtin_id_version().1
            ),
            "extends = \"aws-responsible-ai@2023-09-28.1\"",
        );
    assert!(text.contains("@2023-09-28.1"));
    write(&overlay, &text);
    let acme = || {
        let mut c = env.raia();
        c.arg("--questionnaire").arg(&overlay);
        c
    };
    let file = acme_fixture_bound_to(&env, &overlay);
    let out = acme()
        .args(["score", "--gate"])
        .arg(&file)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains(&format!(
            "`acme-rai-standard` extends version 2023-09-28.1 of `aws-responsible-ai`, whose rules miss checks that version {v} adds; change its `extends` to `aws-responsible-ai@{v}`",
            v = raia::questionnaire::builtin_id_version().1
        )),
        "{err}"
    );
    assert!(
        err.contains("  - the answers are read against an older release of the rules\n"),
        "{err}"
    );
}

#[test]
fn the_company_overlay_example_reports_both_layers() {
    let env = Env::new();
    let overlay = manifest("examples/overlays/acme-rai-standard.toml");
    let example = manifest("examples/overlays/acme-cv-screener.toml");
    // raia with the company overlay on the built-in questionnaire.
    let acme = || {
        let mut c = env.raia();
        c.arg("--questionnaire").arg(&overlay);
        c
    };
    // A report of the example in `format`, which must succeed.
    let report = |format: &str| -> String {
        let out = acme()
            .args(["report", "--format", format])
            .arg(&example)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let md = report("md");
    let layers = md
        .lines()
        .find(|l| l.starts_with("| Layers |"))
        .expect("a Layers row");
    assert!(
        layers.contains("1. AWS Responsible AI Policy self-assessment")
            && layers.contains("2. Acme RAI Standard 2.1"),
        "{layers}"
    );
    assert!(
        md.contains("required by: Acme RAI Standard 2.1, §4.1"),
        "{md}"
    );
    assert!(md.contains("high from 14"), "the raised threshold is used");
    // In the CSV, the overlay's own rule names its rules, not the policy (a reports review).
    let csv = report("csv");
    let register = csv
        .lines()
        .find(|l| l.starts_with("acme-register-entry,"))
        .expect("the register row");
    assert!(
        // The organisation's rule, not an obligation of the policy.
        register.contains(",required by Acme Responsible AI Standard,false,"),
        "{register}"
    );
    // An overlay's own recommendation names it too (a second reports review).
    let board = csv
        .lines()
        .find(|l| l.starts_with("acme-ethics-board,"))
        .expect("the ethics board row");
    assert!(
        board.contains(",recommended practice of Acme Responsible AI Standard,false,"),
        "{board}"
    );
    // In the response to AWS, an open item of the overlay's alone leaves the policy's own
    // statement whole, and is said apart (a reports review).
    let loan = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let ours = std::fs::read_to_string(&example).unwrap();
    let header_end = ours.find("[answers]").unwrap();
    let acme_answers: String = ours
        .lines()
        .filter(|l| l.starts_with("acme-"))
        .map(|l| format!("{l}\n"))
        .collect();
    let loan_body = &loan[loan.find("[answers]").unwrap()..];
    let file = env.path("loan-acme.toml");
    std::fs::write(
        &file,
        format!(
            "{}{}\n[safeguards.acme-register-entry]\nstatus = \"planned\"\nevidence = \"Registration form submitted.\"\n",
            // The loan's own description: the screener's says rejections go out unreviewed,
            // which the loan's review answer would contradict.
            ours[..header_end]
                .lines()
                .map(|l| match loan.lines().find(|d| d.starts_with("description = ")) {
                    Some(d) if l.starts_with("description = ") => format!("{d}\n"),
                    _ => format!("{l}\n"),
                })
                .collect::<String>(),
            loan_body.replacen("[answers]\n", &format!("[answers]\n{acme_answers}"), 1)
        ),
    )
    .unwrap();
    // The response to AWS for `file`, whatever the gate says.
    let info_of = |file: &Path| -> String {
        let out = acme()
            .args(["report", "--format", "info-request"])
            .arg(file)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let info = info_of(&file);
    assert!(
        info.contains("**Compliance with the policy's own requirements:** No gap against the AWS Responsible AI Policy's own requirements was found in the answers"),
        "{info}"
    );
    assert!(
        info.contains("**With the organisation's own rules as well:** Compliance with the AWS Responsible AI Policy and Acme Responsible AI Standard is to be confirmed"),
        "{info}"
    );
    // With the register entry missing, the response lists it under the organisation's own
    // rules, never as one the policy requires, and its plan row names whose rule it is.
    let text = std::fs::read_to_string(&file).unwrap();
    let cut = text.find("\n[safeguards.acme-register-entry]").unwrap();
    let missing: String = text[..cut]
        .lines()
        .filter(|l| !l.starts_with("acme-register-id"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&file, missing).unwrap();
    let info = info_of(&file);
    assert!(
        info.contains("- Safeguards the organisation's own rules require that are not yet in place: Entry in the Acme AI register (missing; required by Acme Responsible AI Standard)."),
        "{info}"
    );
    assert!(
        !info.contains("Safeguards the policy requires that are not yet in place"),
        "{info}"
    );
    assert!(
        info.contains(
            "| Entry in the Acme AI register | missing; required by Acme Responsible AI Standard |"
        ),
        "{info}"
    );
    assert!(
        info.contains("**With the organisation's own rules as well:** Not compliant with Acme Responsible AI Standard as answered"),
        "{info}"
    );
    // A requirement of its own that does not apply says when it would, in words.
    assert!(
        md.contains("| nothing is required for this use | applies only when Does the system make or support decisions about Acme employees? → \"Yes\" |"),
        "{md}"
    );
    // raia's own message says which hash to set (the overlay's base is the release it names).
    if let Some(line) = md.lines().find(|l| l.contains("Not bound to these rules")) {
        panic!("examples/overlays/acme-cv-screener.toml is not bound to the overlay: {line}");
    }
    let v: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    let ids: Vec<&str> = v["questionnaire"]["layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["aws-responsible-ai", "acme-rai-standard"]);
    // So does the questionnaire, with the layer each question comes from.
    acme()
        .arg("questions")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Layers: AWS Responsible AI Policy self-assessment",
        ))
        .stdout(predicate::str::contains(
            "### `acme-register-id`: What is the system's entry number in the Acme AI register?",
        ))
        .stdout(predicate::str::contains(
            "- added by: Acme RAI Standard 2.1",
        ));
    // The score says whose rules an overlay's requirement is.
    acme()
        .arg("score")
        .arg(&example)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Registered with the Acme AI register (required by Acme Responsible AI Standard): met",
        ));
    // The information-request response names them too.
    acme()
        .args(["report", "--format", "info-request"])
        .arg(&example)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "in layers: AWS Responsible AI Policy self-assessment (aws-responsible-ai 2023-09-28.2), then Acme RAI Standard 2.1 (acme-rai-standard 2.1)",
        ));
}

#[test]
fn validate_refuses_a_weakening_overlay_at_its_line() {
    let env = Env::new();
    let overlay = env.path("weak.toml");
    write(
        &overlay,
        "[questionnaire]\nid = \"weak\"\nversion = \"1\"\ntitle = \"Weak\"\nextends = \"aws-responsible-ai@2023-09-28.1\"\n\n[tiers]\nhigh_at = 40\n",
    );
    env.raia()
        .arg("validate")
        .arg("--questionnaire")
        .arg(&overlay)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "weak.toml:8:11: tiers: high_at 40 is above 16",
        ))
        .stderr(predicate::str::contains(
            "help: an overlay can only make thresholds stricter",
        ));
    // A sound overlay validates, and says what it stacks on.
    env.raia()
        .arg("validate")
        .arg("--questionnaire")
        .arg(manifest("examples/overlays/acme-rai-standard.toml"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "layers: AWS Responsible AI Policy self-assessment (aws-responsible-ai 2023-09-28.2), then Acme RAI Standard 2.1 (acme-rai-standard 2.1)",
        ));
}

#[test]
fn an_overlay_in_the_project_raia_folder_is_used_and_finds_its_base_beside_it() {
    let env = Env::new();
    let repo = env.path("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::create_dir_all(repo.join(".raia")).unwrap();
    std::fs::create_dir_all(repo.join("assessments/team")).unwrap();
    // The base is not built in: it is found beside the overlay, by id and version.
    std::fs::copy(env.path("mini.toml"), repo.join(".raia/mini.toml")).unwrap();
    write(
        &repo.join(".raia/questionnaire.toml"),
        "[questionnaire]\nid = \"team\"\nversion = \"1\"\ntitle = \"Team rules\"\nextends = \"example-mini@1\"\n\n[[question]]\nid = \"team-q\"\nsection = \"decisions\"\ntype = \"text\"\nprompt = \"Team ticket?\"\noptional = true\n",
    );
    env.raia()
        .current_dir(repo.join("assessments/team"))
        .args(["questions", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"id\": \"team-q\""))
        .stderr(predicate::str::contains("from the project's .raia folder"));
    // Outside the repository it is not used.
    std::fs::create_dir_all(env.path("elsewhere/.git")).unwrap();
    env.raia()
        .current_dir(env.path("elsewhere"))
        .args(["questions", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("team-q").not());
}

#[test]
fn the_crosswalk_report_marks_gaps_and_never_calls_an_unmapped_article_met() {
    let env = Env::new();
    let example = manifest("examples/cv-screener-auto-reject.toml");
    let md = env
        .raia()
        .args(["report", "--crosswalk", "eu-ai-act"])
        .arg(&example)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    let row = |id: &str| {
        md.lines()
            .find(|l| l.starts_with(&format!("| `{id}` |")))
            .unwrap_or_else(|| panic!("a row for {id}:\n{md}"))
            .to_string()
    };
    // Human review of rejections is missing: Art. 14 is a gap, with the safeguard and its evidence.
    let art14 = row("art-14");
    assert!(art14.contains("**gap"), "{art14}");
    assert!(art14.contains("Human review of adverse decisions `human-review` (safeguard, part of): **missing**; evidence: Rejections take effect without review."), "{art14}");
    // Nothing maps to AI literacy: not covered, never addressed or met.
    let art4 = row("art-4");
    assert!(art4.contains("not covered by this assessment"), "{art4}");
    assert!(
        !art4.contains("addressed") && !art4.contains("met"),
        "{art4}"
    );
    assert!(md.contains("## Not covered by this assessment"));
    assert!(
        md.contains("https://eur-lex.europa.eu/eli/reg/2024/1689/oj"),
        "the source is named"
    );
    // JSON says the same, as data.
    let json = env
        .raia()
        .args(["report", "--format", "json", "--crosswalk", "eu-ai-act"])
        .arg(&example)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let items = v["items"].as_array().unwrap();
    let status = |id: &str| {
        items
            .iter()
            .find(|i| i["item"] == id)
            .map(|i| i["status"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(status("art-14"), "gap");
    assert_eq!(status("art-4"), "not-covered");
    // Only recommended practice is open behind Art. 73 (incident response) and Art. 86
    // (explanation, appeal): never a gap, which would read as a breach of the policy.
    assert_eq!(status("art-73"), "recommendations-open");
    assert_eq!(status("art-86"), "recommendations-open");
    // Every item called a gap has a link the policy's words require that is open.
    for i in items.iter().filter(|i| i["status"] == "gap") {
        assert!(
            i["links"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l["gap"] == true && l["policy"] == true),
            "{i}"
        );
    }
    for i in items
        .iter()
        .filter(|i| i["links"].as_array().unwrap().is_empty())
    {
        assert_eq!(i["status"], "not-covered", "{i}");
    }
    // Other formats and unknown frameworks are refused with what to do instead.
    env.raia()
        .args(["report", "--format", "csv", "--crosswalk", "eu-ai-act"])
        .arg(&example)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--format md or --format json"));
    env.raia()
        .args(["report", "--crosswalk", "iso-42001"])
        .arg(&example)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no crosswalk to `iso-42001`: use one of eu-ai-act, nist-ai-rmf",
        ));
    // A questionnaire the built-in crosswalk does not fit says so.
    let mini = env.path("answered.toml");
    write(&mini, &bound(ANSWERED));
    env.mini()
        .args(["report", "--crosswalk", "eu-ai-act"])
        .arg(&mini)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no built-in crosswalk fits questionnaire `example-mini`",
        ));
}

#[test]
fn a_crosswalk_item_is_addressed_only_when_an_equal_safeguard_is_in_place() {
    let env = Env::new();
    let example = manifest("examples/loan-pre-approval.toml");
    let json = env
        .raia()
        .args(["report", "--format", "json", "--crosswalk", "nist-ai-rmf"])
        .arg(&example)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let item = |id: &str| {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["item"] == id)
            .unwrap()
            .clone()
    };
    // Bias testing asks the same as MEASURE 2.11, and it is in place.
    assert_eq!(item("measure-2.11")["status"], "addressed");
    // Only a related safeguard is in place for MEASURE 2.7: not shown, not addressed.
    assert_eq!(item("measure-2.7")["status"], "related-only");
    // The crosswalk adds no rule: the assessment stays bound to the built-in questionnaire.
    assert_eq!(v["binding_message"], "");
    assert_eq!(
        v["questionnaire_hash"].as_str().unwrap(),
        raia::questionnaire::builtin_hash()
    );
}

#[test]
fn an_overlay_finds_a_newer_version_of_its_base_and_applies_when_its_ids_still_exist() {
    let env = Env::new();
    let dir = env.path("rules");
    std::fs::create_dir_all(&dir).unwrap();
    // Only version 2 of the base is there.
    write(
        &dir.join("mini-v2.toml"),
        &common::docs_example_text().replacen("version = \"1\"", "version = \"2\"", 1),
    );
    let overlay = dir.join("team.toml");
    write(
        &overlay,
        "[questionnaire]\nid = \"team\"\nversion = \"1\"\ntitle = \"Team rules\"\nextends = \"example-mini@1\"\n\n[[amend]]\nquestion = \"hiring\"\nhelp = \"Team help for hiring.\"\n",
    );
    env.raia()
        .arg("--questionnaire")
        .arg(&overlay)
        .arg("questions")
        .assert()
        .success()
        .stdout(predicate::str::contains("- why: Team help for hiring."))
        .stdout(predicate::str::contains(
            "A minimal questionnaire (example-mini 2), then Team rules (team 1)",
        ));
    // An id that is not in version 2: validation says so, and for which version it was written.
    write(
        &overlay,
        "[questionnaire]\nid = \"team\"\nversion = \"1\"\ntitle = \"Team rules\"\nextends = \"example-mini@1\"\n\n[[amend]]\nquestion = \"hiring-role\"\nhelp = \"x\"\n",
    );
    env.raia()
        .arg("validate")
        .arg("--questionnaire")
        .arg(&overlay)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "team.toml:8:12: question `hiring-role` is not in version 2 of A minimal questionnaire",
        ))
        .stderr(predicate::str::contains(
            "this overlay was written for version 1",
        ));
}

/// Issue 8 and 10: a file written by `raia init`, edited in the wizard (its Session), signed and
/// migrated keeps every comment, in order, and each answer stands under its question.
#[test]
fn an_init_file_keeps_its_comments_through_wizard_sign_and_migrate() {
    use raia::answer::Answer;
    use raia::assessment::SafeguardStatus;
    let env = Env::new();
    let (old_q, new_q) = migration_pair(&env);
    let with = |q: &Path| {
        let mut c = env.raia();
        c.arg("--questionnaire").arg(q);
        c
    };
    let file = env.path("a.toml");
    with(&old_q).arg("init").arg(&file).assert().success();
    let init = std::fs::read_to_string(&file).unwrap();
    let comments = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    let keeps_comments = |text: &str, when: &str| {
        let mut have = comments(text).into_iter();
        for c in comments(&init) {
            assert!(
                have.any(|h| h == c),
                "after {when}, the comment {c:?} is gone or out of order:\n{text}"
            );
        }
    };

    let old = raia::questionnaire::parse_questionnaire(
        "v0.toml",
        &std::fs::read_to_string(&old_q).unwrap(),
    )
    .unwrap();
    {
        let mut s = raia::session::Session::open(old, &file).unwrap();
        s.set_metadata(raia::assessment::Detail::System, "Hiring helper")
            .unwrap();
        s.set_metadata(raia::assessment::Detail::OwnerTeam, "Talent")
            .unwrap();
        s.set_answer("voice-clone", Some(Answer::Choice("consented".into())))
            .unwrap();
        s.set_answer("role", Some(Answer::Choice("recommends".into())))
            .unwrap();
        s.set_answer("used-for-hiring", Some(Answer::Bool(true)))
            .unwrap();
        s.set_answer("owner", Some(Answer::Text("Ana".into())))
            .unwrap();
        s.set_note("used-for-hiring", "Only for shortlisting.")
            .unwrap();
        s.set_safeguard("named-owner", SafeguardStatus::InPlace, "Owner: Ana")
            .unwrap();
        // An answer given and taken back leaves its question's comments where they were.
        s.set_answer("owner", None).unwrap();
        s.set_answer("owner", Some(Answer::Text("Ana".into())))
            .unwrap();
    }
    let edited = std::fs::read_to_string(&file).unwrap();
    keeps_comments(&edited, "the wizard's saves");
    // Each answer is written under its commented placeholder, as a person uncommenting would.
    assert!(
        edited.contains("# voice-clone = \"<choose one>\"\nvoice-clone = \"consented\"\n"),
        "{edited}"
    );
    assert!(
        edited.contains("# System name\nsystem = \"Hiring helper\"\n"),
        "{edited}"
    );

    with(&old_q)
        .args(["sign", "--name", "R", "--decision", "changes-requested"])
        .arg(&file)
        .assert()
        .success();
    let signed = std::fs::read_to_string(&file).unwrap();
    keeps_comments(&signed, "raia sign");
    assert!(signed.contains("[[signoff]]\nname = \"R\"\n"), "{signed}");

    with(&new_q)
        .args(["migrate", "--from"])
        .arg(&old_q)
        .arg(&file)
        .assert()
        .success();
    let migrated = std::fs::read_to_string(&file).unwrap();
    keeps_comments(&migrated, "raia migrate");
    assert!(
        migrated.contains("# voice-clone = \"<choose one>\"\nvoice-clone = \"licensed\"\n"),
        "{migrated}"
    );
    with(&new_q).arg("validate").arg(&file).assert().success();
}

/// Issue 9 and 10: the previous release stays built in. An assessment made with it is scored,
/// validated and reported against its own release, with a notice that a newer one exists, and
/// `raia migrate` carries it over to the current one.
/// A file already on the current version has nothing to migrate: raia says so and leaves the
/// file byte for byte as it was, with no word of stale sign-offs.
#[test]
fn migrate_leaves_a_file_already_on_the_current_version_alone() {
    let env = Env::new();
    let file = env.example("loan-pre-approval.toml", "loan.toml");
    let before = std::fs::read(&file).unwrap();
    let out = env.raia().arg("migrate").arg(&file).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("nothing to migrate, and the file was not changed."),
        "{stdout}"
    );
    assert!(!stdout.contains("Wrote"), "{stdout}");
    assert!(!stdout.contains("stale"), "{stdout}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn an_assessment_of_the_previous_release_is_read_against_it_and_migrates() {
    let env = Env::new();
    let (name, text) = raia::questionnaire::builtin_version("2023-09-28.1").unwrap();
    let old = raia::questionnaire::parse_questionnaire(name, text).unwrap();
    let current = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    assert_eq!(current.migration.as_ref().unwrap().from, old.version);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example =
        std::fs::read_to_string(root.join("examples/clinical-triage-assistant.toml")).unwrap();
    let file = env.path("triage.toml");
    write(
        &file,
        &example
            .replace(
                &format!("version = \"{}\"", current.version),
                &format!("version = \"{}\"", old.version),
            )
            .replace(&current.content_hash, &old.content_hash)
            // An option the older release does not have.
            .replace(", \"safety-case\"]", "]"),
    );
    let notice = format!(
        "note: {}: made with version 2023-09-28.1 of `aws-responsible-ai`, so it is read against that version's own rules; version {} is newer: `raia migrate` carries the file over to it\n",
        file.display(),
        current.version
    );
    let score = env.raia().arg("score").arg(&file).assert().success();
    let out = score.get_output();
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("TriageAssist ED: tier HIGH"),
        "{out:?}"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&notice),
        "{out:?}"
    );
    env.raia()
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(notice.clone()));
    env.raia()
        .args(["report", "--format", "json"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"version\": \"2023-09-28.1\""));
    // The portfolio judges it against its own release too, rather than listing it as broken.
    let rows = env
        .raia()
        .args(["status", "--format", "json"])
        .arg(&file)
        .assert()
        .code(3)
        .get_output()
        .stdout
        .clone();
    let rows: serde_json::Value = serde_json::from_slice(&rows).unwrap();
    assert_eq!(
        (rows[0]["tier_id"].as_str(), rows[0]["error"].as_str()),
        (Some("high"), Some("")),
        "{rows}"
    );
    // Its rules lack what the newer release fixed, so the gate fails until it is migrated (a
    // hostile review passed a stated prohibited intent by writing the older version in).
    let superseded = format!(
        "the answers are read against version 2023-09-28.1 of `aws-responsible-ai`, whose rules miss checks that version {} adds; run `raia migrate`",
        current.version
    );
    env.raia()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "gate: failed:\n  - the answers are read against an older release of the rules\n",
        ))
        .stderr(predicate::str::contains(superseded.clone()));
    assert_eq!(
        (
            rows[0]["gate_passed"].as_bool(),
            rows[0]["gate"][0].as_str()
        ),
        (
            Some(false),
            Some("the answers are read against an older release of the rules")
        ),
        "{rows}"
    );
    env.raia()
        .args(["report", "--format", "md"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "> **Older rules:** the answers are read against version 2023-09-28.1 of ",
        ));

    env.raia()
        .arg("migrate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "from version 2023-09-28.1 to version {} of `aws-responsible-ai`",
            current.version
        )));
    let migrated = std::fs::read_to_string(&file).unwrap();
    // The answers whose options read differently are kept to confirm again, after the rest.
    let (migrated, reconfirm) = migrated
        .split_once("\n\n[wizard.reconfirm]\n")
        .map(|(a, b)| (format!("{a}\n"), b.to_string()))
        .expect("kept to confirm again");
    assert!(reconfirm.starts_with("capabilities = "), "{reconfirm}");
    // The first answer whose option reads differently in the current release is where `raia
    // resume` opens.
    assert!(
        migrated.ends_with("\n[wizard]\nposition = \"subjects\"\n"),
        "{migrated}"
    );
    let migrated = migrated.replace("\n[wizard]\nposition = \"subjects\"\n", "");
    // The same answers, bound to the current release; no notice any more.
    assert_eq!(
        migrated.replace("[wizard]", ""),
        example
            .replace("[wizard]", "")
            .replace(", \"safety-case\"]", "]")
    );
    env.raia()
        .arg("score")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("note:").not())
        .stderr(predicate::str::contains("older release").not())
        .stdout(predicate::str::contains("older release").not());
}

/// Issue 10: migration data can split one question into two, saying how each answer maps, and
/// a file migrates across a chain of versions (0 to 1 to 2), each step by its own table.
#[test]
fn a_split_question_maps_its_answers_and_a_file_migrates_across_versions() {
    let env = Env::new();
    let (old_q, new_q) = migration_pair(&env);
    let v1 = std::fs::read_to_string(&new_q).unwrap();
    let v2 = v1[..v1.find("\n[migration]").unwrap()].replacen(
        "version = \"1\"",
        "version = \"2\"",
        1,
    ) + "\n[[question]]\nid = \"role-scope\"\nsection = \"decisions\"\ntype = \"single\"\nprompt = \"In which cases does it play that part?\"\nshow_if = { question = \"hiring\", is = \"yes\" }\n\n[[question.option]]\nid = \"all\"\nlabel = \"In every case\"\n\n[[question.option]]\nid = \"some\"\nlabel = \"In some cases only\"\n\n[migration]\nfrom = \"1\"\n\n[migration.split.role]\ninto = [\"role\", \"role-scope\"]\nwhy = \"a system may decide alone in some cases only\"\nanswers = { recommends = { role = \"recommends\", role-scope = \"all\" }, decides = { role = \"decides\" } }\n";
    let v2_path = env.path("v2.toml");
    write(&v2_path, &v2);
    let load = |p: &Path| {
        raia::questionnaire::parse_questionnaire("q", &std::fs::read_to_string(p).unwrap()).unwrap()
    };
    let (q0, q1, q2) = (load(&old_q), load(&new_q), load(&v2_path));
    let before = "schema_version = 1\n\n[metadata]\nsystem = \"Hiring helper\"\n\n[questionnaire]\nid = \"example-mini\"\nversion = \"0\"\n\n[answers]\nvoice-clone = \"consented\"\nused-for-hiring = true\n# The system ranks; a recruiter decides.\nrole = \"recommends\"\nlegacy-notes = \"old\"\n\n[notes]\nrole = \"Recruiters see every ranking.\"\n";
    let out = raia::migrate::migrate_chain(&[&q0, &q1, &q2], before).unwrap();
    let a = raia::assessment::parse_assessment("a.toml", &out.text, &q2)
        .unwrap_or_else(|e| panic!("{e}\n{}", out.text));
    use raia::answer::Answer;
    assert_eq!(a.answers["role"], Answer::Choice("recommends".into()));
    assert_eq!(a.answers["role-scope"], Answer::Choice("all".into()));
    assert_eq!(a.answers["hiring"], Answer::Bool(true));
    assert_eq!(a.answers["voice-clone"], Answer::Choice("licensed".into()));
    assert!(!a.answers.contains_key("legacy-notes"));
    // The note and the comment go with the first question the old one became.
    assert_eq!(a.notes["role"], "Recruiters see every ranking.");
    assert!(
        out.text
            .contains("# The system ranks; a recruiter decides.\nrole = \"recommends\"\n"),
        "{}",
        out.text
    );
    assert_eq!(
        out.split,
        [(
            "What does the system do in the decision?".to_string(),
            "split: \"What does the system do in the decision?\" is now \"Recommends; a person decides\"; \"In which cases does it play that part?\" is now \"In every case\" (a system may decide alone in some cases only)".to_string()
        )]
    );
    assert_eq!(out.removed.len(), 1);
    assert_eq!(out.renamed.len(), 1);
    assert_eq!(out.new, ["Where does the system run?"]);
    assert_eq!(out.first.as_deref(), Some("role"));

    // An answer the split does not map leaves the new question to answer, and says so.
    let file = env.path("b.toml");
    write(
        &file,
        "schema_version = 1\n[questionnaire]\nid = \"example-mini\"\nversion = \"1\"\n[answers]\nhiring = true\nrole = \"decides\"\n[notes]\nrole = \"Volume.\"\n",
    );
    env.raia()
        .arg("--questionnaire")
        .arg(&v2_path)
        .args(["migrate", "--from"])
        .arg(&new_q)
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Split into new questions (1):\n  - \"What does the system do in the decision?\": split: \"What does the system do in the decision?\" is now \"Decides on its own\"; \"In which cases does it play that part?\" is to answer (a system may decide alone in some cases only)\n",
        ));
}

/// Answers given against another text of the old version are not carried over as if checked:
/// migrate refuses, says why and what to do, and leaves the file alone (a hostile review found
/// the mismatch warning silently dropped and the file bound to the new text).
#[test]
fn migrate_refuses_answers_given_against_another_text_of_the_old_version() {
    let env = Env::new();
    let text = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let old = text
        .replacen(
            "version = \"2023-09-28.2\"",
            "version = \"2023-09-28.1\"",
            1,
        )
        .lines()
        .map(|l| {
            if l.starts_with("hash = ") {
                "hash = \"ffff\"".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    let file = env.path("old.toml");
    write(&file, &old);
    env.raia()
        .args(["migrate"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "its answers were given against another text of version 2023-09-28.1 (hash ffff), so raia cannot tell which still hold; nothing was changed",
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), old);
}

/// With no safeguard gap but a policy requirement nothing shows is met, score does not say all
/// is well: it names the requirement, and the gate fails (the targeting-aid example).
#[test]
fn no_safeguard_gap_is_not_all_well_while_a_requirement_is_to_be_confirmed() {
    let env = Env::new();
    // The targeting aid as a recognition aid with no weapon function: the safeguards specific
    // to its decisions (an explanation, an AI notice) do not apply, with reasons, and nothing
    // else is open.
    let mut text =
        std::fs::read_to_string(manifest("examples/targeting-aid-human-control.toml")).unwrap();
    for table in [
        "[safeguards.weapon-use-limits]",
        "[safeguards.human-weapon-control]",
    ] {
        let start = text.find(table).unwrap();
        let end = start + text[start..].find("\n\n").unwrap();
        text = format!("{}{}", &text[..start], &text[end + 1..]);
    }
    let text = text
        .replace(
            "capabilities = [\"weapons\", \"prediction\"]",
            "capabilities = [\"prediction\"]",
        )
        .replace("weapon-function = \"human-controlled\"\n", "")
        // Its nominations count against the crews named, and nothing else is at stake here.
        .replace("harm-kind = \"both\"", "harm-kind = \"rights\"")
        .lines()
        .filter(|l| !l.starts_with("weapon-function = \"The model only"))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n[safeguards.explanation]\nstatus = \"not-applicable\"\nevidence = \"The people affected are the crews of military vehicles in an armed conflict; no explanation can reach them.\"\n\n[safeguards.appeal-path]\nstatus = \"not-applicable\"\nevidence = \"Nominations are not decisions about a person who could appeal; a commander authorises each engagement.\"\n";
    let file = env.path("aid.toml");
    write(&file, &text);
    env.raia()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "Gaps: \"Safeguards specific to the use case\" to be confirmed (see the requirements above); no other safeguard this use calls for is missing or planned.",
        ))
        .stdout(predicate::str::contains("Gaps: none").not())
        .stderr(predicate::str::contains(
            "1 policy requirement is not shown to be met by the answers",
        ));
}

/// Hostile review: `score --gate` failed on expired evidence and an overdue review while every
/// report of the same file, on the same day, listed no gate failure.
#[test]
fn reports_list_the_gate_failures_that_depend_on_the_day() {
    let env = Env::new();
    let text = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml"))
        .unwrap()
        .replace(
            "[safeguards.risk-assessment]\nstatus = \"in-place\"\n",
            "[safeguards.risk-assessment]\nstatus = \"in-place\"\ndate = \"2024-11-18\"\nexpires = \"2025-11-18\"\n",
        );
    let file = env.path("loan.toml");
    write(&file, &text);
    env.raia()
        .args(["--today", "2026-01-15", "score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "1 safeguard is in place on evidence that has expired",
        ));
    let json = env
        .raia()
        .args(["--today", "2026-01-15", "report", "--format", "json"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let failures = v["compliance"]["gate_failures"].as_array().unwrap();
    assert!(
        failures
            .iter()
            .any(|f| f == "1 safeguard is in place on evidence that has expired"),
        "{failures:?}"
    );
    env.raia()
        .args(["--today", "2026-01-15", "report"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "A CI gate (`raia score --gate`) fails: 1 safeguard is in place on evidence that has expired",
        ));
    // The day before it expired, nothing is listed.
    env.raia()
        .args(["--today", "2025-11-17", "report"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("evidence that has expired").not());
}

/// Hostile review: in the CSV, safeguards this use does not need read "missing" with basis
/// policy and obligation must, and recommendations carried obligation "must": a sheet filtered
/// on state or obligation mixed them with real policy gaps.
#[test]
fn csv_says_not_required_and_gives_recommendations_no_obligation() {
    let env = Env::new();
    let out = env
        .raia()
        .args(["report", "--format", "csv"])
        .arg(manifest("examples/loan-pre-approval.toml"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut rows = csv::Reader::from_reader(out.as_slice());
    let head = rows.headers().unwrap().clone();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let (required, state, basis, obligation) = (
        col("required"),
        col("state"),
        col("basis"),
        col("obligation"),
    );
    let mut seen_not_required = false;
    for r in rows.records().map(Result::unwrap) {
        if &r[required] == "false" && &r[col("status")] == "missing" {
            seen_not_required = true;
            assert_eq!(&r[state], "not required", "{r:?}");
        }
        if &r[basis] == "practice" {
            assert_eq!(&r[obligation], "", "{r:?}");
        } else {
            assert!(["must", "should"].contains(&&r[obligation]), "{r:?}");
        }
    }
    assert!(
        seen_not_required,
        "the loan example has safeguards it does not need"
    );
}

/// Hostile review: evidence rewritten to "not started" made the sign-off stale, and `diff` said
/// "Answers changed (0)" and nothing else: a reviewer asked to sign again could not see what.
#[test]
fn diff_shows_changed_evidence_and_system_details() {
    let env = Env::new();
    let before = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let old_evidence = "Model risk assessment MRM-CL-031 (tier 1 model), approved by the Model Risk Committee on 2024-11-18.";
    assert!(before.contains(old_evidence));
    let after = before
        .replace(
            old_evidence,
            "Risk assessment not started; Legal to schedule.",
        )
        .replacen("system = \"", "system = \"Renamed ", 1);
    let (b, a) = (env.path("before.toml"), env.path("after.toml"));
    write(&b, &before);
    write(&a, &after);
    let md = String::from_utf8(env.raia().arg("diff").arg(&b).arg(&a).stdout_with(0)).unwrap();
    assert!(
        md.contains("## Safeguard records changed (1)\n\n- Documented risk assessment\n  \"in place: Model risk assessment MRM-CL-031"),
        "{md}"
    );
    assert!(
        md.contains("→ \"in place: Risk assessment not started; Legal to schedule.\"\n"),
        "{md}"
    );
    assert!(
        md.contains("## System details changed (1)\n\n- System name\n"),
        "{md}"
    );
}
/// An answer changed to a placeholder makes the assessment incomplete; `diff` says so in words
/// in Markdown and as data in JSON, and says "unchanged" when it stays complete.
#[test]
fn diff_says_when_an_assessment_becomes_incomplete() {
    let env = Env::new();
    let before = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let line = before
        .lines()
        .find(|l| l.starts_with("models = "))
        .expect("the example names its models");
    let after = before.replace(line, "models = \"n/a\"");
    let (b, a) = (env.path("before.toml"), env.path("after.toml"));
    write(&b, &before);
    write(&a, &after);
    let md = String::from_utf8(env.raia().arg("diff").arg(&b).arg(&a).stdout_with(0)).unwrap();
    assert!(
        md.contains("- Completeness: complete → incomplete (1 required question unanswered)\n"),
        "{md}"
    );
    let json = env
        .raia()
        .args(["diff", "--format", "json"])
        .arg(&b)
        .arg(&a)
        .stdout_with(0);
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["missing_before"], "");
    assert_eq!(v["missing_after"], "1 required question unanswered");
    let same = String::from_utf8(env.raia().arg("diff").arg(&b).arg(&b).stdout_with(0)).unwrap();
    assert!(
        same.contains("- Completeness: complete (unchanged)\n"),
        "{same}"
    );
}

/// `text` with one letter or digit near the middle changed, as a person editing it would.
fn edit_in_the_middle(text: &str) -> String {
    let (at, c) = text
        .char_indices()
        .skip(text.chars().count() / 2)
        .find(|(_, c)| c.is_ascii_alphanumeric())
        .unwrap();
    let other = if c == 'x' { 'y' } else { 'x' };
    format!("{}{other}{}", &text[..at], &text[at + 1..])
}

/// `raia report FILE --format FORMAT --out OUT [--force]` against the mini questionnaire.
fn report_out(
    env: &Env,
    file: &Path,
    format: &str,
    out: &Path,
    force: bool,
) -> std::process::Output {
    let mut c = env.mini();
    c.args(["report", "--format", format])
        .arg(file)
        .arg("--out")
        .arg(out);
    if force {
        c.arg("--force");
    }
    c.output().unwrap()
}

/// `raia report` to `out` without --force is refused with exactly `message` on stderr and leaves
/// `out` as it is; with --force it replaces it, and from then on `out` is raia's.
fn refused_until_forced(env: &Env, file: &Path, format: &str, out: &Path, message: &str) {
    let before = std::fs::read(out).unwrap();
    let o = report_out(env, file, format, out, false);
    assert_eq!(o.status.code(), Some(2), "{format}");
    assert_eq!(String::from_utf8(o.stderr).unwrap(), message, "{format}");
    assert_eq!(std::fs::read(out).unwrap(), before, "{format}");
    assert!(
        report_out(env, file, format, out, true).status.success(),
        "{format}"
    );
    assert!(
        report_out(env, file, format, out, false).status.success(),
        "{format}"
    );
}

/// Issue 7, point 1: a report raia wrote and a person then edited is not replaced without
/// --force, in every format, and the message says it was changed and how to go on.
#[test]
fn report_out_asks_before_replacing_a_report_someone_edited() {
    let env = Env::new();
    let a = env.path("a.toml");
    write(&a, ANSWERED);
    let run = |format: &str, out: &Path, force: bool| report_out(&env, &a, format, out, force);
    for (format, ext) in [
        ("md", "report.md"),
        ("toml", "report.toml"),
        ("json", "report.json"),
        ("csv", "report.csv"),
        ("info-request", "info-request.md"),
    ] {
        let out = env.path(&format!("shared.{ext}"));
        // Written, and written again without asking.
        for _ in 0..2 {
            let o = run(format, &out, false);
            assert!(o.status.success(), "{format}: {o:?}");
        }
        let written = std::fs::read_to_string(&out).unwrap();
        let edited = edit_in_the_middle(&written);
        assert_ne!(edited, written);
        write(&out, &edited);
        refused_until_forced(
            &env,
            &a,
            format,
            &out,
            &format!(
                "error: {} was changed since raia wrote it: pass --force to replace it and lose the changes, or choose another --out, e.g. {}\n",
                out.display(),
                env.path(&format!("a.{ext}")).display()
            ),
        );
        assert_eq!(std::fs::read_to_string(&out).unwrap(), written, "{format}");
    }
}

/// A report another machine wrote (a colleague's, committed to git) is known for raia's by its
/// checksum alone, CRLF line ends from a git checkout included; a CSV, which holds none, and a
/// report from before raia sealed reports are asked about once, saying why.
#[test]
fn report_out_knows_reports_from_elsewhere_and_asks_about_unproven_ones() {
    let theirs = Env::new();
    let ours = Env::new();
    for env in [&theirs, &ours] {
        write(&env.path("a.toml"), ANSWERED);
    }
    let a = ours.path("a.toml");
    let run = |format: &str, out: &Path, force: bool| report_out(&ours, &a, format, out, force);
    let refused = |format: &str, out: &Path, why: &str| {
        let name = out.file_name().unwrap().to_str().unwrap();
        refused_until_forced(
            &ours,
            &a,
            format,
            out,
            &format!(
                "error: {} {why}: pass --force to replace it, or choose another --out, e.g. {}\n",
                out.display(),
                ours.path(&format!("a-2.{}", &name[2..])).display()
            ),
        );
    };
    for (format, ext) in [
        ("md", "report.md"),
        ("toml", "report.toml"),
        ("json", "report.json"),
    ] {
        let out = ours.path(&format!("a.{ext}"));
        theirs
            .mini()
            .args(["report", "--format", format])
            .arg(theirs.path("a.toml"))
            .arg("--out")
            .arg(theirs.path(&format!("a.{ext}")))
            .assert()
            .success();
        let text = std::fs::read_to_string(theirs.path(&format!("a.{ext}"))).unwrap();
        // Checked out with CRLF line ends, and as written.
        for copy in [text.replace('\n', "\r\n"), text.clone()] {
            write(&out, &copy);
            assert!(run(format, &out, false).status.success(), "{format}");
            // Replaced with this machine's report (which names its own questionnaire path).
            let now = std::fs::read_to_string(&out).unwrap();
            assert!(!now.contains('\r') && now.contains(&*ours.dir.path().to_string_lossy()));
        }
        // The same report as raia wrote it before reports carried a checksum.
        let old = match format {
            "md" => {
                let (above, _) = text.rsplit_once("<!-- Written by raia").unwrap();
                format!(
                    "{above}<!-- Written by raia from an assessment file; raia replaces it when the report is written again. -->\n"
                )
            }
            _ => text
                .lines()
                .filter(|l| !l.contains("report_sha256"))
                .map(|l| format!("{l}\n"))
                .collect(),
        };
        write(&out, &old);
        refused(
            format,
            &out,
            "was written by an older raia, which left no checksum to show that it is unchanged",
        );
    }
    // A CSV report holds no checksum: one raia has no record of writing here is asked about.
    theirs
        .mini()
        .args(["report", "--format", "csv"])
        .arg(theirs.path("a.toml"))
        .arg("--out")
        .arg(theirs.path("a.report.csv"))
        .assert()
        .success();
    let out = ours.path("a.report.csv");
    std::fs::copy(theirs.path("a.report.csv"), &out).unwrap();
    refused(
        "csv",
        &out,
        "is a CSV report that raia has no record of writing there, so raia cannot tell whether it was changed",
    );
}

/// A team review: CI, or a teammate, could not regenerate a CSV report committed to git, as raia
/// on that machine had no record of writing it. Committed as it stands, git keeps what it held,
/// and it is written again; changed since the commit, it is still refused.
#[test]
fn a_committed_csv_report_is_written_again_on_another_machine() {
    let (theirs, ours) = (Env::new(), Env::new());
    let repo = ours.path("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let file = repo.join("a.toml");
    write(&file, ANSWERED);
    let out = repo.join("a.report.csv");
    theirs
        .mini()
        .args(["report", "--format", "csv"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let git = |args: &[&str]| {
        let o = std::process::Command::new("git")
            .arg("-C")
            .arg(&repo)
            .args(["-c", "user.name=T", "-c", "user.email=t@example.com"])
            .args(["-c", "commit.gpgsign=false"])
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "report"]);
    let again = || {
        ours.mini()
            .args(["report", "--format", "csv"])
            .arg(&file)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap()
    };
    assert_eq!(again().status.code(), Some(0));
    // Changed since the commit: refused, as git does not hold the change.
    let mut text = std::fs::read_to_string(&out).unwrap();
    text.push_str("extra,row\n");
    write(&out, &text);
    let o = again();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("was changed since raia wrote it"),
        "{o:?}"
    );
}

/// A crosswalk report written with --out carries the checksum too: written again without
/// asking, refused once someone changed it.
#[test]
fn an_edited_crosswalk_report_is_not_replaced_without_force() {
    let env = Env::new();
    let a = env.path("cv.toml");
    std::fs::copy(manifest("examples/cv-screener-auto-reject.toml"), &a).unwrap();
    for (format, ext) in [("md", "report.md"), ("json", "report.json")] {
        let out = env.path(&format!("eu.{ext}"));
        let run = || {
            env.raia()
                .args(["report", "--crosswalk", "eu-ai-act", "--format", format])
                .arg(&a)
                .arg("--out")
                .arg(&out)
                .output()
                .unwrap()
        };
        for _ in 0..2 {
            assert!(run().status.success(), "{format}");
        }
        let edited = edit_in_the_middle(&std::fs::read_to_string(&out).unwrap());
        write(&out, &edited);
        let o = run();
        assert_eq!(o.status.code(), Some(2), "{format}");
        assert_eq!(
            String::from_utf8(o.stderr).unwrap(),
            format!(
                "error: {} was changed since raia wrote it: pass --force to replace it and lose the changes, or choose another --out, e.g. {}\n",
                out.display(),
                env.path(&format!("cv.{ext}")).display()
            )
        );
        assert_eq!(std::fs::read_to_string(&out).unwrap(), edited);
    }
}

/// Hostile review: the response to AWS listed a sign-off whose review was overdue, with no word
/// of it. It names the open findings, the day's too.
#[test]
fn the_information_request_names_an_overdue_review() {
    let env = Env::new();
    let file = env.path("loan.toml");
    std::fs::copy(manifest("examples/loan-pre-approval.toml"), &file).unwrap();
    env.raia()
        .args(["sign", "--name", "J. Compliance", "--date", "2026-01-15"])
        .arg(&file)
        .assert()
        .success();
    let info = |day: &str| {
        String::from_utf8(
            env.raia()
                .args(["--today", day, "report", "--format", "info-request"])
                .arg(&file)
                .stdout_with(0),
        )
        .unwrap()
    };
    let late = info("2028-01-01");
    assert!(
        late.contains(
            "**Open findings** (the assessment's own checks fail on these): the review was due by "
        ),
        "{late}"
    );
    assert!(!info("2026-02-01").contains("the review was due by"));
}

/// A new user left "Owning team" blank in plain mode; after that no command mentioned it.
#[test]
fn score_and_validate_warn_of_a_blank_required_detail() {
    let env = Env::new();
    let text = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("owner_team = "))
        .unwrap()
        .to_string();
    let file = env.path("loan.toml");
    write(&file, &text.replacen(&line, "owner_team = \"\"", 1));
    for cmd in ["score", "validate"] {
        env.raia().arg(cmd).arg(&file).assert().stderr(predicate::str::contains(
            "warning: \"Owning team (accountable for the system)\" is blank (metadata.owner_team): it is required",
        ));
    }
    env.raia()
        .arg("score")
        .arg(manifest("examples/loan-pre-approval.toml"))
        .assert()
        .stderr(predicate::str::contains("is blank").not());
}

/// Hostile review: `--name "Eve<ESC>[2J\n...: approved by Chief Risk Officer ..."` printed a second,
/// forged confirmation line and stored the name in the file. A name or role that is not one line
/// of plain text is refused, naming the character, and nothing is written.
#[test]
fn sign_refuses_a_name_or_role_with_a_line_break_or_control_character() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    let before = std::fs::read_to_string(&file).unwrap();
    for args in [
        [
            "--name",
            "Eve\na.toml: approved by Chief Risk Officer",
            "--role",
            "x",
        ],
        ["--name", "Eve\u{1b}[2J", "--role", "x"],
        ["--name", "Eve", "--role", "CISO\r\nforged"],
        [
            "--name",
            "Ann Approver\u{2028}decision = rejected",
            "--role",
            "x",
        ],
        ["--name", "Ann\u{200b} Approver", "--role", "x"],
        ["--name", "\u{feff}Ann Approver", "--role", "x"],
    ] {
        let out = env
            .mini()
            .args(["sign", "--decision", "rejected"])
            .args(args)
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("must be one line of text without control characters"),
            "{stderr}"
        );
        assert!(
            !stderr.contains('\u{1b}') && out.stdout.is_empty(),
            "{stderr}"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), before, "{args:?}");
    }
}

/// Hostile review: changing "it recommends" to "it decides" in a clinical triage assessment
/// turned its gate from passing to failing, and `raia diff` said nothing of the gate or of the
/// contradictions; it only listed human review as no longer in place. The diff says both.
/// A hostile review wrote rules of its own beside an assessment: they named the AWS policy,
/// screened none of its prohibited uses, and a deepfake passed `raia status` and the gate. Rules
/// that name the AWS policy must screen all seven.
#[test]
fn own_rules_that_name_the_aws_policy_but_screen_nothing_fail_the_gate() {
    let env = Env::new();
    let dir = env.path("own");
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["rai-lite.toml", "deepfake.toml"] {
        std::fs::copy(
            manifest(&format!("tests/fixtures/own-rules/{f}")),
            dir.join(f),
        )
        .unwrap();
    }
    let out = env.raia().arg("status").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("fails: the rules in use do not screen 7 of the policy's prohibited uses (Deliberate disinformation or deception; "),
        "{md}"
    );
    let out = env
        .raia()
        .arg("--questionnaire")
        .arg(dir.join("rai-lite.toml"))
        .args(["score", "--gate"])
        .arg(dir.join("deepfake.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Voice or likeness without consent"), "{err}");
    let response = env
        .raia()
        .arg("--questionnaire")
        .arg(dir.join("rai-lite.toml"))
        .args(["report", "--format", "info-request"])
        .arg(dir.join("deepfake.toml"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&response.stdout);
    assert!(!text.contains("No gap against"), "{text}");
    assert!(
        text.contains("cannot be stated: the rules in use do not screen 7 of its prohibited uses"),
        "{text}"
    ); // Unbound, the SARIF hint names the hash of the rules that judge it, not the built-in's.
    let file = dir.join("deepfake.toml");
    let unbound: String = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("hash = "))
        .map(|l| format!("{l}\n"))
        .collect();
    write(&file, &unbound);
    let own_hash = raia::questionnaire::parse_questionnaire(
        "rai-lite.toml",
        &std::fs::read_to_string(dir.join("rai-lite.toml")).unwrap(),
    )
    .unwrap()
    .content_hash
    .to_string();
    let sarif = env
        .raia()
        .args(["status", "--format", "sarif"])
        .arg(&dir)
        .output()
        .unwrap();
    let sarif = String::from_utf8_lossy(&sarif.stdout);
    assert!(
        sarif.contains(&format!("write hash = \\\"{own_hash}\\\"")),
        "{sarif}"
    );
}

/// A hostile review signed an assessment whose risk assessment expired on 2026-07-01, then
/// moved the expiry to 2030: the gate passed again, the approval still held, and diff listed no
/// change. The evidence dates are in the signed hash now, and diff shows them.
#[test]
fn moving_an_evidence_expiry_stales_the_sign_off_and_diff_shows_it() {
    let env = Env::new();
    let text = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let dated = text.replacen(
        "[safeguards.risk-assessment]\n",
        "[safeguards.risk-assessment]\nexpires = \"2026-07-01\"\n",
        1,
    );
    assert_ne!(dated, text);
    let (b, a) = (env.path("e0.toml"), env.path("e1.toml"));
    write(&b, &dated);
    write(&a, &dated);
    env.raia()
        .args([
            "sign",
            "--name",
            "Alan Approve",
            "--date",
            "2026-06-01",
            "--today",
            "2026-06-01",
        ])
        .arg(&a)
        .assert()
        .success();
    let signed = std::fs::read_to_string(&a).unwrap();
    write(&b, &signed);
    write(
        &a,
        &signed.replacen("expires = \"2026-07-01\"", "expires = \"2030-07-01\"", 1),
    );
    let status = String::from_utf8(
        env.raia()
            .args(["status", "--today", "2026-08-01"])
            .arg(&a)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(status.contains("STALE"), "{status}");
    let md = String::from_utf8(
        env.raia()
            .arg("diff")
            .arg(&b)
            .arg(&a)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(md.contains("(expires 2026-07-01)"), "{md}");
    assert!(md.contains("(expires 2030-07-01)"), "{md}");
    assert!(!md.contains("holds for the later version"), "{md}");
}

#[test]
fn diff_says_when_the_gate_turns_and_which_answers_now_contradict() {
    let env = Env::new();
    let before =
        std::fs::read_to_string(manifest("examples/clinical-triage-assistant.toml")).unwrap();
    let after = before.replacen("ai-role = \"recommends\"", "ai-role = \"decides\"", 1);
    assert_ne!(before, after);
    let (b, a) = (env.path("before.toml"), env.path("after.toml"));
    write(&b, &before);
    write(&a, &after);
    let md = String::from_utf8(env.raia().arg("diff").arg(&b).arg(&a).stdout_with(0)).unwrap();
    assert!(md.contains("- Gate: passes → fails ("), "{md}");
    assert!(
        md.contains("pairs of answers contradict each other"),
        "{md}"
    );
    assert!(md.contains("## Answers that contradict each other\n\n- now: answers disagree: One answer says the system decides alone"), "{md}");
    assert!(!md.contains("ai-decides-but"), "words, not ids: {md}");
    // Back again: the contradictions are resolved and the gate passes.
    let back = String::from_utf8(env.raia().arg("diff").arg(&a).arg(&b).stdout_with(0)).unwrap();
    assert!(back.contains("- Gate: fails ("), "{back}");
    assert!(back.contains(") → passes\n"), "{back}");
    assert!(back.contains("- resolved: answers disagree:"), "{back}");
    let json = env
        .raia()
        .args(["diff", "--format", "json"])
        .arg(&b)
        .arg(&a)
        .stdout_with(0);
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["gate_before"], serde_json::json!([]));
    assert!(
        v["gate_after"].as_array().is_some_and(|f| !f.is_empty()),
        "{v}"
    );
    let same = String::from_utf8(env.raia().arg("diff").arg(&b).arg(&b).stdout_with(0)).unwrap();
    assert!(same.contains("- Gate: passes (unchanged)\n"), "{same}");
    // Judged on the day, as raia score --gate: evidence that expired fails the later version
    // (hostile review, second round: the gate line said "passes (unchanged)").
    let expired = before.replacen(
        "[safeguards.risk-assessment]\n",
        "[safeguards.risk-assessment]\nexpires = \"2026-01-01\"\n",
        1,
    );
    assert_ne!(expired, before, "the example records the risk assessment");
    write(&a, &expired);
    let md = String::from_utf8(
        env.raia()
            .args(["--today", "2026-11-30", "diff"])
            .arg(&b)
            .arg(&a)
            .stdout_with(0),
    )
    .unwrap();
    assert!(
        md.contains(
            "- Gate: passes → fails (1 safeguard is in place on evidence that has expired)"
        ),
        "{md}"
    );
}

/// Hostile review: a sign-off dated 2099-01-01 counted as current and put the review off by
/// decades. `raia sign --date` refuses a day after today, and the gate fails while the approval
/// the review date counts from is dated later than today.
#[test]
fn a_sign_off_dated_after_today_is_refused_and_fails_the_gate() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    let before = std::fs::read_to_string(&file).unwrap();
    env.mini()
        .args([
            "--today",
            "2026-01-15",
            "sign",
            "--name",
            "R",
            "--date",
            "2099-01-01",
        ])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--date 2099-01-01 is after today (2026-01-15): a sign-off records the day it was made",
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    // Signed today, then its date edited by hand into the future.
    env.mini()
        .args(["--today", "2026-01-15", "sign", "--name", "R"])
        .arg(&file)
        .assert()
        .success();
    let text = std::fs::read_to_string(&file).unwrap();
    write(
        &file,
        &text.replace("date = \"2026-01-15\"", "date = \"2099-01-01\""),
    );
    env.mini()
        .args(["--today", "2026-01-15", "score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "the approval the review date counts from is dated 2099-01-01, after today",
        ))
        // The sign-off line above the failure no longer says it holds (a later hostile
        // review).
        .stdout(predicate::str::contains(
            "Sign-off: approved by R, 2099-01-01: dated after today, so it does not hold",
        ))
        .stdout(predicate::str::contains("it holds for these answers").not());
    // On that day or later, the date is no longer in the future.
    env.mini()
        .args(["--today", "2099-01-02", "score", "--gate"])
        .arg(&file)
        .assert()
        .stderr(predicate::str::contains("dated 2099-01-01, after today").not());
}

/// Hostile review (second round): an overlay given by a bare file name ("l2.toml") could not
/// find the layer it extends beside it, though "./l2.toml" could.
#[test]
fn a_stacked_overlay_named_by_a_bare_file_name_finds_its_sibling() {
    let env = Env::new();
    let base =
        std::fs::read_to_string(manifest("examples/overlays/acme-rai-standard.toml")).unwrap();
    write(&env.path("l1.toml"), &base);
    write(
        &env.path("l2.toml"),
        "[questionnaire]\nid = \"acme-hr\"\nversion = \"1\"\ntitle = \"Acme HR\"\nextends = \"acme-rai-standard@2.1\"\n\n[policy]\nname = \"Acme HR rules\"\ndate = \"2025-01-01\"\nurl = \"https://acme.example/hr\"\n",
    );
    env.raia()
        .current_dir(env.dir.path())
        .args(["validate", "--questionnaire", "l2.toml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("l2.toml: ok"));
}

/// `raia score --gate FILE`, which must fail the gate (exit 3): its stdout and stderr.
fn gate_fails(env: &Env, file: &Path, questionnaire: Option<&Path>) -> (String, String) {
    let mut raia = env.raia();
    if let Some(q) = questionnaire {
        raia.arg("--questionnaire").arg(q);
    }
    let out = raia.args(["score", "--gate"]).arg(file).output().unwrap();
    let (stdout, err) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_eq!(out.status.code(), Some(3), "{stdout}{err}");
    (stdout, err)
}

/// An eighth hostile review: a required note of "TBD" completed an assessment, and a test
/// summary of "None yet: no tests have been run" met the policy's testing requirement. Both
/// count as not written, and the gate says which and why in words.
#[test]
fn a_note_or_answer_that_says_nothing_yet_is_not_written() {
    let env = Env::new();
    let voice = env.path("voice.toml");
    let text = std::fs::read_to_string(manifest("examples/voice-clone-licensed.toml")).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("likeness = \"Voice licence"))
        .unwrap();
    write(&voice, &text.replace(line, "likeness = \"TBD\""));
    let (stdout, err) = gate_fails(&env, &voice, None);
    assert!(
        stdout.contains("  - note says nothing yet (\"TBD\"): Does the system reproduce"),
        "{stdout}"
    );
    assert!(err.contains("  - the assessment is incomplete"), "{err}");

    let loan = env.path("loan.toml");
    let text = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let start = text.find("test-summary = \"\"\"").unwrap();
    let end = start + text[start..].find("\"\"\"\n").unwrap() + 4;
    let end = end + text[end..].find("\"\"\"\n").unwrap() + 4;
    let summary = "test-summary = \"None yet: no tests have been run; testing is planned for after launch.\"\n";
    write(
        &loan,
        &format!("{}{summary}{}", &text[..start], &text[end..]),
    );
    let (stdout, _) = gate_fails(&env, &loan, None);
    assert!(
        stdout.contains("  - unanswered: Summarise the test results"),
        "{stdout}"
    );
}

/// An eighth hostile review: a targeting aid's answers were changed to hide the weapon
/// questions, and the kept answer that a human authorises each use of lethal force, which marks
/// a decision about safety, was ignored: tier low, "Consequential decisions: none", gate passed.
/// It is to be confirmed in every output, the gate fails and sign-off is refused.
#[test]
fn a_kept_answer_that_marks_a_consequential_decision_is_to_be_confirmed() {
    let env = Env::new();
    let file = env.path("atr.toml");
    let text =
        std::fs::read_to_string(manifest("examples/targeting-aid-human-control.toml")).unwrap();
    let capabilities = text
        .lines()
        .find(|l| l.starts_with("capabilities = "))
        .unwrap();
    let areas = text
        .lines()
        .find(|l| l.starts_with("decision-areas = "))
        .unwrap();
    write(
        &file,
        &text
            .replace(capabilities, "capabilities = [\"prediction\"]")
            .replace(areas, "decision-areas = [\"none\"]"),
    );
    let (stdout, err) = gate_fails(&env, &file, None);
    assert!(
        stdout.contains("  - To be confirmed: \"What part does the system play in the weapon or defence system?\" → It helps find, select or engage targets; a human authorises and controls every use of lethal force says the system makes a consequential decision (Other decisions affecting rights, health or safety), but other answers now hide that question"),
        "{stdout}"
    );
    assert!(
        err.contains("  - 1 answer kept for a hidden question marks a consequential decision the other answers do not\n"),
        "{err}"
    );
    // Summaries say so too, never a plain "none" or "Low risk" (a tenth hostile review).
    assert!(
        stdout.contains(
            "Consequential decisions: none marked by the answers shown; to be confirmed (below)\n"
        ),
        "{stdout}"
    );
    let json = env
        .raia()
        .args(["report", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(
        v["verdict"].as_str().unwrap().contains(
            "; but an answer kept for a question the other answers now hide records a consequential decision, which is to be confirmed"
        ),
        "{}",
        v["verdict"]
    );
    let info = env
        .raia()
        .args(["report", "--format", "info-request"])
        .arg(&file)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        !info.contains("The assessment found no consequential decision"),
        "{info}"
    );
    assert!(
        info.contains("**To be confirmed.** No current answer marks a consequential decision"),
        "{info}"
    );
    env.raia()
        .args(["sign", "--name", "J. Compliance"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "cannot approve: an answer kept for a question the other answers now hide says the system makes a consequential decision",
        ))
        // From a shell, where to read what stands in the way (not "see raia score" in the
        // wizard, where there is no shell).
        .stderr(predicate::str::contains("` says what stands in the way\n"));
    // The example as written marks it visibly: nothing to confirm.
    env.raia()
        .arg("score")
        .arg(manifest("examples/targeting-aid-human-control.toml"))
        .assert()
        .stdout(predicate::str::contains("To be confirmed").not());
}

/// A hostile review kept the built-in questionnaire's id in a project questionnaire with a
/// version of its own and turned a prohibition into a concern: the gate passed and the report
/// was headed as the AWS self-assessment. Rules that carry the built-in id without being one of
/// its releases fail the gate and are named for what they are.
#[test]
fn rules_that_carry_the_builtin_id_without_being_a_release_fail_the_gate() {
    let env = Env::new();
    let (_, current) = raia::questionnaire::builtin_id_version();
    let text = raia::questionnaire::DEFAULT_QUESTIONNAIRE
        .replacen(
            &format!("version = \"{current}\""),
            "version = \"2023-09-28.3\"",
            1,
        )
        .replacen("prohibits = [\"likeness\"]", "concerns = [\"likeness\"]", 1);
    assert_ne!(text, raia::questionnaire::DEFAULT_QUESTIONNAIRE);
    let rules = env.path("rules.toml");
    write(&rules, &text);
    let edited = raia::questionnaire::parse_questionnaire("rules.toml", &text).unwrap();
    let builtin = raia::questionnaire::default_questionnaire().unwrap();
    let example =
        std::fs::read_to_string(manifest("examples/clinical-triage-assistant.toml")).unwrap();
    let file = env.path("triage.toml");
    write(
        &file,
        &example
            .replace(
                &format!("version = \"{current}\""),
                "version = \"2023-09-28.3\"",
            )
            .replace(&builtin.content_hash, &edited.content_hash),
    );
    let out = env
        .raia()
        .arg("--questionnaire")
        .arg(&rules)
        .args(["score", "--gate"])
        .arg(&file)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("carries the id `aws-responsible-ai` of raia's built-in questionnaire but is not one of its releases"),
        "{err}"
    );
    assert!(
        err.contains("  - the rules in use carry the built-in questionnaire's id but are not one of its releases\n"),
        "{err}"
    );
    // Nor may an overlay stack on such rules (a tenth hostile review): it fails the same way.
    let overlay = env.path("team.toml");
    write(
        &overlay,
        "[questionnaire]\nid = \"team-rules\"\nversion = \"1\"\ntitle = \"Team\"\nextends = \"aws-responsible-ai@2023-09-28.3\"\n\n[tiers]\nhigh_at = 15\n",
    );
    let renamed = std::fs::read_to_string(&file)
        .unwrap()
        .replace("id = \"aws-responsible-ai\"", "id = \"team-rules\"")
        .replace("version = \"2023-09-28.3\"", "version = \"1\"");
    write(&file, &renamed);
    let stacked = env
        .raia()
        .arg("--questionnaire")
        .arg(&overlay)
        .args(["report", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&stacked.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&stacked.stderr)));
    let hash = v["questionnaire"]["hash"].as_str().unwrap();
    write(&file, &renamed.replace(&edited.content_hash, hash));
    let (_, err) = gate_fails(&env, &file, Some(&overlay));
    assert!(err.contains("`team-rules` stacks on "), "{err}");
    assert!(
        err.contains("  - the rules in use carry the built-in questionnaire's id but are not one of its releases\n"),
        "{err}"
    );
    // The built-in releases themselves are no imitation.
    env.raia()
        .args(["score", "--gate"])
        .arg(manifest("examples/clinical-triage-assistant.toml"))
        .assert()
        .stderr(predicate::str::contains("not one of its releases").not());
}

/// A hostile review: a team's own questionnaire kept beside its file judged it in `raia status`
/// with no word of which rules did. When the files are not all judged by one questionnaire, a
/// Rules column names the one behind each row.
#[test]
fn status_names_the_rules_when_files_are_judged_by_different_ones() {
    let env = Env::new();
    let overlay = manifest("examples/overlays/acme-rai-standard.toml");
    let bound = acme_fixture_bound_to(&env, &overlay);
    let dir = env.path("portfolio");
    std::fs::create_dir_all(dir.join("acme")).unwrap();
    std::fs::copy(&overlay, dir.join("acme/acme-rai-standard.toml")).unwrap();
    std::fs::copy(&bound, dir.join("acme/screener.toml")).unwrap();
    std::fs::copy(
        manifest("examples/internal-doc-summariser.toml"),
        dir.join("summariser.toml"),
    )
    .unwrap();
    let out = env.raia().arg("status").arg(&dir).output().unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.starts_with("| File | System | Owner | Tier | Rules | Completeness |"),
        "{md}"
    );
    assert!(md.contains("| acme-rai-standard 2.1 ("), "{md}");
    let (id, version) = raia::questionnaire::builtin_id_version();
    assert!(md.contains(&format!("| {id} {version} (built-in ")), "{md}");
    // One questionnaire for all: no column.
    let out = env
        .raia()
        .arg("status")
        .arg(dir.join("summariser.toml"))
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(!md.contains("Rules"), "{md}");
}

/// A team review: `raia status` judged a file by the overlay beside it, while `raia score
/// --gate`, `report`, `sign` and `diff` refused the same file, and status called the overlay's
/// own rule "a safeguard the policy requires". Every command now reads the file with the overlay
/// beside it, and each names the overlay's rules as its own.
#[test]
fn every_command_reads_a_file_with_the_overlay_beside_it() {
    let env = Env::new();
    let overlay = manifest("examples/overlays/acme-rai-standard.toml");
    let bound = acme_fixture_bound_to(&env, &overlay);
    let dir = env.path("acme");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(&overlay, dir.join("acme-rai-standard.toml")).unwrap();
    // Its one gap is the overlay's own.
    let file = dir.join("screener.toml");
    std::fs::copy(&bound, &file).unwrap();
    let found = "so it is read with";
    let out = env
        .raia()
        .args(["score", "--gate"])
        .arg(&file)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(found), "{err}");
    assert!(
        err.contains("1 requirement of Acme Responsible AI Standard is not met"),
        "{err}"
    );
    let out = env.raia().arg("status").arg(&file).output().unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("1 requirement of Acme Responsible AI Standard is not met")
            && !md.contains("policy requirement is not met"),
        "{md}"
    );
    env.raia()
        .arg("report")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Acme RAI Standard 2.1"));
    env.raia()
        .arg("diff")
        .arg(&file)
        .arg(&file)
        .assert()
        .success();
    env.raia()
        .arg("sign")
        .arg(&file)
        .args(["--name", "Ann Lee", "--decision", "approved"])
        .assert()
        .success()
        .stderr(predicate::str::contains(found));
    // Its TOML report beside it names the same questionnaire, and its name sorts before the
    // overlay's: it is never taken for the questionnaire (a new-user trial's file stopped
    // loading once the Export step wrote its report).
    env.raia()
        .arg("report")
        .arg(&file)
        .args(["--format", "toml", "--out"])
        .arg(dir.join("a-screener.report.toml"))
        .assert()
        .success();
    env.raia()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(found))
        .stderr(predicate::str::contains("report_sha256").not());
    // The overlay in the project's `.raia/` folder under its own name, as the README says, not
    // only as `.raia/questionnaire.toml`.
    let project = env.path("project");
    std::fs::create_dir_all(project.join(".raia")).unwrap();
    std::fs::create_dir_all(project.join(".git")).unwrap();
    std::fs::create_dir_all(project.join("assess")).unwrap();
    std::fs::copy(
        &overlay,
        project.join(".raia").join("acme-rai-standard.toml"),
    )
    .unwrap();
    let kept = project.join("assess").join("screener.toml");
    std::fs::copy(&bound, &kept).unwrap();
    env.raia()
        .args(["score", "--gate"])
        .arg(&kept)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(found));
}

/// An eighth hostile review: evidence that says in its own words it was approved on a day to
/// come, or that it held only until a day gone, counted as in place; only the `date` and
/// `expires` fields were read. The evidence's own dates count when the fields are empty.
#[test]
fn evidence_that_dates_itself_later_or_lapsed_fails_the_gate() {
    let env = Env::new();
    let text = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let said = "approved by the Model Risk Committee on 2024-11-18.";
    assert!(text.contains(said));
    for (evidence, failure) in [
        (
            "approved by the Model Risk Committee on 2099-11-18.",
            "  - 1 safeguard is in place on evidence dated after today\n",
        ),
        (
            "approved by the Model Risk Committee on 2024-11-18, valid until 2025-06-30.",
            "  - 1 safeguard is in place on evidence that has expired\n",
        ),
    ] {
        let file = env.path("loan.toml");
        write(&file, &text.replace(said, evidence));
        let (_, err) = gate_fails(&env, &file, None);
        assert!(err.contains(failure), "{evidence}: {err}");
    }
    // Approved in the past, with the next review to come: in place.
    let file = env.path("loan.toml");
    write(
        &file,
        &text.replace(said, "approved on 2024-11-18; next review 2099-11-18."),
    );
    env.raia()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .success();
}

/// A ninth hostile review: `"schema_version" = 1` (the same key, quoted), a file without the key,
/// or one named `.TOML` dropped a failing CV screener out of `raia status`, and the portfolio
/// passed. Each is found, and fails or does not load.
#[test]
fn status_finds_an_assessment_however_its_key_or_name_is_written() {
    let env = Env::new();
    let dir = env.path("portfolio");
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(manifest("examples/cv-screener-auto-reject.toml")).unwrap();
    assert!(text.contains("\nschema_version = 1\n"));
    write(
        &dir.join("quoted.toml"),
        &text.replace("\nschema_version = 1\n", "\n\"schema_version\" = 1\n"),
    );
    write(
        &dir.join("no-key.toml"),
        &text.replace("\nschema_version = 1\n", "\n"),
    );
    write(&dir.join("upper.TOML"), &text);
    // A questionnaire beside them is still passed over.
    std::fs::write(dir.join("questionnaire.toml"), common::docs_example_text()).unwrap();
    let out = env
        .raia()
        .args(["status", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut files: Vec<String> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let f = r["file"].as_str().unwrap();
            let name = Path::new(f).file_name().unwrap().to_string_lossy();
            let fails = r["gate_passed"] == false;
            format!("{name} {}", if fails { "fails" } else { "passes" })
        })
        .collect();
    files.sort();
    assert_eq!(
        files,
        ["no-key.toml fails", "quoted.toml fails", "upper.TOML fails"],
        "{rows}"
    );
    assert_ne!(out.status.code(), Some(0));
}

/// A review of honest use: the built-in questionnaire kept in a repository and checked out with
/// Windows line ends (git's autocrlf) hashed as another text, so every assessment failed the
/// gate as "not the one the answers were given against". Line ends do not change the text.
#[test]
fn a_questionnaire_checked_out_with_windows_line_ends_is_the_same_text() {
    let env = Env::new();
    let rules = env.path("questionnaire.toml");
    std::fs::write(
        &rules,
        format!(
            "\u{feff}{}",
            raia::questionnaire::DEFAULT_QUESTIONNAIRE.replace('\n', "\r\n")
        ),
    )
    .unwrap();
    env.raia()
        .arg("--questionnaire")
        .arg(&rules)
        .args(["score", "--gate"])
        .arg(manifest("examples/loan-pre-approval.toml"))
        .assert()
        .success()
        .stderr(predicate::str::contains("another text").not());
}

/// A ninth hostile review: migrating a robo-adviser from 2023-09-28.1 said every answer
/// "carried over unchanged", while the newer release now asks when a person reviews advice the
/// system acts on alone, which is unanswered. The question now asked is listed.
#[test]
fn migrate_lists_a_kept_question_that_is_now_asked_and_unanswered() {
    let env = Env::new();
    migrate_fixture(
        &env,
        "robo-adviser-2023-09-28.1.toml",
        "Now asked, and not answered (3):\n  - \"When does a person review the outcome?\"\n  - \"How often do the people who review its output change what the system proposed?\"\n  - \"What keeps the reviewers' judgement their own?\"\n",
    );
}

/// Migrates a copy of `tests/fixtures/migrate/NAME` and checks its output says `said`; the
/// copy's path.
fn migrate_fixture(env: &Env, name: &str, said: &str) -> PathBuf {
    let file = env.path(name);
    std::fs::copy(manifest(&format!("tests/fixtures/migrate/{name}")), &file).unwrap();
    env.raia()
        .arg("migrate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(said));
    file
}

/// A team review: a migration listed six answers to reconfirm (options worded differently in the
/// newer release) and wrote nothing of them, so `raia resume` went on at the result and a
/// teammate who did not see the output signed. The wizard's place is now the first of them.
#[test]
fn migrate_keeps_the_first_answer_to_reconfirm_for_resume() {
    let env = Env::new();
    let file = migrate_fixture(
        &env,
        "loan-signed-2023-09-28.1.toml",
        "To reconfirm (6):\n  - \"Who uses the system directly?\"",
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("\n[wizard]\nposition = \"users\"\n"),
        "{text}"
    );
    // The six are kept in the file until each is confirmed, and the gate fails on them
    // meanwhile (a new-user trial: after the migration nothing marked them, and the gate
    // passed with an answer whose meaning had grown).
    let kept = text
        .split("[wizard.reconfirm]\n")
        .nth(1)
        .expect("kept in the file");
    assert_eq!(
        kept.lines().filter(|l| l.contains(" = ")).count(),
        6,
        "{text}"
    );
    let gate = || {
        let out = env
            .raia()
            .args(["--today", "2026-07-01", "score", "--gate"])
            .arg(&file)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let err = gate();
    assert!(
        err.contains("6 answers are to be confirmed again, as the questionnaire's new version reads them differently (\"Who uses the system directly?\";"),
        "{err}"
    );
    // Plain mode opens at the first, says why, and Enter keeps and confirms it.
    let out = env
        .raia()
        .args(["resume", "--plain"])
        .arg(&file)
        .write_stdin("\nquit\n")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("To confirm again after the questionnaire changed: "),
        "{said}"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let kept = text
        .split("[wizard.reconfirm]\n")
        .nth(1)
        .unwrap_or_default();
    assert_eq!(
        kept.lines().filter(|l| l.contains(" = ")).count(),
        5,
        "{text}"
    );
    // Confirmed one by one (as Enter does on each), they go, and the gate no longer names them.
    let q = raia::questionnaire::default_questionnaire().unwrap();
    let mut session = raia::session::Session::open(q.clone(), &file).unwrap();
    let ids: Vec<String> = session
        .assessment
        .wizard
        .reconfirm
        .keys()
        .cloned()
        .collect();
    for id in &ids {
        assert!(session.confirm_again(id).unwrap());
    }
    assert!(!session.confirm_again(&ids[0]).unwrap(), "only once");
    drop(session);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("[wizard.reconfirm]"), "{text}");
    let err = gate();
    assert!(!err.contains("confirmed again"), "{err}");
}

/// A team review diffed a signed file against its migration to the newer built-in release:
/// `raia diff` refused the two files, and against git compared a blank old side, listed every
/// answer changed and called the old sign-off "ADDED". The older side is now read as `raia
/// migrate` carries it, and its sign-off judged under the release it was given for.
#[test]
fn diff_reads_a_file_of_an_older_release_as_its_migration_would() {
    let env = Env::new();
    let old = env.path("old.toml");
    std::fs::copy(
        manifest("tests/fixtures/migrate/robo-adviser-2023-09-28.1.toml"),
        &old,
    )
    .unwrap();
    // Signed as `raia score` reads it, against its own release (sign refused it before).
    env.raia()
        .args(["--today", "2026-06-01", "sign"])
        .arg(&old)
        .args([
            "--name",
            "Dana Reyes",
            "--role",
            "Head of Risk",
            "--decision",
            "approved",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("made with version 2023-09-28.1"));
    let new = env.path("new.toml");
    std::fs::copy(&old, &new).unwrap();
    env.raia().arg("migrate").arg(&new).assert().success();
    let out = env
        .raia()
        .args(["--today", "2026-06-02", "diff"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.contains(
            "(made for version 2023-09-28.1, read as raia migrate would carry it to version"
        ),
        "{md}"
    );
    assert!(md.contains("## Answers changed (0)"), "{md}");
    assert!(
        md.contains("- approved by Dana Reyes on 2026-06-01: no longer holds; what it approved changed, so it needs signing again"),
        "{md}"
    );
    assert!(
        !md.contains("ADDED") && !md.contains("already stale"),
        "{md}"
    );
}

/// A tenth hostile review kept a failing assessment in a hidden folder: `raia status` passed it
/// over without a word. It is still passed over (hidden folders hold tools' files), but named.
#[test]
fn status_names_assessments_it_passes_over_in_hidden_folders() {
    let env = Env::new();
    let dir = env.path("portfolio");
    std::fs::create_dir_all(dir.join(".assessments")).unwrap();
    std::fs::copy(
        manifest("examples/internal-doc-summariser.toml"),
        dir.join("summariser.toml"),
    )
    .unwrap();
    std::fs::copy(
        manifest("examples/cv-screener-auto-reject.toml"),
        dir.join(".assessments/cv.toml"),
    )
    .unwrap();
    // A later hostile review hid them under `target/` and behind a link to a folder.
    std::fs::create_dir_all(dir.join("target")).unwrap();
    std::fs::copy(
        manifest("examples/voice-clone-no-consent.toml"),
        dir.join("target/voice.toml"),
    )
    .unwrap();
    let elsewhere = env.path("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::copy(
        manifest("examples/deepfake-political-ad.toml"),
        elsewhere.join("ad.toml"),
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&elsewhere, dir.join("linked")).unwrap();
    let out = env.raia().arg("status").arg(&dir).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let count = if cfg!(unix) { 3 } else { 2 };
    assert!(
        err.contains(&format!(
            "note: {count} assessments under hidden, target or linked folders passed over: "
        )) && err.contains(".assessments/cv.toml")
            && err.contains("target/voice.toml")
            && err.contains("; name such a folder to include it"),
        "{err}"
    );
    if cfg!(unix) {
        assert!(err.contains("linked/ad.toml"), "{err}");
    }
    // Named, it is judged.
    env.raia()
        .arg("status")
        .arg(dir.join(".assessments"))
        .assert()
        .code(3);
}

/// Evidence "valid until 18/11/2024" lapses as "valid until 2024-11-18" does: a hostile review's
/// risk assessment had expired two years before, written day first, and the gate passed.
#[test]
fn an_expiry_written_day_first_or_in_words_lapses_all_the_same() {
    let env = Env::new();
    let fixture = manifest("tests/fixtures/lapsed-day-first.toml");
    env.score_gate_on("2026-12-01", &fixture)
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "Evidence expired: the evidence for \"Documented risk assessment\" expired on 2024-11-18 (read from a date the evidence writes another way; write it as YYYY-MM-DD in the evidence to be exact): renew it",
        ));
    // The same lapse in words, and a date still to come, which does not lapse.
    let text = std::fs::read_to_string(&fixture).unwrap();
    for (until, lapsed) in [
        ("18 November 2024", true),
        ("Nov 18, 2024", true),
        ("18.11.2024", true),
        ("18/11/2027", false),
        ("30 June 2027", false),
    ] {
        let file = env.path("loan.toml");
        write(&file, &text.replace("18/11/2024", until));
        gate_finds(&env, &file, "Evidence expired", lapsed, until);
    }
}

/// Judged on 2026-12-01: whether the gate names `finding`, and fails (3) exactly when it does.
/// A line break in evidence is a space: wrapping a long line (as TOML files and editors do)
/// changes no verdict, as it changes nothing a sign-off approved (a hostile review put a future
/// date, an expiry and "No risk assessment." past the gate so).
#[test]
fn a_line_break_in_evidence_changes_no_verdict() {
    let env = Env::new();
    let was = "approved by the clinical safety officer on 2024-10-15";
    for (written, finding) in [
        (
            "approved by the clinical safety officer on\\n2027-03-15",
            "Evidence dated later: the evidence for \"Documented risk assessment\"",
        ),
        (
            "approved by the clinical safety officer on 15\\nMarch 2027",
            "Evidence dated later: the evidence for \"Documented risk assessment\"",
        ),
        (
            "approved by the clinical safety officer on 2024-10-15, valid until\\n2025-06-30",
            "Evidence expired: the evidence for \"Documented risk assessment\" expired on 2025-06-30",
        ),
    ] {
        let file = triage_edited(&env, was, written);
        gate_finds(&env, &file, finding, true, written);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(root.join("examples/clinical-triage-assistant.toml")).unwrap();
    let file = env.path("wrapped.toml");
    write(
        &file,
        &text.replacen(
            "evidence = \"Clinical safety case CI-SC-2024-03 and hazard log, approved by the clinical safety officer on 2024-10-15.\"",
            "evidence = \"No\\nrisk assessment.\"",
            1,
        ),
    );
    gate_finds(
        &env,
        &file,
        "Documented risk assessment: not shown in place: the evidence given does not show it",
        true,
        "No\\nrisk assessment.",
    );
}

fn gate_finds(env: &Env, file: &Path, finding: &str, expected: bool, case: &str) {
    let out = env.score_gate_on("2026-12-01", file).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.contains(finding), expected, "{case}:\n{stdout}");
    assert_eq!(
        out.status.code(),
        Some(if expected { 3 } else { 0 }),
        "{case}"
    );
}

/// Misuse left open is said in words, with the answers that raise it and the safeguards any one
/// of which would guard it, and the gate fails on it (a twelfth hostile review's face-swap app).
#[test]
fn misuse_left_open_names_what_raises_it_and_fails_the_gate() {
    let env = Env::new();
    let file = manifest("tests/fixtures/judgement/37-faceswap-anyones-face.toml");
    env.raia()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "Misuse left open: The answers show the system could be used for Violating privacy rights (On what lawful basis is that data used, and were the people it is about told? → None is recorded, or the data was collected without the people's consent or notice (scraped from the web or public profiles, bought, or reused from another purpose)), and Lawful basis and privacy notice is not in place; for Voice or likeness without consent (",
        ))
        .stdout(predicate::str::contains(
            "and Consent or licence records is not in place; for Harm or abuse of minors (Can the system write, say or show sexual content (explicit chat, role-play, stories or images), to its users or in what it publishes?",
        ))
        .stdout(predicate::str::contains(
            "and Age assurance is not in place; the policy forbids such uses, whether the system makes them or lets others make them.",
        ))
        .stderr(predicate::str::contains(
            "  - the answers show the system could be used for 3 prohibited uses (Violating privacy rights; Voice or likeness without consent; Harm or abuse of minors) and no safeguard against them is shown to be in place",
        ));
}

/// A review: "approved 02/01/2026", which a US team writes for the 1st of February, was read as
/// the 2nd of January and never found to be dated after a today in January. Where day and month
/// could be either, the day the work was done is read at its later date, and the finding says
/// so.
#[test]
fn a_date_of_work_that_could_be_either_way_is_checked_at_its_later_reading() {
    let env = Env::new();
    let file = triage_edited(
        &env,
        "approved by the clinical safety officer on 2024-10-15",
        "approved by the clinical safety officer on 02/01/2026",
    );
    env.score_gate_on("2026-02-01", &file).assert().success();
    env.score_gate_on("2026-01-20", &file)
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "Evidence dated later: the evidence for \"Documented risk assessment\" is dated 2026-02-01 (read from a date the evidence writes another way: where day and month could be either, the later date is taken, and a month, quarter or year named alone counts from its first day; write it as YYYY-MM-DD to be exact), after today",
        ));
}

/// A fourteenth hostile review: evidence "approved March 2027", "Q2 2027", "2027", "on
/// 2026/12/15", "on 20261215" or "sign-off: 2027-03-01" read as done, and a dismissal-ranking
/// tool passed the gate on 2026-12-01. Each is now dated, and wholly after today fails; a month
/// under way today does not.
#[test]
fn work_dated_by_month_quarter_year_or_written_year_first_is_checked_against_today() {
    let env = Env::new();
    for (written, later) in [
        (
            "approved by the clinical safety officer in March 2027",
            true,
        ),
        ("approved by the clinical safety officer Q2 2027", true),
        ("approved 2027 by the clinical safety officer", true),
        (
            "approved by the clinical safety officer on 2026/12/15",
            true,
        ),
        ("approved by the clinical safety officer on 20261215", true),
        // Without zeros, with a time, a month's name between dashes, a year of two digits.
        ("approved by the clinical safety officer on 2027-3-15", true),
        (
            "approved by the clinical safety officer on 2027-03-15T10:00Z",
            true,
        ),
        (
            "approved by the clinical safety officer on 15-Mar-2027",
            true,
        ),
        ("approved by the clinical safety officer on 15/03/27", true),
        (
            "approved by the clinical safety officer on 2024-10-5",
            false,
        ),
        // Typographic dashes, as a word processor writes them.
        (
            "approved by the clinical safety officer on 2027\u{2013}03\u{2013}15",
            true,
        ),
        (
            "approved by the clinical safety officer on 2024\u{2013}10\u{2013}15",
            false,
        ),
        (
            "approved by the clinical safety officer; sign-off: 2026-12-15",
            true,
        ),
        (
            "approved by the clinical safety officer in December 2026",
            false,
        ),
        ("approved by the clinical safety officer in 2026", false),
        (
            "approved by the clinical safety officer on 2026/11/30",
            false,
        ),
        // Honest evidence a review of today's rules saw fail: a repeat to come, a review to
        // come, a reference number, and a validity that runs to the end of this month.
        (
            "approved by the clinical safety officer on 2024-10-15, to be repeated in Q2 2027",
            false,
        ),
        (
            "approved by the clinical safety officer on 2024-10-15, will be reviewed again in 2027",
            false,
        ),
        (
            "approved by the clinical safety officer on 2024-10-15 (ref 20271130)",
            false,
        ),
        (
            "approved by the clinical safety officer on 2024-10-15, valid until December 2026",
            false,
        ),
    ] {
        let file = triage_edited(
            &env,
            "approved by the clinical safety officer on 2024-10-15",
            written,
        );
        gate_finds(
            &env,
            &file,
            "Evidence dated later: the evidence for \"Documented risk assessment\"",
            later,
            written,
        );
    }
}

/// A hostile review copied the built-in rules under an id of its own, made human oversight a
/// recommendation, and the response to AWS said no gap against the AWS policy was found. Rules
/// that name the built-in's policy without being raia's reading of it say so in every verdict.
#[test]
fn a_copy_of_the_rules_under_its_own_id_says_whose_reading_it_is() {
    let env = Env::new();
    let rules = env.path("rules.toml");
    let rules_text = std::fs::read_to_string(manifest(
        "questionnaires/aws-responsible-ai-2023-09-28.toml",
    ))
    .unwrap()
    .replacen("id = \"aws-responsible-ai\"", "id = \"acme-aws-rai\"", 1)
    // A hostile review hid the copy behind the address with a query string added.
    .replacen(
        "url = \"https://aws.amazon.com/ai/responsible-ai/policy/\"",
        "url = \"https://aws.amazon.com/ai/responsible-ai/policy/?nc1=h_ls\"",
        1,
    );
    assert!(rules_text.contains("?nc1=h_ls"));
    write(&rules, &rules_text);
    let rules_hash = {
        use sha2::Digest;
        raia::questionnaire::hex_digest(&sha2::Sha256::digest(rules_text.as_bytes()))
    };
    let file = env.path("loan.toml");
    let text = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let hash = text.lines().find(|l| l.starts_with("hash = ")).unwrap();
    write(
        &file,
        &text
            .replacen("id = \"aws-responsible-ai\"", "id = \"acme-aws-rai\"", 1)
            .replacen(hash, &format!("hash = \"{rules_hash}\""), 1),
    );
    let out = env
        .raia()
        .arg("--questionnaire")
        .arg(&rules)
        .args(["--today", "2026-12-15", "score", "--gate"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("names the AWS Responsible AI Policy but is not raia's built-in questionnaire or an overlay of it"),
        "{err}"
    );
    assert!(
        err.contains("; by the rules of `acme-aws-rai`, not raia's built-in reading of the policy"),
        "{err}"
    );
    let info = env
        .raia()
        .arg("--questionnaire")
        .arg(&rules)
        .args([
            "--today",
            "2026-12-15",
            "report",
            "--format",
            "info-request",
            "--out",
            "-",
        ])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let info = String::from_utf8(info).unwrap();
    let line = info
        .lines()
        .find(|l| l.starts_with("**Compliance with the policy's own requirements:**"))
        .unwrap();
    assert!(
        line.contains("Note: these findings come from questionnaire \\`acme-aws-rai\\`"),
        "{line}"
    );
    // The built-in rules say nothing of the kind.
    let own = env
        .raia()
        .args(["--today", "2026-12-15", "score", "--gate"])
        .arg(manifest("examples/loan-pre-approval.toml"))
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    assert!(
        !String::from_utf8(own)
            .unwrap()
            .contains("reading of the policy")
    );
}

/// A hostile review: a bias audit "valid until 2025-01-10", in the note on the tests done that
/// show the testing safeguards, still read "Testing: met" and passed the gate. Shown by answers,
/// a safeguard's evidence is the notes on them, and their dates count as a record's would.
#[test]
fn an_expiry_in_the_note_behind_an_answer_counts() {
    let env = Env::new();
    let text = std::fs::read_to_string(manifest("examples/clinical-triage-assistant.toml"))
        .unwrap()
        .replacen(
            "[notes]\n",
            "[notes]\ntests-done = \"Independent bias audit BA-3 by Fairlab, completed 2024-01-10, valid until 2025-01-10.\"\n",
            1,
        );
    let file = env.path("triage.toml");
    write(&file, &text);
    // The gate fails; what `score` says.
    let failing = |file: &std::path::Path| {
        let out = env
            .raia()
            .args(["--today", "2026-12-15", "score", "--gate"])
            .arg(file)
            .assert()
            .failure()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let out = failing(&file);
    assert!(
        out.contains("Evidence expired: the evidence for \"Bias and adverse-impact testing\" expired on 2025-01-10 (as a note or a summary behind the answers that show it says;"),
        "{out}"
    );
    assert!(
        out.contains("Testing (required by the policy): to be confirmed"),
        "{out}"
    );
    // The day before it lapsed, it held.
    env.raia()
        .args(["--today", "2025-01-09", "score", "--gate"])
        .arg(&file)
        .assert()
        .success();
    // A later hostile review wrote the expiry in the summary of the tests run instead: the
    // testing safeguards are dated by it too (`dated_by`).
    let original =
        std::fs::read_to_string(manifest("examples/clinical-triage-assistant.toml")).unwrap();
    let start = original.find("test-summary = \"\"\"").unwrap();
    let end = start + 18 + original[start + 18..].find("\"\"\"").unwrap() + 3;
    write(
        &file,
        &format!(
            "{}test-summary = \"Independent bias audit BA-3 by Fairlab, valid until 2025-01-10.\"{}",
            &original[..start],
            &original[end..]
        ),
    );
    let out = failing(&file);
    assert!(
        out.contains("Evidence expired: the evidence for \"Bias and adverse-impact testing\" expired on 2025-01-10"),
        "{out}"
    );
    // A review of honest summaries: dates of the data, a licence or a supplier are not the
    // tests'.
    write(
        &file,
        &format!(
            "{}test-summary = \"Accuracy and robustness tested 2025-10-01 on held-out cases. The data licence for the test corpus runs to 2025-12-31 and was renewed. The old vendor feed (sunset 2025-03-31) was excluded.\"{}",
            &original[..start],
            &original[end..]
        ),
    );
    env.raia()
        .args(["--today", "2026-12-15", "score", "--gate"])
        .arg(&file)
        .assert()
        .success();
}

/// A thirteenth hostile review: evidence that had expired still read "met", "no gap against
/// the policy", "every safeguard ... in place", and plain "in place" in the crosswalk, while
/// the gate failed on it. Every mode now says it is to renew.
#[test]
fn expired_evidence_is_never_called_met_or_in_place_in_any_mode() {
    let env = Env::new();
    let text = std::fs::read_to_string(manifest("examples/clinical-triage-assistant.toml"))
        .unwrap()
        .replace(
            "[safeguards.risk-assessment]\nstatus = \"in-place\"\n",
            "[safeguards.risk-assessment]\nstatus = \"in-place\"\nexpires = \"2026-06-01\"\n",
        );
    assert!(text.contains("expires = \"2026-06-01\""));
    let file = env.path("triage.toml");
    write(&file, &text);
    let day = ["--today", "2026-12-01"];
    env.raia()
        .args(day)
        .args(["score"])
        .arg(&file)
        .assert()
        .stdout(predicate::str::contains(
            "Evaluate the risks of the use case (required by the policy): to be confirmed: the evidence of \"Documented risk assessment\" has expired or is dated after today, so it must be renewed",
        ));
    let md = String::from_utf8(
        env.raia()
            .args(day)
            .args(["report"])
            .arg(&file)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert!(md.contains("is to be confirmed: the evidence of \"Documented risk assessment\" has expired or is dated after today, so it must be renewed"), "{md}");
    assert!(!md.contains("No gap against"), "{md}");
    assert!(
        md.contains(
            "1 safeguard is in place on evidence that has expired or is dated after today, to renew"
        ),
        "{md}"
    );
    let json = env
        .raia()
        .args(day)
        .args(["report", "--format", "json", "--crosswalk", "eu-ai-act"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let links: Vec<&serde_json::Value> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["links"].as_array().unwrap())
        .filter(|l| l["id"] == "risk-assessment")
        .collect();
    assert!(!links.is_empty());
    for l in links {
        assert_eq!(l["in_place"], false, "{l}");
        assert_eq!(
            l["status_label"], "in place, but its evidence expired on 2026-06-01",
            "{l}"
        );
    }
    // The day before it expired, it is met.
    env.raia()
        .args(["--today", "2026-05-31", "score"])
        .arg(&file)
        .assert()
        .stdout(predicate::str::contains(
            "Evaluate the risks of the use case (required by the policy): met",
        ));
}

/// A review: safeguards against misuse left open were listed "recommended practice, not a
/// breach of the policy" while the gate failed on them, and approving such a file drew no
/// note. They are listed apart, in every mode.
#[test]
fn safeguards_against_misuse_left_open_are_never_called_no_breach() {
    let env = Env::new();
    let file = manifest("tests/fixtures/judgement/46-covert-face-tracking-retention-limits.toml");
    let out = String::from_utf8(
        env.raia()
            .args(["score"])
            .arg(&file)
            .assert()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    let at = out
        .find("Against misuse left open (1 safeguard; for each use left open, one of those against it must be in place, as the policy forbids such uses, whether the system makes them or lets others make them):\n  - Lawful basis and privacy notice: missing")
        .unwrap_or_else(|| panic!("{out}"));
    let recommendations = out.find("Recommendations open").unwrap();
    let change = out.find("Largest single change").unwrap_or(out.len());
    assert!(
        !out[recommendations..change].contains("Lawful basis and privacy notice"),
        "{out}"
    );
    // Closing it is said as what it is, not as a recommendation.
    assert!(
        out[change..].contains("1 guard against misuse left open closed"),
        "{out}"
    );
    assert!(at < recommendations);
    let json = env
        .raia()
        .args(["report", "--format", "json"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(
        v["compliance"]["misuse_guards"],
        serde_json::json!(["lawful-basis-notice"])
    );
    assert!(
        !v["compliance"]["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "lawful-basis-notice")
    );
    // Its staff, answered as the only people it tracks, are scored by it beside "nothing is
    // decided on the score", which contradicts: the copy approved does not score them. Nor does
    // its note say shoppers are tracked without being told, which reads as the use itself
    // beside answers that raise it only as a concern (a sixth review), a contradiction no
    // approval goes over.
    let copy = env.path("46.toml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace(
            "capabilities = [\"biometric\", \"tracking\", \"people-scoring\"]",
            "capabilities = [\"biometric\", \"tracking\"]",
        )
        .replace(
            "Shoppers are not told their faces are tracked; no lawful basis is recorded",
            "No lawful basis is recorded yet",
        );
    std::fs::write(&copy, text).unwrap();
    env.raia()
        .args(["sign", "--name", "Rev One", "--role", "Compliance", "--decision", "approved"])
        .arg(&copy)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: approved while the answers show the system could be used for Violating privacy rights",
        ));
}

/// A fourteenth hostile review: an approval of a prohibited use, refused by `raia sign`,
/// written by hand instead, loaded "ok", read "current: approved by Boss" in status, and was
/// listed as approved in the response to AWS. Every mode now says it is not valid, and why.
#[test]
fn a_hand_written_approval_the_rules_refuse_is_never_shown_as_current() {
    let env = Env::new();
    let file = env.example("deepfake-political-ad.toml", "ad.toml");
    env.raia()
        .args(["sign", "--name", "Boss"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the answers confirm a prohibited use, which cannot be approved",
        ));
    let json = env
        .raia()
        .args(["report", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let hash = report["assessment_hash"].as_str().unwrap().to_string();
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str(&format!(
        "\n[[signoff]]\nname = \"Boss\"\nrole = \"VP\"\ndate = \"2026-11-30\"\ndecision = \"approved\"\nassessment_hash = \"{hash}\"\n"
    ));
    write(&file, &text);
    const WHY: &str = "the answers confirm a prohibited use, which cannot be approved";
    env.raia()
        .arg("validate")
        .arg(&file)
        .assert()
        .stderr(predicate::str::contains(format!(
            "warning: the approval by Boss of 2026-11-30 is not valid: {WHY}"
        )));
    env.raia()
        .args(["status", "--today", "2026-12-01"])
        .arg(&file)
        .assert()
        .stdout(predicate::str::contains(format!(
            "NOT VALID: approved by Boss, 2026-11-30, but {WHY}"
        )))
        .stdout(predicate::str::contains("current: approved").not());
    let out = env.path("ir.md");
    env.raia()
        .args([
            "report",
            "--format",
            "info-request",
            "--today",
            "2026-12-01",
            "--out",
        ])
        .arg(&out)
        .arg(&file)
        .assert()
        .success();
    let ir = std::fs::read_to_string(&out).unwrap();
    assert!(ir.contains("No current sign-off"), "{ir}");
    assert!(
        !ir.contains("| Boss | VP | 2026-11-30 | approved |"),
        "{ir}"
    );
    assert!(
        ir.contains(&format!(
            "The approval by Boss of 2026-11-30 is **not valid**: the rules for signing refuse it for these answers ({WHY}"
        )),
        "{ir}"
    );
    let json = env
        .raia()
        .args(["report", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let row = &report["signoffs"][0];
    assert_eq!(row["valid"], false, "{row}");
    assert!(
        row["state"].as_str().unwrap().starts_with("NOT VALID: "),
        "{row}"
    );
}

/// A new-user review: `raia resume --help` showed `--plain` and `raia sign --help` showed
/// `<FILE>` with nothing after them. Every argument and option of every command says what it is.
#[test]
fn every_argument_and_option_has_a_description() {
    let env = Env::new();
    for command in [
        "new",
        "resume",
        "list",
        "questions",
        "init",
        "validate",
        "score",
        "status",
        "diff",
        "migrate",
        "completions",
        "man",
        "report",
        "sign",
    ] {
        let out = env.raia().args([command, "--help"]).output().unwrap();
        assert!(out.status.success(), "{command}");
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for pair in lines.windows(2) {
            let head = pair[0];
            let indent = head.len() - head.trim_start().len();
            let is_entry =
                (1..=6).contains(&indent) && head.trim_start().starts_with(['-', '<', '[']);
            assert!(
                !(is_entry && pair[1].trim().is_empty()),
                "raia {command} --help: `{}` has no description",
                head.trim()
            );
        }
    }
}

/// A review of the reports: for a targeting aid whose engagements are not all reviewed, the
/// reports said the lethal-weapons prohibition is to be confirmed while `score`, its gate and
/// SARIF said "none confirmed" and counted a safeguard; and `raia diff` never said a
/// prohibition's standing changed, and gave a score for a prohibited use.
#[test]
fn every_mode_says_a_prohibition_is_to_be_confirmed_and_diff_says_when_it_changes() {
    let env = Env::new();
    let case = manifest("tests/fixtures/judgement/53-targeting-aid-some-unreviewed.toml");
    let run = env
        .raia()
        .args(["--today", "2026-12-15", "score", "--gate"])
        .arg(&case)
        .assert()
        .code(3);
    let out = String::from_utf8(run.get_output().stdout.clone()).unwrap();
    let err = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert!(
        out.contains("Prohibited uses: none confirmed\n  - To be confirmed: Lethal weapon functions without human control: clear only while \"Documented human control of weapon functions\" is in place, which the file records but the answers leave to be confirmed.\n"),
        "{out}"
    );
    assert!(
        err.contains("gate: failed:\n  - the answers do not yet rule out a prohibited use (Lethal weapon functions without human control): it is clear only while a safeguard is in place that the file does not show, or leaves to be confirmed\n"),
        "{err}"
    );
    let sarif = String::from_utf8(
        env.raia()
            .args([
                "--today",
                "2026-12-15",
                "score",
                "--gate",
                "--format",
                "sarif",
            ])
            .arg(&case)
            .stdout_with(3),
    )
    .unwrap();
    assert!(
        sarif.contains("\"ruleId\": \"prohibited-use-to-confirm\""),
        "{sarif}"
    );
    // Its message names the use the safeguard keeps clear, not "the policy requires it".
    assert!(
        sarif.contains("the answers keep \\\"Lethal weapon functions without human control\\\" clear only while it is in place"),
        "{sarif}"
    );

    let diff = |b: &str, a: &str| {
        String::from_utf8(
            env.raia()
                .args(["--today", "2026-12-15", "diff"])
                .arg(manifest(b))
                .arg(manifest(a))
                .stdout_with(0),
        )
        .unwrap()
    };
    let md = diff(
        "examples/targeting-aid-human-control.toml",
        "tests/fixtures/judgement/53-targeting-aid-some-unreviewed.toml",
    );
    assert!(
        md.contains("## Prohibited uses\n\n- Lethal weapon functions without human control: clear → to be confirmed: clear only while \"Documented human control of weapon functions\" is in place, which the file records but the answers leave to be confirmed\n"),
        "{md}"
    );
    // What the reports leave to be confirmed is not "no longer in place" (a second review).
    assert!(
        md.contains("- now to be confirmed: Documented human control of weapon functions (the status recorded and the answers disagree)\n"),
        "{md}"
    );
    assert!(
        !md.contains("no longer in place: Documented human control"),
        "{md}"
    );
    // The other way round too: recorded missing while an answer says the records are kept (a
    // third review).
    let md = diff(
        "examples/voice-clone-licensed.toml",
        "tests/fixtures/judgement/42-narrator-licence-record-missing.toml",
    );
    assert!(
        md.contains("- now to be confirmed: Consent or licence records (the status recorded and the answers disagree)\n"),
        "{md}"
    );
    assert!(
        !md.contains("no longer in place: Consent or licence records"),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_slice(
        &env.raia()
            .args(["--today", "2026-12-15", "diff", "--format", "json"])
            .arg(manifest("examples/targeting-aid-human-control.toml"))
            .arg(manifest(
                "tests/fixtures/judgement/53-targeting-aid-some-unreviewed.toml",
            ))
            .stdout_with(0),
    )
    .unwrap();
    assert_eq!(json["prohibitions"][0]["id"], "lethal-weapons");
    assert_eq!(
        (
            &json["prohibitions"][0]["before"],
            &json["prohibitions"][0]["after"]
        ),
        (
            &serde_json::json!("clear"),
            &serde_json::json!("to-be-confirmed")
        )
    );
    let md = diff(
        "examples/voice-clone-licensed.toml",
        "examples/voice-clone-no-consent.toml",
    );
    // What the change newly asks for and is not there, as well as what went.
    assert!(
        md.contains(
            "- now called for by the answers, and not in place: Content guardrails and filters\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("- Score: 11 → not used (a confirmed prohibited use decides the result)\n"),
        "{md}"
    );
    assert!(
        md.contains("- Voice or likeness without consent: clear → CONFIRMED: must not proceed\n"),
        "{md}"
    );
    assert!(
        md.contains("- Violating privacy rights: clear → concern left open: no safeguard against it is in place\n"),
        "{md}"
    );
    let same = diff(
        "examples/voice-clone-licensed.toml",
        "examples/voice-clone-licensed.toml",
    );
    assert!(!same.contains("## Prohibited uses"), "{same}");
}

/// `raia diff` of two texts of an assessment, as of 2026-12-15: the Markdown and the JSON.
fn diff_texts(before: &str, after: &str) -> (String, serde_json::Value) {
    let env = Env::new();
    std::fs::write(env.path("before.toml"), before).unwrap();
    std::fs::write(env.path("after.toml"), after).unwrap();
    let run = |format: &str| {
        env.raia()
            .args(["--today", "2026-12-15", "diff", "--format", format])
            .arg(env.path("before.toml"))
            .arg(env.path("after.toml"))
            .stdout_with(0)
    };
    (
        String::from_utf8(run("md")).unwrap(),
        serde_json::from_slice(&run("json")).unwrap(),
    )
}

/// A review moved a remediation target that had passed two years on, and its owner to "Nobody
/// yet", after approval: the response to AWS changed and `raia diff` said nothing.
#[test]
fn diff_lists_remediation_plans_that_changed() {
    let text = std::fs::read_to_string(manifest("examples/cv-screener-auto-reject.toml")).unwrap();
    let moved = text
        .replace("target = \"2025-09-30\"", "target = \"2027-03-31\"")
        .replacen(
            "owner = \"Marta Lind, Head of Talent Acquisition\"\ntarget",
            "owner = \"Nobody yet\"\ntarget",
            1,
        );
    assert_ne!(moved, text);
    let (md, json) = diff_texts(&text, &moved);
    assert!(
        md.contains("## Remediation plans changed (1; no sign-off covers these)\n\n- Documented risk assessment\n  \"owner Marta Lind, Head of Talent Acquisition, target 2025-09-30 (passed)\" → \"owner Nobody yet, target 2027-03-31\"\n"),
        "{md}"
    );
    assert_eq!(json["plans"][0]["question"], "risk-assessment");
    assert_eq!(
        json["plans"][0]["after"],
        "owner Nobody yet, target 2027-03-31"
    );
}

/// A review read "basis: required by the policy" for the risk assessment in `raia questions`,
/// while the verdict rightly called it a recommendation for a children's toy that decides
/// nothing: the listing says when the policy's words bind it.
#[test]
fn questions_say_when_a_safeguard_is_the_policys_requirement() {
    let env = Env::new();
    let out = String::from_utf8(env.raia().arg("questions").stdout_with(0)).unwrap();
    let risk = out
        .split("### `risk-assessment`")
        .nth(1)
        .and_then(|s| s.split("### ").next())
        .unwrap();
    assert!(
        risk.contains("- basis: required by the policy when the use involves a consequential decision; recommended practice when only another trigger holds\n"),
        "{risk}"
    );
    let owner = out
        .split("### `named-owner`")
        .nth(1)
        .and_then(|s| s.split("### ").next())
        .unwrap();
    assert!(owner.contains("- basis: recommended practice\n"), "{owner}");
    // A recommendation that alone shows a requirement of the policy met says so (a later
    // review).
    let uses = out
        .split("### `documented-uses`")
        .nth(1)
        .and_then(|s| s.split("### ").next())
        .unwrap();
    assert!(
        uses.contains("- basis: recommended practice; where nothing else shows \"Information on request\", which the policy requires, met, one of the safeguards under it must be in place\n"),
        "{uses}"
    );
}

/// A review approved over another reviewer's standing rejection and `raia sign` said nothing,
/// though the gate still fails on the rejection.
#[test]
fn sign_says_an_approval_does_not_lift_a_standing_rejection() {
    let env = Env::new();
    let file = env.path("loan.toml");
    std::fs::copy(manifest("examples/loan-pre-approval.toml"), &file).unwrap();
    env.raia()
        .args([
            "sign",
            "--name",
            "A. Auditor",
            "--decision",
            "rejected",
            "--date",
            "2026-01-01",
        ])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("does not lift").not());
    env.raia()
        .args(["sign", "--name", "B. Manager", "--date", "2026-01-02"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: A. Auditor rejected these answers on 2026-01-01, and they have not changed since; the approval of the same answers by B. Manager on 2026-01-02 does not lift it",
        ));
    // `status` shows the rejection that still stands beside the approval (a later review read
    // "current: approved" beside a gate failing on the rejection).
    let out = String::from_utf8(env.raia().arg("status").arg(&file).stdout_with(3)).unwrap();
    assert!(
        out.contains("| current: approved by B. Manager, 2026-01-02; still standing: rejected by A. Auditor, 2026-01-01 |"),
        "{out}"
    );
    // A change of contact address alone ends the rejection: the next approval is told to check
    // what was asked for was done (a later review lifted a rejection that way, unseen).
    let text = std::fs::read_to_string(&file).unwrap();
    let contact = text.lines().find(|l| l.starts_with("contact = ")).unwrap();
    std::fs::write(
        &file,
        text.replacen(contact, "contact = \"other@example.org\"", 1),
    )
    .unwrap();
    env.raia()
        .args(["sign", "--name", "B. Manager", "--date", "2026-01-03"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: A. Auditor rejected an earlier version on 2026-01-01; any change since ends that, so check that what they asked for was done",
        ));
}

/// A review unticked the one decision area of a CV screener: nine answers, "it decides" and "no
/// person reviews outcomes" among them, stopped counting, and the diff said only "Answers
/// changed (2)".
#[test]
fn diff_says_which_kept_answers_stopped_counting() {
    let text = std::fs::read_to_string(manifest("examples/cv-screener-auto-reject.toml")).unwrap();
    let start = text.find("decision-areas = [").unwrap();
    let end = start + text[start..].find(']').unwrap() + 1;
    let after = format!(
        "{}decision-areas = [\"none\"]\nscore-effect = \"nothing-alone\"{}",
        &text[..start],
        &text[end..]
    );
    let (md, json) = diff_texts(&text, &after);
    assert!(md.contains("## Answers changed (2)"), "{md}");
    assert!(
        md.contains("- When does a person review the outcome?: \"No person reviews outcomes\" no longer counts\n"),
        "{md}"
    );
    assert!(!md.contains("never put in place"), "{md}");
    let counting = json["counting"].as_array().unwrap();
    assert!(counting.len() >= 2, "{counting:?}");
    assert!(
        counting
            .iter()
            .any(|c| c["question"] == "ai-role" && c["counts_after"] == false)
    );
}

/// A note changed on a question whose prompt ends its own sentence gets one full stop, not two
/// (a review saw "…third-party model..").
#[test]
fn diff_names_changed_notes_with_one_full_stop() {
    let text = std::fs::read_to_string(manifest("examples/loan-pre-approval.toml")).unwrap();
    let after = text.replace(
        "[notes]\n",
        "[notes]\nmodels = \"Pinned to the March release.\"\n",
    );
    let (md, _) = diff_texts(&text, &after);
    let line = md
        .lines()
        .find(|l| l.starts_with("Notes changed on: "))
        .unwrap();
    assert!(line.ends_with("third-party model."), "{line}");
    assert!(!line.ends_with(".."), "{line}");
}

/// A save does not keep a hard link (it renames a new file into place); `sign` says so, naming
/// what the other name still holds (a hostile review found it only in the docs).
#[cfg(unix)]
#[test]
fn sign_says_a_hard_linked_name_keeps_the_file_as_it_was() {
    let env = Env::new();
    let file = env.path("loan.toml");
    std::fs::copy(manifest("examples/loan-pre-approval.toml"), &file).unwrap();
    let other = env.path("loan-copy.toml");
    std::fs::hard_link(&file, &other).unwrap();
    env.raia()
        .args(["sign", "--name", "A. Auditor", "--date", "2026-01-01"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "had 1 other name (a hard link): the sign-off went to this name, and it keeps the file as it was; to share one file under two names, use a symbolic link.",
        ));
    assert!(
        !std::fs::read_to_string(&other)
            .unwrap()
            .contains("A. Auditor")
    );
    // Without another name, nothing is said.
    env.raia()
        .args(["sign", "--name", "B. Auditor", "--date", "2026-01-02"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("other name").not());
}

/// A review set the Acme register entry to "not registered yet": the overlay's safeguard read
/// in place, its requirement met, with "… is answered" for evidence. A text answer shows a
/// safeguard only as evidence would, and the row quotes it.
#[test]
fn an_answer_that_says_it_is_not_done_shows_no_safeguard() {
    let env = Env::new();
    let overlay = manifest("examples/overlays/acme-rai-standard.toml");
    let text =
        std::fs::read_to_string(manifest("examples/overlays/acme-cv-screener.toml")).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("acme-register-id = "))
        .unwrap();
    let score = |answer: &str| {
        let file = env.path("acme.toml");
        std::fs::write(
            &file,
            text.replacen(line, &format!("acme-register-id = \"{answer}\""), 1),
        )
        .unwrap();
        let out = env
            .raia()
            .arg("--questionnaire")
            .arg(&overlay)
            .args([
                "--today",
                "2026-12-15",
                "report",
                "--format",
                "csv",
                "--out",
                "-",
            ])
            .arg(&file)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    // And a hostile review's ways round it: saying so in other words, or the slot unfilled.
    for nothing in [
        "not registered yet",
        "none",
        "AIR-0000",
        "Not registered.",
        "unregistered",
        "We have not registered it",
        "applied for, awaiting number",
        "AIR-XXXX",
        "AIR-",
        "air 0000.",
        // A later review: still to come, in other words.
        "to be registered",
        "registration in progress",
        "will register after launch",
        "ticket RAI-123 raised to register",
        // And a later one: a slot left as the form shows it, or the register pointed to.
        "AIR-TBD",
        "AIR-TBC",
        "AIR-NNNN",
        "AIR-?",
        "Being registered",
        "In registration",
        "See register",
        // And a later one's: an entry ended, or its number still to come.
        "AIR-0733 (withdrawn 2026-05-01)",
        "AIR-0733 (deregistered)",
        "AIR-0733 (entry closed)",
        "submitted to the register, ref to come",
    ] {
        let csv = score(nothing);
        let row = csv
            .lines()
            .find(|l| l.starts_with("acme-register-entry,"))
            .unwrap();
        assert!(row.contains(",missing,"), "{nothing}: {row}");
    }
    let csv = score("AIR-2291");
    let row = csv
        .lines()
        .find(|l| l.starts_with("acme-register-entry,"))
        .unwrap();
    assert!(row.contains(",in-place,"), "{row}");
    assert!(
        row.contains(
            "What is the system's entry number in the Acme AI register? → \"\"AIR-2291\"\""
        ),
        "{row}"
    );
}

/// `--today` is today for the whole run, not only for review dates: a new-user review found a
/// wizard sign-off dated by the clock beside a `raia sign` dated by `--today` in one file. What
/// the modes record is dated by it (here the new file's creation date; the wizard's sign-off
/// reads the same day).
#[test]
fn today_dates_what_every_mode_records() {
    let env = Env::new();
    let file = env.path("x.toml");
    env.raia()
        .args(["--today", "2026-02-20", "init"])
        .arg(&file)
        .assert()
        .success();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("created = \"2026-02-20\""), "{text}");
}

/// A new-user review read one contradiction's paragraph four times from `raia score` (twice on
/// stdout, twice as warnings) under a count that disagreed with the gate's. It is listed once;
/// a safeguard it holds up points to it; the heading counts as the gate does.
#[test]
fn score_lists_a_contradiction_once_and_counts_as_the_gate_does() {
    let env = Env::new();
    let out = env
        .raia()
        .args(["--today", "2026-12-15", "score", "--gate"])
        .arg(manifest(
            "tests/fixtures/judgement/20-triage-no-review-but-clinician-decides.toml",
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains("To be confirmed (2 contradictions, 2 safeguard statuses):\n"),
        "{stdout}"
    );
    assert!(stdout.contains("  - \"Human review of adverse decisions\" is to be confirmed until the answers that disagree above are reconciled\n"), "{stdout}");
    let message = "another that a professional makes every decision";
    assert_eq!(stdout.matches(message).count(), 1, "{stdout}");
    assert!(!stderr.contains(message), "{stderr}");
    assert!(
        stderr.contains("  - 2 pairs of answers contradict each other"),
        "{stderr}"
    );
}

/// A new-user review recorded four more safeguards and saw the score stay, with nothing saying
/// why: where safeguards take off the most the rules allow, the score line says so, and where
/// they do not, it does not.
#[test]
fn the_score_line_says_when_safeguards_take_off_the_most_they_can() {
    let env = Env::new();
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    env.raia()
        .args(["--today", "2026-12-15", "score"])
        .arg(examples.join("loan-pre-approval.toml"))
        .assert()
        .stdout(predicate::str::contains(
            "for safeguards in place, the most they can take off (medium from",
        ));
    env.raia()
        .args(["--today", "2026-12-15", "score"])
        .arg(examples.join("cv-screener-auto-reject.toml"))
        .assert()
        .stdout(predicate::str::contains(
            "- 7 for safeguards in place (medium from",
        ));
}

/// `raia score` on answers that may hide a consequential decision (the visa chatbot): not
/// "none", and each requirement one brings listed as to be confirmed under the policy's words,
/// where it used to be left out as not applying (a reports review).
#[test]
fn score_says_a_consequential_decision_the_answers_may_hide_is_to_be_confirmed() {
    let env = Env::new();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml");
    let out = env.score_gate_on("2026-12-15", &file).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(3), "{stdout}");
    assert!(stdout.contains("Consequential decisions: none marked by the answers shown; to be confirmed (below)\n  - To be confirmed: answers that disagree may hide one (they are listed below).\n"), "{stdout}");
    assert!(stdout.contains("  - Human oversight (required by the policy): to be confirmed: it applies to a use that involves a consequential decision, and the answers leave that to be confirmed\n"), "{stdout}");
    assert!(
        !stdout.contains("Testing (recommended practice): met"),
        "{stdout}"
    );
}

/// A new-user review: CI gated on `raia score --gate` passed a high-tier file nobody had signed,
/// and one whose approval had gone stale after answers changed. `--require-signoff` fails both,
/// in the text gate, SARIF and `raia status`, and passes once a sign-off approves the answers as
/// they stand.
#[test]
fn require_signoff_fails_the_gate_until_a_current_approval() {
    let env = Env::new();
    let file = env.path("loan.toml");
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/loan-pre-approval.toml");
    std::fs::copy(&example, &file).unwrap();
    let gate = |extra: &[&str]| {
        let out = env
            .raia()
            .args(["--today", "2026-12-15", "score", "--gate"])
            .args(extra)
            .arg(&file)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    // Without the option, the policy gate alone decides, as before.
    assert_eq!(gate(&[]).0, Some(0));
    let (code, err) = gate(&["--require-signoff"]);
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("  - no sign-off approves these answers, and --require-signoff asks for one: a reviewer records a decision with `raia sign`\n"), "{err}");
    env.raia()
        .args([
            "--today",
            "2026-12-15",
            "sign",
            "--name",
            "Maria Compliance",
            "--role",
            "Compliance lead",
        ])
        .arg(&file)
        .assert()
        .success();
    let (code, err) = gate(&["--require-signoff"]);
    assert_eq!(code, Some(0), "{err}");
    // An answer changed after the approval: stale.
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("scale = 140000"));
    write(&file, &text.replace("scale = 140000", "scale = 900000"));
    let (code, err) = gate(&["--require-signoff"]);
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("the latest sign-off (approved by Maria Compliance, 2026-12-15) was given for what has changed since (the answers, notes, safeguard records, system details or the questionnaire text); a reviewer signs again with `raia sign`"), "{err}");
    let sarif = env
        .raia()
        .args([
            "--today",
            "2026-12-15",
            "score",
            "--gate",
            "--require-signoff",
            "--format",
            "sarif",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(sarif.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&sarif.stdout).contains("no-current-approval"));
    let status = env
        .raia()
        .args(["--today", "2026-12-15", "status", "--require-signoff"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(3));
    let table = String::from_utf8_lossy(&status.stdout);
    assert!(
        table.contains("| fails: no sign-off approves these answers as they stand"),
        "{table}"
    );
    // `--require-signoff` is a gate's option: without --gate, a usage mistake.
    let out = env
        .raia()
        .args(["score", "--require-signoff"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A new-user review started `raia new loan.toml`, quit, and `raia resume`, `raia list` and
/// the home screen all said there was nothing to resume. Files opened or started by name are
/// remembered beside the drafts: bare `raia resume` continues the newest, and `raia list` names
/// them.
#[test]
fn resume_and_list_find_an_assessment_started_by_file_name() {
    let env = Env::new();
    let file = env.path("loan.toml");
    env.raia()
        .args(["new", "--plain"])
        .arg(&file)
        .write_stdin("Loan pre-approval assistant\nRecommends pre-approval.\nBank\nLending\nA. Assessor\na@example.test\nquit\n")
        .assert()
        .success();
    assert!(file.is_file());
    let list = env.raia().arg("list").output().unwrap();
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(
        text.contains("Assessment files opened by name (continue one with `raia resume FILE`):\n"),
        "{text}"
    );
    // With the columns drafts have: a new-user trial saw neither headers nor a last edit.
    assert!(text.contains("FILE  "), "{text}");
    assert!(
        text.contains("  PROGRESS  UPDATED     TIER        REVIEW\n"),
        "{text}"
    );
    let row = text
        .lines()
        .find(|l| l.starts_with(&file.display().to_string()))
        .unwrap_or_else(|| panic!("{text}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cells[cells.len() - 4..],
        ["0/23", "2026-01-15", "incomplete", "-"],
        "{text}"
    );
    assert!(row.contains("Loan pre-approval assistant"), "{text}");
    let resumed = env
        .raia()
        .args(["resume", "--plain"])
        .write_stdin("quit\n")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&resumed.stdout);
    assert!(
        out.contains(&format!("Resuming {}", file.display())),
        "{out}"
    );
    // By its file name from another folder (the tests run in the crate's own).
    let by_name = env
        .raia()
        .args(["resume", "--plain", "loan.toml"])
        .write_stdin("quit\n")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&by_name.stdout);
    assert!(
        out.contains(&format!("Resuming {}", file.display())),
        "{out}"
    );
    // The list is the user's own: readable by them only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.path("data/recent-files"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    // A file gone since is not offered, and with nothing else there is nothing to resume.
    std::fs::remove_file(&file).unwrap();
    let gone = env.raia().args(["resume", "--plain"]).output().unwrap();
    assert_eq!(gone.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&gone.stderr).contains(
        "there are no drafts or assessment files to resume: start one with `raia new`, or name a file: `raia resume FILE`"
    ));
}

/// A hostile review signed as "TBD", "J. Doe", "[Name]", "Risk team" and ".", and each counted
/// as a current approval under `--require-signoff`. `raia sign` refuses a name that names no
/// one; a surname that is also a word ("Tom Team") is a person.
#[test]
fn sign_refuses_a_name_that_names_no_one() {
    let env = Env::new();
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/loan-pre-approval.toml");
    for (name, ok) in [
        ("TBD", false),
        ("J. Doe", false),
        ("[Name]", false),
        ("Risk team", false),
        (".", false),
        // Roles, bodies and nobody (a later hostile review).
        ("Anonymous", false),
        ("Approver", false),
        ("Compliance Officer", false),
        ("CISO", false),
        ("Vorname Nachname", false),
        // Machines and stand-ins a CI job could sign as (a twelfth hostile review).
        ("CI Bot", false),
        ("AI Agent", false),
        ("dependabot", false),
        ("ChatGPT", false),
        ("LGTM", false),
        ("First Last", false),
        ("Full Name", false),
        ("Some One", false),
        ("A. Person", false),
        ("Ai Nakamura", true),
        ("Tom Team", true),
        ("Risk Committee", false),
        ("Amy Committee", true),
        // Bodies in other words, and a person with their body (a hostile review).
        ("Lending Team", false),
        ("Credit Risk Forum", false),
        ("AI Ethics Council", false),
        ("Model Risk Management", false),
        ("Board of Directors", false),
        ("MRM Team", false),
        ("Andre Wilson, Risk Committee", true),
        ("Andre Wilson for the Lending Team", true),
        // Read as the owner's name is (a third review): a vacancy, a post, an acronym.
        ("Vacant", false),
        ("Chief Credit Officer (vacant)", false),
        ("to be appointed", false),
        ("Our CCO", false),
        ("Head of MRM", false),
        ("CCO", false),
        ("Edith Head", true),
        ("Andre Wilson - Risk Committee", true),
        ("Li Na", true),
        ("Maria Compliance", true),
        ("Dr. Amara Okafor", true),
        ("Ana de la Cruz", true),
        ("李娜", true),
        // A person said to be gone or not yet in post, a firm, a one-word committee (a fourth
        // review of the owner's name).
        ("Andre Wilson (to be appointed)", false),
        ("Andre Wilson (resigned)", false),
        ("Acme Bank plc", false),
        ("ExCo", false),
    ] {
        let file = env.path("loan.toml");
        std::fs::copy(&example, &file).unwrap();
        let out = env
            .raia()
            .args(["--today", "2026-12-15", "sign", "--name", name])
            .arg(&file)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.success(), ok, "{name}: {err}");
        if !ok {
            assert!(
                err.contains("the name of who signs must be a person's own name, not a placeholder, a stand-in or a team"),
                "{name}: {err}"
            );
        }
    }
}

/// An empty `RAIA_DATA_DIR` or `RAIA_CONFIG_DIR` counts as unset, as the XDG variables do: a
/// review's session started with them empty kept its drafts in the git checkout it ran in.
#[test]
fn empty_directory_overrides_count_as_unset() {
    let env = Env::new();
    let (work, home) = (env.path("work"), env.path("home"));
    std::fs::create_dir_all(&work).unwrap();
    let out = Command::cargo_bin("raia")
        .unwrap()
        .current_dir(&work)
        .env("RAIA_CONFIG_DIR", "")
        .env("RAIA_DATA_DIR", "")
        .env("HOME", &home)
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .args(["--today", "2026-01-15", "list"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains(&format!("No drafts in {}", home.display())),
        "{out}"
    );
    assert!(!out.contains("No drafts in drafts"), "{out}");
    assert_eq!(std::fs::read_dir(&work).unwrap().count(), 0);
}

/// A reviewer who asks for changes can say what must change: `--comment` is kept in the
/// sign-off and shown where the gate fails on it (a review's team was told to "change what was
/// asked for" with nothing saying what). A character a terminal obeys is refused.
#[test]
fn a_request_for_changes_carries_the_reviewers_words_to_the_gate() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    env.mini()
        .args([
            "sign",
            "--name",
            "Omar Reviewer",
            "--decision",
            "changes-requested",
        ])
        .args(["--comment", "Name who reviews adverse outcomes"])
        .arg(&file)
        .assert()
        .success();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains(
            "decision = \"changes-requested\"\ncomment = \"Name who reviews adverse outcomes\"\n"
        ),
        "{text}"
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "Omar Reviewer asked for changes to these answers on 2026-01-15 (\"Name who reviews adverse outcomes\"), and they have not changed since; change what was asked for",
        ));
    // Without --gate too, score says where the sign-off stands (a rejected file read "Gaps:
    // none" with no word of it).
    env.mini()
        .args(["score"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Sign-off: changes requested by Omar Reviewer, 2026-01-15",
        ));
    env.mini()
        .args(["sign", "--name", "Omar Reviewer", "--decision", "rejected"])
        .args(["--comment", "no\u{1b}]0;owned\u{7}"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the comment of a sign-off must be text without control characters; it holds U+001B",
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

/// An approval written into the file by hand with a comment that withholds it ("Not approved
/// for launch until ...") is what its words say: a request for changes that fails the gate,
/// named so in the gate, status and validate (a hostile review passed the gate with one; only
/// `raia sign` and the wizard refused it).
#[test]
fn a_hand_written_approval_whose_comment_withholds_it_fails_the_gate() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    env.mini()
        .args([
            "sign",
            "--name",
            "Omar Reviewer",
            "--comment",
            "Looks good.",
        ])
        .arg(&file)
        .assert()
        .success();
    env.mini()
        .args(["score", "--gate", "--require-signoff"])
        .arg(&file)
        .assert()
        .success();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("comment = \"Looks good.\""), "{text}");
    write(
        &file,
        &text.replace(
            "Looks good.",
            "Not approved for launch until the retest is done.",
        ),
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "Omar Reviewer asked for changes to these answers on 2026-01-15 (\"Not approved for launch until the retest is done.\": recorded as approved, but its words withhold the approval, so it counts as a request for changes; if an approval was meant, the reviewer signs again with a comment that gives it), and they have not changed since",
        ));
    env.mini()
        .args(["status"])
        .arg(&file)
        .assert()
        .stdout(predicate::str::contains(
            "the comment says the answers are not approved",
        ));
    env.mini()
        .args(["validate"])
        .arg(&file)
        .assert()
        .stderr(predicate::str::contains(
            "the approval by Omar Reviewer of 2026-01-15 is not valid: the comment says the answers are not approved",
        ));
    // The reviewer's approval given again with words that approve lifts it.
    env.mini()
        .args([
            "sign",
            "--name",
            "Omar Reviewer",
            "--comment",
            "Retest done; approved.",
        ])
        .arg(&file)
        .assert()
        .success();
    env.mini()
        .args(["score", "--gate", "--require-signoff"])
        .arg(&file)
        .assert()
        .success();
}

/// An approval stands on the evidence of its day: a hostile review approved on 2026-10-01 a risk
/// assessment "approved by the Model Risk Committee on 2026-11-30", and the approval stood once
/// that day had passed. `raia sign` refuses it, and one written by hand is NOT VALID.
#[test]
fn an_approval_dated_before_its_evidence_is_refused_and_not_valid() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/loan-pre-approval.toml")).unwrap();
    let file = env.path("loan.toml");
    let dated = text.replace(
        "approved by the Model Risk Committee on 2024-11-18.",
        "approved by the Model Risk Committee on 2026-11-30.",
    );
    assert_ne!(dated, text, "the example's risk assessment is dated");
    write(&file, &dated);
    let out = env
        .raia()
        .args(["--today", "2026-10-01", "sign", "--name", "Jordan Lee"])
        .arg(&file)
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains(
            "cannot approve on 2026-10-01: 1 safeguard is in place on evidence dated after today"
        ),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        dated,
        "nothing written"
    );
    // Signed once the work is done, then dated back by hand: not valid.
    env.raia()
        .args(["--today", "2026-12-04", "sign", "--name", "Jordan Lee"])
        .arg(&file)
        .assert()
        .success();
    env.raia()
        .args([
            "--today",
            "2026-12-04",
            "score",
            "--gate",
            "--require-signoff",
        ])
        .arg(&file)
        .assert()
        .success();
    let signed = std::fs::read_to_string(&file).unwrap();
    write(
        &file,
        &signed.replace("date = \"2026-12-04\"", "date = \"2026-10-01\""),
    );
    env.raia()
        .args([
            "--today",
            "2026-12-04",
            "score",
            "--gate",
            "--require-signoff",
        ])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("cannot approve on 2026-10-01"));
}

/// The assessor or the system's owner approving their own work (a hostile review): good practice
/// asks for someone independent, the policy does not, so `raia sign` says so and the gate is
/// unchanged.
#[test]
fn an_approval_by_the_assessor_or_the_owner_is_noted_as_good_practice_only() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/loan-pre-approval.toml")).unwrap();
    for (name, what) in [
        (
            "Grace Liu",
            "Grace Liu is the assessment's assessor, who wrote the answers",
        ),
        (
            "andre wilson",
            "andre wilson is the system's accountable owner",
        ),
    ] {
        let file = env.path("loan.toml");
        write(&file, &text);
        env.raia()
            .args(["--today", "2026-12-04", "sign", "--name", name])
            .arg(&file)
            .assert()
            .success()
            .stderr(predicate::str::contains(format!(
                "note: {what}; an approval by someone independent of the work is good practice (recommended, not required by the policy)"
            )));
        env.raia()
            .args([
                "--today",
                "2026-12-04",
                "score",
                "--gate",
                "--require-signoff",
            ])
            .arg(&file)
            .assert()
            .success();
    }
    let file = env.path("loan.toml");
    write(&file, &text);
    env.raia()
        .args(["--today", "2026-12-04", "sign", "--name", "Jordan Lee"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("independent of the work").not());
}

/// The score line says of each concern whether a safeguard against it is in place: "concerns:"
/// alone read as open under the prohibitions beside the guardrails guarding them (a review of
/// honest teams).
#[test]
fn the_score_line_says_which_concerns_are_guarded() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    env.raia()
        .args(["score"])
        .arg(root.join("examples/homework-helper-children.toml"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Prohibited uses: none confirmed; concerns: Deliberate disinformation or deception (guarded by a safeguard in place), Harm or abuse of minors (guarded by a safeguard in place)",
        ));
    env.raia()
        .args(["score"])
        .arg(root.join("tests/fixtures/judgement/44-faceswap-filters-only.toml"))
        .assert()
        .stdout(predicate::str::contains(
            "Voice or likeness without consent (no safeguard against it in place)",
        ));
}

/// An approval of an assessment with its questions unanswered is refused for those first, not
/// for a blank detail alone (a review was told only of two blank details with every question
/// unanswered), and the blank detail is said in words every mode can act on.
#[test]
fn an_approval_is_refused_for_unanswered_questions_before_blank_details() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(
        &file,
        "schema_version = 1\n[metadata]\nsystem = \"Hiring helper\"\ndescription = \"Ranks applicants\"\n[questionnaire]\nid = \"example-mini\"\nversion = \"1\"\n[answers]\n",
    );
    env.mini()
        .args(["sign", "--name", "Omar Reviewer"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the assessment is incomplete ("))
        .stderr(predicate::str::contains("required detail is blank").not());
    write(&file, &ANSWERED.replace("assessor = \"Ana\"\n", ""));
    env.mini()
        .args(["sign", "--name", "Omar Reviewer"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot approve: a required detail is blank (Assessor (who fills this in)); fill it in under the system details, or record changes requested",
        ));
}

/// A request for changes to an earlier version stands until an approval of the answers as they
/// stand: an approval given since that is stale too is named, never "no one has signed them
/// since" (a team workflow review), but it does not lift the request, since an approval of an
/// earlier version cannot be told from one written by hand for nothing (a twelfth hostile
/// review passed the gate on one).
#[test]
fn a_request_for_changes_stands_until_the_answers_as_they_stand_are_approved() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(&file, ANSWERED);
    let sign = |name: &str, decision: &str| {
        env.mini()
            .args(["sign", "--name", name, "--decision", decision])
            .arg(&file)
            .assert()
            .success();
    };
    let edit = |from: &str, to: &str| {
        let text = std::fs::read_to_string(&file).unwrap().replace(from, to);
        write(&file, &text);
    };
    env.mini()
        .args(["sign", "--name", "Priya Shah", "--decision", "changes-requested"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: no --comment says what must change; the gate and the reports will only tell the team to change what was asked for.",
        ));
    edit("Owner: Talent lead", "Owner: Dana Smith, talent lead");
    sign("Omar Reviewer", "approved");
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .success();
    edit(
        "Owner: Dana Smith, talent lead",
        "Owner: Dana Smith, head of talent",
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "Priya Shah asked for changes to an earlier version of these answers on 2026-01-15; the approval given since by Omar Reviewer on 2026-01-15 is for answers that have changed again, so it does not stand for these",
        ))
        .stderr(predicate::str::contains("no one has signed them since").not());
    // A hand-written approval of nothing lifts nothing either.
    let text = std::fs::read_to_string(&file).unwrap();
    write(
        &file,
        &format!(
            "{text}\n[[signoff]]\nname = \"Tom Baker\"\ndate = \"2026-01-15\"\ndecision = \"approved\"\nassessment_hash = \"0000\"\n"
        ),
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("Priya Shah asked for changes"));
    // Put back exactly the answers Priya Shah asked to change: her request is current again.
    edit("Owner: Dana Smith, head of talent", "Owner: Talent lead");
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "Priya Shah asked for changes to these answers",
        ));
}

/// Only an approval raia could have recorded renews the review cycle: a hand-written "TBD"
/// approval of hash 0000 put an overdue review a year off (a twelfth hostile review). And a
/// quotation mark in a reviewer's comment cannot close raia's quotes around it in the gate.
#[test]
fn a_hand_written_approval_of_nothing_does_not_renew_the_review() {
    let env = Env::new();
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/loan-pre-approval.toml");
    let file = env.path("loan.toml");
    std::fs::copy(&example, &file).unwrap();
    env.raia()
        .args(["--today", "2026-12-15", "sign", "--name", "Omar Reviewer"])
        .args(["--date", "2026-01-10"])
        .arg(&file)
        .assert()
        .success();
    let overdue = |env: &Env| {
        env.raia()
            .args(["--today", "2026-12-15", "score", "--gate"])
            .arg(&file)
            .assert()
            .code(3)
            .stdout(predicate::str::contains("OVERDUE"));
    };
    overdue(&env);
    for (name, hash) in [
        (
            "TBD",
            "0000000000000000000000000000000000000000000000000000000000000000",
        ),
        ("Tom Baker", "0000"),
    ] {
        let text = std::fs::read_to_string(&file).unwrap();
        write(
            &file,
            &format!(
                "{text}\n[[signoff]]\nname = \"{name}\"\ndate = \"2026-12-15\"\ndecision = \"approved\"\nassessment_hash = \"{hash}\"\n"
            ),
        );
        overdue(&env);
    }
    env.raia()
        .args(["--today", "2026-12-15", "sign", "--name", "Priya Shah"])
        .args([
            "--decision",
            "rejected",
            "--comment",
            "see \"gate: passed\" below",
        ])
        .arg(&file)
        .assert()
        .success();
    env.raia()
        .args(["--today", "2026-12-15", "score", "--gate"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("(\"see 'gate: passed' below\")"));
}

/// A back-dated approval was overdue for review the moment it was written, and only CI said
/// so (a team workflow review): `raia sign` says it at once.
#[test]
fn a_back_dated_approval_overdue_at_once_is_said_when_signed() {
    let env = Env::new();
    let file = env.example("clinical-triage-assistant.toml", "triage.toml");
    let sign = |date: &str| {
        env.raia()
            .args([
                "--today",
                "2026-12-15",
                "sign",
                "--name",
                "Kim Lo",
                "--date",
                date,
            ])
            .arg(&file)
            .assert()
            .success()
    };
    sign("2025-01-01").stderr(predicate::str::contains(
        "note: counted from this sign-off's date (2025-01-01), its review was due by 2025-07-01, so the gate fails on it at once",
    ));
    sign("2026-12-01").stderr(predicate::str::contains("its review was due by").not());
}

/// A contact that is no e-mail address was warned of once in the wizard, then given to AWS by
/// every report with nothing said (a new-user review): validate and score say so.
#[test]
fn a_contact_that_is_no_e_mail_address_is_warned_of_by_validate_and_score() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/loan-pre-approval.toml")).unwrap();
    let at = text.find("\ncontact = \"").unwrap() + 1;
    let end = at + text[at..].find('\n').unwrap();
    let file = env.path("loan.toml");
    std::fs::write(
        &file,
        format!(
            "{}contact = \"sam.okafor@hillside\"{}",
            &text[..at],
            &text[end..]
        ),
    )
    .unwrap();
    let said = "warning: \"Contact for questions about this use (e-mail)\" (metadata.contact) is \"sam.okafor@hillside\", which does not look like an e-mail address";
    for cmd in ["validate", "score"] {
        env.raia()
            .args(["--today", "2026-12-15", cmd])
            .arg(&file)
            .assert()
            .stderr(predicate::str::contains(said));
    }
    env.raia()
        .args(["--today", "2026-12-15", "validate"])
        .arg(root.join("examples/loan-pre-approval.toml"))
        .assert()
        .success()
        .stderr(predicate::str::contains("e-mail").not());
}

/// What `raia --today 2026-12-15 ARGS` prints run from the repository, as the docs show it.
fn printed_in_repo(args: &[&str]) -> Vec<u8> {
    let env = Env::new();
    env.raia()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--today", "2026-12-15"])
        .args(args)
        .assert()
        .get_output()
        .stdout
        .clone()
}

/// The lines of `file` (from the repository root) after the line starting `command`, up to the
/// end of its code block.
fn doc_block(file: &str, command: &str) -> String {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let at = doc
        .find(command)
        .unwrap_or_else(|| panic!("{file}: {command}"));
    let start = at + doc[at..].find('\n').unwrap() + 1;
    let end = start + doc[start..].find("```").unwrap();
    doc[start..end].to_string()
}

/// docs/ci.md shows `raia status examples/ --format sarif` read with jq; a review followed it
/// and found two lines out of date. The transcript is checked against the tool, so it cannot
/// drift again.
#[test]
fn the_sarif_transcript_in_the_ci_docs_is_what_raia_prints() {
    let out = printed_in_repo(&["status", "examples/", "--format", "sarif"]);
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let lines: Vec<String> = v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let at = &r["locations"][0]["physicalLocation"];
            format!(
                "{}:{}: {}",
                at["artifactLocation"]["uri"].as_str().unwrap(),
                at["region"]["startLine"],
                r["ruleId"].as_str().unwrap()
            )
        })
        .collect();
    let shown = doc_block("docs/ci.md", "$ jq -r");
    assert_eq!(shown.lines().collect::<Vec<_>>(), lines);
}

/// The README's short tour shows `raia score` of an example; it is checked against the tool, as
/// the CI docs' transcript is, so that a new user reads what they will see.
#[test]
fn the_score_transcript_in_the_readme_is_what_raia_prints() {
    let out = printed_in_repo(&["score", "examples/cv-screener-auto-reject.toml"]);
    let shown = doc_block(
        "README.md",
        "$ raia score examples/cv-screener-auto-reject.toml",
    );
    assert_eq!(shown, String::from_utf8(out).unwrap());
}

/// The README's gate transcript, checked likewise: a second new-user review found it named no
/// prohibited use and no requirement where raia names both.
#[test]
fn the_gate_transcript_in_the_readme_is_what_raia_prints() {
    let env = Env::new();
    let out = env
        .raia()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--today", "2026-12-15", "score", "--gate"])
        .arg("examples/voice-clone-no-consent.toml")
        .assert()
        .code(3)
        .get_output()
        .clone();
    let shown = doc_block(
        "README.md",
        "$ raia score --gate examples/voice-clone-no-consent.toml",
    );
    assert_eq!(
        shown,
        format!("{}3\n", String::from_utf8(out.stderr).unwrap())
    );
}

/// A diff never calls a status of not applicable "in place", and a gap that became a status
/// the answers contradict is said to be to be confirmed, not closed (a workflow review read
/// "now in place" for a safeguard recorded not applicable, and "not in place: 2 → 0" where two
/// gaps had become contradicted statuses).
#[test]
fn diff_tells_not_applicable_and_to_be_confirmed_from_in_place() {
    let env = Env::new();
    let before = manifest("tests/fixtures/diff-card-freeze-before.toml");
    let run = |after: &str, format: &str| {
        String::from_utf8(
            env.raia()
                .args(["diff", "--today", "2026-12-15", "--format", format])
                .arg(&before)
                .arg(manifest(after))
                .stdout_with(0),
        )
        .unwrap()
    };
    let md = run("tests/fixtures/diff-card-freeze-not-applicable.toml", "md");
    assert!(md.contains("- now recorded not applicable: Reasons for adverse decisions based on credit or financial data (with a reason, for a reviewer to confirm)"), "{md}");
    assert!(!md.contains("now in place"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&run(
        "tests/fixtures/diff-card-freeze-not-applicable.toml",
        "json",
    ))
    .unwrap();
    assert_eq!(json["safeguards_gained"], serde_json::json!([]));
    assert_eq!(
        json["safeguards_not_applicable_now"],
        serde_json::json!(["Reasons for adverse decisions based on credit or financial data"])
    );
    let md = run("tests/fixtures/diff-card-freeze-contradicted.toml", "md");
    assert!(md.contains("- Safeguards the policy requires not in place: 2 → 0\n- Safeguard statuses to be confirmed (the status recorded and the answers disagree): 0 → 3\n"), "{md}");
    for title in [
        "Human review of adverse decisions",
        "Bias and adverse-impact testing",
        "Explanation to affected people",
    ] {
        assert!(
            md.contains(&format!(
                "- now to be confirmed: {title} (the status recorded and the answers disagree)"
            )),
            "{md}"
        );
    }
}

/// A "should" of the policy recorded as not applicable: a gap in what the policy says should be
/// done, as the same safeguard left missing is (no breach; `--strict` fails on it), and the
/// reason says "should", not "require" (a review read "the policy's words require it" of output
/// checks, beside a gate that calls the same gap left missing no breach).
#[test]
fn a_should_recorded_not_applicable_is_told_should_not_require() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = env.path("summariser.toml");
    let text = std::fs::read_to_string(root.join("examples/internal-doc-summariser.toml")).unwrap();
    write(
        &file,
        &format!(
            "{text}\n[safeguards.output-spot-checks]\nstatus = \"not-applicable\"\nevidence = \"Summaries only link to sources.\"\n"
        ),
    );
    let out = String::from_utf8(
        env.raia()
            .args(["score", "--gate", "--today", "2026-12-15"])
            .arg(&file)
            .stdout_with(0),
    )
    .unwrap();
    assert!(
        out.contains("Not shown (1 safeguard; the policy says it should be done; not called a breach):\n  - Output checks: not in place: recorded as not applicable, but the policy's words say it should be done for this use (in the file: [safeguards.output-spot-checks])"),
        "{out}"
    );
    assert!(!out.contains("require it for this use"), "{out}");
    let strict = String::from_utf8(
        env.raia()
            .args(["score", "--gate", "--strict", "--today", "2026-12-15"])
            .arg(&file)
            .stdout_with(3),
    )
    .unwrap();
    assert!(strict.contains("Output checks"), "{strict}");
}

/// A new-user pass: a bias test the lending use requires, not ticked in the answers and recorded
/// "not applicable" ("Our model does not use protected attributes, so it cannot discriminate"),
/// turned "Not compliant" into "to be confirmed: answers contradict each other", and the report
/// said "no safeguard the policy requires is missing" with no policy gap in the JSON or the
/// status table. It is a gap, in every output; and a recommendation recorded not applicable
/// with no reason no longer fails a requirement other safeguards meet.
#[test]
fn not_applicable_where_the_use_rules_it_out_is_a_gap_in_every_output() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/loan-pre-approval.toml")).unwrap();
    let file = env.path("loan.toml");
    write(
        &file,
        &format!(
            "{}\n[safeguards.bias-testing]\nstatus = \"not-applicable\"\nevidence = \"Our model does not use protected attributes, so it cannot discriminate.\"\n",
            text.replace(
                r#"tests-done = ["accuracy", "bias", "robustness"]"#,
                r#"tests-done = ["accuracy", "robustness"]"#
            )
            .replace(
                r#"credit-controls = ["reasons", "fair-lending", "model-validation"]"#,
                r#"credit-controls = ["reasons", "model-validation"]"#
            )
        ),
    );
    let score = String::from_utf8(
        env.raia()
            .args(["score", "--gate"])
            .arg(&file)
            .stdout_with(3),
    )
    .unwrap();
    assert!(
        score.contains("  - Testing (required by the policy): not met\n"),
        "{score}"
    );
    assert!(
        score.contains("  - Bias and adverse-impact testing: not in place: recorded as not applicable, but the policy requires it for this use, as raia reads it, and it cannot be when "),
        "{score}"
    );
    let md = String::from_utf8(env.raia().arg("report").arg(&file).stdout_with(0)).unwrap();
    assert!(
        md.contains("**Against the policy's requirements:** Not compliant with the AWS Responsible AI Policy as answered: not met: Testing"),
        "{md}"
    );
    assert!(
        md.contains("- **Next actions:** 1 safeguard the policy requires to put in place"),
        "{md}"
    );
    assert!(
        !md.contains("no safeguard the policy requires is missing"),
        "{md}"
    );
    assert!(!md.contains("answers contradict each other"), "{md}");
    let json: serde_json::Value = serde_json::from_slice(
        &env.raia()
            .args(["report", "--format", "json"])
            .arg(&file)
            .stdout_with(0),
    )
    .unwrap();
    assert_eq!(
        json["compliance"]["policy_gaps"],
        serde_json::json!(["bias-testing"])
    );
    assert_eq!(json["compliance"]["to_confirm"], serde_json::json!([]));
    let csv = String::from_utf8(
        env.raia()
            .args(["status", "--format", "csv"])
            .arg(&file)
            .stdout_with(3),
    )
    .unwrap();
    assert!(csv.contains(",true,1,none,"), "{csv}");
    // `raia diff` gives the record as written and how the answers read it: "not applicable"
    // alone read as settled (a review).
    let before = env.path("before.toml");
    write(&before, &text);
    let diff = String::from_utf8(
        env.raia()
            .arg("diff")
            .arg(&before)
            .arg(&file)
            .stdout_with(0),
    )
    .unwrap();
    assert!(
        diff.contains("  (not recorded) → \"not applicable: Our model does not use protected attributes, so it cannot discriminate.\"\n  As the answers read it: not in place: recorded as not applicable, but the policy requires it for this use"),
        "{diff}"
    );

    // The recommendation: other safeguards meet the requirement, so the gate passes, and the
    // recommendation's own row says what it lacks.
    let alt = env.path("alt.toml");
    let start = text.find("[safeguards.alternative-process]").unwrap();
    // Its table ends at the next table, or at the end of the file.
    let end = text[start + 1..]
        .find("\n[")
        .map_or(text.len(), |i| start + 1 + i + 1);
    write(
        &alt,
        &format!(
            "{}[safeguards.alternative-process]\nstatus = \"not-applicable\"\n\n{}",
            &text[..start],
            &text[end..]
        ),
    );
    let score = String::from_utf8(
        env.raia()
            .args(["score", "--gate"])
            .arg(&alt)
            .stdout_with(0),
    )
    .unwrap();
    assert!(
        score.contains("  - Safeguards specific to the use case (required by the policy): met: "),
        "{score}"
    );
    assert!(
        score.contains("  - Alternative process and adjustments: not shown to be not applicable: no reason given"),
        "{score}"
    );
}

/// A new-user pass: with the system name, description, owning team and assessor blank, `score`
/// said "Assessment complete" and the gate passed, while `raia sign` refused for the same blanks.
/// The gate fails on them, names them, and SARIF points at each one's line.
#[test]
fn blank_required_details_fail_the_gate_and_are_named() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/loan-pre-approval.toml")).unwrap();
    let file = env.path("blank.toml");
    write(
        &file,
        &text
            .replace(r#"system = "QuickQuote pre-approval""#, r#"system = """#)
            .replace(
                r#"owner_team = "Consumer Lending Analytics""#,
                r#"owner_team = "  ""#,
            )
            .replace(r#"assessor = "Grace Liu""#, r#"assessor = "TBD""#),
    );
    let out = env
        .raia()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(3);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("  - required system details are blank or a placeholder: System name; Owning team (accountable for the system); Assessor (who fills this in)\n"),
        "{err}"
    );
    let log: serde_json::Value = serde_json::from_slice(
        &env.raia()
            .args(["score", "--gate", "--format", "sarif"])
            .arg(&file)
            .stdout_with(3),
    )
    .unwrap();
    let results = sarif_results(&log, &file);
    let blank: Vec<&str> = results
        .iter()
        .filter(|(rule, _, _)| rule == "details-blank")
        .map(|(_, line, _)| line.as_str())
        .collect();
    assert_eq!(
        blank,
        [
            r#"system = """#,
            r#"owner_team = "  ""#,
            r#"assessor = "TBD""#
        ],
        "{results:?}"
    );
    // The same file with the details filled in passes.
    env.raia()
        .args(["score", "--gate"])
        .arg(root.join("examples/loan-pre-approval.toml"))
        .assert()
        .code(0);
}

/// A rejection of earlier answers that another reviewer's approval of the changed answers lifts
/// is named in the score, the status table and JSON, and the reports, not folded into a count
/// of stale sign-offs (a review saw a chief risk officer's rejection vanish after a one-word
/// edit and a project manager's approval).
#[test]
fn a_rejection_lifted_by_someone_elses_approval_of_changed_answers_is_named() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = env.path("loan.toml");
    std::fs::copy(root.join("examples/loan-pre-approval.toml"), &file).unwrap();
    let sign = |args: &[&str]| {
        env.raia()
            .arg("sign")
            .arg(&file)
            .args(args)
            .assert()
            .success();
    };
    sign(&[
        "--name",
        "Alice Risk",
        "--role",
        "CRO",
        "--decision",
        "rejected",
        "--comment",
        "No fairness sign-off from legal",
        "--date",
        "2026-01-10",
    ]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("within 10 business days."));
    write(
        &file,
        &text.replacen("within 10 business days.", "within ten business days.", 1),
    );
    sign(&[
        "--name",
        "Bob Friendly",
        "--role",
        "PM",
        "--date",
        "2026-01-12",
    ]);
    let words = "Earlier, Alice Risk rejected the answers as they then stood, on 2026-01-10 (\"No fairness sign-off from legal\"); they have changed since, and Bob Friendly on 2026-01-12 approved them as they stand, without Alice Risk signing again.";
    // The gate passes, as docs/ci.md says; the rejection is named beside it.
    let score = String::from_utf8(
        env.raia()
            .args([
                "score",
                "--gate",
                "--require-signoff",
                "--today",
                "2026-01-15",
            ])
            .arg(&file)
            .stdout_with(0),
    )
    .unwrap();
    assert!(
        score.contains(&format!(
            "Sign-off: approved by Bob Friendly, 2026-01-12; it holds for these answers. {words}"
        )),
        "{score}"
    );
    let status: serde_json::Value = serde_json::from_slice(
        &env.raia()
            .args(["status", "--format", "json", "--today", "2026-01-15"])
            .arg(&file)
            .stdout_with(0),
    )
    .unwrap();
    assert_eq!(
        status[0]["lifted_objection"],
        "rejected by Alice Risk, 2026-01-10, lifted by Bob Friendly on 2026-01-12",
        "{status}"
    );
    for format in ["info-request", "md"] {
        let out = env.path(&format!("out-{format}.md"));
        env.raia()
            .args([
                "report",
                "--format",
                format,
                "--today",
                "2026-01-15",
                "--out",
            ])
            .arg(&out)
            .arg(&file)
            .assert()
            .success();
        let report = std::fs::read_to_string(&out).unwrap();
        assert!(report.contains(words), "{format}: {report}");
    }
}

/// Review: a loan scorer's risk assessment recorded in place, with its plan still saying it
/// will be in place by next spring (owner and target date), read "met" and passed the gate,
/// and the reports left the plan out. In place and planned for later cannot both hold: it is to
/// be confirmed in every mode until the target date has passed, and the words say why.
#[test]
fn a_safeguard_recorded_in_place_but_planned_for_later_is_to_be_confirmed() {
    let env = Env::new();
    let file = env.example("loan-pre-approval.toml", "loan.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let anchor = "approved by the Model Risk Committee on 2024-11-18.\"\n";
    assert!(text.contains(anchor));
    write(
        &file,
        &text.replacen(
            anchor,
            &format!("{anchor}owner = \"Priya Nair, Model Risk\"\ntarget = \"2027-03-31\"\n"),
            1,
        ),
    );
    let out = env.score_gate_on("2026-12-15", &file).assert().code(3);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stdout.contains(
            "Evaluate the risks of the use case (required by the policy): to be confirmed: \"Documented risk assessment\" is recorded in place but planned for a day after today"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "Planned later: \"Documented risk assessment\" is recorded in place, but its plan puts it in place by 2027-03-31, after today: record it as planned until then, or clear the plan's target date if the work is done."
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("to renew"), "{stdout}");
    assert!(
        stderr.contains("1 safeguard is recorded in place but planned for a day after today (Documented risk assessment)"),
        "{stderr}"
    );
    // The report says so where it gives the safeguard's state, and in its summary.
    let md = env.path("loan.md");
    env.raia()
        .args(["--today", "2026-12-15", "report"])
        .arg(&file)
        .arg("--out")
        .arg(&md)
        .assert()
        .success();
    let report = std::fs::read_to_string(&md).unwrap();
    assert!(
        report.contains("**recorded in place, but planned for 2027-03-31, after today**"),
        "{report}"
    );
    assert!(
        report.contains("Compliance with the AWS Responsible AI Policy is to be confirmed: \"Documented risk assessment\" is recorded in place but planned for a day after today."),
        "{report}"
    );
    assert!(
        report.contains("To confirm, as recorded in place but planned for a day after today: Documented risk assessment"),
        "{report}"
    );
    // Once the target date has passed, the plan is history and the evidence stands.
    env.score_gate_on("2027-04-01", &file).assert().success();
}

/// A new-user trial ran `raia sign` with no decision on an assessment missing three safeguards
/// the policy requires, and recorded an approval that every report then showed as plain
/// "approved". With no --decision, an approval is recorded only where nothing is open; over
/// open gaps the reviewer must say which it is, and the file is left as it was.
#[test]
fn sign_without_a_decision_does_not_approve_over_open_policy_gaps() {
    let env = Env::new();
    let cv = env.example("cv-screener-auto-reject.toml", "cv.toml");
    let before = std::fs::read_to_string(&cv).unwrap();
    let o = env
        .raia()
        .args(["sign", "--name", "Pat Reviewer"])
        .arg(&cv)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        format!(
            "error: no --decision given, and 3 safeguards the policy requires are not in place (the report lists them): say which it is, --decision approved to approve it as it stands, or changes-requested or rejected; `raia score {}` says what is open\n",
            cv.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&cv).unwrap(), before);
    // Said, it is recorded: a request for changes, or an approval as it stands, with its note.
    env.raia()
        .args(["sign", "--name", "Pat Reviewer", "--decision", "approved"])
        .arg(&cv)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: approved while 3 safeguards the policy requires are not in place",
        ));
    // The response to AWS says the plan's owners and dates were not part of the approval: they
    // can move after it (a new-user trial moved a target date years on and the response still
    // showed the approval above it).
    env.raia()
        .args(["report", "--format", "info-request"])
        .arg(&cv)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "the owners and target dates of the remediation plan (section 10) are not part of it",
        ));
    // A file with nothing open is approved without the flag, as before.
    let loan = env.example("loan-pre-approval.toml", "loan.toml");
    env.raia()
        .args(["--today", "2026-12-05", "sign", "--name", "Pat Reviewer"])
        .arg(&loan)
        .assert()
        .success()
        .stdout(predicate::str::contains("approved by Pat Reviewer"));
}

/// A new-user trial read "1 gap a requirement of the policy waits on and 1 recommendation
/// closed ("Notice that AI is used", "Explanation to affected people")": the names came in the
/// file's order, the recommendation first. They follow the counts.
#[test]
fn the_largest_change_names_what_it_closes_in_the_order_of_its_counts() {
    let env = Env::new();
    let loan = env.example("loan-pre-approval.toml", "loan.toml");
    let text = std::fs::read_to_string(&loan).unwrap();
    write(
        &loan,
        &text.replace("explanation = \"reasons\"", "explanation = \"nothing\""),
    );
    let out = env
        .raia()
        .args(["--today", "2026-12-05", "score"])
        .arg(&loan)
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.contains("1 gap a requirement of the policy waits on and 1 recommendation closed (\"Explanation to affected people\", \"Notice that AI is used\")."),
        "{out}"
    );
}

/// Every value a `--help` lists says what it is for (a new-user trial found `raia status
/// --help` describing md and sarif but not csv or json).
#[test]
fn every_possible_value_in_every_help_is_described() {
    let env = Env::new();
    let top = env.raia().arg("--help").output().unwrap();
    let top = String::from_utf8(top.stdout).unwrap();
    let commands: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() > 10, "{top}");
    for c in &commands {
        let out = env.raia().args([c.as_str(), "--help"]).output().unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        for line in help.lines() {
            let t = line.trim();
            assert!(
                !(t.starts_with("- ")
                    && !t.contains(':')
                    && t.len() > 2
                    && t[2..]
                        .chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')),
                "raia {c} --help lists {t:?} with no description"
            );
        }
    }
}

/// A new user's trial ran `raia m.toml`, as one opens a file in an editor, and read only
/// "unrecognized subcommand": the error now says which commands open it.
#[test]
fn a_file_given_as_a_command_gets_a_tip_naming_resume_and_score() {
    let env = Env::new();
    let file = env.example("loan-pre-approval.toml", "loan.toml");
    let out = env
        .raia()
        .current_dir(env.dir.path())
        .arg("loan.toml")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("tip: to open it in the wizard, run `raia resume loan.toml`; to print its result, `raia score loan.toml`"),
        "{err}"
    );
    assert!(file.exists());
    // A mistyped command keeps clap's own tip, and gets no tip about files.
    let out = env.raia().arg("scor").output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("a similar subcommand exists: 'score'"),
        "{err}"
    );
    assert!(!err.contains("raia resume"), "{err}");
}

/// An eighth hostile review: a test summary's later sentence left a second use untested while
/// it runs ("Housing-register banding wasn't part of this evaluation and it has been live since
/// May"). The gate fails, and the reason says so in words, not "the work was not done".
#[test]
fn a_second_use_left_untested_while_it_runs_is_said_so() {
    let env = Env::new();
    let file = env.example("benefits-eligibility-triage.toml", "b.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "test-summary = \"\"\"",
        "test-summary = \"\"\"Housing claims: see below. Housing-register banding wasn't part of this evaluation and it has been live since May. ",
        1,
    );
    write(&file, &text);
    let out = env.score_gate_on("2026-12-05", &file).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("says a use, mode or variant the system runs was not tested, or tested only by its vendor or in simulation"),
        "{stdout}"
    );
}

/// `raia migrate` waits its turn behind a wizard that has the file open: a migration written
/// under an open wizard would meet a session that saves answers to the old version. It is
/// refused with who holds the file, and the file is left as it was; `--dry-run` still runs, and
/// once the wizard closes the migration goes ahead. `raia sign` is let through on purpose: the
/// wizard takes the sign-off in (tests/tui.rs
/// `a_sign_off_made_by_raia_sign_meanwhile_shows_after_a_pause`).
#[test]
fn migrate_refuses_a_file_open_in_the_wizard() {
    let env = Env::new();
    let file = env.path("robo.toml");
    std::fs::copy(
        manifest("tests/fixtures/migrate/robo-adviser-2023-09-28.1.toml"),
        &file,
    )
    .unwrap();
    let before = std::fs::read(&file).unwrap();
    let (name, text) = raia::questionnaire::builtin_version("2023-09-28.1").unwrap();
    let old = raia::questionnaire::parse_questionnaire(name, text).unwrap();
    let session = raia::session::Session::open(old, &file).unwrap();
    let held = format!(
        "{} is open in another raia session (pid {},",
        file.display(),
        std::process::id()
    );
    env.raia()
        .arg("migrate")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(held.as_str()))
        .stderr(predicate::str::contains("close it there first"));
    assert_eq!(std::fs::read(&file).unwrap(), before, "migrate wrote");
    // A dry run writes nothing, so it needs no turn.
    env.raia()
        .args(["migrate", "--dry-run"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Dry run:"));
    drop(session);
    env.raia()
        .arg("migrate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Wrote"));
    assert_ne!(std::fs::read(&file).unwrap(), before);
    // The lock file went with the session and with each command.
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("raia-lock"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
