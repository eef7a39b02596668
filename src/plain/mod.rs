//! Plain line-by-line mode, for screen readers, `TERM=dumb` and scripts.
//!
//! It asks the same things as the wizard (the metadata, then every visible question in order)
//! one prompt at a time, with no colour, no cursor movement and no alternate screen. Every
//! answer goes through [`Session`], so it is on disk before the next question is printed.
//! Input may be piped: at the end of input the assessment is saved and the way to resume is
//! printed.

mod parse;

use crate::typed::parse_answer;
pub use parse::{Command, Line, classify};

use crate::answer::Answer;
use crate::assessment::{Metadata, SafeguardStatus};
use crate::engine::{Evaluation, ProhibitionStatus, display_answer};
use crate::questionnaire::{Question, QuestionKind};
use crate::report::Templates;
use crate::session::Session;
use crate::term_text::Lines;
use std::io::{BufRead, Write};
use std::path::Path;

const FIELDS: [(&str, &str, bool); 6] = Metadata::FIELDS;

const COMMANDS: &str = "Commands: back goes to the previous question; skip leaves this one for \
later; note adds a note; undo takes back the last change; review lists your answers; go and a \
number jumps to that question; result, safeguards and export go straight to the result, to \
recording safeguards and to writing the reports, and back returns from there; quit saves and \
stops. To answer with one of these words, start the answer with a backslash.";

/// Asks the session's visible questions line by line on `input`/`output`, saving each answer.
pub fn run(
    session: Session,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> anyhow::Result<()> {
    run_with(session, None, input, output)
}

/// [`run`], with the templates `export` writes reports with (`None`: those
/// [`Templates::load`] finds).
pub fn run_with(
    session: Session,
    templates: Option<&Templates>,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut p = Plain {
        s: session,
        input,
        out: Lines::new(output),
        shown_section: None,
        here: Step::End,
        came_from: None,
        templates,
    };
    p.greet()?;
    let mut step = p.start_step();
    p.announce(&step)?;
    loop {
        p.here = step.clone();
        let flow = match &step {
            Step::Meta(i) => p.ask_meta(*i)?,
            Step::Question(id) => p.ask_question(&id.clone())?,
            Step::End => p.end()?,
            Step::Safeguards => p.record_safeguards()?,
        };
        match flow {
            Flow::To(next) => step = next,
            Flow::Quit => return p.stop(false),
            Flow::Eof => return p.stop(true),
            Flow::Finish => return p.finish(),
        }
    }
}

/// Reads one line without its line ending; `None` at the end of input. Bytes that are not
/// UTF-8 are replaced rather than refused. A line longer than a file raia would read back
/// ([`crate::textfile::MAX_BYTES`]) stops plain mode: input such as `/dev/zero` never ends.
fn read_line(input: &mut dyn BufRead) -> anyhow::Result<Option<String>> {
    use std::io::Read as _;
    let limit = crate::textfile::MAX_BYTES;
    let mut buf = Vec::new();
    if input.take(limit + 1).read_until(b'\n', &mut buf)? == 0 {
        return Ok(None);
    }
    if buf.len() as u64 > limit {
        anyhow::bail!(
            "standard input: a line is longer than {} MiB\n  help: raia reads at most that much, so that endless input (such as /dev/zero) cannot exhaust memory; the answers given before it are saved",
            limit / (1024 * 1024)
        );
    }
    let mut line = String::from_utf8_lossy(&buf).into_owned();
    while line.ends_with('\n') || line.ends_with('\r') {
        line.pop();
    }
    Ok(Some(line))
}

/// Plain mode's home, as the wizard has one: with drafts in `drafts_dir`, lists them (name,
/// progress, last edit, tier or "incomplete") and asks which to resume, or Enter for a new
/// assessment; then runs plain mode on it. Without drafts it starts a new assessment at once.
pub fn run_home(
    questionnaire: crate::questionnaire::Questionnaire,
    drafts_dir: Option<std::path::PathBuf>,
    templates: Option<&Templates>,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> anyhow::Result<()> {
    let drafts = drafts_dir
        .as_deref()
        .map(|d| crate::session::draft_summaries(&questionnaire, d))
        .unwrap_or_default();
    if drafts.is_empty() {
        let s = Session::new(questionnaire, None, drafts_dir);
        return run_with(s, templates, input, output);
    }
    let mut out = Lines::new(&mut *output);
    out.line(&format!(
        "raia plain mode. {} in {}:",
        plural(drafts.len(), "draft", "drafts"),
        drafts_dir
            .as_deref()
            .map_or_else(String::new, crate::term_text::path)
    ))?;
    for (i, d) in drafts.iter().enumerate() {
        let line = match &d.error {
            Some(e) => format!(
                "  {}. {}: cannot be read: {}",
                i + 1,
                d.name,
                e.lines().next().unwrap_or_default()
            ),
            None => format!(
                "  {}. {} ({}): {} of {} questions answered, last edited {}, tier {}.",
                i + 1,
                if d.system.is_empty() {
                    "no name"
                } else {
                    &d.system
                },
                d.name,
                d.answered,
                d.visible,
                if d.updated.is_empty() {
                    "never"
                } else {
                    &d.updated
                },
                d.tier_label(&questionnaire)
            ),
        };
        out.line(&line)?;
    }
    out.line("Type a draft's number to resume it, or press Enter to start a new assessment (quit stops).")?;
    let session = loop {
        out.flush()?;
        let Some(line) = read_line(input)? else {
            out.line("The input ended; nothing was opened.")?;
            return Ok(());
        };
        let t = line.trim();
        if t.is_empty() || t.eq_ignore_ascii_case("new") {
            break Session::new(questionnaire.clone(), None, drafts_dir.clone());
        }
        if matches!(classify(t), Line::Command(Command::Quit)) {
            return Ok(());
        }
        let picked = t
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| drafts.get(i));
        match picked {
            Some(d) => match Session::open(questionnaire.clone(), &d.path) {
                Ok(mut s) => {
                    s.drafts_dir = drafts_dir.clone();
                    break s;
                }
                Err(e) => out.line(&format!(
                    "Cannot open {}: {}. Type another number, or press Enter for a new assessment.",
                    d.name,
                    format!("{e:#}").lines().next().unwrap_or_default()
                ))?,
            },
            None => out.line(&format!(
                "\"{t}\" is not a draft: type a number from 1 to {}, or press Enter for a new assessment.",
                drafts.len()
            ))?,
        }
    };
    out.flush()?;
    run_with(session, templates, input, output)
}

/// Where the conversation is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// A metadata field, by index in [`Metadata::FIELDS`].
    Meta(usize),
    /// A question, by id.
    Question(String),
    /// The result, with a last chance to go back.
    End,
    /// Recording the status and evidence of the open safeguards, then the result.
    Safeguards,
}

