//! What the views read of the state: answers, notes, progress, the rows of each list, and the mode for the footer. Nothing here changes the state.

use super::*;

impl App {
    pub fn question(&self) -> Option<&Question> {
        match self.screen {
            Screen::Question(i) => self.q().questions.get(i),
            _ => None,
        }
    }

    pub fn is_visible(&self, qi: usize) -> bool {
        self.derived.is_visible(qi)
    }

    pub fn answer(&self, qi: usize) -> Option<&Answer> {
        let id = &self.q().questions.get(qi)?.id;
        self.session()?.assessment.answers.get(id.as_str())
    }

    pub fn has_answer(&self, qi: usize) -> bool {
        let Some(q) = self.q().questions.get(qi) else {
            return false;
        };
        self.session()
            .is_some_and(|s| s.assessment.has_answer(&q.id))
    }

    pub fn note(&self, qi: usize) -> &str {
        let Some(q) = self.q().questions.get(qi) else {
            return "";
        };
        self.session()
            .and_then(|s| s.assessment.notes.get(q.id.as_str()))
            .map_or("", String::as_str)
    }

    /// What the note on question `qi`'s answer must say ("" where the questionnaire gives no
    /// hint); `None` when the answer needs no note. One reading for the question screen, the
    /// note dialog and the messages.
    pub fn note_needed(&self, qi: usize) -> Option<String> {
        let q = self.q().questions.get(qi)?;
        let a = self.answer(qi)?;
        crate::engine::note_required(q, a).then(|| crate::engine::note_hint(q, a))
    }

    pub fn note_missing(&self, qi: usize) -> bool {
        self.derived.note_missing(qi)
    }

    pub fn metadata_value(&self, i: usize) -> &str {
        let Some(s) = self.session() else { return "" };
        Detail::at(i).map_or("", |d| s.assessment.metadata.detail(d))
    }

    /// Indexes of visible questions, in asking order.
    pub fn visible_questions(&self) -> Vec<usize> {
        self.derived.visible().to_vec()
    }

    /// (answered, visible) over visible questions.
    pub fn progress(&self) -> (usize, usize) {
        self.derived.progress()
    }

    /// (answered, visible) in one section.
    pub fn section_progress(&self, section: &str) -> (usize, usize) {
        let p = self.derived.section(section);
        (p.answered, p.visible)
    }

    /// Whether every visible question of the section is answered and has the notes it needs.
    pub fn section_done(&self, section: &str) -> bool {
        let p = self.derived.section(section);
        p.visible > 0 && p.answered == p.visible && p.notes_missing == 0
    }

    /// (filled, count) of the required metadata fields.
    pub fn metadata_progress(&self) -> (usize, usize) {
        let req: Vec<usize> = Detail::ALL
            .into_iter()
            .filter(|d| d.required())
            .map(Detail::index)
            .collect();
        let filled = req
            .iter()
            .filter(|&&i| !self.metadata_value(i).trim().is_empty())
            .count();
        (filled, req.len())
    }

    pub fn first_visible_in(&self, section: &str) -> Option<usize> {
        self.derived.section(section).first_visible
    }

    /// Rows on the review screen: metadata, then visible questions.
    pub fn review_items(&self) -> Vec<ReviewItem> {
        let mut v: Vec<ReviewItem> = (0..Detail::ALL.len()).map(ReviewItem::Meta).collect();
        v.extend(
            self.visible_questions()
                .into_iter()
                .map(ReviewItem::Question),
        );
        if !self.filter.is_empty() {
            v.retain(|it| match *it {
                ReviewItem::Meta(i) => self.matches(&[
                    Detail::at(i).map_or("", Detail::label),
                    self.metadata_value(i),
                ]),
                ReviewItem::Question(qi) => {
                    let Some(q) = self.q().questions.get(qi) else {
                        return false;
                    };
                    let answer = self
                        .answer(qi)
                        .map(|a| crate::engine::display_answer(q, a))
                        .unwrap_or_default();
                    // The words the row shows for its state are found too: `/unanswered`
                    // lists what is left to answer.
                    let given = self.answer(qi).is_some_and(crate::engine::is_given);
                    let state = match (given, q.optional) {
                        (false, false) => "unanswered",
                        (false, true) => "optional",
                        (true, _) if self.note_missing(qi) => "note needed",
                        (true, _) => "",
                    };
                    self.matches(&[&q.prompt, &answer, state])
                }
            });
        }
        v
    }

