//! The default questionnaire and the example assessments in examples/.
//!
//! Each example is loaded with the embedded default questionnaire, evaluated, and checked for
//! its expected tier, for completeness and for the findings that make its case. The judgement
//! tests change one answer of an example, the way a reviewer would ask "what if", and check
//! that the result moves the right way.
//!
//! Convention in the example files: a safeguard that an answer shows to be in place is left
//! out of their [safeguards] table (the table would override the answer); the table holds
//! safeguards no answer can show (risk assessments, consent records) and known gaps.

// In tests a failed expect is the test failing, with its message.
#![allow(clippy::expect_used)]

use raia::answer::Answer;
use raia::assessment::{Assessment, SafeguardStatus, parse_assessment};
use raia::engine::{Evaluation, ProhibitionFinding, ProhibitionStatus, StatusSource, evaluate};
use raia::questionnaire::{
    Applies, DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_NAME, Questionnaire, Tier,
    parse_questionnaire,
};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Every file in examples/ and the tier it must get. A new example must be added here; the
/// test `every_example_file_has_an_expectation` fails until it is.
const EXPECTED: &[(&str, Tier)] = &[
    ("benefits-eligibility-triage.toml", Tier::High),
    ("clinical-triage-assistant.toml", Tier::High),
    ("cv-screener-auto-reject.toml", Tier::High),
    ("deepfake-political-ad.toml", Tier::Prohibited),
    ("homework-helper-children.toml", Tier::High),
    ("internal-doc-summariser.toml", Tier::Low),
    ("loan-pre-approval.toml", Tier::High),
    ("marketing-image-generator.toml", Tier::Medium),
    ("targeting-aid-human-control.toml", Tier::High),
    ("voice-clone-licensed.toml", Tier::Medium),
    ("voice-clone-no-consent.toml", Tier::Prohibited),
];

/// The budgets for how many questions people see. Raised from 20 when the questionnaire began
/// to ask every use for its data sources, lifecycle, AI-specific laws, the people it acts on,
/// intent, limitations and who was consulted: what an information request needs from any use.
/// The questionnaire's total is a bound on any path; 61 since it asks what a score does to
/// people where no consequential area is ticked, which no consequential path sees; 62 since it
/// asks a public tracking app whom its users can track; 63 since it asks whether the system
/// reads people's emotions; 64 since it asks a text or voice generator whether it writes sexual
/// content; 67 since it asks a system that acts on machines how an operator oversees it, what a
/// wrong action can do and what stops it doing harm; 68 since it asks advice that scores people
/// in a decision area who else sees the scores; 71 since it asks a system with no decision area
/// whether it advises people on their own health, money or legal position, and whether a wrong
/// prediction or answer can hurt anyone, and an agent which account actions nobody asked for it
/// takes. The simple budget grew by one with the second of those (a document assistant is asked
/// it: a later review's aircraft-defect copilot was one). 72 since it asks a use of health,
/// biometric, children's, special or criminal data on what lawful basis it rests, when no lawful
/// basis is ticked among the privacy controls; 73 since it asks a weapon's support model sold
/// to others whether they could turn it to targeting; 74 since it asks a decision of other
/// rights, health or safety whether a wrong outcome counts against a person or injures people.
const SIMPLE_BUDGET: usize = 28;
const HIGH_RISK_BUDGET: usize = 74;

fn questionnaire() -> Questionnaire {
    match parse_questionnaire(DEFAULT_QUESTIONNAIRE_NAME, DEFAULT_QUESTIONNAIRE) {
        Ok(q) => q,
        Err(e) => panic!("the default questionnaire does not load:\n{e}"),
    }
}

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn load(q: &Questionnaire, name: &str) -> Assessment {
    let path = examples_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    match parse_assessment(&path.display().to_string(), &text, q) {
        Ok(a) => a,
        Err(e) => panic!("{name} does not load:\n{e}"),
    }
}

fn example(name: &str) -> (Questionnaire, Assessment, Evaluation) {
    let q = questionnaire();
    let a = load(&q, name);
    let e = evaluate(&q, &a);
    (q, a, e)
}

fn prohibition<'e>(e: &'e Evaluation, id: &str) -> &'e ProhibitionFinding {
    e.prohibitions
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no prohibition finding `{id}`"))
}

fn category_ids(e: &Evaluation) -> Vec<&str> {
    e.categories.iter().map(|c| c.id.as_str()).collect()
}

fn gaps(e: &Evaluation) -> BTreeSet<&str> {
    e.gaps.iter().map(|s| s.as_str()).collect()
}

fn status(e: &Evaluation, safeguard: &str) -> (bool, SafeguardStatus, StatusSource) {
    let s = e
        .safeguard(safeguard)
        .unwrap_or_else(|| panic!("no safeguard `{safeguard}`"));
    (s.required, s.status, s.source)
}

fn choose(a: &mut Assessment, question: &str, option: &str) {
    a.answers
        .insert(question.to_string(), Answer::Choice(option.to_string()));
}

fn choose_many(a: &mut Assessment, question: &str, options: &[&str]) {
    a.answers.insert(
        question.to_string(),
        Answer::Choices(options.iter().map(|o| o.to_string()).collect()),
    );
}

fn note(a: &mut Assessment, question: &str, text: &str) {
    a.notes.insert(question.to_string(), text.to_string());
}

/// Whether the concern about prohibited use `id` is raised with none of its safeguards holding.
fn unguarded(e: &Evaluation, id: &str) -> bool {
    e.unguarded_concerns().iter().any(|(p, _)| p.id == id)
}

/// Records a safeguard's status and evidence, as `[safeguards.ID]` in the file would.
fn record(a: &mut Assessment, id: &str, status: SafeguardStatus, evidence: &str) {
    a.safeguards.insert(
        id.into(),
        raia::assessment::SafeguardEntry {
            status,
            evidence: evidence.into(),
        },
    );
}

/// Recorded not applicable where the use rules it out, with no answer saying it is there: a gap,
/// not a status to confirm.
fn ruled_out(s: &raia::engine::SafeguardResult) -> bool {
    !s.ruled_out.is_empty()
        && s.is_gap()
        && !s.is_contradicted()
        && raia::explain::safeguard_state(s).starts_with("not in place: recorded as not applicable")
}

fn requirement_met(e: &Evaluation, id: &str) -> bool {
    e.requirements
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no requirement `{id}`"))
        .is_met()
}

// ---------------------------------------------------------------------------------------------
// The default questionnaire itself
// ---------------------------------------------------------------------------------------------

#[test]
fn default_questionnaire_identifies_the_policy() {
    let q = questionnaire();
    assert_eq!(q.id, "aws-responsible-ai");
    assert_eq!(q.version, "2023-09-28.2");
    assert_eq!(q.policy.name, "AWS Responsible AI Policy");
    assert_eq!(q.policy.date, "2023-09-28");
    assert_eq!(
        q.policy.url,
        "https://aws.amazon.com/ai/responsible-ai/policy/"
    );
    assert_eq!(q.tiers.consequential_floor, Tier::High);
}

#[test]
fn catalogues_use_exactly_the_stable_ids() {
    let q = questionnaire();
    let ids = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    assert_eq!(
        q.prohibitions
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>(),
        ids(vec![
            "disinformation",
            "privacy",
            "likeness",
            "minors",
            "harassment",
            "safety-circumvention",
            "lethal-weapons"
        ])
    );
    assert_eq!(
        q.categories
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>(),
        ids(vec![
            "medical-diagnosis",
            "judicial",
            "critical-benefits",
            "education",
            "employment",
            "lending-credit",
            "legal-advice",
            "financial-advice",
            "medical-advice",
            "other-rights-health-safety"
        ])
    );
    let reqs: Vec<(String, Applies)> = q
        .requirements
        .iter()
        .map(|r| (r.id.to_string(), r.applies))
        .collect();
    let c = Applies::Consequential;
    let a = Applies::Always;
    assert_eq!(
        reqs,
        vec![
            ("risk-evaluation".to_string(), c),
            ("human-oversight".to_string(), c),
            ("testing".to_string(), c),
            ("use-case-safeguards".to_string(), c),
            ("output-evaluation".to_string(), a),
            ("information-on-request".to_string(), a),
            ("accountability".to_string(), a),
        ]
    );
}

#[test]
fn every_entry_is_explained_and_cited() {
    let q = questionnaire();
    for e in q.prohibitions.iter().chain(&q.categories) {
        assert!(
            !e.summary.is_empty() && !e.clause.is_empty(),
            "{} lacks summary or clause",
            e.id
        );
    }
    for r in &q.requirements {
        assert!(
            !r.summary.is_empty() && !r.clause.is_empty(),
            "{} lacks summary or clause",
            r.id
        );
    }
    for s in &q.safeguards {
        assert!(
            s.good.len() > 60,
            "safeguard {} needs a concrete `good`",
            s.id
        );
        assert!(!s.clause.is_empty(), "safeguard {} has no clause", s.id);
    }
    for question in &q.questions {
        assert!(
            !question.help.is_empty(),
            "question {} has no help",
            question.id
        );
        assert!(
            !question.clause.is_empty(),
            "question {} has no clause",
            question.id
        );
        for o in &question.options {
            if o.effects.note_required {
                assert!(
                    !o.effects.note_hint.is_empty(),
                    "{}/{} requires a note but gives no hint",
                    question.id,
                    o.id
                );
            }
        }
    }
}

#[test]
fn safeguard_catalogue_covers_the_brief() {
    let q = questionnaire();
    // 41 since a decision whose wrong outcome can injure people has a hazard analysis.
    assert!(
        (25..=41).contains(&q.safeguards.len()),
        "{} safeguards",
        q.safeguards.len()
    );
    for id in [
        "risk-assessment",
        "human-review",
        "appeal-path",
        "explanation",
        "ai-notice",
        "accuracy-evaluation",
        "bias-testing",
        "robustness-testing",
        "red-teaming",
        "clinical-validation",
        "adverse-action-reasons",
        "fair-lending-testing",
        "professional-referral",
        "scope-limits",
        "content-guardrails",
        "human-review-published",
        "ai-content-disclosure",
        "consent-records",
        "upload-controls",
        "privacy-impact-assessment",
        "lawful-basis-notice",
        "data-minimisation",
        "age-assurance",
        "child-safety-escalation",
        "abuse-reporting",
        "red-team-authorisation",
        "human-weapon-control",
        "monitoring",
        "incident-response",
        "named-owner",
        "documented-uses",
        "output-spot-checks",
    ] {
        assert!(q.safeguard(id).is_some(), "missing safeguard {id}");
    }
}

#[test]
fn each_consequential_requirement_has_a_safeguard_required_for_every_consequential_use() {
    // Mark each category alone, with nothing else answered: every consequential requirement
    // must still name at least one required safeguard.
    let q = questionnaire();
    for c in &q.categories {
        let mut a = Assessment::new(&q);
        choose_many(&mut a, "decision-areas", &[c.id.as_str()]);
        let e = evaluate(&q, &a);
        assert_eq!(category_ids(&e), vec![c.id.as_str()]);
        for r in q
            .requirements
            .iter()
            .filter(|r| r.applies == Applies::Consequential)
        {
            let result = e
                .requirements
                .iter()
                .find(|x| x.id == r.id)
                .expect("requirement");
            assert!(result.applies, "{} should apply for {}", r.id, c.id);
            assert!(
                !result.safeguards.is_empty(),
                "{} has no required safeguard when only {} is marked",
                r.id,
                c.id
            );
        }
    }
}

#[test]
fn every_prohibition_can_be_confirmed_or_raised_and_every_category_marked() {
    let q = questionnaire();
    let effects: Vec<_> = q
        .questions
        .iter()
        .flat_map(|x| x.options.iter().map(|o| &o.effects))
        .collect();
    for p in &q.prohibitions {
        assert!(
            effects.iter().any(|e| e.prohibits.contains(&p.id)),
            "no answer confirms {}",
            p.id
        );
    }
    // The prohibitions end users could cross without the team intending it have a concern path.
    for p in [
        "disinformation",
        "privacy",
        "likeness",
        "minors",
        "harassment",
    ] {
        assert!(
            effects.iter().any(|e| e.concerns.iter().any(|c| c == p)),
            "no answer raises a {p} concern"
        );
    }
    for c in &q.categories {
        assert!(
            effects.iter().any(|e| e.categories.contains(&c.id)),
            "no answer marks {}",
            c.id
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Every example
// ---------------------------------------------------------------------------------------------

#[test]
fn every_example_file_has_an_expectation() {
    let mut on_disk: Vec<String> = std::fs::read_dir(examples_dir())
        .expect("examples/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let expected: Vec<String> = EXPECTED.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        on_disk, expected,
        "examples/ and EXPECTED in tests/examples.rs must list the same files"
    );
    assert!(EXPECTED.len() >= 8);
}

#[test]
fn every_example_gets_its_tier_and_is_complete() {
    let q = questionnaire();
    for (name, tier) in EXPECTED {
        let a = load(&q, name);
        let e = evaluate(&q, &a);
        assert_eq!(
            e.tier,
            *tier,
            "{name}: {:#?}",
            raia::explain::tier_reasons(&q, &e)
        );
        assert!(
            e.complete,
            "{name}: unanswered {:?}, notes missing {:?}",
            e.unanswered, e.notes_missing
        );
        assert!(
            e.hidden_answered.is_empty(),
            "{name} answers questions nobody sees: {:?}",
            e.hidden_answered
        );
        assert_eq!(a.questionnaire.version, q.version, "{name}");
        for key in [
            "system",
            "description",
            "owner_team",
            "assessor",
            "contact",
            "created",
            "updated",
        ] {
            assert!(
                !a.metadata.get(key).unwrap_or_default().is_empty(),
                "{name}: metadata.{key} is empty"
            );
        }
        if *tier >= Tier::High {
            assert!(
                e.visible.len() < HIGH_RISK_BUDGET,
                "{name} shows {} questions",
                e.visible.len()
            );
        }
        let confirmed = e.confirmed().count();
        assert_eq!(
            confirmed > 0,
            *tier == Tier::Prohibited,
            "{name}: {confirmed} confirmed prohibitions"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The case each example makes
// ---------------------------------------------------------------------------------------------

#[test]
fn internal_summariser_is_low_and_short() {
    let (q, _, e) = example("internal-doc-summariser.toml");
    assert_eq!(e.tier, Tier::Low);
    assert!(e.categories.is_empty());
    assert!(
        e.visible.len() < SIMPLE_BUDGET,
        "{} visible: {:?}",
        e.visible.len(),
        e.visible
    );
    assert!(
        e.prohibitions
            .iter()
            .all(|p| p.status == ProhibitionStatus::Clear)
    );
    assert!(e.score.total < q.tiers.medium_at, "score {}", e.score.total);
    // Readers check each summary as part of their own work, which is not a recorded output
    // check: the one gap is what the policy says "should" be done, and no breach is claimed.
    assert_eq!(e.gaps, ["output-spot-checks"]);
    let oe = e
        .requirements
        .iter()
        .find(|r| r.id == "output-evaluation")
        .unwrap();
    assert_eq!(oe.state, raia::engine::RequirementState::NotShown);
    for id in ["information-on-request", "accountability"] {
        let r = e.requirements.iter().find(|r| r.id == id).unwrap();
        assert_ne!(r.state, raia::engine::RequirementState::NotMet, "{id}");
    }
    assert!(
        e.gate(raia::engine::Binding::Bound, false).is_empty(),
        "{:?}",
        e.gate(raia::engine::Binding::Bound, false)
    );
    assert!(!e.gate(raia::engine::Binding::Bound, true).is_empty());
    // None of the consequential or generative-media questions are asked.
    for hidden in [
        "ai-role",
        "human-review",
        "realism",
        "likeness",
        "child-safety",
    ] {
        assert!(!e.is_visible(hidden), "{hidden} should be hidden");
    }
}

#[test]
fn marketing_images_are_medium_by_exposure_not_deception() {
    let (q, _, e) = example("marketing-image-generator.toml");
    assert_eq!(e.tier, Tier::Medium);
    assert!(e.categories.is_empty());
    // Realistic synthetic images made openly are not disinformation.
    assert_eq!(
        prohibition(&e, "disinformation").status,
        ProhibitionStatus::Clear
    );
    assert!(e.score.total >= q.tiers.medium_at && e.score.total < q.tiers.high_at);
    // Safeguards are capped: they cannot take it below medium.
    assert!(e.score.credits_available > e.score.mitigation_cap);
    for s in [
        "ai-content-disclosure",
        "human-review-published",
        "content-guardrails",
    ] {
        assert_eq!(
            status(&e, s),
            (true, SafeguardStatus::InPlace, StatusSource::Answer),
            "{s}"
        );
    }
    assert!(e.gaps.is_empty(), "gaps {:?}", e.gaps);
}

#[test]
fn licensed_voice_clone_is_medium_with_consent_records() {
    let (_, _, e) = example("voice-clone-licensed.toml");
    assert_eq!(e.tier, Tier::Medium);
    assert_eq!(prohibition(&e, "likeness").status, ProhibitionStatus::Clear);
    let consent = e.safeguard("consent-records").expect("consent-records");
    assert!(consent.required);
    assert_eq!(consent.status, SafeguardStatus::InPlace);
    assert!(consent.evidence.contains("HLA-VL-2024-011"));
    assert_eq!(
        status(&e, "ai-content-disclosure").1,
        SafeguardStatus::InPlace
    );
    assert!(e.gaps.is_empty(), "gaps {:?}", e.gaps);
}

#[test]
fn voice_clone_without_consent_is_prohibited_for_likeness() {
    let (q, _, e) = example("voice-clone-no-consent.toml");
    assert_eq!(e.tier, Tier::Prohibited);
    let likeness = prohibition(&e, "likeness");
    assert_eq!(likeness.status, ProhibitionStatus::Confirmed);
    assert_eq!(likeness.confirmed_by.len(), 1);
    assert_eq!(likeness.confirmed_by[0].question, "likeness");
    assert!(likeness.confirmed_by[0].answer.contains("without consent"));
    // Saying it is AI does not cure it, and it is not deception as well: only a concern, since
    // the clips are disclosed around them, not labelled, and can be passed on as real.
    let deception = prohibition(&e, "disinformation");
    assert_eq!(deception.status, ProhibitionStatus::Concern);
    assert_eq!(deception.concerns[0].question, "disclosure");
    assert!(gaps(&e).contains("consent-records"));
    assert!(raia::explain::tier_reasons(&q, &e)[0].contains("likeness"));
}

#[test]
fn homework_helper_is_high_because_children_use_it() {
    let (q, _, e) = example("homework-helper-children.toml");
    assert_eq!(e.tier, Tier::High);
    // High by weight, not by a category: it decides nothing about the children.
    assert!(e.categories.is_empty());
    assert!(e.score.total >= q.tiers.high_at, "score {}", e.score.total);
    let minors = prohibition(&e, "minors");
    assert_eq!(minors.status, ProhibitionStatus::Concern);
    assert_eq!(minors.concerns[0].question, "users");
    for s in [
        "age-assurance",
        "child-safety-escalation",
        "content-guardrails",
        "red-teaming",
    ] {
        let (required, st, _) = status(&e, s);
        assert!(required, "{s} should be required");
        assert_eq!(st, SafeguardStatus::InPlace, "{s}");
    }
    assert!(e.gaps.is_empty(), "gaps {:?}", e.gaps);
    // The child-safety safeguards bring their requirement with them, though no category is marked.
    let r = e
        .requirements
        .iter()
        .find(|r| r.id == "use-case-safeguards")
        .unwrap();
    assert!(r.applies, "{r:?}");
    let why = raia::explain::applies_because(&q, r);
    assert!(why.contains("Age assurance"), "{why}");
    // The reason names the branch that holds, not every way the safeguard could be required.
    let risk = e.safeguard("risk-assessment").unwrap();
    assert!(
        raia::explain::required_reasons(&q, risk, None)[0]
            .contains("a concern about \"Harm or abuse of minors\" is raised"),
        "{:?}",
        raia::explain::required_reasons(&q, risk, None)
    );
    assert!(
        !raia::explain::required_reasons(&q, risk, None)[0].contains("consequential"),
        "{:?}",
        raia::explain::required_reasons(&q, risk, None)
    );
    let oversight = e
        .requirements
        .iter()
        .find(|r| r.id == "human-oversight")
        .unwrap();
    assert_eq!(oversight.applies, !oversight.safeguards.is_empty());
}

#[test]
fn clinical_triage_is_high_for_diagnosis_with_oversight_in_place() {
    let (_, _, e) = example("clinical-triage-assistant.toml");
    assert_eq!(e.tier, Tier::High);
    assert_eq!(category_ids(&e), vec!["medical-diagnosis"]);
    assert_eq!(e.confirmed().count(), 0);
    assert_eq!(
        status(&e, "human-review"),
        (true, SafeguardStatus::InPlace, StatusSource::Answer)
    );
    assert_eq!(
        status(&e, "clinical-validation").1,
        SafeguardStatus::InPlace
    );
    assert!(requirement_met(&e, "human-oversight"));
    assert!(e.gaps.is_empty(), "gaps {:?}", e.gaps);
}

#[test]
fn cv_screener_is_high_for_employment_with_oversight_and_bias_gaps() {
    let (_, _, e) = example("cv-screener-auto-reject.toml");
    assert_eq!(e.tier, Tier::High);
    assert_eq!(category_ids(&e), vec!["employment"]);
    let g = gaps(&e);
    for s in ["human-review", "bias-testing", "appeal-path", "explanation"] {
        assert!(g.contains(s), "{s} should be a gap: {g:?}");
    }
    assert_eq!(status(&e, "human-review").1, SafeguardStatus::Missing);
    assert!(!requirement_met(&e, "human-oversight"));
    assert!(!requirement_met(&e, "testing"));
    // The biggest gap comes first: human review carries the largest credit.
    assert_eq!(e.gaps[0], "human-review");
}

#[test]
fn loan_pre_approval_is_high_for_credit_with_no_gaps() {
    let (_, _, e) = example("loan-pre-approval.toml");
    assert_eq!(e.tier, Tier::High);
    assert_eq!(category_ids(&e), vec!["lending-credit"]);
    for s in [
        "human-review",
        "adverse-action-reasons",
        "fair-lending-testing",
        "appeal-path",
    ] {
        assert_eq!(
            status(&e, s),
            (true, SafeguardStatus::InPlace, StatusSource::Answer),
            "{s}"
        );
    }
    assert!(e.gaps.is_empty(), "gaps {:?}", e.gaps);
}

#[test]
fn benefits_triage_is_high_for_critical_benefits() {
    let (_, _, e) = example("benefits-eligibility-triage.toml");
    assert_eq!(e.tier, Tier::High);
    assert_eq!(category_ids(&e), vec!["critical-benefits"]);
    assert_eq!(
        status(&e, "alternative-process").1,
        SafeguardStatus::InPlace
    );
    // Caseworkers check each result in their own work: the recorded output check the policy
    // says should be done is the one open item, and it is not a breach.
    assert_eq!(e.gaps, ["output-spot-checks"]);
    assert!(e.safeguards.iter().all(|s| !s.is_policy_gap()));
}

#[test]
fn deepfake_ad_is_prohibited_for_deception_and_likeness() {
    let (_, _, e) = example("deepfake-political-ad.toml");
    assert_eq!(e.tier, Tier::Prohibited);
    let dis = prohibition(&e, "disinformation");
    assert_eq!(dis.status, ProhibitionStatus::Confirmed);
    assert_eq!(dis.confirmed_by[0].question, "realism");
    assert_eq!(
        prohibition(&e, "likeness").status,
        ProhibitionStatus::Confirmed
    );
}

#[test]
fn targeting_aid_under_human_control_is_high_not_prohibited() {
    let (_, _, e) = example("targeting-aid-human-control.toml");
    assert_eq!(e.tier, Tier::High);
    assert_eq!(
        prohibition(&e, "lethal-weapons").status,
        ProhibitionStatus::Clear
    );
    let cat = e
        .categories
        .iter()
        .find(|c| c.id == "other-rights-health-safety")
        .expect("weapon function is consequential");
    assert!(
        cat.raised_by
            .iter()
            .any(|r| r.question == "weapon-function")
    );
    assert_eq!(
        status(&e, "human-weapon-control"),
        (true, SafeguardStatus::InPlace, StatusSource::Assessment)
    );
    // Appeal and explanation to the people affected mean nothing for a weapon under human
    // control: they are neither asked nor required.
    assert!(!status(&e, "appeal-path").0);
    assert!(!status(&e, "explanation").0);
    assert!(!e.is_visible("appeal") && !e.is_visible("explanation"));
    assert!(requirement_met(&e, "human-oversight"));
}

// ---------------------------------------------------------------------------------------------
// Judgement: change one thing, the result moves the right way
// ---------------------------------------------------------------------------------------------

#[test]
fn licensed_voice_without_the_licence_is_prohibited() {
    let (q, mut a, before) = example("voice-clone-licensed.toml");
    assert_eq!(before.tier, Tier::Medium);
    choose(&mut a, "likeness", "no-consent");
    note(
        &mut a,
        "likeness",
        "The licence lapsed in January and was not renewed.",
    );
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::Prohibited);
    assert_eq!(
        prohibition(&e, "likeness").status,
        ProhibitionStatus::Confirmed
    );
    assert!(e.complete);
}

#[test]
fn loan_model_deciding_without_review_has_more_gaps_and_stays_high() {
    let (q, mut a, before) = example("loan-pre-approval.toml");
    choose(&mut a, "ai-role", "decides");
    choose(&mut a, "human-review", "none");
    // The file's note on ai-role explained the old answer; it no longer applies.
    a.notes.remove("ai-role");
    let e = evaluate(&q, &a);
    // The notes these answers need are missing until given.
    assert_eq!(
        e.notes_missing,
        vec!["ai-role".to_string(), "human-review".to_string()]
    );
    note(
        &mut a,
        "ai-role",
        "Declines are sent automatically to cut costs.",
    );
    note(&mut a, "human-review", "Officers only handle complaints.");
    let e = evaluate(&q, &a);
    assert!(e.complete);
    assert_eq!(e.tier, Tier::High);
    assert!(gaps(&e).is_superset(&gaps(&before)));
    assert!(gaps(&e).contains("human-review"));
    assert!(e.score.raw > before.score.raw);
    assert!(!requirement_met(&e, "human-oversight"));
}

#[test]
fn summariser_giving_medical_advice_is_high() {
    let (q, mut a, before) = example("internal-doc-summariser.toml");
    choose_many(&mut a, "decision-areas", &["medical-advice"]);
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::High);
    assert_eq!(category_ids(&e), vec!["medical-advice"]);
    // The consequential questions now appear and wait for answers.
    assert!(e.visible.len() > before.visible.len());
    assert!(e.unanswered.iter().any(|u| u == "ai-role"));
    assert!(e.unanswered.iter().any(|u| u == "advice-controls"));
    assert!(!e.complete);
    for s in [
        "scope-limits",
        "professional-referral",
        "advice-oversight",
        "risk-assessment",
    ] {
        assert!(gaps(&e).contains(s), "{s} should be a gap");
    }
    // Advice has no outcome a person approves before it takes effect, or that can be appealed:
    // its oversight is advice-oversight, and the decision questions are not asked.
    for s in ["human-review", "appeal-path", "explanation"] {
        assert!(!status(&e, s).0, "{s} should not be required for advice");
    }
    assert!(!e.is_visible("human-review") && !e.is_visible("appeal"));
}

#[test]
fn homework_helper_for_adults_is_medium() {
    let (q, mut a, before) = example("homework-helper-children.toml");
    choose_many(&mut a, "users", &["public"]);
    choose_many(&mut a, "personal-data", &["basic"]);
    let e = evaluate(&q, &a);
    assert_eq!(
        e.tier,
        Tier::Medium,
        "{:#?}",
        raia::explain::tier_reasons(&q, &e)
    );
    assert!(e.score.total < before.score.total);
    assert_eq!(prohibition(&e, "minors").status, ProhibitionStatus::Clear);
    assert!(!status(&e, "age-assurance").0);
    assert!(!e.is_visible("child-safety"));
}

#[test]
fn homework_helper_without_child_safety_measures_has_gaps() {
    let (q, mut a, before) = example("homework-helper-children.toml");
    choose_many(&mut a, "child-safety", &["none"]);
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::High);
    let g = gaps(&e);
    assert!(
        g.contains("age-assurance") && g.contains("child-safety-escalation"),
        "{g:?}"
    );
    assert!(e.score.total >= before.score.total);
}

#[test]
fn cv_screener_with_review_and_audit_closes_its_main_gaps_but_stays_high() {
    let (q, mut a, before) = example("cv-screener-auto-reject.toml");
    choose(&mut a, "ai-role", "recommends");
    choose(&mut a, "human-review", "adverse-before");
    choose(&mut a, "appeal", "human");
    choose_many(
        &mut a,
        "employment-controls",
        &["adverse-impact", "candidate-notice"],
    );
    a.safeguards.remove("human-review");
    a.safeguards.remove("bias-testing");
    let e = evaluate(&q, &a);
    assert_eq!(
        e.tier,
        Tier::High,
        "the employment category keeps the floor"
    );
    let g = gaps(&e);
    for s in ["human-review", "bias-testing", "appeal-path", "ai-notice"] {
        assert!(!g.contains(s), "{s} should be closed");
    }
    assert!(g.len() < before.gaps.len());
    assert!(e.score.total < before.score.total);
}

#[test]
fn marketing_images_undisclosed_raise_deception_and_passed_off_as_real_are_prohibited() {
    let (q, mut a, _) = example("marketing-image-generator.toml");
    choose(&mut a, "disclosure", "none");
    choose_many(&mut a, "generation-controls", &["guardrails"]);
    note(
        &mut a,
        "disclosure",
        "The label and watermark were dropped for the spring campaign.",
    );
    let e = evaluate(&q, &a);
    assert_eq!(
        prohibition(&e, "disinformation").status,
        ProhibitionStatus::Concern
    );
    assert!(gaps(&e).contains("ai-content-disclosure"), "{:?}", e.gaps);
    assert!(
        gaps(&e).contains("risk-assessment"),
        "a concern asks for a risk assessment"
    );
    assert_eq!(e.tier, Tier::Medium);

    choose(&mut a, "realism", "deceive");
    note(
        &mut a,
        "realism",
        "The images are posted as customer photos.",
    );
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::Prohibited);
    assert_eq!(
        prohibition(&e, "disinformation").status,
        ProhibitionStatus::Confirmed
    );
    // The disclosure question no longer applies once the content is meant to deceive.
    assert!(e.hidden_answered.iter().any(|h| h == "disclosure"));
}

#[test]
fn clinical_triage_without_review_loses_oversight() {
    let (q, mut a, _) = example("clinical-triage-assistant.toml");
    choose(&mut a, "human-review", "none");
    choose_many(
        &mut a,
        "medical-controls",
        &["clinical-validation", "patients-told"],
    );
    note(
        &mut a,
        "human-review",
        "Night shift uses the suggestion directly.",
    );
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::High);
    assert!(gaps(&e).contains("human-review"));
    assert!(!requirement_met(&e, "human-oversight"));
}

#[test]
fn targeting_aid_without_human_control_is_prohibited() {
    let (q, mut a, _) = example("targeting-aid-human-control.toml");
    choose(&mut a, "weapon-function", "autonomous");
    note(
        &mut a,
        "weapon-function",
        "Engages automatically when the link is jammed.",
    );
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::Prohibited);
    let lw = prohibition(&e, "lethal-weapons");
    assert_eq!(lw.status, ProhibitionStatus::Confirmed);
    assert_eq!(lw.confirmed_by[0].question, "weapon-function");
}

#[test]
fn taking_away_recorded_safeguards_never_lowers_an_example() {
    let q = questionnaire();
    for (name, _) in EXPECTED {
        let mut a = load(&q, name);
        let before = evaluate(&q, &a);
        for entry in a.safeguards.values_mut() {
            entry.status = SafeguardStatus::Missing;
        }
        let after = evaluate(&q, &a);
        assert!(after.tier >= before.tier, "{name}");
        assert!(after.score.total >= before.score.total, "{name}");
        assert!(after.gaps.len() >= before.gaps.len(), "{name}");
    }
}

#[test]
fn examples_survive_a_save_by_the_wizard() {
    // The wizard rewrites files with Assessment::to_toml; the result must read back the same.
    let q = questionnaire();
    for (name, _) in EXPECTED {
        let a = load(&q, name);
        let text = a.to_toml(&q);
        let back = match parse_assessment(name, &text, &q) {
            Ok(b) => b,
            Err(e) => panic!("{name} does not read back after saving:\n{e}\n{text}"),
        };
        assert_eq!(back.answers, a.answers, "{name}");
        assert_eq!(back.notes, a.notes, "{name}");
        assert_eq!(back.safeguards, a.safeguards, "{name}");
        assert_eq!(evaluate(&q, &back), evaluate(&q, &a), "{name}");
    }
}

#[test]
fn no_path_through_the_questionnaire_exceeds_the_high_risk_budget() {
    let q = questionnaire();
    assert!(
        q.questions.len() < HIGH_RISK_BUDGET,
        "{} questions in all",
        q.questions.len()
    );
    // Questions every use sees: few enough that a simple use stays well under budget.
    let unconditional = q.questions.iter().filter(|x| x.show_if.is_none()).count();
    assert!(
        unconditional <= 23,
        "{unconditional} questions are always asked"
    );
}

#[test]
fn why_a_safeguard_is_required_names_the_options_picked() {
    let (q, _, e) = example("homework-helper-children.toml");
    let age = e.safeguard("age-assurance").unwrap();
    assert!(age.required);
    assert!(
        raia::explain::required_reasons(&q, age, None)[0]
            .contains("Who uses the system directly? → \"Children or teenagers (under 18)\""),
        "{:?}",
        raia::explain::required_reasons(&q, age, None)
    );
}

// ---------------------------------------------------------------------------------------------
// The compliance reviewer's cases (tests/fixtures/judgement/)
//
// Fifteen realistic cases and the variants that exposed defects in an earlier version of the
// questionnaire: a jailbreak wrapper that did not tick safety testing came out high, a people
// dossier service raised nothing about privacy, labelled campaign ads and a children's story
// app landed high because every kind of generated media added its points again, advice bots
// carried an oversight gap no answer could close. Each row is the tier the case must get and
// the findings that make it; a new file must be added here.
// ---------------------------------------------------------------------------------------------

/// One finding a case must show.
#[derive(Debug, Clone, Copy)]
enum Finding {
    /// The prohibition is confirmed.
    Confirmed(&'static str),
    /// The prohibition is raised as a concern (not confirmed).
    Concern(&'static str),
    /// The prohibition is clear.
    Clear(&'static str),
    /// The consequential category is marked.
    Category(&'static str),
    /// No consequential category is marked.
    NoCategory,
    /// The safeguard is required and is a gap.
    Gap(&'static str),
    /// The safeguard is required and in place or not applicable, and the answers support it.
    Met(&'static str),
    /// The safeguard is required and answers contradict its status: to be confirmed, never
    /// met, and the gate fails.
    ToConfirm(&'static str),
    /// The safeguard is not required.
    NotRequired(&'static str),
    /// No required safeguard is missing or planned.
    NoGaps,
    /// No gap the policy's own words make non-compliance.
    NoPolicyGaps,
    /// The score (after safeguards) is in this band.
    Band(Tier),
    /// The requirement applies and the answers do not show it met: to be confirmed.
    RequirementToConfirm(&'static str),
    /// The requirement applies and a safeguard the policy's words require under it is a gap:
    /// not met, as the gate and the summary say.
    RequirementNotMet(&'static str),
    /// The requirement applies and the answers show it met.
    RequirementMet(&'static str),
    /// No answer marks a consequential decision, but answers that disagree may hide one: every
    /// requirement one brings is to be confirmed, none "nothing is required" or "met".
    ConsequentialInDoubt,
    /// The prohibition is a concern and none of the safeguards against it is in place: the
    /// gate fails.
    Unguarded(&'static str),
    /// Every concern has a safeguard against it in place.
    AllGuarded,
    /// The contradiction holds, and the gate fails.
    Contradicts(&'static str),
    /// No gap, contradiction or doubt fails the gate (as `raia score --gate` runs it): an honest
    /// case that a reading must not catch.
    GatePasses,
}

use Finding::*;

const JUDGEMENT: &[(&str, Tier, &[Finding])] = &[
    (
        "01-bank-chatbot-financial-advice.toml",
        Tier::High,
        &[
            Category("financial-advice"),
            Gap("advice-oversight"),
            Met("scope-limits"),
            Met("professional-referral"),
            NotRequired("human-review"),
            NotRequired("appeal-path"),
        ],
    ),
    (
        "02-legal-research-lawyers.toml",
        Tier::High,
        &[
            Category("legal-advice"),
            Met("advice-oversight"),
            Met("professional-referral"),
            NotRequired("human-review"),
            Band(Tier::Medium),
        ],
    ),
    (
        "03-consumer-legal-advice-bot.toml",
        Tier::High,
        &[
            Category("legal-advice"),
            Gap("advice-oversight"),
            Gap("professional-referral"),
            Gap("accuracy-evaluation"),
            NotRequired("human-review"),
            Concern("harassment"),
            Clear("privacy"),
        ],
    ),
    (
        "04-face-access-consent.toml",
        Tier::Medium,
        &[
            NoCategory,
            Clear("privacy"),
            Met("lawful-basis-notice"),
            Met("privacy-impact-assessment"),
        ],
    ),
    (
        "05-covert-shopper-tracking.toml",
        Tier::Prohibited,
        &[Confirmed("privacy"), Gap("privacy-impact-assessment")],
    ),
    (
        "05a-covert-unsettled.toml",
        Tier::High,
        &[
            Concern("privacy"),
            Gap("privacy-impact-assessment"),
            Gap("lawful-basis-notice"),
            Gap("data-minimisation"),
            Band(Tier::High),
        ],
    ),
    (
        "06-dating-app-couple-photos.toml",
        Tier::Prohibited,
        &[
            Confirmed("likeness"),
            Gap("consent-records"),
            Gap("upload-controls"),
        ],
    ),
    (
        "06a-dating-tos-consent.toml",
        Tier::High,
        &[
            Concern("likeness"),
            ToConfirm("consent-records"),
            Gap("upload-controls"),
        ],
    ),
    (
        "06b-dating-likeness-none.toml",
        Tier::High,
        &[Concern("likeness"), Gap("upload-controls")],
    ),
    (
        "07-internal-red-team.toml",
        Tier::Low,
        &[
            Clear("safety-circumvention"),
            Met("red-team-authorisation"),
            // Testers read every reply as part of their work: not a recorded output check,
            // which the policy says should be done; a "should" gap, never a policy gap.
            Gap("output-spot-checks"),
            NoPolicyGaps,
        ],
    ),
    (
        "08-campaign-labelled-ads.toml",
        Tier::Medium,
        &[
            NoCategory,
            Clear("likeness"),
            Clear("disinformation"),
            Met("consent-records"),
            Met("ai-content-disclosure"),
            NotRequired("upload-controls"),
        ],
    ),
    (
        "08a-campaign-images-only.toml",
        Tier::Medium,
        &[Clear("likeness"), Met("consent-records")],
    ),
    (
        "09-fake-local-news-network.toml",
        Tier::Prohibited,
        &[Confirmed("disinformation"), Confirmed("harassment")],
    ),
    (
        "10-exam-grading-final.toml",
        Tier::High,
        &[
            Category("education"),
            Gap("human-review"),
            Gap("appeal-path"),
            Gap("bias-testing"),
            Gap("explanation"),
            Gap("alternative-process"),
        ],
    ),
    // A flood model refusing home cover by address, "about things": the householders are in its
    // data and never use it (a hostile review).
    (
        "100-flood-model-refuses-home-cover.toml",
        Tier::Low,
        &[
            NoCategory,
            Contradicts("scores-people-but-predicts-things"),
            ConsequentialInDoubt,
        ],
    ),
    // A writing detector whose flags go to a misconduct panel, "about essays" (a new-uses
    // review).
    (
        "100a-writing-detector-about-essays.toml",
        Tier::Low,
        &[
            NoCategory,
            Contradicts("scores-people-but-predicts-things"),
            ConsequentialInDoubt,
        ],
    ),
    // Managers act on a chat's dismissal recommendations about staff: open text about staff is
    // asked whether a wrong answer counts against someone (a hostile review).
    (
        "101-manager-chat-recommends-dismissal.toml",
        Tier::Medium,
        &[
            NoCategory,
            Contradicts("rights-record-but-no-area"),
            ConsequentialInDoubt,
        ],
    ),
    // An image tool radiologists diagnose from, and a voice interpreter clinicians treat from,
    // answered as no decision area, are asked whether a wrong output can harm health (a ninth
    // hostile review: neither was, and both passed the gate with no consequential decision).
    (
        "102-ct-reconstruction-radiologists-diagnose.toml",
        Tier::Medium,
        &[
            NoCategory,
            Contradicts("safety-predictions-but-no-area"),
            ConsequentialInDoubt,
        ],
    ),
    (
        "103-ed-voice-interpreter-patients-speak.toml",
        Tier::Medium,
        &[
            NoCategory,
            Contradicts("safety-predictions-but-no-area"),
            ConsequentialInDoubt,
        ],
    ),
    // The same question of a voice interpreter its users speak into, with religion and
    // politics in its data: claims are decided from its record (a tenth hostile review).
    (
        "104-asylum-voice-interpreter-applicant-speaks.toml",
        Tier::Medium,
        &[
            NoCategory,
            Contradicts("rights-record-but-no-area"),
            ConsequentialInDoubt,
        ],
    ),
    // Honest answers a tenth review found no true option for: a worklist that only orders
    // cases a radiologist reads, a transcript summariser that proposes nothing, a letter drafter
    // writing up decisions already made.
    (
        "105-worklist-brings-bleeds-forward.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Met("human-review"),
            NoPolicyGaps,
        ],
    ),
    (
        "106-court-transcript-summariser-proposes-nothing.toml",
        Tier::High,
        &[Category("judicial"), Met("human-review")],
    ),
    (
        "107-benefits-letter-drafter-writes-decisions.toml",
        Tier::Medium,
        &[NoCategory, NoPolicyGaps],
    ),
    // The honest answers of cases 105 and 106 claimed by tools that decide or predict about
    // people (an eleventh hostile review): each contradicts, and oversight is not met.
    (
        "108-loan-engine-decides-called-queue-order.toml",
        Tier::High,
        &[
            Category("lending-credit"),
            Contradicts("queue-order-but-acts"),
            ToConfirm("human-review"),
        ],
    ),
    (
        "109-parole-prediction-called-proposes-nothing.toml",
        Tier::High,
        &[
            Category("judicial"),
            Contradicts("proposes-nothing-but-recommends"),
            ToConfirm("human-review"),
        ],
    ),
    (
        "11-tenant-screening.toml",
        Tier::High,
        &[
            Category("critical-benefits"),
            Gap("human-review"),
            Gap("appeal-path"),
            Gap("explanation"),
            Gap("bias-testing"),
            Gap("adverse-action-reasons"),
        ],
    ),
    // Whom users can locate is asked of any tool with location data about the public, not only
    // of tracking (an eleventh hostile review's photo geolocator).
    (
        "110-photo-geolocator-locates-anyone.toml",
        Tier::Medium,
        &[Concern("privacy"), Unguarded("privacy")],
    ),
    // A tool that informs pharmacists' dispensing about patients is not advice given to them:
    // ticked as advice alone it contradicts (a twelfth review's interaction checker).
    (
        "111-pharmacy-interaction-checker-ticked-advice.toml",
        Tier::High,
        &[
            Category("medical-advice"),
            Contradicts("clinicians-informed-as-advice"),
            ToConfirm("scope-limits"),
            ToConfirm("professional-referral"),
            // Wrong advice on a medicine can injure: a hazard log is recommended (a review saw
            // a medicine chat never asked what a wrong answer does).
            Gap("clinical-safety-case"),
        ],
    ),
    (
        "111a-occupational-health-checker-ticked-advice.toml",
        Tier::High,
        &[
            Category("medical-advice"),
            Contradicts("clinicians-informed-as-advice"),
            ToConfirm("scope-limits"),
        ],
    ),
    // Groups at risk of discrimination in a diagnosis bring the comparison across groups,
    // whoever uses the system (a twelfth hostile review's mole app and triage kiosk).
    (
        "112-mole-screening-app-told-to-the-user.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Gap("bias-testing"),
            RequirementNotMet("testing"),
        ],
    ),
    (
        "113-triage-kiosk-patients-type-in.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Met("human-review"),
            Met("clinical-validation"),
            Gap("bias-testing"),
            RequirementNotMet("testing"),
        ],
    ),
    // An alert that sends a carer sooner, with the rounds unchanged, decides nothing about the
    // resident (a twelfth review's fall alerts had no true answer).
    (
        "114-care-home-fall-alerts.toml",
        Tier::Low,
        &[NoCategory, NoPolicyGaps, AllGuarded],
    ),
    // A hold the person affected lifts at once, with a person at any hour and a review of every
    // hold not lifted, is oversight of a hold (a twelfth review's card-fraud model); not of an
    // outcome whose effects last.
    (
        "115-card-fraud-hold-lifted-by-the-customer.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Met("human-review"),
            Gap("bias-testing"),
            RequirementNotMet("testing"),
        ],
    ),
    (
        "115a-card-hold-with-lasting-effects.toml",
        Tier::High,
        &[
            Contradicts("self-release-but-decides"),
            ToConfirm("human-review"),
        ],
    ),
    // "It only alerts staff to a possible danger" is not an alert that judges the person: drawn
    // from criminal or financial records, read from emotions, or warning of a medical condition
    // from health records (a thirteenth hostile review).
    (
        "116-child-risk-score-called-a-safety-alert.toml",
        Tier::Low,
        &[
            NoCategory,
            Contradicts("safety-alert-but-judges-people"),
            ConsequentialInDoubt,
        ],
    ),
    (
        "116a-aggression-alert-sends-guards.toml",
        Tier::Medium,
        &[
            Contradicts("safety-alert-but-judges-people"),
            ConsequentialInDoubt,
        ],
    ),
    (
        "116b-sepsis-warning-called-a-safety-alert.toml",
        Tier::Low,
        &[
            NoCategory,
            Contradicts("safety-alert-but-judges-people"),
            ConsequentialInDoubt,
        ],
    ),
    // An alert drawn from records, sensing nothing where the person is, and a "hold" on
    // credit (a fourteenth hostile review).
    (
        "117-child-risk-alert-from-school-records.toml",
        Tier::Low,
        &[
            NoCategory,
            Contradicts("safety-alert-but-judges-people"),
            ConsequentialInDoubt,
        ],
    ),
    (
        "117a-credit-line-freeze-called-a-hold.toml",
        Tier::High,
        &[
            Category("lending-credit"),
            Contradicts("self-release-but-decides"),
            ToConfirm("human-review"),
        ],
    ),
    // A machine that can injure people needs limits and a stop that do not rest on the model
    // (a fourteenth review's picking arm): an explanation to the workers does not stand for it.
    (
        "118-picking-arm-camera-model-only.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Gap("fail-safe"),
            RequirementNotMet("use-case-safeguards"),
        ],
    ),
    (
        "118a-metro-gates-track-passengers-no-stop.toml",
        Tier::High,
        &[Gap("fail-safe"), RequirementNotMet("use-case-safeguards")],
    ),
    // A risk rating the person who decides sees is no order of work (a fifteenth hostile
    // review's visa ratings).
    (
        "119-visa-risk-rating-called-queue-order.toml",
        Tier::High,
        &[
            Contradicts("queue-order-but-acts"),
            ToConfirm("human-review"),
        ],
    ),
    (
        "12-parole-risk-informs.toml",
        Tier::High,
        &[
            Category("judicial"),
            Met("human-review"),
            Met("explanation"),
            // Officers read each score in their own work: no recorded output check.
            Gap("output-spot-checks"),
            NoPolicyGaps,
            Band(Tier::Medium),
        ],
    ),
    // A planned safeguard of the policy's own decides its requirement: not met, not "to be
    // confirmed" for a contradicted recommendation beside it (a plain-mode review).
    (
        "120-benefits-chatbot-bias-test-planned.toml",
        Tier::High,
        &[
            Gap("bias-testing"),
            ToConfirm("robustness-testing"),
            RequirementNotMet("testing"),
        ],
    ),
    // An honest team's loan summariser reads figures from statements: extraction is generating
    // text from documents, and "it proposes nothing" is its true answer (a review of honest
    // teams was pushed to claim overrides by the prediction option naming extraction).
    (
        "121-loan-summary-extraction-proposes-nothing.toml",
        Tier::High,
        &[
            Category("lending-credit"),
            Met("human-review"),
            NoPolicyGaps,
        ],
    ),
    (
        "121a-loan-summary-prediction-ticked.toml",
        Tier::High,
        &[
            Contradicts("proposes-nothing-but-recommends"),
            ToConfirm("human-review"),
            RequirementToConfirm("human-oversight"),
        ],
    ),
    // A fifteenth hostile review's false passes and answers that disagree unremarked.
    (
        "122-jailbreak-service-on-users-word.toml",
        Tier::Medium,
        &[
            Concern("safety-circumvention"),
            Unguarded("safety-circumvention"),
        ],
    ),
    (
        "123-face-generator-scraped-training-photos.toml",
        Tier::Medium,
        &[Concern("privacy"), Unguarded("privacy")],
    ),
    (
        "124-opaque-loan-model-gives-reasons.toml",
        Tier::High,
        &[
            Category("lending-credit"),
            Contradicts("opaque-but-gives-its-reasons"),
            ToConfirm("adverse-action-reasons"),
            ToConfirm("explanation"),
        ],
    ),
    (
        "124a-opaque-parole-score-parties-see-why.toml",
        Tier::High,
        &[
            Category("judicial"),
            Contradicts("opaque-but-gives-its-reasons"),
            ToConfirm("explanation"),
        ],
    ),
    (
        "125-benefits-no-appeal-support-during-challenge.toml",
        Tier::High,
        &[
            Category("critical-benefits"),
            Contradicts("no-appeal-but-support-during-challenge"),
        ],
    ),
    (
        "126-claimant-scoring-users-only.toml",
        Tier::High,
        &[
            Category("critical-benefits"),
            Contradicts("scores-others-but-users-only"),
        ],
    ),
    // A sixteenth hostile review: a campaign's letters to the editor, one source sent as many
    // supporters' own, passed as drafts a person adopts.
    (
        "127-letters-to-editor-varied-to-pass-checks.toml",
        Tier::Prohibited,
        &[Confirmed("disinformation")],
    ),
    (
        "127a-letters-to-editor-campaign-undisclosed.toml",
        Tier::Medium,
        &[Concern("disinformation"), Unguarded("disinformation")],
    ),
    (
        "128-claims-fraud-referral-safeguards-not-applicable.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            RequirementToConfirm("use-case-safeguards"),
            NoGaps,
        ],
    ),
    (
        "129-synthetic-local-news-about-page-only.toml",
        Tier::Medium,
        &[Concern("disinformation"), Unguarded("disinformation")],
    ),
    (
        "13-children-storytelling.toml",
        Tier::Medium,
        &[
            NoCategory,
            Concern("minors"),
            Met("age-assurance"),
            Met("child-safety-escalation"),
            Met("content-guardrails"),
            NoGaps,
        ],
    ),
    (
        "130-target-recognition-weights-for-training.toml",
        Tier::Low,
        &[Concern("lethal-weapons"), Unguarded("lethal-weapons")],
    ),
    // A railway model whose low scores stretch signal inspections, answered honestly: reasons
    // shown to planners stand for nothing a missed fault does; its hazard analysis does.
    (
        "131-rail-signalling-reasons-but-no-hazard-analysis.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Gap("safety-case"),
            NotRequired("explanation"),
            NotRequired("appeal-path"),
            RequirementNotMet("use-case-safeguards"),
        ],
    ),
    (
        "131a-rail-signalling-hazard-analysis-kept.toml",
        Tier::High,
        &[Met("safety-case"), RequirementMet("use-case-safeguards")],
    ),
    // A decision that both counts against people and can injure them: the hazard analysis
    // answers the injury, and one of the safeguards the decision about each person calls for
    // is needed too.
    (
        "132-police-violence-list-both-hazard-log-only.toml",
        Tier::High,
        &[
            Met("safety-case"),
            Gap("explanation"),
            RequirementToConfirm("use-case-safeguards"),
        ],
    ),
    (
        "132a-food-inspection-list-names-businesses-both.toml",
        Tier::High,
        &[
            Met("safety-case"),
            RequirementToConfirm("use-case-safeguards"),
        ],
    ),
    // "Counts against a person" for a model about equipment, and "injury only" for a score of
    // people: each answer is held against the others.
    (
        "133-rail-model-answered-counts-against-a-person.toml",
        Tier::High,
        &[
            Contradicts("counts-against-people-but-about-things"),
            NotRequired("safety-case"),
            ToConfirm("explanation"),
        ],
    ),
    (
        "134-driver-fitness-score-answered-injury-only.toml",
        Tier::High,
        &[
            Contradicts("injures-only-but-about-people"),
            ToConfirm("safety-case"),
            RequirementToConfirm("use-case-safeguards"),
        ],
    ),
    // An officer decides every case and accuracy is measured on a schedule: both hold.
    (
        "135-food-visits-officer-decides-accuracy-measured.toml",
        Tier::High,
        &[Met("human-review"), RequirementMet("human-oversight")],
    ),
    // The owner's permission claimed for a public jailbreak service, with no record of it.
    (
        "136-jailbreak-service-owner-permission-unrecorded.toml",
        Tier::Medium,
        &[ToConfirm("red-team-authorisation")],
    ),
    // Speaking as a real person from her own speeches is impersonation all the same.
    (
        "137-senator-persona-answers-from-speeches.toml",
        Tier::Prohibited,
        &[Confirmed("likeness")],
    ),
    // A machine that decides about people: its fail-safe does not stand for their reasons.
    (
        "138-stadium-turnstiles-both-fail-safe-only.toml",
        Tier::High,
        &[
            Met("fail-safe"),
            RequirementToConfirm("use-case-safeguards"),
        ],
    ),
    (
        "139-crew-fatigue-prediction-answered-injury-only.toml",
        Tier::High,
        &[Contradicts("injures-only-but-about-people")],
    ),
    (
        "13a-story-text-only.toml",
        Tier::Medium,
        &[Concern("minors"), NoGaps],
    ),
    (
        "14-hr-attrition-layoffs.toml",
        Tier::High,
        &[
            Category("employment"),
            Concern("privacy"),
            Gap("bias-testing"),
            Gap("appeal-path"),
            Gap("explanation"),
            Gap("ai-notice"),
            Gap("alternative-process"),
        ],
    ),
    // A public face search that finds anyone's face on the web, answered "lawful basis
    // documented": whom users can identify is asked, and "anyone" leaves privacy open.
    (
        "140-public-face-search-lawful-for-its-users.toml",
        Tier::Medium,
        &[
            Concern("privacy"),
            Unguarded("privacy"),
            Gap("tracked-consent"),
        ],
    ),
    // Advice whose urgency scores the charity calls tenants back by: the review of that order
    // is asked; a queue order within the standard passes, a sampled review does not.
    (
        "141-legal-aid-bot-advises-and-orders-callbacks.toml",
        Tier::High,
        &[
            Category("legal-advice"),
            RequirementMet("human-oversight"),
            Met("human-review"),
            NoPolicyGaps,
        ],
    ),
    (
        "141a-legal-aid-bot-orders-callbacks-sampled-only.toml",
        Tier::High,
        &[
            Category("legal-advice"),
            Gap("human-review"),
            RequirementNotMet("human-oversight"),
        ],
    ),
    // An adult service that some under-18s use anyway has a true answer that keeps them safe.
    (
        "142-pharmacy-chat-for-adults-some-teens-use.toml",
        Tier::High,
        &[
            Category("medical-advice"),
            AllGuarded,
            NoPolicyGaps,
            Gap("age-assurance"),
            Met("clinical-safety-case"),
        ],
    ),
    // A face read that decides about its own user asks for a test across groups.
    (
        "143-bank-selfie-match-no-demographic-test.toml",
        Tier::High,
        &[Gap("bias-testing"), RequirementNotMet("testing")],
    ),
    // Machine control supplied to armed forces is asked whether customers can target with it.
    (
        "144-swarm-controller-licensed-to-armed-forces.toml",
        Tier::Low,
        &[Concern("lethal-weapons"), Unguarded("lethal-weapons")],
    ),
    // A prediction about each patient from their data needs bias testing as a score does.
    (
        "145-discharge-prediction-ticked-prediction.toml",
        Tier::High,
        &[Gap("bias-testing"), RequirementNotMet("testing")],
    ),
    (
        "146-tutor-guardrail-disabled-on-two-courses.toml",
        Tier::High,
        &[ToConfirm("content-guardrails")],
    ),
    (
        "146a-tutor-guardrail-lowered-high-to-low.toml",
        Tier::High,
        &[ToConfirm("content-guardrails")],
    ),
    (
        "147-triage-nurse-applies-level-overnight.toml",
        Tier::High,
        &[
            ToConfirm("human-review"),
            RequirementToConfirm("human-oversight"),
        ],
    ),
    (
        "148-benefits-low-scores-closed-as-withdrawn.toml",
        Tier::High,
        &[
            ToConfirm("human-review"),
            RequirementToConfirm("human-oversight"),
        ],
    ),
    (
        "149-triage-patients-deliberately-not-told.toml",
        Tier::High,
        &[ToConfirm("ai-notice")],
    ),
    (
        "15-symptom-checker-public.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Category("medical-advice"),
            Gap("advice-oversight"),
            Gap("clinical-validation"),
            Gap("clinical-safety-case"),
            NotRequired("human-review"),
        ],
    ),
    (
        "150-loan-letters-never-mention-the-model.toml",
        Tier::High,
        &[ToConfirm("explanation"), ToConfirm("ai-notice")],
    ),
    (
        "150a-loan-model-kept-out-of-communications.toml",
        Tier::High,
        &[ToConfirm("explanation"), ToConfirm("ai-notice")],
    ),
    (
        "151-loan-fair-lending-booked-for-later.toml",
        Tier::High,
        &[
            ToConfirm("fair-lending-testing"),
            ToConfirm("bias-testing"),
            RequirementToConfirm("testing"),
        ],
    ),
    (
        "152-voice-licence-revoked-titles-finished.toml",
        Tier::Medium,
        &[Contradicts("words-describe-likeness")],
    ),
    (
        "153-tutor-jailbreak-left-unpatched.toml",
        Tier::High,
        &[Contradicts("words-describe-safety-circumvention")],
    ),
    (
        "153a-tutor-no-limits-mode-kept.toml",
        Tier::High,
        &[Contradicts("words-describe-safety-circumvention")],
    ),
    (
        "154-images-posted-as-customer-photos.toml",
        Tier::Medium,
        &[Contradicts("words-describe-disinformation")],
    ),
    (
        "155-tutor-sells-child-profiles.toml",
        Tier::High,
        &[
            Contradicts("words-describe-privacy"),
            ToConfirm("lawful-basis-notice"),
        ],
    ),
    (
        "156-summariser-builds-dossier-on-ex-employee.toml",
        Tier::Low,
        &[Contradicts("words-describe-privacy")],
    ),
    (
        "157-summariser-suggests-which-patients-wait.toml",
        Tier::Low,
        &[
            Contradicts("use-names-a-consequential-decision"),
            ConsequentialInDoubt,
        ],
    ),
    (
        "158-summariser-lettings-flag-decides-flats.toml",
        Tier::Low,
        &[
            Contradicts("use-names-a-consequential-decision"),
            ConsequentialInDoubt,
        ],
    ),
    (
        "159-summariser-rates-applicants-regret-letter.toml",
        Tier::Low,
        &[
            Contradicts("use-names-a-consequential-decision"),
            ConsequentialInDoubt,
        ],
    ),
    (
        "16-jailbreak-as-a-service.toml",
        Tier::Prohibited,
        &[Confirmed("safety-circumvention")],
    ),
    (
        "160-triage-validation-from-vendor-only.toml",
        Tier::High,
        &[
            ToConfirm("clinical-validation"),
            Met("human-review"),
            Met("ai-notice"),
        ],
    ),
    (
        "161-loan-no-applicant-left-without-reasons.toml",
        Tier::High,
        &[Met("explanation"), Met("appeal-path"), NoGaps],
    ),
    (
        "161a-loan-nobody-declined-without-being-told.toml",
        Tier::High,
        &[Met("human-review"), Met("ai-notice"), Met("explanation")],
    ),
    (
        "162-benefits-letters-keep-the-tool-from-claimants.toml",
        Tier::High,
        &[ToConfirm("ai-notice"), ToConfirm("explanation")],
    ),
    (
        "162a-benefits-letters-leave-out-the-tool.toml",
        Tier::High,
        &[ToConfirm("ai-notice"), ToConfirm("explanation")],
    ),
    (
        "163-triage-model-decides-the-order.toml",
        Tier::High,
        &[ToConfirm("human-review")],
    ),
    (
        "164-tutor-developer-override-unrestricted-mode.toml",
        Tier::High,
        &[Contradicts("words-describe-safety-circumvention")],
    ),
    (
        "165-tutor-profiles-licensed-to-partners.toml",
        Tier::High,
        &[Contradicts("words-describe-privacy")],
    ),
    (
        "165a-tutor-sells-every-pupils-profile.toml",
        Tier::High,
        &[Contradicts("words-describe-privacy")],
    ),
    (
        "165b-tutor-progress-data-sold-to-publishers.toml",
        Tier::High,
        &[Contradicts("words-describe-privacy")],
    ),
    (
        "166-tutor-harm-topics-dropped-from-denied-list.toml",
        Tier::High,
        &[ToConfirm("content-guardrails")],
    ),
    (
        "166a-tutor-harm-topics-deleted-from-guardrail.toml",
        Tier::High,
        &[ToConfirm("content-guardrails")],
    ),
    (
        "167-loan-regret-letter-before-any-officer.toml",
        Tier::High,
        &[ToConfirm("human-review")],
    ),
    (
        "168-images-mark-removed-for-reviewer-photos.toml",
        Tier::Medium,
        &[Contradicts("words-describe-disinformation")],
    ),
    (
        "169-voice-licence-terminated-titles-still-released.toml",
        Tier::Medium,
        &[
            Contradicts("words-describe-likeness"),
            ToConfirm("consent-records"),
        ],
    ),
    (
        "16a-jailbreak-no-safety-testing-tick.toml",
        Tier::Prohibited,
        &[Confirmed("safety-circumvention")],
    ),
    (
        "17-autonomous-loitering-munition.toml",
        Tier::Prohibited,
        &[Confirmed("lethal-weapons")],
    ),
    (
        "170-benefits-tool-kept-out-of-letters.toml",
        Tier::High,
        &[ToConfirm("ai-notice"), ToConfirm("explanation")],
    ),
    (
        "171-loan-regret-email-officer-only-on-complaint.toml",
        Tier::High,
        &[ToConfirm("human-review")],
    ),
    (
        "171a-loan-decline-posted-officer-next-week.toml",
        Tier::High,
        &[ToConfirm("human-review")],
    ),
    (
        "172-ad-opponent-made-to-endorse.toml",
        Tier::Medium,
        &[
            Contradicts("words-describe-likeness"),
            Contradicts("words-describe-disinformation"),
        ],
    ),
    (
        "172a-ad-opponent-face-from-debate-footage.toml",
        Tier::Medium,
        &[
            Contradicts("words-describe-likeness"),
            ToConfirm("consent-records"),
        ],
    ),
    (
        "173-ad-posted-through-fake-local-voters.toml",
        Tier::Medium,
        &[Contradicts("words-describe-disinformation")],
    ),
    (
        "174-images-shown-as-customer-photos.toml",
        Tier::Medium,
        &[Contradicts("words-describe-disinformation")],
    ),
    (
        "175-images-celebrity-lookalikes-fine.toml",
        Tier::Medium,
        &[Contradicts("words-describe-likeness")],
    ),
    (
        "176-cv-past-queue-fault-put-right.toml",
        Tier::High,
        &[Met("human-review")],
    ),
    (
        "177-cv-bias-audit-of-the-model-used-before.toml",
        Tier::High,
        &[ToConfirm("bias-testing")],
    ),
    (
        "178-targeting-nominations-accepted-as-a-list.toml",
        Tier::High,
        &[ToConfirm("human-review")],
    ),
    (
        "179-cv-bias-audit-by-gender-only.toml",
        Tier::High,
        &[ToConfirm("bias-testing"), Category("employment")],
    ),
    (
        "179a-benefits-summary-compared-by-gender-only.toml",
        Tier::High,
        &[ToConfirm("bias-testing"), Category("critical-benefits")],
    ),
    (
        "18-osint-dossier.toml",
        Tier::Prohibited,
        &[
            Confirmed("privacy"),
            Concern("harassment"),
            Gap("privacy-impact-assessment"),
            Gap("lawful-basis-notice"),
        ],
    ),
    (
        "180-benefits-appeal-rerun-through-the-model.toml",
        Tier::High,
        &[ToConfirm("appeal-path"), Category("critical-benefits")],
    ),
    (
        "181-images-ai-mark-left-off-print.toml",
        Tier::Medium,
        &[ToConfirm("ai-content-disclosure")],
    ),
    (
        "182-voice-consent-revoked-production-continues.toml",
        Tier::Medium,
        &[
            Contradicts("words-describe-likeness"),
            ToConfirm("consent-records"),
        ],
    ),
    (
        "183-summariser-credit-lines-on-the-summary.toml",
        Tier::Low,
        &[Contradicts("use-names-a-consequential-decision")],
    ),
    (
        "184-cv-screener-no-other-route-in-evidence.toml",
        Tier::High,
        &[ToConfirm("alternative-process"), Met("bias-testing")],
    ),
    (
        "184a-cv-screener-no-other-route-in-note.toml",
        Tier::High,
        &[ToConfirm("alternative-process"), Met("bias-testing")],
    ),
    (
        "185-cv-screener-accepts-lower-scores-for-older-applicants.toml",
        Tier::High,
        &[
            ToConfirm("bias-testing"),
            Met("human-review"),
            Met("alternative-process"),
        ],
    ),
    (
        "186-summariser-disciplinary-files-to-the-dismissal-panel.toml",
        Tier::Low,
        &[Contradicts("use-names-a-consequential-decision")],
    ),
    (
        "187-summariser-in-scope-ranks-staff-for-redundancy.toml",
        Tier::Low,
        &[Contradicts("use-names-a-consequential-decision")],
    ),
    (
        "188-targeting-aid-matches-faces-in-the-words.toml",
        Tier::High,
        &[Contradicts("words-describe-recognising-people")],
    ),
    (
        "189-summariser-summaries-go-to-the-dismissal-panel.toml",
        Tier::Low,
        &[
            ConsequentialInDoubt,
            Contradicts("use-names-a-consequential-decision"),
        ],
    ),
    (
        "189a-summariser-out-of-scope-but-sanction.toml",
        Tier::Low,
        &[
            ConsequentialInDoubt,
            Contradicts("use-names-a-consequential-decision"),
        ],
    ),
    (
        "189b-summariser-hardship-fund-grants-on-the-summary.toml",
        Tier::Low,
        &[
            ConsequentialInDoubt,
            Contradicts("use-names-a-consequential-decision"),
        ],
    ),
    // The verdicts review's findings; the tests below check the verdicts themselves.
    (
        "19-cv-screener-not-applicable-free-pass.toml",
        Tier::High,
        &[Category("employment"), NotRequired("advice-oversight")],
    ),
    (
        "190-summariser-out-of-scope-under-its-heading.toml",
        Tier::Low,
        &[NoCategory, Met("documented-uses"), NoPolicyGaps, GatePasses],
    ),
    (
        "191-summariser-limitation-names-grants-awarded-on-summaries.toml",
        Tier::Low,
        &[
            ConsequentialInDoubt,
            Contradicts("use-names-a-consequential-decision"),
        ],
    ),
    (
        "191a-summariser-limitation-says-nobody-should-decide.toml",
        Tier::Low,
        &[NoCategory, NoPolicyGaps, GatePasses],
    ),
    (
        "192-targeting-engagements-authorised-by-a-computer.toml",
        Tier::High,
        &[Contradicts("words-describe-lethal-weapons")],
    ),
    (
        "192a-targeting-standing-order-covers-every-nomination.toml",
        Tier::High,
        &[Contradicts("words-describe-lethal-weapons")],
    ),
    (
        "193-loan-declines-go-out-unreviewed.toml",
        Tier::High,
        &[ToConfirm("human-review"), Category("lending-credit")],
    ),
    (
        "193a-benefits-caseworker-decision-stands-until-challenged.toml",
        Tier::High,
        &[Met("human-review"), NoPolicyGaps, GatePasses],
    ),
    (
        "194-voice-second-narrator-never-asked.toml",
        Tier::Medium,
        &[
            Contradicts("words-describe-likeness"),
            ToConfirm("consent-records"),
        ],
    ),
    (
        "194a-benefits-refusals-by-the-system-s-own-name.toml",
        Tier::High,
        &[ToConfirm("human-review")],
    ),
    (
        "195-triage-levels-queued-before-a-physician-sees-them.toml",
        Tier::High,
        &[ToConfirm("human-review"), Category("medical-diagnosis")],
    ),
    (
        "195a-triage-sample-of-overrides-audited.toml",
        Tier::High,
        &[Met("human-review"), NoPolicyGaps, GatePasses],
    ),
    (
        "196-loan-risk-assessment-recorded-but-never-approved.toml",
        Tier::High,
        &[
            Category("lending-credit"),
            ToConfirm("risk-assessment"),
            RequirementToConfirm("risk-evaluation"),
        ],
    ),
    (
        "196a-loan-risk-assessment-recorded-and-described-honestly.toml",
        Tier::High,
        &[Met("risk-assessment"), NoPolicyGaps, GatePasses],
    ),
    (
        "196b-loan-alternative-recorded-but-no-other-route.toml",
        Tier::High,
        &[ToConfirm("alternative-process"), Met("risk-assessment")],
    ),
    (
        "196c-targeting-use-limits-recorded-but-not-enforced.toml",
        Tier::High,
        &[ToConfirm("weapon-use-limits"), Met("human-weapon-control")],
    ),
    (
        "196d-voice-licence-recorded-but-revoked.toml",
        Tier::Medium,
        &[ToConfirm("consent-records")],
    ),
    (
        "196e-voice-licence-recorded-and-kept.toml",
        Tier::Medium,
        &[Met("consent-records"), NoPolicyGaps, GatePasses],
    ),
    (
        "196f-voice-licence-recorded-but-never-signed-in-a-note.toml",
        Tier::Medium,
        &[ToConfirm("consent-records")],
    ),
    (
        "20-triage-no-review-but-clinician-decides.toml",
        Tier::High,
        &[Category("medical-diagnosis"), Met("clinical-validation")],
    ),
    (
        "21-images-no-controls-but-nudity-block.toml",
        Tier::Medium,
        &[NoCategory, Gap("content-guardrails")],
    ),
    (
        "22-triage-physician-decides-no-formal-appeal.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Met("human-review"),
            Gap("appeal-path"),
            NoPolicyGaps,
        ],
    ),
    (
        "23-summariser-with-health-data.toml",
        Tier::Low,
        &[NoCategory, Gap("privacy-impact-assessment"), NoPolicyGaps],
    ),
    // What the questionnaire could not express before (issue 9).
    (
        "24-singer-persona-chatbot.toml",
        Tier::Prohibited,
        &[Confirmed("likeness"), NoCategory],
    ),
    (
        "25-group-hate-post-generator.toml",
        Tier::Prohibited,
        &[Confirmed("harassment")],
    ),
    (
        "26-scam-script-writer.toml",
        Tier::Prohibited,
        &[Confirmed("disinformation")],
    ),
    (
        "27-support-bot-claims-to-be-human.toml",
        Tier::Prohibited,
        &[Confirmed("disinformation")],
    ),
    (
        "28-moderation-classifier-public.toml",
        Tier::Medium,
        &[NoCategory, Clear("harassment")],
    ),
    (
        "29-mixed-credit-limits.toml",
        Tier::High,
        &[Category("lending-credit"), Met("fair-lending-testing")],
    ),
    // A sixth hostile review: one answer showed a safeguard in place while another said it was
    // not there, and the gate passed.
    (
        "30-admissions-group-testing-not-run.toml",
        Tier::High,
        &[Category("education"), ToConfirm("bias-testing")],
    ),
    (
        "31-cv-screener-no-controls-but-bias-passed.toml",
        Tier::High,
        &[
            Category("employment"),
            ToConfirm("bias-testing"),
            ToConfirm("ai-notice"),
        ],
    ),
    (
        "32-bail-tool-told-nothing.toml",
        Tier::High,
        &[
            Category("judicial"),
            ToConfirm("ai-notice"),
            ToConfirm("explanation"),
        ],
    ),
    (
        "33-benefits-triage-no-controls.toml",
        Tier::High,
        &[Category("critical-benefits"), ToConfirm("human-review")],
    ),
    (
        "34-legal-bot-unchecked-but-sampled.toml",
        Tier::High,
        &[Category("legal-advice"), ToConfirm("advice-oversight")],
    ),
    // A later hostile review: a hiring screener that tells candidates nothing, gives no reasons
    // and no appeal read "safeguards specific to the use case: met" on a privacy notice that
    // its personal data requires, and passed the gate.
    (
        "35-hiring-screener-privacy-notice-only.toml",
        Tier::High,
        &[
            Category("employment"),
            Met("lawful-basis-notice"),
            Gap("explanation"),
            RequirementToConfirm("use-case-safeguards"),
            // "No comparison of rejection rates across groups has been made" in the summary.
            ToConfirm("bias-testing"),
        ],
    ),
    // A twelfth hostile review: evidence that says the risk assessment was rejected read "in
    // place", and the risk evaluation "met".
    (
        "36-loan-risk-assessment-rejected.toml",
        Tier::High,
        &[
            Category("lending-credit"),
            Gap("risk-assessment"),
            // Not met, as the gate and the summary say (a reports review read "to be
            // confirmed" beside "not compliant").
            RequirementNotMet("risk-evaluation"),
        ],
    ),
    // The same review: misuse the answers show possible, with nothing in place against it,
    // passed the gate because each safeguard against it is only recommended.
    (
        "37-faceswap-anyones-face.toml",
        Tier::High,
        &[Concern("likeness"), Unguarded("likeness")],
    ),
    (
        "38-kids-chat-no-child-safety.toml",
        Tier::High,
        &[
            Concern("minors"),
            Met("risk-assessment"),
            Unguarded("minors"),
            Gap("content-guardrails"),
        ],
    ),
    // A review of honest assessments: a safeguard against the concern that does not apply, for
    // a reason given and not contradicted, guards it as one in place does.
    (
        "39-kids-maths-fixed-bank.toml",
        Tier::Medium,
        &[Concern("minors"), Met("content-guardrails"), AllGuarded],
    ),
    // A review of questionnaire coverage: covert monitoring of staff through their location
    // data, ticked as prediction, was never asked the privacy screen and came out low.
    (
        "40-warehouse-staff-location-scoring.toml",
        Tier::Prohibited,
        &[Confirmed("privacy"), Gap("lawful-basis-notice")],
    ),
    // Children who never use the system, profiled and written to for adults: the minors screen
    // was asked only of systems children use.
    (
        "41-tutor-outreach-to-teenagers.toml",
        Tier::Prohibited,
        &[Confirmed("minors"), Clear("likeness")],
    ),
    // "We keep the signed records" beside consent records recorded missing: the prohibition
    // read clear on the answer alone, and the gate passed.
    (
        "42-narrator-licence-record-missing.toml",
        Tier::Medium,
        &[Clear("likeness"), ToConfirm("consent-records")],
    ),
    // Letters to named tenants in arrears, each approved by an officer before it is sent: the
    // approval guards the harassment concern.
    (
        "43-arrears-letters-each-approved.toml",
        Tier::Medium,
        &[
            Concern("harassment"),
            Met("human-review-published"),
            Gap("content-guardrails"),
            AllGuarded,
        ],
    ),
    // A review of case 37: with content filters on and nudity blocked, anyone's face could
    // still be uploaded and the gate passed on the filters.
    (
        "44-faceswap-filters-only.toml",
        Tier::High,
        &[
            Concern("likeness"),
            Met("content-guardrails"),
            Unguarded("likeness"),
        ],
    ),
    // A review of the minors screen: a children's hospital's scan reconstruction tool had no
    // honest answer that passed ("records only" said no images at all, and the nudity question
    // had no answer for a tool that cannot make any).
    (
        "45-childrens-mri-reconstruction.toml",
        Tier::Medium,
        &[
            Clear("minors"),
            Clear("likeness"),
            Gap("content-guardrails"),
            // Radiologists diagnose from what it rebuilds: "no decision area" is in doubt.
            Contradicts("safety-predictions-but-no-area"),
            ConsequentialInDoubt,
        ],
    ),
    // A review of the guards after case 44, each way round them it found. Covert face tracking
    // with the lawful basis unsettled passed on retention limits. Faces used with no lawful
    // basis recorded weigh on the data's sensitivity too: high.
    (
        "46-covert-face-tracking-retention-limits.toml",
        Tier::High,
        &[
            Concern("privacy"),
            Met("data-minimisation"),
            Unguarded("privacy"),
        ],
    ),
    // A children's chat with free prompts passed with its filters "not applicable".
    (
        "47-kids-chat-filters-not-applicable.toml",
        Tier::High,
        &[
            Concern("minors"),
            ToConfirm("content-guardrails"),
            Unguarded("minors"),
        ],
    ),
    // A face-swap open to anyone's face passed with its upload controls "not applicable".
    (
        "48-faceswap-upload-controls-not-applicable.toml",
        Tier::High,
        &[
            Concern("likeness"),
            ToConfirm("upload-controls"),
            Unguarded("likeness"),
        ],
    ),
    // A persona that speaks as a living singer from her interviews was never asked the
    // likeness question, as its text was grounded.
    (
        "49-singer-persona-grounded.toml",
        Tier::Prohibited,
        &[Confirmed("likeness")],
    ),
    // Celebrity voices with consent assumed passed on the check that users clone only their own.
    (
        "50-voice-app-celebrity-pack.toml",
        Tier::High,
        &[
            Concern("likeness"),
            Met("upload-controls"),
            Unguarded("likeness"),
        ],
    ),
    // A second review that day. A hiring screener's notice to its recruiters stood for one to
    // the applicants, who are told nothing.
    (
        "51-cv-screener-notice-to-recruiters-only.toml",
        Tier::High,
        &[
            Category("employment"),
            ToConfirm("ai-notice"),
            ToConfirm("bias-testing"),
        ],
    ),
    // A public chat whose answers say nothing stops hate or scams, with filters "not
    // applicable". Nothing stops sexual content either, for anyone who reaches it: high since
    // the sixteenth review asked.
    (
        "52-public-chat-filters-not-applicable.toml",
        Tier::High,
        &[
            Concern("harassment"),
            Concern("disinformation"),
            Unguarded("minors"),
            ToConfirm("content-guardrails"),
            Unguarded("harassment"),
            Unguarded("disinformation"),
        ],
    ),
    // A targeting aid engaging some nominations unreviewed kept "human control in place".
    (
        "53-targeting-aid-some-unreviewed.toml",
        Tier::High,
        &[ToConfirm("human-weapon-control"), Clear("lethal-weapons")],
    ),
    // A dismissal recommender whose risk assessment is the model provider's service card.
    (
        "54-dismissal-ranker-vendor-card-as-risk-assessment.toml",
        Tier::High,
        &[
            Category("employment"),
            Gap("risk-assessment"),
            Met("human-review"),
        ],
    ),
    // An asylum decision drafter that records bias testing as not applicable.
    (
        "55-asylum-drafter-bias-testing-not-applicable.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            ToConfirm("bias-testing"),
        ],
    ),
    // Photorealistic identity documents, disclosed only in the terms.
    (
        "56-synthetic-ids-disclosed-in-terms-only.toml",
        Tier::Medium,
        &[Concern("disinformation"), Gap("ai-content-disclosure")],
    ),
    // A fraud score that suspends benefit payments, with no consequential area ticked.
    (
        "57-benefit-fraud-score-suspends-nothing-consequential.toml",
        Tier::Medium,
        &[NoCategory],
    ),
    // A partner tracker whose users can track anyone: only the tracked person's own consent
    // guards it, not a privacy notice or an abuse button.
    (
        "58-partner-tracker-anyone.toml",
        Tier::High,
        &[
            Concern("privacy"),
            Concern("harassment"),
            Gap("tracked-consent"),
            Unguarded("privacy"),
            Unguarded("harassment"),
        ],
    ),
    // The same, with a stealth mode: covert tracking.
    (
        "58a-partner-tracker-stealth.toml",
        Tier::Prohibited,
        &[Confirmed("privacy")],
    ),
    // A consent record beside "nothing confirms the person agreed" closes nothing (a new-uses
    // review's partner tracker passed on it).
    (
        "58b-tracker-consent-record-beside-unchecked.toml",
        Tier::High,
        &[ToConfirm("tracked-consent"), Unguarded("privacy")],
    ),
    // An "undressing" app: sexual imagery of real people without their consent.
    (
        "59-nudify-app.toml",
        Tier::Prohibited,
        &[Confirmed("likeness"), Concern("minors")],
    ),
    // Emotion recognition of staff for appraisals, in the EU: unlawful monitoring there.
    (
        "60-call-centre-emotion-appraisals.toml",
        Tier::Prohibited,
        &[
            Confirmed("privacy"),
            Category("employment"),
            // "non-native speakers not compared" in the test summary.
            ToConfirm("bias-testing"),
        ],
    ),
    // An ambient scribe drafts the working diagnosis and plan the GP signs into the record: it
    // informs medical diagnosis, and GPs who almost never change a draft are no review.
    (
        "61-ambient-scribe-drafts-diagnosis.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Gap("risk-assessment"),
            Gap("clinical-validation"),
            ToConfirm("human-review"),
        ],
    ),
    // Voters act on an election office's chatbot to register and vote: advice on a fundamental
    // right, with nobody overseeing what it tells them.
    (
        "62-election-chatbot-voters-act-on-it.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Gap("advice-oversight"),
            // Advice to voters about their own vote is overseen as advice (case 96b).
            NotRequired("human-review"),
            Gap("risk-assessment"),
            Met("scope-limits"),
        ],
    ),
    // Motor insurance surcharged from a credit-based score: the reasons a consumer report
    // owes are asked for, as for credit and benefits.
    (
        "63-insurance-surcharge-from-credit-score.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Gap("adverse-action-reasons"),
            Gap("human-review"),
            Met("explanation"),
        ],
    ),
    // An adult companion chat writes explicit role-play for anyone whose typed date of birth
    // says 18: keeping children out is the only guard, and a declared age is none.
    (
        "64-adult-companion-age-only-declared.toml",
        Tier::High,
        &[Unguarded("minors"), Gap("age-assurance"), NoCategory],
    ),
    // A crop-spraying drone acts as it flies, under a licensed operator who authorises each
    // flight and can abort it, with a person detector that stops spraying: that is its
    // oversight, as review of each spray burst cannot be.
    (
        "65-crop-spraying-drone-operator-can-abort.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Met("supervisory-control"),
            Met("fail-safe"),
            NotRequired("human-review"),
            NoPolicyGaps,
        ],
    ),
    // A public image generator makes sexual images of fictional adults for anyone who ticks
    // "18+": children reaching it is the concern, and a ticked box keeps no one out.
    (
        "66-adult-image-generator-tickbox-age.toml",
        Tier::High,
        &[
            Unguarded("minors"),
            Gap("age-assurance"),
            Concern("likeness"),
        ],
    ),
    // A real presenter's licensed face and voice reading the news unlabelled is not "our own
    // content": the answers contradict each other and the gate fails.
    (
        "67-news-avatar-licensed-presenter-as-own-content.toml",
        Tier::Medium,
        &[NoCategory, NotRequired("ai-content-disclosure")],
    ),
    // A robot firing pepper gel at whoever is in the yard acts on people, whatever "nobody in
    // particular" says: each decision is reviewed. Human review is plainly missing, so
    // oversight is not met, whatever the contradicted operator stop turns out to be (a
    // plain-mode review saw "to be confirmed" win over a missing safeguard of the policy's).
    (
        "68-pepper-gel-robot-acts-on-nobody.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Gap("human-review"),
            RequirementNotMet("human-oversight"),
        ],
    ),
    // The operator's own name and track in the flight log is no decision about people.
    (
        "69-crop-drone-flight-log-location.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Met("supervisory-control"),
            NotRequired("human-review"),
            NoPolicyGaps,
        ],
    ),
    // Rendering testimony faithfully is not making sexual content for children to find.
    (
        "70-tribunal-interpreter-renders-testimony.toml",
        Tier::High,
        &[Category("judicial"), Clear("minors"), Gap("bias-testing")],
    ),
    // A nurse at the bedside, alarmed at once and able to take over, within limits the machine
    // cannot exceed, oversees a loop no person could approve step by step.
    (
        "71-neonatal-oxygen-loop-nurse-at-bedside.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Met("supervisory-control"),
            NotRequired("human-review"),
            NoPolicyGaps,
        ],
    ),
    // Staff walking out the shoppers a face match names make a decision about them, whatever
    // the decision areas say: the answers contradict each other and the gate fails.
    (
        "72-shop-face-watchlist-no-decision-area.toml",
        Tier::Medium,
        &[NoCategory, NotRequired("human-review")],
    ),
    // Drafts a person edits and sends as their own words deceive no one about whose they are.
    (
        "73-dating-wingman-drafts-sent-as-own.toml",
        Tier::High,
        &[
            AllGuarded,
            NotRequired("ai-content-disclosure"),
            NoPolicyGaps,
        ],
    ),
    // A proctor that voids exam attempts on a face mismatch decides about its own users.
    (
        "74-exam-proctor-voids-attempts-no-decision-area.toml",
        Tier::Medium,
        &[NoCategory],
    ),
    // An agent that closes accounts through tools decides about the holders, scoring no one.
    (
        "75-wallet-agent-closes-accounts.toml",
        Tier::Medium,
        &[NoCategory],
    ),
    // Screening given straight to the wearer: its advice safeguards are specific to the use.
    (
        "76-afib-wearable-advises-wearer.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Met("scope-limits"),
            Met("professional-referral"),
            NoGaps,
        ],
    ),
    // Monitoring and scoring staff beside "nothing is decided on the score" contradicts.
    (
        "77-engagement-monitor-nothing-decided.toml",
        Tier::Low,
        &[NoCategory],
    ),
    // Down-triaged callers wait unseen: some outcomes that go against people take effect
    // unreviewed, so human oversight is not met.
    (
        "78-ambulance-triage-downgrades-unseen.toml",
        Tier::High,
        &[Category("medical-diagnosis"), Gap("human-review")],
    ),
    // An agent acting on accounts, also ticked as advice, is asked who reviews what it does.
    (
        "79-wallet-agent-ticked-as-advice.toml",
        Tier::High,
        &[Category("financial-advice"), Gap("human-review")],
    ),
    // Renewals approved alone, only refusals reviewed: human review is to be confirmed.
    (
        "81-telehealth-renewals-approved-unseen.toml",
        Tier::High,
        &[Category("medical-diagnosis"), ToConfirm("human-review")],
    ),
    // "It says it is an AI" beside no AI notice, for a voice that phones the public.
    (
        "82-voice-sales-agent-never-says-ai.toml",
        Tier::High,
        &[Concern("disinformation")],
    ),
    // A fail-safe does not show safeguards specific to a decision about the people followed.
    (
        "83-border-drones-follow-people-fail-safe-only.toml",
        Tier::High,
        &[RequirementToConfirm("use-case-safeguards")],
    ),
    (
        "84-driver-drowsiness-alert-warns-driver-only.toml",
        Tier::Low,
        &[NoCategory, NoPolicyGaps],
    ),
    (
        "85-benefits-precheck-advises-residents.toml",
        Tier::High,
        &[
            Category("critical-benefits"),
            NotRequired("human-review"),
            Met("advice-oversight"),
            NoPolicyGaps,
        ],
    ),
    (
        "86-police-aggression-flags-no-group-testing.toml",
        Tier::High,
        &[Category("other-rights-health-safety"), Gap("bias-testing")],
    ),
    // "Reads stress or attention", then "infers no emotions": the honest answer is prohibited.
    (
        "87-exam-proctor-stress-flags-answered-no.toml",
        Tier::High,
        &[
            Category("education"),
            Contradicts("reads-emotion-but-infers-none"),
        ],
    ),
    // Coping techniques for someone's anxiety are medical advice, whatever "none" says.
    (
        "88-wellbeing-companion-coping-advice.toml",
        Tier::High,
        &[
            NoCategory,
            Contradicts("advises-on-own-situation-but-no-area"),
        ],
    ),
    // A practice working its callbacks in the order of the "advice" score acts on it.
    (
        "89-symptom-checker-score-orders-callbacks.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Contradicts("advises-but-decider-sees-scores"),
        ],
    ),
    // Telling migrants what to do about their own case is legal advice, whatever "none" says.
    (
        "90-immigration-chatbot-visa-advice.toml",
        Tier::Medium,
        &[
            NoCategory,
            Contradicts("advises-on-own-situation-but-no-area"),
            // Until the answers agree, what a consequential decision brings is to be confirmed
            // (a reports review read "nothing is required" and "Testing: met").
            ConsequentialInDoubt,
        ],
    ),
    // Bans nobody asked for are no action "as the holder asked".
    (
        "91-moderation-bans-own-users.toml",
        Tier::Medium,
        &[NoCategory, Contradicts("acts-unasked-but-nothing-alone")],
    ),
    // Stretching signal inspections on a model's say-so is a safety decision.
    (
        "92-rail-signalling-inspections-stretched.toml",
        Tier::Low,
        &[NoCategory, Contradicts("safety-predictions-but-no-area")],
    ),
    // Booking a same-day or a four-week slot by how urgent symptoms sound is triage.
    (
        "93-gp-booking-agent-books-by-urgency.toml",
        Tier::Medium,
        &[
            NoCategory,
            Contradicts("scores-health-and-acts-but-no-area"),
        ],
    ),
    // A rifle drone answered as a machine that fires at people as it runs, never as a weapon:
    // force against people brings the weapon question, and its honest answer is prohibited.
    (
        "94-armed-drone-fires-at-intruders.toml",
        Tier::Prohibited,
        &[
            Confirmed("lethal-weapons"),
            Category("other-rights-health-safety"),
        ],
    ),
    // The transcript an officer decides an asylum claim from informs that decision.
    (
        "95-asylum-interview-interpreter.toml",
        Tier::Medium,
        &[
            NoCategory,
            Contradicts("rights-record-but-no-area"),
            ConsequentialInDoubt,
        ],
    ),
    // The reasons in the decider's letter are the use-case safeguard of a record the system
    // makes, whether or not the letter says AI read the documents.
    (
        "95a-claims-ocr-adjusters-confirm-every-field.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Met("explanation"),
            NoPolicyGaps,
        ],
    ),
    // Advice acted on only under the holder's own mandate is overseen as advice is.
    (
        "96-robo-adviser-rebalances-under-mandate.toml",
        Tier::High,
        &[
            Category("financial-advice"),
            Met("advice-oversight"),
            NotRequired("human-review"),
            NoPolicyGaps,
        ],
    ),
    // Advice straight to the voter is overseen as advice, under voting rights too.
    (
        "96a-county-election-bot-answers-voters.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Met("advice-oversight"),
            NotRequired("human-review"),
            NoPolicyGaps,
        ],
    ),
    // The same bot with voting rights ticked alone: advice to its own users about themselves.
    (
        "96b-election-bot-under-voting-rights-only.toml",
        Tier::High,
        &[
            Category("other-rights-health-safety"),
            Met("advice-oversight"),
            NotRequired("human-review"),
            NoPolicyGaps,
        ],
    ),
    // Police acting on a prediction toward people in a place is a decision about them.
    (
        "97-hotspot-map-sends-stop-and-search.toml",
        Tier::Low,
        &[
            NoCategory,
            Contradicts("rights-record-but-no-area"),
            ConsequentialInDoubt,
        ],
    ),
    // A maker's own instructions, quoted with their source, decide nothing.
    (
        "98-power-tool-manual-questions.toml",
        Tier::Medium,
        &[NoCategory, NoPolicyGaps],
    ),
    // Accuracy measured against what happened evaluates the outputs.
    (
        "98b-demand-forecast-error-measured-weekly.toml",
        Tier::Low,
        &[NoCategory, Met("output-spot-checks"), NoPolicyGaps],
    ),
    // Free prompts ask which output controls run: the guardrails ticked guard the concerns.
    (
        "99-research-questions-over-anonymised-data.toml",
        Tier::Low,
        &[NoCategory, AllGuarded, NoPolicyGaps],
    ),
    // A compliance review's false results: a weapon's human control beside a machine no one
    // can stop in time; a triage order with no clinician deciding (answers that only say they
    // are still to come are tested below).
    (
        "99a-turret-fires-with-no-one-to-stop-it.toml",
        Tier::High,
        &[
            Contradicts("weapon-decides-but-human-controlled"),
            ToConfirm("human-weapon-control"),
        ],
    ),
    (
        "99b-ward-alert-orders-patients-no-clinician.toml",
        Tier::High,
        &[
            Category("medical-diagnosis"),
            Contradicts("reviewed-but-no-medical-controls"),
            RequirementToConfirm("human-oversight"),
        ],
    ),
    (
        "99c-bail-aid-explanation-shows-a-requirement.toml",
        Tier::High,
        &[
            Category("judicial"),
            RequirementToConfirm("use-case-safeguards"),
        ],
    ),
    (
        "99d-claims-denials-in-doubt-privacy-safeguards.toml",
        Tier::High,
        &[
            ConsequentialInDoubt,
            RequirementToConfirm("risk-evaluation"),
        ],
    ),
];

fn judgement_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/judgement")
}

fn case(name: &str) -> (Questionnaire, Assessment, Evaluation) {
    let q = questionnaire();
    let path = judgement_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let a = match parse_assessment(&path.display().to_string(), &text, &q) {
        Ok(a) => a,
        Err(e) => panic!("{name} does not load:\n{e}"),
    };
    let e = evaluate(&q, &a);
    (q, a, e)
}

fn check_finding(name: &str, e: &Evaluation, f: Finding) {
    match f {
        Confirmed(p) => assert_eq!(
            prohibition(e, p).status,
            ProhibitionStatus::Confirmed,
            "{name}: {p} should be confirmed"
        ),
        Concern(p) => assert_eq!(
            prohibition(e, p).status,
            ProhibitionStatus::Concern,
            "{name}: {p} should be a concern"
        ),
        Clear(p) => assert_eq!(
            prohibition(e, p).status,
            ProhibitionStatus::Clear,
            "{name}: {p} should be clear"
        ),
        Category(c) => assert!(
            category_ids(e).contains(&c),
            "{name}: {c} should be marked, got {:?}",
            category_ids(e)
        ),
        NoCategory => assert!(
            e.categories.is_empty(),
            "{name}: no category expected, got {:?}",
            category_ids(e)
        ),
        Gap(s) => {
            let (required, st, _) = status(e, s);
            assert!(required, "{name}: {s} should be required");
            assert!(gaps(e).contains(s), "{name}: {s} should be a gap ({st:?})");
        }
        Met(s) => {
            let (required, st, _) = status(e, s);
            assert!(required, "{name}: {s} should be required");
            assert!(
                matches!(
                    st,
                    SafeguardStatus::InPlace | SafeguardStatus::NotApplicable
                ),
                "{name}: {s} should be met, is {st:?}"
            );
            let Some(result) = e.safeguard(s) else {
                panic!("{name}: no safeguard {s}")
            };
            assert!(result.holds(), "{name}: {s} should be met, {result:#?}");
        }
        ToConfirm(s) => {
            let (required, st, _) = status(e, s);
            assert!(required, "{name}: {s} should be required");
            let Some(result) = e.safeguard(s) else {
                panic!("{name}: no safeguard {s}")
            };
            assert!(
                result.is_contradicted() && !result.holds(),
                "{name}: {s} should be to be confirmed, is {st:?} with {:?}",
                result.conflicts
            );
            assert!(!gate_passes(e), "{name}: the gate should fail");
        }
        NotRequired(s) => assert!(!status(e, s).0, "{name}: {s} should not be required"),
        NoGaps => assert!(e.gaps.is_empty(), "{name}: gaps {:?}", e.gaps),
        NoPolicyGaps => assert!(
            e.safeguards.iter().all(|s| !s.is_policy_gap()),
            "{name}: policy gaps {:?}",
            e.safeguards
                .iter()
                .filter(|s| s.is_policy_gap())
                .map(|s| &s.id)
                .collect::<Vec<_>>()
        ),
        RequirementToConfirm(r) | RequirementNotMet(r) | RequirementMet(r) => {
            use raia::engine::RequirementState as S;
            let want = match f {
                RequirementToConfirm(_) => S::ToBeConfirmed,
                RequirementNotMet(_) => S::NotMet,
                _ => S::Met,
            };
            let state = e.requirements.iter().find(|x| x.id == *r).map(|x| x.state);
            assert_eq!(state, Some(want), "{name}: requirement {r}");
        }
        GatePasses => {
            let gate = e.gate(raia::engine::Binding::Bound, false);
            assert!(
                gate.is_empty(),
                "{name}: the gate should pass, got {:?}",
                gate.iter().map(|f| f.rule_id()).collect::<Vec<_>>()
            );
        }
        ConsequentialInDoubt => {
            assert!(e.consequential_in_doubt(), "{name}");
            for id in [
                "risk-evaluation",
                "human-oversight",
                "testing",
                "use-case-safeguards",
            ] {
                let r = e.requirements.iter().find(|x| x.id == id);
                assert_eq!(
                    r.map(|x| (x.state, x.basis, x.in_doubt)),
                    Some((
                        raia::engine::RequirementState::ToBeConfirmed,
                        raia::questionnaire::Basis::Policy,
                        true
                    )),
                    "{name}: requirement {id}"
                );
            }
        }
        Unguarded(p) => {
            let open: Vec<&str> = e
                .unguarded_concerns()
                .iter()
                .map(|(c, _)| c.id.as_str())
                .collect();
            assert!(
                open.contains(&p),
                "{name}: {p} should be unguarded, got {open:?}"
            );
            let gate = e.gate(raia::engine::Binding::Bound, false);
            assert!(
                gate.iter().any(|f| f.rule_id() == "concern-unguarded"),
                "{name}: the gate should fail on {p}"
            );
        }
        AllGuarded => assert!(
            e.unguarded_concerns().is_empty(),
            "{name}: every concern should be guarded"
        ),
        Contradicts(id) => {
            assert!(holds(e, id), "{name}: {id} should hold");
            assert!(!gate_passes(e), "{name}: the gate should fail on {id}");
        }
        Band(t) => assert_eq!(
            e.score.band, t,
            "{name}: score {} should be in the {t:?} band",
            e.score.total
        ),
    }
}

#[test]
fn every_judgement_case_is_in_the_table() {
    let mut on_disk: Vec<String> = std::fs::read_dir(judgement_dir())
        .expect("tests/fixtures/judgement/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let listed: Vec<String> = JUDGEMENT.iter().map(|(n, _, _)| n.to_string()).collect();
    assert_eq!(
        on_disk, listed,
        "tests/fixtures/judgement/ and JUDGEMENT in tests/examples.rs must list the same files"
    );
    assert!(JUDGEMENT.len() >= 24);
}

#[test]
fn every_judgement_case_gets_its_tier_and_findings() {
    for (name, tier, findings) in JUDGEMENT {
        let (q, a, e) = case(name);
        assert_eq!(
            e.tier,
            *tier,
            "{name}: {:#?}",
            raia::explain::tier_reasons(&q, &e)
        );
        assert!(
            e.complete,
            "{name}: unanswered {:?}, notes missing {:?}",
            e.unanswered, e.notes_missing
        );
        assert!(
            e.hidden_answered.is_empty(),
            "{name} answers questions nobody sees: {:?}",
            e.hidden_answered
        );
        assert_eq!(a.questionnaire.version, q.version, "{name}");
        assert_eq!(
            e.confirmed().count() > 0,
            *tier == Tier::Prohibited,
            "{name}: confirmed prohibitions and tier disagree"
        );
        if *tier >= Tier::High {
            assert!(e.visible.len() < HIGH_RISK_BUDGET, "{name}");
        }
        for f in *findings {
            check_finding(name, &e, *f);
        }
    }
}

/// A sixth hostile review: a robo-adviser whose advice takes effect with no person choosing it
/// ("it decides") was never asked when a person reviews the outcome, human review was not
/// required, and human oversight read met on a sampled review of the advice alone.
#[test]
fn advice_the_system_acts_on_alone_needs_human_review() {
    let (q, mut a, e) = case("01-bank-chatbot-financial-advice.toml");
    assert!(!e.is_visible("human-review"));
    assert!(!status(&e, "human-review").0);
    for role in ["decides", "mixed"] {
        let mut b = a.clone();
        choose(&mut b, "ai-role", role);
        note(
            &mut b,
            "ai-role",
            "Rebalancing orders are placed without an adviser.",
        );
        let e = evaluate(&q, &b);
        assert!(e.is_visible("human-review"), "{role}");
        assert!(
            status(&e, "human-review").0,
            "{role}: human review is required"
        );
        assert!(e.unanswered.iter().any(|u| u == "human-review"), "{role}");
        assert!(!gate_passes(&e), "{role}");
    }
    // Advice the person acts on themselves stays overseen through the advice safeguards.
    choose(&mut a, "ai-role", "advises");
    assert!(!status(&evaluate(&q, &a), "human-review").0);
}

/// A contradiction names the answers that make it hold as they were given: a sixth hostile
/// review read "Which tests ...? is answered, and Which tests ...? is none of ...".
#[test]
fn a_contradiction_shows_the_answers_given() {
    let (_, _, e) = case("30-admissions-group-testing-not-run.toml");
    let Some(c) = e
        .contradictions
        .iter()
        .find(|c| c.id == "bias-test-not-passed-but-named")
    else {
        panic!("{:?}", e.contradictions)
    };
    assert_eq!(
        c.answers,
        "Which tests has the system passed for this use? → \"Accuracy on data from this use case, against acceptance thresholds set beforehand\", \"Robustness: edge cases, unusual or noisy input, drift\", and Which of these education safeguards are in place? → \"Results are compared across groups of students\""
    );
}

/// A seventh hostile review's cases (tests/fixtures/contradictions/): in each, one answer says
/// a safeguard or a filter is there and another that it is not, and the gate passed. Each must
/// name its contradiction, block what it names, and fail the gate.
#[test]
fn answers_that_contradict_each_other_are_named_and_fail_the_gate() {
    let q = questionnaire();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contradictions");
    let cases = [
        (
            "image-unblocked-not-users",
            "child-filters-but-sexual-imagery-unblocked",
        ),
        ("chat-unguarded", "guardrails-but-nothing-stops"),
        (
            "legal-automated-plus-sampled",
            "advice-sampled-but-unchecked",
        ),
        (
            "triage-medical-none-all-before",
            "reviewed-but-no-medical-controls",
        ),
        (
            "loan-profiles-nobody",
            "profiles-people-but-identifies-none",
        ),
        (
            "loan-no-personal-data",
            "profiles-people-but-identifies-none",
        ),
        (
            "images-no-controls-but-labelled",
            "labelled-but-no-output-controls",
        ),
        ("kids-users-but-not-users", "children-use-it-but-not-users"),
    ];
    let on_disk = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(on_disk, cases.len(), "every file is a case");
    for (name, contradiction) in cases {
        let text = std::fs::read_to_string(dir.join(format!("{name}.toml"))).unwrap();
        let a = parse_assessment(name, &text, &q).unwrap();
        let e = evaluate(&q, &a);
        assert!(holds(&e, contradiction), "{name}: {:?}", e.contradictions);
        assert!(!gate_passes(&e), "{name}");
        let c = e
            .contradictions
            .iter()
            .find(|c| c.id == contradiction)
            .unwrap();
        for s in &c.blocks {
            let r = e.safeguard(s).unwrap();
            assert!(!r.holds() || !r.required, "{name}: {s} still holds");
        }
    }
}

/// A helper's review (the sixty-third round): on the loan pre-approval the alternative process is
/// only recommended, and no answer shows it; evidence saying there is no other route read it "in
/// place" in every report. Honest evidence of a route still does.
#[test]
fn evidence_of_no_other_route_leaves_a_recommended_alternative_not_in_place() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(e.safeguard("alternative-process").unwrap().holds());
    let with = |evidence: &str| {
        let mut b = a.clone();
        b.safeguards
            .get_mut("alternative-process")
            .unwrap()
            .evidence = evidence.into();
        evaluate(&q, &b)
            .safeguard("alternative-process")
            .unwrap()
            .clone()
    };
    for evidence in [
        "There isn't another route: applicants who ask are told the online form is the only way to apply, and no adjustments are offered.",
        "Applicants have no other way to apply.",
        "Applicants must use the app; there is no branch or phone route for these loans.",
        "Requests for a manual assessment are declined; the model scores every application.",
    ] {
        let s = with(evidence);
        assert!(s.unjustified && !s.holds(), "{evidence}: {s:?}");
    }
    for evidence in [
        "Applicants can apply in any branch or by phone with a lending officer instead of the online form; large print and interpreters are offered on every channel.",
        "A manual assessment by a credit officer is available on request, by phone or in a branch; adjustments are offered.",
    ] {
        let s = with(evidence);
        assert!(s.holds(), "{evidence}: {s:?}");
    }
}

/// A seventh hostile review: evidence that says the work was refused, dropped or lapsed, or
/// only repeats the safeguard's title, made "Evaluate the risks of the use case" read met.
#[test]
fn evidence_that_says_nothing_exists_leaves_the_requirement_unmet() {
    let (q, a, e) = example("clinical-triage-assistant.toml");
    assert!(e.safeguard("risk-assessment").unwrap().holds());
    for evidence in [
        "We decided not to do one",
        "Rejected by the safety officer",
        "Documented risk assessment",
        "documented risk-assessment.",
        "Contact Sam for details",
        "{{evidence}}",
    ] {
        let mut b = a.clone();
        b.safeguards.get_mut("risk-assessment").unwrap().evidence = evidence.into();
        let e = evaluate(&q, &b);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(s.unjustified && !s.holds(), "{evidence}: {s:?}");
        assert!(!gate_passes(&e), "{evidence}");
    }
}

#[test]
fn jailbreak_wrapper_is_prohibited_without_ticking_safety_testing() {
    let (q, a, e) = case("16a-jailbreak-no-safety-testing-tick.toml");
    assert_eq!(
        a.answers.get("capabilities"),
        Some(&Answer::Choices(vec!["open-text".to_string()]))
    );
    let p = prohibition(&e, "safety-circumvention");
    assert_eq!(p.status, ProhibitionStatus::Confirmed);
    assert_eq!(p.confirmed_by[0].question, "filter-bypass");
    assert!(
        raia::explain::tier_reasons(&q, &e)[0].contains("safety"),
        "{:?}",
        raia::explain::tier_reasons(&q, &e)
    );
    // The screening question is asked whatever the capabilities are.
    let q = questionnaire();
    assert!(q.question("filter-bypass").unwrap().show_if.is_none());
}

#[test]
fn authorised_testing_takes_the_red_team_path() {
    // The internal red-team tool without its safety-testing tick: the screening answer alone
    // opens the red-team questions and requires the authorisation.
    let (q, mut a, before) = case("07-internal-red-team.toml");
    choose_many(&mut a, "capabilities", &["open-text"]);
    let e = evaluate(&q, &a);
    assert!(e.is_visible("red-team-scope"));
    assert_eq!(
        status(&e, "red-team-authorisation"),
        (true, SafeguardStatus::InPlace, StatusSource::Assessment)
    );
    assert_eq!(e.tier, before.tier);
    // The answer that the owner's permission is confirmed says so without showing it: without
    // the record, it is to be confirmed and the prohibition is not clear (a hostile review's
    // public jailbreak service passed on the answer alone).
    let mut bare = a.clone();
    bare.safeguards.remove("red-team-authorisation");
    let e = evaluate(&q, &bare);
    assert!(
        e.safeguard("red-team-authorisation")
            .unwrap()
            .is_contradicted()
    );
    assert_ne!(
        prohibition(&e, "safety-circumvention").status,
        ProhibitionStatus::Confirmed
    );
    assert!(!e.gate(raia::engine::Binding::Bound, false).is_empty());
    // Answering 'bypass' instead is the prohibited use.
    choose(&mut a, "filter-bypass", "bypass");
    note(
        &mut a,
        "filter-bypass",
        "Found bypasses are sold to customers.",
    );
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::Prohibited);
    assert!(!e.is_visible("red-team-scope"));
}

#[test]
fn dossier_service_with_an_unsettled_basis_is_a_privacy_concern_with_its_gaps() {
    // Answered evasively ("not settled" instead of "no lawful basis"), the dossier service is
    // not prohibited, but privacy is a concern, not clear, and the report names what is missing.
    let (q, mut a, _) = case("18-osint-dossier.toml");
    choose(&mut a, "identification", "unsettled");
    let e = evaluate(&q, &a);
    assert!(e.complete, "{:?}", e.notes_missing);
    assert_eq!(
        e.tier,
        Tier::High,
        "{:#?}",
        raia::explain::tier_reasons(&q, &e)
    );
    let privacy = prohibition(&e, "privacy");
    assert_eq!(privacy.status, ProhibitionStatus::Concern);
    let raised: BTreeSet<&str> = privacy
        .concerns
        .iter()
        .map(|r| r.question.as_str())
        .collect();
    // Whom users can pick is asked of a people-search too (a fourth hostile review): anyone.
    assert_eq!(
        raised,
        BTreeSet::from([
            "identification",
            "privacy-controls",
            "targeting",
            "tracking-whom"
        ])
    );
    for s in [
        "privacy-impact-assessment",
        "lawful-basis-notice",
        "data-minimisation",
        "risk-assessment",
    ] {
        assert!(gaps(&e).contains(s), "{s} should be a gap: {:?}", e.gaps);
    }
    // Without the scoring and messaging ticks the question is still asked, for the location
    // data alone (covert monitoring ticked as prediction came out low, with privacy clear);
    // with neither, it is not.
    choose_many(&mut a, "capabilities", &["grounded-text"]);
    let e = evaluate(&q, &a);
    assert!(e.is_visible("identification"));
    choose_many(&mut a, "personal-data", &["basic", "special"]);
    let e = evaluate(&q, &a);
    assert!(!e.is_visible("identification"));
}

#[test]
fn advice_bots_close_their_oversight_gap_with_the_fitting_answer() {
    for name in [
        "01-bank-chatbot-financial-advice.toml",
        "03-consumer-legal-advice-bot.toml",
        "15-symptom-checker-public.toml",
    ] {
        let (q, mut a, before) = case(name);
        assert!(gaps(&before).contains("advice-oversight"), "{name}");
        assert!(!requirement_met(&before, "human-oversight"), "{name}");
        // Qualified professionals review a regular sample of real answers and can be reached.
        let mut picked = match a.answers.get("advice-controls") {
            Some(Answer::Choices(v)) => v.clone(),
            other => panic!("{name}: advice-controls is {other:?}"),
        };
        picked.push("professional-review".to_string());
        a.answers
            .insert("advice-controls".to_string(), Answer::Choices(picked));
        // A scheduled sample is a check by people, so the output check says so too: "only
        // automated checks" beside it is a contradiction.
        if a.answers.get("output-check") == Some(&Answer::Choice("automated".into())) {
            choose(&mut a, "output-check", "sampled");
        }
        let e = evaluate(&q, &a);
        assert_eq!(e.tier, Tier::High, "{name}: the category floor holds");
        assert!(!gaps(&e).contains("advice-oversight"), "{name}");
        assert!(
            requirement_met(&e, "human-oversight"),
            "{name}: human oversight should be met, gaps {:?}",
            e.gaps
        );
        // Its credit counts, though the cap on mitigation may already be reached.
        assert!(
            e.score.credits_available > before.score.credits_available,
            "{name}"
        );
        assert!(e.score.total <= before.score.total, "{name}");
    }
}

#[test]
fn advice_bots_are_not_asked_to_review_every_outcome() {
    // The same public chatbot, described as "recommends" rather than "advises", still gets the
    // advice oversight path for the advice categories; the decision questions only come with a
    // decision category (or diagnosis that is not advice given to the person directly).
    let (q, mut a, _) = case("01-bank-chatbot-financial-advice.toml");
    choose(&mut a, "ai-role", "recommends");
    let e = evaluate(&q, &a);
    assert!(!status(&e, "human-review").0);
    assert!(status(&e, "advice-oversight").0);
    let (q, mut a, _) = case("15-symptom-checker-public.toml");
    choose(&mut a, "ai-role", "recommends");
    let e = evaluate(&q, &a);
    assert!(
        e.is_visible("human-review"),
        "triage for a clinician to act on"
    );
    assert!(status(&e, "human-review").0);
}

#[test]
fn generated_media_count_once() {
    // Images, voice and text together are one generative risk: the campaign with all three
    // scores the same as with images alone, and so does the story app with text alone.
    for (all, one) in [
        (
            "08-campaign-labelled-ads.toml",
            "08a-campaign-images-only.toml",
        ),
        ("13-children-storytelling.toml", "13a-story-text-only.toml"),
    ] {
        let (_, _, e_all) = case(all);
        let (_, _, e_one) = case(one);
        let generative = |e: &Evaluation| {
            e.score
                .by_factor
                .iter()
                .find(|f| f.factor == "generative")
                .map_or(0, |f| f.points)
        };
        assert_eq!(generative(&e_all), generative(&e_one), "{all}");
        assert_eq!(e_all.score.raw, e_one.score.raw, "{all}");
        let from_capabilities: Vec<_> = e_all
            .score
            .contributions
            .iter()
            .filter(|c| c.question == "capabilities" && c.factor == "generative")
            .collect();
        assert_eq!(from_capabilities.len(), 1, "{all}: {from_capabilities:?}");
    }
}

#[test]
fn story_app_is_medium_and_free_prompts_would_make_it_high() {
    // Justification for medium: children use it (exposure and vulnerability count fully), but
    // they can only pick heroes, places and themes from lists, the pictures are cartoons, the
    // voice is a stock narrator, users cannot contact each other, and every child-safety
    // safeguard is in place; the minors concern is answered by protective design, as the
    // policy allows for services built for children. What keeps the open-ended homework
    // chatbot high is free prompts at larger scale: give the story app free prompts and it
    // crosses into high as well.
    let (q, mut a, e) = case("13-children-storytelling.toml");
    assert_eq!(e.tier, Tier::Medium);
    assert!(e.score.total < q.tiers.high_at, "score {}", e.score.total);
    choose(&mut a, "end-user-prompts", "free");
    let e = evaluate(&q, &a);
    assert_eq!(
        e.tier,
        Tier::High,
        "{:#?}",
        raia::explain::tier_reasons(&q, &e)
    );
    assert_eq!(
        prohibition(&e, "harassment").status,
        ProhibitionStatus::Concern
    );
}

#[test]
fn campaign_ads_stay_medium_and_upload_controls_need_uploads() {
    let (q, mut a, e) = case("08-campaign-labelled-ads.toml");
    assert_eq!(e.tier, Tier::Medium);
    assert!(!status(&e, "upload-controls").0);
    // A likeness concern from elsewhere (sexual imagery of fictional adults) does not require
    // upload controls when nothing can be uploaded: no answer could close that gap.
    choose(&mut a, "intimate-imagery", "fictional-adults");
    let e = evaluate(&q, &a);
    assert_eq!(
        prohibition(&e, "likeness").status,
        ProhibitionStatus::Concern
    );
    assert!(!status(&e, "upload-controls").0);
    assert!(status(&e, "content-guardrails").0);
    // With uploads of anyone's photo, it is required.
    choose(&mut a, "likeness-uploads", "anyone");
    note(
        &mut a,
        "likeness-uploads",
        "Volunteers upload supporter photos.",
    );
    let e = evaluate(&q, &a);
    assert!(gaps(&e).contains("upload-controls"));
}

#[test]
fn consent_without_records_is_a_likeness_concern_with_a_note() {
    let (q, mut a, _) = case("06a-dating-tos-consent.toml");
    choose(&mut a, "likeness-uploads", "own-verified");
    choose(&mut a, "likeness", "consent-unrecorded");
    a.notes.remove("likeness");
    let e = evaluate(&q, &a);
    assert_eq!(e.notes_missing, vec!["likeness".to_string()]);
    assert_eq!(
        prohibition(&e, "likeness").status,
        ProhibitionStatus::Concern
    );
    assert!(gaps(&e).contains("consent-records"));
    assert_eq!(e.tier, Tier::High);
    // Recorded consent needs a note saying where the records are.
    choose(&mut a, "likeness", "consent");
    let e = evaluate(&q, &a);
    assert_eq!(e.notes_missing, vec!["likeness".to_string()]);
    assert_eq!(prohibition(&e, "likeness").status, ProhibitionStatus::Clear);
}

#[test]
fn tenant_screening_closes_adverse_action_reasons_with_notices() {
    let (q, mut a, before) = case("11-tenant-screening.toml");
    assert!(gaps(&before).contains("adverse-action-reasons"));
    choose_many(&mut a, "benefits-controls", &["reasons"]);
    let e = evaluate(&q, &a);
    assert!(!gaps(&e).contains("adverse-action-reasons"));
    assert!(!gaps(&e).contains("explanation"));
    // Without financial data the credit-style notice is not required for a housing decision.
    choose_many(&mut a, "personal-data", &["basic", "criminal"]);
    let e = evaluate(&q, &a);
    assert!(!status(&e, "adverse-action-reasons").0);
}

#[test]
fn oversight_counts_about_once_where_output_check_and_human_review_both_apply() {
    // Consistent answers to the two oversight questions add up to what one of them gave before
    // they were made to count once: never more than 6 points (no review at all).
    let q = questionnaire();
    let points = |question: &str, option: &str| -> u32 {
        q.question(question)
            .and_then(|x| x.option(option))
            .map(|o| o.effects.risk.get("oversight").copied().unwrap_or(0))
            .unwrap_or_else(|| panic!("{question}/{option}"))
    };
    for (check, review, most) in [
        ("every", "all-before", 0),
        ("user-checks", "all-before", 1),
        ("user-checks", "adverse-before", 1),
        ("sampled", "sampled", 4),
        ("automated", "after", 4),
        ("automated", "none", 6),
    ] {
        let sum = points("output-check", check) + points("human-review", review);
        assert!(
            sum <= most,
            "output-check {check} + human-review {review} = {sum}"
        );
    }
    let (_, _, e) = case("11-tenant-screening.toml");
    let oversight: u32 = e
        .score
        .contributions
        .iter()
        .filter(|c| c.factor == "oversight" && c.question != "owner")
        .map(|c| c.points)
        .sum();
    assert_eq!(oversight, 6, "automated checks and no review");
}

#[test]
fn people_in_hardship_need_an_alternative_route() {
    let (q, _, e) = example("loan-pre-approval.toml");
    let alt = e.safeguard("alternative-process").unwrap();
    assert!(alt.required);
    assert!(
        raia::explain::required_reasons(&q, alt, None)[0].contains("People in financial hardship"),
        "{:?}",
        raia::explain::required_reasons(&q, alt, None)
    );
    assert_eq!(alt.status, SafeguardStatus::InPlace);
}

// ---------------------------------------------------------------------------------------------
// Verdicts a reviewer can trust: each finding of the verdicts review, as a fixture
// ---------------------------------------------------------------------------------------------

fn requirement<'e>(e: &'e Evaluation, id: &str) -> &'e raia::engine::RequirementResult {
    e.requirements
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no requirement `{id}`"))
}

fn info_request(q: &Questionnaire, a: &Assessment) -> String {
    let templates = match raia::report::Templates::builtin() {
        Ok(t) => t,
        Err(e) => panic!("built-in templates: {e:#}"),
    };
    match raia::report::render(q, a, raia::report::Format::InfoRequest, &templates) {
        Ok(text) => text,
        Err(e) => panic!("information request: {e:#}"),
    }
}

#[test]
fn not_applicable_is_no_free_pass_for_an_auto_rejecting_cv_screener() {
    let (q, a, e) = case("19-cv-screener-not-applicable-free-pass.toml");
    assert_eq!(e.tier, Tier::High);
    for id in ["human-review", "appeal-path", "bias-testing"] {
        let s = e.safeguard(id).unwrap();
        assert_eq!(s.status, SafeguardStatus::NotApplicable, "{id}");
        // The policy's own: a gap; a recommendation the answers rule out: to be confirmed.
        if s.basis == raia::questionnaire::Basis::Policy {
            assert!(ruled_out(s), "{id}: the answers rule out not-applicable");
        } else {
            assert!(
                s.is_contradicted(),
                "{id}: the answers contradict not-applicable"
            );
        }
        assert!(!s.holds(), "{id}");
    }
    let state = raia::explain::safeguard_state(e.safeguard("human-review").unwrap());
    assert!(
        state.contains("It decides; the outcome takes effect without a person choosing it"),
        "{state}"
    );
    // Not applicable where the use needs it is a gap: the requirements are not met, never "to
    // be confirmed" (a new-user pass read the softer word beside a gate that failed).
    assert_eq!(
        requirement(&e, "human-oversight").state,
        raia::engine::RequirementState::NotMet
    );
    let gate = e.gate(raia::engine::Binding::Bound, false);
    assert!(
        gate.iter()
            .any(|f| matches!(f, raia::engine::GateFailure::PolicyGaps { count: 2, .. })),
        "{gate:?}"
    );
    assert!(
        gate.iter()
            .any(|f| matches!(f, raia::engine::GateFailure::Conflicts { count: 1, .. })),
        "{gate:?}"
    );
    let info = info_request(&q, &a);
    assert!(!info.contains("Human oversight: met"), "{info}");
    assert!(info.contains("Human oversight: not met"), "{info}");
}

#[test]
fn not_applicable_without_a_reason_stays_a_gap() {
    let (q, mut a, _) = case("22-triage-physician-decides-no-formal-appeal.toml");
    // Robustness testing recorded not applicable with "n/a": not a reason.
    record(
        &mut a,
        "robustness-testing",
        SafeguardStatus::NotApplicable,
        "n/a",
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("robustness-testing").unwrap();
    assert!(s.unjustified && s.is_gap());
    assert_eq!(
        raia::explain::safeguard_state(s),
        "not shown to be not applicable: no reason given"
    );
    // A recommendation, open as one: the policy's own testing safeguards decide Testing (a
    // reports review read it to be confirmed beside "not a breach").
    assert_eq!(
        requirement(&e, "testing").state,
        raia::engine::RequirementState::Met
    );
    assert!(
        requirement(&e, "testing")
            .recommendations
            .iter()
            .any(|r| r == "robustness-testing")
    );
    // With a reason, while an answer says robustness tests were passed, the record and the
    // answers disagree: to be confirmed, never "not applicable".
    a.safeguards.get_mut("robustness-testing").unwrap().evidence =
        "Inputs are validated upstream; out-of-range records never reach the model.".into();
    let e = evaluate(&q, &a);
    let s = e.safeguard("robustness-testing").unwrap();
    assert_eq!(raia::explain::safeguard_state(s), "to be confirmed");
    assert!(
        raia::explain::conflict(&q, s)
            .starts_with("recorded as not applicable, but the answers say it is in place: "),
        "{}",
        raia::explain::conflict(&q, s)
    );
    // With a reason, and no answer that says otherwise, it holds.
    a.answers.insert(
        "tests-done".into(),
        Answer::Choices(vec!["accuracy".into(), "bias".into()]),
    );
    let e = evaluate(&q, &a);
    assert!(e.safeguard("robustness-testing").unwrap().holds());
}

/// A safeguard recorded in place in [safeguards], which no answer can show, is read against the
/// limitations as one an answer shows is: "MRM-CL-031 is the risk assessment we cite. The Model
/// Risk Committee has not yet approved it." leaves the risk assessment to be confirmed, in words
/// that say where the words are and what to do (a review of the known false "met"s passed the
/// gate on it). Without those words, the same record holds.
#[test]
fn a_recorded_safeguard_the_limitations_deny_is_to_be_confirmed_in_words() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert!(e.safeguard("risk-assessment").unwrap().holds());
    a.answers.insert(
        "limitations".into(),
        Answer::Text(
            "MRM-CL-031 is the risk assessment we cite. The Model Risk Committee has not yet \
             approved it."
                .into(),
        ),
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("risk-assessment").unwrap();
    assert_eq!(raia::explain::safeguard_state(s), "to be confirmed");
    assert_eq!(
        raia::explain::conflict(&q, s),
        "recorded as in place, but the answer to \"What are the system's known limitations, and \
         what risk remains once the safeguards are in place?\" says the work was not done \
         (correct those words, or change the status)"
    );
    assert!(
        !e.gate_on(raia::engine::Binding::Bound, false, None)
            .is_empty()
    );
    // Named further on, the work is what the limitations measure from: no denial.
    a.answers.insert(
        "limitations".into(),
        Answer::Text(
            "No issues have been found since the risk assessment MRM-CL-031 was approved.".into(),
        ),
    );
    let e = evaluate(&q, &a);
    assert!(e.safeguard("risk-assessment").unwrap().holds());
}

#[test]
fn no_review_and_a_clinician_deciding_every_case_contradict_each_other() {
    let (_, _, e) = case("20-triage-no-review-but-clinician-decides.toml");
    // With "a person checks every output" beside "no person reviews outcomes" (a reports
    // review), which contradict each other too.
    let ids: Vec<&str> = e.contradictions.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "review-none-but-professional-decides",
            "every-output-checked-but-takes-effect-unseen"
        ]
    );
    assert!(
        e.contradictions[0]
            .answers
            .contains("No person reviews outcomes")
    );
    let review = e.safeguard("human-review").unwrap();
    assert_ne!(raia::explain::safeguard_state(review), "in place");
    assert!(!review.holds());
    assert!(e.gate(raia::engine::Binding::Bound, false).contains(
        &raia::engine::GateFailure::Contradictions {
            count: 2,
            judgements: Vec::new(),
            prohibitions: Vec::new(),
        }
    ));
    assert!(!requirement(&e, "human-oversight").is_met());
}

#[test]
fn a_nudity_block_is_not_content_guardrails() {
    let (_, _, e) = case("21-images-no-controls-but-nudity-block.toml");
    let g = e.safeguard("content-guardrails").unwrap();
    assert!(g.required);
    assert_ne!(g.status, SafeguardStatus::InPlace);
    assert!(e.gaps.iter().any(|g| g == "content-guardrails"));
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "no-controls-but-filters")
    );
}

#[test]
fn a_physician_deciding_every_case_meets_human_oversight_without_a_formal_appeal() {
    let (_, _, e) = case("22-triage-physician-decides-no-formal-appeal.toml");
    let oversight = requirement(&e, "human-oversight");
    assert!(oversight.is_met(), "{oversight:?}");
    assert_eq!(oversight.recommendations, ["appeal-path"]);
    assert_eq!(
        raia::explain::requirement_state(oversight),
        "met; 1 recommendation open"
    );
    let appeal = e.safeguard("appeal-path").unwrap();
    assert!(appeal.is_gap() && !appeal.is_policy_gap());
    assert!(e.gate(raia::engine::Binding::Bound, false).is_empty());
    assert!(!e.gate(raia::engine::Binding::Bound, true).is_empty());
}

#[test]
fn health_data_without_a_decision_is_no_breach_of_the_risk_evaluation_sentence() {
    let (_, _, e) = case("23-summariser-with-health-data.toml");
    assert!(e.categories.is_empty());
    let pia = e.safeguard("privacy-impact-assessment").unwrap();
    assert!(pia.required && pia.basis == raia::questionnaire::Basis::Practice);
    let risk = requirement(&e, "risk-evaluation");
    assert!(risk.applies);
    assert_eq!(risk.basis, raia::questionnaire::Basis::Practice);
    assert_ne!(risk.state, raia::engine::RequirementState::NotMet);
    for r in &e.requirements {
        assert_ne!(r.state, raia::engine::RequirementState::NotMet, "{}", r.id);
    }
    assert!(e.safeguards.iter().all(|s| !s.is_policy_gap()));
}

#[test]
fn what_would_change_counts_the_answer_that_comes_with_human_review() {
    let (q, _, e) = example("cv-screener-auto-reject.toml");
    let w = e
        .what_if
        .iter()
        .find(|w| w.safeguard == "human-review")
        .unwrap();
    // The answer that comes with it ("a person reviews every adverse outcome") takes
    // oversight points off as well, so closing the gap lowers the score by more than the
    // safeguard's credit alone could (within the mitigation cap).
    let credit = q.safeguard("human-review").unwrap().credit;
    let credit_only =
        (e.score.credits_available + credit).min(e.score.mitigation_cap) - e.score.mitigation;
    assert!(
        e.score.total - w.score_after > credit_only,
        "{} -> {}, credit alone {credit_only}",
        e.score.total,
        w.score_after
    );
    assert!(w.answers[0].contains("A person reviews every outcome that goes against the person"));
    let line = raia::explain::what_if(&q, &e, w);
    assert!(
        line.contains(&format!("score {} → {}", e.score.total, w.score_after)),
        "{line}"
    );
}

/// A new-user pass: "Effect of closing it: score 23 → 24" read as a mistake. Closing the output
/// checks gap means answering "a sample on a schedule", which carries more risk points than
/// staff checking each result; the sentence now says so.
#[test]
fn a_gap_whose_closing_raises_the_score_says_why() {
    let (q, mut a, _) = case("04-face-access-consent.toml");
    choose(&mut a, "output-check", "user-checks");
    let e = evaluate(&q, &a);
    let Some(w) = e
        .what_if
        .iter()
        .find(|w| w.safeguard == "output-spot-checks")
    else {
        panic!("no what-if for output checks: {:?}", e.what_if)
    };
    assert!(w.score_after > e.score.total, "{} {w:?}", e.score.total);
    let line = raia::explain::what_if(&q, &e, w);
    assert!(
        line.contains(&format!(
            "score {} → {}, since that answer carries more risk points than the one it replaces",
            e.score.total, w.score_after
        )),
        "{line}"
    );
}

#[test]
fn a_prohibited_use_has_no_score_band_sentence() {
    for name in ["voice-clone-no-consent.toml", "deepfake-political-ad.toml"] {
        let (q, _, e) = example(name);
        assert_eq!(e.tier, Tier::Prohibited);
        assert!(!e.score_counts());
        assert!(e.what_if.is_empty(), "{name}");
        let reasons = raia::explain::tier_reasons(&q, &e);
        assert!(
            reasons.iter().all(|r| !r.contains("band")),
            "{name}: {reasons:?}"
        );
        assert!(
            reasons.iter().any(|r| r.contains("The score is not used")),
            "{reasons:?}"
        );
    }
}

#[test]
fn every_example_and_case_is_bound_to_the_built_in_questionnaire_text() {
    let q = questionnaire();
    for dir in [
        examples_dir(),
        examples_dir().join("../tests/fixtures/judgement"),
    ] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "toml") {
                continue;
            }
            let a = raia::assessment::read_assessment(&path, &q).unwrap();
            assert_eq!(
                raia::engine::Binding::of(&q, &a),
                raia::engine::Binding::Bound,
                "{}: run the rebinding step in docs/scoring.md after editing the questionnaire",
                path.display()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The questionnaire asks what real teams need to say (issue 9): each situation it could not
// express before, as a case
// ---------------------------------------------------------------------------------------------

#[test]
fn a_chatbot_persona_of_a_real_singer_without_her_agreement_is_prohibited() {
    let (q, a, e) = case("24-singer-persona-chatbot.toml");
    assert_eq!(e.tier, Tier::Prohibited);
    assert_eq!(
        prohibition(&e, "likeness").status,
        ProhibitionStatus::Confirmed
    );
    // The team said nothing prohibited is intended: the two answers are flagged.
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "not-intended-but-confirmed")
    );
    let info = info_request(&q, &a);
    assert!(!info.contains("does nothing of this kind"), "{info}");
    assert!(
        info.contains("**The assessment records this use**"),
        "{info}"
    );
}

#[test]
fn posts_urging_people_against_a_group_are_prohibited_harassment() {
    let (_, _, e) = case("25-group-hate-post-generator.toml");
    assert_eq!(e.tier, Tier::Prohibited);
    let h = prohibition(&e, "harassment");
    assert_eq!(h.status, ProhibitionStatus::Confirmed);
    assert_eq!(h.confirmed_by[0].question, "group-content");
}

#[test]
fn deception_without_realistic_media_is_prohibited() {
    for name in [
        "26-scam-script-writer.toml",
        "27-support-bot-claims-to-be-human.toml",
    ] {
        let (_, _, e) = case(name);
        assert_eq!(e.tier, Tier::Prohibited, "{name}");
        let d = prohibition(&e, "disinformation");
        assert_eq!(d.status, ProhibitionStatus::Confirmed, "{name}");
        assert_eq!(d.confirmed_by[0].question, "deception", "{name}");
    }
}

#[test]
fn a_classifier_acting_on_people_who_never_use_it_weighs_more() {
    let (q, mut a, e) = case("28-moderation-classifier-public.toml");
    assert_eq!(e.tier, Tier::Medium);
    // The same tool, answered as acting only on its own users, was low.
    choose(&mut a, "subjects", "users-only");
    let before = evaluate(&q, &a);
    assert_eq!(before.tier, Tier::Low);
    assert!(e.score.total > before.score.total);
}

#[test]
fn a_system_that_decides_alone_in_some_cases_is_scored_for_that_part() {
    let (q, mut a, e) = case("29-mixed-credit-limits.toml");
    assert_eq!(e.tier, Tier::High);
    // Mixed counts as deciding for autonomy, and human review cannot be "not applicable".
    let autonomy = |e: &Evaluation| {
        e.score
            .by_factor
            .iter()
            .find(|f| f.factor == "autonomy")
            .map_or(0, |f| f.points)
    };
    choose(&mut a, "ai-role", "decides");
    assert_eq!(autonomy(&e), autonomy(&evaluate(&q, &a)));
    let review = e.safeguard("human-review").unwrap();
    let state = raia::explain::safeguard_state(review);
    assert!(
        state.starts_with("not in place: recorded as not applicable, but ")
            && state.contains("decides alone in some"),
        "{state}"
    );
    assert!(review.is_gap() && !review.is_contradicted());
}

#[test]
fn review_that_almost_never_disagrees_is_not_taken_as_human_review() {
    let (q, mut a, e) = example("clinical-triage-assistant.toml");
    assert!(e.safeguard("human-review").unwrap().holds());
    choose(&mut a, "override-rate", "rarely");
    choose_many(&mut a, "review-independence", &["none"]);
    let e = evaluate(&q, &a);
    assert!(e.contradictions.iter().any(|c| c.id == "nominal-oversight"));
    let review = e.safeguard("human-review").unwrap();
    assert!(!review.holds());
    assert!(
        raia::explain::conflict(&q, review).contains("likely nominal"),
        "{}",
        raia::explain::conflict(&q, review)
    );
    assert!(
        e.score
            .credits
            .iter()
            .all(|c| c.safeguard != "human-review")
    );
    // Seeing the inputs with time per case is not enough while nobody audits how often they
    // agree (a fifteenth review); with the audits it is.
    choose_many(&mut a, "review-independence", &["time", "inputs"]);
    assert!(!evaluate(&q, &a).safeguard("human-review").unwrap().holds());
    choose_many(&mut a, "review-independence", &["time", "inputs", "audits"]);
    assert!(evaluate(&q, &a).safeguard("human-review").unwrap().holds());
}

/// Issue 9: the responses for the clinical triage, CV screener and children's tutor examples
/// carry a remediation plan with owners and target dates, and say where a gap has none.
#[test]
fn three_example_responses_carry_a_remediation_plan() {
    let t = raia::report::Templates::builtin().unwrap();
    for (name, row) in [
        (
            "clinical-triage-assistant.toml",
            "| Alternative process and adjustments (beyond what is required) | planned | Dr. Helen Moss, Chief Clinical Information Officer | 2027-03-31 |",
        ),
        (
            "cv-screener-auto-reject.toml",
            "| Documented risk assessment | planned; required by the policy | Marta Lind, Head of Talent Acquisition | 2025-09-30 |",
        ),
        (
            "homework-helper-children.toml",
            "| Bias and adverse-impact testing (beyond what is required) | planned | Priya Natarajan, Head of Learning Science | 2027-01-31 |",
        ),
    ] {
        let (q, a, _) = example(name);
        let info = raia::report::render(&q, &a, raia::report::Format::InfoRequest, &t).unwrap();
        assert!(info.contains("**Remediation plan.**"), "{name}:\n{info}");
        assert!(info.contains(row), "{name}:\n{info}");
    }
    let (q, a, _) = example("cv-screener-auto-reject.toml");
    let info = raia::report::render(&q, &a, raia::report::Format::InfoRequest, &t).unwrap();
    // An owner named for the audit, but no date until its quote is approved; human review has
    // neither.
    assert!(info.contains(
        "| Bias and adverse-impact testing | missing; required by the policy | Marta Lind, Head of Talent Acquisition | none set |"
    ), "{info}");
    assert!(
        info.contains("| Human review of adverse decisions | missing; required by the policy | none named | none set |"),
        "{info}"
    );
}

/// Every example file name, sorted.
fn example_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(examples_dir())
        .expect("examples/ lists")
        .filter_map(|e| {
            let name = e
                .expect("examples/ entry reads")
                .file_name()
                .to_string_lossy()
                .into_owned();
            name.ends_with(".toml").then_some(name)
        })
        .collect();
    names.sort();
    names
}

/// Issue 10, done when: a previous questionnaire version with a renamed question, a renamed
/// option, a removed question and a question new in the current version. Migrating each
/// example from it keeps every unaffected answer and note, and lists the rest.
/// A new-user pass: `raia migrate` said "carried over unchanged" for `realism = "own"`, whose
/// option read "a licensed or stock voice" in 2023-09-28.1 and "of no real person" in .2. An
/// answer whose option is worded differently is listed to reconfirm, with both wordings.
#[test]
fn migrate_asks_to_reconfirm_an_answer_whose_option_is_worded_differently() {
    let (name, text) = raia::questionnaire::builtin_version("2023-09-28.1").unwrap();
    let old = parse_questionnaire(name, text).unwrap();
    let current = questionnaire();
    let before = old
        .question("realism")
        .unwrap()
        .option("own")
        .unwrap()
        .label
        .clone();
    let after = current
        .question("realism")
        .unwrap()
        .option("own")
        .unwrap()
        .label
        .clone();
    assert_ne!(
        before, after,
        "the two releases word the option differently"
    );
    let example =
        std::fs::read_to_string(examples_dir().join("voice-clone-licensed.toml")).unwrap();
    let file = example
        .replace(
            &format!("version = \"{}\"", current.version),
            &format!("version = \"{}\"", old.version),
        )
        .replace(&current.content_hash, &old.content_hash)
        .replace("realism = \"open\"", "realism = \"own\"");
    let out = raia::migrate::migrate(&old, &current, &file).unwrap();
    let prompt = current.question("realism").unwrap().prompt.to_string();
    assert!(!out.unchanged.contains(&prompt), "{:?}", out.unchanged);
    let why = out
        .reconfirm
        .iter()
        .find(|(p, _)| *p == prompt)
        .map(|(_, w)| w.clone())
        .unwrap_or_else(|| panic!("{:?}", out.reconfirm));
    assert_eq!(
        why,
        format!(
            "the option picked is worded differently in this version: \"{before}\" now reads \"{after}\"; check it still says what is meant"
        )
    );
    // An option worded as before stays carried over unchanged.
    let open = raia::migrate::migrate(
        &old,
        &current,
        &file.replace("realism = \"own\"", "realism = \"open\""),
    )
    .unwrap();
    let same = old
        .question("realism")
        .unwrap()
        .option("open")
        .unwrap()
        .label
        == current
            .question("realism")
            .unwrap()
            .option("open")
            .unwrap()
            .label;
    assert_eq!(open.unchanged.contains(&prompt), same);
}

#[test]
fn migrating_every_example_from_a_previous_version_keeps_every_unaffected_answer() {
    let current = DEFAULT_QUESTIONNAIRE;
    let cut = |text: &str, table: &str| -> String {
        // Drops a `[table]` and its keys, up to the next table.
        let start = text.find(table).unwrap();
        let end = text[start + table.len()..]
            .find("\n[")
            .map_or(text.len(), |i| start + table.len() + i + 1);
        format!("{}{}", &text[..start], &text[end..])
    };
    // The previous version: `training-data` (now `data-sources`), option `live` (now
    // `production`), `deployment-region` (since removed), and no `ai-laws` (new since).
    let ai_laws_start = current.find("[[question]]\nid = \"ai-laws\"").unwrap();
    let ai_laws_end =
        ai_laws_start + 1 + current[ai_laws_start + 1..].find("[[question]]").unwrap();
    let mut old_text = format!("{}{}", &current[..ai_laws_start], &current[ai_laws_end..]);
    old_text = cut(&old_text, "[migration]\n")
        .replacen(
            "version = \"2023-09-28.2\"",
            "version = \"2023-09-28.0\"",
            1,
        )
        .replacen("id = \"data-sources\"", "id = \"training-data\"", 1)
        .replacen(
            "id = \"production\"\nlabel = \"In production\"",
            "id = \"live\"\nlabel = \"In production\"",
            1,
        );
    old_text.push_str("\n[[question]]\nid = \"deployment-region\"\nsection = \"system\"\ntype = \"text\"\nprompt = \"Which cloud region does it run in?\"\noptional = true\n");
    let old = parse_questionnaire("v0.toml", &old_text).unwrap();
    let new_text = cut(current, "[migration]\n")
        + "\n[migration]\nfrom = \"2023-09-28.0\"\nrenamed = { training-data = \"data-sources\" }\nremoved = { deployment-region = \"no longer asked: the data-sources answer says where data is held\" }\noptions = { lifecycle = { live = \"production\" } }\n";
    let new = parse_questionnaire("v1.toml", &new_text).unwrap();
    let prompt = |id: &str| new.question(id).unwrap().prompt.to_string();

    for name in example_names() {
        let text = std::fs::read_to_string(examples_dir().join(&name)).unwrap();
        let (q, a, _) = example(&name);
        // The same example as made with the previous version.
        let mut before = String::new();
        for line in text.lines() {
            let line = if line.starts_with("ai-laws = ") {
                continue;
            } else if let Some(rest) = line.strip_prefix("data-sources = ") {
                format!("training-data = {rest}")
            } else if line == "lifecycle = \"production\"" {
                "lifecycle = \"live\"".to_string()
            } else if line.starts_with("version = \"2023-09-28.2\"") {
                "version = \"2023-09-28.0\"".to_string()
            } else if line.starts_with("hash = ") {
                format!("hash = \"{}\"", old.content_hash)
            } else {
                line.to_string()
            };
            before.push_str(&line);
            before.push('\n');
            if line == "[answers]" {
                before.push_str("deployment-region = \"eu-west-1\"\n");
            }
        }
        parse_assessment(&name, &before, &old)
            .unwrap_or_else(|e| panic!("{name} as of the previous version:\n{e}"));

        let out = raia::migrate::migrate(&old, &new, &before).unwrap();
        let after = parse_assessment(&name, &out.text, &new)
            .unwrap_or_else(|e| panic!("{name} migrated:\n{e}\n{}", out.text));
        // Every answer and note but the new question's is as it was.
        let mut expected = a.answers.clone();
        expected.remove("ai-laws");
        assert_eq!(after.answers, expected, "{name}");
        let mut notes = a.notes.clone();
        notes.remove("ai-laws");
        assert_eq!(after.notes, notes, "{name}");
        assert_eq!(after.safeguards, a.safeguards, "{name}");
        // And the listing says what happened to each.
        assert_eq!(
            out.renamed,
            [(prompt("data-sources"), prompt("data-sources"))],
            "{name}"
        );
        assert_eq!(
            out.options,
            [(
                prompt("lifecycle"),
                "live".to_string(),
                "In production".to_string()
            )],
            "{name}"
        );
        assert_eq!(
            out.removed,
            [(
                "Which cloud region does it run in?".to_string(),
                "no longer asked: the data-sources answer says where data is held".to_string()
            )],
            "{name}"
        );
        assert_eq!(out.new, [prompt("ai-laws")], "{name}");
        let untouched: BTreeSet<String> = q
            .questions
            .iter()
            .filter(|x| a.answers.contains_key(x.id.as_str()))
            .filter(|x| !["data-sources", "lifecycle", "ai-laws"].contains(&x.id.as_str()))
            .map(|x| x.prompt.to_string())
            .collect();
        let unchanged: BTreeSet<String> = out.unchanged.iter().cloned().collect();
        assert_eq!(unchanged, untouched, "{name}");
        assert_eq!(unchanged.len(), out.unchanged.len(), "{name}");
    }
}

/// A documented risk assessment recorded "in place" with nothing behind it (no evidence, or
/// a placeholder) is not held: the policy's risk requirement is not met, the status reads "in
/// place, no evidence given", it earns no credit and the gate fails. A hostile review found
/// such a file reported "met".
#[test]
fn in_place_with_nothing_behind_it_is_no_met() {
    let (q, mut a, _) = example("cv-screener-auto-reject.toml");
    // A later hostile review: words that say the work is not done ("None yet", the
    // questionnaire's own word for nothing) are no evidence either.
    for evidence in [
        "",
        "-",
        "n/a",
        "TODO",
        "tbd",
        "   ",
        "None yet",
        "Risk assessment not started; Legal to schedule.",
    ] {
        record(
            &mut a,
            "risk-assessment",
            SafeguardStatus::InPlace,
            evidence,
        );
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(
            !s.holds() && s.is_gap() && s.is_policy_gap(),
            "{evidence:?}"
        );
        // Text that says something is named as given (a review read "no evidence given"
        // beside the evidence it quoted).
        assert_eq!(
            raia::explain::safeguard_state(s),
            if evidence.split_whitespace().count() > 2 {
                "not shown in place: the evidence given does not show it"
            } else {
                "not shown in place: no evidence given"
            },
            "{evidence:?}"
        );
        assert!(
            e.score
                .credits
                .iter()
                .all(|c| c.safeguard != "risk-assessment"),
            "{evidence:?}"
        );
        let risk = e
            .requirements
            .iter()
            .find(|r| r.safeguards.iter().any(|x| x == "risk-assessment"))
            .unwrap();
        assert!(!risk.is_met(), "{evidence:?}: {risk:?}");
        assert!(
            !e.gate(raia::engine::Binding::Bound, false).is_empty(),
            "{evidence:?}: the gate must fail"
        );
    }
    // A word or two that is no placeholder is given, and does not show it (a compliance
    // review read "no evidence given" beside "IT").
    record(&mut a, "risk-assessment", SafeguardStatus::InPlace, "IT");
    let e = evaluate(&q, &a);
    assert_eq!(
        raia::explain::safeguard_state(e.safeguard("risk-assessment").unwrap()),
        "not shown in place: the evidence given does not show it"
    );
    // With evidence a reviewer can check, it holds.
    a.safeguards.get_mut("risk-assessment").unwrap().evidence =
        "Risk assessment RA-7, approved by Legal on 2025-04-02".into();
    let e = evaluate(&q, &a);
    assert!(e.safeguard("risk-assessment").unwrap().holds());
}

/// A children's tutor whose answers say age assurance and escalation are in place, with the
/// file recording them "not applicable" for a reason: the record and the answers disagree, so
/// both are to be confirmed and the gate fails. A hostile review found "Gaps: none" and a
/// passing gate here.
#[test]
fn not_applicable_against_answers_that_say_in_place_is_to_be_confirmed() {
    let (q, mut a, _) = example("homework-helper-children.toml");
    for (id, why) in [
        ("age-assurance", "Children are not our concern."),
        ("child-safety-escalation", "We do not escalate."),
    ] {
        record(&mut a, id, SafeguardStatus::NotApplicable, why);
    }
    let e = evaluate(&q, &a);
    for id in ["age-assurance", "child-safety-escalation"] {
        let s = e.safeguard(id).unwrap();
        assert!(s.required, "{id}");
        assert_eq!(raia::explain::safeguard_state(s), "to be confirmed", "{id}");
        assert!(!s.holds(), "{id}");
    }
    let gate = e.gate(raia::engine::Binding::Bound, false);
    assert!(
        gate.iter()
            .any(|f| matches!(f, raia::engine::GateFailure::Conflicts { count: 2, .. })),
        "{gate:?}"
    );
}

/// "Not applicable" on a safeguard whose own condition for being required holds is a gap,
/// whatever its basis and its reason: age assurance for a tutor children use, consent records
/// for a licensed voice. A hostile review found both accepted with any reason; a new-user pass
/// then read "to be confirmed" and "no safeguard the policy requires is missing" beside them.
#[test]
fn not_applicable_against_the_answers_that_require_it_is_a_gap() {
    let (mut gaps, mut contradicted) = (0, 0);
    for (file, id) in [
        ("homework-helper-children.toml", "age-assurance"),
        ("voice-clone-licensed.toml", "consent-records"),
        // Hostile review: the use itself is why these apply (medical diagnosis, lending).
        ("clinical-triage-assistant.toml", "clinical-validation"),
        ("loan-pre-approval.toml", "fair-lending-testing"),
        ("loan-pre-approval.toml", "adverse-action-reasons"),
        ("loan-pre-approval.toml", "bias-testing"),
    ] {
        let (q, mut a, _) = example(file);
        // The policy's own, and not shown by the answers (they tick it in the example).
        if id == "bias-testing" {
            choose_many(&mut a, "credit-controls", &["reasons", "model-validation"]);
            choose_many(&mut a, "tests-done", &["accuracy", "robustness"]);
        }
        record(
            &mut a,
            id,
            SafeguardStatus::NotApplicable,
            "She is famous, consent is not needed for famous people",
        );
        let e = evaluate(&q, &a);
        let s = e.safeguard(id).unwrap();
        assert!(s.required, "{file}");
        assert!(!s.holds(), "{file}");
        assert!(
            !e.gate(raia::engine::Binding::Bound, false).is_empty(),
            "{file}: the gate must fail"
        );
        // Where an answer says it is there, the record and the answers disagree: to be
        // confirmed, with both said.
        if s.is_contradicted() {
            let said = raia::explain::conflict(&q, s);
            assert_eq!(
                raia::explain::safeguard_state(s),
                "to be confirmed",
                "{file}"
            );
            assert!(
                said.contains("recorded as not applicable, but it cannot be when")
                    && (s.basis == raia::questionnaire::Basis::Practice
                        || said.contains("but the answers say it is in place")),
                "{file}: {said}"
            );
            contradicted += 1;
            continue;
        }
        gaps += 1;
        let state = raia::explain::safeguard_state(s);
        assert!(
            state.starts_with("not in place: recorded as not applicable, but ")
                && state.contains("it cannot be when")
                && !state.contains("record it"),
            "{file}: {state}"
        );
        assert!(ruled_out(s), "{file}");
        assert_eq!(raia::explain::conflict(&q, s), "", "{file}");
        assert!(e.gaps.iter().any(|g| g == id), "{file}");
        // A policy safeguard so recorded leaves its requirement not met, never "to be confirmed".
        if s.basis == raia::questionnaire::Basis::Policy {
            assert!(s.is_policy_gap(), "{file}");
            let r = e
                .requirements
                .iter()
                .find(|r| r.id == s.requirement)
                .unwrap();
            assert_eq!(r.state, raia::engine::RequirementState::NotMet, "{file}");
        }
        assert!(
            !e.gate(raia::engine::Binding::Bound, false).is_empty(),
            "{file}: the gate must fail"
        );
    }
    assert!(gaps == 1 && contradicted == 5, "{gaps} {contradicted}");
}

/// Records an approval of the answers as they stand, on `date`.
fn approve(q: &Questionnaire, a: &mut raia::assessment::Assessment, date: &str) {
    let hash = a.answers_hash(q);
    a.signoff.push(raia::assessment::SignOff {
        name: "J. Compliance".into(),
        role: String::new(),
        date: date.into(),
        decision: Some(raia::assessment::Decision::Approved),
        comment: String::new(),
        assessment_hash: hash,
        questionnaire_version: q.version.to_string(),
        questionnaire_hash: q.content_hash.clone(),
    });
}

/// Every standing "no" is lifted only by its own reviewer: a second reviewer's own request for
/// changes (or rejection), then approval, lifted a first reviewer's rejection of the very same
/// answers (a hostile review passed the gate so, with nothing changed).
#[test]
fn every_standing_rejection_is_lifted_only_by_its_own_reviewer() {
    use raia::assessment::Decision;
    let (q, mut a, _) = example("internal-doc-summariser.toml");
    a.metadata.review_by = String::new();
    a.signoff.clear();
    let sign = |a: &mut raia::assessment::Assessment, name: &str, date: &str, decision| {
        approve(&q, a, date);
        let s = a.signoff.last_mut().unwrap();
        s.name = name.into();
        s.decision = Some(decision);
    };
    sign(&mut a, "Rita Reviewer", "2026-01-10", Decision::Rejected);
    for second in [Decision::ChangesRequested, Decision::Rejected] {
        let mut a = a.clone();
        sign(&mut a, "Bo Other", "2026-01-11", second);
        sign(&mut a, "Bo Other", "2026-01-12", Decision::Approved);
        sign(&mut a, "Bo Other", "2026-01-12", Decision::Approved);
        let e = evaluate(&q, &a);
        assert!(!gate_passes(&e));
        let words = raia::explain::gate_failures(&e.gate(raia::engine::Binding::Bound, false), &q)
            .join("\n");
        assert!(
            words.contains("Rita Reviewer rejected these answers on 2026-01-10"),
            "{words}"
        );
        // Named once, however often they approved that day.
        assert!(
            words.contains("the approval of the same answers by Bo Other on 2026-01-12 does not lift it: only Rita Reviewer can"),
            "{words}"
        );
        // Her own approval lifts it.
        sign(&mut a, "Rita Reviewer", "2026-01-13", Decision::Approved);
        let e = evaluate(&q, &a);
        assert_gate_passes(&e);
    }
}

/// Hostile review: `review_by = "2099-01-01"` written after a sign-off kept a high-tier approval
/// current for 73 years. The set date can bring a review forward, never put it off.
#[test]
fn review_by_cannot_put_off_the_review_a_sign_off_is_due() {
    let (q, mut a, _) = example("clinical-triage-assistant.toml");
    a.metadata.review_by = String::new();
    a.signoff.clear();
    approve(&q, &mut a, "2026-01-10");
    let cycle = evaluate(&q, &a).review.due.clone().expect("a review date");
    a.metadata.review_by = "2099-01-01".into();
    let e = evaluate(&q, &a);
    assert_eq!(e.review.due.as_deref(), Some(cycle.as_str()));
    assert!(e.review.overdue("2028-01-01"));
    // The same date reads as set by hand.
    a.metadata.review_by = cycle.clone();
    assert_eq!(
        evaluate(&q, &a).review.basis,
        raia::engine::ReviewBasis::Set
    );
    // An earlier date set by hand brings it forward.
    a.metadata.review_by = "2026-02-01".into();
    let e = evaluate(&q, &a);
    assert_eq!(e.review.due.as_deref(), Some("2026-02-01"));
    assert_eq!(e.review.basis, raia::engine::ReviewBasis::Set);
}

/// Hostile review: an auto-rejecting screener answered "it decides" and also "a person reviews
/// every adverse outcome before it takes effect", and human oversight read "met". Both cannot
/// hold: if people decide the rejections, the system decides only some outcomes ("mixed").
#[test]
fn deciding_alone_while_every_adverse_outcome_is_reviewed_is_to_be_confirmed() {
    let (q, mut a, _) = example("cv-screener-auto-reject.toml");
    a.answers.insert(
        "ai-role".into(),
        raia::answer::Answer::Choice("decides".into()),
    );
    a.answers.insert(
        "human-review".into(),
        raia::answer::Answer::Choice("adverse-before".into()),
    );
    let e = evaluate(&q, &a);
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "ai-decides-but-adverse-reviewed"),
        "{:?}",
        e.contradictions
    );
    // The answer that would show human review in place no longer does, and the gate fails.
    let s = e.safeguard("human-review").unwrap();
    assert!(!s.holds(), "{}", raia::explain::safeguard_state(s));
    assert!(!e.gate(raia::engine::Binding::Bound, false).is_empty());
    // Answered as the system works (it decides some outcomes, people the adverse ones), the
    // contradiction is gone.
    a.answers.insert(
        "ai-role".into(),
        raia::answer::Answer::Choice("mixed".into()),
    );
    let e = evaluate(&q, &a);
    assert!(
        !e.contradictions
            .iter()
            .any(|c| c.id.starts_with("ai-decides-but")),
        "{:?}",
        e.contradictions
    );
}

/// The review date is counted from the latest approval, current or stale: a ninth hostile review
/// added a space to a note, the approval went stale, and a review years overdue was no longer
/// due, so the gate passed. Changing the answers does not renew an approval; the review date
/// says the approval no longer matches them.
#[test]
fn a_stale_sign_off_still_sets_the_review_date() {
    let (q, mut a, _) = example("clinical-triage-assistant.toml");
    a.metadata.review_by = String::new();
    approve(&q, &mut a, "2026-01-10");
    let e = evaluate(&q, &a);
    let due = e
        .review
        .due
        .clone()
        .expect("a review date from the current sign-off");
    assert!(due.as_str() > "2026-01-10", "{due}");
    // An answer changes: the sign-off is stale, and the review is still due when it was.
    a.notes
        .insert("ai-role".into(), "A nurse confirms every level.".into());
    assert!(!a.signoff[0].is_current(&a.signoff_hashes(&q)));
    let e = evaluate(&q, &a);
    assert_eq!(e.review.due.as_deref(), Some(due.as_str()));
    assert!(
        raia::explain::review_due(&q, &e).ends_with("which no longer matches the answers)"),
        "{}",
        raia::explain::review_due(&q, &e)
    );
    // Past it, the gate fails on the stale approval as on a current one.
    let findings = e.gate_on(raia::engine::Binding::Bound, false, Some("2099-01-01"));
    assert!(
        findings
            .iter()
            .any(|f| matches!(f.failure, raia::engine::GateFailure::ReviewOverdue { .. })),
        "{findings:?}"
    );
}

fn holds(e: &Evaluation, contradiction: &str) -> bool {
    e.contradictions.iter().any(|c| c.id == contradiction)
}

fn gate_passes(e: &Evaluation) -> bool {
    e.gate(raia::engine::Binding::Bound, false).is_empty()
}

/// Asserts that the gate passes, showing what fails when it does not.
#[track_caller]
fn assert_gate_passes(e: &Evaluation) {
    let gate = e.gate(raia::engine::Binding::Bound, false);
    assert!(gate.is_empty(), "{gate:?}");
}

/// Hostile review: a team that answered "yes, a use the policy forbids is intended or allowed"
/// (writing fake reviews) got LOW, "no prohibited use confirmed" and a passing gate, because no
/// screening answer said which use. The statement and the screening disagree: the gate fails
/// and says so, and a screening answer that confirms the use makes the tier prohibited.
#[test]
fn a_stated_intent_to_a_forbidden_use_never_passes() {
    let (q, mut a, e) = example("internal-doc-summariser.toml");
    assert_gate_passes(&e);
    choose(&mut a, "intent", "yes");
    note(
        &mut a,
        "intent",
        "Staff use it to write fake customer reviews.",
    );
    let e = evaluate(&q, &a);
    assert!(
        holds(&e, "intended-but-none-confirmed"),
        "{:?}",
        e.contradictions
    );
    assert!(!gate_passes(&e));
    let said = raia::explain::contradiction(
        e.contradictions
            .iter()
            .find(|c| c.id == "intended-but-none-confirmed")
            .unwrap(),
    );
    assert!(said.contains("forbids is intended or allowed"), "{said}");
    // The answer given, not the eleven screening answers not given (a review of the report
    // found them listed, burying the one that counts).
    assert!(
        said.contains("→ \"Yes: at least one is intended or allowed\"")
            && !said.contains("it is not so that"),
        "{said}"
    );
    assert!(
        !said.contains("intended-but"),
        "reasons are words, not ids: {said}"
    );

    // Not sure for some uses: to be settled before the assessment is relied on.
    choose(&mut a, "intent", "unsure");
    let e = evaluate(&q, &a);
    assert!(
        holds(&e, "unsure-but-none-confirmed"),
        "{:?}",
        e.contradictions
    );
    assert!(!gate_passes(&e));

    // With the use confirmed by its screening answer, the tier is prohibited and the statement
    // agrees with the screening (no contradiction left to reconcile).
    let (q, mut a, _) = example("deepfake-political-ad.toml");
    choose(&mut a, "intent", "yes");
    note(&mut a, "intent", "The ads are meant to be taken as real.");
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, raia::questionnaire::Tier::Prohibited);
    assert!(
        !holds(&e, "intended-but-none-confirmed"),
        "{:?}",
        e.contradictions
    );
}

/// The two intent contradictions list every answer that confirms a prohibition: an option added
/// later that forbids a use must be added to them too, or a stated intent would pass again.
#[test]
fn the_intent_contradictions_name_every_confirming_answer() {
    let (q, _, _) = example("internal-doc-summariser.toml");
    let confirming: BTreeSet<(String, String)> = q
        .questions
        .iter()
        .flat_map(|x| {
            x.options
                .iter()
                .filter(|o| !o.effects.prohibits.is_empty())
                .map(|o| (x.id.to_string(), o.id.to_string()))
        })
        .collect();
    assert!(confirming.len() >= 10, "{confirming:?}");
    for id in [
        "intended-but-none-confirmed",
        "unsure-but-none-confirmed",
        "not-intended-but-confirmed",
    ] {
        let c = q.contradictions.iter().find(|c| c.id == id).unwrap();
        for (question, option) in &confirming {
            // Answering only that option beside the intent answer the contradiction needs
            // turns it on or off: the condition reads that answer.
            let intent = if id.starts_with("not-") {
                "none"
            } else if id.starts_with("unsure") {
                "unsure"
            } else {
                "yes"
            };
            let mut facts = Answers::default();
            facts
                .0
                .insert("intent".into(), Answer::Choice(intent.into()));
            let before = c.when.holds(&facts);
            facts
                .0
                .insert(question.clone(), Answer::Choice(option.clone()));
            let after = c.when.holds(&facts);
            assert_ne!(before, after, "{id} does not read {question} = {option}");
        }
    }
}

/// Answers a condition reads, and nothing else.
#[derive(Default)]
struct Answers(std::collections::HashMap<String, Answer>);

impl raia::questionnaire::Facts for Answers {
    fn answer(&self, question: &str) -> Option<&Answer> {
        self.0.get(question)
    }
    fn has_category(&self, _: &str) -> bool {
        false
    }
    fn any_category(&self) -> bool {
        false
    }
    fn has_concern(&self, _: &str) -> bool {
        false
    }
}

/// Hostile review: a targeting aid answered "a human authorises every use of lethal force" and
/// "it decides alone in some cases", and documented human control read "in place" with a
/// passing gate. Deciding alone in some cases is not human control of every use.
#[test]
fn a_weapon_that_sometimes_decides_alone_is_not_human_controlled() {
    let (q, mut a, e) = example("targeting-aid-human-control.toml");
    assert!(e.safeguard("human-weapon-control").unwrap().holds());
    assert!(!holds(&e, "weapon-decides-but-human-controlled"));
    choose(&mut a, "ai-role", "mixed");
    choose(&mut a, "human-review", "adverse-before");
    let e = evaluate(&q, &a);
    assert!(
        holds(&e, "weapon-decides-but-human-controlled"),
        "{:?}",
        e.contradictions
    );
    assert!(!e.safeguard("human-weapon-control").unwrap().holds());
    assert!(!gate_passes(&e));
}

/// Hostile review: "a person reviews most outcomes, but some take effect without review" beside
/// "a caseworker makes every refusal" (or "a clinician makes every decision"), and "it decides
/// alone in some cases" beside the same, read human oversight "met".
#[test]
fn some_outcomes_without_review_contradict_a_professional_deciding_every_one() {
    for (name, question, option) in [
        (
            "benefits-eligibility-triage.toml",
            "benefits-controls",
            "caseworker",
        ),
        (
            "clinical-triage-assistant.toml",
            "medical-controls",
            "clinician-decides",
        ),
    ] {
        let (q, mut a, e) = example(name);
        assert!(e.safeguard("human-review").unwrap().holds(), "{name}");
        let picked = match a.answers.get(question) {
            Some(Answer::Choices(c)) => c.contains(&option.to_string()),
            _ => false,
        };
        assert!(picked, "{name}: {question} picks {option}");
        choose(&mut a, "human-review", "partial");
        let e = evaluate(&q, &a);
        assert!(
            holds(&e, "review-none-but-professional-decides"),
            "{name}: {:?}",
            e.contradictions
        );
        assert!(!e.safeguard("human-review").unwrap().holds(), "{name}");
        assert!(!gate_passes(&e), "{name}");

        let (q, mut a, _) = example(name);
        choose(&mut a, "ai-role", "mixed");
        let e = evaluate(&q, &a);
        assert!(
            holds(&e, "ai-decides-but-professional-decides"),
            "{name}: {:?}",
            e.contradictions
        );
        assert!(!gate_passes(&e), "{name}");
    }
}

/// Hostile review: `raia sign --decision rejected` left the gate passing, and the review date was
/// counted from the rejection as from an approval. A rejection or request for changes fails the
/// gate, in words that name the reviewer, until a later sign-off approves; only approvals start
/// a review cycle. A fourth review cleared a rejection by editing an answer that does not count
/// (the sign-off went stale): changing the answers no longer undoes a reviewer's decision.
#[test]
fn a_rejection_fails_the_gate_until_a_reviewer_approves() {
    use raia::assessment::Decision;
    let (q, mut a, e) = example("internal-doc-summariser.toml");
    assert_gate_passes(&e);
    a.metadata.review_by = String::new();
    a.signoff.clear();
    for decision in [Decision::Rejected, Decision::ChangesRequested] {
        let mut a = a.clone();
        approve(&q, &mut a, "2026-01-10");
        a.signoff.last_mut().unwrap().decision = Some(decision);
        a.signoff.last_mut().unwrap().name = "Rita Reviewer".into();
        let e = evaluate(&q, &a);
        let gate = e.gate(raia::engine::Binding::Bound, false);
        assert!(
            gate.iter()
                .any(|f| matches!(f, raia::engine::GateFailure::NotApproved { decision: d, .. } if *d == decision)),
            "{gate:?}"
        );
        let words = raia::explain::gate_failures(&gate, &q).join("\n");
        assert!(words.contains("Rita Reviewer"), "{words}");
        assert!(
            words.contains(if decision == Decision::Rejected {
                "rejected these answers on 2026-01-10"
            } else {
                "asked for changes"
            }),
            "{words}"
        );
        // No review cycle starts from a "no".
        assert_eq!(e.review.due, None);

        // An answer changes: the sign-off is stale, but the decision stands until a reviewer
        // signs the changed answers.
        let mut changed = a.clone();
        choose(&mut changed, "intent", "none");
        note(
            &mut changed,
            "limitations",
            "Summaries can miss caveats in long tables.",
        );
        let e = evaluate(&q, &changed);
        let stale = e.not_approved.as_ref().expect("the decision stands");
        assert!(!stale.current);
        let words = raia::explain::gate_failures(&e.gate(raia::engine::Binding::Bound, false), &q)
            .join("\n");
        assert!(
            words.contains("an earlier version of these answers on 2026-01-10"),
            "{words}"
        );
        assert!(!gate_passes(&e));

        // Someone else's later approval of the very answers rejected does not lift it (a
        // hostile review merged a risk officer's rejection and a team lead's approval, and
        // the later date passed the gate) ...
        let mut overruled = a.clone();
        approve(&q, &mut overruled, "2026-02-01");
        let e = evaluate(&q, &overruled);
        assert!(!gate_passes(&e));
        let words = raia::explain::gate_failures(&e.gate(raia::engine::Binding::Bound, false), &q)
            .join("\n");
        assert!(
            words.contains("the approval of the same answers by J. Compliance on 2026-02-01 does not lift it: only Rita Reviewer can"),
            "{words}"
        );
        // ... nor after a change of spacing alone: a line broken, spaces added (a hostile
        // review added one space to a rejected answer, and a colleague's approval of the
        // "changed" answers passed the gate).
        let mut respaced = a.clone();
        let text = respaced.notes["output-check"].clone();
        respaced.notes.insert(
            "output-check".into(),
            format!("{}  \n", text.replacen(' ', "\n", 1).replacen(' ', "  ", 1)),
        );
        let e = evaluate(&q, &respaced);
        assert!(
            e.not_approved.as_ref().is_some_and(|n| n.current),
            "{:?}",
            e.not_approved
        );
        approve(&q, &mut respaced, "2026-02-01");
        let e = evaluate(&q, &respaced);
        assert!(!gate_passes(&e));
        let words = raia::explain::gate_failures(&e.gate(raia::engine::Binding::Bound, false), &q)
            .join("\n");
        assert!(words.contains("only Rita Reviewer can"), "{words}");
        // A note on why nothing was changed, then anyone's approval of the noted answers,
        // lifts it.
        note(
            &mut overruled,
            "limitations",
            "The change asked for was weighed by the committee and not made (minutes CM-7).",
        );
        approve(&q, &mut overruled, "2026-02-02");
        assert!(gate_passes(&evaluate(&q, &overruled)));
        // The reviewer's own approval of the same answers lifts it too (the name read without
        // case or spaces around it), and starts the cycle.
        approve(&q, &mut a, "2026-02-01");
        a.signoff.last_mut().unwrap().name = "rita reviewer ".into();
        let e = evaluate(&q, &a);
        assert_gate_passes(&e);
        assert!(
            e.review.due.as_deref().is_some_and(|d| d > "2026-02-01"),
            "{:?}",
            e.review
        );
    }
}

/// Hostile review (second round): a consumer legal-advice chatbot answered "a qualified
/// professional reads every answer before advice reaches anyone" beside "outputs are not
/// checked" or "it decides", and professional oversight of advice read "met" with a passing
/// gate. Each pair is a contradiction that blocks it, and the gate fails; answered consistently
/// (a person checks every output, it informs professionals), it holds.
#[test]
fn professionals_reading_every_answer_contradict_unchecked_or_deciding_answers() {
    let (q, mut a, _) = case("03-consumer-legal-advice-bot.toml");
    choose_many(
        &mut a,
        "advice-controls",
        &["scope", "professional-reads-all"],
    );
    choose(&mut a, "output-check", "every");
    choose(&mut a, "ai-role", "informs");
    let e = evaluate(&q, &a);
    let oversight = |e: &Evaluation| e.safeguard("advice-oversight").unwrap().holds();
    assert!(oversight(&e), "consistent answers: {:?}", e.contradictions);
    for (question, option, contradiction) in [
        (
            "output-check",
            "none",
            "professional-reads-all-but-unchecked",
        ),
        (
            "output-check",
            "automated",
            "professional-reads-all-but-unchecked",
        ),
        (
            "ai-role",
            "decides",
            "ai-decides-but-professional-reads-all",
        ),
        ("ai-role", "mixed", "ai-decides-but-professional-reads-all"),
    ] {
        let mut b = a.clone();
        choose(&mut b, question, option);
        let e = evaluate(&q, &b);
        assert!(
            holds(&e, contradiction),
            "{question} = {option}: {:?}",
            e.contradictions
        );
        assert!(!oversight(&e), "{question} = {option}");
        assert!(!gate_passes(&e), "{question} = {option}");
    }
    // Professionals reviewing a regular sample of real answers check outputs, as the output
    // check's own "a sample on a schedule" does: beside "not checked", oversight of the advice
    // is to be confirmed (a sixth hostile review saw it met for a tenants' legal-advice bot
    // whose note said "we do not check them").
    let mut b = a.clone();
    choose_many(&mut b, "advice-controls", &["scope", "professional-review"]);
    choose(&mut b, "output-check", "none");
    let e = evaluate(&q, &b);
    assert!(
        holds(&e, "advice-sampled-but-unchecked"),
        "{:?}",
        e.contradictions
    );
    assert!(!oversight(&e));
    assert!(!gate_passes(&e));
    // "Only automated checks" says no person samples them either (a seventh hostile review).
    choose(&mut b, "output-check", "automated");
    assert!(holds(&evaluate(&q, &b), "advice-sampled-but-unchecked"));
    choose(&mut b, "output-check", "sampled");
    assert!(evaluate(&q, &b).contradictions.is_empty());
}

/// Hostile review (second round): benefits triage with "outputs are not checked" beside "a
/// person reviews every case before the outcome takes effect" and "a caseworker makes every
/// refusal" passed with human review in place.
#[test]
fn review_before_the_outcome_contradicts_outputs_not_checked() {
    let (q, mut a, e) = example("benefits-eligibility-triage.toml");
    assert!(e.safeguard("human-review").unwrap().holds());
    choose(&mut a, "output-check", "none");
    let e = evaluate(&q, &a);
    assert!(
        holds(&e, "reviewed-but-unchecked"),
        "{:?}",
        e.contradictions
    );
    assert!(!e.safeguard("human-review").unwrap().holds());
    assert!(!gate_passes(&e));
}

/// Hostile review (second round): an older approval copied after a newer rejection (from git
/// history, with the same hash) overrode the rejection, because the latest sign-off was the last
/// in the file. The latest is the one dated last; on the same day, the last in the file.
#[test]
fn the_latest_sign_off_is_the_one_dated_last() {
    use raia::assessment::Decision;
    let (q, mut a, _) = example("internal-doc-summariser.toml");
    a.signoff.clear();
    approve(&q, &mut a, "2026-11-30");
    a.signoff.last_mut().unwrap().decision = Some(Decision::Rejected);
    approve(&q, &mut a, "2026-11-01");
    assert_eq!(a.latest_signoff().unwrap().date, "2026-11-30");
    let e = evaluate(&q, &a);
    assert!(e.not_approved.is_some(), "the newer rejection stands");
    assert!(!gate_passes(&e));
    // The hash in capitals names the same answers: the rejection still stands.
    let mut upper = a.clone();
    for s in &mut upper.signoff {
        s.assessment_hash = s.assessment_hash.to_uppercase();
    }
    assert!(evaluate(&q, &upper).not_approved.is_some());
    // Approved again the same day, after the rejection: the approval is the latest.
    approve(&q, &mut a, "2026-11-30");
    let e = evaluate(&q, &a);
    assert!(e.not_approved.is_none());
    assert_gate_passes(&e);
}

/// Hostile review (third round): "presented openly as AI-generated" beside "it is not
/// disclosed" (asked only because of the first) passed the gate with a concern only.
#[test]
fn presented_openly_but_not_disclosed_is_a_contradiction() {
    let (q, mut a, e) = example("marketing-image-generator.toml");
    assert!(!holds(&e, "open-but-not-disclosed"));
    choose(&mut a, "realism", "open");
    choose(&mut a, "disclosure", "none");
    let e = evaluate(&q, &a);
    assert!(
        holds(&e, "open-but-not-disclosed"),
        "{:?}",
        e.contradictions
    );
    assert!(!e.safeguard("ai-content-disclosure").unwrap().holds());
    assert!(!gate_passes(&e));
}

/// Hostile review (third round): a licensed voice clone whose answer became "consent is assumed
/// but not recorded" (or "without consent") kept its recorded consent records "in place", with
/// their credit, and the gate passed. The answers say there are no such records: the status is
/// to be confirmed, earns nothing, and the gate fails saying why.
#[test]
fn consent_records_in_place_beside_consent_not_recorded_are_to_be_confirmed() {
    let (q, mut a, e) = example("voice-clone-licensed.toml");
    let before = e.safeguard("consent-records").unwrap();
    assert_eq!(before.status, SafeguardStatus::InPlace);
    assert!(!before.is_contradicted());
    assert!(
        e.score
            .credits
            .iter()
            .any(|c| c.safeguard == "consent-records")
    );
    assert!(gate_passes(&e));
    for answer in ["consent-unrecorded", "no-consent"] {
        choose(&mut a, "likeness", answer);
        let e = evaluate(&q, &a);
        let s = e.safeguard("consent-records").unwrap();
        assert!(s.is_contradicted(), "{answer}: {s:?}");
        assert_eq!(raia::explain::safeguard_state(s), "to be confirmed");
        let why = raia::explain::conflict(&q, s);
        assert!(
            why.starts_with("recorded as in place, but the answers say it is not there: "),
            "{why}"
        );
        assert!(
            why.contains("consent is assumed but not recorded") || why.contains("without consent"),
            "{why}"
        );
        assert!(!gate_passes(&e), "{answer}");
        // No credit for a status the answers contradict.
        assert!(
            !e.score
                .credits
                .iter()
                .any(|c| c.safeguard == "consent-records"),
            "{answer}"
        );
    }
    // Not recorded at all, it is simply a gap, as before.
    a.safeguards.remove("consent-records");
    choose(&mut a, "likeness", "consent-unrecorded");
    let e = evaluate(&q, &a);
    assert!(gaps(&e).contains("consent-records"));
    assert!(!e.safeguard("consent-records").unwrap().is_contradicted());
}

/// Hostile review (third round): "nothing written yet" to hand AWS, beside a documented risk
/// assessment recorded in place, read "met" against the policy's risk evaluation.
#[test]
fn a_written_risk_assessment_in_place_beside_nothing_written_is_to_be_confirmed() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert!(!e.safeguard("risk-assessment").unwrap().is_contradicted());
    choose_many(&mut a, "documentation", &["none"]);
    let e = evaluate(&q, &a);
    let s = e.safeguard("risk-assessment").unwrap();
    assert!(s.is_contradicted(), "{s:?}");
    assert!(
        raia::explain::conflict(&q, s).contains("Nothing written yet"),
        "{}",
        raia::explain::conflict(&q, s)
    );
    assert!(!gate_passes(&e));
}

/// Hostile review (fourth round): writing "n/a" as the reason a recommendation does not apply
/// turned a failing gate into a passing one. Under a requirement the policy binds the use to,
/// it shows no more than leaving the safeguard out, so the gate fails the same way, and the
/// statement says why in words.
#[test]
fn not_applicable_without_a_reason_never_passes_a_gate_that_leaving_it_out_fails() {
    let (q, mut a, _) = example("targeting-aid-human-control.toml");
    // Without its legal review and limits of use, the notice is the only use-case safeguard.
    a.safeguards.remove("weapon-use-limits");
    let e = evaluate(&q, &a);
    assert!(
        !gate_passes(&e),
        "the example's gate fails on its use-case safeguards"
    );
    for reason in ["n/a", "", "TBD"] {
        a.safeguards.get_mut("ai-notice").unwrap().evidence = reason.into();
        let e = evaluate(&q, &a);
        assert!(e.safeguard("ai-notice").unwrap().unjustified, "{reason:?}");
        assert!(!gate_passes(&e), "{reason:?}");
        let statement = raia::explain::compliance_statement(&q, &e, None);
        assert!(
            statement.contains("no reason is given why \"Notice that AI is used\" does not apply"),
            "{statement}"
        );
    }
}

/// Hostile review (fourth round): one answer showed a safeguard in place while another said it
/// was not there, and the safeguard read "in place" with a passing gate. Each pair is now a
/// declared contradiction that blocks the safeguard and fails the gate.
#[test]
fn an_answer_that_shows_a_safeguard_never_wins_over_one_that_says_it_is_not_there() {
    // A lawful basis "not settled yet" beside "the lawful basis is recorded".
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    choose(&mut a, "identification", "unsettled");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "lawful-basis-unsettled-but-recorded"));
    assert!(
        e.safeguard("lawful-basis-notice")
            .unwrap()
            .is_contradicted()
    );
    assert!(!gate_passes(&e));

    // Bias testing named as in place, but not among the tests the system has passed.
    let (q, mut a, _) = example("loan-pre-approval.toml");
    choose_many(&mut a, "tests-done", &["accuracy", "robustness"]);
    let e = evaluate(&q, &a);
    assert!(holds(&e, "bias-test-not-passed-but-named"));
    assert!(e.safeguard("bias-testing").unwrap().is_contradicted());
    assert!(!gate_passes(&e));
    choose_many(&mut a, "tests-done", &["accuracy", "bias", "robustness"]);
    assert!(!holds(&evaluate(&q, &a), "bias-test-not-passed-but-named"));

    // The reasons for each outcome given, beside "told that AI is involved, but not the reasons".
    for name in ["loan-pre-approval.toml", "benefits-eligibility-triage.toml"] {
        let (q, mut a, e) = example(name);
        assert!(gate_passes(&e), "{name}");
        choose(&mut a, "explanation", "notice");
        let e = evaluate(&q, &a);
        assert!(holds(&e, "reasons-given-but-not-told"), "{name}");
        assert!(
            e.safeguard("adverse-action-reasons")
                .unwrap()
                .is_contradicted(),
            "{name}"
        );
        assert!(!gate_passes(&e), "{name}");
    }
}

/// Hostile review (fourth round): "this assessment is kept with the system" and "a named contact
/// answers such requests" read "nothing in the answers shows how Information on request is met"
/// and failed the gate. Together they show the team ready to answer AWS.
#[test]
fn an_assessment_kept_with_a_contact_shows_information_on_request() {
    let (q, mut a, _) = example("loan-pre-approval.toml");
    choose_many(&mut a, "documentation", &["assessment-kept", "contact"]);
    let e = evaluate(&q, &a);
    assert!(e.safeguard("documented-uses").unwrap().holds());
    assert_gate_passes(&e);
    // Either alone is not enough.
    choose_many(&mut a, "documentation", &["contact"]);
    let e = evaluate(&q, &a);
    assert!(!e.safeguard("documented-uses").unwrap().holds());
    assert!(!gate_passes(&e));
}

/// Hostile review (fifth round): a rejection was cleared by approving an edited version and
/// then putting back exactly the answers that were rejected, or by a hand-written approval that
/// names other answers. Only an approval of the answers as they are now, after the rejection,
/// clears it.
#[test]
fn a_rejection_is_cleared_only_by_an_approval_of_these_answers() {
    use raia::assessment::Decision;
    let (q, mut a, _) = example("loan-pre-approval.toml");
    a.signoff.clear();
    approve(&q, &mut a, "2026-01-10");
    a.signoff.last_mut().unwrap().decision = Some(Decision::Rejected);
    let rejected = a.answers.clone();
    // An edited version is approved, then the rejected answers are put back.
    choose(&mut a, "explanation", "notice");
    approve(&q, &mut a, "2026-01-11");
    assert!(evaluate(&q, &a).not_approved.is_none());
    a.answers = rejected.clone();
    let e = evaluate(&q, &a);
    let no = e
        .not_approved
        .as_ref()
        .expect("the rejection is current again");
    assert!(no.current);
    assert!(!gate_passes(&e));
    // An approval that names other answers, written later by hand.
    a.signoff.truncate(1);
    approve(&q, &mut a, "2026-01-12");
    a.signoff.last_mut().unwrap().assessment_hash = "0".repeat(64);
    assert!(!gate_passes(&evaluate(&q, &a)));
    // An approval of these very answers, after the rejection, clears it.
    approve(&q, &mut a, "2026-01-13");
    assert!(gate_passes(&evaluate(&q, &a)));
}

/// Hostile review (fifth round): the same file checked out with Windows line breaks (git's
/// autocrlf) hashed differently, so a sign-off went stale, and `raia diff` listed every
/// multi-line answer as changed with nothing to see. Line breaks of either kind are alike.
#[test]
fn windows_line_breaks_change_no_answer_and_no_sign_off() {
    let q = questionnaire();
    let path = examples_dir().join("loan-pre-approval.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let crlf = text.replace('\n', "\r\n");
    let unix = parse_assessment("l.toml", &text, &q).unwrap();
    let windows = parse_assessment("lc.toml", &crlf, &q).unwrap();
    // The reader takes CR LF as a line feed: the multi-line answers are the same text (a
    // hostile review saw the wizard show and save the carriage returns).
    assert!(text.contains("intended-use = \"\"\"\n"));
    assert_eq!(unix.answers, windows.answers);
    assert_eq!(unix.notes, windows.notes);
    assert_eq!(unix.answers_hash(&q), windows.answers_hash(&q));
    let d = raia::diff::diff(&q, "l.toml", &unix, "lc.toml", &windows, None);
    assert!(d.answers.is_empty(), "{:?}", d.answers);
    assert!(d.notes.is_empty(), "{:?}", d.notes);
}

/// A file checked out with Windows line breaks keeps them when the wizard saves it: toml_edit
/// wrote every changed or new line with a bare line feed, so `git diff` of one changed answer
/// showed most of the file as changed.
#[test]
fn a_save_keeps_windows_line_breaks() {
    let q = questionnaire();
    let text = std::fs::read_to_string(examples_dir().join("loan-pre-approval.toml")).unwrap();
    let crlf = text.replace('\n', "\r\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("loan.toml");
    std::fs::write(&path, &crlf).unwrap();
    let mut session = raia::session::Session::open(q.clone(), &path).unwrap();
    session
        .set_answer("output-check", Some(Answer::Choice("every".into())))
        .unwrap();
    session
        .set_note("scale", "Counted from 2024 applications.\nSee the MI pack.")
        .unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    // Every line break is the file's kind, the note typed in the wizard's too; it reads back
    // as typed, since the reader takes CR LF as a line feed.
    let typed = "scale = \"\"\"\r\nCounted from 2024 applications.\r\nSee the MI pack.\"\"\"\r\n";
    assert!(saved.contains(typed), "{saved:?}");
    assert!(
        !saved.replace("\r\n", "").contains('\n'),
        "a bare line feed:\n{saved:?}"
    );
    // Only the changed answer, the new note and the date of the change differ.
    let before: BTreeSet<&str> = crlf.split("\r\n").collect();
    let changed: Vec<&str> = saved
        .split("\r\n")
        .filter(|l| !before.contains(l))
        .collect();
    assert!(changed.len() <= 6, "{changed:#?}");
    assert!(
        changed.contains(&"output-check = \"every\""),
        "{changed:#?}"
    );
    // The answers read back as set, the multi-line ones as they were.
    let back = parse_assessment("loan.toml", &saved, &q).unwrap();
    let windows = parse_assessment("loan.toml", &crlf, &q).unwrap();
    assert_eq!(
        back.answers["intended-use"],
        windows.answers["intended-use"]
    );
    assert_eq!(back.answers["output-check"], Answer::Choice("every".into()));
    assert_eq!(
        back.notes["scale"],
        "Counted from 2024 applications.\nSee the MI pack."
    );
}

/// A sixth hostile review: a face-swap app recorded likeness without consent, then its
/// capabilities were changed so that the question was hidden; the answer was kept but not
/// counted, and every report said the prohibited use was ruled out while the gate passed.
/// Neither answer can be taken as the truth: the use is to be confirmed and the gate fails.
#[test]
fn a_hidden_answer_that_records_a_prohibited_use_is_to_be_confirmed() {
    let (q, mut a, e) = example("voice-clone-no-consent.toml");
    assert_eq!(e.tier, Tier::Prohibited);
    assert!(e.hidden_prohibits.is_empty());
    choose_many(&mut a, "capabilities", &["prediction"]);
    let e = evaluate(&q, &a);
    assert!(!e.is_visible("likeness"));
    assert_ne!(e.tier, Tier::Prohibited);
    assert_eq!(
        e.hidden_prohibits
            .iter()
            .map(|h| (h.prohibition.as_str(), h.reason.question.as_str()))
            .collect::<Vec<_>>(),
        [("likeness", "likeness")]
    );
    assert!(!gate_passes(&e));
    let failures = raia::explain::gate_failures(&e.gate(raia::engine::Binding::Bound, false), &q);
    assert!(
        failures.contains(
            &"an answer kept for a question the other answers now hide records a prohibited use"
                .to_string()
        ),
        "{failures:?}"
    );
    let t = raia::report::Templates::builtin().unwrap();
    let md = raia::report::render(&q, &a, raia::report::Format::Markdown, &t).unwrap();
    let row = md
        .lines()
        .find(|l| l.starts_with("| **Voice or likeness without consent**"))
        .unwrap();
    assert!(
        row.contains("| **to be confirmed: a hidden answer records it** |"),
        "{row}"
    );
    assert!(!row.contains("ruled out"), "{row}");
    assert!(md.contains("**1 to be confirmed**"), "{md}");
    let info = raia::report::render(&q, &a, raia::report::Format::InfoRequest, &t).unwrap();
    assert!(
        info.contains("**To be confirmed.** An answer kept"),
        "{info}"
    );
    // A tool reading the JSON status alone is never told "clear".
    let json = raia::report::render(&q, &a, raia::report::Format::Json, &t).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let likeness = v["prohibitions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "likeness")
        .unwrap();
    assert_eq!(likeness["status"], "to-be-confirmed", "{likeness}");
    // It cannot be approved, as a confirmed one cannot (a seventh hostile review approved it).
    let refused = raia::signoff::check(
        &q,
        &a,
        &e,
        "J",
        "",
        raia::signoff::Decision::Approved,
        "2026-12-04",
    )
    .unwrap_err()
    .to_string();
    assert!(
        refused.starts_with("cannot approve: an answer kept for a question"),
        "{refused}"
    );
    // Taken back, nothing is left to confirm.
    a.answers.remove("likeness");
    let e = evaluate(&q, &a);
    assert!(e.hidden_prohibits.is_empty());
}

/// A requirement that is to be confirmed because a safeguard under it is contradicted, or is a
/// policy gap recorded in place without evidence, fails the gate as that (a conflict, a policy
/// gap), not a second time as a requirement nothing shows (cargo mutants).
#[test]
fn a_requirement_to_confirm_is_not_counted_twice_at_the_gate() {
    use raia::engine::GateFailure;
    let to_confirm = |e: &Evaluation| {
        e.gate(raia::engine::Binding::Bound, false)
            .iter()
            .any(|f| matches!(f, GateFailure::RequirementsToConfirm { .. }))
    };
    let (q, mut a, _) = example("voice-clone-licensed.toml");
    choose(&mut a, "likeness", "consent-unrecorded");
    let e = evaluate(&q, &a);
    assert!(e.safeguard("consent-records").unwrap().is_contradicted());
    assert!(!gate_passes(&e));
    assert!(
        !to_confirm(&e),
        "{:?}",
        e.gate(raia::engine::Binding::Bound, false)
    );

    let (q, mut a, _) = example("loan-pre-approval.toml");
    a.safeguards.get_mut("risk-assessment").unwrap().evidence = "TBD".into();
    let e = evaluate(&q, &a);
    let s = e.safeguard("risk-assessment").unwrap();
    assert!(s.unjustified && s.is_policy_gap(), "{s:?}");
    let gate = e.gate(raia::engine::Binding::Bound, false);
    assert!(
        gate.iter()
            .any(|f| matches!(f, GateFailure::PolicyGaps { .. })),
        "{gate:?}"
    );
    assert!(!to_confirm(&e), "{gate:?}");
}

/// The example whose misuse concerns (three) have safeguards against them in place passes the
/// gate on that count: the rule fails only misuse left open, not every concern.
#[test]
fn guarded_concerns_do_not_fail_the_gate() {
    let name = "homework-helper-children.toml";
    let (_, _, e) = example(name);
    assert!(e.concerns().count() > 0, "{name} raises a concern");
    check_finding(name, &e, AllGuarded);
    assert!(
        !e.gate(raia::engine::Binding::Bound, false)
            .iter()
            .any(|f| f.rule_id() == "concern-unguarded"),
        "{name}"
    );
}

/// A wizard review: on a prohibited result the screen never said that the use does not comply
/// and must not proceed, as the reports do. The wizard and plain mode take it from here.
#[test]
fn a_prohibited_result_says_on_screen_that_it_must_not_proceed() {
    for name in ["voice-clone-no-consent.toml", "deepfake-political-ad.toml"] {
        let (q, _, e) = example(name);
        let said = raia::explain::result_compliance(&q, &e, "2026-12-15").unwrap_or_default();
        assert!(
            said.contains(
                "does not comply with the AWS Responsible AI Policy and must not proceed"
            ),
            "{name}: {said}"
        );
    }
}

/// A hostile review kept every box of a loan scorer ticked and wrote the truth in the notes
/// ("Not performed.") and the test summary ("Testing has not been performed yet."): oversight
/// and testing read met and the gate passed. The words on the answers that show a safeguard
/// are its evidence, and read as evidence is read; the honest example beside it still passes.
#[test]
fn notes_and_summaries_that_say_the_work_was_not_done_deny_the_ticked_boxes() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    let confirm = |a: &Assessment| -> Vec<String> {
        evaluate(&q, a)
            .conflicts()
            .map(|s| s.id.to_string())
            .collect()
    };
    let mut denied = a.clone();
    denied.notes.insert(
        "human-review".into(),
        "Not performed. Declines go out without officer review until the team is staffed.".into(),
    );
    let e = evaluate(&q, &denied);
    let s = e.safeguard("human-review").unwrap();
    assert!(s.is_contradicted() && !s.holds(), "{s:#?}");
    assert_eq!(
        raia::explain::conflict(&q, s),
        "an answer shows it in place (When does a person review the outcome? → A person reviews \
         every outcome that goes against the person before it takes effect: a denial, a \
         rejection, a higher price or worse terms, a high-risk flag, and in triage or a queue a \
         lower priority or a longer wait), but the note on \"When does a person review the \
         outcome?\" says the work was not done (correct those words, or change the answer)"
    );
    assert!(!gate_passes(&e));

    // The summary of the tests denies every test the answers tick.
    let mut untested = a.clone();
    untested.answers.insert(
        "test-summary".into(),
        Answer::Text("Testing has not been performed yet.".into()),
    );
    let testing = confirm(&untested);
    for id in [
        "bias-testing",
        "accuracy-evaluation",
        "fair-lending-testing",
    ] {
        assert!(testing.iter().any(|t| t == id), "{id}: {testing:?}");
    }
    assert!(!gate_passes(&evaluate(&q, &untested)));

    // The note of the credit controls denies what it ticks.
    let mut planned = a.clone();
    planned.notes.insert(
        "credit-controls".into(),
        "Fair-lending testing not done yet; no adverse-action notices are sent.".into(),
    );
    assert!(!confirm(&planned).is_empty());

    // Honest notes that say what is done, with what is not part of it, stand.
    let mut honest = a.clone();
    honest.notes.insert(
        "tests-done".into(),
        "Accuracy, fair-lending and stress tests run 2024-10-02 against thresholds set beforehand; see MRM-VAL-2024-112.".into(),
    );
    honest.notes.insert(
        "human-review".into(),
        "Every proposed decline waits for a credit officer, who decides it; pre-approvals are not final and go to underwriting.".into(),
    );
    assert_eq!(confirm(&honest), Vec::<String>::new());
    assert!(gate_passes(&evaluate(&q, &honest)));

    // A review of honest notes: a quarter were refused when every clause was read as evidence
    // is. What comes next, a fixed failure, a release gate, a schedule: none denies the work.
    for (question, note) in [
        ("tests-done", "Next review planned for 2027."),
        (
            "tests-done",
            "Bias test failed 2026-03-02 (TAL-88); fixed and passed 2026-03-09.",
        ),
        (
            "tests-done",
            "CI blocks the release when any test fails; last full run 2026-11-30, all green.",
        ),
        (
            "tests-done",
            "Superseded the 2024 test set with 2026 data; passed.",
        ),
        (
            "tests-done",
            "Adult testing completed 2026-03-31; a paediatric extension is work in progress.",
        ),
        (
            "human-review",
            "Scheduled daily: an officer works through the decline queue each morning.",
        ),
        ("human-review", "Nobody is rejected by the tool alone."),
        (
            "tests-done",
            "Not only tested on the 2025 book but also back-tested on 2019-2024 loans.",
        ),
        (
            "tests-done",
            "Independently validated by MRM 2026-05-04; findings closed.",
        ),
        (
            "tests-done",
            "Has the model been run yet on 2026 data? Yes, 2026-06-01.",
        ),
        // A review of honest summaries: a denial of who, where or before when, answered in
        // the same sentence by the work done and its date.
        (
            "tests-done",
            "The model was not tested by the team that built it: Model Risk Management ran the validation and signed it off on 2024-11-01.",
        ),
        (
            "tests-done",
            "Robustness was not formally tested before 2024; it was tested in full on 2024-10-15 (MRM-VAL-2024-112).",
        ),
        (
            "tests-done",
            "Testing was not performed in production but on a held-out 2023 sample (completed 2024-11-01).",
        ),
        (
            "human-review",
            "The decline letters have not been approved for Welsh yet; English letters go out after officer review.",
        ),
        // A second review of honest notes: a relative clause, an aside, money outstanding,
        // the process at work, a reason, and "not yet" beside dated work in other languages.
        (
            "human-review",
            "No decline is sent that has not been signed off by a credit officer.",
        ),
        (
            "output-check",
            "Credit officers review every proposed decline; the Eastgate branch is not open yet.",
        ),
        (
            "tests-done",
            "Applicants whose bureau balance is outstanding were scored in a separate test.",
        ),
        (
            "human-review",
            "Declines still to be decided are held until a credit officer decides them.",
        ),
        (
            "human-review",
            "Large declines are not executed without a second officer.",
        ),
        (
            "tests-done",
            "Outliers have not been reviewed individually because the stress tests cover them.",
        ),
        (
            "tests-done",
            "Alle Tests wurden am 01.11.2024 abgeschlossen; die englische Zusammenfassung liegt noch nicht vor.",
        ),
        ("tests-done", "Nothing outstanding."),
        (
            "tests-done",
            "Earlier releases were not formally tested for robustness, but v5 was (MRM-VAL-2024-112, completed 2024-11-01).",
        ),
    ] {
        let mut honest = a.clone();
        honest.notes.insert(question.into(), note.into());
        assert_eq!(confirm(&honest), Vec::<String>::new(), "{note}");
    }
    // A later hostile review's denials, in other words.
    for (question, note) in [
        ("tests-done", "Not tested."),
        ("tests-done", "The model has never been tested."),
        ("tests-done", "Tests were not run."),
        // A later review's: an adverb between, and "yet" after the work.
        ("tests-done", "The model has not been clinically validated."),
        ("tests-done", "Fairness not formally tested."),
        ("tests-done", "None of these tests has been run yet."),
        (
            "human-review",
            "Credit officers not yet hired; declines go out as they are.",
        ),
        // A hostile review's: an adverb before "been", words past "been", work still to
        // come, a lead that is only "Planned.", and "not yet" in German.
        (
            "tests-done",
            "Validation has not actually been done; the run starts in January.",
        ),
        ("tests-done", "Testing has yet to be run."),
        ("tests-done", "Testing is outstanding."),
        ("tests-done", "Tests designed but not executed."),
        ("tests-done", "Validation has been deferred to 2027."),
        ("tests-done", "Die Tests wurden noch nicht durchgeführt."),
        ("human-review", "The officer review has not been set up."),
        ("human-review", "Planned."),
        ("human-review", "Not open yet."),
        // A second hostile review's: a denial excused by a dated plan, a denial after a
        // semicolon, a scope that is the use itself, and the work "yet to be run" in a long
        // clause.
        (
            "tests-done",
            "Testing has not been performed yet, but the test plan was approved on 2024-10-15.",
        ),
        (
            "tests-done",
            "Accuracy agreement 78%, within one level 97%; bias testing has not been done.",
        ),
        (
            "human-review",
            "The officer review has not been approved for production use yet.",
        ),
        (
            "tests-done",
            "Out-of-time validation on 2025 applications has yet to be run; the panel starts in January.",
        ),
    ] {
        let mut denied = a.clone();
        denied.notes.insert(question.into(), note.into());
        assert!(!confirm(&denied).is_empty(), "{note}");
    }
    let mut denied = a.clone();
    denied.answers.insert(
        "test-summary".into(),
        Answer::Text("Testing hasn't been performed yet.".into()),
    );
    assert!(!gate_passes(&evaluate(&q, &denied)));
}

/// The safeguards left to be confirmed when `question`'s note (or the test summary, which is
/// an answer) says `text`.
fn with_words(q: &Questionnaire, a: &Assessment, question: &str, text: &str) -> Vec<String> {
    let mut b = a.clone();
    if question == "test-summary" {
        b.answers.insert(question.into(), Answer::Text(text.into()));
    } else {
        b.notes.insert(question.into(), text.into());
    }
    evaluate(q, &b)
        .conflicts()
        .map(|s| s.id.to_string())
        .collect()
}

/// A hostile review passed the gate with notes and test summaries that put the work in the
/// future or under way ("is scheduled for Q1 2027", "in progress", "Validation pending", "will
/// be done in Q1 2027") or say it was not done again for the model in use ("have not been
/// redone since the v5 retrain"), or gave only a vendor's tests ("Vendor's evaluation only.").
/// Each now leaves the safeguards it speaks for to be confirmed;
/// the honest notes beside them, which plan a later round after work done, or say why the work
/// was not repeated, still pass.
#[test]
fn notes_and_summaries_that_put_the_work_in_the_future_do_not_show_it_done() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    let confirm = |question: &str, text: &str| with_words(&q, &a, question, text);
    for (question, text) in [
        ("tests-done", "Testing is scheduled for January 2027."),
        (
            "tests-done",
            "Testing is in progress; results are due in March 2027.",
        ),
        ("tests-done", "Testing in progress."),
        ("tests-done", "Bias testing will be done in Q1 2027."),
        ("tests-done", "The independent validation is under way."),
        ("tests-done", "Validation pending."),
        ("tests-done", "Validation: TBC."),
        ("tests-done", "Validation is on the roadmap for 2027."),
        ("tests-done", "Validation to be completed by March 2027."),
        ("tests-done", "We plan to validate the model in Q1 2027."),
        (
            "test-summary",
            "Out-of-time validation, fair-lending testing (BISG proxy, adverse-impact ratios) and \
             stress tests on thin-file applicants are scheduled for Q1 2027, after the bureau data \
             refresh; Model Risk Management will then validate independently.",
        ),
        (
            "test-summary",
            "Validation and fair-lending testing have not been redone since the v5 retrain.",
        ),
        (
            "test-summary",
            "Fair-lending testing has not been re-run since the v5 retrain.",
        ),
        // Only a vendor's work, which the answers claim as the team's own tests.
        (
            "test-summary",
            "The vendor tested the model at three US banks: Gini 0.61, adverse-impact ratio at \
             least 0.86 for every group.",
        ),
        ("test-summary", "Vendor's evaluation only."),
        (
            "test-summary",
            "Tested on the vendor's benchmark only; not yet on our own applications.",
        ),
        (
            "tests-done",
            "Relies on the supplier's published validation.",
        ),
        // A fourth hostile review's: contracted and plain denials, other words for later.
        (
            "tests-done",
            "We haven't validated the model on our own applications yet.",
        ),
        ("tests-done", "No tests were run."),
        ("tests-done", "Model Risk didn't validate v5."),
        ("tests-done", "The model is unvalidated."),
        (
            "tests-done",
            "Out-of-time validation on 2025 applications was skipped for go-live.",
        ),
        (
            "tests-done",
            "Fair-lending testing is being carried out by Model Risk.",
        ),
        ("tests-done", "Validation is slated for Q1 2027."),
        // Only a vendor's work in other words.
        (
            "test-summary",
            "The vendor back-tested the model on 2,000 applications: Gini 0.61.",
        ),
        (
            "test-summary",
            "Gini 0.61 on 2,000 applications, per the vendor.",
        ),
        (
            "test-summary",
            "Vendor back-test on 2,000 applications: Gini 0.61.",
        ),
        (
            "human-review",
            "Reconsideration is in progress with Operations.",
        ),
        (
            "human-review",
            "Credit officers will review every proposed decline once the new workflow goes live.",
        ),
        (
            "human-review",
            "Review by a senior officer is planned for the branch rollout: declined applicants \
             will be able to ask by phone.",
        ),
    ] {
        assert!(!confirm(question, text).is_empty(), "{text}");
    }
    for (question, text) in [
        (
            "tests-done",
            "Out-of-time validation was completed in 2024; re-validation is scheduled for Q1 2027.",
        ),
        (
            "tests-done",
            "Validated by Model Risk in 2024; the next validation is planned for 2027.",
        ),
        (
            "tests-done",
            "Annual re-validation is scheduled for March 2027, after the 2024 validation.",
        ),
        ("tests-done", "Next review planned for 2027."),
        (
            "tests-done",
            "Validation completed in 2024; follow-up planned.",
        ),
        (
            "tests-done",
            "Not re-run since v5.1: v5.2 changed only the letter template.",
        ),
        (
            "tests-done",
            "Validation not repeated since v2.3 because the model has not changed since.",
        ),
        (
            "human-review",
            "Credit officers review every proposed decline; a second review is planned for loans \
             over 50,000.",
        ),
        (
            "human-review",
            "Every proposed decline is checked by a credit officer, and an audit of overrides is \
             planned for 2027.",
        ),
        (
            "human-review",
            "An officer will review any decline the applicant disputes.",
        ),
        // A review of honest teams: cases waiting for the person, work done after a plan,
        // nothing left, and the model the same.
        (
            "human-review",
            "Declined applications are pending until a credit officer decides them.",
        ),
        (
            "human-review",
            "Proposed declines are in progress with an officer until decided.",
        ),
        (
            "tests-done",
            "Validation, originally scheduled for October, took place on 2025-11-20.",
        ),
        (
            "tests-done",
            "Validation, scheduled for October 2025, was carried out as planned.",
        ),
        (
            "tests-done",
            "Outstanding: none. All three tests passed on 2025-11-20 (MRM-VAL-2025-11).",
        ),
        (
            "tests-done",
            "Validation was not repeated for v5.1: the model did not change.",
        ),
        (
            "tests-done",
            "Independent validation by our Model Risk team; the developers did not test their own model.",
        ),
        (
            "test-summary",
            "Nothing in the 2025 test round was waived or deferred; out-of-time validation on 2023 applications: Gini 0.61.",
        ),
        (
            "tests-done",
            "Validation was done by an external team, not by the vendor; report MRM-VAL-2024-112 signed off on 2024-10-01.",
        ),
        (
            "tests-done",
            "Validation hasn't been repeated for v5.1 because the model hasn't changed.",
        ),
        (
            "human-review",
            "No decline is sent while its review is pending.",
        ),
        (
            "tests-done",
            "The vendor tested the model at three banks, and we repeated the validation on our \
             2024 applications.",
        ),
        (
            "tests-done",
            "Not validated by the vendor: our Model Risk team validated it (MRM-VAL-2024-112, signed off on 2024-11-01).",
        ),
        (
            "human-review",
            "Declines whose review is still to be completed are held in the queue.",
        ),
        (
            "human-review",
            "Scheduled: the decline queue is reviewed every morning by the duty officer.",
        ),
    ] {
        assert_eq!(confirm(question, text), Vec::<String>::new(), "{text}");
    }
    // Each reason says what the words say, in words.
    let reason = |question: &str, text: &str| -> String {
        let mut b = a.clone();
        if question == "test-summary" {
            b.answers.insert(question.into(), Answer::Text(text.into()));
        } else {
            b.notes.insert(question.into(), text.into());
        }
        let e = evaluate(&q, &b);
        raia::explain::conflict(&q, e.safeguard("bias-testing").unwrap())
    };
    let later = reason("tests-done", "Bias testing will be done in Q1 2027.");
    assert!(
        later.ends_with(
            "but the note on \"Which tests has the system passed for this use?\" says the work \
             is still to come or under way (correct those words, or change the answer)"
        ),
        "{later}"
    );
    let vendor = reason("test-summary", "Vendor's evaluation only.");
    assert!(
        vendor.contains("gives only a vendor's or a supplier's work, not the team's own"),
        "{vendor}"
    );
}

/// A fifth hostile review wrote the test summary in the languages teams write in besides
/// English: testing put later or under way, or denied without "yet", passed the gate. Honest
/// summaries in the same languages, and later rounds beside dated work, still stand.
#[test]
fn summaries_in_other_languages_that_put_the_tests_later_or_deny_them_show_none_done() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    refused(
        &q,
        &a,
        "test-summary",
        &[
            "Las pruebas de exactitud, sesgo y robustez se realizarán en el primer trimestre de 2027.",
            "Las pruebas están previstas para 2027.",
            "La validación está en curso.",
            "Die Validierung ist für Q1 2027 geplant.",
            "Die Validierung läuft noch.",
            "Die Tests werden im ersten Quartal 2027 durchgeführt.",
            "La validation est prévue pour le premier trimestre 2027.",
            "La validation du modèle v5 est en cours.",
            "Les tests seront réalisés en 2027.",
            "De validatie is gepland voor Q1 2027.",
            "De validatie loopt nog.",
            "La validazione è prevista per il primo trimestre 2027.",
            "A validação está prevista para 2027.",
            "検証は2027年第1四半期に予定されています。",
            "验证计划于2027年第一季度进行。",
            "Las pruebas no se han realizado.",
            "Gli test non sono stati eseguiti.",
            "De tests zijn niet uitgevoerd.",
            "Les tests n'ont pas été réalisés.",
            "検証はまだ実施していません。",
        ],
    );
    stands(
        &q,
        &a,
        "test-summary",
        &[
            "La revalidación está prevista para 2027; la validación se completó el 2024-11-20.",
            "Die Revalidierung ist für 2027 geplant; die Validierung wurde am 2024-11-20 abgeschlossen.",
            "La prochaine validation est prévue pour 2027 ; la validation a été réalisée le 2024-11-20.",
            "Validación completada el 2024-11-20 (MRM-VAL-2024-11); Gini 0,61.",
            "Die Fälle werden täglich von einer Sachbearbeiterin geprüft.",
            "Les dossiers en cours sont revus chaque jour par un agent.",
        ],
    );
}

/// Asserts that each of `texts`, as `question`'s note (or the test summary), leaves a
/// safeguard to be confirmed.
#[track_caller]
fn refused(q: &Questionnaire, a: &Assessment, question: &str, texts: &[&str]) {
    for text in texts {
        assert!(!with_words(q, a, question, text).is_empty(), "{text}");
    }
}

/// Asserts that each of `texts`, as `question`'s note (or the test summary), leaves every
/// safeguard as the answers show it.
#[track_caller]
fn stands(q: &Questionnaire, a: &Assessment, question: &str, texts: &[&str]) {
    for text in texts {
        assert_eq!(
            with_words(q, a, question, text),
            Vec::<String>::new(),
            "{text}"
        );
    }
}

/// Whether the risk assessment recorded in place on `evidence` holds, and the gate passes.
fn risk_assessment_holds(q: &Questionnaire, a: &Assessment, evidence: &str) -> bool {
    let e = with_risk_assessment(q, a, evidence);
    e.safeguard("risk-assessment").is_some_and(|s| s.holds()) && gate_passes(&e)
}

/// The evaluation with the risk assessment recorded in place on `evidence`.
fn with_risk_assessment(q: &Questionnaire, a: &Assessment, evidence: &str) -> Evaluation {
    let mut b = a.clone();
    record(
        &mut b,
        "risk-assessment",
        SafeguardStatus::InPlace,
        evidence,
    );
    evaluate(q, &b)
}

/// A review of honest teams: evidence that dates a process or a document in force ("in force
/// since", "effective from", "introduced on", "launched", "live since") is dated work, so its
/// next review beside it does not refuse it; in force only from a day to come, or left for
/// later in the first clause's last words, it is still no evidence.
#[test]
fn evidence_in_force_since_a_day_is_dated_work_and_in_force_later_is_none() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    let with = |evidence: &str| with_risk_assessment(&q, &a, evidence);
    let holds = |evidence: &str| {
        let e = with(evidence);
        e.safeguard("risk-assessment").is_some_and(|s| s.holds()) && gate_passes(&e)
    };
    for evidence in [
        "Model risk assessment MRM-CL-031, in force since 2025-12-02; the next annual review is scheduled for 2027-01-20.",
        "Model risk assessment MRM-CL-031, effective from 2025-12-02; the next annual review is scheduled for 2027-01-20.",
        "Model risk assessment MRM-CL-031, introduced on 2025-12-02; next review scheduled for 2027-01-20.",
        "Model risk assessment MRM-CL-031, launched 2025-12-02; next review scheduled for 2027-01-20.",
        "Model risk assessment MRM-CL-031, live since January 2026; next review scheduled for 2027-01-15.",
        "Model risk assessment MRM-CL-031, approved 2024-11-18, as planned.",
    ] {
        assert!(holds(evidence), "{evidence}");
    }
    // In force from a day after today: dated after today, as an approval dated then is.
    for evidence in [
        "Model risk assessment MRM-CL-031, effective from 2027-02-01.",
        "Model risk assessment MRM-CL-031, in force since 2027-02-01.",
        // A date no word ties to the work is the document's day: one to come is no evidence
        // yet (a review of the new readings saw each pass).
        "Model risk assessment MRM-CL-031 (2027-01-15), Model Risk Committee.",
        "Model risk assessment MRM-CL-031 from 2027-01-15.",
        "Model risk assessment MRM-CL-031, Model Risk Committee meeting of 2027-01-15.",
        "Model risk assessment from 2027-01-15, approved by the Model Risk Committee.",
        "Model risk assessment MRM-CL-031 v2 - 2027-01-15 - tier 1 model.",
    ] {
        let open = raia::explain::open_safeguards(&with(evidence), Some("2026-12-15"));
        assert!(open.contains("dated after today"), "{evidence}: {open}");
    }
    // The same evidence dated before today holds, and a date of the next cycle dates nothing.
    for evidence in [
        "Model risk assessment MRM-CL-031 (2025-01-15), Model Risk Committee.",
        "Model risk assessment MRM-CL-031 (2025-01-15); next review 2027-01-15.",
        "Model risk assessment MRM-CL-031 approved 2024-11-18. The annual refresh starts in November 2027.",
        "MRM-CL-031 approved 2024-11-18; a follow-up review meeting is on 2027-01-15.",
        "MRM-CL-031 approved 2024-11-18. Revalidation window 2027-01-15 to 2027-02-15.",
        "Risk assessment MRM-CL-031 approved 2024-11-18; the updated policy applies from 2027-01-01.",
        "Risk assessment MRM-CL-031 approved 2024-11-18. Version 3 takes effect 2027-02-01.",
        "Risk assessment MRM-CL-031 approved 2024-11-18; review date 2027-11-18.",
        "Risk assessment MRM-CL-031 approved 2024-11-18. Committee calendar: 2027-01-14, 2027-04-08.",
        "Model risk assessment MRM-CL-031 was finalised and approved by the Model Risk Committee on 2024-11-18 after a kick off meeting in Sept, 3 workshops and independant review.",
    ] {
        let e = with(evidence);
        assert!(holds(evidence), "{evidence}");
        let open = raia::explain::open_safeguards(&e, Some("2026-12-15"));
        assert!(!open.contains("dated after today"), "{evidence}: {open}");
    }
    for evidence in [
        "Model risk assessment MRM-CL-031, to be introduced on 2027-02-01.",
        "Model risk assessment MRM-CL-031 will be effective from 2027-02-01.",
        "Model risk assessment MRM-CL-031 will take effect on 2027-02-01.",
        "Model risk assessment MRM-CL-031, to come into force on 2027-02-01.",
        "Model risk assessment MRM-CL-031, planned.",
        "Model risk assessment MRM-CL-031 (planned).",
        "Model risk assessment MRM-CL-031 - pending.",
    ] {
        assert!(!holds(evidence), "{evidence}");
    }
}

/// A fifth hostile review: evidence that dates a review and then says, in the words teams use,
/// that the approving body's decision is still to come passed the gate. A routine later round
/// beside a dated approval, and an earlier version's consultation, still stand.
#[test]
fn a_committee_decision_still_to_come_beside_a_dated_review_is_no_approval() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    let holds = |evidence: &str| risk_assessment_holds(&q, &a, evidence);
    let reviewed = "Model risk assessment MRM-CL-031 (tier 1 model), reviewed by Model Risk Management on 2024-11-18; ";
    for later in [
        "the committee's review is pending.",
        "approval expected in January.",
        "the Committee is expected to approve it in January.",
        "we expect approval in January.",
        "the board is to review it on 2027-01-20.",
        "board review set for 2027-01-20.",
        "MRC review scheduled 2027-01-20.",
        "tabled for the MRC meeting of 2027-01-20.",
        "to go before the MRC on 2027-01-20.",
        "submitted to the MRC on 2024-11-20.",
        "with the MRC for review.",
        "awaiting MRC.",
        "MRC approval TBC.",
        "MRC decision due January.",
        "approval: no.",
        "approval status: open.",
        "the board hasn't reviewed it yet.",
        "the MRC approved it subject to remediation of three findings.",
        "three findings must be closed before approval.",
        "returned with comments by the MRC.",
    ] {
        assert!(!holds(&format!("{reviewed}{later}")), "{later}");
    }
    for evidence in [
        "Model risk assessment MRM-CL-031, reviewed by Model Risk Management on 2024-11-18; next MRC review due 2025-11.",
        "Model risk assessment MRM-CL-031, approved by the MRC on 2024-11-18; annual board review scheduled for 2025-11.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; the board is to be informed of drift monthly.",
        "Model risk assessment MRM-CL-031, approved by Janet Kowalczyk, Head of Model Risk, on 2024-11-18. An earlier version (v0.4) went to the risk panel for comment; its points were taken in before approval.",
    ] {
        assert!(holds(evidence), "{evidence}");
    }
}

/// Drafts marked in any bracket or right after the id, and a regulator's acceptance still to
/// come (a fifth hostile review), are no evidence; honest teams' minor releases under review, a
/// protocol in force beside cases awaiting sign-off, plural participles and other words for a
/// finished report (a review of honest teams) stand.
#[test]
fn drafts_in_other_marks_are_none_and_honest_releases_and_participles_stand() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    let holds = |evidence: &str| risk_assessment_holds(&q, &a, evidence);
    for evidence in [
        "Risk assessment RA-12 draft under the model risk policy, written 2025-06-01.",
        "Risk assessment RA-12 {draft}, written 2025-06-01.",
        "Risk assessment RA-12 (issue 0.4, unreleased), written 2025-06-01.",
        "Risk assessment RA-12 (v0.9, not final), written 2025-06-01.",
        "Risk assessment RA-12 (pre-release copy), written 2025-06-01.",
        "Risk assessment RA-12 (for discussion), written 2025-06-01.",
        "Risk assessment RA-12 (consultation version), written 2025-06-01.",
        "Risk assessment RA-12, written 2025-06-01; under MRC review.",
        "Risk assessment RA-12, written 2025-06-01; with the MRC for approval.",
        "Risk assessment RA-12, written 2025-06-01; submitted to the regulator for acceptance.",
        "Risk assessment RA-12, written 2025-06-01; regulator acceptance awaited.",
        "RA-12 v2.1 approved on 2026-06-03; v2.1 is under review.",
    ] {
        assert!(!holds(evidence), "{evidence}");
    }
    for evidence in [
        "Final risk assessment RA-12 (replaces the draft of March), approved by the MRC on 2025-06-01.",
        "RA-12 v2, approved on 2026-06-03; v2.1 is under review.",
        "RA-12 v2.1, approved on 2026-06-03; v2.2 is being drafted.",
        "RA-12 v2 approved on 2026-06-03; rev 2.1 is under review.",
        "RA-12 1.4, approved 2026-06-03; 1.5 is under review.",
        "Protocol RA-12, in force since 2026-06-01; applications awaiting sign-off keep the officer's decision.",
        "Évaluation des risques RA-12 et registre des risques, approuvés le 2026-06-03 ; ils remplacent le brouillon v0.9.",
        "Evaluación de riesgos RA-12 y registro de riesgos, aprobados el 2026-06-03; la traducción al catalán está en curso.",
        "Informe RA-12, validado el 2026-09-10. La traducción al catalán aún no está disponible.",
        "Rapport RA-12, achevé le 10/09/2026. La traduction en catalan n'est pas encore disponible.",
    ] {
        assert!(holds(evidence), "{evidence}");
    }
}

/// A fifth hostile review's test summaries that name the model in use as untested, or its
/// tests as still to be run again: each passed the gate. A later round of a version the
/// sentence dates, or of one still to come, is routine and stands.
#[test]
fn a_summary_that_leaves_the_version_in_use_untested_shows_no_tests_done() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    refused(
        &q,
        &a,
        "test-summary",
        &[
            "Out-of-time validation of QQ v4 on 2023 applications: Gini 0.61; to be rerun for v5 in January.",
            "Out-of-time validation on 2023 applications: will be repeated for v5 next month.",
            "Out-of-time validation on 2023 applications will be redone for v5.",
            "Validation for v5 is being redone.",
            "Out-of-time validation on 2023 applications: rerun for v5 pending.",
            "Validation (v5): pending rerun.",
            "Out-of-time validation on 2023 applications: Gini 0.61 (v4; v5 not validated).",
            "Out-of-time validation on 2023 applications; v5 untested.",
            "Out-of-time validation of QQ v4 on 2023 applications: Gini 0.61, carried over to v5.",
        ],
    );
    stands(
        &q,
        &a,
        "test-summary",
        &[
            "Validation of QQ v5 on 2023 applications, run 2025-11-20: Gini 0.61; v6 will be retested when it ships.",
            "Validation of QQ v5 on 2023 applications: Gini 0.61; results carried over to v5.1, which did not change the model.",
            "Validation of QQ v5 on 2023 applications, run 2025-11-20: Gini 0.61; re-run on v5 scheduled yearly.",
            "The model has never gone live untested: every release since v3 is validated before go-live.",
            "Validation signed off 2024-09-30; re-validation of v5.2 is planned for next year.",
        ],
    );
}

/// A fifth hostile review: a test summary or note that says the tests failed, a denial after a
/// dated plan, and work only submitted to the approving body passed the gate. A failure put
/// right, none failed, a rule for a failure, and a submission that led to a dated approval
/// stand.
#[test]
fn failed_or_absent_tests_a_dated_plan_and_a_submission_show_no_work_done() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    refused(
        &q,
        &a,
        "test-summary",
        &[
            "Bias test run 2024-11-01: failed.",
            "Fair-lending tests failed: adverse-impact ratio 0.62 for Black applicants (threshold 0.80).",
            "The model failed validation.",
            "Gini 0.41 against a threshold of 0.55: the model did not pass validation.",
            "Acceptance criteria not met: Gini 0.48 (threshold 0.55).",
            "Test plan approved on 2024-10-15; testing has not been performed yet.",
            "Validation report MRM-VAL-2024-112 submitted to the Model Risk Committee on 2024-11-18.",
            // The work never happened, or the system went live without it.
            "No testing has taken place.",
            "Validation never happened.",
            "We went live without testing.",
        ],
    );
    assert!(!with_words(&q, &a, "appeal", "There is no reconsideration process yet.").is_empty());
    assert_eq!(
        with_words(
            &q,
            &a,
            "appeal",
            "There is no automatic decline: a senior officer re-decides within 10 business days."
        ),
        Vec::<String>::new()
    );
    stands(
        &q,
        &a,
        "test-summary",
        &[
            "Out-of-time validation on 2023 applications: Gini 0.61 (threshold 0.55); no test failed.",
            "None of the 212 test cases failed.",
            "Validation failed on 2024-10-01 and passed on retest on 2024-10-20 (MRM-VAL-2024-112).",
            "If a test fails, the release is blocked; all tests passed on 2024-11-20.",
            "Validation protocol approved 2024-09-01; validation carried out 2024-11-20: Gini 0.61.",
            "No incident took place in the pilot; validation MRM-VAL-2024-112 signed off 2024-11-01.",
            // Attacks that failed are the safeguard holding (a review of the new readings).
            "Out-of-time validation on 2023 applications: Gini 0.61 (threshold 0.55). Red team: 40 attempts to get a decline overturned by prompt injection all failed.",
            // A failure made on purpose (a second review).
            "Out-of-time validation on 2023 applications: Gini 0.61 (threshold 0.55). Disaster-recovery test: a simulated database failure was recovered within the 1-hour RTO.",
            "Out-of-time validation on 2023 applications: Gini 0.61 (threshold 0.55). Resilience testing: bureau outage simulated; the system degraded gracefully to manual review (single point of failure removed).",
        ],
    );
    for failed in [
        "Red team: 40 jailbreak attempts all failed; the accuracy test failed the 0.55 threshold.",
        // Tests at the head of what failed, and a failure beside others that passed.
        "Gini 0.61 (threshold 0.55). Robustness tests on thin-file applicants failed in 30% of cases.",
        "Gini 0.61 (threshold 0.55). Fair lending tests were failed for age group 62+.",
        "Gini 0.61. The fairness test failed the threshold for applicants over 62; the other tests passed.",
        "Gini 0.61 (threshold 0.55). The robustness tests were failed; the team will rerun them next quarter.",
        "Gini 0.61 (threshold 0.55). The bias test failed for female applicants, other checks passed.",
    ] {
        assert!(
            !with_words(&q, &a, "test-summary", failed).is_empty(),
            "{failed}"
        );
    }
    let holds = |evidence: &str| risk_assessment_holds(&q, &a, evidence);
    for evidence in [
        "Model risk assessment MRM-CL-031 submitted to the Model Risk Committee on 2024-11-18.",
        "Model risk assessment MRM-CL-031 presented to the Model Risk Committee on 2024-11-18.",
        "Model risk assessment MRM-CL-031 tabled at the Model Risk Committee on 2024-11-18.",
        "No equality impact assessment has taken place.",
        "There has been no risk assessment.",
        "We went live without a risk assessment.",
        "The risk assessment never happened.",
    ] {
        assert!(!holds(evidence), "{evidence}");
    }
    for evidence in [
        "Model risk assessment MRM-CL-031 submitted to the Model Risk Committee on 2024-11-01 and approved on 2024-11-18.",
        "Model risk assessment MRM-CL-031 approved by the MRC on 2024-11-18; monthly drift reports are presented to the committee.",
        "Model risk assessment MRM-CL-031 approved 2024-11-18; no incidents have taken place since.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee (chair: Helen Brookes) on 2024-11-18; the update for v6 is pending MRC review.",
    ] {
        assert!(holds(evidence), "{evidence}");
    }
    let mut b = a.clone();
    b.answers.insert(
        "test-summary".into(),
        Answer::Text("The model failed validation.".into()),
    );
    let e = evaluate(&q, &b);
    let reason = raia::explain::conflict(&q, e.safeguard("bias-testing").unwrap());
    assert!(
        reason.contains("says the work failed or was not passed"),
        "{reason}"
    );
}

/// A fifth hostile review: a vendor's tests the team only relies on or read, results of an
/// earlier model, work only begun, and evidence that dates only the start of the work passed
/// the gate. The team's own tests beside a vendor's, a newer model's results that replaced an
/// older one's, and a start followed by a dated approval stand.
#[test]
fn relied_on_earlier_and_only_begun_work_shows_no_tests_done() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    refused(
        &q,
        &a,
        "test-summary",
        &[
            "The vendor validated the model at three US banks; we rely on its results.",
            "The vendor tested the model at three US banks; we reviewed their report.",
            "The vendor tested the model at three US banks and we accepted their figures.",
            "Test results provided by the supplier, which we have read.",
            "Figures are those of the previous scorecard (QQ-PD v4, 2022).",
            "Test results copied from the v3 model's 2021 validation.",
            "Validation was done on the previous version (v4) in 2022.",
            "Testing began on 2024-11-01 and is not finished.",
        ],
    );
    stands(
        &q,
        &a,
        "test-summary",
        &[
            "The vendor tested the model at three banks, and we repeated the validation on our 2024 applications.",
            "The vendor tested the model at three banks and we validated it on our own 2024 applications.",
            "Validation of v5 on 2024-11-20 replaced the earlier model's 2022 results.",
        ],
    );
    let holds = |evidence: &str| risk_assessment_holds(&q, &a, evidence);
    for evidence in [
        "Model risk assessment MRM-CL-031 started on 2024-11-18.",
        "Model risk assessment MRM-CL-031 commissioned on 2024-11-18.",
        "Model risk assessment MRM-CL-031 partially completed on 2024-11-18.",
        "Model risk assessment MRM-CL-031 has not begun.",
    ] {
        assert!(!holds(evidence), "{evidence}");
    }
    assert!(holds(
        "Model risk assessment MRM-CL-031, started 2024-10-01, approved by the MRC on 2024-11-18."
    ));
}

/// A fifth hostile review: a note or summary that says the work was rejected, withdrawn,
/// stopped or has lapsed passed the gate, though the evidence reader refuses the same words.
/// The cases a safeguard handles ("outputs rejected by the reviewer are logged", "consent can be
/// withdrawn"), and work redone and dated after a rejection, stand.
#[test]
fn rejected_withdrawn_stopped_or_lapsed_work_shows_nothing_done() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    refused(
        &q,
        &a,
        "test-summary",
        &[
            "Validation report MRM-VAL-2024-112 was rejected by Model Risk on 2024-12-01.",
            "Test report MRM-VAL-2024-112 was not accepted by Model Risk.",
            "Validation report MRM-VAL-2024-112 failed review.",
            "Validation report MRM-VAL-2024-112 was returned by Model Risk with findings on 2024-12-01.",
            "Validation report MRM-VAL-2024-112 was withdrawn by Model Risk.",
            "Independent validation MRM-VAL-2022-040 has lapsed.",
            "Independent validation MRM-VAL-2022-040 (2022) is out of date.",
            "Validation results from 2019 are no longer valid after the v5 retrain.",
        ],
    );
    refused(
        &q,
        &a,
        "appeal",
        &[
            "Reconsideration route was discontinued in 2025.",
            "The reconsideration team was disbanded in 2025.",
        ],
    );
    stands(
        &q,
        &a,
        "test-summary",
        &[
            "Out-of-time validation on 2023 applications: Gini 0.61; outputs rejected by the reviewer are logged.",
            "First fair-lending test rejected by MRM for a sampling error; redone and accepted 2026-03-20.",
            "Validation MRM-VAL-2024-112 signed off 2024-11-01; applications withdrawn by the applicant were excluded.",
        ],
    );
    stands(
        &q,
        &a,
        "appeal",
        &[
            "Consent can be withdrawn at any time; declined applicants can ask for reconsideration by phone.",
            "Declines that were rejected by the officer are closed on the same day.",
        ],
    );
    let mut b = a.clone();
    b.notes.insert(
        "appeal".into(),
        "Reconsideration route was discontinued in 2025.".into(),
    );
    let e = evaluate(&q, &b);
    let reason = e
        .safeguards
        .iter()
        .filter(|s| s.is_contradicted())
        .map(|s| raia::explain::conflict(&q, s))
        .collect::<Vec<_>>()
        .join(" | ");
    assert!(
        reason.contains("says the work was rejected, withdrawn, stopped or has lapsed"),
        "{reason}"
    );
}

/// A hostile review moved the hedge from the recorded evidence to the note on the answer that
/// shows the safeguard, which the reports print as its evidence: a document the note names as a
/// draft, or as still waiting for its approval, shows nothing in place. A note about each case
/// waiting for a person, or a draft that led to a dated approval, still does.
#[test]
fn a_note_that_names_its_document_a_draft_or_still_unapproved_does_not_show_it_in_place() {
    let (q, a, e) = example("clinical-triage-assistant.toml");
    assert!(gate_passes(&e));
    let confirm = |question: &str, text: &str| with_words(&q, &a, question, text);
    for text in [
        "Clinical safety case CI-SC-2024-03 is awaiting the clinical safety officer's sign-off.",
        "Safety case CI-SC-2024-03 awaits sign-off by the CSO.",
        "Safety case CI-SC-2024-03 (draft).",
        "Safety case CI-SC-2024-03 [draft].",
        "Safety case CI-SC-2024-03, still a draft.",
        "Safety case CI-SC-2024-03 v0.3 DRAFT.",
        "Safety case CI-SC-2024-03, written 2024-10-01, not yet signed.",
        "Safety case CI-SC-2024-03, subject to approval by the CSO.",
        "Safety case CI-SC-2024-03, provisionally approved by the CSO.",
        "Safety case CI-SC-2024-03, approval anticipated in January.",
        "Safety case CI-SC-2024-03 goes to the clinical safety group in January.",
        "Safety case CI-SC-2024-03 is on the agenda of the clinical safety group.",
    ] {
        assert!(
            confirm("medical-controls", text).contains(&"clinical-safety-case".to_string()),
            "{text}"
        );
    }
    assert!(
        !confirm(
            "test-summary",
            "Validation report CI-VAL-2024-09 (draft): exact agreement 78%."
        )
        .is_empty()
    );
    for (question, text) in [
        (
            "medical-controls",
            "Safety case CI-SC-2024-03, signed off by the CSO on 2024-10-01.",
        ),
        (
            "medical-controls",
            "Safety case CI-SC-2024-03 signed off by the CSO on 2024-10-01; v2 is a draft awaiting approval.",
        ),
        (
            "medical-controls",
            "Draft v0.9 circulated 2024-09-01; safety case CI-SC-2024-03 v1.0 approved by the CSO on 2024-10-01.",
        ),
        (
            "human-review",
            "Every suggestion awaits the physician's sign-off before it is acted on.",
        ),
        (
            "human-review",
            "Suggestions awaiting sign-off are shown in amber until a physician accepts them.",
        ),
        // A review of honest teams: other work after the first clause, and a draft replaced.
        (
            "tests-done",
            "Adult testing complete (CI-VAL-2025-07); a paediatric extension is work in progress.",
        ),
        (
            "test-summary",
            "Draft v0.3 of the validation report was superseded; final CI-VAL-2024-09 (30/09/2024): exact agreement 78%.",
        ),
    ] {
        assert_eq!(confirm(question, text), Vec::<String>::new(), "{text}");
    }
    let mut b = a.clone();
    b.notes.insert(
        "medical-controls".into(),
        "Safety case CI-SC-2024-03 (draft).".into(),
    );
    let e = evaluate(&q, &b);
    let reason = raia::explain::conflict(&q, e.safeguard("clinical-safety-case").unwrap());
    assert!(
        reason.contains("says the document it names is a draft or still waits for approval"),
        "{reason}"
    );
}

/// Review of the likeness verdict: an answer that shows a safeguard in place, and so keeps a
/// prohibition clear ("only of themselves, checked by a liveness test"), cannot stand beside the
/// same safeguard recorded missing. It used to be a plain gap, only recommended, while the
/// prohibition stayed clear and the gate passed; now the two are to be confirmed.
#[test]
fn an_answer_that_clears_a_concern_does_not_stand_beside_its_safeguard_recorded_missing() {
    let (q, mut a, _) = case("37-faceswap-anyones-face.toml");
    choose(&mut a, "likeness-uploads", "own-verified");
    // The note written for the old answer ("nothing checks whose face it is") would deny it.
    a.notes.remove("likeness-uploads");
    choose(&mut a, "intimate-imagery", "blocked");
    let e = evaluate(&q, &a);
    let s = e.safeguard("upload-controls").unwrap();
    assert!(s.holds(), "{s:#?}");
    record(&mut a, "upload-controls", SafeguardStatus::Missing, "");
    let e = evaluate(&q, &a);
    let s = e.safeguard("upload-controls").unwrap();
    assert!(s.is_contradicted() && !s.holds() && !s.is_gap(), "{s:#?}");
    assert_eq!(
        raia::explain::conflict(&q, s),
        "recorded as missing, but the answers say it is in place: Can end users give the system a \
         photo, video or recording of a person for it to copy or animate? → Only of themselves, \
         checked by a liveness or spoken-consent test before use (if part of it is in place, \
         record it in place with evidence that says what is still to come; otherwise change the \
         answer)"
    );
    assert!(!gate_passes(&e));
}

/// Review: a face-swap that takes anyone's face passed the gate on content guardrails alone.
/// Filters stop sexual imagery; they cannot tell whose face an upload shows, nor record consent.
/// Against a likeness concern raised by open uploads or unrecorded consent only the upload
/// controls and the consent records count; against one raised by the imagery alone, filters do.
#[test]
fn filters_do_not_guard_likeness_when_anyones_face_can_be_uploaded() {
    // The safeguards that count against the likeness concern, which must be left open.
    let against_likeness = |e: &Evaluation| -> Vec<String> {
        let unguarded = e.unguarded_concerns();
        let (_, against) = unguarded
            .iter()
            .find(|(c, _)| c.id == "likeness")
            .expect("likeness left open");
        against.iter().map(|s| s.id.to_string()).collect()
    };
    let (q, mut a, _) = case("37-faceswap-anyones-face.toml");
    choose_many(
        &mut a,
        "generation-controls",
        &["ai-notice", "watermark", "guardrails"],
    );
    choose(&mut a, "intimate-imagery", "blocked");
    let e = evaluate(&q, &a);
    assert!(e.safeguard("content-guardrails").unwrap().holds());
    // Consent is only assumed: nothing but its records answers that (the upload controls count
    // once consent is recorded, against the uploads).
    assert_eq!(against_likeness(&e), ["consent-records"]);
    assert!(!gate_passes(&e));
    let mut recorded = a.clone();
    choose(&mut recorded, "likeness", "consent");
    assert_eq!(
        against_likeness(&evaluate(&q, &recorded)),
        ["upload-controls"]
    );

    // No uploads, consent to the real people shown only assumed: the filters still do not
    // answer it, and nothing but the consent records does.
    choose(&mut a, "likeness-uploads", "no");
    assert_eq!(against_likeness(&evaluate(&q, &a)), ["consent-records"]);

    // Only the user's own face, checked by a liveness or spoken-consent test: the check holds,
    // but it does not answer consent assumed for the real people shown (a later review: a
    // celebrity voice pack passed on it).
    choose(&mut a, "likeness-uploads", "own-verified");
    a.notes.remove("likeness-uploads");
    let e = evaluate(&q, &a);
    assert!(e.safeguard("upload-controls").unwrap().holds());
    assert_eq!(against_likeness(&e), ["consent-records"]);

    // No real person at all, sexual imagery of fictional adults only: the filters are the
    // guard, and with them in place the concern is guarded.
    choose(&mut a, "likeness", "none");
    choose(&mut a, "likeness-uploads", "no");
    choose(&mut a, "intimate-imagery", "fictional-adults");
    let e = evaluate(&q, &a);
    assert!(
        e.concerns().any(|c| c.id == "likeness"),
        "{:#?}",
        e.prohibitions
    );
    assert!(!unguarded(&e, "likeness"));
}

/// Review: "with a documented lawful basis, and people are told" showed the lawful basis and
/// notice in place while the privacy controls in place, ticked one by one, left it out. Only
/// "none" was a contradiction; any list without it is one now.
#[test]
fn a_lawful_basis_left_out_of_the_privacy_controls_is_not_in_place() {
    let (q, mut a, e) = case("35-hiring-screener-privacy-notice-only.toml");
    assert!(e.safeguard("lawful-basis-notice").unwrap().holds());
    choose_many(&mut a, "privacy-controls", &["no-training"]);
    let e = evaluate(&q, &a);
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "lawful-basis-but-no-privacy-controls")
    );
    let s = e.safeguard("lawful-basis-notice").unwrap();
    assert!(!s.holds() && s.is_contradicted(), "{s:#?}");
    assert!(!gate_passes(&e));
}

/// "It makes no new picture content" stands only for a tool that takes no free prompt and no
/// face to animate; and "records only" with images stands only beside it.
#[test]
fn a_tool_that_makes_no_new_content_is_not_a_generator_in_disguise() {
    let (q, mut a, _) = case("45-childrens-mri-reconstruction.toml");
    // The case's own doubt about a diagnosis from its images (case 102) is answered away here,
    // as for a tool whose images no one diagnoses from: this test is about generated content.
    choose(&mut a, "prediction-stakes", "no");
    let e = evaluate(&q, &a);
    assert!(e.contradictions.is_empty(), "{:#?}", e.contradictions);
    assert!(gate_passes(&e));
    for (question, option) in [
        ("end-user-prompts", "free"),
        ("likeness-uploads", "anyone"),
        ("likeness-uploads", "own-verified"),
    ] {
        let mut a = a.clone();
        // Free prompts are asked of tools outside users reach.
        choose_many(&mut a, "users", &["public"]);
        choose(&mut a, "end-user-prompts", "fixed");
        choose(&mut a, question, option);
        let e = evaluate(&q, &a);
        assert!(
            e.contradictions
                .iter()
                .any(|c| c.id == "makes-no-content-but-free-prompts"),
            "{question} = {option}: {:#?}",
            e.contradictions
        );
        assert!(!gate_passes(&e));
    }
    // A generator that filters nudity is not "records only".
    let mut a = a.clone();
    choose(&mut a, "intimate-imagery", "blocked");
    let e = evaluate(&q, &a);
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "child-images-but-records-only")
    );
}

/// A second review that day: the answers that contradict are named, and a prohibition kept clear
/// only by a safeguard they contradict is not reported clear.
#[test]
fn the_second_review_cases_name_their_contradictions() {
    for (name, id) in [
        (
            "51-cv-screener-notice-to-recruiters-only.toml",
            "affected-told-nothing-but-ai-notice",
        ),
        (
            "53-targeting-aid-some-unreviewed.toml",
            "weapon-decides-but-human-controlled",
        ),
    ] {
        let (q, a, e) = case(name);
        assert!(e.contradictions.iter().any(|c| c.id == id), "{name}");
        assert!(!gate_passes(&e), "{name}");
        // Told what they are told, the applicants' notice stands.
        if name.starts_with("51") {
            let mut a = a.clone();
            choose(&mut a, "explanation", "notice");
            let e = evaluate(&q, &a);
            assert!(!e.contradictions.iter().any(|c| c.id == id));
        }
    }
    let (q, a, _) = case("53-targeting-aid-some-unreviewed.toml");
    let r = raia::report::Report::build(&q, &a);
    let row = r
        .prohibitions
        .iter()
        .find(|p| p.id == "lethal-weapons")
        .unwrap();
    assert_eq!(
        row.unbacked_by,
        "Documented human control of weapon functions"
    );
    // The shipped example, every engagement reviewed, reads clear.
    let (q, a, _) = example("targeting-aid-human-control.toml");
    let r = raia::report::Report::build(&q, &a);
    let row = r
        .prohibitions
        .iter()
        .find(|p| p.id == "lethal-weapons")
        .unwrap();
    assert_eq!(row.status_label, "clear");
}

/// A second review of the new screens and checks, each way round them it found.
#[test]
fn the_ways_round_the_new_screens_are_closed() {
    // Consent records left out of the file, or recorded in place with no evidence, beside "we
    // keep the signed records": nothing backs the answer that keeps likeness clear.
    let (q, mut a, _) = case("42-narrator-licence-record-missing.toml");
    a.safeguards.remove("consent-records");
    let e = evaluate(&q, &a);
    let s = e.safeguard("consent-records").unwrap();
    assert!(s.is_contradicted() && !s.holds(), "{s:#?}");
    assert!(
        raia::explain::conflict(&q, s).starts_with(
            "an answer says it is there, but no evidence of it is recorded, and only evidence shows it: "
        ),
        "{}",
        raia::explain::conflict(&q, s)
    );
    assert!(!gate_passes(&e));
    // The wizard's count of open safeguards does not call them all in place.
    assert_eq!(
        raia::explain::open_safeguards(&e, None),
        "Of the 11 safeguards this use calls for, 1 is to be confirmed: the answers contradict \
         what is recorded; the rest are in place or not applicable with a reason."
    );
    record(&mut a, "consent-records", SafeguardStatus::InPlace, "");
    let e = evaluate(&q, &a);
    assert!(e.safeguard("consent-records").unwrap().is_contradicted());
    assert!(!gate_passes(&e));

    // Open-ended text read only by staff: the controls on generated output are asked, so
    // filters that stop demeaning or deceptive text can be recorded.
    let (_, _, e) = case("07-internal-red-team.toml");
    assert!(e.is_visible("generation-controls"));

    // Biometric data in an app that also generates images: the privacy screen is asked (a
    // photo app can recognise faces as well as restyle them).
    let (_, _, e) = case("08a-campaign-images-only.toml");
    assert!(e.is_visible("identification"));

    // Letters to named people checked only by the end user who sends them: no guard against
    // harassment, since the one who checks may be the harasser.
    let (q, mut a, _) = case("43-arrears-letters-each-approved.toml");
    choose(&mut a, "output-reach", "end-user");
    let e = evaluate(&q, &a);
    assert!(unguarded(&e, "harassment"));
    assert!(!gate_passes(&e));

    // ... or where the public use it: the one who approves may be the sender.
    let (q, mut a, _) = case("43-arrears-letters-each-approved.toml");
    choose_many(&mut a, "users", &["public"]);
    let e = evaluate(&q, &a);
    assert!(unguarded(&e, "harassment"));

    // Adults outside the organisation writing to children, answered as "only their records".
    let (q, mut a, _) = case("41-tutor-outreach-to-teenagers.toml");
    choose(&mut a, "child-interaction", "data-only");
    let e = evaluate(&q, &a);
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "adults-write-but-records-only")
    );
    assert!(!gate_passes(&e));

    // Children written to for adults, answered as selling to them: the minors concern is
    // raised, and the child-safety measures are asked.
    let (q, mut a, _) = case("41-tutor-outreach-to-teenagers.toml");
    choose(&mut a, "child-interaction", "engagement");
    a.notes.insert(
        "child-interaction".into(),
        "Tutors pay to reach students; one message a student a term.".into(),
    );
    let e = evaluate(&q, &a);
    assert_eq!(prohibition(&e, "minors").status, ProhibitionStatus::Concern);
    assert!(e.is_visible("child-safety"));
    assert!(!gate_passes(&e));

    // "Only their records, no images of them" beside children using it, or beside generated
    // images: the answers disagree.
    let (q, mut a, _) = example("homework-helper-children.toml");
    choose(&mut a, "child-interaction", "data-only");
    let e = evaluate(&q, &a);
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "children-use-it-but-not-users")
    );
    let (q, mut a, _) = case("08a-campaign-images-only.toml");
    let mut data = match a.answers.get("personal-data") {
        Some(Answer::Choices(c)) => c.clone(),
        other => panic!("{other:?}"),
    };
    data.push("children".into());
    a.answers
        .insert("personal-data".into(), Answer::Choices(data));
    choose(&mut a, "child-interaction", "data-only");
    let e = evaluate(&q, &a);
    assert!(
        e.contradictions
            .iter()
            .any(|c| c.id == "child-images-but-records-only"),
        "{:?}",
        e.contradictions
    );
}

/// The wizard's count of open safeguards never calls them all in place beside evidence that
/// has lapsed as of today (a review: a voice licence whose three-year term had ended).
#[test]
fn the_wizard_count_names_lapsed_evidence() {
    let q = questionnaire();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/voice-clone-licensed.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace(
            "evidence = \"Signed voice licence HLA-VL-2024-011 (contracts system), with the permitted-use schedule and the withdrawal procedure.\"",
            "evidence = \"Voice licence HLA-VL-2021-011 signed on 2021-02-01 for a term of three years.\"",
        );
    assert!(text.contains("for a term of three years"));
    let a = parse_assessment(&path.display().to_string(), &text, &q).unwrap();
    let e = evaluate(&q, &a);
    let during = raia::explain::open_safeguards(&e, Some("2023-06-01"));
    assert!(during.starts_with("All "), "{during}");
    assert_eq!(
        raia::explain::open_safeguards(&e, Some("2026-12-01")),
        format!(
            "Of the {} safeguards this use calls for, 1 is in place on evidence that has expired or is dated after today: renew it; the rest are in place or not applicable with a reason.",
            e.safeguards.iter().filter(|s| s.required).count()
        )
    );
}

/// The targeting aid could never pass: the only use-case safeguard its answers called for, an AI
/// notice, rightly does not apply in armed conflict. A weapon function under human control now
/// calls for a legal review and enforced limits of use, which cannot be waved away as not
/// applicable.
#[test]
fn a_weapon_function_under_human_control_can_show_safeguards_specific_to_it() {
    let (q, mut a, e) = example("targeting-aid-human-control.toml");
    assert!(gate_passes(&e), "{:#?}", e.gaps);
    assert!(requirement_met(&e, "use-case-safeguards"));
    a.safeguards.get_mut("weapon-use-limits").unwrap().status = SafeguardStatus::NotApplicable;
    let e = evaluate(&q, &a);
    assert!(e.safeguard("weapon-use-limits").unwrap().is_contradicted());
    assert!(!gate_passes(&e));
    // Support functions (logistics, training) are not asked for it.
    let (q, mut a, _) = example("targeting-aid-human-control.toml");
    choose(&mut a, "weapon-function", "support");
    let e = evaluate(&q, &a);
    assert!(!e.safeguard("weapon-use-limits").is_some_and(|s| s.required));
}

/// A thirteenth hostile review: a notice that AI is used, required for every consequential use
/// alike, made "safeguards specific to the use case" met for a lender whose declined applicants
/// get no reasons. The requirement is to be confirmed, and says why in words.
#[test]
fn a_notice_that_ai_is_used_is_not_a_safeguard_specific_to_lending() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    choose(&mut a, "explanation", "notice");
    choose_many(&mut a, "vulnerable", &["protected"]);
    choose_many(
        &mut a,
        "credit-controls",
        &["fair-lending", "model-validation"],
    );
    a.safeguards.remove("alternative-process");
    let e = evaluate(&q, &a);
    assert!(status(&e, "ai-notice").0 && e.safeguard("ai-notice").unwrap().holds());
    let r = requirement(&e, "use-case-safeguards");
    assert_eq!(r.state, raia::engine::RequirementState::ToBeConfirmed);
    assert!(!gate_passes(&e));
    let note = raia::explain::requirement_note(&q, &e, r);
    assert!(
        note.contains("\"Notice that AI is used\"")
            && note.contains("in place, but they are needed by every use of this kind or for another reason (personal data, a misuse concern, people's physical safety), not specific to this kind of decision")
            && note.contains("\"Reasons for adverse decisions based on credit or financial data\""),
        "{note}"
    );
    // The reasons given make it met again.
    choose_many(
        &mut a,
        "credit-controls",
        &["reasons", "fair-lending", "model-validation"],
    );
    choose(&mut a, "explanation", "reasons");
    assert!(requirement_met(&evaluate(&q, &a), "use-case-safeguards"));
}

/// A thirteenth hostile review: evidence that names the risk assessment as absent, planned,
/// still to be approved or not redone read "in place", and the gate passed; review Y's cited
/// minutes dated next month and an approval period that had ended.
#[test]
fn a_risk_assessment_absent_planned_or_stale_fails_the_gate() {
    let (q, a0, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    for evidence in [
        "No risk assessment.",
        "No formal risk assessment; the team discussed risks informally.",
        "Risk assessment RA-12 will be approved by the committee on 2027-01-10.",
        "RA-12 is on the roadmap.",
        "Risk assessment RA-12 approved on 2024-11-18; since then the model was replaced by a new LLM and it has not been redone.",
    ] {
        let mut a = a0.clone();
        a.safeguards.get_mut("risk-assessment").unwrap().evidence = evidence.into();
        let e = evaluate(&q, &a);
        assert!(
            !e.safeguard("risk-assessment").unwrap().holds(),
            "{evidence}"
        );
        assert!(!requirement_met(&e, "risk-evaluation"), "{evidence}");
        assert!(!gate_passes(&e), "{evidence}");
    }
    // Review Y: minutes of a meeting not yet held, and an approval whose period has ended, are
    // evidence dated after today or expired: to renew, as of today.
    for (evidence, date) in [
        (
            "Model risk assessment MRM-CL-031; see Model Risk Committee minutes of 2099-01-14, item 4.",
            "2099-01-14",
        ),
        (
            "Model risk assessment MRM-CL-031 (MRC minutes 2099-01-14, item 4).",
            "2099-01-14",
        ),
        (
            "Model risk assessment MRM-CL-031, approval period 2023-06-01 to 2025-05-31.",
            "2025-05-31",
        ),
    ] {
        let mut a = a0.clone();
        a.safeguards.get_mut("risk-assessment").unwrap().evidence = evidence.into();
        let open = raia::explain::open_safeguards(&evaluate(&q, &a), Some("2026-12-04"));
        assert!(
            open.contains("1 is in place on evidence that has expired or is dated after today"),
            "{evidence}: {open}"
        );
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(
            s.evidence_date == date || s.evidence_expires == date,
            "{evidence}: {s:?}"
        );
    }
}

/// A review: "what would change" promised "2 gaps closed" for an answer that made one of them
/// contradicted, and said nothing of the questions and disagreement it brought. The what-if
/// now counts only what would close, and says what else the answer brings.
#[test]
fn a_what_if_never_promises_a_gap_closed_that_its_answer_would_contradict() {
    let (q, _, e) = example("cv-screener-auto-reject.toml");
    let w = |id: &str| {
        e.what_if
            .iter()
            .find(|w| w.safeguard == id)
            .unwrap_or_else(|| panic!("a what-if for {id}"))
    };
    let explanation = w("explanation");
    assert!(
        explanation.gaps_to_confirm.iter().any(|g| g == "ai-notice"),
        "{explanation:#?}"
    );
    assert!(!explanation.gaps_closed.iter().any(|g| g == "ai-notice"));
    assert!(!explanation.contradictions_opened.is_empty());
    let words = raia::explain::what_if(&q, &e, explanation);
    assert!(
        words.contains("1 gap a requirement of the policy waits on closed; but the answers would then disagree (")
            && words.contains("\"Notice that AI is used\" would be to be confirmed, not closed"),
        "{words}"
    );
    // A safeguard one of which must be in place to show a requirement met is no mere
    // recommendation when closed (a compliance review's bail aid).
    let (q, _, bail) = case("99c-bail-aid-explanation-shows-a-requirement.toml");
    let closing = bail
        .what_if
        .iter()
        .find(|w| w.safeguard == "explanation")
        .expect("a what-if for the explanation");
    let words = raia::explain::what_if(&q, &bail, closing);
    assert!(
        words.contains("1 gap a requirement of the policy waits on closed")
            && !words.contains("recommendation"),
        "{words}"
    );
    // A requirement a consequential decision in doubt leaves to confirm waits on the doubt: no
    // safeguard the answers call for shows it met (a compliance review's claims system).
    let (q, _, doubt) = case("99d-claims-denials-in-doubt-privacy-safeguards.toml");
    let guards = doubt.open_guards();
    assert!(
        !guards.contains_key("privacy-impact-assessment")
            && !guards.contains_key("data-minimisation"),
        "{guards:?}"
    );
    let r = doubt
        .requirements
        .iter()
        .find(|r| r.id == "risk-evaluation")
        .unwrap();
    assert_eq!(
        raia::explain::applies_because(&q, r),
        "applies if the use involves a consequential decision, which the answers leave to be confirmed"
    );
    // Nor does a lower tier hold while the doubt stands.
    let lower = doubt
        .what_if
        .iter()
        .find(|w| w.tier_after < doubt.tier)
        .expect("a what-if that lowers the tier");
    let words = raia::explain::what_if(&q, &doubt, lower);
    assert!(
        words.contains(
            "tier high → medium only if the answers in doubt show no consequential decision"
        ),
        "{words}"
    );
    let review = w("human-review");
    assert_eq!(review.questions_opened, 2, "{review:#?}");
    assert!(
        raia::explain::what_if(&q, &e, review).contains("2 more questions would need an answer")
    );
    // A safeguard that changes no answer brings nothing else.
    let ra = w("risk-assessment");
    assert!(
        ra.contradictions_opened.is_empty()
            && ra.gaps_to_confirm.is_empty()
            && ra.questions_opened == 0
    );
}

/// A review: with the decision areas set to "none", `raia diff` said "no longer in place" of
/// safeguards still in place, and did not name the policy gaps that went with the answers, so
/// "policy gaps 3 → 0" read as remediation.
#[test]
fn a_diff_tells_safeguards_no_longer_called_for_from_safeguards_taken_out() {
    let (q, before, _) = example("cv-screener-auto-reject.toml");
    let mut after = before.clone();
    choose_many(&mut after, "decision-areas", &["none"]);
    let d = raia::diff::diff(&q, "before", &before, "after", &after, None);
    assert!(d.safeguards_lost.is_empty(), "{:#?}", d.safeguards_lost);
    assert!(
        d.called_for_no_longer
            .iter()
            .any(|t| t == "Accuracy evaluation on use-case data"),
        "{:#?}",
        d.called_for_no_longer
    );
    assert!(
        d.gaps_no_longer_called_for
            .iter()
            .any(|t| t == "Human review of adverse decisions"),
        "{:#?}",
        d.gaps_no_longer_called_for
    );
    let md = d.markdown();
    assert!(md.contains("- no longer called for by the answers, still in place: Accuracy evaluation on use-case data"), "{md}");
    assert!(!md.contains("no longer in place"), "{md}");
    // The other way round: already in place, now called for.
    let back = raia::diff::diff(&q, "after", &after, "before", &before, None);
    assert!(
        back.safeguards_gained.is_empty(),
        "{:#?}",
        back.safeguards_gained
    );
    assert!(
        back.called_for_now
            .iter()
            .any(|t| t == "Accuracy evaluation on use-case data")
    );
}

/// A thirteenth hostile review: review that almost never changes the outcome read as human
/// oversight when audits of agreement, or time per case, were all that kept it independent.
/// While the reviewer sees only the system's answer, it is nominal.
#[test]
fn review_that_never_disagrees_and_sees_only_the_answer_is_nominal() {
    let (q, a0, e) = example("benefits-eligibility-triage.toml");
    assert!(gate_passes(&e));
    for independence in [&["audits"][..], &["time"], &["time", "training", "audits"]] {
        let mut a = a0.clone();
        choose(&mut a, "override-rate", "rarely");
        choose_many(&mut a, "review-independence", independence);
        let e = evaluate(&q, &a);
        assert!(holds(&e, "nominal-oversight"), "{independence:?}");
        assert!(e.safeguard("human-review").unwrap().is_contradicted());
        assert!(!gate_passes(&e), "{independence:?}");
    }
    // Seeing the inputs and the evidence, a reviewer who rarely disagrees may simply agree.
    let mut a = a0.clone();
    choose(&mut a, "override-rate", "rarely");
    choose_many(&mut a, "review-independence", &["inputs", "audits"]);
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "nominal-oversight"));
    assert!(gate_passes(&e));
}

/// A fourteenth hostile review: an agent filing debt suits, its advice "read by a qualified
/// professional" who signs 400 filings a morning, read "Human oversight: met"; only the decision
/// route asked whether review was real. Professionals who read or sample advice are asked the
/// same, and nominal review blocks their oversight too.
#[test]
fn professionals_who_rarely_change_advice_they_only_skim_are_nominal_oversight() {
    let (q, a0, e) = case("02-legal-research-lawyers.toml");
    assert!(e.safeguard("advice-oversight").unwrap().holds());
    for id in ["override-rate", "review-independence"] {
        assert!(
            e.visible.iter().any(|v| v == id),
            "{id} is asked of advice read by a professional"
        );
    }
    let mut a = a0.clone();
    choose(&mut a, "override-rate", "rarely");
    choose_many(&mut a, "review-independence", &["time"]);
    let e = evaluate(&q, &a);
    assert!(holds(&e, "nominal-oversight"));
    let s = e.safeguard("advice-oversight").unwrap();
    assert!(s.is_contradicted() && !s.holds());
    assert_eq!(
        requirement(&e, "human-oversight").state,
        raia::engine::RequirementState::ToBeConfirmed
    );
    assert!(!gate_passes(&e));
    // Not asked where no professional reads or samples the advice.
    let mut b = a0.clone();
    choose_many(&mut b, "advice-controls", &["scope", "referral"]);
    let e = evaluate(&q, &b);
    assert!(!e.visible.iter().any(|v| v == "override-rate"));
}

/// A fourteenth hostile review: a housing-benefit fraud score that suspends payments ticked no
/// consequential area, and the gate passed with no risk evaluation, oversight or testing asked
/// for. A system that scores people who do not use it, with no area ticked, is asked what a score
/// can do to them; one that alone withdraws access contradicts "none".
#[test]
fn a_score_that_alone_withdraws_access_contradicts_no_consequential_decision() {
    let (q, a, e) = case("57-benefit-fraud-score-suspends-nothing-consequential.toml");
    assert!(e.categories.is_empty());
    assert!(holds(&e, "score-acts-but-nothing-consequential"));
    assert!(!gate_passes(&e));
    let mut b = a.clone();
    choose(&mut b, "score-effect", "nothing-alone");
    let e = evaluate(&q, &b);
    assert!(!holds(&e, "score-acts-but-nothing-consequential"));
    // Marked as what it is, the contradiction is gone and the four requirements apply.
    let mut c = a.clone();
    choose_many(&mut c, "decision-areas", &["critical-benefits"]);
    let e = evaluate(&q, &c);
    assert!(!e.visible.iter().any(|v| v == "score-effect"));
    assert!(!holds(&e, "score-acts-but-nothing-consequential"));
    assert!(e.categories.iter().any(|c| c.id == "critical-benefits"));
}

/// A review of honest answers: a contract-review tool whose redlines a lawyer accepts could not
/// record bias testing as not applicable, because signatories' names are personal data. Advice
/// about a contract is no decision about a person; the asylum drafter's still is.
#[test]
fn bias_testing_may_be_not_applicable_for_advice_about_documents() {
    let (q, mut a, _) = case("02-legal-research-lawyers.toml");
    choose_many(&mut a, "personal-data", &["basic"]);
    choose(&mut a, "subjects", "public");
    record(
        &mut a,
        "bias-testing",
        SafeguardStatus::NotApplicable,
        "Memos are about the law and the documents cited; nothing is decided or advised differently by who a person is.",
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("bias-testing").unwrap();
    assert!(!s.is_contradicted() && !ruled_out(s), "{:?}", s.conflicts);
    let (q, mut a, e) = case("55-asylum-drafter-bias-testing-not-applicable.toml");
    assert!(e.safeguard("bias-testing").unwrap().is_contradicted());
    // A fifteenth review ticked "informs" instead of "recommends": still a decision about them.
    choose(&mut a, "ai-role", "informs");
    let e = evaluate(&q, &a);
    assert!(e.safeguard("bias-testing").unwrap().is_contradicted());
}

/// A fifteenth hostile review: the benefit-fraud score passed once "score people" was unticked
/// and only "prediction" left, since what a score does was then never asked; and recorded
/// evidence dates won over evidence that said it had lapsed or was approved later.
#[test]
fn a_prediction_about_people_is_asked_what_it_does_and_recorded_dates_never_hide_the_text() {
    let (q, mut a, _) = case("57-benefit-fraud-score-suspends-nothing-consequential.toml");
    choose_many(&mut a, "capabilities", &["prediction"]);
    let e = evaluate(&q, &a);
    assert!(e.visible.iter().any(|v| v == "score-effect"));
    assert!(holds(&e, "score-acts-but-nothing-consequential"));
    assert!(!gate_passes(&e));

    let (q, mut a, _) = example("clinical-triage-assistant.toml");
    a.safeguards.get_mut("risk-assessment").unwrap().evidence =
        "Clinical safety case CI-SC-2024-03, approved on 2024-10-15, valid until 2025-06-30."
            .into();
    a.evidence_dates.insert(
        "risk-assessment".into(),
        raia::assessment::EvidenceDates {
            date: "2024-10-15".into(),
            expires: "2027-10-15".into(),
        },
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("risk-assessment").unwrap();
    assert_eq!(s.evidence_expires, "2025-06-30", "the earlier expiry");
    a.safeguards.get_mut("risk-assessment").unwrap().evidence =
        "Clinical safety case CI-SC-2024-03, approved on 2027-02-01.".into();
    let e = evaluate(&q, &a);
    assert_eq!(
        e.safeguard("risk-assessment").unwrap().evidence_date,
        "2027-02-01",
        "the later day it was made"
    );
}

/// Guards against misuse left open fail the gate, so they come right after the policy's own
/// gaps, before what the policy says should be done and before recommendations.
#[test]
fn guards_against_misuse_left_open_come_first_among_open_safeguards() {
    let (_, _, e) = case("46-covert-face-tracking-retention-limits.toml");
    assert!(e.safeguards.iter().all(|s| !s.is_policy_gap()));
    assert_eq!(
        e.gaps.first().map(|g| g.as_str()),
        Some("lawful-basis-notice"),
        "{:?}",
        e.gaps
    );
    assert!(e.gaps.iter().any(|g| g == "output-spot-checks"));
}

/// A review: a trailing space added to the organisation showed as '"X" → "X"' in `raia diff`,
/// beside a sign-off that change had made stale. The diff says what changed.
#[test]
fn a_diff_says_when_only_spacing_changed() {
    let (q, before, _) = example("cv-screener-auto-reject.toml");
    let mut after = before.clone();
    after.metadata.organisation.push(' ');
    let md = raia::diff::diff(&q, "before", &before, "after", &after, None).markdown();
    assert!(md.contains("(only spaces or line breaks changed)"), "{md}");
    let mut after = before.clone();
    after.metadata.organisation.push_str(" Ltd");
    let md = raia::diff::diff(&q, "before", &before, "after", &after, None).markdown();
    assert!(!md.contains("only spaces"), "{md}");
}

/// Spacing changes no verdict: every example and judgement case, with the spaces in its text
/// answers, notes, evidence and system details turned at random into line breaks, tabs, runs
/// of spaces or spaces beside a character that shows nothing, is judged as written. A sign-off reads the text as words, so the gate must too (a
/// hostile review wrapped a future date onto its own line and the gate passed).
mod spacing {
    use super::*;
    use proptest::prelude::*;

    fn files() -> Vec<PathBuf> {
        let mut out = Vec::new();
        for dir in [examples_dir(), judgement_dir()] {
            let entries =
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            for entry in entries {
                let path = entry
                    .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                    .path();
                if path.extension().is_some_and(|x| x == "toml") {
                    out.push(path);
                }
            }
        }
        out.sort();
        out
    }

    /// `text` with each space made one of the spacings `seed` draws.
    fn respaced(text: &str, seed: &mut u64) -> String {
        // Spacing, and characters that show nothing beside it.
        const SPACINGS: [&str; 7] = [" ", "\n", "  ", " \n\t ", "\r\n", "\u{a0}", " \u{200b}"];
        let mut out = String::with_capacity(text.len() * 2);
        for c in text.chars() {
            if c == ' ' {
                *seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                out.push_str(SPACINGS[(*seed >> 33) as usize % SPACINGS.len()]);
            } else {
                out.push(c);
            }
        }
        out
    }

    /// What a verdict is made of, without the text itself.
    fn verdict(q: &Questionnaire, a: &Assessment) -> String {
        let e = evaluate(q, a);
        let safeguards: Vec<String> = e
            .safeguards
            .iter()
            .map(|s| {
                format!(
                    "{} {:?} {:?} {} {} {} {} {} {}",
                    s.id,
                    s.status,
                    s.source,
                    s.credit,
                    s.required,
                    s.unjustified,
                    s.evidence_date,
                    s.evidence_expires,
                    s.conflicts.len()
                )
            })
            .collect();
        let prohibitions: Vec<String> = e
            .prohibitions
            .iter()
            .map(|p| format!("{} {:?}", p.id, p.status))
            .collect();
        format!(
            "{:?} {} {:?} {:?} {:?}\n{}\n{}",
            e.tier,
            e.complete,
            e.unanswered,
            e.notes_missing,
            e.gate_on(raia::engine::Binding::Bound, false, Some("2026-12-01")),
            safeguards.join("\n"),
            prohibitions.join("\n"),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn spacing_changes_no_verdict(pick in any::<prop::sample::Index>(), seed in any::<u64>()) {
            let q = questionnaire();
            let files = files();
            let path = pick.get(&files);
            let text = std::fs::read_to_string(path).unwrap();
            let a = parse_assessment(&path.display().to_string(), &text, &q).unwrap();
            let mut b = a.clone();
            let mut seed = seed;
            for answer in b.answers.values_mut() {
                if let Answer::Text(t) = answer {
                    *t = respaced(t, &mut seed);
                }
            }
            for note in b.notes.values_mut() {
                *note = format!("\n{}  ", respaced(note, &mut seed));
            }
            for s in b.safeguards.values_mut() {
                s.evidence = respaced(&s.evidence, &mut seed);
            }
            b.metadata.system = respaced(&b.metadata.system, &mut seed);
            prop_assert_eq!(a.answers_hash(&q), b.answers_hash(&q));
            prop_assert_eq!(verdict(&q, &a), verdict(&q, &b), "{}", path.display());
        }
    }
}

/// A tracking app whose users pick whom to track: only the tracked person's own consent, seen on
/// their device, guards it. A privacy notice and an abuse button closed both concerns before (a
/// fifteenth review's partner tracker); answered as consented, the concerns are guarded.
#[test]
fn only_the_tracked_persons_own_consent_guards_tracking_by_users() {
    let (q, mut a, e) = case("58-partner-tracker-anyone.toml");
    assert!(!gate_passes(&e));
    let open = e.open_misuse_guards();
    assert_eq!(
        open.into_iter().collect::<Vec<_>>(),
        vec!["tracked-consent"]
    );
    // The notice and the abuse button are there, and still asked for.
    assert!(required_and_in_place(&e, "lawful-basis-notice"));
    choose(&mut a, "tracking-whom", "consented");
    a.notes.remove("tracking-whom");
    let e = evaluate(&q, &a);
    assert!(e.open_misuse_guards().is_empty());
    // The tick says consent is checked without showing how: to be confirmed until the record,
    // with evidence, shows it (a review passed the tracker on the tick alone).
    assert!(!gate_passes(&e));
    assert!(
        e.safeguards
            .iter()
            .any(|s| s.id == "tracked-consent" && !s.conflicts.is_empty()),
        "{:?}",
        e.gate(raia::engine::Binding::Bound, false)
    );
    record(
        &mut a,
        "tracked-consent",
        SafeguardStatus::InPlace,
        "Design spec TS-4: tracking starts only after the tracked person accepts on their own phone; a persistent notification shows while it is on; no hidden mode (release 3.2, 2026-10-01).",
    );
    let e = evaluate(&q, &a);
    assert_gate_passes(&e);
}

/// An emotion classifier need not "recognise" anyone: its own capability asks whether it reads
/// the emotions of staff or students (a review's call-centre appraisals ticked only scoring).
#[test]
fn reading_emotions_is_asked_whatever_else_is_ticked() {
    let (q, mut a, _) = case("60-call-centre-emotion-appraisals.toml");
    choose_many(&mut a, "capabilities", &["people-scoring", "prediction"]);
    choose_many(&mut a, "personal-data", &["basic"]);
    let e = evaluate(&q, &a);
    assert!(!e.visible.iter().any(|v| v == "emotion-inference"));
    choose_many(
        &mut a,
        "capabilities",
        &["people-scoring", "prediction", "emotion"],
    );
    let e = evaluate(&q, &a);
    assert!(e.visible.iter().any(|v| v == "emotion-inference"));
    assert_eq!(
        prohibition(&e, "privacy").status,
        ProhibitionStatus::Confirmed
    );
}

fn required_and_in_place(e: &Evaluation, safeguard: &str) -> bool {
    e.safeguards
        .iter()
        .any(|s| s.id == safeguard && s.required && s.status == SafeguardStatus::InPlace)
}

/// Reading emotions is confirmed only where the law forbids it (staff or students in the EU, for
/// no medical or safety reason); elsewhere it is a privacy concern with its reason noted, and for
/// a medical or safety reason it is allowed (a fifteenth review's call-centre appraisals read "no
/// prohibited use").
#[test]
fn emotion_recognition_at_work_in_the_eu_is_confirmed_and_elsewhere_a_concern() {
    let (q, mut a, e) = case("60-call-centre-emotion-appraisals.toml");
    assert_eq!(
        prohibition(&e, "privacy").status,
        ProhibitionStatus::Confirmed
    );
    choose(&mut a, "emotion-inference", "other");
    let e = evaluate(&q, &a);
    assert_eq!(
        prohibition(&e, "privacy").status,
        ProhibitionStatus::Concern
    );
    choose(&mut a, "emotion-inference", "medical-safety");
    let e = evaluate(&q, &a);
    assert_ne!(
        prohibition(&e, "privacy").status,
        ProhibitionStatus::Confirmed
    );
}

/// Reviewers who almost never change the outcome are nominal unless they both see the inputs
/// and have their agreement audited: seeing the inputs alone left "Human oversight: met" where
/// team leaders almost never changed an opaque model's emotion scores (a fifteenth review).
#[test]
fn review_that_almost_never_disagrees_needs_inputs_and_audits() {
    let (q, mut a, e) = case("60-call-centre-emotion-appraisals.toml");
    assert!(holds(&e, "nominal-oversight"));
    choose_many(&mut a, "review-independence", &["inputs", "audits"]);
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "nominal-oversight"));
    choose_many(
        &mut a,
        "review-independence",
        &["audits", "time", "training"],
    );
    let e = evaluate(&q, &a);
    assert!(holds(&e, "nominal-oversight"));
}

/// A reason that holds because one of two answers is missing says the answer given, not "it is
/// not so that (A; and B)" beside an answer that ticked A (a sixteenth review).
#[test]
fn a_reason_held_by_a_missing_answer_names_the_answer_given() {
    let (_, _, e) = case("61-ambient-scribe-drafts-diagnosis.toml");
    let c = e
        .contradictions
        .iter()
        .find(|c| c.id == "nominal-oversight")
        .unwrap_or_else(|| panic!("{:?}", e.contradictions));
    let said = raia::explain::contradiction(c);
    assert!(!said.contains("it is not so that"), "{said}");
    assert!(
        said.ends_with(
            "What keeps the reviewers' judgement their own? → \"They see the inputs and the evidence, not only the system's answer\")"
        ),
        "{said}"
    );
}

/// A sixteenth review: a companion app that teenagers use, with explicit role-play unlocked and
/// no child-safety measure, passed because filters "set for this audience" were ticked; filters
/// set for adults were read as guarding children. Ticking the children's filters settles it.
#[test]
fn filters_for_adults_do_not_guard_children_who_use_the_system() {
    let (q, mut a, e) = case("38-kids-chat-no-child-safety.toml");
    assert!(!gate_passes(&e));
    choose_many(
        &mut a,
        "generation-controls",
        &["guardrails", "grounding", "ai-notice"],
    );
    let e = evaluate(&q, &a);
    assert!(holds(&e, "filters-for-audience-but-none-for-children"));
    assert!(e.safeguard("content-guardrails").unwrap().is_contradicted());
    assert_eq!(prohibition(&e, "minors").status, ProhibitionStatus::Concern);
    assert!(!gate_passes(&e));
    choose_many(&mut a, "child-safety", &["child-filters"]);
    // Children's filters block sex: "nothing specific stops it" cannot stand beside them.
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "filters-for-audience-but-none-for-children"));
    assert!(holds(&e, "child-filters-but-sexual-content-unblocked"));
    choose(&mut a, "sexual-content", "blocked");
    let e = evaluate(&q, &a);
    assert!(!e.safeguard("content-guardrails").unwrap().is_contradicted());
}

/// A sixteenth review: a dropout score puts pupils forward for a move to the vocational track,
/// and a customs score picks travellers to search; a person looks at each case first, and both
/// read "no consequential decision". Informing the person who decides still counts.
#[test]
fn a_score_a_person_decides_with_contradicts_no_consequential_decision() {
    let q = questionnaire();
    let a = load(
        &q,
        "../tests/fixtures/dropout-score-puts-pupils-forward.toml",
    );
    let e = evaluate(&q, &a);
    assert!(e.categories.is_empty());
    assert!(holds(&e, "score-acts-but-nothing-consequential"));
    assert!(!gate_passes(&e));
    let mut b = a.clone();
    choose_many(&mut b, "decision-areas", &["education"]);
    let e = evaluate(&q, &b);
    assert!(!holds(&e, "score-acts-but-nothing-consequential"));
    assert!(e.categories.iter().any(|c| c.id == "education"));
    assert_eq!(e.tier, Tier::High);
}

/// A sixteenth review: sexual text was never asked about, so an adult companion chat read minors
/// "clear". Filters that let sexual content through, or escalation after the fact, do not stand
/// against the concern it raises; an age check that does not rest on what users say does, and a
/// declared age claimed as age assurance contradicts itself.
#[test]
fn sexual_content_for_adults_is_guarded_only_by_keeping_children_out() {
    let (q, mut a, e) = case("64-adult-companion-age-only-declared.toml");
    let against: Vec<&str> = e
        .unguarded_concerns()
        .iter()
        .flat_map(|(p, s)| {
            assert_eq!(p.id, "minors");
            s.iter().map(|s| s.id.as_str()).collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(against, ["age-assurance"]);
    assert!(!gate_passes(&e));
    // Escalation ticked changes nothing: it acts after a child has been reached.
    choose_many(&mut a, "child-safety", &["escalation"]);
    assert!(!gate_passes(&evaluate(&q, &a)));
    // Age assurance ticked beside a declared age: the answers disagree.
    choose_many(&mut a, "child-safety", &["age-assurance", "escalation"]);
    let e = evaluate(&q, &a);
    assert!(holds(&e, "age-declared-but-age-assured"));
    assert!(!gate_passes(&e));
    // A real age check keeps children out, once its record shows it (a review's "age check"
    // was a payment card that cards issued to children pass).
    choose(&mut a, "sexual-content", "adults-verified");
    note(
        &mut a,
        "sexual-content",
        "An identity-document check by a vendor before explicit role-play unlocks; failures stay on the general tier.",
    );
    choose_many(&mut a, "child-safety", &["none"]);
    let e = evaluate(&q, &a);
    assert!(e.safeguard("age-assurance").unwrap().is_contradicted());
    assert!(!gate_passes(&e));
    record(
        &mut a,
        "age-assurance",
        SafeguardStatus::InPlace,
        "Identity-document check by Yoti before explicit role-play unlocks; audit report AR-2026-11, failures stay on the general tier.",
    );
    assert_gate_passes(&evaluate(&q, &a));
    // "Nothing specific stops it" is no franker way past: filters and escalation do not guard.
    choose(&mut a, "sexual-content", "unblocked");
    choose_many(&mut a, "child-safety", &["escalation"]);
    a.safeguards.remove("age-assurance");
    let e = evaluate(&q, &a);
    assert!(!gate_passes(&e));
    assert!(unguarded(&e, "minors"));
}

/// A sixteenth review: a machine that acts as it runs could not pass on honest answers, since
/// review of each outcome was the only oversight raia knew. An operator who authorises each run
/// and can stop it is that oversight; without one, or where the system also decides about
/// people, it is not enough.
#[test]
fn a_machine_acting_as_it_runs_is_overseen_by_an_operator_who_can_stop_it() {
    let (q, a, e) = case("65-crop-spraying-drone-operator-can-abort.toml");
    assert_gate_passes(&e);
    let mut b = a.clone();
    choose(&mut b, "control-oversight", "unsupervised");
    note(&mut b, "control-oversight", "The drone flies beyond sight.");
    let e = evaluate(&q, &b);
    assert!(gaps(&e).contains("supervisory-control"), "{:?}", gaps(&e));
    assert!(!gate_passes(&e));
    // Scoring people too: a person still reviews what it decides about them.
    let mut c = a.clone();
    choose_many(
        &mut c,
        "capabilities",
        &["prediction", "control", "people-scoring"],
    );
    let e = evaluate(&q, &c);
    assert!(e.safeguard("human-review").is_some_and(|s| s.required));
    assert!(!gate_passes(&e));
    // With no limits or stop beyond the model, nothing answers the use-case safeguards.
    let mut d = a.clone();
    choose_many(&mut d, "control-safety", &["none"]);
    let e = evaluate(&q, &d);
    assert!(gaps(&e).contains("fail-safe"), "{:?}", gaps(&e));
}

/// A sixteenth review's ways round: sexual imagery was not asked who may see it, an image
/// generator could say it blocks sexual content beside imagery it makes, and tailoring who is
/// shown a job advert, or aiming bets at players showing signs of harm, read as "nothing of
/// that kind".
#[test]
fn sexual_imagery_is_asked_who_sees_it_and_targeted_offers_are_consequential() {
    let (q, mut a, e) = case("66-adult-image-generator-tickbox-age.toml");
    assert!(e.visible.iter().any(|v| v == "sexual-content"));
    choose(&mut a, "sexual-content", "blocked");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "sexual-imagery-but-no-sexual-content"));
    assert!(!gate_passes(&e));

    let a = load(
        &q,
        "../tests/fixtures/dropout-score-puts-pupils-forward.toml",
    );
    let mut b = a.clone();
    choose(&mut b, "score-effect", "targets");
    let e = evaluate(&q, &b);
    assert!(holds(&e, "score-acts-but-nothing-consequential"));
    assert!(!gate_passes(&e));
    choose(&mut b, "score-effect", "nothing-alone");
    let e = evaluate(&q, &b);
    assert!(!holds(&e, "score-acts-but-nothing-consequential"));
}

/// A seventeenth review's ways round the machine-control answers: a driverless shuttle with no
/// one able to stop it passed as "no consequential decision" with the safety area unticked; a
/// dosing loop that uses the patient's health data could never pass; "a person approves each
/// action" stood beside "it decides alone"; and couriers scored by their own app were never
/// asked what the score does to them.
#[test]
fn a_machine_that_can_hurt_people_is_consequential_and_its_oversight_must_be_consistent() {
    let (q, a, _) = case("65-crop-spraying-drone-operator-can-abort.toml");
    let mut b = a.clone();
    choose_many(&mut b, "decision-areas", &["none"]);
    choose(&mut b, "control-oversight", "unsupervised");
    note(
        &mut b,
        "control-oversight",
        "It drives itself on public roads.",
    );
    choose_many(&mut b, "control-safety", &["none"]);
    let e = evaluate(&q, &b);
    assert!(
        e.categories
            .iter()
            .any(|c| c.id == "other-rights-health-safety")
    );
    assert_eq!(e.tier, Tier::High);
    assert!(!gate_passes(&e));

    // Health data about the person it acts on, who uses it, does not bring back review of each
    // action.
    let mut c = a.clone();
    choose(&mut c, "subjects", "users-only");
    choose_many(&mut c, "personal-data", &["health"]);
    let e = evaluate(&q, &c);
    assert!(!e.safeguard("human-review").is_some_and(|s| s.required));
    // Financial data does: it decides about people.
    choose_many(&mut c, "personal-data", &["health", "financial"]);
    let e = evaluate(&q, &c);
    assert!(e.safeguard("human-review").is_some_and(|s| s.required));

    let mut d = a.clone();
    choose(&mut d, "control-oversight", "approved");
    let e = evaluate(&q, &d);
    assert!(holds(&e, "approves-each-action-but-decides-alone"));
    assert!(!gate_passes(&e));

    let q2 = questionnaire();
    let mut f = load(
        &q2,
        "../tests/fixtures/dropout-score-puts-pupils-forward.toml",
    );
    choose(&mut f, "subjects", "users-only");
    let e = evaluate(&q2, &f);
    assert!(e.visible.iter().any(|v| v == "score-effect"));
}

/// A seventeenth review: verified adult creators making explicit images of themselves had no
/// true answer (real people confirms the prohibition), so only "fictional adults" passed. Real
/// adults who verifiably consented are an answer, shown only by the consent records.
#[test]
fn sexual_imagery_of_consenting_adults_rests_on_their_records() {
    let (q, mut a, _) = case("66-adult-image-generator-tickbox-age.toml");
    choose(&mut a, "intimate-imagery", "consenting-adults");
    note(
        &mut a,
        "intimate-imagery",
        "Creators' own likeness, each with signed consent CC-2.",
    );
    let e = evaluate(&q, &a);
    // "No real person" cannot stand beside it.
    assert!(holds(&e, "consenting-adults-but-anyones-likeness"));
    choose(&mut a, "likeness", "consent");
    note(
        &mut a,
        "likeness",
        "Each creator's own likeness, with signed consent.",
    );
    choose(&mut a, "likeness-uploads", "own-verified");
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "consenting-adults-but-anyones-likeness"));
    assert_ne!(
        prohibition(&e, "likeness").status,
        ProhibitionStatus::Confirmed
    );
    assert!(e.safeguard("consent-records").unwrap().is_contradicted());
    assert!(!gate_passes(&e));
    record(
        &mut a,
        "consent-records",
        SafeguardStatus::InPlace,
        "Signed creator consent CC-2 for each creator, stored in the creator vault.",
    );
    let e = evaluate(&q, &a);
    assert!(!e.safeguard("consent-records").unwrap().is_contradicted());
    assert!(!unguarded(&e, "likeness"));
}

/// A fourth review of today's fixes: a security robot firing pepper gel, and a ward robot giving
/// medicines to residents, read as machines overseen by their operator, and the pepper-gel robot
/// had no true weapon answer; a crisis line ordering its queue by predicted suicide risk was
/// never asked what the prediction does; explicit images made by staff and published were never
/// asked about.
#[test]
fn machines_that_act_on_people_are_reviewed_and_published_sexual_content_is_asked() {
    let (q, a, _) = case("65-crop-spraying-drone-operator-can-abort.toml");
    let mut b = a.clone();
    choose(&mut b, "control-stakes", "acts-on-people");
    choose(&mut b, "subjects", "public");
    let e = evaluate(&q, &b);
    assert!(e.safeguard("human-review").is_some_and(|s| s.required));
    assert!(!gate_passes(&e));
    // A device acting only on the person who uses it (an insulin loop) keeps the operator's
    // oversight.
    choose(&mut b, "control-stakes", "acts-on-user");
    choose(&mut b, "subjects", "users-only");
    let e = evaluate(&q, &b);
    assert!(!e.safeguard("human-review").is_some_and(|s| s.required));
    // Force that is not meant to kill: consequential, not the lethal prohibition, reviewed.
    let mut w = a.clone();
    choose_many(
        &mut w,
        "capabilities",
        &["prediction", "control", "weapons"],
    );
    choose(&mut w, "weapon-function", "less-lethal");
    note(&mut w, "weapon-function", "Pepper gel at intruders.");
    let e = evaluate(&q, &w);
    assert_ne!(e.tier, Tier::Prohibited);
    assert!(e.safeguard("human-review").is_some_and(|s| s.required));

    let q2 = questionnaire();
    let mut c = load(
        &q2,
        "../tests/fixtures/dropout-score-puts-pupils-forward.toml",
    );
    choose_many(&mut c, "capabilities", &["prediction"]);
    choose(&mut c, "subjects", "users-only");
    let e = evaluate(&q2, &c);
    assert!(e.visible.iter().any(|v| v == "score-effect"));

    let (q, mut d, e) = example("marketing-image-generator.toml");
    assert!(e.visible.iter().any(|v| v == "sexual-content"));
    choose_many(&mut d, "users", &["staff"]);
    let e = evaluate(&q, &d);
    assert!(
        e.visible.iter().any(|v| v == "sexual-content"),
        "published by staff: still asked"
    );
}

/// A new-user review: a weed-spotting drone holding its operators' names was told its
/// predictions are about people, with no answer that fit. Predictions about things are an
/// answer, and contradict a tick that says it scores people.
#[test]
fn predictions_about_things_are_an_answer_unless_people_are_scored() {
    let q = questionnaire();
    let mut a = load(
        &q,
        "../tests/fixtures/dropout-score-puts-pupils-forward.toml",
    );
    choose_many(&mut a, "capabilities", &["prediction"]);
    choose(&mut a, "score-effect", "about-things");
    choose_many(&mut a, "personal-data", &["basic"]);
    // The names in its data are its operators', the people who use it.
    choose(&mut a, "subjects", "users-only");
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "scores-people-but-predicts-things"));
    assert!(!holds(&e, "score-acts-but-nothing-consequential"));
    // Names of people who never use it, whom its outputs act on, are about them (a hostile
    // review's flood model refused home cover by address); with no personal data, not.
    let mut b = a.clone();
    choose(&mut b, "subjects", "public");
    assert!(holds(
        &evaluate(&q, &b),
        "scores-people-but-predicts-things"
    ));
    choose_many(&mut b, "personal-data", &["none"]);
    assert!(!holds(
        &evaluate(&q, &b),
        "scores-people-but-predicts-things"
    ));
    choose_many(&mut a, "capabilities", &["prediction", "people-scoring"]);
    let e = evaluate(&q, &a);
    assert!(holds(&e, "scores-people-but-predicts-things"));
    assert!(!gate_passes(&e));
}

/// A fourth review of today's fixes: an adult image generator recorded a card authorisation,
/// with debit and prepaid cards accepted, as the age check in front of its sexual content, and
/// age assurance read in place. Evidence that names a check children pass is to be confirmed.
#[test]
fn age_assurance_on_a_card_or_a_typed_birth_date_is_to_be_confirmed() {
    let (q, mut a, _) = case("64-adult-companion-age-only-declared.toml");
    choose(&mut a, "sexual-content", "adults-verified");
    let mut recorded_as = |evidence: &str| {
        record(&mut a, "age-assurance", SafeguardStatus::InPlace, evidence);
        evaluate(&q, &a)
    };
    for weak in [
        "Card authorisation at sign-up; debit and prepaid cards accepted. Audit AA-1, 2026-10-01.",
        "Users enter their Date of Birth and must be 18+ (policy AG-2, 2026-06-01).",
        "A checkbox confirming they are over 18, live since 2026-01-10.",
        // A fifth review's wordings of the same checks.
        "Users enter their DOB at sign-up; audit AA-2, 2026-10-01.",
        "Users declare they are 18 or older before the gallery opens (since 2026-02-01).",
        "A small Visa/Mastercard verification charge at sign-up, live since 2026-03-01.",
        // A sixth review's: a strong check denied or put off, and rewordings no list held.
        // Evidence must name a check that shows an age, as done.
        "We do not ask for a passport or identity document; users declare they are 18 or older at sign-up.",
        "No ID document check yet (planned for Q3); for now users tick that they are adults.",
        "Age estimate planned for 2027; today users self-report their age at sign-up.",
        "Users state their age at sign-up and under-18s are refused.",
        "Adult mode requires a 1 EUR card pre-authorisation on the member's card.",
        "Age check AV-2, live since 2026-03-01.",
        // A seventh review's: a strong check named beside the weak one in use, or named as
        // optional, conditional or given up.
        "Users confirm they hold a valid passport or driving licence and are 18 or older.",
        "Users self-declare; a passport check is requested only if a moderator suspects a user is under 18.",
        "Passport checks were too costly, so users declare their age at sign-up.",
        "Yoti trial ended in March 2026; users now tick 18+.",
        "Users self-declare their age; Yoti age estimation is offered as an option.",
        "Users upload a photo of their passport (not checked by a provider; stored for audit).",
        // An eighth review's: a strong check for some users only, as an alternative, or not
        // validated.
        "Users click 'I am over 18'; Yoti is offered as an alternative.",
        "Onfido ID check in Germany and the UK; elsewhere users click a button confirming they are 18.",
        "Users type the number of their passport; it is not validated.",
        "Users enter a birthdate at sign-up; passport check available on request.",
    ] {
        let e = recorded_as(weak);
        let s = e.safeguard("age-assurance").unwrap();
        assert!(s.is_contradicted(), "{weak}");
        assert!(!gate_passes(&e), "{weak}");
        let said = raia::explain::conflict(&q, s);
        assert!(
            said.contains("which does not show it")
                || said.contains("does not name a check that shows it"),
            "{said}"
        );
    }
    for strong in [
        "Onfido check of a government-issued photo ID with a selfie match; the date of birth on the ID must show 18 or over.",
        "Open-banking age check through the user's bank (TrueLayer); only accounts of holders 18 or over pass.",
        "Credit reference agency check (Experian) of name, address and date of birth; no self-declaration accepted.",
        "Adult mode cannot open without a Yoti identity-document check.",
        "Yoti ID-document check with liveness before adult mode opens; no payment card, self-declaration or tick box is accepted as proof of age.",
        "Yoti facial age estimation before adult mode opens; it replaced the earlier credit card check in March.",
        "BankID age verification before explicit content unlocks.",
        "Users scan the NFC chip of their ePassport in the app before explicit content unlocks.",
        // A weak step before a check in use, and a weak one refused (a new-user pass).
        "At sign-up users enter their date of birth; anyone who says they are 18 or over must then pass an ID-document check by Yoti.",
        "Onfido document and liveness check at upgrade; a ticked box alone is never accepted.",
        "Users verify with the UK PASS proof-of-age card via the provider's app at upgrade.",
    ] {
        let e = recorded_as(strong);
        assert!(
            !e.safeguard("age-assurance").unwrap().is_contradicted(),
            "{strong}"
        );
    }
    // A check that does not rest on what users say or hold.
    let e = recorded_as(
        "Identity-document and liveness check by Yoti before explicit content opens; audit AA-4 completed 2026-10-01.",
    );
    assert!(!e.safeguard("age-assurance").unwrap().is_contradicted());
    // Evidence that names a check that does show it is read as that check, whatever else it
    // mentions (an honest ID check reads the date of birth from the document).
    let e = recorded_as(
        "Identity-document check by Yoti: the date of birth is read from the document, not typed; no payment card is accepted as proof. Audit AA-4, 2026-10-01.",
    );
    assert!(!e.safeguard("age-assurance").unwrap().is_contradicted());
    // Whole words only: "discarded" holds no "card".
    let e = recorded_as(
        "Identity-document check by Yoti; failed checks are discarded after 30 days. Audit AA-4, 2026-10-01.",
    );
    assert!(!e.safeguard("age-assurance").unwrap().is_contradicted());
    // A children's service may rightly rest on a neutral age screen: the reading is for adult
    // content only.
    let (q, mut h, _) = example("homework-helper-children.toml");
    record(
        &mut h,
        "age-assurance",
        SafeguardStatus::InPlace,
        "Neutral age screen at sign-up; under-13s need verifiable parental consent by a card check.",
    );
    let e = evaluate(&q, &h);
    assert!(!e.safeguard("age-assurance").unwrap().is_contradicted());
}

/// A fifth review of today's fixes: a care-home robot that gives residents their medicines,
/// answered as harming people only by accident, kept the operator's oversight as enough; an
/// ambulance board ordered by predicted acuity called its predictions about incidents, not
/// people.
#[test]
fn health_data_about_others_and_predictions_from_it_are_about_people() {
    let (q, a, _) = case("65-crop-spraying-drone-operator-can-abort.toml");
    let mut b = a.clone();
    choose_many(&mut b, "personal-data", &["basic", "health"]);
    choose(&mut b, "subjects", "public");
    let e = evaluate(&q, &b);
    assert!(e.safeguard("human-review").is_some_and(|s| s.required));
    choose(&mut b, "subjects", "users-only");
    let e = evaluate(&q, &b);
    assert!(!e.safeguard("human-review").is_some_and(|s| s.required));

    let q2 = questionnaire();
    let mut c = load(
        &q2,
        "../tests/fixtures/dropout-score-puts-pupils-forward.toml",
    );
    choose_many(&mut c, "capabilities", &["prediction"]);
    choose(&mut c, "score-effect", "about-things");
    choose(&mut c, "subjects", "public");
    choose_many(&mut c, "personal-data", &["basic", "health", "location"]);
    let e = evaluate(&q2, &c);
    assert!(holds(&e, "scores-people-but-predicts-things"));
    assert!(!gate_passes(&e));
}

/// A sixth review of the machine and content questions: a real presenter's licensed likeness
/// passed as "our own content" with no disclosure asked; a pepper-gel robot acting on "nobody
/// in particular" kept its operator's exemption; an operator's flight log, as location data,
/// took a crop drone's exemption away; a tribunal interpreter had no true answer about sexual
/// content but "nothing stops it".
#[test]
fn real_people_in_own_content_and_machines_acting_on_others_are_caught() {
    let (q, mut a, e) = case("67-news-avatar-licensed-presenter-as-own-content.toml");
    assert!(holds(&e, "own-content-but-real-person"));
    assert!(!gate_passes(&e));
    // A seventh review: "plainly machine output" for the same avatar; a rep's own face,
    // checked as theirs, as "no real person".
    let mut b = a.clone();
    choose(&mut b, "realism", "no");
    assert!(holds(&evaluate(&q, &b), "own-content-but-real-person"));
    choose(&mut b, "likeness", "none");
    choose(&mut b, "likeness-uploads", "own-verified");
    assert!(holds(
        &evaluate(&q, &b),
        "own-likeness-uploads-but-no-real-person"
    ));
    choose(&mut a, "realism", "open");
    choose(&mut a, "disclosure", "label");
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "own-content-but-real-person"));
    assert!(
        e.safeguard("ai-content-disclosure")
            .is_some_and(|s| s.required)
    );

    let (q, mut a, e) = case("68-pepper-gel-robot-acts-on-nobody.toml");
    assert!(holds(&e, "acts-on-others-but-on-nobody"));
    assert!(!gate_passes(&e));
    choose(&mut a, "subjects", "public");
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "acts-on-others-but-on-nobody"));
    assert!(e.safeguard("human-review").is_some_and(|s| s.required));
    assert!(!gate_passes(&e));

    let (q, mut a, e) = case("69-crop-drone-flight-log-location.toml");
    assert_gate_passes(&e);
    // The question goes with the safeguard: not asked where it is not required.
    assert!(!e.visible.iter().any(|v| v == "human-review"));
    // Biometric data is about people, wherever it comes from.
    choose_many(&mut a, "personal-data", &["basic", "location", "biometric"]);
    let e = evaluate(&q, &a);
    assert!(e.safeguard("human-review").is_some_and(|s| s.required));

    // Emotions read for therapy are health: a companion app that ticks no area contradicts it.
    let (q, mut m, _) = case("60-call-centre-emotion-appraisals.toml");
    choose(&mut m, "emotion-inference", "medical-safety");
    note(
        &mut m,
        "emotion-inference",
        "Mood tracking for the user's own therapy goals.",
    );
    choose_many(&mut m, "decision-areas", &["none"]);
    assert!(holds(
        &evaluate(&q, &m),
        "reads-emotion-for-health-but-no-health-area"
    ));
    // An image generator is no interpreter.
    let (q, mut g, _) = case("66-adult-image-generator-tickbox-age.toml");
    choose(&mut g, "sexual-content", "passes-on");
    let e = evaluate(&q, &g);
    assert!(holds(&e, "renders-only-but-makes-sexual-imagery"));
    assert!(!gate_passes(&e));

    let (q, mut a, e) = case("70-tribunal-interpreter-renders-testimony.toml");
    assert_eq!(prohibition(&e, "minors").status, ProhibitionStatus::Clear);
    choose(&mut a, "sexual-content", "unblocked");
    let e = evaluate(&q, &a);
    assert_ne!(prohibition(&e, "minors").status, ProhibitionStatus::Clear);
}

/// A review's neonatal oxygen loop could never pass: no person can approve an adjustment made
/// every few seconds. A person staying with each patient, within limits the machine cannot
/// exceed, is its oversight; an operator who only authorises the run, or no hard limits, is not.
#[test]
fn a_person_at_hand_within_hard_limits_oversees_a_machine_acting_on_patients() {
    let (q, a, e) = case("71-neonatal-oxygen-loop-nurse-at-bedside.toml");
    assert_gate_passes(&e);
    // Force against people is never overseen by a person standing by (a later review's
    // pepper-gel robot claimed a guard at hand).
    let mut f = a.clone();
    choose(&mut f, "control-stakes", "uses-force");
    assert!(
        evaluate(&q, &f)
            .safeguard("human-review")
            .is_some_and(|s| s.required)
    );
    for (question, answer) in [
        ("control-oversight", vec!["supervised"]),
        ("control-safety", vec!["none"]),
    ] {
        let mut b = a.clone();
        if question == "control-safety" {
            choose_many(&mut b, question, &answer);
        } else {
            choose(&mut b, question, answer[0]);
        }
        let e = evaluate(&q, &b);
        assert!(
            e.safeguard("human-review").is_some_and(|s| s.required),
            "{question}"
        );
        assert!(e.visible.iter().any(|v| v == "human-review"), "{question}");
    }
}

/// Case `name` answers that what it does to people acts alone and that it decides nothing, which
/// contradicts and fails the gate; with that answer removed, the question is asked and the file
/// is incomplete. Returns the questionnaire, the case and the case without the answer.
fn asks_what_a_score_does(name: &str) -> (Questionnaire, Assessment, Assessment) {
    let (q, a, e) = case(name);
    assert!(holds(&e, "score-acts-but-nothing-consequential"));
    assert!(!gate_passes(&e));
    let mut b = a.clone();
    b.answers.remove("score-effect");
    let e = evaluate(&q, &b);
    assert!(e.visible.iter().any(|v| v == "score-effect"));
    assert!(!gate_passes(&e));
    (q, a, b)
}

/// A review: a shop matched every shopper's face against a list of past shoplifters and staff
/// walked the people matched out, answered as no decision area with only "recognise people"
/// ticked; nothing asked what a match does to the person, and the gate passed.
#[test]
fn a_face_match_acted_on_against_the_public_is_asked_about() {
    let (q, a, mut b) = asks_what_a_score_does("72-shop-face-watchlist-no-decision-area.toml");
    // Tracking staff who do not use it is asked about too; a face door for its own users is not.
    let mut t = b.clone();
    choose_many(&mut t, "capabilities", &["tracking"]);
    choose(&mut t, "subjects", "staff");
    assert!(evaluate(&q, &t).visible.iter().any(|v| v == "score-effect"));
    // Its own users too (a later review's exam proctor, drivers' app and face time clock).
    choose(&mut t, "subjects", "users-only");
    assert!(evaluate(&q, &t).visible.iter().any(|v| v == "score-effect"));
    let (q74, a74, e) = case("74-exam-proctor-voids-attempts-no-decision-area.toml");
    assert!(holds(&e, "score-acts-but-nothing-consequential"));
    assert!(!gate_passes(&e));
    // Nor are its own users "things" (a third review), and reading their attention counts too.
    let mut p = a74.clone();
    choose(&mut p, "score-effect", "about-things");
    assert!(holds(
        &evaluate(&q74, &p),
        "scores-people-but-predicts-things"
    ));
    choose_many(&mut p, "capabilities", &["emotion"]);
    let e = evaluate(&q74, &p);
    assert!(e.visible.iter().any(|v| v == "score-effect"));
    assert!(holds(&e, "scores-people-but-predicts-things"));
    // A match is not "about things".
    choose(&mut b, "score-effect", "about-things");
    assert!(holds(
        &evaluate(&q, &b),
        "scores-people-but-predicts-things"
    ));
    // Answered honestly, with the right it touches marked, a person reviews each match acted on.
    let mut h = a.clone();
    choose_many(&mut h, "decision-areas", &["other-rights-health-safety"]);
    let e = evaluate(&q, &h);
    assert!(!holds(&e, "score-acts-but-nothing-consequential"));
    assert!(e.safeguard("human-review").is_some_and(|s| s.required));
    assert!(!gate_passes(&e));
}

/// A review: a dating app's "wingman" drafts messages the user edits and sends as their own.
/// The only true realism answer was "meant to pass as real", a confirmed prohibited use, and
/// the two answers that passed were untrue.
#[test]
fn drafts_a_person_sends_as_their_own_have_a_true_answer() {
    let (q, a, e) = case("73-dating-wingman-drafts-sent-as-own.toml");
    assert_gate_passes(&e);
    assert!(e.confirmed().next().is_none());
    // Sent in their name without them, it is not theirs.
    let mut b = a.clone();
    choose(&mut b, "output-reach", "auto-publish");
    let e = evaluate(&q, &b);
    assert!(holds(&e, "adopted-drafts-but-sent-automatically"));
    assert!(!gate_passes(&e));
    // Words, not recordings: a cloned voice passed on is no one's own words (a later review).
    let mut c = a.clone();
    choose_many(&mut c, "capabilities", &["open-text", "voice"]);
    let e = evaluate(&q, &c);
    assert!(holds(&e, "adopted-drafts-but-voice"));
    assert!(!gate_passes(&e));
    // A message the user signs beside a cartoon keeps a true answer (a third review's
    // greeting-card app).
    choose_many(&mut c, "capabilities", &["open-text", "images"]);
    assert!(!holds(&evaluate(&q, &c), "adopted-drafts-but-voice"));
}

/// A review: "a person checks every result" beside a screener that decides alone with no one
/// reviewing, and beside chat replies shown straight to children, read "Evaluate outputs: met".
#[test]
fn every_output_checked_cannot_sit_beside_outputs_no_one_sees() {
    let (q, mut a, _) = example("cv-screener-auto-reject.toml");
    choose(&mut a, "output-check", "every");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "every-output-checked-but-takes-effect-unseen"));
    assert!(!e.safeguard("output-spot-checks").is_some_and(|s| s.holds()));
    let (q, mut k, _) = example("homework-helper-children.toml");
    choose(&mut k, "output-check", "every");
    assert!(holds(
        &evaluate(&q, &k),
        "every-output-checked-but-takes-effect-unseen"
    ));
    // Ticking staff as users too does not put a person between the model and the child.
    choose_many(&mut k, "users", &["staff", "children"]);
    assert!(holds(
        &evaluate(&q, &k),
        "every-output-checked-but-takes-effect-unseen"
    ));
    // A staff tool whose staff check each result before use keeps the answer.
    let (q, mut l, _) = example("loan-pre-approval.toml");
    choose(&mut l, "output-check", "every");
    assert!(!holds(
        &evaluate(&q, &l),
        "every-output-checked-but-takes-effect-unseen"
    ));
}

/// A review's email assistant: "nothing stops users writing deceptive messages" beside "built so
/// its users cannot make forbidden uses of it", and the response to AWS stated the second.
#[test]
fn built_so_users_cannot_contradicts_nothing_stops_them() {
    let q = questionnaire();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/contradictions/chat-unguarded.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut a = parse_assessment("chat-unguarded", &text, &q).unwrap();
    choose(&mut a, "intent", "none");
    choose(&mut a, "deception", "unguarded");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "built-so-users-cannot-but-nothing-stops"));
    assert!(!gate_passes(&e));
    // Unsure, with a note, is true; and "rules or filters stop them" is no contradiction.
    choose(&mut a, "deception", "guarded");
    let e = evaluate(&q, &a);
    let still = a.answers.get("group-content") == Some(&Answer::Choice("unguarded".into()));
    assert_eq!(holds(&e, "built-so-users-cannot-but-nothing-stops"), still);
    choose(&mut a, "intent", "unsure");
    assert!(!holds(
        &evaluate(&q, &a),
        "built-so-users-cannot-but-nothing-stops"
    ));
}

/// A review's wallet agent froze and closed wallets through tools and passed as "no decision
/// area": it scores no one, so what its outputs can do to people was never asked. Acting on
/// people's accounts asks it, and the honest answer contradicts "no decision area".
#[test]
fn an_agent_that_closes_accounts_is_asked_what_its_actions_do_to_people() {
    let (q, a, _) = asks_what_a_score_does("75-wallet-agent-closes-accounts.toml");
    // An account holder is not a thing.
    let mut t = a.clone();
    choose(&mut t, "score-effect", "about-things");
    assert!(holds(
        &evaluate(&q, &t),
        "scores-people-but-predicts-things"
    ));
    // Marked as the decision it is, and deciding alone with a weekly sample read, it needs
    // oversight it does not have.
    let mut d = a.clone();
    choose_many(&mut d, "decision-areas", &["other-rights-health-safety"]);
    choose(&mut d, "ai-role", "decides");
    d.notes.insert(
        "ai-role".into(),
        "Freezes and closes wallets itself.".into(),
    );
    choose(&mut d, "human-review", "sampled");
    let e = evaluate(&q, &d);
    assert!(!holds(&e, "score-acts-but-nothing-consequential"));
    assert!(!e.categories.is_empty());
    assert!(!gate_passes(&e));
}

/// A review's AFib wearable screens its wearer and tells them to see a doctor. Its scope limits
/// and referral to a professional are what screening given straight to the person needs, so
/// they show its use-case safeguards; without them that requirement is not met.
#[test]
fn screening_given_to_the_wearer_shows_its_safeguards_through_its_advice_controls() {
    let (q, a, e) = case("76-afib-wearable-advises-wearer.toml");
    assert_gate_passes(&e);
    // Its reason says "it advises" once (a hostile review read it twice).
    let why = raia::explain::required_reasons(&q, e.safeguard("scope-limits").unwrap(), None);
    let text = why.join("; ");
    assert_eq!(text.matches("It advises").count(), 1, "{text}");
    let mut b = a.clone();
    choose_many(
        &mut b,
        "advice-controls",
        &["expert-review", "professional-review"],
    );
    let e = evaluate(&q, &b);
    assert!(!gate_passes(&e));
    let r = e
        .requirements
        .iter()
        .find(|r| r.id == "use-case-safeguards")
        .unwrap();
    assert!(!r.is_met());
}

/// A review's engagement monitor flagged the least active remote employees to their managers for
/// ratings, answered "nothing is decided on the score", and passed as low with no decision area.
#[test]
fn monitoring_and_scoring_staff_beside_nothing_decided_contradicts() {
    let (q, a, e) = case("77-engagement-monitor-nothing-decided.toml");
    assert!(holds(&e, "monitors-staff-but-decides-nothing"));
    assert!(!gate_passes(&e));
    // What the score feeds is named among the decisions a person takes with it in hand.
    let label = |id: &str| {
        q.question("score-effect")
            .and_then(|x| x.option(id))
            .unwrap()
            .label
            .to_string()
    };
    assert!(label("informs-decision").contains("rate, pay, promote, discipline or dismiss"));
    assert!(label("nothing-alone").contains("rating, pay or discipline"));
    // Scoring staff from what they send in (not monitoring them) is left to the answers.
    let mut b = a.clone();
    choose_many(&mut b, "capabilities", &["people-scoring"]);
    assert!(!holds(
        &evaluate(&q, &b),
        "monitors-staff-but-decides-nothing"
    ));
}

/// A review's ambulance triage had a handler confirm every urgent call while down-triaged callers
/// went to a callback queue unseen, and answered "every adverse outcome is reviewed" by its old
/// example. In triage a lower priority is the outcome that goes against the person; answered so,
/// human oversight is not met. Beside a person checking every output, it contradicts.
#[test]
fn a_lower_priority_in_triage_is_an_outcome_against_the_person() {
    let (q, a, e) = case("78-ambulance-triage-downgrades-unseen.toml");
    assert!(!gate_passes(&e));
    let adverse = q
        .question("human-review")
        .and_then(|x| x.option("adverse-before"))
        .unwrap();
    assert!(
        adverse
            .label
            .contains("in triage or a queue a lower priority")
    );
    // "A person checks every output" beside a system that decides some cases alone, reviewed
    // only in part or only when adverse (a review saw "Evaluate outputs: met").
    for review in ["partial", "adverse-before"] {
        let mut b = a.clone();
        choose(&mut b, "output-check", "every");
        choose(&mut b, "human-review", review);
        assert!(
            holds(
                &evaluate(&q, &b),
                "every-output-checked-but-takes-effect-unseen"
            ),
            "{review}"
        );
    }
    let mut b = a.clone();
    choose(&mut b, "output-check", "every");
    choose(&mut b, "ai-role", "recommends");
    choose(&mut b, "human-review", "adverse-before");
    assert!(!holds(
        &evaluate(&q, &b),
        "every-output-checked-but-takes-effect-unseen"
    ));
}

/// A safeguard this use does not require is never "required by the policy": a new-user review
/// saw a weapon control on a support bot turn from recommended practice to required by the
/// policy when an unrelated decision area was ticked, beside "not required for this use".
#[test]
fn a_safeguard_not_required_keeps_its_basis_whatever_else_applies() {
    let (q, a, e) = case("75-wallet-agent-closes-accounts.toml");
    let weapon = |e: &Evaluation| {
        let s = e.safeguard("human-weapon-control").unwrap();
        assert!(!s.required);
        s.basis
    };
    assert_eq!(weapon(&e), raia::questionnaire::Basis::Practice);
    let mut b = a.clone();
    choose_many(&mut b, "decision-areas", &["other-rights-health-safety"]);
    let e = evaluate(&q, &b);
    assert!(!e.categories.is_empty());
    assert_eq!(weapon(&e), raia::questionnaire::Basis::Practice);
    // One it requires keeps the policy's basis.
    assert_eq!(
        e.safeguard("human-review").unwrap().basis,
        raia::questionnaire::Basis::Policy
    );
}

/// A reports review: "a person checks every output before it is used" beside "no person reviews
/// outcomes" on a tool that recommends scores read "Evaluate outputs: met". The two contradict,
/// whatever part the system plays; and the grounds given for a safeguard leave out the answers
/// that only exclude it ("No: it does not identify anyone" was read as a ground).
#[test]
fn every_output_checked_beside_no_review_contradicts_and_exclusions_are_no_grounds() {
    let (q, a, _) = case("20-triage-no-review-but-clinician-decides.toml");
    let mut b = a.clone();
    choose_many(
        &mut b,
        "medical-controls",
        &["clinical-validation", "patients-told"],
    );
    let e = evaluate(&q, &b);
    assert!(holds(&e, "every-output-checked-but-takes-effect-unseen"));
    assert!(!holds(&e, "review-none-but-professional-decides"));
    let (_, _, e) = example("voice-clone-no-consent.toml");
    let why = format!(
        "{:?}",
        e.safeguard("data-minimisation").unwrap().required_because
    );
    assert!(why.contains("Biometric data"), "{why}");
    assert!(!why.contains("does not identify"), "{why}");
}

/// A reports review removed the lender's human-review answer: the draft read "Not compliant ...
/// not met: Human oversight", a breach stated for a question left blank. Shown only by a
/// question still unanswered, the requirement is to be confirmed and says which question;
/// answered "no one reviews", it is not met.
#[test]
fn a_blank_question_is_no_breach_but_something_to_answer() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    a.answers.remove("human-review");
    let e = evaluate(&q, &a);
    assert!(!e.complete);
    let s = e.safeguard("human-review").unwrap();
    assert!(s.awaits_answer && !s.is_policy_gap());
    let r = requirement(&e, "human-oversight");
    assert_eq!(r.state, raia::engine::RequirementState::ToBeConfirmed);
    assert_eq!(
        raia::explain::requirement_note(&q, &e, r),
        "nothing shows yet whether \"Human review of adverse decisions\" is in place, since \"When does a person review the outcome?\" is unanswered"
    );
    let statement = raia::explain::compliance_statement(&q, &e, Some("2026-12-15"));
    assert!(!statement.contains("Not compliant"), "{statement}");
    assert!(!gate_passes(&e));
    // Answered, no one reviewing is the breach it is.
    choose(&mut a, "human-review", "none");
    let e = evaluate(&q, &a);
    assert!(e.safeguard("human-review").unwrap().is_policy_gap());
    assert_eq!(
        requirement(&e, "human-oversight").state,
        raia::engine::RequirementState::NotMet
    );
}

/// A hostile review got round this session's fixes: the wallet agent ticked as financial advice
/// that "advises" (no review question), and a telehealth bot that renews prescriptions alone
/// with only refusals reviewed. Each now fails the gate on its answers.
#[test]
fn ways_round_the_account_staff_and_triage_fixes_are_closed() {
    let (q, a, e) = case("79-wallet-agent-ticked-as-advice.toml");
    assert!(e.visible.iter().any(|v| v == "human-review"));
    assert!(!gate_passes(&e));
    let mut b = a.clone();
    choose_many(&mut b, "capabilities", &["open-text", "grounded-text"]);
    b.answers.remove("human-review");
    assert!(!evaluate(&q, &b).visible.iter().any(|v| v == "human-review"));
    let (q, a, e) = case("81-telehealth-renewals-approved-unseen.toml");
    assert!(holds(&e, "medical-approvals-unseen"));
    assert!(!gate_passes(&e));
    // A clinician making every decision answers it.
    let mut b = a.clone();
    let mut controls = match b.answers.get("medical-controls") {
        Some(Answer::Choices(c)) => c.clone(),
        _ => Vec::new(),
    };
    controls.retain(|c| c != "none");
    controls.push("clinician-decides".into());
    b.answers
        .insert("medical-controls".into(), Answer::Choices(controls));
    assert!(!holds(&evaluate(&q, &b), "medical-approvals-unseen"));
}

/// A review's voice agent sold insurance by phone to people over seventy without saying it was
/// an AI, and passed: "it says it is an AI where people could think otherwise" beside no AI
/// notice among its controls now contradicts; with the notice ticked it does not.
#[test]
fn saying_it_is_an_ai_beside_no_ai_notice_contradicts() {
    let (q, a, e) = case("82-voice-sales-agent-never-says-ai.toml");
    assert!(holds(&e, "says-it-is-ai-but-no-notice"));
    assert!(!gate_passes(&e));
    let mut b = a.clone();
    choose_many(&mut b, "generation-controls", &["guardrails", "ai-notice"]);
    assert!(!holds(&evaluate(&q, &b), "says-it-is-ai-but-no-notice"));
}

/// A review's border drones follow people for guards to stop, and showed their use-case
/// safeguards by the flight fail-safe alone. It is still required, and counts as specific to
/// the decision only for a machine that tracks, scores or recognises no one.
#[test]
fn a_fail_safe_is_not_specific_to_a_decision_about_people_the_machine_tracks() {
    let (q, a, e) = case("83-border-drones-follow-people-fail-safe-only.toml");
    let f = e.safeguard("fail-safe").unwrap();
    assert!(f.required && !f.for_consequential);
    assert!(!gate_passes(&e));
    let mut b = a.clone();
    choose_many(&mut b, "capabilities", &["control", "prediction"]);
    // While a wrong outcome also counts against a person, it is still not specific to that.
    let e = evaluate(&q, &b);
    assert!(!e.safeguard("fail-safe").unwrap().for_consequential);
    // A machine whose wrong acts only injure: its fail-safe is the safeguard of its decision.
    choose(&mut b, "harm-kind", "safety");
    let e = evaluate(&q, &b);
    assert!(e.safeguard("fail-safe").unwrap().for_consequential);
}

/// A review's chatbot coached users past their bank's fraud checks ("say the payee is known to
/// you"), and no answer reached it: the deception question asked only about misleading the
/// people it talks to. It now asks about coaching users to mislead others, its "no" denies it,
/// and the answer that says so confirms the prohibited use.
#[test]
fn coaching_users_past_another_organisations_checks_is_deception() {
    let q = questionnaire();
    let d = q.question("deception").unwrap();
    assert!(d.prompt.contains("help its users mislead others"));
    assert!(
        d.option("no")
            .unwrap()
            .label
            .contains("does not coach users to mislead others")
    );
    assert!(
        d.option("intended")
            .unwrap()
            .label
            .contains("bank's fraud checks")
    );
    let (q, mut a, _) = example("internal-doc-summariser.toml");
    choose_many(&mut a, "capabilities", &["open-text"]);
    choose(&mut a, "deception", "intended");
    note(
        &mut a,
        "deception",
        "It tells users what to say to their bank's fraud team.",
    );
    let e = evaluate(&q, &a);
    assert_eq!(
        prohibition(&e, "disinformation").status,
        ProhibitionStatus::Confirmed
    );
}

/// A final review: with four answers of the benefits triage left blank, a safeguard the policy
/// says "should" be in place came first among the gaps and the report's next action, ahead of
/// the ones it requires that the blank questions could show.
#[test]
fn safeguards_not_shown_yet_come_first_among_the_gaps() {
    let (q, mut a, _) = example("benefits-eligibility-triage.toml");
    for id in ["human-review", "appeal", "benefits-controls", "tests-done"] {
        a.answers.remove(id);
    }
    let e = evaluate(&q, &a);
    let first = e.safeguard(&e.gaps[0]).unwrap();
    assert!(first.awaits_answer, "{:?}", e.gaps);
    let awaiting = e.safeguards.iter().filter(|s| s.awaits_answer).count();
    assert!(awaiting >= 2);
    assert!(
        e.gaps
            .iter()
            .take(awaiting)
            .all(|g| e.safeguard(g).unwrap().awaits_answer
                || e.safeguard(g).unwrap().is_policy_gap()),
        "{:?}",
        e.gaps
    );
}

/// A final sweep: robustness testing read "missing" beside accuracy testing "not shown yet",
/// both waiting on the one unanswered testing question. A recommendation an unanswered question
/// could show reads "not shown yet" too, and is still counted as a recommendation.
#[test]
fn recommendations_an_unanswered_question_could_show_are_not_shown_yet() {
    let (q, mut a, _) = example("benefits-eligibility-triage.toml");
    a.answers.remove("tests-done");
    let e = evaluate(&q, &a);
    let robust = e.safeguard("robustness-testing").unwrap();
    assert!(robust.is_practice_gap() && !robust.awaits_answer);
    assert_eq!(
        raia::explain::safeguard_state(robust),
        "not shown yet: a question that could show it is unanswered"
    );
    assert!(e.safeguard("accuracy-evaluation").unwrap().awaits_answer);
    // Answered without it, it is missing.
    let mut b = a.clone();
    choose_many(&mut b, "tests-done", &["accuracy"]);
    let e = evaluate(&q, &b);
    assert_eq!(
        raia::explain::safeguard_state(e.safeguard("robustness-testing").unwrap()),
        "missing"
    );
}

/// A review's council chatbot advises residents on which benefits to apply for, and an officer
/// decides every application: it is not asked about review of decisions it never makes, its
/// advice is overseen as advice is, and "every case reviewed first" is no longer counted. Output
/// about people who never use it (a CV screener answered as "advises") is no such advice.
#[test]
fn advice_straight_to_the_person_in_a_decision_area_is_overseen_as_advice() {
    let (q, mut a, e) = case("85-benefits-precheck-advises-residents.toml");
    assert!(!e.visible.iter().any(|v| v == "human-review"));
    assert!(gate_passes(&e));
    // Without professional oversight of the advice, human oversight is not met.
    choose_many(&mut a, "advice-controls", &["scope", "referral"]);
    let e = evaluate(&q, &a);
    assert!(!gate_passes(&e));
    assert_eq!(
        requirement(&e, "human-oversight").state,
        raia::engine::RequirementState::NotMet
    );

    let (q, mut s, e) = case("31-cv-screener-no-controls-but-bias-passed.toml");
    assert!(!holds(&e, "advises-the-person-but-about-others"));
    choose(&mut s, "ai-role", "advises");
    let e = evaluate(&q, &s);
    assert!(holds(&e, "advises-the-person-but-about-others"));
    assert!(!gate_passes(&e));
}

/// A review's video-interview analyser read EU job candidates' emotions and answered "the
/// public": the option the law forbids named only staff and students. It names candidates and
/// applicants now, and the other option says it is not for them.
#[test]
fn emotion_recognition_in_eu_hiring_names_candidates() {
    let q = questionnaire();
    let ei = q.question("emotion-inference").unwrap();
    let eu = &ei.option("work-school-eu").unwrap().label;
    assert!(eu.contains("job candidates") && eu.contains("applicants in education"));
    let other = &ei.option("other").unwrap().label;
    assert!(other.contains("not people applying for a job or a place in education in the EU"));
    let (q, mut a, _) = case("60-call-centre-emotion-appraisals.toml");
    choose(&mut a, "emotion-inference", "work-school-eu");
    assert_eq!(
        prohibition(&evaluate(&q, &a), "privacy").status,
        ProhibitionStatus::Confirmed
    );
}

/// A reports review: the response to AWS called the named accountable owner "in place" while
/// the owner's name was unanswered. The name shows it, not the option alone.
#[test]
fn a_named_owner_is_shown_by_the_name() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert_eq!(
        e.safeguard("named-owner").unwrap().status,
        SafeguardStatus::InPlace
    );
    a.answers.remove("owner-name");
    let e = evaluate(&q, &a);
    let s = e.safeguard("named-owner").unwrap();
    assert_eq!(s.status, SafeguardStatus::Missing);
    assert!(s.answer_pending);
    a.answers
        .insert("owner-name".into(), Answer::Text("TBD".into()));
    let e = evaluate(&q, &a);
    assert_ne!(
        e.safeguard("named-owner").unwrap().status,
        SafeguardStatus::InPlace
    );
}

/// Review Y: an emergency triage assistant and a credit scorecard each answered "None" for
/// personal data and passed. A decision about a person in an area the policy names rests on
/// data about them: the answers disagree. Advice to the person who asks is not such a decision.
#[test]
fn a_decision_about_people_with_no_personal_data_is_a_contradiction() {
    const ID: &str = "decides-about-people-with-no-personal-data";
    for file in ["loan-pre-approval.toml", "clinical-triage-assistant.toml"] {
        let (q, mut a, e) = example(file);
        assert!(!holds(&e, ID), "{file}");
        choose_many(&mut a, "personal-data", &["none"]);
        let e = evaluate(&q, &a);
        assert!(holds(&e, ID), "{file}");
        let c = e.contradictions.iter().find(|c| c.id == ID).unwrap();
        assert!(c.answers.contains("→ \"None\""), "{}", c.answers);
        assert!(!gate_passes(&e), "{file}");
    }
    let (q, mut a, _) = example("loan-pre-approval.toml");
    choose_many(&mut a, "personal-data", &["none"]);
    choose(&mut a, "ai-role", "advises");
    assert!(!holds(&evaluate(&q, &a), ID));
}

/// A new user's discharge-letter assistant had a clinician decide every case and patients told,
/// and read that none of the safeguards its kind of decision calls for was in place: medicine had
/// none of its own beside an explanation of reasons. A clinical safety case is one now.
#[test]
fn a_clinical_safety_case_is_a_safeguard_specific_to_medicine() {
    let (q, mut a, e) = case("61-ambient-scribe-drafts-diagnosis.toml");
    let s = e.safeguard("clinical-safety-case").unwrap();
    assert!(s.required && s.for_consequential && s.is_gap());
    let before = requirement(&e, "use-case-safeguards").state;
    assert_ne!(before, raia::engine::RequirementState::Met);
    choose_many(
        &mut a,
        "medical-controls",
        &["clinician-decides", "patients-told", "safety-case"],
    );
    let e = evaluate(&q, &a);
    assert_eq!(
        requirement(&e, "use-case-safeguards").state,
        raia::engine::RequirementState::Met
    );
    // Advice straight to the wearer is bounded by its scope limits and referral instead.
    let (_, _, e) = case("76-afib-wearable-advises-wearer.toml");
    assert!(!e.safeguard("clinical-safety-case").unwrap().required);
}

/// A hostile review's hiring bot gave each applicant a fit score, answered "advises" because
/// applicants are its only users, and passed while recruiters invited the best-scored. Advice
/// that scores people in a decision area asks who else sees the scores; the organisation that
/// decides seeing them contradicts "advises". A later review's carers, asking for the person they
/// care for, are not people it scores, and get no contradiction.
#[test]
fn advice_that_scores_people_asks_who_else_sees_the_scores() {
    let (q, mut a, _) = case("85-benefits-precheck-advises-residents.toml");
    // Carers asking for someone else: honest, and no contradiction.
    let mut carers = a.clone();
    choose(&mut carers, "subjects", "public");
    let e = evaluate(&q, &carers);
    assert!(!holds(&e, "advises-the-person-but-about-others"));
    assert!(gate_passes(&e));

    choose_many(&mut a, "capabilities", &["grounded-text", "people-scoring"]);
    choose(&mut a, "identification", "lawful");
    let e = evaluate(&q, &a);
    assert!(e.visible.iter().any(|v| v == "advice-score-reach"));
    assert!(!e.complete && !gate_passes(&e));
    choose(&mut a, "advice-score-reach", "organisation");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "advises-but-decider-sees-scores"));
    assert!(!gate_passes(&e));
    choose(&mut a, "advice-score-reach", "only-them");
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "advises-but-decider-sees-scores"));
    assert!(gate_passes(&e));
    // Scoring people who never use it, seen by those who decide, is no advice to them.
    choose(&mut a, "subjects", "public");
    choose(&mut a, "advice-score-reach", "organisation");
    assert!(holds(
        &evaluate(&q, &a),
        "advises-the-person-but-about-others"
    ));
}

/// A hostile review answered the call-centre appraisals' emotion reading as a safety alert, and
/// the EU ban read clear: readings that feed employment or education decisions are no alert.
#[test]
fn a_safety_alert_that_feeds_decisions_about_people_contradicts() {
    let (q, mut a, _) = case("60-call-centre-emotion-appraisals.toml");
    choose(&mut a, "emotion-inference", "safety-alert");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "safety-alert-but-decides-about-staff"));
    assert!(!gate_passes(&e));
    let (_, _, e) = case("84-driver-drowsiness-alert-warns-driver-only.toml");
    assert!(!holds(&e, "safety-alert-but-decides-about-staff"));
}

/// A review's marketplace banned the accounts of people who never use it, and answered that
/// its actions act on an account only as its holder asked.
#[test]
fn acting_on_the_accounts_of_people_who_never_use_it_is_not_as_they_asked() {
    let (q, mut a, e) = case("75-wallet-agent-closes-accounts.toml");
    assert!(!holds(&e, "acts-on-others-accounts-as-asked"));
    choose(&mut a, "subjects", "public");
    choose(&mut a, "score-effect", "nothing-alone");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "acts-on-others-accounts-as-asked"));
    assert!(!gate_passes(&e));
}

/// A hostile review: "Owner to be appointed by the board in Q1 2027" read as a named owner in
/// place, and the response to AWS named it the accountable owner.
#[test]
fn an_owner_still_to_be_appointed_is_no_named_owner() {
    let (q, mut a, _) = example("loan-pre-approval.toml");
    for text in [
        "Owner to be appointed by the board in Q1 2027",
        "TBD (Head of Lending)",
    ] {
        a.answers
            .insert("owner-name".into(), Answer::Text(text.into()));
        let e = evaluate(&q, &a);
        assert_ne!(
            e.safeguard("named-owner").unwrap().status,
            SafeguardStatus::InPlace,
            "{text}"
        );
    }
    a.answers.insert(
        "owner-name".into(),
        Answer::Text("Dana Reyes, Head of Consumer Lending, appointed by the board".into()),
    );
    let e = evaluate(&q, &a);
    assert_eq!(
        e.safeguard("named-owner").unwrap().status,
        SafeguardStatus::InPlace
    );
}

/// Police flags of "aggressive" people (case 86) fall, by the team's own answer, on groups at
/// risk of discrimination: comparing the flags across those groups is part of the testing the
/// policy requires, not a recommendation, and Testing is not met without it. A later hostile
/// review passed the same flags by ticking only "People with disabilities", or "None of these
/// in particular": disability is a protected ground, and flags read from people's bodies err
/// unevenly across groups whatever is ticked.
#[test]
fn group_testing_is_required_where_a_decision_about_others_falls_on_protected_groups() {
    let (q, mut a, e) = case("86-police-aggression-flags-no-group-testing.toml");
    assert!(e.safeguard("bias-testing").unwrap().is_policy_gap());
    assert_eq!(
        requirement(&e, "testing").state,
        raia::engine::RequirementState::NotMet
    );
    for vulnerable in [&["disability"][..], &["none"], &["disability", "hardship"]] {
        choose_many(&mut a, "vulnerable", vulnerable);
        let e = evaluate(&q, &a);
        assert!(
            e.safeguard("bias-testing").unwrap().is_policy_gap(),
            "{vulnerable:?}"
        );
        assert!(!gate_passes(&e), "{vulnerable:?}");
    }
    // Tracking people too (a later hostile review's behaviour-tracking cameras), with no group
    // named.
    choose_many(&mut a, "capabilities", &["tracking", "prediction"]);
    choose_many(&mut a, "vulnerable", &["none"]);
    assert!(
        evaluate(&q, &a)
            .safeguard("bias-testing")
            .unwrap()
            .is_policy_gap()
    );
    // Disability alone, without reading, tracking or scoring people, still counts.
    choose_many(&mut a, "capabilities", &["prediction"]);
    choose_many(&mut a, "vulnerable", &["disability"]);
    assert!(
        evaluate(&q, &a)
            .safeguard("bias-testing")
            .unwrap()
            .is_policy_gap()
    );
    // Predicting about each person from their personal data is a score of them, whichever box
    // names it (a fifth hostile review's discharge model ticked "prediction" and passed).
    choose_many(&mut a, "vulnerable", &["none"]);
    assert!(
        evaluate(&q, &a)
            .safeguard("bias-testing")
            .unwrap()
            .is_policy_gap()
    );
    // From no personal data, with no group named and no one's body read, tracked or scored, it
    // stays a recommendation.
    choose_many(&mut a, "personal-data", &["none"]);
    assert!(
        !evaluate(&q, &a)
            .safeguard("bias-testing")
            .unwrap()
            .is_policy_gap()
    );
}

/// A later hostile review moved round this session's questions: the companion answered from
/// documents or by voice instead of open-ended text, and the symptom checker's score ticked as a
/// prediction. Each is still asked, and still contradicts.
#[test]
fn the_new_questions_are_asked_whatever_the_tick() {
    let (q, mut a, _) = case("88-wellbeing-companion-coping-advice.toml");
    for speaks in ["grounded-text", "voice"] {
        let mut caps: Vec<String> = match a.answers.get("capabilities") {
            Some(Answer::Choices(c)) => c.iter().filter(|x| *x != "open-text").cloned().collect(),
            _ => panic!("capabilities is answered"),
        };
        caps.push(speaks.to_string());
        let caps: Vec<&str> = caps.iter().map(String::as_str).collect();
        choose_many(&mut a, "capabilities", &caps);
        let e = evaluate(&q, &a);
        assert!(
            holds(&e, "advises-on-own-situation-but-no-area"),
            "{speaks}"
        );
    }
    let (q, mut a, _) = case("89-symptom-checker-score-orders-callbacks.toml");
    choose_many(&mut a, "capabilities", &["open-text", "prediction"]);
    let e = evaluate(&q, &a);
    assert!(e.visible.iter().any(|v| v == "advice-score-reach"));
    assert!(holds(&e, "advises-but-decider-sees-scores"));
    // A later hostile pass: a money app on fixed screens from a forecast, a tax bot for sole
    // traders, and a copilot answering from documents whether an aircraft defect can wait.
    let (q, mut a, _) = case("88-wellbeing-companion-coping-advice.toml");
    choose_many(&mut a, "capabilities", &["prediction"]);
    assert!(holds(
        &evaluate(&q, &a),
        "advises-on-own-situation-but-no-area"
    ));
    choose_many(&mut a, "capabilities", &["open-text"]);
    choose_many(&mut a, "users", &["business"]);
    choose_many(&mut a, "personal-data", &["basic"]);
    assert!(holds(
        &evaluate(&q, &a),
        "advises-on-own-situation-but-no-area"
    ));
    let (q, mut a, _) = case("92-rail-signalling-inspections-stretched.toml");
    choose_many(&mut a, "capabilities", &["grounded-text"]);
    assert!(holds(&evaluate(&q, &a), "safety-predictions-but-no-area"));
    // A review of honest answers: a model whose flags only add inspections engineers decide.
    choose(&mut a, "prediction-stakes", "adds-checks");
    assert!(!holds(&evaluate(&q, &a), "safety-predictions-but-no-area"));
}

/// A review's police interview transcriber had no reasons to give: its honest answer is the
/// option that names a record the system makes, which the parties can check.
#[test]
fn the_reasons_option_names_a_record_the_system_makes() {
    let q = questionnaire();
    let label = &q
        .question("explanation")
        .unwrap()
        .option("reasons")
        .unwrap()
        .label;
    assert!(
        label.contains("such as a transcript or a translation"),
        "{label}"
    );
}

/// A hostile review's second pass: a real owner with "(a deputy is to be appointed)" after the
/// name, or a surname holding "Tbd", read as no owner, and a post "vacant" read as one.
#[test]
fn an_owner_named_first_is_one_whatever_follows() {
    let (q, mut a, _) = example("loan-pre-approval.toml");
    for (text, named) in [
        (
            "Grace Mensah, Head of Customer Services (a deputy is to be appointed in January)",
            true,
        ),
        ("Ana Tbd-Silva, Head of Lending", true),
        (
            "Head of Customer Services (post vacant, recruitment under way)",
            false,
        ),
        // Later reviews: a vacancy in other words, a stand-in name, a team or a post alone.
        ("Head of Benefits (post to be filled)", false),
        ("will be named after launch", false),
        ("recruitment in progress", false),
        ("the new Head of Benefits, once hired", false),
        ("Position open", false),
        ("Recruiting", false),
        ("Clinical Safety Officer: to be recruited", false),
        (
            "Head of Clinical Informatics - vacancy, recruitment under way",
            false,
        ),
        (
            "Chief Clinical Information Officer (role currently unfilled)",
            false,
        ),
        ("Dana Reyes (left 2026-09)", false),
        ("[Name], Clinical Safety Officer", false),
        ("<name>, Clinical Safety Officer", false),
        ("Firstname Lastname, Role", false),
        ("N.N., Clinical Safety Officer", false),
        ("NN, Clinical Safety Officer", false),
        ("Dr. ??? , Clinical Safety Officer", false),
        ("John Doe, Head of Lending", false),
        ("Jane Doe", false),
        ("The Clinical AI team", false),
        ("Clinical AI team", false),
        ("The CTO", false),
        // A body in capitals is no person, but a surname that is a body's word is ("Amy
        // Committee"), and a person named after the body is one.
        ("Risk Committee", false),
        ("Lending Team", false),
        ("Model Governance Board", false),
        ("Data Office", false),
        ("Amy Committee", true),
        ("Grace Board", true),
        ("Risk Committee, Andre Wilson", true),
        // A person named first, the rest about a deputy, a predecessor or their team (a
        // review saw each read as naming no one); what is said of them still counts.
        ("Andre Wilson of the Consumer Lending Analytics team", true),
        (
            "Andre Wilson, Chief Credit Officer (took over from Maria Costa, who left the bank in March 2025)",
            true,
        ),
        (
            "Andre Wilson, Chief Credit Officer since 2025, after Maria Costa retired",
            true,
        ),
        (
            "Andre Wilson, Chief Credit Officer (deputy post currently vacant)",
            true,
        ),
        ("Andre Wilson, Chief Credit Officer; deputy: none", true),
        (
            "Andre Wilson, Chief Credit Officer (hiring for a deputy now)",
            true,
        ),
        (
            "Andre Wilson, Chief Credit Officer (his predecessor's post was vacant for two months in 2024)",
            true,
        ),
        (
            "Dana Reyes, Head of Lending (left the bank in March 2026)",
            false,
        ),
        ("Andre Wilson (post vacant from January)", false),
        ("Jane Doe of the Risk team", false),
        // Bodies and posts in words of what an organisation does (a hostile review).
        ("Model Risk Management", false),
        ("Credit Operations", false),
        ("Board of Directors", false),
        ("MRM Team", false),
        ("Internal Audit", false),
        ("Second Line of Defence", false),
        ("Director, Retail Lending", false),
        ("VP Credit", false),
        ("Compliance", false),
        ("AI Ethics Council", false),
        ("Andre Wilson, Risk Committee", true),
        ("Andre Wilson (Lending Team)", true),
        ("Andre Wilson for the Risk Committee", true),
        ("Maria Compliance", true),
        // A third review: acronyms alone, separators other than a comma, surnames that are
        // a title's word, a stand-in.
        ("CCO", false),
        ("MLRO", false),
        ("Business Owner", false),
        ("A. N. Other", false),
        ("Edith Head", true),
        ("Guy Director", true),
        ("Andre Wilson - Chief Credit Officer", true),
        ("Andre Wilson / Lending Team", true),
        ("Andre Wilson @ Credit Risk Forum", true),
        ("Andre Wilson \u{2013} Risk Committee", true),
        (
            "Dr. Andre Wilson, Chief Credit Officer, Consumer Lending Analytics team",
            true,
        ),
        // Real people, whatever their names and posts hold.
        ("Will Turner, Chief Technology Officer", true),
        // Initials and double-barrelled surnames (a review of honest answers).
        ("N.N. Vohra, Head of Digital Workplace", true),
        ("Jane Doe-Brown, Head of Digital Workplace", true),
        ("Jane Smith, Head of Recruitment", true),
        ("Nnamdi Okafor, Head of Risk (hired in 2024)", true),
        ("Priya Nair, Director of the Data Office", true),
        ("Tom Board, Chief Risk Officer", true),
        // An initial for the given name, before a body's word (a compliance review).
        ("H. Okafor, Chair of the Lettings Risk Board", true),
        ("J. Smith, Model Risk Committee", true),
        (
            "Marie-Thérèse O'Neill (Data Protection Officer, on the board)",
            true,
        ),
        ("Sam Left, Head of Claims", true),
        // Later reviews: honest names read as none, and more ways of naming no one.
        ("Lim Chee Soon", true),
        ("Kim Soon, Head of Risk", true),
        (
            "Dana Smith, Head of Risk (covering the vacant CRO post)",
            true,
        ),
        ("Tom Team", true),
        ("Ravi Unit, Head of Lending", true),
        ("Jane Smith (successor to Tom Brown as CRO)", true),
        ("Chief AI Officer (post being recruited)", false),
        ("Open role: Chief AI Officer", false),
        ("Head of Lending (hiring in Q1 2027)", false),
        ("The CRO's successor", false),
        ("Whoever is on call", false),
        ("Coming soon", false),
        ("Dana Reyes (retired 2026-09-30)", false),
        ("Head of Lending (open)", false),
        ("Ana Silva, Head of Vacancy Management", true),
        ("Li Na, Head of the Pending Claims Team", true),
        // A post first, then the person; the surname No (a review of honest answers). The same
        // shapes that name no one still do not.
        ("The Chief Credit Officer, Andre Wilson", true),
        ("The CRO (Dana Reyes)", true),
        ("No Min-jun", true),
        ("No Tae-woo, Head of Lending", true),
        ("The CTO, Risk Team", false),
        ("The CTO, To Be Named", false),
        ("The CTO (To Be Confirmed)", false),
        ("The CTO, Head of Lending", false),
        ("The CTO, John Doe", false),
        ("The CTO (Vacant Post)", false),
        ("The CRO, Position Open", false),
        ("No Owner Yet", false),
        ("No Sign-off yet", false),
        ("No Co-owner", false),
        ("No one", false),
        // A hostile review of those: a vacancy, a hire to come, a name held back, a post.
        ("The CTO, Vacant Role", false),
        ("The CTO, New Hire", false),
        ("The CRO, Job Posted", false),
        ("The CRO (Name Redacted)", false),
        ("The CTO, Name Withheld", false),
        ("The CRO, Any Approver", false),
        ("The CRO, Shared Responsibility", false),
        ("The CTO, Pending Appointment", false),
        ("The CRO (Interim Cover)", false),
        ("The CRO, Acting CRO", false),
        ("The CRO, Starts January", false),
        ("No Name-yet", false),
        ("No Stop-gap", false),
        ("No Hire-date", false),
        ("No Hand-over yet", false),
        // And honest names it refused: particles of a surname, given names of two letters.
        ("The CRO, Ludwig van Dijk", true),
        ("The CRO, José de la Cruz", true),
        ("The CRO, Aisha bint Khalid", true),
        ("No Ji-woo", true),
        ("No Ye-eun, Head of Lending", true),
        // A second review: a post, a team or a name held back alone; a person after a post
        // with a title or the surname No.
        ("Chief Credit Officer", false),
        ("Head of Lending", false),
        ("CRO", false),
        ("Our Chief Credit Officer", false),
        ("Withheld", false),
        ("Redacted", false),
        ("Anonymous", false),
        ("Head of Lending, name withheld", false),
        ("The CRO, No Ji-woo", true),
        ("The Chief Credit Officer, Dr. Andre Wilson", true),
        ("Dr. Andre Wilson", true),
        ("Chief Credit Officer: Andre Wilson", true),
        // A fourth review: a person named, then said to be gone or not yet in post; a firm by
        // its legal form; a committee written as one word.
        ("Andre Wilson (to be appointed)", false),
        ("Andre Wilson (yet to be appointed)", false),
        ("Andre Wilson (proposed)", false),
        ("Andre Wilson, CRO (not yet in post)", false),
        ("Andre Wilson, CRO (left after March 2026)", false),
        ("Andre Wilson (has left)", false),
        ("Andre Wilson (resigned 2026-09-30)", false),
        ("Andre Wilson (deceased)", false),
        ("Andre Wilson (no longer with the bank)", false),
        ("Acme Bank plc", false),
        ("Acme Lending Ltd.", false),
        ("ExCo", false),
        ("RiskCo", false),
        // Honest shapes beside them.
        ("Andre Wilson (acting)", true),
        ("Andre Wilson, CRO (took over after Maria Costa left)", true),
        ("Andre Wilson, Acme Bank plc", true),
        ("Andre Wilson, Head of Left-Handed Tools", true),
        // A fifth review: a person gone or not yet in post in other words, firms, products,
        // mailboxes and rotas as owners.
        ("Andre Wilson (former CRO)", false),
        ("Former CRO Andre Wilson", false),
        ("Andre Wilson (passed away)", false),
        ("Andre Wilson (d. 2025)", false),
        ("Andre Wilson \u{2020}", false),
        ("Andre Wilson (dismissed)", false),
        ("Andre Wilson (now at Barclays)", false),
        ("Andre Wilson (left March 2026)", false),
        ("Andre Wilson (who left)", false),
        ("Andre Wilson (starts 2027-02-01)", false),
        ("Andre Wilson, CRO-designate", false),
        ("Andre Wilson (nominated)", false),
        ("Andre Wilson (hypothetical)", false),
        ("Andre Wilson (To Be Appointed)", false),
        (
            "Andre Wilson, CRO (took over after Maria Costa left; Andre has since left too)",
            false,
        ),
        // Two words ending in a firm's word may be a person's name ("Ivy Bank"): "Acme
        // Bank" is read as one (left to the reviewer); three are a firm.
        ("Acme Bank", true),
        ("Acme GmbH", false),
        ("Acme Lending Co.", false),
        ("Acme Financial Services", false),
        ("QuickQuote", false),
        ("AWS SageMaker", false),
        ("GPT-4", false),
        ("credit-risk@acme.com", false),
        ("#credit-risk-ai", false),
        ("svc-quickquote", false),
        ("Senior Manager (SMF4)", false),
        ("Shared ownership", false),
        ("On-call rotation", false),
        ("Loan Origination System", false),
        // Honest ones beside them: another person gone, a former post beside a current one, an
        // address, degrees, surnames that are words of leaving.
        (
            "Andre Wilson (Maria Costa left in March; Andre took over)",
            true,
        ),
        ("Andre Wilson, CRO (since Maria Costa left)", true),
        (
            "Andre Wilson, Head of Credit (the previous owner, Maria Costa, has left)",
            true,
        ),
        (
            "Andre Wilson, Head of Credit (the previous owner has left)",
            true,
        ),
        (
            "Andre Wilson, CRO; Maria Costa (left) was the previous owner",
            true,
        ),
        ("Andre Wilson, CRO (former Head of Audit)", true),
        (
            "Andre Wilson, VP Credit (joined 2026-06 from Acme Bank plc, which he left in May)",
            true,
        ),
        ("Andre Wilson <andre.wilson@acme.com>, CRO", true),
        ("Dr Andre Wilson PhD, Chief Data Scientist", true),
        ("Andre McDonald, Head of Credit", true),
        ("JoAnne Smith, Head of Credit", true),
        ("Sarah Left, Head of Credit Policy", true),
        ("Grace Gone, Head of Credit", true),
        ("Jerome Co, Head of Credit Risk", true),
        ("Acme Bank plc: Andre Wilson, CRO", true),
        (
            "Andre Wilson, Head of Credit (joined after leaving Barclays in 2025)",
            true,
        ),
        (
            "Andre Wilson (proposed by ExCo, confirmed 2026-02-01)",
            true,
        ),
        // A sixth review: honest names from other scripts and shapes, and more ways of naming
        // no one or several.
        ("陈建国，首席信贷官（2024年3月起任职）", true),
        ("王芳（CRO）", true),
        ("Andre Wilson（CRO）", true),
        ("王芳 CRO", true),
        ("刘洋 首席风险官", true),
        ("张伟", true),
        ("김구", true),
        ("Ivy Bank, Chief Credit Officer", true),
        ("Guy Partners, CRO", true),
        ("Ramesh S.A., CRO", true),
        ("Andre Wilson | Chief Credit Officer | Acme Bank", true),
        ("Andre Wilson at Acme Bank", true),
        ("The accountable owner is Andre Wilson, CRO.", true),
        ("Andre Wilson is the named owner.", true),
        ("Andre Wilson, retired Army colonel, now CRO", true),
        ("陈静，CRO，电话 +86 10 5555 0100", true),
        ("Acme Lending Group", false),
        ("株式会社アクメ", false),
        ("首席风险官", false),
        ("Directeur des risques", false),
        ("Andre Wilson (verstorben)", false),
        ("Andre Wilson (已离职)", false),
        ("Andre Wilson (前CRO)", false),
        ("Andre Wilson (fired)", false),
        ("Andre Wilson and Maria Costa", false),
        ("Andre Wilson (co-owner with Maria Costa)", false),
        ("Andre Wilson's deputy", false),
        ("Assistant to Andre Wilson", false),
        ("Maybe Andre Wilson", false),
        ("See Appendix B", false),
        ("IBM Watson", false),
        ("N. N., Leiter Kreditrisiko", false),
        ("张三", false),
        // A review of honest answers: a past role or employer beside the current post.
        (
            "Lucy Grant, CRO, resigned as CFO in 2022 to become CRO",
            true,
        ),
        ("Lucy Grant, CRO, who retired from the Army in 2015", true),
        (
            "Andre Wilson, Chief Credit Officer, who left Barclays in 2019 to join us",
            true,
        ),
        (
            "Mei Lin, Head of Model Risk (joined from HSBC, which she left in 2023)",
            true,
        ),
        (
            "Jean Dupont, Directeur des risques, ancien directeur de l'audit",
            true,
        ),
        ("Ana DiCaprio-Santos, Head of Credit", true),
        ("Andre Wilson, Office of the CRO", true),
        (
            "Andre Wilson, CRO, who moved to this role from Operations in 2022",
            true,
        ),
        ("Andre Wilson, CRO, now at head office", true),
        (
            "Andre Wilson, CRO, who proposed the model (and owns it)",
            true,
        ),
        ("Andre Wilson (moved to Citi)", false),
        ("Andre Wilson declined to take ownership", false),
    ] {
        a.answers
            .insert("owner-name".into(), Answer::Text(text.into()));
        let e = evaluate(&q, &a);
        let owner = e.safeguard("named-owner").unwrap();
        assert_eq!(owner.status == SafeguardStatus::InPlace, named, "{text}");
        // Where the name is read as no one's, the state says the answer is why (it said
        // "missing" beside an answered question). A name still to come is not missing yet.
        if !named && !owner.answer_pending {
            assert_eq!(
                raia::explain::safeguard_state(owner),
                "missing: the answer to \"Name the accountable owner and their role.\" does not show it",
                "{text}"
            );
        }
    }
}

/// A prohibited use no answer raises, while a question that screens for it is unanswered, is
/// not "clear" in any report: a review saw "clear" and "No answer indicates it" for privacy
/// beside an unanswered question on whom users can have tracked.
#[test]
fn a_prohibition_screened_by_an_unanswered_question_is_not_clear() {
    let (q, mut a, _) = example("loan-pre-approval.toml");
    let t = raia::report::Templates::builtin().unwrap();
    choose_many(&mut a, "personal-data", &["basic", "financial", "location"]);
    let e = evaluate(&q, &a);
    assert!(e.unanswered.iter().any(|u| u == "tracking-whom"));
    let json = raia::report::render(&q, &a, raia::report::Format::Json, &t).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = |id: &str| {
        v["prohibitions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()
            .clone()
    };
    let privacy = row("privacy");
    assert_eq!(privacy["status"], "to-be-confirmed", "{privacy}");
    assert_eq!(
        privacy["unanswered_by"],
        serde_json::json!([
            "Can end users pick another person for the system to identify, locate, track or monitor?"
        ])
    );
    assert_eq!(row("likeness")["status"], "clear");
    let info = raia::report::render(&q, &a, raia::report::Format::InfoRequest, &t).unwrap();
    let line = info
        .lines()
        .find(|l| l.starts_with("| Violating privacy rights ("))
        .unwrap();
    assert!(line.contains("**Not answered yet.** A question that screens for it is unanswered (Can end users pick another person"), "{line}");
    let md = raia::report::render(&q, &a, raia::report::Format::Markdown, &t).unwrap();
    assert!(
        md.contains("| **to be confirmed: a question that screens for it is not answered yet** |"),
        "{md}"
    );
    // The row names the question it waits on, as the other modes do (it listed only answers).
    assert!(
        md.contains("Can end users pick another person for the system to identify, locate, track or monitor? → not answered yet"),
        "{md}"
    );
    // Several, said as several (a blank assessment), in every mode.
    let blank = raia::assessment::Assessment::default();
    let be = evaluate(&q, &blank);
    let bp = be.prohibitions.iter().find(|p| p.id == "privacy").unwrap();
    assert_eq!(
        raia::explain::prohibition_state(&q, &be, bp, None),
        raia::explain::NOT_SCREENED_YET_MANY
    );
    let info = raia::report::render(&q, &blank, raia::report::Format::InfoRequest, &t).unwrap();
    let line = info
        .lines()
        .find(|l| l.starts_with("| Violating privacy rights ("))
        .unwrap();
    assert!(line.contains("**Not answered yet.** Questions that screen for it are unanswered (Who uses the system directly?; "), "{line}");
    assert!(
        line.contains("the assessment must answer them before"),
        "{line}"
    );
    // Every mode says it in the same words: `score` and plain mode list it, `raia diff` shows
    // the row move (they said nothing of it).
    let privacy = e.prohibitions.iter().find(|p| p.id == "privacy").unwrap();
    assert_eq!(
        raia::explain::prohibition_state(&q, &e, privacy, None),
        raia::explain::NOT_SCREENED_YET
    );
    assert_eq!(
        raia::explain::waiting_on_answers(&q, &e, None),
        [
            "Violating privacy rights: a question that screens for it is not answered yet: \"Can end users pick another person for the system to identify, locate, track or monitor?\"",
            "Harassing or harming people or groups: a question that screens for it is not answered yet: \"Can end users pick another person for the system to identify, locate, track or monitor?\""
        ]
    );
    let (_, complete, _) = example("loan-pre-approval.toml");
    let d = raia::diff::diff(&q, "before", &complete, "after", &a, None);
    let row = d.prohibitions.iter().find(|p| p.id == "privacy").unwrap();
    assert_eq!(
        (row.before.as_str(), row.after.as_str()),
        ("clear", "to-be-confirmed")
    );
    assert_eq!(row.after_label, raia::explain::NOT_SCREENED_YET);
    // Answered, it is clear again.
    choose(&mut a, "tracking-whom", "no");
    let json = raia::report::render(&q, &a, raia::report::Format::Json, &t).unwrap();
    assert!(!json.contains("not answered yet"), "{json}");
    let e = evaluate(&q, &a);
    assert!(raia::explain::waiting_on_answers(&q, &e, None).is_empty());
}

/// A compliance review: the out-of-scope uses answered "None defined yet; we will write this
/// later." beside documentation said written down read "Information on request: met". The answer
/// is no answer, and the documented uses are to be confirmed until it is written.
#[test]
fn out_of_scope_uses_still_to_be_written_leave_information_on_request_to_confirm() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert_eq!(
        requirement(&e, "information-on-request").state,
        raia::engine::RequirementState::Met
    );
    a.answers.insert(
        "out-of-scope".into(),
        Answer::Text("None defined yet; we will write this later.".into()),
    );
    let e = evaluate(&q, &a);
    assert!(e.unanswered.iter().any(|id| id == "out-of-scope"));
    assert!(holds(&e, "uses-documented-but-scope-unwritten"));
    assert_eq!(
        requirement(&e, "information-on-request").state,
        raia::engine::RequirementState::ToBeConfirmed
    );
    assert!(!gate_passes(&e));
    // Written, as it stands, it is met again.
    a.answers.insert(
        "out-of-scope".into(),
        Answer::Text(
            "None are ruled out in writing yet beyond the terms: no business lending.".into(),
        ),
    );
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "uses-documented-but-scope-unwritten"));
    assert_eq!(
        requirement(&e, "information-on-request").state,
        raia::engine::RequirementState::Met
    );
}

/// A compliance review: a team stated a use the policy forbids is intended ("yes"), no screening
/// answer confirmed one, and `raia score` said only "Prohibited uses: none confirmed" beside
/// tier LOW. The statement is said beside it, in words, until a screening answer says which.
#[test]
fn a_stated_intent_no_screening_answer_confirms_is_said_beside_none_confirmed() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert_eq!(raia::explain::intent_without_screening(&q, &a, &e), None);
    choose(&mut a, "intent", "yes");
    let e = evaluate(&q, &a);
    let line = raia::explain::intent_without_screening(&q, &a, &e).expect("said");
    assert!(
        line.starts_with("the team states that a prohibited use is intended or allowed (\"Is any use the policy forbids")
            && line.ends_with("and no screening answer says which: answer the screening questions for that use as it is"),
        "{line}"
    );
    assert!(!gate_passes(&e));
    // A confirmed use says which already.
    let (q, mut a, _) = example("voice-clone-no-consent.toml");
    choose(&mut a, "intent", "yes");
    let e = evaluate(&q, &a);
    assert_eq!(raia::explain::intent_without_screening(&q, &a, &e), None);
}

/// The same review: tests ticked as passed, their summary "We will do this before launch."
/// read "Testing: met". The summary is no answer and says the tests are to come, so each test
/// the ticks show is to be confirmed.
#[test]
fn a_test_summary_still_to_come_leaves_the_tests_to_confirm() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert!(requirement_met(&e, "testing"));
    a.answers.insert(
        "test-summary".into(),
        Answer::Text("We will do this before launch.".into()),
    );
    let e = evaluate(&q, &a);
    assert!(e.unanswered.iter().any(|id| id == "test-summary"));
    for s in ["accuracy-evaluation", "bias-testing"] {
        assert!(e.safeguard(s).unwrap().is_contradicted(), "{s}");
    }
    assert_eq!(
        requirement(&e, "testing").state,
        raia::engine::RequirementState::ToBeConfirmed
    );
    assert!(!gate_passes(&e));
}

/// A review of honest evidence: an approval given on a condition due by a day gone by read
/// "expired on" that day, and "conditional on" read in place two years on. The condition's day
/// counts, is said as what it is, with what to record, and a word that it was met ends it.
#[test]
fn a_conditional_approval_past_its_condition_says_so_not_expired() {
    let (q, mut a, _) = example("loan-pre-approval.toml");
    let base = "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18, conditional on a fairness retest by 2025-06-30.";
    record(&mut a, "risk-assessment", SafeguardStatus::InPlace, base);
    let e = evaluate(&q, &a);
    let s = e.safeguard("risk-assessment").unwrap();
    assert!(s.evidence_expired("2026-12-04"));
    assert!(s.expires_on_condition);
    assert_eq!(
        raia::explain::safeguard_state_on(s, Some("2026-12-04")),
        "in place, but a condition of its approval fell due on 2025-06-30 and nothing says it was met"
    );
    assert_eq!(
        raia::explain::evidence_expired(s),
        "the evidence for \"Documented risk assessment\" gives its approval on a condition due by 2025-06-30, and does not say the condition was met: record that it was, with the day (\"the retest was completed on ...\"), or renew the approval"
    );
    // The gate, the verdict and the report say so too, not "expired" (a review read "in place
    // on evidence that has expired" there).
    let failures: Vec<_> = e
        .gate_on(raia::engine::Binding::Bound, false, Some("2026-12-04"))
        .into_iter()
        .map(|f| f.failure)
        .collect();
    assert_eq!(
        raia::explain::gate_failures(&failures, &q),
        [
            "1 safeguard is in place on an approval whose condition fell due, and nothing says the condition was met"
        ]
    );
    let verdict = raia::explain::verdict(&q, &e, Some("2026-12-04"));
    assert!(
        verdict.ends_with("1 safeguard is in place on an approval whose condition fell due, and nothing says it was met."),
        "{verdict}"
    );
    assert!(!verdict.contains("expired"), "{verdict}");
    let t = raia::report::Templates::builtin().unwrap();
    let md = raia::report::render_on(
        &q,
        &a,
        raia::report::Format::Markdown,
        &t,
        Some("2026-12-04"),
    )
    .unwrap();
    for line in [
        "  - also: 1 in place on an approval whose condition fell due, not said met\n",
        "- **Next actions:** renew or confirm the evidence of Documented risk assessment (in place, but a condition of its approval fell due on 2025-06-30 and nothing says it was met).",
        "To confirm, as the approval's condition fell due and nothing says it was met: Documented risk assessment",
    ] {
        assert!(md.contains(line), "{line}\n{md}");
    }
    assert!(!md.contains("expired"), "{md}");
    // Before the day, it holds.
    assert!(!s.evidence_expired("2025-06-01"));
    // Said met: in place.
    record(
        &mut a,
        "risk-assessment",
        SafeguardStatus::InPlace,
        &format!("{base} The retest was completed on 2025-05-20."),
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("risk-assessment").unwrap();
    assert!(!s.evidence_expired("2026-12-04"), "{s:?}");
    // Other deadlines, other ways of setting a condition, and a completion answered "no" (a
    // review saw each read as met two years on).
    let approved =
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18";
    for lapsed in [
        format!("{approved}, conditional on a fairness retest before 2025-06-30."),
        format!("{approved}, on condition of a fairness retest no later than 2025-06-30."),
        format!("{approved}, as long as a fairness retest is done by 2025-06-30."),
        format!("{approved}, if a fairness retest is completed by 2025-06-30."),
        format!("{approved}. Fairness retest due 2025-06-30."),
        format!("{base} Retest complete (2025-05-20): no."),
        format!("{base} Retest completed on 2025-05-20? No."),
        format!("{base} Retest approved? No."),
        // The evidence's own approval after the condition meets nothing.
        "Model risk assessment MRM-CL-031, conditional on a fairness retest by 2025-06-30, approved by the Model Risk Committee on 2024-11-18.".to_string(),
        "Model risk assessment MRM-CL-031, subject to a fairness retest by 2025-06-30, signed off by the CRO on 2024-11-18.".to_string(),
        format!("{approved}, conditional on a fairness retest by 2025-06-30, to be signed off by the MRC."),
        // A second review: obligations in other words, other deadlines, other denials.
        format!("{approved}; it requires a fairness retest before 2025-06-30."),
        format!("{approved}; unless a fairness retest is completed by 2025-06-30, the approval lapses."),
        format!("{approved}, conditional on a fairness retest prior to 2025-06-30."),
        format!("{approved}, pending fairness retest (ETA 2025-06-30)."),
        format!("{approved}; the committee asked for a fairness retest before 2025-06-30."),
        format!("{approved}. Fairness retest due by 2025-06-30."),
        format!("{approved}, conditional on a fairness retest by end of June 2025."),
        format!("{approved}, conditional on a fairness retest in Q2 2025."),
        format!("{approved}, conditional on a fairness retest by Q2 2026."),
        format!("{base} Retest completed on 2025-05-02: false."),
        format!("{base} Retest complete (2025-06-30): not yet"),
    ] {
        record(&mut a, "risk-assessment", SafeguardStatus::InPlace, &lapsed);
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        // A completion answered "no" is no evidence at all; the others lapse on the condition.
        if s.unjustified {
            assert!(lapsed.contains("? No") || lapsed.contains("): no") || lapsed.contains(": false") || lapsed.contains(": not yet"), "{lapsed}");
        } else {
            assert!(s.evidence_expired("2026-12-04"), "{lapsed}");
            assert!(s.expires_on_condition, "{lapsed}");
        }
    }
    // Met, or no deadline at all: a "no" that ends nothing, a retest done, a threshold of data.
    for holds in [
        format!("{base} Retest completed on 2025-05-20, no issues found."),
        // Met in other words (a review saw each read as lapsed).
        format!("{base} Retest signed off 2025-05-20."),
        format!("{base} The retest report was accepted by the committee on 2025-05-20."),
        format!("{base} Fairness retest RT-9 approved 2025-05-20."),
        format!("{base} Retest concluded on 2025-05-20 with no findings."),
        format!("{base} Retest report FR-12 issued 2025-06-12."),
        // A period named as the deadline runs to its last day (a review saw these lapse on
        // their first, with the quarter or the month still under way).
        format!("{approved}, conditional on a fairness retest by Q4 2026."),
        format!("{approved}, conditional on a fairness retest by December 2026."),
        // A date before the condition is set dates the approval: no deadline.
        "Model risk assessment MRM-CL-031, approved in November 2026, subject to the standard terms.".to_string(),
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee during Q3 2026, provided the data stays the same.".to_string(),
        // "if" about the data, not a condition (a review saw it lapse).
        format!("{approved}. If an applicant was declined before 2023-01-01, they may reapply."),
        format!("{approved}. Fairness retest due 2025-06-30; retest completed 2025-06-12."),
        format!(
            "{approved}; loans booked before 2020-01-01 excluded, subject to the standard terms."
        ),
        format!(
            "{approved}, subject to annual review; applications received before 2024-01-01 were excluded."
        ),
    ] {
        record(&mut a, "risk-assessment", SafeguardStatus::InPlace, &holds);
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(!s.evidence_expired("2026-12-04"), "{holds}: {s:?}");
    }
    // The note on how a date written another way was read fits how it was written (a review
    // saw "30 June 2025" told that a month named alone lapses at its end).
    for (until, note) in [
        (
            "30 June 2025",
            "(read from a date the evidence writes another way; write",
        ),
        (
            "June 2025",
            "a month, quarter or year named alone lapses at its end",
        ),
        (
            "Q2 2025",
            "a month, quarter or year named alone lapses at its end",
        ),
        (
            "2025",
            "a month, quarter or year named alone lapses at its end",
        ),
        (
            "05/06/2025",
            "where day and month could be either, the earlier date is taken",
        ),
        (
            "30/06/2025",
            "(read from a date the evidence writes another way; write",
        ),
    ] {
        record(
            &mut a,
            "risk-assessment",
            SafeguardStatus::InPlace,
            &format!("{approved}, valid until {until}."),
        );
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        let said = raia::explain::evidence_expired(s);
        assert!(said.contains(note), "{until}: {said}");
    }
    // A completion answered "no" is no evidence, condition or not.
    record(
        &mut a,
        "risk-assessment",
        SafeguardStatus::InPlace,
        &format!("{approved}. Retest complete (2025-06-30): no"),
    );
    let e = evaluate(&q, &a);
    assert!(e.safeguard("risk-assessment").unwrap().unjustified);
    // An expiry is still an expiry.
    record(
        &mut a,
        "risk-assessment",
        SafeguardStatus::InPlace,
        "Model risk assessment MRM-CL-031, approved 2024-11-18; valid until 2025-06-30.",
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("risk-assessment").unwrap();
    assert!(!s.expires_on_condition);
    assert_eq!(
        raia::explain::safeguard_state_on(s, Some("2026-12-04")),
        "in place, but its evidence expired on 2025-06-30"
    );
}

/// A condition given as a span after the approval ("within six months") falls due at the span's
/// end, counted from the approval's date: a review saw such approvals read in place two years
/// on. A span in a rule about how work is done sets no deadline.
#[test]
fn a_condition_due_within_a_span_of_its_approval_falls_due_at_its_end() {
    let (q, mut a, _) = example("loan-pre-approval.toml");
    let approved =
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18";
    for (lapsed, due) in [
        (
            format!("{approved} on condition that a fairness retest is completed within six months."),
            "2025-05-18",
        ),
        (
            format!("{approved}, subject to a fairness retest within 90 days."),
            "2025-02-16",
        ),
        (
            format!("{approved}, provided that within 1 year a fairness retest is completed."),
            "2025-11-18",
        ),
        (
            // Ten working days from a Monday end on the second Monday after it; counted with a
            // weekend either side, never earlier than that.
            format!("{approved}; a fairness retest must be completed within 10 business days."),
            "2024-12-04",
        ),
        (
            "Model risk assessment approved 18 November 2024, conditional on a fairness retest within 3 months.".to_string(),
            "2025-02-18",
        ),
    ] {
        record(&mut a, "risk-assessment", SafeguardStatus::InPlace, &lapsed);
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(s.evidence_expired("2026-12-04"), "{lapsed}");
        assert!(s.expires_on_condition, "{lapsed}");
        assert_eq!(s.evidence_expires, due, "{lapsed}");
        let said = raia::explain::evidence_expired(s);
        assert!(
            said.contains(&format!(
                "due by {due} (the end of the span the condition gives, counted from the date before it"
            )),
            "{said}"
        );
        // The requirement says why in words, not that the evidence expired.
        let r = e
            .requirements
            .iter()
            .find(|r| r.safeguards.iter().any(|x| x == "risk-assessment"))
            .unwrap();
        let why = raia::explain::requirement_state_on(&e, r, Some("2026-12-04"));
        assert!(
            why.contains("gives an approval on a condition that fell due, and does not say the condition was met"),
            "{why}"
        );
        // Before the span ends, it holds.
        assert!(!s.evidence_expired("2024-12-01"), "{lapsed}");
    }
    // Several conditions, each with its own deadline: one met leaves the other due (a review
    // saw the one completion meet both).
    let two = format!(
        "{approved}, conditional on a fairness retest by 2025-06-30 and a privacy review by 2025-09-30."
    );
    for lapsed in [
        format!("{two} Retest completed 2025-05-20."),
        format!("{two} Retest completed 2025-05-20; privacy review pending."),
        format!(
            "{approved}, conditional on a fairness retest within 6 months and a bias audit within 3 months; the bias audit was completed on 2025-01-20."
        ),
    ] {
        record(&mut a, "risk-assessment", SafeguardStatus::InPlace, &lapsed);
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(s.evidence_expired("2026-12-04"), "{lapsed}");
        assert!(s.expires_on_condition, "{lapsed}");
    }
    // A second review: other ways of writing the span, of setting the condition, and
    // completions that meet nothing (earlier work, work that only serves the condition, a
    // completion still to come).
    for lapsed in [
        format!("{approved}, conditional on a fairness retest no later than 90 days after approval."),
        format!("{approved}, conditional on a fairness retest within the next six months."),
        format!("{approved}, conditional on a fairness retest within a quarter."),
        format!("{approved}, conditional on a fairness retest within forty-five days."),
        format!("{approved}, conditional on a fairness retest within one hundred and eighty days."),
        format!("{approved}, conditional on a fairness retest within six (6) months."),
        format!("{approved}, conditional on a fairness retest within 6 mths."),
        format!("{approved}, conditional on a fairness retest within half a year."),
        format!("{approved}, conditional on a fairness retest six months later."),
        format!("{approved}, conditional on a fairness retest being completed before six months have passed."),
        format!("{approved}; a six-month fairness retest is a condition of the approval."),
        format!("{approved}; within six months a fairness retest is required as a condition of approval."),
        format!("{approved}, as long as a fairness retest is completed within 6 months."),
        format!("{approved}, subject to a fairness retest within 90 days; retest data was delivered on 2025-01-10."),
        format!("{approved}, subject to a fairness retest within six months. Validation was completed on 2024-10-30."),
        format!("{approved}, subject to a fairness retest within six months; the data refresh was completed on 2025-02-10."),
        format!("{approved}, subject to a fairness retest within six months; the retest plan was approved on 2025-01-10."),
        format!("{approved}, subject to a fairness retest within six months; a first retest was completed on 2024-11-10 before approval."),
        format!("{approved}, subject to a fairness retest within six months; the retest should have been completed on 2025-05-18."),
        format!("{approved}, subject to a fairness retest within six months; once completed the retest is filed."),
        format!("{approved}, conditional on a completed fairness retest within six months."),
        format!("{approved}, subject to a fairness retest within six months; the retest was completed on 2025-04-10 for only one of three segments."),
        "Model risk assessment MRM-CL-031, approved 2024-11-18 on two conditions: a bias audit within 3 months, completed on 2025-01-20, and a fairness retest within 6 months.".to_string(),
    ] {
        record(&mut a, "risk-assessment", SafeguardStatus::InPlace, &lapsed);
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(s.evidence_expired("2026-12-04"), "{lapsed}");
    }
    // A third review: other work asked for, work that only serves it, a denial, a quarter's
    // end.
    let on = "Approved 2024-11-18";
    for lapsed in [
        format!("{on}, conditional on a DPIA within 60 days."),
        format!("{on}, subject to the DPIA being finalised within 60 days."),
        format!("{on}, on condition that the red-team exercise is repeated within twelve months."),
        format!(
            "{on}, conditional on human-oversight training within 90 days; the training materials were completed on 2025-01-20."
        ),
        format!(
            "{on}, conditional on a penetration test within 90 days; the pen test has not been completed."
        ),
        format!(
            "{on}, conditional on a bias audit within six months; the bias audit plan was approved on 2025-01-10."
        ),
        format!(
            "{on}, conditional on an audit within six months; no audit has been completed to date."
        ),
        format!(
            "{on}, conditional on an audit within six months; the audit fieldwork was completed on 2025-04-01, report pending."
        ),
        format!(
            "{on}, subject to a quarterly monitoring report and a one-off bias audit within six months."
        ),
        "Conditions: DPIA (due 2025-01-31) - closed 2025-01-28; pen test (due 2025-02-28) - open."
            .to_string(),
    ] {
        record(&mut a, "risk-assessment", SafeguardStatus::InPlace, &lapsed);
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(s.evidence_expired("2026-12-04"), "{lapsed}");
    }
    for holds in [
        // A review of honest evidence: rules upon an event, for newcomers or for cases as they
        // come; a condition met in the work's own verb, a dated report, a result.
        format!("{on}. If drift exceeds tolerance, the model must be retested within 30 days."),
        format!("{on}. New underwriters must complete model training within their first 90 days."),
        format!("{on}. Requests for human review are completed within 10 business days."),
        format!("{on}, subject to a retest within 90 days; we retested on 2025-02-01."),
        format!(
            "{on}, subject to a bias audit within six months. The bias audit (report BA-12, 2025-04-14) found no issues."
        ),
        format!(
            "{on}, subject to a retest within 90 days; the retest was run on 2025-02-01 and passed."
        ),
        format!(
            "{on}, subject to conditions all met by 2025-01-15, including a retest within 30 days."
        ),
        format!(
            "{on}, subject to a retest within 90 days. Six months later, on 2025-05-15, the retest was completed."
        ),
        format!("{on}, conditional on a DPIA in Q4 2026."),
        format!("{on}, conditional on a penetration test by the end of December 2026."),
        format!(
            "{on}, conditional on a bias audit by 2025-02-28 and a pen test by 2025-03-31; the conditions were met on 2025-03-30."
        ),
        format!(
            "{on}, conditional on a bias audit by 2025-02-28; the bias audit was held on 2025-02-20."
        ),
        format!(
            "{on}, conditional on human-oversight training by 2025-02-18; all credit officers were trained on 2025-02-10."
        ),
        format!(
            "{on}; the approval is subject to the bank's model risk policy, under which issues are closed within 60 days."
        ),
        format!("{on}; a new assessment is required within 30 days if the model's use changes."),
        format!("{on}, on condition that any drift alert is investigated within 48 hours."),
        format!("{on}, subject to adverse action notices going out within 30 days."),
        format!(
            "{on}. Per the bank's policy, every model must be revalidated within 12 months of deployment; revalidation completed 2025-10-30."
        ),
    ] {
        record(&mut a, "risk-assessment", SafeguardStatus::InPlace, &holds);
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(!s.evidence_expired("2026-12-04"), "{holds}: {s:?}");
    }
    for holds in [
        // Met, in the review's honest wordings.
        format!("{approved}, conditional on a fairness retest within six months, completed 2025-05-15."),
        format!("{approved}, conditional on a fairness retest within six months (met 2025-05-15)."),
        format!("{approved}; approved subject to a fairness retest within 6 months, which was completed on 2025-05-01."),
        format!("{approved}; conditional on a fairness retest and a bias audit within 6 months, both completed on 2025-04-20."),
        format!("{approved}, subject to a fairness retest within 6 months. The fairness retest (FR-12, 2025-04-30) passed."),
        format!("{approved}, subject to a fairness retest within 6 months; the condition was met within the six months."),
        format!("{approved}, subject to a fairness retest within a year; the condition was lifted on 2025-10-15."),
        format!("{approved}, subject to a fairness retest within 6 months; re-approved unconditionally on 2025-05-05."),
        format!("{approved}, subject to a fairness retest within 6 months; the retest is no longer required (committee decision 2025-03-01)."),
        format!("{approved}. Per the bank's policy, every model must be revalidated within 12 months of deployment; revalidation completed 2025-10-30."),
        // Rules, not deadlines.
        format!("{approved}, subject to retests within 6 months of any retraining."),
        format!("{approved}; the approval requires that customer complaints are resolved within 8 weeks."),
        format!("{approved}, provided that applicant data is deleted within 30 days of decision."),
        format!("{approved}, subject to a fairness retest within six months and to alerts being triaged within 24 hours; the retest was completed on 2025-04-30."),
        // Running still: re-approved in 2026.
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18 and re-approved on 2026-09-01, conditional on a fairness retest within six months.".to_string(),
        format!("{two} Retest completed 2025-05-20; privacy review completed 2025-08-01."),
        format!("{two} All conditions met on 2025-08-01."),
        // Said met.
        format!("{approved}, subject to a fairness retest within 90 days. Retest completed 2025-02-01, passed."),
        // A rule for how work is done, not a deadline.
        format!("{approved}. Complaints are answered within 5 business days."),
        format!("{approved}, provided complaints are answered within 5 days."),
        // Still to come.
        "Model risk assessment MRM-CL-031, approved 2026-10-18 on condition that a fairness retest is completed within six months.".to_string(),
    ] {
        record(&mut a, "risk-assessment", SafeguardStatus::InPlace, &holds);
        let e = evaluate(&q, &a);
        let s = e.safeguard("risk-assessment").unwrap();
        assert!(!s.evidence_expired("2026-12-04"), "{holds}: {s:?}");
    }
}

/// A hostile pass: an owner "interim, until" a day gone by still read as named. The owner's name
/// is the evidence of a named owner, and its dates count as a record's would.
#[test]
fn an_owner_named_until_a_day_gone_by_is_evidence_to_renew() {
    let (q, mut a, _) = example("loan-pre-approval.toml");
    a.answers.insert(
        "owner-name".into(),
        Answer::Text("Sam Ortiz, interim Chief Credit Officer, until 2026-06-30".into()),
    );
    let e = evaluate(&q, &a);
    let owner = e.safeguard("named-owner").unwrap();
    assert!(owner.evidence_lapsed("2026-12-15"), "{owner:?}");
    assert!(!owner.evidence_lapsed("2026-06-01"));
    // An owner still to start is one only from then (a review of owner names); one who started
    // before today is one now.
    for (text, later) in [
        ("Andre Wilson, CRO (commencing 2027-03-01)", true),
        ("Andre Wilson (starting 2027-02-01)", true),
        ("Andre Wilson (joining in Q1 2027)", true),
        ("Andre Wilson (starting 2024-03-01)", false),
        // A start said of the deputy is not the owner's.
        (
            "Andre Wilson, Head of Credit (deputy: Maria Costa, starting 2027)",
            false,
        ),
    ] {
        a.answers
            .insert("owner-name".into(), Answer::Text(text.into()));
        let e = evaluate(&q, &a);
        let owner = e.safeguard("named-owner").unwrap();
        assert_eq!(
            owner.evidence_lapsed("2026-12-04"),
            later,
            "{text}: {owner:?}"
        );
    }
}

/// A hostile review's credit agent raises, cuts and closes credit lines by itself, answered as
/// advice to the borrower: an agent acting on accounts is asked who reviews what it does, in
/// every decision area, whatever it calls its part. An admissions bot that tells parents their
/// own child's chances, seen by no one deciding, gets no contradiction.
#[test]
fn advice_that_acts_on_accounts_or_scores_for_a_parent() {
    let (q, mut a, _) = case("85-benefits-precheck-advises-residents.toml");
    choose_many(
        &mut a,
        "capabilities",
        &["grounded-text", "account-actions"],
    );
    let e = evaluate(&q, &a);
    assert!(e.safeguard("human-review").unwrap().required);
    assert!(e.visible.iter().any(|v| v == "human-review"));

    let (q, mut a, _) = case("85-benefits-precheck-advises-residents.toml");
    choose_many(&mut a, "capabilities", &["grounded-text", "people-scoring"]);
    choose(&mut a, "identification", "lawful");
    choose(&mut a, "subjects", "public");
    choose(&mut a, "advice-score-reach", "only-them");
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "advises-the-person-but-about-others"));
    choose(&mut a, "advice-score-reach", "organisation");
    assert!(holds(
        &evaluate(&q, &a),
        "advises-the-person-but-about-others"
    ));
}

/// A reports review read "4 answers or statuses are contradicted" beside a gate counting 2 pairs
/// of answers and 2 safeguard statuses: every mode counts the two kinds apart.
#[test]
fn contradictions_and_contradicted_statuses_are_counted_apart() {
    let (q, mut a, _) = example("clinical-triage-assistant.toml");
    choose(&mut a, "human-review", "none");
    record(
        &mut a,
        "human-review",
        SafeguardStatus::InPlace,
        "Physicians review every suggestion before it takes effect (policy ED-TRI-7).",
    );
    let e = evaluate(&q, &a);
    let pairs = e.contradictions.len();
    let statuses = e.conflicts().count();
    assert!(pairs >= 1 && statuses >= 1, "{pairs} {statuses}");
    let words = raia::explain::contradicted(&e);
    assert!(words.contains(" and "), "{words}");
    assert!(
        words.starts_with(&format!("{pairs} pair"))
            && words.contains(&format!("{statuses} safeguard status")),
        "{words}"
    );
    let reasons = raia::explain::tier_reasons_short(&q, &e).join(" ");
    assert!(!reasons.contains("answers or statuses"), "{reasons}");
}

/// A review's rifle drone was answered as a machine that fires at people as it runs, under an
/// operator who authorises each patrol, and its lethal-weapons row read "clear" without the
/// weapon question ever asked. Force against people asks it: unanswered, the row is not clear
/// and the gate fails; answered "less than lethal force", the use is not prohibited.
#[test]
fn force_against_people_asks_the_weapon_question() {
    let (q, mut a, e) = case("94-armed-drone-fires-at-intruders.toml");
    assert!(e.visible.iter().any(|v| v == "weapon-function"));
    a.answers.remove("weapon-function");
    a.notes.remove("weapon-function");
    let e = evaluate(&q, &a);
    assert!(e.unanswered.iter().any(|u| u == "weapon-function"));
    assert!(!gate_passes(&e));
    choose(&mut a, "weapon-function", "less-lethal");
    let e = evaluate(&q, &a);
    assert_ne!(
        prohibition(&e, "lethal-weapons").status,
        ProhibitionStatus::Confirmed
    );
    // A machine that only acts on things is asked nothing about weapons.
    choose(&mut a, "control-stakes", "people");
    a.answers.remove("weapon-function");
    let e = evaluate(&q, &a);
    assert!(!e.visible.iter().any(|v| v == "weapon-function"));
}

/// The transcript an officer decides an asylum claim from: staff using text or voice about
/// the public are asked whether a wrong output can count against someone, and "no" keeps a
/// translation tool with no decision area as it was.
#[test]
fn a_record_a_rights_decision_rests_on_is_asked_about() {
    let (q, mut a, e) = case("95-asylum-interview-interpreter.toml");
    assert!(holds(&e, "rights-record-but-no-area"));
    assert!(!gate_passes(&e));
    choose(&mut a, "prediction-stakes", "no");
    let e = evaluate(&q, &a);
    assert!(!holds(&e, "rights-record-but-no-area"));
    choose_many(&mut a, "decision-areas", &["other-rights-health-safety"]);
    let e = evaluate(&q, &a);
    assert!(!e.visible.iter().any(|v| v == "prediction-stakes"));
    // The public using a voice app for themselves, with no personal data, is not asked; about
    // other members of the public, whoever uses it is (a later hostile review's landlords
    // vetting applicants), and so is a tool holding its users' own personal data (a tenth
    // hostile review's asylum interpreter the applicant speaks into, case 104).
    let (q, mut a, _) = case("95-asylum-interview-interpreter.toml");
    choose_many(&mut a, "users", &["public"]);
    choose_many(&mut a, "capabilities", &["voice"]);
    choose(&mut a, "subjects", "users-only");
    choose_many(&mut a, "personal-data", &["none"]);
    let e = evaluate(&q, &a);
    assert!(!e.visible.iter().any(|v| v == "prediction-stakes"));
    choose_many(&mut a, "personal-data", &["basic"]);
    let e = evaluate(&q, &a);
    assert!(e.visible.iter().any(|v| v == "prediction-stakes"));
    choose_many(&mut a, "personal-data", &["none"]);
    choose(&mut a, "subjects", "public");
    let e = evaluate(&q, &a);
    assert!(e.visible.iter().any(|v| v == "prediction-stakes"));
}

/// A hostile review ticked the bias tests and recorded bias testing in place with the evidence
/// "Not performed.": the tick silenced the team's own record. The two now disagree and the
/// gate fails; blank or placeholder evidence beside the tick adds nothing and denies nothing.
#[test]
fn a_record_whose_evidence_denies_the_tick_is_to_be_confirmed() {
    let (q, mut a, e) = example("loan-pre-approval.toml");
    assert_gate_passes(&e);
    let ticked = e.safeguard("bias-testing").expect("bias testing is asked");
    assert!(ticked.holds() && ticked.source == raia::engine::StatusSource::Answer);
    for evidence in ["Not performed.", "Pending", "RA not started yet"] {
        record(&mut a, "bias-testing", SafeguardStatus::InPlace, evidence);
        let e = evaluate(&q, &a);
        let s = e.safeguard("bias-testing").unwrap();
        assert!(s.is_contradicted(), "{evidence}");
        assert!(!gate_passes(&e), "{evidence}");
        let words = raia::explain::conflict(&q, s);
        assert!(
            words.contains("evidence recorded says it was not done"),
            "{words}"
        );
    }
    for evidence in [
        "",
        "-",
        "Fairness report FR-7, run 2026-03-02 by the model risk team.",
    ] {
        record(&mut a, "bias-testing", SafeguardStatus::InPlace, evidence);
        let e = evaluate(&q, &a);
        assert!(
            !e.safeguard("bias-testing").unwrap().is_contradicted(),
            "{evidence:?}"
        );
    }
}

/// The honest ways through added for a robo-adviser and a manual's Q&A stay narrow: an agent
/// acting on accounts unasked is still asked who reviews what it does, and a safety prediction
/// still contradicts "none".
#[test]
fn the_ways_through_for_mandates_pauses_and_manuals_stay_narrow() {
    let (q, mut a, e) = case("96-robo-adviser-rebalances-under-mandate.toml");
    assert!(!e.safeguard("human-review").unwrap().required);
    let mut b = a.clone();
    choose(&mut a, "account-actions-kind", "unasked");
    let e = evaluate(&q, &a);
    assert!(e.safeguard("human-review").unwrap().required);
    assert!(e.visible.iter().any(|v| v == "human-review"));
    // "As asked" on the accounts of people who never use it: a hostile review's arrears agent,
    // run by staff, cancelled customers' direct debits.
    choose(&mut b, "subjects", "public");
    assert!(evaluate(&q, &b).safeguard("human-review").unwrap().required);
    // Nor in health: a hostile review's prescription bot granted the renewals patients asked for.
    let (q, mut d, _) = case("96-robo-adviser-rebalances-under-mandate.toml");
    choose_many(&mut d, "decision-areas", &["medical-advice"]);
    assert!(evaluate(&q, &d).safeguard("human-review").unwrap().required);

    let (q, mut a, e) = case("98-power-tool-manual-questions.toml");
    assert_gate_passes(&e);
    let mut b = a.clone();
    choose(&mut a, "prediction-stakes", "safety");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "safety-predictions-but-no-area"));
    // A hostile review answered "only the publisher's instructions" for an asylum interpreter,
    // a rail inspection model and an immigration form filler: about people who do not use it,
    // with no documents to quote, or on sensitive data, it contradicts.
    // Or from the model's own knowledge beside the documents (a third hostile review's
    // pesticide-label bot).
    for (question, answer) in [
        ("subjects", &["public"][..]),
        ("capabilities", &["prediction"][..]),
        ("capabilities", &["grounded-text", "open-text"][..]),
        ("personal-data", &["criminal"][..]),
    ] {
        let mut c = b.clone();
        if question == "subjects" {
            choose(&mut c, question, answer[0]);
        } else {
            choose_many(&mut c, question, answer);
        }
        let e = evaluate(&q, &c);
        assert!(
            holds(&e, "instructions-only-but-about-people"),
            "{question} {answer:?}"
        );
        assert!(!gate_passes(&e), "{question} {answer:?}");
    }
    let (q, mut c, _) = case("95-asylum-interview-interpreter.toml");
    choose(&mut c, "prediction-stakes", "publisher-instructions");
    assert!(holds(
        &evaluate(&q, &c),
        "instructions-only-but-about-people"
    ));
    choose(&mut b, "prediction-stakes", "publisher-instructions");
    assert!(!holds(
        &evaluate(&q, &b),
        "instructions-only-but-about-people"
    ));

    let (q, mut a, e) = case("99-research-questions-over-anonymised-data.toml");
    assert!(e.visible.iter().any(|v| v == "generation-controls"));
    choose(&mut a, "end-user-prompts", "fixed");
    let e = evaluate(&q, &a);
    assert!(!e.visible.iter().any(|v| v == "generation-controls"));
}

/// Advice straight to the voter under voting rights is overseen as advice (a review's county
/// election bot); a bot that decides, or acts on accounts, under the same rights still needs a
/// person reviewing what goes against people.
#[test]
fn advice_under_other_rights_is_overseen_as_advice_but_decisions_are_not() {
    let (q, a, e) = case("96a-county-election-bot-answers-voters.toml");
    assert!(!e.safeguard("human-review").unwrap().required);
    let mut b = a.clone();
    choose(&mut b, "ai-role", "decides");
    assert!(evaluate(&q, &b).safeguard("human-review").unwrap().required);
    let mut c = a.clone();
    choose_many(&mut c, "capabilities", &["grounded-text", "people-scoring"]);
    assert!(evaluate(&q, &c).safeguard("human-review").unwrap().required);
    // Without an advice area ticked, advice to its own users about themselves is still advice;
    // advice about other people (a caseworker's aid) is a decision about them.
    let (q, a, e) = case("96b-election-bot-under-voting-rights-only.toml");
    assert!(!e.safeguard("human-review").unwrap().required);
    assert!(e.safeguard("advice-oversight").unwrap().required);
    let mut d = a.clone();
    choose(&mut d, "subjects", "public");
    assert!(evaluate(&q, &d).safeguard("human-review").unwrap().required);
    let mut f = a.clone();
    choose(&mut f, "ai-role", "decides");
    assert!(evaluate(&q, &f).safeguard("human-review").unwrap().required);
}

/// A fifth hostile review used this afternoon's options as loopholes: reasons "not that AI is
/// involved" beside controls saying people are told it is, reasons "from the person who
/// decides" where the system decides alone, and accuracy "measured" for images published
/// unseen. Each now contradicts and fails the gate.
#[test]
fn the_afternoon_options_contradict_what_they_cannot_be_beside() {
    let (q, mut a, e) = case("95a-claims-ocr-adjusters-confirm-every-field.toml");
    assert_gate_passes(&e);
    choose(&mut a, "ai-role", "decides");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "reasons-from-decider-but-system-decides"));
    assert!(!gate_passes(&e));

    let (q, mut c, _) = example("cv-screener-auto-reject.toml");
    choose(&mut c, "explanation", "reasons-not-ai");
    choose_many(&mut c, "employment-controls", &["candidate-notice"]);
    let e = evaluate(&q, &c);
    assert!(holds(&e, "not-told-of-ai-but-told-of-ai"));
    assert!(!e.safeguard("ai-notice").unwrap().holds());

    let (q, mut a, _) = example("marketing-image-generator.toml");
    choose(&mut a, "output-check", "measured");
    choose(&mut a, "output-reach", "auto-publish");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "measured-but-publishes-generated-content"));
    assert!(!e.safeguard("output-spot-checks").unwrap().holds());
}

/// A hostile review ticked only "writes messages about named people" for the chat that
/// recommends warnings and dismissals to managers (case 101): whether a manager acts on it was
/// never asked, and it passed. Messages about people that staff or the public are the subject
/// of are asked too.
#[test]
fn messages_about_staff_are_asked_whether_a_manager_acts_on_them() {
    let (q, mut a, e) = case("101-manager-chat-recommends-dismissal.toml");
    assert!(e.visible.iter().any(|v| v == "prediction-stakes"));
    choose_many(&mut a, "capabilities", &["messages-about-people"]);
    let e = evaluate(&q, &a);
    assert!(e.visible.iter().any(|v| v == "prediction-stakes"));
    assert!(holds(&e, "rights-record-but-no-area"));
    assert!(!gate_passes(&e));
    // Whoever uses it: landlords (members of the public) told which applicants to accept are
    // asked too (a later hostile review).
    let mut b = a.clone();
    choose_many(&mut b, "users", &["public"]);
    assert!(
        evaluate(&q, &b)
            .visible
            .iter()
            .any(|v| v == "prediction-stakes")
    );
    // "Only an extra check", the answer for safety checks on things, about named people
    // contradicts (the same review), and leaves a consequential decision in doubt.
    choose(&mut a, "prediction-stakes", "adds-checks");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "extra-check-but-about-people"));
    assert!(e.consequential_in_doubt());
    assert!(!gate_passes(&e));
}

/// The honest answers a tenth review asked for stand only for tools that do nothing else to
/// people: a worklist that also acts on accounts, a summariser that also recommends, a letter
/// drafter that also scores people each contradict, and the gate fails.
#[test]
fn queue_order_proposes_nothing_and_writes_decided_stand_only_alone() {
    let (q, mut a, e) = case("105-worklist-brings-bleeds-forward.toml");
    assert!(e.safeguard("human-review").unwrap().holds());
    let mut caps = match a.answers.get("capabilities") {
        Some(Answer::Choices(c)) => c.clone(),
        other => panic!("{other:?}"),
    };
    caps.push("account-actions".into());
    a.answers
        .insert("capabilities".into(), Answer::Choices(caps.clone()));
    let e = evaluate(&q, &a);
    assert!(holds(&e, "queue-order-but-acts"), "{:#?}", e.contradictions);
    assert!(!e.safeguard("human-review").unwrap().holds());
    assert!(!gate_passes(&e));

    let (q, mut a, e) = case("106-court-transcript-summariser-proposes-nothing.toml");
    assert!(!holds(&e, "nominal-oversight"));
    choose(&mut a, "ai-role", "recommends");
    let e = evaluate(&q, &a);
    assert!(holds(&e, "proposes-nothing-but-recommends"));
    assert!(!e.safeguard("human-review").unwrap().holds());
    assert!(!gate_passes(&e));

    let (q, mut a, e) = case("107-benefits-letter-drafter-writes-decisions.toml");
    assert!(gate_passes(&e));
    choose_many(
        &mut a,
        "capabilities",
        &["grounded-text", "messages-about-people", "people-scoring"],
    );
    let e = evaluate(&q, &a);
    assert!(holds(&e, "writes-decided-but-acts-on-people"));
    assert!(e.consequential_in_doubt());
    assert!(!gate_passes(&e));
}

/// A review's card-fraud team recorded review before every hold as not applicable and was told
/// "the policy's words require it": review before every adverse outcome is raia's reading of
/// oversight, and every mode now says so.
#[test]
fn not_applicable_under_raias_reading_says_it_is_raias_reading() {
    let (q, mut a, _) = case("11-tenant-screening.toml");
    record(
        &mut a,
        "human-review",
        SafeguardStatus::NotApplicable,
        "Holds must take effect within the authorisation window; customers lift them at once.",
    );
    let e = evaluate(&q, &a);
    let s = e
        .safeguard("human-review")
        .expect("human review is evaluated");
    assert!(s.required && !s.reading.is_empty());
    let said = raia::explain::safeguard_state(s);
    assert!(
        said.contains(
            "recorded as not applicable, but the policy requires it for this use, as raia reads it"
        ),
        "{said}"
    );
    assert!(!said.contains("the policy's words require"), "{said}");
    assert_eq!(
        raia::explain::not_applicable_under_policy(s),
        raia::explain::NOT_APPLICABLE_AS_READ
    );
}

/// A review of honest teams: "Safeguards specific to the use case: met" never said which
/// safeguard met it, beside a list every one of which reads "recommended practice". The state
/// names those in place, in every mode; without them it is to be confirmed.
#[test]
fn a_requirement_met_by_safeguards_the_policy_leaves_open_names_them() {
    let (q, mut a, e) = case("121-loan-summary-extraction-proposes-nothing.toml");
    let r = requirement(&e, "use-case-safeguards");
    assert_eq!(
        raia::explain::requirement_state(r),
        "met: \"Explanation to affected people\" and \"Reasons for adverse decisions based on credit or financial data\" are in place; 1 recommendation open"
    );
    // Policy safeguards carry their own requirement by name in the table: no list there.
    let risk = requirement(&e, "risk-evaluation");
    assert_eq!(raia::explain::requirement_state(risk), "met");
    // Without them, nothing shows it met.
    choose(&mut a, "explanation", "nothing");
    choose_many(&mut a, "credit-controls", &["none"]);
    let e = evaluate(&q, &a);
    let r = requirement(&e, "use-case-safeguards");
    assert!(!r.is_met(), "{:?}", r.state);
    assert!(!raia::explain::requirement_state(r).contains("are in place"));
}

/// A campaign's drafts sent as many people's own raise deception, which only telling the
/// people who receive them stands against: filters do not.
#[test]
fn a_campaigns_letters_are_guarded_only_by_telling_their_readers() {
    let (q, mut a, e) = case("127a-letters-to-editor-campaign-undisclosed.toml");
    assert!(!gate_passes(&e));
    choose(&mut a, "disclosure", "label");
    let e = evaluate(&q, &a);
    assert!(
        e.unguarded_concerns().is_empty(),
        "{:?}",
        e.unguarded_concerns()
    );
    assert!(e.safeguard("ai-content-disclosure").unwrap().holds());
}

/// What a wrong outcome does decides the use-case safeguards of a decision of other rights,
/// health or safety (a review's railway model met them on reasons shown to planners): the
/// hazard analysis answers an injury, reasons and an appeal a decision against a person, and
/// "injury only" cannot drop those for an agent that acts on people's accounts.
#[test]
fn what_a_wrong_outcome_does_chooses_the_safeguards_specific_to_it() {
    let (q, mut a, e) = case("131a-rail-signalling-hazard-analysis-kept.toml");
    let required = |e: &Evaluation, id: &str| {
        e.safeguards
            .iter()
            .any(|s| s.id.as_str() == id && s.required)
    };
    assert!(required(&e, "safety-case"));
    assert!(!required(&e, "explanation") && !required(&e, "appeal-path"));
    assert!(!e.visible.iter().any(|v| v == "appeal"));
    // Both: the hazard analysis and a person's reasons and appeal.
    choose(&mut a, "harm-kind", "both");
    let e = evaluate(&q, &a);
    assert!(required(&e, "safety-case") && required(&e, "explanation"));
    assert!(required(&e, "appeal-path") && e.visible.iter().any(|v| v == "appeal"));
    // A rights decision only: no hazard analysis is asked for.
    choose(&mut a, "harm-kind", "rights");
    let e = evaluate(&q, &a);
    assert!(!required(&e, "safety-case") && required(&e, "explanation"));
    // A machine that acts has its fail-safe instead.
    choose(&mut a, "harm-kind", "safety");
    choose_many(&mut a, "capabilities", &["prediction", "control"]);
    let e = evaluate(&q, &a);
    assert!(!required(&e, "safety-case") && required(&e, "fail-safe"));
    // Freezing accounts counts against people: "injury only" contradicts it, and the hazard
    // analysis recorded in place is not counted until that is put right.
    choose_many(&mut a, "capabilities", &["prediction", "account-actions"]);
    let e = evaluate(&q, &a);
    assert!(holds(&e, "injures-only-but-about-people"));
    let uc = e
        .requirements
        .iter()
        .find(|r| r.id == "use-case-safeguards");
    assert_ne!(
        uc.map(|r| r.state),
        Some(raia::engine::RequirementState::Met)
    );
}

/// A review of honest teams' legal-aid bot: advice to tenants, and the charity calling them back
/// in the order of the bot's urgency, are both true. No contradiction; the review of that order
/// is asked, and a queue order within the service standard passes the gate.
#[test]
fn advice_whose_scores_the_organisation_acts_on_asks_the_review_of_them() {
    let (q, mut a, e) = case("141-legal-aid-bot-advises-and-orders-callbacks.toml");
    assert!(!holds(&e, "advises-but-decider-sees-scores"));
    assert!(!holds(&e, "queue-order-but-acts"));
    assert!(gate_passes(&e));
    // Unanswered, the review is asked before the gate can pass.
    a.answers.remove("human-review");
    let e = evaluate(&q, &a);
    assert!(e.unanswered.iter().any(|u| u == "human-review"));
    assert!(!gate_passes(&e));
    // Where the organisation deciding is a lender or a court, "advises" still contradicts.
    let (q, mut a, _) = case("141-legal-aid-bot-advises-and-orders-callbacks.toml");
    choose_many(
        &mut a,
        "decision-areas",
        &["legal-advice", "critical-benefits"],
    );
    assert!(holds(&evaluate(&q, &a), "advises-but-decider-sees-scores"));
}

/// The wizard's and plain mode's summary of the safeguards says a safeguard recorded in place
/// but planned for later is that, not evidence to renew (see the cli test of the same case).
#[test]
fn the_safeguard_summary_says_in_place_but_planned_for_later_in_its_own_words() {
    let (q, mut a, _) = example("loan-pre-approval.toml");
    a.plans.insert(
        "risk-assessment".into(),
        raia::assessment::SafeguardPlan {
            owner: "Priya Nair, Model Risk".into(),
            target: "2027-03-31".into(),
        },
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("risk-assessment").unwrap();
    assert!(s.holds() && s.planned_later("2026-12-15") && !s.planned_later("2027-03-31"));
    let summary = raia::explain::open_safeguards(&e, Some("2026-12-15"));
    assert!(
        summary.contains(
            "1 is recorded in place but planned for a day after today: record it as planned until then"
        ),
        "{summary}"
    );
    assert!(!summary.contains("renew"), "{summary}");
    assert_eq!(
        raia::explain::open_safeguards(&e, Some("2027-04-01")),
        raia::explain::open_safeguards(
            &evaluate(&q, &example("loan-pre-approval.toml").1),
            Some("2027-04-01")
        )
    );
}

/// A hostile review's test summaries that opened with results and said in a later sentence
/// that a test failed, was not done, is still to come or is only a draft ("... Full report:
/// MRM-VAL-2024-112. Bias test run 2024-11-01: failed.") all read "met": only the lead sentence
/// was read. A later sentence now counts against the kind of test it names, or all of them
/// where it names none; honest summaries that go on to name a limit of the tests, a routine
/// round, a failure put right or a rule for failures still stand.
#[test]
fn a_later_sentence_of_a_test_summary_that_denies_a_test_leaves_that_test_to_confirm() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    let Some(Answer::Text(summary)) = a.answers.get("test-summary") else {
        panic!("the example has a test summary");
    };
    let with = |later: &str| with_words(&q, &a, "test-summary", &format!("{summary} {later}"));
    let testing = [
        "accuracy-evaluation",
        "bias-testing",
        "fair-lending-testing",
        "robustness-testing",
    ];
    for (later, flagged) in [
        ("Bias test run 2024-11-01: failed.", &["bias-testing"][..]),
        ("The bias audit failed.", &["bias-testing"]),
        ("Bias testing has not been done.", &["bias-testing"]),
        ("Bias testing was skipped.", &["bias-testing"]),
        (
            "Robustness testing is scheduled for Q1 2027.",
            &["robustness-testing"],
        ),
        (
            "Robustness tests are still to be run.",
            &["robustness-testing"],
        ),
        (
            "Fair-lending testing has not been performed yet.",
            &["fair-lending-testing"],
        ),
        ("The model did not pass validation.", &testing),
        ("Acceptance criteria not met.", &testing),
        ("Testing has not been carried out.", &testing),
        ("Final report MRM-VAL-2024-113 (draft).", &testing),
        // A second hostile review's wordings, anywhere in the summary.
        ("We skipped the bias test.", &["bias-testing"]),
        (
            "We never ran the fair-lending tests.",
            &["fair-lending-testing"],
        ),
        ("Nobody has tested the model for bias.", &["bias-testing"]),
        ("No bias testing was done.", &["bias-testing"]),
        ("There was no bias testing.", &["bias-testing"]),
        ("Bias testing hasn't happened.", &["bias-testing"]),
        ("Bias testing: not performed.", &["bias-testing"]),
        ("Bias testing: TODO.", &["bias-testing"]),
        ("Robustness testing was cancelled.", &["robustness-testing"]),
        ("Bias testing remains to be done.", &["bias-testing"]),
        ("We went live without bias testing.", &["bias-testing"]),
        (
            "Pending: bias testing, robustness testing.",
            &["bias-testing", "robustness-testing"],
        ),
        ("Results above are from the vendor.", &testing),
        ("The validation report is still a draft.", &testing),
        (
            "MRM-VAL-2024-112 was withdrawn by Model Risk on 2025-01-10.",
            &testing,
        ),
        ("The numbers above are targets, not results.", &testing),
        ("Die Fairness-Tests wurden nicht durchgeführt.", &testing),
        ("Os testes de viés não foram realizados.", &testing),
        (
            "The bias results were below threshold and the model was deployed anyway without remediation.",
            &["bias-testing"],
        ),
        // A third hostile review: a version left untested, work done in part or on another
        // model, and the answers called plans, in words no denial key holds.
        (
            "That validation was of v4; v5 is not yet validated.",
            &testing,
        ),
        ("(covering v4; v5 has not been validated)", &testing),
        ("Bias testing partly done on 2025-01-10.", &["bias-testing"]),
        (
            "Robustness testing was only partially completed.",
            &["robustness-testing"],
        ),
        (
            "Testing was done by Acme Analytics Ltd on their own model.",
            &testing,
        ),
        ("The boxes ticked above are aspirational.", &testing),
        ("All of the above is planned for Q3.", &testing),
        ("The ticks above are targets, not achievements.", &testing),
        ("We intend to do all of this before launch.", &testing),
        // A fourth: results short of the bar the summary itself sets.
        (
            "Adverse-impact ratio of approvals 0.71 for Black applicants and 0.78 for Hispanic applicants (four-fifths threshold 0.80).",
            &["bias-testing", "fair-lending-testing"],
        ),
        (
            "Hold-out validation: Gini 0.48 (threshold 0.55).",
            &["accuracy-evaluation"],
        ),
        (
            "False-decline rate 7.2% against a maximum of 5%.",
            &["accuracy-evaluation"],
        ),
        (
            "Approval-rate ratio for applicants over 62: 0.74 (minimum 0.80).",
            &["bias-testing", "fair-lending-testing"],
        ),
    ] {
        let mut got = with(later);
        got.retain(|id| testing.contains(&id.as_str()));
        got.sort();
        assert_eq!(got, flagged, "{later}");
    }
    for honest in [
        "Two of 40 robustness tests failed, within tolerance.",
        "The bias audit failed on 2024-10-01; after reweighting it passed on 2024-11-15.",
        "The first bias test failed. The model was retrained and passed on 2024-11-20.",
        "If a test fails, the release is blocked.",
        "Applicants under 21 have not been tested.",
        "Bias testing has not been done for applicants under 21, who are declined by policy.",
        "The model has not been tested on commercial loans, which it does not score.",
        "The next bias audit is scheduled for 2027-03.",
        "Bias testing is repeated every quarter.",
        "Re-validation is due in 2027.",
        "Testing of the small-business extension is planned for 2027.",
        "Further stress testing is planned for the new product line.",
        "Outputs that fail the check are held for an underwriter.",
        // A review of honest summaries: an earlier or another model's failure, the cases the
        // tests ran, a failure put right, a part left out, the model unchanged.
        "An earlier scorecard (v4) failed validation in 2023 and was retired; v5 is the model assessed here.",
        "v4 failed validation in 2023.",
        "A competing vendor model failed our fair-lending test in 2024 and was not adopted.",
        "Applications that failed the identity check were excluded.",
        "38 of 5,000 synthetic applications failed the schema check and were rejected, as designed.",
        "The first prompt failed the accuracy test (91%) and was replaced; the current one passed at 98.7%.",
        "We have not tested the model on applications from the new branches, which open in 2027.",
        "Validation not repeated since v5 because the model has not changed since.",
        "Validation was done by an external team, not by the vendor.",
        "Mortgage applications have not been tested, since the model is not used for them.",
        "There was no failure in the bias tests.",
        "Bias: 0 failures.",
        // How often, not whether.
        "Validation is not repeated every month; it is repeated yearly, with monthly drift monitoring between rounds.",
        "Bias testing isn't repeated weekly; quarterly is our standard.",
        // Results that meet their bar, and bars beside counts, ids and cut-offs.
        "Gini 0.61 (threshold 0.55); adverse-impact ratio 0.86 (four-fifths threshold 0.80).",
        "False-decline rate 3.1% against a maximum of 5%.",
        "Missing-document lists 98% correct (threshold 95%).",
        "Declines below a score of 480 (the cut-off set by the credit policy) go to an officer.",
        "Run on 12,000 applications (minimum 10,000).",
        "Adverse-impact ratio was 0.71 (threshold 0.80) before two variables were removed; retested at 0.86.",
        "Bias testing: done. Robustness: passed. Outstanding: none.",
        // Beside the third review's wordings: a version not in use, work split between two
        // hands, results against targets, and work to be done again.
        "The v6 candidate has not been validated and is not deployed.",
        "Testing was done partly in-house and partly by an external lab.",
        "Partly automated checks run nightly.",
        "The above thresholds were set as targets and all were met.",
        "All of the above is planned to be repeated in Q3.",
        "All of the above is reviewed annually.",
        "We intend to repeat all of this each quarter.",
        "We will complete the next annual review in 2027.",
        "Results are compared with those on the previous model.",
    ] {
        assert_eq!(with(honest), Vec::<String>::new(), "{honest}");
    }
}

/// A hostile review reused the risk assessment of the model before ("for QQ-PD v3", "for QQ-PD
/// v4 ... v5 was a retrain") while the answers run QQ-PD v5, and it read "met". It is to be
/// confirmed, saying which version each names; evidence that dates work on v5, names v5 or says
/// the model has not changed still holds.
#[test]
fn a_risk_assessment_of_an_earlier_version_of_the_model_in_use_is_to_be_confirmed() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    for evidence in [
        "Model risk assessment MRM-CL-031 for QQ-PD v3, approved by the Model Risk Committee on 2022-03-18.",
        "Model risk assessment MRM-CL-031 for QQ-PD v4, approved by the Model Risk Committee on 2023-11-18; v5 was a retrain on the same features.",
    ] {
        assert!(!risk_assessment_holds(&q, &a, evidence), "{evidence}");
        let mut b = a.clone();
        record(
            &mut b,
            "risk-assessment",
            SafeguardStatus::InPlace,
            evidence,
        );
        let e = evaluate(&q, &b);
        let said = raia::explain::conflict(&q, e.safeguard("risk-assessment").unwrap());
        assert!(
            said.starts_with("recorded as in place on evidence for QQ-PD v")
                && said.contains(", while the answers name QQ-PD v5 ("),
            "{said}"
        );
        assert!(!gate_passes(&e));
    }
    for evidence in [
        "Model risk assessment MRM-CL-031 for QQ-PD v5, approved by the Model Risk Committee on 2024-11-18 (supersedes the QQ-PD v4 assessment).",
        "Model risk assessment MRM-CL-031 for QQ-PD v4, approved 2023-11-18; re-approved for v5 by the Model Risk Committee on 2024-11-18.",
        "Model risk assessment MRM-CL-031 for QQ-PD v4, approved 2023-11-18; v5 changed only the reason-code wording.",
        "Model risk assessment MRM-CL-031 (tier 1 model), approved by the Model Risk Committee on 2024-11-18 under Risk Policy v3.",
    ] {
        assert!(risk_assessment_holds(&q, &a, evidence), "{evidence}");
    }
}

/// A hostile review's risk assessments that read "met": approved, then withdrawn by a group,
/// revoked or suspended in a later clause; only submitted to the person who approves it; only an
/// outline; or not signed by its approver. Beside each, honest evidence with the same words
/// about something else still holds.
#[test]
fn evidence_withdrawn_later_only_submitted_outlined_or_unsigned_is_no_evidence() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    for evidence in [
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; withdrawn by the credit risk group in 2025.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; it has since been revoked.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18. It was withdrawn after the 2025 audit.",
        "Model risk assessment MRM-CL-031, approved on 2024-11-18; approval suspended after the model change.",
        "Model risk assessment MRM-CL-031, approved on 2024-11-18, suspended pending rework.",
        "Model risk assessment MRM-CL-031, submitted to the Chief Risk Officer on 2024-11-18.",
        "Model risk assessment MRM-CL-031, presented to the Chief Credit Officer on 2024-11-18.",
        "Model risk assessment MRM-CL-031, outline only, dated 2024-11-18.",
        "Model risk assessment MRM-CL-031 dated 2024-11-18; the Chief Risk Officer has not signed it.",
        // A second hostile review's.
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18. This approval is no longer in effect.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; the committee reversed its decision on 2025-02-01.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18 (approval later annulled).",
        "Model risk assessment MRM-CL-031 was approved by the Model Risk Committee on 2024-11-18 and then overturned on appeal by Internal Audit.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18 subject to three conditions, none of which has been met.",
        "Model risk assessment MRM-CL-031 approved (signature missing) on 2024-11-18.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18 in principle only.",
        "Model risk assessment MRM-CL-031 (working paper), approved for circulation on 2024-11-18.",
        "Model risk assessment MRM-CL-031, approved 2024-11-18. That was the ticket number for the request; no assessment document exists.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18. Die Genehmigung wurde im Juni 2025 zurückgezogen.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; it assessed the 2022 rules-based scorecard, not this model.",
    ] {
        assert!(!risk_assessment_holds(&q, &a, evidence), "{evidence}");
    }
    for evidence in [
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; the earlier version was withdrawn by the credit risk group in 2023.",
        "Model risk assessment MRM-CL-031, submitted to the Chief Risk Officer on 2024-11-01 and approved by him on 2024-11-18.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; staff access is revoked when people leave.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; applications withdrawn by the applicant are closed.",
        "Model risk assessment MRM-CL-031 (tier 1 model), approved by the Model Risk Committee on 2024-11-18; the predecessor v4 failed its 2023 review and was retired.",
        "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; no conditions were set.",
    ] {
        assert!(risk_assessment_holds(&q, &a, evidence), "{evidence}");
    }
}

/// The information-request response quotes the answer "tests passed for this use"; where the
/// summary beside it says a test failed, the heading says the answers claim them, to be
/// confirmed, not that they were passed, and the response says under it which test is to be
/// confirmed and why, in words (a hostile review found the failed bias test only in the table
/// further down, and a later one under "Tests passed for this use"); it says nothing of the kind
/// where the summary stands.
#[test]
fn the_information_request_says_under_the_tests_passed_which_are_to_be_confirmed() {
    let t = raia::report::Templates::builtin().unwrap();
    let (q, mut a, _) = example("clinical-triage-assistant.toml");
    let info = raia::report::render(&q, &a, raia::report::Format::InfoRequest, &t).unwrap();
    assert!(info.contains("**Tests passed for this use.**"), "{info}");
    assert!(!info.contains("**To be confirmed:** Bias"), "{info}");
    let Some(Answer::Text(summary)) = a.answers.get("test-summary").cloned() else {
        panic!("the example has a test summary");
    };
    a.answers.insert(
        "test-summary".into(),
        Answer::Text(format!("{summary} Bias test run 2024-11-01: failed.")),
    );
    let info = raia::report::render(&q, &a, raia::report::Format::InfoRequest, &t).unwrap();
    assert!(!info.contains("**Tests passed for this use.**"), "{info}");
    let heading = info
        .find("**Tests the answers say were passed, to be confirmed.**")
        .expect("the heading");
    let doubt = info
        .find("**To be confirmed:** Bias and adverse-impact testing: an answer shows it in place")
        .expect("the doubt, in words");
    let done = info.find("**Testing done.**").expect("the summary");
    assert!(heading < doubt && doubt < done, "{info}");
    assert!(
        info.get(doubt..done)
            .is_some_and(|d| d.contains("says the work failed or was not passed")),
        "{info}"
    );
}

/// A hostile review kept "a person reviews every case before it takes effect" and wrote in the
/// note on that answer that some cases go without it: at night, when busy, for low levels, or
/// by a reviewer who clicks through. Each leaves human review to be confirmed, with the reason
/// in words; honest notes that rule a bypass out, set a rule for a case not yet reviewed, or
/// let favourable outcomes of a review of adverse ones take effect alone still stand.
/// A hostile review: the intended use said "declines below a score of 480 are sent
/// automatically" beside "every adverse outcome is reviewed before it takes effect", and human
/// oversight read "met". The use's own description counts against the review answer as its
/// note does; honest descriptions still pass.
#[test]
fn a_description_of_the_use_that_sends_outcomes_unreviewed_leaves_the_review_to_confirm() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    let Some(Answer::Text(use_text)) = a.answers.get("intended-use") else {
        panic!("the example describes its use");
    };
    let with = |sentence: &str| {
        let mut b = a.clone();
        b.answers.insert(
            "intended-use".into(),
            Answer::Text(format!("{use_text} {sentence}")),
        );
        evaluate(&q, &b)
    };
    for hostile in [
        "Declines below a score of 480 are sent automatically; the rest go to a credit officer.",
        "Overnight, proposed declines are not reviewed and go out at 6am.",
        // The applicant named in another clause of the sentence (the review's own wording).
        "Pre-approvals go to the applicant as 'subject to underwriting'; declines below a score of 480 are sent automatically; the rest go to a credit officer.",
        "Declines are sent automatically to the applicant.",
        // A fifth: an automatic letter, a decision sent at once and reviewed the next morning.
        "Applications scoring below 480 are refused by an automatic letter; officers see them only on appeal.",
        "Decisions are sent to applicants immediately; credit officers go through the previous day's declines each morning.",
    ] {
        let e = with(hostile);
        let s = e.safeguard("human-review").unwrap();
        assert!(s.is_contradicted(), "{hostile}");
        let said = raia::explain::conflict(&q, s);
        assert!(
            said.contains("the answer to \"What is the system for, and what decisions or outputs does it produce?\" says some outcomes take effect without that review")
                || said.contains("says some outcomes take effect without that review"),
            "{said}"
        );
        assert!(!gate_passes(&e), "{hostile}");
    }
    for honest in [
        "Pre-approvals are sent automatically; every decline goes to a credit officer first.",
        "No decline is sent automatically.",
        "Reminders to upload payslips are sent automatically.",
        "Applications withdrawn by the applicant are closed automatically.",
        "Pre-approvals are sent to applicants immediately; every decline waits for an officer.",
        "Reasons are sent immediately after the officer decides.",
    ] {
        assert!(gate_passes(&with(honest)), "{honest}");
    }
    // The system's description is read too.
    let mut b = a.clone();
    b.metadata
        .description
        .push_str(" Declines below 480 are sent automatically.");
    assert!(!gate_passes(&evaluate(&q, &b)));
    // And a note on another answer, such as the AI's part in the decision.
    let mut b = a.clone();
    b.notes.insert(
        "ai-role".into(),
        "The model proposes; proposed declines with a very low score are sent straight to the applicant, the rest go to the credit officer.".into(),
    );
    assert!(!gate_passes(&evaluate(&q, &b)));
}

#[test]
fn a_note_on_a_review_answer_that_admits_unreviewed_cases_leaves_the_review_to_confirm() {
    let (q, a, e) = example("clinical-triage-assistant.toml");
    assert!(gate_passes(&e));
    let with = |note: &str| with_words(&q, &a, "human-review", note);
    for note in [
        "The physician must select the level. At night the suggested level is applied automatically.",
        "At night the suggested level is applied automatically.",
        "The physician must select the level. Out of hours, suggestions are applied without physician review.",
        "The physician must select the level. About 30% of cases are not reviewed by a physician.",
        "The physician must select the level. When the ED is busy, no physician reviews the suggestion.",
        "The physician must select the level. Level 4-5 suggestions skip review.",
        "The physician must select the level. In practice physicians accept the suggestion without looking at it.",
        "Physicians rubber-stamp most suggestions.",
    ] {
        assert_eq!(with(note), vec!["human-review".to_string()], "{note}");
    }
    let mut b = a.clone();
    b.notes.insert(
        "human-review".into(),
        "The physician must select the level. Level 4-5 suggestions skip review.".into(),
    );
    let e = evaluate(&q, &b);
    let s = e
        .safeguard("human-review")
        .expect("human review is required");
    let why = raia::explain::conflict(&q, s);
    assert!(
        why.contains("says some outcomes take effect without that review"),
        "{why}"
    );
    for note in [
        "The physician must select the level; no level is applied without a physician's review.",
        "The suggestion is never applied automatically; the physician must pick the level.",
        "If no physician reviews the case within ten minutes, it escalates to the charge nurse.",
        "The physician must select the level. Override rates are reviewed monthly; corrections are applied without delay.",
        "Every level is set by the physician. Nothing takes effect without review.",
        "Physicians cannot skip the review: the level field is empty until they choose.",
    ] {
        assert_eq!(with(note), Vec::<String>::new(), "{note}");
    }
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    for note in [
        "Approvals are applied automatically; every decline goes to a credit officer first.",
        "Favourable outcomes take effect without review; declines never do.",
        // Messages that decide nothing (a second review of honest notes).
        "Every proposed decline is reviewed by a credit officer. Reminders to upload documents are sent automatically.",
        "Every proposed decline is reviewed by a credit officer. Status updates (received, in review) are sent automatically; no decline is sent unreviewed.",
        "Every proposed decline is reviewed by a credit officer. Applications withdrawn by the applicant are closed automatically after 30 days; no decision is made on them.",
    ] {
        assert_eq!(
            with_words(&q, &a, "human-review", note),
            Vec::<String>::new(),
            "{note}"
        );
    }
}

/// A hostile review kept the answers for human review and an appeal ticked and wrote in a later
/// sentence of their notes that the review does not happen or the route is gone; each now
/// leaves the safeguard to be confirmed, and honest notes that go on about something else
/// stand.
#[test]
fn later_sentences_of_review_and_appeal_notes_that_deny_them_leave_them_to_confirm() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    for (question, note) in [
        ("human-review", "Nobody currently reviews declines."),
        (
            "human-review",
            "Every proposed decline goes to a credit officer. In practice the officers approve the model's decision without looking at the file.",
        ),
        ("human-review", "Review: none at present."),
        (
            "appeal",
            "Declined applicants can ask for reconsideration by phone or in a branch. The reconsideration line was discontinued in 2025.",
        ),
        ("appeal", "Reconsideration: not available."),
        // A compliance review's notes that said the opposite of the answer beside them.
        (
            "human-review",
            "Honestly, in practice officers don't look at the auto-declines: the decline letters go out overnight by the batch job.",
        ),
        (
            "human-review",
            "Officers review declines after they are sent, the next morning.",
        ),
        ("appeal", "Applicants cannot appeal; the decision is final."),
        ("appeal", "No appeal process yet."),
        // A review of those readings: the same in other words.
        (
            "human-review",
            "Declines are released automatically; a credit officer reviews them the following week.",
        ),
        (
            "human-review",
            "Officers only check declines once the letters have gone out.",
        ),
        (
            "human-review",
            "Officers rarely look at the declines; the queue is cleared automatically after 24 hours.",
        ),
        (
            "appeal",
            "Declined applicants have no way to challenge the decision; they may reapply after six months.",
        ),
        (
            "appeal",
            "Applicants can't contest a decline; the letter says so.",
        ),
        (
            "appeal",
            "The decision is final and is not open to reconsideration.",
        ),
        // A review of those readings: an appeal no person reads.
        (
            "appeal",
            "Applicants may 'appeal' by e-mail, but the reply is generated by the same model and nobody reads them.",
        ),
        (
            "appeal",
            "Declined applicants can appeal by email, but the appeals inbox is not monitored and nobody reads it.",
        ),
        (
            "appeal",
            "Appeal is possible in the app; it is answered automatically by the same scoring model, no person looks at it.",
        ),
        (
            "appeal",
            "Applicants can appeal; the appeal is decided by the scoring model.",
        ),
        (
            "appeal",
            "Appeals are re-scored by the model and the result is final.",
        ),
    ] {
        assert!(!with_words(&q, &a, question, note).is_empty(), "{note}");
    }
    for (question, note) in [
        (
            "human-review",
            "Every decline is reviewed by a credit officer before it is sent. Declines not reviewed within two business days are escalated to a senior officer; none has been sent unreviewed.",
        ),
        (
            "human-review",
            "Every proposed decline is reviewed by a credit officer before it is sent. Declines that failed the reasons check are held for a senior officer.",
        ),
        (
            "appeal",
            "Declined applicants can ask for reconsideration by phone or in a branch; a senior officer re-decides within 10 business days. Applicants who failed the first reconsideration can complain to the Financial Ombudsman.",
        ),
        (
            "appeal",
            "Applicants who cannot appeal online can call the branch; a senior officer re-decides within 10 business days.",
        ),
        // The same review: an appeal that costs nothing, one not answered by the model.
        (
            "appeal",
            "Applicants can ask for reconsideration; a senior officer who did not make the first decision re-decides within 10 business days. There is no appeal process fee.",
        ),
        (
            "appeal",
            "Appeals are not answered by the same model: a senior officer re-decides within 10 business days.",
        ),
        (
            "appeal",
            "Reconsideration is done by a senior officer who reads the whole file; the same model is not used to re-decide.",
        ),
        (
            "appeal",
            "Applicants can ask for reconsideration; the request form is answered automatically with a reference number and the expected date, then a senior officer decides within 10 business days.",
        ),
        (
            "human-review",
            "Every decline is reviewed by a credit officer before it is sent; officers look at the whole file.",
        ),
        (
            "human-review",
            "Credit officers review every proposed decline before it is sent. They don't look at the applicant's name or photo, only the file and reason codes.",
        ),
        (
            "human-review",
            "Officers decide every proposed decline before it is sent; they don't look at the model score until they have read the file, to avoid anchoring.",
        ),
    ] {
        assert_eq!(
            with_words(&q, &a, question, note),
            Vec::<String>::new(),
            "{note}"
        );
    }
}

/// A hostile review described a lending, hiring, parole, grading, tenancy and benefits tool each
/// as a "summariser", with no decision area ticked, and the gate passed every one. The use's
/// own description of people deciding with its output in an area the policy names now
/// contradicts "none of these": to be confirmed, and the gate fails until the team marks the
/// area or corrects the description. Descriptions that deny it, or a decision taken before the
/// tool is used, still pass.
#[test]
fn a_use_described_as_deciding_in_a_consequential_area_contradicts_no_decision_area() {
    let (q, a, e) = example("internal-doc-summariser.toml");
    assert!(gate_passes(&e));
    assert!(e.categories.is_empty());
    let with = |text: &str| {
        let mut b = a.clone();
        b.answers
            .insert("intended-use".into(), Answer::Text(text.to_string()));
        evaluate(&q, &b)
    };
    for (hostile, area) in [
        (
            "Credit officers pick a small-business loan application pack and get a one-page summary of the applicant's repayment capacity. Officers approve or decline the loan on the basis of the summary and the credit policy.",
            "Access to lending and credit",
        ),
        (
            "Recruiters pick a candidate's CV and interview notes and get a one-page summary. Recruiters use the summary to decide which candidates move to the next round.",
            "Hiring and termination",
        ),
        (
            "Parole board case officers pick a prisoner's case file and get a summary that the board reads before deciding on release.",
            "Judicial proceedings",
        ),
        (
            "Benefit caseworkers get a summary of the evidence; it is what they rely on when deciding whether to award or stop housing benefit.",
            "Access to housing and critical benefits",
        ),
        (
            "Teachers upload student essays; the tool proposes a grade band, which the teacher enters as the coursework grade.",
            "Education opportunities",
        ),
        // A compliance review: claims declined with no one involved, and a symptom checker.
        (
            "Members submit outpatient claims under EUR 500; the model predicts whether the claim is covered by the member's plan. Claims predicted not covered are declined automatically with a standard letter.",
            "Other decisions affecting rights, health or safety",
        ),
        (
            "Customers describe their symptoms in the app chat. The assistant tells them whether to self-treat, see a GP or go to A&E now, and recommends an over-the-counter medicine and dose.",
            "Medical advice",
        ),
        // A review of those readings: the same in other words.
        (
            "Customers ask the pharmacy bot whether they can take ibuprofen with their blood-pressure tablets, and it answers.",
            "Medical advice",
        ),
        (
            "The model recommends to the underwriter whether cover is refused; the underwriter usually follows it.",
            "Other decisions affecting rights, health or safety",
        ),
        // Cover beside claims is insurance (a review of the new readings).
        (
            "For travel cover, the model rejects claims that fall outside the policy wording and sends the rejection letter.",
            "Other decisions affecting rights, health or safety",
        ),
        (
            "The tool summarises customer claims and recommends whether the policy covers the claim.",
            "Other decisions affecting rights, health or safety",
        ),
    ] {
        let e = with(hostile);
        let found = e
            .contradictions
            .iter()
            .find(|c| c.id == "use-names-a-consequential-decision")
            .unwrap_or_else(|| panic!("{hostile}"));
        assert!(found.consequential_in_doubt);
        assert!(found.message.contains(area), "{}", found.message);
        assert!(
            found
                .answers
                .contains("Does the system make, recommend or inform decisions"),
            "{}",
            found.answers
        );
        assert!(e.consequential_in_doubt(), "{hostile}");
        assert!(!gate_passes(&e), "{hostile}");
    }
    for honest in [
        "Staff pick internal policy documents and get a one-page summary; they read the summary before the full text.",
        "Summarises policy documents for staff. Not for loan, hiring or benefit decisions, which it is never used for.",
        "After a caseworker has decided a benefit claim, the tool drafts the letter from the decision record.",
        "Summarises the minutes of the credit committee for the board pack; no application is decided with it.",
        "Marketing claims in our brochures are approved by the legal team before print.",
        "Summarises the pharmacy's stock of medicines for the buyers each week.",
        // A review of those readings: counts, decisions taken before, a doctor's own advice,
        // and "cover" as a verb.
        "Staff summarise internal documents, including the insurance department's reports on how many claims were declined or approved last quarter; nothing is decided about anyone.",
        "Summaries cover meeting notes and project reports; finance staff also summarise the month's expense claims, which their managers have already approved or declined.",
        "The tool drafts replies to policyholders about the status of their claim; the claims handler has already decided whether it is paid or declined and approves every reply.",
        "The assistant helps doctors draft discharge letters from their notes; the doctor writes the recommendations and signs every letter.",
        "Staff draft cover letters for expense claims their managers have already approved.",
    ] {
        let e = with(honest);
        assert!(
            e.contradictions.is_empty(),
            "{honest}: {:?}",
            e.contradictions
        );
        assert!(gate_passes(&e), "{honest}");
    }
}

/// A hostile review described prohibited uses in the words of the file while every screening
/// answer said no: a support bot that does not say it is a bot, an "unfiltered mode" that calls
/// the model without its guardrail, covert summaries of staff e-mail, a real person's look-alike
/// never asked, and the gate passed each. The words now contradict the screening: to be
/// confirmed, and the gate fails until one is corrected. Words that deny or block the use, and
/// uses that merely sound alike, still pass.
#[test]
fn words_that_describe_a_prohibited_use_contradict_the_screening_answers() {
    let (q, a, e) = example("internal-doc-summariser.toml");
    assert!(gate_passes(&e));
    let with = |text: &str| {
        let mut b = a.clone();
        b.answers
            .insert("intended-use".into(), Answer::Text(text.to_string()));
        evaluate(&q, &b)
    };
    let found = |e: &Evaluation| -> Vec<String> {
        e.contradictions
            .iter()
            .filter_map(|c| c.id.strip_prefix("words-describe-").map(str::to_string))
            .collect()
    };
    for (hostile, prohibition, title) in [
        (
            "Customer-service chat on our website. The assistant introduces itself as 'Sarah'; customers are not told they are chatting with a bot because that lowers satisfaction scores.",
            "disinformation",
            "Deliberate disinformation or deception",
        ),
        (
            "A general writing assistant. Premium subscribers can switch on 'unfiltered mode', which sends prompts to the model without the Bedrock guardrail.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "Summarises each employee's e-mails every week for their manager, flagging job-hunting; employees are not told.",
            "privacy",
            "Violating privacy rights",
        ),
        (
            "Generates images of a famous actress using our sofas for a social campaign; she has not been approached.",
            "likeness",
            "Voice or likeness without consent",
        ),
        (
            "If the link to the commander is lost, the loitering munition engages the top nomination on its own.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        // The "not" of a condition after the use denies nothing of it (review Y's D8b), nor
        // that of the clause after such a condition.
        (
            "Drafts collection letters to customers in arrears, telling them we will contact their employer and neighbours if they do not pay within 7 days.",
            "harassment",
            "Harassing or harming people or groups",
        ),
        (
            "Premium users get unfiltered mode if they pay for it, and the guardrail is not applied to them.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        // A compliance review: a counter-drone gun, a review booster, an "uncensored" wrapper.
        (
            "Radar and EO/IR detect small drones; a model cues a 30 mm gun with proximity rounds. If the datalink to the operator is lost for more than 10 s, the system switches to auto-engage mode and fires on tracks classified hostile.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The model writes five-star reviews of our client restaurants, which our staff post on Google Maps from a pool of aged customer accounts, so they look like real diners.",
            "disinformation",
            "Deliberate disinformation or deception",
        ),
        (
            "The model writes fake five-star reviews that our staff post on Google.",
            "disinformation",
            "Deliberate disinformation or deception",
        ),
        (
            "We prepend a jailbreak system prompt (DAN-style) that makes the model ignore its safety training.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        // A review of those readings: the same uses in other words.
        (
            "Cues a 30 mm gun. In defensive mode the system engages incoming threats automatically.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The loitering munition selects and engages vehicles autonomously.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The missile battery destroys hostile vehicles with no human involvement.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The gun turret engages targets without operator input once the classifier marks them hostile.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "Generates five-star reviews from fake customer accounts.",
            "disinformation",
            "Deliberate disinformation or deception",
        ),
        (
            "Generates lifestyle photos and short reviews that our agency posts under invented customer names.",
            "disinformation",
            "Deliberate disinformation or deception",
        ),
        (
            "Writes testimonials attributed to made-up customers for our product pages.",
            "disinformation",
            "Deliberate disinformation or deception",
        ),
        (
            "We wrap the model in a DAN prompt so it answers anything a user asks.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "We circumvent the model's safety filters with a prefix that makes it answer restricted questions.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        // A review of those readings: what the filter would do by default is no guard, and no
        // one needed to approve the force may stand in another clause or further off.
        (
            "We wrap the model in a DAN prompt so it answers questions it would normally refuse.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "The loitering munition is released as soon as the model confirms the target; no operator confirmation is needed.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "No operator is needed: the gun turret fires at any vehicle the model marks hostile.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The gun fires when the classifier is confident; no operator confirms the shot.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The missile is launched when the model scores a track above 0.9, and operator approval is not required.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The gun fires at anything the model marks hostile; it does not need an operator.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The remote weapon station fires automatically at intruders, with no human in the loop.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        // A review of those readings: the same in other words.
        (
            "Fully autonomous mode: the model selects and engages targets with the gun; no human in the loop.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "The system launch the interceptor missile automaticly when a threat is classified, no need operator confirmation for this (too fast for human).",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "We wrap each request in a role-play template that gets around the Bedrock guardrail, so the model also handles requests the guardrail would otherwise block.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "The prompt bypasses the model's safety filters.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "Staff jailbreak the model to get answers on any topic.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "Power users can switch on 'developer mode', a prompt that makes Claude reply to prompts it would by default refuse to answer.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "The prompt removes the safety filters so the model answers anything.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "Staff use a role-play prompt so it answers requests the guardrail would otherwise block.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        // A second review: what others block, slipping past, switched off, a refusal that sets
        // it off, a person only told afterwards, no one needed to approve.
        (
            "The assistant helps power users bypass the content filters of commercial chatbots so they get answers the vendors block.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "The tool rewrites user prompts so they slip past the provider's moderation layer undetected.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "Teachers can unlock the tutor: refusals are switched off and the filters no longer apply, so it answers any question.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "Our prompt library lets marketers jailbreak the model when it refuses edgy copy.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "The tool disables the guardrails so the model answers whatever the vendors block.",
            "safety-circumvention",
            "Getting around safety filters",
        ),
        (
            "Autonomous mode: the weapon attacks detected vehicles and nobody needs to approve the strike.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
        (
            "When confidence exceeds 0.95 the gun engages the vehicle directly and the officer is only informed afterwards, no human approves it.",
            "lethal-weapons",
            "Lethal weapon functions without human control",
        ),
    ] {
        let e = with(hostile);
        assert_eq!(found(&e), vec![prohibition.to_string()], "{hostile}");
        let c = e
            .contradictions
            .iter()
            .find(|c| c.id.ends_with(prohibition))
            .unwrap();
        assert!(c.message.contains(title), "{}", c.message);
        assert!(
            c.answers.contains("What is the system for?"),
            "{}",
            c.answers
        );
        assert!(!gate_passes(&e), "{hostile}");
        // Every report's screening row says so, never "clear" or "guarded".
        let p = e.prohibitions.iter().find(|p| p.id == prohibition).unwrap();
        assert!(e.described_in_words(prohibition));
        assert_eq!(
            raia::explain::prohibition_state(&q, &e, p, None),
            "to be confirmed: the file's own words describe it (see the answers that disagree)"
        );
        // Nor does the wizard's or plain mode's panel call it guarded or open.
        for (heading, titles, _) in raia::explain::concern_groups(&e) {
            assert!(
                !titles.contains(&title) || heading == raia::explain::CONCERNS_IN_WORDS,
                "{heading}: {titles:?}"
            );
        }
    }
    for honest in [
        "Customer-service chat; customers are told at the start that they are chatting with a bot.",
        "We never pretend to be human.",
        "Unfiltered mode is blocked for every user.",
        "Employees are told in the staff privacy notice that summaries are made of shared documents only.",
        "The delivery drone returns to base on its own when the link is lost.",
        "Volunteers are background-checked before they can chat with anyone.",
        "We never contact their employer and neighbours, even if they do not pay.",
        "The drone does not engage on its own if the link is lost.",
        // Reviews of honest answers: a condition set off by commas, a question, a limit.
        "Unfiltered mode, if requested, is not available.",
        "Fake reviews, if anyone asks for them, are refused by the guardrail.",
        "Do we contact their employer and neighbours if they do not pay? No, the model is not used in collections at all.",
        "Collectors contact their employer and neighbours only if a court orders it, and no court ever has.",
        "We tested whether it pretends to be human if a user insists, and it did not in 500 adversarial prompts.",
        "Staff pick internal policy documents and get a one-page summary.",
        "No missile is fired without human authorisation.",
        "The gun does not fire without an operator approving each engagement.",
        "The model flags fake reviews for our moderators to remove.",
        "Red-team tests showed that DAN-style jailbreak prompts are refused.",
        "The radar tracks drones by itself; an operator fires the gun after each approval.",
        // Force that is not lethal, in a file that names none, is another question.
        "The pepper-gel launcher engages automatically at the fence; it is less-lethal.",
        // A review of the new readings: tests, alerts, others' systems, a possibility.
        "Red team with DAN-style jailbreak prompts: 99.7% blocked by the guardrail.",
        "We tested DAN-style prompts against the guardrail; all were blocked.",
        "Red team of 300 prompts, including requests for fake five-star reviews so they look like real customers; all were refused.",
        "An alert fires automatically to the duty officer when a new vehicle is detected; a commander authorises each missile engagement.",
        "Unlike systems that engage with no human in the loop, a commander authorises each missile engagement.",
        "If someone connected it to a gun, it could fire automatically; the network design prevents that.",
        "The gun does not fire automatically: a commander authorises each engagement.",
        "Tracks are followed automatically without an operator; a commander authorises each missile engagement.",
        "Summarises genuine customer reviews for the product team.",
        "No fake reviews are written or posted.",
        // The same review: people who decide beside the words that no one is needed for
        // something else, a message, and guards that say what is refused.
        "No operator is needed to keep the radar tracking; a commander authorises each missile engagement.",
        "No human is needed to restart the pipeline; the gun fires only on a commander's order.",
        "No operator is needed for the alert: it fires automatically to the duty officer.",
        "The guardrail blocks prompts that would normally be refused.",
        "Prompts the guardrail would otherwise block are refused and logged.",
        "The non-lethal weapon station fires pepper gel automatically at the fence.",
        "The nomination report is launched to the intelligence cell automatically every hour, it does not need an operator; a targeting officer checks each nomination and a commander authorises every gun engagement.",
        "Staff get a one-page summary of an internal document. The red team tried to get around the safety filters with role-play and DAN prompts; the filters held and the model refused every time.",
        "Staff summarise internal documents. Documents the guardrail would normally block (medical or HR files) are not offered in the picker, so no one needs to get around it.",
        "Staff pick an internal document and get a one-page summary. We give the model our own policy text so it answers questions about our policies that it would otherwise not know.",
        "The guardrail protects against jailbreaks and prompts that bypass the safety filters.",
        "If a question would normally be refused, the tool escalates it to a human expert.",
        "Summaries of internal documents; the guardrail removes personal data and we remove the safety filters' false positives by hand.",
        "We override the default summary length when staff ask for more detail.",
        // A second review's honest answers: filters, safety and overrides of other kinds, a
        // jailbreak blocked, a video game.
        "Our data pipeline removes stale documents using a date filter and strips personal e-mail signatures; if the filter misconfigures, old versions may appear.",
        "Teachers may override the topic filter for a class, which the school admin approves; guardrails for self-harm and sexual content stay on.",
        "The tool ignores images and tables, so safety data sheets are summarised only from their text.",
        "Our censorship-resistance research team uses it to summarise academic papers about how journalists get around state censorship.",
        "Planners may remove safety stock for slow movers; readers must check the source.",
        "Physicians may override the safety alert with a documented reason; overrides are audited monthly.",
        "Trusted partner domains bypass the spam filter by allow-list, and the summary shows which rules were hit.",
        "The summariser tends to ignore safety caveats in footnotes; we added a rule to keep them.",
        "Credit officers can override the affordability filter for applicants with a guarantor.",
        "Moderators summarise reports of users who evade moderation by misspelling slurs; the summary helps moderators update the filter lists.",
        "Jailbreak prompts are blocked by the guardrail and logged.",
        "Game studio staff summarise design docs: in our shooter game, the AI enemy shoots at the player automatically with no operator needed; it is a video game, not a weapon system.",
    ] {
        let e = with(honest);
        assert!(found(&e).is_empty(), "{honest}: {:?}", e.contradictions);
    }
    // A concern the answers count as guarded, which the words describe as the use itself, is
    // grouped as to be confirmed, not guarded (the wizard's panel said "guarded").
    let (hq, ha, he) = example("homework-helper-children.toml");
    let guarded = |e: &Evaluation| {
        raia::explain::concern_groups(e)
            .into_iter()
            .any(|(h, t, _)| {
                h == raia::explain::CONCERNS_GUARDED
                    && t.contains(&"Deliberate disinformation or deception")
            })
    };
    assert!(guarded(&he));
    let mut hb = ha.clone();
    hb.notes.insert(
        "intended-use".into(),
        "The tutor introduces itself as 'Ms Rivera'; pupils are not told it is a bot.".into(),
    );
    let he = evaluate(&hq, &hb);
    assert!(!guarded(&he));
    assert!(raia::explain::concern_groups(&he).iter().any(|(h, t, _)| {
        *h == raia::explain::CONCERNS_IN_WORDS
            && t.contains(&"Deliberate disinformation or deception")
    }));

    // A weapon said to act alone in a note that names no lethal means, where the answers pick
    // lethal force under human control (a compliance review's counter-drone gun).
    let (tq, ta, te) = example("targeting-aid-human-control.toml");
    assert!(gate_passes(&te));
    let mut tb = ta.clone();
    tb.notes.insert(
        "weapon-function".into(),
        "Operator approves each engagement in normal mode; on datalink loss it auto-engages hostile tracks by itself (fallback mode).".into(),
    );
    let te = evaluate(&tq, &tb);
    assert_eq!(found(&te), vec!["lethal-weapons".to_string()]);
    assert!(!gate_passes(&te));
    // A launch or a release of something else, in that file, is no weapon's (a second review).
    for honest in [
        "For range training, the target drone launches from the catapult automatically once the range safety officer clears the range; no operator confirms each launch of the target drone.",
        "The nightly report is released to the intelligence cell automatically; operator approval is not required for reports, only for nominations.",
        "The surveillance drone launches on a pre-planned route and no operator is needed for take-off; the drone is unarmed.",
    ] {
        let mut tb = ta.clone();
        tb.answers
            .insert("limitations".into(), Answer::Text(honest.to_string()));
        let te = evaluate(&tq, &tb);
        assert!(found(&te).is_empty(), "{honest}: {:?}", te.contradictions);
    }

    // A note on any answer is read too; a clause that blocks the use does not cover the next.
    let mut b = a.clone();
    b.notes.insert(
        "intended-use".into(),
        "Blocked in the default workspace; the marketing team's workspace has the filters turned off.".into(),
    );
    assert_eq!(
        found(&evaluate(&q, &b)),
        vec!["safety-circumvention".to_string()]
    );
}

/// A prohibited use that answers rule out only through an answer a contradiction says cannot be
/// true, where the true answer could raise it, is to be confirmed in every mode: a credit scorer
/// answering "None" for personal data was told "no answer indicates" privacy violations, citing
/// that "None", in its response to AWS. Only the rows that answer screens are in doubt, and only
/// through an answer whose correction could raise them.
#[test]
fn a_prohibition_ruled_out_by_answers_that_disagree_is_to_be_confirmed_in_every_mode() {
    let (q, honest, he) = example("loan-pre-approval.toml");
    let t = raia::report::Templates::builtin().unwrap();
    let mut a = honest.clone();
    choose_many(&mut a, "personal-data", &["none"]);
    let e = evaluate(&q, &a);
    assert!(!gate_passes(&e));
    let doubted: Vec<&str> = e
        .doubted_prohibitions(None)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(doubted, ["privacy", "minors", "harassment"]);
    // Scoring people and acting on the public are picks among others or choices whose
    // alternatives raise nothing: they put no row in doubt.
    for p in &e.prohibitions {
        let doubted_by: Vec<&str> = e.doubted(p).iter().map(|x| x.as_str()).collect();
        if doubted.contains(&p.id.as_str()) {
            assert_eq!(doubted_by, ["personal-data"], "{}", p.id);
            assert_eq!(
                raia::explain::prohibition_state(&q, &e, p, None),
                raia::explain::RULED_OUT_BY_DISAGREEING
            );
        } else {
            assert!(doubted_by.is_empty(), "{}: {doubted_by:?}", p.id);
            assert_eq!(raia::explain::prohibition_state(&q, &e, p, None), "clear");
        }
    }
    assert_eq!(
        raia::explain::ruled_out_by_disagreeing(&q, &a, &e, prohibition(&e, "privacy")).unwrap(),
        "Violating privacy rights: the answers that rule it out disagree with others (What personal data does the system use, in its input, its output or its training? → None)"
    );
    assert!(
        raia::explain::compliance_statement(&q, &e, None).contains(
            "Violating privacy rights (the answers that rule it out disagree with others)"
        )
    );
    // The response to AWS says so on the row, with the answer, and never "no answer indicates".
    let info = raia::report::render(&q, &a, raia::report::Format::InfoRequest, &t).unwrap();
    let row = |info: &str, title: &str| {
        info.lines()
            .find(|l| l.starts_with(&format!("| {title} (")))
            .unwrap_or_else(|| panic!("no row {title}"))
            .to_string()
    };
    let privacy = row(&info, "Violating privacy rights");
    assert!(
        privacy.contains("**To be confirmed.** The answers that rule it out (What personal data does the system use, in its input, its output or its training? → None) disagree with others (section 8 says where)"),
        "{privacy}"
    );
    assert!(!privacy.contains("No answer indicates"), "{privacy}");
    assert!(
        row(&info, "Deliberate disinformation or deception").contains("No answer indicates it")
    );
    // The Markdown report counts them, and the JSON status is never "clear".
    let md = raia::report::render(&q, &a, raia::report::Format::Markdown, &t).unwrap();
    assert!(
        md.contains("**3 to be confirmed**: the answers that rule them out disagree with others (Violating privacy rights; Harm or abuse of minors; Harassing or harming people or groups; see the answers that disagree)"),
        "{md}"
    );
    let json = raia::report::render(&q, &a, raia::report::Format::Json, &t).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = v["prohibitions"].as_array().unwrap();
    for r in rows {
        let doubted_here = doubted.contains(&r["id"].as_str().unwrap());
        assert_eq!(
            r["status"],
            if doubted_here {
                "to-be-confirmed"
            } else {
                "clear"
            },
            "{r}"
        );
        assert_eq!(
            r["doubted_by"].as_array().unwrap().is_empty(),
            !doubted_here
        );
    }
    // The same file as the team wrote it: every row clear, on the answers themselves.
    assert!(he.doubted_prohibitions(None).next().is_none());
    // Clear only through a safeguard the file does not back as well: that reason, which names
    // what to show, is the one given (a targeting aid whose engagements are not all reviewed).
    let (tq, _, te) = case("53-targeting-aid-some-unreviewed.toml");
    let weapons = prohibition(&te, "lethal-weapons");
    assert!(!te.doubted(weapons).is_empty());
    assert!(te.unbacked(weapons, None).is_some());
    assert!(te.doubted_prohibitions(None).next().is_none());
    assert!(
        raia::explain::prohibition_state(&tq, &te, weapons, None)
            .starts_with("to be confirmed: clear only while")
    );
    let info = raia::report::render(&q, &honest, raia::report::Format::InfoRequest, &t).unwrap();
    assert!(row(&info, "Violating privacy rights").contains("No answer indicates it"));

    // A row the file's own words describe says so in the response too, not "no answer
    // indicates it".
    let (sq, mut sa, _) = example("internal-doc-summariser.toml");
    sa.notes.insert(
        "intended-use".into(),
        "Summarises each employee's e-mails every week for their manager, flagging job-hunting; employees are not told.".into(),
    );
    let info = raia::report::render(&sq, &sa, raia::report::Format::InfoRequest, &t).unwrap();
    let privacy = row(&info, "Violating privacy rights");
    assert!(
        privacy.contains("**To be confirmed.** The assessment's own words describe this use while no answer records it"),
        "{privacy}"
    );
    assert!(!privacy.contains("No answer indicates"), "{privacy}");
    // Every line mode lists it too (`score` said only "none confirmed").
    let se = evaluate(&sq, &sa);
    assert_eq!(
        raia::explain::described_but_clear(&se).collect::<Vec<_>>(),
        [
            "Violating privacy rights: the file's own words describe it (see the answers that disagree)"
        ]
    );

    // A single choice whose other options would ask a question that screens for the use: the
    // outputs said to act only on the system's users, beside answers that say otherwise, keep
    // privacy clear only because the tracking question is not asked (a hostile review).
    let mut b = honest.clone();
    choose_many(&mut b, "users", &["business"]);
    choose(&mut b, "subjects", "users-only");
    choose_many(&mut b, "personal-data", &["basic", "financial", "location"]);
    let e = evaluate(&q, &b);
    assert!(!e.contradictions.is_empty());
    let privacy = prohibition(&e, "privacy");
    assert!(
        e.doubted(privacy).iter().any(|x| *x == "subjects"),
        "{:?}",
        e.contradictions
    );
    let info = raia::report::render(&q, &b, raia::report::Format::InfoRequest, &t).unwrap();
    assert!(
        !row(&info, "Violating privacy rights").contains("No answer indicates"),
        "{info}"
    );
    // What a contradiction's "not" says is not picked sets the disagreement; it puts no use in
    // doubt: a pharmacy checker said to give medical advice while only staff use it did not
    // get harm to minors "to be confirmed" for its users.
    let (_, _, pe) = case("111-pharmacy-interaction-checker-ticked-advice.toml");
    assert!(!pe.contradictions.is_empty());
    assert_eq!(pe.doubted_prohibitions(None).count(), 0);
    // Only corrections that settle the disagreement: a patient lift said to act on people's
    // bodies while its outputs act only on users is not in doubt for lethal weapons, as "uses
    // force" disagrees the same (a second hostile review).
    let (sq, mut lift, _) = example("internal-doc-summariser.toml");
    choose_many(&mut lift, "capabilities", &["control"]);
    choose(&mut lift, "control-stakes", "acts-on-people");
    choose(&mut lift, "subjects", "users-only");
    choose(&mut lift, "control-oversight", "supervised");
    choose_many(&mut lift, "control-safety", &["fail-safe"]);
    choose_many(&mut lift, "personal-data", &["none"]);
    let le = evaluate(&sq, &lift);
    assert!(!le.contradictions.is_empty());
    let weapons = prohibition(&le, "lethal-weapons");
    assert!(le.doubted(weapons).is_empty(), "{:?}", le.doubted(weapons));
}

/// A hostile review's honest variants, refused before: a redo left undone because only the
/// letter template changed, a rule that releases nothing unreviewed, a population left out with
/// its reason, a suggestion not accepted by default, a failure put right in the same sentence,
/// and an earlier version's assessment retired beside the current one. Each passes; the same
/// words without what makes them honest still do not.
#[test]
fn honest_notes_and_evidence_that_read_like_denials_pass() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    for (question, honest, hostile) in [
        (
            "tests-done",
            "Robustness tests were not repeated for v5.1 because only the letter template changed; v5 results (MRM-VAL-2024-112) stand.",
            "Robustness tests were not repeated for v5.1.",
        ),
        (
            "human-review",
            "Applications with a pending decline stay on hold until the officer decides; none is released without review.",
            "Declines are released without review.",
        ),
        (
            "tests-done",
            "The first fair-lending run failed the 0.80 threshold for applicants over 62; after two variables were removed the retrained v5 passed (0.86) on 2024-10-20.",
            "The first fair-lending run failed the 0.80 threshold for applicants over 62.",
        ),
    ] {
        assert_eq!(
            with_words(&q, &a, question, honest),
            Vec::<String>::new(),
            "{honest}"
        );
        assert!(
            !with_words(&q, &a, question, hostile).is_empty(),
            "{hostile}"
        );
    }
    let evidence = |text: &str| {
        let mut b = a.clone();
        record(&mut b, "risk-assessment", SafeguardStatus::InPlace, text);
        evaluate(&q, &b)
    };
    assert_gate_passes(&evidence(
        "Model risk assessment MRM-CL-031 for QQ-PD v5, approved by the Model Risk Committee on 2024-11-18; the v4 assessment was retired.",
    ));
    assert!(!gate_passes(&evidence(
        "Model risk assessment MRM-CL-031 for QQ-PD v5, approved by the Model Risk Committee on 2024-11-18; the assessment was retired."
    )));

    let (q, a, e) = example("clinical-triage-assistant.toml");
    assert!(gate_passes(&e));
    for (question, honest, hostile) in [
        (
            "tests-done",
            "We have not tested the model on patients under two because it is hidden for them.",
            "We have not tested the model on patients.",
        ),
        (
            "human-review",
            "The suggestion is not accepted by default: the physician must pick the level.",
            "The review process was not accepted by the clinical safety board.",
        ),
    ] {
        assert_eq!(
            with_words(&q, &a, question, honest),
            Vec::<String>::new(),
            "{honest}"
        );
        assert!(
            !with_words(&q, &a, question, hostile).is_empty(),
            "{hostile}"
        );
    }
}

/// The limitations answer saying a test ticked as passed was not run, or a control is off (a
/// hostile review: "We have not run any bias or fair-lending testing yet" beside both ticked,
/// "Drift monitoring was switched off in June") leaves it to be confirmed; limits of the tests
/// that were run, and rules for when a control acts, do not.
#[test]
fn limitations_that_say_a_ticked_test_was_not_run_leave_it_to_confirm() {
    let (q, a, e) = example("loan-pre-approval.toml");
    assert!(gate_passes(&e));
    let with = |text: &str| {
        let mut b = a.clone();
        b.answers
            .insert("limitations".into(), Answer::Text(text.to_string()));
        let e = evaluate(&q, &b);
        let mut ids: Vec<String> = e.conflicts().map(|s| s.id.to_string()).collect();
        ids.sort();
        ids
    };
    assert_eq!(
        with(
            "We have not run any bias or fair-lending testing yet; thin-file applicants are scored less reliably."
        ),
        vec![
            "bias-testing".to_string(),
            "fair-lending-testing".to_string()
        ]
    );
    assert_eq!(
        with(
            "Thin-file applicants are scored less reliably. Robustness testing has not been done."
        ),
        vec!["robustness-testing".to_string()]
    );
    assert_eq!(
        with(
            "Drift monitoring was switched off in June after the dashboard migration and has not been re-enabled."
        ),
        vec!["monitoring".to_string()]
    );
    for honest in [
        "The model is switched off automatically when drift monitoring raises an alert.",
        "Thin-file applicants are scored less reliably; the model has not been tested on commercial loans, which it does not score.",
        "Bias testing has not been done for applicants under 21, who are declined by policy.",
        "Scores drift when bureau data changes; monitoring catches it within a month.",
    ] {
        assert_eq!(with(honest), Vec::<String>::new(), "{honest}");
    }
}

/// A compliance review read "tier LOW" in the headline of a warehouse tool whose own words
/// describe dismissals, above four requirements of the policy to be confirmed; a team review read
/// an information-request response say "no consequential decision" was found with the question
/// that marks one unanswered. The headline of every mode now says what the result would be once
/// the decision is confirmed, and the response says the question waits for an answer.
#[test]
fn a_consequential_decision_in_doubt_or_unanswered_is_said_beside_the_result() {
    let (q, a, e) = example("internal-doc-summariser.toml");
    let t = raia::report::Templates::builtin().unwrap();
    assert_eq!(raia::explain::tier_in_doubt(&q, &e), None);
    let md = raia::report::render(&q, &a, raia::report::Format::Markdown, &t).unwrap();
    assert!(md.contains("**Result: LOW.**"), "{md}");
    let mut b = a.clone();
    b.answers.insert(
        "intended-use".into(),
        Answer::Text("Shift managers get a weekly summary of each picker's pace; three warnings lead to dismissal, which the manager decides from the summary.".into()),
    );
    let e = evaluate(&q, &b);
    assert!(e.consequential_in_doubt());
    assert_eq!(
        raia::explain::tier_in_doubt(&q, &e).as_deref(),
        Some("at least high if the consequential decision the answers leave open is confirmed")
    );
    let md = raia::report::render(&q, &b, raia::report::Format::Markdown, &t).unwrap();
    assert!(
        md.contains("**Result: LOW, at least high if the consequential decision the answers leave open is confirmed.**"),
        "{md}"
    );
    let json = raia::report::render(&q, &b, raia::report::Format::Json, &t).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["tier_in_doubt"],
        "at least high if the consequential decision the answers leave open is confirmed"
    );
    // With a consequential decision marked, nothing is in doubt.
    let (lq, _, le) = example("loan-pre-approval.toml");
    assert_eq!(raia::explain::tier_in_doubt(&lq, &le), None);

    // The question that marks one unanswered: the response to AWS claims nothing.
    let info = raia::report::render(&q, &a, raia::report::Format::InfoRequest, &t).unwrap();
    assert!(
        info.contains("The assessment found no consequential decision"),
        "{info}"
    );
    let mut c = a.clone();
    c.answers.remove("decision-areas");
    let info = raia::report::render(&q, &c, raia::report::Format::InfoRequest, &t).unwrap();
    assert!(!info.contains("found no consequential decision"), "{info}");
    assert!(
        info.contains("**Not answered yet.** No answer marks a consequential decision, but the question that would is unanswered (Does the system make, recommend or inform decisions, or give advice, in any of these areas?)"),
        "{info}"
    );
    let md = raia::report::render(&q, &c, raia::report::Format::Markdown, &t).unwrap();
    assert!(
        md.contains("none marked yet: the question that would mark one is not answered"),
        "{md}"
    );
}

/// Three reviews of this round's readings wrote realistic answers, honest and not, for each
/// reading of teams' words: a weapon no one need approve, getting around safety filters,
/// document dates after today, evidence of first steps only, failed tests, appeals no person
/// reads and insurance claims decided. Each line of the fixture is one answer put into an
/// example; the gate must come out as the line says, and a failing one must fail on what the
/// words say (the examples pass as they stand).
#[test]
fn review_answers_read_as_the_reviews_expect() {
    let text = [
        include_str!("fixtures/readings/reviews-2026-12-05.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06b.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06c.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06d.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06e.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06f.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06g.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06h.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06i.txt"),
        include_str!("fixtures/readings/reviews-2026-12-06j.txt"),
        include_str!("fixtures/readings/reviews-2026-12-07.txt"),
        include_str!("fixtures/readings/reviews-2026-12-07b.txt"),
        include_str!("fixtures/readings/reviews-2026-12-07c.txt"),
        include_str!("fixtures/readings/reviews-2026-12-07d.txt"),
        include_str!("fixtures/readings/reviews-2026-12-07e.txt"),
        include_str!("fixtures/readings/reviews-2026-12-07f.txt"),
        include_str!("fixtures/readings/reviews-2026-12-07g.txt"),
    ]
    .concat();
    let mut examples: std::collections::BTreeMap<String, (Questionnaire, Assessment)> =
        std::collections::BTreeMap::new();
    let mut wrong = Vec::new();
    let mut count = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let parts: Vec<&str> = line.splitn(4, '|').collect();
        let [expect, name, field, words] = parts[..] else {
            panic!("a line of four fields: {line}");
        };
        let (q, base) = examples.entry(name.to_string()).or_insert_with(|| {
            let (q, a, e) = example(&format!("{name}.toml"));
            assert!(
                e.gate_on(raia::engine::Binding::Bound, false, Some("2026-12-05"))
                    .is_empty(),
                "{name} passes as it stands"
            );
            (q, a)
        });
        let mut a = base.clone();
        if let Some(key) = field.strip_prefix("note:") {
            a.notes.insert(key.into(), words.into());
        } else if let Some(id) = field.strip_prefix("ev:") {
            record(&mut a, id, SafeguardStatus::InPlace, words);
        } else {
            assert!(
                matches!(a.answers.get(field), Some(Answer::Text(_))),
                "{name}: {field} holds text"
            );
            a.answers.insert(field.into(), Answer::Text(words.into()));
        }
        let e = evaluate(q, &a);
        let passes = e
            .gate_on(raia::engine::Binding::Bound, false, Some("2026-12-05"))
            .is_empty();
        count += 1;
        if passes != (expect == "pass") {
            wrong.push(format!("{expect} {name} {field}: {words}"));
        }
    }
    assert!(count > 500, "{count}");
    assert!(
        wrong.is_empty(),
        "{} read wrongly:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
