//! Building the loaded questionnaire from checked parts: tiers, safeguards, requirements, contradictions, floors, vocabulary and migration.

use super::*;

impl Validator<'_> {
    /// Checks one safeguard and adds it to `safeguards`.
    pub(crate) fn safeguard(
        &mut self,
        rs: &RawSafeguard,
        raw: &RawFile,
        refs: &Refs<'_, '_>,
        known: (&HashSet<String>, &[Framework]),
        safeguards: &mut Vec<Safeguard>,
    ) {
        let (requirement_ids, frameworks) = known;
        let owner = format!("safeguard `{}`", rs.id.get_ref());
        self.check_refs(
            "requirement",
            std::slice::from_ref(&rs.requirement),
            requirement_ids,
            &owner,
        );
        let [
            required_when,
            satisfied_when,
            absent_when,
            claimed_when,
            policy_when,
            never_not_applicable_when,
        ] = [
            &rs.required_when,
            &rs.satisfied_when,
            &rs.absent_when,
            &rs.claimed_when,
            &rs.policy_when,
            &rs.never_not_applicable_when,
        ]
        .map(|cond| {
            cond.as_ref()
                .and_then(|c| self.any_condition(c, &owner, refs))
        });
        if rs.policy_when.is_some() && *rs.basis.get_ref() != Basis::Policy {
            self.err(
                span_of(&rs.basis),
                format!("{owner} has policy_when, but its basis is practice"),
                "set basis = \"policy\" (policy_when narrows when the policy requires it), or remove policy_when",
            );
        }
        let mut dated_by = Vec::new();
        for d in &rs.dated_by {
            let qid = d.get_ref();
            match raw.question.iter().find(|x| x.id.get_ref() == qid) {
                Some(rq) if matches!(rq.kind.get_ref(), RawKind::Text | RawKind::LongText) => {
                    dated_by.push(Text::from(qid));
                }
                Some(_) => self.err(
                    span_of(d),
                    format!(
                        "{owner}: dated_by names question `{qid}`, which is not a text question"
                    ),
                    "name text questions whose answers say when the evidence was made or lapses",
                ),
                None => self.err(
                    span_of(d),
                    format!("{owner}: dated_by refers to unknown question `{qid}`"),
                    "check the spelling of the question id",
                ),
            }
        }
        let mut comes_with = Vec::new();
        for cw in &rs.comes_with {
            let c = cw.get_ref();
            let qid = c.question.get_ref();
            match raw.question.iter().find(|x| x.id.get_ref() == qid) {
                None => self.err(
                    span_of(&c.question),
                    format!("{owner}: comes_with refers to unknown question `{qid}`"),
                    "check the spelling of the question id",
                ),
                Some(rq) => {
                    let yes_no = matches!(rq.kind.get_ref(), RawKind::YesNo);
                    let known = rq.option.iter().any(|o| {
                        o.get_ref()
                            .id
                            .as_ref()
                            .is_some_and(|i| i.get_ref() == &c.option)
                    }) || (yes_no && (c.option == "yes" || c.option == "no"));
                    if known {
                        comes_with.push((Text::from(qid.as_str()), Text::from(&c.option)));
                    } else {
                        self.err(
                            span_of(cw),
                            format!("{owner}: comes_with names option `{}`, which `{qid}` does not have", c.option),
                            "use an option id of that question",
                        );
                    }
                }
            }
        }
        // Matched against evidence read as lowercase words: a phrase written otherwise could
        // never match.
        let weak_evidence = rs.weak_evidence.as_ref().map(|w| {
            let inner = w.get_ref();
            if inner.words.is_empty()
                || inner.words.iter().chain(&inner.unless).any(|x| {
                    x.trim().is_empty() || x.chars().any(|c| c.is_uppercase()) || x.trim() != x
                })
            {
                self.err(
                    span_of(w),
                    format!(
                        "{owner} has weak_evidence words that are empty, padded or not lowercase"
                    ),
                    "list lowercase words or phrases, e.g. words = [\"date of birth\"]",
                );
            }
            if inner.needs_unless && inner.unless.is_empty() {
                self.err(
                    span_of(w),
                    format!("{owner} has weak_evidence that needs_unless, with no unless words"),
                    "list the checks that show it in unless, e.g. unless = [\"passport\"], or remove needs_unless",
                );
            }
            WeakEvidence {
                words: inner.words.iter().map(Text::from).collect(),
                unless: inner.unless.iter().map(Text::from).collect(),
                needs_unless: inner.needs_unless,
                when: inner
                    .when
                    .as_ref()
                    .and_then(|c| self.any_condition(c, &owner, refs)),
                because: Text::from(&inner.because),
            }
        });
        safeguards.push(Safeguard {
            id: Text::from(rs.id.get_ref()),
            title: Text::from(&rs.title),
            good: Text::from(&rs.good),
            requirement: Text::from(rs.requirement.get_ref()),
            clause: Text::from(&rs.clause),
            required_when,
            satisfied_when,
            absent_when,
            claimed_when,
            weak_evidence,
            credit: self.points(
                rs.credit.as_ref(),
                &format!("safeguard `{}` has credit", rs.id.get_ref()),
            ),
            basis: *rs.basis.get_ref(),
            policy_when,
            never_not_applicable_when,
            comes_with,
            reading: Text::from(&rs.reading),
            layer: 0,
            maps_to: self.mappings(&rs.maps_to, frameworks),
            dated_by,
        });
    }

    /// Checks the tier thresholds, the floor, mitigation and review months.
    pub(crate) fn check_tiers(&mut self, t: &RawTiers) {
        if *t.medium_at.get_ref() == 0 || t.medium_at.get_ref() >= t.high_at.get_ref() {
            // Named on medium_at's line, as the message starts with it: a review was sent to
            // high_at's for a zero, and a later one for a medium_at raised past high_at.
            self.err(
                span_of(&t.medium_at),
                format!(
                    "tiers: medium_at ({}) must be above 0 and below high_at ({})",
                    t.medium_at.get_ref(),
                    t.high_at.get_ref()
                ),
                "set 0 < medium_at < high_at",
            );
        }
        if *t.consequential_floor.get_ref() == Tier::Prohibited
            || *t.consequential_floor.get_ref() == Tier::Low
        {
            self.err(
                span_of(&t.consequential_floor),
                "tiers: consequential_floor must be medium or high",
                "set consequential_floor = \"high\" (the policy's default reading)",
            );
        }
        if *t.max_mitigation_percent.get_ref() > 100 {
            self.err(
                span_of(&t.max_mitigation_percent),
                "tiers: max_mitigation_percent is over 100",
                "use a percentage from 0 to 100",
            );
        }
        if let Some(r) = &t.review_months {
            let m = r.get_ref();
            if [m.low, m.medium, m.high].contains(&0)
                || [m.low, m.medium, m.high].iter().any(|n| *n > 120)
            {
                self.err(
                    span_of(r),
                    "tiers.review_months: each tier's months must be from 1 to 120",
                    "write e.g. high = 6, medium = 12, low = 24",
                );
            }
        }
    }

    pub(crate) fn build(&mut self, raw: RawFile, text: &str) -> Questionnaire {
        let frameworks = self.frameworks(&raw.framework);
        let prohibition_ids = self.id_set("prohibition", raw.prohibition.iter().map(|e| &e.id));
        let category_ids = self.id_set("category", raw.category.iter().map(|e| &e.id));
        let requirement_ids = self.id_set("requirement", raw.requirement.iter().map(|e| &e.id));
        let factor_ids = self.id_set("factor", raw.factor.iter().map(|e| &e.id));
        let safeguard_ids = self.id_set("safeguard", raw.safeguard.iter().map(|e| &e.id));
        let section_order = self.ids(
            "section",
            &raw.section.iter().map(|e| &e.id).collect::<Vec<_>>(),
        );
        self.ids(
            "question",
            &raw.question.iter().map(|e| &e.id).collect::<Vec<_>>(),
        );
        if !valid_id(raw.questionnaire.id.get_ref()) {
            self.err(
                span_of(&raw.questionnaire.id),
                "questionnaire id is not a valid id",
                "use lowercase letters, digits and hyphens",
            );
        }

        let t = &raw.tiers;
        self.check_tiers(t);

        // Questions are asked section by section; within a section, in file order.
        // A question in an unknown section (a typo, reported below) keeps the place of the
        // question before it, so the typo does not also move it after questions it precedes.
        let mut section_at: HashMap<&str, usize> = HashMap::new();
        for (k, s) in section_order.iter().enumerate() {
            section_at.entry(s.as_str()).or_insert(k);
        }
        let mut key = Vec::with_capacity(raw.question.len());
        let mut last = 0;
        for rq in &raw.question {
            if let Some(&k) = section_at.get(rq.section.get_ref().as_str()) {
                last = k;
            }
            key.push(last);
        }
        // A stable sort: within a section, file order stays.
        let mut order: Vec<(usize, &RawQuestion)> = key.into_iter().zip(&raw.question).collect();
        order.sort_by_key(|&(k, _)| k);
        // With duplicate ids the first one counts, so one mistake gives one error.
        let mut position: HashMap<String, usize> = HashMap::new();
        for (pos, (_, rq)) in order.iter().enumerate() {
            position.entry(rq.id.get_ref().clone()).or_insert(pos);
        }

        let raw_questions = RawQuestions::new(&raw.question);
        // What a condition or an option may name, for the checks below.
        let refs = Refs {
            position: &position,
            questions: &raw_questions,
            categories: &category_ids,
            prohibitions: &prohibition_ids,
        };
        let ids = Ids {
            prohibitions: &prohibition_ids,
            categories: &category_ids,
            factors: &factor_ids,
            safeguards: &safeguard_ids,
        };

        let mut questions: Vec<Question> = Vec::new();
        let mut roles_seen: HashMap<String, String> = HashMap::new();
        let scope = Scope {
            section_at: &section_at,
            section_order: &section_order,
            position: &position,
            refs: &refs,
            ids: &ids,
        };
        for &(_, rq) in &order {
            self.question(rq, &scope, &mut roles_seen, &mut questions);
        }

        // What conditions outside a question's show_if may read: every question, category and
        // prohibition.
        let mut safeguards = Vec::new();
        for rs in &raw.safeguard {
            self.safeguard(
                rs,
                &raw,
                &refs,
                (&requirement_ids, &frameworks),
                &mut safeguards,
            );
        }

        let mut requirements = Vec::new();
        for r in &raw.requirement {
            let owner = format!("requirement `{}`", r.id.get_ref());
            let applies_when = r
                .applies_when
                .as_ref()
                .and_then(|c| self.any_condition(c, &owner, &refs));
            let written = r.applies.as_ref().map(|a| match a.get_ref() {
                RawApplies::Always => Applies::Always,
                RawApplies::Consequential => Applies::Consequential,
            });
            let applies = match (written, &r.applies_when) {
                (None, Some(_)) => Applies::When,
                (Some(a), Some(_)) => {
                    self.err(
                        r.applies.as_ref().and_then(span_of),
                        format!("{owner} has both applies and applies_when"),
                        "keep one: applies_when alone makes the requirement apply when its condition holds",
                    );
                    a
                }
                (None, None) => {
                    self.err(
                        span_of(&r.id),
                        format!("{owner} does not say when it applies"),
                        "add applies = \"always\", applies = \"consequential\", or applies_when = { ... }",
                    );
                    Applies::Always
                }
                (Some(a), None) => a,
            };
            if *r.basis.get_ref() == Basis::Practice && r.obligation == Obligation::Should {
                self.err(
                    span_of(&r.basis),
                    format!("{owner} has obligation = \"should\", but its basis is practice"),
                    "obligation says how the policy words a policy requirement; remove it for practice",
                );
            }
            requirements.push(Requirement {
                id: Text::from(r.id.get_ref()),
                title: Text::from(&r.title),
                summary: Text::from(&r.summary),
                clause: Text::from(&r.clause),
                applies,
                applies_when,
                basis: *r.basis.get_ref(),
                obligation: r.obligation,
                reading: Text::from(&r.reading),
                layer: 0,
                maps_to: self.mappings(&r.maps_to, &frameworks),
            });
        }

        let safeguard_refs = safeguard_ids.clone();
        self.id_set("contradiction", raw.contradiction.iter().map(|c| &c.id));
        let mut contradictions = Vec::new();
        for rc in &raw.contradiction {
            let owner = format!("contradiction `{}`", rc.id.get_ref());
            self.check_refs("safeguard", &rc.blocks, &safeguard_refs, &owner);
            if rc.message.get_ref().trim().is_empty() {
                self.err(
                    span_of(&rc.message),
                    format!("{owner} has an empty message"),
                    "say in words which answers disagree and how to resolve it",
                );
            }
            if let Some(when) = self.any_condition(&rc.when, &owner, &refs) {
                contradictions.push(Contradiction {
                    id: Text::from(rc.id.get_ref()),
                    when,
                    message: Text::from(rc.message.get_ref().trim()),
                    blocks: rc.blocks.iter().map(|b| Text::from(b.get_ref())).collect(),
                    consequential_in_doubt: rc.consequential_in_doubt,
                    judgement: rc.judgement,
                });
            }
        }
        let mut floors = Vec::new();
        for (i, rf) in raw.floor.iter().enumerate() {
            let owner = format!("floor {} (`{}`)", i + 1, rf.reason.get_ref());
            if *rf.tier.get_ref() == Tier::Prohibited || *rf.tier.get_ref() == Tier::Low {
                self.err(
                    span_of(&rf.tier),
                    format!("{owner}: a floor must be medium or high"),
                    "a prohibition is confirmed by an option's `prohibits`, and low is no floor",
                );
            }
            if let Some(when) = self.any_condition(&rf.when, &owner, &refs) {
                floors.push(Floor {
                    when,
                    tier: *rf.tier.get_ref(),
                    reason: Text::from(rf.reason.get_ref().trim()),
                });
            }
        }
        for c in &raw.category {
            if let Some(f) = &c.floor
                && matches!(f.get_ref(), Tier::Prohibited | Tier::Low)
            {
                self.err(
                    span_of(f),
                    format!(
                        "category `{}`: floor must be medium or high",
                        c.id.get_ref()
                    ),
                    "set floor = \"high\" or \"medium\", or remove it to use consequential_floor",
                );
            }
        }
        for p in &raw.prohibition {
            if let Some(f) = &p.floor {
                self.err(
                    span_of(f),
                    format!("prohibition `{}` has a floor", p.id.get_ref()),
                    "a confirmed prohibition always gives the top tier; remove floor",
                );
            }
        }
        let vocabulary = {
            let d = Vocabulary::default();
            let v = raw.vocabulary.as_ref();
            let pick = |f: fn(&RawVocabulary) -> &Option<String>, d: String| {
                v.and_then(|v| f(v).clone()).unwrap_or(d)
            };
            Vocabulary {
                tier_low: pick(|v| &v.tier_low, d.tier_low.to_string()).into(),
                tier_medium: pick(|v| &v.tier_medium, d.tier_medium.to_string()).into(),
                tier_high: pick(|v| &v.tier_high, d.tier_high.to_string()).into(),
                tier_prohibited: pick(|v| &v.tier_prohibited, d.tier_prohibited.to_string()).into(),
                consequential: pick(|v| &v.consequential, d.consequential.to_string()).into(),
                prohibited_use: pick(|v| &v.prohibited_use, d.prohibited_use.to_string()).into(),
                reading: pick(|v| &v.reading, d.reading.to_string()).into(),
                owner_hint: pick(|v| &v.owner_hint, d.owner_hint.to_string()).into(),
                disclaimer: pick(|v| &v.disclaimer, d.disclaimer.to_string()).into(),
                services: pick(|v| &v.services, d.services.to_string()).into(),
                placeholders: v
                    .map(|v| {
                        v.placeholders
                            .iter()
                            .map(|(k, x)| (Text::from(k), Text::from(x)))
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        };

        // Hashed once: at 10,000 questions the text is 8 MB.
        let content_hash = super::text_hash(text);
        let mut q = Questionnaire {
            id: Text::from(raw.questionnaire.id.get_ref()),
            version: Text::from(&raw.questionnaire.version),
            title: Text::from(&raw.questionnaire.title),
            description: Text::from(&raw.questionnaire.description),
            policy: Policy {
                name: Text::from(&raw.policy.name),
                date: Text::from(&raw.policy.date),
                url: Text::from(&raw.policy.url),
            },
            content_hash: content_hash.clone(),
            sections: raw
                .section
                .iter()
                .map(|s| Section {
                    id: Text::from(s.id.get_ref()),
                    title: Text::from(&s.title),
                    intro: Text::from(&s.intro),
                    layer: 0,
                })
                .collect(),
            questions,
            prohibitions: raw.prohibition.iter().map(entry).collect(),
            categories: raw.category.iter().map(entry).collect(),
            requirements,
            factors: raw
                .factor
                .iter()
                .map(|f| Factor {
                    id: Text::from(f.id.get_ref()),
                    title: Text::from(&f.title),
                    description: Text::from(&f.description),
                })
                .collect(),
            safeguards,
            contradictions,
            floors,
            vocabulary,
            source: String::new(),
            migration: raw.migration.as_ref().map(|m| m.get_ref().clone()),
            layers: vec![Layer {
                id: raw.questionnaire.id.get_ref().clone(),
                version: raw.questionnaire.version.clone(),
                title: raw.questionnaire.title.clone(),
                extends: String::new(),
                policy: None,
                source: String::new(),
                content_hash,
            }],
            frameworks,
            tiers: TierRules {
                medium_at: *t.medium_at.get_ref(),
                high_at: *t.high_at.get_ref(),
                consequential_floor: *t.consequential_floor.get_ref(),
                max_mitigation_percent: *t.max_mitigation_percent.get_ref(),
                review_months: t
                    .review_months
                    .as_ref()
                    .map(|r| *r.get_ref())
                    .unwrap_or_default(),
            },
            index: Index::default(),
        };
        q.reindex();
        if let Some(m) = &raw.migration {
            let named = m.get_ref();
            let targets = named
                .renamed
                .values()
                .chain(named.options.keys())
                .chain(named.reconfirm.keys())
                .chain(named.split.values().flat_map(|x| {
                    x.into
                        .iter()
                        .chain(x.answers.values().flat_map(|m| m.keys()))
                }));
            for id in targets {
                if q.question(id).is_none() {
                    self.err(
                        span_of(m),
                        format!("migration: `{id}` is not a question of this version"),
                        "name questions by their id in this version (renamed = { old-id = \"new-id\" })",
                    );
                }
            }
        }
        if self.errors.is_empty() {
            self.check_reachable(&mut q, &raw);
        }
        let used: HashSet<&str> = q.questions.iter().map(|x| x.section.as_str()).collect();
        for s in &q.sections {
            if !used.contains(s.id.as_str()) {
                let span = raw
                    .section
                    .iter()
                    .find(|r| r.id.get_ref() == &s.id)
                    .and_then(|r| span_of(&r.id));
                self.err(
                    span,
                    format!("section `{}` has no questions", s.id),
                    "add questions to it or remove the section",
                );
            }
        }
        q
    }
}
