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
    errors_of(&text.replacen(from, to, 1))
}

/// Each error loading `text` as `q.toml`, as printed; none if it loads.
fn errors_of(text: &str) -> Vec<String> {
    match parse_questionnaire("q.toml", text) {
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

    // A band has no id: the error points at the points it gives the unknown factor, not 1:1
    // (a hostile check).
    let text = raia::questionnaire::DEFAULT_QUESTIONNAIRE;
    let from = "label = \"1,000 or more people\"\nrisk = { scale = 1 }";
    assert_eq!(text.matches(from).count(), 1);
    let broken = text.replacen(
        from,
        "label = \"1,000 or more people\"\nrisk = { scail = 1 }",
        1,
    );
    let line = text[..text.find(from).unwrap()].matches('\n').count() + 2;
    let errs = errors_of(&broken);
    assert!(
        errs.iter()
            .any(|e| e.starts_with(&format!("q.toml:{line}:"))
                && e.contains("adds risk to unknown factor `scail`")),
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
    // A zero, or a value raised past high_at, is named on medium_at's own line (reviews were
    // sent to high_at's for each).
    for bad in ["medium_at = 0", "medium_at = 4294967295"] {
        let text = common::docs_example_text().replacen("medium_at = 4", bad, 1);
        let line = text.lines().position(|l| l.starts_with(bad)).unwrap() + 1;
        let errs = parse_questionnaire("q.toml", &text).unwrap_err().0;
        assert_eq!((errs[0].line, errs[0].column), (line, 13), "{errs:?}");
    }
}

/// `dated_by` names text questions only, located where it says otherwise.
#[test]
fn dated_by_names_text_questions() {
    let errs = errors_after(
        "satisfied_when = { answered = \"owner\" }\n",
        "satisfied_when = { answered = \"owner\" }\ndated_by = [\"hiring\", \"nope\"]\n",
    );
    assert!(
        errs.iter().any(|e| e.starts_with("q.toml:")
            && e.contains("dated_by names question `hiring`, which is not a text question")),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("dated_by refers to unknown question `nope`")),
        "{errs:?}"
    );
    assert!(
        errors_after(
            "satisfied_when = { answered = \"owner\" }\n",
            "satisfied_when = { answered = \"owner\" }\ndated_by = [\"owner\"]\n",
        )
        .is_empty()
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
                common::assert_located_within(&text[..i], &d.0);
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
                common::assert_located_within(&edited, &d.0);
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
        for l in &mut parsed.layers {
            l.source = parsed.source.clone();
        }
        let stored = builtin_questionnaire(name, text).unwrap();
        // Read back from what the build stored, not parsed again for want of it.
        let mut read_back =
            raia::questionnaire::stored_builtin(name).expect("stored form reads back");
        read_back.source = parsed.source.clone();
        for l in &mut read_back.layers {
            l.source = parsed.source.clone();
        }
        assert_eq!(read_back, parsed, "{name}");
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
    for l in &mut parsed.layers {
        l.source = parsed.source.clone();
    }
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

/// Hostile review (third round): each option within the bound, but 5,000 of them at 1,000,000
/// points each, and the score stopped at 4,294,967,295. The total is bounded too, located at
/// the number where it passed the bound, in a questionnaire and in an overlay on it.
#[test]
fn the_points_of_a_questionnaire_are_bounded_in_total() {
    let options: String = (0..1001)
        .map(|i| format!("\n[[question.option]]\nid = \"o{i}\"\nlabel = \"O{i}\"\nrisk = {{ autonomy = 1000000 }}\n"))
        .collect();
    let big = format!(
        "[[question]]\nid = \"many\"\nsection = \"decisions\"\ntype = \"multi\"\nprompt = \"Which?\"\n{options}"
    );
    let text = format!("{}\n{big}", common::docs_example_text());
    let errs: Vec<String> = match parse_questionnaire("q.toml", &text) {
        Ok(_) => Vec::new(),
        Err(d) => d.0.iter().map(|e| e.to_string()).collect(),
    };
    assert_eq!(errs.len(), 1, "{errs:?}");
    // The example's own 14 points come first, so the 1,000th option passes 1,000,000,000.
    let line = text.lines().position(|l| l == "id = \"o999\"").unwrap() + 3;
    assert!(errs[0].starts_with(&format!("q.toml:{line}:")), "{errs:?}");
    assert!(
        errs[0].contains("the risk points and credit of all options and safeguards add up to 1001000014, more than the 1000000000 raia adds up"),
        "{errs:?}"
    );
    // Up to the bound it loads.
    let fewer: String = (0..999)
        .map(|i| format!("\n[[question.option]]\nid = \"o{i}\"\nlabel = \"O{i}\"\nrisk = {{ autonomy = 1000000 }}\n"))
        .collect();
    let text = format!(
        "{}\n[[question]]\nid = \"many\"\nsection = \"decisions\"\ntype = \"multi\"\nprompt = \"Which?\"\n{fewer}",
        common::docs_example_text()
    );
    assert!(parse_questionnaire("q.toml", &text).is_ok());
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
    // Built-in overlays (the crosswalk) live there too.
    let built_in: Vec<&str> = raia::questionnaire::BUILTIN
        .iter()
        .chain(raia::questionnaire::BUILTIN_OVERLAYS)
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

// ---------------------------------------------------------------------------------------------
// Overlays (issue 12): a file that `extends` another adds to it and never weakens it.

use raia::questionnaire::{Basis, Questionnaire, apply_overlay};

const OVERLAY_HEAD: &str = "[questionnaire]\nid = \"acme\"\nversion = \"1\"\ntitle = \"Acme Standard 1\"\nextends = \"example-mini@1\"\n\n[policy]\nname = \"Acme Standard\"\ndate = \"2025-01-01\"\nurl = \"https://acme.example/standard\"\n\n";

fn overlay_on(base: Questionnaire, body: &str) -> Result<Questionnaire, Vec<String>> {
    apply_overlay(base, "o.toml", &format!("{OVERLAY_HEAD}{body}"))
        .map_err(|d| d.0.iter().map(|e| e.to_string()).collect())
}

/// The errors of an overlay on the docs example, each checked to be located at the line of
/// `at` (a piece of `body`), with a help line.
fn refused(body: &str, at: &str, says: &str) {
    let text = format!("{OVERLAY_HEAD}{body}");
    let line = text
        .lines()
        .position(|l| l.contains(at))
        .unwrap_or_else(|| panic!("`{at}` is in the overlay"))
        + 1;
    let errors = overlay_on(common::docs_example(), body).expect_err("the overlay is refused");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("o.toml:{line}:"))
                && e.contains(says)
                && e.contains("help:")),
        "expected an error at line {line} saying `{says}`, got:\n{}",
        errors.join("\n")
    );
}

const ACME_ADDS: &str = r#"
[tiers]
high_at = 6

[[section]]
id = "acme"
title = "Acme"

[[requirement]]
id = "acme-register"
title = "Registered"
clause = "§4"
applies = "always"
basis = "policy"

[[safeguard]]
id = "acme-entry"
title = "Register entry"
requirement = "acme-register"
clause = "§4.1"
basis = "policy"
satisfied_when = { answered = "acme-id" }

[[safeguard]]
id = "acme-board"
title = "Board sign-off"
requirement = "acme-register"
clause = "§6"
basis = "practice"
required_when = { category = "employment" }

[[question]]
id = "acme-id"
section = "acme"
type = "text"
prompt = "Register entry?"
optional = true

[[question]]
id = "acme-staff"
section = "decisions"
type = "yes_no"
prompt = "About staff?"
show_if = { question = "hiring", is = "yes" }

[[amend]]
question = "role"
help = "Acme reads this strictly."

[[amend.option]]
id = "decides"
risk = { autonomy = 2 }
"#;

#[test]
fn an_overlay_adds_to_its_base_and_every_item_knows_its_layer() {
    let base = common::docs_example();
    let q = overlay_on(base.clone(), ACME_ADDS).unwrap();
    assert_eq!(q.layers.len(), 2);
    assert_eq!(q.layers[0].id, "example-mini");
    assert_eq!(q.layers[1].title, "Acme Standard 1");
    assert_eq!(q.layers[1].extends, "example-mini@1");
    assert_eq!(q.id, "acme");
    // New items are tagged with the overlay's layer; the base's keep theirs.
    assert_eq!(q.question("acme-id").unwrap().layer, 1);
    assert_eq!(q.question("acme-staff").unwrap().layer, 1);
    assert_eq!(q.question("hiring").unwrap().layer, 0);
    assert_eq!(q.safeguard("acme-entry").unwrap().layer, 1);
    assert_eq!(q.safeguard("human-review").unwrap().layer, 0);
    assert_eq!(q.requirement("acme-register").unwrap().layer, 1);
    assert_eq!(q.section("acme").unwrap().layer, 1);
    // Asked in section order: the overlay's question in a base section comes after the base's
    // questions there, and its own section comes last.
    let order: Vec<&str> = q.questions.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        order,
        [
            "voice-clone",
            "hiring",
            "role",
            "owner",
            "acme-staff",
            "acme-id"
        ]
    );
    // A stricter threshold, reworded help, and effects added to an existing option.
    assert_eq!(q.tiers.high_at, 6);
    assert_eq!(
        q.question("role").unwrap().help,
        "Acme reads this strictly."
    );
    // Which layer reworded it, so reports can say what the people answering were told.
    assert_eq!(q.question("role").unwrap().help_layer, 1);
    assert_eq!(q.question("hiring").unwrap().help_layer, 0);
    let decides = q.question("role").unwrap().option("decides").unwrap();
    assert_eq!(decides.effects.risk["autonomy"], 8);
    assert!(decides.effects.note_required, "the base's own effects stay");
    // Nothing of the base went away.
    for s in &base.safeguards {
        assert_eq!(q.safeguard(&s.id), Some(s));
    }
    assert_eq!(q.prohibitions, base.prohibitions);
    // One hash over both layers: it differs from the base's, and from the same overlay with
    // any other text.
    assert_ne!(q.content_hash, base.content_hash);
    let other = overlay_on(base, &ACME_ADDS.replace("Register entry?", "Entry?")).unwrap();
    assert_ne!(other.content_hash, q.content_hash);
}

