//! The system details and where the wizard was: `Detail` (key, label, whether required) and `Position` (a step, stored as the same text as before).

use super::*;

/// One of the system details asked before the questions, in asking order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Detail {
    System,
    Description,
    Organisation,
    OwnerTeam,
    Assessor,
    Contact,
}

impl Detail {
    /// Every detail, in the order both modes ask them.
    pub const ALL: [Detail; 6] = [
        Detail::System,
        Detail::Description,
        Detail::Organisation,
        Detail::OwnerTeam,
        Detail::Assessor,
        Detail::Contact,
    ];

    /// The key in `[metadata]`.
    pub fn key(self) -> &'static str {
        match self {
            Detail::System => "system",
            Detail::Description => "description",
            Detail::Organisation => "organisation",
            Detail::OwnerTeam => "owner_team",
            Detail::Assessor => "assessor",
            Detail::Contact => "contact",
        }
    }

    /// What the detail is called where it is asked.
    pub fn label(self) -> &'static str {
        match self {
            Detail::System => "System name",
            Detail::Description => "What the system does, in a sentence or two",
            Detail::Organisation => "Organisation",
            Detail::OwnerTeam => "Owning team (accountable for the system)",
            Detail::Assessor => "Assessor (who fills this in)",
            Detail::Contact => "Contact for questions about this use (e-mail)",
        }
    }

    /// Whether the assessment needs it: marked as required in both modes, and the first blank
    /// one is where resume goes when no position is stored.
    pub fn required(self) -> bool {
        !matches!(self, Detail::Organisation | Detail::Contact)
    }

    /// Its place in [`Detail::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The detail at `i` in [`Detail::ALL`].
    pub fn at(i: usize) -> Option<Detail> {
        Detail::ALL.get(i).copied()
    }

    pub fn from_key(key: &str) -> Option<Detail> {
        Detail::ALL.into_iter().find(|d| d.key() == key)
    }

    pub fn first() -> Detail {
        Detail::System
    }

    pub fn last() -> Detail {
        Detail::Contact
    }
}

/// Where the user was, kept in `[wizard] position` so that resume returns there. Stored as
/// text ("metadata:system", a question id, "review", "result", "export"); any other text is
/// kept as it is and read as a question id, which resume passes over if there is no such
/// question.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Position {
    /// Nowhere recorded: resume goes to the first thing left to do.
    #[default]
    None,
    Detail(Detail),
    /// A question, by id.
    Question(String),
    Review,
    Result,
    Export,
}

impl Position {
    pub fn is_none(&self) -> bool {
        *self == Position::None
    }
}

impl From<String> for Position {
    fn from(s: String) -> Self {
        match s.as_str() {
            "" => Position::None,
            "review" => Position::Review,
            "result" => Position::Result,
            "export" => Position::Export,
            t => match t.strip_prefix("metadata:").and_then(Detail::from_key) {
                Some(d) => Position::Detail(d),
                None => Position::Question(s),
            },
        }
    }
}

impl From<&str> for Position {
    fn from(s: &str) -> Self {
        Position::from(s.to_string())
    }
}

impl From<Position> for String {
    fn from(p: Position) -> String {
        p.to_string()
    }
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Position::None => Ok(()),
            Position::Detail(d) => write!(f, "metadata:{}", d.key()),
            Position::Question(id) => f.write_str(id),
            Position::Review => f.write_str("review"),
            Position::Result => f.write_str("result"),
            Position::Export => f.write_str("export"),
        }
    }
}

/// Compares with the stored text, so a test or a caller can write `position == "hiring"`.
impl PartialEq<&str> for Position {
    fn eq(&self, other: &&str) -> bool {
        match self {
            Position::None => other.is_empty(),
            Position::Detail(d) => other.strip_prefix("metadata:") == Some(d.key()),
            Position::Question(id) => id == other,
            Position::Review => *other == "review",
            Position::Result => *other == "result",
            Position::Export => *other == "export",
        }
    }
}
