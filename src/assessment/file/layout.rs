//! Where text goes in an edited file: the order toml_edit prints tables in, the text after a
//! table's keys, placeholders written by `raia init`, and the comments of removed keys.

use toml_edit::{DocumentMut, Item, Table, TableLike};

/// The comment lines of a decor prefix, if it has any.
pub(super) fn comment_lines(prefix: Option<&str>) -> Option<String> {
    prefix
        .filter(|p| p.lines().any(|l| l.trim_start().starts_with('#')))
        .map(str::to_string)
}

/// Removes `key`, moving the comments above it to the key after it. Returns them when no key
/// follows (the caller puts them after the table), with whether a table was removed.
pub(super) fn remove_keeping_comments(t: &mut dyn TableLike, key: &str) -> Option<(String, bool)> {
    let table = matches!(t.get(key), Some(Item::Table(_)));
    let comments = t
        .key(key)
        .and_then(|k| comment_lines(k.leaf_decor().prefix().and_then(|p| p.as_str())))
        .or_else(|| match t.get(key) {
            Some(Item::Table(sub)) => comment_lines(sub.decor().prefix().and_then(|p| p.as_str())),
            _ => None,
        });
    let next = {
        let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
        keys.iter()
            .position(|k| k == key)
            .and_then(|i| keys.get(i + 1).cloned())
            .filter(|k| matches!(t.get(k), Some(Item::Value(_))))
    };
    t.remove(key);
    let comments = comments?;
    match next.and_then(|n| t.key_mut(&n)) {
        Some(mut k) => {
            let old = k
                .leaf_decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or_default()
                .to_string();
            k.leaf_decor_mut().set_prefix(format!("{comments}{old}"));
            None
        }
        None => Some((comments, table)),
    }
}

/// One step into a document: a key, or an entry of a list of tables.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Step {
    Key(String),
    Index(usize),
}