#[test]
fn an_overlay_practice_safeguard_is_never_a_policy_breach_and_its_policy_items_name_the_layer() {
    let q = overlay_on(common::docs_example(), ACME_ADDS).unwrap();
    let mut a = Assessment::new(&q);
    a.answers
        .insert("voice-clone".into(), Answer::Choice("no".into()));
    a.answers.insert("hiring".into(), Answer::Bool(true));
    a.answers
        .insert("role".into(), Answer::Choice("recommends".into()));
    a.answers.insert("acme-staff".into(), Answer::Bool(false));
    a.answers
        .insert("acme-id".into(), Answer::Text("AIR-1".into()));
    let e = evaluate(&q, &a);
    let board = e.safeguard("acme-board").unwrap();
    assert!(board.required);
    assert_eq!(board.basis, Basis::Practice);
    assert!(board.is_practice_gap() && !board.is_policy_gap());
    let r = raia::report::Report::build(&q, &a);
    assert!(
        !r.compliance.policy_gaps.iter().any(|g| g == "acme-board"),
        "{:?}",
        r.compliance.policy_gaps
    );
    assert!(
        r.compliance
            .recommendations
            .iter()
            .any(|g| g == "acme-board")
    );
    let row = r
        .safeguards
        .required
        .iter()
        .find(|s| s.id == "acme-entry")
        .unwrap();
    assert_eq!(row.required_by, "required by: Acme Standard 1, §4.1");
    assert_eq!(row.basis_label, "required by Acme Standard");
    let base_row = r
        .safeguards
        .required
        .iter()
        .find(|s| s.id == "human-review")
        .unwrap();
    assert_eq!(base_row.required_by, "");
}

