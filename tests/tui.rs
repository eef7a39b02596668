//! The terminal wizard without a terminal: key mapping and `apply` (`update`, then its effects) on the `App` state (every
//! change must be on disk when `apply` returns), and TestBackend snapshots of every screen at
//! 80x24 and 120x40.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use proptest::prelude::*;
use raia::answer::Answer;
use raia::assessment::{Assessment, Detail, SafeguardStatus, read_assessment, store};
use raia::questionnaire::{Questionnaire, Tier, parse_questionnaire};
use raia::report::{Format, Templates};
use raia::tui::app::{Mode, Overlay, ReviewItem, Screen};
use raia::tui::effects::Effect;
use raia::tui::{Action, App, Options, Start, apply, keys, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::style::Color;
use std::path::{Path, PathBuf};

const FIXTURE: &str = include_str!("fixtures/wizard.toml");

fn questionnaire() -> Questionnaire {
    parse_questionnaire("tests/fixtures/wizard.toml", FIXTURE).unwrap()
}

struct T {
    app: App,
    dir: tempfile::TempDir,
    q: Questionnaire,
}

impl T {
    fn start(start: impl FnOnce(&Path) -> Start) -> T {
        Self::start_with(start, false)
    }

    fn start_with(start: impl FnOnce(&Path) -> Start, no_color: bool) -> T {
        Self::start_q(questionnaire(), start, no_color)
    }

    fn start_q(q: Questionnaire, start: impl FnOnce(&Path) -> Start, no_color: bool) -> T {
        let dir = tempfile::tempdir().unwrap();
        let app = App::new(Options {
            questionnaire: q.clone(),
            templates: Templates::builtin().unwrap(),
            start: start(dir.path()),
            no_color,
            palette: raia::tui::theme::Palette::Default,
            drafts_dir: Some(dir.path().join("drafts")),
        })
        .unwrap();
        T { app, dir, q }
    }

    /// On the result, records an approval by `who` in the sign-off dialog, which must close.
    fn approve_on_the_result(&mut self, who: &str) {
        apply(&mut self.app, Action::GoTo(Screen::Result));
        self.key(KeyCode::Char('s'));
        self.type_str(who);
        // The dialog opens on changes requested; Tab twice reaches approved.
        self.key(KeyCode::Tab);
        self.key(KeyCode::Tab);
        let dialog = self.render(120, 30);
        assert!(dialog.contains("[approved]"), "{dialog}");
        self.key(KeyCode::Enter);
        assert!(self.app.overlay.is_none(), "{}", self.render(200, 30));
    }

    /// An example from `examples/`, copied to `a.toml` and resumed, on the built-in
    /// questionnaire.
    fn example(name: &str) -> T {
        let q = builtin_questionnaire();
        Self::start_q(
            q,
            |d| {
                std::fs::copy(format!("examples/{name}"), d.join("a.toml")).unwrap();
                Start::Resume(d.join("a.toml"))
            },
            false,
        )
    }

    /// [`T::example`] with one piece of its text replaced (which must be there).
    fn example_edited(name: &str, from: &str, to: &str) -> T {
        let q = builtin_questionnaire();
        Self::start_q(
            q,
            |d| {
                let text = std::fs::read_to_string(format!("examples/{name}")).unwrap();
                assert!(text.contains(from), "{name} holds {from:?}");
                std::fs::write(d.join("a.toml"), text.replace(from, to)).unwrap();
                Start::Resume(d.join("a.toml"))
            },
            false,
        )
    }

    /// On the result, the cursor on safeguard `id`'s row.
    fn on_result_row(&mut self, id: &str) {
        apply(&mut self.app, Action::GoTo(Screen::Result));
        self.app.cursor = self
            .app
            .result_rows()
            .iter()
            .position(|s| s.id == id)
            .unwrap_or_else(|| panic!("a result row for {id}"));
    }

    /// `long_questionnaire()`, with the metadata filled in, on the first question.
    fn long() -> T {
        let mut t = Self::start_q(
            long_questionnaire(),
            |d| Start::New(Some(d.join("a.toml"))),
            false,
        );
        t.fill_metadata();
        t
    }

    /// A new assessment saved to `a.toml` in the temp dir.
    fn new_file() -> T {
        Self::start(|d| Start::New(Some(d.join("a.toml"))))
    }

    /// A new assessment with the metadata filled in, on the first question.
    fn on_questions() -> T {
        let mut t = Self::new_file();
        t.fill_metadata();
        t
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("a.toml")
    }

    /// A copy of the assessment file as it is on disk, for another session to open while this
    /// one holds the file.
    fn copy_of_file(&self) -> PathBuf {
        let copy = self.dir.path().join("copy.toml");
        std::fs::copy(self.path(), &copy).unwrap();
        copy
    }

    fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }

    /// The message on the status line, or "".
    fn said(&self) -> String {
        self.app
            .message
            .as_ref()
            .map(|m| m.text.clone())
            .unwrap_or_default()
    }

    fn ctrl(&mut self, c: char) {
        self.key_mod(KeyCode::Char(c), KeyModifiers::CONTROL);
    }

    fn key_mod(&mut self, code: KeyCode, mods: KeyModifiers) {
        self.event(Event::Key(KeyEvent::new(code, mods)));
    }

    fn event(&mut self, ev: Event) {
        if let Some(a) = keys::map_event(&self.app, ev, Rect::new(0, 0, 100, 30)) {
            apply(&mut self.app, a);
        }
    }

    /// A key as the event loop handles it: a save it calls for waits for `after_frame`.
    fn loop_key(&mut self, code: KeyCode) {
        let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(a) = keys::map_event(&self.app, ev, Rect::new(0, 0, 100, 30)) {
            raia::tui::update::apply_before_frame(&mut self.app, a);
        }
    }

    fn type_str(&mut self, s: &str) {
        for c in s.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// From the first metadata field, typing: fills it and the rest, to the first question.
    fn fill_rest_of_metadata(&mut self) {
        self.key(KeyCode::Enter);
        for v in [
            "Ranks job applicants",
            "Acme",
            "Talent ML",
            "Ana",
            "ana@example.com",
        ] {
            self.type_str(v);
            self.key(KeyCode::Enter);
        }
    }

    fn fill_metadata(&mut self) {
        for v in [
            "CV screener",
            "Ranks job applicants",
            "Acme",
            "Talent ML",
            "Ana",
            "ana@example.com",
        ] {
            self.type_str(v);
            self.key(KeyCode::Enter);
        }
        assert_eq!(
            self.app.screen,
            Screen::Question(0),
            "metadata leads to the first question"
        );
    }

    /// The assessment as it is on disk right now.
    fn disk(&self) -> Assessment {
        read_assessment(&self.path(), &self.q).unwrap()
    }

    fn field_text(&self) -> String {
        self.app
            .field
            .as_ref()
            .map(|f| f.text())
            .unwrap_or_default()
    }

    fn goto(&mut self, id: &str) {
        let qi = self.q.question_index(id).unwrap();
        apply(&mut self.app, Action::GoTo(Screen::Question(qi)));
        assert_eq!(self.app.screen, Screen::Question(qi));
    }

    /// Jumps to a text question (it waits there) and starts typing with Enter.
    fn goto_edit(&mut self, id: &str) {
        self.goto(id);
        assert_eq!(
            self.app.mode(),
            Mode::Commands,
            "a jump does not start typing"
        );
        self.key(KeyCode::Enter);
        assert!(matches!(self.app.mode(), Mode::Typing { .. }));
    }

    fn render(&self, w: u16, h: u16) -> String {
        render_app(&self.app, w, h)
    }
}

fn render_app(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| {
        view::draw(app, f);
    })
    .unwrap();
    term.backend().to_string()
}

fn buffer(app: &App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| {
        view::draw(app, f);
    })
    .unwrap();
    term.backend().buffer().clone()
}

fn qi(id: &str) -> usize {
    questionnaire().question_index(id).unwrap()
}

/// The fixture plus a section with a long intro: a multiple choice of twelve options that wrap,
/// a long text and a number, each with long help and a long policy clause. Together more than
/// any panel shows at once. The fixture's questions keep their indexes.
fn long_questionnaire() -> Questionnaire {
    let long = "a sentence long enough to wrap over several lines in every panel width we test";
    let mut text = FIXTURE.to_string();
    text.push_str(&format!(
        "\n[[section]]\nid = \"long\"\ntitle = \"Long section\"\nintro = \"This section intro is {long}, and then {long}, and once more {long}.\"\n"
    ));
    let help = format!("help = \"Why: {long}; {long}.\"\nclause = \"Clause: {long}.\"\n");
    text.push_str(&format!(
        "\n[[question]]\nid = \"many\"\nsection = \"long\"\ntype = \"multi\"\nprompt = \"Which of these twelve things does the system do, out of a list that is long?\"\n{help}"
    ));
    for k in 1..=12 {
        text.push_str(&format!(
            "\n[[question.option]]\nid = \"o{k}\"\nlabel = \"Thing {k}: a label that wraps onto a second line in narrow panels\"\n"
        ));
    }
    text.push_str(&format!(
        "\n[[question]]\nid = \"essay\"\nsection = \"long\"\ntype = \"long_text\"\nprompt = \"Describe, in your own words and at length, everything the system does.\"\n{help}"
    ));
    text.push_str(&format!(
        "\n[[question]]\nid = \"count\"\nsection = \"long\"\ntype = \"number\"\nprompt = \"How many?\"\nmin = 0\n{help}"
    ));
    text.push_str(
        "\n[[question]]\nid = \"crowd\"\nsection = \"long\"\ntype = \"text\"\nprompt = \"Who are they?\"\nshow_if = { question = \"count\", at_least = 100 }\n",
    );
    parse_questionnaire("long.toml", &text).unwrap()
}

/// The status line's text: the rows between the progress bar and the footer, joined.
fn status_text(app: &App, w: u16, h: u16) -> String {
    let screen = render_app(app, w, h);
    let rows: Vec<&str> = screen.lines().collect();
    let progress = rows
        .iter()
        .rposition(|r| r.contains(" Progress "))
        .expect("a progress bar");
    rows[progress + 1..rows.len() - 1]
        .iter()
        // Each row is quoted by the test backend.
        .map(|r| r[1..r.len() - 1].trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The screen rows that show the option under the cursor ("›" then its number, a space apart
/// where the list runs to two digits: "›11" ran together, a second new-user review).
fn cursor_row_shown(screen: &str, k: usize) -> bool {
    screen.contains(&format!("›{k:>2} [")) || screen.contains(&format!("›{k:>3} ["))
}

// ---------------------------------------------------------------- layout and scrolling

#[test]
fn the_option_under_the_cursor_is_always_in_view() {
    // The section intro above the list makes the prompt and the cursor row together taller
    // than the panel: the panel must still scroll to the cursor, at every size.
    for (w, h) in [(60, 16), (70, 20), (80, 24), (100, 30), (120, 40)] {
        let mut t = T::long();
        t.goto("many");
        apply(&mut t.app, Action::Resize(w, h));
        for k in 1..=12 {
            let screen = t.render(w, h);
            assert!(
                cursor_row_shown(&screen, k),
                "{w}x{h}: option {k} is under the cursor but not shown\n{screen}"
            );
            // The usability review: at 80x24 option 9 scrolled the question out of view.
            assert!(
                screen.contains("Which of these twelve"),
                "{w}x{h}: the prompt stays in view at option {k}\n{screen}"
            );
            t.key(KeyCode::Char('j'));
        }
        t.key(KeyCode::Char('g'));
        t.key(KeyCode::Char('G'));
        let screen = t.render(w, h);
        assert!(cursor_row_shown(&screen, 12), "{w}x{h}: G\n{screen}");
        assert!(screen.contains("Thing 12"), "{w}x{h}\n{screen}");
        t.key(KeyCode::Char(' '));
        let screen = t.render(w, h);
        assert!(
            screen.contains("› 12 [x]"),
            "{w}x{h}: the tick is seen\n{screen}"
        );
    }
}

#[test]
fn a_click_under_the_pinned_prompt_lands_on_the_option_drawn_there() {
    let mut t = T::long();
    t.goto("many");
    for _ in 0..9 {
        t.key(KeyCode::Char('j'));
    }
    let buf = buffer(&t.app, 100, 30);
    let screen = render_app(&t.app, 100, 30);
    assert!(screen.contains("Which of these twelve"), "{screen}");
    let (x, y) = find(&buf, "Thing 8:");
    t.event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(t.app.cursor, 7);
    assert_eq!(
        t.disk().answers.get("many"),
        Some(&Answer::Choices(vec!["o8".into()]))
    );
}

#[test]
fn below_70_columns_the_steps_give_their_room_to_the_question() {
    // The usability review: at 60x16 the steps took 22 of 60 columns.
    let t = T::on_questions();
    let narrow = t.render(60, 16);
    assert!(!narrow.contains("Steps"), "{narrow}");
    let rows: Vec<&str> = narrow.lines().collect();
    assert!(rows[1].starts_with("\"┌ Question 1 of "), "{narrow}");
    // The title and the progress bar still say where the user is.
    assert!(narrow.contains("questions answered"), "{narrow}");
    let wide = t.render(70, 20);
    assert!(wide.contains("Steps"), "{wide}");
}

#[test]
fn a_long_title_is_cut_by_display_width_with_an_ellipsis() {
    let mut t = T::start(|d| Start::New(Some(d.join("履歴書スクリーナー-cv.toml"))));
    t.type_str("履歴書スクリーナー 🤖 CV");
    t.key(KeyCode::Enter);
    // The top row as text: a wide character's second cell is skipped.
    let top_row = |app: &App, w: u16| {
        let buf = buffer(app, w, 16);
        let mut row = String::new();
        let mut x = 0;
        while x < w {
            let sym = buf[(x, 0)].symbol();
            row.push_str(sym);
            x += unicode_width::UnicodeWidthStr::width(sym).max(1) as u16;
        }
        row
    };
    let row = top_row(&t.app, 60);
    let shown = row.trim_end();
    assert!(shown.ends_with("…)"), "{row:?}");
    assert!(shown.contains("履歴書スクリーナー 🤖 CV"), "{row:?}");
    // When even the name does not fit, it is the name that is cut.
    t.key(KeyCode::Up);
    t.type_str(&" and more".repeat(8));
    t.key(KeyCode::Enter);
    let row = top_row(&t.app, 60);
    assert!(row.trim_end().ends_with('…'), "{row:?}");
}

#[test]
fn the_key_list_scrolls_when_it_does_not_fit_and_other_keys_close_it() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::Resize(70, 20));
    t.key(KeyCode::Char('?'));
    let screen = t.render(70, 20);
    assert!(screen.contains("▼ more"), "{screen}");
    assert!(!screen.contains("any other key closes it"), "{screen}");
    for code in [KeyCode::Char('j'), KeyCode::Down, KeyCode::PageDown] {
        t.key(code);
        assert!(matches!(t.app.overlay, Overlay::Keys), "{code:?} scrolls");
    }
    t.key(KeyCode::Char('G'));
    let screen = t.render(70, 20);
    assert!(screen.contains("any other key closes it"), "{screen}");
    assert!(screen.contains("▲ more"), "{screen}");
    // Every row of the table can be read in full somewhere on the way down.
    t.key(KeyCode::Char('g'));
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&t.render(70, 20));
        t.key(KeyCode::Char('j'));
    }
    for (_, keys, _) in raia::tui::view::footer::KEY_TABLE {
        assert!(seen.contains(keys), "{keys}");
    }
    t.key(KeyCode::Char('x'));
    assert!(t.app.overlay.is_none(), "another key closes it");
    assert_eq!(
        t.disk().answers.get("purpose"),
        None,
        "and does nothing else"
    );
}

#[test]
fn the_more_marks_never_cover_a_panel_title() {
    let mut t = T::long();
    t.goto("many");
    t.key(KeyCode::Char('G'));
    for (w, h) in [(60, 16), (80, 24), (100, 30)] {
        let screen = t.render(w, h);
        let rows: Vec<&str> = screen.lines().collect();
        assert!(rows[1].contains("Long section"), "{w}x{h}\n{screen}");
        assert!(
            screen.contains("▲ more"),
            "{w}x{h}: scrolled, and says so\n{screen}"
        );
    }
}

#[test]
fn page_down_past_the_last_option_scrolls_to_the_help_below() {
    for (w, h) in [(80, 24), (100, 30)] {
        let mut t = T::long();
        apply(&mut t.app, Action::Resize(w, h));
        t.goto("many");
        t.key(KeyCode::Char('G'));
        let screen = t.render(w, h);
        assert!(
            !screen.contains("Clause:"),
            "{w}x{h}: below the panel\n{screen}"
        );
        t.key(KeyCode::PageDown);
        assert_eq!(t.app.cursor, 11, "the cursor stays on the last option");
        let screen = t.render(w, h);
        assert!(
            screen.contains("Clause:"),
            "{w}x{h}: PgDn scrolls\n{screen}"
        );
        // Back up: first towards the cursor, then the cursor moves again.
        t.key(KeyCode::PageUp);
        assert!(cursor_row_shown(&t.render(w, h), 12), "{w}x{h}");
        t.key(KeyCode::Up);
        assert_eq!(t.app.cursor, 10);
        assert!(cursor_row_shown(&t.render(w, h), 11));
        // The wheel does the same past the end.
        t.key(KeyCode::Char('G'));
        for _ in 0..30 {
            t.event(Event::Mouse(MouseEvent {
                kind: MouseEventKind::ScrollDown,
                column: 40,
                row: 5,
                modifiers: KeyModifiers::NONE,
            }));
        }
        assert!(
            t.render(w, h).contains("Clause:"),
            "{w}x{h}: the wheel scrolls"
        );
        // A text question, typing or not.
        t.goto("count");
        assert!(!t.render(w, h).contains("Clause:") || h >= 30);
        t.key(KeyCode::PageDown);
        t.key(KeyCode::PageDown);
        assert!(t.render(w, h).contains("Clause:"), "{w}x{h}: typing");
        t.key(KeyCode::PageUp);
        t.key(KeyCode::PageUp);
        assert!(t.render(w, h).contains("How many?"), "{w}x{h}");
    }
}

#[test]
fn at_the_smallest_size_what_is_typed_or_chosen_is_in_view() {
    let (w, h) = (60, 16);
    let mut t = T::long();
    apply(&mut t.app, Action::Resize(w, h));
    // The first question of a section with a long intro: the prompt and the options win.
    t.goto("many");
    let screen = t.render(w, h);
    assert!(screen.contains("Which of these"), "{screen}");
    assert!(cursor_row_shown(&screen, 1), "{screen}");
    assert!(!screen.contains("This section intro"), "{screen}");
    t.key(KeyCode::Char('i'));
    let help = t.render(120, 40);
    assert!(
        help.contains("This section intro"),
        "i shows the intro\n{help}"
    );
    t.key(KeyCode::Esc);
    // Long text: the box and what is typed in it.
    t.goto_edit("essay");
    t.type_str("Typed words appear");
    let screen = t.render(w, h);
    assert!(screen.contains("Describe, in your own"), "{screen}");
    assert!(screen.contains("Typed words appear"), "{screen}");
    // A number.
    t.goto_edit("count");
    t.type_str("1234");
    let screen = t.render(w, h);
    assert!(
        screen.contains("How many?") && screen.contains("1234"),
        "{screen}"
    );
    // The safeguard popup: the statuses and the evidence box.
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::Enter);
    t.type_str("wiki/page");
    let screen = t.render(w, h);
    for needle in ["missing", "not applicable", "wiki/page"] {
        assert!(screen.contains(needle), "{needle}\n{screen}");
    }
}

/// The text of the main panel (between the sidebar and the live panel), one string per row.
fn main_panel_rows(app: &App, w: u16, h: u16) -> Vec<String> {
    let buf = buffer(app, w, h);
    // The main panel starts after the sidebar; from 100 columns a result column takes the
    // right.
    let (left, right) = match w {
        w if w >= 140 => (28, w - 42),
        w if w >= 120 => (26, w - 36),
        w if w >= 100 => (22, w - 30),
        w => (22, w),
    };
    (2..h - 4)
        .map(|y| {
            (left + 1..right - 1)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn the_result_wraps_its_verdict_and_reasons_instead_of_cutting_them() {
    for (w, h) in [(100, 30), (80, 24), (120, 40)] {
        let mut t = T::on_questions();
        t.key(KeyCode::Char('2')); // screens job applications: consequential
        apply(&mut t.app, Action::GoTo(Screen::Result));
        let rows = main_panel_rows(&t.app, w, h);
        let text = rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ");
        // Only safeguard rows may be cut: the panel beside or under the list shows the one
        // under the cursor in full.
        let is_row = |r: &str| {
            let r: String = r.chars().skip(2).collect();
            ["in place", "planned", "missing", "not applicable"]
                .iter()
                .any(|s| r.starts_with(s))
        };
        assert!(
            rows.iter().all(|r| is_row(r) || !r.contains('…')),
            "{w}x{h}: a line is cut\n{}",
            rows.join("\n")
        );
        let unanswered = t.app.eval().unwrap().unanswered.len();
        for needle in [
            format!("Incomplete: {unanswered} unanswered questions (r reviews). Reports say so."),
            "(medium from 4, high from 8)".to_string(),
            "Missing or planned: 2 of the 2 this use needs (".to_string(),
        ] {
            assert!(
                text.contains(&needle),
                "{w}x{h}: {needle}\n{}",
                rows.join("\n")
            );
        }
        assert!(
            !text.contains("notes missing"),
            "no note is missing: {text}"
        );
        // Every reason can be read in full, at the top or after the safeguards.
        let panel = |app: &App| {
            main_panel_rows(app, w, h)
                .iter()
                .map(|r| r.trim().to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let top = panel(&t.app);
        t.key(KeyCode::Char('G'));
        let bottom = panel(&t.app);
        for r in &raia::explain::tier_reasons(t.app.q(), t.app.eval().unwrap()) {
            let r = r.replace('`', "");
            assert!(
                top.contains(&r) || bottom.contains(&r),
                "{w}x{h}: the reason {r:?} cannot be read\n{top}\n{bottom}"
            );
        }
    }
}

// ---------------------------------------------------------------- keys and modes

#[test]
fn letters_that_are_commands_elsewhere_type_text_in_a_field() {
    let mut t = T::new_file();
    assert_eq!(t.app.mode(), Mode::Typing { multiline: false });
    t.type_str("q?hjkl ni xr");
    assert_eq!(t.field_text(), "q?hjkl ni xr");
    assert!(!t.app.quit, "q typed a letter, it did not quit");
    assert!(
        t.app.overlay.is_none(),
        "? typed a letter, it did not open the key list"
    );
    assert_eq!(t.app.screen, Screen::Detail(Detail::System));
}

#[test]
fn esc_leaves_the_field_and_then_letters_are_commands() {
    let mut t = T::new_file();
    t.type_str("Triage");
    t.key(KeyCode::Esc);
    assert_eq!(t.app.mode(), Mode::Commands);
    assert_eq!(
        t.disk().metadata.system,
        "Triage",
        "leaving the field saves it"
    );
    t.key(KeyCode::Char('j'));
    assert_eq!(
        t.app.screen,
        Screen::Detail(Detail::Description),
        "j moves to the next field"
    );
    t.key(KeyCode::F(1));
    assert!(matches!(t.app.overlay, Overlay::Keys));
    t.key(KeyCode::Char('x'));
    assert!(t.app.overlay.is_none(), "any key closes the key list");
    // A field reached by a move waits: any letter starts typing, so typing "quick" there
    // never quits.
    t.type_str("quick");
    assert!(!t.app.quit);
    assert_eq!(t.field_text(), "quick");
    t.ctrl('q');
    assert!(t.app.quit);
}

#[test]
fn command_keys_move_one_question_at_a_time_and_never_type_into_an_answer() {
    // The usability review: h pressed repeatedly landed on a long-text question in typing
    // mode, and the next h was typed and saved ("re-tested.h"). A later new-user review: on a
    // text field reached with h, the "h" of "human review" went back a question and the rest of
    // the word was saved there ("uman review"). The arrows walk; a letter on a text box types
    // into that box, never anywhere else.
    let mut t = T::on_questions();
    t.goto_edit("story");
    t.type_str("re-tested.");
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Question(qi("users")));
    t.key(KeyCode::Esc);
    // ← and → walk one visible question at a time, across sections, and each text field they
    // reach waits for typing.
    let visible = t.app.visible_questions();
    let mut at = visible.iter().position(|&i| i == qi("users")).unwrap();
    for _ in 0..visible.len() + 2 {
        t.key(KeyCode::Left);
        at = at.saturating_sub(1);
        if at == 0 && t.app.screen != Screen::Question(visible[0]) {
            break;
        }
        assert_eq!(t.app.screen, Screen::Question(visible[at]));
        assert_eq!(t.app.mode(), Mode::Commands, "← arrived typing at {at}");
    }
    for (i, key) in [
        KeyCode::Right,
        KeyCode::Right,
        KeyCode::Left,
        KeyCode::Right,
    ]
    .into_iter()
    .enumerate()
    {
        let before = t.app.screen;
        t.key(key);
        assert_ne!(t.app.screen, before, "key {i} moved");
        assert_eq!(t.app.mode(), Mode::Commands);
    }
    assert_eq!(
        t.disk().answers.get("story"),
        Some(&Answer::Text("re-tested.".into())),
        "no arrow was typed into the long text"
    );
    // On a text question reached that way that holds an answer, the footer and the prompt say
    // how to edit it; a stray letter changes nothing.
    t.goto("story");
    assert_eq!(t.app.mode(), Mode::Commands);
    let screen = t.render(100, 30);
    assert!(screen.contains("Enter/e edit"), "{screen}");
    assert!(screen.contains("Enter or e edits the answer"), "{screen}");
    t.type_str("x");
    assert_eq!(t.field_text(), "re-tested.");
    assert!(
        t.said()
            .contains("This answer is kept as it is: e or Enter edits it"),
        "{}",
        t.said()
    );
    // Once editing, every letter types into this box, h included: nothing moves, nothing is
    // lost.
    let name_before = t.disk().answers.get("name").cloned();
    t.key(KeyCode::Char('e'));
    t.type_str(" he said");
    assert_eq!(t.app.screen, Screen::Question(qi("story")));
    assert_eq!(t.app.mode(), Mode::Typing { multiline: true });
    assert_eq!(
        t.field_text(),
        "re-tested. he said",
        "every letter typed here"
    );
    t.key(KeyCode::Esc);
    assert_eq!(t.disk().answers.get("name").cloned(), name_before);
    assert_eq!(
        t.disk().answers.get("story"),
        Some(&Answer::Text("re-tested. he said".into()))
    );
    t.key(KeyCode::Char('h'));
    assert_eq!(
        t.app.screen,
        Screen::Question(qi("name")),
        "after Esc, h moves"
    );
    t.key(KeyCode::Right);
    // Tab, Shift+Tab and Enter from a field walk the form typing, as before.
    t.key(KeyCode::BackTab);
    assert_eq!(t.app.screen, Screen::Question(qi("name")));
    assert_eq!(t.app.mode(), Mode::Typing { multiline: false });
    t.key(KeyCode::Tab);
    assert_eq!(t.app.mode(), Mode::Typing { multiline: true });
    // A click on a section in the sidebar arrives in command mode too.
    t.key(KeyCode::Esc);
    let buf = buffer(&t.app, 100, 30);
    let (x, y) = find(&buf, "› Details");
    t.event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(t.app.screen, Screen::Question(qi("name")));
    assert_eq!(t.app.mode(), Mode::Commands);
    // In the system details reached by a jump, the arrows, End and Home move between the
    // fields without typing; ↓ from a field keeps typing.
    apply(&mut t.app, Action::GoTo(Screen::Detail(Detail::System)));
    assert_eq!(t.app.mode(), Mode::Commands);
    for key in [KeyCode::Down, KeyCode::End, KeyCode::Up, KeyCode::Home] {
        t.key(key);
        assert_eq!(t.app.mode(), Mode::Commands, "{key:?}");
    }
    assert_eq!(t.app.screen, Screen::Detail(Detail::System));
    t.key(KeyCode::Enter);
    t.key(KeyCode::Down);
    assert_eq!(t.app.screen, Screen::Detail(Detail::Description));
    assert_eq!(t.app.mode(), Mode::Typing { multiline: false });
}

/// Issue 11, point 1: at 59x15 `x` then `4` replaced three ticks; at 45x12 `ABC` went into a
/// long text. Behind the notice only resizing and quitting act.
#[test]
fn keys_behind_the_too_small_notice_change_nothing() {
    let mut t = T::on_questions();
    t.goto("data");
    for k in ['1', '2', '3'] {
        t.key(KeyCode::Char(k));
    }
    let ticked = t.disk().answers.get("data").cloned();
    assert!(matches!(&ticked, Some(Answer::Choices(v)) if v.len() == 3));
    apply(&mut t.app, Action::Resize(59, 15));
    assert!(t.render(59, 15).contains("too small"));
    for code in [
        KeyCode::Char('x'),
        KeyCode::Char('4'),
        KeyCode::Char('D'),
        KeyCode::Char('u'),
        KeyCode::Char(' '),
        KeyCode::Delete,
        KeyCode::Enter,
        KeyCode::Tab,
        KeyCode::Esc,
    ] {
        t.key(code);
    }
    t.ctrl('_');
    t.event(Event::Paste("pasted".into()));
    assert_eq!(t.disk().answers.get("data"), ticked.as_ref());
    assert_eq!(t.app.screen, Screen::Question(qi("data")));
    // Even the actions themselves, however they arrive, do nothing behind the notice.
    apply(&mut t.app, Action::Clear);
    apply(&mut t.app, Action::Choose(3));
    assert_eq!(t.disk().answers.get("data"), ticked.as_ref());
    apply(&mut t.app, Action::Resize(100, 30));
    t.goto_edit("story");
    apply(&mut t.app, Action::Resize(45, 12));
    t.type_str("ABC");
    apply(&mut t.app, Action::Type("DEF".into()));
    assert_eq!(t.field_text(), "", "nothing typed behind the notice");
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.disk().answers.get("story"), None);
    t.key(KeyCode::Char('q'));
    assert!(t.app.quit, "q quits from behind the notice");
}

/// Issue 11, point 2: x toggles one option as in huh, D clears, and u or Ctrl+_ takes back the
/// last changes, saved like any change. Ctrl+Z stays suspend (the event loop hands it back).
#[test]
fn undo_takes_back_answer_changes_and_saves() {
    let mut fresh = T::new_file();
    fresh.ctrl('_');
    let said = fresh.app.message.clone().unwrap().text;
    assert!(said.contains("Nothing to undo"), "{said}");
    // Nor does it say no answer changed once changes were made and undone (a second new-user
    // review).
    assert!(!said.contains("no answer has changed"), "{said}");
    let mut t = T::on_questions();
    t.goto("data");
    for k in ['1', '2', '3'] {
        t.key(KeyCode::Char(k));
    }
    let three = t.disk().answers.get("data").cloned();
    t.key(KeyCode::Char('D'));
    assert_eq!(t.disk().answers.get("data"), None);
    let said = t.app.message.clone().unwrap().text;
    assert!(said.contains("u brings it back"), "{said}");
    t.key(KeyCode::Char('u'));
    assert_eq!(
        t.disk().answers.get("data"),
        three.as_ref(),
        "undo is saved"
    );
    let said = t.app.message.clone().unwrap().text;
    assert!(
        said.starts_with("Undone: \"Which data does it use?\" is back to"),
        "{said}"
    );
    // Undo reaches back at least 20 changes, in order.
    t.goto("users");
    t.key(KeyCode::Enter);
    for n in 1..=22 {
        t.type_str(&n.to_string());
        t.key(KeyCode::Enter);
        t.goto_edit("users");
        for _ in 0..n.to_string().len() {
            t.key(KeyCode::Backspace);
        }
    }
    assert_eq!(t.disk().answers.get("users"), Some(&Answer::Number(22.0)));
    // Ctrl+_ (Ctrl+/) undoes while typing; what was typed goes first.
    t.type_str("9");
    t.ctrl('_');
    assert_eq!(t.disk().answers.get("users"), Some(&Answer::Number(22.0)));
    for n in (1..=21).rev() {
        t.ctrl('7');
        assert_eq!(
            t.disk().answers.get("users"),
            Some(&Answer::Number(f64::from(n))),
            "undo {n}"
        );
    }
    assert_eq!(t.field_text(), "1", "the field shows what undo put back");
    t.ctrl('7');
    assert_eq!(t.disk().answers.get("users"), None);
    // Ctrl+Z is not undo: the event loop hands it to the terminal (suspend).
    let z = keys::map_key(
        &t.app,
        KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL),
    );
    assert_ne!(z, Some(Action::Undo));
}

/// A new-user pass: after `u` took back a choice, the cursor stayed on the option taken back,
/// so the next Enter chose it again ("lasting" came back, and on "It decides" the note editor
/// opened and took the keys that followed). The cursor goes to the option put back.
#[test]
fn after_undo_the_cursor_is_on_the_answer_put_back_and_enter_keeps_it() {
    let mut t = T::example("loan-pre-approval.toml");
    t.goto("reversibility");
    let before = t.disk().answers.get("reversibility").cloned();
    assert_eq!(before, Some(Answer::Choice("effort".into())));
    let at = t.app.cursor;
    // On an answered question a digit moves; Space chooses.
    t.key(KeyCode::Char('3'));
    t.key(KeyCode::Char(' '));
    assert_ne!(t.disk().answers.get("reversibility"), before.as_ref());
    assert_ne!(t.app.cursor, at);
    t.key(KeyCode::Char('u'));
    assert_eq!(t.disk().answers.get("reversibility"), before.as_ref());
    assert_eq!(t.app.cursor, at, "the cursor is on the answer put back");
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().answers.get("reversibility"),
        before.as_ref(),
        "Enter keeps the answer undo put back"
    );
    // Redo puts the cursor on what it makes again.
    t.goto("reversibility");
    t.key(KeyCode::Char('3'));
    t.key(KeyCode::Char(' '));
    let three = t.app.cursor;
    t.key(KeyCode::Char('u'));
    t.key(KeyCode::Char('U'));
    assert_eq!(t.app.cursor, three, "{}", t.said());
}

/// A new user pressed a number on a single choice already answered to move to that option, and
/// the answer changed at once. A digit picks only on a question not answered yet (the footer's
/// "Space/1-9 choose"); on an answered one it moves the cursor, as ↑↓ do, says the answer
/// stays, and Enter or Space chooses. One stray key never replaces an answer.
#[test]
fn a_digit_on_an_answered_single_choice_moves_there_and_enter_or_space_chooses() {
    let mut t = T::on_questions();
    assert_eq!(t.app.screen, Screen::Question(qi("purpose")));
    let purpose = |t: &T| t.disk().answers.get("purpose").cloned();
    assert!(t.render(100, 30).contains("Space/1-9 choose"));
    t.key(KeyCode::Char('1'));
    assert_eq!(purpose(&t), Some(Answer::Choice("chat".into())));
    // Answered: 2 moves there, changes nothing, and says how to choose it.
    let file = std::fs::read(t.path()).unwrap();
    t.key(KeyCode::Char('2'));
    assert_eq!(t.app.cursor, 1);
    assert_eq!(purpose(&t), Some(Answer::Choice("chat".into())));
    assert_eq!(std::fs::read(t.path()).unwrap(), file, "nothing written");
    assert_eq!(t.app.screen, Screen::Question(qi("purpose")));
    let said = t.said();
    assert!(
        said.contains("Enter or Space chooses it")
            && said.contains("the answer stays \"Answers questions in a chat\""),
        "{said}"
    );
    let screen = t.render(80, 24);
    assert!(screen.contains("↑↓/1-9 move"), "{screen}");
    insta::assert_snapshot!("digit_on_an_answered_choice_80x24", screen);
    // Its own option: the cursor goes there, with nothing to say.
    t.key(KeyCode::Char('1'));
    assert_eq!(t.app.cursor, 0);
    assert_eq!(purpose(&t), Some(Answer::Choice("chat".into())));
    // A number past the list still says so.
    t.key(KeyCode::Char('7'));
    assert!(t.said().contains("There is no option 7"), "{}", t.said());
    // Enter chooses the option moved to, says what it replaced, and goes on.
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Enter);
    assert_eq!(purpose(&t), Some(Answer::Choice("screen".into())));
    assert_ne!(t.app.screen, Screen::Question(qi("purpose")));
    // Yes or no alike; Space chooses and stays.
    t.goto("decides");
    t.key(KeyCode::Char('2'));
    assert_eq!(t.disk().answers.get("decides"), Some(&Answer::Bool(false)));
    t.key(KeyCode::Char('1'));
    assert_eq!(t.disk().answers.get("decides"), Some(&Answer::Bool(false)));
    t.key(KeyCode::Char(' '));
    assert_eq!(t.disk().answers.get("decides"), Some(&Answer::Bool(true)));
    assert_eq!(t.app.screen, Screen::Question(qi("decides")));
    // Multiple choice is unchanged: a digit ticks and unticks, as Space does.
    t.goto("data");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char('2'));
    assert_eq!(
        t.disk().answers.get("data"),
        Some(&Answer::Choices(vec!["public".into(), "personal".into()]))
    );
}

