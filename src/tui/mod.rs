//! The terminal wizard. One-way data flow: terminal events become [`Action`]s (`keys`),
//! [`update`] applies them to the [`App`] state, and [`view::draw`] renders the state. Only
//! `run` touches the terminal; everything else is testable without one.

pub mod action;
pub mod app;
pub mod derived;
pub mod effects;
pub mod input;
pub mod keys;
pub mod signals;
pub mod textbox;
pub mod theme;
pub mod update;
pub mod view;
pub mod widgets;

pub use action::Action;
pub use app::App;
pub use update::{apply, update};

use crate::questionnaire::Questionnaire;
use crate::report::Templates;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use std::io::{BufWriter, Stdout, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Which screen the wizard opens on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Home: new assessment, resume a draft, open a file.
    Home,
    /// A new assessment, saved to the file if given, else a draft in the data directory.
    New(Option<PathBuf>),
    /// An existing assessment file, at the position where it was left.
    Resume(PathBuf),
}

pub struct Options {
    pub questionnaire: Questionnaire,
    pub templates: Templates,
    pub start: Start,
    pub no_color: bool,
    /// The colours (`--theme`, or `theme` in config.toml).
    pub palette: theme::Palette,
    pub drafts_dir: Option<PathBuf>,
}

/// The wizard's terminal. Frames go through a buffer as large as a full screen usually is, and
/// out in one write when drawn: stdout's own buffer wrote a frame 1 KiB at a time (issue 7).
type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// How long without input before long text being typed is saved.
const IDLE: Duration = Duration::from_millis(700);

