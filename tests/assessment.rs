#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benches fail loudly by design
//! The assessment file: round trips, and the messages people see for bad files.
mod common;

use raia::answer::Answer;
use raia::assessment::{Assessment, SafeguardEntry, SafeguardStatus, parse_assessment, store};
use raia::session::Session;

fn good_text() -> String {
    r#"schema_version = 1

[metadata]
system = "Hiring helper"
owner_team = "Talent"

[questionnaire]
id = "example-mini"
version = "1"

[answers]
voice-clone = "no"
hiring = true
role = "recommends"

[notes]
role = "Recruiters decide."

[safeguards.named-owner]
status = "in-place"
evidence = "https://wiki.example.com/owners"
"#
    .to_string()
}

fn errors(text: &str) -> Vec<String> {
    let q = common::docs_example();
    match parse_assessment("a.toml", text, &q) {
        Ok(_) => Vec::new(),
        Err(d) => d.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_good_file_loads_with_typed_answers() {
    let q = common::docs_example();
    let a = parse_assessment("a.toml", &good_text(), &q).unwrap();
    assert_eq!(a.answers["hiring"], Answer::Bool(true));
    assert_eq!(a.answers["role"], Answer::Choice("recommends".into()));
    assert_eq!(a.notes["role"], "Recruiters decide.");
    assert_eq!(a.safeguards["named-owner"].status, SafeguardStatus::InPlace);
    assert_eq!(a.metadata.system, "Hiring helper");
}

#[test]
fn writing_then_reading_gives_the_same_assessment() {
    let q = common::docs_example();
    let mut a = Assessment::new(&q);
    a.metadata.system = "Multi\nline \"quoted\" | name".into();
    a.answers
        .insert("voice-clone".into(), Answer::Choice("licensed".into()));
    a.answers.insert("hiring".into(), Answer::Bool(false));
    a.answers.insert(
        "owner".into(),
        Answer::Text("Line one\nLine two with \"quotes\"\n".into()),
    );
    a.notes
        .insert("voice-clone".into(), "Signed licence on file".into());
    a.safeguards.insert(
        "human-review".into(),
        SafeguardEntry {
            status: SafeguardStatus::Planned,
            evidence: "Q3 roadmap".into(),
        },
    );
    a.wizard.position = "owner".into();
    let text = a.to_toml(&q);
    let back = parse_assessment("a.toml", &text, &q).unwrap();
    assert_eq!(back, a);
    // Answers are written in asking order, so diffs read top to bottom.
    let v = text.find("voice-clone = ").unwrap();
    let h = text.find("hiring = ").unwrap();
    let o = text.find("owner = ").unwrap();
    assert!(v < h && h < o, "{text}");
}

#[test]
fn the_answers_hash_changes_with_answers_the_system_and_evidence_dates_but_not_other_dates() {
    let q = common::docs_example();
    let a = parse_assessment("a.toml", &good_text(), &q).unwrap();
    let mut b = a.clone();
    b.metadata.updated = "2030-01-01".into();
    b.metadata.created = "2029-01-01".into();
    b.metadata.review_by = "2031-01-01".into();
    assert_eq!(a.answers_hash(&q), b.answers_hash(&q));
    // The evidence's dates are signed: an approval covers the expiry it saw (a hostile review
    // moved one on after sign-off).
    let mut c = b.clone();
    c.evidence_dates.insert(
        "named-owner".into(),
        raia::assessment::EvidenceDates {
            date: "2029-01-01".into(),
            expires: "2030-01-01".into(),
        },
    );
    assert_ne!(b.answers_hash(&q), c.answers_hash(&q));
    // A sign-off must not carry over to a relabelled file.
    for field in [
        "system",
        "description",
        "organisation",
        "owner_team",
        "assessor",
        "contact",
    ] {
        let mut c = a.clone();
        c.metadata.set(field, "Another system".into());
        assert_ne!(a.answers_hash(&q), c.answers_hash(&q), "{field}");
    }
    b.answers.insert("hiring".into(), Answer::Bool(false));
    assert_ne!(a.answers_hash(&q), b.answers_hash(&q));
    assert_eq!(a.answers_hash(&q).len(), 64);
}

/// A sign-off is given for the words: spaces and line breaks changed alone leave it current
/// (and a rejection with it, which only its reviewer can then lift), while a sign-off raia
/// recorded before it read spacing so still holds for the text as it was written.
#[test]
fn a_sign_off_holds_for_the_words_whatever_their_spacing() {
    let q = common::docs_example();
    let mut a = parse_assessment("a.toml", &good_text(), &q).unwrap();
    let plain = a.signoff_hashes(&q);
    assert_eq!(plain.exact, plain.spaced);
    assert_eq!(plain.spaced, a.answers_hash(&q));
    let signed = |hash: &str| raia::assessment::SignOff {
        name: "Sam".into(),
        role: String::new(),
        date: "2026-01-10".into(),
        decision: Some(raia::assessment::Decision::Rejected),
        comment: String::new(),
        assessment_hash: hash.into(),
        questionnaire_version: String::new(),
        questionnaire_hash: String::new(),
    };
    a.metadata.system = "Triage\n  helper ".into();
    // The words are those of "Triage helper".
    let mut one_space = a.clone();
    one_space.metadata.system = "Triage helper".into();
    let words = one_space.answers_hash(&q);
    assert_eq!(a.answers_hash(&q), words);
    let (old, new) = (signed(&a.answers_hash_as_written(&q)), signed(&words));
    assert_ne!(old, new);
    // Each holds for the text as it is: the one raia records now, and one recorded before.
    assert!(new.is_current(&a.signoff_hashes(&q)));
    a.signoff.push(old.clone());
    let written = a.signoff_hashes(&q);
    assert_ne!(written.exact, written.spaced);
    assert!(old.is_current(&written) && new.is_current(&written));
    // Respaced: the sign-off raia records now holds; one recorded before, for the text as
    // written then, is stale (it never said which spacing it saw).
    let mut respaced = a.clone();
    respaced.metadata.system = " Triage   helper".into();
    let now = respaced.signoff_hashes(&q);
    assert!(new.is_current(&now));
    assert!(!old.is_current(&now));
    // Tabs, non-breaking spaces and CR LF are spacing too; a changed word is not.
    respaced.metadata.system = "Triage\u{a0}\thelper\r\n".into();
    assert!(new.is_current(&respaced.signoff_hashes(&q)));
    // Characters that show nothing, a look-alike letter and full-width forms read as what
    // they show (a hostile review lifted a rejection with a zero-width space, another with a
    // Cyrillic "а").
    for same in [
        "Triage\u{200b} helper",
        "Tri\u{ad}age helper\u{feff}",
        "Tri\u{2060}age helper",
        "Tri\u{430}ge helper",
        "Ｔriage helper",
        "Tri\u{1D00}ge helper",
        "Triage\u{2800}helper",
        "Triage\u{3164}helper",
    ] {
        respaced.metadata.system = same.into();
        assert!(new.is_current(&respaced.signoff_hashes(&q)), "{same:?}");
    }
    // A list of options is a set: order changes nothing signed.
    let mut listed = a.clone();
    listed
        .answers
        .insert("uses".into(), Answer::Choices(vec!["b".into(), "a".into()]));
    let ordered = signed(&listed.answers_hash(&q));
    listed
        .answers
        .insert("uses".into(), Answer::Choices(vec!["a".into(), "b".into()]));
    assert!(ordered.is_current(&listed.signoff_hashes(&q)));
    listed
        .answers
        .insert("uses".into(), Answer::Choices(vec!["a".into()]));
    assert!(!ordered.is_current(&listed.signoff_hashes(&q)));
    // An Armenian "օ" for "o" in a note reads the same too.
    let mut noted = a.clone();
    noted
        .notes
        .insert("why".into(), "Reviewed by the ops team".into());
    let before = signed(&noted.answers_hash(&q));
    noted
        .notes
        .insert("why".into(), "Reviewed by the \u{585}ps team".into());
    assert!(before.is_current(&noted.signoff_hashes(&q)));
    respaced.metadata.system = "Triage helpers".into();
    assert!(!new.is_current(&respaced.signoff_hashes(&q)));
    respaced.metadata.system = "Triagehelper".into();
    assert!(!new.is_current(&respaced.signoff_hashes(&q)));
}

#[test]
fn wrong_answer_type_names_line_column_and_expected_value() {
    let text = good_text().replace("hiring = true", "hiring = \"maybe\"");
    assert_eq!(
        errors(&text),
        vec![
            "a.toml:13:10: `hiring` expects true or false, but the file has the string \"maybe\"\n  help: write true or false"
                .to_string()
        ]
    );
}

#[test]
fn unknown_option_and_unknown_question_are_named() {
    let text = good_text().replace("role = \"recommends\"", "role = \"recommend\"");
    assert_eq!(
        errors(&text),
        vec!["a.toml:14:8: `role` has no option \"recommend\" (did you mean \"recommends\"?); it expects one of \"recommends\", \"decides\"\n  help: write one of \"recommends\", \"decides\"".to_string()]
    );
    let text = good_text().replace("hiring = true", "hirng = true");
    let errs = errors(&text);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("a.toml:13:9: answer to unknown question `hirng`"),
        "{errs:?}"
    );
    assert!(errs[0].contains("did you mean `hiring`?"), "{errs:?}");
}

#[test]
fn file_made_for_another_questionnaire_or_version_is_refused_with_a_fix() {
    let text = good_text().replace("version = \"1\"", "version = \"0.9\"");
    let errs = errors(&text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("this assessment was made for version 0.9 of `example-mini`, but the questionnaire in use is version 1"),
        "{errs:?}"
    );
    assert!(
        errs[0].contains("help: pass --questionnaire PATH with version 0.9"),
        "{errs:?}"
    );

    let text = good_text().replace("id = \"example-mini\"", "id = \"other\"");
    let errs = errors(&text);
    assert!(
        errs[0].contains(
            "made for questionnaire `other`, but the questionnaire in use is `example-mini`"
        ),
        "{errs:?}"
    );
}

#[test]
fn malformed_toml_and_bad_values_never_panic_and_are_located() {
    let errs = errors(&good_text().replace("[answers]", "[answers"));
    assert_eq!(errs.len(), 1);
    assert!(errs[0].starts_with("a.toml:11:"), "{errs:?}");

    let errs = errors(&good_text().replace("status = \"in-place\"", "status = \"done\""));
    assert!(
        errs[0].starts_with("a.toml:20:10: unknown variant `done`, expected one of `in-place`, `planned`, `missing`, `not-applicable`\n  help: use one of the values listed above"),
        "{errs:?}"
    );
    // One error among the others, not the only one (a new-user trial fixed "done" and then
    // met four more).
    let errs = errors(
        &good_text()
            .replace("status = \"in-place\"", "status = \"in place\"")
            .replace("role = \"recommends\"", "role = \"sometimes\""),
    );
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(errs[0].starts_with("a.toml:14:8: "), "{errs:?}");
    assert!(
        errs[1].starts_with("a.toml:20:10: unknown variant `in place`")
            && errs[1].ends_with(
                "help: did you mean `in-place`? write that, or another of the values listed above"
            ),
        "{errs:?}"
    );

    let errs = errors(&good_text().replace("[safeguards.named-owner]", "[safeguards.owner]"));
    assert!(
        errs[0].contains("status for unknown safeguard `owner`"),
        "{errs:?}"
    );

    let errs = errors(&good_text().replace("schema_version = 1", "schema_version = 7"));
    assert!(
        errs[0].starts_with("a.toml:1:18: schema_version 7 is not supported"),
        "{errs:?}"
    );

    let errs = errors(&good_text().replace(
        "owner_team = \"Talent\"",
        "owner_team = \"Talent\"\nteam = \"x\"",
    ));
    assert!(errs[0].contains("unknown field `team`"), "{errs:?}");

    // Every prefix of a valid file either loads or gives located errors; none panics.
    let text = good_text();
    let q = common::docs_example();
    for end in (0..text.len()).filter(|i| text.is_char_boundary(*i)) {
        if let Err(d) = parse_assessment("a.toml", &text[..end], &q) {
            common::assert_located_within(&text[..end], &d.0);
        }
    }
}

#[test]
fn number_and_date_answers_are_checked() {
    let q = raia::questionnaire::parse_questionnaire(
        "q.toml",
        &common::docs_example_text().replace(
            "[[question]]\nid = \"owner\"",
            "[[question]]\nid = \"people\"\nsection = \"decisions\"\ntype = \"number\"\nprompt = \"How many?\"\nmin = 0\n\n[[question]]\nid = \"launch\"\nsection = \"decisions\"\ntype = \"date\"\nprompt = \"When?\"\n\n[[question]]\nid = \"owner\"",
        ),
    )
    .unwrap();
    let base =
        "schema_version = 1\n[questionnaire]\nid = \"example-mini\"\nversion = \"1\"\n[answers]\n";
    let ok = parse_assessment(
        "a.toml",
        &format!("{base}people = 12\nlaunch = \"2024-02-29\"\n"),
        &q,
    )
    .unwrap();
    assert_eq!(ok.answers["people"], Answer::Number(12.0));
    let e = parse_assessment("a.toml", &format!("{base}people = -1\n"), &q).unwrap_err();
    assert!(
        e.to_string()
            .contains("`people` expects a number of at least 0"),
        "{e}"
    );
    let e =
        parse_assessment("a.toml", &format!("{base}launch = \"2023-02-29\"\n"), &q).unwrap_err();
    assert!(
        e.to_string()
            .contains("`launch` expects a date as \"YYYY-MM-DD\""),
        "{e}"
    );
    // A native TOML date works too.
    let native = parse_assessment("a.toml", &format!("{base}launch = 2024-03-01\n"), &q).unwrap();
    assert_eq!(native.answers["launch"], Answer::Date("2024-03-01".into()));
}

#[test]
fn save_is_atomic_and_owner_only() {
    let q = common::docs_example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("a.toml");
    let a = parse_assessment("a.toml", &good_text(), &q).unwrap();
    store::save(&path, &a, &q).unwrap();
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    // A save writes the questionnaire text the assessment records, and binds nothing by
    // itself: binding is the user's act (Ctrl+S in the wizard, or a sign-off).
    assert_eq!(a.questionnaire.hash, "");
    assert_eq!(back, a);
    let mut bound = a.clone();
    bound.questionnaire.hash = q.content_hash.clone();
    store::save(&path, &bound, &q).unwrap();
    assert_eq!(raia::assessment::read_assessment(&path, &q).unwrap(), bound);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn an_exclusive_option_cannot_be_combined() {
    let q = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let tests = q.question("tests-done").unwrap();
    let none = tests.option("none").unwrap();
    assert!(none.exclusive);
    let other = tests.options.iter().find(|o| !o.exclusive).unwrap();
    let both = Answer::Choices(vec![other.id.to_string(), "none".into()]);
    let err = raia::assessment::check_answer(tests, &both).unwrap_err();
    assert!(
        err == format!(
            "\"{}\" cannot be combined with other options: choose it alone",
            none.label
        ),
        "{err}"
    );
    assert!(raia::assessment::check_answer(tests, &Answer::Choices(vec!["none".into()])).is_ok());
}

#[test]
fn an_open_session_keeps_a_sign_off_written_meanwhile() {
    let q = common::docs_example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, good_text()).unwrap();
    // The wizard has the file open...
    let mut session = raia::session::Session::open(q.clone(), &path).unwrap();
    // ...while a reviewer signs it (what `raia sign` does).
    let mut signed = raia::assessment::read_assessment(&path, &q).unwrap();
    signed.signoff.push(raia::assessment::SignOff {
        name: "J. Compliance".into(),
        role: String::new(),
        date: "2026-01-15".into(),
        decision: Some(raia::assessment::Decision::Approved),
        comment: String::new(),
        assessment_hash: signed.answers_hash(&q),
        questionnaire_version: String::new(),
        questionnaire_hash: String::new(),
    });
    store::save(&path, &signed, &q).unwrap();
    // The next answer in the wizard must not drop the sign-off; it becomes stale instead.
    session
        .set_answer("hiring", Some(Answer::Bool(false)))
        .unwrap();
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.signoff.len(), 1, "the sign-off was lost");
    assert_ne!(back.signoff[0].assessment_hash, back.answers_hash(&q));
}

