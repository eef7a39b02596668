//! The wizard's state. Everything the views draw is here; `update` is the only thing that
//! changes it. Answers live in the [`Session`], which writes the file on every change.

use super::Options;
use super::Start;
use super::derived::Derived;
use super::textbox::{Input, TextBox};
use super::theme::Theme;
use crate::answer::Answer;
use crate::assessment::Detail;
use crate::engine::{Evaluation, SafeguardResult, format_number};
/// Where the wizard is: a step of the shared flow ([`crate::flow::Step`]), the same type plain
/// mode walks.
pub use crate::flow::Step as Screen;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::report::{Format, Templates};
use crate::session::{Changes, DraftSummary, Session, describe};
use ratatui::style::Style;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A file export asked about replacing: its row, why it was asked about, and what it held when
/// asked, so `y` replaces only a file still as the question showed it.
pub(crate) type AskedFile = (usize, crate::report::Foreign, crate::report::FileStamp);

/// A popup over the current screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    None,
    /// The key table (`?`, F1).
    Keys,
    /// Help on the current question (`i`, F2).
    Help,
    /// The note on a question.
    Note {
        question: usize,
        field: Field,
    },
    /// Status and evidence of a safeguard. The status list has the keys (digits choose, as in
    /// any list) until Tab or a letter moves to the evidence; Esc cancels, putting back
    /// `before`, what was recorded when the dialog opened.
    Safeguard {
        id: String,
        field: Field,
        on_evidence: bool,
        before: Option<crate::assessment::SafeguardEntry>,
        /// The session's undo mark when it opened: what it changes is one undo step.
        undo_from: u64,
    },
    /// Home: the path of an assessment to open.
    OpenFile {
        field: Field,
    },
    /// Export: where one report goes.
    ExportPath {
        row: usize,
        field: Field,
    },
    /// Export: these rows would replace files raia did not write, or changed since (each with
    /// why); y replaces them, n keeps them.
    Overwrite {
        rows: Vec<AskedFile>,
    },
    /// `/` on the review or the result: the list shows only the rows that hold this text.
    Filter {
        field: Field,
    },
    /// p on the result: who puts safeguard `id` in place, then the target date after a comma.
    Plan {
        id: String,
        field: Field,
    },
    /// s on the result: who signs (name, then role after a comma) and the decision, which
    /// Tab or ↑↓ change. For a request for changes or a rejection, Enter then asks what must
    /// change: `signer` holds who signs, and `field` the reviewer's words (a review's team was
    /// told to "change what was asked for" with nothing saying what).
    SignOff {
        field: Field,
        decision: crate::signoff::Decision,
        signer: Option<String>,
    },
}

impl Overlay {
    pub fn is_none(&self) -> bool {
        matches!(self, Overlay::None)
    }

    pub fn field(&self) -> Option<&Field> {
        match self {
            Overlay::Note { field, .. }
            | Overlay::Safeguard { field, .. }
            | Overlay::OpenFile { field }
            | Overlay::Filter { field }
            | Overlay::SignOff { field, .. }
            | Overlay::Plan { field, .. }
            | Overlay::ExportPath { field, .. } => Some(field),
            _ => None,
        }
    }

