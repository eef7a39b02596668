//! Why the tier is what it is, the verdict line, and a tier change, in words.

use super::*;

/// "prompt → answer; prompt → answer".
pub(crate) fn because(reasons: &[crate::engine::Reason]) -> String {
    // A few answers say why; a questionnaire where hundreds raise one category would make the
    // reason pages long (10,000 generated questions gave 14 KB reasons, redrawn on every key).
    const SHOWN: usize = 6;
    let mut out = reasons
        .iter()
        .take(SHOWN)
        .map(|r| format!("{} → {}", r.prompt, r.answer))
        .collect::<Vec<_>>()
        .join("; ");
    let more = reasons.len().saturating_sub(SHOWN);
    if more > 0 {
        out.push_str(&format!(
            "; and {more} more answer{}",
            if more == 1 { "" } else { "s" }
        ));
    }
    out
}

/// The heading over the prohibitions raised as a concern, in every mode.
pub const CONCERNS: &str = "Possible misuse to guard against";

/// [`CONCERNS`] for concerns a safeguard in place guards.
pub const CONCERNS_GUARDED: &str = "Possible misuse, guarded";

/// [`CONCERNS`] for concerns the file's own words describe as the use itself: neither open nor
/// guarded until the words or the answers are corrected.
pub const CONCERNS_IN_WORDS: &str =
    "Possible misuse, to be confirmed: the file's words describe it";

/// The concerns the answers raise, in two groups, each with its heading: those left open
/// ([`CONCERNS`], `true`) and those a safeguard in place guards ([`CONCERNS_GUARDED`]), for the
/// wizard and plain mode alike. All under "to guard against" read as open beside guardrails in
/// place, while the report said "guarded" (a new-user review).
pub fn concern_groups(e: &Evaluation) -> Vec<(&'static str, Vec<&str>, bool)> {
    let unguarded = e.unguarded_concerns();
    let (in_words, concerns): (Vec<_>, Vec<_>) =
        e.concerns().partition(|p| e.described_in_words(&p.id));
    let (open, guarded): (Vec<_>, Vec<_>) = concerns
        .into_iter()
        .partition(|p| unguarded.iter().any(|(u, _)| u.id == p.id));
    fn titles(v: Vec<&crate::engine::ProhibitionFinding>) -> Vec<&str> {
        v.into_iter().map(|p| p.title.as_str()).collect()
    }
    [
        (CONCERNS_IN_WORDS, titles(in_words), true),
        (CONCERNS, titles(open), true),
        (CONCERNS_GUARDED, titles(guarded), false),
    ]
    .into_iter()
    .filter(|(_, t, _)| !t.is_empty())
    .collect()
}

/// Why the tier is what it is, in full sentences, strongest first.
pub fn tier_reasons(q: &Questionnaire, e: &Evaluation) -> Vec<String> {
    let v = &q.vocabulary;
    let mut out = Vec::new();
    for cause in &e.causes {
        match cause {
            Cause::Prohibited { prohibition } => {
                if let Some(p) = e.prohibitions.get(*prohibition) {
                    out.push(format!(
                        "{} confirmed: {} ({}).",
                        capital(&v.prohibited_use),
                        p.title,
                        because(&p.confirmed_by)
                    ));
                }
            }
            Cause::Category { category } => {
                if let Some(c) = e.categories.get(*category) {
                    let reading = if c.reading.is_empty() {
                        String::new()
                    } else {
                        format!(" ({}: {})", v.reading, lower_first(&c.reading))
                    };
                    out.push(format!(
                        "{}: {} sets the floor at {} ({}).{reading}",
                        capital(&v.consequential),
                        c.title,
                        v.tier(c.floor),
                        because(&c.raised_by)
                    ));
                }
            }
            Cause::Floor { floor } => {
                if let Some(f) = e.floors.get(*floor) {
                    out.push(format!(
                        "{} sets the floor at {} ({}).",
                        capital(&f.reason),
                        v.tier(f.tier),
                        f.answers
                    ));
                }
            }
            Cause::Score => {
                let s = &e.score;
                out.push(format!(
                    "Score {} ({} − {} {}) is in the {} band ({} from {}, {} from {}).",
                    s.total,
                    risk_points(s.raw),
                    s.mitigation,
                    safeguard_credit(s),
                    v.tier(s.band),
                    v.tier(Tier::Medium),
                    s.medium_at,
                    v.tier(Tier::High),
                    s.high_at
                ));
                if !s.by_factor.is_empty() {
                    out.push(format!(
                        "Most risk points come from: {}.",
                        s.top_factors(3).join(", ")
                    ));
                }
            }
        }
    }
    if e.tier == Tier::Prohibited {
        out.push(format!(
            "The score is not used: a confirmed {} decides the result whatever else is answered.",
            v.prohibited_use
        ));
    }
    for c in &e.cleared {
        out.push(format!(
            "{} no longer applies: {} ({}).",
            c.title,
            because(&c.cleared_by),
            because(&c.raised_by)
        ));
    }
    out
}