#[test]
fn overlays_stack_and_the_hash_covers_every_layer() {
    let acme = overlay_on(common::docs_example(), ACME_ADDS).unwrap();
    let unit = "[questionnaire]\nid = \"acme-retail\"\nversion = \"1\"\ntitle = \"Acme Retail rules\"\nextends = \"acme@1\"\n\n[[question]]\nid = \"retail-stores\"\nsection = \"acme\"\ntype = \"number\"\nprompt = \"How many stores?\"\nshow_if = { answered = \"acme-id\" }\n";
    let q = apply_overlay(acme.clone(), "unit.toml", unit).unwrap();
    assert_eq!(
        q.layers.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
        ["example-mini", "acme", "acme-retail"]
    );
    assert_eq!(q.question("retail-stores").unwrap().layer, 2);
    assert_eq!(q.question("acme-id").unwrap().layer, 1);
    assert_ne!(q.content_hash, acme.content_hash);
    // A change to the middle layer changes the top's hash too.
    let acme2 = overlay_on(
        common::docs_example(),
        &ACME_ADDS.replace("Board sign-off", "Board"),
    )
    .unwrap();
    let q2 = apply_overlay(acme2, "unit.toml", unit).unwrap();
    assert_ne!(q2.content_hash, q.content_hash);
    // A business-unit overlay is held to the company layer too: it cannot redefine its items.
    let weak = format!(
        "{unit}\n[[safeguard]]\nid = \"acme-entry\"\ntitle = \"x\"\nrequirement = \"acme-register\"\nbasis = \"practice\"\n"
    );
    let errors = apply_overlay(acme, "unit.toml", &weak)
        .unwrap_err()
        .to_string();
    assert!(
        errors.contains("safeguard `acme-entry` is already defined by Acme Standard 1"),
        "{errors}"
    );
}

