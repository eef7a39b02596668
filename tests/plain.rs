//! Plain line-by-line mode: driven through `raia::plain::run` with scripted input, and end to
//! end through the binary (piped stdin, and a terminal with TERM=dumb).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use raia::answer::Answer;
use raia::assessment::read_assessment;
use raia::questionnaire::{Questionnaire, parse_questionnaire};
use raia::session::Session;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// The six metadata details: system, description, (organisation), owner team, assessor,
/// (contact).
const META: &str = "CV screener\nRanks job applicants\n\nTalent team\nAlex\n\n";

/// Runs plain mode on `input`; returns the transcript. Plain mode must never fail on input.
fn drive(session: Session, input: &[u8]) -> String {
    let mut out = Vec::new();
    raia::plain::run(session, &mut Cursor::new(input.to_vec()), &mut out).expect("plain mode runs");
    String::from_utf8(out).expect("output is UTF-8")
}

fn new_session(dir: &Path) -> (Session, PathBuf) {
    let path = dir.join("cv.toml");
    (
        Session::new(common::docs_example(), Some(path.clone()), None),
        path,
    )
}

fn answers(path: &Path, q: &Questionnaire) -> raia::assessment::Assessment {
    read_assessment(path, q).expect("saved file reads back")
}

#[test]
fn a_whole_path_is_saved_and_the_tier_printed() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    // licensed voice; hiring yes; role decides (note required); owner given.
    let input = format!("{META}2\ny\n2\nNobody has time to review\nDana Smith\n\n");
    let out = drive(s, input.as_bytes());

    let q = common::docs_example();
    let a = answers(&path, &q);
    assert_eq!(a.metadata.system, "CV screener");
    assert_eq!(a.metadata.description, "Ranks job applicants");
    assert_eq!(a.metadata.owner_team, "Talent team");
    assert_eq!(a.metadata.assessor, "Alex");
    assert_eq!(a.metadata.organisation, "");
    assert_eq!(a.answers["voice-clone"], Answer::Choice("licensed".into()));
    assert_eq!(a.answers["hiring"], Answer::Bool(true));
    assert_eq!(a.answers["role"], Answer::Choice("decides".into()));
    assert_eq!(a.answers["owner"], Answer::Text("Dana Smith".into()));
    assert_eq!(a.notes["role"], "Nobody has time to review");
    // Finished at the result: resume returns there, as in the wizard (plain mode used to
    // clear the position).
    assert_eq!(a.wizard.position, "result");
    assert!(raia::engine::evaluate(&q, &a).complete);

    assert!(out.contains("Question 1 of 3: Does the system reproduce a real person's voice?"));
    assert!(out.contains("  2. Yes, with the person's consent\n"));
    // Answering hiring = yes shows the role question, so the count grows.
    assert!(out.contains("Question 3 of 4: What does the system do in the decision?"));
    assert!(out.contains("Question 4 of 4, optional: Who is accountable for the system?"));
    assert!(out.contains("All 4 questions are answered."));
    assert!(out.contains("Result: tier high.\n"));
    assert!(out.contains("Consequential decisions: Hiring and termination.\n"));
    assert!(out.contains("Prohibited uses confirmed: none.\n"));
    // The owner's name shows the named-owner safeguard in place (satisfied_when), so one gap.
    assert!(
        out.contains("Safeguards this use needs, still open: 1 (1 the policy requires)."),
        "{out}"
    );
    assert!(out.contains("  Human review of adverse decisions: missing (required by the policy)."));
    assert!(out.contains(&format!(
        "Done. For the full report: raia report {} --format md",
        path.display()
    )));
    assert!(!out.contains("Not complete yet"), "{out}");
    // Plain text for screen readers: no escape sequences, no carriage returns.
    assert!(!out.contains('\x1b'), "no ANSI escapes in:\n{out}");
    assert!(!out.contains('\r'));
}

#[test]
fn a_confirmed_prohibition_is_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(s, format!("{META}3\nn\n\n").as_bytes());
    assert!(out.contains("Result: tier prohibited. This use must not proceed."));
    assert!(out.contains("Prohibited uses confirmed: Likeness without consent."));
    assert!(out.contains(
        "Prohibited use confirmed: Likeness without consent (Does the system reproduce a real person's voice? → Yes, without consent)."
    ), "{out}");
    assert_eq!(
        answers(&path, &common::docs_example()).answers["voice-clone"],
        Answer::Choice("no-consent".into())
    );
}

#[test]
fn back_changes_an_earlier_answer() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(s, format!("{META}3\nback\n1\nn\n\n").as_bytes());
    assert!(out.contains("Current answer: Yes, without consent. Press Enter to keep it."));
    let a = answers(&path, &common::docs_example());
    assert_eq!(a.answers["voice-clone"], Answer::Choice("no".into()));
    assert_eq!(a.answers["hiring"], Answer::Bool(false));
    assert!(out.contains("Result: tier low."));

    // back from the first question reaches the last detail, and Enter keeps it.
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(
        s,
        format!("{META}back\nback\nBob\nlead@example.com\n1\n").as_bytes(),
    );
    assert!(out.contains("Detail 6 of 6: Contact for questions about this use (e-mail), optional"));
    let a = answers(&path, &common::docs_example());
    assert_eq!(a.metadata.contact, "lead@example.com");
    assert_eq!(a.metadata.assessor, "Bob");
    assert_eq!(a.answers["voice-clone"], Answer::Choice("no".into()));
}

#[test]
fn invalid_input_is_asked_again_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    // A new draft: its file is named after the system, so a blank name is refused (the rule
    // the wizard applies too, flow::needs_system_name).
    let drafts = dir.path().join("drafts");
    let s = Session::new(common::docs_example(), None, Some(drafts.clone()));
    let path = drafts.join("cv-screener.toml");
    // Blank system name, a bad option, a bad yes/no, then good answers.
    let input = format!("\n{META}foo\n0\n2\nmaybe\nn\n\\back\n\n");
    let out = drive(s, input.as_bytes());
    assert!(out.contains("System name is required: type it, or quit to stop.\n"));
    assert!(out.contains("\"foo\" is not one of the options: type a number from 1 to 3.\n"));
    assert!(out.contains("\"0\" is not one of the options: type a number from 1 to 3.\n"));
    assert!(out.contains("\"maybe\" is not yes or no: type y or n.\n"));
    // The question is not asked again in full after a mistake: the reason is the only output.
    assert_eq!(out.matches("Question 1 of 3:").count(), 1);
    let a = answers(&path, &common::docs_example());
    assert_eq!(a.answers["voice-clone"], Answer::Choice("licensed".into()));
    assert_eq!(a.answers["hiring"], Answer::Bool(false));
    // A backslash lets a command word be an answer.
    assert_eq!(a.answers["owner"], Answer::Text("back".into()));

    // The contact's shape is checked as in the wizard: a warning, and the text kept.
    let other = tempfile::tempdir().unwrap();
    let (s, path) = new_session(other.path());
    let out = drive(s, b"CV screener\nRanks\n\nTeam\nAlex\nsam\nquit\n");
    assert!(out.contains(
        "Recorded: Contact for questions about this use (e-mail): sam.\nSaved as typed, but \"sam\" does not look like an e-mail address (name@example.com).\n"
    ), "{out}");
    assert_eq!(
        answers(&path, &common::docs_example()).metadata.contact,
        "sam"
    );

    // With a file, any detail may be left blank for later, as in the wizard, and that is said.
    let (s, path) = new_session(dir.path());
    let out = drive(s, b"\n\nquit\n");
    assert!(out.contains(
        "Left blank for now: System name is required, so it is still needed; back returns to it.\nDetail 2 of 6"
    ), "{out}");
    assert_eq!(
        answers(&path, &common::docs_example()).wizard.position,
        "metadata:organisation"
    );
}

#[test]
fn input_that_is_not_utf8_does_not_stop_plain_mode() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let mut input = b"Caf\xe9 bot\n".to_vec();
    input.extend_from_slice(b"quit\n");
    let out = drive(s, &input);
    assert!(out.contains("To carry on: raia resume --plain"));
    let a = answers(&path, &common::docs_example());
    assert_eq!(a.metadata.system, "Caf\u{fffd} bot");
}

#[test]
fn help_prints_why_and_the_policy_clause() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let out = drive(s, format!("{META}?\nquit\n").as_bytes());
    assert!(out.contains(
        "Why this is asked: Voices need the person's consent or the rights to use them.\n"
    ));
    assert!(out.contains("Policy: Prohibitions (likeness), in Example Policy (2024-01-01).\n"));
    assert!(out.contains("(no, licensed, no-consent)"));
    assert!(out.contains("Commands: back goes to the previous question;"));
    // After the help, the listener is told again what is being asked.
    assert!(out.contains("Back to question 1: Does the system reproduce a real person's voice?"));
}

#[test]
fn a_conditional_question_appears_only_when_its_condition_holds() {
    let role = "What does the system do in the decision?";
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let out = drive(s, format!("{META}1\nn\n\n").as_bytes());
    assert!(
        !out.contains(role),
        "role asked although hiring = no:\n{out}"
    );
    assert!(out.contains("Question 3 of 3, optional: Who is accountable"));

    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let out = drive(s, format!("{META}1\ny\n?\nquit\n").as_bytes());
    assert!(out.contains(&format!("Question 3 of 4: {role}")));
    assert!(
        out.contains("Asked because Is the system used to decide who is hired? → \"Yes\"."),
        "{out}"
    );
}

#[test]
fn a_required_note_is_asked_and_a_skipped_one_shows_as_missing() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    // An empty note is refused; skip leaves it missing.
    let out = drive(s, format!("{META}1\ny\ndecides\n\nskip\n\n\n").as_bytes());
    assert!(out.contains(
        "This answer needs a note. Say why no person reviews the decision.\nType the note on one line, or skip to add it later.\n"
    ));
    assert!(out.contains("A note is needed: type it, or skip to add it later.\n"));
    assert!(out.contains("Skipped. The note is still needed"));
    assert!(out.contains("Notes still needed: question 3."));
    let q = common::docs_example();
    let a = answers(&path, &q);
    assert!(!a.notes.contains_key("role"));
    assert_eq!(raia::engine::evaluate(&q, &a).notes_missing, vec!["role"]);
    // Done at the result while a note is missing: the way back in is said (new-user pass: only
    // the report command was).
    assert!(
        out.contains(&format!(
            "Not complete yet: 1 required note missing. To carry on: raia resume --plain {}",
            path.display()
        )),
        "{out}"
    );

    // Left at the result with the note still missing, resuming goes on at that question (not
    // the whole result read out again); Enter keeps the answer and the note is asked for.
    let s = Session::open(q.clone(), &path).unwrap();
    let out = drive(s, b"\nA recruiter reads a sample weekly\n\n\n");
    assert!(out.contains("Going on at question 3."), "{out}");
    assert!(!out.contains("Going on at the result"), "{out}");
    assert!(out.contains("This answer needs a note."), "{out}");
    let a = answers(&path, &q);
    assert_eq!(a.notes["role"], "A recruiter reads a sample weekly");
    assert!(raia::engine::evaluate(&q, &a).complete);
}

/// Quitting with every question answered but a required note skipped says the note is still
/// owed (a new user was told "44 of 44 questions answered" and nothing of it).
#[test]
fn quitting_with_a_note_owed_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(s, format!("{META}1\ny\ndecides\nskip\nquit\n").as_bytes());
    let p = path.display().to_string();
    assert!(
        out.contains(&format!(
            "Saved to {p}, with 3 of 4 questions answered; 1 required note is still missing.\n"
        )),
        "{out}"
    );
}

