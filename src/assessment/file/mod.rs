//! `assessment::file`: the one reader and writer of assessment files.
//!
//! Reading is [`read`] and [`parse`] (the checks are in `load.rs`). Writing is [`render`] for a
//! new file and [`update`] for an existing one: `update` edits the file's own text with
//! toml_edit, so every comment, blank line and key order a person or `raia init` wrote stays;
//! only the values that changed are replaced, new keys go under their commented placeholder
//! (`# id = ...`, as `raia init` writes them) or in asking order, and the comments above a
//! removed key move to what follows it. [`blank`] is `raia init`'s file and [`sign`] adds a
//! sign-off; [`save`] is the atomic write of it all (`store::write_atomic`).
//!
//! Nothing here swallows an error: a file that is not TOML is refused with its place.

mod blank;
mod layout;

pub use blank::blank;
use layout::{place_under_placeholder, prepend_after, remove_keeping_comments, tables_in_order};

use super::{Assessment, Decision, SCHEMA_VERSION, SignOff};
use crate::questionnaire::Questionnaire;
use std::path::Path;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

pub use super::load::{
    parse_assessment as parse, read_assessment as read,
    read_assessment_fingerprinted as read_fingerprinted,
};

/// The file's text is not TOML, so it cannot be edited in place; nothing was written.
#[derive(Debug, thiserror::Error)]
#[error(
    "{file}: cannot be edited, because it does not read as TOML ({reason}); nothing was written: fix it (`raia validate {file}` shows where) and save again"
)]
pub struct NotEditable {
    pub file: String,
    pub reason: String,
}

/// The text of a new assessment file.
pub fn render(a: &Assessment, q: &Questionnaire) -> String {
    text_of(&new_document(a, q))
}

/// A document's text as it is written to disk: a string holding a character a terminal obeys
/// (a C1 control, a bidi override) is written with it escaped, as a basic string, so that
/// `cat` or `git diff` of a shared assessment cannot retitle a terminal; it reads back as the
/// same text. Every writer of an assessment file goes through here.
pub(crate) fn text_of(doc: &DocumentMut) -> String {
    crate::report::toml_terminal_safe(doc.to_string())
}

/// [`text_of`] for a document read from `original` (a file's text as it was): with Windows line
/// breaks if most of `original`'s are, and its byte-order mark if it has one. toml_edit writes
/// every new or changed line with a bare line feed, so a file checked out with Windows line
/// breaks came back with most lines changed.
pub(crate) fn text_like(doc: &DocumentMut, original: &[u8]) -> String {
    let mut text = text_of(doc);
    if crate::report::breaks_lines_with_crlf(original) {
        text = crate::report::with_crlf_line_breaks(&text);
    }
    // A byte-order mark the file opened with stays (an editor on Windows writes one; dropping
    // it changed the first line in git).
    const BOM: &str = "\u{feff}";
    if original.starts_with(BOM.as_bytes()) && !text.starts_with(BOM) {
        text.insert_str(0, BOM);
    }
    text
}

/// A new assessment file, parsed, for [`write`] to edit on later saves.
pub fn new_document(a: &Assessment, q: &Questionnaire) -> DocumentMut {
    let mut doc = DocumentMut::new();
    doc.decor_mut().set_prefix(format!(
        "# raia assessment ({} {}). Edit with `raia resume` or by hand; check with `raia validate`.\n",
        q.id, q.version
    ));
    write_into(&mut doc, a, q, true);
    doc
}

/// `text` (the file `file` as it is now) with `a`'s contents written into it, keeping its
/// comments and layout.
pub fn update(
    file: &str,
    text: &str,
    a: &Assessment,
    q: &Questionnaire,
) -> Result<String, NotEditable> {
    Ok(write(&mut edit(file, text)?, a, q, text.as_bytes()))
}

/// Writes `a` into `doc` (a file's text, parsed by [`edit`] or made by [`new_document`]) and
/// returns the new text. A session keeps `doc` between saves, so a large file is not parsed
/// again while nothing else has changed it. `original` is the file's text as it is now (empty
/// for a new file): its line breaks are kept.
pub fn write(doc: &mut DocumentMut, a: &Assessment, q: &Questionnaire, original: &[u8]) -> String {
    write_into(doc, a, q, false);
    text_like(doc, original)
}