#[test]
fn redefining_a_prohibition_is_refused() {
    refused(
        "[[prohibition]]\nid = \"likeness\"\ntitle = \"Likeness, narrowly\"\n",
        "id = \"likeness\"",
        "cannot drop or redefine a prohibition",
    );
}

#[test]
fn redefining_a_policy_safeguard_as_practice_is_refused() {
    refused(
        "[[safeguard]]\nid = \"human-review\"\ntitle = \"Human review\"\nrequirement = \"human-oversight\"\nbasis = \"practice\"\n",
        "id = \"human-review\"",
        "policy-basis safeguard",
    );
}

#[test]
fn redefining_a_policy_requirement_is_refused() {
    refused(
        "[[requirement]]\nid = \"human-oversight\"\ntitle = \"Oversight\"\napplies = \"always\"\nbasis = \"practice\"\n",
        "id = \"human-oversight\"",
        "policy-basis requirement",
    );
}

#[test]
fn lowering_a_category_floor_is_refused() {
    refused(
        "[[raise]]\ncategory = \"employment\"\nfloor = \"medium\"\n",
        "floor = \"medium\"",
        "would lower it",
    );
    // Raising one is fine.
    let q = overlay_on(
        common::docs_example().clone(),
        "[tiers]\nconsequential_floor = \"high\"\n",
    )
    .unwrap();
    assert_eq!(q.tiers.consequential_floor, Tier::High);
}

#[test]
fn a_weaker_score_threshold_is_refused() {
    refused(
        "[tiers]\nhigh_at = 12\n",
        "high_at",
        "fewer uses would reach high",
    );
    refused(
        "[tiers]\nmedium_at = 5\n",
        "medium_at",
        "fewer uses would reach medium",
    );
}

#[test]
fn more_mitigation_is_refused() {
    refused(
        "[tiers]\nmax_mitigation_percent = 80\n",
        "max_mitigation_percent",
        "safeguards would take more off the score",
    );
}

#[test]
fn later_reviews_are_refused() {
    refused(
        "[tiers]\nreview_months = { high = 12 }\n",
        "review_months",
        "reviews would come later",
    );
}

