//! Crosswalk reports: one assessment read against another framework (`raia report --crosswalk
//! eu-ai-act`). For each item of the framework, the safeguards and requirements that map to it,
//! their status and evidence as the assessment report gives them, and what that means for the
//! item. An item nothing maps to is "not covered by this assessment", never met.

use super::escape;
use super::model::{Report, RequirementRow, SafeguardRow};
use crate::assessment::{Assessment, SafeguardStatus};
use crate::engine::RequirementState;
use crate::explain;
use crate::questionnaire::{Framework, Layer, Questionnaire, Relationship};
use serde::Serialize;

/// What the assessment shows about one item of the other framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CrosswalkStatus {
    /// A safeguard or requirement that asks the same thing is in place, and nothing mapped
    /// here is open or contradicted.
    Addressed,
    /// What is mapped here and in place covers part of the item.
    PartlyAddressed,
    /// Only safeguards that bear on the item without covering it are in place: nothing shows
    /// the item itself.
    RelatedOnly,
    /// What is mapped here is required and not applicable, each with a reason.
    NotApplicable,
    /// Something the policy requires for this use is mapped here and open: missing, planned,
    /// recorded without a reason or evidence, or recorded not applicable where the use needs it, or a
    /// policy requirement not met.
    Gap,
    /// Only recommended practice mapped here is open: never called a breach of the policy.
    RecommendationsOpen,
    /// The answers contradict a status mapped here, or the assessment is incomplete.
    ToBeConfirmed,
    /// Things map here, but none is required for this use.
    NotRequired,
    /// Nothing in the questionnaire maps here.
    NotCovered,
}