/// Writes `a` to `path` atomically: into the file's own text when there is one (see
/// [`update`]), else as a new file.
pub fn save(path: &Path, a: &Assessment, q: &Questionnaire) -> anyhow::Result<()> {
    let text = match super::store::read_fingerprinted(path)? {
        Some((bytes, _)) => existing_text(path, &bytes)
            .and_then(|t| Ok(update(&path.display().to_string(), &t, a, q)?))?,
        None => render(a, q),
    };
    super::store::write_atomic(path, text.as_bytes())
}

/// The text of file bytes read from `path`, for [`update`].
pub fn existing_text(path: &Path, bytes: &[u8]) -> anyhow::Result<String> {
    let file = path.display().to_string();
    crate::textfile::utf8(&file, bytes.to_vec()).map_err(|d| {
        // Where, as every other located error says (a hardening review's wizard message named
        // no line for a byte that is not UTF-8).
        let at =
            d.0.first()
                .map(|d| format!(" from line {}, column {}", d.line, d.column))
                .unwrap_or_default();
        NotEditable {
            reason: format!("it is not UTF-8 text{at}"),
            file,
        }
        .into()
    })
}

/// `text` with `entry` added as the last `[[signoff]]` and the questionnaire hash bound to
/// `hash`; nothing else changes.
pub fn sign(file: &str, text: &str, entry: &SignOff, hash: &str) -> Result<String, NotEditable> {
    let mut doc = edit(file, text)?;
    let root = doc.as_table_mut();
    if !root.get("questionnaire").is_some_and(Item::is_table_like) {
        root.insert("questionnaire", Item::Table(Table::new()));
    }
    if let Some(t) = root
        .get_mut("questionnaire")
        .and_then(Item::as_table_like_mut)
    {
        set(t, "hash", Value::from(hash));
    }
    if !root.get("signoff").is_some_and(Item::is_array_of_tables) {
        root.insert("signoff", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    if let Some(list) = root
        .get_mut("signoff")
        .and_then(Item::as_array_of_tables_mut)
    {
        list.push(new_table(&signoff_node(entry)));
    }
    Ok(text_like(&doc, text.as_bytes()))
}

/// A file's text (`file` names it in the error), parsed for [`write`].
pub fn edit(file: &str, text: &str) -> Result<DocumentMut, NotEditable> {
    text.parse().map_err(|e: toml_edit::TomlError| NotEditable {
        file: file.to_string(),
        reason: e.message().to_string(),
    })
}

/// What a table should hold: its keys in order, each a value, a table or a list of tables.
enum Node {
    Leaf(Value),
    Table(Vec<(String, Node)>),
    Tables(Vec<Vec<(String, Node)>>),
}

fn leaf(s: &str) -> Node {
    Node::Leaf(Value::from(s))
}

fn signoff_node(s: &SignOff) -> Vec<(String, Node)> {
    let decision = s.decision.map_or("", Decision::name);
    [
        ("name", s.name.as_str()),
        ("role", s.role.as_str()),
        ("date", s.date.as_str()),
        ("decision", decision),
        ("comment", s.comment.as_str()),
        ("assessment_hash", s.assessment_hash.as_str()),
        ("questionnaire_version", s.questionnaire_version.as_str()),
        ("questionnaire_hash", s.questionnaire_hash.as_str()),
    ]
    .into_iter()
    .filter(|(k, v)| {
        !v.is_empty() || !(k.starts_with("questionnaire_") || matches!(*k, "decision" | "comment"))
    })
    .map(|(k, v)| (k.to_string(), leaf(v)))
    .collect()
}

fn answer_value(a: &crate::answer::Answer) -> Value {
    use crate::answer::Answer;
    match a {
        Answer::Bool(b) => Value::from(*b),
        Answer::Choice(s) | Answer::Text(s) | Answer::Date(s) => Value::from(s.as_str()),
        Answer::Choices(v) => Value::Array(v.iter().map(String::as_str).collect()),
        Answer::Number(n)
            if n.fract() == 0.0 && n.abs() <= crate::answer::MAX_EXACT_INTEGER as f64 =>
        {
            // Whole numbers are written as integers, so they read back as integers; up to
            // 2^53 the cast is exact.
            Value::from(*n as i64)
        }
        // Beyond 2^53 in size every float is whole, and written out in digits it would read back
        // as a number too large to be exact: the exponent form says it is an approximation, and
        // reads back as the same float (Rust writes the shortest form that does).
        Answer::Number(n) if n.abs() > crate::answer::MAX_EXACT_INTEGER as f64 => format!("{n:e}")
            .parse::<Value>()
            .unwrap_or_else(|_| Value::from(*n)),
        Answer::Number(n) => Value::from(*n),
    }
}

/// Brings `doc` to hold `a`. `fresh`: a new file, so every metadata field is written, even
/// empty, for a person to fill in.
fn write_into(doc: &mut DocumentMut, a: &Assessment, q: &Questionnaire, fresh: bool) {
    let before = tables_in_order(doc);
    let root = doc.as_table();
    let has = |table: &str, key: &str| {
        root.get(table)
            .and_then(Item::as_table_like)
            .is_some_and(|t| t.contains_key(key))
    };
    let m = &a.metadata;
    let metadata: Vec<(String, Node)> = super::Detail::ALL
        .iter()
        .map(|d| d.key())
        .chain(["created", "updated", "review_by"])
        .filter_map(|k| {
            let v = m.get(k).unwrap_or_default();
            let wanted = !v.is_empty() || has("metadata", k) || (fresh && k != "review_by");
            wanted.then(|| (k.to_string(), leaf(v)))
        })
        .collect();
    let order = |id: &str| q.question_index(id).unwrap_or(usize::MAX);
    let mut ids: Vec<&String> = a.answers.keys().collect();
    ids.sort_by_key(|id| order(id));
    let answers = ids
        .into_iter()
        .filter_map(|id| Some((id.clone(), Node::Leaf(answer_value(a.answers.get(id)?)))))
        .collect();
    let mut ids: Vec<&String> = a.notes.keys().collect();
    ids.sort_by_key(|id| order(id));
    let notes = ids
        .into_iter()
        .filter_map(|id| {
            let n = a.notes.get(id).filter(|n| !n.trim().is_empty())?;
            Some((id.clone(), leaf(n)))
        })
        .collect();
    let safeguards = q
        .safeguards
        .iter()
        .filter_map(|s| {
            let e = a.safeguards.get(s.id.as_str())?;
            let dates = a.evidence_dates.get(s.id.as_str());
            let plan = a.plans.get(s.id.as_str());
            let mut t = vec![("status".to_string(), leaf(e.status.name()))];
            for (k, v) in [
                ("evidence", Some(e.evidence.as_str())),
                ("date", dates.map(|d| d.date.as_str())),
                ("expires", dates.map(|d| d.expires.as_str())),
                ("owner", plan.map(|p| p.owner.as_str())),
                ("target", plan.map(|p| p.target.as_str())),
            ] {
                if let Some(v) = v.filter(|v| !v.is_empty()) {
                    t.push((k.to_string(), leaf(v)));
                }
            }
            Some((s.id.to_string(), Node::Table(t)))
        })
        .collect();
    let wizard = (a.wizard != super::WizardState::default()).then(|| {
        let mut t = Vec::new();
        if !a.wizard.position.is_none() {
            t.push(("position".to_string(), leaf(&a.wizard.position.to_string())));
        }
        if !a.wizard.reports.is_empty() {
            let reports = a
                .wizard
                .reports
                .iter()
                .map(|(format, r)| {
                    let entry = vec![
                        ("path".to_string(), leaf(&r.path)),
                        ("selected".to_string(), Node::Leaf(Value::from(r.selected))),
                    ];
                    (format.clone(), Node::Table(entry))
                })
                .collect();
            t.push(("reports".to_string(), Node::Table(reports)));
        }
        if !a.wizard.reconfirm.is_empty() {
            let reconfirm = a
                .wizard
                .reconfirm
                .iter()
                .map(|(id, why)| (id.clone(), leaf(why)))
                .collect();
            t.push(("reconfirm".to_string(), Node::Table(reconfirm)));
        }
        Node::Table(t)
    });
    let signoff = (!a.signoff.is_empty() || root.contains_key("signoff"))
        .then(|| Node::Tables(a.signoff.iter().map(signoff_node).collect()));
    // The questionnaire text the answers stand against, as the assessment records it: a save
    // never binds them to another text by itself (a new-user pass saw moving between steps
    // rebind a file, silencing the gate's "not bound" failure). Binding is an act: Ctrl+S in
    // the wizard, or a sign-off. An unbound file stays unbound.
    let mut questionnaire = vec![
        ("id".to_string(), leaf(&q.id)),
        ("version".to_string(), leaf(&q.version)),
    ];
    if !a.questionnaire.hash.is_empty() {
        questionnaire.push(("hash".to_string(), leaf(&a.questionnaire.hash)));
    }
    let wanted: Vec<(&str, Option<Node>)> = vec![
        (
            "schema_version",
            Some(Node::Leaf(Value::from(i64::from(SCHEMA_VERSION)))),
        ),
        ("metadata", Some(Node::Table(metadata))),
        ("questionnaire", Some(Node::Table(questionnaire))),
        ("answers", Some(Node::Table(answers))),
        ("notes", Some(Node::Table(notes))),
        ("safeguards", Some(Node::Table(safeguards))),
        (
            "signoff",
            signoff.filter(|s| !matches!(s, Node::Tables(v) if v.is_empty())),
        ),
        ("wizard", wizard),
    ];
    let mut orphans = Vec::new();
    for (key, node) in &wanted {
        let placed = sync_key(doc.as_table_mut(), key, node.as_ref(), &mut orphans);
        // A new file has its answers in asking order already, and no placeholders.
        if *key == "answers" && !fresh {
            for id in placed {
                place_under_placeholder(doc, "answers", &id, &order);
            }
        }
    }
    for (path, comments) in orphans {
        prepend_after(doc, &before, &path, &comments);
    }
}

/// Brings `key` of `t` to `node` (`None`: removes it). Returns the keys newly added directly
/// under it, for placing. Comments of removed keys that had nowhere to go are pushed to
/// `orphans` with the path of the table they were in.
fn sync_key(
    t: &mut dyn TableLike,
    key: &str,
    node: Option<&Node>,
    orphans: &mut Vec<(Vec<String>, String)>,
) -> Vec<String> {
    let Some(node) = node else {
        if let Some((comments, table)) = remove_keeping_comments(t, key) {
            orphans.push((
                if table {
                    vec![key.to_string()]
                } else {
                    Vec::new()
                },
                comments,
            ));
        }
        return Vec::new();
    };
    match (node, t.get_mut(key)) {
        (Node::Leaf(v), Some(Item::Value(old))) => {
            if !same(old, v) {
                let decor = old.decor().clone();
                *old = v.clone();
                *old.decor_mut() = decor;
            }
            Vec::new()
        }
        (Node::Table(children), Some(item)) if item.is_table_like() => {
            let mut added = Vec::new();
            if let Some(sub) = item.as_table_like_mut() {
                let wanted: std::collections::HashSet<&str> =
                    children.iter().map(|(k, _)| k.as_str()).collect();
                let stale: Vec<String> = sub
                    .iter()
                    .map(|(k, _)| k.to_string())
                    .filter(|k| !wanted.contains(&k.as_str()))
                    .collect();
                for k in stale {
                    if let Some((comments, table)) = remove_keeping_comments(sub, &k) {
                        let mut path = vec![key.to_string()];
                        if table {
                            path.push(k);
                        }
                        orphans.push((path, comments));
                    }
                }
                for (k, child) in children {
                    if !sub.contains_key(k) {
                        added.push(k.clone());
                    }
                    let mut deeper = Vec::new();
                    sync_key(sub, k, Some(child), &mut deeper);
                    for (mut path, c) in deeper {
                        path.insert(0, key.to_string());
                        orphans.push((path, c));
                    }
                }
            }
            added
        }
        (Node::Tables(list), Some(Item::ArrayOfTables(old))) => {
            while old.len() > list.len() {
                old.remove(old.len() - 1);
            }
            for (i, entry) in list.iter().enumerate() {
                match old.get_mut(i) {
                    Some(table) => {
                        let mut ignored = Vec::new();
                        for (k, child) in entry {
                            sync_key(table, k, Some(child), &mut ignored);
                        }
                    }
                    None => old.push(new_table(entry)),
                }
            }
            Vec::new()
        }
        (_, existing) => {
            let was_there = existing.is_some();
            let item = new_item(node);
            t.insert(key, item);
            if was_there {
                Vec::new()
            } else {
                vec![key.to_string()]
            }
        }
    }
}

fn new_table(children: &[(String, Node)]) -> Table {
    let mut t = Table::new();
    for (k, child) in children {
        t.insert(k, new_item(child));
    }
    // A table of tables only (`[wizard.reports]`) needs no header of its own.
    if !children.is_empty() && children.iter().all(|(_, c)| !matches!(c, Node::Leaf(_))) {
        t.set_implicit(true);
    }
    t
}

fn new_item(node: &Node) -> Item {
    match node {
        Node::Leaf(v) => Item::Value(v.clone()),
        Node::Table(children) => Item::Table(new_table(children)),
        Node::Tables(list) => {
            let mut a = ArrayOfTables::new();
            for entry in list {
                a.push(new_table(entry));
            }
            Item::ArrayOfTables(a)
        }
    }
}

/// Whether the file's value `a` already says `b`, however written. A file with Windows line
/// endings is read with its line breaks as plain ones, so a string the file writes with an escaped "\r\n" already says the same text: kept as
/// it is (a review saw the first save rewrite every such value, opened or not, as a multi-line
/// string holding "\n").
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => {
            x.value() == y.value() || crate::answer::lf(x.value()) == y.value().as_str()
        }
        (Value::Integer(x), Value::Integer(y)) => x.value() == y.value(),
        (Value::Float(x), Value::Float(y)) => x.value().to_bits() == y.value().to_bits(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same(p, q))
        }
        _ => false,
    }
}

