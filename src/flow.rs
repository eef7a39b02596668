//! The steps of an assessment, one model for the wizard and plain mode: the system details,
//! the visible questions, the review, the result and the export; which step comes next or
//! before, where resume lands, and which details must be given. Answers are read by
//! [`crate::typed::parse_answer`]. Pure: no I/O, so the rules are tested on their own, and the
//! two modes cannot disagree on them (docs/architecture.md lists where they used to).

use crate::assessment::{Assessment, Detail, Position};
use crate::engine::Evaluation;
use crate::questionnaire::Questionnaire;

/// One step of the flow, the same type in both modes (the wizard calls it `Screen`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// No assessment open yet: the drafts to resume, a new one, a file to open. Nothing comes
    /// before or after it; plain mode's home is its own prompt before the steps.
    Home,
    /// A system detail.
    Detail(Detail),
    /// A question, by index into `Questionnaire::questions`.
    Question(usize),
    /// Every answer in one list. Plain mode has no page for it (its `review` command prints
    /// the list at any prompt), so there it passes straight on to the result.
    Review,
    Result,
    Export,
}

/// The questions the evaluation shows, by index, in asking order.
pub fn visible(e: &Evaluation) -> Vec<usize> {
    // Taken in asking order, so already sorted and without repeats.
    e.visible_at.iter().map(|&(i, _)| i).collect()
}

/// The step after `step`; `None` after the export. `visible` is [`visible`].
pub fn next(step: Step, visible: &[usize]) -> Option<Step> {
    let first_question = || visible.first().map_or(Step::Review, |&i| Step::Question(i));
    Some(match step {
        Step::Home => return None,
        Step::Detail(d) => Detail::at(d.index() + 1).map_or_else(first_question, Step::Detail),
        Step::Question(i) => visible
            .iter()
            .find(|&&j| j > i)
            .map_or(Step::Review, |&j| Step::Question(j)),
        Step::Review => Step::Result,
        Step::Result => Step::Export,
        Step::Export => return None,
    })
}

/// The step before `step`; `None` before the first detail.
pub fn prev(step: Step, visible: &[usize]) -> Option<Step> {
    let last_detail = Step::Detail(Detail::last());
    Some(match step {
        Step::Home => return None,
        Step::Detail(d) => Step::Detail(d.index().checked_sub(1).and_then(Detail::at)?),
        Step::Question(i) => visible
            .iter()
            .rev()
            .find(|&&j| j < i)
            .map_or(last_detail, |&j| Step::Question(j)),
        Step::Review => visible.last().map_or(last_detail, |&i| Step::Question(i)),
        Step::Result => Step::Review,
        Step::Export => Step::Result,
    })
}

/// The position recorded in the file for `step`.
pub fn position(q: &Questionnaire, step: Step) -> Position {
    match step {
        Step::Home => Position::None,
        Step::Detail(d) => Position::Detail(d),
        Step::Question(i) => q
            .questions
            .get(i)
            .map_or(Position::None, |x| Position::Question(x.id.to_string())),
        Step::Review => Position::Review,
        Step::Result => Position::Result,
        Step::Export => Position::Export,
    }
}

/// Where resume lands, in both modes:
/// 1. the stored position: the user was there when they stopped (a question hidden since by
///    a changed answer gives way to the next visible one);
/// 2. else the first required detail still blank;
/// 3. else the first visible question still needing an answer or a note (a missing note
///    leaves the assessment incomplete, so it is work left to do);
/// 4. else the review.
pub fn resume(q: &Questionnaire, a: &Assessment, e: &Evaluation, visible: &[usize]) -> Step {
    match &a.wizard.position {
        Position::Detail(d) => return Step::Detail(*d),
        Position::Review => return Step::Review,
        Position::Result => return Step::Result,
        Position::Export => return Step::Export,
        Position::Question(id) => {
            if let Some(i) = q.question_index(id) {
                if visible.contains(&i) {
                    return Step::Question(i);
                }
                return next(Step::Question(i), visible).unwrap_or(Step::Review);
            }
        }
        Position::None => {}
    }
    first_to_answer(q, a, e, visible).unwrap_or(Step::Review)
}

/// The first step still waiting for an answer: a blank required detail, else the first visible
/// question unanswered or missing its note. None when the assessment is complete.
pub fn first_to_answer(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    visible: &[usize],
) -> Option<Step> {
    if let Some(d) = Detail::ALL
        .into_iter()
        .find(|d| d.required() && a.metadata.detail(*d).trim().is_empty())
    {
        return Some(Step::Detail(d));
    }
    first_open_question(q, e, visible, true).map(Step::Question)
}

