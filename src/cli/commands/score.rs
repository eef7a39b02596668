//! `raia score`: tier, reasons, gaps, and the gate.

use super::*;

pub(crate) fn score(
    q: &Questionnaire,
    file: &Path,
    gate: bool,
    rules: crate::portfolio::GateRules,
    today: &str,
) -> anyhow::Result<ExitCode> {
    use crate::explain;
    let (own, a) = read_with_release(q, file)?;
    let q = own.as_ref().unwrap_or(q);
    let e = crate::engine::evaluate_on(q, &a, Some(today));
    // What the answers disagree on is listed below, on stdout: not said twice.
    for w in warnings(q, &a, &e, false) {
        errln!("{}: warning: {w}", term_text::path(file));
    }
    // One write for the whole summary, not one for each line: standard output is line-buffered
    // even into a pipe, and the writes cost `raia score` 2% of its time (issue 7). Flushed before
    // the gate's verdict goes to stderr, so the two keep their order on a terminal.
    let mut out = term_text::Lines::new(std::io::BufWriter::new(std::io::stdout().lock()));
    macro_rules! outln {
        () => {
            out.line("")?
        };
        ($($arg:tt)*) => {
            out.line(&format!($($arg)*))?
        };
    }
    let v = &q.vocabulary;
    let name = if a.metadata.system.is_empty() {
        term_text::path(file)
    } else {
        term_text::line(&a.metadata.system).into_owned()
    };
    match explain::tier_in_doubt(q, &e) {
        Some(doubt) => outln!(
            "{name}: tier {} ({})",
            explain::tier(q, e.tier).to_uppercase(),
            doubt.replacen(
                &explain::tier(q, q.tiers.consequential_floor),
                &explain::tier(q, q.tiers.consequential_floor).to_uppercase(),
                1
            )
        ),
        None => outln!("{name}: tier {}", explain::tier(q, e.tier).to_uppercase()),
    }
    if e.score_counts() {
        outln!(
            "Score {} = {} - {} {} ({} from {}, {} from {})",
            e.score.total,
            crate::engine::risk_points(e.score.raw),
            e.score.mitigation,
            explain::safeguard_credit(&e.score),
            v.tier_medium,
            e.score.medium_at,
            v.tier_high,
            e.score.high_at
        );
    } else {
        outln!("{}", explain::score_not_used(q));
    }
    let answered = answered_count(&e);
    if e.complete {
        outln!(
            "Assessment complete: {answered} of {} questions answered{}.",
            e.visible.len(),
            if answered < e.visible.len() {
                " (the rest are optional)"
            } else {
                ""
            }
        );
    } else {
        outln!(
            "INCOMPLETE: {}; {}.",
            explain::missing(e.unanswered.len(), e.notes_missing.len()),
            explain::incomplete_effect(e.unanswered.len(), e.notes_missing.len())
        );
        for line in missing_lines(q, &a, &e) {
            outln!("  - {line}");
        }
    }
    // Titles alone: nothing in the file is keyed by a prohibition's or a category's id, and
    // every other mode prints the titles (a review read the ids as a leak).
    let confirmed: Vec<String> = e.confirmed().map(|p| p.title.to_string()).collect();
    // Each concern says whether a safeguard against it is in place: "concerns: X" alone read
    // as open under the prohibitions beside guardrails that guard it (a review of honest teams).
    let unguarded = e.unguarded_concerns();
    let concerns: Vec<String> = e
        .prohibitions
        .iter()
        .filter(|p| p.status == ProhibitionStatus::Concern)
        .map(|p| {
            if e.described_in_words(&p.id) {
                format!(
                    "{} (to be confirmed: the file's own words describe it)",
                    p.title
                )
            } else if unguarded.iter().any(|(u, _)| u.id == p.id) {
                format!("{} (no safeguard against it in place)", p.title)
            } else {
                format!("{} (guarded by a safeguard in place)", p.title)
            }
        })
        .collect();
    outln!(
        "{}: {}{}",
        explain::capital(&format!("{}s", v.prohibited_use)),
        if confirmed.is_empty() {
            "none confirmed".to_string()
        } else {
            format!("CONFIRMED {}", confirmed.join(", "))
        },
        if concerns.is_empty() {
            String::new()
        } else {
            format!("; concerns: {}", concerns.join(", "))
        }
    );
    for line in explain::described_but_clear(&e) {
        outln!("  - To be confirmed: {line}.");
    }
    if let Some(line) = explain::intent_without_screening(q, &a, &e) {
        outln!("  - To be confirmed: {line}.");
    }
    for (p, s) in e.unbacked_prohibitions(Some(today)) {
        outln!(
            "  - To be confirmed: {}: {}.",
            p.title,
            explain::clear_only_while(s, Some(today))
        );
    }
    for line in e
        .doubted_prohibitions(Some(today))
        .filter_map(|p| explain::ruled_out_by_disagreeing(q, &a, &e, p))
    {
        outln!("  - To be confirmed: {line}.");
    }
    for h in &e.hidden_prohibits {
        outln!(
            "  - To be confirmed: {}.",
            explain::hidden_prohibit(q, &e, h)
        );
    }
    for line in explain::waiting_on_answers(q, &e, Some(today)) {
        outln!("  - To be confirmed: {line}.");
    }
    outln!(
        "{}s: {}",
        explain::capital(&v.consequential),
        explain::consequential_marked(q, &e)
    );
    for d in explain::consequential_doubts(q, &e, explain::DoubtWords::PointToDisagreements) {
        outln!("  - To be confirmed: {d}.");
    }
    outln!("Why:");
    for r in explain::tier_reasons(q, &e).iter().take(8) {
        outln!("  - {r}");
    }
    outln!("Requirements:");
    for r in e.requirements.iter().filter(|r| r.applies || r.in_doubt) {
        let note = explain::requirement_note(q, &e, r);
        // The basis first: after the state it read as the basis of "1 recommendation open"
        // (a review).
        outln!(
            "  - {} ({}): {}{}",
            r.title,
            explain::requirement_basis(q, &r.id, r.basis, r.obligation),
            explain::requirement_state_on(&e, r, Some(today)),
            if note.is_empty() {
                String::new()
            } else {
                format!(": {note}")
            }
        );
    }
    // Each safeguard against a concern is only recommended, but one of them must be there.
    if let Some(open) = explain::unguarded_words(&e) {
        outln!("Misuse left open: {}.", explain::capital(&open));
    }
    // Each safeguard against misuse left open is only recommended, but one of them must be in
    // place: listed apart, never as "not a breach".
    let guards = e.open_guards();
    // `guard`: for a recommendation, which kind of "one of them must be in place" it is (none:
    // a recommendation and no more).
    let in_group = |basis: crate::questionnaire::Basis,
                    obligation: Option<crate::questionnaire::Obligation>,
                    guard: Option<bool>|
     -> Vec<&crate::engine::SafeguardResult> {
        e.gaps
            .iter()
            .filter_map(|id| e.safeguard(id))
            .filter(|s| {
                let kind = guards
                    .get(s.id.as_str())
                    .map(crate::engine::Guard::against_misuse);
                s.basis == basis
                    && obligation.is_none_or(|o| s.obligation == o)
                    && (basis == Basis::Policy || kind == guard)
                    && !s.awaits_answer
            })
            .collect()
    };
    use crate::questionnaire::{Basis, Obligation};
    let awaiting: Vec<&crate::engine::SafeguardResult> =
        e.safeguards.iter().filter(|s| s.awaits_answer).collect();
    let groups = [
        (
            in_group(Basis::Policy, Some(Obligation::Must), None),
            "Policy gaps",
            "required by the policy's words as raia reads them for this use, not in place",
        ),
        (
            awaiting,
            "Not shown yet",
            "required by the policy's words; a question that could show it is unanswered",
        ),
        (
            in_group(Basis::Practice, None, Some(true)),
            "Against misuse left open",
            "for each use left open, one of those against it must be in place, as the policy forbids such uses, whether the system makes them or lets others make them",
        ),
        (
            in_group(Basis::Practice, None, Some(false)),
            "To show a policy requirement is met",
            "one of those under each requirement named under Requirements above must be in place to show it met",
        ),
        (
            in_group(Basis::Policy, Some(Obligation::Should), None),
            "Not shown",
            "the policy says it should be done; not called a breach",
        ),
        (
            in_group(Basis::Practice, None, None),
            "Recommendations open",
            "recommended practice, not a breach of the policy",
        ),
    ];
    if e.gaps.is_empty() {
        // A requirement nothing shows is met is no safeguard gap, but it must not read as
        // "all is well" either; nor may a recommendation whose status the answers contradict
        // (consent records recorded missing beside "we keep the signed records").
        let unshown: Vec<String> = e
            .requirements
            .iter()
            .filter(|r| r.state == crate::engine::RequirementState::ToBeConfirmed)
            .map(|r| format!("\"{}\"", r.title))
            .collect();
        // Nor evidence that has lapsed or is dated after today (a review: a licence whose term
        // had ended beside "every safeguard ... is in place").
        let lapsed: Vec<String> = e
            .lapsed(Some(today))
            .map(|s| format!("\"{}\"", s.title))
            .collect();
        let planned = e.planned_later(Some(today)).count();
        let on_condition = e.lapsed_on_condition(Some(today)).count();
        // A recommendation whose status the answers contradict, where no requirement rests on
        // it: never "every safeguard ... is in place" beside it.
        let disputed: Vec<String> = e.conflicts().map(|s| format!("\"{}\"", s.title)).collect();
        if unshown.is_empty() && lapsed.is_empty() && !disputed.is_empty() {
            outln!(
                "Gaps: {} to be confirmed (the answers disagree on {}; see below); no other safeguard this use calls for is missing or planned.",
                disputed.join(", "),
                if disputed.len() == 1 {
                    "its status"
                } else {
                    "their status"
                }
            );
        } else if unshown.is_empty() && lapsed.is_empty() {
            outln!(
                "Gaps: none; every safeguard this use calls for is in place or not applicable with a reason."
            );
        } else if unshown.is_empty() {
            outln!(
                "Gaps: {} {}; see below); no other safeguard this use calls for is missing or planned.",
                lapsed.join(", "),
                if on_condition == lapsed.len() {
                    "to confirm (its approval's condition fell due, and nothing says it was met"
                } else if planned == 0 && on_condition > 0 {
                    "to renew or confirm (in place on evidence that has expired or is dated after today, or on an approval whose condition fell due unmet"
                } else if planned == 0 {
                    "to renew (its evidence has expired or is dated after today"
                } else if planned == lapsed.len() {
                    "to confirm (recorded in place but planned for a day after today"
                } else {
                    "to renew or confirm (in place on evidence that has expired or is dated after today, or planned for a day after today"
                }
            );
        } else if lapsed.is_empty() {
            outln!(
                "Gaps: {} to be confirmed (see the requirements above); no other safeguard this use calls for is missing or planned.",
                unshown.join(", "),
            );
        } else {
            // Evidence to renew is said beside them (a compliance review read expired evidence
            // nowhere in this line while a requirement rested on it).
            outln!(
                "Gaps: {} to be confirmed (see the requirements above); {} in place on evidence that has expired, is dated after today or rests on a condition that fell due (see below); no other safeguard this use calls for is missing or planned.",
                unshown.join(", "),
                lapsed.join(", "),
            );
        }
    }
    for (list, heading, meaning) in &groups {
        if list.is_empty() {
            continue;
        }
        // An overlay's own rule is never called the policy's (a tenth hostile review).
        let meaning = if *heading == "Policy gaps" && list.iter().any(|s| s.layer > 0) {
            "required by the policy's words or by the organisation's rules on top, not in place"
        } else {
            meaning
        };
        outln!(
            "{heading} ({}; {meaning}):",
            explain::plural(list.len(), "safeguard", "safeguards")
        );
        // Words first; the id only says where to record a status in the file.
        for s in list {
            let whose = match crate::explain::layer_rules(q, s.layer) {
                Some(name) if *heading == "Policy gaps" => format!(", required by {name}"),
                _ => String::new(),
            };
            let target = a.plans.get(s.id.as_str()).map_or("", |p| p.target.as_str());
            // Where it is recorded, or where to record it: a review looked for a table the
            // file did not have (SARIF names the answer's line).
            let place = if a.safeguards.contains_key(s.id.as_str()) {
                "in the file"
            } else {
                "to record it"
            };
            outln!(
                "  - {}: {}{whose}{} ({place}: [safeguards.{}])",
                s.title,
                explain::safeguard_state(s),
                explain::target_passed_clause(target, Some(today)),
                s.id
            );
        }
    }
    // The change that lowers the score most, or failing that closes the most gaps.
    if let Some(w) = e
        .what_if
        .iter()
        .filter(|w| {
            w.score_after < e.score.total || w.gaps_closed.len() > 1 || w.tier_after < e.tier
        })
        .min_by_key(|w| {
            // Lowest result first; on a tie, a policy gap before a recommendation.
            let policy = e.safeguard(&w.safeguard).is_some_and(|s| s.is_policy_gap());
            (
                w.tier_after,
                w.score_after,
                !policy,
                std::cmp::Reverse(w.gaps_closed.len()),
            )
        })
    {
        outln!("Largest single change: {}.", explain::what_if(q, &e, w));
    }
    let conflicts: Vec<&crate::engine::SafeguardResult> = e.conflicts().collect();
    if !conflicts.is_empty() || !e.contradictions.is_empty() {
        // Counted as the gate counts them: contradictions, then the statuses they hold up.
        let statuses = (!conflicts.is_empty())
            .then(|| explain::plural(conflicts.len(), "safeguard status", "safeguard statuses"));
        let judged = e.contradictions.iter().filter(|c| c.judgement).count();
        let mut parts = Vec::new();
        let pairs = e.contradictions.len() - judged;
        if pairs > 0 {
            parts.push(explain::plural(pairs, "contradiction", "contradictions"));
        }
        if judged > 0 {
            parts.push(explain::plural(judged, "judgement", "judgements"));
        }
        parts.extend(statuses);
        let counts = parts.join(", ");
        outln!("To be confirmed ({counts}):");
        for d in crate::explain::disagreements(q, &e) {
            outln!("  - {d}");
        }
    }
    // Where the latest sign-off stands, as the wizard's result and plain mode say it: a
    // rejected assessment read "Gaps: none" here with no word of the rejection (a team
    // workflow review).
    if !a.signoff.is_empty() {
        let state = crate::portfolio::SignOffState::of(q, &a, &e);
        outln!("{}", explain::sign_off_state(&state, &e, today).0);
    }
    if e.review.due.is_some() {
        outln!(
            "Review: {}{}",
            explain::review_due(q, &e),
            if e.review.overdue(today) {
                ": OVERDUE"
            } else {
                ""
            }
        );
    }
    for s in e
        .safeguards
        .iter()
        .filter(|s| s.evidence_dated_later(today))
    {
        outln!(
            "Evidence dated later: {}.",
            explain::evidence_dated_later(s)
        );
    }
    for s in e.planned_later(Some(today)) {
        outln!("Planned later: {}.", explain::planned_later(s));
    }
    for s in e.safeguards.iter().filter(|s| s.evidence_expired(today)) {
        // A condition's day is no expiry (the line says what is missing).
        let heading = if s.expires_on_condition {
            "Condition of approval unmet"
        } else {
            "Evidence expired"
        };
        outln!("{heading}: {}.", explain::evidence_expired(s));
    }
    if gate {
        let failures: Vec<crate::engine::GateFailure> =
            crate::portfolio::gate_findings(q, &a, &e, rules, today)
                .into_iter()
                .map(|f| f.failure)
                .collect();
        out.flush()?;
        return Ok(gate_verdict(q, &failures, rules.strict));
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Says on stderr whether the gate passed and why not, and returns the exit status: 3 when it
/// failed.
pub(crate) fn gate_verdict(
    q: &Questionnaire,
    failures: &[crate::engine::GateFailure],
    strict: bool,
) -> ExitCode {
    if !failures.is_empty() {
        errln!("gate: failed:");
        for f in crate::explain::gate_failures(failures, q) {
            errln!("  - {f}");
        }
        return ExitCode::from(EXIT_FINDINGS);
    }
    errln!(
        "gate: passed{}{}",
        if strict {
            " (strict)"
        } else {
            // Not "policy gaps only", which read as if there were some (a review).
            " (no gap in what the policy requires was found; --strict also fails on what it says should be done and on recommendations)"
        },
        // Whose reading of the policy passed it (a hostile review's weakened copy passed).
        if q.reads_builtin_policy_its_own_way() {
            format!(
                "; by the rules of `{}`, not raia's built-in reading of the policy",
                crate::term_text::line(q.layers.first().map_or(q.id.as_str(), |l| l.id.as_str()))
            )
        } else {
            String::new()
        }
    );
    ExitCode::SUCCESS
}

/// `raia score --gate --format sarif`: the gate's findings as SARIF on stdout, the verdict on
/// stderr, and the same exit status as the text gate.
pub(crate) fn score_sarif(
    q: &Questionnaire,
    file: &Path,
    rules: crate::portfolio::GateRules,
    today: &str,
) -> anyhow::Result<ExitCode> {
    let text = crate::textfile::read(file, "assessment")?;
    let a = assessment::parse_assessment(&file.display().to_string(), &text, q)?;
    let e = crate::engine::evaluate_on(q, &a, Some(today));
    let findings = crate::portfolio::gate_findings(q, &a, &e, rules, today);
    let mut log = crate::sarif::Log::new();
    log.add_findings(q, &a, &e, &findings, &file.to_string_lossy(), &text);
    data(&log.to_text())?;
    let failures: Vec<crate::engine::GateFailure> =
        findings.into_iter().map(|f| f.failure).collect();
    Ok(gate_verdict(q, &failures, rules.strict))
}