/// A sign-off written to the file while a session has it open is taken in when the session
/// looks (the wizard does at every pause), without a save: what the session has not written yet
/// stays, and the next save writes it beside the sign-off. The file is only read when its size
/// or time of change moved.
#[test]
fn a_session_takes_in_a_sign_off_written_meanwhile_without_saving() {
    let q = common::docs_example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, good_text()).unwrap();
    let mut session = raia::session::Session::open(q.clone(), &path).unwrap();
    assert!(!session.take_in_file().unwrap(), "nothing changed yet");
    // A change that waits for its save, as the wizard's do until the frame is drawn.
    session.defer_saves();
    session
        .set_answer("hiring", Some(Answer::Bool(false)))
        .unwrap();
    // Meanwhile a reviewer signs the file as it is on disk.
    let mut signed = raia::assessment::read_assessment(&path, &q).unwrap();
    signed.signoff.push(raia::assessment::SignOff {
        name: "J. Compliance".into(),
        role: String::new(),
        date: "2026-01-15".into(),
        decision: Some(raia::assessment::Decision::Approved),
        comment: String::new(),
        assessment_hash: signed.answers_hash(&q),
        questionnaire_version: String::new(),
        questionnaire_hash: String::new(),
    });
    store::save(&path, &signed, &q).unwrap();
    let on_disk = std::fs::read(&path).unwrap();
    let revision = session.revision;
    assert!(session.take_in_file().unwrap());
    assert!(
        session.revision > revision,
        "what was computed must be redone"
    );
    assert_eq!(session.take_merged(), ["sign-offs"]);
    assert_eq!(session.assessment.signoff.len(), 1);
    assert_eq!(session.assessment.answers["hiring"], Answer::Bool(false));
    assert_eq!(std::fs::read(&path).unwrap(), on_disk, "nothing written");
    assert!(!session.take_in_file().unwrap(), "taken in once");
    // Touched, not changed: nothing to take in.
    let f = std::fs::File::options().append(true).open(&path).unwrap();
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    drop(f);
    assert!(!session.take_in_file().unwrap());
    session.save().unwrap();
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.answers["hiring"], Answer::Bool(false));
    assert_eq!(back.signoff.len(), 1, "the sign-off stays");
    assert_ne!(back.signoff[0].assessment_hash, back.answers_hash(&q));
}