/// A second new-user review: a run of l through the questions typed "ll" into a blank answer and
/// saved it, and made "Claude" "Claudel". The letter that brought the user to a field steps on
/// again while nothing is typed there; any other letter still starts typing (the first review's
/// "human review" typed on a field reached with l).
#[test]
fn a_run_of_h_or_l_steps_through_text_fields_without_typing() {
    let mut t = T::on_questions();
    t.goto_edit("name");
    t.type_str("Claude");
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Question(qi("story")));
    t.key(KeyCode::Esc);
    let visible = t.app.visible_questions();
    let before_name = visible[visible.iter().position(|&i| i == qi("name")).unwrap() - 1];
    let q = questionnaire();
    let before = q.questions[before_name].id.to_string();
    for (key, to) in [
        ('h', "name"),
        ('h', before.as_str()),
        ('l', "name"),
        ('l', "story"),
        ('l', "users"),
    ] {
        t.key(KeyCode::Char(key));
        assert_eq!(t.app.screen, Screen::Question(qi(to)), "{key} to {to}");
        assert_eq!(t.app.mode(), Mode::Commands, "{key} to {to}");
    }
    let disk = t.disk();
    assert_eq!(
        disk.answers.get("name"),
        Some(&Answer::Text("Claude".into()))
    );
    assert_eq!(disk.answers.get("story"), None);
    // Another letter types on a blank field reached with l.
    for _ in 0..3 {
        t.key(KeyCode::Left);
    }
    assert_eq!(t.app.screen, Screen::Question(before_name));
    t.key(KeyCode::Char('l'));
    t.key(KeyCode::Char('l'));
    assert_eq!(t.app.screen, Screen::Question(qi("story")));
    t.type_str("we review");
    assert_eq!(t.app.screen, Screen::Question(qi("story")));
    assert_eq!(t.field_text(), "we review");
    // Once typing, h and l type too.
    t.type_str(" all");
    assert_eq!(t.field_text(), "we review all");
    // Turning back steps too, and an answer reached so is never typed into (the same review
    // saw "lh" and "hhq" typed into answers on a turn).
    t.key(KeyCode::Tab);
    t.key(KeyCode::Esc);
    for (key, to) in [('h', "story"), ('h', "name"), ('l', "story"), ('h', "name")] {
        t.key(KeyCode::Char(key));
        assert_eq!(t.app.screen, Screen::Question(qi(to)), "{key} to {to}");
    }
    t.type_str("q");
    assert!(!t.app.quit);
    let disk = t.disk();
    assert_eq!(
        disk.answers.get("name"),
        Some(&Answer::Text("Claude".into()))
    );
    assert_eq!(
        disk.answers.get("story"),
        Some(&Answer::Text("we review all".into()))
    );
}

/// Issue 11, point 3: on a long text reached with h, typing "quick" quit on the q. There only
/// keys that move or show are commands; any other key starts typing.
#[test]
fn typing_into_a_field_waiting_for_e_never_quits_clears_or_undoes() {
    let mut t = T::on_questions();
    t.goto_edit("story");
    t.type_str("First.");
    t.key(KeyCode::Tab);
    t.key(KeyCode::Esc);
    t.key(KeyCode::Char('h'));
    assert_eq!(t.app.screen, Screen::Question(qi("story")));
    assert_eq!(t.app.mode(), Mode::Commands);
    // Issue 11, point 2: Esc then Delete (or x) no longer erases the paragraph.
    t.key(KeyCode::Delete);
    t.key(KeyCode::Backspace);
    assert_eq!(t.field_text(), "First.");
    assert_eq!(
        t.disk().answers.get("story"),
        Some(&Answer::Text("First.".into()))
    );
    // Letters that are not h or l never quit, clear or undo; on an answer they change nothing
    // until e or Enter (a second new-user review saw stray keys typed into answers).
    t.type_str("quick Dux");
    assert!(!t.app.quit);
    assert_eq!(t.field_text(), "First.");
    t.key(KeyCode::Char('e'));
    t.type_str("quick Dux");
    assert_eq!(t.field_text(), "First.quick Dux");
    t.key(KeyCode::Tab);
    assert_eq!(
        t.disk().answers.get("story"),
        Some(&Answer::Text("First.quick Dux".into()))
    );
    // The footer says how to quit there, and the key list says the rule.
    t.goto("story");
    let screen = t.render(100, 30);
    assert!(screen.contains("Ctrl+Q quit"), "{screen}");
    assert!(
        raia::tui::view::footer::KEY_NOTES
            .iter()
            .any(|n| n.contains("a blank one takes any other printable key as its first letter"))
    );
}

/// Issue 11, point 10: the terminal's own cursor sits on the caret while typing (input-method
/// windows and magnifiers follow it), and is hidden otherwise.
#[test]
fn the_terminal_cursor_is_on_the_caret_while_typing() {
    let cursor = |app: &App, w: u16, h: u16| {
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        term.draw(|f| {
            view::draw(app, f);
        })
        .unwrap();
        let b = term.backend();
        (b.cursor_visible(), b.cursor_position(), b.buffer().clone())
    };
    let mut t = T::new_file();
    t.type_str("Tri");
    let (shown, pos, buf) = cursor(&t.app, 100, 30);
    assert!(shown, "the cursor shows while typing");
    let (x, y) = find(&buf, "Tri");
    assert_eq!((pos.x, pos.y), (x + 3, y), "right after the typed text");
    t.type_str("日本");
    let (_, pos, _) = cursor(&t.app, 100, 30);
    assert_eq!(
        (pos.x, pos.y),
        (x + 7, y),
        "wide characters count two columns"
    );
    t.key(KeyCode::Left);
    let (_, pos, _) = cursor(&t.app, 100, 30);
    assert_eq!(
        (pos.x, pos.y),
        (x + 5, y),
        "on the wide character it is before"
    );
    // A long text: the caret on its wrapped second row.
    t.fill_rest_of_metadata();
    t.goto_edit("story");
    t.type_str(&"word ".repeat(30));
    let (shown, pos, buf) = cursor(&t.app, 100, 30);
    assert!(shown);
    let (_, y0) = find(&buf, "word word");
    assert!(pos.y > y0, "the caret follows the wrap: {pos:?} {y0}");
    assert_eq!(
        buf[(pos.x - 1, pos.y)].symbol(),
        " ",
        "after the last typed space"
    );
    // Commands, or a popup: no cursor.
    t.key(KeyCode::Esc);
    assert!(!cursor(&t.app, 100, 30).0);
    t.key(KeyCode::Char('e'));
    t.key(KeyCode::F(1));
    assert!(!cursor(&t.app, 100, 30).0, "hidden under the key list");
}

/// Issue 11, point 14: Ctrl+U deletes to the start of the line as in a shell, Home and End
/// work on the line as wrapped, PgDn scrolls to the help while typing, and Ctrl+E asks for the
/// editor and takes its text back.
#[test]
fn editing_keys_behave_as_in_a_shell_and_huh() {
    let mut t = T::long();
    t.goto_edit("essay");
    let line = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau";
    t.type_str(line);
    // Drawn once, so the field knows where its lines wrap.
    let _ = t.render(80, 24);
    t.key(KeyCode::Home);
    let (row, col) = t.app.field.as_ref().unwrap().editor.cursor();
    assert_eq!(row, 0);
    assert!(
        col > 0,
        "Home went to the start of the wrapped row, not the line: {col}"
    );
    t.key(KeyCode::End);
    let (_, end) = t.app.field.as_ref().unwrap().editor.cursor();
    assert_eq!(
        end,
        line.chars().count(),
        "End of the last wrapped row is the line's end"
    );
    t.key(KeyCode::Enter);
    t.type_str("second line");
    t.ctrl('u');
    assert_eq!(
        t.field_text(),
        format!("{line}\n"),
        "Ctrl+U deleted to the line's start only"
    );
    // PgDn while typing scrolls the panel towards "Why we ask".
    let before = t.app.scroll;
    t.key(KeyCode::PageDown);
    assert_eq!(
        t.app.mode(),
        Mode::Typing { multiline: true },
        "still typing"
    );
    assert_ne!(t.app.scroll, before, "PgDn scrolled the panel");
    // Ctrl+E: the event loop opens the editor; its text replaces the field's.
    t.ctrl('e');
    assert!(t.app.external_edit);
    apply(&mut t.app, Action::ReplaceText("From the editor.\n".into()));
    assert_eq!(t.field_text(), "From the editor.");
    // The message says what is true of a long text box: Enter adds a line, so it does not
    // promise Enter saves (new-user pass); the pause saves it, as typed text.
    let said = t.app.message.clone().unwrap().text;
    assert_eq!(
        said,
        "Read back from the editor; it is saved as typed text is, and Tab moves on."
    );
    apply(&mut t.app, Action::Idle);
    assert_eq!(
        t.disk().answers.get("essay"),
        Some(&Answer::Text("From the editor.".into()))
    );
    t.key(KeyCode::Tab);
    assert_eq!(
        t.disk().answers.get("essay"),
        Some(&Answer::Text("From the editor.".into()))
    );
    // In a one-line field Ctrl+E is the end of the line, as before.
    t.app.external_edit = false; // the event loop's part
    t.goto_edit("name");
    t.ctrl('e');
    assert!(!t.app.external_edit);
}

/// Issue 11, point 14: a long answer gets the rows it needs on a tall terminal.
#[test]
fn a_long_text_box_grows_with_its_text_on_a_tall_terminal() {
    let mut t = T::long();
    t.goto_edit("essay");
    for i in 0..20 {
        t.type_str(&format!("Paragraph line {i}"));
        t.key(KeyCode::Enter);
    }
    let screen = t.render(120, 60);
    for i in 0..20 {
        assert!(
            screen.contains(&format!("Paragraph line {i} ")),
            "line {i}:\n{screen}"
        );
    }
    // A short terminal still shows the prompt and a box that fits.
    let small = t.render(80, 24);
    assert!(small.contains("Paragraph line 19"), "{small}");
}

/// Issue 11, point 15: the description field wraps over several rows, the contact's shape is
/// checked with a warning (never a trap), the footer keeps quit at 60x16, and a long error
/// never pushes the progress line off the screen.
#[test]
fn fields_fit_what_they_ask() {
    let mut t = T::new_file();
    t.type_str("CV screener");
    t.key(KeyCode::Enter);
    let sentence = "Ranks job applicants for recruiters by how well their CVs match the role, and flags the top ten";
    t.type_str(sentence);
    let screen = t.render(80, 24);
    assert!(screen.contains("Ranks job applicants"), "{screen}");
    assert!(
        screen.contains("flags the top ten"),
        "the whole sentence shows, wrapped:\n{screen}"
    );
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().metadata.description,
        sentence,
        "one paragraph, as typed"
    );
    for v in ["Acme", "Talent", "Ana"] {
        t.type_str(v);
        t.key(KeyCode::Enter);
    }
    t.type_str("ana at example");
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().metadata.contact,
        "ana at example",
        "saved, not refused"
    );
    assert_eq!(t.app.screen, Screen::Question(0), "and the user goes on");
    let msg = t.app.message.clone().unwrap().text;
    assert!(
        msg.contains("does not look like an e-mail address"),
        "{msg}"
    );
    assert!(raia::tui::app::looks_like_email("ana@example.com"));
    assert!(!raia::tui::app::looks_like_email("ana@example"));
    // 60x16: the footer drops hints, never the quit key.
    for screen in [
        Screen::Question(0),
        Screen::Detail(Detail::Description),
        Screen::Review,
        Screen::Result,
    ] {
        apply(&mut t.app, Action::GoTo(screen));
        apply(&mut t.app, Action::Resize(60, 16));
        let text = t.render(60, 16);
        let footer = text.lines().last().unwrap();
        assert!(footer.contains("quit"), "{screen:?}: {footer}");
    }
    // A long error: the status line takes two rows at most; the progress line stays.
    t.app.error("x ".repeat(200));
    let text = t.render(60, 16);
    assert!(text.contains(" Progress "), "{text}");
    assert!(text.contains('…'), "the cut is shown: {text}");
}

/// Issue 11, point 16: an emoji joined with zero-width joiners never blanks the character
/// after it, in a field, a title or the review.
#[test]
fn a_joined_emoji_does_not_blank_the_next_character() {
    let doctor = "👩\u{200d}⚕\u{fe0f}";
    let mut t = T::new_file();
    t.type_str(&format!("Dr {doctor}Triage"));
    let screen = t.render(100, 30);
    assert!(screen.contains("Triage"), "{screen}");
    t.key(KeyCode::Enter);
    let screen = t.render(100, 30);
    assert!(screen.contains("Triage"), "{screen}");
}

/// A new-user pass: on the review, the cursor took the place of the "!" that marks a row still
/// to answer. Both show, at both widths, as on the result's list.
#[test]
fn the_review_cursor_keeps_the_mark_of_a_row_to_answer() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Review));
    let at = t
        .app
        .review_items()
        .iter()
        .position(|i| matches!(i, ReviewItem::Question(q) if t.app.answer(*q).is_none()))
        .unwrap();
    t.app.cursor = at;
    for (w, h) in [(120, 40), (60, 30)] {
        let screen = t.render(w, h);
        assert!(screen.contains("›!"), "{screen}");
    }
    // A row that is answered keeps the cursor alone.
    t.app.cursor = 0;
    assert!(!t.render(120, 40).contains("›!"));
}

/// Issue 11, point 19: `/` filters the review and the result lists; Esc clears the filter,
/// then goes back one level.
#[test]
fn slash_filters_the_review_and_result_and_esc_goes_back() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Review));
    let all = t.app.review_items().len();
    t.key(KeyCode::Char('/'));
    assert!(matches!(t.app.overlay, Overlay::Filter { .. }));
    t.type_str("DATA");
    assert_eq!(
        t.app.review_items(),
        vec![ReviewItem::Question(qi("data"))],
        "only the row holding the text, in any case"
    );
    assert!(
        t.render(100, 30).contains("Filter: 1 row holds the text"),
        "one row, one verb: {}",
        t.render(100, 30)
    );
    t.key(KeyCode::Enter);
    assert!(t.app.overlay.is_none());
    let screen = t.render(100, 30);
    assert!(
        screen.contains("1 row holds \"DATA\"; Esc shows them all again."),
        "{screen}"
    );
    // The words a row shows for its state are found too (new-user pass: `/unanswered` found
    // nothing).
    t.app.filter = "unanswered".into();
    let unanswered: Vec<ReviewItem> = t
        .app
        .eval()
        .unwrap()
        .unanswered
        .iter()
        .map(|id| ReviewItem::Question(qi(id)))
        .collect();
    assert!(!unanswered.is_empty());
    assert_eq!(t.app.review_items(), unanswered);
    t.app.filter = "DATA".into();
    assert!(screen.contains("Which data does it use?"), "{screen}");
    assert!(!screen.contains("What does the system do?"), "{screen}");
    assert!(screen.contains("all rows (filtered)"), "{screen}");
    // Enter opens the filtered row; a change there, then Enter, comes back to the review as
    // it was left: filtered, on that row (a new user came back to every row, scrolled away).
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("data")));
    t.key(KeyCode::Char('3'));
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Review);
    assert_eq!(t.app.filter, "DATA");
    assert_eq!(
        t.app.review_items().get(t.app.cursor),
        Some(&ReviewItem::Question(qi("data")))
    );
    t.goto("data");
    apply(&mut t.app, Action::GoTo(Screen::Review));
    assert_eq!(
        t.app.review_items().len(),
        all,
        "a new visit shows every row"
    );
    // The result too; Esc clears the filter, then goes back to the review.
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::Char('/'));
    t.type_str("output");
    t.key(KeyCode::Enter);
    let rows: Vec<&str> = t.app.result_rows().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(rows, vec!["output-checks"]);
    t.key(KeyCode::Esc);
    assert_eq!(t.app.result_rows().len(), 2, "Esc cleared the filter");
    assert_eq!(t.app.screen, Screen::Result);
    t.key(KeyCode::Esc);
    assert_eq!(t.app.screen, Screen::Review, "then went back one level");
    t.key(KeyCode::Esc);
    assert!(matches!(t.app.screen, Screen::Question(_)), "and one more");

    // A long option list: / hides what does not match and ↑↓ pass over it.
    let mut t = T::long();
    t.goto("many");
    t.key(KeyCode::Char('/'));
    t.type_str("thing 1");
    // While it is typed, the box sits at the bottom and the matches stay in view.
    let typing = t.render(100, 30);
    assert!(
        typing.contains("Thing 10") && typing.contains("Thing 11"),
        "{typing}"
    );
    let at = typing
        .lines()
        .position(|l| l.contains("Filter: "))
        .expect("the filter box");
    assert!(
        at >= 20,
        "the box is at the bottom, not over the list:\n{typing}"
    );
    t.key(KeyCode::Enter);
    assert_eq!(t.app.cursor, 0, "Thing 1 is the first match");
    let rows = main_panel_rows(&t.app, 120, 80).join("\n");
    assert!(rows.contains("Thing 10"), "{rows}");
    assert!(
        !rows.contains("Thing 2"),
        "options without the text are hidden:\n{rows}"
    );
    assert!(
        rows.contains("options hold \"thing 1\"; Esc shows them all."),
        "{rows}"
    );
    // Each shown option keeps its number: 10 is still option 10.
    assert!(rows.contains("10 [ ] Thing 10"), "{rows}");
    t.key(KeyCode::Char('G'));
    let last = t.app.cursor;
    assert!(
        t.app.option_matches(last),
        "G goes to the last option shown"
    );
    t.key(KeyCode::Char('g'));
    t.key(KeyCode::Down);
    assert_eq!(t.app.cursor, 9, "Thing 10, passing over 2 to 9");
    t.key(KeyCode::Char(' '));
    assert_eq!(
        t.disk().answers.get("many"),
        Some(&Answer::Choices(vec!["o10".into()]))
    );
    t.key(KeyCode::Esc);
    t.key(KeyCode::Down);
    assert_eq!(t.app.cursor, 10, "Esc cleared the filter");
}

/// Issue 11, point 21: a first run shows a three-line tour of the keys; the first key closes
/// it for good (and acts as usual), and it never shows again.
#[test]
fn the_first_run_tour_shows_once_and_never_again() {
    let mut t = T::new_file();
    let marker = t.dir.path().join("data").join("tour-seen");
    t.app.offer_tour(marker.clone());
    assert!(t.app.tour);
    let screen = t.render(100, 30);
    assert!(screen.contains("First time? The keys"), "{screen}");
    assert!(
        screen.contains("your next key closes this tour for good"),
        "{screen}"
    );
    // Three lines, even at 80 columns.
    let small = t.render(80, 24);
    for line in raia::tui::view::overlay::TOUR {
        assert!(small.contains(line), "{small}");
    }
    t.type_str("A");
    assert!(!t.app.tour);
    assert_eq!(t.field_text(), "A", "the key also acted");
    assert!(marker.exists(), "dismissal is remembered");
    assert!(!t.render(100, 30).contains("First time?"));
    let mut again = T::new_file();
    again.app.offer_tour(marker);
    assert!(!again.app.tour, "never shows again");
    // The result step offers the sign-off, with the command that records it: for a draft still
    // incomplete, the one that records changes requested, since an approval would be refused.
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Result));
    apply(&mut t.app, Action::Last);
    let text = main_panel_rows(&t.app, 120, 40).join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "Sign-off: none yet; an approval needs every question answered. Not ready to approve: the assessment is incomplete (4 required questions unanswered): complete it before approving. A reviewer can record that changes are needed with s here, or from a shell: raia sign"
        ),
        "{text}"
    );
    assert!(text.contains("--decision changes-requested"), "{text}");
}

#[test]
fn only_key_presses_count() {
    let mut t = T::new_file();
    for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
        t.event(Event::Key(KeyEvent::new_with_kind(
            KeyCode::Char('a'),
            KeyModifiers::NONE,
            kind,
        )));
    }
    assert_eq!(t.field_text(), "");
    t.key(KeyCode::Char('a'));
    assert_eq!(t.field_text(), "a");
}

#[test]
fn ctrl_q_quits_from_a_field_and_keeps_what_was_typed() {
    let mut t = T::on_questions();
    t.goto_edit("name");
    t.type_str("Talent ML team");
    t.ctrl('q');
    assert!(t.app.quit);
    assert_eq!(
        t.disk().answers.get("name"),
        Some(&Answer::Text("Talent ML team".into()))
    );
    let bye = t.app.farewell().unwrap();
    assert!(bye.contains("Everything is saved in"), "{bye}");
    assert!(bye.contains("a.toml"), "{bye}");
}

// ---------------------------------------------------------------- answers are saved at once

#[test]
fn a_choice_is_on_disk_the_moment_it_is_made() {
    let mut t = T::on_questions();
    t.key(KeyCode::Down);
    t.key(KeyCode::Char(' '));
    assert_eq!(
        t.disk().answers.get("purpose"),
        Some(&Answer::Choice("screen".into()))
    );
    assert_eq!(
        t.app.screen,
        Screen::Question(qi("purpose")),
        "Space chooses and stays"
    );
    // Answered: a digit only moves there.
    t.key(KeyCode::Char('1'));
    assert_eq!(
        t.disk().answers.get("purpose"),
        Some(&Answer::Choice("screen".into()))
    );
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().answers.get("purpose"),
        Some(&Answer::Choice("chat".into()))
    );
    assert_eq!(
        t.app.screen,
        Screen::Question(qi("data")),
        "Enter chooses and goes on"
    );
    assert_eq!(t.disk().wizard.position, "data");
}

/// The event loop draws a key's frame before it writes the change (issue 7: Space at 10,000
/// questions waited for the fsync); the change is on disk before the next key is read.
#[test]
fn the_frame_of_an_answer_is_drawn_before_it_is_written_and_then_it_is() {
    let mut t = T::on_questions();
    t.loop_key(KeyCode::Down);
    t.loop_key(KeyCode::Char(' '));
    // The frame already shows the choice and the live result...
    assert_eq!(
        t.app.answer(qi("purpose")),
        Some(&Answer::Choice("screen".into()))
    );
    let frame = t.render(100, 30);
    assert!(frame.contains("(•)"), "{frame}");
    // ...while the file does not have it yet.
    assert_eq!(t.disk().answers.get("purpose"), None);
    assert!(
        !raia::tui::update::after_frame(&mut t.app),
        "nothing to redraw"
    );
    assert_eq!(
        t.disk().answers.get("purpose"),
        Some(&Answer::Choice("screen".into()))
    );
    assert!(!raia::tui::update::after_frame(&mut t.app), "written once");
    // Several keys before one frame are written together; Tab's position too.
    t.loop_key(KeyCode::Char('1'));
    t.loop_key(KeyCode::Char(' '));
    t.loop_key(KeyCode::Tab);
    assert_eq!(
        t.disk().answers.get("purpose"),
        Some(&Answer::Choice("screen".into()))
    );
    raia::tui::update::after_frame(&mut t.app);
    let disk = t.disk();
    assert_eq!(
        disk.answers.get("purpose"),
        Some(&Answer::Choice("chat".into()))
    );
    assert_eq!(disk.wizard.position, "data");
    // A save that fails is shown after the frame, and asks for another.
    std::fs::write(t.path(), "not = [toml").unwrap();
    t.loop_key(KeyCode::Char('j'));
    t.loop_key(KeyCode::Char(' '));
    assert!(raia::tui::update::after_frame(&mut t.app));
    let m = t.app.message.clone().unwrap();
    assert!(m.error && m.text.starts_with("Not saved"), "{m:?}");
}

#[test]
fn multiple_choice_ticks_with_space_in_questionnaire_order() {
    let mut t = T::on_questions();
    t.goto("data");
    t.key(KeyCode::Char('j'));
    t.key(KeyCode::Char('j'));
    t.key(KeyCode::Char(' ')); // health
    t.key(KeyCode::Char('k'));
    t.key(KeyCode::Char(' ')); // personal
    assert_eq!(
        t.disk().answers.get("data"),
        Some(&Answer::Choices(vec!["personal".into(), "health".into()]))
    );
    t.key(KeyCode::Char(' ')); // personal off
    assert_eq!(
        t.disk().answers.get("data"),
        Some(&Answer::Choices(vec!["health".into()]))
    );
    t.key(KeyCode::Char('4')); // none of these: replaces the ticks
    assert_eq!(
        t.disk().answers.get("data"),
        Some(&Answer::Choices(vec!["nothing".into()]))
    );
    // Said, with what it unticked (new-user pass: it was silent).
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    let q = t.q.question("data").unwrap().clone();
    let label = |id: &str| q.option(id).unwrap().label.to_string();
    assert!(
        said.contains(&format!(
            "Unticked \"{}\": it does not go with \"{}\".",
            label("health"),
            label("nothing")
        )),
        "{said}"
    );
    t.key(KeyCode::Char('1')); // a real option replaces "none of these"
    assert_eq!(
        t.disk().answers.get("data"),
        Some(&Answer::Choices(vec!["public".into()]))
    );
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(
        said.contains(&format!("Unticked \"{}\": ", label("nothing"))),
        "{said}"
    );
    t.key(KeyCode::Char('x'));
    assert_eq!(
        t.disk().answers.get("data"),
        Some(&Answer::Choices(vec![])),
        "x unticks the option under the cursor, as in huh"
    );
    t.key(KeyCode::Char('x'));
    t.key(KeyCode::Char('j'));
    t.key(KeyCode::Char('x'));
    assert_eq!(
        t.disk().answers.get("data"),
        Some(&Answer::Choices(vec!["public".into(), "personal".into()])),
        "x ticks one option and leaves the others"
    );
    t.key(KeyCode::Char('D'));
    assert_eq!(t.disk().answers.get("data"), None, "D clears the answer");
    t.key(KeyCode::Enter);
    assert_eq!(t.disk().answers.get("data"), None);
    assert_eq!(t.app.screen, Screen::Question(qi("data")));
    let msg = t.app.message.clone().unwrap().text;
    assert!(msg.contains("\"None of these\" (4)"), "{msg}");
}

/// Starting a new file, or resuming one at a place it did not record, writes the file once the
/// first frame is drawn, as the event loop writes a key's change: not before it (the write was
/// a fifth of the first frame at 10,000 questions, issue 7), and never not at all.
#[test]
fn the_file_a_start_calls_for_is_written_after_the_first_frame() {
    let mut t = T::new_file();
    let path = t.dir.path().join("a.toml");
    assert!(!path.exists(), "written before the first frame");
    let first = t.render(100, 30);
    assert!(first.contains("System name"), "{first}");
    update::after_frame(&mut t.app);
    let a = read_assessment(&path, &t.q).unwrap();
    assert!(a.answers.is_empty());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Quitting before any frame writes it too (`apply` takes the held save in).
    let mut t = T::new_file();
    let path = t.dir.path().join("a.toml");
    apply(&mut t.app, Action::Quit);
    assert!(path.exists(), "quitting at once lost the new file");
}

#[test]
fn enter_with_nothing_ticked_is_not_an_answer_even_without_a_none_option() {
    let mut q = questionnaire();
    let data = q.questions.iter_mut().find(|x| x.id == "data").unwrap();
    data.options.retain(|o| !o.exclusive);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    let mut app = App::new(Options {
        questionnaire: q.clone(),
        templates: Templates::builtin().unwrap(),
        start: Start::New(Some(path.clone())),
        no_color: false,
        palette: raia::tui::theme::Palette::Default,
        drafts_dir: None,
    })
    .unwrap();
    apply(&mut app, Action::GoTo(Screen::Question(qi("data"))));
    apply(&mut app, Action::Confirm);
    // An untouched list is not taken for "none apply": the user is told and stays put.
    assert_eq!(app.screen, Screen::Question(qi("data")));
    let message = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(
        message.contains("Nothing is ticked: tick at least one"),
        "{message}"
    );
    assert!(
        !path.exists()
            || !read_assessment(&path, &q)
                .unwrap()
                .answers
                .contains_key("data")
    );
}

#[test]
fn what_a_number_key_changed_is_still_said_after_enter_moves_on() {
    // New-user pass: "2" then Enter is how most answers are given, and Enter wiped the tier
    // change before anyone could read it.
    let said = |t: &T| t.app.message.clone().map(|m| m.text).unwrap_or_default();
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2')); // screens job applications: high
    let news = said(&t);
    assert!(news.contains("The tier is now high (was low)"), "{news}");
    t.key(KeyCode::Enter);
    assert_ne!(t.app.screen, Screen::Question(qi("purpose")));
    assert_eq!(said(&t), news);
    // Only once, and only while it was on screen: a key in between ends it.
    t.key(KeyCode::Char('?'));
    t.key(KeyCode::Char('?'));
    t.goto("purpose");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char(' '));
    assert!(said(&t).contains("The tier is now low"), "{}", said(&t));
    t.key(KeyCode::Char('k')); // the cursor stays on the option chosen
    t.key(KeyCode::Enter);
    assert_ne!(t.app.screen, Screen::Question(qi("purpose")));
    assert!(!said(&t).contains("The tier is now"), "{}", said(&t));
}

/// A new-user review ticked three boxes and pressed Enter: the tick that raised the tier said
/// so, the next tick, which changed nothing, wiped it, and Enter moved on in silence.
#[test]
fn a_tier_change_over_several_ticks_is_said_on_enter() {
    let said = |t: &T| t.app.message.clone().map(|m| m.text).unwrap_or_default();
    let mut t = T::on_questions();
    t.key(KeyCode::Char('1')); // a chat: low
    t.goto("data");
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Char('3'));
    assert!(
        said(&t).contains("The tier is now medium (was low)"),
        "{}",
        said(&t)
    );
    t.key(KeyCode::Char('1'));
    assert!(!said(&t).contains("The tier is now"), "{}", said(&t));
    t.key(KeyCode::Enter);
    assert_ne!(t.app.screen, Screen::Question(qi("data")));
    assert!(
        said(&t).starts_with("The tier is now medium (was low)"),
        "{}",
        said(&t)
    );
    // Ticks that end where they began say nothing on Enter.
    t.goto("data");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Enter);
    assert!(!said(&t).contains("The tier is now"), "{}", said(&t));
}

#[test]
fn conditional_questions_appear_and_hidden_answers_are_kept_but_not_counted() {
    let mut t = T::on_questions();
    assert!(!t.app.is_visible(qi("decides")));
    t.key(KeyCode::Char('2')); // screens job applications
    assert!(t.app.is_visible(qi("decides")));
    let said = |t: &T| t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(
        said(&t).starts_with("1 question added by this answer."),
        "{}",
        said(&t)
    );
    assert!(status_text(&t.app, 80, 24).contains("1 question added by this answer."));
    t.key(KeyCode::Char('2')); // the same again: nothing changes, nothing is said
    assert_eq!(said(&t), "");
    t.goto("decides");
    t.key(KeyCode::Char('2')); // no
    assert_eq!(t.disk().answers.get("decides"), Some(&Answer::Bool(false)));
    let (answered, visible) = t.app.progress();
    assert_eq!((answered, visible), (2, 7));
    t.goto("purpose");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char(' ')); // chat: `decides` is hidden again
    assert!(!t.app.is_visible(qi("decides")));
    assert!(said(&t).starts_with("1 question hidden by this answer. The tier is now low"));
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Char(' '));
    t.key(KeyCode::Char('D'));
    assert!(
        said(&t).starts_with("Answer cleared: u brings it back. 1 question hidden by this answer."),
        "clearing says it too: {}",
        said(&t)
    );
    t.key(KeyCode::Char('1'));
    assert_eq!(
        t.disk().answers.get("decides"),
        Some(&Answer::Bool(false)),
        "the hidden answer stays in the file"
    );
    assert_eq!(t.app.progress(), (1, 6), "but it no longer counts");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("data")));
    t.key(KeyCode::Char('4'));
    t.key(KeyCode::Enter);
    assert_eq!(
        t.app.screen,
        Screen::Question(qi("name")),
        "the flow skips the hidden question"
    );
}

/// A hostile review: under a confirmed prohibited use the wizard showed "score 14" beside the
/// tier, while `raia score` says the score is not used. The live panel and the result say so
/// too, with no bands and no sum.
#[test]
fn under_a_confirmed_prohibited_use_the_score_is_said_not_to_be_used() {
    let mut t = T::example("voice-clone-no-consent.toml");
    assert_eq!(
        t.app.eval().unwrap().tier,
        raia::questionnaire::Tier::Prohibited
    );
    let screen = t.render(120, 40);
    assert!(screen.contains("score not used"), "{screen}");
    assert!(
        !screen.contains("score 1") && !screen.contains("score 0"),
        "{screen}"
    );
    t.app.go(Screen::Result);
    let screen = t.render(120, 40);
    assert!(screen.contains("score not used"), "{screen}");
    assert!(screen.contains("Score not used: a confirmed"), "{screen}");
    assert!(!screen.contains("medium from"), "{screen}");
    // Where the score counts, it is shown with its bands.
    let mut t = T::example("clinical-triage-assistant.toml");
    t.app.go(Screen::Result);
    let screen = t.render(120, 40);
    assert!(screen.contains("medium from"), "{screen}");
    assert!(!screen.contains("score not used"), "{screen}");
}

/// A hostile review: on a question shown by an earlier answer, undoing that answer hid the
/// question on screen, which stayed up as "Question 0 of N" and took answers for a hidden
/// question. Undo and redo now go to the question they changed when the one on screen hides.
#[test]
fn an_undo_that_hides_the_question_on_screen_goes_to_the_question_it_changed() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('1')); // purpose: chat, `decides` hidden
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Char(' ')); // purpose: screens job applications, `decides` shown
    assert!(t.app.is_visible(qi("decides")));
    t.goto("decides");
    t.key(KeyCode::Char('u')); // purpose back to chat: `decides` hidden again
    assert!(!t.app.is_visible(qi("decides")));
    assert_eq!(t.app.screen, Screen::Question(qi("purpose")));
    let screen = render_app(&t.app, 100, 30);
    assert!(!screen.contains("Question 0 of"), "{screen}");
    // Redo shows it again, and the screen stays where it is.
    t.key(KeyCode::Char('U'));
    assert!(t.app.is_visible(qi("decides")));
    assert_eq!(t.app.screen, Screen::Question(qi("purpose")));
    t.goto("decides");
    t.key(KeyCode::Char('2')); // decides: no
    t.goto("purpose");
    t.key(KeyCode::Char('1')); // chat: `decides` hidden
    t.goto("data");
    t.key(KeyCode::Char('u')); // purpose back to screening: shown; nothing on screen hides
    assert!(t.app.is_visible(qi("decides")));
    assert_eq!(t.app.screen, Screen::Question(qi("data")));
}

