//! The footer: the keys that matter right now, so the next step is always visible. The full
//! table is in the `?` overlay.

use crate::questionnaire::QuestionKind;
use crate::tui::app::{App, Mode, Overlay, Screen};
use crate::tui::widgets::width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Every key, grouped, for the `?` overlay and the docs: (group, keys, what they do).
pub const KEY_TABLE: &[(&str, &str, &str)] = &[
    (
        "Anywhere, even while typing",
        "Tab / Shift+Tab",
        "next / previous question, ready to type (text is saved)",
    ),
    (
        "Anywhere, even while typing",
        "Enter",
        "choose the option moved to, or save, and go on (new line in long text)",
    ),
    (
        "Anywhere, even while typing",
        "Esc",
        "close a popup; leave a text field for commands",
    ),
    (
        "Anywhere, even while typing",
        "Ctrl+S · Ctrl+N",
        "save now · note on this answer",
    ),
    (
        "Anywhere, even while typing",
        "F1 · F2 · Ctrl+L",
        "keys · help on this question · repaint",
    ),
    (
        "Anywhere, even while typing",
        "Ctrl+_ · Ctrl+R",
        "undo · redo the last change (Ctrl+/ sends Ctrl+_; Ctrl+Z suspends, as in a shell)",
    ),
    (
        "Anywhere, even while typing",
        "Ctrl+Q · Ctrl+C",
        "quit: every answer is already saved",
    ),
    (
        "In lists (and text fields after Esc)",
        "↑↓ jk · ←→ hl",
        "move · previous / next question (letters stay commands)",
    ),
    (
        "In lists (and text fields after Esc)",
        "e · Enter",
        "start typing in this text field",
    ),
    (
        "In lists (and text fields after Esc)",
        "Space x · 1-9",
        "choose, or tick and untick · option N (1 then 4 is 14); on a single choice already answered, a number moves there and Enter or Space chooses it",
    ),
    (
        "In lists (and text fields after Esc)",
        "D · u U",
        "clear this answer · undo, redo the last change (last 50)",
    ),
    (
        "In lists (and text fields after Esc)",
        "n · i · r",
        "note · help · review all answers",
    ),
    (
        "In lists (and text fields after Esc)",
        "? · q",
        "this key list · quit",
    ),
    (
        "In lists (and text fields after Esc)",
        "g G · PgUp PgDn",
        "first / last · page; past the list, scroll",
    ),
    (
        "In lists (and text fields after Esc)",
        "/ · Esc",
        "filter the review, result or options · clear it, then back a step",
    ),
    (
        "In lists (and text fields after Esc)",
        "s · p",
        "on the result: record a sign-off, as `raia sign` does · who puts the selected safeguard in place, and by when",
    ),
    (
        "While typing",
        "←→ ↑↓ · Home End",
        "move · start / end of the line as wrapped on screen",
    ),
    (
        "While typing",
        "Ctrl+←→ · Ctrl+A",
        "a word left / right · start of the line",
    ),
    (
        "While typing",
        "Ctrl+W · Ctrl+K",
        "delete back to the last space · to the end of the line",
    ),
    (
        "While typing",
        "Ctrl+U · Ctrl+Y",
        "delete to the start of the line · paste what Ctrl+U, K or W deleted, as in a shell",
    ),
    (
        "While typing",
        "Ctrl+E",
        "long text: edit it in $VISUAL / $EDITOR (as in huh); elsewhere, end of the line",
    ),
    (
        "While typing",
        "PgUp PgDn",
        "scroll the panel (help, policy clause), even in long text",
    ),
];