    pub fn field_mut(&mut self) -> Option<&mut Field> {
        match self {
            Overlay::Note { field, .. }
            | Overlay::Safeguard { field, .. }
            | Overlay::OpenFile { field }
            | Overlay::Filter { field }
            | Overlay::SignOff { field, .. }
            | Overlay::Plan { field, .. }
            | Overlay::ExportPath { field, .. } => Some(field),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// One report on the export screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRow {
    pub format: Format,
    pub path: String,
    pub selected: bool,
    /// After writing: the path written, or why it failed.
    pub outcome: Option<Result<String, String>>,
    /// The session's revision when it was written: a later change to the answers makes the
    /// report on disk out of date, and the row says so (a new-user review exported, changed an
    /// answer that raised a concern, and still saw a tick beside the old report).
    pub written_at: u64,
    /// Before anything is written in this session: whether the file at `path` is a report raia
    /// wrote for the answers as they stand (`Some(true)`) or for other answers (`Some(false)`,
    /// out of date); `None` where no such report is there, or the format carries no hash. A
    /// new-user trial exported, changed a status, quit, came back, and saw the old reports
    /// ticked with nothing to say the one for AWS still gave the old status.
    pub on_disk: Option<bool>,
}

impl ExportRow {
    /// Whether the report at this row's path says other answers than those at `revision`:
    /// written in this session before a change, or found on disk written for other answers.
    pub fn out_of_date(&self, revision: u64) -> bool {
        match self.outcome {
            Some(Ok(_)) => self.written_at != revision,
            Some(Err(_)) => false,
            None => self.on_disk == Some(false),
        }
    }
}

/// A row on the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    New,
    Open,
    Draft(usize),
}

/// A row on the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewItem {
    Meta(usize),
    Question(usize),
}

/// How keys are read right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A text field has the keyboard: letters type.
    Typing { multiline: bool },
    /// A read-only popup is open: ↑↓ and PgUp/PgDn scroll it, any other key closes it.
    Popup,
    /// A yes/no question: y, or n / Esc.
    Confirm,
    /// The safeguard dialog's status list: digits and ↑↓ choose, Tab goes to the evidence.
    Dialog,
    /// Lists and commands: letters are commands.
    Commands,
}

/// Home (no assessment open) or editing one: the session and its evaluation exist together or
/// not at all.
pub enum State {
    Home,
    Editing(Box<Editing>),
}

/// An assessment being edited.
pub struct Editing {
    pub session: Session,
    /// The evaluation of the current answers, recomputed after every change.
    pub eval: Evaluation,
    /// The session revision `eval` was computed for: `refresh` does nothing while it holds.
    evaluated: u64,
    /// The evaluation `eval` replaced, freed after the frame (`App::free_retired`): at 10,000
    /// questions freeing it took half a millisecond of the key that changed an answer.
    retired: Option<Evaluation>,
    /// Who reads each answer, for patching `eval` after one change; built after the first frame.
    readers: Option<crate::engine::Readers>,
    /// Whether the latest sign-off covers the answers, and the revision that was worked out
    /// for: hashing the answers again on every key would cost the wizard at 10,000 questions.
    signoff_seen: Option<(u64, bool)>,
}

impl Editing {
    pub fn new(mut session: Session) -> Self {
        let eval = session.evaluate();
        session.take_changes();
        let evaluated = session.revision;
        Self {
            session,
            eval,
            evaluated,
            retired: None,
            readers: None,
            signoff_seen: None,
        }
    }
}