#[test]
fn the_note_command_adds_and_removes_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(
        s,
        format!("{META}note\nLicensed from the actor\n2\nquit\n").as_bytes(),
    );
    assert!(out.contains("Note saved: Licensed from the actor\nBack to question 1:"));
    let q = common::docs_example();
    let a = answers(&path, &q);
    assert_eq!(a.notes["voice-clone"], "Licensed from the actor");
    assert_eq!(a.answers["voice-clone"], Answer::Choice("licensed".into()));

    let s = Session::open(q.clone(), &path).unwrap();
    let out = drive(s, b"back\nnote\nremove\nquit\n");
    assert!(out.contains("Current note: Licensed from the actor."));
    assert!(out.contains("Note removed."));
    assert!(!answers(&path, &q).notes.contains_key("voice-clone"));
}

#[test]
fn end_of_input_saves_what_was_given_and_says_how_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(s, format!("{META}2\n").as_bytes());
    assert!(out.ends_with(&format!(
        "The input ended.\nSaved to {p}, with 1 of 3 questions answered.\nTo carry on: raia resume --plain {p}\n",
        p = path.display()
    )));
    let a = answers(&path, &common::docs_example());
    assert_eq!(a.answers["voice-clone"], Answer::Choice("licensed".into()));
    assert_eq!(a.wizard.position, "hiring");
}

#[test]
fn quit_saves_and_says_how_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(
        s,
        format!("{META}1\nquit\nthis line is never read\n").as_bytes(),
    );
    assert!(out.ends_with(&format!(
        "Saved to {p}, with 1 of 3 questions answered.\nTo carry on: raia resume --plain {p}\n",
        p = path.display()
    )));
    assert!(!out.contains("The input ended."));
    assert_eq!(
        answers(&path, &common::docs_example()).answers["voice-clone"],
        Answer::Choice("no".into())
    );
}

#[test]
fn resume_starts_at_the_first_unanswered_question() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    drive(s, format!("{META}1\ny\n").as_bytes());
    let q = common::docs_example();
    // Clear the saved position, as a file written by hand would have none.
    let mut s = Session::open(q.clone(), &path).unwrap();
    s.set_position("".into()).unwrap();
    // One session at a time: this one ends before the next opens the file.
    drop(s);

    let s = Session::open(q.clone(), &path).unwrap();
    let out = drive(s, b"recommends\n\n\n");
    assert!(out.contains(&format!(
        "Resuming {}: 2 of 4 questions answered. Going on at question 3.",
        path.display()
    )));
    assert!(!out.contains("Detail 1 of 6"));
    assert!(!out.contains("Question 1 of"));
    assert!(out.contains("Question 3 of 4: What does the system do in the decision?"));
    let a = answers(&path, &q);
    assert_eq!(a.answers["role"], Answer::Choice("recommends".into()));
    assert_eq!(a.answers["voice-clone"], Answer::Choice("no".into()));
    assert!(out.contains(
        "Safeguards this use needs, still open: 1 (1 that must be in place to show a requirement of the policy is met)."
    ));

    // A saved position wins: the user was there when they stopped.
    let mut s = Session::open(q.clone(), &path).unwrap();
    s.set_position("hiring".into()).unwrap();
    let out = drive(s, b"quit\n");
    assert!(out.contains("Going on at question 2."));
    assert!(out.contains("Question 2 of 4: Is the system used to decide who is hired?\nType y or n.\nCurrent answer: Yes. Press Enter to keep it.\n"));

    // Everything answered: straight to the result.
    let s = Session::open(q.clone(), &path).unwrap();
    let mut s2 = s;
    s2.set_position("".into()).unwrap();
    let out = drive(s2, b"\n");
    // The optional owner question was left blank with Enter.
    assert!(out.contains("Every required question is answered (3 of 4 questions)."));
    assert!(!out.contains("Question "));
}

#[test]
fn review_lists_answers_and_go_jumps() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(
        s,
        format!("{META}2\nnote\nHR decides today.\nreview\ngo 7\ngo 1\n1\nquit\n").as_bytes(),
    );
    // The details and the notes too, as the wizard's review shows them.
    assert!(
        out.contains(
            "Review: 1 of 3 questions answered. Tier so far: low.\nSystem details:\n  System name: CV screener.\n  What the system does, in a sentence or two: Ranks job applicants.\n  Organisation: not given.\n  Owning team (accountable for the system): Talent team.\n  Assessor (who fills this in): Alex.\n  Contact for questions about this use (e-mail): not given.\nQuestions:\n  1. Does the system reproduce a real person's voice? Answer: Yes, with the person's consent.\n  2. Is the system used to decide who is hired? Not answered.\n     Note: HR decides today.\n  3. Who is accountable for the system? Not answered, optional.\n"
        ),
        "{out}"
    );
    assert!(out.contains("There is no question 7: type go and a number from 1 to 3."));
    // After the review and the refused jump, the waiting question is named again.
    assert!(out.contains(
        "Type go and a number to change an answer.\nBack to question 2: Is the system used to decide who is hired?"
    ));
    assert_eq!(
        answers(&path, &common::docs_example()).answers["voice-clone"],
        Answer::Choice("no".into())
    );
    // Answered, question 1 returns to question 2, where go was typed, instead of walking on.
    assert!(
        out.contains("Back to question 2, where go was typed."),
        "{out}"
    );
}

/// A new user changed an answer from the result with go 3, and Enter walked on through the
/// later questions instead of coming back.
#[test]
fn go_from_the_result_comes_back_to_it_once_answered() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let out = drive(
        s,
        format!(
            "{META}1
n

go 1
2

"
        )
        .as_bytes(),
    );
    let after = out.split("Question 1 of").last().unwrap();
    assert!(after.contains("Back to the result."), "{out}");
    assert!(!after.contains("Question 2 of"), "{out}");
    assert!(after.contains("Press Enter to finish"), "{out}");
}

#[test]
fn a_new_draft_is_named_after_the_system() {
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("drafts");
    let s = Session::new(common::docs_example(), None, Some(drafts.clone()));
    // Jumping to a question before the draft has a name would leave answers unsaved.
    let out = drive(s, b"go 1\nCV Screener\nquit\n");
    assert!(
        out.contains("Give the system name first: it names the file your answers are saved to.\n")
    );
    let path = drafts.join("cv-screener.toml");
    assert!(out.contains("Answers are saved as a draft once the system has a name."));
    assert!(out.contains(&format!("Saving to {}.\n", path.display())));
    assert_eq!(
        answers(&path, &common::docs_example()).metadata.system,
        "CV Screener"
    );

    // Quitting before the system name saves nothing, and says so.
    let s = Session::new(common::docs_example(), None, Some(drafts.clone()));
    let out = drive(s, b"quit\n");
    assert!(out.contains("Nothing was saved: no system name was given yet."));
    assert_eq!(std::fs::read_dir(&drafts).unwrap().count(), 1);
}

const KINDS: &str = r#"
[questionnaire]
id = "kinds"
version = "1"
title = "Every kind of question"

[policy]
name = "Example Policy"
date = "2024-01-01"
url = "https://example.com/policy"

[tiers]
medium_at = 4
high_at = 8

[[section]]
id = "all"
title = "All kinds"
intro = "One question of each free-form kind."

[[question]]
id = "channels"
section = "all"
type = "multi"
prompt = "Where is the system used?"

[[question.option]]
id = "web"
label = "On the web"

[[question.option]]
id = "phone"
label = "By phone"

[[question.option]]
id = "kiosk"
label = "In a kiosk"

[[question.option]]
id = "nowhere"
label = "Nowhere yet"
exclusive = true

[[question]]
id = "users"
section = "all"
type = "number"
prompt = "How many people use it each month?"
min = 0
max = 1000000

[[question]]
id = "launch"
section = "all"
type = "date"
prompt = "When does it launch?"

[[question]]
id = "purpose"
section = "all"
type = "long_text"
prompt = "Describe the purpose."
"#;

#[test]
fn multi_number_date_and_long_text_answers() {
    let q = parse_questionnaire("kinds.toml", KINDS).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.toml");
    let s = Session::new(q.clone(), Some(path.clone()), None);
    let input = format!(
        "{META}3, 1, 9\nweb, nowhere\nkiosk web\nlots\n2000000\n1200\n2026-02-30\n2026-03-01\nFirst line\n\nThird line\n.\n\n"
    );
    let out = drive(s, input.as_bytes());
    assert!(out.contains("Section 1 of 1: All kinds\nOne question of each free-form kind.\n"));
    assert!(out.contains(
        "\"9\" is not one of the options: type numbers from 1 to 4 separated by commas, or none.\n"
    ));
    // An exclusive option with another is asked again, not a failed save.
    assert!(out.contains("\"Nowhere yet\" cannot be combined with other options: choose it alone"));
    assert!(out.contains("Type a number from 0 to 1000000.\n"));
    assert!(out.contains("\"lots\" is not a number: type one from 0 to 1000000.\n"));
    assert!(out.contains("2000000 is out of range: type a number from 0 to 1000000.\n"));
    assert!(out.contains("\"2026-02-30\" is not a date"));
    assert!(out.contains("End it with a line holding only a dot."));
    let a = answers(&path, &q);
    assert_eq!(
        a.answers["channels"],
        Answer::Choices(vec!["web".into(), "kiosk".into()])
    );
    assert_eq!(a.answers["users"], Answer::Number(1200.0));
    assert_eq!(a.answers["launch"], Answer::Date("2026-03-01".into()));
    assert_eq!(
        a.answers["purpose"],
        Answer::Text("First line\n\nThird line".into())
    );

    // Input that ends inside a long answer keeps the text typed so far.
    let mut s = Session::open(q.clone(), &path).unwrap();
    s.set_position("purpose".into()).unwrap();
    let out = drive(s, b"Rewritten\nstill going");
    assert!(out.contains("the text typed so far is saved"));
    assert!(out.contains("To carry on: raia resume --plain"));
    assert_eq!(
        answers(&path, &q).answers["purpose"],
        Answer::Text("Rewritten\nstill going".into())
    );
}

// ---- the binary ----

struct Env {
    dir: tempfile::TempDir,
    questionnaire: PathBuf,
}

impl Env {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let questionnaire = dir.path().join("mini.toml");
        std::fs::write(&questionnaire, common::docs_example_text()).unwrap();
        Env { dir, questionnaire }
    }

    /// `raia COMMAND --plain FILE` in a pseudo-terminal with TERM=dumb.
    #[cfg(unix)]
    fn spawn_plain(&self, command: &str, file: &Path) -> rexpect::session::PtySession {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("raia"));
        cmd.env("TERM", "dumb")
            .env("RAIA_DATA_DIR", self.dir.path().join("data"))
            .env("RAIA_CONFIG_DIR", self.dir.path().join("config"))
            .arg("--questionnaire")
            .arg(&self.questionnaire)
            .args([command, "--plain"])
            .arg(file);
        rexpect::session::spawn_command(cmd, Some(20_000)).unwrap()
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::cargo_bin("raia").unwrap();
        c.env("RAIA_DATA_DIR", self.dir.path().join("data"))
            .env("RAIA_CONFIG_DIR", self.dir.path().join("config"))
            .env("RAIA_TODAY", "2026-01-15")
            .env_remove("NO_COLOR")
            .arg("--questionnaire")
            .arg(&self.questionnaire);
        c
    }
}