    /// Whether option `k` of the current question holds the filter (every option does when
    /// there is none): the others are hidden and the cursor passes over them.
    pub fn option_matches(&self, k: usize) -> bool {
        self.filter.is_empty()
            || self
                .question()
                .and_then(|q| q.options.get(k))
                .is_some_and(|o| self.matches(&[&o.label]))
    }

    /// How many rows (or options) the filter lets through.
    pub fn filtered_count(&self) -> usize {
        match self.screen {
            Screen::Question(_) => (0..self.row_count())
                .filter(|&k| self.option_matches(k))
                .count(),
            _ => self.row_count(),
        }
    }

    /// Whether any of `texts` holds the filter, in any case.
    pub(crate) fn matches(&self, texts: &[&str]) -> bool {
        let f = self.filter.to_lowercase();
        texts.iter().any(|t| t.to_lowercase().contains(&f))
    }

    /// The result's safeguards in the order they are worked through: contradicted first, then
    /// the gaps, then the rest of what this use needs, then the others; no filter.
    pub fn result_order_now(&self) -> Vec<crate::questionnaire::Text> {
        self.natural_result_rows()
            .iter()
            .map(|s| s.id.clone())
            .collect()
    }

    fn natural_result_rows(&self) -> Vec<&SafeguardResult> {
        self.eval()
            .map(Evaluation::safeguards_to_work_through)
            .unwrap_or_default()
    }

    /// Safeguards on the result screen: required first, what to act on at the top (to be
    /// confirmed and the policy's gaps, then its "should", then recommendations, then what
    /// holds), each group in questionnaire order; then the others.
    pub fn result_rows(&self) -> Vec<&SafeguardResult> {
        // While the result stays open, in the order it opened with; rows new since then after
        // those, in the order above.
        let mut v = match (&self.result_order, self.eval()) {
            (Some(order), Some(e)) => {
                let mut v: Vec<&SafeguardResult> =
                    order.iter().filter_map(|id| e.safeguard(id)).collect();
                if v.len() < e.safeguards.len() {
                    let seen: std::collections::HashSet<&str> =
                        v.iter().map(|s| s.id.as_str()).collect();
                    let new: Vec<&SafeguardResult> = self
                        .natural_result_rows()
                        .into_iter()
                        .filter(|s| !seen.contains(s.id.as_str()))
                        .collect();
                    v.extend(new);
                }
                v
            }
            _ => self.natural_result_rows(),
        };
        if !self.filter.is_empty() {
            v.retain(|s| self.matches(&[&s.title]));
        }
        v
    }

    /// Number of rows the cursor moves over on the current screen.
    pub fn row_count(&self) -> usize {
        match self.screen {
            Screen::Home => self.home_items().len(),
            Screen::Detail(_) => Detail::ALL.len(),
            Screen::Question(_) => self.question().map_or(0, |q| {
                if q.kind.has_options() {
                    q.options.len()
                } else {
                    0
                }
            }),
            Screen::Review => self.review_items().len(),
            Screen::Result => self.result_rows().len(),
            Screen::Export => self.export.len() + 1,
        }
    }

