//! The review, result and export steps: opening an item, sign-off, safeguard statuses and reports.

use super::*;

pub(crate) fn review(app: &mut App, action: Action) {
    // Space does not open a row here: a word typed on a list ("r" opens the review) sent its
    // space into the first row and the rest of the word into the system name (a new-user
    // review). Enter opens a row, as the footer says.
    if matches!(action, Action::Toggle) {
        app.info("Enter opens the row under the cursor; Esc goes back.".to_string());
        return;
    }
    let n = app.review_items().len();
    list_action(app, &action, n, open_review_item);
}

/// Esc on the review or the result, as in lazygit and k9s: a filter is cleared first, then
/// the step before.
pub(crate) fn back_one_level(app: &mut App) {
    if !app.filter.is_empty() {
        // The row under the cursor stays under it (a wizard review was sent to the top).
        let review_row = app.review_items().get(app.cursor).copied();
        let result_row = app.result_rows().get(app.cursor).map(|s| s.id.clone());
        app.filter.clear();
        app.cursor = match app.screen {
            Screen::Review => review_row
                .and_then(|it| app.review_items().iter().position(|r| *r == it))
                .unwrap_or(0),
            Screen::Result => result_row
                .and_then(|id| app.result_rows().iter().position(|s| s.id == id))
                .unwrap_or(0),
            _ => 0,
        };
        app.scroll = None;
        app.info("All rows again.");
        return;
    }
    if let Some(to) = app.prev_screen() {
        navigate(app, to, false, Arrive::Commands);
    }
}

pub(crate) fn open_review_item(app: &mut App) {
    let to = match app.review_items().get(app.cursor) {
        Some(ReviewItem::Meta(i)) => match Detail::at(*i) {
            Some(d) => Screen::Detail(d),
            None => return,
        },
        Some(ReviewItem::Question(qi)) => Screen::Question(*qi),
        None => return,
    };
    // The questions still to answer when the row was opened, by the whole list: one the change
    // adds is shown whatever the filter.
    let open_before = {
        let filter = std::mem::take(&mut app.filter);
        let open: Vec<ReviewItem> = app
            .review_items()
            .into_iter()
            .filter(|r| is_open(app, r))
            .collect();
        app.filter = filter;
        open
    };
    let place = (app.filter.clone(), app.cursor, open_before);
    // Enter on a row means "change this": a text answer arrives typing (a new user's typing
    // once went to commands: r left for the review and u undid an answer). Esc gives commands.
    navigate(app, to, false, Arrive::Typing);
    // As in a form's summary: after changing the answer, Enter comes back here.
    app.from_review = app.screen == to;
    app.review_place = app.from_review.then_some(place);
}

/// Enter on an answered step: back to the review it was opened from, else the next step.
pub(crate) fn go_on(app: &mut App) {
    // The answer first: it may show or hide the questions that come next.
    if !commit_forward(app) {
        return;
    }
    if !app.from_review {
        let left = left_unanswered(app);
        if let Some(to) = app.next_screen() {
            navigate(app, to, true, Arrive::Typing);
            // Enter on an empty required question moves on, as Tab does, but says so: the
            // sidebar's count was the only sign a new user had.
            if let Some(n) = left {
                crate::tui::update::answers::append_info(
                    app,
                    &format!(
                        "Question {n} is still unanswered; the review (r) lists what is open."
                    ),
                );
            }
        }
        return;
    }
    back_to_review(app, true);
}

/// The number of the question on screen (as "Question N of M" counts) if it is required and
/// has no answer.
fn left_unanswered(app: &App) -> Option<usize> {
    let Screen::Question(qi) = app.screen else {
        return None;
    };
    let required = app.q().questions.get(qi).is_some_and(|q| !q.optional);
    if !required || app.has_answer(qi) {
        return None;
    }
    app.derived.visible().binary_search(&qi).ok().map(|p| p + 1)
}

