//! `raia init`'s file: every value written by toml_edit, every question a comment.

use super::write_into;
use crate::assessment::{Assessment, SafeguardStatus};
use crate::questionnaire::{QuestionKind, Questionnaire};
use toml_edit::{DocumentMut, Item, Value};

/// A blank assessment with every question as a comment, for people who prefer an editor
/// (`raia init`). Every value is written by toml_edit; the comments are its decor.
pub fn blank(q: &Questionnaire, today: &str) -> String {
    let mut a = Assessment::new(q);
    a.metadata.created = today.to_string();
    a.metadata.updated = today.to_string();
    let mut doc = DocumentMut::new();
    write_into(&mut doc, &a, q, true);
    let root = doc.as_table_mut();
    if let Some(mut k) = root.key_mut("schema_version") {
        k.leaf_decor_mut().set_prefix(format!(
            "# raia assessment for {} (version {}).\n# Fill in [metadata] and [answers]; uncomment each answer you give.\n# Questions marked \"shown when\" only count when their condition holds.\n# Check with `raia validate FILE`; see the result with `raia score FILE`.\n\n",
            q.title, q.version
        ));
    }
    if let Some(meta) = root.get_mut("metadata").and_then(Item::as_table_mut) {
        for d in crate::assessment::Detail::ALL {
            if let Some(mut k) = meta.key_mut(d.key()) {
                k.leaf_decor_mut().set_prefix(format!("# {}\n", d.label()));
            }
        }
    }
    let statuses: Vec<&str> = SafeguardStatus::ALL.iter().map(|s| s.name()).collect();
    if let Some(notes) = root.get_mut("notes").and_then(Item::as_table_mut) {
        notes
            .decor_mut()
            .set_prefix(format!("{}\n", answer_comments(q)));
    }
    if let Some(sg) = root.get_mut("safeguards").and_then(Item::as_table_mut) {
        sg.decor_mut().set_prefix("# A note on any answer, keyed by question id:\n# question-id = \"why we answered this way\"\n\n");
    }
    // toml_edit writes a header's comment before it; the notes' help goes after its header, so
    // it is the safeguards' prefix above, and the safeguards' help is the end of the file.
    let mut tail =
        String::from("# Status of each safeguard, with evidence a reviewer can follow:\n");
    for s in &q.safeguards {
        let by = q.satisfied_by(&s.id);
        let shown = if by.is_empty() {
            "# No answer can show this one in place: set its status here, with evidence.\n"
                .to_string()
        } else {
            format!("# Shown in place by an answer: {}\n", by.join("; "))
        };
        tail.push_str(&format!(
            "# {}: {}\n{shown}# [safeguards.{}]\n# status = \"missing\"   # {}\n# evidence = \"\"\n",
            s.title,
            s.good,
            s.id,
            statuses.join(" | ")
        ));
    }
    doc.set_trailing(tail);
    super::text_of(&doc)
}

fn toml_str(s: &str) -> String {
    Value::from(s).to_string()
}

/// The commented questions of `raia init`, section by section, each with its placeholder.
fn answer_comments(q: &Questionnaire) -> String {
    let mut out = String::new();
    for s in &q.sections {
        out.push_str(&format!("\n# ==== {} ====\n", s.title));
        for x in q.questions.iter().filter(|x| x.section == s.id) {
            out.push_str(&format!("\n# {}\n", x.prompt));
            if let Some(c) = &x.show_if {
                out.push_str(&format!("#   shown when: {}\n", c.describe(q)));
            }
            out.push_str(&format!(
                "#   {}{}\n",
                crate::assessment::expected_value(x),
                if x.optional { " (optional)" } else { "" }
            ));
            for o in &x.options {
                let note = if o.effects.note_required {
                    format!(
                        "   (needs a note{})",
                        if o.effects.note_hint.trim().is_empty() {
                            String::new()
                        } else {
                            format!(": {}", o.effects.note_hint.trim())
                        }
                    )
                } else {
                    String::new()
                };
                if x.kind == QuestionKind::YesNo {
                    if !note.is_empty() {
                        out.push_str(&format!("#     {:<24}{note}\n", o.id == "yes"));
                    }
                } else {
                    out.push_str(&format!(
                        "#     {:<24} {}{note}\n",
                        toml_str(&o.id),
                        o.label
                    ));
                }
            }
            // A placeholder is never a valid answer: uncommenting it without choosing gives an
            // error that says what to write, instead of silently recording the first option.
            let example = match x.kind {
                QuestionKind::YesNo => toml_str("<true or false>"),
                QuestionKind::Single => toml_str("<choose one>"),
                QuestionKind::Multi => format!("[{}]", toml_str("<choose>")),
                QuestionKind::Number => toml_str("<a number>"),
                QuestionKind::Date => toml_str("YYYY-MM-DD"),
                QuestionKind::Text | QuestionKind::LongText => "\"\"".to_string(),
            };
            out.push_str(&format!("# {} = {example}\n", x.id));
            if x.options.iter().any(|o| o.effects.note_required)
                || x.bands.iter().any(|b| b.effects.note_required)
            {
                out.push_str(&format!(
                    "#   the note goes under [notes]: {} = \"...\"\n",
                    x.id
                ));
            }
        }
    }
    out
}