/// Short reasons for the wizard's live panel: what sets the tier, one line each.
pub fn tier_reasons_short(q: &Questionnaire, e: &Evaluation) -> Vec<String> {
    let v = &q.vocabulary;
    let mut out = Vec::new();
    for cause in &e.causes {
        match cause {
            Cause::Prohibited { prohibition } => {
                if let Some(p) = e.prohibitions.get(*prohibition) {
                    out.push(format!("{}: confirmed, the use must not proceed", p.title));
                }
            }
            Cause::Category { category } => {
                if let Some(c) = e.categories.get(*category) {
                    out.push(format!(
                        "{}: a {}, so at least {}",
                        c.title,
                        v.consequential,
                        v.tier(c.floor)
                    ));
                }
            }
            Cause::Floor { floor } => {
                if let Some(f) = e.floors.get(*floor) {
                    out.push(format!(
                        "{}: at least {}",
                        capital(&f.reason),
                        v.tier(f.tier)
                    ));
                }
            }
            Cause::Score => out.push(format!(
                "Score {} is in the {} band ({} from {}, {} from {})",
                e.score.total,
                v.tier(e.score.band),
                v.tier(Tier::Medium),
                e.score.medium_at,
                v.tier(Tier::High),
                e.score.high_at
            )),
        }
    }
    out
}

/// What safeguards take off the score, in words: "for safeguards in place", and where they take
/// off the most the rules allow, that too (a new-user review recorded four more safeguards and
/// saw the score stay, with nothing in the wizard saying why).
pub fn safeguard_credit(score: &crate::engine::Score) -> &'static str {
    // Safeguards in place that take nothing off because the cap rounds to 0 (a few risk
    // points) are at the most they can take off too: "0 for safeguards in place" alone read as
    // if none were in place (a report review).
    if score.credits_available > 0 && score.mitigation >= score.mitigation_cap {
        "for safeguards in place, the most they can take off"
    } else {
        "for safeguards in place"
    }
}

/// Why no score is given: a confirmed prohibited use decides the result.
pub fn score_not_used(q: &Questionnaire) -> String {
    format!(
        "Score not used: a confirmed {} decides the result.",
        q.vocabulary.prohibited_use
    )
}

/// The score beside the tier: "score 14", or "score not used" where a confirmed prohibited
/// use decides the result and the score decides nothing (as `raia score` says).
pub fn score_short(e: &Evaluation) -> String {
    if e.score_counts() {
        format!("score {}", e.score.total)
    } else {
        "score not used".to_string()
    }
}