#[test]
fn binary_new_plain_answers_from_stdin() {
    let env = Env::new();
    let file = env.dir.path().join("cv.toml");
    let out = env
        .cmd()
        .args(["new", "--plain"])
        .arg(&file)
        .write_stdin(format!("{META}2\ny\n1\nDana\n\n"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("Result: tier high."));
    assert!(!out.contains('\x1b'));
    let a = answers(&file, &common::docs_example());
    assert_eq!(a.metadata.created, "2026-01-15");
    assert_eq!(a.answers["role"], Answer::Choice("recommends".into()));
    assert_eq!(a.answers.len(), 4);
}

/// A typo in a script was asked again and the next line read as the retry, so every later
/// answer landed on the wrong question and raia exited 0 (a plain-mode review): piped input
/// stops at the first refused answer, naming its line, with what came before saved.
#[test]
fn binary_stops_a_script_at_its_first_refused_answer() {
    let env = Env::new();
    let file = env.dir.path().join("cv.toml");
    env.cmd()
        .args(["new", "--plain"])
        .arg(&file)
        .write_stdin(format!("{META}9\ny\n1\nDana\n\n"))
        .assert()
        .failure()
        .stderr(predicates::str::contains("error: input line 7: "))
        .stderr(predicates::str::contains(
            "so that the lines after it do not answer the wrong questions",
        ));
    let a = answers(&file, &common::docs_example());
    assert!(a.answers.is_empty(), "{:?}", a.answers);
    assert_eq!(a.metadata.system, "CV screener");
}

/// `new --plain` on a file that exists pointed a screen-reader user to the full-screen wizard
/// (a plain-mode review): it names the plain way on.
#[test]
fn binary_new_plain_on_an_existing_file_names_the_plain_way_on() {
    let env = Env::new();
    let file = env.dir.path().join("cv.toml");
    std::fs::write(&file, "schema_version = 1\n").unwrap();
    env.cmd()
        .args(["new", "--plain"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "continue it with `raia resume --plain ",
        ));
}

#[test]
fn binary_uses_plain_mode_when_stdin_is_not_a_terminal() {
    let env = Env::new();
    let file = env.dir.path().join("cv.toml");
    let out = env
        .cmd()
        .arg("new")
        .arg(&file)
        .write_stdin(format!("{META}1\n"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.starts_with("raia plain mode: A minimal questionnaire, version 1.\n"));
    assert!(out.contains(&format!(
        "To carry on: raia resume --plain {}",
        file.display()
    )));

    // And resume, again without --plain, goes on where the input stopped.
    let out = env
        .cmd()
        .arg("resume")
        .arg(&file)
        .write_stdin("n\n\n\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("Going on at question 2."));
    let a = answers(&file, &common::docs_example());
    assert_eq!(a.answers["hiring"], Answer::Bool(false));
    assert!(out.contains("Result: tier low."));
}

#[test]
fn binary_new_draft_lands_in_the_data_directory() {
    let env = Env::new();
    env.cmd()
        .args(["new", "--plain"])
        .write_stdin(format!("{META}quit\n"))
        .assert()
        .success();
    let draft = env.dir.path().join("data/drafts/cv-screener.toml");
    assert_eq!(
        answers(&draft, &common::docs_example()).metadata.system,
        "CV screener"
    );
}

#[cfg(unix)]
#[test]
fn binary_on_a_dumb_terminal_asks_line_by_line() {
    use rexpect::process::wait::WaitStatus;
    let env = Env::new();
    let file = env.dir.path().join("tty.toml");
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("raia"));
    cmd.env("TERM", "dumb")
        .env("RAIA_DATA_DIR", env.dir.path().join("data"))
        .env("RAIA_CONFIG_DIR", env.dir.path().join("config"))
        .env("RAIA_TODAY", "2026-01-15")
        .arg("--questionnaire")
        .arg(&env.questionnaire)
        .arg("new")
        .arg(&file);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("Detail 1 of 6: System name").unwrap();
    p.send_line("Terminal bot").unwrap();
    p.exp_string("Detail 2 of 6").unwrap();
    p.send_line("quit").unwrap();
    p.exp_string("To carry on: raia resume --plain").unwrap();
    p.exp_eof().unwrap();
    assert!(matches!(
        p.process().wait().unwrap(),
        WaitStatus::Exited(_, 0)
    ));
    assert_eq!(
        answers(&file, &common::docs_example()).metadata.system,
        "Terminal bot"
    );
}

/// A new-user pass: the report asked for an owner and a target date beside each planned
/// safeguard, and neither mode could record them. Plain mode asks for both after a status that
/// is not in place, checks the date, and undo takes the plan back.
#[test]
fn a_planned_safeguard_gets_an_owner_and_a_target_date() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let input = format!(
        "{META}1\ny\n1\n\nsafeguards\n2\nHiring the owner\nDana Smith\n2026-13-01\n2099-03-31\nundo\nquit\n"
    );
    let out = drive(s, input.as_bytes());
    assert!(
        out.contains("Who is to put it in place (a name or a team)? Type it, or press Enter to leave it blank.\n"),
        "{out}"
    );
    assert!(
        out.contains("\"2026-13-01\" is not a date: a month runs from 01 to 12, or press Enter.\n"),
        "{out}"
    );
    // The example is a day to come (a new-user review saw one already past).
    assert!(raia::session::example_target_date() > raia::session::today());
    assert!(
        out.contains(
            "Recorded: the plan for Named accountable owner: Dana Smith, by 2099-03-31.\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("Undone: \"Named accountable owner\" has no owner or target date again."),
        "{out}"
    );
    let a = answers(&path, &common::docs_example());
    assert!(!a.plans.contains_key("named-owner"), "{:?}", a.plans);
    assert_eq!(
        a.safeguards["named-owner"].status,
        raia::assessment::SafeguardStatus::Planned
    );
    // Recorded again, it is in the file and in the report's plan.
    let s = Session::open(common::docs_example(), &path).unwrap();
    drive(s, b"safeguards\n2\n\nDana Smith\n2099-03-31\nquit\n");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("owner = \"Dana Smith\"\ntarget = \"2099-03-31\""),
        "{text}"
    );
    let q = common::docs_example();
    let a = answers(&path, &q);
    let md = raia::report::render(
        &q,
        &a,
        raia::report::Format::Markdown,
        &raia::report::Templates::builtin().unwrap(),
    )
    .unwrap();
    assert!(
        md.contains("planned: Dana Smith to put it in place by 2099-03-31"),
        "{md}"
    );
    // "Name, date", as the wizard's plan dialog takes it, is the owner and the target (a review
    // saw the date kept in the owner's name).
    let s = Session::open(common::docs_example(), &path).unwrap();
    let out = drive(
        s,
        b"safeguards
2

Bo Chan, 2027-02-01
quit
",
    );
    assert!(
        out.contains("Recorded: the plan for Named accountable owner: Bo Chan, by 2027-02-01.\n"),
        "{out}"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("owner = \"Bo Chan\"\ntarget = \"2027-02-01\""),
        "{text}"
    );
}

#[test]
fn missing_safeguards_can_be_recorded_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    // "recommends" shows human review is in place, so only the named owner is a gap.
    let input = format!("{META}1\ny\n1\n\nsafeguards\n5\n2\nOwner to be named in March\n\n");
    let out = drive(s, input.as_bytes());
    assert!(out.contains("Safeguards this use needs, still open: 1 (1 that must be in place to show a requirement of the policy is met).\n  Named accountable owner: missing (needed to show \"Accountability\", which the policy requires, is met: one such safeguard must be in place).\nType safeguards to record their status and evidence.\n"), "{out}");
    assert!(out.contains("Safeguard 1 of 1: Named accountable owner\nWhat good looks like: A named person owns the system and its decisions.\n"));
    assert!(out.contains("\"5\" is not a status: type a number from 1 to 4.\n"));
    // What was recorded is said back, as after an answer.
    assert!(
        out.contains(
            "Recorded: Named accountable owner: planned; evidence: Owner to be named in March.\n"
        ),
        "{out}"
    );
    // Planned still counts as a gap, and the result is shown again with it.
    assert!(out.contains("  Named accountable owner: planned (needed to show \"Accountability\", which the policy requires, is met: one such safeguard must be in place).\n"));
    let a = answers(&path, &common::docs_example());
    let entry = &a.safeguards["named-owner"];
    assert_eq!(entry.status, raia::assessment::SafeguardStatus::Planned);
    assert_eq!(entry.evidence, "Owner to be named in March");

    // Going through the safeguards again: Enter at the evidence keeps what is recorded.
    let s = Session::open(common::docs_example(), &path).unwrap();
    let out = drive(
        s,
        b"safeguards
3


",
    );
    assert!(out.contains("Evidence now: Owner to be named in March. Type new evidence, or press Enter to keep it."), "{out}");
    let a = answers(&path, &common::docs_example());
    assert_eq!(
        a.safeguards["named-owner"].evidence,
        "Owner to be named in March"
    );
    assert_eq!(
        a.safeguards["named-owner"].status,
        raia::assessment::SafeguardStatus::Missing
    );
}

#[test]
fn a_skipped_required_question_leaves_the_assessment_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let out = drive(s, format!("{META}skip\nskip\n\n\n").as_bytes());
    assert!(out.contains("Skipped. It still needs an answer before the assessment is complete.\n"));
    assert!(out.contains(
        "Not answered yet: questions 1, 2, so the assessment is incomplete.\nType go and a number to answer one.\n"
    ));
    let q = common::docs_example();
    let e = raia::engine::evaluate(&q, &answers(&path, &q));
    assert_eq!(e.unanswered, vec!["voice-clone", "hiring"]);
}

#[cfg(unix)]
#[test]
fn binary_killed_mid_way_keeps_every_answer_given() {
    use rexpect::process::signal::Signal;
    let env = Env::new();
    let file = env.dir.path().join("killed.toml");
    let mut p = env.spawn_plain("new", &file);
    for line in META.lines() {
        p.send_line(line).unwrap();
    }
    p.exp_string("Question 1 of 3").unwrap();
    p.send_line("3").unwrap();
    // Once the next question is printed, the answer before it is on disk.
    p.exp_string("Question 2 of 3").unwrap();
    p.process_mut().kill(Signal::SIGKILL).unwrap();
    let a = answers(&file, &common::docs_example());
    assert_eq!(a.metadata.assessor, "Alex");
    assert_eq!(
        a.answers["voice-clone"],
        Answer::Choice("no-consent".into())
    );
    assert_eq!(a.wizard.position, "hiring");
}

#[test]
fn resume_asks_a_missing_detail_then_goes_on_with_the_questions_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    drive(s, format!("{META}1\ny\n").as_bytes());
    let q = common::docs_example();
    let mut s = Session::open(q.clone(), &path).unwrap();
    s.set_metadata(raia::assessment::Detail::Assessor, "")
        .unwrap();
    s.set_position("".into()).unwrap();
    drop(s);

    let s = Session::open(q.clone(), &path).unwrap();
    let out = drive(s, b"Robin\n\nquit\n");
    assert!(out.contains("Detail 5 of 6: Assessor (who fills this in)\n"));
    // The optional contact comes next, then the first question still to answer: a listener
    // heard every answer read out again from question 1 (a plain-mode review); go 1 walks them.
    assert!(out.contains("Detail 6 of 6"));
    assert!(
        out.contains("Going on at question 3, the first still to answer.\n"),
        "{out}"
    );
    assert!(!out.contains("Question 1 of 4"), "{out}");
    assert_eq!(answers(&path, &q).metadata.assessor, "Robin");
}