#[test]
fn an_overlay_answer_cannot_show_a_base_safeguard_in_place() {
    refused(
        "[[section]]\nid = \"acme\"\ntitle = \"Acme\"\n\n[[question]]\nid = \"acme-q\"\nsection = \"acme\"\ntype = \"yes_no\"\nprompt = \"Reviewed?\"\n\n[[question.option]]\nid = \"yes\"\nsatisfies = [\"human-review\"]\n",
        "satisfies",
        "shows safeguard `human-review`",
    );
}

#[test]
fn an_overlay_answer_cannot_clear_a_base_category() {
    refused(
        "[[amend]]\nquestion = \"role\"\n\n[[amend.option]]\nid = \"recommends\"\nclears = [\"employment\"]\n",
        "clears",
        "clears category `employment`",
    );
}

/// A hardening review: an overlay added 1,000,000 autonomy points to an option that had 6, and
/// it carried 1,000,006, past the bound every layer's own points are held to.
#[test]
fn an_overlay_cannot_push_an_option_past_the_points_bound() {
    refused(
        "[[amend]]\nquestion = \"role\"\n\n[[amend.option]]\nid = \"decides\"\nrisk = { autonomy = 1000000 }\n",
        "autonomy = 1000000",
        "would carry 1000006 autonomy points with the 6 it has in",
    );
    // Up to the bound, it adds.
    let q = overlay_on(
        common::docs_example(),
        "[[amend]]\nquestion = \"role\"\n\n[[amend.option]]\nid = \"decides\"\nrisk = { autonomy = 999994 }\n",
    )
    .unwrap();
    let points = &q
        .question("role")
        .unwrap()
        .option("decides")
        .unwrap()
        .effects
        .risk;
    assert_eq!(points.get("autonomy").copied(), Some(1_000_000));
}

#[test]
fn a_new_answer_to_a_question_that_decides_a_prohibition_is_refused() {
    refused(
        "[[amend]]\nquestion = \"voice-clone\"\n\n[[amend.option]]\nid = \"sound-alike\"\nlabel = \"A voice like theirs\"\n",
        "sound-alike",
        "could let a use steer around it",
    );
}

/// Hostile review: an overlay added "media studio" to the built-in questionnaire's capabilities;
/// picked instead of "voice", it hid the likeness screening, and a cloned voice without consent
/// went from prohibited to medium with a passing gate. A new answer to any question a condition
/// below reads (which questions are asked, a contradiction, a floor, a safeguard's conditions)
/// is refused.
#[test]
fn a_new_answer_to_a_question_a_condition_below_reads_is_refused() {
    refused(
        "[[amend]]\nquestion = \"role\"\n\n[[amend.option]]\nid = \"spot-checks\"\nlabel = \"Decides, with spot checks\"\n",
        "spot-checks",
        "the answer to question `role` decides which questions are asked, or which checks apply",
    );
    let built_in = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let head = OVERLAY_HEAD.replace(
        "example-mini@1",
        &format!("aws-responsible-ai@{}", built_in.version),
    );
    let errors: Vec<String> = apply_overlay(
        built_in,
        "o.toml",
        &format!("{head}[[amend]]\nquestion = \"capabilities\"\n\n[[amend.option]]\nid = \"media-studio\"\nlabel = \"Media studio\"\n"),
    )
    .expect_err("refused")
    .0
    .iter()
    .map(|e| e.to_string())
    .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("question `capabilities` decides which questions are asked")),
        "{errors:?}"
    );
}

#[test]
fn rewording_an_answer_label_is_refused() {
    refused(
        "[[amend]]\nquestion = \"role\"\n\n[[amend.option]]\nid = \"decides\"\nlabel = \"Decides, with spot checks\"\n",
        "id = \"decides\"",
        "cannot reword an answer's label",
    );
}

#[test]
fn an_overlay_safeguard_under_a_base_requirement_is_refused() {
    refused(
        "[[safeguard]]\nid = \"acme-checklist\"\ntitle = \"Checklist\"\nrequirement = \"human-oversight\"\nbasis = \"practice\"\nsatisfied_when = { answered = \"owner\" }\n",
        "requirement = \"human-oversight\"",
        "could count toward meeting that requirement",
    );
}

