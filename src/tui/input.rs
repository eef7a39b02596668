//! Reading input: every event already waiting is applied before the next frame is drawn, so a
//! fast burst of typing (thousands of keys without bracketed paste) costs one frame, not one
//! frame per key, and a Tab typed after it is acted on at once.

use super::action::Action;
use super::app::App;
use super::keys;
use super::textbox::{Input, Key};
use super::update::apply_before_frame as apply;
use crossterm::event::Event;
use ratatui::layout::Rect;
use std::time::Duration;

/// At most this many events are applied between two frames, so an endless stream of input
/// still lets the screen update.
pub const MAX_BATCH: usize = 20_000;

/// How long to look for an event already waiting. Not zero: crossterm's tty source returns
/// nothing for a zero timeout, even for events it has already read and parsed.
const WAITING: Duration = Duration::from_millis(1);

/// Where events come from: the terminal, or a script in tests.
pub trait EventSource {
    /// Whether an event is ready within `timeout`.
    fn poll(&mut self, timeout: Duration) -> std::io::Result<bool>;
    /// The next event; blocks until there is one.
    fn read(&mut self) -> std::io::Result<Event>;
}

/// The terminal, through crossterm.
pub struct Terminal;

impl EventSource for Terminal {
    fn poll(&mut self, timeout: Duration) -> std::io::Result<bool> {
        crossterm::event::poll(timeout)
    }

    fn read(&mut self) -> std::io::Result<Event> {
        crossterm::event::read()
    }
}

/// Reads one event (waiting for it) and then every event already waiting, up to
/// [`MAX_BATCH`], applying each. Runs of typed characters are inserted as one piece; a resize
/// changes the area used to place later clicks. `area` is the terminal size. `hand_back` sees
/// every event first; an event it returns true for (Ctrl+Z, which the caller handles with the
/// terminal) ends the batch unapplied and is returned.
pub fn drain(
    app: &mut App,
    events: &mut dyn EventSource,
    mut area: Rect,
    hand_back: &mut dyn FnMut(&Event) -> bool,
) -> std::io::Result<Option<Event>> {
    let mut typed = String::new();
    for _ in 0..MAX_BATCH {
        let event = events.read()?;
        if hand_back(&event) {
            flush(app, &mut typed);
            return Ok(Some(event));
        }
        if let Event::Resize(w, h) = event {
            area = Rect::new(0, 0, w, h);
        }
        match keys::map_event(app, event, area) {
            // Typing does not change how later keys map, so it can wait to be inserted.
            Some(Action::Edit(Input {
                key: Key::Char(c),
                ctrl: false,
                alt: false,
                ..
            })) => typed.push(c),
            Some(action) => {
                flush(app, &mut typed);
                apply(app, action);
            }
            None => {}
        }
        if app.quit || !events.poll(WAITING)? {
            break;
        }
    }
    flush(app, &mut typed);
    Ok(None)
}

fn flush(app: &mut App, typed: &mut String) {
    if !typed.is_empty() {
        apply(app, Action::Type(std::mem::take(typed)));
    }
}
