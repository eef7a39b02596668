//! Plain line-by-line mode, for screen readers, `TERM=dumb` and scripts.
//!
//! It asks the same things as the wizard (the metadata, then every visible question in order)
//! one prompt at a time, with no colour, no cursor movement and no alternate screen. Every
//! answer goes through [`Session`], so it is on disk before the next question is printed.
//! Input may be piped: at the end of input the assessment is saved and the way to resume is
//! printed.

use crate::answer::Answer;
use crate::assessment::{Detail, Position, SafeguardStatus};
use crate::engine::{Evaluation, display_answer};
use crate::flow::{self, Step};
use crate::questionnaire::{Question, QuestionKind};
use crate::report::Templates;
use crate::session::Session;
use crate::term_text::Lines;
use crate::typed::parse_answer;
pub(crate) use commands::shell_quote;
pub use parse::{Command, Line, classify};
use std::io::{BufRead, Write};
use std::path::Path;

mod interrupt;
mod parse;
pub use interrupt::Interruptible;

const COMMANDS: &str = "Commands: back goes to the previous question; skip leaves this one for \
later; note adds a note; undo takes back the last change and redo makes it again; review lists your answers; go and a \
number jumps to that question; details goes to the system details; result, safeguards and export go straight to the result, to \
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
    run_scripted(session, templates, false, input, output)
}

/// [`run_with`]; `strict` for input that is not typed at a terminal (a script): the first
/// answer refused stops plain mode with an error naming its line, rather than asking again and
/// reading the next line as the retry, which put every later answer on the wrong question (a
/// plain-mode review's script saved medium for a high-risk use and exited 0).
pub fn run_scripted(
    session: Session,
    templates: Option<&Templates>,
    strict: bool,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut p = Plain {
        s: session,
        input,
        out: Lines::new(output),
        shown_section: None,
        here: Step::Result,
        came_from: None,
        jumped_from: None,
        details_from: None,
        templates,
        signoff_seen: None,
        undid: false,
        strict,
        at_result: false,
        line_no: 0,
    };
    p.greet()?;
    let start = p.start_step();
    p.announce(start)?;
    let mut next = Flow::To(start);
    loop {
        next = match next {
            Flow::To(step) => {
                p.here = step;
                match step {
                    // Plain mode's home is its own prompt (run_home), before the steps.
                    Step::Home => Flow::To(p.start_step()),
                    Step::Detail(d) => {
                        let flow = p.ask_meta(d)?;
                        p.after_details(flow)?
                    }
                    Step::Question(i) => {
                        let flow = p.ask_question(i)?;
                        p.after_jump(i, flow)?
                    }
                    // Plain mode has no review page (the review command prints the list at any
                    // prompt) and writes reports with the export command: both are the result.
                    Step::Review | Step::Result | Step::Export => {
                        p.details_from = None;
                        p.end()?
                    }
                }
            }
            kind @ (Flow::Safeguards | Flow::SafeguardsAll) => {
                p.at_result = true;
                let flow = p.record_safeguards(matches!(kind, Flow::SafeguardsAll))?;
                p.at_result = false;
                flow
            }
            Flow::Quit => return p.stop(false),
            Flow::Eof => return p.stop(true),
            Flow::Finish => return p.finish(),
        }
    }
}

/// Reads one line without its line ending; `None` at the end of input. Bytes that are not
/// UTF-8 are replaced rather than refused ([`read_line_checked`] says whether some were). A line longer
/// than a file raia would read back ([`crate::textfile::MAX_BYTES`]) stops plain mode: input
/// such as `/dev/zero` never ends.
fn read_line(input: &mut dyn BufRead) -> anyhow::Result<Option<String>> {
    Ok(read_line_checked(input)?.map(|(line, _)| line))
}

/// What plain mode says when a line held bytes that are not UTF-8 (a hostile review saw
/// `users\x9b` recorded as `users\u{fffd}` without a word).
const NOT_UTF8: &str = "Part of that line was not UTF-8 text and reads as \u{fffd} below: if that is not what you meant, change the answer (back, then type it again).";