/// A hostile review opened a read-only file in the wizard, edited it, and was told only on
/// quitting that the changes were lost. A session refuses it when it opens, with the save's own
/// reason, as plain mode and raia sign do.
#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_when_a_session_opens_it() {
    use std::os::unix::fs::PermissionsExt;
    let q = common::docs_example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, good_text()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let err = match Session::open(q.clone(), &path) {
        Ok(_) => panic!("opened a read-only file"),
        Err(e) => e.to_string(),
    };
    assert!(
        err.contains("is read-only (mode 0444), so raia does not replace it"),
        "{err}"
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(Session::open(q, &path).is_ok());
}

/// A hostile review moved the file while a session had it open; the next save wrote it again
/// from scratch without a word. It still writes (nothing typed is lost) and says so once.
#[test]
fn a_file_moved_away_while_open_is_written_again_and_said() {
    let q = common::docs_example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, good_text()).unwrap();
    let mut session = Session::open(q.clone(), &path).unwrap();
    session
        .set_answer("hiring", Some(Answer::Bool(false)))
        .unwrap();
    assert!(!session.take_recreated());
    std::fs::rename(&path, dir.path().join("moved.toml")).unwrap();
    session
        .set_answer("hiring", Some(Answer::Bool(true)))
        .unwrap();
    assert!(session.take_recreated());
    assert!(!session.take_recreated(), "said once");
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.answers["hiring"], Answer::Bool(true));
    session
        .set_answer("hiring", Some(Answer::Bool(false)))
        .unwrap();
    assert!(!session.take_recreated());
    assert!(
        raia::explain::recreated("a.toml")
            .starts_with("a.toml was moved or deleted since raia opened it")
    );
}

#[test]
fn typos_in_options_and_safeguard_ids_get_a_suggestion() {
    let errs = errors(&good_text().replace("role = \"recommends\"", "role = \"recomends\""));
    assert!(
        errs[0].contains("`role` has no option \"recomends\" (did you mean \"recommends\"?)"),
        "{errs:?}"
    );
    let errs = errors(&good_text().replace("[safeguards.named-owner]", "[safeguards.named-ownr]"));
    assert!(
        errs[0].contains("help: did you mean `named-owner`?"),
        "{errs:?}"
    );
}

