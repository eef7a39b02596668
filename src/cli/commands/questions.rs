//! `raia questions`: the questionnaire, printed.

use super::*;

pub(crate) fn questions(
    q: &Questionnaire,
    source: &QuestionnaireSource,
    format: QuestionsFormat,
) -> anyhow::Result<()> {
    match format {
        QuestionsFormat::Source => match source {
            QuestionnaireSource::Embedded => data(crate::questionnaire::DEFAULT_QUESTIONNAIRE)?,
            QuestionnaireSource::File(p) | QuestionnaireSource::Project(p) => {
                // The file as it is, but for strings holding a character a terminal obeys,
                // written with that character escaped: the same questionnaire read back.
                data(&crate::report::toml_terminal_safe(crate::textfile::read(
                    p,
                    "questionnaire",
                )?))?
            }
        },
        QuestionsFormat::Json => data(&crate::report::json_terminal_safe(
            serde_json::to_string_pretty(q)? + "\n",
        ))?,
        QuestionsFormat::Toml => data(&crate::report::toml_terminal_safe(toml::to_string_pretty(
            q,
        )?))?,
        QuestionsFormat::Md => {
            outln!("# {} (version {})\n", q.title, q.version);
            outln!(
                "Policy: {}, {} <{}>\n",
                q.policy.name,
                q.policy.date,
                q.policy.url
            );
            if q.layers.len() > 1 {
                outln!("Layers: {}\n", crate::explain::layers(q));
            }
            for s in &q.sections {
                outln!("## {}\n", s.title);
                if !s.intro.is_empty() {
                    outln!("{}\n", s.intro);
                }
                for x in q.questions.iter().filter(|x| x.section == s.id) {
                    outln!("### `{}`: {}\n", x.id, x.prompt);
                    outln!(
                        "- type: {}{}",
                        x.kind.name(),
                        if x.optional { " (optional)" } else { "" }
                    );
                    if let Some(c) = &x.show_if {
                        outln!("- shown when: {}", c.describe(q));
                    }
                    if !x.clause.is_empty() {
                        outln!("- policy: {}", x.clause);
                    }
                    if let Some(l) = q.layers.get(x.layer).filter(|_| x.layer > 0) {
                        outln!("- added by: {}", l.title);
                    }
                    if !x.help.is_empty() {
                        outln!("- why: {}", x.help);
                    }
                    for o in &x.options {
                        outln!("  - `{}`: {}", o.id, o.label);
                    }
                    outln!();
                }
            }
            outln!("## Safeguards\n");
            for s in &q.safeguards {
                outln!("### `{}`: {}\n", s.id, s.title);
                let requirement = q
                    .requirement(&s.requirement)
                    .map_or(s.requirement.as_str(), |r| r.title.as_str());
                outln!(
                    "- serves: {requirement}{}",
                    if s.clause.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", s.clause)
                    }
                );
                match &s.required_when {
                    Some(c) => outln!("- required when: {}", c.describe(q)),
                    None => outln!("- required when: its requirement applies"),
                }
                // The policy's words bind it only where its requirement's own rule reaches (and
                // its `policy_when` holds); required by another trigger, it is recommended
                // practice, as the verdict says (a review read "required by the policy" beside
                // a verdict calling a children's toy's risk assessment a recommendation).
                let req = q.requirement(&s.requirement);
                let mut when = Vec::new();
                if s.basis == crate::questionnaire::Basis::Policy {
                    match req.map(|r| (r.applies, r.applies_when.as_ref())) {
                        Some((crate::questionnaire::Applies::Consequential, _)) => {
                            when.push(format!("the use involves a {}", q.vocabulary.consequential))
                        }
                        Some((crate::questionnaire::Applies::When, Some(c))) => {
                            when.push(c.describe(q))
                        }
                        _ => {}
                    }
                    if let Some(c) = &s.policy_when {
                        let c = c.describe(q);
                        if !when.contains(&c) {
                            when.push(c);
                        }
                    }
                }
                outln!(
                    "- basis: {}{}",
                    crate::explain::safeguard_basis(
                        q,
                        &s.id,
                        s.basis,
                        req.map_or(crate::questionnaire::Obligation::Must, |r| r.obligation)
                    ),
                    if !when.is_empty() {
                        format!(
                            " when {}; recommended practice when only another trigger holds",
                            when.join(", and ")
                        )
                    } else if let Some(r) = req.filter(|r| {
                        s.basis == crate::questionnaire::Basis::Practice
                            && r.basis == crate::questionnaire::Basis::Policy
                            && r.obligation == crate::questionnaire::Obligation::Must
                    }) {
                        // Needed, though recommended, where nothing else shows its requirement
                        // met (a review read "recommended practice" for the one safeguard that
                        // shows "information on request").
                        format!(
                            "; where nothing else shows \"{}\", which the policy requires, met, one of the safeguards under it must be in place",
                            r.title
                        )
                    } else {
                        String::new()
                    }
                );
                let by = q.satisfied_by(&s.id);
                if by.is_empty() {
                    outln!("- shown in place by: no answer; set its status with evidence");
                } else {
                    outln!("- shown in place by: {}", by.join("; "));
                }
                if !s.good.is_empty() {
                    outln!("- good looks like: {}", s.good);
                }
                outln!();
            }
        }
    }
    Ok(())
}