/// Lines under the table in the overlay.
pub const KEY_NOTES: &[&str] = &[
    "In text fields every letter types; Enter in long text starts a new line. A field reached with h l j k, an arrow or a click waits: h and l step on, a blank one takes any other printable key as its first letter, one that holds an answer waits for e or Enter (a stray key never changes it), and the arrows, Tab and Enter move (quit with Ctrl+Q). After Esc, letters are commands (q quits, r reviews, u undoes).",
    "Too small a terminal shows a notice: until it is larger only q and Ctrl+Q act.",
    "Home: n new, o open a file. Export: w writes. Mouse: click a step in the sidebar, options, rows; wheel scrolls.",
];

/// (key, what it does) pairs for the footer, most important first. The first two and the last
/// two are always shown; the rest as space allows.
pub fn hints(app: &App) -> Vec<(&'static str, &'static str)> {
    let mut v = screen_hints(app);
    if matches!(app.screen, Screen::Review | Screen::Result) && app.overlay.is_none() {
        let at = 1.min(v.len());
        if app.filter.is_empty() {
            v.insert(v.len().saturating_sub(2), ("/", "filter"));
        } else {
            v.insert(at, ("Esc", "all rows (filtered)"));
        }
    }
    if app.from_review && app.overlay.is_none() {
        let typing = matches!(app.mode(), Mode::Typing { .. });
        let long = app
            .question()
            .is_some_and(|q| q.kind == QuestionKind::LongText);
        for h in v.iter_mut() {
            match *h {
                ("Enter", what) if what.contains("next") => h.1 = "back to review",
                // Long text: Enter starts a new line, so Tab returns.
                ("Tab", _) if long => {
                    h.1 = if typing {
                        "save, back to review"
                    } else {
                        "back to review"
                    };
                }
                ("r", "review") => h.1 = "back to review",
                _ => {}
            }
        }
        // Where the way back is not the first key, it comes second.
        if let Some(i) = v.iter().position(|h| h.1.contains("back to review"))
            && i > 1
        {
            let h = v.remove(i);
            v.insert(1, h);
        }
    }
    v
}

/// The commands of a question's list of options, between the keys that pick and the way out.
const LIST_COMMANDS: &[(&str, &str)] = &[
    ("S-Tab", "back"),
    ("u", "undo"),
    ("n", "note"),
    ("i", "help"),
    ("r", "review"),
];