#[test]
fn the_example_in_the_format_doc_loads_with_the_default_questionnaire() {
    let doc = include_str!("../docs/assessment-format.md");
    let open = doc.find("```toml\n").unwrap() + "```toml\n".len();
    let close = open + doc[open..].find("```").unwrap();
    // The doc shortens hashes with an ellipsis; any string loads.
    let text = doc[open..close].replace('…', "");
    let q = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let a = parse_assessment("doc.toml", &text, &q).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.answers["ai-role"], Answer::Choice("recommends".into()));
    assert_eq!(a.signoff.len(), 1);
}

#[test]
fn a_count_of_people_must_be_a_whole_number() {
    let q = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let scale = q.question("scale").unwrap();
    assert!(scale.integer);
    let err = raia::assessment::check_answer(scale, &Answer::Number(3000.5)).unwrap_err();
    assert_eq!(err, "`scale` expects a whole number of at least 0");
    assert!(raia::assessment::check_answer(scale, &Answer::Number(3000.0)).is_ok());
}

// ---------------------------------------------------------------- one owner per file

/// A file with `good_text()` in a new temp dir.
fn good_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, good_text()).unwrap();
    (dir, path)
}

#[test]
fn two_sessions_on_one_file_never_lose_an_answer() {
    let q = common::docs_example();
    let (_dir, path) = good_file();
    let mut first = Session::open(q.clone(), &path).unwrap();
    // A second session on the same file is refused, and told who holds it. Were it let in,
    // its copy would not have the first session's answer below, and its next save would
    // write the file without it.
    match Session::open(q.clone(), &path) {
        Err(e) => {
            let msg = format!("{e:#}");
            assert!(
                msg.contains("is open in another raia session (pid "),
                "{msg}"
            );
            assert!(
                msg.contains(&format!("pid {}", std::process::id())),
                "{msg}"
            );
            assert!(msg.contains("close it there first"), "{msg}");
            first
                .set_answer("hiring", Some(Answer::Bool(false)))
                .unwrap();
        }
        Ok(mut second) => {
            first
                .set_answer("hiring", Some(Answer::Bool(false)))
                .unwrap();
            second
                .set_answer("voice-clone", Some(Answer::Choice("licensed".into())))
                .unwrap();
        }
    }
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(
        back.answers["hiring"],
        Answer::Bool(false),
        "an answer was lost"
    );
    // Once the first session ends, the file can be opened again, and its lock file is gone.
    drop(first);
    let names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.toml"]);
    Session::open(q, &path).unwrap();
}

#[test]
fn a_hand_edit_made_while_a_session_is_open_is_merged_not_lost() {
    let q = common::docs_example();
    let (_dir, path) = good_file();
    let mut session = Session::open(q.clone(), &path).unwrap();
    session
        .set_answer("hiring", Some(Answer::Bool(false)))
        .unwrap();
    // Someone edits the file in an editor: another answer and a note, same length or not.
    let edited = std::fs::read_to_string(&path)
        .unwrap()
        .replace("voice-clone = \"no\"", "voice-clone = \"licensed\"")
        .replace(
            "[notes]\n",
            "[notes]\nvoice-clone = \"Contract on file.\"\n",
        );
    std::fs::write(&path, edited).unwrap();
    session
        .set_answer("role", Some(Answer::Choice("decides".into())))
        .unwrap();
    assert_eq!(
        session.take_merged(),
        [
            "the answer to \"Does the system reproduce a real person's voice?\"",
            "the note on \"Does the system reproduce a real person's voice?\""
        ]
    );
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.answers["hiring"], Answer::Bool(false));
    assert_eq!(back.answers["role"], Answer::Choice("decides".into()));
    assert_eq!(
        back.answers["voice-clone"],
        Answer::Choice("licensed".into()),
        "the hand edit was lost"
    );
    assert_eq!(back.notes["voice-clone"], "Contract on file.");
    assert!(session.unsaved().is_none());
}

/// A session whose owner answer ("Robin") was changed in the file too ("Dana") meanwhile.
fn owner_changed_in_both() -> (
    raia::questionnaire::Questionnaire,
    tempfile::TempDir,
    std::path::PathBuf,
    Session,
) {
    let q = common::docs_example();
    let (dir, path) = good_file();
    let mut session = Session::open(q.clone(), &path).unwrap();
    let edited = std::fs::read_to_string(&path)
        .unwrap()
        .replace("[answers]\n", "[answers]\nowner = \"Dana\"\n");
    std::fs::write(&path, &edited).unwrap();
    session
        .set_answer("owner", Some(Answer::Text("Robin".into())))
        .unwrap();
    (q, dir, path, session)
}

/// The same answer changed here and in the file: the file's value is kept and nothing is written
/// over it blind, this session's is held and said with both values, and everything else goes on
/// being saved (a new-user pass lost every later answer while a stopped save waited for a
/// choice). Ctrl+S (`save_keeping_mine`) puts this session's value back.
#[test]
fn the_same_answer_changed_here_and_on_disk_keeps_the_file_value_and_saves_the_rest() {
    let (q, _dir, path, mut session) = owner_changed_in_both();
    let held = session.take_held();
    assert_eq!(
        raia::session::describe(&held),
        "the answer to \"Who is accountable for the system?\" (here \"Robin\", in the file \"Dana\")"
    );
    assert!(session.collided() && session.unsaved().is_none());
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(
        back.answers["owner"],
        Answer::Text("Dana".into()),
        "written blind"
    );
    assert_eq!(
        session.assessment.answers["owner"],
        Answer::Text("Dana".into())
    );
    // Any further change is saved, with the file's value still kept.
    session.set_note("role", "why").unwrap();
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.notes["role"], "why");
    assert_eq!(back.answers["owner"], Answer::Text("Dana".into()));
    assert_eq!(session.held_back().len(), 1);
    // Choosing to keep this session's version writes it, with everything else.
    session.save_keeping_mine().unwrap();
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.answers["owner"], Answer::Text("Robin".into()));
    assert_eq!(back.notes["role"], "why");
    assert!(!session.collided() && session.unsaved().is_none());
}

/// A held item changed again here is the user's new word: Ctrl+S does not put the old value
/// back over it.
#[test]
fn a_held_item_changed_again_keeps_the_new_value() {
    let (q, _dir, path, mut session) = owner_changed_in_both();
    session
        .set_answer("owner", Some(Answer::Text("Dana and Robin".into())))
        .unwrap();
    assert!(session.held_back().is_empty() && !session.collided());
    session.save_keeping_mine().unwrap();
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.answers["owner"], Answer::Text("Dana and Robin".into()));
}