#[test]
fn an_answer_that_adds_questions_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let out = drive(s, format!("{META}1\ny\nquit\n").as_bytes());
    assert!(
        out.contains("This answer adds 1 question: there are now 4."),
        "{out}"
    );
}

#[test]
fn none_means_the_none_option_and_cannot_be_mixed() {
    let q = parse_questionnaire("kinds.toml", KINDS).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.toml");
    let s = Session::new(q.clone(), Some(path.clone()), None);
    let out = drive(s, format!("{META}none, 3\nnone\nquit\n").as_bytes());
    assert!(out.contains(
        "\"none\" cannot be combined with other choices: type none alone, or only the numbers."
    ));
    // "none" picks the question's exclusive "Nowhere yet" option.
    assert_eq!(
        answers(&path, &q).answers["channels"],
        Answer::Choices(vec!["nowhere".into()])
    );
}

#[cfg(unix)]
#[test]
fn binary_a_second_session_on_an_open_file_is_told_who_has_it() {
    let env = Env::new();
    let file = env.dir.path().join("shared.toml");
    env.cmd()
        .args(["new", "--plain"])
        .arg(&file)
        .write_stdin(format!("{META}quit\n"))
        .assert()
        .success();
    let spawn = || env.spawn_plain("resume", &file);
    let mut first = spawn();
    first.exp_string("Question 1 of 3").unwrap();
    // The second session has no copy of what the first one is about to answer: it must not
    // be able to write the file at all.
    let mut second = spawn();
    let said = second.exp_eof().unwrap();
    assert!(
        said.contains("is open in another raia session (pid "),
        "{said}"
    );
    first.send_line("3").unwrap();
    first.exp_string("Question 2 of 3").unwrap();
    first.send_line("quit").unwrap();
    first.exp_eof().unwrap();
    assert_eq!(
        answers(&file, &common::docs_example()).answers["voice-clone"],
        Answer::Choice("no-consent".into())
    );
    // Closed: the next session opens it.
    let mut third = spawn();
    third.exp_string("Resuming").unwrap();
    third.send_line("quit").unwrap();
    third.exp_eof().unwrap();
}

#[test]
fn a_whole_number_above_two_to_the_53_is_refused_not_rounded() {
    let q = parse_questionnaire("kinds.toml", KINDS).unwrap();
    let mut n = q
        .questions
        .iter()
        .find(|x| x.kind == raia::questionnaire::QuestionKind::Number)
        .unwrap()
        .clone();
    n.max = None;
    let err = raia::typed::parse_answer(&n, "9007199254740993").unwrap_err();
    assert!(err.starts_with("9007199254740993 is beyond 2^53"), "{err}");
    // No way out that typing refuses: an exponent is read in a file, not here.
    assert!(err.ends_with("use a smaller one"), "{err}");
    assert!(raia::typed::parse_answer(&n, "9.1e15").is_err());
    let err = raia::typed::parse_answer(&n, "9007199254740993.0").unwrap_err();
    assert!(
        err.starts_with("9007199254740993.0 is beyond 2^53"),
        "{err}"
    );
    assert_eq!(
        raia::typed::parse_answer(&n, "9007199254740992"),
        Ok(Some(Answer::Number(9_007_199_254_740_992.0)))
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 32, ..Default::default() })]

    /// Issue 7, point 10: plain mode echoed control bytes from answers, details and the
    /// questionnaire. Every line it prints must show them escaped, in a new session, in invalid
    /// input it repeats, in the review, the result and on resume.
    #[test]
    fn no_control_character_from_answers_or_the_questionnaire_reaches_the_output(
        h in common::hostile_text()
    ) {
        let q = parse_questionnaire("hostile.toml", &common::hostile_questionnaire_text(&h))
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let name: String = h.chars().filter(|c| !matches!(c, '/' | '\0')).collect();
        let path = dir.path().join(format!("{name}.toml"));
        // A typed line cannot hold a line break.
        let l: String = h.chars().filter(|c| !matches!(c, '\n' | '\r')).collect();
        let input = format!(
            "{l}\n{l}\n{l}\n{l}\n{l}\n{l}\n{l}\n1\ny\nreview\n2\n{l}\n{l}\n\n"
        );
        let out = drive(Session::new(q.clone(), Some(path.clone()), None), input.as_bytes());
        common::assert_terminal_safe("plain mode", out.as_bytes());
        let out = drive(Session::open(q, &path).unwrap(), b"review\nback\nquit\n");
        common::assert_terminal_safe("plain mode, resumed", out.as_bytes());
    }
}

#[test]
fn plain_mode_shows_a_hostile_answer_escaped_when_it_repeats_it() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let out = drive(s, format!("{META}x\u{1b}[2Jy\u{9b}\nquit\n").as_bytes());
    assert!(
        out.contains("\"x\\x1b[2Jy\\x9b\" is not one of the options: type a number from 1 to 3.\n"),
        "{out}"
    );
}

/// Issue 11, points 4, 7 and 8: answers are read in full, "120,000" and "none" read as in the
/// wizard, every re-prompt repeats the question and how to answer it, and each answer is echoed.
#[test]
fn answers_are_read_in_full_echoed_and_re_prompted_evenly() {
    let q = parse_questionnaire("kinds.toml", KINDS).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.toml");
    let s = Session::new(q.clone(), Some(path.clone()), None);
    let input = format!(
        "?\n{META}?\n1, 2, 3\n120,000\n2026-03-01\nFirst line\nSecond line that is the end.\n.\ngo 1\n\nreview\ngo 4\n\nquit\n"
    );
    let out = drive(s, input.as_bytes());
    // Help at a detail asks the detail again, with how to answer it.
    assert!(
        out.contains("Back to detail 1 of 6: System name\nType it; it is required.\n"),
        "{out}"
    );
    // Help at a question repeats the question, its options (the new-user pass found them far
    // above, past the help) and the answering instructions.
    assert!(
        out.contains("Back to question 1: Where is the system used?\n  1. On the web\n  2. By phone\n  3. In a kiosk\n  4. Nowhere yet\nType the numbers of all that apply, separated by commas, or none for \"Nowhere yet\".\n"),
        "{out}"
    );
    // The wizard's parser: thousands separators.
    let a = answers(&path, &q);
    assert_eq!(a.answers["users"], Answer::Number(120_000.0));
    // Each answer is echoed as recorded; Enter on a kept one says so.
    assert!(
        out.contains("Recorded: System name: CV screener.\n"),
        "{out}"
    );
    assert!(
        out.contains("Recorded: On the web; By phone; In a kiosk.\n"),
        "{out}"
    );
    assert!(out.contains("Recorded: 120,000.\n"), "{out}");
    assert!(
        out.contains("Kept: On the web; By phone; In a kiosk.\n"),
        "{out}"
    );
    // Never cut: every line of a long answer, with no "(and more)".
    assert!(!out.contains("(and more)"), "{out}");
    assert!(
        out.contains("Answer: \n  First line\n  Second line that is the end.\n"),
        "{out}"
    );
    assert!(
        out.contains("Current answer: \n  First line\n  Second line that is the end.\nPress Enter to keep it; what you type replaces it.\n"),
        "{out}"
    );
}

/// Issue 11, points 6 and 9: result, safeguards and export go straight there and say how to
/// return; a tier change is said in words the moment it happens; undo takes a change back.
#[test]
fn result_safeguards_export_and_undo_go_straight_there_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let input = format!("{META}1\ny\nresult\nback\nundo\nsafeguards\n\nback\nexport\nquit\n");
    let out = drive(s, input.as_bytes());
    assert!(
        out.contains("The tier is now high (was low), because Hiring and termination: a consequential decision, so at least high.\n"),
        "{out}"
    );
    // Typed at question 3 of 4: the tier is provisional, and says so.
    assert!(
        out.contains("Result so far: tier high on the answers given; it may change once the rest are answered."),
        "{out}"
    );
    assert!(!out.contains("Result: tier high."), "{out}");
    assert!(out.contains("back returns to question 3"), "{out}");
    // back returns to the question result was typed at.
    let after_back = out.split("back returns to question 3").nth(1).unwrap();
    assert!(
        after_back.contains("Question 3 of 4: What does the system do in the decision?"),
        "{after_back}"
    );
    assert!(
        out.contains("Undone: \"Is the system used to decide who is hired?\" is unanswered again.\nThe tier is now low (was high), because score "),
        "a sentence's first word is no title (new-user pass: \"because Score 8\"): {out}"
    );
    // The answer taken back is asked again, and back from the result returns to it.
    let after_undo = out.split("is unanswered again.").nth(1).unwrap();
    assert!(
        after_undo.contains("Question 2 of 3: Is the system used to decide who is hired?"),
        "{after_undo}"
    );
    assert!(
        after_undo.contains("back returns to question 2"),
        "{after_undo}"
    );
    assert!(out.contains("Safeguard 1 of "), "{out}");
    for ext in [
        "report.md",
        "report.toml",
        "report.json",
        "report.csv",
        "info-request.md",
    ] {
        let report = dir.path().join(format!("cv.{ext}"));
        assert!(report.exists(), "{ext}: {out}");
        assert!(
            out.contains(&format!("Wrote {}.", report.display())),
            "{out}"
        );
    }
    let a = answers(&path, &common::docs_example());
    assert!(!a.answers.contains_key("hiring"), "the undo is saved");
}

/// Issue 11, point 5: plain mode has a home: the drafts with their progress ("incomplete",
/// not a tier), one to resume by number, or a new assessment; a reused name is said.
#[test]
fn plain_home_lists_drafts_resumes_one_and_names_a_reused_name() {
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let q = common::docs_example();
    let mut s = Session::new(q.clone(), None, Some(drafts.clone()));
    s.set_metadata(raia::assessment::Detail::System, "CV screener")
        .unwrap();
    s.set_answer("hiring", Some(Answer::Bool(true))).unwrap();
    drop(s);
    let run = |input: &str| {
        let mut out = Vec::new();
        raia::plain::run_home(
            q.clone(),
            Some(drafts.clone()),
            None,
            &mut Cursor::new(input.as_bytes().to_vec()),
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    };
    let out = run("7\n1\nquit\n");
    assert!(out.contains("1 draft in "), "{out}");
    assert!(
        out.contains("  1. CV screener (cv-screener): 1 of 4 questions answered, last edited "),
        "{out}"
    );
    assert!(out.contains(", tier incomplete.\n"), "{out}");
    assert!(
        out.contains("\"7\" is not a draft: type a number from 1 to 1"),
        "{out}"
    );
    assert!(out.contains("Resuming "), "{out}");
    // Enter starts anew; the same system name is a separate draft, and says so.
    let out = run(&format!("\n{META}quit\n"));
    assert!(
        out.contains("A draft named cv-screener already exists, so this one is a separate draft. To continue cv-screener instead, quit and type: raia resume --plain cv-screener"),
        "{out}"
    );
    assert!(drafts.join("cv-screener-2.toml").exists());
    // A file opened by name is listed after the drafts, and not called one (a second new-user
    // review).
    let named = dir.path().join("mine.toml");
    let mut s = Session::new(q.clone(), Some(named.clone()), Some(drafts.clone()));
    s.set_metadata(raia::assessment::Detail::System, "Mine")
        .unwrap();
    drop(s);
    // As `raia resume FILE` does.
    raia::assessment::store::remember_file(&drafts, &named).unwrap();
    let out = run("quit\n");
    assert!(
        out.contains("raia plain mode. 2 drafts in ")
            && out.contains(", then 1 assessment file opened by name:\n"),
        "{out}"
    );
    assert!(out.contains("  3. Mine ("), "{out}");
}

/// Issue 11, point 14: plain mode's `redo` makes again what `undo` took back, through the same
/// session as the wizard.
#[test]
fn redo_makes_again_what_undo_took_back() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    // After redo the next line answers the question that came next, as it did before undo: a
    // new user's next answer was saved over the answer redo had just put back.
    let out = drive(s, format!("{META}2\nundo\nredo\nn\nquit\n").as_bytes());
    assert!(
        out.contains(
            "Undone: \"Does the system reproduce a real person's voice?\" is unanswered again."
        ),
        "{out}"
    );
    let after_redo = &out[out.find("Redone:").unwrap()..];
    assert!(
        after_redo.contains("Is the system used to decide who is hired?"),
        "{after_redo}"
    );
    assert!(
        out.contains("Redone: \"Does the system reproduce a real person's voice?\" is now"),
        "{out}"
    );
    let a = answers(&path, &common::docs_example());
    assert_eq!(a.answers["voice-clone"], Answer::Choice("licensed".into()));
    assert_eq!(a.answers["hiring"], Answer::Bool(false));
}