/// An answer taken in from the file (an editor, or a second session) can hide the question on
/// screen; the wizard then moves on, as after an undo, and keeps what was answered there.
#[test]
fn a_change_taken_in_from_the_file_that_hides_the_question_on_screen_moves_on() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2')); // purpose: screens job applications, `decides` shown
    t.goto("decides");
    let mut edited = t.disk();
    edited
        .answers
        .insert("purpose".into(), Answer::Choice("chat".into()));
    store::save(&t.path(), &edited, &t.q).unwrap();
    t.key(KeyCode::Char('2')); // decides: no; saving it takes in `purpose`, which hides `decides`
    assert!(!t.app.is_visible(qi("decides")));
    assert_ne!(t.app.screen, Screen::Question(qi("decides")));
    let screen = render_app(&t.app, 100, 30);
    assert!(!screen.contains("Question 0 of"), "{screen}");
    assert!(
        t.app
            .message
            .as_ref()
            .unwrap()
            .text
            .contains("took in the answer to \"What does the system do?\""),
        "{:?}",
        t.app.message
    );
    let a = t.disk();
    assert_eq!(a.answers["purpose"], Answer::Choice("chat".into()));
    assert!(
        a.answers.contains_key("decides"),
        "the answer given on screen was lost"
    );
}

#[test]
fn a_required_note_is_demanded_and_written_in_the_note_editor() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    t.goto("decides");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Enter); // yes: needs a note
    assert_eq!(
        t.app.screen,
        Screen::Question(qi("decides")),
        "Enter waits for the note"
    );
    // Enter opens the note the answer needs: keys typed for the next screen go into the note,
    // never into the answer (a workflow review's next "1" and Enter changed it, unseen).
    assert!(matches!(t.app.overlay, Overlay::Note { .. }));
    let msg = t.app.message.clone().unwrap();
    assert!(msg.text.contains("This answer needs a note"), "{msg:?}");
    assert_eq!(
        t.app.eval().unwrap().notes_missing,
        vec!["decides".to_string()]
    );
    let screen = t.render(80, 24);
    assert!(screen.contains("Say why no person reviews"), "{screen}");
    t.type_str("1");
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().answers.get("decides"),
        Some(&Answer::Bool(true)),
        "a key typed for the next screen changed the answer"
    );
    t.key(KeyCode::Backspace);
    t.key(KeyCode::Backspace);
    t.type_str("Too many to review; q and ? are text.");
    t.key(KeyCode::Enter);
    t.type_str("Audited monthly.");
    t.key(KeyCode::Esc);
    assert!(t.app.overlay.is_none());
    assert_eq!(
        t.disk().notes.get("decides").map(String::as_str),
        Some("Too many to review; q and ? are text.\nAudited monthly.")
    );
    assert!(t.app.eval().unwrap().notes_missing.is_empty());
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("name")));
}

/// New-user pass: a note written for one answer stayed, unremarked, when another option was
/// picked. Changing a choice answer that has a note says to check the note.
/// A second new-user review: ticking two options said "4 questions added by this answer" where
/// the answer had added 5 (the last tick's count). The count runs over every tick on the
/// question.
#[test]
fn questions_added_by_an_answer_are_counted_over_all_its_ticks() {
    let mut t = T::example("loan-pre-approval.toml");
    let q = builtin_questionnaire();
    let cap = q.question_index("capabilities").unwrap();
    let opt = |id: &str| {
        q.questions[cap]
            .options
            .iter()
            .position(|o| o.id == id)
            .unwrap()
    };
    apply(&mut t.app, Action::GoTo(Screen::Question(cap)));
    let n0 = t.app.visible_questions().len();
    apply(&mut t.app, Action::Choose(opt("control")));
    let n1 = t.app.visible_questions().len();
    apply(&mut t.app, Action::Choose(opt("open-text")));
    let n2 = t.app.visible_questions().len();
    assert!(n0 < n1 && n1 < n2, "{n0} {n1} {n2}");
    let said = t.said();
    assert!(
        said.contains(&format!("{} questions added by this answer.", n2 - n0)),
        "{said}"
    );
    // A tick that shows nothing more says nothing of it.
    apply(&mut t.app, Action::Choose(opt("prediction")));
    apply(&mut t.app, Action::Choose(opt("prediction")));
    assert_eq!(t.app.visible_questions().len(), n2);
}

/// A second new-user re-test: a letter typed after a saved number ("12l") kept Tab from moving
/// on, and the way out it named, clearing the field, erased the saved 12. The message names the
/// way that keeps it.
#[test]
fn a_refused_number_says_how_to_take_back_what_was_typed() {
    let mut t = T::on_questions();
    t.goto_edit("users");
    t.type_str("12");
    t.key(KeyCode::Enter);
    t.goto_edit("users");
    t.type_str("l");
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Question(qi("users")));
    let said = t.said();
    assert!(
        said.contains("Ctrl+_ takes back what was typed (the saved answer stays)"),
        "{said}"
    );
    t.ctrl('_');
    assert_eq!(t.field_text(), "12");
    t.key(KeyCode::Tab);
    assert_ne!(t.app.screen, Screen::Question(qi("users")));
    assert_eq!(t.disk().answers.get("users"), Some(&Answer::Number(12.0)));
}

/// A second new-user review: D after Esc on a text answer did nothing, though the key list says
/// it clears the answer there too.
#[test]
fn d_after_esc_clears_a_text_answer_and_u_brings_it_back() {
    let mut t = T::on_questions();
    t.goto_edit("name");
    t.type_str("Claude");
    t.key(KeyCode::Esc);
    assert_eq!(
        t.disk().answers.get("name"),
        Some(&Answer::Text("Claude".into()))
    );
    t.key(KeyCode::Char('D'));
    assert_eq!(t.disk().answers.get("name"), None);
    assert_eq!(t.field_text(), "");
    assert!(
        t.said().contains("Answer cleared: u brings it back."),
        "{}",
        t.said()
    );
    t.key(KeyCode::Char('u'));
    assert_eq!(
        t.disk().answers.get("name"),
        Some(&Answer::Text("Claude".into()))
    );
    // While typing, D types.
    t.goto_edit("name");
    t.type_str("D");
    assert_eq!(t.field_text(), "ClaudeD");
}

/// A second new-user review: Enter pressed to skip ahead on a question not answered yet recorded
/// its first option, "No" to a prohibited-use screen. Nothing is chosen by default: Enter says
/// how to choose, and picks only an option the cursor was moved to.
#[test]
fn enter_on_a_question_not_answered_yet_chooses_nothing_by_default() {
    let mut t = T::on_questions();
    t.goto("decides");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("decides")));
    assert_eq!(t.disk().answers.get("decides"), None);
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(
        said.starts_with("Nothing chosen yet: Space or 1 picks \"Yes")
            && said.ends_with("Tab leaves it unanswered for now."),
        "{said}"
    );
    // Moved to, and back: chosen on purpose.
    t.key(KeyCode::Down);
    t.key(KeyCode::Up);
    t.key(KeyCode::Enter);
    assert_eq!(t.disk().answers.get("decides"), Some(&Answer::Bool(true)));
    // An answered question takes Enter as before.
    t.goto("purpose");
    t.key(KeyCode::Char('2'));
    t.goto("purpose");
    let before = t.disk().answers.get("purpose").cloned();
    assert!(before.is_some());
    t.key(KeyCode::Enter);
    assert_eq!(t.disk().answers.get("purpose").cloned(), before);
    assert_ne!(t.app.screen, Screen::Question(qi("purpose")));
}

#[test]
fn changing_an_answer_that_has_a_note_says_to_check_the_note() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    t.goto("decides");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Enter); // yes: needs a note, and its editor opens
    t.type_str("Too many to review.");
    t.key(KeyCode::Esc);
    assert!(t.app.overlay.is_none());
    let check = "Its note was written for the earlier answer: check it still fits (n opens it).";
    assert!(
        !t.app
            .message
            .clone()
            .map(|m| m.text)
            .unwrap_or_default()
            .contains(check)
    );
    t.goto("decides");
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Char(' ')); // no
    assert_eq!(t.disk().answers.get("decides"), Some(&Answer::Bool(false)));
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(said.contains(check), "{said}");
    assert_eq!(
        t.disk().notes.get("decides").map(String::as_str),
        Some("Too many to review.")
    );
}

#[test]
fn a_typed_answer_that_adds_a_question_says_so() {
    let mut t = T::long();
    t.goto_edit("count");
    t.type_str("500");
    t.key(KeyCode::Enter);
    assert_eq!(
        t.app.screen,
        Screen::Question(t.q.question_index("crowd").unwrap())
    );
    assert_eq!(
        t.app.message.clone().map(|m| m.text).as_deref(),
        Some("1 question added by this answer.")
    );
    // Tab too: the step after a typed answer is the one that answer shows.
    t.goto_edit("count");
    for _ in 0..3 {
        t.key(KeyCode::Backspace);
    }
    t.type_str("5");
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Review);
    assert_eq!(
        t.app.message.clone().map(|m| m.text).as_deref(),
        Some("1 question hidden by this answer.")
    );
    t.goto_edit("count");
    t.type_str("00");
    t.key(KeyCode::Tab);
    assert_eq!(
        t.app.screen,
        Screen::Question(t.q.question_index("crowd").unwrap())
    );
}

#[test]
fn a_note_key_where_there_is_no_answer_says_why_nothing_opens() {
    let mut t = T::new_file();
    t.ctrl('n');
    assert!(t.app.overlay.is_none());
    assert!(
        status_text(&t.app, 80, 24).contains("Notes belong to answers; system details have none."),
        "{}",
        t.render(80, 24)
    );
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.ctrl('n');
    assert!(status_text(&t.app, 80, 24).contains("open a question to write one"));
}

#[test]
fn notes_are_saved_while_typing_after_a_pause() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('n'));
    t.type_str("draft note");
    assert_eq!(t.disk().notes.get("purpose"), None);
    apply(&mut t.app, Action::Idle);
    assert_eq!(
        t.disk().notes.get("purpose").map(String::as_str),
        Some("draft note")
    );
    assert!(
        matches!(t.app.overlay, Overlay::Note { .. }),
        "the editor stays open"
    );
}

#[test]
fn long_text_is_saved_on_idle_and_enter_makes_new_lines() {
    let mut t = T::on_questions();
    t.goto_edit("story");
    assert_eq!(t.app.mode(), Mode::Typing { multiline: true });
    t.type_str("First line");
    let screen = t.render(100, 30);
    assert!(
        screen.contains("Not saved yet: Tab or a pause") && !screen.contains("Enter or Tab"),
        "Enter makes a new line here, so it is not offered as the way to save\n{screen}"
    );
    t.key(KeyCode::Enter);
    t.type_str("second line");
    assert_eq!(
        t.app.screen,
        Screen::Question(qi("story")),
        "Enter stayed in the field"
    );
    apply(&mut t.app, Action::Idle);
    assert_eq!(
        t.disk().answers.get("story"),
        Some(&Answer::Text("First line\nsecond line".into()))
    );
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Question(qi("users")));
}

/// A new-user pass paused after "Loan " and typed "Screen": the save on the pause put the
/// stored, trimmed text back in the field, and "LoanScreen" was saved. The same took the line
/// break just typed in long text.
#[test]
fn a_pause_in_typing_keeps_the_space_or_line_break_just_typed() {
    let mut t = T::on_questions();
    t.goto_edit("story");
    t.type_str("Loan ");
    apply(&mut t.app, Action::Idle);
    assert_eq!(
        t.disk().answers.get("story"),
        Some(&Answer::Text("Loan".into()))
    );
    t.type_str("Screen");
    t.key(KeyCode::Enter);
    apply(&mut t.app, Action::Idle);
    t.type_str("Second line");
    apply(&mut t.app, Action::Idle);
    assert_eq!(
        t.disk().answers.get("story"),
        Some(&Answer::Text("Loan Screen\nSecond line".into()))
    );
    // A one-line detail too.
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Detail(Detail::OwnerTeam)));
    t.key(KeyCode::Enter);
    t.ctrl('u');
    t.type_str("Priya ");
    apply(&mut t.app, Action::Idle);
    t.type_str("Natarajan");
    t.key(KeyCode::Tab);
    assert_eq!(t.disk().metadata.owner_team, "Priya Natarajan");
}

#[test]
fn long_text_wraps_without_a_space_at_the_start_of_a_line() {
    // The usability review saw " chat to a human adviser." when the word before the break
    // ended exactly at the edge of the box.
    let mut t = T::on_questions();
    t.goto_edit("story");
    // At 100x30 the box is 46 cells wide, 44 inside its border: the first line fills it.
    let first = format!("{} {}", "a".repeat(20), "b".repeat(23));
    assert_eq!(first.len(), 44);
    t.type_str(&format!("{first} chat to a human adviser."));
    for typing in [true, false] {
        let screen = t.render(100, 30);
        assert!(screen.contains(&format!("│{first}│")), "{screen}");
        assert!(
            screen.contains("│chat to a human adviser."),
            "typing: {typing}\n{screen}"
        );
        assert!(!screen.contains("│ chat"), "{screen}");
        t.key(KeyCode::Esc);
    }
    // A space the user typed at the start of a line is theirs, and stays.
    t.key(KeyCode::Char('e'));
    t.key(KeyCode::Enter);
    t.type_str("  indented");
    let screen = t.render(100, 30);
    assert!(screen.contains("│  indented"), "{screen}");
}

/// Issue 11, point 15: soft wrap never breaks before punctuation. ratatui-textarea took "."
/// and "," for words of their own, so a word ending at the edge of the box left its mark to
/// start the next row (". Then"); the row breaks before the word instead.
#[test]
fn a_long_text_never_wraps_before_punctuation() {
    let mut t = T::on_questions();
    t.goto_edit("story");
    // At 100x30 the box is 44 cells inside its border: "b..b" ends at the edge, its full
    // stop after it; on the next row "c..c" ends at the edge with a comma after it.
    let first = format!("{} {}", "a".repeat(20), "b".repeat(23));
    let second = format!("{}. Then {}", "b".repeat(23), "c".repeat(14));
    assert_eq!((first.len(), second.len()), (44, 44));
    t.type_str(&format!("{first}. Then {}, and so on.", "c".repeat(14)));
    let screen = t.render(100, 30);
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let (top, col) = rows
        .iter()
        .enumerate()
        .find_map(|(y, r)| {
            let s: String = r.iter().collect();
            s.find(&format!("│{}", "a".repeat(20)))
                .map(|b| (y, s[..b].chars().count()))
        })
        .expect("the first row of the answer");
    let shown: Vec<String> = rows[top..top + 3]
        .iter()
        .map(|r| {
            r[col + 1..col + 45]
                .iter()
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect();
    assert_eq!(
        shown,
        [
            "a".repeat(20),
            format!("{}. Then", "b".repeat(23)),
            format!("{}, and so on.", "c".repeat(14)),
        ],
        "each word goes down with its mark\n{screen}"
    );
    for row in &shown[1..] {
        let first = row.chars().next().unwrap_or(' ');
        assert!(
            first.is_alphanumeric(),
            "no row starts with punctuation or a space: {row:?}\n{screen}"
        );
    }
    insta::assert_snapshot!("long_text_never_wraps_before_punctuation", screen);
}

#[test]
fn numbers_are_validated_inline_and_never_trap_the_user() {
    let mut t = T::on_questions();
    t.goto_edit("users");
    t.type_str("lots");
    assert!(t.render(80, 24).contains("is not a number"));
    t.key(KeyCode::Enter);
    assert_eq!(
        t.app.screen,
        Screen::Question(qi("users")),
        "forward waits for a fix"
    );
    let msg = t.app.message.clone().unwrap();
    assert!(msg.error);
    // The range of the question, not an example that does not fit it.
    assert!(
        msg.text
            .contains("\"lots\" is not a number: type one from 0 to 1000000000"),
        "{}",
        msg.text
    );
    assert!(
        status_text(&t.app, 80, 24).contains(&msg.text),
        "the whole message is on screen at 80 columns:\n{}",
        t.render(80, 24)
    );
    t.key(KeyCode::BackTab);
    assert_eq!(
        t.app.screen,
        Screen::Question(qi("story")),
        "back always works"
    );
    assert_eq!(
        t.disk().answers.get("users"),
        None,
        "the bad value was not saved"
    );
    let msg = t.app.message.clone().unwrap().text;
    assert!(msg.contains("stays in the field"), "{msg}");
    // Quitting now would lose it: the quit message says so, with the text (new-user pass:
    // "Everything is saved" while "60 000" was dropped).
    let farewell = t.app.farewell().unwrap();
    assert!(
        farewell.contains("Every valid answer is saved in")
            && farewell
                .contains("Not saved, since it is not a valid answer: \"lots\" typed for \""),
        "{farewell}"
    );
    assert!(
        status_text(&t.app, 80, 24).contains(&msg),
        "{}",
        t.render(80, 24)
    );
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Question(qi("users")));
    assert_eq!(t.field_text(), "lots", "what was typed waits to be fixed");
    assert!(t.render(80, 24).contains("is not a number"));
    for _ in 0..4 {
        t.key(KeyCode::Backspace);
    }
    t.type_str("-5");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("users")), "below min");
    for _ in 0..2 {
        t.key(KeyCode::Backspace);
    }
    t.type_str("25,000");
    let screen = t.render(120, 40);
    assert!(
        screen.contains("counts as 25,000") && screen.contains("(large)"),
        "{screen}"
    );
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().answers.get("users"),
        Some(&Answer::Number(25000.0))
    );
    assert_eq!(t.app.screen, Screen::Question(qi("launch")));
    // Back, the field emptied to type the number again, and Enter: the saved answer is not
    // removed and the wizard does not move on until a second Enter says so (a new-user trial
    // lost its answer, and its next digits changed the next question's).
    t.key(KeyCode::BackTab);
    assert_eq!(t.app.screen, Screen::Question(qi("users")));
    t.key(KeyCode::Char('e'));
    for _ in 0..6 {
        t.key(KeyCode::Backspace);
    }
    assert_eq!(t.field_text(), "");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("users")), "asked first");
    assert_eq!(
        t.disk().answers.get("users"),
        Some(&Answer::Number(25000.0))
    );
    let msg = t.app.message.clone().unwrap().text;
    assert!(
        msg.contains("Enter again removes the saved answer (25,000)"),
        "{msg}"
    );
    t.type_str("30000");
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().answers.get("users"),
        Some(&Answer::Number(30000.0))
    );
    assert_eq!(t.app.screen, Screen::Question(qi("launch")));
    // Emptied again, two Enters remove it, as said.
    t.key(KeyCode::BackTab);
    t.key(KeyCode::Char('e'));
    for _ in 0..6 {
        t.key(KeyCode::Backspace);
    }
    t.key(KeyCode::Enter);
    t.key(KeyCode::Enter);
    assert_eq!(t.disk().answers.get("users"), None);
    assert_eq!(t.app.screen, Screen::Question(qi("launch")));
}

#[test]
fn numbers_accept_thousands_separators_but_not_decimal_commas() {
    let q = questionnaire();
    let users = q.question("users").unwrap();
    let parse = |s: &str| raia::typed::parse_answer(users, s);
    assert_eq!(parse("12,000"), Ok(Some(Answer::Number(12000.0))));
    assert_eq!(parse("1,234,567.5"), Ok(Some(Answer::Number(1_234_567.5))));
    assert_eq!(parse("12_000"), Ok(Some(Answer::Number(12000.0))));
    assert_eq!(parse("  "), Ok(None));
    assert!(parse("1,5").is_err(), "a decimal comma is not read as 15");
    assert!(parse("12,00").is_err());
    assert!(parse("NaN").is_err());
    assert!(parse("inf").is_err());
    // With only a lower bound, a whole example; a long entry is cut in the message.
    let long = long_questionnaire();
    let count = long.question("count").unwrap();
    let err = raia::typed::parse_answer(count, "a great many people indeed").unwrap_err();
    assert_eq!(
        err,
        "\"a great many pe…\" is not a number: type digits, e.g. 1200"
    );
}

#[test]
fn dates_must_be_real_calendar_days() {
    let mut t = T::on_questions();
    t.goto_edit("launch");
    t.type_str("2023-02-29");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("launch")));
    assert!(t.render(80, 24).contains("is not a date"));
    for _ in 0..2 {
        t.key(KeyCode::Backspace);
    }
    t.type_str("28");
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().answers.get("launch"),
        Some(&Answer::Date("2023-02-28".into()))
    );
    assert_eq!(
        t.app.screen,
        Screen::Review,
        "after the last question comes the review"
    );
}

#[test]
fn clearing_a_text_field_removes_the_answer() {
    let mut t = T::on_questions();
    t.goto_edit("name");
    t.type_str("Ana");
    t.key(KeyCode::Enter);
    assert!(t.disk().answers.contains_key("name"));
    t.goto_edit("name");
    assert_eq!(t.field_text(), "Ana", "the field shows the saved answer");
    for _ in 0..3 {
        t.key(KeyCode::Backspace);
    }
    // Asked first, then removed.
    t.key(KeyCode::Tab);
    assert_eq!(
        t.disk().answers.get("name"),
        Some(&Answer::Text("Ana".into()))
    );
    t.key(KeyCode::Tab);
    assert_eq!(t.disk().answers.get("name"), None);
}

#[test]
fn paste_into_a_short_field_stays_on_one_line() {
    let mut t = T::on_questions();
    t.goto("name");
    t.event(Event::Paste("Talent\nML\r\nteam".into()));
    assert_eq!(t.field_text(), "Talent ML team");
    t.key(KeyCode::Tab);
    assert_eq!(
        t.disk().answers.get("name"),
        Some(&Answer::Text("Talent ML team".into()))
    );
}

#[test]
fn naming_a_new_draft_is_drawn_again_once_its_file_exists() {
    // A new user saw "nothing is saved before" (the name) for 0.6 s after naming a
    // draft that was already on disk: the first save gave it a file without a second frame.
    let mut t = T::start(|_| Start::New(None));
    t.type_str("Triage bot");
    t.loop_key(KeyCode::Enter);
    assert!(t.render(100, 30).contains(
        "The system name comes first: it names the draft file; nothing is saved before."
    ));
    assert!(raia::tui::update::after_frame(&mut t.app), "drawn again");
    let frame = t.render(100, 30);
    assert!(
        frame.contains("Every answer is saved as you give it"),
        "{frame}"
    );
    // The result names a draft by its name in the sign command, as raia sign takes it: a path
    // into the data directory was cut in the middle (new-user pass).
    apply(&mut t.app, Action::GoTo(Screen::Result));
    apply(&mut t.app, Action::Last);
    let text = main_panel_rows(&t.app, 100, 30).join("\n");
    assert!(
        text.contains("  raia sign triage-bot --name NAME"),
        "{text}"
    );
}

/// New-user pass: naming a new draft after a system that already had one silently made
/// `triage-bot-2.toml`. The wizard says so, with the way to the other one, as plain mode does.
#[test]
fn a_new_draft_named_like_an_existing_one_says_it_is_a_separate_draft() {
    let mut t = T::start(|_| Start::New(None));
    let drafts = t.dir.path().join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    std::fs::copy(
        "examples/internal-doc-summariser.toml",
        drafts.join("triage-bot.toml"),
    )
    .unwrap();
    t.type_str("Triage bot");
    t.loop_key(KeyCode::Enter);
    raia::tui::update::after_frame(&mut t.app);
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert_eq!(
        said,
        "A draft named triage-bot already exists, so this one is a separate draft, triage-bot-2.toml. To continue triage-bot instead, quit and run: raia resume triage-bot"
    );
    // A name no draft has says nothing of the kind.
    let mut t = T::start(|_| Start::New(None));
    t.type_str("Another bot");
    t.loop_key(KeyCode::Enter);
    raia::tui::update::after_frame(&mut t.app);
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(!said.contains("already exists"), "{said}");
}

#[test]
fn a_new_draft_needs_a_system_name_before_anything_else() {
    let mut t = T::start(|_| Start::New(None));
    t.key(KeyCode::Tab);
    assert_eq!(
        t.app.screen,
        Screen::Detail(Detail::Description),
        "other metadata may come first"
    );
    t.key(KeyCode::BackTab);
    apply(&mut t.app, Action::GoTo(Screen::Review));
    assert_eq!(
        t.app.screen,
        Screen::Detail(Detail::System),
        "jumps wait for the name too"
    );
    assert!(t.app.message.as_ref().unwrap().text.contains("system name"));
    let drafts = t.dir.path().join("drafts");
    assert!(!drafts.exists(), "nothing is written without a name");
    t.type_str("Clinical triage 日本");
    t.key(KeyCode::Enter);
    // One draft (beside it, while the session is open, its hidden lock file).
    let files: Vec<_> = std::fs::read_dir(&drafts)
        .unwrap()
        .filter(|e| {
            !e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.')
        })
        .collect();
    assert_eq!(files.len(), 1);
    let path = t.app.session().unwrap().path.clone().unwrap();
    assert_eq!(path.file_name().unwrap(), "clinical-triage-日本.toml");
    let a = read_assessment(&path, &questionnaire()).unwrap();
    assert_eq!(a.metadata.system, "Clinical triage 日本");
    assert_eq!(a.wizard.position, "metadata:description");
}

// ---------------------------------------------------------------- resume and position

#[test]
fn resume_returns_to_the_stored_position() {
    let mut t = T::on_questions();
    t.goto_edit("users");
    t.type_str("12");
    t.key(KeyCode::Enter);
    // The file is open in `t`, so each resume opens a copy of it as it is on disk.
    let copy = t.copy_of_file();
    let resumed = T::start(|_| Start::Resume(copy.clone()));
    assert_eq!(resumed.app.screen, Screen::Question(qi("launch")));
    drop(resumed);
    for (screen, pos) in [
        (Screen::Review, "review"),
        (Screen::Result, "result"),
        (Screen::Export, "export"),
        (Screen::Detail(Detail::OwnerTeam), "metadata:owner_team"),
    ] {
        apply(&mut t.app, Action::GoTo(screen));
        assert_eq!(t.disk().wizard.position, pos);
        let copy = t.copy_of_file();
        let r = T::start(|_| Start::Resume(copy.clone()));
        assert_eq!(r.app.screen, screen, "{pos}");
    }
}

/// A second new-user review: a look through the loan example (Tab, Tab, q) re-dated the file.
/// Where the wizard was is kept, but "updated" moves only with what the team records.
#[test]
fn a_look_through_the_answers_does_not_re_date_the_file() {
    let mut t = T::example("loan-pre-approval.toml");
    let before = t.disk();
    assert_eq!(before.metadata.updated, "2025-02-19");
    for screen in [Screen::Result, Screen::Review, Screen::Question(0)] {
        apply(&mut t.app, Action::GoTo(screen));
    }
    t.key(KeyCode::Tab);
    t.key(KeyCode::Tab);
    let after = t.disk();
    assert_ne!(
        after.wizard.position, before.wizard.position,
        "the position is kept"
    );
    assert_eq!(after.metadata.updated, "2025-02-19");
    assert_eq!(after.answers, before.answers);
    // A change the team makes dates it.
    apply(&mut t.app, Action::GoTo(Screen::Detail(Detail::Assessor)));
    t.key(KeyCode::Char('e'));
    t.type_str(" Jr");
    t.key(KeyCode::Tab);
    let changed = t.disk();
    assert_eq!(changed.metadata.assessor, "Grace Liu Jr");
    assert_ne!(changed.metadata.updated, "2025-02-19");
}

#[test]
fn resume_on_a_question_hidden_since_goes_to_the_next_visible_one() {
    let t = T::on_questions();
    let q = questionnaire();
    let mut a = t.disk();
    a.answers
        .insert("purpose".into(), Answer::Choice("chat".into()));
    a.wizard.position = "decides".into();
    let path = t.dir.path().join("b.toml");
    store::save(&path, &a, &q).unwrap();
    let r = T::start(|_| Start::Resume(path.clone()));
    assert_eq!(r.app.screen, Screen::Question(qi("name")));
}

#[test]
fn resume_of_an_unreadable_file_fails_before_the_terminal_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.toml");
    std::fs::write(&p, "schema_version = [").unwrap();
    let r = App::new(Options {
        questionnaire: questionnaire(),
        templates: Templates::builtin().unwrap(),
        start: Start::Resume(p.clone()),
        no_color: false,
        palette: raia::tui::theme::Palette::Default,
        drafts_dir: None,
    });
    let err = format!("{:#}", r.err().unwrap());
    assert!(err.contains("bad.toml"), "{err}");
}

// ---------------------------------------------------------------- home

fn write_draft(
    dir: &Path,
    name: &str,
    system: &str,
    updated: &str,
    answers: &[(&str, Answer)],
) -> PathBuf {
    let q = questionnaire();
    let mut a = Assessment::new(&q);
    a.metadata.system = system.into();
    a.metadata.created = "2024-05-01".into();
    a.metadata.updated = updated.into();
    for (k, v) in answers {
        a.answers.insert((*k).into(), v.clone());
    }
    let p = dir.join("drafts").join(format!("{name}.toml"));
    store::save(&p, &a, &q).unwrap();
    p
}

fn home_with_drafts() -> T {
    let dir = tempfile::tempdir().unwrap();
    write_draft(
        dir.path(),
        "cv-screener",
        "CV screener",
        "2024-05-03",
        &[
            ("purpose", Answer::Choice("screen".into())),
            ("decides", Answer::Bool(true)),
        ],
    );
    write_draft(
        dir.path(),
        "chat-helper",
        "Chat helper 日本語",
        "2024-05-02",
        &[],
    );
    std::fs::write(dir.path().join("drafts/broken.toml"), "not = [toml").unwrap();
    let app = App::new(Options {
        questionnaire: questionnaire(),
        templates: Templates::builtin().unwrap(),
        start: Start::Home,
        no_color: false,
        palette: raia::tui::theme::Palette::Default,
        drafts_dir: Some(dir.path().join("drafts")),
    })
    .unwrap();
    T {
        app,
        dir,
        q: questionnaire(),
    }
}

#[test]
fn home_lists_drafts_and_resumes_one() {
    let mut t = home_with_drafts();
    assert_eq!(t.app.drafts.len(), 3);
    let screen = t.render(100, 30);
    assert!(screen.contains("CV screener"), "{screen}");
    assert!(screen.contains("2/7"), "progress of the draft: {screen}");
    // Issue 11, point 17: 2 answers of 7 is no verdict yet: "incomplete", not "high".
    let row = screen.lines().find(|l| l.contains("2/7")).unwrap();
    assert!(row.contains("incomplete"), "{row}");
    assert!(
        !screen.contains("high"),
        "no tier for an incomplete draft: {screen}"
    );
    assert!(screen.contains("cannot be read"), "{screen}");
    let row = t
        .app
        .drafts
        .iter()
        .position(|d| d.system == "CV screener")
        .unwrap();
    for _ in 0..row + 2 {
        t.key(KeyCode::Down);
    }
    t.key(KeyCode::Enter);
    assert!(t.app.session().is_some());
    assert_eq!(t.app.eval().unwrap().tier, Tier::High);
    assert_ne!(t.app.screen, Screen::Home);
}

#[test]
fn home_tells_drafts_of_the_same_system_apart_by_file_name() {
    let mut t = home_with_drafts();
    write_draft(
        t.dir.path(),
        "cv-screener-2",
        "CV screener",
        "2024-05-04",
        &[],
    );
    t.app.load_drafts();
    for (w, h) in [(80, 24), (100, 30)] {
        let screen = t.render(w, h);
        let rows: Vec<&str> = screen
            .lines()
            .filter(|r| r.contains("CV screener"))
            .collect();
        assert_eq!(rows.len(), 2, "{screen}");
        assert!(rows.iter().any(|r| r.contains("cv-screener ")), "{screen}");
        assert!(rows.iter().any(|r| r.contains("cv-screener-2")), "{screen}");
        // Each column starts under its heading, measured in cells: the usability review saw
        // "SYSTEM  FILE" over file names that started wherever the system name ended, and a
        // wide-character name ("日本語") must not shift what follows it.
        let buf = buffer(&t.app, w, h);
        for (heading, cells) in [
            ("SYSTEM", &["CV screener", "Chat helper"][..]),
            ("FILE", &["cv-screener-2", "chat-helper"][..]),
            ("ANSWERED", &["2/7", "0/6"][..]),
            ("LAST EDIT", &["2024-05-03", "2024-05-02"][..]),
        ] {
            let (x, _) = find(&buf, heading);
            for cell in cells {
                assert_eq!(
                    find(&buf, cell).0,
                    x,
                    "{w}x{h}: {cell} under {heading}\n{screen}"
                );
            }
        }
    }
    // At 60 columns both are cut, the file name from the left so its end shows.
    write_draft(
        t.dir.path(),
        "quickquote-pre-approval-2",
        "QuickQuote pre-approval",
        "2024-05-04",
        &[],
    );
    t.app.load_drafts();
    let screen = t.render(60, 30);
    assert!(
        screen.contains("QuickQuo") && screen.contains("…  …roval-2"),
        "{screen}"
    );
}

/// A new user's home screen cut the paths of files opened by name from the left, character by
/// character, so a long file name lost its start ("…r-with-a-long-name.toml") and the path its
/// directories in the middle of one. The directories give way first, whole ones, after "…/";
/// the file name shows whole, measured in cells (wide characters take two).
#[test]
fn home_keeps_the_file_name_of_a_long_path_whole() {
    let mut t = home_with_drafts();
    let deep = t
        .dir
        .path()
        .join("some/very/long/directory/structure/for/projects/crédit");
    std::fs::create_dir_all(&deep).unwrap();
    let q = questionnaire();
    for (name, system) in [
        ("loan-pre-approval.toml", "QuickQuote"),
        ("credit-limit-increase-review.toml", "Limit review"),
        ("審査-申請.toml", "Shinsa"),
    ] {
        let mut a = Assessment::new(&q);
        a.metadata.system = system.into();
        a.metadata.updated = "2024-05-05".into();
        let file = deep.join(name);
        store::save(&file, &a, &q).unwrap();
        store::remember_file(&t.dir.path().join("drafts"), &file).unwrap();
    }
    t.app.load_drafts();
    for (w, h) in [(80, 24), (100, 30), (120, 40)] {
        let screen = t.render(w, h);
        let buf = buffer(&t.app, w, h);
        let (file_x, _) = find(&buf, "FILE");
        // The longest name is whole from 100 columns; at 80 the system names keep their third.
        let longest = ("/credit-limit-increase-review.toml", "Limit review");
        let whole = [
            ("/loan-pre-approval.toml", "QuickQuote"),
            ("/審査-申請.toml", "Shinsa"),
        ]
        .into_iter()
        .chain((w >= 100).then_some(longest));
        for (name, system) in whole {
            let row = screen
                .lines()
                .find(|l| l.contains(system))
                .unwrap_or_else(|| panic!("{w}x{h}: no row for {system}\n{screen}"));
            // Whole, after "…/" and as many directories as fit.
            assert!(row.contains(&format!("{name} ")), "{w}x{h}: {row}");
            let at = row.find('…').unwrap();
            assert!(row[at..].starts_with("…/"), "{w}x{h}: {row}");
            // The path starts under its heading.
            let (x, _) = find(&buf, &row[at..at + '…'.len_utf8() + 1]);
            assert_eq!(x, file_x, "{w}x{h}: {row}\n{screen}");
        }
    }
    let screen = t.render(80, 24);
    insta::assert_snapshot!("home_long_paths_80x24", screen);
}

#[test]
fn home_opens_a_typed_path_or_starts_a_new_file_there() {
    let mut t = T::start(|_| Start::Home);
    t.key(KeyCode::Char('o'));
    assert!(matches!(t.app.overlay, Overlay::OpenFile { .. }));
    let p = t.dir.path().join("new-one.toml");
    t.type_str(&p.display().to_string());
    t.key(KeyCode::Enter);
    assert!(t.app.session().is_none(), "the first Enter only asks");
    assert!(t.app.message.as_ref().unwrap().text.contains("No file at"));
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Detail(Detail::System));
    assert!(p.is_file(), "the new file is created at once");
}

// ---------------------------------------------------------------- review, result, export