/// [`read_line`], and whether bytes that are not UTF-8 were replaced.
fn read_line_checked(input: &mut dyn BufRead) -> anyhow::Result<Option<(String, bool)>> {
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
    let not_utf8 = std::str::from_utf8(&buf).is_err();
    let mut line = String::from_utf8_lossy(&buf).into_owned();
    while line.ends_with('\n') || line.ends_with('\r') {
        line.pop();
    }
    Ok(Some((line, not_utf8)))
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
    // Drafts, then the files opened by name: each called what it is (a second new-user review
    // read files of its own folders listed as "drafts in" the data directory).
    let (drafts, in_dir) = match drafts_dir.as_deref() {
        Some(d) => {
            let mut all = crate::session::draft_summaries(&questionnaire, d);
            let in_dir = all.len();
            all.extend(crate::session::named_file_summaries(&questionnaire, d));
            (all, in_dir)
        }
        None => (Vec::new(), 0),
    };
    if drafts.is_empty() {
        let s = Session::new(questionnaire, None, drafts_dir);
        return run_with(s, templates, input, output);
    }
    let mut out = Lines::new(&mut *output);
    let dir = drafts_dir
        .as_deref()
        .map_or_else(String::new, crate::term_text::path);
    let named = drafts.len().saturating_sub(in_dir);
    out.line(&match (in_dir, named) {
        (_, 0) => format!(
            "raia plain mode. {} in {dir}:",
            plural(in_dir, "draft", "drafts")
        ),
        (0, n) => format!(
            "raia plain mode. {} opened by name:",
            plural(n, "assessment file", "assessment files")
        ),
        (d, n) => format!(
            "raia plain mode. {} in {dir}, then {} opened by name:",
            plural(d, "draft", "drafts"),
            plural(n, "assessment file", "assessment files")
        ),
    })?;
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
    out.line(
        "Type a number to resume that assessment, or press Enter to start a new one (quit stops).",
    )?;
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

/// What a prompt leads to.
enum Flow {
    To(Step),
    /// Recording the status and evidence of the open safeguards, then the result.
    Safeguards,
    /// The same for every safeguard this use needs.
    SafeguardsAll,
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
    /// Where `go N` was typed: once question N is answered, plain mode returns there instead
    /// of walking on through every later question.
    jumped_from: Option<Step>,
    /// Where `details` was typed: once the last detail is passed, plain mode returns there
    /// instead of walking on into question 1 (a plain-mode review).
    details_from: Option<Step>,
    templates: Option<&'a Templates>,
    /// The latest sign-off when input was last read, and whether it covered the answers then:
    /// a change that makes it stale is said before the next line is read, as the wizard says it.
    signoff_seen: Option<(crate::assessment::SignOff, bool)>,
    /// The last change was an undo: its way back is redo.
    undid: bool,
    /// Input from a script: the first refused answer stops (see [`run_scripted`]).
    strict: bool,
    /// Recording safeguards or a sign-off, which go on from the result.
    at_result: bool,
    /// Lines read so far, to name the one refused.
    line_no: usize,
}

impl Plain<'_> {
    fn say(&mut self, text: impl AsRef<str>) -> std::io::Result<()> {
        // What the last save did beyond the change comes first, whatever is said next: items
        // the file changed meanwhile, taken in or (changed here too) kept as the file has them.
        let held = self.s.take_held();
        if !held.is_empty() {
            let file = self
                .s
                .path
                .as_deref()
                .map(crate::term_text::path)
                .unwrap_or_default();
            self.out.line(&format!(
                "{file} was changed meanwhile too: the file's value is kept for {}. Give yours again to keep it.",
                crate::session::describe(&held)
            ))?;
        }
        if self.s.take_recreated() {
            let file = self
                .s
                .path
                .as_deref()
                .map(crate::term_text::path)
                .unwrap_or_default();
            self.out.line(&crate::explain::recreated(&file))?;
        }
        let taken = self.s.take_merged();
        if !taken.is_empty() {
            self.out.line(&format!(
                "The file was changed meanwhile; took in {}.",
                taken.join(", ")
            ))?;
        }
        self.out.line(text.as_ref())
    }

    /// Says why a line was refused. From a script, the first refusal stops plain mode: the
    /// lines after it were written for the prompts that follow an accepted line, and would
    /// answer the wrong ones.
    fn refuse(&mut self, reason: &str) -> anyhow::Result<()> {
        self.say(format!("{reason}."))?;
        if self.strict {
            anyhow::bail!(
                "input line {}: {reason}; plain mode stopped there, so that the lines after it do not answer the wrong questions. {}",
                self.line_no,
                self.how_to_go_on()
            );
        }
        Ok(())
    }

    /// After a script stopped at line N: what works. `new` refuses the file it saved, and
    /// `resume` given the whole script reads it from its first line (a review followed the
    /// advice "run the script again, or carry on with resume", and neither worked).
    fn how_to_go_on(&self) -> String {
        let n = self.line_no;
        let Some(path) = self.s.path.as_deref().filter(|p| p.exists()) else {
            return "Nothing was saved: correct that line and run the script again.".to_string();
        };
        let file = crate::term_text::path(path);
        match self.here {
            Step::Question(_) | Step::Detail(_) if !self.at_result => format!(
                "The answers before it are saved in {file}: correct line {n}, then give the lines from it on to raia resume --plain {file}, which goes on where it stopped (for example: tail -n +{n} SCRIPT | raia resume --plain {file})."
            ),
            _ => format!(
                "The answers before it are saved in {file}: raia resume --plain {file} goes on at the result, so give it the lines from the command that led there (safeguards, sign or export) on, with line {n} corrected."
            ),
        }
    }

    /// Reads one line without its line ending; `None` at the end of input. Bytes that are not
    /// UTF-8 are replaced rather than refused, and said so. A line longer than a file raia would read back
    /// ([`crate::textfile::MAX_BYTES`]) stops plain mode: input such as `/dev/zero` never ends.
    fn read(&mut self) -> anyhow::Result<Option<String>> {
        let now = self.signoff_coverage();
        if let (Some((was, covered)), Some((last, covers))) = (&self.signoff_seen, &now)
            && was == last
            && covered != covers
        {
            let back = if self.undid {
                "redo takes the undo back"
            } else {
                "undo takes the change back"
            };
            let text = crate::explain::signoff_coverage_changed(last, *covers, back);
            self.say(text)?;
        }
        self.signoff_seen = now;
        self.undid = false;
        self.out.flush()?;
        let Some((line, not_utf8)) = read_line_checked(self.input)? else {
            return Ok(None);
        };
        self.line_no += 1;
        if not_utf8 {
            self.out.line(NOT_UTF8)?;
        }
        Ok(Some(line))
    }

    fn eval(&self) -> Evaluation {
        self.s.evaluate()
    }

    /// The latest sign-off, and whether it covers the answers as they stand.
    fn signoff_coverage(&self) -> Option<(crate::assessment::SignOff, bool)> {
        let (last, covers) = self
            .s
            .assessment
            .latest_signoff_coverage(&self.s.questionnaire)?;
        Some((last.clone(), covers))
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

    /// Where to begin: [`flow::resume`], as in the wizard.
    fn start_step(&self) -> Step {
        let e = self.eval();
        let visible = flow::visible(&e);
        let (q, a) = (&self.s.questionnaire, &self.s.assessment);
        match flow::resume(q, a, &e, &visible) {
            // Left at the result with questions still open: read from the first of them, not
            // the whole result again (a screen reader hears every line of it).
            Step::Review | Step::Result | Step::Export if !e.complete => {
                flow::first_to_answer(q, a, &e, &visible).unwrap_or(Step::Result)
            }
            step => step,
        }
    }

    /// The visible questions, by index, in asking order.
    /// After question `i`, asked because of `go N`: back where `go` was typed once it is
    /// answered (a step that is still shown), else `flow` as it was.
    fn after_jump(&mut self, i: usize, flow: Flow) -> anyhow::Result<Flow> {
        let Some(from) = self.jumped_from else {
            return Ok(flow);
        };
        let answered = self
            .s
            .questionnaire
            .questions
            .get(i)
            .and_then(|q| self.s.assessment.answers.get(q.id.as_str()))
            .is_some_and(crate::engine::is_given);
        if !matches!(flow, Flow::To(_)) || !answered || from == Step::Question(i) {
            return Ok(flow);
        }
        self.jumped_from = None;
        let back = match from {
            Step::Question(j) => match self.number(j) {
                Some(n) => {
                    self.say(format!("Back to question {n}, where go was typed."))?;
                    from
                }
                None => return Ok(flow),
            },
            Step::Detail(_) => from,
            _ => {
                // An answer that opened questions goes on through them, not back to the whole
                // result read out again after each (a screen-reader review answered nine so).
                let e = self.eval();
                let q = &self.s.questionnaire;
                // Only questions still unanswered, such as those the answer opened, the first
                // of them even past a note still needed: a note skipped on the question just
                // answered is listed by the result (a review saw "0 questions are still to
                // answer; going on at question 28", then a walk through every later question),
                // and a listener walking the gaps heard the whole result after each.
                let open = flow::first_open_question(q, &e, &flow::visible(&e), false);
                match open.map(Step::Question) {
                    Some(next @ Step::Question(k)) if !e.complete => {
                        let left = e.unanswered.len();
                        self.say(format!(
                            "{} still to answer; going on at question {}.",
                            crate::explain::plural(left, "question is", "questions are"),
                            self.number(k).unwrap_or(1)
                        ))?;
                        next
                    }
                    _ => {
                        self.say("Back to the result.")?;
                        Step::Result
                    }
                }
            }
        };
        Ok(Flow::To(back))
    }

    /// After a detail asked because of `details`: past the last one, back where `details` was
    /// typed rather than on into question 1.
    fn after_details(&mut self, flow: Flow) -> anyhow::Result<Flow> {
        let Flow::To(Step::Question(first)) = flow else {
            return Ok(flow);
        };
        // `go N` typed at a detail goes to question N, and back from there.
        if self.jumped_from.is_some() {
            self.details_from = None;
            return Ok(flow);
        }
        let Some(from) = self.details_from.take() else {
            // Past the last detail with answers already given (a resume that went on at a
            // blank detail): on to the first question still to answer, not question 1 and
            // every answer read out again (a plain-mode review).
            let e = self.eval();
            let q = &self.s.questionnaire;
            if self.s.assessment.answers.is_empty() {
                return Ok(flow);
            }
            let open = flow::first_open_question(q, &e, &flow::visible(&e), true);
            return Ok(match open {
                Some(k) if k == first => flow,
                Some(k) => {
                    let n = self.number(k).unwrap_or(1);
                    self.say(format!(
                        "Going on at question {n}, the first still to answer."
                    ))?;
                    Flow::To(Step::Question(k))
                }
                None => {
                    self.say("Every question is answered: on to the result.")?;
                    Flow::To(Step::Result)
                }
            });
        };
        match from {
            Step::Question(j) => match self.number(j) {
                Some(n) => {
                    self.say(format!("Back to question {n}, where details was typed."))?;
                    Ok(Flow::To(from))
                }
                None => Ok(flow),
            },
            _ => {
                self.say("Back to the result.")?;
                Ok(Flow::To(Step::Result))
            }
        }
    }

    fn visible(&self) -> Vec<usize> {
        flow::visible(&self.eval())
    }

    /// Where this question's number counts from: its place among the visible ones (1-based).
    fn number(&self, i: usize) -> Option<usize> {
        self.visible().iter().position(|&v| v == i).map(|n| n + 1)
    }

    /// The step after `step` ([`flow::next`]).
    fn after(&self, step: Step) -> Step {
        flow::next(step, &self.visible()).unwrap_or(Step::Result)
    }

    /// The step before `step` ([`flow::prev`]); the first detail has none.
    fn before(&self, step: Step) -> Step {
        flow::prev(step, &self.visible()).unwrap_or(step)
    }

    fn announce(&mut self, start: Step) -> anyhow::Result<()> {
        let e = self.eval();
        let answered = self.answered_count(&e);
        let text = match self.s.path.clone() {
            Some(p) if p.exists() => {
                let mut t = format!(
                    "Resuming {}: {answered} of {} questions answered.",
                    crate::term_text::path(&p),
                    e.visible.len()
                );
                match start {
                    Step::Question(i) => {
                        if let Some(n) = self.number(i) {
                            t.push_str(&format!(" Going on at question {n}."));
                        }
                    }
                    Step::Detail(d) => {
                        t.push_str(&format!(" Going on at detail {}.", d.index() + 1));
                    }
                    Step::Review | Step::Result | Step::Export => {
                        t.push_str(" Going on at the result, where you left off.");
                    }
                    Step::Home => {}
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
        if let Some(p) = self.s.path.clone()
            && let n @ 1.. = crate::assessment::store::other_names(&p)
        {
            self.say(format!(
                "{}.",
                crate::explain::other_names(&crate::term_text::path(&p), n, false)
            ))?;
        }
        // Made against another text of the questionnaire: said at once, as the gate fails on it
        // (a new-user pass heard nothing of it in plain mode).
        let binding = crate::engine::Binding::of(&self.s.questionnaire, &self.s.assessment);
        if let Some(words) =
            crate::explain::binding(&self.s.questionnaire, &self.s.assessment, binding)
        {
            self.say(format!(
                "{}: {words}.",
                crate::explain::binding_label(binding)
            ))?;
        }
        Ok(())
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

#[cfg(test)]
mod tests {
    use super::commands::shell_quote;
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

mod commands;
mod details;
mod questions;
mod result;
