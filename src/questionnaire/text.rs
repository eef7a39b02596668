//! The questionnaire's strings (issue 7). A built-in questionnaire's text borrows from the
//! form the build stored in the binary instead of copying each of its 2,000 strings onto the
//! heap on every run; a questionnaire read from a file shares each string (`Arc`), so results
//! that name a prompt or a title copy a pointer rather than the text.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Borrow;
use std::cell::Cell;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// An immutable string: borrowed from the binary, or shared.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    Shared(Arc<str>),
}

impl Text {
    pub const EMPTY: Text = Text(Repr::Static(""));

    pub const fn from_static(s: &'static str) -> Text {
        Text(Repr::Static(s))
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            Repr::Shared(s) => s,
        }
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::EMPTY
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        if s.is_empty() {
            Text::EMPTY
        } else {
            Text(Repr::Shared(Arc::from(s)))
        }
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::from(s.as_str())
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Text::from(s.as_str())
    }
}

impl From<&Text> for String {
    fn from(s: &Text) -> Self {
        s.as_str().to_owned()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.as_str(), other.as_str());
        // A copy of the same text is equal without reading it: a result's ids are copies of the
        // questionnaire's, and comparing them read each from memory (issue 7).
        std::ptr::eq(a, b) || a == b
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    // As `str` hashes, so a map keyed by `Text` finds a `&str` (`Borrow<str>`).
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return s.serialize_str(self.as_str());
        }
        // The stored form (postcard) names the string's place in the table being written.
        match TABLE.with(|t| t.borrow_mut().as_mut().map(|t| t.place(self.as_str()))) {
            Some(Some(place)) => place.serialize(s),
            Some(None) => Err(serde::ser::Error::custom(
                "the string table of a stored questionnaire would pass 4 GiB",
            )),
            None => s.serialize_str(self.as_str()),
        }
    }
}

/// The strings of a stored form, each once, written beside it by the build.
#[derive(Default)]
struct StringTable {
    text: String,
    places: std::collections::HashMap<String, (u32, u32)>,
}

impl StringTable {
    /// Where `s` is in the table, added if it is not there yet; `None` past 4 GiB.
    fn place(&mut self, s: &str) -> Option<(u32, u32)> {
        if let Some(&p) = self.places.get(s) {
            return Some(p);
        }
        let p = (
            u32::try_from(self.text.len()).ok()?,
            u32::try_from(s.len()).ok()?,
        );
        p.0.checked_add(p.1)?;
        self.text.push_str(s);
        self.places.insert(s.to_owned(), p);
        Some(p)
    }
}

thread_local! {
    /// While the build writes a stored form: the table its strings go to.
    static TABLE: std::cell::RefCell<Option<StringTable>> = const { std::cell::RefCell::new(None) };
    /// While a stored form is read back: its table, which lives as long as the program.
    static STORED: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Runs `write` with the strings it serializes (non-human-readable) put in a table, once
/// each, and returns the table's text with what `write` returned. For build.rs.
#[allow(dead_code)]
pub(crate) fn with_string_table<T>(write: impl FnOnce() -> T) -> (T, String) {
    /// Puts back the table of an enclosing call, also when `write` panics.
    struct Restore(Option<StringTable>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let outer = self.0.take();
            TABLE.with(|t| *t.borrow_mut() = outer);
        }
    }
    let outer = TABLE.with(|t| t.borrow_mut().replace(StringTable::default()));
    let restore = Restore(outer);
    let out = write();
    let table = TABLE.with(|t| t.borrow_mut().take()).unwrap_or_default();
    drop(restore);
    (out, table.text)
}

