//! The dialogs over a step (status, note, sign-off, open file) and completing a typed path.

use super::*;

pub(crate) fn overlay(app: &mut App, action: Action) {
    match (&app.overlay, action) {
        (
            Overlay::Keys | Overlay::Help,
            a @ (Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last),
        ) => {
            let area = Rect::new(0, 0, app.size.0, app.size.1);
            let max = view::popup_max_scroll(app, area);
            let page = usize::from(app.size.1.saturating_sub(6)).max(1);
            let s = app.popup_scroll.min(max);
            app.popup_scroll = match a {
                Action::Up => s.saturating_sub(1),
                Action::Down => s + 1,
                Action::PageUp => s.saturating_sub(page),
                Action::PageDown => s + page,
                Action::First => 0,
                _ => max,
            }
            .min(max);
        }
        (Overlay::Keys | Overlay::Help, _) => app.overlay = Overlay::None,
        (Overlay::Overwrite { rows }, Action::Yes) => {
            // Only the files the question named, for the reason it gave.
            let asked = rows.clone();
            app.overlay = Overlay::None;
            app.effects.push(Effect::WriteReports {
                replace: Some(asked),
            });
        }
        (Overlay::Overwrite { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.effects.push(Effect::WriteReports {
                replace: Some(Vec::new()),
            });
        }
        (Overlay::Overwrite { .. }, _) => {}
        (Overlay::Filter { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.filter.clear();
            app.cursor = 0;
        }
        (Overlay::Filter { .. }, Action::Confirm | Action::Next | Action::Back) => {
            app.overlay = Overlay::None;
            if !app.filter.is_empty() {
                let n = app.filtered_count();
                app.info(format!(
                    "{} \"{}\"; Esc shows them all again.",
                    crate::explain::plural(n, "row holds", "rows hold"),
                    app.filter
                ));
            }
        }
        (Overlay::Plan { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.info("The plan is as it was.");
        }
        (Overlay::Plan { .. }, Action::Confirm) => super::steps::save_plan(app),
        // Esc on what must change goes back to who signs, as typed.
        (
            Overlay::SignOff {
                signer: Some(_), ..
            },
            Action::Escape,
        ) => {
            if let Overlay::SignOff { field, signer, .. } = &mut app.overlay
                && let Some(who) = signer.take()
            {
                *field = Field::new(
                    &who,
                    false,
                    "your name, then your role after a comma",
                    &app.theme,
                );
            }
        }
        (Overlay::SignOff { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.info("Not signed.");
        }
        // A request for changes or a rejection asks what must change before it is signed.
        (
            Overlay::SignOff {
                signer: None,
                decision,
                field,
            },
            Action::Confirm,
        ) if *decision != crate::signoff::Decision::Approved && !field.text().trim().is_empty() => {
            if let Overlay::SignOff { field, signer, .. } = &mut app.overlay {
                *signer = Some(field.text());
                *field = Field::new("", false, "what must change, in your words", &app.theme);
            }
        }
        (Overlay::SignOff { .. }, Action::Confirm) => app.effects.push(Effect::SignOff),
        (
            Overlay::SignOff { .. },
            a @ (Action::Next | Action::Back | Action::Up | Action::Down),
        ) => {
            if let Overlay::SignOff { decision, .. } = &mut app.overlay {
                let all = crate::signoff::Decision::ALL;
                let at = all.iter().position(|d| d == decision).unwrap_or(0);
                let to = if matches!(a, Action::Back | Action::Up) {
                    (at + all.len() - 1) % all.len()
                } else {
                    (at + 1) % all.len()
                };
                *decision = all.get(to).copied().unwrap_or(*decision);
            }
        }
        (Overlay::OpenFile { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.pending_new = None;
        }
        // Esc leaves the export path as it was: a half-typed path is not kept (new-user pass:
        // "oops-typo" was), and a refused one does not hold the box open.
        (Overlay::ExportPath { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.info("The path is as it was.");
        }
        // Tab completes the path, as in a shell, instead of closing the box (the export path
        // box too: a new user's Tab saved a half-typed path there).
        (Overlay::OpenFile { .. } | Overlay::ExportPath { .. }, Action::Next) => {
            app.effects.push(Effect::CompletePath);
        }
        (Overlay::OpenFile { .. }, Action::Back) => {}
        (Overlay::OpenFile { field }, Action::Confirm) => {
            let text = field.text().trim().to_string();
            if text.is_empty() {
                app.error("Type the path of an assessment file, e.g. ./triage.toml");
            } else {
                app.effects.push(Effect::OpenTyped(text));
            }
        }
        (Overlay::Safeguard { id, .. }, a @ (Action::Up | Action::Down | Action::Choose(_))) => {
            let id = id.clone();
            // The status the file records, as the dialog marks it: with none, ↑ or ↓ starts at
            // the first.
            let current = marked_status(app, &id);
            let all = SafeguardStatus::ALL;
            let at = current.and_then(|c| all.iter().position(|s| *s == c));
            let to = match (a, at) {
                (Action::Up, Some(i)) => i.saturating_sub(1),
                (Action::Down, Some(i)) => (i + 1).min(all.len() - 1),
                (Action::Choose(k), _) => k.min(all.len() - 1),
                (_, Some(i)) => i,
                (_, None) => 0,
            };
            if let Some(&status) = all.get(to)
                && (Some(to) != at || current_source_is_default(app, &id))
            {
                set_safeguard_status(app, &id, status);
            }
        }
        (Overlay::Safeguard { .. }, a @ (Action::Next | Action::Back | Action::StartTyping(_))) => {
            let typed = match a {
                Action::StartTyping(c) => Some(c),
                _ => None,
            };
            let theme = app.theme;
            commit_overlay_field(app);
            if let Overlay::Safeguard {
                field, on_evidence, ..
            } = &mut app.overlay
            {
                *on_evidence = typed.is_some() || !*on_evidence;
                field.set_focus(*on_evidence, &theme);
                if let Some(c) = typed {
                    field.type_text(&c.to_string());
                }
            }
        }
        (
            Overlay::Safeguard {
                id,
                before,
                undo_from,
                ..
            },
            Action::Escape,
        ) => {
            let (id, before, mark) = (id.clone(), before.clone(), *undo_from);
            // What was typed is taken in first, so undo can bring it back: a new user lost the
            // evidence typed before Esc, with nothing saying it could be had again. The visit
            // is one step, so u brings all of it back, and a second u goes back before it.
            commit_overlay_field(app);
            if let Some(s) = app.session_mut() {
                s.squash_safeguard(&id, mark);
            }
            app.overlay = Overlay::None;
            let mut changed = false;
            if let Some(s) = app.session_mut() {
                changed = s.assessment.safeguards.get(&id) != before.as_ref();
                let r = s.restore_safeguard(&id, before);
                report(app, r);
            }
            app.refresh();
            say_first(
                app,
                if changed {
                    "Cancelled: the status and evidence are as they were; u brings back what you set."
                } else {
                    "Cancelled: the status and evidence are as they were."
                },
            );
        }
        (_, Action::Edit(input)) => {
            if let Some(f) = app.overlay.field_mut() {
                f.input(input);
            }
        }
        (_, Action::Type(text)) => {
            if let Some(f) = app.overlay.field_mut() {
                f.type_text(&text);
            }
        }
        (_, Action::Paste(text)) => {
            if let Some(f) = app.overlay.field_mut() {
                f.paste(&text);
            }
        }
        (_, Action::Escape | Action::Confirm | Action::Next | Action::Back) => commit_overlay(app),
        _ => {}
    }
}

/// Completes a typed path as a shell does: to the one entry that starts with it (a folder
/// gets a `/`), or to what all the entries that start with it share. Returns the new text and
/// the names that matched. Hidden entries match only when asked for with a dot.
pub fn complete_path(text: &str) -> (String, Vec<String>) {
    let (dir_part, prefix) = match text.rfind('/') {
        Some(i) => (&text[..=i], &text[i + 1..]),
        None => ("", text),
    };
    let dir = if dir_part.is_empty() {
        PathBuf::from(".")
    } else {
        expand_home(dir_part)
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (text.to_string(), Vec::new());
    };
    let mut names: Vec<(String, bool)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.path().is_dir();
            (name.starts_with(prefix) && (prefix.starts_with('.') || !name.starts_with('.')))
                .then_some((name, is_dir))
        })
        .collect();
    names.sort();
    let shown: Vec<String> = names
        .iter()
        .map(|(n, d)| if *d { format!("{n}/") } else { n.clone() })
        .collect();
    let done = match shown.as_slice() {
        [] => return (text.to_string(), shown),
        [one] => one.clone(),
        [first, rest @ ..] => {
            let mut common = first.len();
            for m in rest {
                common = common.min(
                    first
                        .char_indices()
                        .zip(m.chars())
                        .take_while(|((_, a), b)| a == b)
                        .count(),
                );
            }
            first.chars().take(common).collect()
        }
    };
    (format!("{dir_part}{done}"), shown)
}

/// Tab in the open-file or export path box (an effect: it reads the folder): completes the
/// path typed, as a shell does, and lists the matches when there are several.
pub(crate) fn complete_typed_path(app: &mut App) {
    let (Overlay::OpenFile { field } | Overlay::ExportPath { field, .. }) = &app.overlay else {
        return;
    };
    let text = field.text();
    let (done, choices) = complete_path(&text);
    if let Overlay::OpenFile { field } | Overlay::ExportPath { field, .. } = &mut app.overlay
        && done != text
    {
        field.set_text(&done);
    }
    match choices.len() {
        0 => app.error("No file or folder starts with that."),
        1 => {}
        n => {
            let shown: Vec<&str> = choices.iter().take(8).map(String::as_str).collect();
            let more = if n > 8 { ", …" } else { "" };
            app.info(format!("{n} match: {}{more}", shown.join(", ")));
        }
    }
}

/// Enter in the open-file box (an effect: it looks at the file system). A file opens; a path
/// with nothing there asks once, then starts a new assessment saved there.
pub(crate) fn open_typed_path(app: &mut App, text: &str) {
    let path = expand_home(text);
    if path.is_dir() {
        app.error(format!(
            "{} is a directory: type the path of a .toml file.",
            path.display()
        ));
        return;
    }
    // Anything else that is there (a FIFO, a device) is refused by the reader, with the reason.
    if path.exists() {
        app.overlay = Overlay::None;
        app.effects.push(Effect::Open {
            path,
            typed: Some(text.to_string()),
        });
        return;
    }
    if app.pending_new.as_deref() == Some(path.as_path()) {
        app.overlay = Overlay::None;
        app.pending_new = None;
        app.start_new(Some(path));
        return;
    }
    app.info(format!(
        "No file at {}. Enter again starts a new assessment saved there; Esc cancels.",
        path.display()
    ));
    app.pending_new = Some(path);
}
