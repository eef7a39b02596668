//! Looking things up in a loaded questionnaire: by id, by role, what an answer may show or hide.

use super::*;

impl Questionnaire {
    /// A questionnaire that claims the built-in's id and version with other text: results made
    /// with it cannot be compared with the built-in's, whatever it says.
    /// It carries the built-in questionnaire's id but is none of its releases: reports would
    /// present edited rules under the built-in name (a hostile review kept the id with a
    /// version of its own, and turned a prohibition into a concern).
    pub fn imitates_builtin(&self) -> bool {
        let (id, _) = builtin_id_version();
        let borrowed = |hash: &str| hash != builtin_hash() && !is_builtin_release_hash(hash);
        (self.id == id && borrowed(&self.content_hash))
            // Under an overlay too: a tenth hostile review relabelled the built-in rules as a
            // version of their own, weakened them, and put an overlay on top, which passed.
            || self
                .layers
                .iter()
                .any(|l| l.id == id && !l.content_hash.is_empty() && borrowed(&l.content_hash))
    }

    /// Its base rules name the policy the built-in questionnaire reads (by its address) but are
    /// neither a built-in release nor an overlay of one: a reading of that policy that is not
    /// raia's, whose "no gap" is its own (a hostile review copied the built-in rules under an id
    /// of its own, made human oversight a recommendation, and the response to AWS said no gap
    /// against the AWS policy was found).
    pub fn reads_builtin_policy_its_own_way(&self) -> bool {
        let base_hash = self
            .layers
            .first()
            .map_or(self.content_hash.as_str(), |l| l.content_hash.as_str());
        !base_hash.is_empty()
            && base_hash != builtin_hash()
            && !is_builtin_release_hash(base_hash)
            && !self.imitates_builtin()
            // By name or address, as rules that must screen its prohibited uses are found: a
            // hostile review hid a copy behind the address with a query string added.
            && self.policy.names_aws()
    }

    /// The older built-in release these rules are (or an overlay of them extends), when a newer
    /// one is built in: its rules lack what later releases fixed, so a result read against it
    /// cannot pass the gate (a hostile review passed a stated prohibited intent by writing the
    /// older version into the file).
    pub fn superseded_release(&self) -> Option<&str> {
        let (id, newest) = builtin_id_version();
        std::iter::once((self.id.as_ref(), self.version.as_ref()))
            .chain(
                self.layers
                    .iter()
                    .map(|l| (l.id.as_str(), l.version.as_str())),
            )
            .find(|&(i, v)| i == id && v != newest && builtin_version(v).is_some())
            .map(|(_, v)| v)
    }
}