/// To the review, with the cursor on the row of the step it was opened from (r, or Enter after
/// a jump from the review). With `strict`, an invalid value keeps the user here to fix it.
pub(crate) fn back_to_review(app: &mut App, strict: bool) {
    let item = match app.screen {
        Screen::Detail(d) if app.from_review => Some(ReviewItem::Meta(d.index())),
        Screen::Question(qi) if app.from_review => Some(ReviewItem::Question(qi)),
        _ => None,
    };
    let place = item.and(app.review_place.take());
    let from_result = app.screen == Screen::Result;
    navigate(app, Screen::Review, strict, Arrive::Commands);
    if app.screen != Screen::Review {
        return;
    }
    // The filter it was opened from comes back with it, and the row: the step's own row, or
    // where it was when the change took it out of the filter.
    if let Some((filter, _, open_before)) = &place {
        // Unless the change added a question still to answer that the filter would hide: a
        // wizard review saw only a count of it, and lost its place clearing the filter.
        let hidden_open = {
            app.filter.clear();
            let open = app
                .review_items()
                .into_iter()
                .filter(|r| is_open(app, r) && !open_before.contains(r))
                .collect::<Vec<_>>();
            app.filter = filter.clone();
            let shown = app.review_items();
            open.iter().any(|r| !shown.contains(r))
        };
        if hidden_open {
            app.filter.clear();
            crate::tui::update::answers::append_info(
                app,
                "All rows again: the change added a question to answer that is not in the filter.",
            );
        }
    }
    let rows = app.review_items();
    if let Some(row) = item.and_then(|it| rows.iter().position(|r| *r == it)) {
        app.cursor = row;
    } else if let Some((_, at, _)) = place {
        app.cursor = at.min(rows.len().saturating_sub(1));
    } else if from_result {
        // "Incomplete (r reviews)": r lands on the first question left unanswered, not the top
        // of the review two screens above it (a new-user review).
        if let Some(row) = rows.iter().position(|r| is_open(app, r)) {
            app.cursor = row;
        }
    }
}

/// A required question left unanswered.
fn is_open(app: &App, r: &ReviewItem) -> bool {
    match r {
        ReviewItem::Question(qi) => {
            app.q().questions.get(*qi).is_some_and(|q| !q.optional) && !app.has_answer(*qi)
        }
        ReviewItem::Meta(_) => false,
    }
}

pub(crate) fn result(app: &mut App, action: Action) {
    if action == Action::SignOff {
        app.overlay = Overlay::SignOff {
            field: Field::new(
                "",
                false,
                "your name, then your role after a comma",
                &app.theme,
            ),
            decision: crate::signoff::Decision::ChangesRequested,
            signer: None,
        };
        return;
    }
    if action == Action::Plan {
        open_plan(app);
        return;
    }
    let n = app.result_rows().len();
    list_action(app, &action, n, open_safeguard);
}

/// p on the result: the selected safeguard's owner and target date, for the reports'
/// remediation plan (a new-user pass found the report asking for them and no way to record
/// them but in the file). Only for a gap with a recorded status: the plan is kept beside it.
fn open_plan(app: &mut App) {
    let Some(s) = app.result_rows().get(app.cursor).copied().cloned() else {
        return;
    };
    if !s.is_gap() {
        app.info(format!(
            "\"{}\" is not open: a plan is for a safeguard still missing or planned.",
            s.title
        ));
        return;
    }
    if !app.status_recorded(&s.id) {
        app.error(format!(
            "Set the status of \"{}\" first (Enter): its owner and target date are kept beside it.",
            s.title
        ));
        return;
    }
    let now = app
        .session()
        .and_then(|x| x.assessment.plans.get(s.id.as_str()))
        .map(|p| match (p.owner.as_str(), p.target.as_str()) {
            (o, "") => o.to_string(),
            (o, t) => format!("{o}, {t}"),
        })
        .unwrap_or_default();
    app.overlay = Overlay::Plan {
        id: s.id.to_string(),
        field: Field::new(
            &now,
            false,
            "who puts it in place, then the date after a comma",
            &app.theme,
        ),
    };
}

