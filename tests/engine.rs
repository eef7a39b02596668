#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benches fail loudly by design
//! The engine: worked cases on the docs example, and the properties results must keep.
mod common;

use proptest::prelude::*;
use raia::answer::Answer;
use raia::assessment::{Assessment, SafeguardEntry, SafeguardStatus};
use raia::engine::{Binding, GateFailure, RequirementState};
use raia::engine::{ProhibitionStatus, StatusSource, evaluate};
use raia::questionnaire::{Basis, QuestionKind, Questionnaire, Tier, parse_questionnaire};

fn mini(answers: &[(&str, Answer)]) -> (Questionnaire, Assessment) {
    let q = common::docs_example();
    let mut a = Assessment::new(&q);
    for (k, v) in answers {
        a.answers.insert((*k).to_string(), v.clone());
    }
    (q, a)
}

#[test]
fn a_recommending_hiring_tool_is_high_with_reasons_and_its_safeguard_in_place() {
    let (q, a) = mini(&[
        ("voice-clone", Answer::Choice("no".into())),
        ("hiring", Answer::Bool(true)),
        ("role", Answer::Choice("recommends".into())),
    ]);
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::High);
    assert_eq!(e.categories.len(), 1);
    assert_eq!(e.categories[0].id, "employment");
    assert_eq!(e.categories[0].raised_by[0].question, "hiring");
    // 2 (hiring) + 2 (recommends) = 4 raw; human review credit 3 capped at 50% = 2.
    assert_eq!((e.score.raw, e.score.mitigation, e.score.total), (4, 2, 2));
    assert_eq!(e.score.band, Tier::Low);
    let review = e.safeguard("human-review").unwrap();
    assert!(review.required);
    assert_eq!(review.status, SafeguardStatus::InPlace);
    assert_eq!(review.source, StatusSource::Answer);
    assert!(review.evidence.contains("Recommends; a person decides"));
    // The floor, not the score, makes it high, and the reasons say so.
    assert!(raia::explain::tier_reasons(&q, &e).iter().any(|r| {
        r.contains("Consequential decision: Hiring and termination sets the floor at high")
    }));
    let oversight = e
        .requirements
        .iter()
        .find(|r| r.id == "human-oversight")
        .unwrap();
    assert!(oversight.applies && oversight.is_met());
    assert_eq!(e.gaps, vec!["named-owner".to_string()]);
}

#[test]
fn an_auto_deciding_tool_needs_a_note_and_shows_the_gap() {
    let (q, mut a) = mini(&[
        ("voice-clone", Answer::Choice("no".into())),
        ("hiring", Answer::Bool(true)),
        ("role", Answer::Choice("decides".into())),
    ]);
    let e = evaluate(&q, &a);
    assert_eq!(e.notes_missing, ["role"]);
    assert!(!e.complete);
    assert_eq!(e.score.total, 8);
    assert_eq!(e.gaps, ["human-review", "named-owner"]);
    // Closing the human-review gap, with the answer that comes with it (recommends instead of
    // decides), lowers the score by more than its credit, but never below the floor.
    let w = e
        .what_if
        .iter()
        .find(|w| w.safeguard == "human-review")
        .unwrap();
    assert_eq!((w.score_after, w.tier_after), (2, Tier::High));
    assert_eq!(
        w.answers,
        ["What does the system do in the decision? → Recommends; a person decides"]
    );
    assert!(w.gaps_closed.iter().any(|g| g == "human-review"));
    a.notes
        .insert("role".into(), "Pilot only; recruiters audit weekly".into());
    assert!(evaluate(&q, &a).complete);
}

#[test]
fn a_voice_clone_without_consent_is_prohibited_whatever_else_is_answered() {
    let (q, mut a) = mini(&[
        ("voice-clone", Answer::Choice("no-consent".into())),
        ("hiring", Answer::Bool(false)),
    ]);
    for s in &q.safeguards {
        a.safeguards.insert(
            s.id.to_string(),
            SafeguardEntry {
                status: SafeguardStatus::InPlace,
                evidence: "x".into(),
            },
        );
    }
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::Prohibited);
    let likeness = &e.prohibitions[0];
    assert_eq!(likeness.status, ProhibitionStatus::Confirmed);
    assert_eq!(likeness.confirmed_by[0].answer, "Yes, without consent");
    assert_eq!(
        raia::explain::tier_reasons(&q, &e)[0],
        "Prohibited use confirmed: Likeness without consent (Does the system reproduce a real person's voice? → Yes, without consent)."
    );
    // The score decides nothing under a confirmed prohibition, and no band sentence says it does.
    assert!(!e.score_counts());
    assert!(
        raia::explain::tier_reasons(&q, &e)
            .iter()
            .all(|r| !r.contains("band")),
        "{:?}",
        raia::explain::tier_reasons(&q, &e)
    );
}

#[test]
fn hidden_answers_are_kept_but_do_not_count() {
    let (q, a) = mini(&[
        ("voice-clone", Answer::Choice("licensed".into())),
        ("hiring", Answer::Bool(false)),
        ("role", Answer::Choice("decides".into())),
    ]);
    let e = evaluate(&q, &a);
    assert_eq!(e.hidden_answered, ["role"]);
    assert!(!e.is_visible("role"));
    assert_eq!(e.score.raw, 0);
    assert_eq!(e.tier, Tier::Low);
    assert!(e.complete);
}

#[test]
fn unanswered_visible_questions_are_listed_and_optional_ones_are_not() {
    let (q, a) = mini(&[("hiring", Answer::Bool(true))]);
    let e = evaluate(&q, &a);
    assert_eq!(e.unanswered, ["voice-clone", "role"]);
    assert!(e.is_visible("owner"));
    assert!(!e.complete);
}

