//! Checking one question: its kind, options and bands, their effects and points, its show_if, role and notes.

use super::*;

impl Validator<'_> {
    /// Checks one question and adds it to `questions` (in asking order, as `build` calls it).
    pub(crate) fn question(
        &mut self,
        rq: &RawQuestion,
        scope: &Scope<'_, '_>,
        roles_seen: &mut HashMap<String, String>,
        questions: &mut Vec<Question>,
    ) {
        let Scope {
            section_at,
            section_order,
            position,
            refs,
            ids,
        } = *scope;
        let qid = rq.id.get_ref().clone();
        if !section_at.contains_key(rq.section.get_ref().as_str()) {
            self.err(
                span_of(&rq.section),
                format!(
                    "question `{qid}` is in unknown section `{}`",
                    rq.section.get_ref()
                ),
                format!(
                    "declare it with [[section]] or use one of: {}",
                    section_order.join(", ")
                ),
            );
        }
        let kind = match rq.kind.get_ref() {
            RawKind::Single => QuestionKind::Single,
            RawKind::Multi => QuestionKind::Multi,
            RawKind::YesNo => QuestionKind::YesNo,
            RawKind::Text => QuestionKind::Text,
            RawKind::LongText => QuestionKind::LongText,
            RawKind::Number => QuestionKind::Number,
            RawKind::Date => QuestionKind::Date,
        };
        let owner = format!("question `{qid}`");
        let mut options = Vec::new();
        for ro in &rq.option {
            let o = ro.get_ref();
            let Some(oid) = &o.id else {
                self.err(
                    span_of(ro),
                    format!("an option of {owner} has no id"),
                    "add id = \"...\" to the option",
                );
                continue;
            };
            if o.at_least.is_some() {
                self.err(
                    span_of(ro),
                    format!("option `{}` of {owner} has at_least", oid.get_ref()),
                    "at_least belongs to [[question.band]] of number questions; remove it",
                );
            }
            let effects = self.effects(o, &owner, ids);
            if o.exclusive && kind != QuestionKind::Multi {
                self.err(
                    span_of(oid),
                    format!("option `{}` of {owner} is exclusive, but only multi questions combine options", oid.get_ref()),
                    "remove exclusive = true, or use type = \"multi\"",
                );
            }
            options.push((oid, o.label.clone(), o.exclusive, effects));
        }
        self.ids(
            &format!("option (in question `{qid}`)"),
            &options.iter().map(|(id, _, _, _)| *id).collect::<Vec<_>>(),
        );
        let mut choices: Vec<Choice> = options
            .into_iter()
            .map(|(id, label, exclusive, effects)| Choice {
                id: Text::from(id.get_ref()),
                label: label.into(),
                exclusive,
                effects,
                layer: 0,
            })
            .collect();
        match kind {
            QuestionKind::Single | QuestionKind::Multi if choices.len() < 2 => {
                self.err(
                    span_of(&rq.id),
                    format!(
                        "{owner} is a {} question with fewer than two options",
                        kind.name()
                    ),
                    "add [[question.option]] entries, or use type = \"yes_no\"",
                );
            }
            QuestionKind::YesNo => {
                for c in &choices {
                    if c.id != "yes" && c.id != "no" {
                        self.err(span_of(&rq.id), format!("{owner} is yes_no but has option `{}`", c.id), "yes_no options may only be `yes` and `no`; use type = \"single\" for other options");
                    }
                }
                for (id, label) in [("yes", "Yes"), ("no", "No")] {
                    match choices.iter_mut().find(|c| c.id == id) {
                        Some(c) if c.label.is_empty() => c.label = Text::from(label),
                        Some(_) => {}
                        None => choices.push(Choice {
                            id: Text::from(id),
                            label: Text::from(label),
                            exclusive: false,
                            effects: Effects::default(),
                            layer: 0,
                        }),
                    }
                }
                choices.sort_by_key(|c| c.id != "yes");
            }
            QuestionKind::Text
            | QuestionKind::LongText
            | QuestionKind::Number
            | QuestionKind::Date
                if !choices.is_empty() =>
            {
                self.err(
                    span_of(&rq.id),
                    format!("{owner} is a {} question but has options", kind.name()),
                    "remove the [[question.option]] entries or change the type",
                );
            }
            _ => {}
        }
        let mut bands = Vec::new();
        for rb in &rq.band {
            let b = rb.get_ref();
            if kind != QuestionKind::Number {
                self.err(
                    span_of(rb),
                    format!("{owner} has a band but is not a number question"),
                    "bands apply to type = \"number\" only",
                );
            }
            let Some(at_least) = b.at_least else {
                self.err(
                    span_of(rb),
                    format!("a band of {owner} has no at_least"),
                    "add at_least = N",
                );
                continue;
            };
            if b.id.is_some() {
                self.err(
                    span_of(rb),
                    format!("a band of {owner} has an id"),
                    "bands are identified by at_least; remove id",
                );
            }
            let effects = self.effects(b, &owner, ids);
            bands.push(Band {
                at_least,
                label: Text::from(&b.label),
                effects,
            });
        }
        bands.sort_by(|a, b| a.at_least.total_cmp(&b.at_least));
        if let (Some(min), Some(max)) = (rq.min, rq.max)
            && min > max
        {
            self.err(
                span_of(&rq.id),
                format!("{owner}: min ({min}) is above max ({max})"),
                "swap min and max",
            );
        }
        if (rq.min.is_some() || rq.max.is_some() || rq.integer) && kind != QuestionKind::Number {
            self.err(
                span_of(&rq.id),
                format!("{owner} has min/max but is not a number question"),
                "remove min and max",
            );
        }
        let show_if = rq
            .show_if
            .as_ref()
            .and_then(|c| self.condition(c, &owner, position.get(&qid).copied(), refs));
        let qid_for_role = qid.clone();
        questions.push(Question {
            id: qid.into(),
            section: Text::from(rq.section.get_ref()),
            kind,
            prompt: Text::from(&rq.prompt),
            help: Text::from(&rq.help),
            clause: Text::from(&rq.clause),
            optional: rq.optional,
            show_if,
            options: choices,
            bands,
            min: rq.min,
            max: rq.max,
            integer: rq.integer,
            placeholder: Text::from(&rq.placeholder),
            risk_combine: *rq.risk_combine.get_ref(),
            role: rq.role.as_ref().map(|r| Text::from(r.get_ref())),
            layer: 0,
            help_layer: 0,
        });
        if let Some(role) = &rq.role {
            let name = role.get_ref();
            if !ROLES.iter().any(|(r, _)| r == name) {
                self.err(
                    span_of(role),
                    format!("{owner} has unknown role `{name}`"),
                    format!(
                        "use one of: {}",
                        ROLES.iter().map(|(r, _)| *r).collect::<Vec<_>>().join(", ")
                    ),
                );
            } else if let Some(prev) = roles_seen.insert(name.clone(), qid_for_role.clone()) {
                self.err(
                    span_of(role),
                    format!("{owner} has role `{name}`, which question `{prev}` already has"),
                    "give each role to one question",
                );
            }
        }
        if *rq.risk_combine.get_ref() == RiskCombine::Max && kind != QuestionKind::Multi {
            self.err(
                span_of(&rq.risk_combine),
                format!("{owner} sets risk_combine, but only multi questions pick several options"),
                "remove risk_combine, or use type = \"multi\"",
            );
        }
    }

    pub(crate) fn effects(&mut self, o: &RawOption, owner: &str, ids: &Ids<'_>) -> Effects {
        let Ids {
            prohibitions,
            categories,
            factors,
            safeguards,
        } = *ids;
        self.check_refs("prohibition", &o.prohibits, prohibitions, owner);
        self.check_refs("prohibition", &o.concerns, prohibitions, owner);
        self.check_refs("category", &o.categories, categories, owner);
        self.check_refs("safeguard", &o.satisfies, safeguards, owner);
        self.check_refs("category", &o.clears, categories, owner);
        let who = match (&o.id, &o.at_least) {
            (Some(id), _) => format!("option `{}` of {owner}", id.get_ref()),
            (None, Some(at)) => format!("the band at {at} of {owner}"),
            (None, None) => owner.to_string(),
        };
        let mut risk = BTreeMap::new();
        for (f, points) in &o.risk {
            let n = self.points(Some(points), &format!("{who} gives factor `{f}`"));
            risk.insert(Text::from(f.as_str()), n);
        }
        for (f, points) in &o.risk {
            if !factors.contains(f) {
                // At the points given to it (a band has no id to point at: a hostile check got
                // 1:1), else at the option's id.
                let span = span_of(points).or_else(|| o.id.as_ref().and_then(span_of));
                self.err(
                    span,
                    format!("{owner} adds risk to unknown factor `{f}`"),
                    format!("use one of the declared factor ids: {}", sorted(factors)),
                );
            }
        }
        let ids = |v: &[Spanned<String>]| v.iter().map(|s| Text::from(s.get_ref())).collect();
        Effects {
            prohibits: ids(&o.prohibits),
            concerns: ids(&o.concerns),
            categories: ids(&o.categories),
            risk,
            satisfies: ids(&o.satisfies),
            clears: ids(&o.clears),
            note_required: o.note_required,
            note_hint: Text::from(&o.note_hint),
        }
    }

    /// A number of risk points or credit, checked against [`MAX_POINTS`]: `what` says whose
    /// it is ("option `x` of question `q` gives factor `f`"). Too many is an error, located
    /// at the number.
    pub(crate) fn points(&mut self, n: Option<&Spanned<u32>>, what: &str) -> u32 {
        let Some(n) = n else { return 0 };
        let v = *n.get_ref();
        self.points_read = self
            .points_read
            .saturating_add(u64::from(v.min(MAX_POINTS)));
        if self.points_read > MAX_TOTAL_POINTS && self.total_passed_at.is_none() {
            self.total_passed_at = span_of(n);
        }
        if v > MAX_POINTS {
            self.err(
                span_of(n),
                format!("{what} {v} points, more than the {MAX_POINTS} raia allows"),
                format!("use at most {MAX_POINTS}: scores add points up, so a larger number can only mean \"always high\", and it could overflow"),
            );
        }
        v
    }
}