fn screen_hints(app: &App) -> Vec<(&'static str, &'static str)> {
    match &app.overlay {
        Overlay::Keys | Overlay::Help => {
            return vec![
                ("↑↓ PgUp PgDn", "scroll"),
                ("other keys", "close this popup"),
            ];
        }
        Overlay::Note { .. } => {
            return vec![
                ("type", "the note"),
                ("Esc/Tab", "done (saved)"),
                ("Enter", "new line"),
                ("Ctrl+Q", "quit"),
            ];
        }
        Overlay::Safeguard {
            on_evidence: false, ..
        } => {
            return vec![
                ("1-4 ↑↓", "status"),
                ("Enter", "done"),
                ("Esc", "cancel"),
                ("Tab", "evidence"),
                ("Ctrl+Q", "quit"),
            ];
        }
        Overlay::Safeguard { .. } => {
            return vec![
                ("type", "evidence"),
                ("Ctrl+S", "done"),
                ("Tab", "status"),
                ("Esc", "cancel"),
                ("Enter", "new line"),
                ("Ctrl+Q", "quit"),
            ];
        }
        Overlay::OpenFile { .. } => {
            return vec![("type", "a path"), ("Enter", "open"), ("Esc", "cancel")];
        }
        Overlay::Plan { .. } => {
            return vec![
                ("type", "owner, date"),
                ("Enter", "save"),
                ("Esc", "cancel"),
            ];
        }
        Overlay::SignOff {
            signer: Some(_), ..
        } => {
            return vec![
                ("type", "what must change"),
                ("Enter", "sign"),
                ("Esc", "back"),
            ];
        }
        Overlay::SignOff { .. } => {
            return vec![
                ("type", "name, role"),
                ("Tab", "decision"),
                ("Enter", "sign"),
                ("Esc", "cancel"),
            ];
        }
        Overlay::ExportPath { .. } => {
            return vec![
                ("type", "a path"),
                ("Enter", "done"),
                ("Esc", "cancel"),
                ("empty", "default path"),
            ];
        }
        Overlay::Filter { .. } => {
            return vec![
                ("type", "filter"),
                ("Enter", "keep it"),
                ("Esc", "clear it"),
            ];
        }
        Overlay::Overwrite { .. } => {
            return vec![("y", "replace them"), ("n/Esc", "keep them")];
        }
        Overlay::None => {}
    }
    let typing = matches!(app.mode(), Mode::Typing { .. });
    match app.screen {
        Screen::Home => vec![
            ("↑↓", "move"),
            ("Enter", "open"),
            ("n", "new"),
            ("o", "open file"),
            ("?", "keys"),
            ("q", "quit"),
        ],
        Screen::Detail(_) if typing => vec![
            ("Enter", "next field"),
            ("↑↓", "fields"),
            ("Esc", "commands"),
            ("Tab/S-Tab", "next/back"),
            ("F1", "keys"),
            ("Ctrl+Q", "quit"),
        ],
        // After Esc, letters are commands.
        Screen::Detail(_) if app.field_commands => vec![
            ("Enter/e", "edit"),
            ("↑↓", "fields"),
            ("Tab", "next"),
            ("r", "review"),
            ("u", "undo"),
            ("?", "keys"),
            ("q", "quit"),
        ],
        // Letters type here, so quitting is Ctrl+Q.
        Screen::Detail(_) => vec![
            ("type", "to edit"),
            ("↑↓", "fields"),
            ("Tab", "next"),
            ("Ctrl+_", "undo"),
            ("F1", "keys"),
            ("Ctrl+Q", "quit"),
        ],
        Screen::Question(qi) => {
            let kind = app.question().map_or(QuestionKind::Single, |q| q.kind);
            // Enter picks only an option moved to: until then it does not choose (a new-user
            // trial read "Enter choose+next", pressed it, and was told nothing was chosen).
            let enter_picks = app.cursor_moved || app.answer(qi).is_some();
            match (kind, typing) {
                (QuestionKind::LongText, true) => vec![
                    ("Tab", "save+next"),
                    ("Enter", "new line"),
                    ("Esc", "commands"),
                    ("S-Tab", "back"),
                    ("Ctrl+N", "note"),
                    ("F2", "help"),
                    ("F1", "keys"),
                    ("Ctrl+Q", "quit"),
                ],
                (_, true) => vec![
                    ("Enter", "save+next"),
                    ("S-Tab", "back"),
                    ("Esc", "commands"),
                    ("Ctrl+N", "note"),
                    ("F2", "help"),
                    ("F1", "keys"),
                    ("Ctrl+Q", "quit"),
                ],
                // The commands every list of options has, after the keys that pick.
                (QuestionKind::Multi, _) => [
                    [("Space/x", "tick"), ("Enter", "next"), ("↑↓", "move")].as_slice(),
                    LIST_COMMANDS,
                    &[("D", "clear"), ("?", "keys"), ("q", "quit")],
                ]
                .concat(),
                // Nothing to clear yet.
                (k, _) if k.has_options() && !enter_picks => [
                    [("Space/1-9", "choose"), ("↑↓", "move")].as_slice(),
                    LIST_COMMANDS,
                    &[("?", "keys"), ("q", "quit")],
                ]
                .concat(),
                // Answered: a digit moves to its option as ↑↓ do; Enter or Space chooses it.
                (k, _) if k.has_options() => [
                    [("↑↓/1-9", "move"), ("Enter", "choose+next")].as_slice(),
                    LIST_COMMANDS,
                    &[("D", "clear"), ("?", "keys"), ("q", "quit")],
                ]
                .concat(),
                // After Esc, letters are commands.
                _ if app.field_commands => vec![
                    ("Enter/e", "edit"),
                    ("Tab", "next"),
                    ("S-Tab", "back"),
                    ("u", "undo"),
                    ("n", "note"),
                    ("r", "review"),
                    ("?", "keys"),
                    ("q", "quit"),
                ],
                // An answer waits for e: h and l step, other letters say how to edit it.
                _ if app.field.as_ref().is_some_and(|f| !f.text().is_empty()) => vec![
                    ("Enter/e", "edit"),
                    ("Tab", "next"),
                    ("S-Tab", "back"),
                    ("h l", "step"),
                    ("Ctrl+_", "undo"),
                    ("Ctrl+N", "note"),
                    ("F1", "keys"),
                    ("Ctrl+Q", "quit"),
                ],
                // Letters type here, so quitting is Ctrl+Q.
                _ => vec![
                    ("type", "to answer"),
                    ("Tab", "next"),
                    ("S-Tab", "back"),
                    ("Ctrl+_", "undo"),
                    ("Ctrl+N", "note"),
                    ("F1", "keys"),
                    ("Ctrl+Q", "quit"),
                ],
            }
        }
        // The key to go on first: it always stays when a narrow footer drops hints (a new user
        // at 60 columns lost Tab and Shift+Tab on the result).
        Screen::Review => vec![
            ("Tab", "result"),
            ("↑↓", "move"),
            ("Enter", "change"),
            ("S-Tab", "back"),
            ("?", "keys"),
            ("q", "quit"),
        ],
        Screen::Result => {
            // "p plan" only where p opens the plan: a gap with a recorded status (a new-user
            // review typed a plan after p on a row with none, and it ran as commands).
            let plannable = app
                .result_rows()
                .get(app.cursor)
                .is_some_and(|s| s.is_gap() && app.status_recorded(&s.id));
            // The result's own actions first: a narrow footer drops hints from the middle,
            // last first, and at 80 columns it dropped "s sign off" and "p plan" (a new-user
            // review), where moving and going back are the wizard's keys everywhere.
            let mut keys = vec![
                ("Tab", "export"),
                ("Enter", "set status"),
                ("s", "sign off"),
            ];
            if plannable {
                keys.push(("p", "plan"));
            }
            keys.extend([
                ("↑↓", "move"),
                ("S-Tab", "review"),
                ("?", "keys"),
                ("q", "quit"),
            ]);
            keys
        }
        Screen::Export => vec![
            ("w", "write"),
            ("↑↓", "move"),
            ("Space", "tick"),
            ("Enter", "path"),
            ("S-Tab", "result"),
            ("?", "keys"),
            ("q", "quit"),
        ],
    }
}

pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let all = hints(app);
    let max = area.width as usize;
    let cost = |h: &(&str, &str)| width(h.0) + width(h.1) + 4;
    // Drop optional hints (from the middle, last first) until the line fits.
    let mut keep: Vec<bool> = vec![true; all.len()];
    let mut total: usize = 1 + all.iter().map(cost).sum::<usize>();
    let mut i = all.len().saturating_sub(3);
    while total > max && i >= 2 {
        if let (Some(k), Some(hint)) = (keep.get_mut(i), all.get(i)) {
            *k = false;
            total -= cost(hint);
        }
        i -= 1;
    }
    // Still too long: the second and the one before last go too; the first key (the next
    // step) and the last (quit) always stay.
    for j in [1, all.len().saturating_sub(2)] {
        if total > max
            && j > 0
            && j + 1 < all.len()
            && let Some(k) = keep.get_mut(j).filter(|k| **k)
            && let Some(hint) = all.get(j)
        {
            *k = false;
            total -= cost(hint);
        }
    }
    let mut spans = vec![Span::raw(" ")];
    for (h, k) in all.iter().zip(keep) {
        if !k {
            continue;
        }
        spans.push(Span::styled(h.0, t.key()));
        spans.push(Span::styled(format!(" {}   ", h.1), t.text()));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