#[test]
fn a_file_broken_on_disk_meanwhile_is_not_overwritten() {
    let q = common::docs_example();
    let (_dir, path) = good_file();
    let mut session = Session::open(q.clone(), &path).unwrap();
    std::fs::write(&path, "schema_version = [\n").unwrap();
    let err = session
        .set_answer("hiring", Some(Answer::Bool(false)))
        .unwrap_err();
    assert!(
        format!("{err:#}")
            .contains("a.toml:1:19: unclosed array, expected `]`). Nothing was written"),
        "{err:#}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "schema_version = [\n"
    );
}

// ---------------------------------------------------------------- how files are replaced

#[cfg(unix)]
fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

#[cfg(unix)]
fn set_mode(p: &std::path::Path, m: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_even_for_root() {
    let (_dir, path) = good_file();
    set_mode(&path, 0o444);
    let err = store::write_atomic(&path, b"replaced").unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        format!(
            "{p} is read-only (mode 0444), so raia does not replace it; make it writable (chmod u+w {p}) if it should change, or write elsewhere",
            p = path.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), good_text());
    assert_eq!(mode(&path), 0o444);
}

#[cfg(unix)]
#[test]
fn saving_writes_through_a_link_and_keeps_the_mode() {
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("shared");
    std::fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("a.toml");
    std::fs::write(&real, "old").unwrap();
    // Issue 7, point 9: a world-writable file was never tightened. The mode is kept but for
    // the write bit for every user: group write, a team's choice, stays.
    set_mode(&real, 0o666);
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink("shared/a.toml", &link).unwrap();
    store::write_atomic(&link, b"new").unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    assert_eq!(mode(&real), 0o664);
    set_mode(&real, 0o646);
    store::write_atomic(&real, b"newer").unwrap();
    assert_eq!(mode(&real), 0o644);
    // The temporary file was made beside the target, not beside the link.
    assert_eq!(std::fs::read_dir(&real_dir).unwrap().count(), 1);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    // A dangling link gets its target created.
    let dangling = dir.path().join("dangling.toml");
    std::os::unix::fs::symlink("shared/new.toml", &dangling).unwrap();
    store::write_atomic(&dangling, b"fresh").unwrap();
    assert_eq!(
        std::fs::read_to_string(real_dir.join("new.toml")).unwrap(),
        "fresh"
    );
    assert_eq!(mode(&real_dir.join("new.toml")), 0o600);
}

#[cfg(unix)]
#[test]
fn a_device_or_a_directory_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let err = store::write_atomic(dir.path(), b"x").unwrap_err();
    assert!(format!("{err:#}").contains("is a directory: raia writes only regular files"));
    // As root, a rename over /dev/null would replace the device with a file.
    let err = store::write_atomic(std::path::Path::new("/dev/null"), b"x").unwrap_err();
    assert!(
        format!("{err:#}").contains("/dev/null is not a regular file"),
        "{err:#}"
    );
    assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
}

#[cfg(unix)]
#[test]
fn stale_temporary_files_of_ours_are_removed_on_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(300);
    let make = |name: &str, age: Option<std::time::SystemTime>| {
        let p = dir.path().join(name);
        let f = std::fs::File::create(&p).unwrap();
        if let Some(t) = age {
            f.set_modified(t).unwrap();
        }
        p
    };
    let stale = make(".raia-a1B2c3.tmp", Some(old));
    let fresh = make(".raia-zzzzzz.tmp", None);
    let not_ours = [
        make(".raia-notes.tmp.bak", Some(old)),
        make("raia-a1B2c3.tmp", Some(old)),
        make(".raia-toolong1.tmp", Some(old)),
    ];
    store::write_atomic(&dir.path().join("a.toml"), b"x").unwrap();
    assert!(
        !stale.exists(),
        "a temporary file left by a killed run stays"
    );
    // One written a moment ago may belong to a save in progress.
    assert!(fresh.exists());
    for p in not_ours {
        assert!(p.exists(), "{} is not ours", p.display());
    }
}

#[test]
fn whole_numbers_stay_whole_and_exact_on_save() {
    let q = raia::questionnaire::parse_questionnaire(
        "q.toml",
        &common::docs_example_text().replace(
            "[[question]]\nid = \"owner\"",
            "[[question]]\nid = \"people\"\nsection = \"decisions\"\ntype = \"number\"\nprompt = \"How many?\"\n\n[[question]]\nid = \"owner\"",
        ),
    )
    .unwrap();
    let base =
        "schema_version = 1\n[questionnaire]\nid = \"example-mini\"\nversion = \"1\"\n[answers]\n";
    // Up to 2^53 every whole number is kept, and written back as the same integer.
    for n in [
        "9007199254740992",
        "-9007199254740992",
        "9005000000000001",
        "12",
    ] {
        let a = parse_assessment("a.toml", &format!("{base}people = {n}\n"), &q).unwrap();
        let written = a.to_toml(&q);
        assert!(
            written.contains(&format!("people = {n}\n")),
            "{n} came back as: {written}"
        );
    }
    // Above it, a float would change the number: refused, where it is written, saying why.
    let e =
        parse_assessment("a.toml", &format!("{base}people = 9007199254740993\n"), &q).unwrap_err();
    assert!(
        e.to_string().starts_with("a.toml:6:10: `people` is 9007199254740993, which is beyond 2^53 (9007199254740992) in size, the largest whole number raia keeps exactly"),
        "{e}"
    );
    // In a file an exponent is read, so it is offered there (not where the number is typed).
    assert!(
        e.to_string()
            .contains("use a smaller one, or an exponent such as 9.1e15 for an approximation"),
        "{e}"
    );
    // Written out with a fraction it rounds the same (hostile review: `9007199254740993.0` was
    // kept as ...992); with an exponent it says it is an approximation.
    for written in [
        "9007199254740993.0",
        "9_007_199_254_740_993.000",
        "-9007199254740992.5",
    ] {
        let e = parse_assessment("a.toml", &format!("{base}people = {written}\n"), &q).unwrap_err();
        assert!(
            e.to_string().starts_with(&format!(
                "a.toml:6:10: `people` is {written}, which is beyond 2^53"
            )),
            "{e}"
        );
    }
    let a = parse_assessment(
        "a.toml",
        &format!("{base}people = 9.007199254740993e15\n"),
        &q,
    )
    .unwrap();
    assert_eq!(a.answers["people"], Answer::Number(9.007199254740993e15));
    // Digits a float holds exactly, as an older raia wrote 1e20, still read; raia writes the
    // exponent form now.
    let a = parse_assessment(
        "a.toml",
        &format!("{base}people = 100000000000000000000.0\n"),
        &q,
    )
    .unwrap();
    assert_eq!(a.answers["people"], Answer::Number(1e20));
    assert!(
        a.to_toml(&q).contains("people = 1e20\n"),
        "{}",
        a.to_toml(&q)
    );
    // A number written as a float stays that float.
    let a = parse_assessment("a.toml", &format!("{base}people = 1e20\n"), &q).unwrap();
    let back = parse_assessment("b.toml", &a.to_toml(&q), &q).unwrap();
    assert_eq!(back.answers["people"], Answer::Number(1e20));
}

mod closest_id {
    use proptest::prelude::*;
    use raia::assessment::closest;