/// The owner and the target date typed in the plan dialog: "Dana Smith, 2026-03-31", a date
/// alone, or a name alone (a comma in a name is kept when no date follows it). Words meant as a
/// date after the comma count as the date, for `set_plan` to refuse.
pub(crate) fn split_plan(text: &str) -> (String, String) {
    let t = text.trim();
    // A date, or words meant as one ("next March", "end of Q3"): set_plan then says how to type
    // it, where a new-user pass saw "next March" kept as part of the owner's name.
    let dated = |d: &str| {
        let d = d.trim().to_lowercase();
        const MONTHS: &[&str] = &[
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ];
        const WHEN: &[&str] = &[
            "next", "end", "q1", "q2", "q3", "q4", "week", "month", "year", "tomorrow", "today",
            "soon", "asap", "tbd",
        ];
        let words: Vec<&str> = d.split_whitespace().collect();
        // A month alone may be a name ("de Vries, Jan"); with a number or "next" it is a date.
        d.starts_with(|c: char| c.is_ascii_digit())
            || (words.len() <= 4
                && words.iter().any(|w| {
                    WHEN.iter().any(|m| w.starts_with(m))
                        || w.chars().any(|c| c.is_ascii_digit())
                        || (words.len() > 1 && MONTHS.iter().any(|m| w.starts_with(m)))
                }))
    };
    if let Some((owner, date)) = t.rsplit_once(',')
        && dated(date)
    {
        return (owner.trim().to_string(), date.trim().to_string());
    }
    if dated(t) && !t.contains(' ') {
        return (String::new(), t.to_string());
    }
    // "Priya Shah 2027-03-31": a full date after the name, without the comma (a new-user
    // review saw the date kept as part of the owner's name).
    if let Some((owner, date)) = t.trim().rsplit_once(' ')
        && crate::answer::valid_date(date)
        && !owner.trim().is_empty()
    {
        return (owner.trim().to_string(), date.to_string());
    }
    (t.to_string(), String::new())
}

/// Enter in the plan dialog: records the plan, or says why not and keeps the dialog open.
pub(crate) fn save_plan(app: &mut App) {
    let Overlay::Plan { id, field } = &app.overlay else {
        return;
    };
    let (id, (owner, target)) = (id.clone(), split_plan(&field.text()));
    let title = app
        .eval()
        .and_then(|e| e.safeguard(&id))
        .map_or_else(|| id.clone(), |s| s.title.to_string());
    let Some(s) = app.session_mut() else {
        return;
    };
    match s.set_plan(&id, &owner, &target) {
        Ok(()) => {
            app.overlay = Overlay::None;
            app.refresh();
            // Kept as typed, but a date already gone is said (a new-user pass saw it pass).
            app.info(format!(
                "The plan for \"{title}\": {}.",
                crate::explain::plan_words(&owner, &target, Some(&crate::session::today())),
            ));
        }
        Err(e) => app.error(format!("{e:#}")),
    }
}

/// Records the sign-off typed in the dialog through the session (the same rules and the same
/// writer as `raia sign`); a refusal says why and leaves the dialog open. An effect: it writes
/// the file.
pub(crate) fn record_signoff(app: &mut App) {
    let Overlay::SignOff {
        field,
        decision,
        signer,
    } = &app.overlay
    else {
        return;
    };
    let decision = *decision;
    let (typed, comment) = match signer {
        Some(who) => (who.clone(), field.text()),
        None => (field.text(), String::new()),
    };
    let (name, role) = typed.split_once(',').unwrap_or((typed.as_str(), ""));
    let (name, role) = (name.trim().to_string(), role.trim().to_string());
    let Some(s) = app.session_mut() else {
        return;
    };
    match s.sign(&name, &role, decision, &comment, &crate::session::today()) {
        Ok(entry) => {
            app.overlay = Overlay::None;
            app.refresh();
            // As `raia sign` notes it: an approval does not close the policy's gaps, nor
            // misuse left open.
            let warning = app.eval().and_then(crate::explain::approval_warning);
            let signed = crate::explain::signed(app.q(), &entry, warning, "u");
            // Another reviewer's "no" that this approval does not lift, first, as a warning.
            let notes = match (decision, app.session()) {
                (crate::signoff::Decision::Approved, Some(s)) => {
                    crate::explain::objections_after_approval(
                        &s.questionnaire,
                        &s.assessment,
                        &name,
                    )
                }
                _ => Vec::new(),
            };
            if notes.is_empty() {
                app.info(signed);
            } else {
                app.error(format!("{} {signed}", notes.join(". ") + "."));
            }
        }
        Err(e) => {
            // A refusal may follow changes taken in from the file: the result behind the
            // dialog shows them.
            app.refresh();
            app.error(format!("Not signed: {e:#}"));
        }
    }
}

pub(crate) fn open_safeguard(app: &mut App) {
    let Some(row) = app.result_rows().get(app.cursor).map(|s| s.id.clone()) else {
        return;
    };
    let evidence = app
        .session()
        .and_then(|s| s.assessment.safeguards.get(row.as_str()))
        .map_or_else(String::new, |e| e.evidence.clone());
    let before = app
        .session()
        .and_then(|s| s.assessment.safeguards.get(row.as_str()))
        .cloned();
    let mut field = Field::new(
        &evidence,
        true,
        "a link or a sentence a reviewer can check; several lines are fine",
        &app.theme,
    );
    field.set_focus(false, &app.theme);
    // The row being recorded stays in view beside its dialog, however the panel was scrolled.
    app.scroll = None;
    let undo_from = app.session().map_or(0, |s| s.undo_mark());
    app.overlay = Overlay::Safeguard {
        id: row.to_string(),
        field,
        on_evidence: false,
        before,
        undo_from,
    };
}