/// Issue 7, point 1: plain mode's `export` keeps a report someone edited since raia wrote it,
/// says so, and says how to write the report elsewhere; the reports nobody touched are written.
#[test]
fn export_keeps_a_report_someone_edited() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let input = format!("{META}1\ny\nexport\nquit\n");
    let out = drive(s, input.as_bytes());
    // A new user exported a draft with 17 questions unanswered and was not told.
    assert!(
        out.contains("The assessment is incomplete (1 required question unanswered): the reports say so at the top."),
        "{out}"
    );
    // The response to AWS, as the wizard's export step says it.
    assert!(
        out.contains("The Info request, for AWS, states the gate fails and nothing approves it: read it first."),
        "{out}"
    );
    let json = dir.path().join("cv.report.json");
    assert!(out.contains(&format!("Wrote {}.", json.display())), "{out}");
    let edited = std::fs::read_to_string(&json).unwrap().replacen(
        "\"tier\": \"high\"",
        "\"tier\": \"medium\"",
        1,
    );
    std::fs::write(&json, &edited).unwrap();
    let s = Session::open(common::docs_example(), &path).unwrap();
    let out = drive(s, b"export\nquit\n");
    assert!(
        out.contains(&format!(
            "not written: {} was changed since raia wrote it; write it elsewhere with: raia report {} --format json --out FILE; to replace it and lose what is in it: raia report {} --format json --out {} --force\n",
            json.display(),
            path.display(),
            path.display(),
            json.display()
        )),
        "{out}"
    );
    assert_eq!(std::fs::read_to_string(&json).unwrap(), edited);
    let md = dir.path().join("cv.report.md");
    assert!(out.contains(&format!("Wrote {}.", md.display())), "{out}");
}

/// A new user opened a draft's report and was told to open an assessment beside it that did
/// not exist (drafts live in raia's data directory): the hint names the draft to resume.
#[test]
fn opening_a_drafts_report_names_the_draft() {
    let drafts = raia::paths::drafts_dir().expect("a data directory in tests");
    std::fs::create_dir_all(&drafts).unwrap();
    let name = "report-hint-draft";
    let q = common::docs_example();
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(dir.path());
    s.assessment.metadata.system = "Report hint".into();
    std::fs::write(
        drafts.join(format!("{name}.toml")),
        s.assessment.to_toml(&q),
    )
    .unwrap();
    let report = dir.path().join(format!("{name}.report.md"));
    let text = raia::report::render(
        &q,
        &s.assessment,
        raia::report::Format::Markdown,
        &raia::report::Templates::builtin().unwrap(),
    )
    .unwrap();
    std::fs::write(&report, text).unwrap();
    let err = Session::open(q, &report)
        .err()
        .expect("a report is not opened");
    let msg = format!("{err:#}");
    assert!(
        msg.contains(&format!(
            "it was written from the draft {name}: resume that (raia resume {name})"
        )),
        "{msg}"
    );
    let _ = std::fs::remove_file(drafts.join(format!("{name}.toml")));
}

/// A new user's result, review and export were refused at a safeguard's status prompt, and
/// after ? or export the prompt waiting was not said again.
#[test]
fn every_prompt_takes_the_common_words_and_says_again_what_it_waits_for() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let input = format!("{META}1\ny\n1\n\nsafeguards\nreview\n?\n\nexport\n\n");
    let out = drive(s, input.as_bytes());
    assert!(
        !out.contains("Type a status number, or press Enter to leave it."),
        "{out}"
    );
    // The status prompt: once, after review, after ?.
    assert_eq!(out.matches("Status now: missing.").count(), 3, "{out}");
    assert!(
        out.contains("result, review, export, undo and go N work here too"),
        "{out}"
    );
    // Export at the result, then the result's prompt again.
    let after_export = out.rsplit("Wrote ").next().unwrap();
    assert!(
        after_export
            .contains("Press Enter to finish, or type back, review, go and a number, safeguards, export or sign."),
        "{out}"
    );
}

/// A placeholder typed as an answer is saved as typed, but plain mode says it leaves the
/// question unanswered, as the result then counts it.
#[test]
fn a_placeholder_answer_is_said_not_to_count() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let input = format!("{META}2\ny\n2\nNobody has time to review\nn/a\n\n");
    let out = drive(s, input.as_bytes());
    let q = common::docs_example();
    let a = answers(&path, &q);
    assert_eq!(a.answers["owner"], Answer::Text("n/a".into()));
    assert!(
        out.contains(raia::explain::PLACEHOLDER_ANSWER),
        "said once it is saved:\n{out}"
    );
    // The count of answers agrees: one fewer than with a real answer, which is not told off.
    let other = tempfile::tempdir().unwrap();
    let (s, _) = new_session(other.path());
    let input = format!("{META}2\ny\n2\nNobody has time to review\nDana Smith\n\n");
    let real = drive(s, input.as_bytes());
    assert!(!real.contains(raia::explain::PLACEHOLDER_ANSWER));
    assert!(out.contains("(3 of 4 questions)"), "{out}");
    assert!(real.contains("All 4 questions are answered."), "{real}");
    // Reopened: the review lists it as not answered, with what was typed, and at the question
    // the placeholder is not offered as an answer to keep.
    let s = Session::open(q.clone(), &path).unwrap();
    let out = drive(s, b"review\ngo 4\n\nquit\n");
    assert!(
        out.contains("Not answered, optional: \"n/a\" does not count."),
        "{out}"
    );
    assert!(
        out.contains("Not answered yet: \"n/a\" does not count."),
        "{out}"
    );
    assert!(!out.contains("Current answer: n/a"), "{out}");
}

/// A note written for one answer is flagged when another option is picked, in the words the
/// wizard uses (new-user pass).
#[test]
fn changing_an_answer_that_has_a_note_says_to_check_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let input = format!("{META}2\ny\n2\nNobody has time to review\nDana Smith\ngo 3\n1\n\nquit\n");
    let out = drive(s, input.as_bytes());
    let said = "Its note was written for the earlier answer: check it still fits (type note to change it).";
    assert_eq!(out.matches(said).count(), 1, "{out}");
    // What was recorded comes first, then what to check; a required note typed is confirmed.
    let at = out.find(said).unwrap();
    assert!(
        out[..at]
            .trim_end()
            .ends_with("Recorded: Recommends; a person decides."),
        "{out}"
    );
    assert!(
        out.contains("Note saved: Nobody has time to review\n"),
        "{out}"
    );
}

/// An answer changed both here and in the file meanwhile: plain mode says the file's value is
/// kept, with both values, and how to keep the typed one (the wizard says it too).
#[test]
fn an_answer_changed_in_the_file_meanwhile_is_said_with_both_values() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    // A first pass writes the file; the owner is left unanswered.
    drive(
        s,
        format!("{META}2\ny\n2\nNobody has time to review\n\nquit\n").as_bytes(),
    );
    let q = common::docs_example();
    let mut s = Session::open(q.clone(), &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace("[answers]\n", "[answers]\nowner = \"Dana\"\n");
    assert_ne!(text, edited);
    std::fs::write(&path, &edited).unwrap();
    // Typed here before the edit was seen: the save that follows meets the file's value.
    s.set_answer("owner", Some(Answer::Text("Robin".into())))
        .unwrap();
    let out = drive(s, b"quit\n");
    assert!(
        out.contains("was changed meanwhile too: the file's value is kept for the answer to \"Who is accountable for the system?\" (here \"Robin\", in the file \"Dana\"). Give yours again to keep it."),
        "{out}"
    );
    assert_eq!(
        answers(&path, &q).answers["owner"],
        Answer::Text("Dana".into())
    );
}

/// Not applicable on a safeguard the policy requires is said to stay to be confirmed at once,
/// in the wizard's words (new-user pass, second round: plain mode said it only in the result).
#[test]
fn not_applicable_on_a_safeguard_the_policy_requires_is_said_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let input = format!(
        "{META}1\ny\n2\nNobody has time to review\nDana Smith\nsafeguards\n4\nWe think it does not apply\n\n\n\nquit\n"
    );
    let out = drive(s, input.as_bytes());
    let said = raia::explain::NOT_APPLICABLE_UNDER_POLICY;
    let recorded = out
        .find("Recorded: Human review of adverse decisions: not applicable")
        .unwrap_or_else(|| panic!("{out}"));
    assert!(out[recorded..].contains(said), "{out}");
}

/// Input that writes `text` to `path` once the line before `at` (a byte offset) has been read:
/// a hand edit made while plain mode waits at a prompt.
struct EditWhileWaiting {
    input: Cursor<Vec<u8>>,
    at: u64,
    path: PathBuf,
    text: Option<String>,
}

impl std::io::Read for EditWhileWaiting {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.input.read(buf)
    }
}

impl std::io::BufRead for EditWhileWaiting {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.input.position() >= self.at
            && let Some(text) = self.text.take()
        {
            std::fs::write(&self.path, text)?;
        }
        self.input.fill_buf()
    }
    fn consume(&mut self, n: usize) {
        self.input.consume(n);
    }
}