#[test]
fn review_highlights_unanswered_and_jumps_to_a_question() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('r'));
    assert_eq!(t.app.screen, Screen::Review);
    let screen = t.render(100, 30);
    assert!(screen.contains("0 of 6 questions answered"), "{screen}");
    assert!(screen.matches("unanswered").count() >= 4, "{screen}");
    // Rows: 6 metadata fields, then purpose, data, name...
    for _ in 0..7 {
        t.key(KeyCode::Down);
    }
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("data")));
}

#[test]
fn a_step_opened_from_the_review_returns_there_on_enter() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('r'));
    let row = |t: &T, id: &str| {
        t.app
            .review_items()
            .iter()
            .position(|r| *r == ReviewItem::Question(qi(id)))
            .unwrap()
    };
    // A text question: Enter on its row means "change this", so it opens typing (a new user's
    // typing once went to commands there: r left for the review and u undid an answer); Enter
    // saves and comes back, with the cursor on its row.
    t.app.cursor = row(&t, "name");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("name")));
    assert!(matches!(t.app.mode(), Mode::Typing { .. }));
    let screen = t.render(100, 30);
    assert!(screen.contains("Enter back to review"), "{screen}");
    assert!(screen.contains("Enter saves it and returns"), "{screen}");
    t.type_str("Talent ML");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Review);
    assert_eq!(t.app.cursor, row(&t, "name"));
    assert_eq!(
        t.disk().answers.get("name"),
        Some(&Answer::Text("Talent ML".into()))
    );
    // A choice: Enter chooses and comes back.
    t.app.cursor = row(&t, "purpose");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Down);
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Review);
    assert_eq!(
        t.disk().answers.get("purpose"),
        Some(&Answer::Choice("screen".into()))
    );
    assert_eq!(t.app.cursor, row(&t, "purpose"));
    // A system detail too: it opens typing, Enter returns.
    t.app.cursor = 0;
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Detail(Detail::System));
    assert!(matches!(t.app.mode(), Mode::Typing { .. }));
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Review);
    assert_eq!(t.app.cursor, 0);
    // Long text, where Enter starts a new line: Tab saves and returns, and the footer and the
    // hint say so; after Esc, Tab or r returns too.
    t.app.cursor = row(&t, "story");
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.mode(), Mode::Typing { .. }));
    let screen = t.render(100, 30);
    assert!(screen.contains("Tab save, back to review"), "{screen}");
    assert!(screen.contains("Tab"), "{screen}");
    assert!(screen.contains("saves and returns to review"), "{screen}");
    t.type_str("Ranks CVs.");
    t.key(KeyCode::Enter);
    t.type_str("Recruiters decide.");
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Review);
    assert_eq!(t.app.cursor, row(&t, "story"));
    assert_eq!(
        t.disk().answers.get("story"),
        Some(&Answer::Text("Ranks CVs.\nRecruiters decide.".into()))
    );
    // After Esc, letters are commands: r returns (and the footer says so).
    for back in [KeyCode::Tab, KeyCode::Char('r')] {
        t.key(KeyCode::Enter);
        t.key(KeyCode::Esc);
        assert_eq!(t.app.mode(), Mode::Commands);
        assert!(t.render(100, 30).contains("back to review"));
        assert!(t.render(100, 30).contains("back to review"));
        t.key(back);
        assert_eq!(t.app.screen, Screen::Review, "{back:?}");
        assert_eq!(t.app.cursor, row(&t, "story"));
    }
    // Tab walks on from the step as usual, and then Enter goes on too.
    t.app.cursor = row(&t, "purpose");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Question(qi("data")));
    assert!(!t.render(100, 30).contains("back to review"));
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("decides")));
}

#[test]
fn the_review_row_under_the_cursor_shows_the_whole_answer() {
    // The usability review: a multiple choice row showed only the first ticked option, cut.
    let mut t = T::long();
    t.goto("many");
    // Two picks: a second digit typed at once would make option 12 of this long list.
    t.key(KeyCode::Char('1'));
    apply(
        &mut t.app,
        Action::Digit(
            2,
            std::time::Instant::now() + std::time::Duration::from_secs(2),
        ),
    );
    t.key(KeyCode::End);
    t.key(KeyCode::Char(' '));
    t.goto_edit("essay");
    t.type_str("The first paragraph says what the system does.");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Enter);
    t.type_str("The second one ends here.");
    t.key(KeyCode::Esc);
    t.key(KeyCode::Char('r'));
    let row = |t: &T, id: &str| {
        t.app
            .review_items()
            .iter()
            .position(|r| *r == ReviewItem::Question(t.q.question_index(id).unwrap()))
            .unwrap()
    };
    t.app.cursor = row(&t, "many");
    for (w, h) in [(80, 24), (100, 30), (160, 40)] {
        let screen = t.render(w, h);
        for label in ["• Thing 1:", "• Thing 2:", "• Thing 12:"] {
            assert!(screen.contains(label), "{w}x{h}: {label}\n{screen}");
        }
        assert_eq!(
            screen.matches("panels").count(),
            3,
            "each ticked label is shown to its end\n{screen}"
        );
        assert!(screen.contains("a list that is long?"), "{screen}");
    }
    t.app.cursor = row(&t, "essay");
    for (w, h) in [(80, 24), (160, 40)] {
        let screen = t.render(w, h);
        assert!(
            screen.contains("The second one ends here."),
            "{w}x{h}\n{screen}"
        );
        // Off the cursor, the ticked options share one cut line again.
        assert_eq!(screen.matches("panels").count(), 0, "{screen}");
        assert!(screen.contains("Thing 1: a label"), "{screen}");
    }
}

#[test]
fn the_review_marks_answers_that_have_a_note() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('1')); // chat
    t.key(KeyCode::Char('n'));
    t.type_str("Internal pilot only.");
    t.key(KeyCode::Esc);
    t.goto("data");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char('r'));
    t.app.cursor = t
        .app
        .review_items()
        .iter()
        .position(|r| *r == ReviewItem::Question(qi("purpose")))
        .unwrap();
    for (w, h) in [(100, 30), (60, 24)] {
        let screen = t.render(w, h);
        assert!(screen.contains("✎ Answers questions"), "{w}x{h}\n{screen}");
        assert!(!screen.contains("✎ Public text"), "no note there\n{screen}");
    }
}

#[test]
fn a_safeguard_recorded_on_the_result_keeps_its_place_until_the_result_is_left() {
    // A new-user pass: a status change moved the safeguard, and a second Enter opened another.
    // A workflow review: the row jumped below the gaps, and ↓ Enter opened an unrelated one.
    let mut t = T::example("clinical-triage-assistant.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let ids = |t: &T| -> Vec<String> {
        t.app
            .result_rows()
            .iter()
            .map(|s| s.id.to_string())
            .collect()
    };
    let rows = ids(&t);
    let at = rows.iter().position(|r| r == "named-owner").unwrap();
    let id = rows[at].clone();
    t.app.cursor = at;
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.overlay, Overlay::Safeguard { .. }));
    t.key(KeyCode::Char('3')); // missing: a gap, listed first once the result opens again
    t.key(KeyCode::Enter);
    assert!(t.app.overlay.is_none());
    assert_eq!(ids(&t), rows, "the list kept its order while open");
    assert_eq!(ids(&t)[t.app.cursor], id);
    t.key(KeyCode::Down);
    assert_eq!(
        ids(&t)[t.app.cursor],
        rows[at + 1],
        "↓ goes on to the next row"
    );
    // Opened again, the result lists it with the gaps.
    apply(&mut t.app, Action::GoTo(Screen::Review));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let again = ids(&t);
    assert!(
        again.iter().position(|r| *r == id).unwrap() < at,
        "{again:?}"
    );
}

#[test]
fn undoing_evidence_says_the_evidence_went() {
    // New-user pass: "is back to in place" after an undo that took the evidence away.
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('1')); // in place
    t.key(KeyCode::Enter);
    // The evidence, in a second visit to the dialog.
    t.key(KeyCode::Enter);
    t.key(KeyCode::Tab);
    t.type_str("Review log RL-7");
    t.key(KeyCode::Tab);
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().safeguards["human-review"].evidence,
        "Review log RL-7"
    );
    t.key(KeyCode::Char('u'));
    assert_eq!(t.disk().safeguards["human-review"].evidence, "");
    assert_eq!(
        t.app.message.clone().unwrap().text,
        "Undone: \"Human review of adverse decisions\" is back to in place, with no evidence."
    );
}

/// A wizard review: one visit to the safeguard dialog took two undos, and the first left "in
/// place, with no evidence", a state never chosen. A visit is one step, however many keys it
/// took; Esc keeps its own way back.
#[test]
fn one_visit_to_the_safeguard_dialog_is_one_undo() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('1')); // in place
    t.key(KeyCode::Down); // planned
    t.key(KeyCode::Up); // in place again
    t.key(KeyCode::Tab);
    t.type_str("Review log RL-7");
    t.ctrl('s');
    assert!(t.app.overlay.is_none());
    assert_eq!(
        t.disk().safeguards["human-review"].evidence,
        "Review log RL-7"
    );
    t.key(KeyCode::Char('u'));
    assert!(
        !t.disk().safeguards.contains_key("human-review"),
        "{:?}",
        t.disk().safeguards
    );
    assert_eq!(
        t.app.message.clone().unwrap().text,
        "Undone: \"Human review of adverse decisions\" has no recorded status again."
    );
    // Redo brings the whole visit back.
    t.key(KeyCode::Char('U'));
    let e = &t.disk().safeguards["human-review"];
    assert_eq!(
        (e.status, e.evidence.as_str()),
        (SafeguardStatus::InPlace, "Review log RL-7")
    );
}

#[test]
fn safeguard_status_and_evidence_are_saved() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let rows: Vec<&str> = t.app.result_rows().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(rows, vec!["human-review", "output-checks"]);
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.overlay, Overlay::Safeguard { .. }));
    t.key(KeyCode::Up); // missing -> planned
    assert_eq!(
        t.disk().safeguards["human-review"].status,
        SafeguardStatus::Planned
    );
    // A letter starts the evidence, which takes several lines; Tab returns to the status and
    // Enter there is done.
    t.type_str("https://wiki/q?review");
    t.key(KeyCode::Enter);
    t.type_str("and the runbook");
    assert!(t.app.overlay.field().is_some_and(|f| f.multiline));
    t.key(KeyCode::Tab);
    t.key(KeyCode::Enter);
    assert!(t.app.overlay.is_none());
    let e = &t.disk().safeguards["human-review"];
    assert_eq!(e.status, SafeguardStatus::Planned);
    assert_eq!(e.evidence, "https://wiki/q?review\nand the runbook");
    let ev = t.app.eval().unwrap();
    assert!(
        ev.gaps.iter().any(|g| g == "human-review"),
        "planned is still a gap"
    );
    // Issue 11, point 13: digits choose a status, as in any list; Esc cancels, putting back
    // what was recorded, and the dialog says so before.
    t.key(KeyCode::Enter);
    let popup = t.render(100, 30);
    assert!(popup.contains("Esc: cancel"), "{popup}");
    assert!(popup.contains(" 1 ( ) in place"), "{popup}");
    t.key(KeyCode::Char('1'));
    assert_eq!(
        t.disk().safeguards["human-review"].status,
        SafeguardStatus::InPlace,
        "1 chose in place, it was not typed into the evidence"
    );
    t.key(KeyCode::Tab);
    t.type_str(" more");
    t.key(KeyCode::Esc);
    assert!(t.app.overlay.is_none());
    let e = &t.disk().safeguards["human-review"];
    assert_eq!(
        e.status,
        SafeguardStatus::Planned,
        "Esc put the status back"
    );
    assert_eq!(e.evidence, "https://wiki/q?review\nand the runbook");
    // What was set and typed before Esc can be had again, and the message says how.
    let said = t.app.message.clone().unwrap().text;
    assert_eq!(
        said,
        "Cancelled: the status and evidence are as they were; u brings back what you set."
    );
    t.key(KeyCode::Char('u'));
    let e = &t.disk().safeguards["human-review"];
    assert_eq!(e.status, SafeguardStatus::InPlace);
    assert_eq!(e.evidence, "https://wiki/q?review\nand the runbook more");
    // The message names the evidence an undo puts back or takes away, not the status alone.
    assert_eq!(
        t.app.message.clone().unwrap().text,
        "Undone: \"Human review of adverse decisions\" is back to in place, with the evidence \"https://wiki/q?review and the runbook more\"."
    );
    t.key(KeyCode::Char('U'));
    assert_eq!(
        t.disk().safeguards["human-review"].status,
        SafeguardStatus::Planned
    );
    // Issue 11, point 18: every panel counts it as "missing or planned", never "missing".
    let result = t.render(120, 40);
    // A count of none is left out (a wizard review read "0 the policy requires" as a
    // contradiction of the requirement counted after it).
    assert!(
        result.contains("Missing or planned: 2 of the 2 this use needs (")
            && !result.contains("(0 the"),
        "{result}"
    );
    t.goto("purpose");
    let panel = t.render(120, 40);
    assert!(panel.contains("Missing or planned: 2 of the"), "{panel}");
    let strip = t.render(80, 24);
    assert!(strip.contains("missing or planned: 2 of 2"), "{strip}");
    assert!(!strip.contains("safeguards missing"), "{strip}");
}

/// Issue 11, point 12: at 100x30 the first safeguards are in view (not one on the last row),
/// the note that moves the reasons says which key reaches them, and a safeguard the use does
/// not require never reads "Status: missing".
#[test]
fn the_result_shows_what_to_act_on_first_and_explains_itself() {
    let q = builtin_questionnaire();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("triage.toml");
    std::fs::copy("examples/clinical-triage-assistant.toml", &file).unwrap();
    let mut t = T::start_q(q, |_| Start::Resume(file.clone()), false);
    for (w, h) in [(100, 30), (80, 24)] {
        apply(&mut t.app, Action::Resize(w, h));
        apply(&mut t.app, Action::GoTo(Screen::Result));
        let rows = main_panel_rows(&t.app, w, h);
        let first = rows
            .iter()
            .position(|r| r.starts_with('›'))
            .unwrap_or_else(|| panic!("{w}x{h}:\n{}", rows.join("\n")));
        // The safeguard rows in view: from the first to the panel's bottom border.
        let border = rows[first..]
            .iter()
            .position(|r| r.starts_with('─'))
            .unwrap_or(rows.len() - first);
        let want = if h >= 30 { 3 } else { 2 };
        assert!(
            border >= want,
            "{w}x{h}: {border} safeguard rows in view:\n{}",
            rows.join("\n")
        );
        let text = rows.join("\n");
        assert!(!text.contains("(G)."), "{text}");
    }
    let text = main_panel_rows(&t.app, 80, 24)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if text.contains("Why this tier:") {
        assert!(text.contains("the G key goes there"), "{text}");
    }
    // A safeguard not required: its detail never says "missing".
    let not_required = t.app.result_rows().iter().position(|s| !s.required);
    if let Some(i) = not_required {
        apply(&mut t.app, Action::Last);
        t.app.cursor = i;
        let screen = t.render(120, 40);
        assert!(screen.contains("Status: nothing recorded; not"), "{screen}");
        assert!(!screen.contains("Status: missing"), "{screen}");
    }
}

/// The main panel's lines on the result screen, at `w` x `h`.
fn result_rows_text(t: &T, w: u16, h: u16) -> String {
    main_panel_rows(&t.app, w, h).join("\n")
}

#[test]
fn the_live_result_labels_the_points_it_lists_as_the_largest() {
    // The usability review: "Score 11" above reasons adding to 9 read as a wrong sum.
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2')); // +2 autonomy
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('2')); // +2 scale
    t.key(KeyCode::Char('3')); // +3 scale
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('1')); // +4 autonomy
    let e = t.app.eval().unwrap();
    assert!(e.score.contributions.len() > 2);
    let wide = t.render(120, 40);
    assert!(wide.contains("Largest contributions:"), "{wide}");
    assert!(wide.contains("+4 Autonomy"), "{wide}");
    let strip = t.render(80, 24);
    assert!(
        strip.contains("Largest contributions: +4 Autonomy"),
        "{strip}"
    );
}

#[test]
fn enter_on_an_empty_required_question_says_it_is_still_unanswered() {
    // A new user pressed Enter on an empty required text and was moved on with no word.
    let mut t = T::on_questions();
    t.goto_edit("name");
    let n = t.app.derived.visible().binary_search(&qi("name")).unwrap() + 1;
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(qi("story")));
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(
        said.contains(&format!("Question {n} is still unanswered")),
        "{said}"
    );
    // Answered: nothing to say.
    t.app.message = None;
    t.goto_edit("name");
    t.type_str("Platform team");
    t.key(KeyCode::Enter);
    assert!(
        !t.app
            .message
            .as_ref()
            .is_some_and(|m| m.text.contains("unanswered")),
        "{:?}",
        t.app.message
    );
}

#[test]
fn the_result_says_one_risk_point() {
    // A new user read "Score 1 = 1 risk points" on the result screen.
    let fixture = FIXTURE.replacen("risk = { autonomy = 2 }", "risk = { autonomy = 1 }", 1);
    let mut t = T::start_q(
        parse_questionnaire("wizard.toml", &fixture).unwrap(),
        |d| Start::New(Some(d.join("a.toml"))),
        false,
    );
    t.fill_metadata();
    t.key(KeyCode::Char('2')); // the option whose point this fixture makes 1
    assert_eq!(t.app.eval().unwrap().score.raw, 1);
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let text = result_rows_text(&t, 120, 40);
    assert!(text.contains("Score 1 = 1 risk point − 0"), "{text}");
}

#[test]
fn safeguards_not_required_show_no_status_unless_in_place() {
    // The usability review read 14 "missing" under "Not required for this use" as gaps.
    // 53 cells: cut after a 14-cell status column at 80x24, whole without it.
    let long_title = "Human review of adverse decisions by a trained person";
    let fixture = FIXTURE.replace("Human review of adverse decisions", long_title);
    let mut t = T::start_q(
        parse_questionnaire("wizard.toml", &fixture).unwrap(),
        |d| Start::New(Some(d.join("a.toml"))),
        false,
    );
    t.fill_metadata();
    t.key(KeyCode::Char('1')); // chat: human review is not required
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let rows: Vec<&str> = t.app.result_rows().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(rows, vec!["output-checks", "human-review"]);
    for (w, h) in [(80, 26), (120, 40)] {
        let text = result_rows_text(&t, w, h);
        let line = text
            .lines()
            .find(|l| l.contains("Human review of adverse"))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(!line.contains("missing"), "{w}x{h}: {line}");
        // Without a status column the title has room and is not cut.
        assert!(line.contains("by a trained person"), "{w}x{h}: {line}");
        assert!(
            text.contains("missing        Output checks"),
            "required rows keep their status\n{text}"
        );
    }
    // In place, it says so; the row under the cursor wraps its title instead of cutting it.
    t.key(KeyCode::Down);
    t.key(KeyCode::Enter);
    for _ in 0..3 {
        t.key(KeyCode::Up);
    }
    t.key(KeyCode::Enter);
    let text = result_rows_text(&t, 80, 26);
    assert!(
        // The wrap never starts a line with the "·": the word before it goes down with it.
        text.lines()
            .any(|l| l.trim_end() == "›  Human review of adverse decisions by a trained")
            && text.contains("   person · in place"),
        "{text}"
    );
    t.key(KeyCode::Up);
    let text = result_rows_text(&t, 80, 26);
    assert!(
        text.lines()
            .any(|l| l.contains("  Human review of adverse decisions by a trained")),
        "{text}"
    );
}

#[test]
fn a_safeguard_recorded_in_place_against_the_answers_is_flagged() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2')); // screens job applications: human review required
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('1')); // decides without a person
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.app.cursor = 0;
    assert_eq!(t.app.result_rows()[0].id, "human-review");
    t.key(KeyCode::Enter);
    for _ in 0..3 {
        t.key(KeyCode::Up); // in place
    }
    let popup = t.render(100, 30);
    assert!(popup.contains("? Check:"), "{popup}");
    assert!(
        popup.contains("Does it decide without a person?"),
        "{popup}"
    );
    t.key(KeyCode::Enter);
    assert!(t.app.eval().unwrap().safeguards[0].is_contradicted());
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = t.render(w, h);
        assert!(
            screen.contains("? to confirm ") && !screen.contains("to confirm?"),
            "{w}x{h}\n{screen}"
        );
        assert!(!screen.contains("Status: in place"), "{w}x{h}\n{screen}");
        assert!(
            screen.contains("1 safeguard is to be confirmed: the answers"),
            "{w}x{h}\n{screen}"
        );
    }
    // The detail panel beside the list says what to reconcile; off the cursor the row is
    // marked.
    let screen = t.render(120, 40);
    assert!(screen.contains("? Check:"), "{screen}");
    assert!(screen.contains("recorded as in place, but the"), "{screen}");
    // Not also "nothing shows it": an answer does speak of it (new-user pass, second round).
    assert!(!screen.contains("nothing shows it"), "{screen}");
    t.key(KeyCode::Down);
    let text = result_rows_text(&t, 120, 40);
    assert!(
        text.contains(" ? to confirm ") && !text.contains("to confirm?"),
        "{text}"
    );
}

#[test]
fn not_applicable_without_evidence_asks_for_a_reason() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('1'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    assert_eq!(t.app.result_rows()[0].id, "output-checks");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Down); // missing -> not applicable
    assert_eq!(
        t.disk().safeguards["output-checks"].status,
        SafeguardStatus::NotApplicable,
        "not blocked"
    );
    let ask = "no reason given";
    assert!(t.render(100, 30).contains(ask), "{}", t.render(100, 30));
    t.type_str("Outputs are never shown to anyone.");
    assert!(!t.render(100, 30).contains(ask));
    t.key(KeyCode::Tab);
    t.key(KeyCode::Enter);
    assert_eq!(
        t.disk().safeguards["output-checks"].evidence,
        "Outputs are never shown to anyone."
    );
    assert!(!t.render(120, 40).contains(ask));
}

/// A new user's trial: a question opened in a small window, scrolled to its chosen option, stayed
/// scrolled under its pinned prompt once the window grew back, its "Choose one" line hidden.
#[test]
fn a_question_scrolled_in_a_small_window_shows_from_the_top_once_the_window_grows() {
    let mut t = T::example("homework-helper-children.toml");
    let at = t.app.q().question_index("output-check").unwrap();
    let frame = |t: &mut T, w: u16, h: u16| {
        apply(&mut t.app, Action::Resize(w, h));
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        let mut drawn = None;
        term.draw(|f| drawn = view::draw(&t.app, f)).unwrap();
        t.app.drawn = drawn;
        term.backend().to_string()
    };
    frame(&mut t, 70, 20);
    // Its cursor on the option chosen, the third, below the fold at 70x20.
    apply(&mut t.app, Action::GoTo(Screen::Question(at)));
    let small = frame(&mut t, 70, 20);
    assert!(!small.contains("Choose one"), "scrolled at 70x20:\n{small}");
    let grown = frame(&mut t, 100, 30);
    assert!(
        grown.contains("Choose one"),
        "from the top at 100x30:\n{grown}"
    );
    assert!(!grown.contains("▲ more"), "{grown}");
    // Shrinking again keeps the cursor in view, as it always did.
    let again = frame(&mut t, 70, 20);
    assert!(again.contains("› "), "{again}");
}

/// A wizard review: ↑ from the top row of the result's panel, after G, threw the view a page and
/// put the cursor on the bottom edge; going up inside the panel scrolled it on every key. The
/// view now keeps the last frame's place while the cursor is in it, and moves least when not.
#[test]
fn moving_up_the_result_keeps_the_view_and_scrolls_one_row_at_its_top() {
    let mut t = T::example("cv-screener-auto-reject.toml");
    t.app.size = (100, 30);
    apply(&mut t.app, Action::GoTo(Screen::Result));
    // As the event loop runs: each key, then a frame it keeps.
    let frame = |t: &mut T| {
        let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
        let mut drawn = None;
        term.draw(|f| drawn = view::draw(&t.app, f)).unwrap();
        t.app.drawn = drawn;
        term.backend().to_string()
    };
    let rows = t.app.result_rows().len();
    let title = |t: &T, i: usize| t.app.result_rows()[i].title.to_string();
    // In the main panel's columns: the side panel names the row under the cursor too.
    let main = |l: &str| l.chars().skip(22).take(48).collect::<String>();
    let row_of = |screen: &str, text: &str| {
        screen
            .lines()
            .position(|l| main(l).contains(text))
            .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"))
    };
    frame(&mut t);
    t.key(KeyCode::Char('G'));
    let after_g = frame(&mut t);
    let last = title(&t, rows - 1);
    let last_at = row_of(&after_g, &last);
    // One row up from the top of the panel: the row above takes the top, the last row stays
    // just under it.
    t.key(KeyCode::Up);
    let up = frame(&mut t);
    let above = title(&t, rows - 2);
    assert_eq!(row_of(&up, &above), last_at, "{up}");
    assert_eq!(row_of(&up, &last), last_at + 1, "{up}");
    // Up once more, then down inside the panel: nothing moves but the cursor (the last row
    // would bring the reasons under it into view, so not that one).
    t.key(KeyCode::Up);
    frame(&mut t);
    let top = title(&t, rows - 3);
    t.key(KeyCode::Down);
    let down = frame(&mut t);
    assert_eq!(row_of(&down, &top), last_at, "{down}");
    assert_eq!(row_of(&down, &above), last_at + 1, "{down}");
    assert!(
        down.lines()
            .nth(last_at + 1)
            .is_some_and(|l| main(l).contains('›')),
        "{down}"
    );
}

/// New-user pass: "not applicable" on a safeguard the policy requires said "it stays a gap
/// until Evidence says why" while the counts called it to be confirmed, and no reason can make
/// it so. A later pass read "to be confirmed" and "no safeguard the policy requires is missing"
/// beside it: it is a gap whatever the reason, the dialog says so, and the panel says why.
#[test]
fn not_applicable_on_a_safeguard_the_policy_requires_is_a_gap_whatever_the_reason() {
    let mut t = T::example("cv-screener-auto-reject.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let (at, id) = t
        .app
        .result_rows()
        .iter()
        .enumerate()
        .find(|(_, s)| {
            s.required
                && s.basis == raia::questionnaire::Basis::Policy
                && s.status == SafeguardStatus::Missing
        })
        .map(|(i, s)| (i, s.id.to_string()))
        .unwrap();
    t.app.cursor = at;
    t.key(KeyCode::Enter);
    t.key(KeyCode::Down); // missing -> not applicable
    let dialog = t.render(120, 40);
    assert!(
        dialog.contains("not applicable is a gap whatever the reason"),
        "{dialog}"
    );
    assert!(!dialog.contains("no reason given"), "{dialog}");
    t.key(KeyCode::Tab);
    t.type_str("We think it does not apply.");
    t.key(KeyCode::Enter);
    let s = t.app.eval().unwrap().safeguard(&id).unwrap().clone();
    assert!(!s.is_contradicted() && s.is_policy_gap(), "{s:?}");
    let screen = t.render(120, 40);
    assert!(!screen.contains("? Check:"), "{screen}");
    assert!(
        screen.contains("Status: not in place: recorded as"),
        "{screen}"
    );
}

/// A new user's pass: a file opened by a relative path showed "Folder: ." on the export screen
/// and the full folder in the message after writing. Both name it in full now.
#[test]
fn the_export_folder_is_named_in_full_on_the_screen_and_after_writing() {
    // Relative to the crate, where cargo runs tests.
    std::fs::create_dir_all("target").unwrap();
    let dir = tempfile::tempdir_in("target").unwrap();
    let name = dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let relative = PathBuf::from("target").join(&name).join("a.toml");
    let mut t = T::start(|_| Start::New(Some(relative.clone())));
    t.fill_metadata();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let full = std::path::absolute(relative.parent().unwrap()).unwrap();
    let screen = main_panel_rows(&t.app, 200, 40).join("\n");
    assert!(
        screen.contains(&format!("Folder: {}", full.display())),
        "{screen}"
    );
    t.key(KeyCode::Char('w'));
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(said.contains(&format!("to {}.", full.display())), "{said}");
}

/// Issue 11, point 20: reports follow the umask (they are to be shared) while the assessment
/// stays owner-only; Tab in the open-file box completes the path; opening a report says what it
/// is and which file to open.
#[test]
fn reports_are_shared_tab_completes_and_a_report_is_not_opened_as_an_assessment() {
    let mut t = T::on_questions();
    t.key(KeyCode::Enter);
    apply(&mut t.app, Action::GoTo(Screen::Export));
    t.key(KeyCode::Char('w'));
    let report = t.dir.path().join("a.report.md");
    assert!(report.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let probe = t.dir.path().join("probe");
        std::fs::File::create(&probe).unwrap();
        let umask_mode = std::fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&report), umask_mode, "the report follows the umask");
        assert_eq!(mode(&t.path()), 0o600, "the assessment stays owner-only");
    }
    // The open-file box, from home.
    let dir = t.dir.path().to_path_buf();
    let mut h = home_with_drafts();
    h.key(KeyCode::Char('o'));
    let typed = format!("{}/a.rep", dir.display());
    h.type_str(&typed);
    h.key(KeyCode::Tab);
    assert!(
        matches!(h.app.overlay, Overlay::OpenFile { .. }),
        "Tab did not close the box"
    );
    let text = h.app.overlay.field().unwrap().text();
    assert_eq!(
        text,
        format!("{}/a.report.", dir.display()),
        "completed to what all share"
    );
    let msg = h.app.message.clone().unwrap().text;
    assert!(
        msg.contains("a.report.md") && msg.contains("a.report.csv"),
        "{msg}"
    );
    h.type_str("md");
    h.key(KeyCode::Enter);
    let msg = h.app.message.clone().unwrap().text;
    assert!(
        msg.contains("is a report raia wrote, not an assessment"),
        "{msg}"
    );
    assert!(msg.contains("a.toml"), "names the file to open: {msg}");
    assert!(h.app.session().is_none());
    // With a line added after it by hand, it is still a report, not a TOML error (a new-user
    // pass got "key with no value").
    let report = dir.join("a.report.md");
    let mut text = std::fs::read_to_string(&report).unwrap();
    text.push_str("Added by hand.\n");
    std::fs::write(&report, text).unwrap();
    if !h.app.overlay.is_none() {
        h.key(KeyCode::Esc);
    }
    h.key(KeyCode::Char('o'));
    h.type_str(&report.display().to_string());
    h.key(KeyCode::Enter);
    let msg = h.app.message.clone().unwrap().text;
    assert!(
        msg.contains("is a report raia wrote, not an assessment") && msg.contains("a.toml"),
        "{msg}"
    );
}

#[test]
fn export_writes_every_format_next_to_the_assessment() {
    let mut t = T::on_questions();
    t.key(KeyCode::Enter);
    apply(&mut t.app, Action::GoTo(Screen::Export));
    assert_eq!(t.app.export.len(), Format::ALL.len());
    t.key(KeyCode::Char('w'));
    // The assessment is not finished: the message says so, as plain mode's export does.
    let msg = t.app.message.clone().unwrap().text;
    assert!(
        msg.contains("The assessment is incomplete (")
            && msg.contains("the reports say so at the top"),
        "{msg}"
    );
    for f in Format::ALL {
        let p = t.dir.path().join(format!("a.{}", f.extension()));
        assert!(p.is_file(), "{} was not written", p.display());
        assert!(!std::fs::read_to_string(&p).unwrap().is_empty());
    }
    assert!(
        t.app
            .export
            .iter()
            .all(|r| matches!(r.outcome, Some(Ok(_))))
    );
    assert!(t.render(100, 30).contains("✓ a.report.md"));
    assert!(!t.render(100, 30).contains("Out of date"));
    // An answer changed after writing: the reports on disk no longer say what the file says
    // (a new-user review still saw the tick beside a report without the concern it raised).
    t.goto("purpose");
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let screen = t.render(100, 30);
    assert!(screen.contains("! a.report.md"), "{screen}");
    assert!(screen.contains("Out of date (marked !)"), "{screen}");
    t.key(KeyCode::Char('w'));
    let screen = t.render(100, 30);
    assert!(screen.contains("✓ a.report.md"), "{screen}");
    assert!(!screen.contains("Out of date"), "{screen}");
}

#[test]
fn reports_of_a_draft_go_to_the_working_directory_not_the_drafts_list() {
    let mut t = T::start(|_| Start::New(None));
    t.fill_metadata();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(t.app.export_dir(), Some(cwd.clone()));
    assert_eq!(
        t.app.export[0].path,
        cwd.join("cv-screener.report.md").display().to_string()
    );
}

#[test]
fn export_paths_can_be_changed_and_rows_unticked() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let custom = t.dir.path().join("out/report.md");
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.overlay, Overlay::ExportPath { .. }));
    // Replace the default path.
    let len = t.app.overlay.field().unwrap().text().chars().count();
    for _ in 0..len {
        t.key(KeyCode::Backspace);
    }
    t.type_str(&custom.display().to_string());
    t.key(KeyCode::Enter);
    for _ in 1..Format::ALL.len() {
        t.key(KeyCode::Down);
        t.key(KeyCode::Char(' '));
    }
    t.key(KeyCode::Char('w'));
    assert!(custom.is_file());
    assert!(
        !t.dir.path().join("a.report.json").exists(),
        "unticked reports are not written"
    );
    // Issue 11, point 20: the choices are kept in the assessment and found on the next visit,
    // in another session too.
    let kept = &t.disk().wizard.reports;
    assert_eq!(kept["md"].path, custom.display().to_string());
    assert!(kept["md"].selected);
    assert!(!kept["json"].selected);
    let copy = t.copy_of_file();
    let mut other = T::start(|_| Start::Resume(copy.clone()));
    apply(&mut other.app, Action::GoTo(Screen::Export));
    assert_eq!(other.app.export[0].path, custom.display().to_string());
    assert!(other.app.export[0].selected);
    assert!(other.app.export.iter().skip(1).all(|r| !r.selected));
}

/// New-user pass: the assessment's own path typed as a report path was refused at export, but
/// kept in the file, so every later export failed the same way; and Esc in the path box kept a
/// half-typed path. The assessment's path is refused in the box, and Esc puts the path back.
#[test]
fn the_export_path_box_refuses_the_assessment_and_esc_keeps_the_path_as_it_was() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let before = t.app.export[0].path.clone();
    let replace = |t: &mut T, with: &str| {
        t.key(KeyCode::Enter);
        assert!(matches!(t.app.overlay, Overlay::ExportPath { .. }));
        let len = t.app.overlay.field().unwrap().text().chars().count();
        for _ in 0..len {
            t.key(KeyCode::Backspace);
        }
        t.type_str(with);
    };
    let own = t.path().display().to_string();
    replace(&mut t, &own);
    t.key(KeyCode::Enter);
    assert!(
        matches!(t.app.overlay, Overlay::ExportPath { .. }),
        "still open"
    );
    let said = t.app.message.clone().unwrap();
    assert!(
        said.error && said.text.contains("is the assessment itself"),
        "{said:?}"
    );
    assert_eq!(t.app.export[0].path, before);
    // Esc: the box closes and the path is as it was, also in the file.
    t.key(KeyCode::Esc);
    assert!(t.app.overlay.is_none());
    assert_eq!(t.app.export[0].path, before);
    assert!(!t.disk().wizard.reports.contains_key("md"));
    replace(&mut t, "oops-typo");
    t.key(KeyCode::Esc);
    assert_eq!(t.app.export[0].path, before);
}

