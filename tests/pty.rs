//! The wizard in a real pseudo-terminal: answer a short path, quit, resume; and kill -9 in the
//! middle, then resume. Waits are on screen text (with a timeout), never on sleeps.
//!
//! The wizard redraws only what changed, so text on screen may arrive in pieces. Each wait
//! first sends Ctrl+L (repaint everything) and then matches the words of the needle with any
//! cursor moves or style codes between them.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(unix)]

use raia::answer::Answer;
use raia::assessment::{Assessment, read_assessment};
use raia::questionnaire::{Questionnaire, parse_questionnaire};
use rexpect::process::WaitStatus;
use rexpect::process::signal::Signal;
use rexpect::process::wait::{WaitPidFlag, waitpid};
use rexpect::session::{PtySession, spawn_command};
use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURE: &str = include_str!("fixtures/wizard.toml");

fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wizard.toml")
}

fn questionnaire() -> Questionnaire {
    parse_questionnaire("wizard.toml", FIXTURE).unwrap()
}

/// Starts raia in a 100x30 pty with its data and config in `home` (and no core file, should a
/// test end it with SIGQUIT).
fn spawn(home: &Path, args: &[&str]) -> PtySession {
    spawn_env(home, args, &[])
}

fn spawn_env(home: &Path, args: &[&str], env: &[(&str, &str)]) -> PtySession {
    let mut cmd = Command::new("sh");
    // stty sets the pty's size before raia starts, so its first frame has the right layout.
    cmd.arg("-c")
        .arg("ulimit -c 0 && stty rows 30 cols 100 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_raia"))
        .arg("--questionnaire")
        .arg(fixture_path())
        .args(args)
        .env("RAIA_DATA_DIR", home.join("data"))
        .env("RAIA_CONFIG_DIR", home.join("config"))
        .env("RAIA_TODAY", "2024-06-01")
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    spawn_command(cmd, Some(15_000)).unwrap()
}

/// A regex for `text` as it appears in the terminal output: words in order, separated by
/// spaces, cursor moves or style codes. rexpect reads the output one byte per char, so the
/// needle's UTF-8 bytes are spelled the same way.
fn screen_re(text: &str) -> String {
    let gap = r"(?:\x1b\[[0-9;?]*[A-Za-z]| )+";
    text.split(' ')
        .map(|w| regex_escape(&w.bytes().map(char::from).collect::<String>()))
        .collect::<Vec<_>>()
        .join(gap)
}

fn regex_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Sends every byte of `keys`: one write to a pty may take only part of a long burst.
fn send(p: &mut PtySession, keys: &str) {
    let mut rest = keys.as_bytes();
    while !rest.is_empty() {
        let chunk = std::str::from_utf8(rest).unwrap();
        let n = p.send(chunk).unwrap();
        p.flush().unwrap();
        rest = &rest[n..];
    }
}

/// Repaints the screen and waits until `text` is on it.
fn wait(p: &mut PtySession, text: &str) {
    send(p, "\x0c");
    if let Err(e) = p.exp_regex(&screen_re(text)) {
        let e = e.to_string();
        let tail: String = e
            .chars()
            .rev()
            .take(1500)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        panic!("waiting for {text:?}: ...{tail}");
    }
}

/// `wait`, then again on the screen repainted for the Ctrl+L it sends. A change is written
/// after the frame that shows it and before the next key is read, so once `text` is on the
/// screen, a Ctrl+L sent then is read after the write, and its repaint says the file has it.
/// (Sent with the keys before, Ctrl+L was read with them, and repainted before the write.)
fn wait_written(p: &mut PtySession, text: &str) {
    wait(p, text);
    send(p, "\x0c");
    // The repaint starts by clearing the screen; what came before it is the earlier frame.
    p.exp_string("\x1b[2J").expect("the screen is repainted");
    if let Err(e) = p.exp_regex(&screen_re(text)) {
        panic!("waiting for {text:?} after the repaint: {e}");
    }
}