/// Hostile review: an overlay safeguard with credit, shown in place by an overlay answer, took a
/// children's chatbot from high to medium.
#[test]
fn an_overlay_safeguard_with_credit_is_refused() {
    refused(
        "[[requirement]]\nid = \"acme-req\"\ntitle = \"Acme\"\napplies = \"always\"\nbasis = \"practice\"\n\n[[safeguard]]\nid = \"acme-care\"\ntitle = \"Care\"\nrequirement = \"acme-req\"\nbasis = \"practice\"\ncredit = 1000\n",
        "credit = 1000",
        "gives 1000 points of credit: in place, it would lower the risk score",
    );
}

#[test]
fn an_overlay_that_extends_something_else_is_refused() {
    let body = "";
    let text = format!("{OVERLAY_HEAD}{body}").replace("example-mini@1", "other@1");
    let e = apply_overlay(common::docs_example(), "o.toml", &text)
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("o.toml:5:"), "{e}");
    assert!(e.contains("extends `other@1`"), "{e}");
}

#[test]
fn an_overlay_on_a_newer_base_applies_if_its_ids_exist_and_says_what_changed_if_not() {
    // Version 2 of the docs example renames `role` to `decision-role`.
    let v2_text = common::docs_example_text()
        .replace("version = \"1\"", "version = \"2\"")
        .replace("id = \"role\"", "id = \"decision-role\"")
        .replace("question = \"role\"", "question = \"decision-role\"")
        .replace(
            "{ question = \"role\", option",
            "{ question = \"decision-role\", option",
        )
        .replace("satisfied_when = { answered = \"owner\" }\n", "");
    let v2_text = {
        // Drop the `owner` question.
        let i = v2_text.find("[[question]]\nid = \"owner\"").unwrap();
        format!(
            "{}\n[migration]\nfrom = \"1\"\nrenamed = {{ role = \"decision-role\" }}\nremoved = {{ owner = \"asked in the metadata now\" }}\n",
            &v2_text[..i]
        )
    };
    let v2 = parse_questionnaire("v2.toml", &v2_text).unwrap();
    assert_eq!(v2.version, "2");
    // Touching only ids that still exist: it applies.
    let ok = overlay_on(
        v2.clone(),
        "[[amend]]\nquestion = \"hiring\"\nhelp = \"Acme help.\"\n",
    )
    .unwrap();
    assert_eq!(ok.question("hiring").unwrap().help, "Acme help.");
    // A renamed question: the error names the new id.
    let errors =
        overlay_on(v2.clone(), "[[amend]]\nquestion = \"role\"\nhelp = \"x\"\n").unwrap_err();
    let all = errors.join("\n");
    assert!(
        all.contains("question `role` was renamed to `decision-role` in version 2"),
        "{all}"
    );
    assert!(all.contains("write `decision-role`"), "{all}");
    assert!(all.contains("o.toml:13:"), "{all}");
    // A removed one: the error says why it went.
    let errors = overlay_on(v2, "[[amend]]\nquestion = \"owner\"\nhelp = \"x\"\n").unwrap_err();
    let all = errors.join("\n");
    assert!(
        all.contains("question `owner` was removed in version 2")
            && all.contains("asked in the metadata now"),
        "{all}"
    );
}

#[test]
fn a_mapping_must_name_a_declared_framework_item() {
    refused(
        "[[map]]\nsafeguard = \"human-review\"\nmaps_to = [{ id = \"eu-ai-act:art-14\", relationship = \"equal\" }]\n",
        "maps_to",
        "no layer declares framework `eu-ai-act`",
    );
    let q = overlay_on(
        common::docs_example(),
        "[[framework]]\nid = \"eu-ai-act\"\ntitle = \"EU AI Act\"\nsource = \"https://eur-lex.europa.eu/eli/reg/2024/1689/oj\"\n\n[[framework.item]]\nid = \"art-14\"\ntitle = \"Art. 14: Human oversight\"\n\n[[map]]\nsafeguard = \"human-review\"\nmaps_to = [{ id = \"eu-ai-act:art-14\", relationship = \"part-of\" }]\n",
    )
    .unwrap();
    let m = &q.safeguard("human-review").unwrap().maps_to;
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].relationship, raia::questionnaire::Relationship::PartOf);
    // Only mappings: the rules did not change, so neither did the hash.
    assert_eq!(q.content_hash, common::docs_example().content_hash);
}

