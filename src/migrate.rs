//! `raia migrate`: carries an assessment made with one questionnaire version over to the next,
//! following the `[migration]` table the newer version declares. The file is edited in place
//! with toml_edit, so its comments and layout stay; only the keys that must change do.

use crate::questionnaire::Questionnaire;
use toml_edit::{DocumentMut, Item, Key, Table, Value};

/// What a migration did, for the person who runs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The migrated file text.
    pub text: String,
    /// Answers that carried over as they were: prompts in the new version.
    pub unchanged: Vec<String>,
    /// Answers carried over under a new question id: (old prompt, new prompt).
    pub renamed: Vec<(String, String)>,
    /// Answers whose option ids were renamed: (prompt, old option, new option label).
    pub options: Vec<(String, String, String)>,
    /// Answers to confirm again: (prompt, why).
    pub reconfirm: Vec<(String, String)>,
    /// Answers dropped with their question: (old prompt, why).
    pub removed: Vec<(String, String)>,
    /// Answers to a question split into several: (old prompt, what became of it, in words).
    pub split: Vec<(String, String)>,
    /// Required questions new in this version, with no answer yet: prompts.
    pub new: Vec<String>,
    /// The question the wizard opens at (`raia resume`): the first to reconfirm, in asking
    /// order, else the first new one. Written to `[wizard] position`.
    pub first: Option<String>,
}

