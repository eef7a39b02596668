//! The words plain mode understands at every prompt (go, back, review, result, export, undo, quit, ...), and stopping.

use super::*;

/// What the result waits for, said again after anything else is typed there.
const RESULT_PROMPT: &str =
    "Press Enter to finish, or type back, review, go and a number, safeguards, export or sign.";

impl Plain<'_> {
    // ---- commands that work everywhere ----

    /// Quit, review and go. `Some` when the command leaves the prompt.
    pub(crate) fn common(&mut self, c: &Command) -> anyhow::Result<Option<Flow>> {
        match c {
            Command::Quit => return Ok(Some(Flow::Quit)),
            Command::Review => self.review()?,
            Command::Go(n) => {
                let e = self.eval();
                if self.s.path.is_none() && self.s.assessment.metadata.system.trim().is_empty() {
                    self.say(
                        "Give the system name first: it names the file your answers are saved to.",
                    )?;
                } else if let Some(i) = n
                    .checked_sub(1)
                    .and_then(|i| self.visible().get(i).copied())
                {
                    self.jumped_from = Some(self.here);
                    // `back` at the result then goes to the last question, not to where
                    // `result` was typed long ago.
                    self.came_from = None;
                    return Ok(Some(Flow::To(Step::Question(i))));
                } else {
                    self.refuse(&format!(
                        "There is no question {n}: type go and a number from 1 to {}",
                        e.visible.len()
                    ))?;
                }
            }
            Command::GoWithoutNumber => {
                self.refuse("Type go and a question number, for example go 3")?;
            }
            // A required detail left blank had no way back but typing back from question 1,
            // which after a go returned to the result (a review of plain mode).
            Command::Details => {
                let d = self
                    .s
                    .assessment
                    .blank_required()
                    .next()
                    .unwrap_or(Detail::System);
                self.came_from = None;
                self.jumped_from = None;
                if !matches!(self.here, Step::Detail(_)) {
                    self.details_from = Some(self.here);
                }
                return Ok(Some(Flow::To(Step::Detail(d))));
            }
            Command::Result | Command::Safeguards | Command::SafeguardsAll => {
                if self.s.path.is_none() && self.s.assessment.metadata.system.trim().is_empty() {
                    self.say(
                        "Give the system name first: it names the file your answers are saved to.",
                    )?;
                    return Ok(None);
                }
                if matches!(self.here, Step::Detail(_) | Step::Question(_)) {
                    self.came_from = Some(self.here);
                }
                return Ok(Some(match c {
                    Command::Result => Flow::To(Step::Result),
                    Command::SafeguardsAll => Flow::SafeguardsAll,
                    _ => Flow::Safeguards,
                }));
            }
            Command::Export => self.export()?,
            Command::Undo => return self.undo(false),
            Command::Redo => return self.undo(true),
            Command::Help | Command::Back | Command::Skip | Command::Note => {}
        }
        Ok(None)
    }

    /// The `undo` command: takes back the last change made in this session, saved like any
    /// change, through the same [`Session::undo`] the wizard's u calls. An answer taken back is
    /// asked again.
    /// With `redo`, the `redo` command: makes again what undo took back ([`Session::redo`]).
    pub(crate) fn undo(&mut self, redo: bool) -> anyhow::Result<Option<Flow>> {
        let before = self.eval();
        let taken = if redo { self.s.redo() } else { self.s.undo() };
        self.undid = !redo && taken.is_some();
        match taken {
            None if redo => self.say(
                "Nothing to redo: redo makes again what undo took back, until the next change.",
            )?,
            None => self.say("Nothing to undo: no change since raia started is left to take back (the last 50 can be).")?,
            Some((undone, r)) => {
                let (q, a) = (&self.s.questionnaire, &self.s.assessment);
                let text = if redo {
                    crate::explain::redone(q, a, &undone)
                } else {
                    crate::explain::undone(q, a, &undone)
                };
                self.say(text)?;
                if let Err(e) = r {
                    self.say(format!("Not saved: {e:#}."))?;
                }
                let now = self.eval();
                if let Some(t) =
                    crate::explain::tier_change(&self.s.questionnaire, before.tier, &now)
                {
                    self.say(t)?;
                }
                if let crate::session::Undone::Answer(id) = undone
                    && now.is_visible(&id)
                    && let Some(i) = self.s.questionnaire.question_index(&id)
                {
                    // Undo shows the answer taken back; redo puts the answer back as it was
                    // given, so it goes on to where answering it led: the next line typed was
                    // saved over the restored answer (a new user's plain-mode session).
                    let to = if redo {
                        self.after(Step::Question(i))
                    } else {
                        Step::Question(i)
                    };
                    // Taken back at the result, the question asked again returns there once
                    // answered, as after go (a review walked on through every later question).
                    if !redo && matches!(self.here, Step::Result | Step::Review | Step::Export) {
                        self.jumped_from = Some(self.here);
                        self.came_from = None;
                    }
                    return Ok(Some(Flow::To(to)));
                }
            }
        }
        Ok(None)
    }

    /// The `export` command: writes every report to its default path
    /// ([`crate::report::default_paths`]), as the wizard's export step does, never over the
    /// assessment or a file raia did not write.
    pub(crate) fn export(&mut self) -> anyhow::Result<()> {
        let Some(path) = self.s.save()?.map(Path::to_path_buf) else {
            self.say(
                "Give the system name first: reports are written next to the assessment file.",
            )?;
            return Ok(());
        };
        let loaded;
        let templates = match self.templates {
            Some(t) => t,
            None => {
                loaded = Templates::load(None)?;
                &loaded
            }
        };
        let draft = self
            .s
            .drafts_dir
            .as_deref()
            .is_some_and(|d| path.parent() == Some(d));
        // Writing an incomplete assessment's reports is allowed (a draft to share), but said.
        let e = self.eval();
        if !e.complete {
            self.say(format!(
                "The assessment is incomplete ({}): the reports say so at the top.",
                crate::explain::missing(e.unanswered.len(), e.notes_missing.len())
            ))?;
        }
        // As the wizard's export step says it (a review of plain mode saw no word of it).
        if let Some(w) = crate::explain::info_request_warning(
            &self.s.questionnaire,
            &self.s.assessment,
            &e,
            &crate::session::today(),
        ) {
            self.say(w)?;
        }
        for (format, out) in crate::report::default_paths(&path, draft) {
            let r = crate::report::write_report(
                &self.s.questionnaire,
                &self.s.assessment,
                format,
                templates,
                &out,
                &path,
                false,
            );
            match r {
                Ok(p) => self.say(format!("Wrote {p}."))?,
                Err(e) => {
                    let report = format!(
                        "raia report {} --format {}",
                        shell_quote(&path),
                        format.name()
                    );
                    // Someone's file can be replaced on purpose; the assessment never.
                    let replace = if matches!(
                        crate::report::out_target(&out, &path),
                        crate::report::OutTarget::Foreign(_)
                    ) {
                        format!(
                            "; to replace it and lose what is in it: {report} --out {} --force",
                            shell_quote(&out)
                        )
                    } else {
                        String::new()
                    };
                    self.say(format!(
                        "{e}; write it elsewhere with: {report} --out FILE{replace}"
                    ))?
                }
            }
        }
        Ok(())
    }

    pub(crate) fn review(&mut self) -> anyhow::Result<()> {
        let e = self.eval();
        let answered = self.answered_count(&e);
        self.say(format!(
            "Review: {answered} of {} questions answered. Tier so far: {}.",
            e.visible.len(),
            e.tier
        ))?;
        // The details and the notes, as the wizard's review shows them (a new-user pass found
        // both missing here).
        self.say("System details:")?;
        for d in crate::assessment::Detail::ALL {
            let value = self.s.assessment.metadata.detail(d);
            let value = if value.trim().is_empty() {
                if d.required() {
                    "not given yet".to_string()
                } else {
                    "not given".to_string()
                }
            } else {
                full(value)
            };
            self.say(format!("  {}: {value}.", d.label()))?;
        }
        self.say("Questions:")?;
        for (i, id) in e.visible.iter().enumerate() {
            let Some(q) = self.s.questionnaire.question(id) else {
                continue;
            };
            let stored = self.s.assessment.answers.get(id.as_str());
            let mut status = match stored.filter(|a| crate::engine::is_given_to(q, a)) {
                Some(a) => format!("Answer: {}.", full(&display_answer(q, a))),
                None => {
                    let what = if q.optional {
                        "Not answered, optional"
                    } else {
                        "Not answered"
                    };
                    // A placeholder ("n/a") is no answer; say what was typed.
                    match stored.filter(|a| crate::engine::is_placeholder_answer_to(q, a)) {
                        Some(a) => format!(
                            "{what}: {}.",
                            crate::explain::placeholder_row(&full(&display_answer(q, a)))
                        ),
                        None => format!("{what}."),
                    }
                }
            };
            if e.notes_missing.contains(id) {
                status.push_str(" Note needed.");
            }
            let line = format!("  {}. {} {status}", i + 1, sentence(&q.prompt));
            self.say(line)?;
            if let Some(note) = self
                .s
                .assessment
                .notes
                .get(id.as_str())
                .filter(|n| !n.trim().is_empty())
            {
                self.say(format!("     Note: {}.", full(note)))?;
            }
        }
        self.say("Type go and a number to change an answer.")?;
        Ok(())
    }

    // ---- the end ----

    pub(crate) fn end(&mut self) -> anyhow::Result<Flow> {
        self.s.set_position(Position::Result)?;
        self.print_result()?;
        // The sign-off, as the wizard's result gives it (a new-user review found plain mode
        // never said it, nor how to record one).
        let e = self.eval();
        let state =
            crate::portfolio::SignOffState::of(&self.s.questionnaire, &self.s.assessment, &e);
        self.say(crate::explain::sign_off_state(&state, &e, &crate::session::today()).0)?;
        self.say(self.how_to_sign())?;
        let back = match self.came_from {
            Some(Step::Question(i)) => match self.number(i) {
                Some(n) => format!("back returns to question {n}"),
                None => "back goes to the last question".to_string(),
            },
            Some(Step::Detail(d)) => format!("back returns to detail {}", d.index() + 1),
            _ => "back goes to the last question".to_string(),
        };
        self.say(format!(
            "Press Enter to finish; {back}; review, or go and a number, changes an answer; safeguards records safeguards (safeguards all: every one); export writes the reports; sign records a reviewer's decision."
        ))?;
        loop {
            let Some(line) = self.read()? else {
                return Ok(Flow::Finish);
            };
            match classify(&line) {
                Line::Text(t) if t.trim().is_empty() => return Ok(Flow::Finish),
                Line::Command(Command::Quit) => return Ok(Flow::Finish),
                Line::Command(Command::Back) => {
                    if let Some(step) = self.came_from.take() {
                        return Ok(Flow::To(step));
                    }
                    return Ok(Flow::To(self.before(Step::Review)));
                }
                Line::Command(Command::Help) => {
                    self.say("This is the result. Press Enter to finish; back, review and go let you change answers first, safeguards records the safeguards still missing or to be confirmed (safeguards all: every one, those in place too), export writes the reports, sign records a reviewer's decision on these answers, undo takes back the last change.")?;
                    self.say(RESULT_PROMPT)?;
                }
                Line::Command(Command::Result) => return Ok(Flow::To(Step::Result)),
                Line::Command(Command::Skip | Command::Note) => {
                    self.say(RESULT_PROMPT)?;
                }
                Line::Command(c) => {
                    if let Some(flow) = self.common(&c)? {
                        return Ok(flow);
                    }
                    // After export or a review, say what is waiting.
                    self.say(RESULT_PROMPT)?;
                }
                // Words that are no command here are said to be none, not passed over (a
                // new-user review typed "sign" and heard only the prompt again).
                Line::Text(t) => {
                    let t = t.trim();
                    let signing = ["s", "sign", "sign off", "signoff", "sign-off", "approve"]
                        .iter()
                        .any(|w| t.eq_ignore_ascii_case(w));
                    // As the wizard's s: the same questions, the same rules (a review of plain
                    // mode found it could only point to a shell command).
                    if signing {
                        self.at_result = true;
                        let done = self.sign_off()?;
                        self.at_result = false;
                        if done {
                            return Ok(Flow::Finish);
                        }
                    } else {
                        // From a script, as any refused line: the lines after it were meant
                        // for the prompts a sign or a safeguards would have led to (a review
                        // lost a sign-off to "sgin", and raia exited 0).
                        self.refuse(&format!(
                            "\"{}\" is not a command here; type help for the commands",
                            crate::term_text::line(t)
                        ))?;
                    }
                    self.say(RESULT_PROMPT)?;
                }
            }
        }
    }

    /// `sign` at the result: a reviewer records a decision on these answers, as with the
    /// wizard's s, through the same [`Session::sign`] and its rules. The name and the role are
    /// asked apart, as `raia sign` takes them ("Smith, Dana" was read as a name and a role, a
    /// team workflow review), and the name is checked before anything else is asked. Returns
    /// whether quit was typed; Enter at the name or the decision signs nothing.
    fn sign_off(&mut self) -> anyhow::Result<bool> {
        use crate::signoff::Decision;
        const HELP: &str = "A sign-off records a reviewer's decision on these answers as they stand: their own name, their role, the decision, and for anything but an approval what must change. back, or Enter at the name or the decision, signs nothing; quit signs nothing and stops.";
        // One prompt: its line, or what a command there means. `None` is the end of input.
        enum Got {
            Line(String),
            Cancel,
            Quit,
        }
        let ask = |me: &mut Self, prompt: &str| -> anyhow::Result<Option<Got>> {
            me.say(prompt)?;
            loop {
                return Ok(match me.read()?.map(|l| classify(&l)) {
                    None => None,
                    Some(Line::Command(Command::Quit)) => Some(Got::Quit),
                    Some(Line::Command(Command::Back)) => Some(Got::Cancel),
                    Some(Line::Command(Command::Help)) => {
                        me.say(HELP)?;
                        me.say(prompt)?;
                        continue;
                    }
                    Some(Line::Command(_)) => {
                        me.refuse("Not a command while signing: type the answer, back to sign nothing, or ? for help")?;
                        me.say(prompt)?;
                        continue;
                    }
                    Some(Line::Text(t)) => Some(Got::Line(t.trim().to_string())),
                });
            }
        };
        // Said whenever signing ends without a sign-off, so no one takes it for recorded.
        let nothing = |me: &mut Self, quit: bool| -> anyhow::Result<bool> {
            me.say("Nothing signed.")?;
            Ok(quit)
        };
        let name = loop {
            match ask(
                self,
                "Who signs? Type the reviewer's own name as they sign documents, or press Enter to sign nothing.",
            )? {
                None => return Ok(false),
                Some(Got::Quit) => return nothing(self, true),
                Some(Got::Cancel) => return nothing(self, false),
                Some(Got::Line(t)) if t.is_empty() => return nothing(self, false),
                Some(Got::Line(t)) => match crate::signoff::check_signer(&t, "") {
                    Ok(()) => break t,
                    Err(e) => self.refuse(&format!("Not that name: {e}"))?,
                },
            }
        };
        let role = loop {
            match ask(
                self,
                "Their role (Risk officer, Compliance lead)? Type it, or press Enter to leave it out.",
            )? {
                None => return Ok(false),
                Some(Got::Quit) => return nothing(self, true),
                Some(Got::Cancel) => return nothing(self, false),
                Some(Got::Line(t)) => match crate::signoff::check_signer(&name, &t) {
                    Ok(()) => break t,
                    Err(e) => self.refuse(&format!("Not that role: {e}"))?,
                },
            }
        };
        let choices = Decision::ALL
            .iter()
            .enumerate()
            .map(|(i, d)| format!("{}. {}", i + 1, d.label()))
            .collect::<Vec<_>>()
            .join("; ");
        let prompt = format!(
            "Decision: {choices}. Type its number or its words, or press Enter to sign nothing."
        );
        let decision = loop {
            match ask(self, &prompt)? {
                None => return Ok(false),
                Some(Got::Quit) => return nothing(self, true),
                Some(Got::Cancel) => return nothing(self, false),
                Some(Got::Line(t)) if t.is_empty() => return nothing(self, false),
                Some(Got::Line(t)) => {
                    let typed = t.to_lowercase();
                    let picked = typed
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| n.checked_sub(1))
                        .and_then(|i| Decision::ALL.get(i).copied())
                        .or_else(|| {
                            Decision::ALL
                                .iter()
                                .find(|d| typed == d.label() || typed == d.name())
                                .copied()
                        })
                        // The start of one, as "approve" or "reject" (a second new-user
                        // review's "approve" was refused).
                        .or_else(|| {
                            let mut starting = Decision::ALL.iter().filter(|d| {
                                typed.len() >= 3
                                    && (d.label().starts_with(&typed)
                                        || d.name().starts_with(&typed))
                            });
                            match (starting.next(), starting.next()) {
                                (Some(d), None) => Some(*d),
                                _ => None,
                            }
                        });
                    if let Some(d) = picked {
                        break d;
                    }
                    self.refuse(&format!(
                        "\"{}\" is not a decision: type 1, 2 or 3, or press Enter",
                        crate::term_text::line(&t)
                    ))?;
                }
            }
        };
        let comment = if decision == Decision::Approved {
            String::new()
        } else {
            match ask(
                self,
                "What must change? Type it for the record, or press Enter to record the decision without it.",
            )? {
                None => return Ok(false),
                Some(Got::Quit) => return nothing(self, true),
                Some(Got::Cancel) => return nothing(self, false),
                Some(Got::Line(t)) => t,
            }
        };
        match self
            .s
            .sign(&name, &role, decision, &comment, &crate::session::today())
        {
            Ok(entry) => {
                let warning = crate::explain::approval_warning(&self.eval());
                let text = crate::explain::signed(&self.s.questionnaire, &entry, warning, "undo");
                self.say(text)?;
                if decision == Decision::Approved {
                    for note in crate::explain::objections_after_approval(
                        &self.s.questionnaire,
                        &self.s.assessment,
                        &name,
                    ) {
                        self.say(format!("Note: {note}."))?;
                    }
                } else if comment.is_empty() {
                    self.say(crate::explain::capital(&crate::explain::no_comment_note(
                        "comment",
                    )))?;
                }
                // Seen now: the read that follows says nothing of a change in coverage.
                self.signoff_seen = self.signoff_coverage();
            }
            Err(e) => self.say(format!("Not signed: {e:#}"))?,
        }
        Ok(false)
    }

    /// How a reviewer records a sign-off of this file, here (sign) or from a shell.
    fn how_to_sign(&self) -> String {
        let file = self
            .s
            .path
            .as_deref()
            .map_or_else(|| "FILE".to_string(), shell_quote);
        let e = self.eval();
        let how = crate::explain::how_to_sign(&self.s.questionnaire, &self.s.assessment, &e, &file);
        format!("{} {}", how.lead_where(Some("sign")), how.command)
    }

    /// Enter at the result. The position stays at the result, as the wizard leaves it: resume
    /// returns there, and the result names what is still to do.
    pub(crate) fn finish(&mut self) -> anyhow::Result<()> {
        // Every change was saved as it was made: a file only read is not written again, nor
        // its `updated` date moved (a team workflow review read a result and had a change to
        // commit).
        let saved = if self.s.has_unsaved() {
            self.s.save()?.map(Path::to_path_buf)
        } else {
            self.s.path.clone()
        };
        match saved {
            Some(p) => {
                let p = shell_quote(&p);
                let e = self.eval();
                if !e.complete {
                    self.say(format!(
                        "Not complete yet: {}. To carry on: raia resume --plain {p}",
                        crate::explain::missing(e.unanswered.len(), e.notes_missing.len())
                    ))?;
                }
                let blank = crate::explain::blank_required_details(&self.s.assessment);
                if !blank.is_empty() {
                    self.say(format!(
                        "Required details still blank: {}. To fill them in: raia resume --plain {p}, then type details.",
                        blank.join(", ")
                    ))?;
                }
                if let Some((last, false)) = self.signoff_coverage() {
                    self.say(crate::explain::signoff_stale_on_leaving(&last, &p))?;
                }
                self.say(format!(
                    "Done. For the full report: raia report {p} --format md"
                ))?;
            }
            None => self.say("Done. Nothing was saved: no system name was given.")?,
        }
        self.out.flush()?;
        Ok(())
    }

    /// Saves and says how to carry on.
    pub(crate) fn stop(&mut self, eof: bool) -> anyhow::Result<()> {
        let saved = self.s.save()?.map(Path::to_path_buf);
        if eof {
            self.say("The input ended.")?;
        }
        match saved {
            Some(p) => {
                let e = self.eval();
                let answered = self.answered_count(&e);
                // A note still owed keeps the assessment incomplete with every question
                // answered (a new user was told "44 of 44" and nothing of the note).
                let mut notes = match e.notes_missing.len() {
                    0 => String::new(),
                    n => format!(
                        "; {}",
                        crate::explain::plural(
                            n,
                            "required note is still missing",
                            "required notes are still missing"
                        )
                    ),
                };
                // And a required detail left blank, which no question count shows (a review
                // read "33 of 33" beside a blank assessor).
                let blank = crate::explain::blank_required_details(&self.s.assessment);
                if !blank.is_empty() {
                    notes.push_str(&format!(
                        "; required details still blank: {} (type details when you carry on)",
                        blank.join(", ")
                    ));
                }
                self.say(format!(
                    "Saved to {}, with {answered} of {} questions answered{notes}.",
                    crate::term_text::path(&p),
                    e.visible.len()
                ))?;
                // Saved, but no longer approved, as the wizard says on quitting.
                if let Some((last, false)) = self.signoff_coverage() {
                    self.say(crate::explain::signoff_stale_on_leaving(
                        &last,
                        &shell_quote(&p),
                    ))?;
                }
                self.say(format!(
                    "To carry on: raia resume --plain {}",
                    shell_quote(&p)
                ))?;
            }
            None => self.say("Nothing was saved: no system name was given yet.")?,
        }
        self.out.flush()?;
        Ok(())
    }
}

/// A path as it can be pasted into a shell.
pub(crate) fn shell_quote(p: &Path) -> String {
    let s = p.display().to_string();
    let safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+=:,@%".contains(c));
    if safe {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}