/// Hostile review (third round): an answer typed while the file took another value for it was
/// said as "Recorded", and the note prompt that followed was for the file's value. The file's
/// value is said kept, and the question is asked again; the answer given again is recorded.
#[test]
fn an_answer_the_file_changed_meanwhile_is_asked_again_not_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    drive(s, format!("{META}2\ny\n").as_bytes());
    let q = common::docs_example();
    let s = Session::open(q.clone(), &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace("[answers]\n", "[answers]\nrole = \"decides\"\n");
    assert_ne!(text, edited);
    // Plain mode goes on at the role question; the file takes "decides" while it waits.
    let input = b"1\n1\nquit\n".to_vec();
    let mut reader = EditWhileWaiting {
        input: Cursor::new(input),
        at: 0,
        path: path.clone(),
        text: Some(edited),
    };
    let mut out = Vec::new();
    raia::plain::run(s, &mut reader, &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    let kept = out
        .find("the file's value is kept for the answer to \"What does the system do in the decision?\"")
        .unwrap_or_else(|| panic!("{out}"));
    let after = &out[kept..];
    assert!(after.contains("Back to question 3:"), "{out}");
    let again = after.find("Back to question 3:").unwrap();
    assert!(!after[..again].contains("Recorded:"), "{out}");
    assert!(after[again..].contains("Recorded:"), "{out}");
    let first = q.question("role").unwrap().options[0].id.to_string();
    assert_ne!(first, "decides");
    assert_eq!(answers(&path, &q).answers["role"], Answer::Choice(first));
}

/// New-user pass (third round): plain mode said nothing of a file made against another text of
/// the questionnaire, nor, after it was first passed, of a required detail left blank.
#[test]
fn resume_says_a_file_is_not_bound_and_the_result_names_blank_details() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    // Owning team left blank (Enter), then every question answered.
    drive(s, "CV screener\nRanks job applicants\n\n\nAlex\n\n2\ny\n2\nNobody has time to review\nDana Smith\n\n".as_bytes());
    let q = common::docs_example();
    let text = std::fs::read_to_string(&path).unwrap();
    let unbound: String = text
        .lines()
        .filter(|l| !l.starts_with("hash = "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(unbound, text, "the file records a hash");
    std::fs::write(&path, unbound).unwrap();
    let out = drive(Session::open(q, &path).unwrap(), b"\n");
    assert!(
        out.contains(
            "Not bound to these rules: the assessment does not record which questionnaire text"
        ),
        "{out}"
    );
    assert!(
        out.contains("Details still needed: Owning team (accountable for the system)"),
        "{out}"
    );
}

/// Hostile review (third round): bytes that are not UTF-8 in a typed line were kept as U+FFFD
/// without a word. Plain mode still reads the line, and says so.
#[test]
fn a_line_that_is_not_utf8_is_read_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let mut input = META.as_bytes().to_vec();
    input.extend_from_slice(b"x\x9by\nquit\n");
    let out = drive(s, &input);
    assert!(
        out.contains("Part of that line was not UTF-8 text and reads as \u{fffd} below"),
        "{out}"
    );
    assert!(
        out.contains("\"x\u{fffd}y\" is not one of the options"),
        "{out}"
    );
}

/// A review: plain mode's result said nothing of a compliance the gate fails on (a hiring
/// screener whose only use-case safeguard is a privacy notice), and "all in place" beside
/// evidence that had expired. It says what the wizard's result says.
#[test]
fn the_result_gives_the_compliance_the_gate_fails_on_and_evidence_to_renew() {
    let q = parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = dir.path().join("35.toml");
    std::fs::copy(
        root.join("tests/fixtures/judgement/35-hiring-screener-privacy-notice-only.toml"),
        &path,
    )
    .unwrap();
    let out = drive(Session::open(q.clone(), &path).unwrap(), b"result\nquit\n");
    assert!(
        out.contains("Compliance with the AWS Responsible AI Policy is to be confirmed: the answers, or the answers and the file, disagree on whether \"Bias and adverse-impact testing\" is in place"),
        "{out}"
    );
    // Its summary says no comparison across groups was made, beside bias testing ticked; the
    // requirement the gate also fails on is named with what would meet it.
    assert!(
        out.contains("Explanation to affected people: missing (needed to show \"Safeguards specific to the use case\", which the policy requires, is met"),
        "{out}"
    );
    let text = std::fs::read_to_string(root.join("examples/clinical-triage-assistant.toml"))
        .unwrap()
        .replace(
            "[safeguards.risk-assessment]\nstatus = \"in-place\"\n",
            "[safeguards.risk-assessment]\nstatus = \"in-place\"\nexpires = \"2020-06-01\"\n",
        );
    let path = dir.path().join("triage.toml");
    std::fs::write(&path, text).unwrap();
    let out = drive(Session::open(q, &path).unwrap(), b"result\nquit\n");
    assert!(
        out.contains("the evidence of \"Documented risk assessment\" has expired or is dated after today, so it must be renewed"),
        "{out}"
    );
    assert!(!out.contains("all in place"), "{out}");
}

/// A file with another name (a hard link) is said to lose it at the first save, on opening.
#[cfg(unix)]
#[test]
fn resume_says_a_hard_linked_file_gets_a_file_of_its_own_on_saving() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    drive(
        s,
        "CV screener\nRanks job applicants\n\n\nAlex\n\nquit\n".as_bytes(),
    );
    let q = common::docs_example();
    let said = "has 1 other name (a hard link): a save gives this name a file of its own, and it keeps the text as it was; to share one file under two names, use a symbolic link.";
    let out = drive(Session::open(q.clone(), &path).unwrap(), b"quit\n");
    assert!(!out.contains("other name"), "{out}");
    std::fs::hard_link(&path, dir.path().join("other.toml")).unwrap();
    let out = drive(Session::open(q, &path).unwrap(), b"quit\n");
    assert!(out.contains(said), "{out}");
}

/// A new-user review found plain mode's result never said whether the assessment was signed
/// off, nor how to sign it, and typing "sign" there brought only the prompt again: the result
/// says the sign-off as the wizard does, and words that are no command are said to be none. A
/// later review found "sign" only pointed to a shell command while the wizard's s records one:
/// it asks the same three things now, and records the decision through the same rules.
#[test]
fn the_result_says_the_sign_off_and_records_one() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let input = format!(
        "{META}2\ny\n2\nNobody has time to review\nDana Smith\nsign\nJ Doe\nLee Chair\nRisk officer\n4\nchanges\nAdd a review of each decision\nhello\n\n"
    );
    let out = drive(s, input.as_bytes());
    let result = out
        .split("Result: tier high.")
        .nth(1)
        .expect("the result is printed");
    assert!(
        result.contains("Sign-off: none yet; every question is answered.\n"),
        "{result}"
    );
    let how = format!(
        "sign records one here; from a shell, a reviewer runs: raia sign {} --name NAME\n",
        path.display()
    );
    assert_eq!(result.matches(&how).count(), 1, "{result}");
    // The name is asked first and on its own, and a stand-in is refused before anything else
    // is typed (a team workflow review lost a reason typed after a refused name); the decision
    // is taken as a number or in words, or their start ("changes": a second new-user review's
    // "approve" was refused).
    assert!(
        result.contains("Not that name: the name of who signs must be a person's own name"),
        "{result}"
    );
    assert!(
        result.contains("\"4\" is not a decision: type 1, 2 or 3, or press Enter.\n"),
        "{result}"
    );
    assert!(
        result.contains(
            "Signed: changes requested by Lee Chair (Risk officer). It names assessment "
        ),
        "{result}"
    );
    assert!(
        result.contains("\"hello\" is not a command here; type help for the commands.\n"),
        "{result}"
    );
    let a = answers(&path, &common::docs_example());
    let last = a.signoff.last().expect("a sign-off is recorded");
    assert_eq!(
        (
            last.name.as_str(),
            last.role.as_str(),
            last.comment.as_str()
        ),
        ("Lee Chair", "Risk officer", "Add a review of each decision")
    );
    assert_eq!(
        last.decision,
        Some(raia::assessment::Decision::ChangesRequested)
    );
}

/// A new-user review in plain mode (the screen-reader path) gave an answer that contradicted an
/// earlier one and heard of it only at the result, ten questions later; the wizard's sidebar
/// says it at once. Plain mode now says it right after the answer.
#[test]
fn an_answer_that_makes_answers_disagree_is_said_at_once() {
    let q = parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = dir.path().join("90.toml");
    let text = std::fs::read_to_string(
        root.join("tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml"),
    )
    .unwrap();
    // The visa chatbot before its team answered whether it advises people on their own case.
    let line = text
        .lines()
        .find(|l| l.starts_with("own-situation-advice = "))
        .unwrap();
    std::fs::write(&path, text.replace(&format!("{line}\n"), "")).unwrap();
    let s = Session::open(q, &path).unwrap();
    // "2" is "yes"; then quit.
    let out = drive(s, b"2\nquit\n");
    let recorded = out
        .split("Recorded: ")
        .nth(1)
        .expect("the answer is recorded");
    let said = recorded.split("Question ").next().unwrap_or(recorded);
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.contains("Answers now disagree: One answer says the system tells people what to do in their own situation"), "{said}");
    assert!(
        said.contains("The result lists it until it is settled; type back to change this answer."),
        "{said}"
    );
}

/// A screen-reader review fixed a contradiction from the result with `go`, and the answer
/// opened nine questions; after each, plain mode read the whole result out again. An answer
/// that leaves questions open goes on at the first of them.
#[test]
fn an_answer_given_through_go_that_opens_questions_goes_on_through_them() {
    let (_dir, _path, s) = open_case("90-immigration-chatbot-visa-advice.toml");
    // Question 26 is the decision areas; 8 is legal advice to people.
    let out = drive(s, b"go 26\n8\nquit\n");
    let after = out
        .split("Recorded: Legal advice")
        .nth(1)
        .expect("recorded");
    assert!(
        after.contains("still to answer; going on at question 27."),
        "{after}"
    );
    assert!(!after.contains("Back to the result."), "{after}");
    assert!(after.contains("Question 27 of"), "{after}");
}

/// The built-in questionnaire, parsed from its text.
fn builtin_q() -> Questionnaire {
    parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap()
}

/// The built-in questionnaire and a copy of a judgement case in a new temporary folder, opened
/// in a session: plain mode's tests of realistic cases start here.
fn open_case(name: &str) -> (tempfile::TempDir, PathBuf, Session) {
    let q = builtin_q();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/judgement")
            .join(name),
        &path,
    )
    .unwrap();
    let s = Session::open(q, &path).unwrap();
    (dir, path, s)
}

/// A change that makes the sign-off stale is said before the next prompt is read, and again on
/// quitting, as the wizard says it (a review changed an approved file in plain mode and heard
/// nothing until CI failed).
#[test]
fn a_change_that_makes_the_sign_off_stale_is_said_in_plain_mode() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let input = format!("{META}2\ny\n2\nNobody has time to review\nDana Smith\n\n");
    drive(s, input.as_bytes());
    let q = common::docs_example();
    let mut s = Session::open(q.clone(), &path).unwrap();
    s.sign(
        "Priya Patel",
        "Risk officer",
        raia::signoff::Decision::ChangesRequested,
        "",
        "2026-01-15",
    )
    .unwrap();
    let out = drive(s, b"go 4\nSomeone Else\nquit\n");
    assert!(
        out.contains("The sign-off (changes requested by Priya Patel, 2026-01-15) no longer covers these answers (undo takes the change back): it needs signing again, and a CI gate that requires one fails until then."),
        "{out}"
    );
    assert!(
        out.contains("The sign-off (changes requested by Priya Patel, 2026-01-15) no longer covers these answers: it needs signing again (raia sign "),
        "{out}"
    );
}