/// The first visible question still unanswered, or, with `notes`, still missing its note.
pub fn first_open_question(
    q: &Questionnaire,
    e: &Evaluation,
    visible: &[usize],
    notes: bool,
) -> Option<usize> {
    visible.iter().copied().find(|&i| {
        q.questions.get(i).is_some_and(|x| {
            e.unanswered.contains(&x.id) || (notes && e.notes_missing.contains(&x.id))
        })
    })
}

/// Whether going to `to` must wait for the system name: a new draft (`has_file` false) is
/// named after it, so before it is given there is no file to save an answer to. Every other
/// detail, required or not, may be left blank for later (resume returns to the first blank
/// required one).
pub fn needs_system_name(a: &Assessment, has_file: bool, to: Step) -> bool {
    !has_file && !matches!(to, Step::Detail(_) | Step::Home) && a.metadata.system.trim().is_empty()
}

/// Whether `detail` may be left blank where it is asked: all but the system name of a new
/// draft ([`needs_system_name`]). The wizard lets the user walk the other details first and
/// stops them on leaving the details; plain mode, which asks one detail at a time, asks again
/// at once.
pub fn may_leave_blank(detail: Detail, has_file: bool) -> bool {
    has_file || detail != Detail::System
}

/// A warning about a detail saved as typed, in both modes: a placeholder in a required detail,
/// or the contact that does not look like an e-mail address. Only a warning: the text is kept
/// as it is.
pub fn detail_warning(detail: Detail, value: &str) -> Option<String> {
    // Said as it is saved, not thirty questions later (a new-user trial typed "TBD" for the
    // assessor, read "Recorded", and was refused a sign-off at the end).
    if detail.required() && !value.trim().is_empty() && crate::engine::is_placeholder(value) {
        return Some(format!(
            "Saved as typed, but \"{}\" is a placeholder: it counts as blank until a real value replaces it, and an assessment with it cannot be signed.",
            crate::tui::widgets::truncate(value.trim(), 40)
        ));
    }
    (detail == Detail::Contact
        && !value.trim().is_empty()
        && !crate::tui::app::looks_like_email(value))
    .then(|| {
        format!(
            "Saved as typed, but \"{}\" does not look like an e-mail address (name@example.com).",
            crate::tui::widgets::truncate(value.trim(), 40)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_prev_walk_details_visible_questions_and_the_end() {
        let visible = [1, 4];
        assert_eq!(
            next(Step::Detail(Detail::System), &visible),
            Some(Step::Detail(Detail::Description))
        );
        assert_eq!(
            next(Step::Detail(Detail::last()), &visible),
            Some(Step::Question(1))
        );
        assert_eq!(next(Step::Question(1), &visible), Some(Step::Question(4)));
        assert_eq!(next(Step::Question(4), &visible), Some(Step::Review));
        assert_eq!(next(Step::Detail(Detail::last()), &[]), Some(Step::Review));
        assert_eq!(next(Step::Export, &visible), None);
        assert_eq!(prev(Step::Question(4), &visible), Some(Step::Question(1)));
        assert_eq!(
            prev(Step::Question(1), &visible),
            Some(Step::Detail(Detail::last()))
        );
        assert_eq!(prev(Step::Review, &visible), Some(Step::Question(4)));
        assert_eq!(prev(Step::Detail(Detail::System), &visible), None);
        // A hidden question still has neighbours: the visible ones around it.
        assert_eq!(next(Step::Question(2), &visible), Some(Step::Question(4)));
        assert_eq!(prev(Step::Question(2), &visible), Some(Step::Question(1)));
    }

    #[test]
    fn positions_round_trip_as_text() {
        for text in [
            "",
            "metadata:owner_team",
            "hiring",
            "review",
            "result",
            "export",
        ] {
            assert_eq!(Position::from(text).to_string(), text);
        }
        assert_eq!(
            Position::from("metadata:contact"),
            Position::Detail(Detail::Contact)
        );
        // Unknown text is kept, read as a question id.
        assert_eq!(
            Position::from("metadata:nope"),
            Position::Question("metadata:nope".into())
        );
    }

    #[test]
    fn only_the_system_name_must_be_given() {
        let blank: Vec<Detail> = Detail::ALL
            .into_iter()
            .filter(|d| !may_leave_blank(*d, false))
            .collect();
        assert_eq!(blank, [Detail::System]);
        assert!(Detail::ALL.into_iter().all(|d| may_leave_blank(d, true)));
        let a = Assessment::default();
        assert!(needs_system_name(&a, false, Step::Question(0)));
        assert!(!needs_system_name(&a, false, Step::Detail(Detail::Contact)));
        assert!(!needs_system_name(&a, true, Step::Result));
    }
}