fn read(path: &Path) -> Assessment {
    read_assessment(path, &questionnaire()).unwrap()
}

/// Fills the metadata of a new assessment (Enter after each field).
fn metadata(p: &mut PtySession) {
    wait(p, "System details · field 1 of 6");
    for v in [
        "Pty screener",
        "Ranks applicants",
        "",
        "Talent ML",
        "Ana",
        "",
    ] {
        send(p, v);
        send(p, "\r");
    }
    wait(p, "Question 1 of 6");
}

/// A new assessment `a.toml` in `home`, answered up to the short text question.
fn at_the_text_question(home: &Path) -> (PtySession, PathBuf) {
    let file = home.join("a.toml");
    let mut p = spawn(home, &["new", file.to_str().unwrap()]);
    metadata(&mut p);
    send(&mut p, "1\r");
    wait(&mut p, "Which data does it use?");
    send(&mut p, "1\r");
    wait(&mut p, "Who owns the model?");
    (p, file)
}

/// Ctrl+Q, and the file as the wizard left it.
fn quit(mut p: PtySession, file: &Path) -> Assessment {
    send(&mut p, "\x11");
    p.exp_eof().unwrap();
    read(file)
}

/// A new assessment `a.toml` in `home`, answered up to the long text question, which has the
/// keyboard.
fn at_the_long_text(home: &Path) -> (PtySession, PathBuf) {
    let (mut p, file) = at_the_text_question(home);
    send(&mut p, "Team\r");
    wait(&mut p, "Describe a typical use.");
    (p, file)
}

#[test]
fn answer_quit_resume_and_the_file_has_everything() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    let mut p = spawn(home.path(), &["new", file.to_str().unwrap()]);
    metadata(&mut p);
    // Single choice by number, then Enter: the conditional question appears (7 visible).
    send(&mut p, "2\r");
    wait(&mut p, "Question 2 of 7");
    // Multiple choice: tick the first two with Space, then Enter.
    send(&mut p, " j \r");
    wait(&mut p, "Does it decide without a person?");
    send(&mut p, "2\r");
    wait(&mut p, "Who owns the model?");
    // In a text field q, h, j, k, l and ? type text.
    send(&mut p, "Team q?hjkl\r");
    wait(&mut p, "Describe a typical use.");
    // Ctrl+Q quits from a text field; the terminal is restored and the user told.
    send(&mut p, "\x11");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("\x1b[?1049l"), "alternate screen left");
    assert!(rest.contains("\x1b[?2004l"), "bracketed paste disabled");
    assert!(rest.contains("\x1b[?1000l"), "mouse capture disabled");
    assert!(rest.contains("Everything is saved in"), "{rest:?}");

    let a = read(&file);
    assert_eq!(a.metadata.system, "Pty screener");
    assert_eq!(a.metadata.owner_team, "Talent ML");
    assert_eq!(
        a.answers.get("purpose"),
        Some(&Answer::Choice("screen".into()))
    );
    assert_eq!(
        a.answers.get("data"),
        Some(&Answer::Choices(vec!["public".into(), "personal".into()]))
    );
    assert_eq!(a.answers.get("decides"), Some(&Answer::Bool(false)));
    assert_eq!(
        a.answers.get("name"),
        Some(&Answer::Text("Team q?hjkl".into()))
    );
    assert_eq!(a.wizard.position, "story");

    // Resume opens where the user left, with the answers in place.
    let mut p = spawn(home.path(), &["resume", file.to_str().unwrap()]);
    wait(&mut p, "Question 5 of 7");
    wait(&mut p, "Describe a typical use.");
    send(&mut p, "\x1b[Z"); // Shift+Tab: back to the text question, showing its answer
    wait(&mut p, "Team q?hjkl");
    send(&mut p, "\x11");
    p.exp_eof().unwrap();
    let b = read(&file);
    assert_eq!(b.answers, a.answers);
    assert_eq!(b.wizard.position, "name");
}

