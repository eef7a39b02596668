//! What an overlay may not do: every check that refuses a weakening, with its located error.

use super::*;

impl Validator<'_> {
    /// The frameworks a file declares, checked: ids unique across the stack, items unique.
    pub(crate) fn frameworks(&mut self, raw: &[RawFramework]) -> Vec<Framework> {
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
    pub(crate) fn mappings(
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
    pub(crate) fn missing(
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
    pub(crate) fn keeps(
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

    /// Applies the overlay's thresholds, refusing any that would let a use reach a lower tier
    /// or be reviewed later than the layers below say.
    /// Sets a threshold the overlay gives, when it is not above the one below; otherwise says
    /// what raising it would weaken (`weakens`).
    pub(crate) fn at_most(
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

    pub(crate) fn stricter_tiers(
        &mut self,
        q: &mut Questionnaire,
        t: Option<&RawOverlayTiers>,
        below: &str,
    ) {
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
            // On medium_at's line where the overlay sets it, as the message starts with it.
            let span = t
                .medium_at
                .as_ref()
                .or(t.high_at.as_ref())
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