/// One safeguard or requirement behind an item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CrosswalkLink {
    /// "safeguard" or "requirement".
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    pub relationship: Relationship,
    /// "equal", "part of", "related".
    pub relationship_label: String,
    pub required: bool,
    pub status_label: String,
    pub evidence: String,
    pub basis_label: String,
    /// For an overlay's item: which layer requires it and where.
    pub required_by: String,
    /// Required and open.
    /// Whether the policy's own words require it ("must") for this use: open, it is a breach.
    /// Else a "should" or recommended practice, never called a breach.
    pub policy: bool,
    pub gap: bool,
    /// Required, and the answers contradict its status.
    pub to_be_confirmed: bool,
    /// Required, and in place (or met) with nothing contradicting it.
    pub in_place: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CrosswalkItem {
    /// `framework:item`.
    pub id: String,
    pub item: String,
    pub title: String,
    pub status: CrosswalkStatus,
    pub status_label: String,
    pub links: Vec<CrosswalkLink>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CrosswalkCounts {
    pub items: usize,
    pub addressed: usize,
    pub partly_addressed: usize,
    pub related_only: usize,
    pub not_applicable: usize,
    pub gaps: usize,
    pub recommendations_open: usize,
    pub to_be_confirmed: usize,
    pub not_required: usize,
    pub not_covered: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Crosswalk {
    pub schema_version: u32,
    pub generator: String,
    pub assessment_hash: String,
    pub system: String,
    pub framework: Framework,
    /// The layer that declares the framework and its mappings.
    pub framework_layer: String,
    pub questionnaire_hash: String,
    pub layers: Vec<Layer>,
    pub layers_label: String,
    pub binding_message: String,
    pub binding_label: String,
    pub tier_label: String,
    pub complete: bool,
    /// What the assessment says about its own rules, in one sentence.
    pub compliance: String,
    pub counts: CrosswalkCounts,
    pub items: Vec<CrosswalkItem>,
    pub disclaimer: String,
}

fn safeguard_link(s: &SafeguardRow, relationship: Relationship) -> CrosswalkLink {
    // Evidence lapsed as of today is no safeguard in place: to be confirmed once renewed (a
    // review saw it count towards "partly addressed" while the gate failed on it).
    let contradicted = s.required && (!s.conflict.is_empty() || s.lapsed);
    let gap = s.required
        && !contradicted
        && (s.unjustified
            || matches!(
                s.status,
                SafeguardStatus::Missing | SafeguardStatus::Planned
            ));
    CrosswalkLink {
        kind: "safeguard",
        id: s.id.clone(),
        title: s.title.clone(),
        relationship,
        relationship_label: relationship.name().to_string(),
        required: s.required,
        status_label: if s.required {
            s.status_label.clone()
        } else {
            format!("not required for this use ({})", s.status_label)
        },
        evidence: s.evidence.clone(),
        basis_label: s.basis_label.clone(),
        required_by: s.required_by.clone(),
        gap,
        // Only what the policy's words require ("must") is a breach when open; a "should" and
        // recommended practice are not.
        policy: s.basis == crate::questionnaire::Basis::Policy
            && s.obligation == Some(crate::questionnaire::Obligation::Must),
        to_be_confirmed: contradicted,
        in_place: s.required && !gap && !contradicted && s.status == SafeguardStatus::InPlace,
    }
}

fn requirement_link(
    q: &Questionnaire,
    r: &RequirementRow,
    relationship: Relationship,
) -> CrosswalkLink {
    CrosswalkLink {
        kind: "requirement",
        id: r.id.clone(),
        title: r.title.clone(),
        relationship,
        relationship_label: relationship.name().to_string(),
        required: r.applies,
        status_label: r.status_label.clone(),
        evidence: if r.safeguards.is_empty() {
            String::new()
        } else {
            // Titles, not ids: every reason reads in words.
            format!(
                "safeguards: {}",
                r.safeguards
                    .iter()
                    .map(|id| q.safeguard(id).map_or(id.as_str(), |s| s.title.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
        basis_label: r.basis_label.clone(),
        required_by: r.required_by.clone(),
        policy: r.basis == crate::questionnaire::Basis::Policy
            && r.state == RequirementState::NotMet,
        gap: r.applies
            && matches!(
                r.state,
                RequirementState::NotMet | RequirementState::NotShown | RequirementState::Open
            ),
        to_be_confirmed: (r.applies || r.in_doubt) && r.state == RequirementState::ToBeConfirmed,
        in_place: r.applies && r.state == RequirementState::Met,
    }
}

/// Why nothing is called addressed: the first of these that holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsettled {
    /// Questions or required notes are open.
    Incomplete,
    /// The assessment is not bound to the questionnaire text in use.
    Unbound,
    /// A contradiction or raia's judgement on the answers holds.
    Contradicted,
}

/// The status of an item from what maps to it. `settled`: the assessment is complete and
/// bound, and no declared contradiction holds; otherwise nothing is called addressed.
fn item_status(links: &[CrosswalkLink], settled: bool) -> CrosswalkStatus {
    let required: Vec<&CrosswalkLink> = links.iter().filter(|l| l.required).collect();
    if links.is_empty() {
        CrosswalkStatus::NotCovered
    } else if required.iter().any(|l| l.to_be_confirmed) {
        CrosswalkStatus::ToBeConfirmed
    } else if required.iter().any(|l| l.gap && l.policy) {
        CrosswalkStatus::Gap
    } else if required.iter().any(|l| l.gap) {
        CrosswalkStatus::RecommendationsOpen
    } else if required.is_empty() {
        CrosswalkStatus::NotRequired
    } else if !settled {
        CrosswalkStatus::ToBeConfirmed
    } else if required
        .iter()
        .any(|l| l.in_place && l.relationship == Relationship::Equal)
    {
        CrosswalkStatus::Addressed
    } else if required
        .iter()
        .any(|l| l.in_place && l.relationship == Relationship::PartOf)
    {
        CrosswalkStatus::PartlyAddressed
    } else if required.iter().any(|l| l.in_place) {
        CrosswalkStatus::RelatedOnly
    } else {
        CrosswalkStatus::NotApplicable
    }
}

/// The crosswalk of one assessment to `framework` (an id of [`Questionnaire::frameworks`]).
pub fn build(
    q: &Questionnaire,
    a: &Assessment,
    framework: &str,
    today: Option<&str>,
) -> anyhow::Result<Crosswalk> {
    let Some(fw) = q.frameworks.iter().find(|f| f.id == framework) else {
        anyhow::bail!(
            "no layer of the questionnaire declares framework `{framework}`; declared: {}",
            if q.frameworks.is_empty() {
                "none".to_string()
            } else {
                q.frameworks
                    .iter()
                    .map(|f| f.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
    };
    let report = Report::build_on(q, a, today);
    let unsettled = if !report.status.complete {
        Some(Unsettled::Incomplete)
    } else if !report.questionnaire.binding_message.is_empty() {
        Some(Unsettled::Unbound)
    } else if !report.contradictions.is_empty() {
        Some(Unsettled::Contradicted)
    } else {
        None
    };
    let settled = unsettled.is_none();
    let rows = report
        .safeguards
        .required
        .iter()
        .chain(&report.safeguards.not_required);
    let mut items = Vec::new();
    let mut counts = CrosswalkCounts::default();
    for it in &fw.items {
        let full = format!("{}:{}", fw.id, it.id);
        let mut links: Vec<CrosswalkLink> = Vec::new();
        for s in rows.clone() {
            let Some(def) = q.safeguard(&s.id) else {
                continue;
            };
            for m in def.maps_to.iter().filter(|m| m.id == full) {
                links.push(safeguard_link(s, m.relationship));
            }
        }
        for r in &report.requirements {
            let Some(def) = q.requirement(&r.id) else {
                continue;
            };
            for m in def.maps_to.iter().filter(|m| m.id == full) {
                links.push(requirement_link(q, r, m.relationship));
            }
        }
        // Required first, closest relationship first.
        links.sort_by_key(|l| (!l.required, l.relationship));
        let status = item_status(&links, settled);
        counts.items += 1;
        match status {
            CrosswalkStatus::Addressed => counts.addressed += 1,
            CrosswalkStatus::PartlyAddressed => counts.partly_addressed += 1,
            CrosswalkStatus::RelatedOnly => counts.related_only += 1,
            CrosswalkStatus::NotApplicable => counts.not_applicable += 1,
            CrosswalkStatus::Gap => counts.gaps += 1,
            CrosswalkStatus::RecommendationsOpen => counts.recommendations_open += 1,
            CrosswalkStatus::ToBeConfirmed => counts.to_be_confirmed += 1,
            CrosswalkStatus::NotRequired => counts.not_required += 1,
            CrosswalkStatus::NotCovered => counts.not_covered += 1,
        }
        items.push(CrosswalkItem {
            id: full,
            item: it.id.clone(),
            title: it.title.clone(),
            status,
            status_label: explain::crosswalk_status(status, unsettled).to_string(),
            links,
        });
    }
    Ok(Crosswalk {
        schema_version: 1,
        generator: report.generator.clone(),
        assessment_hash: report.assessment_hash.clone(),
        system: report.metadata.system.clone(),
        framework: fw.clone(),
        framework_layer: q
            .layers
            .get(fw.layer)
            .map_or_else(String::new, |l| format!("{} ({})", l.title, l.source)),
        questionnaire_hash: q.content_hash.clone(),
        layers: q.layers.clone(),
        layers_label: explain::layers(q),
        binding_message: report.questionnaire.binding_message.clone(),
        binding_label: report.questionnaire.binding_label.clone(),
        tier_label: report.tier_label.clone(),
        complete: report.status.complete,
        compliance: report.compliance.statement.clone(),
        counts,
        items,
        disclaimer: report.disclaimer.clone(),
    })
}

impl Crosswalk {
    pub fn json(&self) -> String {
        super::sealed(
            super::json_terminal_safe(super::pretty_json(self).unwrap_or_default()),
            true,
        )
    }

    pub fn markdown(&self) -> String {
        use std::fmt::Write;
        let c = escape::cell;
        let mut out = String::new();
        let system = if self.system.trim().is_empty() {
            "unnamed system".to_string()
        } else {
            c(&self.system)
        };
        let _ = writeln!(
            out,
            "# Crosswalk: {system} against {}\n",
            c(&self.framework.title)
        );
        out.push_str("| Item | Detail |\n|---|---|\n");
        let _ = writeln!(out, "| System | {system} |");
        let _ = writeln!(
            out,
            "| Framework | {} (`{}`), {} |",
            c(&self.framework.title),
            self.framework.id,
            c(&self.framework.source)
        );
        let _ = writeln!(out, "| Mappings from | {} |", c(&self.framework_layer));
        let layers: Vec<String> = self
            .layers
            .iter()
            .enumerate()
            .map(|(i, l)| {
                format!(
                    "{}. {} (`{}`, version `{}`), {}",
                    i + 1,
                    c(&l.title),
                    l.id,
                    l.version,
                    c(&l.source)
                )
            })
            .collect();
        let _ = writeln!(out, "| Layers | {} |", layers.join("<br>"));
        let _ = writeln!(
            out,
            "| Questionnaire SHA-256 | `{}` |",
            self.questionnaire_hash
        );
        let _ = writeln!(out, "| Assessment SHA-256 | `{}` |", self.assessment_hash);
        let _ = writeln!(
            out,
            "| Result | {}; {} |",
            c(&self.tier_label),
            if self.complete {
                "complete"
            } else {
                "incomplete"
            }
        );
        let _ = writeln!(out, "| Generated by | {} |\n", self.generator);
        if !self.binding_message.is_empty() {
            let _ = writeln!(
                out,
                "> **{}:** {}.\n",
                c(&self.binding_label),
                c(&self.binding_message)
            );
        }
        let _ = writeln!(out, "{}\n", escape::md(&self.compliance));
        let n = &self.counts;
        let _ = writeln!(
            out,
            "## Summary\n\n{} items: {} addressed, {} partly addressed, {} with only related safeguards in place, {} not applicable with reasons, {} with gaps against the assessed policy, {} with only recommendations open, {} to be confirmed, {} with nothing required for this use, {} not covered by this assessment.\n",
            n.items,
            n.addressed,
            n.partly_addressed,
            n.related_only,
            n.not_applicable,
            n.gaps,
            n.recommendations_open,
            n.to_be_confirmed,
            n.not_required,
            n.not_covered
        );
        out.push_str("This is a reading of the assessment against the framework's identifiers: \"addressed\" means the mapped safeguards are in place as answered, not that the framework's obligation is met. Items marked not covered are outside what this assessment asks.\n\n");
        out.push_str("## Items\n\n| Id | Item | Status | Safeguards and requirements behind it |\n|---|---|---|---|\n");
        for it in &self.items {
            let strong = matches!(
                it.status,
                CrosswalkStatus::Gap | CrosswalkStatus::ToBeConfirmed | CrosswalkStatus::NotCovered
            );
            let status = if strong {
                format!("**{}**", it.status_label)
            } else {
                it.status_label.clone()
            };
            let links: Vec<String> = it
                .links
                .iter()
                .map(|l| {
                    let state = if l.gap || l.to_be_confirmed {
                        format!("**{}**", c(&l.status_label))
                    } else {
                        c(&l.status_label)
                    };
                    let evidence = if l.evidence.trim().is_empty() {
                        String::new()
                    } else {
                        format!("; evidence: {}", c(&l.evidence))
                    };
                    let by = if l.required_by.is_empty() {
                        String::new()
                    } else {
                        format!("; {}", c(&l.required_by))
                    };
                    format!(
                        "{} `{}` ({}, {}): {state}{evidence}{by}",
                        c(&l.title),
                        l.id,
                        l.kind,
                        l.relationship_label
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "| `{}` | {} | {status} | {} |",
                it.item,
                c(&it.title),
                if links.is_empty() {
                    "nothing maps here".to_string()
                } else {
                    links.join("<br>")
                }
            );
        }
        let gaps: Vec<&CrosswalkItem> = self
            .items
            .iter()
            .filter(|i| {
                matches!(
                    i.status,
                    CrosswalkStatus::Gap | CrosswalkStatus::ToBeConfirmed
                )
            })
            .collect();
        if !gaps.is_empty() {
            out.push_str("\n## Gaps and items to confirm\n");
            for it in gaps {
                let _ = writeln!(
                    out,
                    "\n### `{}` {} ({})\n",
                    it.item,
                    c(&it.title),
                    it.status_label
                );
                for l in it.links.iter().filter(|l| l.gap || l.to_be_confirmed) {
                    let _ = writeln!(
                        out,
                        "- {} `{}`: {} ({}){}",
                        c(&l.title),
                        l.id,
                        c(&l.status_label),
                        c(&l.basis_label),
                        if l.required_by.is_empty() {
                            String::new()
                        } else {
                            format!("; {}", c(&l.required_by))
                        }
                    );
                }
            }
        }
        let uncovered: Vec<&CrosswalkItem> = self
            .items
            .iter()
            .filter(|i| i.status == CrosswalkStatus::NotCovered)
            .collect();
        if !uncovered.is_empty() {
            out.push_str("\n## Not covered by this assessment\n\nNothing in the questionnaire maps to these; the assessment says nothing about them.\n\n");
            for it in uncovered {
                let _ = writeln!(out, "- `{}` {}", it.item, c(&it.title));
            }
        }
        let _ = writeln!(out, "\n---\n\n{}\n", escape::md(&self.disclaimer));
        super::with_marker(super::markdown_terminal_safe(out))
    }
}

/// `raia report --crosswalk FRAMEWORK`: the crosswalk as Markdown or JSON, with the built-in
/// crosswalk overlay stacked on the questionnaire when no layer declares the framework.
pub fn render(
    q: Questionnaire,
    a: &Assessment,
    framework: &str,
    json: bool,
    today: Option<&str>,
) -> anyhow::Result<String> {
    let q = crate::questionnaire::with_framework(q, framework)?;
    let c = build(&q, a, framework, today)?;
    Ok(if json { c.json() } else { c.markdown() })
}
