//! Why a safeguard or requirement is required, contradicted, met or not, what putting one in place would change, and the plan for it, in words.

use super::*;

/// Why a condition holds for this assessment, in words, for "asked because" lines in the
/// wizard and plain mode. Reads visible answers only.
pub fn asked_because(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    c: &crate::questionnaire::Condition,
) -> String {
    c.describe_holding(&crate::engine::established(q, a, e), q)
}

/// How [`contradiction`] opens a judgement of raia's, where answers at odds open with "answers
/// disagree: ".
pub const JUDGEMENT_LEAD: &str = "raia's judgement: ";

/// A declared contradiction that holds, as "answers disagree: ... (the answers)".
pub fn contradiction(c: &crate::engine::ContradictionFinding) -> String {
    if c.judgement {
        format!("{JUDGEMENT_LEAD}{} ({})", c.message, c.answers)
    } else {
        format!("answers disagree: {} ({})", c.message, c.answers)
    }
}

/// A safeguard whose status the answers contradict, with why.
pub fn to_be_confirmed(q: &Questionnaire, s: &SafeguardResult) -> String {
    format!("\"{}\" is to be confirmed: {}", s.title, conflict(q, s))
}

/// Everything a reviewer must reconcile before trusting the result: the contradictions that
/// hold, then the safeguard statuses the answers contradict.
/// A safeguard held only by contradictions already listed is said in one line that points to
/// them, not with their whole message again (a new-user review read one paragraph four times).
pub fn disagreements(q: &Questionnaire, e: &Evaluation) -> Vec<String> {
    let listed = |s: &SafeguardResult| {
        !s.conflicts.is_empty()
            && s.conflicts.iter().all(|c| {
                matches!(c, Conflict::Contradiction { id, .. }
                    if e.contradictions.iter().any(|x| &x.id == id))
            })
    };
    e.contradictions
        .iter()
        .map(contradiction)
        .chain(e.conflicts().map(|s| {
            // Held only by judgements of raia's: settled, not reconciled.
            let judged = s.conflicts.iter().all(|c| {
                matches!(c, Conflict::Contradiction { id, .. }
                    if e.contradictions.iter().any(|x| &x.id == id && x.judgement))
            });
            if listed(s) && judged {
                format!(
                    "\"{}\" is to be confirmed until the judgement above is settled",
                    s.title
                )
            } else if listed(s) {
                format!(
                    "\"{}\" is to be confirmed until the answers that disagree above are reconciled",
                    s.title
                )
            } else {
                to_be_confirmed(q, s)
            }
        }))
        .collect()
}