/// Sets a value, keeping the comment after it.
pub(crate) fn set(t: &mut dyn TableLike, key: &str, v: Value) {
    let mut ignored = Vec::new();
    sync_key(t, key, Some(&Node::Leaf(v)), &mut ignored);
}

/// The built-in release an assessment was made with, loaded, when `q` (in use) is the current
/// built-in questionnaire and the file names an older built-in release of it: the file is then
/// read, scored and reported against its own release rather than refused. With the notice to
/// show (see [`crate::explain::older_release`]).
pub fn own_release(q: &Questionnaire, text: &str) -> Option<(Questionnaire, String)> {
    use crate::questionnaire as qn;
    if q.content_hash != qn::builtin_hash() {
        return None;
    }
    // Nearly every file names the release in use: parse it a second time only when its text
    // quotes an older built-in version at all. (A version written with escapes is missed here
    // and read as a mismatch, whose error says to run `raia migrate`.)
    let quoted = |v: &str| text.contains(&format!("\"{v}\"")) || text.contains(&format!("'{v}'"));
    if !qn::BUILTIN
        .iter()
        .map(|(_, t)| qn::header_id_version(t).1)
        .any(|v| v != q.version && quoted(v))
    {
        return None;
    }
    let doc: toml::Table = toml::from_str(text).ok()?;
    let recorded = doc.get("questionnaire")?;
    let (id, version) = (
        recorded.get("id")?.as_str()?,
        recorded.get("version")?.as_str()?,
    );
    if id != q.id || version == q.version {
        return None;
    }
    let (name, release) = qn::builtin_version(version)?;
    let mut old = qn::parse_questionnaire(name, release).ok()?;
    old.source = format!("built-in {name}");
    let notice = crate::explain::older_release(&old, q);
    Some((old, notice))
}
