//! Moving between steps and within a list: home, the flow's steps, the cursor and scrolling.

use super::*;

/// How a move arrives at a step that has a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Arrive {
    /// The field has the keyboard: Tab, Shift+Tab and Enter walk through a form this way.
    Typing,
    /// The field waits (after h, l, j, k, g, G, an arrow or a click on a section): h and l
    /// step on, a blank field takes any other letter as its first, one that holds an answer
    /// waits for e or Enter (keys.rs), and the arrows, Tab and Enter move.
    Commands,
}

/// Leaves the current step for `to`. With `strict`, an invalid value keeps the user here to fix
/// it (forward moves); otherwise it is left unsaved in its field with a message (back and
/// jumps), so going back always works.
pub(crate) fn navigate(app: &mut App, to: Screen, strict: bool, arrive: Arrive) {
    if strict {
        if !commit_forward(app) {
            return;
        }
    } else if let Err(msg) = commit_field(app) {
        keep_unsaved(app, &msg);
    }
    let needs_name = app
        .session()
        .is_some_and(|s| crate::flow::needs_system_name(&s.assessment, s.path.is_some(), to));
    if needs_name {
        if app.screen != Screen::Detail(Detail::System) {
            app.go(Screen::Detail(Detail::System));
        }
        app.error("Type the system name first: it names the draft file that keeps your answers.");
        return;
    }
    app.go(to);
    if arrive == Arrive::Commands {
        stop_typing(app);
    }
}

/// Letters become commands; the field keeps what it holds.
pub(crate) fn stop_typing(app: &mut App) {
    app.typing = false;
    let theme = app.theme;
    if let Some(f) = app.field.as_mut() {
        f.set_focus(false, &theme);
    }
}

pub(crate) fn home(app: &mut App, action: Action) {
    let n = app.home_items().len();
    if list_action(app, &action, n, activate_home) {
        return;
    }
    match action {
        Action::New => app.start_new(None),
        Action::Open => open_file_popup(app),
        Action::Escape => app.pending_new = None,
        _ => {}
    }
}

/// Cursor moves and choosing a row, the same on every list screen. Returns whether the action
/// was one of those.
pub(crate) fn list_action(app: &mut App, action: &Action, n: usize, open: fn(&mut App)) -> bool {
    match action {
        Action::Up
        | Action::Down
        | Action::First
        | Action::Last
        | Action::PageUp
        | Action::PageDown => move_or_scroll(app, action, n),
        Action::Activate(i) if *i < n => {
            app.cursor = *i;
            open(app);
        }
        Action::Confirm | Action::Toggle => open(app),
        _ => return false,
    }
    true
}

pub(crate) fn open_file_popup(app: &mut App) {
    app.pending_new = None;
    app.overlay = Overlay::OpenFile {
        field: Field::new("", false, "path/to/assessment.toml", &app.theme),
    };
}

pub(crate) fn activate_home(app: &mut App) {
    match app.home_items().get(app.cursor).copied() {
        Some(HomeItem::New) => app.start_new(None),
        Some(HomeItem::Open) => open_file_popup(app),
        Some(HomeItem::Draft(i)) => {
            let Some(d) = app.drafts.get(i).cloned() else {
                return;
            };
            if let Some(err) = d.error {
                let first = err.lines().next().unwrap_or_default().to_string();
                app.error(format!("Cannot open {}: {first}", d.name));
                return;
            }
            app.effects.push(Effect::Open {
                path: d.path,
                typed: None,
            });
        }
        None => {}
    }
}

/// Moves the cursor over `n` rows. Past either end of the list, ↑↓ and PgUp/PgDn scroll the
/// panel instead, so what is above or below the list (help, the policy clause, the reasons
/// for a result) can be read; moving back towards the list follows the cursor again.
pub(crate) fn move_or_scroll(app: &mut App, action: &Action, n: usize) {
    if app.screen == Screen::Home {
        move_cursor(app, action, n);
        return;
    }
    if *action == Action::First {
        // First shows the top of the panel too, what is above the list included (a wizard
        // review: g on the result left its summary out of sight).
        move_cursor(app, action, n);
        let (inner, content) = view::main_panel(app, Rect::new(0, 0, app.size.0, app.size.1));
        app.scroll = (content.follow(inner.height as usize) != 0).then_some(0);
        return;
    }
    let down = match action {
        Action::Down | Action::PageDown => true,
        Action::Up | Action::PageUp => false,
        _ => {
            move_cursor(app, action, n);
            return;
        }
    };
    let (at_start, at_end) = (app.cursor == 0, app.cursor + 1 >= n);
    // Not scrolled away, and the cursor has somewhere to go: it moves, and the frame keeps it
    // in view. Laying the panel out here as well took a quarter of a key on the result at
    // 10,000 questions (issue 7).
    if app.scroll.is_none() && ((down && !at_end) || (!down && !at_start)) {
        move_cursor(app, action, n);
        return;
    }
    let (inner, content) = view::main_panel(app, Rect::new(0, 0, app.size.0, app.size.1));
    let h = inner.height as usize;
    let page = h.saturating_sub(1).max(1);
    let amount = match action {
        Action::PageDown | Action::PageUp => page,
        _ => 1,
    };
    let top = content.scroll(h);
    let follow = content.follow(h);
    let to = match (down, app.scroll) {
        // Scrolled away from the cursor: back towards it first.
        (true, Some(t)) if t < follow => (t + amount).min(follow),
        (false, Some(t)) if t > follow => t.saturating_sub(amount).max(follow),
        (true, _) if !at_end => return move_cursor(app, action, n),
        (false, _) if !at_start => return move_cursor(app, action, n),
        (true, _) => (top + amount).min(content.max_scroll(h)),
        (false, _) => top.saturating_sub(amount),
    };
    // Leaving the top pins the line that opens the panel, which then takes a row: one line
    // more, or the first ↓ showed nothing new.
    let to = if top == 0 && down && content.pinned(to, h) && !content.pinned(0, h) {
        (to + 1).min(content.max_scroll(h).max(to))
    } else {
        to
    };
    app.scroll = (to != follow).then_some(to);
}

