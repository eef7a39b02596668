//! Three-way merge of an assessment: what a session read (`base`), what it holds now (`mine`)
//! and what the file holds now (`theirs`, after a hand edit, `raia sign` or another program).
//!
//! Each answer, note, safeguard and metadata field is one item. An item changed on one side
//! only takes that side; changed the same way on both is fine; changed differently on both
//! sides is a collision, which the caller must not resolve silently.

use super::{Assessment, Metadata};
use crate::answer::Answer;
use std::collections::{BTreeMap, BTreeSet};

/// One item changed differently here and in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collision {
    /// "answer `scale`", "note on `ai-role`", "safeguard `human-review`", "metadata.system".
    pub item: String,
    /// This session's value, in words ("(none)" when removed).
    pub mine: String,
    /// The file's value.
    pub theirs: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub assessment: Assessment,
    /// Items taken from the file because only the file changed them.
    pub taken: Vec<String>,
    /// Items changed differently on both sides; `assessment` keeps this session's value.
    pub collisions: Vec<Collision>,
}

/// Merges `mine` and `theirs`, both changed from `base`.
pub fn merge(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Merged {
    let mut m = Merger::default();
    let mut metadata = Metadata::default();
    for key in Metadata::FIELDS.iter().map(|(k, _, _)| *k) {
        let get = |a: &Assessment| a.metadata.get(key).unwrap_or_default().to_string();
        let v = m.item(
            &format!("metadata.{key}"),
            get(base),
            get(mine),
            get(theirs),
            |s| format!("\"{s}\""),
        );
        metadata.set(key, v);
    }
    // The review date is set by people, like the fields above, though the wizard does not ask it.
    let get = |a: &Assessment| a.metadata.review_by.clone();
    metadata.review_by = m.item(
        "metadata.review_by",
        get(base),
        get(mine),
        get(theirs),
        |s| format!("\"{s}\""),
    );
    // Dates are facts about the file, not answers: the first creation and the last change
    // (YYYY-MM-DD compares as text).
    metadata.created = [&mine.metadata.created, &theirs.metadata.created]
        .into_iter()
        .filter(|d| !d.is_empty())
        .min()
        .cloned()
        .unwrap_or_default();
    metadata.updated = mine
        .metadata
        .updated
        .clone()
        .max(theirs.metadata.updated.clone());
    let answers = m.map(
        "answer",
        &base.answers,
        &mine.answers,
        &theirs.answers,
        answer_text,
    );
    let notes = m.map("note on", &base.notes, &mine.notes, &theirs.notes, |n| {
        format!("\"{n}\"")
    });
    let safeguards = m.map(
        "safeguard",
        &base.safeguards,
        &mine.safeguards,
        &theirs.safeguards,
        |e| {
            if e.evidence.is_empty() {
                e.status.label().to_string()
            } else {
                format!("{} (evidence \"{}\")", e.status.label(), e.evidence)
            }
        },
    );
    let evidence_dates = m.map(
        "evidence dates of",
        &base.evidence_dates,
        &mine.evidence_dates,
        &theirs.evidence_dates,
        |d| format!("dated \"{}\", expires \"{}\"", d.date, d.expires),
    );
    // Sign-offs are only ever added, by `raia sign`: keep every one from either side.
    let mut signoff = theirs.signoff.clone();
    for s in &mine.signoff {
        if !signoff.contains(s) && !base.signoff.contains(s) {
            signoff.push(s.clone());
        }
    }
    if theirs.signoff != base.signoff {
        m.taken.push("sign-offs".into());
    }
    let questionnaire = if mine.questionnaire == base.questionnaire {
        theirs.questionnaire.clone()
    } else {
        mine.questionnaire.clone()
    };
    Merged {
        assessment: Assessment {
            metadata,
            questionnaire,
            answers,
            notes,
            safeguards,
            evidence_dates,
            signoff,
            // Where this session is: never a collision.
            wizard: mine.wizard.clone(),
        },
        taken: m.taken,
        collisions: m.collisions,
    }
}

fn answer_text(a: &Answer) -> String {
    match a {
        Answer::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Answer::Choice(c) => format!("\"{c}\""),
        Answer::Choices(cs) => format!("[{}]", cs.join(", ")),
        Answer::Text(t) | Answer::Date(t) => format!("\"{t}\""),
        Answer::Number(n) => crate::engine::format_number(*n),
    }
}

#[derive(Default)]
struct Merger {
    taken: Vec<String>,
    collisions: Vec<Collision>,
}

impl Merger {
    /// One item: `None` is "not there".
    fn item<T: PartialEq + Clone>(
        &mut self,
        name: &str,
        base: T,
        mine: T,
        theirs: T,
        show: impl Fn(&T) -> String,
    ) -> T {
        if mine == theirs || theirs == base {
            mine
        } else if mine == base {
            self.taken.push(name.to_string());
            theirs
        } else {
            self.collisions.push(Collision {
                item: name.to_string(),
                mine: show(&mine),
                theirs: show(&theirs),
            });
            mine
        }
    }

    fn map<V: PartialEq + Clone>(
        &mut self,
        what: &str,
        base: &BTreeMap<String, V>,
        mine: &BTreeMap<String, V>,
        theirs: &BTreeMap<String, V>,
        show: impl Fn(&V) -> String,
    ) -> BTreeMap<String, V> {
        let keys: BTreeSet<&String> = base
            .keys()
            .chain(mine.keys())
            .chain(theirs.keys())
            .collect();
        let mut out = BTreeMap::new();
        for k in keys {
            let v = self.item(
                &format!("{what} `{k}`"),
                base.get(k).cloned(),
                mine.get(k).cloned(),
                theirs.get(k).cloned(),
                |v: &Option<V>| v.as_ref().map_or_else(|| "(none)".to_string(), &show),
            );
            if let Some(v) = v {
                out.insert(k.clone(), v);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{SafeguardEntry, SafeguardStatus};

    fn with(answers: &[(&str, Answer)]) -> Assessment {
        let mut a = Assessment::default();
        for (k, v) in answers {
            a.answers.insert((*k).to_string(), v.clone());
        }
        a
    }

    #[test]
    fn changes_on_one_side_are_kept_and_collisions_named() {
        let base = with(&[("a", Answer::Bool(true)), ("b", Answer::Bool(true))]);
        let mut mine = base.clone();
        mine.answers.insert("a".into(), Answer::Bool(false));
        mine.answers.insert("c".into(), Answer::Text("mine".into()));
        mine.notes.insert("a".into(), "why".into());
        let mut theirs = base.clone();
        theirs.answers.remove("b");
        theirs.answers.insert("d".into(), Answer::Number(3.0));
        theirs.safeguards.insert(
            "s".into(),
            SafeguardEntry {
                status: SafeguardStatus::InPlace,
                evidence: String::new(),
            },
        );
        let m = merge(&base, &mine, &theirs);
        assert!(m.collisions.is_empty());
        assert_eq!(m.assessment.answers["a"], Answer::Bool(false));
        assert!(!m.assessment.answers.contains_key("b"));
        assert_eq!(m.assessment.answers["c"], Answer::Text("mine".into()));
        assert_eq!(m.assessment.answers["d"], Answer::Number(3.0));
        assert_eq!(m.assessment.notes["a"], "why");
        assert!(m.assessment.safeguards.contains_key("s"));
        assert_eq!(m.taken, ["answer `b`", "answer `d`", "safeguard `s`"]);

        theirs.answers.insert("a".into(), Answer::Bool(true));
        theirs
            .answers
            .insert("c".into(), Answer::Text("theirs".into()));
        let m = merge(&base, &mine, &theirs);
        assert_eq!(
            m.collisions,
            [Collision {
                item: "answer `c`".into(),
                mine: "\"mine\"".into(),
                theirs: "\"theirs\"".into(),
            }]
        );
        // The same change on both sides is no collision.
        theirs
            .answers
            .insert("c".into(), Answer::Text("mine".into()));
        assert!(merge(&base, &mine, &theirs).collisions.is_empty());
    }
}