/// Why a requirement applies to this use, or does not, as "applies ...".
pub fn applies_because(q: &Questionnaire, r: &RequirementResult) -> String {
    use crate::questionnaire::Applies;
    // Brought by a consequential decision the answers leave in doubt: that, not the safeguards
    // the answers call for, is why it is to be confirmed (a compliance review read "applies
    // because the answers call for" the privacy safeguards beside "required by the policy").
    if r.in_doubt && !matches!(r.why, AppliesBecause::Rule(Applies::Consequential)) {
        return format!(
            "applies if the use involves a {}, which the answers leave to be confirmed",
            q.vocabulary.consequential
        );
    }
    match &r.why {
        AppliesBecause::Rule(Applies::Always) => "applies to every use".to_string(),
        AppliesBecause::Rule(Applies::Consequential) => format!(
            "applies because the use involves a {}",
            q.vocabulary.consequential
        ),
        AppliesBecause::Rule(Applies::When) => "applies because of the answers below".to_string(),
        AppliesBecause::SafeguardsRequired(ids) => format!(
            "applies because the answers call for {}",
            ids.iter()
                .map(|id| format!(
                    "\"{}\"",
                    q.safeguard(id).map_or(id.as_str(), |s| s.title.as_str())
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        AppliesBecause::NotApplying(Applies::Consequential) => format!(
            "applies only to a use that involves a {}",
            q.vocabulary.consequential
        ),
        // The condition in words (a review read "applies only when its condition holds").
        AppliesBecause::NotApplying(_) => {
            match q.requirement(&r.id).and_then(|x| x.applies_when.as_ref()) {
                Some(c) => format!("applies only when {}", c.describe(q)),
                None => "applies only when its condition holds".to_string(),
            }
        }
    }
}

/// How a safeguard's reasons open: "required" only where the policy's words bind it, so a
/// recommendation never reads as an obligation (a reviewer saw "recommended practice" beside
/// "required because the use involves Medical diagnosis").
pub fn called_for(basis: Basis, obligation: Obligation) -> &'static str {
    match (basis, obligation) {
        (Basis::Policy, Obligation::Must) => "required",
        (Basis::Policy, Obligation::Should) => "should be in place",
        (Basis::Practice, _) => "recommended",
    }
}

/// Why a safeguard is called for in this use, as "required because ...", "recommended
/// because ..." or "should be in place because ...", by its basis ([`called_for`]).
pub fn required_because(q: &Questionnaire, r: &RequiredBecause, lead: &str) -> String {
    match r {
        RequiredBecause::Condition { holding }
        | RequiredBecause::RequirementCondition { holding } => {
            format!("{lead} because {holding}")
        }
        RequiredBecause::EveryUse { requirement } => format!(
            "{lead} for every use ({})",
            q.requirement(requirement)
                .map_or(requirement.as_str(), |r| r.title.as_str())
        ),
        RequiredBecause::Consequential { categories } => format!(
            "{lead} because the use involves a {} ({})",
            q.vocabulary.consequential,
            categories
                .iter()
                .map(|c| q.category(c).map_or(c.as_str(), |c| c.title.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Every reason a safeguard is called for, in words; empty when it is not called for. A
/// recommendation that is one of the guards the gate waits on ([`crate::engine::Evaluation::open_guards`])
/// opens "needed", not "recommended": one of them must be in place (a review read "Why one of
/// these is needed: recommended because ..." and took the safeguard for advice).
pub fn required_reasons(
    q: &Questionnaire,
    s: &SafeguardResult,
    guard: Option<&crate::engine::Guard>,
) -> Vec<String> {
    let lead = match guard {
        Some(_) if s.basis == Basis::Practice => "needed",
        _ => called_for(s.basis, s.obligation),
    };
    s.required_because
        .iter()
        .map(|r| required_because(q, r, lead))
        .collect()
}

/// Whether a reason carries what the team should do about it. The team's own reports and
/// `raia score` give it; the response to AWS states the disagreement alone (a compliance review
/// read "correct those words, or change the answer" in the letter sent to AWS).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// With what to do in brackets after the reason, for the team.
    Given,
    /// The reason alone, for a reader outside the team.
    Left,
}

/// Why the answers contradict a safeguard's status, in words, causes joined by "; ", with what
/// to do about each ([`conflict_for`] with [`Advice::Given`]). Empty when nothing contradicts it.
pub fn conflict(q: &Questionnaire, s: &SafeguardResult) -> String {
    conflict_for(q, s, Advice::Given)
}

/// [`conflict`], with or without what the team should do about each cause.
pub fn conflict_for(q: &Questionnaire, s: &SafeguardResult, advice: Advice) -> String {
    let fix = |words: &str| match advice {
        Advice::Given => format!(" ({words})"),
        Advice::Left => String::new(),
    };
    s.conflicts
        .iter()
        .map(|c| match c {
            Conflict::Contradiction {
                message, answers, ..
            } => format!("{message} ({answers})"),
            Conflict::InPlaceAgainstAnswers { answers } => format!(
                "recorded as in place, but the answers that could show it do not: {}",
                answers
                    .iter()
                    .map(|(id, answer)| format!(
                        "{} → {answer}",
                        q.question(id).map_or(id.as_str(), |x| x.prompt.as_str())
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Conflict::RecordedAgainstAnswers { status, answers } => format!(
                "recorded as {}, but the answers say it is in place: {}{}",
                status.label(),
                answers.join("; "),
                match status {
                    // An honest way out when part of it is there (a review: every letter
                    // approved, the written checklist still being drafted).
                    SafeguardStatus::Planned | SafeguardStatus::Missing => fix(
                        "if part of it is in place, record it in place with evidence that says what is still to come; otherwise change the answer"
                    ),
                    _ => String::new(),
                }
            ),
            Conflict::EvidenceAgainstAnswers { answers } => format!(
                "recorded as in place, but the evidence recorded says it was not done, while the answers say it is: {}{}",
                answers.join("; "),
                fix("correct the evidence, or change the answer")
            ),
            Conflict::WordsAgainstAnswers { shown, words } => format!(
                "an answer shows it in place ({}), but {}{}",
                shown.join("; "),
                words.join(", and "),
                fix("correct those words, or change the answer")
            ),
            Conflict::WordsAgainstRecord { words } => format!(
                "recorded as in place, but {}{}",
                words.join(", and "),
                fix("correct those words, or change the status")
            ),
            Conflict::ClaimedWithoutEvidence { holding } => format!(
                "an answer says it is there, but no evidence of it is recorded, and only evidence shows it: {holding}{}",
                fix("record it in place with the evidence, or change the answer")
            ),
            Conflict::NotApplicableUnderPolicy | Conflict::NotApplicableWhen { .. } => {
                ruled_out_words(s, c)
            }
            Conflict::ShownButAbsent { shown, holding } => format!(
                "an answer shows it in place ({}), but another says it is not there: {holding}{}",
                shown.join("; "),
                fix("correct the one that is wrong")
            ),
            Conflict::InPlaceButAbsent { holding } => {
                format!("recorded as in place, but the answers say it is not there: {holding}")
            }
            Conflict::WeakEvidence { words, because } => format!(
                "recorded as in place on evidence that names \"{words}\", which does not show it: {because}{}",
                fix("record the check that does, or change the status")
            ),
            Conflict::OtherVersion { evidence, answers } => format!(
                "recorded as in place on evidence for {evidence}, while the answers name {answers}{}",
                fix("record the evidence for the version in use, or say in it why the earlier one still holds")
            ),
            Conflict::UncoveredUse { words } => format!(
                "recorded as in place on evidence that says a use or part of the system is outside what it covers: \"{words}\"{}",
                fix("record the evidence that covers that use too, or change the status")
            ),
            Conflict::UnnamedCheck { because } => format!(
                "recorded as in place on evidence that does not name a check that shows it, or names one that is not done yet: {because}{}",
                fix("name the check in the evidence, or change the status")
            ),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why a safeguard cannot be not applicable for this use, in words (one of its
/// [`SafeguardResult::ruled_out`]).
fn ruled_out_words(s: &SafeguardResult, c: &Conflict) -> String {
    match c {
        // Where raia reads the policy more strictly than its words, it says so: a review's
        // fraud team was told "the policy's words require" a review before every card hold.
        Conflict::NotApplicableUnderPolicy if !s.reading.is_empty() => {
            "recorded as not applicable, but the policy requires it for this use, as raia reads it"
                .to_string()
        }
        // "Should" is not "require": the policy says outputs should be evaluated (a
        // review read "require" beside a gate that called the gap no breach).
        Conflict::NotApplicableUnderPolicy
            if s.obligation == crate::questionnaire::Obligation::Should =>
        {
            "recorded as not applicable, but the policy's words say it should be done for this use"
                .to_string()
        }
        Conflict::NotApplicableUnderPolicy => {
            "recorded as not applicable, but the policy's words require it for this use".to_string()
        }
        Conflict::NotApplicableWhen { holding } => {
            format!("recorded as not applicable, but it cannot be when {holding}")
        }
        _ => String::new(),
    }
}

/// A safeguard's status as a reviewer should read it: never "in place" or "not applicable"
/// unless the answers support it.
pub fn safeguard_state(s: &SafeguardResult) -> String {
    if s.is_contradicted() {
        return "to be confirmed".to_string();
    }
    // Not applicable where it cannot be: a gap, and the reader is told why at once.
    if !s.ruled_out.is_empty() {
        // "recorded as not applicable, but X, and Y": the opening said once.
        let why: Vec<String> = s
            .ruled_out
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let w = ruled_out_words(s, c);
                match w.strip_prefix("recorded as not applicable, but ") {
                    Some(rest) if i > 0 => rest.to_string(),
                    _ => w,
                }
            })
            .collect();
        return format!("not in place: {}", why.join(", and "));
    }
    if s.unjustified {
        return unjustified_state(s).to_string();
    }
    // Nothing recorded and nothing required: "missing" would read as a gap in a sheet filtered
    // on state (hostile review).
    if !s.required && s.source == StatusSource::Default {
        return "not required".to_string();
    }
    // A question that could show it is unanswered: not missing yet.
    if s.answer_pending {
        return "not shown yet: a question that could show it is unanswered".to_string();
    }
    if s.status == SafeguardStatus::Missing && !s.answers_show_nothing.is_empty() {
        let prompts: Vec<String> = s
            .answers_show_nothing
            .iter()
            .map(|p| format!("\"{p}\""))
            .collect();
        return format!(
            "{}: the answer to {} does not show it",
            s.status.label(),
            crate::explain::join_and(&prompts)
        );
    }
    s.status.label().to_string()
}

/// Where a safeguard is missing because answers given show nothing checkable, what would show
/// it, in words: the wizard's hint read "... and Name the accountable owner and their role. is
/// answered" beside an answered question (a review).
pub fn answers_to_change(s: &SafeguardResult) -> Option<String> {
    if s.status != SafeguardStatus::Missing || s.answers_show_nothing.is_empty() {
        return None;
    }
    let prompts: Vec<String> = s
        .answers_show_nothing
        .iter()
        .map(|p| format!("\"{p}\""))
        .collect();
    Some(format!(
        "change the answer to {} so that it shows it: the one given names nothing a reviewer can check.",
        crate::explain::join_and(&prompts)
    ))
}

/// Text that is more than a placeholder: "n/a", "-" or "None yet" are no evidence given; "IT" or
/// "Covered by our ISO 27001 certification" are evidence given that does not show the work (a
/// compliance review read "no evidence given" beside "IT").
fn says_something(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && !crate::engine::is_placeholder(t) || t.split_whitespace().nth(2).is_some()
}

/// A status recorded with nothing behind it, in words: none given, or text that is none (it
/// says the work is not done or is to come, is a placeholder, or is not about this system; a
/// review read "no evidence given" beside evidence quoted in the same report).
pub fn unjustified_state(s: &SafeguardResult) -> &'static str {
    match (s.status, says_something(&s.evidence)) {
        // The words a reader stops at come first: a status the answers do not support never
        // opens "in place" or "not applicable" (a reports review sorted a sheet by its state).
        (SafeguardStatus::InPlace, false) => "not shown in place: no evidence given",
        (SafeguardStatus::InPlace, true) => {
            "not shown in place: the evidence given does not show it"
        }
        (_, false) => "not shown to be not applicable: no reason given",
        (_, true) => "not shown to be not applicable: the text given is no reason",
    }
}

/// A gap's line in the remediation plan: who puts it in place and by when, or what the plan
/// lacks. `owner` and `target` are the safeguard's recorded owner and target date ("" if none).
pub fn plan(s: &SafeguardResult, owner: &str, target: &str, today: Option<&str>) -> String {
    // A target already past is no live commitment (a review read a plan 14 months overdue as
    // current in a response to AWS).
    let passed = if target_passed(target, today) {
        ", a target that has passed"
    } else {
        ""
    };
    let who_when = match (owner.trim(), target.trim()) {
        ("", "") => None,
        (o, "") => Some(format!("{o} to put it in place; no target date set")),
        ("", t) => Some(format!("to be in place by {t}{passed}; no owner named")),
        (o, t) => Some(format!("{o} to put it in place by {t}{passed}")),
    };
    match (s.status, who_when) {
        (SafeguardStatus::Planned, Some(w)) => format!("planned: {w}"),
        (SafeguardStatus::Planned, None) => {
            "planned, but with no owner and no target date: record both beside its status".into()
        }
        // A plan kept beside a status recorded in place that the answers contradict.
        (SafeguardStatus::InPlace, Some(w)) => format!("recorded in place, with a plan: {w}"),
        (_, Some(w)) => format!("not in place yet: {w}"),
        (_, None) => "not planned: no owner and no target date recorded".into(),
    }
}

/// A safeguard's state on its line of the remediation plan: as [`safeguard_state`], except that
/// a plan recorded beside a status the answers contradict says what the file records and what
/// the answers say ("recorded planned; the answers say it is in place, so it is to be
/// confirmed"), where "to be confirmed" alone hid the plan's own status (a compliance review
/// found such a plan, its owner and its date in no report).
pub fn plan_state(s: &SafeguardResult) -> String {
    if !s.is_contradicted() {
        return safeguard_state(s);
    }
    let recorded = format!("recorded {}", s.status.label());
    if s.conflicts
        .iter()
        .any(|c| matches!(c, Conflict::RecordedAgainstAnswers { .. }))
    {
        format!("{recorded}; the answers say it is in place, so it is to be confirmed")
    } else {
        format!("{recorded}; the answers disagree, so it is to be confirmed")
    }
}

/// What a safeguard's "good looks like" asks for, in its first clause: the remediation plan
/// the information request gives AWS states what is missing, not the advice to the team that
/// follows it (a review of honest teams read "check your jurisdiction" there).
pub fn good_in_short(good: &str) -> String {
    let good = good.trim();
    // The first "; " or ". " outside brackets that ends no abbreviation ("e.g. a licence").
    let mut depth = 0usize;
    let mut end = good.len();
    for (i, c) in good.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ';' | '.' if depth == 0 && good.get(i + 1..).is_some_and(|r| r.starts_with(' ')) => {
                let before = good.get(..i).unwrap_or("");
                if !(before.ends_with("e.g") || before.ends_with("i.e")) {
                    end = i;
                    break;
                }
            }
            _ => {}
        }
    }
    let first = good.get(..end).unwrap_or(good).trim_end_matches(['.', ';']);
    format!("{first}.")
}

/// Whether a plan's target date is a date before `today`.
pub fn target_passed(target: &str, today: Option<&str>) -> bool {
    let t = target.trim();
    crate::answer::valid_date(t) && today.is_some_and(|d| crate::answer::valid_date(d) && t < d)
}

/// Where a status came from, in words.
pub fn source(s: &SafeguardResult) -> &'static str {
    match s.source {
        StatusSource::Assessment => "recorded in the assessment",
        StatusSource::Answer => "shown by an answer",
        StatusSource::Default => "nothing recorded",
    }
}

/// Titles in quotes, joined with "and".
fn quoted_titles(titles: &[crate::questionnaire::Text]) -> String {
    let quoted: Vec<String> = titles.iter().map(|t| format!("\"{t}\"")).collect();
    super::join_and(&quoted)
}

/// A requirement's state in words.
pub fn requirement_state(r: &RequirementResult) -> String {
    match r.state {
        RequirementState::DoesNotApply => "nothing is required for this use".to_string(),
        RequirementState::Met => {
            // Which safeguard carries it, where the policy leaves the means to the team: each
            // is listed as recommended practice, and one of them is what shows it met.
            let by = match r.met_by.len() {
                0 => String::new(),
                1 => format!(": {} is in place", quoted_titles(&r.met_by)),
                _ => format!(": {} are in place", quoted_titles(&r.met_by)),
            };
            match r.recommendations.len() {
                0 => format!("met{by}"),
                1 => format!("met{by}; 1 recommendation open"),
                n => format!("met{by}; {n} recommendations open"),
            }
        }
        RequirementState::NotApplicable => "not applicable, with reasons given".to_string(),
        RequirementState::ToBeConfirmed => "to be confirmed".to_string(),
        RequirementState::NotMet => "not met".to_string(),
        RequirementState::NotShown => "not shown".to_string(),
        RequirementState::Open => match r.recommendations.len() {
            1 => "1 recommendation open".to_string(),
            n => format!("{n} recommendations open"),
        },
    }
}

/// [`safeguard_state_on`] within evaluation `e`: a safeguard the answers do not call for, while
/// they leave a consequential decision in doubt, is not required by the answers as they stand
/// rather than "not required" (a hostile review read "not required" beside human review in
/// the CSV, the one format with no word of the doubt).
pub fn safeguard_state_on_in(e: &Evaluation, s: &SafeguardResult, today: Option<&str>) -> String {
    let state = safeguard_state_on(s, today);
    if state == "not required" && e.consequential_in_doubt() {
        "not required by the answers as they stand; a consequential decision, to be confirmed, may require it".to_string()
    } else if s.required && state == SafeguardStatus::NotApplicable.label() {
        // A reason given is the team's word: every report says it is for a reviewer to confirm,
        // as the Markdown report's summary line does (a compliance review read a bare "not
        // applicable" in the CSV and the response to AWS beside that line).
        format!("{state}, for a reviewer to confirm")
    } else {
        state
    }
}

/// [`safeguard_state`] as of `today`: in place on evidence that has expired or is dated after
/// today says so, in every mode (a review saw the wizard's row say "in place" while the
/// report said it expired).
pub fn safeguard_state_on(s: &SafeguardResult, today: Option<&str>) -> String {
    match today {
        Some(t) if s.evidence_expired(t) && s.expires_on_condition => format!(
            "in place, but a condition of its approval fell due on {} and nothing says it was met",
            s.evidence_expires
        ),
        Some(t) if s.evidence_expired(t) => format!(
            "in place, but its evidence expired on {}",
            s.evidence_expires
        ),
        Some(t) if s.evidence_dated_later(t) => format!(
            "in place, but its evidence is dated {}, after today",
            s.evidence_date
        ),
        Some(t) if s.planned_later(t) => format!(
            "recorded in place, but planned for {}, after today",
            s.plan_target
        ),
        _ => safeguard_state(s),
    }
}

/// [`requirement_state`] as of `today`: "met" on evidence that has since expired (or is dated
/// after today) says so, as the gate fails on it (a review read "met" beside an expired risk
/// assessment).
pub fn requirement_state_on(e: &Evaluation, r: &RequirementResult, today: Option<&str>) -> String {
    if requirement_state_as_of(e, r, today) == r.state {
        return requirement_state(r);
    }
    // Not "met, but ...": the gate fails on it, and a reports review read `met: true` in the
    // JSON beside that failure.
    format!(
        "to be confirmed: {}",
        lapse_reasons(lapsed_under(e, r, today), today)
    )
}

/// Where requirement `r` stands as of `today`: one met by the answers on evidence that has
/// expired or is dated after `today` is to be confirmed, in every mode, as the gate fails on it.
pub fn requirement_state_as_of(
    e: &Evaluation,
    r: &RequirementResult,
    today: Option<&str>,
) -> RequirementState {
    if r.state == RequirementState::Met && lapsed_under(e, r, today).next().is_some() {
        RequirementState::ToBeConfirmed
    } else {
        r.state
    }
}

/// Why safeguards in place on evidence lapsed as of `today`, or planned for a day after it, do
/// not count, in words: "the evidence of "X" has expired or is dated after today, so it must be
/// renewed; "Y" is recorded in place but planned for a day after today".
pub(crate) fn lapse_reasons<'a>(
    lapsed: impl Iterator<Item = &'a SafeguardResult>,
    today: Option<&str>,
) -> String {
    let (later, renew): (Vec<&SafeguardResult>, Vec<&SafeguardResult>) =
        lapsed.partition(|s| today.is_some_and(|t| s.planned_later(t)));
    let titles = |l: &[&SafeguardResult]| -> Vec<String> {
        l.iter().map(|s| format!("\"{}\"", s.title)).collect()
    };
    // An approval whose condition fell due is not said to have expired: what it lacks is a
    // word that the condition was met.
    let (on_condition, renew): (Vec<&SafeguardResult>, Vec<&SafeguardResult>) = renew
        .into_iter()
        .partition(|s| s.expires_on_condition && today.is_some_and(|t| s.evidence_expired(t)));
    let mut why = Vec::new();
    if !renew.is_empty() {
        why.push(format!(
            "the evidence of {} has expired or is dated after today, so {} must be renewed",
            super::join_and(&titles(&renew)),
            if renew.len() == 1 { "it" } else { "they" }
        ));
    }
    if !on_condition.is_empty() {
        why.push(format!(
            "the evidence of {} gives an approval on a condition that fell due, and does not say the condition was met",
            super::join_and(&titles(&on_condition)),
        ));
    }
    if !later.is_empty() {
        why.push(format!(
            "{} {} recorded in place but planned for a day after today",
            super::join_and(&titles(&later)),
            if later.len() == 1 { "is" } else { "are" }
        ));
    }
    why.join("; ")
}

/// The safeguards under `r` in place on evidence lapsed as of `today` (none without a day).
fn lapsed_under<'a>(
    e: &'a Evaluation,
    r: &'a RequirementResult,
    today: Option<&'a str>,
) -> impl Iterator<Item = &'a SafeguardResult> + 'a {
    r.safeguards
        .iter()
        .filter_map(|id| e.safeguard(id))
        .filter(move |s| today.is_some_and(|t| s.evidence_lapsed(t)))
}

/// Why a requirement is "to be confirmed" when no status under it says more.
pub(crate) const NOTHING_SHOWS: &str = "nothing in the answers shows how it is met";

/// Why a requirement is "to be confirmed", when it is.
pub fn requirement_note(q: &Questionnaire, e: &Evaluation, r: &RequirementResult) -> String {
    if r.state != RequirementState::ToBeConfirmed {
        return String::new();
    }
    let titles = |f: &dyn Fn(&SafeguardResult) -> bool| -> Vec<String> {
        r.safeguards
            .iter()
            .filter_map(|id| e.safeguard(id))
            .filter(|s| f(s))
            .map(|s| format!("\"{}\"", s.title))
            .collect()
    };
    let contradicted = titles(&|s| s.is_contradicted());
    let unjustified =
        titles(&|s| s.unjustified && !s.is_contradicted() && s.status != SafeguardStatus::InPlace);
    let unevidenced =
        titles(&|s| s.unjustified && !s.is_contradicted() && s.status == SafeguardStatus::InPlace);
    let mut parts = Vec::new();
    if r.in_doubt {
        parts.push(format!(
            "it applies to a use that involves a {}, and the answers leave that to be confirmed",
            q.vocabulary.consequential
        ));
    }
    if !contradicted.is_empty() {
        parts.push(format!(
            "the answers leave the status of {} to be confirmed",
            contradicted.join(", ")
        ));
    }
    if !unjustified.is_empty() {
        parts.push(format!(
            "no reason is given why {} {} not apply",
            unjustified.join(", "),
            if unjustified.len() == 1 { "does" } else { "do" }
        ));
    }
    if !unevidenced.is_empty() {
        let given = !titles(&|s| {
            s.unjustified
                && !s.is_contradicted()
                && s.status == SafeguardStatus::InPlace
                && says_something(&s.evidence)
        })
        .is_empty();
        parts.push(format!(
            "nothing shows that {} {} in place: no answer shows it, and {}",
            unevidenced.join(", "),
            if unevidenced.len() == 1 { "is" } else { "are" },
            if given {
                "the evidence given does not show it"
            } else {
                "no evidence"
            }
        ));
    }
    // Shown only by a question still unanswered (a reports review read a blank question as
    // non-compliance).
    let unanswered: foldhash::HashSet<&str> = e.unanswered.iter().map(|x| x.as_str()).collect();
    let awaiting: Vec<String> = r
        .safeguards
        .iter()
        .filter_map(|id| e.safeguard(id))
        .filter(|s| s.awaits_answer)
        .map(|s| {
            let quoted: Vec<String> = crate::engine::awaiting_questions(q, &s.id, &unanswered)
                .map(|id| format!("\"{}\"", q.question(id).map_or(id, |x| x.prompt.as_str())))
                .collect();
            format!(
                "\"{}\" is in place, since {} {} unanswered",
                s.title,
                super::join_and(&quoted),
                if quoted.len() == 1 { "is" } else { "are" }
            )
        })
        .collect();
    if !awaiting.is_empty() {
        parts.push(format!(
            "nothing shows yet whether {}",
            awaiting.join("; nor whether ")
        ));
    }
    // In place, but required for another reason (personal data, a concern, any consequential
    // use alike): not what this kind of decision calls for, which is what the requirement asks
    // (a hostile review read "nothing shows it" beside two safeguards listed in place).
    let elsewhere = titles(&|s| {
        s.required && !s.for_consequential && s.holds() && s.status == SafeguardStatus::InPlace
    });
    if parts.is_empty() && !elsewhere.is_empty() {
        let open = titles(&|s| {
            s.required
                && s.for_consequential
                && !(s.holds() && s.status == SafeguardStatus::InPlace)
        });
        let is = if elsewhere.len() == 1 { "is" } else { "are" };
        // Recorded not applicable, each with its reason: said so, not as if they were missing
        // (a review of honest teams read "none ... is in place" beside those reasons).
        let not_applicable = titles(&|s| {
            s.required
                && s.for_consequential
                && s.holds()
                && s.status == SafeguardStatus::NotApplicable
        });
        let calls_for = if open.is_empty() {
            "it calls for none the questionnaire names, so a reviewer has to confirm which safeguards suit it".to_string()
        } else if not_applicable.len() == open.len() {
            format!(
                "the safeguards it calls for ({}) are recorded not applicable, so none shows it met: one in place would, or a reviewer confirms which safeguards suit this use",
                open.join(", ")
            )
        } else {
            format!(
                "none of the safeguards it calls for ({}) is in place",
                open.join(", ")
            )
        };
        // Not "for other reasons": a new user read that beside the medical safeguard they had
        // just ticked (patients told), which shows the notice every such use needs.
        parts.push(format!(
            "{} {is} in place, but {} needed by every use of this kind or for another reason (personal data, a misuse concern, people's physical safety), not specific to this kind of decision; {calls_for}",
            super::join_and(&elsewhere),
            if elsewhere.len() == 1 { "it is" } else { "they are" }
        ));
    }
    if parts.is_empty() {
        NOTHING_SHOWS.to_string()
    } else {
        parts.join("; ")
    }
}

/// What putting one gap's safeguard in place would change, in a sentence.
pub fn what_if(q: &Questionnaire, e: &Evaluation, w: &WhatIf) -> String {
    let v = &q.vocabulary;
    let with = if w.answers.is_empty() {
        String::new()
    } else {
        format!(" (with {})", w.answers.join("; "))
    };
    let score = if w.score_after == e.score.total {
        "score unchanged".to_string()
    } else if w.score_after > e.score.total && !w.answers.is_empty() {
        // Closing a gap raising the score reads as a mistake unless it says why (new-user pass:
        // a scheduled sample carries more risk points than staff checking every result).
        format!(
            "score {} → {}, since that answer carries more risk points than the one it replaces",
            e.score.total, w.score_after
        )
    } else {
        format!("score {} → {}", e.score.total, w.score_after)
    };
    let tier = if w.tier_after == e.tier {
        format!("tier stays {}", v.tier(e.tier))
    } else if w.tier_after < e.tier && e.consequential_in_doubt() {
        // A lower tier while a consequential decision is in doubt holds only if there is none
        // (a compliance review read "tier high → medium" for an insurer's auto-denials).
        format!(
            "tier {} → {} only if the answers in doubt show no {}",
            v.tier(e.tier),
            v.tier(w.tier_after),
            v.consequential
        )
    } else {
        format!("tier {} → {}", v.tier(e.tier), v.tier(w.tier_after))
    };
    let title = |id: &crate::questionnaire::Text| {
        e.safeguard(id)
            .map_or_else(|| id.to_string(), |s| format!("\"{}\"", s.title))
    };
    // By kind, as the lists above it are headed: "1 gap closed" under "Policy gaps" read as a
    // policy gap closing when it was a recommendation (a review of honest teams).
    let closed: Vec<_> = w
        .gaps_closed
        .iter()
        .filter_map(|id| e.safeguard(id))
        .collect();
    let misuse = e.open_misuse_guards();
    // Nor a safeguard one of which must be in place to show a requirement of the policy met (a
    // compliance review read "1 recommendation closed" beside "needed to show ... is met").
    let guards = e.open_guards();
    // Each closed gap's kind, in the order the kinds are counted below.
    let kind_of = |s: &SafeguardResult| -> usize {
        if s.is_policy_gap() {
            0
        } else if s.is_should_gap() {
            1
        } else if misuse.contains(s.id.as_str()) {
            2
        } else if matches!(
            guards.get(s.id.as_str()),
            Some(crate::engine::Guard::Requirement(_))
        ) {
            3
        } else {
            4
        }
    };
    let count = |k: usize| closed.iter().filter(|s| kind_of(s) == k).count();
    let kinds = [
        (count(0), "policy gap", "policy gaps"),
        (
            count(1),
            "safeguard the policy says should be in place",
            "safeguards the policy says should be in place",
        ),
        // Listed apart from recommendations, as the gaps are: one of them must be in place
        // (a hostile review read "1 recommendation closed" for the guard the gate failed on).
        (
            count(2),
            "guard against misuse left open",
            "guards against misuse left open",
        ),
        (
            count(3),
            "gap a requirement of the policy waits on",
            "gaps requirements of the policy wait on",
        ),
        (
            w.gaps_closed.len() - (0..4).map(count).sum::<usize>(),
            "recommendation",
            "recommendations",
        ),
    ];
    let words: Vec<String> = kinds
        .iter()
        .filter(|(n, ..)| *n > 0)
        .map(|&(n, one, many)| plural(n, one, many))
        .collect();
    // The names in the order of the counts before them: a new-user trial read "1 gap a
    // requirement of the policy waits on and 1 recommendation closed ("Notice that AI is
    // used", "Explanation to affected people")", the recommendation named first.
    let mut named: Vec<(usize, &crate::questionnaire::Text)> = w
        .gaps_closed
        .iter()
        .map(|id| (e.safeguard(id).map_or(4, &kind_of), id))
        .collect();
    named.sort_by_key(|(k, _)| *k);
    let mut gaps = match w.gaps_closed.len() {
        0 => "no gap closed".to_string(),
        1 => format!("{} closed", words.join(" and ")),
        _ => format!(
            "{} closed ({})",
            words.join(" and "),
            named
                .iter()
                .map(|(_, id)| title(id))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    if !w.gaps_opened.is_empty() {
        gaps.push_str(&format!(
            ", and it would newly require {}",
            w.gaps_opened
                .iter()
                .map(title)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    // What the changed answers would also bring, so no closure is promised that the
    // evaluation would not give (a review: the answer named made the safeguard contradicted).
    let mut but = Vec::new();
    if !w.contradictions_opened.is_empty() {
        but.push(format!(
            "the answers would then disagree ({})",
            w.contradictions_opened
                .iter()
                .map(|m| m.trim_end_matches('.').to_string())
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    if !w.gaps_to_confirm.is_empty() {
        let titles: Vec<String> = w.gaps_to_confirm.iter().map(title).collect();
        but.push(format!(
            "{} would be to be confirmed, not closed",
            super::join_and(&titles)
        ));
    }
    if w.questions_opened > 0 {
        but.push(format!(
            "{} would need an answer",
            plural(w.questions_opened, "more question", "more questions")
        ));
    }
    if !but.is_empty() {
        gaps.push_str(&format!("; but {}", but.join(", ")));
    }
    format!("{}{with}: {score}, {tier}, {gaps}", w.title)
}

/// "1 required question unanswered and 2 required notes missing".
pub fn missing(unanswered: usize, notes: usize) -> String {
    let qs = plural(
        unanswered,
        "required question unanswered",
        "required questions unanswered",
    );
    let ns = plural(notes, "required note missing", "required notes missing");
    match (unanswered, notes) {
        (0, 0) => String::new(),
        (_, 0) => qs,
        (0, _) => ns,
        _ => format!("{qs} and {ns}"),
    }
}

/// How many required safeguards are still open, the same words in the live panel, its
/// one-line strip and the result step: "Missing or planned: 2 of 18 required, 1 by the policy."
/// A planned safeguard is not in place yet, so it counts.
pub fn open_safeguards(e: &Evaluation, today: Option<&str>) -> String {
    // Counted in one walk: the wizard words this after every key, and at 10,000 questions a
    // walk over every safeguard for each count was a tenth of it (issue 7).
    let (mut required, mut lapsed, mut unsettled) = (0, 0, 0);
    for s in &e.safeguards {
        required += usize::from(s.required);
        // Nor beside evidence that has lapsed or is dated later, as of today (a review: a voice
        // licence whose term had ended read as in place here).
        lapsed += usize::from(today.is_some_and(|t| s.evidence_lapsed(t)));
        // A status the answers contradict is neither a gap nor in place: never "all in place"
        // beside one (a review: consent records nothing backed read as in place here).
        unsettled += usize::from(s.required && s.is_contradicted());
    }
    let unsettled_words = plural(unsettled, "is to be confirmed", "are to be confirmed");
    // Not "all in place" while the answers leave a consequential decision in doubt: what one
    // would call for is not counted yet (a review read "All 7 ... in place" for a flood model
    // refusing home cover).
    if e.gaps.is_empty() && unsettled == 0 && lapsed == 0 && e.consequential_in_doubt() {
        return format!(
            "All {required} safeguards the answers call for now are in place or not applicable with a reason; those a consequential decision would call for are to be confirmed with it."
        );
    }
    match (e.gaps.is_empty(), unsettled) {
        (true, 0) if lapsed > 0 => {
            let planned = e.planned_later(today).count();
            let on_condition = e.lapsed_on_condition(today).count();
            let renew = lapsed - planned - on_condition;
            let mut parts = Vec::new();
            if renew > 0 {
                parts.push(format!(
                    "{} in place on evidence that has expired or is dated after today: renew {}",
                    plural(renew, "is", "are"),
                    if renew == 1 { "it" } else { "them" }
                ));
            }
            if on_condition > 0 {
                parts.push(format!(
                    "{} in place on an approval whose condition fell due, and nothing says it was met: record that it was, with the day, or renew the approval",
                    plural(on_condition, "is", "are"),
                ));
            }
            if planned > 0 {
                parts.push(format!(
                    "{} recorded in place but planned for a day after today: record {} as planned until then, or clear the target date if the work is done",
                    plural(planned, "is", "are"),
                    if planned == 1 { "it" } else { "them" }
                ));
            }
            format!(
                "Of the {required} safeguards this use calls for, {}; the rest are in place or not applicable with a reason.",
                parts.join("; ")
            )
        }
        (true, 0) => format!(
            "All {required} safeguards this use calls for are in place or not applicable with a reason."
        ),
        (true, _) => format!(
            "Of the {required} safeguards this use calls for, {unsettled_words}: the answers contradict what is recorded; the rest are in place or not applicable with a reason."
        ),
        (false, 0) => format!(
            "Missing or planned: {} of the {required} this use needs ({}).",
            e.gaps.len(),
            gaps_by_basis(e)
        ),
        (false, _) => format!(
            "Missing or planned: {} of the {required} this use needs ({}); {unsettled_words}.",
            e.gaps.len(),
            gaps_by_basis(e)
        ),
    }
}

/// The open safeguards by what binds them, so a recommendation never reads as a requirement:
/// "2 the policy requires, 6 recommended".
pub fn gaps_by_basis(e: &Evaluation) -> String {
    // Over the results, not the gap ids: looking each id up was quadratic (issue 7). In one
    // walk, as in [`open_safeguards`].
    let (mut policy, mut should, mut practice, mut awaiting) = (0, 0, 0, 0);
    for s in &e.safeguards {
        policy += usize::from(s.is_policy_gap());
        should += usize::from(s.is_should_gap());
        practice += usize::from(s.is_practice_gap());
        awaiting += usize::from(s.awaits_answer);
    }
    // Recommendations that stand against misuse left open are counted apart: one of them must
    // be in place (a new-user review read "0 the policy requires" beside a gate failing on one).
    let (against, to_show) = e.open_guard_gaps();
    // A count of none is left out: "0 the policy requires" beside "1 that must be in place to
    // show a requirement of the policy is met" read as a contradiction (a wizard review).
    let mut parts = Vec::new();
    if policy > 0 {
        parts.push(format!("{policy} the policy requires"));
    }
    // "It" once the policy has been named in an earlier part.
    let it = |parts: &Vec<String>| if parts.is_empty() { "the policy" } else { "it" };
    if awaiting > 0 {
        let it = it(&parts);
        parts.push(if awaiting == 1 {
            format!("1 {it} requires not shown yet, as a question that could show it is unanswered")
        } else {
            format!(
                "{awaiting} {it} requires not shown yet, as questions that could show them are unanswered"
            )
        });
    }
    if should > 0 {
        let it = it(&parts);
        parts.push(format!("{should} {it} says should be in place"));
    }
    if against == 1 {
        parts.push("1 that must be in place against misuse left open".into());
    } else if against > 1 {
        parts.push(format!(
            "{against} against misuse left open, one against each use left open to be in place"
        ));
    }
    if to_show == 1 {
        parts.push("1 that must be in place to show a requirement of the policy is met".into());
    } else if to_show > 1 {
        parts.push(format!(
            "{to_show} to show a requirement of the policy is met, one under each such requirement to be in place"
        ));
    }
    if practice > against + to_show {
        parts.push(format!("{} recommended", practice - against - to_show));
    }
    if parts.is_empty() {
        parts.push(format!("{policy} the policy requires"));
    }
    parts.join(", ")
}

/// [`open_safeguards`] for one line: "missing or planned: 2 of 18", and what is to be
/// confirmed, so a small window never reads as a pass beside a contradicted status (a new-user
/// review saw "missing or planned: 0 of 19" while the verdict was "to be confirmed").
pub fn open_safeguards_short(e: &Evaluation) -> String {
    let required = e.safeguards.iter().filter(|s| s.required).count();
    // Named apart, as the result names them: "4 to confirm" added safeguards to confirm to
    // pairs of answers that disagree, a number no other screen showed (a wizard review).
    let mut first = Vec::new();
    match e.contradictions.len() {
        0 => {}
        1 => first.push("1 contradiction".to_string()),
        n => first.push(format!("{n} contradictions")),
    }
    match e.conflicts().count() {
        0 => {}
        n => first.push(format!("{n} to confirm")),
    }
    // First, so a narrow strip cuts the count rather than this.
    first.push(format!(
        "missing or planned: {} of {required}",
        e.gaps.len()
    ));
    first.join(" · ")
}