#[test]
fn arrows_walk_back_over_text_questions_and_letters_type_where_they_are_seen() {
    // The second usability review: h pressed a few times landed on a long-text question in
    // typing mode and the next h was saved in the answer ("re-tested.h"). A later new-user
    // review: the "h" of "human review" typed on a text box reached with h went back a
    // question, and the rest of the word was saved there. The arrows walk; on a text box that
    // holds an answer, letters wait for e.
    let home = tempfile::tempdir().unwrap();
    let (mut p, file) = at_the_long_text(home.path());
    send(&mut p, "re-tested.\t");
    wait(&mut p, "How many people use it each month?");
    // A click on "Details" in the sidebar (an SGR mouse report: a lone Esc would be timing
    // dependent, since ESC and the next byte read as Alt+key) goes to its first question,
    // waiting (it holds an answer, so for e); → → walk on to the number, then ← three times in one burst walks
    // back over the long text and the text question.
    send(&mut p, "\x1b[<0;5;5M\x1b[<0;5;5m");
    wait(&mut p, "Enter or e edits the answer");
    send(&mut p, "\x1b[C\x1b[C");
    wait(&mut p, "Question 5 of 6");
    send(&mut p, "\x1b[D\x1b[D\x1b[D");
    wait(&mut p, "Question 2 of 6");
    send(&mut p, "\x1b[C\x1b[C");
    wait(&mut p, "Question 4 of 6");
    // Issue 11, point 3: typing "quick" into the waiting long text never quits; as it holds an
    // answer, the keys change nothing and say how to edit it (a second new-user review saw stray
    // keys typed into answers). After e, every letter types, h included. Ctrl+Q quits there,
    // keeping what was typed.
    send(&mut p, "quick");
    wait(&mut p, "This answer is kept as it is");
    send(&mut p, "e human quick");
    wait(&mut p, "re-tested. human quick");
    let a = quit(p, &file);
    assert_eq!(a.answers.get("name"), Some(&Answer::Text("Team".into())));
    assert_eq!(
        a.answers.get("story"),
        Some(&Answer::Text("re-tested. human quick".into()))
    );
    assert_eq!(a.wizard.position, "story");
}

#[test]
fn kill_9_loses_nothing_that_was_answered() {
    let home = tempfile::tempdir().unwrap();
    // A draft in the data directory, named after the system.
    let mut p = spawn(home.path(), &["new"]);
    metadata(&mut p);
    send(&mut p, "2\r");
    wait(&mut p, "Question 2 of 7");
    send(&mut p, "jj \r");
    wait(&mut p, "Does it decide without a person?");
    send(&mut p, "1");
    wait(&mut p, "This answer needs a note");
    send(&mut p, "n");
    wait(&mut p, "Esc or Tab closes");
    send(&mut p, "Volume is too high\t");
    wait_written(&mut p, "Note: Volume is too high");
    // The note is on the screen and on disk: kill without warning.
    p.process_mut().kill(Signal::SIGKILL).unwrap();

    let draft = home.path().join("data/drafts/pty-screener.toml");
    let a = read(&draft);
    assert_eq!(a.metadata.system, "Pty screener");
    assert_eq!(a.metadata.assessor, "Ana");
    assert_eq!(
        a.answers.get("purpose"),
        Some(&Answer::Choice("screen".into()))
    );
    assert_eq!(
        a.answers.get("data"),
        Some(&Answer::Choices(vec!["health".into()]))
    );
    assert_eq!(a.answers.get("decides"), Some(&Answer::Bool(true)));
    assert_eq!(
        a.notes.get("decides").map(String::as_str),
        Some("Volume is too high")
    );
    assert_eq!(a.wizard.position, "decides");

    // `raia resume` with no name opens the newest draft at the same question.
    let mut p = spawn(home.path(), &["resume"]);
    wait(&mut p, "Question 3 of 7");
    wait(&mut p, "Does it decide without a person?");
    send(&mut p, "q");
    p.exp_eof().unwrap();
    assert_eq!(read(&draft).answers, a.answers);
}