pub(crate) fn export(app: &mut App, action: Action) {
    let n = app.export.len() + 1;
    match action {
        Action::Up
        | Action::Down
        | Action::First
        | Action::Last
        | Action::PageUp
        | Action::PageDown => move_or_scroll(app, &action, n),
        Action::Activate(i) if i < n => {
            app.cursor = i;
            export(app, Action::Toggle);
        }
        Action::Toggle if app.cursor < app.export.len() => {
            if let Some(r) = app.export.get_mut(app.cursor) {
                r.selected = !r.selected;
            }
            remember_export(app);
        }
        Action::Confirm if app.cursor < app.export.len() => {
            let path = app
                .export
                .get(app.cursor)
                .map_or_else(String::new, |r| r.path.clone());
            let field = Field::new(&path, false, "where to write this report", &app.theme);
            app.overlay = Overlay::ExportPath {
                row: app.cursor,
                field,
            };
        }
        Action::Toggle | Action::Confirm | Action::Write => write_reports(app),
        _ => {}
    }
}

pub(crate) fn write_reports(app: &mut App) {
    app.effects.push(Effect::WriteReports { replace: None });
}

/// Writes the selected reports. Never over the assessment itself. A file raia did not write is
/// replaced only after the user says so: with `replace` unset, such files are asked about first
/// and nothing is written yet; `Some(rows)` replaces those rows' files if they are still what
/// the question said (a file edited while the question was open is kept), leaves every other
/// such file and writes the rest.
pub(crate) fn write_reports_with(app: &mut App, replace: Option<Vec<AskedFile>>) {
    let Some(s) = app.session() else {
        return;
    };
    let Some(assessment) = s.path.clone() else {
        app.error("Type the system name first: reports are written next to the assessment file.");
        return;
    };
    let targets: Vec<Option<(PathBuf, OutTarget)>> = app
        .export
        .iter()
        .map(|r| {
            (r.selected && !r.path.trim().is_empty()).then(|| {
                let path = expand_home(r.path.trim());
                let target = out_target(&path, &assessment);
                (path, target)
            })
        })
        .collect();
    let foreign: Vec<AskedFile> = targets
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Some((path, OutTarget::Foreign(why))) => Some((i, *why, FileStamp::of(path))),
            _ => None,
        })
        .collect();
    let agreed = match replace {
        Some(agreed) => agreed,
        None if foreign.is_empty() => Vec::new(),
        None => {
            app.overlay = Overlay::Overwrite { rows: foreign };
            return;
        }
    };
    let mut rows: Vec<ExportRow> = app.export.clone();
    let (mut ok, mut failed) = (0, 0);
    for (i, (r, target)) in rows
        .iter_mut()
        .zip(targets)
        .enumerate()
        .filter(|(_, (r, _))| r.selected)
    {
        // Asked about and agreed to, but changed since: kept, and said.
        let changed_since_asked = match &target {
            Some((path, OutTarget::Foreign(why))) => agreed
                .iter()
                .any(|(row, w, seen)| *row == i && w == why && *seen != FileStamp::of(path)),
            _ => false,
        };
        let outcome = match target {
            None => Err("no path: press Enter on the row to choose one".to_string()),
            Some((path, _)) if changed_since_asked => Err(format!(
                "{} changed while you were asked, so it was kept; press w to be asked again, or Enter on the row to choose another path",
                path.display()
            )),
            Some((path, target)) => crate::report::write_report(
                &s.questionnaire,
                &s.assessment,
                r.format,
                &app.templates,
                &path,
                &assessment,
                match target {
                    OutTarget::Foreign(why) => {
                        agreed.iter().any(|(row, w, _)| *row == i && *w == why)
                    }
                    _ => true,
                },
            )
            .map_err(|e| match target {
                OutTarget::Free => e,
                _ => format!("{e}; press Enter on the row to choose another path"),
            }),
        };
        if outcome.is_ok() {
            ok += 1;
        } else {
            failed += 1;
        }
        r.outcome = Some(outcome);
        r.written_at = s.revision;
    }
    app.export = rows;
    // Reports of an incomplete assessment are allowed (a draft to share), but said, as plain
    // mode's export says it.
    let incomplete = app
        .eval()
        .filter(|e| !e.complete)
        .map(|e| {
            format!(
                " The assessment is incomplete ({}): the reports say so at the top.",
                crate::explain::missing(e.unanswered.len(), e.notes_missing.len())
            )
        })
        .unwrap_or_default();
    match (ok, failed) {
        (0, 0) => app.error("Nothing selected: tick a report with Space first."),
        (n, 0) => {
            let dir = app.export_dir();
            let all_there = app.export.iter().all(|r| match &r.outcome {
                Some(Ok(p)) => std::path::Path::new(p).parent() == dir.as_deref(),
                _ => true,
            });
            let s = if n == 1 { "" } else { "s" };
            match dir {
                Some(d) if all_there => {
                    // "." would read as "to ..": name the folder in full, as the screen does.
                    let full = std::path::absolute(&d).unwrap_or(d);
                    app.info(format!(
                        "Wrote {n} report{s} to {}.{incomplete}",
                        full.display()
                    ));
                }
                _ => app.info(format!(
                    "Wrote {n} report{s}: each is marked ✓ with its path.{incomplete}"
                )),
            }
        }
        (n, f) => app.error(format!("Wrote {n}, {f} not written: see the list.")),
    }
}