pub struct App {
    /// The day the wizard started (`RAIA_TODAY` in tests): evidence is judged lapsed against it.
    pub today: String,
    /// The questionnaire new sessions start from.
    pub questionnaire: std::sync::Arc<Questionnaire>,
    pub templates: Templates,
    pub drafts_dir: Option<PathBuf>,
    pub theme: Theme,
    pub screen: Screen,
    /// At home, or editing an assessment (its session and evaluation).
    pub state: State,
    /// What the screens read of the evaluation by question position, built with it (empty at
    /// home).
    pub derived: Derived,
    pub overlay: Overlay,
    /// The text field of the current step (metadata and text, number and date questions).
    pub field: Option<Field>,
    /// Whether `field` has the keyboard.
    pub typing: bool,
    /// Esc took the keyboard from `field`: its letters are commands (q quits, r reviews, u
    /// undoes), as the footer then says. A field reached by a move key instead waits: h and l
    /// step, a blank one takes any other printable key as its first letter, one that holds an
    /// answer waits for e or Enter, and arrows, Tab and Enter move.
    pub field_commands: bool,
    /// The option cursor moved on this step since arriving: Enter on a question not answered
    /// yet picks only an option moved to, never the first by default.
    pub cursor_moved: bool,
    /// The list cursor on the current screen.
    pub cursor: usize,
    /// The main panel's first line when the user scrolled it past the cursor's reach
    /// (PgUp/PgDn, the wheel); `None` follows the cursor. Any cursor move resets it.
    pub scroll: Option<usize>,
    /// First line shown in the key list or help popup.
    pub popup_scroll: usize,
    pub message: Option<Message>,
    /// What the last pick on question `.0` changed (tier, questions shown), while it is still
    /// on screen: Enter that moves on without changing the answer again carries it to the
    /// next screen, where it would otherwise be wiped unread (new-user pass).
    pub answer_news: Option<(usize, String)>,
    /// The tier before the first pick on question `.0` since the user came to it: Enter sums
    /// up a change over several ticks, where a later tick that changed nothing wiped the news
    /// of the one that did (new-user review).
    pub tier_before_picks: Option<(usize, crate::questionnaire::Tier)>,
    /// The questions visible before the first pick on question `.0` since the user came to it:
    /// "N questions added by this answer" counts over all its ticks, not the last one (a
    /// second new-user review read "4 added" where the answer had added 5).
    pub visible_before_picks: Option<(usize, Vec<usize>)>,
    pub drafts: Vec<DraftSummary>,
    /// Home: a path with no file behind it, waiting for Enter to start a new assessment there.
    pub pending_new: Option<PathBuf>,
    pub export: Vec<ExportRow>,
    /// What was typed for a question and left because it is not valid yet (a number or a
    /// date), by question index: the field shows it again on return. Never saved.
    pub unsaved: BTreeMap<usize, String>,
    /// The current step was opened from the review: Enter returns there instead of going on.
    pub from_review: bool,
    /// The review's filter and row when a step was opened from it, put back on the way back
    /// (a new user came back to the whole review, scrolled elsewhere).
    pub review_place: Option<(String, usize, Vec<ReviewItem>)>,
    /// `/` on the review or result: only rows holding this text (any case) are listed.
    pub filter: String,
    /// The result's safeguards in the order they had when the result was opened: a row
    /// recorded there keeps its place until the result is left, so ↓ goes on to the next gap
    /// (a workflow review's row jumped below the gaps, and ↓ Enter opened an unrelated one).
    pub result_order: Option<Vec<crate::questionnaire::Text>>,
    pub size: (u16, u16),
    pub quit: bool,
    /// The event loop should open the long text being typed in $VISUAL / $EDITOR.
    pub external_edit: bool,
    /// The first run's three-line tour of the keys is showing; the first key closes it.
    pub tour: bool,
    /// The file whose presence says the tour was dismissed (in the data directory).
    pub tour_marker: Option<PathBuf>,
    /// The event loop should clear and repaint the terminal.
    pub redraw: bool,
    /// The I/O asked for by the action being handled, returned by `update`.
    pub effects: Vec<super::effects::Effect>,
    /// The layout of the last frame drawn, kept by the event loop for mouse hit-testing.
    pub drawn: Option<super::view::Drawn>,
    /// A save the event loop holds back until the frame that shows its change is drawn
    /// ([`crate::tui::update::apply_before_frame`]).
    pub held_save: Option<super::effects::Effect>,
    /// A digit just typed on a question's list that can begin an option number of two digits:
    /// the next digit, typed soon enough, makes the number ([`crate::tui::update`]).
    pub pending_digit: Option<PendingDigit>,
    /// The question whose saved answer a first Enter on its emptied field was asked to remove:
    /// the second Enter removes it ([`crate::tui::update::fields::commit_forward`]).
    pub confirm_clear: Option<usize>,
}

/// A digit that picked an option and may begin a number of two digits.
#[derive(Debug, Clone, Copy)]
pub struct PendingDigit {
    /// The question's position.
    pub question: usize,
    pub digit: u8,
    pub at: std::time::Instant,
    /// The session's undo marks before and after the pick: the pick is taken back only when
    /// it changed the answer and nothing changed since.
    pub mark_before: u64,
    pub mark_after: u64,
}