#[test]
fn the_built_in_crosswalk_and_the_example_overlay_load_on_the_built_in_questionnaire() {
    let base = raia::questionnaire::parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    for (name, text) in raia::questionnaire::BUILTIN_OVERLAYS {
        let q = apply_overlay(base.clone(), name, text).unwrap_or_else(|e| panic!("{name}:\n{e}"));
        assert!(q.frameworks.iter().any(|f| f.id == "eu-ai-act"));
        assert!(q.frameworks.iter().any(|f| f.id == "nist-ai-rmf"));
        // Every mapping is justified by a comment in the lines just above it.
        let lines: Vec<&str> = text.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            if l.starts_with("[[map]]") {
                assert!(
                    i > 0 && lines[i - 1].starts_with('#'),
                    "{name}:{}: a [[map]] without a comment justifying it",
                    i + 1
                );
            }
        }
        assert!(
            text.contains("eur-lex.europa.eu") && text.contains("NIST.AI.100-1"),
            "sources named"
        );
    }
    let acme = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/overlays/acme-rai-standard.toml"
    ))
    .unwrap();
    let q = apply_overlay(base.clone(), "acme-rai-standard.toml", &acme).unwrap();
    let added_q = q.questions.iter().filter(|x| x.layer == 1).count();
    let added_s = q.safeguards.iter().filter(|x| x.layer == 1).count();
    assert_eq!((added_q, added_s), (3, 2));
    assert!(q.tiers.high_at < base.tiers.high_at);
}

#[test]
fn rewording_a_verdict_is_refused() {
    refused(
        "[vocabulary]\ntier_high = \"elevated\"\n",
        "tier_high",
        "cannot reword `tier_high`",
    );
    // Nor the label that tells raia's reading from the policy's words (a hostile review set it
    // to "the policy's own words").
    refused(
        "[vocabulary]\nreading = \"the policy's own words\"\n",
        "reading",
        "cannot reword `reading`",
    );
    // Its own placeholders and words for services are fine.
    let q = overlay_on(
        common::docs_example(),
        "[vocabulary]\nservices = \"Acme AI services\"\n",
    )
    .unwrap();
    assert_eq!(q.vocabulary.services, "Acme AI services");
}

#[test]
fn an_overlay_on_a_questionnaire_that_lists_no_layers_still_tags_its_own_items() {
    let mut base = common::docs_example();
    base.layers.clear();
    let q = overlay_on(base, ACME_ADDS).unwrap();
    assert_eq!(q.layers.len(), 2);
    assert_eq!(q.layers[0].id, "example-mini");
    assert_eq!(q.question("acme-id").unwrap().layer, 1);
}

mod overlay_input {
    use super::*;
    use proptest::prelude::*;

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("role".to_string()),
            Just("decides".to_string()),
            Just("voice-clone".to_string()),
            Just("employment".to_string()),
            Just("human-review".to_string()),
            "[a-z-]{0,8}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Whatever an overlay names and says, applying it returns the merged questionnaire or
        /// located errors: it never panics, and a refused overlay changes nothing.
        #[test]
        fn any_overlay_is_merged_or_refused_without_panicking(
            question in word(),
            option in word(),
            safeguard in word(),
            category in word(),
            text in common::hostile_text(),
            high in 0u32..20,
        ) {
            let s = common::toml_str;
            let body = format!(
                "[tiers]\nhigh_at = {high}\n\n[[amend]]\nquestion = {}\nhelp = {}\n\n[[amend.option]]\nid = {}\nlabel = {}\nsatisfies = [{}]\ncategories = [{}]\n\n[[raise]]\ncategory = {}\nfloor = \"high\"\n",
                s(&question), s(&text), s(&option), s(&text), s(&safeguard), s(&category), s(&category)
            );
            match overlay_on(common::docs_example(), &body) {
                Ok(q) => {
                    prop_assert!(q.tiers.high_at <= 8);
                    prop_assert_eq!(q.layers.len(), 2);
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    for e in &errors {
                        prop_assert!(e.starts_with("o.toml:"), "{}", e);
                    }
                }
            }
        }
    }
}

