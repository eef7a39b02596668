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
    /// Required questions new in this version, with no answer yet: prompts.
    pub new: Vec<String>,
    /// The question the wizard opens at (`raia resume`): the first to reconfirm, in asking
    /// order, else the first new one. Written to `[wizard] position`.
    pub first: Option<String>,
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
        if m.removed.contains_key(id) {
            None
        } else {
            Some(m.renamed.get(id).cloned().unwrap_or_else(|| id.to_string()))
        }
    };

    if let Some(answers) = doc.get_mut("answers").and_then(Item::as_table_mut) {
        let keys: Vec<String> = answers.iter().map(|(k, _)| k.to_string()).collect();
        for id in &keys {
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
                                .map_or(into.clone(), |o| o.label.clone());
                            out.options.push((new_prompt(&to), from, label));
                            options_renamed = true;
                        }
                    }
                    if let Some(why) = m.reconfirm.get(&to) {
                        out.reconfirm.push((new_prompt(&to), why.clone()));
                    } else if &to == id && !options_renamed {
                        out.unchanged.push(new_prompt(&to));
                    }
                }
            }
        }
        rekey(answers, &new_id);
    }
    if let Some(notes) = doc.get_mut("notes").and_then(Item::as_table_mut) {
        rekey(notes, &new_id);
    }
    if let Some(table) = doc.get_mut("questionnaire").and_then(Item::as_table_mut) {
        set_keeping_decor(table, "version", &new.version);
        set_keeping_decor(table, "hash", &new.content_hash);
    }
    let answered: Vec<String> = doc
        .get("answers")
        .and_then(Item::as_table)
        .map(|t| t.iter().map(|(k, _)| k.to_string()).collect())
        .unwrap_or_default();
    let carried: Vec<String> = old.questions.iter().filter_map(|x| new_id(&x.id)).collect();
    let fresh: Vec<&crate::questionnaire::Question> = new
        .questions
        .iter()
        .filter(|x| !x.optional && !carried.contains(&x.id) && !answered.contains(&x.id))
        .collect();
    out.new = fresh.iter().map(|x| x.prompt.clone()).collect();
    out.first = new
        .questions
        .iter()
        .find(|x| m.reconfirm.contains_key(&x.id) && answered.contains(&x.id))
        .or(fresh.first().copied())
        .map(|x| x.id.clone());
    if let Some(first) = &out.first {
        if doc.get("wizard").and_then(Item::as_table).is_none() {
            doc.insert("wizard", Item::Table(Table::new()));
        }
        if let Some(wizard) = doc.get_mut("wizard").and_then(Item::as_table_mut) {
            set_keeping_decor(wizard, "position", first);
        }
    }
    out.text = doc.to_string();
    Ok(out)
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

/// Sets a string value, keeping the comment after it.
fn set_keeping_decor(table: &mut Table, key: &str, value: &str) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(v) => {
            let decor = v.decor().clone();
            *v = Value::from(value);
            *v.decor_mut() = decor;
        }
        None => {
            table.insert(key, toml_edit::value(value));
        }
    }
}