/// What a prompt leads to.
enum Flow {
    To(Step),
    /// The user asked to stop.
    Quit,
    /// The input ended.
    Eof,
    /// The user finished at the result.
    Finish,
}

struct Plain<'a> {
    s: Session,
    input: &'a mut dyn BufRead,
    /// Every line goes out through [`Lines`], which escapes control characters: prompts echo
    /// answers, names and questionnaire text, which may hold any of them.
    out: Lines<&'a mut dyn Write>,
    /// The section whose heading was printed last ("" for the metadata).
    shown_section: Option<String>,
    /// The step being asked.
    here: Step,
    /// Where `result`, `safeguards` or `export` was typed: `back` at the result returns there.
    came_from: Option<Step>,
    templates: Option<&'a Templates>,
}

impl Plain<'_> {
    fn say(&mut self, text: impl AsRef<str>) -> std::io::Result<()> {
        self.out.line(text.as_ref())
    }

    /// Reads one line without its line ending; `None` at the end of input. Bytes that are not
    /// UTF-8 are replaced rather than refused. A line longer than a file raia would read back
    /// ([`crate::textfile::MAX_BYTES`]) stops plain mode: input such as `/dev/zero` never ends.
    fn read(&mut self) -> anyhow::Result<Option<String>> {
        self.out.flush()?;
        read_line(self.input)
    }

    fn eval(&self) -> Evaluation {
        self.s.evaluate()
    }

    fn answered_count(&self, e: &Evaluation) -> usize {
        e.visible
            .iter()
            .filter(|id| self.s.assessment.has_answer(id))
            .count()
    }

    fn greet(&mut self) -> anyhow::Result<()> {
        let q = &self.s.questionnaire;
        let intro = format!(
            "raia plain mode: {}, version {}.\nIt follows {} ({}), {}. It is a self-assessment aid, not legal advice.\nAnswer each question and press Enter. Type ? at any prompt for help and commands, or quit to save and stop.",
            q.title, q.version, q.policy.name, q.policy.date, q.policy.url
        );
        self.say(intro)?;
        Ok(())
    }

    /// Where to begin: the details if none are given yet, else a required detail still blank,
    /// else the saved position, else the first question still needing an answer or a note,
    /// else the result.
    fn start_step(&self) -> Step {
        let a = &self.s.assessment;
        let blank = |key: &str| a.metadata.get(key).is_none_or(|v| v.trim().is_empty());
        let started = !a.answers.is_empty()
            || !a.wizard.position.is_empty()
            || FIELDS.iter().any(|(k, _, _)| !blank(k));
        if !started {
            return Step::Meta(0);
        }
        if let Some(i) = FIELDS.iter().position(|(k, _, req)| *req && blank(k)) {
            return Step::Meta(i);
        }
        self.resume_question()
    }

    /// The question to carry on at: the saved position, else the first question still needing
    /// an answer or a note (the very first one when nothing is answered), else the result.
    fn resume_question(&self) -> Step {
        let a = &self.s.assessment;
        let e = self.eval();
        if e.is_visible(&a.wizard.position) {
            return Step::Question(a.wizard.position.clone());
        }
        if a.answers.is_empty() {
            return self.first_question();
        }
        e.visible
            .iter()
            .find(|id| e.unanswered.contains(id) || e.notes_missing.contains(id))
            .map_or(Step::End, |id| Step::Question(id.clone()))
    }

    fn announce(&mut self, start: &Step) -> anyhow::Result<()> {
        let e = self.eval();
        let answered = self.answered_count(&e);
        let text = match self.s.path.clone() {
            Some(p) if p.exists() => {
                let mut t = format!(
                    "Resuming {}: {answered} of {} questions answered.",
                    crate::term_text::path(&p),
                    e.visible.len()
                );
                if let Step::Question(id) = start
                    && let Some(n) = e.visible.iter().position(|v| v == id)
                {
                    t.push_str(&format!(" Going on at question {}.", n + 1));
                }
                t
            }
            Some(p) => format!(
                "Each answer is saved to {} as you go.",
                crate::term_text::path(&p)
            ),
            None => "Answers are saved as a draft once the system has a name.".to_string(),
        };
        self.say(text)?;
        Ok(())
    }

    // ---- metadata ----

    fn ask_meta(&mut self, i: usize) -> anyhow::Result<Flow> {
        let Some(&(key, label, required)) = FIELDS.get(i) else {
            return Ok(Flow::To(self.resume_question()));
        };
        if self.shown_section.as_deref() != Some("") {
            self.say("")?;
            self.say(format!(
                "About the system: {} details, those marked optional may be left blank.",
                FIELDS.len()
            ))?;
            self.shown_section = Some(String::new());
        }
        self.say(format!(
            "Detail {} of {}: {label}{}",
            i + 1,
            FIELDS.len(),
            if required { "" } else { ", optional" }
        ))?;
        let current = self.detail(key);
        if !current.is_empty() {
            self.say(format!("Current: {current}. Press Enter to keep it."))?;
        }
        let next = if i + 1 < FIELDS.len() {
            Step::Meta(i + 1)
        } else {
            self.resume_question()
        };
        loop {
            let Some(line) = self.read()? else {
                return Ok(Flow::Eof);
            };
            match classify(&line) {
                Line::Command(Command::Help) => {
                    self.say("These details name the system and who answers for it; the report starts with them.")?;
                    self.say(COMMANDS)?;
                    self.reprompt_meta(i)?;
                }
                Line::Command(Command::Back) => {
                    if i == 0 {
                        self.say("This is the first detail; there is nothing before it.")?;
                    } else {
                        return Ok(Flow::To(Step::Meta(i - 1)));
                    }
                }
                Line::Command(Command::Skip) => {
                    if required && current.is_empty() {
                        self.say(format!("{label} is required: type it, or quit to stop."))?;
                    } else {
                        return Ok(Flow::To(next));
                    }
                }
                Line::Command(Command::Note) => {
                    self.say("Notes belong to questions; there is none to add to this detail.")?;
                }
                Line::Command(c) => {
                    if let Some(flow) = self.common(&c)? {
                        return Ok(flow);
                    }
                    self.reprompt_meta(i)?;
                }
                Line::Text(t) => {
                    let t = t.trim();
                    if t.is_empty() {
                        if current.is_empty() && required {
                            self.say(format!("{label} is required: type it, or quit to stop."))?;
                            continue;
                        }
                        return Ok(Flow::To(next));
                    }
                    let had_path = self.s.path.is_some();
                    self.s.set_metadata(key, t)?;
                    self.say(format!("Recorded: {label}: {t}."))?;
                    if !had_path && let Some(p) = self.s.path.clone() {
                        self.say(format!("Saving to {}.", crate::term_text::path(&p)))?;
                        self.say_name_taken(t, &p)?;
                    }
                    return Ok(Flow::To(next));
                }
            }
        }
    }

    /// A system detail as stored, trimmed.
    fn detail(&self, key: &str) -> String {
        self.s
            .assessment
            .metadata
            .get(key)
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// After help or a command at a detail: which detail is waiting, and how to answer it.
    fn reprompt_meta(&mut self, i: usize) -> anyhow::Result<()> {
        let Some(&(key, label, required)) = FIELDS.get(i) else {
            return Ok(());
        };
        self.say(format!(
            "Back to detail {} of {}: {label}",
            i + 1,
            FIELDS.len()
        ))?;
        let current = self.detail(key);
        let how = match (current.is_empty(), required) {
            (false, _) => {
                format!("Current: {current}. Type a new value, or press Enter to keep it.")
            }
            (true, true) => "Type it; it is required.".to_string(),
            (true, false) => "Type it, or press Enter to leave it blank.".to_string(),
        };
        self.say(how)?;
        Ok(())
    }

    /// A new draft whose system name is already a draft's: it is saved as a separate file, and
    /// the user is told so, with the way to the other one, instead of silently.
    fn say_name_taken(&mut self, system: &str, path: &Path) -> anyhow::Result<()> {
        let stem = crate::assessment::store::draft_stem(system);
        let Some(dir) = path.parent() else {
            return Ok(());
        };
        let first = dir.join(format!("{stem}.toml"));
        if first != path && first.exists() {
            self.say(format!(
                "A draft named {stem} already exists, so this one is a separate draft. To continue {stem} instead, quit and type: raia resume --plain {stem}"
            ))?;
        }
        Ok(())
    }

    // ---- questions ----

    fn first_question(&self) -> Step {
        self.eval()
            .visible
            .first()
            .map_or(Step::End, |id| Step::Question(id.clone()))
    }

    /// The next visible question after `id`, in asking order.
    fn after(&self, id: &str) -> Step {
        let q = &self.s.questionnaire;
        let here = q.question_index(id).unwrap_or(0);
        self.eval()
            .visible
            .iter()
            .find(|v| q.question_index(v).is_some_and(|i| i > here))
            .map_or(Step::End, |v| Step::Question(v.clone()))
    }

    /// The previous visible question before `id`, or the last detail.
    fn before(&self, id: &str) -> Step {
        let q = &self.s.questionnaire;
        let here = q.question_index(id).unwrap_or(0);
        self.eval()
            .visible
            .iter()
            .rev()
            .find(|v| q.question_index(v).is_some_and(|i| i < here))
            .map_or(Step::Meta(FIELDS.len() - 1), |v| Step::Question(v.clone()))
    }

    fn ask_question(&mut self, id: &str) -> anyhow::Result<Flow> {
        let Some(q) = self.s.questionnaire.question(id).cloned() else {
            return Ok(Flow::To(Step::End));
        };
        let e = self.eval();
        let Some(n) = e.visible.iter().position(|v| v == id).map(|i| i + 1) else {
            return Ok(Flow::To(self.after(id)));
        };
        self.s.set_position(id)?;
        self.show_question(&q, n, e.visible.len())?;
        loop {
            let current = self
                .s
                .assessment
                .answers
                .get(id)
                .filter(|a| a.is_given())
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
                Line::Command(Command::Back) => return Ok(Flow::To(self.before(id))),
                Line::Command(Command::Skip) => {
                    if current.is_none() {
                        self.say(if q.optional {
                            "Skipped."
                        } else {
                            "Skipped. It still needs an answer before the assessment is complete."
                        })?;
                    }
                    return Ok(Flow::To(self.after(id)));
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
                        Some(text) => text,
                        None => return Ok(Flow::Eof),
                    }
                }
                Line::Text(t) => t,
            };
            let answer = if typed.trim().is_empty() {
                match current.clone() {
                    Some(a) => a,
                    None if q.optional => return Ok(Flow::To(self.after(id))),
                    None => {
                        self.say(
                            "An answer is needed: type it, or skip to come back to it later.",
                        )?;
                        continue;
                    }
                }
            } else {
                match parse_answer(&q, &typed) {
                    Ok(Some(a)) => a,
                    Ok(None) => continue,
                    Err(reason) => {
                        self.say(format!("{reason}."))?;
                        self.say(type_hint(&q))?;
                        continue;
                    }
                }
            };
            let words = full(&display_answer(&q, &answer));
            if current.as_ref() == Some(&answer) {
                self.say(format!("Kept: {words}."))?;
            } else {
                let before = e.visible.len();
                self.s.set_answer(id, Some(answer))?;
                self.say(format!("Recorded: {words}."))?;
                let now = self.eval();
                if let Some(t) = crate::explain::tier_change(&self.s.questionnaire, e.tier, &now) {
                    self.say(t)?;
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
            if let Some(flow) = self.required_note(&q)? {
                return Ok(flow);
            }
            return Ok(Flow::To(self.after(id)));
        }
    }

    /// After help or a command at a question: which question is waiting, and how to answer it,
    /// the same words the question was first asked with.
    fn reprompt(&mut self, q: &Question, n: usize) -> anyhow::Result<()> {
        self.say(format!("Back to question {n}: {}", q.prompt))?;
        let hint = self.answer_hint(q);
        self.say(hint)?;
        Ok(())
    }

    /// How to answer `q`, with its current answer read in full.
    fn answer_hint(&self, q: &Question) -> String {
        let current = self
            .s
            .assessment
            .answers
            .get(&q.id)
            .filter(|a| a.is_given());
        match current {
            Some(a) => format!(
                "{}\nCurrent answer: {}. Press Enter to keep it.",
                type_hint(q),
                full(&display_answer(q, a))
            ),
            None if q.optional => format!("{} Press Enter to leave it blank.", type_hint(q)),
            None => type_hint(q),
        }
    }

    /// Reads the rest of a long answer, up to a line holding only a dot. At the end of input
    /// the text typed so far is saved, since it was given, and `None` is returned.
    fn read_long(&mut self, id: &str, first: String) -> anyhow::Result<Option<String>> {
        let mut lines = Vec::new();
        let mut next = Some(first);
        while let Some(line) = next {
            if line.trim() == "." {
                return Ok(Some(lines.join("\n")));
            }
            lines.push(line);
            next = self.read()?;
        }
        let text = lines.join("\n");
        if !text.trim().is_empty() {
            self.s.set_answer(id, Some(Answer::Text(text)))?;
            self.say("The input ended inside the answer; the text typed so far is saved.")?;
        }
        Ok(None)
    }

    fn show_question(&mut self, q: &Question, n: usize, of: usize) -> anyhow::Result<()> {
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
            self.shown_section = Some(q.section.clone());
        }
        self.say("")?;
        self.say(format!(
            "Question {n} of {of}{}: {}",
            if q.optional { ", optional" } else { "" },
            q.prompt
        ))?;
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
        let hint = self.answer_hint(q);
        self.say(hint)?;
        if let Some(note) = self.s.assessment.notes.get(&q.id)
            && !note.trim().is_empty()
        {
            self.say(format!("Note: {}", full(note)))?;
        }
        Ok(())
    }

    fn question_help(&mut self, q: &Question) -> anyhow::Result<()> {
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

    /// Asks for the note the current answer requires, if it is missing. `Some` when the user
    /// leaves the prompt other than by giving or skipping the note.
    fn required_note(&mut self, q: &Question) -> anyhow::Result<Option<Flow>> {
        let Some(answer) = self.s.assessment.answers.get(&q.id).cloned() else {
            return Ok(None);
        };
        let hint = crate::engine::note_hint(q, &answer);
        let has_note = self
            .s
            .assessment
            .notes
            .get(&q.id)
            .is_some_and(|n| !n.trim().is_empty());
        if !crate::engine::note_required(q, &answer) || has_note {
            return Ok(None);
        }
        let mut ask = "This answer needs a note.".to_string();
        if !hint.is_empty() {
            ask.push(' ');
            ask.push_str(&hint);
        }
        self.say(ask)?;
        self.say("Type the note on one line, or skip to add it later.")?;
        loop {
            let Some(line) = self.read()? else {
                return Ok(Some(Flow::Eof));
            };
            match classify(&line) {
                Line::Command(Command::Help) => {
                    self.say("The note tells a reviewer why this answer was given.")?;
                    self.say(COMMANDS)?;
                }
                Line::Command(Command::Back) => {
                    return Ok(Some(Flow::To(Step::Question(q.id.clone()))));
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
                }
                Line::Text(t) if t.trim().is_empty() => {
                    self.say("A note is needed: type it, or skip to add it later.")?;
                }
                Line::Text(t) => {
                    self.s.set_note(&q.id, t.trim())?;
                    return Ok(None);
                }
            }
        }
    }

    /// The `note` command: add, keep, replace or remove this question's note.
    fn optional_note(&mut self, q: &Question) -> anyhow::Result<Option<Flow>> {
        let current = self
            .s
            .assessment
            .notes
            .get(&q.id)
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
                self.say("Note saved.")?;
            }
        }
        Ok(None)
    }

    // ---- commands that work everywhere ----

    /// Quit, review and go. `Some` when the command leaves the prompt.
    fn common(&mut self, c: &Command) -> anyhow::Result<Option<Flow>> {
        match c {
            Command::Quit => return Ok(Some(Flow::Quit)),
            Command::Review => self.review()?,
            Command::Go(n) => {
                let e = self.eval();
                if self.s.path.is_none() && self.s.assessment.metadata.system.trim().is_empty() {
                    self.say(
                        "Give the system name first: it names the file your answers are saved to.",
                    )?;
                } else if let Some(id) = n.checked_sub(1).and_then(|i| e.visible.get(i)) {
                    return Ok(Some(Flow::To(Step::Question(id.clone()))));
                } else {
                    self.say(format!(
                        "There is no question {n}: type go and a number from 1 to {}.",
                        e.visible.len()
                    ))?;
                }
            }
            Command::GoWithoutNumber => {
                self.say("Type go and a question number, for example go 3.")?;
            }
            Command::Result | Command::Safeguards => {
                if self.s.path.is_none() && self.s.assessment.metadata.system.trim().is_empty() {
                    self.say(
                        "Give the system name first: it names the file your answers are saved to.",
                    )?;
                    return Ok(None);
                }
                if self.here != Step::End && self.here != Step::Safeguards {
                    self.came_from = Some(self.here.clone());
                }
                return Ok(Some(Flow::To(if *c == Command::Result {
                    Step::End
                } else {
                    Step::Safeguards
                })));
            }
            Command::Export => self.export()?,
            Command::Undo => return self.undo(),
            Command::Help | Command::Back | Command::Skip | Command::Note => {}
        }
        Ok(None)
    }

    /// The `undo` command: takes back the last change made in this session, saved like any
    /// change, through the same [`Session::undo`] the wizard's u calls. An answer taken back is
    /// asked again.
    fn undo(&mut self) -> anyhow::Result<Option<Flow>> {
        let before = self.eval();
        match self.s.undo() {
            None => self.say("Nothing to undo: no answer has changed since raia started.")?,
            Some((undone, r)) => {
                let text =
                    crate::explain::undone(&self.s.questionnaire, &self.s.assessment, &undone);
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
                {
                    return Ok(Some(Flow::To(Step::Question(id))));
                }
            }
        }
        Ok(None)
    }

    /// The `export` command: writes every report to its default path
    /// ([`crate::report::default_paths`]), as the wizard's export step does, never over the
    /// assessment or a file raia did not write.
    fn export(&mut self) -> anyhow::Result<()> {
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
                Err(e) => self.say(format!(
                    "{e}; write it elsewhere with: raia report {} --format {} --out FILE",
                    shell_quote(&path),
                    format.name()
                ))?,
            }
        }
        Ok(())
    }

    fn review(&mut self) -> anyhow::Result<()> {
        let e = self.eval();
        let answered = self.answered_count(&e);
        self.say(format!(
            "Review: {answered} of {} questions answered. Tier so far: {}.",
            e.visible.len(),
            e.tier
        ))?;
        for (i, id) in e.visible.iter().enumerate() {
            let Some(q) = self.s.questionnaire.question(id) else {
                continue;
            };
            let mut status = match self.s.assessment.answers.get(id).filter(|a| a.is_given()) {
                Some(a) => format!("Answer: {}.", full(&display_answer(q, a))),
                None if q.optional => "Not answered, optional.".to_string(),
                None => "Not answered.".to_string(),
            };
            if e.notes_missing.contains(id) {
                status.push_str(" Note needed.");
            }
            let line = format!("  {}. {} {status}", i + 1, sentence(&q.prompt));
            self.say(line)?;
        }
        self.say("Type go and a number to change an answer.")?;
        Ok(())
    }

    // ---- the end ----

    fn end(&mut self) -> anyhow::Result<Flow> {
        self.s.set_position("")?;
        self.print_result()?;
        let back = match self.came_from.clone() {
            Some(Step::Question(id)) => {
                let e = self.eval();
                match e.visible.iter().position(|v| *v == id) {
                    Some(i) => format!("back returns to question {}", i + 1),
                    None => "back goes to the last question".to_string(),
                }
            }
            Some(Step::Meta(i)) => format!("back returns to detail {}", i + 1),
            _ => "back goes to the last question".to_string(),
        };
        self.say(format!(
            "Press Enter to finish; {back}; review, or go and a number, changes an answer; safeguards records safeguards; export writes the reports."
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
                    let last = self.eval().visible.last().cloned();
                    return Ok(Flow::To(
                        last.map_or(Step::Meta(FIELDS.len() - 1), Step::Question),
                    ));
                }
                Line::Command(Command::Help) => {
                    self.say("This is the result. Press Enter to finish; back, review and go let you change answers first, safeguards records the safeguards still missing, export writes the reports, undo takes back the last change.")?;
                }
                Line::Command(Command::Result) => return Ok(Flow::To(Step::End)),
                Line::Command(Command::Skip | Command::Note) => {
                    self.say("Press Enter to finish, or type back, review, or go and a number.")?;
                }
                Line::Command(c) => {
                    if let Some(flow) = self.common(&c)? {
                        return Ok(flow);
                    }
                }
                _ => {
                    self.say("Press Enter to finish, or type back, review, or go and a number.")?;
                }
            }
        }
    }

    /// Walks through the required safeguards that are missing or planned, asking each one's
    /// status and evidence, then shows the result again.
    fn record_safeguards(&mut self) -> anyhow::Result<Flow> {
        let gaps = self.eval().gaps;
        if gaps.is_empty() {
            self.say("No required safeguard is missing.")?;
            return Ok(Flow::To(Step::End));
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
            self.say(format!(
                "Status now: {}. Type {}; or press Enter to leave it.",
                crate::explain::safeguard_state(&sg),
                choices.join(", ")
            ))?;
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
                        for why in crate::explain::required_reasons(&self.s.questionnaire, &sg) {
                            self.say(format!("It is {why}."))?;
                        }
                        self.say("back goes to the previous safeguard; skip or Enter leaves this one; quit saves and stops.")?;
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
                            None => self.say(format!(
                                "\"{t}\" is not a status: type a number from 1 to {}.",
                                statuses.len()
                            ))?,
                        }
                    }
                    Line::Command(_) => {
                        self.say("Type a status number, or press Enter to leave it.")?;
                    }
                }
            };
            let status = match status {
                None if i == 0 => return Ok(Flow::To(Step::End)),
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
            if sg.evidence.trim().is_empty() {
                self.say(
                    "Evidence a reviewer can follow, a link or a sentence; or press Enter for none.",
                )?;
            } else {
                self.say(format!(
                    "Evidence now: {}. Type new evidence, or press Enter to keep it.",
                    full(&sg.evidence)
                ))?;
            }
            let evidence = match self.read()? {
                None => {
                    self.s.set_safeguard(id, status, &sg.evidence)?;
                    return Ok(Flow::Eof);
                }
                Some(line) => match classify(&line) {
                    Line::Text(t) if t.trim().is_empty() => sg.evidence.clone(),
                    Line::Text(t) => t.trim().to_string(),
                    Line::Command(Command::Quit) => {
                        self.s.set_safeguard(id, status, &sg.evidence)?;
                        return Ok(Flow::Quit);
                    }
                    Line::Command(_) => sg.evidence.clone(),
                },
            };
            self.s.set_safeguard(id, status, &evidence)?;
            i += 1;
        }
        Ok(Flow::To(Step::End))
    }

    fn print_result(&mut self) -> anyhow::Result<()> {
        let e = self.eval();
        let q = &self.s.questionnaire;
        let numbers = |ids: &[String]| {
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
        let mut tier = format!("Result: tier {}.", crate::explain::tier(q, e.tier));
        if e.confirmed().next().is_some() {
            tier.push_str(" This use must not proceed.");
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
        let concerns: Vec<&str> = e
            .prohibitions
            .iter()
            .filter(|p| p.status == ProhibitionStatus::Concern)
            .map(|p| p.title.as_str())
            .collect();
        if !concerns.is_empty() {
            lines.push(format!(
                "Possible misuse to guard against: {}.",
                concerns.join("; ")
            ));
        }
        lines.push(format!(
            "{}s: {}.",
            crate::explain::capital(&q.vocabulary.consequential),
            titles(&mut e.categories.iter().map(|c| c.title.as_str()))
        ));
        lines.push("Why:".to_string());
        for r in crate::explain::tier_reasons(q, &e).into_iter().take(6) {
            lines.push(format!("  {r}"));
        }
        for d in crate::explain::disagreements(q, &e) {
            lines.push(format!("{}.", crate::explain::capital(&d)));
        }
        if e.gaps.is_empty() {
            lines.push(
                "Required safeguards: all in place or not applicable with a reason.".to_string(),
            );
        } else {
            lines.push(format!("Required safeguards still open: {}.", e.gaps.len()));
            for id in &e.gaps {
                if let Some(s) = e.safeguard(id) {
                    lines.push(format!(
                        "  {}: {} ({}).",
                        s.title,
                        crate::explain::safeguard_state(s),
                        crate::explain::safeguard_basis(q, &s.id, s.basis, s.obligation)
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

    fn finish(&mut self) -> anyhow::Result<()> {
        match self.s.save()?.map(Path::to_path_buf) {
            Some(p) => {
                let p = shell_quote(&p);
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
    fn stop(&mut self, eof: bool) -> anyhow::Result<()> {
        let saved = self.s.save()?.map(Path::to_path_buf);
        if eof {
            self.say("The input ended.")?;
        }
        match saved {
            Some(p) => {
                let e = self.eval();
                let answered = self.answered_count(&e);
                self.say(format!(
                    "Saved to {}, with {answered} of {} questions answered.",
                    crate::term_text::path(&p),
                    e.visible.len()
                ))?;
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

/// How to type an answer to `q`.
fn type_hint(q: &Question) -> String {
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

/// An answer, note or evidence read in full, never cut: a screen reader hears every ticked
/// option and every line. Text over several lines goes on the lines after, indented. No final
/// full stop, since the sentence around it adds one.
fn full(text: &str) -> String {
    let t = text.trim();
    if t.lines().nth(1).is_none() {
        return t.trim_end_matches('.').to_string();
    }
    let lines: Vec<String> = t.lines().map(|l| format!("  {l}")).collect();
    format!("\n{}", lines.join("\n").trim_end_matches('.'))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A prompt ending in punctuation, so a list of them reads as sentences.
fn sentence(text: &str) -> String {
    let t = text.trim();
    if t.ends_with(['.', '?', '!', ':']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

/// A path as it can be pasted into a shell.
fn shell_quote(p: &Path) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_quoted_for_the_shell_only_when_needed() {
        assert_eq!(shell_quote(Path::new("/tmp/a-b.toml")), "/tmp/a-b.toml");
        assert_eq!(
            shell_quote(Path::new("/tmp/my file.toml")),
            "'/tmp/my file.toml'"
        );
        assert_eq!(shell_quote(Path::new("it's.toml")), r"'it'\''s.toml'");
    }

    #[test]
    fn answers_are_read_in_full() {
        assert_eq!(full("one line"), "one line");
        // No doubled full stop when the sentence adds its own.
        assert_eq!(full("Screens CVs."), "Screens CVs");
        let long = format!("{} tail", "word ".repeat(40));
        assert_eq!(full(&long), long.trim());
        assert_eq!(full("first\nsecond."), "\n  first\n  second");
        assert!(!full(&"x".repeat(150)).contains("and more"));
    }
}