/// The file's status is the one reported, and where an answer says the safeguard is in place
/// the two disagree: to be confirmed, never met. (It used to stay a plain gap, so the answer's
/// other effects stood: a likeness answer kept its prohibition clear beside records missing.)
#[test]
fn safeguard_status_in_the_file_against_an_answer_is_to_be_confirmed() {
    let (q, mut a) = mini(&[
        ("voice-clone", Answer::Choice("no".into())),
        ("hiring", Answer::Bool(true)),
        ("role", Answer::Choice("recommends".into())),
    ]);
    a.safeguards.insert(
        "human-review".into(),
        SafeguardEntry {
            status: SafeguardStatus::Planned,
            evidence: "Reviewer rota from Q2".into(),
        },
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("human-review").unwrap();
    assert_eq!(
        (s.status, s.source),
        (SafeguardStatus::Planned, StatusSource::Assessment)
    );
    assert!(s.is_contradicted() && !s.holds());
    assert_eq!(
        raia::explain::conflict(&q, s),
        "recorded as planned, but the answers say it is in place: What does the system do in the decision? → Recommends; a person decides (if part of it is in place, record it in place with evidence that says what is still to come; otherwise change the answer)"
    );
    assert!(!e.gate(raia::engine::Binding::Bound, false).is_empty());
    assert!(
        !e.requirements
            .iter()
            .find(|r| r.id == "human-oversight")
            .unwrap()
            .is_met()
    );
}

// ---- properties ----------------------------------------------------------------------

fn questionnaires() -> Vec<Questionnaire> {
    let mut out = vec![common::docs_example()];
    let default = parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    out.push(default);
    out.push(common::eu_example());
    out
}

/// A raw draw per question and per safeguard, mapped onto whichever questionnaire is used.
#[derive(Debug, Clone)]
struct Draw {
    answers: Vec<Option<u64>>,
    statuses: Vec<u8>,
    which: usize,
}

fn draws() -> impl Strategy<Value = Draw> {
    (
        prop::collection::vec(prop::option::weighted(0.85, any::<u64>()), 200),
        prop::collection::vec(0u8..8, 100),
        0usize..3,
    )
        .prop_map(|(answers, statuses, which)| Draw {
            answers,
            statuses,
            which,
        })
}

fn build(q: &Questionnaire, d: &Draw) -> Assessment {
    let mut a = Assessment::new(q);
    // The required details, so the gate reads the answers alone.
    a.metadata.system = "Drawn system".into();
    a.metadata.description = "A system drawn at random".into();
    a.metadata.owner_team = "Drawing team".into();
    a.metadata.assessor = "Ada Example".into();
    for (i, question) in q.questions.iter().enumerate() {
        let Some(seed) = d.answers.get(i).copied().flatten() else {
            continue;
        };
        let n = question.options.len().max(1) as u64;
        let answer = match question.kind {
            QuestionKind::YesNo => Answer::Bool(seed % 2 == 0),
            QuestionKind::Single => {
                Answer::Choice(question.options[(seed % n) as usize].id.to_string())
            }
            QuestionKind::Multi => Answer::Choices(
                question
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| seed >> j & 1 == 1)
                    .map(|(_, o)| o.id.to_string())
                    .collect(),
            ),
            QuestionKind::Number => {
                let lo = question.min.unwrap_or(0.0);
                let hi = question.max.unwrap_or(10_000_000.0);
                Answer::Number(
                    (lo + (seed % 1000) as f64 * (hi - lo) / 999.0)
                        .round()
                        .clamp(lo, hi),
                )
            }
            QuestionKind::Date => Answer::Date("2025-06-30".into()),
            QuestionKind::Text | QuestionKind::LongText => Answer::Text(format!("text {seed}")),
        };
        a.answers.insert(question.id.to_string(), answer);
    }
    for (i, s) in q.safeguards.iter().enumerate() {
        let status = match d.statuses.get(i).copied().unwrap_or(0) {
            1 => SafeguardStatus::InPlace,
            2 => SafeguardStatus::Planned,
            3 => SafeguardStatus::Missing,
            4 | 5 => SafeguardStatus::NotApplicable,
            _ => continue,
        };
        // Not applicable comes with a reason half of the time, so both cases are drawn.
        let evidence = if d.statuses.get(i) == Some(&5) {
            "No group comparison applies: the system only formats documents.".to_string()
        } else {
            String::new()
        };
        a.safeguards
            .insert(s.id.to_string(), SafeguardEntry { status, evidence });
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn adding_risk_never_lowers_the_result(d in draws(), pick in any::<u64>(), extra in 1u32..20) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let a = build(q, &d);
        let before = evaluate(q, &a);
        // Add risk points to one option or band of one question.
        let mut q2 = q.clone();
        let qi = (pick % q2.questions.len() as u64) as usize;
        let question = &mut q2.questions[qi];
        let factor = q.factors.first().map(|f| f.id.clone());
        prop_assume!(factor.is_some());
        let factor = factor.unwrap_or_default();
        let effects = if !question.options.is_empty() {
            let oi = (pick >> 8) as usize % question.options.len();
            &mut question.options[oi].effects
        } else if !question.bands.is_empty() {
            let bi = (pick >> 8) as usize % question.bands.len();
            &mut question.bands[bi].effects
        } else {
            return Ok(());
        };
        *effects.risk.entry(factor).or_insert(0) += extra;
        let after = evaluate(&q2, &a);
        prop_assert!(after.score.raw >= before.score.raw);
        prop_assert!(after.score.total >= before.score.total);
        prop_assert!(after.tier >= before.tier);
    }

    #[test]
    fn putting_a_safeguard_in_place_never_raises_the_result(d in draws(), pick in any::<u64>()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        prop_assume!(!q.safeguards.is_empty());
        let a = build(q, &d);
        let before = evaluate(q, &a);
        let mut a2 = a.clone();
        let s = &q.safeguards[(pick % q.safeguards.len() as u64) as usize];
        // Evidence that shows it: where the rules say which checks do (age assurance), one of
        // them; a record that shows nothing may rightly lose what an answer claimed.
        let mut evidence = "Signed review record R-12, 2025-05-01".to_string();
        if let Some(check) = s.weak_evidence.as_ref().and_then(|w| w.unless.first()) {
            evidence = format!("{evidence}: {check} check done for every user.");
        }
        a2.safeguards.insert(s.id.to_string(), SafeguardEntry { status: SafeguardStatus::InPlace, evidence });
        let after = evaluate(q, &a2);
        // What changed, to read a failure by.
        let changed = || -> Vec<String> {
            before
                .safeguards
                .iter()
                .zip(&after.safeguards)
                .filter(|(x, y)| x.credit != y.credit || x.is_contradicted() != y.is_contradicted() || x.required != y.required)
                .map(|(x, y)| format!("{}: credit {} -> {}, contradicted {} -> {}, required {} -> {}, status {:?} -> {:?}, conflicts {:?}", x.id, x.credit, y.credit, x.is_contradicted(), y.is_contradicted(), x.required, y.required, x.status, y.status, y.conflicts))
                .collect()
        };
        prop_assert!(after.score.total <= before.score.total, "{} in place: {} -> {}; {:?}", s.id, before.score.total, after.score.total, changed());
        prop_assert!(after.tier <= before.tier);
        prop_assert!(after.gaps.iter().all(|g| before.gaps.contains(g)));
    }

    #[test]
    fn a_confirmed_prohibition_always_wins(d in draws(), pick in any::<u64>()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let a = build(q, &d);
        let before = evaluate(q, &a);
        prop_assume!(!q.prohibitions.is_empty());
        // Make one answered, visible option confirm a prohibition.
        let visible_answered: Vec<usize> = q.questions.iter().enumerate()
            .filter(|(_, x)| before.is_visible(&x.id) && !x.options.is_empty())
            .filter(|(_, x)| a.answers.get(x.id.as_str()).is_some_and(|ans| !ans.picked().is_empty()))
            .map(|(i, _)| i)
            .collect();
        prop_assume!(!visible_answered.is_empty());
        let qi = visible_answered[(pick % visible_answered.len() as u64) as usize];
        let mut q2 = q.clone();
        let picked: Vec<String> = a.answers[q.questions[qi].id.as_str()].picked().iter().map(|s| s.to_string()).collect();
        let p = q.prohibitions[(pick >> 16) as usize % q.prohibitions.len()].id.clone();
        for o in q2.questions[qi].options.iter_mut().filter(|o| picked.iter().any(|p| *p == o.id)) {
            o.effects.prohibits.push(p.clone());
        }
        // Whatever safeguards are in place.
        let mut a2 = a.clone();
        for s in &q.safeguards {
            a2.safeguards.insert(s.id.to_string(), SafeguardEntry { status: SafeguardStatus::InPlace, evidence: String::new() });
        }
        let after = evaluate(&q2, &a2);
        prop_assert_eq!(after.tier, Tier::Prohibited);
        prop_assert!(after.confirmed().any(|f| f.id == p));
    }

    #[test]
    fn category_floors_hold_whatever_is_mitigated(d in draws()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let mut a = build(q, &d);
        for s in &q.safeguards {
            a.safeguards.insert(s.id.to_string(), SafeguardEntry { status: SafeguardStatus::InPlace, evidence: String::new() });
        }
        let e = evaluate(q, &a);
        for c in &e.categories {
            prop_assert!(e.tier >= q.category_floor(&c.id));
        }
        if !e.categories.is_empty() {
            for r in q.requirements.iter().filter(|r| r.applies == raia::questionnaire::Applies::Consequential) {
                prop_assert!(e.requirements.iter().any(|x| x.id == r.id && x.applies));
            }
        }
        prop_assert_eq!(e.score.total, e.score.raw - e.score.mitigation);
        prop_assert!(e.score.mitigation <= e.score.mitigation_cap);
    }

    #[test]
    fn hidden_questions_never_count(d in draws(), pick in any::<u64>()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let a = build(q, &d);
        let before = evaluate(q, &a);
        let hidden: Vec<&raia::questionnaire::Question> =
            q.questions.iter().filter(|x| !before.is_visible(&x.id)).collect();
        prop_assume!(!hidden.is_empty());
        // Change (or remove) the answer of a hidden question: nothing else may move.
        let h = hidden[(pick % hidden.len() as u64) as usize];
        let mut a2 = a.clone();
        let mut d2 = d.clone();
        let idx = q.question_index(&h.id).unwrap_or(0);
        d2.answers[idx] = Some(pick.rotate_left(7));
        let replacement = build(q, &d2).answers.get(h.id.as_str()).cloned();
        match replacement {
            Some(r) if pick % 3 != 0 => { a2.answers.insert(h.id.to_string(), r); }
            _ => { a2.answers.remove(h.id.as_str()); }
        }
        let mut after = evaluate(q, &a2);
        let mut before = before;
        after.hidden_answered.clear();
        before.hidden_answered.clear();
        // What may move besides: whether a hidden answer records a prohibited use or marks a
        // consequential decision, and only from the answers kept for hidden questions.
        for e in [&after, &before] {
            for h in &e.hidden_prohibits {
                prop_assert!(!e.is_visible(&h.reason.question));
            }
            for h in &e.hidden_marks {
                prop_assert!(!e.is_visible(&h.reason.question));
                prop_assert!(!e.categories.iter().any(|c| c.id == h.category));
            }
            // A requirement a consequential decision brings is to be confirmed while a hidden
            // answer marks one, and only then (or while answers that disagree may hide one).
            for r in &e.requirements {
                prop_assert_eq!(r.in_doubt, e.consequential_in_doubt() && q.requirement(&r.id).is_some_and(|x| x.applies == raia::questionnaire::Applies::Consequential));
            }
        }
        if after.doubting_contradictions().next().is_none() {
            let mut moved = false;
            for (x, y) in after.requirements.iter_mut().zip(before.requirements.iter_mut()) {
                if x.in_doubt || y.in_doubt {
                    moved |= x != y;
                    *x = y.clone();
                }
            }
            // What shows a requirement in doubt met is listed with the policy's gaps, so the
            // order of the gaps (and of their what-ifs) may move with it; which there are may not.
            if moved {
                after.gaps.sort();
                before.gaps.sort();
                after.what_if.sort_by(|x, y| x.safeguard.cmp(&y.safeguard));
                before.what_if.sort_by(|x, y| x.safeguard.cmp(&y.safeguard));
            }
        }
        after.hidden_prohibits.clear();
        before.hidden_prohibits.clear();
        after.hidden_marks.clear();
        before.hidden_marks.clear();
        prop_assert_eq!(after, before);
    }

    #[test]
    fn no_requirement_is_met_while_a_safeguard_under_it_is_contradicted_or_unjustified(d in draws()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let e = evaluate(q, &build(q, &d));
        for r in &e.requirements {
            let under: Vec<_> = r.safeguards.iter().filter_map(|id| e.safeguard(id)).collect();
            // A recommendation not applicable without a reason leaves open only itself where
            // the policy's own safeguards decide the requirement, or, where none is under it,
            // where another safeguard the use calls for is in place (a new-user pass saw one
            // recorded tersely fail a requirement two others met).
            let policy_own = under.iter().any(|s| s.basis == Basis::Policy);
            let in_place = under
                .iter()
                .any(|s| s.holds() && s.status == SafeguardStatus::InPlace);
            // A recommendation whose status is contradicted stands aside only where a
            // safeguard no one disputes, of the policy's own where it names one, meets the
            // requirement (an end-to-end review read human oversight "to be confirmed" on the
            // recommended appeal alone, beside human review in place).
            let undisputed_meets = |s: &&raia::engine::SafeguardResult| {
                s.basis == Basis::Practice
                    && r.basis == Basis::Policy
                    && under.iter().any(|x| {
                        x.id != s.id
                            && !x.is_contradicted()
                            && !x.unjustified
                            && x.holds()
                            && x.status == SafeguardStatus::InPlace
                            && (!policy_own || x.basis == Basis::Policy)
                    })
            };
            if under.iter().any(|s| {
                (s.is_contradicted() && !undisputed_meets(s))
                    || (s.unjustified
                        && (r.basis == Basis::Practice
                            || s.basis == Basis::Policy
                            || (!policy_own && !in_place)))
            }) {
                prop_assert!(!r.is_met(), "{} met with {:?}", r.id, under);
            }
            if r.is_met() {
                prop_assert!(r.applies);
                // Met is never vacuous: something under it is in place on the answers.
                prop_assert!(under.iter().any(|s| s.holds() && s.status == SafeguardStatus::InPlace));
            }
            // "In place" or "not applicable" is never printed for a contradicted status.
            for s in &under {
                if s.is_contradicted() {
                    prop_assert_eq!(raia::explain::safeguard_state(s), "to be confirmed");
                }
            }
        }
    }

    #[test]
    fn a_practice_gap_never_fails_the_default_gate(d in draws()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let e = evaluate(q, &build(q, &d));
        let failures = e.gate(Binding::Bound, false);
        // Every default failure has a cause other than a recommendation or a "should".
        for f in &failures {
            let advisory = matches!(f, GateFailure::PracticeGaps { .. } | GateFailure::ShouldGaps { .. });
            prop_assert!(!advisory, "{:?}", f);
        }
        let only_practice = e.tier != Tier::Prohibited
            && e.complete
            && e.conflicts().count() == 0
            && e.contradictions.is_empty()
            && e.safeguards.iter().all(|s| !s.is_policy_gap())
            && e.requirements.iter().all(|r| r.state != RequirementState::NotMet)
            && !failures.iter().any(|f| matches!(f, GateFailure::RequirementsToConfirm { .. }));
        if only_practice {
            prop_assert!(failures.is_empty(), "{:?}", failures);
        }
        // --strict fails on exactly the open recommendations and "should" items it adds.
        let strict = e.gate(Binding::Bound, true);
        prop_assert!(strict.len() >= failures.len());
        // A required safeguard that only a question still unanswered could show is no gap of
        // either kind yet: the gate fails on the incomplete assessment and its requirement.
        if e.gaps.iter().filter_map(|g| e.safeguard(g)).any(|s| !s.is_policy_gap() && !s.awaits_answer) {
            prop_assert!(strict.len() > failures.len());
        }
    }

    #[test]
    fn every_gate_failure_names_what_it_is_about_in_words(d in draws(), strict in any::<bool>()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let a = build(q, &d);
        let e = evaluate(q, &a);
        let findings = e.gate_findings(Binding::of(q, &a), strict);
        // The same gate: its failures, in its order.
        let failures: Vec<GateFailure> = findings.iter().map(|f| f.failure.clone()).collect();
        prop_assert_eq!(&failures, &e.gate(Binding::of(q, &a), strict));
        for f in &findings {
            prop_assert!(!f.subjects.is_empty(), "{:?}", f);
            // A counted failure names exactly as many subjects as it counts.
            // A contradiction counts its pairs, and names its judgements apart.
            let count = match &f.failure {
                GateFailure::PolicyGaps { count, .. }
                | GateFailure::RequirementsNotMet { count, .. }
                | GateFailure::Conflicts { count, .. }
                | GateFailure::ShouldGaps { count }
                | GateFailure::PracticeGaps { count } => Some(*count),
                GateFailure::Contradictions {
                    count, judgements, ..
                } => Some(count + judgements.len()),
                _ => None,
            };
            if let Some(n) = count {
                prop_assert_eq!(n, f.subjects.len());
            }
            for s in &f.subjects {
                let words = raia::explain::gate_finding(q, &a, &e, &f.failure, s);
                prop_assert!(!words.is_empty());
                // Said in words: the id of a safeguard or question never stands for its title.
                if let raia::engine::Subject::Safeguard(id) = s {
                    prop_assert!(words.contains(&*e.safeguard(id).unwrap().title), "{}", words);
                }
            }
        }
    }

    #[test]
    fn changing_the_questionnaire_text_changes_the_assessment_hash(d in draws(), pick in any::<u64>()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let a = build(q, &d);
        // The same id and version, any edit to the text.
        let mut q2 = q.clone();
        q2.content_hash = format!("{:064x}", pick);
        prop_assume!(q2.content_hash != q.content_hash);
        prop_assert_ne!(a.answers_hash(q), a.answers_hash(&q2));
        // A sign-off given under one text is stale under the other, and the gate says so.
        let mut bound = a.clone();
        bound.questionnaire.hash = q.content_hash.clone();
        prop_assert_eq!(Binding::of(q, &bound), Binding::Bound);
        prop_assert_eq!(Binding::of(&q2, &bound), Binding::Changed);
        prop_assert!(evaluate(&q2, &bound).gate(Binding::of(&q2, &bound), false).contains(&GateFailure::QuestionnaireChanged));
    }

    #[test]
    fn no_reason_shows_ids_or_condition_syntax(d in draws()) {
        let qs = questionnaires();
        let q = &qs[d.which];
        let e = evaluate(q, &build(q, &d));
        let mut texts: Vec<String> = raia::explain::tier_reasons(q, &e);
        let guards = e.open_guards();
        for s in &e.safeguards {
            texts.extend(raia::explain::required_reasons(q, s, guards.get(s.id.as_str())));
            texts.push(raia::explain::conflict(q, s));
        }
        for c in &e.contradictions {
            texts.push(c.answers.clone());
        }
        for w in &e.what_if {
            texts.push(raia::explain::what_if(q, &e, w));
        }
        for r in &e.requirements {
            texts.push(raia::explain::applies_because(q, r));
        }
        for t in &texts {
            prop_assert!(!t.contains(" = ") && !t.contains(">=") && !t.contains("not (") && !t.contains('`'), "{t}");
            for x in &q.questions {
                // A question id never stands where its prompt belongs ("ai-role → ...").
                prop_assert!(!t.contains(&format!("{} →", x.id)) || x.prompt.contains(&*x.id), "{t}");
            }
        }
    }
}