#[test]
fn a_panic_restores_the_terminal_before_the_message() {
    let home = tempfile::tempdir().unwrap();
    let mut p = spawn_env(home.path(), &["new"], &[("RAIA_DEBUG_PANIC_KEY", "1")]);
    wait(&mut p, "System details · field 1 of 6");
    send(&mut p, "\x1b[24~"); // F12
    let rest = p.exp_eof().unwrap();
    let panicked = rest.find("panicked").expect("the panic message is shown");
    for (seq, what) in [
        ("\x1b[?1049l", "alternate screen left"),
        ("\x1b[?2004l", "bracketed paste disabled"),
        ("\x1b[?1000l", "mouse capture disabled"),
        ("\x1b[?25h", "cursor shown"),
    ] {
        let at = rest
            .find(seq)
            .unwrap_or_else(|| panic!("{what}: not in {rest:?}"));
        assert!(at < panicked, "{what} after the panic message");
    }
}

#[test]
fn a_fast_burst_of_typing_arrives_whole_and_the_tab_after_it_acts() {
    // 5,000 characters typed (not pasted: no bracketed paste), then Tab, in one write.
    let home = tempfile::tempdir().unwrap();
    let (mut p, file) = at_the_text_question(home.path());
    let burst: String = "abcdefghij".repeat(500);
    send(&mut p, &format!("{burst}\t"));
    wait(&mut p, "Describe a typical use.");
    let a = quit(p, &file);
    assert_eq!(a.answers.get("name"), Some(&Answer::Text(burst)));
    assert_eq!(a.wizard.position, "story");
}

/// Whether the pty is in canonical (cooked) mode, as the shell leaves it; raw mode turns it off.
fn cooked(p: &PtySession) -> bool {
    let modes = nix::sys::termios::tcgetattr(&p.process().pty).unwrap();
    modes
        .local_flags
        .contains(nix::sys::termios::LocalFlags::ICANON)
}

/// The sequences that give the terminal back, in the output of a wizard that was in its modes.
fn assert_restored(out: &str, context: &str) {
    for (seq, what) in [
        ("\x1b[?1049l", "alternate screen left"),
        ("\x1b[?2004l", "bracketed paste disabled"),
        ("\x1b[?1000l", "mouse capture disabled"),
        ("\x1b[?25h", "cursor shown"),
    ] {
        assert!(out.contains(seq), "{context}: {what}: not in {out:?}");
    }
}

#[test]
fn fatal_signals_save_the_typed_text_restore_the_terminal_and_end_by_the_signal() {
    for sig in [
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGINT,
        Signal::SIGQUIT,
    ] {
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join("a.toml");
        let mut p = spawn(home.path(), &["new", file.to_str().unwrap()]);
        wait(&mut p, "System details · field 1 of 6");
        // Typed, not entered: only the signal handler can save it.
        let typed = format!("Typed before {sig}");
        send(&mut p, &typed);
        wait(&mut p, &typed);
        p.process_mut().signal(sig).unwrap();
        let rest = p.exp_eof().unwrap();
        assert_restored(&rest, sig.as_str());
        assert!(rest.contains("Everything is saved in"), "{sig}: {rest:?}");
        assert!(
            matches!(p.process().wait().unwrap(), WaitStatus::Signaled(_, s, _) if s == sig),
            "{sig}: the process ends by the signal, so its parent sees the usual status"
        );
        assert_eq!(read(&file).metadata.system, typed, "{sig}");
    }
}