/// One sentence a reader can act on.
pub fn verdict(q: &Questionnaire, e: &Evaluation, today: Option<&str>) -> String {
    let v = &q.vocabulary;
    if e.tier == Tier::Prohibited {
        let mut s = format!(
            "{}: the answers confirm a {}, so the use must not proceed as described",
            capital(v.tier(Tier::Prohibited)),
            v.prohibited_use
        );
        if !e.complete {
            s.push_str("; the assessment is also incomplete");
        }
        s.push('.');
        return s;
    }
    let policy = e.safeguards.iter().filter(|s| s.is_policy_gap()).count();
    let should = e.safeguards.iter().filter(|s| s.is_should_gap()).count();
    // Recommendations one of which must show a policy requirement met are said apart: a review
    // read "7 recommended safeguards are open" above a requirement failing the gate on two.
    let (against, to_show) = e.open_guard_gaps();
    // Nor are the safeguards against misuse left open "recommended" (a review read "4
    // recommended safeguards are open" above a summary counting the one the gate failed on
    // apart).
    // Required by the policy, and shown only by a question still unanswered: counted apart,
    // never as a recommendation (a hostile review's counts did not add up).
    let awaiting = e.safeguards.iter().filter(|s| s.awaits_answer).count();
    // Recommendations nothing records while a question that could show them is unanswered are
    // "not shown yet", as every format's counts say (a reports review read "5 recommended
    // safeguards are open" beside JSON counting them not shown yet).
    let guards = e.open_guards();
    let pending = e
        .safeguards
        .iter()
        .filter(|s| s.is_practice_gap() && s.answer_pending && !guards.contains_key(s.id.as_str()))
        .count();
    let other = e
        .gaps
        .len()
        .saturating_sub(policy + should + to_show + against + awaiting + pending);
    let conflicts = e.conflicts().count() + e.contradictions.len();
    let mut parts = Vec::new();
    // Misuse left open fails the gate: the headline says so before anything recommended (a
    // children's chat with no filters read "1 answer contradicted; 2 recommended open").
    let unguarded = e.unguarded_concerns();
    if !unguarded.is_empty() {
        parts.push(format!(
            "{} ({}) with no safeguard against {} shown to be in place",
            plural(
                unguarded.len(),
                "prohibited use the answers show possible",
                "prohibited uses the answers show possible"
            ),
            unguarded
                .iter()
                .map(|(p, _)| p.title.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            if unguarded.len() == 1 { "it" } else { "them" }
        ));
        if against > 0 {
            parts.push(if unguarded.len() == 1 {
                plural(
                    against,
                    "safeguard against it is open and must be in place",
                    "safeguards against it are open, one of which must be in place",
                )
            } else {
                plural(
                    against,
                    "safeguard against them is open",
                    "safeguards against them are open, one against each use to be in place",
                )
            });
        }
    }
    if policy > 0 {
        // By whose rules: an overlay's own are named, never said to be the policy's.
        let mut by: Vec<(Option<String>, usize)> = Vec::new();
        for s in e.safeguards.iter().filter(|s| s.is_policy_gap()) {
            let rules = super::layers::layer_rules(q, q.safeguard(&s.id).map_or(0, |x| x.layer));
            match by.iter_mut().find(|(r, _)| *r == rules) {
                Some((_, n)) => *n += 1,
                None => by.push((rules, 1)),
            }
        }
        by.sort_by_key(|(r, _)| r.is_some());
        for (rules, n) in by {
            parts.push(match rules {
                None => plural(
                    n,
                    "safeguard the policy requires, as raia reads it, is not in place",
                    "safeguards the policy requires, as raia reads it, are not in place",
                ),
                Some(r) => plural(
                    n,
                    &format!("safeguard {r} requires is not in place"),
                    &format!("safeguards {r} requires are not in place"),
                ),
            });
        }
    }
    if awaiting > 0 {
        parts.push(plural(
            awaiting,
            "safeguard the policy requires is not shown yet, as a question that could show it is unanswered",
            "safeguards the policy requires are not shown yet, as questions that could show them are unanswered",
        ));
    }
    // Evidence lapsed as of today: the gate fails on it, so never "every safeguard ... is in
    // place" (a review read that beside an expired risk assessment).
    let planned = e.planned_later(today).count();
    let on_condition = e.lapsed_on_condition(today).count();
    let lapsed = e.lapsed(today).count() - planned - on_condition;
    if planned > 0 {
        parts.push(plural(
            planned,
            "safeguard is recorded in place but planned for a day after today",
            "safeguards are recorded in place but planned for a day after today",
        ));
    }
    if lapsed > 0 {
        parts.push(plural(
            lapsed,
            "safeguard is in place on evidence that has expired or is dated after today, to renew",
            "safeguards are in place on evidence that has expired or is dated after today, to renew",
        ));
    }
    if on_condition > 0 {
        parts.push(plural(
            on_condition,
            "safeguard is in place on an approval whose condition fell due, and nothing says it was met",
            "safeguards are in place on approvals whose conditions fell due, and nothing says they were met",
        ));
    }
    if conflicts > 0 {
        parts.push(contradicted(e));
    }
    if to_show > 0 {
        parts.push(if to_show == 1 {
            "1 safeguard that must be in place to show a requirement of the policy is met is open"
                .to_string()
        } else {
            format!(
                "{to_show} safeguards are open to show a requirement of the policy is met; one under each such requirement must be in place"
            )
        });
    }
    if should > 0 {
        parts.push(plural(
            should,
            "safeguard the policy says should be in place is open",
            "safeguards the policy says should be in place are open",
        ));
    }
    if other > 0 {
        parts.push(plural(
            other,
            "recommended safeguard is open",
            "recommended safeguards are open",
        ));
    }
    if pending > 0 {
        parts.push(plural(
            pending,
            "recommended safeguard is not shown yet, as a question that could show it is unanswered",
            "recommended safeguards are not shown yet, as questions that could show them are unanswered",
        ));
    }
    // What sets the tier, then what is open, as two sentences: "High risk: 1 recommended
    // safeguard is open" read as if the recommendation made the use high risk, where legal advice
    // did (a review of honest teams).
    let mut s = format!(
        "{} risk ({}). {}",
        capital(v.tier(e.tier)),
        tier_causes_brief(q, e),
        if parts.is_empty() {
            // Not beside a requirement of the policy nothing in place shows met: a review of
            // honest teams read both in one paragraph of a response to AWS.
            let unshown: Vec<String> = e
                .requirements
                .iter()
                .filter(|r| {
                    r.applies
                        && r.basis == crate::questionnaire::Basis::Policy
                        && r.state == crate::engine::RequirementState::ToBeConfirmed
                })
                .map(|r| format!("\"{}\"", r.title))
                .collect();
            if unshown.is_empty() {
                "Every safeguard this use calls for is in place or not applicable with a reason"
                    .to_string()
            } else {
                format!(
                    "No safeguard this use calls for is missing or planned, but nothing in place shows {} met",
                    super::join_and(&unshown)
                )
            }
        } else {
            capital(&parts.join("; "))
        }
    );
    if !e.complete {
        s.push_str("; the assessment is incomplete, so this result may change");
    }
    // Answers kept for hidden questions say more than the tier does (a tenth hostile review saw
    // "Low risk" beside a kept answer that records a prohibited use).
    let hidden = e.hidden_prohibits.len() + e.hidden_marks.len();
    if hidden > 0 {
        let what = if e.hidden_prohibits.is_empty() {
            format!("a {}", v.consequential)
        } else {
            format!("a {}", v.prohibited_use)
        };
        s.push_str(&if hidden == 1 {
            format!(
                "; but an answer kept for a question the other answers now hide records {what}, which is to be confirmed, so this result may change"
            )
        } else {
            format!(
                "; but {hidden} answers kept for questions the other answers now hide record {what}, which is to be confirmed, so this result may change"
            )
        });
    }
    s.push('.');
    s
}

/// What sets the tier, in a few words for the verdict: "Legal advice is a consequential
/// decision", "score 10, in the medium band".
fn tier_causes_brief(q: &Questionnaire, e: &Evaluation) -> String {
    let v = &q.vocabulary;
    let mut out: Vec<String> = Vec::new();
    // Only what reaches the tier: a score in the medium band is no reason for "high".
    for cause in &e.causes {
        match cause {
            Cause::Prohibited { prohibition } => {
                if let Some(p) = e.prohibitions.get(*prohibition) {
                    out.push(format!("{} is confirmed", p.title));
                }
            }
            Cause::Category { category } => {
                if let Some(c) = e.categories.get(*category).filter(|c| c.floor == e.tier) {
                    out.push(format!("{} is a {}", c.title, v.consequential));
                }
            }
            Cause::Floor { floor } => {
                if let Some(f) = e.floors.get(*floor).filter(|f| f.tier == e.tier) {
                    out.push(capital(&f.reason));
                }
            }
            Cause::Score if e.score.band == e.tier => out.push(format!(
                "score {}, in the {} band",
                e.score.total,
                v.tier(e.score.band)
            )),
            Cause::Score => {}
        }
    }
    if out.is_empty() {
        out.push(format!(
            "score {}, in the {} band",
            e.score.total,
            v.tier(e.score.band)
        ));
    }
    out.join("; ")
}

/// The sentence both modes say the moment an answer changes the tier: "The tier is now high
/// (was medium), because Medical diagnosis: a consequential decision, so at least high."
/// `None` when the tier did not change.
pub fn tier_change(q: &Questionnaire, before: Tier, after: &Evaluation) -> Option<String> {
    if before == after.tier {
        return None;
    }
    let v = &q.vocabulary;
    let why = tier_reasons_short(q, after)
        .into_iter()
        .next()
        // "because score 8 is in the medium band": a sentence's first word is no title.
        .map(|r| {
            let r = r.trim_end_matches('.');
            let r = if r.starts_with("Score ") {
                super::lower_first(r)
            } else {
                r.to_string()
            };
            format!(", because {r}")
        })
        .unwrap_or_default();
    Some(format!(
        "The tier is now {} (was {}){why}.",
        v.tier(after.tier),
        v.tier(before)
    ))
}

/// What plain mode says the moment an answer makes answers disagree, one sentence for each
/// contradiction that holds now and did not before: the wizard's sidebar shows it at once, and
/// a screen-reader user heard of it only at the result, ten questions later (a new-user
/// review).
pub fn contradictions_opened(before: &Evaluation, after: &Evaluation) -> Vec<String> {
    after
        .contradictions
        .iter()
        .filter(|c| !before.contradictions.iter().any(|b| b.id == c.id))
        .map(|c| {
            format!(
                "{}: {} ({}). The result lists it until it is settled; type back to change this answer.",
                if c.judgement {
                    "raia now judges"
                } else {
                    "Answers now disagree"
                },
                c.message.trim_end_matches('.'),
                c.answers
            )
        })
        .collect()
}

/// The wizard's status line after an answer that makes answers disagree: which other answers,
/// by their questions, and where the rest is said. A wizard review answered a follow-up honestly,
/// contradicting the answer that asked it, and was told so only at the result.
pub fn contradictions_opened_short(
    q: &crate::questionnaire::Questionnaire,
    before: &[crate::questionnaire::Text],
    after: &Evaluation,
    answered: &str,
) -> Option<String> {
    let mut others: Vec<String> = Vec::new();
    let mut judged: Vec<String> = Vec::new();
    for c in after
        .contradictions
        .iter()
        .filter(|c| !before.contains(&c.id))
    {
        // A judgement is raia's: said as one, not as answers at odds.
        if let Some(title) = c.judgement_title() {
            judged.push(super::lower_first(title));
            continue;
        }
        for id in c.questions.iter().filter(|id| id.as_str() != answered) {
            if let Some(question) = q.question(id) {
                let prompt = format!("\"{}\"", question.prompt.trim());
                if !others.contains(&prompt) {
                    others.push(prompt);
                }
            }
        }
    }
    if others.is_empty() {
        return (!judged.is_empty()).then(|| {
            format!(
                "With this answer, raia judges that {}: the Result step says how to settle it.",
                super::join_and(&judged)
            )
        });
    }
    // Both questions by name: the message outlives the step it was given on (a wizard review
    // read "this answer" on the next question, as if it disagreed with itself).
    let this = q
        .question(answered)
        .map_or_else(String::new, |x| format!(" to \"{}\"", x.prompt.trim()));
    Some(format!(
        "Your answer{this} disagrees with your answer to {}: the Result step says how to settle it.",
        super::join_and(&others)
    ))
}

/// The pairs of answers that contradict each other and the safeguard statuses the answers
/// contradict, counted apart as the gate and `raia score` count them: "4 answers or statuses
/// are contradicted" added two kinds of thing (a reports review). Empty when there are none.
pub fn contradicted(e: &Evaluation) -> String {
    let judged = e.contradictions.iter().filter(|c| c.judgement).count();
    let pairs = e.contradictions.len() - judged;
    let held = e.conflicts().filter(|s| s.is_held_back()).count();
    let statuses = e.conflicts().count() - held;
    let mut parts = Vec::new();
    if pairs > 0 {
        parts.push(plural(
            pairs,
            "pair of answers contradicts each other",
            "pairs of answers contradict each other",
        ));
    }
    if judged > 0 {
        parts.push(plural(
            judged,
            "judgement on the answers is to be settled",
            "judgements on the answers are to be settled",
        ));
    }
    if statuses > 0 {
        parts.push(plural(
            statuses,
            "safeguard status the answers contradict must be confirmed",
            "safeguard statuses the answers contradict must be confirmed",
        ));
    }
    if held > 0 {
        parts.push(plural(
            held,
            "safeguard status waits on what holds it back",
            "safeguard statuses wait on what holds them back",
        ));
    }
    parts.join(" and ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reason names a few of the answers behind it and counts the rest.
    #[test]
    fn a_reason_names_six_answers_and_counts_the_rest() {
        let r = |i: usize| crate::engine::Reason {
            question: format!("q{i}").into(),
            prompt: format!("Question {i}?").into(),
            answer: "Yes".into(),
        };
        let one: Vec<_> = (1..=1).map(r).collect();
        assert_eq!(because(&one), "Question 1? → Yes");
        let six: Vec<_> = (1..=6).map(r).collect();
        assert!(!because(&six).contains("more"));
        let seven: Vec<_> = (1..=7).map(r).collect();
        assert!(because(&seven).ends_with("Question 6? → Yes; and 1 more answer"));
        let many: Vec<_> = (1..=300).map(r).collect();
        assert!(because(&many).ends_with("; and 294 more answers"));
    }
}