impl App {
    /// Builds the state for `opts.start`. Fails (before any terminal work) when a file to
    /// resume cannot be read.
    pub fn new(opts: Options) -> anyhow::Result<App> {
        let mut app = App {
            today: crate::session::today(),
            questionnaire: std::sync::Arc::new(opts.questionnaire),
            templates: opts.templates,
            drafts_dir: opts.drafts_dir,
            theme: Theme::with_palette(opts.no_color, opts.palette),
            screen: Screen::Home,
            state: State::Home,
            derived: Derived::default(),
            overlay: Overlay::None,
            field: None,
            typing: false,
            field_commands: false,
            cursor_moved: false,
            cursor: 0,
            scroll: None,
            popup_scroll: 0,
            message: None,
            answer_news: None,
            tier_before_picks: None,
            visible_before_picks: None,
            drafts: Vec::new(),
            pending_new: None,
            export: Vec::new(),
            unsaved: BTreeMap::new(),
            from_review: false,
            review_place: None,
            filter: String::new(),
            result_order: None,
            size: (80, 24),
            quit: false,
            external_edit: false,
            tour: false,
            tour_marker: None,
            redraw: false,
            effects: Vec::new(),
            drawn: None,
            held_save: None,
            pending_digit: None,
            confirm_clear: None,
        };
        match opts.start {
            Start::Home => app.load_drafts(),
            Start::New(path) => app.start_new(path),
            Start::Resume(path) => app.open(&path)?,
        }
        // Before the first key: what starting called for (creating the new file, keeping the
        // place it opens at). A save alone waits for the first frame, as a key's does: at
        // 10,000 questions writing the file was a fifth of the time to the first frame
        // (issue 7). The event loop writes it once that frame is drawn, and quitting at once
        // writes it too.
        let fx = super::effects::pending(&mut app);
        super::update::run_before_frame(&mut app, fx);
        Ok(app)
    }

    pub fn q(&self) -> &Questionnaire {
        self.session()
            .map_or(&self.questionnaire, |s| &s.questionnaire)
    }

    pub fn load_drafts(&mut self) {
        self.drafts = match &self.drafts_dir {
            Some(d) => crate::session::resumable_summaries(&self.questionnaire, d),
            None => Vec::new(),
        };
    }

    pub fn home_items(&self) -> Vec<HomeItem> {
        let mut v = vec![HomeItem::New, HomeItem::Open];
        v.extend((0..self.drafts.len()).map(HomeItem::Draft));
        v
    }

    /// Starts a new assessment saved at `path`, or a draft named after the system.
    pub fn start_new(&mut self, path: Option<PathBuf>) {
        self.unsaved.clear();
        let mut session = Session::new(
            self.questionnaire.clone(),
            path.clone(),
            self.drafts_dir.clone(),
        );
        session.defer_saves();
        if path.is_some() {
            // Creates the file now, so `raia resume FILE` works even before the first answer.
            self.effects.push(super::effects::Effect::Save {
                keep_mine: false,
                announce: false,
            });
        }
        self.edit(session);
        self.go(Screen::Detail(Detail::first()));
        if self.session().is_some_and(|s| s.path.is_none()) {
            self.info(
                "New assessment: the system name names the draft file that keeps every answer.",
            );
        }
    }

