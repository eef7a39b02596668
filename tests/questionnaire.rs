#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benches fail loudly by design
mod common;

use raia::answer::Answer;
use raia::assessment::Assessment;
use raia::engine::evaluate;
use raia::questionnaire::Tier;

#[test]
fn docs_example_loads_and_evaluates() {
    let q = common::docs_example();
    assert_eq!(q.questions.len(), 4);
    let mut a = Assessment::new(&q);
    a.answers
        .insert("voice-clone".into(), Answer::Choice("licensed".into()));
    a.answers.insert("hiring".into(), Answer::Bool(true));
    a.answers
        .insert("role".into(), Answer::Choice("decides".into()));
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::High);
    assert_eq!(e.notes_missing, vec!["role".to_string()]);
    assert!(!e.complete);
    assert_eq!(e.score.raw, 8);
}

use raia::questionnaire::parse_questionnaire;

/// Replaces `from` with `to` in the docs example (exactly once) and returns the errors.
fn errors_after(from: &str, to: &str) -> Vec<String> {
    let text = common::docs_example_text();
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` must occur once in the example"
    );
    let broken = text.replacen(from, to, 1);
    match parse_questionnaire("q.toml", &broken) {
        Ok(_) => Vec::new(),
        Err(d) => d.0.iter().map(|e| e.to_string()).collect(),
    }
}

fn line_of(needle: &str) -> usize {
    let text = common::docs_example_text();
    let at = text.find(needle).expect("needle in example");
    text[..at].matches('\n').count() + 1
}

#[test]
fn syntax_error_names_line_and_column() {
    let errs = errors_after("title = \"Autonomy\"", "title = Autonomy\"");
    assert_eq!(errs.len(), 1);
    let line = line_of("title = \"Autonomy\"");
    assert!(
        errs[0].starts_with(&format!("q.toml:{line}:9: ")),
        "{}",
        errs[0]
    );
    assert!(errs[0].contains("help:"), "{}", errs[0]);
}

#[test]
fn unknown_key_is_rejected_with_its_position() {
    let errs = errors_after("credit = 3\n", "credit = 3\ncredits = 4\n");
    let line = line_of("credit = 3\n") + 1;
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with(&format!("q.toml:{line}:1: unknown field `credits`")),
        "{}",
        errs[0]
    );
}

#[test]
fn duplicate_question_id_points_at_the_second_and_names_the_first() {
    let errs = errors_after("id = \"voice-clone\"", "id = \"owner\"");
    let first = line_of("id = \"voice-clone\"");
    let second = line_of("id = \"owner\"");
    assert_eq!(
        errs,
        vec![format!(
            "q.toml:{second}:6: duplicate question id `owner` (first defined on line {first})\n  help: ids must be unique: rename one of them"
        )]
    );
}

#[test]
fn dangling_references_are_reported() {
    let errs = errors_after("prohibits = [\"likeness\"]", "prohibits = [\"likenes\"]");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("question `voice-clone` refers to unknown prohibition `likenes`"),
        "{}",
        errs[0]
    );
    assert!(
        errs[0].contains("help: use one of the declared prohibition ids: likeness"),
        "{}",
        errs[0]
    );

    let errs = errors_after(
        "requirement = \"human-oversight\"",
        "requirement = \"oversight\"",
    );
    assert!(
        errs[0].contains("safeguard `human-review` refers to unknown requirement `oversight`"),
        "{errs:?}"
    );

    let errs = errors_after("categories = [\"employment\"]", "categories = [\"hiring\"]");
    assert!(
        errs[0].contains("refers to unknown category `hiring`"),
        "{errs:?}"
    );

    let errs = errors_after("satisfies = [\"human-review\"]", "satisfies = [\"review\"]");
    assert!(
        errs[0].contains("refers to unknown safeguard `review`"),
        "{errs:?}"
    );

    let errs = errors_after("risk = { autonomy = 6 }", "risk = { autonomyy = 6 }");
    assert!(
        errs[0].contains("adds risk to unknown factor `autonomyy`"),
        "{errs:?}"
    );

    let errs = errors_after("section = \"use\"", "section = \"usage\"");
    assert!(
        errs.iter()
            .any(|e| e.contains("question `voice-clone` is in unknown section `usage`")),
        "{errs:?}"
    );
}

#[test]
fn conditions_on_later_or_unknown_questions_are_rejected() {
    let errs = errors_after(
        "show_if = { question = \"hiring\", is = \"yes\" }",
        "show_if = { question = \"owner\", answered = \"owner\" }",
    );
    assert!(
        errs[0].contains("a condition must have exactly one form"),
        "{errs:?}"
    );

    let errs = errors_after(
        "show_if = { question = \"hiring\", is = \"yes\" }",
        "show_if = { answered = \"owner\" }",
    );
    let line = line_of("show_if = { question = \"hiring\"");
    assert_eq!(
        errs,
        vec![format!(
            "q.toml:{line}:24: question `role`: condition refers to `owner`, which is not asked before it\n  help: a show_if may only read earlier questions: move `owner` earlier or change the condition"
        )]
    );

    let errs = errors_after(
        "show_if = { question = \"hiring\", is = \"yes\" }",
        "show_if = { question = \"hirin\", is = \"yes\" }",
    );
    assert!(
        errs[0].contains("question `role`: condition refers to unknown question `hirin`"),
        "{errs:?}"
    );

    let errs = errors_after(
        "show_if = { question = \"hiring\", is = \"yes\" }",
        "show_if = { question = \"hiring\", is = \"maybe\" }",
    );
    assert!(
        errs[0].contains("can never hold: `hiring` has no option `maybe`"),
        "{errs:?}"
    );

    let errs = errors_after(
        "show_if = { question = \"hiring\", is = \"yes\" }",
        "show_if = { question = \"hiring\", at_least = 3 }",
    );
    assert!(
        errs[0].contains("at_least/at_most need a number question"),
        "{errs:?}"
    );
}

#[test]
fn unreachable_questions_are_found() {
    let errs = errors_after(
        "show_if = { question = \"hiring\", is = \"yes\" }",
        "show_if = { all = [{ question = \"hiring\", is = \"yes\" }, { question = \"hiring\", is = \"no\" }] }",
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("question `role` is unreachable"),
        "{errs:?}"
    );

    // A category that no earlier answer can mark.
    let errs = errors_after(
        "show_if = { question = \"hiring\", is = \"yes\" }",
        "show_if = { concern = \"likeness\" }",
    );
    assert!(
        errs[0].contains("question `role` is unreachable"),
        "{errs:?}"
    );
}

#[test]
fn shape_errors_in_questions() {
    let errs = errors_after("type = \"yes_no\"", "type = \"boolean\"");
    assert!(errs[0].contains("unknown variant `boolean`"), "{errs:?}");

    let errs = errors_after("type = \"text\"", "type = \"single\"");
    assert!(
        errs[0].contains("question `owner` is a single question with fewer than two options"),
        "{errs:?}"
    );

    let errs = errors_after("medium_at = 4", "medium_at = 9");
    assert!(
        errs[0].contains("tiers: medium_at (9) must be above 0 and below high_at (8)"),
        "{errs:?}"
    );
}

#[test]
fn several_problems_are_all_reported_in_file_order() {
    let text = common::docs_example_text()
        .replacen("id = \"voice-clone\"", "id = \"owner\"", 1)
        .replacen("risk = { autonomy = 6 }", "risk = { nope = 6 }", 1);
    let errs = parse_questionnaire("q.toml", &text).unwrap_err().0;
    assert_eq!(errs.len(), 2);
    assert!(errs[0].line < errs[1].line);
}

#[test]
fn yes_no_questions_always_offer_yes_then_no() {
    let q = common::docs_example();
    let hiring = q.question("hiring").unwrap();
    let ids: Vec<&str> = hiring.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["yes", "no"]);
    assert_eq!(hiring.options[0].label, "Yes");
    assert_eq!(hiring.options[0].effects.categories, ["employment"]);
}

#[test]
fn the_default_questionnaire_is_valid() {
    let q = parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(!q.questions.is_empty());
}

#[test]
fn gate_questions_screen_for_the_prohibitions_behind_them() {
    let q = parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let screening = q.screening();
    // "Which of these does the system do?" confirms nothing itself, but it decides which
    // prohibition questions are asked, so it screens for all seven.
    let capabilities: Vec<&str> = screening["capabilities"].iter().copied().collect();
    assert_eq!(capabilities.len(), 7, "{capabilities:?}");
    // A question that gates nothing and has no such effects screens for nothing.
    assert!(screening["intended-use"].is_empty());
    // In the docs example the voice question screens for likeness directly.
    let mini = common::docs_example();
    assert!(mini.screening()["voice-clone"].contains("likeness"));
    assert!(mini.screening()["hiring"].is_empty());
}

#[test]
fn exclusive_is_only_for_multi_questions() {
    let errs = errors_after(
        "id = \"licensed\"\n",
        "id = \"licensed\"\nexclusive = true\n",
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("option `licensed` of question `voice-clone` is exclusive, but only multi questions combine options"), "{errs:?}");
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_prefix_of_the_default_questionnaire_loads_or_gives_located_errors() {
        let text = raia::questionnaire::DEFAULT_QUESTIONNAIRE;
        // Cutting the file at every line end exercises half-written tables and arrays.
        for (i, _) in text.match_indices('\n').step_by(3) {
            if let Err(d) = parse_questionnaire("q.toml", &text[..i]) {
                assert!(!d.0.is_empty());
                assert!(
                    d.0.iter()
                        .all(|e| e.line >= 1 && e.column >= 1 && !e.help.is_empty())
                );
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn random_edits_never_panic(pos in any::<prop::sample::Index>(), junk in "[\\[\\]{}=\"a-z0-9 \n#,.-]{0,8}") {
            let text = common::docs_example_text();
            let mut at = pos.index(text.len());
            while !text.is_char_boundary(at) { at -= 1; }
            let edited = format!("{}{}{}", &text[..at], junk, &text[at..]);
            if let Err(d) = parse_questionnaire("q.toml", &edited) {
                prop_assert!(d.0.iter().all(|e| e.line >= 1 && e.column >= 1));
            }
        }
    }
}

#[test]
fn contradictions_with_exclusive_options_and_number_ranges_are_unreachable() {
    let base = common::docs_example_text().replace(
        "[[question]]\nid = \"owner\"",
        r#"[[question]]
id = "areas"
section = "decisions"
type = "multi"
prompt = "Which areas?"

[[question.option]]
id = "none"
label = "None of these"
exclusive = true

[[question.option]]
id = "hiring"
label = "Hiring"

[[question]]
id = "people"
section = "decisions"
type = "number"
prompt = "How many people?"

[[question]]
id = "later"
section = "decisions"
type = "text"
prompt = "Later"
show_if = CONDITION

[[question]]
id = "owner""#,
    );
    let check = |condition: &str| -> Vec<String> {
        match parse_questionnaire("q.toml", &base.replace("CONDITION", condition)) {
            Ok(_) => Vec::new(),
            Err(d) => d.0.iter().map(ToString::to_string).collect(),
        }
    };
    let errs = check(
        r#"{ all = [{ question = "areas", is = "none" }, { question = "areas", is = "hiring" }] }"#,
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("question `later` is unreachable")),
        "{errs:?}"
    );
    let errs = check(
        r#"{ all = [{ question = "people", at_least = 100 }, { question = "people", at_most = 50 }] }"#,
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("question `later` is unreachable")),
        "{errs:?}"
    );
    // Consistent versions are fine.
    assert!(check(r#"{ all = [{ question = "areas", is = "hiring" }, { question = "people", at_least = 10 }, { question = "people", at_most = 50 }] }"#).is_empty());
}

#[test]
fn a_quoted_number_gets_a_fix_in_plain_words() {
    let errs = errors_after("credit = 3\n", "credit = \"3\"\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("invalid type: string \"3\", expected u32"),
        "{errs:?}"
    );
    assert!(
        errs[0].ends_with("help: write a whole number without quotes, e.g. 3"),
        "{errs:?}"
    );
}

#[test]
fn a_section_typo_is_one_error_not_a_cascade() {
    let errs = errors_after(
        "id = \"role\"\nsection = \"decisions\"",
        "id = \"role\"\nsection = \"decision\"",
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("question `role` is in unknown section `decision`"),
        "{errs:?}"
    );
}

/// The built-in questionnaires are loaded at build time (build.rs) and read back at run time:
/// what is read back is exactly what parsing and validating the embedded text gives, for every
/// version built in, and its hash is the SHA-256 of that text.
#[test]
fn the_questionnaire_loaded_at_build_time_is_the_embedded_text_parsed() {
    use raia::questionnaire::{
        BUILTIN, DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_NAME, builtin_questionnaire,
        default_questionnaire,
    };
    use sha2::Digest;
    for (name, text) in BUILTIN {
        let mut parsed = parse_questionnaire(name, text).unwrap();
        parsed.source = format!("built-in {name}");
        let stored = builtin_questionnaire(name, text).unwrap();
        assert_eq!(stored, parsed, "{name}");
        // Equality does not look at the lookup index; lookups must work on what is read back.
        for (i, x) in parsed.questions.iter().enumerate() {
            assert_eq!(stored.question_index(&x.id), Some(i));
        }
        for s in &parsed.safeguards {
            assert_eq!(stored.safeguard(&s.id), Some(s));
            assert_eq!(stored.satisfied_by(&s.id), parsed.satisfied_by(&s.id));
        }
        let hash = raia::questionnaire::hex_digest(&sha2::Sha256::digest(text));
        assert_eq!(stored.content_hash, hash, "{name}");
        assert_eq!(
            stored.content_hash,
            raia::questionnaire::hex_digest(&sha2::Sha256::digest(
                std::fs::read(
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("questionnaires")
                        .join(name)
                )
                .unwrap()
            )),
            "{name}"
        );
    }
    let mut parsed =
        parse_questionnaire(DEFAULT_QUESTIONNAIRE_NAME, DEFAULT_QUESTIONNAIRE).unwrap();
    parsed.source = format!("built-in {DEFAULT_QUESTIONNAIRE_NAME}");
    assert_eq!(default_questionnaire().unwrap(), parsed);
    assert_eq!(raia::questionnaire::builtin_hash(), parsed.content_hash);
    // Without a questionnaire in the config directory, commands use the stored one.
    let config = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::cargo_bin("raia")
        .unwrap()
        .env("RAIA_CONFIG_DIR", config.path())
        .env("RAIA_DATA_DIR", config.path())
        .args(["questions", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown, serde_json::to_value(&parsed).unwrap());
}

#[test]
fn question_index_from_finds_what_question_index_finds() {
    let q = raia::questionnaire::default_questionnaire().unwrap();
    let n = q.questions.len();
    for (i, x) in q.questions.iter().enumerate() {
        for from in [0, i.saturating_sub(1), i, i + 1, i + 9, n, n + 5] {
            assert_eq!(
                q.question_index_from(&x.id, from),
                Some(i),
                "{} from {from}",
                x.id
            );
        }
    }
    assert_eq!(q.question_index_from("no-such-question", 3), None);
}

#[test]
fn risk_points_and_credits_are_bounded_where_they_are_written() {
    // Two options of 2^31 points wrapped round to "0 risk points", LOW.
    let errs = errors_after(
        "risk = { autonomy = 6 }",
        "risk = { autonomy = 2147483648 }",
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains(
            "option `decides` of question `role` gives factor `autonomy` 2147483648 points, more than the 1000000 raia allows"
        ),
        "{errs:?}"
    );
    // Located at the number itself.
    let text = common::docs_example_text();
    let line = text
        .lines()
        .position(|l| l.contains("risk = { autonomy = 6 }"))
        .unwrap()
        + 1;
    assert!(errs[0].starts_with(&format!("q.toml:{line}:")), "{errs:?}");
    let errs = errors_after("credit = 3\n", "credit = 4000000\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains(
            "safeguard `human-review` has credit 4000000 points, more than the 1000000 raia allows"
        ),
        "{errs:?}"
    );
    assert!(errors_after("credit = 3\n", "credit = 1000000\n").is_empty());
}

/// Question roles (what a question is for in reports) are checked: known roles only, each once.
#[test]
fn an_unknown_or_repeated_role_is_located_and_explained() {
    let errs = errors_after(
        "type = \"text\"\nprompt = \"Who is accountable for the system?\"",
        "type = \"text\"\nrole = \"owner\"\nprompt = \"Who is accountable for the system?\"",
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("question `owner` has unknown role `owner`")
            && errs[0].contains("help: use one of: intended-use, intended-users"),
        "{}",
        errs[0]
    );
    let text = common::docs_example_text()
        .replacen(
            "type = \"text\"\nprompt = \"Who is accountable for the system?\"",
            "type = \"text\"\nrole = \"owner-name\"\nprompt = \"Who is accountable for the system?\"",
            1,
        )
        .replacen(
            "type = \"yes_no\"\nprompt = \"Is the system used to decide who is hired?\"",
            "type = \"yes_no\"\nrole = \"owner-name\"\nprompt = \"Is the system used to decide who is hired?\"",
            1,
        );
    let errs: Vec<String> = match parse_questionnaire("q.toml", &text) {
        Ok(_) => Vec::new(),
        Err(d) => d.0.iter().map(|e| e.to_string()).collect(),
    };
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains(
            "question `owner` has role `owner-name`, which question `hiring` already has"
        ),
        "{}",
        errs[0]
    );
}

#[test]
fn every_released_questionnaire_in_questionnaires_is_built_in_and_loads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    files.sort();
    let built_in: Vec<&str> = raia::questionnaire::BUILTIN
        .iter()
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(files.len(), built_in.len(), "{files:?} vs {built_in:?}");
    for (name, text) in raia::questionnaire::BUILTIN {
        assert_eq!(
            std::fs::read_to_string(dir.join(name)).unwrap(),
            *text,
            "{name}"
        );
        let q = raia::questionnaire::parse_questionnaire(name, text).unwrap();
        assert_eq!(
            raia::questionnaire::builtin_version(&q.version).unwrap().0,
            *name
        );
    }
    // The default is the newest.
    assert_eq!(
        raia::questionnaire::BUILTIN.last().unwrap().1,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE
    );
}
