//! Plain mode's questions: showing one, reading the answer and its note, help and hints.

use super::*;

impl Plain<'_> {
    // ---- questions ----

    pub(crate) fn ask_question(&mut self, i: usize) -> anyhow::Result<Flow> {
        let here = Step::Question(i);
        let Some(q) = self.s.questionnaire.questions.get(i).cloned() else {
            return Ok(Flow::To(Step::Result));
        };
        let id = q.id.as_str();
        let e = self.eval();
        let Some(n) = self.number(i) else {
            return Ok(Flow::To(self.after(here)));
        };
        self.s.set_position(Position::Question(q.id.to_string()))?;
        self.show_question(&q, n, e.visible.len())?;
        // A migration asks to confirm this answer again: said before it is asked.
        if let Some(why) = self.s.to_reconfirm(id).map(str::to_string) {
            self.say(format!(
                "To confirm again after the questionnaire changed: {} Press Enter to keep the answer, or type another.",
                crate::explain::stop(&why)
            ))?;
        }
        loop {
            // A placeholder ("n/a") is no answer to keep: Enter asks for one.
            let current = self
                .s
                .assessment
                .answers
                .get(id)
                .filter(|a| crate::engine::is_given_to(&q, a))
                .cloned();
            let Some(line) = self.read()? else {
                return Ok(Flow::Eof);
            };
            let typed = match classify(&line) {
                Line::Command(Command::Help) => {
                    self.question_help(&q)?;
                    // A listener hears the help; remind them what is being asked, and how.
                    self.reprompt(&q, n)?;
                    continue;
                }
                Line::Command(Command::Back) => return Ok(Flow::To(self.before(here))),
                Line::Command(Command::Skip) => {
                    if current.is_none() {
                        self.say(if q.optional {
                            "Skipped."
                        } else {
                            "Skipped. It still needs an answer before the assessment is complete."
                        })?;
                    }
                    return Ok(Flow::To(self.after(here)));
                }
                Line::Command(Command::Note) => {
                    if let Some(flow) = self.optional_note(&q)? {
                        return Ok(flow);
                    }
                    self.reprompt(&q, n)?;
                    continue;
                }
                Line::Command(c) => {
                    if let Some(flow) = self.common(&c)? {
                        return Ok(flow);
                    }
                    // After a review or a refused jump, say again which question is waiting.
                    self.reprompt(&q, n)?;
                    continue;
                }
                Line::Text(t) if q.kind == QuestionKind::LongText && !t.trim().is_empty() => {
                    match self.read_long(id, t)? {
                        Long::Done(text) => text,
                        Long::Ended => return Ok(Flow::Eof),
                        Long::Quit => return Ok(Flow::Quit),
                    }
                }
                Line::Text(t) => t,
            };
            let answer = if typed.trim().is_empty() {
                match current.clone() {
                    Some(a) => a,
                    None if q.optional => return Ok(Flow::To(self.after(here))),
                    // Refused as any answer is: from a script, the lines after it would answer
                    // the wrong questions (a review of honest teams saved a model's name as the
                    // data sources).
                    None => {
                        self.refuse(
                            "An answer is needed: type it, or skip to come back to it later",
                        )?;
                        continue;
                    }
                }
            } else {
                match parse_answer(&q, &typed) {
                    Ok(Some(a)) => a,
                    Ok(None) => continue,
                    Err(reason) => {
                        self.refuse(&reason)?;
                        self.say(type_hint(&q))?;
                        continue;
                    }
                }
            };
            let words = full(&display_answer(&q, &answer));
            let placeholder = crate::engine::is_placeholder_answer_to(&q, &answer);
            // Kept or changed, it is confirmed again.
            self.s.confirm_again(id)?;
            if current.as_ref() == Some(&answer) {
                self.say(format!("Kept: {words}."))?;
            } else {
                let before = e.visible.len();
                let note_to_check = q.kind.has_options()
                    && current.is_some()
                    && self
                        .s
                        .assessment
                        .notes
                        .get(id)
                        .is_some_and(|n| !n.trim().is_empty());
                self.s.set_answer(id, Some(answer.clone()))?;
                // Changed in the file meanwhile too: the file's value was kept. Say so (the
                // notice comes first with any line said) and ask again, rather than "Recorded"
                // a value that was not (a hostile review's note prompt then followed the file's).
                if self.s.assessment.answers.get(id) != Some(&answer) {
                    self.say("")?;
                    self.reprompt(&q, n)?;
                    continue;
                }
                // What was recorded first, then what to check (new-user pass: the note came
                // before the answer it was about).
                self.say(format!("Recorded: {}", crate::explain::stop(&words)))?;
                if note_to_check {
                    let hint = crate::engine::note_hint(&q, &answer);
                    self.say(crate::explain::note_for_earlier_answer(
                        "type note to change it",
                        &hint,
                    ))?;
                }
                let now = self.eval();
                if let Some(t) = crate::explain::tier_change(&self.s.questionnaire, e.tier, &now) {
                    self.say(t)?;
                }
                for d in crate::explain::contradictions_opened(&e, &now) {
                    self.say(d)?;
                }
                // Answers the change hides are kept but no longer count: said by name, since
                // "adds 6 questions" is a net count (a plain-mode review lost three answers
                // from the verdict unheard).
                let newly_hidden: Vec<String> = now
                    .hidden_answered
                    .iter()
                    .filter(|id| !e.hidden_answered.contains(id))
                    .filter_map(|id| self.s.questionnaire.question(id))
                    .map(|x| format!("\"{}\"", x.prompt.trim()))
                    .collect();
                if !newly_hidden.is_empty() {
                    self.say(format!(
                        "This answer hides {} already answered, so {} no longer {}: {}. The answers are kept, and count again if the question is asked again.",
                        plural(newly_hidden.len(), "question", "questions"),
                        if newly_hidden.len() == 1 { "its answer" } else { "their answers" },
                        if newly_hidden.len() == 1 { "counts" } else { "count" },
                        newly_hidden.join("; ")
                    ))?;
                }
                let after = now.visible.len();
                // Screen-reader users cannot see the count change, so say it.
                if after > before {
                    self.say(format!(
                        "This answer adds {}: there are now {after}.",
                        plural(after - before, "question", "questions")
                    ))?;
                } else if after < before {
                    self.say(format!(
                        "This answer removes {}: there are now {after}.",
                        plural(before - after, "question", "questions")
                    ))?;
                }
            }
            if placeholder {
                self.say(crate::explain::PLACEHOLDER_ANSWER)?;
            }
            let changed = current.is_some() && current.as_ref() != Some(&answer);
            if let Some(flow) = self.required_note(&q, changed)? {
                return Ok(flow);
            }
            return Ok(Flow::To(self.after(here)));
        }
    }

    /// After help or a command at a question: which question is waiting, and how to answer it,
    /// the same words the question was first asked with.
    pub(crate) fn reprompt(&mut self, q: &Question, n: usize) -> anyhow::Result<()> {
        self.say(format!("Back to question {n}: {}", q.prompt))?;
        // The options again: after help or a review, they are far above (new-user pass).
        self.say_options(q)?;
        let hint = self.answer_hint(q);
        self.say(hint)?;
        Ok(())
    }

    /// The numbered options of a choice question (and of a yes/no one worded otherwise).
    fn say_options(&mut self, q: &Question) -> anyhow::Result<()> {
        match q.kind {
            QuestionKind::Single | QuestionKind::Multi => {
                for (i, o) in q.options.iter().enumerate() {
                    self.say(format!("  {}. {}", i + 1, o.label))?;
                }
            }
            QuestionKind::YesNo => {
                let plain = q
                    .options
                    .iter()
                    .all(|o| o.label == if o.id == "yes" { "Yes" } else { "No" });
                if !plain {
                    for o in &q.options {
                        let key = if o.id == "yes" { "y" } else { "n" };
                        self.say(format!("  {key}. {}", o.label))?;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// How to answer `q`, with its current answer read in full.
    pub(crate) fn answer_hint(&self, q: &Question) -> String {
        let stored = self.s.assessment.answers.get(q.id.as_str());
        let current = stored.filter(|a| crate::engine::is_given_to(q, a));
        let placeholder = stored.filter(|a| crate::engine::is_placeholder_answer_to(q, a));
        match (current, placeholder) {
            (Some(a), _) => {
                // After an answer read over several lines, the instruction gets its own line
                // rather than trailing the answer's last one (new-user pass).
                let words = full(&display_answer(q, a));
                // A text answer is not added to: say so before a resumed session's typing
                // replaces it (a team review lost a sentence typed as its ending).
                let text = matches!(q.kind, QuestionKind::Text | QuestionKind::LongText);
                let keep = match (words.contains('\n'), text) {
                    (true, true) => "\nPress Enter to keep it; what you type replaces it.",
                    (false, true) => " Press Enter to keep it; what you type replaces it.",
                    (true, false) => "\nPress Enter to keep it.",
                    (false, false) => " Press Enter to keep it.",
                };
                format!("{}\nCurrent answer: {words}.{keep}", type_hint(q))
            }
            (None, Some(a)) => format!(
                "{}\nNot answered yet: {}.",
                type_hint(q),
                crate::explain::placeholder_row(&full(&display_answer(q, a)))
            ),
            (None, None) if q.optional => {
                format!("{} Press Enter to leave it blank.", type_hint(q))
            }
            (None, None) => type_hint(q),
        }
    }

    /// Reads the rest of a long answer, up to a line holding only a dot. At the end of input
    /// the text typed so far is saved, since it was given ([`Long::Ended`]); so it is on `quit`
    /// ([`Long::Quit`]). Another command word alone on a later line is not taken as text (a
    /// review's `back` was saved into the answer, with no word): plain mode says how to end
    /// the answer first, and a backslash keeps the word.
    pub(crate) fn read_long(&mut self, id: &str, first: String) -> anyhow::Result<Long> {
        let mut lines = Vec::new();
        let mut next = Some(first);
        while let Some(line) = next {
            if line.trim() == "." {
                return Ok(Long::Done(lines.join("\n")));
            }
            match classify(&line) {
                Line::Command(Command::Quit) if !lines.is_empty() => {
                    let text = lines.join("\n");
                    self.s.set_answer(id, Some(Answer::Text(text)))?;
                    self.say("The text typed so far is saved.")?;
                    return Ok(Long::Quit);
                }
                Line::Command(_) if !lines.is_empty() => self.say(
                    "That is a command word, read only once the answer ends: end it with a line holding only a dot, then type the command (start a line with \\ to keep the word as text).",
                )?,
                Line::Text(text) if line.trim_start().starts_with('\\') => lines.push(text),
                _ => lines.push(line),
            }
            next = self.read()?;
        }
        let text = lines.join("\n");
        if !text.trim().is_empty() {
            self.s.set_answer(id, Some(Answer::Text(text)))?;
            self.say("The input ended inside the answer; the text typed so far is saved.")?;
        }
        Ok(Long::Ended)
    }

    pub(crate) fn show_question(
        &mut self,
        q: &Question,
        n: usize,
        of: usize,
    ) -> anyhow::Result<()> {
        if self.shown_section.as_deref() != Some(q.section.as_str()) {
            let sections = &self.s.questionnaire.sections;
            let count = sections.len();
            let found = sections
                .iter()
                .enumerate()
                .find(|(_, s)| s.id == q.section)
                .map(|(i, s)| (i, s.clone()));
            if let Some((i, s)) = found {
                self.say("")?;
                self.say(format!("Section {} of {count}: {}", i + 1, s.title))?;
                if !s.intro.trim().is_empty() {
                    self.say(s.intro.trim())?;
                }
            }
            self.shown_section = Some(q.section.to_string());
        }
        self.say("")?;
        self.say(format!(
            "Question {n} of {of}{}: {}",
            if q.optional { ", optional" } else { "" },
            q.prompt
        ))?;
        self.say_options(q)?;
        let hint = self.answer_hint(q);
        self.say(hint)?;
        if let Some(note) = self.s.assessment.notes.get(q.id.as_str())
            && !note.trim().is_empty()
        {
            self.say(format!("Note: {}", full(note)))?;
        }
        Ok(())
    }

    pub(crate) fn question_help(&mut self, q: &Question) -> anyhow::Result<()> {
        if !q.help.trim().is_empty() {
            self.say(format!("Why this is asked: {}", q.help.trim()))?;
        }
        if let Some(c) = &q.show_if {
            let e = self.eval();
            let why =
                crate::explain::asked_because(&self.s.questionnaire, &self.s.assessment, &e, c);
            self.say(format!("Asked because {}.", why.trim_end_matches('.')))?;
        }
        if !q.clause.trim().is_empty() {
            let policy = &self.s.questionnaire.policy;
            let text = format!(
                "Policy: {}, in {} ({}).",
                q.clause.trim(),
                policy.name,
                policy.date
            );
            self.say(text)?;
        }
        if matches!(q.kind, QuestionKind::Single | QuestionKind::Multi) {
            let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
            self.say(format!(
                "You may type an option's number, its label or its id ({}).",
                ids.join(", ")
            ))?;
        }
        self.say(COMMANDS)?;
        Ok(())
    }

    /// Asks for the note the current answer requires, if it is missing, or, when the answer
    /// was just `changed`, whether the note written for the earlier answer still holds (a
    /// new-user review saw "an analyst decides" kept as the note of "it decides alone"). `Some`
    /// when the user leaves the prompt other than by giving or skipping the note.
    pub(crate) fn required_note(
        &mut self,
        q: &Question,
        changed: bool,
    ) -> anyhow::Result<Option<Flow>> {
        let Some(answer) = self.s.assessment.answers.get(q.id.as_str()).cloned() else {
            return Ok(None);
        };
        let hint = crate::engine::note_hint(q, &answer);
        let kept = self
            .s
            .assessment
            .notes
            .get(q.id.as_str())
            .filter(|n| !crate::engine::is_empty_note(n))
            .cloned();
        if !crate::engine::note_required(q, &answer) || (kept.is_some() && !changed) {
            return Ok(None);
        }
        let mut ask = "This answer needs a note.".to_string();
        if !hint.is_empty() {
            ask.push(' ');
            ask.push_str(&hint);
        }
        self.say(ask)?;
        if let Some(note) = &kept {
            self.say(format!(
                "The note written for the earlier answer reads: \"{}\"",
                crate::term_text::line(note.trim())
            ))?;
            self.say("Press Enter to keep it for this answer, or type a new note.")?;
        } else {
            self.say("Type the note on one line, or skip to add it later.")?;
        }
        loop {
            let Some(line) = self.read()? else {
                return Ok(Some(Flow::Eof));
            };
            match classify(&line) {
                Line::Command(Command::Help) => {
                    self.say("The note tells a reviewer why this answer was given.")?;
                    self.say(COMMANDS)?;
                    self.say("Type the note on one line, or skip to add it later.")?;
                }
                Line::Command(Command::Back) => {
                    if let Some(i) = self.s.questionnaire.question_index(&q.id) {
                        return Ok(Some(Flow::To(Step::Question(i))));
                    }
                }
                Line::Command(Command::Skip) => {
                    self.say(
                        "Skipped. The note is still needed before the assessment is complete.",
                    )?;
                    return Ok(None);
                }
                Line::Command(Command::Note) => {
                    self.say("Type the note itself, or skip to add it later.")?;
                }
                Line::Command(c) => {
                    if let Some(flow) = self.common(&c)? {
                        return Ok(Some(flow));
                    }
                    self.say("Type the note on one line, or skip to add it later.")?;
                }
                Line::Text(t) if t.trim().is_empty() && kept.is_some() => {
                    self.say("Note kept.")?;
                    return Ok(None);
                }
                Line::Text(t) if t.trim().is_empty() => {
                    self.say("A note is needed: type it, or skip to add it later.")?;
                }
                Line::Text(t) => {
                    // From a script, a note that says nothing stops plain mode before it is
                    // kept: the line was likely written for the next question (a new-user
                    // trial's "12000" became the note on the answer before).
                    if self.strict && crate::engine::is_empty_note(&t) {
                        self.refuse(&format!(
                            "\"{}\" says nothing as a note, so it is not kept and the note is still needed",
                            crate::term_text::line(t.trim())
                        ))?;
                    }
                    self.s.set_note(&q.id, t.trim())?;
                    if crate::engine::is_empty_note(&t) {
                        // Kept, so nothing typed is lost, but said at once: the gate counts
                        // it as missing.
                        self.say("Saved, but that says nothing yet, so the note still counts as missing: type what a reviewer needs to know, or skip to add it later.")?;
                        continue;
                    }
                    // Echoed, as answers are ("Recorded: ..."), so a listener hears what was
                    // kept (a new-user trial).
                    self.say(format!("Note saved: {}", crate::term_text::line(t.trim())))?;
                    return Ok(None);
                }
            }
        }
    }

    /// The `note` command: add, keep, replace or remove this question's note.
    pub(crate) fn optional_note(&mut self, q: &Question) -> anyhow::Result<Option<Flow>> {
        let current = self
            .s
            .assessment
            .notes
            .get(q.id.as_str())
            .filter(|n| !n.trim().is_empty())
            .cloned();
        match &current {
            Some(c) => self.say(format!(
                "Current note: {}. Type a new note on one line, press Enter to keep it, or type remove to delete it.",
                full(c)
            ))?,
            None => self.say("Type a note on one line, or press Enter to add none.")?,
        }
        let Some(line) = self.read()? else {
            return Ok(Some(Flow::Eof));
        };
        match classify(&line) {
            Line::Command(Command::Quit) => return Ok(Some(Flow::Quit)),
            Line::Command(_) => self.say("No change to the note.")?,
            Line::Text(t) if t.trim().is_empty() => self.say("No change to the note.")?,
            Line::Text(t) if current.is_some() && t.trim().eq_ignore_ascii_case("remove") => {
                self.s.set_note(&q.id, "")?;
                self.say("Note removed.")?;
            }
            Line::Text(t) => {
                self.s.set_note(&q.id, t.trim())?;
                self.say(format!("Note saved: {}", crate::term_text::line(t.trim())))?;
            }
        }
        Ok(None)
    }
}

/// How to type an answer to `q`.
pub(crate) fn type_hint(q: &Question) -> String {
    match q.kind {
        QuestionKind::Single => "Type the number of your answer.".to_string(),
        QuestionKind::Multi => match crate::typed::none_option(q) {
            Some(o) => format!(
                "Type the numbers of all that apply, separated by commas, or none for \"{}\".",
                o.label
            ),
            None => "Type the numbers of all that apply, separated by commas.".to_string(),
        },
        QuestionKind::YesNo => "Type y or n.".to_string(),
        QuestionKind::Text if q.placeholder.trim().is_empty() => {
            "Type your answer on one line.".to_string()
        }
        QuestionKind::Text => format!(
            "Type your answer on one line, for example: {}",
            // Placeholders often start with "e.g.", which would read twice here.
            q.placeholder
                .trim()
                .trim_start_matches("e.g.")
                .trim_start_matches("for example")
                .trim_start()
        ),
        QuestionKind::LongText => {
            "Type your answer; it may take several lines. End it with a line holding only a dot."
                .to_string()
        }
        QuestionKind::Number => {
            let mut r = crate::typed::range(q);
            if let Some(first) = r.get(..1) {
                r = first.to_uppercase() + &r[1..];
            }
            r + "."
        }
        QuestionKind::Date => "Type a date as year-month-day, for example 2026-03-31.".to_string(),
    }
}

/// How a long answer ended: with its closing dot, at the end of input, or on `quit`.
pub(crate) enum Long {
    Done(String),
    Ended,
    Quit,
}