/// Why an answer's options read differently in `new` than in `old` (question `id` there, `to`
/// here), in words, or `None` where every option picked reads as it did.
fn reworded(
    old: &Questionnaire,
    new: &Questionnaire,
    id: &str,
    to: &str,
    item: &Item,
) -> Option<String> {
    let picked: Vec<&str> = match item.as_value()? {
        Value::String(s) => vec![s.value().as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    let (was, now) = (old.question(id)?, new.question(to)?);
    picked.into_iter().find_map(|p| {
        let (before, after) = (was.option(p)?, now.option(p)?);
        (before.label != after.label).then(|| {
            format!(
                "the option picked is worded differently in this version: \"{}\" now reads \"{}\"; check it still says what is meant",
                before.label, after.label
            )
        })
    })
}

/// Migrates assessment `text`, made with `old`, to `new`, whose `[migration]` must come from
/// `old`'s version.
pub fn migrate(old: &Questionnaire, new: &Questionnaire, text: &str) -> anyhow::Result<Outcome> {
    let Some(m) = new.migration.as_ref().filter(|m| m.from == old.version) else {
        anyhow::bail!(
            "version {} of `{}` declares no migration from version {}",
            new.version,
            new.id,
            old.version
        );
    };
    let mut doc: DocumentMut = text.parse()?;
    let mut out = Outcome::default();
    // The questions whose picked options read differently in `new` (see [`reworded`]).
    let mut reworded_ids: Vec<String> = Vec::new();
    // The answers to confirm again, by new question id, with why: kept in `[wizard.reconfirm]`.
    let mut kept: Vec<(String, String)> = Vec::new();
    let old_prompt = |id: &str| {
        old.question(id)
            .map_or(id, |x| x.prompt.as_str())
            .to_string()
    };
    let new_prompt = |id: &str| {
        new.question(id)
            .map_or(id, |x| x.prompt.as_str())
            .to_string()
    };
    let new_id = |id: &str| -> Option<String> {
        if m.removed.contains_key(id) || m.split.contains_key(id) {
            None
        } else {
            Some(m.renamed.get(id).cloned().unwrap_or_else(|| id.to_string()))
        }
    };
    // A note on a split question goes with the first question it became.
    let note_id = |id: &str| -> Option<String> {
        match m.split.get(id) {
            Some(split) => split.into.first().cloned(),
            None => new_id(id),
        }
    };
    // Answers a split gives, written once the old keys are gone: (new id, value, comments).
    let mut from_splits: Vec<(String, Value, toml_edit::Decor)> = Vec::new();

    if let Some(answers) = doc.get_mut("answers").and_then(Item::as_table_mut) {
        let keys: Vec<String> = answers.iter().map(|(k, _)| k.to_string()).collect();
        for id in &keys {
            if let Some(split) = m.split.get(id) {
                let decor = answers
                    .key(id)
                    .map(|k| k.leaf_decor().clone())
                    .unwrap_or_default();
                let given = answers.get(id).and_then(Item::as_value);
                let (said, words) = split_answer(new, split, given);
                out.split.push((old_prompt(id), words));
                for (i, (to, value)) in said.into_iter().enumerate() {
                    let d = if i == 0 {
                        decor.clone()
                    } else {
                        Default::default()
                    };
                    from_splits.push((to, value, d));
                }
                continue;
            }
            match new_id(id) {
                None => out.removed.push((
                    old_prompt(id),
                    m.removed.get(id).cloned().unwrap_or_default(),
                )),
                Some(to) => {
                    if &to != id {
                        out.renamed.push((old_prompt(id), new_prompt(&to)));
                    }
                    let mut options_renamed = false;
                    if let (Some(renames), Some(item)) = (m.options.get(&to), answers.get_mut(id)) {
                        for (from, into) in rename_options(item, renames) {
                            let label = new
                                .question(&to)
                                .and_then(|x| x.option(&into))
                                .map_or(into.clone(), |o| o.label.to_string());
                            out.options.push((new_prompt(&to), from, label));
                            options_renamed = true;
                        }
                    }
                    if let Some(why) = m.reconfirm.get(&to) {
                        out.reconfirm.push((new_prompt(&to), why.clone()));
                        kept.push((to.clone(), why.clone()));
                    } else if let Some(why) = answers
                        .get(id)
                        .and_then(|item| reworded(old, new, id, &to, item))
                    {
                        // An option whose words changed may no longer say what was meant (a
                        // new-user pass: "own" came to mean "of no real person").
                        out.reconfirm.push((new_prompt(&to), why.clone()));
                        kept.push((to.clone(), why));
                        reworded_ids.push(to.clone());
                    } else if &to == id && !options_renamed {
                        out.unchanged.push(new_prompt(&to));
                    }
                }
            }
        }
        rekey(answers, &new_id);
        for (to, value, decor) in from_splits {
            if !answers.contains_key(&to) {
                answers.insert_formatted(
                    &Key::new(to.as_str()).with_leaf_decor(decor),
                    Item::Value(value),
                );
            }
        }
    }
    if let Some(notes) = doc.get_mut("notes").and_then(Item::as_table_mut) {
        rekey(notes, &note_id);
    }
    if let Some(table) = doc.get_mut("questionnaire").and_then(Item::as_table_mut) {
        crate::assessment::file::set(table, "version", Value::from(new.version.as_str()));
        crate::assessment::file::set(table, "hash", Value::from(new.content_hash.as_str()));
    }
    let answered: Vec<String> = doc
        .get("answers")
        .and_then(Item::as_table)
        .map(|t| t.iter().map(|(k, _)| k.to_string()).collect())
        .unwrap_or_default();
    let carried: Vec<String> = old.questions.iter().filter_map(|x| new_id(&x.id)).collect();
    // Only what the answers will ask: a new question shown on answers this file does not give
    // is neither listed nor where the wizard opens (a new question for uses that mark no
    // consequential decision was put first in a clinical tool's file).
    let interim = crate::assessment::file::text_like(&doc, text.as_bytes());
    let visible: Option<Vec<String>> = crate::assessment::parse_assessment("", &interim, new)
        .ok()
        .map(|a| {
            crate::engine::evaluate_without_what_if(new, &a)
                .visible
                .iter()
                .map(ToString::to_string)
                .collect()
        });
    let fresh: Vec<&crate::questionnaire::Question> = new
        .questions
        .iter()
        .filter(|x| {
            !x.optional
                && !carried.iter().any(|c| *c == x.id)
                && !answered.iter().any(|c| *c == x.id)
                && visible
                    .as_ref()
                    .is_none_or(|v| v.iter().any(|id| *id == x.id))
        })
        .collect();
    out.new = fresh.iter().map(|x| x.prompt.to_string()).collect();
    out.first = new
        .questions
        .iter()
        .find(|x| {
            let split_into = m
                .split
                .values()
                .any(|sp| sp.into.iter().any(|i| *i == x.id));
            // Reworded options too: a team review saw `raia resume` open at the result after a
            // migration that listed six answers to reconfirm, and nothing in the file kept them.
            (m.reconfirm.contains_key(x.id.as_str())
                || split_into
                || reworded_ids.iter().any(|r| r == x.id.as_str()))
                && answered.iter().any(|c| *c == x.id)
        })
        .or(fresh.first().copied())
        .map(|x| x.id.to_string());
    if !kept.is_empty() {
        if doc.get("wizard").and_then(Item::as_table).is_none() {
            doc.insert("wizard", Item::Table(Table::new()));
        }
        if let Some(wizard) = doc.get_mut("wizard").and_then(Item::as_table_mut) {
            if wizard.get("reconfirm").and_then(Item::as_table).is_none() {
                wizard.insert("reconfirm", Item::Table(Table::new()));
            }
            if let Some(t) = wizard.get_mut("reconfirm").and_then(Item::as_table_mut) {
                for (id, why) in &kept {
                    crate::assessment::file::set(t, id, Value::from(why.as_str()));
                }
            }
        }
    }
    if let Some(first) = &out.first {
        if doc.get("wizard").and_then(Item::as_table).is_none() {
            doc.insert("wizard", Item::Table(Table::new()));
        }
        if let Some(wizard) = doc.get_mut("wizard").and_then(Item::as_table_mut) {
            crate::assessment::file::set(wizard, "position", Value::from(first.as_str()));
        }
    }
    out.text = crate::assessment::file::text_like(&doc, text.as_bytes());
    Ok(out)
}

/// Migrates `text` across a chain of versions, oldest first (`steps[0]` is the file's version,
/// the last the target); each version after the first declares its migration from the one
/// before. The outcome lists what happened at every step; "unchanged" is what no step touched.
pub fn migrate_chain(steps: &[&Questionnaire], text: &str) -> anyhow::Result<Outcome> {
    let mut total = Outcome {
        text: text.to_string(),
        ..Outcome::default()
    };
    let mut touched: Vec<String> = Vec::new();
    for pair in steps.windows(2) {
        let [old, new] = pair else { continue };
        let step = migrate(old, new, &total.text)?;
        touched.extend(step.renamed.iter().map(|(_, b)| b.clone()));
        touched.extend(step.options.iter().map(|(p, _, _)| p.clone()));
        touched.extend(step.reconfirm.iter().map(|(p, _)| p.clone()));
        total.renamed.extend(step.renamed);
        total.options.extend(step.options);
        total.reconfirm.extend(step.reconfirm);
        total.removed.extend(step.removed);
        total.split.extend(step.split);
        // A question new at one step stays to answer at the next: no step answers it.
        for p in step.new {
            if !total.new.contains(&p) {
                total.new.push(p);
            }
        }
        total.first = step.first.or(total.first);
        total.unchanged = step.unchanged;
        total.text = step.text;
    }
    total.unchanged.retain(|p| !touched.contains(p));
    Ok(total)
}

/// The chain of built-in versions from `from` to `to`, oldest first, following each
/// version's `[migration] from` back from `to`. None when `from` cannot be reached.
pub fn builtin_chain(from: &str, to: &Questionnaire) -> Option<Vec<Questionnaire>> {
    let mut chain = vec![to.clone()];
    while chain.last()?.version != from {
        let back = chain.last()?.migration.as_ref()?.from.clone();
        let (name, text) = crate::questionnaire::builtin_version(&back)?;
        let mut q = crate::questionnaire::parse_questionnaire(name, text).ok()?;
        q.source = format!("built-in {name}");
        if chain.len() > crate::questionnaire::BUILTIN.len() {
            return None;
        }
        chain.push(q);
    }
    chain.reverse();
    Some(chain)
}

/// The new answers a split gives for the old answer `given`, and what happened in words.
fn split_answer(
    new: &Questionnaire,
    split: &crate::questionnaire::Split,
    given: Option<&Value>,
) -> (Vec<(String, Value)>, String) {
    let key = match given {
        Some(Value::String(s)) => s.value().clone(),
        Some(Value::Boolean(b)) => b.value().to_string(),
        _ => String::new(),
    };
    let mapped = split.answers.get(&key).or_else(|| split.answers.get("*"));
    let prompt = |id: &str| {
        new.question(id)
            .map_or(id, |x| x.prompt.as_str())
            .to_string()
    };
    let mut said = Vec::new();
    let mut parts = Vec::new();
    for to in &split.into {
        let value = mapped
            .and_then(|m| m.get(to))
            .and_then(|v| new.question(to).and_then(|x| typed(x, v)));
        match value {
            Some(v) => {
                let label = new
                    .question(to)
                    .and_then(|x| v.as_str().and_then(|o| x.option(o)))
                    .map_or_else(
                        || v.to_string().trim().to_string(),
                        |o| format!("\"{}\"", o.label),
                    );
                parts.push(format!("\"{}\" is now {label}", prompt(to)));
                said.push((to.clone(), v));
            }
            None => parts.push(format!("\"{}\" is to answer", prompt(to))),
        }
    }
    let why = if split.why.is_empty() {
        String::new()
    } else {
        format!(" ({})", split.why)
    };
    (said, format!("split: {}{why}", parts.join("; ")))
}

/// A split's answer text as the value the new question takes.
fn typed(q: &crate::questionnaire::Question, v: &str) -> Option<Value> {
    use crate::questionnaire::QuestionKind;
    Some(match q.kind {
        QuestionKind::YesNo => Value::from(match v {
            "true" | "yes" => true,
            "false" | "no" => false,
            _ => return None,
        }),
        QuestionKind::Multi => Value::Array(
            v.split(',')
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .collect(),
        ),
        QuestionKind::Number => Value::from(v.parse::<f64>().ok()?),
        _ => Value::from(v),
    })
}

/// Renames option ids in an answer (a string or a list of strings), keeping each value's
/// comments; returns (old, new) for each renamed.
fn rename_options(
    item: &mut Item,
    renames: &std::collections::BTreeMap<String, String>,
) -> Vec<(String, String)> {
    let mut done = Vec::new();
    let mut one = |v: &mut Value| {
        if let Some(into) = v.as_str().and_then(|s| renames.get(s)).cloned() {
            let from = v.as_str().unwrap_or_default().to_string();
            let decor = v.decor().clone();
            *v = Value::from(into.as_str());
            *v.decor_mut() = decor;
            done.push((from, into));
        }
    };
    match item {
        Item::Value(Value::Array(list)) => list.iter_mut().for_each(&mut one),
        Item::Value(v) => one(v),
        _ => {}
    }
    done
}

/// Renames and drops keys of `table` by `new_id` (None drops), in place and in order, each
/// renamed key keeping its comments.
fn rekey(table: &mut Table, new_id: &dyn Fn(&str) -> Option<String>) {
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    if keys
        .iter()
        .all(|k| new_id(k).as_deref() == Some(k.as_str()))
    {
        return;
    }
    let mut entries: Vec<(Key, Item)> = Vec::new();
    for k in &keys {
        if let Some((key, item)) = table.get_key_value(k) {
            entries.push((key.clone(), item.clone()));
        }
    }
    table.clear();
    for (key, item) in entries {
        match new_id(key.get()) {
            None => {}
            Some(to) if to == key.get() => {
                table.insert_formatted(&key, item);
            }
            Some(to) => {
                let renamed = Key::new(to).with_leaf_decor(key.leaf_decor().clone());
                table.insert_formatted(&renamed, item);
            }
        }
    }
}
