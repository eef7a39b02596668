//! `raia diff`: what changed between two versions of an assessment, in words a reviewer reads:
//! the answers (prompts and option labels), the tier and score, the safeguards now in place or
//! no longer, and whether each sign-off still holds. Both sides are evaluated by the engine;
//! nothing is decided here.

use crate::assessment::Assessment;
use crate::engine::{Evaluation, evaluate};
use crate::questionnaire::Questionnaire;
use serde::Serialize;

/// One answer that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerChange {
    pub question: String,
    pub prompt: String,
    /// The answer as a person reads it; empty when there was none.
    pub before: String,
    pub after: String,
    /// For a safeguard record, how the answers read the later one where they do not take it
    /// as written ("not in place: recorded as not applicable, but the policy requires it ...");
    /// empty otherwise.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub read_as: String,
}

/// A sign-off on the earlier version, and whether it still covers the later one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignOffHold {
    pub name: String,
    pub decision: String,
    pub date: String,
    /// It approved the earlier version as it stood.
    pub current_before: bool,
    /// It still names the later version's assessment hash (and is still in its file).
    pub holds_after: bool,
    /// Whether the later version's file still records it: `kept`, `removed`, or `added` for
    /// one only the later version records (a hostile review deleted a rejection, and the diff
    /// said it "holds for the later version"; one rewritten in place is removed and added).
    pub change: SignOffChange,
    /// For one edited in place (same reviewer, decision and answers, another date): the date
    /// it had before.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub was_date: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignOffChange {
    Kept,
    Removed,
    Added,
    /// The same reviewer's sign-off of the same answers with the same decision, its date
    /// changed by hand (a review moved an approval's date to put an overdue review off).
    Edited,
}

/// A prohibited use whose standing changed: ids for tools, words for people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProhibitionChange {
    pub id: String,
    pub title: String,
    /// `clear`, `concern`, `to-be-confirmed` or `confirmed`, as the report's `status`.
    pub before: String,
    pub after: String,
    pub before_label: String,
    pub after_label: String,
}

