//! Merging a checked overlay on top of the layers below it: new items tagged with their layer, effects added, vocabulary and frameworks joined.

use super::*;

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
        points_read: 0,
        total_passed_at: None,
    };
    let merged = v.overlay(base, raw, text, file);
    v.check_total(&merged);
    if v.errors.is_empty() {
        Ok(merged)
    } else {
        v.errors.sort_by_key(|d| (d.line, d.column));
        Err(Diagnostics(v.errors))
    }
}

/// Which layer an item of the layers below came from, in words, for messages.
pub(crate) fn layer_title(q: &Questionnaire, layer: usize) -> String {
    q.layers
        .get(layer)
        .map_or_else(
            || q.title.clone(),
            |l| format!("{} (`{}@{}`)", l.title, l.id, l.version).into(),
        )
        .to_string()
}

impl Validator<'_> {
    pub(crate) fn overlay(
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
                id: base.id.to_string(),
                version: base.version.to_string(),
                title: base.title.to_string(),
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
            && raw.raise.is_empty()
            && raw.migration.is_none();

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

        // Questions whose answers a condition below reads: which questions are asked, a floor,
        // a contradiction, whether a safeguard is required or shown, whether a requirement
        // applies. A new answer there could steer around what the condition guards (a hostile
        // review added "media studio" to the capabilities, hiding the likeness screening).
        let mut read: HashSet<&str> = HashSet::new();
        {
            let conditions = base
                .questions
                .iter()
                .filter_map(|x| x.show_if.as_ref())
                .chain(base.floors.iter().map(|f| &f.when))
                .chain(base.contradictions.iter().map(|c| &c.when))
                .chain(base.safeguards.iter().flat_map(|s| {
                    [
                        &s.required_when,
                        &s.satisfied_when,
                        &s.absent_when,
                        &s.claimed_when,
                        &s.policy_when,
                        &s.never_not_applicable_when,
                    ]
                    .into_iter()
                    .flatten()
                }))
                .chain(
                    base.requirements
                        .iter()
                        .filter_map(|r| r.applies_when.as_ref()),
                );
            for c in conditions {
                read.extend(c.questions());
            }
        }
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
                    // The bound holds for the option's points after every layer, not only for
                    // each layer's own (a hardening review amended an option to 1,000,006).
                    for (factor, points) in &o.risk {
                        let below_points = existing
                            .effects
                            .risk
                            .get(factor.as_str())
                            .copied()
                            .unwrap_or(0);
                        let total = u64::from(below_points) + u64::from(*points.get_ref());
                        if *points.get_ref() <= super::super::MAX_POINTS
                            && total > u64::from(super::super::MAX_POINTS)
                        {
                            self.err(span_of(points), format!("option `{}` of question `{qid}` would carry {total} {factor} points with the {below_points} it has in {below}, more than the {} raia allows", oid.get_ref(), super::super::MAX_POINTS), format!("add at most {} points", super::super::MAX_POINTS.saturating_sub(below_points)));
                        }
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
                    if read.contains(qid.as_str()) {
                        self.err(span_of(&oid), format!("the answer to question `{qid}` decides which questions are asked, or which checks apply, in {below}: a new answer `{}` could let a use steer around them", oid.get_ref()), "add effects to its existing options instead, or ask a follow-up question of your own with show_if");
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
            // Credit comes off the score the layers below set: in place, an overlay's own
            // safeguard could take a use from high to medium (hostile review).
            if let Some(c) = s.credit.as_ref().filter(|c| *c.get_ref() > 0) {
                weak.push((span_of(c), format!("safeguard `{}` gives {} point{} of credit: in place, it would lower the risk score of {below}", s.id.get_ref(), c.get_ref(), if *c.get_ref() == 1 { "" } else { "s" }), "remove credit; an overlay can add risk points, never take them away".into()));
            }
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
                let extra = amend_options.remove(bq.id.as_str()).unwrap_or_default();
                let touched = amended.get(bq.id.as_str());
                let mut option: Vec<Spanned<RawOption>> = if bq.kind == QuestionKind::YesNo {
                    Vec::new()
                } else {
                    bq.options
                        .iter()
                        .filter(|c| !touched.is_some_and(|t| t.contains(c.id.as_str())))
                        .map(stub_option)
                        .collect()
                };
                option.extend(extra);
                RawQuestion {
                    id: stub_id(&bq.id),
                    section: stub_id(&bq.section),
                    kind: Spanned::new(0..0, raw_kind(bq.kind)),
                    prompt: bq.prompt.to_string(),
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
                version: base.version.to_string(),
                title: base.title.to_string(),
                description: String::new(),
            },
            policy: RawPolicy {
                name: base.policy.name.to_string(),
                date: base.policy.date.to_string(),
                url: base.policy.url.to_string(),
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
                    title: r.title.to_string(),
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
                    title: f.title.to_string(),
                    description: String::new(),
                })
                .collect(),
            safeguard: base
                .safeguards
                .iter()
                .map(|s| RawSafeguard {
                    id: stub_id(&s.id),
                    title: s.title.to_string(),
                    good: String::new(),
                    requirement: stub_id(&s.requirement),
                    clause: String::new(),
                    required_when: None,
                    satisfied_when: None,
                    absent_when: None,
                    claimed_when: None,
                    weak_evidence: None,
                    credit: None,
                    basis: Spanned::new(0..0, Basis::Practice),
                    policy_when: None,
                    never_not_applicable_when: None,
                    comes_with: Vec::new(),
                    reading: String::new(),
                    maps_to: Vec::new(),
                    dated_by: Vec::new(),
                })
                .collect(),
            section: base
                .sections
                .iter()
                .map(|s| RawSection {
                    id: stub_id(&s.id),
                    title: s.title.to_string(),
                    intro: String::new(),
                })
                .collect(),
            question: stub_questions,
            contradiction: Vec::new(),
            floor: Vec::new(),
            vocabulary: None,
            // Checked against this layer's questions and the ones below, as a questionnaire's is.
            migration: raw.migration.take(),
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
        let built_migration = built.migration.clone();

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
                    let touched = amended.get(real.id.as_str());
                    for o in bq.options {
                        match real.options.iter_mut().find(|r| r.id == o.id) {
                            Some(r) if touched.is_some_and(|t| t.contains(o.id.as_str())) => {
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
                x.help = help.into();
                x.help_layer = own;
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
                // The label that tells raia's reading from the policy's own words: renamed, a
                // reading read as the policy's text (a hostile review set it to "the policy's
                // own words").
                ("reading", &v.reading),
            ];
            for (key, word) in verdict_words {
                if word.is_some() {
                    self.err(
                        key_span(text, key),
                        format!("vocabulary: an overlay cannot reword `{key}`: reports would name a verdict of {below} in other words"),
                        "remove it; an overlay may set placeholders, services and owner_hint, and add to the disclaimer",
                    );
                }
            }
            merge_vocabulary(&mut q.vocabulary, v);
        }

        let own_hash = crate::questionnaire::load::text_hash(text);
        let policy = raw.policy.as_ref().map(|p| Policy {
            name: Text::from(&p.name),
            date: Text::from(&p.date),
            url: Text::from(&p.url),
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
            q.id = Text::from(raw.questionnaire.id.get_ref());
            q.version = Text::from(&raw.questionnaire.version);
            // The migration below is from that layer's previous version, not this one's.
            q.migration = built_migration;
            q.title = Text::from(&raw.questionnaire.title);
            if !raw.questionnaire.description.is_empty() {
                q.description = Text::from(&raw.questionnaire.description);
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
}
