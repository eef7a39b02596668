//! The evaluation as a whole: lookups, gaps, the review date and the gate (which failures
//! fail it, and what each one points at in the assessment).

use super::*;
impl Evaluation {
    /// The safeguard with this id. A questionnaire's safeguard ids are unique (validated when
    /// it is loaded), so there is one. The index is trusted only where the list still holds
    /// the id at the indexed place; anything else (an id not indexed, or a list changed after
    /// the evaluation) is searched for.
    pub fn safeguard(&self, id: &str) -> Option<&SafeguardResult> {
        match self
            .safeguard_at
            .get(id)
            .and_then(|&i| self.safeguards.get(i))
        {
            Some(s) if s.id == id => Some(s),
            _ => self.safeguards.iter().find(|s| s.id == id),
        }
    }

    /// The safeguards in the order they are worked through, in the wizard's result and plain
    /// mode's `safeguards` alike: the required ones whose status is to be confirmed, then the
    /// gaps in their order, then the rest this use needs, then those it does not. Each once.
    pub fn safeguards_to_work_through(&self) -> Vec<&SafeguardResult> {
        let mut v: Vec<&SafeguardResult> = self
            .safeguards
            .iter()
            .filter(|s| s.required && s.is_contradicted())
            .collect();
        let listed = |v: &[&SafeguardResult], s: &SafeguardResult| v.iter().any(|x| x.id == s.id);
        for s in self.gaps.iter().filter_map(|id| self.safeguard(id)) {
            if !listed(&v, s) {
                v.push(s);
            }
        }
        v.extend(
            self.safeguards
                .iter()
                .filter(|s| s.required && !s.is_contradicted() && !s.is_gap()),
        );
        v.extend(self.safeguards.iter().filter(|s| !s.required));
        v
    }

    pub fn confirmed(&self) -> impl Iterator<Item = &ProhibitionFinding> {
        self.prohibitions
            .iter()
            .filter(|p| p.status == ProhibitionStatus::Confirmed)
    }

    /// For a prohibited use no answer raises: the required safeguard that keeps it clear, when
    /// the file does not back it (its answers and status disagree, or the answers claim it and
    /// its evidence has lapsed by `today`). The use is then clear only while that safeguard is
    /// in place, which the file does not show: to be confirmed, in every mode alike (a review
    /// saw the reports say so while `score` said "none confirmed").
    pub fn unbacked(
        &self,
        p: &ProhibitionFinding,
        today: Option<&str>,
    ) -> Option<&SafeguardResult> {
        if p.status != ProhibitionStatus::Clear {
            return None;
        }
        self.safeguards
            .iter()
            .filter(|s| s.guards.contains(&p.id))
            .find(|s| {
                s.required
                    && (s.conflicts.iter().any(|c| {
                        // A declared contradiction too: "a human authorises every use of
                        // lethal force" beside outcomes that take effect unreviewed (a review
                        // saw the weapons row clear).
                        matches!(
                            c,
                            Conflict::ClaimedWithoutEvidence { .. }
                                | Conflict::RecordedAgainstAnswers { .. }
                                | Conflict::EvidenceAgainstAnswers { .. }
                                | Conflict::WordsAgainstAnswers { .. }
                                | Conflict::WordsAgainstRecord { .. }
                                | Conflict::ShownButAbsent { .. }
                                | Conflict::Contradiction { .. }
                        )
                    }) || (s.claimed && today.is_some_and(|t| s.evidence_lapsed(t))))
            })
    }

    /// The prohibited uses [`Evaluation::unbacked`] leaves to be confirmed, each with the
    /// safeguard it waits on.
    pub fn unbacked_prohibitions(
        &self,
        today: Option<&str>,
    ) -> Vec<(&ProhibitionFinding, &SafeguardResult)> {
        self.prohibitions
            .iter()
            .filter_map(|p| self.unbacked(p, today).map(|s| (p, s)))
            .collect()
    }