/// An answer kept in both versions that stopped or started counting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountingChange {
    pub question: String,
    pub prompt: String,
    pub answer: String,
    /// Whether it counts in the later version.
    pub counts_after: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    pub before_name: String,
    pub after_name: String,
    pub tier_before: String,
    pub tier_after: String,
    pub score_before: u32,
    pub score_after: u32,
    /// Whether the score counts in each version: a confirmed prohibited use decides instead.
    pub score_counts_before: bool,
    pub score_counts_after: bool,
    /// Prohibited uses whose standing changed (confirmed, a concern left open or guarded, to be
    /// confirmed, clear), each "title: before → after" in words. A review saw a diff from
    /// clear to to-be-confirmed for lethal weapons say nothing of it.
    pub prohibitions: Vec<ProhibitionChange>,
    /// What each version still lacks to be complete ("1 required question unanswered"); empty
    /// when it is complete. An answer changed to a placeholder ("n/a") makes it incomplete.
    pub missing_before: String,
    pub missing_after: String,
    pub answers: Vec<AnswerChange>,
    /// Answers the same in both versions whose question other answers hid or showed, so that
    /// they stopped or started counting: each with the answer as `before` and `after`, and which
    /// way in `counted` (a review unticked one area and nine answers, "it decides" among them,
    /// stopped counting unseen).
    pub counting: Vec<CountingChange>,
    /// Questions whose note changed, by prompt.
    pub notes: Vec<String>,
    /// System details that changed (name, description, owner...), each "label: before → after".
    pub details: Vec<AnswerChange>,
    /// Safeguard records (status or evidence in `[safeguards]`) that changed, by title.
    pub records: Vec<AnswerChange>,
    /// Remediation plans (a safeguard's `owner` and `target`) that changed, by title. They are
    /// outside the assessment hash, so no sign-off goes stale on them, but the response to AWS
    /// gives them: a review moved a passed target two years on after approval, unseen.
    pub plans: Vec<AnswerChange>,
    /// Safeguards in place after, whose status did not hold before (in place, or not applicable
    /// with a reason), and the other way round: titles.
    pub safeguards_gained: Vec<String>,
    pub safeguards_lost: Vec<String>,
    /// Safeguards recorded not applicable, with a reason, after, whose status did not hold
    /// before: titles. Not "in place": a reviewer confirms the reason (a review read "now in
    /// place" for a safeguard the team had said does not apply).
    pub safeguards_not_applicable_now: Vec<String>,
    /// Recorded not applicable with a reason before, and neither that nor in place after.
    pub safeguards_not_applicable_no_longer: Vec<String>,
    /// In place in both, but called for by the answers in only one: titles. A review read "no
    /// longer in place" for safeguards still in place that the answers stopped calling for.
    pub called_for_now: Vec<String>,
    pub called_for_no_longer: Vec<String>,
    /// Gaps of the earlier version the later one no longer calls for: closed by changing the
    /// answers, not by putting anything in place.
    pub gaps_no_longer_called_for: Vec<String>,
    /// Gaps of the later version the earlier one did not call for: newly asked of the use and
    /// not in place (a review saw a diff list only what went away).
    pub gaps_now_called_for: Vec<String>,
    /// Required in the later version with its status and its answers disagreeing, either way,
    /// and not so in the earlier: to be confirmed, not "no longer in place" nor a gap closed (a
    /// review read "not in place: 2 → 0" where two gaps had become contradicted statuses).
    pub safeguards_to_confirm: Vec<String>,
    pub policy_gaps_before: usize,
    pub policy_gaps_after: usize,
    /// Required safeguards whose status is to be confirmed, in each version.
    pub to_confirm_before: usize,
    pub to_confirm_after: usize,
    /// Why `raia score --gate` fails for each version on the day given (`--today`, else today),
    /// in words; empty when it passes.
    pub gate_before: Vec<String>,
    pub gate_after: Vec<String>,
    /// Declared contradictions that hold in the later version and not in the earlier, in words.
    pub contradictions_new: Vec<String>,
    /// Those that held in the earlier version and no longer do.
    pub contradictions_gone: Vec<String>,
    /// Sign-offs of either version (those added in the later one count as holding if current).
    pub signoffs: Vec<SignOffHold>,
}

fn holding(e: &Evaluation) -> Vec<&crate::engine::SafeguardResult> {
    e.safeguards
        .iter()
        .filter(|s| s.required && s.holds())
        .collect()
}

/// Whether two answers are the same, line breaks of either kind alike.
fn same_answer(b: Option<&crate::answer::Answer>, a: Option<&crate::answer::Answer>) -> bool {
    use crate::answer::Answer;
    match (b, a) {
        (Some(Answer::Text(x)), Some(Answer::Text(y))) => {
            crate::answer::lf(x) == crate::answer::lf(y)
        }
        _ => b == a,
    }
}

/// Compares `before` (named `before_name`) with `after`, both read against `q`.
pub fn diff(
    q: &Questionnaire,
    before_name: &str,
    before: &Assessment,
    after_name: &str,
    after: &Assessment,
    today: Option<&str>,
) -> Diff {
    diff_from(q, None, before_name, before, after_name, after, today)
}

