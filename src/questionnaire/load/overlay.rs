//! Overlays: a questionnaire file that says `extends = "id@version"` adds to the questionnaire
//! below it (sections, questions, options, safeguards, requirements, effects on existing options,
//! stricter thresholds and floors, reworded help, vocabulary, crosswalk mappings) and never
//! removes or weakens anything. The merge happens at run time, on top of a loaded
//! [`Questionnaire`]: the overlay's new items are checked by the same validator as a whole
//! questionnaire, against stand-ins for the items below it, so every error is located in the
//! overlay's own text.

use super::*;

/// Overlays built into raia, as (file name, text): they can be named by `extends` and by
/// `raia report --crosswalk`.
pub const BUILTIN_OVERLAYS: &[(&str, &str)] = &[(
    "crosswalk-eu-ai-act-nist-ai-rmf.toml",
    include_str!("../../../questionnaires/crosswalk-eu-ai-act-nist-ai-rmf.toml"),
)];

/// How to fix a threshold an overlay weakens.
const TIERS_HELP: &str = "an overlay can only make thresholds stricter: a lower medium_at or high_at, a higher consequential_floor, a lower max_mitigation_percent, shorter review_months";

/// How many overlays may stack on one another: more is taken for a loop of `extends`.
const MAX_DEPTH: usize = 16;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverlay {
    questionnaire: RawOverlayHeader,
    #[serde(default)]
    policy: Option<RawPolicy>,
    #[serde(default)]
    tiers: Option<RawOverlayTiers>,
    #[serde(default)]
    prohibition: Vec<RawEntry>,
    #[serde(default)]
    category: Vec<RawEntry>,
    #[serde(default)]
    requirement: Vec<RawRequirement>,
    #[serde(default)]
    factor: Vec<RawFactor>,
    #[serde(default)]
    safeguard: Vec<RawSafeguard>,
    #[serde(default)]
    section: Vec<RawSection>,
    #[serde(default)]
    question: Vec<RawQuestion>,
    #[serde(default)]
    contradiction: Vec<RawContradiction>,
    #[serde(default)]
    floor: Vec<RawFloor>,
    #[serde(default)]
    vocabulary: Option<RawVocabulary>,
    #[serde(default)]
    amend: Vec<RawAmend>,
    #[serde(default)]
    raise: Vec<RawRaise>,
    #[serde(default)]
    map: Vec<RawMap>,
    #[serde(default)]
    framework: Vec<RawFramework>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverlayHeader {
    id: Spanned<String>,
    version: String,
    title: String,
    #[serde(default)]
    description: String,
    extends: Spanned<String>,
}

/// Thresholds an overlay sets: each only stricter than the layer below.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverlayTiers {
    medium_at: Option<Spanned<u32>>,
    high_at: Option<Spanned<u32>>,
    consequential_floor: Option<Spanned<Tier>>,
    max_mitigation_percent: Option<Spanned<u32>>,
    review_months: Option<Spanned<RawReviewMonths>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReviewMonths {
    low: Option<u32>,
    medium: Option<u32>,
    high: Option<u32>,
}

/// Changes to a question of a layer below: reworded help, new options, effects added to
/// existing options.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAmend {
    question: Spanned<String>,
    help: Option<Spanned<String>>,
    #[serde(default)]
    option: Vec<Spanned<RawOption>>,
}

/// A category's floor, raised.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRaise {
    category: Spanned<String>,
    floor: Spanned<Tier>,
}