    /// Opens an assessment file at the position where it was left.
    pub fn open(&mut self, path: &Path) -> anyhow::Result<()> {
        let mut session = Session::open(self.questionnaire.clone(), path)?;
        session.defer_saves();
        self.unsaved.clear();
        session.drafts_dir = self.drafts_dir.clone();
        self.edit(session);
        let to = self.resume_screen();
        self.go(to);
        // A file answered against another text of the questionnaire is said so on opening:
        // the next save binds it to the text in use, so the answers need checking first.
        let binding = self
            .session()
            .map(|s| crate::engine::Binding::of(&s.questionnaire, &s.assessment));
        match binding {
            Some(crate::engine::Binding::Changed) => self.error(format!(
                "Resumed {}. Its answers were given against another text of the questionnaire: check that each still holds, then press Ctrl+S to bind them to the text in use.",
                file_name(path)
            )),
            Some(crate::engine::Binding::Unbound) => self.error(format!(
                "Resumed {}. It does not record which questionnaire text its answers were given against: check them, then press Ctrl+S to bind them to the text in use.",
                file_name(path)
            )),
            _ => match crate::assessment::store::other_names(path) {
                0 => {
                    // The answers a migration asks to confirm again, counted, and why for the
                    // one it opens at: "Resumed" alone hid it (tmux check of a migrated file).
                    let waiting = self
                        .session()
                        .map_or(0, |s| s.assessment.wizard.reconfirm.len());
                    let why = match (to, self.session()) {
                        (Screen::Question(qi), Some(s)) => self
                            .q()
                            .questions
                            .get(qi)
                            .and_then(|q| s.to_reconfirm(&q.id))
                            .map(crate::explain::stop),
                        _ => None,
                    };
                    match why {
                        Some(why) => self.info(format!(
                            "Resumed {}. {} to confirm again after the questionnaire changed; this one: {why} Enter keeps it.",
                            file_name(path),
                            crate::explain::plural(waiting, "answer", "answers")
                        )),
                        None => self.info(format!("Resumed {}.", file_name(path))),
                    }
                }
                n => self.error(format!(
                    "Resumed {}. {}.",
                    file_name(path),
                    crate::explain::other_names(&file_name(path), n, false)
                )),
            },
        }
        Ok(())
    }

    /// Tells the user what a save did beyond the change itself: why it failed, or what it took
    /// in from the file (changed on disk meanwhile, by hand or by `raia sign`).
    pub fn after_save<T>(&mut self, r: anyhow::Result<T>) {
        match r {
            Err(e) => self.error(format!("Not saved: {e:#}.")),
            Ok(_) => {
                let (taken, held, recreated) = self
                    .session_mut()
                    .map(|s| (s.take_merged(), s.take_held(), s.take_recreated()))
                    .unwrap_or_default();
                let file = self
                    .session()
                    .and_then(|s| s.path.as_deref())
                    .map(file_name)
                    .unwrap_or_default();
                if recreated {
                    self.error(crate::explain::recreated(&file));
                } else if !held.is_empty() {
                    // The way out first: the message area has two lines.
                    self.error(format!(
                        "Ctrl+S puts yours back: {file} was changed meanwhile too, and the file's value is kept for {}. Everything else is saved.",
                        describe(&held)
                    ));
                } else if !taken.is_empty() {
                    self.info(format!(
                        "The file was changed meanwhile; took in {}.",
                        taken.join(", ")
                    ));
                }
                if !held.is_empty() || !taken.is_empty() {
                    // What was taken in may hide the question on screen: move on, as after an
                    // undo, rather than keep asking a hidden question.
                    self.refresh();
                    crate::tui::update::answers::leave_hidden_question(self, None);
                }
            }
        }
    }

    /// Recomputes the evaluation after a change. Without one since the last call (the session's
    /// revision is the same), the evaluation is kept: it cannot have changed.
    pub fn refresh(&mut self) {
        self.refresh_with(false);
    }

    /// [`App::refresh`]; `force` rebuilds what the screens read even when the answers did not
    /// change (a session just opened).
    fn refresh_with(&mut self, force: bool) {
        let State::Editing(ed) = &mut self.state else {
            self.derived = Derived::default();
            return;
        };
        if ed.session.revision == ed.evaluated && !force {
            return;
        }
        // After one answer or note, the evaluation is patched where that provably suffices
        // (`engine::reevaluate`): at 10,000 questions a whole evaluation took 8 ms of the key.
        let changed = ed.session.take_changes();
        let one = match &changed {
            Changes::Question(id) => Some(crate::engine::Changed::Question(id)),
            Changes::Safeguard(id) => Some(crate::engine::Changed::Safeguard(id)),
            _ => None,
        };
        ed.retired = match one.filter(|_| !force) {
            Some(one) => {
                let s = &ed.session;
                let readers = ed
                    .readers
                    .get_or_insert_with(|| crate::engine::Readers::new(&s.questionnaire));
                crate::engine::reevaluate(
                    readers,
                    &s.questionnaire,
                    &s.assessment,
                    &mut ed.eval,
                    one,
                )
            }
            None => Some(std::mem::replace(&mut ed.eval, ed.session.evaluate())),
        };
        ed.evaluated = ed.session.revision;
        self.derived =
            std::mem::take(&mut self.derived).renew(&ed.session.questionnaire, Some(&ed.eval));
    }