    /// What `closest` computed before it skipped ids that are certainly too far.
    fn by_distance_alone<'a>(id: &str, known: &[&'a str]) -> Option<&'a str> {
        known
            .iter()
            .map(|k| (strsim::damerau_levenshtein(id, k), *k))
            .filter(|(d, k)| *d <= 2.max(k.len() / 4))
            .min()
            .map(|(_, k)| k)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn skipping_far_ids_never_changes_the_suggestion(
            id in "[a-eé-]{0,12}",
            known in proptest::collection::vec("[a-eé-]{1,14}", 0..8),
        ) {
            let known: Vec<&str> = known.iter().map(String::as_str).collect();
            prop_assert_eq!(closest(&id, known.iter().copied()), by_distance_alone(&id, &known));
        }
    }

    #[test]
    fn typos_still_find_their_id() {
        let known = ["human-review", "named-owner", "bias-testing"];
        assert_eq!(closest("humn-reveiw", known), Some("human-review"));
        assert_eq!(closest("unknown-question-12345", known), None);
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_put_in_place_of_an_open_file_stops_the_save_instead_of_blocking() {
    let q = common::docs_example();
    let (_dir, path) = good_file();
    let mut session = Session::open(q, &path).unwrap();
    std::fs::remove_file(&path).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    let err = session
        .set_answer("hiring", Some(Answer::Bool(false)))
        .unwrap_err();
    assert!(
        format!("{err:#}").contains("is no longer a regular file; nothing was written"),
        "{err:#}"
    );
    assert!(session.unsaved().is_some());
}

#[test]
fn review_and_evidence_dates_survive_a_save_and_bad_ones_are_located() {
    let q = common::docs_example();
    let text = good_text().replace(
        "owner_team = \"Talent\"\n",
        "owner_team = \"Talent\"\nreview_by = \"2026-12-31\"\n",
    ) + "date = \"2025-06-01\"\nexpires = \"2026-06-01\"\n";
    let a = parse_assessment("a.toml", &text, &q).unwrap();
    assert_eq!(a.metadata.review_by, "2026-12-31");
    assert_eq!(a.evidence_dates["named-owner"].expires, "2026-06-01");
    // What the wizard writes keeps them, in the safeguard's own table.
    let saved = a.to_toml(&q);
    assert!(
        saved.contains("[safeguards.named-owner]\nstatus = \"in-place\"\nevidence = \"https://wiki.example.com/owners\"\ndate = \"2025-06-01\"\nexpires = \"2026-06-01\"\n"),
        "{saved}"
    );
    let back = parse_assessment("a.toml", &saved, &q).unwrap();
    assert_eq!(
        (&back.metadata, &back.evidence_dates),
        (&a.metadata, &a.evidence_dates)
    );
    let bad = text.replace("expires = \"2026-06-01\"", "expires = \"June\"");
    assert_eq!(
        errors(&bad),
        vec!["a.toml:24:1: safeguards.named-owner.expires = \"June\" is not a date\n  help: write dates as \"YYYY-MM-DD\"".to_string()]
    );
}

/// Issue 9: a safeguard's owner and target date are read, written back beside its status,
/// and a target that is not a date is located.
#[test]
fn a_planned_safeguard_keeps_its_owner_and_target_and_a_bad_date_is_located() {
    let q = common::docs_example();
    let text = good_text().replace("status = \"in-place\"", "status = \"planned\"")
        + "owner = \"Ana Ruiz\"\ntarget = \"2026-09-30\"\n";
    let a = parse_assessment("a.toml", &text, &q).unwrap();
    assert_eq!(a.plans["named-owner"].owner, "Ana Ruiz");
    assert_eq!(a.plans["named-owner"].target, "2026-09-30");
    let saved = a.to_toml(&q);
    assert!(
        saved.contains("owner = \"Ana Ruiz\"\ntarget = \"2026-09-30\"\n"),
        "{saved}"
    );
    assert_eq!(
        parse_assessment("a.toml", &saved, &q).unwrap().plans,
        a.plans
    );
    let bad = text.replace("target = \"2026-09-30\"", "target = \"Q3\"");
    assert_eq!(
        errors(&bad),
        vec!["a.toml:23:1: safeguards.named-owner.target = \"Q3\" is not a date\n  help: write dates as \"YYYY-MM-DD\"".to_string()]
    );
    // A day the month does not have is named (a new-user trial was told to write YYYY-MM-DD,
    // as it had).
    let slip = text.replace("target = \"2026-09-30\"", "target = \"2025-02-30\"");
    assert_eq!(
        errors(&slip),
        vec!["a.toml:23:1: safeguards.named-owner.target = \"2025-02-30\" is not a date: February 2025 has 28 days\n  help: write a day the month has, as \"YYYY-MM-DD\"".to_string()]
    );
    let month = text.replace("target = \"2026-09-30\"", "target = \"2025-13-01\"");
    assert!(errors(&month)[0].contains("is not a date: a month runs from 01 to 12"));
}

/// A value the file writes with an escaped Windows line break reads as the same text with a
/// plain one; saving other changes leaves it byte for byte (a review saw the first save rewrite
/// such notes, never opened, as multi-line strings holding a bare line feed).
#[test]
fn a_save_keeps_text_written_with_escaped_windows_line_breaks() {
    use raia::assessment::file;
    let q = common::docs_example();
    let line = "role = \"Recruiters decide.\\r\\nManagers sign.\\r\\n\"\n";
    let text = good_text().replace("role = \"Recruiters decide.\"\n", line);
    assert!(text.contains(line));
    let mut a = parse_assessment("a.toml", &text, &q).unwrap();
    // Spelled out in a file whose lines end in line feeds, the carriage returns are the text's
    // own, and reports carry them (a reports review saw JSON drop them).
    assert_eq!(a.notes["role"], "Recruiters decide.\r\nManagers sign.\r\n");
    let t = raia::report::Templates::builtin().unwrap();
    let json = raia::report::render(&q, &a, raia::report::Format::Json, &t).unwrap();
    assert!(json.contains(r#""Recruiters decide.\r\nManagers sign.\r\n""#));
    // In a file checked out with Windows line breaks, every line break in it reads as one.
    let windows = parse_assessment("a.toml", &text.replace('\n', "\r\n"), &q).unwrap();
    assert_eq!(
        windows.notes["role"],
        "Recruiters decide.\nManagers sign.\n"
    );
    a.answers.insert("hiring".into(), Answer::Bool(false));
    let saved = file::update("a.toml", &text, &a, &q).unwrap();
    assert!(saved.contains(line), "{saved}");
    assert!(saved.contains("hiring = false"), "{saved}");
    // A note changed is written as typed.
    a.notes.insert("role".into(), "Recruiters decide.\n".into());
    let saved = file::update("a.toml", &saved, &a, &q).unwrap();
    assert!(!saved.contains("Managers sign."), "{saved}");
}

/// Issue 8: a save edits the file in place. A changed value keeps the comment after it, the
/// comments above an answer taken back move to what follows, hand-written inline tables stay
/// inline, and a file that is no longer TOML is refused rather than rewritten.
#[test]
fn a_save_edits_the_file_in_place_and_keeps_every_comment() {
    use raia::assessment::file;
    let q = common::docs_example();
    let text = good_text()
        .replace(
            "voice-clone = \"no\"\n",
            "# Checked with the vendor.\nvoice-clone = \"no\"   # no voices at all\n",
        )
        .replace(
            "[safeguards.named-owner]\nstatus = \"in-place\"\nevidence = \"https://wiki.example.com/owners\"\n",
            "[safeguards]\n# Owners are in the RACI.\nnamed-owner = { status = \"in-place\", evidence = \"RACI\" }\n",
        )
        .replace("[notes]", "# Why we answered so.\n[notes]");
    let mut a = parse_assessment("a.toml", &text, &q).unwrap();
    a.answers
        .insert("voice-clone".into(), Answer::Choice("licensed".into()));
    let saved = file::update("a.toml", &text, &a, &q).unwrap();
    assert!(
        saved.contains(
            "# Checked with the vendor.\nvoice-clone = \"licensed\"   # no voices at all\n"
        ),
        "{saved}"
    );
    assert!(
        saved.contains("# Owners are in the RACI.\nnamed-owner = { status = \"in-place\", evidence = \"RACI\" }"),
        "{saved}"
    );
    // Taken back: its comment moves to the answer after it.
    a.answers.remove("voice-clone");
    let saved = file::update("a.toml", &saved, &a, &q).unwrap();
    assert!(
        saved.contains("# Checked with the vendor.\nhiring = true\n"),
        "{saved}"
    );
    assert!(saved.contains("# Why we answered so.\n[notes]"), "{saved}");
    let back = parse_assessment("a.toml", &saved, &q).unwrap();
    assert_eq!(
        (&back.answers, &back.notes, &back.safeguards),
        (&a.answers, &a.notes, &a.safeguards)
    );
    // Not TOML any more: refused, with the file named, never rewritten.
    let err = file::update("a.toml", "schema_version = [", &a, &q).unwrap_err();
    assert!(
        err.to_string().starts_with("a.toml: cannot be edited"),
        "{err}"
    );
    // Not UTF-8 text: refused the same way, saying where (a hardening review's wizard message
    // named no line), and the file is left as it was.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    let bad = b"schema_version = 1\n\n[metadata]\nsystem = \"Mar\xffcus\"\n".to_vec();
    std::fs::write(&path, &bad).unwrap();
    let err = file::save(&path, &a, &q).unwrap_err().to_string();
    assert!(
        err.contains("it is not UTF-8 text from line 4, column 14"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bad);
}

#[test]
fn a_sign_off_decision_is_one_of_three_and_a_typo_is_located() {
    let with = |decision: &str| {
        format!(
            "{}\n[[signoff]]\nname = \"J. Compliance\"\ndate = \"2026-01-15\"\ndecision = \"{decision}\"\nassessment_hash = \"x\"\n",
            good_text()
        )
    };
    let q = common::docs_example();
    for d in raia::assessment::Decision::ALL {
        let a = parse_assessment("a.toml", &with(d.name()), &q).unwrap();
        assert_eq!(a.signoff[0].decision, Some(d));
    }
    // A typo was kept as text before; now it is refused at its line, with the choices.
    let text = with("aproved");
    let line = text
        .lines()
        .position(|l| l.starts_with("decision"))
        .unwrap()
        + 1;
    let errs = errors(&text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with(&format!("a.toml:{line}:")), "{errs:?}");
    assert!(
        errs[0].contains("aproved") && errs[0].contains("changes-requested"),
        "{errs:?}"
    );
    // A sign-off with no decision is refused: it must never stand for an approval nobody gave
    // (a_sign_off_without_a_day_or_a_decision_is_refused_at_its_line).
    let old = with("approved").replace("decision = \"approved\"\n", "");
    assert!(parse_assessment("a.toml", &old, &q).is_err());
}

/// Hostile review (second round): a hand-written sign-off dated "2099-12-25T00:00:00", or with
/// no decision, loaded and overrode a current rejection. Each is an error at its line, with the
/// fix.
#[test]
fn a_sign_off_without_a_day_or_a_decision_is_refused_at_its_line() {
    let q = common::docs_example();
    let entry = |date: &str, decision: &str| {
        format!(
            "{}\n[[signoff]]\nname = \"J. Compliance\"\ndate = \"{date}\"\n{decision}assessment_hash = \"x\"\n",
            good_text()
        )
    };
    let line_of =
        |text: &str, needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    for date in ["2099-12-25T00:00:00", "26-11-2026", ""] {
        let text = entry(date, "decision = \"approved\"\n");
        let err = parse_assessment("a.toml", &text, &q)
            .unwrap_err()
            .to_string();
        let line = line_of(&text, "date = ");
        assert!(
            err.contains(&format!(
                "a.toml:{line}:1: sign-off 1 of 1: date = \"{date}\" is not a date"
            )),
            "{err}"
        );
        assert!(
            err.contains("help: write the day it was made as \"YYYY-MM-DD\""),
            "{err}"
        );
    }
    let text = entry("2026-11-30", "");
    let err = parse_assessment("a.toml", &text, &q)
        .unwrap_err()
        .to_string();
    assert!(err.contains("sign-off 1 of 1 records no decision"), "{err}");
    assert!(
        err.contains("add decision = \"approved\", \"changes-requested\" or \"rejected\""),
        "{err}"
    );
    let line = line_of(&text, "[[signoff]]");
    assert!(err.contains(&format!("a.toml:{line}:")), "{err}");
    assert!(
        parse_assessment(
            "a.toml",
            &entry("2026-11-30", "decision = \"rejected\"\n"),
            &q
        )
        .is_ok()
    );
}

/// Hostile review (third round): after a collision was said, the file took yet another value,
/// and Ctrl+S wrote this session's value over it, unseen. Ctrl+S keeps this session's value
/// only over the value the user was told of; a newer one is held and said like any collision.
#[test]
fn ctrl_s_never_writes_over_a_value_the_file_took_after_the_collision_was_said() {
    let (q, _dir, path, mut session) = owner_changed_in_both();
    assert_eq!(session.take_held().len(), 1);
    let text = std::fs::read_to_string(&path).unwrap();
    let again = text.replace("owner = \"Dana\"", "owner = \"Dana Lee\"");
    assert_ne!(again, text);
    std::fs::write(&path, &again).unwrap();
    session.save_keeping_mine().unwrap();
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.answers["owner"], Answer::Text("Dana Lee".into()));
    assert_eq!(
        raia::session::describe(&session.take_held()),
        "the answer to \"Who is accountable for the system?\" (here \"Robin\", in the file \"Dana Lee\")"
    );
    // Told of that value, Ctrl+S now keeps this session's.
    session.save_keeping_mine().unwrap();
    let back = raia::assessment::read_assessment(&path, &q).unwrap();
    assert_eq!(back.answers["owner"], Answer::Text("Robin".into()));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

    /// Hostile review (third round): the assessment file itself held C1 controls and bidi
    /// overrides raw, so `cat` or `git diff` of a colleague's file could drive the terminal.
    /// Whatever is answered, the saved text holds none (they are `\uXXXX` escapes) and reads
    /// back as exactly the same answers, notes and evidence, when written new and when updated.
    #[test]
    fn a_saved_assessment_holds_no_control_character_and_reads_back_the_same(
        h in common::hostile_text(),
        path in "[ -~]{0,12}",
    ) {
        let q = common::docs_example();
        let mut a = Assessment::new(&q);
        a.metadata.system = format!("{path}{h}");
        a.answers.insert("owner".into(), Answer::Text(format!("C:\\{path}\\{h}'\"")));
        a.notes.insert("owner".into(), format!("'''\n{h}\n\"\"\"{path}"));
        a.safeguards.insert(
            "human-review".into(),
            SafeguardEntry { status: SafeguardStatus::InPlace, evidence: format!("{h}\\{path}") },
        );
        let text = a.to_toml(&q);
        common::assert_terminal_safe("a new assessment file", text.as_bytes());
        let back = parse_assessment("a.toml", &text, &q).unwrap();
        // The reader takes a Windows line break (CR LF) as a line feed only in a file whose
        // lines end so; nothing else changes.
        let crlf_file = |t: &str| t.contains("\r\n") && t.matches("\r\n").count() * 2 >= t.matches('\n').count();
        let mut read = a.clone();
        if crlf_file(&text) {
            read.read_line_breaks_as_lf();
        }
        proptest::prop_assert_eq!(&back.metadata.system, &read.metadata.system);
        proptest::prop_assert_eq!(&back.answers, &read.answers);
        proptest::prop_assert_eq!(&back.notes, &read.notes);
        proptest::prop_assert_eq!(&back.safeguards, &read.safeguards);
        // Saved over a file with comments, as a session saves.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        std::fs::write(&file, format!("# kept\n{text}")).unwrap();
        a.answers.insert("owner".into(), Answer::Text(format!("{h}{h}")));
        raia::assessment::file::save(&file, &a, &q).unwrap();
        let saved = std::fs::read_to_string(&file).unwrap();
        common::assert_terminal_safe("an updated assessment file", saved.as_bytes());
        proptest::prop_assert!(saved.starts_with("# kept\n"));
        let back = parse_assessment("a.toml", &saved, &q).unwrap();
        let mut read = a.clone();
        if crlf_file(&saved) {
            read.read_line_breaks_as_lf();
        }
        proptest::prop_assert_eq!(&back.answers, &read.answers);
    }
}

/// "an array", not "a array" (a hostile review).
#[test]
fn a_list_where_one_choice_is_expected_is_named_with_its_article() {
    let text = good_text().replace("voice-clone = \"no\"", "voice-clone = [\"no\"]");
    let errs = errors(&text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("but the file has an array"), "{errs:?}");
}

/// A hardening review's option value of a million words, with line breaks and quotes, came back
/// whole in the error: 5 MB on stderr, and a forged "ok" line in a CI log. The value is quoted
/// cut short, with line breaks and quotes escaped.
#[test]
fn an_unknown_option_is_quoted_short_and_escaped() {
    let long = format!("x\nok: a.toml is fine\" {}", "word ".repeat(100_000));
    let text = good_text().replace(
        "role = \"recommends\"",
        &format!("role = {}", toml::Value::String(long)),
    );
    let errs = errors(&text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    let e = &errs[0];
    assert!(e.len() < 400, "{} bytes", e.len());
    assert!(
        e.contains("has no option \"x\\nok: a.toml is fine\\\" word word"),
        "{e}"
    );
    assert!(e.contains("…\""), "{e}");
    assert_eq!(e.lines().count(), 2, "{e}");
}

/// A new-user review's `raia new hr.toml` was on no list: files opened or started by name are
/// remembered beside the drafts, owner-only, newest first, and offered with them; drafts
/// themselves, files gone since, and a path on more than one line are not.
#[test]
fn files_opened_by_name_are_remembered_beside_the_drafts() {
    use raia::assessment::store::{recent_files, remember_file};
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("data").join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let a = dir.path().join("a.toml");
    let b = dir.path().join("b.toml");
    std::fs::write(&a, "x").unwrap();
    std::fs::write(&b, "x").unwrap();
    remember_file(&drafts, &a).unwrap();
    remember_file(&drafts, &b).unwrap();
    remember_file(&drafts, &drafts.join("draft.toml")).unwrap();
    remember_file(&drafts, &dir.path().join("two\nlines.toml")).unwrap();
    let listed: Vec<_> = recent_files(&drafts).into_iter().map(|f| f.path).collect();
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert!(listed.contains(&a) && listed.contains(&b));
    std::fs::remove_file(&a).unwrap();
    let listed: Vec<_> = recent_files(&drafts).into_iter().map(|f| f.path).collect();
    assert_eq!(listed, vec![b.clone()]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("data").join("recent-files"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
}

/// A new-user trial got "did you mean" for a mistyped question, option or safeguard id, but
/// only "use one of the values listed above" for `status = "in place"`, nothing for a mistyped
/// key, and "write a whole number" for `scale = "140,000"`. The exact messages a user sees.
#[test]
fn slips_in_keys_values_and_numbers_are_answered_with_what_was_meant() {
    let help = |text: &str| {
        let errs = errors(text);
        assert_eq!(errs.len(), 1, "{errs:?}");
        errs[0]
            .lines()
            .nth(1)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    assert_eq!(
        help(&good_text().replace("status = \"in-place\"", "status = \"in place\"")),
        "help: did you mean `in-place`? write that, or another of the values listed above"
    );
    assert_eq!(
        help(&good_text().replace("status = \"in-place\"", "status = \"Not_Applicable\"")),
        "help: did you mean `not-applicable`? write that, or another of the values listed above"
    );
    assert_eq!(
        help(&good_text().replace("status = \"in-place\"", "status = \"done\"")),
        "help: use one of the values listed above"
    );
    assert_eq!(
        help(&good_text().replace("evidence = ", "evidnce = ")),
        "help: did you mean `evidence`? rename the key to it, or remove it"
    );
    assert_eq!(
        help(&good_text().replace("[metadata]", "[metdata]")),
        "help: did you mean `metadata`? rename the key to it, or remove it"
    );
    assert_eq!(
        help(&good_text().replace("evidence = ", "colour = ")),
        "help: remove or rename this key; the expected keys are listed above (see docs/)"
    );
    let q = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let text = "schema_version = 1\n\n[metadata]\nsystem = \"S\"\n\n[questionnaire]\nid = \"aws-responsible-ai\"\nversion = \"2023-09-28.2\"\n\n[answers]\nscale = \"140,000\"\n";
    let err = match parse_assessment("a.toml", text, &q) {
        Err(d) => d.0[0].to_string(),
        Ok(_) => panic!("loaded"),
    };
    assert_eq!(
        err,
        "a.toml:11:9: `scale` expects a whole number of at least 0, but the file has the string \"140,000\"\n  help: write 140000, without quotes or separators"
    );
}
