//! Sections of the report built on their own from the evaluation: compliance, score, and what one answer does.

use super::*;

pub(crate) fn refs(reasons: &[engine::Reason]) -> Vec<AnswerRef> {
    reasons
        .iter()
        .map(|r| AnswerRef {
            question: r.question.to_string(),
            prompt: r.prompt.to_string(),
            answer: r.answer.to_string(),
        })
        .collect()
}

/// Where the use stands against the policy's own words: the statement and the gaps behind it.
pub(crate) fn compliance(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    today: Option<&str>,
) -> Compliance {
    let gate: Vec<crate::engine::GateFailure> = e
        .gate_on(Binding::of(q, a), false, today)
        .into_iter()
        .map(|f| f.failure)
        .collect();
    let ids = |f: &dyn Fn(&SafeguardResult) -> bool| -> Vec<String> {
        e.gaps
            .iter()
            .filter_map(|id| e.safeguard(id))
            .filter(|s| f(s))
            .map(|s| s.id.to_string())
            .collect()
    };
    let guards = e.open_guards();
    let guard = |s: &SafeguardResult| guards.get(s.id.as_str());
    let misuse_left_open = explain::unguarded_words(e).unwrap_or_default();
    let says_none = q
        .questions
        .iter()
        .filter(|x| x.role.as_deref() == Some("intent"))
        .any(|x| {
            a.answers.get(x.id.as_str()) == Some(&crate::answer::Answer::Choice("none".into()))
        });
    // Everything that refutes "none is intended, and users cannot": a review saw the mark only
    // for misuse left open, not beside a confirmed prohibited use or one to be confirmed.
    let mut against: Vec<String> = Vec::new();
    let confirmed: Vec<&str> = e.confirmed().map(|p| p.title.as_str()).collect();
    if !confirmed.is_empty() {
        against.push(format!(
            "the answers record a {}: {}",
            q.vocabulary.prohibited_use,
            confirmed.join("; ")
        ));
    }
    for (p, s) in e.unbacked_prohibitions(today) {
        against.push(format!(
            "{} is to be confirmed: {}",
            p.title,
            explain::clear_only_while(s, today)
        ));
    }
    for p in e.doubted_prohibitions(today) {
        against.push(format!(
            "{} is to be confirmed: {}",
            p.title,
            explain::RULED_OUT_BY_DISAGREEING_SHORT
        ));
    }
    if !misuse_left_open.is_empty() {
        against.push(misuse_left_open.clone());
    }
    let intent_not_borne_out = says_none && !against.is_empty();
    let statement = explain::compliance_statement(q, e, today);
    let policy_statement = explain::policy_compliance_statement(q, e, today);
    // What the overlay's rules add, without repeating the policy's own sentence that the
    // combined one starts with (a reports review read it twice).
    // Whose reading of the policy, said at the end of both, is not what the rules add.
    let reading = explain::own_reading(q).map(|r| format!(" Note: {r}."));
    let bare = |s: &str| -> String {
        reading
            .as_deref()
            .and_then(|n| s.strip_suffix(n))
            .unwrap_or(s)
            .to_string()
    };
    let rules_statement = match policy_statement.as_deref().map(bare) {
        Some(p) if p != bare(&statement) => {
            match bare(&statement).strip_prefix(p.trim_end_matches('.')) {
                Some(rest) => {
                    let rest = rest.trim_start_matches([';', ' ']);
                    let mut c = rest.chars();
                    c.next().map_or(String::new(), |f| {
                        f.to_uppercase().chain(c).collect::<String>()
                    })
                }
                None => statement.clone(),
            }
        }
        _ => String::new(),
    };
    Compliance {
        statement: statement.clone(),
        policy_statement: policy_statement.unwrap_or(statement),
        rules_statement,
        intent_not_borne_out,
        intent_against: if intent_not_borne_out {
            against.join("; ")
        } else {
            String::new()
        },
        policy_gaps: ids(&|s| s.is_policy_gap()),
        not_shown_yet: ids(&|s| s.awaits_answer),
        should_gaps: ids(&|s| s.is_should_gap()),
        misuse_guards: ids(&|s| {
            s.is_practice_gap() && guard(s).is_some_and(engine::Guard::against_misuse)
        }),
        requirement_guards: ids(&|s| {
            s.is_practice_gap() && matches!(guard(s), Some(engine::Guard::Requirement(_)))
        }),
        recommendations: ids(&|s| s.is_practice_gap() && guard(s).is_none()),
        recommendations_not_shown_yet: ids(&|s| {
            s.is_practice_gap() && guard(s).is_none() && s.answer_pending
        }),
        to_confirm: e.conflicts().map(|s| s.id.to_string()).collect(),
        misuse_left_open,
        gate_failures: explain::gate_failures(&gate, q),
    }
}