pub(crate) fn move_cursor(app: &mut App, action: &Action, n: usize) {
    app.scroll = None;
    if n == 0 {
        app.cursor = 0;
        return;
    }
    let page = usize::from(app.size.1.saturating_sub(8)).max(1);
    app.cursor = match action {
        Action::Up => app.cursor.saturating_sub(1),
        Action::Down => (app.cursor + 1).min(n - 1),
        Action::PageUp => app.cursor.saturating_sub(page),
        Action::PageDown => (app.cursor + page).min(n - 1),
        Action::First => 0,
        Action::Last => n - 1,
        _ => app.cursor,
    }
    .min(n - 1);
}

pub(crate) fn flow(app: &mut App, action: Action) {
    match action {
        // Long text opened from the review: Enter starts a new line there, so Tab returns.
        Action::Next if app.from_review && long_text(app) => go_on(app),
        Action::Next | Action::StepNext => {
            let arrive = if action == Action::Next {
                Arrive::Typing
            } else {
                Arrive::Commands
            };
            // The answer first: it may show or hide the questions that come next.
            if !commit_forward(app) {
                return;
            }
            if let Some(to) = app.next_screen() {
                navigate(app, to, true, arrive);
            } else {
                app.info("This is the last step: write the reports with w, or quit with q.");
            }
        }
        Action::Back | Action::StepBack => {
            let arrive = if action == Action::Back {
                Arrive::Typing
            } else {
                Arrive::Commands
            };
            if let Some(to) = app.prev_screen() {
                navigate(app, to, false, arrive);
            }
        }
        Action::GoTo(to) => navigate(app, to, false, Arrive::Commands),
        Action::Review => back_to_review(app, false),
        Action::StartEdit => start_typing(app),
        Action::EditHint => app
            .info("This answer is kept as it is: e or Enter edits it, Tab goes on, Ctrl+Q quits."),
        Action::StartTyping(c) => {
            if app.field.is_some() {
                start_typing(app);
                if let Some(f) = app.field.as_mut() {
                    f.type_text(&c.to_string());
                }
            }
        }
        Action::Escape => {
            if app.typing {
                stop_typing(app);
                app.field_commands = true;
                commit_quietly(app);
            } else if app.field.is_some() && !app.field_commands {
                // A field waiting for e (nothing typed yet): Esc too makes letters commands,
                // as the footer then says.
                app.field_commands = true;
            } else if matches!(app.screen, Screen::Review | Screen::Result) {
                back_one_level(app);
            } else if !app.filter.is_empty() {
                app.filter.clear();
                app.info("Every option again.");
            }
        }
        Action::Note => open_note(app),
        Action::Paste(text) => {
            if let Some(f) = app.field.as_mut() {
                f.paste(&text);
                app.typing = true;
                let theme = app.theme;
                if let Some(f) = app.field.as_mut() {
                    f.set_focus(true, &theme);
                }
            }
        }
        Action::Edit(input) => {
            if app.typing
                && let Some(f) = app.field.as_mut()
            {
                f.input(input);
            }
        }
        Action::Type(text) => {
            if app.typing
                && let Some(f) = app.field.as_mut()
            {
                f.type_text(&text);
            }
        }
        action => match app.screen {
            Screen::Detail(d) => metadata(app, d.index(), action),
            Screen::Question(qi) => question(app, qi, action),
            Screen::Review => review(app, action),
            Screen::Result => result(app, action),
            Screen::Export => export(app, action),
            Screen::Home => {}
        },
    }
}

/// Whether the current step is a long-text question.
pub(crate) fn long_text(app: &App) -> bool {
    app.question()
        .is_some_and(|q| q.kind == QuestionKind::LongText)
}

pub(crate) fn start_typing(app: &mut App) {
    if app.field.is_some() {
        app.typing = true;
        let theme = app.theme;
        if let Some(f) = app.field.as_mut() {
            f.set_focus(true, &theme);
        }
    }
}

/// `~/x` to `$HOME/x`, as a shell would.
pub(crate) fn expand_home(p: &str) -> PathBuf {
    if let Some(rest) = p.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(p)
}