    /// Frees the evaluation the last change replaced; the event loop calls this after the
    /// frame that shows the new one. After a session's first frame, it also works out who reads
    /// what for patching the evaluation, so the first change does not wait for it (8 ms at
    /// 10,000 questions).
    pub fn free_retired(&mut self) {
        if let State::Editing(ed) = &mut self.state {
            ed.retired = None;
            let q = &ed.session.questionnaire;
            ed.readers
                .get_or_insert_with(|| crate::engine::Readers::new(q));
        }
    }

    /// Whether the file records a status for safeguard `id`: a plan is kept beside one, so p
    /// opens the plan only then.
    pub fn status_recorded(&self, id: &str) -> bool {
        self.session()
            .is_some_and(|s| s.assessment.safeguards.contains_key(id))
    }

    /// Whether the latest sign-off still covers the answers as they stand: `None` at home or
    /// with no sign-off. Worked out again only after the answers change.
    pub fn signoff_covers(&mut self) -> Option<bool> {
        let State::Editing(ed) = &mut self.state else {
            return None;
        };
        ed.session.assessment.latest_signoff()?;
        let revision = ed.session.revision;
        if let Some((at, covers)) = ed.signoff_seen
            && at == revision
        {
            return Some(covers);
        }
        let (_, covers) = ed
            .session
            .assessment
            .latest_signoff_coverage(&ed.session.questionnaire)?;
        ed.signoff_seen = Some((revision, covers));
        Some(covers)
    }

    /// The assessment being edited; `None` at home.
    pub fn session(&self) -> Option<&Session> {
        match &self.state {
            State::Editing(ed) => Some(&ed.session),
            State::Home => None,
        }
    }

    pub fn session_mut(&mut self) -> Option<&mut Session> {
        match &mut self.state {
            State::Editing(ed) => Some(&mut ed.session),
            State::Home => None,
        }
    }

    /// The evaluation of the answers being edited; `None` at home.
    pub fn eval(&self) -> Option<&Evaluation> {
        match &self.state {
            State::Editing(ed) => Some(&ed.eval),
            State::Home => None,
        }
    }

