//! Terminal events to actions. The key scheme has two modes:
//!
//! - typing (a text field has the keyboard): every printable key types, including q, h, j, k, l
//!   and ?. Commands are on keys that never type: Tab / Shift+Tab, Enter, Esc, Ctrl+S, Ctrl+N,
//!   Ctrl+Q, F1, F2.
//! - commands (lists, and text fields after Esc): letters are commands. A text field reached
//!   with a command key (h l ← → j k g G, a click on a section, Enter on a review row) stays in
//!   this mode until Enter or e; Tab, Shift+Tab and Enter from a field arrive typing.
//! - a read-only popup (keys, help): ↑↓ PgUp PgDn g G and the wheel scroll it, any other key
//!   closes it.
//!
//! Only key presses count; releases and repeats reported by some terminals are ignored.

use super::action::Action;
use super::app::{App, Mode, Screen};
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Rect;
use ratatui_textarea::{Input, Key};

/// Maps one terminal event to an action. `area` is the terminal size, for mouse hit-testing.
pub fn map_event(app: &App, event: Event, area: Rect) -> Option<Action> {
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
            KeyCode::Up if !multiline => Action::Up,
            KeyCode::Down if !multiline => Action::Down,
            KeyCode::PageUp if !multiline => Action::PageUp,
            KeyCode::PageDown if !multiline => Action::PageDown,
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
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') => Action::Keys,
        KeyCode::Char('i') => Action::Help,
        KeyCode::Char('n') if home => Action::New,
        KeyCode::Char('n') => Action::Note,
        KeyCode::Char('o') if home => Action::Open,
        KeyCode::Char('r') if !home => Action::Review,
        KeyCode::Char('w') if app.screen == Screen::Export => Action::Write,
        KeyCode::Char('x') | KeyCode::Delete => Action::Clear,
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
        KeyCode::Char(c @ '1'..='9') => Action::Choose(c as usize - '1' as usize),
        _ => return None,
    })
}