/// [`diff`], where `before` was made with the older release `made_with` and carried to `q`'s
/// version in memory: its sign-offs are judged against the release they were given under, so
/// one that held before the migration reads as no longer holding after it, not as "already
/// stale" (a team review).
pub fn diff_from(
    q: &Questionnaire,
    made_with: Option<&Questionnaire>,
    before_name: &str,
    before: &Assessment,
    after_name: &str,
    after: &Assessment,
    today: Option<&str>,
) -> Diff {
    let (eb, ea) = (evaluate(q, before), evaluate(q, after));
    let mut answers = Vec::new();
    for question in &q.questions {
        let (b, a) = (
            before.answers.get(question.id.as_str()),
            after.answers.get(question.id.as_str()),
        );
        if same_answer(b, a) {
            continue;
        }
        let words = |x: Option<&crate::answer::Answer>| {
            x.map(|x| crate::engine::display_answer(question, x))
                .unwrap_or_default()
        };
        answers.push(AnswerChange {
            question: question.id.to_string(),
            prompt: question.prompt.to_string(),
            before: words(b),
            after: words(a),
            read_as: String::new(),
        });
    }
    let counting = q
        .questions
        .iter()
        .filter_map(|question| {
            let id = question.id.as_str();
            let (b, a) = (before.answers.get(id), after.answers.get(id));
            let (Some(b), Some(a)) = (b, a) else {
                return None;
            };
            let (was, now) = (eb.is_visible(id), ea.is_visible(id));
            (same_answer(Some(b), Some(a)) && was != now).then(|| CountingChange {
                question: question.id.to_string(),
                prompt: question.prompt.to_string(),
                answer: crate::engine::display_answer(question, a),
                counts_after: now,
            })
        })
        .collect();
    let notes = q
        .questions
        .iter()
        .filter(|x| {
            before
                .notes
                .get(x.id.as_str())
                .map(|n| crate::answer::lf(n))
                != after.notes.get(x.id.as_str()).map(|n| crate::answer::lf(n))
        })
        .map(|x| x.prompt.to_string())
        .collect();
    // Both are in the signed hash: a reviewer asked to sign again must see them.
    let details = crate::assessment::Detail::ALL
        .into_iter()
        .filter(|d| before.metadata.detail(*d) != after.metadata.detail(*d))
        .map(|d| AnswerChange {
            question: d.key().to_string(),
            prompt: d.label().to_string(),
            before: before.metadata.detail(d).to_string(),
            after: after.metadata.detail(d).to_string(),
            read_as: String::new(),
        })
        .collect();
    // The evidence's dates are part of the record: a hostile review moved an expiry years on
    // and diff listed nothing.
    let record = |a: &Assessment, id: &str| {
        let dates = a.evidence_dates.get(id).map_or_else(String::new, |d| {
            let mut out = String::new();
            if !d.date.is_empty() {
                out.push_str(&format!(" (dated {})", d.date));
            }
            if !d.expires.is_empty() {
                out.push_str(&format!(" (expires {})", d.expires));
            }
            out
        });
        a.safeguards
            .get(id)
            .map(|r| {
                let status = r.status.label();
                if r.evidence.trim().is_empty() {
                    format!("{status}{dates}")
                } else {
                    format!("{status}: {}{dates}", r.evidence.trim())
                }
            })
            .unwrap_or_default()
    };
    let records = q
        .safeguards
        .iter()
        .filter(|sg| {
            let id = sg.id.as_str();
            before.safeguards.get(id) != after.safeguards.get(id)
                || before.evidence_dates.get(id) != after.evidence_dates.get(id)
        })
        .map(|sg| {
            let id = sg.id.as_str();
            let after_text = record(after, id);
            // Where the answers do not take the later record as written, how they read it:
            // "not applicable: ..." alone read as settled beside a bias test the lending use
            // requires (a review).
            let read_as = match ea.safeguard(id) {
                Some(s)
                    if !after_text.is_empty()
                        && (!s.ruled_out.is_empty() || s.unjustified || s.is_contradicted()) =>
                {
                    crate::explain::safeguard_state(s)
                }
                _ => String::new(),
            };
            AnswerChange {
                question: sg.id.to_string(),
                prompt: sg.title.to_string(),
                before: record(before, id),
                after: after_text,
                read_as,
            }
        })
        .collect();
    let plan = |a: &Assessment, id: &str| {
        a.plans.get(id).map_or_else(String::new, |p| {
            let mut parts = Vec::new();
            if !p.owner.trim().is_empty() {
                parts.push(format!("owner {}", p.owner.trim()));
            }
            if !p.target.trim().is_empty() {
                let passed = today.is_some_and(|t| p.target.trim() < t);
                parts.push(format!(
                    "target {}{}",
                    p.target.trim(),
                    if passed { " (passed)" } else { "" }
                ));
            }
            parts.join(", ")
        })
    };
    let plans = q
        .safeguards
        .iter()
        .filter(|sg| plan(before, &sg.id) != plan(after, &sg.id))
        .map(|sg| AnswerChange {
            question: sg.id.to_string(),
            prompt: sg.title.to_string(),
            before: plan(before, &sg.id),
            after: plan(after, &sg.id),
            read_as: String::new(),
        })
        .collect();
    let (hb, ha) = (holding(&eb), holding(&ea));
    let titles = |from: &[&crate::engine::SafeguardResult],
                  without: &[&crate::engine::SafeguardResult]| {
        from.iter()
            .filter(|s| !without.iter().any(|o| o.id == s.id))
            .map(|s| (s.id.to_string(), s.title.to_string()))
            .collect::<Vec<_>>()
    };
    // Recorded or shown in place, whether or not the answers call for it.
    let in_place = |e: &Evaluation, id: &str| {
        e.safeguard(id).is_some_and(|s| {
            s.status == crate::assessment::SafeguardStatus::InPlace
                && !s.is_contradicted()
                && !s.unjustified
        })
    };
    // Its status and the answers disagree in the later version, whichever way: to be
    // confirmed, as every report says, not "no longer in place" (a review saw a licence record
    // the answers say is kept, recorded missing, called lost under its own prohibition's "to be
    // confirmed").
    let contradicted = |id: &str| {
        ea.safeguard(id)
            .is_some_and(|s| s.required && s.is_contradicted())
    };
    let to_confirm = |e: &Evaluation| {
        e.safeguards
            .iter()
            .filter(|s| s.required && s.is_contradicted())
            .count()
    };
    let status_after = |id: &str| ea.safeguard(id).map(|s| s.status);
    let was_not_applicable = |id: &str| {
        eb.safeguard(id).map(|s| s.status)
            == Some(crate::assessment::SafeguardStatus::NotApplicable)
    };
    let (hash_before, hash_after) = (
        before.signoff_hashes(made_with.unwrap_or(q)),
        after.signoff_hashes(q),
    );
    let added: Vec<&crate::assessment::SignOff> = after
        .signoff
        .iter()
        .filter(|s| !before.signoff.contains(s))
        .collect();
    // An entry that only changed its date is the same sign-off edited, not a new one.
    let edited_to = |s: &crate::assessment::SignOff| {
        added.iter().copied().find(|a| {
            a.name == s.name
                && a.decision == s.decision
                && a.assessment_hash == s.assessment_hash
                && a.role == s.role
                && a.date != s.date
        })
    };
    let mut signoffs: Vec<SignOffHold> = before
        .signoff
        .iter()
        .map(|s| {
            let kept = after.signoff.contains(s);
            let edited = (!kept).then(|| edited_to(s)).flatten();
            SignOffHold {
                name: s.name.clone(),
                decision: s.decision.map_or_else(String::new, |d| d.to_string()),
                date: edited.map_or_else(|| s.date.clone(), |e| e.date.clone()),
                current_before: s.is_current(&hash_before),
                holds_after: (kept && s.is_current(&hash_after))
                    || edited.is_some_and(|e| e.is_current(&hash_after)),
                change: match (kept, edited) {
                    (true, _) => SignOffChange::Kept,
                    (false, Some(_)) => SignOffChange::Edited,
                    (false, None) => SignOffChange::Removed,
                },
                was_date: if edited.is_some() {
                    s.date.clone()
                } else {
                    String::new()
                },
            }
        })
        .collect();
    let edits: Vec<&crate::assessment::SignOff> = before
        .signoff
        .iter()
        .filter_map(|s| (!after.signoff.contains(s)).then(|| edited_to(s)).flatten())
        .collect();
    for s in added.iter().filter(|a| !edits.contains(a)) {
        signoffs.push(SignOffHold {
            name: s.name.clone(),
            decision: s.decision.map_or_else(String::new, |d| d.to_string()),
            date: s.date.clone(),
            current_before: false,
            holds_after: s.is_current(&hash_after),
            change: SignOffChange::Added,
            was_date: String::new(),
        });
    }
    let gaps = |e: &Evaluation| e.safeguards.iter().filter(|s| s.is_policy_gap()).count();
    // As `raia score --gate` judges it on `today`: an overdue review and expired evidence too.
    let gate = |a: &Assessment, e: &Evaluation| {
        let failures: Vec<crate::engine::GateFailure> = e
            .gate_on(crate::engine::Binding::of(q, a), false, today)
            .into_iter()
            .map(|f| f.failure)
            .collect();
        crate::explain::gate_failures(&failures, q)
    };
    let contradictions = |from: &Evaluation, without: &Evaluation| -> Vec<String> {
        from.contradictions
            .iter()
            .filter(|c| !without.contradictions.iter().any(|o| o.id == c.id))
            .map(crate::explain::contradiction)
            .collect()
    };
    let prohibitions = eb
        .prohibitions
        .iter()
        .filter_map(|pb| {
            let pa = ea.prohibitions.iter().find(|x| x.id == pb.id)?;
            let before = crate::explain::prohibition_state(q, &eb, pb, today);
            let after = crate::explain::prohibition_state(q, &ea, pa, today);
            let status = |e: &Evaluation, p: &crate::engine::ProhibitionFinding| {
                use crate::engine::ProhibitionStatus as S;
                match p.status {
                    S::Confirmed => "confirmed",
                    S::Concern => "concern",
                    S::Clear
                        if e.unbacked(p, today).is_some()
                            || !e.doubted(p).is_empty()
                            || e.described_in_words(&p.id)
                            || e.hidden_prohibits.iter().any(|h| h.prohibition == p.id)
                            || !crate::explain::unanswered_screens(q, e, p, today).is_empty() =>
                    {
                        "to-be-confirmed"
                    }
                    S::Clear => "clear",
                }
                .to_string()
            };
            (before != after).then(|| ProhibitionChange {
                id: pb.id.to_string(),
                title: pb.title.to_string(),
                before: status(&eb, pb),
                after: status(&ea, pa),
                before_label: before,
                after_label: after,
            })
        })
        .collect();
    Diff {
        before_name: before_name.to_string(),
        after_name: after_name.to_string(),
        tier_before: crate::explain::tier(q, eb.tier),
        tier_after: crate::explain::tier(q, ea.tier),
        score_before: eb.score.total,
        score_after: ea.score.total,
        score_counts_before: eb.tier != crate::questionnaire::Tier::Prohibited,
        score_counts_after: ea.tier != crate::questionnaire::Tier::Prohibited,
        prohibitions,
        missing_before: crate::explain::missing(eb.unanswered.len(), eb.notes_missing.len()),
        missing_after: crate::explain::missing(ea.unanswered.len(), ea.notes_missing.len()),
        answers,
        counting,
        notes,
        details,
        records,
        plans,
        safeguards_gained: titles(&ha, &hb)
            .into_iter()
            .filter(|(id, _)| !in_place(&eb, id) && in_place(&ea, id))
            .map(|(_, t)| t)
            .collect(),
        safeguards_lost: titles(&hb, &ha)
            .into_iter()
            .filter(|(id, _)| !in_place(&ea, id) && !contradicted(id) && !was_not_applicable(id))
            .map(|(_, t)| t)
            .collect(),
        safeguards_not_applicable_no_longer: titles(&hb, &ha)
            .into_iter()
            .filter(|(id, _)| !in_place(&ea, id) && !contradicted(id) && was_not_applicable(id))
            .map(|(_, t)| t)
            .collect(),
        safeguards_not_applicable_now: titles(&ha, &hb)
            .into_iter()
            .filter(|(id, _)| {
                status_after(id) == Some(crate::assessment::SafeguardStatus::NotApplicable)
            })
            .map(|(_, t)| t)
            .collect(),
        safeguards_to_confirm: ea
            .safeguards
            .iter()
            .filter(|s| s.required && s.is_contradicted())
            .filter(|s| {
                eb.safeguard(&s.id)
                    .is_none_or(|b| !(b.required && b.is_contradicted()))
            })
            .map(|s| s.title.to_string())
            .collect(),
        called_for_now: titles(&ha, &hb)
            .into_iter()
            .filter(|(id, _)| in_place(&eb, id))
            .map(|(_, t)| t)
            .collect(),
        called_for_no_longer: titles(&hb, &ha)
            .into_iter()
            .filter(|(id, _)| in_place(&ea, id))
            .map(|(_, t)| t)
            .collect(),
        gaps_now_called_for: ea
            .safeguards
            .iter()
            .filter(|s| s.is_gap() && eb.safeguard(&s.id).is_none_or(|x| !x.required))
            .map(|s| s.title.to_string())
            .collect(),
        gaps_no_longer_called_for: eb
            .safeguards
            .iter()
            .filter(|s| s.is_gap() && ea.safeguard(&s.id).is_none_or(|x| !x.required))
            .map(|s| s.title.to_string())
            .collect(),
        policy_gaps_before: gaps(&eb),
        policy_gaps_after: gaps(&ea),
        to_confirm_before: to_confirm(&eb),
        to_confirm_after: to_confirm(&ea),
        gate_before: gate(before, &eb),
        gate_after: gate(after, &ea),
        contradictions_new: contradictions(&ea, &eb),
        contradictions_gone: contradictions(&eb, &ea),
        signoffs,
    }
}