impl Questionnaire {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.get(self.question_index(id)?)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.index.questions.find(&self.questions, id, |x| &x.id)
    }

    /// `question_index(id)`, looking first at the few questions from position `from` on. Ids
    /// taken in asking order (the visible questions, say) are each found where the last one
    /// left off, without hashing: at 10,000 questions a hash lookup costs several cache misses.
    pub fn question_index_from(&self, id: &str, from: usize) -> Option<usize> {
        let end = from.saturating_add(8).min(self.questions.len());
        let near = self
            .questions
            .get(from..end)
            .and_then(|near| near.iter().position(|x| x.id == id));
        match near {
            Some(k) => Some(from + k),
            None => self.question_index(id),
        }
    }

    pub fn safeguard(&self, id: &str) -> Option<&Safeguard> {
        self.safeguards.get(self.safeguard_index(id)?)
    }

    pub fn safeguard_index(&self, id: &str) -> Option<usize> {
        self.index.safeguards.find(&self.safeguards, id, |x| &x.id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        let i = self.index.sections.find(&self.sections, id, |x| &x.id)?;
        self.sections.get(i)
    }

    pub fn prohibition(&self, id: &str) -> Option<&CatalogueEntry> {
        self.prohibitions.iter().find(|s| s.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&CatalogueEntry> {
        self.categories.iter().find(|s| s.id == id)
    }

    pub fn requirement(&self, id: &str) -> Option<&Requirement> {
        self.requirements.iter().find(|s| s.id == id)
    }

    pub fn factor(&self, id: &str) -> Option<&Factor> {
        self.factors.iter().find(|s| s.id == id)
    }

    /// The positions of [`Self::questions_satisfying`], in asking order: what an answer by
    /// position is looked up with, without finding each question's id again.
    pub fn positions_satisfying(&self, safeguard: &str) -> std::borrow::Cow<'_, [usize]> {
        self.positions_where(self.index.positions_satisfying(self, safeguard), |x| {
            x.options
                .iter()
                .any(|o| o.effects.satisfies.iter().any(|s| s == safeguard))
        })
    }

    /// The questions with an option that names this safeguard in `satisfies`, in asking order.
    pub fn questions_satisfying(&self, safeguard: &str) -> Vec<&Question> {
        self.positions_satisfying(safeguard)
            .iter()
            .filter_map(|&i| self.questions.get(i))
            .collect()
    }

    /// The positions of the questions with an option that says reviewers change "a meaningful"
    /// share of outcomes and one that draws the line "under 1 in 100", in asking order.
    pub fn rate_lines(&self) -> std::borrow::Cow<'_, [usize]> {
        self.positions_where(self.index.rate_lines(self), super::index::draws_a_rate_line)
    }

    /// The positions of the safeguards under requirement `id`, in the catalogue's order.
    pub fn positions_under(&self, id: &str) -> std::borrow::Cow<'_, [usize]> {
        positions_in(&self.safeguards, self.index.under(self, id), |s| {
            s.requirement == id
        })
    }

    /// The positions of the questions that ask for the limitations or what is out of scope, in
    /// asking order.
    pub fn positions_asking_limits(&self) -> std::borrow::Cow<'_, [usize]> {
        self.positions_where(self.index.limits(self), super::index::asks_for_limits)
    }

    /// The positions of the questions with an option that confirms prohibition `id` or raises
    /// a concern of it, in asking order.
    pub fn positions_screening(&self, id: &str) -> std::borrow::Cow<'_, [usize]> {
        self.positions_where(self.index.screening(self, id), |x| {
            x.options.iter().any(|o| {
                o.effects
                    .prohibits
                    .iter()
                    .chain(&o.effects.concerns)
                    .any(|w| w == id)
            })
        })
    }

    /// The positions the index lists, or, where the lists were edited since it was built, those
    /// of the questions `pick` keeps, found again.
    fn positions_where<'a>(
        &'a self,
        indexed: Option<&'a [usize]>,
        pick: impl Fn(&Question) -> bool,
    ) -> std::borrow::Cow<'a, [usize]> {
        positions_in(&self.questions, indexed, pick)
    }

    /// Rebuilds the lookup index after the lists of questions, safeguards or sections were
    /// edited in place. Loading builds it; lookups stay correct without it, only slower.
    pub fn reindex(&mut self) {
        self.index = Index::new(self);
    }
}