#[test]
fn satisfied_when_shows_a_safeguard_in_place_from_answers() {
    let (q, mut a) = mini(&[
        ("voice-clone", Answer::Choice("no".into())),
        ("hiring", Answer::Bool(false)),
    ]);
    assert_eq!(evaluate(&q, &a).gaps, ["named-owner"]);
    a.answers
        .insert("owner".into(), Answer::Text("Head of Talent".into()));
    let e = evaluate(&q, &a);
    let s = e.safeguard("named-owner").unwrap();
    assert_eq!(
        (s.status, s.source),
        (SafeguardStatus::InPlace, StatusSource::Answer)
    );
    // The answer itself, for a reviewer to check.
    assert_eq!(
        s.evidence,
        "Who is accountable for the system? → \"Head of Talent\""
    );
    assert!(e.gaps.is_empty());
    // An answer that says it is not done shows nothing.
    a.answers
        .insert("owner".into(), Answer::Text("Not named yet".into()));
    assert_eq!(evaluate(&q, &a).gaps, ["named-owner"]);
    // In words, never ids or condition syntax.
    assert_eq!(
        q.satisfied_by("named-owner"),
        ["Who is accountable for the system? is answered"]
    );
    assert_eq!(
        q.satisfied_by("human-review"),
        ["What does the system do in the decision? → \"Recommends; a person decides\""]
    );
}