impl SignOffHold {
    /// "approved by J. Compliance on 2026-01-15: still holds" and the like.
    pub fn words(&self) -> String {
        let who = format!("{} by {} on {}", self.decision, self.name, self.date);
        match self.change {
            SignOffChange::Removed => {
                return format!(
                    "{who}: REMOVED: the later version's file no longer records it{}",
                    if self.decision == "approved" {
                        ""
                    } else {
                        ", so the reviewer's decision no longer counts there; a reviewer's sign-off is taken back by a new one (raia sign), not by deleting it"
                    }
                );
            }
            SignOffChange::Added if self.holds_after => {
                return format!("{who}: ADDED in the later version, and holds for it");
            }
            SignOffChange::Added => {
                return format!(
                    "{who}: ADDED in the later version, but STALE there: it was signed for other answers than the later version holds, so it needs signing again (raia sign)"
                );
            }
            SignOffChange::Edited => {
                return format!(
                    "{who}: EDITED by hand: it was dated {} in the earlier version; a sign-off records the day it was made, and a changed date makes no new sign-off (raia sign records one)",
                    self.was_date
                );
            }
            SignOffChange::Kept => {}
        }
        match (self.current_before, self.holds_after) {
            (_, true) => format!("{who}: holds for the later version"),
            (true, false) if self.decision == "approved" => format!(
                "{who}: no longer holds; what it approved changed, so it needs signing again"
            ),
            // A rejection approved nothing (a review read "what it approved changed" of one).
            (true, false) => format!(
                "{who}: no longer holds; the answers it was given for changed, so any reviewer may sign the changed answers"
            ),
            (false, false) => format!("{who}: was already stale, and still is"),
        }
    }
}