impl Questionnaire {
    /// For each question, the prohibitions it screens for: those its own options can confirm or
    /// raise, and those of every question it shows or hides (a gate such as "which of these does
    /// the system do?" screens for everything behind it).
    pub fn screening(&self) -> foldhash::HashMap<&str, std::collections::BTreeSet<&str>> {
        use foldhash::{HashMap, HashMapExt};
        use std::collections::BTreeSet;
        // Who reads whom, once: for each question, the positions of the questions whose
        // show_if reads it.
        let mut readers: Vec<Vec<usize>> = vec![Vec::new(); self.questions.len()];
        for (j, later) in self.questions.iter().enumerate() {
            let Some(c) = &later.show_if else { continue };
            let mut read = c.questions();
            read.sort_unstable();
            read.dedup();
            for id in read {
                if let Some(r) = self.question_index(id).and_then(|i| readers.get_mut(i)) {
                    r.push(j);
                }
            }
        }
        // Conditions only read earlier questions, so walking backwards sees every dependant first.
        let mut sets: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); self.questions.len()];
        for (i, (question, later)) in self.questions.iter().zip(&readers).enumerate().rev() {
            let mut set: BTreeSet<&str> = question
                .options
                .iter()
                .map(|o| &o.effects)
                .chain(question.bands.iter().map(|b| &b.effects))
                .flat_map(|e| e.prohibits.iter().chain(e.concerns.iter()))
                .map(Text::as_str)
                .collect();
            for &j in later.iter().filter(|&&j| j > i) {
                if let Some(s) = sets.get(j) {
                    set.extend(s.iter().copied());
                }
            }
            if let Some(slot) = sets.get_mut(i) {
                *slot = set;
            }
        }
        let mut out: HashMap<&str, BTreeSet<&str>> = HashMap::with_capacity(sets.len());
        for (question, set) in self.questions.iter().zip(sets).rev() {
            out.insert(question.id.as_str(), set);
        }
        out
    }
}

impl Questionnaire {
    /// The answers that show a safeguard in place, in words ("prompt → option label"): options
    /// that name it in `satisfies`, and its own `satisfied_when`.
    pub fn satisfied_by(&self, safeguard: &str) -> Vec<String> {
        self.satisfied_by_shown(safeguard, &|_| true)
    }

    /// [`Self::satisfied_by`], through the questions `shown` keeps only (those an assessment
    /// asks): a new user's medical result was sent to benefits and judicial questions it never
    /// showed.
    pub fn satisfied_by_shown(&self, safeguard: &str, shown: &dyn Fn(&str) -> bool) -> Vec<String> {
        let mut out: Vec<String> = self
            .questions_satisfying(safeguard)
            .into_iter()
            .filter(|q| shown(&q.id))
            .flat_map(|q| {
                q.options
                    .iter()
                    .filter(|o| o.effects.satisfies.iter().any(|s| s == safeguard))
                    .map(move |o| {
                        Condition::Is {
                            question: q.id.clone(),
                            option: o.id.clone(),
                        }
                        .describe(self)
                    })
            })
            .collect();
        if let Some(c) = self
            .safeguard(safeguard)
            .and_then(|s| s.satisfied_when.as_ref())
            .filter(|c| c.questions().iter().any(|id| shown(id)))
        {
            out.push(c.describe(self));
        }
        out
    }

    /// The contradictions that block this safeguard.
    pub fn contradictions_blocking<'a>(
        &'a self,
        safeguard: &'a str,
    ) -> impl Iterator<Item = &'a Contradiction> + 'a {
        self.contradictions
            .iter()
            .filter(move |c| c.blocks.iter().any(|b| b == safeguard))
    }

    /// The floor a marked category sets.
    pub fn category_floor(&self, category: &str) -> Tier {
        self.category(category)
            .and_then(|c| c.floor)
            .unwrap_or(self.tiers.consequential_floor)
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }
}

impl Policy {
    /// Whether it is the AWS policy, by its name or its address.
    pub fn names_aws(&self) -> bool {
        let name = self.name.to_lowercase();
        name.contains("aws")
            || name.contains("amazon web services")
            || self.url.to_lowercase().contains("aws.amazon.com")
    }
}

/// The positions `indexed` lists, or, where the index is not current, those of the items of
/// `list` that `pick` keeps, found again.
fn positions_in<'a, T>(
    list: &[T],
    indexed: Option<&'a [usize]>,
    pick: impl Fn(&T) -> bool,
) -> std::borrow::Cow<'a, [usize]> {
    match indexed {
        Some(found) => std::borrow::Cow::Borrowed(found),
        None => std::borrow::Cow::Owned(
            list.iter()
                .enumerate()
                .filter(|(_, x)| pick(x))
                .map(|(i, _)| i)
                .collect(),
        ),
    }
}
