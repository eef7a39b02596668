//! `raia validate`: check assessment files, or a questionnaire.

use super::*;

pub(crate) fn validate(
    q: &Questionnaire,
    source: &QuestionnaireSource,
    explicit_q: bool,
    files: &[PathBuf],
) -> anyhow::Result<ExitCode> {
    if files.is_empty() {
        if !explicit_q {
            return Err(UsageError(
                "give assessment files to check, or --questionnaire PATH to check a questionnaire"
                    .into(),
            )
            .into());
        }
        outln!(
            "{}: ok (questionnaire {} version {}: {} sections, {} questions, {} safeguards, {} declared contradictions; content hash {})",
            term_text::line(&source.to_string()),
            q.id,
            q.version,
            q.sections.len(),
            q.questions.len(),
            q.safeguards.len(),
            q.contradictions.len(),
            &q.content_hash[..12]
        );
        if q.layers.len() > 1 {
            outln!("layers: {}", term_text::line(&crate::explain::layers(q)));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut failed = false;
    for f in files {
        let own = own_release(q, f);
        let q = own.as_ref().unwrap_or(q);
        match assessment::read_assessment(f, q) {
            Ok(a) => {
                let e = evaluate(q, &a);
                let warned = warnings(q, &a, &e, true);
                for w in &warned {
                    errln!("{}: warning: {w}", term_text::path(f));
                }
                let answered = answered_count(&e);
                let state = if e.complete {
                    "complete".to_string()
                } else {
                    format!(
                        "incomplete: {}",
                        crate::explain::missing(e.unanswered.len(), e.notes_missing.len())
                    )
                };
                // "ok" only when nothing needs a reader's attention: a file that loads but has
                // contradictions or is unbound says so.
                outln!(
                    "{}: {} ({answered} of {} visible questions answered, {state}; tier {})",
                    term_text::path(f),
                    if warned.is_empty() {
                        "ok".to_string()
                    } else {
                        format!(
                            "loads, with {}",
                            crate::explain::plural(warned.len(), "warning", "warnings")
                        )
                    },
                    e.visible.len(),
                    crate::explain::tier(q, e.tier)
                );
                for line in missing_lines(q, &a, &e) {
                    outln!("  {line}");
                }
            }
            Err(err) => {
                failed = true;
                print_error(&err);
            }
        }
    }
    Ok(if failed {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    })
}

/// Visible questions with an answer that counts (a placeholder such as "n/a" does not).
/// The evaluation has read each answer already: reading every text again cost `raia score` a
/// thirtieth of its run (issue 7).
pub(crate) fn answered_count(e: &crate::engine::Evaluation) -> usize {
    e.visible_at.iter().filter(|(_, given)| *given).count()
}

/// What a reader must know before trusting a result: binding, contradictions, contradicted
/// statuses and answers kept for hidden questions.
/// `disagreements`: with what the answers disagree on (`raia score` lists that on stdout).
pub(crate) fn warnings(
    q: &Questionnaire,
    a: &Assessment,
    e: &crate::engine::Evaluation,
    disagreements: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(b) = crate::explain::binding(q, a, crate::engine::Binding::of(q, a)) {
        out.push(b);
    }
    if disagreements {
        out.extend(crate::explain::disagreements(q, e));
    }
    // A blank required detail: the wizard and plain mode ask for it again, the file does not.
    for d in crate::assessment::Detail::ALL
        .into_iter()
        .filter(|d| d.required() && a.metadata.detail(*d).trim().is_empty())
    {
        out.push(format!(
            "\"{}\" is blank (metadata.{}): it is required, and every report shows it; fill it in with raia resume or in the file",
            d.label(),
            d.key()
        ));
    }
    // The one address AWS is given to reach the team: warned of once in the wizard, then never
    // again while every report gave it (a new-user review).
    let contact = a.metadata.detail(crate::assessment::Detail::Contact);
    if !contact.trim().is_empty() && !crate::tui::app::looks_like_email(contact) {
        out.push(format!(
            "\"{}\" (metadata.{}) is \"{}\", which does not look like an e-mail address (name@example.com); every report and the response to AWS give it as the contact",
            crate::assessment::Detail::Contact.label(),
            crate::assessment::Detail::Contact.key(),
            term_text::line(contact.trim())
        ));
    }
    // An approval written by hand that `raia sign` would refuse (a hostile review's approval of
    // a prohibited use loaded as "ok"). Hashing is most of this: only when there are sign-offs.
    let hash = (!a.signoff.is_empty()).then(|| a.signoff_hashes(q));
    for s in a
        .signoff
        .iter()
        .filter(|s| hash.as_ref().is_some_and(|h| s.is_current(h)))
    {
        if let Some(why) = crate::portfolio::approval_refused(q, a, e, s) {
            out.push(format!(
                "the approval by {} of {} is not valid: {why}",
                crate::term_text::line(s.name.trim()),
                crate::term_text::line(s.date.trim())
            ));
        }
    }
    if !e.hidden_answered.is_empty() {
        out.push(format!(
            "{} kept for questions that earlier answers now hide; they do not count: {} (`raia validate --forget-hidden FILE` removes them)",
            crate::explain::plural(e.hidden_answered.len(), "answer is", "answers are"),
            e.hidden_answered
                .iter()
                .filter_map(|id| q.question(id))
                .map(|x| format!("\"{}\" ({})", x.prompt, x.id))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out
}

/// `raia validate --forget-hidden`: removes from each file the answers, and their notes, kept
/// for questions the other answers now hide. They count for nothing and every command warns of
/// them, and the wizard cannot reach a hidden question to clear one (a new-user review edited
/// the file by hand). The file keeps its comments and layout, and is written only if it did
/// not change since it was read.
pub(crate) fn forget_hidden_answers(
    q: &Questionnaire,
    files: &[PathBuf],
) -> anyhow::Result<ExitCode> {
    if files.is_empty() {
        return Err(
            UsageError("give the assessment files to remove hidden answers from".into()).into(),
        );
    }
    for f in files {
        let own = own_release(q, f);
        let q = own.as_ref().unwrap_or(q);
        let (mut a, read) = assessment::read_assessment_fingerprinted(f, q)?;
        let e = evaluate(q, &a);
        if e.hidden_answered.is_empty() {
            outln!(
                "{}: no answer is kept for a hidden question; nothing changed.",
                term_text::path(f)
            );
            continue;
        }
        let prompts: Vec<String> = e
            .hidden_answered
            .iter()
            .map(|id| {
                let prompt = q.question(id).map_or(id.as_str(), |x| x.prompt.as_str());
                format!("\"{}\" ({id})", term_text::line(prompt))
            })
            .collect();
        let covered: Vec<bool> = {
            let hashes = a.signoff_hashes(q);
            a.signoff.iter().map(|s| s.is_current(&hashes)).collect()
        };
        for id in &e.hidden_answered {
            a.answers.remove(id.as_str());
            a.notes.remove(id.as_str());
        }
        let original = crate::textfile::read(f, "assessment")?;
        let text = assessment::file::update(&f.display().to_string(), &original, &a, q)?;
        let checked = assessment::parse_assessment(&f.to_string_lossy(), &text, q)?;
        anyhow::ensure!(
            evaluate(q, &checked).hidden_answered.is_empty(),
            "{}: the hidden answers could not be removed cleanly; the file was not changed",
            term_text::path(f)
        );
        // Refused if the file changed since it was read (the wizard saved it meanwhile).
        store::write_atomic_if(f, text.as_bytes(), store::Expect::Same(&read))?;
        outln!(
            "{}: removed {} kept for hidden questions: {}.",
            term_text::path(f),
            crate::explain::plural(prompts.len(), "answer", "answers"),
            prompts.join(", ")
        );
        // Whether the kept answers were part of what a sign-off names.
        let hashes = checked.signoff_hashes(q);
        if checked
            .signoff
            .iter()
            .zip(&covered)
            .any(|(s, was)| *was && !s.is_current(&hashes))
        {
            outln!(
                "A sign-off that covered the answers before is stale now: review them and sign again."
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The unanswered questions and missing notes, by prompt with the id to edit.
pub(crate) fn missing_lines(
    q: &Questionnaire,
    a: &Assessment,
    e: &crate::engine::Evaluation,
) -> Vec<String> {
    let name = |id: &crate::questionnaire::Text| {
        q.question(id)
            .map_or_else(|| id.to_string(), |x| format!("{} ({})", x.prompt, x.id))
    };
    let mut out: Vec<String> = e
        .unanswered
        .iter()
        .map(|id| format!("unanswered: {}", name(id)))
        .collect();
    out.extend(
        e.notes_missing
            .iter()
            .map(|id| match a.notes.get(id.as_str()) {
                // A note is there but says nothing ("TBD"): "missing" alone would read wrong.
                Some(n) if !n.trim().is_empty() => {
                    format!(
                        "note says nothing yet (\"{}\"): {}",
                        crate::explain::clip(n, 40),
                        name(id)
                    )
                }
                _ => format!("note missing: {}", name(id)),
            }),
    );
    out
}