/// A required detail left blank is reached with `details` from the result (typing back from
/// question 1 after a go returned to the result), and the quit line names it (a review read "4
/// of 4 questions answered" beside a blank assessor).
#[test]
fn details_reaches_a_blank_required_detail_and_quitting_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    // No assessor (Enter), then every question.
    let meta = "CV screener\nRanks job applicants\n\nTalent team\n\n\n";
    let input = format!("{meta}2\ny\n2\nNobody has time to review\nDana Smith\nquit\n");
    let out = drive(s, input.as_bytes());
    assert!(
        out.contains(
            "Details still needed: Assessor (who fills this in) (type details to fill them in)."
        ),
        "{out}"
    );
    assert!(
        out.contains("Required details still blank: Assessor (who fills this in). To fill them in: raia resume --plain "),
        "{out}"
    );
    let q = common::docs_example();
    let s = Session::open(q.clone(), &path).unwrap();
    let out = drive(s, b"details\nAlex\nresult\n\n");
    assert!(out.contains("Assessor"), "{out}");
    assert_eq!(answers(&path, &q).metadata.assessor, "Alex");
}

/// A command word alone on a later line of a long answer is not saved into it: `quit` saves the
/// lines entered and stops, any other says how to end the answer first, and a backslash keeps
/// the word (a review's `back` went into the answer with no word said).
#[test]
fn command_words_inside_a_long_answer_are_not_taken_as_its_text() {
    let q = parse_questionnaire("kinds.toml", KINDS).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.toml");
    let s = Session::new(q.clone(), Some(path.clone()), None);
    let input = format!("{META}1\n1\n5\n2026-03-01\nFirst line\nback\n\\back\n.\n\n");
    let out = drive(s, input.as_bytes());
    assert!(
        out.contains("That is a command word, read only once the answer ends: end it with a line holding only a dot, then type the command (start a line with \\ to keep the word as text)."),
        "{out}"
    );
    assert_eq!(
        answers(&path, &q).answers["purpose"],
        Answer::Text("First line\nback".into())
    );
    let mut s = Session::open(q.clone(), &path).unwrap();
    s.set_position("purpose".into()).unwrap();
    let out = drive(s, b"Rewritten\nquit\n");
    assert!(out.contains("The text typed so far is saved."), "{out}");
    assert!(!out.contains("The input ended"), "{out}");
    assert_eq!(
        answers(&path, &q).answers["purpose"],
        Answer::Text("Rewritten".into())
    );
}

/// A team workflow review approved, in plain mode, answers another reviewer had rejected, and
/// heard nothing of it; the result then read "approved ... it holds for these answers" while
/// the gate failed on the rejection. The approval says what still stands, and the result too.
#[test]
fn an_approval_over_a_standing_rejection_says_the_rejection_stands() {
    let (_dir, _path, mut s) = open_case("12-parole-risk-informs.toml");
    s.sign(
        "Lee Park",
        "Compliance lead",
        raia::signoff::Decision::Rejected,
        "The validation study is from 2019",
        "2026-12-01",
    )
    .unwrap();
    let out = drive(
        s,
        b"result\nsign\nDana Smith\nRisk officer\n1\nresult\nquit\n",
    );
    let signed = out
        .split("Signed: approved by Dana Smith (Risk officer).")
        .nth(1)
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        signed.contains("Note: Lee Park rejected these answers on 2026-12-01 (\"The validation study is from 2019\"), and they have not changed since; the approval of the same answers by Dana Smith"),
        "{signed}"
    );
    assert!(
        signed.contains("but rejected by Lee Park, 2026-12-01 still stands for these answers: only Lee Park can lift it, and the gate fails until then."),
        "{signed}"
    );
    assert!(!signed.contains("it holds for these answers"), "{signed}");
}

/// Reading the result in plain mode and pressing Enter wrote the file again, moving `updated`
/// and leaving a change to commit (a team workflow review); the wizard left it alone. Nothing
/// changed, nothing written.
#[test]
fn reading_the_result_and_leaving_writes_nothing() {
    let (_dir, path, s) = open_case("12-parole-risk-informs.toml");
    drive(s, b"result\n\n");
    // An earlier date, so a write of today's would show.
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find("updated = \"").unwrap() + "updated = \"".len();
    let text = format!("{}2020-01-01{}", &text[..at], &text[at + 10..]);
    std::fs::write(&path, &text).unwrap();
    let before = std::fs::read(&path).unwrap();
    let q = builtin_q();
    let out = drive(Session::open(q, &path).unwrap(), b"\n");
    assert!(out.contains("Done."), "{out}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// `back` at "What must change?" recorded the decision without a comment, `?` at the role was
/// saved as the role, and `quit` there dropped the decision with no word of it (a plain-mode
/// review): `back` and `quit` sign nothing and say so, and `?` explains and asks again.
#[test]
fn commands_while_signing_never_record_by_accident() {
    let (_dir, path, s) = open_case("12-parole-risk-informs.toml");
    let out = drive(
        s,
        b"result\nsign\nLee Chair\n?\nRisk officer\n2\nback\nsign\nLee Chair\n\n3\nquit\n",
    );
    assert!(
        out.contains("A sign-off records a reviewer's decision"),
        "{out}"
    );
    assert_eq!(out.matches("Nothing signed.").count(), 2, "{out}");
    assert!(answers(&path, &builtin_q()).signoff.is_empty());
}

/// A plain-mode review: `?`, `undo` and `back` at a safeguard's evidence, owner and date
/// prompts were taken as Enter, silently. `?` explains, `back` returns to the safeguard's
/// status, other commands are refused and asked again, and `\undo` types the word.
#[test]
fn commands_at_a_safeguards_details_are_done_or_refused_never_taken_as_enter() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    let input = format!(
        "{META}1\ny\n1\n\nsafeguards\n2\n?\nundo\nback\n3\n\\undo\nback\n2\nPlan doc\nDana Smith\nresult\n2026-03-31\nquit\n"
    );
    let out = drive(s, input.as_bytes());
    let status = "Status now: missing. Type 1 in place, 2 planned, 3 missing, 4 not applicable; or press Enter to leave it.\n";
    let evidence =
        "Evidence a reviewer can follow, a link or a sentence; or press Enter for none.\n";
    // ? explains and asks again; undo is refused and asked again; back asks the status again,
    // with nothing recorded.
    assert!(
        out.contains(&format!(
            "{status}{evidence}Evidence is what a reviewer can follow to check the safeguard: a link, a document or a sentence. back goes to this safeguard's status; skip or Enter keeps what is recorded; quit saves and stops.\n{evidence}undo does not work here: only back, skip, ? and quit do. Finish this safeguard first (Enter keeps what is recorded), or type \\undo to enter the word as text.\n{evidence}\nSafeguard 1 of 1: Named accountable owner\nWhat good looks like: A named person owns the system and its decisions.\n{status}"
        )),
        "{out}"
    );
    // A backslash types the word as evidence; back at the owner asks the status again.
    assert!(
        out.contains(&format!("Recorded: Named accountable owner: missing; evidence: undo.\nWho is to put it in place (a name or a team)? Type it, or press Enter to leave it blank.\n\nSafeguard 1 of 1: Named accountable owner\nWhat good looks like: A named person owns the system and its decisions.\n{status}Evidence now: undo.")),
        "{out}"
    );
    assert!(
        out.contains("By when (YYYY-MM-DD)? Type the date, or press Enter to leave it blank.\nresult does not work here"),
        "{out}"
    );
    let a = answers(&path, &common::docs_example());
    let entry = &a.safeguards["named-owner"];
    assert_eq!(entry.status, raia::assessment::SafeguardStatus::Planned);
    assert_eq!(entry.evidence, "Plan doc");
    assert_eq!(a.plans["named-owner"].owner, "Dana Smith");
    assert_eq!(a.plans["named-owner"].target, "2026-03-31");
}

/// From a script, a command refused at a safeguard's detail stops plain mode, as a refused
/// answer does: the lines after it were meant for later prompts.
#[test]
fn binary_stops_a_script_at_a_command_refused_at_a_safeguards_detail() {
    let env = Env::new();
    let file = env.dir.path().join("cv.toml");
    env.cmd()
        .args(["new", "--plain"])
        .arg(&file)
        .write_stdin(format!(
            "{META}1\ny\n1\n\nsafeguards\n2\nundo\nDana Smith\n2026-03-31\n"
        ))
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "error: input line 13: undo does not work here",
        ));
    let a = answers(&file, &common::docs_example());
    assert!(
        !a.safeguards.contains_key("named-owner"),
        "{:?}",
        a.safeguards
    );
}

/// A plain-mode review: after `go N` from the result, a required note skipped said "0
/// questions are still to answer; going on at question N" and then walked through every later
/// question. It returns to the result, which lists the note still needed.
#[test]
fn a_note_skipped_after_go_from_the_result_returns_to_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _path) = new_session(dir.path());
    let input = format!("{META}2\ny\n1\nDana Smith\ngo 3\n2\nskip\nquit\n");
    let out = drive(s, input.as_bytes());
    let after = out.split("Skipped.").nth(1).expect("the note is skipped");
    assert!(!after.contains("still to answer; going on"), "{after}");
    assert!(after.contains("Back to the result.\n"), "{after}");
    assert!(after.contains("Notes still needed: question 3."), "{after}");
}

/// A plain-mode review: `details` at the result walked on past the last detail into question
/// 1. It returns to where it was typed; and `note` at a detail asks the detail again.
#[test]
fn details_return_to_where_they_were_typed_and_note_at_a_detail_asks_again() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _path) = new_session(dir.path());
    let input = format!("{META}2\ny\n1\nDana Smith\ndetails\nnote\n\n\n\n\n\n\nquit\n");
    let out = drive(s, input.as_bytes());
    let after = out.split("Detail 1 of 6").last().expect("details asked");
    assert!(
        after.contains("Notes belong to questions; there is none to add to this detail.\nBack to detail 1 of 6: "),
        "{after}"
    );
    assert!(after.contains("Back to the result.\n"), "{after}");
    assert!(!after.contains("Question 1 of"), "{after}");
    // Typed at a question, details returns to that question.
    let dir = tempfile::tempdir().unwrap();
    let (s, _path) = new_session(dir.path());
    let input = format!("{META}2\ndetails\n\n\n\n\n\n\ny\nquit\n");
    let out = drive(s, input.as_bytes());
    assert!(
        out.contains("Back to question 2, where details was typed.\n"),
        "{out}"
    );
}

/// A plain-mode review: a plan's target date that had passed was said only in the Markdown
/// report. Plain mode says it when the date is typed and beside the gap in the result, and
/// `raia score` beside the gap.
#[test]
fn a_passed_target_date_is_said_where_the_plan_is() {
    let env = Env::new();
    let path = env.dir.path().join("cv.toml");
    let s = Session::new(common::docs_example(), Some(path.clone()), None);
    let input = format!("{META}1\ny\n1\n\nsafeguards\n2\n\nDana Smith\n2020-01-01\nquit\n");
    let out = drive(s, input.as_bytes());
    assert!(
        out.contains("Recorded: the plan for Named accountable owner: Dana Smith, by 2020-01-01, a target that has passed.\n"),
        "{out}"
    );
    assert!(
        out.contains("is met: one such safeguard must be in place); its target date, 2020-01-01, has passed.\n"),
        "{out}"
    );
    env.cmd()
        .args(["--today", "2026-12-15", "score"])
        .arg(&path)
        .assert()
        .stdout(predicates::str::contains(
            "  - Named accountable owner: planned; its target date, 2020-01-01, has passed (in the file: [safeguards.named-owner])",
        ));
    // Not before the date.
    env.cmd()
        .args(["--today", "2019-12-15", "score"])
        .arg(&path)
        .assert()
        .stdout(predicates::str::contains(
            "  - Named accountable owner: planned (in the file: [safeguards.named-owner])",
        ));
}