/// Runs the wizard until the user quits. The terminal is restored on return, on error, on
/// panic, and on SIGTERM, SIGHUP, SIGINT and SIGQUIT (after saving what is being typed; the
/// process then ends by that signal). SIGTSTP restores it and stops; SIGCONT takes it again.
pub fn run(opts: Options) -> anyhow::Result<()> {
    // Reading the file to resume can fail; do it before touching the terminal.
    let mut app = App::new(opts)?;
    if let Some(d) = crate::paths::data_dir() {
        app.offer_tour(d.join("tour-seen"));
    }
    // A save held for the first frame (a new file created, the place it opens at) is written
    // even where the terminal cannot be taken.
    let entered = (|| -> anyhow::Result<_> {
        let watch = signals::Watch::start()?;
        Ok((watch, TerminalGuard::enter()?))
    })();
    let (watch, mut term) = match entered {
        Ok(both) => both,
        Err(e) => {
            update::after_frame(&mut app);
            return Err(e);
        }
    };
    let mut result = event_loop(&mut term.terminal, &mut app, &watch);
    if result.is_err() {
        // The terminal went away under the wizard (its window closed: a read or a write fails
        // before the hang-up signal is handled, or instead of it). What is being typed is kept,
        // as quitting keeps it (a hostile review lost the last half second of typing), and a
        // hang-up that has come meanwhile ends the wizard as the signal would have.
        apply(&mut app, Action::Quit);
        while let Some(signal) = watch.next() {
            if let signals::Signal::Terminate(n) = signal {
                result = Ok(Some(n));
            }
        }
    }
    // Whatever way the loop ended, nothing changed stays unwritten.
    update::after_frame(&mut app);
    drop(term);
    drop(watch);
    if let Some(text) = app.farewell() {
        // The terminal may be gone (SIGHUP): nothing to do about a failed write.
        let mut out = crate::term_text::Lines::new(std::io::stdout());
        let _ = out.line(&text);
        let _ = out.flush();
    }
    match result {
        Ok(Some(signal)) => {
            // Ending by the signal skips destructors: the session lock's file goes first.
            drop(app);
            signals::terminate(signal)
        }
        Ok(None) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Returns the signal that ended the wizard, if one did.
fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    watch: &signals::Watch,
) -> anyhow::Result<Option<i32>> {
    let size = terminal.size()?;
    apply(app, Action::Resize(size.width, size.height));
    loop {
        while let Some(signal) = watch.next() {
            match signal {
                signals::Signal::Terminate(n) => {
                    // Commits the field being typed and saves, as quitting does.
                    apply(app, Action::Quit);
                    return Ok(Some(n));
                }
                signals::Signal::Suspend => suspend(terminal, app)?,
                signals::Signal::Continue => resume(terminal, app)?,
            }
        }
        if app.redraw {
            repaint(terminal)?;
            app.redraw = false;
        }
        // The layout is computed once, by the frame, and kept for the clicks that follow.
        let mut drawn = None;
        terminal.draw(|f| drawn = view::draw(app, f))?;
        app.drawn = drawn;
        // The changes this frame shows are written now, before the next key is read: a key
        // that answers does not wait for the disk (fsync) to show its answer.
        if update::after_frame(app) {
            let mut drawn = None;
            terminal.draw(|f| drawn = view::draw(app, f))?;
            app.drawn = drawn;
        }
        if app.quit {
            return Ok(None);
        }
        if !crossterm::event::poll(IDLE)? {
            apply(app, Action::Idle);
            continue;
        }
        let size = terminal.size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        // Everything already typed, before the next frame. Raw mode turns Ctrl+Z into a key;
        // it suspends as it would in a shell.
        let handed_back = input::drain(app, &mut input::Terminal, area, &mut |event| {
            debug_panic(event);
            is_suspend_key(event)
        })?;
        if handed_back.is_some() {
            suspend(terminal, app)?;
        }
        if app.external_edit {
            edit_external(terminal, app)?;
        }
    }
}

/// Ctrl+E: writes the long text being typed to an owner-only temporary file, gives the terminal
/// to `$VISUAL` or `$EDITOR` (`vi` without either), as huh does, and reads the text back into
/// the field when the editor exits. A failing editor leaves the field as it was, with a message.
fn edit_external(terminal: &mut Term, app: &mut App) -> anyhow::Result<()> {
    app.external_edit = false;
    let Some(text) = app.long_field().map(app::Field::text) else {
        return Ok(());
    };
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    // The directory is owner-only: the text is an answer of the assessment.
    let dir = tempfile::Builder::new().prefix("raia-").tempdir()?;
    let path = dir.path().join("text.md");
    // A text file ends with a newline: without one, vi says "[noeol]" and most editors add it
    // on save. The one added here is taken off again when the text is read back.
    let added_newline = !text.is_empty() && !text.ends_with('\n');
    let mut bytes = text.into_bytes();
    if added_newline {
        bytes.push(b'\n');
    }
    crate::assessment::store::write_atomic(&path, &bytes)?;
    apply(app, Action::Save);
    restore();
    // Through the shell, as git does, so EDITOR may hold arguments ("code --wait").
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status();
    resume(terminal, app)?;
    // Left as written (":q", or an editor that saves the same bytes): the field is untouched,
    // so its line breaks and trailing newlines stay as they were (a hardening review saw "\r\n"
    // and a trailing blank line lost on a round trip that changed nothing).
    let unchanged = std::fs::read(&path).is_ok_and(|b| b == bytes);
    match status {
        Ok(s) if s.success() && unchanged => {
            app.info("Unchanged in the editor; the text is as it was.");
        }
        Ok(s) if s.success() => match crate::textfile::read(&path, "the edited text") {
            Ok(mut t) => {
                if added_newline && t.ends_with('\n') {
                    t.pop();
                }
                apply(app, Action::ReplaceText(t))
            }
            Err(e) => app.error(format!("Not read back: {e:#}")),
        },
        Ok(s) => app.error(format!(
            "The editor ({editor}) failed ({s}); the text is as it was."
        )),
        Err(e) => app.error(format!(
            "Cannot start the editor ({editor}): {e}; set VISUAL or EDITOR."
        )),
    }
    Ok(())
}

fn is_suspend_key(event: &crossterm::event::Event) -> bool {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
    matches!(event, Event::Key(k) if k.kind == KeyEventKind::Press
        && k.code == KeyCode::Char('z')
        && k.modifiers.contains(KeyModifiers::CONTROL))
}

/// Saves what is being typed, gives the terminal back to the shell and stops (SIGTSTP, Ctrl+Z);
/// once continued, takes the terminal again and repaints.
fn suspend(terminal: &mut Term, app: &mut App) -> anyhow::Result<()> {
    apply(app, Action::Save);
    restore();
    signals::stop();
    resume(terminal, app)
}

/// After SIGCONT: the shell may have reset the terminal while the wizard was stopped, so the
/// modes are set again, the whole screen repainted, and the size read again.
fn resume(terminal: &mut Term, app: &mut App) -> anyhow::Result<()> {
    enter_modes()?;
    repaint(terminal)?;
    let size = terminal.size()?;
    apply(app, Action::Resize(size.width, size.height));
    Ok(())
}

/// Raw mode, alternate screen, mouse capture and bracketed paste.
fn enter_modes() -> std::io::Result<()> {
    ACTIVE.store(true, Ordering::SeqCst);
    // crossterm skips enabling raw mode when it believes it is on already; after a stop the
    // shell may have turned it off behind its back, so leave it first.
    disable_raw_mode()?;
    enable_raw_mode()?;
    crossterm::execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
}

/// Clears the screen and makes the next draw send every cell. `Terminal::clear` would do this
/// but first asks the terminal where its cursor is, which a pty without a terminal emulator
/// (tests, some multiplexers) never answers.
fn repaint(terminal: &mut Term) -> std::io::Result<()> {
    crossterm::execute!(
        std::io::stdout(),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    terminal.current_buffer_mut().reset();
    terminal.swap_buffers();
    Ok(())
}

/// Debug builds only: F12 panics when RAIA_DEBUG_PANIC_KEY is set, so a test can check that a
/// panic leaves the terminal as it found it. Release builds compile this to nothing.
fn debug_panic(event: &crossterm::event::Event) {
    #[cfg(debug_assertions)]
    if std::env::var_os("RAIA_DEBUG_PANIC_KEY").is_some()
        && let crossterm::event::Event::Key(k) = event
        && k.code == crossterm::event::KeyCode::F(12)
    {
        panic!("panic requested with F12 (RAIA_DEBUG_PANIC_KEY)");
    }
    #[cfg(not(debug_assertions))]
    let _ = event;
}

/// Whether the terminal is in the wizard's modes, so the panic hook knows to restore it.
static ACTIVE: AtomicBool = AtomicBool::new(false);

type PanicHook = Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Sync + Send + 'static>;

/// Raw mode, alternate screen, mouse capture and bracketed paste, undone on drop and on panic.
struct TerminalGuard {
    terminal: Term,
    previous_hook: Arc<PanicHook>,
}

impl TerminalGuard {
    fn enter() -> anyhow::Result<Self> {
        let previous_hook: Arc<PanicHook> = Arc::new(std::panic::take_hook());
        let chained = Arc::clone(&previous_hook);
        std::panic::set_hook(Box::new(move |info| {
            restore();
            chained(info);
        }));
        let guard_result = (|| -> anyhow::Result<Term> {
            enter_modes()?;
            let mut terminal = Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
                64 * 1024,
                std::io::stdout(),
            )))?;
            repaint(&mut terminal)?;
            Ok(terminal)
        })();
        match guard_result {
            Ok(terminal) => Ok(Self {
                terminal,
                previous_hook,
            }),
            Err(e) => {
                restore();
                let prev = Arc::clone(&previous_hook);
                std::panic::set_hook(Box::new(move |info| prev(info)));
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
        let _ = self.terminal.show_cursor();
        let prev = Arc::clone(&self.previous_hook);
        std::panic::set_hook(Box::new(move |info| prev(info)));
    }
}

/// Puts the terminal back as the shell expects it. Safe to call more than once.
fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = crossterm::execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
}
