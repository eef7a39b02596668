//! Plain mode's result: the tier and why, the gaps, and recording safeguard statuses.

use super::*;

impl Plain<'_> {
    /// Walks through the required safeguards whose status is to be confirmed (the answers
    /// disagree with it), then those missing or planned, asking each one's status and
    /// evidence, then shows the result again. The first are what the result says to settle
    /// before sign-off (a workflow review found no way to reach them in plain mode).
    /// With `all`, every safeguard this use needs after those, in place or not applicable too.
    pub(crate) fn record_safeguards(&mut self, all: bool) -> anyhow::Result<Flow> {
        // In the wizard's order: to be confirmed, then the gaps, then (all) the rest needed.
        let e = self.eval();
        let gaps: Vec<_> = e
            .safeguards_to_work_through()
            .into_iter()
            .filter(|s| s.required && (all || s.is_contradicted() || e.gaps.contains(&s.id)))
            .map(|s| s.id.clone())
            .collect();
        if gaps.is_empty() {
            self.say("No safeguard this use calls for is missing or to be confirmed.")?;
            return Ok(Flow::To(Step::Result));
        }
        let statuses = SafeguardStatus::ALL;
        let choices: Vec<String> = statuses
            .iter()
            .enumerate()
            .map(|(i, st)| format!("{} {}", i + 1, st.label()))
            .collect();
        let mut i = 0;
        while let Some(id) = gaps.get(i) {
            let Some(sg) = self.eval().safeguard(id).cloned() else {
                i += 1;
                continue;
            };
            self.say("")?;
            self.say(format!(
                "Safeguard {} of {}: {}",
                i + 1,
                gaps.len(),
                sg.title
            ))?;
            if !sg.good.trim().is_empty() {
                self.say(format!("What good looks like: {}", sg.good.trim()))?;
            }
            let prompt = format!(
                "Status now: {}. Type {}; or press Enter to leave it.",
                crate::explain::safeguard_state(&sg),
                choices.join(", ")
            );
            self.say(&prompt)?;
            let status = loop {
                let Some(line) = self.read()? else {
                    return Ok(Flow::Eof);
                };
                match classify(&line) {
                    Line::Command(Command::Quit) => return Ok(Flow::Quit),
                    Line::Command(Command::Back) => break None,
                    Line::Command(Command::Help) => {
                        if !sg.clause.trim().is_empty() {
                            let policy = self.s.questionnaire.policy.clone();
                            self.say(format!(
                                "Policy: {}, in {} ({}).",
                                sg.clause.trim(),
                                policy.name,
                                policy.date
                            ))?;
                        }
                        let guard = self.eval().open_guards().get(sg.id.as_str()).cloned();
                        for why in crate::explain::required_reasons(
                            &self.s.questionnaire,
                            &sg,
                            guard.as_ref(),
                        ) {
                            self.say(format!("It is {why}."))?;
                        }
                        self.say("back goes to the previous safeguard; skip or Enter leaves this one; result, review, export, undo and go N work here too; quit saves and stops.")?;
                        self.say(&prompt)?;
                    }
                    Line::Command(Command::Skip) => break Some(None),
                    Line::Text(t) if t.trim().is_empty() => break Some(None),
                    Line::Text(t) => {
                        let t = t.trim().to_lowercase();
                        let picked = t
                            .parse::<usize>()
                            .ok()
                            .and_then(|n| n.checked_sub(1))
                            .and_then(|n| statuses.get(n))
                            .or_else(|| {
                                statuses.iter().find(|st| st.label() == t || st.name() == t)
                            });
                        match picked {
                            Some(st) => break Some(Some(*st)),
                            None => self.refuse(&format!(
                                "\"{}\" is not a status: type a number from 1 to {}",
                                crate::term_text::line(&t),
                                statuses.len()
                            ))?,
                        }
                    }
                    // The words that work at every prompt work here too (a new user's result,
                    // review, export and undo were refused).
                    Line::Command(c) => {
                        if let Some(flow) = self.common(&c)? {
                            return Ok(flow);
                        }
                        self.say(&prompt)?;
                    }
                }
            };
            let status = match status {
                None if i == 0 => return Ok(Flow::To(Step::Result)),
                None => {
                    i -= 1;
                    continue;
                }
                Some(None) => {
                    i += 1;
                    continue;
                }
                Some(Some(st)) => st,
            };
            // Enter keeps what is recorded: evidence is the hardest part to type again.
            // Not applicable needs its reason, which is what a reviewer checks (a screen-reader
            // review was asked for evidence, pressed Enter, and heard the warning only after).
            let not_applicable = status == crate::assessment::SafeguardStatus::NotApplicable;
            let evidence_prompt = if sg.evidence.trim().is_empty() && not_applicable {
                "Why it does not apply to this use, in a sentence a reviewer can check; without a reason it does not count."
                    .to_string()
            } else if sg.evidence.trim().is_empty() {
                "Evidence a reviewer can follow, a link or a sentence; or press Enter for none."
                    .to_string()
            } else if not_applicable {
                format!(
                    "Recorded now: {}. Type why it does not apply to this use, or press Enter to keep it.",
                    full(&sg.evidence)
                )
            } else {
                format!(
                    "Evidence now: {}. Type new evidence, or press Enter to keep it.",
                    full(&sg.evidence)
                )
            };
            self.say(&evidence_prompt)?;
            let evidence = match self.read_field(
                &evidence_prompt,
                "Evidence is what a reviewer can follow to check the safeguard: a link, a document or a sentence. back goes to this safeguard's status; skip or Enter keeps what is recorded; quit saves and stops.",
            )? {
                Field::Eof => {
                    self.s.set_safeguard(id, status, &sg.evidence)?;
                    return Ok(Flow::Eof);
                }
                Field::Quit => {
                    self.s.set_safeguard(id, status, &sg.evidence)?;
                    return Ok(Flow::Quit);
                }
                // Nothing recorded yet: the status is asked again.
                Field::Back => continue,
                Field::Keep => sg.evidence.clone(),
                Field::Value(t) => t,
            };
            self.s.set_safeguard(id, status, &evidence)?;
            // As after an answer: what was recorded, in full.
            let evidence = if evidence.trim().is_empty() {
                "no evidence".to_string()
            } else {
                format!("evidence: {}", full(&evidence))
            };
            self.say(format!(
                "Recorded: {}: {}; {}",
                sg.title,
                status.label(),
                crate::explain::stop(&evidence)
            ))?;
            // Not in place yet: who is to put it in place, and by when, for the reports'
            // remediation plan (a new-user pass found no way to record it but in the file).
            if matches!(
                status,
                crate::assessment::SafeguardStatus::Planned
                    | crate::assessment::SafeguardStatus::Missing
            ) {
                match self.ask_plan(id, &sg.title)? {
                    PlanFlow::Done => {}
                    PlanFlow::Quit => return Ok(Flow::Quit),
                    // The status and evidence are recorded; this safeguard's status is asked
                    // again, where they can be changed.
                    PlanFlow::Back => continue,
                }
            }
            // As the wizard's dialog says it, at once (new-user pass: plain mode said it only
            // in the result later).
            if status == crate::assessment::SafeguardStatus::NotApplicable {
                let now = self.eval();
                if let Some(r) = now.safeguard(id).filter(|r| r.required) {
                    if r.basis == crate::questionnaire::Basis::Policy {
                        self.say(crate::explain::not_applicable_under_policy(r))?;
                    } else if r.unjustified {
                        self.say(crate::explain::NOT_APPLICABLE_WHY)?;
                    }
                }
            }
            i += 1;
        }
        Ok(Flow::To(Step::Result))
    }

    /// Asks who is to put safeguard `id` in place and by when, keeping what is recorded on
    /// Enter.
    fn ask_plan(&mut self, id: &str, title: &str) -> anyhow::Result<PlanFlow> {
        let now = self.s.assessment.plans.get(id).cloned().unwrap_or_default();
        let keep = |v: &str| {
            if v.is_empty() {
                "press Enter to leave it blank".to_string()
            } else {
                format!("press Enter to keep \"{}\"", crate::term_text::line(v))
            }
        };
        let owner_prompt = format!(
            "Who is to put it in place (a name or a team)? Type it, or {}.",
            keep(&now.owner)
        );
        self.say(&owner_prompt)?;
        let help = format!(
            "The owner and the date go into the reports' plan for what is not in place yet. A name and a date can be typed together, as Dana Smith, {}. back goes to this safeguard's status; skip or Enter keeps what is recorded; quit saves and stops.",
            crate::session::example_target_date()
        );
        let help = help.as_str();
        let owner = match self.read_field(&owner_prompt, help)? {
            Field::Eof => return Ok(PlanFlow::Done),
            Field::Quit => return Ok(PlanFlow::Quit),
            Field::Back => return Ok(PlanFlow::Back),
            Field::Keep => now.owner.clone(),
            Field::Value(t) => t,
        };
        // "Dana Smith, 2026-03-31", as the wizard's plan dialog takes it: the date is the
        // target, not part of the name (a review of plain mode).
        if let Some((name, date)) = owner.rsplit_once(',')
            && crate::answer::valid_date(date.trim())
            && !name.trim().is_empty()
        {
            let (owner, target) = (name.trim().to_string(), date.trim().to_string());
            self.s.set_plan(id, &owner, &target)?;
            self.say(format!(
                "Recorded: the plan for {title}: {}.",
                crate::explain::plan_words(&owner, &target, Some(&crate::session::today()))
            ))?;
            return Ok(PlanFlow::Done);
        }
        let date_prompt = format!(
            "By when (YYYY-MM-DD)? Type the date, or {}.",
            keep(&now.target)
        );
        self.say(&date_prompt)?;
        let target = loop {
            match self.read_field(&date_prompt, help)? {
                Field::Eof | Field::Keep => break now.target.clone(),
                Field::Quit => {
                    self.s.set_plan(id, &owner, &now.target)?;
                    return Ok(PlanFlow::Quit);
                }
                Field::Back => return Ok(PlanFlow::Back),
                Field::Value(t) => {
                    if crate::answer::valid_date(&t) {
                        break t;
                    }
                    self.refuse(&format!(
                        "{}, or press Enter",
                        crate::answer::not_a_date(
                            &crate::term_text::line(&t),
                            &crate::session::example_target_date()
                        )
                    ))?;
                }
            }
        };
        self.s.set_plan(id, &owner, &target)?;
        self.say(format!(
            "Recorded: the plan for {title}: {}.",
            crate::explain::plan_words(&owner, &target, Some(&crate::session::today()))
        ))?;
        Ok(PlanFlow::Done)
    }

    /// Reads one of a safeguard's details (evidence, owner, date). Only back, skip, ? and quit
    /// are commands here: anything else a command word names would be lost, or taken as the
    /// text, so it is refused and asked again (a plain-mode review saw undo and back taken as
    /// Enter, silently). A leading backslash types a command word as text.
    fn read_field(&mut self, prompt: &str, help: &str) -> anyhow::Result<Field> {
        loop {
            let Some(line) = self.read()? else {
                return Ok(Field::Eof);
            };
            match classify(&line) {
                Line::Text(t) if t.trim().is_empty() => return Ok(Field::Keep),
                Line::Text(t) => return Ok(Field::Value(t.trim().to_string())),
                Line::Command(Command::Skip) => return Ok(Field::Keep),
                Line::Command(Command::Quit) => return Ok(Field::Quit),
                Line::Command(Command::Back) => return Ok(Field::Back),
                Line::Command(Command::Help) => {
                    self.say(help)?;
                    self.say(prompt)?;
                }
                Line::Command(_) => {
                    let word = line.trim();
                    self.refuse(&format!(
                        "{} does not work here: only back, skip, ? and quit do. Finish this safeguard first (Enter keeps what is recorded), or type \\{word} to enter the word as text",
                        crate::term_text::line(word)
                    ))?;
                    self.say(prompt)?;
                }
            }
        }
    }

    pub(crate) fn print_result(&mut self) -> anyhow::Result<()> {
        let e = self.eval();
        let q = &self.s.questionnaire;
        let numbers = |ids: &[crate::questionnaire::Text]| {
            let ns: Vec<String> = ids
                .iter()
                .filter_map(|id| e.visible.iter().position(|v| v == id))
                .map(|i| (i + 1).to_string())
                .collect();
            let word = if ns.len() == 1 {
                "question"
            } else {
                "questions"
            };
            format!("{word} {}", ns.join(", "))
        };
        let answered = self.answered_count(&e);
        let mut lines = vec![String::new()];
        if e.complete && answered == e.visible.len() {
            lines.push(format!("All {answered} questions are answered."));
        } else if e.complete {
            lines.push(format!(
                "Every required question is answered ({answered} of {} questions).",
                e.visible.len()
            ));
        } else {
            if !e.unanswered.is_empty() {
                lines.push(format!(
                    "Not answered yet: {}, so the assessment is incomplete.",
                    numbers(&e.unanswered)
                ));
            }
            if !e.notes_missing.is_empty() {
                lines.push(format!(
                    "Notes still needed: {}.",
                    numbers(&e.notes_missing)
                ));
            }
            lines.push("Type go and a number to answer one.".to_string());
        }
        let blank = crate::explain::blank_required_details(&self.s.assessment);
        if !blank.is_empty() {
            lines.push(format!(
                "Details still needed: {} (type details to fill them in).",
                blank.join("; ")
            ));
        }
        // An incomplete assessment's tier is provisional, and says so where it is given (a new
        // user read "Result: tier low." with half the questions unanswered; the wizard and
        // `raia list` say "incomplete"). A confirmed prohibited use stands whatever follows.
        let mut tier = if e.complete || e.tier == crate::questionnaire::Tier::Prohibited {
            format!("Result: tier {}.", crate::explain::tier(q, e.tier))
        } else {
            format!(
                "Result so far: tier {} on the answers given; it may change once the rest are answered.",
                crate::explain::tier(q, e.tier)
            )
        };
        if e.confirmed().next().is_some() {
            tier.push_str(" This use must not proceed.");
        }
        if let Some(doubt) = crate::explain::tier_in_doubt(q, &e) {
            tier.push_str(&format!(" It is {doubt}."));
        }
        lines.push(tier);
        let titles = |it: &mut dyn Iterator<Item = &str>| {
            let v: Vec<&str> = it.collect();
            if v.is_empty() {
                "none".to_string()
            } else {
                v.join("; ")
            }
        };
        lines.push(format!(
            "{}s confirmed: {}.",
            crate::explain::capital(&q.vocabulary.prohibited_use),
            titles(&mut e.confirmed().map(|p| p.title.as_str()))
        ));
        for h in &e.hidden_prohibits {
            lines.push(format!(
                "To be confirmed: {}.",
                crate::explain::hidden_prohibit(q, &e, h)
            ));
        }
        for line in crate::explain::described_but_clear(&e) {
            lines.push(format!("To be confirmed: {line}."));
        }
        if let Some(line) = crate::explain::intent_without_screening(q, &self.s.assessment, &e) {
            lines.push(format!("To be confirmed: {line}."));
        }
        let today = crate::session::today();
        for (p, s) in e.unbacked_prohibitions(Some(&today)) {
            lines.push(format!(
                "To be confirmed: {}: {}.",
                p.title,
                crate::explain::clear_only_while(s, Some(&today))
            ));
        }
        for line in e
            .doubted_prohibitions(Some(&today))
            .filter_map(|p| crate::explain::ruled_out_by_disagreeing(q, &self.s.assessment, &e, p))
        {
            lines.push(format!("To be confirmed: {line}."));
        }
        for line in crate::explain::waiting_on_answers(q, &e, Some(&today)) {
            lines.push(format!("To be confirmed: {line}."));
        }
        for (heading, titles, _) in crate::explain::concern_groups(&e) {
            lines.push(format!("{heading}: {}.", titles.join("; ")));
        }
        lines.push(format!(
            "{}s: {}.",
            crate::explain::capital(&q.vocabulary.consequential),
            crate::explain::consequential_marked(q, &e)
        ));
        for d in crate::explain::consequential_doubts(
            q,
            &e,
            crate::explain::DoubtWords::PointToDisagreements,
        ) {
            lines.push(format!("To be confirmed: {d}."));
        }
        lines.extend(crate::explain::requirements_in_doubt(&e));
        lines.push("Why:".to_string());
        for r in crate::explain::tier_reasons(q, &e).into_iter().take(6) {
            lines.push(format!("  {r}"));
        }
        for d in crate::explain::disagreements(q, &e) {
            lines.push(format!("{}.", crate::explain::capital(&d)));
        }
        let today = crate::session::today();
        // As the wizard's result says them: a review heard "all in place" here beside evidence
        // that had expired, and nothing of a compliance the gate fails.
        if let Some((statement, _)) =
            crate::explain::result_statement(q, &self.s.assessment, &e, &today)
        {
            lines.push(statement);
        }
        if e.gaps.is_empty() {
            lines.push(crate::explain::open_safeguards(&e, Some(&today)));
        } else {
            lines.push(format!(
                "Safeguards this use needs, still open: {} ({}).",
                e.gaps.len(),
                crate::explain::gaps_by_basis(&e)
            ));
            let guards = e.open_guards();
            for id in &e.gaps {
                if let Some(s) = e.safeguard(id) {
                    let target = self
                        .s
                        .assessment
                        .plans
                        .get(s.id.as_str())
                        .map_or("", |p| p.target.as_str());
                    lines.push(format!(
                        "  {}: {} ({}){}.",
                        s.title,
                        crate::explain::safeguard_state(s),
                        crate::explain::gap_basis(
                            q,
                            q.safeguard(&s.id).map_or(0, |x| x.layer),
                            s.basis,
                            s.obligation,
                            guards.get(s.id.as_str())
                        ),
                        crate::explain::target_passed_clause(target, Some(&today))
                    ));
                }
            }
            lines.push("Type safeguards to record their status and evidence.".to_string());
        }
        if let Some(p) = self.s.path.as_deref() {
            lines.push(format!("Saved to {}.", crate::term_text::path(p)));
        }
        for l in lines {
            self.say(l)?;
        }
        Ok(())
    }
}

/// What a safeguard's detail prompt read.
enum Field {
    Value(String),
    /// Enter or skip: what is recorded stays.
    Keep,
    Back,
    Quit,
    Eof,
}

/// Where asking for a plan leads.
enum PlanFlow {
    Done,
    Quit,
    /// To this safeguard's status again.
    Back,
}