/// A review of honest teams: from a script, an empty line at a required question was asked
/// again and the next line saved as its answer, and every later text answer moved up one. It
/// stops there, as a refused answer does.
#[test]
fn binary_stops_a_script_at_an_empty_required_answer() {
    let env = Env::new();
    let file = env.dir.path().join("cv.toml");
    env.cmd()
        .args(["new", "--plain"])
        .arg(&file)
        .write_stdin(format!("{META}\ny\n1\nDana\n\n"))
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "error: input line 7: An answer is needed: type it, or skip to come back to it later; plain mode stopped there",
        ));
    let a = answers(&file, &common::docs_example());
    assert!(a.answers.is_empty(), "{:?}", a.answers);
}

/// A new-user trial: from a script, an answer that needs a note took the next line, meant for
/// the next question ("12000"), as its note, and raia exited 0. A note that says nothing stops
/// a script before it is kept; a note that says something is echoed.
#[test]
fn binary_stops_a_script_at_a_note_that_says_nothing() {
    let env = Env::new();
    let file = env.dir.path().join("cv.toml");
    env.cmd()
        .args(["new", "--plain"])
        .arg(&file)
        .write_stdin(format!("{META}2\ny\n2\n12000\nDana Smith\n"))
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            ": \"12000\" says nothing as a note, so it is not kept and the note is still needed; plain mode stopped there",
        ));
    let a = answers(&file, &common::docs_example());
    assert!(a.notes.is_empty(), "{:?}", a.notes);
    assert_eq!(a.answers.len(), 3, "{:?}", a.answers);
}

/// A review of plain mode: a typo at the result ("sgin") was printed and the script read on,
/// losing its sign-off, and raia exited 0; and the advice after a stop ("run the script again,
/// or carry on with resume") worked neither way. Every refused line stops a script, and the
/// advice says what works from where it stopped.
#[test]
fn binary_stops_a_script_at_the_result_and_says_how_to_go_on() {
    let env = Env::new();
    let file = env.dir.path().join("cv.toml");
    // A refused answer at a question: resume goes on at that question.
    env.cmd()
        .args(["new", "--plain"])
        .arg(&file)
        .write_stdin(format!("{META}9\ny\n"))
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "correct line 7, then give the lines from it on to raia resume --plain",
        ))
        .stderr(predicates::str::contains(
            "tail -n +7 SCRIPT | raia resume --plain",
        ));
    // Following it works.
    env.cmd()
        .args(["resume", "--plain"])
        .arg(&file)
        .write_stdin("2\ny\n1\nDana Smith\n\n")
        .assert()
        .success();
    // A typo at the result stops too, before the lines meant for the sign-off.
    env.cmd()
        .args(["resume", "--plain"])
        .arg(&file)
        .write_stdin("sgin\nDana Reviewer\nRisk officer\n1\n")
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "error: input line 1: \"sgin\" is not a command here",
        ))
        .stderr(predicates::str::contains("goes on at the result"));
    let a = answers(&file, &common::docs_example());
    assert!(a.signoff.is_empty(), "{:?}", a.signoff);
    // A name refused while signing stops there too.
    env.cmd()
        .args(["resume", "--plain"])
        .arg(&file)
        .write_stdin("sign\nJ Doe\nRisk officer\n1\n")
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "error: input line 2: Not that name",
        ));
}

/// A plain-mode review: an answer that hid questions already answered said only a net count
/// of questions; the answers it took out of the verdict are named.
#[test]
fn an_answer_that_hides_answered_questions_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _path) = new_session(dir.path());
    let input = format!("{META}1\ny\n1\nDana Smith\ngo 2\nn\nquit\n");
    let out = drive(s, input.as_bytes());
    let q = common::docs_example();
    let role = q.question("role").unwrap().prompt.trim().to_string();
    assert!(
        out.contains(&format!(
            "This answer hides 1 question already answered, so its answer no longer counts: \"{role}\". The answers are kept, and count again if the question is asked again.\n"
        )),
        "{out}"
    );
}

/// A plain-mode review: an undo at the result asked the answer taken back again, and Enter
/// then walked on through every later question. It returns to the result, as after go.
#[test]
fn an_undo_at_the_result_returns_there_once_the_question_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _path) = new_session(dir.path());
    let input = format!("{META}1\ny\n1\nDana Smith\ngo 1\n2\nundo\n\nquit\n");
    let out = drive(s, input.as_bytes());
    let after = out.split("Undone:").nth(1).expect("undone");
    assert!(after.contains("Back to the result.\n"), "{after}");
    assert!(!after.contains("Question 2 of"), "{after}");
}

/// A plain-mode review walked the questions left open with go N from the result, and heard the
/// whole result again after each, because a note still needed came first. It goes on to the
/// next question still unanswered.
#[test]
fn after_go_from_the_result_the_next_unanswered_question_comes_next() {
    let q = builtin_q();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("loan.toml");
    // Two questions left open, and a note still needed on an answer before the second.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/loan-pre-approval.toml")).unwrap();
    let text: String = text
        .lines()
        .filter(|l| {
            !l.starts_with("reversibility = ")
                && !l.starts_with("operations = ")
                && !l.starts_with("appeal = \"Declined")
        })
        .map(|l| l.replace("appeal = \"human\"", "appeal = \"none\"") + "\n")
        .collect();
    std::fs::write(&path, text).unwrap();
    let s = Session::open(q.clone(), &path).unwrap();
    let e = s.evaluate();
    let number = |id: &str| {
        e.visible
            .iter()
            .position(|v| v == id)
            .map(|n| n + 1)
            .unwrap()
    };
    let (first, second) = (number("reversibility"), number("operations"));
    assert!(number("appeal") < second);
    let out = drive(s, format!("result\ngo {first}\n1\nquit\n").as_bytes());
    let tail = out.rsplit("Recorded: ").next().unwrap();
    assert!(
        tail.contains(&format!(
            "1 question is still to answer; going on at question {second}.\n"
        )),
        "{tail}"
    );
}

/// `safeguards` offers the statuses the result says to settle before sign-off, to be confirmed
/// because the answers disagree with them, before the gaps (a workflow review found no way to
/// reach them in plain mode, while its advice said to record one in place with evidence).
#[test]
fn safeguards_walks_the_statuses_to_be_confirmed_first() {
    let q = builtin_q();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("card.toml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/diff-card-freeze-contradicted.toml"),
        &path,
    )
    .unwrap();
    let s = Session::open(q.clone(), &path).unwrap();
    // Human review recorded planned while the answers show it: recorded in place now.
    let out = drive(
        s,
        b"safeguards\n1\nAnalysts review every freeze not lifted within 2 hours (SOP-FR-3).\n\n\n\nquit\n",
    );
    let order: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("Safeguard ") && l.contains(" of "))
        .collect();
    assert_eq!(
        order,
        [
            "Safeguard 1 of 4: Human review of adverse decisions",
            "Safeguard 2 of 4: Bias and adverse-impact testing",
            "Safeguard 3 of 4: Explanation to affected people",
            "Safeguard 4 of 4: Alternative process and adjustments",
        ],
        "{out}"
    );
    assert!(out.contains("Status now: to be confirmed."), "{out}");
    let a = answers(&path, &q);
    assert_eq!(
        a.safeguards["human-review"].status,
        raia::assessment::SafeguardStatus::InPlace
    );
    let e = raia::engine::evaluate(&q, &a);
    assert!(
        !e.safeguard("human-review").unwrap().is_contradicted(),
        "{:?}",
        e.safeguard("human-review")
    );
}

/// `safeguards all` reaches a safeguard recorded in place, so a claim that stopped being true can
/// be taken back in plain mode; not applicable asks for its reason (a screen-reader review).
#[test]
fn safeguards_all_reaches_what_is_in_place_and_not_applicable_asks_why() {
    let (_dir, path, s) = open_case("07-internal-red-team.toml");
    let q = builtin_q();
    assert_eq!(
        answers(&path, &q).safeguards["red-team-authorisation"].status,
        raia::assessment::SafeguardStatus::InPlace
    );
    // `safeguards` alone does not offer it; `safeguards all` does, at some place in its walk.
    let out = drive(s, b"safeguards\nquit\n");
    assert!(!out.contains(": Authorised red-team scope\n"), "{out}");
    let s = Session::open(q.clone(), &path).unwrap();
    let walk = "safeguards all\n".to_string() + &"\n".repeat(60) + "quit\n";
    let out = drive(s, walk.as_bytes());
    let at = out
        .lines()
        .filter(|l| l.starts_with("Safeguard ") && l.contains(" of "))
        .position(|l| l.ends_with(": Authorised red-team scope"))
        .unwrap_or_else(|| panic!("{out}"));
    // Enter past those before it, then mark it missing, keeping its evidence, with no plan.
    let s = Session::open(q.clone(), &path).unwrap();
    let script = "safeguards all\n".to_string() + &"\n".repeat(at) + "3\n\n\n\nquit\n";
    drive(s, script.as_bytes());
    assert_eq!(
        answers(&path, &q).safeguards["red-team-authorisation"].status,
        raia::assessment::SafeguardStatus::Missing
    );
    // Not applicable asks why, not for evidence.
    let s = Session::open(q.clone(), &path).unwrap();
    let out = drive(s, b"safeguards\n4\n\nquit\n");
    assert!(
        out.contains("Type why it does not apply to this use, or press Enter to keep it"),
        "{out}"
    );
}

/// An answer changed to one that needs a note, while a note written for the earlier answer is
/// kept: plain mode reads the old note out and asks whether it holds (a new-user review saw
/// "an analyst decides" count as the note of "it decides alone", unasked).
#[test]
fn a_changed_answer_that_needs_a_note_asks_whether_the_earlier_note_holds() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(dir.path());
    // The role answered "recommends" with a note, then changed to "decides".
    let out = drive(
        s,
        format!("{META}1\ny\nrecommends\nback\nnote\nA recruiter decides every case\ndecides\nThe model rejects the bottom 10% alone\nquit\n")
            .as_bytes(),
    );
    assert!(
        out.contains("The note written for the earlier answer reads: \"A recruiter decides every case\"\nPress Enter to keep it for this answer, or type a new note."),
        "{out}"
    );
    let q = common::docs_example();
    assert_eq!(
        answers(&path, &q).notes["role"],
        "The model rejects the bottom 10% alone"
    );
    // Enter keeps it, and says so.
    let s = Session::open(q.clone(), &path).unwrap();
    let out = drive(s, b"go 3\nrecommends\ngo 3\ndecides\n\nquit\n");
    assert!(out.contains("Note kept."), "{out}");
}

/// A placeholder typed for a required detail is said to count as blank as it is recorded, not
/// only at the end (a new-user trial typed "TBD" for the assessor and was refused a sign-off
/// thirty questions later).
#[test]
fn a_placeholder_detail_is_said_to_count_as_blank_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = new_session(dir.path());
    let meta = META.replace("\nAlex\n", "\nTBD\n");
    let out = drive(s, format!("{meta}3\nn\n\n").as_bytes());
    let at = out.find("Recorded: Assessor").expect("recorded");
    let warned = out
        .find("\"TBD\" is a placeholder: it counts as blank until a real value replaces it")
        .expect(&out);
    assert!(warned > at, "{out}");
    assert!(
        !out.contains("\"Alex\" is a placeholder"),
        "a real name is no placeholder"
    );
}
