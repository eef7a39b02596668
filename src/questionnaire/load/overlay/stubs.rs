//! Stand-ins for the items of the layers below an overlay, so that the overlay's new items are checked by the questionnaire validator against the ids they may name.

use super::*;

pub(crate) fn stub_id(id: &str) -> Spanned<String> {
    Spanned::new(0..0, id.to_string())
}

pub(crate) fn stub_option(c: &Choice) -> Spanned<RawOption> {
    let ids = |v: &[Text]| v.iter().map(|s| stub_id(s)).collect::<Vec<_>>();
    Spanned::new(
        0..0,
        RawOption {
            id: Some(stub_id(&c.id)),
            at_least: None,
            label: c.label.to_string(),
            exclusive: c.exclusive,
            prohibits: ids(&c.effects.prohibits),
            concerns: ids(&c.effects.concerns),
            categories: ids(&c.effects.categories),
            risk: BTreeMap::new(),
            satisfies: Vec::new(),
            clears: ids(&c.effects.clears),
            note_required: false,
            note_hint: String::new(),
        },
    )
}

pub(crate) fn raw_kind(k: QuestionKind) -> RawKind {
    match k {
        QuestionKind::Single => RawKind::Single,
        QuestionKind::Multi => RawKind::Multi,
        QuestionKind::YesNo => RawKind::YesNo,
        QuestionKind::Text => RawKind::Text,
        QuestionKind::LongText => RawKind::LongText,
        QuestionKind::Number => RawKind::Number,
        QuestionKind::Date => RawKind::Date,
    }
}

pub(crate) fn stub_entry(e: &CatalogueEntry) -> RawEntry {
    RawEntry {
        id: stub_id(&e.id),
        title: e.title.to_string(),
        summary: String::new(),
        clause: String::new(),
        floor: None,
        reading: String::new(),
    }
}
