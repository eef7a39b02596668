//! Terminal events to actions. The key scheme has two modes:
//!
//! - typing (a text field has the keyboard): every printable key types, including q, h, j, k, l
//!   and ?. Commands are on keys that never type: Tab / Shift+Tab, Enter, Esc, Ctrl+S, Ctrl+N,
//!   Ctrl+Q, F1, F2.
//! - commands (lists, and text fields after Esc): letters are commands. A text field reached
//!   with a command key (h l ← → j k g G, a click on a section) stays in this mode until Enter
//!   or a printable key; Tab, Shift+Tab and Enter from a field or a review row arrive typing.
//!   There every printable key starts typing with it, so typing into what looks like a text box
//!   never moves, quits, clears or undoes (arrows, Tab and Enter move; quit there with Ctrl+Q).
//! - while the terminal is too small for the wizard (the notice shows), only resizing and
//!   quitting (q, Ctrl+Q, Ctrl+C) do anything: no key changes an answer behind the notice.
//! - a read-only popup (keys, help): ↑↓ PgUp PgDn g G and the wheel scroll it, any other key
//!   closes it.
//!
//! Only key presses count; releases and repeats reported by some terminals are ignored.

use super::action::Action;
use super::app::{App, Mode, Screen};
use super::textbox::{Input, Key};
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Rect;

/// Maps one terminal event to an action. `area` is the terminal size, for mouse hit-testing.
pub fn map_event(app: &App, event: Event, area: Rect) -> Option<Action> {
    if app.too_small() {
        return behind_notice(event);
    }
    match event {
        Event::Key(key) => map_key(app, key),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                super::view::hit_test(app, area, m.column, m.row)
            }
            MouseEventKind::ScrollUp => Some(scroll(app, Key::MouseScrollUp, Action::Up)),
            MouseEventKind::ScrollDown => Some(scroll(app, Key::MouseScrollDown, Action::Down)),
            _ => None,
        },
        _ => None,
    }
}

