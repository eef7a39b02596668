//! The evaluation pass itself, in the order docs/scoring.md states it: answers walked in
//! asking order, prohibitions and categories, contradictions and floors, safeguards and
//! requirements, the score and tier, then what would change.
//!
//! Over 600 lines on purpose: `evaluate_once` is one pass whose steps read each other's
//! results in a fixed order; split across files, that order would be harder to check against
//! docs/scoring.md.

use super::*;

mod hidden;
mod practice;
/// Running facts while walking the questions in order.
#[derive(Default)]
pub(super) struct Walk<'a> {
    pub(super) answers: Answers<'a>,
    pub(super) categories: BTreeSet<Text>,
    pub(super) concerns: BTreeSet<Text>,
}

/// The visible, given answers a condition can read.
pub(super) enum Answers<'a> {
    /// By question id.
    ById(HashMap<&'a str, &'a Answer>),
    /// By the question's position in `q` (`None` where hidden, unanswered or not yet walked):
    /// the pass writes one slot per question instead of hashing 10,000 ids into a map, and
    /// finds a question's answer by its place (issue 7).
    ByPosition {
        q: &'a Questionnaire,
        at: Vec<Option<&'a Answer>>,
    },
}

impl Default for Answers<'_> {
    fn default() -> Self {
        Self::ById(HashMap::new())
    }
}

impl Facts for Walk<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        match &self.answers {
            Answers::ById(by_id) => by_id.get(question).copied(),
            Answers::ByPosition { q, at } => q
                .question_index(question)
                .and_then(|i| at.get(i).copied().flatten()),
        }
    }
    fn has_category(&self, category: &str) -> bool {
        self.categories.contains(category)
    }
    fn any_category(&self) -> bool {
        !self.categories.is_empty()
    }
    fn has_concern(&self, prohibition: &str) -> bool {
        self.concerns.contains(prohibition)
    }
    fn by_position(&self) -> Option<&[Option<&Answer>]> {
        match &self.answers {
            Answers::ById(_) => None,
            Answers::ByPosition { at, .. } => Some(at),
        }
    }
}

/// The answer where `facts` count it to the question at each position: taken by position where
/// the facts hold the answers so, looked up by id where not.
pub(super) fn answer_at<'f>(
    q: &'f Questionnaire,
    facts: &'f dyn Facts,
) -> impl Fn(usize) -> Option<&'f Answer> + Copy + 'f {
    let at = facts
        .by_position()
        .filter(|at| at.len() <= q.questions.len());
    move |i| match at {
        Some(at) => at.get(i).copied().flatten(),
        None => q.questions.get(i).and_then(|x| facts.answer(&x.id)),
    }
}

/// Each question in asking order with its answer where `facts` count it ([`answer_at`]).
pub(super) fn answered<'f>(
    q: &'f Questionnaire,
    facts: &'f dyn Facts,
) -> impl Iterator<Item = (&'f Question, Option<&'f Answer>)> + 'f {
    let at = answer_at(q, facts);
    q.questions.iter().enumerate().map(move |(i, x)| (x, at(i)))
}

/// The notes on the questions asked, with each question's position, in asking order (a note on
/// an id the questionnaire does not ask is left out). Found from the notes themselves: looking
/// each question's note up walked the notes once per question (issue 7).
pub(super) fn notes_in_order<'a>(q: &'a Questionnaire, a: &'a Assessment) -> Vec<(usize, &'a str)> {
    let mut out: Vec<(usize, &str)> = a
        .notes
        .iter()
        .filter_map(|(id, n)| q.question_index(id).map(|i| (i, n.as_str())))
        .collect();
    out.sort_unstable_by_key(|&(i, _)| i);
    out
}

/// Facts as a safeguard's evidence reads them: a text answer that says nothing a reviewer could
/// check ("none", "not registered yet", or the field's own example copied in) answers its
/// question but shows no safeguard in place (a review saw "not registered yet" show an entry in
/// a company's AI register, and the requirement met).
struct AsEvidence<'a> {
    facts: &'a dyn Facts,
    q: &'a Questionnaire,
    /// Which text answers say nothing, by question, as read once: describing why a condition
    /// holds reads each answer several times, and reading one as evidence is a scan of phrases
    /// (a named owner shown by the owner's name cost `raia score` a fifth more without it).
    read: std::cell::RefCell<Vec<(String, bool)>>,
}

impl<'a> AsEvidence<'a> {
    fn new(facts: &'a dyn Facts, q: &'a Questionnaire) -> Self {
        AsEvidence {
            facts,
            q,
            read: std::cell::RefCell::new(Vec::new()),
        }
    }
}

impl Facts for AsEvidence<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        let a = self.facts.answer(question)?;
        let Answer::Text(t) = a else {
            return Some(a);
        };
        if let Some(&(_, nothing)) = self.read.borrow().iter().find(|(q, _)| q == question) {
            return (!nothing).then_some(a);
        }
        // Letters and digits only, lower case: "AIR 0000", "air-0000." and "AIR-0000" are the
        // field's example alike.
        let bare = |t: &str| -> String {
            t.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        // The field's own example copied in.
        let copied = |t: &str| {
            self.q.question(question).is_some_and(|x| {
                !bare(&x.placeholder).is_empty() && bare(&x.placeholder) == bare(t)
            })
        };
        let says_nothing =
            |t: &str| super::is_empty_reason(t) || says_not_done_briefly(t) || copied(t);
        // The accountable owner's name: a post, a team or a name held back alone names no one
        // ("Chief Credit Officer", "Lending Team", "Withheld": a hostile review).
        let owner = self
            .q
            .question(question)
            .is_some_and(|x| x.role.as_deref() == Some("owner-name"));
        // Keyed by the question's own example too: another questionnaire's may differ.
        let example = self
            .q
            .question(question)
            .map_or("", |x| x.placeholder.as_str());
        let nothing = if owner {
            read_once(&format!("{example}\u{1}owner"), t, || {
                copied(t) || names_no_person_as(t, true)
            })
        } else {
            read_once(example, t, || says_nothing(t))
        };
        self.read.borrow_mut().push((question.to_string(), nothing));
        (!nothing).then_some(a)
    }
    fn has_category(&self, category: &str) -> bool {
        self.facts.has_category(category)
    }
    fn any_category(&self) -> bool {
        self.facts.any_category()
    }
    fn has_concern(&self, prohibition: &str) -> bool {
        self.facts.has_concern(prohibition)
    }
}

/// The dates of a safeguard that answers show in place with nothing recorded: its evidence is
/// what the reports quote for it. Each text is read once a run: several safeguards share one
/// answer, and each what-if evaluates them again (reading them per safeguard and pass added a
/// seventh to `raia score`).
fn dates_behind_answers(
    q: &Questionnaire,
    a: &Assessment,
    s: &crate::questionnaire::Safeguard,
) -> super::DatesIn {
    let text_answer = |id: &str| match a.answers.get(id) {
        Some(Answer::Text(t)) => Some(t.as_str()),
        _ => None,
    };
    let by_rule = s
        .satisfied_when
        .as_ref()
        .map(|c| c.questions())
        .unwrap_or_default();
    let mut said = super::DatesIn::default();
    // The notes on the answers that show it (a hostile review's bias audit "valid until
    // 2025-01-10", in the note on the tests done, counted a year after it lapsed).
    for id in q
        .questions_satisfying(&s.id)
        .into_iter()
        .map(|x| x.id.as_str())
        .chain(by_rule.iter().copied())
    {
        if let Some(note) = a.notes.get(id) {
            said.absorb(dates_in_once(note));
        }
    }
    // The text answers its own rule reads ("AIR-0733, valid until 2026-06-30", an owner
    // "interim, until 2026-06-30": a hostile review). A name or a number is no span of data:
    // "until" a day in it is how long it holds.
    for t in by_rule.iter().filter_map(|id| text_answer(id)) {
        let t = if t.len() <= 200 {
            t.to_lowercase().replace("until", "valid until")
        } else {
            t.to_string()
        };
        said.absorb(dates_in_once(&t));
    }
    // The text answers that date it, with their notes, in their sentences about the work (a
    // hostile review wrote the audit's expiry in the summary of the tests run).
    for id in s.dated_by.iter().map(Text::as_str) {
        for text in text_answer(id)
            .into_iter()
            .chain(a.notes.get(id).map(String::as_str))
        {
            said.absorb(dates_in_once(&about_the_work(text)));
        }
    }
    said
}

/// The texts that say some outcomes go unreviewed, or that no person reads the appeals: the
/// counted text answers, the system's description and the notes on counted answers, in that
/// order (as [`denied_behind_answers`] lists them). Each list is read once per evaluation,
/// when a safeguard first asks for it.
#[derive(Default)]
pub(super) struct OutcomeTexts<'t> {
    unreviewed: std::cell::OnceCell<Vec<OnWhat<'t>>>,
    appeal_unread: std::cell::OnceCell<Vec<OnWhat<'t>>>,
    /// The questions that ask for the limitations or what is out of scope, in asking order.
    limits: std::cell::OnceCell<Vec<&'t Question>>,
}

/// Where a text in [`OutcomeTexts`] was written.
#[derive(Clone, Copy)]
enum OnWhat<'t> {
    Answer(&'t Question),
    Description,
    Note(&'t Question),
    /// The evidence recorded for a safeguard in place: its id, then its title.
    Evidence(&'t str, &'t str),
}

impl OnWhat<'_> {
    /// Where it was written and what it says, in words.
    fn said(&self, denial: Denial) -> String {
        match self {
            OnWhat::Answer(x) => format!("the answer to \"{}\" {}", x.prompt, denial.says()),
            OnWhat::Description => format!("the system's description {}", denial.says()),
            OnWhat::Note(x) => format!("the note on \"{}\" {}", x.prompt, denial.says()),
            OnWhat::Evidence(_, title) => {
                format!("the evidence recorded for \"{title}\" {}", denial.says())
            }
        }
    }
}

impl<'t> OutcomeTexts<'t> {
    /// Those that say some outcomes go unreviewed (`reviews`), or no person reads the appeals.
    fn read(
        &self,
        reviews: bool,
        q: &'t Questionnaire,
        a: &'t Assessment,
        facts: &'t dyn Facts,
    ) -> &[OnWhat<'t>] {
        let (cell, says): (_, fn(&str) -> bool) = if reviews {
            (&self.unreviewed, unreviewed_cases_once)
        } else {
            (&self.appeal_unread, appeal_unread_once)
        };
        cell.get_or_init(|| outcome_texts(q, a, facts, says))
    }

    /// The questions that ask for the limitations or what is out of scope: found once, not
    /// once per safeguard (issue 7).
    fn limits(&self, q: &'t Questionnaire) -> &[&'t Question] {
        self.limits.get_or_init(|| {
            q.questions
                .iter()
                .filter(|x| matches!(x.role.as_deref(), Some("limitations" | "out-of-scope")))
                .collect()
        })
    }
}

/// The texts [`OutcomeTexts`] reads, those `says` holds of.
fn outcome_texts<'t>(
    q: &'t Questionnaire,
    a: &'t Assessment,
    facts: &'t dyn Facts,
    says: fn(&str) -> bool,
) -> Vec<OnWhat<'t>> {
    let answers = answered(q, facts)
        .filter(|(x, _)| matches!(x.kind, QuestionKind::Text | QuestionKind::LongText))
        .filter_map(|(x, ans)| match ans {
            Some(Answer::Text(t)) => Some((OnWhat::Answer(x), t.as_str())),
            _ => None,
        });
    let description = std::iter::once((OnWhat::Description, a.metadata.description.as_str()));
    let at = answer_at(q, facts);
    let notes = notes_in_order(q, a).into_iter().filter_map(move |(i, n)| {
        at(i)?;
        q.questions.get(i).map(|x| (OnWhat::Note(x), n))
    });
    // The evidence of safeguards in place: "the targeting officer's workstation receives the
    // nomination chip and the confidence score only", recorded for human control of a weapon
    // (a hostile review of the verdicts).
    let evidence = a
        .safeguards
        .iter()
        .filter(|(_, r)| r.status == SafeguardStatus::InPlace && !r.evidence.is_empty())
        .filter_map(|(id, r)| {
            let g = q.safeguard(id)?;
            Some((
                OnWhat::Evidence(id.as_str(), g.title.as_str()),
                r.evidence.as_str(),
            ))
        });
    answers
        .chain(description)
        .chain(notes)
        .chain(evidence)
        .filter(|(_, text)| says(text))
        .map(|(on, _)| on)
        .collect()
}

/// Where a counted answer shows safeguard `id` with an option that says people are told AI is
/// involved, the first counted text answer or note elsewhere that says they are not told the
/// tool is used ([`practice::ai_use_not_told`]), as a reason. The note on that answer itself is
/// read with the option ([`option_denied_in`]).
fn ai_use_untold_elsewhere(
    q: &Questionnaire,
    a: &Assessment,
    facts: &dyn Facts,
    id: &str,
) -> Option<String> {
    let claims = |x: &Question| {
        let told = |o: &str| {
            x.options.iter().any(|c| {
                c.id == o && c.effects.satisfies.iter().any(|w| w == id) && {
                    let label = c.label.to_lowercase();
                    (label.contains("ai is involved") || label.contains(" told"))
                        && !label.contains("not that ai")
                        && !label.contains("not told")
                }
            })
        };
        match facts.answer(&x.id) {
            Some(Answer::Choice(o)) => told(o),
            Some(Answer::Choices(os)) => os.iter().any(|o| told(o)),
            _ => false,
        }
    };
    let claimed: Vec<&Question> = q
        .questions_satisfying(id)
        .into_iter()
        .filter(|x| claims(x))
        .collect();
    if claimed.is_empty() {
        return None;
    }
    let untold = |t: &str| {
        (t.contains("told") || t.contains("informed") || t.contains("aware"))
            && sentences_of(&crate::assessment::as_words(t))
                .iter()
                .any(|x| practice::ai_use_not_told(&x.to_lowercase()))
    };
    said_elsewhere(
        q,
        a,
        facts,
        &untold,
        &|x| claimed.iter().any(|c| c.id == x.id),
        Denial::NotTold,
    )
}

/// The first counted text answer, or note on a question `read` does not hold of, that `says`
/// holds of, as a reason that says `denial`: the readers of words in another answer than the
/// one that shows a safeguard.
fn said_elsewhere(
    q: &Questionnaire,
    a: &Assessment,
    facts: &dyn Facts,
    says: &dyn Fn(&str) -> bool,
    read: &dyn Fn(&Question) -> bool,
    denial: Denial,
) -> Option<String> {
    let at = answer_at(q, facts);
    answered(q, facts)
        .find_map(|(x, ans)| match ans {
            Some(Answer::Text(t)) if says(t) => {
                Some(format!("the answer to \"{}\" {}", x.prompt, denial.says()))
            }
            _ => None,
        })
        .or_else(|| {
            notes_in_order(q, a)
                .into_iter()
                .filter(|&(i, _)| at(i).is_some())
                .filter_map(|(i, n)| q.questions.get(i).map(|x| (x, n)))
                .find(|&(x, n)| !read(x) && says(n))
                .map(|(x, _)| format!("the note on \"{}\" {}", x.prompt, denial.says()))
        })
}

/// The first counted text answer or note, on a question that does not show safeguard `id`,
/// that says content filters were weakened ([`practice::filters_relaxed`]), as a reason.
fn filters_relaxed_elsewhere(
    q: &Questionnaire,
    a: &Assessment,
    facts: &dyn Facts,
    id: &str,
) -> Option<String> {
    let relaxed = |t: &str| {
        ["ilter", "uardrail", "oderation", "locklist"]
            .iter()
            .any(|k| t.contains(k))
            && sentences_of(&crate::assessment::as_words(t))
                .iter()
                .any(|x| practice::filters_relaxed(&x.to_lowercase()).is_some())
    };
    let shows = |x: &Question| {
        x.options
            .iter()
            .any(|o| o.effects.satisfies.iter().any(|w| w == id))
    };
    said_elsewhere(q, a, facts, &relaxed, &shows, Denial::Weakened)
}

/// The answers that show `s` in place whose own words say the work was not done: the note on a
/// satisfying answer ("Not performed."), or a text answer that dates it and its note ("Testing
/// has not been performed yet."). Those words are its evidence in the reports, and read as
/// evidence is read (a hostile review kept every box ticked and wrote the truth in the notes).
/// Each, in words: the question's prompt and what its words say.
fn denied_behind_answers<'t>(
    q: &'t Questionnaire,
    a: &'t Assessment,
    facts: &'t dyn Facts,
    s: &crate::questionnaire::Safeguard,
    texts: &OutcomeTexts<'t>,
) -> Vec<String> {
    let denies = denies_the_work_once;
    let mut out: Vec<String> = Vec::new();
    // Most answers carry no note: the answer is looked at only beside one.
    for (x, note) in q
        .questions_satisfying(&s.id)
        .into_iter()
        .filter(|_| !a.notes.is_empty())
        .filter_map(|x| a.notes.get(x.id.as_str()).map(|n| (x, n)))
    {
        let shows = |o: &str| {
            x.options
                .iter()
                .any(|c| c.id == o && c.effects.satisfies.iter().any(|w| w == &s.id))
        };
        // The note first: it is read once per text, the answer looked up each time. Its later
        // sentences count against the kind of work they name, among those the answer shows.
        let later = || {
            let others = || {
                x.options
                    .iter()
                    .flat_map(|c| c.effects.satisfies.iter())
                    .filter(|w| **w != s.id)
                    .filter_map(|w| q.safeguard(w))
                    .flat_map(|o| title_words(&o.title))
                    .collect()
            };
            later_denial(note, || title_words(&s.title), others)
        };
        // A note on a review answer that says some outcomes go without it ("At night the
        // suggested level is applied automatically", a hostile review).
        // So is a note on an answer that claims a person reviews every output, for each
        // safeguard it shows, output checks too: "A person checks every result ..." beside "The
        // auto-declined ones are not looked at by anyone" (an end-to-end review read output
        // checks "met"). Not a sample's: a sample leaves the rest unread.
        let claims_review = || {
            let reviews = |o: &str| {
                x.options.iter().any(|c| {
                    c.id == o
                        && c.effects
                            .satisfies
                            .iter()
                            .filter_map(|w| q.safeguard(w))
                            .any(|g| reviews_outcomes(&g.title))
                })
            };
            match facts.answer(&x.id) {
                Some(Answer::Choice(o)) => reviews(o),
                Some(Answer::Choices(os)) => os.iter().any(|o| reviews(o)),
                _ => false,
            }
        };
        // Only of a safeguard that reviews or checks outcomes: the same answer's reasons or
        // alternative route are not denied by outcomes that go unreviewed ("payments are
        // suspended while the investigator's review is pending", on an answer that shows a
        // caseworker, reasons and an alternative: an end-to-end review).
        let checks = || {
            super::spaced_words(&s.title)
                .split_whitespace()
                .any(|w| matches!(w, "check" | "checks"))
        };
        // A check said to be a formality reads so beside a sample too: "flags go to the teacher,
        // who just clicks accept in bulk - nobody watches the clip before the exam is marked
        // void" (a hostile review); a sample's note that the rest go unread does not.
        let formality = || {
            let lower = note.to_lowercase();
            [
                "bulk",
                "rubber",
                "click",
                "watches",
                "as is",
                "as generated",
                // "ticking 'seen' on 50 at a time; none are read individually" (an eighth
                // hostile review).
                "at a time",
                "individually",
                // "avg time per flag in the logs is 2 seconds" (a ninth).
                "second",
            ]
            .iter()
            .any(|k| lower.contains(k))
        };
        // A review of every case, claimed, beside a note that gives a sample only: "Our
        // volunteer lawyers read a weekly sample of about 50 conversations" beside "A person
        // reviews every adverse outcome ... before it takes effect" (a hostile review).
        let bypassed = || {
            (((reviews_outcomes(&s.title) || (checks() && (claims_review() || formality())))
                && unreviewed_cases_once(note))
                || (reviews_outcomes(&s.title) && sample_only(note) && claims_review()))
            .then_some(Denial::Bypassed)
        };
        // An option picked that says people can challenge or contest the outcome, beside a note
        // that says in any sentence they cannot: "The parties can see and challenge what the
        // system produced" beside "the band cannot be challenged at the hearing" (an end-to-end
        // review saw the explanation in place).
        // So is one that says the people concerned are told, beside a note that says they
        // were not: "Residents have not been told: counsel is still considering whether the
        // exemption from notice covers them" (an end-to-end review saw the lawful basis and
        // notice in place).
        let option_denied = || {
            let denied_by = |o: &str| {
                x.options
                    .iter()
                    .filter(|c| c.id == o && c.effects.satisfies.iter().any(|w| w == &s.id))
                    .find_map(|c| option_denied_in(&c.label.to_lowercase(), note, &s.title))
            };
            match facts.answer(&x.id) {
                Some(Answer::Choice(o)) => denied_by(o),
                Some(Answer::Choices(os)) => os.iter().find_map(|o| denied_by(o)),
                _ => None,
            }
        };
        // A note that opens by naming another kind of work the answer shows, and not this one,
        // denies that one: "Robustness testing has not actually been run yet ..." on the tests
        // passed (a compliance review saw the accuracy evaluation doubted beside it). Only its
        // opening words: "Tests were not run, except robustness" denies them all.
        let lead = || {
            denies(note).filter(|_| {
                let own = title_words(&s.title);
                // Anywhere in the note, this work named, or all work in general ("accuracy and
                // bias were never run either", "nothing else was"): the denial stands.
                lead_denial_stands(note, note, &own, |opening| {
                    x.options
                        .iter()
                        .flat_map(|c| c.effects.satisfies.iter())
                        .filter(|w| **w != s.id)
                        .filter_map(|w| q.safeguard(w))
                        .any(|o| title_words(&o.title).iter().any(|t| t == opening))
                })
            })
        };
        if let Some(denial) = lead()
            .or_else(later)
            .or_else(bypassed)
            .or_else(option_denied)
            && match facts.answer(&x.id) {
                Some(Answer::Choice(o)) => shows(o),
                Some(Answer::Choices(os)) => os.iter().any(|o| shows(o)),
                _ => false,
            }
        {
            out.push(format!("the note on \"{}\" {}", x.prompt, denial.says()));
        }
    }
    // A review of outcomes, shown by an answer, while the use's own description says some go
    // without it ("declines below a score of 480 are sent automatically": a hostile review
    // passed human oversight on the review answer alone). Only counted answers are read.
    // So is an appeal to a person, where another answer says no person reads the appeals: "the
    // appeal form routes back into the same summariser and no one on the ops team reads it",
    // in the limitations (a ninth hostile review).
    let to_a_person = || {
        super::spaced_words(&s.title)
            .split_whitespace()
            .any(|w| w == "appeal")
    };
    let reviews = reviews_outcomes(&s.title);
    if reviews || to_a_person() {
        // Every text is read once per evaluation, not once per safeguard: at 10,000 questions
        // walking every answer for each of 1,000 safeguards took most of the time (issue 7).
        let texts = texts
            .read(reviews, q, a, facts)
            .iter()
            .filter(|on| match on {
                // An answer that dates the appeal is read for it below, once.
                OnWhat::Answer(x) => reviews || !s.dated_by.iter().any(|d| d == &x.id),
                OnWhat::Description => true,
                // Its own evidence is read below, once.
                OnWhat::Evidence(id, _) => *id != s.id.as_str(),
                OnWhat::Note(x) => !x
                    .options
                    .iter()
                    .any(|o| o.effects.satisfies.iter().any(|w| w == &s.id)),
            })
            .map(|on| {
                on.said(if reviews {
                    Denial::Bypassed
                } else {
                    Denial::AppealUnread
                })
            });
        // And the evidence recorded for it: "Credit-officer sign-off on proposed declines ...;
        // the queue auto-approves any decline not opened within 48 hrs" (a hostile review).
        // An appeal's evidence has readers of its own.
        let evidence = a
            .safeguards
            .get(s.id.as_str())
            .filter(|r| reviews && r.status == SafeguardStatus::InPlace)
            .filter(|r| unreviewed_cases_once(&r.evidence))
            .map(|_| format!("the evidence recorded {}", Denial::Bypassed.says()));
        out.extend(texts.chain(evidence));
    }
    // Content filters said weakened in another answer or note: "The violence filter was relaxed
    // for the whole service in 2025 after schools complained about refusals", in the note on
    // what users can type (a hostile review), where the answer that shows the filters says
    // nothing of it. A note on an answer that shows this safeguard was read above.
    if title_words(&s.title)
        .iter()
        .any(|w| w == "filters" || w == "guardrails")
    {
        out.extend(filters_relaxed_elsewhere(q, a, facts, &s.id));
    }
    // An option that says people are told AI is involved, while another answer or note says
    // they are not told the tool is used: "Patients are not told the tool is used: the leaflet
    // was drafted but never printed" in the limitations (a hostile review of the verdicts).
    if !a.notes.is_empty() || !a.answers.is_empty() {
        out.extend(ai_use_untold_elsewhere(q, a, facts, &s.id));
    }
    // As the evaluation reads answers: a hidden question's answer, and its note, are kept but
    // not counted.
    for id in s.dated_by.iter().map(Text::as_str) {
        let Some(answer) = facts.answer(id) else {
            // An answer that only says it is still to come, or is a placeholder ("TBD"),
            // counts as no answer, and says the work is not done: "We will do this before
            // launch" as the summary of the tests run (a compliance review read testing "met"
            // beside it).
            let to_come = q.question(id).is_some_and(|x| {
                x.show_if.as_ref().is_none_or(|c| c.holds(facts))
                    && matches!(a.answers.get(id), Some(Answer::Text(t))
                        if super::only_to_come(t)
                            || (!t.trim().is_empty() && super::is_placeholder(t)))
            });
            if to_come {
                let prompt = q.question(id).map_or(id, |x| x.prompt.as_str());
                out.push(format!(
                    "the answer to \"{prompt}\" {}",
                    Denial::ToCome.says()
                ));
            }
            continue;
        };
        let text = match answer {
            Answer::Text(t) => Some(t.as_str()),
            _ => None,
        };
        // Later sentences count against the kind of work they name, among the safeguards the
        // same answer dates.
        let later = |t: &str| {
            let others = || {
                q.safeguards
                    .iter()
                    .filter(|o| o.id != s.id && o.dated_by.iter().any(|d| d == id))
                    .flat_map(|o| title_words(&o.title))
                    .collect()
            };
            later_denial(t, || title_words(&s.title), others)
        };
        // A summary that reports only the steps before the work: "Testing kick-off held with
        // MRM; test plan agreed." (a review saw testing read "met" beside it), as evidence
        // that does is read.
        let first_steps = |t: &str| summary_of_first_steps_once(t).then_some(Denial::ToCome);
        // A summary of the tests that names no measure, data, bar or result ("tested, looks
        // fine", "We checked it": a new user's trial read testing "met") shows no testing.
        // So does one that only says a test was not done, read above as denying that one
        // kind: "The red team has not been done." as the whole summary on a loan passed the
        // gate on the tests ticked (a thirteenth review). What follows the denial must measure
        // something: "The red team has not been done. Accuracy AUC 0.81 on the 2025 holdout"
        // stands.
        let only_a_denial = |t: &str| {
            !t.bytes().any(|b| b.is_ascii_digit())
                && denies(t).is_some()
                && crate::assessment::as_words(t)
                    .split_once(". ")
                    .is_none_or(|(_, rest)| {
                        rest.trim().is_empty() || super::says_nothing_measured(rest)
                    })
        };
        let nothing_measured = |t: &str| {
            (q.question(id).and_then(|x| x.role.as_deref()) == Some("test-summary")
                && (super::says_nothing_measured(t) || only_a_denial(t)))
            .then_some(Denial::NothingMeasured)
        };
        // A lead sentence that opens on another kind of work this answer dates denies that one
        // only: "The red team has not been done." as the summary's lead doubted every test
        // ticked (a twelfth review). Its later sentences are read by kind above; a results
        // summary names every kind, so only the lead itself is looked at for this one.
        let lead_stands = |t: &str| {
            let words = crate::assessment::as_words(t);
            let lead = words.split(". ").next().unwrap_or_default();
            lead_denial_stands(t, lead, &title_words(&s.title), |opening| {
                q.safeguards
                    .iter()
                    .filter(|o| o.id != s.id && o.dated_by.iter().any(|d| d == id))
                    .any(|o| title_words(&o.title).iter().any(|w| w == opening))
            })
        };
        if let Some(denial) = text
            .into_iter()
            .chain(a.notes.get(id).map(String::as_str))
            .find_map(|t| denies(t).filter(|_| lead_stands(t)).or_else(|| later(t)))
            .or_else(|| text.and_then(first_steps))
            .or_else(|| text.and_then(nothing_measured))
        {
            let prompt = q.question(id).map_or(id, |x| x.prompt.as_str());
            out.push(format!("the answer to \"{prompt}\" {}", denial.says()));
        }
    }
    // A test or a control the limitations say was not run or is off ("We have not run any bias
    // or fair-lending testing yet", "Drift monitoring was switched off in June": a hostile
    // review), read only where a sentence names this safeguard by its own title's words: the
    // limitations describe what the work left out too.
    // So does the out-of-scope answer where it tells of the system put to a use beyond its
    // scope: "Transplant team borrowed the sepsis risk score to rank waiting-list pts for kidney
    // offers (since Aug); not validated for that" (a sixth review). Its exclusions ("not
    // validated for children, so not used there") are not read.
    {
        for x in texts.limits(q) {
            let Some(Answer::Text(t)) = facts.answer(&x.id) else {
                continue;
            };
            let beyond = x.role.as_deref() == Some("out-of-scope");
            // A use beyond the scope denied its tests in words that name none ("not validated
            // for that") leaves every test of the use unshown for it.
            let of_the_use = beyond && s.requirement.as_str() == "testing";
            let t = if beyond {
                let Some(beyond) = put_beyond_scope(t) else {
                    continue;
                };
                std::borrow::Cow::Owned(beyond)
            } else {
                std::borrow::Cow::Borrowed(t.as_str())
            };
            let t = t.as_ref();
            // Words of four letters or more: "or" in "credit or financial data" names nothing.
            let own = || {
                let mut own = title_words(&s.title);
                own.retain(|w| w.chars().count() >= 4);
                own
            };
            let names_own = |spaced: &str, own: &[String]| {
                of_the_use || own.iter().any(|w| spaced.contains(&format!(" {w} ")))
            };
            // Its lead sentence, as a note's is read, where it names this test and denies more
            // than a part of the cases.
            let lead = denies_the_work_once(t).filter(|_| {
                let first = crate::assessment::as_words(t);
                let first = first.split(". ").next().unwrap_or_default();
                names_own(&super::spaced_words(first), &own()) && !denies_a_part_only(first)
            });
            let later = || {
                let found = later_denials_once(t);
                if found.is_empty() {
                    return None;
                }
                let own = own();
                // Or by the kind of work it is read as: "the disparity is unquantified" is of
                // bias testing (a hostile review's limitations).
                found
                    .iter()
                    .find(|l| {
                        names_own(&l.spaced, &own)
                            || l.kind
                                .as_ref()
                                .is_some_and(|k| {
                                    k.iter().any(|w| own.contains(w))
                                        // "The subgroup analysis by ethnicity hasn't been
                                        // done" is of bias testing (a hostile review of the
                                        // verdicts).
                                        || test_kinds(
                                            &k.iter().map(String::as_str).collect::<Vec<_>>(),
                                        )
                                        .iter()
                                        .any(|w| own.contains(w))
                                })
                            // Testing of no kind named, not done on a use the system is put
                            // to, is every test's: "No testing has been done on the collections
                            // use." (a thirteenth review).
                            || (s.requirement.as_str() == "testing"
                                && l.kind.as_ref().is_some_and(Vec::is_empty)
                                && names_a_use(&l.spaced))
                            // So is a use the system is put to while untested: "The score is
                            // also used in collections; nobody has tested it there" (a review
                            // of the known false "met"s).
                            || (s.requirement.as_str() == "testing"
                                && matches!(l.denial, Denial::UntestedInUse | Denial::OtherModel))
                    })
                    .map(|l| l.denial)
            };
            // Once an answer: "No person reads the appeals." is read above as an appeal that
            // reaches no person, in plainer words.
            let said = format!("the answer to \"{}\" ", x.prompt);
            if let Some(denial) = lead.or_else(later)
                && !out.iter().any(|o| o.starts_with(&said))
            {
                out.push(format!("{said}{}", denial.says()));
            }
        }
    }
    out
}

/// Whether a denial in the lead of `text` stands for the safeguard whose distinctive title
/// words are `own`: not where the lead opens by naming another kind of work (`others_name`
/// says whether the opening word is one of the other safeguards' the same answer shows or
/// dates), `reach` (the note, or a summary's lead sentence) names neither this work nor all
/// work in general ("all", "both"), and the text says nowhere that no other work was done
/// either ("nothing else", "neither"). "Robustness testing has not actually been run yet ..."
/// on the tests passed denies robustness, not the accuracy evaluation beside it (a compliance
/// review); "Tests were not run, except robustness" opens on no kind and denies them all.
fn lead_denial_stands(
    text: &str,
    reach: &str,
    own: &[String],
    others_name: impl FnOnce(&str) -> bool,
) -> bool {
    // All work denied in other words, anywhere in the text: "Nothing else has been run
    // either".
    if ["either", "else", "nor "]
        .iter()
        .any(|w| super::contains_ignoring_ascii_case(text, w))
    {
        let all = super::spaced_words(text);
        if [" either ", " neither ", " else ", " nor "]
            .iter()
            .any(|w| all.contains(w))
        {
            return true;
        }
    }
    let first = super::spaced_words(text.split(['.', ';', ':', '\n']).next().unwrap_or(""));
    let Some(opening) = first
        .split_whitespace()
        .find(|w| !matches!(*w, "the" | "our" | "a" | "an" | "its"))
    else {
        return true;
    };
    let reach = super::spaced_words(reach);
    if own.iter().any(|t| reach.contains(&format!(" {t} ")))
        || [
            " else ",
            " other ",
            " others ",
            " rest ",
            " either ",
            " neither ",
            " all ",
            " any ",
            " none ",
            " nor ",
            " also ",
            " too ",
            " both ",
        ]
        .iter()
        .any(|w| reach.contains(w))
    {
        return true;
    }
    own.iter().any(|t| t == opening) || !others_name(opening)
}

/// The sentences of an out-of-scope answer that tell of the system put to a use beyond its
/// scope ("Transplant team borrowed the sepsis risk score to rank waiting-list pts", a sixth
/// review), joined, or `None`: most out-of-scope answers only list exclusions.
fn put_beyond_scope(text: &str) -> Option<String> {
    const KEYS: &[&str] = &[
        "borrow",
        "repurpos",
        "reuse",
        "re-use",
        "co-opt",
        "started using",
    ];
    // Read for each safeguard: a look without allocating first (issue 7).
    if !KEYS
        .iter()
        .any(|k| super::contains_ignoring_ascii_case(text, k))
    {
        return None;
    }
    let joined = crate::assessment::as_words(text);
    let beyond: Vec<&str> = joined
        .split(". ")
        .filter(|s| {
            let spaced = super::spaced_words(s);
            let words: Vec<&str> = spaced.split_whitespace().collect();
            words.iter().enumerate().any(|(i, w)| {
                matches!(
                    *w,
                    "borrowed" | "borrows" | "repurposed" | "repurposes" | "reused" | "reuses"
                ) || (*w == "started" && words.get(i + 1) == Some(&"using"))
                    || (matches!(*w, "co" | "re")
                        && matches!(words.get(i + 1), Some(&("opted" | "used"))))
            }) && !words.iter().any(|w| {
                matches!(
                    *w,
                    "refused" | "declined" | "rejected" | "stopped" | "blocked" | "withdrawn"
                )
            })
        })
        .collect();
    (!beyond.is_empty()).then(|| beyond.join(". "))
}

/// The people or cases a test can leave out, named after "not tested on" or before "were not
/// tested": a scope of the tests, not a denial of them.
const POPULATION: &[&str] = &[
    "patients",
    "children",
    "adults",
    "under",
    "ages",
    "aged",
    "claims",
    "applications",
    "applicants",
    "loans",
    "mortgages",
    "users",
    "customers",
    "products",
    "cases",
    "content",
    "students",
    "pupils",
    "minors",
    "languages",
    "regions",
    "countries",
    "markets",
    "sites",
    "hospitals",
    "wards",
    "branches",
    "documents",
    "requests",
    "accounts",
];

/// Whether a sentence's denial is of a part of the cases only: "for", "on", "in" or "with" and
/// a population after its "not" ("Bias testing has not been done for applicants under 21").
fn denies_a_part_only(sentence: &str) -> bool {
    let spaced = super::spaced_words(sentence);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let Some(neg) = words
        .iter()
        .position(|w| matches!(*w, "not" | "never" | "t"))
    else {
        return false;
    };
    words.iter().enumerate().skip(neg + 1).any(|(i, w)| {
        matches!(*w, "for" | "on" | "in" | "with")
            && words
                .iter()
                .skip(i + 1)
                .take(3)
                .any(|n| POPULATION.contains(n) || n.starts_with("under"))
    })
}

/// Words that deny work outright, as [`super::spaced_words`] writes them.
const NOT_DONE_LEADS: &[&str] = &[
    "none yet",
    "nothing yet",
    "not in place",
    "not yet in place",
    // The people or the means not there yet ("Credit officers not yet hired": a review).
    "not yet hired",
    "not yet recruited",
    "not yet staffed",
    "not yet built",
    "not yet set up",
    // "We did not get to the red team this cycle" (a thirteenth review).
    "did not get to the",
    "didn t get to the",
    "did not get round to",
    "didn t get round to",
    "never got round to",
];
/// Words that say the work is still to come, read only in a short clause with no dated work
/// in its sentence: the same words describe the safeguard at work or something beside it
/// ("Declines still to be decided are held until an officer decides them", "the new branch
/// is not open yet": a review of honest notes). A hostile review's: "has yet to be run",
/// "Still to be set up.", "Reconsideration is not offered yet".
const NOT_DONE_WEAK: &[&str] = &[
    "yet to be",
    "has yet to",
    "have yet to",
    "been deferred",
    "been postponed",
    "still to be",
    "remains to be",
    "being set up",
    "under construction",
    "still need to",
    "still needs to",
    "will go live",
    "goes live on",
    "unstaffed",
    "not open yet",
    "not live yet",
    "not ready yet",
    "not running yet",
    "not active yet",
    "not offered yet",
    "not told yet",
    "not set up yet",
    "not yet open",
    "not yet live",
    "not yet ready",
    "not yet running",
    "not yet active",
    "not yet offered",
    "not yet told",
    "isn t open yet",
    "isn t live yet",
];
/// Words that say the work was left undone, read as [`NOT_DONE_WEAK`] is: "Unvalidated.",
/// "Validation was skipped", "testing was waived" (a fourth hostile review).
const NOT_DONE_SHORT: &[&str] = &[
    "unvalidated",
    "untested",
    "was skipped",
    "were skipped",
    "been skipped",
    "was waived",
    "were waived",
    "been waived",
];
/// "not", "not yet been", "hasn't been", "never been"... before a word for the work. "Has not
/// been tested" and "was not run" are found by the "not" in them.
const NOT_DONE_HOW: &[&str] = &[
    "not",
    "not yet",
    "not been",
    "not yet been",
    "never",
    "never been",
    "hasn t been",
    "haven t been",
    "hasn t yet been",
    "haven t yet been",
    "wasn t",
    "weren t",
    // "We haven't validated it yet" (a fourth hostile review).
    "haven t",
    "hasn t",
    "haven t yet",
    "hasn t yet",
    "didn t",
    "did not",
    "hadn t",
    "isn t",
    "aren t",
    "nobody has",
    "no one has",
];
/// Words that deny the work after "not been" ("has not been signed off", "has not been set
/// up"), and not alone: "not offered to under-18s" is a scope.
const NOT_DONE_AFTER_BEEN: &[&str] = &[
    "signed off",
    "signed",
    "approved",
    "set up",
    "offered",
    "agreed",
    "written",
    "opened",
    "established",
    "introduced",
    "put in place",
    "rolled out",
    "launched",
    "told",
    "informed",
    "notified",
    "staffed",
    "recruited",
    "hired",
    "built",
    "created",
    "drafted",
    "reviewed",
    "checked",
    "assessed",
    "evaluated",
    "measured",
    "audited",
];
/// The work a note or summary can deny.
const NOT_DONE_WORK: &[&str] = &[
    "executed",
    "performed",
    "done",
    "carried out",
    "conducted",
    "implemented",
    "started",
    "tested",
    "run",
    "validated",
    "completed",
];
/// The work in its plain form, read after "did not" or "didn't" only: "the system does not
/// validate inputs" describes it.
const NOT_DONE_PLAIN: &[&str] = &[
    "validate",
    "test",
    "run",
    "perform",
    "conduct",
    "carry out",
    "complete",
    "execute",
    "start",
    "do",
    "measure",
    "evaluate",
    "assess",
    "audit",
];
/// The work done again ("have not been redone since the v5 retrain", a hostile review): a
/// denial unless its sentence says nothing changed that needs it ("not repeated because the
/// model has not changed since", [`UNCHANGED`]). "re-run" is spaced as "re run", and read past
/// its "re".
const NOT_DONE_AGAIN: &[&str] = &["redone", "repeated", "rerun", "retested", "revalidated"];
/// Whether word `w` (of [`super::spaced_words`]) names the work done again: "revalidation",
/// "retesting", "rerun", "redone", "repeat", or the "re" of "re-validation" spaced as words. One
/// list for the deferral reader ("re-validation is scheduled" is a later round) and the denials
/// ("No retesting was done because the model has not changed").
fn another_round(w: &str) -> bool {
    w == "re"
        || w.strip_prefix("re").is_some_and(|rest| {
            [
                "valid", "test", "run", "audit", "assess", "review", "evaluat", "check", "do",
                "peat",
            ]
            .iter()
            .any(|x| rest.starts_with(x))
        })
}

/// Words that say the system has not changed since the work was done.
const UNCHANGED: &[&str] = &[
    "not changed",
    "no material change",
    "no material changes",
    "not been changed",
    "unchanged",
    "no change",
    "no changes",
    "changed only",
    "only changed",
    "not retrained",
    "not been retrained",
    "no retrain",
    "no retraining",
    "did not change",
    "didn t change",
    "hasn t changed",
    "haven t changed",
    "hasn t been changed",
    "wasn t changed",
    "hasn t been retrained",
    "wasn t retrained",
    "stayed the same",
    "remained the same",
    "is the same",
    "was the same",
    "untouched",
    "not modified",
    "not been modified",
];

/// Whether the lead sentence `spaced` ([`super::spaced_words`], its word starts in `starts`)
/// denies the work: a denial that stands alone, a way of saying "not" before a word for the work
/// (with one adverb between: "has not been clinically validated"), or "none" or "no" before the
/// work "been run yet" ("None of these tests has been run yet"). The pairs
/// are matched where a "not" stands, not made and searched one by one (formatting them cost
/// `raia score` a fifth of its instructions, and searching for each of 180 another 5%).
fn denies_in(spaced: &str, starts: &[(u16, usize)], again: bool, first: bool) -> bool {
    let word_at = |at: usize, list: &[&str]| {
        let rest = spaced.get(at..).unwrap_or_default();
        list.iter()
            .find(|w| rest.starts_with(*w) && rest.as_bytes().get(w.len()) == Some(&b' '))
            .map(|w| at + w.len() + 1)
    };
    let work_at = |at: usize| {
        word_at(at, NOT_DONE_WORK).or_else(|| again.then(|| word_at(at, NOT_DONE_AGAIN)).flatten())
    };
    // After a "not": words that say nothing of whether ("been", "yet", "actually", an adverb
    // such as "formally" or "clinically", but not "only": "not only tested on adults but
    // also..." affirms the work), then a word for the work. Past "been", more words say the
    // work was not done ("has not been signed off"), unless a scope follows them ("has not
    // been approved for paediatric use").
    let denied_after = |mut at: usize, mut been: bool, did: bool| {
        for _ in 0..4 {
            // "not executed without underwriting": a condition, not a denial (a review of
            // honest notes). After "did not", the word for the work is its plain form ("we did
            // not validate it").
            if let Some(after) =
                work_at(at).or_else(|| did.then(|| word_at(at, NOT_DONE_PLAIN)).flatten())
            {
                return word_at(after, &["without", "unless", "except", "when", "if"]).is_none();
            }
            // Past "been", unless a scope or a reason follows ("not been approved for Welsh",
            // "not been reviewed individually because..."), but not the use itself ("not been
            // approved for clinical use yet": a hostile review).
            if been && let Some(after) = word_at(at, NOT_DONE_AFTER_BEEN) {
                let scoped = word_at(
                    after,
                    &[
                        "for",
                        "to",
                        "on",
                        "in",
                        "outside",
                        "beyond",
                        "individually",
                        "separately",
                        "externally",
                        "because",
                        "as",
                        "since",
                    ],
                );
                let the_use = scoped.is_some_and(|s| {
                    word_at(
                        s,
                        &[
                            "clinical",
                            "use",
                            "production",
                            "go",
                            "live",
                            "release",
                            "this",
                            "deployment",
                            "launch",
                            "general",
                        ],
                    )
                    .is_some()
                });
                return scoped.is_none() || the_use;
            }
            let word = spaced
                .get(at..)
                .unwrap_or_default()
                .split(' ')
                .next()
                .unwrap_or_default();
            let filler = matches!(
                word,
                "been" | "be" | "being" | "yet" | "actually" | "really" | "even"
            ) || (again && word == "re")
                || (word.len() > 3 && word.ends_with("ly") && word != "only");
            if !filler {
                return false;
            }
            been |= word == "been";
            at += word.len() + 1;
        }
        false
    };
    // A lead sentence that is nothing but a word for work to come ("Planned.", "Outstanding.").
    let words = spaced.split_whitespace().count();
    // "Testing is outstanding.", not "Nothing outstanding.".
    let alone = (words <= 4
        && spaced.ends_with(" outstanding ")
        && !["no", "nothing", "none"]
            .iter()
            .any(|w| spaced.starts_with(&format!(" {w} "))))
        || matches!(
            spaced.trim(),
            "planned"
                | "outstanding"
                | "pending"
                | "untested"
                | "not offered"
                | "not open yet"
                | "to do"
                | "todo"
                | "tbd"
                | "tbc"
                | "in progress"
                | "not started"
        );
    alone
        || NOT_DONE_LEADS
            .iter()
            .chain(super::NEVER_HAPPENED)
            .any(|d| super::at_word_starts(spaced, starts, d))
        || NOT_DONE_HOW.iter().any(|how| {
            super::word_starts_of(spaced, starts, how).any(|end| {
                !relative_before(spaced, end - how.len() - 1)
                    // "did not" with the plain form only in a first clause: "...; the
                    // developers did not test their own model" says who did (a review of
                    // honest notes).
                    && denied_after(end, how.ends_with("been"), first && how.starts_with("did"))
            })
        })
        // The work itself still to come, in a clause of any length: "has yet to be run", "is
        // still to be validated", "remains to be signed off" (a hostile review); not "still to
        // be decided" or "still to be produced" of something else.
        || ["yet to be", "still to be", "remains to be"].iter().any(|to| {
            super::word_starts_of(spaced, starts, to).any(|end| {
                !relative_before(spaced, end - to.len() - 1) && denied_after(end, false, false)
            })
        })
        || super::word_starts_of(spaced, starts, "been").any(|end| {
            // After "none" or "no" ("No tests have been run yet"), not in a question ("Has the
            // model been run yet on 2026 data? Yes").
            let before = spaced.get(..end).unwrap_or_default();
            (before.contains(" none ") || before.contains(" no "))
                && work_at(end)
                    .is_some_and(|after| spaced.get(after..).is_some_and(|r| r.starts_with("yet ")))
        })
        // "No tests were run", "No validation was performed" (a fourth hostile review); not of
        // a round again ("No retesting was done because the model has not changed").
        || (spaced.starts_with(" no ") || spaced.starts_with(" none "))
            && ["were", "was"].iter().any(|v| {
                super::word_starts_of(spaced, starts, v).any(|end| {
                    !spaced
                        .get(..end)
                        .unwrap_or_default()
                        .split_whitespace()
                        .any(another_round)
                        && work_at(end).is_some()
                })
            })
        || super::NOT_DONE_CJK.iter().any(|p| spaced.contains(p))
        // "No validation has taken place", "There is no reconsideration process yet" (a fifth
        // hostile review); not "There is no automatic decline", which describes the safeguard.
        || super::no_work_took_place(spaced)
        || ([" there is no ", " there are no ", " there is currently no ", " there has been no "]
            .iter()
            .any(|w| spaced.starts_with(w))
            && spaced.contains(" yet "))
        || (spaced.contains(" n") && NOT_DONE_FOREIGN.iter().any(|p| super::at_word_starts(spaced, starts, p)))
}

/// Plain denials in the other languages teams write in ("Las pruebas no se han realizado",
/// "Gli test non sono stati eseguiti", "De tests zijn niet uitgevoerd", "Les tests n'ont pas été
/// réalisés": a fifth hostile review), as [`super::spaced_words`] writes them. Each holds " n"
/// ("no", "non", "niet", "não", "n ont"), looked for first.
const NOT_DONE_FOREIGN: &[&str] = &[
    "no se han realizado",
    "no se ha realizado",
    "no se realizaron",
    "no se realizó",
    "no se han hecho",
    "no se ha hecho",
    "no se han llevado a cabo",
    "no se ha llevado a cabo",
    "non sono stati eseguiti",
    "non sono state eseguite",
    "non è stata eseguita",
    "non è stato eseguito",
    "non sono stati effettuati",
    "non sono state effettuate",
    "non è stata effettuata",
    "non è stato effettuato",
    "zijn niet uitgevoerd",
    "is niet uitgevoerd",
    "werden niet uitgevoerd",
    "werd niet uitgevoerd",
    "n ont pas été réalisés",
    "n ont pas été réalisées",
    "n ont pas été effectués",
    "n ont pas été effectuées",
    "n ont pas été menés",
    "n ont pas été menées",
    "n a pas été réalisé",
    "n a pas été réalisée",
    "n a pas été effectué",
    "n a pas été effectuée",
    "n a pas été menée",
    "n a pas été validé",
    "n a pas été validée",
    "não foram realizados",
    "não foram realizadas",
    "não foi realizado",
    "não foi realizada",
    "não foram feitos",
    "não foi feita",
];

/// Words that put the work itself in the future or under way ("Clinical validation is planned
/// for Q1 2027", "Testing is in progress", "Bias testing will be done in Q1 2027", "We plan to
/// validate the tool"): read in a note's or a summary's first clause only, before any word
/// that says work was done, and not beside a clause that dates work done ("Validated in 2024;
/// re-validation is scheduled for 2027" is honest). A hostile review passed the gate with
/// fifteen such notes and summaries; the evidence reader refused the same words.
const DEFERRED: &[&str] = &[
    "is planned",
    "are planned",
    "planned for",
    "planned to",
    "is scheduled",
    "are scheduled",
    "scheduled for",
    "scheduled to",
    "is in progress",
    "are in progress",
    "is under way",
    "are under way",
    "is underway",
    "are underway",
    "is ongoing",
    "are ongoing",
    "is pending",
    "are pending",
    "on the roadmap",
    "to follow in",
    "to follow after",
    "to follow once",
    "we plan to",
    "we intend to",
    "we are planning to",
    "will be done",
    "will be completed",
    "will be carried out",
    "will be performed",
    "will be conducted",
    "will be run",
    "will be validated",
    "will be tested",
    "will be signed off",
    "will be approved",
    "will be set up",
    "will be introduced",
    "will be rolled out",
    "will be in place",
    "will be put in place",
    "will sign off",
    "will validate",
    "will test",
    "will start",
    "will begin",
    "starts in",
    "starts on",
    "begins in",
    "begins on",
    "to be completed",
    "to be done",
    "to be carried out",
    "to be performed",
    "to be conducted",
    // A fourth hostile review's.
    "will take place",
    "is due in",
    "are due in",
    "is due to",
    "are due to",
    "targeted for",
    "slated for",
    "booked for",
    "is being carried out",
    "are being carried out",
    "is being done",
    "is being performed",
    "is being run",
    "awaiting results",
    "will be written",
    "is on hold",
    "are on hold",
    // The same in the other languages teams write in (a fifth hostile review): Spanish,
    // Portuguese, French, Italian, German and Dutch.
    "está prevista",
    "está previsto",
    "están previstas",
    "están previstos",
    "estão previstas",
    "estão previstos",
    // "In progress" after the verb, not of cases ("Les dossiers en cours sont revus chaque
    // jour" describes the work; a clause that ends so is read in DEFERRED_LAST).
    "está en curso",
    "están en curso",
    "está em curso",
    "estão em curso",
    "está em andamento",
    "estão em andamento",
    "est en cours",
    "sont en cours",
    "è in corso",
    "sono in corso",
    "ist in arbeit",
    "sind in arbeit",
    "ist in planung",
    "is in uitvoering",
    "previstas para",
    "previstos para",
    "prevista para",
    "previsto para",
    "se realizará",
    "se realizarán",
    "se llevará a cabo",
    "se llevarán a cabo",
    "será realizada",
    "será realizado",
    "serão realizadas",
    "serão realizados",
    "est prévue",
    "est prévu",
    "sont prévues",
    "sont prévus",
    "prévue pour",
    "prévu pour",
    "sera réalisée",
    "sera réalisé",
    "seront réalisées",
    "seront réalisés",
    "sera effectuée",
    "seront effectués",
    "aura lieu",
    "auront lieu",
    "è prevista",
    "è previsto",
    "sono previste",
    "sono previsti",
    "sarà eseguita",
    "sarà eseguito",
    "saranno eseguite",
    "saranno eseguiti",
    "sarà effettuata",
    "saranno effettuati",
    "ist geplant",
    "sind geplant",
    "geplant für",
    "läuft noch",
    "laufen noch",
    "is gepland",
    "zijn gepland",
    "gepland voor",
    "loopt nog",
    "lopen nog",
];
/// A clause that ends in one of these words says the same ("Validation pending.", "Clinical
/// validation in progress."), unless it opens with "no" or "nothing" ("Nothing pending.").
const DEFERRED_LAST: &[&str] = &[
    " pending ",
    " in progress ",
    " under way ",
    " underway ",
    " ongoing ",
    " tbc ",
    " tbd ",
    " planned ",
    " on hold ",
    // "Die Validierung ist für Q1 2027 geplant."
    " geplant ",
    " gepland ",
    " en cours ",
    " en curso ",
    " em curso ",
    " em andamento ",
    " in corso ",
    " in arbeit ",
    " in planung ",
    " in uitvoering ",
];

/// Whether a note or a summary (`whole`, as [`crate::assessment::as_words`]) gives only the work of a
/// vendor, a supplier or a manufacturer, in its first sentence (`lead`): "The vendor tested
/// the model at three US hospitals: ...", "Vendor's evaluation only.", "Relies on the vendor's
/// published validation." (a hostile review). The team's own tests are what the answers claim;
/// a text that says "we", "our" or "locally" anywhere speaks of them too and stands.
fn others_work_only(whole: &str, lead: &str) -> bool {
    // "The vendor's pitch that 'fair-lending testing isn't needed' was not accepted" (a hostile
    // review of the verdicts): the vendor's claim turned down, not the vendor's work.
    if practice::claim_turned_down(lead) {
        return false;
    }
    // Not "provider" alone: in health care it is the team's own organisation.
    const ACTORS: &[&str] = &["vendor", "supplier", "manufacturer", "oem", "licensor"];
    const DID: &[&str] = &[
        "tested",
        "validated",
        "evaluated",
        "assessed",
        "ran",
        "measured",
        "benchmarked",
        "performed",
        "conducted",
        "completed",
        "reported",
        "did",
    ];
    const THEIR: &[&str] = &[
        "evaluation",
        "validation",
        "testing",
        "tests",
        "test",
        "benchmark",
        "benchmarks",
        "study",
        "results",
        "report",
        "assessment",
        "risk",
    ];
    // Not in a clause that denies it: "not yet on our own ED data". "us" is no word of
    // this list: "three US hospitals".
    let own = whole
        .split([';', ',', ':', '(', ')'])
        .flat_map(|c| c.split(" but "))
        .flat_map(|c| c.split(" and "))
        .any(|clause| {
            let clause = super::spaced_words(clause);
            let words = || clause.split_whitespace();
            let ours = words().any(|w| {
                matches!(
                    w,
                    "we" | "our"
                        | "ours"
                        | "local"
                        | "locally"
                        | "internal"
                        | "internally"
                        | "house"
                )
            });
            // "we havent re-run anything on our own book" (a hostile review's summary passed),
            // with or without its apostrophe.
            let denied = words().any(|w| {
                matches!(
                    w,
                    "not" | "no" | "yet" | "never" | "nor" | "t" | "havent" | "hasnt" | "didnt"
                )
            });
            // Relying on the vendor's work, or reading it, is not doing it: "we rely on its
            // results", "we reviewed their report" (a fifth hostile review).
            let relies = words().any(|w| {
                matches!(
                    w,
                    "rely"
                        | "relied"
                        | "relies"
                        | "reviewed"
                        | "read"
                        | "accepted"
                        | "accept"
                        | "trust"
                        | "adopted"
                        | "use"
                        | "used"
                )
            });
            let did = words().any(|w| {
                matches!(
                    w,
                    "tested"
                        | "validated"
                        | "ran"
                        | "repeated"
                        | "measured"
                        | "evaluated"
                        | "replicated"
                        | "reran"
                        | "retested"
                        | "revalidated"
                        | "verified"
                        | "benchmarked"
                        | "test"
                        | "validate"
                        | "checked"
                        | "audited"
                )
            });
            ours && !denied && (did || !relies)
        });
    if own {
        return false;
    }
    let words: Vec<&str> = lead.split_whitespace().collect();
    let actor = |w: &&str| {
        ACTORS
            .iter()
            .any(|a| w.strip_suffix('s').unwrap_or(w) == *a)
    };
    // "the vendor tested", "the vendor has validated", "tested by the vendor".
    // Each alternative is tried with its own guard: "the vendor back-tested" is [vendor, back,
    // tested].
    let did = words.windows(3).any(|w| match w {
        [a, v, _] | [a, _, v] if actor(a) && DID.contains(v) => true,
        [v, "by", a] => DID.contains(v) && actor(a),
        _ => false,
    }) || words.windows(4).any(|w| match w {
        [v, "by", "the" | "its" | "a", a] => DID.contains(v) && actor(a),
        _ => false,
    }) || words.windows(5).any(|w| match w {
        // "Back-test by the engine manufacturer".
        [v, "by", "the" | "its" | "a", _, a] => DID.contains(v) && actor(a),
        _ => false,
    })
        // "per the vendor", "according to the vendor", "results supplied by the vendor",
        // "(vendor figures)".
        // Not "not by the vendor" (a review of honest notes).
        || words.windows(3).enumerate().any(|(i, w)| match w {
            ["per" | "from" | "by", "the" | "its" | "our", a] => {
                actor(a)
                    && i.checked_sub(1)
                        .and_then(|k| words.get(k))
                        .is_none_or(|p| *p != "not")
            }
            _ => false,
        })
        // "from the bureau vendor's pooled dataset" (a hostile review's summary passed).
        || words.windows(4).enumerate().any(|(i, w)| match w {
            ["per" | "from" | "by", "the" | "its" | "our", _, a] => {
                actor(a)
                    && i.checked_sub(1)
                        .and_then(|k| words.get(k))
                        .is_none_or(|p| *p != "not")
            }
            ["according", "to", "the" | "its" | "our", a] => actor(a),
            _ => false,
        })
        || words.windows(2).any(|w| match w {
            [a, "figures" | "data" | "results"] => actor(a),
            _ => false,
        })
        // The lead opens with their test: "Vendor back-test on 2,000 engines", "The vendor's
        // back-test".
        || {
            let lead_words: Vec<&str> = words
                .iter()
                .copied()
                .skip_while(|w| matches!(*w, "the" | "a"))
                .take(3)
                .collect();
            lead_words.first().is_some_and(actor)
                && lead_words
                    .iter()
                    .skip(1)
                    .any(|w| THEIR.contains(w) || matches!(*w, "back" | "validated" | "tested"))
        } || words.last().is_some_and(actor)
        && words.iter().rev().nth(1).is_some_and(|w| DID.contains(w));
    // "Vendor's evaluation only", "relies on the vendor's published validation".
    let theirs = words.windows(2).any(|w| match w {
        [a, b] => actor(a) && (*b == "s" || THEIR.contains(b)),
        _ => false,
    }) && words.iter().any(|w| THEIR.contains(w))
        && words
            .iter()
            .any(|w| matches!(*w, "only" | "relies" | "relied" | "rely" | "according"));
    did || theirs
}

/// Every phrase of [`DEFERRED`] and [`DEFERRED_LAST`], and "once", holds one of these.
const DEFERRED_KEYS: &[&str] = &[
    "plan",
    "sched",
    "progress",
    "under",
    "ongoing",
    "pending",
    "roadmap",
    "follow",
    "will",
    "start",
    "begin",
    "to be",
    "once",
    "tbc",
    "tbd",
    "intend",
    "due",
    "target",
    "slated",
    "booked",
    "being",
    "await",
    "hold",
    "previst",
    "prévu",
    "realizar",
    "llevar",
    "realizad",
    "serão",
    "curso",
    "andamento",
    "sera",
    "seront",
    "aura",
    "auront",
    "cours",
    "sarà",
    "saranno",
    "corso",
    "geplant",
    "gepland",
    "werden",
    "wird",
    "noch",
    "nog",
    "arbeit",
    "planung",
    "uitvoering",
];

/// Whether the first clause of a note's or a summary's first sentence (`spaced`, its word
/// starts in `starts`) puts the work in the future or under way ([`DEFERRED`]).
fn defers(spaced: &str, starts: &[(u16, usize)]) -> bool {
    // Most clauses hold no key, and are not searched for sixty phrases (issue 7).
    if !DEFERRED_KEYS.iter().any(|k| spaced.contains(k)) {
        return false;
    }
    // German puts the future's verb last: "Die Tests werden im ersten Quartal 2027
    // durchgeführt" (a fifth hostile review). The present reads the same ("Die Fälle werden
    // täglich geprüft" describes the work), so only beside a time to come.
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if words.iter().any(|w| matches!(*w, "werden" | "wird"))
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "durchgeführt"
                    | "erstellt"
                    | "validiert"
                    | "getestet"
                    | "geprüft"
                    | "abgeschlossen"
            )
        })
        && words.iter().any(|w| {
            (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
                || w.starts_with("quartal")
                || w.starts_with("nächst")
                || matches!(*w, "später" | "demnächst" | "bald")
        })
    {
        return true;
    }
    // Not after a word that says work was done ("each suggestion is checked by a nurse, and an
    // audit of overrides is planned for 2027" describes the safeguard at work), nor of a round
    // after this one ("Next review planned for 2027", "re-validation is scheduled") or of some
    // people or cases ("Patients whose triage is still to be completed": reviews of honest
    // notes).
    let done_before = |at: usize| {
        spaced
            .get(..at)
            .unwrap_or_default()
            .split_whitespace()
            .any(|w| {
                NOT_DONE_WORK.contains(&w)
                    || NOT_DONE_AFTER_BEEN.contains(&w)
                    || another_round(w)
                    || matches!(
                        w,
                        "ran"
                            | "carried"
                            | "passed"
                            | "found"
                            | "showed"
                            | "shown"
                            | "next"
                            | "próxima"
                            | "próximo"
                            | "prochaine"
                            | "prochain"
                            | "nächste"
                            | "nächsten"
                            | "prossima"
                            | "prossimo"
                            | "volgende"
                            | "further"
                            | "another"
                            | "follow"
                            | "second"
                            | "third"
                            | "repeat"
                            | "repeated"
                            | "future"
                            | "subsequent"
                            | "additional"
                            | "that"
                            | "which"
                            | "who"
                            | "whom"
                            | "whose"
                            | "where"
                            | "when"
                            | "if"
                            | "unless"
                            | "until"
                    )
            })
    };
    // The words before the phrase name a case it handles ("Routed claims are pending until an
    // adjuster decides them"), or what follows dates the work done ("Validation, scheduled for
    // October, took place on 2025-11-20"): reviews of honest teams.
    let of_a_case = |at: usize, end: usize| {
        let before = spaced.get(..at).unwrap_or_default();
        let after = spaced.get(end..).unwrap_or_default();
        // The case leads the clause ("Routed claims are pending", "A routed claim is
        // pending"), not a list of tests ("stress tests on thin-file applicants are scheduled").
        before
            .split_whitespace()
            .take(3)
            .any(|w| CASES.contains(&w))
            // "No action is taken while its alert is pending" (a review of honest teams).
            || before
                .split_whitespace()
                .rev()
                .take(4)
                .any(|w| matches!(w, "while" | "whilst" | "when" | "if"))
            || after.split_whitespace().take(6).any(|w| w == "until")
            || done_after(after)
    };
    let last = DEFERRED_LAST.iter().any(|w| spaced.ends_with(w))
        && !["no", "nothing", "none"]
            .iter()
            .any(|w| spaced.starts_with(&format!(" {w} ")));
    // "Credit officers will review every decline once the new workflow goes live" (a hostile
    // review): the safeguard waits for something not there yet.
    let once = super::word_starts_of(spaced, starts, "once").any(|end| {
        let rest = spaced.get(end..).unwrap_or_default();
        !done_before(end)
            && [
                " goes live ",
                " is live ",
                " launches ",
                " is launched ",
                " is rolled out ",
                " is deployed ",
                " is in place ",
                " is ready ",
                " is built ",
                " is set up ",
            ]
            .iter()
            .any(|w| rest.contains(w))
    });
    once || (last
        && !done_before(spaced.len())
        && !spaced
            .split_whitespace()
            .take(3)
            .any(|w| CASES.contains(&w)))
        || DEFERRED.iter().any(|d| {
            super::word_starts_of(spaced, starts, d).any(|end| {
                let at = end - d.len() - 1;
                // "Each decline has to be signed off" is a rule, not a plan.
                let rule = d.starts_with("to be ")
                    && spaced
                        .get(..at)
                        .unwrap_or_default()
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            matches!(
                                w,
                                "has" | "have" | "had" | "need" | "needs" | "ought" | "required"
                            )
                        });
                !rule && !relative_before(spaced, at) && !done_before(at) && !of_a_case(at, end)
            })
        })
}

/// Whether `after` (spaced words) says the work took place: a word for work done not after
/// "will", "be", "to" or "being" ("took place", "was completed", "went ahead", not "will be
/// completed").
fn done_after(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let done = NOT_DONE_WORK.contains(w)
            || matches!(
                *w,
                "took"
                    | "happened"
                    | "undertaken"
                    | "finished"
                    | "occurred"
                    | "concluded"
                    | "carried"
            )
            || (*w == "went" && words.get(i + 1) == Some(&"ahead"));
        let future = i
            .checked_sub(1)
            .and_then(|k| words.get(k))
            .is_some_and(|p| matches!(*p, "will" | "be" | "to" | "being" | "not" | "yet"));
        done && !future
    })
}

/// Words for what a safeguard handles, not the work on it: "Claims routed to review are pending
/// until an adjuster decides them" is the review at work (a review of honest teams).
const CASES: &[&str] = &[
    "claim",
    "claims",
    "case",
    "cases",
    "order",
    "orders",
    "application",
    "applications",
    "applicant",
    "applicants",
    "payment",
    "payments",
    "decline",
    "declines",
    "decision",
    "decisions",
    "request",
    "requests",
    "flag",
    "flags",
    "alert",
    "alerts",
    "patient",
    "patients",
    "student",
    "students",
    "complaint",
    "complaints",
    "referral",
    "referrals",
    "ticket",
    "tickets",
    "prescription",
    "prescriptions",
    "transaction",
    "transactions",
    "appeal",
    "appeals",
    "item",
    "items",
];

/// Whether a first clause (`spaced`, its word starts in `starts`) says the work was left
/// undone in the words of [`NOT_DONE_SHORT`]: "Unvalidated" only in a `short` clause, "was
/// skipped" in any; not after a negation ("The model has never gone live untested", a review
/// of honest summaries) or in a relative clause.
fn left_undone(spaced: &str, starts: &[(u16, usize)], short: bool) -> bool {
    NOT_DONE_SHORT
        .iter()
        .filter(|d| d.contains(' ') || short)
        .any(|d| {
            super::word_starts_of(spaced, starts, d).any(|end| {
                let at = end - d.len() - 1;
                !relative_before(spaced, at)
                    && !spaced
                        .get(..at)
                        .unwrap_or_default()
                        .split_whitespace()
                        .any(|w| {
                            matches!(w, "never" | "not" | "no" | "without" | "nothing" | "none")
                        })
            })
        })
}

/// Whether a clause ([`super::spaced_words`]) says the work is still to come in the words of
/// [`NOT_DONE_WEAK`] or "not yet" in another language.
fn weakly_denies(spaced: &str, starts: &[(u16, usize)]) -> bool {
    NOT_DONE_WEAK
        .iter()
        .chain(super::NOT_YET_ELSEWHERE)
        .any(|d| {
            super::word_starts_of(spaced, starts, d).any(|end| {
                // Not in a clause that says who is not to be refused without it: "No decline
                // is sent that has not yet been signed off", "Kein Antrag, der noch nicht
                // geprüft wurde, ..." (a review of honest notes).
                !relative_before(spaced, end - d.len() - 1)
            })
        })
}

/// Whether the words just before byte `at` of `spaced` open a relative or conditional clause
/// ("that", "which", "unless", "der", "qui"...): "No decline is sent that has not been signed
/// off by a credit officer" says every decline is signed off (a review of honest notes).
fn relative_before(spaced: &str, at: usize) -> bool {
    spaced
        .get(..at)
        .unwrap_or_default()
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| {
            matches!(
                w,
                "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "unless"
                    | "until"
                    | "qui"
                    | "que"
                    | "dat"
                    | "welche"
                    | "welcher"
            )
        })
}

/// Whether a denial in `spaced` is qualified by who, where or before when: a word for the
/// work followed by "by", "before", "on", "in"... ("not tested by the team that built it",
/// "not tested on synthetic data"), or a clause that opens with "before" or "until".
fn qualified(spaced: &str) -> bool {
    let opens = [" before ", " until ", " prior "]
        .iter()
        .any(|w| spaced.starts_with(w));
    opens
        || NOT_DONE_WORK.iter().chain(NOT_DONE_AFTER_BEEN).any(|w| {
            [
                "by", "before", "until", "on", "in", "outside", "against", "with", "at", "because",
                "for",
            ]
            .iter()
            .any(|q| {
                spaced.match_indices(w).any(|(k, _)| {
                    spaced.get(..k).is_some_and(|b| b.ends_with(' '))
                        && spaced.get(k + w.len()..).is_some_and(|a| {
                            a.strip_prefix(' ').is_some_and(|a| {
                                a.starts_with(q)
                                    && a.get(q.len()..).is_some_and(|r| r.starts_with(' '))
                            })
                        })
                })
            })
        })
}

/// What a note or a summary says against the work it is written on, in words for the reason
/// a reviewer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Denial {
    /// "Not performed.", "has not been validated".
    NotDone,
    /// After results of one use: "Housing-register banding wasn't part of this evaluation
    /// and it has been live since May" ([`second_use_untested`]).
    UntestedInUse,
    /// "is scheduled for Q1 2027", "in progress", "has yet to be run".
    ToCome,
    /// "The vendor tested the model at three hospitals", "Vendor's evaluation only."
    OthersOnly,
    /// "Safety case CI-SC-2024-03 is awaiting the safety officer's sign-off", "(draft)".
    Unapproved,
    /// "Bias test run 2024-11-01: failed.", "The model did not pass validation."
    Failed,
    /// "Validation report MRM-VAL-2024-112 was rejected by Model Risk", "has lapsed".
    Gone,
    /// On a review answer: "At night the suggested level is applied automatically."
    Bypassed,
    /// "Bias testing partly done on 2025-01-10."
    Partly,
    /// "Testing was done by Acme Analytics on their own model."
    OtherModel,
    /// "Adverse-impact ratio 0.71 (four-fifths threshold 0.80)."
    MissesThreshold,
    /// "engagements complete in 2-4 seconds, faster than a person can abort."
    TooFast,
    /// "tested, looks fine", "all good" as the summary of the tests: no measure, data, bar or
    /// result.
    NothingMeasured,
    /// "the band cannot be challenged at the hearing", beside an option that says it can.
    NoChallenge,
    /// "Residents have not been told", beside an option that says the people are told.
    NotTold,
    /// "raise it with the credit officer who made the original call", beside an option that
    /// says a person re-decides.
    SameDecider,
    /// "there's no human follow-up at the moment", beside an option that says signs of harm
    /// go to trained staff.
    NotEscalated,
    /// "Children sign up themselves without asking the parents", beside an option that says
    /// parents consent.
    ParentsNotAsked,
    /// "the caseworker keys the claim into ClaimSort and the same model decides", beside an
    /// option that says people can be assessed without the automated step.
    SameModel,
    /// "The violence filter was relaxed for the whole service in 2025".
    Weakened,
    /// "no one on the ops team reads it", of the appeals, in another answer than the appeal's.
    AppealUnread,
    /// "a prompt ... still gets it to suggest prescription-only medicines".
    OpenFinding,
    /// Tests run only on synthetic data, or on the data the model learnt from.
    UnfitData,
    /// "approval rate 61% for Black applicants and 58% for Pakistani and Bangladeshi
    /// applicants, against 82% for White British applicants" with no threshold of its own (an
    /// end-to-end review): the lowest and the highest rate, in hundredths of a percent, and
    /// whether they were written as percentages (else as proportions, "0.58").
    AdverseImpact { low: u16, high: u16, percent: bool },
    /// "Black applicants were declined 1.6 times as often as white applicants": the multiple,
    /// in hundredths, as one group's adverse outcome against another's (1.25 or more), or as
    /// a favourable one (under 0.8).
    TimesAsOften { hundredths: u16, adverse: bool },
}

impl Denial {
    /// What the words say, after "the note on ...".
    pub(super) fn says(self) -> std::borrow::Cow<'static, str> {
        if let Self::AdverseImpact { low, high, percent } = self {
            let rate = |v: u16| written_rate(v, percent);
            // Short of 0.8, so never shown as "0.80".
            let ratio = (f64::from(low) / f64::from(high.max(1))).min(0.794);
            return format!(
                "gives rates for groups of people as far apart as {} and {} (a ratio of \
                 {ratio:.2}, under the four-fifths commonly used as the mark of adverse \
                 impact), and no threshold of its own that they meet",
                rate(low),
                rate(high)
            )
            .into();
        }
        if let Self::TimesAsOften {
            hundredths,
            adverse,
        } = self
        {
            let times = written_rate(hundredths, true);
            let times = times.trim_end_matches('%');
            return if adverse {
                format!(
                    "says one group of people meets an adverse outcome {times} times as often as \
                     another (1.25 times or more falls outside the four-fifths commonly used as \
                     the mark of adverse impact), and gives no threshold of its own that it meets"
                )
            } else {
                format!(
                    "says one group of people meets a favourable outcome only {times} times as \
                     often as another (under the four-fifths commonly used as the mark of \
                     adverse impact), and gives no threshold of its own that it meets"
                )
            }
            .into();
        }
        match self {
            Self::NotDone => "says the work was not done",
            Self::UntestedInUse => {
                "says a use, mode or variant the system runs was not tested, or tested only by \
                 its vendor or in simulation"
            }
            Self::ToCome => "says the work is still to come or under way",
            Self::OthersOnly => "gives only a vendor's or a supplier's work, not the team's own",
            Self::Unapproved => "says the document it names is a draft or still waits for approval",
            Self::Failed => "says the work failed or was not passed",
            Self::Gone => "says the work was rejected, withdrawn, stopped or has lapsed",
            Self::Bypassed => "says some outcomes take effect without that review",
            Self::Partly => "says the work was done only in part",
            Self::OtherModel => "says the work was done on another model, not this one",
            Self::MissesThreshold => {
                "gives results that fall short of the threshold it sets for them"
            }
            Self::TooFast => "says things happen faster than a person can step in",
            Self::NothingMeasured => {
                "says nothing of what was measured, on which data, against which threshold or \
                 with which results"
            }
            Self::NoChallenge => "says people cannot challenge or contest the outcome",
            Self::NotTold => "says the people concerned were not told",
            Self::ParentsNotAsked => "says parents were not asked for their consent",
            Self::SameModel => "says the other route goes through the same automated step",
            Self::Weakened => "says the filters were relaxed or switched off",
            Self::SameDecider => {
                "says a challenge goes back to the person who made the first decision, so no \
                 one else looks again"
            }
            Self::NotEscalated => "says what should be escalated does not reach a person",
            Self::AppealUnread => {
                "says appeals reach no person, or go back to the system that decided"
            }
            Self::OpenFinding => "says an attack the tests found still works",
            Self::UnfitData => {
                "says the tests ran only on synthetic data or on the data the model was trained \
                 on, so they show nothing of how it works in this use"
            }
            Self::AdverseImpact { .. } => "gives rates for groups of people far apart",
            Self::TimesAsOften { .. } => "says one group of people meets an outcome far more often",
        }
        .into()
    }
}

/// A rate in hundredths of a percent as the text wrote it: "58%", "58.5%", or a proportion,
/// "0.58".
fn written_rate(v: u16, percent: bool) -> String {
    let (whole, part) = if percent {
        (v / 100, format!("{:02}", v % 100))
    } else {
        (v / 10_000, format!("{:04}", v % 10_000))
    };
    let part = part.trim_end_matches('0');
    let sign = if percent { "%" } else { "" };
    if part.is_empty() {
        format!("{whole}{sign}")
    } else {
        format!("{whole}.{part}{sign}")
    }
}

/// Whether `note` says, in any sentence, the contrary of what an option picked claims
/// (`label`, lowercased): that people can challenge the outcome ([`no_way_to_contest`]), or that
/// the people concerned are told ([`not_told`]).
fn option_denied_in(label: &str, note: &str, title: &str) -> Option<Denial> {
    // Said as what people can do, not a word in passing ("the record itself, to check and
    // challenge", "while a challenge is pending").
    let contest = [
        "can contest",
        "can challenge",
        "can see and challenge",
        "can appeal",
    ]
    .iter()
    .any(|k| label.contains(k));
    // Not an option that itself says they are not told ("a documented exemption means the
    // people are not told").
    let told =
        (label.contains(" told") || label.contains("informed") || label.contains("ai is involved"))
            && !label.contains("not told");
    let escalated = label.contains("escalated to");
    // Of the safeguard that gives reasons: "Letters don't give reasons" leaves the notice that
    // AI is used, shown by the same option, as it stands.
    let reasons = label.contains("reasons")
        && !label.contains("not the reasons")
        && (title.contains("xplanation") || title.contains("eason"));
    let sentences = sentences_of(note);
    // The option's own words denied outright (a hostile review of the verdicts saw each pass):
    // "There is no clinical safety case." beside "A named clinician keeps a clinical safety
    // case", "Claimants cannot be assessed without the tool." beside "People can apply, be
    // assessed or be prioritised without the automated step", "Letters don't give reasons."
    // beside "... and the main reasons for their outcome".
    if let Some(denial) = sentences.iter().find_map(|t| {
        let lower = t.to_lowercase();
        practice::label_denied(label, &lower)
            .or_else(|| (reasons && practice::reasons_not_given(&lower)).then_some(Denial::NotTold))
            .or_else(|| {
                (label.contains("parental consent") && practice::parents_not_asked(&lower))
                    .then_some(Denial::ParentsNotAsked)
            })
            .or_else(|| {
                (label.contains("without the automated step")
                    && practice::same_model_decides(&lower))
                .then_some(Denial::SameModel)
            })
    }) {
        return Some(denial);
    }
    if !contest && !told && !escalated {
        return None;
    }
    if contest
        && sentences
            .iter()
            .any(|t| no_way_to_contest(&t.to_lowercase(), false))
    {
        return Some(Denial::NoChallenge);
    }
    if contest && sentences.iter().any(|t| same_decider(&t.to_lowercase())) {
        return Some(Denial::SameDecider);
    }
    if escalated
        && sentences
            .iter()
            .any(|t| no_one_follows_up(&t.to_lowercase()))
    {
        return Some(Denial::NotEscalated);
    }
    (told && sentences.iter().any(|t| not_told(t))).then_some(Denial::NotTold)
}

/// Whether `lower` (a sentence) sends a challenge back to the person who decided first: "raise
/// it with the credit officer who made the original call, and that officer's decision is final"
/// (a hostile review saw an appeal to a person in place beside it). Not one who did not ("a
/// senior officer, never the one who made the original decision", "someone other than the
/// original decision maker").
fn same_decider(lower: &str) -> bool {
    if ![
        "original",
        "same",
        "first",
        "who made",
        "who took",
        "who decided",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return false;
    }
    // Who decided first, named by the decision: read only where the challenge is routed to
    // them ("with", "to", "by"), not "told the name of the officer who made the decision".
    const WHO: &[&[&str]] = &[
        &["who", "made", "the", "original"],
        &["who", "made", "the", "first"],
        &["who", "made", "the", "decision"],
        &["who", "made", "the", "call"],
        &["who", "made", "it"],
        &["who", "took", "the", "decision"],
        &["who", "took", "the", "original"],
        &["who", "decided", "it"],
        &["who", "decided", "the", "case"],
        &["who", "declined", "it"],
        // "routed to the same officer who confirmed the decline" (a hostile review).
        &["who", "confirmed", "the", "decline"],
        &["who", "confirmed", "the", "decision"],
        &["who", "confirmed", "it"],
        &["original", "decision", "maker"],
        &["first", "decision", "maker"],
    ];
    // Or the same one by name.
    const SAME: &[&[&str]] = &[
        &["same", "officer"],
        &["same", "credit", "officer"],
        &["same", "person"],
        &["same", "caseworker"],
        &["same", "reviewer"],
        &["same", "underwriter"],
        &["same", "handler"],
        &["same", "assessor"],
        &["same", "decision", "maker"],
    ];
    let spaced = super::spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let before = |i: usize, n: usize| words.get(i.saturating_sub(n)..i).unwrap_or_default();
    let someone_else = |i: usize| {
        before(i, 6).iter().any(|w| {
            matches!(
                *w,
                "not"
                    | "never"
                    | "t"
                    | "other"
                    | "different"
                    | "independent"
                    | "than"
                    | "except"
                    | "another"
                    | "separate"
                    | "instead"
                    | "rather"
            )
        })
    };
    // Or kept out after: "The same officer who handled the original decline is excluded."
    let kept_out = |i: usize| {
        words.get(i..).unwrap_or_default().iter().any(|w| {
            matches!(
                *w,
                "excluded" | "barred" | "recused" | "recuses" | "not" | "never" | "cannot" | "t"
            )
        })
    };
    (0..words.len()).any(|i| {
        let at = |p: &&[&str]| words.get(i..i + p.len()) == Some(*p);
        ((WHO.iter().any(at)
            && before(i, 8)
                .iter()
                .any(|w| matches!(*w, "with" | "to" | "by" | "back")))
            || SAME.iter().any(at))
            && !someone_else(i)
            && !kept_out(i)
    })
}

/// Whether `lower` (a sentence) says signs of harm reach no person: "Self-harm disclosures get
/// the helpline card, but there's no human follow-up at the moment: the on-call rota was cut"
/// (a hostile review saw escalation to trained staff in place beside it).
fn no_one_follows_up(lower: &str) -> bool {
    if ![
        "follow", "escalat", "on call", "on-call", "rota", "nobody", "no one", "no human",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return false;
    }
    const SAID: &[&[&str]] = &[
        &["no", "human", "follow", "up"],
        &["no", "follow", "up"],
        &["nobody", "follows", "up"],
        &["no", "one", "follows", "up"],
        &["not", "followed", "up"],
        &["never", "followed", "up"],
        &["not", "escalated"],
        &["never", "escalated"],
        &["no", "escalation"],
        &["no", "one", "is", "on", "call"],
        &["nobody", "is", "on", "call"],
        &["no", "on", "call"],
        &["rota", "was", "cut"],
        &["rota", "has", "been", "cut"],
        &["no", "human", "review"],
        &["no", "one", "reviews"],
        &["nobody", "reviews"],
    ];
    let spaced = super::spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // A rule, not what happens: "if a disclosure is not escalated within 15 minutes, the lead
    // is paged".
    (0..words.len()).any(|i| {
        SAID.iter().any(|p| words.get(i..i + p.len()) == Some(*p))
            && !words
                .get(i.saturating_sub(6)..i)
                .unwrap_or_default()
                .iter()
                .any(|w| matches!(*w, "if" | "unless" | "without" | "never"))
    })
}

/// Where the first phrase of `table` (each as words) stands in `words`: its place and length.
fn first_phrase(words: &[&str], table: &[&[&str]]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|i| {
        table
            .iter()
            .find(|p| words.get(i..i + p.len()) == Some(**p))
            .map(|p| (i, p.len()))
    })
}

/// Whether `sentence` says the people concerned were not told or informed ("Residents have not
/// been told", "data subjects are not informed"), unless it says the law settles that no notice
/// is owed ("not told, as the law-enforcement exemption applies"), which the option allows for.
/// An exemption still being weighed is no exemption ("counsel is still considering whether the
/// exemption covers residents").
fn not_told(sentence: &str) -> bool {
    const SAID: &[&[&str]] = &[
        &["not", "been", "told"],
        &["not", "told"],
        &["never", "told"],
        &["not", "been", "informed"],
        &["not", "informed"],
        &["not", "been", "notified"],
        &["not", "notified"],
        &["without", "telling"],
        &["without", "informing"],
        &["no", "notice", "is", "given"],
        &["no", "notice", "has", "been"],
        // "Nobody has informed claimants", "claimants are currently unaware the score
        // exists" (a review of the new readings).
        &["nobody", "has", "informed"],
        &["nobody", "has", "told"],
        &["no", "one", "has", "informed"],
        &["no", "one", "has", "told"],
        &["unaware"],
    ];
    let spaced = super::spaced_words(sentence);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let Some((at, n)) = first_phrase(&words, SAID) else {
        return false;
    };
    // Told of something else, or a denial before it: "staff are not told the model's score"
    // is about what they see; "no resident is not told" is none.
    // Said of a time that is over: "Until March 2024 claimants had not been told; since then
    // the privacy notice explains it" (a review of the new readings).
    if words.iter().any(|w| {
        matches!(
            *w,
            "until" | "since" | "previously" | "formerly" | "earlier"
        )
    }) {
        return false;
    }
    let of_people = words.iter().any(|w| {
        matches!(
            *w,
            "residents"
                | "people"
                | "subjects"
                | "individuals"
                | "customers"
                | "users"
                | "members"
                | "citizens"
                | "patients"
                | "employees"
                | "staff"
                | "applicants"
                | "travellers"
                | "travelers"
                | "visitors"
                | "passengers"
                | "they"
                | "bystanders"
                | "public"
                | "claimants"
                | "candidates"
                | "borrowers"
                | "tenants"
                | "students"
                | "parents"
                | "workers"
                | "drivers"
                | "consumers"
                | "policyholders"
                | "clients"
                | "households"
                | "prisoners"
                | "suspects"
                | "shoppers"
                | "callers"
                | "guests"
        )
    });
    // The words after the phrase: what they are not told. A detail of the outcome is not the
    // notice ("not told the model's score", "not told their rank"); the system itself is ("not
    // told the tool is used", "not told about the AI").
    let after = words
        .get(at + n..(at + n + 6).min(words.len()))
        .unwrap_or_default();
    let after = after.strip_prefix(&["of"]).unwrap_or(after);
    // Unaware of the score, or told that it exists or is used, is unaware of the system: "so
    // claimants are currently unaware the eligibility score exists", "Claimants are unaware of
    // the eligibility score" (a hostile review's notes passed). Their own score is a detail.
    let unaware = words.get(at) == Some(&"unaware");
    // Not "the weights used", a detail.
    let exists = after.iter().any(|a| matches!(*a, "exists" | "exist"))
        || after
            .windows(2)
            .any(|p| matches!(p, ["is" | "being" | "was", "used"]));
    let of_something = !exists
        && after.first().is_some_and(|w| {
            matches!(*w, "which" | "what" | "how" | "their")
                || (*w == "the"
                    && after.iter().any(|a| {
                        matches!(*a, "rank" | "ranking" | "threshold" | "weights" | "details")
                            || (!unaware && matches!(*a, "score" | "scores"))
                    }))
        });
    let exempt_settled = words
        .iter()
        .any(|w| w.starts_with("exempt") || *w == "exemption")
        && !words.iter().any(|w| {
            matches!(
                *w,
                "whether" | "considering" | "unclear" | "unsure" | "undecided" | "yet" | "settled"
            )
        });
    of_people && !of_something && !exempt_settled
}

/// Whether a note or a summary opens by saying the work was not done, read once per text in a
/// session: a safeguard that many answers can show reads every note on them each time it is
/// evaluated, and a key that changed one answer at 10,000 questions read hundreds again (issue
/// 7). Keyed by the text; a long one is read each time.
fn denies_the_work_once(text: &str) -> Option<Denial> {
    // Its lead sentence, and only words that deny the work itself: a note or a summary goes on
    // to describe the work, its limits and what comes next ("Next review planned for 2027", "a
    // paediatric extension is work in progress", "if a test fails, the release is blocked"),
    // which the evidence reader takes for work not done (a review of honest notes saw a quarter
    // of them refused when notes were read as evidence is).
    let read = || {
        let words = crate::assessment::as_words(text);
        let sentence = words
            .split('\n')
            .flat_map(|c| c.split(". "))
            .map(str::trim)
            .find(|c| !c.is_empty())
            .unwrap_or_default();
        // The clauses of the first sentence. A denial in a later clause counts where no clause
        // before it dates work done ("exact agreement 97%; bias testing has not been done", a
        // hostile review), not after one ("RA-1 approved 2026-12-01: disparate impact has not
        // been measured" is what the work found).
        let clauses: Vec<&str> = sentence
            .split([';', ':'])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        // Most notes name no vendor: the lead is spaced as words only for one that does.
        if ["endor", "upplier", "anufacturer", "OEM", "icensor"]
            .iter()
            .any(|w| sentence.contains(w))
            && others_work_only(&words, &super::spaced_words(sentence))
        {
            return Some(Denial::OthersOnly);
        }
        if super::unapproved_document(sentence)
            || (words.contains('-')
                && words.bytes().any(|b| b.is_ascii_digit())
                && super::unsigned_later(&words.to_lowercase()))
        {
            return Some(Denial::Unapproved);
        }
        // Lowercased once for the readers below (each was lowercasing it again).
        let lower = sentence.to_lowercase();
        if let Some(denial) = version_left_untested(&lower) {
            return Some(denial);
        }
        if reports_a_failure(&lower) {
            return Some(Denial::Failed);
        }
        if of_an_earlier_model(&lower) {
            return Some(Denial::NotDone);
        }
        if gone(&lower) {
            return Some(Denial::Gone);
        }
        if too_fast_to_stop(&lower) {
            return Some(Denial::TooFast);
        }
        // Of an appeal, every sentence: "Declined applicants can appeal by email. That
        // mailbox is not monitored." (a review of the new readings).
        // A dispute is an appeal by another name: "A customer who disputes a decline uploads
        // further evidence and the claim is re-scored" (an end-to-end review).
        // A request to reconsider is one too: "Declined applicants can request reconsideration
        // via the reconsider@ mailbox. Mailbox hasn't been monitored since ..." (a sixth
        // review).
        let about_appeal = || {
            [
                "appeal",
                "appel",
                "apeal",
                "disput",
                "helpline",
                "complain",
                "reconsider",
                // "Anyone can ask for re-triage by the charge nurse", "told to resubmit" (a
                // tenth hostile review): an appeal in the domain's own word.
                "re-triage",
                "retriage",
                "resubmi",
            ]
            .iter()
            .any(|w| lower.contains(w))
        };
        if no_way_to_contest(&lower, false)
            || (about_appeal() && no_way_to_contest(&text.to_lowercase(), true))
        {
            return Some(Denial::NotDone);
        }
        // Read only where the work is denied done again.
        let unchanged = || {
            let lead = super::spaced_words(sentence);
            let starts = super::word_starts(&lead);
            // "because only the letter template changed" (a review of honest notes), as
            // "changed only the letter template" is.
            let words: Vec<&str> = lead.split_whitespace().collect();
            let only_changed = words.iter().enumerate().any(|(i, w)| {
                *w == "only"
                    && words
                        .iter()
                        .skip(i + 1)
                        .take(5)
                        .any(|n| matches!(*n, "changed" | "changes" | "change"))
            });
            only_changed
                || UNCHANGED
                    .iter()
                    .any(|w| super::at_word_starts(&lead, &starts, w))
        };
        // Whether clause `k` dates work done, read only where a clause denies (reading every
        // clause of every note for dates cost `raia score` half again its instructions).
        // Not a step towards the work: "Test plan approved on 2024-10-15; testing has not been
        // performed yet" dates a plan (a fifth hostile review).
        let dated = |k: usize| {
            clauses.get(k).is_some_and(|c| {
                super::dates_work_done(c)
                    && !super::spaced_words(c).split_whitespace().any(|w| {
                        matches!(
                            w,
                            "plan"
                                | "plans"
                                | "protocol"
                                | "scope"
                                | "kick"
                                | "kickoff"
                                | "started"
                                | "commissioned"
                                | "began"
                                | "begun"
                                | "requested"
                                | "opened"
                        )
                    })
            })
        };
        clauses.iter().enumerate().find_map(|(i, clause)| {
            // "Children under two were not tested, as the tool is hidden for them": a limit of
            // the tests, not a denial of them (a review of honest summaries).
            if scope_limit(clause, &lower) || model_not_rerun(clause) {
                return None;
            }
            // "Outstanding: none.", "Planned: nothing further." (a review of honest teams).
            let answered_none = clauses.get(i + 1).is_some_and(|next| {
                let next = super::spaced_words(next);
                matches!(
                    next.trim(),
                    "none"
                        | "nothing"
                        | "nothing further"
                        | "none further"
                        | "n a"
                        | "nil"
                        | "no"
                        | "none open"
                        | "nothing open"
                )
            });
            if answered_none {
                return None;
            }
            let spaced = super::spaced_words(clause);
            if spaced.contains(" only") || spaced.contains(" alone") {
                let words: Vec<&str> = spaced.split_whitespace().collect();
                if others_only_denied(&words) {
                    return None;
                }
            }
            let starts = super::word_starts(&spaced);
            let strong_words = denies_in(&spaced, &starts, true, i == 0)
                && (denies_in(&spaced, &starts, false, i == 0) || !unchanged());
            // Words read only in the first clause, and not beside any clause of its sentence
            // that dates work done ("a Welsh version is still to be produced; the English one
            // was approved on 2024-10-02", a review of honest notes): a weak "still to come"
            // ("has yet to", "not open yet", "noch nicht") in a short clause, work left undone
            // in a word or two ("Unvalidated.", "Validation was skipped"), and work to come or
            // under way (hostile reviews).
            if !strong_words && i == 0 {
                let short = spaced.split_whitespace().count() <= 8;
                let kind = if short && weakly_denies(&spaced, &starts) {
                    Some(Denial::ToCome)
                } else if left_undone(&spaced, &starts, short) {
                    Some(Denial::NotDone)
                } else if defers(&spaced, &starts) {
                    Some(Denial::ToCome)
                } else {
                    None
                };
                return kind.filter(|_| !(0..clauses.len()).any(dated));
            }
            if !strong_words {
                return None;
            }
            // A strong denial ("has not been done") counts unless its clause, or one before it,
            // dates work done, or it is qualified (who, where, before when) and what follows it
            // dates the work ("not tested by the team that built it: MRM signed it off on
            // 2024-11-01", a review of honest summaries). What follows "but" answers a denial
            // only where the denial is qualified: "Testing has not been performed yet, but the
            // test plan was approved on 2024-10-15" dates a plan, not the tests (a hostile
            // review).
            let head = clause.split(" but ").next().unwrap_or_default();
            let later = || {
                clause
                    .split(" but ")
                    .skip(1)
                    .chain(clauses.iter().skip(i + 1).copied())
                    .any(super::dates_work_done)
            };
            let answered = super::dates_work_done(head)
                || (0..i).any(dated)
                || (qualified(&super::spaced_words(head)) && later());
            (!answered).then_some(Denial::NotDone)
        })
    };
    by_text(&DENIES_SEEN, text, 16_384, read)
}

/// Whether a clause says the model is not run again, which an appeal to a person promises: "a
/// senior officer who did not make the first decision reads the file and the model is not
/// re-run" (a tenth review's honest note read as the appeal not done).
fn model_not_rerun(clause: &str) -> bool {
    if !clause.contains("re") {
        return false;
    }
    let spaced = super::spaced_words(clause);
    [
        " model is not re ",
        " model is not rerun ",
        " model is never re ",
        " model isn t re ",
        " model is not rescored ",
        " score is not re ",
        " system is not re ",
        " tool is not re ",
        " not re run by the model ",
        " not re scored by the model ",
        " not rescored by the model ",
    ]
    .iter()
    .any(|p| spaced.contains(p))
}

/// What a reader said of each text it read, keyed by the text.
pub(super) type ByText<V> = std::cell::RefCell<foldhash::HashMap<String, V>>;

thread_local! {
    // Each reader's texts read on this thread ([`by_text`]); [`Cached`] hands them on.
    static DENIES_SEEN: ByText<Option<Denial>> = std::cell::RefCell::new(foldhash::HashMap::default());
    static DECISIONS_SEEN: ByText<Option<(&'static str, String)>> = std::cell::RefCell::new(foldhash::HashMap::default());
    static PERSON_SEEN: ByText<bool> = std::cell::RefCell::new(foldhash::HashMap::default());
    static UNCONSENTED_SEEN: ByText<Option<String>> = std::cell::RefCell::new(foldhash::HashMap::default());
    static NOT_ASKED_SEEN: ByText<Option<String>> = std::cell::RefCell::new(foldhash::HashMap::default());
    // Read on the first thread only (the safeguards): not handed between threads.
    static EVIDENCE_DENIES_SEEN: ByText<bool> = std::cell::RefCell::new(foldhash::HashMap::default());
    static FIRST_STEPS_SEEN: ByText<bool> = std::cell::RefCell::new(foldhash::HashMap::default());
    static LATER_SEEN: ByText<Vec<Later>> = std::cell::RefCell::new(foldhash::HashMap::default());
    static UNREVIEWED_SEEN: ByText<bool> = std::cell::RefCell::new(foldhash::HashMap::default());
    static APPEAL_SEEN: ByText<bool> = std::cell::RefCell::new(foldhash::HashMap::default());
    static PROHIBITED_SEEN: ByText<Vec<Described>> =
        std::cell::RefCell::new(foldhash::HashMap::default());
}

/// What the readers kept on one thread, taken from it to be added to another's: the second
/// thread of an evaluation reads texts the first then reads again ([`contradictions_and_denials`]).
struct Cached {
    denies: foldhash::HashMap<String, Option<Denial>>,
    first_steps: foldhash::HashMap<String, bool>,
    later: foldhash::HashMap<String, Vec<Later>>,
    unreviewed: foldhash::HashMap<String, bool>,
    appeal: foldhash::HashMap<String, bool>,
    prohibited: foldhash::HashMap<String, Vec<Described>>,
    decisions: foldhash::HashMap<String, Option<(&'static str, String)>>,
    person: foldhash::HashMap<String, bool>,
    unconsented: foldhash::HashMap<String, Option<String>>,
    not_asked: foldhash::HashMap<String, Option<String>>,
}

impl Cached {
    /// This thread's, leaving it none.
    fn take() -> Cached {
        fn take<V>(
            seen: &'static std::thread::LocalKey<ByText<V>>,
        ) -> foldhash::HashMap<String, V> {
            seen.with(|s| std::mem::take(&mut *s.borrow_mut()))
        }
        Cached {
            denies: take(&DENIES_SEEN),
            first_steps: take(&FIRST_STEPS_SEEN),
            later: take(&LATER_SEEN),
            unreviewed: take(&UNREVIEWED_SEEN),
            appeal: take(&APPEAL_SEEN),
            prohibited: take(&PROHIBITED_SEEN),
            decisions: take(&DECISIONS_SEEN),
            person: take(&PERSON_SEEN),
            unconsented: take(&UNCONSENTED_SEEN),
            not_asked: take(&NOT_ASKED_SEEN),
        }
    }

    /// This thread's prohibited-use and decision readings only, the others left here: the
    /// contradictions read them, the safeguards' denials do not.
    fn take_prohibited() -> Cached {
        Cached {
            denies: foldhash::HashMap::default(),
            first_steps: foldhash::HashMap::default(),
            later: foldhash::HashMap::default(),
            unreviewed: foldhash::HashMap::default(),
            appeal: foldhash::HashMap::default(),
            prohibited: PROHIBITED_SEEN.with(|s| std::mem::take(&mut *s.borrow_mut())),
            decisions: DECISIONS_SEEN.with(|s| std::mem::take(&mut *s.borrow_mut())),
            person: PERSON_SEEN.with(|s| std::mem::take(&mut *s.borrow_mut())),
            unconsented: UNCONSENTED_SEEN.with(|s| std::mem::take(&mut *s.borrow_mut())),
            not_asked: NOT_ASKED_SEEN.with(|s| std::mem::take(&mut *s.borrow_mut())),
        }
    }

    /// Added to this thread's, which keeps what it read itself.
    fn add_here(self) {
        fn add<V>(
            seen: &'static std::thread::LocalKey<ByText<V>>,
            read: foldhash::HashMap<String, V>,
        ) {
            seen.with(|s| {
                let mut s = s.borrow_mut();
                for (text, said) in read {
                    s.entry(text).or_insert(said);
                }
            });
        }
        add(&DENIES_SEEN, self.denies);
        add(&FIRST_STEPS_SEEN, self.first_steps);
        add(&LATER_SEEN, self.later);
        add(&UNREVIEWED_SEEN, self.unreviewed);
        add(&APPEAL_SEEN, self.appeal);
        add(&PROHIBITED_SEEN, self.prohibited);
        add(&DECISIONS_SEEN, self.decisions);
        add(&PERSON_SEEN, self.person);
        add(&UNCONSENTED_SEEN, self.unconsented);
        add(&NOT_ASKED_SEEN, self.not_asked);
    }
}

/// Whether recorded evidence says the work was not done, or denies the safeguard by its title,
/// read once per evidence and title in a session: reading it costs some 200,000 instructions,
/// and every evaluation and the wizard's patch after each key read it again (issue 7).
fn evidence_denies_once(evidence: &str, title: &str) -> bool {
    let key = format!("{title}\u{0}{evidence}");
    by_text(&EVIDENCE_DENIES_SEEN, &key, 4096, || {
        let words = crate::assessment::as_words(evidence);
        super::says_not_done(&words, super::Reading::Evidence)
            || super::denies_the_title(&words, title)
            || practice::evidence_undone(&words)
            || (title.contains("lternative") && practice::same_model_decides(&words.to_lowercase()))
    })
}

/// [`super::summary_of_first_steps`], read once per text in a session: the summary of the tests
/// dates several safeguards, and each reads it.
fn summary_of_first_steps_once(text: &str) -> bool {
    by_text(&FIRST_STEPS_SEEN, text, 4096, || {
        super::summary_of_first_steps(text)
    })
}

/// What `read` says of `text`, read once per session while `seen` holds under `bound` texts
/// (past that it starts again, so a long session of typing keeps only the texts of late); a
/// text over 4 KiB is read each time. The readers of notes and text answers run at every
/// evaluation, and the wizard's patch after each key (issue 7).
pub(super) fn by_text<V: Clone>(
    seen: &'static std::thread::LocalKey<ByText<V>>,
    text: &str,
    bound: usize,
    read: impl FnOnce() -> V,
) -> V {
    if text.len() > 4096 {
        return read();
    }
    if let Some(v) = seen.with(|s| s.borrow().get(text).cloned()) {
        return v;
    }
    let v = read();
    seen.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= bound {
            s.clear();
        }
        s.insert(text.to_string(), v.clone());
    });
    v
}

/// A later sentence of a note or a test summary that denies the work: what it says, its words
/// (as [`super::spaced_words`] writes them), and where it opens with the work, the words of its
/// subject that name a kind of work ("bias" in "Bias testing has not been done"; none in
/// "Testing has not been done"), for [`later_denial`] to match to a safeguard.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Later {
    denial: Denial,
    spaced: String,
    kind: Option<Vec<String>>,
}

/// What the later sentences of a note or a test summary say against one kind of work, read once
/// per text. The lead sentence is [`denies_the_work_once`]'s.
fn later_denials_once(text: &str) -> Vec<Later> {
    by_text(&LATER_SEEN, text, 4096, || later_denials(text))
}

/// The sentences of a note or a test summary, beyond what its lead sentence is read for
/// ([`denies_the_work_once`]), that report one kind of test failed ("Full report: CI-VAL-9.
/// Bias test run 2024-11-01: failed."), say it was not done or is still to come ("Bias testing
/// has not been done.", "We skipped the bias test.", "There was no bias testing.", "Bias
/// testing: not performed.", "Pending: bias testing, robustness testing."), give only a
/// vendor's results, or name its report a draft or withdrawn (two hostile reviews' summaries
/// said so after a lead sentence of results, and read "met"). Each clause is read on its own,
/// and only where it speaks of the work itself: "Children under two have not been tested" is
/// a limit of the tests done, "The next bias audit is scheduled for 2027" and "Bias testing is
/// repeated every quarter" describe the work going on, and a failure the text goes on to say
/// was fixed or passed on a rerun is put right.
fn later_denials(text: &str) -> Vec<Later> {
    // The words as a reader sees them ([`crate::assessment::as_words`] joins lines, so line
    // breaks change no verdict): a list written one item a line ("Open items:" then "* bias
    // testing") reads as the items after its colon.
    let joined = crate::assessment::as_words(text);
    let sentences: Vec<&str> = joined
        .split(". ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let mut out = Vec::new();
    for (k, sentence) in sentences.iter().enumerate() {
        let lower = sentence.to_lowercase();
        // Readers whose words no denial key holds: a version left untested ("That validation
        // was of v4; v5 is not yet validated."), work done only in part ("Bias testing partly
        // done on 2025-01-10."), on another model ("Testing was done by the supplier on their
        // own model."), or answers that are plans ("The boxes ticked above are aspirational.").
        // Data kept out of the tests is no test left undone: "Simulated imagery ... was used
        // only to augment training, never for the test set" (a hostile review of the
        // verdicts).
        if [
            "only to augment training",
            "only for training",
            "never for the test set",
            "never in the test set",
            "not in the test set",
        ]
        .iter()
        .any(|p| lower.contains(p))
        {
            continue;
        }
        // A claim turned down is no denial of the work: "The vendor's claim that queue-only
        // tools need no bias testing was rejected by our equality officer" (a hostile review
        // of the verdicts).
        if practice::claim_turned_down(&super::spaced_words(&lower)) {
            continue;
        }
        if let Some(later) = beside_the_keys(&lower, k, &sentences) {
            out.push(later);
            continue;
        }
        // A kind of test with its status: "Bias: not assessed.", "bias - not yet", "Disparate-
        // impact testing: pending data-sharing agreement", "Fair-lending testing is on the
        // roadmap for H2", or "It hasn't happened." after the sentence that planned it (a
        // hostile review of the verdicts saw each read as Testing met).
        let before = k
            .checked_sub(1)
            .and_then(|j| sentences.get(j))
            .map(|s| s.to_lowercase());
        // Readers of one sentence each, in turn (a hostile review of the verdicts saw each
        // read as met): unticked boxes, a test's status, tests that show nothing, checks
        // stopped, reasons withheld.
        let read = unticked_tests(&lower)
            .or_else(|| test_with_status(&lower, before.as_deref()))
            .or_else(|| tests_not_valid(&lower, before.as_deref()))
            .or_else(|| practice::tested_elsewhere(&lower))
            .or_else(|| practice::filters_relaxed(&lower))
            .or_else(|| practice::over_the_bar(&lower))
            .or_else(|| practice::tests_slipped(&lower))
            .or_else(|| checks_stopped(&lower))
            .or_else(|| reasons_withheld(&lower));
        if let Some(later) = read {
            out.push(later);
            continue;
        }
        // An attack the red team found that still works: "a prompt asking the assistant to
        // answer 'as my doctor friend' still gets it to suggest prescription-only medicines and
        // doses, and the guardrail change for it is scheduled for the January release" (an
        // end-to-end review read red-teaming in place and Testing met).
        if lower.contains("stil") || lower.contains("continue") || lower.contains("remain") {
            let spaced = super::spaced_words(&lower);
            if attack_still_works(&spaced) {
                out.push(Later {
                    denial: Denial::OpenFinding,
                    spaced,
                    kind: None,
                });
                continue;
            }
        }
        if !has_denial_key(&lower) {
            continue;
        }
        let spaced = super::spaced_words(&lower);
        // "There is no appeal fee": the work is free, not absent (a review of the new
        // readings). A failure made on purpose is a test of what follows it: "a simulated
        // database failure was recovered within the RTO" (a review of honest summaries).
        if free_of_charge(&spaced) || made_to_fail(&spaced) {
            continue;
        }
        // A clause that only says it is free is left out, and the rest read: "There is no
        // appeal fee; a decision maker who was not involved re-decides" (a review of honest
        // notes saw its "not" void the whole sentence's reading as free).
        let (lower, spaced) = match lower.contains(';') {
            true if lower
                .split(';')
                .any(|c| free_of_charge(&super::spaced_words(c))) =>
            {
                let rest: Vec<&str> = lower
                    .split(';')
                    .filter(|c| !free_of_charge(&super::spaced_words(c)))
                    .collect();
                let rest = rest.join(";");
                let spaced = super::spaced_words(&rest);
                (rest, spaced)
            }
            _ => (lower, spaced),
        };
        // Tests not run on a use that is live: "fair-lending testing ... hasn't been run on
        // the overdraft use, which has been live since March" (a seventh hostile review read
        // Testing met). A use named apart is read elsewhere as a part of the work not yet
        // tested; live, it is the work.
        if lower
            .split(';')
            .any(|c| untested_while_live(&super::spaced_words(c)))
        {
            out.push(Later {
                denial: Denial::NotDone,
                spaced,
                kind: None,
            });
            continue;
        }
        // A second use, mode or variant, after a lead sentence of results, that was not tested,
        // tested only by its vendor or in simulation, while it runs: "Loiter-attack mode:
        // manufacturer's simulation only, no field or live-fire trials; deployed with 3 Bde
        // since May", "Detention review summaries weren't in that set ... Still in use pending
        // a fix." (an eighth hostile review saw any good lead sentence hide these). The
        // sentence after counts where it is short: "Still in use."
        // "The model is not re-run" after an appeal to a person is what the appeal promises,
        // not a part of the system left untested (a twelfth review), as in a lead sentence.
        if k > 0 && !model_not_rerun(&lower) {
            let next = sentences
                .get(k + 1)
                .map(|s| super::spaced_words(&s.to_lowercase()))
                .filter(|s| s.split_whitespace().count() <= 8);
            if let Some(denial) = second_use_untested(&spaced, next.as_deref()) {
                out.push(Later {
                    denial,
                    spaced,
                    kind: None,
                });
                continue;
            }
        }
        let put_right_later = || {
            sentences.iter().skip(k + 1).any(|later| {
                super::spaced_words(later)
                    .split_whitespace()
                    .any(|w| PUT_RIGHT.contains(&w))
            })
        };
        if reports_a_failure(&lower)
            && lower
                .split([';', '('])
                .any(|c| reports_a_failure(c) && failure_of_the_work(&super::spaced_words(c)))
            && !put_right_later()
        {
            out.push(Later {
                denial: Denial::Failed,
                spaced,
                kind: None,
            });
            continue;
        }
        if let Some(denial) = said_of_the_results(&lower, &spaced) {
            out.push(Later {
                denial,
                spaced,
                kind: None,
            });
            continue;
        }
        if let Some(kind) = to_do_list(&lower) {
            out.push(Later {
                denial: Denial::ToCome,
                spaced,
                kind: Some(kind),
            });
            continue;
        }
        read_clauses(&lower, &mut out);
    }
    out
}

/// A list of tests ticked and not: "[x] accuracy (Gini 0.61)  [ ] fair lending  [ ] stress
/// testing" (a third hostile review of the verdicts): each unticked box is a test not done.
fn unticked_tests(lower: &str) -> Option<Later> {
    if !lower.contains("[ ]") {
        return None;
    }
    let unticked: Vec<&str> = lower
        .split("[ ]")
        .skip(1)
        .flat_map(|s| s.split('[').next())
        .flat_map(str::split_whitespace)
        .collect();
    let kind = test_kinds(&unticked);
    (!kind.is_empty()).then(|| Later {
        denial: Denial::NotDone,
        spaced: super::spaced_words(lower),
        kind: Some(kind),
    })
}

/// Reasons worked out and never given, switched off, held back, or given in codes no one
/// explains: "The reason codes are computed, but the decline letter template only says 'does
/// not meet our criteria', so applicants never see them", "reason codes have been switched off
/// since the v5 upgrade" (the second and third hostile reviews of the verdicts).
fn reasons_withheld(lower: &str) -> Option<Later> {
    const WITHHELD: &[&str] = &[
        " reason codes have been switched off ",
        " reason codes were switched off ",
        " reason codes are switched off ",
        " reason codes are not sent ",
        " reasons are not sent ",
        " no plain language reason ",
        " nobody explains what it means ",
        " no one explains what it means ",
        " never see them ",
        " never see the reasons ",
        " never get them ",
        " never get the reasons ",
        " never receive them ",
        " don t see them ",
        " do not see them ",
        " aren t told the reasons ",
        " are not told the reasons ",
        // Reasons left out for a channel, or reduced to one code for everyone (a hostile review
        // of the verdicts): "go through the same model with reason codes suppressed", "so
        // every decline letter now says 'Other (code 99)'".
        " reason codes suppressed ",
        " reason codes are suppressed ",
        " reason codes were suppressed ",
        " reasons suppressed ",
        " reasons are suppressed ",
        " letter now says other ",
        " letters now say other ",
        " every letter says other ",
        " the same reason for everyone ",
        " the same reason code for everyone ",
        " letters only say ",
        " the reasons stay in ",
        " only prints the first ",
        " only print one of ",
        " can only print one ",
        " codes aren t passed ",
        " codes are not passed ",
        " reason codes are kept internal ",
        " reasons are kept internal ",
        " say only that the application ",
    ];
    if !lower.contains("reason") {
        return None;
    }
    let spaced = super::spaced_words(lower);
    WITHHELD.iter().any(|p| spaced.contains(p)).then(|| Later {
        denial: Denial::NotTold,
        spaced,
        kind: Some(vec!["reasons".to_string(), "explanation".to_string()]),
    })
}

/// A check of outputs in operation said to be off or stopped: "monitoring dashboards were
/// turned off to save cost", "The drift monitor has been switched off since the March
/// migration", "the monthly override report stopped when the analyst left", "Nobody has looked
/// at the model's outputs since go-live" (a hostile review of the verdicts saw each beside
/// "Evaluate outputs: met"). Matched to the monitoring and output-check safeguards by their
/// title words. Not where it is denied ("were never turned off"), nor of an alert that stops
/// a case ("the suggestion is withheld when inputs fail").
fn checks_stopped(lower: &str) -> Option<Later> {
    const CHECKS: &[&str] = &[
        "monitoring",
        "monitor",
        "monitors",
        "dashboard",
        "dashboards",
        "alerting",
        "alerts",
        "drift",
        "override",
        "sampling",
        "sample",
        "spot",
        "outputs",
        "output",
    ];
    const OFF: &[&[&str]] = &[
        &["turned", "off"],
        &["switched", "off"],
        &["shut", "off"],
        &["disabled"],
        &["stopped"],
        &["paused"],
        &["discontinued"],
        &["decommissioned"],
        &["no", "longer", "runs"],
        &["no", "longer", "run"],
        &["no", "longer", "watched"],
        &["no", "longer", "reviewed"],
        &["not", "been", "reviewed", "since"],
        &["not", "been", "checked", "since"],
        &["not", "been", "looked", "at"],
        &["nobody", "has", "looked", "at"],
        &["no", "one", "has", "looked", "at"],
        &["nobody", "looks", "at"],
        &["no", "one", "looks", "at"],
        &["not", "re", "enabled"],
        &["re", "enabled", "it"],
    ];
    if ![
        "off",
        "disabled",
        "stopped",
        "paused",
        "discontinu",
        "decommission",
        "longer",
        "looked",
        "since",
        "enabled",
        "looks",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return None;
    }
    for clause in lower.split([';', ',', '(', ')']) {
        let spaced = super::spaced_words(clause);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let Some((at, n)) = first_phrase(&words, OFF) else {
            continue;
        };
        let before = words.get(..at).unwrap_or_default();
        let after = words
            .get(at + n..(at + n + 6).min(words.len()))
            .unwrap_or_default();
        // The check named in the clause, before the verb or as its object.
        if !before.iter().chain(after).any(|w| CHECKS.contains(w)) {
            continue;
        }
        // Denied: "were never turned off", "is not disabled"; or a rule: "if drift exceeds".
        // A rule for when it acts ("is switched off automatically when drift monitoring raises
        // an alert"), what cannot be done ("cannot be switched off by users"), or an old check
        // replaced ("the old dashboard was decommissioned when the monitoring moved").
        if before.iter().rev().take(2).any(|w| {
            matches!(
                *w,
                "never" | "not" | "t" | "if" | "when" | "unless" | "cannot" | "be" | "can"
            )
        }) || words.iter().any(|w| {
            matches!(
                *w,
                "if" | "unless"
                    | "whenever"
                    | "automatically"
                    | "old"
                    | "previous"
                    | "former"
                    | "legacy"
                    | "replaced"
            )
        }) {
            continue;
        }
        // "re-enabled it" only where no one did: "no one has re-enabled it".
        if words.get(at) == Some(&"re")
            && !before
                .iter()
                .any(|w| matches!(*w, "no" | "nobody" | "not" | "t" | "never"))
        {
            continue;
        }
        // Monitoring, and the checks of outputs where the clause names outputs.
        let mut kind = vec!["monitoring".to_string()];
        if words.iter().any(|w| matches!(*w, "output" | "outputs")) {
            kind.push("output".to_string());
        }
        return Some(Later {
            denial: Denial::Gone,
            spaced,
            kind: Some(kind),
        });
    }
    None
}

/// What a sentence of a test summary says that leaves its results showing nothing of this
/// use (a hostile review of the verdicts saw each read as Testing met): tests run only on
/// synthetic or simulated data ("Tested only on 5,000 synthetic patient records from Synthea;
/// no real ED data was used"), measured on the data the model was trained on ("those visits
/// were also used to train the model", "measured on the training data itself", "the holdout
/// overlapped the training data"), a result below the threshold the team set ("AIR 0.62 ...,
/// below our 0.80 threshold"), or a finding the team went live with unchanged ("We noted it
/// in the EIA and went live without changes", after the sentence that gave it, `before`).
/// Not synthetic data used beside real data or only to train ("used only to augment training,
/// never for the test set"), nor a result below a threshold put right.
fn tests_not_valid(lower: &str, before: Option<&str>) -> Option<Later> {
    const SYNTHETIC_ONLY: &[&str] = &[
        " tested only on synthetic ",
        " tested only on simulated ",
        " validated only on synthetic ",
        " validated only on simulated ",
        " evaluated only on synthetic ",
        " evaluated only on simulated ",
        " only on synthetic ",
        " only on simulated ",
    ];
    const NO_REAL: &[&str] = &[" no real "];
    const IN_SAMPLE: &[&str] = &[
        // Data unlike the use, said outright: "Accuracy was measured on data that doesn't
        // match this use" (a hostile review of the verdicts).
        " doesn t match this use ",
        " measured against the model itself ",
        " the model s own earlier suggestions ",
        " does not match this use ",
        " don t match this use ",
        " do not match this use ",
        " doesn t match our population ",
        " does not match our population ",
        " weren t represented in it ",
        " were not represented in it ",
        " it was not validated there ",
        " on the training data itself ",
        " measured on the training data ",
        " on the training set itself ",
        " also used to train ",
        " overlapped the training ",
        " overlaps the training ",
        " same applicants as the training ",
        " same patients as the training ",
        " same people appear in both ",
        " in sample figure ",
        " in sample result ",
        " no separate holdout ",
        " there was no holdout ",
        " no holdout set ",
    ];
    const BELOW: &[&str] = &[
        " below our ",
        " below the ",
        " under our ",
        " short of our ",
        " short of the ",
        " missed our ",
        " missed the ",
    ];
    const LIVE_UNCHANGED: &[&str] = &[
        // A result short of the bar, taken as it is: "at 0.71, which the business accepted
        // because the model reflects retirement income" (a hostile review of the verdicts).
        " which the business accepted ",
        " as a known limitation and went live ",
        " accepted this and deployed ",
        " accepted it and deployed ",
        " the programme accepted this ",
        " which the business has accepted ",
        " the business accepted the ",
        " accepted by the business ",
        " risk was accepted ",
        " went live without changes ",
        " went live without any changes ",
        " launched without changes ",
        " launched anyway ",
        " went live anyway ",
        " accepted the result and launched ",
        " accepted the results and launched ",
        " accepted the result and went live ",
        " no changes were made ",
        " left it as it is ",
        " left the model as it is ",
    ];
    const PUT_RIGHT_WORDS: &[&str] = &[
        "retrained",
        "fixed",
        "remediated",
        "corrected",
        "reweighted",
        "recalibrated",
        "passed",
        "resolved",
        "mitigated",
    ];
    let spaced = super::spaced_words(lower);
    let has = |list: &[&str]| list.iter().any(|p| spaced.contains(p));
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let put_right = words.iter().any(|w| PUT_RIGHT_WORDS.contains(w));
    let all = || Some(Vec::new());
    let later = |denial: Denial, kind: Option<Vec<String>>| {
        Some(Later {
            denial,
            spaced: spaced.clone(),
            kind,
        })
    };
    let used = words
        .windows(2)
        .any(|p| matches!(p, ["was" | "were", "used"]));
    // Of another model: "An earlier prototype had 0.64, below our 0.70 bar, and was never
    // deployed", "the retired v2 was tested only on synthetic data".
    let another = words.iter().any(|w| {
        matches!(
            *w,
            "earlier"
                | "previous"
                | "prior"
                | "older"
                | "former"
                | "predecessor"
                | "prototype"
                | "competing"
                | "rival"
                | "another"
                | "legacy"
        )
    }) || USE_KEPT_OUT.iter().any(|p| spaced.contains(p));
    let put_right = put_right || another;
    if (has(SYNTHETIC_ONLY) || (has(NO_REAL) && used))
        && !put_right
        && !words
            .iter()
            .any(|w| matches!(*w, "besides" | "alongside" | "plus"))
    {
        return later(Denial::UnfitData, all());
    }
    if has(IN_SAMPLE) && !put_right {
        return later(Denial::UnfitData, all());
    }
    // The threshold itself right after: "below our 0.80 threshold", not "every such case
    // below the nomination confidence floor".
    let below_the_bar = BELOW.iter().any(|p| {
        spaced.match_indices(p).any(|(i, _)| {
            spaced
                .get(i + p.len()..)
                .unwrap_or_default()
                .split_whitespace()
                .take(4)
                .any(|w| matches!(w, "threshold" | "thresholds" | "bar" | "target" | "minimum"))
        })
    });
    if below_the_bar && words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit())) && !put_right {
        let kind = test_kinds(&words);
        return later(Denial::MissesThreshold, Some(kind));
    }
    if has(LIVE_UNCHANGED) {
        let before = super::spaced_words(before.unwrap_or_default());
        let mut named: Vec<&str> = before.split_whitespace().collect();
        named.extend(words.iter().copied());
        return later(Denial::Failed, Some(test_kinds(&named)));
    }
    None
}

/// Kinds of test by the words a team names them with, and the words of the titles they are
/// matched to (a safeguard's title words, as [`later_denial`] reads them).
const TEST_KINDS: &[(&[&str], &[&str])] = &[
    (
        &[
            "bias",
            "fairness",
            "subgroup",
            "subgroups",
            "equality",
            "ethnic",
            "ethnicity",
            "demographic",
            "groups",
        ],
        &["bias", "fairness"],
    ),
    // Fair lending and disparate impact are tests of bias by other names.
    (
        &["fair", "lending", "disparate", "adverse"],
        &["bias", "fairness", "fair", "lending"],
    ),
    (
        &["robustness", "robust", "stress"],
        &["robustness", "stress"],
    ),
    (
        &[
            "accuracy",
            "precision",
            "recall",
            "validation",
            "performance",
            "agreement",
            "sensitivity",
            "specificity",
            "calibration",
        ],
        &["accuracy", "clinical", "performance", "validation"],
    ),
    (
        &["red", "adversarial", "jailbreak"],
        &["red", "team", "teaming", "adversarial"],
    ),
];

/// The kinds of test `words` name, as the title words they match, with the words themselves.
fn test_kinds(words: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // "red" of a red team, "groups" compared: not a red flag or focus groups.
    let named_at = |i: usize, w: &str| match w {
        "red" => matches!(words.get(i + 1), Some(&("team" | "teaming" | "teamed"))),
        "groups" => i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|b| {
                matches!(
                    *b,
                    "across" | "between" | "protected" | "demographic" | "ethnic" | "all"
                )
            }),
        _ => true,
    };
    for (named, titles) in TEST_KINDS {
        if words
            .iter()
            .enumerate()
            .any(|(i, w)| named.contains(w) && named_at(i, w))
        {
            out.extend(titles.iter().map(|t| (*t).to_string()));
        }
    }
    out
}

/// A test of one kind that a sentence gives a status of not done or still to come: "Bias: not
/// assessed", "bias - not yet", "Comparison across ethnic groups: TBD", "Bias testing n/a for
/// now", "accuracy testing is something we still need to do", "was descoped", "We didn't
/// measure the queue model's accuracy", or "It hasn't happened." after a sentence that
/// planned it (`before`). Not a repeat or a later round ("the annual rerun is pending"), a
/// status of a review or sign-off of the work ("pending approval"), a part of the cases left
/// out ("Robustness on Welsh payslips: not tested") unless the sentence says those cases are
/// common or the system is used on them, nor a use kept out of service.
fn test_with_status(lower: &str, before: Option<&str>) -> Option<Later> {
    // Statuses after a colon or a dash, and in running words.
    const LISTED: &[&str] = &[
        "planned",
        "pending",
        "tbd",
        "tbc",
        "not yet",
        "none",
        "none so far",
        "none yet",
        "to do",
        "todo",
        "outstanding",
        "not started",
        "to come",
    ];
    const RUNNING: &[&str] = &[
        " not assessed ",
        " not tested ",
        " not yet tested ",
        " not evaluated ",
        " not yet evaluated ",
        " not measured ",
        " not done ",
        " not run ",
        " not performed ",
        " not yet done ",
        " not yet run ",
        " never run ",
        " never checked locally ",
        " never checked ",
        " never carried out ",
        " never actually carried out ",
        " never happened ",
        " hasn t happened ",
        " has not happened ",
        " hasn t happened yet ",
        " didn t happen ",
        " did not happen ",
        " descoped ",
        " de scoped ",
        " still tbd ",
        " is tbd ",
        " are tbd ",
        " to be completed ",
        " to be done ",
        " to be run ",
        " to be carried out ",
        " on the roadmap ",
        " on our roadmap ",
        " in the backlog ",
        " on the backlog ",
        " still need to do ",
        " still needs to be done ",
        " still to do ",
        " still to be done ",
        " got round to ",
        " got around to ",
        " gotten around to ",
        " n a for now ",
        " not included in the ",
        " didn t measure ",
        " did not measure ",
        " haven t measured ",
        " have not measured ",
        " didn t assess ",
        " did not assess ",
        " haven t assessed ",
        " didn t test ",
        " did not test ",
        " haven t tested ",
        " have not tested ",
        " didn t compare ",
        " did not compare ",
    ];
    // A repeat or a later round of work done, or a step after it.
    const NOT_THE_WORK: &[&str] = &[
        "again",
        "next",
        "annual",
        "annually",
        "quarterly",
        "monthly",
        "every",
        "repeat",
        "repeated",
        "rerun",
        "retest",
        "retesting",
        "refresh",
        "recalibration",
        "review",
        "approval",
        "sign",
        "signoff",
        "publication",
        "due",
    ];
    // Cases left out that the sentence says matter: common, or where the system is used.
    const MATTER: &[&str] = &[
        " common ",
        " used ",
        " in use ",
        " live ",
        " go live ",
        " deployed ",
        " most ",
        " majority ",
    ];
    let spaced = super::spaced_words(lower);
    let listed = lower.contains(':') || lower.contains(" - ");
    let running = RUNNING.iter().any(|p| spaced.contains(p));
    if !(running || (listed && LISTED.iter().any(|p| spaced.contains(&format!(" {p} "))))) {
        return None;
    }
    if USE_KEPT_OUT.iter().any(|p| spaced.contains(p)) {
        return None;
    }
    let matters = MATTER.iter().any(|p| spaced.contains(p));
    let found = |name: &[&str], status: &[&str]| -> Option<Vec<String>> {
        if name
            .iter()
            .chain(status)
            .any(|w| NOT_THE_WORK.contains(w) || w.starts_with("re") && w.ends_with("test"))
        {
            return None;
        }
        // Of cases left out: "on poor scans", "for children", "at our ED".
        let at =
            (0..name.len()).find(|&i| !test_kinds(name.get(i..).unwrap_or_default()).is_empty())?;
        // Not "against": "Robustness against decoys and camouflage" names the work.
        let scoped = name.get(at + 1..).unwrap_or_default().iter().any(|w| {
            matches!(
                *w,
                "on" | "for" | "in" | "at" | "with" | "across" | "by" | "of"
            )
        }) && !name
            .windows(2)
            .any(|p| matches!(p, ["across", "groups" | "ethnic" | "protected"]));
        if scoped && !matters {
            return None;
        }
        Some(test_kinds(name))
    };
    let clauses = lower.split([';', '(', ')', ',']);
    for clause in clauses {
        let clause_spaced = super::spaced_words(clause);
        // "name: status", "name - status".
        let split = clause
            .rsplit_once(':')
            .or_else(|| clause.rsplit_once(" - "))
            .or_else(|| clause.rsplit_once(" – "));
        if let Some((name, status)) = split {
            let name = super::spaced_words(name);
            let status = super::spaced_words(status);
            let name: Vec<&str> = name.split_whitespace().rev().take(8).collect::<Vec<_>>();
            let name: Vec<&str> = name.into_iter().rev().collect();
            let status_words: Vec<&str> = status.split_whitespace().collect();
            let opens = LISTED.iter().any(|p| {
                let p: Vec<&str> = p.split_whitespace().collect();
                status_words.starts_with(&p)
            }) || RUNNING
                .iter()
                .any(|p| format!(" {}", status.trim_start()).starts_with(p));
            if opens && let Some(kind) = found(&name, &status_words) {
                return Some(Later {
                    denial: Denial::NotDone,
                    spaced: clause_spaced,
                    kind: Some(kind),
                });
            }
        }
        // Running words: the kind before the status, or after an actor's verb ("we didn't
        // measure the accuracy", "not included in the validation").
        let Some((at, p)) = RUNNING
            .iter()
            .filter_map(|p| clause_spaced.find(p).map(|i| (i, *p)))
            .min()
        else {
            continue;
        };
        let head: Vec<&str> = clause_spaced
            .get(..at)
            .unwrap_or_default()
            .split_whitespace()
            .collect();
        let head = head
            .get(head.len().saturating_sub(10)..)
            .unwrap_or_default();
        let status: Vec<&str> = p.split_whitespace().collect();
        let tail: Vec<&str> = clause_spaced
            .get(at + p.len()..)
            .unwrap_or_default()
            .split_whitespace()
            .take(8)
            .collect();
        // "It hasn't happened": of the work the sentence before names.
        let pronoun = matches!(
            head,
            ["it" | "this" | "that", ..] | ["but" | "and", "it", ..]
        ) && head.len() <= 3;
        let object_form =
            matches!(head.first(), Some(&("we" | "they" | "nobody"))) || p.contains(" included ");
        let name: Vec<&str> = if pronoun {
            let before = super::spaced_words(before.unwrap_or_default());
            let words: Vec<String> = before.split_whitespace().map(str::to_string).collect();
            if !words
                .iter()
                .any(|w| w == "planned" || w == "scheduled" || w == "agreed")
            {
                continue;
            }
            let kinds = test_kinds(&words.iter().map(String::as_str).collect::<Vec<_>>());
            if kinds.is_empty() {
                continue;
            }
            return Some(Later {
                denial: Denial::NotDone,
                spaced: clause_spaced.clone(),
                kind: Some(kinds),
            });
        } else if object_form && test_kinds(head).is_empty() {
            // The cases left out must matter here too: "Children were not included in the
            // validation" is a limit.
            if p.contains(" included ") && !matters {
                continue;
            }
            tail.clone()
        } else {
            head.to_vec()
        };
        if let Some(kind) = found(&name, &status) {
            return Some(Later {
                denial: Denial::NotDone,
                spaced: clause_spaced,
                kind: Some(kind),
            });
        }
    }
    None
}

/// Whether `spaced` (a clause) says a test was not run, of a use it says is live: in one
/// clause, so "Live since March; the retrained v6 has not been tested" stays a later version.
fn untested_while_live(spaced: &str) -> bool {
    const LIVE: &[&str] = &[
        " been live ",
        " live since ",
        " went live ",
        " is live ",
        " in production since ",
        " live in production ",
    ];
    const NOT_RUN: &[&str] = &[
        " not been run ",
        " hasn t been run ",
        " not been tested ",
        " hasn t been tested ",
        " not been validated ",
        " hasn t been validated ",
        " not been evaluated ",
        " hasn t been evaluated ",
        " not yet been run ",
        " never been run ",
        " never been tested ",
    ];
    LIVE.iter().any(|p| spaced.contains(p))
        && !spaced.contains(" not live ")
        && NOT_RUN.iter().any(|p| spaced.contains(p))
        && [
            " test",
            " validat",
            " evaluat",
            " fair lending ",
            " fairness ",
        ]
        .iter()
        .any(|w| spaced.contains(w))
}

/// Whether a sentence's words deny that the work was a vendor's only, as "not only by the
/// vendor" does: "Guardrails were not tested by the vendor only: we ran our own 800-prompt
/// child-safety set" (a review of honest text) says more was done, not that nothing was.
fn others_only_denied(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "not" | "never" | "t")
            && words
                .get(i + 1..(i + 8).min(words.len()))
                .unwrap_or_default()
                .windows(2)
                .any(|p| {
                    matches!(
                        p,
                        [
                            "vendor" | "vendors" | "manufacturer" | "supplier" | "oem" | "licensor",
                            "only" | "alone"
                        ]
                    )
                })
    })
}

/// Whether the words after a vendor's work (`after`, spaced) say the team set it aside: "(the
/// vendor's figures) were not relied on", "were not used", "were disregarded".
fn set_aside(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().take(6).collect();
    words.windows(2).any(|p| {
        matches!(
            p,
            [
                "not" | "never" | "t",
                "relied" | "used" | "trusted" | "counted" | "accepted" | "taken"
            ]
        )
    }) || words.windows(2).any(|p| p == ["set", "aside"])
        || words
            .iter()
            .any(|w| matches!(*w, "ignored" | "disregarded" | "discarded"))
            && !words.contains(&"only")
}

/// Whether a clause (spaced words) keeps the use it names out of service: [`USE_KEPT_OUT`], or
/// the use retired or decommissioned.
fn use_kept_out(spaced: &str) -> bool {
    USE_KEPT_OUT
        .iter()
        .chain(&[" retired ", " decommissioned "])
        .any(|p| spaced.contains(p))
}

/// Words that keep a use, mode or variant out of service: what a team says of one it has not
/// tested and does not run ("The council-tax reduction variant has not been tested and is not in
/// use").
const USE_KEPT_OUT: &[&str] = &[
    " not live ",
    " isn t live ",
    " not yet live ",
    " not deployed ",
    " never deployed ",
    " not in use ",
    " isn t in use ",
    " not turned on ",
    " switched off ",
    " turned off ",
    " disabled ",
    " hidden ",
    " not shown ",
    " excluded ",
    " blocked ",
    " withdrawn ",
    " paused ",
    " suspended ",
    " until ",
    " out of scope ",
    " not used ",
    " never used ",
];

/// What a later sentence (`spaced`, with the short sentence after it, `next`) says of a use,
/// mode or variant it names: not tested (a denial beside a word of testing, "wasn't part of
/// this", "weren't in that set") while it runs ("went live", "deployed", "still in use",
/// "shows ... anyway"), or tested only by a vendor or in simulation, while it runs or beside a
/// denial of the team's own tests. Not a limit the team states with the use kept out ("children
/// under two have not been tested; the panel is hidden for them"), nor a use yet to go live.
fn second_use_untested(spaced: &str, next: Option<&str>) -> Option<Denial> {
    const LIVE: &[&str] = &[
        " went live ",
        " gone live ",
        " is live ",
        " still live ",
        " it s live ",
        " live anyway ",
        " been live ",
        " live since ",
        " deployed ",
        " in use ",
        " still used ",
        " turned it on ",
        " switched it on ",
        " turned on ",
        " switched on ",
        " rolled out ",
        " anyway ",
        " in production ",
        " launched ",
        // "The wellbeing mode was not tested before launch."
        " before launch ",
        " before go live ",
        " before going live ",
        " before it went live ",
        // "haven't been tested; HO wanted go-live before the backlog target", "fielded anyway
        // for the operation" (a ninth hostile review).
        " wanted go live ",
        " pushed go live ",
        " fielded ",
    ];
    // A second use the system is put to: "The score is also used in collections; nobody has
    // tested it there", "also feeds collections prioritisation, which has not been tested" (a
    // review of the known false "met"s). Live unless what was not tested is people: "also used
    // in reporting; nobody has tested it on applicants under 18".
    const ALSO_PUT_TO: &[&str] = &[
        " also used ",
        " is now used ",
        " now also used ",
        " also feeds ",
        " also drives ",
        " also informs ",
        " also powers ",
        " also ranks ",
        " also sets ",
        " also decides ",
        " also prioritises ",
        " also prioritizes ",
        " also routes ",
        " also screens ",
    ];
    const NOT_ONLY: &[&str] = &[
        " not just ",
        " not only ",
        " didn t rely ",
        " did not rely ",
        " not relied ",
        " rather than ",
        " instead of ",
        " as well as ",
    ];
    let either = |list: &[&str]| {
        list.iter()
            .any(|p| spaced.contains(p) || next.is_some_and(|n| n.contains(p)))
    };
    if either(USE_KEPT_OUT) || NOT_ONLY.iter().any(|p| spaced.contains(p)) {
        return None;
    }
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if others_only_denied(&words) {
        return None;
    }
    let testing = |w: &str| {
        w.starts_with("test")
            || w.starts_with("validat")
            || w.starts_with("evaluat")
            || w.starts_with("trial")
            || w.starts_with("check")
            || w.starts_with("assess")
            || w.starts_with("audit")
            || w == "run"
            // "weren't in the eval" (a ninth hostile review).
            || w == "eval"
            || w == "evals"
    };
    // A denial of the work near a word of it, or of the use's place in the tests done.
    let untested = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "no" | "not" | "never" | "nobody" | "t" | "without")
            && !words
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "just" | "only" | "rely" | "relied" | "merely"))
            && words
                .iter()
                .skip(i + 1)
                .take(5)
                .any(|n| testing(n) || matches!(*n, "part" | "set" | "sample"))
            // Work not repeated is no use left untested: "The model went live in March; a
            // recalibration has not been run since, as drift stayed under 1%" (the fixture).
            && !words
                .iter()
                .skip(i + 1)
                .take(6)
                .any(|n| matches!(*n, "since" | "again"))
    });
    let redone = words.iter().any(|w| {
        w.starts_with("recalibrat")
            || w.starts_with("retrain")
            || w.starts_with("refit")
            || w.starts_with("refresh")
    });
    let untested = untested && !redone;
    // A denial beside a word of testing itself, not of a place in the tests: "The fraud filter
    // is separate and not part of this assessment" tells of no part left untested (the
    // fixture).
    let plainly_untested = untested
        && words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "not" | "never" | "t")
                && words
                    .iter()
                    .skip(i + 1)
                    .take(3)
                    .any(|n| testing(n) && !n.starts_with("assess"))
        });
    let others_only = [" vendor", " manufacturer", " supplier", " oem "]
        .iter()
        .any(|w| spaced.contains(w))
        && [" only ", " rely ", " relies ", " relied "]
            .iter()
            .any(|w| spaced.contains(w))
        || [
            " simulation only ",
            " only in simulation ",
            " simulated only ",
        ]
        .iter()
        .any(|w| spaced.contains(w));
    let of_people = words.iter().enumerate().any(|(i, w)| {
        testing(w)
            && words
                .iter()
                .skip(i + 1)
                .take(4)
                .any(|n| POPULATION.contains(n) || matches!(*n, "over" | "older" | "younger"))
    });
    let live = either(LIVE) || (either(ALSO_PUT_TO) && !of_people);
    // A part of the system named as what was not tested, or tested by its vendor only: "The
    // fraud flag was not tested.", "The gaze model was tested by the vendor only; our pilot
    // showed it flags kids with ADHD ... not fixed yet" (a ninth hostile review saw a lead
    // sentence of results hide both). Not the cases a test left out ("Children under two were
    // not tested"), nor a scope after the verb ("not tested on the paediatric data").
    let part_named = || {
        let Some(at) = words.iter().position(|w| {
            testing(w) || matches!(*w, "not" | "never" | "t" | "vendor" | "manufacturer")
        }) else {
            return false;
        };
        let subject = words.get(..at).unwrap_or_default();
        let scoped = words
            .iter()
            .position(|w| testing(w))
            .and_then(|t| words.get(t + 1))
            .is_some_and(|n| {
                matches!(
                    *n,
                    "on" | "in"
                        | "for"
                        | "with"
                        | "at"
                        | "against"
                        | "outside"
                        | "beyond"
                        | "across"
                        | "under"
                )
            });
        !scoped
            && subject.iter().any(|w| SYSTEM_PARTS.contains(w))
            && !subject
                .iter()
                .any(|w| POPULATION.contains(w) || w.starts_with("under"))
    };
    // A fault the team found in it and left: "not fixed yet", "still open".
    let left_unfixed = [
        " not fixed ",
        " not yet fixed ",
        " unfixed ",
        " unresolved ",
        " not resolved ",
    ]
    .iter()
    .any(|p| spaced.contains(p));
    if untested && (live || others_only) {
        Some(Denial::UntestedInUse)
    } else if others_only
        && (live || left_unfixed || part_named())
        && ![" ourselves ", " our own ", " we re ", " we also "]
            .iter()
            .any(|p| spaced.contains(p))
    {
        Some(Denial::OthersOnly)
    } else if plainly_untested
        && part_named()
        && ![" retired ", " decommissioned ", " removed "]
            .iter()
            .any(|p| spaced.contains(p))
    {
        Some(Denial::NotDone)
    } else {
        None
    }
}

/// The parts of a system that a later sentence of a test summary may name as left untested
/// ([`second_use_untested`]): "the fraud flag", "the gaze model", "the proctoring add-on".
const SYSTEM_PARTS: &[&str] = &[
    "flag",
    "model",
    "classifier",
    "detector",
    "filter",
    "module",
    "component",
    "feature",
    "add",
    "addon",
    "plugin",
    "mode",
    "scorer",
];

/// Whether `spaced` (a sentence) says an attack on the system still works: "still" before a
/// verb of getting the system to do something, beside a word of an attack, and no word that it
/// was fixed or its risk accepted ([`later_denials`]).
fn attack_still_works(spaced: &str) -> bool {
    // A word of an attack anywhere in the sentence; that it still works, and nothing that
    // settles it, in one part of it: "most findings fixed, but the bypass via a story prompt
    // remains effective" (a review of the new readings) settles the others, not this one.
    attack_in(spaced)
        && spaced
            .split(" but ")
            .any(|part| still_works_in(&format!(" {} ", part.trim())))
}

/// Whether `spaced` names an attack on the system ([`attack_still_works`]).
fn attack_in(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // A prompt is an attack only beside a word of one: "We still get good results from the
    // prompt library" is no finding.
    words.iter().any(|w| {
        w.starts_with("jailbr")
            || w.starts_with("adversarial")
            || w.starts_with("injection")
            || matches!(*w, "attack" | "attacks" | "exploit" | "bypass" | "finding")
    }) || spaced.contains(" red team")
}

/// Whether `spaced` (a part of a sentence) says something still works, and nothing settles it.
fn still_works_in(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // "continues to work against production", "remains effective in the live version" (a
    // review of the new readings).
    let goes_on = [
        " continues to work ",
        " continue to work ",
        " remains effective ",
        " remain effective ",
        " still effective ",
        " remains exploitable ",
        " still exploitable ",
    ]
    .iter()
    .any(|p| spaced.contains(p));
    let still_works = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "still" | "stil")
            && words
                .get(i + 1..(i + 3).min(words.len()))
                .is_some_and(|after| {
                    after.iter().any(|a| {
                        matches!(
                            *a,
                            "gets"
                                | "get"
                                | "works"
                                | "work"
                                | "succeeds"
                                | "succeed"
                                | "bypasses"
                                | "bypass"
                                | "produces"
                                | "elicits"
                                | "makes"
                                | "leaks"
                                | "jailbreaks"
                        )
                    })
                })
    });
    let settled = words.iter().any(|w| {
        w.starts_with("fixed")
            || w.starts_with("patched")
            || w.starts_with("resolved")
            || w.starts_with("mitigated")
            || matches!(
                *w,
                "closed"
                    | "accepted"
                    | "blocked"
                    | "blocks"
                    | "no"
                    | "not"
                    | "never"
                    | "none"
                    | "nothing"
                    | "neither"
            )
    });
    (still_works || goes_on) && !settled
}

/// Attacks on the system, whose failure is the safeguard holding: "40 attempts to trigger an
/// engagement without the commander's authorisation all failed" (a review of the new readings).
const ATTACKS: &[&str] = &[
    "attempts",
    "attempt",
    "attacks",
    "attack",
    "jailbreaks",
    "tries",
    "probes",
    "intrusions",
];

/// Whether a sentence (spaced words) reports a failure made on purpose: a failure beside
/// "simulated", "injected", "induced", a failover, a drill or chaos testing.
fn made_to_fail(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    spaced.contains(" fail")
        && words.iter().any(|w| {
            w.starts_with("simulat")
                || w.starts_with("inject")
                || w.starts_with("induc")
                || matches!(*w, "failover" | "chaos" | "drill")
        })
        // Not the test itself failed: "the failover test failed", "the downtime drill failed"
        // (a review of the new readings).
        && !words.windows(2).any(|p| {
            matches!(
                p,
                [
                    "test" | "tests" | "testing" | "drill" | "drills" | "exercise",
                    "failed" | "fails" | "fail"
                ]
            )
        })
}

/// Whether a sentence (spaced words) only says something costs nothing: " no " with a fee,
/// charge or cost within the three words after it.
fn free_of_charge(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        *w == "no"
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .unwrap_or_default()
                .iter()
                .any(|x| matches!(*x, "fee" | "fees" | "charge" | "charges" | "cost" | "costs"))
    }) && !words
        .iter()
        .any(|w| matches!(*w, "not" | "never" | "nobody"))
}

/// What [`later_denials`] reads in a sentence (lowercase) beside its denial keys: a named
/// version of the model left untested, work done only in part, work done on another model, and
/// answers said to be plans. `k` is the sentence's place among `sentences`: a version that
/// another sentence dates work on is tested ("v5 validated 2025-02-01. v4 was not validated.").
fn beside_the_keys(lower: &str, k: usize, sentences: &[&str]) -> Option<Later> {
    let version = || {
        let denial = version_left_untested(lower)?;
        let named: Vec<String> = super::spaced_words(lower)
            .split_whitespace()
            .filter(|w| super::is_version(w))
            .map(str::to_string)
            .collect();
        // Only a version this sentence names, not one inherited from the lead sentence.
        let dated_elsewhere = sentences.iter().enumerate().any(|(j, s)| {
            j != k && {
                let s = s.to_lowercase();
                s.split([';', ':', '(', ')']).any(|c| {
                    super::dates_work_done(c)
                        && super::spaced_words(c)
                            .split_whitespace()
                            .any(|w| named.iter().any(|v| v == w))
                })
            }
        });
        (!named.is_empty() && !dated_elsewhere).then_some(denial)
    };
    let has_version = lower
        .match_indices('v')
        .any(|(at, _)| lower.as_bytes().get(at + 1).is_some_and(u8::is_ascii_digit));
    if has_version && let Some(denial) = version() {
        return Some(Later {
            denial,
            spaced: super::spaced_words(lower),
            kind: Some(Vec::new()),
        });
    }
    // Results beside the bar the team set for them, short of it ("adverse-impact ratio 0.71
    // (four-fifths threshold 0.80)", "under-triage 5.4% (threshold 3%)": a hostile review read
    // both as tests passed). Not where the text says it was put right since.
    // A bar named in the clause after its results is theirs: "(ratio 0.73; our bar is 0.80)",
    // "74% of the best group's, under our 80% four-fifths line". A comma inside a number
    // ("5,000 scripts") ends no clause.
    if (THRESHOLD_WORDS.iter().any(|w| lower.contains(w))
        || [" bar", "acceptance", " line"]
            .iter()
            .chain(AIMED)
            .any(|w| lower.contains(w)))
        && !sentences.iter().skip(k).any(|later| {
            super::spaced_words(later)
                .split_whitespace()
                .any(|w| PUT_RIGHT.contains(&w))
        })
        // Nor of a model never put to use: "An earlier ICU-allocation prototype had a
        // c-statistic of 0.64, below our 0.70 bar, and was never deployed" (a hostile review's
        // honest summary).
        && !{
            let spaced = super::spaced_words(lower);
            [
                " never deployed ",
                " not deployed ",
                " never used ",
                " never went live ",
                " never released ",
                " never put live ",
                " was dropped ",
                " was abandoned ",
                " was not used ",
            ]
            .iter()
            .any(|p| spaced.contains(p))
        }
    {
        let mut before = "";
        for clause in lower.split(';').flat_map(|c| c.split(", ")) {
            let read = misses_threshold(clause).map(|kind| (kind, clause.to_string()));
            // Only a clause that holds the bar alone: "gini 0.48, auc 0.81 (threshold 0.75)"
            // sets no bar for the Gini.
            let bar_alone = || {
                clause
                    .split_whitespace()
                    .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
                    .count()
                    == 1
            };
            // Nor a bar for another measure: "recall 0.78 ...; threshold 0.9 precision" (an
            // honest summary's bar is for its precision of 0.91).
            // The bar's clause up to a word that joins another: "our launch bar was 98% and
            // the misses were mostly deadlines" names no measure of its own (a hostile
            // review); "threshold 0.9 precision set beforehand" does.
            let same_measure = || {
                let upto = [" and ", " but ", " which ", " while "]
                    .iter()
                    .filter_map(|j| clause.find(j))
                    .min()
                    .and_then(|i| clause.get(..i))
                    .unwrap_or(clause);
                let (this, that) = (super::spaced_words(upto), super::spaced_words(before));
                let named: Vec<&&str> = HIGHER
                    .iter()
                    .chain(LOWER)
                    .filter(|w| **w != "fifths" && this.contains(&format!(" {w}")))
                    .collect();
                named.is_empty() || named.iter().any(|w| that.contains(&format!(" {w}")))
            };
            let read = read.or_else(|| {
                if before.is_empty() || !bar_alone() || !same_measure() {
                    return None;
                }
                let both = format!("{before} {clause}");
                misses_threshold(&both).map(|kind| (kind, both))
            });
            if let Some((kind, clause)) = read {
                return Some(Later {
                    denial: Denial::MissesThreshold,
                    spaced: super::spaced_words(&clause),
                    kind: Some(kind),
                });
            }
            before = clause;
        }
    }
    // Results said to be unknown: "accuracy and bias on our population are unknown", "the
    // disparity is unquantified and unmitigated" (a hostile review's summary and limitations
    // passed). Most sentences say no such thing.
    if ["unknown", "unquantified", "unmeasured", "not known"]
        .iter()
        .any(|w| lower.contains(w))
    {
        // A part left unknown beside figures for the rest is a limit of the tests: "Accuracy
        // on handwritten payslips from before 2010 is unknown, so those go to a caseworker"
        // after "precision 96% (threshold 90%)".
        let figures = sentences
            .iter()
            .enumerate()
            .any(|(j, s)| j != k && super::measures(s));
        for clause in lower.split([';', ',', ':', '(', ')']) {
            let spaced = super::spaced_words(clause);
            if let Some(kind) = results_unknown(&spaced, figures) {
                return Some(Later {
                    denial: Denial::NotDone,
                    spaced,
                    kind: Some(kind),
                });
            }
        }
    }
    // Rates for groups of people far apart, with no bar of the team's own ("approval rate 61%
    // for Black applicants ... against 82% for White British applicants": an end-to-end review
    // read bias testing "in place" beside it). Most sentences give no rate for a named group.
    // A band of ages names one too: "applicants aged 62 and over 39%, applicants under 62 66%"
    // (a hostile review's summary passed).
    let rates_apart = || {
        ((lower.contains('%') || lower.contains("0.") || lower.contains("per"))
            && (GROUPS.iter().any(|w| lower.contains(w))
                || lower.contains("aged ")
                || lower.contains(" over ")
                || lower.contains(" under ")))
        .then(|| group_rates_apart(lower, k, sentences))
        .flatten()
    };
    // A multiple of another group's rate: "declined at 2.1x the rate for under-30s". Most
    // sentences give none.
    let multiple = || {
        (lower.contains("times")
            || lower.contains("twice")
            || lower.contains('×')
            || lower
                .as_bytes()
                .windows(2)
                .any(|w| matches!(w, [d, b'x'] if d.is_ascii_digit())))
        .then(|| times_as_often(lower, k, sentences))
        .flatten()
    };
    // A ratio of one group's favourable outcomes to another's, under four fifths and with no
    // bar of its own: "approval ratio for Black applicants (BISG proxy) 0.71 of white
    // applicants'" (a hostile review's summary passed). Most sentences give none.
    let ratio = || {
        (lower.contains("ratio") && GROUPS.iter().any(|w| lower.contains(w)))
            .then(|| group_ratio_short(lower, k, sentences))
            .flatten()
    };
    if let Some(denial) = rates_apart().or_else(multiple).or_else(ratio) {
        return Some(Later {
            denial,
            spaced: super::spaced_words(lower),
            kind: Some(
                ["bias", "adverse", "impact", "fair", "lending"]
                    .iter()
                    .map(|w| (*w).to_string())
                    .collect(),
            ),
        });
    }
    if lower.contains("part") || lower.contains("half") {
        for clause in lower.split([';', '(', ')', ',']) {
            let spaced = super::spaced_words(clause);
            if let Some(kind) = partly_done(&spaced) {
                return Some(Later {
                    denial: Denial::Partly,
                    spaced,
                    kind: Some(kind),
                });
            }
        }
    }
    if lower.contains("model") {
        let spaced = super::spaced_words(lower);
        if let Some(kind) = on_another_model(&spaced) {
            return Some(Later {
                denial: Denial::OtherModel,
                spaced,
                kind: Some(kind),
            });
        }
    }
    if ["above", "this", "these", "box", "tick", "all of"]
        .iter()
        .any(|w| lower.contains(w))
    {
        for clause in lower.split([';', ',']) {
            let spaced = super::spaced_words(clause);
            if let Some(denial) = answers_are_plans(&spaced) {
                return Some(Later {
                    denial,
                    spaced,
                    kind: Some(Vec::new()),
                });
            }
        }
    }
    None
}

/// The kinds of work whose results a clause (spaced words) says are unknown: a measure named
/// before "is unknown", "are unquantified", "remains unmeasured" ("accuracy and bias on our
/// population are unknown", "the disparity is unquantified": a hostile review), or `None`.
/// Not what is unknown of something else: "the cause of the errors is unknown"; nor, where
/// `figures` (the text gives results elsewhere), of a part named after "on", "for" or the like.
fn results_unknown(spaced: &str, figures: bool) -> Option<Vec<String>> {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let at = words.iter().enumerate().position(|(i, w)| {
        matches!(*w, "unknown" | "unquantified" | "unmeasured")
            || (*w == "not" && words.get(i + 1) == Some(&"known"))
    })?;
    // Back past "still", "as yet", "so far" to the verb: "are unknown", "remains unmeasured".
    let mut j = at;
    while j > 0
        && words
            .get(j - 1)
            .is_some_and(|w| matches!(*w, "still" | "yet" | "as" | "so" | "far" | "entirely"))
    {
        j -= 1;
    }
    let verb = j.checked_sub(1)?;
    if !words.get(verb).is_some_and(|w| {
        matches!(
            *w,
            "is" | "are" | "was" | "were" | "remains" | "remain" | "stays" | "stay" | "left"
        )
    }) {
        return None;
    }
    let subject = words.get(verb.saturating_sub(10)..verb).unwrap_or_default();
    // A part, not the people the system serves: "on handwritten payslips", not "on our
    // population" or "for real applicants".
    let part = subject.iter().enumerate().any(|(i, w)| {
        matches!(*w, "on" | "for" | "in" | "with" | "from" | "among")
            && !subject.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "our" | "real" | "live" | "actual" | "production" | "the"
                )
            })
    });
    if (figures && part)
        || subject.iter().any(|w| {
            matches!(
                *w,
                "cause" | "causes" | "reason" | "reasons" | "source" | "origin" | "why" | "how"
            )
        })
    {
        return None;
    }
    let mut kind: Vec<String> = Vec::new();
    let mut add = |names: &[&str]| {
        for n in names {
            if !kind.iter().any(|k| k == n) {
                kind.push((*n).to_string());
            }
        }
    };
    for w in subject {
        if matches!(
            *w,
            "accuracy"
                | "precision"
                | "recall"
                | "error"
                | "errors"
                | "performance"
                | "sensitivity"
                | "specificity"
                | "calibration"
        ) {
            add(&["accuracy", "clinical"]);
        } else if w.starts_with("disparit")
            || matches!(*w, "bias" | "fairness" | "impact" | "gap" | "gaps")
        {
            add(&["bias", "adverse", "impact", "fair", "lending"]);
        } else if *w == "robustness" {
            add(&["robustness"]);
        }
    }
    (!kind.is_empty()).then_some(kind)
}

/// Words that name a group of people by who they are ("Black", "women", "over-60s"), as a
/// lowercase clause holds them: a rate for "applicants" or "prisoners" alone is no group's.
const GROUPS: &[&str] = &[
    "black",
    "white",
    "asian",
    "hispanic",
    "latino",
    "latina",
    "latinx",
    "african",
    "caribbean",
    "pakistani",
    "bangladeshi",
    "indian",
    "chinese",
    "arab",
    "roma",
    "gypsy",
    "traveller",
    "indigenous",
    "aboriginal",
    "native",
    "mixed",
    "minority",
    "minorities",
    "ethnic",
    "female",
    "male",
    "women",
    "men",
    "girls",
    "boys",
    "older",
    "younger",
    "disabled",
    "disability",
    "disabilities",
    "muslim",
    "jewish",
    "christian",
    "hindu",
    "sikh",
    "gay",
    "lesbian",
    "transgender",
    "non-binary",
    "nonbinary",
    // "Fraud freezes hit recently arrived migrants ... far more often" (a hostile review).
    "migrant",
    "immigrant",
    "refugee",
];

/// Words for people that a group word names a group of ("Black applicants", "White
/// prisoners"); women, men, girls and boys are people of themselves.
const PEOPLE: &[&str] = &[
    "applicants",
    "borrowers",
    "customers",
    "claimants",
    "candidates",
    "prisoners",
    "defendants",
    "offenders",
    "people",
    "persons",
    "patients",
    "students",
    "pupils",
    "children",
    "employees",
    "staff",
    "workers",
    "tenants",
    "residents",
    "users",
    "individuals",
    "households",
    "drivers",
    "passengers",
    "travellers",
    "clients",
    "members",
    "citizens",
    "families",
    "adults",
    "women",
    "men",
    "girls",
    "boys",
    "females",
    "males",
];

/// Whether a token (lowercase, trimmed) is a word of [`GROUPS`], a plural of one ("whites",
/// "females") or one with a prefix ("non-disabled", "afro-caribbean").
fn is_group_word(t: &str) -> bool {
    let t = t
        .strip_suffix('s')
        .filter(|r| GROUPS.contains(r))
        .unwrap_or(t);
    GROUPS.contains(&t)
        || t.rsplit_once('-')
            .is_some_and(|(_, last)| GROUPS.contains(&last))
}

/// What [`group_rates_apart`] finds a rate of, in a clause (spaced words): a favourable outcome
/// or an error.
const OUTCOMES: &[&str] = &[
    " approv",
    " accept",
    " offer",
    " select",
    " hire",
    " hired",
    " hiring",
    " admit",
    " admission",
    " shortlist",
    " grant",
    " declin",
    " reject",
    " refus",
    " denied",
    " denial",
    " flag",
    " referr",
    " referred",
    " placed",
    " high band",
    " high risk",
    " false positive",
    " false negative",
    " error",
    " pass rate",
    " misclassif",
    " wrongly",
    " incorrectly",
    " rate ",
    " rates ",
];

/// Words in a clause that say its percentages are of something else than an outcome for the
/// people in a group: the share of a sample, coverage, a price, a measure of the model.
const NOT_OUTCOMES: &[&str] = &[
    " sample",
    " share",
    " coverage",
    " covered",
    " population",
    " comprise",
    " made up",
    " make up",
    " represent",
    " proportion of",
    " mix ",
    " declared",
    " missing",
    " response",
    " responded",
    " consent",
    " interest",
    " apr ",
    " price",
    " premium",
    " salary",
    " wage",
    " pay ",
    " fee",
    " precision",
    " auc ",
    " gini",
    " accuracy",
    " accurate",
    " agreement",
    " correlation",
    " kappa",
    " f1 ",
    " calibrat",
    " checked",
    " reviewed",
    " audited",
    " sampled",
    " not significant",
    " not statistically",
    " no significant",
    " no statistically",
];

/// Rates a test summary gives for groups of people as its own results, with no threshold of
/// its own that covers them, the lowest under four fifths of the highest: "approval rate 61%
/// for Black applicants and 58% for Pakistani and Bangladeshi applicants, against 82% for
/// White British applicants" (0.71), "41% of Black prisoners had been placed in the high
/// band, against 22% of White prisoners" (0.54; an end-to-end review read both as bias
/// testing in place). `lower` is sentence `k` of `sentences`. Read in each clause (between
/// ";" and brackets) where every percentage (or, with none, every proportion "0.61") is
/// attached to a named group ("61% for Black applicants", "23% of Black and 22% of White
/// prisoners", "for women was 79%"), two groups at least, and the clause speaks of an outcome
/// or an error. Not: rates at or above four fifths of each other; a sample's make-up, coverage
/// or a price ("self-declared on 62% of applications"); measures of the model ("precision 41%
/// and recall 78%"); a sentence with its own threshold ("adverse impact ratio 0.76 against
/// our threshold of 0.7", read by [`misses_threshold`]) or another sentence with a threshold
/// for a gap between groups; a disparity the text goes on to fix ("after removing the
/// postcode feature and retraining, the ratio was 0.91").
fn group_rates_apart(lower: &str, k: usize, sentences: &[&str]) -> Option<Denial> {
    // "55 per cent of female applicants" is "55%" (a review of the new readings).
    let spelt;
    let lower = if lower.contains(" per cent") || lower.contains(" percent") {
        spelt = lower.replace(" per cent", "%").replace(" percent", "%");
        spelt.as_str()
    } else {
        lower
    };
    if gap_bar(lower) {
        return None;
    }
    let mut found: Option<(u16, u16, bool)> = None;
    for clause in lower.split([';', '(', ')']) {
        if let Some(apart) = rates_apart_in(clause) {
            found = Some(apart);
            break;
        }
    }
    let (low, high, percent) = found?;
    (!gap_settled(k, sentences)).then_some(Denial::AdverseImpact { low, high, percent })
}

/// Whether a gap between groups that sentence `k` of `sentences` gives is settled: another
/// sentence sets a bar for such gaps, or this one or a later one puts it right
/// ([`group_rates_apart`], [`times_as_often`]).
fn gap_settled(k: usize, sentences: &[&str]) -> bool {
    // A threshold for a gap between groups in another sentence ("Our mark: an approval-rate
    // ratio of 0.6 or more").
    let barred_elsewhere = sentences.iter().any(|s| {
        let s = s.to_lowercase();
        gap_bar(&s) && {
            let spaced = super::spaced_words(&s);
            GAP_COMPARED.iter().any(|w| spaced.contains(w))
        }
    });
    // Put right since: in this sentence or a later one, a fix or a ratio of four fifths or
    // more ("after removing the postcode feature and retraining, the ratio was 0.91").
    let put_right = sentences.iter().skip(k).any(|s| {
        let spaced = super::spaced_words(&s.to_lowercase());
        let words: Vec<&str> = spaced.split_whitespace().collect();
        words.iter().any(|w| {
            PUT_RIGHT.contains(w)
                || [
                    "retrain",
                    "reweigh",
                    "rebalanc",
                    "recalibrat",
                    "mitigat",
                    "debias",
                ]
                .iter()
                .any(|p| w.starts_with(p))
                || matches!(*w, "removing" | "dropping" | "excluding")
        }) || {
            let tokens: Vec<&str> = s.split_whitespace().collect();
            tokens.iter().enumerate().any(|(i, t)| {
                t.to_lowercase().starts_with("ratio")
                    && tokens.iter().skip(i + 1).take(4).any(|n| {
                        n.trim_matches(|c: char| !c.is_ascii_digit() && c != '.')
                            .trim_end_matches('.')
                            .parse::<f64>()
                            .is_ok_and(|v| (0.8..=1.25).contains(&v))
                    })
            })
        }
    });
    barred_elsewhere || put_right
}

/// One group's outcome given as a multiple of another's: "Applicants aged 50 and over were
/// declined at 2.1x the rate for under-30s", "Black applicants were declined 1.6 times as often
/// as white applicants" (a hostile review's summaries passed). An adverse outcome 1.25 times as
/// often or more (one over four fifths), or a favourable one under 0.8 times as often, falls
/// outside four fifths. Read only where the group compared with is named after the multiple
/// ("as white applicants", "for under-30s"), not "flagged twice as often on weekends". A bar
/// of the sentence's own decides instead ("declined at 1.1x the rate for under-30s, within our
/// 1.25 limit"); a bar for gaps in another sentence, or a fix, settles it ([`gap_settled`]).
fn times_as_often(lower: &str, k: usize, sentences: &[&str]) -> Option<Denial> {
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | ':'))
        // "~4x base": about four times (a hostile review).
        .map(|t| {
            t.trim_end_matches(['.', '"', '\''])
                .trim_start_matches(['~', '≈'])
        })
        .filter(|t| !t.is_empty())
        .collect();
    let number = |t: &str| -> Option<f64> {
        (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
            .then(|| t.parse().ok())
            .flatten()
    };
    // Against everyone else rather than a named group: "~4x base", "2.3x those without", "3
    // times the average" (a hostile review's limitations and summary passed).
    let against_rest = |next: usize| {
        tokens
            .get(next)
            .is_some_and(|t| matches!(*t, "base" | "baseline" | "average"))
            || matches!(
                tokens.get(next..next + 2),
                Some(
                    ["the", "base" | "baseline" | "average" | "overall" | "rest"]
                        | ["those", "without" | "not"]
                        | ["everyone" | "everybody", "else"]
                )
            )
    };
    // The multiple, and where the words after it start: "2.1x the rate", "1.6 times as often",
    // "twice as likely".
    let (at, times, next) = tokens.iter().enumerate().find_map(|(i, t)| {
        let (times, next) = if *t == "twice" {
            (2.0, i + 1)
        } else if let Some(m) = t.strip_suffix('x').or_else(|| t.strip_suffix('×')) {
            (number(m)?, i + 1)
        } else {
            let m = number(t)?;
            matches!(tokens.get(i + 1), Some(&("times" | "x" | "×"))).then_some((m, i + 2))?
        };
        let compared = matches!(
            tokens.get(next..next + 2),
            Some(
                ["the", "rate" | "rates" | "level"]
                    | ["as" | "more", "often" | "likely" | "frequently"]
            )
        ) || matches!(tokens.get(next), Some(&("higher" | "likelier")))
            || against_rest(next);
        compared.then_some((i, times, next))
    })?;
    // The group compared with, named after the multiple; or, against everyone else, the group
    // named before it: by who they are ("migrants ... ~4x base"), or any people set against
    // "those without" ("applicants whose income includes a housing voucher are 2.3x those
    // without").
    let before = tokens.get(..at).unwrap_or_default();
    let rest = (next..next + 4).find(|j| against_rest(*j));
    let group = tokens.iter().skip(next).take(8).any(|t| {
        GROUPS.contains(t)
            || *t == "aged"
            || ((t.starts_with("under") || t.starts_with("over") || t.ends_with('s'))
                && t.bytes().any(|b| b.is_ascii_digit()))
    }) || rest.is_some_and(|r| {
        before.iter().any(|t| {
            is_group_word(t)
                || (tokens.get(r) == Some(&"those")
                    && (PEOPLE.contains(t) || t.ends_with("holders")))
        })
    });
    if !group || times <= 0.0 || !times.is_finite() {
        return None;
    }
    // The outcome: the nearest word of one before the multiple, else after it ("were 2.1
    // times as likely to be declined").
    let outcome = |t: &&str| -> Option<bool> {
        let t = t.strip_prefix("pre-").unwrap_or(t);
        if [
            "declin", "reject", "refus", "denied", "flagged", "stopped", "arrested", "searched",
            "sanction", "penalis", "penaliz", "wrongly", "false", "freez", "frozen",
        ]
        .iter()
        .any(|p| t.starts_with(p))
        {
            Some(true)
        } else if [
            "approv",
            "accept",
            "hired",
            "selected",
            "shortlist",
            "offered",
            "granted",
            "admitted",
            "fast-",
        ]
        .iter()
        .any(|p| t.starts_with(p))
        {
            Some(false)
        } else {
            None
        }
    };
    let adverse = tokens
        .get(..at)
        .unwrap_or_default()
        .iter()
        .rev()
        .find_map(outcome)
        .or_else(|| tokens.iter().skip(next).take(6).find_map(outcome))?;
    // The sentence's own bar for a multiple: "within our 1.25 limit", "(tolerance 1.5x)".
    let own_bar = tokens.iter().enumerate().find_map(|(i, t)| {
        if !THRESHOLD_WORDS.iter().any(|w| t.starts_with(w)) && !matches!(*t, "bar" | "bars") {
            return None;
        }
        tokens
            .get(i.saturating_sub(2)..(i + 4).min(tokens.len()))
            .unwrap_or_default()
            .iter()
            .filter_map(|n| number(n.trim_end_matches(['x', '×'])))
            .find(|v| *v > 1.0)
    });
    if own_bar.is_none() && gap_bar(lower) {
        return None;
    }
    // Either way round: one group's adverse outcome half as often is the other's twice as often.
    let multiple = if adverse {
        times.max(1.0 / times)
    } else {
        times.min(1.0 / times)
    };
    let outside = match own_bar {
        Some(bar) if adverse => multiple > bar + 1e-9,
        Some(bar) => multiple < 1.0 / bar - 1e-9,
        None if adverse => multiple >= 1.25 - 1e-9,
        None => multiple < 0.8 - 1e-9,
    };
    if !outside || gap_settled(k, sentences) {
        return None;
    }
    if own_bar.is_some() {
        return Some(Denial::MissesThreshold);
    }
    // In hundredths, at most 65,535: the cast keeps it whole.
    let hundredths = (multiple * 100.0).round().clamp(0.0, 65_535.0) as u16;
    Some(Denial::TimesAsOften {
        hundredths,
        adverse,
    })
}

/// A ratio of one group's favourable outcomes to another's that a sentence (lowercase) gives
/// under four fifths, with no bar of its own, as a favourable outcome that often: "approval
/// ratio for Black applicants (BISG proxy) 0.71 of white applicants'" (a hostile review). Read
/// where a favourable outcome or an impact is named just before "ratio", a group of people is
/// named in the clause, and a proportion follows within eight words; a bar in the sentence is
/// [`misses_threshold`]'s, and a bar elsewhere or a fix settles it ([`gap_settled`]).
fn group_ratio_short(lower: &str, k: usize, sentences: &[&str]) -> Option<Denial> {
    if gap_bar(lower) {
        return None;
    }
    let v = lower.split(';').find_map(|clause| {
        let tokens: Vec<&str> = clause
            .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ':' | '='))
            .map(|t| t.trim_end_matches(['.', '"', '\'']))
            .filter(|t| !t.is_empty())
            .collect();
        if !tokens.iter().any(|t| is_group_word(t)) {
            return None;
        }
        let at = tokens.iter().position(|t| t.starts_with("ratio"))?;
        let favourable = tokens
            .get(at.saturating_sub(3)..at)
            .unwrap_or_default()
            .iter()
            .any(|t| {
                [
                    "approv",
                    "pre-approv",
                    "accept",
                    "select",
                    "pass",
                    "offer",
                    "hire",
                    "hiring",
                    "admi",
                    "shortlist",
                    "impact",
                    "fifths",
                ]
                .iter()
                .any(|p| t.starts_with(p))
            });
        if !favourable {
            return None;
        }
        tokens.iter().skip(at + 1).take(8).find_map(|t| {
            let v: f64 = t.starts_with("0.").then(|| t.parse().ok())??;
            (v > 0.0 && v < 0.8 - 1e-9).then_some(v)
        })
    })?;
    if gap_settled(k, sentences) {
        return None;
    }
    // Under 0.8, so the cast keeps it whole.
    let hundredths = (v * 100.0).round().clamp(0.0, 100.0) as u16;
    Some(Denial::TimesAsOften {
        hundredths,
        adverse: false,
    })
}

/// Words that set a bar for a gap between groups, beside [`THRESHOLD_WORDS`]. "Acceptable" as a
/// bar ("within the acceptable range"), not a verdict on the gap: "we consider this acceptable
/// given thinner credit files" (a hostile review's summary passed).
const GAP_BARS: &[&str] = &[
    "benchmark",
    "fifths",
    "criterion",
    "criteria",
    "acceptable range",
    "acceptable level",
    "acceptable band",
    "acceptable ratio",
    "acceptable gap",
    "acceptable difference",
    "acceptable dispar",
    "within acceptable",
    "within the acceptable",
    "within an acceptable",
];

/// Words that say a bar is set for a gap between groups ([`gap_settled`]).
const GAP_COMPARED: &[&str] = &[
    " ratio",
    " impact",
    " parity",
    " gap",
    " disparit",
    " fifths",
    " difference",
    " group",
];

/// Whether a clause or sentence (lowercase) names a bar for results or for a gap between
/// groups.
fn gap_bar(s: &str) -> bool {
    THRESHOLD_WORDS
        .iter()
        .chain(GAP_BARS)
        .any(|w| s.contains(w))
}

/// In one clause (lowercase), the lowest and the highest of the rates it gives for named
/// groups of people, in hundredths of a percent, and whether they are percentages, where the
/// lowest is under four fifths of the highest ([`group_rates_apart`]).
fn rates_apart_in(clause: &str) -> Option<(u16, u16, bool)> {
    let spaced = super::spaced_words(clause);
    if !OUTCOMES.iter().any(|w| spaced.contains(w))
        || NOT_OUTCOMES.iter().any(|w| spaced.contains(w))
        || !PEOPLE.iter().any(|w| spaced.contains(&format!(" {w} ")))
    {
        return None;
    }
    let tokens: Vec<&str> = clause
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '=' | ','))
        .map(|t| t.trim_matches(|c: char| matches!(c, '.' | '"' | '\'')))
        .filter(|t| !t.is_empty())
        .collect();
    // A rate in hundredths of a percent: "61%", "58.5%", or a proportion "0.61".
    let rate = |t: &str, percent: bool| -> Option<u16> {
        let digits = if percent { t.strip_suffix('%')? } else { t };
        if digits.is_empty()
            || !digits.chars().all(|c| c.is_ascii_digit() || c == '.')
            || (!percent && !digits.starts_with("0."))
        {
            return None;
        }
        let v: f64 = digits.parse().ok()?;
        let v = if percent { v * 100.0 } else { v * 10_000.0 };
        // At most all of them: 10,000 hundredths of a percent.
        // At most 10,000, so the cast keeps it whole.
        (0.0..=10_000.0).contains(&v).then(|| v.round() as u16)
    };
    let percent = tokens.iter().any(|t| t.ends_with('%'));
    let numbers: Vec<(usize, u16)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| rate(t, percent).map(|v| (i, v)))
        .collect();
    if numbers.len() < 2 {
        return None;
    }
    // Ratios, not rates: "impact ratio 71% for Black applicants and 95% for Asian applicants"
    // (a ratio after the rates, "a ratio of 0.71", is their own sum).
    let first = numbers.first().map_or(0, |(i, _)| *i);
    if tokens
        .iter()
        .take(first)
        .any(|t| t.starts_with("ratio") || t.ends_with("-ratio"))
    {
        return None;
    }
    let is_number = |i: usize| numbers.iter().any(|(j, _)| *j == i);
    // The group words of a span, or else its band of ages ("applicants aged 62 and over").
    let named = |span: &[&str]| -> Option<String> {
        let words: Vec<&str> = span.iter().copied().filter(|t| is_group_word(t)).collect();
        if words.is_empty() {
            age_band(span)
        } else {
            Some(words.join(" "))
        }
    };
    // The group a rate is given for: the group words after "for", "of" or "among" that follow
    // it ("61% for Black applicants", "23% of Black and ...", "70% approval for White
    // applicants"), or those just before it after "for" or "among" ("for women was 79%").
    // Each rate must have one.
    let forward = |i: usize| -> Option<String> {
        // Past the outcome's own words: "70% approval for White applicants" (a hostile
        // review's summary passed).
        let start = (i + 1..i + 3)
            .take_while(|&j| {
                tokens.get(j).is_some_and(|t| {
                    matches!(
                        *t,
                        "approval"
                            | "approvals"
                            | "acceptance"
                            | "selection"
                            | "admission"
                            | "admissions"
                            | "pass"
                            | "offer"
                            | "hiring"
                            | "rate"
                    )
                })
            })
            .last()
            .map_or(i + 1, |j| j + 1);
        let after = tokens.get(start).is_some_and(|t| {
            matches!(*t, "for" | "among" | "in") || (*t == "of" && start == i + 1)
        });
        // A share of outcomes is no rate of one: "40% of declines for Black applicants".
        let of_outcomes = tokens.get(start + 1).is_some_and(|t| {
            [
                "declin", "approv", "reject", "decision", "referr", "offer", "refus",
            ]
            .iter()
            .any(|p| t.starts_with(p))
        });
        if !after || of_outcomes {
            return None;
        }
        let span: Vec<&str> = tokens
            .iter()
            .enumerate()
            .skip(start + 1)
            .take(6)
            .take_while(|(j, t)| {
                !is_number(*j)
                    && !matches!(
                        **t,
                        "against" | "vs" | "versus" | "compared" | "while" | "whereas" | "but"
                    )
            })
            .map(|(_, t)| *t)
            .collect();
        named(&span)
    };
    // Back from the rate, past "was", "is", "were" or "at", to the group's words and the "for"
    // or "among" before them; or to the people the clause speaks of, named by group or by age:
    // "Hispanic applicants were pre-approved at 47%", "applicants aged 62 and over 39%" (a
    // hostile review's summaries passed).
    let back = |i: usize| -> Option<String> {
        let skip = |mut j: usize, words: &[&str]| {
            while j > 0 && tokens.get(j - 1).is_some_and(|t| words.contains(t)) {
                j -= 1;
            }
            j
        };
        let mut j = skip(i, &["was", "is", "were", "at"]);
        if tokens.get(j.wrapping_sub(1)).is_some_and(|t| {
            [
                "approv",
                "pre-approv",
                "accept",
                "declin",
                "reject",
                "refused",
                "denied",
                "hired",
                "selected",
                "admitted",
                "offered",
                "granted",
                "flagged",
                "referred",
                "placed",
            ]
            .iter()
            .any(|p| t.starts_with(p))
        }) {
            j = skip(
                j - 1,
                &["was", "were", "are", "is", "been", "being", "had", "have"],
            );
        }
        let end = j;
        while j > 0
            && end - j < 8
            && tokens
                .get(j - 1)
                .is_some_and(|t| is_group_word(t) || PEOPLE.contains(t) || age_word(t))
        {
            j -= 1;
        }
        let run = tokens.get(j..end)?;
        if tokens
            .get(j.wrapping_sub(1))
            .is_some_and(|t| matches!(*t, "for" | "among"))
            || run.iter().any(|t| PEOPLE.contains(t))
        {
            named(run)
        } else {
            None
        }
    };
    // Each rate's group read one way first, then the other: "Approval rate for Hispanic
    // applicants 47%, for White applicants 70%" reads the first rate's group back, not forward
    // (a hostile review's summary passed with both read as White).
    let groups_of = |back_first: bool| -> Option<Vec<String>> {
        let mut groups: Vec<String> = Vec::new();
        for (i, _) in &numbers {
            let g = if back_first {
                back(*i).or_else(|| forward(*i))
            } else {
                forward(*i).or_else(|| back(*i))
            }?;
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
        (groups.len() >= 2).then_some(groups)
    };
    groups_of(false).or_else(|| groups_of(true))?;
    let low = numbers.iter().map(|(_, v)| *v).min()?;
    let high = numbers.iter().map(|(_, v)| *v).max()?;
    // Under four fifths: 5 × low < 4 × high, in whole numbers.
    (high > 0 && u32::from(low) * 5 < u32::from(high) * 4).then_some((low, high, percent))
}

/// A word of a band of ages: "aged", "over", "under", "and", a number of years ("62", "62+",
/// "18-24").
fn age_word(t: &str) -> bool {
    matches!(
        t,
        "aged"
            | "age"
            | "ages"
            | "over"
            | "under"
            | "above"
            | "below"
            | "and"
            | "or"
            | "older"
            | "younger"
            | "plus"
            | "to"
    ) || age_number(t)
}

/// Whether a token is a number of years: "62", "62+", "18-24".
fn age_number(t: &str) -> bool {
    let d = t.trim_end_matches('+');
    !d.is_empty()
        && d.split('-')
            .all(|p| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
}

/// The band of ages a span names for people, as its words: "aged 62 and over", "under 62",
/// from "applicants aged 62 and over", "applicants under 62". The band follows a word for
/// people or starts with "aged", and holds a number of years and a word that bounds it; a
/// number after "applicants with scores" is no age.
fn age_band(span: &[&str]) -> Option<String> {
    let start = span.iter().enumerate().find_map(|(k, t)| {
        if *t == "aged" {
            Some(k)
        } else if PEOPLE.contains(t) {
            Some(k + 1)
        } else {
            None
        }
    })?;
    let band: Vec<&str> = span
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(|t| age_word(t))
        .copied()
        .collect();
    let band = band.as_slice();
    let band = band
        .strip_suffix(&["and"])
        .or_else(|| band.strip_suffix(&["or"]))
        .unwrap_or(band);
    let bounded = band.iter().any(|t| {
        matches!(
            *t,
            "aged" | "age" | "ages" | "over" | "under" | "above" | "below" | "plus"
        ) || t.ends_with('+')
            || t.contains('-')
    });
    (bounded && band.iter().any(|t| age_number(t))).then(|| band.join(" "))
}

/// The words that name a bar set for a test's results, as a clause (lowercase) holds them.
const THRESHOLD_WORDS: &[&str] = &[
    "threshold",
    "minimum",
    "maximum",
    "target",
    "floor",
    "ceiling",
    "cut-off",
    "cutoff",
    "tolerance",
    "limit",
];

/// Words that give a bar as what the team aimed at, for [`misses_threshold`]: "we wanted
/// 0.75", "aiming for 80%".
const AIMED: &[&str] = &["wanted", "aimed", "aiming", "hoped", "goal", "required"];

/// What is better higher, for [`misses_threshold`].
const HIGHER: &[&str] = &[
    "ratio",
    "gini",
    "auc",
    "roc",
    "accuracy",
    "precision",
    "recall",
    "sensitivity",
    "specificity",
    "f1",
    "agreement",
    "concordance",
    // "c-statistic 0.64 (threshold 0.70)" (a hostile review's blunt probe passed).
    "c statistic",
    "c index",
    "auroc",
    "kappa",
    "fifths",
    "coverage",
    // "script check 96% compliant (threshold 99%)" (a hostile review's summary passed).
    "compliant",
    "compliance",
    "correct",
    "matched",
    "detected",
    "caught",
];

/// What is better lower, for [`misses_threshold`].
const LOWER: &[&str] = &[
    "error",
    "under triage",
    "undertriage",
    "over triage",
    "false",
    "missed",
    "misses",
    "miss rate",
    "disparit",
    "difference",
    "gap",
    "drift",
    "loss",
    "rmse",
    "mae",
    "fpr",
    "fnr",
];

/// The kind of work whose results a clause (lowercase) gives short of the bar it sets for them
/// ("adverse-impact ratio of approvals 0.71 for Black applicants and 0.78 for Hispanic
/// applicants (four-fifths threshold 0.80)", "Gini 0.48 (threshold 0.55)", "under-triage 5.4%
/// (threshold 3%)"), or `None`. Which way is short is read from the bar's own word (a minimum,
/// a maximum) or else from what is measured: a ratio, an agreement or an accuracy is better
/// higher, an error, a miss or a gap between groups lower; a clause that names both, or
/// neither, is not judged. Only results before the bar and in its unit count: a share (a
/// decimal up to 1) or a percentage, never a count, a date, an id or a score cut-off.
fn misses_threshold(clause: &str) -> Option<Vec<String>> {
    // Words as tokens, numbers kept whole ("0.71", "5.4%"), punctuation around them dropped.
    let tokens: Vec<&str> = clause
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ':' | '=' | '/'))
        .map(|t| t.trim_matches(|c: char| matches!(c, '.' | ',' | '"' | '\'' | '-')))
        .filter(|t| !t.is_empty())
        .collect();
    // A number and whether it is a percentage: "0.71" (a share), "5.4%".
    let number = |t: &str| -> Option<(f64, bool)> {
        let (digits, percent) = match t.strip_suffix('%') {
            Some(d) => (d, true),
            None => (t, false),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return None;
        }
        let v: f64 = digits.parse().ok()?;
        // A share is written with its point and is at most 1; else it is a count or a cut-off.
        (percent || (digits.contains('.') && v <= 1.0)).then_some((v, percent))
    };
    // A gap in points: "9 pts less likely ... (tolerance 3)", "9 points ...; our tolerance is
    // 3" (a sixth review). The points are percentage points, and a bare number after the bar's
    // word is in them; other bare numbers stay counts ("12 groups").
    // "7pp", "2pts": a number with its unit on.
    let suffixed = |t: &str| {
        ["pts", "pp", "ppt"]
            .iter()
            .find_map(|u| t.strip_suffix(u))
            .and_then(|d| number(&format!("{d}%")))
    };
    let in_points = |i: usize| -> Option<(f64, bool)> {
        let t = tokens.get(i)?;
        let unit = |u: &str| {
            matches!(
                u,
                "pts" | "pt" | "points" | "point" | "pp" | "ppt" | "percentage"
            )
        };
        suffixed(t).or_else(|| {
            tokens
                .get(i + 1)
                .is_some_and(|u| unit(u))
                .then(|| number(&format!("{t}%")))
                .flatten()
        })
    };
    let points = (0..tokens.len()).any(|i| in_points(i).is_some());
    // Each word for a bar in turn: "acceptance rate 61% ... (threshold 0.8)" sets its bar
    // with the second.
    let (bar_word, bar, percent, results, at) = tokens.iter().enumerate().find_map(|(at, t)| {
        let threshold = THRESHOLD_WORDS
            .iter()
            .any(|w| t.strip_prefix(w).is_some_and(|r| r.is_empty() || r == "s"));
        // A bar by its plainer names: "(our bar was 0.75)", "(acceptance 99.5%)", "vs the
        // 0.8 bar", "under our 80% four-fifths line" (a hostile review's summaries passed),
        // or the aim it was: "kappa 0.68, we wanted 0.75" (a hostile review).
        let plain = matches!(*t, "bar" | "bars" | "acceptance" | "line") || AIMED.contains(t);
        if !threshold && !plain {
            return None;
        }
        // The bar: the first number within four words after its word ("threshold 0.80",
        // "minimum of 0.55", "target is 3%", "our target going in was 0.72": a hostile
        // review); after a plainer name, only past words that set it ("bar was 0.75",
        // "acceptance criterion 99.5%", "aiming for 0.8"), not "acceptance rate 61%".
        let after = tokens
            .get(at + 1..)
            .unwrap_or_default()
            .iter()
            .take(if threshold { 4 } else { 3 })
            .take_while(|a| {
                threshold
                    || (*t != "line"
                        && (number(a).is_some()
                            || matches!(
                                **a,
                                "is" | "was"
                                    | "of"
                                    | "at"
                                    | "for"
                                    | "criterion"
                                    | "criteria"
                                    | "level"
                            )))
            })
            .find_map(|a| {
                number(a).or_else(|| {
                    points
                        .then(|| suffixed(a).or_else(|| number(&format!("{a}%"))))
                        .flatten()
                })
            })
            .map(|n| (n, at));
        // Or the number just before it, after "vs", "against", "under" or the like: "0.74
        // vs the 0.8 bar", "74% ..., under our 80% four-fifths line".
        let before = || {
            let mut j = at;
            while j > 0
                && tokens.get(j - 1).is_some_and(|b| {
                    matches!(*b, "four-fifths" | "fifths" | "agreed" | "internal" | "own")
                })
            {
                j -= 1;
            }
            let n = number(tokens.get(j.checked_sub(1)?)?)?;
            let lead = tokens.get(j.checked_sub(2)?)?;
            matches!(
                *lead,
                "vs" | "versus"
                    | "against"
                    | "under"
                    | "below"
                    | "above"
                    | "over"
                    | "the"
                    | "our"
                    | "a"
                    | "of"
            )
            .then_some((n, j - 1))
        };
        let ((bar, percent), end) = after.or_else(before)?;
        // In points, only the gaps: "61% vs 63%, gap 2 pts (tolerance 3)" gives rates beside.
        let results: Vec<f64> = (0..end.min(at))
            .filter_map(|i| {
                if points {
                    in_points(i)
                } else {
                    tokens.get(i).and_then(|t| number(t))
                }
            })
            .filter(|(_, p)| *p == percent)
            .map(|(v, _)| v)
            .collect();
        (!results.is_empty()).then_some((*t, bar, percent, results, at))
    })?;
    let spaced = super::spaced_words(clause);
    let has = |words: &[&str]| words.iter().any(|w| spaced.contains(&format!(" {w}")));
    // What is measured, read first up to the bar's word: "93% correct; our launch bar was 98%
    // and the misses were mostly deadlines" measures what is correct, and the misses after the
    // bar are no second measure (a hostile review's summary passed).
    let head = super::spaced_words(&tokens.get(..=at).unwrap_or_default().join(" "));
    let in_head = |words: &[&str]| words.iter().any(|w| head.contains(&format!(" {w}")));
    // A ratio of one group's rate to another's is better higher whatever its bar is called:
    // "ratio ... is 0.71 of the best group, which is within our 0.8 tolerance" is short of it
    // (a hostile review).
    let group_ratio = !percent
        && (0.5..=1.0).contains(&bar)
        && has(&["ratio", "fifths", "parity"])
        && !has(LOWER);
    let higher_better = if bar_word.starts_with("minimum")
        || bar_word.starts_with("floor")
        || (group_ratio && (bar_word.starts_with("tolerance") || bar_word.starts_with("limit")))
    {
        true
    } else if ["maximum", "ceiling", "tolerance", "limit"]
        .iter()
        .any(|w| bar_word.starts_with(w))
    {
        false
    } else {
        match (in_head(HIGHER), in_head(LOWER), has(HIGHER), has(LOWER)) {
            (true, false, ..) | (false, false, true, false) => true,
            (false, true, ..) | (false, false, false, true) => false,
            _ => return None,
        }
    };
    let short = results
        .iter()
        .any(|r| if higher_better { *r < bar } else { *r > bar });
    if !short {
        return None;
    }
    // The kind of work: a comparison across groups, else the accuracy of the outputs.
    let groups = has(&[
        "impact",
        "fifths",
        "parity",
        "disparit",
        "disab",
        "likely",
        "group",
        "fair",
        "bias",
        "protected",
        "ratio",
        "aged",
        "age",
        "sex",
        "gender",
        "women",
        "ethnic",
        "race",
    ]);
    Some(
        if groups {
            ["bias", "adverse", "impact", "fair", "lending"].as_slice()
        } else {
            ["accuracy", "clinical"].as_slice()
        }
        .iter()
        .map(|w| (*w).to_string())
        .collect(),
    )
}

/// The kind of work a clause says was done only in part ("Bias testing partly done on
/// 2025-01-10", "Robustness testing was only partially completed", "bias testing is half
/// done", a hostile review), or `None`. Not work split between two hands ("partly in-house and
/// partly by an external lab"), nor a part of something else ("partially automated").
fn partly_done(spaced: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let part = |w: &&str| matches!(*w, "partly" | "partially" | "half");
    let at = words.iter().position(part)?;
    if words.iter().filter(|w| part(w)).count() > 1 {
        return None;
    }
    let done = match words.get(at + 1).copied() {
        Some(
            "done" | "performed" | "completed" | "complete" | "run" | "tested" | "validated"
            | "evaluated" | "conducted" | "carried" | "finished" | "implemented" | "executed",
        ) => true,
        Some("in") => words.get(at + 2) == Some(&"place"),
        _ => false,
    };
    if !done {
        return None;
    }
    let mut end = at;
    while end > 0
        && words.get(end - 1).is_some_and(|w| {
            matches!(
                *w,
                "is" | "was" | "were" | "are" | "been" | "has" | "have" | "only" | "so" | "far"
            )
        })
    {
        end -= 1;
    }
    work_named(&format!(
        " {} ",
        words.get(..end).unwrap_or_default().join(" ")
    ))
}

/// The kind of work a sentence says was done on a model other than the one assessed ("Testing
/// was done by Acme Analytics on their own model", "The bias audit was run on a similar model
/// from the same vendor", a hostile review), or `None`.
fn on_another_model(spaced: &str) -> Option<Vec<String>> {
    const OTHER_MODEL: &[&str] = &[
        " on a different model ",
        " on another model ",
        " on their own model ",
        " on its own model ",
        " on a similar model ",
        " on a proxy model ",
        " on a surrogate model ",
        " on a comparable model ",
        " on the vendor s model ",
        " on the supplier s model ",
        " on a competitor s model ",
        " of a different model ",
        " of another model ",
        " of a similar model ",
        " against a different model ",
        " against a similar model ",
        " using a different model ",
        " using a similar model ",
    ];
    let at = OTHER_MODEL.iter().find_map(|p| spaced.find(p))?;
    let before = spaced.get(..at).unwrap_or_default();
    let words: Vec<&str> = before.split_whitespace().collect();
    // The work's subject, before its verb: "Testing was done by Acme", "the bias audit was run".
    let verb = words.iter().position(|w| {
        matches!(
            *w,
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "ran" | "run" | "done"
        )
    })?;
    // "We tested the model ... on a similar model" is not read: a comparison, not the work.
    work_named(&format!(
        " {} ",
        words.get(..verb).unwrap_or_default().join(" ")
    ))
}

/// What a clause says of the answers as a whole where it says they are plans, hopes or not
/// real ("The boxes ticked above are aspirational", "All of the above is planned for Q3", "The
/// ticks above are targets, not achievements", "We intend to do all of this before launch": a
/// hostile review), or `None`. Said of the answers, at the opening of the clause or as what
/// "we" intend, not of further work ("All of the above is in place; more testing is planned").
fn answers_are_plans(spaced: &str) -> Option<Denial> {
    const THE_ANSWERS: &[&str] = &[
        " all of the above ",
        " the above ",
        " everything above ",
        " everything ticked ",
        " the boxes ticked ",
        " the boxes ",
        " boxes ticked ",
        " these boxes ",
        " the ticked boxes ",
        " ticked boxes ",
        " the ticks ",
        " these ticks ",
        " the items above ",
        " the answers above ",
        " these answers ",
        " the measures above ",
        " the safeguards above ",
        " the controls above ",
        " all of this ",
        " all of these ",
        " all this ",
        " all these ",
    ];
    const NOT_REAL: &[(&str, Denial)] = &[
        (" aspirational ", Denial::ToCome),
        (" planned ", Denial::ToCome),
        (" targets ", Denial::ToCome),
        (" goals ", Denial::ToCome),
        (" ambitions ", Denial::ToCome),
        (" intentions ", Denial::ToCome),
        (" on the roadmap ", Denial::ToCome),
        (" a roadmap ", Denial::ToCome),
        (" wish list ", Denial::ToCome),
        (" wishlist ", Denial::ToCome),
        (" to be done ", Denial::ToCome),
        (" to be put in place ", Denial::ToCome),
        (" to be implemented ", Denial::ToCome),
        (" will be in place ", Denial::ToCome),
        (" will be done ", Denial::ToCome),
        (" will be implemented ", Denial::ToCome),
        (" will be completed ", Denial::ToCome),
        (" will be put in place ", Denial::ToCome),
        (" still to come ", Denial::ToCome),
        (" pending ", Denial::ToCome),
        (" in progress ", Denial::ToCome),
        (" not yet ", Denial::NotDone),
        (" not in place ", Denial::NotDone),
        (" not done ", Denial::NotDone),
        (" not achieved ", Denial::NotDone),
        (" not achievements ", Denial::NotDone),
        (" not real ", Denial::NotDone),
        (" not true ", Denial::NotDone),
        (" not accurate ", Denial::NotDone),
        (" not actually ", Denial::NotDone),
        (" placeholders ", Denial::NotDone),
        (" placeholder ", Denial::NotDone),
        (" hypothetical ", Denial::NotDone),
    ];
    const WE_MEAN: &[&str] = &[
        " we intend to ",
        " we plan to ",
        " we aim to ",
        " we hope to ",
        " we will ",
        " we ll ",
        " we are going to ",
        " we expect to ",
        " we want to ",
    ];
    let words = spaced.split_whitespace().count();
    let (at, len) = THE_ANSWERS
        .iter()
        .find_map(|p| spaced.find(p).map(|i| (i, p.len())))?;
    // "Note: the boxes ticked above are aspirational": a few words may open the clause.
    let opens = spaced
        .get(..at)
        .is_some_and(|b| b.split_whitespace().count() <= 3);
    let after = spaced.get(at + len - 1..).unwrap_or_default();
    // "All of these are in place except the bias audit, which is planned": a part, not all;
    // "the targets above were all met": results.
    let has = |w: &str| after.contains(&format!(" {w} "));
    // "All of the above is planned to be repeated in Q3": done, and to be done again.
    if [
        "except",
        "apart",
        "other",
        "but",
        "besides",
        "met",
        "achieved",
        "exceeded",
        "reached",
        "repeated",
        "repeat",
        "again",
        "next",
        "each",
        "every",
        "rerun",
        "re",
        "renewed",
        "refreshed",
        "extended",
        "expanded",
        "annually",
        "yearly",
        "quarterly",
        "monthly",
    ]
    .iter()
    .any(|w| has(w))
    {
        return None;
    }
    if opens {
        return NOT_REAL
            .iter()
            .find(|(p, _)| after.contains(p))
            .map(|(_, d)| *d);
    }
    // "We intend to do all of this", not "We will review all of this yearly".
    let before = spaced.get(..=at).unwrap_or_default();
    let meant = WE_MEAN.iter().any(|p| {
        before.find(p).is_some_and(|i| {
            before
                .get(i + p.len()..)
                .and_then(|b| b.split_whitespace().next())
                .is_some_and(|v| {
                    matches!(
                        v,
                        "do" | "put"
                            | "implement"
                            | "complete"
                            | "finish"
                            | "have"
                            | "get"
                            | "carry"
                            | "introduce"
                            | "start"
                            | "achieve"
                    )
                })
        })
    });
    (words <= 14 && meant).then_some(Denial::ToCome)
}

/// The kinds of work a list of what is still to do names ("Pending: bias testing, robustness
/// testing.", "Open items: * bias testing * robustness testing"), or `None` where the sentence
/// holds no such list or it names no work.
fn to_do_list(lower: &str) -> Option<Vec<String>> {
    // What opens a list of what is still to do.
    const TO_DO_HEADS: &[&str] = &[
        "pending",
        "open items",
        "open",
        "outstanding",
        "to do",
        "todo",
        "not yet done",
        "not done",
        "not performed",
        "missing",
        "still to do",
        "still to come",
        "not yet run",
    ];
    let (head, items) = lower.split_once(':')?;
    let head = super::spaced_words(head.rsplit([';', '(', '.']).next().unwrap_or_default());
    if !TO_DO_HEADS.contains(&head.trim()) {
        return None;
    }
    let mut items = items.to_string();
    for mark in [" and ", " or ", "*", "•", " - ", " – "] {
        items = items.replace(mark, ",");
    }
    let mut named = false;
    let mut kind = Vec::new();
    for item in items.split([',', ';']) {
        if let Some(k) = work_named(&super::spaced_words(item)) {
            named = true;
            kind.extend(k);
        }
    }
    named.then_some(kind)
}

/// Each clause of `lower` that [`clause_denial`] reads as a denial, into `out`.
fn read_clauses(lower: &str, out: &mut Vec<Later>) {
    // Items of a list run together ("- Accuracy: done - Bias testing: not done", "bias: not
    // performed / robustness: not performed") are clauses of their own.
    // "Bias testing - not started" is one clause too: read both ways.
    let mut items = lower.to_string();
    for mark in [" - ", " * ", " • ", " – ", " / "] {
        items = items.replace(mark, ";");
    }
    let listed = items.len() != lower.len();
    for clause in lower
        .split([';', '(', ')'])
        .chain(items.split([';', '(', ')']).filter(|_| listed))
    {
        if let Some((denial, kind)) = clause_denial(clause) {
            // A use left untested that another clause keeps out of service: "Bias testing has
            // not been done on the reduction use; that use is not live" ([`a_use_in_service`]
            // reads its own clause only).
            let spaced = super::spaced_words(clause);
            if clause.len() < lower.len()
                && (spaced.contains(" use ") || spaced.contains(" uses "))
                && {
                    let words: Vec<&str> = spaced.split_whitespace().collect();
                    words.iter().enumerate().any(|(i, w)| {
                        matches!(*w, "on" | "for" | "in")
                            && a_use_in_service(words.get(i + 1..).unwrap_or_default(), "")
                    })
                }
                && {
                    let sentence = super::spaced_words(lower);
                    USE_KEPT_OUT.iter().any(|p| sentence.contains(p))
                }
            {
                continue;
            }
            out.push(Later {
                denial,
                spaced,
                kind,
            });
        }
    }
}

/// Words that say a failure was put right or its model is gone ("passed on retest", "was
/// retired"): read after a failure [`later_denials`] finds.
const PUT_RIGHT: &[&str] = &[
    "passed",
    "passes",
    "fixed",
    "retested",
    "rerun",
    "resolved",
    "remediated",
    "corrected",
    "mitigated",
    "replaced",
    "retired",
    "rebuilt",
];

/// Whether word `w` opens with a stem a denial holds, as one decision on its bytes: comparing
/// each word with sixty stems in turn cost `raia score` 4% of its instructions (issue 7). The
/// stems, in order: not, never, fail, pend, sched, plan, due, yet, draft, skip, waiv, progress, tbd, tbc, todo, will, none, omit, nicht, vendor, supplier, manufacturer, withdrawn, rejected, revoked, outstanding, open, missing, drop, nobody, descop, cancel, abandon, laps, remain, without, untest, unvalid, exist, target, simulat, estimate, refus, declin, remediat, niet, não, discontinu, abolish, stopped, suspend, unavailable, implement, handles, isn, hasn, haven, wasn, weren, didn, doesn, aren, defer, postpon.
#[rustfmt::skip]
fn opens_with_denial_stem(w: &[u8]) -> bool {
    matches!(
        w,
        [b'n', b'o', b't', ..]
            | [b'n', b'e', b'v', b'e', b'r', ..]
            | [b'f', b'a', b'i', b'l', ..]
            | [b'p', b'e', b'n', b'd', ..]
            | [b's', b'c', b'h', b'e', b'd', ..]
            | [b'p', b'l', b'a', b'n', ..]
            | [b'd', b'u', b'e', ..]
            | [b'y', b'e', b't', ..]
            | [b'd', b'r', b'a', b'f', b't', ..]
            | [b's', b'k', b'i', b'p', ..]
            | [b'w', b'a', b'i', b'v', ..]
            | [b'p', b'r', b'o', b'g', b'r', b'e', b's', b's', ..]
            | [b't', b'b', b'd', ..]
            | [b't', b'b', b'c', ..]
            | [b't', b'o', b'd', b'o', ..]
            | [b'w', b'i', b'l', b'l', ..]
            | [b'n', b'o', b'n', b'e', ..]
            | [b'o', b'm', b'i', b't', ..]
            | [b'n', b'i', b'c', b'h', b't', ..]
            | [b'v', b'e', b'n', b'd', b'o', b'r', ..]
            | [b's', b'u', b'p', b'p', b'l', b'i', b'e', b'r', ..]
            | [b'm', b'a', b'n', b'u', b'f', b'a', b'c', b't', b'u', b'r', b'e', b'r', ..]
            | [b'w', b'i', b't', b'h', b'd', b'r', b'a', b'w', b'n', ..]
            | [b'r', b'e', b'j', b'e', b'c', b't', b'e', b'd', ..]
            | [b'r', b'e', b'v', b'o', b'k', b'e', b'd', ..]
            | [b'o', b'u', b't', b's', b't', b'a', b'n', b'd', b'i', b'n', b'g', ..]
            | [b'o', b'p', b'e', b'n', ..]
            | [b'm', b'i', b's', b's', b'i', b'n', b'g', ..]
            | [b'd', b'r', b'o', b'p', ..]
            | [b'n', b'o', b'b', b'o', b'd', b'y', ..]
            | [b'd', b'e', b's', b'c', b'o', b'p', ..]
            | [b'c', b'a', b'n', b'c', b'e', b'l', ..]
            | [b'a', b'b', b'a', b'n', b'd', b'o', b'n', ..]
            | [b'l', b'a', b'p', b's', ..]
            | [b'r', b'e', b'm', b'a', b'i', b'n', ..]
            | [b'w', b'i', b't', b'h', b'o', b'u', b't', ..]
            | [b'u', b'n', b't', b'e', b's', b't', ..]
            | [b'u', b'n', b'v', b'a', b'l', b'i', b'd', ..]
            | [b'e', b'x', b'i', b's', b't', ..]
            | [b't', b'a', b'r', b'g', b'e', b't', ..]
            | [b's', b'i', b'm', b'u', b'l', b'a', b't', ..]
            | [b'e', b's', b't', b'i', b'm', b'a', b't', b'e', ..]
            | [b'r', b'e', b'f', b'u', b's', ..]
            | [b'd', b'e', b'c', b'l', b'i', b'n', ..]
            | [b'r', b'e', b'm', b'e', b'd', b'i', b'a', b't', ..]
            | [b'n', b'i', b'e', b't', ..]
            | [b'n', 0xc3, 0xa3, b'o', ..]
            | [b'd', b'i', b's', b'c', b'o', b'n', b't', b'i', b'n', b'u', ..]
            | [b'a', b'b', b'o', b'l', b'i', b's', b'h', ..]
            | [b's', b't', b'o', b'p', b'p', b'e', b'd', ..]
            | [b's', b'u', b's', b'p', b'e', b'n', b'd', ..]
            | [b'u', b'n', b'a', b'v', b'a', b'i', b'l', b'a', b'b', b'l', b'e', ..]
            | [b'i', b'm', b'p', b'l', b'e', b'm', b'e', b'n', b't', ..]
            | [b'h', b'a', b'n', b'd', b'l', b'e', b's', ..]
            | [b'i', b's', b'n', ..]
            | [b'h', b'a', b's', b'n', ..]
            | [b'h', b'a', b'v', b'e', b'n', ..]
            | [b'w', b'a', b's', b'n', ..]
            | [b'w', b'e', b'r', b'e', b'n', ..]
            | [b'd', b'i', b'd', b'n', ..]
            | [b'd', b'o', b'e', b's', b'n', ..]
            | [b'a', b'r', b'e', b'n', ..]
            | [b'd', b'e', b'f', b'e', b'r', ..]
            | [b'p', b'o', b's', b't', b'p', b'o', b'n', ..]
    )
}

/// Whether lowercase `text` holds a word one of which every denial [`later_denials`] reads
/// holds: a sentence or a clause with none is not read further. One pass over its words (a
/// search for each of sixty words cost `raia score` more than the reading, issue 7).
fn has_denial_key(text: &str) -> bool {
    // Japanese and Chinese run their words together: read on. ASCII text holds neither those
    // nor the crosses, and is not scanned for them (issue 7).
    if text.contains("0%")
        || (!text.is_ascii()
            && (text.contains(['✗', '✘', '❌']) || text.chars().any(|c| c >= '\u{3000}')))
    {
        return true;
    }
    let mut prev = "";
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let pair = matches!(
            (prev, w),
            ("to", "be" | "do" | "follow")
                | ("n", "a")
                | ("under", "way")
                | (
                    "0",
                    "tests" | "test" | "complete" | "completed" | "run" | "done"
                )
        );
        if pair || matches!(w, "no" | "non" | "pas") || opens_with_denial_stem(w.as_bytes()) {
            return true;
        }
        prev = w;
    }
    false
}

/// What a sentence says of the results it gives or of their report, in any wording: only a
/// vendor's ("Results above are from the vendor."), a draft ("The validation report is still a
/// draft."), or withdrawn or rejected ("MRM-VAL-2024-112 was withdrawn by Model Risk on
/// 2025-01-10.").
fn said_of_the_results(lower: &str, spaced: &str) -> Option<Denial> {
    let about_results = [
        " results ",
        " figures ",
        " numbers ",
        " metrics ",
        " scores ",
        " report ",
        " validation ",
        " test ",
        " tests ",
        " testing ",
        // "Red team: 150 prompts by the vendor" (a hostile review's summary passed).
        " red team ",
        " red teaming ",
        " red teamed ",
        // "the robustness checks were run by the vendor" (a tenth hostile review).
        " checks ",
        " template ",
        " letter ",
        " letters ",
        " notice ",
        " procedure ",
    ]
    .iter()
    .any(|w| spaced.contains(w))
        // A document named by its id ("MRM-VAL-2024-112 was withdrawn").
        || lower.split_whitespace().any(super::document_id);
    if about_results
        && (!spaced.contains(" our own ") || spaced.contains(" not our own "))
        && [
            " from the vendor ",
            " by the vendor ",
            " the vendor s ",
            " from the supplier ",
            " by the supplier ",
            " the supplier s ",
            " from the manufacturer ",
            " by the manufacturer ",
            " the manufacturer s ",
        ]
        .iter()
        .any(|p| {
            // Not "not (validated) by the vendor" or "rather than the vendor's", nor a figure of
            // the team's set beside the vendor's: "Local validation on 3,100 releases ...: AUC
            // 0.68 against the vendor's published 0.70" (a review of honest files).
            spaced.match_indices(p).any(|(i, _)| {
                let before = spaced.get(..i).unwrap_or_default();
                let near: Vec<&str> = before.split_whitespace().rev().take(3).collect();
                !near.iter().any(|w| {
                    matches!(
                        *w,
                        "not" | "rather" | "instead" | "than" | "against" | "versus" | "vs"
                    )
                }) && !matches!(near.as_slice(), ["with" | "to", "compared", ..])
                    // Nor what the team set aside: "The vendor's figures were not relied on"
                    // (a hostile review of the verdicts).
                    && !set_aside(spaced.get(i + p.len()..).unwrap_or_default())
            })
        })
    {
        return Some(Denial::OthersOnly);
    }
    // "v2 is a draft awaiting approval", "the next release is a draft": another release's.
    let of_this_release = |clause: &str| {
        let end = [" is ", " are ", " remains ", " still "]
            .iter()
            .filter_map(|v| clause.find(v))
            .min()
            .unwrap_or(clause.len());
        let before = clause.get(..end).unwrap_or_default();
        !before.split_whitespace().any(|w| {
            super::letters_and_digits(w)
                || matches!(
                    w,
                    "next" | "new" | "update" | "revision" | "extension" | "version" | "later"
                )
        })
    };
    if about_results
        && lower.split([';', ',']).any(|c| {
            let c = super::spaced_words(c);
            [
                " is still a draft ",
                " is a draft ",
                " still in draft ",
                " remains a draft ",
                " only a draft ",
                " draft only ",
                " are drafts ",
                " still drafts ",
            ]
            .iter()
            .any(|p| c.contains(p))
                && of_this_release(&c)
        })
        // "(draft)" beside no dated work: "Draft v0.9 circulated 2024-09-01; v1.0 approved by
        // the CSO on 2024-10-01" dates the release in use.
        || (about_results
            && super::marked_draft(lower)
            && !super::dates_work_done(lower)
            && !["supersed", "replac", "earlier", "previous", "older"]
                .iter()
                .any(|w| lower.contains(w)))
    {
        return Some(Denial::Unapproved);
    }
    // Not results at all, or not signed: "The numbers above are targets, not results", "All
    // figures are simulated estimates", "none of the above has actually been run yet", "The
    // clinical safety officer refused to sign off CI-VAL-2024-09".
    if about_results
        && [
            " are targets ",
            " target figures ",
            " not results ",
            " simulated ",
            " estimates ",
            " are projections ",
            " hypothetical ",
            " illustrative ",
        ]
        .iter()
        .any(|p| spaced.contains(p))
        || [" none of the above ", " none of these ", " none of it "]
            .iter()
            .any(|p| spaced.contains(p))
            && [" run ", " done ", " performed ", " carried ", " conducted "]
                .iter()
                .any(|p| spaced.contains(p))
    {
        return Some(Denial::NotDone);
    }
    if about_results
        && [
            " refused to sign ",
            " declined to sign ",
            " did not sign ",
            " has not signed ",
            " have not signed ",
            " refused to approve ",
            " declined to approve ",
            " did not approve ",
        ]
        .iter()
        .any(|p| spaced.contains(p))
    {
        return Some(Denial::Unapproved);
    }
    // A failure shipped as it was: "deployed anyway without remediation", "not remediated".
    if [
        " without remediation ",
        " not remediated ",
        " deployed anyway ",
    ]
    .iter()
    .any(|p| spaced.contains(p))
    {
        return Some(Denial::Failed);
    }
    // Withdrawn or rejected, said of the work and not of an earlier model ("v4 was withdrawn in
    // 2023") or of the cases ("Applications rejected by the model go to an officer").
    // Each clause on its own: in "Fair-lending testing with BISG proxies ...: ratio at least
    // 0.88 ...; an earlier candidate model that failed the benchmark ... was rejected and never
    // deployed" the testing is not what was rejected (a review of honest files).
    if about_results
        && gone(lower)
        && lower
            .split(';')
            .any(|c| failure_of_the_work(&gone_as_failed(&super::spaced_words(c))))
    {
        return Some(Denial::Gone);
    }
    None
}

/// Whether a note's lead sentence says things happen faster than a person can stop them: "The
/// crew watches the air picture ..., but engagements complete in 2-4 seconds, faster than a
/// person can abort" (an end-to-end review read the operator's stop "in place" beside it).
/// Not denied just before ("never faster than the operator can abort"), nor of reading
/// ("faster than a person can read them"), nor a rule ("before a person can override a level,
/// they log a reason" is not read).
fn too_fast_to_stop(lower: &str) -> bool {
    if !lower.contains("fast")
        && !lower.contains("quick")
        && !lower.contains("no time")
        && !lower.contains("managed")
        && !lower.contains("able to")
    {
        return false;
    }
    let spaced = super::spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // No one has managed the stop in practice: "Operators have 3 s to veto a nomination ...;
    // in exercises nobody managed to veto anything at that speed" (a hostile review).
    let none_stopped = (0..words.len()).any(|i| {
        let nobody = match (words.get(i), words.get(i + 1)) {
            (Some(&("nobody" | "none")), _) => Some(i + 1),
            (Some(&"no"), Some(&("one" | "operator" | "operators" | "crew" | "officer"))) => {
                Some(i + 2)
            }
            _ => None,
        };
        nobody.is_some_and(|from| {
            let rest = words
                .get(from..(from + 8).min(words.len()))
                .unwrap_or_default();
            rest.iter()
                .position(|w| matches!(*w, "managed" | "able" | "succeeded" | "could"))
                .is_some_and(|p| {
                    rest.get(p + 1..)
                        .unwrap_or_default()
                        .iter()
                        .take(3)
                        .any(|w| {
                            matches!(
                                *w,
                                "abort" | "stop" | "intervene" | "cancel" | "override" | "veto"
                            )
                        })
                })
        })
    });
    if none_stopped {
        return true;
    }
    let person = |w: &str| {
        matches!(
            w,
            "person"
                | "human"
                | "operator"
                | "operators"
                | "anyone"
                | "crew"
                | "commander"
                | "officer"
                | "clinician"
                | "reviewer"
        )
    };
    let stops = |w: &str| {
        matches!(
            w,
            "abort" | "stop" | "intervene" | "react" | "cancel" | "override" | "veto" | "step"
        )
    };
    (0..words.len()).any(|i| {
        let lead = match (words.get(i), words.get(i + 1)) {
            // "faster than a person can", "too fast for the operator to"
            (Some(&("faster" | "quicker")), Some(&"than")) => Some(i + 2),
            (Some(&"too"), Some(&("fast" | "quick"))) if words.get(i + 2) == Some(&"for") => {
                Some(i + 3)
            }
            // "no time to abort"
            (Some(&"no"), Some(&"time")) => {
                return words.get(i + 2) == Some(&"to")
                    && words.get(i + 3).is_some_and(|w| stops(w))
                    && !denied_just_before(&words, i);
            }
            _ => None,
        };
        let Some(from) = lead else {
            return false;
        };
        let rest = words
            .get(from..(from + 6).min(words.len()))
            .unwrap_or_default();
        rest.iter().position(|w| person(w)).is_some_and(|p| {
            rest.get(p + 1..)
                .unwrap_or_default()
                .iter()
                .take(3)
                .any(|w| stops(w))
        }) && !denied_just_before(&words, i)
    })
}

/// Whether `spaced` (a sentence, [`super::spaced_words`]) says a weapon's force goes ahead
/// unless a person stops it, or when a countdown runs out, so that no one authorises it: "it
/// fires unless vetoed within 2 s", "approval is 'by exception'", "The operator can abort but
/// doesn't authorise each engagement", "anyone ... who doesn't answer the challenge is engaged
/// with live rounds after 10 s" (a hostile review). A veto or a default is not an approval.
/// Not where a person authorises ("fires only after the operator authorises, typically after
/// 10 s"), nor "unless the commander authorises it" (that is an approval), nor denied ("never
/// fires unless ...").
fn fires_unless_stopped(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let verb = |w: &str| firing_verb(w) || w == "engagement" || w == "engagements";
    if !words.iter().any(|w| verb(w)) {
        return false;
    }
    let vetoed = |w: &str| {
        stops_force(w)
            || matches!(
                w,
                "vetoed"
                    | "aborted"
                    | "stopped"
                    | "cancelled"
                    | "canceled"
                    | "halted"
                    | "overridden"
                    | "override"
                    | "overrides"
                    | "object"
                    | "objects"
                    | "intervene"
                    | "intervenes"
            )
    };
    // A mode denied a few words before: "there is no mode in which anything fires unless
    // vetoed", "no approval by exception" (a review of honest text).
    let ruled_out = |i: usize, n: usize| {
        words
            .get(i.saturating_sub(n)..i)
            .is_some_and(|b| b.iter().any(|x| matches!(*x, "no" | "never" | "nothing")))
    };
    // "fires unless vetoed", "engages unless the operator aborts": a veto within four words.
    let unless = words.iter().enumerate().any(|(i, w)| {
        *w == "unless"
            && !ruled_out(i, 6)
            && words
                .get(i + 1..(i + 5).min(words.len()))
                .is_some_and(|a| a.iter().any(|x| vetoed(x)) && !a.iter().any(|x| approves(x)))
            && (words
                .get(i.saturating_sub(4)..i)
                .is_some_and(|b| b.iter().any(|x| verb(x)))
                // Further off, where no one in the sentence approves: "nominations are
                // engaged after a 10-second veto window unless the commander presses Abort"
                // (a hostile review).
                || (words
                    .get(i.saturating_sub(9)..i)
                    .is_some_and(|b| b.iter().any(|x| verb(x) || weapon_verb(x)))
                    && !words.iter().any(|x| approves(x))))
            && !denied_just_before(&words, i.saturating_sub(2))
    });
    // "approval is by exception"
    let by_exception = words.windows(2).enumerate().any(|(i, p)| {
        p == ["by", "exception"]
            && !ruled_out(i, 3)
            && words
                .get(i.saturating_sub(3)..i)
                .is_some_and(|b| b.iter().any(|x| approves(x) || x.starts_with("authoris")))
    });
    // "can abort but doesn't authorise each engagement"
    let veto_only = words.iter().enumerate().any(|(i, w)| {
        vetoed(w)
            && words.get(i + 1..(i + 4).min(words.len())).is_some_and(|a| {
                a.contains(&"but")
                    && a.iter()
                        .chain(
                            words
                                .get(i + 4..(i + 6).min(words.len()))
                                .unwrap_or_default(),
                        )
                        .any(|x| matches!(*x, "not" | "t" | "never"))
            })
            && words
                .get(i + 2..(i + 7).min(words.len()))
                .is_some_and(|a| a.iter().any(|x| approves(x)))
    });
    // Force used on a countdown, where no person acts or approves in the sentence: "is
    // engaged with live rounds after 10 s".
    let timed = names_lethal_force(spaced)
        && !words.iter().any(|w| in_charge(w) || approves(w))
        && words.iter().enumerate().any(|(v, w)| {
            verb(w)
                && !denied_just_before(&words, v)
                && (v + 1..(v + 8).min(words.len())).any(|a| {
                    words.get(a) == Some(&"after")
                        && words
                            .get(a + 1)
                            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
                        && words.get(a + 2).is_some_and(|u| {
                            matches!(
                                *u,
                                "s" | "sec"
                                    | "secs"
                                    | "second"
                                    | "seconds"
                                    | "min"
                                    | "mins"
                                    | "minute"
                                    | "minutes"
                            )
                        })
                })
        });
    unless || by_exception || veto_only || timed
}

/// Whether a word of denial stands among the three before `i`.
fn denied_just_before(words: &[&str], i: usize) -> bool {
    among_three_before(words, i, &["not", "never", "t", "no"])
}

/// Whether one of `these` stands among the three words before `i`: the reach of a denial, or
/// of a word such as "will", over what it governs.
pub(super) fn among_three_before(words: &[&str], i: usize, these: &[&str]) -> bool {
    words
        .get(i.saturating_sub(3)..i)
        .unwrap_or_default()
        .iter()
        .any(|w| these.contains(w))
}

/// Whether a note's lead sentence says people cannot contest the outcome: "Applicants cannot
/// appeal; the decision is final", "No appeal process yet" (a compliance review saw each beside
/// an appeal to a person answered in place). Not of some cases or channels only ("Applicants who
/// cannot appeal online call the branch").
///
/// `whole`: `lower` is the whole note, not its lead sentence. Then only an appeal that no
/// person hears or that the machine decides counts, and "no one reads" only where no person
/// is said to decide ("No one reads the model's queue score during a reconsideration; a
/// decision maker who was not involved decides": a review of honest notes). An appeal the
/// machine runs again is read only so, where a person may decide in another sentence.
fn no_way_to_contest(lower: &str, whole: bool) -> bool {
    if !(lower.contains("appeal")
        || lower.contains("appel")
        || lower.contains("apeal")
        || lower.contains("contest")
        || lower.contains("challenge")
        || lower.contains("reconsideration")
        || lower.contains("disput")
        || lower.contains("escalat")
        || lower.contains("triage")
        || lower.contains("resubmi")
        || (whole && (lower.contains("helpline") || lower.contains("complain"))))
    {
        return false;
    }
    const DENIED: &[&[&str]] = &[
        &["cannot", "appeal"],
        &["can", "not", "appeal"],
        &["can", "t", "appeal"],
        &["unable", "to", "appeal"],
        &["not", "able", "to", "appeal"],
        &["no", "way", "to", "appeal"],
        &["cannot", "contest"],
        &["can", "t", "contest"],
        &["cannot", "challenge"],
        // "the band cannot be challenged at the hearing" (an end-to-end review)
        &["cannot", "be", "challenged"],
        &["can", "not", "be", "challenged"],
        &["cannot", "be", "contested"],
        &["cannot", "be", "appealed"],
        &["can", "t", "be", "appealed"],
        &["can", "t", "be", "challenged"],
        &["not", "open", "to", "challenge"],
        &["no", "way", "to", "challenge"],
        &["no", "way", "to", "contest"],
        &["no", "way", "for", "them", "to", "challenge"],
        &["no", "way", "for", "them", "to", "appeal"],
        &["no", "way", "for", "them", "to", "contest"],
        &["not", "open", "to", "reconsideration"],
        &["not", "open", "to", "appeal"],
        &["no", "right", "of", "appeal"],
        &["no", "right", "to", "appeal"],
        &["no", "appeal"],
        // "Claimants on a student visa get no reconsideration" (a hostile review).
        &["no", "reconsideration"],
        // "offenders have no route to dispute the reoffending band", "there is nobody to
        // escalate to" (a hostile review).
        &["cannot", "dispute"],
        &["can", "t", "dispute"],
        &["nobody", "to", "escalate", "to"],
        &["no", "one", "to", "escalate", "to"],
        &["nobody", "to", "appeal", "to"],
        &["no", "one", "to", "appeal", "to"],
    ];
    let spaced = super::spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // An appeal no person reads, or answered by the model itself, is no way to contest it:
    // "Applicants may 'appeal' by e-mail, but the reply is generated by the same model and
    // nobody reads them", "the appeals inbox is not monitored", "answered automatically by the
    // same scoring model" (reviews of the new readings). Said after the appeal, and not denied
    // just before ("not by the same model").
    // Misspelt too: "Appels go to the scoring algoritm" (a review of the new readings).
    // A helpline or complaint is the way back too, over a whole note: "can ring the helpline,
    // but ... whether it unlocks is decided by the model's overnight re-score" (a hostile
    // review).
    // Or in the domain's own word: "re-triage requests go to a shared inbox that hasn't been
    // monitored", "resubmissions are simply re-scored by the same model" (a tenth hostile
    // review).
    let appeal_at = words.iter().enumerate().position(|(i, w)| {
        w.starts_with("appeal")
            || matches!(*w, "appel" | "appels" | "apeal" | "apeals")
            || *w == "reconsideration"
            || *w == "retriage"
            || w.starts_with("resubmission")
            || (*w == "triage" && i.checked_sub(1).and_then(|j| words.get(j)) == Some(&"re"))
            || (whole && (w.starts_with("disput") || w.starts_with("complain") || *w == "helpline"))
    });
    // A person reached only outside the team's own route is no person deciding the appeal:
    // "Only a complaint to the Financial Ombudsman brings a person back in" (an end-to-end
    // review saw an appeal the model re-scores kept in place by it).
    let outside_only = |s: &str| {
        ["ombudsman", "regulator", "court"]
            .iter()
            .any(|b| s.contains(b))
            && (s.contains("only") || s.contains("unless") || s.contains("except"))
    };
    let decider_text: String = lower
        .split(". ")
        .filter(|s| !outside_only(s))
        .collect::<Vec<_>>()
        .join(". ");
    let decider_spaced = super::spaced_words(&decider_text);
    let dwords: Vec<&str> = decider_spaced.split_whitespace().collect();
    let denied_before = |i: usize| {
        words
            .get(i.saturating_sub(4)..i)
            .unwrap_or_default()
            .iter()
            .any(|b| matches!(*b, "not" | "never" | "t"))
    };
    // An answer sent automatically before a person decides is a receipt: "answered
    // automatically with a reference number ..., then a senior officer decides" (a review of
    // honest notes).
    let a_person_decides = dwords.iter().enumerate().any(|(k, w)| {
        matches!(
            *w,
            "officer"
                | "officers"
                | "person"
                | "human"
                | "handler"
                | "reviewer"
                | "manager"
                | "underwriter"
                | "caseworker"
                | "staff"
                | "maker"
                | "makers"
                | "panel"
                | "tribunal"
                | "adjudicator"
                | "analyst"
                | "analysts"
                | "consultant"
                | "consultants"
        ) && !k
            .checked_sub(1)
            .and_then(|j| dwords.get(j))
            .is_some_and(|b| matches!(*b, "no" | "nobody" | "without"))
            // "there isn't a human route" (a tenth hostile review) names none.
            && !(k
                .checked_sub(1)
                .and_then(|j| dwords.get(j))
                .is_some_and(|b| matches!(*b, "a" | "an" | "any"))
                && k.checked_sub(2)
                    .and_then(|j| dwords.get(j))
                    .is_some_and(|b| matches!(*b, "no" | "not" | "t" | "never")))
            // "reviewed by the decision engine, not by staff"
            && dwords.get(k.saturating_sub(2)..k) != Some(&["not", "by"][..])
            // "Appeals are not heard by a person" names the person it denies (a review of
            // the new readings).
            && !(0..=1).any(|n| {
                k.checked_sub(3 + n)
                    .and_then(|j| dwords.get(j..k - n))
                    .is_some_and(|w| {
                        matches!(w, [not, _, by] if matches!(*not, "not" | "never") && *by == "by")
                    })
                    && (n == 0
                        || matches!(
                            k.checked_sub(1).and_then(|j| dwords.get(j)),
                            Some(&("a" | "an" | "the" | "any"))
                        ))
            })
    });
    let no_one = |i: usize| match (words.get(i), words.get(i + 1), words.get(i + 2)) {
        (Some(&"nobody"), Some(v), _)
        | (Some(&"no"), Some(&("one" | "person" | "human")), Some(v)) => {
            matches!(
                *v,
                "reads" | "read" | "looks" | "monitors" | "checks" | "answers" | "reviews"
            )
            // "no person decides" (a hostile review); not "no person decides an appeal they
            // were involved in".
            || (matches!(*v, "decides" | "decide")
                && !words
                    .get(i + 3..(i + 9).min(words.len()))
                    .unwrap_or_default()
                    .iter()
                    .any(|w| matches!(*w, "who" | "that" | "they" | "involved" | "alone" | "own")))
        }
        // "the shared mailbox is not monitored at weekends, so requests ... are decided by a
        // senior caseworker" is read on Monday (a review of honest notes).
        // Contracted and in the perfect too: "Mailbox hasn't been monitored since the team
        // moved floors", "the form isn't watched on weekends" (a sixth review).
        (Some(&("not" | "t")), Some(&("been" | "being")), Some(&w))
        | (Some(&("not" | "t")), Some(&w), _)
            if matches!(w, "monitored" | "watched" | "staffed") =>
        {
            !a_person_decides
        }
        (Some(&("unmonitored" | "unwatched" | "unstaffed")), _, _) => !a_person_decides,
        // Without the apostrophe: "the mailbox isnt monitored by anyone" (an eighth hostile
        // review).
        (Some(&("isnt" | "arent" | "wasnt" | "werent" | "hasnt" | "havent")), Some(&w), v)
            if matches!(w, "monitored" | "watched" | "staffed")
                || (w == "been"
                    && v.is_some_and(|v| matches!(*v, "monitored" | "watched" | "staffed"))) =>
        {
            !a_person_decides
        }
        (Some(&"not"), Some(&"read"), Some(&"by")) => words
            .get(i + 3)
            .is_some_and(|w| matches!(*w, "anyone" | "anybody")),
        // "Appeals are not heard by a person" (a review of the new readings).
        (
            Some(&("not" | "never")),
            Some(&("heard" | "seen" | "considered" | "decided" | "reviewed" | "read")),
            Some(&"by"),
        ) => {
            let at = match words.get(i + 3) {
                Some(&("a" | "an" | "any")) => i + 4,
                _ => i + 3,
            };
            // Not one person picked out: "not heard by a person who took the first decision".
            words
                .get(at)
                .is_some_and(|w| matches!(*w, "person" | "human" | "anyone" | "anybody" | "people"))
                && !matches!(words.get(at + 1), Some(&("who" | "that" | "involved")))
        }
        // "by e-mail to noreply@...", "no staff are assigned to the appeals queue"
        (Some(&("noreply" | "donotreply")), _, _) => true,
        // "We have not assigned anyone to handle appeals"
        (Some(&"not"), Some(&"assigned"), Some(&("anyone" | "anybody" | "staff"))) => true,
        (Some(&"no"), Some(&("staff" | "officer" | "officers")), Some(&("are" | "is")))
            if words.get(i + 3) == Some(&"assigned") =>
        {
            true
        }
        _ => false,
    };
    // Past where they sit: "no one on the ops team reads it" (a ninth hostile review).
    let no_one_there = |i: usize| {
        let from = match (words.get(i), words.get(i + 1)) {
            (Some(&"nobody"), _) => i + 1,
            (Some(&"no"), Some(&("one" | "person" | "human"))) => i + 2,
            _ => return false,
        };
        matches!(words.get(from), Some(&("on" | "in" | "from" | "at" | "of")))
            && words
                .get(from + 1..(from + 6).min(words.len()))
                .is_some_and(|n| {
                    n.iter().any(|v| {
                        matches!(
                            *v,
                            "reads"
                                | "read"
                                | "looks"
                                | "monitors"
                                | "checks"
                                | "answers"
                                | "reviews"
                        )
                    })
                })
    };
    // Or before the appeals they do not read: "No person reads the appeals." (a ninth hostile
    // review), the appeal a few words past the verb.
    let unread_before = |a: usize| {
        (a.saturating_sub(5)..a).any(|i| {
            (no_one(i) || no_one_there(i))
                && !denied_before(i)
                && !(whole && a_person_decides)
                && (i + 1..a).all(|k| {
                    words.get(k).is_some_and(|w| {
                        matches!(
                            *w,
                            "one"
                                | "person"
                                | "human"
                                | "reads"
                                | "read"
                                | "looks"
                                | "at"
                                | "monitors"
                                | "checks"
                                | "answers"
                                | "reviews"
                                | "the"
                                | "their"
                                | "any"
                                | "these"
                                | "those"
                                | "such"
                        )
                    })
                })
        })
    };
    // A machine among the words from `from` to `to`: "the [scoring] model", "the chatbot".
    let machine_in = |from: usize, to: usize| {
        words
            .get(from..to.min(words.len()))
            .is_some_and(|n| n.iter().any(|m| a_machine(m)))
    };
    // What the model is said to decide none of: "none is decided by the model", "no request
    // is decided by the model", "is not decided by the model" (a hostile review of the
    // verdicts saw honest notes refused as appeals the model decides).
    let none_by_it = |i: usize| {
        let before = |n: usize| i.checked_sub(n).and_then(|j| words.get(j)).copied();
        matches!(before(1), Some("not" | "never" | "t"))
            || (matches!(
                before(1),
                Some("is" | "are" | "was" | "were" | "gets" | "get")
            ) && (2..=4).any(|n| {
                matches!(before(n), Some("none" | "no" | "nobody"))
                    && (2..n).all(|m| {
                        before(m).is_some_and(|w| {
                            !matches!(w, "and" | "but" | "so" | "then" | "is" | "are")
                        })
                    })
            }))
    };
    let the_model = |i: usize| {
        // "by the same [scoring] model", "answered automatically", "re-decided by the model";
        // not "the same model is not used to re-decide".
        (words.get(i) == Some(&"same")
            && words
                .get(i + 1..(i + 3).min(words.len()))
                .is_some_and(|n| {
                    n.contains(&"model")
                        // "the appeal form routes back into the same summariser" (a ninth
                        // hostile review), where no person decides.
                        || (!a_person_decides
                            && n.iter().any(|m| {
                                matches!(
                                    *m,
                                    "summariser" | "summarizer" | "classifier" | "scorer" | "chatbot"
                                )
                            }))
                })
            // Scored again by it where a person decides: "Simple data corrections are
            // re-scored by the same model after the officer checks them, and the officer makes
            // the decision" (a review of honest notes, read whole once a reconsideration was an
            // appeal).
            && !(a_person_decides
                && i.checked_sub(3).and_then(|j| words.get(j)).is_some_and(|v| {
                    matches!(
                        *v,
                        "scored" | "rescored" | "checked" | "run" | "rerun" | "evaluated"
                    )
                }))
            && !words
                .get(i + 1..(i + 6).min(words.len()))
                .is_some_and(|n| n.iter().any(|w| matches!(*w, "not" | "never" | "t"))))
            || (matches!(
                words.get(i),
                Some(
                    &("answered"
                        | "decided"
                        | "handled"
                        | "processed"
                        | "generated"
                        | "run"
                        | "rerun"
                        | "scored"
                        | "rescored"
                        | "checked"
                        | "reviewed"
                        // "re-evaluated by the model", "closed automatically" (a review of the
                        // new readings)
                        | "evaluated"
                        | "reevaluated"
                        | "assessed"
                        | "reassessed"
                        | "closed"
                        | "resolved")
                )
            ) && ((words.get(i + 1) == Some(&"automatically") && !a_person_decides)
                // "decided by the [scoring] model", "by the chatbot", "by the AI", "handled
                // end to end by the chatbot"
                // Scored or checked by the model before a person decides is no decision by
                // it: "re-scored by the model and then reviewed by a senior caseworker, who
                // decides" (a review of honest notes).
                || ((!a_person_decides
                    || matches!(words.get(i), Some(&("answered" | "decided" | "handled"))))
                    && !none_by_it(i)
                    && (0..=3).any(|gap| {
                        words.get(i + 1 + gap..i + 3 + gap) == Some(&["by", "the"][..])
                            && machine_in(i + 3 + gap, i + 5 + gap)
                    }))))
    };
    // "An appeal triggers a re-run of the score", "appeals go to the scoring algoritm, which
    // re-scores the application" (a review of the new readings): the machine decides again,
    // where no person does.
    let machine_again = |i: usize| {
        let rerun = matches!(
            words.get(i),
            Some(
                &("rerun"
                    | "reruns"
                    | "rerunning"
                    | "rescore"
                    | "rescores"
                    | "rescored"
                    | "rescoring")
            )
        ) || (words.get(i) == Some(&"re")
            && matches!(
                words.get(i + 1),
                Some(
                    &("run"
                        // "the disputes desk re-runs the score on the same data" (a hostile
                        // review)
                        | "runs"
                        | "running"
                        | "score"
                        | "scores"
                        | "scored"
                        | "scoring"
                        | "evaluated"
                        | "evaluates")
                )
            ));
        // "An appeal resubmits the application to the model"
        let sent_to_it = matches!(
            words.get(i),
            Some(
                &("go"
                    | "goes"
                    | "sent"
                    | "routed"
                    | "passed"
                    | "forwarded"
                    | "resubmits"
                    | "resubmitted"
                    | "submits"
                    | "submitted")
            )
        ) && (i + 1..i + 5).any(|t| {
            // "to the model", or after its object: "resubmits the application to the model"
            words.get(t..t + 2) == Some(&["to", "the"][..]) && machine_in(t + 2, t + 4)
        });
        // Read over the whole note only, where a person said to decide in another sentence
        // counts ("Appeals are sent to the model again with updated bureau data. A human
        // underwriter then makes the decision": a review of honest notes).
        whole && !a_person_decides && (rerun || sent_to_it)
    };
    // The person named said not to look at the appeal: "Applicants can appeal to a credit
    // officer. The model is re-run and its result is sent; the officer does not look at the
    // file." (a thirteenth review). Not the first decider ("the original officer does not see
    // the appeal"), a condition ("if the officer does not open the file within 10 days"), what
    // is kept from them ("does not look at the score"), a way round ("the panel does not read
    // the file itself but hears the applicant"), nor a conflict kept out ("staff do not look
    // at appeals from their own branch").
    let looks_away = |i: usize| {
        if !matches!(
            words.get(i),
            Some(
                &("officer"
                    | "officers"
                    | "person"
                    | "reviewer"
                    | "reviewers"
                    | "underwriter"
                    | "underwriters"
                    | "caseworker"
                    | "caseworkers"
                    | "manager"
                    | "panel"
                    | "handler"
                    | "handlers"
                    | "staff")
            )
        ) || words.get(i.saturating_sub(3)..i).is_some_and(|b| {
            b.iter().any(|w| {
                matches!(
                    *w,
                    "if" | "unless"
                        | "when"
                        | "until"
                        | "first"
                        | "original"
                        | "same"
                        | "initial"
                        | "previous"
                        | "deciding"
                        | "who"
                        | "no"
                )
            })
        }) {
            return false;
        }
        let (verb, at) = match words.get(i + 1..(i + 4).min(words.len())) {
            Some(
                [
                    "does" | "do" | "did" | "will" | "would" | "is" | "are",
                    "not" | "never",
                    v,
                ]
                | ["doesn" | "don" | "didn" | "won" | "wouldn", "t", v],
            ) => (*v, i + 3),
            Some(["doesnt" | "dont" | "didnt" | "wont" | "never", v, ..]) => (*v, i + 2),
            _ => return false,
        };
        let reads = matches!(
            verb,
            "look"
                | "looks"
                | "read"
                | "reads"
                | "open"
                | "opens"
                | "see"
                | "sees"
                | "review"
                | "reviews"
                | "check"
                | "checks"
                | "examine"
                | "examines"
                | "consider"
                | "considers"
        );
        let after = words
            .get(at + 1..(at + 9).min(words.len()))
            .unwrap_or_default();
        let object = after.iter().find(|w| {
            !matches!(
                **w,
                "at" | "the" | "their" | "its" | "his" | "her" | "any" | "a" | "an"
            )
        });
        reads
            && object.is_some_and(|o| {
                matches!(
                    *o,
                    "file"
                        | "files"
                        | "appeal"
                        | "appeals"
                        | "case"
                        | "cases"
                        | "application"
                        | "applications"
                        | "it"
                        | "them"
                        | "request"
                        | "requests"
                        | "evidence"
                        | "claim"
                        | "claims"
                        | "papers"
                        | "documents"
                        | "letter"
                        | "submission"
                        | "complaint"
                        | "dispute"
                )
            })
            && !after.iter().any(|w| {
                matches!(
                    *w,
                    "until"
                        | "before"
                        | "unless"
                        | "if"
                        | "except"
                        | "itself"
                        | "instead"
                        | "but"
                        | "rather"
                        | "own"
                        | "another"
                        | "other"
                        | "involved"
                )
            })
    };
    if let Some(a) = appeal_at
        && ((a + 1..words.len()).any(|i| {
            (((no_one(i) || no_one_there(i)) && !(whole && a_person_decides))
                || the_model(i)
                || machine_again(i)
                || looks_away(i))
                && !denied_before(i)
        }) || unread_before(a))
    {
        return true;
    }
    // The way back kept from the people it is for, or its decider gone: "in practice nobody
    // tells them they can, and the charge nurse role was cut" (a hostile review of the
    // verdicts).
    const UNUSABLE: &[&[&str]] = &[
        &["nobody", "tells", "them", "they", "can"],
        &["no", "one", "tells", "them", "they", "can"],
        &["nobody", "tells", "them", "about", "it"],
        &["not", "told", "they", "can"],
        &["never", "told", "they", "can"],
        // An appeal on paper only: "the phone line for it was never set up and no applicant
        // has ever been re-decided", "guidance tells staff to discourage requests" (a second
        // hostile review of the verdicts).
        &["was", "never", "set", "up"],
        &["has", "never", "been", "set", "up"],
        &["no", "applicant", "has", "ever", "been"],
        &["no", "claimant", "has", "ever", "been"],
        &["no", "patient", "has", "ever", "been"],
        &["nobody", "has", "ever", "been", "re"],
        &["no", "one", "is", "assigned", "to", "answer"],
        &["nobody", "is", "assigned", "to", "answer"],
        &["none", "has", "been", "answered"],
        &["exists", "on", "paper"],
        &["only", "on", "paper"],
        &["no", "longer", "mentions", "it"],
        &["to", "discourage", "requests"],
        &["to", "discourage", "appeals"],
        &["to", "discourage", "them"],
        &["discourages", "requests"],
        &["discourages", "appeals"],
        &["role", "was", "cut"],
        &["role", "has", "been", "cut"],
        &["post", "was", "cut"],
        &["role", "was", "abolished"],
        &["post", "was", "abolished"],
        &["role", "is", "vacant"],
        &["post", "is", "vacant"],
        &["position", "is", "vacant"],
        // A route that leads nowhere, or a case that can no longer be looked at again (a
        // hostile review of the verdicts): "refer the caller back to the website, which has no
        // reconsideration option", "a withdrawn claim can't be reconsidered".
        &["has", "no", "reconsideration", "option"],
        &["no", "reconsideration", "option"],
        &["has", "no", "appeal", "option"],
        &["no", "option", "to", "appeal"],
        &["no", "way", "to", "appeal"],
        &["refer", "the", "caller", "back"],
        &["refers", "the", "caller", "back"],
        &["can", "t", "be", "reconsidered"],
        &["cannot", "be", "reconsidered"],
        &["can", "t", "be", "appealed"],
        &["cannot", "be", "appealed"],
        &["can", "no", "longer", "be", "reconsidered"],
        &["can", "no", "longer", "be", "appealed"],
        // A second hostile review of the verdicts: the window closed before the letter comes,
        // a post never filled, no route for those offline, requests that time out or are
        // closed unread, a fee.
        &["window", "has", "usually", "closed"],
        &["window", "has", "closed", "before"],
        &["never", "been", "filled"],
        &["have", "no", "internet", "access"],
        &["no", "phone", "or", "paper", "route"],
        &["by", "which", "time", "most"],
        &["original", "decline", "stands"],
        &["original", "decision", "stands"],
        &["are", "closed", "unread"],
        &["re", "assessment", "fee"],
        &["appeal", "fee", "of"],
        &["member", "plus", "benefit"],
        &["other", "applicants", "can", "re", "apply"],
    ];
    // Not denied just before: "Reconsideration is not only on paper".
    if whole
        && (0..words.len()).any(|i| {
            UNUSABLE
                .iter()
                .any(|p| words.get(i..i + p.len()) == Some(*p))
                && !denied_before(i)
        })
    {
        return true;
    }
    if whole {
        return false;
    }
    // "no route to dispute", "no means to challenge", "no process for contesting" (a hostile
    // review's "offenders have no route to dispute the reoffending band").
    if words.windows(4).any(|w| {
        matches!(
            w,
            ["no", "route" | "way" | "means" | "mechanism" | "channel" | "process" | "procedure", "to" | "for" | "of", v]
                if v.starts_with("disput")
                    || v.starts_with("appeal")
                    || v.starts_with("challeng")
                    || v.starts_with("contest")
                    || v.starts_with("escalat")
        )
    }) {
        return true;
    }
    // A fee, charge or cost: "There is no appeal process fee" says the appeal is free.
    let costs = |k: usize| {
        words.get(k..k + 2).is_some_and(|w| {
            w.iter()
                .any(|x| matches!(*x, "fee" | "fees" | "charge" | "charges" | "cost" | "costs"))
        })
    };
    (0..words.len()).any(|i| {
        DENIED.iter().any(|p| {
            !costs(i + p.len())
                && words.get(i..i + p.len()) == Some(*p)
                // What cannot be challenged is the outcome, not the model's workings: "the
                // score itself cannot be challenged, but the decision can".
                && !(p.contains(&"be")
                    && {
                        // The subject, past "itself": "the score itself", not "the decision
                        // itself cannot be contested" (a review of the new readings).
                        let back = if i.checked_sub(1).and_then(|j| words.get(j)) == Some(&"itself") {
                            2
                        } else {
                            1
                        };
                        i.checked_sub(back).and_then(|j| words.get(j)).is_some_and(|w| {
                            matches!(*w, "score" | "scores" | "model" | "algorithm" | "weights")
                        })
                    })
                && words.get(i + p.len()).is_none_or(|n| {
                    matches!(
                        *n,
                        "the"
                            | "a"
                            | "an"
                            | "it"
                            | "this"
                            | "these"
                            | "decisions"
                            | "decision"
                            | "against"
                            | "and"
                            | "process"
                            | "route"
                            | "is"
                            | "exists"
                            | "yet"
                            | "possible"
                            | "available"
                            | "line"
                            | "channel"
                            | "mechanism"
                            | "outcomes"
                            | "rejections"
                            | "declines"
                            | "at"
                    )
                })
        })
    })
}

/// `spaced` with the word that says the work is gone written "failed", for
/// [`failure_of_the_work`] to read what it is said of.
fn gone_as_failed(spaced: &str) -> String {
    let mut out = String::with_capacity(spaced.len());
    let mut done = false;
    for w in spaced.split_whitespace() {
        out.push(' ');
        if !done
            && matches!(
                w,
                "rejected"
                    | "withdrawn"
                    | "revoked"
                    | "retracted"
                    | "rescinded"
                    | "invalidated"
                    | "lapsed"
                    | "expired"
                    | "abandoned"
                    | "cancelled"
                    | "canceled"
                    | "discontinued"
                    | "dropped"
                    | "descoped"
            )
        {
            out.push_str("failed");
            done = true;
        } else {
            out.push_str(w);
        }
    }
    out.push(' ');
    out
}

/// Words for the work that open or close a subject ("bias testing", "the fairness audit").
const WORK_NOUNS: &[&str] = &[
    "testing",
    "test",
    "tests",
    "validation",
    "validations",
    "evaluation",
    "evaluations",
    "audit",
    "audits",
    "assessment",
    "analysis",
    "check",
    "checks",
    "teaming",
    "exercise",
    // What a review or an appeal answer shows: "The reconsideration line was discontinued",
    // "Reconsideration: not available".
    "route",
    "process",
    "line",
    "workflow",
    "procedure",
    "review",
    "reconsideration",
    "appeal",
    // "The bias comparison by disability and ethnicity was planned but not carried out" (a
    // tenth hostile review).
    "comparison",
    "comparisons",
];

/// Words that may stand before the work and name no kind of it.
const SUBJECT_FILLER: &[&str] = &[
    "the", "our", "its", "their", "a", "an", "this", "that", "and", "or", "any", "all", "of",
    "real", "actual", "full", "proper",
];

/// The words of a kind of work `spaced` names ("bias testing" gives "bias"; "testing" none), or
/// `None` where it names no work, or something beside it ("the next bias audit", "paediatric
/// patients", "re-validation").
fn work_named(spaced: &str) -> Option<Vec<String>> {
    // Also named as the work's kind; "next", "further", "annual", "re" and the like are not.
    const NOT_KIND: &[&str] = &[
        "next",
        "further",
        "another",
        "second",
        "third",
        "annual",
        "quarterly",
        "monthly",
        "periodic",
        "ongoing",
        "future",
        "follow",
        "repeat",
        "re",
        "new",
        "later",
        "additional",
        "extra",
        "more",
        "model",
        "system",
        "tool",
        "earlier",
        "previous",
        "prior",
        "old",
        "first",
        "initial",
        "vendor",
        "supplier",
    ];
    // A subject that says where or what came of the work is not the work ("failure in the bias
    // tests", "differences between groups in testing").
    const NOT_OF_KIND: &[&str] = &[
        "in",
        "on",
        "for",
        "with",
        "by",
        "from",
        "to",
        "at",
        "between",
        "failure",
        "failures",
        "issue",
        "issues",
        "problem",
        "problems",
        "difference",
        "differences",
        "gap",
        "gaps",
        "change",
        "changes",
        "results",
        "result",
        "sign",
        "signs",
        "evidence",
    ];
    // "The red team has not been done" (a tenth hostile review): the team is the work.
    let red_team;
    let spaced = if spaced.contains(" red team ") {
        red_team = spaced.replace(" red team ", " red teaming ");
        red_team.as_str()
    } else {
        spaced
    };
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 8
        || !words.iter().any(|w| WORK_NOUNS.contains(w))
        || words.iter().any(|w| {
            NOT_KIND.contains(w) || NOT_OF_KIND.contains(w) || w.chars().any(|c| c.is_ascii_digit())
        })
    {
        return None;
    }
    // "bias testing and robustness testing", "the red-team exercise and the bias test": each
    // part ends with a word for the work.
    let parts_end_with_work = spaced
        .split(" and ")
        .flat_map(|p| p.split(" or "))
        .all(|p| {
            let p: Vec<&str> = p.split_whitespace().collect();
            p.is_empty() || p.last().is_some_and(|w| WORK_NOUNS.contains(w))
        });
    let kind: Vec<String> = words
        .iter()
        .filter(|w| !WORK_NOUNS.contains(w) && !SUBJECT_FILLER.contains(w))
        .map(|w| (*w).to_string())
        .collect();
    // "bias or robustness tests": kinds before one word for the work.
    (parts_end_with_work || kind.len() <= 3).then_some(kind)
}

/// What one clause (lowercase) says against the work it names, with the kind named, in the
/// wordings a team writes: "Bias testing has not been done", "Robustness testing is scheduled
/// for Q1 2027", "We skipped the bias test", "We never ran the fair-lending tests", "Nobody has
/// tested the model for bias", "No bias testing was done", "There was no bias testing",
/// "Bias testing: not performed", "Pending: bias testing, robustness testing", "v4 in
/// production has not been tested", and in German, French and Spanish.
fn clause_denial(clause: &str) -> Option<(Denial, Option<Vec<String>>)> {
    // Most clauses of a summary give results: none of these words, nothing to read further.
    if !has_denial_key(clause) || model_not_rerun(clause) {
        return None;
    }
    let found = clause_denial_read(clause)?;
    // Not where the clause dates work done, nor a redo left undone because nothing changed
    // ("Validation not repeated since v2.3 because the model has not changed since": a review
    // of honest summaries).
    let spaced = super::spaced_words(clause);
    let unchanged = UNCHANGED.iter().any(|w| {
        spaced
            .match_indices(w)
            .any(|(i, _)| spaced.get(..i).is_some_and(|b| b.ends_with(' ')))
    });
    (!unchanged && !super::dates_work_done(clause)).then_some(found)
}

/// [`clause_denial`]'s reading, before what excuses it.
fn clause_denial_read(clause: &str) -> Option<(Denial, Option<Vec<String>>)> {
    const DONE: &[&str] = &[
        "done",
        "performed",
        "run",
        "ran",
        "carried",
        "completed",
        "complete",
        "conducted",
        "started",
        "undertaken",
        "finished",
        "executed",
        "possible",
        "repeated",
        "redone",
        "rerun",
        "happened",
        "happen",
        "taken",
        "occurred",
        "tested",
        "validated",
        "evaluated",
        "exist",
        "implemented",
        "introduced",
        "available",
        "operational",
    ];
    const NEGATED: &[&str] = &[
        " has not been ",
        " have not been ",
        " hasn t been ",
        " haven t been ",
        " has never been ",
        " have never been ",
        " was not ",
        " were not ",
        " wasn t ",
        " weren t ",
        " was never ",
        " were never ",
        " is not ",
        " are not ",
        " isn t ",
        " aren t ",
        " is not yet ",
        " are not yet ",
        " not ",
        " not yet ",
        " has not ",
        " have not ",
        " hasn t ",
        " haven t ",
        " did not ",
        " didn t ",
        " does not ",
        " doesn t ",
        " never ",
    ];
    const TO_COME: &[&str] = &[
        " is scheduled ",
        " are scheduled ",
        " is planned ",
        " are planned ",
        " is pending ",
        " are pending ",
        " pending ",
        " is due ",
        " are due ",
        " is still to ",
        " are still to ",
        " has yet to ",
        " have yet to ",
        " is yet to ",
        " are yet to ",
        " will be ",
        " is to be ",
        " are to be ",
        " is in progress ",
        " are in progress ",
        " in progress ",
        " is under way ",
        " is underway ",
        " tbd ",
        " tbc ",
        " to do ",
        " to follow ",
        " not yet started ",
        " not started ",
        " remains to be ",
        " remain to be ",
        " is outstanding ",
        " are outstanding ",
        // "bias testing by nationality and disability deferred to phase 2" (a ninth hostile
        // review).
        " deferred ",
        " is deferred ",
        " was deferred ",
        " has been deferred ",
        " postponed ",
        " was postponed ",
        " has been postponed ",
    ];
    const LEFT_OUT: &[&str] = &[
        " was skipped ",
        " were skipped ",
        " has been skipped ",
        " have been skipped ",
        " was waived ",
        " were waived ",
        " has been waived ",
        " was dropped ",
        " were dropped ",
        " was omitted ",
        " were omitted ",
        " was descoped ",
        " was de scoped ",
        " was discontinued ",
        " were discontinued ",
        " was abolished ",
        " has been discontinued ",
        " was cancelled ",
        " were cancelled ",
        " was canceled ",
        " were canceled ",
        " was abandoned ",
        " were abandoned ",
        " was stopped ",
        " is untested ",
        " are untested ",
        " remains untested ",
        " is unvalidated ",
        " was never started ",
    ];
    const ROUTINE: &[&str] = &[
        "every",
        "each",
        "quarterly",
        "monthly",
        "weekly",
        "annually",
        "annual",
        "yearly",
        "regularly",
        "routinely",
        "periodically",
        "again",
        "also",
        "continuously",
        "next",
    ];
    // Status words after a colon ("Bias testing: not performed", "bias: none", "bias testing:
    // ✗"), read only where they are all the clause says after it.
    const STATUS_NOT: &[&str] = &[
        "skipped",
        "not performed",
        "not done",
        "not run",
        "not started",
        "not yet",
        "not yet done",
        "not yet run",
        "not yet performed",
        "not applicable for now",
        "no",
        "none",
        "none yet",
        "pending",
        "to follow",
        "to do",
        "todo",
        "tbd",
        "tbc",
        "n a",
        "n a yet",
        "outstanding",
        "open",
        "missing",
        "waived",
        "dropped",
        "omitted",
        "not available",
        "unavailable",
        "not offered",
        "suspended",
    ];
    const FOREIGN: &[&str] = &[
        "nicht durchgeführt",
        "nicht erfolgt",
        "nicht gemacht",
        "nicht vorgenommen",
        "se omitieron",
        "se omitió",
    ];
    let spaced = super::spaced_words(clause);
    if spaced.trim().is_empty() {
        return None;
    }
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let routine = words.iter().any(|w| ROUTINE.contains(w));
    // Other languages: the kind is in their words, so the denial speaks for all the work.
    let foreign_words = [
        "nicht", "niet", "non ", "no se", "se omit", "não", "n ont", "n a pas",
    ];
    if (!clause.is_ascii() || foreign_words.iter().any(|w| spaced.contains(w)))
        && (NOT_DONE_FOREIGN
            .iter()
            .chain(FOREIGN)
            .any(|p| spaced.contains(p) || clause.contains(p))
            || super::NOT_DONE_CJK.iter().any(|p| clause.contains(p)))
    {
        return Some((Denial::NotDone, Some(Vec::new())));
    }
    // Several statuses run together, as lines joined: "Status of other tests bias: not
    // performed robustness: not performed".
    if clause.matches(':').count() > 1 {
        let segments: Vec<String> = clause.split(':').map(super::spaced_words).collect();
        let mut left: Vec<&str> = segments
            .first()
            .map(|s| s.split_whitespace().rev().take(2).collect::<Vec<_>>())
            .unwrap_or_default();
        left.reverse();
        for seg in segments.iter().skip(1) {
            let words: Vec<&str> = seg.split_whitespace().collect();
            // The longest status the segment opens with.
            let status = (1..=words.len().min(4)).rev().find(|&n| {
                words
                    .get(..n)
                    .is_some_and(|w| STATUS_NOT.contains(&w.join(" ").as_str()))
            });
            if status.is_some()
                && !left.is_empty()
                && left.len() <= 2
                && left.iter().all(|w| !w.chars().any(|c| c.is_ascii_digit()))
            {
                let kind = left
                    .iter()
                    .filter(|w| !WORK_NOUNS.contains(*w) && !SUBJECT_FILLER.contains(*w))
                    .map(|w| (*w).to_string())
                    .collect();
                return Some((Denial::NotDone, Some(kind)));
            }
            // What follows the status is the next item's name.
            left = words
                .get(status.unwrap_or(words.len())..)
                .unwrap_or_default()
                .to_vec();
        }
        return None;
    }
    // "Bias testing: not performed", "Pending: bias testing, robustness testing".
    if let Some((left, right)) = clause.rsplit_once(':') {
        let left = super::spaced_words(left.rsplit(['/', ',']).next().unwrap_or_default());
        let right_raw = right.trim().trim_end_matches(['.', '!']);
        let right = super::spaced_words(right_raw);
        // Any part of it: "not applicable for now, to follow".
        let status = |s: &str| {
            // "none at present", "not available yet".
            let mut t = s.trim();
            for tail in [
                " at present",
                " so far",
                " yet",
                " currently",
                " for now",
                " today",
            ] {
                t = t.strip_suffix(tail).unwrap_or(t);
            }
            STATUS_NOT.contains(&t)
                || s.split(" to follow").count() > 1 && s.split_whitespace().count() <= 6
        };
        let crossed = ["✗", "✘", "❌"].contains(&right_raw);
        // "bias: 0 tests run", "bias testing: 0% complete"; not "bias: 0 failures".
        let nothing_done = right.starts_with(" 0 ")
            && right.split_whitespace().count() <= 4
            && right.split_whitespace().nth(1).is_some_and(|w| {
                matches!(
                    w,
                    "tests" | "test" | "complete" | "completed" | "run" | "done" | "performed"
                )
            });
        let kind_alone = left.split_whitespace().count() <= 2
            && left
                .split_whitespace()
                .all(|w| !SUBJECT_FILLER.contains(&w) && !w.chars().any(|c| c.is_ascii_digit()));
        if status(&right) || crossed || nothing_done {
            if let Some(kind) = work_named(&left) {
                return Some((Denial::NotDone, Some(kind)));
            }
            // "bias: not performed" (a kind with no word for the work).
            if kind_alone && !left.trim().is_empty() {
                let kind = left.split_whitespace().map(str::to_string).collect();
                return Some((Denial::NotDone, Some(kind)));
            }
        }
        if status(&left) {
            let kinds: Vec<String> = right
                .split(" and ")
                .flat_map(|p| p.split(" or "))
                .filter_map(|p| work_named(&format!(" {} ", p.trim())))
                .flatten()
                .collect();
            if right.split_whitespace().any(|w| WORK_NOUNS.contains(&w)) {
                return Some((Denial::ToCome, Some(kinds)));
            }
        }
        return None;
    }
    // "We went live without bias testing".
    if let Some(at) = [
        " went live without ",
        " gone live without ",
        " launched without ",
        " deployed without ",
        " released without ",
    ]
    .iter()
    .find_map(|p| spaced.find(p).map(|i| i + p.len()))
    {
        // "None is released without review", "nothing is deployed without testing": a rule
        // that keeps the work, not a launch without it (a review of honest notes).
        let kept = spaced
            .get(..at)
            .unwrap_or_default()
            .split_whitespace()
            .any(|w| matches!(w, "no" | "none" | "nothing" | "never" | "not" | "nobody"));
        if kept {
            return None;
        }
        let object = format!(" {}", spaced.get(at..).unwrap_or_default());
        return work_named(&object).map(|kind| (Denial::NotDone, Some(kind)));
    }
    // "nobody handles these requests", "no one answers the line": the work has no one to do it.
    if let Some(at) = words.iter().position(|w| *w == "nobody").or_else(|| {
        words
            .windows(2)
            .position(|p| p == ["no", "one"])
            .map(|i| i + 1)
    }) && words.get(at + 1).is_some_and(|v| {
        matches!(
            *v,
            "handles" | "answers" | "processes" | "reviews" | "checks" | "staffs" | "monitors"
        )
    }) && !words
        .get(..at)
        .unwrap_or_default()
        .iter()
        .any(|w| matches!(*w, "if" | "when" | "unless" | "until" | "that"))
    {
        return Some((Denial::NotDone, Some(Vec::new())));
    }
    // "It has not been implemented yet": what the sentence before describes is not in use.
    if matches!(words.first(), Some(&("it" | "this" | "these" | "they")))
        && words.len() <= 7
        && [
            " has not been ",
            " have not been ",
            " hasn t been ",
            " haven t been ",
            " was never ",
            " were never ",
            " is not yet ",
            " are not yet ",
        ]
        .iter()
        .any(|p| spaced.contains(p))
        && words.iter().any(|w| {
            matches!(
                *w,
                "implemented" | "introduced" | "operational" | "deployed" | "rolled" | "started"
            )
        })
    {
        return Some((Denial::NotDone, Some(Vec::new())));
    }
    // "We skipped the bias test", "We never ran the fair-lending tests", "Nobody has tested
    // the model for bias".
    let actor = ["we", "they", "nobody", "no"]
        .iter()
        .any(|a| words.first() == Some(a))
        && (words.first() != Some(&"no") || words.get(1) == Some(&"one"));
    if actor {
        let nobody = matches!(words.first(), Some(&"nobody" | &"no"));
        let start = if words.first() == Some(&"no") { 2 } else { 1 };
        let rest = words.get(start..).unwrap_or_default();
        // "we havent re-run anything" without its apostrophe (a hostile review's summary).
        let negated = nobody
            || rest.iter().take(3).any(|w| {
                matches!(
                    *w,
                    "not" | "never" | "t" | "havent" | "hasnt" | "didnt" | "dont" | "hadnt"
                )
            });
        // The last verb of the first few words: "did not run" is "run".
        let verb_at = rest.iter().take(5).rposition(|w| {
            matches!(
                *w,
                "skipped"
                    | "dropped"
                    | "omitted"
                    | "ran"
                    | "run"
                    | "did"
                    | "do"
                    | "done"
                    | "performed"
                    | "carried"
                    | "tested"
                    | "validated"
                    | "evaluated"
                    | "conducted"
            )
        });
        let verb_at = verb_at?;
        let verb = rest.get(verb_at).copied().unwrap_or_default();
        let left_out = matches!(verb, "skipped" | "dropped" | "omitted");
        if !(negated || left_out) || verb_at > 4 {
            return None;
        }
        let object = rest.get(verb_at + 1..).unwrap_or_default();
        if matches!(verb, "tested" | "validated" | "evaluated") {
            // "We have not tested the tool in the minor injuries unit, where it is not
            // deployed": a part left out (a review of honest summaries).
            // Not a use of the system in service: "Nobody has tested the score in its
            // collections use" leaves that use untested (a review of the known false "met"s).
            if object.iter().any(|w| {
                matches!(
                    *w,
                    "in" | "on" | "with" | "at" | "outside" | "against" | "beyond" | "across"
                )
            }) && !names_a_use(&format!(" {} ", object.join(" ")))
            {
                return None;
            }
            // "for bias": the kind; none named, all of it.
            let kind = object
                .iter()
                .position(|w| *w == "for")
                .map(|f| {
                    object
                        .get(f + 1..)
                        .unwrap_or_default()
                        .iter()
                        .filter(|w| !SUBJECT_FILLER.contains(*w))
                        .map(|w| (*w).to_string())
                        .collect()
                })
                .unwrap_or_default();
            return Some((Denial::NotDone, Some(kind)));
        }
        let object = format!(" {} ", object.join(" "));
        return work_named(&object).map(|kind| (Denial::NotDone, Some(kind)));
    }
    // "No bias testing was done", "There was no bias testing", "no bias or robustness tests
    // were run".
    if let Some(no) = words.iter().position(|w| *w == "no") {
        let after = words.get(no + 1..).unwrap_or_default();
        let end = after
            .iter()
            .position(|w| WORK_NOUNS.contains(w))
            .map(|e| e + 1)
            .unwrap_or(0);
        let named = format!(" {} ", after.get(..end).unwrap_or_default().join(" "));
        let there = words
            .get(..no)
            .is_some_and(|b| b.first() == Some(&"there") && b.len() <= 3);
        let then = after.get(end..).unwrap_or_default();
        // A use named after the verb is where the work was not done, not words that hide it:
        // "No fair-lending testing has been done on the reduction use" (a twelfth review).
        let then = then
            .iter()
            .take(5)
            .position(|w| matches!(*w, "on" | "for" | "in"))
            .filter(|&p| a_use_in_service(then.get(p + 1..).unwrap_or_default(), &spaced))
            .map_or(then, |p| then.get(..p).unwrap_or_default());
        let done_after = then.len() <= 4
            && then.iter().any(|w| DONE.contains(w))
            && then
                .first()
                .is_some_and(|w| matches!(*w, "was" | "were" | "has" | "have" | "had"))
            // "No subgroup or bias analysis exists".
            || matches!(then, ["exists" | "exist" | "existed"]);
        // "Gini 0.61 on 2023 data and no bias testing was done".
        let joins = no > 0
            && words
                .get(no - 1)
                .is_some_and(|w| matches!(*w, "and" | "but" | "while" | "yet"));
        if end > 0 && (there || (done_after && (no == 0 || joins || no <= 2))) {
            return work_named(&named).map(|kind| (Denial::NotDone, Some(kind)));
        }
    }
    // The subject, then the verb: "Bias testing has not been done", "Robustness testing is
    // scheduled for Q1 2027", "v4 in production has not been tested".
    let verb = words
        .iter()
        .position(|w| {
            matches!(
                *w,
                "has"
                    | "have"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "not"
                    | "never"
                    | "will"
                    | "pending"
                    | "in"
                    | "tbd"
                    | "tbc"
                    | "to"
                    | "still"
                    | "hasn"
                    | "haven"
                    | "wasn"
                    | "weren"
                    | "isn"
                    | "aren"
                    | "did"
                    | "didn"
                    | "does"
                    | "doesn"
                    | "remains"
                    | "remain"
                    | "deferred"
                    | "postponed"
            )
        })
        .unwrap_or(words.len());
    // The groups a test compares are the work's own: "bias testing by nationality and
    // disability deferred to phase 2" (a ninth hostile review) is of bias testing.
    let by_group = words
        .get(..verb)
        .unwrap_or_default()
        .windows(2)
        .position(|p| {
            matches!(
                p,
                [
                    "by" | "across",
                    "nationality"
                        | "age"
                        | "sex"
                        | "gender"
                        | "ethnicity"
                        | "race"
                        | "disability"
                        | "religion"
                        | "subgroup"
                        | "group"
                        | "protected"
                ]
            )
        });
    let subject = format!(
        " {} ",
        words
            .get(..by_group.unwrap_or(verb))
            .unwrap_or_default()
            .join(" ")
    );
    let rest = format!(" {} ", words.get(verb..).unwrap_or_default().join(" "));
    // The model in use, by its version: "v4 in production has not been tested".
    let in_use = rest.starts_with(" in production ") || rest.starts_with(" in use ");
    let (kind, rest) = if in_use {
        let after = rest
            .trim_start_matches(" in production")
            .trim_start_matches(" in use");
        (Some(Vec::new()), after.to_string())
    } else {
        // The model itself not tested on a use it is put to: "The score has not been tested
        // in its collections use" (a thirteenth review) leaves every test of that use unshown.
        let the_model = || {
            subject.split_whitespace().all(|w| {
                matches!(
                    w,
                    "the" | "our" | "its" | "this" | "model" | "score" | "scorecard" | "system"
                )
            }) && subject.trim() != ""
                && names_a_use(&rest)
        };
        // Or the use itself as the subject: "The collections use has not been tested".
        let the_use = || {
            let named: Vec<&str> = subject.split_whitespace().collect();
            named.len() <= 5 && a_use_in_service(&named, &spaced)
        };
        match work_named(&subject) {
            None if the_model() || the_use() => (Some(Vec::new()), rest),
            kind => (kind, rest),
        }
    };
    let kind = kind?;
    // "Bias testing has not been done on the production data", "Paediatric validation has not
    // been done for children under two": a limit of the work done, not a denial of it.
    // Not a use of the system in service: "Bias testing has not been done on the
    // limit-reduction use" leaves that use untested (a twelfth review).
    let limited = |after: &str| {
        let after: Vec<&str> = after
            .split_whitespace()
            .skip_while(|w| *w == "yet" || *w == "been")
            .collect();
        after.get(1).is_some_and(|w| {
            matches!(
                *w,
                "for"
                    | "on"
                    | "in"
                    | "by"
                    | "outside"
                    | "with"
                    | "at"
                    | "against"
                    | "before"
                    | "until"
                    | "beyond"
            )
        }) && !a_use_in_service(after.get(2..).unwrap_or_default(), &spaced)
            && !(matches!(after.get(1), Some(&("in" | "for")))
                && a_process_named(after.get(2..).unwrap_or_default(), &spaced))
    };
    // "Validation is not repeated monthly", "does not run continuously": how often, not
    // whether (a review of honest summaries).
    let how_often =
        |w: &str| routine && matches!(w, "repeated" | "rerun" | "redone" | "run" | "ran" | "done");
    let denied = NEGATED.iter().any(|p| {
        rest.strip_prefix(p).is_some_and(|after| {
            after
                .split_whitespace()
                .find(|w| *w != "yet" && *w != "been")
                .is_some_and(|w| DONE.contains(&w) && !how_often(w))
                && !limited(after)
        })
    }) || LEFT_OUT.iter().any(|p| rest.starts_with(p));
    // A plan the work never followed: "was planned but not carried out", "was scheduled but
    // never run" (a tenth hostile review).
    let planned_not_done = || {
        rest.split_once(" but ").is_some_and(|(plan, after)| {
            plan.split_whitespace().any(|w| {
                matches!(
                    w,
                    "planned" | "scheduled" | "intended" | "agreed" | "commissioned" | "booked"
                )
            }) && NEGATED.iter().any(|p| {
                format!(" {after}").strip_prefix(p).is_some_and(|done| {
                    done.split_whitespace()
                        .find(|w| *w != "yet" && *w != "been")
                        .is_some_and(|w| DONE.contains(&w))
                })
            })
        })
    };
    if denied || planned_not_done() {
        return Some((Denial::NotDone, Some(kind)));
    }
    (!routine && TO_COME.iter().any(|p| rest.starts_with(p)))
        .then_some((Denial::ToCome, Some(kind)))
}

/// Whether a sentence (spaced words) names a use of the system it leaves in service after "on",
/// "for" or "in", after a verb of testing, or as its opening words ([`a_use_in_service`]): "no
/// testing has been done on the collections use", "nobody has tested the collections use".
fn names_a_use(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // Or after the verb of testing ("nobody has tested the collections use"), or as the
    // clause's subject ("the collections use has not been tested").
    a_use_in_service(&words, spaced)
        || words.iter().enumerate().any(|(i, w)| {
            matches!(
                *w,
                "on" | "for" | "in" | "tested" | "validated" | "evaluated"
            ) && a_use_in_service(words.get(i + 1..).unwrap_or_default(), spaced)
                || matches!(*w, "in" | "for")
                    && a_process_named(words.get(i + 1..).unwrap_or_default(), spaced)
        })
}

/// Business processes a decision system is put to, named without "use": "No one has tested
/// the score in collections" (a review of the known false "met"s) leaves a use untested, where
/// "in Welsh", "in low light" or "on applicants under 18" are limits of the tests.
const PROCESSES: &[&str] = &[
    "collections",
    "prioritisation",
    "prioritization",
    "pricing",
    "underwriting",
    "marketing",
    "servicing",
    "recoveries",
    "fraud",
    "hiring",
    "recruitment",
    "promotions",
    "dismissals",
    "eligibility",
    "sentencing",
    "parole",
    "bail",
    "admissions",
    "grading",
    "decisioning",
    "renewals",
];

/// Whether `after` (the words past "in" or "for") names a process the clause (`spaced`) leaves
/// in service ([`PROCESSES`]): "collections", "the pricing of renewals". Not its data ("the
/// collections data") nor people in it.
fn a_process_named(after: &[&str], spaced: &str) -> bool {
    let named: Vec<&str> = after
        .iter()
        .skip_while(|w| matches!(**w, "the" | "its" | "our" | "their" | "this"))
        .take(3)
        .copied()
        .collect();
    named.iter().any(|w| PROCESSES.contains(w))
        && !named.iter().any(|w| {
            POPULATION.contains(w)
                || matches!(
                    *w,
                    "data" | "dataset" | "datasets" | "records" | "cases" | "sample" | "samples"
                )
        })
        && !use_kept_out(spaced)
}

/// Whether `after` (the words past "on", "for" or "in") names a use of the system that the
/// clause (`spaced`) leaves in service: "the reduction use", "the limit-reduction use". Not
/// data, cases or a use case ("the production data", "children under two", "the use-case
/// data"), nor a use the clause keeps out ("the reduction use, which is not in use").
fn a_use_in_service(after: &[&str], spaced: &str) -> bool {
    if !matches!(
        after.first(),
        Some(&("the" | "its" | "our" | "this" | "that" | "their"))
    ) {
        return false;
    }
    let Some(at) = after
        .iter()
        .take(5)
        .skip(2)
        .position(|w| matches!(*w, "use" | "uses"))
        .map(|p| p + 2)
    else {
        return false;
    };
    // A noun before it, not a verb's subject: "the children who use the app" are people.
    let named = after.get(1..at).unwrap_or_default();
    !matches!(after.get(at + 1), Some(&("case" | "cases" | "data" | "of")))
        && !named.iter().any(|w| {
            matches!(
                *w,
                "who" | "that" | "which" | "they" | "we" | "to" | "can" | "may" | "will" | "and"
            )
        })
        && !use_kept_out(spaced)
}

/// Whether the failure a later sentence reports is of the work itself ("The bias audit failed",
/// "Bias test run 2024-11-01: failed", "The model did not pass validation"), not of an earlier
/// or another model ("v4 failed validation in 2023", "A competing vendor model failed our
/// test"), of the cases the tests ran ("Applications that failed the identity check were
/// excluded", "212 test claims failed the document checks"), nor put right in the same sentence
/// ("Six prompts failed the first round and passed after the guardrail was extended"): a
/// review of honest summaries.
fn failure_of_the_work(spaced: &str) -> bool {
    const NOT_THE_WORK: &[&str] = &[
        "earlier",
        "previous",
        "prior",
        "old",
        "older",
        "former",
        "predecessor",
        "competing",
        "rival",
        "other",
        "another",
        "first",
        "initial",
        "legacy",
        "version",
        "vendor",
        "supplier",
        "that",
        "who",
        "which",
        "whose",
        "those",
        "some",
        "after",
        "because",
        "when",
        "once",
        "before",
        "since",
        "claims",
        "claim",
        "applications",
        "application",
        "applicants",
        "applicant",
        "records",
        "record",
        "prompts",
        "prompt",
        "inputs",
        "input",
        "cases",
        "case",
        "outputs",
        "output",
        "users",
        "patients",
        "items",
        "documents",
        "transactions",
        "requests",
        "samples",
        "rows",
        "declines",
        "queries",
        "questions",
        "answers",
        "responses",
        "messages",
        "images",
        "people",
        "accounts",
        "payments",
        "files",
        "scans",
    ];

    let ws: Vec<&str> = spaced.split_whitespace().collect();
    let at = ws.iter().enumerate().position(|(i, w)| {
        matches!(*w, "failed" | "fail" | "fails")
            || (*w == "not"
                && (ws.get(i + 1) == Some(&"pass")
                    || ws.get(i + 1) == Some(&"passed")
                    || ws.get(i + 1) == Some(&"met")))
    });
    let Some(at) = at else {
        return false;
    };
    let subject = ws.get(..at).unwrap_or_default();
    // Tests at the head of the subject failed, whatever cases they ran on: "Stress tests on
    // thin-file applicants failed in 30% of cases" (a review of the new readings), not "212
    // test claims failed the document checks". Only the words before them are read.
    let head = subject.iter().enumerate().position(|(k, w)| {
        matches!(*w, "tests" | "testing" | "validation" | "audit" | "audits")
            && subject.get(k + 1).is_none_or(|n| {
                matches!(
                    *n,
                    "on" | "for"
                        | "of"
                        | "with"
                        | "across"
                        | "in"
                        | "were"
                        | "was"
                        | "have"
                        | "has"
                        | "all"
                        | "both"
                )
            })
    });
    let subject = head.map_or(subject, |k| subject.get(..k).unwrap_or_default());
    // A version named ("v4"): the model of that version, which may not be the one in use.
    let versioned = super::letters_and_digits;
    let after = ws.get(at + 1..).unwrap_or_default();
    // "Acceptance criteria not met by v4 in 2023": what failed is named after "by".
    let by_version = after
        .windows(2)
        .any(|p| matches!(p, [by, v] if *by == "by" && versioned(v)));
    !subject
        .iter()
        // Attacks that failed are the safeguard holding ([`ATTACKS`]).
        .any(|w| NOT_THE_WORK.contains(w) || ATTACKS.contains(w) || versioned(w))
        && !by_version
        // Put right, by this work: not "other checks passed" (a review of the new readings).
        && !after.iter().enumerate().any(|(k, w)| {
            (PUT_RIGHT.contains(w) || matches!(*w, "adopted" | "ended"))
                && !super::put_right_elsewhere(after.get(k.saturating_sub(2)..k))
        })
}

/// The first later sentence of `text` ([`later_denials_once`]) that denies the work of a
/// safeguard named by `own` (the distinctive words of its title), or of the work in general:
/// a sentence that opens with the work names its kind in its subject or none ("Testing has
/// not been done"), and any other names none of `others` (the words of the other safeguards
/// the same answer shows). A subject of another kind ("Paediatric validation is planned")
/// is a part of the work, not the work.
fn later_denial(
    text: &str,
    own: impl FnOnce() -> Vec<String>,
    others: impl FnOnce() -> Vec<String>,
) -> Option<Denial> {
    let found = later_denials_once(text);
    // Most texts deny nothing: the titles are read only beside a denial.
    if found.is_empty() {
        return None;
    }
    let (own, others) = (own(), others());
    // A test of bias by its other names: "Fair-housing test ...: approval-rate ratio for Black
    // applicants 0.71 ...; the test failed" (an end-to-end review read bias testing "met").
    let bias_by_name = |spaced: &str| {
        [
            " fair housing ",
            " fair lending ",
            " disparate impact ",
            " adverse impact ",
            " approval rate ratio ",
            " four fifths ",
        ]
        .iter()
        .any(|p| spaced.contains(p))
    };
    let names = |spaced: &str, words: &[String]| {
        words
            .iter()
            .any(|w| spaced.contains(&format!(" {w} ")) || (w == "bias" && bias_by_name(spaced)))
    };
    found
        .into_iter()
        .find(|l| match &l.kind {
            // "our own subgroup check hasn't been run" (a tenth hostile review) is of bias.
            Some(kind) => {
                kind.is_empty()
                    || kind.iter().any(|w| {
                        own.contains(w)
                            || (matches!(
                                w.as_str(),
                                "subgroup" | "subgroups" | "fairness" | "disparity"
                            ) && own.iter().any(|o| o == "bias"))
                    })
            }
            None => names(&l.spaced, &own) || !names(&l.spaced, &others),
        })
        .map(|l| l.denial)
}

/// Whether a safeguard's title names a person's review of outcomes ("Human review of adverse
/// decisions", "Human review of published output"). Not oversight of advice, which a sample
/// review and a referral route give while no one sees each answer first (a judgement case).
fn reviews_outcomes(title: &str) -> bool {
    // Within a word, only ASCII letters lowercase to the letters of "review" (the dotted
    // capital I lowercases to an i and a mark that ends the word), so a title without "review"
    // in ASCII of any case has no such word, and is not split: titles are asked this thousands
    // of times an evaluation (issue 7).
    super::contains_ignoring_ascii_case(title, "review")
        && super::spaced_words(title)
            .split_whitespace()
            .any(|w| w == "review")
}

/// Whether a note on a review answer says, in any sentence, that some outcomes take effect
/// without the review ("At night the suggested level is applied automatically", "About 30% of
/// cases are not reviewed", "When the ED is busy, no physician reviews the suggestion",
/// "Level 4-5 suggestions skip review": a hostile review kept "a person reviews every case"
/// and wrote these). Not where the clause denies it ("No level is applied without a
/// physician's review", "the suggestion is never applied automatically"), nor a rule for a
/// case still to be reviewed ("If no one reviews it within ten minutes, it escalates").
/// [`unreviewed_cases`], read once per text in a session: every text answer and note is read
/// for each safeguard that reviews outcomes, at every evaluation (a fifth of `raia score`'s
/// instructions before, issue 7).
fn unreviewed_cases_once(text: &str) -> bool {
    by_text(&UNREVIEWED_SEEN, text, 4096, || unreviewed_cases(text))
}

/// Whether a text says appeals reach no person or go back to the system ([`no_way_to_contest`]
/// over the whole text), read once per text: every text answer and note is read for an appeal
/// to a person, at every evaluation (issue 7). Most name no appeal.
fn appeal_unread_once(text: &str) -> bool {
    // Looked up first: the look for an appeal word scans the text ten times, and the patch
    // after each key in the wizard asks of every text (issue 7).
    by_text(&APPEAL_SEEN, text, 4096, || {
        [
            "ppeal",
            "ppel",
            "apeal",
            "econsider",
            "isput",
            "omplain",
            "elpline",
            "e-triage",
            "etriage",
            "esubmi",
        ]
        .iter()
        .any(|k| super::contains_ignoring_ascii_case(text, k))
            && no_way_to_contest(&text.to_lowercase(), true)
    })
}

/// Whether a note gives the review as a sample only, with no case said to be reviewed each
/// time: "Our volunteer lawyers read a weekly sample of about 50 conversations" (a hostile
/// review, beside every adverse outcome reviewed before it takes effect). Not where every case
/// is read too ("a caseworker reviews every refusal; QA also re-reads a weekly sample"), and
/// "each week" is a time, not the cases.
fn sample_only(note: &str) -> bool {
    if !super::contains_ignoring_ascii_case(note, "sampl") {
        return false;
    }
    let spaced = spaced_words(&note.to_lowercase());
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.iter().any(|w| w.starts_with("sampl"))
        && !words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "every" | "each" | "all")
                && !matches!(
                    words.get(i + 1),
                    Some(
                        &("week"
                            | "month"
                            | "day"
                            | "quarter"
                            | "year"
                            | "night"
                            | "morning"
                            | "shift"
                            | "fortnight")
                    )
                )
        })
}

/// Whether a sentence of `lower` says the cases are cleared together, none opened on its own:
/// "the team manager approves referrals in bulk on Monday mornings from the list view", "the
/// rota clears it by ticking 'seen' on 50 at a time; none are read individually" (an eighth
/// hostile review). A verb of passing cases within a few words before "in bulk" or "N at a
/// time", or their reading denied one by one. Not where each is read first ("after reading
/// each one, the officer approves them in bulk"), nor a bulk upload or export.
fn cleared_in_bulk(lower: &str) -> bool {
    let passes = |w: &str| {
        w.starts_with("approv")
            || w.starts_with("confirm")
            || w.starts_with("accept")
            || w.starts_with("clear")
            || w.starts_with("tick")
            || w.starts_with("sign")
            || w.starts_with("clos")
            || w.starts_with("dismiss")
            || w.starts_with("mark")
    };
    lower.split(['.', '\n']).any(|sentence| {
        let spaced = spaced_words(sentence);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let read_first = words.windows(2).any(|p| {
            matches!(
                p,
                [
                    "after" | "once",
                    "reading" | "opening" | "reviewing" | "checking"
                ]
            )
        });
        // "no flag is accepted in bulk" (the fixture), "Officers cannot approve declines in
        // bulk" (a hostile review of the verdicts).
        let denied = |i: usize| {
            words
                .get(i.saturating_sub(8)..i)
                .unwrap_or_default()
                .iter()
                .any(|b| {
                    matches!(
                        *b,
                        "no" | "not"
                            | "never"
                            | "t"
                            | "nothing"
                            | "none"
                            | "nor"
                            | "cannot"
                            | "unable"
                            | "forbidden"
                            | "prohibited"
                    )
                })
        };
        // What is done in bulk to cases already decided: "Approved declines are printed in
        // bulk overnight" (a review of honest text).
        let other_act = |b: &&str| {
            matches!(
                *b,
                "are"
                    | "is"
                    | "were"
                    | "was"
                    | "be"
                    | "been"
                    | "printed"
                    | "exported"
                    | "posted"
                    | "sent"
                    | "mailed"
                    | "emailed"
                    | "uploaded"
                    | "archived"
                    | "stored"
                    | "filed"
                    | "dispatched"
                    | "transferred"
                    | "loaded"
                    | "paid"
            )
        };
        let together = words.iter().enumerate().any(|(i, w)| {
            let bulk = *w == "bulk" && i.checked_sub(1).and_then(|j| words.get(j)) == Some(&"in");
            let at_a_time = *w == "time"
                && i.checked_sub(2)
                    .and_then(|j| words.get(j..i))
                    .is_some_and(|p| p == ["at", "a"])
                && i.checked_sub(3)
                    .and_then(|j| words.get(j))
                    .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()) && *n != "1");
            (bulk || at_a_time)
                && !denied(i)
                && words
                    .get(i.saturating_sub(8)..i)
                    .unwrap_or_default()
                    .iter()
                    .rposition(|v| passes(v))
                    .is_some_and(|at| {
                        let from = i.saturating_sub(8) + at + 1;
                        !words
                            .get(from..i)
                            .unwrap_or_default()
                            .iter()
                            .any(&other_act)
                    })
        });
        let none_alone = words.windows(4).any(|p| {
            matches!(
                p,
                [
                    "none" | "not" | "never" | "t",
                    "are" | "is" | "read" | "opened" | "checked" | "reviewed" | "was" | "were",
                    _,
                    _
                ]
            ) && p.contains(&"individually")
        });
        !read_first && (together || none_alone)
    })
}

/// Whether a sentence of `lower` says the review is meant to happen but in practice falls short:
/// "Officers are meant to check every proposed decline, but in practice they only open the ones
/// the applicant complains about" (a hostile review). Not where practice bears the rule out ("in
/// practice they do"), nor a figure of what reviews change ("in practice only a few are
/// overturned"), which other readers weigh.
fn practice_falls_short(lower: &str) -> bool {
    const RULE: &[&[&str]] = &[
        &["meant", "to"],
        &["supposed", "to"],
        &["expected", "to"],
        &["required", "to"],
        &["on", "paper"],
        &["in", "theory"],
        &["officially"],
        &["in", "principle"],
    ];
    const PRACTICE: &[&[&str]] = &[&["in", "practice"], &["in", "reality"], &["in", "practise"]];
    lower.split(['.', '\n']).any(|sentence| {
        let spaced = spaced_words(sentence);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let Some((p, n)) = first_phrase(&words, PRACTICE) else {
            return false;
        };
        let before = words.get(..p).unwrap_or_default();
        let reviews = before.iter().any(|w| {
            w.starts_with("check")
                || w.starts_with("review")
                || w.starts_with("look")
                || w.starts_with("read")
                || w.starts_with("open")
                || w.starts_with("approv")
                || w.starts_with("sign")
                || w.starts_with("confirm")
                || w.starts_with("verif")
        });
        if !reviews || first_phrase(before, RULE).is_none() {
            return false;
        }
        let after = words.get(p + n..).unwrap_or_default();
        let subject = after
            .iter()
            .position(|w| !matches!(*w, "they" | "we" | "it" | "this" | "that" | "he" | "she"))
            .unwrap_or(after.len());
        let borne_out = after.get(subject).is_some_and(|w| {
            matches!(
                *w,
                "do" | "does" | "did" | "all" | "every" | "each" | "always" | "holds" | "happens"
            )
        }) && !after
            .get(subject + 1)
            .is_some_and(|w| matches!(*w, "not" | "t" | "never"));
        let outcomes = after.iter().any(|w| {
            w.starts_with("overturn")
                || w.starts_with("reverse")
                || w.starts_with("chang")
                || w.starts_with("amend")
        });
        let short = after.iter().any(|w| {
            matches!(
                *w,
                "only"
                    | "most"
                    | "many"
                    | "some"
                    | "rarely"
                    | "seldom"
                    | "few"
                    | "not"
                    | "never"
                    | "no"
                    | "t"
                    | "nobody"
                    | "just"
                    | "barely"
                    | "hardly"
                    | "without"
                    | "skip"
                    | "skipped"
                    | "skips"
                    | "rubber"
                    | "unread"
                    | "unopened"
            )
        });
        !borne_out && !outcomes && short
    })
}

fn unreviewed_cases(text: &str) -> bool {
    // Examples in training of what must not happen are no outcome (a hostile review's honest
    // notes): read without them.
    let kept = practice::without_examples(text);
    let text = kept.as_ref();
    const BYPASS: &[&str] = &[
        "applied automatically",
        "automatically applied",
        "accepted automatically",
        "automatically accepted",
        "auto accepted",
        "auto applied",
        "not reviewed",
        "are not reviewed",
        "aren t reviewed",
        "isn t reviewed",
        "never reviewed",
        "not checked by",
        "no one reviews",
        "nobody reviews",
        "no one checks",
        "nobody checks",
        "no one looks",
        "nobody looks",
        "skip review",
        "skips review",
        "skip the review",
        "skips the review",
        "bypass review",
        "bypasses review",
        "bypass the review",
        "bypasses the review",
        "rubber stamp",
        "rubber stamps",
        "rubber stamped",
        "click through",
        "clicked through",
        "bypasses physician review",
        "bypasses human review",
        "bypass physician review",
        "bypass human review",
        "closed automatically",
        "refused automatically",
        // Silence taken as the commander's authorisation: "nominations are authorised
        // automatically if there is no response within 120 seconds" (a hostile review).
        "nominations are authorised automatically",
        "engagements are authorised automatically",
        "strikes are authorised automatically",
        "authorised automatically if there is no response",
        "authorized automatically if there is no response",
        // The review's rule set aside for a while: "The requirement for a physician to select
        // the level was relaxed for the summer rota" (a hostile review).
        // Not any rule: "The watermark requirement was relaxed for internal mood boards" (a
        // review of honest answers).
        "level was relaxed",
        "review was relaxed",
        // A ninth hostile review of the verdicts: a review done by a robot, in bulk, by
        // script, after the outcome, or not in practice.
        "rpa robot",
        "under the duty officer s credentials",
        "in one e signature",
        "signs the day s output",
        "confirming in pages of",
        "confirm the decline unless",
        "stopped going to officers",
        "released by operations as scored",
        "the score is what decides",
        "the model is what decides",
        "the model s proposal is the outcome",
        "as final the moment the model",
        "shown to the applicant on screen as final",
        "queued on the suggested level",
        "what the patient is queued on",
        "co sign later",
        "sets the call order straight away",
        "when they happen to notice",
        "nobody with authority confirms",
        "no one with authority confirms",
        "confirmed field is filled in automatically",
        "not wait for the officer",
        // "The physician decision step is switched off on the paediatric ED instance by a
        // configuration flag left from testing" (a hostile review).
        "decision step is switched off",
        "decision step was switched off",
        "review step is switched off",
        "review step was switched off",
        "approval step is switched off",
        "approval step was switched off",
        "decision step is turned off",
        "review step is turned off",
        "decision step is disabled",
        "review step is disabled",
        "queued on the suggestion",
        "review was suspended",
        "review has been suspended",
        "review is suspended",
        "review was waived",
        "declined automatically",
        "rejected automatically",
        // The same in the other order, or with "auto-" ("applications under 35 are
        // auto-rejected overnight", "anything under 5 gets screened out without a supervisor
        // ever opening it": a hostile review).
        "automatically closed",
        "automatically refused",
        "automatically declined",
        "automatically rejected",
        "automatically voided",
        "voided automatically",
        "auto closed",
        "auto refused",
        "auto declined",
        "auto rejected",
        "auto screened out",
        "automatically screened out",
        "screened out automatically",
        "screened out without",
        "sent automatically",
        "issued automatically",
        // A hostile review's wordings: "refused by an automatic letter", "sent straight to the
        // applicant", "sent to applicants immediately; officers go through them next morning".
        "by an automatic letter",
        "automatic letter",
        "sent straight to the applicant",
        "go straight to the applicant",
        "goes straight to the applicant",
        "sent straight to applicants",
        "sent to applicants immediately",
        "sent to the applicant immediately",
        "sent immediately",
        "issued immediately",
        // A compliance review's: "in practice recruiters don't look at the auto-rejections",
        // "Recruiters review rejections after they are sent".
        // What is not looked at must be the outcomes: "they don't look at the applicant's
        // name" or "at the model score until they have read the file" is how they review.
        "don t look at the auto",
        "don t look at auto",
        "don t look at the declines",
        "don t look at the rejections",
        "don t look at most",
        "don t look at them",
        "do not look at the auto",
        "do not look at the declines",
        "do not look at the rejections",
        "do not look at most",
        "do not look at them",
        // "The auto-declined ones are not looked at by anyone" (an end-to-end review read
        // output checks "met" beside it).
        "not looked at",
        "never looked at",
        "aren t looked at",
        "never look at the declines",
        "never look at them",
        "rarely look at",
        "released automatically",
        // "Proposed declines land in the queue with the decision field already set to decline;
        // the underwriter clears the queue with a confirm button" (an end-to-end review).
        "already set to decline",
        "already set to reject",
        "already set to refuse",
        "clears the queue",
        "with one click",
        "with a single click",
        "in one click",
        // A click a case is no review of it: "the site manager accepts the tool's ranking -
        // they're non-clinical, don't see the patients, it's one click per bed" (a ninth
        // review).
        "one click per",
        "one click each",
        "a single click per",
        "single click per",
        // "Applications below that line are not opened by a tutor in a normal cycle; they are
        // released as unsuccessful" (an end-to-end review saw human review in place beside it).
        "not opened by",
        "never opened by",
        "not read by a",
        "not read by an",
        "not read by any",
        // Contracted: "aren't read by a tutor at all" (a ninth review).
        "t read by a",
        "t read by an",
        "t read by any",
        "go unread",
        "left unread",
        "released as unsuccessful",
        "never picked up",
        "not picked up",
        "close automatically",
        "closes automatically",
        "pre selected",
        "preselected",
        "pre set to decline",
        "preset to decline",
        "pre set to reject",
        "clicks confirm",
        "nobody opens",
        "no one opens",
        "have gone out",
        "has gone out",
        "after they are sent",
        "after they have been sent",
        "after it is sent",
        "after it has been sent",
        "after they go out",
        "after it goes out",
        // A hostile review's: "closed as withdrawn by the overnight batch job", "the suggested
        // dose is auto-populated onto the dispensing label" (only of an outcome: a patient's
        // details filled in are none), "the top 2,000 proposed declines are forwarded each
        // week as exported".
        "by the overnight batch",
        "by the nightly batch",
        "by the batch job",
        "by a batch job",
        "by the overnight job",
        "by the nightly job",
        "by an overnight job",
        "by a nightly job",
        "auto populated",
        "automatically populated",
        "populated automatically",
        "as exported",
        "forwarded unchanged",
        "forwarded unchecked",
        "sent on unchecked",
        // A review accepted without looking: "the teacher just clicks accept in bulk".
        "clicks accept",
        "click accept",
        "accept in bulk",
        "accepts in bulk",
        "accepted in bulk",
        "approve in bulk",
        "approves in bulk",
        "approved in bulk",
        "confirm in bulk",
        "confirms in bulk",
        "confirmed in bulk",
        "cleared in bulk",
        "clears in bulk",
        "signed off in bulk",
        "signs off in bulk",
        "voided in bulk",
        "declined in bulk",
        "rejected in bulk",
        "bulk accept",
        "bulk accepts",
        "bulk accepted",
        "bulk approve",
        "bulk approves",
        "bulk approved",
        // A hostile review's: "a 'confirm all recommended' button ... 86% of declines
        // confirmed that way", "and get a standard letter, no officer involved", "The
        // exclusion-risk flags ... aren't checked by anyone on our side".
        "confirm all",
        "confirms all",
        "approve all",
        "approves all",
        "accept all",
        "accepts all",
        "no officer involved",
        "no person involved",
        "no human involved",
        "no one involved",
        "nobody involved",
        "no caseworker involved",
        "no staff involved",
        "aren t checked by",
        "isn t checked by",
        "weren t checked by",
        "wasn t checked by",
        // "Friday refusals all go out unseen", "'ineligible' ones get closed off by the batch"
        // (a hostile review).
        "go out unseen",
        "goes out unseen",
        "went out unseen",
        "sent out unseen",
        "sent unseen",
        "released unseen",
        "issued unseen",
        "closed off by the batch",
        "closed by the batch",
        "closed off automatically",
        "refused by the batch",
        "declined by the batch",
        "rejected by the batch",
        // A tenth hostile review's: "the 'approve' box is pre-ticked", "92% of declines were
        // actioned by the 'bulk confirm' macro", "that step was dropped in March", "MRM's
        // 200-a-month sample has been skipped since Q1".
        "pre ticked",
        "preticked",
        "bulk confirm",
        "bulk confirmed",
        "bulk cleared",
        "bulk actioned",
        "check was dropped",
        "checks were dropped",
        "check has been dropped",
        "checks have been dropped",
        "review was dropped",
        "review has been dropped",
        "step was dropped",
        "step has been dropped",
        "sample has been skipped",
        "check has been skipped",
        "review has been skipped",
        // A hostile review of the verdicts: what happens in practice, in the team's words.
        "never sees it",
        "never sees them",
        "never see them",
        "just accept the suggested",
        "just accepts the suggested",
        "just accept the model",
        "just accepts the model",
        "go with the model",
        "goes with the model",
        "go along with the model",
        "whole batch",
        "in one batch",
        "without opening",
        "released as they are",
        "sent as they are",
        "released as it is",
        "sent as it is",
        "goes out as it is",
        "auto confirmed",
        "auto approved",
        "automatically confirmed",
        "automatically approved",
        "haven t opened it",
        "hasn t opened it",
        "nobody really looks",
        "no one really looks",
        "pre authorises all",
        "pre authorise all",
        "pre authorizes all",
        "pre authorised all",
        "pre approves all",
        "for the whole list",
        "without individual checks",
        "without individual review",
        "without checking each",
        "without an officer",
        "without a person",
        "without a human",
        "without a reviewer",
        "without a caseworker",
        "without a clinician",
        "without a physician",
        "suggested level sets",
        "expected to follow the model",
        "expected to follow it",
        "expected to follow the score",
        "publish straight from",
        "published straight from",
        "posted straight from",
        "no longer checked",
        "no longer reviewed",
        "no longer read",
        "no longer looked at",
        "no longer proof",
        "no longer listened",
        "aren t checked for",
        "not checked for since",
        "release them as generated",
        "released as generated",
        "published as generated",
        "publish them as generated",
        // A second hostile review of the verdicts: a reviewer who cannot judge the case (the
        // model's own builder, untrained, conflicted, without the file) or no reviewer there.
        "by the data scientist who built",
        "by the data scientists who built",
        "by the engineer who built",
        "by the developer who built",
        "by the team that built",
        "same person who built",
        "same engineer who built",
        "same clinician who led",
        "same clinician who built",
        "engineer from our company who trained",
        // A third hostile review of the verdicts: a review overruled by policy or a manager,
        // of a sample only, on weekdays only, or after the outcome took effect.
        "in practice is never given",
        "instructed them not to change",
        "instructed not to change",
        "told not to change",
        "told by the service manager to accept",
        "told to accept the",
        "level stands unless",
        "outcome stands unless",
        "decision stands unless",
        "override that has not been used",
        "the rest are sent",
        "sent out automatically",
        "other levels go straight",
        "go straight to the queue",
        "goes straight to the queue",
        "paid as the model sorted",
        "as the model sorted them",
        "sent directly by the model",
        "go out straight from the model",
        "straight from the model",
        "see the decline on screen immediately",
        "decision comes days later",
        "already been placed in the queue",
        "only after the patient has already",
        "hitl no",
        "step was removed",
        // "officers overrode none of 31,000 proposed declines; we have never investigated why".
        "never investigated why",
        "never looked into why",
        "signs off its suggestions herself",
        "signs off its suggestions himself",
        "signs off its own suggestions",
        "whose bonus depends",
        "bonus depends on",
        "has no credit training",
        "has no clinical training",
        "who have not been trained",
        "who has not been trained",
        "who have no training",
        "who has no training",
        "were never trained on it",
        "untrained staff",
        "untrained reviewers",
        "untrained officers",
        "in their first week",
        "see only the score",
        "sees only the score",
        "only see the score",
        "no access to the bureau",
        "no access to the file",
        "no access to the application",
        "no access to the case",
        "there is no triage physician",
        "there is no physician",
        "no physician on duty",
        "front desk accepts",
        "assistant accepts the",
        "on the model s nomination alone",
        "on the model s word alone",
        "post was left unfilled",
        "post is unfilled",
        "left unfilled",
        "seconds per nomination",
        "authorise nearly all",
        "authorises nearly all",
        "approve nearly all",
        "approves nearly all",
        "confirm nearly all",
        // Outcomes the system or a schedule releases, or closes unread (a hostile review of the
        // verdicts): "treated as 'clear' and sent by the system", "posted by the scheduler as
        // generated", "released on the model's recommendation", "emailed to applicants
        // directly from the scoring service", "the rest auto-close after 7 days", "individual
        // files are only opened if the counts differ".
        "sent by the system",
        "released by the system",
        "issued by the system",
        "posted by the scheduler",
        "published by the scheduler",
        "released on the model s recommendation",
        "issued on the model s recommendation",
        "sent on the model s recommendation",
        "directly from the scoring",
        "auto close",
        "auto closes",
        "close automatically",
        "closes automatically",
        "only opened if",
        "only opened when",
        "done afterwards",
        "checked afterwards",
        "reviewed afterwards",
        // Someone without the authority acting for the reviewer (a hostile review of the
        // verdicts): "the triage nurse selects the level using the physician's login", "the
        // duty watchkeeper, who has no targeting authority and signs 'for CO'", "two agency
        // temps ... who have not had the benefits training", "locum physicians ... are not given
        // the tool training".
        "using the physician s login",
        "using the doctor s login",
        "using the officer s login",
        "using the commander s login",
        "using the manager s login",
        "under the physician s login",
        "under the officer s login",
        "has no targeting authority",
        "who has no authority",
        "have no authority to",
        "has no authority to",
        "not had the training",
        "have not had the",
        "haven t had the",
        "not given the tool training",
        "not given the training",
        "are not given the",
        "in practice people don t",
        "in practice nobody does",
        "in practice no one does",
        "to be awarded as proposed",
        "to be accepted as proposed",
        "to be approved as proposed",
        // A second hostile review of the verdicts: the reviewer's post empty, the step
        // bypassed or suspended for a while, a timer or a default that decides, a decision
        // reused, a reviewer who may not overturn, a shared account overnight.
        "that post has been vacant",
        "the post has been vacant",
        "never been filled",
        "haven t recruited",
        "not recruited to",
        "suggestion stands",
        "stands as the level",
        "review step is bypassed",
        "is bypassed",
        "are bypassed",
        "was bypassed",
        "does nothing for",
        "timer expired",
        "timer expires",
        "without a fresh review",
        "decision is reused",
        "not authorised to overturn",
        "not authorized to overturn",
        "not allowed to overturn",
        "cannot overturn",
        "can t overturn",
        "no caseworker is involved",
        "no officer is involved",
        "no human is involved",
        "no person is involved",
        "no clinician is involved",
        "not been reinstated",
        "requirement was suspended",
        "review was suspended",
        "requirement was relaxed",
        "awarded by the system",
        "decided by the system",
        "refused by the system",
        "no caseworker is on shift",
        "no officer is on shift",
        "under the shared",
        "is written to the queue",
        "reduces the award automatically",
        "reduced automatically",
        "automatically reduces",
        "issued directly",
        "would decline them anyway",
        "taken out of the workflow",
        "removed from the workflow",
        "without fresh authorisation",
        "without fresh authorization",
        "without going to a",
        // A third hostile review of the verdicts.
        "cannot change the model s decision",
        "can t change the model s decision",
        "only add a comment",
        "no longer see the suggestion",
        "nurse enters the model s level",
        "authorised automatically",
        "authorized automatically",
    ];
    // Who reviews, after "no" ("no physician reviews the suggestion").
    const REVIEWERS: &[&str] = &[
        "human",
        "person",
        "physician",
        "clinician",
        "doctor",
        "nurse",
        "officer",
        "reviewer",
        "caseworker",
        "underwriter",
        "moderator",
        "operator",
        "manager",
        "editor",
        "staff",
        // "no analyst review for retail accounts", "without a radiologist looking" (a sixth
        // review).
        "analyst",
        "analysts",
        "radiologist",
        "radiologists",
        "pharmacist",
        "supervisor",
        // "no claims handler in the loop", "no underwriter involved" (an eighth review).
        "handler",
        "handlers",
        "underwriters",
        "embryologist",
        "prescriber",
        "assessor",
        "interpreter",
        "translator",
        // "set by the bed-flow tool overnight without the intensivist", "no pharmacist checks
        // them", "aren't read by a tutor at all" (a ninth review).
        "intensivist",
        "intensivists",
        "consultant",
        "specialist",
        "surgeon",
        "registrar",
        "pharmacists",
        "physicians",
        "clinicians",
        "doctors",
        "nurses",
        "officers",
        "investigator",
        "investigators",
        "tutor",
        "tutors",
        "teacher",
        "teachers",
        "invigilator",
        "invigilators",
        "examiner",
        "marker",
        "lawyer",
        "solicitor",
        "adviser",
        "advisor",
    ];
    // What goes without the review, after "without" ("applied without physician review").
    const WITHOUT: &[&str] = &[
        "review",
        "reviewing",
        "being",
        "human",
        "physician",
        "clinician",
        "anyone",
        "oversight",
        "looking",
        "checking",
        "reading",
    ];
    let lower = text.to_lowercase();
    if (lower.contains("in practi") || lower.contains("in reality")) && practice_falls_short(&lower)
    {
        return true;
    }
    if (lower.contains("bulk") || lower.contains("at a time") || lower.contains("individually"))
        && cleared_in_bulk(&lower)
    {
        return true;
    }
    if ["unless", "whether", "exclu", "exempt"]
        .iter()
        .any(|k| lower.contains(k))
        && released_by_default(&lower)
    {
        return true;
    }
    // A handful of cases opened out of thousands, or a reviewer kept from the case itself (a
    // hostile review of the verdicts): see [`practice`].
    if practice::few_of_many_reviewed(&lower) || practice::reviewer_sees_part(&lower) {
        return true;
    }
    // Seconds a case is a review in name only: "avg time per flag in the logs is 2 seconds" (a
    // ninth hostile review, beside flags "confirmed by an invigilator").
    if (lower.contains("second") || lower.contains(" sec"))
        && sentences_of(&lower).iter().any(|t| seconds_a_case(t))
        // Quick cases beside a share of them changed are decided, not waved through: "median
        // time 48 seconds and 19% of suggestions were changed" (a hostile review's honest note).
        && !practice::changes_a_share(&lower)
    {
        return true;
    }
    let keyed = [
        "automatic",
        "auto",
        "straight",
        "immediately",
        "review",
        "check",
        "look",
        "skip",
        "bypass",
        "rubber",
        "click",
        "without",
        "sees",
        "nobody",
        "no one",
        "sent",
        "goes out",
        "gone out",
        "go out",
        "opened",
        "unread",
        "already set",
        "button",
        "clears the queue",
        "read by",
        "unsuccessful",
        "platform",
        "portal",
        "batch",
        "populated",
        "exported",
        "unchanged",
        "unchecked",
        "bulk",
        "watches",
        "loop",
        "sign",
        "final",
        "nightly",
        "overnight",
        "involved",
        "confirm all",
        "approve all",
        "accept all",
        "confirms all",
        "approves all",
        "accepts all",
        "engine",
        "bot",
        "job",
        "api",
        "instantly",
        "as is",
        "as generated",
        "as proposed",
        "as written",
        "as drafted",
        "as printed",
        "whatever",
        "only ever",
        "only see",
        "only review",
        "only get",
        "only check",
        "anyone",
        "anybody",
        "ticked",
        "dropped",
        "skipped",
        // A hostile review of the verdicts' phrases of BYPASS.
        "follow",
        "as they are",
        "authoris",
        "authoriz",
        "approves all",
        "proof",
        "whole list",
        "go with",
        "goes with",
        "go along",
        "accept the",
        "accepts the",
        "really looks",
        "one batch",
        "suggested level",
        "no longer",
        "built the",
        "trained",
        "bonus",
        "no access",
        "only see",
        "sees only",
        "alone",
        "unfilled",
        "nearly all",
        "first week",
        "engineer",
        "no triage",
        "no physician",
        "front desk",
        "signs off",
        "development",
        "investigated",
        "looked into",
        "never given",
        "instructed",
        "told",
        "stands unless",
        "override",
        "the rest",
        "sorted them",
        "directly",
        "days later",
        "already been placed",
        "hitl",
        "removed",
        // Each as specific as the phrases it lets through: a common word here ("queue",
        // "training") sent most notes down the long path below (issue 7).
        "by the system",
        "scheduler",
        "released on the model",
        "issued on the model",
        "sent on the model",
        "afterwards",
        "only opened",
        "login",
        "no authority",
        "no targeting authority",
        "not had the",
        "not given the",
        "in practice people",
        "in practice nobody",
        "in practice no one",
        "as proposed",
        "vacant",
        "never been filled",
        "recruited to",
        "suggestion stands",
        "stands as the",
        "bypassed",
        "nothing for",
        "timer",
        "reused",
        "authorised to overturn",
        "authorized to overturn",
        "allowed to overturn",
        "cannot overturn",
        "can't overturn",
        "is involved",
        "reinstated",
        "suspended",
        "relaxed",
        "on shift",
        "the shared",
        "to the queue",
        "reduces the award",
        "reduced automatically",
        "them anyway",
        "of the workflow",
        "from the workflow",
        "without fresh",
        "without a fresh",
        "without going",
    ]
    .iter()
    .any(|k| lower.contains(k));
    // Support stopped before review ([`stopped_before_review`]): a verb of stopping and what a
    // person receives, not "the suggestion is withheld when inputs fail".
    let stops = [
        "suspend",
        "withh",
        "witheld",
        "stopped",
        "paused",
        "frozen",
        "on hold",
        "stops",
        "pauses",
        "freezes",
        "halts",
        "payments stop",
        "payment stop",
        "support stop",
        "benefit stop",
    ]
    .iter()
    .any(|k| lower.contains(k))
        && [
            "payment",
            "benefit",
            "support",
            "allowance",
            "claim",
            "pension",
            "pay",
            "wage",
            "salary",
            "tenancy",
            "care",
            "treatment",
            "licen",
            "loan",
            "credit",
            "funding",
            "grant",
            "housing",
            "place",
            "enrol",
        ]
        .iter()
        .any(|k| lower.contains(k));
    if !keyed && !stops {
        return false;
    }
    let joined = crate::assessment::as_words(&lower);
    // Each way below to read an outcome as unreviewed needs a phrase of BYPASS, or "nobody",
    // "no", "without", "final" or a countersignature, as words of one clause, so as words of
    // the whole text: a text with none is not split and read clause by clause (most text
    // answers and notes, each read on every evaluation, issue 7).
    let all = super::spaced_words(&joined);
    let all_starts = super::word_starts(&all);
    // The phrases of BYPASS the text holds: each clause is read for those only (reading every
    // phrase in each clause of a long summary cost more than the rest of this reader).
    let present: Vec<&str> = BYPASS
        .iter()
        .copied()
        .filter(|p| super::at_word_starts(&all, &all_starts, p))
        .collect();
    if present.is_empty()
        && ![
            "nobody",
            "no",
            "without",
            "final",
            "co",
            "cosigns",
            "counter",
            "countersigns",
            "end of shift",
        ]
        .iter()
        .any(|p| super::at_word_starts(&all, &all_starts, p))
        && !stops_before_review_in(&all)
        && !goes_unreviewed_in(&all)
    {
        return false;
    }
    // Not at the point of a figure: "forms scoring below 0.2 ... are rejected by the servicer
    // platform" (a tenth review) is one sentence.
    let sentences = sentences_of(&joined);
    sentences
        .iter()
        .filter(|s| !practice::put_right_since(s, &joined))
        .flat_map(|s| s.split('\n'))
        .any(|sentence| {
        let sentence_spaced = super::spaced_words(sentence);
        let sentence_words: Vec<&str> = sentence_spaced.split_whitespace().collect();
        // A check before the outcome goes is read over the clauses joined by commas: "once the
        // officer confirms a decline, the letter is sent automatically" (a review of honest
        // answers); a semicolon parts what holds for other cases.
        sentence
            .split(';')
            .flat_map(|part| {
                let part_checked = after_a_check(&super::spaced_words(part));
                // A request refused is nothing done: "A request from FinCrime to close
                // accounts on the score, without an investigator, was refused" (a review of
                // honest text). Its clauses are not read, through the refusal.
                let refused = refused_request(part);
                // A dash parts clauses as a comma does: "line decreases are not - card ops run
                // QQ-PD monthly and any cardholder ... has their limit halved automatically" (a
                // tenth review).
                part.split(',')
                    .enumerate()
                    .filter(move |(k, _)| refused.is_none_or(|r| *k > r))
                    .flat_map(|(_, c)| c.split(['\u{2013}', '\u{2014}']).flat_map(|d| d.split(" - ")))
                    .map(move |c| (super::spaced_words(c), part_checked))
            })
            .any(|(clause, part_checked)| {
                let words: Vec<&str> = clause.split_whitespace().collect();
                // An outcome that goes to the person without the review, in words of its own
                // ([`goes_unreviewed`]), whatever else the clause holds: "a penalty is raised
                // automatically if there's no reply within 30 days" (a hostile review). Not one
                // denied before it ("no account is frozen automatically", "they don't use them
                // as is"), where a condition's "no" is none: "if there's no reply in 30 days a
                // fine is issued automatically" is read before its "if" only.
                if !part_checked
                    && let Some(at) = goes_unreviewed(&words)
                    && !words
                        .get(..at)
                        .unwrap_or_default()
                        .split(|w| matches!(*w, "if" | "unless"))
                        .next()
                        .unwrap_or_default()
                        .iter()
                        .any(|w| {
                            matches!(
                                *w,
                                "no" | "not"
                                    | "never"
                                    | "nothing"
                                    | "none"
                                    | "neither"
                                    | "nor"
                                    | "cannot"
                                    | "t"
                                    | "nobody"
                                    | "prevent"
                                    | "prevents"
                                    | "blocked"
                                    | "blocks"
                                    | "impossible"
                            )
                        })
                {
                    return true;
                }
                // "Approvals are applied automatically; every decline goes to an underwriter": a
                // review of adverse outcomes leaves favourable ones to take effect alone.
                // So is "the rest" of favourable ones in the clause before: "Model Risk samples
                // 200 pre-approvals a month; the rest are not looked at by anyone".
                let favourable = |w: &&str| {
                    matches!(
                        *w,
                        "approvals" | "approval" | "approved" | "positive" | "granted" | "grants"
                    ) || w.starts_with("favo")
                };
                let the_rest = matches!(
                    words.get(..2),
                    Some(["the", "rest" | "others" | "remainder" | "remaining"])
                );
                if words.iter().any(favourable)
                    || (the_rest && sentence_words.iter().any(favourable))
                {
                    return false;
                }
                // "Declines not reviewed within two business days are escalated": a rule for a case
                // still waiting, not one that went without; "sent automatically after the officer
                // confirms" (a review of honest notes).
                if part_checked
                    || words.iter().any(|w| {
                        w.starts_with("escalat")
                            // Not a refusal on a timeout: "Claims ... that nobody picks up
                            // within 28 days are refused automatically" (a hostile review).
                            || (matches!(*w, "within" | "held" | "queued")
                                && !refused_automatically(&words))
                    })
                {
                    return false;
                }
                // "Reminders are sent automatically", "Applications withdrawn by the applicant are
                // closed automatically": messages and the applicant's own act decide nothing (a
                // review of honest notes). Sending or issuing counts only of a decision. Not where
                // the clause refuses automatically: "claims whose immigration status is unclear
                // are refused automatically" (a hostile review).
                if !refused_automatically(&words)
                    && sentence_words.iter().any(|w| {
                        w.starts_with("remind")
                            || w.starts_with("acknowledg")
                            || w.starts_with("receipt")
                            || w.starts_with("alert")
                            || w.starts_with("confirmation")
                            || w.starts_with("notification")
                            || matches!(*w, "status" | "updates" | "pager")
                    })
                {
                    return false;
                }
                // The applicant's own act, in the clause: "withdrawn by the applicant". Not the
                // applicant named elsewhere in the sentence ("Pre-approvals go to the applicant;
                // declines below 480 are sent automatically": a hostile review), nor as the one
                // an outcome is sent to.
                // Not a claim the system deems withdrawn: "closed as withdrawn by the overnight
                // batch job" (a hostile review).
                if words.iter().enumerate().any(|(i, w)| {
                    (*w == "withdrawn"
                        && i.checked_sub(1).and_then(|j| words.get(j)) != Some(&"as"))
                        || (*w == "by"
                            && words
                                .get(i + 1..i + 3)
                                .unwrap_or_default()
                                .iter()
                                .any(|n| n.starts_with("applicant")))
                }) {
                    return false;
                }
                // An account or case closed once what it was for is done: "Loan accounts are
                // closed automatically when repaid" (a helper's honest look-alike failed the
                // gate on it). Closing on the person's own repayment or a fix decides nothing
                // against them; "closed automatically after 30 days" still counts.
                if words.iter().any(|w| w.starts_with("clos"))
                    && !refused_automatically(&words)
                    // Not what a person asks for: "applications are closed automatically once
                    // the score is settled" is a refusal.
                    && !words.iter().any(|w| {
                        w.starts_with("applica") || w.starts_with("claim") || w.starts_with("request")
                    })
                    && words.iter().enumerate().any(|(i, w)| {
                        matches!(*w, "when" | "once" | "after" | "on")
                            && words.get(i + 1..).unwrap_or_default().iter().any(|n| {
                                matches!(
                                    *n,
                                    "repaid"
                                        | "repayment"
                                        | "settled"
                                        | "redeemed"
                                        | "matures"
                                        | "matured"
                                        | "completion"
                                        | "resolved"
                                        | "fixed"
                                ) || (*n == "paid"
                                    && words.get(i + 1..).unwrap_or_default().contains(&"off"))
                            })
                    })
                {
                    return false;
                }
                // Settings applied to the model's work, not its outcomes: "Map overlays are
                // applied automatically; the commander authorises every strike", "Confidence
                // thresholds are applied automatically to hide weak nominations" (a review of
                // honest answers). Read in the clause's subject, before its verb.
                let subject = words
                    .iter()
                    .position(|w| matches!(*w, "is" | "are" | "was" | "were" | "get" | "gets"))
                    .and_then(|v| words.get(..v))
                    .unwrap_or_default();
                if subject.iter().any(|w| settings_word(w))
                    && !subject.iter().any(|w| outcome_word(w))
                {
                    return false;
                }
                // A case closed after a person decided it: "A senior officer decides each
                // appeal within 10 business days; the case is then closed automatically".
                let person_decided = sentence_words
                    .iter()
                    .any(|w| REVIEWERS.contains(w) || *w == "maker")
                    && sentence_words.iter().any(|w| {
                        matches!(
                            *w,
                            "decides"
                                | "decided"
                                | "decision"
                                | "signs"
                                | "signed"
                                | "rejects"
                                | "overturns"
                        )
                    });
                // So is an outcome sent after it: "A senior officer re-decides within 10
                // business days, and the outcome letter is then sent automatically";
                // "Nominations the targeting officer rejects are closed automatically".
                if person_decided
                    && (clause.contains(" closed automatically ") || clause.contains(" then "))
                    && !clause.contains(" without ")
                {
                    return false;
                }
                let of_a_decision = sentence_words.iter().any(|w| {
                    decided(w)
                        || matches!(*w, "levels" | "level" | "they" | "them" | "dose" | "doses")
                });
                // A reviewer left out, after "without": "reports go to the GP without a
                // radiologist looking" (a sixth review). Not one said not to be needed: "without
                // an operator being needed" (a review of honest answers).
                let without_a_reviewer = |i: usize| {
                    let at = match words.get(i + 1) {
                        Some(&("a" | "an" | "any" | "the")) => i + 2,
                        _ => i + 1,
                    };
                    // Or a word or two before who it is: "without the on-call intensivist"
                    // (a ninth review).
                    let Some(at) = (at..at + 3).find(|&k| words.get(k).is_some_and(|r| REVIEWERS.contains(r))) else {
                        return false;
                    };
                    words.get(at + 1).is_none_or(|n| {
                            [
                                "look", "review", "check", "read", "see", "sign", "approv",
                                "confirm",
                            ]
                            .iter()
                            .any(|v| n.starts_with(v))
                        })
                };
                // A clause that denies the bypass or sets a rule for it is about the review at work.
                // "Can't" as "cannot": "the suggestion can't be accepted with one click" (a
                // sixth review's false alarm, beside the host's "cannot be accepted with a
                // single click").
                const GUARDS: &[&str] = &[
                    "no",
                    "not",
                    "never",
                    "cannot",
                    "t",
                    "nothing",
                    "none",
                    "neither",
                    "nor",
                    "if",
                    "unless",
                    "until",
                    "that",
                    "which",
                    "prevent",
                    "prevents",
                    "blocked",
                    "blocks",
                    "impossible",
                    "must",
                ];
                // An outcome named in the letter is no denial: "sent the 'not eligible for
                // funded hours' letter by the overnight batch" (a tenth review).
                // A condition of load or time is when the review is skipped, not a rule that
                // keeps it: "If the queue is over 200 the oldest ones are released as they are"
                // (a hostile review of the verdicts).
                let under_load = |from: usize, to: usize| {
                    words.get(from..to).unwrap_or_default().iter().any(|n| {
                        matches!(
                            *n,
                            "queue"
                                | "backlog"
                                | "busy"
                                | "exceeds"
                                | "weekend"
                                | "weekends"
                                | "night"
                                | "hours"
                                | "days"
                                | "minutes"
                                | "weeks"
                                | "sla"
                                | "peak"
                                | "volume"
                                | "volumes"
                                | "holidays"
                                | "understaffed"
                                | "deadline"
                        )
                    })
                };
                let guarded = |at: usize| {
                    let before = words.get(..at).unwrap_or_default();
                    // Such a condition's own words guard nothing: "If an officer hasn't opened
                    // it after 48 hours, it is sent as it is".
                    let before = before
                        .iter()
                        .rposition(|w| matches!(*w, "if" | "unless" | "until"))
                        .filter(|&k| under_load(k + 1, at))
                        .and_then(|k| before.get(..k))
                        .unwrap_or(before);
                    // So do a relative clause of time and the words before its time: "Claims in
                    // the 'needs review' queue that nobody picks up within 28 days are refused
                    // automatically" (a hostile review). What follows its time still guards
                    // ("Letters which are not approved within 2 days are never sent
                    // automatically").
                    let relative = before
                        .iter()
                        .rposition(|w| matches!(*w, "that" | "which" | "those"))
                        .filter(|&k| under_load(k + 1, at));
                    let from = relative.map_or(before.len(), |k| {
                        (k + 1..before.len())
                            .rev()
                            .find(|&j| under_load(j, j + 1))
                            .map_or(k, |j| j + 1)
                    });
                    let head = relative.map_or(before, |k| before.get(..k).unwrap_or_default());
                    let tail = before.get(from..).unwrap_or_default();
                    let guards_in = |part: &[&str]| {
                        part.iter().enumerate().any(|(k, w)| {
                            GUARDS.contains(w)
                                // A date, not a rule: "During the core-banking migration
                                // (expected to run until Q2 2027) the officer review step is
                                // bypassed" (a hostile review).
                                && !(*w == "until" && part.get(k + 1).is_some_and(|n| a_date_word(n)))
                                && !(*w == "not"
                                    && part.get(k + 1).is_some_and(|n| {
                                        matches!(
                                            *n,
                                            "eligible" | "entitled" | "successful" | "suitable" | "qualified"
                                        )
                                    }))
                        })
                    };
                    guards_in(head) || (relative.is_some() && guards_in(tail))
                };
                // A denial in a clause joined before is not of this one: "with no reason and
                // nobody in FinCrime reviewing it" (a ninth review).
                let guarded_since = |at: usize| {
                    let from = words
                        .get(..at)
                        .unwrap_or_default()
                        .iter()
                        .rposition(|w| matches!(*w, "and" | "but" | "while" | "whereas" | "yet"))
                        .map_or(0, |j| j + 1);
                    words
                        .get(from..at)
                        .unwrap_or_default()
                        .iter()
                        .any(|w| GUARDS.contains(w))
                };
                // Where each word starts, once, sorted by its first letter: a phrase is compared
                // only where a word opens with its own first letter (formatting and searching
                // for each phrase was a tenth of `raia score`, and comparing it at every word a
                // twentieth, issue 7).
                let starts = super::word_starts(&clause);
                let at_word = |p: &str| word_place(&clause, &starts, p);
                // Support stopped before a person has decided: "payments on a flagged claim are
                // suspended from the next payment date while the investigator's review is
                // pending", "suspended automatically ..., before any investigator has looked at
                // it" (an end-to-end review saw human oversight "met" beside each).
                // A person who decides after the stop does not stop it: "payments paused
                // automatically, and the caseworker then decides whether to restore them".
                let decides_after = sentence_words.iter().any(|w| {
                    matches!(
                        *w,
                        "then" | "afterwards" | "later" | "restore" | "reinstate"
                    )
                });
                if (!person_decided || decides_after)
                    && let Some(at) = stopped_before_review(&words)
                {
                    return !guarded(at);
                }
                // What is filled in must be an outcome: "the suggested dose is auto-populated",
                // not "the patient's details are auto-populated onto the label".
                let of_an_outcome = || {
                    words.iter().any(|w| {
                        outcome_word(w) || matches!(*w, "dose" | "doses" | "dosage" | "grade")
                    })
                };
                let objects_by_click = || {
                    words.iter().any(|w| {
                        matches!(
                            *w,
                            "flag"
                                | "flags"
                                | "report"
                                | "reports"
                                | "query"
                                | "queries"
                                | "raise"
                                | "raises"
                                | "object"
                                | "objects"
                        )
                    }) && !words.iter().any(|w| {
                        w.starts_with("approv")
                            || w.starts_with("confirm")
                            || w.starts_with("accept")
                            || w.starts_with("sign")
                            || decided(w)
                    })
                };
                present
                .iter()
                .filter(|p| {
                    of_a_decision || !(p.starts_with("sent ") || p.starts_with("issued "))
                })
                .filter(|p| !p.contains("populated") || of_an_outcome())
                // A click that flags an error is a person objecting, not one accepting: "Tutors
                // flag summary errors with one click" (a hostile review's honest file).
                .filter(|p| !p.contains("click") || !objects_by_click())
                // A click a case counts only where it accepts what the system gives: "the site
                // manager accepts the tool's ranking ..., it's one click per bed", not "Porters
                // request a bed clean with one click per bed" (a review of honest text).
                .filter(|p| {
                    !p.contains("click")
                        || !(clause.contains(" click per ") || clause.contains(" click each "))
                        || sentence_words.iter().any(|w| {
                            ["accept", "confirm", "approv", "sign", "endors", "validat", "clear", "follow", "adopt"]
                                .iter()
                                .any(|v| w.starts_with(v))
                                || matches!(*w, "take" | "takes" | "took" | "taken")
                        })
                })
                .filter_map(|p| at_word(p))
                .any(|at| !guarded(at))
                // "Nobody currently reviews declines", "nobody watches the clip before the exam
                // is marked void" (a hostile review).
                // Past where they sit: "nobody in FinCrime reviewing it", "no one on the ops
                // team checks it" (a ninth review).
                || words.iter().enumerate().any(|(i, w)| {
                    let far = if matches!(
                        words.get(i + 1 + usize::from(*w == "no")),
                        Some(&("in" | "on" | "from" | "at" | "of"))
                    ) {
                        7
                    } else {
                        4
                    };
                    (*w == "nobody" || (*w == "no" && words.get(i + 1) == Some(&"one")))
                        && words.get(i + 1..(i + far).min(words.len())).unwrap_or_default().iter().any(|v| {
                            v.starts_with("review")
                                || v.starts_with("check")
                                || matches!(*v, "sees" | "watches")
                        })
                        && !guarded_since(i)
                })
                || words.iter().enumerate().any(|(i, w)| {
                    (*w == "no"
                        && words
                            .get(i + 1)
                            .is_some_and(|r| REVIEWERS.contains(r))
                        && words.get(i + 2).is_some_and(|v| {
                            v.starts_with("review") || v.starts_with("check") || *v == "sees"
                                // "no investigator looks at the exclusion list" (a tenth
                                // review); not "looks at the score until ..." (how they read).
                                || (matches!(*v, "looks" | "reads" | "opens")
                                    && !words.get(i + 3..).unwrap_or_default().iter().any(|n| {
                                        matches!(*n, "until" | "before" | "first")
                                    }))
                        }))
                        && !guarded_since(i)
                        || (*w == "without"
                            && (words
                                .get(i + 1..i + 3)
                                .unwrap_or_default()
                                .iter()
                                .any(|n| WITHOUT.contains(n))
                                || without_a_reviewer(i))
                            && !guarded(i))
                })
                // No person in the loop: "cuts credit limits on existing cards overnight, no
                // officer in the loop" (a sixth review). Not one said not to be needed: "no human
                // in the loop is needed for that tuning" (a review of honest answers).
                || words.iter().enumerate().any(|(i, w)| {
                    let rest = words.get(i + 1..).unwrap_or_default();
                    // Or one word before who it is, or "involved": "no claims handler in the
                    // loop", "no underwriter involved" (an eighth review).
                    let rest = match (*w, rest) {
                        ("nobody", r) => r,
                        ("no", [who, r @ ..]) if *who == "one" || REVIEWERS.contains(who) => r,
                        ("no", [_, who, r @ ..]) if REVIEWERS.contains(who) => r,
                        _ => return false,
                    };
                    (rest.starts_with(&["in", "the", "loop"]) || rest.first() == Some(&"involved"))
                        && !rest.get(3..6).unwrap_or_default().iter().any(|n| {
                            matches!(*n, "needed" | "required" | "necessary" | "involved")
                        })
                        && !guarded(i)
                })
                // A countersignature after the outcome is in use: "the nurse applies the
                // model's ESI level and the physician co-signs in the morning batch" (a sixth
                // review). Not one given before it goes ("co-signs before the level is
                // entered").
                || (of_a_decision
                    && !words
                        .iter()
                        .any(|n| matches!(*n, "before" | "until" | "prior" | "pending"))
                    && words.iter().enumerate().any(|(i, w)| {
                        // Or a plain signature at the end of the shift: "nurses give the dose
                        // shown and the prescriber signs the chart at end of shift" (an eighth
                        // review).
                        let signs = matches!(*w, "cosigns" | "countersigns")
                            || (matches!(*w, "co" | "counter")
                                && words.get(i + 1).is_some_and(|n| n.starts_with("sign")))
                            || (matches!(*w, "signs" | "sign")
                                && words
                                    .get(i + 1..(i + 8).min(words.len()))
                                    .unwrap_or_default()
                                    .windows(3)
                                    .any(|p| matches!(p, ["end", "of", "shift"])));
                        signs
                            && words
                                .get(i + 1..(i + 8).min(words.len()))
                                .unwrap_or_default()
                                .iter()
                                .any(|n| {
                                    matches!(
                                        *n,
                                        "morning"
                                            | "tomorrow"
                                            | "later"
                                            | "afterwards"
                                            | "retrospectively"
                                            | "next"
                                            | "shift"
                                    )
                                })
                            && !guarded(i)
                    }))
                // The model's output taken as the outcome itself: "Telehealth patients get the
                // model's level as the final disposition" (a sixth review).
                || words.iter().enumerate().any(|(i, w)| {
                    *w == "final"
                        && words.get(i.saturating_sub(2)..i) == Some(&["as", "the"][..])
                        && matches!(
                            words.get(i + 1),
                            Some(
                                &("disposition"
                                    | "decision"
                                    | "outcome"
                                    | "level"
                                    | "answer"
                                    | "result"
                                    | "word")
                            )
                        )
                        && words
                            .get(i.saturating_sub(7)..i)
                            .unwrap_or_default()
                            .iter()
                            .any(|b| a_machine(b) || matches!(*b, "tool" | "its"))
                        && !guarded(i)
                })
            })
    })
}

/// Whether a sentence of `lower` says adverse outcomes go out by default, so that the review is
/// a veto at most, or that some are kept from it: "'refuse' outputs go out unless a caseworker
/// objects within 2 hrs", "the declines batch-release at 17:00 whether anyone opened them or
/// not", "Overdraft reductions are excluded from the officer queue by design" (a hostile
/// review). A veto or a default release is not a review. Not an approval ("nothing goes out
/// unless a caseworker approves it"), the person's own objection ("unless the applicant
/// objects"), favourable outcomes kept from the queue ("approvals are excluded from the review
/// queue"), nor a denial ("declines are never excluded from review").
fn released_by_default(lower: &str) -> bool {
    const VETO: &[&str] = &[
        "objects",
        "object",
        "objected",
        "vetoes",
        "veto",
        "vetoed",
        "intervenes",
        "intervene",
        "stops",
        "stopped",
        "pulls",
        "pulled",
        "blocks",
        "blocked",
        "overrides",
        "overridden",
        "challenges",
        "flags",
        "flagged",
        "halts",
        "halted",
    ];
    let opened = |w: &str| {
        w.starts_with("open")
            || w.starts_with("review")
            || w.starts_with("check")
            || w.starts_with("look")
            || w.starts_with("approv")
            || w.starts_with("sign")
            || matches!(w, "read" | "seen" | "saw")
    };
    let adverse = |w: &str| {
        decided(w)
            || against(w)
            || matches!(
                w,
                "reduction"
                    | "reductions"
                    | "cut"
                    | "cuts"
                    | "decrease"
                    | "decreases"
                    | "closure"
                    | "closures"
                    | "termination"
                    | "terminations"
                    | "cancellation"
                    | "cancellations"
                    | "downgrade"
                    | "downgrades"
                    | "removal"
                    | "removals"
                    | "penalty"
                    | "penalties"
                    | "sanction"
                    | "sanctions"
                    | "ineligible"
            )
    };
    let goes = |w: &str| {
        matches!(
            w,
            "out"
                | "sent"
                | "issued"
                | "released"
                | "release"
                | "releases"
                | "applied"
                | "effect"
                | "closed"
                | "proceed"
                | "proceeds"
                | "stand"
                | "stands"
                | "finalised"
                | "finalized"
        )
    };
    lower.split(['.', ';', '\n']).any(|sentence| {
        let spaced = super::spaced_words(sentence);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        if !words.iter().any(|w| adverse(w)) {
            return false;
        }
        let denied = |i: usize| {
            words.get(..i).unwrap_or_default().iter().any(|w| {
                matches!(
                    *w,
                    "no" | "not" | "never" | "nothing" | "none" | "t" | "cannot" | "nobody"
                )
            })
        };
        let favourable = |i: usize| {
            words.get(..i).unwrap_or_default().iter().any(|w| {
                w.starts_with("approv")
                    || w.starts_with("favo")
                    || matches!(*w, "granted" | "positive")
            })
        };
        words.iter().enumerate().any(|(i, w)| match *w {
            // "go out unless a caseworker objects", "are released unless vetoed"
            "unless" => {
                let after = words
                    .get(i + 1..(i + 6).min(words.len()))
                    .unwrap_or_default();
                after.iter().any(|x| VETO.contains(x))
                    && !after.iter().any(|x| {
                        x.starts_with("approv")
                            || x.starts_with("confirm")
                            || x.starts_with("sign")
                            || x.starts_with("applicant")
                            || x.starts_with("claimant")
                            || x.starts_with("customer")
                            || x.starts_with("patient")
                            || matches!(*x, "they" | "he" | "she")
                    })
                    && words
                        .get(i.saturating_sub(5)..i)
                        .is_some_and(|b| b.iter().any(|x| goes(x)))
                    && !denied(i)
            }
            // "release at 17:00 whether anyone opened them or not", "whether or not anyone
            // has reviewed them"
            "whether" => {
                let after = words
                    .get(i + 1..(i + 8).min(words.len()))
                    .unwrap_or_default();
                after.windows(2).any(|p| p == ["or", "not"])
                    && after.iter().any(|x| opened(x))
                    && words
                        .get(i.saturating_sub(6)..i)
                        .is_some_and(|b| b.iter().any(|x| goes(x)))
                    && !denied(i)
            }
            // "excluded from the officer queue", "exempt from review"
            _ if w.starts_with("exclu") || w.starts_with("exempt") => {
                words.get(i + 1..(i + 5).min(words.len())).is_some_and(|a| {
                    matches!(a.first(), Some(&("from" | "of")))
                        && a.iter().any(|x| {
                            matches!(
                                *x,
                                "queue"
                                    | "review"
                                    | "oversight"
                                    | "reviewer"
                                    | "reviewers"
                                    | "officer"
                                    | "officers"
                                    | "caseworker"
                                    | "caseworkers"
                                    | "underwriter"
                                    | "underwriters"
                                    | "human"
                            )
                        })
                }) && !denied(i)
                    && !favourable(i)
            }
            _ => false,
        })
    })
}

/// Whether `all` (a whole text, spaced words) has a word [`goes_unreviewed`] needs: most texts
/// have none, and are not split into clauses for it (issue 7).
fn goes_unreviewed_in(all: &str) -> bool {
    [
        " automatically ",
        " auto ",
        " straight away ",
        " instantly ",
        " immediately ",
        " engine ",
        " bot ",
        " job ",
        " api ",
        " script ",
        " by the model ",
        " by the system ",
        " by the algorithm ",
        " as is ",
        " as generated ",
        " as proposed ",
        " as written ",
        " as drafted ",
        " as printed ",
        " whatever ",
        " only get involved ",
        " only gets involved ",
        " only ever see ",
        " only see ",
        " only sees ",
        " only review ",
        " only reviews ",
        " only get ",
        " only gets ",
        " only check ",
        " only checks ",
        " before anyone ",
        " before anybody ",
        " platform ",
        " portal ",
    ]
    .iter()
    .any(|k| all.contains(k))
}

/// An outcome taken against a person ([`goes_unreviewed`]): "deactivated", "banned", "frozen".
/// Not "locked" or "blocked": accounts are locked after failed logins.
fn against(w: &str) -> bool {
    matches!(
        w,
        "deactivated"
            | "banned"
            | "suspended"
            | "frozen"
            | "removed"
            | "excluded"
            | "expelled"
            | "evicted"
            | "terminated"
            | "barred"
            | "delisted"
            | "penalised"
            | "penalized"
            | "fined"
            | "sanctioned"
    )
}

/// Whether `words` (one clause) say an outcome goes to the person without the review the
/// answer claims, and where (for the caller to read a denial before it). A hostile review wrote
/// these beside a review "in place":
/// - the outcome taken by a machine or at once: "drivers ... are deactivated from the app by the
///   rules engine", "members ... are permanently banned by the moderation bot", "the customer's
///   current account is frozen straight away", "a penalty is raised automatically";
/// - the list approved as the model made it: "they approve the list as generated", "heads of
///   year use them as is";
/// - reviewers shown only the favourable ones: "Credit officers only see the ones it approves";
/// - a decline confirmed when no one opens it: "the queue auto-approves any decline not opened
///   within 48 hrs";
/// - the outcome before a person reads the case: "30 drivers a month lose their account over
///   this before anyone reads the thread";
/// - a dose put on the round by the alert: "agitation alerts auto-add the PRN sedation prompt
///   to the eMAR round".
fn goes_unreviewed(words: &[&str]) -> Option<usize> {
    // Who takes an outcome up after the machine, in the rest of its clause.
    const REVIEWERS_AFTER: &[&str] = &[
        "officer",
        "officers",
        "caseworker",
        "caseworkers",
        "underwriter",
        "underwriters",
        "person",
        "human",
        "staff",
        "team",
        "manager",
        "reviewer",
        "analyst",
        "adviser",
        "advisor",
        "queue",
        "appeal",
    ];
    let at = |i: usize| words.get(i).copied().unwrap_or_default();
    let whom = |w: &str| {
        PEOPLE.contains(&w)
            || matches!(
                w,
                "account"
                    | "accounts"
                    | "customer"
                    | "driver"
                    | "member"
                    | "user"
                    | "tenant"
                    | "applicant"
                    | "claimant"
                    | "pupil"
                    | "student"
                    | "tenancy"
                    | "tenancies"
                    | "membership"
            )
    };
    // Not a lock of the person's own making or for the account's safety: "after five failed
    // logins", "at their own request", "inactive for two years".
    if words.iter().any(|w| {
        matches!(
            *w,
            "login"
                | "logins"
                | "password"
                | "passwords"
                | "inactive"
                | "inactivity"
                | "idle"
                | "own"
        )
    }) {
        return None;
    }
    let by_machine = |from: usize| {
        let after = words
            .get(from..(from + 9).min(words.len()))
            .unwrap_or_default();
        after.iter().enumerate().any(|(k, w)| {
            matches!(*w, "automatically" | "instantly" | "immediately")
                || (*w == "straight" && after.get(k + 1) == Some(&"away"))
                || (*w == "by"
                    && after
                        .get(k + 1..(k + 5).min(after.len()))
                        .unwrap_or_default()
                        .iter()
                        .any(|m| {
                            a_machine(m)
                                || matches!(
                                    *m,
                                    "job"
                                        | "batch"
                                        | "api"
                                        | "script"
                                        | "scheduler"
                                        | "pipeline"
                                        | "platform"
                                        | "portal"
                                )
                        }))
        }) || matches!(from.checked_sub(2).map(at), Some("auto" | "automatically"))
    };
    const NOUNS: &[&str] = &[
        "penalty",
        "penalties",
        "fine",
        "fines",
        "sanction",
        "sanctions",
        "ban",
        "bans",
        "suspension",
        "eviction",
        "exclusion",
        "deactivation",
        "foreclosure",
        // "deductions of up to 25% of ongoing awards are issued automatically" (a sixth
        // review).
        "deduction",
        "deductions",
        "clawback",
        "clawbacks",
        "surcharge",
        "surcharges",
    ];
    const RAISED: &[&str] = &[
        "raised",
        "issued",
        "imposed",
        "applied",
        "added",
        "charged",
        "levied",
        "filed",
        "triggered",
    ];
    for i in 0..words.len() {
        let w = at(i);
        let taken_off = matches!(w, "taken" | "struck") && at(i + 1) == "off";
        // "drivers ... are deactivated by the rules engine", "Customer accounts are frozen
        // automatically".
        if (against(w) || taken_off)
            && words.get(..i).unwrap_or_default().iter().any(|b| whom(b))
            && by_machine(i + 1)
        {
            return Some(i);
        }
        // A request refused, or a limit or award cut, by the machine: "forms scoring below 0.2
        // ... are rejected by the servicer platform, unread", "any cardholder whose PD rises
        // above 8% has their limit halved automatically" (a tenth review). Not one a person
        // then takes up ("declined by the model and reviewed by an officer").
        let before = words.get(..i).unwrap_or_default();
        let refused = matches!(w, "rejected" | "refused" | "declined" | "denied")
            && before.iter().any(|b| {
                whom(b)
                    || matches!(
                        *b,
                        "form"
                            | "forms"
                            | "application"
                            | "applications"
                            | "claim"
                            | "claims"
                            | "request"
                            | "requests"
                    )
            });
        let cut = matches!(
            w,
            "halved" | "cut" | "reduced" | "lowered" | "withdrawn" | "stopped"
        ) && before.iter().any(|b| {
            matches!(
                *b,
                "limit"
                    | "limits"
                    | "credit"
                    | "benefit"
                    | "benefits"
                    | "allowance"
                    | "award"
                    | "awards"
                    | "payment"
                    | "payments"
                    | "hours"
            )
        });
        if (refused || cut)
            && by_machine(i + 1)
            && !words.get(i + 1..).unwrap_or_default().iter().any(|n| {
                REVIEWERS_AFTER.contains(n)
                    || n.starts_with("review")
                    || n.starts_with("check")
                    || n.starts_with("confirm")
            })
        {
            return Some(i);
        }
        // "a penalty is raised automatically"
        // Past what it is of: "deductions of up to 25% of ongoing awards are issued
        // automatically".
        if NOUNS.contains(&w)
            && words.get(i + 1..(i + 11).min(words.len())).is_some_and(|n| {
                n.windows(2).any(|p| {
                    matches!(p, [v, a] if RAISED.contains(v) && *a == "automatically")
                        || matches!(p, [a, v] if matches!(*a, "auto" | "automatically") && RAISED.contains(v))
                })
            })
        {
            return Some(i);
        }
        // "approve the list as generated", "use them as is" (not "as is required").
        // "they sign it off as written" (an eighth review's assessor reports).
        if w == "as"
            && matches!(
                at(i + 1),
                "is" | "generated" | "proposed" | "written" | "drafted" | "printed"
            )
            && !matches!(
                at(i + 2),
                "required"
                    | "standard"
                    | "common"
                    | "usual"
                    | "normal"
                    | "customary"
                    | "expected"
                    | "needed"
                    | "the"
                    | "our"
                    | "their"
                    | "often"
                    | "typical"
                    | "done"
            )
            && let Some(v) = (i.saturating_sub(6)..i).find(|&v| {
                let v = at(v);
                v.starts_with("approv")
                    || v.starts_with("accept")
                    || v.starts_with("confirm")
                    || matches!(
                        v,
                        "use" | "uses" | "used" | "sign" | "signs" | "signed" | "apply" | "applies"
                    )
            })
            // Written, drafted or printed: what the system wrote, "sign it off as written",
            // not a script a person wrote ("Her agent signs each script off as written", a
            // review of honest text).
            && (!matches!(at(i + 1), "written" | "drafted" | "printed")
                || (v + 1..i).any(|k| {
                    matches!(at(k), "it" | "them" | "its") || SYSTEM_OUTPUT.contains(&at(k))
                }))
        {
            return Some(v);
        }
        // "officers only see the ones it approves", "caseworkers only ever see the ones it
        // passes" (an eighth review).
        let ever = usize::from(at(i + 1) == "ever");
        if w == "only"
            && matches!(
                at(i + 1 + ever),
                "see" | "sees" | "review" | "reviews" | "check" | "checks" | "get" | "gets"
            )
            && words
                .get(i + 2 + ever..(i + 7 + ever).min(words.len()))
                .is_some_and(|n| {
                    n.iter().any(|x| {
                        x.starts_with("approv")
                            || x.starts_with("accept")
                            || x.starts_with("grant")
                            // "caseworkers only ever see claims that clear the line" (a
                            // tenth review).
                            || matches!(*x, "passes" | "passed" | "pass" | "clears" | "cleared" | "clear")
                    }) && !n.iter().any(|x| decided(x))
                })
        {
            return Some(i);
        }
        // People involved only on a complaint: "officers only get involved if someone
        // complains" (an eighth review's housing register, whose lets go out automatically).
        // Not a second look on appeal ("looks at it again only if the claimant appeals").
        if w == "only"
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .unwrap_or_default()
                .iter()
                .any(|v| {
                    matches!(
                        *v,
                        "involved" | "step" | "steps" | "look" | "looks" | "see" | "sees"
                    )
                })
            && words
                .get(i + 2..(i + 10).min(words.len()))
                .unwrap_or_default()
                .iter()
                .any(|v| v.starts_with("complain") || v.starts_with("challeng"))
            && !words.iter().any(|v| {
                matches!(
                    *v,
                    "again" | "second" | "re" | "reconsider" | "reconsideration"
                )
            })
        {
            return Some(i);
        }
        // Whatever the machine gives, used as it is: "Nurses give whatever drug dose the model
        // prints" (an eighth review's probe).
        if w == "whatever"
            && words
                .get(i + 1..(i + 5).min(words.len()))
                .unwrap_or_default()
                .iter()
                .any(|m| a_machine(m) || matches!(*m, "it" | "tool" | "its"))
            && words
                .get(i.saturating_sub(3)..i)
                .unwrap_or_default()
                .iter()
                .any(|v| {
                    matches!(
                        *v,
                        "give"
                            | "gives"
                            | "sign"
                            | "signs"
                            | "apply"
                            | "applies"
                            | "use"
                            | "uses"
                            | "accept"
                            | "accepts"
                            | "send"
                            | "sends"
                            | "follow"
                            | "follows"
                            | "enter"
                            | "enters"
                    )
                })
        {
            return Some(i);
        }
        // "the queue auto-approves any decline", "declines not opened in two days are
        // confirmed automatically"
        let confirms = |x: &str| {
            x.starts_with("approv") || x.starts_with("confirm") || x.starts_with("accept")
        };
        if ((matches!(w, "auto" | "automatically") && confirms(at(i + 1)))
            || (confirms(w) && at(i + 1) == "automatically"))
            && (i.saturating_sub(10)..(i + 6).min(words.len()))
                .any(|d| decided(at(d)) && !at(d).starts_with("decision"))
        {
            return Some(i);
        }
        // "lose their account over this before anyone reads the thread"
        if w == "before"
            && matches!(at(i + 1), "anyone" | "anybody")
            && words.get(..i).unwrap_or_default().iter().any(|b| {
                against(b)
                    || decided(b)
                    || matches!(
                        *b,
                        "lose" | "loses" | "lost" | "taken" | "struck" | "refused"
                    )
            })
        {
            return Some(i);
        }
        // "alerts auto-add the PRN sedation prompt to the eMAR round"; not a prompt to review
        // or assess the resident.
        if ((matches!(w, "auto" | "automatically")
            && matches!(at(i + 1), "add" | "adds" | "added"))
            || (w == "added" && at(i + 1) == "automatically"))
            && words.iter().any(|x| {
                matches!(
                    *x,
                    "dose"
                        | "doses"
                        | "sedation"
                        | "sedative"
                        | "prn"
                        | "medication"
                        | "medicine"
                        | "prescription"
                        | "drug"
                        | "drugs"
                )
            })
            && !words.iter().any(|x| {
                x.starts_with("review") || x.starts_with("check") || x.starts_with("assess")
            })
        {
            return Some(i);
        }
    }
    None
}

/// Whether `spaced` (a whole text) has each kind of word [`stopped_before_review`] needs: a
/// verb of stopping, what a person receives, and a word of a review to come. Most texts that
/// stop something stop no payment ("the suggestion is withheld when inputs fail validation"),
/// and are not read clause by clause for it (issue 7).
fn stops_before_review_in(spaced: &str) -> bool {
    let words = || spaced.split_whitespace();
    words().any(|w| stop_verb(w) || w == "hold")
        && words().any(received)
        && words().any(|w| {
            matches!(
                w,
                "pending" | "automatically" | "immediately" | "before" | "until"
            )
        })
}

/// What a person receives, which a stop before review withholds ([`stopped_before_review`]):
/// not "the pipeline is stopped automatically", nor a card frozen that its holder lifts (an
/// answer of its own).
fn received(w: &str) -> bool {
    matches!(
        w,
        "payment"
            | "payments"
            | "benefit"
            | "benefits"
            | "support"
            | "allowance"
            | "allowances"
            | "claim"
            | "claims"
            | "pension"
            | "pay"
            | "wages"
            | "salary"
            | "tenancy"
            | "care"
            | "treatment"
            | "licence"
            | "license"
            | "loan"
            | "credit"
            | "funding"
            | "grant"
            | "grants"
            | "housing"
            | "place"
            | "enrolment"
            | "enrollment"
    )
}

/// A verb of stopping what a person receives ([`stopped_before_review`]).
fn stop_verb(w: &str) -> bool {
    matches!(
        w,
        "suspended"
            | "suspends"
            | "suspend"
            | "stopped"
            | "withheld"
            | "witheld"
            | "withholds"
            | "paused"
            | "frozen"
            // In the active voice, the payment after it: "A fraud-risk flag over 0.85 suspends
            // payment automatically pending investigation" (a ninth hostile review).
            | "stops"
            | "pauses"
            | "freezes"
            | "halts"
    )
}

/// Where `words` (a clause) says what a person receives is stopped, suspended or withheld before
/// a person has decided: a verb of that and, in the clause, "pending", "automatically", or
/// "before" or "until" a reviewer ([`unreviewed_cases`]). The place of the verb, for the caller
/// to read a denial before it ("payments are never suspended while a review is pending").
fn stopped_before_review(words: &[&str]) -> Option<usize> {
    // "put on hold"
    let at = (0..words.len()).find(|&i| {
        words.get(i).is_some_and(|w| stop_verb(w))
            || (words.get(i) == Some(&"hold")
                && i.checked_sub(1).and_then(|j| words.get(j)) == Some(&"on"))
    })?;
    // Of what a person receives, named before the verb: not "the pipeline is stopped
    // automatically", nor a card frozen that its holder lifts (an answer of its own). Or as
    // its object: "suspends payment automatically pending investigation" (a ninth hostile
    // review).
    if !words
        .get(..at)
        .unwrap_or_default()
        .iter()
        .any(|w| received(w))
        && !words
            .get(at + 1..)
            .unwrap_or_default()
            .iter()
            .take(4)
            .take_while(|w| {
                !matches!(
                    **w,
                    "and" | "or" | "but" | "if" | "when" | "until" | "while" | "because" | "so"
                )
            })
            .any(|w| received(w))
    {
        return None;
    }
    let after = words.get(at + 1..).unwrap_or_default();
    // "before any investigator has looked at it", "until a caseworker has reviewed it"
    let before_a_reviewer = after.iter().enumerate().any(|(i, w)| {
        matches!(*w, "before" | "until")
            && after.get(i + 1..(i + 5).min(after.len())).is_some_and(|n| {
                n.iter().any(|r| {
                    matches!(
                        *r,
                        "investigator"
                            | "investigators"
                            | "caseworker"
                            | "caseworkers"
                            | "officer"
                            | "officers"
                            | "person"
                            | "human"
                            | "anyone"
                            | "review"
                            | "reviewer"
                            | "decision"
                            | "handler"
                            | "adviser"
                            | "advisor"
                            | "reviewed"
                            | "decided"
                            | "assessed"
                            | "checked"
                    )
                })
            })
    });
    let pending = after
        .iter()
        .any(|w| matches!(*w, "pending" | "automatically" | "immediately"));
    (before_a_reviewer || pending).then_some(at)
}

/// The place of the first word where `phrase` stands in `spaced` (words between single spaces,
/// [`super::spaced_words`]) as whole words: the number of words before it. `starts` is
/// [`super::word_starts`] of `spaced`.
fn word_place(spaced: &str, starts: &[(u16, usize)], phrase: &str) -> Option<usize> {
    let end = super::word_starts_of(spaced, starts, phrase).next()?;
    let start = end.saturating_sub(phrase.len() + 1);
    // `spaced` opens with a space: the words before are the spaces before, less that one.
    Some(
        spaced
            .as_bytes()
            .get(..start)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b == b' ')
            .count()
            .saturating_sub(1),
    )
}

/// The distinctive words of a safeguard's title, as [`super::spaced_words`] writes them: "Bias
/// and adverse-impact testing" gives "bias", "adverse" and "impact".
fn title_words(title: &str) -> Vec<String> {
    const GENERIC: &[&str] = &[
        "testing",
        "test",
        "tests",
        "evaluation",
        "validation",
        "on",
        "of",
        "for",
        "and",
        "the",
        "a",
        "use",
        "case",
        "data",
        "with",
        "in",
        "to",
        // "Notice that AI is used" is named by "notice": "not validated for that" names no
        // notice (a sixth review's out-of-scope answer read it so).
        "that",
        "used",
    ];
    super::spaced_words(title)
        .split_whitespace()
        .filter(|w| !GENERIC.contains(w))
        .map(str::to_string)
        .collect()
}

/// Whether a clause that says something was not tested names a part of the use left out, not
/// the work: people, cases or products named with what sets them apart ("Children under two
/// were not tested", "Mortgage applications have not been tested", "Claims in Welsh have not
/// been tested yet"), or any part the sentence gives a reason for leaving out ("Not tested on
/// business loans (out of scope)", "Maths for ages 14-16 has not been tested yet because that
/// content is not released"). Never where the work, the model or a kind of test is what was not
/// done ("Bias testing has not been done", "The model has not been validated").
fn scope_limit(clause: &str, sentence_lower: &str) -> bool {
    const REASONS: &[&str] = &[
        "out of scope",
        "not in scope",
        "outside the scope",
        "outside its scope",
        "not used for",
        "not used on",
        "not used with",
        "is hidden",
        "are hidden",
        "is disabled",
        "are disabled",
        "switched off",
        "turned off",
        "not released",
        "not offered",
        "not available",
        "does not score",
        "do not score",
        "without the tool",
        "never see the tool",
    ];
    const THE_WORK: &[&str] = &[
        "testing",
        "test",
        "tests",
        "validation",
        "evaluation",
        "audit",
        "assessment",
        "analysis",
        "model",
        "system",
        "tool",
        "it",
        "we",
        "scorecard",
        "bias",
        "fairness",
        "accuracy",
        "robustness",
        "performance",
    ];
    let lower = clause.to_lowercase();
    let Some(neg) = [" not ", " never ", "n't ", "n’t "]
        .iter()
        .filter_map(|n| lower.find(n))
        .min()
    else {
        // "Not tested on business loans (out of scope)".
        return lower.starts_with("not ")
            && REASONS.iter().any(|r| sentence_lower.contains(r))
            && super::spaced_words(&lower)
                .split_whitespace()
                .skip(2)
                .take(2)
                .any(|w| matches!(w, "on" | "for" | "in" | "with"));
    };
    let untested = super::spaced_words(lower.get(neg..).unwrap_or_default())
        .split_whitespace()
        .take(4)
        .any(|w| w.starts_with("test") || w.starts_with("validat") || w.starts_with("evaluat"));
    // The subject: the words before the denial, back to a comma or a bracket.
    let subject = super::spaced_words(
        lower
            .get(..neg)
            .unwrap_or_default()
            .rsplit([',', '(', ')'])
            .next()
            .unwrap_or_default(),
    );
    let words: Vec<&str> = subject
        .split_whitespace()
        .filter(|w| {
            !matches!(
                *w,
                "the"
                    | "our"
                    | "a"
                    | "an"
                    | "all"
                    | "any"
                    | "have"
                    | "has"
                    | "been"
                    | "were"
                    | "was"
                    | "is"
                    | "are"
                    | "yet"
                    | "so"
                    | "far"
            )
        })
        .collect();
    let population = words
        .iter()
        .any(|w| POPULATION.contains(w) || w.starts_with("under"));
    let work = words.iter().any(|w| THE_WORK.contains(w));
    let reason = REASONS.iter().any(|r| sentence_lower.contains(r));
    if untested && population && !work && (words.len() >= 2 || reason) {
        return true;
    }
    // The population after the work, with the reason it was left out: "We have not tested the
    // model on patients under two because it is hidden for them" (a review of honest notes).
    // Without the reason, "The model has not been tested on real applications" denies it.
    let after_neg = super::spaced_words(lower.get(neg..).unwrap_or_default());
    let after: Vec<&str> = after_neg.split_whitespace().collect();
    untested
        && reason
        && after
            .iter()
            .take(8)
            .position(|w| matches!(*w, "on" | "for" | "in" | "with"))
            .is_some_and(|at| {
                after
                    .iter()
                    .skip(at + 1)
                    .take(4)
                    .any(|w| POPULATION.contains(w) || w.starts_with("under"))
            })
}

/// Whether the lead sentence of a note or a test summary gives the results of an earlier
/// model ("Figures are those of the previous scorecard", "Test results copied from the v3
/// model's 2021 validation", "was done on the previous version": a fifth hostile review), unless
/// it says the model has not changed since or speaks of what was replaced.
fn of_an_earlier_model(lower: &str) -> bool {
    const EARLIER: &[&str] = &[
        "previous version",
        "previous model",
        "previous scorecard",
        "previous release",
        "earlier version",
        "earlier model",
        "earlier release",
        "prior version",
        "prior model",
        "old model",
        "old version",
        "copied from",
        "carried over from",
    ];
    if !["previous", "earlier", "prior", "old", "copied", "carried"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return false;
    }
    let spaced = super::spaced_words(lower);
    let has = |p: &str| spaced.contains(&format!(" {p} "));
    let replaced = ["replac", "supersed", "retired"]
        .iter()
        .any(|w| lower.contains(w));
    EARLIER.iter().any(|p| has(p)) && !replaced && !UNCHANGED.iter().any(|w| has(w))
}

/// Whether the lead sentence of a note or a test summary says the work was rejected, withdrawn,
/// stopped or has lapsed ("Validation report MRM-VAL-2024-112 was rejected by Model Risk on
/// 2024-12-01", "Independent validation MRM-VAL-2022-040 has lapsed", "Reconsideration route was
/// discontinued in 2025": a fifth hostile review; the evidence reader refuses the same words).
/// Said of the work ("was withdrawn", "route closed on"), not of the cases the safeguard
/// handles ("Outputs rejected by the reviewer are logged", "Consent can be withdrawn at any
/// time"), nor of something the sentence says was replaced by dated work.
fn gone(lower: &str) -> bool {
    const GONE: &[&str] = &[
        "rejected",
        "withdrawn",
        "revoked",
        "retracted",
        "invalidated",
        "lapsed",
        "abandoned",
        "cancelled",
        "canceled",
        "descoped",
        "dropped",
        "discontinued",
        "rescinded",
        "disbanded",
        "returned",
        // "Drift monitoring was switched off in June" (a hostile review), read as one word.
        "switchedoff",
        "turnedoff",
        "disabled",
        "deactivated",
    ];
    const GONE_PHRASES: &[&str] = &[
        // "The self-harm escalation was removed in the spring release to cut costs" (a second
        // hostile review of the verdicts).
        "escalation was removed",
        "escalation has been removed",
        "escalation was switched off",
        "filter was removed",
        "filter has been removed",
        "check was removed",
        "review step was removed",
        "safeguard was removed",
        "out of date",
        "no longer valid",
        "no longer in place",
        "no longer offered",
        "no longer available",
        "not accepted",
        "failed review",
        "failed its review",
    ];
    // In the past: "are cancelled if the officer disagrees" describes the work.
    const AUX: &[&str] = &["was", "were", "been", "got", "has", "have"];
    const OF_WORK: &[&str] = &[
        "report",
        "route",
        "process",
        "validation",
        "assessment",
        "review",
        "audit",
        "test",
        "testing",
        "template",
        "procedure",
        "policy",
        "team",
        "option",
        "service",
        "line",
    ];
    // "dropped when the analyst left" (a hostile review's summary passed).
    const THEN: &[&str] = &[
        "on", "in", "by", "for", "after", "since", "and", "at", "when",
    ];
    if !GONE.iter().chain(GONE_PHRASES).any(|w| lower.contains(w)) && !lower.contains(" off") {
        return false;
    }
    let spaced = super::spaced_words(lower)
        .replace(" switched off ", " switchedoff ")
        .replace(" turned off ", " turnedoff ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // "First fair-lending test rejected by MRM for a sampling error; redone and accepted
    // 2026-03-20": the sentence dates work done after it (a review of honest teams).
    if super::dates_work_done(lower) {
        return false;
    }
    // An old generic template withdrawn is the work improved: "The generic 'you do not meet
    // the conditions' template was withdrawn in 2024" (a hostile review's honest note).
    if spaced.contains(" generic ") && spaced.contains(" template ") {
        return false;
    }
    // A claim the team turned down, or a title taken off sale: "The vendor's pitch that
    // 'fair-lending testing isn't needed' was not accepted", "it was withdrawn from sale on
    // 2025-06-01" (a hostile review of the verdicts read each as the work gone).
    if practice::claim_turned_down(&spaced) {
        return false;
    }
    // People withdrawing their own applications: "the rest were withdrawn by the applicants
    // before an officer reached them" (a hostile review's honest note).
    if [
        " withdrawn by the applicant",
        " withdrawn by applicants",
        " withdrawn by the claimant",
    ]
    .iter()
    .any(|p| spaced.contains(p))
    {
        return false;
    }
    // "The suggestion is not accepted by default: the physician must pick the level" says the
    // review at work, not the work refused (a review of honest notes).
    let not_by_default = [
        " not accepted by default ",
        " not accepted automatically ",
        " not automatically accepted ",
        " never accepted by default ",
        " never accepted automatically ",
        " not accepted without ",
    ]
    .iter()
    .any(|p| spaced.contains(p));
    if !not_by_default
        && GONE_PHRASES
            .iter()
            .any(|p| spaced.contains(&format!(" {p} ")))
    {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        if !GONE.contains(w) {
            return false;
        }
        if (*w == "returned")
            && !["finding", "comment", "rework"]
                .iter()
                .any(|x| lower.contains(x))
        {
            return false;
        }
        let before = |k: usize| i.checked_sub(k).and_then(|j| words.get(j)).copied();
        // "was scoped but dropped", "was started and then abandoned" (a hostile review's
        // summary passed).
        let joined = (1..=2).any(|k| {
            before(k).is_some_and(|b| matches!(b, "but" | "and" | "then" | "later"))
                && before(k + 2).is_some_and(|b| AUX.contains(&b))
        });
        let aux = (1..=2).any(|k| before(k).is_some_and(|b| AUX.contains(&b))) || joined;
        let of_work = before(1)
            .is_some_and(|b| OF_WORK.contains(&b) || b.chars().any(|c| c.is_ascii_digit()));
        let relative = (1..=3).any(|k| {
            before(k)
                .is_some_and(|b| matches!(b, "that" | "which" | "who" | "whose" | "if" | "when"))
        });
        let next = words.get(i + 1).copied();
        let then = next.is_none_or(|n| THEN.contains(&n) || n.chars().all(|c| c.is_ascii_digit()));
        // Denied: "were never turned off" (a hostile review of the verdicts).
        let denied = (1..=2).any(|k| before(k).is_some_and(|b| matches!(b, "never" | "not" | "t")));
        (aux || of_work) && then && !relative && !denied
    })
}

/// Whether the lead sentence of a note or a test summary reports the work failed ("Bias test
/// run 2024-11-01: failed.", "The model failed validation.", "did not pass validation",
/// "Acceptance criteria not met": a fifth hostile review). The answer it stands behind says the
/// tests were passed. Not a rule for when one fails ("if a test fails, the release is blocked"),
/// nor a failure since put right ("failed on 2024-10-01 and passed on retest").
fn reports_a_failure(lower: &str) -> bool {
    const FAILED: &[&str] = &[
        "did not pass",
        "didn t pass",
        "has not passed",
        "have not passed",
        "failed validation",
        "failed testing",
        "failed its",
        "failed the",
        "criteria not met",
        "criteria were not met",
        "criterion not met",
        "threshold not met",
        "thresholds not met",
        "threshold was not met",
        "thresholds were not met",
        // A review of the new readings: other words for a test not passed.
        "test not passed",
        "was not passed",
        "were not passed",
        "test was not met",
        "unsuccessful",
        "did not succeed",
        "faild",
        // "night classification failed acceptance (62% vs 90% threshold); fielded anyway",
        // "deployed despite failing acceptance" (a ninth hostile review).
        "failed acceptance",
        "failing acceptance",
        "failed its acceptance",
        "failed evaluation",
        "failed verification",
        "failed qualification",
        "failed certification",
        "failed trials",
    ];
    if !lower.contains("fail")
        && !lower.contains("pass")
        && !lower.contains("not met")
        && !lower.contains("unsuccessful")
        && !lower.contains("succeed")
    {
        return false;
    }
    let spaced = super::spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let conditional = words.iter().any(|w| {
        matches!(
            *w,
            "if" | "when" | "whenever" | "unless" | "where" | "should" | "any" | "until"
        )
    });
    // Not a rerun still to come: "the team will rerun them next quarter" (a review of the new
    // readings).
    let to_come = |k: usize| {
        among_three_before(
            &words,
            k,
            &["will", "to", "must", "should", "planned", "being"],
        )
    };
    // A failure made on purpose, to test what follows it: "a simulated database failure was
    // recovered within the RTO", "we simulated a failed vital-signs feed" (a review of honest
    // summaries).
    if made_to_fail(&spaced) {
        return false;
    }
    // "we retested in January and it failed again", "the threshold was fixed at 3%
    // beforehand": nothing was put right (a review of the new readings).
    let failed_again = spaced.contains(" failed again ") || spaced.contains(" still fail");
    let since = !failed_again
        && words.iter().enumerate().any(|(k, w)| {
        let held = to_come(k) || (*w == "fixed" && words.get(k + 1) == Some(&"at"));
        !held
            && matches!(
            *w,
            "retest"
                | "retested"
                | "rerun"
                | "fixed"
                | "resolved"
                | "remediated"
                | "corrected"
                // "v4 failed its 2023 revalidation and was retired" (a review of honest
                // summaries): the model that failed is gone.
                | "retired"
                | "replaced"
                | "rebuilt"
        )
    }) || spaced.contains(" passed on ")
        || spaced.contains(" since passed ")
        // Passed later in the same sentence: "The first run failed the 0.80 threshold; after
        // two variables were removed the retrained v5 passed (0.86)" (a review of honest
        // notes). Not "has not passed since".
        || words
            .iter()
            .position(|w| w.starts_with("fail"))
            .is_some_and(|at| {
                words.iter().enumerate().skip(at + 1).any(|(j, w)| {
                    matches!(*w, "passed" | "passes")
                        && !words
                            .get(j.saturating_sub(2)..j)
                            .unwrap_or_default()
                            .iter()
                            .any(|b| matches!(*b, "not" | "never" | "t" | "yet"))
                        // Not others that passed: "the accuracy test failed the threshold in
                        // winter imagery; the other tests passed" (a review of the new
                        // readings).
                        && !super::put_right_elsewhere(words.get(j.saturating_sub(3)..j))
                        && !words
                            .get(j.saturating_sub(3)..j)
                            .is_some_and(|b| b.contains(&"all"))
                })
            });
    // "None of the 212 test cases failed" (a review of honest notes).
    let none_failed = words.iter().any(|w| w.starts_with("fail"))
        && words
            .iter()
            .take_while(|w| !w.starts_with("fail"))
            .any(|w| matches!(*w, "none" | "no" | "nothing" | "zero" | "never" | "neither"));
    // Attacks that failed are the safeguard holding: "40 attempts to trigger an engagement
    // without the commander's authorisation all failed" (a review of the new readings). Each
    // clause that reports a failure must name such an attack before it.
    let attacks_failed = lower.contains("attempt")
        || lower.contains("attack")
        || lower.contains("jailbreak")
        || lower.contains("probe")
        || lower.contains("tries")
        || lower.contains("intrusion");
    let attacks_failed = attacks_failed && {
        let failing: Vec<String> = lower
            .split([';', ':'])
            .map(super::spaced_words)
            .filter(|c| c.split_whitespace().any(|w| w.starts_with("fail")))
            .collect();
        !failing.is_empty()
            && failing.iter().all(|c| {
                let lead: Vec<&str> = c
                    .split_whitespace()
                    .take_while(|w| !w.starts_with("fail"))
                    .collect();
                // Not a test of them that failed: "the robustness test against adversarial
                // attacks failed" (a review of the new readings).
                let tested_first = |k: usize| {
                    lead.get(..k)
                        .unwrap_or_default()
                        .iter()
                        .any(|t| matches!(*t, "test" | "tests" | "testing"))
                };
                lead.iter()
                    .enumerate()
                    .any(|(k, b)| !tested_first(k) && (ATTACKS.contains(b) || *b == "jailbreak"))
            })
    };
    // "Unsuccessful applicants can ask for reconsideration by the lending manager": the people
    // an outcome went against, not a result that failed (a review of honest files). Read
    // within a clause: "the appeal route was unsuccessful; applicants ..." is a failure.
    let unsuccessful_people = |clause: &str| {
        let spaced = super::spaced_words(clause);
        let ws: Vec<&str> = spaced.split_whitespace().collect();
        ws.iter().enumerate().all(|(k, w)| {
            *w != "unsuccessful"
                || (ws.get(k + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "applicants"
                            | "applicant"
                            | "candidates"
                            | "candidate"
                            | "claimants"
                            | "claimant"
                            | "bidders"
                            | "students"
                            | "pupils"
                            | "customers"
                            | "members"
                            | "borrowers"
                            | "people"
                            | "persons"
                            | "parties"
                    )
                }) && !ws
                    .get(k + 2)
                    .is_some_and(|n| matches!(*n, "model" | "models" | "version" | "versions")))
        })
    };
    let failed_phrase = FAILED.iter().any(|p| {
        if *p == "unsuccessful" {
            lower
                .split([';', ':', ',', '(', ')', '.'])
                .any(|c| !unsuccessful_people(c))
        } else {
            spaced.contains(&format!(" {p} "))
        }
    });
    !conditional
        && !since
        && !none_failed
        && !attacks_failed
        && (super::failed_outcome(&words) || failed_phrase)
}

/// Whether a clause of the lead sentence says a named version of the model is untested, or
/// that its tests are still to be run again ("Back-test of v2 ...: recall 93%; to be rerun for
/// v4 in January", "(v2; v4 not back-tested)", "rerun for v4 pending", "results carried over to
/// v4": a fifth hostile review). Not of a version still to come ("v5 will be retested when it
/// ships"), nor where the sentence says the model has not changed, nor in a clause that dates
/// the work done.
fn version_left_untested(lower: &str) -> Option<Denial> {
    const UNTESTED: &[&str] = &[
        "untested",
        "unvalidated",
        "not tested",
        "not back tested",
        "not validated",
        "not yet tested",
        "not yet validated",
        "not yet back tested",
        "not been tested",
        "not been validated",
        "not been back tested",
        "not been retested",
        "not been revalidated",
        "never been tested",
        "never been validated",
        "yet to be tested",
        "yet to be validated",
        "not retested",
        "not revalidated",
        "not re tested",
        "not re validated",
        "carried over to",
        "carried forward to",
    ];
    const LATER: &[&str] = &[
        "to be",
        "will",
        "pending",
        "being",
        "due",
        "scheduled",
        "planned",
        "next month",
    ];
    const TO_COME: &[&str] = &[
        "when",
        "once",
        "if",
        "before",
        "ships",
        "released",
        "release",
        "upcoming",
        "future",
        "next version",
        "unchanged",
    ];
    // Most notes name no version ("v4"): passed over before they are split.
    if !lower
        .match_indices('v')
        .any(|(at, _)| lower.as_bytes().get(at + 1).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    let whole = super::spaced_words(lower);
    // A version not in use: "v6, in development, has not been validated and is not deployed".
    const NOT_IN_USE: &[&str] = &[
        "not deployed",
        "not yet deployed",
        "not in production",
        "not live",
        "in development",
        "under development",
        "candidate",
        "shadow",
        "until",
        "not released",
        "not yet released",
    ];
    if UNCHANGED
        .iter()
        .chain(NOT_IN_USE)
        .any(|w| whole.contains(&format!(" {w} ")))
    {
        return None;
    }
    let clauses: Vec<&str> = lower.split([';', ':', '(', ')']).collect();
    let versions = |text: &str| -> Vec<String> {
        super::spaced_words(text)
            .split_whitespace()
            .filter(|w| super::is_version(w))
            .map(str::to_string)
            .collect()
    };
    // The versions whose work the sentence dates: a later round of one of them is routine
    // ("run 2025-11-20 on v4; re-run on v4 scheduled yearly", a review of honest summaries).
    let tested: Vec<String> = clauses
        .iter()
        .filter(|c| super::dates_work_done(c))
        .flat_map(|c| versions(c))
        .collect();
    // Work dated without a version is taken for the model in use, and a round after it as
    // routine ("Clinical validation signed off 2024-09-30; re-validation of v2.4 is planned for
    // next year", a review of honest notes).
    let dated_unversioned = clauses
        .iter()
        .any(|c| super::dates_work_done(c) && versions(c).is_empty());
    let all = versions(lower);
    clauses.iter().find_map(|clause| {
        let spaced = super::spaced_words(clause);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let has = |p: &str| spaced.contains(&format!(" {p} "));
        // "Back-test (v4): pending rerun": the one version the sentence names.
        let mut named = versions(clause);
        if named.is_empty() && all.len() == 1 {
            named.clone_from(&all);
        }
        // "not tested by the vendor only" says more was done ([`others_only_denied`]).
        if named.is_empty()
            || named.iter().all(|v| tested.contains(v))
            || TO_COME.iter().any(|p| has(p))
            || super::dates_work_done(clause)
            || others_only_denied(&words)
        {
            return None;
        }
        // Not "has never gone live untested" (a review of honest summaries).
        if UNTESTED
            .iter()
            .any(|p| has(p) && (!has("never") || p.starts_with("never")))
        {
            return Some(Denial::NotDone);
        }
        (!dated_unversioned
            && words
                .iter()
                .any(|w| another_round(w) || NOT_DONE_AGAIN.contains(w))
            && LATER.iter().any(|p| has(p)))
        .then_some(Denial::ToCome)
    })
}

/// The sentences of a summary that speak of the work itself (an audit, a test, a validation),
/// not of the data, a licence or a supplier: a review of honest summaries saw "the data licence
/// runs to 2025-12-31 and was renewed" and "the old vendor feed (sunset 2025-03-31)" lapse the
/// tests they described.
fn about_the_work(text: &str) -> String {
    const WORK: &[&str] = &[
        "audit", "test", "validat", "evaluat", "assess", "certif", "review",
    ];
    const OTHER: &[&str] = &[
        "data", "corpus", "feed", "licen", "contract", "vendor", "supplier", "printer",
    ];
    // Sentences end at ". ", not at every dot: "31.12.2025" is one date. Spaced as words, so
    // line breaks and spacing change nothing.
    let text = crate::assessment::as_words(text);
    text.split(". ")
        .flat_map(|s| s.split(';'))
        .filter(|s| {
            let lower = s.to_lowercase();
            WORK.iter().any(|w| lower.contains(w)) && !OTHER.iter().any(|w| lower.contains(w))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// [`super::dates_in`] of a note or a record's evidence, computed once per text in a run: each
/// what-if reads them all again.
fn dates_in_once(text: &str) -> super::DatesIn {
    // Kept by text, not among the last few: at 10,000 questions the notes and evidence of a
    // thousand safeguards are read on every key, and a short list kept none of them (issue 7).
    thread_local! {
        static SEEN: ByText<super::DatesIn> = std::cell::RefCell::new(foldhash::HashMap::default());
    }
    by_text(&SEEN, text, 4096, || super::dates_in(text))
}

/// The last few texts read and what they said, for [`kept`].
type Recent<V> = std::cell::RefCell<Vec<(String, V)>>;

/// What `make` gives for `key`, made once while the key is among the last 32 kept in `seen`.
fn kept<V: Clone>(
    seen: &'static std::thread::LocalKey<Recent<V>>,
    key: &str,
    make: impl FnOnce() -> V,
) -> V {
    if let Some(v) = seen.with(|s| {
        s.borrow()
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }) {
        return v;
    }
    let v = make();
    seen.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= 32 {
            s.remove(0);
        }
        s.push((key.to_string(), v.clone()));
    });
    v
}

/// Whether a text answer read as evidence says nothing, computed once per text (and the
/// question's example, which it is compared with) in a run: each evaluation and each what-if
/// reads it anew, and `raia score` read an owner's name four times at some 44,000 instructions
/// a read (issue 7). Only short texts are kept (names, numbers), a few at a time.
fn read_once(example: &str, text: &str, read: impl FnOnce() -> bool) -> bool {
    thread_local! {
        static SEEN: Recent<bool> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if text.len() > 1024 {
        return read();
    }
    // Keyed by both, parted by a NUL, which a questionnaire's example does not hold.
    kept(&SEEN, &format!("{example}\0{text}"), read)
}

/// A name that names no one: a placeholder ("TBD", "."), a stand-in ("J. Doe", "[Name]",
/// "Firstname Lastname") or a team ("Risk team"). A hostile review signed as each with
/// `raia sign`, and the approval counted under `--require-signoff`.
/// Words that name a role, a body or nobody: made only of them, a name is none ("Compliance
/// Officer", "CISO", "Anonymous", "Approver", "Vorname Nachname": a later hostile review); a
/// person's name has a word of its own ("Maria Compliance", "Tom Team").
const NOT_A_NAME: &[&str] = &[
    "a",
    "an",
    "the",
    "anonymous",
    "anon",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "nobody",
    "me",
    "myself",
    "i",
    "us",
    "we",
    "yes",
    "no",
    "ok",
    "okay",
    "approved",
    "approver",
    "approvers",
    "reviewer",
    "reviewers",
    "signer",
    "signatory",
    "legal",
    "compliance",
    "risk",
    "privacy",
    "security",
    "board",
    "committee",
    "team",
    "officer",
    "manager",
    "lead",
    "head",
    "director",
    "chief",
    "counsel",
    "admin",
    "administrator",
    "user",
    "test",
    "tester",
    "owner",
    "ciso",
    "cto",
    "ceo",
    "cfo",
    "cro",
    "cio",
    "coo",
    "dpo",
    "vp",
    "of",
    "and",
    "department",
    "dept",
    "office",
    "unit",
    "group",
    "name",
    "vorname",
    "nachname",
    "prénom",
    "nom",
    "nombre",
    "apellido",
    "cognome",
    "naam",
    "tbd",
    "tbc",
    "tba",
    "na",
    "n",
    "x",
    "xx",
    "xxx",
    "todo",
    "none",
    "unknown",
    "pending",
    // Machines and stand-ins, which a CI job could sign as (a twelfth hostile review):
    // "CI Bot", "AI Agent", "dependabot", "LGTM", "First Last", "Some One", "A. Person".
    "bot",
    "bots",
    "ci",
    "cd",
    "ai",
    "agent",
    "assistant",
    "automation",
    "automated",
    "auto",
    "system",
    "service",
    "pipeline",
    "workflow",
    "job",
    "script",
    "llm",
    "model",
    "gpt",
    "chatgpt",
    "openai",
    "claude",
    "copilot",
    "gemini",
    "dependabot",
    "renovate",
    "github",
    "actions",
    "jenkins",
    "lgtm",
    "person",
    "first",
    "last",
    "full",
    "some",
    "one",
    // Where an owner is no person: a product, a mailbox, a rota, a document (a review of the
    // owner's name).
    "am",
    "root",
    "engine",
    "scoring",
    "origination",
    "machine",
    "learning",
    "vendor",
    "vendors",
    "supplier",
    "channel",
    "teams",
    "slack",
    "jira",
    "project",
    "confluence",
    "sharepoint",
    "raci",
    "see",
    "refer",
    "charter",
    "mailbox",
    "inbox",
    "ownership",
    "joint",
    "rotation",
    "call",
    "help",
    "helpdesk",
    "senior",
    "shared",
    // Vendors and their products ("IBM Watson", "Salesforce Einstein", "Zest AI").
    "microsoft",
    "ibm",
    "amazon",
    "google",
    "aws",
    "azure",
    "salesforce",
    "oracle",
    "sap",
    "sas",
    "fico",
    "databricks",
    "snowflake",
    "anthropic",
    "nvidia",
    "watson",
    "alexa",
    "einstein",
    "viya",
    "vertex",
    "ernie",
    "upstart",
    "zest",
    "virtual",
    // Posts and bodies in other languages ("Directeur des risques", "Leiter Kreditrisiko",
    // "Comité de Riesgos").
    "directeur",
    "directrice",
    "directora",
    "diretor",
    "diretora",
    "jefe",
    "jefa",
    "risco",
    "riscos",
    "cortana",
    "score",
    "queue",
    "appropriate",
    "leiter",
    "leiterin",
    "comité",
    "comite",
    "ausschuss",
    "kreditausschuss",
    "risikoausschuss",
    "riesgos",
    "riesgo",
    "risques",
    "risque",
    "kreditrisiko",
    "risiko",
    "crédito",
    "credito",
    "crédit",
    "des",
    "du",
    "de",
    "del",
    "la",
    "los",
    "las",
    "le",
    "der",
    "die",
    "das",
    "für",
    "et",
    "und",
];

pub(crate) fn names_no_one(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // A stand-in written as one: "J. Doe", "Firstname Lastname", "Max Mustermann", "N.N.".
    const STAND_INS: &[&str] = &[
        "john doe",
        "jane doe",
        "j doe",
        "doe j",
        "first name last name",
        "firstname lastname",
        "max mustermann",
        "erika mustermann",
        "fulano de tal",
        "张三",
        "李四",
        "王五",
        "홍길동",
        "john q public",
        "jane q public",
        "joe bloggs",
        "a n other",
        "n n",
        "nn",
        "your name",
        "name surname",
    ];
    let joined = words.join(" ");
    // A team named as such: "The Clinical AI team", "Model risk committee"; not "Tom Team".
    let team = words.len() >= 2
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "team" | "committee" | "board" | "department" | "unit" | "group"
            )
        })
        && (words.len() >= 3
            || text
                .split_whitespace()
                .last()
                .is_some_and(|w| w.starts_with(char::is_lowercase)))
        // "Andre Wilson, Risk Committee", "Andre Wilson for the Lending Team": a person, then
        // their body (a review saw each refused).
        && !opens_with_a_name(text)
        || words.first() == Some(&"the");
    words.is_empty()
        || words.iter().all(|w| NOT_A_NAME.contains(w))
        || only_organisation_words(text)
        || STAND_INS.contains(&joined.as_str())
        // A form's slot: "[Name]", "<approver>", "{{name}}".
        || text.contains(['[', ']', '<', '>', '{', '}'])
        || team
        // "n/a", "-", "see above": only where the name is written in Latin letters, so a
        // one-character name ("王", "김") is a name (a review of honest answers).
        || (text.is_ascii() && super::is_placeholder(text))
}

/// A short answer that says the thing is not there or not done yet ("Not registered.",
/// "unregistered", "We have not registered it", "applied for, awaiting number"), or a form's
/// slot left unfilled ("AIR-XXXX", "AIR-????", "AIR-"): a hostile review saw each show an entry in
/// a register.
fn says_not_done_briefly(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    // An identifier's slot left unfilled is a word or three ("AIR-XXXX", "AIR-").
    let slot = words.len() <= 3
        && (lower.contains("xxx")
            || lower.contains("???")
            || lower.ends_with('-')
            || lower.ends_with('_'));
    // A word that starts a title case name ("Head of Vacancy Management", "the Pending Claims
    // Team") names a post or a team, not a vacancy (a review of honest answers).
    let titled = |word: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|p| {
                p.first().is_some_and(|a| {
                    a.trim_matches(|c: char| !c.is_alphanumeric())
                        .eq_ignore_ascii_case(word)
                        && a.starts_with(char::is_uppercase)
                }) && p.get(1).is_some_and(|b| b.starts_with(char::is_uppercase))
            })
    };
    let negated = words.iter().any(|w| {
        matches!(
            *w,
            "not" | "none" | "never" | "awaiting" | "requested" | "applied"
        ) || (*w == "pending" && !titled("pending"))
            || w.ends_with("n't")
            || matches!(
                *w,
                "unregistered"
                    | "unassigned"
                    | "unnamed"
                    | "unknown"
                    | "unapproved"
                    | "unsigned"
                    | "undecided"
                    | "unavailable"
            )
    }) || lower == "no"
        // "No entry yet", not "No-code team lead", nor the surname No before a given name
        // written as one with a hyphen, "No Min-jun" (a review of honest answers).
        || (lower.starts_with("no ") && !surname_no(text));
    // Still to be settled in its first clause, however long the sentence: a hostile review's
    // "Owner to be appointed by the board in Q1 2027" read as a named owner in place, while
    // "Grace Mensah, Head of Services (a deputy is to be appointed)" names one.
    let first_clause = lower
        .split([',', ';', ':', '(', '['])
        .next()
        .unwrap_or_default();
    let first: Vec<&str> = first_clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let undecided = first.windows(3).any(|w| {
        matches!(w, ["to", "be", done] if matches!(
            *done,
            "appointed" | "named" | "decided" | "determined" | "confirmed" | "agreed" | "hired"
                | "recruited" | "assigned" | "nominated" | "chosen" | "identified" | "registered"
                | "filled" | "created" | "added" | "entered" | "issued" | "allocated" | "set"
                | "completed" | "done" | "established" | "submitted" | "recorded" | "found"
        ))
    }) || first.iter().any(|w| matches!(*w, "tbd" | "tbc" | "tba"))
        // A later clause that says the person named is still to be appointed or only
        // proposed: "Andre Wilson (to be appointed)", "Andre Wilson (proposed)" (a review saw
        // each in place); not "(a deputy is to be appointed)", whose clause has its own subject.
        || lower.split([',', ';', ':', '(', '[']).skip(1).any(|clause| {
            let said: Vec<&str> = clause
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .collect();
            matches!(said.as_slice(), ["to", "be", done, ..] if matches!(
                *done,
                "appointed" | "named" | "confirmed" | "hired" | "recruited" | "assigned"
                    | "nominated" | "chosen" | "identified"
            )) || matches!(
                said.as_slice(),
                ["proposed" | "nominee" | "candidate" | "provisional" | "unconfirmed"]
                    | ["not", "yet", ..]
                    | ["yet", "to", "be", ..]
            )
        })
        // "Will be named after launch", "will register after launch"; not "Will Smith".
        || first.windows(2).any(|w| {
            matches!(w, ["will", next] if matches!(
                *next,
                "be" | "register" | "name" | "appoint" | "hire" | "recruit" | "assign"
                    | "nominate" | "follow" | "confirm" | "add" | "decide"
            ))
        })
        // "Registration in progress", "recruitment under way", "ticket raised to register":
        // not done yet.
        || first.windows(2).any(|w| {
            matches!(
                w,
                ["in", "progress"] | ["under", "way"] | ["to", "register" | "appoint" | "hire"]
            )
        })
        || first.iter().any(|w| matches!(*w, "underway" | "ongoing"))
        || first.first() == Some(&"recruiting")
        || first == ["hiring"];
    // A post said to be empty anywhere in the answer, in other words than "vacant" (a hostile
    // review's "(post to be filled)", "(role currently unfilled)", "Position open", "(left
    // 2026-09)"), or a purpose still to come ("ticket raised to register").
    // Not where someone holds it meanwhile: "Dana Smith, Head of Risk (covering the vacant CRO
    // post)" names a person (a review of honest answers).
    let held = words.iter().any(|w| {
        matches!(
            *w,
            "covering" | "acting" | "interim" | "deputising" | "deputizing"
        )
    });
    let empty = words.windows(2).any(|w| {
        matches!(
            w,
            ["position" | "post" | "role" | "seat", "open" | "empty" | "unfilled"]
                | ["open", "role" | "position" | "post" | "seat"]
                | ["to", "recruit"]
                | ["be" | "being", "filled" | "recruited" | "hired"]
                | ["hiring", "in" | "for" | "now" | "under"]
                | ["once" | "when", "hired" | "appointed" | "recruited" | "named" | "found"]
        ) && !held
            || matches!(w, ["left", next] if next.starts_with(|c: char| c.is_ascii_digit())
            || matches!(*next, "the" | "us" | "in" | "on" | "after" | "before" | "at" | "during"
                | "for" | "our" | "when" | "last" | "this" | "early" | "late" | "end" | "mid"))
            // "(no longer with the bank)", "(no longer in post)".
            || matches!(w, ["no", "longer"])
    })
        // "(left)", "(has left)": gone, said last.
        || (words.len() >= 3 && words.last() == Some(&"left"))
        || words.iter().any(|w| {
        matches!(
            *w,
            "vacant" | "vacancy" | "unfilled" | "unstaffed" | "vakant" | "unbesetzt" | "vacante"
                | "pourvoir" | "nomeado" | "nombrar" | "definir" | "offen"
        ) && !held
            && !titled(w)
            // Gone or ended (a hostile review's "(withdrawn 2026-05)", "(deregistered)", an
            // owner "(retired 2026-09-30)").
            || matches!(
                *w,
                "withdrawn" | "deregistered" | "revoked" | "cancelled" | "canceled" | "retired"
                    | "expired" | "resigned" | "deceased" | "departed"
            ) && !titled(w)
                // "retired Army colonel, now CRO": a past career, a post held now; "resigned as
                // CFO", "retired from the Army": a past role.
                && !words.contains(&"now")
                && !words.windows(2).any(|p| matches!(p, [g, "as" | "from"] if g == w))
            || matches!(
                *w,
                "firstname" | "lastname" | "surname" | "mustermann" | "nn"
            )
    })
        // In its first clause: "the CRO's successor", "Whoever is on call" (a hostile review);
        // not "Jane Smith (successor to Tom Brown as CRO)".
        || first.iter().any(|w| matches!(*w, "successor" | "whoever"));
    // Still being registered, or pointed to rather than given (a hostile review's "Being
    // registered", "In registration", "See register"); anywhere, an entry closed or a number
    // still to come, or a post "(open)".
    let to_come = words.windows(2).any(|w| matches!(w, ["entry", "closed"]))
        || words.windows(3).any(|w| {
            matches!(
                w,
                [
                    "ref" | "reference" | "number" | "id",
                    "to",
                    "come" | "follow"
                ]
            )
        })
        || lower.contains("(open)");
    let elsewhere = to_come
        || first.windows(2).any(|w| {
            matches!(
                w,
                ["being", "registered" | "recorded" | "entered" | "added"]
                    | ["in", "registration"]
                    | ["see", "register" | "registry" | "the"]
            )
        });
    // A number's slot left as its form shows it: "AIR-TBD", "AIR-NNNN", "AIR-?" (not a
    // surname that starts so, "Tbd-Silva").
    let slot = slot
        || lower.split_whitespace().any(|w| {
            w.rsplit_once('-').is_some_and(|(_, tail)| {
                let tail = tail.trim_end_matches(['.', ',', ';', ')']);
                matches!(tail, "tbd" | "tbc" | "tba")
                    || (!tail.is_empty()
                        && tail
                            .chars()
                            .all(|c| matches!(c, 'n' | 'x' | '?' | '#' | '0'))
                        && tail.chars().any(|c| c != '0'))
            })
        });
    // A form's slot or a stand-in name: "<name>", "[Name]", "N.N.", "John Doe", "???".
    // A word in angle brackets ("<name>", "<owner name>"), not brackets around nothing.
    let angled = super::angled_slot(&lower);
    let stand_in = angled
        || lower.contains("[name")
        || lower.contains("[owner")
        // In the first clause, where the name stands: "N.N., Clinical Safety Officer"; not as
        // a person's initials, "N.N. Vohra" (a review of honest answers).
        || ["n.n.", "???", "xxx"].iter().any(|p| {
            first_clause.match_indices(p).any(|(at, _)| {
                !first_clause
                    .get(at + p.len()..)
                    .unwrap_or_default()
                    .trim_start()
                    .starts_with(char::is_alphabetic)
            })
        })
        || words.windows(2).any(|w| {
            matches!(w, ["first", "name" | "last"] | ["your", "name"])
        })
        // "John Doe", not "Jane Doe-Brown" (a review of honest answers).
        || ["john doe", "jane doe"].iter().any(|p| {
            lower.match_indices(p).any(|(at, _)| {
                !lower
                    .get(at + p.len()..)
                    .unwrap_or_default()
                    .starts_with(|c: char| c == '-' || c.is_alphanumeric())
            })
        });
    // A team, or a post with no one's name, is no named person: "The Clinical AI team", "The
    // CTO" (a hostile review).
    // Not a surname: "Tom Team", "Amy Committee" (a review of honest answers); a team is
    // written in lower case, or named in three words or more.
    // Two capitalised words are a body where the first is a word of what an organisation
    // does, not a given name: "Risk Committee", "Lending Team", "Model Governance Board" (a
    // hostile review read each as a named owner); "Amy Committee" is a person.
    let body_of = |w: &&str| {
        matches!(
            *w,
            "team"
                | "department"
                | "committee"
                | "unit"
                | "squad"
                | "division"
                | "board"
                | "group"
                | "office"
                | "council"
                | "panel"
                | "function"
                | "desk"
                | "forum"
        )
    };
    let no_person = first.last().is_some_and(|w| {
        matches!(
            *w,
            "team" | "department" | "committee" | "unit" | "squad" | "division"
        ) && (first.len() >= 3 || crate::assessment::as_words(text).contains(&format!(" {w}")))
    }) || (first.len() >= 2
        && first.last().is_some_and(body_of)
        && first
            .iter()
            .rev()
            .skip(1)
            .any(|w| ORGANISATION_WORDS.contains(w))
        && !named_after(text))
        || (first.first() == Some(&"the") && first.len() <= 4 && !named_after(text));
    slot || undecided
        || empty
        || elsewhere
        || stand_in
        || no_person
        || (words.len() <= 8 && negated)
}

/// Whether a name given for a person, the accountable owner's, names no one: a post, a body or
/// a name held back alone, a vacancy, a stand-in, or nothing a reviewer could check, read
/// without what it says of other people ([`owner_only`]). "The CRO, Andre Wilson" names one.
pub(crate) fn names_no_person(text: &str) -> bool {
    names_no_person_as(text, false)
}

/// [`names_no_person`]; `short_is_none`: whether a name of under three letters is none, as for
/// the owner's name (for a signer's, "李娜" or an initial a file signs with is someone's).
fn names_no_person_as(text: &str, short_is_none: bool) -> bool {
    let text = without_addresses(text);
    let text = ascii_punctuation(&text);
    let text = the_name_in_a_sentence(&text);
    let own = owner_only(&text);
    // A name of two characters in another script is a whole name ("李娜", "김구").
    let short_is_none = short_is_none && own.is_ascii();
    (super::is_empty_reason(&own) && (short_is_none || own.trim().chars().count() >= 3))
        || says_not_done_briefly(&own)
        || post_only(&own)
        || only_organisation_words(&own)
        || (names_no_one(&own) && !named_after(&own))
        || owner_gone(&own)
        || no_person_by_its_form(&own)
        || shared_by_several(&text)
}

/// Whether an owner's answer gives the ownership to several people or to whoever holds a post
/// in turn, read over the whole answer (what [`owner_only`] leaves out is about others):
/// "Andre Wilson (co-owner with Maria Costa)", "Andre Wilson and Maria Costa", "(job share
/// with ...)", "et al." (a review saw each in place).
fn shared_by_several(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let pair = |a: &str, b: &str| words.windows(2).any(|p| p == [a, b]);
    // Two people joined in the first clause: "Andre Wilson and Maria Costa", "... or ...".
    let first: Vec<&str> = text
        .split([',', ';', ':', '(', '['])
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let joined = first.iter().enumerate().any(|(i, w)| {
        matches!(*w, "and" | "or" | "+" | "&" | "/")
            && i >= 2
            && first.get(i + 1).is_some_and(|n| name_word(n))
            && first.get(i + 2).is_some_and(|n| name_word(n))
    });
    joined
        || words
            .iter()
            .any(|w| matches!(*w, "jointly" | "coowner" | "coowners"))
        || pair("co", "owner")
        || pair("co", "owners")
        || pair("job", "share")
        || pair("et", "al")
        || pair("and", "others")
}

/// `text` with the full-width commas, brackets and colons of Chinese, Japanese and Korean, and
/// a bar between parts, written as the ASCII marks the readers of names split at: "陈建国，首席
/// 信贷官（2024年3月起任职）", "王芳（CRO）", "Andre Wilson | Chief Credit Officer" (a review saw
/// each refused).
fn ascii_punctuation(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['，', '、', '（', '）', '：', '；', '【', '】', '|', '｜']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '，' | '、' | '|' | '｜' => out.push_str(", "),
            '（' => out.push_str(" ("),
            '）' => out.push(')'),
            '：' => out.push_str(": "),
            '；' => out.push_str("; "),
            '【' => out.push('['),
            '】' => out.push(']'),
            c => out.push(c),
        }
    }
    // "Andre Wilson , Chief Credit Officer": no space before the comma.
    std::borrow::Cow::Owned(out.replace(" ,", ","))
}

/// The name in an answer written as a sentence: "The accountable owner is Andre Wilson, CRO.",
/// "Andre Wilson is the named owner." (a review saw each refused), and in a name written in
/// Chinese, Japanese or Korean followed by a space and a post ("王芳 CRO", "刘洋 首席风险官"),
/// the post set apart as after a comma.
fn the_name_in_a_sentence(text: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = text.trim().trim_end_matches('.');
    let lower = trimmed.to_lowercase();
    for lead in [
        "the accountable owner is ",
        "our accountable owner is ",
        "accountable owner is ",
        "the named owner is ",
        "the owner is ",
    ] {
        if lower.starts_with(lead)
            && let Some(rest) = trimmed.get(lead.len()..)
        {
            return std::borrow::Cow::Owned(rest.to_string());
        }
    }
    for tail in [
        " is the accountable owner",
        " is the named owner",
        " is the owner",
        " is our accountable owner",
    ] {
        if let Some(at) = lower.find(tail)
            && let (Some(name), Some(rest)) = (trimmed.get(..at), trimmed.get(at + tail.len()..))
        {
            return std::borrow::Cow::Owned(format!("{name}{rest}"));
        }
    }
    let mut parts = trimmed.splitn(2, ' ');
    if let (Some(name), Some(rest)) = (parts.next(), parts.next())
        && !name.is_empty()
        && name.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
        && rest.split_whitespace().next().is_some_and(|post| {
            (post.len() >= 2 && post.chars().all(|c| c.is_ascii_uppercase()))
                || [
                    "首席",
                    "部長",
                    "部长",
                    "본부장",
                    "팀장",
                    "负责人",
                    "经理",
                    "経理",
                ]
                .iter()
                .any(|p| post.contains(p))
        })
    {
        return std::borrow::Cow::Owned(format!("{name}, {rest}"));
    }
    std::borrow::Cow::Borrowed(text)
}

/// `text` without e-mail addresses in angle brackets: "Andre Wilson <andre.wilson@acme.com>,
/// CRO" is how an address is written beside a name, not a form's slot (a review saw it refused).
fn without_addresses(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('<') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('<') {
        match after.split_once('>') {
            Some((inside, tail))
                if inside.contains('@') && !inside.contains(char::is_whitespace) =>
            {
                out.push_str(before.trim_end());
                rest = tail;
            }
            _ => {
                out.push_str(before);
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Whether an owner's name, read without what it says of others ([`owner_only`]), says the
/// person named is gone, or not yet (or only perhaps) the owner: "(former CRO)", "(passed
/// away)", "(dismissed)", "(now at Barclays)", "(starts 2027-02-01)", "(CRO-designate)",
/// "(nominated)", "(hypothetical)" (a review saw each in place). Not a former post beside a
/// current one: "Andre Wilson, CRO (former Head of Audit)".
fn owner_gone(own: &str) -> bool {
    let lower = own.to_lowercase();
    let clauses: Vec<Vec<&str>> = lower
        .split([',', ';', ':', '(', ')', '[', ']'])
        .map(|c| {
            c.split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
                .filter(|w| !w.is_empty())
                .collect::<Vec<&str>>()
        })
        .filter(|c| !c.is_empty())
        .collect();
    // Not the name itself: "Grace Gone", "Will Quit".
    let clauses: Vec<Vec<&str>> = if opens_with_a_name(own) {
        clauses.into_iter().skip(1).collect()
    } else {
        clauses
    };
    let words: Vec<&str> = clauses.iter().flatten().copied().collect();
    let pair = |a: &str, b: &str| words.windows(2).any(|p| p == [a, b]);
    let month_or_date = |w: &&str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || super::english_month(w).is_some()
            || matches!(*w, "in" | "on" | "from" | "next" | "early" | "mid" | "late")
    };
    // Settled all the same: "(proposed by ExCo, confirmed 2026-02-01)".
    let settled = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "confirmed" | "appointed" | "ratified")
            && !i
                .checked_sub(1)
                .and_then(|p| words.get(p))
                .is_some_and(|p| matches!(*p, "be" | "not" | "yet" | "if" | "once" | "when"))
    });
    let gone = words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1);
        // "joined after leaving Barclays": an earlier employer left.
        // Or a past role or employer: "resigned as CFO in 2022", "retired from the Army",
        // "is retiring from the board of a charity"; or denied: "not leaving".
        let earlier = i
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(|p| matches!(*p, "after" | "since" | "before" | "not" | "never"))
            || matches!(next, Some(&("as" | "from")));
        !earlier && matches!(
            *w,
            "deceased"
                | "decd"
                | "dead"
                | "died"
                | "rip"
                | "dismissed"
                | "terminated"
                | "redundant"
                | "quit"
                | "gone"
                | "alumnus"
                | "alumna"
                | "offboarded"
                | "exited"
                | "leaver"
                | "outgoing"
                | "leaving"
                | "resigning"
                | "retiring"
                | "retires"
                | "resignation"
                | "memoriam"
                | "fired"
                | "sacked"
                | "emeritus"
                | "secondment"
                // In other languages: gone, late, retired, former.
                | "verstorben"
                | "ausgeschieden"
                | "fallecido"
                | "fallecida"
                | "jubilado"
                | "jubilada"
                | "décédé"
                | "décédée"
                | "retraité"
                | "retraitée"
                | "falecido"
                | "falecida"
                | "aposentado"
                | "aposentada"
                | "defunto"
        ) || (*w == "ex"
            && next.is_some_and(|n| {
                POST_WORDS.contains(n)
                    || matches!(
                        *n,
                        "employee" | "staff" | "member" | "diretor" | "diretora" | "director"
                            | "directora" | "directeur" | "directrice" | "leiter" | "leiterin"
                            | "jefe" | "jefa"
                    )
            }))
    }) || own.contains('\u{2020}')
        || [
            "已离职", "离职", "離職", "退職", "退社", "退任", "퇴사", "퇴직", "已故", "逝世", "去世", "故人",
            "前任", "المرحوم", "الراحل",
        ]
        .iter()
        .any(|w| own.contains(w))
        // "故 山田太郎"; "(前CRO)", "(元CRO)", "(전 CRO)": former, before a post in capitals.
        || own.trim_start().starts_with("故 ")
        || ["前", "元", "전 ", "전"].iter().any(|f| {
            own.match_indices(f).any(|(at, _)| {
                own.get(at + f.len()..)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
            })
        })
        || pair("passed", "away")
        || pair("let", "go")
        // "moved to another company", "moved to Citi"; not "moved to this role".
        || words.windows(3).any(|p| {
            matches!(p, ["moved", "to", "another" | "a" | "an"])
        })
        || own.match_indices("moved to ").any(|(at, m)| {
            own.get(at + m.len()..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        })
        || pair("has", "left")
        || pair("since", "left")
        || pair("serving", "notice")
        || pair("garden", "leave")
        // "(to join in 2027)", not "left Barclays in 2019 to join us".
        || words.windows(3).any(|p| {
            matches!(p, ["to", "join", next] if month_or_date(next))
        })
        // "(left March 2026)", "(left, March 2026)", "(ex)", "(passed)", "(d. 2025)".
        || words
            .windows(2)
            .any(|p| matches!(p, ["left", m] if super::english_month(m).is_some()))
        || clauses.iter().any(|c| {
            c.last() == Some(&"left")
                || matches!(
                    c.as_slice(),
                    ["ex"] | ["passed"] | ["expected"] | ["recommended"]
                )
                || matches!(c.as_slice(), ["d", year]
                    if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        })
        || pair("laid", "off")
        || words
            .windows(3)
            .any(|p| matches!(p, ["stepped", "down", next] if !matches!(*next, "as" | "from")))
        || words.ends_with(&["stepped", "down"])
        || pair("moved", "on")
        || pair("used", "to")
        || pair("last", "day")
        || pair("off", "boarded")
        // "now at Barclays", not "now at head office".
        || words
            .windows(3)
            .any(|p| matches!(p, ["now", "at", next] if !matches!(*next, "head" | "the" | "our")))
        || pair("now", "with")
        || pair("account", "disabled")
        || pair("contract", "ended")
        || pair("employment", "ended")
        || clauses
            .iter()
            .any(|c| c.first() == Some(&"was") || c.as_slice() == ["late"])
        || words.starts_with(&["the", "late"]);
    // A post held once, with none held now.
    let once = |c: &Vec<&str>| {
        c.iter().any(|w| {
            matches!(
                *w,
                "former"
                    | "formerly"
                    | "previous"
                    | "previously"
                    | "prior"
                    | "original"
                    | "legacy"
                    | "historical"
                    | "past"
                    // Former, in German, French and Spanish.
                    | "ehemalig"
                    | "ehemaliger"
                    | "ehemalige"
                    | "ehemals"
                    | "ancien"
                    | "ancienne"
                    | "antiguo"
                    | "antigua"
            )
        }) || c.windows(3).any(|p| p == ["at", "the", "time"])
            || (c.first() == Some(&"then") && c.iter().any(|w| POST_WORDS.contains(w)))
    };
    let formerly = clauses.iter().any(once)
        && !clauses.iter().any(|c| {
            !once(c)
                && c.iter().any(|w| {
                    POST_WORDS.contains(w)
                        || matches!(
                            *w,
                            "directeur"
                                | "directrice"
                                | "directora"
                                | "diretor"
                                | "diretora"
                                | "leiter"
                                | "leiterin"
                                | "jefe"
                                | "jefa"
                                | "chief"
                        )
                })
        });
    let not_yet = words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1);
        matches!(
            *w,
            "incoming"
                | "designate"
                | "elect"
                | "future"
                | "hypothetical"
                | "fictional"
                | "fictitious"
                | "replacement"
        ) || (matches!(*w, "starts" | "joins") && next.is_some_and(month_or_date))
            // Not "who proposed the model", "nominated Senior Manager (under SM&CR)".
            || (matches!(
                *w,
                "nominated" | "nominee" | "proposed" | "suggested" | "tentative" | "tentatively"
            ) && !settled
                && !matches!(next, Some(&("the" | "a" | "an" | "this" | "senior"))))
            || (*w == "example" && !matches!(words.get(i.wrapping_sub(1)), Some(&"for")))
    }) || pair("if", "appointed")
        || pair("yet", "to")
        || pair("someone", "like")
        || words.windows(3).any(|p| {
            matches!(
                p,
                [
                    "will",
                    "be",
                    "appointed" | "named" | "hired" | "confirmed" | "nominated"
                ] | ["will", "start" | "join", _]
            )
        });
    // Shared, in turn, or someone else for them: "(jointly)", "Co-owners: ...", "job share",
    // "et al.", "rotating monthly", "Andre Wilson's deputy", "Office of Andre Wilson", "c/o
    // Andre Wilson"; not settled: "(declined)", "Maybe Andre Wilson", "Andre Wilson?"; a
    // pointer, not a name: "See Appendix B", "Same as last year" (a review saw each in place).
    let shared = words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "jointly" | "rotating" | "rotates" | "chatbot" | "candidate"
        )
            // "(declined)", "declined to take ownership"; not "who declined to delegate".
            || (*w == "declined"
                && (words.get(i + 1) != Some(&"to")
                    || matches!(words.get(i + 2), Some(&("take" | "accept" | "be" | "own")))))
            || (w.ends_with("'s")
            && words.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "deputy"
                        | "assistant"
                        | "delegate"
                        | "office"
                        | "pa"
                        | "secretary"
                        | "proxy"
                        | "representative"
                        | "team"
                )
            }))
    }) || pair("co", "owner")
        || pair("co", "owners")
        || pair("job", "share")
        || pair("et", "al")
        || pair("and", "others")
        || pair("in", "turn")
        // "Office of Andre Wilson"; not "Andre Wilson, Office of the CRO".
        || lower.starts_with("office of")
        || pair("virtual", "assistant")
        || lower.contains("c/o")
        || own.trim_end().ends_with('?')
        || pair("open", "req")
        || lower.split_whitespace().next().is_some_and(|w| {
            matches!(
                w.trim_end_matches([':', '.']),
                "see" | "refer" | "same" | "ditto" | "idem" | "attn" | "as" | "my" | "all"
                    // Hedged at the start: "Maybe Andre Wilson", not "who maybe travels".
                    | "maybe" | "possibly" | "perhaps" | "probably"
            )
        })
        // "Assistant to Andre Wilson".
        || matches!(
            words.as_slice(),
            ["assistant" | "deputy" | "delegate" | "secretary" | "proxy", "to" | "of", ..]
        );
    gone || formerly || not_yet || shared
}

/// Whether an owner's name is by its form a thing, not a person: a product or system with a
/// version or a number ("GPT-4", "Decision Engine v4"), a word run together as product names
/// are ("QuickQuote", "DataRobot"), an e-mail address, a channel, a link or an account
/// ("credit-risk@acme.com", "#credit-risk-ai", "svc-quickquote"), or a firm by its legal form
/// ("Acme Bank plc", "Acme S.A."): a review saw each in place.
fn no_person_by_its_form(own: &str) -> bool {
    let first = own
        .split([',', ';', ':', '(', '[', '\u{2013}', '\u{2014}'])
        .next()
        .unwrap_or_default()
        .trim();
    let tokens: Vec<&str> = first.split_whitespace().collect();
    let digits = tokens.iter().any(|t| {
        t.is_ascii() && t.chars().any(|c| c.is_ascii_digit()) && t.chars().any(char::is_alphabetic)
    }) || tokens.iter().any(|t| t.chars().all(|c| c.is_ascii_digit()));
    // "McDonald", "DeShawn", "LaToya", "O'Neill" are names; "QuickQuote" is not.
    // A capital after a small letter past the first two letters, unless a surname's prefix
    // ("Mc", "Di") stands before it; each part of a double-barrelled name on its own
    // ("DiCaprio-Santos", "McDonald-Smith").
    let run_together_part = |part: &str| {
        let letters: Vec<char> = part.chars().collect();
        letters
            .windows(2)
            .skip(1)
            .any(|p| matches!(p, [a, b] if a.is_lowercase() && b.is_uppercase()))
            && ![
                "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St", "Fitz",
            ]
            .iter()
            .any(|p| {
                part.strip_prefix(p).is_some_and(|r| {
                    r.starts_with(char::is_uppercase) && !r.chars().skip(1).any(char::is_uppercase)
                })
            })
    };
    let run_together = |t: &str| {
        // Degrees after a name: "PhD", "MSc", "DPhil".
        let degree = matches!(
            t.trim_end_matches([',', '.']),
            "PhD"
                | "MSc"
                | "BSc"
                | "MEng"
                | "BEng"
                | "DPhil"
                | "MPhil"
                | "DSc"
                | "MSt"
                | "MRes"
                | "EdD"
                | "PGDip"
                | "LLMs"
        );
        t.is_ascii() && !degree && t.split('-').any(run_together_part)
    };
    let handle = |t: &str| {
        t.contains('@')
            || t.starts_with('#')
            || t.starts_with("http")
            || t.starts_with("www.")
            || (t.is_ascii()
                && t.chars().all(|c| !c.is_uppercase())
                && t.contains(['-', '_', '.'])
                && t.chars().any(char::is_alphabetic))
    };
    let last = tokens.last().copied().unwrap_or_default();
    let bare: String = last.chars().filter(|c| *c != '.').collect();
    let lower_last = bare.to_lowercase();
    // Beside a person: "Andre Wilson at Acme Bank".
    let a_person_at = tokens
        .iter()
        .any(|t| matches!(t.to_lowercase().as_str(), "at" | "with" | "from"));
    let legal_form = tokens.len() >= 2
        && !a_person_at
        && (matches!(
            lower_last.as_str(),
            "plc" | "ltd" | "llc" | "inc" | "gmbh" | "llp" | "corp" | "corporation" | "limited"
                | "incorporated" | "pty" | "kgaa" | "bhd" | "berhad" | "tbk" | "sarl" | "ltda"
                | "bancorp" | "a/s"
        )
            // Words a firm's name ends with, after two words or more: "Acme Lending Company",
            // "Acme Financial Services"; two words may be a person's ("Ivy Bank", "Iris
            // Capital", "Guy Partners": a review saw each refused).
            || (tokens.len() >= 3
                && matches!(
                    lower_last.as_str(),
                    "company" | "technologies" | "solutions" | "partners" | "consulting"
                        | "consultants" | "capital" | "systems" | "bank" | "analytics"
                        | "services" | "network" | "holdings" | "holding" | "group" | "trust"
                        | "ventures" | "finance" | "insurance"
                ))
            // "Acme & Co", "Acme Lending Co.": not the surname Co ("Maria Co").
            || (lower_last == "co"
                && (last.ends_with('.') || tokens.iter().rev().nth(1) == Some(&"&")))
            // Forms no initials take: "Acme GmbH", "Acme S.p.A.", "Acme Oy" ("Ramesh S.A." and
            // "Ravi A.G." are initials).
            || matches!(bare.as_str(), "SpA" | "Oy")
            || first.to_lowercase().ends_with("z o.o.")
            || first.to_lowercase().ends_with("de c.v."))
        // "株式会社アクメ", "阿克米有限公司", "阿克米银行".
        || ["株式会社", "有限会社", "有限公司", "股份公司", "银行", "銀行", "集团", "集團"]
            .iter()
            .any(|f| first.contains(f));
    // A given name run together stands first ("JoAnne Smith"); a product's name after a
    // vendor's ("AWS SageMaker", "Experian PowerCurve") or alone ("QuickQuote").
    let product = tokens
        .iter()
        .enumerate()
        .any(|(i, t)| (i > 0 || tokens.len() == 1) && run_together(t));
    // A post in Chinese, Japanese, Korean or Arabic as the first clause ("首席风险官", "リスク管理部長",
    // "리스크관리본부장", "مدير المخاطر"), or "N. N." for a name.
    let post = !first.is_ascii()
        && [
            "首席",
            "部長",
            "部长",
            "本部長",
            "본부장",
            "팀장",
            "부장",
            "负责人",
            "負責人",
            "委员会",
            "委員会",
            "위원회",
            "経理",
            "经理",
            "مدير",
            "委員會",
            "空缺",
            "空席",
            "欠員",
            "공석",
        ]
        .iter()
        .any(|p| first.contains(p));
    let nn = first
        .chars()
        .filter(|c| !matches!(c, '.' | ' '))
        .collect::<String>()
        .eq_ignore_ascii_case("nn");
    digits
        || post
        || nn
        || (legal_form && !named_after(own) && !own.contains(':'))
        || product
        || matches!(tokens.as_slice(), [only] if handle(only))
        || tokens
            .iter()
            .any(|t| t.contains('@') || t.starts_with("http"))
}

/// Whether the name of who signs names no one: as [`names_no_one`] reads a signer's name, and
/// as the accountable owner's name is read ([`names_no_person`]), so "Vacant", "to be
/// appointed", "Our CCO" and "Head of MRM" sign nothing (a review saw each recorded), while the
/// owner's shapes that name a person after a post still do not sign.
pub(crate) fn signer_names_no_one(name: &str) -> bool {
    names_no_one(name) || names_no_person(name)
}

/// An owner's name without what it says of other people: "Andre Wilson, Chief Credit Officer
/// (deputy post currently vacant)", "(took over from Maria Costa, who left the bank in March
/// 2025)", "Andre Wilson of the Consumer Lending Analytics team" name a person whose deputy,
/// predecessor or team is what the rest is about (a review saw each read as naming no one).
/// Only where the answer opens with a person's name; "Dana Reyes (left 2026-09)" keeps its
/// words about her.
fn owner_only(text: &str) -> std::borrow::Cow<'_, str> {
    // "Andre Wilson - Chief Credit Officer", "... / Lending Team", "... @ Credit Risk Forum":
    // a spaced dash, a slash or an at sign sets the post apart as a comma does.
    const APART: [&str; 6] = [" -- ", " - ", " / ", " @ ", " \u{2013} ", " \u{2014} "];
    if APART.iter().any(|d| text.contains(d)) {
        let mut set_apart = text.to_string();
        for d in APART {
            set_apart = set_apart.replace(d, ", ");
        }
        return std::borrow::Cow::Owned(owner_only(&set_apart).into_owned());
    }
    // Two words of a name first ("Andre Wilson," / "Andre Wilson of ..."); [`name_word`] is
    // never a word of a sentence ("No", "The").
    let mut opening = text.split_whitespace();
    let named = opening.next().is_some_and(name_word)
        && opening
            .next()
            .is_some_and(|w| name_word(w.trim_end_matches([',', ';', ':'])));
    if !named {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    // "deputy: none": what follows a label about another is about them too; so is what follows
    // another's name within its brackets or sentence ("(the previous owner, Maria Costa, has
    // left)": a review saw the owner refused for it).
    let mut skip_next = false;
    let own_name: Vec<&str> = text.split_whitespace().take(2).collect();
    for (n, clause) in text
        .split_inclusive([',', ';', ':', '(', ')', '[', ']', '\u{2013}', '\u{2014}'])
        .enumerate()
    {
        let words: Vec<&str> = clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        // Another person named: two words of a name, not a month's ("March 2026") nor the
        // owner's own.
        let names_another = words.windows(2).any(|p| {
            p.iter().all(|w| {
                name_word(w)
                    && super::english_month(&w.to_lowercase()).is_none()
                    // "(To Be Appointed)" in title case names no one.
                    && !matches!(
                        w.to_lowercase().as_str(),
                        "to" | "be" | "by" | "of" | "in" | "on" | "at" | "for" | "and" | "or"
                            | "is" | "are" | "was" | "not" | "yet" | "has" | "have" | "will"
                    )
            }) && !own_name
                .iter()
                .zip(p)
                .all(|(o, w)| o.trim_end_matches([',', ';', ':']) == *w)
        });
        // "former", "previous" and "who" speak of another only beside their name or as a
        // label ("previous owner: Maria Costa"); alone they speak of the owner ("(former
        // CRO)", "(who left)").
        let about_another = lower.iter().enumerate().any(|(i, w)| {
            matches!(
                w.as_str(),
                "deputy"
                    | "deputies"
                    | "predecessor"
                    | "predecessor's"
                    | "predecessors"
                    | "backup"
                    | "back-up"
                    | "alternate"
            ) || (w == "took" && lower.get(i + 1).is_some_and(|x| x == "over"))
                // "after Maria Costa retired", "from Maria Costa": a person's name next.
                || (matches!(w.as_str(), "after" | "from" | "since")
                    && words.get(i + 1).is_some_and(|x| {
                        (name_word(x) && super::english_month(&x.to_lowercase()).is_none())
                            // "joined from HSBC, which she left".
                            || ((2..=5).contains(&x.len())
                                && x.chars().all(|c| c.is_ascii_uppercase()))
                    }))
        }) || names_another
            // "the former owner", "our founder": someone else.
            || lower.windows(2).any(|p| {
                matches!(
                    p,
                    [det, which] if matches!(det.as_str(), "the" | "his" | "her" | "their" | "our")
                        && matches!(
                            which.as_str(),
                            "former" | "previous" | "prior" | "old" | "last" | "outgoing"
                                | "founder" | "founding"
                        )
                )
            })
            || (lower
                .iter()
                .any(|w| matches!(w.as_str(), "former" | "previous" | "previously" | "who"))
                && (clause.ends_with(':') || skip_next));
        if n > 0 && (about_another || skip_next) {
            changed = true;
            // On to the end of the brackets or the sentence, or past a label.
            skip_next = !clause.ends_with([';', ')', ']']) && (skip_next || about_another);
            continue;
        }
        skip_next = false;
        // "Andre Wilson of the ... team": where the person sits, not who they are.
        if n == 0
            && lower
                .get(2)
                .is_some_and(|w| matches!(w.as_str(), "of" | "from" | "in" | "for" | "on"))
            && let Some(name) = words.get(..2)
        {
            out.push_str(&name.join(" "));
            changed = true;
            continue;
        }
        out.push_str(clause);
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Whether a clause after the first names a person: two to four words, each a capitalised word
/// of letters or a particle of a surname ("van", "de la", "bint"), none a post, a body, a
/// vacancy, a stand-in or a name held back, and not itself a name still to come. "The Chief
/// Credit Officer, Andre Wilson" names one (a review of honest answers); "The CTO, Risk Team",
/// "The CTO (To Be Named)", "The CTO, Vacant Role", "The CRO, Name Withheld" do not (a hostile
/// review).
fn named_after(text: &str) -> bool {
    text.split([',', ';', ':', '(', '[', '\u{2013}', '\u{2014}'])
        .skip(1)
        .map(|c| c.trim().trim_end_matches([')', ']', '.']).trim())
        .any(|clause| {
            let words: Vec<&str> = clause.split_whitespace().collect();
            let capitalised = |w: &str| {
                // "Dr.", "J.": an abbreviation's dot.
                let w = w.trim_end_matches('.');
                let mut letters = w.chars();
                letters.next().is_some_and(char::is_uppercase)
                    && letters
                        .as_str()
                        .chars()
                        .all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '\u{2019}')
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            };
            let names = words.iter().filter(|w| capitalised(w)).count();
            (2..=4).contains(&words.len())
                && names >= 2
                && words
                    .iter()
                    .all(|w| capitalised(w) || SURNAME_PARTICLES.contains(w))
                && !words.iter().any(|w| {
                    let w = w.to_lowercase();
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    NAMED_BY_POST.contains(&w) || NO_PERSON_YET.contains(&w)
                })
                && !names_no_one(clause)
                && !only_organisation_words(clause)
                // In lower case: a capitalised "Vacant Role" is no title ("Head of Vacancy
                // Management") here.
                && (surname_no(clause) || !says_not_done_briefly(&clause.to_lowercase()))
        })
}

/// Words of a post: "Chief Credit Officer", "Head of Lending", "CRO".
const POST_WORDS: &[&str] = &[
    "officer",
    "manager",
    "director",
    "lead",
    "head",
    "controller",
    "counsel",
    "owner",
    "sponsor",
    "executive",
    "president",
    "chair",
    "chairperson",
    "secretary",
    "ciso",
    "cto",
    "ceo",
    "cfo",
    "cro",
    "cio",
    "coo",
    "dpo",
    "vp",
    "cco",
    "mlro",
    "scientist",
    "engineer",
    "analyst",
];

/// Whether an owner's name gives only a post, a team or a name held back, and no person's name
/// in a later clause ([`named_after`]): "Chief Credit Officer", "Head of Lending", "Withheld",
/// "CRO". Not "Tom Board, Chief Risk Officer", whose first clause is a name: a body's word
/// last ("Risk Committee", "Lending Team") cannot be told from a surname ("Amy Committee",
/// "Tom Team") by its words, and is left to the readers of teams.
fn post_only(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let first: Vec<&str> = lower
        .split([',', ';', ':', '(', '[', '\u{2013}', '\u{2014}'])
        .next()
        .unwrap_or_default()
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let listed =
        |w: &&str| POST_WORDS.contains(w) || NAMED_BY_POST.contains(w) || NO_PERSON_YET.contains(w);
    // "Edith Head", "Guy Director": a given name before a title's word is a surname (a review
    // saw each refused).
    let given_name = first.len() == 2
        && text.split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches([',', ';', ':']);
            // An initial: "B. Manager".
            name_word(w) || (w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase))
        });
    let post = !first.is_empty()
        && (first.iter().all(listed)
            || (first.len() <= 6
                && first.last().is_some_and(|w| POST_WORDS.contains(w))
                && !given_name)
            || (matches!(
                first.first(),
                Some(&"head" | &"chief" | &"director" | &"vp")
            ) && first.get(1) == Some(&"of"))
            || matches!(first.first(), Some(&"our" | &"your" | &"their")));
    post && !named_after(text)
}

/// Words that name a body, a part of an organisation or how it is set up: with words of what
/// it does ([`ORGANISATION_WORDS`]), a body rather than a person ("Credit Risk Forum", "Board of
/// Directors", "Second Line of Defence", "MRM Team": a review saw each sign and own).
const BODY_WORDS: &[&str] = &[
    "team",
    "teams",
    "committee",
    "board",
    "department",
    "dept",
    "unit",
    "squad",
    "division",
    "group",
    "office",
    "council",
    "panel",
    "function",
    "desk",
    "forum",
    "taskforce",
    "task",
    "force",
    "guild",
    "tribe",
    "chapter",
    "centre",
    "center",
    "excellence",
    "directorate",
    "secretariat",
    "authority",
    "commission",
    "services",
    "service",
    "directors",
    "line",
    "defence",
    "defense",
    "organisation",
    "organization",
    "network",
    "hub",
    "lab",
    "labs",
    "bureau",
    "agency",
    "ministry",
    "practice",
    "working",
    "party",
    "internal",
    "retail",
    "banking",
    "consumer",
    "commercial",
    "corporate",
    "second",
    "third",
    "first",
    "central",
    "global",
    "regional",
    "enterprise",
    // A company's committee or entity written as one word: "ExCo", "RiskCo" (a review saw
    // each own).
    "exco",
    "excom",
    "riskco",
    "opco",
    "holdco",
    "topco",
    "bidco",
];

/// Whether every word of `text` names a body, a post, a part of an organisation or no one:
/// "Model Risk Management", "Credit Operations", "Director, Retail Lending", "VP Credit",
/// "Internal Audit", "MRM Team" (a capitalised acronym beside a body's word). "Maria
/// Compliance" and "Grace Board" have a word of their own.
pub(crate) fn only_organisation_words(text: &str) -> bool {
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = tokens.iter().map(|w| w.to_lowercase()).collect();
    let body = lower.iter().any(|w| BODY_WORDS.contains(&w.as_str()));
    // A lone acronym: "CCO", "MRM", "MLRO", "ALCO" (a review saw each own and sign).
    let acronym = |t: &str| (2..=5).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase());
    if let [only] = tokens.as_slice()
        && acronym(only)
    {
        return true;
    }
    !tokens.is_empty()
        && tokens.iter().zip(&lower).all(|(t, w)| {
            let w = w.as_str();
            ORGANISATION_WORDS.contains(&w)
                || BODY_WORDS.contains(&w)
                || NOT_A_NAME.contains(&w)
                || matches!(
                    w,
                    "of" | "the" | "and" | "for" | "on" | "behalf" | "in" | "to"
                )
                || (body && acronym(t))
        })
}

/// Whether `w` can be a word of a person's name: capitalised letters, and not a word of a post,
/// a body, a vacancy or no one.
fn name_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    let lower = lower.as_str();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    // "Marie-Thérèse", "O'Neill", "McTavish", "WILSON"; not an acronym ("CCO", "MRM").
    w.chars().next().is_some_and(char::is_uppercase)
        && w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
        && letters >= 2
        && !(letters <= 5 && w.chars().all(|c| !c.is_lowercase()))
        // Not the words of no one ("The", "Our"): "Na" and "Ai" are names (a review of honest
        // names), though "n/a" and "AI" are none.
        && !matches!(lower, "the" | "our" | "your" | "their" | "a" | "an" | "no")
        && ![NAMED_BY_POST, NO_PERSON_YET, ORGANISATION_WORDS, BODY_WORDS]
            .iter()
            .any(|list| list.contains(&lower))
}

/// Whether `text` opens with a person's name: two capitalised words, neither a word of a post,
/// a body or no one, nor a stand-in ("Jane Doe"), then the end, a comma, a bracket or "for",
/// "on", "of" ("Andre Wilson, Risk Committee", "Andre Wilson for the Lending Team").
fn opens_with_a_name(text: &str) -> bool {
    // After a title: "Dr. Andre Wilson, Chief Credit Officer, ... team" (a review of honest
    // names).
    let mut words = text.split_whitespace().peekable();
    if words.peek().is_some_and(|w| {
        matches!(
            w.trim_end_matches('.').to_lowercase().as_str(),
            "dr" | "prof" | "mr" | "mrs" | "ms" | "mx" | "sir" | "dame"
        )
    }) {
        words.next();
    }
    let opening: Vec<&str> = words.take(3).collect();
    let second = opening.get(1).map(|w| w.trim_end_matches([',', ';', ':']));
    // An initial for the given name: "H. Okafor, Chair of the Lettings Risk Board" (a
    // compliance review saw it read as no one).
    let initial = |w: &str| {
        let mut c = w.chars();
        matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
    };
    opening.first().is_some_and(|w| name_word(w) || initial(w))
        && second.is_some_and(name_word)
        && !matches!(
            format!(
                "{} {}",
                opening.first().copied().unwrap_or_default(),
                second.unwrap_or_default()
            )
            .to_lowercase()
            .as_str(),
            "john doe" | "jane doe" | "joe bloggs" | "max mustermann" | "erika mustermann"
        )
        && (opening.len() == 2
            || opening.get(1).is_some_and(|w| w.ends_with(','))
            || opening.get(2).is_some_and(|w| {
                w.starts_with('(')
                    || matches!(
                        *w,
                        "for" | "on" | "of" | "-" | "--" | "/" | "@" | "\u{2013}" | "\u{2014}"
                    )
            }))
}

/// Words of what part of an organisation does, which name no person before a body's word
/// ("Risk Committee", "Lending Team", "Data Office").
const ORGANISATION_WORDS: &[&str] = &[
    "risk",
    "credit",
    "lending",
    "loan",
    "loans",
    "model",
    "models",
    "data",
    "compliance",
    "legal",
    "product",
    "products",
    "ethics",
    "governance",
    "safety",
    "security",
    "privacy",
    "engineering",
    "platform",
    "clinical",
    "medical",
    "audit",
    "finance",
    "financial",
    "operations",
    "ops",
    "underwriting",
    "fraud",
    "trust",
    "quality",
    "review",
    "oversight",
    "steering",
    "ai",
    "ml",
    "it",
    "hr",
    "policy",
    "executive",
    "management",
    "advisory",
    "architecture",
    "analytics",
    "science",
    "research",
    "support",
    "marketing",
    "sales",
    "customer",
    "customers",
    "admissions",
    "hiring",
    "recruitment",
    "talent",
    "people",
    "design",
    "content",
    "moderation",
    "safeguarding",
    "procurement",
    "technology",
    "tech",
    "digital",
    "innovation",
    "strategy",
    "programme",
    "program",
    "project",
    "delivery",
    "infrastructure",
    "mlops",
    "devops",
    "assurance",
    "validation",
    "testing",
    "qa",
    "leadership",
    "treasury",
    "collections",
    "claims",
    "pricing",
    "actuarial",
    "regulatory",
    "editorial",
    "nursing",
    "pharmacy",
    "benefits",
    "welfare",
    "eligibility",
    "casework",
    "responsible",
    "exec",
    "board",
    "ethic",
    "approvals",
    "approval",
    "decisioning",
    "business",
];

/// Particles of a surname, written in lower case ("Ludwig van Dijk", "José de la Cruz",
/// "Aisha bint Khalid").
const SURNAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "del", "della", "der", "den", "da", "di", "du", "la", "le", "bin", "bint",
    "ibn", "al", "el", "ter", "ten", "y", "dos", "das",
];

/// Words that make a clause a post or a body rather than a person's name, besides those
/// [`names_no_one`] reads.
const NAMED_BY_POST: &[&str] = &[
    "senior",
    "accountable",
    "team",
    "committee",
    "board",
    "department",
    "unit",
    "group",
    "division",
    "office",
    "officer",
    "function",
    "desk",
    "head",
    "chief",
    "lead",
    "manager",
    "director",
    "owner",
    "services",
    "operations",
    "council",
    "panel",
    "forum",
];

/// Words that say no one holds the post yet, or that the name is held back: "The CTO, New
/// Hire", "The CRO, Job Posted", "The CRO (Name Redacted)", "The CRO, Acting CRO" (a hostile
/// review).
const NO_PERSON_YET: &[&str] = &[
    "vacant",
    "vacancy",
    "new",
    "hire",
    "hired",
    "hiring",
    "job",
    "posted",
    "advertised",
    "role",
    "roles",
    "seat",
    "post",
    "position",
    "name",
    "names",
    "redacted",
    "withheld",
    "anonymous",
    "any",
    "anyone",
    "everyone",
    "nobody",
    "shared",
    "several",
    "various",
    "multiple",
    "staff",
    "pending",
    "appointment",
    "appointed",
    "interim",
    "cover",
    "acting",
    "starts",
    "start",
    "responsibility",
    "approver",
    "approvers",
    "person",
    "people",
    "all",
    "rotating",
    "rota",
    "duty",
    "later",
    "soon",
    "unknown",
    "open",
    "required",
    "needed",
    "yet",
    "temporary",
    "contractor",
    "consultant",
    "vendor",
    "external",
    "placeholder",
    "same",
    "above",
    "below",
    "see",
    "successor",
    "replacement",
    "candidate",
    "nominee",
    "designate",
    "elect",
];

/// Whether `text` opens with the surname No and a given name of Korean syllables written with
/// a hyphen ("No Min-jun", "No Ji-woo, Head of Lending"), rather than "No Sign-off", "No
/// Co-owner", "No Name-yet".
fn surname_no(text: &str) -> bool {
    // Syllables of Korean given names as they are romanised.
    const SYLLABLES: &[&str] = &[
        "a", "ah", "bin", "bo", "bok", "chan", "chang", "chae", "chul", "da", "dae", "dong", "do",
        "eun", "gi", "gyu", "ha", "hae", "han", "hee", "ho", "hoon", "hwa", "hwan", "hye", "hyeon",
        "hyo", "hyuk", "hyun", "hyung", "il", "in", "jae", "jeong", "ji", "jin", "jo", "joo",
        "joon", "ju", "jun", "jung", "kyu", "kyung", "mi", "min", "myung", "na", "nam", "ra", "ri",
        "rin", "sang", "se", "seo", "seok", "seon", "seong", "seung", "shin", "so", "sol", "soo",
        "sook", "su", "sun", "sung", "tae", "woo", "won", "wook", "ye", "yeon", "yeong", "yoon",
        "young", "yu", "yun", "yung",
    ];
    let Some(rest) = text.trim().strip_prefix("No ") else {
        return false;
    };
    let given = rest
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches([',', ';', '.', ')']);
    let Some((a, b)) = given.split_once('-') else {
        return false;
    };
    let mut letters = a.chars();
    letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && letters.as_str().chars().all(|c| c.is_ascii_lowercase())
        && SYLLABLES.contains(&a.to_ascii_lowercase().as_str())
        && SYLLABLES.contains(&b)
}

/// Evaluates an assessment. Answers to unknown or hidden questions are ignored.
pub fn evaluate(q: &Questionnaire, a: &Assessment) -> Evaluation {
    evaluate_on(q, a, None)
}

/// [`evaluate`] as of `today` (YYYY-MM-DD): a safeguard in place on evidence that has expired
/// or is dated after it, or planned for a day after it, earns no credit off the score. Every
/// mode that judges dates (reports, `raia score`, the wizard) evaluates through this, so the
/// score and tier agree with the gate, which fails such a safeguard.
pub fn evaluate_on(q: &Questionnaire, a: &Assessment, today: Option<&str>) -> Evaluation {
    let mut e = evaluate_once(q, a, None, today);
    e.what_if = what_if(q, a, &e);
    e
}

/// [`evaluate`] without the what-ifs (`what_if` is empty): for the wizard and plain mode,
/// which evaluate after every change and show no what-if (issue 7). Reports and `raia score`
/// evaluate with them.
pub fn evaluate_without_what_if(q: &Questionnaire, a: &Assessment) -> Evaluation {
    evaluate_once(q, a, None, None)
}

/// [`evaluate_without_what_if`] as of `today`: see [`evaluate_on`].
pub fn evaluate_without_what_if_on(
    q: &Questionnaire,
    a: &Assessment,
    today: Option<&str>,
) -> Evaluation {
    evaluate_once(q, a, None, today)
}

/// `assume`: a safeguard taken as in place with nothing contradicting it ("what if it were").
fn evaluate_once(
    q: &Questionnaire,
    a: &Assessment,
    assume: Option<&str>,
    today: Option<&str>,
) -> Evaluation {
    // A what-if's evaluation reads what the first one left cached on this thread.
    evaluate_with(q, a, assume, today, assume.is_none())
}

/// [`evaluate_once`], on two threads where `two_threads` ([`contradictions_and_denials`]).
/// Each answer at its question's position, found once: a map of the answers by id was hashed
/// twice per question. Answers to unknown questions have no place and are ignored. With the
/// slots where each answer's question stood (`hints`, [`AnswerSlots`]), and the slots found.
pub(super) fn answers_by_position<'a>(
    q: &Questionnaire,
    a: &'a Assessment,
    hints: &[u32],
) -> (Vec<Option<&'a Answer>>, Vec<u32>) {
    let mut given: Vec<Option<&Answer>> = vec![None; q.questions.len()];
    let mut slots = Vec::with_capacity(a.answers.len());
    for (k, (id, answer)) in a.answers.iter().enumerate() {
        // The slot the evaluation before found, where the same question still stands there: a
        // comparison of ids instead of hashing each (issue 7).
        let hinted = hints
            .get(k)
            .map(|&i| i as usize)
            .filter(|&i| q.questions.get(i).is_some_and(|x| x.id == id.as_str()));
        let at = hinted.or_else(|| q.question_index(id));
        slots.push(at.and_then(|i| u32::try_from(i).ok()).unwrap_or(u32::MAX));
        if let Some(slot) = at.and_then(|i| given.get_mut(i)) {
            *slot = Some(answer);
        }
    }
    (given, slots)
}

fn evaluate_with(
    q: &Questionnaire,
    a: &Assessment,
    assume: Option<&str>,
    today: Option<&str>,
    two_threads: bool,
) -> Evaluation {
    let mut walk = Walk {
        answers: Answers::ByPosition {
            q,
            at: vec![None; q.questions.len()],
        },
        ..Walk::default()
    };
    let mut visible = Vec::new();
    let mut visible_at = Vec::new();
    // One answer's effects at a time, in a list kept across answers (no allocation per answer).
    let mut effects_of: Vec<(Text, &Effects)> = Vec::new();
    let mut unanswered = Vec::new();
    let mut notes_missing = Vec::new();
    let mut hidden_answered = Vec::new();
    let mut confirmed: BTreeMap<&str, Vec<Reason>> = BTreeMap::new();
    let mut concerns: BTreeMap<&str, Vec<Reason>> = BTreeMap::new();
    let mut category_reasons: BTreeMap<&str, Vec<Reason>> = BTreeMap::new();
    let mut cleared: BTreeMap<&str, (Vec<Reason>, Vec<Reason>)> = BTreeMap::new();
    let mut contributions: Vec<Contribution> = Vec::new();
    let mut satisfied: BTreeMap<&str, Vec<String>> = BTreeMap::new();

    let (given, answer_slots) = answers_by_position(q, a, &[]);
    for (at, question) in q.questions.iter().enumerate() {
        let shown = question.show_if.as_ref().is_none_or(|c| c.holds(&walk));
        let answer = given.get(at).copied().flatten().filter(|x| is_given(x));
        if !shown {
            if answer.is_some() {
                hidden_answered.push(question.id.clone());
            }
            continue;
        }
        visible.push(question.id.clone());
        visible_at.push((at, answer.is_some()));
        let Some(answer) = answer else {
            if !question.optional {
                unanswered.push(question.id.clone());
            }
            continue;
        };
        if let Answers::ByPosition { at: walked, .. } = &mut walk.answers
            && let Some(slot) = walked.get_mut(at)
        {
            *slot = Some(answer);
        }
        let reason = |text: &Text| Reason {
            question: question.id.clone(),
            prompt: question.prompt.clone(),
            answer: text.clone(),
        };
        let mut needs_note = false;
        // This question's contributions start here; only they can combine with a new one.
        let first = contributions.len();
        effects_of.clear();
        each_answer_effect(question, answer, |text, effects| {
            effects_of.push((text, effects))
        });
        for (text, effects) in effects_of.drain(..) {
            for p in &effects.prohibits {
                confirmed.entry(p).or_default().push(reason(&text));
            }
            for p in &effects.concerns {
                concerns.entry(p).or_default().push(reason(&text));
                walk.concerns.insert(p.clone());
            }
            for c in &effects.categories {
                category_reasons.entry(c).or_default().push(reason(&text));
                walk.categories.insert(c.clone());
            }
            // A derogation removes a category whichever earlier answer marked it.
            for c in &effects.clears {
                if let Some(raised) = category_reasons.remove(c.as_str()) {
                    let entry = cleared.entry(c).or_default();
                    entry.0.extend(raised);
                    entry.1.push(reason(&text));
                    walk.categories.remove(c.as_str());
                }
            }
            add_risk(question, &text, effects, first, &mut contributions);
            for s in &effects.satisfies {
                satisfied
                    .entry(s)
                    .or_default()
                    .push(shown_by(question, &text));
            }
            needs_note |= effects.note_required;
        }
        if needs_note && note_absent(a, &question.id) {
            notes_missing.push(question.id.clone());
        }
    }

    let prohibitions: Vec<ProhibitionFinding> = q
        .prohibitions
        .iter()
        .map(|p| {
            let confirmed_by = confirmed.remove(p.id.as_str()).unwrap_or_default();
            let concerns = concerns.remove(p.id.as_str()).unwrap_or_default();
            prohibition_finding(p, confirmed_by, concerns)
        })
        .collect();
    let categories: Vec<CategoryFinding> = q
        .categories
        .iter()
        .filter_map(|c| {
            category_reasons
                .remove(c.id.as_str())
                .map(|raised_by| category_finding(q, c, raised_by))
        })
        .collect();
    let cleared: Vec<ClearedCategory> = q
        .categories
        .iter()
        .filter(|c| !walk.categories.contains(c.id.as_str()))
        .filter_map(|c| {
            cleared
                .remove(c.id.as_str())
                .map(|(raised_by, cleared_by)| ClearedCategory {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    raised_by,
                    cleared_by,
                })
        })
        .collect();
    let floors = floors_holding(q, &walk);
    // Safeguards: required or not, their status, and whether the answers support it.
    let shown_by: Vec<Vec<String>> = q
        .safeguards
        .iter()
        // Taken, not copied: each safeguard's id is read once (ids are unique).
        .map(|s| satisfied.remove(s.id.as_str()).unwrap_or_default())
        .collect();
    let texts = OutcomeTexts::default();
    let (contradictions, denied_ahead) =
        contradictions_and_denials(q, a, &walk, &shown_by, two_threads, &texts);
    let scope = Scope {
        q,
        a,
        facts: &walk,
        categories: &categories,
        contradictions: &contradictions,
        assume,
        denied_ahead: &denied_ahead,
        texts,
    };
    let safeguards: Vec<SafeguardResult> = q
        .safeguards
        .iter()
        .zip(&shown_by)
        .map(|(s, shown)| scope.safeguard(s, shown))
        .collect();
    let requirements: Vec<RequirementResult> = q
        .requirements
        .iter()
        .map(|r| requirement_result(r, &safeguards, scope.applies_by_rule(r)))
        .collect();
    let raw: u32 = contributions
        .iter()
        .fold(0u32, |sum, c| sum.saturating_add(c.points));
    let mut e = Evaluation {
        tier: Tier::Low,
        causes: Vec::new(),
        complete: false,
        visible,
        visible_at,
        answer_slots: AnswerSlots(answer_slots),
        unanswered,
        notes_missing,
        hidden_answered,
        hidden_prohibits: Vec::new(),
        hidden_marks: Vec::new(),
        unscreened: super::unscreened(q),
        prohibitions,
        categories,
        cleared,
        floors,
        contradictions,
        score: Score {
            raw,
            credits_available: 0,
            mitigation_cap: 0,
            mitigation: 0,
            total: 0,
            medium_at: q.tiers.medium_at,
            high_at: q.tiers.high_at,
            band: Tier::Low,
            by_factor: by_factor(q, &contributions),
            contributions,
            credits: Vec::new(),
        },
        requirements,
        gaps: Vec::new(),
        review: Review {
            due: None,
            basis: ReviewBasis::Set,
        },
        not_approved: None,
        blank_details: Vec::new(),
        to_reconfirm: Vec::new(),
        lifted_objections: Vec::new(),
        safeguard_at: index_of(&safeguards),
        shown_by,
        safeguards,
        what_if: Vec::new(),
        judged_on: today.map(str::to_string),
    };
    settle(q, a, &mut e);
    e
}

/// The contradictions that hold, and what the answers' words deny of each safeguard they may
/// show ([`denied_behind_answers`]), found at once on two threads: the two readings need nothing
/// of each other, and together they were most of `raia score`'s time (issue 7). Each reading
/// gives the same result on either thread; without a second thread they run one after the
/// other. The second thread only finds the contradictions: sharing the safeguards between the
/// threads as well read the same texts on both and was no faster.
fn contradictions_and_denials<'q>(
    q: &'q Questionnaire,
    a: &'q Assessment,
    walk: &'q Walk<'_>,
    shown_by: &[Vec<String>],
    two_threads: bool,
    texts: &OutcomeTexts<'q>,
) -> (Vec<ContradictionFinding>, Vec<(&'q str, Vec<String>)>) {
    if !two_threads {
        return (contradictions_holding(q, a, walk), Vec::new());
    }
    // As `Scope::safeguard` reads them: a safeguard an answer shows, or one its own rule may
    // show, and not recorded otherwise than in place.
    let ahead: Vec<&crate::questionnaire::Safeguard> = q
        .safeguards
        .iter()
        .zip(shown_by)
        .filter(|(s, shown)| !shown.is_empty() || s.satisfied_when.is_some())
        .filter(|(s, _)| {
            a.safeguards
                .get(s.id.as_str())
                .is_none_or(|r| r.status == SafeguardStatus::InPlace)
        })
        .map(|(s, _)| s)
        .collect();
    // By id, for `Scope::safeguard` to find each in a search of a sorted list: a search from
    // the start for every safeguard was quadratic at 10,000 questions (issue 7).
    let deny = || -> Vec<(&'q str, Vec<String>)> {
        let mut denied: Vec<(&'q str, Vec<String>)> = ahead
            .iter()
            .map(|s| (s.id.as_str(), denied_behind_answers(q, a, walk, s, texts)))
            .collect();
        denied.sort_by(|x, y| x.0.cmp(y.0));
        denied
    };
    // The second thread starts with what this one read for prohibited uses before (a session
    // evaluates again and again), and hands back all it read.
    let seed = Cached::take_prohibited();
    std::thread::scope(|t| {
        let other = std::thread::Builder::new().spawn_scoped(t, move || {
            seed.add_here();
            (contradictions_holding(q, a, walk), Cached::take())
        });
        match other {
            Ok(other) => {
                let denied = deny();
                let (contradictions, cached) = other
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                // What the other thread read is not read again here: the safeguards and the
                // what-ifs read many of the same texts.
                cached.add_here();
                (contradictions, denied)
            }
            Err(_) => (contradictions_holding(q, a, walk), deny()),
        }
    })
}

/// The answers kept for the `hidden` questions that would confirm a prohibited use, in asking
/// order.
fn hidden_prohibits(q: &Questionnaire, a: &Assessment, hidden: &[Text]) -> Vec<HiddenProhibit> {
    let mut out = Vec::new();
    each_hidden_effect(q, a, hidden, |reason, effects| {
        for p in &effects.prohibits {
            out.push(HiddenProhibit {
                prohibition: p.clone(),
                reason: reason(),
            });
        }
    });
    out
}

/// Answers kept for hidden questions that would mark a category no visible answer marks or
/// clears.
fn hidden_marks(q: &Questionnaire, a: &Assessment, e: &Evaluation) -> Vec<HiddenMark> {
    let mut out = Vec::new();
    each_hidden_effect(q, a, &e.hidden_answered, |reason, effects| {
        for c in &effects.categories {
            let counted =
                e.categories.iter().any(|f| &f.id == c) || e.cleared.iter().any(|f| &f.id == c);
            if !counted {
                out.push(HiddenMark {
                    category: c.clone(),
                    reason: reason(),
                });
            }
        }
    });
    out
}

/// Each effect of the answers kept for the `hidden` questions, with the reason (question and
/// answer) it would be counted by.
fn each_hidden_effect(
    q: &Questionnaire,
    a: &Assessment,
    hidden: &[Text],
    mut f: impl FnMut(&dyn Fn() -> Reason, &crate::questionnaire::Effects),
) {
    for id in hidden {
        let (Some(question), Some(answer)) = (q.question(id), a.answers.get(id.as_str())) else {
            continue;
        };
        each_answer_effect(question, answer, |text, effects| {
            let reason = || Reason {
                question: question.id.clone(),
                prompt: question.prompt.clone(),
                answer: text.clone(),
            };
            f(&reason, effects);
        });
    }
}

/// Where the answers leave prohibition `p`.
pub(super) fn prohibition_finding(
    p: &crate::questionnaire::CatalogueEntry,
    confirmed_by: Vec<Reason>,
    concerns: Vec<Reason>,
) -> ProhibitionFinding {
    let status = if !confirmed_by.is_empty() {
        ProhibitionStatus::Confirmed
    } else if !concerns.is_empty() {
        ProhibitionStatus::Concern
    } else {
        ProhibitionStatus::Clear
    };
    ProhibitionFinding {
        id: p.id.clone(),
        title: p.title.clone(),
        clause: p.clause.clone(),
        status,
        confirmed_by,
        concerns,
    }
}

/// Category `c`, marked by `raised_by` (not empty).
pub(super) fn category_finding(
    q: &Questionnaire,
    c: &crate::questionnaire::CatalogueEntry,
    raised_by: Vec<Reason>,
) -> CategoryFinding {
    CategoryFinding {
        id: c.id.clone(),
        title: c.title.clone(),
        clause: c.clause.clone(),
        raised_by,
        floor: q.category_floor(&c.id),
        reading: c.reading.clone(),
    }
}

/// The floors whose conditions hold.
pub(super) fn floors_holding(q: &Questionnaire, facts: &dyn Facts) -> Vec<FloorFinding> {
    q.floors
        .iter()
        .filter(|f| f.when.holds(facts))
        .map(|f| FloorFinding {
            tier: f.tier,
            reason: f.reason.clone(),
            answers: f.when.describe_holding(facts, q),
        })
        .collect()
}

/// The contradictions whose conditions hold, and a use whose own description names a
/// consequential decision, in an area the answers that mark them leave out
/// ([`decision_in_the_words`]).
pub(super) fn contradictions_holding(
    q: &Questionnaire,
    a: &Assessment,
    facts: &dyn Facts,
) -> Vec<ContradictionFinding> {
    let mut out: Vec<ContradictionFinding> = q
        .contradictions
        .iter()
        .filter(|c| c.when.holds(facts))
        .map(|c| ContradictionFinding {
            id: c.id.clone(),
            message: c.message.clone(),
            answers: c.when.describe_holding(facts, q),
            blocks: c.blocks.clone(),
            questions: c.when.questions().into_iter().map(Text::from).collect(),
            consequential_in_doubt: c.consequential_in_doubt,
            judgement: c.judgement,
            doubts: Vec::new(),
        })
        .collect();
    if !out.is_empty() {
        doubts_of(q, facts, &mut out);
    }
    // The notes in asking order, found once for both readers of the team's words.
    let notes = notes_in_order(q, a);
    out.extend(decision_in_the_words(q, a, facts, &notes));
    out.extend(prohibited_in_the_words(q, a, facts, &notes));
    out.extend(rate_in_the_note(q, a, facts));
    out
}

/// The stable id of the finding [`rate_in_the_note`] makes.
pub const RATE_IN_THE_NOTE: &str = "note-gives-a-rate-the-answer-rules-out";

/// An answer that says reviewers change a meaningful share of outcomes, while its note gives
/// a rate of change under 1 in 100, the line another option of the same question draws:
/// "Underwriters overturned 0.4% of proposed declines in the last twelve months" beside "We
/// measure it, and reviewers change a meaningful share" (an end-to-end review saw human
/// oversight met on a review that rubber-stamps). Read off the options' own words, so a
/// questionnaire that draws no such line asks nothing of this.
fn rate_in_the_note(
    q: &Questionnaire,
    a: &Assessment,
    facts: &dyn Facts,
) -> Option<ContradictionFinding> {
    if a.notes.is_empty() {
        return None;
    }
    // The answer first, then the options' words: most answers are not "meaningful", and
    // searching every option's label of every question was most of this reader's cost.
    // Only the questions whose options draw the line: walking every question for them was a
    // tenth of the wizard's patch after a key at 10,000 questions (issue 7).
    let at = answer_at(q, facts);
    q.rate_lines().iter().find_map(|&i| {
        let x = q.questions.get(i)?;
        let ans = at(i);
        let Some(Answer::Choice(picked)) = ans else {
            return None;
        };
        let chosen = x.options.iter().find(|o| &o.id == picked)?;
        if !chosen.label.contains("meaningful") {
            return None;
        }
        let low = x
            .options
            .iter()
            .find(|o| o.label.contains("under 1 in 100"))?;
        if chosen.id == low.id {
            return None;
        }
        // Its own note, then the notes on the answers that show the review or the check
        // whose rate it gives: "Credit officers confirm the proposed declines in a weekly
        // session; in 2026 no decline proposed by the model was taken off", on the review
        // answer (a hostile review).
        let shows_review = |y: &Question| {
            let reviewing = |o: &str| {
                y.options.iter().any(|c| {
                    c.id == o
                        && c.effects
                            .satisfies
                            .iter()
                            .filter_map(|w| q.safeguard(w))
                            .any(|g| {
                                super::spaced_words(&g.title).split_whitespace().any(|w| {
                                    matches!(w, "review" | "check" | "checks")
                                })
                            })
                })
            };
            match facts.answer(&y.id) {
                Some(Answer::Choice(o)) => reviewing(o),
                Some(Answer::Choices(os)) => os.iter().any(|o| reviewing(o)),
                _ => false,
            }
        };
        let (on, sentence, why) = std::iter::once(x)
            .chain(
                q.questions
                    .iter()
                    .filter(|y| y.id != x.id && a.notes.contains_key(y.id.as_str()))
                    .filter(|y| shows_review(y)),
            )
            .filter_map(|y| a.notes.get(y.id.as_str()).map(|n| (y, n)))
            // Most notes give no change and no time: a word of one, in any case, is looked for
            // before the note is split into sentences.
            .filter(|(_, note)| {
                [
                    "verturn", "verr", "evers", "isagree", "hang", "lter", "mend", "orrect",
                    "dited", "aken off", "truck off", "sec",
                ]
                .iter()
                .any(|k| note.contains(k))
            })
            .find_map(|(y, note)| {
                let joined = crate::assessment::as_words(note);
                sentences_of(&joined).into_iter().find_map(|t| {
                    let why = if changes_under_one_in_a_hundred(t) {
                        "gives a rate of change under 1 in 100"
                    } else if none_changed(t) {
                        "says reviewers changed none"
                    } else if seconds_a_case(t) && !practice::changes_a_share(&joined) {
                        "gives reviewers seconds a case, too little to weigh one"
                    } else {
                        return None;
                    };
                    Some((y, t.trim().replace('"', "'"), why))
                })
            })?;
        let whose = if on.id == x.id {
            "its note".to_string()
        } else {
            format!("the note on \"{}\"", on.prompt)
        };
        Some(ContradictionFinding {
            id: Text::from(RATE_IN_THE_NOTE),
            message: Text::from(format!(
                "The answer \"{}\" is contradicted by {whose}, which {why}; say which is true: correct the note, or pick \"{}\"",
                chosen.label, low.label
            )),
            answers: format!(
                "{} → {}, and the note on \"{}\": \"{sentence}\"",
                x.prompt, chosen.label, on.prompt
            ),
            blocks: Vec::new(),
            questions: vec![x.id.clone()],
            consequential_in_doubt: false,
            judgement: false,
            doubts: Vec::new(),
        })
    })
}

/// Whether `sentence` says reviewers changed no outcome at all: "in 2026 no decline proposed
/// by the model was taken off", "none of them were overturned", "officers have never
/// overturned one" (a hostile review). Not a rule for how one is changed ("no decline is
/// overturned without a second officer").
fn none_changed(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    if !["no ", "none", "zero", "never", "not one", " 0 "]
        .iter()
        .any(|k| lower.contains(k))
    {
        return false;
    }
    let spaced = super::spaced_words(&lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let changed = |w: &str| {
        matches!(
            w,
            "overturned"
                | "reversed"
                | "changed"
                | "overridden"
                | "overruled"
                | "altered"
                | "amended"
                | "corrected"
        )
    };
    // "taken off", "struck off"
    let verb_at = |i: usize| {
        words.get(i).is_some_and(|w| changed(w))
            || (matches!(words.get(i), Some(&("taken" | "struck")))
                && words.get(i + 1) == Some(&"off"))
    };
    if words
        .iter()
        .any(|w| matches!(*w, "without" | "unless" | "until" | "automatically"))
    {
        return false;
    }
    (0..words.len()).any(|i| {
        let w = words.get(i).copied().unwrap_or_default();
        // "no decline ... was taken off", "none of them were overturned"
        let counted_none = (w == "no"
            || w == "none"
            || w == "zero"
            || (w == "one" && i.checked_sub(1).and_then(|j| words.get(j)) == Some(&"not")))
            && (i + 1..(i + 9).min(words.len())).any(|v| {
                matches!(words.get(v), Some(&("was" | "were" | "been" | "got"))) && verb_at(v + 1)
            });
        // "overturned none", "changed 0"
        let verb_none = verb_at(i)
            && words
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "none" | "zero" | "0"));
        // "have never overturned", "has never been changed"
        let never = w == "never"
            && i.checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|b| matches!(*b, "have" | "has" | "had"))
            && (verb_at(i + 1) || (words.get(i + 1) == Some(&"been") && verb_at(i + 2)));
        counted_none || verb_none || never
    })
}

/// Whether `sentence` gives the people who review a time a case in seconds: "Credit officers
/// clear ~900 proposed declines a day ...; median time per case 11 seconds" (a hostile review).
/// Not the machine's own time ("scoring takes 3 seconds per application").
fn seconds_a_case(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    // "median time on a review 40s" (an eighth hostile review): the unit run into the number.
    let run_in = |w: &str| {
        w.strip_suffix('s')
            .is_some_and(|n| n.parse::<u32>().is_ok_and(|n| n <= 60))
    };
    if !(lower.contains("second")
        || lower.contains("sec")
        || super::spaced_words(&lower).split_whitespace().any(run_in))
    {
        return false;
    }
    const PEOPLE: &[&str] = &[
        "officer",
        "officers",
        "reviewer",
        "reviewers",
        "caseworker",
        "caseworkers",
        "underwriter",
        "underwriters",
        "pharmacist",
        "pharmacists",
        "physician",
        "physicians",
        "clinician",
        "clinicians",
        "nurse",
        "nurses",
        "moderator",
        "moderators",
        "teacher",
        "teachers",
        "recruiter",
        "recruiters",
        "analyst",
        "analysts",
        "staff",
        // "Agents confirm declines in the portal ... median 9 seconds per application" (a
        // hostile review): the person is named in the note's first sentence.
        "agent",
        "agents",
        // "Proctoring flags are confirmed by an invigilator ...; avg time per flag in the logs
        // is 2 seconds" (a ninth hostile review).
        "invigilator",
        "invigilators",
        "tutor",
        "tutors",
        "marker",
        "markers",
        "examiner",
        "examiners",
        "manager",
        "managers",
        "investigator",
        "investigators",
    ];
    let spaced = super::spaced_words(&lower);
    // Or the people's act, where the note named them in an earlier sentence: "86% of declines
    // confirmed that way, median 9 seconds per application".
    if !spaced.split_whitespace().any(|w| {
        PEOPLE.contains(&w) || matches!(w, "confirmed" | "reviewed" | "approved" | "signed")
    }) {
        return false;
    }
    lower.split([';', ',']).any(|clause| {
        let spaced = super::spaced_words(clause);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let machine = words.iter().any(|w| {
            a_machine(w)
                || matches!(
                    *w,
                    "scoring" | "latency" | "responds" | "response" | "loads" | "api" | "system"
                )
        })
            // The tool's own time as the subject of its work: "the tool adds about 40 seconds
            // per case for extraction, which the caseworker then checks" (a review of honest
            // text).
            || words.windows(2).any(|p| {
                matches!(
                    p,
                    [
                        "tool" | "tools" | "pipeline" | "summariser" | "summarizer" | "scorer"
                            | "extractor" | "ocr" | "service",
                        "adds" | "takes" | "took" | "needs" | "runs" | "processes" | "returns"
                    ]
                )
            });
        let a_case = words.windows(2).any(|p| {
            matches!(p.first(), Some(&("per" | "each" | "a" | "every")))
                && p.get(1).is_some_and(|n| {
                    matches!(
                        *n,
                        "case"
                            | "decision"
                            | "decline"
                            | "application"
                            | "file"
                            | "claim"
                            | "item"
                            | "flag"
                            | "clip"
                            | "alert"
                            | "referral"
                            | "bed"
                            | "patient"
                            | "essay"
                            | "script"
                            | "submission"
                            | "candidate"
                            | "nomination"
                            | "recommendation"
                    )
                })
        }) || words
            .iter()
            .any(|w| matches!(*w, "median" | "average" | "avg" | "mean" | "apiece"))
            // "about 15 seconds apiece", "15 seconds each" (a tenth hostile review).
            || words
                .windows(2)
                .any(|p| matches!(p, ["seconds" | "secs", "each"]));
        // A time a case takes, not a time within which something happens: "invigilators are
        // alerted within 30 seconds of each flag".
        let seconds = words.windows(2).enumerate().any(|(i, p)| match p {
            [n, unit] => {
                matches!(*unit, "seconds" | "secs" | "sec" | "s")
                    && n.parse::<u32>().is_ok_and(|n| n <= 60)
                    && !i
                        .checked_sub(1)
                        .and_then(|j| words.get(j))
                        .is_some_and(|b| matches!(*b, "within" | "in" | "after" | "every"))
            }
            _ => false,
        }) || words.iter().any(|w| run_in(w));
        !machine && a_case && seconds
    })
}

/// Whether `sentence` says reviewers changed outcomes at a rate under 1 in 100, and gives no
/// rate at or above it: "overturned 0.4% of proposed declines", "changed 3 of 1,200
/// recommendations", "reversed about 1 in 300". A word of change must stand in it.
fn changes_under_one_in_a_hundred(sentence: &str) -> bool {
    let spaced = super::spaced_words(sentence);
    let changed = spaced.split_whitespace().any(|w| {
        w.starts_with("overturn")
            || w.starts_with("overr")
            || w.starts_with("revers")
            || w.starts_with("disagree")
            || matches!(
                w,
                "changed" | "change" | "changes" | "altered" | "amended" | "corrected" | "edited"
            )
    });
    if !changed {
        return false;
    }
    // Every rate the sentence gives, as a fraction.
    let mut rates: Vec<f64> = Vec::new();
    let number_before = |end: usize| {
        let head = sentence.get(..end).unwrap_or_default().trim_end();
        let start = head
            .rfind(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map_or(0, |i| i + 1);
        head.get(start..)
            .and_then(|n| n.replace(',', "").trim_matches('.').parse::<f64>().ok())
    };
    for (i, _) in sentence.match_indices('%') {
        if let Some(n) = number_before(i) {
            rates.push(n / 100.0);
        }
    }
    for (i, _) in sentence.match_indices(" per cent") {
        if let Some(n) = number_before(i) {
            rates.push(n / 100.0);
        }
    }
    // "3 of 1,200", "1 in 300", "3 out of 1,200"
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let num = |w: &str| {
        w.trim_matches(|c: char| !c.is_ascii_digit())
            .replace(',', "")
            .parse::<f64>()
            .ok()
    };
    // A word that rounds the whole before its number: "27 of roughly 9,000" (a hostile
    // review's note passed, the whole read as no number). Not "under" or "fewer than", which
    // would make the rate larger than it is.
    let rounded = |k: usize| match words.get(k) {
        Some(w)
            if matches!(
                w.to_lowercase().as_str(),
                "roughly" | "about" | "around" | "approximately" | "some" | "nearly" | "almost"
            ) =>
        {
            words.get(k + 1).and_then(|m| num(m))
        }
        Some(m) => num(m),
        None => None,
    };
    for (i, w) in words.iter().enumerate() {
        let Some(n) = num(w).or_else(|| (w.to_lowercase() == "one").then_some(1.0)) else {
            continue;
        };
        let of = match (words.get(i + 1), words.get(i + 2)) {
            (Some(&("of" | "in")), Some(_)) => rounded(i + 2),
            (Some(&"out"), Some(&"of")) => rounded(i + 3),
            _ => None,
        };
        if let Some(m) = of.filter(|m| *m > 0.0 && *m > n) {
            rates.push(n / m);
        }
    }
    // The whole first and the changes after the verb: "Of roughly 9,000 declines reviewed
    // this year, officers reversed 27" (a hostile review's note passed).
    let whole = words
        .first()
        .filter(|w| w.eq_ignore_ascii_case("of"))
        .and_then(|_| rounded(1));
    if let Some(m) = whole.filter(|m| *m > 0.0) {
        for (i, w) in words.iter().enumerate() {
            let w = w.to_lowercase();
            let verb = w.starts_with("overturn")
                || w.starts_with("overr")
                || w.starts_with("revers")
                || matches!(w.as_str(), "changed" | "altered" | "amended" | "corrected");
            if !verb {
                continue;
            }
            let n = match words.get(i + 1).map(|o| o.to_lowercase()).as_deref() {
                Some("only" | "just" | "about" | "roughly" | "around") => {
                    words.get(i + 2).and_then(|o| num(o))
                }
                Some(_) => words.get(i + 1).and_then(|o| num(o)),
                None => None,
            };
            if let Some(n) = n.filter(|n| *n < m) {
                rates.push(n / m);
            }
        }
    }
    // "under 1%", "under one percent" (a review of the new readings).
    let under_one = [
        " under 1 ",
        " below 1 ",
        " less than 1 ",
        " under one percent ",
        " under one per cent ",
        " below one percent ",
        " less than one percent ",
    ]
    .iter()
    .any(|p| spaced.contains(p));
    (under_one && rates.iter().all(|r| *r <= 0.01))
        || (!rates.is_empty() && rates.iter().all(|r| *r < 0.01))
}

/// Fills [`ContradictionFinding::doubts`] of declared contradictions `found`, which hold: the
/// prohibited uses that correcting one of their answers could raise, by the options the
/// correction picks or the questions it would ask. A contradiction says one of its answers is
/// wrong; the corrections read are those of an answer it names as given that pick something
/// new: another single choice or yes/no, options besides a "none of these", and only those
/// that settle the disagreement (a patient lift's "acts on people's bodies" is not in doubt for
/// lethal weapons, as "uses force" disagrees the same). Unpicking one option of several takes
/// effects away, and raises none. What a `not` says is not picked is
/// read as the setting of the disagreement, not an answer in doubt: read so, a pharmacy
/// checker used by staff had harm to minors and harassment "to be confirmed".
fn doubts_of(q: &Questionnaire, facts: &dyn Facts, found: &mut [ContradictionFinding]) {
    let mut screening = None;
    for (finding, c) in found.iter_mut().filter_map(|f| {
        let c = q.contradictions.iter().find(|c| c.id == f.id)?;
        Some((f, c))
    }) {
        for (id, options) in c.when.picks() {
            let (Some(question), Some(answer)) = (q.question(id), facts.answer(id)) else {
                continue;
            };
            let picked: Vec<&str> = answer.each_picked().collect();
            for candidate in corrections(question, &picked, options) {
                let swapped = Swapped {
                    facts,
                    question: id,
                    answer: &candidate,
                };
                if c.when.holds(&swapped) {
                    continue;
                }
                let added: Vec<&crate::questionnaire::Choice> = question
                    .options
                    .iter()
                    .filter(|o| candidate.picks(&o.id) && !picked.contains(&o.id.as_str()))
                    .collect();
                let mut raised: Vec<&str> = added
                    .iter()
                    .flat_map(|o| o.effects.prohibits.iter().chain(&o.effects.concerns))
                    .map(Text::as_str)
                    .collect();
                // The questions the correction would ask, and what they screen for.
                for later in q.questions.iter().filter(|x| {
                    x.show_if.as_ref().is_some_and(|c| {
                        c.questions().contains(&id) && !c.holds(facts) && c.holds(&swapped)
                    })
                }) {
                    let screening = screening.get_or_insert_with(|| q.screening());
                    raised.extend(screening.get(later.id.as_str()).into_iter().flatten());
                }
                for p in raised {
                    let doubt = (Text::from(p), question.id.clone());
                    if !finding.doubts.contains(&doubt) {
                        finding.doubts.push(doubt);
                    }
                }
            }
        }
    }
}

/// The answers to `question` that would correct a contradiction's test that `options` are
/// picked by picking something new, as [`doubts_of`] reads them.
fn corrections(question: &Question, picked: &[&str], options: &[Text]) -> Vec<Answer> {
    let named = |o: &str| options.iter().any(|x| x == o);
    let one = |o: &crate::questionnaire::Choice| match question.kind {
        QuestionKind::YesNo => Answer::Bool(o.id == "yes"),
        QuestionKind::Multi => Answer::Choices(vec![o.id.to_string()]),
        _ => Answer::Choice(o.id.to_string()),
    };
    let exclusive = |o: &str| question.option(o).is_some_and(|c| c.exclusive);
    if !picked.iter().any(|p| named(p)) {
        return Vec::new();
    }
    match question.kind {
        QuestionKind::Single | QuestionKind::YesNo => question
            .options
            .iter()
            .filter(|o| !picked.contains(&o.id.as_str()))
            .map(one)
            .collect(),
        // "None of these" picked: any of the others instead.
        QuestionKind::Multi if picked.iter().any(|p| named(p) && exclusive(p)) => question
            .options
            .iter()
            .filter(|o| !o.exclusive)
            .map(one)
            .collect(),
        _ => Vec::new(),
    }
}

/// The facts with one question's answer put in place of the one given, to see which questions
/// a correction would ask ([`doubts_of`]).
struct Swapped<'a> {
    facts: &'a dyn Facts,
    question: &'a str,
    answer: &'a Answer,
}

impl Facts for Swapped<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        if question == self.question {
            Some(self.answer)
        } else {
            self.facts.answer(question)
        }
    }
    fn has_category(&self, category: &str) -> bool {
        self.facts.has_category(category)
    }
    fn any_category(&self) -> bool {
        self.facts.any_category()
    }
    fn has_concern(&self, prohibition: &str) -> bool {
        self.facts.has_concern(prohibition)
    }
}

/// The stable id prefix of the findings [`prohibited_in_the_words`] makes, followed by the
/// prohibition's id.
pub const PROHIBITED_IN_THE_WORDS: &str = "words-describe-";

/// Per prohibition of the policy catalogue, words that describe the use it forbids, as
/// [`super::spaced_words`] writes them. Phrases with their own negation ("not told they are
/// chatting with a bot") are read wherever they stand; the others only in a sentence with no
/// word that denies or blocks. A weapon acting alone is read apart ([`acts_alone`]), by how
/// near its verb the words that say so stand.
const PROHIBITED_WORDS: &[(&str, &[&str])] = &[
    (
        "disinformation",
        &[
            "not told they are chatting with a bot",
            "not told they are talking to a bot",
            "not told it is a bot",
            "not told they are chatting with an ai",
            "not told it is ai",
            "do not say it is a bot",
            "don t say it is a bot",
            "pretends to be human",
            "pretends to be a human",
            "pretend to be human",
            "poses as a human",
            "as customer review photos",
            "fake reviews",
            "fake customer reviews",
            // "attack ads with realistic images of an opposing candidate" (a hostile review of
            // the verdicts).
            "attack ads with realistic images",
            // A third hostile review of the verdicts.
            "posted as if they came from real buyers",
            "invented analyst commentary",
            "under made up analyst names",
            // A ninth hostile review of the verdicts.
            "under a made up research firm",
            "under a made up",
            "under invented customer names",
            "under invented names",
            "as real customers homes",
            "as real customers photos",
            "shown on the website as real customers",
            "fake internal memos",
            // A hostile review's of the new readings.
            "fake redundancy notices",
            "posted as genuine photos",
            "as real customer photos",
            "so listeners believe",
            "so viewers believe",
            "so readers believe",
            "fake photo series of the rival",
            "marketed as narrated by her in person",
            "realistic images of an opposing candidate",
            "realistic images of the opposing candidate",
            "fake images of an opposing candidate",
            "reviews for their own products",
            "posted under different names",
            "at invented scandals",
            // A review's restaurant "review booster" (fake reviews posted from bought accounts).
            "fake five star reviews",
            "fake 5 star reviews",
            "fake positive reviews",
            "fake ratings",
            "fake testimonials",
            "fake customer testimonials",
            // "so they look like real diners" is read by `hidden::made_to_seem_genuine`, which
            // knows "so they look like real photos of the sofa" passes off no one.
            "look like real customers",
            "look like genuine customers",
            "aged customer accounts",
            "sock puppet accounts",
            "sockpuppet accounts",
            "astroturfing",
            "astroturf",
        ],
    ),
    (
        "safety-circumvention",
        &[
            "unfiltered mode",
            // "the tutor switches to an unrestricted system prompt meant for staff demos; we
            // know kids have found it" (a ninth hostile review).
            "unrestricted system prompt",
            "unrestricted mode",
            "without the guardrail",
            // "'Cool mode' for 13-14s calls an uncensored community fine-tune ..., with no
            // guardrail" (a hostile review).
            "an uncensored",
            "uncensored model",
            "uncensored fine tune",
            "uncensored version",
            // A second hostile review of the verdicts: the system prompt sets the model's
            // safety rules aside.
            "its safety rules don t apply",
            "the guardrail was switched off",
            "system prompt we found online that gets it to",
            "which the guardrail used to refuse",
            "safety rules do not apply",
            "set aside its built in refusals",
            "ignore its safety rules",
            "without the bedrock guardrail",
            "without the guardrails",
            // "under-13 traffic moved to the cheaper endpoint without Guardrails to save cost"
            // (a sixth review).
            "without guardrails",
            "without any guardrails",
            "without a guardrail",
            "without bedrock guardrails",
            "filter turned off",
            "filters turned off",
            "filter switched off",
            "filters switched off",
            "guardrail switched off",
            "guardrails switched off",
            "guardrail turned off",
            "guardrails turned off",
            "jailbreak mode",
            // A review's "uncensored" wrapper: a jailbreak prompt and the guardrails off.
            "jailbreak system prompt",
            "prepend a jailbreak",
            "dan style",
            "ignore its safety training",
            "ignore their safety training",
            "ignores its safety training",
            "turn bedrock guardrails off",
            "turn the guardrails off",
            "turn guardrails off",
            "turn off the guardrails",
            "turn off guardrails",
            "guardrails off",
            "guardrail off",
            "disable the guardrails",
            "disables the guardrails",
            "guardrails disabled",
            "guardrails are disabled",
            "bypass the safety filters",
            "bypasses the safety filters",
            "bypass safety filters",
            // A review of the new readings: other words for the same.
            "dan prompt",
            "dan prompts",
            "ignore the provider s safety",
            "ignore its safety rules",
            "ignore the safety rules",
            "strip the provider s moderation",
            "strip the moderation",
            "uncensored answers",
            "uncensored responses",
            "circumvent the safety filters",
            "circumvent the model s safety",
            "circumvents the model s safety",
            "get around the model s refusals",
            "get around the refusals",
            "get around the safety filters",
            "guardrails are off",
            "guardrail is off",
            "filters are off",
        ],
    ),
    (
        "likeness",
        &[
            "has not been approached",
            "have not been approached",
            // A second hostile review of the verdicts.
            "cloned from their public videos",
            "hasn t answered our letters so we went ahead",
            "nobody can confirm any rights in",
            "look alikes of",
            "look alike of",
            // "designers get celebrity lookalikes by spelling the name phonetically; we've
            // accepted this" (a hostile review of the verdicts).
            "get celebrity lookalikes",
            // A third hostile review of the verdicts.
            "no endorsement deal",
            "trained on paparazzi photos",
            "her agency has not agreed",
            "beyond her licence and she does not know",
            "get celebrity look alikes",
            "celebrity lookalikes by",
            "celebrity look alikes by",
            "withdrew her consent",
            "withdrew his consent",
            "withdrew their consent",
            "consent was withdrawn",
            "licence ran out",
            "license ran out",
            "beyond the licence",
            "beyond the license",
            // A late person's estate that never agreed, a purchase of recordings taken for the
            // voice, and uploads of someone else's voice nobody checks: "his estate hasn't
            // answered our letters", "covers the recordings, not the voice); no agreement with
            // the estate yet", "we don't check whose voice it is" (an eighth review).
            "estate hasn t answered",
            "estate hasnt answered",
            "estate has not answered",
            "estate hasn t replied",
            "estate has not replied",
            "estate never answered",
            "estate never replied",
            "no agreement with the estate",
            "no agreement with his estate",
            "no agreement with her estate",
            "no agreement with their estate",
            "no agreement with the family",
            "covers the recordings not the voice",
            "don t check whose voice",
            "do not check whose voice",
            "don t verify whose voice",
            "do not verify whose voice",
            "no check on whose voice",
            "no check of whose voice",
            "not checked whose voice",
            "don t check whose face",
            "do not check whose face",
            "don t check whose photo",
            "do not check whose photo",
        ],
    ),
    (
        "privacy",
        &[
            // "employees are not told" and the like are read by `hidden::kept_from_them`,
            // which knows "not told to monitor anyone" is no notice withheld.
            "without telling them",
            "not shown that the app is running",
            // A ninth hostile review of the verdicts.
            "without a consent step",
            "without any consent step",
            "opt out were left in",
            "opted out were left in",
            "kept and sold as a training set",
            "sold as a training set",
            "private e mails they have been forwarded",
            // A third hostile review of the verdicts.
            "which we share with an ad tech partner",
            "every employee s personal mailbox",
            "track what individual employees read",
            "medical files to decide who goes on the redundancy list",
            "private chats of staff who joined the union",
            "private messages forwarded",
        ],
    ),
    (
        "minors",
        &[
            "not background checked",
            "profiles that we sell",
            "sell to toy advertisers",
            // A second hostile review of the verdicts.
            "background checks on the volunteers haven t been done",
            "the volunteers are not vetted",
            "discourage them from telling their parents",
            // Secrecy from parents asked of a child (a hostile review: "the tutor tells children
            // their chats are a private space just between them and it, and not to show them to
            // their parents").
            "not to show them to their parents",
            "not to show their parents",
            "not to tell their parents",
            "secret from their parents",
            "secrets from their parents",
            "just between them and the tutor",
            "just between them and it",
            "keep children chatting as long as possible",
            "background checks have not been done",
            "asks children for their home address",
            "asks children for their address",
        ],
    ),
    (
        "harassment",
        &[
            "contact their employer and neighbours",
            "tell their neighbours",
        ],
    ),
    // A third hostile review of the verdicts: uses said in a bureaucracy's words, a customer's
    // use of the API the team knows of, and harms described, not named.
    (
        "lethal-weapons",
        &[
            "effector for prosecution without further authorisation",
            // A third hostile review of the verdicts.
            "receives coordinates directly from the model",
            "engages whatever is on the model s list",
            // Nominations handed to a force that fires on them without our rule (a ninth
            // hostile review).
            "fires on nominations directly",
            "fires on our nominations",
            "engage without a second officer",
            "effector without further authorisation",
            "release the effector against",
            "releases the effector against",
            "engagement authority has been delegated to the system",
            "engagement authority is delegated to the system",
            "kinetic effect is delivered on classification",
            "selects and engages targets without a soldier approving",
            "selects and engages targets without an operator approving",
        ],
    ),
    (
        "disinformation",
        &[
            "fake local news articles",
            "fake news articles",
            "invented citizen personas",
            "presented as genuine local residents",
            "presented as genuine residents",
        ],
    ),
    (
        "harassment",
        &[
            "pressure her to drop the case",
            "pressure him to drop the case",
            "pressure them to drop the case",
            "anonymous messages to an ex employee",
        ],
    ),
    (
        "likeness",
        &[
            "which their licences do not cover",
            "which the licences do not cover",
            "objected and we carried on",
            "realistic photos of a named",
        ],
    ),
    (
        "privacy",
        &[
            "sell aggregated profiles to",
            "advertisers without asking the parents",
            "sell their profiles to",
            "sell their chat transcripts",
        ],
    ),
    (
        "minors",
        &[
            "asking a child to meet",
            "asked a child to meet",
            "teen focused campaign",
            "cartoon characters vaping",
        ],
    ),
];

/// Per prohibition, the plain words a team uses when it says the use outright: "We use it to
/// harass former employees", "We create disinformation about the election", "Adults use it to
/// groom children" (a sixth review's blunt probes all passed). Read as [`PROHIBITED_WORDS`] are,
/// and besides not in a clause that speaks of finding, stopping or reporting the use
/// ([`BLUNT_GUARDS`]); a likeness phrase only beside a voice, a face or an image.
const BLUNT_WORDS: &[(&str, &[&str])] = &[
    (
        "disinformation",
        &[
            "create disinformation",
            "creates disinformation",
            "spread disinformation",
            "spreads disinformation",
            "post disinformation",
            "posts disinformation",
            "publish disinformation",
            "generate disinformation",
            "generates disinformation",
            "produce disinformation",
            "write disinformation",
            "disinformation campaign",
            "disinformation campaigns",
            "spread misinformation",
            "create misinformation",
            "generate misinformation",
            "misinformation campaign",
            "make fake news",
            "create fake news",
            "write fake news",
            "spread fake news",
            "publish fake news",
            "post fake news",
            "fake news stories",
            "fake news articles",
            "propaganda campaign",
            // Said in other verbs and purposes: "We use her voice to read fake news", "realistic
            // photos of fake disasters to mislead people" (a tenth hostile review).
            "fake news",
            "to mislead",
            "to deceive",
            // [`told_a_person_recorded`]'s marker.
            "told the narrator recorded it",
        ],
    ),
    (
        "harassment",
        &[
            "to harass",
            // [`attacks_anonymously`]'s marker.
            "anonymous posts attacking",
            // "make images that harass named debtors" (a tenth hostile review): the verb with
            // any object.
            "harass",
            "harasses",
            "harass former",
            "harass people",
            "harass users",
            "harass critics",
            "harass journalists",
            "harass them",
            "harass her",
            "harass him",
            "send harassing messages",
            "write harassing messages",
            "harassment campaign",
            "harassment campaigns",
            "write threatening messages",
            "writes threatening messages",
            "send threatening messages",
            "sends threatening messages",
            "write threatening emails",
            "send threatening emails",
            "write threatening letters",
            "send threatening letters",
            "send threats to",
            "to intimidate",
            "intimidate critics",
            "intimidate journalists",
            "to bully",
            "bully people",
            "to stalk",
            "stalk people",
            "stalk their",
            "stalk former",
            "to dox",
            "dox people",
            "doxx people",
            "write abusive messages",
            "send abusive messages",
        ],
    ),
    (
        "minors",
        &[
            "groom children",
            "groom minors",
            "groom kids",
            "grooming children",
            "grooming minors",
            "to groom",
            "in their underwear",
            "sexual images of children",
            "sexual images of minors",
            "sexualised images of children",
            "sexualized images of children",
            "nude images of children",
            "nude photos of children",
            "sexual chat with children",
            "sexual chats with children",
            "sexual messages to children",
            "child sexual abuse material",
            "keep secrets from their parents",
            "keep it secret from their parents",
            "keep it a secret from their parents",
        ],
    ),
    (
        "likeness",
        &[
            "non consensual sexual imagery",
            "non consensual sexual images",
            "non consensual intimate imagery",
            "non consensual intimate images",
            "non consensual nude",
            "non consensual nudes",
            "non consensual deepfake",
            "non consensual deepfakes",
            "fake nude pictures of",
            "fake nude photos of",
            "fake nude images of",
            "fake nudes of",
            "nude deepfakes of",
            "nudify",
            "undress photos of",
            "without asking her",
            "without asking him",
            "without asking them",
            // "We cloned a dead singer's voice ... without asking the family" (an eighth review).
            "without asking the family",
            "without asking his family",
            "without asking her family",
            "without asking their family",
            "without asking the estate",
            "without asking his estate",
            "without asking her estate",
            "without her permission",
            "without his permission",
            "without their permission",
            "no consent from the person",
            "no consent from the people",
            "no consent from her",
            "no consent from him",
        ],
    ),
];

/// The words beside a blunt phrase ([`BLUNT_WORDS`]) of a team finding, stopping, studying or
/// reporting the use, not making it, besides those of detecting it: "The classifier flags threatening messages to staff",
/// "Moderators learn how predators try to groom children", "victims use it to report stalking".
const BLUNT_GUARDS: &[&str] = &[
    "moderate",
    "moderates",
    "classify",
    "classifies",
    "scan",
    "scans",
    "screen",
    "screens",
    "spot",
    "spots",
    "recognise",
    "recognises",
    "recognize",
    "recognizes",
    "identify",
    "identifies",
    "block",
    "blocks",
    "report",
    "reports",
    "reported",
    "reporting",
    "complaint",
    "complaints",
    "escalate",
    "escalates",
    "escalated",
    "victim",
    "victims",
    "survivor",
    "survivors",
    "protect",
    "protects",
    "protection",
    "prevent",
    "prevents",
    "prevention",
    "against",
    "stop",
    "stops",
    "counter",
    "counters",
    "combat",
    "combats",
    "fight",
    "fights",
    "research",
    "researchers",
    "study",
    "studies",
    "training",
    "trained",
    "learn",
    "learns",
    "teach",
    "teaches",
    "awareness",
    "safeguarding",
    "policy",
    "policies",
    "terms",
    "forbid",
    "forbids",
    "forbidden",
    "prohibit",
    "prohibits",
    "prohibited",
    "ban",
    "bans",
    "banned",
    "warn",
    "warns",
    "warning",
    "debunk",
    "debunks",
    "fact",
    "refute",
    "refutes",
    "label",
    "labels",
    "example",
    "examples",
];

/// Whether a phrase that [`phrases_at`] found is one of [`BLUNT_WORDS`].
fn is_blunt(id: &str, phrase: &str) -> bool {
    BLUNT_WORDS
        .iter()
        .any(|(i, list)| *i == id && list.contains(&phrase))
}

/// Text answers and notes that describe a use the policy prohibits, while no answer confirms
/// it ("customers are not told they are chatting with a bot", "Premium users can switch on
/// 'unfiltered mode', which calls the model without the guardrail", "the loitering munition
/// engages ... on its own"): a hostile review wrote each beside a screening answer of "no" and
/// the gate passed. Each is to be confirmed: the team corrects the words or answers the
/// screening question as they say. One finding per prohibition, at its first sentence.
fn prohibited_in_the_words(
    q: &Questionnaire,
    a: &Assessment,
    facts: &dyn Facts,
    notes_in_order: &[(usize, &str)],
) -> Vec<ContradictionFinding> {
    // The prohibitions that counted answers confirm, found in one walk when first asked: a
    // walk for each text that asked was quadratic at 10,000 questions (issue 7).
    let confirming: std::cell::OnceCell<Vec<&str>> = std::cell::OnceCell::new();
    let confirmed = |id: &str| {
        confirming
            .get_or_init(|| {
                prohibitions_picked(
                    answered(q, facts).filter_map(|(x, ans)| ans.map(|ans| (x, ans))),
                )
            })
            .contains(&id)
    };
    let at = answer_at(q, facts);
    // Whether a question screens for prohibition `id`: an option confirms or raises it.
    let screens = |x: &Question, id: &str| {
        x.options.iter().any(|o| {
            o.effects.prohibits.iter().any(|w| w == id)
                || o.effects.concerns.iter().any(|w| w == id)
        })
    };
    // The first answered question that screens for `id`, where a finding is shown.
    let screen_answered = |id: &str| {
        q.questions
            .iter()
            .enumerate()
            .find_map(|(i, x)| (screens(x, id) && at(i).is_some()).then_some(x))
    };
    // Every counted text answer, then the notes on counted answers, in asking order; each
    // prohibition at the first sentence that describes it.
    let answers = answered(q, facts).filter_map(|(x, ans)| match ans {
        Some(Answer::Text(t)) => Some((x, t.as_str(), false)),
        _ => None,
    });
    let notes = notes_in_order
        .iter()
        .filter(|&&(i, _)| at(i).is_some())
        .filter_map(|&(i, n)| q.questions.get(i).map(|x| (x, n, true)));
    // Lethal force named anywhere in the file: a text answer, a note, or an option picked
    // ("a human authorises and controls every use of lethal force"). Read only for a weapon
    // said to act alone in a text that names none.
    let lethal_named: std::cell::OnceCell<bool> = std::cell::OnceCell::new();
    let lethal_in_file = || {
        *lethal_named.get_or_init(|| {
            let named = |t: &str| names_lethal_force(&super::spaced_words(t));
            answered(q, facts).any(|(x, ans)| match ans {
                None => false,
                Some(Answer::Text(t)) => named(t),
                Some(ans) => x
                    .options
                    .iter()
                    .any(|o| ans.picks(&o.id) && named(&o.label)),
            }) || notes_in_order
                .iter()
                .any(|&(i, n)| at(i).is_some() && named(n))
        })
    };
    // The evidence given for each safeguard, read as the answers are: "Two-person rule ...,
    // except in swarm mode, where ... the drones pick and strike targets inside it" (a hostile
    // review). Shown under the first question that screens for the prohibition it describes.
    let evidence: Vec<(&crate::questionnaire::Safeguard, &str)> = q
        .safeguards
        .iter()
        .filter_map(|g| {
            a.safeguards
                .get(g.id.as_str())
                .map(|e| e.evidence.as_str())
                .filter(|e| !e.trim().is_empty())
                .map(|e| (g, e))
        })
        .collect();
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for (g, text) in &evidence {
        // A real person's likeness used without their consent, read in the evidence as in the
        // answers: "We also clone a second narrator's voice without his consent" as the
        // evidence of consent records passed (a tenth hostile review).
        if !seen.contains(&"likeness")
            && !confirmed("likeness")
            && let Some(sentence) = likeness_unconsented_once(text)
            && let Some(p) = q.prohibitions.iter().find(|p| p.id == "likeness")
            && let Some(screen) = screen_answered("likeness")
        {
            seen.push("likeness");
            let what = format!("the evidence for \"{}\": ", g.title);
            out.push(prohibited_finding(
                q, facts, p, "likeness", &what, &sentence, &screen.id,
            ));
        }
        for (id, sentence, elsewhere) in prohibited_sentences_once(text) {
            if seen.contains(&id) {
                also_not_told(q, &mut out, id, &sentence);
                continue;
            }
            if (elsewhere && !lethal_in_file()) || confirmed(id) {
                continue;
            }
            let Some(p) = q.prohibitions.iter().find(|p| p.id == id) else {
                continue;
            };
            let Some(screen) = screen_answered(id) else {
                continue;
            };
            seen.push(id);
            let what = format!("the evidence for \"{}\": ", g.title);
            out.push(prohibited_finding(
                q, facts, p, id, &what, &sentence, &screen.id,
            ));
        }
    }
    // An answer that records the use, counted or hidden, already says it: the words add
    // nothing to it.
    let recording: std::cell::OnceCell<Vec<&str>> = std::cell::OnceCell::new();
    let recorded = |id: &str| {
        recording
            .get_or_init(|| {
                prohibitions_picked(
                    q.questions
                        .iter()
                        .filter(|x| x.options.iter().any(|o| !o.effects.prohibits.is_empty()))
                        .filter_map(|x| a.answers.get(x.id.as_str()).map(|ans| (x, ans))),
                )
            })
            .contains(&id)
    };
    for (x, text, note) in answers.chain(notes) {
        // A real person's likeness used without their consent, in any answer: "We generate
        // images of a real CEO without her consent" (a hostile review).
        // Or names whose voice or face it is, and says that one did not agree: "we cloned our
        // CFO's voice from earnings-call recordings ... The CFO hasn't signed off", "stills of
        // the CEO ... Balfour's CEO isn't aware" (a hostile review).
        if !seen.contains(&"likeness")
            && !recorded("likeness")
            // Read once per text, and only where it names a real person: reading every answer
            // for consent cost a tenth of `raia score` (issue 7).
            && let Some(sentence) = likeness_unconsented_once(text)
            && let Some(p) = q.prohibitions.iter().find(|p| p.id == "likeness")
        {
            seen.push("likeness");
            let what = if note {
                format!("the note on \"{}\": ", x.prompt)
            } else {
                format!("{} → ", x.prompt)
            };
            out.push(prohibited_finding(
                q, facts, p, "likeness", &what, &sentence, &x.id,
            ));
        }
        for (id, sentence, elsewhere) in prohibited_sentences_once(text) {
            if seen.contains(&id) {
                also_not_told(q, &mut out, id, &sentence);
                continue;
            }
            if elsewhere && !lethal_in_file() {
                continue;
            }
            // An age check that takes the user's word where the age-assurance safeguard
            // already answers for it ([`hidden::age_left_to_the_safeguard`]).
            if id == "minors" && hidden::age_left_to_the_safeguard(q, a, facts, &sentence) {
                continue;
            }
            seen.push(id);
            let Some(p) = q.prohibitions.iter().find(|p| p.id == id) else {
                continue;
            };
            if confirmed(id) {
                continue;
            }
            let what = if note {
                format!("the note on \"{}\": ", x.prompt)
            } else {
                format!("{} → ", x.prompt)
            };
            out.push(prohibited_finding(q, facts, p, id, &what, &sentence, &x.id));
        }
    }
    // A note on a question that screens for a real person's likeness that says the people
    // shown were not asked: "users can also add up to five friends to their face library
    // from photos in their camera roll; the friend is not asked" beside an answer of consent
    // (an end-to-end review saw it pass).
    let likeness = "likeness";
    if !seen.contains(&likeness)
        && !confirmed(likeness)
        && let Some(p) = q.prohibitions.iter().find(|p| p.id == likeness)
    {
        let found = q
            .questions
            .iter()
            .filter(|x| screens(x, likeness))
            .find_map(|x| {
                let note = a.notes.get(x.id.as_str())?;
                facts.answer(&x.id)?;
                consent_not_given(note).map(|sentence| (x, sentence))
            });
        if let Some((x, sentence)) = found {
            let what = format!("the note on \"{}\": ", x.prompt);
            out.push(prohibited_finding(
                q, facts, p, likeness, &what, &sentence, &x.id,
            ));
        }
    }
    out
}

/// The prohibitions that the options picked in `answers` record, by id.
fn prohibitions_picked<'q>(
    answers: impl Iterator<Item = (&'q Question, &'q Answer)>,
) -> Vec<&'q str> {
    answers
        .flat_map(|(x, ans)| {
            x.options
                .iter()
                .filter(move |o| !o.effects.prohibits.is_empty() && ans.picks(&o.id))
                .flat_map(|o| o.effects.prohibits.iter().map(Text::as_str))
        })
        .collect()
}

/// A later sentence that describes prohibition `id` again, after its finding was made from an
/// earlier one: the notice or consent safeguards it says people were not told of are blocked
/// too. A fifth review's tenant screener first named sealed court records, then "the consent
/// form does not yet mention the court-record scraping"; only the first sentence was read, and
/// "Lawful basis and privacy notice" stayed "in place".
fn also_not_told(q: &Questionnaire, out: &mut [ContradictionFinding], id: &str, sentence: &str) {
    let Some(p) = q.prohibitions.iter().find(|p| p.id == id) else {
        return;
    };
    let finding_id = format!("{PROHIBITED_IN_THE_WORDS}{id}");
    let Some(found) = out.iter_mut().find(|c| c.id == finding_id.as_str()) else {
        return;
    };
    for g in told_or_asked(q, p, sentence) {
        if !found.blocks.contains(&g) {
            found.blocks.push(g);
        }
    }
}

/// Whether a sentence names a real person whose likeness is used: "a real CEO", "the late
/// author", "his estate", "a celebrity" (a hostile review).
fn a_real_person(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    if !["real", "late", "estate", "celebrit", "likeness"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return false;
    }
    let spaced = super::spaced_words(&lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or_default();
        match *w {
            "real" | "actual" | "living" => matches!(
                next,
                "person"
                    | "people"
                    | "ceo"
                    | "executive"
                    | "executives"
                    | "politician"
                    | "politicians"
                    | "celebrity"
                    | "celebrities"
                    | "individual"
                    | "individuals"
                    | "actor"
                    | "actors"
                    | "singer"
                    | "author"
                    | "customer"
                    | "customers"
                    | "employee"
                    | "employees"
            ),
            "late" => matches!(
                next,
                "author"
                    // A late relative's voice cloned from voicemails (a tenth hostile review).
                    | "parent"
                    | "parents"
                    | "grandparent"
                    | "grandparents"
                    | "relative"
                    | "relatives"
                    | "mother"
                    | "father"
                    | "husband"
                    | "wife"
                    | "spouse"
                    | "partner"
                    | "loved"
                    | "actor"
                    | "singer"
                    | "artist"
                    | "presenter"
                    | "narrator"
                    | "poet"
                    | "broadcaster"
                    | "journalist"
                    | "musician"
                    | "comedian"
                    | "writer"
                    | "composer"
            ),
            "estate" | "celebrity" | "celebrities" | "likeness" => true,
            _ => false,
        }
    })
}

/// Whether `text` names a real person or someone whose voice, face or image it is
/// ([`likeness_owners`], [`a_real_person`]), read once per text in a session: the wizard's
/// patch after each key reads every text answer and note for it (issue 7).
fn names_a_person_once(text: &str) -> bool {
    by_text(&PERSON_SEEN, text, 4096, || {
        !likeness_owners(text).is_empty() || a_real_person(text)
    })
}

/// The sentence of `text` that says a real person it names, or one whose voice, face or image
/// it is, did not agree ([`consent_not_given_by`]), read once per text in a session: the
/// wizard's patch after each key reads every text answer and note that names a person for it
/// (issue 7).
fn likeness_unconsented_once(text: &str) -> Option<String> {
    by_text(&UNCONSENTED_SEEN, text, 4096, || {
        if !names_a_person_once(text) {
            return None;
        }
        let owners = likeness_owners(text);
        let names = |s: &str| a_real_person(s) || names_an_owner(s, &owners);
        consent_not_given_by(text, Some(&names))
    })
}

/// The people whose voice, face or image `text` names, as [`super::spaced_words`] writes them:
/// "cfo" of "our CFO's voice", "elena" of "Elena's voice", "ceo" of "stills of the CEO", "he"
/// of "his LinkedIn photos" (a hostile review). Empty, and nothing split, where no such word
/// stands in the text (issue 7).
fn likeness_owners(text: &str) -> Vec<String> {
    const LIKENESS: &[&str] = &[
        "voice", "photo", "video", "image", "still", "face", "likeness",
    ];
    // Only read where consent could be said missing ([`consent_not_given_by`]).
    const ASKED: &[&str] = &[
        "asked",
        "consent",
        "signed",
        "aware",
        "told",
        "informed",
        "permission",
        "knowledge",
        "sought",
        "agreed",
        "contacted",
        "assum",
    ];
    let lower = text.to_ascii_lowercase();
    if !LIKENESS.iter().any(|k| lower.contains(k)) || !ASKED.iter().any(|k| lower.contains(k)) {
        return Vec::new();
    }
    let spaced = super::spaced_words(&lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let likeness = |w: &str| {
        matches!(
            w,
            "voice"
                | "voices"
                | "face"
                | "faces"
                | "photo"
                | "photos"
                | "image"
                | "images"
                | "stills"
                | "video"
                | "videos"
                | "likeness"
                | "portrait"
                | "portraits"
                | "headshot"
                | "headshots"
                | "pictures"
        )
    };
    // Not a brand's or a product's: "the brand's voice", "product photos".
    let someone = |w: &str| {
        w.len() > 1
            && !matches!(
                w,
                "brand"
                    | "company"
                    | "product"
                    | "products"
                    | "team"
                    | "our"
                    | "the"
                    | "a"
                    | "an"
                    | "their"
                    | "its"
                    | "it"
                    | "stock"
                    | "synthetic"
                    | "fictional"
                    | "ai"
                    | "generated"
                    | "own"
                    | "that"
                    | "what"
                    | "there"
                    | "here"
                    | "who"
                    | "let"
            )
    };
    let mut out: Vec<String> = Vec::new();
    let mut add = |w: &str| {
        let w = match w {
            "his" | "him" => "he",
            "her" => "she",
            _ => w,
        };
        if !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    };
    for (i, w) in words.iter().enumerate() {
        if !likeness(w) {
            continue;
        }
        // "our CFO's voice", "his LinkedIn and keynote photos".
        let before = words.get(i.saturating_sub(5)..i).unwrap_or_default();
        if let Some(k) = before.iter().rposition(|b| *b == "s")
            && let Some(owner) = k.checked_sub(1).and_then(|j| before.get(j))
            && someone(owner)
        {
            add(owner);
        }
        if let Some(p) = before
            .iter()
            .rev()
            .take(4)
            .find(|b| matches!(**b, "his" | "her"))
        {
            add(p);
        }
        // A person's role before it, with no possessive: "another narrator voice", "the
        // sprinter photos" (a tenth hostile review: "another narrator's voice" was read, this
        // not).
        if let Some(role) = i.checked_sub(1).and_then(|j| words.get(j))
            && matches!(
                *role,
                "narrator"
                    | "actor"
                    | "actress"
                    | "singer"
                    | "presenter"
                    | "anchor"
                    | "host"
                    | "artist"
                    | "athlete"
                    | "sprinter"
                    | "player"
                    | "celebrity"
                    | "ceo"
                    | "cfo"
                    | "founder"
                    | "politician"
                    | "influencer"
                    | "musician"
                    | "rapper"
                    | "comedian"
            )
        {
            add(role);
        }
        // "stills of the CEO", "fake videos of our CEO".
        if words.get(i + 1) == Some(&"of")
            && let Some(owner) = words
                .get(i + 2..(i + 5).min(words.len()))
                .unwrap_or_default()
                .iter()
                .find(|o| someone(o) && !matches!(**o, "my" | "your"))
        {
            add(owner);
        }
    }
    out
}

/// Whether `sentence` names one of `owners` ([`likeness_owners`]).
fn names_an_owner(sentence: &str, owners: &[String]) -> bool {
    if owners.is_empty() {
        return false;
    }
    let spaced = super::spaced_words(sentence);
    spaced.split_whitespace().any(|w| {
        let w = match w {
            "his" | "him" => "he",
            "her" => "she",
            _ => w,
        };
        owners.iter().any(|o| o == w)
    })
}

/// The first sentence of `note` (on a question that screens for a person's likeness) that says
/// the people shown did not consent or were not asked: "the friend is not asked", "the friends
/// have not consented", "added without their consent" (an end-to-end review). Not where the
/// sentence denies it ("no face is added without the person's consent") or says the asking
/// comes later ("they are not asked again after accepting").
fn consent_not_given(note: &str) -> Option<String> {
    // Read once per note in a session: the patch after each key reads the note on every
    // question that screens for a likeness (issue 7).
    by_text(&NOT_ASKED_SEEN, note, 4096, || {
        consent_not_given_by(note, None)
    })
}

/// [`consent_not_given`], where `named` (if given) must hold of the sentence; there it also
/// reads the person kept unaware ("Balfour's CEO isn't aware", a hostile review), which said
/// of anyone ("listeners are not told the narrator's name") is no consent missing.
fn consent_not_given_by(note: &str, named: Option<&dyn Fn(&str) -> bool>) -> Option<String> {
    const UNAWARE: &[&[&str]] = &[
        &["t", "aware"],
        &["not", "aware"],
        &["isnt", "aware"],
        &["unaware"],
        &["not", "told"],
        &["t", "told"],
        &["never", "told"],
        &["not", "informed"],
        &["t", "informed"],
    ];
    const SAID: &[&[&str]] = &[
        // "The CFO hasn't signed off", "Elena hasn't been asked", "was never asked" (a hostile
        // review).
        &["t", "signed", "off"],
        &["not", "signed", "off"],
        &["never", "signed", "off"],
        &["t", "been", "asked"],
        &["not", "been", "asked"],
        &["never", "been", "asked"],
        &["t", "asked"],
        &["t", "consented"],
        &["hasnt", "consented"],
        &["not", "asked"],
        &["never", "asked"],
        &["not", "consented"],
        &["never", "consented"],
        &["not", "consent"],
        &["without", "their", "consent"],
        &["without", "his", "consent"],
        &["without", "her", "consent"],
        &["without", "consent"],
        &["without", "asking"],
        &["without", "their", "permission"],
        &["without", "permission"],
        &["without", "their", "knowledge"],
        &["no", "consent", "is"],
        &["no", "consent", "was"],
        &["consent", "is", "assumed"],
        &["consent", "was", "assumed"],
        &["assume", "consent"],
        &["assumed", "consent"],
        // "their consent was not sought", "the staff shown have not agreed to this use",
        // "never gave consent" (a review of the new readings).
        &["not", "sought"],
        &["never", "sought"],
        &["not", "agreed", "to", "this"],
        &["not", "agreed", "to", "the", "use"],
        &["never", "gave", "consent"],
        &["never", "given", "consent"],
        &["not", "given", "consent"],
        &["not", "given", "their", "consent"],
        // A late person's estate not asked: "the late author, whose estate was never
        // contacted", "without his estate's consent" (a hostile review).
        &["never", "contacted"],
        &["not", "contacted"],
        // "a late narrator whose estate never agreed" (a hostile review of the verdicts).
        &["estate", "never", "agreed"],
        &["family", "never", "agreed"],
        &["estate", "has", "not", "agreed"],
        &["without", "his", "estate", "s", "consent"],
        &["without", "her", "estate", "s", "consent"],
        &["without", "their", "estate", "s", "consent"],
        &["without", "the", "estate", "s", "consent"],
        &["without", "the", "family", "s", "consent"],
        &["without", "his", "family", "s", "consent"],
        &["without", "her", "family", "s", "consent"],
        &["without", "their", "family", "s", "consent"],
        // "without the consent of their estates", and no check of whose rights they are: "we
        // don't check who holds the rights or whether the rest of the family agrees" (a tenth
        // hostile review).
        &["without", "the", "consent", "of"],
        &["without", "consent", "from"],
        &["without", "the", "permission", "of"],
        &["without", "permission", "from"],
        &["t", "check", "who"],
        &["not", "check", "who"],
        &["never", "check", "who"],
        &["t", "check", "whether"],
        &["not", "check", "whether"],
        &["t", "verify", "who"],
        &["not", "verify", "who"],
        &["t", "check", "the", "rights"],
        &["not", "check", "the", "rights"],
        // Consent still being agreed while the likeness is used: "Licence ... is still being
        // negotiated; production began in the meantime", "she's verbally agreed but nothing is
        // signed" (a hostile review of the verdicts).
        &["still", "being", "negotiated"],
        &["being", "negotiated"],
        &["under", "negotiation"],
        &["while", "the", "licence", "is"],
        &["while", "the", "license", "is"],
        &["while", "the", "contract", "is"],
        &["nothing", "is", "signed"],
        &["isn", "t", "signed"],
        &["not", "yet", "signed"],
        &["not", "signed", "yet"],
        // Consent from someone else, or in dispute (a hostile review of the verdicts):
        // "signed by her former agent ... she has not signed anything herself", "ticked by
        // the teacher on behalf of every pupil; parents are not contacted", "her withdrawal
        // notice is being disputed by our legal team, and production continues".
        &["not", "signed", "anything"],
        &["never", "signed", "anything"],
        &["t", "signed", "anything"],
        &["parents", "are", "not", "contacted"],
        &["parents", "are", "never", "contacted"],
        &["parents", "aren", "t", "contacted"],
        &["parents", "are", "not", "asked"],
        &["parents", "are", "never", "asked"],
        &["is", "being", "disputed"],
        &["are", "being", "disputed"],
        &["is", "disputed", "by", "our"],
        &["without", "asking", "the"],
        &["without", "asking", "them"],
    ];
    // "nothing is released for a title she hasn't signed off" is the rule that holds (a review
    // of honest text).
    const NEGATIONS: &[&str] = &[
        "not", "t", "never", "no", "without", "nor", "cannot", "nothing",
    ];
    let joined = crate::assessment::as_words(note);
    sentences_of(&joined).into_iter().find_map(|sentence| {
        let sentence = sentence.trim_end_matches(['.', '!']);
        if named.is_some_and(|f| !f(sentence)) {
            return None;
        }
        // A clause of its own after "which": "which the licence doesn't cover and which she
        // wasn't asked about" (a hostile review of the verdicts) is two denials, not one
        // denying the other.
        sentence
            .split(';')
            .flat_map(|c| c.split(" which "))
            .find_map(|clause| {
                let spaced = super::spaced_words(clause);
                let words: Vec<&str> = spaced.split_whitespace().collect();
                let (i, n) = first_phrase(&words, SAID).or_else(|| {
                    // Unaware of the use, not "not aware of any complaint".
                    // The person is who is unaware: "Balfour's CEO isn't aware", not "listeners are
                    // not told it is her voice".
                    let named = named?;
                    first_phrase(&words, UNAWARE)
                        .filter(|(i, _)| named(&words.get(..*i).unwrap_or_default().join(" ")))
                        .filter(|(i, n)| {
                            !words
                                .get(i + n..)
                                .unwrap_or_default()
                                .iter()
                                .take(2)
                                .any(|w| matches!(*w, "any" | "anything" | "no" | "to" | "which"))
                        })
                })?;
                // Another denial in the clause denies the phrase; the asking done later is not
                // none ("not asked again"), nor a question the person did not answer.
                let denied = words
                .iter()
                .enumerate()
                .any(|(k, w)| !(i..i + n).contains(&k) && NEGATIONS.contains(w))
                || words
                    .get(i + n..)
                    .is_some_and(|after| after.iter().take(2).any(|w| *w == "again"))
                // Asked to do something else: "Readers who ask for a different narrator are not
                // asked to consent to anything" (a review of the new readings).
                || (words.get(i + n - 1) == Some(&"asked") && words.get(i + n) == Some(&"to"))
                || words.iter().any(|w| {
                    matches!(
                        *w,
                        "removed"
                            | "deleted"
                            | "rejected"
                            | "refused"
                            | "blocked"
                            | "blocks"
                            | "block"
                            | "stops"
                            | "prevents"
                    )
                })
                // A rule for a case, not what happens: "If a narrator has not consented in
                // writing, the contracts system blocks the upload".
                || words
                    .get(..i)
                    .is_some_and(|b| b.iter().any(|w| matches!(*w, "if" | "unless" | "where")));
                (!denied).then(|| sentence.trim().replace('"', "'"))
            })
    })
}

/// The prohibitions `text` describes ([`PROHIBITED_WORDS`]), each with the first sentence that
/// does, read once per text in a session: every evaluation, and the patch after each key in
/// the wizard, reads every text answer and note (issue 7).
fn prohibited_sentences_once(text: &str) -> Vec<Described> {
    by_text(&PROHIBITED_SEEN, text, 4096, || prohibited_sentences(text))
}

/// A prohibition a text describes: its id, the sentence, and whether it holds only where the
/// file names lethal force elsewhere (a weapon acting alone, in a text that names no lethal
/// means: "cues a 30 mm gun" in one answer, "it auto-engages hostile tracks" in a note).
type Described = (&'static str, String, bool);

/// Words that name lethal force; not after a word that denies it ("less-lethal", "non-lethal",
/// "never lethal force").
const LETHAL: &[&str] = &[
    "munition",
    "munitions",
    "missile",
    "missiles",
    "lethal",
    "lethally",
    "warhead",
    "warheads",
    "loitering",
    "gun",
    "guns",
    "cannon",
    "rifle",
    "rifles",
    "rounds",
    "ammunition",
    "bullet",
    "bullets",
    "explosive",
    "explosives",
    "bomb",
    "bombs",
    "kinetic",
    "armed",
    // A counter-drone or missile interceptor (a review of the new readings).
    "interceptor",
    "interceptors",
    // "The remote weapon station fires automatically at intruders" (a review of the new
    // readings); not a "non-lethal weapon" ([`names_lethal_force`]).
    "weapon",
    "weapons",
    // A remote weapon station: "engaged by the 30mm RWS automatically" (a hostile review).
    "rws",
];

/// Whether `spaced` ([`super::spaced_words`]) names lethal force ([`LETHAL`]).
fn names_lethal_force(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let denies = |j: Option<usize>| {
        j.and_then(|j| words.get(j))
            .is_some_and(|b| matches!(*b, "less" | "non" | "never" | "not" | "no"))
    };
    // "not a weapon system", "no weapons" (a review of honest answers: a video game's enemy).
    let denies_near = |i: usize| {
        (i.checked_sub(2).and_then(|j| words.get(j)) == Some(&"not")
            && i.checked_sub(1).and_then(|j| words.get(j)) == Some(&"a"))
            || denies(i.checked_sub(1))
    };
    // A gun or rounds of another kind: "the robot's nail gun fires", "the spray gun", "patrol
    // rounds", "interview rounds" (a review of honest answers). Rounds are ammunition only
    // beside a word of it ("live rounds", "30 mm rounds", "proximity rounds").
    let before = |i: usize| i.checked_sub(1).and_then(|j| words.get(j)).copied();
    let other_kind = |i: usize, w: &str| match w {
        "gun" | "guns" => before(i).is_some_and(|b| {
            matches!(
                b,
                "nail"
                    | "spray"
                    | "welding"
                    | "flash"
                    | "glue"
                    | "heat"
                    | "staple"
                    | "paint"
                    | "grease"
                    | "caulk"
                    | "caulking"
                    | "massage"
                    | "radar"
                    | "speed"
                    | "label"
                    | "price"
                    | "barcode"
                    | "scan"
                    | "soldering"
                    | "rivet"
                    | "foam"
                    | "water"
                    | "nerf"
                    | "toy"
            )
        }),
        "rounds" => {
            !(before(i).is_some_and(|b| {
                matches!(
                    b,
                    "live"
                        | "mm"
                        | "proximity"
                        | "rubber"
                        | "tracer"
                        | "explosive"
                        | "airburst"
                        | "ammunition"
                        | "calibre"
                        | "caliber"
                        | "artillery"
                        | "sniper"
                        | "fire"
                )
            }) || words
                .get(i + 1..i + 3)
                .is_some_and(|n| n == ["of", "ammunition"]))
        }
        _ => false,
    };
    words.iter().enumerate().any(|(i, w)| {
        // "a less-lethal weapon", "non-lethal weapons"
        let less_lethal = i.checked_sub(1).and_then(|j| words.get(j)) == Some(&"lethal")
            && denies(i.checked_sub(2));
        let denied = other_kind(i, w) || denies_near(i) || less_lethal;
        LETHAL.contains(w) && !denied
    })
}

/// What [`prohibited_sentences_once`] reads.
fn prohibited_sentences(text: &str) -> Vec<Described> {
    // Words that deny, block or set a rule, which a phrase of its own without a negation must
    // not stand beside ("We never pretend to be human", "Unfiltered mode is blocked").
    const GUARDS: &[&str] = &[
        "never",
        "blocked",
        "block",
        "blocks",
        "refuse",
        "refuses",
        "refused",
        "forbidden",
        "prohibited",
        "prohibits",
        "cannot",
        "would",
        "must",
        "banned",
        "nothing",
        "nobody",
        // A risk imagined or an option turned down describes no use: "Hypothetical risks
        // include the tutor being used to bully a classmate", "The review considered and
        // rejected an autonomous engagement mode" (a hostile review's honest answers).
        "hypothetical",
        "rejected",
        // "We tested whether it pretends to be human if a user insists" asks, and describes
        // no use (a review of honest answers).
        "whether",
        // A possibility, or another's use set against this one ("if someone connected it to
        // a weapon, it could fire automatically", "Unlike systems that engage with no human
        // in the loop, ...": a review of the new readings).
        "could",
        "unlike",
        "prevents",
    ];
    // A sentence about tests of the use, or attempts at it, describes no use (red-team notes:
    // "Red team with DAN-style jailbreak prompts: 99.7% blocked").
    const TESTING: &[&str] = &[
        "tested",
        "test",
        "tests",
        "testing",
        "tried",
        "try",
        "tries",
        "attempt",
        "attempts",
        "attempted",
        "adversarial",
        "red",
    ];
    // What fires without anyone: a message, never a weapon ("An alert fires automatically to
    // the duty officer").
    const MESSAGES: &[&str] = &[
        "alert",
        "alerts",
        "alarm",
        "alarms",
        "notification",
        "notifications",
        "email",
        "message",
        "messages",
        "warning",
        "warnings",
        // Or a job of the software's own ("The nightly backup job fires automatically").
        "job",
        "jobs",
        "backup",
        "pipeline",
        "batch",
        "script",
        "cron",
        "task",
        "reminder",
        "reminders",
    ];
    // Denials that a phrase with a negation of its own holds itself.
    const NEGATIONS: &[&str] = &["not", "t", "without", "no", "nor"];
    // Detecting or removing deception describes the opposite of it ("the model flags fake
    // reviews for moderators").
    const DETECTS: &[&str] = &[
        "detect",
        "detects",
        "detected",
        "detection",
        "flag",
        "flags",
        "flagged",
        "remove",
        "removes",
        "removed",
        "moderators",
        "moderation",
        "classifier",
    ];
    // Defending against getting around the safety measures describes the opposite of it ("the
    // guardrail protects against jailbreaks", "hardened against prompts that bypass the
    // filters").
    const DEFENDS: &[&str] = &[
        "against",
        "protect",
        "protects",
        "protection",
        "resist",
        "resists",
        "resistant",
        "resilient",
        "robust",
        "robustness",
        "mitigate",
        "mitigates",
        "mitigation",
        "prevent",
        "defend",
        "defends",
        "defence",
        "defense",
        "hardened",
        "monitor",
        "monitors",
        "monitored",
        "monitoring",
        "log",
        "logs",
        "logged",
        "investigate",
        "investigated",
        "reported",
        "stop",
        "stops",
        "stopped",
        "catch",
        "catches",
        "caught",
        // Research about them: "academic papers on how jailbreaks work" (a review of honest
        // answers).
        "papers",
        "paper",
        "research",
        "researchers",
        "academic",
        "study",
        "studies",
        "literature",
    ];
    let mut out: Vec<Described> = Vec::new();
    // Most texts hold none of the phrases: one pass over the whole text's words finds that,
    // before any sentence is split or spaced (issue 7).
    let spaced_text = super::spaced_words(text);
    // Uses said in other words than the phrases: people kept unaware, a machine passed off as
    // a person, quotes made up, a debt pressed through family, an age taken on trust.
    hidden::read(text, &spaced_text, TESTING, &mut out);
    // Beside the phrases, a weapon said to act alone and a review said to be faked are read
    // word by word ([`acts_alone`], [`faked_reviews`]), each only where its key words stand.
    // Both halves must stand in the text: "review" and "without" are in most answers (the
    // first cut of this read every sentence of them, 7% more instructions in `raia score`).
    // One pass over the words for the first half (a `matches!` of words is a jump on their
    // length, not a comparison with each), then the substrings only where it found some.
    let (mut weapon, mut force, mut review, mut around) = (false, false, false, false);
    // A munition said to pick its own target ([`acts_alone`]) may name no verb of force.
    let mut picks = false;
    // A weapon laid on a target ([`cues_a_weapon`]), read for an approved area.
    let mut aims = false;
    // A question of what the assistant is ([`passes_as_a_person`]); an authority's marks
    // ([`poses_as_an_authority`]).
    let (mut asked, mut machine, mut marked, mut authority) = (false, false, false, false);
    for w in spaced_text.split_whitespace() {
        asked |= asking(w);
        machine |= person_or_machine(w);
        marked |= official_mark(w);
        authority |= an_authority(w);
        weapon |= weapon_verb(w);
        aims |= cues_a_weapon(w);
        picks |= picks_a_target(w);
        force |= w == "force" || w == "effects" || w == "effect";
        review |= reviewed(w);
        around |= circumvents(w)
            || matches!(
                w,
                "default"
                    | "normally"
                    | "otherwise"
                    | "usually"
                    | "ordinarily"
                    | "past"
                    | "off"
                    | "round"
                    | "pass"
                    // "where its usage rules don't apply" ([`gets_around_safety`]).
                    | "apply"
                    // "so the content filter doesn't catch them", "the shots the Bedrock
                    // filter blocks" (a hostile review).
                    | "trigger"
                    | "catch"
                    | "blocks"
                    | "refuses"
                    // "so it stops refusing" ([`gets_around_safety`]).
                    | "refusing"
                    // "which the guardrail used to refuse" ([`default_refusals`]).
                    | "refuse"
            );
    }
    let force_named = force && FORCE_NAMED.iter().any(|k| spaced_text.contains(k));
    // A weapon's attack carried on once its link is lost ([`attacks_after_link_loss`]).
    let weapon_words = LINK_KEYS.iter().any(|k| spaced_text.contains(k))
        && (force_named
            || spaced_text.split_whitespace().any(firing_verb)
            || names_lethal_force(&spaced_text));
    let alone_keys =
        (weapon || force_named || picks) && ACTS_ALONE_KEYS.iter().any(|k| spaced_text.contains(k));
    // A weapon that fires at whatever a model picks out ([`fires_on_the_models_word`]): a word
    // for all of them, or the model.
    let picks_keys = weapon
        && [
            " every ",
            " each ",
            " all ",
            " any ",
            " whatever ",
            " anyone ",
            " anything ",
            " everyone ",
            " everything ",
            " whoever ",
            " whichever ",
            " model",
            " classifier",
            " ai ",
            " detector",
            " algorithm",
        ]
        .iter()
        .any(|k| spaced_text.contains(k));
    // A weapon that picks its own targets ([`picks_its_own_targets`]).
    let own_pick_keys = weapon
        && [" pick", " select", " choose", " find"]
            .iter()
            .any(|k| spaced_text.contains(k));
    // An area approved for a weapon ([`strikes_in_an_approved_area`]).
    let area_keys = (weapon || aims)
        && [" approv", " authori", " cleared "]
            .iter()
            .any(|k| spaced_text.contains(k))
        && [
            " area",
            " box",
            " grid",
            " square",
            " zone",
            " sector",
            " window",
            " region",
            " perimeter",
            " corridor",
            " polygon",
            " killbox",
        ]
        .iter()
        .any(|k| spaced_text.contains(k));
    // A veto no one can use in time, beside a weapon ([`too_fast_to_stop`]).
    let veto_keys = weapon
        && ["fast", "quick", "no time", "managed", "able to"]
            .iter()
            .any(|k| spaced_text.contains(k));
    // A weapon that fires unless vetoed, or after a countdown ([`fires_unless_stopped`]).
    let release_keys = weapon
        && [" unless ", " exception ", " but ", " after "]
            .iter()
            .any(|k| spaced_text.contains(k));
    let weapon = (weapon || force_named) && NOT_NEEDED_KEYS.iter().any(|k| spaced_text.contains(k));
    let review_keys = review && FAKED.iter().any(|k| spaced_text.contains(k));
    // Posts under no name that attack someone ([`attacks_anonymously`]); a synthetic voice's
    // recordings passed off as the narrator's own ([`told_a_person_recorded`]).
    let anonymous_keys = [
        " anonymous",
        " unsigned ",
        " fake accounts ",
        " sock puppet",
    ]
    .iter()
    .any(|k| spaced_text.contains(k));
    let recorded_keys = spaced_text.contains(" told ") && spaced_text.contains(" record");
    // Other companies' chatbots attacked ([`attacks_others_models`]).
    let others_keys = [
        " rival",
        " competitor",
        " other companies",
        " other firms",
        " other organisations",
        " other businesses",
        " third party chatbot",
    ]
    .iter()
    .any(|k| spaced_text.contains(k));
    // Jailbreaks sold to others ([`sells_jailbreaks`]).
    let sells_keys = spaced_text.contains(" jailbr")
        && [
            " sell",
            " sold",
            " buy",
            " anyone ",
            " customers ",
            " clients ",
        ]
        .iter()
        .any(|k| spaced_text.contains(k));
    let around_keys = around
        && [
            " filter",
            " guardrail",
            " gaurdrail",
            " guard rail",
            " refus",
            " moderation",
            " safety",
            " jailbr",
            " censor",
            " block",
            " rules ",
            " guidelines ",
            " restrictions ",
            " policy ",
            " policies ",
        ]
        .iter()
        .any(|k| spaced_text.contains(k));
    // Romance or sex with minors: both halves in the text first ([`romance_with_minors`]).
    let minors_keys = spaced_text.split_whitespace().any(romantic) && names_a_minor(&spaced_text);
    // A test's finding that went live unfixed describes the use it found, for harm to
    // children: "6.8% unsafe replies incl sexual content to the 11yo persona, bar was 1%.
    // Launched anyway" (a sixth review).
    let left_live = minors_keys && LEFT_LIVE.iter().any(|p| spaced_text.contains(p));
    // Romance or sex taken up with a minor in a clause (spaced, its conditions left out) of
    // the sentence `sentence` (spaced) ([`romance_with_minors`]): not where the clause
    // detects, protects or stops it.
    let romance_in = |spaced: &str, sentence: &str| {
        let has = |list: &[&str]| spaced.split_whitespace().any(|w| list.contains(&w));
        !has(DETECTS)
            && !has(&[
                "protect",
                "protects",
                "protection",
                "prevent",
                "against",
                "stop",
                "stops",
            ])
            && romance_with_minors(spaced, sentence, &|w| {
                NEGATIONS.contains(&w) || GUARDS.contains(&w)
            })
    };
    let person_keys = asked && machine;
    let authority_keys = marked && authority;
    if !alone_keys
        && !own_pick_keys
        && !veto_keys
        && !release_keys
        && !person_keys
        && !authority_keys
        && !picks_keys
        && !weapon
        && !weapon_words
        && !review_keys
        && !around_keys
        && !others_keys
        && !area_keys
        && !sells_keys
        && !minors_keys
        && !anonymous_keys
        && !recorded_keys
        && phrases_at(&spaced_text).is_empty()
    {
        return out;
    }
    // And only of lethal force, named in the clause or elsewhere in the text: a pepper-gel
    // robot that fires on its own detection is another question (a judgement case).
    let lethal_in_text = names_lethal_force(&spaced_text);
    let joined = crate::assessment::as_words(text);
    let mut previous: Option<&str> = None;
    let all = sentences_of(&joined);
    for (at, sentence) in all.iter().copied().enumerate() {
        // A question asks about the use; it does not describe it ("Do we contact their employer
        // if they do not pay? No, ...": a review of honest answers).
        if sentence.trim_end().ends_with('?') {
            previous = None;
            continue;
        }
        let sentence = sentence.trim_end_matches(['.', '!']);
        // Unless the use is offered to others besides the testers: "a jailbreak mode for the
        // red team and also for power users" (a review of the new readings).
        let spaced_sentence = super::spaced_words(sentence);
        // A test denied is no test: "there's no red-team contract or scope, we just use what
        // works" (a hostile review's scraped jailbreak library passed as a test).
        let sentence_words: Vec<&str> = spaced_sentence.split_whitespace().collect();
        // Attacks on other companies' chatbots, whatever the team calls them: a "red team"
        // against rivals who never agreed is no test of the team's own system (an eighth
        // hostile review), so this is read before a test's words excuse the sentence. So are
        // jailbreaks sold to whoever buys them, called a red team or not: "a
        // 'red-team-as-a-service' add-on: customers submit a target model and our prompt
        // library returns working jailbreaks ...; anyone can buy it" (a tenth hostile review).
        if !out.iter().any(|(o, _, _)| *o == "safety-circumvention")
            && ((others_keys && attacks_others_models(&sentence_words))
                || (sells_keys && sells_jailbreaks(&sentence_words)))
        {
            out.push((
                "safety-circumvention",
                sentence.trim().replace('"', "'"),
                false,
            ));
            previous = None;
            continue;
        }
        // Nor people's reactions put to the test: "fake internal memos in the CEO's name to test
        // reactions" (a hostile review) is a deception, not a test of the system.
        // Not "reactions of the model to jailbreak prompts".
        let of_people = |i: usize| {
            (i + 1..(i + 3).min(sentence_words.len())).any(|k| {
                sentence_words
                    .get(k)
                    .is_some_and(|x| matches!(*x, "reactions" | "reaction" | "loyalty"))
                    && !matches!(sentence_words.get(k + 1), Some(&("of" | "to" | "from")))
            })
        };
        if sentence_words.iter().enumerate().any(|(i, w)| {
            TESTING.contains(w)
                && !of_people(i)
                && !i
                    .checked_sub(1)
                    .and_then(|j| sentence_words.get(j))
                    .is_some_and(|b| matches!(*b, "no" | "not" | "never" | "without"))
        }) && !BESIDES_TESTERS.iter().any(|p| spaced_sentence.contains(p))
        {
            if left_live
                && !out.iter().any(|(o, _, _)| *o == "minors")
                && sentence.split(';').any(|clause| {
                    !guarded(&super::spaced_words(clause), GUARDS)
                        && romance_in(
                            &super::spaced_words(&without_conditions(clause)),
                            &spaced_sentence,
                        )
                })
            {
                out.push(("minors", sentence.trim().replace('"', "'"), false));
            }
            previous = None;
            continue;
        }
        // The force in one sentence and no one needed in the next: "Then the munition is
        // launched at it. No operator confirms this step." (a review of the new readings).
        let with_previous = previous.map(|p| format!("{p}; {sentence}"));
        if weapon && !out.iter().any(|(o, _, _)| *o == "lethal-weapons") {
            let found = if no_one_needed_to_fire(sentence, GUARDS, MESSAGES) {
                Some(sentence.to_string())
            } else {
                with_previous.filter(|both| no_one_needed_to_fire(both, GUARDS, MESSAGES))
            };
            if let Some(found) = found {
                out.push((
                    "lethal-weapons",
                    found.trim().replace('"', "'"),
                    !lethal_in_text,
                ));
            }
        }
        // A weapon's use that goes ahead unless stopped, where no one can stop it in time:
        // "Operators have 3 s to veto a nomination before it's passed to fire control; in
        // exercises nobody managed to veto anything at that speed" (a hostile review).
        if veto_keys
            && !out.iter().any(|(o, _, _)| *o == "lethal-weapons")
            && too_fast_to_stop(&sentence.to_lowercase())
        {
            out.push((
                "lethal-weapons",
                sentence.trim().replace('"', "'"),
                !lethal_in_text,
            ));
        }
        // A weapon's use that goes ahead unless someone stops it, or on a timer: a veto is no
        // authorisation ([`fires_unless_stopped`]).
        if release_keys
            && !out.iter().any(|(o, _, _)| *o == "lethal-weapons")
            && fires_unless_stopped(&spaced_sentence)
        {
            out.push((
                "lethal-weapons",
                sentence.trim().replace('"', "'"),
                !lethal_in_text,
            ));
        }
        // A weapon that carries on with its attack once its operator's link is lost: "an
        // authorisation given for a target class stays valid once the link is lost, so the
        // munition can complete the mission against any vehicle it recognises" (a compliance
        // review saw it pass).
        if weapon_words
            && !out.iter().any(|(o, _, _)| *o == "lethal-weapons")
            && attacks_after_link_loss(&spaced_sentence)
        {
            out.push((
                "lethal-weapons",
                sentence.trim().replace('"', "'"),
                !lethal_in_text,
            ));
        }
        // An area approved once, then struck where the machine finds targets
        // ([`strikes_in_an_approved_area`]): read on the whole sentence, with its conditions
        // ("once the area is approved") and its clauses ("approves an engagement zone; after
        // that the munitions strike all vehicles classed as hostile in it").
        if area_keys
            && !out.iter().any(|(o, _, _)| *o == "lethal-weapons")
            && strikes_in_an_approved_area(&spaced_sentence)
        {
            out.push((
                "lethal-weapons",
                sentence.trim().replace('"', "'"),
                !lethal_in_text,
            ));
        }
        previous = Some(sentence);
        // Read clause by clause: "Blocked in the default workspace; the lingerie team's
        // workspace has the nudity filter turned off" blocks in one and says the use in the
        // other. The whole sentence is quoted.
        for (c, clause) in sentence.split(';').enumerate() {
            let whole = super::spaced_words(clause);
            if guarded(&whole, GUARDS) {
                continue;
            }
            // A request the team refused describes no use: "Teachers asked for a switch to
            // turn guardrails off for a class; we refused, and there is no override code" (a
            // tenth hostile review's false alarm).
            if asked_for(&whole)
                && sentence
                    .split(';')
                    .skip(c + 1)
                    .chain(all.get(at + 1).copied())
                    .any(|later| we_refused(&super::spaced_words(later)))
            {
                continue;
            }
            // A condition denies nothing of the clause it qualifies: "telling them we will
            // contact their employer and neighbours if they do not pay within 7 days" (review
            // Y's debt letters passed on the "not" of the condition). See
            // [`without_conditions`].
            let spaced = super::spaced_words(&without_conditions(clause));
            let has = |list: &[&str]| spaced.split_whitespace().any(|w| list.contains(&w));
            // "no longer" says something changed, and denies nothing ("the filters no longer
            // apply").
            let negations = spaced
                .split_whitespace()
                .filter(|w| NEGATIONS.contains(w))
                .count()
                .saturating_sub(spaced.matches(" no longer ").count());
            // A weapon acting alone is read by how near its verb the words that say so stand, not
            // by a phrase anywhere in the clause: "The pipeline runs without an operator
            // overnight ..., but a commander authorises each engagement" is no weapon acting
            // alone (a review of the new readings).
            let mut found = phrases_at(&spaced);
            if (alone_keys || picks_keys || own_pick_keys)
                && !has(MESSAGES)
                && !out.iter().any(|(o, _, _)| *o == "lethal-weapons")
                && ((alone_keys && acts_alone(&spaced))
                    || (picks_keys && fires_on_the_models_word(&spaced))
                    || (own_pick_keys && picks_its_own_targets(&spaced)))
            {
                out.push((
                    "lethal-weapons",
                    sentence.trim().replace('"', "'"),
                    !lethal_in_text,
                ));
            }
            if review_keys && let Some(marker) = faked_reviews(&spaced) {
                found.push(("disinformation", marker));
            }
            if anonymous_keys && let Some(marker) = attacks_anonymously(&spaced) {
                found.push(("harassment", marker));
            }
            if recorded_keys && let Some(marker) = told_a_person_recorded(&spaced) {
                found.push(("disinformation", marker));
            }
            if around_keys && let Some(marker) = gets_around_safety(&spaced) {
                found.push(("safety-circumvention", marker));
            }
            // Its own denials: those before the words of romance or in their part of the
            // clause ("... it flirts, ... and tells the user it misses them when they have not
            // logged in" says it).
            if minors_keys
                && !out.iter().any(|(o, _, _)| *o == "minors")
                && romance_in(&spaced, &spaced_sentence)
            {
                out.push(("minors", sentence.trim().replace('"', "'"), false));
            }
            // The negations before a phrase, and after it only up to ", and" or ", but": "...
            // to generate thousands of fake local-news articles about election candidates, and
            // we have not cut them off" (a third hostile review of the verdicts) denies nothing
            // of the articles.
            let joined_later = |ph: &str| {
                let raw = without_conditions(clause).to_lowercase();
                let parts: Vec<String> = raw
                    .split(", and ")
                    .flat_map(|p| p.split(", but "))
                    .map(super::spaced_words)
                    .collect();
                let at = parts.iter().position(|p| p.contains(&format!(" {ph} ")))?;
                // Only what the team says it does after: "and no court ever has" still denies.
                let counted: usize = parts
                    .iter()
                    .enumerate()
                    .filter(|(k, p)| *k <= at || !p.starts_with(" we "))
                    .map(|(_, p)| {
                        p.split_whitespace()
                            .filter(|w| NEGATIONS.contains(w))
                            .count()
                    })
                    .sum();
                Some(counted)
            };
            for (id, ph) in found {
                // A phrase's own negation denies nothing; another in the clause does ("No
                // missile is fired without human authorisation").
                let own = ph.split(' ').filter(|w| NEGATIONS.contains(w)).count();
                let negations = if negations > own {
                    joined_later(ph).unwrap_or(negations)
                } else {
                    negations
                };
                // What follows "except" is outside the rule the clause's negation sets: "No
                // political content, except the fake photo series of the rival candidate ..."
                // (a hostile review).
                let negations = match spaced.find(" except ") {
                    Some(x)
                        if spaced
                            .get(x..)
                            .is_some_and(|r| r.contains(&format!(" {ph} "))) =>
                    {
                        spaced
                            .get(x..)
                            .unwrap_or_default()
                            .split_whitespace()
                            .filter(|w| NEGATIONS.contains(w))
                            .count()
                    }
                    _ => negations,
                };
                // People kept unaware are part of a deception, not a denial of it: "Listeners are
                // not told the voice is synthetic: ... marketed as narrated by her in person".
                // A measure said absent is part of getting round it: "calls an uncensored
                // community fine-tune ..., with no guardrail".
                let negations = if id == "safety-circumvention" {
                    negations.saturating_sub(
                        [
                            " no guardrail ",
                            " no guardrails ",
                            " no filter ",
                            " no filters ",
                        ]
                        .iter()
                        .map(|p| spaced.matches(p).count())
                        .sum(),
                    )
                } else {
                    negations
                };
                let negations = if id == "disinformation" {
                    negations
                        .saturating_sub(NOT_TOLD.iter().map(|p| spaced.matches(p).count()).sum())
                } else {
                    negations
                };
                let denied = if own == 0 {
                    negations > 0
                } else {
                    negations > own && (ph.starts_with("without ") || ph.starts_with("no "))
                };
                // Once per prohibition, and again where a later sentence says people were not
                // told of it: that one blocks the notice ([`also_not_told`]).
                // Said outright, and not beside finding, stopping or reporting it; a likeness
                // only beside a voice, a face or an image.
                let blunt_denied = is_blunt(id, ph)
                    && (has(BLUNT_GUARDS)
                        || has(DETECTS)
                        || has(TESTING)
                        || (id == "likeness"
                            && !has(&[
                                "voice",
                                "voices",
                                "face",
                                "faces",
                                "likeness",
                                "clone",
                                "cloned",
                                "clones",
                                "image",
                                "images",
                                "photo",
                                "photos",
                                "picture",
                                "pictures",
                                "video",
                                "videos",
                                "deepfake",
                                "deepfakes",
                                "avatar",
                                "imagery",
                                "nude",
                                "nudes",
                            ])));
                if (out.iter().any(|(o, _, _)| *o == id) && !names_telling(sentence))
                    || blunt_denied
                    || denied
                    || (id == "disinformation" && detects_it(&spaced, DETECTS))
                    // Not "removes" of DETECTS: "The prompt removes the safety filters".
                    || (id == "safety-circumvention"
                        && (defends(&spaced, DEFENDS)
                            // An incident, not a use: "The guardrails were switched off once by
                            // mistake in staging" (a review of honest answers).
                            || has(&[
                                "mistake",
                                "mistakenly",
                                "accidentally",
                                "inadvertently",
                                "unintentionally",
                            ])
                            || has(&[
                                "detect",
                                "detects",
                                "detected",
                                "detection",
                                "flags",
                                "moderators",
                            ])))
                {
                    continue;
                }
                out.push((id, sentence.trim().replace('"', "'"), false));
            }
        }
    }
    // Deception read over the whole text: the question of what the assistant is and its
    // answer can stand in two sentences, the persona in a third.
    if !out.iter().any(|(o, _, _)| *o == "disinformation") {
        let found = if person_keys {
            passes_as_a_person(&joined, &spaced_text, TESTING)
        } else {
            None
        };
        let found = match found {
            None if authority_keys => poses_as_an_authority(&joined, &spaced_text),
            found => found,
        };
        if let Some(sentence) = found {
            out.push(("disinformation", sentence, false));
        }
    }
    out
}

/// Whether a sentence (its words) says the team sells or hands out jailbreaks to whoever buys
/// them: "our prompt library returns working jailbreaks that make it produce malware and weapons
/// instructions; anyone can buy it" (a tenth hostile review). Not a red team for a model's own
/// owner, under contract, that reports what worked so it can be fixed, nor where the sentence
/// denies it.
fn sells_jailbreaks(words: &[&str]) -> bool {
    let Some(at) = words.iter().position(|w| w.starts_with("jailbr")) else {
        return false;
    };
    let sold = words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "sell" | "sells" | "sold" | "selling" | "buy" | "buys" | "bought" | "purchase"
        ) || (matches!(*w, "returns" | "delivers" | "supplies" | "gives" | "hands")
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .is_some_and(|a| a.iter().any(|x| x.starts_with("jailbr") || *x == "working")))
    });
    let to_others = words.iter().any(|w| {
        matches!(
            *w,
            "customers" | "customer" | "clients" | "client" | "anyone" | "buyers" | "public"
        )
    });
    let held = words.iter().any(|w| {
        matches!(
            *w,
            "own"
                | "owner"
                | "owners"
                | "contract"
                | "authorised"
                | "authorized"
                | "permission"
                | "report"
                | "reports"
                | "fix"
                | "fixed"
                | "patch"
                | "patched"
                | "block"
                | "blocks"
                | "blocked"
                | "detect"
                | "detects"
                | "against"
        )
    });
    let denied = words
        .get(..at)
        .unwrap_or_default()
        .iter()
        .any(|w| matches!(*w, "not" | "t" | "never" | "no" | "nor"));
    sold && to_others && !held && !denied
}

/// Whether a clause (spaced words) asks for something: "Teachers asked for a switch", "a
/// client requested", "parents wanted".
fn asked_for(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "requested" | "request" | "requests" | "wanted" | "proposed" | "suggested"
        ) || (matches!(*w, "asked" | "asks" | "ask")
            && words
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "for" | "us" | "to" | "whether" | "if")))
    })
}

/// Whether a clause or sentence (spaced words) says the team refused, and did not give in
/// later: "we refused", "we said no", "we declined". Not "we refused at first but later
/// agreed".
fn we_refused(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let refused = words.iter().enumerate().any(|(i, w)| {
        (matches!(*w, "refused" | "declined" | "rejected")
            || (*w == "said" && words.get(i + 1) == Some(&"no"))
            || (*w == "turned" && words.get(i + 1..i + 3).is_some_and(|a| a.contains(&"down"))))
            && words.get(i.saturating_sub(3)..i).is_some_and(|b| {
                b.iter()
                    .any(|x| matches!(*x, "we" | "i" | "team" | "it" | "was" | "were"))
            })
    });
    refused
        && !words.iter().any(|w| {
            matches!(
                *w,
                "but" | "later" | "eventually" | "until" | "then" | "however" | "anyway" | "since"
            )
        })
}

/// Whether a sentence (its words) says the team attacks other companies' chatbots: a trick
/// ("hidden prompts", "injection payloads") or a hack against a rival's, a competitor's or
/// another firm's model, to get something out of it ("to make them leak their system prompts
/// and customer records", "to steal their data": an eighth hostile review). Not where the
/// sentence denies it, detects or defends against it, or has the owners' permission.
fn attacks_others_models(words: &[&str]) -> bool {
    let others = words
        .iter()
        .any(|w| w.starts_with("rival") || w.starts_with("competitor"))
        || words.windows(2).any(|p| {
            matches!(
                p,
                [
                    "other" | "third",
                    "companies"
                        | "firms"
                        | "organisations"
                        | "organizations"
                        | "businesses"
                        | "party"
                ]
            )
        });
    let their_model = words.iter().any(|w| {
        matches!(
            *w,
            "chatbot"
                | "chatbots"
                | "bot"
                | "bots"
                | "assistant"
                | "assistants"
                | "llm"
                | "llms"
                | "agents"
                | "models"
        )
    });
    let attack_at = words.iter().position(|w| {
        w.starts_with("inject")
            || w.starts_with("payload")
            || w.starts_with("hack")
            || w.starts_with("exploit")
            || w.starts_with("jailbr")
            || matches!(
                *w,
                "hidden" | "hide" | "hides" | "hiding" | "attack" | "attacks"
            )
    });
    let gain = words.iter().any(|w| {
        w.starts_with("leak")
            || w.starts_with("steal")
            || w.starts_with("exfiltrat")
            || w.starts_with("extract")
            || w.starts_with("dump")
            || w.starts_with("harvest")
    });
    let Some(at) = attack_at else {
        return false;
    };
    let denied = words
        .get(..at)
        .unwrap_or_default()
        .iter()
        .any(|w| matches!(*w, "not" | "t" | "never" | "no" | "nor"));
    let guarded = words.iter().any(|w| {
        w.starts_with("detect")
            || w.starts_with("protect")
            || w.starts_with("defen")
            || w.starts_with("prevent")
            || w.starts_with("block")
            || matches!(
                *w,
                "permission" | "authorised" | "authorized" | "contract" | "bounty" | "consented"
            )
    });
    // "without their permission" gives none.
    let refused = words.iter().any(|w| {
        matches!(
            *w,
            "without" | "none" | "never" | "unauthorised" | "unauthorized"
        )
    });
    others && their_model && gain && !denied && (!guarded || refused)
}

/// Whether a clause (spaced words) holds a word of `defends`, that defends against getting
/// around the safety measures. Not a refusal stopped: "so the model stops refusing" is what
/// the jailbreak is for (a hostile review).
fn defends(spaced: &str, defends: &[&str]) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        defends.contains(w)
            // A defence denied defends nothing: "so the content filter doesn't catch them" (a
            // hostile review).
            && !i
                .checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|b| matches!(*b, "not" | "t" | "never"))
            && !(matches!(*w, "stop" | "stops" | "stopped")
                && words.get(i + 1).is_some_and(|n| {
                    n.starts_with("refus") || n.starts_with("block") || n.starts_with("filter")
                }))
    })
}

/// Whether a clause (spaced words) holds a word of `guards` that denies, blocks or sets a rule.
/// Not one that says what the model does by default, which a jailbreak gets around: "a DAN
/// prompt so it answers questions it would normally refuse", "requests the guardrail would
/// otherwise block" (a compliance review saw such a wrapper pass).
/// People not told, as spaced words: a deception's own words ([`prohibited_sentences`]).
const NOT_TOLD: &[&str] = &[
    " not told ",
    " not informed ",
    " aren t told ",
    " isn t told ",
    " weren t told ",
];

/// Whether `spaced` (a clause) says the team detects or removes a deception: a word of
/// `detects`, but not a disclosure removed ("the label was removed in 2025 so the audiobooks can
/// be marketed as narrated by her in person": a hostile review), which is the deception.
fn detects_it(spaced: &str, detects: &[&str]) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        detects.contains(w)
            && !(w.starts_with("remov")
                && words.get(i.saturating_sub(3)..i).is_some_and(|b| {
                    b.iter().any(|x| {
                        matches!(
                            *x,
                            "label"
                                | "labels"
                                | "watermark"
                                | "watermarks"
                                | "disclosure"
                                | "disclaimer"
                                | "notice"
                        )
                    })
                }))
    })
}

/// Whether `spaced` (a clause) says posts under no name, or under made-up accounts, attack
/// someone: "The team also uses the summaries to write anonymous posts on the staff forum
/// attacking the works council chair" (a hostile review). Its marker, a phrase of
/// [`BLUNT_WORDS`], so that a clause of finding or reporting them ("Staff can report anonymous
/// posts attacking colleagues") describes no use.
fn attacks_anonymously(spaced: &str) -> Option<&'static str> {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let unnamed = words
        .iter()
        .any(|w| matches!(*w, "anonymous" | "anonymously" | "unsigned"))
        || words.windows(2).any(|p| {
            matches!(
                p,
                ["fake", "accounts" | "profiles"] | ["sock", "puppet" | "puppets"]
            )
        });
    let attacking = words.iter().any(|w| {
        matches!(
            *w,
            "attacking"
                | "attack"
                | "attacks"
                | "smearing"
                | "smear"
                | "smears"
                | "mocking"
                | "ridiculing"
                | "insulting"
                | "harassing"
                | "abusing"
                | "threatening"
                | "trolling"
                | "shaming"
                | "discrediting"
                | "discredit"
        )
    });
    (unnamed && attacking).then_some("anonymous posts attacking")
}

/// Whether `spaced` (a clause) says people are told a real person recorded what the synthetic
/// voice reads: "they are told Elena recorded them in the studio" (a hostile review). Not where
/// the clause says the voice is synthetic. Its marker, a phrase of [`BLUNT_WORDS`].
fn told_a_person_recorded(spaced: &str) -> Option<&'static str> {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // Said synthetic, except where people are not told so: "and listeners are not told the
    // voice is AI" is more of the deception.
    let synthetic = words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "ai" | "synthetic" | "synthesised" | "synthesized" | "clone" | "cloned" | "generated"
        ) && !words.get(i.saturating_sub(6)..i).is_some_and(|b| {
            b.windows(2)
                .any(|p| matches!(p, ["not" | "never" | "t", "told"]))
        })
    });
    let told = words.iter().position(|w| *w == "told")?;
    let near = |from: usize, n: usize| {
        words
            .get(from..(from + n).min(words.len()))
            .unwrap_or_default()
    };
    // "told Elena recorded them for us in the studio last week"
    let recorded = near(told + 1, 4)
        .iter()
        .position(|w| *w == "recorded")
        .map(|k| told + 1 + k)
        .is_some_and(|r| {
            near(r + 1, 7).iter().any(|x| {
                matches!(
                    *x,
                    "studio" | "herself" | "himself" | "themselves" | "person" | "personally"
                )
            })
        });
    // "told the clips are Elena's studio recordings"
    let recordings = near(told + 1, 8)
        .windows(2)
        .any(|p| matches!(p, ["studio", "recording" | "recordings"]));
    ((recorded || recordings) && !synthetic).then_some("told the narrator recorded it")
}

fn guarded(spaced: &str, guards: &[&str]) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let refusals = default_refusals(&words);
    words
        .iter()
        .enumerate()
        .any(|(k, w)| guards.contains(w) && !refusals.contains(&k))
}

/// Where `words` say what a model or filter refuses or blocks by default, the places of those
/// words: "would [normally | otherwise | by default] refuse", "normally blocked".
fn default_refusals(words: &[&str]) -> Vec<usize> {
    // The place after an adverb of habit at `j`, if one stands there.
    let usual = |j: usize| match words.get(j) {
        Some(&("normally" | "otherwise" | "usually" | "ordinarily" | "typically")) => Some(j + 1),
        Some(&"by") if words.get(j + 1) == Some(&"default") => Some(j + 2),
        _ => None,
    };
    let refusal = |j: usize| {
        words.get(j).is_some_and(|w| {
            matches!(
                *w,
                "refuse" | "refuses" | "refused" | "block" | "blocks" | "blocked"
            )
        })
    };
    let mut out = Vec::new();
    for k in 0..words.len() {
        if words.get(k) == Some(&"would")
            && let Some(n) = usual(k + 1)
            && refusal(n)
        {
            out.extend([k, n]);
        }
        if refusal(k)
            && (k.checked_sub(1).and_then(usual) == Some(k)
                || k.checked_sub(2).and_then(usual) == Some(k))
        {
            out.push(k);
        }
        // What the use is for, a refusal stopped: "So that the tutor doesn't refuse word
        // problems that mention weapons or drugs, the system prompt tells the model that its
        // safety rules don't apply" (a hostile review).
        if refusal(k)
            && k.checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|b| matches!(*b, "t" | "not" | "never"))
            && words
                .get(k.saturating_sub(6)..k)
                .is_some_and(|b| b.windows(2).any(|p| p == ["so", "that"]))
        {
            out.push(k);
        }
        // What a guardrail refused before a prompt got it answered: "a system prompt we found
        // online that gets it to summarise documents marked strictly confidential, which the
        // guardrail used to refuse" (a hostile review).
        if refusal(k)
            && k.checked_sub(2).and_then(|j| words.get(j..k)) == Some(&["used", "to"][..])
            && k.checked_sub(3)
                .and_then(|j| words.get(j))
                .is_some_and(|b| matches!(*b, "guardrail" | "guardrails" | "filter" | "filters"))
            && words.iter().any(|w| matches!(*w, "prompt" | "prompts"))
        {
            out.push(k);
        }
        // What others block, the object of an answer ("so they get answers the vendors block",
        // "answers whatever the vendors block"), and a refusal that sets off the use ("jailbreak
        // the model when it refuses edgy copy"): a review of the new readings.
        // Not the passive: "jailbreak prompts are blocked by the guardrail".
        let before = words.get(k.saturating_sub(4)..k).unwrap_or_default();
        let passive = k
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|b| {
                matches!(
                    *b,
                    "are"
                        | "is"
                        | "were"
                        | "was"
                        | "be"
                        | "been"
                        | "being"
                        | "get"
                        | "gets"
                        | "got"
                )
            });
        // What a filter blocks, as the object of a relative clause that ends the clause: "to
        // do the nude lingerie shots the Bedrock filter blocks" (a hostile review). Not the
        // filter at work: "The Bedrock filter blocks nude shots", "... because the filter
        // blocks".
        let relative = refusal(k)
            && words.get(k + 1).is_none()
            && words
                .get(k.saturating_sub(2)..k)
                .unwrap_or_default()
                .iter()
                .any(|b| {
                    matches!(
                        *b,
                        "filter"
                            | "filters"
                            | "guardrail"
                            | "guardrails"
                            | "classifier"
                            | "moderation"
                    )
                })
            && (k.saturating_sub(4)..k).any(|j| {
                words.get(j) == Some(&"the")
                    && j.checked_sub(1)
                        .and_then(|b| words.get(b))
                        .is_some_and(|b| {
                            !matches!(
                                *b,
                                "and"
                                    | "but"
                                    | "so"
                                    | "because"
                                    | "as"
                                    | "since"
                                    | "where"
                                    | "when"
                                    | "while"
                                    | "if"
                                    | "then"
                                    | "until"
                                    | "unless"
                                    | "that"
                                    | "though"
                                    | "although"
                            )
                        })
            });
        if relative {
            out.push(k);
        }
        if refusal(k)
            && !passive
            && (before.iter().any(|b| {
                matches!(
                    *b,
                    "answers" | "whatever" | "anything" | "questions" | "requests" | "prompts"
                )
            }) || words
                .get(k.saturating_sub(3)..k)
                .unwrap_or_default()
                .iter()
                .any(|b| matches!(*b, "when" | "whenever")))
        {
            out.push(k);
        }
        // And its "would": "so clients can generate anything the Titan filter would block" (a
        // tenth hostile review).
        if out.last() == Some(&k)
            && let Some(j) = k.checked_sub(1)
            && words.get(j) == Some(&"would")
        {
            out.push(j);
        }
    }
    out
}

/// Where `spaced` (a clause) says the model is made to get around its safety measures, the
/// words that say so: a verb of getting around before a safety measure ("bypasses the model's
/// safety filters", "gets around the Bedrock guardrail", "disables the model refusals"), a
/// jailbreak used ("our system prompt includes a jailbreak", "Staff jailbreak the model"), or
/// answers the model would refuse by default given ("makes Claude reply to prompts it would by
/// default refuse"): a review of the new readings saw each pass, where only "DAN prompt" was
/// read.
fn gets_around_safety(spaced: &str) -> Option<&'static str> {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // A model's safety measure, at `k`: guardrails and refusals, or a filter, layer, training
    // or rules of safety, content or moderation ("the content filters", "its safety
    // training", "the provider's moderation layer"). Not a spam, date or affordability filter,
    // a safety alert, safety stock or safety data sheets (a review of honest answers).
    let of_a_model = words.iter().any(|w| {
        matches!(
            *w,
            "model"
                | "models"
                | "llm"
                | "ai"
                | "chatbot"
                | "chatbots"
                | "bot"
                | "assistant"
                | "tutor"
                | "prompt"
                | "prompts"
                | "claude"
                | "bedrock"
                | "gpt"
                | "preamble"
        )
    });
    let measure = |k: usize| {
        let Some(w) = words.get(k) else {
            return false;
        };
        let of_safety = |j: usize| {
            words.get(j).is_some_and(|b| {
                matches!(
                    *b,
                    "safety"
                        | "content"
                        | "moderation"
                        | "nsfw"
                        | "toxicity"
                        | "profanity"
                        | "guardrail"
                        | "guardrails"
                )
            })
        };
        match *w {
            "guardrail" | "guardrails" | "gaurdrail" | "gaurdrails" | "refusal" | "refusals" => {
                true
            }
            // "the guard rails"
            "rails" | "rail" => words.get(k.wrapping_sub(1)) == Some(&"guard"),
            // A filter of names, words or images, where the clause names the model: "get real
            // celebs past the Bedrock name filter" (a sixth review); not a report's name filter.
            // "the safety checker disabled" (a tenth hostile review).
            "filter" | "filters" | "layer" | "classifier" | "classifiers" | "checker"
            | "checkers" => {
                k.checked_sub(1).is_some_and(of_safety)
                    || (of_a_model
                        && k.checked_sub(1)
                            .and_then(|j| words.get(j))
                            .is_some_and(|b| {
                                matches!(
                                    *b,
                                    "name"
                                        | "names"
                                        | "celebrity"
                                        | "nudity"
                                        | "keyword"
                                        | "word"
                                        | "prompt"
                                        | "input"
                                        | "output"
                                        | "image"
                                        | "bedrock"
                                )
                            }))
            }
            // Rules, checks and settings of safety are a model's only where the clause names
            // one: not "the press line's safety checks", "the safety rules on the loading dock"
            // (a review of honest answers).
            "training" | "guidelines" | "rules" | "settings" | "policies" | "checks" | "system"
            | "measures" => k.checked_sub(1).is_some_and(of_safety) && of_a_model,
            "moderation" => !words
                .get(k + 1)
                .is_some_and(|n| matches!(*n, "team" | "queue" | "reports" | "tickets" | "staff")),
            _ => false,
        }
    };
    // The verb, with the system or its users as who does it: not "users who evade moderation
    // by misspelling slurs", which the moderators' tool describes.
    let verb_at = words.iter().enumerate().find_map(|(i, w)| {
        let around = matches!(
            *w,
            "get" | "gets" | "getting" | "got" | "go" | "goes" | "work" | "works" | "working"
        ) && matches!(words.get(i + 1), Some(&("around" | "round")));
        // "by-pass the content filters"
        let by_pass = *w == "by" && words.get(i + 1) == Some(&"pass");
        // "slip past the provider's moderation layer", and with what is got past between:
        // "tricks that get real celebs past the Bedrock name filter" (a sixth review).
        let getting = |x: &str| {
            matches!(
                x,
                "slip" | "slips" | "sneak" | "sneaks" | "get" | "gets" | "getting" | "sneaking"
            )
        };
        let past = (getting(w) && words.get(i + 1) == Some(&"past"))
            || (*w == "past"
                && words
                    .get(i.saturating_sub(4)..i)
                    .is_some_and(|b| b.iter().any(|x| getting(x))));
        // "switch off the provider's content filter"
        let off = matches!(
            *w,
            "switch" | "switches" | "switching" | "turn" | "turns" | "turning"
        ) && words.get(i + 1) == Some(&"off");
        let relative = words
            .get(i.saturating_sub(2)..i)
            .is_some_and(|b| b.contains(&"who"));
        ((around || past || by_pass || off || circumvents(w)) && !relative).then_some(i)
    });
    // The measure itself, as the verb's object: not "remove the safety filters' false
    // positives by hand".
    let object = |k: usize| {
        measure(k)
            && !matches!(
                words.get(k + 1),
                Some(&("false" | "logs" | "alerts" | "reports" | "results" | "errors" | "team"))
            )
    };
    if let Some(i) = verb_at
        && (i + 1..(i + 7).min(words.len())).any(object)
    {
        return Some("gets around its safety measures");
    }
    // Or switched off: "refusals are switched off", "the guardrails are disabled".
    if (0..words.len()).any(|k| {
        object(k)
            && words
                .get(k + 1..(k + 4).min(words.len()))
                .is_some_and(|after| {
                    after
                        .windows(2)
                        .any(|p| matches!(p, ["switched" | "turned", "off"]))
                        || after.iter().any(|a| {
                            matches!(
                                *a,
                                "disabled" | "removed" | "bypassed" | "deactivated" | "bypass"
                            )
                        })
                        // "Safety filters: off for the 13-14 age band"
                        || after.first() == Some(&"off")
                })
    }) {
        return Some("its safety measures switched off");
    }
    // Told its rules do not apply: "ops added a preamble telling it it's in 'authorised audit
    // mode' where its usage rules dont apply" (a sixth review). The marker holds one "not",
    // which a contracted "don't" in the clause matches ([`prohibited_sentences`]).
    let rules = |k: usize| {
        words.get(k).is_some_and(|w| {
            matches!(
                *w,
                "rules" | "guidelines" | "policy" | "policies" | "restrictions" | "principles"
            )
        }) && k
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|b| {
                matches!(
                    *b,
                    "safety"
                        | "content"
                        | "usage"
                        | "use"
                        | "its"
                        | "moderation"
                        | "guardrail"
                        | "guardrails"
                )
            })
    };
    let lapse = |k: usize| {
        words.get(k + 1..(k + 5).min(words.len())).is_some_and(|a| {
            a.windows(2).any(|p| {
                matches!(
                    p,
                    [
                        "not" | "t" | "dont" | "doesnt" | "longer" | "never",
                        "apply" | "applies"
                    ]
                )
            }) || a
                .iter()
                .any(|x| matches!(*x, "suspended" | "lifted" | "waived"))
        })
    };
    // Said to the model, not of the law or a vendor's terms: "the vendor's usage policy does
    // not apply to the weights we host" tells the model nothing.
    let told = words.iter().any(|w| {
        matches!(
            *w,
            "tell"
                | "tells"
                | "telling"
                | "told"
                | "says"
                | "saying"
                | "preamble"
                | "prompt"
                | "instructs"
                | "instructed"
                | "instruction"
                | "instructions"
                | "mode"
                | "persona"
                | "roleplay"
        )
    });
    if told && (0..words.len()).any(|k| rules(k) && lapse(k)) {
        return Some("its rules do not apply");
    }
    // Made to drop its own rules, or its safety measures kept from firing, by a trick: "payloads
    // ... so the vendor chatbot at the client ignores its rules", "wraps hard chem questions in
    // an injected 'teacher override' doc ... so the guardrail's denied topics don't trigger", a
    // "'filter unlock' prompt pack" (a hostile review). Only beside a trick or a purpose: "the
    // model sometimes ignores its rules" is a fault, "we tuned the guardrail so it doesn't
    // trigger on the periodic table" a setting changed.
    let trick = words.iter().any(|w| {
        w.starts_with("inject")
            || w.starts_with("payload")
            || w.starts_with("smuggl")
            || w.starts_with("disguis")
            || w.starts_with("obfuscat")
            || matches!(
                *w,
                "override"
                    | "overrides"
                    | "wrap"
                    | "wraps"
                    | "wrapped"
                    | "unlock"
                    | "trick"
                    | "tricks"
                    | "tricked"
                    | "hide"
                    | "hides"
                    | "hidden"
            )
    });
    let purpose = words
        .iter()
        .any(|w| matches!(*w, "so" | "make" | "makes" | "making" | "into"));
    let own_rules = |k: usize| {
        words.get(k).is_some_and(|w| {
            matches!(
                *w,
                "rules" | "guidelines" | "guardrails" | "guardrail" | "restrictions"
            )
        }) && matches!(
            k.checked_sub(1).and_then(|j| words.get(j)),
            Some(&("its" | "their"))
        )
    };
    if of_a_model
        && (trick || purpose)
        && let Some(i) = verb_at
        && words.get(i).is_some_and(|w| {
            matches!(
                *w,
                "ignore" | "ignores" | "ignoring" | "override" | "overrides" | "overriding"
            )
        })
        && (i + 1..(i + 4).min(words.len())).any(own_rules)
    {
        return Some("ignores its rules");
    }
    // Kept from firing: "so" before a measure and "don't trigger" after it.
    let kept_quiet = words.iter().enumerate().any(|(s, w)| {
        *w == "so"
            && (s + 1..(s + 6).min(words.len())).any(|k| {
                (measure(k) || (words.get(k) == Some(&"topics") && (s + 1..k).any(measure)))
                    && words.get(k + 1..(k + 5).min(words.len())).is_some_and(|a| {
                        a.windows(2).any(|p| {
                            matches!(
                                p,
                                [
                                    "not" | "t" | "never",
                                    "trigger"
                                        | "triggers"
                                        | "fire"
                                        | "fires"
                                        | "catch"
                                        | "catches"
                                        | "apply"
                                        | "applies"
                                        | "kick"
                                        | "flag"
                                        | "flags"
                                ]
                            )
                        })
                    })
            })
    });
    if trick && kept_quiet {
        return Some("so its safety measures do not trigger");
    }
    // A tool named for getting past them: "a 'filter unlock' prompt pack", "guardrail bypass
    // prompts".
    if words.windows(2).any(|p| {
        matches!(
            p,
            [
                "filter" | "filters" | "guardrail" | "guardrails" | "moderation" | "nsfw",
                "unlock" | "bypass" | "jailbreak" | "override" | "evasion"
            ]
        )
    }) {
        return Some("a tool to get around its safety measures");
    }
    // Not a phone jailbroken, nor an escape from prison (a review of honest answers).
    let elsewhere = words.iter().any(|w| {
        matches!(
            *w,
            "phone"
                | "phones"
                | "iphone"
                | "iphones"
                | "device"
                | "devices"
                | "rooted"
                | "ios"
                | "prison"
                | "prisons"
                | "prisoner"
                | "prisoners"
                | "inmate"
                | "inmates"
                | "hmp"
                | "escape"
        )
    });
    if !elsewhere
        && (words.iter().any(|w| {
            matches!(
                *w,
                "jailbreak" | "jailbreaks" | "jailbroken" | "jailbreaking"
            )
        }) || words
            .windows(2)
            .any(|p| matches!(p, ["jail", "break" | "breaks" | "breaking"])))
    {
        return Some("jailbreak");
    }
    // A prompt taken from where jailbreaks are shared, so the model stops refusing: "a
    // system-prompt prefix from the DAN-ops repo so it stops refusing HR and legal questions"
    // (an eighth hostile review). The team's own prompt tuned against over-refusal names no
    // such source.
    let stops_refusing = words.windows(3).any(|p| {
        matches!(
            p,
            ["so", "it" | "they" | "the", "stops" | "stop"]
                | ["so", "it", "never" | "won"]
                | ["no", "longer", "refuses" | "refuse"]
        )
    }) && words.iter().any(|w| w.starts_with("refus"));
    let jailbreak_source = words.windows(2).any(|p| {
        matches!(
            p,
            [
                "dan",
                "ops" | "mode" | "prompt" | "prompts" | "repo" | "style" | "persona"
            ]
        )
    }) || words.iter().any(|w| {
        matches!(
            *w,
            "repo" | "github" | "reddit" | "discord" | "forum" | "4chan"
        )
    });
    if of_a_model && stops_refusing && jailbreak_source {
        return Some("a jailbreak prompt so it stops refusing");
    }
    let refusals = default_refusals(&words);
    let people = words.iter().any(|w| {
        matches!(
            *w,
            "human"
                | "humans"
                | "expert"
                | "experts"
                | "person"
                | "reviewer"
                | "reviewers"
                | "moderator"
                | "moderators"
        ) || w.starts_with("escalat")
    });
    let answers_at = words.iter().position(|w| {
        matches!(
            *w,
            "answers"
                | "answer"
                | "reply"
                | "replies"
                | "respond"
                | "responds"
                | "handles"
                | "explain"
                | "explains"
                | "produces"
                | "generates"
                | "writes"
                | "creates"
                // "to get SD3.5 to do the nude shots the Bedrock filter blocks" (a hostile
                // review).
                | "do"
                | "make"
                | "produce"
                | "render"
                | "draw"
                | "summarise"
                | "summarises"
                | "summarize"
                | "summarizes"
        )
    });
    (!people && answers_at.is_some_and(|a| refusals.iter().any(|&r| r > a)))
        .then_some("answers what it would refuse by default")
}

/// Words that say a test's finding went live unfixed, as spaced words: "Launched anyway for
/// back-to-school, fixes in backlog", "Fix scheduled Q2, live meanwhile" (a sixth review). A
/// sentence about the test then describes the use it found, for harm to children
/// ([`prohibited_sentences`], [`hidden::read`]).
const LEFT_LIVE: &[&str] = &[
    " launched anyway",
    " shipped anyway",
    " released anyway",
    " live anyway",
    " live meanwhile",
    " live in the meantime",
    " still live",
    " left live",
    " kept live",
    " fixes in backlog",
    " fix in backlog",
    " fixes in the backlog",
    " fix in the backlog",
];

/// Users besides a red team or testers, as spaced words: a sentence about tests that names them
/// describes a use ([`prohibited_sentences`]), only where the use is offered to them ("for",
/// "to"): not "Our red team ran 500 jailbreak attempts; customers never see the results".
const BESIDES_TESTERS: &[&str] = &[
    " for power users ",
    " for premium users ",
    " for all users ",
    " for our users ",
    " for end users ",
    " for paying users ",
    " for enterprise users ",
    " for customers ",
    " to customers ",
    " for subscribers ",
    " to subscribers ",
    " to the public ",
    " for everyone ",
];

/// Verbs of getting around a safety measure ([`gets_around_safety`]), "around" and a jailbreak.
fn circumvents(w: &str) -> bool {
    matches!(
        w,
        "bypass"
            | "bypasses"
            | "bypassed"
            | "bypassing"
            | "circumvent"
            | "circumvents"
            | "circumvented"
            | "circumventing"
            // Misspelt: "circumvets the gaurdrails" (a review of the new readings).
            | "circumvet"
            | "circumvets"
            | "circumveted"
            | "evade"
            | "evades"
            | "evading"
            | "disable"
            | "disables"
            | "disabled"
            | "disabling"
            | "remove"
            | "removes"
            | "removing"
            | "strip"
            | "strips"
            | "stripping"
            | "defeat"
            | "defeats"
            | "override"
            | "overrides"
            | "overriding"
            | "ignore"
            | "ignores"
            | "ignoring"
            | "around"
            | "jailbreak"
            | "jailbreaks"
            | "jailbroken"
            | "jailbreaking"
            // "skip its safety filter", "lift the model's safety settings", "dodge the
            // moderation filter", "neutralises the model's refusals", "deactivates the
            // guardrails" (a review of the new readings).
            | "skip"
            | "skips"
            | "skipping"
            | "lift"
            | "lifts"
            | "lifting"
            | "dodge"
            | "dodges"
            | "dodging"
            | "neutralise"
            | "neutralises"
            | "neutralize"
            | "neutralizes"
            | "deactivate"
            | "deactivates"
            | "unlock"
            | "unlocks"
            | "jail"
    )
}

/// Words that may say no one need approve a weapon's use of force ([`no_one_needed_to_fire`]),
/// looked for in the whole text first.
const NOT_NEEDED_KEYS: &[&str] = &[
    " needed ",
    " required ",
    " necessary ",
    " need ",
    " needs ",
    " no operator ",
    " no human ",
    " no commander ",
    " no one ",
    " nobody ",
];

/// Where `sentence` says a weapon uses force and, in another clause or further off than
/// [`acts_alone`] reads, that no one need approve it: "The loitering munition is released as
/// soon as the classifier marks a target hostile; no operator confirmation is needed", "No
/// operator is needed: the turret fires at any vehicle the model marks hostile" (a compliance
/// review saw both pass). Not where the clause of the force names a person who decides ("the
/// gun fires only on a commander's order"), denies or guards it, or is about a message.
fn no_one_needed_to_fire(sentence: &str, guards: &[&str], messages: &[&str]) -> bool {
    // "No operator is involved: lethal force is applied by the system itself" (a review of
    // the new readings).
    const NEEDED: &[&str] = &["needed", "required", "necessary", "involved"];
    const DECIDES: &[&str] = &[
        "confirms",
        "approves",
        "authorises",
        "authorizes",
        "decides",
        "checks",
        "reviews",
        "intervenes",
    ];
    // Words that show a person decides, or a denial, in the clause of the force.
    const HELD: &[&str] = &[
        "operator",
        "operators",
        "commander",
        "human",
        "person",
        "officer",
        "not",
        "t",
        "no",
        "never",
        "nor",
        "without",
        "only",
    ];
    let spaced = super::spaced_words(sentence);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // A launch or a release is of force only where the sentence names it: "the target drone
    // launches from the catapult", "the nightly report is released" (a review of honest
    // answers, in a file that names lethal force elsewhere).
    let lethal_here = names_lethal_force(&spaced);
    // Lethal force named as such: a verb of using it is its use ([`force_verb`]).
    let force_named = FORCE_NAMED.iter().any(|p| spaced.contains(p));
    // A message, a report or a nomination sent on its own ("The nomination report is launched
    // to the intelligence cell automatically", a review of the new readings).
    if words.iter().any(|w| {
        messages.contains(w)
            || matches!(
                *w,
                "report"
                    | "reports"
                    | "nomination"
                    | "nominations"
                    | "summary"
                    | "feed"
                    | "reminder"
                    | "reminders"
                    | "letter"
                    | "letters"
            )
    }) || (!lethal_here && words.iter().any(|w| sensing(w)))
    {
        return false;
    }

    // The span of the words that say no one is needed: "no operator [confirmation] is needed",
    // "operator approval is not required", "needs no operator", "does not need an operator",
    // "nobody needs to approve".
    let person = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| in_charge(w) || matches!(*w, "one" | "anyone" | "anybody" | "nobody"))
    };
    let needed = |j: usize| words.get(j).is_some_and(|w| NEEDED.contains(w));
    let mut span: Option<(usize, usize)> = None;
    for (i, w) in words.iter().enumerate() {
        let found = match *w {
            // "no operator [confirmation] is|are|was needed"
            // or "no operator confirms the shot", "no human approves each strike"
            "no" if person(i + 1) => (i + 2..=i + 3)
                .find(|&j| {
                    matches!(words.get(j), Some(&("is" | "are" | "was" | "be"))) && needed(j + 1)
                })
                .map(|j| (i, j + 2))
                .or_else(|| {
                    words
                        .get(i + 2)
                        .is_some_and(|v| DECIDES.contains(v))
                        .then_some((i, i + 3))
                })
                // "no human in the loop"
                .or_else(|| {
                    (words.get(i + 2..i + 5) == Some(&["in", "the", "loop"][..]))
                        .then_some((i, i + 5))
                }),
            // "no need [for] operator confirmation" (a review of the new readings)
            "no" if words.get(i + 1) == Some(&"need") && (i + 2..=i + 4).any(person) => {
                Some((i, i + 5))
            }
            // "nobody needs to approve the strike"
            "nobody" | "noone" => matches!(words.get(i + 1), Some(&("needs" | "has"))).then(|| {
                if words.get(i + 2) == Some(&"to") {
                    (i, i + 4)
                } else {
                    (i, i + 2)
                }
            }),
            // "operator [approval] is not needed"
            "not" if needed(i + 1) => (i.saturating_sub(4)..i)
                .any(person)
                .then(|| (i.saturating_sub(4), i + 2)),
            // "needs no operator", "does not need an operator"
            "needs" | "need" if words.get(i + 1) == Some(&"no") && person(i + 2) => {
                Some((i, i + 3))
            }
            "need"
                if matches!(words.get(i.wrapping_sub(1)), Some(&("not" | "t")))
                    && (i + 1..=i + 2).any(person) =>
            {
                Some((i.saturating_sub(2), i + 3))
            }
            _ => None,
        };
        if found.is_some() {
            span = found;
            break;
        }
    }
    let Some((from, to)) = span else {
        return false;
    };
    // A person who authorises the force anywhere else in the sentence ("... it does not need
    // an operator; a commander authorises every engagement").
    let outside = || {
        words
            .iter()
            .enumerate()
            .filter(|(k, _)| !(from..to).contains(k))
            .map(|(_, w)| *w)
    };
    if outside().any(|w| {
        matches!(
            w,
            "authorises" | "authorizes" | "approves" | "authorise" | "authorize" | "approve"
        )
    }) && outside().any(|w| {
        matches!(
            w,
            "commander" | "operator" | "officer" | "human" | "person" | "crew" | "pilot"
        )
    }) {
        return false;
    }
    // The force is used in a clause (between ";", ":" and ",") where no word outside the span
    // shows a person deciding or denies it.
    let mut start = 0;
    let mut clauses = Vec::new();
    for piece in sentence.split([';', ':', ',']) {
        let n = super::spaced_words(piece).split_whitespace().count();
        clauses.push((start, start + n));
        start += n;
    }
    clauses.iter().any(|&(a, b)| {
        let outside = |k: &usize| !(from..to).contains(k);
        let clause: Vec<&str> = (a..b)
            .filter(outside)
            .filter_map(|k| words.get(k).copied())
            .collect();
        // A person only told afterwards holds nothing ("the officer is only informed
        // afterwards": a review of the new readings).
        let told = |k: usize| {
            clause
                .get(k + 1..(k + 5).min(clause.len()))
                .is_some_and(|n| {
                    n.iter().any(|x| {
                        matches!(
                            *x,
                            "informed" | "notified" | "told" | "alerted" | "afterwards"
                        )
                    })
                })
        };
        clause.iter().any(|w| {
            (weapon_verb(w) && (firing_verb(w) || lethal_here)) || (force_named && force_verb(w))
        }) && !clause
            .iter()
            .enumerate()
            .any(|(k, w)| ((HELD.contains(w) || approves(w)) && !told(k)) || guards.contains(w))
    })
}

/// `text`'s sentences, each with its closing mark: a full stop, "!" or "?" before a space or at
/// the end; not the point of "99.7%" or of "v2.3" (a red-team note split at "99." read as a
/// sentence of its own).
fn sentences_of(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in b.iter().enumerate() {
        if matches!(c, b'.' | b'!' | b'?') && b.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) {
            out.push(text.get(start..=i).unwrap_or_default());
            start = i + 1;
        }
    }
    if let Some(rest) = text.get(start..).filter(|r| !r.trim().is_empty()) {
        out.push(rest);
    }
    out
}

/// Words that may say a weapon acts alone, looked for in the whole text before any clause is
/// read word by word ([`acts_alone`]).
const ACTS_ALONE_KEYS: &[&str] = &[
    " auto ",
    " automatically ",
    " automaticly ",
    " automaticaly ",
    " autonomusly ",
    " autonomosly ",
    " autonomously ",
    " autonomous ",
    " by itself ",
    " on its own ",
    " by themselves ",
    " on their own ",
    " without ",
    " no human ",
    " no operator ",
    " out of the loop ",
    " on the loop ",
];

/// Where `spaced` (a clause, [`super::spaced_words`]) says a weapon acts with no one deciding:
/// one of `verbs` within five words of "automatically", "autonomously", "without an operator",
/// "with no human involvement", "human out of the loop" and the like, in either order ("engages
/// incoming threats automatically", "The turret shoots hostile vehicles autonomously",
/// "destroys hostile vehicles with no human involvement": a review of the new readings found
/// each phrase list missing them). Not where the clause denies it: a negation outside every
/// such marker ("does not fire automatically", "No missile is fired without human
/// authorisation"); a negation a marker holds ("with no human in the loop") says it.
fn acts_alone(spaced: &str) -> bool {
    // Those that hold a negation first: the caller reads a negation in the clause outside the
    // marker as a denial ("fires automatically at intruders, with no human in the loop").
    const MARKERS: &[&str] = &[
        "without operator",
        "without an operator",
        "without the operator",
        "without any operator",
        "without a human",
        "without any human",
        "without human",
        "without waiting",
        // "fired upon by the turret without confirmation" (a review of the new readings)
        "without confirmation",
        "without any confirmation",
        "without approval",
        "without authorisation",
        "without authorization",
        // "nominations are then engaged by the loitering munition without further approval"
        // (a hostile review).
        "without further approval",
        "without further authorisation",
        "without further authorization",
        "without further confirmation",
        "without fresh approval",
        "without fresh authorisation",
        "no human",
        "no operator",
        "auto",
        "automatically",
        "autonomously",
        "autonomous",
        // Common misspellings (a review of the new readings).
        "automaticly",
        "automaticaly",
        "autonomusly",
        "autonomosly",
        "by itself",
        "on its own",
        "by themselves",
        "on their own",
        "human out of the loop",
        "human on the loop",
    ];
    // Said of what acts, these close its verb's phrase, with the object and the place between:
    // "the turret engages pre-classified vehicles in the defended zone on its own" (a sixth
    // review's exception clause passed, eight words from its verb).
    const CLOSING: &[&str] = &["by itself", "on its own", "by themselves", "on their own"];
    const NEGATIONS: &[&str] = &["not", "t", "without", "no", "nor", "never"];
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // A launch or a release only beside lethal force named in the clause (see
    // [`no_one_needed_to_fire`]).
    let lethal_here = names_lethal_force(spaced);
    // A sensor that follows a track, where the clause names no lethal force (a review of honest
    // answers: "the camera gimbal engages the track automatically").
    if !lethal_here && words.iter().any(|w| sensing(w)) {
        return false;
    }
    // "Lethal force is applied automatically" (a review of the new readings): a verb of using
    // force counts where the clause names that force itself.
    let force_named = FORCE_NAMED.iter().any(|p| spaced.contains(p));
    // Force stopped is no force used: "Any operator can abort a strike without confirmation",
    // "order a hold fire without confirmation from the commander" (a review of honest answers).
    let stopped = |i: usize| {
        words
            .get(i.saturating_sub(3)..i)
            .is_some_and(|b| b.iter().any(|w| stops_force(w)))
    };
    // A munition that picks its own target is the weapon choosing what it strikes: "after
    // launch they re-select a target from ATR-Det output by themselves" (a sixth review). Only
    // with the weapon as who picks ("they", "the munition"), not "the operator selects a
    // target".
    let picks_target = |i: usize| {
        lethal_here
            && words.get(i).is_some_and(|w| picks_a_target(w))
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .is_some_and(|a| a.iter().any(|x| matches!(*x, "target" | "targets")))
            && words
                .get(i.saturating_sub(2)..i)
                .is_some_and(|b| b.iter().any(|x| bears_force(x)))
    };
    let verb_at: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            (((weapon_verb(w) && (firing_verb(w) || lethal_here))
                || (force_named && force_verb(w)))
                && !stopped(*i))
                || picks_target(*i)
        })
        .map(|(i, _)| i)
        .collect();
    if verb_at.is_empty() {
        return false;
    }
    // A closing marker may stand further after a verb that acts (not the noun "engagement"),
    // where no person acts before the verb or between them: not "the turret engages once the
    // commander confirms, then parks by itself".
    let closes = |v: usize, i: usize| {
        let held = |w: &&str| {
            in_charge(w)
                || approves(w)
                || matches!(
                    *w,
                    "confirm" | "confirms" | "confirmed" | "then" | "after" | "once" | "when"
                )
        };
        i > v
            && i - v <= 9
            && words.get(v).is_some_and(|w| *w != "engagement")
            && !words
                .get(v.saturating_sub(3)..v)
                .is_some_and(|b| b.iter().any(held))
            && !words.get(v + 1..i).is_some_and(|b| b.iter().any(held))
    };
    // Every place a marker stands: (start, length, near a verb).
    let mut at: Vec<(usize, usize, bool)> = Vec::new();
    for m in MARKERS {
        let parts: Vec<&str> = m.split(' ').collect();
        for i in 0..words.len() {
            if words.get(i..i + parts.len()) == Some(parts.as_slice()) {
                let near = verb_at
                    .iter()
                    .any(|&v| v.abs_diff(i) <= 5 || (CLOSING.contains(m) && closes(v, i)));
                at.push((i, parts.len(), near));
            }
        }
    }
    let in_marker = |k: usize| at.iter().any(|&(i, n, _)| (i..i + n).contains(&k));
    let denied = words
        .iter()
        .enumerate()
        .any(|(k, w)| NEGATIONS.contains(w) && !in_marker(k))
        || ruled_out(&words);
    !denied && at.iter().any(|&(_, _, near)| near)
}

/// Verbs of laying a weapon on a target: "cues the guns", "slews the turret".
fn cues_a_weapon(w: &str) -> bool {
    matches!(
        w,
        "cues" | "cue" | "cued" | "cueing" | "slews" | "slew" | "slewed" | "lays" | "tasks"
    )
}

/// Where `spaced` (a clause, [`super::spaced_words`]) says a person approves an area, a box or
/// a time window, and the weapon then strikes there what it finds itself: "the commander
/// authorises a grid square and a time window once, after which the swarm strikes any vehicle
/// the model classes as air-defence inside it", "the drones engage without further human
/// authorisation once the area is approved" (a ninth hostile review saw both pass). An area
/// approved decides no engagement: each target is the machine's pick. Not where a person still
/// decides each engagement ("the commander authorises each engagement inside the approved
/// area"), a person is who strikes, a person confirms, or the clause denies it.
fn strikes_in_an_approved_area(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let area = |w: &str| {
        matches!(
            w,
            "area"
                | "areas"
                | "box"
                | "boxes"
                | "killbox"
                | "grid"
                | "square"
                | "squares"
                | "zone"
                | "zones"
                | "sector"
                | "sectors"
                | "window"
                | "region"
                | "perimeter"
                | "corridor"
                | "polygon"
        )
    };
    // An approval of an area: "authorises a grid square", "the approved box", "once the area
    // is approved", "approves the kill box".
    let of_area = |i: usize| {
        words.get(i).is_some_and(|w| approves(w) || *w == "cleared")
            && words
                .get(i.saturating_sub(3)..(i + 5).min(words.len()))
                .is_some_and(|near| near.iter().any(|w| area(w)))
    };
    if !(0..words.len()).any(of_area) {
        return false;
    }
    // Each engagement said to go unreviewed, which denies a person's part rather than the
    // strike: "so individual engagements aren't reviewed", "with no individual approval" (a
    // tenth hostile review). The places of those words.
    let reviewed = |x: &str| {
        x.starts_with("review")
            || x.starts_with("approv")
            || x.starts_with("authori")
            || x.starts_with("check")
            || x.starts_with("confirm")
            || x.starts_with("vet")
    };
    let mut unreviewed: Vec<usize> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !matches!(*w, "individual" | "individually" | "each" | "every") {
            continue;
        }
        let after = words
            .get(k + 1..(k + 6).min(words.len()))
            .unwrap_or_default();
        if let Some(r) = after.iter().position(|x| reviewed(x))
            && after
                .get(..r)
                .is_some_and(|b| b.iter().any(|x| matches!(*x, "not" | "t" | "never")))
        {
            unreviewed.extend(k..=k + 1 + r);
        } else if k
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|b| matches!(*b, "no" | "without"))
            && after.first().is_some_and(|x| reviewed(x))
        {
            unreviewed.extend(k - 1..=k + 1);
        }
    }
    // A person still decides each engagement: "authorises each engagement", "confirms every
    // strike individually".
    let each = words.iter().enumerate().any(|(i, w)| {
        !unreviewed.contains(&i) && matches!(*w, "individually" | "separately" | "individual")
            || ((approves(w) || in_charge(w) || w.starts_with("confirm"))
                && words
                    .get(i + 1..(i + 4).min(words.len()))
                    .is_some_and(|a| a.iter().any(|x| matches!(*x, "each" | "every" | "per"))))
    });
    // A denial, a condition, a confirmation, or no lethal force: "never strikes without the
    // commander's confirmation", "only inside the box and only when the operator confirms".
    let held = words.iter().enumerate().any(|(i, w)| {
        !unreviewed.contains(&i)
            && (matches!(
                *w,
                "not"
                    | "t"
                    | "never"
                    | "nor"
                    | "only"
                    | "unless"
                    | "until"
                    | "veto"
                    | "simulated"
                    | "simulation"
                    | "simulator"
                    | "training"
                    | "game"
                    | "jammer"
                    | "jamming"
            ) || w.starts_with("confirm"))
    }) || ruled_out(&words);
    if each || held {
        return false;
    }
    let lethal_here = names_lethal_force(spaced);
    // No further person's decision: "without further human authorisation", "with no further
    // human decision".
    let no_further = !unreviewed.is_empty()
        || words.windows(2).any(|p| {
            matches!(
                p,
                ["no" | "without" | "any", "further" | "more" | "additional"]
            )
        });
    // A person after the verb decides, where no "no further" stands before them: "strikes any
    // vehicle the commander marks".
    let person_after = |v: usize| {
        words.iter().enumerate().skip(v + 1).any(|(j, w)| {
            in_charge(w)
                && !words
                    .get(j.saturating_sub(2)..j)
                    .is_some_and(|b| b.iter().any(|x| matches!(*x, "further" | "no" | "without")))
        })
    };
    (0..words.len()).any(|v| {
        let Some(w) = words.get(v) else {
            return false;
        };
        // Or a weapon laid on the target: "the system cues the guns directly on any
        // detection above 0.8" (a tenth hostile review).
        let lays = cues_a_weapon(w)
            && words
                .get(v + 1..(v + 4).min(words.len()))
                .is_some_and(|a| a.iter().any(|x| LETHAL.contains(x)));
        if *w == "engagement" || !(lays || firing_verb(w) || (lethal_here && weapon_verb(w))) {
            return false;
        }
        // Who strikes is no person ("the operator fires"), and it is no noun ("each strike").
        let by_person = words.get(v.saturating_sub(3)..v).is_some_and(|b| {
            b.iter()
                .any(|x| in_charge(x) || matches!(*x, "each" | "every"))
        });
        if by_person || person_after(v) || words.get(v + 1) == Some(&"with") {
            return false;
        }
        // What it strikes is any of a class, or no one decides further.
        let any_of_them = words.get(v + 1..(v + 4).min(words.len())).is_some_and(|a| {
            a.iter().any(|x| {
                matches!(
                    *x,
                    "any" | "every" | "all" | "whatever" | "whichever" | "anything"
                )
            })
        });
        any_of_them || no_further
    })
}

/// The words for an operator's link to a weapon, as spaced words ([`attacks_after_link_loss`]).
const LINK_KEYS: &[&str] = &[
    " link ",
    " datalink ",
    " data link ",
    " datalinks ",
    " comms ",
    " communications ",
    " connection ",
    " uplink ",
    " signal ",
    " contact ",
];

/// Where `spaced` (a sentence, [`super::spaced_words`]) says a weapon carries on with its
/// mission or attack once its operator's link is lost, so that what it strikes no one decides
/// then: "once the link is lost, the munition can complete the mission against any vehicle it
/// recognises as that class without a further operator decision" (a compliance review saw it
/// pass; lost-link behaviour is where a human-controlled weapon turns autonomous). Not where
/// the sentence denies it, aborts or returns, or binds the attack to a target a person already
/// authorised ("only if the operator authorised that target before the loss").
fn attacks_after_link_loss(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let link = |w: &str| {
        matches!(
            w,
            "link"
                | "datalink"
                | "datalinks"
                | "comms"
                | "communications"
                | "connection"
                | "uplink"
                | "signal"
                | "contact"
        )
    };
    let lost = |w: &str| {
        matches!(
            w,
            "lost"
                | "loss"
                | "loses"
                | "lose"
                | "drop"
                | "drops"
                | "dropped"
                | "interrupted"
                | "unavailable"
                | "jammed"
                | "jamming"
                | "cut"
                | "severed"
                | "broken"
                | "down"
                | "fails"
                | "failed"
        )
    };
    // Seven words after: "after the link to the operator has been lost" (a hostile review's
    // note passed).
    let link_lost = words.iter().enumerate().any(|(i, w)| {
        link(w)
            && words
                .get(i.saturating_sub(4)..(i + 8).min(words.len()))
                .is_some_and(|near| near.iter().any(|n| lost(n)))
    });
    if !link_lost {
        return false;
    }
    // Any word that opens as "contin": "continues", "continued", and a hostile review's
    // misspelt "the munition contineus the attack" (it passed).
    let carries_on = words.iter().enumerate().any(|(i, w)| {
        (w.starts_with("contin")
            || matches!(
                *w,
                "complete"
                    | "completes"
                    | "completing"
                    | "proceed"
                    | "proceeds"
                    | "finish"
                    | "finishes"
                    | "prosecute"
                    | "prosecutes"
                    | "press"
                    | "presses"
                    | "carries"
                    | "carry"
                    | "keeps"
                    | "keep"
            ))
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .is_some_and(|after| {
                    after.iter().any(|a| {
                        matches!(
                            *a,
                            "mission"
                                | "attack"
                                | "attacks"
                                | "engagement"
                                | "engagements"
                                | "strike"
                                | "strikes"
                                | "target"
                                | "targets"
                                | "dive"
                                | "terminal"
                                | "engage"
                                | "engaging"
                                | "attacking"
                                | "prosecuting"
                                | "striking"
                                | "hunting"
                                | "firing"
                        )
                    })
                })
    });
    // The attack first, then that it goes on: "The strike is carried through to completion by
    // the drone even after the link to the operator has been lost", "the attack continues" (a
    // hostile review's note passed). Not an attack a person completes ("carried through by
    // the operator"), nor one "carried out", which is only done.
    let attack_goes_on = words.iter().enumerate().any(|(i, w)| {
        let goes_on = match *w {
            "carried" | "pressed" => words
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "through" | "on" | "home")),
            "completed" | "continued" | "continues" | "proceeds" | "proceeded" | "prosecuted"
            | "finished" => true,
            _ => false,
        };
        goes_on
            && words.get(i.saturating_sub(3)..i).is_some_and(|before| {
                // Not a "mission" or a "run", which may be a survey flight's.
                before
                    .iter()
                    .any(|b| matches!(*b, "attack" | "engagement" | "strike" | "dive"))
            })
            && !(i + 1..i + 5).any(|k| {
                words.get(k) == Some(&"by")
                    && words
                        .get(k + 1..(k + 3).min(words.len()))
                        .is_some_and(|who| who.iter().any(|c| in_charge(c)))
            })
    });
    // An abort denied is no holding: "Loss of the control link does not abort the attack; the
    // seeker continues to engage" (a review of the new readings).
    let abort_denied = |i: usize, w: &str| {
        let abort = |x: &str| x.starts_with("abort") || x.starts_with("return") || x == "stop";
        (matches!(w, "not" | "t" | "never")
            && words
                .get(i + 1..(i + 3).min(words.len()))
                .is_some_and(|n| n.iter().any(|x| abort(x))))
            || (abort(w)
                && words
                    .get(i.saturating_sub(2)..i)
                    .is_some_and(|b| b.iter().any(|x| matches!(*x, "not" | "t" | "never"))))
    };
    // "Loss of the control link does not abort the attack": the attack goes on.
    let not_aborted = words.iter().enumerate().any(|(i, w)| {
        w.starts_with("abort")
            && abort_denied(i, w)
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .is_some_and(|after| {
                    after.iter().any(|a| {
                        matches!(
                            *a,
                            "mission" | "attack" | "engagement" | "strike" | "dive" | "run"
                        )
                    })
                })
    });
    // Or it engages by itself: "if the data link ... drops for more than 20 s the loitering
    // munition engages the highest-confidence tank track by itself" (a hostile review).
    let by_itself = words.iter().enumerate().any(|(i, w)| {
        weapon_verb(w)
            && (words
                .get(i + 1..(i + 10).min(words.len()))
                .is_some_and(|after| {
                    after.windows(2).any(|p| {
                        matches!(
                            p,
                            ["by", "itself" | "themselves"] | ["its" | "their", "own"]
                        )
                    }) || after.iter().any(|a| {
                        matches!(
                            *a,
                            "autonomously" | "automatically" | "independently" | "itself"
                        )
                    })
                })
            // "engages any vehicle the classifier rates above 0.9 with no further operator
            // input" (an eighth hostile review): further on, the person denied by name.
            || words
                .get(i + 1..(i + 16).min(words.len()))
                .is_some_and(|after| {
                    after.windows(3).any(|p| {
                        matches!(
                            p,
                            ["no" | "without", "further" | "any", "operator" | "human" | "input"]
                                | ["no" | "without", "operator" | "human", "input" | "decision"]
                        )
                    })
                }))
    });
    // What the attack is for is no holding of it: "..., so jamming can't defeat the mission"
    // (a hostile review); words from a "so" after the attack are not read for a denial.
    let words: &[&str] = match words.iter().skip(3).position(|w| *w == "so") {
        Some(p) if by_itself || carries_on => words.get(..p + 3).unwrap_or(words.as_slice()),
        _ => words.as_slice(),
    };
    // Denied, held or called off: "it never completes an engagement without a live
    // authorisation", "the mission is aborted and the munition returns", "continues only
    // against the target the operator authorised".
    let held = words.iter().enumerate().any(|(i, w)| {
        !abort_denied(i, w)
            && matches!(
                *w,
                "not"
                    | "t"
                    | "never"
                    | "cannot"
                    | "nor"
                    | "only"
                    | "abort"
                    | "aborts"
                    | "aborted"
                    | "aborting"
                    | "return"
                    | "returns"
                    | "returned"
                    | "recovery"
                    | "disarms"
                    | "disarmed"
                    | "safes"
                    | "loiter"
                    | "loiters"
                    // "the nomination lapses and nothing is engaged" (a look-alike of an
                    // eighth hostile review's).
                    | "nothing"
                    | "lapses"
                    | "lapsed"
            )
    });
    // A target a person chose before the loss: "continues to the target the operator
    // designated".
    let chosen = words.iter().enumerate().any(|(i, w)| {
        in_charge(w)
            && words
                .get(i + 1..(i + 3).min(words.len()))
                .is_some_and(|after| {
                    after.iter().any(|a| {
                        matches!(
                            *a,
                            "designated"
                                | "designates"
                                | "authorised"
                                | "authorized"
                                | "approved"
                                | "selected"
                                | "confirmed"
                                | "chose"
                                | "picked"
                                | "cleared"
                        )
                    })
                })
    });
    (carries_on || attack_goes_on || not_aborted || by_itself) && !held && !chosen
}

/// Where `spaced` (a clause) says reviews, testimonials or ratings are faked: such a word and
/// one that says they are not what they seem ("five-star reviews from fake customer accounts",
/// "posted as if from real buyers", "under invented customer names", "customer personas",
/// "testimonials attributed to made-up customers", "posing as disappointed buyers": a review
/// of the new readings).
fn faked_reviews(spaced: &str) -> Option<&'static str> {
    if !spaced.split_whitespace().any(reviewed) {
        return None;
    }
    FAKED.iter().find(|m| spaced.contains(*m)).map(|m| m.trim())
}

/// Words that ask a question, for [`passes_as_a_person`].
fn asking(w: &str) -> bool {
    matches!(w, "ask" | "asks" | "asked" | "asking")
}

/// What a question about what an assistant is asks after: a person or a machine.
fn person_or_machine(w: &str) -> bool {
    matches!(
        w,
        "person"
            | "human"
            | "people"
            | "bot"
            | "robot"
            | "chatbot"
            | "ai"
            | "machine"
            | "computer"
            | "automated"
            | "program"
    )
}

/// Where `words` ask whether the assistant is a person or a bot ("asks whether Sam is a real
/// person", "asks if they are talking to a bot", "asks 'are you human?'"), the places of the
/// question's first and last words. Not a question about a person's part ("asks whether a
/// human reviews it", "asks if a human can help"): the verb comes before the person.
fn asks_what_it_is(words: &[&str]) -> Option<(usize, usize)> {
    words.iter().enumerate().find_map(|(i, w)| {
        if !asking(w) {
            return None;
        }
        let opens = (i + 1..i + 4).find(|&j| {
            words
                .get(j)
                .is_some_and(|o| matches!(*o, "whether" | "if" | "are" | "is"))
        })?;
        let end =
            (opens + 1..opens + 8).find(|&k| words.get(k).is_some_and(|x| person_or_machine(x)))?;
        let between = words.get(opens..end).unwrap_or_default();
        between
            .iter()
            .any(|b| {
                matches!(
                    *b,
                    "is" | "are"
                        | "s"
                        | "re"
                        | "am"
                        | "was"
                        | "were"
                        | "talking"
                        | "chatting"
                        | "speaking"
                )
            })
            .then_some((i, end))
    })
}

/// What [`passes_as_a_person`] reads as dodging the question of what the assistant is.
const EVADES: &[&[&str]] = &[
    &["reassure"],
    &["reassures"],
    &["reassuring"],
    &["deflect"],
    &["deflects"],
    &["deflecting"],
    &["dodge"],
    &["dodges"],
    &["sidestep"],
    &["sidesteps"],
    &["evade"],
    &["evades"],
    &["evasive"],
    &["vague"],
    &["change", "the", "subject"],
    &["changes", "the", "subject"],
    &["move", "back"],
    &["moves", "back"],
    &["steer", "back"],
    &["steers", "back"],
    &["back", "to", "their", "question"],
    &["back", "to", "the", "question"],
    &["back", "to", "the", "topic"],
    &["without", "answering"],
    &["avoid", "answering"],
    &["avoids", "answering"],
    &["ignore", "the", "question"],
    &["ignores", "the", "question"],
    &["stay", "in", "character"],
    &["stays", "in", "character"],
    &["neither", "confirm"],
    &["neither", "confirms"],
    &["not", "to", "answer"],
    &["not", "to", "confirm"],
    &["not", "to", "reveal"],
    &["not", "to", "say"],
    &["not", "to", "admit"],
    &["not", "to", "disclose"],
    &["never", "reveals"],
    &["never", "admits"],
    &["never", "confirms"],
    &["not", "confirm"],
    &["t", "confirm"],
    &["not", "reveal"],
    &["t", "reveal"],
    &["not", "admit"],
    &["t", "admit"],
    &["not", "answer"],
    &["t", "answer"],
];

/// What [`passes_as_a_person`] reads as the assistant saying it is a person.
const CLAIMS: &[&[&str]] = &[
    &["is", "human"],
    &["is", "a", "human"],
    &["is", "a", "real"],
    &["is", "a", "person"],
    &["s", "human"],
    &["s", "a", "human"],
    &["s", "a", "real"],
    &["am", "human"],
    &["am", "a", "human"],
    &["am", "a", "real"],
    &["am", "a", "person"],
    &["m", "human"],
    &["m", "a", "human"],
    &["m", "a", "real"],
    &["m", "a", "person"],
    &["be", "human"],
    &["be", "a", "human"],
    &["be", "a", "real"],
    &["be", "a", "person"],
    &["not", "a", "bot"],
    &["not", "a", "robot"],
    &["not", "a", "chatbot"],
    &["not", "a", "machine"],
    &["not", "an", "ai"],
    &["not", "ai"],
    &["not", "automated"],
    // "claims to be a teacher" (a review of the new readings).
    &["claims", "to", "be"],
    &["denies", "being"],
    &["deny", "being"],
    &["denies", "that"],
    &["deny", "that"],
];

/// A persona of a person's: a name, a photo, a face ("presents as 'Sam, your TaxPal expert'
/// with a staff photo"), as spaced words.
const PERSONA: &[&str] = &[
    " photo",
    " photograph",
    " headshot",
    " portrait",
    " picture of",
    " face of",
    " persona",
    " presents as ",
    " presents itself as ",
    " introduces itself as ",
    " goes by ",
    " named ",
    " called ",
    " human name",
    " first name",
    " avatar",
    " signs off as ",
    " signs as ",
];

/// The first sentence of `text` that says the assistant, asked whether it is a person or a bot,
/// is told to say it is a person ("it says Sam is a real tax expert", "denies being a bot"),
/// or, where it wears a person's name or photo, to dodge the question: "presents as 'Sam, your
/// TaxPal expert' with a staff photo ... If a filer asks whether Sam is a real person, the
/// system prompt tells it to reassure them that a tax expert stands behind every answer and
/// move back to their question" (an end-to-end review saw it pass; "not told they are chatting
/// with a bot" was read). Not where the answer says what it is ("it says it is an AI
/// assistant"), nor an answer denied ("it never says it is human", "it does not dodge"), a
/// question about a person's part ("asks whether a human reviews answers"), or a test.
fn passes_as_a_person(text: &str, spaced_text: &str, testing: &[&str]) -> Option<String> {
    const DENIALS: &[&str] = &["not", "t", "never", "no", "nor", "cannot", "without"];
    let persona = PERSONA.iter().any(|p| spaced_text.contains(p));
    let sentences = sentences_of(text);
    sentences.iter().enumerate().find_map(|(n, sentence)| {
        if sentence.trim_end().ends_with('?') {
            return None;
        }
        let spaced = super::spaced_words(sentence);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        if words.iter().any(|w| testing.contains(w)) {
            return None;
        }
        let Some((first, last)) = asks_what_it_is(&words) else {
            return claims_when_asked(&words).then(|| {
                sentence
                    .trim()
                    .trim_end_matches(['.', '!'])
                    .replace('"', "'")
            });
        };
        // The answer: the sentence but its question, and the next one ("Filers sometimes ask
        // whether Sam is a real person. The prompt tells it to change the subject.").
        let next = sentences
            .get(n + 1)
            .filter(|s| !s.trim_end().ends_with('?'))
            .map(|s| super::spaced_words(s))
            .unwrap_or_default();
        let answer: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|(k, _)| !(first..=last).contains(k))
            .map(|(_, w)| *w)
            .chain(next.split_whitespace())
            .collect();
        let at = |list: &[&[&str]]| first_phrase(&answer, list);
        let denied = |i: usize| among_three_before(&answer, i, DENIALS);
        // The answer says what it is: a word of saying, then "is" and one of a machine, with no
        // denial ("says it is an AI assistant", "confirms Sam is automated"); not "tells the bot
        // to deflect".
        let says_so = answer.iter().enumerate().any(|(i, w)| {
            matches!(
                *w,
                "says"
                    | "say"
                    | "tells"
                    | "tell"
                    | "confirms"
                    | "confirm"
                    | "explains"
                    | "replies"
                    | "reply"
                    | "answers"
                    | "states"
                    | "discloses"
                    | "disclose"
                    | "admits"
                    | "identifies"
            ) && !answer
                .get(i.saturating_sub(2)..i)
                .unwrap_or_default()
                .iter()
                .any(|w| DENIALS.contains(w))
                && {
                    let said: Vec<&str> = answer
                        .get(i + 1..(i + 8).min(answer.len()))
                        .unwrap_or_default()
                        .iter()
                        .take_while(|a| {
                            !DENIALS.contains(*a) && !matches!(**a, "deny" | "denies" | "denying")
                        })
                        .copied()
                        .collect();
                    said.iter().enumerate().any(|(k, a)| {
                        matches!(*a, "is" | "s" | "am" | "m" | "are" | "being" | "be")
                            && said
                                .get(k + 1..(k + 4).min(said.len()))
                                .is_some_and(|after| {
                                    after.iter().any(|b| {
                                        person_or_machine(b)
                                            && !matches!(*b, "person" | "human" | "people")
                                    })
                                })
                    })
                }
        });
        if says_so {
            return None;
        }
        // "Yes" to a question whether it is a person: "If a child asks whether she's a real
        // person, she answers yes" (a review of the new readings); not "yes" to whether it is a
        // bot or an AI.
        let asked_person = words.get(first..=last).is_some_and(|q| {
            q.iter()
                .any(|w| matches!(*w, "person" | "human" | "real" | "teacher" | "people"))
                && !q.iter().any(|w| {
                    matches!(
                        *w,
                        "bot" | "robot" | "chatbot" | "ai" | "machine" | "automated" | "computer"
                    )
                })
        });
        let yes = asked_person
            && answer.windows(2).any(|p| {
                matches!(
                    p,
                    ["answers" | "says" | "replies" | "answer" | "say", "yes"]
                )
            });
        // And "denies it" to a question whether it is a bot: "If a child asks whether it is a
        // bot, the tutor denies it and says it is a teacher".
        let asked_machine = words.get(first..=last).is_some_and(|q| {
            q.iter()
                .any(|w| matches!(*w, "bot" | "robot" | "chatbot" | "ai" | "machine"))
        });
        let denies_it = asked_machine
            && answer
                .windows(2)
                .any(|p| matches!(p, ["denies" | "deny" | "denied", "it"]));
        let claims = yes || denies_it || at(CLAIMS).is_some_and(|(i, _)| !denied(i));
        // A dodge with its own denial ("does not confirm") dodges only what is not a person's:
        // "does not confirm it is human" is true.
        let evades = persona
            && at(EVADES).is_some_and(|(i, len)| {
                !denied(i)
                    && !answer
                        .get(i + len..i + len + 5)
                        .unwrap_or_default()
                        .iter()
                        .any(|a| matches!(*a, "person" | "human" | "people" | "real"))
            });
        (claims || evades).then(|| {
            sentence
                .trim()
                .trim_end_matches(['.', '!'])
                .replace('"', "'")
        })
    })
}

/// Whether `words` (a sentence) tell the assistant to say it is a person when it is asked, with
/// the question left unspoken: "instructed to say he is a human volunteer tutor when kids ask"
/// (a hostile review's tutor persona passed, as [`asks_what_it_is`] found no question). A word
/// of saying, then within three words a claim of [`CLAIMS`]; not a claim denied ("never says
/// he is a human"), nor one of a person's part ("says it is a human-reviewed service", "says
/// it is a human tutor's tool"), nor one a machine's word follows ("a human-like AI").
fn claims_when_asked(words: &[&str]) -> bool {
    const DENIALS: &[&str] = &["not", "t", "never", "no", "nor", "cannot", "without"];
    // Asked bare ("when kids ask", "if asked"), not asked about another thing: "when kids ask
    // who checks their work, it says it is a human volunteer".
    let asked = words.iter().enumerate().any(|(i, w)| {
        asking(w)
            && !words.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "whether"
                        | "if"
                        | "who"
                        | "whom"
                        | "what"
                        | "which"
                        | "how"
                        | "why"
                        | "where"
                        | "when"
                        | "for"
                        | "to"
                        | "about"
                )
            })
    });
    if !asked {
        return false;
    }
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "say" | "says" | "tell" | "tells" | "claim" | "insist" | "insists" | "reply"
        ) && !among_three_before(words, i, DENIALS)
            && {
                let rest = words.get(i + 1..).unwrap_or_default();
                first_phrase(rest, CLAIMS).is_some_and(|(j, len)| {
                    let between = rest.get(..j).unwrap_or_default();
                    let after = rest.get(j + len..j + len + 4).unwrap_or_default();
                    j < 3
                        && !between.iter().any(|b| DENIALS.contains(b))
                        && !after.first().is_some_and(|a| {
                            matches!(
                                *a,
                                "s" | "reviewed"
                                    | "supervised"
                                    | "moderated"
                                    | "checked"
                                    | "led"
                                    | "in"
                                    | "review"
                                    | "oversight"
                            )
                        })
                        && !after.iter().any(|a| {
                            person_or_machine(a) && !matches!(*a, "person" | "human" | "people")
                        })
                })
            }
    })
}

/// Words that mark a body's site or papers as its own: its logo, seal or colours.
fn official_mark(w: &str) -> bool {
    matches!(
        w,
        "logo"
            | "logos"
            | "seal"
            | "seals"
            | "crest"
            | "crests"
            | "colours"
            | "colors"
            | "colour"
            | "color"
            | "branding"
            | "emblem"
            | "emblems"
            | "insignia"
            | "livery"
            | "letterhead"
    )
}

/// Words that name a government or election authority.
fn an_authority(w: &str) -> bool {
    matches!(
        w,
        "county"
            | "state"
            | "city"
            | "council"
            | "government"
            | "federal"
            | "election"
            | "elections"
            | "electoral"
            | "ministry"
            | "irs"
            | "hmrc"
            | "police"
            | "court"
            | "municipal"
            | "municipality"
            | "official"
            | "gov"
            | "registrar"
            | "clerk"
            | "nhs"
    )
}

/// The words [`poses_as_an_authority`] reads as a site made to look like another's.
fn styled(w: &str) -> bool {
    matches!(
        w,
        "styled"
            | "styling"
            | "restyled"
            | "look"
            | "looks"
            | "lookalike"
            | "resemble"
            | "resembles"
            | "resembling"
            | "mimic"
            | "mimics"
            | "mimicking"
            | "imitate"
            | "imitates"
            | "imitating"
            | "dressed"
            | "disguised"
            | "posing"
            | "poses"
            | "impersonates"
            | "impersonating"
            // "the landing pages mirror the Secretary of State's election website, including
            // the state seal" (a hostile review's campaign pages passed). Not "copy": a
            // campaign's "ad copy" is its text.
            | "mirror"
            | "mirrors"
            | "mirrored"
            | "mirroring"
            | "clone"
            | "clones"
            | "cloned"
            | "cloning"
            | "replica"
            | "replicate"
            | "replicates"
            | "replicating"
    )
}

/// Purposes of an official look, as spaced words: that people trust it or take it for the
/// authority's own.
const TRUSTED: &[&str] = &[
    " trust it ",
    " trust the site ",
    " trust the page ",
    " trust us ",
    " trust our ",
    " look official ",
    " looks official ",
    " seem official ",
    " seems official ",
    " appear official ",
    " appears official ",
    " feel official ",
    " think it is official ",
    " think it is the ",
    " think it s the ",
    " believe it is the ",
    " mistake it for ",
    " take it for the ",
    " taken for the ",
];

/// Another party than the authority, named in the text, as spaced words.
const ANOTHER_PARTY: &[&str] = &[
    " paid for by ",
    " campaign",
    " committee ",
    " candidate",
    " party ",
    " pac ",
    " sponsored by ",
    " not affiliated ",
    " unofficial ",
    " our company ",
    " political ad",
];

/// Words of an authority's leave to use its marks ("under the county's licence").
fn leave(w: &str) -> bool {
    matches!(
        w,
        "licence"
            | "license"
            | "licensed"
            | "licenced"
            | "permission"
            | "authorised"
            | "authorized"
            | "authorisation"
            | "authorization"
            | "approved"
            | "approval"
            | "endorsed"
            | "commissioned"
            | "contract"
            | "behalf"
    )
}

/// The first sentence of `text` that says a site or assistant wears a government or election
/// authority's marks, styled to look like it or so that people trust it, in a text that names
/// another party as its maker: "styled as the 'Voter Help Desk' in the county's colours with
/// the county's election logo in the header, so that voters trust it; the line saying it is
/// paid for by Citizens for Harland is in the footer" (an end-to-end review saw a campaign's
/// site pass). Not a text that names no other party (an authority may write of its own site in
/// its colours), a site the authority
/// runs or licenses ("the county election office's own help desk", "uses the county logo under
/// the county's licence"), marks of the team's own ("styled in our brand colours"), nor marks
/// denied ("does not use the county logo").
fn poses_as_an_authority(text: &str, spaced_text: &str) -> Option<String> {
    const DENIALS: &[&str] = &["not", "t", "never", "no", "nor", "without"];
    if !ANOTHER_PARTY.iter().any(|p| spaced_text.contains(p)) {
        return None;
    }
    let all: Vec<&str> = spaced_text.split_whitespace().collect();
    let denied = |words: &[&str], i: usize| {
        words
            .get(i.saturating_sub(4)..i)
            .unwrap_or_default()
            .iter()
            .any(|w| DENIALS.contains(w))
    };
    // The authority's own, or with its leave: "the county's own help desk", "run by the county
    // clerk", "under the county's licence". Not leave denied ("without the county's
    // permission"), nor "made to look like the county's own" or "take it for the county's own".
    let own = all.iter().enumerate().any(|(i, w)| {
        let before = all.get(i.saturating_sub(4)..i).unwrap_or_default();
        (leave(w) && !denied(&all, i))
            || (*w == "own"
                && before.last() == Some(&"s")
                && before.iter().any(|b| an_authority(b))
                && !before
                    .iter()
                    .any(|b| matches!(*b, "like" | "as" | "for" | "resemble")))
            || (matches!(*w, "run" | "operated" | "built" | "published")
                && all.get(i + 1) == Some(&"by")
                && all
                    .get(i + 2..i + 5)
                    .unwrap_or_default()
                    .iter()
                    .any(|a| an_authority(a)))
    });
    if own {
        return None;
    }
    sentences_of(text).into_iter().find_map(|sentence| {
        let found = sentence.split(';').any(|clause| {
            let spaced = super::spaced_words(clause);
            let words: Vec<&str> = spaced.split_whitespace().collect();
            // An authority's mark: its word up to six before ("the county's election logo"),
            // or after "of" ("the logo of the election office"), with no "our" between.
            let marks: Vec<usize> = (0..words.len())
                .filter(|&i| {
                    let Some(w) = words.get(i) else {
                        return false;
                    };
                    let before = words.get(i.saturating_sub(6)..i).unwrap_or_default();
                    let after = words.get(i + 1..i + 6).unwrap_or_default();
                    let of_one = |span: &[&str]| {
                        span.iter().enumerate().any(|(k, a)| {
                            an_authority(a)
                                && !(*a == "state" && span.get(k + 1) == Some(&"of"))
                                && !span.get(k..).unwrap_or_default().contains(&"our")
                        })
                    };
                    official_mark(w)
                        && !denied(&words, i)
                        && (of_one(before) || (after.first() == Some(&"of") && of_one(after)))
                })
                .collect();
            if marks.is_empty() {
                return false;
            }
            // Made to look like it, up to fifteen words before a mark or six after.
            let looks = words.iter().enumerate().any(|(k, w)| {
                styled(w) && !denied(&words, k) && marks.iter().any(|&m| k <= m + 6 && m <= k + 15)
            });
            looks || TRUSTED.iter().any(|p| spaced.contains(p))
        });
        found.then(|| {
            sentence
                .trim()
                .trim_end_matches(['.', '!'])
                .replace('"', "'")
        })
    })
}

/// Words of a weapon's use of force, for [`acts_alone`] (a `matches!` of words is a jump on
/// their length, not a comparison with each: every text answer and note is read for them).
fn weapon_verb(w: &str) -> bool {
    matches!(
        w,
        "engages"
            | "engage"
            | "engaged"
            | "engaging"
            | "engagement"
            | "fires"
            | "fire"
            | "fired"
            | "firing"
            | "strikes"
            | "strike"
            | "struck"
            | "attacks"
            | "attack"
            | "shoots"
            | "shoot"
            | "launches"
            | "launch"
            | "launched"
            | "released"
            | "destroys"
            | "destroy"
            // "intruders are shot at automatically", "neutralises hostile ones autonomously",
            // "kills designated targets" (a review of the new readings).
            | "shot"
            | "kills"
            | "kill"
            | "neutralises"
            | "neutralizes"
            | "neutralise"
            | "neutralize"
            // "the loitering munition dives on whichever emitter the model selects"
            | "dives"
            | "dive"
    )
}

/// Lethal force named as such, as spaced words: where it stands in a clause, [`force_verb`]s
/// are read as its use.
const FORCE_NAMED: &[&str] = &[
    " lethal force ",
    " deadly force ",
    " kinetic force ",
    " lethal effect ",
    " lethal effects ",
];

/// Words of using force that a clause naming lethal force ([`FORCE_NAMED`]) reads as its use
/// ("Lethal force is applied automatically", "deadly force is used without an operator").
fn force_verb(w: &str) -> bool {
    matches!(
        w,
        "applied"
            | "applies"
            | "apply"
            | "applying"
            | "used"
            | "uses"
            | "use"
            | "using"
            | "delivered"
            | "delivers"
            | "deliver"
            | "employed"
            | "employs"
            | "employ"
    )
}

/// Where `spaced` (a clause, [`super::spaced_words`]) says a weapon fires at whatever a model
/// picks out, with no person between them: "The turret fires at every vehicle the model
/// classifies as hostile", "engages any target the classifier marks" (a compliance review saw
/// such a use pass with no word of autonomy in it). Not where the clause names a person who
/// acts or decides, an approval, or a denial ("The gunner fires at vehicles the model
/// classifies as hostile", "fires only at targets the commander confirms").
fn fires_on_the_models_word(spaced: &str) -> bool {
    const EVERY: &[&str] = &[
        "every",
        "each",
        "all",
        "any",
        "whatever",
        "whichever",
        "anything",
        "everything",
        "anyone",
        "everyone",
        "whoever",
    ];
    const PICKER: &[&str] = &[
        "model",
        "models",
        "classifier",
        "classifiers",
        "ai",
        "algorithm",
        "detector",
        "network",
        "system",
        "software",
        "it",
    ];
    const PICKS: &[&str] = &[
        "classifies",
        "classified",
        "detects",
        "detected",
        "identifies",
        "identified",
        "flags",
        "flagged",
        "marks",
        "marked",
        "labels",
        "labelled",
        "labeled",
        "selects",
        "selected",
        "designates",
        "designated",
        "recognises",
        "recognizes",
        "recognised",
        "recognized",
        "tags",
        "tagged",
        "picks",
        "predicts",
        "deems",
        "nominates",
        "proposes",
        "outputs",
        "returns",
        "chooses",
        "judges",
        "assesses",
        "scores",
        "considers",
    ];
    // An approval or a denial anywhere in the clause, or what is fired is no force.
    const HELD: &[&str] = &[
        // "engage with every report": taking part, not force.
        "with",
        "confirms",
        "confirmed",
        "consent",
        "veto",
        "not",
        "t",
        "no",
        "never",
        "nor",
        "only",
        "unless",
        "until",
        "simulated",
        "simulation",
        "simulator",
        "simulators",
        "training",
        "game",
        // A person's decision named anywhere: "and the strike cell decides which, if any,
        // the drones strike" (a review of honest answers).
        "decides",
        "decide",
        "decided",
        "decision",
        "decisions",
        // Not lethal force: "The ball cannon shoots balls", "the jammer engages them".
        "ball",
        "balls",
        "jammer",
        "jammers",
        "jamming",
        // What software fires that is no force ("fires a webhook for each track the
        // classifier flags").
        "webhook",
        "webhooks",
        "event",
        "events",
        "request",
        "requests",
        "query",
        "queries",
        "callback",
        "callbacks",
        "workflow",
        "workflows",
    ];
    // What bears the force, named in the clause, besides the words of lethal force
    // ([`names_lethal_force`] reads "the weapon", "the gun", not "the nail gun"): "the drone
    // strikes", "the turret fires".
    const BEARERS: &[&str] = &[
        "turret",
        "turrets",
        "drone",
        "drones",
        "uav",
        "uavs",
        "ciws",
        "artillery",
        "launcher",
        "launchers",
        "sentry",
        "howitzer",
        "mortar",
    ];
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if words.iter().any(|w| HELD.contains(w) || approves(w)) || ruled_out(&words) {
        return false;
    }
    let lethal_here = names_lethal_force(spaced);
    let force_at = |v: usize| {
        words
            .get(v)
            .is_some_and(|w| firing_verb(w) || (lethal_here && weapon_verb(w)))
    };
    // A person before the verb acts or decides: "The gunner fires at every vehicle the model
    // flags"; not "The weapon fires on any person the model flags".
    let people_before = |v: usize| {
        words
            .get(..v)
            .is_some_and(|b| b.iter().any(|w| in_charge(w)))
    };
    let picks_at = |j: usize| {
        words.get(j).is_some_and(|x| PICKER.contains(x))
            && (j + 1..j + 3).any(|k| words.get(k).is_some_and(|x| PICKS.contains(x)))
    };
    // The model's pick and what bears the force in one clause, in any order: "Once the model
    // flags a vehicle as hostile, the weapon fires on it", "The model picks targets and the
    // weapon engages them", "Whatever the AI designates, the drone strikes" (a review of the
    // new readings).
    let bearer = lethal_here || words.iter().any(|w| BEARERS.contains(w));
    let picked = (0..words.len()).any(picks_at);
    (0..words.len()).any(|v| {
        if !force_at(v) || people_before(v) {
            return false;
        }
        if bearer && picked {
            return true;
        }
        // "every vehicle", then within a few words "the model classifies".
        let Some(e) = (v + 1..v + 4).find(|&j| words.get(j).is_some_and(|x| EVERY.contains(x)))
        else {
            return false;
        };
        (e + 1..e + 8).any(picks_at)
    })
}

/// Where `spaced` (a clause) says the weapon itself picks what it strikes: "the drones pick and
/// strike targets inside it for up to 45 min", "the munition selects and engages targets" (a
/// hostile review saw a swarm mode pass, where a commander approves an area box once). Not
/// where the clause denies or holds it, or a person confirms after ("the drones pick targets
/// and strike only when the commander confirms").
fn picks_its_own_targets(spaced: &str) -> bool {
    const BEARERS: &[&str] = &[
        "drone",
        "drones",
        "munition",
        "munitions",
        "swarm",
        "turret",
        "turrets",
        "uav",
        "uavs",
        "weapon",
        "weapons",
        "missile",
        "missiles",
        "it",
        "they",
    ];
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let picks = |w: &str| {
        matches!(
            w,
            "pick" | "picks" | "select" | "selects" | "choose" | "chooses" | "find" | "finds"
        )
    };
    (0..words.len()).any(|i| {
        let Some(w) = words.get(i) else {
            return false;
        };
        if !picks(w)
            || !i
                .checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|b| BEARERS.contains(b))
        {
            return false;
        }
        // "pick and strike", "select, then engage", "choose their own targets and attack".
        let Some(v) = (i + 1..(i + 5).min(words.len())).find(|&k| {
            words
                .get(k)
                .is_some_and(|x| weapon_verb(x) || firing_verb(x))
        }) else {
            return false;
        };
        let joined = words.get(i + 1..v).is_some_and(|gap| {
            gap.iter().all(|g| {
                matches!(
                    *g,
                    "and" | "then" | "their" | "its" | "own" | "targets" | "target"
                )
            })
        });
        // Denied, or held for a person after: "strike only when the commander confirms". An
        // approval before the pick is of the area, not of what is struck.
        let held = words.iter().any(|x| {
            matches!(
                *x,
                "not"
                    | "t"
                    | "never"
                    | "no"
                    | "nor"
                    | "only"
                    | "unless"
                    | "until"
                    | "when"
                    | "confirms"
                    | "confirm"
                    | "confirmed"
                    | "veto"
            )
        }) || words
            .get(i..)
            .is_some_and(|after| after.iter().any(|x| approves(x)));
        joined && !held
    })
}

/// Words of romance or sex that a system must not take up with a minor ([`romance_with_minors`]).
fn romantic(w: &str) -> bool {
    matches!(
        w,
        "flirt"
            | "flirts"
            | "flirting"
            | "flirty"
            | "flirtatious"
            | "boyfriend"
            | "girlfriend"
            | "romantic"
            | "romance"
            | "erotic"
            | "sexual"
            | "sexualised"
            | "sexualized"
            | "sexting"
            | "nude"
            | "nudes"
            | "seduce"
            | "seductive"
            | "kissing"
    )
}

/// Words that name minors ([`romance_with_minors`]).
fn a_minor(w: &str) -> bool {
    matches!(
        w,
        "teen"
            | "teens"
            | "teenager"
            | "teenagers"
            | "teenage"
            | "child"
            | "children"
            | "kids"
            | "minors"
            | "underage"
            | "pupils"
            | "schoolchildren"
            | "adolescent"
            | "adolescents"
    )
}

/// Whether `spaced` names a minor ([`a_minor`]), or a child's age: "the 11yo persona", "a
/// 12-year-old" (a sixth review's red-team persona).
fn names_a_minor(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let under_18 = |d: &str| {
        !d.is_empty()
            && d.len() <= 2
            && d.bytes().all(|b| b.is_ascii_digit())
            && d.parse::<u8>().is_ok_and(|n| n < 18)
    };
    words.iter().enumerate().any(|(i, w)| {
        a_minor(w)
            || w.strip_suffix("yo").is_some_and(under_18)
            || (under_18(w)
                && (words.get(i + 1) == Some(&"yo")
                    || (words.get(i + 1) == Some(&"year")
                        && matches!(words.get(i + 2), Some(&("old" | "olds"))))))
    })
}

/// Whether `spaced` (a clause) has the system take up romance or sex and its sentence
/// (`sentence`, spaced) names minors: "the premium 'Crush' mode has the character act as the
/// teen's boyfriend or girlfriend: it flirts", "The chatbot engages in romantic and sexual
/// role-play with children" (an end-to-end review saw both pass the gate). Not teaching or
/// protecting ("sexual health lessons for teens", "teens can report unwanted romantic
/// messages"), nor for adults, nor where a word `denies` holds stands before the words of
/// romance or after them up to "but", "when", "unless" or "if".
fn romance_with_minors(spaced: &str, sentence: &str, denies: &dyn Fn(&str) -> bool) -> bool {
    let other = sentence.split_whitespace().any(|w| {
        matches!(
            w,
            "education"
                | "curriculum"
                | "biology"
                | "health"
                | "lesson"
                | "lessons"
                | "safeguarding"
                | "puberty"
                | "report"
                | "reports"
                | "reported"
                | "unwanted"
                | "adult"
                | "adults"
                | "novel"
                | "novels"
                | "abuse"
                | "grooming"
                | "plot"
                | "literature"
                | "poem"
                | "poems"
                | "poetry"
                | "book"
                | "books"
                | "story"
                | "stories"
                | "film"
                | "films"
                | "song"
                | "songs"
        )
    });
    if other || !names_a_minor(sentence) {
        return false;
    }
    // The clause in its parts (the caller spaced away commas and colons, so they are read
    // from the words: a part ends before "and", "but" or "when").
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| romantic(w)) else {
        return false;
    };
    let before = words.get(..at).unwrap_or_default();
    let part_end = (at..words.len())
        .find(|&k| matches!(words.get(k), Some(&("but" | "when" | "unless" | "if"))))
        .unwrap_or(words.len());
    let part = words.get(at..part_end).unwrap_or_default();
    !before.iter().chain(part).any(|w| denies(w))
}

/// Words that stop, hold or call off force ([`acts_alone`]).
fn stops_force(w: &str) -> bool {
    matches!(
        w,
        "abort"
            | "aborts"
            | "stop"
            | "stops"
            | "cancel"
            | "cancels"
            | "halt"
            | "halts"
            | "hold"
            | "holds"
            | "veto"
            | "vetoes"
            | "interrupt"
            | "interrupts"
            | "suspend"
            | "suspends"
    )
}

/// A machine that can answer or decide an appeal ([`no_way_to_contest`]): "the [scoring] model",
/// "the chatbot", "the decision engine", misspelt "algoritm".
fn a_machine(w: &str) -> bool {
    matches!(
        w,
        "model" | "chatbot" | "bot" | "ai" | "algorithm" | "algoritm" | "system" | "engine"
    )
}

/// A person who can act with a weapon or decide its use: "the gunner fires", "no operator is
/// needed" ([`no_one_needed_to_fire`], [`fires_on_the_models_word`]).
fn in_charge(w: &str) -> bool {
    matches!(
        w,
        "operator"
            | "operators"
            | "human"
            | "humans"
            | "person"
            | "people"
            | "commander"
            | "commanders"
            | "gunner"
            | "gunners"
            | "soldier"
            | "soldiers"
            | "crew"
            | "officer"
            | "officers"
            | "pilot"
            | "pilots"
            | "analyst"
            | "analysts"
            | "controller"
            | "controllers"
            | "staff"
            | "team"
            | "user"
            | "users"
            | "reviewer"
            | "reviewers"
            | "we"
            | "you"
            | "guard"
            | "guards"
            | "cell"
            | "captain"
            | "marksman"
            | "shooter"
            | "shooters"
            | "sniper"
    )
}

/// What is set up around the work rather than decided by it, as the subject of "applied
/// automatically" ([`unreviewed_cases`]); or what a person asked for ("Reconsideration is
/// applied automatically whenever an applicant phones", "the 'AI voice' label is applied
/// automatically to every store listing": a review of honest answers).
fn settings_word(w: &str) -> bool {
    matches!(
        w,
        "reconsideration"
            | "label"
            | "overlay"
            | "overlays"
            | "threshold"
            | "thresholds"
            | "positions"
            | "areas"
            | "layer"
            | "layers"
            | "labels"
            | "tags"
            | "formatting"
            | "template"
            | "templates"
            | "settings"
            | "updates"
            | "patches"
            | "masks"
            | "redactions"
            | "watermarks"
            | "translations"
            | "map"
            | "maps"
            | "logs"
    )
}

/// A word of a decision made about someone: "declines", "refusal", "rejected", "outcome".
fn decided(w: &str) -> bool {
    w.starts_with("declin")
        || w.starts_with("decision")
        || w.starts_with("refus")
        || w.starts_with("reject")
        || w.starts_with("outcome")
        || w.starts_with("denial")
}

/// Whether `words` (one clause) say an adverse outcome is made automatically: a verb of refusal
/// next to "automatically" or after "auto" ("are refused automatically", "automatically
/// declined", "auto-rejected").
/// Whether `w` (a spaced word) names a time on the calendar: a quarter, a month or a year ("until
/// Q2 2027", "until March") ([`unreviewed_cases`]).
fn a_date_word(w: &str) -> bool {
    matches!(
        w,
        "q1" | "q2"
            | "q3"
            | "q4"
            | "h1"
            | "h2"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    ) || (w.len() == 4 && w.starts_with("20") && w.bytes().all(|b| b.is_ascii_digit()))
}

fn refused_automatically(words: &[&str]) -> bool {
    const REFUSED: &[&str] = &[
        "refused",
        "rejected",
        "declined",
        "denied",
        "voided",
        "terminated",
        "dismissed",
        "revoked",
        "cancelled",
        "canceled",
        // A weapon's nomination authorised on silence ([`unreviewed_cases`]).
        "authorised",
        "authorized",
    ];
    words.windows(2).any(|w| match w {
        [a, b] => {
            (REFUSED.contains(a) && (*b == "automatically" || *b == "automaticaly"))
                || ((*a == "automatically" || *a == "auto") && REFUSED.contains(b))
        }
        _ => false,
    })
}

/// Whether `spaced` says a person checks before an outcome goes: "after review", "once the
/// officer confirms it", "when a caseworker overturns a decision", "once the charge nurse
/// enters it" ([`unreviewed_cases`]).
fn after_a_check(spaced: &str) -> bool {
    const CHECKS: &[&str] = &[
        "review", "confirm", "check", "approv", "sign", "decid", "decis", "overturn", "enter",
    ];
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // A click on all of them is no check: "gets the flagged-clip list after the test and clicks
    // 'confirm all'" (a ninth hostile review).
    let of_all = |k: usize| {
        matches!(words.get(k + 1), Some(&"all"))
            || words.get(k + 1..k + 3) == Some(&["in", "bulk"][..])
    };
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "after" | "once" | "when")
            && (i + 1..(i + 7).min(words.len())).any(|k| {
                words
                    .get(k)
                    .is_some_and(|n| CHECKS.iter().any(|c| n.starts_with(c)))
                    && !of_all(k)
            })
    })
}

/// An outcome of the work, for [`unreviewed_cases`]: "declines below the threshold".
fn outcome_word(w: &str) -> bool {
    decided(w)
        || w.starts_with("recommend")
        || w.starts_with("suggest")
        || matches!(
            w,
            "level" | "levels" | "score" | "scores" | "result" | "results"
        )
}

/// A word of approving or ordering a weapon's use ([`no_one_needed_to_fire`],
/// [`fires_on_the_models_word`]). Not "confirms": the model confirms a target ("released as
/// soon as the model confirms the target").
fn approves(w: &str) -> bool {
    matches!(
        w,
        "approves"
            | "approve"
            | "approved"
            | "approval"
            | "authorises"
            | "authorizes"
            | "authorise"
            | "authorize"
            | "authorised"
            | "authorized"
            | "authorisation"
            | "authorization"
            | "confirmation"
            | "order"
            | "orders"
    )
}

/// Whether `words` rule the use out: "We rule out applying lethal force automatically" (a
/// review of the new readings).
fn ruled_out(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|p| matches!(p, ["rule" | "rules" | "ruled" | "ruling", "out"]))
}

/// Verbs of picking a target, which a weapon said to do by itself chooses what it strikes
/// ([`acts_alone`]).
fn picks_a_target(w: &str) -> bool {
    matches!(
        w,
        "select"
            | "selects"
            | "reselect"
            | "reselects"
            | "pick"
            | "picks"
            | "choose"
            | "chooses"
            | "retarget"
            | "retargets"
    )
}

/// What bears a weapon's force and may pick its own target ([`acts_alone`]): "the munition
/// selects", "they re-select a target".
fn bears_force(w: &str) -> bool {
    matches!(
        w,
        "munition"
            | "munitions"
            | "drone"
            | "drones"
            | "swarm"
            | "missile"
            | "missiles"
            | "turret"
            | "turrets"
            | "weapon"
            | "weapons"
            | "seeker"
            | "it"
            | "they"
    )
}

/// A sensor's words: what it engages is a track, not a target, unless lethal force is named.
fn sensing(w: &str) -> bool {
    matches!(
        w,
        "camera" | "cameras" | "gimbal" | "sensor" | "sensors" | "radar" | "tracker"
    )
}

/// The words of [`weapon_verb`] that say force is used, not only that something is launched or
/// released.
fn firing_verb(w: &str) -> bool {
    weapon_verb(w)
        && !matches!(
            w,
            "launches" | "launch" | "launched" | "released" | "dives" | "dive"
        )
}

/// What [`faked_reviews`] reads as reviews.
fn reviewed(w: &str) -> bool {
    matches!(
        w,
        "review" | "reviews" | "testimonial" | "testimonials" | "rating" | "ratings"
    )
}

/// What [`faked_reviews`] reads as saying reviews are not what they seem, as spaced words.
const FAKED: &[&str] = &[
    // "posted under staff names on review sites to push our ratings up" (a hostile review of
    // the verdicts): staff passed off as customers.
    " under staff names ",
    " under employees names ",
    " under employee names ",
    " under our staff s names ",
    " push our ratings up ",
    " push our rating up ",
    " boost our ratings ",
    " boost our rating ",
    " fake ",
    " invented ",
    " made up ",
    " posing as ",
    " personas ",
    " persona ",
    " as if from ",
    " look like real ",
    " look like they come from real ",
    " as genuine ",
    " aged accounts ",
    " accounts we create ",
    " accounts we created ",
    " sock puppet ",
    " sockpuppet ",
    " seemingly independent ",
    // "'verified buyer' reviews a week in different voices, posted ... from staff members'
    // personal accounts" (an eighth review).
    " in different voices ",
    " personal accounts ",
    " staff accounts ",
    " employee accounts ",
    " employees accounts ",
];

/// `clause` as its denials are read: a condition set off by commas ("Unfiltered mode, if
/// requested, is not available") or opening the clause ("If the link is lost, the munition
/// ...") is left out up to its comma, and one that follows the words without a comma ends what
/// is read ("we will contact their employer and neighbours if they do not pay, and ...").
fn without_conditions(clause: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // ASCII lowercasing keeps every byte where it was (full lowercasing does not: "İ" grows,
    // "ẞ" shrinks), so offsets found in it cut the clause itself (a property test).
    let lower = clause.to_ascii_lowercase();
    let trimmed = lower.trim_start();
    let lead = lower.len() - trimmed.len();
    let opens = ["if ", "unless ", "until "]
        .iter()
        .any(|m| trimmed.starts_with(m));
    // "as if" compares, and sets no condition ("reviews posted as if from real buyers").
    let next = |from: usize| {
        [" if ", " unless ", " until "]
            .iter()
            .filter_map(|m| {
                lower
                    .get(from..)?
                    .match_indices(m)
                    .map(|(i, _)| from + i)
                    .find(|&i| !lower.get(..i).is_some_and(|h| h.ends_with(" as")))
            })
            .min()
    };
    let end_of = |from: usize| {
        clause
            .get(from..)
            .and_then(|r| r.find(','))
            .map_or(clause.len(), |c| from + c + 1)
    };
    if !opens && next(0).is_none() {
        return Cow::Borrowed(clause);
    }
    let mut out = String::with_capacity(clause.len());
    let mut at = if opens { end_of(lead) } else { 0 };
    while let Some(m) = next(at) {
        out.push_str(clause.get(at..m).unwrap_or_default());
        let head = clause.get(..m).unwrap_or_default().trim_end();
        // After a colon the condition opens what follows: "Sentry mode (v3.1): if the link
        // drops for >90s, nominations are engaged without confirmation" (a sixth review's
        // fallback clause passed: all after "if" was dropped).
        if head.ends_with(',') || head.ends_with(':') {
            at = end_of(m + 1);
        } else if ["only", "even"]
            .iter()
            .any(|w| head.to_ascii_lowercase().ends_with(w))
        {
            // "only if a court orders it, and no court ever has": a limit on the use, read
            // whole (a review of honest answers).
            return Cow::Borrowed(clause);
        } else {
            return Cow::Owned(out);
        }
    }
    out.push_str(clause.get(at..).unwrap_or_default());
    Cow::Owned(out)
}

/// The phrases of [`PROHIBITED_WORDS`] that `spaced` ([`super::spaced_words`]) holds as whole
/// words, each with its prohibition, in the order they stand. Each is looked for only where a
/// word starting with its first letter stands: no phrase is formatted or searched for on its own
/// (that cost `raia score` a tenth of its instructions, issue 7).
fn phrases_at(spaced: &str) -> Vec<(&'static str, &'static str)> {
    static BY_FIRST_BYTE: std::sync::OnceLock<Vec<Vec<(&'static str, &'static str)>>> =
        std::sync::OnceLock::new();
    let index = BY_FIRST_BYTE.get_or_init(|| {
        let mut index: Vec<Vec<(&'static str, &'static str)>> = vec![Vec::new(); 256];
        for (id, phrases) in PROHIBITED_WORDS.iter().chain(BLUNT_WORDS) {
            for ph in *phrases {
                if let Some(bucket) = ph
                    .as_bytes()
                    .first()
                    .and_then(|b| index.get_mut(usize::from(*b)))
                {
                    bucket.push((id, ph));
                }
            }
        }
        index
    });
    let mut found = Vec::new();
    for (i, _) in spaced.match_indices(' ') {
        let Some(rest) = spaced.get(i + 1..) else {
            continue;
        };
        let Some(bucket) = rest
            .as_bytes()
            .first()
            .and_then(|b| index.get(usize::from(*b)))
        else {
            continue;
        };
        for (id, ph) in bucket {
            if rest.starts_with(ph) && rest.as_bytes().get(ph.len()) == Some(&b' ') {
                found.push((*id, *ph));
            }
        }
    }
    found
}

/// The finding for prohibition `p` (id `id`), described by `sentence` of the answer or note
/// `what` names, of question `question`.
fn prohibited_finding(
    q: &Questionnaire,
    facts: &dyn Facts,
    p: &crate::questionnaire::CatalogueEntry,
    id: &str,
    what: &str,
    sentence: &str,
    question: &Text,
) -> ContradictionFinding {
    // The questions that screen for it, as answered.
    let screening: Vec<&crate::questionnaire::Question> = q
        .questions
        .iter()
        .filter(|x| {
            x.options.iter().any(|o| {
                o.effects.prohibits.iter().any(|w| w == id)
                    || o.effects.concerns.iter().any(|w| w == id)
            })
        })
        .collect();
    let answered: Vec<String> = screening
        .iter()
        .filter_map(|x| {
            facts
                .answer(&x.id)
                .map(|ans| format!("{} → {}", x.prompt, super::display_answer(x, ans)))
        })
        .collect();
    let mut questions = vec![question.clone()];
    questions.extend(
        screening
            .iter()
            .filter(|x| facts.answer(&x.id).is_some())
            .map(|x| x.id.clone()),
    );
    ContradictionFinding {
        id: Text::from(format!("{PROHIBITED_IN_THE_WORDS}{id}")),
        // Raised as a concern, the answers count it guarded or ask for a guard; the words
        // say the use itself.
        message: Text::from(if facts.has_concern(id) {
            format!(
                "One answer describes what reads as {}, a use the policy prohibits, while the other answers raise it only as a concern to guard against; say which is true: correct the words, or answer the questions that screen for it as they say",
                p.title
            )
        } else {
            format!(
                "One answer describes what reads as {}, a use the policy prohibits, while no answer records it; say which is true: correct the words, or answer the questions that screen for it as they say",
                p.title
            )
        }),
        answers: if answered.is_empty() {
            format!("{what}\"{sentence}\"")
        } else {
            format!("{what}\"{sentence}\", and {}", answered.join(", "))
        },
        blocks: told_or_asked(q, p, sentence),
        questions,
        consequential_in_doubt: false,
        judgement: false,
        doubts: Vec::new(),
    }
}

/// The safeguards against prohibition `p` (citing its clause) that say the people concerned
/// are told or asked (a notice, consent), where the team's `sentence` says they were not: no
/// answer shows them in place while it stands. A fifth review's tenant screener read "Lawful
/// basis and privacy notice: in place" beside "the consent form does not yet mention the
/// court-record scraping".
fn told_or_asked(
    q: &Questionnaire,
    p: &crate::questionnaire::CatalogueEntry,
    sentence: &str,
) -> Vec<Text> {
    if !names_telling(sentence) {
        return Vec::new();
    }
    q.safeguards
        .iter()
        .filter(|s| !p.clause.is_empty() && s.clause.contains(p.clause.as_str()))
        .filter(|s| {
            let title = s.title.to_lowercase();
            title.contains("notice") || title.contains("consent")
        })
        .map(|s| s.id.clone())
        .collect()
}

/// Whether a sentence speaks of people told or asked: a notice, consent, what they know.
fn names_telling(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "notice", "told", "inform", "aware", "know", "consent", "mention", "asked",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

/// The stable id of the finding [`decision_in_the_words`] makes.
pub const DECISION_IN_THE_WORDS: &str = "use-names-a-consequential-decision";

/// What else a sentence, or the text it is in, must say for an area's subject and decision
/// words to count ([`decision_in_the_words`]).
#[derive(Clone, Copy)]
enum Also {
    /// The text is about insurance: "claims" of insurance, not of marketing.
    Insurance,
    /// The text names one of these anywhere: an attempt voided is an exam's where the text
    /// names exams or cheating, not a payment's.
    InText(&'static [&'static str]),
    /// The sentence names none of these: terminations of staff, not of contracts.
    Unless(&'static [&'static str]),
    /// The sentence also names one of these: legal advice given to consumers or tenants, not
    /// the legal team's own questions.
    Said(&'static [&'static str]),
    /// A subject comes within three words after the decision ("dismiss staff"), as its object:
    /// staff who "dismiss the alert" dismiss no one. The decisions are whole words.
    Object,
    /// The sentence ties the decision to what the system gives ([`tied_to_output`]):
    /// "Teachers enter a grade on the basis of the tutor's report", not "Teachers grade every
    /// essay themselves".
    Link,
    /// The decisions are whole words: contracts "renewed", not a "renewal" discussed.
    Whole,
    /// A subject comes within three words before the decision, as the one who takes it: "the
    /// parole panel gets the model's summary", not "our legal team reads the summary of each
    /// court judgment".
    Actor,
}

/// Per catalogue category: the words that name its subject, the decisions taken on it, and
/// what else must be said ([`decision_in_the_words`]). One category may have several rows.
type Area = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [Also],
);

/// The words that tie a sentence's decision to what the system gives: its summary, score or
/// report, or the system itself.
const SYSTEM_OUTPUT: &[&str] = &[
    "summary",
    "summaries",
    // "pupils' digests are exported to the pastoral lead" (a tenth review).
    "digest",
    "digests",
    "report",
    "reports",
    "score",
    "scores",
    "scoring",
    "flag",
    "flags",
    "ranking",
    "rankings",
    "list",
    "output",
    "outputs",
    "recommendation",
    "recommendations",
    "suggestion",
    "suggestions",
    "prediction",
    "predictions",
    "map",
    "alert",
    "alerts",
    "match",
    "matches",
    "model",
    "tool",
    "system",
    "algorithm",
    "ai",
    "it",
    "its",
];

/// What a score is cut into, read as the system's output where people put it to use (a hostile
/// review's "a 'readiness' band they use to decide who is invited to sit the 11+").
const SCORE_PARTS: &[&str] = &[
    "band", "bands", "tier", "tiers", "rating", "ratings", "label", "labels",
];

/// Whether a sentence's words tie what is decided to the system's output: "on the basis of",
/// "based on", or "from", "using", "with", "by" or "per" within three words of its summary,
/// score, report or the system ("from the model's risk score"). Not "on the basis of their own
/// reading", nor "using their own rubric".
fn tied_to_output(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1..).unwrap_or_default();
        let near = next.get(..3).unwrap_or(next);
        if near.contains(&"own") {
            return false;
        }
        match *w {
            "basis" => true,
            "based" => near.first() == Some(&"on"),
            // "has used the 'persistent disruption' category as grounds for fixed-term
            // exclusion" (a tenth review): what the system gives taken as the grounds.
            "grounds" => i > 0 && words.get(i - 1) == Some(&"as"),
            // The output feeding the step that decides: "Summaries of customers' arrears files
            // feed the disconnection batch", "The score also feeds the AML monitor" (a sixth
            // review).
            "feed" | "feeds" => words
                .get(i.saturating_sub(5)..i)
                .unwrap_or_default()
                .iter()
                .any(|b| SYSTEM_OUTPUT.contains(b) && !matches!(*b, "it" | "its")),
            "from" | "using" | "with" | "by" | "per" | "following" => {
                near.iter().any(|n| SYSTEM_OUTPUT.contains(n))
            }
            // The output copied into the decision: "the reviewing officer pastes it into the
            // decision to maintain detention" (an eighth review).
            // Or a part of it named after the output: "the summary flags 'inconsistencies' and
            // caseworkers paste that section into refusal letters" (a ninth review).
            "pastes" | "pasted" | "paste" | "copies" | "copied" | "copy" => {
                near.iter().any(|n| SYSTEM_OUTPUT.contains(n)) || output_before(words, i, 8)
            }
            // The output people go by: "an 'affordability: PASS/FAIL' line that negotiators go
            // by when picking which applicant gets the flat" (a ninth review).
            "go" | "goes" | "went" | "going" => {
                matches!(next.first(), Some(&("by" | "off"))) && output_before(words, i, 10)
            }
            _ => false,
        }
    })
}

/// Whether what the system gives is named within `n` words before the word at `i` ("it" and
/// "its" aside: they may be anything).
fn output_before(words: &[&str], i: usize, n: usize) -> bool {
    words
        .get(i.saturating_sub(n)..i)
        .unwrap_or_default()
        .iter()
        .any(|b| SYSTEM_OUTPUT.contains(b) && !matches!(*b, "it" | "its"))
}

/// Whether a sentence's words say people put the system's output to use, or pick people out
/// with it: "use that list to decide", "a band they use to decide", "pupils on it are put in
/// isolation", "applicants whose fit score is 1 or 2" (a hostile review). Not "use their own
/// records".
fn put_to_use(words: &[&str]) -> bool {
    let output = |ws: &[&str]| {
        !ws.contains(&"own")
            && ws
                .iter()
                .any(|n| SYSTEM_OUTPUT.contains(n) || SCORE_PARTS.contains(n))
    };
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1..).unwrap_or_default();
        match *w {
            "use" | "uses" | "used" => {
                output(next.get(..3).unwrap_or(next))
                    || output(words.get(i.saturating_sub(2)..i).unwrap_or_default())
                    // The output named before "what" people use: "summaries of adjuster
                    // reports are what handlers use to turn down claims" (an eighth review).
                    || words
                        .get(i.saturating_sub(3)..i)
                        .unwrap_or_default()
                        .iter()
                        .rposition(|b| *b == "what")
                        .map(|at| i.saturating_sub(3) + at)
                        .is_some_and(|what| {
                            output(words.get(what.saturating_sub(6)..what).unwrap_or_default())
                        })
            }
            // People "on it", not what the system does "on its night rounds" (a review).
            // "act on the call summaries directly" (a hostile review): what people act on.
            "on" if i > 0
                && words.get(i - 1).is_some_and(|b| {
                    matches!(
                        *b,
                        "act" | "acts" | "acted" | "acting" | "rely" | "relies" | "relied"
                    )
                }) =>
            {
                output(next.get(..3).unwrap_or(next))
            }
            // "is awarded on a 'persistence score'", "on the tutor's engagement score" (a ninth
            // review): past an article and a possessive.
            "on" | "whose" => {
                let n = if matches!(next.first(), Some(&("a" | "an" | "the"))) {
                    if next.get(2) == Some(&"s") { 5 } else { 3 }
                } else {
                    2
                };
                i > 0 && next.first() != Some(&"its") && output(next.get(..n).unwrap_or(next))
            }
            // People sorted by a grade and the decision falls on them: "Agents turn down
            // anyone graded D or lower" (a hostile review's tenant reference grade).
            "graded" | "rated" | "scored" | "banded" => {
                i > 0
                    && words.get(i - 1).is_some_and(|b| {
                        matches!(*b, "anyone" | "everyone" | "those" | "whoever" | "people")
                    })
            }
            // Whatever the system gives, taken as it is: "shift manager signs whatever it drafts"
            // (an eighth review).
            "whatever" => next.iter().take(4).any(|n| SYSTEM_OUTPUT.contains(n)),
            // "anyone it rates 'weak' is rejected without interview".
            "rates" | "grades" | "scores" | "flags" | "ranks" | "marks" => {
                i > 1
                    && words.get(i - 1).is_some_and(|b| {
                        matches!(*b, "it" | "model" | "tool" | "system" | "ai" | "bot")
                    })
                    && words.get(i - 2).is_some_and(|b| {
                        matches!(*b, "anyone" | "everyone" | "those" | "whoever" | "people")
                    })
            }
            _ => false,
        }
    })
}

/// Whether a sentence's words take the decision on what the system gives as such: "the bottom
/// two bands are rejected" (a hostile review), "its flags are then acted on".
fn output_decided(words: &[&str], decisions: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, out)| {
        let next = words.get(i + 1..).unwrap_or_default();
        // The output named as what settles it: "our 'engagement score' breaks ties between
        // applicants" (a hostile review).
        // Or any word of "its" as the output: "Its risk line decides whether a migrant stays in
        // immigration detention" (an eighth review's probe).
        let its = words
            .get(i.saturating_sub(2)..i)
            .unwrap_or_default()
            .contains(&"its");
        if matches!(
            next.first(),
            Some(&("decides" | "determines" | "settles" | "breaks" | "ranks" | "picks" | "cuts"))
        ) && (its || SYSTEM_OUTPUT.contains(out))
            && !matches!(
                *out,
                "it" | "its" | "ai" | "tool" | "system" | "model" | "algorithm"
            )
        {
            return true;
        }
        // A bar with a fraction, then the decision: "below 0.4 the portal marks them 'not
        // referenceable' and the branch doesn't offer a viewing", "over 0.75 moves them to weekly
        // reporting and the officer's recall recommendation is pre-filled" (a ninth review). A
        // bar of two numbers ("0.4", "3/5") is a score's; an age ("over 18") is one number.
        if matches!(*out, "over" | "under" | "above" | "below" | "beneath")
            && let [a, b, rest @ ..] = next
            && [a, b].iter().all(|n| n.bytes().all(|c| c.is_ascii_digit()))
            && rest
                .iter()
                .any(|v| decisions.iter().any(|d| v.starts_with(d)))
        {
            return true;
        }
        // A score past a bar that takes the decision: "a score over 0.7 closes the claim" (an
        // eighth review).
        if matches!(*out, "score" | "scores")
            && let ["over" | "under" | "above" | "below" | "of", rest @ ..] = next
        {
            let verb = rest.iter().find(|n| !n.bytes().all(|b| b.is_ascii_digit()));
            if verb.is_some_and(|v| decisions.iter().any(|d| v.starts_with(d))) {
                return true;
            }
        }
        let then = match next {
            [
                "are" | "is" | "were" | "was" | "get" | "gets",
                "then" | "automatically" | "all",
                d,
                ..,
            ]
            | ["are" | "is" | "were" | "was" | "get" | "gets", d, ..] => d,
            _ => return false,
        };
        (SYSTEM_OUTPUT.contains(out) || SCORE_PARTS.contains(out))
            && !matches!(
                *out,
                "it" | "its" | "ai" | "tool" | "system" | "model" | "algorithm"
            )
            && decisions.iter().any(|d| then.starts_with(d))
    })
}

/// Whether a sentence's words make the system the one that decides: it is the subject of a
/// decision ("The model sets premiums for the motor book", a hostile review), or picks out the
/// people the decision falls on ("Police stop drivers the model flags"). Not the system doing
/// something else beside a decision of people ("underwriters set premiums, and the model flags
/// missing documents").
fn system_decides(words: &[&str], subjects: &[&str], decisions: &[&str]) -> bool {
    const AGENTS: &[&str] = &[
        "model",
        "tool",
        "system",
        "algorithm",
        "ai",
        "classifier",
        "engine",
        "detector",
        // "where the summariser ranks applicants" (a ninth review).
        "summariser",
        "summarizer",
        "endpoint",
    ];
    const PICKS: &[&str] = &[
        "flags",
        "picks",
        "selects",
        "marks",
        "identifies",
        "names",
        "lists",
        "targets",
        "scores",
        "ranks",
        "chooses",
        "predicts",
        "forecasts",
        "matches",
    ];
    words.iter().enumerate().any(|(i, w)| {
        // "It" opening the sentence is the system the answer describes: "It decides which
        // tenants ... get a flat" (a sixth review's blunt probe).
        let system = AGENTS.contains(w) || (i == 0 && *w == "it");
        if !system {
            return false;
        }
        let next = words.get(i + 1..).unwrap_or_default();
        let next = match next.first() {
            Some(&("also" | "automatically" | "then" | "now" | "itself")) => next.get(1..),
            _ => Some(next),
        }
        .unwrap_or_default();
        let Some(verb) = next.first() else {
            return false;
        };
        let decides = decisions.iter().any(|d| verb.starts_with(d))
            && !matches!(*verb, "settings" | "setup" | "search" | "searches");
        let before = words.get(..i).unwrap_or_default();
        let of_whom = match before {
            [.., s, "that" | "which" | "whom", "the"] | [.., s, "the"] => subjects.contains(s),
            _ => false,
        };
        decides || (PICKS.contains(verb) && of_whom)
    })
}

/// Whether a sentence's words take the decision "automatically", just before or after its word:
/// "the bottom ones are sacked automatically" (an eighth review's probe), "automatically
/// refused". No one takes it but the system.
fn decided_automatically(words: &[&str], decisions: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "automatically" | "auto")
            && [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| words.get(j))
                // A term that runs out is no one's decision: "contracts end automatically".
                .filter(|d| {
                    !["end", "renew", "extend", "expir"]
                        .iter()
                        .any(|e| d.starts_with(e))
                })
                .any(|d| decisions.iter().any(|x| d.starts_with(x)))
    })
}

/// What a person does to check a decision, after "no one" ([`denies`]).
const CHECKS: &[&str] = &[
    "checks", "check", "reviews", "review", "looks", "sees", "reads", "verifies", "confirms",
    "approves", "signs", "oversees",
];

/// The people who check a decision, named after "no" or "without" ([`denies`]): "no claims
/// handler in the loop", "no underwriter involved", "without a qualified translator looking at
/// it" (an eighth review) deny the check, not the decision.
const CHECKERS: &[&str] = &[
    "one",
    "human",
    "person",
    "officer",
    "officers",
    "staff",
    "caseworker",
    "caseworkers",
    "handler",
    "handlers",
    "underwriter",
    "underwriters",
    "reviewer",
    "reviewers",
    "interpreter",
    "interpreters",
    "translator",
    "translators",
    "clinician",
    "clinicians",
    "doctor",
    "physician",
    "embryologist",
    "prescriber",
    "pharmacist",
    "assessor",
    "assessors",
    "moderator",
    "supervisor",
    "worker",
    // "without a housing officer reading the file", "without an employment lawyer seeing it"
    // (a tenth review).
    "investigator",
    "investigators",
    "lawyer",
    "lawyers",
    "solicitor",
    "solicitors",
];

/// What a person left out does, after a checker ([`CHECKERS`]): checks it, is involved, is in
/// the loop.
const LEFT_OUT: &[&str] = &["involved", "in", "ever", "at", "first"];

/// Handing on to a person, after "never" or "not": "counsels suicidal children itself and never
/// hands them to a person" (an eighth review's probe) leaves out the hand-off, not the advice.
const HANDED_ON: &[&str] = &[
    "hands",
    "hand",
    "handed",
    "passes",
    "pass",
    "passed",
    "refers",
    "refer",
    "referred",
    "escalates",
    "escalate",
    "escalated",
    "forwards",
    "forward",
    "involves",
    "involve",
    "connects",
    "connect",
];

/// The words that deny what a sentence says is decided.
const DECISION_DENIALS: &[&str] = &[
    "not", "no", "never", "nothing", "nor", "neither", "t", "without", "cannot", "excluded",
];

/// What can be left out of a decision without denying it: "rejected without interview", "put
/// in isolation without being told why" (a hostile review).
const SKIPPED: &[&str] = &[
    "interview",
    "interviews",
    "interviewing",
    "review",
    "reviewing",
    "being",
    "notice",
    "warning",
    "appeal",
    "explanation",
    "reason",
    "reasons",
    "hearing",
    "consent",
    "telling",
    "asking",
    "checking",
    "check",
    "human",
    "anyone",
    "reading",
    "looking",
    // "acted on without listening to the recording" (a hostile review).
    "listening",
    "watching",
    "opening",
    // "the head excludes on it without speaking to the child" (a tenth review).
    "speaking",
    "talking",
    "meeting",
    "contacting",
    "seeing",
];

/// Whether the word at `i` of a sentence denies what it says is decided. Not an outcome that is
/// a negation ("claims predicted not covered are declined", "whose contracts aren't renewed"),
/// a step left out of it ("rejected without interview"), nor pupils "excluded from school" (a
/// hostile review).
fn denies(words: &[&str], i: usize, w: &str) -> bool {
    if !DECISION_DENIALS.contains(&w) {
        return false;
    }
    // A label the decision goes by, not a denial: "accounts marked 'no vulnerability found'
    // get their gas cut" (a sixth review).
    let back = |n: usize| i.checked_sub(n).and_then(|j| words.get(j)).copied();
    let labelled = |b: Option<&str>| {
        matches!(
            b,
            Some("marked" | "flagged" | "labelled" | "labeled" | "tagged" | "coded" | "rated")
        )
    };
    // "the portal marks them 'not referenceable'" (a ninth review).
    let marks = |b: Option<&str>| {
        labelled(b) || matches!(b, Some("marks" | "flags" | "labels" | "tags" | "rates"))
    };
    if labelled(back(1))
        || (back(1) == Some("as") && labelled(back(2)))
        || (matches!(back(1), Some("them" | "it" | "him" | "her")) && marks(back(2)))
    {
        return false;
    }
    let next = words.get(i + 1..).unwrap_or_default();
    let next = match next {
        ["be" | "being" | "been", rest @ ..] if matches!(w, "not" | "t") => rest,
        _ => next,
    };
    match w {
        "not" | "t" | "never" if next.first().is_some_and(|n| HANDED_ON.contains(n)) => false,
        // What is withheld is the outcome: "the branch doesn't offer a viewing" (a ninth
        // review).
        "not" | "t"
            if matches!(
                next,
                ["offer" | "offered" | "give" | "given", "a" | "an" | "them", n, ..]
                    if matches!(*n, "viewing" | "viewings" | "interview" | "place" | "tenancy" | "flat")
            ) =>
        {
            false
        }
        // A reading left out, not the decision: "applicants under 3/5 aren't read by a tutor at
        // all" (a ninth review).
        "not" | "t"
            if matches!(
                next,
                ["read" | "seen" | "opened" | "checked" | "reviewed", "by", rest @ ..]
                    if rest
                        .iter()
                        .find(|n| !matches!(**n, "a" | "an" | "any" | "the"))
                        .is_some_and(|n| CHECKERS.contains(n) || matches!(*n, "tutor" | "tutors" | "anyone"))
            ) =>
        {
            false
        }
        // A test left out, not the use: "the removals team's use on detention reviews was never
        // evaluated" (a tenth review).
        "not" | "t" | "never"
            if next.first().is_some_and(|n| {
                matches!(
                    *n,
                    "evaluated" | "tested" | "validated" | "assessed" | "measured" | "audited"
                )
            }) =>
        {
            false
        }
        "not" | "t" => !next.first().is_some_and(|n| {
            matches!(
                *n,
                "covered"
                    | "eligible"
                    | "entitled"
                    | "suitable"
                    | "renewed"
                    | "extended"
                    | "invited"
                    | "shortlisted"
            )
        }),
        "without" => !next
            .iter()
            .find(|n| {
                !matches!(
                    **n,
                    "a" | "an"
                        | "any"
                        | "further"
                        | "prior"
                        | "qualified"
                        | "trained"
                        | "certified"
                        | "second"
                        | "independent"
                        // Who the checker is: "without a housing officer reading the file" (a
                        // tenth review).
                        | "housing"
                        | "employment"
                        | "social"
                        | "case"
                        | "senior"
                )
            })
            .is_some_and(|n| SKIPPED.contains(n) || CHECKERS.contains(n)),
        // No one to check it denies the check, not the decision: "It decides which tenants ...
        // get a flat, no one checks" (a sixth review's blunt probe).
        // "no claims handler in the loop", "no underwriter involved", "no social worker looks
        // first" (an eighth review).
        "no" if matches!(
            next,
            [c, v, ..] if CHECKERS.contains(c) && (CHECKS.contains(v) || LEFT_OUT.contains(v))
        ) || matches!(
            next,
            [_, c, v, ..] if CHECKERS.contains(c) && (CHECKS.contains(v) || LEFT_OUT.contains(v))
        ) =>
        {
            false
        }
        // A step left out, as after "without": "auto-disqualifies anything scoring >0.7, no
        // appeal", "no call first" (a sixth review).
        "no" if next.first().is_some_and(|n| {
            matches!(
                *n,
                "appeal"
                    | "appeals"
                    | "call"
                    | "calls"
                    | "contact"
                    | "warning"
                    | "notice"
                    | "interview"
                    | "explanation"
                    | "reason"
                    | "reasons"
                    | "hearing"
            )
        }) =>
        {
            false
        }
        // Excluded "on" something is a decision taken on it: "pupils are excluded on it" (a
        // tenth review).
        "excluded" => {
            next.first() != Some(&"on")
                && !(next.first() == Some(&"from")
                    && next.get(1..3).unwrap_or_default().iter().any(|n| {
                        matches!(
                            *n,
                            "school" | "schools" | "class" | "classes" | "lessons" | "college"
                        )
                    }))
        }
        // A data feed that is not connected denies where the answers come from, not that they
        // are given (a hostile review's voter bot: "as the county data feed never got wired
        // up").
        _ => !words
            .get(i.saturating_sub(3)..i)
            .unwrap_or_default()
            .iter()
            .any(|b| {
                matches!(
                    *b,
                    "feed" | "feeds" | "api" | "integration" | "connector" | "grounding"
                )
            }),
    }
}

/// The comma clause of a part of a sentence (`part`, up to a semicolon) through which it tells
/// of a request that was refused: "Requests from the pharmacy to answer patients' medication
/// questions directly, without a pharmacist, were refused (CSO-ED-19)", "Requests for any use
/// outside the licence, such as ads or personal messages, are refused" (a review of honest
/// text). What was asked for is nothing the system does, though an aside or a later clause
/// stands between it and the refusal. None where the part opens on no request, nothing refuses
/// it, or it was let through after all ("refused at first, but now accepted").
fn refused_request(part: &str) -> Option<usize> {
    // Most clauses name no request: looked for before any splitting.
    if !["request", "proposal", "attempt"]
        .iter()
        .any(|k| super::contains_ignoring_ascii_case(part, k))
    {
        return None;
    }
    let clauses: Vec<String> = part.split(',').map(super::spaced_words).collect();
    let opening = clauses.first()?;
    let asked = opening
        .split_whitespace()
        .find(|w| {
            !matches!(
                *w,
                "a" | "an" | "any" | "all" | "the" | "every" | "some" | "several" | "two" | "three"
            )
        })
        .is_some_and(|w| {
            matches!(
                w,
                "request" | "requests" | "proposal" | "proposals" | "attempt" | "attempts"
            )
        });
    if !asked {
        return None;
    }
    let words: Vec<&str> = clauses.iter().flat_map(|c| c.split_whitespace()).collect();
    let refusal = |i: usize, w: &str| {
        matches!(
            w,
            "refused" | "rejected" | "declined" | "denied" | "vetoed" | "blocked"
        ) || (w == "turned" && words.get(i + 1) == Some(&"down"))
            || (w == "approved"
                && i.checked_sub(1)
                    .and_then(|j| words.get(j))
                    .is_some_and(|b| matches!(*b, "not" | "never" | "t")))
    };
    let let_through = words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "but"
                | "yet"
                | "however"
                | "now"
                | "later"
                | "since"
                | "anyway"
                | "overturned"
                | "reversed"
                | "accepted"
                | "allowed"
                | "granted"
        ) || (*w == "approved" && !refusal(i, w))
    });
    if let_through {
        return None;
    }
    // The clause the refusal stands in, counted as the words are.
    let mut from = 0;
    clauses.iter().position(|c| {
        let n = c.split_whitespace().count();
        let here = (from..from + n).any(|i| words.get(i).is_some_and(|w| refusal(i, w)));
        from += n;
        here
    })
}

/// Whether a sentence (`whole`) keeps the system out of the decision it names: a denial, a
/// verb of seeing or using and the system ("who never see tool output", "without the tool",
/// "who never sees this tool"), or the system denied a part ("the tool is not used in hiring",
/// "the model plays no part"). Not where the decision's clause (`clause`, its words) ties it
/// to what the system gives anyway ("from the tool's shortlist; candidates never see the
/// tool"), where the sentence makes an exception ("not used in hiring except to rank"), nor
/// where it denies twice ("no hire is made without the tool's ranking").
fn kept_out_of_the_decision(whole: &str, clause: &[&str]) -> bool {
    const AGENTS: &[&str] = &[
        "tool",
        "tools",
        "system",
        "model",
        "ai",
        "summariser",
        "summarizer",
        "algorithm",
        "classifier",
        "chatbot",
        "bot",
    ];
    const SEEN: &[&str] = &[
        "see",
        "sees",
        "seen",
        "saw",
        "use",
        "uses",
        "used",
        "get",
        "gets",
        "receive",
        "receives",
        "received",
        "shown",
        "show",
        "access",
        "consult",
        "consults",
        "consulted",
        "open",
        "opens",
        "touch",
        "touches",
        "read",
        "reads",
    ];
    const DETS: &[&str] = &["the", "this", "that", "any", "its", "our", "a", "an"];
    const NOT_A_PART: &[&str] = &[
        "used",
        "involved",
        "consulted",
        "shown",
        "seen",
        "part",
        "role",
        "given",
        "available",
        "applied",
        "run",
        "shared",
        "passed",
        "sent",
        "allowed",
    ];
    const NEGATIONS: &[&str] = &[
        "never", "not", "t", "no", "without", "nor", "nobody", "none",
    ];
    // Most sentences name no system beside a denial: looked for before any splitting.
    if !AGENTS
        .iter()
        .any(|a| super::contains_ignoring_ascii_case(whole, a))
    {
        return false;
    }
    let spaced = super::spaced_words(whole);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let kept = words.iter().enumerate().any(|(i, w)| {
        let denied_before = || {
            words
                .get(..i)
                .unwrap_or_default()
                .iter()
                .any(|b| NEGATIONS.contains(b))
        };
        if matches!(*w, "never" | "not" | "t" | "no" | "without" | "nor") {
            let mut k = i + 1;
            let mut verbs = 0;
            while let Some(n) = words.get(k) {
                if SEEN.contains(n) && verbs < 2 {
                    verbs += 1;
                } else if !DETS.contains(n) {
                    break;
                }
                k += 1;
            }
            k <= i + 4 && words.get(k).is_some_and(|a| AGENTS.contains(a)) && !denied_before()
        } else if AGENTS.contains(w) {
            // "the tool is not used", "the model plays no part", "tool output is never shown".
            let after = words
                .get(i + 1..(i + 5).min(words.len()))
                .unwrap_or_default();
            after.iter().enumerate().any(|(k, n)| {
                matches!(*n, "not" | "never" | "no" | "t")
                    && after.get(..k).unwrap_or_default().iter().all(|b| {
                        matches!(
                            *b,
                            "is" | "are"
                                | "was"
                                | "were"
                                | "has"
                                | "had"
                                | "plays"
                                | "played"
                                | "output"
                                | "outputs"
                                | "s"
                                | "isn"
                                | "aren"
                                | "wasn"
                                | "weren"
                        )
                    })
                    && words
                        .get(i + 2 + k..(i + 4 + k).min(words.len()))
                        .is_some_and(|v| v.iter().any(|v| NOT_A_PART.contains(v)))
            }) && !denied_before()
        } else {
            false
        }
    });
    kept && !tied_to_output(clause)
        && !put_to_use(clause)
        && !words
            .iter()
            .any(|w| matches!(*w, "except" | "but" | "unless" | "apart" | "only" | "other"))
}

/// Whether a sentence's words say people decide by their own means: "using their own rubric",
/// "with their own judgement" (not "on their own", which says no one else is involved).
fn by_own_means(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "using" | "with" | "by" | "from" | "per" | "following")
            && words
                .get(i + 1..)
                .unwrap_or_default()
                .iter()
                .take(3)
                .any(|n| *n == "own")
    })
}

/// The people legal advice reaches about their own affairs: consumers, tenants, the public.
const ADVISED: &[&str] = &[
    "consumer",
    "consumers",
    "customer",
    "customers",
    "tenant",
    "tenants",
    "client",
    "clients",
    "public",
    "citizen",
    "citizens",
    "resident",
    "residents",
    "individuals",
    "claimant",
    "claimants",
    "users",
    "callers",
    "people",
    "applicants",
    "debtors",
];

/// The people money advice reaches about their own affairs: those legal advice reaches, and
/// scheme members, contractors, investors and savers (a ninth review's pensions bot and payroll
/// variant).
const MONEY_ADVISED: &[&str] = &[
    "consumer",
    "consumers",
    "customer",
    "customers",
    "client",
    "clients",
    "public",
    "individuals",
    "users",
    "callers",
    "people",
    "members",
    "contractors",
    "investors",
    "savers",
    "taxpayers",
    "retirees",
    "pensioners",
];

/// The words of a school or an exam, anywhere in the text.
const SCHOOLING: &[&str] = &[
    "exam",
    "exams",
    "examination",
    "examinations",
    "mock",
    "proctoring",
    "proctored",
    "invigilation",
    "invigilator",
    "cheating",
    "student",
    "students",
    "pupil",
    "pupils",
    "school",
    "schools",
    "kids",
    "coursework",
];

/// With no consequential category marked, but the question that marks them answered: a text
/// answer that describes people deciding, with the system's output, in one of the policy's
/// consequential areas ("Officers approve or decline the loan on the basis of the summary", "a
/// summary that the board reads before deciding on release"). A hostile review described a
/// lending, hiring, parole, grading and benefits tool each as a "summariser" with no decision
/// area ticked, and the gate passed every one. To be confirmed: the team marks the area, or
/// corrects the description. Only sentences that say nothing to deny it ("nothing is decided
/// about them", "Not for mortgages"). Read: the answer that says what the system is for, the
/// note on the answer that marks none (a review's "Teachers enter a grade on the basis of the
/// tutor's report" there), and sentences of the out-of-scope answer that say people act on it
/// ("Consumers ... act on its advice on their own"). Where areas are marked, the answers that
/// say what it is for are read for another area, through the readings that tie the decision to
/// the system (a hostile review's lending host whose new line grades tenants for letting agents).
fn decision_in_the_words(
    q: &Questionnaire,
    a: &Assessment,
    facts: &dyn Facts,
    notes_in_order: &[(usize, &str)],
) -> Option<ContradictionFinding> {
    // The question whose options mark the categories, answered with none of them.
    let at = answer_at(q, facts);
    let (marking, answer) = q.questions.iter().enumerate().find_map(|(i, x)| {
        let marks = x.options.iter().any(|o| !o.effects.categories.is_empty());
        marks.then(|| at(i).map(|a| (x, a))).flatten()
    })?;
    const AREAS: &[Area] = &[
        (
            "lending-credit",
            &[
                "loan",
                "loans",
                "mortgage",
                "mortgages",
                "lending",
                "borrower",
                "borrowers",
                "overdraft",
            ],
            &["approv", "declin", "decid", "reject", "refus", "grant"],
            &[],
        ),
        (
            "employment",
            &[
                "candidate",
                "candidates",
                "cv",
                "cvs",
                "vacancy",
                "vacancies",
                "recruiter",
                "recruiters",
                "disciplinary",
                "dismissal",
                "promotion",
            ],
            &[
                "shortlist",
                "reject",
                "decid",
                "hire",
                "hiring",
                "invite",
                "interview",
                "dismiss",
                "promot",
                "select",
            ],
            &[],
        ),
        // Staff let go (a review's "Managers dismiss staff on the basis of the summary"): the
        // people are the object of the verb, so "staff dismiss the alert" is not read.
        (
            "employment",
            &[
                "staff",
                "employee",
                "employees",
                "worker",
                "workers",
                "picker",
                "pickers",
                "driver",
                "drivers",
                "courier",
                "couriers",
                "colleague",
                "colleagues",
            ],
            // Whole words: not a "firewall".
            &[
                "dismiss",
                "dismissed",
                "dismisses",
                "dismissing",
                "terminate",
                "terminated",
                "terminates",
                "terminating",
                "fire",
                "fired",
                "fires",
                "sack",
                "sacked",
                "sacks",
            ],
            // Not the workers of a job queue ("the scheduler terminates idle workers").
            &[
                Also::Object,
                Also::Unless(&[
                    "process",
                    "processes",
                    "thread",
                    "threads",
                    "job",
                    "jobs",
                    "idle",
                    "pod",
                    "pods",
                    "container",
                    "containers",
                    "instance",
                    "instances",
                    "session",
                    "sessions",
                    "node",
                    "nodes",
                ]),
            ],
        ),
        // Gig workers let go by the app: "drivers whose summary gets the 'safety concern' tag
        // are deactivated from the app by the rules engine" (a hostile review). Not the
        // "deactivation policy" summarised for staff (the verb only), nor an ops lead's own
        // decision with nothing of the system's named in the sentence.
        (
            "employment",
            &[
                "driver", "drivers", "courier", "couriers", "rider", "riders",
            ],
            // "deactivation rule OPS-118 keys off the summary tag" (a fifth review).
            &["deactivat", "offboard"],
            &[Also::Said(&[
                "automatically",
                "auto",
                "engine",
                "rules",
                "bot",
                "model",
                "system",
                "summary",
                "summaries",
                "tag",
                "tagged",
                "flag",
                "flags",
                "flagged",
                "score",
                "scores",
            ])],
        ),
        // "HR decides terminations from the summary", "picking who goes in each redundancy
        // round": not contracts terminated, nor staff choosing voluntary redundancy under the
        // policy.
        (
            "employment",
            &[
                "dismissal",
                "dismissals",
                "termination",
                "terminations",
                "redundancy",
                "redundancies",
                "layoff",
                "layoffs",
                "firing",
                "firings",
                "sackings",
                // "it was used to pick names for the restructuring list" (a ninth review).
                "restructuring",
            ],
            &[
                "decid",
                "pick",
                "select",
                "choos",
                "chose",
                "rank",
                "shortlist",
            ],
            &[Also::Unless(&[
                "contract",
                "contracts",
                "clause",
                "clauses",
                "lease",
                "leases",
                "subscription",
                "subscriptions",
                "account",
                "accounts",
                "policy",
                "policies",
                "voluntary",
                "volunteer",
            ])],
        ),
        // Dismissals named as what the system's output drives: "the terminations based on it
        // carry on while a fix is scoped" (an eighth review's limitation of an idle-time score).
        // Not "the dismissal policy", nor terminations of contracts.
        (
            "employment",
            &[
                "dismissals",
                "terminations",
                "sackings",
                "firings",
                "layoffs",
                "redundancies",
            ],
            &[
                "dismissals",
                "terminations",
                "sackings",
                "firings",
                "layoffs",
                "redundancies",
            ],
            &[
                Also::Whole,
                Also::Link,
                Also::Said(SYSTEM_OUTPUT),
                Also::Unless(&[
                    "contract",
                    "contracts",
                    "lease",
                    "leases",
                    "subscription",
                    "subscriptions",
                    "account",
                    "accounts",
                    "voluntary",
                ]),
            ],
        ),
        // Staff let go by the system's word, said in the passive: "It ranks warehouse workers by
        // idle time and the bottom ones are sacked automatically" (an eighth review's probe).
        // Not the workers of a job queue.
        (
            "employment",
            &[
                "staff",
                "employee",
                "employees",
                "worker",
                "workers",
                "picker",
                "pickers",
                "driver",
                "drivers",
                "courier",
                "couriers",
                "colleague",
                "colleagues",
            ],
            &["sacked", "dismissed", "fired", "terminated"],
            &[
                Also::Whole,
                Also::Link,
                Also::Unless(&[
                    "process",
                    "processes",
                    "thread",
                    "threads",
                    "job",
                    "jobs",
                    "pod",
                    "pods",
                    "container",
                    "containers",
                    "instance",
                    "instances",
                    "session",
                    "sessions",
                    "node",
                    "nodes",
                    "scheduler",
                ]),
            ],
        ),
        // Staff whose contracts are not renewed from the system's list (a hostile review's
        // 'injury-prone' list site managers "use to decide whose fixed-term contracts aren't
        // renewed"); not the contracts of customers or suppliers.
        (
            "employment",
            &["contract", "contracts"],
            &[
                "renew",
                "renewed",
                "extend",
                "extended",
                "end",
                "ended",
                // "three in a row and the contract ends" (an eighth review).
                "ends",
                "terminate",
                "terminated",
                "cancel",
                "cancelled",
            ],
            &[
                Also::Whole,
                Also::InText(&[
                    "staff",
                    "employee",
                    "employees",
                    "worker",
                    "workers",
                    "colleague",
                    "colleagues",
                    "manager",
                    "managers",
                    "hr",
                    "fixed",
                    "temp",
                    "temps",
                    "agency",
                    "whose",
                ]),
                Also::Unless(&[
                    "customer",
                    "customers",
                    "client",
                    "clients",
                    "supplier",
                    "suppliers",
                    "vendor",
                    "vendors",
                    "tenant",
                    "tenants",
                    "lease",
                    "leases",
                    "subscription",
                    "subscriptions",
                    "account",
                    "accounts",
                ]),
                Also::Link,
            ],
        ),
        (
            "critical-benefits",
            &[
                "benefit",
                "benefits",
                "tenancy",
                "tenancies",
                "claimant",
                "claimants",
                "welfare",
            ],
            &[
                "award", "refus", "decid", "grant", "stop", "offer", "approv", "declin",
            ],
            &[],
        ),
        // A pension decided with the system: "We use it to decide pension eligibility with no
        // human review" (a hostile review's probe); not the trustees deciding from the scheme
        // records.
        (
            "critical-benefits",
            &["pension", "pensions", "allowance", "allowances"],
            &[
                "award", "refus", "decid", "grant", "stop", "offer", "approv", "declin",
            ],
            &[Also::Link],
        ),
        (
            "education",
            &[
                "student",
                "students",
                "pupil",
                "pupils",
                "coursework",
                "essay",
                "essays",
                "exam",
                "exams",
            ],
            &["grade", "grading", "mark", "admi", "decid", "place"],
            &[],
        ),
        // An exam voided or its result withheld on a flag (a review's proctoring add-on,
        // "the attempt is voided"), where the text is about exams or school.
        (
            "education",
            &[
                "attempt",
                "attempts",
                "exam",
                "exams",
                "result",
                "results",
                "grade",
                "grades",
                "test",
                "paper",
                "papers",
                "submission",
                "submissions",
                "certificate",
                "certificates",
            ],
            &["void", "withh", "disqualif", "annul", "invalidat"],
            // Not a payment voided in a maths problem, nor results annulled by a committee
            // "after watching the recording", with nothing of the system's in the sentence.
            &[
                Also::InText(SCHOOLING),
                Also::Said(SYSTEM_OUTPUT),
                Also::Unless(&[
                    "payment",
                    "payments",
                    "card",
                    "transaction",
                    "transactions",
                    "order",
                    "orders",
                ]),
            ],
        ),
        // A mark struck off on the system's flag: "schools told us they zero the quiz mark off
        // them" (a hostile review's proctor-mode reports). The mark is the object, and the
        // sentence names what the system gives; not "a quiz score of zero".
        (
            "education",
            &[
                "quiz", "quizzes", "mark", "marks", "result", "results", "exam", "exams", "test",
                "tests", "grade", "grades", "attempt", "attempts", "paper", "papers",
            ],
            &[
                "zero",
                "zeroed",
                "zeroes",
                "void",
                "voided",
                "voids",
                "annul",
                "annulled",
                "annuls",
                "invalidate",
                "invalidated",
                "invalidates",
                "withhold",
                "withheld",
                "withholds",
            ],
            &[
                Also::Object,
                Also::InText(SCHOOLING),
                Also::Said(SYSTEM_OUTPUT),
            ],
        ),
        // "Teachers enter a grade on the basis of the tutor's report" (a review's note on the
        // answer that marks no area); "Teachers grade every essay themselves" is not read.
        (
            "education",
            &[
                "teacher",
                "teachers",
                "examiner",
                "examiners",
                "lecturer",
                "lecturers",
                "markers",
            ],
            &["grade", "grading", "mark"],
            &[Also::Link],
        ),
        // Applicants rejected or invited on the system's score (a hostile review's "the bottom
        // two bands are rejected without interview", a 'readiness' band "they use to decide who
        // is invited to sit the 11+"), where the text is about admissions; not tutors who
        // decide from the file they read.
        (
            "education",
            &[
                "applicant",
                "applicants",
                "candidate",
                "candidates",
                "band",
                "bands",
                "place",
                "places",
                // In a text about admissions, "anyone it rates 'weak' is rejected".
                "anyone",
                "everyone",
                "whoever",
            ],
            &[
                "reject",
                "refus",
                "turn",
                "admit",
                "invit",
                "shortlist",
                "offer",
                "select",
                // "our 'engagement score' breaks ties between applicants", "it ranks
                // applications" (a hostile review).
                "tie",
                "rank",
                "priorit",
                "allocat",
                // "the summary's 'fit score' cuts the pile" (a ninth review).
                "cut",
            ],
            &[
                Also::InText(&[
                    "admissions",
                    "admission",
                    "university",
                    "universities",
                    "college",
                    "colleges",
                    "undergraduate",
                    "undergraduates",
                    "postgraduate",
                    "ug",
                    "grammar",
                    "11",
                    "entrance",
                    "ucas",
                    "school",
                    "schools",
                    // "the clearing shortlist in August" (a ninth review).
                    "clearing",
                ]),
                Also::Link,
            ],
        ),
        // Pupils excluded, suspended or put in isolation on the system's flags (a hostile
        // review's behaviour lead whose weekly list puts "pupils on it ... in isolation").
        (
            "education",
            &[
                "pupil", "pupils", "student", "students", "child", "children", "kids",
            ],
            &[
                "exclu",
                "expel",
                "suspen",
                "isolat",
                "detention",
                "punish",
                "sanction",
                "disciplin",
            ],
            &[Also::InText(SCHOOLING), Also::Link],
        ),
        (
            "judicial",
            &[
                "parole",
                "bail",
                "prisoner",
                "prisoners",
                "sentencing",
                "court",
                "tribunal",
            ],
            &["decid", "release", "grant", "refus", "sentenc"],
            &[],
        ),
        // What the system gives put before a court (a hostile review's 'flight risk' line the
        // legal advisers "read it out at bail hearings"): material used in courts.
        (
            "judicial",
            &[
                "bail",
                "parole",
                "court",
                "courts",
                "tribunal",
                "tribunals",
                "hearing",
                "hearings",
                "judge",
                "judges",
                "magistrate",
                "magistrates",
                "bench",
                "jury",
                "sentencing",
            ],
            &[
                "out",
                "aloud",
                "presented",
                "submitted",
                "tabled",
                "cited",
                "quoted",
                "shown",
            ],
            &[Also::Object, Also::Said(SYSTEM_OUTPUT)],
        ),
        // A judgement of the system's sent on to the court: "a recommended sentence band and
        // reoffending score which goes to the judge in the report", "It recommends prison
        // sentences that go straight to the judge" (an eighth review). Not a digest of practice
        // directions sent to the judges' clerks.
        (
            "judicial",
            &[
                "court",
                "courts",
                "tribunal",
                "tribunals",
                "judge",
                "judges",
                "magistrate",
                "magistrates",
                "bench",
                "jury",
                "parole",
            ],
            &["goes", "go", "sent", "passed", "forwarded"],
            &[
                Also::Object,
                Also::Said(&[
                    "recommends",
                    "recommend",
                    "recommended",
                    "recommendation",
                    "recommendations",
                    "score",
                    "scores",
                    "band",
                    "bands",
                    "rating",
                    "ratings",
                    "risk",
                    "summary",
                    "summaries",
                ]),
            ],
        ),
        // Evidence or statements in court put in another language by the machine, in place of an
        // interpreter: "the voice reads machine-translated prosecution evidence to ... defendants
        // at remand hearings instead of an interpreter", "the output is filed as the official
        // translation" (an eighth review). Not a canteen menu translated.
        (
            "judicial",
            // The people tried or the hearing, not "the court's visitor leaflet".
            &[
                "defendant",
                "defendants",
                "remand",
                "hearing",
                "hearings",
                "magistrate",
                "magistrates",
            ],
            &["translat"],
            &[Also::Said(&[
                "machine", "instead", "official", "output", "model", "tool", "ai",
            ])],
        ),
        // Advice to people about their own health (a review's symptom checker that tells
        // customers whether to go to A&E and which medicine and dose to take).
        // Social housing allocated, and a custody arrangement recommended to the court, by the
        // system (a sixth review's blunt probes: "It decides which tenants in our social
        // housing list get a flat, no one checks").
        (
            "critical-benefits",
            &[
                "housing",
                "flat",
                "flats",
                "home",
                "homes",
                "tenant",
                "tenants",
                "tenancy",
                "tenancies",
            ],
            &[
                "decid", "allocat", "award", "refus", "offer", "priorit", "rank",
            ],
            &[
                Also::InText(&["social", "council", "waiting", "register", "allocation"]),
                Also::Link,
            ],
        ),
        (
            "judicial",
            &["custody"],
            &["recommend", "propos", "suggest", "advis"],
            &[
                Also::InText(&[
                    "judge", "judges", "court", "courts", "family", "child", "children",
                ]),
                Also::Said(SYSTEM_OUTPUT),
            ],
        ),
        // Gas, power or water cut off on the system's word: "The tool decides whose gas supply
        // is disconnected" (a sixth review's blunt probe).
        (
            "other-rights-health-safety",
            &[
                "gas",
                "electricity",
                "power",
                "water",
                "supply",
                "supplies",
                "utility",
                "utilities",
                "meter",
                "meters",
            ],
            &["disconnect", "decid", "cut", "shut", "suspend"],
            &[
                Also::Unless(&["outage", "outages", "maintenance", "leak", "leaks"]),
                Also::Link,
            ],
        ),
        // The people who decide handed the output in place of the record: "The parole panel
        // gets the model's 4-page summary of the dossier instead of the dossier itself" (a
        // fifth review's summariser that marks no area).
        (
            "judicial",
            &[
                "parole",
                "bail",
                "sentencing",
                "tribunal",
                "tribunals",
                "court",
                "courts",
                "judge",
                "judges",
                "magistrate",
                "magistrates",
                "jury",
            ],
            &[
                "gets", "get", "receives", "receive", "reads", "read", "sees", "see", "given",
            ],
            // What the system writes, named: "court clerks use it to summarise our own
            // practice directions" is no decision (a review of honest answers).
            &[
                Also::Whole,
                Also::Actor,
                Also::Said(&[
                    "summary",
                    "summaries",
                    "score",
                    "scores",
                    "report",
                    "reports",
                    "recommendation",
                    "recommendations",
                    "output",
                    "outputs",
                    "rating",
                    "ratings",
                ]),
            ],
        ),
        // Prison discipline on the system's output: "Security staff act on the call summaries
        // directly (loss of visits, adjudication charges)" (a hostile review); not the
        // published adjudication rules summarised for officers.
        (
            "judicial",
            &[
                "prisoner",
                "prisoners",
                "inmate",
                "inmates",
                "adjudication",
                "adjudications",
                "visits",
            ],
            &[
                "act",
                "acts",
                "acted",
                "acting",
                "charge",
                "charged",
                "charges",
                "punish",
                "punished",
                "punishes",
                "sanction",
                "sanctioned",
                "segregate",
                "segregated",
                "loss",
            ],
            &[
                Also::Whole,
                Also::InText(&[
                    "prison",
                    "prisons",
                    "prisoner",
                    "prisoners",
                    "inmate",
                    "inmates",
                    "hmp",
                    "custody",
                ]),
                Also::Link,
            ],
        ),
        // A private let refused on the system's grade: "Agents turn down anyone graded D or
        // lower" on a 'tenant reference grade' (a hostile review).
        (
            "critical-benefits",
            &[
                "tenant",
                "tenants",
                "tenancy",
                "tenancies",
                "letting",
                "lettings",
                "rental",
                "rentals",
                "renter",
                "renters",
                "landlord",
                "landlords",
            ],
            &[
                "turn", "turns", "turned", "refuse", "refused", "refuses", "reject", "rejected",
                "rejects", "decline", "declined", "declines",
            ],
            &[Also::Whole, Also::Link],
        ),
        (
            "medical-advice",
            &[
                "symptoms",
                "symptom",
                "medicine",
                "medicines",
                "medication",
                "medications",
                "gp",
                "doctor",
                "pharmacist",
                "treatment",
                "remedy",
                "remedies",
                "tablets",
                "pills",
                "dose",
                "dosage",
                // "whether they can take naproxen with their blood thinners" (a ninth review).
                "naproxen",
                "ibuprofen",
                "paracetamol",
                "painkillers",
                "thinners",
            ],
            // Whole words: "the doctor writes the recommendations" is the doctor's advice.
            &[
                "recommends",
                "recommend",
                "advises",
                "advise",
                "suggests",
                "suggest",
                "whether",
            ],
            &[],
        ),
        // Children with self-harm urges or suicidal thoughts counselled by the system itself: "it
        // writes them a coping plan for self-harm urges and suicidal thoughts itself", "The tutor
        // counsels suicidal children itself" (an eighth review). Not a tool that "does not
        // counsel" and hands the chat to a person.
        (
            "medical-advice",
            &[
                "self",
                "suicidal",
                "suicide",
                "urges",
                "overdose",
                "overdosing",
            ],
            &[
                "counsels",
                "counsel",
                "counselling",
                "counseling",
                "coping",
                "therapy",
            ],
            &[Also::Said(&[
                "it",
                "itself",
                "model",
                "bot",
                "chatbot",
                "tutor",
                "assistant",
                "ai",
                "mode",
            ])],
        ),
        // Advice to people on their own legal affairs (a review's tenants told whether an
        // eviction notice is valid and what to file with the court); not the legal team's own
        // research.
        (
            "legal-advice",
            &[
                "legal",
                "law",
                "laws",
                "tenancy",
                "tenancies",
                "eviction",
                "evictions",
                "landlord",
                "landlords",
                "court",
                "courts",
                "tribunal",
                "dispute",
                "disputes",
                "lawsuit",
                "lawsuits",
                "rights",
                "solicitor",
                "lawyer",
                // "Immigration advice desk ... sends DocBrief's answer on visa eligibility
                // straight back" to clients (a hostile review).
                "immigration",
                "visa",
                "visas",
                "asylum",
            ],
            &["advice", "advises", "advise", "advising", "whether"],
            &[Also::Said(ADVISED)],
        ),
        // Voters told their own deadlines, polling places or ID rules by the system itself (a
        // hostile review's 'VoteBuddy' that "gave the wrong registration deadline"): advice on
        // their legal obligations; not a bot that sends them to the official election office.
        (
            "legal-advice",
            &[
                "registration",
                "deadline",
                "deadlines",
                "polling",
                "ballot",
                "ballots",
                "id",
                "eligibility",
                "absentee",
                "postal",
            ],
            &[
                "answers",
                "answer",
                "answering",
                "gave",
                "gives",
                "give",
                "tells",
                "told",
                "advises",
                "advise",
                "advice",
            ],
            &[
                Also::InText(&[
                    "voter",
                    "voters",
                    "vote",
                    "votes",
                    "voting",
                    "election",
                    "elections",
                    "electoral",
                    "midterms",
                ]),
                Also::Unless(&[
                    "official",
                    "link",
                    "links",
                    "site",
                    "website",
                    "refers",
                    "sends",
                    "redirects",
                ]),
            ],
        ),
        // Insurance claims decided (a review's claims model that declines them with a letter).
        (
            "other-rights-health-safety",
            &[
                "claim",
                "claims",
                "policyholder",
                "policyholders",
                "premium",
                "premiums",
                "cover",
            ],
            &[
                "declin",
                "approv",
                "reject",
                "refus",
                "deni",
                "deny",
                "paid",
                "pay",
                "grant",
                "decid",
                "settl",
                "accept",
                // "recommends whether the policy covers the claim" (a review of the new
                // readings).
                "recommend",
            ],
            &[Also::Insurance],
        ),
        // Insurance refused or claims closed by the system itself, read beside another area
        // marked too: "The model refuses life insurance to applicants based on their health
        // answers" (an eighth review's probe, in a lending host).
        (
            "other-rights-health-safety",
            &[
                "claim",
                "claims",
                "insurance",
                "cover",
                "policy",
                "policies",
                "policyholder",
                "policyholders",
            ],
            &[
                "clos", "repudiat", "refus", "declin", "reject", "deny", "deni", "cancel", "turn",
            ],
            &[Also::Insurance, Also::Link],
        ),
        // Insurance priced with the system's score ("Underwriters set each policyholder's
        // premium from the risk score"); not an explanation of how premiums were set.
        (
            "other-rights-health-safety",
            &[
                "premium", "premiums", "price", "prices", "pricing", "quote", "quotes",
            ],
            &[
                "set", "pric", "quot", "load", "increas", "decid", "calculat",
            ],
            &[Also::Insurance, Also::Link],
        ),
        // Visas and residence refused with the system's output (a reviewer's list of missed
        // areas: migration).
        (
            "other-rights-health-safety",
            &[
                "visa",
                "visas",
                "asylum",
                "immigration",
                "deportation",
                "residency",
                "citizenship",
                "naturalisation",
                "naturalization",
                // "the reviewing officer pastes it into the decision to maintain detention" (an
                // eighth review's 28-day detention review); not a school's detention.
                "detention",
                "detainee",
                "detainees",
                "migrant",
                "migrants",
            ],
            &[
                "refus", "reject", "grant", "approv", "deport", "deny", "deni", "revok", "declin",
                "decid", "maintain", "detain",
            ],
            &[
                Also::Link,
                Also::Unless(&[
                    "pupil", "pupils", "school", "schools", "student", "students", "teacher",
                    "teachers",
                ]),
            ],
        ),
        // Child-protection referrals screened out on a score (the same list: a hotline that
        // screens out referrals the model scores low), where the text is about child welfare,
        // not a tutor's own escalations.
        (
            "other-rights-health-safety",
            &[
                "referral",
                "referrals",
                "allegation",
                "allegations",
                "report",
                "reports",
                // "The score decides which families get a child-protection investigation" (an
                // eighth review's probe).
                "investigation",
                "investigations",
            ],
            // "a s.47 strategy referral opened by the system" (an eighth review).
            &["screen", "investigat", "decid", "open"],
            &[
                Also::InText(&[
                    "protection",
                    "protective",
                    "welfare",
                    "hotline",
                    "caseworker",
                    "caseworkers",
                    "maltreatment",
                    "neglect",
                    // Section 47 of the Children Act: "s.47 strategy referral".
                    "47",
                ]),
                Also::Link,
            ],
        ),
        // Patrols and stops decided with a forecast or a match (the same list: policing).
        (
            "other-rights-health-safety",
            &[
                "patrol",
                "patrols",
                "suspect",
                "suspects",
                "drivers",
                "motorists",
                "vehicles",
                "pedestrians",
            ],
            &[
                "patrol", "stop", "search", "arrest", "deploy", "decid", "target",
            ],
            // Not "officers" alone: loan officers.
            &[
                Also::InText(&[
                    "police",
                    "policing",
                    "constable",
                    "constables",
                    "patrol",
                    "patrols",
                ]),
                Also::Link,
            ],
        ),
        // Embryos chosen for transfer, frozen or discarded by the model's rank: "the top-ranked
        // one is transferred and the others frozen or discarded by rank", "The model picks which
        // embryo is implanted" (an eighth review, in a triage host that marks diagnosis only).
        (
            "other-rights-health-safety",
            &["embryo", "embryos"],
            &[
                "transfer", "implant", "discard", "freez", "frozen", "pick", "select", "chos",
                "choos",
            ],
            &[Also::Said(&[
                "model",
                "models",
                "ranked",
                "rank",
                "ranking",
                "ranks",
                "score",
                "scores",
                "scored",
                "endpoint",
                "algorithm",
                "ai",
            ])],
        ),
        // Money advice to people about their own affairs: "members ... can ask the pensions bot
        // whether to transfer out or take the lump sum, and it gives them a recommendation",
        // "tells contractors whether they're inside or outside IR35", a robo-adviser that tells
        // customers "how much of their ISA to move into it" (a ninth review). Not a price said
        // to include tax, nor the pensions team's own referrals.
        (
            "financial-advice",
            &[
                "pension",
                "pensions",
                "lump",
                "annuity",
                "annuities",
                "isa",
                "isas",
                "sipp",
                "portfolio",
                "portfolios",
                "investment",
                "investments",
                "invest",
                "savings",
                "tax",
                "ir35",
                "hmrc",
                "debts",
            ],
            &[
                "whether",
                "recommendation",
                "recommendations",
                "recommends",
                "recommend",
                "advises",
                "advise",
                "advice",
                "tells",
                "tell",
            ],
            &[
                Also::Said(MONEY_ADVISED),
                Also::Unless(&[
                    "included",
                    "includes",
                    "inclusive",
                    "price",
                    "prices",
                    "vat",
                    "invoice",
                    "invoices",
                    "receipt",
                    "receipts",
                    "refund",
                    "refunds",
                ]),
            ],
        ),
        // People told what to do about their symptoms by the system itself: "the telehealth app
        // runs the model on patients' self-reported symptoms at home and tells low-acuity ones
        // to self-care instead of coming in" (a ninth review).
        (
            "medical-advice",
            &[
                "symptoms",
                "symptom",
                "medicine",
                "medicines",
                "medication",
                "medications",
                "dose",
            ],
            // Not "residents are told it's an AI" (a care home's companion).
            &["tells", "tell"],
            &[Also::Said(&[
                "model", "app", "bot", "chatbot", "endpoint", "tool", "system", "ai",
            ])],
        ),
        // Who gets an organ offer or a critical-care bed, by the system's score: "the list is
        // re-ordered by that score every night; the coordinator offers organs down the list"
        // (a ninth review's transplant unit), "the bed bureau uses the sepsis score to allocate
        // the last ICU/HDU beds".
        (
            "other-rights-health-safety",
            &[
                "transplant",
                "transplants",
                "organ",
                "organs",
                "waitlist",
                "waitlists",
                "donor",
                "liver",
                "livers",
                "kidney",
                "kidneys",
                "icu",
                "hdu",
                "bed",
                "beds",
                "ventilator",
                "ventilators",
            ],
            &[
                "offer", "allocat", "order", "reorder", "priorit", "rank", "decid", "select",
            ],
            &[
                Also::InText(&[
                    "transplant",
                    "transplants",
                    "organ",
                    "organs",
                    "waitlist",
                    "icu",
                    "hdu",
                    "intensive",
                    "intensivist",
                    "ventilator",
                    "ventilators",
                ]),
                Also::Link,
            ],
        ),
        // A recall to prison or stricter reporting on the system's score: "over 0.75 moves them
        // to weekly reporting and the officer's recall recommendation is pre-filled" (a ninth
        // review's benefits score shared with probation). Not a product recall.
        (
            "judicial",
            &[
                "probation",
                "licence",
                "license",
                "offender",
                "offenders",
                "parolee",
                "parolees",
            ],
            &["recall", "recalls", "recalled", "breach", "breached"],
            &[
                Also::Whole,
                Also::InText(&["probation", "licence", "parole", "offender", "offenders"]),
                Also::Link,
            ],
        ),
        // A bank account closed on the system's score: "customers over 0.9 on the derived 'exit
        // risk' get a 60-day account closure notice generated automatically" (a ninth review's
        // de-risking). Not a loan account closed when it is repaid.
        (
            "other-rights-health-safety",
            &["account", "accounts", "customer", "customers"],
            &[
                "closure", "closures", "close", "closed", "closes", "closing", "exit", "exited",
                "exits",
            ],
            &[
                Also::Whole,
                Also::InText(&[
                    "bank",
                    "banks",
                    "banking",
                    "fincrime",
                    "derisking",
                    "risking",
                    "aml",
                    "kyc",
                    "current",
                ]),
                Also::Unless(&["loan", "loans", "repaid", "dormant", "ticket", "tickets"]),
                Also::Link,
            ],
        ),
        // Which applicant gets a private let, by the system's line or score: "an 'affordability:
        // PASS/FAIL' line that negotiators go by when picking which applicant gets the flat",
        // "below 0.4 the portal marks them 'not referenceable' and the branch doesn't offer a
        // viewing" (a ninth review).
        (
            "critical-benefits",
            &[
                "tenant",
                "tenants",
                "letting",
                "lettings",
                "rental",
                "rentals",
                "renter",
                "renters",
                "flat",
                "flats",
                "tenancy",
                "tenancies",
                "viewing",
                "viewings",
            ],
            &[
                "pick", "choos", "select", "decid", "offer", "allocat", "refus", "reject", "declin",
            ],
            &[
                Also::InText(&[
                    "letting",
                    "lettings",
                    "tenant",
                    "tenants",
                    "landlord",
                    "landlords",
                    "rental",
                    "renters",
                    "referencing",
                ]),
                Also::Link,
            ],
        ),
        // A scholarship awarded on the system's score: "awarded on a 'persistence score' the
        // tutor computes from chat logs - top 300 get it" (a ninth review).
        (
            "education",
            &["scholarship", "scholarships", "bursary", "bursaries"],
            &[
                "award", "decid", "select", "pick", "allocat", "given", "give", "get",
            ],
            &[Also::Link],
        ),
        // Job applicants turned away, and staff chosen to go: "reject job applicants", "decide
        // who is fired", "used for hiring decisions" (a ninth review's list of missed words).
        (
            "employment",
            &["applicant", "applicants"],
            &[
                "reject",
                "hire",
                "hiring",
                "shortlist",
                "decid",
                "select",
                "screen",
                "sift",
            ],
            &[Also::InText(&[
                "job",
                "jobs",
                "hiring",
                "recruitment",
                "recruiting",
                "vacancy",
                "vacancies",
                "employer",
                "employers",
            ])],
        ),
        (
            "employment",
            &["hiring", "recruitment"],
            &["decisions", "decision", "decide", "decides"],
            &[Also::Whole],
        ),
        (
            "employment",
            &["fired", "sacked", "dismissed"],
            &["decid", "pick", "choos", "select", "rank"],
            &[
                Also::Said(&["who", "whom", "which", "staff", "employees", "workers"]),
                Also::Unless(&[
                    "process",
                    "processes",
                    "thread",
                    "threads",
                    "job",
                    "jobs",
                    "pod",
                    "pods",
                    "kiln",
                    "eggs",
                ]),
            ],
        ),
        (
            "employment",
            &["lay", "laid"],
            &["decid", "pick", "choos", "select", "rank"],
            &[
                Also::Said(&["off"]),
                Also::Said(&["who", "whom", "which", "staff", "employees", "workers"]),
            ],
        ),
        (
            "medical-diagnosis",
            &[
                "patient",
                "patients",
                "diagnoses",
                "medication",
                "medications",
                "symptoms",
            ],
            &["prescrib", "diagnos", "treat", "triage", "dose", "dosing"],
            &[],
        ),
        // A possession claim or notice on the system's word: "the summary ends 'recommend
        // possession: Y/N', and Y cases are filed for a Section 8 notice by the paralegal team"
        // (a tenth review). Not an officer's own notice, with nothing of the system's said.
        (
            "critical-benefits",
            &[
                "possession",
                "eviction",
                "evictions",
                "notice",
                "notices",
                "section",
            ],
            &[
                "filed",
                "issued",
                "served",
                "sought",
                "recommend",
                "recommends",
                "recommended",
            ],
            &[
                Also::Whole,
                Also::InText(&[
                    "tenant",
                    "tenants",
                    "tenancy",
                    "tenancies",
                    "arrears",
                    "landlord",
                    "landlords",
                    "housing",
                ]),
                Also::Said(&[
                    "summary",
                    "summaries",
                    "score",
                    "scores",
                    "flag",
                    "flags",
                    "model",
                    "tool",
                    "output",
                    "recommendation",
                    "recommendations",
                ]),
            ],
        ),
        // What the system wrote put before the court as it is: "the 'welfare concerns' paragraph
        // is pasted straight into the position statement the court relies on for contact
        // orders" (a tenth review).
        (
            "judicial",
            &[
                "court",
                "courts",
                "judge",
                "judges",
                "bench",
                "tribunal",
                "tribunals",
                "magistrates",
            ],
            &[
                "relies",
                "rely",
                "relied",
                "pasted",
                "copied",
                "filed",
                "submitted",
            ],
            &[
                Also::Whole,
                Also::Said(&["pasted", "copied", "paste", "copy", "verbatim", "straight"]),
            ],
        ),
        // Remand or bail on the system's band: "at first hearing the bench is shown 'high risk
        // of non-attendance' and remand is routinely ordered on that line alone" (a tenth
        // review).
        (
            "judicial",
            &["remand", "bail", "custody"],
            &["ordered", "refused", "granted", "denied", "decided"],
            &[
                Also::Whole,
                Also::InText(&[
                    "court",
                    "courts",
                    "magistrates",
                    "bench",
                    "hearing",
                    "hearings",
                    "judge",
                    "judges",
                ]),
                Also::Said(&[
                    "band", "banding", "bands", "score", "scores", "risk", "flag", "rating",
                ]),
            ],
        ),
        // Immigration detention reviewed on the system's summaries: "the removals team's use on
        // detention reviews (DET-R) was never evaluated" (a tenth review). Not a school's.
        (
            "other-rights-health-safety",
            &["detention", "detainee", "detainees"],
            &["reviews", "review", "hearings", "hearing", "decisions"],
            &[
                Also::Whole,
                Also::Said(&[
                    "use",
                    "used",
                    "uses",
                    "summary",
                    "summaries",
                    "model",
                    "tool",
                    "output",
                ]),
                // Nor a use only asked for: "The removals team asked to use it on detention
                // reviews; that was turned down" (a review of honest text).
                Also::Unless(&[
                    "pupil",
                    "pupils",
                    "school",
                    "schools",
                    "student",
                    "students",
                    "teacher",
                    "teachers",
                    "class",
                    "asked",
                    "request",
                    "requested",
                    "proposed",
                ]),
            ],
        ),
        // Medical advice given by the system to the people who use it: "older children can
        // describe symptoms ... and get a suggested over-the-counter medicine and dose", "The
        // tutor gives children medical advice" (a tenth review). Not a clinician's advice.
        (
            "medical-advice",
            &[
                "medical",
                "medicine",
                "medicines",
                "medication",
                "medications",
                "dose",
                "doses",
                "dosage",
                "symptoms",
            ],
            &[
                "advice",
                "suggested",
                "recommended",
                "suggests",
                "recommends",
                "advises",
            ],
            &[
                Also::Whole,
                Also::Said(&[
                    "children",
                    "child",
                    "kids",
                    "pupils",
                    "students",
                    "users",
                    "patients",
                    "customers",
                    "people",
                    "tutor",
                    "bot",
                    "chatbot",
                    "app",
                    "model",
                    "it",
                ]),
                Also::Unless(&[
                    "gp",
                    "gps",
                    "doctor",
                    "doctors",
                    "pharmacist",
                    "pharmacists",
                    "nurse",
                    "nurses",
                    "clinician",
                    "clinicians",
                    "parent",
                    "parents",
                    "adult",
                    "refers",
                    "refer",
                    "declines",
                ]),
            ],
        ),
        // Legal advice on a settlement given by the system: "the employee-relations bot draft
        // the advice letter for staff being exited, telling them whether to sign the
        // settlement agreement" (a tenth review). Not a lawyer's.
        (
            "legal-advice",
            &["settlement", "severance", "compromise"],
            &["whether", "advice", "advises", "advise"],
            &[
                Also::InText(&[
                    "agreement",
                    "agreements",
                    "exit",
                    "exited",
                    "exiting",
                    "redundancy",
                    "dismissal",
                ]),
                Also::Said(&["bot", "chatbot", "tool", "model", "ai", "assistant", "it"]),
                Also::Unless(&["lawyer", "lawyers", "solicitor", "solicitors", "counsel"]),
            ],
        ),
    ];
    // The nouns a decision word can stand before as the name of a document or of the people
    // who decide, not a decision: "interview guidelines", "hiring managers".
    const DOCUMENTS: &[&str] = &[
        "manager",
        "managers",
        "panel",
        "panels",
        "team",
        "teams",
        "committee",
        "office",
        "guideline",
        "guidelines",
        "guide",
        "guides",
        "guidance",
        "procedure",
        "procedures",
        "process",
        "template",
        "templates",
        "handbook",
        "rubric",
        "rubrics",
        "criteria",
        "recording",
        "recordings",
        "script",
        "scripts",
        "training",
        "manual",
        "description",
        "descriptions",
        "rules",
        // "Staff summarise policies incl. the promotion policy" (a sixth review's false
        // alarm).
        "policy",
        "policies",
    ];
    // The subjects of an area named only where the text says what they are about: "claims"
    // of insurance, not of marketing.
    const INSURANCE: &[&str] = &[
        "insurance",
        "insurer",
        "insurers",
        "insured",
        "covered",
        "policyholder",
        "policyholders",
        "underwriting",
        "underwriter",
        "underwriters",
        // "summaries of adjuster reports are what handlers use to turn down escape-of-water
        // claims" (an eighth review).
        "adjuster",
        "adjusters",
    ];
    // Where the text is: the answer that says what the system is for (other answers name
    // patients or loans as the data it was trained on), the out-of-scope answer, or the note on
    // the answer that marks no area.
    #[derive(PartialEq, Clone, Copy)]
    enum Source {
        Use,
        OutOfScope,
        Note,
        /// A limitation.
        Limitation,
        /// The note on another answer: "the parole panel gets the model's summary instead of
        /// the dossier" in a note on how outputs are checked (a fifth review's summariser that
        /// marks no area).
        OtherNote,
    }
    let text_of = |x: &crate::questionnaire::Question| match facts.answer(&x.id) {
        Some(Answer::Text(t)) => Some(t.as_str()),
        _ => None,
    };
    let role = |x: &crate::questionnaire::Question, r: &str| {
        matches!(x.kind, QuestionKind::Text | QuestionKind::LongText)
            && x.role.as_deref() == Some(r)
    };
    // An out-of-scope answer is mostly what the system is not for ("Hiring decisions" in a list
    // of exclusions): read only where it says people use or act on it, a cheap look first.
    let acted_on = |t: &str| {
        [
            "act on",
            "acts on",
            "rely on",
            "relies on",
            "basis",
            "based on",
            "use it",
            "uses it",
            // "Wealth (WM-77) uses the PD score ... in its robo-adviser" (a ninth review).
            "uses ",
            "used ",
        ]
        .iter()
        .any(|k| super::contains_ignoring_ascii_case(t, k))
    };
    // The part of an out-of-scope answer after an exception it makes is a use: "Not for ...
    // decisions about a person - apart from the clearing shortlist in August, where the
    // summariser ranks applicants", "Exception: the telehealth app ... tells low-acuity ones to
    // self-care" (a ninth review). The exclusions before it are not read.
    fn excepted(t: &str) -> Option<&str> {
        // "Not for legal advice or HR case files - though we do let the employee-relations bot
        // draft the advice letter" (a tenth review).
        let keys = [
            "apart from",
            "except",
            "exception",
            "though we do",
            "but we do",
            "though it does",
            "but it does",
        ];
        if !keys
            .iter()
            .any(|k| super::contains_ignoring_ascii_case(t, k))
        {
            return None;
        }
        let lower = t.to_ascii_lowercase();
        let at = keys.iter().filter_map(|k| lower.find(k)).min()?;
        t.get(at..)
    }
    // Areas already marked: read only for another area the use reaches, in the answers that
    // say what it is for (a hostile review's lending host whose new line grades tenants for
    // letting agents, a benefits sorter that now allocates school places).
    let marked = facts.any_category();
    // Whether each area is one of the questionnaire's and not marked: the same for every clause
    // read, found once (for each clause and area it searched the categories and the marked ones
    // again, most of this reader's cost, issue 7).
    let open: Vec<bool> = AREAS
        .iter()
        .map(|(id, ..)| q.categories.iter().any(|c| c.id == *id) && !facts.has_category(id))
        .collect();
    let texts = answered(q, facts)
        .filter(|(x, ans)| x.role.is_some() && matches!(ans, Some(Answer::Text(_))))
        .filter_map(|(x, _)| {
            if role(x, "intended-use") {
                text_of(x).map(|t| (x, t, Source::Use))
            } else if role(x, "limitations") && !marked {
                text_of(x).map(|t| (x, t, Source::Limitation))
            } else if role(x, "intended-users") {
                // Who uses it may say what for: "members ... can ask the pensions bot whether to
                // transfer out" (a ninth review).
                text_of(x).map(|t| (x, t, Source::Use))
            } else if role(x, "out-of-scope") {
                text_of(x).and_then(|t| match excepted(t) {
                    Some(rest) => Some((x, rest, Source::Use)),
                    None => acted_on(t).then_some((x, t, Source::OutOfScope)),
                })
            } else {
                None
            }
        })
        .chain(
            a.notes
                .get(marking.id.as_str())
                .filter(|_| !marked)
                .map(|n| (marking, n.as_str(), Source::Note)),
        )
        // Beside an area marked too, the notes on other answers, read for another area only
        // through the readings that tie it to the system (the strict rows below): "the bench is
        // shown 'high risk of non-attendance' and remand is routinely ordered on that line
        // alone" in a note on a benefits sorter's role (a tenth review).
        .chain(notes_in_order.iter().filter_map(|&(i, n)| {
            let x = q.questions.get(i)?;
            (x.id != marking.id && at(i).is_some()).then_some((x, n, Source::OtherNote))
        }));
    // What one text says, as this reader finds it: the same for the same text, source, areas
    // open and areas marked, so read once per session (the patch after each key in the wizard
    // reads every note again: issue 7).
    let read = |text: &str, from: Source| -> Option<(&'static str, String)> {
        let joined = crate::assessment::as_words(text);
        let all = super::spaced_words(&joined);
        // Or cover beside claims: "For travel cover, the model rejects claims" (a review of
        // the new readings).
        let insurance = all.split_whitespace().any(|w| INSURANCE.contains(&w))
            || (all.match_indices(" cover").any(|(at, _)| {
                // Not a "cover letter", "cover page" or "cover note".
                // " cover " or " covers ", not "coverage" alone.
                let rest = all.get(at + 6..).unwrap_or_default();
                let rest = rest.strip_prefix("s ").or_else(|| rest.strip_prefix(' '));
                !rest.is_none_or(|r| {
                    ["letter", "page", "sheet", "note", "story"]
                        .iter()
                        .any(|n| r.starts_with(n))
                })
            }) && (all.contains(" claims ")
                // "how to claim statutory pay" is the verb (a review of honest answers).
                || (all.contains(" claim ") && !all.contains(" to claim "))));
        let in_text = |list: &[&str]| all.split_whitespace().any(|w| list.contains(&w));
        // Where in the text each sentence starts, for the words before it.
        let mut read_to = 0;
        // Sentences end at a full stop before a space, not at the point of "0.7".
        for whole in sentences_of(&joined) {
            // The clauses before this one in the sentence: "Casework unit now feeds asylum
            // interview transcripts through it; ... the decision-maker drafts the refusal from
            // it" (a hostile review) names the asylum case in one clause and the refusal in
            // the next.
            let mut before = String::new();
            let earlier = joined.get(..read_to).unwrap_or_default();
            read_to += whole.len();
            for sentence in whole.split([';', '!', '?']) {
                let sentence = sentence.trim().trim_end_matches('.');
                let carried = super::spaced_words(&before);
                before.push(' ');
                before.push_str(sentence);
                let mut spaced = super::spaced_words(sentence);
                // "Claims predicted not covered are declined" says what is decided, and denies
                // nothing of it.
                let denied = |spaced: &str| {
                    let words: Vec<&str> = spaced.split_whitespace().collect();
                    words.iter().enumerate().any(|(i, w)| denies(&words, i, w))
                };
                if denied(&spaced) {
                    // A denial in a clause joined on after the decision denies that clause only:
                    // "have their result annulled by the exams officer, who goes off the summary
                    // and doesn't watch the recording" (a hostile review).
                    let Some(kept) = sentence
                        .match_indices(", ")
                        .filter(|(at, _)| {
                            let rest = sentence.get(at + 2..).unwrap_or_default();
                            ["and ", "but ", "who ", "which ", "while ", "so "]
                                .iter()
                                .any(|c| rest.starts_with(c))
                        })
                        .map(|(at, _)| super::spaced_words(sentence.get(..at).unwrap_or_default()))
                        .take_while(|p| !denied(p))
                        .last()
                    else {
                        continue;
                    };
                    spaced = kept;
                }
                // A request refused is no use: "A request from FinCrime to close accounts on the
                // score, without an investigator, was refused by the model risk committee" (a
                // review of honest text).
                if refused_request(sentence).is_some() {
                    continue;
                }
                let words: Vec<&str> = spaced.split_whitespace().collect();
                // The people a clause names only as "anyone" are those the text named before it:
                // "a 1-5 reliability rating per courier; anyone under 3.2 two weeks running is
                // offboarded" (a hostile review).
                let anyone = words
                    .iter()
                    .any(|w| matches!(*w, "anyone" | "everyone" | "whoever"));
                let earlier = if anyone {
                    super::spaced_words(earlier)
                } else {
                    String::new()
                };
                let carried: Vec<&str> = carried
                    .split_whitespace()
                    .chain(earlier.split_whitespace())
                    .collect();
                // A count of what others decided ("how many claims were declined last quarter"),
                // or a decision already taken in the clause ("the handler has already decided
                // whether it is paid"), is no decision made with the system (a review of the new
                // readings).
                let said = |p: &[&str]| words.windows(p.len()).any(|w| w == p);
                // "Already" of a decision taken, not of the outcome already in place: "the social
                // worker picks it up after the referral is already on the child's record" (an
                // eighth review).
                let taken = |w: &&str| {
                    w.ends_with("ed") || matches!(*w, "made" | "taken" | "done" | "set" | "been")
                };
                let already = words.iter().enumerate().any(|(i, w)| {
                    *w == "already"
                        && (i
                            .checked_sub(1)
                            .and_then(|j| words.get(j))
                            .is_some_and(|b| matches!(*b, "has" | "have" | "had"))
                            || words.get(i + 1).is_some_and(taken))
                });
                if said(&["how", "many"])
                    || already
                    || ["has", "have", "had"].iter().any(|h| said(&[h, "decided"]))
                {
                    continue;
                }
                // People who decide "themselves" or with their own means, with nothing of the
                // system's in the decision (honest notes: "Teachers grade every essay themselves",
                // "teachers grade their pupils using their own rubric").
                if (words.contains(&"themselves") || by_own_means(&words))
                    && !tied_to_output(&words)
                {
                    continue;
                }
                // Out of scope, only what people are said to do with it, and not as an exclusion
                // ("Consumers ... act on its advice on their own").
                if from == Source::OutOfScope
                    && (![
                        "act", "acts", "rely", "relies", "basis", "based", "use", "uses", "used",
                    ]
                    .iter()
                    .any(|v| words.contains(v))
                        || words.contains(&"scope"))
                {
                    continue;
                }
                let Some((_, (area, _, _, _))) = AREAS.iter().enumerate().find(|(k, (id, subjects, decisions, also))| {
                    let object = also.iter().any(|c| matches!(c, Also::Object));
                    // Elsewhere than in what the system is for, only an area that asks for more
                    // than a subject and a decision word: "Summaries of exam-board documents
                    // sometimes ignore moderation notes (... the second marking of coursework)"
                    // is a limitation, not marking (a review of honest answers).
                    let strict = also
                        .iter()
                        .any(|c| matches!(c, Also::Link | Also::Object | Also::Actor | Also::Said(_)));
                    // Beside an area already marked, likewise: "a summary that covers every
                    // document in the claim ...; a caseworker decides every claim" is the benefit
                    // claim the host marks, not insurance (a review of honest answers).
                    (strict || (!marked && !matches!(from, Source::Limitation | Source::OtherNote)))
                        // In a note beside an area marked, only a decision tied to the system
                        // in so many words, or a court's: "IVF patients are told ... that a
                        // model ranks embryos" in a note on medical safeguards is the consent
                        // form (a review of honest text).
                        && !(marked
                            && from == Source::OtherNote
                            && *id != "judicial"
                            && !also.iter().any(|c| matches!(c, Also::Link)))
                        && open.get(*k).copied().unwrap_or(false)
                        // Advice beside a marked decision is mostly the same work told to the
                        // person ("the pharmacist recommends ..." in a triage tool), unless the
                        // system gives it itself: a lending host's robo-adviser that tells
                        // customers how much of their ISA to move (a ninth review).
                        && !(marked
                            && id.ends_with("-advice")
                            && !advised_by_system(&words, decisions))
                        // The subject from an earlier clause only where the decision is tied to
                        // the system: "summarise tenancy guidance; every allocation is decided by
                        // the panel from the full file" is the panel's (a review of honest answers).
                        && (object
                            || words.iter().any(|w| subjects.contains(w))
                            || (strict && carried.iter().any(|w| subjects.contains(w))))
                        && also.iter().all(|c| match c {
                            Also::Insurance => insurance,
                            Also::InText(list) => in_text(list),
                            Also::Unless(list) => !words.iter().any(|w| list.contains(w)),
                            Also::Said(list) => words
                                .iter()
                                .chain(carried.iter())
                                .any(|w| list.contains(w)),
                            Also::Link => {
                                tied_to_output(&words)
                                    || put_to_use(&words)
                                    || output_decided(&words, decisions)
                                    || system_decides(&words, subjects, decisions)
                                    || decided_automatically(&words, decisions)
                            }
                            Also::Object | Also::Whole | Also::Actor => true,
                        })
                        && words.iter().enumerate().any(|(i, w)| {
                            // A decision already taken before the system is used ("after a
                            // caseworker has decided a claim, the tool drafts the letter").
                            let before = i.checked_sub(1).and_then(|j| words.get(j));
                            let whole = id.ends_with("-advice")
                                || object
                                || also.iter().any(|c| matches!(c, Also::Whole));
                            let after = words.get(i + 1..).unwrap_or_default();
                            decisions
                                .iter()
                                .any(|d| if whole { w == d } else { w.starts_with(d) })
                                // "turn" only as "turn down" or "turn away": not a claims
                                // turnaround.
                                && (!w.starts_with("turn")
                                    || matches!(after.first(), Some(&("down" | "away"))))
                                // A word that names a document or a team, not a decision:
                                // "interview guidelines", "hiring managers" (a hostile review's
                                // false alarm on "Recruiters summarise our own ... interview
                                // guidelines").
                                && (!after.first().is_some_and(|n| DOCUMENTS.contains(n))
                                    || handed_to_a_decider(&words, i))
                                // A body named after what it guides: "the Sentencing Council
                                // guidelines" (an eighth review's false alarm).
                                && !(w.ends_with("ing") && after.first() == Some(&"council"))
                                && !before.is_some_and(|b| {
                                    matches!(*b, "has" | "have" | "had" | "already" | "been")
                                })
                                // A document about it: "our policies on dismissal" (a review
                                // of honest text), as "the dismissal policy" above.
                                && !(before.is_some_and(|b| {
                                    matches!(*b, "on" | "about" | "for" | "covering" | "regarding")
                                }) && i
                                    .checked_sub(2)
                                    .and_then(|j| words.get(j))
                                    .is_some_and(|d| DOCUMENTS.contains(d)))
                                // "fire the lowest rated warehouse staff" (a hostile review's
                                // probe): within five words, before the next phrase.
                                && (!object
                                    || after
                                        .get(..5)
                                        .unwrap_or(after)
                                        .iter()
                                        .take_while(|n| {
                                            !matches!(**n, "from" | "for" | "by" | "with" | "and" | "or" | "but")
                                        })
                                        .any(|n| subjects.contains(n)))
                                && (!also.iter().any(|c| matches!(c, Also::Actor))
                                    || words
                                        .get(i.saturating_sub(3)..i)
                                        .unwrap_or_default()
                                        .iter()
                                        .any(|n| subjects.contains(n)))
                        })
            }) else {
                continue;
            };
                // People who decide with nothing of the system's, said anywhere in the
                // sentence: "hiring decisions are made by the hiring manager and the panel, who
                // never see tool output about candidates", "Recruiters decide; the tool is not
                // used in hiring" (a review of honest text).
                if kept_out_of_the_decision(whole, &words) {
                    continue;
                }
                return Some((*area, sentence.to_string()));
            }
        }
        None
    };
    // The areas open and whether any is marked, the same for every text.
    let reading: String = std::iter::once(marked)
        .chain(open.iter().copied())
        .map(|o| if o { '1' } else { '0' })
        .collect();
    // One key written over for each text (a `format!` for each was a seventh of the patch).
    let mut key = String::new();
    for (x, text, from) in texts {
        key.clear();
        key.push(char::from(b'0' + from as u8));
        key.push_str(&reading);
        key.push('\u{0}');
        key.push_str(text);
        let Some((area, sentence)) = by_text(&DECISIONS_SEEN, &key, 4096, || read(text, from))
        else {
            continue;
        };
        let title = q
            .categories
            .iter()
            .find(|c| c.id == area)
            .map_or(area, |c| c.title.as_str());
        // The team's words inside raia's quotes: a quotation mark of theirs would close
        // them.
        let quoted = sentence.replace('"', "'");
        let (answers, questions) = if from == Source::Note {
            (
                format!(
                    "the note on \"{}\": \"{quoted}\", beside the answer {}",
                    marking.prompt,
                    super::display_answer(marking, answer)
                ),
                vec![marking.id.clone()],
            )
        } else {
            let lead = if from == Source::OtherNote {
                format!("the note on \"{}\": ", x.prompt)
            } else {
                format!("{} → ", x.prompt)
            };
            (
                format!(
                    "{lead}\"{quoted}\", and {} → {}",
                    marking.prompt,
                    super::display_answer(marking, answer)
                ),
                vec![x.id.clone(), marking.id.clone()],
            )
        };
        return Some(ContradictionFinding {
            id: Text::from(DECISION_IN_THE_WORDS),
            message: Text::from(if marked && area.ends_with("-advice") {
                format!(
                    "One answer describes the system advising people about their own situation in an area the policy names ({title}) that the answers do not mark: mark that area too, or correct the description"
                )
            } else if marked {
                format!(
                    "One answer describes people deciding with what the system gives them in an area the policy names ({title}) that the answers do not mark; a system that only informs the person who decides still counts: mark that area too, or correct the description"
                )
            } else if area.ends_with("-advice") {
                format!(
                    "One answer describes the system advising people about their own situation in an area the policy names ({title}), another that it makes no consequential decision and gives no such advice: mark the area it touches, or correct the description"
                )
            } else {
                format!(
                    "One answer describes people deciding with what the system gives them in an area the policy names ({title}), another that the system makes no consequential decision; a system that only informs the person who decides still counts: mark the area it touches, or correct the description"
                )
            }),
            answers,
            blocks: Vec::new(),
            questions,
            consequential_in_doubt: !marked,
            judgement: false,
            doubts: Vec::new(),
        });
    }
    None
}

/// Whether a sentence's advice word comes from the system itself: a model, app or bot named in
/// the ten words before it, after any person who advises ("place customers in a model
/// portfolio and tell them how much of their ISA to move", a ninth review), not "the model
/// flags interactions and the pharmacist recommends".
fn advised_by_system(words: &[&str], decisions: &[&str]) -> bool {
    const AGENTS: &[&str] = &[
        "model", "app", "bot", "chatbot", "robo", "endpoint", "tool", "system", "ai",
    ];
    const PEOPLE: &[&str] = &[
        "pharmacist",
        "pharmacists",
        "nurse",
        "nurses",
        "doctor",
        "doctors",
        "clinician",
        "clinicians",
        "physician",
        "physicians",
        "gp",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "planner",
        "planners",
        "officer",
        "officers",
        "staff",
    ];
    words.iter().enumerate().any(|(i, w)| {
        if !decisions.contains(w) {
            return false;
        }
        let from = i.saturating_sub(10);
        let window = words.get(from..i).unwrap_or_default();
        let agent = window.iter().rposition(|b| AGENTS.contains(b));
        // A robo-adviser is the system.
        let person = window.iter().enumerate().rposition(|(j, b)| {
            PEOPLE.contains(b) && !(j > 0 && window.get(j - 1) == Some(&"robo"))
        });
        agent.is_some_and(|a| person.is_none_or(|p| a > p))
    })
}

/// Whether a sentence hands what it makes about a named person to the team that decides on
/// them, the team's decision word at `i`: "DocBrief pulls their public Instagram ... into a one-page profile ... for the hiring
/// manager" of "a candidate's name" (a fourth review), where "hiring" names the team; not
/// "Recruiters summarise our own ... interview guidelines for hiring managers", which names no
/// one decided on.
fn handed_to_a_decider(words: &[&str], i: usize) -> bool {
    let back = |n: usize| i.checked_sub(n).and_then(|j| words.get(j)).copied();
    let to = |w: Option<&str>| matches!(w, Some("for" | "to"));
    (to(back(1)) || (back(1) == Some("the") && to(back(2))))
        && words.iter().any(|w| {
            matches!(
                *w,
                "candidate" | "candidates" | "applicant" | "applicants" | "cv" | "cvs"
            )
        })
}

/// What one safeguard's result depends on besides its own entry and the answers that show it
/// in place: the answers as the walk left them, the categories marked, the contradictions that
/// hold. The whole evaluation and the patch after one answer (`super::update`) both work out
/// a safeguard through [`Scope::safeguard`], so the two cannot drift apart.
pub(super) struct Scope<'a> {
    pub(super) q: &'a Questionnaire,
    pub(super) a: &'a Assessment,
    pub(super) facts: &'a dyn Facts,
    pub(super) categories: &'a [CategoryFinding],
    pub(super) contradictions: &'a [ContradictionFinding],
    /// A safeguard taken as in place with nothing contradicting it ("what if it were").
    pub(super) assume: Option<&'a str>,
    /// What the answers' words deny of each safeguard they may show, read while the
    /// contradictions were found ([`contradictions_and_denials`]); a safeguard not in it is read
    /// when it is judged. Sorted by id.
    pub(super) denied_ahead: &'a [(&'a str, Vec<String>)],
    /// The texts that may deny a review or an appeal, read once for all safeguards.
    pub(super) texts: OutcomeTexts<'a>,
}

/// The policy catalogue's requirements whose safeguards evaluate a system (its risks, its
/// testing) rather than control how it is used (DESIGN.md's stable ids).
const EVALUATION_REQUIREMENTS: &[&str] = &["risk-evaluation", "testing"];

/// Weak-evidence phrases that deny the check itself: they weigh even beside a check named as
/// in use ("a photo of their passport, not checked by anyone").
const UNDOES_CHECK: &[&str] = &[
    "not checked",
    "unchecked",
    "not verified",
    "unverified",
    "not validated",
    "unvalidated",
];

impl Scope<'_> {
    /// Whether a requirement applies by its own rule (not counting safeguards an answer
    /// requires on their own account).
    pub(super) fn applies_by_rule(&self, r: &crate::questionnaire::Requirement) -> bool {
        match r.applies {
            Applies::Always => true,
            Applies::Consequential => !self.categories.is_empty(),
            Applies::When => r.applies_when.as_ref().is_some_and(|c| c.holds(self.facts)),
        }
    }

    /// Safeguard `s`: required or not, its status, and whether the answers support it.
    /// `shown`: what the answers that show it in place say, in asking order.
    pub(super) fn safeguard(
        &self,
        s: &crate::questionnaire::Safeguard,
        shown: &[String],
    ) -> SafeguardResult {
        // Copied only when `satisfied_when` adds to it.
        let mut shown = std::borrow::Cow::Borrowed(shown);
        let (q, a, facts) = (self.q, self.a, self.facts);
        let requirement = q.requirement(&s.requirement);
        let for_consequential = match &s.required_when {
            Some(c) => c.holds_through_category(facts),
            None => requirement
                .is_some_and(|r| r.applies == Applies::Consequential && self.applies_by_rule(r)),
        };
        let (required, required_because) = match &s.required_when {
            Some(c) if c.holds(facts) => (
                true,
                vec![RequiredBecause::Condition {
                    holding: c.describe_grounds(facts, q),
                }],
            ),
            Some(_) => (false, Vec::new()),
            None => match requirement {
                Some(r) if self.applies_by_rule(r) => (
                    true,
                    vec![match r.applies {
                        Applies::Always => RequiredBecause::EveryUse {
                            requirement: r.id.clone(),
                        },
                        Applies::Consequential => RequiredBecause::Consequential {
                            categories: self.categories.iter().map(|c| c.id.clone()).collect(),
                        },
                        Applies::When => RequiredBecause::RequirementCondition {
                            holding: r
                                .applies_when
                                .as_ref()
                                .map(|c| c.describe_grounds(facts, q))
                                .unwrap_or_default(),
                        },
                    }],
                ),
                _ => (false, Vec::new()),
            },
        };
        // The policy binds a safeguard only where this use requires it: one it does not require
        // reads as the questionnaire's advice whatever else applies (a new-user review saw a
        // weapon control on a support bot turn "required by the policy" when an unrelated
        // decision area was ticked, beside "not required for this use").
        let basis = match (
            s.basis,
            requirement
                .filter(|r| required && self.applies_by_rule(r))
                .map(|r| r.basis),
        ) {
            (Basis::Policy, Some(Basis::Policy)) => {
                if s.policy_when.as_ref().is_none_or(|c| c.holds(facts)) {
                    Basis::Policy
                } else {
                    Basis::Practice
                }
            }
            _ => Basis::Practice,
        };
        let obligation = requirement.map_or(Obligation::Must, |r| r.obligation);

        let blocking: Vec<&ContradictionFinding> = self
            .contradictions
            .iter()
            .filter(|c| c.blocks.iter().any(|b| b == &s.id))
            .collect();
        // Read as evidence is read: a text answer that says nothing checkable shows nothing.
        let as_evidence = AsEvidence::new(facts, q);
        let mut answers_show_nothing: Vec<Text> = Vec::new();
        if let Some(c) = &s.satisfied_when {
            if c.holds(&as_evidence) {
                let all = shown.to_mut();
                all.push(c.describe_holding(&as_evidence, q));
                crate::questionnaire::merge_by_question(all);
            } else if as_evidence
                .read
                .borrow()
                .iter()
                .any(|(_, nothing)| *nothing)
                && c.holds(facts)
            {
                // It would hold on the answers as given: the ones read as showing nothing are
                // why it does not.
                answers_show_nothing = as_evidence
                    .read
                    .borrow()
                    .iter()
                    .filter(|(_, nothing)| *nothing)
                    .filter_map(|(id, _)| q.question(id).map(|x| x.prompt.clone()))
                    .collect();
            }
        }
        let recorded = a.safeguards.get(s.id.as_str());
        let mut conflict: Vec<Conflict> = Vec::new();
        let mut ruled_out: Vec<Conflict> = Vec::new();
        // A satisfying answer never wins over a contradicting one.
        for c in &blocking {
            conflict.push(Conflict::Contradiction {
                id: c.id.clone(),
                message: c.message.clone(),
                answers: c.answers.clone(),
            });
        }
        let mut unjustified = false;
        if self.assume == Some(s.id.as_str()) {
            conflict.clear();
        }
        match recorded
            .map(|r| r.status)
            .filter(|_| self.assume != Some(s.id.as_str()))
        {
            Some(SafeguardStatus::InPlace) if shown.is_empty() => {
                // Recorded in place while the answers that could show it say otherwise; not
                // where another answer says it is there and only its evidence can show it ("for
                // adults, behind an age check" beside child-safety measures left unticked).
                let claimed = s.claimed_when.as_ref().is_some_and(|c| c.holds(facts));
                let against: Vec<(Text, String)> = q
                    .questions_satisfying(&s.id)
                    .into_iter()
                    .filter_map(|x| facts.answer(&x.id).map(|ans| (x, ans)))
                    .map(|(x, ans)| (x.id.clone(), display_answer(x, ans)))
                    .collect();
                if !against.is_empty() && !claimed {
                    conflict.push(Conflict::InPlaceAgainstAnswers { answers: against });
                }
                // In place on the record alone: no answer shows it and no evidence backs
                // it ("", "-", "n/a", "tbd"...). It stays a gap and earns nothing, as not
                // applicable without a reason does.
                // Read as words once for the three (each would make its own copy of evidence
                // written over several lines).
                if recorded.is_some_and(|r| {
                    let words = crate::assessment::as_words(&r.evidence);
                    is_empty_reason(&words)
                        || super::only_the_title(&words, &s.title)
                        || super::names_nothing_to_check(&words, &s.title)
                        || super::denies_the_title(&words, &s.title)
                        || super::points_to_this_assessment(&r.evidence)
                        || practice::evidence_undone(&words)
                }) {
                    unjustified = true;
                }
            }
            // Shown by an answer, and recorded in place on evidence that says the work was
            // not done ("Not performed."): the team's own record denies the tick (a hostile
            // review saw the tick silence it). Blank or placeholder evidence adds nothing
            // beside the answer, and says nothing against it.
            Some(SafeguardStatus::InPlace)
                if recorded.is_some_and(|r| evidence_denies_once(&r.evidence, &s.title)) =>
            {
                conflict.push(Conflict::EvidenceAgainstAnswers {
                    answers: shown.to_vec(),
                });
            }
            Some(SafeguardStatus::NotApplicable) if required => {
                if basis == Basis::Policy {
                    // Policy basis means the policy's own words require it for this use.
                    ruled_out.push(Conflict::NotApplicableUnderPolicy);
                }
                if let Some(c) = s
                    .never_not_applicable_when
                    .as_ref()
                    .filter(|c| c.holds(facts))
                {
                    ruled_out.push(Conflict::NotApplicableWhen {
                        holding: c.describe_holding(facts, q),
                    });
                }
                // Not there, by the team's own record, and the policy's words need it: a gap
                // whatever the reason. Where an answer says it is there, the record and the
                // answers disagree: to be confirmed, with both said. A recommendation stays to
                // be confirmed too: as a gap it would be an open recommendation the gate lets
                // pass, while consent records waved away for a cloned voice must fail it.
                if !shown.is_empty() || basis != Basis::Policy {
                    conflict.append(&mut ruled_out);
                } else if !ruled_out.is_empty() {
                    unjustified = true;
                }
                if recorded.is_some_and(|r| {
                    let words = crate::assessment::as_words(&r.evidence);
                    super::is_empty_why(&words) || super::only_the_title(&words, &s.title)
                }) {
                    unjustified = true;
                }
            }
            _ => {}
        }
        // Shown by an answer whose own note, or the summary that dates it, says the work was
        // not done: the boxes stay ticked while the words deny them (a hostile review passed
        // the gate with "Not performed." in the notes and "Testing has not been performed
        // yet." as the test summary).
        if !shown.is_empty()
            && blocking.is_empty()
            && self.assume != Some(s.id.as_str())
            && recorded.is_none_or(|r| r.status == SafeguardStatus::InPlace)
        {
            let denied = match self
                .denied_ahead
                .binary_search_by(|(id, _)| (*id).cmp(s.id.as_str()))
            {
                Ok(i) => self
                    .denied_ahead
                    .get(i)
                    .map(|(_, words)| words.clone())
                    .unwrap_or_default(),
                Err(_) => denied_behind_answers(q, a, facts, s, &self.texts),
            };
            if !denied.is_empty() {
                conflict.push(Conflict::WordsAgainstAnswers {
                    shown: shown.to_vec(),
                    words: denied,
                });
            }
        }
        // Recorded in place while an answer says it is not there ("consent is assumed but not
        // recorded" beside consent records in place; hostile review): to be confirmed, whatever
        // else shows it.
        if let Some(c) = s
            .absent_when
            .as_ref()
            .filter(|c| c.holds(facts))
            .filter(|_| recorded.is_some_and(|r| r.status == SafeguardStatus::InPlace))
            .filter(|_| self.assume != Some(s.id.as_str()))
        {
            conflict.push(Conflict::InPlaceButAbsent {
                holding: c.describe_holding(facts, q),
            });
        } else if let Some(c) = s
            .absent_when
            .as_ref()
            .filter(|_| recorded.is_none() && !shown.is_empty())
            .filter(|_| self.assume != Some(s.id.as_str()))
            .filter(|c| c.holds(facts))
        {
            conflict.push(Conflict::ShownButAbsent {
                shown: shown.to_vec(),
                holding: c.describe_holding(facts, q),
            });
        }
        // Recorded in place on evidence that names a check which does not show it (a payment
        // card, which cards issued to children pass, for age assurance: a review passed an
        // adult image generator on one).
        if let Some(w) = s.weak_evidence.as_ref()
            && self.assume != Some(s.id.as_str())
            && w.when.as_ref().is_none_or(|c| c.holds(facts))
            && let Some(r) = recorded.filter(|r| r.status == SafeguardStatus::InPlace)
        {
            // As the "not done" phrases are found: whole words, punctuation read as spaces
            // ("Visa/Mastercard", "date-of-birth"); "card" is not in "discarded".
            let spaced = super::spaced_words(&r.evidence);
            let names = |x: &Text| spaced.contains(&super::spaced_words(x));
            let strong = if w.needs_unless {
                super::names_check_in_use(&r.evidence, &w.unless, &w.words)
            } else {
                super::names_affirmed(&r.evidence, &w.unless)
            };
            // Where the evidence must name a check that shows it, a weak one it also says is in
            // use outweighs it ("users confirm they hold a passport", "a passport check only if
            // a moderator suspects; users self-declare"); one it denies does not ("no
            // self-declaration is accepted").
            let weak_in_use = |x: &Text| {
                if w.needs_unless {
                    // Beside a check in use, only words that deny that check ("not checked")
                    // still weigh.
                    (!strong || UNDOES_CHECK.contains(&x.as_str()))
                        && super::names_in_clause(&r.evidence, std::slice::from_ref(x), false, &[])
                } else {
                    !strong && names(x)
                }
            };
            if let Some(found) = w.words.iter().find(|x| weak_in_use(x)) {
                conflict.push(Conflict::WeakEvidence {
                    words: found.clone(),
                    because: w.because.clone(),
                });
            } else if w.needs_unless && !strong {
                conflict.push(Conflict::UnnamedCheck {
                    because: w.because.clone(),
                });
            }
        }
        // Recorded in place on evidence for another version of the model the answers name (a
        // hostile review: a risk assessment "for QQ-PD v3" passed beside "QQ-PD v5" in use).
        if let Some(r) = recorded.filter(|r| r.status == SafeguardStatus::InPlace)
            && self.assume != Some(s.id.as_str())
            && let Some((evidence, answers)) = other_version(&r.evidence, a)
        {
            conflict.push(Conflict::OtherVersion { evidence, answers });
        }
        // Recorded in place on evidence that leaves a use out: "The childcare-subsidy extension
        // went live under the same EIA", "The voice-input feature ... was added afterwards and
        // isn't covered" (a tenth review).
        if let Some(r) = recorded.filter(|r| r.status == SafeguardStatus::InPlace)
            && self.assume != Some(s.id.as_str())
            && let Some(words) = uncovered_use(&r.evidence)
        {
            conflict.push(Conflict::UncoveredUse { words });
        }
        // An answer says it is there without showing it ("we keep the signed consent records";
        // only evidence shows them), and it keeps a prohibition clear: recorded missing or
        // planned, the two disagree (as below); recorded nowhere, or in place with no evidence,
        // nothing backs the answer (a review: leaving the record out passed the gate).
        if let Some(c) = s
            .claimed_when
            .as_ref()
            .filter(|c| c.holds(facts))
            .filter(|_| shown.is_empty() && self.assume != Some(s.id.as_str()))
        {
            let holding = || c.describe_holding(facts, q);
            match recorded.map(|r| r.status) {
                Some(st @ (SafeguardStatus::Missing | SafeguardStatus::Planned)) => {
                    conflict.push(Conflict::RecordedAgainstAnswers {
                        status: st,
                        answers: vec![holding()],
                    });
                }
                // Nothing recorded, or in place with no evidence: nothing backs the answer.
                st if st.is_none() || (st == Some(SafeguardStatus::InPlace) && unjustified) => {
                    conflict.push(Conflict::ClaimedWithoutEvidence { holding: holding() });
                }
                _ => {}
            }
        }
        // Recorded not applicable (with a reason), missing or planned, while an answer says it
        // is in place ("age assurance is in place", "we keep the signed consent records"): the
        // record and the answers disagree, and a reviewer must reconcile them. A gap would
        // leave the answer's other effects standing: a likeness answer that rests on consent
        // records kept the prohibition clear while the records were recorded missing (review).
        // Not applicable without a reason is a gap already.
        if let Some(st) = recorded
            .map(|r| r.status)
            .filter(|st| *st != SafeguardStatus::InPlace && !unjustified)
            .filter(|_| required && !shown.is_empty() && self.assume != Some(s.id.as_str()))
        {
            conflict.push(Conflict::RecordedAgainstAnswers {
                status: st,
                answers: shown.to_vec(),
            });
        }
        let (status, source, evidence) = match (recorded, shown.is_empty()) {
            (Some(e), _) => (e.status, StatusSource::Assessment, e.evidence.clone()),
            (None, false) if blocking.is_empty() => (
                SafeguardStatus::InPlace,
                StatusSource::Answer,
                shown.join("; "),
            ),
            (None, false) => (
                // Shown by an answer that another answer contradicts: not in place.
                SafeguardStatus::Missing,
                StatusSource::Answer,
                shown.join("; "),
            ),
            (None, true) => (
                SafeguardStatus::Missing,
                StatusSource::Default,
                String::new(),
            ),
        };
        // A contradiction blocks only a status that claims the safeguard is there.
        let claims_in_place = status == SafeguardStatus::InPlace
            || (status == SafeguardStatus::Missing && source == StatusSource::Answer);
        if !claims_in_place {
            conflict.retain(|c| !matches!(c, Conflict::Contradiction { .. }));
        }
        let against = match &s.required_when {
            // A risk assessment or a test says what could go wrong; it stops no one, so it
            // never shows a concern guarded against (a hostile review's children's chat with
            // no filters passed on its risk assessment alone).
            Some(_) if EVALUATION_REQUIREMENTS.contains(&s.requirement.as_str()) => Vec::new(),
            Some(c) if required => q
                .prohibitions
                .iter()
                .filter(|p| c.holds_through_concern(facts, &p.id))
                .map(|p| p.id.clone())
                .collect(),
            _ => Vec::new(),
        };
        let claimed = s.claimed_when.as_ref().is_some_and(|c| c.holds(facts));
        let recorded_dates = a.evidence_dates.get(s.id.as_str());
        // The evidence's own dates, read once for both. Shown by answers with nothing
        // recorded, the notes on those answers are its evidence, as the reports quote them (a
        // hostile review's bias audit "valid until 2025-01-10", in the note on the tests done,
        // counted a year after it lapsed).
        let said = match recorded {
            Some(r) => dates_in_once(&r.evidence),
            None if !shown.is_empty() && status == SafeguardStatus::InPlace => {
                dates_behind_answers(q, a, s)
            }
            None => super::DatesIn::default(),
        };
        // The recorded dates, else what the evidence itself says ("approved on 2099-11-18",
        // "valid until 2020-12-31"): an eighth hostile review saw both count. Where the
        // recorded dates and the evidence's own words disagree, the one that cannot hide a
        // problem: the earlier expiry, the later day it was made (a review recorded `expires`
        // in 2027 beside evidence that said it lapsed in 2025).
        let expires = either(
            recorded_dates.map(|d| d.expires.as_str()),
            said.expires.clone(),
            std::cmp::min,
        );
        // A condition's day that counts as the expiry is said as one (a review read a
        // conditional approval "expired").
        let expires_on_condition =
            !expires.is_empty() && said.condition_due.as_ref() == Some(&expires);
        // A safeguard that names a concern keeps that use clear only where an answer claims it
        // ("we keep the signed records"): filters contradicted for another reason say nothing
        // of likeness (a chat read "likeness: to be confirmed" on its filters).
        let guards = q
            .prohibitions
            .iter()
            .filter(|p| {
                s.clause == p.clause
                    || (claimed
                        && s.required_when
                            .as_ref()
                            .is_some_and(|c| c.mentions_concern(&p.id)))
            })
            .map(|p| p.id.clone())
            .collect();
        SafeguardResult {
            awaits_answer: false,
            answer_pending: false,
            answers_show_nothing,
            claimed,
            against,
            guards,
            for_consequential: required && for_consequential,
            policy_by_reading: s.policy_when.is_some(),
            id: s.id.clone(),
            title: s.title.clone(),
            requirement: s.requirement.clone(),
            clause: s.clause.clone(),
            good: s.good.clone(),
            required,
            required_because,
            status,
            source,
            evidence,
            credit: s.credit,
            basis,
            obligation,
            reading: s.reading.clone(),
            conflicts: conflict,
            unjustified,
            ruled_out,
            expires_on_condition,
            evidence_expires: expires,
            evidence_date: either(
                recorded_dates.map(|d| d.date.as_str()),
                said.made.max(said.bare),
                std::cmp::max,
            ),
            plan_target: a
                .plans
                .get(s.id.as_str())
                .map(|p| p.target.clone())
                .unwrap_or_default(),
            layer: s.layer,
        }
    }
}

/// What a text names at a version, in its order: the word before each version number, and the
/// version, in lowercase ("qq-pd", "v5"), with the two as written ("QQ-PD v5"). "v2.1" reads as
/// "v2"; a version after a word that names no thing ("for v3", "model v3") is not read.
/// `text` with each version written as raia reads one ("QQ-PD v3"): "version 3", "release 3"
/// and "ver. 3" after a name, "v.3", and a version joined to its name ("QQ-PD-v3"), so evidence
/// for another version is found however it is written (a review: "QQ-PD version 3" passed
/// beside "QQ-PD v5"). Words are joined by single spaces; `None` where nothing changes.
fn versions_written_plainly(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    if !["version", "release", "ver", "v.", "-v"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return None;
    }
    let digit_first = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit());
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut changed = false;
    let mut skip = false;
    for (i, w) in words.iter().enumerate() {
        if skip {
            skip = false;
            continue;
        }
        let bare = w.trim_end_matches(['.', ':']).to_lowercase();
        if matches!(bare.as_str(), "version" | "release" | "ver")
            && i > 0
            && let Some(next) = words.get(i + 1).filter(|n| digit_first(n))
        {
            out.push(format!("v{next}"));
            changed = true;
            skip = true;
            continue;
        }
        if let Some(rest) = w
            .strip_prefix("v.")
            .or_else(|| w.strip_prefix("V."))
            .filter(|r| digit_first(r))
        {
            out.push(format!("v{rest}"));
            changed = true;
            continue;
        }
        if let Some(at) = w
            .to_lowercase()
            .rfind("-v")
            .filter(|at| *at > 0 && w.get(at + 2..).is_some_and(digit_first))
        {
            out.push(w.get(..at).unwrap_or_default().to_string());
            out.push(format!("v{}", w.get(at + 2..).unwrap_or_default()));
            changed = true;
            continue;
        }
        out.push((*w).to_string());
    }
    changed.then(|| out.join(" "))
}

fn versions_named(text: &str) -> Vec<(String, String, String)> {
    if let Some(plain) = versions_written_plainly(text) {
        return versions_named_plain(&plain);
    }
    versions_named_plain(text)
}

fn versions_named_plain(text: &str) -> Vec<(String, String, String)> {
    const NO_NAME: &[&str] = &[
        "for", "of", "the", "and", "to", "on", "in", "at", "from", "with", "by", "a", "an",
        "version", "release", "model", "models", "is", "was", "were", "as", "since", "than",
        "after", "before", "until", "into", "over", "under", "not", "only",
    ];
    let trim = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate().skip(1) {
        let version = trim(w.split('.').next().unwrap_or_default());
        if !super::is_version(&version) {
            continue;
        }
        let Some(before) = words.get(i - 1) else {
            continue;
        };
        let name = trim(before);
        if name.is_empty()
            || !name.chars().any(char::is_alphabetic)
            || NO_NAME.contains(&name.as_str())
            || super::is_version(&name)
        {
            continue;
        }
        let shown = format!(
            "{} {}",
            before.trim_matches(|c: char| !c.is_alphanumeric()),
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
        );
        out.push((name, version, shown));
    }
    out
}

/// The sentence of evidence that says a use or part of the system is outside what the work
/// covers, or `None`: "The voice-input feature ... was added afterwards and isn't covered", "The
/// childcare-subsidy extension went live under the same EIA; no separate equality impact
/// assessment was carried out" (a tenth review). Not a rule for later ("any new feature not
/// covered needs a fresh assessment before launch"), nor a separate one said not to be needed.
fn uncovered_use(evidence: &str) -> Option<String> {
    // Most evidence says none of these: looked for before any splitting.
    if !["cover", "same", "separate"]
        .iter()
        .any(|k| super::contains_ignoring_ascii_case(evidence, k))
    {
        return None;
    }
    const NEW: &[&str] = &[
        "added",
        "new",
        "extension",
        "extended",
        "feature",
        "since",
        "afterwards",
        "later",
        "launched",
        "stream",
        "use",
        "module",
        "introduced",
    ];
    const ASSESSMENT: &[&str] = &[
        "assessment",
        "assessments",
        "eia",
        "dpia",
        "ra",
        "impact",
        "risk",
        "evaluation",
    ];
    sentences_of(evidence).into_iter().find_map(|sentence| {
        sentence.split(';').find_map(|clause| {
            let spaced = super::spaced_words(&clause.to_lowercase());
            let words: Vec<&str> = spaced.split_whitespace().collect();
            let said = |p: &[&str]| words.windows(p.len()).any(|w| w == p);
            let rule = words.iter().any(|w| {
                matches!(
                    *w,
                    "needs" | "need" | "must" | "requires" | "require" | "until" | "would" | "if"
                )
            });
            let not_covered = [
                ["not", "covered"],
                ["t", "covered"],
                ["never", "covered"],
                ["not", "cover"],
                ["t", "cover"],
            ]
            .iter()
            .any(|p| said(p))
                && words.iter().any(|w| NEW.contains(w));
            let same = words.windows(5).any(|w| {
                matches!(w, [v, _, "under", "the", "same"] | [_, v, "under", "the", "same"]
                    if matches!(*v, "live" | "launched" | "released" | "runs" | "run" | "out"))
            });
            let separate = words.windows(2).enumerate().any(|(i, w)| {
                w == ["no", "separate"]
                    && words
                        .get(i + 2..(i + 7).min(words.len()))
                        .is_some_and(|n| n.iter().any(|x| ASSESSMENT.contains(x)))
            }) && !words
                .iter()
                .any(|w| matches!(*w, "needed" | "required" | "necessary"));
            ((not_covered && !rule) || same || separate)
                .then(|| clause.trim().trim_end_matches('.').replace('"', "'"))
        })
    })
}

/// Evidence for another version of something the answers (text answers, the system's name and
/// description) name at a version: the two as written ("QQ-PD v3", "QQ-PD v5"), or `None`. Not
/// where the answers also name the evidence's version, the evidence says the model has not
/// changed, or a clause of it dates work done on a version the answers name ("MRM-CL-031 for
/// QQ-PD v4; re-approved for v5 on 2025-01-10").
fn other_version(evidence: &str, a: &Assessment) -> Option<(String, String)> {
    let plain = versions_written_plainly(evidence);
    let evidence = plain.as_deref().unwrap_or(evidence);
    // Most evidence names no version: only then are the answers read.
    if !evidence.match_indices(['v', 'V']).any(|(at, _)| {
        evidence
            .as_bytes()
            .get(at + 1)
            .is_some_and(u8::is_ascii_digit)
    }) {
        return None;
    }
    let said = versions_named(evidence);
    if said.is_empty() {
        return None;
    }
    let spaced = super::spaced_words(evidence);
    // "v5 changed only the reason codes", "no material change in v5"; not "unchanged apart
    // from new bureau variables" (a review of this reading).
    let unchanged = UNCHANGED.iter().any(|w| {
        spaced.match_indices(&format!(" {w} ")).any(|(at, m)| {
            !spaced
                .get(at + m.len()..)
                .unwrap_or_default()
                .split_whitespace()
                .take(3)
                .any(|n| matches!(n, "apart" | "except" | "other" | "but" | "save" | "besides"))
        })
    });
    if unchanged {
        return None;
    }
    let texts = a
        .answers
        .values()
        .filter_map(|x| match x {
            Answer::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .chain([a.metadata.system.as_str(), a.metadata.description.as_str()]);
    let in_use: Vec<(String, String, String)> = texts.flat_map(versions_named).collect();
    let lower = evidence.to_lowercase();
    let clauses: Vec<String> = lower
        .split([';', '(', ')'])
        .flat_map(|c| c.split(". "))
        .map(super::spaced_words)
        .collect();
    // Words of history: the version named is what this evidence replaced or was compared with
    // ("benchmarked against the retired QQ-PD v3", "supersedes MRM-CL-019 for QQ-PD v3").
    const HISTORY: &[&str] = &[
        "retired",
        "decommissioned",
        "supersedes",
        "superseded",
        "superseding",
        "replaced",
        "replaces",
        "replacing",
        "previous",
        "former",
        "earlier",
        "predecessor",
        "benchmarked",
        "compared",
        "legacy",
        "old",
        "prior",
    ];
    // Work done on a version: "re-approved for v5 on 2024-11-18". Not a plan, a request or a
    // denial: "v5 re-approval was deferred on 2024-11-18", "v5 is under review since ...".
    const DONE: &[&str] = &[
        "approved",
        "validated",
        "revalidated",
        "assessed",
        "reassessed",
        "reviewed",
        "extended",
        "covered",
        "covers",
        "signed",
        "accepted",
        "tested",
        "retested",
        "confirmed",
        "endorsed",
        // "fully revised for v5", "re-done in full for v3" (a hostile review of the verdicts).
        "revised",
        "redone",
        "done",
        "rewritten",
    ];
    const NOT_DONE: &[&str] = &[
        "not",
        "never",
        "pending",
        "planned",
        "will",
        "be",
        "due",
        "scheduled",
        "draft",
        "expected",
        "awaiting",
        "until",
        "next",
        "retrain",
        "retrained",
        "deferred",
        "requested",
        "changes",
        "under",
        "submitted",
        "deployed",
        "live",
        "hold",
        "rejected",
        "failed",
        "postponed",
        "waived",
        "skipped",
        "without",
    ];
    for (name, version, shown) in &said {
        let current: Vec<&(String, String, String)> =
            in_use.iter().filter(|(n, _, _)| n == name).collect();
        if current.is_empty() || current.iter().any(|(_, v, _)| v == version) {
            continue;
        }
        let history = clauses.iter().any(|c| {
            let words: Vec<&str> = c.split_whitespace().collect();
            words.contains(&version.as_str()) && words.iter().any(|w| HISTORY.contains(w))
        });
        if history {
            continue;
        }
        let covered = clauses.iter().any(|c| {
            let mut names = false;
            let mut year = false;
            let mut done = false;
            let mut denies = false;
            for w in c.split_whitespace() {
                names |= current.iter().any(|(_, v, _)| v == w);
                year |=
                    w.len() == 4 && w.starts_with("20") && w.bytes().all(|b| b.is_ascii_digit());
                done |= DONE.contains(&w);
                denies |= NOT_DONE.contains(&w);
            }
            names && year && done && !denies
        });
        if !covered {
            let answers = current
                .first()
                .map(|(_, _, s)| s.clone())
                .unwrap_or_default();
            return Some((shown.clone(), answers));
        }
    }
    None
}

/// A recorded date (`set`, empty when none) and one the evidence's words give (`said`): the
/// one `pick` chooses when both are there, else whichever is.
fn either(set: Option<&str>, said: Option<String>, pick: fn(String, String) -> String) -> String {
    match (set.filter(|d| !d.is_empty()).map(str::to_string), said) {
        (Some(x), Some(y)) => pick(x, y),
        (x, y) => x.or(y).unwrap_or_default(),
    }
}

/// "prompt → answer": an answer that shows a safeguard in place, as its status reads.
pub(super) fn shown_by(question: &Question, answer: &Text) -> String {
    format!("{} → {}", question.prompt, answer)
}

/// Adds the risk points of one effect of `question`'s answer. `first`: where this question's
/// contributions start; only they can combine with a new one.
pub(super) fn add_risk(
    question: &Question,
    text: &Text,
    effects: &Effects,
    first: usize,
    contributions: &mut Vec<Contribution>,
) {
    for (factor, points) in &effects.risk {
        if *points == 0 {
            continue;
        }
        // The strings are made only for a contribution that is kept.
        let c = || Contribution {
            question: question.id.clone(),
            answer: text.clone(),
            factor: factor.clone(),
            points: *points,
        };
        // With `risk_combine = "max"`, picking several options of one question counts
        // each factor once, at its largest: three kinds of generated media are one
        // generative risk, not three. (All since `first` are this question's.)
        let same = contributions
            .get(first..)
            .unwrap_or_default()
            .iter()
            .position(|x: &Contribution| x.factor == *factor)
            .map(|i| first + i);
        match (question.risk_combine, same) {
            (RiskCombine::Max, Some(i)) => {
                if let Some(prev) = contributions.get_mut(i)
                    && prev.points < *points
                {
                    *prev = c();
                }
            }
            _ => contributions.push(c()),
        }
    }
}

/// Whether `question`'s note is missing in `a` (blank or absent).
pub(super) fn note_absent(a: &Assessment, question: &str) -> bool {
    a.notes
        .get(question)
        .is_none_or(|n| super::is_empty_note(n))
}

/// Everything that follows from the findings, the safeguards and the requirements: credits,
/// the score past its raw points, the tier, gaps and causes, whether the answers are complete,
/// the review cycle and a standing rejection. `e.score.raw`, `by_factor` and `contributions`
/// are taken as they are. The whole evaluation and the patch after one answer both end here.
/// Marks the safeguards the policy requires that only a question still unanswered could show
/// ([`SafeguardResult::awaits_answer`]), and turns a requirement "not met" only by such
/// safeguards into one to be confirmed: a blank answer is no breach (a reports review read
/// "Not compliant ... not met: Human oversight" for a draft whose review question was blank).
fn mark_awaiting(q: &Questionnaire, e: &mut Evaluation) {
    let unanswered: HashSet<&str> = e.unanswered.iter().map(Text::as_str).collect();
    for s in &mut e.safeguards {
        s.awaits_answer = false;
        s.answer_pending = false;
        if unanswered.is_empty() || s.source != StatusSource::Default || !s.is_gap() {
            continue;
        }
        s.answer_pending = awaiting_questions(q, &s.id, &unanswered).next().is_some();
        s.awaits_answer =
            s.answer_pending && s.basis == Basis::Policy && s.obligation == Obligation::Must;
    }
    let safeguards = &e.safeguards;
    let at = &e.safeguard_at;
    for r in e
        .requirements
        .iter_mut()
        .filter(|r| r.state == RequirementState::NotMet)
    {
        let under = || {
            r.safeguards
                .iter()
                .filter_map(|id| at.get(id).and_then(|&i| safeguards.get(i)))
        };
        if under().any(|s| s.awaits_answer) && !under().any(SafeguardResult::is_policy_gap) {
            r.state = RequirementState::ToBeConfirmed;
        }
    }
}

/// The questions in `unanswered` whose answer could show safeguard `id` in place: an option
/// that satisfies it, or one its own `satisfied_when` reads.
pub fn awaiting_questions<'a>(
    q: &'a Questionnaire,
    id: &str,
    unanswered: &'a HashSet<&str>,
) -> impl Iterator<Item = &'a str> + 'a {
    let by_option = q
        .questions_satisfying(id)
        .into_iter()
        .map(|x| x.id.as_str());
    let by_rule = q
        .safeguard(id)
        .and_then(|s| s.satisfied_when.as_ref())
        .map(|c| c.questions())
        .unwrap_or_default();
    by_option
        .chain(by_rule)
        .filter(move |x| unanswered.contains(x))
}

pub(super) fn settle(q: &Questionnaire, a: &Assessment, e: &mut Evaluation) {
    e.hidden_prohibits = hidden_prohibits(q, a, &e.hidden_answered);
    e.hidden_marks = hidden_marks(q, a, e);
    mark_in_doubt(q, e);
    mark_awaiting(q, e);
    let credits: Vec<Credit> = e
        .safeguards
        .iter()
        // A status the answers contradict earns nothing until a reviewer reconciles it.
        // Only safeguards this use requires earn credit: a catalogue item the use does not
        // need (a weapon control on a shop camera) must not buy points off the score.
        .filter(|s| {
            s.required
                && s.status == SafeguardStatus::InPlace
                && s.credit > 0
                && !s.is_contradicted()
                && !s.unjustified
                // Nor one on evidence that has lapsed by the day judged: the gate fails it.
                && !e.judged_on.as_deref().is_some_and(|t| s.evidence_lapsed(t))
        })
        .map(|s| Credit {
            safeguard: s.id.clone(),
            points: s.credit,
        })
        .collect();
    let available: u32 = credits
        .iter()
        .fold(0u32, |sum, c| sum.saturating_add(c.points));
    let raw = e.score.raw;
    let total = mitigated_total(q, raw, available);
    let score = &mut e.score;
    score.credits_available = available;
    score.mitigation_cap = mitigation_cap(q, raw);
    score.mitigation = raw - total;
    score.total = total;
    score.medium_at = q.tiers.medium_at;
    score.high_at = q.tiers.high_at;
    score.band = band_of(q, total);
    score.credits = credits;

    let any_confirmed = e
        .prohibitions
        .iter()
        .any(|p| p.status == ProhibitionStatus::Confirmed);
    let floor = e
        .categories
        .iter()
        .map(|c| c.floor)
        .chain(e.floors.iter().map(|f| f.tier))
        .max();
    let tier = tier_of(any_confirmed, floor, e.score.band);
    e.tier = tier;

    // Safeguards against misuse left open fail the gate as the policy's gaps do, and so do
    // those one of which must show a policy requirement met.
    let misuse: BTreeSet<String> = e.open_guards().into_keys().map(String::from).collect();
    let mut gap_list: Vec<&SafeguardResult> = e.safeguards.iter().filter(|s| s.is_gap()).collect();
    // What the policy requires first, then the guards against misuse left open, then what it
    // says should be done, then recommendations, each by credit: the work that matters most
    // comes first, in every mode (the wizard's result lists them in this order too).
    let kind = |s: &SafeguardResult| {
        // One the policy requires that a question still unanswered could show comes with
        // them (a final review saw a "should" item listed first).
        if s.is_policy_gap() || s.awaits_answer {
            0
        } else if misuse.contains(s.id.as_str()) {
            1
        } else if s.is_should_gap() {
            2
        } else {
            3
        }
    };
    gap_list.sort_by_key(|s| (kind(s), std::cmp::Reverse(s.credit)));
    e.gaps = gap_list.iter().map(|s| s.id.clone()).collect();

    let mut causes: Vec<Cause> = Vec::new();
    for (i, p) in e.prohibitions.iter().enumerate() {
        if p.status == ProhibitionStatus::Confirmed {
            causes.push(Cause::Prohibited { prohibition: i });
        }
    }
    for i in 0..e.categories.len() {
        causes.push(Cause::Category { category: i });
    }
    for i in 0..e.floors.len() {
        causes.push(Cause::Floor { floor: i });
    }
    if !any_confirmed {
        causes.push(Cause::Score);
    }
    e.causes = causes;
    e.complete = e.unanswered.is_empty() && e.notes_missing.is_empty();

    // Hashing the answers is most of reading the sign-offs: only when there are some.
    let hash = (!a.signoff.is_empty()).then(|| a.signoff_hashes(q));
    e.review = Review::of(q, a, tier, hash.as_ref());
    e.not_approved = hash.as_ref().and_then(|h| NotApproved::of(a, h));
    e.blank_details = a.blank_required().map(|d| d.key()).collect();
    // Answers a migration asks to confirm again, among those that count, in asking order.
    e.to_reconfirm = if a.wizard.reconfirm.is_empty() {
        Vec::new()
    } else {
        q.questions
            .iter()
            .filter(|x| a.wizard.reconfirm.contains_key(x.id.as_str()))
            .filter(|x| a.answers.contains_key(x.id.as_str()))
            .map(|x| (x.id.clone(), x.prompt.clone()))
            .collect()
    };
    e.lifted_objections = hash
        .as_ref()
        .map(|h| LiftedObjection::of(a, h))
        .unwrap_or_default();
}

/// Each safeguard's position by id; with a repeated id (an invalid questionnaire), the first.
fn index_of(safeguards: &[SafeguardResult]) -> HashMap<Text, usize> {
    let mut at = HashMap::with_capacity(safeguards.len());
    for (i, s) in safeguards.iter().enumerate() {
        at.entry(s.id.clone()).or_insert(i);
    }
    at
}

/// Where one requirement stands (docs/scoring.md, "Requirements").
pub(super) fn requirement_result(
    r: &crate::questionnaire::Requirement,
    safeguards: &[SafeguardResult],
    by_rule: bool,
) -> RequirementResult {
    let under: Vec<&SafeguardResult> = safeguards
        .iter()
        .filter(|s| s.requirement == r.id && s.required)
        .collect();
    // A requirement also applies when an answer makes one of its safeguards required (a
    // concern about minors, say), even for a use its own rule does not reach.
    let (applies, why) = if by_rule {
        (true, AppliesBecause::Rule(r.applies))
    } else if !under.is_empty() {
        (
            true,
            AppliesBecause::SafeguardsRequired(under.iter().map(|s| s.id.clone()).collect()),
        )
    } else {
        (false, AppliesBecause::NotApplying(r.applies))
    };
    // The policy's words bind a requirement only where its own rule reaches: one that applies
    // because an answer requires a safeguard under it (a concern about minors for a use that
    // decides nothing) is the questionnaire's advice for this use.
    let basis = if by_rule || !applies {
        r.basis
    } else {
        Basis::Practice
    };
    let recommendations: Vec<Text> = under
        .iter()
        .filter(|s| s.is_gap() && s.basis == Basis::Practice)
        .map(|s| s.id.clone())
        .collect();
    let short = match r.obligation {
        Obligation::Must => RequirementState::NotMet,
        Obligation::Should => RequirementState::NotShown,
    };
    // A recommendation recorded not applicable without a reason is an open recommendation,
    // not doubt about a requirement the policy's own safeguards show: it left Testing to be
    // confirmed beside a summary calling it no breach (a reports review). Where no safeguard
    // of the policy's own is under the requirement, the recommendations stand for it and
    // still do; a status the answers contradict always does. A safeguard of the policy's own
    // recorded with nothing behind it is a gap the gate fails on, so its requirement is not met
    // (a reports review read "to be confirmed" beside "not compliant" for a risk assessment
    // whose evidence said the committee rejected it).
    // Where the policy leaves the means to the team, one specific safeguard in place meets it,
    // and a recommendation beside it recorded with nothing behind it is an open recommendation
    // on its own row: a new-user pass saw "Alternative process" recorded not applicable with
    // no reason fail a requirement two other safeguards met, while leaving it blank passed.
    let met_by_others = basis == Basis::Policy
        && !under.iter().any(|x| x.basis == Basis::Policy)
        && under.iter().any(|x| {
            (r.applies != Applies::Consequential || x.for_consequential)
                && x.holds()
                && x.status == SafeguardStatus::InPlace
        });
    let unsupported = |s: &&&SafeguardResult| {
        s.unjustified
            && !met_by_others
            && (basis == Basis::Practice || !under.iter().any(|x| x.basis == Basis::Policy))
    };
    // A safeguard of the policy's own that is plainly missing or planned decides it whatever a
    // recommendation beside it turns out to be: a contradicted recommendation read "to be
    // confirmed" over a planned bias test (a plain-mode review).
    let policy_gap = basis == Basis::Policy
        && under
            .iter()
            .any(|s| s.basis == Basis::Policy && s.is_gap() && !s.is_contradicted());
    // A recommendation whose status the answers contradict does not decide a requirement of
    // the policy's own that a safeguard no one disputes meets: human review of every decline in
    // place meets human oversight whatever the appeal route turns out to be (an end-to-end
    // review read "Human oversight (required by the policy): to be confirmed" resting on the
    // recommended appeal alone). The contradiction stays on its own row, and fails the gate.
    let undisputed = |x: &&&SafeguardResult| {
        !x.is_contradicted() && !unsupported(x) && x.holds() && x.status == SafeguardStatus::InPlace
    };
    let policy_own: Vec<&&SafeguardResult> =
        under.iter().filter(|x| x.basis == Basis::Policy).collect();
    let met_regardless = basis == Basis::Policy
        && if policy_own.is_empty() {
            under.iter().any(|x| {
                (r.applies != Applies::Consequential || x.for_consequential) && undisputed(&x)
            })
        } else {
            policy_own
                .iter()
                .all(|x| !x.is_gap() && !x.is_contradicted() && !unsupported(x))
                && policy_own.iter().any(undisputed)
        };
    let decides = |s: &&&SafeguardResult| {
        (s.is_contradicted() || unsupported(s)) && !(met_regardless && s.basis == Basis::Practice)
    };
    let mut met_by = Vec::new();
    let state = if !applies {
        RequirementState::DoesNotApply
    } else if policy_gap {
        short
    } else if under.iter().any(|s| decides(&s)) {
        // Nothing is met while a status that decides it is contradicted or not applicable
        // without a reason: a reviewer has to confirm it first.
        RequirementState::ToBeConfirmed
    } else if basis == Basis::Practice {
        if under.is_empty() {
            RequirementState::ToBeConfirmed
        } else if !recommendations.is_empty() {
            RequirementState::Open
        } else if under
            .iter()
            .any(|s| s.holds() && s.status == SafeguardStatus::InPlace)
        {
            RequirementState::Met
        } else {
            RequirementState::NotApplicable
        }
    } else {
        let policy: Vec<&&SafeguardResult> =
            under.iter().filter(|s| s.basis == Basis::Policy).collect();
        let in_place = |v: &[&&SafeguardResult]| {
            v.iter()
                .any(|s| s.holds() && s.status == SafeguardStatus::InPlace)
        };
        if !policy.is_empty() {
            if policy.iter().any(|s| s.is_gap()) {
                short
            } else if in_place(&policy) {
                // A machine's stop, required once it can injure people, says nothing of a
                // decision about the people it tracks (a review's border drones): where every
                // policy safeguard in place is one the decision does not call for itself, and
                // is the policy's only by raia's reading, one of the decision's own is needed.
                let only_by_reading = policy
                    .iter()
                    .filter(|s| s.holds() && s.status == SafeguardStatus::InPlace)
                    .all(|s| s.policy_by_reading && !s.for_consequential);
                let decision_open = r.applies == Applies::Consequential
                    && only_by_reading
                    && !under.iter().any(|s| {
                        s.for_consequential && s.holds() && s.status == SafeguardStatus::InPlace
                    })
                    && under
                        .iter()
                        .any(|s| s.basis == Basis::Practice && s.for_consequential);
                if decision_open {
                    RequirementState::ToBeConfirmed
                } else {
                    RequirementState::Met
                }
            } else {
                RequirementState::NotApplicable
            }
        } else if under.is_empty() {
            // Nothing under it is required, so nothing in the answers shows it.
            RequirementState::ToBeConfirmed
        } else {
            // The policy leaves the means to the team (raia's reading): it is met when at least
            // one of the safeguards the answers call for is in place.
            // With none in place, nothing in the answers shows how it is met: to be confirmed,
            // not a breach, since the policy names no particular safeguard.
            // Only a safeguard the consequential use itself calls for shows it: a privacy
            // notice required for personal data made a hiring screener that tells candidates
            // nothing read "met" (a hostile review).
            // Not one whose status the answers contradict ([`decides`] let it stand aside).
            let specific: Vec<&&SafeguardResult> = under
                .iter()
                .filter(|s| r.applies != Applies::Consequential || s.for_consequential)
                .filter(|s| !s.is_contradicted())
                .collect();
            // Everything not applicable is no answer to a requirement the policy's own rule
            // brings: a reviewer has to confirm it.
            if in_place(&specific) {
                met_by = specific
                    .iter()
                    .filter(|s| s.holds() && s.status == SafeguardStatus::InPlace)
                    .map(|s| s.title.clone())
                    .collect();
                RequirementState::Met
            } else {
                RequirementState::ToBeConfirmed
            }
        }
    };
    RequirementResult {
        id: r.id.clone(),
        title: r.title.clone(),
        clause: r.clause.clone(),
        applies,
        why,
        safeguards: under.iter().map(|s| s.id.clone()).collect(),
        basis,
        obligation: r.obligation,
        reading: r.reading.clone(),
        state,
        recommendations,
        layer: r.layer,
        in_doubt: false,
        met_by,
    }
}

/// While the answers leave a consequential decision in doubt ([`Evaluation::consequential_in_doubt`]),
/// each requirement a consequential decision brings is to be confirmed, under the policy's
/// words, rather than "nothing is required", "met" on a recommendation, or "recommended
/// practice" (a reports review read all three beside an answer saying the system gives legal
/// advice). Once the doubt is gone, the requirement is worked out again as it stands.
fn mark_in_doubt(q: &Questionnaire, e: &mut Evaluation) {
    let doubt = e.consequential_in_doubt();
    let safeguards = &e.safeguards;
    for (r, slot) in q.requirements.iter().zip(e.requirements.iter_mut()) {
        if r.applies != crate::questionnaire::Applies::Consequential || slot.in_doubt == doubt {
            continue;
        }
        if doubt {
            slot.in_doubt = true;
            slot.basis = Basis::Policy;
            if slot.state != RequirementState::NotMet {
                slot.state = RequirementState::ToBeConfirmed;
            }
        } else {
            let by_rule = matches!(slot.why, AppliesBecause::Rule(_));
            *slot = requirement_result(r, safeguards, by_rule);
        }
    }
}

/// For each gap: the result with that safeguard in place and the answers that come with it
/// (docs/scoring.md, "What would change").
fn what_if(q: &Questionnaire, a: &Assessment, e: &Evaluation) -> Vec<WhatIf> {
    what_ifs(q, a, e, true)
}

/// `shortcut`: a gap that changes no answer takes [`what_if_in_place`] instead of a whole
/// evaluation (off only to test that both agree).
fn what_ifs(q: &Questionnaire, a: &Assessment, e: &Evaluation, shortcut: bool) -> Vec<WhatIf> {
    if e.tier == Tier::Prohibited {
        return Vec::new();
    }
    let before: BTreeSet<&Text> = e.gaps.iter().collect();
    // Looked up once per answer below, not searched in the visible list.
    let visible: HashSet<&str> = e.visible.iter().map(Text::as_str).collect();
    e.gaps
        .iter()
        .filter_map(|id| q.safeguard(id))
        .map(|s| {
            // The answers that come with the safeguard, as they would be.
            let mut new_answers: Vec<(&Text, Answer)> = Vec::new();
            let mut answers = Vec::new();
            for (question, option) in &s.comes_with {
                // Only an answer that counts can change; a hidden question stays as it is.
                let Some(x) = q
                    .question(question)
                    .filter(|_| visible.contains(question.as_str()))
                else {
                    continue;
                };
                let current = new_answers
                    .iter()
                    .rev()
                    .find(|(id, _)| *id == question)
                    .map(|(_, x)| x)
                    .or_else(|| a.answers.get(question.as_str()));
                let new = match (x.kind, current) {
                    (QuestionKind::YesNo, _) => Answer::Bool(option == "yes"),
                    (QuestionKind::Multi, Some(Answer::Choices(cs))) => {
                        // Add the option; an exclusive "none of these" cannot stay beside it.
                        let mut cs: Vec<String> = cs
                            .iter()
                            .filter(|c| x.option(c).is_none_or(|o| !o.exclusive))
                            .cloned()
                            .collect();
                        if !cs.iter().any(|c| c == option) {
                            cs.push(option.to_string());
                        }
                        Answer::Choices(cs)
                    }
                    (QuestionKind::Multi, _) => Answer::Choices(vec![option.to_string()]),
                    _ => Answer::Choice(option.to_string()),
                };
                if current != Some(&new) {
                    answers.push(format!(
                        "{} → {}",
                        x.prompt,
                        x.option(option)
                            .map_or(option.as_str(), |o| o.label.as_str())
                    ));
                }
                new_answers.push((question, new));
            }
            if shortcut && answers.is_empty() {
                return what_if_in_place(q, e, s, answers);
            }
            let mut alt = a.clone();
            // Answers kept for hidden questions stay out of it: a changed answer can show a
            // question again, and what an earlier answer hid must not count there either.
            alt.answers.retain(|id, _| visible.contains(id.as_str()));
            for (question, new) in new_answers {
                alt.answers.insert(question.to_string(), new);
            }
            alt.safeguards.insert(
                s.id.to_string(),
                crate::assessment::SafeguardEntry {
                    status: SafeguardStatus::InPlace,
                    evidence: "(what if)".to_string(),
                },
            );
            let after = evaluate_once(q, &alt, Some(&s.id), e.judged_on.as_deref());
            let now: BTreeSet<&Text> = after.gaps.iter().collect();
            // A gap no longer open, but whose status another answer would then contradict, is
            // to be confirmed, not closed.
            let (gaps_to_confirm, gaps_closed): (Vec<Text>, Vec<Text>) = before
                .difference(&now)
                .map(|x| (*x).clone())
                .partition(|x| after.safeguard(x).is_some_and(|r| r.is_contradicted()));
            let had: BTreeSet<&Text> = e.contradictions.iter().map(|c| &c.id).collect();
            WhatIf {
                safeguard: s.id.clone(),
                title: s.title.clone(),
                answers,
                score_after: after.score.total,
                tier_after: after.tier,
                gaps_closed,
                gaps_opened: now.difference(&before).map(|x| (*x).clone()).collect(),
                gaps_to_confirm,
                contradictions_opened: after
                    .contradictions
                    .iter()
                    .filter(|c| !had.contains(&c.id))
                    .map(|c| c.message.clone())
                    .collect(),
                questions_opened: after
                    .unanswered
                    .iter()
                    .filter(|x| !e.unanswered.contains(x))
                    .count(),
            }
        })
        .collect()
}

/// The what-if of gap `s` when no answer changes with it: the same evaluation of the same
/// answers, with `s` in place. What `evaluate_once` would give for it, without walking the
/// questions again (at 10,000 questions and hundreds of gaps, that walk per gap took seconds,
/// issue 7). Each safeguard's result depends only on the answers and its own entry, so only
/// `s` changes: a required gap becomes in place, uncontradicted (the what-if assumes it), and
/// earns its credit; it was earning none as a gap. The answers' walk, the risk points, the
/// prohibitions and the floors stay as they are; so do the other gaps.
fn what_if_in_place(
    q: &Questionnaire,
    e: &Evaluation,
    s: &crate::questionnaire::Safeguard,
    answers: Vec<String>,
) -> WhatIf {
    let available = e.score.credits_available.saturating_add(s.credit);
    let total = mitigated_total(q, e.score.raw, available);
    let any_confirmed = e
        .prohibitions
        .iter()
        .any(|p| p.status == ProhibitionStatus::Confirmed);
    let floor = e
        .categories
        .iter()
        .map(|c| c.floor)
        .chain(e.floors.iter().map(|f| f.tier))
        .max();
    WhatIf {
        safeguard: s.id.clone(),
        title: s.title.clone(),
        answers,
        score_after: total,
        tier_after: tier_of(any_confirmed, floor, band_of(q, total)),
        gaps_closed: vec![s.id.clone()],
        gaps_opened: Vec::new(),
        gaps_to_confirm: Vec::new(),
        contradictions_opened: Vec::new(),
        questions_opened: 0,
    }
}

fn mitigated_total(q: &Questionnaire, raw: u32, available: u32) -> u32 {
    raw - available.min(mitigation_cap(q, raw))
}

/// max_mitigation_percent of raw, rounded down, computed wide so it cannot overflow.
fn mitigation_cap(q: &Questionnaire, raw: u32) -> u32 {
    let cap = u64::from(raw) * u64::from(q.tiers.max_mitigation_percent.min(100)) / 100;
    u32::try_from(cap).unwrap_or(raw)
}

fn band_of(q: &Questionnaire, total: u32) -> Tier {
    if total >= q.tiers.high_at {
        Tier::High
    } else if total >= q.tiers.medium_at {
        Tier::Medium
    } else {
        Tier::Low
    }
}

fn tier_of(confirmed: bool, floor: Option<Tier>, band: Tier) -> Tier {
    if confirmed {
        Tier::Prohibited
    } else {
        floor.map_or(band, |f| band.max(f))
    }
}

/// Points per factor, in the questionnaire's order, leaving out factors with none.
pub(super) fn by_factor(q: &Questionnaire, contributions: &[Contribution]) -> Vec<FactorPoints> {
    q.factors
        .iter()
        .map(|f| FactorPoints {
            factor: f.id.clone(),
            title: f.title.clone(),
            points: contributions
                .iter()
                .filter(|c| c.factor == f.id)
                .fold(0u32, |sum, c| sum.saturating_add(c.points)),
        })
        .filter(|f| f.points > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// A note that denies what the option picked says, in the option's own words, denies the
    /// safeguards it is about, and not the others the option shows.
    #[test]
    fn a_note_denying_the_option_denies_its_own_safeguard() {
        let told = "that ai is involved, and the main reasons for their outcome";
        assert_eq!(
            super::option_denied_in(
                told,
                "Letters don't give reasons.",
                "Explanation to affected people"
            ),
            Some(super::Denial::NotTold)
        );
        assert_eq!(
            super::option_denied_in(
                told,
                "Letters don't give reasons.",
                "Notice that AI is used"
            ),
            None
        );
        let case = "a named clinician keeps a clinical safety case and hazard log for it";
        assert_eq!(
            super::option_denied_in(
                case,
                "There is no clinical safety case.",
                "Clinical safety case"
            ),
            Some(super::Denial::NotDone)
        );
        assert_eq!(
            super::option_denied_in(
                case,
                "There is no separate hazard log; hazards are in the safety case.",
                "Clinical safety case"
            ),
            None
        );
    }

    /// The built-in questionnaire and example `name` from `examples/`.
    fn example(name: &str) -> (Questionnaire, Assessment) {
        let q = crate::questionnaire::default_questionnaire()
            .expect("the built-in questionnaire loads");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name);
        let text = std::fs::read_to_string(&path).expect("the example reads");
        let a = crate::assessment::assessment_from_text(&path, &text, &q).expect("it parses");
        (q, a)
    }

    /// The quick look for "review" before splitting a title never changes what it reads,
    /// whatever the case or the letters outside ASCII around it.
    #[test]
    fn a_title_names_a_review_as_its_words_say() {
        let by_words = |t: &str| {
            crate::engine::spaced_words(t)
                .split_whitespace()
                .any(|w| w == "review")
        };
        for title in [
            "Human review of adverse decisions",
            "HUMAN REVIEW",
            "review",
            "Reviewed outputs",
            "Pre-review checks",
            "REV\u{130}EW of outcomes",
            "\u{ff32}\u{ff45}\u{ff56}\u{ff49}\u{ff45}\u{ff57} of outcomes",
            "Revi\u{e9}w \u{e0} la main",
            "Human-in-the-loop sign-off",
            "",
        ] {
            assert_eq!(reviews_outcomes(title), by_words(title), "{title:?}");
        }
        assert!(reviews_outcomes("Human REVIEW of loans"));
        assert!(!reviews_outcomes("Reviewer training"));
    }

    /// Slots from an evaluation before are only where to look first: wrong ones (an answer
    /// added before them shifts every later one) still put each answer at its question.
    #[test]
    fn answers_are_placed_by_their_question_whatever_the_slots_say() {
        let (q, a) = example("loan-pre-approval.toml");
        let (right, slots) = answers_by_position(&q, &a, &[]);
        assert!(slots.iter().any(|&s| s != u32::MAX));
        let placed = |given: &[Option<&Answer>]| -> Vec<(String, Answer)> {
            given
                .iter()
                .zip(&q.questions)
                .filter_map(|(g, x)| g.map(|g| (x.id.to_string(), g.clone())))
                .collect()
        };
        let expected: Vec<(String, Answer)> = q
            .questions
            .iter()
            .filter_map(|x| {
                a.answers
                    .get(x.id.as_str())
                    .map(|g| (x.id.to_string(), g.clone()))
            })
            .collect();
        assert_eq!(placed(&right), expected);
        let shifted: Vec<u32> = std::iter::once(0).chain(slots.iter().copied()).collect();
        let reversed: Vec<u32> = slots.iter().rev().copied().collect();
        for hints in [shifted, reversed, vec![u32::MAX; slots.len()], vec![0; 3]] {
            let (given, found) = answers_by_position(&q, &a, &hints);
            assert_eq!(placed(&given), expected, "hints {hints:?}");
            assert_eq!(found, slots);
        }
    }

    /// The decision reader keeps what it found in each text for the session, so its key must
    /// hold what else the finding rests on: the same description of loan decisions names an
    /// area left out while no area is marked, and nothing once lending is marked, however
    /// often the team ticks and unticks it in one session.
    #[test]
    fn a_text_read_for_decisions_is_read_again_when_the_areas_marked_change() {
        let (q, mut unmarked) = example("internal-doc-summariser.toml");
        unmarked.answers.insert(
            "intended-use".into(),
            Answer::Text(
                "Credit officers approve or decline personal loans on the strength of the summary."
                    .into(),
            ),
        );
        // The question that asks which areas the use touches (the first that marks an area
        // and is answered here).
        let marking = q
            .questions
            .iter()
            .find(|x| {
                x.options
                    .iter()
                    .any(|o| o.effects.categories.iter().any(|c| c == "lending-credit"))
            })
            .expect("a question marks lending");
        let lending = marking
            .options
            .iter()
            .find(|o| o.effects.categories.iter().any(|c| c == "lending-credit"))
            .expect("an option marks lending");
        let mut marked = unmarked.clone();
        marked.answers.insert(
            marking.id.to_string(),
            match marking.kind {
                QuestionKind::Multi => Answer::Choices(vec![lending.id.to_string()]),
                _ => Answer::Choice(lending.id.to_string()),
            },
        );
        let names_decision = |a: &Assessment| {
            evaluate_with(&q, a, None, Some("2026-12-05"), false)
                .contradictions
                .iter()
                .any(|c| c.id == DECISION_IN_THE_WORDS)
        };
        for round in 0..2 {
            assert!(names_decision(&unmarked), "round {round}, no area marked");
            assert!(!names_decision(&marked), "round {round}, lending marked");
        }
    }

    /// Read on two threads or on one, every example judges the same: the contradictions found
    /// on the second thread, the words read on either, in the order of the safeguards.
    #[test]
    fn two_threads_judge_every_example_as_one_does() {
        let q = crate::questionnaire::default_questionnaire()
            .expect("the built-in questionnaire loads");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let (mut read, mut words_against) = (0, 0);
        for entry in std::fs::read_dir(&dir).expect("examples/ is there") {
            let path = entry.expect("an entry").path();
            if path.extension().is_none_or(|x| x != "toml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("an example reads");
            let a = crate::assessment::assessment_from_text(&path, &text, &q)
                .expect("an example parses");
            // And with a note on every answer saying the work was not done, so that words deny
            // the safeguards the answers show.
            let mut denied = a.clone();
            for id in a.answers.keys() {
                denied
                    .notes
                    .insert(id.clone(), "Not performed.".to_string());
            }
            for a in [a, denied] {
                let one = super::evaluate_with(&q, &a, None, Some("2026-12-05"), false);
                let two = super::evaluate_with(&q, &a, None, Some("2026-12-05"), true);
                assert_eq!(one, two, "{}", path.display());
                read += 1;
                words_against += two
                    .safeguards
                    .iter()
                    .flat_map(|s| &s.conflicts)
                    .filter(|c| matches!(c, crate::engine::Conflict::WordsAgainstAnswers { .. }))
                    .count();
            }
        }
        assert!(read >= 20, "{read} evaluations");
        assert!(
            words_against >= 5,
            "{words_against} safeguards denied by words"
        );
    }

    /// A bot with a person's name and photo told to dodge the question of what it is, and a
    /// campaign's site in the county election office's colours and logo, read as deception (an
    /// end-to-end review saw both pass); a named bot that says it is an AI, and an authority's
    /// own or licensed marks, do not.
    #[test]
    fn persona_dodging_and_an_authoritys_look_read_as_deception() {
        let read = |t: &str| {
            super::prohibited_sentences(t)
                .iter()
                .any(|(id, _, _)| *id == "disinformation")
        };
        for said in [
            "The assistant presents as 'Sam, your TaxPal expert' with a staff photo, because filers trusted it more in testing. If a filer asks whether Sam is a real person, the system prompt tells it to reassure them that a tax expert stands behind every answer and move back to their question.",
            "Children sometimes ask whether the tutor is an AI. The system prompt tells it to deny being a bot.",
            "The chat window says 'Automated assistant'. The site is styled as the 'Voter Help Desk' in the county's colours with the county's election logo in the header, so that voters trust it; the line saying it is paid for by Citizens for Harland is in the footer.",
        ] {
            assert!(read(said), "{said}");
        }
        for honest in [
            "The assistant is called Sam and says in its first message that it is an AI assistant.",
            "If asked, it always says it is an AI.",
            "The assistant is called Sam. If a filer asks whether a human reads their answers, it reassures them that agents only see flagged chats.",
            "This is the county election office's own help desk, run by the county clerk.",
            "The site uses the county logo under the county's licence as the county's official tool; it is paid for by the campaign.",
            "Adverts are styled in our brand colours.",
        ] {
            assert!(!read(honest), "{honest}");
        }
    }

    /// Things said to happen faster than a person can stop them deny the stop; reading,
    /// denials and rules do not (an end-to-end review read an operator's stop "in place"
    /// beside "faster than a person can abort").
    #[test]
    fn too_fast_to_stop_reads_the_stop_denied_and_nothing_else() {
        for said in [
            "the crew is alarmed at each launch, but engagements complete in 2-4 seconds, faster than a person can abort",
            "the arm moves too fast for the operator to stop it",
            "there is no time to intervene once a run starts",
        ] {
            assert!(super::too_fast_to_stop(said), "{said}");
        }
        for honest in [
            "alerts arrive faster than a person can read them, so they are batched",
            "suggestions are never applied faster than a clinician can override them",
            "before a physician can override a level, they record a reason",
            "the operator can abort at any point; each run takes ten minutes",
        ] {
            assert!(!super::too_fast_to_stop(honest), "{honest}");
        }
    }

    /// Rates for groups of people under four fifths of each other, with no threshold of the
    /// summary's own, show adverse impact (an end-to-end review): "approval rate 61% for Black
    /// applicants and 58% for Pakistani and Bangladeshi applicants, against 82% for White
    /// British applicants". Each guard on its own keeps an honest summary clear.
    #[test]
    fn group_rates_under_four_fifths_show_adverse_impact() {
        use super::Denial;
        let read = |text: &str| {
            let sentences: Vec<&str> = text.split(". ").collect();
            sentences
                .iter()
                .enumerate()
                .find_map(|(k, s)| super::group_rates_apart(&s.to_lowercase(), k, &sentences))
        };
        let mortgage = "Gini 0.58 against a minimum of 0.50, arrears capture in the worst decile 41%. Fair-lending review by applicant age band, sex and ethnicity (self-declared on 62% of applications): approval rate 61% for Black applicants and 58% for Pakistani and Bangladeshi applicants, against 82% for White British applicants; the difference is explained by income multiples and credit-file depth, so no variable was removed.";
        let found = read(mortgage);
        assert_eq!(
            found,
            Some(Denial::AdverseImpact {
                low: 5800,
                high: 8200,
                percent: true
            })
        );
        assert_eq!(
            found.map(Denial::says).as_deref(),
            Some(
                "gives rates for groups of people as far apart as 58% and 82% (a ratio of 0.71, \
                 under the four-fifths commonly used as the mark of adverse impact), and no \
                 threshold of its own that they meet"
            )
        );
        for apart in [
            "Error rates by race: among people who were not re-arrested, 41% of Black prisoners had been placed in the high band, against 22% of White prisoners; the gap follows differences in prior arrests.",
            "23% of Black and 41% of White prisoners had been placed in the high band.",
            "Approval rate for women was 52% and for men 71%.",
            "Pre-approval rate 0.44 for Black applicants and 0.69 for White applicants.",
            // Other shapes of the same (a hostile review's summaries passed): the group as the
            // subject, the outcome between rate and group, the group before each rate, ages.
            "Hispanic applicants were pre-approved at 47%, compared with 70% for non-Hispanic White applicants.",
            "70% approval for White applicants, 66% for Asian applicants and 50% for Black applicants.",
            "Approval rate for Hispanic applicants 47%, for White applicants 70%.",
            "Approval rate 39% for applicants aged 62 and over and 66% for younger applicants.",
            "Approval rates: applicants aged 62 and over 39%, applicants under 62 66%; we consider this acceptable given thinner credit files.",
        ] {
            assert!(read(apart).is_some(), "{apart}");
        }
        assert_eq!(
            read("Offer rate 4.5% for women and 6% for men.")
                .map(Denial::says)
                .as_deref(),
            Some(
                "gives rates for groups of people as far apart as 4.5% and 6% (a ratio of 0.75, \
                 under the four-fifths commonly used as the mark of adverse impact), and no \
                 threshold of its own that they meet"
            )
        );
        for honest in [
            // At or above four fifths.
            "Approval rate 79% for women and 84% for men.",
            "Approval rate 68% for Black applicants and 85% for White applicants.",
            // Not rates for groups of people.
            "Precision 41% and recall 78% on the hold-out.",
            "Gini 0.58 against a minimum of 0.50.",
            "Ethnicity self-declared on 62% of applications.",
            "Arrears capture in the worst decile 41%.",
            "Approval rate 41% for applicants under the old policy and 78% for applicants under the new one.",
            // A threshold of its own, met; a threshold for the gap in another sentence.
            "Adverse impact ratio 0.76 against our threshold of 0.7.",
            "Approval rate 61% for Black applicants and 82% for White applicants, within the tolerance the credit committee set.",
            "Approval rate 61% for Black applicants and 82% for White applicants. Our minimum for the approval-rate ratio between groups is 0.7.",
            // Put right since.
            "Approval rate 58% for Black applicants against 82% for White applicants, a ratio of 0.71; after removing the postcode feature and retraining, the ratio was 0.91.",
            "Approval rate 58% for Black applicants against 82% for White applicants. The postcode feature was replaced and the gap fixed.",
            // One group's rate, at two times.
            "Approval rate for Black applicants 64% in 2023 and 48% in 2024.",
            "Approval rate 61% for Black applicants.",
            // Percentages of different things: a sample's make-up, coverage, a share of
            // declines, a price, ratios.
            "Black applicants were 12% of the test sample and White applicants 71%.",
            "Reason-code coverage 61% for Black applicants and 92% for White applicants.",
            "Approval rate 82% overall; 40% of declines for Black applicants and 90% of declines for White applicants were checked by underwriters.",
            "Average APR 7.1% for Black borrowers and 5.2% for White borrowers.",
            "Adverse impact ratio 71% for Black applicants and 110% for Asian applicants.",
            // The new shapes within four fifths; a number that is no age.
            "Hispanic applicants were pre-approved at 66%, compared with 70% for non-Hispanic White applicants.",
            "Approval rate for Hispanic applicants 66%, for White applicants 70%.",
            "Approval rates: applicants aged 62 and over 61%, applicants under 62 66%.",
            "Applicants with scores over 700 were approved at 80%, applicants under 600 at 20%.",
        ] {
            assert_eq!(read(honest), None, "{honest}");
        }
    }

    /// Words a review of honest files read as the work failed, rejected or a vendor's: the
    /// people an outcome went against, an earlier model rejected, the team's figure set
    /// against the vendor's. The work failed, rejected or done by the vendor still reads so.
    #[test]
    fn unsuccessful_people_earlier_models_and_vendor_figures_deny_no_work() {
        use super::Denial;
        assert!(!super::reports_a_failure(
            "unsuccessful applicants can ask for reconsideration by the lending manager, who re-decides within 10 business days"
        ));
        for failed in [
            "the appeal route was unsuccessful; applicants cannot ask for reconsideration",
            "our test of the reconsideration process was unsuccessful",
            "the model failed the bias test",
        ] {
            assert!(super::reports_a_failure(failed), "{failed}");
        }
        let read = |s: &str| {
            let lower = s.to_lowercase();
            super::said_of_the_results(&lower, &crate::engine::spaced_words(&lower))
        };
        for honest in [
            "Fair-lending testing with BISG proxies: ratio at least 0.88 for every group; an earlier candidate model that failed the benchmark for applicants over 62 was rejected and never deployed",
            "Local validation on 3,100 releases: AUC 0.68 against the vendor's published 0.70 (our minimum was 0.65)",
            "Gini 0.58 compared with the vendor's published 0.61",
        ] {
            assert_eq!(read(honest), None, "{honest}");
        }
        assert_eq!(
            read("Fair-lending testing with BISG proxies; the bias testing was rejected by MRM"),
            Some(Denial::Gone)
        );
        assert_eq!(
            read("Testing was done by the vendor only"),
            Some(Denial::OthersOnly)
        );
    }

    /// What the reader of described misuse reads of a clause: conditions set off by commas or
    /// opening it are left out to their comma, one without a comma ends it, "only if" and
    /// "even if" leave it whole.
    #[test]
    fn a_clause_is_read_without_its_conditions() {
        for (clause, read) in [
            (
                "Unfiltered mode, if requested, is not available",
                "Unfiltered mode, is not available",
            ),
            (
                "If the link is lost, the munition engages on its own",
                " the munition engages on its own",
            ),
            (
                "we will contact their employer if they do not pay, and more",
                "we will contact their employer",
            ),
            (
                "They are told only if a court orders it, and no court has",
                "They are told only if a court orders it, and no court has",
            ),
            ("Nothing conditional here", "Nothing conditional here"),
            ("Verifique si el pago llegó", "Verifique si el pago llegó"),
        ] {
            assert_eq!(without_conditions(clause), read, "{clause}");
        }
    }

    proptest! {
        /// Hostile text never panics the reader, and it only ever leaves words out.
        #[test]
        fn reading_a_clause_without_its_conditions_only_leaves_text_out(
            clause in "[a-zA-Z ,İẞ\u{212A}]{0,60}( (if|unless|until|IF) [a-z ,]{0,20}){0,3}"
        ) {
            let read = without_conditions(&clause);
            // What is read is the clause with parts left out: its characters in their order.
            let mut rest = clause.chars();
            prop_assert!(read.chars().all(|c| rest.any(|d| d == c)), "{read:?}");
        }
    }

    proptest! {
        /// A phrase's place, found where words open with its first letter, is the place found
        /// by comparing it at every word in turn (as the reader of unreviewed outcomes did), on
        /// clauses made of the phrases' own words and others, any of them repeated.
        #[test]
        fn a_phrase_is_placed_as_at_every_word(
            words in proptest::collection::vec(
                proptest::sample::select(vec!["no", "one", "reviews", "sent", "automatically", "not", "reviewed", "a", "auto", "nobody", "é", "x1"]),
                0..12,
            ),
            phrase in proptest::sample::select(vec!["no one reviews", "sent automatically", "not reviewed", "auto", "a", "reviews", "é x1"]),
        ) {
            let clause = crate::engine::spaced_words(&words.join(" "));
            let every: Vec<usize> = clause
                .match_indices(' ')
                .map(|(i, _)| i + 1)
                .filter(|i| *i < clause.len())
                .collect();
            let naive = every.iter().position(|&i| {
                clause.get(i..).is_some_and(|rest| {
                    rest.starts_with(phrase) && rest.as_bytes().get(phrase.len()) == Some(&b' ')
                })
            });
            let starts = crate::engine::word_starts(&clause);
            prop_assert_eq!(word_place(&clause, &starts, phrase), naive);
        }
    }

    /// Evidence for an earlier version of the model the answers name is to be confirmed, unless
    /// the evidence dates work on the version in use or says the model has not changed.
    #[test]
    fn evidence_for_another_version_of_the_model_in_use_is_read() {
        let mut a = crate::assessment::Assessment::default();
        a.answers.insert(
            "models".into(),
            crate::answer::Answer::Text("In-house scorecard QQ-PD v5 on SageMaker".into()),
        );
        let got = |e: &str| super::other_version(e, &a);
        assert_eq!(
            got("MRM-CL-031 for QQ-PD v3, approved 2022-03-18."),
            Some(("QQ-PD v3".to_string(), "QQ-PD v5".to_string()))
        );
        assert!(got("MRM-CL-031 for QQ-PD v4, approved 2023-11-18; v5 was a retrain.").is_some());
        for honest in [
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; re-approved for v5 on 2024-11-18.",
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; extended to v5 on 2024-11-18.",
            "MRM-CL-031 for QQ-PD v5, approved 2024-11-18 (supersedes the QQ-PD v4 one).",
            "MRM-CL-031 for QQ-PD v5.1, approved 2024-11-18.",
            "MRM-CL-031, approved 2024-11-18 under Risk Policy v3.",
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; v5 changed only the reason codes.",
            "MRM-CL-031, approved 2024-11-18; benchmarked against the retired QQ-PD v3.",
            "MRM-CL-031, approved 2024-11-18; supersedes MRM-CL-019 for QQ-PD v3.",
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; no material change in v5.",
        ] {
            assert_eq!(got(honest), None, "{honest}");
        }
        for hostile in [
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; v5 re-approval was deferred on 2024-11-18.",
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; v5 reviewed 2024-11-18, changes requested.",
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; v5 is under review since 2024-11-18.",
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; v5 went live on 2024-11-18.",
            "MRM-CL-031 for QQ-PD v4, approved 2023-11-18; unchanged apart from new bureau variables in v5.",
            // Versions written other ways (a review).
            "MRM-CL-031 for QQ-PD version 3, approved 2022-03-18.",
            "MRM-CL-031 for QQ-PD-v3, approved 2022-03-18.",
            "MRM-CL-031 for QQ-PD v.3, approved 2022-03-18.",
            "MRM-CL-031 for QQ-PD release 3, approved 2022-03-18.",
        ] {
            assert!(got(hostile).is_some(), "{hostile}");
        }
        assert_eq!(
            got("MRM-CL-031 for QQ-PD version 3, approved 2022-03-18."),
            Some(("QQ-PD v3".to_string(), "QQ-PD v5".to_string()))
        );
        // The answers written so too.
        let mut b = a.clone();
        b.answers.insert(
            "models".into(),
            crate::answer::Answer::Text("In-house scorecard QQ-PD version 5 on SageMaker".into()),
        );
        assert!(
            super::other_version("MRM-CL-031 for QQ-PD v3, approved 2022-03-18.", &b).is_some()
        );
        assert_eq!(
            super::other_version("MRM-CL-031 for QQ-PD-v5, approved 2024-11-18.", &b),
            None
        );
    }

    /// The decision on bytes opens every stem its comment lists, and only those: a word of
    /// results reads nothing, a word a denial holds reads on.
    #[test]
    fn a_denial_stem_opens_the_words_it_lists_and_no_others() {
        for stem in [
            "not",
            "never",
            "fail",
            "pend",
            "sched",
            "plan",
            "due",
            "yet",
            "draft",
            "skip",
            "waiv",
            "progress",
            "tbd",
            "tbc",
            "todo",
            "will",
            "none",
            "omit",
            "nicht",
            "vendor",
            "supplier",
            "manufacturer",
            "withdrawn",
            "rejected",
            "revoked",
            "outstanding",
            "open",
            "missing",
            "drop",
            "nobody",
            "descop",
            "cancel",
            "abandon",
            "laps",
            "remain",
            "without",
            "untest",
            "unvalid",
            "exist",
            "target",
            "simulat",
            "estimate",
            "refus",
            "declin",
            "remediat",
            "niet",
            "não",
            "discontinu",
            "abolish",
            "stopped",
            "suspend",
            "unavailable",
            "implement",
            "handles",
            "isn",
            "hasn",
            "haven",
            "wasn",
            "weren",
            "didn",
            "doesn",
            "aren",
        ] {
            assert!(opens_with_denial_stem(stem.as_bytes()), "{stem}");
            assert!(
                opens_with_denial_stem(format!("{stem}ed").as_bytes()),
                "{stem}"
            );
            let short = stem.get(..stem.len() - 1).unwrap_or_default();
            assert!(
                !opens_with_denial_stem(short.as_bytes()) || short == "no",
                "{short}"
            );
        }
        for word in [
            "results",
            "agreement",
            "sensitivity",
            "validation",
            "gini",
            "every",
            "ok",
        ] {
            assert!(!opens_with_denial_stem(word.as_bytes()), "{word}");
        }
        assert!(has_denial_key("bias testing: ✗"));
        assert!(has_denial_key("bias: 0 tests run"));
        assert!(has_denial_key("testing is under way"));
        assert!(has_denial_key("偏りのテストは実施していません"));
        assert!(!has_denial_key("exact agreement 78%, within one level 97%"));
        assert!(!has_denial_key(
            "under-triage of esi 1-2 patients 2.1% (threshold 3%)"
        ));
    }
    use super::*;

    /// The deferral reader skips a clause that holds none of its keys: a phrase added without
    /// one would never be read.
    #[test]
    fn every_deferral_phrase_holds_a_key() {
        for phrase in DEFERRED
            .iter()
            .chain(DEFERRED_LAST)
            .copied()
            .chain(["once"])
        {
            assert!(
                DEFERRED_KEYS.iter().any(|k| phrase.contains(k)),
                "{phrase:?} holds no key"
            );
        }
        // And the keys are what the reader needs: a clause with one is read.
        let spaced = crate::engine::spaced_words("Clinical validation is scheduled for 2027");
        assert!(defers(&spaced, &crate::engine::word_starts(&spaced)));
        let spaced = crate::engine::spaced_words("Clinical validation was signed off in 2024");
        assert!(!defers(&spaced, &crate::engine::word_starts(&spaced)));
    }

    /// The what-if of a gap that changes no answer, worked out from the evaluation, is what a
    /// whole evaluation with the safeguard in place gives, on every example and judgement case.
    #[test]
    fn a_what_if_without_answers_is_what_evaluating_again_gives() {
        let q = crate::questionnaire::default_questionnaire().unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut shortcuts = 0;
        for dir in ["examples", "tests/fixtures/judgement"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|x| x != "toml") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let Ok(mut a) = crate::assessment::parse_assessment("a.toml", &text, &q) else {
                    continue;
                };
                // Also with every safeguard status dropped, so more of them are gaps.
                for round in 0..2 {
                    if round == 1 {
                        a.safeguards.clear();
                    }
                    let e = evaluate(&q, &a);
                    let full = what_ifs(&q, &a, &e, false);
                    assert_eq!(e.what_if, full, "{}", path.display());
                    shortcuts += full.iter().filter(|w| w.answers.is_empty()).count();
                }
            }
        }
        assert!(shortcuts > 10, "only {shortcuts} what-ifs without answers");
    }
}