/// Mappings added to a safeguard or requirement of any layer.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    safeguard: Option<Spanned<String>>,
    requirement: Option<Spanned<String>>,
    maps_to: Vec<Spanned<RawMapping>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMapping {
    id: Spanned<String>,
    relationship: Relationship,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFramework {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    item: Vec<RawFrameworkItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrameworkItem {
    id: Spanned<String>,
    title: String,
}

/// Only the header, to tell an overlay from a whole questionnaire.
#[derive(Deserialize)]
struct Peek {
    questionnaire: Option<PeekHeader>,
}

#[derive(Deserialize)]
struct PeekHeader {
    id: Option<String>,
    version: Option<String>,
    title: Option<String>,
    extends: Option<String>,
}

fn peek(text: &str) -> Option<PeekHeader> {
    // A large file is read up to its first question: parsing all of it for the header held
    // about twenty times the text (150 MB at 10,000 questions, issue 7). `[questionnaire]`
    // takes keys only in its own table, so when the part before the first question has it,
    // that is the whole header; otherwise the whole file is read as before.
    if text.len() > CHUNK
        && let Some(at) = first_question_line(text)
        && let Some(header) = text
            .get(..at)
            .and_then(|head| toml::from_str::<Peek>(head).ok())
            .and_then(|p| p.questionnaire)
    {
        return Some(header);
    }
    toml::from_str::<Peek>(text).ok()?.questionnaire
}

/// Whether the text is an overlay: its `[questionnaire]` says what it `extends`.
pub fn is_overlay(text: &str) -> bool {
    peek(text).is_some_and(|h| h.extends.is_some())
}

/// Reads a questionnaire or overlay file; for an overlay, the layers below it are found and
/// loaded first (see [`find_layer`]).
pub(super) fn load_file(path: &Path) -> anyhow::Result<Questionnaire> {
    load_depth(path, 0)
}

fn load_depth(path: &Path, depth: usize) -> anyhow::Result<Questionnaire> {
    let text = crate::textfile::read(path, "questionnaire")?;
    let name = path.display().to_string();
    load_text(&name, &text, path.parent(), depth)
}

fn load_text(
    name: &str,
    text: &str,
    near: Option<&Path>,
    depth: usize,
) -> anyhow::Result<Questionnaire> {
    let Some(extends) = peek(text).and_then(|h| h.extends) else {
        return Ok(parse_questionnaire(name, text)?);
    };
    if depth >= MAX_DEPTH {
        anyhow::bail!(
            "{name}: more than {MAX_DEPTH} overlays stacked: check for overlays that extend each other in a loop"
        );
    }
    let base = find_layer(&extends, near, depth)?;
    Ok(apply_overlay(base, name, text)?)
}

/// The questionnaire or overlay that `id@version` names: a built-in one, else a `.toml` file
/// with that id and version in the overlay's own directory, the project's `.raia/` folder or
/// raia's config directory. When no file has that version, the newest one with that id is used,
/// and the overlay is checked against it.
fn find_layer(extends: &str, near: Option<&Path>, depth: usize) -> anyhow::Result<Questionnaire> {
    let (id, version) = extends.split_once('@').unwrap_or((extends, ""));
    let mut builtin: Vec<(String, &str)> = BUILTIN
        .iter()
        .chain(BUILTIN_OVERLAYS)
        .map(|(n, t)| (format!("built-in {n}"), *t))
        .collect();
    builtin.retain(|(_, t)| peek(t).is_some_and(|h| h.id.as_deref() == Some(id)));
    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    let mut dirs: Vec<PathBuf> = near.map(Path::to_path_buf).into_iter().collect();
    if let Some(p) = std::env::current_dir()
        .ok()
        .and_then(|d| crate::paths::project_questionnaire(&d))
        .and_then(|p| p.parent().map(Path::to_path_buf))
    {
        dirs.push(p);
    }
    dirs.extend(crate::paths::config_dir());
    for dir in dirs {
        files.extend(questionnaires_in(&dir, id));
    }
    let version_of = |t: &str| peek(t).and_then(|h| h.version).unwrap_or_default();
    if let Some((name, text)) = builtin.iter().find(|(_, t)| version_of(t) == version) {
        return load_text(name, text, None, depth + 1);
    }
    if let Some((_, text, p)) = files.iter().find(|(_, t, _)| version_of(t) == version) {
        return load_text(&p.display().to_string(), text, p.parent(), depth + 1);
    }
    // Another version of it: the newest.
    let newest_file = files.iter().max_by_key(|(_, t, _)| version_of(t));
    if let Some((_, text, p)) = newest_file {
        return load_text(&p.display().to_string(), text, p.parent(), depth + 1);
    }
    if let Some((name, text)) = builtin.iter().max_by_key(|(_, t)| version_of(t)) {
        return load_text(name, text, None, depth + 1);
    }
    anyhow::bail!(
        "no questionnaire `{id}` (version {version}) to extend: it is not built in, and no .toml file beside the overlay, in the project's .raia folder or in raia's config directory has that id; put it there, or change `extends`"
    )
}

/// The questionnaires and overlays with id `id` among the `.toml` files of `dir`, in name
/// order, as (name, text, path). Assessment files have an id and version too, but no title.
fn questionnaires_in(dir: &Path, id: &str) -> Vec<(String, String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = crate::textfile::read(&p, "questionnaire").ok()?;
            peek(&text)
                .is_some_and(|h| h.id.as_deref() == Some(id) && h.title.is_some())
                .then(|| (p.display().to_string(), text, p))
        })
        .collect()
}

/// Merges an overlay (its text, `file` naming it in messages) onto the questionnaire below it.
/// Every attempt to remove or weaken a rule whose basis is the policy is refused, at its line.
pub fn apply_overlay(
    base: Questionnaire,
    file: &str,
    text: &str,
) -> Result<Questionnaire, Diagnostics> {
    let map = SourceMap::new(file, text);
    let raw: RawOverlay = toml::from_str(text).map_err(|e| Diagnostics(vec![map.from_toml(&e)]))?;
    let mut v = Validator {
        map: &map,
        errors: Vec::new(),
        below: base.frameworks.clone(),
    };
    let merged = v.overlay(base, raw, text, file);
    if v.errors.is_empty() {
        Ok(merged)
    } else {
        v.errors.sort_by_key(|d| (d.line, d.column));
        Err(Diagnostics(v.errors))
    }
}

/// Which layer an item of the layers below came from, in words, for messages.
fn layer_title(q: &Questionnaire, layer: usize) -> String {
    q.layers.get(layer).map_or_else(
        || q.title.clone(),
        |l| format!("{} (`{}@{}`)", l.title, l.id, l.version),
    )
}

fn stub_id(id: &str) -> Spanned<String> {
    Spanned::new(0..0, id.to_string())
}