/// The keys that still work while the too-small notice shows: resizing, and quitting.
fn behind_notice(event: Event) -> Option<Action> {
    match event {
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Key(k) if k.kind == KeyEventKind::Press => {
            let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
            match k.code {
                KeyCode::Char('q' | 'c') if ctrl => Some(Action::Quit),
                KeyCode::Char('q') if !ctrl => Some(Action::Quit),
                KeyCode::Char('l') if ctrl => Some(Action::Redraw),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether a key is undo: Ctrl+_ as in readline and Emacs (Ctrl+/ sends it; terminals report
/// it as Ctrl+7 or Ctrl+/). Ctrl+Z stays the shell's suspend.
fn is_undo(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char('_' | '/' | '7'))
}

fn scroll(app: &App, key: Key, list: Action) -> Action {
    match app.mode() {
        Mode::Typing { multiline: true } => Action::Edit(Input {
            key,
            ctrl: false,
            alt: false,
            shift: false,
        }),
        _ => list,
    }
}

pub fn map_key(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    // Keys that mean the same thing everywhere.
    match key.code {
        KeyCode::Char('q' | 'c') if ctrl => return Some(Action::Quit),
        KeyCode::Char('s') if ctrl => return Some(Action::Save),
        KeyCode::Char('l') if ctrl => return Some(Action::Redraw),
        KeyCode::Char('n') if ctrl => return Some(Action::Note),
        _ if is_undo(&key) && app.session().is_some() => return Some(Action::Undo),
        // As in vim (Ctrl+Y pastes in a text field, as in a shell): our redo, never the text
        // box's own history.
        KeyCode::Char('r') if ctrl && app.session().is_some() => return Some(Action::Redo),
        KeyCode::F(1) => return Some(Action::Keys),
        KeyCode::F(2) => return Some(Action::Help),
        _ => {}
    }
    match app.mode() {
        Mode::Popup => Some(match key.code {
            KeyCode::Char('?') => Action::Keys,
            KeyCode::Char('i') => Action::Help,
            KeyCode::Up | KeyCode::Char('k') => Action::Up,
            KeyCode::Down | KeyCode::Char('j') => Action::Down,
            KeyCode::PageUp => Action::PageUp,
            KeyCode::PageDown => Action::PageDown,
            KeyCode::Home | KeyCode::Char('g') => Action::First,
            KeyCode::End | KeyCode::Char('G') => Action::Last,
            _ => Action::Escape,
        }),
        Mode::Dialog => Some(match key.code {
            KeyCode::Char(c @ '1'..='9') => Action::Choose(c as usize - '1' as usize),
            KeyCode::Up | KeyCode::Char('k') => Action::Up,
            KeyCode::Down | KeyCode::Char('j') => Action::Down,
            KeyCode::Tab | KeyCode::BackTab => Action::Next,
            KeyCode::Enter => Action::Confirm,
            KeyCode::Esc => Action::Escape,
            // Any other letter starts the evidence with it.
            KeyCode::Char(c) => Action::StartTyping(c),
            _ => return None,
        }),
        Mode::Confirm => match key.code {
            KeyCode::Char('y' | 'Y') => Some(Action::Yes),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::Escape),
            _ => None,
        },
        Mode::Typing { multiline } => Some(match key.code {
            KeyCode::Tab => Action::Next,
            KeyCode::BackTab => Action::Back,
            KeyCode::Esc => Action::Escape,
            KeyCode::Enter if !multiline => Action::Confirm,
            // A one-line field that wraps (the description): ↑↓ move by row inside it first.
            KeyCode::Up | KeyCode::Down
                if !multiline
                    && app.overlay.is_none()
                    && app.field.as_ref().is_some_and(|f| {
                        f.editor.wraps() && f.editor.has_row(key.code == KeyCode::Down)
                    }) =>
            {
                Action::Edit(Input::from(key))
            }
            KeyCode::Up if !multiline => Action::Up,
            KeyCode::Down if !multiline => Action::Down,
            // PgUp/PgDn scroll the panel even in long text, so "Why we ask" stays in reach.
            KeyCode::PageUp => Action::PageUp,
            KeyCode::PageDown => Action::PageDown,
            // As in huh: the long text in $VISUAL / $EDITOR.
            KeyCode::Char('e') if multiline && ctrl => Action::ExternalEditor,
            _ => Action::Edit(Input::from(key)),
        }),
        Mode::Commands => commands(app, key),
    }
}

fn commands(app: &App, key: KeyEvent) -> Option<Action> {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    let home = app.screen == Screen::Home;
    // A text field reached with a move, nothing typed yet (issue 11, point 3: keep hjkl
    // navigation and never quit by typing). h and l step on, so a run of them, either way,
    // never types into an answer (a second new-user review saw "Claude" become "Claudel" and a
    // turn back type "lh"). On a blank field any other letter starts typing with it; a field
    // that holds an answer waits for e or Enter, so a stray key never changes it, and says so.
    if app.letters_type()
        && !app.typing
        && let KeyCode::Char(c) = key.code
    {
        let answered = app.field.as_ref().is_some_and(|f| !f.text().is_empty());
        return Some(match c {
            'h' => Action::StepBack,
            'l' => Action::StepNext,
            '?' => Action::Keys,
            'e' if answered => Action::StartEdit,
            _ if answered => Action::EditHint,
            _ => Action::StartTyping(c),
        });
    }
    let options = app.question().is_some_and(|q| q.kind.has_options());
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') => Action::Keys,
        KeyCode::Char('/') if matches!(app.screen, Screen::Review | Screen::Result) || options => {
            Action::Filter
        }
        KeyCode::Char('i') => Action::Help,
        KeyCode::Char('n') if home => Action::New,
        KeyCode::Char('n') => Action::Note,
        KeyCode::Char('o') if home => Action::Open,
        KeyCode::Char('r') if !home => Action::Review,
        KeyCode::Char('w') if app.screen == Screen::Export => Action::Write,
        KeyCode::Char('s') if app.screen == Screen::Result => Action::SignOff,
        KeyCode::Char('p') if app.screen == Screen::Result => Action::Plan,
        // As in huh: x toggles an option, like Space.
        KeyCode::Char('x') if options || app.screen == Screen::Export => Action::Toggle,
        // Clearing is a capital, apart from the editing keys, and u takes it back.
        KeyCode::Char('D') if options || app.field_commands => Action::Clear,
        KeyCode::Char('u') if !home => Action::Undo,
        KeyCode::Char('U') if !home => Action::Redo,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Left | KeyCode::Char('h') => Action::StepBack,
        KeyCode::Right | KeyCode::Char('l') => Action::StepNext,
        KeyCode::Char('e') if app.field.is_some() => Action::StartEdit,
        KeyCode::Tab => Action::Next,
        KeyCode::BackTab => Action::Back,
        KeyCode::Home | KeyCode::Char('g') => Action::First,
        KeyCode::End | KeyCode::Char('G') => Action::Last,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Char(' ') => Action::Toggle,
        KeyCode::Esc => Action::Escape,
        KeyCode::Char(c @ '0'..='9') => Action::Digit(c as u8 - b'0', std::time::Instant::now()),
        _ => return None,
    })
}