#[test]
fn a_status_the_answers_contradict_is_flagged_for_review() {
    let (q, mut a) = mini(&[
        ("voice-clone", Answer::Choice("no".into())),
        ("hiring", Answer::Bool(true)),
        ("role", Answer::Choice("decides".into())),
    ]);
    a.notes.insert("role".into(), "Pilot".into());
    a.safeguards.insert(
        "human-review".into(),
        SafeguardEntry {
            status: SafeguardStatus::InPlace,
            evidence: "We review".into(),
        },
    );
    let e = evaluate(&q, &a);
    let s = e.safeguard("human-review").unwrap();
    assert_eq!(s.status, SafeguardStatus::InPlace);
    assert_eq!(
        raia::explain::conflict(&q, s),
        "recorded as in place, but the answers that could show it do not: What does the system do in the decision? → Decides on its own"
    );
    assert_eq!(raia::explain::safeguard_state(s), "to be confirmed");
    assert!(!s.holds() && !s.is_gap());
    // It earns no credit while the answers say otherwise.
    assert!(
        e.score
            .credits
            .iter()
            .all(|c| c.safeguard != "human-review")
    );
    // No conflict when an answer agrees, or when the status is not "in place".
    a.answers
        .insert("role".into(), Answer::Choice("recommends".into()));
    assert_eq!(
        evaluate(&q, &a)
            .safeguard("human-review")
            .unwrap()
            .conflicts,
        vec![]
    );
    a.answers
        .insert("role".into(), Answer::Choice("decides".into()));
    a.safeguards.get_mut("human-review").unwrap().status = SafeguardStatus::Planned;
    assert_eq!(
        evaluate(&q, &a)
            .safeguard("human-review")
            .unwrap()
            .conflicts,
        vec![]
    );
}

#[test]
fn an_empty_list_is_not_an_answer() {
    let q = parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap();
    let mut a = Assessment::new(&q);
    a.answers.insert("users".into(), Answer::Choices(vec![]));
    let e = evaluate(&q, &a);
    assert!(e.unanswered.iter().any(|g| g == "users"));
    assert!(!a.has_answer("users"));
}

#[test]
fn the_note_hint_comes_from_the_options_that_require_a_note() {
    let q = common::docs_example();
    let role = q.question("role").unwrap();
    let decides = Answer::Choice("decides".into());
    assert!(raia::engine::note_required(role, &decides));
    assert_eq!(
        raia::engine::note_hint(role, &decides),
        "Say why no person reviews the decision."
    );
    let recommends = Answer::Choice("recommends".into());
    assert!(!raia::engine::note_required(role, &recommends));
    assert_eq!(raia::engine::note_hint(role, &recommends), "");
}

#[test]
fn scores_saturate_instead_of_wrapping_round_to_low() {
    // Past the load-time bound (a questionnaire changed in code): two options of 2^31 points
    // must give the most points there are and a high tier, never "0 risk points", LOW.
    let mut q = parse_questionnaire(
        "q.toml",
        &common::docs_example_text().replace(
            "id = \"voice-clone\"\nsection = \"use\"\ntype = \"single\"",
            "id = \"voice-clone\"\nsection = \"use\"\ntype = \"multi\"",
        ),
    )
    .unwrap();
    let voice = q
        .questions
        .iter_mut()
        .find(|x| x.id == "voice-clone")
        .unwrap();
    assert_eq!(voice.kind, QuestionKind::Multi);
    for o in &mut voice.options {
        o.effects.risk.insert("autonomy".into(), 1 << 31);
    }
    let mut a = Assessment::new(&q);
    a.answers.insert(
        "voice-clone".into(),
        Answer::Choices(vec!["no".into(), "licensed".into()]),
    );
    a.answers.insert("hiring".into(), Answer::Bool(false));
    let e = evaluate(&q, &a);
    assert!(e.categories.is_empty());
    assert_eq!(e.score.raw, u32::MAX);
    assert_eq!(e.tier, Tier::High);
}

/// `safeguard(id)` finds what a search of the list finds, for every id, also after the list
/// was changed behind the index it keeps (reordered, or a result added).
#[test]
fn a_safeguard_is_found_by_id_as_a_search_finds_it() {
    let (q, a) = mini(&[
        ("voice-clone", Answer::Choice("no".into())),
        ("hiring", Answer::Bool(true)),
        ("role", Answer::Choice("decides".into())),
    ]);
    let mut e = evaluate(&q, &a);
    assert!(e.safeguards.len() >= 2);
    let search =
        |e: &raia::engine::Evaluation, id: &str| e.safeguards.iter().position(|s| s.id == id);
    let found = |e: &raia::engine::Evaluation, id: &str| {
        e.safeguard(id)
            .map(|s| std::ptr::from_ref(s) as usize - e.safeguards.as_ptr() as usize)
            .map(|bytes| bytes / std::mem::size_of::<raia::engine::SafeguardResult>())
    };
    let ids: Vec<String> = e.safeguards.iter().map(|s| s.id.to_string()).collect();
    for id in ids.iter().map(String::as_str).chain(["no-such-safeguard"]) {
        assert_eq!(found(&e, id), search(&e, id), "{id}");
    }
    e.safeguards.reverse();
    for id in &ids {
        assert_eq!(found(&e, id), search(&e, id), "{id} after reversing");
    }
    let mut extra = e.safeguards[0].clone();
    extra.id = "added-later".into();
    e.safeguards.push(extra);
    assert_eq!(found(&e, "added-later"), Some(e.safeguards.len() - 1));
    // Renamed in place, and one removed for another at the same length.
    e.safeguards[1].id = "renamed".into();
    assert_eq!(found(&e, "renamed"), Some(1));
    let mut other = e.safeguards.remove(2);
    other.id = "swapped-in".into();
    e.safeguards.push(other);
    assert_eq!(found(&e, "swapped-in"), Some(e.safeguards.len() - 1));
    for id in e
        .safeguards
        .iter()
        .map(|s| s.id.to_string())
        .collect::<Vec<_>>()
    {
        assert_eq!(found(&e, &id), search(&e, &id), "{id} after the changes");
    }
}

// ---- patching after one answer (issue 7) -----------------------------------------------

#[path = "../benches/support/mod.rs"]
mod support;

use raia::engine::Changed::{Question, Safeguard};