#[test]
fn export_never_writes_over_the_assessment_itself() {
    // An assessment saved as JSON-named TOML: the JSON report must not take its name.
    let mut t = T::start(|d| Start::New(Some(d.join("assessment.json"))));
    t.fill_metadata();
    let path = t.dir.path().join("assessment.json");
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let paths: Vec<&str> = t.app.export.iter().map(|r| r.path.as_str()).collect();
    assert!(
        !paths.contains(&path.display().to_string().as_str()),
        "{paths:?}"
    );
    t.key(KeyCode::Char('w'));
    assert!(t.dir.path().join("assessment.report.json").is_file());
    // Typed by hand, the assessment's own path is refused too.
    t.app.export[2].path = path.display().to_string();
    t.key(KeyCode::Char('w'));
    assert!(
        matches!(&t.app.export[2].outcome, Some(Err(e)) if e.contains("is the assessment itself")),
        "{:?}",
        t.app.export[2].outcome
    );
    let a = read_assessment(&path, &questionnaire()).unwrap();
    assert_eq!(a.metadata.system, "CV screener");
    // What the wizard says on quitting is still true.
    t.ctrl('q');
    assert!(
        t.app
            .farewell()
            .unwrap()
            .starts_with(&format!("Everything is saved in {}.", path.display()))
    );
}

/// Issue 7, point 1: a report raia wrote that someone edited since is asked about, with why,
/// and kept on n; y replaces it.
#[test]
fn export_asks_before_replacing_a_report_someone_edited() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    t.key(KeyCode::Char('w'));
    let md = t.dir.path().join("a.report.md");
    let written = std::fs::read_to_string(&md).unwrap();
    // A sentence added in the middle, where a reviewer would comment.
    let mid = written.find("\n## ").unwrap();
    let edited = format!("{}\nReviewed by Sam.\n{}", &written[..mid], &written[mid..]);
    std::fs::write(&md, &edited).unwrap();
    t.key(KeyCode::Char('w'));
    let md_row = t
        .app
        .export
        .iter()
        .position(|r| r.format == Format::Markdown)
        .unwrap();
    assert!(
        matches!(&t.app.overlay, Overlay::Overwrite { rows } if rows.len() == 1 && rows[0].0 == md_row && rows[0].1 == raia::report::Foreign::Edited),
        "{:?}",
        t.app.overlay
    );
    let screen = t.render(120, 40);
    assert!(
        screen.contains("Replacing these files could lose someone's work:"),
        "{screen}"
    );
    assert!(
        screen.contains("a.report.md: changed since raia wrote it"),
        "{screen}"
    );
    // n keeps the edited file and says why on its row.
    t.key(KeyCode::Char('n'));
    assert_eq!(std::fs::read_to_string(&md).unwrap(), edited);
    assert_eq!(
        t.app.export[md_row].outcome,
        Some(Err(format!(
            "not written: {} was changed since raia wrote it; press Enter on the row to choose another path",
            md.display()
        )))
    );
    // y replaces it, and then it is raia's again.
    t.key(KeyCode::Char('w'));
    t.key(KeyCode::Char('y'));
    assert_eq!(std::fs::read_to_string(&md).unwrap(), written);
    t.key(KeyCode::Char('w'));
    assert!(t.app.overlay.is_none());
}

/// The export screen's row for reports in `format`.
fn export_row(t: &T, format: Format) -> &raia::tui::app::ExportRow {
    t.app.export.iter().find(|r| r.format == format).unwrap()
}

/// y replaces the files the question named: a report edited while the question was open was
/// not among them, and is kept.
#[test]
fn export_yes_replaces_only_the_files_it_asked_about() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    t.key(KeyCode::Char('w'));
    let json = t.dir.path().join("a.report.json");
    std::fs::write(&json, "{\"name\": \"web\"}\n").unwrap();
    t.key(KeyCode::Char('w'));
    assert!(
        matches!(&t.app.overlay, Overlay::Overwrite { rows } if rows.len() == 1),
        "{:?}",
        t.app.overlay
    );
    let md = t.dir.path().join("a.report.md");
    let edited = std::fs::read_to_string(&md).unwrap() + "Reviewed by Sam.\n";
    std::fs::write(&md, &edited).unwrap();
    t.key(KeyCode::Char('y'));
    assert!(
        std::fs::read_to_string(&json)
            .unwrap()
            .contains("\"report_sha256\"")
    );
    assert_eq!(std::fs::read_to_string(&md).unwrap(), edited);
    let md_row = export_row(&t, Format::Markdown);
    assert_eq!(
        md_row.outcome,
        Some(Err(format!(
            "not written: {} was changed since raia wrote it; press Enter on the row to choose another path",
            md.display()
        )))
    );
}

/// A review: a colleague edited a listed file while the question was open, and y replaced the
/// edit. The answer was about the file as the question showed it: a changed one is kept, and
/// the row says so.
#[test]
fn export_yes_keeps_a_listed_file_changed_while_the_question_was_open() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let theirs = t.dir.path().join("a.report.md");
    std::fs::write(&theirs, "foreign v1\n").unwrap();
    t.key(KeyCode::Char('w'));
    assert!(matches!(&t.app.overlay, Overlay::Overwrite { rows } if rows.len() == 1));
    // Same length, so only the contents tell them apart.
    std::fs::write(&theirs, "foreign v2\n").unwrap();
    t.key(KeyCode::Char('y'));
    assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "foreign v2\n");
    let md_row = export_row(&t, Format::Markdown);
    assert_eq!(
        md_row.outcome,
        Some(Err(format!(
            "{} changed while you were asked, so it was kept; press w to be asked again, or Enter on the row to choose another path",
            theirs.display()
        )))
    );
    // The other reports were written; asked again, y replaces the file as it now is.
    assert!(t.dir.path().join("a.report.json").is_file());
    t.key(KeyCode::Char('w'));
    assert!(matches!(&t.app.overlay, Overlay::Overwrite { rows } if rows.len() == 1));
    t.key(KeyCode::Char('y'));
    assert!(
        std::fs::read_to_string(&theirs)
            .unwrap()
            .starts_with("# Responsible AI assessment")
    );
}

#[test]
fn export_asks_before_replacing_a_file_raia_did_not_write() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let theirs = t.dir.path().join("a.report.json");
    std::fs::write(&theirs, "{\"name\": \"my-node-project\"}\n").unwrap();
    t.key(KeyCode::Char('w'));
    // Nothing is written before the answer.
    assert!(matches!(t.app.overlay, Overlay::Overwrite { .. }));
    assert!(!t.dir.path().join("a.report.md").exists());
    let screen = t.render(120, 40);
    assert!(screen.contains("raia did not write it"), "{screen}");
    assert!(screen.contains("a.report.json"), "{screen}");
    // Other keys do nothing; n keeps the file and writes the rest.
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.overlay, Overlay::Overwrite { .. }));
    t.key(KeyCode::Char('n'));
    assert_eq!(
        std::fs::read_to_string(&theirs).unwrap(),
        "{\"name\": \"my-node-project\"}\n"
    );
    assert!(t.dir.path().join("a.report.md").is_file());
    let json_row = export_row(&t, Format::Json);
    assert!(
        matches!(&json_row.outcome, Some(Err(e)) if e.contains("raia did not write it")),
        "{:?}",
        json_row.outcome
    );
    // Reports raia wrote are replaced without asking; the foreign file is asked about again,
    // and y replaces it.
    t.key(KeyCode::Char('w'));
    assert!(matches!(&t.app.overlay, Overlay::Overwrite { rows } if rows.len() == 1));
    t.key(KeyCode::Char('y'));
    assert!(t.app.overlay.is_none());
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&theirs).unwrap()).unwrap();
    assert!(json["assessment_hash"].is_string());
    // Now it is raia's: writing again asks nothing.
    t.key(KeyCode::Char('w'));
    assert!(t.app.overlay.is_none());
    assert!(
        t.app
            .export
            .iter()
            .all(|r| matches!(r.outcome, Some(Ok(_))))
    );
}

// ---------------------------------------------------------------- mouse, colour, size

fn find(buf: &ratatui::buffer::Buffer, needle: &str) -> (u16, u16) {
    let area = buf.area;
    for y in 0..area.height {
        let line: String = (0..area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = line.find(needle) {
            let x = line[..byte].chars().count() as u16;
            return (x, y);
        }
    }
    panic!("{needle} not on screen");
}

#[test]
fn clicking_an_option_chooses_it_and_clicking_a_step_goes_there() {
    let mut t = T::on_questions();
    let buf = buffer(&t.app, 100, 30);
    let (x, y) = find(&buf, "Screens job applications");
    t.event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(
        t.disk().answers.get("purpose"),
        Some(&Answer::Choice("screen".into()))
    );
    let buf = buffer(&t.app, 100, 30);
    let (x, y) = find(&buf, "Details");
    t.event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(t.app.screen, Screen::Question(qi("name")));
    t.goto("purpose");
    t.event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 50,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(t.app.cursor, 2, "the wheel moves the cursor");
}

/// Issue 11, point 11: the default palette never puts a pale colour (yellow, cyan) in bold, so
/// warnings and headings read on light terminals; dark, light and mono are chosen with --theme
/// or `theme` in config.toml.
#[test]
fn the_default_palette_reads_on_light_and_dark_and_a_theme_can_be_chosen() {
    use raia::tui::theme::{Palette, Theme};
    use ratatui::style::Modifier;
    let pale = [
        Color::Yellow,
        Color::Cyan,
        Color::LightYellow,
        Color::LightCyan,
    ];
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Enter);
    for screen in [
        Screen::Question(qi("decides")),
        Screen::Review,
        Screen::Result,
    ] {
        apply(&mut t.app, Action::GoTo(screen));
        let buf = buffer(&t.app, 100, 30);
        for c in buf.content() {
            assert!(
                !(c.modifier.contains(Modifier::BOLD) && pale.contains(&c.fg)),
                "{screen:?}: bold {:?} on {:?}",
                c.fg,
                c.symbol()
            );
        }
    }
    let theme = Theme::with_palette(false, Palette::Default);
    assert_eq!(theme.warn().fg, Some(Color::Magenta));
    assert_eq!(
        theme.heading().fg,
        None,
        "headings in the terminal's own colour"
    );
    assert_eq!(
        Theme::with_palette(false, Palette::Dark).warn().fg,
        Some(Color::Yellow)
    );
    assert_eq!(
        Theme::with_palette(false, Palette::Light).key().fg,
        Some(Color::Blue)
    );
    assert_eq!(
        Theme::with_palette(false, Palette::Mono)
            .tier(Tier::High)
            .fg,
        None
    );
    // The config file, with the file, line and column of a mistake.
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(raia::config::load(Some(dir.path())).unwrap().theme, None);
    std::fs::write(dir.path().join("config.toml"), "theme = \"light\"\n").unwrap();
    assert_eq!(
        raia::config::load(Some(dir.path())).unwrap().theme,
        Some(Palette::Light)
    );
    std::fs::write(dir.path().join("config.toml"), "\ntheme = \"sepia\"\n").unwrap();
    let err = format!("{:#}", raia::config::load(Some(dir.path())).unwrap_err());
    assert!(err.contains("config.toml:2:9"), "{err}");
}

#[test]
fn no_color_draws_with_the_terminals_own_colours() {
    let mut colored = T::on_questions();
    colored.key(KeyCode::Char('2'));
    let buf = buffer(&colored.app, 100, 30);
    assert!(
        buf.content().iter().any(|c| c.fg != Color::Reset),
        "with colour some text is coloured"
    );
    let mut t = T::start_with(|d| Start::New(Some(d.join("a.toml"))), true);
    t.fill_metadata();
    t.key(KeyCode::Char('2'));
    for screen in [
        Screen::Question(0),
        Screen::Review,
        Screen::Result,
        Screen::Export,
    ] {
        apply(&mut t.app, Action::GoTo(screen));
        let buf = buffer(&t.app, 100, 30);
        assert!(
            buf.content()
                .iter()
                .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
            "{screen:?} uses a colour with NO_COLOR"
        );
    }
    // Never a hard-coded background, with or without colour.
    assert!(buf.content().iter().all(|c| c.bg == Color::Reset));
}

#[test]
fn a_small_terminal_gets_a_notice_and_the_screen_comes_back_on_resize() {
    let mut t = T::on_questions();
    for (w, h) in [(59, 16), (60, 15)] {
        let s = t.render(w, h);
        assert!(s.contains("too small"), "{w}x{h}: {s}");
        assert!(s.contains(&format!("{w}x{h}")), "{s}");
    }
    apply(&mut t.app, Action::Resize(60, 16));
    assert!(!t.render(60, 16).contains("too small"));
    assert!(t.render(60, 16).contains("What does the system do?"));
}

#[test]
fn wide_characters_keep_the_layout_straight() {
    let mut t = T::on_questions();
    t.goto_edit("name");
    t.type_str("日本語のチーム");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Esc);
    t.key(KeyCode::Char('r'));
    assert_eq!(t.app.screen, Screen::Review);
    let buf = buffer(&t.app, 120, 40);
    // Every row still ends with the right border of its panel at the same column.
    let s = render_app(&t.app, 120, 40);
    assert!(s.contains("日本語のチーム"), "{s}");
    // At 120 columns the main panel spans columns 26..84 and the result panel 84..120.
    for x in [83, 119] {
        for y in 1..37 {
            let cell = &buf[(x, y)];
            assert!(
                ["│", "┐", "┘", "┤"].contains(&cell.symbol()),
                "row {y} has no border at column {x}: {:?}\n{s}",
                cell.symbol()
            );
        }
    }
}

// ---------------------------------------------------------------- snapshots

/// Snapshots of `app` at 80x24 and 120x40, after checking that each of `shows` is on screen at
/// both sizes: a snapshot accepted by mistake cannot hide what the step must show.
fn snap(name: &str, app: &App, dir: &Path, shows: &[&str]) {
    for (w, h) in [(80, 24), (120, 40)] {
        let text = render_app(app, w, h).replace(&dir.display().to_string(), "[TMP]");
        for s in shows {
            assert!(
                text.contains(s),
                "{name} at {w}x{h} does not show {s:?}:\n{text}"
            );
        }
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

#[test]
fn snapshots_of_every_screen() {
    let home = home_with_drafts();
    assert_eq!(home.app.screen, Screen::Home);
    snap(
        "home",
        &home.app,
        home.dir.path(),
        &[
            "Start a new assessment",
            "Drafts and files to resume",
            "incomplete",
            "cannot be read",
        ],
    );

    let mut t = T::new_file();
    t.type_str("CV screener");
    t.key(KeyCode::Enter);
    t.type_str("Ranks job applicants");
    assert_eq!(t.app.screen, Screen::Detail(Detail::Description));
    assert_eq!(
        t.disk().metadata.system,
        "CV screener",
        "saved on leaving the field"
    );
    snap(
        "metadata",
        &t.app,
        t.dir.path(),
        &[
            "System details · field 2",
            "System name *",
            "Ranks job applicants",
            "(empty)",
        ],
    );
    for v in ["", "Acme", "Talent ML", "Ana", "ana@example.com"] {
        if !v.is_empty() {
            t.type_str(v);
        }
        t.key(KeyCode::Enter);
    }

    // single choice, with a consequential answer
    t.key(KeyCode::Char('2'));
    assert_eq!(t.app.screen, Screen::Question(qi("purpose")));
    assert_eq!(t.disk().answers["purpose"], Answer::Choice("screen".into()));
    snap(
        "question_single",
        &t.app,
        t.dir.path(),
        &[
            "Question 1 of 7",
            "(•) Screens job applications",
            "The tier is now high (was low)",
            "HIGH",
        ],
    );
    t.key(KeyCode::Enter);
    // multiple choice
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Char('3'));
    assert_eq!(
        t.disk().answers["data"],
        Answer::Choices(vec!["personal".into(), "health".into()])
    );
    snap(
        "question_multi",
        &t.app,
        t.dir.path(),
        &[
            "Question 2 of 7",
            "[x] Personal data",
            "[x] Health records",
            "[ ] Public text",
            "[ ] None of these",
        ],
    );
    t.key(KeyCode::Enter);
    // yes/no, with a required note missing
    t.key(KeyCode::Char('1'));
    assert!(t.app.note_missing(qi("decides")));
    snap(
        "question_yes_no",
        &t.app,
        t.dir.path(),
        &[
            "Question 3 of 7",
            "(•) Yes",
            "This answer needs a note",
            "press n to",
        ],
    );
    t.key(KeyCode::Char('n'));
    t.type_str("Volume is too high for review.");
    assert!(matches!(t.app.overlay, Overlay::Note { .. }));
    snap(
        "note_editor",
        &t.app,
        t.dir.path(),
        &[
            "Note",
            "Volume is too high for review.",
            "Esc or Tab closes",
        ],
    );
    t.key(KeyCode::Esc);
    assert_eq!(t.disk().notes["decides"], "Volume is too high for review.");
    t.key(KeyCode::Char('i'));
    assert!(matches!(t.app.overlay, Overlay::Help));
    snap(
        "help_overlay",
        &t.app,
        t.dir.path(),
        &[
            "Help",
            "Asked because: What does the system do?",
            "adds 4 risk points (Autonomy)",
        ],
    );
    t.key(KeyCode::Esc);
    t.key(KeyCode::Char('?'));
    assert!(matches!(t.app.overlay, Overlay::Keys));
    snap(
        "key_overlay",
        &t.app,
        t.dir.path(),
        &[
            "Keys",
            "Anywhere, even while typing",
            "In lists (and text fields after Esc)",
            "quit",
        ],
    );
    t.key(KeyCode::Esc);
    t.key(KeyCode::Enter);
    // text
    t.type_str("Talent ML");
    assert_eq!(t.app.screen, Screen::Question(qi("name")));
    snap(
        "question_text",
        &t.app,
        t.dir.path(),
        &[
            "Question 4 of 7",
            "Who owns the model?",
            "Talent ML",
            "Not saved yet",
        ],
    );
    t.key(KeyCode::Enter);
    assert_eq!(t.disk().answers["name"], Answer::Text("Talent ML".into()));
    // long text
    t.type_str("A recruiter uploads CVs.");
    t.key(KeyCode::Enter);
    t.type_str("The system ranks them.");
    snap(
        "question_long_text",
        &t.app,
        t.dir.path(),
        &[
            "Question 5 of 7",
            "A recruiter uploads CVs.",
            "The system ranks them.",
            "Enter starts a new line",
        ],
    );
    t.key(KeyCode::Tab);
    assert_eq!(
        t.disk().answers["story"],
        Answer::Text("A recruiter uploads CVs.\nThe system ranks them.".into())
    );
    // number, invalid then valid
    t.type_str("12x");
    snap(
        "question_number_invalid",
        &t.app,
        t.dir.path(),
        &[
            "Question 6 of 7",
            "\"12x\" is not a number",
            "A number from 0 to 1000000000",
        ],
    );
    t.key(KeyCode::Backspace);
    t.type_str("000");
    snap(
        "question_number",
        &t.app,
        t.dir.path(),
        &["12000", "Not saved yet: Enter or Tab saves it"],
    );
    t.key(KeyCode::Enter);
    assert_eq!(t.disk().answers["users"], Answer::Number(12000.0));
    // date
    t.type_str("2026-03-31");
    snap(
        "question_date",
        &t.app,
        t.dir.path(),
        &["Question 7 of 7", "2026-03-31", "A date as YYYY-MM-DD"],
    );
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Review);
    assert_eq!(
        t.disk().answers["launch"],
        Answer::Date("2026-03-31".into())
    );
    snap(
        "review",
        &t.app,
        t.dir.path(),
        &[
            "Review your answers",
            "7 of 7 questions answered",
            "CV screener",
            "Talent ML",
        ],
    );
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Result);
    snap(
        "result",
        &t.app,
        t.dir.path(),
        &[
            "Tier  HIGH",
            "Every question that applies is answered.",
            "Safeguards (Enter sets status and evidence)",
        ],
    );
    // The result opens at the top of its summary (a wizard review saw it open mid-sentence);
    // ↓ brings the rows below into view, and g goes back to the top.
    t.app.size = (80, 24);
    t.key(KeyCode::Down);
    let rows = render_app(&t.app, 80, 24);
    assert!(
        rows.contains("missing        Human review of adverse decisions")
            && !rows.contains("Every question that applies is answered."),
        "{rows}"
    );
    t.key(KeyCode::Char('g'));
    let top = render_app(&t.app, 80, 24);
    assert!(
        top.contains("Every question that applies is answered."),
        "{top}"
    );
    assert_eq!(t.app.cursor, 0);
    // Where the safeguard's panel is cut, it says how to read all of it, and i shows it whole
    // (a wizard review could not read how to close a gap at 100x30).
    assert!(top.contains("(more: i shows all of it)"), "{top}");
    t.key(KeyCode::Char('i'));
    let help = render_app(&t.app, 80, 24)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(matches!(t.app.overlay, Overlay::Help));
    assert!(
        help.contains("Human review of adverse decisions") && help.contains("Good looks like:"),
        "{help}"
    );
    t.key(KeyCode::Esc);
    t.app.size = (120, 40);
    t.key(KeyCode::Enter);
    t.key(KeyCode::Up);
    t.key(KeyCode::Up);
    t.type_str("https://wiki.example.com/review");
    assert!(matches!(
        t.app.overlay,
        Overlay::Safeguard {
            on_evidence: true,
            ..
        }
    ));
    snap(
        "safeguard_edit",
        &t.app,
        t.dir.path(),
        &[
            "Safeguard status and evidence",
            "(•) in place",
            "https://wiki.example.com/review",
        ],
    );
    t.key(KeyCode::Tab); // back to the status list
    t.key(KeyCode::Enter); // done
    assert!(t.app.overlay.is_none());
    assert!(
        t.disk()
            .safeguards
            .values()
            .any(|e| e.evidence == "https://wiki.example.com/review"),
        "the evidence is saved"
    );
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Export);
    snap(
        "export_before",
        &t.app,
        t.dir.path(),
        &[
            "Export reports",
            "[x] Markdown",
            "a.report.md",
            "a.info-request.md",
            "Write the ticked reports",
        ],
    );
    t.key(KeyCode::Char('w'));
    assert!(t.dir.path().join("a.report.md").exists());
    snap(
        "export_written",
        &t.app,
        t.dir.path(),
        &[
            "✓ a.report.md",
            "✓ a.report.csv",
            "Wrote 5 reports to [TMP]",
        ],
    );
    std::fs::write(t.dir.path().join("a.report.csv"), "not raia's\n").unwrap();
    t.key(KeyCode::Char('w'));
    assert!(matches!(t.app.overlay, Overlay::Overwrite { .. }));
    snap(
        "export_overwrite",
        &t.app,
        t.dir.path(),
        &[
            "Replace files?",
            "[TMP]/a.report.csv",
            "raia did not write it",
        ],
    );
    t.key(KeyCode::Char('n'));
    assert_eq!(
        std::fs::read_to_string(t.dir.path().join("a.report.csv")).unwrap(),
        "not raia's\n",
        "n keeps the file"
    );

    let text = render_app(&t.app, 59, 15);
    assert!(text.contains("too small"), "{text}");
    insta::assert_snapshot!("too_small_59x15", text);
}

#[test]
fn the_key_table_in_the_docs_matches_the_overlay() {
    for (name, doc) in [
        ("docs/wizard.md", include_str!("../docs/wizard.md")),
        ("README.md", include_str!("../README.md")),
    ] {
        for (_, keys, what) in raia::tui::view::footer::KEY_TABLE {
            let row = format!("| {keys} | {what} |");
            assert!(doc.contains(&row), "{name} lacks the row {row}");
        }
    }
}

#[test]
fn a_safeguard_shown_by_an_answer_keeps_its_evidence_when_the_status_does_not_change() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2')); // screens applications
    t.goto("decides");
    t.key(KeyCode::Char('2')); // no: a person reviews, which satisfies human-review
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let s = t
        .app
        .eval()
        .unwrap()
        .safeguard("human-review")
        .unwrap()
        .clone();
    assert_eq!(s.status, SafeguardStatus::InPlace);
    assert!(!s.evidence.is_empty(), "the answer is the evidence");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Up); // already the first status: nothing to record
    t.key(KeyCode::Esc);
    assert!(t.disk().safeguards.is_empty(), "{:?}", t.disk().safeguards);
    let after = t
        .app
        .eval()
        .unwrap()
        .safeguard("human-review")
        .unwrap()
        .clone();
    assert_eq!(after.evidence, s.evidence);
}

#[test]
fn jumps_to_steps_that_do_not_exist_are_ignored() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Question(999)));
    assert_eq!(t.app.screen, Screen::Question(0));
    let _ = t.render(80, 24);
    let mut home = T::start(|_| Start::Home);
    apply(&mut home.app, Action::GoTo(Screen::Review));
    apply(&mut home.app, Action::Choose(7));
    apply(&mut home.app, Action::Activate(99));
    assert_eq!(home.app.screen, Screen::Home);
}

mod random_keys {
    use super::*;

    fn key_strategy() -> impl Strategy<Value = Event> {
        let codes = prop_oneof![
            Just(KeyCode::Enter),
            Just(KeyCode::Tab),
            Just(KeyCode::BackTab),
            Just(KeyCode::Esc),
            Just(KeyCode::Up),
            Just(KeyCode::Down),
            Just(KeyCode::Left),
            Just(KeyCode::Right),
            Just(KeyCode::Backspace),
            Just(KeyCode::Delete),
            Just(KeyCode::Home),
            Just(KeyCode::End),
            Just(KeyCode::PageDown),
            Just(KeyCode::F(1)),
            Just(KeyCode::F(2)),
            prop::sample::select(vec![
                ' ', 'a', 'j', 'k', 'h', 'l', 'n', 'i', 'r', 'x', 'w', '?', '1', '2', '3', '4',
                '9', '-', '.', ',', '日',
            ])
            .prop_map(KeyCode::Char),
        ];
        prop_oneof![
            20 => codes.prop_map(|c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE))),
            1 => Just(Event::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL))),
            1 => Just(Event::Key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL))),
            1 => Just(Event::Paste("pasted\ntext".into())),
            1 => (0u16..100, 0u16..30).prop_map(|(x, y)| Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: x,
                row: y,
                modifiers: KeyModifiers::NONE,
            })),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

        /// Any sequence of keys, clicks and pastes: no panic, every frame draws, and what is
        /// on disk is what the wizard holds.
        #[test]
        fn random_input_never_panics_and_disk_matches_memory(
            events in prop::collection::vec(key_strategy(), 1..80),
            size in prop::sample::select(vec![(80u16, 24u16), (100, 30), (60, 16), (59, 15)]),
        ) {
            let mut t = T::on_questions();
            for ev in events {
                t.event(ev);
                apply(&mut t.app, Action::Idle);
                let _ = render_app(&t.app, size.0, size.1);
                if t.app.quit {
                    break;
                }
            }
            apply(&mut t.app, Action::Quit);
            let memory = t.app.session().unwrap().assessment.clone();
            let disk = t.disk();
            prop_assert_eq!(disk.answers, memory.answers);
            prop_assert_eq!(disk.notes, memory.notes);
            prop_assert_eq!(disk.safeguards, memory.safeguards);
            prop_assert_eq!(disk.metadata, memory.metadata);
            prop_assert_eq!(disk.wizard, memory.wizard);
        }
    }
}

// ---------------------------------------------------------------- fields keep what they hold

/// Text with what one-line fields cannot show as it is: line breaks, \r\n, tabs, edge spaces.
fn awkward_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just('\n'),
            Just('\r'),
            Just('\t'),
            Just(' '),
            Just('é'),
            Just('日'),
            proptest::char::range('a', 'z'),
        ],
        0..12,
    )
    .prop_map(String::from_iter)
}

/// Keys and jumps that move through fields and popups without typing anything.
fn moves() -> impl Strategy<Value = Vec<Action>> {
    let screens = [
        Screen::Detail(Detail::System),
        Screen::Detail(Detail::Description),
        Screen::Detail(Detail::Contact),
        Screen::Question(qi("name")),
        Screen::Question(qi("story")),
        Screen::Question(qi("users")),
        Screen::Question(qi("purpose")),
        Screen::Review,
        Screen::Result,
        Screen::Export,
    ];
    let one = prop_oneof![
        Just(Action::Next),
        Just(Action::Back),
        Just(Action::Escape),
        Just(Action::Up),
        Just(Action::Down),
        Just(Action::StepNext),
        Just(Action::StepBack),
        Just(Action::EditHint),
        Just(Action::StartEdit),
        Just(Action::Idle),
        Just(Action::Save),
        Just(Action::Note),
        Just(Action::Review),
        prop::sample::select(screens.to_vec()).prop_map(Action::GoTo),
        prop::sample::select(vec![
            raia::tui::textbox::Key::Left,
            raia::tui::textbox::Key::Right,
            raia::tui::textbox::Key::Home,
            raia::tui::textbox::Key::End,
            raia::tui::textbox::Key::Up,
            raia::tui::textbox::Key::Down,
        ])
        .prop_map(|key| Action::Edit(raia::tui::textbox::Input {
            key,
            ctrl: false,
            alt: false,
            shift: false,
        })),
    ];
    prop::collection::vec(one, 0..30)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Opening, leaving, tabbing past and saving fields without typing in them changes no
    /// text: not the details, not text answers, notes or evidence. An approved sign-off stays
    /// approved.
    #[test]
    fn leaving_a_field_unedited_changes_nothing(
        meta in prop::collection::vec(awkward_text(), 6),
        name in awkward_text(),
        story in awkward_text(),
        note in awkward_text(),
        evidence in awkward_text(),
        moves in moves(),
    ) {
        let q = questionnaire();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        let mut a = Assessment::new(&q);
        for (d, v) in raia::assessment::Detail::ALL.iter().zip(&meta) {
            a.metadata.set(d.key(), v.clone());
        }
        a.answers.insert("purpose".into(), Answer::Choice("screen".into()));
        a.answers.insert("name".into(), Answer::Text(name));
        a.answers.insert("story".into(), Answer::Text(story));
        a.answers.insert("users".into(), Answer::Number(12.0));
        a.notes.insert("story".into(), note);
        a.safeguards.insert(
            "human-review".into(),
            raia::assessment::SafeguardEntry {
                status: SafeguardStatus::Planned,
                evidence,
            },
        );
        a.wizard.position = "metadata:system".into();
        store::save(&path, &a, &q).unwrap();
        let before = read_assessment(&path, &q).unwrap();

        let mut t = T::start(|_| Start::Resume(path.clone()));
        for m in moves {
            apply(&mut t.app, m);
        }
        apply(&mut t.app, Action::Quit);
        let after = read_assessment(&path, &q).unwrap();
        prop_assert_eq!(&after.answers, &before.answers);
        prop_assert_eq!(&after.notes, &before.notes);
        prop_assert_eq!(&after.safeguards, &before.safeguards);
        for d in raia::assessment::Detail::ALL {
            prop_assert_eq!(after.metadata.detail(d), before.metadata.detail(d), "{}", d.key());
        }
        prop_assert_eq!(after.answers_hash(&q), before.answers_hash(&q));
    }
}

#[test]
fn changing_a_safeguard_status_keeps_its_evidence_exactly() {
    let t = T::on_questions();
    let mut a = t.disk();
    a.safeguards.insert(
        "human-review".into(),
        raia::assessment::SafeguardEntry {
            status: SafeguardStatus::Missing,
            evidence: "\tsee the wiki\n".into(),
        },
    );
    let q = questionnaire();
    let path = t.dir.path().join("b.toml");
    store::save(&path, &a, &q).unwrap();
    let mut t = T::start(|_| Start::Resume(path.clone()));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let row = t
        .app
        .result_rows()
        .iter()
        .position(|s| s.id == "human-review")
        .unwrap();
    t.app.cursor = row;
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.overlay, Overlay::Safeguard { .. }));
    t.key(KeyCode::Up);
    t.key(KeyCode::Enter);
    let back = read_assessment(&path, &q).unwrap();
    assert_eq!(
        back.safeguards["human-review"].status,
        SafeguardStatus::Planned
    );
    assert_eq!(back.safeguards["human-review"].evidence, "\tsee the wiki\n");
}

/// A text answer a one-line field cannot show as it is (a leading tab, a line break, written by
/// hand) is what the file holds: the field shows it as saved, not as "Not saved yet", until the
/// user types in it.
#[test]
fn an_unedited_field_with_text_it_cannot_show_is_saved() {
    let t = T::on_questions();
    let mut a = t.disk();
    a.answers
        .insert("name".into(), Answer::Text("\tHelpdesk\nbot  ".into()));
    let q = questionnaire();
    let path = t.dir.path().join("b.toml");
    store::save(&path, &a, &q).unwrap();
    let mut t = T::start(|_| Start::Resume(path.clone()));
    apply(&mut t.app, Action::GoTo(Screen::Question(qi("name"))));
    let screen = t.render(100, 30);
    assert!(screen.contains("✓ Saved"), "{screen}");
    assert!(!screen.contains("Not saved yet"), "{screen}");
    // Typed in, it is an edit like any other.
    t.key(KeyCode::Char('e'));
    t.type_str("!");
    let screen = t.render(100, 30);
    assert!(screen.contains("Not saved yet"), "{screen}");
    assert_eq!(
        read_assessment(&path, &q).unwrap().answers["name"],
        Answer::Text("\tHelpdesk\nbot  ".into())
    );
}

/// A new-user pass: on a text question reached with Tab, the panel said "n adds one" while n
/// typed into the answer (letters type there; the footer said Ctrl+N). The panel names the key
/// that adds a note wherever it is shown.
#[test]
fn the_note_key_shown_is_the_one_that_adds_a_note() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Question(qi("name"))));
    assert!(!t.app.typing);
    let screen = t.render(100, 30);
    assert!(screen.contains("No note. Ctrl+N adds one."), "{screen}");
    // n types there...
    t.key(KeyCode::Char('n'));
    assert!(t.app.typing);
    assert!(t.field_text().ends_with('n'), "{}", t.field_text());
    // ...and on a question with options, n is the note.
    apply(&mut t.app, Action::GoTo(Screen::Question(qi("purpose"))));
    let screen = t.render(100, 30);
    assert!(screen.contains("No note. n adds one."), "{screen}");
    t.key(KeyCode::Char('n'));
    assert!(
        matches!(t.app.overlay, Overlay::Note { .. }),
        "{:?}",
        t.app.overlay
    );
}

/// A new-user pass: the sidebar showed "✓ Consequential 11/11" while an answer there still
/// needed its note (the review marked it "!"). A section is done only with its notes written.
#[test]
fn a_section_with_a_note_missing_is_not_done() {
    let mut t = T::example("loan-pre-approval.toml");
    let done = |t: &T| {
        t.render(120, 40)
            .lines()
            .any(|l| l.contains("✓ Consequential"))
    };
    assert!(done(&t), "{}", t.render(120, 40));
    // An answer there that needs a note, given without one.
    let s = t.app.session_mut().unwrap();
    s.set_answer("appeal", Some(Answer::Choice("none".into())))
        .unwrap();
    s.set_note("appeal", "").unwrap();
    t.app.refresh();
    let e = t.app.eval().unwrap();
    assert_eq!(e.notes_missing, ["appeal"]);
    assert!(e.unanswered.is_empty());
    assert!(!done(&t), "{}", t.render(120, 40));
}