#[test]
fn sigtstp_and_ctrl_z_give_the_terminal_back_and_sigcont_takes_it_again() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    let mut p = spawn(home.path(), &["new", file.to_str().unwrap()]);
    wait(&mut p, "System details · field 1 of 6");
    send(&mut p, "Paused");
    wait(&mut p, "Paused");
    assert!(!cooked(&p), "raw mode while the wizard runs");
    let pid = p.process().child_pid;
    for how in ["kill -TSTP", "Ctrl+Z"] {
        if how == "Ctrl+Z" {
            send(&mut p, "\x1a");
        } else {
            p.process_mut().signal(Signal::SIGTSTP).unwrap();
        }
        // The cursor shows while typing too (it sits on the caret), so the restore is found by
        // leaving the alternate screen, then the cursor shown after it.
        let out = p.exp_string("\x1b[?1049l").unwrap();
        let shown = p.exp_string("\x1b[?25h").unwrap();
        assert_restored(&format!("{out}\x1b[?1049l{shown}\x1b[?25h"), how);
        // Blocks until the wizard has stopped itself.
        assert_eq!(
            waitpid(pid, Some(WaitPidFlag::WUNTRACED)).unwrap(),
            WaitStatus::Stopped(pid, Signal::SIGSTOP),
            "{how}"
        );
        assert!(cooked(&p), "{how}: the shell gets a cooked terminal");
        // What was typed is saved before stopping: a stopped job may be killed for good.
        assert_eq!(read(&file).metadata.system, "Paused", "{how}");
        p.process_mut().signal(Signal::SIGCONT).unwrap();
        p.exp_string("\x1b[?1049h").unwrap();
        // Repainted without being asked (no Ctrl+L here).
        p.exp_regex(&screen_re("System details · field 1 of 6"))
            .unwrap();
        assert!(!cooked(&p), "{how}: raw mode again after SIGCONT");
    }
    // Keys work again, in the same field.
    send(&mut p, " and resumed\x11");
    p.exp_eof().unwrap();
    assert_eq!(read(&file).metadata.system, "Paused and resumed");
}

/// Issue 11, point 14: Ctrl+E in a long text opens $EDITOR (as in huh) and reads the text back.
/// The file ends with a newline, as a text file does, so a line added in the editor is a line
/// of its own (it was run onto the last line typed), and that newline is not kept.
#[test]
fn ctrl_e_edits_a_long_text_in_the_editor() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    // An "editor" that appends a line to the file it is given.
    let editor = "printf 'from the editor\\n' >>";
    let mut p = spawn_env(
        home.path(),
        &["new", file.to_str().unwrap()],
        &[("EDITOR", editor), ("VISUAL", "")],
    );
    metadata(&mut p);
    send(&mut p, "1\r");
    wait(&mut p, "Which data does it use?");
    send(&mut p, "1\r");
    wait(&mut p, "Who owns the model?");
    send(&mut p, "Team\r");
    wait(&mut p, "Describe a typical use.");
    send(&mut p, "typed here");
    send(&mut p, "\x05");
    wait(&mut p, "Read back from the editor");
    send(&mut p, "\t");
    wait(&mut p, "How many people use it each month?");
    let a = quit(p, &file);
    assert_eq!(
        a.answers.get("story"),
        Some(&Answer::Text("typed here\nfrom the editor".into()))
    );
}