fn stub_option(c: &Choice) -> Spanned<RawOption> {
    let ids = |v: &[String]| v.iter().map(|s| stub_id(s)).collect::<Vec<_>>();
    Spanned::new(
        0..0,
        RawOption {
            id: Some(stub_id(&c.id)),
            at_least: None,
            label: c.label.clone(),
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

fn raw_kind(k: QuestionKind) -> RawKind {
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

fn stub_entry(e: &CatalogueEntry) -> RawEntry {
    RawEntry {
        id: stub_id(&e.id),
        title: e.title.clone(),
        summary: String::new(),
        clause: String::new(),
        floor: None,
        reading: String::new(),
    }
}

impl Validator<'_> {
    /// The frameworks a file declares, checked: ids unique across the stack, items unique.
    pub(super) fn frameworks(&mut self, raw: &[RawFramework]) -> Vec<Framework> {
        let below: Vec<Spanned<String>> = self.below.iter().map(|f| stub_id(&f.id)).collect();
        let ids: Vec<&Spanned<String>> = below.iter().chain(raw.iter().map(|f| &f.id)).collect();
        self.ids("framework", &ids);
        let mut out = Vec::new();
        for f in raw {
            // Other frameworks number their items with dots ("manage-2.3", "a.6.2.6").
            let mut seen = HashSet::new();
            for i in &f.item {
                let id = i.id.get_ref();
                let ok = !id.is_empty()
                    && id.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
                    });
                if !ok {
                    self.err(span_of(&i.id), format!("item id `{id}` of framework `{}` is not a valid id", f.id.get_ref()), "item ids use lowercase letters, digits, hyphens, underscores and dots, like `art-14` or `manage-2.3`");
                }
                if !seen.insert(id.as_str()) {
                    self.err(
                        span_of(&i.id),
                        format!("duplicate item id `{id}` in framework `{}`", f.id.get_ref()),
                        "list each item once",
                    );
                }
            }
            out.push(Framework {
                id: f.id.get_ref().clone(),
                title: f.title.clone(),
                source: f.source.clone(),
                items: f
                    .item
                    .iter()
                    .map(|i| FrameworkItem {
                        id: i.id.get_ref().clone(),
                        title: i.title.clone(),
                    })
                    .collect(),
                layer: 0,
            });
        }
        out
    }

    /// Mappings, each checked to name an item of a declared framework.
    pub(super) fn mappings(
        &mut self,
        raw: &[Spanned<RawMapping>],
        own: &[Framework],
    ) -> Vec<Mapping> {
        let mut out = Vec::new();
        for m in raw {
            let id = m.get_ref().id.get_ref();
            let (fw, item) = id.split_once(':').unwrap_or((id, ""));
            let Some(framework) = self.below.iter().chain(own).find(|f| f.id == fw) else {
                let known: Vec<&str> = self
                    .below
                    .iter()
                    .chain(own)
                    .map(|f| f.id.as_str())
                    .collect();
                self.err(
                    span_of(&m.get_ref().id),
                    format!("maps_to names `{id}`, but no layer declares framework `{fw}`"),
                    if known.is_empty() {
                        "declare it with [[framework]] (id, title, source and its [[framework.item]]s), or write `framework:item` ids".to_string()
                    } else {
                        format!("write `framework:item` with one of the declared frameworks: {}", known.join(", "))
                    },
                );
                continue;
            };
            if !framework.items.iter().any(|i| i.id == item) {
                self.err(
                    span_of(&m.get_ref().id),
                    format!("maps_to names `{id}`, which framework `{fw}` does not list"),
                    format!(
                        "add it to [[framework.item]] of `{fw}` with its short title, or use one of: {}",
                        framework.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                );
                continue;
            }
            out.push(Mapping {
                id: id.clone(),
                relationship: m.get_ref().relationship,
            });
        }
        out
    }

    /// Says why an id the overlay names is not in the questionnaire below: renamed or removed
    /// by a newer version's `[migration]`, or simply unknown.
    fn missing(
        &mut self,
        base: &Questionnaire,
        written_for: &str,
        what: &str,
        id: &Spanned<String>,
    ) {
        let name = id.get_ref();
        let below = layer_title(base, base.layers.len().saturating_sub(1));
        let migration = base
            .migration
            .as_ref()
            .filter(|_| base.version != written_for && what == "question");
        let renamed = migration.and_then(|m| m.renamed.get(name));
        let removed = migration.and_then(|m| m.removed.get(name));
        let (msg, help) = match (renamed, removed) {
            (Some(to), _) => (
                format!(
                    "{what} `{name}` was renamed to `{to}` in version {} of {below}",
                    base.version
                ),
                format!("write `{to}` (this overlay was written for version {written_for})"),
            ),
            (None, Some(why)) => (
                format!(
                    "{what} `{name}` was removed in version {} of {below}: {why}",
                    base.version
                ),
                format!(
                    "remove this change from the overlay, or make it about what replaced it (this overlay was written for version {written_for})"
                ),
            ),
            _ if base.version != written_for => (
                format!(
                    "{what} `{name}` is not in version {} of {below}",
                    base.version
                ),
                format!(
                    "this overlay was written for version {written_for}: check what changed and update the id"
                ),
            ),
            _ => (
                format!("{what} `{name}` is not in {below}"),
                format!("name a {what} of the questionnaire this overlay extends"),
            ),
        };
        self.err(span_of(id), msg, help);
    }

    /// Whether an overlay item may stay: not when a layer below already uses its id (`found`:
    /// that item's layer, and what replacing it would do). An overlay adds, and cannot replace
    /// (and so drop or weaken) what is there.
    fn keeps(
        &mut self,
        base: &Questionnaire,
        what: &str,
        id: &Spanned<String>,
        found: Option<(usize, &str)>,
    ) -> bool {
        let Some((layer, weakening)) = found else {
            return true;
        };
        self.err(
            span_of(id),
            format!(
                "{what} `{}` is already defined by {}: {weakening}",
                id.get_ref(),
                layer_title(base, layer)
            ),
            "an overlay adds and strengthens, never replaces: give a new item its own id, and change an existing question with [[amend]] or a floor with [[raise]]",
        );
        false
    }

    fn overlay(
        &mut self,
        mut base: Questionnaire,
        mut raw: RawOverlay,
        text: &str,
        file: &str,
    ) -> Questionnaire {
        // A questionnaire built some other way (deserialised, say) may not list itself as a
        // layer: it is the base layer, so the overlay's items are told apart from its own.
        if base.layers.is_empty() {
            base.layers.push(Layer {
                id: base.id.clone(),
                version: base.version.clone(),
                title: base.title.clone(),
                extends: String::new(),
                policy: None,
                source: base.source.clone(),
                content_hash: base.content_hash.clone(),
            });
        }
        let n = base.layers.len();
        let below = layer_title(&base, n.saturating_sub(1));
        // A layer that only maps ids to other frameworks changes no rule and no answer's
        // meaning: it leaves the hash that assessments bind to as it is.
        let maps_only = raw.prohibition.is_empty()
            && raw.category.is_empty()
            && raw.requirement.is_empty()
            && raw.factor.is_empty()
            && raw.safeguard.is_empty()
            && raw.section.is_empty()
            && raw.question.is_empty()
            && raw.contradiction.is_empty()
            && raw.floor.is_empty()
            && raw.tiers.is_none()
            && raw.vocabulary.is_none()
            && raw.amend.is_empty()
            && raw.raise.is_empty();

        // What it extends must be a layer of the stack below.
        let ext = raw.questionnaire.extends.get_ref().clone();
        let (ext_id, ext_version) = ext.split_once('@').unwrap_or((&ext, ""));
        let written_for = ext_version.to_string();
        if !base.layers.iter().any(|l| l.id == ext_id) {
            self.err(
                span_of(&raw.questionnaire.extends),
                format!("extends `{ext}`, but the questionnaire below is {below}"),
                "write extends = \"id@version\" with the id of the questionnaire or overlay it adds to",
            );
            return base;
        }
        // A version mismatch is allowed (the base moved on); ids checked below say what changed.
        if base
            .layers
            .iter()
            .any(|l| l.id == *raw.questionnaire.id.get_ref())
        {
            self.err(
                span_of(&raw.questionnaire.id),
                format!(
                    "overlay id `{}` is the id of a layer below",
                    raw.questionnaire.id.get_ref()
                ),
                "give the overlay its own id",
            );
        }

        // Redefinitions: refused, each with what it would weaken. `found` is the layer of the
        // item below with that id and what replacing it would do.
        let top = n.saturating_sub(1);
        let policy_or = |b: Basis, what: &'static str, other: &'static str| {
            if b == Basis::Policy { what } else { other }
        };
        raw.prohibition.retain(|e| {
            let found = base
                .prohibition(e.id.get_ref())
                .map(|p| (p.layer, "an overlay cannot drop or redefine a prohibition"));
            self.keeps(&base, "prohibition", &e.id, found)
        });
        raw.category.retain(|e| {
            let found = base.category(e.id.get_ref()).map(|c| {
                (c.layer, "redefining it could drop it or lower its floor; raise its floor with [[raise]]")
            });
            self.keeps(&base, "category", &e.id, found)
        });
        raw.safeguard.retain(|e| {
            let found = base.safeguard(e.id.get_ref()).map(|s| {
                (s.layer, policy_or(s.basis, "it is a policy-basis safeguard, which an overlay cannot delete, replace or turn into a recommendation", "an overlay cannot replace a safeguard"))
            });
            self.keeps(&base, "safeguard", &e.id, found)
        });
        raw.requirement.retain(|e| {
            let found = base.requirement(e.id.get_ref()).map(|r| {
                (r.layer, policy_or(r.basis, "it is a policy-basis requirement, which an overlay cannot delete, replace or turn into a recommendation", "an overlay cannot replace a requirement"))
            });
            self.keeps(&base, "requirement", &e.id, found)
        });
        raw.factor.retain(|e| {
            let found = base
                .factor(e.id.get_ref())
                .map(|_| (top, "an overlay cannot replace a risk factor"));
            self.keeps(&base, "factor", &e.id, found)
        });
        raw.section.retain(|e| {
            let found = base.section(e.id.get_ref()).map(|x| {
                (
                    x.layer,
                    "add questions to it by naming it in their `section`",
                )
            });
            self.keeps(&base, "section", &e.id, found)
        });
        raw.question.retain(|e| {
            let found = base.question(e.id.get_ref()).map(|x| {
                (x.layer, "an overlay cannot replace a question; change its help or add options with [[amend]]")
            });
            self.keeps(&base, "question", &e.id, found)
        });
        raw.contradiction.retain(|e| {
            let found = base
                .contradictions
                .iter()
                .find(|c| &c.id == e.id.get_ref())
                .map(|_| (top, "an overlay cannot replace a declared contradiction"));
            self.keeps(&base, "contradiction", &e.id, found)
        });

        // Amendments to questions below: which option ids are new, which add effects.
        let mut amended: HashMap<String, HashSet<String>> = HashMap::new();
        let mut amend_options: HashMap<String, Vec<Spanned<RawOption>>> = HashMap::new();
        let mut helps: Vec<(String, String)> = Vec::new();
        for a in std::mem::take(&mut raw.amend) {
            let qid = a.question.get_ref().clone();
            let Some(bq) = base.question(&qid) else {
                self.missing(&base, &written_for, "question", &a.question);
                continue;
            };
            if let Some(h) = &a.help {
                helps.push((qid.clone(), h.get_ref().clone()));
            }
            // A question whose answers confirm a prohibition, raise a concern or mark a category
            // decides policy verdicts: a new answer there could steer around them.
            let decides = bq.options.iter().any(|o| {
                !o.effects.prohibits.is_empty()
                    || !o.effects.concerns.is_empty()
                    || !o.effects.categories.is_empty()
            });
            for ro in a.option {
                let o = ro.get_ref();
                let Some(oid) = o.id.clone() else {
                    self.err(span_of(&ro), format!("an option amending question `{qid}` has no id"), "add id = \"...\": an existing option's id adds effects to it, a new id adds an option");
                    continue;
                };
                if let Some(existing) = bq.option(oid.get_ref()) {
                    if !o.label.is_empty() && o.label != existing.label {
                        self.err(span_of(&oid), format!("option `{}` of question `{qid}`: an overlay cannot reword an answer's label", oid.get_ref()), "answers already given would come to mean something else: leave out label, or add a new option");
                    }
                    if o.exclusive != existing.exclusive {
                        self.err(span_of(&oid), format!("option `{}` of question `{qid}`: an overlay cannot change whether it combines with others", oid.get_ref()), "leave out exclusive");
                    }
                    amended
                        .entry(qid.clone())
                        .or_default()
                        .insert(oid.get_ref().clone());
                } else {
                    if !bq.kind.has_options() || bq.kind == QuestionKind::YesNo {
                        self.err(span_of(&oid), format!("question `{qid}` is a {} question: an overlay cannot add options to it", bq.kind.name()), "add options to single or multi questions only, or add a question of your own");
                        continue;
                    }
                    if decides {
                        self.err(span_of(&oid), format!("question `{qid}` decides a prohibition or a consequential category in {below}: a new answer `{}` could let a use steer around it", oid.get_ref()), "add effects to its existing options instead, or ask a follow-up question of your own with show_if");
                        continue;
                    }
                    if o.exclusive {
                        self.err(span_of(&oid), format!("new option `{}` of question `{qid}` is exclusive: it would excuse the answers it cannot be combined with", oid.get_ref()), "remove exclusive = true");
                    }
                    if o.label.trim().is_empty() {
                        self.err(
                            span_of(&oid),
                            format!(
                                "new option `{}` of question `{qid}` has no label",
                                oid.get_ref()
                            ),
                            "add label = \"...\", the text people see",
                        );
                    }
                }
                amend_options.entry(qid.clone()).or_default().push(ro);
            }
        }

        // Weakening through effects: showing a safeguard below in place, or clearing a category.
        let own_safeguards: HashSet<&str> = raw
            .safeguard
            .iter()
            .map(|s| s.id.get_ref().as_str())
            .collect();
        let own_categories: HashSet<&str> = raw
            .category
            .iter()
            .map(|s| s.id.get_ref().as_str())
            .collect();
        let all_options = raw
            .question
            .iter()
            .flat_map(|q| q.option.iter().chain(q.band.iter()))
            .chain(amend_options.values().flatten());
        let mut weak: Vec<(Option<Range<usize>>, String, String)> = Vec::new();
        for o in all_options {
            for s in &o.get_ref().satisfies {
                if !own_safeguards.contains(s.get_ref().as_str())
                    && base.safeguard(s.get_ref()).is_some()
                {
                    weak.push((span_of(s), format!("an overlay answer shows safeguard `{}` of {below} in place: only the answers of its own questionnaire can", s.get_ref()), "record its status in the assessment's [safeguards] table, or satisfy a safeguard of this overlay".into()));
                }
            }
            for c in &o.get_ref().clears {
                if !own_categories.contains(c.get_ref().as_str())
                    && base.category(c.get_ref()).is_some()
                {
                    weak.push((span_of(c), format!("an overlay answer clears category `{}` of {below}: that would take a use out of a consequential category the policy puts it in", c.get_ref()), "remove clears; an overlay can only mark more categories".into()));
                }
            }
        }
        for s in &raw.safeguard {
            if base.requirement(s.requirement.get_ref()).is_some() {
                weak.push((span_of(&s.requirement), format!("safeguard `{}` is under requirement `{}` of {below}: in place, it could count toward meeting that requirement", s.id.get_ref(), s.requirement.get_ref()), "declare a [[requirement]] in this overlay (with its basis and clause) and put the safeguard under it".into()));
            }
        }
        for (span, msg, help) in weak {
            self.err(span, msg, help);
        }

        // The overlay's new items, checked by the whole-questionnaire validator against stand-ins
        // for the items below.
        let stub_questions: Vec<RawQuestion> = base
            .questions
            .iter()
            .map(|bq| {
                let extra = amend_options.remove(&bq.id).unwrap_or_default();
                let touched = amended.get(&bq.id);
                let mut option: Vec<Spanned<RawOption>> = if bq.kind == QuestionKind::YesNo {
                    Vec::new()
                } else {
                    bq.options
                        .iter()
                        .filter(|c| !touched.is_some_and(|t| t.contains(&c.id)))
                        .map(stub_option)
                        .collect()
                };
                option.extend(extra);
                RawQuestion {
                    id: stub_id(&bq.id),
                    section: stub_id(&bq.section),
                    kind: Spanned::new(0..0, raw_kind(bq.kind)),
                    prompt: bq.prompt.clone(),
                    help: String::new(),
                    clause: String::new(),
                    optional: bq.optional,
                    show_if: None,
                    placeholder: String::new(),
                    risk_combine: Spanned::new(0..0, bq.risk_combine),
                    role: bq.role.as_deref().map(stub_id),
                    min: bq.min,
                    max: bq.max,
                    integer: bq.integer,
                    option,
                    band: Vec::new(),
                }
            })
            .collect();
        let mut synthetic = RawFile {
            questionnaire: RawHeader {
                id: stub_id(&base.id),
                version: base.version.clone(),
                title: base.title.clone(),
                description: String::new(),
            },
            policy: RawPolicy {
                name: base.policy.name.clone(),
                date: base.policy.date.clone(),
                url: base.policy.url.clone(),
            },
            tiers: RawTiers {
                medium_at: Spanned::new(0..0, base.tiers.medium_at),
                high_at: Spanned::new(0..0, base.tiers.high_at),
                consequential_floor: Spanned::new(0..0, base.tiers.consequential_floor),
                max_mitigation_percent: Spanned::new(0..0, base.tiers.max_mitigation_percent),
                review_months: None,
            },
            prohibition: base.prohibitions.iter().map(stub_entry).collect(),
            category: base.categories.iter().map(stub_entry).collect(),
            requirement: base
                .requirements
                .iter()
                .map(|r| RawRequirement {
                    id: stub_id(&r.id),
                    title: r.title.clone(),
                    summary: String::new(),
                    clause: String::new(),
                    applies: Some(Spanned::new(0..0, RawApplies::Always)),
                    applies_when: None,
                    basis: Spanned::new(0..0, r.basis),
                    obligation: r.obligation,
                    reading: String::new(),
                    maps_to: Vec::new(),
                })
                .collect(),
            factor: base
                .factors
                .iter()
                .map(|f| RawFactor {
                    id: stub_id(&f.id),
                    title: f.title.clone(),
                    description: String::new(),
                })
                .collect(),
            safeguard: base
                .safeguards
                .iter()
                .map(|s| RawSafeguard {
                    id: stub_id(&s.id),
                    title: s.title.clone(),
                    good: String::new(),
                    requirement: stub_id(&s.requirement),
                    clause: String::new(),
                    required_when: None,
                    satisfied_when: None,
                    credit: None,
                    basis: Spanned::new(0..0, Basis::Practice),
                    policy_when: None,
                    never_not_applicable_when: None,
                    comes_with: Vec::new(),
                    reading: String::new(),
                    maps_to: Vec::new(),
                })
                .collect(),
            section: base
                .sections
                .iter()
                .map(|s| RawSection {
                    id: stub_id(&s.id),
                    title: s.title.clone(),
                    intro: String::new(),
                })
                .collect(),
            question: stub_questions,
            contradiction: Vec::new(),
            floor: Vec::new(),
            vocabulary: None,
            migration: None,
            framework: Vec::new(),
        };
        let base_counts = (
            synthetic.prohibition.len(),
            synthetic.category.len(),
            synthetic.requirement.len(),
            synthetic.factor.len(),
            synthetic.safeguard.len(),
            synthetic.section.len(),
        );
        synthetic.prohibition.append(&mut raw.prohibition);
        synthetic.category.append(&mut raw.category);
        synthetic.requirement.append(&mut raw.requirement);
        synthetic.factor.append(&mut raw.factor);
        synthetic.safeguard.append(&mut raw.safeguard);
        synthetic.section.append(&mut raw.section);
        synthetic.question.append(&mut raw.question);
        synthetic.contradiction.append(&mut raw.contradiction);
        synthetic.floor.append(&mut raw.floor);
        synthetic.framework.append(&mut raw.framework);
        let built = self.build(synthetic, text);

        // The merge: the layers below as they are, then this layer's additions.
        let mut q = base.clone();
        let own = n;
        q.prohibitions
            .extend(tagged(built.prohibitions, base_counts.0, own));
        q.categories
            .extend(tagged(built.categories, base_counts.1, own));
        q.requirements
            .extend(tagged(built.requirements, base_counts.2, own));
        q.factors
            .extend(built.factors.into_iter().skip(base_counts.3));
        q.safeguards
            .extend(tagged(built.safeguards, base_counts.4, own));
        q.sections
            .extend(tagged(built.sections, base_counts.5, own));
        q.contradictions.extend(built.contradictions);
        q.floors.extend(built.floors);
        q.frameworks.extend(tagged(built.frameworks, 0, own));
        // Questions in the validator's asking order, the real ones below in place of stand-ins.
        q.questions = built
            .questions
            .into_iter()
            .map(|mut bq| match base.question(&bq.id) {
                None => {
                    bq.layer = own;
                    for o in &mut bq.options {
                        o.layer = own;
                    }
                    bq
                }
                Some(real) => {
                    let mut real = real.clone();
                    let touched = amended.get(&real.id);
                    for o in bq.options {
                        match real.options.iter_mut().find(|r| r.id == o.id) {
                            Some(r) if touched.is_some_and(|t| t.contains(&o.id)) => {
                                add_effects(&mut r.effects, o.effects);
                            }
                            Some(_) => {}
                            None => real.options.push(Choice { layer: own, ..o }),
                        }
                    }
                    real
                }
            })
            .collect();
        for (qid, help) in helps {
            if let Some(x) = q.question_index(&qid).and_then(|i| q.questions.get_mut(i)) {
                x.help = help;
            }
        }

        self.stricter_tiers(&mut q, raw.tiers.as_ref(), &below);
        for r in &raw.raise {
            let id = r.category.get_ref();
            if q.category(id).is_none() {
                self.missing(&base, &written_for, "category", &r.category);
                continue;
            }
            let now = q.category_floor(id);
            let to = *r.floor.get_ref();
            if to < now || to == Tier::Prohibited || to == Tier::Low {
                self.err(span_of(&r.floor), format!("raise: the floor of category `{id}` is {now} in {below}; {to} would lower it"), format!("an overlay can only raise a floor: use \"high\"{}", if now == Tier::Medium { " or \"medium\"" } else { "" }));
                continue;
            }
            if let Some(c) = q.categories.iter_mut().find(|c| &c.id == id) {
                c.floor = Some(to);
            }
        }
        let own_frameworks = q.frameworks.clone();
        for m in &raw.map {
            let mappings = self.mappings(
                &m.maps_to,
                own_frameworks
                    .get(base.frameworks.len()..)
                    .unwrap_or_default(),
            );
            match (&m.safeguard, &m.requirement) {
                (Some(s), None) => match q.safeguards.iter_mut().find(|x| &x.id == s.get_ref()) {
                    Some(x) => x.maps_to.extend(mappings),
                    None => self.missing(&base, &written_for, "safeguard", s),
                },
                (None, Some(r)) => match q.requirements.iter_mut().find(|x| &x.id == r.get_ref()) {
                    Some(x) => x.maps_to.extend(mappings),
                    None => self.missing(&base, &written_for, "requirement", r),
                },
                _ => self.err(
                    m.maps_to.first().and_then(span_of),
                    "a [[map]] names neither or both of safeguard and requirement",
                    "write safeguard = \"id\" or requirement = \"id\", with maps_to",
                ),
            }
        }
        if let Some(v) = &raw.vocabulary {
            // The words for a verdict stay the ones below: an overlay that called a high tier
            // "low", or a prohibited use something milder, would weaken every report.
            let verdict_words = [
                ("tier_low", &v.tier_low),
                ("tier_medium", &v.tier_medium),
                ("tier_high", &v.tier_high),
                ("tier_prohibited", &v.tier_prohibited),
                ("prohibited_use", &v.prohibited_use),
                ("consequential", &v.consequential),
            ];
            for (key, word) in verdict_words {
                if word.is_some() {
                    self.err(
                        key_span(text, key),
                        format!("vocabulary: an overlay cannot reword `{key}`: reports would name a verdict of {below} in other words"),
                        "remove it; an overlay may set placeholders, services, owner_hint and reading, and add to the disclaimer",
                    );
                }
            }
            merge_vocabulary(&mut q.vocabulary, v);
        }

        let own_hash = hex_digest(&Sha256::digest(text.as_bytes()));
        let policy = raw.policy.as_ref().map(|p| Policy {
            name: p.name.clone(),
            date: p.date.clone(),
            url: p.url.clone(),
        });
        q.layers.push(Layer {
            id: raw.questionnaire.id.get_ref().clone(),
            version: raw.questionnaire.version.clone(),
            title: raw.questionnaire.title.clone(),
            extends: ext.clone(),
            policy,
            source: file.to_string(),
            content_hash: own_hash.clone(),
        });
        if !maps_only {
            // One hash over every layer, so an assessment bound to it is bound to all of them.
            q.content_hash = hex_digest(&Sha256::digest(
                format!("{}\n{}", base.content_hash, own_hash).as_bytes(),
            ));
            // The questionnaire answered is the top layer that changes rules; a crosswalk
            // leaves the answers' questionnaire as it is.
            q.id = raw.questionnaire.id.get_ref().clone();
            q.version = raw.questionnaire.version.clone();
            q.title = raw.questionnaire.title.clone();
            if !raw.questionnaire.description.is_empty() {
                q.description = raw.questionnaire.description.clone();
            }
        }
        if !maps_only {
            q.source = file.to_string();
        }
        q.reindex();
        if base.version != written_for && !self.errors.is_empty() {
            for e in &mut self.errors {
                e.help = format!(
                    "{} (this overlay was written for version {written_for} of `{ext_id}`; the questionnaire below is version {})",
                    e.help, base.version
                );
            }
        }
        q
    }

    /// Applies the overlay's thresholds, refusing any that would let a use reach a lower tier
    /// or be reviewed later than the layers below say.
    /// Sets a threshold the overlay gives, when it is not above the one below; otherwise says
    /// what raising it would weaken (`weakens`).
    fn at_most(
        &mut self,
        given: &Option<Spanned<u32>>,
        now: &mut u32,
        key: &str,
        weakens: &str,
        below: &str,
    ) {
        let Some(v) = given else { return };
        if *v.get_ref() > *now {
            self.err(
                span_of(v),
                format!(
                    "tiers: {key} {} is above {now} in {below}: {weakens}",
                    v.get_ref()
                ),
                TIERS_HELP,
            );
        } else {
            *now = *v.get_ref();
        }
    }

    fn stricter_tiers(&mut self, q: &mut Questionnaire, t: Option<&RawOverlayTiers>, below: &str) {
        let Some(t) = t else { return };
        let help = TIERS_HELP;
        self.at_most(
            &t.medium_at,
            &mut q.tiers.medium_at,
            "medium_at",
            "fewer uses would reach medium",
            below,
        );
        self.at_most(
            &t.high_at,
            &mut q.tiers.high_at,
            "high_at",
            "fewer uses would reach high",
            below,
        );
        if q.tiers.medium_at == 0 || q.tiers.medium_at >= q.tiers.high_at {
            let span = t
                .high_at
                .as_ref()
                .or(t.medium_at.as_ref())
                .and_then(span_of);
            self.err(
                span,
                format!(
                    "tiers: medium_at ({}) must be above 0 and below high_at ({})",
                    q.tiers.medium_at, q.tiers.high_at
                ),
                "set 0 < medium_at < high_at",
            );
        }
        if let Some(f) = &t.consequential_floor {
            let to = *f.get_ref();
            if to < q.tiers.consequential_floor || !matches!(to, Tier::Medium | Tier::High) {
                self.err(
                    span_of(f),
                    format!(
                        "tiers: consequential_floor {to} is below {} in {below}",
                        q.tiers.consequential_floor
                    ),
                    help,
                );
            } else {
                q.tiers.consequential_floor = to;
            }
        }
        self.at_most(
            &t.max_mitigation_percent,
            &mut q.tiers.max_mitigation_percent,
            "max_mitigation_percent",
            "safeguards would take more off the score",
            below,
        );
        if let Some(r) = &t.review_months {
            let rm = r.get_ref();
            let now = q.tiers.review_months;
            let pick = |o: Option<u32>, d: u32| o.unwrap_or(d);
            let to = ReviewMonths {
                low: pick(rm.low, now.low),
                medium: pick(rm.medium, now.medium),
                high: pick(rm.high, now.high),
            };
            if to.low > now.low
                || to.medium > now.medium
                || to.high > now.high
                || [to.low, to.medium, to.high].contains(&0)
            {
                self.err(span_of(r), format!("tiers.review_months: reviews would come later than in {below} (high {}, medium {}, low {} months)", now.high, now.medium, now.low), help);
            } else {
                q.tiers.review_months = to;
            }
        }
    }
}

/// Items that know the layer they come from.
trait Layered {
    fn set_layer(&mut self, layer: usize);
}

macro_rules! layered {
    ($($t:ty),*) => {
        $(impl Layered for $t {
            fn set_layer(&mut self, layer: usize) {
                self.layer = layer;
            }
        })*
    };
}

layered!(CatalogueEntry, Requirement, Safeguard, Section, Framework);

/// The items of `list` after the first `skip` (the stand-ins for the layers below), each tagged
/// with `layer`.
fn tagged<T: Layered>(list: Vec<T>, skip: usize, layer: usize) -> Vec<T> {
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
fn add_effects(to: &mut Effects, add: Effects) {
    fn extend(v: &mut Vec<String>, add: Vec<String>) {
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
fn key_span(text: &str, key: &str) -> Option<Range<usize>> {
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

fn merge_vocabulary(to: &mut Vocabulary, v: &RawVocabulary) {
    let set = |to: &mut String, from: &Option<String>| {
        if let Some(s) = from {
            to.clone_from(s);
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
        to.disclaimer = format!("{} {d}", to.disclaimer);
    }
    to.placeholders
        .extend(v.placeholders.iter().map(|(k, x)| (k.clone(), x.clone())));
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

/// The questionnaire or overlay an assessment names, when it is not the one in use: a `.toml`
/// file with that id and version beside the assessment, or in the nearest `.raia/` folder above
/// it (no higher than its git repository's root). None when there is none; an error when one is
/// there but does not load.
pub fn for_assessment(
    dir: &Path,
    id: &str,
    version: &str,
) -> Option<anyhow::Result<Questionnaire>> {
    let mut dirs = vec![dir.to_path_buf()];
    if let Some(p) =
        crate::paths::project_questionnaire(dir).and_then(|p| p.parent().map(Path::to_path_buf))
    {
        dirs.push(p);
    }
    let found = dirs
        .iter()
        .flat_map(|d| questionnaires_in(d, id))
        .find(|(_, text, _)| peek(text).and_then(|h| h.version).as_deref() == Some(version));
    let (name, text, p) = found?;
    Some(load_text(&name, &text, p.parent(), 0))
}

/// The `[questionnaire]` id and version an assessment's text names, if it names them: a scan
/// of its lines, cheap enough to run on every file of a portfolio.
pub fn named_by(text: &str) -> Option<(String, String)> {
    let mut in_table = false;
    let (mut id, mut version) = (None, None);
    for line in text.lines() {
        let l = line.trim();
        if l.starts_with('[') {
            in_table = l == "[questionnaire]";
            continue;
        }
        if !in_table {
            continue;
        }
        let Some((k, v)) = l.split_once('=') else {
            continue;
        };
        let v = v.trim().trim_matches('"').to_string();
        match k.trim() {
            "id" => id = Some(v),
            "version" => version = Some(v),
            _ => {}
        }
    }
    Some((id?, version?))
}