/// Runs `read` with strings borrowed from `table`, the text [`with_string_table`] gave when
/// the stored form was written: no string is copied, nor checked again.
pub(crate) fn borrowing_from<T>(table: &'static str, read: impl FnOnce() -> T) -> T {
    /// Puts back what was there before, also when `read` panics: a later read must not take
    /// its strings from this table.
    struct Restore(Option<&'static str>);
    impl Drop for Restore {
        fn drop(&mut self) {
            STORED.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(STORED.with(|s| s.replace(Some(table))));
    read()
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::from(v))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        if d.is_human_readable() {
            return d.deserialize_str(TextVisitor);
        }
        match STORED.with(Cell::get) {
            Some(table) => {
                let (start, len) = <(u32, u32)>::deserialize(d)?;
                let (start, len) = (start as usize, len as usize);
                // `get` checks the bounds and that both ends fall between characters.
                start
                    .checked_add(len)
                    .and_then(|end| table.get(start..end))
                    .map(Text::from_static)
                    .ok_or_else(|| de::Error::custom("a string outside the stored table"))
            }
            None => d.deserialize_str(TextVisitor),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Text` compares, orders, hashes and prints as the string it holds, whichever way it is
    /// held, so maps keyed by it find a `&str` and reports read the same.
    #[test]
    fn text_behaves_as_its_string() {
        let shared = Text::from(String::from("human-review"));
        let borrowed = Text::from_static("human-review");
        assert_eq!(shared, borrowed);
        // Each direction is its own impl.
        assert!(shared == *"human-review");
        assert!(*"human-review" == shared);
        assert!(shared == "human-review");
        assert!("human-review" == shared);
        let owned = String::from("human-review");
        assert!(shared == owned);
        assert!(owned == shared);
        assert!(shared != "human");
        assert!("human" != shared);
        assert!(shared != *"human-reviewed");
        let other = String::from("human");
        assert!(other != shared);
        let (a, b) = (Text::from("a"), Text::from_static("b"));
        assert!(a < b);
        assert_eq!(b.partial_cmp(&a), Some(std::cmp::Ordering::Greater));
        let mut by_id = std::collections::HashMap::new();
        by_id.insert(shared.clone(), 1);
        assert_eq!(by_id.get("human-review"), Some(&1));
        assert_eq!(by_id.get(&borrowed), Some(&1));
        let tree: std::collections::BTreeMap<Text, i32> = [(Text::from("z"), 1)].into();
        assert_eq!(tree.get("z"), Some(&1));
        assert_eq!(
            format!("{shared} {shared:?}"),
            "human-review \"human-review\""
        );
        assert_eq!(String::from(&borrowed), "human-review");
        assert_eq!(&*shared, "human-review");
        assert!(matches!(Text::from("").0, Repr::Static("")));
        assert_eq!(Text::default(), "");
    }

    #[test]
    fn stored_strings_are_borrowed_from_the_table_and_others_shared() {
        static TABLE_TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let words = vec![
            Text::from("a prompt"),
            Text::EMPTY,
            Text::from("é label"),
            Text::from("a prompt"),
        ];
        let (bytes, table) = with_string_table(|| postcard::to_allocvec(&words));
        let bytes = bytes.unwrap_or_default();
        // Each string once.
        assert_eq!(table, "a promptlabel".replace("label", "é label"));
        let table: &'static str = TABLE_TEXT.get_or_init(|| table);
        let back: Vec<Text> =
            borrowing_from(table, || postcard::from_bytes(&bytes)).unwrap_or_default();
        assert_eq!(back, words);
        assert!(
            matches!(back[0].0, Repr::Static(_)),
            "borrowed from the table"
        );
        // A table in use while another is written stays as it was.
        let ((inner, inner_table), outer_table) = with_string_table(|| {
            let _ = postcard::to_allocvec(&vec![Text::from("outer")]);
            let inner = with_string_table(|| postcard::to_allocvec(&vec![Text::from("inner")]));
            let _ = postcard::to_allocvec(&vec![Text::from("outer again")]);
            inner
        });
        assert!(inner.is_ok());
        assert_eq!(inner_table, "inner");
        assert_eq!(outer_table, "outerouter again");
        // A panic while reading leaves no table behind for the next read.
        let _ = std::panic::catch_unwind(|| borrowing_from(table, || panic!("while reading")));
        assert_eq!(STORED.with(Cell::get), None);
        // A place outside the table is an error, not a panic.
        let outside = postcard::to_allocvec(&vec![(3u32, 100u32)]).unwrap_or_default();
        let bad: Result<Vec<Text>, _> = borrowing_from(table, || postcard::from_bytes(&outside));
        assert!(bad.is_err());
        // Without a table, postcard carries the strings themselves, copied when read.
        let inline = postcard::to_allocvec(&words).unwrap_or_default();
        let copied: Vec<Text> = postcard::from_bytes(&inline).unwrap_or_default();
        assert_eq!(copied, words);
        assert!(matches!(copied[0].0, Repr::Shared(_)));
        // TOML and JSON read and write it as a plain string.
        let json = serde_json::to_string(&words).unwrap_or_default();
        assert_eq!(json, r#"["a prompt","","é label","a prompt"]"#);
        let again: Vec<Text> = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(again, words);
    }
}