/// A hardening review: Ctrl+E and an editor that changed nothing (":q") wrote the text back
/// with its "\r\n" made "\n" and its trailing line breaks dropped. Leaving the editor's file as
/// it was leaves the answer, and the file, as they were.
#[test]
fn an_editor_that_changes_nothing_changes_no_answer() {
    let home = tempfile::tempdir().unwrap();
    let (mut p, file) = at_the_long_text(home.path());
    send(&mut p, "x\t");
    wait(&mut p, "How many people use it each month?");
    quit(p, &file);
    let text = std::fs::read_to_string(&file).unwrap();
    let exact = "\tline one\r\nline two\n\n";
    let text = text.replace(
        "story = \"x\"",
        "story = \"\\tline one\\r\\nline two\\n\\n\"",
    );
    std::fs::write(&file, &text).unwrap();
    assert_eq!(
        read(&file).answers.get("story"),
        Some(&Answer::Text(exact.into()))
    );
    let mut p = spawn_env(
        home.path(),
        &["resume", file.to_str().unwrap()],
        &[("EDITOR", "true"), ("VISUAL", "")],
    );
    wait(&mut p, "How many people use it each month?");
    send(&mut p, "\x1b[Z");
    wait(&mut p, "Describe a typical use.");
    send(&mut p, "\x05");
    // Either message: the file decides.
    wait(&mut p, "the editor;");
    send(&mut p, "\t");
    wait(&mut p, "How many people use it each month?");
    quit(p, &file);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

/// The text box's editing keys, as a real terminal sends them (escape sequences and control
/// bytes), reach raia's own text box (issue 11, point 15 replaced ratatui-textarea): word
/// delete and paste back, a word left, delete to the end and to the start of the line, Home
/// and End, Backspace.
#[test]
fn editing_keys_from_a_real_terminal_edit_a_long_text() {
    let home = tempfile::tempdir().unwrap();
    let (mut p, file) = at_the_long_text(home.path());
    // Ctrl+W deletes "gamma", Ctrl+Y puts it back; Ctrl+← goes before it, Ctrl+K deletes it.
    send(&mut p, "alpha beta gamma\x17\x19\x1b[1;5D\x0bdelta.\r");
    // Ctrl+U deletes what is before the caret; Home, End and Backspace.
    send(&mut p, "second line\x15kept\x1b[H>\x1b[F\x7f");
    wait(&mut p, ">kep");
    send(&mut p, "\t");
    wait(&mut p, "How many people use it each month?");
    let a = quit(p, &file);
    assert_eq!(
        a.answers.get("story"),
        Some(&Answer::Text("alpha beta delta.\n>kep".into()))
    );
}

/// Plain mode in a terminal: Ctrl+C inside a long answer saves the lines already entered, as
/// the end of piped input does, says how to resume, and ends by the signal (a review lost a
/// paragraph to it, with nothing said).
#[test]
fn ctrl_c_in_a_plain_long_answer_keeps_the_lines_entered() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    std::fs::write(
        &file,
        "schema_version = 1\n[metadata]\nsystem = \"Plain\"\ndescription = \"d\"\nowner_team = \"t\"\nassessor = \"a\"\n[questionnaire]\nid = \"wizard-test\"\nversion = \"1\"\n[answers]\npurpose = \"chat\"\ndata = [\"public\"]\nname = \"Team\"\n",
    )
    .unwrap();
    // With the terminal's echo on, as a person has it: the echo says a line has reached it.
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("ulimit -c 0 && stty echo rows 30 cols 100 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_raia"))
        .arg("--questionnaire")
        .arg(fixture_path())
        .args(["resume", "--plain", file.to_str().unwrap()])
        .env("RAIA_DATA_DIR", home.path().join("data"))
        .env("RAIA_CONFIG_DIR", home.path().join("config"))
        .env("RAIA_TODAY", "2024-06-01");
    let mut p = spawn_command(cmd, Some(15_000)).unwrap();
    p.exp_string("raia plain mode").unwrap();
    p.send_line("go 4").unwrap();
    p.exp_string("End it with a line holding only a dot")
        .unwrap();
    // The terminal echoes a line before raia reads it, and Ctrl+C flushes a line raia has not
    // read yet, as it would for any program; a command word after it is answered only once
    // raia has read both, so the answer here is the signal that the first line is in.
    p.send_line("A first line, entered.").unwrap();
    p.send_line("back").unwrap();
    p.exp_string("read only once the answer ends").unwrap();
    p.send("half a line").unwrap();
    p.flush().unwrap();
    p.exp_string("half a line").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("the text typed so far is saved"), "{rest:?}");
    assert!(rest.contains("raia resume --plain"), "{rest:?}");
    assert!(
        matches!(p.process().wait().unwrap(), WaitStatus::Signaled(_, s, _) if s == Signal::SIGINT),
        "the process ends by the signal"
    );
    assert_eq!(
        read(&file).answers.get("story"),
        Some(&Answer::Text("A first line, entered.".into()))
    );
}