    /// Starts editing `session`.
    fn edit(&mut self, session: Session) {
        // `Editing::new` has just evaluated the session: the screens' reading of it is built
        // from that evaluation (a forced refresh evaluated it a second time, a quarter of the
        // first frame at 10,000 questions: issue 7).
        let ed = Editing::new(session);
        self.derived =
            std::mem::take(&mut self.derived).renew(&ed.session.questionnaire, Some(&ed.eval));
        self.state = State::Editing(Box::new(ed));
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: full_stop(text.into()),
            error: false,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: full_stop(text.into()),
            error: true,
        });
    }

    /// Shows the three-line tour on a first run: when `marker` (the file that records it was
    /// dismissed) does not exist yet.
    pub fn offer_tour(&mut self, marker: PathBuf) {
        self.tour = !marker.exists();
        self.tour_marker = Some(marker);
    }

    /// Closes the tour for good: the marker is written, so it never shows again.
    pub fn dismiss_tour(&mut self) {
        self.tour = false;
        if let Some(m) = &self.tour_marker
            && let Err(e) =
                crate::assessment::store::write_atomic(m, b"The key tour was dismissed.\n")
        {
            self.error(format!("Could not record that the tour was seen: {e:#}"));
        }
    }

    /// The long text being typed (a long answer, a note, evidence), for Ctrl+E.
    pub fn long_field(&self) -> Option<&Field> {
        match self.overlay.field() {
            Some(f) => Some(f).filter(|f| f.multiline),
            None if self.overlay.is_none() && self.typing => {
                self.field.as_ref().filter(|f| f.multiline)
            }
            None => None,
        }
    }

    /// Whether the terminal is too small for the wizard: the notice shows, and only resizing
    /// and quitting do anything.
    pub fn too_small(&self) -> bool {
        super::view::too_small(ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1))
    }

    /// The step after this one in the flow ([`crate::flow::next`]).
    pub fn next_screen(&self) -> Option<Screen> {
        crate::flow::next(self.screen, self.derived.visible())
    }

    /// The step before this one in the flow ([`crate::flow::prev`]).
    pub fn prev_screen(&self) -> Option<Screen> {
        crate::flow::prev(self.screen, self.derived.visible())
    }

    /// Where to resume ([`crate::flow::resume`]).
    pub fn resume_screen(&self) -> Screen {
        match (self.session(), self.eval()) {
            (Some(s), Some(e)) => {
                crate::flow::resume(&s.questionnaire, &s.assessment, e, self.derived.visible())
            }
            _ => Screen::Home,
        }
    }

    /// The text field for a screen, filled with what is stored.
    pub fn field_for(&self, screen: Screen) -> Option<Field> {
        match screen {
            Screen::Detail(detail) => {
                let i = detail.index();
                // The questionnaire's own examples; generic ones where it gives none.
                let key = detail.key();
                let placeholder = match self.q().vocabulary.placeholders.get(key) {
                    Some(p) => p.as_str(),
                    None => match key {
                        "system" => "e.g. Support chat assistant",
                        "contact" => "e.g. ml-team@example.com",
                        _ => "",
                    },
                };
                let mut field = Field::new(self.metadata_value(i), false, placeholder, &self.theme);
                if detail == WRAPPED_FIELD {
                    // A sentence or two: shown over several rows, still one paragraph.
                    field.editor.set_wrap(true);
                }
                Some(field)
            }
            Screen::Question(qi) => {
                let q = self.q().questions.get(qi)?;
                let text = match self.answer(qi) {
                    Some(Answer::Text(t) | Answer::Date(t)) => t.clone(),
                    Some(Answer::Number(n)) => format_number(*n),
                    _ => String::new(),
                };
                let placeholder = if q.placeholder.is_empty() {
                    match q.kind {
                        QuestionKind::Date => "YYYY-MM-DD".to_string(),
                        QuestionKind::Number => "a number".to_string(),
                        _ => String::new(),
                    }
                } else {
                    q.placeholder.to_string()
                };
                let multiline = match q.kind {
                    QuestionKind::Text | QuestionKind::Number | QuestionKind::Date => false,
                    QuestionKind::LongText => true,
                    _ => return None,
                };
                match self.unsaved.get(&qi) {
                    // Text left unsaved (not valid yet) is an edit of the stored answer.
                    Some(t) => {
                        let mut field = Field::new(t, multiline, &placeholder, &self.theme);
                        field.dirty = true;
                        field.original = text;
                        Some(field)
                    }
                    None => Some(Field::new(&text, multiline, &placeholder, &self.theme)),
                }
            }
            _ => None,
        }
    }

    /// Where question `qi`'s (first) picked option is in its list, if an option is picked.
    pub fn answer_position(&self, qi: usize) -> Option<usize> {
        let options = &self.q().questions.get(qi)?.options;
        let answer = self.answer(qi)?;
        let first = answer.each_picked().next()?;
        options.iter().position(|o| o.id == first)
    }

    /// Moves to `to`: builds its field, places the cursor, and records the position in the
    /// file. Callers commit the field being left first.
    pub fn go(&mut self, to: Screen) {
        // Every index below is checked here, so the views may index freely.
        let valid = match to {
            Screen::Question(qi) => qi < self.q().questions.len() && self.session().is_some(),
            Screen::Detail(_) => self.session().is_some(),
            Screen::Home => true,
            _ => self.session().is_some(),
        };
        if !valid {
            return;
        }
        self.confirm_clear = None;
        // A question a migration asks to confirm again says why on arrival.
        if let Screen::Question(qi) = to
            && let Some(why) = self
                .q()
                .questions
                .get(qi)
                .and_then(|q| self.session().and_then(|s| s.to_reconfirm(&q.id)))
                .map(str::to_string)
        {
            self.info(format!(
                "To confirm again after the questionnaire changed: {} Enter keeps the answer; change it if it no longer holds.",
                crate::explain::stop(&why)
            ));
        }
        // The result opens at the top of its summary, not scrolled to its first safeguard row
        // (a wizard review saw it open mid-sentence, the verdict's first lines out of sight);
        // ↓ scrolls down to the rows, as past either end of a list.
        let arriving_at_result = to == Screen::Result && to != self.screen;
        if to != self.screen {
            self.from_review = false;
            self.filter.clear();
        }
        self.scroll = arriving_at_result.then_some(0);
        self.screen = to;
        self.overlay = Overlay::None;
        self.field = self.field_for(to);
        self.typing = self.field.is_some();
        self.field_commands = false;
        self.cursor_moved = false;
        self.cursor = match to {
            Screen::Question(qi) => self.answer_position(qi).unwrap_or(0),
            Screen::Detail(d) => d.index(),
            _ => 0,
        };
        if to == Screen::Export {
            let mut fresh = self.default_export_rows();
            // Keep paths the user chose, unless the assessment moved.
            if self.export.len() != fresh.len() || self.export.iter().all(|r| r.path.is_empty()) {
                // What the assessment remembers from an earlier visit, over the defaults.
                if let Some(s) = self.session() {
                    for r in &mut fresh {
                        if let Some(c) = s.assessment.wizard.reports.get(r.format.name()) {
                            r.path.clone_from(&c.path);
                            r.selected = c.selected;
                        }
                    }
                }
                self.export = fresh;
            }
            // The fields apart, so the rows change while the session is read.
            if let State::Editing(ed) = &self.state {
                let s = &ed.session;
                for r in &mut self.export {
                    r.on_disk = match &r.outcome {
                        None => crate::report::up_to_date(
                            &s.questionnaire,
                            &s.assessment,
                            r.format,
                            &self.templates,
                            Path::new(&r.path),
                        ),
                        Some(_) => None,
                    };
                }
            }
        }
        let pos = crate::flow::position(self.q(), to);
        if let Some(s) = self.session_mut() {
            let r = s.set_position(pos);
            self.after_save(r);
        }
    }
}