/// A small questionnaire where almost everything reads what the walk gathers: each of its
/// questions can mark a category, raise a concern, confirm a prohibition, add risk and show a
/// safeguard in place, and each is shown by a condition on categories, concerns, whether any
/// category is marked, or an earlier answer; a requirement applies by a condition, and
/// safeguards, a floor and a contradiction read all of these too.
fn dense_questionnaire() -> Questionnaire {
    let mut t = String::from(
        "[questionnaire]\nid = \"dense\"\nversion = \"1\"\ntitle = \"Dense\"\ndescription = \"Conditions everywhere.\"\n\n\
         [policy]\nname = \"Example Policy\"\ndate = \"2024-01-01\"\nurl = \"https://example.com/policy\"\n\n\
         [tiers]\nmedium_at = 4\nhigh_at = 9\nconsequential_floor = \"medium\"\nmax_mitigation_percent = 50\n\n",
    );
    for p in ["p0", "p1"] {
        t += &format!(
            "[[prohibition]]\nid = \"{p}\"\ntitle = \"Prohibition {p}\"\nsummary = \"S.\"\nclause = \"C\"\n\n"
        );
    }
    for c in ["c0", "c1", "c2"] {
        t += &format!(
            "[[category]]\nid = \"{c}\"\ntitle = \"Category {c}\"\nsummary = \"S.\"\nclause = \"C\"\n\n"
        );
    }
    t += "[[requirement]]\nid = \"r-always\"\ntitle = \"Always\"\nsummary = \"S.\"\nclause = \"C\"\napplies = \"always\"\nbasis = \"policy\"\n\n\
          [[requirement]]\nid = \"r-cons\"\ntitle = \"Consequential\"\nsummary = \"S.\"\nclause = \"C\"\napplies = \"consequential\"\nbasis = \"policy\"\n\n\
          [[requirement]]\nid = \"r-when\"\ntitle = \"When\"\nsummary = \"S.\"\nclause = \"C\"\n\
          applies_when = { any = [{ question = \"q03\", is = \"b\" }, { all = [{ concern = \"p1\" }, { category = \"c2\" }, { question = \"q06\", is = \"a\" }] }] }\nbasis = \"policy\"\n\n\
          [[factor]]\nid = \"f0\"\ntitle = \"F\"\ndescription = \"D.\"\n\n\
          [[floor]]\nwhen = { all = [{ concern = \"p0\" }, { question = \"q02\", is = \"a\" }] }\ntier = \"high\"\nreason = \"A floor.\"\n\n\
          [[contradiction]]\nid = \"x\"\nwhen = { all = [{ question = \"q01\", is = \"b\" }, { any = [{ concern = \"p1\" }, { category = \"c1\" }] }] }\n\
          message = \"These disagree.\"\nblocks = [\"s1\", \"s4\"]\n\n";
    let required = [
        "",
        "required_when = { concern = \"p0\" }\n",
        "required_when = { category = \"c0\" }\n",
        "required_when = { consequential = true }\n",
        "required_when = { question = \"q05\", any_of = [\"a\", \"c\"] }\n",
        "required_when = { not = { concern = \"p1\" } }\n",
        "",
        "required_when = { any = [{ answered = \"q07\" }, { category = \"c2\" }] }\n",
    ];
    let requirement = [
        "r-cons", "r-always", "r-when", "r-always", "r-when", "r-always", "r-when", "r-cons",
    ];
    for (i, (req, under)) in required.iter().zip(requirement).enumerate() {
        let satisfied = if i % 3 == 1 {
            format!(
                "satisfied_when = {{ question = \"q{:02}\", is = \"a\" }}\n",
                i + 2
            )
        } else if i % 3 == 2 {
            // Answers or a concern that say it is not there: a recorded "in place" conflicts.
            format!(
                "absent_when = {{ any = [{{ question = \"q{:02}\", is = \"b\" }}, {{ concern = \"p1\" }}] }}\n",
                i + 3
            )
        } else {
            String::new()
        };
        t += &format!(
            "[[safeguard]]\nid = \"s{i}\"\ntitle = \"Safeguard {i}\"\ngood = \"G.\"\nrequirement = \"{under}\"\nclause = \"C\"\n{req}{satisfied}credit = {}\nbasis = \"{}\"\n\n",
            1 + i % 3,
            if i % 2 == 0 { "policy" } else { "practice" }
        );
    }
    t += "[[section]]\nid = \"main\"\ntitle = \"Main\"\n\n";
    for i in 0..16 {
        t += &format!(
            "[[question]]\nid = \"q{i:02}\"\nsection = \"main\"\ntype = \"{}\"\nprompt = \"Question {i}?\"\n",
            if i % 4 == 3 { "multi" } else { "single" }
        );
        if i > 0 {
            let show = match i % 5 {
                0 => format!(
                    "{{ any = [{{ category = \"c{}\" }}, {{ question = \"q{:02}\", is = \"b\" }}] }}",
                    i % 3,
                    i - 1
                ),
                1 => format!("{{ not = {{ category = \"c{}\" }} }}", (i + 1) % 3),
                2 => format!(
                    "{{ any = [{{ concern = \"p0\" }}, {{ question = \"q{:02}\", any_of = [\"a\", \"b\"] }}] }}",
                    i - 1
                ),
                3 => format!(
                    "{{ any = [{{ consequential = true }}, {{ answered = \"q{:02}\" }}] }}",
                    i.max(2) - 2
                ),
                _ => format!(
                    "{{ all = [{{ not = {{ concern = \"p1\" }} }}, {{ not = {{ question = \"q{:02}\", is = \"d\" }} }}] }}",
                    i - 1
                ),
            };
            t += &format!("show_if = {show}\n");
        }
        t += "\n[[question.option]]\nid = \"a\"\nlabel = \"A\"\n\n";
        t += &format!(
            "[[question.option]]\nid = \"b\"\nlabel = \"B\"\nrisk = {{ f0 = {} }}\nsatisfies = [\"s{}\"]\n\n",
            1 + i % 2,
            i % 8
        );
        t += &format!(
            "[[question.option]]\nid = \"c\"\nlabel = \"C\"\ncategories = [\"c{}\"]\nnote_required = true\n\n",
            i % 3
        );
        t += &format!(
            "[[question.option]]\nid = \"d\"\nlabel = \"D\"\nconcerns = [\"p{}\"]\nrisk = {{ f0 = 2 }}\n\n",
            i % 2
        );
        if i % 4 == 1 {
            t += &format!(
                "[[question.option]]\nid = \"e\"\nlabel = \"E\"\nprohibits = [\"p{}\"]\n\n",
                (i / 4) % 2
            );
        }
    }
    parse_questionnaire("dense.toml", &t).unwrap_or_else(|e| panic!("{e}\n{t}"))
}

/// The questionnaires above, a generated one (gates, conditions of every form, safeguards that
/// read answers), a dense one, and the built-in one with a derogation: an answer that clears a
/// category a later answer may mark again, so a mark can leave no trace in the findings.
fn questionnaires_to_patch() -> Vec<Questionnaire> {
    let mut out = questionnaires();
    out.push(support::questionnaire(120));
    out.push(dense_questionnaire());
    let mut q = out[1].clone();
    let marking = q
        .questions
        .iter()
        .position(|x| x.options.iter().any(|o| !o.effects.categories.is_empty()))
        .unwrap();
    let category = q.questions[marking]
        .options
        .iter()
        .find_map(|o| o.effects.categories.first().cloned())
        .unwrap();
    let mut later =
        (marking + 1..q.questions.len()).filter(|&i| !q.questions[i].options.is_empty());
    let clearing = later.next().unwrap();
    let marking_again = later.next().unwrap();
    q.questions[clearing].options[0]
        .effects
        .clears
        .push(category.clone());
    q.questions[marking_again].options[0]
        .effects
        .categories
        .push(category);
    out.push(q);
    out
}