    /// Concerns none of whose safeguards is in place (or not applicable with a reason), each
    /// with the safeguards required against it; a concern nothing in the rules stands against is
    /// left out, as nothing could show it guarded.
    pub fn unguarded_concerns(&self) -> Vec<(&ProhibitionFinding, Vec<&SafeguardResult>)> {
        let concerns: Vec<&ProhibitionFinding> = self.concerns().collect();
        if concerns.is_empty() {
            return Vec::new();
        }
        // One walk over the safeguards for all the concerns: one walk per concern was a sixth
        // of the wizard's key at 10,000 questions, most of it cache misses (issue 7).
        let mut against: Vec<Vec<&SafeguardResult>> = vec![Vec::new(); concerns.len()];
        for s in self.safeguards.iter().filter(|s| s.required) {
            for (p, list) in concerns.iter().zip(against.iter_mut()) {
                if s.against.contains(&p.id) {
                    list.push(s);
                }
            }
        }
        concerns
            .into_iter()
            .zip(against)
            // In place, or not applicable for a reason given that nothing contradicts (a maths
            // app for children generates nothing to filter): a reviewer confirms the reason, as
            // the reports ask.
            .filter(|(_, against)| !against.is_empty() && !against.iter().any(|s| s.holds()))
            .collect()
    }

    /// Ids of the safeguards required against a concern none of whose safeguards holds: each
    /// alone is recommended practice, but one of them must be in place, as the policy forbids
    /// allowing others such uses (a review saw them listed "not a breach of the policy" beside
    /// a gate failing on them).
    pub fn open_misuse_guards(&self) -> std::collections::BTreeSet<&str> {
        self.unguarded_concerns()
            .into_iter()
            .flat_map(|(_, against)| against.into_iter().map(|s| s.id.as_str()))
            .collect()
    }

    /// The recommended safeguards that show policy requirement `r` met, as the engine reads
    /// it, where the policy leaves the means to the team: none where a safeguard of the
    /// policy's own is under it, which alone meets it. A contradicted status under it is
    /// counted too: until it is confirmed, it is one of those that must show the requirement
    /// met, and reads so (a new-user review saw "recommended practice" once it was to be
    /// confirmed). Under a requirement for consequential uses, only those the decision itself
    /// calls for; under one for every use, any of them (a review saw the one safeguard that
    /// shows "information on request" met called a recommendation while the gate failed on it).
    fn means_left_to_the_team(&self, r: &RequirementResult) -> Vec<&SafeguardResult> {
        // By position where the positions still hold these ids (ids found again otherwise).
        let under: Vec<&SafeguardResult> = r
            .safeguards
            .iter()
            .enumerate()
            .filter_map(|(k, id)| {
                r.at.get(k)
                    .and_then(|&i| self.safeguards.get(i))
                    .filter(|s| s.id == *id)
                    .or_else(|| self.safeguard(id))
            })
            .collect();
        if under
            .iter()
            .any(|s| s.basis == crate::questionnaire::Basis::Policy)
        {
            return Vec::new();
        }
        let consequential = matches!(
            r.why,
            AppliesBecause::Rule(crate::questionnaire::Applies::Consequential)
        );
        under
            .into_iter()
            .filter(|s| {
                s.required
                    && (s.for_consequential || !consequential)
                    && s.basis == crate::questionnaire::Basis::Practice
            })
            .collect()
    }

    /// Recommended safeguards one of which must be in place, by id, and why: against misuse
    /// left open ([`Evaluation::open_misuse_guards`]), or to show a policy requirement met that
    /// the answers leave to be confirmed ("safeguards specific to the use case": a review saw
    /// the only ways to meet it listed as "recommended practice, not a breach" beside a gate
    /// failing on it). Misuse comes first where a safeguard is both. Also, last, those in place
    /// that show such a requirement met ([`Guard::Shows`]), which are no gap.
    ///
    /// Found once, when the evaluation is settled ([`Self::find_open_guards`]): every screen,
    /// report and mode asks for them, and at 10,000 questions finding them again for the
    /// wizard's frame after each key was a tenth of it (issue 7).
    pub fn open_guards(&self) -> &std::collections::BTreeMap<Text, Guard> {
        &self.guards
    }