pub fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

mod field;
mod reading;

pub use field::*;

/// Ends a message that ends in a word with a full stop, as the wizard's other messages end (a
/// new-user pass: errors passed on from the file layer had none). A message that ends in a path,
/// a command or a quoted value keeps its last character, so what is copied from it stays exact.
fn full_stop(mut text: String) -> String {
    let last_word = text
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let ends_in_word = last_word
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == ')');
    let path_or_command = last_word.contains(['/', '\\', '.', '`', '"', '=', '_', '~'])
        || last_word.starts_with('-')
        || text.contains("raia ");
    if ends_in_word && !path_or_command {
        text.truncate(text.trim_end().len());
        text.push('.');
    }
    text
}

#[cfg(test)]
mod full_stop_tests {
    use super::full_stop;

    #[test]
    fn words_get_a_full_stop_and_paths_and_commands_do_not() {
        assert_eq!(
            full_stop("Not saved: the folder is read-only".into()),
            "Not saved: the folder is read-only."
        );
        assert_eq!(full_stop("Saved (3 answers)".into()), "Saved (3 answers).");
        assert_eq!(full_stop("Already said.".into()), "Already said.");
        assert_eq!(full_stop("Which one?".into()), "Which one?");
        assert_eq!(
            full_stop("Type the path, e.g. ./triage.toml".into()),
            "Type the path, e.g. ./triage.toml"
        );
        assert_eq!(
            full_stop("To continue, quit and run: raia resume cv".into()),
            "To continue, quit and run: raia resume cv"
        );
        assert_eq!(full_stop("tick \"None\"".into()), "tick \"None\"");
        assert_eq!(full_stop(String::new()), "");
    }
}
