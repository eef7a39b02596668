//! Joining what an overlay adds to what is already there: layer tags, added effects, vocabulary and frameworks.

use super::*;

/// The items of `list` after the first `skip` (the stand-ins for the layers below), each tagged
/// with `layer`.
pub(crate) fn tagged<T: Layered>(list: Vec<T>, skip: usize, layer: usize) -> Vec<T> {
    list.into_iter()
        .skip(skip)
        .map(|mut x| {
            x.set_layer(layer);
            x
        })
        .collect()
}

/// Adds an overlay's effects to an existing option's: more prohibitions, concerns, categories,
/// risk and satisfied safeguards of its own; a note required where none was.
pub(crate) fn add_effects(to: &mut Effects, add: Effects) {
    fn extend(v: &mut Vec<Text>, add: Vec<Text>) {
        for a in add {
            if !v.contains(&a) {
                v.push(a);
            }
        }
    }
    extend(&mut to.prohibits, add.prohibits);
    extend(&mut to.concerns, add.concerns);
    extend(&mut to.categories, add.categories);
    extend(&mut to.satisfies, add.satisfies);
    for (f, p) in add.risk {
        let e = to.risk.entry(f).or_insert(0);
        *e = e.saturating_add(p);
    }
    if add.note_required {
        to.note_required = true;
        if !add.note_hint.is_empty() {
            to.note_hint = add.note_hint;
        }
    }
}

/// Where `key = ...` starts in the text, for errors about values read without positions.
pub(crate) fn key_span(text: &str, key: &str) -> Option<Range<usize>> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            let start = at + (line.len() - t.len());
            return Some(start..start + key.len());
        }
        at += line.len();
    }
    None
}

pub(crate) fn merge_vocabulary(to: &mut Vocabulary, v: &RawVocabulary) {
    let set = |to: &mut Text, from: &Option<String>| {
        if let Some(s) = from {
            *to = Text::from(s);
        }
    };
    set(&mut to.tier_low, &v.tier_low);
    set(&mut to.tier_medium, &v.tier_medium);
    set(&mut to.tier_high, &v.tier_high);
    set(&mut to.tier_prohibited, &v.tier_prohibited);
    set(&mut to.consequential, &v.consequential);
    set(&mut to.prohibited_use, &v.prohibited_use);
    set(&mut to.reading, &v.reading);
    set(&mut to.owner_hint, &v.owner_hint);
    set(&mut to.services, &v.services);
    // The disclaimer below always stands; an overlay can only add to it.
    if let Some(d) = &v.disclaimer {
        to.disclaimer = format!("{} {d}", to.disclaimer).into();
    }
    to.placeholders.extend(
        v.placeholders
            .iter()
            .map(|(k, x)| (Text::from(k), Text::from(x))),
    );
}

/// The questionnaire with framework `id` declared: as it is when a layer declares it, else with
/// the built-in crosswalk overlay that declares it stacked on top (it only maps ids, so the
/// hash stays the same and the assessment stays bound).
pub fn with_framework(q: Questionnaire, id: &str) -> anyhow::Result<Questionnaire> {
    if q.frameworks.iter().any(|f| f.id == id) {
        return Ok(q);
    }
    #[derive(Deserialize)]
    struct Declares {
        #[serde(default)]
        framework: Vec<DeclaredId>,
    }
    #[derive(Deserialize)]
    struct DeclaredId {
        id: String,
    }
    let declares = |text: &str| {
        toml::from_str::<Declares>(text)
            .map(|d| d.framework.into_iter().map(|f| f.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let fits = |text: &str| {
        let ext = peek(text).and_then(|h| h.extends).unwrap_or_default();
        let ext_id = ext.split_once('@').map_or(ext.as_str(), |(i, _)| i);
        q.layers.iter().any(|l| l.id == ext_id)
    };
    let Some((name, text)) = BUILTIN_OVERLAYS
        .iter()
        .find(|(_, t)| declares(t).iter().any(|f| f == id) && fits(t))
    else {
        let mut known: Vec<String> = q.frameworks.iter().map(|f| f.id.clone()).collect();
        for (_, t) in BUILTIN_OVERLAYS.iter().filter(|(_, t)| fits(t)) {
            known.extend(declares(t));
        }
        if known.is_empty() {
            anyhow::bail!(
                "no crosswalk to `{id}`: no built-in crosswalk fits questionnaire `{}`; pass --questionnaire with an overlay that declares [[framework]] id = \"{id}\" and maps safeguards to it",
                q.id
            );
        }
        anyhow::bail!(
            "no crosswalk to `{id}`: use one of {}, or pass --questionnaire with an overlay that declares [[framework]] id = \"{id}\" and maps safeguards to it",
            known.join(", ")
        );
    };
    Ok(apply_overlay(q, &format!("built-in {name}"), text)?)
}