    /// [`Self::open_guards`], found from the results as they stand: what settling an
    /// evaluation keeps, and what one whose results were changed after must keep again.
    pub(crate) fn find_open_guards(&self) -> std::collections::BTreeMap<Text, Guard> {
        // Keyed by the results' own ids: copies of a shared text, not new ones.
        let mut out: std::collections::BTreeMap<Text, Guard> = std::collections::BTreeMap::new();
        for r in self.requirements.iter().filter(|r| {
            r.applies
                && r.state == RequirementState::ToBeConfirmed
                && r.basis == crate::questionnaire::Basis::Policy
                && r.obligation == crate::questionnaire::Obligation::Must
                // One left to confirm by a consequential decision in doubt waits on that, not
                // on a safeguard: the privacy safeguards a use without one calls for were
                // listed as showing it met (a compliance review).
                && !r.in_doubt
        }) {
            for s in self
                .means_left_to_the_team(r)
                .into_iter()
                .filter(|s| !(s.holds() && s.status == SafeguardStatus::InPlace))
            {
                out.insert(s.id.clone(), Guard::Requirement(r.title.clone()));
            }
        }
        for (_, against) in self.unguarded_concerns() {
            for s in against {
                out.insert(s.id.clone(), Guard::Misuse);
            }
        }
        for (p, s) in self.unbacked_prohibitions(None) {
            if s.basis == crate::questionnaire::Basis::Practice {
                out.entry(s.id.clone())
                    .or_insert_with(|| Guard::KeepsClear(p.title.clone()));
            }
        }
        // Last, as the others say more: the recommended safeguards in place that show a
        // requirement met, where the policy leaves the means to the team. One of them must
        // stay, so none reads as a mere recommendation.
        for r in self.requirements.iter().filter(|r| {
            r.applies
                && r.state == RequirementState::Met
                && r.basis == crate::questionnaire::Basis::Policy
                && r.obligation == crate::questionnaire::Obligation::Must
        }) {
            for s in self
                .means_left_to_the_team(r)
                .into_iter()
                .filter(|s| s.holds() && s.status == SafeguardStatus::InPlace)
            {
                out.entry(s.id.clone())
                    .or_insert_with(|| Guard::Shows(r.title.clone()));
            }
        }
        out
    }

    /// How many open recommendations are guards one of which must be in place: (against
    /// misuse, to show a requirement met). Every mode counts them apart from "recommended".
    pub fn open_guard_gaps(&self) -> (usize, usize) {
        let (mut misuse, mut to_show) = (0, 0);
        // Only the guards are looked at, not every safeguard (issue 7).
        for (id, g) in &self.guards {
            if self
                .safeguard(id)
                .is_some_and(SafeguardResult::is_practice_gap)
            {
                if g.against_misuse() {
                    misuse += 1;
                } else {
                    to_show += 1;
                }
            }
        }
        (misuse, to_show)
    }