/// An answer for `question` drawn from `v`: any option or set of options, numbers on both
/// sides of band edges, text that is and is not a placeholder, or none.
fn drawn_answer(question: &raia::questionnaire::Question, v: u64) -> Option<Answer> {
    if v.is_multiple_of(9) {
        return None;
    }
    let n = question.options.len().max(1) as u64;
    Some(match question.kind {
        QuestionKind::YesNo => Answer::Bool(v.is_multiple_of(2)),
        QuestionKind::Single => Answer::Choice(
            question
                .options
                .get(((v >> 4) % n) as usize)?
                .id
                .to_string(),
        ),
        QuestionKind::Multi => Answer::Choices(
            question
                .options
                .iter()
                .enumerate()
                .filter(|(j, _)| (v >> 4) >> j & 1 == 1)
                .map(|(_, o)| o.id.to_string())
                .collect(),
        ),
        QuestionKind::Number => {
            let edges: Vec<f64> = question.bands.iter().map(|b| b.at_least).collect();
            let e = edges.get(((v >> 4) as usize) % edges.len().max(1)).copied();
            Answer::Number((e.unwrap_or(10.0) + [-1.0, 0.0, 1.0][((v >> 8) % 3) as usize]).max(0.0))
        }
        QuestionKind::Date => Answer::Date("2026-01-31".into()),
        QuestionKind::Text | QuestionKind::LongText => Answer::Text(
            [
                "n/a",
                "GPT-4o through Bedrock",
                "",
                "tbd",
                "The claims team",
                // Words the readers of other answers act on (outcomes unreviewed, appeals
                // unread, people not told, filters relaxed): a patch must follow them too.
                "Declines below a score of 480 are sent automatically, with no review.",
                "Appeals go back into the same model and no one reads them.",
                "Patients are not told the tool is used.",
                "The violence filter was relaxed for the whole service in 2025.",
                // And, in the limitations, for every safeguard whose title it names.
                "We have not run any bias testing yet.",
                // And a prohibited use, which the contradictions find in any answer.
                "Staff secretly record callers and sell the recordings to debt collectors without their knowledge.",
                // And a decision in an area the answers may not mark, which the reader of
                // what the system is for finds.
                "Loan officers approve or decline each mortgage application on the basis of the score it gives.",
            ][((v >> 4) % 12) as usize]
                .into(),
        ),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// After any run of edits (an answer set, changed or cleared, a note written or removed, a
    /// safeguard's status recorded or removed), the evaluation patched after each edit is the
    /// whole evaluation of the answers as they stand: a wrong patch would show a wrong verdict
    /// in the wizard.
    #[test]
    fn an_evaluation_patched_after_each_answer_is_the_whole_evaluation(
        d in draws(),
        which in 0usize..6,
        edits in prop::collection::vec((any::<u64>(), any::<u64>(), 0u8..8), 1..25),
    ) {
        let qs = questionnaires_to_patch();
        let q = &qs[which];
        let readers = raia::engine::Readers::new(q);
        let mut a = if which == 3 { support::assessment(q) } else { build(q, &d) };
        let mut e = raia::engine::evaluate_without_what_if(q, &a);
        for (pick, value, note) in edits {
            // One edit in four records a safeguard's status and evidence instead.
            if note >= 6 && !q.safeguards.is_empty() {
                let id = q.safeguards[pick as usize % q.safeguards.len()].id.to_string();
                let status = match value % 5 {
                    0 => None,
                    1 => Some(SafeguardStatus::InPlace),
                    2 => Some(SafeguardStatus::Planned),
                    3 => Some(SafeguardStatus::Missing),
                    _ => Some(SafeguardStatus::NotApplicable),
                };
                let evidence = [
                    "",
                    "n/a",
                    "Bias test report 2026-Q1, wiki/fairness",
                    "Officers sign off each decline; the queue auto-approves any decline not opened within 48 hours.",
                    "Staff secretly record callers and sell the recordings to debt collectors without their knowledge.",
                ][((value >> 4) % 5) as usize];
                match status {
                    Some(status) => a.safeguards.insert(id.clone(), SafeguardEntry { status, evidence: evidence.into() }),
                    None => a.safeguards.remove(&id),
                };
                raia::engine::reevaluate(&readers, q, &a, &mut e, Safeguard(&id));
                let whole = raia::engine::evaluate_without_what_if(q, &a);
                prop_assert!(e == whole, "after safeguard {id} in questionnaire {which}");
                continue;
            }
            // Half the edits go to a visible question, where a change counts.
            let k = if pick % 2 == 0 && !e.visible_at.is_empty() {
                e.visible_at[(pick >> 1) as usize % e.visible_at.len()].0
            } else {
                (pick >> 1) as usize % q.questions.len()
            };
            let question = &q.questions[k];
            let id = question.id.to_string();
            match drawn_answer(question, value) {
                Some(x) => a.answers.insert(id.clone(), x),
                None => a.answers.remove(&id),
            };
            match note {
                0 => a.notes.remove(&id),
                1 => a.notes.insert(id.clone(), "The clinical lead reviews each case.".into()),
                2 => a.notes.insert(id.clone(), "  ".into()),
                3 => a.notes.insert(id.clone(), "Patients are not told the tool is used.".into()),
                4 => a.notes.insert(id.clone(), "Managers dismiss staff on the basis of the summary the model writes.".into()),
                // A note that denies the work its answer shows: kept for the safeguards a later
                // edit elsewhere redoes (Scope::denied_ahead), read again where it changes.
                5 => a.notes.insert(id.clone(), "Not performed: nobody has started on this yet.".into()),
                _ => None,
            };
            raia::engine::reevaluate(&readers, q, &a, &mut e, Question(&id));
            let whole = raia::engine::evaluate_without_what_if(q, &a);
            prop_assert!(e == whole, "after {id} = {:?} in questionnaire {which}", a.answers.get(&id));
        }
    }
}

/// The patch is taken where it should be, in a generated questionnaire where conditions read
/// answers, concerns and categories: ticking an option that adds risk, or one that raises a
/// concern, changes the evaluation in place (nothing is handed back to free); closing a gate
/// that hides the rest of its section is evaluated in full.
#[test]
fn risk_and_concerns_are_patched_and_an_answer_that_hides_questions_is_evaluated_in_full() {
    let q = support::questionnaire(120);
    let readers = raia::engine::Readers::new(&q);
    let mut a = support::assessment(&q);
    let whole = |a: &Assessment| raia::engine::evaluate_without_what_if(&q, a);
    let multi = q
        .questions
        .iter()
        .find(|x| {
            x.kind == QuestionKind::Multi
                && whole(&a).is_visible(&x.id)
                && x.options.iter().any(|o| !o.effects.concerns.is_empty())
        })
        .unwrap();
    let id = multi.id.to_string();
    let option = |o: &str| multi.options.iter().find(|x| x.id == o).unwrap();
    a.answers
        .insert(id.clone(), Answer::Choices(vec!["a".into()]));
    let mut e = whole(&a);
    let (raw, concerns) = (
        e.score.raw,
        e.prohibitions
            .iter()
            .map(|p| p.concerns.len())
            .sum::<usize>(),
    );

    // An option that adds risk.
    a.answers
        .insert(id.clone(), Answer::Choices(vec!["a".into(), "b".into()]));
    let replaced = raia::engine::reevaluate(&readers, &q, &a, &mut e, Question(&id));
    assert!(replaced.is_none(), "an answer that adds risk is patched");
    assert_eq!(e, whole(&a));
    assert_eq!(
        e.score.raw,
        raw + option("b").effects.risk.values().sum::<u32>()
    );

    // An option that raises a concern.
    let c = option("c");
    assert!(!c.effects.concerns.is_empty());
    a.answers.insert(
        id.clone(),
        Answer::Choices(vec!["a".into(), "b".into(), "c".into()]),
    );
    let replaced = raia::engine::reevaluate(&readers, &q, &a, &mut e, Question(&id));
    assert!(
        replaced.is_none(),
        "an answer that raises a concern is patched"
    );
    assert_eq!(e, whole(&a));
    assert_eq!(
        e.prohibitions
            .iter()
            .map(|p| p.concerns.len())
            .sum::<usize>(),
        concerns + 1
    );

    // A gate closed: the rest of its section is hidden.
    let gate = q
        .questions
        .iter()
        .skip(1)
        .find(|x| x.show_if.is_none())
        .unwrap();
    a.answers.insert(gate.id.to_string(), Answer::Bool(true));
    e = whole(&a);
    let shown = e.visible.len();
    a.answers.insert(gate.id.to_string(), Answer::Bool(false));
    let replaced = raia::engine::reevaluate(&readers, &q, &a, &mut e, Question(&gate.id));
    assert!(
        replaced.is_some(),
        "an answer that hides questions is evaluated in full"
    );
    assert_eq!(e, whole(&a));
    assert!(e.visible.len() < shown);
}

/// The message of the finding that a use's own words describe a decision in an area the
/// answers do not mark, if there is one.
fn decision_found(e: &raia::engine::Evaluation) -> Option<String> {
    e.contradictions
        .iter()
        .find(|c| c.id == "use-names-a-consequential-decision")
        .map(|c| c.message.to_string())
}

/// One of the examples, read under `q`.
fn example_assessment(q: &Questionnaire, file: &str) -> Assessment {
    let path = format!("{}/examples/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    raia::assessment::parse_assessment(file, &text, q).unwrap()
}

/// The questions whose options draw the line for a rate of change in a note, found from the
/// index and, once the lists were edited without a re-index, from the questions themselves.
#[test]
fn the_questions_that_draw_a_rate_line_are_found_with_or_without_the_index() {
    let mut q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let lines = q.rate_lines().into_owned();
    assert!(
        !lines.is_empty(),
        "the built-in override-rate question draws the line"
    );
    for &i in &lines {
        let x = &q.questions[i];
        assert!(
            x.options.iter().any(|o| o.label.contains("meaningful")),
            "{}",
            x.id
        );
        assert!(
            x.options.iter().any(|o| o.label.contains("under 1 in 100")),
            "{}",
            x.id
        );
    }
    // A question added without a re-index: the lookup still finds the same ones.
    let extra = q.questions[lines[0]].clone();
    q.questions.push(extra);
    let mut expected = lines.clone();
    expected.push(q.questions.len() - 1);
    assert_eq!(q.rate_lines().into_owned(), expected);
}

/// A decision described in what the system is for is read as the areas the answers mark allow:
/// after an answer other than the one that marks the areas marks one and then marks none again,
/// the patch reads the description again, though it did not change (it keeps only the texts
/// that read as a decision under the areas it last read for).
#[test]
fn a_decision_in_the_words_follows_an_area_marked_and_unmarked_by_a_later_answer() {
    let mut q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let last = q
        .questions
        .iter()
        .rposition(|x| {
            matches!(x.kind, QuestionKind::Single | QuestionKind::Multi) && x.options.len() > 1
        })
        .unwrap();
    let multi = q.questions[last].kind == QuestionKind::Multi;
    let pick = |o: String| {
        if multi {
            Answer::Choices(vec![o])
        } else {
            Answer::Choice(o)
        }
    };
    q.questions[last].options[0]
        .effects
        .categories
        .push("lending-credit".into());
    q.reindex();
    let mut a = example_assessment(&q, "internal-doc-summariser.toml");
    a.answers.insert(
        "intended-use".into(),
        Answer::Text(
            "Credit officers pick a small-business loan application pack and get a one-page summary. Officers approve or decline the loan on the basis of the summary."
                .into(),
        ),
    );
    let id = q.questions[last].id.to_string();
    let (first, second) = (
        q.questions[last].options[0].id.to_string(),
        q.questions[last].options[1].id.to_string(),
    );
    a.answers.insert(id.clone(), pick(second.clone()));
    let readers = raia::engine::Readers::new(&q);
    let whole = |a: &Assessment| raia::engine::evaluate_without_what_if(&q, a);
    let found = |e: &raia::engine::Evaluation| decision_found(e).is_some();
    let mut e = whole(&a);
    assert!(e.is_visible(&id), "{id} is asked");
    assert!(found(&e), "the description tells of lending decisions");
    for (option, marked) in [(first, true), (second, false)] {
        a.answers.insert(id.clone(), pick(option));
        let replaced = raia::engine::reevaluate(&readers, &q, &a, &mut e, Question(&id));
        assert!(replaced.is_none(), "patched in place: {id}");
        assert_eq!(e, whole(&a));
        assert_eq!(found(&e), !marked, "with lending marked: {marked}");
    }
}

/// Two answers describe decisions in areas the answers do not mark, and the first of them is
/// corrected: the finding now comes from the second, which the patch after the correction
/// reads again though it did not change (it keeps only the first text that read as one).
#[test]
fn a_decision_in_the_words_moves_to_the_next_answer_when_the_first_is_corrected() {
    let q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let mut a = example_assessment(&q, "internal-doc-summariser.toml");
    let (first, second) = ("intended-use", "intended-users");
    a.answers.insert(
        first.into(),
        Answer::Text(
            "Credit officers pick a small-business loan application pack and get a one-page summary. Officers approve or decline the loan on the basis of the summary."
                .into(),
        ),
    );
    a.answers.insert(
        second.into(),
        Answer::Text(
            "Recruiters pick a candidate's CV and interview notes and get a one-page summary. Recruiters use the summary to decide which candidates move to the next round."
                .into(),
        ),
    );
    let readers = raia::engine::Readers::new(&q);
    let whole = |a: &Assessment| raia::engine::evaluate_without_what_if(&q, a);
    let finding = decision_found;
    let mut e = whole(&a);
    let lending = finding(&e).expect("the first answer describes lending decisions");
    assert!(lending.contains("lending"), "{lending}");
    a.answers.insert(
        first.into(),
        Answer::Text("Staff pick an internal policy document and get a one-page summary.".into()),
    );
    let replaced = raia::engine::reevaluate(&readers, &q, &a, &mut e, Question(first));
    assert!(replaced.is_none(), "patched in place");
    assert_eq!(e, whole(&a));
    let hiring = finding(&e).expect("the second answer describes hiring decisions");
    assert!(hiring.contains("Hiring"), "{hiring}");
}

/// The positions of the questions that can show each safeguard, from the index and, once the
/// lists were edited without a re-index, from the questions themselves: the same questions
/// `questions_satisfying` gives.
#[test]
fn the_positions_of_the_questions_that_show_a_safeguard_are_those_of_the_questions() {
    let mut q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let check = |q: &Questionnaire| {
        for s in &q.safeguards {
            let ids: Vec<&str> = q
                .positions_satisfying(&s.id)
                .iter()
                .map(|&i| q.questions[i].id.as_str())
                .collect();
            let expected: Vec<&str> = q
                .questions_satisfying(&s.id)
                .iter()
                .map(|x| x.id.as_str())
                .collect();
            assert_eq!(ids, expected, "{}", s.id);
        }
    };
    check(&q);
    assert!(
        !q.positions_satisfying("human-review").is_empty(),
        "an answer can show human review"
    );
    let first = q.positions_satisfying("human-review")[0];
    let extra = q.questions[first].clone();
    q.questions.push(extra);
    check(&q);
    assert_eq!(
        q.positions_satisfying("human-review").last(),
        Some(&(q.questions.len() - 1))
    );
}

/// The questions that screen for each prohibition (an option confirms it or raises a concern
/// of it), found from the index and, once the lists were edited without a re-index, from the
/// questions themselves: the readers of prohibited uses in the notes look only at these.
#[test]
fn the_questions_that_screen_for_a_prohibition_are_found_with_or_without_the_index() {
    let mut q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let screens = |x: &raia::questionnaire::Question, id: &str| {
        x.options.iter().any(|o| {
            o.effects.prohibits.iter().any(|w| w == id)
                || o.effects.concerns.iter().any(|w| w == id)
        })
    };
    let ids: Vec<String> = q.prohibitions.iter().map(|p| p.id.to_string()).collect();
    for id in &ids {
        let found = q.positions_screening(id).into_owned();
        let walked: Vec<usize> = (0..q.questions.len())
            .filter(|&i| screens(&q.questions[i], id))
            .collect();
        assert!(!found.is_empty(), "a question screens for {id}");
        assert_eq!(found, walked, "{id}");
    }
    assert!(q.positions_screening("no-such-prohibition").is_empty());
    // A screening question added without a re-index: the lookup still finds it.
    let first = q.positions_screening("likeness")[0];
    let extra = q.questions[first].clone();
    q.questions.push(extra);
    let found = q.positions_screening("likeness").into_owned();
    assert_eq!(found.last(), Some(&(q.questions.len() - 1)));
}

/// The questions that ask for the limitations or what is out of scope, found from the index
/// and, once the lists were edited without a re-index, from the questions themselves.
#[test]
fn the_questions_that_ask_for_the_limits_are_found_with_or_without_the_index() {
    let mut q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let asks = |x: &raia::questionnaire::Question| {
        matches!(x.role.as_deref(), Some("limitations" | "out-of-scope"))
    };
    let walked: Vec<usize> = (0..q.questions.len())
        .filter(|&i| asks(&q.questions[i]))
        .collect();
    assert_eq!(walked.len(), 2, "the limitations and what is out of scope");
    assert_eq!(q.positions_asking_limits().into_owned(), walked);
    // One added without a re-index is still found, and one no longer asking is not.
    let extra = q.questions[walked[0]].clone();
    q.questions.push(extra);
    q.questions[walked[1]].role = None;
    assert_eq!(
        q.positions_asking_limits().into_owned(),
        [walked[0], q.questions.len() - 1]
    );
}

/// A safeguard whose words the notes deny stays denied after an answer elsewhere changes what
/// requires it: a patch that redoes it for the model's new role keeps the words it found (the
/// notes are not read again), and reads them again once the note that denies it changes.
#[test]
fn words_that_deny_a_safeguard_stay_when_another_answer_changes_what_requires_it() {
    let q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let mut a = example_assessment(&q, "loan-pre-approval.toml");
    let readers = raia::engine::Readers::new(&q);
    let whole = |a: &Assessment| raia::engine::evaluate_without_what_if(&q, a);
    let words = |e: &raia::engine::Evaluation| -> Vec<String> {
        e.safeguard("human-review")
            .unwrap()
            .conflicts
            .iter()
            .filter_map(|c| match c {
                raia::engine::Conflict::WordsAgainstAnswers { words, .. } => Some(words.clone()),
                _ => None,
            })
            .flatten()
            .collect()
    };
    let mut e = whole(&a);
    assert!(words(&e).is_empty());
    // The note on the answer that shows the review says it is not done.
    a.notes.insert(
        "human-review".into(),
        "Not performed: the credit officers have not started on the queue.".into(),
    );
    raia::engine::reevaluate(&readers, &q, &a, &mut e, Question("human-review"));
    assert_eq!(e, whole(&a));
    let denied = words(&e);
    assert_eq!(denied.len(), 1, "{denied:?}");
    assert!(denied[0].contains("the note on"), "{denied:?}");
    // The model's role changed, and changed back: the review is worked out again for each (what
    // requires it reads the role), and the note still denies it.
    for role in ["mixed", "informs", "recommends"] {
        a.answers
            .insert("ai-role".into(), Answer::Choice(role.into()));
        raia::engine::reevaluate(&readers, &q, &a, &mut e, Question("ai-role"));
        assert_eq!(e, whole(&a), "{role}");
        assert_eq!(words(&e), denied, "{role}");
        assert!(!e.safeguard("human-review").unwrap().holds());
    }
    // The note put right: the review holds again.
    a.notes.insert(
        "human-review".into(),
        "A credit officer decides every proposed decline before anything is sent.".into(),
    );
    raia::engine::reevaluate(&readers, &q, &a, &mut e, Question("human-review"));
    assert_eq!(e, whole(&a));
    assert!(words(&e).is_empty());
}

/// The safeguards under each requirement, found from the index and, once the catalogue was
/// edited without a re-index, from the safeguards themselves.
#[test]
fn the_safeguards_under_a_requirement_are_found_with_or_without_the_index() {
    let mut q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let ids: Vec<String> = q.requirements.iter().map(|r| r.id.to_string()).collect();
    let walked = |q: &Questionnaire, id: &str| -> Vec<usize> {
        (0..q.safeguards.len())
            .filter(|&i| q.safeguards[i].requirement == id)
            .collect()
    };
    for id in &ids {
        let found = q.positions_under(id).into_owned();
        assert!(!found.is_empty(), "a safeguard is under {id}");
        assert_eq!(found, walked(&q, id), "{id}");
    }
    assert!(q.positions_under("no-such-requirement").is_empty());
    // One added without a re-index is found under its requirement.
    let extra = q.safeguards[0].clone();
    let under = extra.requirement.to_string();
    q.safeguards.push(extra);
    let found = q.positions_under(&under).into_owned();
    assert_eq!(found.last(), Some(&(q.safeguards.len() - 1)));
    assert_eq!(found, walked(&q, &under));
}

/// The concerns no safeguard guards, each with the safeguards required against it, found in one
/// walk over the safeguards: the same as asking of each concern in turn, on every realistic case
/// (the examples and the judgement cases), several concerns at once among them.
#[test]
fn the_unguarded_concerns_are_those_of_each_concern_in_turn() {
    let q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let dirs = ["examples", "tests/fixtures/judgement"];
    let mut several = 0;
    let mut files = 0;
    for dir in dirs {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|x| x.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.display().to_string();
            let Ok(a) = raia::assessment::parse_assessment(&name, &text, &q) else {
                continue;
            };
            files += 1;
            let e = raia::engine::evaluate(&q, &a);
            let each: Vec<(String, Vec<String>)> = e
                .concerns()
                .filter_map(|p| {
                    let against: Vec<String> = e
                        .safeguards
                        .iter()
                        .filter(|s| s.required && s.against.contains(&p.id))
                        .map(|s| s.id.to_string())
                        .collect();
                    let guarded = e
                        .safeguards
                        .iter()
                        .any(|s| against.contains(&s.id.to_string()) && s.holds());
                    (!against.is_empty() && !guarded).then(|| (p.id.to_string(), against))
                })
                .collect();
            let found: Vec<(String, Vec<String>)> = e
                .unguarded_concerns()
                .into_iter()
                .map(|(p, against)| {
                    let ids = against.iter().map(|s| s.id.to_string()).collect();
                    (p.id.to_string(), ids)
                })
                .collect();
            assert_eq!(found, each, "{name}");
            several += usize::from(found.len() > 1);
        }
    }
    assert!(files > 150, "{files} files read");
    assert!(several > 0, "no case leaves several concerns open");
}

/// Words in one answer that deny a safeguard another answer shows: the limitations saying a
/// test was not run, a note on another question saying people are not told the tool is used,
/// the evidence of another safeguard saying outcomes go unreviewed. No reader list follows
/// them, so the patch after each must give way to a whole evaluation: a patch that kept the
/// safeguard's result showed it in place in the wizard while the report denied it.
#[test]
fn words_that_deny_a_safeguard_another_answer_shows_reach_it_after_each_edit() {
    let q = raia::questionnaire::default_questionnaire().expect("the built-in questionnaire");
    let mut a = example_assessment(&q, "loan-pre-approval.toml");
    let readers = raia::engine::Readers::new(&q);
    let whole = |a: &Assessment| raia::engine::evaluate_without_what_if(&q, a);
    let mut e = whole(&a);
    let denied = |e: &raia::engine::Evaluation, id: &str| {
        let s = e.safeguard(id).unwrap();
        !s.conflicts.is_empty() || s.unjustified
    };
    let edit = |a: &Assessment, e: &mut raia::engine::Evaluation, changed, id: &str| {
        assert!(!denied(e, id), "{id} stands before the edit");
        raia::engine::reevaluate(&readers, &q, a, e, changed);
        assert_eq!(*e, whole(a));
        assert!(denied(e, id), "{id} is denied after the edit");
    };

    a.answers.insert(
        "limitations".into(),
        Answer::Text(
            "Thin-file applicants are scored less reliably. We have not run any bias testing yet."
                .into(),
        ),
    );
    edit(&a, &mut e, Question("limitations"), "bias-testing");

    a.notes.insert(
        "consulted".into(),
        "Applicants are not told the tool is used.".into(),
    );
    edit(&a, &mut e, Question("consulted"), "lawful-basis-notice");

    a.safeguards.get_mut("risk-assessment").unwrap().evidence = "MRM-CL-031, approved 2024-11-18. The queue auto-approves any decline not opened within 48 hours.".into();
    edit(&a, &mut e, Safeguard("risk-assessment"), "human-review");

    // A prohibited use told in a safeguard's evidence is found as the answers' words are.
    let found = e.contradictions.len();
    a.safeguards.get_mut("alternative-process").unwrap().evidence =
        "Branch staff also secretly record applicants' phone calls and sell the recordings to debt collectors without their knowledge.".into();
    raia::engine::reevaluate(&readers, &q, &a, &mut e, Safeguard("alternative-process"));
    assert_eq!(e, whole(&a));
    assert!(e.contradictions.len() > found, "{:?}", e.contradictions);
}
