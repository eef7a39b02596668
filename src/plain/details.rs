//! Plain mode's system details: asking each, re-asking, and what a blank leaves.

use super::*;

impl Plain<'_> {
    // ---- metadata ----

    pub(crate) fn ask_meta(&mut self, d: Detail) -> anyhow::Result<Flow> {
        let (i, label, required) = (d.index(), d.label(), d.required());
        let count = Detail::ALL.len();
        self.s.set_position(Position::Detail(d))?;
        if self.shown_section.as_deref() != Some("") {
            self.say("")?;
            self.say(format!(
                "About the system: {} details. Enter leaves one blank for now; those not marked optional are still needed later.",
                count
            ))?;
            self.shown_section = Some(String::new());
        }
        self.say(format!(
            "Detail {} of {}: {label}{}",
            i + 1,
            count,
            if required { "" } else { ", optional" }
        ))?;
        let current = self.detail(d);
        if !current.is_empty() {
            self.say(format!("Current: {current}. Press Enter to keep it."))?;
        }
        let next = self.after(Step::Detail(d));
        loop {
            let Some(line) = self.read()? else {
                return Ok(Flow::Eof);
            };
            match classify(&line) {
                Line::Command(Command::Help) => {
                    self.say("These details name the system and who answers for it; the report starts with them.")?;
                    self.say(COMMANDS)?;
                    self.reprompt_meta(d)?;
                }
                Line::Command(Command::Back) => match flow::prev(Step::Detail(d), &[]) {
                    None => self.say("This is the first detail; there is nothing before it.")?,
                    Some(to) => return Ok(Flow::To(to)),
                },
                Line::Command(Command::Skip) => {
                    if !flow::may_leave_blank(d, self.s.path.is_some()) && current.is_empty() {
                        self.say(format!("{label} is required: type it, or quit to stop."))?;
                    } else {
                        self.left_blank(d, &current)?;
                        return Ok(Flow::To(next));
                    }
                }
                Line::Command(Command::Note) => {
                    self.say("Notes belong to questions; there is none to add to this detail.")?;
                    // Asked again, as after any command: a listener hears what is waiting.
                    self.reprompt_meta(d)?;
                }
                Line::Command(c) => {
                    if let Some(flow) = self.common(&c)? {
                        return Ok(flow);
                    }
                    self.reprompt_meta(d)?;
                }
                Line::Text(t) => {
                    let t = t.trim();
                    if t.is_empty() {
                        if current.is_empty() && !flow::may_leave_blank(d, self.s.path.is_some()) {
                            self.say(format!("{label} is required: type it, or quit to stop."))?;
                            continue;
                        }
                        self.left_blank(d, &current)?;
                        return Ok(Flow::To(next));
                    }
                    let had_path = self.s.path.is_some();
                    self.s.set_metadata(d, t)?;
                    self.say(format!("Recorded: {label}: {}", crate::explain::stop(t)))?;
                    if let Some(warning) = flow::detail_warning(d, t) {
                        self.say(warning)?;
                    }
                    if !had_path && let Some(p) = self.s.path.clone() {
                        self.say(format!("Saving to {}.", crate::term_text::path(&p)))?;
                        self.say_name_taken(t, &p)?;
                    }
                    return Ok(Flow::To(next));
                }
            }
        }
    }

    /// A required detail left blank is allowed, as in the wizard, and said: a listener does
    /// not see it marked as still needed.
    pub(crate) fn left_blank(&mut self, d: Detail, current: &str) -> anyhow::Result<()> {
        if d.required() && current.is_empty() {
            self.say(format!(
                "Left blank for now: {} is required, so it is still needed; back returns to it.",
                d.label()
            ))?;
        }
        Ok(())
    }

    /// A system detail as stored, trimmed.
    pub(crate) fn detail(&self, d: Detail) -> String {
        self.s.assessment.metadata.detail(d).trim().to_string()
    }

    /// After help or a command at a detail: which detail is waiting, and how to answer it.
    pub(crate) fn reprompt_meta(&mut self, d: Detail) -> anyhow::Result<()> {
        let (label, required) = (d.label(), d.required());
        self.say(format!(
            "Back to detail {} of {}: {label}",
            d.index() + 1,
            Detail::ALL.len()
        ))?;
        let current = self.detail(d);
        let how = match (current.is_empty(), required) {
            (false, _) => {
                format!("Current: {current}. Type a new value, or press Enter to keep it.")
            }
            (true, true) => "Type it; it is required.".to_string(),
            (true, false) => "Type it, or press Enter to leave it blank.".to_string(),
        };
        self.say(how)?;
        Ok(())
    }

    /// A new draft whose system name is already a draft's: it is saved as a separate file, and
    /// the user is told so, with the way to the other one, instead of silently.
    pub(crate) fn say_name_taken(&mut self, system: &str, path: &Path) -> anyhow::Result<()> {
        let stem = crate::assessment::store::draft_stem(system);
        let Some(dir) = path.parent() else {
            return Ok(());
        };
        let first = dir.join(format!("{stem}.toml"));
        if first != path && first.exists() {
            self.say(format!(
                "A draft named {stem} already exists, so this one is a separate draft. To continue {stem} instead, quit and type: raia resume --plain {stem}"
            ))?;
        }
        Ok(())
    }
}