/// The score section: points by factor and by answer, credits, and the band.
pub(crate) fn score_report(q: &Questionnaire, e: &Evaluation) -> ScoreReport {
    let sc = &e.score;
    // Contributions come in asking order: each question is found where the last one was.
    let mut from = 0;
    let mut prompt_in_order = |id: &str| {
        let i = q.question_index_from(id, from);
        from = i.unwrap_or(from);
        i.and_then(|i| q.questions.get(i))
            .map_or_else(|| id.to_string(), |x| x.prompt.to_string())
    };
    ScoreReport {
        raw: sc.raw,
        credits_available: sc.credits_available,
        max_mitigation_percent: q.tiers.max_mitigation_percent,
        mitigation_cap: sc.mitigation_cap,
        mitigation: sc.mitigation,
        mitigation_words: explain::safeguard_credit(sc),
        total: sc.total,
        medium_at: sc.medium_at,
        high_at: sc.high_at,
        band: sc.band,
        band_label: explain::tier(q, sc.band),
        counts: e.score_counts(),
        // Most points first, as every other list of factors reads (a new-user review).
        by_factor: {
            let mut rows: Vec<FactorRow> = sc
                .by_factor
                .iter()
                .map(|f| FactorRow {
                    id: f.factor.to_string(),
                    title: f.title.to_string(),
                    points: f.points,
                })
                .collect();
            rows.sort_by_key(|r| std::cmp::Reverse(r.points));
            rows
        },
        contributions: sc
            .contributions
            .iter()
            .map(|c| ContributionRow {
                question: c.question.to_string(),
                prompt: prompt_in_order(&c.question),
                answer: c.answer.to_string(),
                factor: c.factor.to_string(),
                factor_title: q
                    .factor(&c.factor)
                    .map_or_else(|| c.factor.clone(), |f| f.title.clone())
                    .to_string(),
                points: c.points,
            })
            .collect(),
        credits: sc
            .credits
            .iter()
            .map(|c| CreditRow {
                safeguard: c.safeguard.to_string(),
                title: q
                    .safeguard(&c.safeguard)
                    .map_or_else(|| c.safeguard.clone(), |s| s.title.clone())
                    .to_string(),
                points: c.points,
            })
            .collect(),
    }
}

/// What one answer does, in plain words, for the question-by-question listing.
pub(crate) fn effect_lines(
    q: &Questionnaire,
    question: &crate::questionnaire::Question,
    answer: &crate::answer::Answer,
    contributions: &[&engine::Contribution],
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |line: String| {
        if !out.contains(&line) {
            out.push(line);
        }
    };
    // Worded once; safeguards shown in place are listed after the risk points.
    let (shows, other): (Vec<String>, Vec<String>) = engine::answer_effects(question, answer)
        .iter()
        .flat_map(|(_, fx)| explain::effects(q, fx))
        .partition(|line| line.starts_with("shows "));
    for line in other {
        add(line);
    }
    // Risk as the engine counted it for this question (options of one answer may combine).
    let mut by_factor: Vec<(&str, u32)> = Vec::new();
    for c in contributions.iter().filter(|c| c.question == question.id) {
        match by_factor.iter_mut().find(|(f, _)| *f == c.factor) {
            Some((_, p)) => *p += c.points,
            None => by_factor.push((&c.factor, c.points)),
        }
    }
    for (factor, points) in by_factor {
        add(explain::risk(q, factor, points));
    }
    for line in shows {
        add(line);
    }
    out
}