/// A new-user pass saw a tier change and an undo cut off on the status line at 60 and at 100
/// columns. A message wraps to as many rows as it needs, up to four where the terminal has 24
/// rows or more (two below), and the last row says it was cut.
#[test]
fn a_long_status_message_is_shown_whole_where_there_is_room() {
    let mut t = T::on_questions();
    let text = "Restored the answer to \"Whom do the system's outputs act on or decide about, besides the people who use it?\": back to \"Members of the public who never use it (a person whose posts or records are scored)\". The tier is now medium (was high), because score 8 is in the medium band (medium from 8, high from 16).";
    t.app.message = Some(raia::tui::app::Message {
        text: text.into(),
        error: false,
    });
    let screen = t.render(100, 30);
    let shown: String = screen
        .lines()
        .map(|l| l.trim_matches(|c| c == '"' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(shown.contains("(medium from 8, high from 16)."), "{screen}");
    let small = t.render(60, 20);
    assert!(small.contains('…'), "{small}");
    assert!(!small.contains("high from 16)."), "{small}");
    // A change that adds questions, moves the tier, unticks an option and clears the filter
    // says what to do last: at 100x30 it is shown whole (a third trial saw it cut there), at
    // 80x24 it is cut on its fourth row.
    let long = "7 questions added, 2 hidden by this answer. The tier is now high (was medium), because Medical advice: a consequential decision, so at least high. Unticked \"None of these\": it does not go with \"Medical or health advice (symptoms, doses, treatment)\". All rows again: the change added a question to answer that is not in the filter.";
    t.app.message = Some(raia::tui::app::Message {
        text: long.into(),
        error: false,
    });
    let whole = status_text(&t.app, 100, 30);
    assert!(whole.ends_with("that is not in the filter."), "{whole}");
    let cut = status_text(&t.app, 80, 24);
    assert!(cut.ends_with('…'), "{cut}");
}

/// A new-user pass saw the open safeguards in one order on the wizard's result and in another
/// in plain mode's. Both now list the evaluation's gaps in its order: what the policy requires,
/// then what it says should be done, then recommendations, each by credit.
#[test]
fn the_result_lists_open_safeguards_in_the_order_plain_mode_does() {
    let t = T::example("cv-screener-auto-reject.toml");
    let e = t.app.eval().unwrap();
    assert!(e.gaps.len() > 3, "{:?}", e.gaps);
    let rows: Vec<&str> = t
        .app
        .result_rows()
        .into_iter()
        .filter(|s| s.is_gap())
        .map(|s| s.id.as_str())
        .collect();
    let gaps: Vec<&str> = e.gaps.iter().map(|g| g.as_str()).collect();
    assert_eq!(rows, gaps);
    // The policy's gaps, then the recommendations one of which must be in place (against
    // misuse, or to show a requirement met), then "should", then the rest.
    let guards = e.open_guards();
    let kind = |id: &str| {
        let s = e.safeguard(id).unwrap();
        (
            if s.is_policy_gap() {
                0
            } else if guards.contains_key(id) {
                1
            } else if s.is_should_gap() {
                2
            } else {
                3
            },
            std::cmp::Reverse(s.credit),
        )
    };
    assert!(
        gaps.windows(2).all(|w| kind(w[0]) <= kind(w[1])),
        "{gaps:?}"
    );
    assert!(
        gaps.iter().any(|g| kind(g).0 == 1),
        "a should gap: {gaps:?}"
    );
}

/// A new-user pass: the report asked for an owner and a target date beside each planned
/// safeguard and the wizard could not record them. p on the result does, beside the status.
#[test]
fn p_on_the_result_records_who_and_by_when() {
    let mut t = T::example("cv-screener-auto-reject.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let row = |t: &T, id: &str| t.app.result_rows().iter().position(|s| s.id == id).unwrap();
    // No status recorded yet: it says to set one first.
    t.app.cursor = row(&t, "appeal-path");
    assert!(!t.disk().safeguards.contains_key("appeal-path"));
    // The footer offers p only where it opens the plan (a later review typed a plan after p
    // here, and it ran as commands).
    assert!(!t.render(200, 40).contains("p plan"));
    t.key(KeyCode::Char('p'));
    assert!(t.app.overlay.is_none());
    let msg = t.app.message.clone().unwrap().text;
    assert!(
        msg.starts_with("Set the status of \"Appeal to a person\" first"),
        "{msg}"
    );
    // A plan recorded in the file is shown to edit, a comma in the owner kept.
    t.app.cursor = row(&t, "risk-assessment");
    assert!(t.render(200, 40).contains("p plan"));
    t.key(KeyCode::Char('p'));
    assert_eq!(
        t.app.overlay.field().unwrap().text(),
        "Marta Lind, Head of Talent Acquisition, 2025-09-30"
    );
    t.key(KeyCode::Esc);
    // Recorded missing: p opens the dialog; a bad date is refused and the dialog stays.
    t.app.cursor = row(&t, "human-review");
    t.key(KeyCode::Char('p'));
    assert!(
        matches!(t.app.overlay, Overlay::Plan { .. }),
        "{:?}",
        t.app.overlay
    );
    t.type_str("Dana Smith, 2026-02-30");
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.overlay, Overlay::Plan { .. }));
    let screen = t.render(120, 40);
    assert!(screen.contains("\"2026-02-30\" is not a date"), "{screen}");
    for _ in 0.."2026-02-30".len() {
        t.key(KeyCode::Backspace);
    }
    t.type_str("2099-03-31");
    t.key(KeyCode::Enter);
    assert!(t.app.overlay.is_none());
    assert_eq!(
        t.app.message.clone().unwrap().text,
        "The plan for \"Human review of adverse decisions\": Dana Smith, by 2099-03-31."
    );
    let plan = t.disk().plans["human-review"].clone();
    assert_eq!(
        (plan.owner.as_str(), plan.target.as_str()),
        ("Dana Smith", "2099-03-31")
    );
    t.app.cursor = row(&t, "human-review");
    assert!(
        t.render(120, 40)
            .contains("Plan: Dana Smith, by 2099-03-31")
    );
    // Undo takes it back, as any change.
    t.key(KeyCode::Char('u'));
    assert!(!t.disk().plans.contains_key("human-review"));
    // Esc leaves it as it was.
    t.app.cursor = row(&t, "human-review");
    t.key(KeyCode::Char('p'));
    t.type_str("Someone");
    t.key(KeyCode::Esc);
    assert!(t.app.overlay.is_none());
    assert!(!t.disk().plans.contains_key("human-review"));
}

/// The result screen of an example, filtered with `/` for `filter`, drawn `rows` high.
fn result_filtered(example: &str, filter: &str, rows: u16) -> String {
    let mut t = T::example(example);
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::Char('/'));
    t.type_str(filter);
    t.key(KeyCode::Enter);
    t.render(120, rows)
}

/// A hostile review: a filter on the result that matched nothing left "None is required for
/// this use." while twenty were.
#[test]
fn a_result_filter_that_matches_nothing_says_so() {
    let screen = result_filtered("cv-screener-auto-reject.toml", "Evaluatezz", 40);
    assert!(
        screen.contains("No safeguard holds \"Evaluatezz\"; Esc shows them all."),
        "{screen}"
    );
    assert!(
        !screen.contains("None is required for this use."),
        "{screen}"
    );
}

/// A review of the wizard: a filter on the result that matched only recommendations
/// ("Red-teaming") said "None is required for this use." beside twenty required safeguards.
#[test]
fn a_result_filter_that_hides_every_required_safeguard_says_so() {
    let screen = result_filtered("loan-pre-approval.toml", "Red-teaming", 60);
    assert!(screen.contains("Red-teaming"), "{screen}");
    // Wrapped in the panel: its first line, up to "Esc".
    assert!(
        screen.contains("No required safeguard holds \"Red-teaming\"; Esc"),
        "{screen}"
    );
    assert!(
        !screen.contains("None is required for this use."),
        "{screen}"
    );
}

/// A review filter that matches nothing says so rather than leave a blank panel (a new-user
/// review's `/unanswered` filter stayed on after the last answer).
#[test]
fn a_review_filter_that_matches_nothing_says_so() {
    let mut t = T::example("cv-screener-auto-reject.toml");
    apply(&mut t.app, Action::GoTo(Screen::Review));
    t.key(KeyCode::Char('/'));
    t.type_str("unanswered");
    t.key(KeyCode::Enter);
    let screen = t.render(80, 24);
    assert!(
        screen.contains("No row holds \"unanswered\"; Esc shows"),
        "{screen}"
    );
}

#[test]
fn typed_text_is_saved_after_a_pause_in_every_field() {
    let mut t = T::on_questions();
    // A detail, being typed: not left, only a pause.
    apply(
        &mut t.app,
        Action::GoTo(Screen::Detail(Detail::Organisation)),
    );
    t.key(KeyCode::Enter);
    t.type_str(" Corp");
    assert_eq!(t.disk().metadata.organisation, "Acme");
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.disk().metadata.organisation, "Acme Corp");
    // A short text answer.
    t.goto_edit("name");
    t.type_str("Dana");
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.disk().answers["name"], Answer::Text("Dana".into()));
    // A long one.
    t.goto_edit("story");
    t.type_str("First line");
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.disk().answers["story"], Answer::Text("First line".into()));
    // A date half typed is not valid yet: nothing is written, and nothing is said.
    t.goto_edit("launch");
    t.type_str("2026-0");
    apply(&mut t.app, Action::Idle);
    assert!(!t.disk().answers.contains_key("launch"));
    assert!(t.app.message.as_ref().is_none_or(|m| !m.error));
    t.type_str("3-31");
    apply(&mut t.app, Action::Idle);
    assert_eq!(
        t.disk().answers["launch"],
        Answer::Date("2026-03-31".into())
    );
    // The note popup too.
    t.key(KeyCode::Esc);
    t.ctrl('n');
    t.type_str("Set by the board");
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.disk().notes["launch"], "Set by the board");
}

/// Scripted input: the events, all "already waiting".
struct Script(std::collections::VecDeque<Event>);

impl raia::tui::input::EventSource for Script {
    fn poll(&mut self, _: std::time::Duration) -> std::io::Result<bool> {
        Ok(!self.0.is_empty())
    }
    fn read(&mut self) -> std::io::Result<Event> {
        self.0
            .pop_front()
            .ok_or_else(|| std::io::Error::other("no more events"))
    }
}

#[test]
fn every_waiting_event_is_applied_before_the_next_frame() {
    let mut t = T::on_questions();
    t.goto_edit("name");
    let burst: String = "abcdefghij".repeat(500);
    let mut events: std::collections::VecDeque<Event> = burst
        .chars()
        .map(|c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
        .collect();
    events.push_back(Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)));
    events.push_back(Event::Key(KeyEvent::new(
        KeyCode::Char('x'),
        KeyModifiers::NONE,
    )));
    let mut script = Script(events);
    let mut seen = 0;
    raia::tui::input::drain(
        &mut t.app,
        &mut script,
        Rect::new(0, 0, 100, 30),
        &mut |_| {
            seen += 1;
            false
        },
    )
    .unwrap();
    // The event loop writes what the frame shows once it is drawn.
    raia::tui::update::after_frame(&mut t.app);
    // One call, one frame: all 5,002 events, in order.
    assert_eq!(seen, 5002);
    assert!(script.0.is_empty());
    assert_eq!(t.disk().answers["name"], Answer::Text(burst));
    assert_eq!(t.app.screen, Screen::Question(qi("story")));
    assert_eq!(t.field_text(), "x");
}

#[test]
fn a_whole_number_above_two_to_the_53_is_refused_not_rounded() {
    let mut q = questionnaire().question("users").unwrap().clone();
    q.max = None;
    let err = raia::typed::parse_answer(&q, "9,007,199,254,740,993").unwrap_err();
    assert!(
        err.contains(
            "is beyond 2^53 (9007199254740992) in size, the largest whole number raia keeps exactly"
        ),
        "{err}"
    );
    assert_eq!(
        raia::typed::parse_answer(&q, "9007199254740992"),
        Ok(Some(Answer::Number(9_007_199_254_740_992.0)))
    );
}

#[test]
fn a_hand_edit_made_while_the_wizard_is_open_is_kept() {
    let mut t = T::on_questions();
    let q = questionnaire();
    // An editor changes the file behind the wizard's back.
    let mut edited = t.disk();
    edited
        .answers
        .insert("launch".into(), Answer::Date("2026-09-01".into()));
    store::save(&t.path(), &edited, &q).unwrap();
    // The next save (here the new position, on a jump) keeps it, and says so.
    t.goto("name");
    assert!(
        t.app.message.as_ref().unwrap().text.contains(
            "The file was changed meanwhile; took in the answer to \"When does it launch?\"."
        ),
        "{:?}",
        t.app.message
    );
    t.key(KeyCode::Enter);
    t.type_str("Dana");
    t.key(KeyCode::Enter);
    let a = t.disk();
    assert_eq!(a.answers["name"], Answer::Text("Dana".into()));
    assert_eq!(
        a.answers["launch"],
        Answer::Date("2026-09-01".into()),
        "the hand edit was lost"
    );
    // The same answer changed in both (typed here while an editor changed it there): the
    // file's value is kept, both values are named, and everything else goes on being saved.
    t.goto_edit("name");
    t.type_str(" Smith");
    let mut edited = t.disk();
    edited
        .answers
        .insert("name".into(), Answer::Text("Robin".into()));
    store::save(&t.path(), &edited, &q).unwrap();
    t.key(KeyCode::Enter);
    let m = t.app.message.clone().unwrap();
    assert!(m.error);
    assert!(
        m.text.contains(
            "the answer to \"Who owns the model?\" (here \"Dana Smith\", in the file \"Robin\")"
        ),
        "{}",
        m.text
    );
    assert!(
        m.text
            .starts_with("Ctrl+S puts yours back: a.toml was changed meanwhile too"),
        "{}",
        m.text
    );
    // Short enough that the two message lines hold the way out.
    assert!(t.render(100, 30).contains("Ctrl+S puts yours back"));
    assert_eq!(t.disk().answers["name"], Answer::Text("Robin".into()));
    // Later answers are saved meanwhile (new-user pass: they were all lost on quitting).
    let before = t.disk().answers.get("data").cloned();
    t.goto("data");
    t.key(KeyCode::Char('1'));
    assert_ne!(t.disk().answers.get("data").cloned(), before);
    // With no message of its own, the status line still says an item is held.
    t.app.message = None;
    assert!(
        status_text(&t.app, 120, 30).contains(
            "The file's value is kept for 1 item you changed here too; Ctrl+S puts yours back."
        ),
        "{}",
        t.render(120, 30)
    );
    let farewell = t.app.farewell().unwrap();
    assert!(
        farewell.contains("except that the file's value was kept for the answer to \"Who owns the model?\" (here \"Dana Smith\", in the file \"Robin\")"),
        "{farewell}"
    );
    // Ctrl+S keeps this session's version.
    t.ctrl('s');
    assert_eq!(t.disk().answers["name"], Answer::Text("Dana Smith".into()));
    assert!(
        t.app
            .farewell()
            .unwrap()
            .starts_with("Everything is saved in")
    );
}

/// The built-in questionnaire, parsed from its text.
fn builtin_questionnaire() -> Questionnaire {
    parse_questionnaire(
        raia::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
        raia::questionnaire::DEFAULT_QUESTIONNAIRE,
    )
    .unwrap()
}

#[path = "../benches/support/mod.rs"]
mod support;

/// The text of one line of a panel.
fn line_text(line: &ratatui::text::Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// Long lists (the review of every question, the result's safeguards) lay out only the rows in
/// view: at every cursor position and scroll, in wide and narrow terminals, each row in view
/// is drawn, with its own text.
#[test]
fn long_lists_draw_every_row_in_view() {
    let q = support::questionnaire(400);
    let a = support::assessment(&q);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, a.to_toml(&q)).unwrap();
    let mut app = App::new(Options {
        questionnaire: q.clone(),
        templates: Templates::builtin().unwrap(),
        start: Start::Resume(path),
        no_color: false,
        drafts_dir: None,
        palette: raia::tui::theme::Palette::Default,
    })
    .unwrap();
    for (w, h) in [(120, 40), (64, 24)] {
        apply(&mut app, Action::Resize(w, h));
        for screen in [Screen::Review, Screen::Result] {
            apply(&mut app, Action::GoTo(screen));
            let n = app.row_count();
            assert!(n >= 40, "{screen:?} has {n} rows");
            for cursor in [0, 1, 17, n / 2, n - 2, n - 1] {
                for scroll in [None, Some(0), Some(7), Some(n / 3), Some(10 * n)] {
                    app.cursor = cursor;
                    app.scroll = scroll;
                    let (inner, c) = view::main_panel(&app, Rect::new(0, 0, w, h));
                    let height = inner.height as usize;
                    let top = c.scroll(height);
                    let mut rows_in_view = 0;
                    for (row, &(start, end)) in c.items.iter().enumerate() {
                        let shown = start.max(top)..end.min(top + height);
                        rows_in_view += usize::from(!shown.is_empty());
                        for line in shown {
                            let text = line_text(&c.lines[line]);
                            assert!(
                                !text.trim().is_empty(),
                                "{screen:?} {w}x{h}, cursor {cursor}, scroll {scroll:?}: row {row} line {line} is blank"
                            );
                        }
                        // The row's first line names what it is about.
                        if (start..end).contains(&top.max(start))
                            && start >= top
                            && start < top + height
                        {
                            let text = line_text(&c.lines[start]);
                            let expected = match (screen, app.review_items().get(row)) {
                                (Screen::Review, Some(ReviewItem::Question(qi))) => {
                                    q.questions[*qi].prompt.chars().take(12).collect::<String>()
                                }
                                (Screen::Review, _) => continue,
                                _ => app.result_rows()[row].title.chars().take(12).collect(),
                            };
                            assert!(
                                text.contains(&expected),
                                "{screen:?} {w}x{h}, cursor {cursor}: row {row} reads {text:?}, not {expected:?}"
                            );
                        }
                    }
                    if scroll.is_none() {
                        let (start, end) = c.items[cursor];
                        assert!(
                            start < top + height && end > top,
                            "{screen:?} {w}x{h}: the cursor's row {cursor} is out of view"
                        );
                        assert!(rows_in_view > 0);
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------- one flow, two modes

/// Issue 8: the wizard and plain mode, fed the same answers, write the same file. The script:
/// the six details (two optional ones left blank), a single choice, a yes/no that shows a
/// further question, an answer that needs a note and its note, an optional text, then on to
/// the result. The files are compared byte for byte, except the `updated` line: each mode
/// writes today's date at every save, and the two runs may straddle midnight.
#[test]
fn the_wizard_and_plain_mode_write_the_same_file_for_the_same_answers() {
    let q = common::docs_example();
    let details = [
        "CV screener",
        "Ranks job applicants",
        "",
        "Talent team",
        "Alex",
        "",
    ];
    let note = "Nobody has time to review";

    // The wizard, by keys.
    let mut t = T::start_q(q.clone(), |d| Start::New(Some(d.join("a.toml"))), false);
    for v in details {
        t.type_str(v);
        t.key(KeyCode::Enter);
    }
    assert_eq!(t.app.screen, Screen::Question(0), "the details lead on");
    // Option 2 of the voice question; yes to hiring, which shows the role question.
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Enter);
    let role = q.question_index("role").unwrap();
    assert_eq!(
        t.app.screen,
        Screen::Question(role),
        "{}",
        t.render(100, 30)
    );
    // "Decides" needs a note: Enter opens it, and goes on once it is written.
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Question(role));
    assert!(matches!(t.app.overlay, Overlay::Note { .. }));
    t.type_str(note);
    t.key(KeyCode::Tab);
    assert!(t.app.overlay.is_none(), "{}", t.render(100, 30));
    t.key(KeyCode::Enter);
    let owner = q.question_index("owner").unwrap();
    assert_eq!(
        t.app.screen,
        Screen::Question(owner),
        "{}",
        t.render(100, 30)
    );
    t.type_str("Dana Smith");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Review);
    t.key(KeyCode::Tab);
    assert_eq!(t.app.screen, Screen::Result);
    apply(&mut t.app, Action::Quit);
    let wizard = std::fs::read_to_string(t.path()).unwrap();

    // Plain mode, by lines: the same answers, typed as plain mode asks for them.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    let s = raia::session::Session::new(q.clone(), Some(path.clone()), None);
    let input = format!("{}\n2\ny\n2\n{note}\nDana Smith\n\n", details.join("\n"));
    let mut out = Vec::new();
    raia::plain::run(s, &mut std::io::Cursor::new(input), &mut out).unwrap();
    let plain = std::fs::read_to_string(&path).unwrap();

    let without_updated = |s: &str| {
        s.lines()
            .filter(|l| !l.starts_with("updated = "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        without_updated(&wizard),
        without_updated(&plain),
        "plain mode said:\n{}",
        String::from_utf8_lossy(&out)
    );
    // And the file holds what was typed, so the equality is not of two empty files.
    let a = read_assessment(&path, &q).unwrap();
    assert_eq!(a.notes["role"], note);
    assert_eq!(a.answers["owner"], Answer::Text("Dana Smith".into()));
    assert_eq!(a.wizard.position, "result");
    assert!(raia::engine::evaluate(&q, &a).complete);
}

/// Issue 8: `update` changes the state only and returns the I/O it calls for; nothing reaches
/// the disk until the event loop runs the effects.
#[test]
fn update_does_no_io_and_returns_the_effects_the_loop_carries_out() {
    let mut t = T::on_questions();
    let before = std::fs::read(t.path()).unwrap();
    let fx = update(&mut t.app, Action::Choose(1));
    assert_eq!(
        fx,
        [Effect::Save {
            keep_mine: false,
            announce: false
        }]
    );
    assert_eq!(
        std::fs::read(t.path()).unwrap(),
        before,
        "nothing written yet"
    );
    // The answer is in memory, and the views show it already.
    assert_eq!(
        t.app.session().unwrap().assessment.answers["purpose"],
        Answer::Choice("screen".into())
    );
    raia::tui::effects::run(&mut t.app, fx);
    assert_eq!(t.disk().answers["purpose"], Answer::Choice("screen".into()));

    // A move that changes nothing asks for nothing.
    assert!(update(&mut t.app, Action::Down).is_empty());

    // Writing reports is an effect too: no report exists until it runs.
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let fx = update(&mut t.app, Action::Write);
    assert_eq!(fx, [Effect::WriteReports { replace: None }]);
    assert!(!t.dir.path().join("a.report.md").exists());
    raia::tui::effects::run(&mut t.app, fx);
    assert!(t.dir.path().join("a.report.md").exists());

    // Ctrl+S is a save that says where it wrote.
    let fx = update(&mut t.app, Action::Save);
    assert_eq!(
        fx,
        [Effect::Save {
            keep_mine: false,
            announce: true
        }]
    );

    // The open-file box reads the file system only through effects: Tab completes, Enter
    // opens what is there.
    let mut home = T::start(|_| Start::Home);
    apply(&mut home.app, Action::Open);
    let other = t.copy_of_file();
    for c in other.display().to_string().chars() {
        apply(
            &mut home.app,
            Action::Edit(raia::tui::textbox::Input {
                key: raia::tui::textbox::Key::Char(c),
                ..Default::default()
            }),
        );
    }
    assert_eq!(update(&mut home.app, Action::Next), [Effect::CompletePath]);
    let fx = update(&mut home.app, Action::Confirm);
    assert_eq!(fx, [Effect::OpenTyped(other.display().to_string())]);
    assert!(home.app.session().is_none(), "nothing opened yet");
    raia::tui::effects::run(&mut home.app, fx);
    assert_eq!(
        home.app.session().and_then(|s| s.path.clone()),
        Some(other.clone())
    );
}

/// Issue 8: home and editing are one state, so a session never exists without its evaluation.
#[test]
fn home_and_editing_are_one_state() {
    let mut t = T::start(|_| Start::Home);
    assert!(matches!(t.app.state, raia::tui::app::State::Home));
    assert!(t.app.session().is_none() && t.app.eval().is_none());
    t.key(KeyCode::Char('n'));
    let raia::tui::app::State::Editing(ed) = &t.app.state else {
        panic!("n starts a new assessment");
    };
    assert_eq!(ed.eval, ed.session.evaluate());
    assert_eq!(t.app.screen, Screen::Detail(Detail::System));
}

/// Issue 11, point 14: redo is the wizard's own (U in lists, Ctrl+R anywhere), never the text
/// box's history; a new change ends what can be redone; Ctrl+Y pastes what Ctrl+W deleted, as
/// in a shell, and undo takes that edit back like any other.
#[test]
fn redo_is_our_own_and_ctrl_y_pastes_what_was_deleted() {
    let mut t = T::on_questions();
    t.ctrl('r');
    let said = t.app.message.clone().unwrap().text;
    assert!(said.contains("Nothing to redo"), "{said}");
    t.goto("data");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char('2'));
    let two = t.disk().answers.get("data").cloned();
    t.key(KeyCode::Char('u'));
    assert_ne!(t.disk().answers.get("data"), two.as_ref());
    t.key(KeyCode::Char('U'));
    assert_eq!(t.disk().answers.get("data"), two.as_ref(), "redo is saved");
    let said = t.app.message.clone().unwrap().text;
    assert!(
        said.starts_with("Redone: \"Which data does it use?\" is now"),
        "{said}"
    );

    // While typing: Ctrl+W deletes a word, Ctrl+Y puts it back.
    t.goto_edit("name");
    t.type_str("Talent ML");
    t.ctrl('w');
    assert_eq!(t.field_text(), "Talent ");
    t.ctrl('y');
    assert_eq!(t.field_text(), "Talent ML");
    t.key(KeyCode::Enter);
    assert_eq!(t.disk().answers["name"], Answer::Text("Talent ML".into()));
    // Undo takes back the whole edit; Ctrl+R, even while typing, makes it again.
    t.goto_edit("name");
    t.ctrl('_');
    assert_eq!(t.disk().answers.get("name"), None);
    assert!(matches!(t.app.mode(), Mode::Typing { .. }));
    t.ctrl('r');
    assert_eq!(t.disk().answers["name"], Answer::Text("Talent ML".into()));
    assert_eq!(t.field_text(), "Talent ML");
    // A new change after an undo leaves nothing to redo.
    t.ctrl('_');
    t.type_str("Ops");
    t.key(KeyCode::Enter);
    t.goto_edit("name");
    t.ctrl('r');
    assert_eq!(t.disk().answers["name"], Answer::Text("Ops".into()));
    let said = t.app.message.clone().unwrap().text;
    assert!(said.contains("Nothing to redo"), "{said}");
}

/// Issue 11, point 15: text is cut with an ellipsis, never silently. The text box cut an empty
/// field's placeholder at the edge without a mark; now a wrapping field wraps it and a one-line
/// field ends it with "…". The description, one paragraph wrapped over several rows, never
/// starts a row with the space it wrapped at.
#[test]
fn placeholders_are_wrapped_or_cut_with_an_ellipsis() {
    let long = "e.g. Summarises internal policy documents for the support team and drafts replies";
    let fixture = FIXTURE
        .replace(
            "placeholder = \"a team or a person\"",
            &format!("placeholder = \"{long}\""),
        )
        .replace(
            "prompt = \"Describe a typical use.\"",
            &format!("prompt = \"Describe a typical use.\"\nplaceholder = \"{long}\""),
        );
    let mut t = T::start_q(
        parse_questionnaire("wizard.toml", &fixture).unwrap(),
        |d| Start::New(Some(d.join("a.toml"))),
        false,
    );
    t.fill_metadata();
    t.goto_edit("name");
    let text = main_panel_rows(&t.app, 80, 24).join("\n");
    assert!(text.contains("e.g. Summarises internal"), "{text}");
    let row = text
        .lines()
        .find(|l| l.contains("e.g. Summarises"))
        .unwrap();
    assert!(
        row.contains('…'),
        "a one-line field cuts with an ellipsis: {row}"
    );
    t.goto_edit("story");
    let text = main_panel_rows(&t.app, 80, 24).join("\n");
    assert!(
        text.contains("drafts replies"),
        "a long text shows it all, wrapped:\n{text}"
    );
    // Blank lines are text: once Enter is typed the placeholder gives way, so the caret and
    // what will be saved are in view (a new user typed three unseen blank lines).
    t.key(KeyCode::Enter);
    t.key(KeyCode::Enter);
    let text = main_panel_rows(&t.app, 80, 24).join("\n");
    assert!(!text.contains("drafts replies"), "{text}");
    t.key(KeyCode::Backspace);
    t.key(KeyCode::Backspace);
    let text = main_panel_rows(&t.app, 80, 24).join("\n");
    assert!(text.contains("drafts replies"), "empty again:\n{text}");

    // The description wraps at a space without starting the next row with it.
    apply(
        &mut t.app,
        Action::GoTo(Screen::Detail(Detail::Description)),
    );
    t.key(KeyCode::Char('e'));
    for _ in 0..40 {
        t.key(KeyCode::Backspace);
    }
    t.type_str(
        "Decides which patients are seen first in the emergency department of a large hospital",
    );
    for w in [80, 100, 120] {
        let screen = t.render(w, 30);
        for line in screen.lines().filter(|l| l.contains("│││")) {
            let inside = line.split("│││").nth(1).unwrap_or("");
            let row = inside.split('│').next().unwrap_or("");
            assert!(
                !row.starts_with(' ') || row.trim().is_empty(),
                "{w}: a row starts with a space: {line}\n{screen}"
            );
        }
    }
}

/// Issue 8: the layout is computed once per frame and kept for hit-testing, so a click means
/// what was on screen, even when keys typed since (before the next frame) changed the state.
#[test]
fn a_click_is_tested_against_the_layout_that_was_drawn() {
    let mut t = T::on_questions();
    apply(&mut t.app, Action::GoTo(Screen::Review));
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut drawn = None;
    term.draw(|f| drawn = view::draw(&t.app, f)).unwrap();
    let drawn = drawn.expect("a flow screen reports its layout");
    let strip = drawn
        .areas
        .side
        .expect("at 80x24 the review has the result strip");
    t.app.drawn = Some(drawn);
    // Keys read before the next frame: the details screen has no strip, so its main panel
    // would reach down over where the strip was drawn.
    apply(&mut t.app, Action::GoTo(Screen::Detail(Detail::Contact)));
    let area = Rect::new(0, 0, 80, 24);
    let (x, y) = (strip.x + 4, strip.y + 2);
    let now = view::areas(&t.app, area);
    assert!(now.main.contains(ratatui::layout::Position::new(x, y)));
    // The click lands on the strip the user saw, which does nothing.
    assert_eq!(view::hit_test(&t.app, area, x, y), None);
    // Laid out afresh, the same click would have chosen a row the user never saw there.
    t.app.drawn = None;
    assert!(matches!(
        view::hit_test(&t.app, area, x, y),
        Some(Action::Activate(_))
    ));
}

#[test]
fn home_names_every_layer_of_an_overlay() {
    let base = questionnaire();
    let overlay = "[questionnaire]\nid = \"team\"\nversion = \"3\"\ntitle = \"Team rules\"\nextends = \"wizard-fixture@1\"\n\n[[section]]\nid = \"team\"\ntitle = \"Team\"\n\n[[question]]\nid = \"team-ticket\"\nsection = \"team\"\ntype = \"text\"\nprompt = \"Ticket?\"\noptional = true\n";
    let overlay = overlay.replace("wizard-fixture@1", &format!("{}@{}", base.id, base.version));
    let q = raia::questionnaire::apply_overlay(base, "team.toml", &overlay).unwrap();
    let app = App::new(Options {
        questionnaire: q.clone(),
        templates: Templates::builtin().unwrap(),
        start: Start::Home,
        no_color: false,
        palette: raia::tui::theme::Palette::Default,
        drafts_dir: None,
    })
    .unwrap();
    let screen = render_app(&app, 120, 40);
    assert!(
        screen.contains("Questionnaire: team 3 (team.toml)"),
        "{screen}"
    );
    assert!(
        screen.contains(&format!(
            "Layers: {} ({} {}), then Team rules (team 3)",
            q.layers[0].title, q.layers[0].id, q.layers[0].version
        )),
        "{screen}"
    );
}

/// Issue 11, point 15: a one-line field scrolled sideways marks the cut end with "…", as every
/// cut text does (a long path in the open-file box showed its tail with nothing before it).
#[test]
fn a_long_path_in_a_one_line_field_shows_where_it_is_cut() {
    let mut t = T::start(|_| Start::Home);
    t.key(KeyCode::Char('o'));
    assert!(matches!(t.app.overlay, Overlay::OpenFile { .. }));
    let long = format!(
        "/tmp/{}/assessment.toml",
        "a-folder-with-a-long-name/".repeat(5)
    );
    t.type_str(&long);
    let screen = t.render(80, 24);
    let row = screen
        .lines()
        .find(|l| l.contains("assessment.toml"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(row.contains("││…"), "the start is cut, and says so: {row}");
    // Back at the start of the path, the end is the cut one.
    t.key(KeyCode::Home);
    let screen = t.render(80, 24);
    let row = screen
        .lines()
        .find(|l| l.contains("/tmp/a-folder"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(row.contains("…│"), "the end is cut, and says so: {row}");
}

/// Issue 10: the result step records a sign-off as `raia sign` does: the same rules (an
/// incomplete assessment cannot be approved) and the same entry, naming the questionnaire
/// version and hash, written through the same writer.
#[test]
fn the_result_step_records_a_sign_off_as_raia_sign_does() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    assert!(
        t.render(100, 30).contains("s sign off"),
        "{}",
        t.render(100, 30)
    );
    t.key(KeyCode::Char('s'));
    assert!(matches!(t.app.overlay, Overlay::SignOff { .. }));
    let screen = t.render(100, 30);
    for shown in [
        "Record a sign-off",
        "Who signs off, with their role after a comma",
        "Decision: approved [changes requested] rejected",
        "Tab changes the decision; Enter asks what must change; Esc cancels.",
    ] {
        assert!(screen.contains(shown), "{shown}\n{screen}");
    }
    t.type_str("Dana Reviewer, Risk officer");
    // Tab twice: rejected, then approved, which the rules refuse for an incomplete assessment.
    t.key(KeyCode::Tab);
    t.key(KeyCode::Tab);
    assert!(
        t.render(100, 30).contains("[approved]"),
        "{}",
        t.render(100, 30)
    );
    t.key(KeyCode::Enter);
    assert!(
        matches!(t.app.overlay, Overlay::SignOff { .. }),
        "still open"
    );
    let screen = t.render(100, 30);
    assert!(
        screen.contains("Not signed: the assessment is incomplete"),
        "{screen}"
    );
    assert!(t.disk().signoff.is_empty());
    // Changes requested asks what must change first (a new-user review: the gate said "change
    // what was asked for" and nothing recorded what); Esc goes back to who signs, as typed.
    t.key(KeyCode::Tab);
    t.key(KeyCode::Enter);
    let screen = t.render(100, 30);
    assert!(
        screen.contains("Changes requested: what must change, in Dana Reviewer's words"),
        "{screen}"
    );
    assert!(t.disk().signoff.is_empty());
    t.key(KeyCode::Esc);
    assert!(
        t.render(100, 30).contains("Dana Reviewer, Risk officer"),
        "{}",
        t.render(100, 30)
    );
    t.key(KeyCode::Enter);
    t.type_str("Name who reviews appeals");
    t.key(KeyCode::Enter);
    assert!(t.app.overlay.is_none());
    let disk = t.disk();
    assert_eq!(disk.signoff.len(), 1);
    assert_eq!(disk.signoff[0].comment, "Name who reviews appeals");
    let s = &disk.signoff[0];
    assert_eq!(
        (
            s.name.as_str(),
            s.role.as_str(),
            s.decision.map(|d| d.name())
        ),
        ("Dana Reviewer", "Risk officer", Some("changes-requested"))
    );
    assert_eq!(s.questionnaire_version, t.q.version);
    assert_eq!(s.questionnaire_hash, t.q.content_hash);
    assert!(
        s.is_current(&disk.signoff_hashes(&t.q)),
        "it approves the answers on disk"
    );
    let text = std::fs::read_to_string(t.path()).unwrap();
    assert!(
        text.contains(&format!(
            "[[signoff]]\nname = \"Dana Reviewer\"\nrole = \"Risk officer\"\ndate = \"{}\"\ndecision = \"changes-requested\"\ncomment = \"Name who reviews appeals\"\n",
            s.date
        )),
        "{text}"
    );
    assert!(
        t.render(100, 30)
            .contains("Signed: changes requested by Dana Reviewer"),
        "{}",
        t.render(100, 30)
    );
    // A sign-off made by mistake is taken back like any change (a new-user pass): u removes it
    // from the file, and U records it again, date and hash as they were.
    let hash_signed = t.disk().questionnaire.hash.clone();
    t.key(KeyCode::Char('u'));
    assert!(t.disk().signoff.is_empty(), "undo takes the sign-off back");
    let screen = t.render(100, 30);
    assert!(
        screen.contains(
            "Undone: the sign-off by Dana Reviewer (Risk officer), changes requested, is taken back"
        ),
        "{screen}"
    );
    t.key(KeyCode::Char('U'));
    let again = t.disk();
    assert_eq!(again.signoff, disk.signoff, "redo records the same entry");
    assert_eq!(again.questionnaire.hash, hash_signed);
    let screen = t.render(100, 30);
    assert!(
        screen.contains("Redone: the sign-off by Dana Reviewer (Risk officer), changes requested, is recorded again"),
        "{screen}"
    );
}

/// The live panel heads the prohibitions raised as a concern with the words plain mode uses
/// (`explain::CONCERNS`, or `CONCERNS_GUARDED` where a safeguard in place guards them); the two
/// modes used to word it differently.
#[test]
fn the_live_panel_names_possible_misuse_as_plain_mode_does() {
    let q = builtin_questionnaire();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tutor.toml");
    std::fs::copy("examples/homework-helper-children.toml", &file).unwrap();
    let mut t = T::start_q(q, |_| Start::Resume(file.clone()), false);
    apply(&mut t.app, Action::GoTo(Screen::Question(0)));
    let frame = t.render(140, 50);
    assert!(
        frame.contains(&format!("{}:", raia::explain::CONCERNS_GUARDED)),
        "{frame}"
    );
    assert!(frame.contains("Harm or abuse of minors"), "{frame}");
    assert!(!frame.contains("Concerns to guard against"), "{frame}");
}

/// Issue 11, point 3, as a new user met it: on a text answer reached by a move key (waiting
/// for e), typing "roughly u..." went to the review on r and undid an answer on u. Now r, u
/// and q type there; after Esc, letters are commands again, as the footer then says.
#[test]
fn typing_into_a_waiting_text_field_never_leaves_or_undoes() {
    let mut t = T::on_questions();
    let name = qi("name");
    apply(&mut t.app, Action::GoTo(Screen::Question(name)));
    assert_eq!(t.app.mode(), Mode::Commands);
    let before = t.disk();
    t.type_str("roughly quiet undo");
    assert_eq!(t.app.screen, Screen::Question(name));
    assert!(matches!(t.app.mode(), Mode::Typing { .. }));
    assert_eq!(
        t.app.field.as_ref().map(|f| f.text()),
        Some("roughly quiet undo".to_string())
    );
    assert_eq!(t.disk().answers, before.answers, "nothing undone");
    t.key(KeyCode::Esc);
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(keys::map_key(&t.app, q), Some(Action::Quit));
    let r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::NONE);
    assert_eq!(keys::map_key(&t.app, r), Some(Action::Review));
    assert!(t.render(100, 30).contains("q quit"));
    // Esc on a field waiting for e (reached from the sidebar, nothing typed) switches to
    // commands too: a new user's `r` then went into the answer and was saved.
    apply(&mut t.app, Action::GoTo(Screen::Question(qi("story"))));
    apply(&mut t.app, Action::GoTo(Screen::Question(name)));
    assert_eq!(keys::map_key(&t.app, r), Some(Action::EditHint));
    let before = t.disk();
    t.key(KeyCode::Esc);
    t.key(KeyCode::Char('r'));
    assert_eq!(t.app.screen, Screen::Review);
    assert_eq!(
        t.disk().answers,
        before.answers,
        "nothing typed into the answer"
    );
}

/// Issue 11, point 12, as a new user met it: at 100x30 the second safeguard the policy requires
/// was sixth, below ones already in place. What to act on comes first.
#[test]
fn the_result_lists_what_to_act_on_before_what_holds() {
    let q = builtin_questionnaire();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("loan.toml");
    // The loan example with bias testing (a policy "must", after human review in the
    // questionnaire) recorded missing: it comes before the earlier ones in place.
    let text = std::fs::read_to_string("examples/loan-pre-approval.toml").unwrap()
        + "\n[safeguards.bias-testing]\nstatus = \"missing\"\n";
    std::fs::write(&file, &text).unwrap();
    let mut t = T::start_q(q, |_| Start::Resume(file.clone()), false);
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let rows = t.app.result_rows();
    let rank =
        |s: &raia::engine::SafeguardResult| u8::from(!(s.is_contradicted() || s.is_policy_gap()));
    assert!(rows.iter().any(|s| rank(s) == 0), "a policy gap to act on");
    let required: Vec<_> = rows.iter().filter(|s| s.required).collect();
    assert_eq!(
        required.first().map(|s| s.id.as_str()),
        Some("bias-testing")
    );
    assert!(
        required.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{:?}",
        required.iter().map(|s| &s.id).collect::<Vec<_>>()
    );
}

/// A new user's description scrolled its first rows out of a three-row box with ten empty rows
/// below, and ↑ jumped to the field above instead of the row above. The box now takes the rows
/// its text needs, ↑↓ move by row inside it first, and rows out of sight are marked.
#[test]
fn the_description_grows_with_its_text_and_arrows_move_inside_it() {
    let mut t = T::on_questions();
    apply(
        &mut t.app,
        Action::GoTo(Screen::Detail(Detail::Description)),
    );
    t.key(KeyCode::Char('e'));
    let words = "Scores loan applications and recommends an outcome to a credit officer, who decides. It never writes to applicants. It never sets prices. Officers see the top three reasons.";
    t.type_str(words);
    let screen = t.render(100, 30);
    for w in ["Scores", "recommends", "decides.", "prices.", "reasons."] {
        assert!(screen.contains(w), "{w} is in view:\n{screen}");
    }
    assert!(!screen.contains("▲ more"), "{screen}");
    // ↑ moves up a row inside the description, not to the field above.
    let (_, col_before) = t.app.field.as_ref().unwrap().editor.cursor();
    t.key(KeyCode::Up);
    assert_eq!(t.app.screen, Screen::Detail(Detail::Description));
    let (_, col_after) = t.app.field.as_ref().unwrap().editor.cursor();
    assert!(col_after < col_before, "the caret went up a row");
    // Text taller than the largest box: the rows out of sight are marked on its border.
    t.key(KeyCode::End);
    t.type_str(&format!(" {words} {words} {words}"));
    let long = t.render(100, 30);
    assert!(long.contains(" ▲ more ┐"), "{long}");
}

/// A new user typed part of a folder in the export path box and pressed Tab, expecting
/// completion: the box closed and saved the half-typed path. Tab completes, as in the
/// open-file box.
#[test]
fn tab_completes_an_export_path_instead_of_saving_half_of_it() {
    let mut t = T::on_questions();
    std::fs::create_dir_all(t.dir.path().join("outbox")).unwrap();
    apply(&mut t.app, Action::GoTo(Screen::Export));
    t.key(KeyCode::Enter);
    let len = t.app.overlay.field().unwrap().text().chars().count();
    for _ in 0..len {
        t.key(KeyCode::Backspace);
    }
    t.type_str(&format!("{}/outb", t.dir.path().display()));
    t.key(KeyCode::Tab);
    assert!(
        matches!(t.app.overlay, Overlay::ExportPath { .. }),
        "Tab did not close the box"
    );
    assert_eq!(
        t.app.overlay.field().unwrap().text(),
        format!("{}/outbox/", t.dir.path().display())
    );
}

/// A placeholder typed as a text answer is saved as typed, and the question screen says it
/// does not count, as the progress (which no longer rises for it) and the result count it.
#[test]
fn a_placeholder_answer_is_saved_and_said_not_to_count() {
    let mut t = T::on_questions();
    let progress = |t: &T| {
        let screen = t.render(300, 40);
        let line = screen
            .lines()
            .find(|l| l.contains(" Progress "))
            .unwrap()
            .to_string();
        line.split_whitespace()
            .find(|w| w.contains('/'))
            .unwrap()
            .to_string()
    };
    let before = progress(&t);
    t.goto_edit("name");
    t.type_str("n/a");
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.disk().answers["name"], Answer::Text("n/a".into()));
    let screen = t.render(300, 40);
    assert!(screen.contains("✓ Saved"), "{screen}");
    assert!(
        screen.contains(raia::explain::PLACEHOLDER_ANSWER),
        "{screen}"
    );
    assert_eq!(progress(&t), before, "a placeholder is not an answer");
    // The review lists it as open, with what was typed.
    t.key(KeyCode::Esc);
    apply(&mut t.app, Action::GoTo(Screen::Review));
    let review = t.render(300, 40);
    assert!(
        review.contains("unanswered: \"n/a\" does not count"),
        "{review}"
    );
    t.goto_edit("name");
    t.key(KeyCode::End);
    // A real answer counts, and is not told off.
    for _ in 0..3 {
        t.key(KeyCode::Backspace);
    }
    t.type_str("Dana");
    apply(&mut t.app, Action::Idle);
    let screen = t.render(300, 40);
    assert!(!screen.contains(raia::explain::PLACEHOLDER_ANSWER));
    assert_ne!(progress(&t), before);
}

/// New-user pass: approving in the wizard an assessment with safeguards the policy requires
/// still missing said nothing of them, where `raia sign` notes them. The wizard says it too.
#[test]
fn approving_with_policy_gaps_in_the_wizard_says_so_as_raia_sign_does() {
    let mut t = T::example("cv-screener-auto-reject.toml");
    let gaps = t
        .app
        .eval()
        .unwrap()
        .safeguards
        .iter()
        .filter(|s| s.is_policy_gap())
        .count();
    assert!(gaps > 1, "the example has policy gaps");
    t.approve_on_the_result("Pat Approver, CISO");
    let s = t.disk().signoff;
    assert_eq!(
        s.last().and_then(|s| s.decision.map(|d| d.name())),
        Some("approved")
    );
    let screen = t.render(200, 30);
    assert!(
        screen.contains(&format!(
            "Approved while {gaps} safeguards the policy requires are not in place (the report lists them)."
        )),
        "{screen}"
    );
    // The result shows the approval, and that it holds; once an answer changes, that it is
    // stale (the new-user pass found no sign-off ever shown in the wizard).
    let date = t.disk().signoff.last().unwrap().date.clone();
    apply(&mut t.app, Action::Last);
    let text = main_panel_rows(&t.app, 120, 40).join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(&format!(
            "Sign-off: approved by Pat Approver, {date}, with {gaps} safeguards the policy requires not in place; it holds for these answers."
        )),
        "{text}"
    );
    t.goto("intended-use");
    t.key(KeyCode::Char('e'));
    t.type_str(" Also ranks internal transfers.");
    t.key(KeyCode::Tab);
    apply(&mut t.app, Action::GoTo(Screen::Result));
    apply(&mut t.app, Action::Last);
    let text = main_panel_rows(&t.app, 120, 40).join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(&format!(
            "Sign-off: STALE: approved by Pat Approver, {date}; what it covered has changed since"
        )),
        "{text}"
    );
}

/// New-user pass: a file answered against another text of the questionnaire opened with no
/// notice; a save bound it to the text in use, yet the sign dialog kept refusing an approval as
/// bound to another text until the wizard was restarted.
#[test]
fn a_file_bound_to_another_text_says_so_on_opening_and_can_be_signed_once_saved() {
    let q = builtin_questionnaire();
    let hash = q.content_hash.clone();
    let mut t = T::start_q(
        q,
        |d| {
            let text = std::fs::read_to_string("examples/internal-doc-summariser.toml")
                .unwrap()
                .replace(&hash, &"0".repeat(64));
            std::fs::write(d.join("a.toml"), text).unwrap();
            Start::Resume(d.join("a.toml"))
        },
        false,
    );
    let screen = t.render(200, 30);
    assert!(
        screen.contains("Its answers were given against another text of the questionnaire"),
        "{screen}"
    );
    assert!(
        screen.contains("then press Ctrl+S to bind them"),
        "{screen}"
    );
    // Moving and changing an answer save the file, but do not bind it: that is the user's
    // word (new-user pass: moving between steps rebound a file and silenced the gate).
    let old = t.disk().questionnaire.hash;
    assert_ne!(old, t.q.content_hash);
    t.goto("limitations");
    t.key(KeyCode::Char('e'));
    t.type_str(" Checked again.");
    t.key(KeyCode::Tab);
    raia::tui::update::after_frame(&mut t.app);
    apply(&mut t.app, Action::GoTo(Screen::Review));
    assert!(matches!(
        &t.disk().answers["limitations"],
        Answer::Text(x) if x.contains("Checked again.")
    ));
    assert_eq!(t.disk().questionnaire.hash, old);
    // The result keeps saying so until it is bound (new-user pass, third round).
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let not_bound = "Not bound to the questionnaire text in use: check the answers, then press";
    let words = |t: &T| {
        main_panel_rows(&t.app, 120, 40)
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(words(&t).contains(not_bound), "{}", words(&t));
    // Ctrl+S binds it, and says so; the session knows it at once.
    t.ctrl('s');
    assert!(!words(&t).contains(not_bound), "{}", words(&t));
    assert_eq!(t.disk().questionnaire.hash, t.q.content_hash);
    let said = t.app.message.clone().unwrap().text;
    assert!(
        said.contains("now bound to the questionnaire text in use"),
        "{said}"
    );
    t.approve_on_the_result("Pat Approver");
    assert_eq!(
        t.disk()
            .signoff
            .last()
            .and_then(|s| s.decision.map(|d| d.name())),
        Some("approved")
    );
}

/// New-user pass: with two contradictions held, the result opened at 80x24 with the tier
/// scrolled out of view (the first safeguard row was kept in view below a long header). The
/// verdict line stays on the top row.
#[test]
fn the_result_keeps_the_tier_in_view_under_a_long_header() {
    let q = builtin_questionnaire();
    let mut t = T::start_q(
        q,
        |d| {
            let text = std::fs::read_to_string("examples/clinical-triage-assistant.toml")
                .unwrap()
                .replacen("ai-role = \"recommends\"", "ai-role = \"decides\"", 1);
            std::fs::write(d.join("a.toml"), text).unwrap();
            Start::Resume(d.join("a.toml"))
        },
        false,
    );
    assert!(t.app.eval().unwrap().contradictions.len() >= 2);
    apply(&mut t.app, Action::GoTo(Screen::Result));
    for (w, h) in [(80, 24), (60, 20), (100, 30)] {
        // The result opens at the top of its summary (a wizard review); ↓ scrolls down to the
        // first row, the tier pinned above it.
        apply(&mut t.app, Action::GoTo(Screen::Review));
        apply(&mut t.app, Action::GoTo(Screen::Result));
        let top = t.render(w, h);
        assert!(top.contains("Tier  HIGH"), "{w}x{h}:\n{top}");
        let mut screen = top;
        for _ in 0..40 {
            if screen.contains("›? to confirm ") {
                break;
            }
            apply(&mut t.app, Action::Down);
            screen = t.render(w, h);
        }
        let tier_row = screen.lines().position(|l| l.contains("Tier  HIGH"));
        let row = screen.lines().position(|l| l.contains("›? to confirm "));
        assert!(
            tier_row.is_some() && row.is_some() && tier_row < row,
            "{w}x{h}:\n{screen}"
        );
    }
}

/// New-user pass: panel titles were cut by the border with no ellipsis ("Question 14 of 28 ·
/// Outputs and generated con┐"), and the live panel's "Possible misuse to guard aga│". A title
/// too long for its panel ends with "…"; the concerns heading wraps.
#[test]
fn long_titles_end_with_an_ellipsis_and_the_concerns_heading_wraps() {
    let mut t = T::example("homework-helper-children.toml");
    let mut cut = 0;
    for qi in raia::flow::visible(t.app.eval().unwrap()) {
        apply(&mut t.app, Action::GoTo(Screen::Question(qi)));
        let screen = t.render(80, 24);
        let top = screen.lines().nth(1).unwrap();
        let section = &t.q.section(&t.q.questions[qi].section).unwrap().title;
        if top.contains(section.as_str()) {
            continue;
        }
        cut += 1;
        assert!(top.contains('…'), "{top}");
    }
    assert!(cut > 0, "some section title is too long for 80 columns");
    let screen = t.render(60, 20);
    assert!(
        !screen.contains("Possible misuse to guard aga│"),
        "{screen}"
    );
}

/// New-user pass (third round): a save that changed the stored value of the question on screen
/// (taken in from the file, or put back by Ctrl+S) left the field showing the old text, which
/// the next keystroke would have built on. A field nothing was typed into since follows it.
#[test]
fn a_field_follows_a_save_that_changed_its_stored_value() {
    let mut t = T::on_questions();
    let q = questionnaire();
    t.goto_edit("name");
    t.type_str("Robin");
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.disk().answers["name"], Answer::Text("Robin".into()));
    let mut edited = t.disk();
    edited
        .answers
        .insert("name".into(), Answer::Text("Dana".into()));
    store::save(&t.path(), &edited, &q).unwrap();
    t.ctrl('s');
    assert_eq!(t.field_text(), "Dana", "{:?}", t.app.message);
    t.type_str(" Lee");
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.disk().answers["name"], Answer::Text("Dana Lee".into()));
}

/// A new-user pass: at 60x20 the result opened scrolled to its first safeguard, with
/// "Incomplete" above the window. The verdict kept on the top row says so.
#[test]
fn the_result_says_incomplete_however_it_is_scrolled() {
    let q = builtin_questionnaire();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("loan.toml");
    let text = std::fs::read_to_string("examples/loan-pre-approval.toml").unwrap();
    // Only the system details and the first few answers: the rest is unanswered.
    let start = text.find("[answers]").unwrap();
    let end = text[start..].find("\nusers = ").map(|i| start + i).unwrap();
    let kept = format!("{}\n{}", &text[..end], "[safeguards]\n");
    std::fs::write(&file, kept).unwrap();
    let mut t = T::start_q(q, |_| Start::Resume(file.clone()), false);
    for (w, h) in [(60, 20), (100, 30)] {
        apply(&mut t.app, Action::Resize(w, h));
        apply(&mut t.app, Action::GoTo(Screen::Result));
        let screen = t.render(w, h);
        let tier = screen
            .lines()
            .find(|l| l.contains("Tier  LOW"))
            .unwrap_or_else(|| panic!("{w}x{h}:\n{screen}"));
        assert!(
            tier.contains("· incomplete") || screen.contains("Incomplete: "),
            "{w}x{h}:\n{screen}"
        );
    }
}

/// A new-user pass: "TBD" typed as an answer was saved with no word that it counts as none,
/// though plain mode says so. The wizard says it as the answer is saved.
#[test]
fn a_placeholder_answer_is_said_to_count_as_none_when_saved() {
    let mut t = T::on_questions();
    t.goto_edit("story");
    t.type_str("TBD");
    t.key(KeyCode::Tab);
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(said.contains(raia::explain::PLACEHOLDER_ANSWER), "{said}");
    // A real answer says nothing of the kind.
    t.goto_edit("story");
    for _ in 0..3 {
        t.key(KeyCode::Backspace);
    }
    t.type_str("Re-tested on the 2025 data.");
    t.key(KeyCode::Tab);
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(!said.contains("placeholder"), "{said}");
}

/// A narrow footer drops hints, never the key to go on: at 60 columns the result lost Tab and
/// Shift+Tab (a new user), and the review and the export kept the wrong ones.
#[test]
fn a_narrow_footer_keeps_the_key_to_go_on_and_quit() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    for (screen, go_on) in [
        (Screen::Review, "Tab result"),
        (Screen::Result, "Tab export"),
        (Screen::Export, "w write"),
    ] {
        apply(&mut t.app, Action::GoTo(screen));
        for w in [60, 80, 120] {
            let text = t.render(w, 30);
            let footer = text.lines().last().unwrap();
            assert!(footer.contains(go_on), "{w}: {footer}");
            assert!(footer.contains("q quit"), "{w}: {footer}");
        }
    }
}

/// Hostile review: a colleague's edit saved while a reviewer read the result was taken in at
/// the sign-off's save and approved unseen ("All 18 safeguards ... in place" on screen, a policy
/// gap in the file). The wizard refuses, shows the changes, and signs once they were shown.
#[test]
fn the_wizard_never_signs_changes_it_has_not_shown() {
    let mut t = T::example("clinical-triage-assistant.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    assert!(
        t.app
            .eval()
            .unwrap()
            .safeguards
            .iter()
            .all(|s| !s.is_policy_gap()),
        "the example has no policy gap"
    );
    let text = std::fs::read_to_string(t.path()).unwrap();
    let edited = text.replacen(
        "[safeguards.risk-assessment]\nstatus = \"in-place\"",
        "[safeguards.risk-assessment]\nstatus = \"planned\"",
        1,
    );
    assert_ne!(edited, text);
    std::fs::write(t.path(), edited).unwrap();

    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::Char('s'));
    t.type_str("Rita Reviewer, Risk officer");
    t.key(KeyCode::Tab);
    t.key(KeyCode::Tab);
    t.key(KeyCode::Enter);
    let screen = t.render(200, 30);
    assert!(
        screen.contains("Not signed: the file changed on disk since the result was shown"),
        "{screen}"
    );
    assert!(
        screen.contains("read the result again, then sign"),
        "{screen}"
    );
    assert!(t.disk().signoff.is_empty(), "nothing signed");
    // The result behind the dialog now shows the gap the edit opened.
    assert!(
        t.app
            .eval()
            .unwrap()
            .safeguards
            .iter()
            .any(|s| s.is_policy_gap()),
        "the change is taken in and evaluated"
    );
    // Signed again once shown: the sign-off names the answers on disk, gap and all.
    t.key(KeyCode::Esc);
    t.approve_on_the_result("Rita Reviewer, Risk officer");
    let disk = t.disk();
    assert_eq!(disk.signoff.len(), 1);
    assert!(disk.signoff[0].is_current(&disk.signoff_hashes(&t.q)));
    assert!(
        t.render(200, 30)
            .contains("Approved while 1 safeguard the policy requires is not in place"),
        "{}",
        t.render(200, 30)
    );
}