/// The words of `text` as the policy fingerprints count them: lowercased runs of ASCII letters,
/// digits and apostrophes.
fn policy_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('\u{2019}', "'")
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn shingle_print(words: &[String]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(words.join(" ").as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn files_under(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| ["toml", "tera", "md", "rs"].contains(&e.to_str().unwrap()))
        {
            out.push(path);
        }
    }
}

/// The questionnaire, the templates, the docs and the code paraphrase the policy and cite it;
/// none of them holds a run of 8 of its words (tests/fixtures/policy-shingles.txt holds their
/// fingerprints, not the text).
#[test]
fn no_sentence_of_the_policy_is_pasted() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let prints: std::collections::HashSet<String> =
        std::fs::read_to_string(root.join("tests/fixtures/policy-shingles.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(str::to_string)
            .collect();
    assert!(
        prints.len() > 400,
        "the fingerprints cover the whole policy"
    );
    // The check itself: a run of the policy's own words is found.
    let pasted = policy_words(
        "Outputs should be evaluated for accuracy and appropriateness for your use case.",
    );
    assert!(
        pasted
            .windows(8)
            .any(|w| prints.contains(&shingle_print(w)))
    );

    let mut files = vec![root.join("README.md")];
    for dir in ["questionnaires", "templates", "docs", "examples", "src"] {
        files_under(&root.join(dir), &mut files);
    }
    let mut found = Vec::new();
    for file in &files {
        let words = policy_words(&std::fs::read_to_string(file).unwrap());
        for run in words.windows(8) {
            if !run.iter().any(|w| w.contains("http")) && prints.contains(&shingle_print(run)) {
                found.push(format!("{}: \"{}\"", file.display(), run.join(" ")));
            }
        }
    }
    assert!(
        found.is_empty(),
        "pasted from the policy:\n{}",
        found.join("\n")
    );
}

/// `weak_evidence` is matched against evidence read as lowercase words: a phrase written with
/// capitals could never match, and is refused at its line.
#[test]
fn weak_evidence_words_must_be_lowercase() {
    let errs = errors_after(
        "satisfied_when = { answered = \"owner\" }",
        "satisfied_when = { answered = \"owner\" }\nweak_evidence = { words = [\"Date of Birth\"], because = \"anyone can type one\" }",
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with(&format!(
            "q.toml:{}:",
            line_of("satisfied_when = { answered = \"owner\" }") + 1
        )),
        "{errs:?}"
    );
    assert!(
        errs[0].contains("safeguard `named-owner` has weak_evidence words that are empty, padded or not lowercase"),
        "{errs:?}"
    );
    let ok = errors_after(
        "satisfied_when = { answered = \"owner\" }",
        "satisfied_when = { answered = \"owner\" }\nweak_evidence = { words = [\"date of birth\"], because = \"anyone can type one\" }",
    );
    assert!(ok.is_empty(), "{ok:?}");
    // Evidence that must name a check, with none to name, could never show it.
    let errs = errors_after(
        "satisfied_when = { answered = \"owner\" }",
        "satisfied_when = { answered = \"owner\" }\nweak_evidence = { words = [\"date of birth\"], needs_unless = true, because = \"anyone can type one\" }",
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains(
            "safeguard `named-owner` has weak_evidence that needs_unless, with no unless words"
        ),
        "{errs:?}"
    );
}

/// An empty questionnaire is called empty, as an empty assessment is, with a way to start one.
#[test]
fn an_empty_questionnaire_is_called_empty() {
    for text in ["", "  \n\n"] {
        let errs = errors_of(text);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with("q.toml:1:1: the file is empty"),
            "{errs:?}"
        );
        assert!(
            errs[0].contains("raia questions --format source"),
            "{errs:?}"
        );
    }
}