impl Diff {
    /// The changes as Markdown, for a reviewer or a pull-request comment.
    pub fn markdown(&self) -> String {
        use crate::report::escape::cell;
        let mut out = format!(
            "# Changes from {} to {}\n\n",
            cell(&self.before_name),
            cell(&self.after_name)
        );
        // Tier names are the questionnaire's own words.
        out.push_str(&if self.tier_before == self.tier_after {
            format!("- Tier: {} (unchanged)\n", cell(&self.tier_before))
        } else {
            format!(
                "- Tier: {} → {}\n",
                cell(&self.tier_before),
                cell(&self.tier_after)
            )
        });
        // A confirmed prohibited use decides the result: its score means nothing, as every
        // other mode says.
        let score = |n: u32, counts: bool| {
            if counts {
                n.to_string()
            } else {
                "not used (a confirmed prohibited use decides the result)".to_string()
            }
        };
        let (before, after) = (
            score(self.score_before, self.score_counts_before),
            score(self.score_after, self.score_counts_after),
        );
        out.push_str(&if before == after {
            format!("- Score: {before} (unchanged)\n")
        } else {
            format!("- Score: {before} → {after}\n")
        });
        let state = |missing: &str| {
            if missing.is_empty() {
                "complete".to_string()
            } else {
                format!("incomplete ({missing})")
            }
        };
        let (before, after) = (state(&self.missing_before), state(&self.missing_after));
        out.push_str(&if before == after {
            format!("- Completeness: {before} (unchanged)\n")
        } else {
            format!("- Completeness: {before} → {after}\n")
        });
        // A count that stayed says so, as the tier and score do (a new-user trial read "2 → 2").
        let count = |before: usize, after: usize| {
            if before == after {
                format!("{before} (unchanged)")
            } else {
                format!("{before} → {after}")
            }
        };
        out.push_str(&format!(
            "- Safeguards the policy requires not in place: {}\n",
            count(self.policy_gaps_before, self.policy_gaps_after)
        ));
        // A gap that became a contradicted status left the count above without being closed.
        if self.to_confirm_before + self.to_confirm_after > 0 {
            out.push_str(&format!(
                "- Safeguard statuses to be confirmed (the status recorded and the answers disagree): {}\n",
                count(self.to_confirm_before, self.to_confirm_after)
            ));
        }
        let gate = |failures: &[String]| {
            if failures.is_empty() {
                "passes".to_string()
            } else {
                format!("fails ({})", cell(&failures.join("; ")))
            }
        };
        let (before, after) = (gate(&self.gate_before), gate(&self.gate_after));
        out.push_str(&if before == after {
            format!("- Gate: {before} (unchanged)\n")
        } else {
            format!("- Gate: {before} → {after}\n")
        });
        if !self.prohibitions.is_empty() {
            out.push_str("\n## Prohibited uses\n\n");
            for p in &self.prohibitions {
                out.push_str(&format!(
                    "- {}: {} → {}\n",
                    cell(&p.title),
                    cell(&p.before_label),
                    cell(&p.after_label)
                ));
            }
        }
        if !self.contradictions_new.is_empty() || !self.contradictions_gone.is_empty() {
            let judged = self
                .contradictions_new
                .iter()
                .chain(&self.contradictions_gone)
                .any(|c| c.starts_with(crate::explain::JUDGEMENT_LEAD));
            out.push_str(if judged {
                "\n## Answers that contradict each other, and raia's judgements on them\n\n"
            } else {
                "\n## Answers that contradict each other\n\n"
            });
            for c in &self.contradictions_new {
                out.push_str(&format!("- now: {}\n", cell(c)));
            }
            for c in &self.contradictions_gone {
                out.push_str(&format!("- resolved: {}\n", cell(c)));
            }
        }
        out.push_str(&format!(
            "\n## Answers changed ({})\n\n",
            self.answers.len()
        ));
        if self.answers.is_empty() {
            out.push_str("None.\n");
        }
        let changes = |out: &mut String, list: &[AnswerChange], none: &str| {
            for c in list {
                let side = |s: &str| {
                    if s.is_empty() {
                        none.to_string()
                    } else {
                        format!("\"{}\"", cell(s))
                    }
                };
                // A change of spaces or line breaks alone reads the same on both sides: say
                // what changed (a review saw '"X" → "X"' beside a sign-off it made stale).
                let spacing = if c.before == c.after {
                    ""
                } else if c.before.split_whitespace().eq(c.after.split_whitespace()) {
                    " (only spaces or line breaks changed)"
                } else if crate::assessment::as_words(&c.before)
                    == crate::assessment::as_words(&c.after)
                {
                    // A zero-width space or a look-alike letter: the two sides print the same
                    // (a hostile review saw one offered for a fresh approval).
                    " (only characters that show nothing, look-alike letters or spacing changed: the words read the same, and a sign-off holds)"
                } else {
                    ""
                };
                out.push_str(&format!(
                    "- {}\n  {} → {}{spacing}\n",
                    cell(&c.prompt),
                    side(&c.before),
                    side(&c.after)
                ));
                if !c.read_as.is_empty() {
                    out.push_str(&format!("  As the answers read it: {}\n", cell(&c.read_as)));
                }
            }
        };
        changes(&mut out, &self.answers, "(no answer)");
        if !self.counting.is_empty() {
            out.push_str(&format!(
                "\n## Answers that stopped or started counting ({}; kept in the file, their questions hidden or shown by other answers)\n\n",
                self.counting.len()
            ));
            for c in &self.counting {
                out.push_str(&format!(
                    "- {}: \"{}\" {}\n",
                    cell(&c.prompt),
                    cell(&c.answer),
                    if c.counts_after {
                        "counts again"
                    } else {
                        "no longer counts"
                    }
                ));
            }
        }
        if !self.details.is_empty() {
            out.push_str(&format!(
                "\n## System details changed ({})\n\n",
                self.details.len()
            ));
            changes(&mut out, &self.details, "(blank)");
        }
        if !self.notes.is_empty() {
            let on = self
                .notes
                .iter()
                .map(|p| cell(p))
                .collect::<Vec<_>>()
                .join("; ");
            // A prompt that ends a sentence itself gets no second stop (a review saw "model..").
            let stop = if on.ends_with(['.', '?', '!']) {
                ""
            } else {
                "."
            };
            out.push_str(&format!("\nNotes changed on: {on}{stop}\n"));
        }
        if !self.records.is_empty() {
            out.push_str(&format!(
                "\n## Safeguard records changed ({})\n\n",
                self.records.len()
            ));
            changes(&mut out, &self.records, "(not recorded)");
        }
        if !self.plans.is_empty() {
            out.push_str(&format!(
                "\n## Remediation plans changed ({}; no sign-off covers these)\n\n",
                self.plans.len()
            ));
            changes(&mut out, &self.plans, "(none)");
        }
        out.push_str("\n## Safeguards\n\n");
        // Each kind of change with the words that say it, in the order a reviewer reads them.
        let kinds: [(&str, &str, &[String]); 9] = [
            ("now in place", "", &self.safeguards_gained),
            (
                "now recorded not applicable",
                " (with a reason, for a reviewer to confirm)",
                &self.safeguards_not_applicable_now,
            ),
            ("no longer in place", "", &self.safeguards_lost),
            (
                "no longer recorded not applicable with a reason that stands",
                "",
                &self.safeguards_not_applicable_no_longer,
            ),
            (
                "now to be confirmed",
                " (the status recorded and the answers disagree)",
                &self.safeguards_to_confirm,
            ),
            (
                "now called for by the answers, and not in place",
                "",
                &self.gaps_now_called_for,
            ),
            (
                "now called for by the answers, and already in place",
                "",
                &self.called_for_now,
            ),
            (
                "no longer called for by the answers, still in place",
                "",
                &self.called_for_no_longer,
            ),
            (
                "no longer called for by the answers, and not in place",
                "",
                &self.gaps_no_longer_called_for,
            ),
        ];
        if kinds.iter().all(|(_, _, list)| list.is_empty()) {
            out.push_str("No safeguard this use calls for came into place or went out of place.\n");
        }
        for (what, after, list) in kinds {
            for t in list {
                out.push_str(&format!("- {what}: {}{after}\n", cell(t)));
            }
        }
        out.push_str("\n## Sign-offs\n\n");
        if self.signoffs.is_empty() {
            out.push_str("None recorded.\n");
        }
        for s in &self.signoffs {
            out.push_str(&format!("- {}\n", cell(&s.words())));
        }
        // As every Markdown raia prints: nothing a terminal obeys, whatever was missed above.
        crate::report::markdown_terminal_safe(out)
    }

    /// The changes as JSON, for tools.
    pub fn json(&self) -> String {
        // Strings, numbers and booleans only: serialising cannot fail.
        crate::report::json_terminal_safe(
            serde_json::to_string_pretty(self).unwrap_or_default() + "\n",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A second new-user review read "ADDED in the later version, but names other answers than
    /// it holds" and could not tell it meant stale.
    #[test]
    fn a_sign_off_added_for_other_answers_is_said_stale() {
        let hold = |holds_after| SignOffHold {
            name: "Dana Reyes".into(),
            decision: "approved".into(),
            date: "2026-12-05".into(),
            current_before: false,
            holds_after,
            change: SignOffChange::Added,
            was_date: String::new(),
        };
        assert_eq!(
            hold(false).words(),
            "approved by Dana Reyes on 2026-12-05: ADDED in the later version, but STALE there: it was signed for other answers than the later version holds, so it needs signing again (raia sign)"
        );
        assert_eq!(
            hold(true).words(),
            "approved by Dana Reyes on 2026-12-05: ADDED in the later version, and holds for it"
        );
    }
}
