//! The wizard's I/O. [`update`](super::update::update) changes the state only and returns
//! these effects; the event loop carries them out with [`run`]. Every change to the answers
//! waits in the session until the [`Effect::Save`] that follows it.

use super::app::App;
use std::path::{Path, PathBuf};

/// Something `update` asks the event loop to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the assessment file. `keep_mine`: Ctrl+S after a collision keeps this session's
    /// values; `announce`: say where it was saved (Ctrl+S), rather than only what went wrong.
    Save { keep_mine: bool, announce: bool },
    /// Write the ticked reports. `replace`: the answer to "replace these files?": the rows (and
    /// why each was asked about) the user agreed to replace, empty for no (`None`: not asked
    /// yet).
    WriteReports {
        replace: Option<Vec<super::app::AskedFile>>,
    },
    /// Open the assessment at `path`; `typed` is the path as typed in the open-file box, which
    /// opens again with it if the file cannot be read.
    Open {
        path: PathBuf,
        typed: Option<String>,
    },
    /// Enter in the open-file box: open what is at this path as typed (a folder is refused;
    /// nothing there asks once, then starts a new assessment saved there).
    OpenTyped(String),
    /// Tab in the open-file box: complete the path from the folder's entries.
    CompletePath,
    /// The first run's tour was dismissed: record it, so it never shows again.
    RecordTourSeen,
    /// Enter in the sign-off dialog: record the sign-off typed there, as `raia sign` does.
    SignOff,
    /// A pause in the input: take in what another process wrote to the file meanwhile (a
    /// sign-off by `raia sign`, a hand edit), so the screen shows the file as it is.
    TakeInFile,
}

/// The effects the last action asked for, with a save first when it changed the assessment
/// (before a report is written from it, or another assessment is opened).
pub fn pending(app: &mut App) -> Vec<Effect> {
    let mut fx = std::mem::take(&mut app.effects);
    let staged = app
        .session_mut()
        .is_some_and(crate::session::Session::take_staged);
    if staged && !fx.iter().any(|e| matches!(e, Effect::Save { .. })) {
        fx.insert(
            0,
            Effect::Save {
                keep_mine: false,
                announce: false,
            },
        );
    }
    fx
}

/// Carries out `effects` in order, telling the user through the message line what failed.
pub fn run(app: &mut App, effects: Vec<Effect>) {
    let mut queue = std::collections::VecDeque::from(effects);
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::Save {
                keep_mine,
                announce,
            } => save(app, keep_mine, announce),
            Effect::WriteReports { replace } => super::update::write_reports_with(app, replace),
            Effect::Open { path, typed } => open(app, &path, typed),
            Effect::OpenTyped(text) => super::update::open_typed_path(app, &text),
            Effect::CompletePath => super::update::complete_typed_path(app),
            Effect::RecordTourSeen => app.dismiss_tour(),
            Effect::SignOff => super::update::record_signoff(app),
            Effect::TakeInFile => take_in_file(app),
        }
        // What carrying it out asked for in turn (opening a file records the position; a
        // path with nothing there starts a new file), after what was already queued.
        queue.extend(pending(app));
    }
}

fn save(app: &mut App, keep_mine: bool, announce: bool) {
    let Some(s) = app.session_mut() else {
        return;
    };
    let unnamed = s.path.is_none();
    let revision = s.revision;
    // Ctrl+S is the user's word that the answers hold for the questionnaire text in use.
    let bound = announce && s.bind();
    let r = if keep_mine {
        s.save_keeping_mine()
    } else {
        s.save()
    };
    let r = r.map(|p| p.map(Path::to_path_buf));
    // A save may take in changes made to the file meanwhile.
    follow_taken_in(app, revision);
    if !announce {
        let named = r.as_ref().ok().and_then(Option::clone).filter(|_| unnamed);
        app.after_save(r);
        if let Some(p) = named {
            name_taken(app, &p);
        }
        return;
    }
    match r {
        Ok(Some(p)) => {
            let before = app.message.take();
            app.after_save(Ok(()));
            let took = app
                .message
                .take()
                .map(|m| format!(" {}", m.text))
                .unwrap_or_default();
            app.message = before;
            let bound = if bound {
                " The answers are now bound to the questionnaire text in use."
            } else {
                ""
            };
            app.info(format!("Saved to {}.{bound}{took}", p.display()));
        }
        Ok(None) => {
            app.error("Not saved yet: type the system name first; it names the draft file.")
        }
        Err(e) => app.after_save::<()>(Err(e)),
    }
}

/// After a save or a look at the file took in changes made to it meanwhile: the evaluation
/// follows them, and so does a field nothing was typed into since, which would otherwise show
/// (and build on) a value no longer stored (new-user pass: after Ctrl+S put a text back, the
/// field still showed the file's). Only a save that took something in does that: the stored
/// form of what is being typed is trimmed, and putting it back in the field after a pause in
/// typing deleted the space or line break just typed (a new-user pass saved "LoanScreen").
fn follow_taken_in(app: &mut App, revision: u64) {
    let took_in = app.session().is_some_and(|s| s.revision != revision);
    app.refresh();
    if took_in
        && app.field.as_ref().is_some_and(|f| !f.edited())
        && let Some(fresh) = app.field_for(app.screen)
        && app.field.as_ref().is_some_and(|f| f.text() != fresh.text())
    {
        super::update::rebuild_field(app, app.typing);
    }
}

/// [`Effect::TakeInFile`]: what changed in the file since the wizard last read or wrote it is
/// merged in as a save merges it, and said as a save says it. A new-user review signed with
/// `raia sign` while the wizard had the file open, and the result went on calling the sign-off
/// stale until Ctrl+S. Nothing is written; unsaved answers stay. A file gone or half edited is
/// left for the next save to report, rather than said at every pause.
fn take_in_file(app: &mut App) {
    let Some(s) = app.session_mut() else {
        return;
    };
    let revision = s.revision;
    if !matches!(s.take_in_file(), Ok(true)) {
        return;
    }
    follow_taken_in(app, revision);
    app.after_save(Ok(()));
}

/// A new draft named after a system that already has one is a separate draft: said, with the
/// way to the other one, as plain mode says it (new-user pass: the wizard said nothing).
fn name_taken(app: &mut App, path: &Path) {
    let Some(system) = app.session().map(|s| s.assessment.metadata.system.clone()) else {
        return;
    };
    let stem = crate::assessment::store::draft_stem(&system);
    let Some(dir) = path.parent() else {
        return;
    };
    let first = dir.join(format!("{stem}.toml"));
    if first != path && first.exists() {
        let file = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        app.info(format!(
            "A draft named {stem} already exists, so this one is a separate draft, {file}. To continue {stem} instead, quit and run: raia resume {stem}"
        ));
    }
}

fn open(app: &mut App, path: &Path, typed: Option<String>) {
    let Err(e) = app.open(path) else {
        return;
    };
    let first = format!("{e:#}");
    let first = first.lines().next().unwrap_or_default().to_string();
    match typed {
        Some(text) => {
            app.overlay = super::app::Overlay::OpenFile {
                field: super::app::Field::new(&text, false, "", &app.theme),
            };
            app.error(format!("Cannot open it: {first}"));
        }
        None => {
            let name = path
                .file_stem()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            app.error(format!("Cannot open {name}: {e:#}"));
        }
    }
}