/// The path of every table, in the order the document prints them (as toml_edit does).
pub(super) fn tables_in_order(doc: &DocumentMut) -> Vec<Vec<Step>> {
    fn visit(t: &Table, path: &mut Vec<Step>, last: &mut isize, out: &mut Vec<(isize, Vec<Step>)>) {
        if !t.is_dotted() {
            if let Some(p) = t.position() {
                *last = p;
            }
            out.push((*last, path.clone()));
        }
        for (k, item) in t.iter() {
            match item {
                Item::Table(sub) => {
                    path.push(Step::Key(k.to_string()));
                    visit(sub, path, last, out);
                    path.pop();
                }
                Item::ArrayOfTables(list) => {
                    for (i, sub) in list.iter().enumerate() {
                        path.push(Step::Key(k.to_string()));
                        path.push(Step::Index(i));
                        visit(sub, path, last, out);
                        path.pop();
                        path.pop();
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    visit(doc.as_table(), &mut Vec::new(), &mut 0, &mut out);
    out.sort_by_key(|(pos, path)| (!path.is_empty(), *pos));
    out.into_iter().map(|(_, p)| p).collect()
}

pub(super) fn table_at_mut<'a>(doc: &'a mut DocumentMut, path: &[Step]) -> Option<&'a mut Table> {
    let mut t = doc.as_table_mut();
    let mut steps = path.iter().peekable();
    while let Some(step) = steps.next() {
        let Step::Key(k) = step else { return None };
        t = match (t.get_mut(k)?, steps.peek()) {
            (Item::ArrayOfTables(list), Some(Step::Index(i))) => {
                let i = *i;
                steps.next();
                list.get_mut(i)?
            }
            (Item::Table(sub), _) => sub,
            _ => return None,
        };
    }
    Some(t)
}

/// The text that follows the keys of the table at `path`: the prefix of the next table
/// printed, or the end of the document. Edited by `f`.
pub(super) fn after_table<R>(
    doc: &mut DocumentMut,
    order: &[Vec<Step>],
    path: &[Step],
    f: impl FnOnce(&str) -> (String, R),
) -> R {
    // The first table printed after `path` that is still there (`path` itself may be gone).
    let from = order
        .iter()
        .position(|p| p == path)
        .map_or(order.len(), |i| i + 1);
    let next = order
        .iter()
        .skip(from)
        .find(|p| table_at_mut(doc, p).is_some())
        .cloned();
    match next.and_then(|p| table_at_mut(doc, &p)) {
        Some(t) => {
            let old = t
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("\n")
                .to_string();
            let (new, r) = f(&old);
            t.decor_mut().set_prefix(new);
            r
        }
        None => {
            let old = doc.trailing().as_str().unwrap_or_default().to_string();
            let (new, r) = f(&old);
            doc.set_trailing(new);
            r
        }
    }
}

pub(super) fn prepend_after(
    doc: &mut DocumentMut,
    order: &[Vec<Step>],
    path: &[String],
    comments: &str,
) {
    let path: Vec<Step> = path.iter().map(|k| Step::Key(k.clone())).collect();
    after_table(doc, order, &path, |old| {
        let sep = if comments.ends_with('\n') { "" } else { "\n" };
        (format!("{comments}{sep}{old}"), ())
    });
}

/// Splits `text` after the line `# {id} = ...` (a placeholder `raia init` writes): the part
/// through that line, and the rest. None when there is no such line.
pub(super) fn split_at_placeholder(text: &str, id: &str) -> Option<(String, String)> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        at += line.len();
        let body = line.trim_start().strip_prefix('#').map(str::trim_start);
        if body
            .and_then(|b| b.strip_prefix(id))
            .is_some_and(|r| r.trim_start().starts_with('='))
        {
            let (head, tail) = text.split_at(at);
            return Some((head.to_string(), tail.to_string()));
        }
    }
    None
}

/// Puts the new key `id` of table `table` under its commented placeholder, where the file has
/// one, so the answer stands under its question; else before the first key that is asked
/// later.
pub(super) fn place_under_placeholder(
    doc: &mut DocumentMut,
    table: &str,
    id: &str,
    order: &dyn Fn(&str) -> usize,
) {
    let tables = tables_in_order(doc);
    let Some(t) = doc.get_mut(table).and_then(Item::as_table_mut) else {
        return;
    };
    let keys: Vec<String> = t
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| k != id)
        .collect();
    // A placeholder above a key already there: the new key goes just before that key.
    for k in &keys {
        let prefix = t
            .key(k)
            .and_then(|x| x.leaf_decor().prefix())
            .and_then(|p| p.as_str())
            .unwrap_or_default()
            .to_string();
        if let Some((head, tail)) = split_at_placeholder(&prefix, id) {
            if let Some(mut x) = t.key_mut(k) {
                x.leaf_decor_mut().set_prefix(tail);
            }
            if let Some(mut x) = t.key_mut(id) {
                x.leaf_decor_mut().set_prefix(head);
            }
            move_before(t, id, Some(k));
            return;
        }
    }
    // A placeholder after the table's last key: the new key goes last, under it.
    let path = [Step::Key(table.to_string())];
    let head = after_table(doc, &tables, &path, |old| {
        match split_at_placeholder(old, id) {
            Some((head, tail)) => (tail, Some(head)),
            None => (old.to_string(), None),
        }
    });
    let Some(t) = doc.get_mut(table).and_then(Item::as_table_mut) else {
        return;
    };
    match head {
        Some(head) => {
            if let Some(mut x) = t.key_mut(id) {
                x.leaf_decor_mut().set_prefix(head);
            }
            move_before(t, id, None);
        }
        None => {
            let later = keys.iter().find(|k| order(k) > order(id)).cloned();
            move_before(t, id, later.as_deref());
        }
    }
}

/// Moves key `id` just before `before` (None: last), keeping every other key's place.
pub(super) fn move_before(t: &mut Table, id: &str, before: Option<&str>) {
    let mut keys: Vec<String> = t
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| k != id)
        .collect();
    let at = before
        .and_then(|b| keys.iter().position(|k| k == b))
        .unwrap_or(keys.len());
    if t.iter().position(|(k, _)| k == id) == Some(at) {
        return;
    }
    keys.insert(at, id.to_string());
    let rank: std::collections::HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    t.sort_values_by(|a, _, b, _| {
        let at = |k: &toml_edit::Key| rank.get(k.get()).copied().unwrap_or(usize::MAX);
        at(a).cmp(&at(b))
    });
}