/// Hostile review: after a colleague signed the file from the shell, `u` on the wizard's own
/// mistaken approval took in their sign-off and lost the undo; the approval stayed in the file.
/// Only the wizard's own entry is taken back, and the colleague's stays, whichever comes first.
#[test]
fn undo_takes_back_only_the_wizards_sign_off_when_a_colleague_signed_meanwhile() {
    let mut t = T::example("clinical-triage-assistant.toml");
    t.approve_on_the_result("Wiz User, Lead");
    let mine = t.disk().signoff;
    assert_eq!(mine.len(), 1);
    // A colleague signs from the shell: raia sign appends an entry.
    let text = std::fs::read_to_string(t.path()).unwrap();
    std::fs::write(
        t.path(),
        format!(
            "{text}\n[[signoff]]\nname = \"Colleague\"\nrole = \"\"\ndate = \"2026-12-01\"\ndecision = \"changes-requested\"\nassessment_hash = \"{}\"\n",
            mine[0].assessment_hash
        ),
    )
    .unwrap();
    t.key(KeyCode::Char('u'));
    let names: Vec<String> = t.disk().signoff.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Colleague"], "{}", t.render(200, 30));
    // Redo records it again, beside the colleague's.
    t.key(KeyCode::Char('U'));
    let names: Vec<String> = t.disk().signoff.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Colleague", "Wiz User"]);
    // Taken in first (another change saved), then undone: the colleague's still stays.
    t.key(KeyCode::Char('u'));
    t.key(KeyCode::Char('U'));
    let names: Vec<String> = t.disk().signoff.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Colleague", "Wiz User"]);
    t.key(KeyCode::Char('u'));
    let names: Vec<String> = t.disk().signoff.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Colleague"]);
}

/// A new-user review ran `raia sign FILE` in a shell while the wizard had FILE open: the result
/// went on calling the sign-off STALE (the wizard's own, made stale by a status set since) until
/// Ctrl+S. A pause in the input now takes in what changed in the file, as a save would, and the
/// result shows the sign-off as the file has it; nothing the wizard holds is lost.
#[test]
fn a_sign_off_made_by_raia_sign_meanwhile_shows_after_a_pause() {
    let mut t = T::example("internal-doc-summariser.toml");
    t.approve_on_the_result("Dana Reyes, Risk officer");
    t.on_result_row("output-spot-checks");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('2')); // planned
    t.key(KeyCode::Enter);
    assert!(t.render(100, 30).contains("Sign-off STALE"));
    // Another process signs the answers as they stand, the lock notwithstanding.
    let env = t.dir.path().join("env");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_raia"))
        .arg("sign")
        .arg(t.path())
        .args(["--name", "Sam Ortiz", "--role", "Privacy lead"])
        .env("RAIA_CONFIG_DIR", env.join("config"))
        .env("RAIA_DATA_DIR", env.join("data"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(t.disk().signoff.len(), 2);
    // Keys that change nothing write nothing, and so took nothing in; a pause does.
    t.key(KeyCode::Down);
    t.key(KeyCode::Up);
    assert!(t.render(100, 30).contains("Sign-off STALE"));
    let written = std::fs::read(t.path()).unwrap();
    apply(&mut t.app, Action::Idle);
    assert!(t.said().contains("took in sign-offs"), "{}", t.said());
    let screen = t.render(100, 30);
    assert!(!screen.contains("STALE"), "{screen}");
    let whole = t.render(100, 200);
    assert!(whole.contains("Sam Ortiz"), "{whole}");
    let s = t.app.session().unwrap();
    let (latest, covers) = s
        .assessment
        .latest_signoff_coverage(&s.questionnaire)
        .unwrap();
    assert_eq!(latest.name, "Sam Ortiz");
    assert!(covers);
    // Taking in wrote nothing, and kept what the wizard had: the status set here.
    assert_eq!(std::fs::read(t.path()).unwrap(), written);
    assert_eq!(
        t.disk().safeguards["output-spot-checks"].status,
        SafeguardStatus::Planned
    );
    // Another pause takes in nothing more and says nothing.
    t.key(KeyCode::Down);
    apply(&mut t.app, Action::Idle);
    assert_eq!(t.said(), "");
    // The next change is saved over the file raia sign wrote, both sign-offs kept; the new
    // one goes stale, as it should.
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('1')); // in place
    t.key(KeyCode::Enter);
    let names: Vec<String> = t.disk().signoff.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Dana Reyes", "Sam Ortiz"]);
    assert!(
        t.render(100, 30)
            .contains("Sign-off STALE: approved by Sam Ortiz")
    );
}

/// A new-user review approved, on the result screen, an adult chat app whose only age check is
/// a typed date of birth: the gate fails on misuse left open, and nothing said so before or
/// after; the result marked age assurance as a mere recommendation and counted "0 the policy
/// requires". The dialog warns before Enter, the message after, and the result marks and counts
/// the safeguard against misuse apart.
#[test]
fn approving_with_misuse_left_open_is_warned_and_the_guard_is_marked() {
    let mut t = T::example("../tests/fixtures/judgement/64-adult-companion-age-only-declared.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let result = t.render(200, 40);
    assert!(
        result.contains("1 that must be in place against misuse left open"),
        "{result}"
    );
    assert!(
        result.contains("Not compliant with the AWS Responsible AI Policy as answered"),
        "{result}"
    );
    // The cursor starts on it; off it, its mark is the one a policy gap has.
    t.key(KeyCode::Down);
    let moved = t.render(200, 40);
    let row = moved
        .lines()
        .find(|l| l.contains("missing        Age assurance"))
        .unwrap_or_else(|| panic!("{moved}"));
    assert!(row.contains("! missing        Age assurance"), "{row}");
    t.key(KeyCode::Up);
    t.key(KeyCode::Char('s'));
    t.type_str("Pat Reviewer, Head of Trust");
    t.key(KeyCode::Tab);
    t.key(KeyCode::Tab);
    let dialog = t.render(120, 40);
    assert!(
        dialog
            .contains("Before you approve: the answers show the system could be used for Harm or")
            && dialog.contains("abuse of minors"),
        "{dialog}"
    );
    t.key(KeyCode::Enter);
    let after = t.render(300, 30);
    assert!(
        after.contains(
            "Approved while the answers show the system could be used for Harm or abuse of"
        ),
        "{after}"
    );
}

/// A new-user review: a complete assessment that passes had no sentence saying so on the
/// result screen, only counts.
#[test]
fn a_passing_result_says_so_in_words() {
    let mut t = T::example("clinical-triage-assistant.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let result = t.render(200, 40);
    assert!(
        result
            .contains("No gap against the AWS Responsible AI Policy's own requirements was found"),
        "{result}"
    );
}

/// A new-user review typed " after resume." on a list: `r` opened the review, the space opened
/// its first row (the system name) ready to type, and the rest of the word went into the
/// system name. Space on the review opens nothing; Enter does.
#[test]
fn space_on_the_review_opens_no_row_for_typed_words_to_land_in() {
    let mut t = T::example("clinical-triage-assistant.toml");
    apply(&mut t.app, Action::GoTo(Screen::Review));
    t.key(KeyCode::Char(' '));
    assert_eq!(t.app.screen, Screen::Review);
    let screen = t.render(120, 30);
    assert!(
        screen.contains("Enter opens the row under the cursor"),
        "{screen}"
    );
    t.type_str("esume.");
    assert_eq!(t.disk().metadata.system, "TriageAssist ED");
}

/// A new-user review: the result screen never said a prohibited-use concern was raised, which
/// plain mode, `raia score` and the reports all say; and at 80x24 the one-line result read
/// "missing or planned: 0 of 19" while a status was to be confirmed.
#[test]
fn the_result_names_misuse_to_guard_against_and_the_strip_what_is_to_confirm() {
    let mut t = T::example("../tests/fixtures/judgement/64-adult-companion-age-only-declared.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let result = t.render(120, 60);
    assert!(
        result.contains("Prohibited uses confirmed: none."),
        "{result}"
    );
    // Left open apart from guarded, as the report says it (a new-user review read guarded
    // concerns as open).
    assert!(
        result.contains("Possible misuse to guard against: Harm or abuse of"),
        "{result}"
    );
    assert!(
        result.contains("Possible misuse, guarded: Deliberate disinformation or"),
        "{result}"
    );

    let mut t = T::example("../tests/fixtures/judgement/47-kids-chat-filters-not-applicable.toml");
    assert!(t.app.eval().is_some_and(|e| e.conflicts().count() == 1));
    t.goto("intended-use");
    let strip = t.render(80, 24);
    assert!(strip.contains("· 1 to confirm · missing or"), "{strip}");
}

/// A new-user review: before any answer the side panel read "Tier LOW score 0", a verdict on
/// nothing.
#[test]
fn the_side_panel_gives_no_tier_before_any_answer() {
    let mut t = T::on_questions();
    let screen = t.render(120, 40);
    assert!(screen.contains("No answers yet"), "{screen}");
    assert!(!screen.contains("Tier  LOW"), "{screen}");
    t.key(KeyCode::Char('1'));
    let screen = t.render(120, 40);
    assert!(!screen.contains("No answers yet"), "{screen}");
    assert!(screen.contains("Tier "), "{screen}");
}

/// A new-user review: the side panel read "No consequential decisions" and every safeguard in
/// place while two answers contradicted each other, which only the 80x24 strip said.
#[test]
fn the_side_panel_says_when_answers_contradict_each_other() {
    let mut t =
        T::example("../tests/fixtures/judgement/72-shop-face-watchlist-no-decision-area.toml");
    assert!(t.app.eval().is_some_and(|e| !e.contradictions.is_empty()));
    t.goto("intended-use");
    let screen = t.render(120, 60);
    assert!(
        screen.contains("To be confirmed: 1 pair of answers"),
        "{screen}"
    );
    assert!(
        screen.contains("contradict each other; the Result"),
        "{screen}"
    );
}

/// A new-user review went back to an answered question, pressed G to read the last options and
/// Enter to go on: the answer was replaced by the last option, and nothing said so.
#[test]
fn enter_that_changes_an_answer_says_so() {
    let said = |t: &T| t.app.message.clone().map(|m| m.text).unwrap_or_default();
    let mut t = T::on_questions();
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Enter);
    t.goto("purpose");
    t.key(KeyCode::Char('G'));
    t.key(KeyCode::Enter);
    assert_ne!(t.app.screen, Screen::Question(qi("purpose")));
    assert!(said(&t).contains("Changed from \""), "{}", said(&t));
    assert!(said(&t).contains("u undoes it"), "{}", said(&t));
    // Enter on the answer as it stands says nothing of the kind.
    t.goto("purpose");
    t.key(KeyCode::Enter);
    assert!(!said(&t).contains("Changed from"), "{}", said(&t));
}

/// A new-user review: with answers that contradict each other, the result opened at 100x30
/// scrolled past its verdict, the long contradiction paragraph above the safeguards.
#[test]
fn the_result_keeps_its_verdict_in_view_beside_contradicting_answers() {
    let mut t =
        T::example("../tests/fixtures/judgement/72-shop-face-watchlist-no-decision-area.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let screen = t.render(100, 30);
    assert!(screen.contains("is to be confirmed"), "{screen}");
    assert!(
        screen.contains("1 pair of answers contradict each other: in"),
        "{screen}"
    );
    assert!(!screen.contains("▲ more"), "{screen}");
}

/// Resuming a file with another name (a hard link) says that a save gives this name a file of
/// its own, as plain mode and `raia sign` do (a hostile review found it only in the docs).
#[cfg(unix)]
#[test]
fn resuming_a_hard_linked_file_says_a_save_parts_the_names() {
    let t = T::start_q(
        builtin_questionnaire(),
        |d| {
            std::fs::copy("examples/loan-pre-approval.toml", d.join("a.toml")).unwrap();
            std::fs::hard_link(d.join("a.toml"), d.join("b.toml")).unwrap();
            Start::Resume(d.join("a.toml"))
        },
        false,
    );
    let said = t.app.message.clone().unwrap().text;
    assert_eq!(
        said,
        "Resumed a.toml. a.toml has 1 other name (a hard link): a save gives this name a file of its own, and it keeps the text as it was; to share one file under two names, use a symbolic link."
    );
    let plain = T::example("loan-pre-approval.toml");
    assert_eq!(plain.app.message.clone().unwrap().text, "Resumed a.toml.");
}

/// A safeguard the policy requires that only an unanswered question could show reads "not shown
/// yet" in the result's list, its pane and its summary, as in every report (not "missing").
#[test]
fn the_result_says_not_shown_yet_for_a_safeguard_a_blank_question_could_show() {
    let t = T::start_q(
        builtin_questionnaire(),
        |d| {
            let text = std::fs::read_to_string("examples/loan-pre-approval.toml").unwrap();
            let text: String = text
                .lines()
                .filter(|l| !l.starts_with("human-review = "))
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(d.join("a.toml"), text).unwrap();
            Start::Resume(d.join("a.toml"))
        },
        false,
    );
    let mut t = t;
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let screen = t.render(100, 40);
    assert!(
        screen.contains("not shown yet  Human review of adverse"),
        "{screen}"
    );
    let wide = t.render(240, 40);
    assert!(
        wide.contains("1 the policy requires not shown yet, as a question that could show it"),
        "{wide}"
    );
}

/// A new user's medical result said "Explanation to affected people" could be shown by the
/// benefits and judicial safeguard questions, which a medical use never asks: the pane names
/// only the questions this assessment shows.
#[test]
fn a_safeguard_pane_names_only_questions_the_assessment_asks() {
    let mut t = T::example_edited(
        "clinical-triage-assistant.toml",
        "\nexplanation = \"reasons\"\n",
        "\nexplanation = \"notice\"\n",
    );
    t.on_result_row("explanation");
    let screen = t
        .render(200, 60)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(screen.contains("To show it in place, answer:"), "{screen}");
    assert!(
        screen.contains("What are the people affected told about"),
        "{screen}"
    );
    assert!(!screen.contains("benefits safeguards"), "{screen}");
    assert!(!screen.contains("judicial safeguards"), "{screen}");
}

/// A review read the safeguard pane's hint "To show it in place, answer: ... and Name the
/// accountable owner and their role. is answered" beside an owner's answer that names no one
/// ("Risk Committee"): the pane says to change that answer instead.
#[test]
fn a_safeguard_pane_says_which_answer_to_change_when_it_names_no_one() {
    let mut t = T::example_edited(
        "loan-pre-approval.toml",
        "owner-name = \"Andre Wilson, Chief Credit Officer\"",
        "owner-name = \"Risk Committee\"",
    );
    t.on_result_row("named-owner");
    // The pane's own words, its lines joined.
    let pane: String = t
        .render(200, 60)
        .lines()
        .filter_map(|l| l.rsplit('│').nth(1))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        pane.contains("To show it in place: change the answer to \"Name the accountable owner and their role.\" so that it shows it"),
        "{pane}"
    );
    assert!(!pane.contains("their role. is answered"), "{pane}");
}

/// A new user at 80x24 resumed an incomplete file on its result: the pinned verdict was cut at
/// "(medium from 8, high" and the line saying what was missing was out of view, with nothing on
/// screen saying how to find it. The pinned verdict says which key reviews it, and drops what
/// does not fit rather than cutting it.
#[test]
fn the_pinned_verdict_of_an_incomplete_result_says_how_to_review_it() {
    let q = builtin_questionnaire();
    let mut t = T::start_q(
        q,
        |d| {
            let text = std::fs::read_to_string("examples/loan-pre-approval.toml")
                .unwrap()
                .replace("\nai-role = \"recommends\"\n", "\nai-role = \"decides\"\n");
            let text = text
                .lines()
                .filter(|l| !l.starts_with("ai-role = \"The model"))
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(d.join("a.toml"), text).unwrap();
            Start::Resume(d.join("a.toml"))
        },
        false,
    );
    apply(&mut t.app, Action::GoTo(Screen::Result));
    assert!(!t.app.eval().unwrap().complete);
    let screen = t.render(80, 24);
    let tier = screen
        .lines()
        .find(|l| l.contains("Tier "))
        .expect("a tier line");
    assert!(
        tier.contains("· incomplete (r reviews)") || screen.contains("Incomplete: "),
        "{screen}"
    );
    for l in screen.lines().filter(|l| l.contains("(medium from")) {
        assert!(l.contains("high from 16)"), "cut: {l}\n{screen}");
    }
    t.key(KeyCode::Char('r'));
    assert_eq!(t.app.screen, Screen::Review);
}

/// A new-user review changed to an answer that needs its own note, kept the note written for
/// the answer before, and read "Optional" over it with the new hint hidden behind the text: the
/// message and the note dialog say what the note must now say.
#[test]
fn a_note_kept_for_an_answer_that_needs_one_shows_what_it_must_say() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    t.goto("decides");
    t.key(KeyCode::Char('2')); // no: no note needed
    t.key(KeyCode::Char('n'));
    t.type_str("Staff decide.");
    t.key(KeyCode::Esc);
    t.goto("decides");
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char(' ')); // yes: needs a note that says why no person reviews
    let said = t.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(
        said.contains("Its note was written for the earlier answer; this answer needs a note that says: Say why no person reviews the decision (n opens it)."),
        "{said}"
    );
    t.key(KeyCode::Char('n'));
    let screen = t.render(100, 30);
    assert!(
        screen.contains("This answer needs a note that says: Say why no person"),
        "{screen}"
    );
    assert!(!screen.contains("Optional: why you answered"), "{screen}");
}

