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

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<std::path::Path> for Text {
    fn as_ref(&self) -> &std::path::Path {
        std::path::Path::new(self.as_str())
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

impl From<&Text> for Text {
    fn from(s: &Text) -> Self {
        s.clone()
    }
}

impl From<Text> for String {
    fn from(s: Text) -> Self {
        s.as_str().to_owned()
    }
}

impl From<&Text> for String {
    fn from(s: &Text) -> Self {
        s.as_str().to_owned()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
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
        // The stored form (postcard, not human-readable) writes bytes, which it encodes as it
        // encodes a string, so reading them back borrows them without checking them twice.
        if s.is_human_readable() {
            s.serialize_str(self.as_str())
        } else {
            s.serialize_bytes(self.as_bytes())
        }
    }
}

thread_local! {
    /// The stored form being read back (`embedded`), whose bytes live as long as the program.
    static STORED: Cell<&'static [u8]> = const { Cell::new(&[]) };
}

/// Runs `read` with strings borrowed from `stored` where they lie in it.
pub(crate) fn borrowing_from<T>(stored: &'static [u8], read: impl FnOnce() -> T) -> T {
    let before = STORED.with(|s| s.replace(stored));
    let out = read();
    STORED.with(|s| s.set(before));
    out
}

/// `bytes` as a `&'static str` if they lie inside the stored form being read back.
fn in_stored(bytes: &[u8]) -> Option<&'static str> {
    let stored = STORED.with(Cell::get);
    // Addresses are compared as numbers: a slice inside the stored form is the same bytes.
    let start = (bytes.as_ptr() as usize).checked_sub(stored.as_ptr() as usize)?;
    let inside = stored.get(start..start.checked_add(bytes.len())?)?;
    std::str::from_utf8(inside).ok()
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

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text, E> {
        Ok(in_stored(v.as_bytes()).map_or_else(|| Text::from(v), Text::from_static))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Text, E> {
        let s = std::str::from_utf8(v).map_err(|_| E::custom("a string that is not UTF-8"))?;
        Ok(Text::from(s))
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Text, E> {
        match in_stored(v) {
            Some(s) => Ok(Text::from_static(s)),
            None => self.visit_bytes(v),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        if d.is_human_readable() {
            d.deserialize_str(TextVisitor)
        } else {
            d.deserialize_bytes(TextVisitor)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_strings_are_borrowed_and_others_shared() {
        static STORED_FORM: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        let words = vec![Text::from("a prompt"), Text::EMPTY, Text::from("é label")];
        let bytes: &'static [u8] =
            STORED_FORM.get_or_init(|| postcard::to_allocvec(&words).unwrap_or_default());
        let back: Vec<Text> =
            borrowing_from(bytes, || postcard::from_bytes(bytes)).unwrap_or_default();
        assert_eq!(back, words);
        assert!(
            matches!(back[0].0, Repr::Static(_)),
            "borrowed from the stored form"
        );
        // Read back outside `borrowing_from`, the same bytes are copied.
        let copied: Vec<Text> = postcard::from_bytes(bytes).unwrap_or_default();
        assert_eq!(copied, words);
        assert!(matches!(copied[0].0, Repr::Shared(_)));
        // TOML and JSON read and write it as a plain string.
        let json = serde_json::to_string(&words).unwrap_or_default();
        assert_eq!(json, r#"["a prompt","","é label"]"#);
        let again: Vec<Text> = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(again, words);
    }
}
