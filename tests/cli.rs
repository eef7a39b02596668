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
    /// `raia` with isolated config/data dirs and a fixed date.
    fn raia(&self) -> Command {
        let mut c = Command::cargo_bin("raia").unwrap();
        c.env("RAIA_CONFIG_DIR", self.path("config"))
            .env("RAIA_DATA_DIR", self.path("data"))
            .env("RAIA_TODAY", "2026-01-15")
            .env_remove("NO_COLOR");
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

#[test]
fn every_command_has_examples_in_its_help() {
    let env = Env::new();
    env.raia()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
    for cmd in [
        "new",
        "resume",
        "list",
        "questions",
        "init",
        "validate",
        "score",
        "report",
    ] {
        env.raia()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    env.raia().arg("--frobnicate").assert().code(2);
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
            "ok (0 of 3 visible questions answered, incomplete: 2 unanswered",
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
            "{}:9:10: `hiring` expects true or false, but the file has the string \"perhaps\"\n  help: write true or false\n",
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
            "ok (questionnaire example-mini version 1: 2 sections, 4 questions, 2 safeguards)",
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
            "Consequential decisions: Hiring and termination (employment)",
        ))
        .stdout(predicate::str::contains("Gaps: none"))
        // The optional owner question is left blank: the count says so.
        .stdout(predicate::str::contains(
            "Assessment complete: 3 of 4 questions answered (the rest are optional).",
        ));
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .success();

    write(
        &file,
        &ANSWERED.replace("role = \"recommends\"", "role = \"decides\""),
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "INCOMPLETE: 1 required note missing (role).",
        ))
        .stdout(predicate::str::contains("human-review [missing]"))
        .stderr(predicate::str::contains("gate: failed"));

    write(
        &file,
        &ANSWERED.replace("voice-clone = \"no\"", "voice-clone = \"no-consent\""),
    );
    env.mini()
        .args(["score", "--gate"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("tier PROHIBITED"))
        .stdout(predicate::str::contains(
            "CONFIRMED Likeness without consent (likeness)",
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
        .stdout(predicate::str::contains("- shown when: hiring = yes"));
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
    env.mini()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"hiring-helper\s+Hiring helper\s+3/4\s+high").unwrap())
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
            Some(a.answers_hash().as_str())
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
        .code(1)
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
            "warning: the answers were given against a different text of `example-mini` version 1",
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
    assert_eq!(a.signoff[0].assessment_hash, a.answers_hash());
    // The file is appended to, not rewritten: comments and layout stay, the diff is the sign-off.
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with(&original), "{text}");
    assert!(text[original.len()..].starts_with("\n[[signoff]]\nname = \"J. Compliance\""));
    let md = env.mini().args(["report"]).arg(&file).output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("| J. Compliance | Risk officer | 2026-01-15 | approved |"),
        "{md}"
    );
    assert!(md.contains("**Sign-off:** 1 current"), "{md}");

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

#[test]
fn sign_refuses_to_approve_a_prohibited_or_incomplete_assessment() {
    let env = Env::new();
    let file = env.path("a.toml");
    write(
        &file,
        &ANSWERED.replace("voice-clone = \"no\"", "voice-clone = \"no-consent\""),
    );
    env.mini()
        .args(["sign", "--name", "J"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "confirm a prohibited use, which cannot be approved",
        ));
    env.mini()
        .args(["sign", "--name", "J", "--decision", "rejected"])
        .arg(&file)
        .assert()
        .success();
    write(&file, &ANSWERED.replace("role = \"recommends\"\n", ""));
    env.mini()
        .args(["sign", "--name", "J"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the assessment is incomplete (1 unanswered",
        ));
    let before = std::fs::read_to_string(&file).unwrap();
    env.mini()
        .args(["sign", "--name", "J", "--date", "2026-02-30"])
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
        .args(["sign", "hiring-helper", "--name", "J"])
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
        .code(1)
        .stdout(predicate::str::contains("To reconcile (1 recorded in place, but the answers do not show it):"))
        .stdout(predicate::str::contains("human-review Human review of adverse decisions: What does the system do in the decision? → Decides on its own"));
    env.mini()
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: safeguard `human-review` is recorded in place, but the answers do not show it"));
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
            .contains("in place (to be confirmed: the answers do not show it)")
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