/// Whether nothing has set this safeguard's status yet (so choosing "missing" records it).
/// The status the safeguard dialog marks: the one the file records, or "missing" where nothing
/// is recorded and no answer shows it. `None` where the answers show a state the file does not
/// record (in place, or to be confirmed), which no radio button stands for.
pub(crate) fn marked_status(app: &App, id: &str) -> Option<SafeguardStatus> {
    let recorded = app
        .session()
        .and_then(|s| s.assessment.safeguards.get(id))
        .map(|e| e.status);
    recorded.or_else(|| {
        app.eval()
            .and_then(|e| e.safeguard(id))
            .filter(|s| s.source == crate::engine::StatusSource::Default && !s.is_contradicted())
            .map(|s| s.status)
    })
}

pub(crate) fn current_source_is_default(app: &App, id: &str) -> bool {
    app.eval()
        .and_then(|e| e.safeguard(id))
        .is_some_and(|s| s.source == crate::engine::StatusSource::Default)
}

pub(crate) fn set_safeguard_status(app: &mut App, id: &str, status: SafeguardStatus) {
    // The evidence as typed if it was edited, else exactly as stored.
    let evidence = match app.overlay.field() {
        Some(f) if f.edited() => f.text().trim().to_string(),
        _ => app
            .session()
            .and_then(|s| s.assessment.safeguards.get(id))
            .map(|e| e.evidence.clone())
            .unwrap_or_default(),
    };
    if let Some(s) = app.session_mut() {
        let r = s.set_safeguard(id, status, &evidence);
        report(app, r);
    }
    if let Some(f) = app.overlay.field_mut() {
        f.mark_saved();
    }
    app.refresh();
}

#[cfg(test)]
mod plan_tests {
    use super::split_plan;

    #[test]
    fn words_meant_as_a_date_are_the_date_and_names_stay_names() {
        let split = |t: &str| split_plan(t);
        assert_eq!(
            split("Priya Natarajan, next March"),
            ("Priya Natarajan".into(), "next March".into())
        );
        assert_eq!(
            split("Priya Natarajan, end of Q3"),
            ("Priya Natarajan".into(), "end of Q3".into())
        );
        assert_eq!(
            split("Dana Smith, 31/03/2027"),
            ("Dana Smith".into(), "31/03/2027".into())
        );
        assert_eq!(
            split("Dana Smith, 2026-03-31"),
            ("Dana Smith".into(), "2026-03-31".into())
        );
        assert_eq!(
            split("de Vries, Jan"),
            ("de Vries, Jan".into(), String::new())
        );
        assert_eq!(
            split("Natarajan, Priya"),
            ("Natarajan, Priya".into(), String::new())
        );
        // A full date after the name without the comma (a new-user review).
        assert_eq!(
            split("Priya Shah 2027-03-31"),
            ("Priya Shah".into(), "2027-03-31".into())
        );
        assert_eq!(split("Priya Shah"), ("Priya Shah".into(), String::new()));
    }
}