    /// Required safeguards in place on evidence that has expired, or is dated after `today`; none
    /// without a day to judge by. Every mode words these from this list.
    pub fn lapsed<'a>(
        &'a self,
        today: Option<&'a str>,
    ) -> impl Iterator<Item = &'a SafeguardResult> + 'a {
        self.safeguards
            .iter()
            .filter(move |s| today.is_some_and(|t| s.evidence_lapsed(t)))
    }

    /// Of [`Self::lapsed`], those whose evidence gives an approval on a condition that fell due
    /// and is not said met: every mode says so rather than "expired".
    pub fn lapsed_on_condition<'a>(
        &'a self,
        today: Option<&'a str>,
    ) -> impl Iterator<Item = &'a SafeguardResult> + 'a {
        self.safeguards.iter().filter(move |s| {
            s.expires_on_condition
                && today.is_some_and(|t| s.evidence_expired(t) && !s.planned_later(t))
        })
    }

    /// Of [`Self::lapsed`], those recorded in place whose plan targets a day after `today`:
    /// every mode words these apart from evidence to renew.
    pub fn planned_later<'a>(
        &'a self,
        today: Option<&'a str>,
    ) -> impl Iterator<Item = &'a SafeguardResult> + 'a {
        self.safeguards
            .iter()
            .filter(move |s| today.is_some_and(|t| s.planned_later(t)))
    }

    /// Whether the answers leave a consequential decision in doubt: none is marked, but an
    /// answer kept for a hidden question marks one, or answers that disagree may hide one (a
    /// declared contradiction with `consequential_in_doubt`).
    pub fn consequential_in_doubt(&self) -> bool {
        self.categories.is_empty()
            && (!self.hidden_marks.is_empty() || self.doubting_contradictions().next().is_some())
    }

    /// Whether the answers' own words describe prohibition `id` while no answer confirms it
    /// (the contradiction `words-describe-ID`).
    pub fn described_in_words(&self, id: &str) -> bool {
        self.contradictions
            .iter()
            .any(|c| c.id.strip_prefix(super::pass::PROHIBITED_IN_THE_WORDS) == Some(id))
    }

    /// The questions whose answers keep prohibition `p` clear and a declared contradiction says
    /// may be wrong in a way that would raise it ([`ContradictionFinding::doubts`]), in the
    /// order found, each once; empty unless `p` is clear. Its "clear" rests on answers that
    /// disagree, so it is to be confirmed.
    pub fn doubted(&self, p: &ProhibitionFinding) -> Vec<&Text> {
        let mut out: Vec<&Text> = Vec::new();
        if p.status != ProhibitionStatus::Clear {
            return out;
        }
        for (_, question) in self
            .contradictions
            .iter()
            .flat_map(|c| &c.doubts)
            .filter(|(id, _)| *id == p.id)
        {
            if !out.contains(&question) {
                out.push(question);
            }
        }
        out
    }

    /// The prohibited uses whose "clear" rests on answers that disagree ([`Self::doubted`]), in
    /// catalogue order, but not those another reason already puts to be confirmed, which every
    /// mode gives first: the file's words describe it, an answer kept for a hidden question
    /// records it, or it is clear only through a safeguard the file does not back, which names
    /// what to show ([`Self::unbacked`]).
    pub fn doubted_prohibitions<'a>(
        &'a self,
        today: Option<&'a str>,
    ) -> impl Iterator<Item = &'a ProhibitionFinding> + 'a {
        self.prohibitions
            .iter()
            .filter(move |p| self.rests_on_disagreement(p, today))
    }

    /// Whether `p` is one of [`Self::doubted_prohibitions`].
    pub fn rests_on_disagreement(&self, p: &ProhibitionFinding, today: Option<&str>) -> bool {
        !self.doubted(p).is_empty()
            && !self.described_in_words(&p.id)
            && !self.hidden_prohibits.iter().any(|h| h.prohibition == p.id)
            && self.unbacked(p, today).is_none()
    }

    /// The contradictions that hold and may hide a consequential decision.
    pub fn doubting_contradictions(&self) -> impl Iterator<Item = &ContradictionFinding> {
        self.contradictions
            .iter()
            .filter(|c| c.consequential_in_doubt)
    }

    /// Prohibitions raised as a concern (possible misuse to guard against), not confirmed.
    pub fn concerns(&self) -> impl Iterator<Item = &ProhibitionFinding> {
        self.prohibitions
            .iter()
            .filter(|p| p.status == ProhibitionStatus::Concern)
    }

    pub fn is_visible(&self, question: &str) -> bool {
        self.visible.iter().any(|v| v == question)
    }

    /// Required safeguards whose status the answers contradict.
    pub fn conflicts(&self) -> impl Iterator<Item = &SafeguardResult> {
        self.safeguards
            .iter()
            .filter(|s| s.required && s.is_contradicted())
    }

    /// Whether the score decides anything: not under a confirmed prohibition.
    pub fn score_counts(&self) -> bool {
        self.tier != Tier::Prohibited
    }

    /// Why `raia score --gate` fails, empty when it passes. The default gate fails on what the
    /// policy's words make non-compliance and on anything that makes the result untrustworthy
    /// (incomplete, contradicted, or not bound to the questionnaire in use); `strict` also fails
    /// on "should" gaps and on the questionnaire's recommendations.
    pub fn gate(&self, binding: Binding, strict: bool) -> Vec<GateFailure> {
        self.gate_findings(binding, strict)
            .into_iter()
            .map(|f| f.failure)
            .collect()
    }

    /// [`Evaluation::gate`] with what each failure is about: the answers, safeguards and
    /// requirements behind it, so that each can be pointed at in the file (SARIF, annotations).
    pub fn gate_findings(&self, binding: Binding, strict: bool) -> Vec<GateFinding> {
        self.gate_on(binding, strict, None)
    }

    /// Requirement subjects grouped by the layer of the requirement each names, in `layers`
    /// order, leaving out layers with none.
    fn by_layer(&self, subjects: &[Subject], layers: &[usize]) -> Vec<(usize, Vec<Subject>)> {
        let layer_of = |s: &Subject| match s {
            Subject::Requirement(id) => self
                .requirements
                .iter()
                .find(|r| r.id == id.as_str())
                .map(|r| r.layer),
            _ => None,
        };
        layers
            .iter()
            .map(|&layer| {
                let of_layer = subjects
                    .iter()
                    .filter(|s| layer_of(s) == Some(layer))
                    .cloned()
                    .collect::<Vec<_>>();
                (layer, of_layer)
            })
            .filter(|(_, of_layer)| !of_layer.is_empty())
            .collect()
    }

    /// The gate on a given day (YYYY-MM-DD): [`Evaluation::gate_findings`], and besides, an
    /// assessment past its review date fails. Without a day, dates are not judged: the engine
    /// has no clock, so the commands pass today's date (or `--today`).
    pub fn gate_on(&self, binding: Binding, strict: bool, today: Option<&str>) -> Vec<GateFinding> {
        let mut out = Vec::new();
        let mut push = |failure: GateFailure, subjects: Vec<Subject>| {
            out.push(GateFinding { failure, subjects });
        };
        // Each question once, in the order its reasons come.
        let questions = |reasons: &mut dyn Iterator<Item = &Reason>| -> Vec<Subject> {
            let mut out: Vec<Subject> = Vec::new();
            for r in reasons {
                let s = Subject::Question(r.question.to_string());
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            out
        };
        if self.tier == Tier::Prohibited {
            let subjects = questions(&mut self.confirmed().flat_map(|p| &p.confirmed_by));
            let titles = self.confirmed().map(|p| p.title.to_string()).collect();
            push(GateFailure::Prohibited { titles }, subjects);
        }
        if !self.hidden_prohibits.is_empty() {
            let questions = questions(&mut self.hidden_prohibits.iter().map(|h| &h.reason));
            push(
                GateFailure::HiddenProhibits {
                    count: questions.len(),
                },
                questions,
            );
        }
        // Said apart from the safeguard's own disagreement, which fails the gate too: the
        // prohibition is what a reader of a CI log must not miss (a review).
        let unbacked = self.unbacked_prohibitions(today);
        if !unbacked.is_empty() {
            let mut subjects: Vec<Subject> = Vec::new();
            for (_, s) in &unbacked {
                let s = Subject::Safeguard(s.id.to_string());
                if !subjects.contains(&s) {
                    subjects.push(s);
                }
            }
            push(
                GateFailure::ProhibitionsToConfirm {
                    prohibitions: unbacked.iter().map(|(p, _)| p.title.to_string()).collect(),
                },
                subjects,
            );
        }
        if !self.hidden_marks.is_empty() {
            let questions = questions(&mut self.hidden_marks.iter().map(|h| &h.reason));
            push(
                GateFailure::HiddenMarks {
                    count: questions.len(),
                },
                questions,
            );
        }
        if !self.complete {
            let mut missing: Vec<Subject> = self
                .unanswered
                .iter()
                .map(|id| Subject::Unanswered(id.to_string()))
                .collect();
            missing.extend(
                self.notes_missing
                    .iter()
                    .map(|id| Subject::Question(id.to_string())),
            );
            push(
                GateFailure::Incomplete {
                    unanswered: self.unanswered.len(),
                    notes: self.notes_missing.len(),
                },
                missing,
            );
        }
        if !self.to_reconfirm.is_empty() {
            push(
                GateFailure::ToReconfirm {
                    prompts: self
                        .to_reconfirm
                        .iter()
                        .map(|(_, p)| p.to_string())
                        .collect(),
                },
                self.to_reconfirm
                    .iter()
                    .map(|(id, _)| Subject::Question(id.to_string()))
                    .collect(),
            );
        }
        if !self.blank_details.is_empty() {
            let details = self
                .blank_details
                .iter()
                .filter_map(|k| crate::assessment::Detail::from_key(k));
            push(
                GateFailure::BlankDetails {
                    labels: details.clone().map(|d| d.label().to_string()).collect(),
                },
                details
                    .map(|d| Subject::Detail(d.key().to_string()))
                    .collect(),
            );
        }
        match binding {
            Binding::Bound => {}
            Binding::Unbound => push(
                GateFailure::QuestionnaireUnbound,
                vec![Subject::Questionnaire],
            ),
            Binding::Changed => push(
                GateFailure::QuestionnaireChanged,
                vec![Subject::Questionnaire],
            ),
            Binding::Superseded => push(
                GateFailure::QuestionnaireSuperseded,
                vec![Subject::Questionnaire],
            ),
            Binding::Imitates => push(
                GateFailure::QuestionnaireImitates,
                vec![Subject::Questionnaire],
            ),
        }
        // Rules that do not screen the policy's prohibited uses cannot say a use clears them.
        if !self.unscreened.is_empty() {
            push(
                GateFailure::PolicyNotScreened {
                    missing: self.unscreened.clone(),
                },
                vec![Subject::Questionnaire],
            );
        }
        // A concern with none of the safeguards required against it in place: the policy
        // forbids allowing others a prohibited use, so misuse left open is not only a
        // recommendation (a hostile review's face-swap app open to anyone's face passed).
        let unguarded = self.unguarded_concerns();
        if !unguarded.is_empty() {
            let subjects = unguarded
                .iter()
                .flat_map(|(_, missing)| missing.iter())
                .map(|s| Subject::Safeguard(s.id.to_string()))
                .collect();
            push(
                GateFailure::ConcernsUnguarded {
                    concerns: unguarded.iter().map(|(p, _)| p.title.to_string()).collect(),
                },
                subjects,
            );
        }
        let safeguards = |f: &dyn Fn(&SafeguardResult) -> bool| -> Vec<Subject> {
            self.safeguards
                .iter()
                .filter(|s| f(s))
                .map(|s| Subject::Safeguard(s.id.to_string()))
                .collect()
        };
        // One finding per layer whose rules are not met, base first.
        let mut layers: Vec<usize> = self.safeguards.iter().map(|s| s.layer).collect();
        layers.extend(self.requirements.iter().map(|r| r.layer));
        layers.sort_unstable();
        layers.dedup();
        for &layer in &layers {
            let policy = safeguards(&|s| s.layer == layer && s.is_policy_gap());
            if !policy.is_empty() {
                let titles = self
                    .safeguards
                    .iter()
                    .filter(|s| s.layer == layer && s.is_policy_gap())
                    .map(|s| s.title.to_string())
                    .collect();
                push(
                    GateFailure::PolicyGaps {
                        count: policy.len(),
                        layer,
                        titles,
                    },
                    policy,
                );
            }
        }
        // A must-requirement can fail with no single policy gap (none of its use-case
        // safeguards is in place), so it is counted on its own.
        let unmet: Vec<Subject> = self
            .requirements
            .iter()
            .filter(|r| r.state == RequirementState::NotMet)
            .map(|r| Subject::Requirement(r.id.to_string()))
            .collect();
        let titles = |of_layer: &[Subject]| {
            of_layer
                .iter()
                .filter_map(|s| match s {
                    Subject::Requirement(id) => self
                        .requirements
                        .iter()
                        .find(|r| r.id == id.as_str())
                        .map(|r| r.title.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        for (layer, of_layer) in self.by_layer(&unmet, &layers) {
            let count = of_layer.len();
            let titles = titles(&of_layer);
            push(
                GateFailure::RequirementsNotMet {
                    count,
                    layer,
                    titles,
                },
                of_layer,
            );
        }
        // A requirement the policy's words bind this use to ("must") that nothing shows is met
        // (no safeguard under it is required or in place, or what is under it is not held):
        // the compliance statement says "to be confirmed", so the gate cannot pass.
        let unshown: Vec<Subject> = self
            .requirements
            .iter()
            .filter(|r| {
                r.state == RequirementState::ToBeConfirmed
                    && r.basis == crate::questionnaire::Basis::Policy
                    && r.obligation == crate::questionnaire::Obligation::Must
                    // A status under it that is contradicted fails as a conflict, and a policy
                    // safeguard recorded without a reason as a policy gap. A recommendation
                    // recorded not applicable without a reason shows nothing either: the
                    // requirement still has nothing to show (hostile review: "n/a" as the
                    // reason passed the gate that leaving the safeguard out failed).
                    && r
                        .safeguards
                        .iter()
                        .filter_map(|id| self.safeguard(id))
                        .all(|s| !s.is_contradicted() && (!s.unjustified || !s.is_policy_gap()))
            })
            .map(|r| Subject::Requirement(r.id.to_string()))
            .collect();
        for (layer, of_layer) in self.by_layer(&unshown, &layers) {
            let count = of_layer.len();
            let titles = titles(&of_layer);
            push(
                GateFailure::RequirementsToConfirm {
                    count,
                    layer,
                    titles,
                },
                of_layer,
            );
        }
        let conflicts: Vec<Subject> = self
            .conflicts()
            .map(|s| Subject::Safeguard(s.id.to_string()))
            .collect();
        if !conflicts.is_empty() {
            push(
                GateFailure::Conflicts {
                    count: conflicts.len(),
                    titles: self.conflicts().map(|s| s.title.to_string()).collect(),
                    held_back: self
                        .conflicts()
                        .filter(|s| s.is_held_back())
                        .map(|s| s.title.to_string())
                        .collect(),
                },
                conflicts,
            );
        }
        if !self.contradictions.is_empty() {
            push(
                GateFailure::Contradictions {
                    count: self.contradictions.iter().filter(|c| !c.judgement).count(),
                    judgements: self
                        .contradictions
                        .iter()
                        .filter_map(|c| c.judgement_title().map(str::to_string))
                        .collect(),
                    prohibitions: self
                        .prohibitions
                        .iter()
                        .filter(|p| {
                            self.contradictions.iter().any(|c| {
                                c.id.strip_prefix(super::pass::PROHIBITED_IN_THE_WORDS)
                                    == Some(p.id.as_str())
                                    || c.doubts.iter().any(|(d, _)| *d == p.id)
                            })
                        })
                        .map(|p| p.title.to_string())
                        .collect(),
                },
                self.contradictions
                    .iter()
                    .map(|c| Subject::Contradiction(c.id.to_string()))
                    .collect(),
            );
        }
        if strict {
            let should = safeguards(&|s| s.is_should_gap());
            if !should.is_empty() {
                push(
                    GateFailure::ShouldGaps {
                        count: should.len(),
                    },
                    should,
                );
            }
            let practice = safeguards(&|s| s.is_practice_gap());
            if !practice.is_empty() {
                push(
                    GateFailure::PracticeGaps {
                        count: practice.len(),
                    },
                    practice,
                );
            }
        }
        if let Some(today) = today {
            let expired = safeguards(&|s| s.evidence_expired(today));
            let on_condition = self
                .safeguards
                .iter()
                .filter(|s| s.evidence_expired(today) && s.expires_on_condition)
                .count();
            if !expired.is_empty() {
                push(
                    GateFailure::EvidenceExpired {
                        count: expired.len(),
                        on_condition,
                    },
                    expired,
                );
            }
            let later = safeguards(&|s| s.evidence_dated_later(today));
            if !later.is_empty() {
                push(
                    GateFailure::EvidenceDatedLater { count: later.len() },
                    later,
                );
            }
            let planned = safeguards(&|s| s.planned_later(today));
            if !planned.is_empty() {
                push(
                    GateFailure::PlannedLater {
                        count: planned.len(),
                        titles: self
                            .safeguards
                            .iter()
                            .filter(|s| s.planned_later(today))
                            .map(|s| s.title.to_string())
                            .collect(),
                    },
                    planned,
                );
            }
        }
        if let Some(n) = &self.not_approved {
            push(
                GateFailure::NotApproved {
                    decision: n.decision,
                    name: n.name.clone(),
                    date: n.date.clone(),
                    current: n.current,
                    others: n.others.clone(),
                    comment: n.comment.clone(),
                    withheld: n.withheld,
                },
                vec![Subject::SignOff],
            );
        }
        if let (Some(today), ReviewBasis::SignOff { from, .. }) = (today, &self.review.basis)
            && from.as_str() > today
        {
            push(
                GateFailure::SignOffDatedLater { date: from.clone() },
                vec![Subject::SignOff],
            );
        }
        if let (Some(today), Some(due)) = (today, &self.review.due)
            && self.review.overdue(today)
        {
            push(
                GateFailure::ReviewOverdue { due: due.clone() },
                vec![Subject::Review],
            );
        }
        out
    }
}

/// One reason the gate fails, with what it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GateFinding {
    pub failure: GateFailure,
    pub subjects: Vec<Subject>,
}

/// What a gate failure is about, by id: where in the assessment file a reader finds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Subject {
    /// An answer (given, or whose note is missing).
    Question(String),
    /// A question with no answer that counts.
    Unanswered(String),
    Safeguard(String),
    Requirement(String),
    /// A declared contradiction that holds (its id in `Evaluation::contradictions`).
    Contradiction(String),
    /// The `[questionnaire]` table: which questionnaire text the answers were given against.
    Questionnaire,
    /// The review date: `review_by` in `[metadata]`, or the sign-off it is counted from.
    Review,
    /// The latest sign-off (`[[signoff]]`).
    SignOff,
    /// A system detail, by its `[metadata]` key.
    Detail(String),
}

/// The prohibited uses the policy names, by the catalogue's stable ids (DESIGN.md), with the
/// built-in questionnaire's titles: every questionnaire that judges a use for the gate must
/// screen each of them.
pub const POLICY_PROHIBITIONS: [(&str, &str); 7] = [
    ("disinformation", "Deliberate disinformation or deception"),
    ("privacy", "Violating privacy rights"),
    ("likeness", "Voice or likeness without consent"),
    ("minors", "Harm or abuse of minors"),
    ("harassment", "Harassing or harming people or groups"),
    ("safety-circumvention", "Getting around safety filters"),
    (
        "lethal-weapons",
        "Lethal weapon functions without human control",
    ),
];

/// The prohibited uses of [`POLICY_PROHIBITIONS`] that rules naming the AWS policy (its name
/// or address) do not screen. A hostile review wrote rules of its own that named the policy and
/// screened nothing, and a deepfake passed the gate. Rules for another policy are judged by it.
pub fn unscreened(q: &Questionnaire) -> Vec<String> {
    if !q.policy.names_aws() {
        return Vec::new();
    }
    POLICY_PROHIBITIONS
        .iter()
        .filter(|(id, _)| !q.prohibitions.iter().any(|p| p.id == *id))
        .map(|(_, title)| (*title).to_string())
        .collect()
}

/// Whether an assessment names the exact questionnaire text it is evaluated against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Binding {
    /// The recorded content hash is the questionnaire in use.
    Bound,
    /// No content hash is recorded.
    Unbound,
    /// Another text of the questionnaire was recorded.
    Changed,
    /// Bound to the text in use, but that is an older built-in release of the rules (or an
    /// overlay on one) than raia holds: [`Questionnaire::superseded_release`].
    Superseded,
    /// Bound to the text in use, but that carries the built-in questionnaire's id without
    /// being one of its releases: [`Questionnaire::imitates_builtin`].
    Imitates,
}

impl Binding {
    pub fn of(q: &Questionnaire, a: &Assessment) -> Self {
        let recorded = a.questionnaire.hash.trim();
        if recorded.is_empty() {
            Self::Unbound
        } else if recorded == q.content_hash {
            if q.superseded_release().is_some() {
                Self::Superseded
            } else if q.imitates_builtin() {
                Self::Imitates
            } else {
                Self::Bound
            }
        } else {
            Self::Changed
        }
    }
}
