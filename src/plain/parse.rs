//! Reading what was typed: commands. Answers are read by [`crate::typed::parse_answer`], the
//! parser the wizard uses too. Pure, so the rules are tested without any I/O.

/// A command that works at any prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    Back,
    Skip,
    Note,
    Quit,
    Review,
    /// Straight to the result (the tier, reasons and open safeguards).
    Result,
    /// Straight to recording the status and evidence of the open safeguards.
    Safeguards,
    /// The same for every safeguard this use needs, those in place or not applicable too: a
    /// claim that has stopped being true can be taken back (a screen-reader review found no
    /// way to change one in place but editing the file).
    SafeguardsAll,
    /// Write every report next to the assessment.
    Export,
    /// Take back the last change made in this session.
    Undo,
    /// Make again the last change undo took back.
    Redo,
    /// Jump to visible question N (1-based).
    Go(usize),
    /// `go` without a usable number.
    GoWithoutNumber,
    /// To the system details: the first required one left blank, else the first.
    Details,
}

/// One line of input: a command, or text to read as an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Command(Command),
    Text(String),
}

/// Sorts a line into a command or text. Commands are case-insensitive; a leading backslash
/// makes the rest plain text, so a command word can still be typed as an answer.
pub fn classify(line: &str) -> Line {
    if let Some(rest) = line.trim_start().strip_prefix('\\') {
        return Line::Text(rest.to_string());
    }
    // Words between single spaces: "safeguards  all" as "safeguards all".
    let word = line
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let cmd = match word.as_str() {
        "?" | "help" => Command::Help,
        "back" => Command::Back,
        "skip" => Command::Skip,
        "note" => Command::Note,
        "quit" | "exit" => Command::Quit,
        "review" => Command::Review,
        "result" => Command::Result,
        "safeguards" => Command::Safeguards,
        "safeguards all" | "all safeguards" => Command::SafeguardsAll,
        "export" => Command::Export,
        "undo" => Command::Undo,
        "redo" => Command::Redo,
        "go" => Command::GoWithoutNumber,
        "details" => Command::Details,
        _ => match word.strip_prefix("go ") {
            Some(n) => match n.trim().parse::<usize>() {
                Ok(n) => Command::Go(n),
                Err(_) => Command::GoWithoutNumber,
            },
            None => return Line::Text(line.to_string()),
        },
    };
    Line::Command(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_words_and_backslash_escapes_them() {
        assert_eq!(classify(" BACK "), Line::Command(Command::Back));
        assert_eq!(classify("?"), Line::Command(Command::Help));
        assert_eq!(classify("go 12"), Line::Command(Command::Go(12)));
        assert_eq!(classify("go x"), Line::Command(Command::GoWithoutNumber));
        assert_eq!(classify("\\back"), Line::Text("back".into()));
        assert_eq!(classify("going"), Line::Text("going".into()));
        assert_eq!(classify("back up"), Line::Text("back up".into()));
        assert_eq!(classify("Result"), Line::Command(Command::Result));
        assert_eq!(classify("safeguards"), Line::Command(Command::Safeguards));
        assert_eq!(
            classify(" Safeguards  All "),
            Line::Command(Command::SafeguardsAll)
        );
        assert_eq!(classify("export"), Line::Command(Command::Export));
        assert_eq!(classify("undo"), Line::Command(Command::Undo));
        assert_eq!(classify("Redo"), Line::Command(Command::Redo));
    }
}