    /// How keys are read right now.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Overlay::Keys | Overlay::Help => Mode::Popup,
            Overlay::Overwrite { .. } => Mode::Confirm,
            Overlay::Safeguard {
                on_evidence: false, ..
            } => Mode::Dialog,
            Overlay::None => match &self.field {
                Some(f) if self.typing => Mode::Typing {
                    multiline: f.multiline,
                },
                _ => Mode::Commands,
            },
            o => Mode::Typing {
                multiline: o.field().is_some_and(|f| f.multiline),
            },
        }
    }

    /// Whether a letter key types into the step's text field: while typing, and on a field
    /// waiting for e, where a letter that does not move or show starts typing (so a note is
    /// Ctrl+N there, not n).
    pub fn letters_type(&self) -> bool {
        self.field.is_some() && self.overlay.is_none() && (self.typing || !self.field_commands)
    }

    /// Whether the assessment is a draft in the data directory.
    pub fn is_draft(&self) -> bool {
        let Some(p) = self.session().and_then(|s| s.path.as_ref()) else {
            return false;
        };
        self.drafts_dir
            .as_deref()
            .is_some_and(|d| p.parent() == Some(d))
    }

    /// Where reports go by default ([`crate::report::default_dir`]).
    pub fn export_dir(&self) -> Option<PathBuf> {
        let p = self.session()?.path.as_ref()?;
        Some(crate::report::default_dir(p, self.is_draft()))
    }

    /// Default report paths ([`crate::report::default_paths`]), all ticked.
    pub fn default_export_rows(&self) -> Vec<ExportRow> {
        let base = self.session().and_then(|s| s.path.clone());
        let paths = base.map(|p| crate::report::default_paths(&p, self.is_draft()));
        Format::ALL
            .iter()
            .enumerate()
            .map(|(i, &format)| ExportRow {
                format,
                path: paths
                    .as_ref()
                    .and_then(|v| v.get(i))
                    .map_or_else(String::new, |(_, p)| p.display().to_string()),
                selected: true,
                outcome: None,
                written_at: 0,
                on_disk: None,
            })
            .collect()
    }

    /// What to print after the wizard closes. It says everything is saved only when the last
    /// save wrote everything.
    pub fn farewell(&self) -> Option<String> {
        let s = self.session()?;
        match &s.path {
            Some(p) => {
                let resume = if self.is_draft() {
                    p.file_stem()
                        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
                } else {
                    p.display().to_string()
                };
                let held = s.held_back();
                let state = match s.unsaved() {
                    None if held.is_empty() => format!("Everything is saved in {}.", p.display()),
                    // Changed both here and in the file: said with both values, so the user can
                    // give theirs again; everything else is saved.
                    None => format!(
                        "Everything is saved in {}, except that the file's value was kept for {}: give yours again if it was right.",
                        p.display(),
                        crate::session::describe(&held)
                    ),
                    Some(why) => format!(
                        "NOT everything is saved: {why}.\nThe last changes made here are lost; {} keeps what it held.",
                        p.display()
                    ),
                };
                // Typed but not valid (a number or a date), so never saved: said with the text,
                // which is lost on quitting (a new-user pass saw "60 000" go with "Everything is
                // saved").
                let typed: Vec<String> = self
                    .unsaved
                    .iter()
                    .filter_map(|(qi, text)| {
                        let q = self.q().questions.get(*qi)?;
                        Some(format!("\"{}\" typed for \"{}\"", text.trim(), q.prompt))
                    })
                    .collect();
                let typed = if typed.is_empty() {
                    String::new()
                } else {
                    format!(
                        "\nNot saved, since it is not a valid answer: {}.",
                        typed.join("; ")
                    )
                };
                let state = if typed.is_empty() {
                    state
                } else {
                    state.replacen(
                        "Everything is saved in",
                        "Every valid answer is saved in",
                        1,
                    )
                };
                // Saved, but no longer approved: CI that requires a sign-off fails on the next
                // push (a review saw only "Everything is saved").
                let stale = s
                    .assessment
                    .latest_signoff_coverage(&s.questionnaire)
                    .filter(|(_, covers)| !covers)
                    .map_or_else(String::new, |(last, _)| {
                        format!(
                            "\n{}",
                            crate::explain::signoff_stale_on_leaving(
                                last,
                                &crate::plain::shell_quote(p)
                            )
                        )
                    });
                // Reports written this session, or found on the Export step, for answers that
                // have changed since: the one sent to AWS would say what the file no longer does
                // (a new-user trial quit with "Everything is saved" beside an old response).
                let old_reports: Vec<String> = self
                    .export
                    .iter()
                    .filter(|r| r.out_of_date(s.revision))
                    .map(|r| r.path.clone())
                    .collect();
                let old_reports = if old_reports.is_empty() {
                    String::new()
                } else {
                    format!(
                        "\nOut of date: {} {} written for answers that have changed since; write {} again (Export, w, or raia report).",
                        old_reports.join(", "),
                        if old_reports.len() == 1 {
                            "was"
                        } else {
                            "were"
                        },
                        if old_reports.len() == 1 { "it" } else { "them" }
                    )
                };
                Some(format!(
                    "{state}{typed}{stale}{old_reports}\nContinue with: raia resume {resume}"
                ))
            }
            None => Some("Nothing was saved: the assessment had no system name yet.".to_string()),
        }
    }
}