/// A reports review: answers that may hide a consequential decision (the visa chatbot's legal
/// advice beside "no decision area") must not read as none. The sidebar says it is to be
/// confirmed, its heading wrapped in the narrow panel rather than cut ("to be" alone).
#[test]
fn the_sidebar_says_a_consequential_decision_the_answers_may_hide_is_to_be_confirmed() {
    let t = T::example("../tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml");
    let screen = t.render(110, 34);
    assert!(!screen.contains("No consequential decisions"), "{screen}");
    assert!(screen.contains("Consequential decisions to"), "{screen}");
    assert!(screen.contains("be confirmed:"), "{screen}");
    assert!(screen.contains("answers that disagree may"), "{screen}");
}

/// A new-user review: for a credit pre-approval system the side panel said "No consequential
/// decisions" from the second question to the nineteenth, before the question that marks one
/// was asked. Until it is answered, it says so.
#[test]
fn the_sidebar_says_no_consequential_decision_only_once_the_question_is_answered() {
    let mut t = T::start_q(
        builtin_questionnaire(),
        |d| Start::New(Some(d.join("a.toml"))),
        false,
    );
    t.fill_metadata();
    t.type_str("Recommends pre-approve, refer or decline for loan applications.");
    t.key(KeyCode::Tab);
    let screen = t.render(110, 40);
    assert!(screen.contains("Result so far"), "{screen}");
    assert!(!screen.contains("No consequential decisions"), "{screen}");
    assert!(screen.contains("Consequential decisions: not"), "{screen}");
    assert!(
        raia::explain::consequential_unanswered(&t.q, t.app.eval().unwrap())
            .any(|x| x.id == "decision-areas")
    );
    // Answered "none of these", with nothing else that could mark one unanswered: none.
    let q = builtin_questionnaire();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/internal-doc-summariser.toml");
    let a = raia::assessment::read_assessment(&path, &q).unwrap();
    let e = raia::engine::evaluate(&q, &a);
    assert_eq!(raia::explain::consequential_marked(&q, &e), "none");
}

/// A new-user review ran the command the result gave for signing, with answers contradicting
/// each other, and `raia sign` refused it. The result says why an approval cannot be recorded
/// yet, and gives the command that records changes requested; once nothing stands in the way,
/// the plain command. Plain mode words it from the same place.
#[test]
fn the_result_says_when_an_approval_cannot_be_recorded_yet() {
    let mut t = T::example("../tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml");
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::End);
    let screen = t.render(200, 60);
    assert!(
        screen.contains("Not ready to approve: 1 pair of answers"),
        "{screen}"
    );
    assert!(screen.contains("--decision changes-requested"), "{screen}");
    let q = builtin_questionnaire();
    let load = |f: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(f);
        raia::assessment::read_assessment(&path, &q).unwrap()
    };
    let a = load("tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml");
    let how = raia::explain::how_to_sign(&q, &a, &raia::engine::evaluate(&q, &a), "v.toml");
    assert!(
        how.why_not
            .starts_with("1 pair of answers contradicts each other"),
        "{how:?}"
    );
    assert!(!how.why_not.contains("raia score"), "{how:?}");
    assert_eq!(
        how.command,
        "raia sign v.toml --name NAME --decision changes-requested"
    );
    let a = load("examples/internal-doc-summariser.toml");
    let how = raia::explain::how_to_sign(&q, &a, &raia::engine::evaluate(&q, &a), "d.toml");
    assert_eq!(how.why_not, "");
    assert_eq!(how.lead(), "To sign off, a reviewer runs:");
    assert_eq!(how.command, "raia sign d.toml --name NAME");
}

/// A new-user review wrote the response to AWS from the Export step, ticked by default, while
/// the gate failed and nobody had signed; nothing on the screen said so. It says so now, and
/// not once the answers pass and are approved.
#[test]
fn export_warns_before_the_response_to_aws_is_written_unsigned_or_failing() {
    let mut t = T::example("loan-pre-approval.toml");
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let screen = main_panel_rows(&t.app, 120, 40).join(" ");
    let screen = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        screen
            .contains("The Info request, for AWS, states no sign-off approves it: read it first."),
        "{screen}"
    );
    t.approve_on_the_result("Maria Compliance");
    apply(&mut t.app, Action::GoTo(Screen::Export));
    let screen = t.render(120, 40);
    assert!(!screen.contains("The Info request, for AWS"), "{screen}");
}

/// A new-user review at 80x24, the default terminal size: the one-line result strip said "No
/// consequential decisions" while answers left one in doubt, and before the question was
/// answered; the result list put risk assessment under "Not required for this use".
#[test]
fn the_narrow_strip_and_the_result_list_say_a_consequential_decision_is_in_doubt() {
    let mut t = T::example("../tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml");
    t.goto("intended-use");
    let narrow = t.render(80, 24);
    assert!(!narrow.contains("No consequential decisions"), "{narrow}");
    assert!(
        narrow.contains("Consequential decisions: to be confirmed"),
        "{narrow}"
    );
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let text = main_panel_rows(&t.app, 120, 80).join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Not required by the answers as they stand (a consequential decision, to be confirmed, may require some):"),
        "{text}"
    );
    let mut n = T::start_q(
        builtin_questionnaire(),
        |d| Start::New(Some(d.join("a.toml"))),
        false,
    );
    n.fill_metadata();
    n.type_str("Drafts performance-review summaries for managers.");
    n.key(KeyCode::Tab);
    let narrow = n.render(80, 24);
    assert!(
        narrow.contains("Consequential decisions: not answered yet"),
        "{narrow}"
    );
}

/// A new-user review recorded "changes requested" as the result advised, and the result went on
/// advising it. Once a decision asking for changes of these answers is recorded, it says the
/// approval comes once the answers are settled, with the command that records it.
#[test]
fn the_result_does_not_ask_again_for_changes_already_requested() {
    let q = builtin_questionnaire();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml");
    let mut a = raia::assessment::read_assessment(&path, &q).unwrap();
    a.signoff.push(raia::signoff::entry(
        &q,
        &a,
        "Maria Compliance",
        "Compliance lead",
        raia::assessment::Decision::ChangesRequested,
        "2026-12-15",
    ));
    let e = raia::engine::evaluate(&q, &a);
    let how = raia::explain::how_to_sign(&q, &a, &e, "v.toml");
    assert_eq!(how.command, "raia sign v.toml --name NAME");
    assert!(how.why_not.ends_with("changes are already asked for, and an approval can be recorded once the answers are settled"), "{how:?}");
    assert!(
        how.lead().ends_with(". Then a reviewer runs:"),
        "{}",
        how.lead()
    );
}

/// A new-user pass: a reviewer asked for changes, then approved, then an answer changed. The
/// result said "No gap ... was found" and nothing of the gate, which `raia score --gate` failed
/// on the reviewer's "no". The result says the gate still fails, and why, as plain mode does.
#[test]
fn the_result_says_the_gate_still_fails_on_a_sign_off_that_asked_for_changes() {
    let q = builtin_questionnaire();
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/loan-pre-approval.toml");
    let mut a = raia::assessment::read_assessment(&path, &q).unwrap();
    for decision in [
        raia::assessment::Decision::ChangesRequested,
        raia::assessment::Decision::Approved,
    ] {
        a.signoff.push(raia::signoff::entry(
            &q,
            &a,
            "Jordan Lee",
            "Model risk",
            decision,
            "2026-12-01",
        ));
    }
    a.answers.insert("scale".into(), Answer::Number(90000.0));
    let e = raia::engine::evaluate(&q, &a);
    let (said, passes) = raia::explain::result_statement(&q, &a, &e, "2026-12-04").unwrap();
    assert!(!passes);
    assert!(
        said.starts_with("No gap against the AWS Responsible AI Policy's own requirements was found")
            && said.contains(" A CI gate (raia score --gate) still fails: Jordan Lee asked for changes to an earlier version of these answers"),
        "{said}"
    );
    // Said once: what the statement already says is not repeated as a gate reason.
    let mut gap = a.clone();
    gap.signoff.clear();
    gap.safeguards.get_mut("risk-assessment").unwrap().status =
        raia::assessment::SafeguardStatus::Missing;
    let e = raia::engine::evaluate(&q, &gap);
    let (said, _) = raia::explain::result_statement(&q, &gap, &e, "2026-12-04").unwrap();
    assert!(said.starts_with("Not compliant"), "{said}");
    assert!(!said.contains("A CI gate"), "{said}");

    let file = a.to_toml(&q);
    let mut t = T::start_q(
        q,
        |d| {
            std::fs::write(d.join("a.toml"), &file).unwrap();
            Start::Resume(d.join("a.toml"))
        },
        false,
    );
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let screen = t.render(120, 60);
    // The result's own column, its lines joined as a reader reads them.
    let words: String = screen
        .lines()
        .map(|l| {
            l.chars()
                .skip(27)
                .take(58)
                .collect::<String>()
                .replace('│', " ")
        })
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        words.contains("A CI gate (raia score --gate) still fails: Jordan Lee asked for changes"),
        "{words}"
    );
}

/// A change that makes the sign-off stale says so at once, as a change of tier does, and again
/// on quitting; taking it back says the sign-off covers the answers again (a review changed a
/// safeguard after approval and saw only "Every answer is saved").
#[test]
fn a_change_that_makes_the_sign_off_stale_says_so_at_once_and_on_quitting() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    let question = t.app.screen;
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::Char('s'));
    t.type_str("Dana Reviewer, Risk officer");
    t.key(KeyCode::Enter);
    // Nothing said of what must change.
    t.key(KeyCode::Enter);
    assert_eq!(t.disk().signoff.len(), 1);
    assert_eq!(t.disk().signoff[0].comment, "");
    let date = t.disk().signoff[0].date.clone();
    assert!(
        !t.app.farewell().unwrap().contains("no longer covers"),
        "{:?}",
        t.app.farewell()
    );
    apply(&mut t.app, Action::GoTo(question));
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char(' '));
    let said = t.said();
    assert!(
        said.contains(&format!(
            "The sign-off (changes requested by Dana Reviewer, {date}) no longer covers these answers (u takes the change back): it needs signing again, and a CI gate that requires one fails until then."
        )),
        "{said}"
    );
    let bye = t.app.farewell().unwrap();
    assert!(
        bye.contains(&format!(
            "The sign-off (changes requested by Dana Reviewer, {date}) no longer covers these answers: it needs signing again (raia sign "
        )),
        "{bye}"
    );
    // The result's first screen says so too, not only its last line.
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let screen = t.render(100, 30);
    assert!(
        screen.contains("Sign-off STALE: changes requested by Dana"),
        "{screen}"
    );
    apply(&mut t.app, Action::GoTo(question));
    // Moving about says nothing more about it.
    t.key(KeyCode::Down);
    let said = t.said();
    assert!(!said.contains("sign-off"), "{said}");
    // Putting the answer back makes it cover them again.
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Char(' '));
    let said = t.said();
    assert!(
        said.contains(&format!(
            "The sign-off (changes requested by Dana Reviewer, {date}) covers these answers again."
        )),
        "{said}"
    );
    assert!(!t.app.farewell().unwrap().contains("no longer covers"));
    // An undo that makes it stale again names redo as the way back, not u (a new-user review
    // followed "u" after an undo and took back recorded evidence instead).
    t.key(KeyCode::Char('u'));
    let said = t.said();
    assert!(
        said.contains("no longer covers these answers (U takes the undo back)"),
        "{said}"
    );
    t.key(KeyCode::Char('U'));
    assert!(t.said().contains("covers these answers again."));
}

/// "Incomplete (r reviews)": r on the result lands on the first question left unanswered, not
/// the top of the review (a new-user review found the open rows two screens down).
#[test]
fn r_on_an_incomplete_result_lands_on_the_first_unanswered_question() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    assert!(!t.app.eval().unwrap().complete);
    t.key(KeyCode::Char('r'));
    assert_eq!(t.app.screen, Screen::Review);
    let rows = t.app.review_items();
    let ReviewItem::Question(qi) = rows[t.app.cursor] else {
        panic!("the cursor is on {:?}", rows[t.app.cursor]);
    };
    assert!(!t.q.questions[qi].optional);
    assert!(!t.app.has_answer(qi), "{qi}");
    // Every row above it is a system detail or an answered question.
    for r in &rows[..t.app.cursor] {
        if let ReviewItem::Question(above) = r {
            assert!(t.app.has_answer(*above) || t.q.questions[*above].optional);
        }
    }
}

/// Taking a sign-off back (u) leaves an older one latest, which no change made stale just now:
/// nothing says so, nor offers u for it (a wizard review).
#[test]
fn taking_a_sign_off_back_does_not_call_the_older_one_newly_stale() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    let question = t.app.screen;
    let sign = |t: &mut T| {
        apply(&mut t.app, Action::GoTo(Screen::Result));
        t.key(KeyCode::Char('s'));
        t.type_str("Dana Reviewer, Risk officer");
        t.key(KeyCode::Enter);
        t.key(KeyCode::Enter);
    };
    sign(&mut t);
    apply(&mut t.app, Action::GoTo(question));
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char(' '));
    assert!(t.said().contains("no longer covers"), "{}", t.said());
    sign(&mut t);
    assert_eq!(t.disk().signoff.len(), 2);
    t.key(KeyCode::Char('u'));
    assert_eq!(t.disk().signoff.len(), 1);
    assert!(!t.said().contains("no longer covers"), "{}", t.said());
}

/// Typing the evidence, the footer offered no way to finish and Esc put back what was there (a
/// new-user review): Ctrl+S is done there, keeping what was typed, and the footer says so.
#[test]
fn ctrl_s_is_done_in_the_safeguard_dialog() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    t.key(KeyCode::Enter);
    t.key(KeyCode::Up); // missing -> planned
    t.type_str("Review rota drafted");
    let screen = t.render(100, 30);
    assert!(screen.contains("Ctrl+S done"), "{screen}");
    t.ctrl('s');
    assert!(t.app.overlay.is_none());
    let e = &t.disk().safeguards["human-review"];
    assert_eq!(
        (e.status, e.evidence.as_str()),
        (SafeguardStatus::Planned, "Review rota drafted")
    );
}

/// A wizard review answered a follow-up honestly, contradicting the answer that asked it, and
/// was told only at the Result step. The status line says at once which answer it disagrees
/// with, as plain mode does.
#[test]
fn an_answer_that_makes_answers_disagree_is_said_in_the_status_line() {
    let mut t = T::start_q(
        builtin_questionnaire(),
        |d| {
            let text = std::fs::read_to_string(
                "tests/fixtures/judgement/90-immigration-chatbot-visa-advice.toml",
            )
            .unwrap();
            let text: String = text
                .lines()
                .filter(|l| !l.starts_with("own-situation-advice = "))
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(d.join("a.toml"), text).unwrap();
            Start::Resume(d.join("a.toml"))
        },
        false,
    );
    let q = t.app.q().clone();
    let at = q
        .questions
        .iter()
        .position(|x| x.id == "own-situation-advice")
        .unwrap();
    apply(&mut t.app, Action::GoTo(Screen::Question(at)));
    let yes = q.questions[at]
        .options
        .iter()
        .position(|o| o.id == "yes")
        .unwrap();
    t.key(KeyCode::Char(char::from_digit(yes as u32 + 1, 10).unwrap()));
    let said = t.app.message.clone().unwrap().text;
    assert!(
        said.starts_with("Your answer to \"")
            && said.contains("\" disagrees with your answer to \""),
        "{said}"
    );
    assert!(
        said.contains("\": the Result step says how to settle it."),
        "{said}"
    );
}

/// A wizard review changed an answer from a filtered review: the required question it added
/// was hidden by the filter, and Esc put the cursor back at the top. The review comes back
/// unfiltered, on the row changed; Esc on a filter keeps the row under the cursor.
#[test]
fn a_question_added_from_a_filtered_review_is_not_hidden_by_the_filter() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('1')); // chat: "decides" is not asked
    apply(&mut t.app, Action::GoTo(Screen::Review));
    t.key(KeyCode::Char('/'));
    t.type_str("does the system do");
    t.key(KeyCode::Enter);
    assert_eq!(
        t.app.review_items(),
        vec![ReviewItem::Question(qi("purpose"))]
    );
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('2')); // screen: "decides" is asked now
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Review);
    assert!(t.app.filter.is_empty(), "{}", t.app.filter);
    assert!(
        t.app
            .review_items()
            .contains(&ReviewItem::Question(qi("decides")))
    );
    assert_eq!(
        t.app.review_items().get(t.app.cursor),
        Some(&ReviewItem::Question(qi("purpose")))
    );
    assert!(
        t.app.message.clone().unwrap().text.contains(
            "All rows again: the change added a question to answer that is not in the filter."
        ),
        "{:?}",
        t.app.message
    );
    // Esc on a filter keeps the row.
    t.key(KeyCode::Char('/'));
    t.type_str("data");
    t.key(KeyCode::Enter);
    assert_eq!(t.app.review_items(), vec![ReviewItem::Question(qi("data"))]);
    t.key(KeyCode::Esc);
    assert!(t.app.filter.is_empty());
    assert_eq!(
        t.app.review_items().get(t.app.cursor),
        Some(&ReviewItem::Question(qi("data")))
    );
}

/// A wizard review, deep in a long session: a visit that went back to the status from the
/// evidence still took four undos, each passing through a state never finished; after Esc, u
/// brought the visit back and the next u left it half undone.
#[test]
fn a_visit_is_one_undo_however_long_the_session_and_after_esc() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let row = |t: &T, id: &str| t.app.result_rows().iter().position(|s| s.id == id).unwrap();
    // More than the undo history holds, on another safeguard.
    for _ in 0..60 {
        t.app.cursor = row(&t, "output-checks");
        t.key(KeyCode::Enter);
        t.key(KeyCode::Down);
        t.ctrl('s');
    }
    t.app.cursor = row(&t, "human-review");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('2'));
    t.key(KeyCode::Tab);
    t.type_str("Draft");
    t.key(KeyCode::Tab);
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Char('2'));
    t.ctrl('s');
    t.key(KeyCode::Char('u'));
    assert!(
        !t.disk().safeguards.contains_key("human-review"),
        "{:?}",
        t.disk().safeguards.get("human-review")
    );
    // Esc: u brings the whole visit back, and the next u goes back before it.
    t.app.cursor = row(&t, "human-review");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Char('1'));
    t.key(KeyCode::Tab);
    t.type_str("Log");
    t.key(KeyCode::Esc);
    assert!(!t.disk().safeguards.contains_key("human-review"));
    t.key(KeyCode::Char('u'));
    let e = &t.disk().safeguards["human-review"];
    assert_eq!(
        (e.status, e.evidence.as_str()),
        (SafeguardStatus::InPlace, "Log")
    );
    t.key(KeyCode::Char('u'));
    assert!(
        !t.disk().safeguards.contains_key("human-review"),
        "{:?}",
        t.disk().safeguards.get("human-review")
    );
}

/// A wizard review read "LOW" after one answer as a verdict, and the score was cut once "so
/// far" was added beside it: the live panel says the result is provisional on a line of its
/// own, in the wide layout and the narrow one, until every question is answered.
#[test]
fn the_live_tier_says_so_far_without_cutting_the_score() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    let wide = t.render(100, 30);
    assert!(wide.contains("So far, with questions open."), "{wide}");
    assert!(wide.contains("Tier  HIGH   score 2 "), "{wide}");
    let narrow = t.render(80, 24);
    assert!(narrow.contains("so far"), "{narrow}");
}

/// A wizard review: inside the status dialog, "(Enter)" pointed at the key that closes it. There
/// the status and evidence are below; beside the list, Enter opens them.
#[test]
fn the_dialog_says_where_to_set_a_status_no_answer_can_show() {
    let mut t = T::on_questions();
    t.key(KeyCode::Char('2'));
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let at = t
        .app
        .result_rows()
        .iter()
        .position(|s| s.id == "output-checks")
        .unwrap();
    t.app.cursor = at;
    let panel = t
        .render(120, 40)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        panel.contains("its status and evidence (Enter)."),
        "{panel}"
    );
    t.key(KeyCode::Enter);
    let dialog = t
        .render(120, 40)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        dialog.contains("No answer can show this one: set its status and evidence below."),
        "{dialog}"
    );
}

/// A new-user trial typed 1 then 4 for option 14 of the capabilities list and got options 1
/// and 4 ticked, with seven follow-up questions. Two digits typed one after the other name one
/// option; a pause between them names two; 0 alone names none.
#[test]
fn two_digits_typed_together_pick_one_option_of_a_long_list() {
    use std::time::{Duration, Instant};
    let q = builtin_questionnaire();
    let cap = q.question_index("capabilities").unwrap();
    let options = &q.questions[cap].options;
    assert!(
        options.len() >= 14,
        "the list has {} options",
        options.len()
    );
    let id = |k: usize| options[k].id.to_string();
    let on_capabilities = || {
        let mut t = T::example("internal-doc-summariser.toml");
        apply(&mut t.app, Action::GoTo(Screen::Question(cap)));
        apply(&mut t.app, Action::Clear);
        t
    };
    let ticked = |t: &T| match t.disk().answers.get("capabilities") {
        Some(Answer::Choices(v)) => v.clone(),
        None => Vec::new(),
        other => panic!("{other:?}"),
    };
    let t0 = Instant::now();

    // 1 then 4 at once: option 14 alone, on disk, and the first tick taken back.
    let mut t = on_capabilities();
    let visible = t.app.visible_questions().len();
    apply(&mut t.app, Action::Digit(1, t0));
    assert_eq!(ticked(&t), vec![id(0)]);
    apply(
        &mut t.app,
        Action::Digit(4, t0 + Duration::from_millis(150)),
    );
    assert_eq!(ticked(&t), vec![id(13)]);
    assert_eq!(t.app.cursor, 13);
    // "Generate text from documents" brought no questions of its own along.
    assert!(t.app.visible_questions().len() <= visible + 2);

    // A pause between them: options 1 and 4, as two picks.
    let mut t = on_capabilities();
    apply(&mut t.app, Action::Digit(1, t0));
    apply(&mut t.app, Action::Digit(4, t0 + Duration::from_secs(2)));
    assert_eq!(ticked(&t), vec![id(0), id(3)]);

    // Another key between them: two picks too.
    let mut t = on_capabilities();
    apply(&mut t.app, Action::Digit(1, t0));
    apply(&mut t.app, Action::Down);
    apply(
        &mut t.app,
        Action::Digit(4, t0 + Duration::from_millis(100)),
    );
    assert_eq!(ticked(&t), vec![id(0), id(3)]);

    // 1 then 0 is option 10; a number past the list is two picks; 0 alone picks nothing.
    let mut t = on_capabilities();
    apply(&mut t.app, Action::Digit(1, t0));
    apply(
        &mut t.app,
        Action::Digit(0, t0 + Duration::from_millis(100)),
    );
    assert_eq!(ticked(&t), vec![id(9)]);
    let mut t = on_capabilities();
    apply(&mut t.app, Action::Digit(0, t0));
    assert!(ticked(&t).is_empty());
    assert!(t.said().contains("There is no option 0"), "{}", t.said());
    if options.len() < 19 {
        apply(&mut t.app, Action::Digit(1, t0));
        apply(
            &mut t.app,
            Action::Digit(9, t0 + Duration::from_millis(100)),
        );
        assert_eq!(ticked(&t), vec![id(0), id(8)]);
    }

    // Undo after 14 puts back what was there before the 1, in one step.
    let mut t = on_capabilities();
    apply(&mut t.app, Action::Digit(2, t0));
    apply(&mut t.app, Action::Digit(1, t0 + Duration::from_secs(3)));
    assert_eq!(ticked(&t), vec![id(0), id(1)]);
    apply(&mut t.app, Action::Digit(1, t0 + Duration::from_secs(5)));
    apply(
        &mut t.app,
        Action::Digit(4, t0 + Duration::from_millis(5100)),
    );
    assert_eq!(ticked(&t), vec![id(0), id(1), id(13)]);
    apply(&mut t.app, Action::Undo);
    assert_eq!(ticked(&t), vec![id(0), id(1)]);
}

/// The key layer turns digit keys into digits with the time they were pressed, in lists.
#[test]
fn digit_keys_in_a_list_are_digits() {
    let mut t = T::example("internal-doc-summariser.toml");
    let q = builtin_questionnaire();
    let cap = q.question_index("capabilities").unwrap();
    apply(&mut t.app, Action::GoTo(Screen::Question(cap)));
    let press = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    for (c, d) in [('1', 1u8), ('0', 0), ('9', 9)] {
        match keys::map_key(&t.app, press(c)) {
            Some(Action::Digit(got, _)) => assert_eq!(got, d),
            other => panic!("{c}: {other:?}"),
        }
    }
}

/// A new-user trial opened a safeguard the side panel called "to be confirmed (shown by the
/// answers)" and the dialog marked "(•) missing", a status the file did not hold. Only a
/// recorded status is marked; the dialog says what the answers show, and a status picked
/// there is recorded.
#[test]
fn the_status_dialog_marks_only_a_status_the_file_records() {
    let mut t = T::example_edited(
        "loan-pre-approval.toml",
        "override-rate = \"measured\"",
        "override-rate = \"rarely\"",
    );
    apply(&mut t.app, Action::GoTo(Screen::Result));
    let at = t
        .app
        .result_rows()
        .iter()
        .position(|s| s.id == "human-review")
        .unwrap();
    t.app.cursor = at;
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.overlay, Overlay::Safeguard { .. }));
    let screen = t.render(100, 40);
    assert!(!screen.contains("(•)"), "{screen}");
    assert!(
        screen.contains("Nothing recorded: to be confirmed, as the answers show it."),
        "{screen}"
    );
    assert!(!t.disk().safeguards.contains_key("human-review"));
    // ↓ with nothing marked starts at the first status, and records it.
    t.key(KeyCode::Down);
    assert_eq!(
        t.disk().safeguards["human-review"].status,
        SafeguardStatus::InPlace
    );
    let screen = t.render(100, 40);
    assert!(screen.contains("(•) in place"), "{screen}");
}

/// A new-user trial read "\"Members of the public who nev…\" adds 2 risk points" in a help popup
/// with room for the whole option. A long option is given whole, on its own line.
#[test]
fn the_help_on_an_answer_gives_the_whole_option() {
    let mut t = T::example("loan-pre-approval.toml");
    let q = builtin_questionnaire();
    let subjects = q.question_index("subjects").unwrap();
    apply(&mut t.app, Action::GoTo(Screen::Question(subjects)));
    apply(&mut t.app, Action::Help);
    let screen = t.render(120, 60);
    let flat: String = screen
        .lines()
        .map(|l| l.trim_matches(|c: char| c == '"' || c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("Members of the public who never use it (applicants, customers, people whose posts or records it judges, people a machine acts on)\":"),
        "{screen}"
    );
    assert!(!screen.contains("who nev…"), "{screen}");
}

/// A new-user trial read "Enter choose+next" on an unanswered choice, pressed Enter, and was
/// told nothing was chosen: Enter picks only an option moved to. Until then the footer offers
/// what does choose.
#[test]
fn the_footer_offers_enter_to_choose_only_once_it_would() {
    let mut t = T::on_questions();
    t.goto("purpose");
    assert!(t.app.answer(qi("purpose")).is_none());
    let footer = |t: &T| {
        render_app(&t.app, 100, 30)
            .lines()
            .last()
            .unwrap()
            .to_string()
    };
    assert!(footer(&t).contains("Space/1-9 choose"), "{}", footer(&t));
    assert!(!footer(&t).contains("choose+next"), "{}", footer(&t));
    t.key(KeyCode::Down);
    assert!(footer(&t).contains("Enter choose+next"), "{}", footer(&t));
}

/// A new-user trial exported, changed a status, quit and came back: the Export step showed the
/// old reports ticked with nothing to say the response to AWS still gave the old status, and
/// the quit message said only "Everything is saved". Reports found on disk are checked against
/// the answers as they stand, and quitting names those out of date.
#[test]
fn reports_written_for_earlier_answers_are_marked_out_of_date_across_sessions() {
    let mut t = T::on_questions();
    t.key(KeyCode::Enter);
    apply(&mut t.app, Action::GoTo(Screen::Export));
    t.key(KeyCode::Char('w'));
    assert!(t.app.farewell().unwrap().contains("Everything is saved"));
    assert!(!t.app.farewell().unwrap().contains("Out of date"));
    t.goto("purpose");
    t.key(KeyCode::Char('2'));
    let bye = t.app.farewell().unwrap();
    assert!(
        bye.contains(&format!(
            "Out of date: {}",
            t.dir.path().join("a.report.md").display()
        )) && bye.contains("written for answers that have changed since"),
        "{bye}"
    );
    let T { app, dir, q } = t;
    apply_quit(app);
    let again = App::new(Options {
        questionnaire: q,
        templates: Templates::builtin().unwrap(),
        start: Start::Resume(dir.path().join("a.toml")),
        no_color: false,
        palette: raia::tui::theme::Palette::Default,
        drafts_dir: Some(dir.path().join("drafts")),
    })
    .unwrap();
    let mut again = again;
    apply(&mut again, Action::GoTo(Screen::Export));
    let screen = render_app(&again, 100, 30);
    assert!(screen.contains("! a.report.md"), "{screen}");
    assert!(screen.contains("! a.info-request.md"), "{screen}");
    assert!(screen.contains("Out of date (marked !)"), "{screen}");
    assert!(again.farewell().unwrap().contains("Out of date: "));
    // Written again, they are current, and so on the next visit.
    apply(&mut again, Action::Write);
    let screen = render_app(&again, 100, 30);
    assert!(!screen.contains("Out of date"), "{screen}");
    apply(&mut again, Action::GoTo(Screen::Review));
    apply(&mut again, Action::GoTo(Screen::Export));
    let screen = render_app(&again, 100, 30);
    assert!(screen.contains("✓ a.report.md"), "{screen}");
    assert!(!again.farewell().unwrap().contains("Out of date"));
    // Signed outside the wizard with no answer changed: the reports that say who signed are
    // out of date too (a new-user trial's response to AWS was ticked while it still said
    // nobody had approved).
    let q = again.q().clone();
    apply_quit(again);
    let file = dir.path().join("a.toml");
    let mut session = raia::session::Session::open(q.clone(), &file).unwrap();
    session
        .sign(
            "Jordan Alvarez",
            "Risk lead",
            raia::signoff::Decision::ChangesRequested,
            "Finish the open questions first.",
            "2026-12-05",
        )
        .unwrap();
    drop(session);
    let mut third = App::new(Options {
        questionnaire: q,
        templates: Templates::builtin().unwrap(),
        start: Start::Resume(file),
        no_color: false,
        palette: raia::tui::theme::Palette::Default,
        drafts_dir: Some(dir.path().join("drafts")),
    })
    .unwrap();
    apply(&mut third, Action::GoTo(Screen::Export));
    let screen = render_app(&third, 100, 30);
    assert!(screen.contains("! a.info-request.md"), "{screen}");
    assert!(third.farewell().unwrap().contains("Out of date: "));
}

fn apply_quit(mut app: App) {
    apply(&mut app, Action::Quit);
}

/// An answer `raia migrate` asks to confirm again says why on arrival, and Enter on it keeps it
/// and confirms it: its line goes from `[wizard.reconfirm]` (a new-user trial's migration
/// listed six, and the wizard marked none of them).
#[test]
fn an_answer_to_confirm_again_says_why_and_enter_confirms_it() {
    let mut t = T::on_questions();
    t.goto("purpose");
    t.key(KeyCode::Char('2'));
    let kept = t.disk().answers.get("purpose").cloned();
    assert!(kept.is_some());
    let T { app, dir, q } = t;
    apply_quit(app);
    let file = dir.path().join("a.toml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\n[wizard.reconfirm]\npurpose = \"The second option now also covers advice\"\n");
    std::fs::write(&file, text).unwrap();
    let mut again = App::new(Options {
        questionnaire: q,
        templates: Templates::builtin().unwrap(),
        start: Start::Resume(file.clone()),
        no_color: false,
        palette: raia::tui::theme::Palette::Default,
        drafts_dir: Some(dir.path().join("drafts")),
    })
    .unwrap();
    let at = again
        .q()
        .questions
        .iter()
        .position(|x| x.id == "purpose")
        .unwrap();
    // Resumed where it was left, at that question: the opening line says so too.
    assert_eq!(again.screen, Screen::Question(at));
    let opening = again.message.clone().unwrap().text;
    assert!(
        opening.contains("1 answer to confirm again after the questionnaire changed; this one: The second option now also covers advice."),
        "{opening}"
    );
    apply(&mut again, Action::GoTo(Screen::Question(at)));
    let msg = again.message.clone().unwrap().text;
    assert!(
        msg.contains("To confirm again after the questionnaire changed: The second option now also covers advice."),
        "{msg}"
    );
    apply(&mut again, Action::Next);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("reconfirm"), "{text}");
    assert!(text.contains("purpose = "), "the answer is kept: {text}");
}
